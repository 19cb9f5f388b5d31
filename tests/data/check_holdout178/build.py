#!/usr/bin/env python3
"""Generator for the releasegate check_holdout178 corpus (beekeeping equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout178/build.py

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
    m["Message-ID"] = msgid or f"<h178-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h178")
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


# ----------------------------------------------------------------- h178 helpers
TXT_MT = "text/plain"
HTML_MT = "text/html"


def q(text, level=1):
    """Quote a block of text the way mail clients do ("> " per level)."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def text_to_html(text):
    """Very plain HTML alternative for a text mail: paragraphs, quoted blocks as blockquote."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def sig2(name, title, company, phone, disclaimer=""):
    """Signature with a house-specific (or no) disclaimer."""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    if disclaimer:
        s += "\n" + disclaimer + "\n"
    return s


# people (all fictional)
AROHA = "Aroha Ngata <aroha.ngata@tawaridge.co.nz>"
TRH = "Tawa Ridge Honey Co-operative Ltd, Matamata, New Zealand"
TRH_PH = "+64 7 888 4120"
MATEJ = "Matej Kova\u010di\u010d <matej.kovacic@kranjska-cebela.si>"
KC = "Kranjska \u010cebela d.o.o., Tr\u017ea\u0161ka cesta 112, 1000 Ljubljana, Slovenija"
KC_PH = "+386 1 420 5560"
DANIELLE = "Danielle Fournier <dfournier@northerncomb.ca>"
NCA = "Northern Comb Apiaries Ltd., Grande Prairie, Alberta"
NCA_PH = "+1 780 555 0142"
WANJIRU = "Wanjiru Mwangi <procurement@baringohoney.or.ke>"
BHL = "Baringo Honey Livelihoods Project, P.O. Box 112-30400, Kabarnet, Kenya"
BHL_PH = "+254 722 000 318"
LILY = "Lily Chen <lily.chen@jhfengye.com.cn>"
JF = "Jinhua Fengye Apiculture Equipment Co., Ltd."
JF_PH = "+86 579 8231 6650"
KRZYSZTOF = "Krzysztof W\u00f3jcik <k.wojcik@pszczelmet.pl>"
PM = "Pszczel-Met Sp. z o.o., ul. Kolejowa 17, 33-300 Nowy S\u0105cz, Poland"
PM_PH = "+48 18 442 71 90"
HARPREET = "Harpreet Singh Gill <export@punjabapiary.in>"
PAW = "Punjab Apiary Works Pvt. Ltd., Focal Point Phase VIII, Ludhiana 141010, Punjab, India"
PAW_PH = "+91 161 467 2210 / +91 98140 22117"
IRYNA = "Iryna Kovalenko <sales@bdzhola-tekh.com.ua>"
BT = "Bdzhola-Tekh LLC, 21 Keletska St., Vinnytsia 21000, Ukraine"
BT_PH = "+380 432 55 18 40"
JURE = "Jure Mlakar <jure.mlakar@lesnina-panj.si>"

DISC_NCA = ("This message is intended only for the addressee and may contain information that is "
            "confidential. If you are not the intended recipient please notify the sender and delete it. "
            "Ce message est confidentiel.")
DISC_BHL = ("DISCLAIMER: This email and any files transmitted with it are confidential and intended solely "
            "for the use of the addressee. The Baringo Honey Livelihoods Project accepts no liability for any "
            "damage caused by any virus transmitted by this email. Think green - print only if necessary.")
DISC_PAW = ("Disclaimer: The information contained in this e-mail is privileged and confidential. If you are "
            "not the intended recipient kindly delete it and inform the sender. E&OE.")
DISC_KC = ("To sporo\u010dilo je zaupno. \u010ce ga niste namenjeni prejemnik, ga prosim izbri\u0161ite. / This "
           "message is confidential; if you are not the intended recipient please delete it.")
DISC_TRH = ("This email is confidential to Tawa Ridge Honey Co-operative Ltd. If it reached you by mistake "
            "please let us know and delete it. Nga mihi.")


# =================================================================== CLEAN
# c01 supplier quote with sample and series tiers (PDF), Polish supplier to Slovenian distributor
case("c01_pm_quote_smoker_tiers", [],
     "Supplier quote with sample/series tiers only; nothing is authorized, so nothing can be unreleased.",
     [("Oferta_24-140_Kranjska_Cebela.pdf", pdf([
         ("h1", "OFERTA / QUOTATION 24-140"),
         ("p", "Pszczel-Met Sp. z o.o. · ul. Kolejowa 17 · 33-300 Nowy Sącz · NIP 734-352-18-07 · "
               "ISO 9001:2015 cert. no. PL-QMS-0417"),
         ("p", "For: Kranjska Čebela d.o.o., Tržaška cesta 112, 1000 Ljubljana. Att. Mr. Matej Kovačič. "
               "Date: 04.03.2024. Your inquiry from 26.02.2024 (e-mail)."),
         ("sp",),
         ("table", [
             ["Poz.", "Product", "Quantity", "Price EUR / pc netto", "Lead time"],
             ["1", "Podkurzacz / smoker SM-100, INOX AISI 304, Ø 100 mm, with heat guard, leather bellows",
              "10 pcs (samples)", "22,40", "3 weeks"],
             ["2", "Smoker SM-100, as poz. 1", "500 pcs", "17,40", "6 weeks after written order"],
             ["3", "Smoker SM-100, as poz. 1", "1.000 pcs", "16,10", "7 weeks after written order"],
         ]),
         ("sp",),
         ("p", "Material: stainless steel EN 10088-2 1.4301 (AISI 304), 0,6 mm; bellows natural leather; "
               "spring steel M6x1,0 screws. Packing 20 pcs per carton, carton 60x40x40 cm."),
         ("p", "Prices EXW Nowy Sącz, without VAT. Transport to Ljubljana approx. EUR 180,00 per pallet "
               "(to be confirmed). Validity of offer: 60 days."),
         ("p", "Payment: samples 100% before shipment; series 30 days from invoice."),
         ("p", "Series quantities are produced only on your written order. This quotation is not an "
               "order confirmation."),
         ("sp",),
         ("p", "Z poważaniem / Best regards — Krzysztof Wójcik, Export Sales, tel. +48 18 442 71 90"),
     ], title="Oferta 24-140", author="Pszczel-Met"))])

# c02 buyer RFQ with three quantity scenarios (HTML portal)
case("c02_nca_rfq_three_scenarios", [],
     "Buyer RFQ with three quantity scenarios, explicitly not an order; no authorization in the bundle.",
     [("rfq_2024-017.html", html_page("NCA Supplier Portal - RFQ-2024-017", """
<div style="background:#23395b;color:#fff;padding:6px">Northern Comb Apiaries Ltd. &middot; Supplier Portal</div>
<h2>Request for Quotation RFQ-2024-017</h2>
<table>
<tr><th>Supplier</th><td>Jinhua Fengye Apiculture Equipment Co., Ltd. (vendor 300688)</td></tr>
<tr><th>Buyer</th><td>Danielle Fournier, Procurement</td></tr>
<tr><th>Issued</th><td>2024-02-05</td></tr>
<tr><th>Quote due</th><td>2024-02-23, 17:00 MST</td></tr>
<tr><th>Status</th><td>Open for quotes</td></tr>
</table>
<h3>Item</h3>
<p>NCA-FR-D918 deep frame 9-1/8&quot;, one-piece polypropylene, black, wax-coated both sides,
DRG FR-918 Rev 3. Ears 1-1/16&quot;. Must fit our 10-frame Langstroth deeps (inside 14-5/8&quot; x 18-5/16&quot;).</p>
<h3>Please quote the following scenarios</h3>
<table>
<tr><th>Scenario</th><th>Quantity</th><th>Delivery</th><th>Notes</th></tr>
<tr><td>Samples</td><td>200</td><td>by air, April</td><td>field trial, 40 colonies</td></tr>
<tr><td>A</td><td>5,000</td><td>sea, FCL share, Jan 2025</td><td>price per frame FCA Shanghai</td></tr>
<tr><td>B</td><td>12,000</td><td>sea, 1 x 40HC</td><td>price per frame FCA Shanghai</td></tr>
<tr><td>C</td><td>20,000</td><td>sea, 2 x 40HC</td><td>price per frame + mould maintenance</td></tr>
</table>
<p class="note">This is a request for quotation only. It is not a purchase order and does not authorize
production or the purchase of any material. Any order will be placed as a separate NCA purchase order.</p>
<p>Questions through the portal Q&amp;A tab please, not by phone. Thanks!</p>
"""))])

# c03 supplier asks for go-ahead; buyer restates the scope (TXT chat, WeChat export)
case("c03_trh_wechat_goahead_question", [],
     "Supplier's 'can we have go-ahead for balance?' is a question; buyer's answer restates 30 released, 5,970 on hold, event and person.",
     [("WeChat_Lily_Chen_Jinhua_Fengye.txt", """WeChat chat history with Lily Chen 金华丰业 (exported 2024-05-06)
————— 2024-05-02 —————
Lily Chen 金华丰业 16:02
Aroha hello, samples 30 pcs arrive ok? 
Aroha Ngata 16:40
Hi Lily, yes they came Tuesday, thank you! Mere has put them in 6 hives at the Waharoa site
Lily Chen 金华丰业 16:41
👍👍
————— 2024-05-06 —————
Lily Chen 金华丰业 09:15
Aroha, samples ok? Can we have go-ahead for balance 5,970 pcs? Our machine free from next week, if we start now can ship 35 days
Aroha Ngata 11:02
Hi Lily, not yet sorry. Only the 30 sample frames are released on PO 4500-2231. The 5,970 stay on hold until Mere Tipene signs off the samples (brood test, about 3 weeks) and then Hamish Barclay sends you the written production release. Please don't start anything or buy resin for the balance
Lily Chen 金华丰业 11:05
OK understand, we wait 👌 
Lily Chen 金华丰业 11:05
I will tell Mr Zhou machine plan change
Aroha Ngata 11:07
Thanks Lily, appreciate it. Sorry for the slow one, bees don't hurry 🐝
""")])

# c04 labelled forecast (EDI 830 print)
case("c04_nca_edi830_forecast_labelled", [],
     "EDI 830 planning schedule clearly labelled forecast, not an order, no fab or material authorization.",
     [("EDI830_NCA_PAW_2024-06.txt", """================================================================================
 X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY  -  HUMAN READABLE PRINT
 Printed: 2024-06-03 07:12 MDT        Trading partner: PUNJABAPIARY (ZZ)
================================================================================
ISA  ZZ NORTHERNCOMB   ZZ PUNJABAPIARY   240603 0712  U 00401 000000917 0 P >
BFR  05  F2025-BSV3  DL  A  20240603  20250101  20250630
N1   BY  NORTHERN COMB APIARIES LTD         92  NCA-GP
N1   SU  PUNJAB APIARY WORKS PVT LTD        92  V-300711
LIN  BP NCA-BS-V3   VP BS-V3-VENT
UIT  EA
  FST  400   D  F  20250101      (Jan 2025)   forecast
  FST  600   D  F  20250201      (Feb 2025)   forecast
  FST  500   D  F  20250301      (Mar 2025)   forecast
  FST  300   D  F  20250401      (Apr 2025)   forecast
  FST  200   D  F  20250501      (May 2025)   forecast
  ATH  -- none --
LIN  BP NCA-VEIL-FH  VP FV-22
UIT  EA
  FST  250   D  F  20250201      forecast
  FST  250   D  F  20250401      forecast
  ATH  -- none --
CTT  2  2500
--------------------------------------------------------------------------------
 NOTE TO SUPPLIER:
 FORECAST ONLY - NOT AN ORDER. ALL FST LINES ARE QUALIFIER D (PLANNING).
 NO FABRICATION AUTHORIZATION AND NO RAW MATERIAL AUTHORIZATION (NO ATH SEGMENT).
 ORDERS WILL FOLLOW AS SEPARATE 850 PURCHASE ORDERS.
 Size split (S/M/L/XL/XXL approx. 10/25/30/25/10 %) for info.
 Contact: D. Fournier, Procurement, +1 780 555 0142
================================================================================
""")])

# c05 labelled forecast in a PDF procurement plan (Kenyan project)
case("c05_bhl_procurement_plan_indicative", [],
     "Project procurement plan labelled indicative, not an order, authorises nothing; no authorization in the bundle.",
     [("BHL_Procurement_Plan_2025.pdf", pdf([
         ("h1", "Baringo Honey Livelihoods Project"),
         ("h", "Indicative Procurement Plan 2025 — Beekeeping Equipment"),
         ("p", "Prepared by: Procurement Office, Kabarnet. Version 2, 14 June 2024. Shared with pre-qualified "
               "suppliers for planning purposes."),
         ("table", [
             ["Item", "Description", "Indicative qty 2025", "Quarter", "Supplier (pre-qualified)"],
             ["1", "Bee suit BS-V3 ventilated, sizes M–XXL", "1,200", "Q1–Q2", "Punjab Apiary Works, Ludhiana"],
             ["2", "Smoker SM-100 stainless with guard", "300", "Q1", "Punjab Apiary Works, Ludhiana"],
             ["3", "Kenya Top Bar Hive kit KTBH-27", "800", "Q2–Q3", "Jinhua Fengye, Zhejiang"],
             ["4", "Wax starter strips for KTBH top bars", "10,000", "Q2", "Bdzhola-Tekh, Vinnytsia"],
             ["5", "Hive tool HT-10 (10 inch)", "400", "Q1", "to be tendered"],
         ]),
         ("sp",),
         ("p", "INDICATIVE — FOR SUPPLIER PLANNING ONLY. This plan is not an order and does not authorise "
               "production or the purchase of any material. Quantities depend on the 2025 grant "
               "disbursement and on the groups' uptake. Orders will be issued only as signed Local Purchase "
               "Orders (LPOs)."),
         ("p", "Deliveries to Kabarnet store. KEBS PVoC certificate of conformity required for all imports."),
     ], title="Procurement Plan 2025", author="BHL Procurement"))])

# c06 correctly scoped sample sign-off (DOCX)
case("c06_trh_signoff_fitcheck_only", [],
     "Sample sign-off 'approved for fit check only; production not released', names written release by Hamish Barclay.",
     [("TRH-SSO-2024-05_frames.docx", docx_bytes([
         ("h1", "Sample Sign-off Record TRH-SSO-2024-05"),
         ("table", [
             ["Item", "FF-D232 full-depth plastic frame, natural, wax-coated"],
             ["Supplier", "Jinhua Fengye Apiculture Equipment Co., Ltd. (Zhejiang)"],
             ["PO", "4500-2231 — thirty (30) sample frames"],
             ["Samples checked", "30 of 30, received 30/04/2024"],
             ["Checked by", "Mere Tipene, Apiary Equipment Lead"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Top bar length", "482 mm ±0.5", "481.8–482.3 mm, OK"],
             ["Depth", "232 mm ±0.5", "OK"],
             ["Fit in FD boxes (NZS 3640 H3.1 treated pine)", "no binding, 10 per box", "OK"],
             ["Wax coating", "both sides, even", "OK, light on 2 frames"],
         ]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "The brood acceptance test (6 hives, Waharoa) is still running and finishes about 27/05. "
               "Only the 30 sample frames are authorised. The rest of the quoted quantity stays on hold; it "
               "can only be released by a separate written production release from Hamish Barclay, "
               "Operations Manager, after the brood test is signed off."),
         ("p", "Signed: Mere Tipene, 06/05/2024"),
     ], author="Mere Tipene"))])

# c07 full-quantity PO that says proceed (PDF)
case("c07_kc_full_po_hive_boxes", [],
     "Full and final quantity PO (80 + 40 = 120 AŽ boxes) that says proceed with the full 120; no balance exists.",
     [("Narocilnica_24-0522_Lesnina_Panj.pdf", pdf([
         ("h1", "NAROČILNICA / PURCHASE ORDER 24-0522"),
         ("p", "Kranjska Čebela d.o.o., Tržaška cesta 112, 1000 Ljubljana · ID za DDV SI84412290"),
         ("p", "Dobavitelj / Supplier: Lesnina Panj d.o.o., Kidričeva 40, 4220 Škofja Loka. "
               "Kontakt: Jure Mlakar. Datum: 11.03.2024."),
         ("table", [
             ["Poz.", "Šifra", "Opis / Description", "Kol.", "Cena EUR", "Vrednost EUR"],
             ["10", "AŽ-10", "AŽ panj 10 satnikov, smreka, DRG AŽ-10 Rev 4, vlaga lesa ≤ 12 %", "80",
              "148,00", "11.840,00"],
             ["20", "AŽ-9", "AŽ panj 9 satnikov, smreka, DRG AŽ-9 Rev 2", "40", "139,50", "5.580,00"],
             ["", "", "Skupaj / Total", "120", "", "17.420,00"],
         ]),
         ("sp",),
         ("p", "To je celotna in končna količina za sezono 2024 — ni preostanka. / This is the full and final "
               "quantity for season 2024; there is no balance. Please proceed with the full 120 pcs."),
         ("p", "Dobava / Delivery: 40 pcs KW 15, 40 pcs KW 17, 40 pcs KW 19, franko skladišče Ljubljana. "
               "Plačilo 30 dni."),
         ("p", "Naročil / Ordered by: Matej Kovačič, nabava."),
     ], title="Narocilnica 24-0522", author="Kranjska Cebela"))])

# c08 full-quantity ERP PO with three delivery schedule lines (TXT)
case("c08_nca_erp_full_po_extractors", [],
     "Full-quantity ERP PO for 6 extractors in three scheduled deliveries; all 6 released, no balance.",
     [("PO_7702588_print.txt", """NORTHERN COMB APIARIES LTD.                                   PURCHASE ORDER
