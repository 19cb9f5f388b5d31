#!/usr/bin/env python3
"""Generator for the releasegate check_holdout215 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout215/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: water-treatment and filtration hardware (filter housings, membrane end caps,
dosing-pump brackets, valve manifolds, sample taps). All companies and people are fictional.
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
def _pdf_text_ok(s):
    # the standard PDF fonts are WinAnsi encoded; keep every PDF string inside cp1252
    s.encode("cp1252")
    return s


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
            flow.append(Paragraph(escape(_pdf_text_ok(b[1])), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(_pdf_text_ok(b[1])), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(_pdf_text_ok(b[1])), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(_pdf_text_ok(b[1]), ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(escape(_pdf_text_ok(str(c))), ss["BodyText"]) for c in r] for r in b[1]]
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
    m["Message-ID"] = msgid or f"<h215-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h215")
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
def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def text_to_html(text):
    """Plain text -> simple HTML body for multipart/alternative; '>' lines become blockquotes."""
    out = ["<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"]
    level = 0
    for line in text.split("\n"):
        m = re.match(r"^((?:>\s?)*)(.*)$", line)
        q = m.group(1).count(">")
        body = m.group(2)
        while level < q:
            out.append("<blockquote style=\"border-left:2px solid #999;margin:0 0 0 6px;padding-left:6px\">")
            level += 1
        while level > q:
            out.append("</blockquote>")
            level -= 1
        out.append((escape(body) if body else "&nbsp;") + "<br>")
    while level > 0:
        out.append("</blockquote>")
        level -= 1
    out.append("</div>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


# ------------------------------------------------------------ parties (fictional)
SG_CO = "Tembusu Water Utility Pte Ltd"
SG_PH = "+65 6871 2040"
TAN = "Tan Wei Ling <tan.weiling@tembusuwater.com.sg>"
JO_CO = "Al-Rawabi Desalination Contracting Co."
JO_PH = "+962 6 553 1870"
RANIA = "Rania Khoury <r.khoury@rawabi-desal.jo>"
OMAR = "Eng. Omar Haddad <o.haddad@rawabi-desal.jo>"
KHALED = "Eng. Khaled Al-Zoubi <k.alzoubi@rawabi-desal.jo>"
ES_CO = "Cooperativa de Regantes Campo de Almendros, S. Coop."
ES_PH = "+34 968 55 21 40"
JAVIER = "Javier Ortega Ruiz <compras@regantesalmendros.es>"
CA_CO = "Bow Ridge Regional Water Commission"
CA_PH = "+1 403 555 0148"
DAVE = "Dave Kowalczyk <dkowalczyk@bowridgewater.ca>"
JEN = "Jen Fraser <jfraser@bowridgewater.ca>"
IL_CO = "Negev FlowTech Ltd."
IL_PH = "+972 8 620 4410"
YOSSI = "Yossi Ben-Ami <yossi@negevflowtech.co.il>"
IT_CO = "Idromeccanica Lario S.r.l."
IT_PH = "+39 0341 28 44 10"
GIULIA = "Giulia Colombo <g.colombo@idrolario.it>"
IN_CO = "Sabarmati Polymer Engineering Pvt. Ltd."
IN_PH = "+91 79 2583 4410"
HARDIK = "Hardik Patel <hardik.patel@sabarmatipolymer.in>"
CN_CO = "Ningbo Haoyuan Fluid Equipment Co., Ltd."
CN_PH = "+86 574 8765 2210"
KELLY = "Kelly Zhou <kelly.zhou@nbhaoyuan-fluid.cn>"
KR_CO = "Hanbit Precision Co., Ltd."
KR_PH = "+82 55 338 4410"
PARK = "Park Ji-hoon <jhpark@hanbitprecision.co.kr>"

SG_ADDR = "Tembusu Water Utility Pte Ltd, 21 Tuas Water Loop, Singapore 637001 - Tel +65 6871 2040"
JO_ADDR = "Al-Rawabi Desalination Contracting Co., Procurement Department, 182 Mecca Street, Amman 11953, Jordan - Tel +962 6 553 1870"
ES_ADDR = "Cooperativa de Regantes Campo de Almendros, S. Coop., Ctra. de La Palma km 4, 30390 Cartagena (Murcia) - Tel +34 968 55 21 40"
CA_ADDR = "Bow Ridge Regional Water Commission, Bow Ridge WTP, 1000 Range Road 40, Cochrane AB T4C 0A0, Canada - Tel +1 403 555 0148"
IL_ADDR = "Negev FlowTech Ltd., 12 HaMelacha St., Emek Sara Industrial Zone, Be'er Sheva 8480000, Israel - Tel +972 8 620 4410"
IT_ADDR = "Idromeccanica Lario S.r.l., Via dei Pescatori 41, 23900 Lecco (LC), Italia - Tel +39 0341 28 44 10"
IN_ADDR = "Sabarmati Polymer Engineering Pvt. Ltd., Plot 412, Phase II, GIDC Vatva, Ahmedabad 382445, Gujarat, India - Tel +91 79 2583 4410"
CN_ADDR = "Ningbo Haoyuan Fluid Equipment Co., Ltd., No. 88 Xingye Road, Beilun District, Ningbo, Zhejiang 315800, China - Tel +86 574 8765 2210"
KR_ADDR = "Hanbit Precision Co., Ltd., 41 Saneop-ro, Gimhae-si, Gyeongsangnam-do 50969, Korea - Tel +82 55 338 4410"


# =================================================================== CLEAN
# c01 - supplier quotation alone, sample and production tiers (no authorization)
case("c01_quote_tiers_ningbo_to_canada", [],
     "supplier quotation with sample and production tiers; nothing in the bundle authorizes a quantity",
     [("NHQ-24-0611.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", CN_ADDR),
         ("table", [["Quotation No.", "NHQ-24-0611"],
                    ["Date", "11 June 2024"],
                    ["To", "Bow Ridge Regional Water Commission, Alberta, Canada"],
                    ["Attn", "Mr. Dave Kowalczyk, Purchasing Officer"],
                    ["Your enquiry", "RFQ BR-24-031 dated 3 June 2024"]]),
         ("sp",),
         ("p", "Dear Mr. Dave, thanks for your enquiry. We are pleased to quote as below, please kindly check."),
         ("table", [["Item", "Description", "Stage", "Qty", "Unit price (USD)", "Lead time"],
                    ["1", "FH-4040-316 Rev C multi-cartridge filter housing, 4 x 40 in cartridges, SS316L, "
                          "ANSI 150 RF flanges 4 in", "Samples", "4 sets", "1,180.00", "25 days"],
                    ["2", "Same as item 1", "Production", "120 sets", "865.00",
                     "45 days after your written release"],
                    ["3", "Hydrotest 15 bar / 30 min + EN 10204 3.1 material certificate", "-", "per set",
                     "included", "-"]]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. Production price is valid only when the production order is placed within 90 days after sample sign-off."),
         ("p", "2. This is a quotation, not an order confirmation. Tooling for clamp band: USD 640.00 one time."),
         ("p", "3. Material: ASTM A312 TP316L tube, ASTM A182 F316L flanges. Inside pickled and passivated, Ra 0.8 um max."),
         ("p", "Payment: 30% T/T deposit with order, 70% before shipment. Price term: FOB Ningbo."),
         ("p", "Any question pls feel free to contact me."),
         ("p", "Best regards, Kelly Zhou, Sales Manager, Ningbo Haoyuan Fluid Equipment Co., Ltd."),
     ], title="Quotation NHQ-24-0611", author=CN_CO))])

# c02 - buyer RFQ with three quantity scenarios (multipart/alternative)
_t = T("""
    Buenos días Hardik,

    We are preparing the budget for the campaign 2025 and we need your price for the
    sample tap ST-15 (AISI 316, G1/2 BSP male, PTFE seat, drawing ST-15 rev D, I sent it
    last week).

    Please quote three scenarios:
      - scenario A: 500 uds
      - scenario B: 1.500 uds
      - scenario C: 3.000 uds
    and separately ten (10) samples for our test bench in Cartagena.

    Please indicate the price EXW Ahmedabad and CIF Cartagena, the lead time and the
    validity of the offer.

    This is only a request for quotation. It is not an order, so please do not buy
    material or start anything. The decision of the Consejo Rector is in September.

    Un saludo / best regards,
    """) + sig("Javier Ortega Ruiz", "Departamento de Compras", ES_CO, ES_PH)
case("c02_rfq_three_scenarios_spain", [],
     "buyer RFQ asking prices for 500 / 1.500 / 3.000 and ten samples; explicitly not an order",
     [("RFQ_24-017.eml", eml_bytes(mail(
         JAVIER, HARDIK, "RFQ 24-017 - grifos toma muestras ST-15 / sample taps ST-15 - three scenarios",
         "Tue, 04 Jun 2024 09:14:00 +0200", _t, html=text_to_html(_t))))])

# c03 - WhatsApp: supplier asks about the balance, buyer restates complete scope
case("c03_whatsapp_question_balance_answered", [],
     "supplier's 'do we have go ahead for the balance?' is a question; buyer answers with qty 20, hold on 980, sign-off + written release by Lim Boon Keat",
     [("WhatsApp_Chat_with_Hardik_Patel.txt", T("""
        12/06/24, 9:41 am - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        12/06/24, 9:41 am - Tan Wei Ling: Hi Hardik, PO 4500217825 sent to your email just now. For your info the PO is for twenty (20) sample end caps SPE-EC-8040 only.
        12/06/24, 9:43 am - Tan Wei Ling: Balance 980 pcs is on hold, not released. Only after Rajesh sign off the samples and our Procurement Manager Mr Lim Boon Keat send the written production release, then can start the 980 hor.
        12/06/24, 10:05 am - Hardik Patel: Good morning madam 🙏 PO received. Samples will be ready by 26th June. Resin we will take for 20 nos only.
        12/06/24, 10:06 am - Hardik Patel: Madam one query, do we have go ahead for the balance 980 nos also? Then we can book the moulding slot in July.
        12/06/24, 10:20 am - Tan Wei Ling: No, not yet. Only the 20 samples. The 980 stays on hold until Rajesh sign off and Mr Lim send the written release. Pls don't buy resin or mould any of the 980 ok
        12/06/24, 10:21 am - Hardik Patel: Noted madam, we will wait for your written release 👍
        """))])

# c04 - buyer portal, clearly labelled forecast
case("c04_portal_labelled_forecast_singapore", [],
     "buyer portal demand outlook labelled FORECAST - NOT A PURCHASE ORDER, non-binding; no authorization",
     [("portal_EC-8040-02.html", html_page("Tembusu Supplier Portal - Demand outlook", T("""
        <h2>Tembusu Water Utility &ndash; Supplier Portal</h2>
        <p>Supplier: Hanbit Precision Co., Ltd. (Vendor 200417) | Logged in: jhpark@hanbitprecision.co.kr</p>
        <h3>Demand outlook &ndash; EC-8040-02 membrane end cap (Drawing TWU-ME-8040 Rev B)</h3>
        <div class="note"><b>FORECAST &ndash; NOT A PURCHASE ORDER.</b> The figures below are non-binding planning
        estimates for capacity planning only. They do not authorize material purchase or production.
        Tembusu orders only by numbered purchase order.</div>
        <table>
        <tr><th>Period</th><th>Forecast qty (pcs)</th><th>Confidence</th></tr>
        <tr><td>Q3 2024</td><td>1,200</td><td>medium</td></tr>
        <tr><td>Q4 2024</td><td>1,500</td><td>low</td></tr>
        <tr><td>Q1 2025</td><td>1,800</td><td>low</td></tr>
        <tr><td>Q2 2025</td><td>2,000</td><td>indicative</td></tr>
        </table>
        <p>Applicable standards: NSF/ANSI 61, ISO 9001:2015. Element size 8040 (8&quot; x 40&quot;).</p>
        <p>Questions: Tan Wei Ling, Senior Purchasing Executive, +65 6871 2040</p>
        <p style="color:#777">Page generated 03 Jun 2024 08:12 SGT</p>
        """)))])

# c05 - sample sign-off record scoped to fit check
case("c05_signoff_fit_check_only", [],
     "sample sign-off 'approved for fit check only'; production not released; 1 180 on hold until written release by Lim Boon Keat after 500 h test",
     [("SSR-2024-031.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-2024-031"),
         ("p", "Tembusu Water Utility Pte Ltd - Membrane Systems Engineering"),
         ("table", [["Part", "EC-8040-02 membrane end cap, ABS, Drawing TWU-ME-8040 Rev B"],
                    ["Supplier", "Hanbit Precision Co., Ltd., Gimhae, Korea"],
                    ["PO", "4500217750 (20 sample pcs)"],
                    ["Samples received", "20 pcs on 17 Jun 2024"],
                    ["Inspected", "20 of 20"]]),
         ("h", "Results"),
         ("table", [["Check", "Requirement", "Result"],
                    ["Dimensions (CMM)", "per drawing Rev B", "OK"],
                    ["Hydrostatic", "24 bar / 30 min", "OK, no leak"],
                    ["Fit on 8\" x 40\" element, brine seal", "no gap at seal groove", "OK"],
                    ["Material", "ABS, NSF/ANSI 61 listed grade", "certificate received"]]),
         ("h", "Disposition"),
         ("p", "Samples approved for fit check only. Production is not released by this record."),
         ("p", "Balance: 1 180 pcs remain on hold. Unlock: written production release by Lim Boon Keat, "
               "Procurement Manager, after the 500 h cyclic pressure test report has been reviewed."),
         ("p", "Material authority: sample quantity only (20 pcs)."),
         ("p", "Signed: Rajesh s/o Muthusamy, Engineer (Membrane Systems), 19 Jun 2024"),
     ], author="Rajesh s/o Muthusamy"))])

# c06 - full-quantity PO that says proceed
case("c06_full_quantity_po_jordan_korea", [],
     "PO for the full and final 24 manifolds; 'proceed with manufacture of the full 24 pcs' is scoped; no balance exists",
     [("PO_RWB-24-0168.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", JO_ADDR),
         ("table", [["PO No.", "RWB-24-0168"], ["Date", "28 May 2024"],
                    ["Supplier", KR_ADDR],
                    ["Project", "Aqaba South SWRO - Pre-treatment"],
                    ["Currency / Incoterm", "USD / CFR Aqaba"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                    ["10", "VM-150-PN16", "Valve manifold DN150 PN16, duplex 2205, flanges EN 1092-1 type 11, "
                                          "drg HB-VM-150 Rev 3", "24 pcs", "2,450.00", "58,800.00"],
                    ["20", "DOC-31", "EN 10204 3.1 certificates + hydrotest report (24 bar / 30 min)", "1 lot",
                     "incl.", "-"],
                    ["", "", "Total", "", "", "58,800.00"]]),
         ("sp",),
         ("p", "Scope: This PO covers the full and final quantity of twenty-four (24) manifolds. There is no "
               "balance and no further quantity under this PO."),
         ("p", "Please proceed with manufacture of the full 24 pcs and confirm the delivery date within 3 working days."),
         ("p", "Payment: 100% by irrevocable L/C at 60 days. Quality: ISO 9001:2015 certified supplier; "
               "third-party inspection by the Engineer before shipment."),
         ("p", "Prepared by: Rania Khoury, Procurement Officer. Authorized signatory: Eng. Khaled Al-Zoubi, Project Manager."),
     ], title="PO RWB-24-0168", author=JO_CO))])

# c07 - EDI release with explicit staged material authority above the release
case("c07_edi_release_staged_material", [],
     "862 release of 50 EA; explicit STAGED material authority up to 300 EA; balance 250 on hold until lot acceptance and written release R03 by Murray Tkachuk",
     [("EDI_862_7100-4475.txt", T("""
        BOW RIDGE REGIONAL WATER COMMISSION                  EDI OUTBOUND - HUMAN READABLE COPY
        Transaction: X12 862 SHIPPING SCHEDULE / RELEASE     Control #: 000004471
        Sender: BOWRIDGEWTR   Receiver: NEGEVFLOWTECH        Date: 2024-06-24 07:15 MDT
        -------------------------------------------------------------------------------------
        ST*862*0001~
        BSS*00*7100-4475-R02*20240624*DL*20240624*20240913~
        N1*ST*BOW RIDGE WTP RECEIVING*92*BRWTP~
        LIN**BP*ST-15-316*EC*REV D~
        UNT*EA~
        FST*50*C*D*20240819~
        SHP*02*10*011*20240621~
        CTT*1*50~
        SE*9*0001~
        -------------------------------------------------------------------------------------
        RELEASE R02 AGAINST PO 7100-4475 - ST-15 SAMPLE TAP 316, G1/2, DRG ST-15 REV D
          Quoted production quantity (quote NFT-Q-0977) ......  300 EA
          Released now under R02 ............................   50 EA   ship by 2024-08-19
          Balance not released, ON HOLD .....................  250 EA
        MATERIAL AUTHORITY: STAGED - supplier may buy and hold 316L bar stock for up to
          300 EA at Bow Ridge liability. Machining is limited to the 50 EA released.
        UNLOCK EVENT FOR BALANCE: lot acceptance of the R02 lot (J. Fraser, Process Eng.),
          then a written release R03.
        RELEASE AUTHORITY: Murray Tkachuk, Plant Superintendent (limit CAD 60,000).
        Samples (10 EA, PO 7100-4475 line 1) signed off 2024-06-21 by J. Fraser.
        -------------------------------------------------------------------------------------
        Questions: D. Kowalczyk, Purchasing Officer, 403-555-0148
        """))])

# c08 - signed, explicit auto-conversion record
case("c08_signed_auto_conversion", [],
     "explicit recorded auto-conversion: named quantity 144, signer Marta Sanchez Gil, conditions, signed before samples shipped",
     [("AC-2024-02.docx", docx_bytes([
         ("h1", "Acuerdo de auto-conversión / Auto-conversion agreement AC-2024-02"),
         ("p", "Cooperativa de Regantes Campo de Almendros, S. Coop. (buyer) - Idromeccanica Lario S.r.l. (supplier)"),
         ("table", [["Order", "VM-100-PN10 valve manifold, drawing CRA-VM-100 rev 2"],
                    ["Commercial cover", "Pedido 24-0377 rev 1: 6 + 144 = 150 pcs"],
                    ["Sample quantity", "6 pcs (pedido 24-0377 line 10)"],
                    ["Quantity released by auto-conversion", "144 pcs"],
                    ["Trigger", "sample sign-off with result 'approved' (not interim), signed by Marta Sánchez Gil, ingeniera técnica"],
                    ["Conditions", "sign-off dated on or before 30/09/2024; no open NCR on the samples; hydrotest 16 bar per EN 12266-1 passed"],
                    ["If a condition is not met", "nothing is released; the 144 pcs stay on hold until a written release by Alejandro Ferrer"],
                    ["Material authority before sign-off", "sample quantity only (6 pcs)"]]),
         ("p", "Both parties agree that, when all conditions above are met, the sample sign-off itself releases "
               "the 144 pcs for production, without a separate release letter. This record was signed before "
               "the samples were shipped."),
         ("p", "Firmado / signed: Alejandro Ferrer, Gerente, 03/06/2024."),
         ("p", "Acknowledged: Giulia Colombo, Ufficio Commerciale, Idromeccanica Lario S.r.l., 04/06/2024."),
     ], author="Alejandro Ferrer"))])

# c09 - old quote forwarded as message/rfc822, declared informational, with complete current scope
_old = mail(GIULIA, JAVIER, "Offerta 22-1187 grifi di prelievo ST-15", "Fri, 14 Oct 2022 11:32:00 +0200", T("""
    Buongiorno Javier,

    as requested our best offer for the sample taps ST-15 AISI 316:

     - 30 pcs samples ..... EUR 24,60 cad.
     - 5.000 pcs series ... EUR 11,90 cad.

    Delivery 6-8 weeks. Validity 60 days. Ex works Lecco.

    Cordiali saluti,
    """) + sig("Giulia Colombo", "Ufficio Commerciale", IT_CO, IT_PH))
_t = T("""
    Hola Giulia,

    As we talked by phone, I forward your old offer from 2022 (attached) only for
    reference of the prices. It is not an order, and the 5.000 pcs there are not released.

    Our current pedido 24-0391 is for thirty (30) sample taps ST-15 only. The production
    quantity for 2025 is not released: first Marta Sánchez Gil must sign off the 30
    samples, then Alejandro Ferrer (Gerente) sends the production release in writing.

    Gracias y un saludo,
    """) + sig("Javier Ortega Ruiz", "Departamento de Compras", ES_CO, ES_PH)
case("c09_forwarded_old_quote_informational", [],
     "2022 quote with 5.000 pcs forwarded as rfc822 and declared reference-only/not released; current scope 30 samples with hold, event, named releaser",
     [("Fwd_Offerta_22-1187.eml", eml_bytes(mail(
         JAVIER, GIULIA, "Fwd: Offerta 22-1187 - only for reference", "Wed, 05 Jun 2024 10:41:00 +0200",
         _t, attachments=[("rfc822", _old)])))])

# c10 - quoted supplier auto-conversion line corrected by the buyer
_q = T("""
    Dear Eng. Khaled,
    thank you for the PO. The 12 samples will be ready for FAT on 8 July.
    To keep the delivery for Aqaba, after your approval of the samples we continue
    directly with the remaining 588 pcs. We will order the forgings next week.
    Cordiali saluti, Giulia Colombo
    """)
_t = T("""
    Dear Giulia,

    No. Sample approval does not release the 588 pcs.

    Only the twelve (12) sample manifolds are authorized now under PO RWB-24-0192. The
    balance of 588 pcs remains on hold and is not released until Eng. Omar Haddad signs
    off the FAT of the samples and I send you a written production release. Please do
    not buy forgings beyond the 12 samples.

    Best regards,
    Eng. Khaled Al-Zoubi
    Project Manager - Aqaba South SWRO
    """) + sig("Eng. Khaled Al-Zoubi", "Project Manager", JO_CO, JO_PH) + \
    "\nOn Mon, 10 Jun 2024 at 16:02, Giulia Colombo <g.colombo@idrolario.it> wrote:\n" + quote(_q)
case("c10_buyer_corrects_quoted_autoconversion", [],
     "quoted supplier assumes samples roll into 588; buyer reply corrects it: 12 authorized, 588 on hold until FAT sign-off and written release by Khaled",
     [("Re_PO_RWB-24-0192.eml", eml_bytes(mail(
         KHALED, GIULIA, "Re: PO RWB-24-0192 - VM-150-PN16 samples - planning", "Tue, 11 Jun 2024 09:05:00 +0300",
         _t, cc=OMAR, in_reply_to="<h215-orig-c10@idrolario.it>")))])

# c11 - WeChat: deposit explicitly does not release production
case("c11_wechat_deposit_not_release", [],
     "supplier: 'deposit does not release production', only 8 samples; buyer's scope names hold on 152, sign-off and Lim Boon Keat",
     [("WeChat_Kelly_Zhou.txt", T("""
        WeChat chat history | Kelly Zhou (Ningbo Haoyuan) | exported 2024-06-21 11:02

        2024-06-13 10:02  Tan Wei Ling
        Kelly, PO 4500217801 is for 8 sample housings FH-4040-316 only. Balance 152 sets not released, on hold until Rajesh sign off the samples and Mr Lim Boon Keat send the written production release.

        2024-06-13 10:15  Kelly Zhou
        Received Ms Tan, we will arrange 8 sets samples 👍

        2024-06-19 16:40  Tan Wei Ling
        TT for 30% deposit sent today, bank slip in email.

        2024-06-20 09:12  Kelly Zhou
        Dear Ms Tan, deposit received with thanks 🙏 Please note, deposit does not release production. We only make the 8 samples, balance 152 sets wait your written release after sample sign-off. Material we buy for 8 sets only.

        2024-06-20 09:30  Tan Wei Ling
        Correct, thanks Kelly.
        """))])

# c12 - supplier order acknowledgement restating the hold
case("c12_supplier_ack_restates_hold", [],
     "supplier order acknowledgement: 10 samples acknowledged, 1 150 production NOT RELEASED pending written release; sample-only material",
     [("OA-24-1187.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", IL_ADDR),
         ("table", [["OA No.", "OA-24-1187"], ["Date", "18 June 2024"],
                    ["Customer", "Bow Ridge Regional Water Commission, Alberta, Canada"],
                    ["Your PO", "7100-4468 dated 14 June 2024"], ["Our quote", "NFT-Q-0977"]]),
         ("sp",),
         ("table", [["Pos", "Item", "Qty", "Status", "Ship date"],
                    ["1", "ST-15 sample tap, 316, G1/2 BSPP, PTFE seat, drg ST-15 Rev D", "10 pcs",
                     "Acknowledged (samples)", "21 June 2024"],
                    ["-", "Production quantity per quote NFT-Q-0977", "1 150 pcs",
                     "NOT RELEASED - awaiting your written production release", "-"]]),
         ("sp",),
         ("p", "We acknowledge the scope of your PO as written: ten (10) samples only. The production quantity of "
               "1 150 pcs is not released. As we understand, it is released only by a written release from "
               "Mr. Murray Tkachuk, Plant Superintendent, after sample sign-off by Ms. Jen Fraser."),
         ("p", "Material purchased: bar stock for the 10 samples only. We will not buy material for the production "
               "quantity before your written release."),
         ("p", "Yossi Ben-Ami, Sales Manager"),
     ], title="OA-24-1187", author=IL_CO))])

# c13 - interim sample disposition with quantity and date limits
case("c13_interim_disposition_limits", [],
     "interim disposition: 60 pcs for Train 2 only until 30 Sep 2024; 940 on hold until full sign-off and written release by Khaled",
     [("ISD-RWB-07.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ISD-RWB-07"),
         ("p", "Aqaba South SWRO - Al-Rawabi Desalination Contracting Co."),
         ("table", [["Part", "SPE-EC-8040 membrane end cap (ABS), drg RWB-M-8040 rev 2"],
                    ["Supplier", "Sabarmati Polymer Engineering Pvt. Ltd., Ahmedabad"],
                    ["PO", "RWB-24-0201 (50 samples)"],
                    ["Samples tested", "50 of 50 - dimensions, burst 41 bar, brine seal fit"],
                    ["Open item", "1000 h soak test in brine at 45 C (running, ends 2 Aug 2024)"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim release: sixty (60) pcs are released for installation on RO Train 2 only. Valid until "
               "30 September 2024 or until the 1000 h soak test result, whichever is earlier."),
         ("p", "Quoted production quantity 1,000 pcs: 60 released now, balance 940 pcs remain on hold. The balance "
               "is released only after full sign-off of the samples (after the 1000 h soak test) and a written "
               "production release by Eng. Khaled Al-Zoubi, Project Manager."),
         ("p", "Material authority: resin and inserts for the 50 samples and the 60 released pcs only."),
         ("p", "Signed: Eng. Omar Haddad (engineering); Eng. Khaled Al-Zoubi (release authority), 25 June 2024"),
     ], author="Eng. Omar Haddad"))])

# c14 - ERP PO, full quantity, many quantity-like identifiers
case("c14_erp_full_qty_identifiers", [],
     "full-quantity PO of 36 EA (no balance); 8040, M10x1.5, 1000 H, ISO 9001:2015, 3.1 are identifiers not quantities",
     [("JDE_PO_7100-4502.txt", T("""
        BOW RIDGE REGIONAL WATER COMMISSION                              PURCHASE ORDER
        JDE E1  R43500   Print date 2024-06-05 14:22                     Page 1 of 1
        Order No . . . : 7100-4502    Type OP    Branch BRWTP
        Supplier . . . : 200917  HANBIT PRECISION CO., LTD.  GIMHAE, KOREA
        Ship to  . . . : BOW RIDGE WTP, 1000 RANGE ROAD 40, COCHRANE AB T4C 0A0
        Buyer  . . . . : D. KOWALCZYK  403-555-0148
        Terms  . . . . : NET 30    DAP COCHRANE    Currency: USD
        ------------------------------------------------------------------------------------
        Ln     Item / Description                                Qty  UM   Unit Cost   Extended
        1.000  EC-8040-02 REV 4 END CAP ABS FOR 8040 ELEMENT      36  EA       41.20   1,483.20
               DRG BR-ME-8040 REV 4; NSF/ANSI 61; INSERT THREAD M10x1.5
        2.000  TR-1000H CYCLIC PRESSURE TEST REPORT 1000 H         1  EA      350.00     350.00
               0-16 BAR, 1000 CYCLES, LAB ISO 9001:2015, CERT EN 10204 3.1
        ------------------------------------------------------------------------------------
                                                          ORDER TOTAL USD     1,833.20
        NOTES:
         THIS PO IS FOR THE FULL QUANTITY OF 36 EA (SPARES FOR RO TRAIN A, 6 VESSELS X 6).
         NO BALANCE, NO FURTHER QUANTITY UNDER THIS PO. SUPPLIER TO MANUFACTURE AND SHIP 36 EA.
         QUOTE REF HB-Q-240530.
        """))])

# c15 - Teams go-ahead scoped to 6 pilot units only
case("c15_teams_goahead_pilot_only", [],
     "'go ahead with the 6 pilot sample taps only'; 394 NOT released until Jen's sign-off and Murray Tkachuk's written release",
     [("Teams_chat_Jen_Fraser.txt", T("""
        Microsoft Teams - chat export
        Chat: Jen Fraser (Bow Ridge Regional Water Commission), Noa Peretz (Negev FlowTech) (External)
        Exported: 2024-06-27

        [2024-06-26 9:02 AM] Noa Peretz: Good morning Jen, the 6 pilot taps ST-15 are finished and passed hydrotest at 24 bar. Can we go ahead? Drawing Rev D is the last one, yes?
        [2024-06-26 9:14 AM] Jen Fraser: Morning Noa! Yes Rev D is current. Go ahead with the 6 pilot sample taps only - ship them to the plant lab.
        [2024-06-26 9:15 AM] Jen Fraser: The production qty of 394 is NOT released. It unlocks only after my sample sign-off, and then Murray Tkachuk (Plant Supt) sends you the written release.
        [2024-06-26 9:21 AM] Noa Peretz: Clear, thanks. We keep the 394 on hold and buy no bar for it.
        [2024-06-26 9:22 AM] Jen Fraser: 👍
        """))])

# c16 - supplier status page restating the hold and sample-only material
case("c16_supplier_status_page_hold", [],
     "supplier order-status page: 25 samples in work, 1,475 NOT RELEASED awaiting sign-off and written release; material sample-only",
     [("order_status_24-0412.html", html_page("Sabarmati - Customer Order Status", T("""
        <h2>Sabarmati Polymer Engineering &ndash; Customer Order Status</h2>
        <p>Customer: Cooperativa de Regantes Campo de Almendros (Murcia, Spain) | Updated: 21-06-2024 11:40 IST</p>
        <table>
        <tr><th>Customer PO</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
        <tr><td>24-0412</td><td>ST-15 sample tap, SS316 body, G1/2</td><td>Samples</td><td>25 nos</td><td>In machining, dispatch 28-06-2024</td></tr>
        <tr><td>24-0412</td><td>ST-15 production balance</td><td>Production</td><td>1,475 nos</td><td>NOT RELEASED &ndash; awaiting customer sample sign-off (Marta S&aacute;nchez Gil) and written release (Alejandro Ferrer)</td></tr>
        </table>
        <div class="note">Material authority: sample-only. RM issued to shop floor: SS316 bar for 25 nos only.
        No RM purchased for the production balance.</div>
        <p>Contact: Hardik Patel, Sales Manager &ndash; Exports, +91 79 2583 4410</p>
        """)))])

# c17 - PO with explicit staged material authority
case("c17_po_staged_material_authority", [],
     "PO: 20 samples active, 480 not released, unlock sign-off + written release by Lim Boon Keat; explicit STAGED resin authority for 500",
     [("PO_4500217836.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500217836"),
         ("p", SG_ADDR),
         ("table", [["PO No.", "4500217836"], ["Date", "7 Jun 2024"],
                    ["Vendor", IN_ADDR], ["Buyer", "Tan Wei Ling, Senior Purchasing Executive"],
                    ["Currency / Incoterm", "SGD / FOB Mundra"]]),
         ("sp",),
         ("table", [["Item", "Material", "Description", "Qty", "Unit", "Price SGD", "Value SGD"],
                    ["10", "EC-8040-02", "Membrane end cap ABS, drg TWU-ME-8040 Rev B - SAMPLE", "20", "PC",
                     "38.50", "770.00"]]),
         ("h", "Scope of this PO"),
         ("p", "1. Active quantity: twenty (20) sample end caps (item 10)."),
         ("p", "2. The production balance of 480 pcs (quotation SPE/Q/24-25/052) is not released."),
         ("p", "3. Unlock event: sample sign-off by Rajesh s/o Muthusamy (Membrane Systems), then a written "
               "production release signed by Lim Boon Keat, Procurement Manager."),
         ("p", "4. Material authority: STAGED. Supplier may purchase and hold ABS resin for up to 500 pcs at "
               "Tembusu's liability. Moulding is limited to the 20 samples until the written release."),
         ("p", "5. The quoted production quantity is a forecast basis only; it is not an order."),
     ], title="PO 4500217836", author=SG_CO))])

# c18 - three documents of one order that agree: PO, release letter, supplier acknowledgement
case("c18_po_release_ack_consistent", [],
     "PO 4 samples/116 on hold; release PR-01 of 40 after sign-off, 76 on hold until lot acceptance + Murray; supplier ack matches (40/76, material 40)",
     [("PO_7100-4390.pdf", pdf([
         ("h1", "PURCHASE ORDER 7100-4390"),
         ("p", CA_ADDR),
         ("table", [["Order No.", "7100-4390"], ["Date", "2024-05-27"],
                    ["Supplier", CN_ADDR], ["Buyer", "Dave Kowalczyk, Purchasing Officer"],
                    ["Terms", "30% T/T advance, 70% against B/L copy - FOB Ningbo - USD"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "UM", "Unit USD", "Ext USD"],
                    ["1", "FH-4040-316", "Filter housing 4 x 40 in, SS316L, Rev C - SAMPLE", "4", "EA", "1,180.00",
                     "4,720.00"]]),
         ("sp",),
         ("p", "Sample order only: four (4) sets. The production balance of 116 sets per quote NHQ-24-0502 is "
               "not released. It stays on hold until sample sign-off by Jen Fraser, Process Engineer, and a "
               "written production release by Murray Tkachuk, Plant Superintendent."),
         ("p", "Material authority: sample quantity only."),
     ], pagesize=LETTER, title="PO 7100-4390", author=CA_CO)),
      ("PR-7100-4390-01.docx", docx_bytes([
          ("h1", "Production Release PR-7100-4390-01"),
          ("p", "Bow Ridge Regional Water Commission - Bow Ridge WTP. Date: 15 July 2024."),
          ("p", "To: Ningbo Haoyuan Fluid Equipment Co., Ltd., attn. Kelly Zhou. Re: PO 7100-4390, FH-4040-316 Rev C."),
          ("p", "Sample sign-off: the 4 sample sets were signed off on 12 July 2024 by Jen Fraser (record SSR-BR-024)."),
          ("table", [["Quantity", "Sets"],
                     ["Quoted production quantity", "116"],
                     ["Released now (PR-01)", "40"],
                     ["Remaining on hold", "76"]]),
          ("p", "The remaining 76 sets are not released. They unlock after lot acceptance of the 40 sets and a "
                "further written release from me."),
          ("p", "Material authority: 40 sets."),
          ("p", "Murray Tkachuk, Plant Superintendent, Bow Ridge Regional Water Commission"),
      ], author="Murray Tkachuk")),
      ("mail_Kelly_Zhou_20240716.txt", T("""
        From: Kelly Zhou <kelly.zhou@nbhaoyuan-fluid.cn>
        Sent: Tuesday, July 16, 2024 9:18 AM
        To: Murray Tkachuk <mtkachuk@bowridgewater.ca>
        Cc: Dave Kowalczyk <dkowalczyk@bowridgewater.ca>
        Subject: Acknowledgement PR-7100-4390-01 / FH-4040-316

        Dear Mr. Murray,

        We acknowledge your production release PR-7100-4390-01 for 40 sets FH-4040-316 Rev C.
        Remaining 76 sets are not released, we will wait your next written release after the lot
        acceptance. Material is ordered for 40 sets only.

        Delivery 40 sets: 30 Aug 2024 FOB Ningbo.

        Best regards
        Kelly Zhou
        Sales Manager
        Ningbo Haoyuan Fluid Equipment Co., Ltd.
        Tel +86 574 8765 2210
        """))])

# c19 - labelled forecast with a text attachment
_t = T("""
    Shalom Yossi,

    Please find attached our forecast for the 2025 irrigation campaign for the manifold
    VM-100-PN10.

    IMPORTANT: this is a forecast only. It is not an order and not a commitment of the
    cooperative, so please do not buy material or produce anything on the basis of this
    file. Orders are placed only with a numbered pedido signed by Alejandro Ferrer.

    Any question, let me know.

    Un saludo,
    """) + sig("Javier Ortega Ruiz", "Departamento de Compras", ES_CO, ES_PH)
_fc = T("""
    COOPERATIVA DE REGANTES CAMPO DE ALMENDROS - PREVISION / FORECAST 2025
    Item: VM-100-PN10 valve manifold (drg CRA-VM-100 rev 2)
    Status: FORECAST - NON-BINDING - NOT AN ORDER
    Month      Qty (uds)
    2025-01        40
    2025-02        60
    2025-03        80
    2025-04        80
    2025-05        60
    2025-06        40
    2025-07-12    120
    Total 2025    480
    """)
case("c19_email_labelled_forecast_attachment", [],
     "forecast for 480 manifolds sent as a text attachment, labelled forecast only / not an order / do not buy material",
     [("Prevision_2025_VM-100.eml", eml_bytes(mail(
         JAVIER, YOSSI, "Previsión 2025 - VM-100-PN10 / forecast 2025", "Mon, 17 Jun 2024 12:20:00 +0200",
         _t, attachments=[("prevision_2025_VM-100.txt", _fc, "text/plain")])))])

# c20 - buyer portal PO for "sample taps" that is a full-quantity order
case("c20_portal_full_qty_sample_taps", [],
     "portal PO for the full and final 16 'sample taps' (the part name, not a sample lot); proceed scoped to the 16",
     [("eproc_RWB-24-0233.html", html_page("Al-Rawabi e-Procurement - PO RWB-24-0233", T("""
        <h2>Al-Rawabi e-Procurement Portal</h2>
        <p>Purchase Order RWB-24-0233 | Supplier: Negev FlowTech Ltd. (Be'er Sheva) | Status: Issued 11-06-2024</p>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
        <tr><td>10</td><td>ST-15</td><td>Sample tap (sampling valve) SS316, G1/2, for RO permeate sampling points, drg RWB-P-015 rev 1</td><td>16 pcs</td><td>USD 96.00</td><td>USD 1,536.00</td></tr>
        </table>
        <div class="note">This PO is for the full and final quantity of sixteen (16) sample taps for the 16 permeate
        sampling points of Trains 1-4. Note: &quot;sample tap&quot; = sampling valve, not a sample lot. No balance exists
        under this PO. Please proceed with manufacture of the 16 pcs and advise the dispatch date.</div>
        <p>Buyer: Rania Khoury, Procurement Officer &ndash; +962 6 553 1870</p>
        """)))])

# c21 - advance paid, explicitly not a production release (PDF proforma attached)
_pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", IN_ADDR),
    ("table", [["PI No.", "SPE/PI/24-25/118"], ["Date", "10-06-2024"],
               ["Buyer", "Bow Ridge Regional Water Commission, Cochrane AB, Canada"],
               ["Buyer PO", "7100-4417 dt. 07-06-2024"], ["Payment", "30% advance by T/T, balance before dispatch"]]),
    ("sp",),
    ("table", [["Sr", "Description", "Qty", "Rate USD", "Amount USD"],
               ["1", "DPB-120 Rev 3 dosing pump bracket, SS304, 6 mm - samples", "25 nos", "18.40", "460.00"],
               ["2", "Bending fixture (one time)", "1 set", "420.00", "420.00"],
               ["", "Total", "", "", "880.00"],
               ["", "Advance 30%", "", "", "264.00"]]),
    ("sp",),
    ("p", "Note: Production quantity 575 nos as per our quotation is not released - for information only. Separate "
          "PI will be raised after customer's written production release."),
    ("p", "For Sabarmati Polymer Engineering Pvt. Ltd. - Hardik Patel, Sales Manager - Exports"),
], title="PI SPE/PI/24-25/118", author=IN_CO)
_t = T("""
    Hi Hardik,

    We paid the 30% advance against your proforma SPE/PI/24-25/118 today (copy attached
    for your file).

    Please note the advance is a commercial payment only. It does not release production.
    Only the twenty-five (25) sample brackets DPB-120 Rev 3 are authorized under PO 7100-4417.

    The balance of 575 brackets stays on hold. It gets released only after Jen Fraser signs
    off the samples and Murray Tkachuk, our Plant Superintendent, issues a written
    production release.

    Thanks,
    Dave
    """) + sig("Dave Kowalczyk", "Purchasing Officer", CA_CO, CA_PH)
case("c21_advance_paid_not_release", [],
     "advance paid but 'does not release production'; 25 samples active, 575 on hold until Jen's sign-off and Murray Tkachuk's written release",
     [("PO_7100-4417_advance.eml", eml_bytes(mail(
         DAVE, HARDIK, "PO 7100-4417 - 30% advance paid - samples only", "Wed, 12 Jun 2024 15:47:00 -0600",
         _t, attachments=[("SPE-PI-24-25-118.pdf", _pi, PDF_MT)])))])

# c22 - minutes that keep sign-off, PO and production release apart
case("c22_minutes_terms_kept_apart", [],
     "minutes separate sample sign-off / PO issued / production release; 1 180 on hold until written release by Lim Boon Keat; forecast labelled non-binding",
     [("MoM_20240702_Hanbit.docx", docx_bytes([
         ("h1", "Minutes of Meeting - EC-8040-02 end caps (Hanbit Precision)"),
         ("p", "Date: 2 July 2024, 10:00-11:00 SGT (MS Teams). Present: Tan Wei Ling, Rajesh s/o Muthusamy, "
               "Lim Boon Keat (Tembusu); Park Ji-hoon, Kim Min-seo (Hanbit)."),
         ("table", [["No", "Topic", "Record", "Owner"],
                    ["1", "Sample sign-off", "20 samples (PO 4500217758) signed off by Rajesh on 28 Jun 2024 for "
                     "dimensions and hydrotest.", "Rajesh"],
                    ["2", "PO issued", "PO 4500217758 issued 3 Jun 2024; commercial cover 20 pcs.", "Tan Wei Ling"],
                    ["3", "Production release", "Not given. Balance 1 180 pcs remains on hold until the 500 h cyclic "
                     "pressure test report is reviewed; then a written production release signed by Lim Boon Keat.",
                     "Lim Boon Keat"],
                    ["4", "Material", "Material authority sample-only. Hanbit confirms no resin bought for the 1 180.",
                     "Park Ji-hoon"],
                    ["5", "Forecast 2025", "4 800 pcs, non-binding, for capacity planning only - not an order.",
                     "Tan Wei Ling"]]),
         ("p", "Next meeting: 16 July 2024. Minutes by Tan Wei Ling."),
     ], author="Tan Wei Ling"))])

# c23 - supplier quote with a question about material (multipart/alternative)
_t = T("""
    Dear Mr. Kowalczyk,

    following your request of 12/06 we are pleased to send our offer n. 24-0719 for the
    valve manifold VM-150 (DN150, PN16, AISI 316L, flanges EN 1092-1):

      - samples: 2 pcs at EUR 3.120,00 cad., delivery 6 weeks
      - series: 60 pcs at EUR 2.240,00 cad., delivery 10 weeks from your production release
      - one-time cost for the forging die: EUR 4.800,00

    Validity: 60 days. Payment: 30% with order, 70% before shipment. Ex works Lecco.

    One question: can you confirm if we may already order the forgings for the 60 pcs
    together with the samples? In this way we save about 6 weeks. If not, no problem,
    we order only for the samples.

    Cordiali saluti / best regards,
    """) + sig("Giulia Colombo", "Ufficio Commerciale", IT_CO, IT_PH)
case("c23_supplier_quote_with_question", [],
     "supplier offer with 2 sample / 60 series tiers and a question whether forgings for 60 may be ordered; no authorization",
     [("Offerta_24-0719.eml", eml_bytes(mail(
         GIULIA, DAVE, "Offerta 24-0719 - VM-150 manifold - Bow Ridge", "Fri, 14 Jun 2024 17:03:00 +0200",
         _t, html=text_to_html(_t))))])

# c24 - supplier test report, identifiers only
case("c24_test_report_identifiers", [],
     "supplier test report on 5 samples (EN 12266-1, ISO 9227 500 h, 24 bar); no authorization, no larger quantity",
     [("TR-24-0415.pdf", pdf([
         ("h1", "TEST REPORT TR-24-0415"),
         ("p", "Negev FlowTech Ltd. - Quality Laboratory, Be'er Sheva"),
         ("table", [["Customer", "Al-Rawabi Desalination Contracting Co."],
                    ["Customer PO", "RWB-24-0219 (5 sample manifolds VM-80-PN16)"],
                    ["Drawing", "RWB-M-080 rev 3"], ["Units tested", "5 of 5"], ["Report date", "20 June 2024"]]),
         ("sp",),
         ("table", [["Test", "Standard", "Condition", "Result"],
                    ["Hydrostatic shell", "EN 12266-1 P10", "24 bar, 30 min", "pass 5/5"],
                    ["Seat leakage", "EN 12266-1 P12, rate A", "17.6 bar", "pass 5/5"],
                    ["Salt spray", "ISO 9227 NSS", "500 h", "no red rust 5/5"],
                    ["Material", "EN 10204 3.1", "1.4404", "conform"]]),
         ("sp",),
         ("p", "Conclusion: the 5 samples conform to drawing RWB-M-080 rev 3. Customer sample sign-off is pending. "
               "This report is a test record, not a release."),
         ("p", "Tested by: Noa Peretz, QA/Operations. Lab accredited to ISO/IEC 17025:2017."),
     ], title="TR-24-0415", author=IL_CO))])

# c25 - EDI 860 PO change that supersedes the earlier sample quantity
case("c25_edi_860_revision_supersedes", [],
     "PO change REV 1 supersedes REV 0 (6 -> 4 samples); one authorized quantity now; 96 on hold until FAT sign-off and written release by Khaled",
     [("EDI_860_RWB-24-0205.txt", T("""
        AL-RAWABI DESALINATION CONTRACTING CO. - EDI 860 PURCHASE ORDER CHANGE (PRINT)
        Partner: HANBIT PRECISION CO LTD (HBP01)         Printed: 2024-06-17 08:40 +03
        ST*860*0007~
        BCH*04*SA*RWB-24-0205*1**20240603*20240617~
        POC*10*QD*4*4*EA*2450**VP*VM-150-PN16~
        MSG*REV 1 SUPERSEDES REV 0 - SAMPLE QTY 4 EA~
        SE*5*0007~
        ------------------------------------------------------------------------------
        CHANGE SUMMARY
          PO RWB-24-0205  REV 1  (supersedes REV 0 of 2024-06-03)
          Line 10  VM-150-PN16 valve manifold DN150 PN16, duplex
             Sample qty REV 0 ........ 6 EA   (cancelled by this revision)
             Sample qty REV 1 ........ 4 EA   <-- authorized quantity now
          Quoted project quantity (HB-Q-240521) ........ 100 EA
             Balance after samples (REV 1) ............ 96 EA  NOT RELEASED, ON HOLD
          Unlock: FAT sign-off of the 4 samples by Eng. Omar Haddad, then a written
                  production release from Eng. Khaled Al-Zoubi, Project Manager.
          Reason for change: only 4 pressure test positions available at FAT.
        ------------------------------------------------------------------------------
        Issued by: Rania Khoury, Procurement Officer
        """))])


# =================================================================== POSITIVE
# p01 - cover mail + sample PO + supplier quote with the production tier
_t = T("""
    Dear Mr Park,

    Good day. Pls find attached our PO 4500217734 for the sample end caps EC-8040-02,
    together with your quotation HB-Q-240528.

    Kindly acknowledge the PO and advise the ship date.

    Thank you.

    Regards,
    Tan Wei Ling
    """) + sig("Tan Wei Ling", "Senior Purchasing Executive", SG_CO, SG_PH)
case("p01_cover_mail_po_quote_bundle", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 next to the supplier quote's 1,000 mass-production line; nothing says not released, no unlock event, no release person",
     [("mail_4500217734.eml", eml_bytes(mail(
         TAN, PARK, "PO 4500217734 - EC-8040-02 end caps", "Mon, 03 Jun 2024 10:12:00 +0800", _t))),
      ("PO_4500217734.pdf", pdf([
          ("h1", "PURCHASE ORDER 4500217734"),
          ("p", SG_ADDR),
          ("table", [["PO No.", "4500217734"], ["Date", "3 Jun 2024"], ["Vendor", KR_ADDR],
                     ["Buyer", "Tan Wei Ling"], ["Payment terms", "30 days"], ["Currency / Incoterm", "SGD / CIF Singapore"]]),
          ("sp",),
          ("table", [["Item", "Material", "Description", "Qty", "Unit", "Price SGD", "Value SGD"],
                     ["10", "EC-8040-02", "Membrane end cap ABS, drg TWU-ME-8040 Rev B - sample", "20", "PC", "38.50",
                      "770.00"]]),
          ("sp",),
          ("p", "Delivery to Tembusu Changi Membrane Plant, Gate 3, Mon-Fri 8:30-16:00."),
          ("p", "Quality: ISO 9001:2015; NSF/ANSI 61 certificate with the shipment. Packing: individual poly bag."),
          ("p", "Please quote the PO number on all documents."),
      ], title="PO 4500217734", author=SG_CO)),
      ("HB-Q-240528.pdf", pdf([
          ("h1", "QUOTATION"),
          ("p", KR_ADDR),
          ("table", [["Quotation No.", "HB-Q-240528"], ["Date", "2024. 05. 28"],
                     ["Messrs.", "Tembusu Water Utility Pte Ltd - Attn. Ms. Tan Wei Ling"]]),
          ("sp",),
          ("p", "We are pleased to submit our quotation as below. We hope this quotation meet your requirement."),
          ("table", [["No", "Item", "Q'ty", "Unit Price (SGD)", "Amount (SGD)"],
                     ["1", "EC-8040-02 Rev B end cap, ABS - sample", "20 pcs", "38.50", "770.00"],
                     ["2", "EC-8040-02 Rev B end cap, ABS - mass production", "1,000 pcs", "24.90", "24,900.00"],
                     ["3", "Mould (2 cavity)", "1 set", "6,800.00", "6,800.00"]]),
          ("sp",),
          ("p", "Lead time: sample 3 weeks, mass production 5 weeks. Validity: 60 days."),
          ("p", "Park Ji-hoon / Overseas Sales Team"),
      ], title="Quotation HB-Q-240528", author=KR_CO))])

# p02 - WhatsApp: unscoped "ok go ahead", no quantity anywhere
case("p02_whatsapp_go_ahead_no_qty", ["RG002", "RG010"],
     "'ok go ahead' answers 'shall we start?' without sample-only or a quantity; no quantity anywhere (hold, sign-off and Alejandro Ferrer are named)",
     [("WhatsApp_Chat_with_Hardik_Patel.txt", T("""
        03/06/2024, 09:12 - Javier Ortega: Hola Hardik, good morning. The pedido 24-0388 is sent by mail. It is only for the samples of the bracket DPB-120 rev C for the dosing pumps of fertirrigación.
        03/06/2024, 09:13 - Javier Ortega: The rest of the quantity of the campaign is not released. It stays on hold until Marta signs off the samples and Alejandro Ferrer (gerente) sends the production release in writing.
        03/06/2024, 09:40 - Hardik Patel: Good morning sir 🙏 Noted. Drawing rev C we have received yesterday. Shall we start?
        03/06/2024, 09:58 - Marta Sánchez: Hola Hardik, I am Marta from the technical office. Drawing rev C is the good one.
        03/06/2024, 10:02 - Marta Sánchez: ok go ahead 👍
        03/06/2024, 10:03 - Hardik Patel: Thank you madam, we start 🙏
        """))])

# p03 - reply: "approved" for quote, drawing and production; unscoped "proceed"
_q = T("""
    Yossi,
    PO 7100-4431 is attached. It covers ten (10) sample taps ST-15 only. The balance of 290
    is on hold and not released until Jen Fraser signs off the samples and Murray Tkachuk,
    Plant Superintendent, issues a written production release.
    Dave
    """)
_t = T("""
    Hi Yossi,

    Quick update - your revised quote Rev 2 is approved by finance and Jen approved drawing
    ST-15 Rev E this morning, so you're approved. Please proceed.

    Thanks,
    Dave
    """) + sig("Dave Kowalczyk", "Purchasing Officer", CA_CO, CA_PH) + T("""

    -----Original Message-----
    From: Dave Kowalczyk <dkowalczyk@bowridgewater.ca>
    Sent: Friday, June 7, 2024 2:41 PM
    To: Yossi Ben-Ami <yossi@negevflowtech.co.il>
    Subject: PO 7100-4431 - ST-15 sample taps

    """) + quote(_q)
case("p03_reply_approved_three_ways_proceed", ["RG002", "RG009"],
     "'quote approved', 'drawing approved', 'you're approved. Please proceed' - one word for commercial/technical/production and an unscoped proceed; quoted scope complete",
     [("RE_PO_7100-4431.eml", eml_bytes(mail(
         DAVE, YOSSI, "RE: PO 7100-4431 - ST-15 sample taps", "Wed, 12 Jun 2024 11:26:00 -0600", _t,
         html=text_to_html(_t), in_reply_to="<h215-orig-p03@bowridgewater.ca>")))])

# p04 - sample PO with no hold, no event, no release person
case("p04_sample_po_no_hold_no_event", ["RG003", "RG004", "RG005"],
     "PO for a 4-pc sample lot for FAT; never says the project balance is not released, no unlock event, nobody named to release",
     [("PO_RWB-24-0188.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", JO_ADDR),
         ("table", [["PO No.", "RWB-24-0188"], ["Date", "20 May 2024"], ["Supplier", IT_ADDR],
                    ["Project", "Aqaba South SWRO - high-pressure pump skids"],
                    ["Currency / Incoterm", "EUR / CPT Aqaba"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                    ["10", "VM-150-PN16", "Valve manifold DN150 PN16, duplex 1.4462, drg RWB-M-150 rev 4 - "
                                          "sample lot for FAT", "4 pcs", "3,150.00", "12,600.00"],
                    ["20", "DOC", "EN 10204 3.1, hydrotest 24 bar / 30 min, PMI report", "1 lot", "incl.", "-"]]),
         ("sp",),
         ("p", "Sample lot for Factory Acceptance Test at your works, witnessed by the Engineer. Please inform the "
               "FAT date two weeks before."),
         ("p", "Packing seaworthy, marking with PO no. Payment 30 days after receipt of documents."),
         ("p", "For Al-Rawabi Desalination Contracting Co.: Rania Khoury, Procurement Officer"),
     ], title="PO RWB-24-0188", author=JO_CO))])

# p05 - ERP PO: hold "until further notice"
case("p05_erp_hold_until_further_notice", ["RG004"],
     "sample 4 EA, balance 116 NOT RELEASED 'ON HOLD UNTIL FURTHER NOTICE' - no unlock event; release authority M. Tkachuk named",
     [("JDE_PO_7100-4459.txt", T("""
        BOW RIDGE REGIONAL WATER COMMISSION                              PURCHASE ORDER
        JDE E1  R43500   Print date 2024-06-10 10:07                     Page 1 of 1
        Order No . . . : 7100-4459    Type OP    Branch BRWTP
        Supplier . . . : 201233  NINGBO HAOYUAN FLUID EQUIPMENT CO LTD  NINGBO CN
        Buyer  . . . . : D. KOWALCZYK  403-555-0148
        Terms  . . . . : 30% T/T ADV, 70% B/L    FOB NINGBO    Currency: USD
        ------------------------------------------------------------------------------------
        Ln     Item / Description                              Qty  UM    Unit Cost    Extended
        1.000  FH-4040-316 REV C FILTER HOUSING 4X40IN           4  EA     1,180.00    4,720.00
               316L, ANSI 150 RF, HYDRO 15 BAR/30 MIN
        ------------------------------------------------------------------------------------
                                                          ORDER TOTAL USD     4,720.00
        NOTES:
         SAMPLE ONLY - 4 EA.
         PRODUCTION BALANCE 116 EA (QUOTE NHQ-24-0502) NOT RELEASED - ON HOLD UNTIL
         FURTHER NOTICE.
         RELEASE AUTHORITY: M. TKACHUK, PLANT SUPT.
         MATERIAL AUTHORITY: SAMPLE QTY ONLY.
        """))])

# p06 - "from our side" and 25 vs 20 in one mail (multipart/alternative)
_t = T("""
    Buongiorno Giulia,

    We confirm the pedido 24-0402 for 25 samples of the sample tap ST-15 (AISI 316, G1/2,
    drawing ST-15 rev D) only.

    The balance of 1.175 pcs is not released until our sample sign-off and a written
    release from our side. Please do not buy material for the balance.

    Please send the 20 samples all together before 15 July, we need them for the field
    test in the hydrants of Sector 4 (Cartagena).

    Gracias, un saludo,
    """) + sig("Javier Ortega Ruiz", "Departamento de Compras", ES_CO, ES_PH)
case("p06_from_our_side_25_vs_20", ["RG005", "RG011"],
     "written release 'from our side' names nobody; the same mail says 25 samples and then 'the 20 samples'",
     [("Pedido_24-0402.eml", eml_bytes(mail(
         JAVIER, GIULIA, "Pedido 24-0402 - ST-15 muestras / samples", "Thu, 06 Jun 2024 08:55:00 +0200", _t,
         html=text_to_html(_t))))])

# p07 - Teams: pilot only, until further notice, department, "same as last time"
case("p07_teams_pilot_same_as_last_time", ["RG004", "RG005", "RG010"],
     "'go ahead with the pilot sample taps only' is sample-scoped but no number ('same as last time'); 'on hold until further notice', 'purchasing department'",
     [("Teams_chat_Noa_Peretz.txt", T("""
        Microsoft Teams - chat export
        Chat: Jen Fraser (Bow Ridge Regional Water Commission), Noa Peretz (Negev FlowTech) (External)
        Exported: 2024-07-03

        [2024-07-02 2:10 PM] Noa Peretz: Hi Jen, the revised seat (PTFE → PEEK) is ready for the pilot taps. Do you want the pilot pcs in 316 or in duplex?
        [2024-07-02 2:18 PM] Jen Fraser: Hi Noa, 316 please. Go ahead with the pilot sample taps only.
        [2024-07-02 2:19 PM] Jen Fraser: Rest is on hold until further notice, our purchasing department will let you know.
        [2024-07-02 2:25 PM] Noa Peretz: OK. How many pilot pcs, same like last time?
        [2024-07-02 2:31 PM] Jen Fraser: yes same as last time 🙂
        """))])

# p08 - supplier bought material for the full quantity (HTML status attached), quoted complete scope
_q = T("""
    Dear Kelly,
    PO 4500217790 attached. It covers ten (10) sample housings FH-4040-316 only.
    Balance 1,190 is on hold, not released, until Rajesh s/o Muthusamy signs off the
    samples and Mr Lim Boon Keat issues the written production release.
    Material authority: sample quantity only.
    Regards, Tan Wei Ling
    """)
_t = T("""
    Dear Ms Tan,

    Good day! The 10 samples FH-4040-316 are finished and passed hydrotest, will ship by
    DHL tomorrow, AWB we send later.

    To save lead time for you, we already purchased SS316L tube and flanges for full
    1.200 housings, now all in our warehouse. Please see attached status.

    Any question pls let me know.

    Best regards
    Kelly Zhou
    """) + sig("Kelly Zhou", "Sales Manager", CN_CO, CN_PH) + T("""

    ------------------ Original ------------------
    From: Tan Wei Ling <tan.weiling@tembusuwater.com.sg>
    Date: Mon, Jun 3, 2024 10:15 AM
    To: Kelly Zhou <kelly.zhou@nbhaoyuan-fluid.cn>
    Subject: PO 4500217790 FH-4040-316 samples

    """) + quote(_q)
_st = html_page("Order status 4500217790", T("""
    <h3>Ningbo Haoyuan - order status PO 4500217790 (Tembusu Water Utility)</h3>
    <table>
    <tr><th>Item</th><th>Qty</th><th>Status</th><th>Date</th></tr>
    <tr><td>FH-4040-316 samples</td><td>10 sets</td><td>finished, hydrotest 15 bar OK</td><td>ship 2024-06-21</td></tr>
    <tr><td>SS316L tube 6 in SCH10S</td><td>for 1,200 sets</td><td>in warehouse</td><td>2024-06-17</td></tr>
    <tr><td>Flanges ANSI 150 RF F316L</td><td>for 1,200 sets</td><td>in warehouse</td><td>2024-06-18</td></tr>
    </table>
    """))
case("p08_supplier_bought_full_material", ["RG006"],
     "supplier already purchased tube and flanges for 1.200 housings while only 10 samples are released and the quoted buyer scope says sample-only material",
     [("RE_PO_4500217790.eml", eml_bytes(mail(
         KELLY, TAN, "RE: PO 4500217790 FH-4040-316 samples", "Thu, 20 Jun 2024 16:48:00 +0800", _t,
         in_reply_to="<h215-orig-p08@tembusuwater.com.sg>",
         attachments=[("status_4500217790.html", _st, "text/html")])))])

# p09 - WeChat: deposit received -> material for all and start production
case("p09_wechat_deposit_start_all_material", ["RG006", "RG012"],
     "supplier: 'deposit 30% received, so we already order material for all 300 housings and start production' against 6 released samples",
     [("WeChat_Kelly_Zhou.txt", T("""
        WeChat chat history | Kelly Zhou (Ningbo Haoyuan) | exported 2024-06-21 08:15

        2024-06-18 09:02  Javier Ortega
        Hello Kelly, the pedido 24-0415 is for 6 sample housings FH-4040-316 only. The balance of 294 housings is on hold, not released, until Marta Sánchez signs off the samples and Alejandro Ferrer sends the written release.

        2024-06-18 09:30  Kelly Zhou
        OK Javier, received 👌

        2024-06-20 15:40  Kelly Zhou
        Dear Javier, deposit 30% received, thank you! So we already order the SS316L material for all 300 housings and start production next Monday 😊
        """))])

# p10 - supplier: forgings for 100 ordered; after sample approval continue with 96
_q = T("""
    Dear Giulia,
    PO RWB-24-0196 covers four (4) sample manifolds only, for the FAT.
    The balance of 96 pcs is not released. It is on hold until the FAT sign-off
    and the written release from Eng. Khaled Al-Zoubi, Project Manager.
    Best regards, Eng. Omar Haddad
    """)
_t = T("""
    Dear Eng. Omar,

    thank you for the PO RWB-24-0196. The 4 samples will be ready for the FAT on 15 July,
    we will send the invitation next week.

    To keep the delivery for Aqaba, after your approval of the samples we continue
    directly with the 96 pcs of production. The forgings for 100 pcs are already ordered
    at our forge, to gain time.

    Cordiali saluti,
    """) + sig("Giulia Colombo", "Ufficio Commerciale", IT_CO, IT_PH) + T("""

    -----Messaggio originale-----
    Da: Eng. Omar Haddad <o.haddad@rawabi-desal.jo>
    Inviato: lunedì 10 giugno 2024 11:20
    A: Giulia Colombo <g.colombo@idrolario.it>
    Oggetto: PO RWB-24-0196 - VM-150-PN16 - FAT samples

    """) + quote(_q)
case("p10_supplier_rolls_into_96_forgings_100", ["RG006", "RG007"],
     "supplier will 'continue directly with the 96' after sample approval (no auto-conversion recorded) and has ordered forgings for 100 with 4 released",
     [("R_PO_RWB-24-0196.eml", eml_bytes(mail(
         GIULIA, OMAR, "R: PO RWB-24-0196 - VM-150-PN16 - FAT samples", "Wed, 12 Jun 2024 14:10:00 +0200", _t,
         cc=RANIA, in_reply_to="<h215-orig-p10@rawabi-desal.jo>")))])

# p11 - buyer minutes contradict their own written-release requirement
case("p11_minutes_no_separate_release_needed", ["RG007"],
     "minutes state the 980 need a written release by Lim Boon Keat, then action item: continue with the 980 once samples approved, 'no separate release letter needed'",
     [("MoM_03_EC-8040-02.docx", docx_bytes([
         ("h1", "Minutes of Progress Meeting No. 3 - Membrane end caps EC-8040-02"),
         ("p", "Tembusu Water Utility Pte Ltd / Hanbit Precision Co., Ltd. Date: 25 June 2024 (video call). "
               "Attendees: Tan Wei Ling, Rajesh s/o Muthusamy (Tembusu); Park Ji-hoon, Kim Min-seo (Hanbit)."),
         ("h", "1. Status"),
         ("p", "PO 4500217744 covers 20 sample end caps. Samples shipped 21 June, received at Changi lab 24 June. "
               "Balance 980 pcs on hold until sample sign-off by Rajesh and written production release by Lim Boon Keat."),
         ("h", "2. Schedule"),
         ("p", "Hanbit explained the resin lead time is 5 weeks. Tembusu needs the production parts by end August "
               "for the RO train refurbishment at Changi."),
         ("h", "3. Action items"),
         ("table", [["No", "Action", "Owner", "Due"],
                    ["3.1", "Complete dimensional and hydrotest check of the 20 samples", "Rajesh", "5 Jul"],
                    ["3.2", "Hanbit to continue with the remaining 980 pcs once the samples are approved by Rajesh - "
                            "no separate release letter needed, to save time", "Park Ji-hoon", "after sample approval"],
                    ["3.3", "Send NSF/ANSI 61 certificate for the ABS grade", "Kim Min-seo", "28 Jun"]]),
         ("p", "Minutes prepared by Tan Wei Ling, 26 June 2024. Comments within 3 working days, otherwise taken as agreed."),
     ], author="Tan Wei Ling"))])

# p12 - buyer mail: take the forecast as firm order
case("p12_mail_forecast_as_firm_order", ["RG008"],
     "buyer: 'our forecast ... 6.000 ... please take this forecast as our firm order and reserve the capacity'",
     [("mail_Prevision_2025.txt", T("""
        From:    Javier Ortega Ruiz <compras@regantesalmendros.es>
        Sent:    Wednesday, 12 June 2024 12:47
        To:      Hardik Patel <hardik.patel@sabarmatipolymer.in>
        Cc:      Marta Sánchez Gil <marta.sanchez@regantesalmendros.es>
        Subject: Previsión campaña 2025 - sample taps ST-15

        Hola Hardik,

        Our forecast for the campaign 2025 is 6.000 sample taps ST-15 (1.500 every quarter,
        first delivery in January).

        Please take this forecast as our firm order and reserve the capacity. The official
        pedido will come later from administration, you know in the cooperative the papers
        are slow.

        Muchas gracias,

        Javier Ortega Ruiz
        Departamento de Compras
        Cooperativa de Regantes Campo de Almendros, S. Coop.
        Tel. +34 968 55 21 40
        """))])

# p13 - supplier planning report: forecast FIRM, material bought for it
case("p13_supplier_report_forecast_firm_material", ["RG006", "RG008"],
     "supplier report: only 50 samples released, forecast 2,400 'FIRM, considered as confirmed order', ABS and inserts bought for 2,400",
     [("SPE_planning_June2024.pdf", pdf([
         ("h1", "PRODUCTION PLANNING REPORT - JUNE 2024"),
         ("p", IN_ADDR + " - ISO 9001:2015"),
         ("table", [["Customer", "Al-Rawabi Desalination Contracting Co., Amman"],
                    ["Part", "SPE-EC-8040 membrane end cap (ABS), drg RWB-M-8040 rev 2"],
                    ["Customer PO", "RWB-24-0201: 50 nos samples (released)"],
                    ["Production quantity", "not yet released by customer"],
                    ["Customer forecast FY 2024-25", "2,400 nos - FIRM, considered as confirmed order for planning"]]),
         ("h", "Raw material"),
         ("table", [["Material", "Qty", "Covers", "Status"],
                    ["ABS granules, NSF grade", "1,150 kg", "2,400 nos", "purchased 12-06-2024, in stores"],
                    ["Brass inserts M10", "2,400 nos", "2,400 nos", "PO placed on vendor, delivery 28-06-2024"]]),
         ("h", "Moulding plan"),
         ("table", [["Week", "Qty", "Remark"],
                    ["25", "50", "samples for customer"],
                    ["27-30", "2,400", "as per forecast (firm)"]]),
         ("sp",),
         ("p", "Prepared by: Nilesh Shah, Production Head. Reviewed: Hardik Patel, Sales Manager - Exports."),
     ], title="Production planning report June 2024", author=IN_CO))])

# p14 - sample record uses "approval" for technical, commercial and production
case("p14_record_approval_three_meanings", ["RG009"],
     "record lists 'technical approval', 'commercial approval' and 'production approval' - one word for three things; scope otherwise complete",
     [("SAR-BR-031.docx", docx_bytes([
         ("h1", "Sample Approval Record SAR-BR-031"),
         ("p", "Bow Ridge Regional Water Commission - Bow Ridge WTP, Process Engineering"),
         ("table", [["Part", "ST-15 sample tap, 316, G1/2 BSPP, drg ST-15 Rev D"],
                    ["Supplier", "Negev FlowTech Ltd., Be'er Sheva, Israel"],
                    ["PO", "7100-4470 (ten (10) sample taps)"],
                    ["Samples received", "10 on 21 June 2024"]]),
         ("h", "Approvals"),
         ("table", [["Approval", "Status", "By", "Date"],
                    ["Technical approval - 10 samples (dimensions, hydrotest 24 bar, seat leakage)", "APPROVED",
                     "Jen Fraser, Process Engineer", "24 Jun 2024"],
                    ["Commercial approval - PO 7100-4470", "APPROVED", "Dave Kowalczyk, Purchasing Officer",
                     "14 Jun 2024"],
                    ["Production approval - balance 290", "PENDING - on hold", "Murray Tkachuk, Plant Superintendent",
                     "-"]]),
         ("p", "The balance of 290 sample taps is not released. It is released only by a written production release "
               "from Murray Tkachuk, now that the technical approval of the samples is done."),
     ], author="Jen Fraser"))])

# p15 - cover letter: "released in our ERP" and "production release"; no quantity
case("p15_cover_letter_released_erp_no_qty", ["RG009", "RG010"],
     "'PO is released in our ERP' and 'production balance is not released' - release used for workflow and production; 'proceed with the samples' but no quantity anywhere",
     [("RWB-PRC-24-0412.docx", docx_bytes([
         ("h1", "Al-Rawabi Desalination Contracting Co."),
         ("p", "Procurement Department - 182 Mecca Street, Amman 11953, Jordan"),
         ("p", "Ref: RWB/PRC/24/0412        Date: 12 June 2024"),
         ("p", "To: Hanbit Precision Co., Ltd. - Attn. Mr. Park Ji-hoon, Overseas Sales"),
         ("p", "Subject: PO RWB-24-0176 - Valve manifolds VM-150-PN16 (DN150, PN16, EN 1092-1) - Aqaba South SWRO"),
         ("p", "Dear Mr. Park,"),
         ("p", "With reference to your quotation HB-Q-240521, we are pleased to inform you that our PO RWB-24-0176 "
               "is released in our ERP system since 10 June 2024 and the signed copy is with this letter."),
         ("p", "Please proceed with the samples per our PO. Kindly inform us the FAT date at least two weeks in "
               "advance, so Eng. Omar Haddad can attend."),
         ("p", "Please note that the production balance is not released. It will be released only after the FAT "
               "sign-off by Eng. Omar Haddad and a written production release from Eng. Khaled Al-Zoubi, Project Manager."),
         ("p", "Thanks and best regards,"),
         ("p", "Rania Khoury, Procurement Officer"),
     ], author="Rania Khoury"))])

# p16 - PO (30 samples) + proforma (50 samples, production starts on advance)
case("p16_po_and_proforma_disagree", ["RG011", "RG012"],
     "PO authorizes 30 samples, supplier proforma for the same PO lists 50; proforma: full 1,500 production 'will start on receipt of the advance'",
     [("pedido_24-0421.txt", T("""
        COOPERATIVA DE REGANTES CAMPO DE ALMENDROS, S. COOP.       PEDIDO DE COMPRA / PURCHASE ORDER
        CIF F30990417   Ctra. de La Palma km 4, 30390 Cartagena (Murcia)
        ----------------------------------------------------------------------------------------------
        Pedido / PO ...........: 24-0421          Fecha / Date: 14/06/2024
        Proveedor / Supplier ..: SABARMATI POLYMER ENGINEERING PVT. LTD. - AHMEDABAD (INDIA)
        Comprador / Buyer .....: J. ORTEGA RUIZ
        Condiciones / Terms ...: 30% anticipo / advance, resto antes de embarque / balance before shipment
        Incoterm ..............: CIF Cartagena
        ----------------------------------------------------------------------------------------------
        Pos  Artículo   Descripción                                      Cant.  Ud   Precio    Importe
        10   ST-15      Grifo toma muestras / sample tap AISI 316 G1/2     30   UD   14,80      444,00
                        MUESTRAS / SAMPLES - plano ST-15 rev D
        ----------------------------------------------------------------------------------------------
                                                                    Total EUR             444,00
        Observaciones / Notes:
         Pedido de muestras solamente / sample order only: 30 uds.
         El resto de la producción (1.470 uds según oferta SPE/Q/24-25/061) NO está liberado.
         Production balance 1.470 uds per offer SPE/Q/24-25/061 NOT released; on hold until sample
         sign-off by Marta Sánchez Gil and written production release by Alejandro Ferrer (Gerente).
        """)),
      ("SPE-PI-24-25-131.pdf", pdf([
          ("h1", "PROFORMA INVOICE"),
          ("p", IN_ADDR),
          ("table", [["PI No.", "SPE/PI/24-25/131"], ["Date", "17-06-2024"],
                     ["Buyer", "Cooperativa de Regantes Campo de Almendros, Cartagena, Spain"],
                     ["Buyer PO", "24-0421 dt. 14-06-2024"],
                     ["Payment", "30% advance by T/T, balance before shipment"]]),
          ("sp",),
          ("table", [["Sr", "Description", "HSN", "Qty", "Rate EUR", "Amount EUR"],
                     ["1", "ST-15 sample tap SS316 G1/2, samples", "8481 80", "50 nos", "14.80", "740.00"],
                     ["", "Total", "", "", "", "740.00"],
                     ["", "Advance 30%", "", "", "", "222.00"]]),
          ("sp",),
          ("p", "Note: Production of the full quantity 1,500 nos will start immediately on receipt of the advance."),
          ("p", "Kindly remit to our account no. 3104 0055 1187 2 (SWIFT code on request)."),
          ("p", "For Sabarmati Polymer Engineering Pvt. Ltd. - Hardik Patel, Sales Manager - Exports"),
      ], title="PI SPE/PI/24-25/131", author=IN_CO))])

# p17 - PO states six (6) in text and 8 in the line table
case("p17_po_text_six_table_eight", ["RG011"],
     "the same PO says 'six (6) sample brackets only' in the text and 8 in the line table; hold, event and Murray Tkachuk named",
     [("PO_7100-4488.pdf", pdf([
         ("h1", "PURCHASE ORDER 7100-4488"),
         ("p", CA_ADDR),
         ("table", [["Order No.", "7100-4488"], ["Date", "2024-06-19"], ["Supplier", IL_ADDR],
                    ["Buyer", "Dave Kowalczyk"], ["Terms", "Net 30 - DAP Cochrane AB - USD"]]),
         ("sp",),
         ("p", "This PO authorizes six (6) sample dosing-pump brackets only."),
         ("table", [["Line", "Item", "Description", "Qty", "UM", "Unit USD", "Ext USD"],
                    ["1", "DPB-120", "Dosing-pump bracket, SS304, 6 mm plate, drg BR-DP-120 Rev 3, SAMPLE", "8", "EA",
                     "64.00", "512.00"]]),
         ("sp",),
         ("p", "Balance: 194 brackets per quote NFT-Q-1003 are not released. They are on hold until sample sign-off "
               "by Jen Fraser, Process Engineer, and a written production release by Murray Tkachuk, Plant Superintendent."),
         ("p", "Material authority: sample quantity only."),
     ], pagesize=LETTER, title="PO 7100-4488", author=CA_CO))])

# p18 - buyer: deposit paid, "you can proceed" (two-level quote, TT copy as text attachment)
_q2 = T("""
    Dear Kelly,
    PO 4500217812 is for 12 sample housings FH-4040-316 only.
    Balance 148 not released, on hold until Rajesh s/o Muthusamy signs off the samples
    and Mr Lim Boon Keat sends a written production release.
    Regards, Tan Wei Ling
    """)
_q1 = T("""
    Dear Ms Tan,
    Thanks for your PO. Pls find our PI NH-PI-2406-22 for 30% deposit, kindly arrange.
    Best regards, Kelly

    -----Original-----
    From: Tan Wei Ling
    Sent: Tuesday, 4 June 2024 9:30 AM
    Subject: PO 4500217812 - FH-4040-316 samples

    """) + quote(_q2)
_t = T("""
    Hi Kelly,

    We have remitted the 30% deposit (USD 4,248.00) today per your PI NH-PI-2406-22,
    TT copy attached.

    Since deposit is paid, you can proceed. Pls share the production schedule by Friday.

    Thank you.

    Regards,
    Tan Wei Ling
    """) + sig("Tan Wei Ling", "Senior Purchasing Executive", SG_CO, SG_PH) + T("""

    From: Kelly Zhou <kelly.zhou@nbhaoyuan-fluid.cn>
    Sent: Thursday, 6 June 2024 4:02 PM
    To: Tan Wei Ling <tan.weiling@tembusuwater.com.sg>
    Subject: PI NH-PI-2406-22 / PO 4500217812

    """) + quote(_q1)
_tt = T("""
    {1:F01FICTSGSGAXXX0000000000}{2:I103FICTCNBJXNBOXN}{4:
    :20:TWU240618-0045
    :23B:CRED
    :32A:240618USD4248,00
    :50K:/072-118844-0
    TEMBUSU WATER UTILITY PTE LTD
    21 TUAS WATER LOOP SINGAPORE
    :59:/3302 0118 7765 01
    NINGBO HAOYUAN FLUID EQUIPMENT CO LTD
    :70:PO 4500217812 30PCT DEPOSIT PI NH-PI-2406-22
    :71A:SHA
    -}
    """)
case("p18_deposit_paid_you_can_proceed", ["RG002", "RG012"],
     "buyer: 'Since deposit is paid, you can proceed' - payment treated as release, unscoped proceed; quoted scope (12 samples, 148 on hold, Lim Boon Keat) complete",
     [("RE_PI_NH-PI-2406-22.eml", eml_bytes(mail(
         TAN, KELLY, "RE: PI NH-PI-2406-22 / PO 4500217812", "Tue, 18 Jun 2024 14:33:00 +0800", _t,
         in_reply_to="<h215-orig-p18@nbhaoyuan-fluid.cn>",
         attachments=[("TT_copy_20240618.txt", _tt, "text/plain")])))])

# p19 - buyer portal shows quoted production qty beside the sample qty
case("p19_portal_quoted_qty_column", ["RG001", "RG003", "RG004"],
     "portal PO line: authorized 10 sample beside 'quoted production qty 290' with nothing saying not released; release authority named, no event",
     [("portal_PO_7100-4481.html", html_page("Bow Ridge Supplier Portal - PO 7100-4481", T("""
        <h2>Bow Ridge Regional Water Commission &ndash; Supplier Collaboration Portal</h2>
        <p>Supplier: Negev FlowTech Ltd. | PO 7100-4481 | Issued 2024-06-12 | Buyer: Dave Kowalczyk, Purchasing Officer</p>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Authorized qty</th><th>Quoted production qty</th><th>Unit price</th></tr>
        <tr><td>1</td><td>ST-15-316</td><td>Sample tap 316, G1/2, drg ST-15 Rev D</td><td>Sample</td><td>10 EA</td><td>290 EA</td><td>USD 96.00</td></tr>
        </table>
        <p>Release authority for this order: Murray Tkachuk, Plant Superintendent.</p>
        <p>Delivery: DAP Bow Ridge WTP, Cochrane AB. Please acknowledge the PO in the portal within 2 business days.</p>
        """)))])

# p20 - EDI 850 with the quoted project quantity in a MSG segment
case("p20_edi_850_quoted_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "850 for a 6-pc sample lot with 'QUOTED PROJECT QTY 144 PCS' beside it; no hold, no event, no release person",
     [("EDI_850_RWB-24-0210.txt", T("""
        AL-RAWABI DESALINATION CONTRACTING CO. - EDI 850 PURCHASE ORDER (PRINT COPY)
        Partner: HANBIT PRECISION CO LTD (HBP01)         Printed: 2024-06-05 13:12 +03
        ISA*00*          *00*          *ZZ*RAWABIDESAL    *ZZ*HANBITPREC     *240605*1312*U*00401*000000212*0*P*>~
        GS*PO*RAWABIDESAL*HANBITPREC*20240605*1312*212*X*004010~
        ST*850*0212~
        BEG*00*SA*RWB-24-0210**20240605~
        CUR*BY*USD~
        REF*PR*HB-Q-240611~
        N1*ST*AL-RAWABI SITE STORE AQABA SOUTH*92*AQS01~
        PO1*10*6*EA*2450*PE*VP*VM-150-PN16*BP*RWB-M-150-R4~
        PID*F****VALVE MANIFOLD DN150 PN16 DUPLEX EN 1092-1~
        MSG*SAMPLE LOT 6 PCS FOR FAT AT SUPPLIER WORKS~
        MSG*QUOTED PROJECT QTY 144 PCS PER HANBIT QTN HB-Q-240611 UNIT PRICE 2450 USD~
        CTT*1*6~
        SE*12*0212~
        GE*1*212~
        IEA*1*000000212~
        ---------------------------------------------------------------------------------
        READABLE SUMMARY
        PO RWB-24-0210  Line 10  VM-150-PN16 valve manifold  6 EA x USD 2,450.00 = USD 14,700.00
        Note: sample lot 6 pcs for FAT. Quoted project qty 144 pcs (HB-Q-240611).
        """))])

# p21 - PO notes repeat the offer's series quantity
case("p21_po_notes_series_588", ["RG001", "RG003", "RG004"],
     "PO for 12 samples with notes 'serie 588 uds a EUR 22,40' and no hold or unlock event; production release authority Alejandro Ferrer named",
     [("Pedido_24-0430.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 24-0430"),
         ("p", ES_ADDR),
         ("table", [["Fecha / Date", "18/06/2024"], ["Proveedor / Supplier", IT_ADDR],
                    ["Comprador / Buyer", "Javier Ortega Ruiz"], ["Condiciones / Terms", "30 días fecha factura - DAP Cartagena"]]),
         ("sp",),
         ("table", [["Pos", "Artículo", "Descripción", "Cant.", "Precio EUR", "Importe EUR"],
                    ["10", "DPB-120", "Soporte bomba dosificadora / dosing-pump bracket AISI 316, plano CRA-DP-120 rev 3 "
                                      "- MUESTRAS", "12 uds", "41,50", "498,00"]]),
         ("sp",),
         ("p", "Observaciones / Notes:"),
         ("p", "Precios según oferta OF-24-0731: muestras 12 uds a EUR 41,50; serie 588 uds a EUR 22,40."),
         ("p", "Prices per offer OF-24-0731: samples 12 pcs at EUR 41,50; series 588 pcs at EUR 22,40."),
         ("p", "Responsable de liberación de producción / production release authority: Alejandro Ferrer, Gerente."),
     ], title="Pedido 24-0430", author=ES_CO))])

# p22 - WhatsApp: "green light from our side, go ahead" to a question covering samples and project
case("p22_whatsapp_green_light_from_our_side", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "'Green light from our side, go ahead' answers a question about samples and the project end caps: no scope, no quantity, no hold, no event, nobody named",
     [("WhatsApp_Chat_with_Eng_Omar.txt", T("""
        12/06/2024, 08:47 - Hardik Patel: Good morning Eng. Omar sir 🙏 Drawing SPE-EC-8040 rev 2 received with your comments. Samples we can dispatch by 28th. After that shall we plan the end caps for Aqaba project also?
        12/06/2024, 09:15 - Eng. Omar Haddad: Morning Hardik. Green light from our side, go ahead.
        12/06/2024, 09:16 - Hardik Patel: Thank you sir, noted 👍 we will start
        """))])

# p23 - engineer: "Once I sign off, you're good to run" (two-level quote, DOCX inspection plan attached)
_q2 = T("""
    From: Dave Kowalczyk
    PO 7100-4462 covers six (6) sample housings only. Balance 94 is on hold and not
    released until Jen Fraser signs off the samples and Murray Tkachuk issues a written
    production release.
    """)
_q1 = T("""
    Dear Jen, the 6 sample housings are delivered to your plant by FedEx today, pls kindly
    check. When can we have your feedback?
    Kelly

    """) + quote(_q2)
_t = T("""
    Hi Kelly,

    The samples arrived Monday and they look great, thanks for the quick turnaround. I'm
    finishing the dimensional report now - attached is the inspection plan so you see what
    we check.

    Once I sign off, you're good to run.

    Cheers,
    Jen
    """) + sig("Jen Fraser, P.Eng.", "Process Engineer", CA_CO, CA_PH) + T("""

    On Mon, Jun 24, 2024 at 7:55 PM Kelly Zhou <kelly.zhou@nbhaoyuan-fluid.cn> wrote:
    """) + quote(_q1)
_ip = docx_bytes([
    ("h1", "Inspection Plan IP-BR-FH4040 Rev 1"),
    ("p", "Part: FH-4040-316 Rev C filter housing. Supplier: Ningbo Haoyuan. Samples: 6 (all inspected)."),
    ("table", [["Characteristic", "Specification", "Method", "Sample size"],
               ["Shell OD", "168.3 +/- 1.0 mm", "pi tape", "all"],
               ["Flange face", "ASME B16.5 Class 150 RF", "visual + gauge", "all"],
               ["Welds", "ASME IX qualified, no undercut", "VT + PT", "all"],
               ["Hydrotest", "15 bar, 30 min, no leak", "calibrated gauge", "all"],
               ["Inside roughness", "Ra 0.8 um max", "profilometer", "2 per lot"]]),
    ("p", "Prepared by Jen Fraser, Process Engineer."),
], author="Jen Fraser")
case("p23_once_i_sign_off_good_to_run", ["RG002", "RG007"],
     "'Once I sign off, you're good to run' - sign-off said to roll into the run against the quoted written-release requirement, and 'good to run' has no quantity",
     [("RE_PO_7100-4462.eml", eml_bytes(mail(
         JEN, KELLY, "RE: PO 7100-4462 - FH-4040-316 samples arrived", "Wed, 26 Jun 2024 08:31:00 -0600", _t,
         cc=DAVE, in_reply_to="<h215-orig-p23@nbhaoyuan-fluid.cn>",
         attachments=[("IP-BR-FH4040.docx", _ip, DOCX_MT)])))])

# p24 - supplier: advance received = green light, proceed with production
_q = T("""
    Hi Yossi,
    PO 7100-4436 covers eight (8) sample taps ST-15. Balance 392 is on hold, not released,
    until Jen Fraser's sample sign-off and Murray Tkachuk's written production release.
    The 30% advance goes out today as per your proforma terms.
    Dave
    """)
_t = T("""
    Hi Dave,

    Thank you - the advance payment reached our account today.

    With this we have the green light and we proceed with production according to the
    schedule we sent. First delivery end of August.

    Best regards,
    Yossi
    """) + sig("Yossi Ben-Ami", "Sales Manager", IL_CO, IL_PH) + T("""

    From: Dave Kowalczyk <dkowalczyk@bowridgewater.ca>
    Sent: Monday, June 17, 2024 11:05 AM
    To: Yossi Ben-Ami <yossi@negevflowtech.co.il>
    Subject: PO 7100-4436 - ST-15 - advance payment

    """) + quote(_q)
case("p24_supplier_advance_green_light", ["RG002", "RG012"],
     "supplier reads the advance payment as 'the green light' and will 'proceed with production' (no quantity) although the quoted PO holds 392",
     [("RE_PO_7100-4436.eml", eml_bytes(mail(
         YOSSI, DAVE, "RE: PO 7100-4436 - ST-15 - advance payment", "Wed, 19 Jun 2024 10:02:00 +0300", _t,
         in_reply_to="<h215-orig-p24@bowridgewater.ca>")))])

# p25 - supplier internal minutes: forecast treated as confirmed, forgings for 600 ordered
case("p25_supplier_minutes_forecast_confirmed", ["RG006", "RG008"],
     "supplier minutes: 12 samples released, balance awaits customer release, yet forecast 600 'treated as confirmed order' and forged bars for 600 ordered",
     [("verbale_20240605.docx", docx_bytes([
         ("h1", "Verbale riunione di produzione / Production meeting minutes - 05/06/2024"),
         ("p", "Idromeccanica Lario S.r.l. - Lecco. Presenti: Marco Brambilla (produzione), Giulia Colombo "
               "(commerciale), Luca Rota (acquisti)."),
         ("h", "1. Al-Rawabi (Giordania) - VM-150-PN16 valve manifold"),
         ("table", [["Voce / item", "Stato / status"],
                    ["Customer PO", "RWB-24-0197 - a dozen sample manifolds (12 pz), released quantity"],
                    ["Production balance", "customer written release still to come (after FAT)"],
                    ["Customer forecast Aqaba South", "600 pz - treated as confirmed order, the customer is serious"],
                    ["Forged bars duplex 1.4462", "ordered for 600 manifolds at the forge, delivery wk 28"],
                    ["Machining", "samples wk 26, FAT wk 28"]]),
         ("h", "2. Decisioni / decisions"),
         ("li", "Materiale per 600 pz già ordinato: confermato, non annullare. / Material for 600 pcs already ordered: confirmed, do not cancel."),
         ("li", "Capacità CNC riservata per 600 pz da settimana 30. / CNC capacity reserved for 600 pcs from week 30."),
         ("p", "Redatto da / written by: Marco Brambilla"),
     ], author="Marco Brambilla"))])

# p26 - buyer portal: "ECN approved. Go ahead." and release authority = a department
case("p26_portal_ecn_go_ahead_department", ["RG002", "RG005"],
     "portal message 'ECN-0412 approved. Go ahead.' without scope or quantity; release authority 'Procurement Department' names nobody",
     [("portal_PO_4500217766.html", html_page("Tembusu Supplier Portal - PO 4500217766", T("""
        <h2>Tembusu Water Utility &ndash; Supplier Portal</h2>
        <p>Supplier: Sabarmati Polymer Engineering Pvt. Ltd. | PO 4500217766 | Buyer: Nur Aisyah binte Rahman</p>
        <h3>PO summary</h3>
        <table>
        <tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
        <tr><td>10</td><td>DPB-120</td><td>Dosing-pump bracket SS316, drg TWU-CD-120 Rev 3</td><td>20 PC</td><td>Sample</td></tr>
        </table>
        <div class="note">Production balance 380 pcs: not released, on hold until sample sign-off by Rajesh s/o Muthusamy
        and a written production release.<br>Release authority: Procurement Department.</div>
        <h3>Messages</h3>
        <table>
        <tr><th>Date</th><th>From</th><th>Message</th></tr>
        <tr><td>11 Jun 2024 09:14</td><td>Sabarmati (Hardik Patel)</td><td>ECN-0412 bracket plate 6 mm to 8 mm &ndash; please confirm if we can change the drawing to Rev 4.</td></tr>
        <tr><td>12 Jun 2024 16:02</td><td>Tembusu (Rajesh s/o Muthusamy)</td><td>ECN-0412 approved. Go ahead.</td></tr>
        </table>
        """)))])

# p27 - supplier staged resin for 1,000 and will run the balance on sample approval (PDF report attached)
_q = T("""
    -----Original Message-----
    From: Tan Wei Ling <tan.weiling@tembusuwater.com.sg>
    Sent: Tuesday, June 4, 2024 10:02 AM
    To: Park Ji-hoon <jhpark@hanbitprecision.co.kr>
    Subject: PO 4500217760 EC-8040-02

    Dear Mr Park,
    PO 4500217760 covers 20 sample end caps EC-8040-02 only. Balance 980 is not released;
    it is on hold until sample sign-off by Rajesh s/o Muthusamy and a written production
    release by Lim Boon Keat.
    Regards, Tan Wei Ling
    """)
_t = T("""
    Dear Ms. Tan,

    Please find attached our sample inspection report for EC-8040-02, 20 pcs, all result
    is OK.

    For keeping your schedule, we already staged ABS resin for 1,000 pcs in our warehouse.
    When samples are approved from your side, we will run the balance immediately, no need
    to wait.

    Thank you for your support.

    Best regards,
    Park Ji-hoon
    """) + sig("Park Ji-hoon", "Overseas Sales Team", KR_CO, KR_PH) + "\n" + quote(_q)
_sir = pdf([
    ("h1", "SAMPLE INSPECTION REPORT"),
    ("p", KR_ADDR),
    ("table", [["Report No.", "HB-SIR-240618"], ["Part", "EC-8040-02 Rev B end cap, ABS"],
               ["Customer / PO", "Tembusu Water Utility / 4500217760"], ["Sample size", "20 pcs"]]),
    ("sp",),
    ("table", [["No", "Item", "Spec", "Measured (min-max)", "Result"],
               ["1", "Outer diameter", "201.0 +/- 0.3", "200.85 - 201.12", "OK"],
               ["2", "Seal groove width", "6.5 +0.1/-0", "6.51 - 6.58", "OK"],
               ["3", "Insert thread", "M10x1.5 6H", "go / no-go", "OK"],
               ["4", "Hydrostatic", "24 bar / 30 min", "no leak", "OK"]]),
    ("sp",),
    ("p", "Judgement: OK (20/20). Inspector: Kim Min-seo, QA."),
], title="HB-SIR-240618", author=KR_CO)
case("p27_staged_resin_run_on_approval", ["RG006", "RG007"],
     "supplier staged resin for 1,000 with only 20 released and no material authority, and will 'run the balance immediately' when samples are approved",
     [("RE_PO_4500217760.eml", eml_bytes(mail(
         PARK, TAN, "RE: PO 4500217760 EC-8040-02 sample inspection report", "Tue, 18 Jun 2024 17:20:00 +0900", _t,
         in_reply_to="<h215-orig-p27@tembusuwater.com.sg>",
         attachments=[("HB-SIR-240618.pdf", _sir, PDF_MT)])))])

# p28 - supplier portal: production started after deposit, material for 120
case("p28_supplier_portal_started_after_deposit", ["RG006", "RG012"],
     "supplier portal: 4 samples on PO, balance awaiting release, but 'production STARTED after deposit received' and material bought for 120 sets",
     [("order_7100-4466.html", html_page("Ningbo Haoyuan - Customer Service Portal", T("""
        <h2>Ningbo Haoyuan Fluid Equipment &ndash; Customer Service Portal</h2>
        <p>Customer: Bow Ridge Regional Water Commission (Alberta, Canada) | Order: PO 7100-4466 | Item: FH-4040-316 Rev C filter housing</p>
        <table>
        <tr><th>Field</th><th>Status</th></tr>
        <tr><td>Customer PO quantity</td><td>4 sets (samples)</td></tr>
        <tr><td>Production balance</td><td>116 sets &ndash; waiting customer written release</td></tr>
        <tr><td>Deposit 30%</td><td>Received 2024-06-14</td></tr>
        <tr><td>Production status</td><td>STARTED 2024-06-17 after deposit received</td></tr>
        <tr><td>Material purchased</td><td>SS316L tube + flanges for 120 sets (arrived 2024-06-20)</td></tr>
        <tr><td>Estimated ship date</td><td>2024-08-05</td></tr>
        </table>
        <p>Contact: Kelly Zhou, Sales Manager, +86 574 8765 2210</p>
        """)))])

# p29 - buyer: with the approval of the samples the production is also approved (multipart/alternative)
_q = T("""
    Hola Giulia,
    the pedido 24-0409 is for 8 sample manifolds VM-100-PN10 only. The balance of 192 pcs
    is not released until the sample sign-off by Marta Sánchez Gil and the written
    production release by Alejandro Ferrer (Gerente).
    Un saludo, Javier
    """)
_t = T("""
    Hola Giulia,

    Good news: Marta has approved the samples of the manifold VM-100-PN10 yesterday, all
    the tests OK in the test bench.

    With the approval of the samples the production of the 192 pcs is also approved, so
    you can plan them for September.

    Un saludo,
    """) + sig("Javier Ortega Ruiz", "Departamento de Compras", ES_CO, ES_PH) + T("""

    -----Mensaje original-----
    De: Javier Ortega Ruiz <compras@regantesalmendros.es>
    Enviado el: lunes, 3 de junio de 2024 10:12
    Para: Giulia Colombo <g.colombo@idrolario.it>
    Asunto: Pedido 24-0409 - muestras VM-100-PN10

    """) + quote(_q)
case("p29_sample_approval_means_production_approved", ["RG007", "RG009"],
     "'with the approval of the samples the production of the 192 pcs is also approved' - implied auto-conversion against the quoted written-release rule; 'approved' for samples and production",
     [("RE_Pedido_24-0409.eml", eml_bytes(mail(
         JAVIER, GIULIA, "RE: Pedido 24-0409 - muestras VM-100-PN10", "Thu, 27 Jun 2024 13:15:00 +0200", _t,
         html=text_to_html(_t), in_reply_to="<h215-orig-p29@regantesalmendros.es>")))])

# p30 - WhatsApp: supplier will directly run the balance once samples OK
case("p30_whatsapp_directly_run_balance", ["RG007"],
     "supplier: 'once samples are OK from Jen madam we will directly run balance 975 nos' although buyer requires a written release from Murray Tkachuk",
     [("WhatsApp_Chat_with_Dave_Kowalczyk.txt", T("""
        14/06/2024, 18:05 - Dave Kowalczyk: Hardik, PO 7100-4452 is for 25 sample brackets DPB-120 Rev 3 only. Balance of 975 is NOT released, stays on hold until Jen Fraser signs off the samples and Murray Tkachuk sends the written production release.
        15/06/2024, 10:22 - Hardik Patel: Noted sir 🙏 Samples dispatch on Monday by FedEx.
        15/06/2024, 10:23 - Hardik Patel: Sir once samples are OK from Jen madam we will directly run balance 975 nos, so delivery will be on time. Our laser and bending slot is booked for July.
        15/06/2024, 10:24 - Hardik Patel: 👍
        """))])

# p31 - PO: after approval of samples continue with production without further notice; no quantity
case("p31_po_continue_without_further_notice", ["RG005", "RG007", "RG010"],
     "PO: 'after approval of samples, supplier shall continue with the production quantity without further notice' (no recorded auto-conversion); quantity 'as per quotation'; nobody named",
     [("PO_RWB-24-0214.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", JO_ADDR),
         ("table", [["PO No.", "RWB-24-0214"], ["Date", "3 June 2024"], ["Supplier", IN_ADDR],
                    ["Project", "Aqaba South SWRO - RO trains 1-4"], ["Currency / Incoterm", "USD / CFR Aqaba"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                    ["10", "SPE-EC-8040", "Membrane end cap, ABS, for 8 in x 40 in RO elements, drg RWB-M-8040 rev 2 "
                                          "- samples", "as per quotation SPE/Q/24-25/044", "4.85", "as per quotation"]]),
         ("sp",),
         ("p", "Special conditions:"),
         ("p", "1. Samples to be submitted for approval of Eng. Omar Haddad."),
         ("p", "2. After approval of samples, supplier shall continue with the production quantity without further notice."),
         ("p", "3. Material certificates NSF/ANSI 61 and EN 10204 2.2 with each shipment."),
         ("p", "4. Payment: 30% advance, 70% against copy of B/L."),
         ("p", "For Al-Rawabi Desalination Contracting Co.: Rania Khoury, Procurement Officer"),
     ], title="PO RWB-24-0214", author=JO_CO))])

# p32 - EDI 830 whose buyer note makes the forecast firm
case("p32_edi_830_forecast_firm", ["RG008"],
     "830 planning schedule (FST qualifier D = planning) with buyer note 'forecast quantities are firm commitments, build and ship without waiting for a PO'",
     [("EDI_830_BR-830-2024-26.txt", T("""
        BOW RIDGE REGIONAL WATER COMMISSION - EDI 830 PLANNING SCHEDULE (HUMAN READABLE)
        Receiver: HANBIT PRECISION CO LTD (HBP01)   Horizon: 2024-07-01 .. 2024-12-31   Printed 2024-06-24
        ST*830*0031~
        BFR*05*BR-830-2024-26**DL*A*20240701*20241231*20240624~
        LIN**BP*EC-8040-02*EC*REV 4~
        UIT*EA~
        FST*200*D*M*20240701~
        FST*200*D*M*20240801~
        FST*200*D*M*20240901~
        FST*200*D*M*20241001~
        FST*200*D*M*20241101~
        FST*200*D*M*20241201~
        CTT*1*1200~
        SE*12*0031~
        -----------------------------------------------------------------------------------
        SUMMARY  EC-8040-02 REV 4 END CAP FOR 8040 ELEMENT (DRG BR-ME-8040 REV 4)
          Jul 200 | Aug 200 | Sep 200 | Oct 200 | Nov 200 | Dec 200   = 1,200 EA forecast
        NOTE FROM BUYER (D. KOWALCZYK):
          THE FORECAST QUANTITIES ABOVE ARE FIRM COMMITMENTS. PLEASE BUILD AND SHIP
          TO THIS SCHEDULE WITHOUT WAITING FOR A PO.
        """))])

# p33 - supplier confirms a labelled forecast as an order (mail saved as text)
case("p33_supplier_confirms_forecast_as_order", ["RG008"],
     "supplier reply: 'we confirm your order of 2.400 manifolds ... as per your forecast' under a quoted buyer forecast labelled 'not an order'",
     [("mail_R_Prevision_2025.txt", T("""
        Da:      Giulia Colombo <g.colombo@idrolario.it>
        Inviato: giovedì 13 giugno 2024 15:22
        A:       Javier Ortega Ruiz <compras@regantesalmendros.es>
        Oggetto: R: Previsión 2025 - VM-100-PN10

        Dear Javier,

        thank you very much for your forecast. We confirm your order of 2.400 manifolds
        VM-100-PN10 for 2025 as per your forecast, and we will plan the production
        accordingly. The order confirmation OC-24-0533 follows by separate mail.

        Cordiali saluti / best regards
        Giulia Colombo
        Ufficio Commerciale
        Idromeccanica Lario S.r.l. - Via dei Pescatori 41, 23900 Lecco (LC)
        Tel. +39 0341 28 44 10

        -----Messaggio originale-----
        Da: Javier Ortega Ruiz <compras@regantesalmendros.es>
        Inviato: mercoledì 12 giugno 2024 11:05
        A: Giulia Colombo <g.colombo@idrolario.it>
        Oggetto: Previsión 2025 - VM-100-PN10

        > Hola Giulia,
        > here our forecast for 2025: 2.400 manifolds VM-100-PN10 (600 per quarter).
        > This is a forecast for your planning, not an order.
        > Un saludo, Javier
        """))])

# p34 - project procurement schedule: one forecast row written as a firm commitment
case("p34_schedule_forecast_firm_commitment", ["RG008"],
     "procurement schedule row: 180 manifolds '(forecast) - firm commitment to Hanbit'; other rows labelled forecast or full quantity; balances need written release by Khaled",
     [("AQS_procurement_schedule_rev3.pdf", pdf([
         ("h1", "Aqaba South SWRO - Long-lead Procurement Schedule, Rev 3"),
         ("p", "Al-Rawabi Desalination Contracting Co. - Project Controls. Issued 20 June 2024 to suppliers for planning."),
         ("table", [["Item", "Supplier", "PO", "Authorized now", "2025 qty", "Status / remark"],
                    ["VM-150-PN16 valve manifold (DN150 PN16)", "Hanbit Precision (KR)", "RWB-24-0222", "4 samples",
                     "180 (forecast)", "Firm commitment to Hanbit - Hanbit to plan capacity accordingly"],
                    ["SPE-EC-8040 end cap", "Sabarmati Polymer (IN)", "RWB-24-0201", "50 samples", "2,400",
                     "Forecast only, non-binding"],
                    ["ST-15 sample tap", "Negev FlowTech (IL)", "RWB-24-0233", "16 (full qty)", "-",
                     "Full and final quantity, no balance"]]),
         ("sp",),
         ("p", "Notes: 1. Production balances are released only by a written production release from Eng. Khaled "
               "Al-Zoubi, Project Manager, after FAT sign-off. 2. Quantities in pcs. 3. Pressure class PN16 per "
               "EN 1092-1; hydrotest 24 bar / 30 min."),
     ], title="AQS long-lead schedule rev 3", author=JO_CO))])

# p35 - supplier: PO RELEASED in portal + deposit -> production released (two-level quote)
_q2 = T("""
    Dear Mr Park,
    PO 4500217771 is for 20 sample end caps EC-8040-02 only. Balance 1,180 is not
    released; it is on hold until sample sign-off by Rajesh s/o Muthusamy and a written
    production release by Lim Boon Keat, Procurement Manager.
    Regards, Tan Wei Ling
    """)
_q1 = T("""
    Dear Ms. Tan,
    Thank you for your PO. Please kindly arrange 30% deposit per our PI HB-PI-240612.
    Best regards, Park Ji-hoon

    """) + quote(_q2)
_t = T("""
    Dear Ms. Tan,

    We confirm the deposit is received today, thank you. Also your PO is released in your
    portal (status RELEASED since 10 June).

    So for us the production is released as well, and we start mass production on 24 June.
    Delivery plan we will send on Monday.

    Best regards,
    Park Ji-hoon
    """) + sig("Park Ji-hoon", "Overseas Sales Team", KR_CO, KR_PH) + "\n" + quote(_q1)
case("p35_po_released_deposit_means_production", ["RG009", "RG012"],
     "supplier: deposit received and PO 'RELEASED' in the portal, 'so the production is released as well' - release for PO workflow and production; payment/PO acceptance read as authority",
     [("RE_RE_PO_4500217771.eml", eml_bytes(mail(
         PARK, TAN, "RE: RE: PO 4500217771 EC-8040-02", "Fri, 21 Jun 2024 11:40:00 +0900", _t,
         in_reply_to="<h215-orig-p35@tembusuwater.com.sg>")))])

# p36 - buyer portal: APPROVED for PO, samples and (pending) production
case("p36_portal_approval_three_steps", ["RG009"],
     "portal steps 'PO approval', 'Sample approval', 'Production approval' - one word for commercial, technical and production; 4 active, 56 on hold, Khaled named",
     [("eproc_RWB-24-0229.html", html_page("Al-Rawabi e-Procurement - Order tracking RWB-24-0229", T("""
        <h2>Al-Rawabi e-Procurement Portal &ndash; Order tracking</h2>
        <p>PO RWB-24-0229 | Supplier: Idromeccanica Lario S.r.l. (Lecco, Italy) | Item: VM-80-PN16 valve manifold DN80 PN16, drg RWB-M-080 rev 3</p>
        <table>
        <tr><th>Step</th><th>Status</th><th>By</th><th>Date</th></tr>
        <tr><td>PO approval (commercial)</td><td>APPROVED</td><td>Rania Khoury / finance</td><td>10-06-2024</td></tr>
        <tr><td>Sample approval &ndash; 4 samples at FAT</td><td>APPROVED</td><td>Eng. Omar Haddad</td><td>24-06-2024</td></tr>
        <tr><td>Production approval &ndash; balance 56 pcs</td><td>PENDING &ndash; on hold</td><td>Eng. Khaled Al-Zoubi</td><td>&ndash;</td></tr>
        </table>
        <div class="note">Authorized now: 4 sample manifolds. The balance of 56 pcs is not released until the written
        production release from Eng. Khaled Al-Zoubi, Project Manager.</div>
        """)))])

# p37 - SAP printout: release strategy RELEASED + production release
case("p37_sap_release_strategy_and_production_release", ["RG009"],
     "SAP 'release strategy ... LIBERADO / RELEASED' for the PO workflow next to 'production release' in the header text; scope otherwise complete",
     [("SAP_pedido_4500024417.txt", T("""
        Cooperativa de Regantes Campo de Almendros         SAP ERP - Pedido de compras / Purchase order
        Visualizar pedido 4500024417                       Fecha impresión 06.06.2024 08:51
        ------------------------------------------------------------------------------------------------
        Clase de pedido NB   Proveedor 300118 NEGEV FLOWTECH LTD, BE'ER SHEVA (IL)
        Org. compras 1000    Grupo compras 010 (J. ORTEGA)     Sociedad 1000
        Estrategia de liberación / release strategy: C1
          Código liberación 01  COMPRAS   J. ORTEGA    LIBERADO / RELEASED   05.06.2024
          Código liberación 02  GERENCIA  A. FERRER    LIBERADO / RELEASED   05.06.2024
          Status: PEDIDO LIBERADO / PO RELEASED
        ------------------------------------------------------------------------------------------------
        Pos  Material    Texto breve                              Cantidad  UM  Precio neto    Valor
        10   ST-15-316   GRIFO TOMA MUESTRAS / SAMPLE TAP G1/2          40  UN  EUR 19,70   EUR 788,00
        ------------------------------------------------------------------------------------------------
        Texto de cabecera / header text:
          Sample order only: 40 uds. Production balance 2.960 uds (oferta NFT-Q-1018) is not released;
          production release only after sample sign-off by Marta Sánchez Gil and a written production
          release signed by Alejandro Ferrer (Gerente).
        """))])

# p38 - release letter without the quantity of the lot
case("p38_release_letter_first_lot_no_qty", ["RG010"],
     "production release letter: 'manufacture the first production lot, as discussed in our call' - no quantity; remainder on hold until lot acceptance and Murray's written release",
     [("PR-7100-4433-01.docx", docx_bytes([
         ("h1", "Production Release PR-7100-4433-01"),
         ("p", "Bow Ridge Regional Water Commission - Bow Ridge WTP. Date: 28 June 2024"),
         ("p", "To: Negev FlowTech Ltd., attn. Yossi Ben-Ami. Re: PO 7100-4433, ST-15 sample tap 316, G1/2, drg ST-15 Rev E."),
         ("p", "Sample sign-off for the ST-15 samples was completed on 24 June 2024 by Jen Fraser, Process Engineer "
               "(record SSR-BR-033)."),
         ("p", "Please manufacture the first production lot, as discussed in our call on Wednesday. Ship to the "
               "plant, DAP Cochrane."),
         ("p", "The remaining production quantity stays on hold and is not released until lot acceptance of this "
               "first lot and a further written release from me."),
         ("p", "Material authority: for the first lot only."),
         ("p", "Murray Tkachuk, Plant Superintendent"),
     ], author="Murray Tkachuk"))])

# p39 - call-off: released qty "as per schedule sent by site"; forecast FIRM
case("p39_calloff_qty_elsewhere_forecast_firm", ["RG008", "RG010"],
     "call-off gives the released quantity only as 'as per schedule sent by site'; 'FORECAST 2025: 2,400 PCS - FIRM'",
     [("RWB-CO-24-007.txt", T("""
        AL-RAWABI DESALINATION CONTRACTING CO.
        CALL-OFF / DELIVERY SCHEDULE   No. RWB-CO-24-007                 Date: 26-06-2024
        Against PO: RWB-24-0235        Supplier: SABARMATI POLYMER ENGINEERING PVT LTD
        Item: SPE-EC-8040 membrane end cap, ABS, drg RWB-M-8040 rev 2
        ------------------------------------------------------------------------------
        RELEASED QTY THIS CALL-OFF : AS PER SCHEDULE SENT BY SITE (SEE EMAIL OF ENG. OMAR)
        DELIVERY                   : CFR AQABA, VESSEL CUT-OFF 20-07-2024
        BALANCE                    : NOT RELEASED, ON HOLD UNTIL FAT SIGN-OFF OF SAMPLES BY
                                     ENG. OMAR HADDAD. RELEASE BY ENG. KHALED AL-ZOUBI
                                     (PROJECT MANAGER) ONLY, IN WRITING.
        ------------------------------------------------------------------------------
        FORECAST 2025 : 2,400 PCS - FIRM. PLEASE PLAN CAPACITY ACCORDINGLY.
        ------------------------------------------------------------------------------
        Issued by: Rania Khoury, Procurement Officer
        """))])

# p40 - mail with PO and supplier offer attached (multipart/alternative + 2 PDFs)
_t = T("""
    Shalom Yossi,

    Please supply the 2 sample manifolds VM-100-PN10 as per our pedido 24-0436 (attached).
    We attach also your offer NFT-Q-1012.

    Release authority for this order is Alejandro Ferrer, Gerente.

    Please confirm the delivery date.

    Un saludo,
    """) + sig("Javier Ortega Ruiz", "Departamento de Compras", ES_CO, ES_PH)
_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 24-0436"),
    ("p", ES_ADDR),
    ("table", [["Fecha / Date", "20/06/2024"], ["Proveedor / Supplier", IL_ADDR],
               ["Condiciones / Terms", "30 días - DAP Cartagena - EUR"]]),
    ("sp",),
    ("table", [["Pos", "Artículo", "Descripción", "Cant.", "Precio EUR", "Importe EUR"],
               ["10", "VM-100-PN10", "Colector de válvulas / valve manifold DN100 PN10, plano CRA-VM-100 rev 2 - muestras",
                "2 uds", "1.240,00", "2.480,00"]]),
    ("sp",),
    ("p", "Comprador / buyer: Javier Ortega Ruiz."),
], title="Pedido 24-0436", author=ES_CO)
_of = pdf([
    ("h1", "QUOTATION NFT-Q-1012"),
    ("p", IL_ADDR),
    ("table", [["Customer", "Cooperativa de Regantes Campo de Almendros"], ["Date", "10 June 2024"],
               ["Validity", "45 days"]]),
    ("sp",),
    ("table", [["Item", "Qty", "Unit price EUR", "Lead time"],
               ["VM-100-PN10 valve manifold, samples", "2", "1,240.00", "4 weeks"],
               ["VM-100-PN10 valve manifold, series", "48", "865.00", "8 weeks"]]),
    ("sp",),
    ("p", "Yossi Ben-Ami, Sales Manager"),
], title="Quotation NFT-Q-1012", author=IL_CO)
case("p40_mail_po_and_offer_attached", ["RG001", "RG003", "RG004"],
     "mail authorizes 2 samples and attaches the offer with 48 series; nothing says the 48 are not released, no unlock event (Alejandro Ferrer named)",
     [("Pedido_24-0436.eml", eml_bytes(mail(
         JAVIER, YOSSI, "Pedido 24-0436 - VM-100-PN10 - 2 samples", "Thu, 20 Jun 2024 09:37:00 +0200", _t,
         html=text_to_html(_t),
         attachments=[("Pedido_24-0436.pdf", _po, PDF_MT), ("NFT-Q-1012.pdf", _of, PDF_MT)])))])

# p41 - mail PO number differs from the attached PO; PO notes carry the production quantity
_t = T("""
    Dear Yossi,

    Attached is our PO 4500218810 for twenty (20) sample taps ST-15 (316, G1/2).

    Kindly acknowledge within 2 working days and send the ship date.

    Thank you.

    Best regards,
    Tan Wei Ling
    """) + sig("Tan Wei Ling", "Senior Purchasing Executive", SG_CO, SG_PH)
_po = pdf([
    ("h1", "PURCHASE ORDER 4500218801"),
    ("p", SG_ADDR),
    ("table", [["PO No.", "4500218801"], ["Date", "24 Jun 2024"], ["Vendor", IL_ADDR],
               ["Buyer", "Tan Wei Ling"], ["Currency / Incoterm", "SGD / CIF Singapore"]]),
    ("sp",),
    ("table", [["Item", "Material", "Description", "Qty", "Unit", "Price SGD", "Value SGD"],
               ["10", "ST-15", "Sample tap 316, G1/2 - SAMPLE", "20", "PC", "118.00", "2,360.00"]]),
    ("sp",),
    ("p", "Ref. quotation NFT-Q-0988: samples 20 pcs / production 480 pcs."),
    ("p", "Release authority: Lim Boon Keat, Procurement Manager."),
], title="PO 4500218801", author=SG_CO)
case("p41_po_number_mismatch_quote_qty", ["RG001", "RG003", "RG004", "RG011"],
     "mail says PO 4500218810, attached PO is 4500218801; PO notes 'production 480 pcs' beside the 20 with no hold and no unlock event (Lim Boon Keat named)",
     [("PO_4500218810.eml", eml_bytes(mail(
         TAN, YOSSI, "PO 4500218810 - ST-15 sample taps", "Mon, 24 Jun 2024 15:05:00 +0800", _t,
         attachments=[("PO_4500218801.pdf", _po, PDF_MT)])))])

# p42 - Teams says 60 released, portal release record says 80
case("p42_teams_60_portal_80", ["RG011"],
     "buyer's Teams message says release PR-02 is 60 pcs; the portal release record PR-02 says 80 EA; hold, event and Murray Tkachuk named in both",
     [("Teams_chat_Dave_Kowalczyk.txt", T("""
        Microsoft Teams - chat export
        Chat: Dave Kowalczyk (Bow Ridge Regional Water Commission), Noa Peretz (Negev FlowTech) (External)
        Exported: 2024-07-09

        [2024-07-08 8:41 AM] Dave Kowalczyk: Morning Noa - Murray signed production release PR-02 on PO 7100-4490 this morning: 60 pcs ST-15 released.
        [2024-07-08 8:42 AM] Dave Kowalczyk: Balance of 230 stays on hold until lot acceptance of these 60 by Jen Fraser and Murray's next written release. Release record is in the portal.
        [2024-07-08 8:50 AM] Noa Peretz: Great, thanks Dave. We start machining today.
        """)),
      ("portal_PR-02.html", html_page("Bow Ridge Supplier Portal - Production release PR-02", T("""
        <h2>Bow Ridge Regional Water Commission &ndash; Supplier Collaboration Portal</h2>
        <h3>Production release record PR-02</h3>
        <table>
        <tr><th>Field</th><th>Value</th></tr>
        <tr><td>PO</td><td>7100-4490</td></tr>
        <tr><td>Item</td><td>ST-15-316 sample tap, drg ST-15 Rev E</td></tr>
        <tr><td>Samples</td><td>10 EA &ndash; signed off 2024-06-28 (J. Fraser)</td></tr>
        <tr><td>Released quantity (PR-02)</td><td>80 EA</td></tr>
        <tr><td>Balance on hold</td><td>230 EA &ndash; until lot acceptance of the PR-02 lot and the next written release</td></tr>
        <tr><td>Release authority</td><td>Murray Tkachuk, Plant Superintendent &ndash; signed 2024-07-08</td></tr>
        <tr><td>Material authority</td><td>released quantity only</td></tr>
        </table>
        """)))])

# p43 - forwarded internal release (rfc822) says 20; cover mail says 25
_fw = mail(KHALED, RANIA, "Release - VM-150-PN16 - RWB-24-0240", "Mon, 24 Jun 2024 08:12:00 +0300", T("""
    Rania,

    FAT passed yesterday at Hanbit, Omar signed the FAT report.

    I release twenty (20) manifolds VM-150-PN16 for production under PO RWB-24-0240. The
    balance of 100 pcs remains on hold until lot acceptance of these 20 and my next
    written release.

    Please forward to Hanbit.

    Eng. Khaled Al-Zoubi
    Project Manager - Aqaba South SWRO
    """))
_t = T("""
    Dear Mr. Park,

    Please see below (forwarded) the production release from Eng. Khaled.

    Kindly proceed with the 25 manifolds released and confirm the shipping date. Material
    please only for the released quantity.

    Best regards,
    Rania Khoury
    """) + sig("Rania Khoury", "Procurement Officer", JO_CO, JO_PH)
case("p43_forward_release_20_cover_25", ["RG011"],
     "forwarded release (message/rfc822) from Khaled releases twenty (20); the cover mail to the supplier says 'proceed with the 25 manifolds released'",
     [("Fw_Release_RWB-24-0240.eml", eml_bytes(mail(
         RANIA, PARK, "Fw: Release - VM-150-PN16 - RWB-24-0240", "Mon, 24 Jun 2024 10:46:00 +0300", _t,
         cc=KHALED, attachments=[("rfc822", _fw)])))])

# p44 - release letter: words and digits disagree; "approved" for samples and production
case("p44_release_words_digits_disagree", ["RG009", "RG011"],
     "'one thousand one hundred (1.200)' in one release letter; 'Samples approved' and 'Production approved' use one word for sign-off and release",
     [("LP-24-009.pdf", pdf([
         ("h1", "LIBERACION DE PRODUCCION / PRODUCTION RELEASE"),
         ("p", ES_ADDR),
         ("table", [["Ref.", "LP-24-009"], ["Fecha / date", "26/06/2024"],
                    ["Proveedor / supplier", "Sabarmati Polymer Engineering Pvt. Ltd., Ahmedabad"],
                    ["Pedido / PO", "24-0447"], ["Artículo / item", "ST-15 sample tap AISI 316 G1/2, plano ST-15 rev D"]]),
         ("sp",),
         ("p", "Samples approved on 12/06/2024 by Marta Sánchez Gil (25 samples, field test Sector 4 OK)."),
         ("p", "Production approved: one thousand one hundred (1.200) sample taps ST-15, which is the full production "
               "quantity of offer SPE/Q/24-25/071. No balance remains after this release."),
         ("p", "Delivery: two lots, CIF Cartagena, first lot before 30/09/2024."),
         ("p", "Alejandro Ferrer, Gerente"),
     ], title="LP-24-009", author=ES_CO))])

# p45 - WhatsApp: LC opened, so start the balance now
case("p45_whatsapp_lc_opened_start_balance", ["RG012"],
     "buyer: 'the LC is opened today for the full PO value, so you can start the manufacturing of the balance 92 pcs now, no need to wait for the FAT'",
     [("WhatsApp_Chat_with_Rania.txt", T("""
        10/06/2024, 11:02 - Rania Khoury: Dear Giulia good morning, for PO RWB-24-0251 only the four (4) sample manifolds are authorized. Balance 92 is on hold, not released, until FAT sign-off and the written release from Eng. Khaled Al-Zoubi.
        10/06/2024, 11:20 - Giulia Colombo: Buongiorno Rania, clear, thank you!
        17/06/2024, 14:30 - Rania Khoury: Giulia good news, the LC is opened today for the full PO value 🙏 So you can start the manufacturing of the balance 92 pcs now, no need to wait for the FAT.
        17/06/2024, 14:41 - Giulia Colombo: Perfetto, grazie Rania! We start Monday.
        """))])


# =================================================================== BUILD
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)


def write_all():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    order = list(range(len(CASES)))
    random.Random(215215).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h215_{nn:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return labels


def _check(labels):
    assert len(labels) == 70, len(labels)
    clean = [k for k, v in labels.items() if not v["expect"]]
    assert len(clean) == 25, len(clean)
    per = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for v in labels.values():
        for r in v["expect"]:
            per[r] += 1
    assert all(n >= 6 for n in per.values()), per
    multi = sum(1 for v in labels.values() if len(v["expect"]) >= 2)
    print(f"cases={len(labels)} clean={len(clean)} multi-rule={multi}")
    print(" ".join(f"{k}={v}" for k, v in per.items()))


if __name__ == "__main__":
    _check(write_all())