9802 100 St, Grande Prairie AB T8V 2K9                        PO No.   7702588
GST/HST 81442 7731 RT0001                                     Date     2024-04-02
                                                              Rev      0
Vendor: V-300655  PSZCZEL-MET SP. Z O.O.                      Buyer    D. FOURNIER
        UL. KOLEJOWA 17, 33-300 NOWY SACZ, POLAND             Terms    NET 45
Ship to: NCA Extraction Plant, 11 Wapiti Rd, Grande Prairie   Incoterm FCA GDYNIA

LN  ITEM          DESCRIPTION                                   QTY UOM   UNIT EUR     EXT EUR
--  ------------  --------------------------------------------  --- ---  ---------  ----------
10  NCA-EXR-20    EXTRACTOR RADIAL 20-FR, AISI 304, 115V/60HZ     6  EA   2.890,00   17.340,00
                  CSA C22.2 NO. 68 LISTED, HONEY GATE 1-1/2" BSP
                  DRG PM-EXR-20 REV 5
    SCHEDULE      SL1  2 EA  DUE 2025-01-15
                  SL2  2 EA  DUE 2025-02-12
                  SL3  2 EA  DUE 2025-03-12
                                                               ---             ----------
                                                     TOTAL      6 EA            17.340,00

NOTES:
 1. FULL ORDER QUANTITY. ALL 6 EA ON THIS PO ARE RELEASED FOR PRODUCTION. NO BALANCE.
 2. PROCEED WITH ALL 6 EA PER THE SCHEDULE ABOVE.
 3. FAT VIDEO (30 MIN RUN AT 300 RPM) BEFORE EACH SHIPMENT.
 4. PRICES FIXED; EUR NOT SUBJECT TO EXCHANGE ADJUSTMENT.

AUTHORIZED: D. FOURNIER, PROCUREMENT                PAGE 1 OF 1
""")])

# c09 call-off with explicit staged material authority (TXT EDI print)
case("c09_trh_calloff_staged_material", [],
     "Call-off releases 2,000; explicit staged material authority to 6,000 frames' worth; balance 4,000 held until next written call-off by Hamish Barclay.",
     [("CALLOFF_03_PO4500-2231.txt", """TAWA RIDGE HONEY CO-OPERATIVE LTD
CALL-OFF / DELIVERY INSTRUCTION                     No. CO-03
Against PO:   4500-2231 rev 3                       Date: 18/06/2024
Supplier:     JINHUA FENGYE APICULTURE EQUIPMENT CO LTD (V00871)
Item:         FF-D232  Full-depth plastic frame, natural, wax-coated
-------------------------------------------------------------------------
Quoted quantity (QF-24-0612)                           6,000 pcs
Sample quantity (PO rev 0, delivered 30/04)               30 pcs
RELEASED FOR PRODUCTION BY THIS CALL-OFF               2,000 pcs
Balance NOT released                                   3,970 pcs
-------------------------------------------------------------------------
MATERIAL AUTHORITY (staged):
  Supplier may buy and hold PP resin and masterbatch for up to 6,000
  frames at Tawa Ridge's liability. Moulding is limited to the 2,000
  released above. Beeswax coating only for released frames.
UNLOCK OF BALANCE:
  Next written call-off only, issued by Hamish Barclay, Operations
  Manager (after the 2,000 have been on hives for one brood cycle).
DELIVERY:
  2,000 pcs, sea LCL Ningbo - Tauranga, ETD by 20/07/2024.
  Cartons max 18 kg, 50 frames/carton, fumigation not required (plastic).
-------------------------------------------------------------------------
Issued: Hamish Barclay, Operations Manager         Page 1/1
""")])

# c10 explicit, signed auto-conversion record (DOCX)
case("c10_bhl_autoconversion_signed", [],
     "Explicit recorded auto-conversion naming quantity (450), signer (Dr Ochieng) and conditions; rest on hold until written release.",
     [("BHL_Auto-conversion_LPO-2024-060.docx", docx_bytes([
         ("h1", "Auto-Conversion Agreement"),
         ("p", "Baringo Honey Livelihoods Project (BHL) and Punjab Apiary Works Pvt. Ltd. (PAW)"),
         ("table", [
             ["LPO", "BHL/LPO/2024/060"],
             ["Item", "Bee suit BS-V3 ventilated, 3-layer mesh, with fencing veil"],
             ["Quoted (PAW/EXP/24-90)", "1,200 suits"],
             ["Authorised now", "30 sample suits"],
         ]),
         ("h", "1. What converts"),
         ("p", "When the sample suits receive an approved sample sign-off from Kiprop Chebet, Field "
               "Technical Officer, recorded on form BHL-SSO, four hundred and fifty (450) suits of the "
               "quoted 1,200 are released for production automatically, without a further instruction "
               "from BHL."),
         ("h", "2. Conditions"),
         ("num", "The sign-off is dated on or before 31 July 2024; a later sign-off converts nothing."),
         ("num", "No deviation on sizing or mesh; an interim sign-off converts nothing."),
         ("num", "PAW may buy fabric and zips for the 450 only after the sign-off is recorded."),
         ("h", "3. The rest"),
         ("p", "The remaining 720 suits stay on hold. They can be released only by a written release from "
               "Dr. Otieno Ochieng, Project Director."),
         ("h", "Signatures"),
         ("table", [
             ["For BHL", "Dr. Otieno Ochieng, Project Director", "12 June 2024"],
             ["For PAW", "Harpreet Singh Gill, Export Manager", "13 June 2024"],
         ]),
     ], author="BHL Procurement"))])

# c11 old quote forwarded as message/rfc822, declared informational (EML)
_old_quote = mail(
    "Tomasz Lis <t.lis@pszczelmet.pl>", MATEJ, "Oferta 22-087 podkurzacze / smokers",
    "Tue, 15 Nov 2022 13:20:00 +0100",
    "Dear Mr. Matej,\n\nthank you for your inquiry. We offer:\n\n"
    "Smoker SM-100, INOX, with guard - 500 pcs - EUR 14,90 / pc netto, EXW Nowy Sacz\n"
    "Delivery 5 weeks from order. Payment 30 days.\n\n"
    "Offer valid until 31.12.2022.\n\nRegards\nTomasz Lis\nPszczel-Met Sp. z o.o.\n")
case("c11_kc_fwd_old_quote_info", [],
     "Old 2022 quote (500 smokers) forwarded as rfc822 and declared informational; current PO scope complete.",
     [("FW_Oferta_22-087.eml", eml_bytes(mail(
         MATEJ, "Agnieszka Nowak <a.nowak@pszczelmet.pl>", "FW: Oferta 22-087 podkurzacze / smokers",
         "Wed, 13 Mar 2024 10:05:00 +0100",
         "Pozdravljeni ga. Agnieszka,\n\n"
         "as Krzysztof asked, I forward the old offer 22-087 from 2022 for the smokers (attached), only "
         "for information so you see which prices we had then. This old offer is informational only - it "
         "is not an order and the 500 pcs in it are not released.\n\n"
         "Our current PO 24-0611 covers ten (10) sample smokers SM-100 only. Anything beyond the 10 "
         "samples is not released: the series waits for Nina Zupan's sample sign-off and then a written "
         "release from Andrej Potocnik, direktor.\n\n"
         "Lep pozdrav,\nMatej\n"
         + sig2("Matej Kovačič", "Nabava / Purchasing", KC, KC_PH, DISC_KC),
         attachments=[("rfc822", _old_quote)])))])

# c12 buyer corrects a quoted supplier line that assumes auto-conversion (EML, quoted, multipart)
_c12_text = ("Hi Lily,\n\n"
             "Thanks for the update and the photos, the samples look tidy.\n\n"
             "One thing though, about your line below - no, please don't. Sample approval does NOT release "
             "production. PO 4500-2231 releases only the 30 sample frames. The 5,970 stay on hold until Mere "
             "Tipene signs off the samples AND Hamish Barclay sends you a written production release. No new "
             "PO is needed for that, but the written release is. And no resin buying for the balance either "
             "please.\n\n"
             "Ka kite,\nAroha\n"
             + sig2("Aroha Ngata", "Procurement Lead", TRH, TRH_PH, DISC_TRH)
             + "\n" + q("From: Lily Chen <lily.chen@jhfengye.com.cn>\n"
                        "Sent: Thursday, 2 May 2024 6:11 pm\n"
                        "To: Aroha Ngata\n"
                        "Subject: FF-D232 sample feedback + mass production\n\n"
                        "Dear Aroha,\n"
                        "Good day! Sample 30 pcs you received already, photo of packing attached last mail.\n"
                        "After sample approval we roll straight into the 5,970 pcs mass production, no need "
                        "new PO, so you save time.\n"
                        "Best regards\nLily") + "\n")
case("c12_trh_reply_corrects_autoroll", [],
     "Quoted supplier line assumes auto-roll into 5,970; buyer reply corrects it and restates 30 released, hold, event, person.",
     [("RE_FF-D232_sample_feedback.eml", eml_bytes(mail(
         AROHA, LILY, "RE: FF-D232 sample feedback + mass production", "Fri, 03 May 2024 08:47:00 +1200",
         _c12_text, html=text_to_html(_c12_text), in_reply_to="<jf-20240502-1811@jhfengye.com.cn>")))])

# c13 supplier says the deposit does not release production (TXT, WhatsApp)
case("c13_kc_bt_whatsapp_deposit_not_release", [],
     "Supplier states 'deposit does not release production'; buyer scope (200 kg, 1.800 kg held, lab sign-off, Potočnik) complete.",
     [("WhatsApp Chat - Iryna Bdzhola-Tekh.txt", """[12.03.24, 09:02:11] Matej Kovačič: Dober dan Iryna, PO 24-0473 is in your mail. 200 kg sample foundation LR 5,4 mm, pure beeswax, for the lab test only. Remaining 1.800 kg is not released until Nina Zupan signs off the lab report and Andrej Potočnik gives the written release.
[12.03.24, 09:20:45] Iryna Kovalenko: Good day Matej! Received, thank you. Proforma PI-0312 for 30% advance on the full order is sent (EUR 7 020,00)
[13.03.24, 15:31:02] Matej Kovačič: Advance paid today, swift copy in mail
[14.03.24, 08:12:37] Iryna Kovalenko: Matej, advance received, thank you! Just to be clear from our side: the deposit does not release production. We make only the 200 kg sample for the lab and we wait for written release from Mr Potočnik for the 1 800 kg after Nina's lab sign-off.
[14.03.24, 08:14:09] Matej Kovačič: Exactly 👍 hvala Iryna
[14.03.24, 08:15:50] Iryna Kovalenko: Sample 200 kg ready 22.03, I send photos of sheets and the wax certificate (no paraffin, no stearin, GC-MS)
[22.03.24, 17:03:28] Iryna Kovalenko: <attached: 00000012-PHOTO-2024-03-22-17-03-28.jpg>
[22.03.24, 17:04:01] Matej Kovačič: Lepo! Nice colour
""")])

# c14 supplier acknowledgement restating the hold (PDF)
case("c14_paw_ack_restates_hold", [],
     "Supplier acknowledgement restates 30 released, 1,170 not released, sign-off + written release by Dr Ochieng, sample-only material.",
     [("OA_PAW_24-118.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Punjab Apiary Works Pvt. Ltd. · Plot 27, Focal Point Phase VIII, Ludhiana 141010 · "
               "GSTIN 03AAKCP4417M1Z9 · IEC 0314009921"),
         ("table", [
             ["OA No.", "OA/PAW/24-118", "Date", "20 June 2024"],
             ["Customer", "Baringo Honey Livelihoods Project, Kabarnet", "Your LPO", "BHL/LPO/2024/063"],
         ]),
         ("sp",),
         ("table", [
             ["S.No.", "Description", "Qty released", "Rate USD", "Amount USD"],
             ["1", "Bee suit BS-V3 ventilated 3-layer mesh, sample: M 6, L 10, XL 10, XXL 4", "30 nos",
              "38.50", "1,155.00"],
         ]),
         ("sp",),
         ("p", "We acknowledge your LPO as written. Only 30 (thirty) nos sample suits are released and will be "
               "produced. Balance 1,170 nos as per our quotation PAW/EXP/24-90 is NOT released and will not be "
               "produced until we receive the written release from Dr. Otieno Ochieng, Project Director, after "
               "sample sign-off by Mr. Kiprop Chebet."),
         ("p", "Material: fabric and zips purchased for the 30 sample suits only (sample-only material "
               "authority)."),
         ("p", "Standard: EN ISO 13688:2013 general requirements; mesh 3-layer, 6 mm total; YKK No. 5 zips."),
         ("p", "Dispatch of samples: by DHL within 15 days. For Punjab Apiary Works Pvt. Ltd. — "
               "Harpreet Singh Gill, Export Manager (Authorised Signatory)."),
     ], title="Order Acknowledgement OA/PAW/24-118", author="Punjab Apiary Works"))])

# c15 supplier status page restating hold and sample-only material (HTML)
case("c15_jf_portal_status_hold", [],
     "Supplier order-status page: 200 released/produced/shipped; 19,800 on hold pending sign-off and written release; material sample-only.",
     [("jf_order_status_7702466.html", html_page("Jinhua Fengye Customer Order Status", """
<h2>金华丰业 Jinhua Fengye &mdash; Customer Order Status</h2>
<p>Customer: <b>Northern Comb Apiaries Ltd.</b> (Canada) &middot; Customer PO: <b>7702466</b> &middot;
Item: NCA-FR-D918 deep frame 9-1/8&quot; black, DRG FR-918 Rev 3 &middot; Updated 2024-04-16 10:30 CST</p>
<table>
<tr><th>Stage</th><th>Qty</th><th>Date</th><th>Remark</th></tr>
<tr><td>Released by customer</td><td>200</td><td>2024-03-11</td><td>sample lot only</td></tr>
<tr><td>Moulded</td><td>200</td><td>2024-03-18</td><td>machine #6, mould FR-918-2</td></tr>
<tr><td>Wax coated</td><td>200</td><td>2024-03-20</td><td>&nbsp;</td></tr>
<tr><td>Shipped</td><td>200</td><td>2024-03-23</td><td>air, AWB 999-4417 2203</td></tr>
<tr><td>Balance</td><td>19,800</td><td>&mdash;</td><td><b>ON HOLD &mdash; not released</b></td></tr>
</table>
<div class="note">Balance 19,800 pcs is not released. We wait for sample sign-off by Ms. Priya Sandhu (NCA
Equipment QA) and then the written production release from Mr. Greg Halvorsen (VP Operations). Nothing is
scheduled for the balance.<br>
Material: bought for the 200 sample pcs only (customer material authority: sample-only). No resin reserved
for the balance.</div>
<p>Contact: Lily Chen, Sales Manager, +86 579 8231 6650</p>
"""))])

# c16 interim sample disposition with limits (DOCX)
case("c16_nca_interim_disposition_limits", [],
     "Interim disposition with qty (300) and date limits; says it releases nothing; release by Greg Halvorsen; remaining 660 on hold.",
     [("NCA-ISD-0087_BS-V3.docx", docx_bytes([
         ("h1", "Interim Sample Disposition NCA-ISD-0087"),
         ("table", [
             ["Supplier", "Punjab Apiary Works Pvt. Ltd., Ludhiana"],
             ["Item", "BS-V3 ventilated bee suit, NCA-BS-V3"],
             ["PO", "7702547 — forty (40) sample suits; quote PAW/EXP/24-66 for 1,000"],
             ["Samples evaluated", "40, field trial Sexsmith & Beaverlodge yards, 6–24 May 2024"],
             ["Evaluated by", "Priya Sandhu, Equipment QA Lead"],
         ]),
         ("h", "Findings"),
         ("li", "Sting-through: none in 18 days of field use."),
         ("li", "Hood zip pull-tab too short to operate with gloves (deviation D-1)."),
         ("li", "Ankle elastic OK; sizes run one size small in XL."),
         ("h", "Disposition: INTERIM"),
         ("p", "Limits: maximum 300 suits, valid until 30 September 2024, on condition that the pull-tab is "
               "lengthened to 45 mm."),
         ("p", "This interim disposition releases nothing by itself. The PO releases the 40 sample suits and "
               "nothing else. A production release for up to 300 suits within these limits requires a "
               "written release from Greg Halvorsen, VP Operations. The remaining 660 suits stay on hold until "
               "a final sample sign-off and a further written release."),
         ("p", "Signed: Priya Sandhu, 28 May 2024"),
     ], author="Priya Sandhu"))])

# c17 deviation permit that leaves quantities untouched (HTML portal)
case("c17_trh_portal_deviation_permit", [],
     "Deviation permit on coating weight for the 30 samples only; quantities unchanged, releases nothing; scope complete.",
     [("trh_portal_DP-2024-011.html", html_page("Tawa Ridge Supplier Portal - Deviation DP-2024-011", """
<div style="background:#3b5d2a;color:#fff;padding:6px">Tawa Ridge Honey Co-operative &middot; Supplier Portal</div>
<h2>Deviation Permit DP-2024-011</h2>
<table>
<tr><th>Supplier</th><td>Jinhua Fengye Apiculture Equipment Co., Ltd.</td></tr>
<tr><th>PO</th><td>4500-2271 &mdash; FS-P232 plastic foundation sheet, beeswax coated</td></tr>
<tr><th>Requirement</th><td>Beeswax coating 20 g per sheet (DRG FS-232 Rev 4, note 6)</td></tr>
<tr><th>Deviation</th><td>Coating 18 g &plusmn;1 g per sheet (new roller, 2 passes)</td></tr>
<tr><th>Applies to</th><td>the 30 sample sheets on this PO only</td></tr>
<tr><th>Raised by</th><td>Lily Chen, 2024-04-29</td></tr>
<tr><th>Accepted by</th><td>Mere Tipene, Apiary Equipment Lead, 2024-04-30</td></tr>
</table>
<p class="note">This deviation does not change any quantity and does not release any production. PO 4500-2271
authorises thirty (30) sample sheets. The balance of the quoted quantity stays on hold until Mere Tipene signs
off the samples and Hamish Barclay, Operations Manager, issues a written production release.</p>
"""))])

# c18 full-quantity LPO full of quantity-like identifiers (TXT)
case("c18_bhl_lpo_full_identifiers", [],
     "Full-quantity LPO (80 kits, 80 tools, 40 excluders) with many quantity-like identifiers; no balance.",
     [("LPO_BHL-2024-071.txt", """BARINGO HONEY LIVELIHOODS PROJECT
P.O. Box 112-30400, Kabarnet, Baringo County, KENYA      PIN P051700288Q
                        LOCAL PURCHASE ORDER
LPO No: BHL/LPO/2024/071                        Date: 08/07/2024
Supplier: Jinhua Fengye Apiculture Equipment Co., Ltd., Jinhua, Zhejiang, CHINA
Quotation ref: JF-Q-2406-33 of 21/06/2024
Budget line: 2.3.1 Hive equipment (grant RVLF-2024-0112)

No  Item code          Description                                   Qty   Unit USD   Total USD
--  -----------------  --------------------------------------------  ----  ---------  ---------
1   KTBH-27-1200       Kenya Top Bar Hive kit, 27 bars, L 1200 mm,     80     41.00    3,280.00
                       DRG KTB-900 Rev 12, M6x1.0 SS bolts, 48 h
                       neutral salt spray (ISO 9227) on fittings
2   HT-10              Hive tool 10 inch, J-hook, 3 mm SS             80      2.10      168.00
3   QX-42-500          Queen excluder, SS wire 4.2 mm, 500x420 mm     40      6.80      272.00
                                                                           TOTAL   3,720.00

Terms: FOB Ningbo. Marking "BHL-2024-071 / MADE IN CHINA". KEBS PVoC certificate required.
Supplier to be ISO 9001:2015 certified (cert. no. to be quoted on invoice).

This LPO is for the full quantity; there is no balance. Kindly proceed with the full 80 kits,
80 hive tools and 40 excluders.

Prepared by: Wanjiru Mwangi, Procurement Officer      ______________
Authorised by: Faith Jepkosgei, Finance Officer        ______________
""")])

# c19 scoped go-ahead in a Teams chat (TXT)
case("c19_nca_teams_goahead_samples_only", [],
     "Teams go-ahead scoped to 'the 2 sample extractors only'; other 10 not released; FA sign-off + written release by Greg Halvorsen.",
     [("Teams_chat_extractor_PO7702511.txt", """Microsoft Teams - chat export
Chat: NCA / Pszczel-Met - extractor PO 7702511
Participants: Danielle Fournier (Northern Comb Apiaries), Krzysztof Wójcik (External), Priya Sandhu (Northern Comb Apiaries)

[2024-03-19 08:41] Krzysztof Wójcik (External)
Good morning! We have the drawings PM-EXR-20 Rev 5 ready with the CSA motor. Can we start?

[2024-03-19 09:02] Danielle Fournier
Morning Krzysztof! Yes - go ahead with the 2 sample extractors only. The other 10 on the PO are not released. Priya does the first-article sign-off when they land, and after that Greg Halvorsen issues the written production release for the 10.

[2024-03-19 09:04] Priya Sandhu
+1. Please send the FAT video (30 min at 300 rpm) and the weld photos for the basket before shipping 🙏

[2024-03-19 09:10] Krzysztof Wójcik (External)
OK clear, 2 pcs only, we wait for written release for the rest. Dziękuję!
""")])

# c20 complete PO scope note (PDF)
case("c20_trh_po_complete_scope", [],
     "PO with full scope note: 1 sample extractor, 23 not released, sign-off + written release by Hamish Barclay, sample-only material, 24 is a forecast.",
     [("PO_4500-2399.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500-2399"),
         ("p", "Tawa Ridge Honey Co-operative Ltd · 18 Station Road, Matamata 3400, New Zealand · GST 112-884-120"),
         ("table", [
             ["Supplier", "Pszczel-Met Sp. z o.o., Nowy Sącz, Poland", "Date", "09/04/2024"],
             ["Quote", "QT-PM-0419", "Buyer", "Aroha Ngata"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit EUR", "Ext EUR"],
             ["1", "EX-R12", "Radial extractor 12-frame, AISI 304, 230 V 50 Hz, AS/NZS 3112 plug, honey gate "
              "1-1/2\" BSP", "sample", "1", "1.240,00", "1.240,00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "This PO authorises one (1) sample extractor only. Build and ship the one sample now."),
         ("p", "The balance of 23 extractors is not released. The quoted production quantity of 24 is a "
               "forecast, not an order."),
         ("p", "Unlock: sample sign-off by Mere Tipene (Apiary Equipment Lead) after a two-week trial in our "
               "Matamata extraction shed, then a written production release from Hamish Barclay, "
               "Operations Manager."),
         ("p", "Material authority: sample-only. Please do not buy stainless sheet or motors for the balance."),
         ("p", "Delivery: FCA Nowy Sącz, consolidated with our container ex Gdynia. Invoice quoting PO number."),
     ], title="PO 4500-2399", author="Tawa Ridge Honey"))])

# c21 multi-file: buyer portal PO + supplier proforma + packing list, all consistent (HTML + TXT + TXT)
case("c21_nca_portal_po_proforma_packing", [],
     "Portal PO (40 sample suits, full scope), proforma and packing list agree on 40; proforma says payment does not release the balance.",
     [("nca_portal_PO7702561.html", html_page("NCA Supplier Portal - PO 7702561", """
<div style="background:#23395b;color:#fff;padding:6px">Northern Comb Apiaries Ltd. &middot; Supplier Portal</div>
<h2>Purchase Order 7702561</h2>
<table>
<tr><th>Supplier</th><td>Punjab Apiary Works Pvt. Ltd. (V-300711)</td></tr>
<tr><th>Issued</th><td>2024-05-21 by Danielle Fournier</td></tr>
<tr><th>Status</th><td>Issued &ndash; acknowledged by supplier 2024-05-22</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit USD</th></tr>
<tr><td>10</td><td>NCA-BS-V3</td><td>Ventilated bee suit, 3-layer mesh, fencing veil, S&ndash;XXL (8 each)</td>
<td>sample</td><td>40</td><td>38.50</td></tr>
</table>
<h3>Scope</h3>
<div class="note">Active quantity: 40 sample suits. The balance of quote PAW/EXP/24-66 is not released.
Unlock: sample sign-off by Priya Sandhu (Equipment QA) after the field trial, then a written production release
by Greg Halvorsen, VP Operations. Material authority: sample-only.</div>
""")),
      ("PI_PAW-24-305.txt", """PUNJAB APIARY WORKS PVT. LTD.
Plot 27, Focal Point Phase VIII, Ludhiana 141010, Punjab, INDIA
GSTIN 03AAKCP4417M1Z9                                   IEC 0314009921

                          PROFORMA INVOICE
PI No.: PI/PAW/24-305                      Date: 23-05-2024
Buyer: Northern Comb Apiaries Ltd., Grande Prairie AB, CANADA
Buyer PO: 7702561

S.No  Description                                  HSN      Qty      Rate USD   Amount USD
1     Bee suit BS-V3 ventilated - SAMPLE           62114390 40 nos   38.50      1,540.00
      sizes S/M/L/XL/XXL 8 nos each
                                                            Total USD           1,540.00
Amount in words: US Dollars One Thousand Five Hundred Forty Only

Payment terms: 100% advance by T/T to HDFC Bank, Ludhiana, SWIFT HDFCINBBXXX
Note: This proforma covers the 40 sample suits only. Payment of this proforma does not
release any balance quantity; the balance is produced only against a written release
from Mr. Greg Halvorsen, NCA.

For Punjab Apiary Works Pvt. Ltd.
Rajesh Kumar, Accounts                       E&OE
"""),
      ("packing_list_PAW-24-305.txt", """PACKING LIST  -  PI/PAW/24-305  -  Buyer PO 7702561
Shipper: Punjab Apiary Works Pvt. Ltd., Ludhiana
Consignee: Northern Comb Apiaries Ltd., 11 Wapiti Rd, Grande Prairie AB T8V 2K9
Mode: DHL Express, AWB 44 1871 9920

Carton  Contents                                   Qty     Net kg   Gross kg   Size cm
1/2     BS-V3 sample suits S x8, M x8, L x4           20     16.0     17.2     60x40x40
2/2     BS-V3 sample suits L x4, XL x8, XXL x8        20     17.1     18.4     60x40x40
        + a dozen spare zip pulls (FOC, no charge)
TOTAL                                                 40     33.1     35.6

Country of origin: INDIA.   Marks: NCA 7702561 / 1-2, 2-2
""")])

# c22 partial release notice with hold, event and person (TXT, mail saved as text)
case("c22_kc_release_notice_partial", [],
     "Release notice: 800 kg released now after lab sign-off, 200 kg sample earlier, 1.000 kg on hold until Potočnik's next written release.",
     [("RELEASE_24-0473-R1.txt", """From:    Andrej Potočnik <andrej.potocnik@kranjska-cebela.si>
To:      Iryna Kovalenko <sales@bdzhola-tekh.com.ua>
Cc:      Matej Kovačič <matej.kovacic@kranjska-cebela.si>; Nina Zupan <nina.zupan@kranjska-cebela.si>
Date:    05.04.2024 11:20
Subject: RELEASE NOTICE 24-0473/R1 - satnice / foundation LR 5,4 mm

Spoštovana ga. Kovalenko,

the lab report LAB-24-0331 on the 200 kg sample was signed off by Nina Zupan on 02.04.2024
(no paraffin, no stearin, residues of amitraz and coumaphos below limits).

Released for production now:      800 kg foundation LR 5,4 mm, PO 24-0473
Released earlier:                 200 kg sample (delivered 27.03.)
NOT released:                   1.000 kg - on hold until my next written release,
                                           which I plan after our stock count in May.

Material: please buy beeswax only for the 800 kg released now.
Delivery of the 800 kg: in two lots, KW 16 and KW 18, FCA Vinnytsia.

Lep pozdrav / Kind regards
Andrej Potočnik
direktor, Kranjska Čebela d.o.o.
+386 1 420 5560
""")])

# c23 supplier gate request denied by the buyer (HTML supplier portal)
case("c23_jf_gate_request_denied", [],
     "Supplier gate question for 1,000 more frames, answered DENIED with the complete scope (30 released, hold, event, person).",
     [("jf_gate_GR-0331.html", html_page("Jinhua Fengye - Production Gate Request GR-0331", """
<h2>Production Gate Request GR-0331</h2>
<table>
<tr><th>Customer</th><td>Tawa Ridge Honey Co-operative (NZ)</td></tr>
<tr><th>Customer PO</th><td>4500-2231</td></tr>
<tr><th>Item</th><td>FF-D232 full-depth plastic frame</td></tr>
<tr><th>Requested by</th><td>Zhou Wei, Factory Manager, 2024-05-13 08:30</td></tr>
<tr><th>Question</th><td>Machine #6 is free next week. May we start 1,000 more frames and buy resin for them?</td></tr>
</table>
<h3>Customer answer</h3>
<table>
<tr><th>Answer</th><td><b>DENIED</b></td></tr>
<tr><th>By</th><td>Aroha Ngata, Procurement Lead, 2024-05-13 11:52 NZST</td></tr>
<tr><th>Reason</th><td>PO 4500-2231 releases the 30 sample frames only. The balance is on hold until Mere Tipene
signs off the samples and Hamish Barclay issues a written production release. No resin for the balance.</td></tr>
</table>
<p>Request closed. Machine #6 re-planned for other customers.</p>
"""))])

# c24 sample PO with a clearly labelled forecast (EML, multipart)
_c24_text = ("Hi Harpreet,\n\n"
             "PO 7702578 is in the portal now: one hundred (100) sample suits BS-V3, 20 per size S to XXL. "
             "That's all that is released.\n\n"
             "For planning only: our 2025 season forecast is about 3,000 suits. This is a forecast, not an "
             "order. It is not released and there is no material authority for it, so please don't book "
             "fabric against it.\n\n"
             "Anything beyond the 100 samples waits for Priya Sandhu's sample sign-off after the field trial "
             "and then a written production release from Greg Halvorsen (VP Operations).\n\n"
             "Thanks!\nDanielle\n"
             + sig2("Danielle Fournier", "Procurement Specialist", NCA, NCA_PH, DISC_NCA))
case("c24_nca_sample_po_labelled_forecast", [],
     "100 sample suits released; 3,000 clearly labelled forecast, not an order, no material authority; event and person named.",
     [("PO_7702578_samples_and_forecast.eml", eml_bytes(mail(
         DANIELLE, HARPREET, "PO 7702578 - 100 sample suits + 2025 forecast (info)",
         "Tue, 11 Jun 2024 15:22:00 -0600", _c24_text, html=text_to_html(_c24_text),
         cc="Priya Sandhu <psandhu@northerncomb.ca>")))])

# c25 supplier quote as a plain-text mail (TXT)
case("c25_jf_quote_plaintext_tiers", [],
     "Supplier quote with 30 / 5,000 / 10,000 tiers and 'after your written release'; no authorization.",
     [("Quotation_JF-Q-2405-21.txt", """From: Lily Chen <lily.chen@jhfengye.com.cn>
To: Aroha Ngata <aroha.ngata@tawaridge.co.nz>
Sent: Tuesday, May 14, 2024 4:38 PM
Subject: Quotation JF-Q-2405-21 plastic foundation FS-P232

Dear Aroha,

Good day! Thanks for your inquiry. Kindly check our quotation as below:

Item: FS-P232 plastic foundation sheet, full depth 232 mm, beeswax coated (20 g/sheet)
  Sample 30 pcs ........ USD 0.95/pc (no mould charge)
  5,000 pcs ............ USD 0.42/pc
  10,000 pcs ........... USD 0.38/pc

Payment: T/T 30% deposit, balance before shipment.
Lead time: samples 7 days; mass production 30 days after your written release.
Packing: 100 pcs/carton, 56x50x25 cm, 16 kg. 1x20GP about 180 cartons.
Validity: 30 days.

Any question pls feel free contact me.

Best regards
Lily Chen
Sales Manager
Jinhua Fengye Apiculture Equipment Co., Ltd.
No. 88 Jinxi Road, Wucheng District, Jinhua, Zhejiang, China
Tel/WeChat: +86 579 8231 6650
""")])


# ================================================================ POSITIVE
# p01 sample PO with an unmarked "quoted production qty" column (PDF)
case("p01_nca_po_sample_quoted_column", ["RG001", "RG003", "RG004"],
     "Sample PO for 200 frames shows quoted production 20,000 with nothing saying not released; no hold, no unlock event (Greg named).",
     [("NCA_PO_7702418.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Northern Comb Apiaries Ltd. · 9802 100 St, Grande Prairie AB T8V 2K9 · GST/HST 81442 7731 RT0001"),
         ("table", [
             ["PO No.", "7702418", "Date", "2024-03-11"],
             ["Supplier", "Jinhua Fengye Apiculture Equipment Co., Ltd., Jinhua, Zhejiang", "Buyer",
              "Danielle Fournier"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD", "Quoted production qty"],
             ["10", "NCA-FR-D918", "SAMPLE LOT - deep frame 9-1/8\", one-piece PP, black, wax-coated, "
              "DRG FR-918 Rev 3", "200", "1.42", "284.00", "20,000"],
         ]),
         ("sp",),
         ("p", "Samples for our spring field trial in the Peace region (40 colonies x 5 frames)."),
         ("p", "Production release authority for this item: Greg Halvorsen, VP Operations."),
         ("p", "Ship by air to Grande Prairie. FCA Shanghai. Certificate ISO 9001:2015 and resin food-contact "
               "declaration to accompany the shipment. Pallets 1200 x 1000 mm, max 1.5 m high."),
         ("p", "Terms: net 30. Please acknowledge within 3 business days."),
     ], pagesize=LETTER, title="PO 7702418", author="Northern Comb Apiaries"))])

# p02 sample PO mail with the supplier quote attached back (EML + PDF attachment)
_p02_quote = pdf([
    ("h1", "QUOTATION QF-24-0612"),
    ("p", "Jinhua Fengye Apiculture Equipment Co., Ltd. · No. 88 Jinxi Road, Wucheng District, Jinhua, Zhejiang"),
    ("p", "To: Tawa Ridge Honey Co-operative Ltd, attn. Ms Aroha Ngata. Date: 2024-03-28."),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Lead time"],
        ["FF-D232", "Full-depth plastic frame, natural, beeswax coated both sides - sample", "30", "1.65",
         "10 days"],
        ["FF-D232", "Full-depth plastic frame, natural, beeswax coated both sides - production", "6,000",
         "0.98", "35 days"],
    ]),
    ("p", "Mould: existing, no tooling charge. Packing 50 pcs/carton. FOB Ningbo. Validity 60 days."),
    ("p", "Lily Chen, Sales Manager"),
], title="QF-24-0612", author="Jinhua Fengye")
case("p02_trh_mail_sample_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "Mail authorizes 30 sample frames and attaches the quote with 6,000 production, unmarked; no hold, no event, no release person.",
     [("PO_4500-2231_frames.eml", eml_bytes(mail(
         AROHA, LILY, "PO 4500-2231 - FF-D232 frames", "Mon, 08 Apr 2024 10:14:00 +1200",
         "Kia ora Lily,\n\n"
         "Thanks heaps for the quote. Please supply thirty (30) FF-D232 full-depth frames as samples, colour "
         "natural, wax-coated both sides, per your quote QF-24-0612 (attached back to you so we're on the "
         "same page). Our PO 4500-2231 is raised for the 30.\n\n"
         "Ship with DHL to Matamata please, and invoice to accounts@tawaridge.co.nz with the PO number on it "
         "or it won't get paid, sorry, system thing.\n\n"
         "Cheers\nAroha\n"
         + sig2("Aroha Ngata", "Procurement Lead", TRH, TRH_PH, DISC_TRH),
         attachments=[("QF-24-0612.pdf", _p02_quote, PDF_MT)])))])

# p03 ERP PO printout, sample line with the quoted series in the line text (TXT)
case("p03_kc_erp_po_series_in_line", ["RG001", "RG003", "RG004"],
     "Sample PO for 2 extractors carries 'quote: 2 sample / 60 series' unmarked; no hold, no event (Potočnik named for series release).",
     [("narocilnica_24-0388.txt", """KRANJSKA ČEBELA d.o.o.                          NAROČILNICA / PURCHASE ORDER
Tržaška cesta 112, SI-1000 Ljubljana            Št./No.:    24-0388
ID za DDV: SI84412290                           Datum/Date: 05.03.2024
                                                Stran/Page: 1/1
Dobavitelj / Supplier:  PSZCZEL-MET Sp. z o.o., ul. Kolejowa 17, 33-300 Nowy Sącz, PL
Kontakt / Contact:      Krzysztof Wójcik
Ponudba / Quote ref.:   24-118 z dne 27.02.2024

Poz  Šifra       Opis / Description                           Kol.  EM    Cena EUR   Vrednost EUR
---  ----------  -------------------------------------------  ----  ---  ---------  ------------
010  PM-EXR-12   Točilo radialno 12 satnikov AŽ/LR, INOX         2  kos   1.185,00      2.370,00
                 AISI 304, pogon 230 V, pokrov polikarbonat
                 VZOREC / SAMPLE
                 Ref. ponudba 24-118: 2 kos vzorec / 60 kos serija
                 EN 1672-2 izjava o skladnosti / declaration

                                                Skupaj / Total EUR netto:     2.370,00
Dobava / Delivery:    FCA Nowy Sącz, KW 14
Plačilo / Payment:    30 dni / 30 days
Odobritev serijske proizvodnje / series release:  A. Potočnik, direktor
Izdal / Issued by:    M. Kovačič, nabava
""")])

# p04 buyer portal PO with an unmarked programme quantity (HTML)
case("p04_bhl_portal_programme_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Portal LPO for 50 sample suits beside 'programme qty 1,500' with no note; no hold, no event, no release person.",
     [("bhl_portal_LPO-2024-031.html", html_page("BHL Supplier Portal - LPO BHL/LPO/2024/031", """
<div style="background:#8a5a00;color:#fff;padding:6px">Baringo Honey Livelihoods Project &middot; Supplier Portal</div>
<h2>Local Purchase Order BHL/LPO/2024/031</h2>
<table>
<tr><th>Supplier</th><td>Punjab Apiary Works Pvt. Ltd., Ludhiana</td></tr>
<tr><th>Date</th><td>02/04/2024</td></tr>
<tr><th>Prepared by</th><td>Wanjiru Mwangi, Procurement Officer</td></tr>
<tr><th>Status</th><td>Sent to supplier</td></tr>
</table>
<h3>Items</h3>
<table>
<tr><th>#</th><th>Description</th><th>Qty this LPO</th><th>Programme qty</th><th>Unit USD</th><th>Total USD</th></tr>
<tr><td>1</td><td>Bee suit BS-V3 ventilated, sizes M&ndash;XXL &mdash; samples</td><td>50</td><td>1,500</td><td>38.50</td><td>1,925.00</td></tr>
</table>
<h3>Remarks</h3>
<p>Samples for the Marigat and Mogotio groups. Ship by air to JKIA Nairobi, consignee BHL Kabarnet.
KEBS PVoC certificate required. Invoice must quote the LPO number.</p>
"""))])

# p05 multi-file: cover mail + PO + supplier quote (EML + PDF + PDF)
case("p05_trh_cover_po_quote_bundle", ["RG001", "RG003", "RG004"],
     "PO for 1 sample extractor sent with the quote showing 24 production, unmarked; no hold, no event (Hamish named as release person).",
     [("mail_PO4500-2307.eml", eml_bytes(mail(
         AROHA, KRZYSZTOF, "PO 4500-2307 - EX-R12 extractor", "Wed, 10 Apr 2024 09:30:00 +1200",
         "Hi Krzysztof,\n\n"
         "Please find attached PO 4500-2307 for the one (1) EX-R12 extractor as discussed on the call last "
         "week, plus your quote QT-PM-0419 as agreed.\n\n"
         "230 V / 50 Hz with the NZ plug (AS/NZS 3112) please, our sparky won't wire a Schuko.\n\n"
         "Cheers\nAroha\n"
         + sig2("Aroha Ngata", "Procurement Lead", TRH, TRH_PH, DISC_TRH)))),
      ("PO4500-2307.pdf", pdf([
          ("h1", "PURCHASE ORDER 4500-2307"),
          ("p", "Tawa Ridge Honey Co-operative Ltd · 18 Station Road, Matamata 3400, New Zealand"),
          ("table", [
              ["Supplier", "Pszczel-Met Sp. z o.o., Nowy Sącz", "Date", "10/04/2024"],
              ["Quote", "QT-PM-0419", "Buyer", "Aroha Ngata"],
          ]),
          ("sp",),
          ("table", [
              ["Line", "Item", "Description", "Qty", "Unit EUR", "Ext EUR"],
              ["1", "EX-R12", "Radial extractor 12-frame, AISI 304, 230 V, NZ plug - sample unit for evaluation",
               "1", "1.240,00", "1.240,00"],
          ]),
          ("sp",),
          ("p", "Sample unit for evaluation at our Matamata extraction shed."),
          ("p", "Production release: Hamish Barclay, Operations Manager."),
          ("p", "Delivery FCA Nowy Sącz. Payment 30 days from invoice."),
      ], title="PO 4500-2307", author="Tawa Ridge Honey")),
      ("QT-PM-0419.pdf", pdf([
          ("h1", "OFERTA / QUOTATION QT-PM-0419"),
          ("p", "Pszczel-Met Sp. z o.o. · ul. Kolejowa 17 · 33-300 Nowy Sącz · ISO 9001:2015"),
          ("p", "For: Tawa Ridge Honey Co-operative Ltd, Ms Aroha Ngata. Date 02.04.2024."),
          ("table", [
              ["Poz.", "Product", "Qty", "Price EUR / pc", "Lead time"],
              ["1", "EX-R12 radial extractor, 12 frames, AISI 304, 230 V, honey gate 1-1/2\" BSP - sample",
               "1", "1.240,00", "4 weeks"],
              ["2", "EX-R12 as poz. 1 - production", "24", "1.090,00", "8 weeks"],
          ]),
          ("p", "Prices FCA Nowy Sącz. Motor 0,37 kW, IP55. Validity 60 days."),
          ("p", "Krzysztof Wójcik, Export Sales"),
      ], title="QT-PM-0419", author="Pszczel-Met"))])

# p06 Kenyan LPO in Word with the quotation summary table (DOCX)
case("p06_bhl_lpo_docx_quotation_table", ["RG001", "RG003", "RG004", "RG005"],
     "LPO for 25 sample suits includes a quotation table with 1,200 production, unmarked; no hold, no event, no release person.",
     [("LPO_BHL-2024-019.docx", docx_bytes([
         ("h1", "LOCAL PURCHASE ORDER"),
         ("p", "Baringo Honey Livelihoods Project, P.O. Box 112-30400, Kabarnet"),
         ("table", [
             ["LPO No.", "BHL/LPO/2024/019", "Date", "18/03/2024"],
             ["Supplier", "Punjab Apiary Works Pvt. Ltd., Ludhiana, India", "Quotation", "PAW/EXP/24-77"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Total USD"],
             ["1", "Bee suit BS-V3 ventilated 3-layer, fencing veil. SAMPLES: M 5, L 10, XL 7, XXL 3", "25",
              "38.50", "962.50"],
         ]),
         ("p", "Quotation PAW/EXP/24-77 summary:"),
         ("table", [
             ["Lot", "Qty", "Unit price USD"],
             ["Sample lot", "25", "38.50"],
             ["Production lot", "1,200", "29.80"],
         ]),
         ("p", "Kindly supply the above as per your quotation. Delivery DAP Kabarnet. Funded under the Rift "
               "Valley Livelihoods Fund, grant RVLF-2024-0112."),
         ("table", [
             ["Prepared by", "Wanjiru Mwangi, Procurement Officer"],
             ["Authorised (finance)", "Faith Jepkosgei, Finance Officer"],
         ]),
     ], author="Wanjiru Mwangi"))])

# p07 WhatsApp: complete scope, later an unscoped "go ahead" on a colour change (TXT)
case("p07_trh_whatsapp_colour_go_ahead", ["RG002"],
     "Scope complete (30 released, 5,970 held, sign-off, Hamish); later 'yep looks good, go ahead' names neither sample-only nor a quantity.",
     [("WhatsApp Chat with Lily Chen Jinhua.txt", """08/04/2024, 10:31 - Aroha Ngata: Hi Lily, PO 4500-2231 is in your inbox. Only the 30 sample frames are released on it. The other 5,970 from your quote are NOT released - they wait for Mere's sample sign-off and then a written release from Hamish Barclay (our ops manager). Pls don't buy resin for them yet
08/04/2024, 10:44 - Lily Chen: Ok Aroha noted 👍 30 pcs sample only
10/04/2024, 14:02 - Lily Chen: Aroha, you want yellow now? we need new masterbatch, before was natural. I send photo
10/04/2024, 14:03 - Lily Chen: <Media omitted>
10/04/2024, 14:03 - Lily Chen: this colour ok? Pantone 116C like your logo
10/04/2024, 14:20 - Aroha Ngata: Oh that's lovely. Mere says same, easier to spot in the hive
10/04/2024, 14:21 - Aroha Ngata: yep looks good, go ahead 👍
10/04/2024, 14:25 - Lily Chen: 好的 thank you!!
""")])

# p08 "approved" x4 then "you're approved, go ahead!" (EML, multipart)
_p08_text = ("Hi Harpreet,\n\n"
             "For the record, PO 7702455 covers forty (40) sample suits, 8 per size S to XXL. The remaining "
             "960 on your quote are not released; they wait for Priya's sample sign-off after the field trial "
             "in May and a written production release from Greg Halvorsen (VP Operations).\n\n"
             "Good news on our end:\n"
             "- your EN ISO 13688:2013 test report and the sting-through results were approved by Priya (QA) "
             "last week,\n"
             "- PO 7702455 was approved by finance this morning (it was stuck in our approval workflow, sorry "
             "about that),\n"
             "- and you're approved on our vendor list now.\n\n"
             "So you're fully approved, go ahead!\n\n"
             "Have a good weekend,\nDanielle\n"
             + sig2("Danielle Fournier", "Procurement Specialist", NCA, NCA_PH, DISC_NCA))
case("p08_nca_mail_approved_go_ahead", ["RG002", "RG009"],
     "'approved' for test report, PO workflow and vendor list, then an unscoped 'you're fully approved, go ahead!'; scope otherwise complete.",
     [("BS-V3_PO7702455_update.eml", eml_bytes(mail(
         DANIELLE, HARPREET, "BS-V3 suits - PO 7702455 - all approved", "Fri, 12 Apr 2024 13:05:00 -0600",
         _p08_text, html=text_to_html(_p08_text))))])

# p09 Teams: advance paid, so green light (TXT)
case("p09_kc_teams_advance_green_light", ["RG002", "RG012"],
     "Buyer: advance paid 'so green light from our side' - unscoped approval and payment treated as authority; scope otherwise complete.",
     [("Teams_Bdzhola-Tekh_24-0456.txt", """Microsoft Teams
Klepet / Chat: Kranjska Čebela - Bdzhola-Tekh (zunanji / external)

[12.03.2024 09:02] Matej Kovačič
Dobro jutro Iryna. PO 24-0456 is out: 200 kg sample foundation sheets (LR, 5,4 mm cell, pure beeswax) for the lab test. The remaining 1.800 kg of the 2.000 kg are not released until Nina Zupan signs off the lab result (residues, paraffin, stearin) and Andrej Potočnik releases them in writing.

[12.03.2024 09:15] Iryna Kovalenko (External)
Good morning Matej! Understood, 200 kg. Please, we need the advance 30% for sample, proforma PI-0311 I send by mail

[13.03.2024 14:40] Matej Kovačič
Advance EUR 702,00 paid this morning, swift copy on mail. So green light from our side 🙂

[13.03.2024 14:52] Iryna Kovalenko (External)
Thank you! We start rolling on Monday 👍
""")])

# p10 two-level quoted thread; buyer approves samples and says "kindly proceed" (EML)
_p10_text = ("Dear Harpreet,\n\n"
             "Greetings from Kabarnet. The sample suits reached us on Tuesday and Kiprop has tested them with "
             "the Marigat group for one week. They are fine, no stings through the mesh, the zips are ok even "
             "with gloves.\n\n"
             "So the samples are approved, kindly proceed now.\n\n"
             "Regards,\nWanjiru\n"
             + sig2("Wanjiru Mwangi", "Procurement Officer", BHL, BHL_PH, DISC_BHL)
             + "\n" + q("From: Harpreet Singh Gill <export@punjabapiary.in>\n"
                        "Sent: 02 May 2024 11:48\n"
                        "To: Wanjiru Mwangi\n"
                        "Subject: RE: LPO BHL/LPO/2024/026 - sample bee suits\n\n"
                        "Dear Madam,\n"
                        "Samples dispatched by DHL AWB 4471 2290 16 on 24 April. Kindly inform your feedback at "
                        "the earliest so we can plan.\n"
                        "Thanks & regards\nHarpreet") + "\n"
             + q("From: Wanjiru Mwangi <procurement@baringohoney.or.ke>\n"
                 "Sent: 10 April 2024 09:15\n"
                 "Subject: LPO BHL/LPO/2024/026 - sample bee suits\n\n"
                 "Dear Harpreet,\n"
                 "Please find our LPO BHL/LPO/2024/026 for thirty (30) sample bee suits BS-V3. The balance of "
                 "570 suits on your quotation is NOT released. It will be released only after the samples are "
                 "signed off by Kiprop Chebet (Field Technical Officer) and a written release is issued by "
                 "Dr. Otieno Ochieng, Project Director.\nRegards, Wanjiru", level=2) + "\n")
case("p10_bhl_thread_samples_ok_proceed", ["RG002", "RG007"],
     "Buyer's own LPO (quoted) needs a written release from Dr Ochieng; new mail 'samples are approved, kindly proceed now' - unscoped and rolls sample approval into production.",
     [("RE_RE_LPO_BHL-2024-026.eml", eml_bytes(mail(
         WANJIRU, HARPREET, "RE: RE: LPO BHL/LPO/2024/026 - sample bee suits", "Thu, 09 May 2024 10:02:00 +0300",
         _p10_text, cc="Kiprop Chebet <kchebet@baringohoney.or.ke>",
         in_reply_to="<paw-240502-1148@punjabapiary.in>")))])

# p11 ERP supplier-message log: "Go ahead." with hold, event and person but no quantity (TXT)
case("p11_trh_erp_message_go_ahead_no_qty", ["RG002", "RG010"],
     "Buyer message 'all good. Go ahead.' with hold, event and release person but no quantity anywhere.",
     [("NAV_vendor_message_log_PO4500-2360.txt", """TAWA RIDGE HONEY CO-OPERATIVE LTD                VENDOR MESSAGE LOG
System: NAV 2018 / Purchasing                         Printed 22/04/2024 15:41
Vendor: V00871  JINHUA FENGYE APICULTURE EQUIPMENT CO LTD
Order:  PO 4500-2360
Item:   HB-2410-PP  Poly hive body 10-frame deep, DRG HB-2410 Rev 7
-------------------------------------------------------------------------------
22/04/2024 15:38  ANGATA  Message to vendor (sent by email)
   Hi Lily, the mould mark-up from Mere is fixed in Rev 7, all good. Go ahead.
   Balance stays on hold until Mere Tipene signs off the first-off samples.
   Production release only by Hamish Barclay (Ops Manager), by email.
-------------------------------------------------------------------------------
19/04/2024 09:02  VENDOR  Message from vendor
   Rev 7 drawing updated: wall 3.5 mm, hand hold depth 22 mm, M5 insert
   removed. Please check.
-------------------------------------------------------------------------------
                                                                  Page 1 of 1
""")])

# p12 buyer portal: complete scope, then "good to run" on a mould change (HTML)
case("p12_nca_portal_good_to_run", ["RG002"],
     "Portal scope complete (150 samples, 12,000 not released, sign-off, Greg); buyer reply 'No problem, good to run.' is unscoped.",
     [("nca_portal_PO7702490.html", html_page("NCA Supplier Portal - PO 7702490", """
<div style="background:#23395b;color:#fff;padding:6px">Northern Comb Apiaries Ltd. &middot; Supplier Portal</div>
<h2>Purchase Order 7702490</h2>
<table>
<tr><th>Supplier</th><td>Jinhua Fengye Apiculture Equipment Co., Ltd.</td></tr>
<tr><th>Status</th><td>Issued</td></tr>
<tr><th>Issued</th><td>2024-04-03, Danielle Fournier</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit USD</th></tr>
<tr><td>10</td><td>NCA-QX-P10</td><td>Queen excluder, 10-frame, plastic, slot 4.2 mm</td><td>sample</td><td>150</td><td>0.88</td></tr>
</table>
<div class="note">Scope: sample lot only &mdash; 150 pcs. Balance of quoted 12,000 pcs: NOT RELEASED.<br>
Unlock: sample sign-off by Priya Sandhu (Equipment QA), then written production release by Greg Halvorsen,
VP Operations.<br>Material authority: sample-only.</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>2024-04-15 10:12 CST</td><td>Lily Chen (supplier)</td><td>Mould #1 in maintenance this week. We want to
change to mould #2 (4-cavity), same PP, same slot 4.2 mm &plusmn;0.05. Ok for you?</td></tr>
<tr><td>2024-04-15 08:40 MDT</td><td>Priya Sandhu (NCA)</td><td>No problem, good to run.</td></tr>
</table>
"""))])

# p13 Kenyan WhatsApp: "make the 20 first, then you continue with the others" (TXT)
case("p13_bhl_whatsapp_smokers_then_others", ["RG003", "RG004", "RG005"],
     "Buyer authorizes 20 smokers first and says 'then you continue with the others'; nothing says the rest is not released, no event, no person.",
     [("WhatsApp Chat with Simran PAW.txt", """15/05/2024, 11:02 - Wanjiru BHL: Good morning Simran. Hope you are well
15/05/2024, 11:02 - Wanjiru BHL: Kindly make the 20 smokers first, SM-100 stainless with the heat shield. Then you continue with the others
15/05/2024, 11:06 - Simran PAW: Good morning mam 🙏 Noted 20 pcs. Which size mam, 4 inch or 3.5 inch?
15/05/2024, 11:09 - Wanjiru BHL: 4 inch with the guard. We have a dozen groups starting in June, they need something strong
15/05/2024, 11:10 - Simran PAW: Ok mam, 4 inch with guard. Proforma I will share today evening
15/05/2024, 11:11 - Wanjiru BHL: Sawa, thank you. Share the proforma for the 20 pls
15/05/2024, 18:47 - Simran PAW: <Media omitted>
15/05/2024, 18:47 - Simran PAW: PI/PAW/24-221 shared mam
""")])

# p14 sample PO mail: release authority named, but no hold and no unlock event (EML, multipart)
_p14_text = ("Hi Iryna,\n\n"
             "Please find below our PO 7702503 for three hundred (300) sample foundation sheets, Langstroth "
             "deep 8-1/2\" x 16-3/4\", pure beeswax, 5.4 mm cell, for our field trial at the Sexsmith and "
             "Beaverlodge yards.\n\n"
             "Line 10 - BT-FND-LD54 - 300 sheets - USD 1.05 - USD 315.00\n"
             "Delivery: DAP Grande Prairie, by May 31. Please include the wax analysis (GC-MS) and the CFIA "
             "import paperwork with the shipment.\n\n"
             "Greg Halvorsen (VP Operations) is the release authority for this program.\n\n"
             "Thanks,\nDanielle\n"
             + sig2("Danielle Fournier", "Procurement Specialist", NCA, NCA_PH, DISC_NCA))
case("p14_nca_mail_sample_po_authority_only", ["RG003", "RG004"],
     "Sample PO for 300 sheets names Greg Halvorsen as release authority but never says the balance is not released and names no unlock event.",
     [("PO_7702503_foundation.eml", eml_bytes(mail(
         DANIELLE, IRYNA, "PO 7702503 - sample foundation sheets", "Mon, 15 Apr 2024 09:40:00 -0600",
         _p14_text, html=text_to_html(_p14_text))))])

# p15 PO: balance on hold "until further notice" (PDF)
case("p15_kc_po_hold_until_further_notice", ["RG004"],
     "100 sample excluders; balance 4.900 'on hold until further notice' names no unlock event; Potočnik named.",
     [("Narocilnica_24-0502_Jinhua.pdf", pdf([
         ("h1", "NAROČILNICA / PURCHASE ORDER 24-0502"),
         ("p", "Kranjska Čebela d.o.o., Tržaška cesta 112, 1000 Ljubljana · ID za DDV SI84412290"),
         ("table", [
             ["Supplier", "Jinhua Fengye Apiculture Equipment Co., Ltd., Jinhua, Zhejiang, China", "Date",
              "19.03.2024"],
             ["Offer", "JF-Q-2402-17", "Contact", "Matej Kovačič"],
         ]),
         ("sp",),
         ("table", [
             ["Poz.", "Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["10", "QX-42", "Matična rešetka / queen excluder, SS wire 4,2 mm, EN 10088-1 1.4301, "
              "AŽ 410 x 260 mm - VZOREC / SAMPLE", "100", "3,10", "310,00"],
         ]),
         ("sp",),
         ("p", "Naročamo samo vzorce / we order only the samples: 100 pcs."),
         ("p", "Preostanek / balance 4.900 pcs from your offer JF-Q-2402-17 is ON HOLD until further notice."),
         ("p", "Production release authority: Andrej Potočnik, direktor."),
         ("p", "Material: sample quantity only. Delivery by air to Ljubljana (LJU), DAP."),
     ], title="Narocilnica 24-0502", author="Kranjska Cebela"))])

# p16 EDI 850 print: BAL ON HOLD, no event, no person (TXT)
case("p16_nca_edi850_bal_on_hold", ["RG004", "RG005"],
     "EDI PO: sample qty 2 only, 'BAL 10 EA ON HOLD - DO NOT PRODUCE'; no unlock event, no named release person.",
     [("EDI850_7702511.txt", """EDI 850 PURCHASE ORDER - HUMAN READABLE PRINT          2024-03-18 16:05 MDT
ISA  ZZ NORTHERNCOMB   ZZ PSZCZELMET   240318 1605  U 00401 000004412 0 P >
GS   PO NORTHERNCOMB PSZCZELMET 20240318 1605 4412 X 004010
ST   850 0001
BEG  00 SA 7702511  20240318
CUR  BY EUR
REF  DP EXTR                         (Dept: extraction)
PER  BD D. FOURNIER  TE 7805550142
N1   BY NORTHERN COMB APIARIES LTD   92 NCA-GP
N1   SE PSZCZEL-MET SP. Z O.O.       92 V-300655
N1   ST NCA EXTRACTION PLANT, 11 WAPITI RD, GRANDE PRAIRIE AB T8V 2K9
PO1  001  2  EA  2890.00  PE  VP PM-EXR-20  BP NCA-EXR-20
PID  F  20-FRAME RADIAL EXTRACTOR AISI 304 115V/60HZ CSA C22.2 NO. 68
PID  F  SAMPLE / FIRST ARTICLE
MSG  SAMPLE QTY 2 EA ONLY
MSG  BAL 10 EA ON HOLD - DO NOT PRODUCE
MSG  NO MATERIAL BEYOND SAMPLES
DTM  002  20240510
CTT  1  2
SE   18 0001
""")])

# p17 hold notice: on hold until further notice, signed by a team (DOCX)
case("p17_trh_hold_notice_team", ["RG004", "RG005"],
     "Hold notice: 20 sample suits authorised, 380 on hold 'until further notice'; no unlock event, signed by a team, no named release person.",
     [("Hold_notice_PO4500-2290.docx", docx_bytes([
         ("h1", "HOLD NOTICE"),
         ("table", [
             ["PO", "4500-2290"],
             ["Item", "BS-V3 ventilated bee suit, 3-layer mesh"],
             ["To", "Punjab Apiary Works Pvt. Ltd., attn. Harpreet Singh Gill"],
             ["From", "Tawa Ridge Honey Co-operative Ltd, Purchasing"],
             ["Date", "07/05/2024"],
         ]),
         ("sp",),
         ("p", "The twenty (20) sample suits on this PO are the only quantity authorised. They arrived on "
               "3 May and the crews at the Waharoa site are wearing them this week."),
         ("p", "The balance of 380 suits from your quotation PAW/EXP/24-51 is on hold until further notice. "
               "Please do not cut fabric or buy zips for the balance."),
         ("p", "Thanks for the quick turnaround on the samples, they look the part."),
         ("p", "Purchasing team, Tawa Ridge Honey Co-operative"),
     ], author="TRH Purchasing"))])

# p18 sample authorisation: release by an unnamed committee (DOCX)
case("p18_bhl_sample_auth_committee", ["RG005"],
     "Sample authorisation: 500 strips now, 9,500 not released until field sign-off and PMC approval; no named release person.",
     [("BHL_sample_authorisation_starter_strips.docx", docx_bytes([
         ("h1", "Sample Authorisation"),
         ("p", "Baringo Honey Livelihoods Project — Procurement Office, Kabarnet"),
         ("table", [
             ["Supplier", "Bdzhola-Tekh LLC, Vinnytsia, Ukraine"],
             ["Offer", "BT 24/077 of 04/03/2024"],
             ["Item", "Beeswax starter strips for KTB top bars, 30 x 430 mm, pure beeswax"],
             ["Quantity authorised now", "500 starter strips (sample)"],
             ["Balance", "9,500 strips per offer BT 24/077 — not released"],
         ]),
         ("sp",),
         ("p", "The 500 sample strips will be fixed on top bars in 20 hives in Mogotio and Marigat. The "
               "balance will be released after the field sample sign-off and approval of the Project "
               "Management Committee (PMC). The PMC sits monthly, next sitting 28 June."),
         ("p", "Kindly ship the 500 strips by air, DAP Kabarnet. Invoice to quote this authorisation number "
               "BHL-SA-2024-07."),
         ("p", "Procurement Office, BHL"),
     ], author="BHL Procurement"))])

# p19 "please start the sample foundation" - no quantity, internal approval (EML, multipart)
_p19_text = ("Pozdravljena Iryna,\n\n"
             "please start the sample foundation sheets for the lab test, AŽ format 410 x 260 mm, same wax as "
             "last year (Slovenian beeswax from our own melt). Balance of the order is on hold until the lab "
             "report is back and our internal approval is done.\n\n"
             "Hvala in lep pozdrav,\nMatej\n"
             + sig2("Matej Kovačič", "Nabava / Purchasing", KC, KC_PH, DISC_KC))
case("p19_kc_mail_start_samples_no_qty", ["RG005", "RG010"],
     "Start the sample sheets with no quantity; hold and event (lab report, internal approval) stated, but no named release person.",
     [("Narocilo_24-0461_lab_test.eml", eml_bytes(mail(
         MATEJ, IRYNA, "Naročilo 24-0461 - foundation for lab test", "Thu, 21 Mar 2024 08:55:00 +0100",
         _p19_text, html=text_to_html(_p19_text))))])

# p20 supplier status: resin bought for 20,000 against a 200 sample scope (EML, quoted)
_p20_text = ("Dear Danielle,\n\n"
             "Good day! Update for the sample frames:\n"
             "1. 200 pcs moulded on 18 March, wax coating finished 20 March.\n"
             "2. Packing today, ship by air tomorrow, AWB I will send.\n"
             "3. For the production we already purchased PP resin (Sinopec, natural) for 20,000 frames and "
             "the black masterbatch, because resin price go up in April. Material is in our warehouse, no "
             "problem.\n\n"
             "Any question please let me know.\n\n"
             "Best regards\nLily Chen\nSales Manager\n" + JF + "\nTel/WeChat " + JF_PH + "\n\n"
             + q("From: Danielle Fournier <dfournier@northerncomb.ca>\n"
                 "Sent: Monday, March 11, 2024 4:10 PM\n"
                 "Subject: PO 7702466 sample frames\n\n"
                 "Lily, confirming the scope of PO 7702466: 200 sample frames only. The balance of 19,800 "
                 "frames is not released. It stays on hold until Priya Sandhu signs off the samples and Greg "
                 "Halvorsen issues a written production release. Material authority: sample quantity only.\n"
                 "Danielle") + "\n")
case("p20_jf_status_resin_for_production", ["RG006"],
     "Supplier bought resin for 20,000 frames while the quoted buyer scope releases 200 with sample-only material authority.",
     [("RE_PO7702466_status.eml", eml_bytes(mail(
         LILY, DANIELLE, "RE: PO 7702466 sample frames - status", "Fri, 22 Mar 2024 17:20:00 +0800",
         _p20_text, in_reply_to="<h178-nca-20240311@northerncomb.ca>")))])

# p21 supplier: deposit received, bought wax for the full 2 000 kg and started (EML, quoted, text attachment)
_p21_text = ("Dear Matej,\n\n"
             "thank you, we have received your advance payment 30% (EUR 7 020,00), bank confirmation in "
             "attachment. As the deposit is paid, we consider the order confirmed and we already purchased "
             "the beeswax for the full 2 000 kg and started rolling the sheets. The first 200 kg for your lab "
             "test will be ready on 25.03, the rest we produce continuous.\n\n"
             "Best regards,\nIryna Kovalenko\nSales Manager\n" + BT + "\n" + BT_PH + "\n\n"
             + q("From: Matej Kovačič <matej.kovacic@kranjska-cebela.si>\n"
                 "Sent: 13.03.2024 15:28\n"
                 "Subject: PO 24-0473 advance\n\n"
                 "Iryna, the advance for PO 24-0473 is paid today.\n"
                 "Reminder: PO 24-0473 releases only 200 kg of sample foundation for the lab test. The "
                 "remaining 1.800 kg is not released until Nina Zupan signs off the lab report and Andrej "
                 "Potočnik issues a written release. The advance is a commercial term only, it does not "
                 "release production.\nLp, Matej") + "\n")
case("p21_bt_deposit_received_full_wax", ["RG006", "RG012"],
     "Supplier treats the deposit as confirmation to produce and buys wax for 2 000 kg against 200 kg released (buyer said the advance releases nothing).",
     [("Re_PO_24-0473_advance.eml", eml_bytes(mail(
         IRYNA, MATEJ, "Re: PO 24-0473 advance", "Fri, 15 Mar 2024 10:12:00 +0200", _p21_text,
         in_reply_to="<h178-kc-20240313@kranjska-cebela.si>",
         attachments=[("payment_confirmation_NLB.txt",
                       "NLB d.d. - POTRDILO O PLAČILU / PAYMENT CONFIRMATION\n"
                       "Datum / Date: 13.03.2024   Ref: SI56 0299 0001 2240 473\n"
                       "Plačnik / Payer: KRANJSKA ČEBELA D.O.O., LJUBLJANA\n"
                       "Prejemnik / Beneficiary: BDZHOLA-TEKH LLC, VINNYTSIA, UA\n"
                       "Banka / Bank: JSC CB PRIVATBANK, SWIFT PBANUA2X\n"
                       "Znesek / Amount: EUR 7.020,00\n"
                       "Namen / Purpose: AVANS 30% PO 24-0473\n"
                       "Status: IZVRŠENO / EXECUTED\n", TXT_MT)])))])

# p22 supplier production report: material for 60 series units vs 2 released (DOCX)
case("p22_pm_production_report_material", ["RG006"],
     "Supplier report: stainless and motors bought for 60 units while 2 samples are released and material authority is sample-only.",
     [("Raport_produkcji_KC_24-0391.docx", docx_bytes([
         ("h1", "Raport z produkcji / Production status report"),
         ("p", "Pszczel-Met Sp. z o.o. — customer: Kranjska Čebela d.o.o. — order 24-0391 — week 13/2024"),
         ("table", [
             ["Position", "Quantity", "Status"],
             ["Released by customer (PO 24-0391)", "2 pcs PM-EXR-12 sample", "final assembly"],
             ["Series quoted (offer 24-118)", "60 pcs", "customer: not released"],
         ]),
         ("h", "Material"),
         ("table", [
             ["Material", "Purchased", "Covers"],
             ["Blacha INOX 1.4301 1,0 mm 1250x2500", "42 sheets", "60 drums"],
             ["Motoreduktor 230 V 120 W", "60 pcs ordered (delivery KW 15)", "60 units"],
             ["Pokrywa poliwęglan Ø 600", "62 pcs", "60 units + 2"],
         ]),
         ("sp",),
         ("p", "Customer note (from PO): balance 58 pcs not released until sample sign-off by N. Zupan and "
               "written release by A. Potočnik; material authority: sample only."),
         ("p", "Comment: We have secured the stainless and the motors for the full series of 60 pcs, so the "
               "series can start quickly; steel prices rise from April. Sample units ship KW 14."),
         ("p", "Agnieszka Nowak, planowanie produkcji"),
     ], author="Agnieszka Nowak"))])

# p23 supplier cut fabric for all 1,200 "so bulk starts immediately after your sample approval" (EML, quoted, HTML attachment)
_p23_text = ("Dear Madam Wanjiru,\n\n"
             "Greetings from Ludhiana!\n\n"
             "Happy to inform 25 nos sample suits are ready and will be dispatched on Monday via DHL.\n\n"
             "As samples will surely be approved (same design we supply to the Uganda project), we have "
             "already cut fabric for all 1,200 suits so that bulk production can start immediately after "
             "your sample approval. Cutting plan is attached for your kind reference.\n\n"
             "Thanks & regards,\nHarpreet Singh Gill\nExport Manager\n" + PAW + "\n" + PAW_PH + "\n\n"
             + DISC_PAW + "\n\n"
             + q("From: Wanjiru Mwangi <procurement@baringohoney.or.ke>\n"
                 "Sent: 18 March 2024 14:30\n"
                 "Subject: LPO BHL/LPO/2024/019 - sample bee suits\n\n"
                 "Dear Harpreet,\n"
                 "LPO BHL/LPO/2024/019 is for 25 sample bee suits only. The balance of 1,175 suits is not "
                 "released. It will be released only after the samples are signed off by Kiprop Chebet and a "
                 "written release is issued by Dr. Otieno Ochieng, Project Director. Please buy no material "
                 "beyond the samples.\nRegards, Wanjiru") + "\n")
_p23_html = html_page("Cutting plan PAW-CP-24-031", """
<h3>Punjab Apiary Works &mdash; Cutting Plan PAW-CP-24-031</h3>
<p>Customer: Baringo Honey Livelihoods Project &middot; Style BS-V3 &middot; Date 28-03-2024</p>
<table>
<tr><th>Fabric / trim</th><th>Consumption per suit</th><th>Suits</th><th>Cut / issued</th></tr>
<tr><td>Cotton-poly twill 280 gsm, white</td><td>2.6 m</td><td>1,200</td><td>3,120 m cut</td></tr>
<tr><td>3-layer ventilated mesh, 6 mm</td><td>1.9 m</td><td>1,200</td><td>2,280 m cut</td></tr>
<tr><td>YKK No. 5 zips, 80 cm</td><td>2</td><td>1,200</td><td>2,400 pcs issued</td></tr>
</table>
<p>Cutting completed on 27-03-2024, panels bundled size-wise, ready for stitching.</p>
""")
case("p23_paw_fabric_cut_after_approval", ["RG006", "RG007"],
     "Supplier cut fabric for 1,200 suits against 25 released and 'no material beyond the samples', expecting bulk to start right after sample approval.",
     [("RE_LPO_BHL-2024-019_samples.eml", eml_bytes(mail(
         HARPREET, WANJIRU, "RE: LPO BHL/LPO/2024/019 - sample bee suits", "Thu, 28 Mar 2024 17:45:00 +0530",
         _p23_text, in_reply_to="<h178-bhl-20240318@baringohoney.or.ke>",
         attachments=[("cutting_plan_PAW-CP-24-031.html", _p23_html, HTML_MT)])))])

# p24 supplier material status report: material staged for 6,000 against 30 released (PDF)
case("p24_jf_material_status_report", ["RG006"],
     "Supplier report shows resin, wax and cartons staged for 6,000 sheets while 30 are released and material authority is sample-only.",
     [("JF_Material_Status_TRH_FS-P232.pdf", pdf([
         ("h1", "Material Status Report"),
         ("p", "Jinhua Fengye Apiculture Equipment Co., Ltd. · Customer: Tawa Ridge Honey Co-operative (NZ) · "
               "Item FS-P232 plastic foundation sheet · Report date 2024-05-08"),
         ("table", [
             ["Customer PO", "Released by customer", "Not released", "Material authority (customer)"],
             ["4500-2271", "30 pcs sample", "5,970 pcs", "sample only"],
         ]),
         ("sp",),
         ("table", [
             ["Material", "Usage per 1,000 pcs", "Purchased / staged", "Covers"],
             ["PP resin K8003", "190 kg", "1.15 t", "6,000 pcs"],
             ["Beeswax for coating (20 g/sheet)", "20 kg", "120 kg", "6,000 pcs"],
             ["Export cartons 56x50x25 cm", "10", "60", "6,000 pcs"],
         ]),
         ("sp",),
         ("p", "Remark: All material for 6,000 pcs is in stock so we can keep the lead time short when the "
               "customer decide. Samples 30 pcs shipped 2024-04-26."),
         ("p", "Prepared by: Zhou Wei, Factory Manager"),
     ], title="Material Status Report", author="Jinhua Fengye"))])

# p25 supplier takes the labelled forecast as a confirmed order and books fabric (EML, quoted, DOCX attachment)
_p25_text = ("Dear Ms. Danielle,\n\n"
             "Thank you for sharing your 2025 season forecast of 3,000 suits. We take this as your confirmed "
             "order and we have booked the fabric for 3,000 suits with our mill in Panipat, so that we can "
             "meet your March delivery. Booking confirmation is attached.\n\n"
             "Against your PO 7702547 for 100 sample suits, the samples will be dispatched next week.\n\n"
             "Kindly share the size split for the 3,000 at the earliest.\n\n"
             "Thanks & regards,\nHarpreet Singh Gill\nExport Manager\n" + PAW + "\n" + PAW_PH + "\n\n"
             + DISC_PAW + "\n\n"
             + q("From: Danielle Fournier <dfournier@northerncomb.ca>\n"
                 "Sent: Tuesday, June 4, 2024 2:15 PM\n"
                 "Subject: BS-V3 - 2025 forecast (planning only)\n\n"
                 "Harpreet, for planning only: our 2025 season forecast for BS-V3 is approx. 3,000 suits. This "
                 "is a forecast, not an order. Nothing beyond the 100 sample suits on PO 7702547 is released; "
                 "production needs Priya Sandhu's sample sign-off and a written release from Greg Halvorsen.\n"
                 "Danielle") + "\n")
_p25_docx = docx_bytes([
    ("h1", "Fabric Booking Confirmation"),
    ("p", "Panipat Weaving Mills — to Punjab Apiary Works Pvt. Ltd. — booking no. PWM/FB/2406/118"),
    ("table", [
        ["Quality", "Quantity", "For", "Delivery"],
        ["Cotton-poly twill 280 gsm white", "7,800 m", "3,000 suits (NCA)", "Sept 2024"],
        ["3-layer mesh 6 mm", "5,700 m", "3,000 suits (NCA)", "Sept 2024"],
    ]),
    ("p", "Booking is firm; cancellation charge 25% after 15 days."),
], author="Panipat Weaving Mills")
case("p25_paw_forecast_taken_as_order", ["RG006", "RG008"],
     "Supplier takes a labelled 3,000-suit forecast as a confirmed order and books fabric for 3,000 while 100 samples are released.",
     [("RE_BS-V3_2025_forecast.eml", eml_bytes(mail(
         HARPREET, DANIELLE, "RE: BS-V3 - 2025 forecast (planning only)", "Fri, 07 Jun 2024 12:30:00 +0530",
         _p25_text, in_reply_to="<h178-nca-20240604@northerncomb.ca>",
         attachments=[("Fabric_booking_PWM-FB-2406-118.docx", _p25_docx, DOCX_MT)])))])

# p26 supplier offer: "after your approval of the samples we continue automatically with the 40" (EML + PDF)
_p26_offer = pdf([
    ("h1", "OFERTA / OFFER 24-131"),
    ("p", "Pszczel-Met Sp. z o.o. · ul. Kolejowa 17 · 33-300 Nowy Sącz · for Kranjska Čebela d.o.o., Ljubljana"),
    ("table", [
        ["Poz.", "Product", "Qty", "EUR / pc netto", "Lead time"],
        ["1", "PM-EXR-20 radial extractor 20 frames AŽ/LR, INOX AISI 304, 230 V, M8x1,25 lid bolts - samples",
         "2", "2.650,00", "4 weeks"],
        ["2", "PM-EXR-20 as poz. 1 - serial production", "40", "2.310,00", "8 weeks"],
    ]),
    ("p", "EXW Nowy Sącz. Declaration of conformity EN 1672-2 and EN 60335-1. Validity 45 days."),
], title="Offer 24-131", author="Pszczel-Met")
case("p26_pm_offer_continue_automatically", ["RG007"],
     "Supplier offer says that after sample approval they continue automatically with the 40 series units; no recorded auto-conversion.",
     [("Oferta_24-131.eml", eml_bytes(mail(
         KRZYSZTOF, MATEJ, "Oferta / Offer 24-131 - PM-EXR-20 extractors", "Mon, 26 Feb 2024 11:10:00 +0100",
         "Dear Mr. Matej,\n\n"
         "in attachment our offer 24-131 for the 20-frame extractor. Samples 2 pcs in 4 weeks. After your "
         "approval of the samples we continue automatically with the serial production of 40 pcs, so you "
         "don't lose time before the season.\n\n"
         "Prices in EUR netto, EXW Nowy Sącz.\n\n"
         "Z poważaniem / Best regards\nKrzysztof Wójcik\nExport Sales\n" + PM + "\n" + PM_PH + "\n",
         attachments=[("Oferta_24-131.pdf", _p26_offer, PDF_MT)])))])

# p27 sample sign-off record that expects the supplier to roll into production (DOCX)
case("p27_trh_signoff_record_as_usual", ["RG007", "RG009"],
     "Sign-off record: samples APPROVED, PO 'approved' by finance, and the supplier will 'go on with the production run once they get this approval'.",
     [("TRH-SSO-2024-07.docx", docx_bytes([
         ("h1", "Sample Sign-off Record TRH-SSO-2024-07"),
         ("table", [
             ["Item", "FF-D232 full-depth plastic frame, natural, wax-coated"],
             ["Supplier", "Jinhua Fengye Apiculture Equipment Co., Ltd."],
             ["PO", "4500-2231"],
             ["Checked by", "Mere Tipene, Apiary Equipment Lead"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["Check", "Result"],
             ["Depth 232 mm ±0.5", "OK"],
             ["Fit in FD boxes, 10 per box", "OK"],
             ["Wax coating both sides", "OK"],
             ["Brood acceptance (6 hives, 21 days)", "comb drawn in 9 days, queen laying on 5 of 6"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED — Mere Tipene, 14/05/2024."),
         ("p", "Commercial: PO 4500-2231 approved by Sione Taufa (finance) on 02/04/2024."),
         ("p", "Remarks: Lily informed by phone. As usual Jinhua will go on with the production run once they "
               "get this approval, so expect the first container in July."),
     ], author="Mere Tipene"))])

# p28 WeChat: supplier says approval rolls into mass production, buyer agrees; forecast "as confirmed order" (TXT)
case("p28_nca_wechat_roll_and_forecast", ["RG007", "RG008"],
     "Buyer OKs supplier's 'once you approve sample we start mass production right away' and lets the forecast stand as 'confirmed order'.",
     [("WeChat_Danielle_Lily_2024-04.txt", """WeChat chat history with Danielle Fournier (exported 2024-04-23)
————— 2024-04-22 —————
Danielle Fournier 09:14
Hi Lily, the 200 sample frames arrived Friday 🙂 Priya is checking them this week. Reminder: only the 200 are released; the other 19,800 wait for Priya's sign-off and a written release from Greg Halvorsen.
Lily Chen 金华丰业 21:30
Thank you Danielle! Once you approve sample we start mass production right away ok? Save time for you 😊
Danielle Fournier 21:41
ok sounds good 👍
Lily Chen 金华丰业 21:43
Also we put your 2025 forecast (Marc-André sent in March) in our production plan as confirmed order, already reserve machine #6 and #7 for you
Danielle Fournier 21:50
great thx
""")])

# p29 LPO: "after sample approval proceed with the balance of 790", no person (PDF)
case("p29_bhl_lpo_after_approval_proceed", ["RG005", "RG007"],
     "LPO for 10 sample hive kits says after sample approval proceed with the 790 - sample approval rolls into production; no named release person.",
     [("LPO_BHL-2024-044.pdf", pdf([
         ("h1", "LOCAL PURCHASE ORDER"),
         ("p", "Baringo Honey Livelihoods Project · P.O. Box 112-30400, Kabarnet · PIN P051700288Q"),
         ("table", [
             ["LPO No.", "BHL/LPO/2024/044", "Date", "22/04/2024"],
             ["Supplier", "Jinhua Fengye Apiculture Equipment Co., Ltd., Zhejiang", "Quotation", "JF-Q-2403-08"],
         ]),
         ("sp",),
         ("table", [
             ["No", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "Kenya Top Bar Hive kit KTBH-27, 27 bars, DRG KTB-900 Rev 12 - SAMPLE", "10", "41.00",
              "410.00"],
         ]),
         ("sp",),
         ("p", "Sample quantity now: ten (10) hive kits, for the Mogotio demonstration apiary."),
         ("p", "The balance of 790 kits waits for the sample approval. After sample approval proceed with the "
               "balance of 790 kits as per your quotation JF-Q-2403-08."),
         ("p", "Kindly ship the samples by air, DAP Kabarnet. KEBS PVoC certificate required."),
         ("p", "Prepared by: Wanjiru Mwangi, Procurement Officer"),
     ], title="LPO BHL/LPO/2024/044", author="BHL Procurement"))])

# p30 buyer forwards the planner's forecast (rfc822) and says treat it as firm order (EML, multipart)
_p30_inner = mail(
    "Marc-Andre Tremblay <matremblay@northerncomb.ca>", DANIELLE, "2025 frame forecast",
    "Thu, 07 Mar 2024 08:20:00 -0700",
    "Danielle,\n\nForecast for 2025 deep frames (NCA-FR-D918): 12,000 pcs\n"
    "  Jan 3,000 / Feb 5,000 / Mar 4,000\n"
    "Based on the 2,400-colony expansion in the Peace region. This is a planning forecast, the budget is "
    "not signed yet.\n\nMarc-Andre\nPlanning\n")
_p30_text = ("Hi Lily,\n\n"
             "See below from our planner. Please treat the 2025 season number (12,000 frames) as our firm "
             "order and book the capacity, we don't want to be short like last spring. PO will follow.\n\n"
             "Thanks,\nDanielle\n"
             + sig2("Danielle Fournier", "Procurement Specialist", NCA, NCA_PH, DISC_NCA))
case("p30_nca_fwd_forecast_firm_order", ["RG008"],
     "Buyer forwards a planning forecast of 12,000 frames and asks the supplier to treat it as a firm order.",
     [("FW_2025_frame_forecast.eml", eml_bytes(mail(
         DANIELLE, LILY, "FW: 2025 frame forecast", "Fri, 08 Mar 2024 10:02:00 -0700",
         _p30_text, html=text_to_html(_p30_text), attachments=[("rfc822", _p30_inner)])))])

# p31 supplier production plan: forecast counted as firm, deposit starts production (PDF)
case("p31_jf_production_plan_forecast_deposit", ["RG008", "RG012"],
     "Supplier plan counts the TRH forecast as a confirmed order and starts production because a deposit was received.",
     [("JF_Production_Plan_W18-W26.pdf", pdf([
         ("h1", "Production Plan W18–W26 / 2024"),
         ("p", "Jinhua Fengye Apiculture Equipment Co., Ltd. — Injection Workshop 2 — issued 2024-04-29"),
         ("table", [
             ["Customer", "Item", "Qty", "Basis", "Status", "Machine"],
             ["Tawa Ridge Honey (NZ)", "FF-D232 frame", "30,000", "customer forecast 2024/25 - confirmed order",
              "deposit 30% received 14/04 - production running", "M6"],
             ["Apis Nord GmbH (DE)", "QX-P10 excluder", "8,000", "PO AN-2291", "mass production", "M3"],
             ["Northern Comb (CA)", "FR-918 frame", "200", "PO 7702466 sample", "done, shipped", "M6"],
         ]),
         ("sp",),
         ("p", "Note: TRH forecast counted as firm order. TRH deposit received, so production started W17 "
               "to use free capacity on M6. Daily output 2,400 pcs/24 h."),
         ("p", "Prepared: Zhou Wei, Factory Manager"),
     ], pagesize=A4, title="Production Plan", author="Jinhua Fengye"))])

# p32 ERP forecast printout declared a binding order (TXT)
case("p32_kc_forecast_binding_order", ["RG008"],
     "Buyer's demand forecast 2025 declared 'our binding order, please produce and deliver per the quarters'.",
     [("Napoved_2025_Pszczel-Met.txt", """KRANJSKA ČEBELA d.o.o.                    NAPOVED POTREB / DEMAND FORECAST 2025
Tržaška cesta 112, SI-1000 Ljubljana      Izpis / Printed: 02.04.2024 10:15
Dobavitelj / Supplier: PSZCZEL-MET Sp. z o.o. (šifra 20417)

Šifra       Opis                                   Q1 2025  Q2 2025  Q3 2025  Q4 2025   Skupaj
----------  -------------------------------------  -------  -------  -------  -------  -------
SM-100      Podkurilnik / smoker INOX Ø 100 mm         120      180       60       40      400
PM-EXR-12   Točilo radialno 12 sat. INOX 230 V          10       20        6        4       40
PM-EXR-20   Točilo radialno 20 sat. INOX 230 V           2        6        2        0       10
----------  -------------------------------------  -------  -------  -------  -------  -------

OPOMBA / NOTE:
Ta napoved je naše zavezujoče naročilo. / This forecast is our binding order -
please produce and deliver per the quarters above. Cene po ponudbi 24-140 / 24-118.

Pripravil / Prepared: M. Kovačič, nabava
""")])

# p33 buyer portal: forecast page marked FIRM, produce to it (HTML)
case("p33_nca_portal_forecast_firm", ["RG008"],
     "Portal forecast page says 'Forecast status: FIRM - purchase commitment; supplier to produce and ship to the schedule'.",
     [("nca_portal_forecast_2025_PAW.html", html_page("NCA Supplier Portal - Season Forecast 2025", """
<div style="background:#23395b;color:#fff;padding:6px">Northern Comb Apiaries Ltd. &middot; Supplier Portal</div>
<h2>Season Forecast 2025 &mdash; Punjab Apiary Works Pvt. Ltd.</h2>
<p><b>Forecast status: FIRM &mdash; this forecast is a purchase commitment. Supplier to produce and ship to the
schedule below.</b></p>
<table>
<tr><th>Item</th><th>Jan</th><th>Feb</th><th>Mar</th><th>Apr</th><th>Total</th></tr>
<tr><td>NCA-BS-V3 ventilated suit</td><td>400</td><td>600</td><td>600</td><td>400</td><td>2,000</td></tr>
<tr><td>NCA-VEIL-FH fencing veil</td><td>300</td><td>500</td><td>400</td><td>300</td><td>1,500</td></tr>
</table>
<p>Ship to: 11 Wapiti Rd, Grande Prairie AB. Labels per NCA-LBL-02. Published 2024-07-02 by Marc-Andr&eacute;
Tremblay, Planning.</p>
"""))])

# p34 "approved" for sample, PO workflow and series (EML, multipart, quoted, DOCX attachment)
_p34_text = ("Pozdravljeni Krzysztof,\n\n"
             "short update from our side:\n"
             "- the two (2) sample extractors are approved (Nina, technical check OK, report in attachment),\n"
             "- the PO 24-0391 is approved in our system by finance,\n"
             "- the series of 58 pcs is NOT approved yet and not released - Andrej Potočnik will approve it "
             "with a separate written release, after he sees Nina's report.\n\n"
             "So please, only the two samples for now, nothing more.\n\n"
             "Lp, Matej\n"
             + sig2("Matej Kovačič", "Nabava / Purchasing", KC, KC_PH, DISC_KC)
             + "\n" + q("From: Krzysztof Wójcik <k.wojcik@pszczelmet.pl>\n"
                        "Sent: 08.04.2024 09:12\n"
                        "Subject: Sample extractors PM-EXR-12 - 24-0391\n\n"
                        "Dear Matej, are the samples OK? Can we get the approval?\nRegards Krzysztof") + "\n")
_p34_docx = docx_bytes([
    ("h1", "Poročilo o pregledu vzorca / Sample inspection report"),
    ("table", [
        ["Izdelek / Item", "PM-EXR-12 radial extractor, 2 pcs"],
        ["Naročilo / Order", "24-0391"],
        ["Pregledala / Inspected by", "Nina Zupan, kakovost"],
    ]),
    ("table", [
        ["Check", "Result"],
        ["Welds, food contact surfaces (EN 1672-2)", "OK"],
        ["Run 30 min, 12 frames AŽ, vibration", "OK"],
        ["Honey gate 1-1/2\" BSP, no leak", "OK"],
        ["Motor 230 V, CE marking, EN 60335-1", "OK"],
    ]),
    ("p", "Disposition: approved - technical sample check only. This report does not release production."),
], author="Nina Zupan")
case("p34_kc_mail_approved_three_ways", ["RG009"],
     "'approved' used for the sample check, the PO finance workflow and the future series release; scope complete.",
     [("RE_Sample_extractors_24-0391.eml", eml_bytes(mail(
         MATEJ, KRZYSZTOF, "RE: Sample extractors PM-EXR-12 - 24-0391", "Wed, 10 Apr 2024 14:22:00 +0200",
         _p34_text, html=text_to_html(_p34_text), in_reply_to="<h178-pm-20240408@pszczelmet.pl>",
         attachments=[("Porocilo_vzorec_PM-EXR-12.docx", _p34_docx, DOCX_MT)])))])

# p35 SAP print: PO "RELEASED" in the release strategy next to production "not released" (TXT)
case("p35_nca_sap_release_strategy", ["RG009"],
     "SAP release-strategy status RELEASED (PO workflow) beside production 'not released' / 'production release'; scope complete.",
     [("SAP_ME23N_4510077120.txt", """Display Purchase Order 4510077120                              NORTHERN COMB APIARIES
Document type  NB Standard PO       Vendor 300655 PSZCZEL-MET SP. Z O.O.
Doc. date      20.03.2024           Purch. org. NCA1   Purch. group P02 (D. FOURNIER)
Release strategy  N1   Release indicator  R   Status:  RELEASED
  Release code  F1  Finance        released  20.03.2024  14:02
  Release code  O1  Operations     released  20.03.2024  16:47

Item  Material     Short text                                   PO qty  OUn  Net price EUR
----  -----------  -------------------------------------------  ------  ---  -------------
00010 NCA-EXR-20   EXTRACTOR RADIAL 20-FR AISI 304 115V              2  EA        2.890,00
                   Item category: standard   Acct assignment: K
                   Delivery date: 10.05.2024

Header text:
  Sample / first article only - 2 EA. Production balance 10 EA is not released.
  Production release only by written release from Greg Halvorsen (VP Operations)
  after Priya Sandhu's first-article sign-off.

Item text 00010:
  DRG PM-EXR-20 Rev 5. CSA C22.2 No. 68. Honey gate 1-1/2" BSP. M8x1.25 lid bolts.
""")])

# p36 production release letter: "approved" three ways and 2,000 vs 2,500 (PDF)
case("p36_trh_release_letter_2000_vs_2500", ["RG009", "RG011"],
     "Release letter says 2,000 released but its table says 2,500 (balance 4,000 vs 3,500); 'approval' used for sample, PO and production.",
     [("TRH-REL-2024-03.pdf", pdf([
         ("h1", "PRODUCTION RELEASE TRH-REL-2024-03"),
         ("p", "Tawa Ridge Honey Co-operative Ltd · 18 Station Road, Matamata 3400 · 21/05/2024"),
         ("p", "To: Jinhua Fengye Apiculture Equipment Co., Ltd., attn. Lily Chen"),
         ("p", "Following the sample approval (Mere Tipene, 14/05/2024) and the commercial approval of PO "
               "4500-2231 rev 2, production is approved for two thousand (2,000) FF-D232 frames."),
         ("table", [
             ["PO", "Quoted", "Released now", "Balance on hold"],
             ["4500-2231 rev 2", "6,000", "2,500", "3,500"],
         ]),
         ("sp",),
         ("p", "The balance of 4,000 stays on hold until a further written release by me, after the first "
               "batch has been on hives for one brood cycle."),
         ("p", "Material: resin and masterbatch for the released quantity only."),
         ("p", "Hamish Barclay, Operations Manager"),
     ], title="TRH-REL-2024-03", author="Hamish Barclay"))])

# p37 reply to a sizes question: proceed with the sample suits, no quantity (EML, quoted)
_p37_text = ("Dear Simran,\n\n"
             "Thank you. Kindly proceed with the sample bee suits as per the sizes we discussed on the phone "
             "(mostly L and XL, the ladies' group wants some M).\n\n"
             "The balance on your quotation remains on hold until Kiprop Chebet signs off the samples; only "
             "Dr. Otieno Ochieng, Project Director, can release it, in writing.\n\n"
             "Regards,\nWanjiru\n"
             + sig2("Wanjiru Mwangi", "Procurement Officer", BHL, BHL_PH, DISC_BHL)
             + "\n" + q("From: Simran Kaur <merch@punjabapiary.in>\n"
                        "Sent: 03 June 2024 10:05\n"
                        "Subject: Sizes for sample suits\n\n"
                        "Dear Mam,\nKindly confirm sizes for the sample suits so we can start cutting.\n"
                        "Regards\nSimran Kaur, Merchandiser") + "\n")
case("p37_bhl_reply_samples_per_sizes_no_qty", ["RG010"],
     "Buyer authorizes 'the sample bee suits as per the sizes discussed' without a quantity; hold, event and Dr Ochieng stated.",
     [("RE_Sizes_for_sample_suits.eml", eml_bytes(mail(
         WANJIRU, "Simran Kaur <merch@punjabapiary.in>", "RE: Sizes for sample suits",
         "Mon, 03 Jun 2024 16:40:00 +0300", _p37_text, in_reply_to="<h178-paw-20240603@punjabapiary.in>")))])

# p38 PO whose sample line quantity is "as agreed" (PDF)
case("p38_kc_po_qty_as_agreed", ["RG010"],
     "Sample PO line quantity 'po dogovoru / as agreed'; hold, event and Potočnik stated, but no quantity authorized now.",
     [("Narocilnica_24-0520_Lesnina.pdf", pdf([
         ("h1", "NAROČILNICA / PURCHASE ORDER 24-0520"),
         ("p", "Kranjska Čebela d.o.o., Tržaška cesta 112, 1000 Ljubljana · ID za DDV SI84412290"),
         ("table", [
             ["Dobavitelj / Supplier", "Lesnina Panj d.o.o., Kidričeva 40, 4220 Škofja Loka", "Datum", "28.02.2024"],
         ]),
         ("sp",),
         ("table", [
             ["Poz.", "Šifra", "Opis", "Kol.", "Cena EUR", "Vrednost"],
             ["10", "AŽ-10-S", "AŽ panj 10 satnikov, smreka, DRG AŽ-10 Rev 4 — vzorčni panji / sample hives",
              "po dogovoru / as agreed", "148,00", "—"],
         ]),
         ("sp",),
         ("p", "Vzorčni panji za razstavo v trgovini in test na čebelnjaku Brdo. / Sample hives for our shop "
               "display and a test at the Brdo apiary."),
         ("p", "Preostala sezonska količina ni sproščena, dokler Nina Zupan ne potrdi vzorcev in Andrej "
               "Potočnik ne izda pisne sprostitve. / The remaining season quantity is not released until Nina "
               "Zupan signs off the samples and Andrej Potočnik issues a written release."),
         ("p", "Naročil: Matej Kovačič"),
     ], title="Narocilnica 24-0520", author="Kranjska Cebela"))])

# p39 WhatsApp: start the trial suits, sizes tomorrow, no quantity (TXT)
case("p39_trh_whatsapp_trial_suits_no_qty", ["RG010"],
     "Buyer asks to start 'the trial bee suits' with no quantity; hold, sign-off and Hamish's written release stated.",
     [("WhatsApp Chat with Harpreet PAW.txt", """03/06/2024, 08:12 - Aroha Ngata: Morning Harpreet! Can you start the trial bee suits for our crews please, Mere will send the size list tomorrow. Rest of the quote stays on hold until Mere signs off the trial suits and Hamish Barclay gives the written release 🙏
03/06/2024, 08:40 - Harpreet PAW: Good morning madam, sure we will start once size list received 🙏
03/06/2024, 08:41 - Harpreet PAW: Same 3-layer mesh as sample shown in Auckland expo?
03/06/2024, 08:55 - Aroha Ngata: Yes that one. Choice, thanks
""")])

# p40 sample authorization form: quantity TBD, "approval" for three things (DOCX)
case("p40_nca_sample_auth_form_tbd", ["RG009", "RG010"],
     "Form leaves the authorized quantity 'TBD' and uses 'approval' for technical, commercial and production; hold, event, person present.",
     [("NCA-SAF-0412.docx", docx_bytes([
         ("h1", "Sample Authorization Form NCA-SAF-0412"),
         ("table", [
             ["Supplier", "Bdzhola-Tekh LLC, Vinnytsia"],
             ["PO", "7702503 rev 1"],
             ["Item", "BT-FND-MD54 medium foundation, pure beeswax, 5.4 mm cell"],
             ["Quantity authorized now", "TBD (per field trial needs)"],
             ["Balance", "not released"],
             ["Unlock event", "sample sign-off by Priya Sandhu"],
             ["Release authority", "Greg Halvorsen, VP Operations"],
         ]),
         ("h", "Approvals"),
         ("table", [
             ["Type", "Status", "By / date"],
             ["Technical approval", "approved", "Priya Sandhu, lab report BT-LR-0311, 2024-04-22"],
             ["Commercial approval", "approved", "Finance, PO rev 1, 2024-04-23"],
             ["Production approval", "not approved", "—"],
         ]),
         ("p", "Prepared by Danielle Fournier, Procurement."),
     ], author="Danielle Fournier"))])

# p41 multi-file: PO for 1 sample extractor + proforma for 2 that starts series on advance (PDF + PDF)
case("p41_trh_po_and_proforma_mismatch", ["RG011", "RG012"],
     "PO releases 1 sample extractor; proforma for the same PO says 2 and that series production starts on receipt of the advance.",
     [("PO4500-2318.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500-2318"),
         ("p", "Tawa Ridge Honey Co-operative Ltd · 18 Station Road, Matamata 3400, New Zealand"),
         ("table", [
             ["Supplier", "Pszczel-Met Sp. z o.o., Nowy Sącz", "Date", "16/04/2024"],
             ["Quote", "QT-PM-0431", "Buyer", "Aroha Ngata"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit EUR", "Ext EUR"],
             ["1", "EX-R12", "Radial extractor 12-frame, AISI 304, 230 V, NZ plug", "sample", "1", "1.240,00",
              "1.240,00"],
         ]),
         ("sp",),
         ("p", "This PO authorises one (1) sample extractor. The balance of 23 extractors on QT-PM-0431 is not "
               "released until Mere Tipene signs off the sample and Hamish Barclay, Operations Manager, "
               "issues a written production release."),
     ], title="PO 4500-2318", author="Tawa Ridge Honey")),
      ("PF-24-0577.pdf", pdf([
          ("h1", "FAKTURA PRO FORMA / PROFORMA INVOICE PF/24/0577"),
          ("p", "Pszczel-Met Sp. z o.o. · NIP 734-352-18-07 · ul. Kolejowa 17, 33-300 Nowy Sącz · 18.04.2024"),
          ("p", "Buyer: Tawa Ridge Honey Co-operative Ltd, Matamata, NZ · Your order: PO 4500-2318"),
          ("table", [
              ["Lp.", "Description", "Qty", "EUR / pc", "EUR"],
              ["1", "EX-R12 radial extractor 12 frames, AISI 304, 230 V - sample", "2 pcs", "1.240,00",
               "2.480,00"],
          ]),
          ("p", "Total to pay: EUR 2.480,00. Bank: PKO BP, IBAN PL61 1020 3466 0000 4402 0012 4577."),
          ("p", "Serial production of 24 pcs will be started on receipt of the advance payment of 30% "
                "(EUR 7.848,00)."),
      ], title="PF/24/0577", author="Pszczel-Met"))])

# p42 mail says 150 samples, attached PO says 200 (EML + PDF attachment)
_p42_po = pdf([
    ("h1", "PURCHASE ORDER 7702530"),
    ("p", "Northern Comb Apiaries Ltd. · Grande Prairie AB · 2024-04-24"),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
        ["10", "NCA-QX-P10", "Queen excluder 10-frame, plastic, slot 4.2 mm", "sample", "200", "0.88"],
    ]),
    ("p", "Balance of 11,800 pcs on quote JF-Q-2403-11 is not released until Priya Sandhu signs off the samples "
          "and Greg Halvorsen issues a written release."),
], pagesize=LETTER, title="PO 7702530", author="Northern Comb Apiaries")
case("p42_nca_mail_150_po_200", ["RG011"],
     "Cover mail authorizes 150 sample excluders (balance 11,850); attached PO for the same order says 200 (balance 11,800).",
     [("PO_7702530_excluders.eml", eml_bytes(mail(
         DANIELLE, LILY, "PO 7702530 - sample queen excluders", "Wed, 24 Apr 2024 11:18:00 -0600",
         "Hi Lily,\n\n"
         "Attached is PO 7702530 for the 150 sample queen excluders (QX-P10, mould #2 is fine). The balance "
         "of 11,850 from your quote is not released until Priya signs off the samples and Greg Halvorsen "
         "releases it in writing.\n\n"
         "Thanks,\nDanielle\n"
         + sig2("Danielle Fournier", "Procurement Specialist", NCA, NCA_PH, DISC_NCA),
         attachments=[("PO_7702530.pdf", _p42_po, PDF_MT)])))])

# p43 Word PO: text says 200 kg, table says 250 kg (DOCX)
case("p43_kc_docx_po_200_vs_250", ["RG011"],
     "One PO states 200 kg sample foundation in the text and 250 kg in the line table.",
     [("Narocilnica_24-0479.docx", docx_bytes([
         ("h1", "NAROČILNICA 24-0479"),
         ("p", "Kranjska Čebela d.o.o., Tržaška cesta 112, 1000 Ljubljana — dobavitelj: Bdzhola-Tekh LLC, "
               "Vinnytsia, Ukrajina — datum 18.03.2024"),
         ("p", "Naročamo 200 kg vzorčnih satnic za laboratorijski test. / We order 200 kg of sample foundation "
               "sheets for the lab test."),
         ("table", [
             ["Poz.", "Opis / Description", "Kol.", "Cena EUR/kg", "Vrednost EUR"],
             ["1", "Satnice LR 5,4 mm, čisti čebelji vosek / foundation LR 5,4 mm, pure beeswax", "250 kg",
              "11,70", "2.925,00"],
         ]),
         ("p", "Preostanek 1.800 kg od skupno 2.000 kg ni sproščen, dokler Nina Zupan ne potrdi laboratorijskega "
               "poročila in Andrej Potočnik ne izda pisne sprostitve. / The remaining 1.800 kg of the 2.000 kg "
               "is not released until Nina Zupan signs off the lab report and Andrej Potočnik gives a written "
               "release."),
         ("p", "Dobava FCA Vinnytsia. Plačilo 30 dni."),
         ("p", "Matej Kovačič, nabava"),
     ], author="Matej Kovacic"))])

# p44 multi-file: LPO for 50 + supplier acknowledgement of a different LPO number for 500, production started (TXT + EML)
case("p44_bhl_lpo_and_ack_mismatch", ["RG011", "RG012"],
     "LPO 052 releases 50 sample suits; supplier acks 'LPO 025' for 500 and starts production because the LPO is accepted.",
     [("LPO_BHL-2024-052.txt", """BARINGO HONEY LIVELIHOODS PROJECT
P.O. Box 112-30400, Kabarnet, Baringo County, KENYA
                        LOCAL PURCHASE ORDER
LPO No: BHL/LPO/2024/052                        Date: 04/06/2024
Supplier: Punjab Apiary Works Pvt. Ltd., Ludhiana, INDIA
Quotation ref: PAW/EXP/24-90

No  Description                                          Qty    Unit USD   Total USD
--  ---------------------------------------------------  -----  ---------  ---------
1   Bee suit BS-V3 ventilated 3-layer, fencing veil,        50      38.50   1,925.00
    SAMPLE - sizes M 10, L 15, XL 15, XXL 10
                                                                  TOTAL   1,925.00

Balance of 950 suits on quotation PAW/EXP/24-90 is NOT released. Release only after the
samples are signed off by Kiprop Chebet (Field Technical Officer) and a written release is
issued by Dr. Otieno Ochieng, Project Director.

Prepared by: Wanjiru Mwangi, Procurement Officer
Authorised by: Faith Jepkosgei, Finance Officer
"""),
      ("Order_acknowledgement_PAW.eml", eml_bytes(mail(
          "Rajesh Kumar <accounts@punjabapiary.in>", WANJIRU,
          "Order acknowledgement - LPO BHL/LPO/2024/025", "Thu, 06 Jun 2024 11:05:00 +0530",
          "Dear Madam,\n\n"
          "Greetings from Punjab Apiary Works.\n\n"
          "We acknowledge receipt and acceptance of your LPO BHL/LPO/2024/025 for 500 nos bee suits BS-V3. "
          "As the LPO is accepted, production of the suits has started in our unit and dispatch is expected "
          "by 30 June 2024.\n\n"
          "Kindly arrange the advance as per our terms.\n\n"
          "Thanks & regards\nRajesh Kumar\nAccounts\n" + PAW + "\n" + PAW_PH + "\n\n" + DISC_PAW + "\n")))])

# p45 finance mail: deposit for 25 paid, kindly commence production; quoted LPO says 20 (EML, quoted)
_p45_text = ("Dear Harpreet,\n\n"
             "We have paid the 50% deposit for the 25 sample smokers today (USD 312.50, KCB ref. "
             "FT24157X0921). Since the deposit is now paid kindly commence production.\n\n"
             "Regards,\nFaith Jepkosgei\nFinance Officer\n" + BHL + "\n" + BHL_PH + "\n\n" + DISC_BHL + "\n\n"
             + q("From: Wanjiru Mwangi <procurement@baringohoney.or.ke>\n"
                 "Sent: 27 May 2024 10:40\n"
                 "To: Harpreet Singh Gill\n"
                 "Subject: Proforma PI/PAW/24-212 - smokers\n\n"
                 "Dear Harpreet,\n"
                 "LPO BHL/LPO/2024/047 is for twenty (20) sample smokers SM-100. The balance of 280 smokers on "
                 "your quotation is not released; release only after Kiprop Chebet signs off the samples and "
                 "Dr. Otieno Ochieng issues a written release.\nRegards, Wanjiru") + "\n")
case("p45_bhl_deposit_paid_commence", ["RG011", "RG012"],
     "Finance says deposit paid for 25 sample smokers, 'kindly commence production'; the quoted LPO says 20.",
     [("RE_Proforma_PI-PAW-24-212.eml", eml_bytes(mail(
         "Faith Jepkosgei <finance@baringohoney.or.ke>", HARPREET, "RE: Proforma PI/PAW/24-212 - smokers",
         "Wed, 05 Jun 2024 15:12:00 +0300", _p45_text, cc=WANJIRU,
         in_reply_to="<h178-bhl-20240527@baringohoney.or.ke>")))])


# ==================================================================== WRITE
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")


def write_all():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(range(len(CASES)))
    random.Random(178178).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h178_{nn:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_bytes(data.encode("utf-8"))
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return labels


def _summary(labels):
    rules = [f"RG{i:03d}" for i in range(1, 13)]
    per = {r: sum(r in v["expect"] for v in labels.values()) for r in rules}
    clean = sum(not v["expect"] for v in labels.values())
    multi = sum(len(v["expect"]) >= 2 for v in labels.values())
    exts = {}
    for f in OUT.glob("*/*"):
        exts[f.suffix.lower()] = exts.get(f.suffix.lower(), 0) + 1
    print(f"cases {len(labels)}  clean {clean}  positive {len(labels) - clean}  multi-rule {multi}")
    print("per rule:", per)
    print("top-level files:", dict(sorted(exts.items())))
    assert len(labels) == 70 and clean == 25
    assert all(n >= 6 for n in per.values()), per


if __name__ == "__main__":
    _summary(write_all())
