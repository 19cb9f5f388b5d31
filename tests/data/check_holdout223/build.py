#!/usr/bin/env python3
"""Generator for the releasegate check_holdout223 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout223/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h223-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h223")
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

def T(s):
    """strip the leading newline of a triple-quoted block"""
    return s[1:] if s.startswith("\n") else s


def P(text):
    """plain-text paragraphs -> simple HTML for multipart/alternative bodies"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + escape(para).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


# ------------------------------------------------------------ parties (all fictional)
# Buyers
GIULIA = "Giulia Ferraresi <giulia.ferraresi@euganei-vending.it>"
MORITA = "Takeshi Morita <t-morita@hoshikawa-oc.co.jp>"
OKABE = "Kenji Okabe <k-okabe@hoshikawa-oc.co.jp>"
THABO = "Thabo Nkosi <thabo.nkosi@karoovending.co.za>"
ELIN = "Elin Sjöberg <elin.sjoberg@nordvag.se>"
MARIA = "Maria Holmström <maria.holmstrom@nordvag.se>"
# Suppliers
ANDREI = "Andrei Mureșan <andrei.muresan@somesplast.ro>"
LILY = "Lily Zhou <lily.zhou@xinrui-motor.cn>"
KEVIN = "Kevin Lin <kevin.lin@jinmei-metal.com.tw>"
MATEJ = "Matej Kranjc <matej.kranjc@savinja-kovina.si>"
GIORGOS = "Giorgos Papadakis <g.papadakis@axios-thermo.gr>"

EUGANEI = "Distributori Euganei S.r.l. - Via dell'Industria 14, 35129 Padova (PD), Italia"
HOSHIKAWA = "Hoshikawa Office Coffee K.K. - Purchasing Section, 2-8-14 Utsubo-honmachi, Nishi-ku, Osaka"
KAROO = "Karoo Vending Distributors (Pty) Ltd - 18 Bekker Road, Midrand, Gauteng"
NORDVAG = "Nordväg Drivmedel AB - Store Equipment, Lindholmspiren 9, 417 56 Göteborg"
SOMES = "Somesplast SRL - Str. Fabricii 23, 400632 Cluj-Napoca, Romania"
XINRUI = "Zhongshan Xinrui Micro-Motor Co., Ltd. - Torch Development Zone, Zhongshan, Guangdong"
JINMEI = "Fengyuan Jinmei Metal Co., Ltd. - Fengyuan District, Taichung, Taiwan"
SAVINJA = "Savinja Kovina d.o.o. - Mariborska cesta 88, 3000 Celje, Slovenija"
AXIOS = "Axios Thermoplastics S.A. - Sindos Industrial Area, 57022 Thessaloniki, Greece"

SIG_GIULIA = sig("Giulia Ferraresi", "Ufficio Acquisti / Purchasing", EUGANEI, "+39 049 807 1123")
SIG_ELIN = sig("Elin Sjöberg", "Category Buyer, Store Equipment", NORDVAG, "+46 31 704 22 10")
SIG_THABO = sig("Thabo Nkosi", "Buyer", KAROO, "+27 11 312 4470")
SIG_MORITA = (
    "\n*****************************************\n"
    "Takeshi Morita\nPurchasing Section\nHoshikawa Office Coffee K.K.\n"
    "TEL +81-6-6543-2210  FAX +81-6-6543-2211\n"
    "*****************************************\n"
    "This e-mail is confidential. If you are not the intended recipient, please delete it.\n"
)
SIG_LILY = (
    "\nBest regards\nLily Zhou (周丽)\nSales Dept.\nZhongshan Xinrui Micro-Motor Co., Ltd.\n"
    "Tel: +86 760 8822 5630  WeChat: lilyzhou_xr\n"
    "Add: Torch Development Zone, Zhongshan, Guangdong, China\n"
)
SIG_KEVIN = sig("Kevin Lin", "Sales Manager", JINMEI, "+886 4 2527 3318")
SIG_MATEJ = sig("Matej Kranjc", "Sales / Prodaja", SAVINJA, "+386 3 425 1180")
SIG_GIORGOS = sig("Giorgos Papadakis", "Export Sales", AXIOS, "+30 2310 798 440")
SIG_ANDREI = sig("Andrei Mureșan", "Sales Manager", SOMES, "+40 264 450 312")


def quote(text, level=1):
    pre = ">" * level + " "
    return "\n".join((pre + ln).rstrip() if ln.strip() else ">" * level for ln in text.strip("\n").split("\n"))


# =================================================================== CLEAN
# c01 supplier quote with sample / series / tooling tiers (RO -> IT), quote alone
case("c01", [], "supplier quote with T1-sample, series and tooling tiers; no authorization in the bundle", [
    ("OF-2024-131.pdf", pdf([
        ("h1", "SOMESPLAST SRL"),
        ("p", SOMES + " - CUI RO 18822471 - ISO 9001:2015"),
        ("h", "OFERTA / QUOTATION No. OF-2024-131"),
        ("p", "Client: Distributori Euganei S.r.l., Padova - attn. Sig.ra Giulia Ferraresi. "
              "Date: 22.05.2024. Your inquiry: e-mail of 14.05.2024."),
        ("p", "Item: cup dispenser housing + retaining ring CD-073 (for 73 mm cups), drawing CD-073 rev A, "
              "material PP food grade acc. Reg. (EC) 1935/2004, colour black RAL 9005."),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price", "Total"],
            ["1", "T1 samples from series tool", "50 pcs", "EUR 9,80", "EUR 490,00"],
            ["2", "Series parts CD-073", "5.000 pcs", "EUR 3,15", "EUR 15.750,00"],
            ["3", "Injection tool, 2 cavities, hot runner", "1 set", "EUR 14.500,00", "EUR 14.500,00"],
        ]),
        ("sp",),
        ("p", "Lead time: tool + T1 samples 6 weeks from tool order. Series parts 4 weeks from a written "
              "series order. Prices are valid 60 days, ex works Cluj-Napoca (Incoterms 2020 EXW)."),
        ("p", "Payment: tool 50% with tool order, 50% at T1 samples; parts 60 days end of month."),
        ("p", "The series quantity is the quantity we calculated the price on; it is not a commitment of "
              "the client until a series order is placed."),
        ("p", "Andrei Muresan, Sales Manager"),
    ], title="OF-2024-131", author="Somesplast SRL")),
])

# c02 buyer RFQ with three quantity scenarios, HTML attachment, multipart/alternative
_c02_txt = T("""
Hej Giorgos,

We would like a quotation for the drip tray DT-450 rev C (stainless grid 1.4301 + PP tray,
drawing is uploaded in our supplier portal, folder RFQ-24-088).

Please quote three scenarios, see the table in the attachment:
  A) 12 pcs samples
  B) 600 pcs pilot for 40 stations in Västra Götaland
  C) 1 800 pcs for the full roll-out in 120 stations

This is a request for quotation only. It is not an order and nothing is released for
production or material. Please state tooling cost, lead time per scenario and MOQ.

Deadline for your offer: Friday 21 June.

Tack på förhand!
""") + SIG_ELIN
_c02_att = html_page("RFQ-24-088 scenarios", T("""
<h2>Nordväg Drivmedel AB - RFQ-24-088 - DT-450 rev C</h2>
<p class="note">Request for quotation - not an order, no release.</p>
<table>
<tr><th>Scenario</th><th>Quantity</th><th>Use</th><th>Wanted delivery</th></tr>
<tr><td>A</td><td>12 pcs</td><td>samples, fit check in 3 stations</td><td>wk 30</td></tr>
<tr><td>B</td><td>600 pcs</td><td>pilot, 40 stations</td><td>wk 40</td></tr>
<tr><td>C</td><td>1 800 pcs</td><td>full roll-out, 120 stations</td><td>Q1 2025</td></tr>
</table>
<p>Please quote unit price per scenario, tooling, packaging (returnable crates preferred).</p>
"""))
case("c02", [], "RFQ with three labelled quantity scenarios; explicitly not an order, no release", [
    ("msg_NV-24-088.eml", eml_bytes(mail(
        ELIN, GIORGOS, "RFQ-24-088 drip tray DT-450 rev C", "Tue, 11 Jun 2024 10:22:00 +0200",
        _c02_txt, html=P(_c02_txt),
        attachments=[("RFQ-24-088_scenarios.html", _c02_att, "text/html")]))),
])

# c03 WeChat: supplier asks for go-ahead; buyer says no and restates the scope
case("c03", [], "supplier's go-ahead question answered with a complete hold; material sample-only", [
    ("WeChat_Lily_Zhou_20240618.txt", T("""
WeChat chat history
Chat: Lily Zhou (Xinrui Motor) / 森田 Takeshi Morita
Exported 2024-06-18 17:40

2024-06-18 10:02  Lily Zhou: Morita-san good morning! 20pcs samples XR-SM24-60 already ship by DHL, AWB 4471 2290 61
2024-06-18 10:03  Lily Zhou: Boss ask me, can we have go-ahead for the 2000pcs? We want book the magnet now because price go up next month
2024-06-18 10:15  Takeshi Morita: Good morning Lily-san. Thank you for shipping.
2024-06-18 10:16  Takeshi Morita: Sorry, not yet. Only the 20 samples of PO 45-0178 are released. The balance 1,980 pcs is not released.
2024-06-18 10:17  Takeshi Morita: Ms. Hasegawa (QA) will test the samples, life test 500 h. After her sample sign-off, Mr. Okabe (Procurement Manager) will send the written release for the balance.
2024-06-18 10:18  Takeshi Morita: Please do not buy magnet for 2000. Material only for the 20 samples please.
2024-06-18 10:20  Lily Zhou: OK understand 👌 we wait the written release from Okabe-san
2024-06-18 10:21  Takeshi Morita: 🙇 thank you
""")),
])

# c04 clearly labelled 12-month forecast
_fc_rows = [["Month", "XR-SM24-60 (pcs)", "XR-SM24-30 (pcs)"]]
for _m, _a, _b in [("Jul 2024", 400, 150), ("Aug 2024", 400, 150), ("Sep 2024", 600, 200),
                   ("Oct 2024", 600, 200), ("Nov 2024", 700, 250), ("Dec 2024", 300, 100),
                   ("Jan 2025", 400, 150), ("Feb 2025", 450, 150), ("Mar 2025", 500, 200),
                   ("Apr 2025", 500, 200), ("May 2025", 550, 200), ("Jun 2025", 600, 250)]:
    _fc_rows.append([_m, f"{_a:,}".replace(",", " "), str(_b)])
_fc_rows.append(["Total", "6 000", "2 200"])
case("c04", [], "12-month demand forecast clearly labelled not an order and not a release", [
    ("KVD_DF_2024-07.pdf", pdf([
        ("h1", "KAROO VENDING DISTRIBUTORS (PTY) LTD"),
        ("p", KAROO),
        ("h", "12-month demand forecast - spiral motors - issue 2024-07"),
        ("p", "To: Zhongshan Xinrui Micro-Motor Co., Ltd. (attn. Lily Zhou). Issued 28 June 2024 by "
              "Thabo Nkosi, Buyer."),
        ("p", "FORECAST ONLY. This is not a purchase order and not a production release. The figures "
              "are our best estimate for your capacity planning and can go up or down."),
        ("table", _fc_rows),
        ("sp",),
        ("p", "Orders follow by separate PO. Production is only authorised by a written release signed "
              "by Lindiwe Dlamini, Operations Director. Do not buy material against this forecast."),
    ], title="Demand forecast 2024-07", author="Karoo Vending Distributors")),
])

# c05 sample sign-off record scoped to fit check, production not released
case("c05", [], "sample sign-off 'approved for fit check only; production not released' with hold, event, person", [
    ("SSR-2024-031.docx", docx_bytes([
        ("h1", "Sample sign-off record SSR-2024-031"),
        ("p", "Nordväg Drivmedel AB - Store Equipment / Coffee & Food Service"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Drip tray DT-450 rev C (PP tray + stainless grid 1.4301)"],
            ["Supplier", "Axios Thermoplastics S.A., Thessaloniki"],
            ["Order", "PO 7700456 line 10 - 12 pcs samples"],
            ["Samples received", "4 June 2024, 12 pcs"],
        ]),
        ("h", "Checks"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Fit in brewer module", "no contact with cup platform", "OK, 12/12"],
            ["Drop test", "1 m onto tiles, 3 drops", "OK"],
            ["Dishwasher", "200 cycles 65 °C", "OK, no warping"],
            ["Clearance", "EN 60335-2-75, 8 mm to live parts", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "The balance of 1 788 pcs (PO 7700456 line 20) stays on hold. It is unlocked only by the "
              "field test in 3 stations (Mölndal, Kungälv, Alingsås, 4 weeks) and then a written "
              "production release from Maria Holmström, Head of Store Equipment."),
        ("p", "Signed: Johan Lindqvist, Technical Specialist, 6 June 2024"),
    ], author="Johan Lindqvist")),
])

# c06 full-quantity ERP PO, "proceed with the full 600"
case("c06", [], "full-quantity repeat PO (600 pcs, no samples, no balance) that says proceed with the full 600", [
    ("PO_45-0192.txt", T("""
HOSHIKAWA OFFICE COFFEE K.K.                                   PURCHASE ORDER
PURCHASING SECTION  2-8-14 UTSUBO-HONMACHI NISHI-KU OSAKA    PAGE 1/1
==============================================================================
PO NO.   : 45-0192            ISSUE DATE : 2024/06/20        REV : 0
VENDOR   : FENGYUAN JINMEI METAL CO., LTD.   (V-30418)
INCOTERM : FOB TAICHUNG        PAYMENT : T/T 60 DAYS AFTER B/L
------------------------------------------------------------------------------
LN  PART NO.           DESCRIPTION                   QTY UOM  UNIT USD    AMOUNT
010 CMB-6200 REV 04    COIN MECH BRACKET SUS304 t1.2 600 PCS      2.85  1,710.00
    DRG CMB-6200-04 / PEM NUT M4x0.7 x 4 / PASSIVATED
    DELIVERY 2024/08/09
------------------------------------------------------------------------------
                                                   TOTAL USD       1,710.00
NOTE:
  REPEAT PART. PPAP/SAMPLE APPROVAL DONE 2023 (REPORT QA-23-114).
  THIS PO IS FOR THE FULL QUANTITY 600 PCS. NO SAMPLES, NO BALANCE.
  PLEASE PROCEED WITH THE FULL 600 PCS.
  SUPPLIER QMS: ISO 9001:2015 CERT. NO. TW-Q-1182.
ISSUED BY: T. MORITA   (PURCHASING)
==============================================================================
""")),
])

# c07 buyer portal full-quantity PO with three schedule lines
case("c07", [], "portal PO for the full 1.200 pcs with three delivery lines; proceed with the full quantity", [
    ("ordine_4500032290.html", html_page("Portale Fornitori - Ordine 4500032290", T("""
<h2>Distributori Euganei S.r.l. - Portale Fornitori</h2>
<p>Fornitore / Supplier: <b>Somesplast SRL</b> (F00541) &nbsp;|&nbsp; Utente: andrei.muresan</p>
<h3>Ordine di acquisto 4500032290 del 02/07/2024</h3>
<table>
<tr><th>Pos.</th><th>Articolo</th><th>Descrizione</th><th>Q.tà</th><th>Prezzo</th><th>Consegna</th></tr>
<tr><td>10</td><td>BHL-1200 rev B</td><td>Coperchio tramoggia caffè / bean-hopper lid</td><td>400</td><td>EUR 2,95</td><td>30/08/2024</td></tr>
<tr><td>20</td><td>BHL-1200 rev B</td><td>idem</td><td>400</td><td>EUR 2,95</td><td>27/09/2024</td></tr>
<tr><td>30</td><td>BHL-1200 rev B</td><td>idem</td><td>400</td><td>EUR 2,95</td><td>25/10/2024</td></tr>
<tr><td colspan="3"><b>Totale</b></td><td><b>1.200</b></td><td></td><td>EUR 3.540,00</td></tr>
</table>
<p class="note">Questo ordine copre la quantità totale di 1.200 pz (campionatura già chiusa con ordine
4500031877). Non c'è saldo e non serve un ulteriore rilascio.<br>
This order covers the full quantity of 1.200 pcs. There is no balance and no further release is needed:
please proceed with the full 1.200 pcs according to the delivery schedule above.</p>
<p>Imballo: scatole da 50 pz, etichetta con n. ordine e posizione. Resa: franco Padova.</p>
<p>Buyer: Giulia Ferraresi - acquisti@euganei-vending.it</p>
"""), lang="it")),
])

# c08 EDI call-off with explicit staged material authority above the released quantity
case("c08", [], "call-off releasing 300 with explicit staged material authority up to 900; forecast labelled", [
    ("DELFOR_CO-7700456-03.txt", T("""
NORDVAG DRIVMEDEL AB  -  EDI DELFOR D.96A  -  HUMAN READABLE PRINTOUT
Interchange 000000412   Sender NORDVAG:ZZ   Receiver AXIOSTHERMO:ZZ   2024-08-26 07:02
-------------------------------------------------------------------------------
BGM+241+CO-7700456-03+9'                      Call-off (delivery schedule) no. 3
DTM+137:20240826:102'
NAD+BY+7350012340007::9'                      Nordväg Drivmedel AB, Göteborg
NAD+SE+5200118822003::9'                      Axios Thermoplastics S.A., Thessaloniki
LIN+1++DT-450:IN'                             Drip tray DT-450 rev C
RFF+ON:7700456'                               Blanket PO 7700456 rev 2 (covers 1 800 pcs)
-------------------------------------------------------------------------------
QTY+12:12:PCE'          Samples delivered (PO line 10)                 12
QTY+113:300:PCE'        RELEASED FOR PRODUCTION, delivery wk 36        300
SCC+1'                  (1 = firm)
QTY+3:900:PCE'          MATERIAL AUTHORITY, staged: sheet 1.4301 and PP granulate
                        for up to 900 pcs may be bought at Nordväg liability.
                        Material only - production above 300 is NOT released.
QTY+1:1800:PCE'         FORECAST wk 40-52 2024, cumulative, planning only
SCC+4'                  (4 = planning / forecast, not released)
-------------------------------------------------------------------------------
FTX+AAI+++Next production release comes with call-off no. 4 (planned wk 38),
FTX+AAI+++signed by Maria Holmstrom, Head of Store Equipment.
UNT+18+1'
""")),
])

# c09 signed auto-conversion record
case("c09", [], "explicit signed auto-conversion record naming quantity (400), signer and conditions", [
    ("AC-2024-004.docx", docx_bytes([
        ("h1", "Registrazione di auto-conversione / Auto-conversion record AC-2024-004"),
        ("p", "Distributori Euganei S.r.l. (buyer) - Savinja Kovina d.o.o. (supplier)"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Brewer piston BP-38, drawing 5120 rev 7, Ø38 h7, EN AW-6082 T6 + PTFE ring"],
            ["Order", "PO 4500032250 - line 10: 16 pilot pcs; line 20: 400 pcs"],
            ["Recorded", "3 June 2024, before the pilot pistons were made"],
        ]),
        ("h", "Statement"),
        ("p", "If the sample sign-off of the 16 pilot pistons (line 10) is approved by Ing. Marco Zanin, "
              "Ufficio Tecnico, with all characteristics of drawing 5120 rev 7 in tolerance and Cpk ≥ 1,33 "
              "on Ø38 h7, that sign-off releases 400 pcs (line 20) automatically. No further release "
              "letter is needed for these 400 pcs."),
        ("p", "Not covered by this record: the rest of the yearly quantity (1.184 pcs of 1.600). It is not "
              "released and needs a revised PO and a written release by Dott. Paolo Bellin."),
        ("p", "Material authority: for the 400 pcs of line 20 only, after the sign-off."),
        ("h", "Signatures"),
        ("table", [
            ["Role", "Name", "Date"],
            ["Release authority (buyer)", "Dott. Paolo Bellin, Direttore Operativo", "03/06/2024"],
            ["Engineering (buyer)", "Ing. Marco Zanin", "03/06/2024"],
            ["Acknowledged (supplier)", "Matej Kranjc, Savinja Kovina", "04/06/2024"],
        ]),
    ], author="Paolo Bellin")),
])

# c10 forwarded old quote (rfc822), declared informational; current scope restated
_c10_inner = mail(
    LILY, THABO, "Quotation XR-Q-22-140 spiral motor 24V", "Mon, 14 Nov 2022 15:40:00 +0800",
    T("""
Dear Thabo,

Thank you for your inquiry. Pls find our price for spiral motor XR-SM24-60 (24V DC, 60rpm, gearbox
metal):

  sample 10pcs      USD 18.50/pc
  5 000pcs          USD 6.90/pc
  gearbox plastic option  -USD 0.45/pc

Lead time 35 days. Price valid 30 days.
""") + SIG_LILY)
_c10_txt = T("""
Hi Lily,

Forwarding your old 2022 quote below only for reference on the plastic gearbox option, our
engineers asked about it. It is informational: nothing in it is ordered or released, and the
5 000 pcs there was the old programme, it is not current.

Current scope stays as in PO KVD-24-0311: 10 sample motors only. The balance of 1 490 pcs is not
released until Riaan van der Merwe signs off the samples; then Lindiwe Dlamini releases in writing.

Can you tell me if the plastic gearbox is still available and the price difference today?

Cheers
""") + SIG_THABO
case("c10", [], "old quote with 5 000 pcs forwarded as rfc822, declared informational; scope restated", [
    ("fw_XR-Q-22-140.eml", eml_bytes(mail(
        THABO, LILY, "FW: Quotation XR-Q-22-140 spiral motor 24V", "Wed, 19 Jun 2024 11:05:00 +0200",
        _c10_txt, attachments=[("rfc822", _c10_inner)]))),
])

# c11 buyer corrects a quoted supplier line that assumes auto-conversion
_c11_q = T("""
On 10.06.2024 16:12, Andrei Mureșan wrote:
Dear Giulia,

samples BHL-1200 rev B will be ready 14.06, we send by courier. Once you approve the samples
we will roll straight into the 1.200 pcs, the tool stays in the machine.

Best regards,
Andrei
""")
_c11_txt = T("""
Buongiorno Andrei,

please no. Sample approval does not release the 1.200 pcs.

PO 4500031877 covers only the 24 samples. The balance stays on hold until Ing. Zanin signs the
sample report AND Dott. Paolo Bellin sends the written production release. Only his written
release unlocks the series.

Material: please buy granulate only for the 24 samples (material authority sample-only).

Grazie e buona giornata,
""") + SIG_GIULIA + "\n" + quote(_c11_q) + "\n"
case("c11", [], "buyer reply corrects the quoted supplier's 'roll straight into the 1.200'; complete scope", [
    ("re_samples_BHL-1200.eml", eml_bytes(mail(
        GIULIA, ANDREI, "R: samples BHL-1200 rev B", "Tue, 11 Jun 2024 08:47:00 +0200",
        _c11_txt, in_reply_to="<20240610161200.5521@somesplast.ro>"))),
])

# c12 WhatsApp: supplier says the deposit does not release production
case("c12", [], "supplier states 'the deposit does not release production'; buyer scope complete", [
    ("WhatsApp_Chat_Lily_Xinrui.txt", T("""
[03/07/2024, 08:31] Thabo Nkosi: Morning Lily 👋 deposit 30% for the tooling paid this morning, POP is on the mail
[03/07/2024, 08:32] Thabo Nkosi: Reminder our PO KVD-24-0311 is 10 sample motors only. Balance 1 490 on hold until Riaan signs off the samples, then Lindiwe releases in writing
[03/07/2024, 08:40] Lily Zhou: Good morning Thabo, thank you, received
[03/07/2024, 08:41] Lily Zhou: Just to be clear for our production team: the deposit is for the tooling only, the deposit does not release production. We make only the 10 samples now
[03/07/2024, 08:42] Lily Zhou: The 1 490 motors we wait for written release from Ms Dlamini after Riaan sign off
[03/07/2024, 08:45] Thabo Nkosi: 100% correct. Samples only for now 👍
[03/07/2024, 08:45] Thabo Nkosi: Shot Lily
""")),
])

# c13 supplier acknowledgement restating the hold, DOCX form attached, multipart/alternative
_c13_txt = T("""
Dear Morita-san,

Thank you for your PO 45-0185.

We acknowledge the PO as written: 30 pcs samples of CMB-6200 Rev 04 only. The balance 2,970 pcs of
the annual plan is not released, we understand this. We will buy SUS304 material for the 30 samples
only and will not prepare coil for the balance.

We will wait for your written release from Mr. Okabe after Ms. Hasegawa's sample sign-off.
Samples ship 2024/07/05 by air, invoice and material cert. with the goods.

Our acknowledgement form is attached (signed).
""") + SIG_KEVIN
_c13_docx = docx_bytes([
    ("h1", "Order Acknowledgement OA-24-0611"),
    ("p", "Fengyuan Jinmei Metal Co., Ltd. to Hoshikawa Office Coffee K.K."),
    ("table", [
        ["Item", "Content"],
        ["Customer PO", "45-0185 rev 0, dated 2024/06/11"],
        ["Part", "CMB-6200 Rev 04 coin mech bracket, SUS304 t1.2, PEM nut M4x0.7 x4"],
        ["Acknowledged quantity", "30 pcs samples"],
        ["Balance", "2,970 pcs - not released, we wait for written release (K. Okabe)"],
        ["Material we buy", "for 30 pcs samples only"],
        ["Sample ship date", "2024/07/05"],
    ]),
    ("p", "Signed: Kevin Lin, Sales Manager, 2024/06/13"),
], author="Kevin Lin")
case("c13", [], "supplier acknowledgement restating sample-only scope, the hold and sample-only material", [
    ("msg_OA-24-0611.eml", eml_bytes(mail(
        KEVIN, MORITA, "PO 45-0185 acknowledgement / CMB-6200 Rev 04", "Thu, 13 Jun 2024 16:20:00 +0800",
        _c13_txt, html=P(_c13_txt), cc=OKABE,
        attachments=[("OA-24-0611.docx", _c13_docx, DOCX_MT)]))),
])

# c14 supplier status report restating hold and sample-only material authority
case("c14", [], "supplier status report: 16 pilot done, balance 384 on hold, material sample-only", [
    ("SK-SR-2024-26.pdf", pdf([
        ("h1", "Savinja Kovina d.o.o."),
        ("p", SAVINJA + " - ISO 9001:2015, IATF 16949 (plant 2)"),
        ("h", "Status report week 26 / 2024 - customer Nordväg Drivmedel AB"),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["BP-38 pilot pistons, PO 7700471 line 10 (released)", "16 pcs", "produced 16, shipped 27.06."],
            ["BP-38 series, PO 7700471 line 20", "384 pcs", "on hold - not released"],
            ["Bar stock EN AW-6082 T6 Ø45", "for 16 pcs", "material authority sample-only"],
        ]),
        ("sp",),
        ("p", "We do not start the 384 pcs and we do not buy bar for them until we have the FAI sign-off "
              "from Mr. Johan Lindqvist and after that the written production release from Mrs. Maria "
              "Holmström."),
        ("p", "FAI report (dimensional, 5 pcs, Ø38 h7, Ra 0,4) is included in the shipment."),
        ("p", "Prepared: Nina Zupan, Quality. Checked: Matej Kranjc, Sales."),
    ], title="Status report wk26", author="Savinja Kovina")),
])

# c15 interim sample disposition with quantity and date limits
case("c15", [], "interim disposition with quantity/date limits that releases nothing by itself; hold, event, person", [
    ("QA-24-061_disposition.docx", docx_bytes([
        ("h1", "Interim Sample Disposition / 暫定処置 QA-24-061"),
        ("p", "Hoshikawa Office Coffee K.K. - Quality Assurance"),
        ("table", [
            ["Item", "Content"],
            ["Part", "Spiral motor XR-SM24-60 (24V DC, 60 rpm)"],
            ["Supplier", "Zhongshan Xinrui Micro-Motor Co., Ltd."],
            ["PO", "45-0178 rev 1: line 1 = 20 pcs samples; line 2 = 1,980 pcs (not released)"],
            ["Finding", "Noise 47 dB(A) at 24V, spec 45 dB(A). Life test 500 h: OK."],
        ]),
        ("h", "Disposition: INTERIM"),
        ("num", "Limit: up to 200 pcs in total."),
        ("num", "Limit: shipped before 30 September 2024."),
        ("num", "Use: field trial in 25 machines, Osaka area only."),
        ("num", "Supplier corrective action (gear backlash) due 15 August 2024."),
        ("p", "This interim disposition releases nothing by itself. A production release of up to "
              "200 pcs will be sent in writing by Kenji Okabe (Procurement Manager). The rest of "
              "line 2 stays on hold until full sample sign-off after the corrective action."),
        ("p", "Yuki Hasegawa, QA, 2024/07/08"),
    ], author="Yuki Hasegawa")),
])

# c16 deviation permit that leaves quantities untouched
case("c16", [], "deviation permit (gloss instead of matt) for the 24 samples; quantities and hold unchanged", [
    ("DP-24-017.pdf", pdf([
        ("h1", "DEROGA / DEVIATION PERMIT DP-24-017"),
        ("p", "Distributori Euganei S.r.l. - Ufficio Tecnico"),
        ("table", [
            ["Campo / Field", "Contenuto / Content"],
            ["Articolo / Part", "BHL-1200 rev B coperchio tramoggia / bean-hopper lid"],
            ["Fornitore / Supplier", "Somesplast SRL, Cluj-Napoca"],
            ["Ordine / PO", "4500031877 - 24 pz campioni / 24 pcs samples"],
            ["Deviazione / Deviation", "surface RAL 9005 gloss instead of matt (texture VDI 3400 ref. 27 "
                                       "not yet applied on tool)"],
            ["Validità / Valid for", "the 24 samples only"],
        ]),
        ("sp",),
        ("p", "The deviation is accepted for the fit check. It changes no quantity and no release "
              "status: PO 4500031877 stays at 24 pcs samples. The balance is not released until the "
              "sample sign-off by Ing. Marco Zanin and the written production release by Dott. Paolo "
              "Bellin. Series parts must have the texture VDI 3400 ref. 27."),
        ("p", "Ing. Marco Zanin - 12/06/2024"),
    ], title="DP-24-017", author="Distributori Euganei")),
])

# c17 Teams: go-ahead scoped to the 16 pilot pistons only
case("c17", [], "Teams go-ahead scoped to 'the 16 pilot pistons only' with hold, FAI event and Maria Holmström", [
    ("Teams_export_BP-38.txt", T("""
Microsoft Teams - chat export
Chat: Elin Sjöberg (Nordväg), Matej Kranjc (Savinja Kovina)
Exported: 2024-06-05 14:02 CEST

[2024-06-05 09:12] Matej Kranjc
Hi Elin, the bar for BP-38 is here since Monday, when can we start?

[2024-06-05 09:30] Elin Sjöberg
Hi Matej! Go ahead with the 16 pilot pistons only (PO 7700471 line 10).
The balance of 384 is not released until Johan has done the FAI sign-off, after that Maria Holmström releases it in writing.
Material only for the 16 please.

[2024-06-05 09:33] Matej Kranjc
Clear, 16 only. FAI report comes with the parts. Lp, Matej
""")),
])

# c18 PO full of quantity-like identifiers, complete scope note
case("c18", [], "sample PO full of quantity-like identifiers; balance 1 490 declared not released; event and person", [
    ("KVD-24-0355.pdf", pdf([
        ("h1", "KAROO VENDING DISTRIBUTORS (PTY) LTD"),
        ("p", KAROO + " - VAT 4820 2771 15"),
        ("h", "PURCHASE ORDER KVD-24-0355"),
        ("p", "Supplier: Zhongshan Xinrui Micro-Motor Co., Ltd. - Date 2024-07-15 - Terms: FCA Zhongshan, "
              "T/T 30 days."),
        ("table", [
            ["Line", "Part no.", "Description", "Qty", "Unit USD", "Total USD"],
            ["10", "XR-SM24-1500", "Spiral motor 24 V DC, 60 rpm, DRG 2400 Rev 12, connector JST XH 2.5",
             "10", "18.50", "185.00"],
        ]),
        ("sp",),
        ("p", "Specs: life test 500 h at 24 V, EN 60335-2-75 clearance, screws M4x0.7, supplier QMS "
              "ISO 9001:2015, RoHS 2011/65/EU."),
        ("h", "Scope of this PO"),
        ("p", "This PO covers 10 sample motors only. The production balance of 1 490 pcs (quote "
              "XR-Q-24-088) is not released. Unlock: sample sign-off by Riaan van der Merwe, Technical "
              "Manager; after that a written release by Lindiwe Dlamini, Operations Director. Material "
              "authority: sample-only (10 pcs)."),
        ("p", "Buyer: Thabo Nkosi"),
    ], title="KVD-24-0355", author="Karoo Vending Distributors")),
])

# c19 supplier portal order book with hold statuses and a labelled forecast
case("c19", [], "supplier portal order book: samples shipped, balance on hold with event and person, forecast labelled", [
    ("orderbook_nordvag.html", html_page("Axios customer orders - Nordväg", T("""
<h2>Axios Thermoplastics - Customer order book</h2>
<p>Customer: <b>Nordväg Drivmedel AB</b> (C-1044) &nbsp; Updated: 2024-07-01 06:00</p>
<table>
<tr><th>Order / line</th><th>Part</th><th>Qty</th><th>Status</th></tr>
<tr><td>7700456 / 10</td><td>DT-450 rev C drip tray - samples</td><td>12</td><td>released, shipped 04.06.2024</td></tr>
<tr><td>7700456 / 20</td><td>DT-450 rev C drip tray</td><td>1 788</td><td><b>ON HOLD - not released</b>. Waiting for sample sign-off (J. Lindqvist) and written release (M. Holmström).</td></tr>
<tr><td>Forecast 2025</td><td>DT-450 rev C</td><td>2 400</td><td>planning only - not an order</td></tr>
</table>
<p class="note">Material authority from customer: sample-only. No sheet or granulate is bought for line 20.</p>
<p>Contact: Giorgos Papadakis, Export Sales</p>
"""))),
])

# c20 deposit explicitly not a release (multipart/alternative)
_c20_txt = T("""
Gentile Andrei,

today we paid the tooling deposit of EUR 7.250,00 (50% of the tool CD-073, your offer
OF-2024-131). Bank copy will come from our accounting.

Please note: this payment is for the tool only and it does not release production. Under PO
4500032011 only the 50 T1 samples are to be made. The 4.950 series pieces are not released until
Ing. Zanin signs the T1 sample report; the written production release will then come from
Dott. Paolo Bellin. Material: granulate for the 50 samples only.

Cordiali saluti,
""") + SIG_GIULIA
case("c20", [], "tooling deposit paid and explicitly said not to release production; complete scope", [
    ("msg_4500032011.eml", eml_bytes(mail(
        GIULIA, ANDREI, "PO 4500032011 - CD-073 acconto stampo / tooling deposit",
        "Fri, 05 Jul 2024 12:10:00 +0200", _c20_txt, html=P(_c20_txt)))),
])

# c21 production release email saved as text (full balance, after the event)
case("c21", [], "written production release of the full balance 1 788 naming event, PO cover and authority", [
    ("PR-2024-014.txt", T("""
From:    Maria Holmström <maria.holmstrom@nordvag.se>
To:      Giorgos Papadakis <g.papadakis@axios-thermo.gr>
Cc:      Elin Sjöberg <elin.sjoberg@nordvag.se>; Johan Lindqvist <johan.lindqvist@nordvag.se>
Date:    Mon, 15 Jul 2024 09:05 +0200
Subject: Production release PR-2024-014 - DT-450 rev C

Dear Giorgos,

Production release PR-2024-014

  Part:            drip tray DT-450 rev C
  Unlock event:    sample sign-off SSR-2024-031 approved by Johan Lindqvist, and the field
                   test in 3 stations completed on 11 July 2024
  Released now:    1 788 pcs (PO 7700456 rev 2, line 20 = the full balance)
  Commercial cover: PO 7700456 rev 2, 1 800 pcs (12 samples + 1 788)
  Material:        for the 1 788 pcs released
  Delivery:        300 pcs per month from week 36, as per call-offs

With the 12 samples already delivered this is the full 1 800 pcs; nothing remains on hold.

Authorized: Maria Holmström, Head of Store Equipment

Med vänlig hälsning
Maria Holmström
Nordväg Drivmedel AB
""")),
])

# c22 minutes that keep the words apart
case("c22", [], "minutes separating PO issued, sample sign-off, production release; forecast labelled", [
    ("MoM_KVD_XR_2024-06-24.docx", docx_bytes([
        ("h1", "Minutes - supplier review Karoo / Xinrui"),
        ("p", "24 June 2024, Teams. Present: Thabo Nkosi, Riaan van der Merwe (Karoo); Lily Zhou, "
              "Liang Jianguo (Xinrui)."),
        ("num", "PO issued: KVD-24-0311 for 10 sample motors XR-SM24-60 (commercial document)."),
        ("num", "Sample sign-off: pending. Riaan van der Merwe, target 15 July (life test 500 h, noise, "
                "stall current at 24 V)."),
        ("num", "Production release: the balance of 1 490 pcs is not released. Lindiwe Dlamini, "
                "Operations Director, issues the production release in writing after the sample "
                "sign-off."),
        ("num", "Material authority: sample-only. Xinrui buys magnets and wire for 10 motors."),
        ("num", "Forecast 2025: about 6 000 pcs - planning only, not an order."),
        ("p", "Actions: Xinrui ships samples by 5 July (Lily). Karoo sends sign-off result by 15 July "
              "(Riaan)."),
    ], author="Thabo Nkosi")),
])

# c23 buyer hold notice as PDF attachment
_c23_pdf = pdf([
    ("h1", "HOLD NOTICE HN-24-007"),
    ("p", HOSHIKAWA),
    ("table", [
        ["Item", "Content"],
        ["Supplier", "Fengyuan Jinmei Metal Co., Ltd."],
        ["PO", "45-0185 - CMB-6200 Rev 04 coin mech bracket"],
        ["Active quantity", "30 pcs samples"],
        ["Balance", "2,970 pcs - ON HOLD, not released"],
        ["Unlock event", "sample sign-off by Yuki Hasegawa (QA), then revised PO"],
        ["Release authority", "Kenji Okabe, Procurement Manager"],
        ["Material authority", "sample-only (30 pcs)"],
    ]),
    ("sp",),
    ("p", "Issued 2024/06/12 by Kenji Okabe."),
], title="HN-24-007", author="Hoshikawa Office Coffee")
_c23_txt = T("""
Dear Mr. Lin,

Please find attached our hold notice HN-24-007 for PO 45-0185 (CMB-6200 Rev 04).
Please make only the 30 samples. The balance stays on hold as written in the notice.

Best regards,
Kenji Okabe
Procurement Manager
Hoshikawa Office Coffee K.K.
""")
case("c23", [], "cover mail with PDF hold notice: 30 samples active, balance on hold, event, Okabe named", [
    ("msg_HN-24-007.eml", eml_bytes(mail(
        OKABE, KEVIN, "Hold notice HN-24-007 / PO 45-0185", "Wed, 12 Jun 2024 11:30:00 +0900",
        _c23_txt, cc=MORITA, attachments=[("HN-24-007.pdf", _c23_pdf, PDF_MT)]))),
])

# c24 ERP PO printout with sample line and held production line
case("c24", [], "ERP PO with pilot line 16 and series line 384 marked not released, FAI event, Maria named", [
    ("PO_7700471.txt", T("""
NORDVÄG DRIVMEDEL AB                                   INKÖPSORDER / PURCHASE ORDER
Store Equipment                                          Sida 1 av 1
-------------------------------------------------------------------------------
Ordernr: 7700471        Datum: 2024-06-03        Leverantör: 20871 Savinja Kovina d.o.o.
Er ref: Matej Kranjc     Vår ref: Elin Sjöberg    Leveransvillkor: DAP Mölndal
-------------------------------------------------------------------------------
Rad Artikel     Benämning                         Antal  Enh  à-pris EUR   Belopp
 10 BP-38       Brewer piston DRG 5120 rev 7         16  st      38,00     608,00
                PILOT / FAI - active now
 20 BP-38       Brewer piston DRG 5120 rev 7        384  st      14,20   5 452,80
                NOT RELEASED - ON HOLD until FAI sign-off by J. Lindqvist;
                production release in writing by M. Holmström (Head of Store Equipment).
                Do not produce, do not buy bar stock for this line.
-------------------------------------------------------------------------------
                                                      Summa EUR     6 060,80
Material authority: line 10 only (16 pcs).
Material: EN AW-6082 T6, hard anodised 25 µm, PTFE ring 38x2,5.
""")),
])

# c25 internal quote comparison (no authorization)
case("c25", [], "internal quote comparison with sample/series tiers from three suppliers; no order placed", [
    ("confronto_offerte_DT.html", html_page("Confronto offerte vassoio", T("""
<h2>Confronto offerte - vassoio raccogligocce (drip tray) per distributori caffè</h2>
<p>Distributori Euganei S.r.l. - uso interno / internal use. Preparato da G. Ferraresi, 18/06/2024.</p>
<table>
<tr><th>Fornitore</th><th>Offerta</th><th>Campioni</th><th>Prezzo campione</th><th>Serie</th><th>Prezzo serie</th><th>Stampo</th><th>Lead time</th></tr>
<tr><td>Axios Thermoplastics (GR)</td><td>AX-Q-24-061</td><td>20 pz</td><td>EUR 22,40</td><td>1.500 pz</td><td>EUR 6,85</td><td>EUR 9.800,00</td><td>6 sett.</td></tr>
<tr><td>Somesplast (RO)</td><td>OF-2024-140</td><td>20 pz</td><td>EUR 19,00</td><td>1.500 pz</td><td>EUR 7,10</td><td>EUR 11.200,00</td><td>7 sett.</td></tr>
<tr><td>Zhongshan Jiale Plastic (CN)</td><td>JL-240611</td><td>20 pz</td><td>USD 15,00</td><td>1.500 pz</td><td>USD 4,90</td><td>USD 6.500,00</td><td>10 sett. + nave</td></tr>
</table>
<p class="note">Solo valutazione interna. Nessun ordine emesso, niente rilasciato. / For internal
evaluation only. No order placed, nothing released.</p>
<p>Proposta: richiedere campioni a Axios; decisione in riunione acquisti del 25/06.</p>
"""), lang="it")),
])


# =================================================================== POSITIVE
# ---------------------------------------------------------------- TXT
# p01 mail saved as text: 16 pilot pistons ordered, series 400/yr beside it, no hold/event/person
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 16 pistons with the 400/yr series quantity beside it; no hold, no event, no release person", [
    ("PO_7700471_mail.txt", T("""
From:    Elin Sjöberg <elin.sjoberg@nordvag.se>
To:      Matej Kranjc <matej.kranjc@savinja-kovina.si>
Date:    Tue, 4 Jun 2024 08:41 +0200
Subject: PO 7700471 - brewer piston BP-38

Hej Matej,

Thank you for the offer SK-P-24-033.

We order now the sixteen (16) pilot pistons BP-38 (DRG 5120 rev 7) to PO 7700471, delivery to our
workshop in Mölndal week 26. Price EUR 38,00/pc as offered for pilot.

For the series we count with 400 pcs per year, EUR 14,20/pc as in your offer, delivery in lots of
100 pcs with returnable boxes.

Please confirm the delivery date.

Med vänliga hälsningar / Best regards
Elin Sjöberg
Category Buyer, Store Equipment
Nordväg Drivmedel AB
+46 31 704 22 10
""")),
])

# p02 WeChat: complete scope, then "Green light, please proceed" after the sample test
case("p02", ["RG002", "RG007"],
     "after the sample test the buyer writes 'Green light, please proceed' against his own written-release rule; supplier starts the 1,980", [
    ("WeChat_Lily_Zhou_20240709.txt", T("""
WeChat chat history
Chat: Lily Zhou (Xinrui Motor) / 森田 Takeshi Morita
Exported 2024-07-09 19:02

2024-06-11 09:40  Takeshi Morita: Lily-san, PO 45-0214 is sent by mail. It is for 20 pcs samples XR-SM24-60 only.
2024-06-11 09:41  Takeshi Morita: Balance 1,980 pcs is not released. After Ms. Hasegawa sample sign-off, Mr. Okabe will send the written release.
2024-06-11 09:55  Lily Zhou: Received Morita-san, thank you! Samples ready end of June 😊
2024-07-08 15:20  Lily Zhou: Morita-san how is the sample test? Our line is ready, we can start next Monday
2024-07-09 11:02  Takeshi Morita: Hasegawa-san finished the test today, result is all OK.
2024-07-09 11:02  Takeshi Morita: Green light, please proceed 👍
2024-07-09 11:10  Lily Zhou: Great!! Thank you so much. We start the 1,980pcs on Monday
2024-07-09 11:11  Takeshi Morita: 🙇‍♂️
""")),
])

# p03 Teams: hold, event and person named, then "good to run, go ahead" with no quantity
case("p03", ["RG002", "RG010"],
     "'you are good to run, go ahead' with no quantity and no sample-only scope; hold, event and Bellin named", [
    ("Teams_export_4500032377.txt", T("""
Microsoft Teams - chat export
Chat: Giulia Ferraresi (Distributori Euganei), Matej Kranjc (Savinja Kovina)
Exported: 2024-06-19 16:48 CEST

[2024-06-19 08:52] Matej Kranjc
Good morning Giulia, PO 4500032377 received, thank you. Bar stock Ø45 is here. Can we start?

[2024-06-19 09:20] Giulia Ferraresi
Ciao Matej! Yes. The balance stays on hold until Ing. Zanin has signed the sample report, then Dott. Bellin releases it in writing.
For now you are good to run, go ahead 🙂

[2024-06-19 09:22] Matej Kranjc
Perfect, we start tomorrow morning. Lp
""")),
])

# p04 ERP sample PO, quote reference only, no hold/event/person
case("p04", ["RG003", "RG004", "RG005"],
     "sample PO for 20 drip trays referencing a sample+series offer; never says the balance is not released, no event, no person", [
    ("OdA_4500032301.txt", T("""
DISTRIBUTORI EUGANEI S.R.L.                 ORDINE DI ACQUISTO / PURCHASE ORDER
Via dell'Industria 14 - 35129 Padova            P.IVA IT04418820287
===============================================================================
N. ordine : 4500032301          Data : 10/06/2024         Pag. 1/1
Fornitore : AXIOS THERMOPLASTICS S.A. (F00872) - SINDOS, THESSALONIKI (GR)
Offerta di riferimento : AX-Q-24-061 (campioni + serie)
-------------------------------------------------------------------------------
Pos Articolo     Descrizione                        Q.tà UM  Prezzo     Importo
 10 DT-450-IT    VASSOIO RACCOGLIGOCCE / DRIP TRAY    20  PZ  EUR 22,40  EUR 448,00
                 CAMPIONI / SAMPLES - DIS. DT-450 REV C
                 GRIGLIA INOX AISI 304, VASCA PP
-------------------------------------------------------------------------------
                                                     Totale EUR         448,00
Note:
 Campionatura per prova nei nostri distributori in campo.
 Samples for test in our machines on site (Padova, Vicenza).
 Consegna: franco destino Padova entro 05/07/2024.
 Certificato MOCA (Reg. CE 1935/2004) da allegare alla consegna.
Pagamento: 60 gg d.f.f.m.
Ufficio Acquisti - G. Ferraresi
===============================================================================
""")),
])

# p05 WhatsApp: "samples as per your quote", rest on hold until further notice, Lindiwe named
case("p05", ["RG004", "RG010"],
     "'send the samples as per your quote' with no quantity; rest 'on hold until further notice' (no event); Lindiwe named", [
    ("WhatsApp_Chat_Lily_Zhou.txt", T("""
[12/06/2024, 09:14] Thabo Nkosi: Howzit Lily. PO KVD-24-0340 for the spiral motors is on its way, accounts is just loading it
[12/06/2024, 09:15] Thabo Nkosi: Just send the samples for now hey. The rest of the motors are on hold until further notice
[12/06/2024, 09:15] Thabo Nkosi: Lindiwe (our Ops Director) will release them, not me
[12/06/2024, 09:31] Lily Zhou: Ok Thabo noted. How many samples you need? Quotation has 10 and 20
[12/06/2024, 09:40] Thabo Nkosi: Just send the samples as per your quote, no stress 👍
[12/06/2024, 09:41] Lily Zhou: OK 👌
""")),
])

# p06 X12 850 printout: hold and event, release by "purchasing department"
case("p06", ["RG005"],
     "EDI 850 with 12 samples active and production line on hold until sample sign-off, but release 'by purchasing department' (no person)", [
    ("X12_850_7700512.txt", T("""
NORDVAG DRIVMEDEL AB - X12 850 PURCHASE ORDER - PRINTOUT FOR SUPPLIER
Generated 2024-06-03 06:12 by EDI gateway  ICN 000004471
-------------------------------------------------------------------------------
ST*850*0001
BEG*00*SA*7700512**20240603          ORIGINAL / STAND-ALONE ORDER
CUR*BY*EUR
PER*BD*PURCHASING DEPT*TE*46317042200
N1*ST*NORDVAG WORKSHOP MOLNDAL*92*MOL01
N1*SE*AXIOS THERMOPLASTICS SA*92*200871
PO1*10*12*EA*24.10**VP*DT-450*BP*NV-448812
  MSG*SAMPLE LINE. 12 PCS FOR FIT CHECK IN 3 STATIONS.
DTM*002*20240628
PO1*20*1788*EA*21.90**VP*DT-450*BP*NV-448812
  MSG*PRODUCTION LINE - NOT RELEASED. ON HOLD UNTIL SAMPLE SIGN-OFF
  MSG*(FIT CHECK + 200 DISHWASHER CYCLES 65 C).
  MSG*RELEASE WILL BE ISSUED BY NORDVAG PURCHASING DEPARTMENT.
  MSG*MATERIAL AUTHORITY: SAMPLE LINE ONLY.
CTT*2*1800
SE*17*0001
-------------------------------------------------------------------------------
""")),
])

# p07 LINE chat: supplier has slit coil for 3,000 and will start the 2,970 on sample approval
case("p07", ["RG006", "RG007"],
     "supplier reports coil slit for 3,000 against a 30-sample PO and says it starts the 2,970 as soon as QA approves samples", [
    ("LINE_Kevin_Lin_Jinmei.txt", T("""
[LINE] Chat history with Kevin Lin (Jinmei)
Saved on: 2024/07/02 18:22

2024/06/11(Tue)
10:05	Takeshi Morita	Kevin-san, PO 45-0185 sent. 30 pcs samples only. Balance 2,970 pcs not released until Ms. Hasegawa sample sign-off, then Mr. Okabe will send written release.
10:31	Kevin Lin	Noted Morita-san, thank you 🙏

2024/07/01(Mon)
16:48	Kevin Lin	Morita-san, 30pcs samples will ship Thursday by air.
16:49	Kevin Lin	FYI we already slit the SUS304 coil for 3,000 pcs and keep in our warehouse, so the lead time can be short
16:50	Kevin Lin	And when your QA approve the samples, we will start the 2,970 immediately, no need to wait, to catch your August launch 👍
17:20	Takeshi Morita	Thank you Kevin-san. We check the samples next week.
""")),
])

# p08 supplier MRP printout: forecast converted to firm order, magnets bought for 6 010
case("p08", ["RG006", "RG008"],
     "supplier MRP turns the customer's 12-month forecast into a FIRM ORDER and buys magnets for 6 010 against a 10-sample order", [
    ("MRP_KVD_20240621.txt", T("""
ZHONGSHAN XINRUI MICRO-MOTOR CO., LTD.        MRP RUN 2024-06-21 08:00   (K3 ERP)
Customer: KAROO VENDING DISTRIBUTORS (KVD)     Item: XR-SM24-60 spiral motor 24V 60rpm
===============================================================================
DEMAND
Source                                   Qty      Type            Due
SO-24-0611  (cust. PO KVD-24-0311)          10     SAMPLE ORDER    2024-07-05
KVD 12-month forecast (rcv 2024-06-05)   6,000     FIRM ORDER      2024-07..2025-06
  ^ converted forecast -> firm order by Sales (Lily Z.) 2024-06-20
-------------------------------------------------------------------------------
PLANNED / RELEASED PURCHASES
Component                          Req.qty   Action                  Status
Magnet ferrite Y30 arc 22x8        6,010     PO PR-5521 to supplier  PLACED 06-21
Copper enamel wire 0.18 mm           42 kg   PO PR-5522              PLACED 06-21
Gearbox housing PA66-GF30          6,010     planned order           open
Shaft SUS420 d4 x 28               6,010     planned order           open
-------------------------------------------------------------------------------
Remark (Sales): customer forecast treated as firm order to keep magnet price before
July increase (+12%). Production plan: 500 pcs/month from week 30.
===============================================================================
""")),
])

# p09 Teams: supplier plans to continue with the 384 right after FAI OK; buyer agrees
case("p09", ["RG007"],
     "supplier will run the 384 directly after FAI OK with 'no waiting for paper'; buyer agrees against her own written-release rule", [
    ("Teams_export_7700489.txt", T("""
Microsoft Teams - chat export
Chat: Elin Sjöberg (Nordväg), Matej Kranjc (Savinja Kovina)
Exported: 2024-06-26 11:15 CEST

[2024-06-24 13:02] Elin Sjöberg
Hi Matej, to be clear on PO 7700489: 16 pilot pistons only. The 384 series are not released until Johan's FAI sign-off, then Maria Holmström releases in writing.

[2024-06-26 10:41] Matej Kranjc
Understood Elin. Just to plan: when Johan gives FAI OK we continue directly with the 384 in the same week, the set-up stays on the machine. So no waiting for paper.

[2024-06-26 10:58] Elin Sjöberg
Sounds good, thanks Matej! 👍
""")),
])

# p10 X12 830: forecast weeks declared firm orders
case("p10", ["RG008"],
     "830 planning schedule whose header declares all forecast quantities firm orders to produce and ship", [
    ("X12_830_NV_20240628.txt", T("""
NORDVAG DRIVMEDEL AB - X12 830 PLANNING SCHEDULE - PRINTOUT
Generated 2024-06-28 05:40   ICN 000004502   To: AXIOS THERMOPLASTICS SA (200871)
-------------------------------------------------------------------------------
ST*830*0001
BFR*05**PS-2024-26*DL*A*20240701*20241229*20240628
N1*ST*NORDVAG CENTRAL WAREHOUSE ALINGSAS*92*ALI01
LIN**VP*DT-450*BP*NV-448812
UIT*EA
  NOTE: ROLLING FORECAST 26 WEEKS.
  NOTE: ALL FORECAST QUANTITIES BELOW ARE CONFIRMED AS FIRM ORDERS.
  NOTE: PLEASE PRODUCE AND SHIP ACCORDING TO THIS SCHEDULE.
FST*150*C*W*20240902          wk 36     150
FST*150*C*W*20240916          wk 38     150
FST*300*C*W*20241007          wk 41     300
FST*300*C*W*20241028          wk 44     300
FST*300*C*W*20241118          wk 47     300
FST*300*C*W*20241209          wk 50     300
                              total   1 500
CTT*1*1500
SE*15*0001
-------------------------------------------------------------------------------
""")),
])

# p11 SAP output: "RELEASED" (release strategy) beside production release text
case("p11", ["RG009"],
     "SAP PO shows 'RELEASED' for the purchasing release strategy while the text uses 'production release'; scope otherwise complete", [
    ("SAP_ME9F_7700456.txt", T("""
SAP ECC - ME9F Message output - PURCHASE ORDER (copy for supplier)
Nordväg Drivmedel AB, Company code 1100, Purch. org. NV10, Purch. group S21
-------------------------------------------------------------------------------
Purchasing document 7700456        Doc. type NB       Date 03.06.2024
Vendor 200871  AXIOS THERMOPLASTICS S.A.             Currency EUR
Release strategy N2 : RELEASED   (rel. code 02 - M. Holmström, 03.06.2024)
-------------------------------------------------------------------------------
Item  Material     Short text                        Qty     Un  Net price
00010 NV-448812    DT-450 drip tray rev C SAMPLES       12     ST     24,10
00020 NV-448812    DT-450 drip tray rev C            1.788     ST     21,90
-------------------------------------------------------------------------------
Item text 00010: Samples for fit check. Produce now.
Item text 00020: Production release NOT given. This item is on hold until the
                 sample sign-off by J. Lindqvist. Production release will be
                 given in writing by M. Holmström, Head of Store Equipment.
                 Material authority: item 00010 only.
Total net value EUR 39 447,40
""")),
])

# p12 WhatsApp: advance paid, "so you can start the production of the 4.950"
case("p12", ["RG012"],
     "buyer tells the supplier the tool advance is paid 'so you can start the production of the 4.950', overriding her written-release scope", [
    ("WhatsApp_Chat_Andrei_Somesplast.txt", T("""
[17/06/2024, 10:02] Giulia Ferraresi: Buongiorno Andrei! For CD-073: PO 4500032088 = 50 T1 samples only. Series 4.950 pcs not released until Ing. Zanin signs the T1 report, then written release from Dott. Bellin
[17/06/2024, 10:20] Andrei Mureșan: Good morning Giulia, clear, thank you
[08/07/2024, 14:35] Andrei Mureșan: Giulia, tool is finished, T1 samples next week. Our accounting asks about the 50% tool payment 🙏
[09/07/2024, 09:12] Giulia Ferraresi: Anticipo pagato oggi! The advance for the tool is paid today, so you can start the production of the 4.950 series pcs 💪 no need to wait
[09/07/2024, 09:30] Andrei Mureșan: Super, thank you. We start the series on Monday
""")),
])

# ---------------------------------------------------------------- EML
# p13 sample PO mail with PO and supplier offer (2.400 series) attached; no hold
_p13_txt = T("""
Buongiorno Andrei,

in attachment our purchase order 4500031877 for the bean-hopper lids BHL-1200 rev B,
twenty-four (24) pcs samples, price as your offer OF-2024-118. I attach also your offer again,
the one with the series price for 2.400 pcs, so you have all in one mail.

Delivery Padova within week 27. Please send us the order confirmation.

Cordiali saluti,
""") + SIG_GIULIA
_p13_po = pdf([
    ("h1", "DISTRIBUTORI EUGANEI S.R.L."),
    ("p", EUGANEI + " - P.IVA IT04418820287"),
    ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER 4500031877"),
    ("p", "Fornitore / Supplier: Somesplast SRL, Cluj-Napoca (F00541). Data: 03/06/2024. "
          "Resa: franco Padova. Pagamento: 60 gg d.f.f.m."),
    ("table", [
        ["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo", "Importo"],
        ["10", "BHL-1200 rev B", "Coperchio tramoggia caffè 1,2 kg / bean-hopper lid, ABS nero", "24 pz",
         "EUR 18,40", "EUR 441,60"],
    ]),
    ("sp",),
    ("p", "Campioni secondo offerta OF-2024-118. Consegna entro settimana 27."),
    ("p", "Emesso da / issued by: Giulia Ferraresi, Ufficio Acquisti"),
], title="PO 4500031877", author="Distributori Euganei")
_p13_offer = pdf([
    ("h1", "SOMESPLAST SRL"),
    ("p", SOMES),
    ("h", "OFERTA / QUOTATION OF-2024-118"),
    ("p", "Client: Distributori Euganei S.r.l. Date: 15.05.2024. Item: bean-hopper lid BHL-1200 rev B, "
          "ABS black, hinge pin Ø3 stainless."),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price", "Total"],
        ["1", "Samples from series tool", "24 pcs", "EUR 18,40", "EUR 441,60"],
        ["2", "Series", "2.400 pcs", "EUR 2,95", "EUR 7.080,00"],
        ["3", "Tool modification (hinge boss)", "1", "EUR 1.850,00", "EUR 1.850,00"],
    ]),
    ("sp",),
    ("p", "Lead time samples 3 weeks, series 4 weeks. Validity 60 days. ISO 9001:2015."),
], title="OF-2024-118", author="Somesplast SRL")
case("p13", ["RG001", "RG003", "RG004", "RG005"],
     "24-sample PO mail attaches the offer with 2.400 series pcs, nothing says not released; no event, no release person", [
    ("msg_4500031877.eml", eml_bytes(mail(
        GIULIA, ANDREI, "Ordine 4500031877 - BHL-1200 rev B campioni", "Mon, 03 Jun 2024 15:26:00 +0200",
        _p13_txt, html=P(_p13_txt),
        attachments=[("PO_4500031877.pdf", _p13_po, PDF_MT), ("OF-2024-118.pdf", _p13_offer, PDF_MT)]))),
])

# p14 two-level quoted thread: buyer's complete scope quoted; top reply "Rev D is approved - go ahead"
_p14_lvl2 = T("""
From: Elin Sjöberg
Sent: den 3 juni 2024 14:10
PO 7700456 is sent: 12 pcs samples DT-450 rev C only. The balance 1 788 pcs is not released until
Johan Lindqvist's sample sign-off; then Maria Holmström releases in writing.
""")
_p14_lvl1 = T("""
From: Giorgos Papadakis
Sent: Thursday, June 13, 2024 17:45
Subject: DT-450 grid radius / drawing rev D

Dear Elin,

after the first shots we propose to change the grid radius R1 to R2 on the front edge, it is
better for the stainless bending and for the hand of the station staff. Drawing DT-450 rev D
attached. Can you approve?

Kind regards,
Giorgos
""") + "\n" + quote(_p14_lvl2)
_p14_txt = T("""
Hi Giorgos,

Johan checked drawing DT-450 rev D with the R2 radius, he is happy with it.

Rev D is approved - go ahead!

/Elin
""") + SIG_ELIN + "\n" + quote(_p14_lvl1)
case("p14", ["RG002"],
     "reply 'Rev D is approved - go ahead!' names no quantity and no sample-only scope; quoted buyer scope is complete", [
    ("re_DT-450_revD.eml", eml_bytes(mail(
        ELIN, GIORGOS, "SV: DT-450 grid radius / drawing rev D", "Fri, 14 Jun 2024 09:02:00 +0200",
        _p14_txt, in_reply_to="<a7c21e90-1145@axios-thermo.gr>"))),
])

# p15 two-level quote; tooling invoice paid -> "green light - proceed"; POP text attachment
_p15_lvl2 = T("""
From: Thabo Nkosi
Sent: 05 June 2024 10:12
PO KVD-24-0311 covers 10 sample motors only. Balance 1 490 pcs not released until Riaan signs off
the samples; Lindiwe Dlamini releases in writing.
""")
_p15_lvl1 = T("""
On Tue, 11 Jun 2024 at 16:02, Lily Zhou wrote:
Dear Thabo,

Tool is ready, samples will finish this week. Please arrange the tooling payment USD 3,600 as
per our invoice XR-INV-24-077.

Best regards
Lily
""") + "\n" + quote(_p15_lvl2)
_p15_txt = T("""
Hi Lily,

Tooling invoice XR-INV-24-077 paid yesterday, POP attached.

So you have the green light from our side - proceed!

Cheers
""") + SIG_THABO + "\n" + quote(_p15_lvl1)
_p15_pop = T("""
FNB CORPORATE - PROOF OF PAYMENT
Date: 2024/06/12  Time: 15:44
Reference: KVD TOOL XR-INV-24-077
From account: KAROO VENDING DISTRIBUTORS (PTY) LTD  62xxxxxx318
Beneficiary: ZHONGSHAN XINRUI MICRO-MOTOR CO LTD
Beneficiary bank: BANK OF CHINA ZHONGSHAN BRANCH  SWIFT BKCHCNBJ45A
Amount: USD 3,600.00
MT103 UETR: 6f1c0b2a-44d0-4e1b-9c51-0a7d2b6e3390
Status: PROCESSED
""")
case("p15", ["RG002", "RG012"],
     "tooling payment presented as the reason for an unscoped 'green light - proceed'; quoted buyer scope is complete", [
    ("re_XR-INV-24-077.eml", eml_bytes(mail(
        THABO, LILY, "RE: tooling payment XR-INV-24-077", "Thu, 13 Jun 2024 08:15:00 +0200",
        _p15_txt, in_reply_to="<h223-lily-0611@xinrui-motor.cn>",
        attachments=[("POP_FNB_20240612.txt", _p15_pop, "text/plain")]))),
])

# p16 "approved" for ringi, QA and mass production; samples "as your quotation"; QA/management only
_p16_txt = T("""
Dear Mr. Lin,

Thank you for your quotation TJ-Q-2405.

Our internal approval (ringi) for this purchase is approved by our management, so we send PO
45-0185 today.

Please make the samples of coin mech bracket CMB-6200 Rev 04 as your quotation, with PEM nut
M4x0.7 and passivation as drawing.

After the samples are approved by our QA, the mass production will be approved separately by
our management. Until then the balance is not released.

Thank you for your cooperation.
""") + SIG_MORITA
case("p16", ["RG005", "RG009", "RG010"],
     "'approved' for ringi, samples and mass production; samples 'as your quotation' (no quantity); only QA/management named", [
    ("msg_PO_45-0185.eml", eml_bytes(mail(
        MORITA, KEVIN, "PO 45-0185 CMB-6200 Rev 04 samples", "Tue, 11 Jun 2024 10:05:00 +0900", _p16_txt))),
])

# p17 quoted reply: "24 pcs" then "twenty (20) pcs samples only"; series on hold, Bellin decides (no event)
_p17_q = T("""
On 04/06/2024 09:10, Andrei Mureșan wrote:
Dear Giulia,
thank you for PO 4500031877. Please confirm the quantity for the samples, in the PO I see 24 pcs.
Best regards, Andrei
""")
_p17_txt = T("""
Buongiorno Andrei,

yes, PO 4500031877 is for 24 pcs samples BHL-1200 rev B, please produce 24.

The rest of the lids (series) stays on hold, Dott. Paolo Bellin will decide about it.

So to summarize: twenty (20) pcs samples only for this PO, delivery Padova by 5 July.

Grazie,
""") + SIG_GIULIA + "\n" + quote(_p17_q) + "\n"
case("p17", ["RG004", "RG011"],
     "one mail states 24 and later 'twenty (20)' samples for the same PO; series on hold with Bellin named but no unlock event", [
    ("re_4500031877_BHL.eml", eml_bytes(mail(
        GIULIA, ANDREI, "R: PO 4500031877 quantity", "Tue, 04 Jun 2024 11:32:00 +0200",
        _p17_txt, in_reply_to="<20240604091000.4410@somesplast.ro>"))),
])

# p18 supplier status with quoted complete scope: magnets and wire bought for 1 500
_p18_q = T("""
On 2024-06-05 10:12, Thabo Nkosi wrote:
Hi Lily,
PO KVD-24-0311 attached: 10 sample motors only. Balance 1 490 not released until Riaan signs off the
samples; release in writing by Lindiwe Dlamini. Material authority: sample-only.
Cheers, Thabo
""")
_p18_txt = T("""
Dear Thabo,

Good news: samples finish test in our lab, life test 500h pass, noise 43 dB(A).

Also to keep the price (ferrite magnet price go up 12% from July) we already purchase magnet and
copper wire for 1 500 motors, stock in our warehouse.

Samples ship by DHL on Friday, AWB I send you tomorrow.
""") + SIG_LILY + "\n" + quote(_p18_q) + "\n"
case("p18", ["RG006"],
     "supplier has bought magnets and wire for 1 500 motors against a 10-sample, sample-only material authority", [
    ("re_KVD-24-0311_status.eml", eml_bytes(mail(
        LILY, THABO, "RE: PO KVD-24-0311 spiral motor samples", "Wed, 26 Jun 2024 17:48:00 +0800",
        _p18_txt, in_reply_to="<h223-thabo-0605@karoovending.co.za>"))),
])

# p19 buyer on holiday: "if Marco says OK, just continue with the 384, no need to wait for Bellin"
_p19_lvl2 = T("""
Da: Giulia Ferraresi
Inviato: lunedì 17 giugno 2024 11:05
PO 4500032377: 16 pilot pistons BP-38 only. The balance of 384 pcs is not released until Ing. Zanin
signs the sample report; the written release comes from Dott. Paolo Bellin.
""")
_p19_lvl1 = T("""
From: Matej Kranjc
Sent: Wednesday, 10 July 2024 14:30
Dear Giulia, pilot pistons will be finished on 19.07. When can we expect the release for the 384?
Lp, Matej
""") + "\n" + quote(_p19_lvl2)
_p19_txt = T("""
Ciao Matej,

I am on holiday from Friday for two weeks. To not lose time: if Marco says the pistons are OK,
just continue with the 384, no need to wait for the paper from Dott. Bellin.

Grazie mille e buona estate!
""") + SIG_GIULIA + "\n" + quote(_p19_lvl1)
case("p19", ["RG007"],
     "buyer lets the sample OK roll straight into the 384 and waives her own written-release requirement", [
    ("re_BP-38_384.eml", eml_bytes(mail(
        GIULIA, MATEJ, "R: BP-38 pilot / 384 pcs", "Thu, 11 Jul 2024 08:20:00 +0200",
        _p19_txt, in_reply_to="<20240710143000.77@savinja-kovina.si>"))),
])

# p20 supplier: "as soon as Johan approves the samples we continue with the balance, no new paperwork"
_p20_q = T("""
On 03.06.2024 14:10, Elin Sjöberg wrote:
PO 7700456: 12 pcs samples only. Balance 1 788 not released until Johan Lindqvist's sample
sign-off, then written release from Maria Holmström.
""")
_p20_txt = T("""
Dear Elin,

The 12 samples DT-450 rev C left Thessaloniki today by truck, CMR no. 24-0619-07, ETA Mölndal
Tuesday.

As soon as Johan approves the samples we will continue with the balance of 1 788 pcs, no need for
new paperwork, the tool is in the machine anyway.
""") + SIG_GIORGOS + "\n" + quote(_p20_q) + "\n"
case("p20", ["RG007"],
     "supplier says sample approval lets it continue with the 1 788 balance without new paperwork; quoted buyer scope complete", [
    ("re_PO_7700456_shipment.eml", eml_bytes(mail(
        GIORGOS, ELIN, "RE: PO 7700456 DT-450 samples", "Wed, 19 Jun 2024 13:05:00 +0300",
        _p20_txt, in_reply_to="<h223-elin-0603@nordvag.se>"))),
])

# p21 forecast "please take this as our firm order" (multipart/alternative with table)
_p21_txt = T("""
Hi Lily,

Please find our 2025 forecast for the XR-SM24-60 spiral motors: 6 000 pcs, 500 per month from
January to December 2025.

Please take this forecast as our firm order and plan your capacity accordingly. Formal PO to
follow in due course.

Regards
""") + SIG_THABO
_p21_html = ("<html><body style=\"font-family:Calibri,Arial\"><p>Hi Lily,</p>"
             "<p>Please find our 2025 forecast for the XR-SM24-60 spiral motors: <b>6 000 pcs</b>, 500 per "
             "month from January to December 2025.</p>"
             "<table border=\"1\" cellpadding=\"3\"><tr><th>Quarter</th><th>Pcs</th></tr>"
             "<tr><td>Q1 2025</td><td>1 500</td></tr><tr><td>Q2 2025</td><td>1 500</td></tr>"
             "<tr><td>Q3 2025</td><td>1 500</td></tr><tr><td>Q4 2025</td><td>1 500</td></tr></table>"
             "<p>Please take this forecast as our firm order and plan your capacity accordingly. "
             "Formal PO to follow in due course.</p><p>Regards<br>Thabo Nkosi<br>Buyer<br>"
             "Karoo Vending Distributors (Pty) Ltd</p></body></html>\n")
case("p21", ["RG008"],
     "buyer asks the supplier to take the 6 000 pcs 2025 forecast as a firm order", [
    ("msg_KVD_2025.eml", eml_bytes(mail(
        THABO, LILY, "KVD 2025 spiral motors", "Mon, 01 Jul 2024 14:40:00 +0200",
        _p21_txt, html=_p21_html))),
])

# p22 forward (rfc822) of internal ringi: forecast approved as firm purchase commitment
_p22_inner = mail(
    OKABE, MORITA, "Ringi R-24-112 CMB-6200 FY2025", "Thu, 04 Jul 2024 18:10:00 +0900",
    T("""
Morita-san,

Ringi No. R-24-112 is approved by the board today.
FY2025 forecast for coin mech bracket CMB-6200: 3,000 pcs. This forecast quantity is approved as
our firm purchase commitment to Jinmei.
QA approved the samples on 3 July (report QA-24-061).

Please inform Jinmei.

Okabe
"""))
_p22_txt = T("""
Dear Mr. Lin,

For your information I forward our internal mail below.

Our management approved the FY2025 volume for CMB-6200 Rev 04: 3,000 pcs. This forecast is our
firm commitment to Jinmei. The samples were also approved by our QA on 3 July.

Please plan your capacity for FY2025.
""") + SIG_MORITA
case("p22", ["RG008", "RG009"],
     "forecast 3,000 'approved as firm purchase commitment'; 'approved' used for board ringi and QA samples (forwarded rfc822 + top text)", [
    ("fw_R-24-112.eml", eml_bytes(mail(
        MORITA, KEVIN, "FW: Ringi R-24-112 CMB-6200 FY2025", "Fri, 05 Jul 2024 09:30:00 +0900",
        _p22_txt, attachments=[("rfc822", _p22_inner)]))),
])

# p23 deposit paid -> "please proceed with the samples (pilot lot) only", no quantity anywhere
_p23_txt = T("""
Dear Giorgos,

We paid the 30% deposit on the tooling yesterday (EUR 2.940,00, your proforma AX-PF-24-052),
so please proceed with the samples (pilot lot) only, now.

The balance stays on hold until Ing. Zanin signs the pilot report; Dott. Paolo Bellin will
release it in writing.

Best regards,
""") + SIG_GIULIA
case("p23", ["RG010", "RG012"],
     "deposit payment given as the reason to start the pilot lot; the pilot quantity is never stated; hold, event, Bellin named", [
    ("msg_DT-450-IT_0627.eml", eml_bytes(mail(
        GIULIA, GIORGOS, "DT-450-IT tooling deposit / pilot lot", "Thu, 27 Jun 2024 10:15:00 +0200",
        _p23_txt, html=P(_p23_txt)))),
])

# p24 cover mail PO number differs from the attached PDF PO
_p24_po = pdf([
    ("h1", "KAROO VENDING DISTRIBUTORS (PTY) LTD"),
    ("p", KAROO),
    ("h", "PURCHASE ORDER KVD-24-0326"),
    ("p", "Supplier: Axios Thermoplastics S.A., Thessaloniki. Date: 2024-06-20. Terms: FCA Thessaloniki, "
          "30 days."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["10", "DT-450-ZA", "Drip tray, stainless grid 1.4301, PP tray, ZA version", "15", "24,60", "369,00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers 15 sample drip trays only. The balance of 1 185 pcs (quote AX-Q-24-077) is not "
          "released until Riaan van der Merwe signs off the samples; then Lindiwe Dlamini, Operations "
          "Director, releases in writing. Material authority: sample-only."),
    ("p", "Buyer: Thabo Nkosi"),
], title="KVD-24-0326", author="Karoo Vending Distributors")
_p24_txt = T("""
Dear Giorgos,

Please find attached our PO KVD-24-0362 for the 15 sample drip trays DT-450-ZA.
Kindly confirm receipt and the ship date.

Kind regards
""") + SIG_THABO
case("p24", ["RG011"],
     "cover mail names PO KVD-24-0362, the attached PO is KVD-24-0326; scope otherwise complete", [
    ("msg_KVD-24-0362.eml", eml_bytes(mail(
        THABO, GIORGOS, "PO KVD-24-0362 drip tray samples", "Thu, 20 Jun 2024 15:02:00 +0200",
        _p24_txt, attachments=[("KVD-24-0326.pdf", _p24_po, PDF_MT)]))),
])

# ---------------------------------------------------------------- PDF
# p25 PO: 30 samples, "Annual quantity 3,000 pcs" in remarks; no hold/event/person
case("p25", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (30 pcs) with 'annual quantity 3,000 pcs' in the remarks, not marked informational; no hold, event or release person", [
    ("PO_45-0201.pdf", pdf([
        ("h1", "HOSHIKAWA OFFICE COFFEE K.K."),
        ("p", HOSHIKAWA),
        ("h", "PURCHASE ORDER  No. 45-0201"),
        ("p", "Vendor: Fengyuan Jinmei Metal Co., Ltd. (V-30418)  /  Issue date: 2024/07/10  /  "
              "Incoterm: FOB Taichung  /  Payment: T/T 60 days after B/L"),
        ("table", [
            ["Ln", "Part No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["010", "CMB-6200 Rev 05", "Coin mech bracket SUS304 t1.2, new coin chute, PEM nut M4x0.7 x4",
             "30 pcs", "9.80", "294.00"],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "1. Samples for evaluation. Please attach dimensional report (DRG CMB-6200-05) and mill "
              "certificate."),
        ("p", "2. Annual quantity: 3,000 pcs, price USD 2.95 per quotation TJ-Q-2411."),
        ("p", "3. Delivery: 2024/08/05, by air to Osaka (KIX)."),
        ("p", "Issued by: Takeshi Morita, Purchasing Section"),
    ], title="PO 45-0201", author="Hoshikawa Office Coffee")),
])

# p26 hold notice: balance on hold "until further notice"; Maria named; no event
case("p26", ["RG004"],
     "hold notice with active 16, balance 384 'on hold until further notice' and Maria Holmström named, but no unlock event", [
    ("HN-2024-009.pdf", pdf([
        ("h1", "NORDVÄG DRIVMEDEL AB"),
        ("p", NORDVAG),
        ("h", "HOLD NOTICE HN-2024-009"),
        ("table", [
            ["Item", "Content"],
            ["To", "Savinja Kovina d.o.o., Celje - attn. Matej Kranjc"],
            ["PO", "7700471 - brewer piston BP-38, DRG 5120 rev 7"],
            ["Active quantity", "16 pilot pistons (line 10)"],
            ["Balance", "384 pcs (line 20) - ON HOLD until further notice"],
            ["Release authority", "Maria Holmström, Head of Store Equipment"],
            ["Material authority", "sample-only (16 pcs)"],
        ]),
        ("sp",),
        ("p", "Reason: the coffee module for our stations is under review by management after the "
              "spring pilot. We will come back to you."),
        ("p", "Göteborg, 2024-06-20. Elin Sjöberg, Category Buyer"),
    ], title="HN-2024-009", author="Nordväg Drivmedel AB")),
])

# p27 supplier production status: "release" three ways; granulate bought for 2.450 lids
case("p27", ["RG006", "RG009"],
     "supplier report uses 'release' for shipping, the PO and production, and shows granulate bought for 2.450 lids against 24 samples", [
    ("SP-RS-2024-25.pdf", pdf([
        ("h1", "SOMESPLAST SRL"),
        ("p", SOMES),
        ("h", "RAPORT STATUS PRODUCTIE / Production status report - week 25/2024"),
        ("p", "Customer: Distributori Euganei S.r.l., Padova. Prepared by: Ioana Popa, Production Planning."),
        ("table", [
            ["Item", "Reference", "Qty", "Status"],
            ["BHL-1200 rev B samples", "PO 4500031877", "24", "Released to customer 14.06 (shipped, DHL)"],
            ["BHL-1200 rev B series", "OF-2024-118", "2.400", "Customer release received (PO). "
             "Production release pending sample approval."],
            ["ABS granulate black", "supplier Polimer-X", "1.150 kg = 2.450 lids",
             "purchased 10.06 to keep price, in stock"],
            ["Hinge pin Ø3 inox", "-", "2.500", "ordered, delivery wk 27"],
        ]),
        ("sp",),
        ("p", "Machine: Engel 250 t, tool SP-T-0412 2 cavities, cycle 38 s. Capacity reserved weeks 28-29."),
    ], title="Status report wk25", author="Somesplast SRL")),
])

# p28 supplier quote whose terms make sample approval the release of the series
case("p28", ["RG007"],
     "quote terms: 'approval of the T1 samples is considered as release of the series order 5.000 pcs' (no recorded auto-conversion)", [
    ("OF-2024-152.pdf", pdf([
        ("h1", "SOMESPLAST SRL"),
        ("p", SOMES),
        ("h", "QUOTATION OF-2024-152"),
        ("p", "Customer: Nordväg Drivmedel AB, Göteborg - attn. Elin Sjöberg. Date: 12.06.2024. "
              "Item: cup dispenser CD-073 (73 mm cups) for the station coffee corners, PP black."),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price", "Total"],
            ["1", "T1 samples", "30 pcs", "EUR 9,80", "EUR 294,00"],
            ["2", "Series", "5.000 pcs", "EUR 3,10", "EUR 15.500,00"],
            ["3", "Injection tool 2 cav.", "1 set", "EUR 14.500,00", "EUR 14.500,00"],
        ]),
        ("sp",),
        ("h", "Commercial terms"),
        ("p", "1. Prices EXW Cluj-Napoca, Incoterms 2020. 2. Validity 60 days. 3. Payment tool 50/50, "
              "parts 60 days."),
        ("p", "4. Approval of the T1 samples by the customer is considered as release of the series order "
              "5.000 pcs; production starts within 5 working days from the sample approval."),
        ("p", "5. Tool remains property of the customer after full payment."),
        ("p", "Andrei Muresan, Sales Manager"),
    ], title="OF-2024-152", author="Somesplast SRL")),
])

# p29 supplier order confirmation built on the customer's forecast
case("p29", ["RG008"],
     "supplier confirms 'your order' of 1 800 pcs whose reference is the customer's H2 forecast", [
    ("AC-24-0418.pdf", pdf([
        ("h1", "AXIOS THERMOPLASTICS S.A."),
        ("p", AXIOS + " - VAT EL 094771203"),
        ("h", "ORDER CONFIRMATION AC-24-0418"),
        ("p", "Customer: Karoo Vending Distributors (Pty) Ltd, Midrand. Your reference: forecast H2/2024 "
              "dated 03.06.2024 (Mr. Thabo Nkosi). Date: 10.06.2024."),
        ("table", [
            ["Pos.", "Item", "Qty", "Unit EUR", "Delivery"],
            ["1", "DT-450-ZA drip tray", "300", "21,90", "July 2024"],
            ["2", "DT-450-ZA drip tray", "300", "21,90", "August 2024"],
            ["3", "DT-450-ZA drip tray", "300", "21,90", "September 2024"],
            ["4", "DT-450-ZA drip tray", "300", "21,90", "October 2024"],
            ["5", "DT-450-ZA drip tray", "300", "21,90", "November 2024"],
            ["6", "DT-450-ZA drip tray", "300", "21,90", "December 2024"],
            ["", "Total", "1 800", "", "EUR 39.420,00"],
        ]),
        ("sp",),
        ("p", "We thank you for your firm order based on your forecast H2/2024 and confirm the quantities "
              "and dates above. Production of the first lot starts week 27."),
        ("p", "Giorgos Papadakis, Export Sales"),
    ], title="AC-24-0418", author="Axios Thermoplastics")),
])

# p30 production release letter without a quantity
case("p30", ["RG010"],
     "release letter 'hereby releases the first production lot' without stating how many pieces; event, hold, person present", [
    ("PR-2024-011.pdf", pdf([
        ("h1", "NORDVÄG DRIVMEDEL AB"),
        ("p", NORDVAG),
        ("h", "PRODUCTION RELEASE PR-2024-011"),
        ("table", [
            ["Item", "Content"],
            ["To", "Axios Thermoplastics S.A., Thessaloniki"],
            ["Part", "Drip tray DT-450 rev C"],
            ["PO", "7700456 rev 2, line 20"],
            ["Unlock event", "sample sign-off SSR-2024-031 completed 11 July 2024 (Johan Lindqvist)"],
        ]),
        ("sp",),
        ("p", "Nordväg Drivmedel AB hereby releases the first production lot under PO 7700456 line 20. "
              "The remaining balance stays on hold until the next call-off."),
        ("p", "Authorized: Maria Holmström, Head of Store Equipment, 2024-07-12"),
    ], title="PR-2024-011", author="Nordväg Drivmedel AB")),
])

# p31 PO text says twenty (20) samples, table says 25
case("p31", ["RG011"],
     "PO body asks for 'twenty (20) pcs samples' while its line table orders 25; scope otherwise complete", [
    ("PO_45-0207.pdf", pdf([
        ("h1", "HOSHIKAWA OFFICE COFFEE K.K."),
        ("p", HOSHIKAWA),
        ("h", "PURCHASE ORDER  No. 45-0207"),
        ("p", "Vendor: Zhongshan Xinrui Micro-Motor Co., Ltd.  /  Issue date: 2024/06/24  /  FOB Zhongshan"),
        ("p", "Please supply twenty (20) pcs samples of spiral motor XR-SM24-60 for our evaluation "
              "(life test 500 h, noise at 24 V)."),
        ("table", [
            ["Ln", "Part No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["010", "XR-SM24-60", "Spiral motor 24V DC 60 rpm, samples", "25 pcs", "18.50", "462.50"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "The balance of the 2,000 pcs programme (quotation XR-Q-24-091) is not released. Unlock "
              "event: sample sign-off by Yuki Hasegawa (QA). Release authority: Kenji Okabe, "
              "Procurement Manager. Material authority: samples only."),
        ("p", "Issued by: Takeshi Morita, Purchasing Section"),
    ], title="PO 45-0207", author="Hoshikawa Office Coffee")),
])

# p32 supplier acknowledgement: PO acceptance taken as authority for mass production
case("p32", ["RG012"],
     "supplier acknowledgement reads acceptance of a sample PO as authority to start mass production", [
    ("JM-OA-24-0715.pdf", pdf([
        ("h1", "FENGYUAN JINMEI METAL CO., LTD."),
        ("p", JINMEI),
        ("h", "ORDER ACKNOWLEDGEMENT JM-OA-24-0715"),
        ("p", "To: Hoshikawa Office Coffee K.K., Purchasing Section, Mr. Takeshi Morita. Date: 2024/07/15."),
        ("table", [
            ["Your PO", "Part", "Item", "Status"],
            ["45-0212", "CMB-6200 Rev 05", "samples", "accepted, ship 2024/08/02"],
            ["45-0212", "CMB-6200 Rev 05", "mass production", "start 2024/08/05 (by PO acceptance)"],
        ]),
        ("sp",),
        ("p", "Your sample PO 45-0212 for CMB-6200 Rev 05 is accepted. With this PO acceptance we have "
              "the authority to start mass production, so production starts 2024/08/05 to keep your "
              "launch schedule. Tooling T-6200-05 (progressive die, 6 stations) is ready."),
        ("p", "Kevin Lin, Sales Manager"),
    ], title="JM-OA-24-0715", author="Fengyuan Jinmei Metal")),
])

# ---------------------------------------------------------------- DOCX
# p33 Word PO: 50 T1 samples; series 5.000 "firm commitment as per our forecast"; Bellin named
case("p33", ["RG001", "RG003", "RG004", "RG008"],
     "Word PO for 50 T1 samples states the 5.000 series as a 'firm commitment' from the forecast; balance never on hold, no event", [
    ("OdA_4500032420.docx", docx_bytes([
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER N. 4500032420"),
        ("p", EUGANEI),
        ("p", "Fornitore / Supplier: Somesplast SRL, Cluj-Napoca. Data: 24/06/2024."),
        ("table", [
            ["Pos.", "Articolo", "Descrizione", "Quantità", "Prezzo", "Importo"],
            ["10", "CD-073", "Distributore bicchieri 73 mm / cup dispenser, campioni T1", "50 pz",
             "EUR 9,80", "EUR 490,00"],
        ]),
        ("sp",),
        ("p", "Quantità serie / series quantity: 5.000 pz - impegno fermo per il 2025 secondo il nostro "
              "forecast / firm commitment for 2025 as per our forecast."),
        ("p", "Consegna campioni: franco Padova entro il 31/07/2024."),
        ("p", "Release authority for the CD-073 programme: Dott. Paolo Bellin, Direttore Operativo."),
        ("p", "Ufficio Acquisti - Giulia Ferraresi"),
    ], author="Giulia Ferraresi")),
])

# p34 minutes: drawing approved (technical), price approved (commercial), "Axios has our go-ahead"
case("p34", ["RG002", "RG009"],
     "minutes use 'approved' for drawing rev D and for the series price, then record 'Axios has our go-ahead' with no quantity", [
    ("MoM_DT-450_2024-06-20.docx", docx_bytes([
        ("h1", "Minutes of meeting - DT-450 review"),
        ("p", "Nordväg Drivmedel AB / Axios Thermoplastics S.A. - 20 June 2024, Teams"),
        ("p", "Present: Elin Sjöberg, Johan Lindqvist (Nordväg); Giorgos Papadakis, Eleni Karagianni (Axios)."),
        ("num", "Scope: PO 7700456 - 12 samples delivered 4 June. The balance of 1 788 pcs is not "
                "released until the sample sign-off by Johan Lindqvist; production release in writing "
                "by Maria Holmström."),
        ("num", "Drawing DT-450 rev D (R2 radius on grid front edge): approved by Johan."),
        ("num", "Series price EUR 21,90 incl. returnable crates: approved by Elin (purchasing)."),
        ("num", "Decision: Axios has our go-ahead."),
        ("p", "Next meeting: 4 July 2024. Minutes: Elin Sjöberg."),
    ], author="Elin Sjöberg")),
])

# p35 Word sample PO: hold and event, release "by Karoo management"
case("p35", ["RG005"],
     "sample PO for 15 trays with the balance not released until sign-off, but release only 'by Karoo management'", [
    ("KVD-24-0378.docx", docx_bytes([
        ("h1", "KAROO VENDING DISTRIBUTORS (PTY) LTD"),
        ("p", KAROO),
        ("h", "PURCHASE ORDER KVD-24-0378"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["10", "DT-450-ZA", "Drip tray samples, grid 1.4301, PP tray", "15", "24,60", "369,00"],
        ]),
        ("sp",),
        ("p", "Supplier: Axios Thermoplastics S.A. Date: 2024-07-02. Delivery: FCA Thessaloniki, airfreight "
              "to OR Tambo."),
        ("p", "The balance of 1 185 pcs (quote AX-Q-24-077) is not released. It will be released after "
              "the samples pass our sign-off (fit check + 2 weeks field test in Sandton). Release by "
              "Karoo management."),
        ("p", "Material authority: samples only."),
        ("p", "Buyer: Thabo Nkosi"),
    ], author="Thabo Nkosi")),
])

# p36 kick-off minutes: 16 pilot, series 400/yr, bar cut for 400 now; no hold/event/person
case("p36", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "minutes record a 16-piece pilot PO, the 400/yr series beside it, and bar stock cut for 400 now; no hold, event or release person", [
    ("MoM_BP-38_kickoff.docx", docx_bytes([
        ("h1", "Zapisnik / Minutes - kick-off BP-38 brewer piston"),
        ("p", "Nordväg Drivmedel AB / Savinja Kovina d.o.o. - Celje, 28 May 2024"),
        ("p", "Present: Elin Sjöberg, Johan Lindqvist (Nordväg); Matej Kranjc, Nina Zupan (Savinja Kovina)."),
        ("table", [
            ["No.", "Topic", "Result", "Who"],
            ["1", "Order", "PO 7700489 issued for 16 pilot pistons BP-38, DRG 5120 rev 7", "Elin"],
            ["2", "Series", "400 pcs per year, lots of 100, EUR 14,20", "Elin / Matej"],
            ["3", "Material", "Savinja will cut bar stock EN AW-6082 T6 Ø45 for the full 400 pcs now, "
                              "to save lead time", "Matej"],
            ["4", "FAI", "5 pcs full dimensional, Ø38 h7, Ra 0,4, anodising 25 µm", "Nina"],
            ["5", "Delivery", "pilot week 26, DAP Mölndal", "Matej"],
        ]),
        ("sp",),
        ("p", "Next meeting after pilot delivery. Minutes: Nina Zupan."),
    ], author="Nina Zupan")),
])

# p37 review minutes: "approved" three ways; released 500 in one item, 400 in the action list
case("p37", ["RG009", "RG011"],
     "minutes use 'approved' for samples, budget and production release, and state 500 released in one item but 400 in the actions", [
    ("MoM_KVD_XR_2024-07-08.docx", docx_bytes([
        ("h1", "Minutes - monthly review Karoo / Xinrui"),
        ("p", "8 July 2024, Teams. Present: Thabo Nkosi, Riaan van der Merwe, Lindiwe Dlamini (Karoo); "
              "Lily Zhou (Xinrui)."),
        ("num", "Samples XR-SM24-60: approved by Riaan (technical: life test 500 h, noise 43 dB(A))."),
        ("num", "Budget for 2024 motors: approved by Finance."),
        ("num", "Production release: approved for 500 pcs by Lindiwe Dlamini under PO KVD-24-0311 rev 1 "
                "(1 500 pcs). The rest stays on hold until the next call-off."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Who", "Due"],
            ["Produce the released 400 pcs", "Xinrui (Lily)", "30 August 2024"],
            ["Send packing spec (50 pcs per carton)", "Thabo", "12 July 2024"],
        ]),
    ], author="Thabo Nkosi")),
])

# ---------------------------------------------------------------- HTML
# p38 buyer portal: 12 samples ordered, "programme quantity 1 800"; release authority named only
case("p38", ["RG001", "RG003", "RG004"],
     "portal order for 12 samples shows 'programme quantity 1 800 pcs' with no not-released statement; release authority named, no event", [
    ("portal_7700512.html", html_page("Nordväg Supplier Portal - Order 7700512", T("""
<h2>Nordväg Supplier Portal</h2>
<p>Logged in: Axios Thermoplastics S.A. (200871) - g.papadakis</p>
<h3>Purchase order 7700512 - DT-450 rev C drip tray</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order date</td><td>2024-06-03</td></tr>
<tr><td>Ordered quantity</td><td>12 pcs (samples)</td></tr>
<tr><td>Unit price</td><td>EUR 24,10</td></tr>
<tr><td>Programme quantity</td><td>1 800 pcs (120 stations)</td></tr>
<tr><td>Delivery</td><td>DAP Mölndal workshop, 2024-06-28</td></tr>
<tr><td>Release authority for DT-450 programme</td><td>Maria Holmström, Head of Store Equipment</td></tr>
</table>
<h3>Messages</h3>
<p><b>Elin Sjöberg, 2024-06-03 08:12:</b> Hi Giorgos, please ship the samples to Mölndal, att. Johan. /Elin</p>
"""))),
])

# p39 buyer portal ECN: "ECN approved. Supplier may proceed." with no quantity
case("p39", ["RG002"],
     "ECN page: 'ECN approved. Supplier may proceed.' with no quantity or sample-only scope; order panel scope is complete", [
    ("ECN-24-0412.html", html_page("Hoshikawa Supplier Portal - ECN-24-0412", T("""
<h2>Hoshikawa Office Coffee - Supplier Portal</h2>
<p>Supplier: Fengyuan Jinmei Metal Co., Ltd. (V-30418)</p>
<h3>Engineering Change Notice ECN-24-0412</h3>
<table>
<tr><th>Item</th><th>Content</th></tr>
<tr><td>Part</td><td>CMB-6200 coin mech bracket, Rev 04 &rarr; Rev 05</td></tr>
<tr><td>Change</td><td>Coin chute hole &Oslash;4.2 &rarr; &Oslash;4.5; PEM nut M4x0.7 position +0.5 mm</td></tr>
<tr><td>Reason</td><td>coin jam with 500 yen coin (new series) in field</td></tr>
<tr><td>Status</td><td>Approved (Y. Hasegawa, QA, 2024/07/08)</td></tr>
</table>
<div class="note"><b>Message to supplier:</b> ECN approved. Supplier may proceed.</div>
<h3>Order status</h3>
<table>
<tr><th>PO</th><th>Active quantity</th><th>Balance</th><th>Unlock</th><th>Release authority</th></tr>
<tr><td>45-0185</td><td>30 pcs samples</td><td>2,970 pcs - not released</td><td>sample sign-off by Y. Hasegawa</td><td>K. Okabe, Procurement Manager</td></tr>
</table>
"""))),
])

# p40 supplier portal: granulate bought and sheets cut for 1 200 trays; customer authority sample-only
case("p40", ["RG006"],
     "supplier portal shows granulate bought and stainless cut for 1 200 trays while 15 are released and material authority is sample-only", [
    ("axios_portal_KVD-24-0378.html", html_page("Axios customer portal - Karoo", T("""
<h2>Axios Thermoplastics - Customer portal</h2>
<p>Customer: <b>Karoo Vending Distributors (Pty) Ltd</b> &nbsp; Order: KVD-24-0378 &nbsp; Part: DT-450-ZA</p>
<table>
<tr><th>Line</th><th>Qty</th><th>Status</th></tr>
<tr><td>Samples (released)</td><td>15</td><td>in production, ship 2024-07-19</td></tr>
<tr><td>Balance</td><td>1 185</td><td>on hold - awaiting customer release</td></tr>
</table>
<h3>Material status</h3>
<table>
<tr><th>Material</th><th>For qty</th><th>Status</th></tr>
<tr><td>PP copolymer granulate, black</td><td>1 200 trays</td><td>purchased 18.06.2024 (price lock)</td></tr>
<tr><td>Stainless sheet 1.4301, 0.8 mm</td><td>1 200 grids</td><td>cut and stored, rack B4</td></tr>
</table>
<p class="note">Customer material authority: samples only.</p>
"""))),
])

# p41 supplier tracker: deposit = production confirmed; on sample approval mass production auto-starts
case("p41", ["RG007", "RG012"],
     "supplier tracker treats the deposit as production confirmation and auto-starts mass production on sample approval", [
    ("tracker_SO-24-0702.html", html_page("Xinrui order tracker", T("""
<h2>Xinrui Motor - Order Tracker</h2>
<p>Customer: Hoshikawa Office Coffee K.K. (JP) &nbsp; SO-24-0702 &nbsp; Customer PO 45-0214</p>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th></tr>
<tr><td>PO received: 20 pcs samples XR-SM24-60</td><td>2024-06-11</td><td>&#10004; done</td></tr>
<tr><td>Deposit 30% received</td><td>2024-07-03</td><td>&#10004; done - deposit received = mass production confirmed</td></tr>
<tr><td>Samples shipped (DHL 4471 2290 61)</td><td>2024-07-05</td><td>&#10004; done</td></tr>
<tr><td>Customer sample approval</td><td>-</td><td>pending</td></tr>
<tr><td>Mass production (balance)</td><td>-</td><td>auto-start on customer sample approval</td></tr>
</table>
<p>Sales: Lily Zhou &nbsp;|&nbsp; Factory: Liang Jianguo</p>
"""))),
])

# ---------------------------------------------------------------- multi-file folders
# p42 cover mail (12 samples) + PDF PO (10 samples, no scope note) + supplier quote with 1 500 / 5 000
_p42_txt = T("""
Hi Lily,

Attached our PO KVD-24-0298 for twelve (12) sample motors XR-SM24-30 (30 rpm version) as per your
quote XR-Q-24-071. Please courier to our Midrand warehouse, att. Riaan.

Thanks
""") + SIG_THABO
case("p42", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "cover mail says 12 samples, the PO says 10; the quote in the folder shows 1 500 / 5 000 unmarked; no hold, event or person", [
    ("msg_KVD-24-0298.eml", eml_bytes(mail(
        THABO, LILY, "PO KVD-24-0298 sample motors 30rpm", "Tue, 28 May 2024 11:20:00 +0200", _p42_txt))),
    ("KVD-24-0298.pdf", pdf([
        ("h1", "KAROO VENDING DISTRIBUTORS (PTY) LTD"),
        ("p", KAROO),
        ("h", "PURCHASE ORDER KVD-24-0298"),
        ("p", "Supplier: Zhongshan Xinrui Micro-Motor Co., Ltd. Date: 2024-05-28. Terms: FCA Zhongshan, "
              "T/T 30 days. Courier: DHL account 95 4410 228."),
        ("table", [
            ["Line", "Part no.", "Description", "Qty", "Unit USD", "Total USD"],
            ["10", "XR-SM24-30", "Spiral motor 24 V DC, 30 rpm, samples", "10", "18.50", "185.00"],
        ]),
        ("sp",),
        ("p", "Deliver to: Karoo Vending Distributors, 18 Bekker Road, Midrand, att. Riaan van der Merwe."),
        ("p", "Buyer: Thabo Nkosi"),
    ], title="KVD-24-0298", author="Karoo Vending Distributors")),
    ("XR-Q-24-071.pdf", pdf([
        ("h1", "ZHONGSHAN XINRUI MICRO-MOTOR CO., LTD."),
        ("p", XINRUI),
        ("h", "QUOTATION XR-Q-24-071"),
        ("p", "To: Karoo Vending Distributors, Mr. Thabo Nkosi. Date: 2024-05-20. Item: spiral motor "
              "XR-SM24-30, 24V DC, 30 rpm, metal gearbox, life test 500 h."),
        ("table", [
            ["Qty", "Unit price USD", "Lead time"],
            ["10 pcs (sample)", "18.50", "15 days"],
            ["1 500 pcs", "7.40", "35 days"],
            ["5 000 pcs", "6.85", "45 days"],
        ]),
        ("sp",),
        ("p", "Price FCA Zhongshan. Valid 30 days. Payment T/T 30% deposit, 70% before shipment."),
        ("p", "Lily Zhou, Sales Dept."),
    ], title="XR-Q-24-071", author="Xinrui Motor")),
])

# p43 ERP PO (120 pilot, balance held) + supplier proforma (150 pcs, production on advance payment)
case("p43", ["RG011", "RG012"],
     "PO releases 120 pilot trays, the supplier proforma for the same PO says 150 and starts production on receipt of the advance", [
    ("PO_7700530.txt", T("""
NORDVÄG DRIVMEDEL AB                                   INKÖPSORDER / PURCHASE ORDER
Store Equipment                                          Sida 1 av 1
-------------------------------------------------------------------------------
Ordernr: 7700530        Datum: 2024-07-01        Leverantör: 200871 Axios Thermoplastics S.A.
Er ref: Giorgos Papadakis   Vår ref: Elin Sjöberg   Leveransvillkor: DAP Alingsås
-------------------------------------------------------------------------------
Rad Artikel     Benämning                            Antal  Enh  à-pris EUR    Belopp
 10 DT-450      Drip tray rev D - PILOT LOT (40 st.)   120  st      21,90    2 628,00
                active now
 20 DT-450      Drip tray rev D - series             1 680  st      21,90   36 792,00
                NOT RELEASED - ON HOLD until pilot sign-off by J. Lindqvist;
                production release in writing by M. Holmström.
-------------------------------------------------------------------------------
                                                       Summa EUR     39 420,00
Material authority: line 10 only (120 pcs).
Betalning: 30 dagar netto.
""")),
    ("PI-24-0530.pdf", pdf([
        ("h1", "AXIOS THERMOPLASTICS S.A."),
        ("p", AXIOS),
        ("h", "PROFORMA INVOICE PI-24-0530"),
        ("p", "Customer: Nordväg Drivmedel AB, Göteborg. Your PO: 7700530. Date: 03.07.2024."),
        ("table", [
            ["Pos.", "Item", "Qty", "Unit EUR", "Total EUR"],
            ["1", "DT-450 rev D drip tray, pilot lot", "150", "21,90", "3.285,00"],
            ["", "Advance payment 50%", "", "", "1.642,50"],
        ]),
        ("sp",),
        ("p", "Production starts upon receipt of the advance payment. Bank: Piraeus Bank, IBAN GR16 0172 "
              "2130 0052 1300 8844 912, SWIFT PIRBGRAA."),
        ("p", "Giorgos Papadakis, Export Sales"),
    ], title="PI-24-0530", author="Axios Thermoplastics")),
])

# p44 cover mail ("approved" for samples and for the PO) + sign-off record + call-off without quantity
_p44_txt = T("""
Dear Mr. Kranjc,

Thank you for the BP-38 brewer piston samples.

The samples are approved, please see the attached sign-off record QA-24-077. Also our PO 45-0220
is approved by Mr. Okabe last week.

The production release is given by the attached call-off 45-0220-02. The balance after this
call-off stays on hold until the next call-off.

Best regards,
""") + SIG_MORITA
case("p44", ["RG009", "RG010"],
     "cover mail uses 'approved' for the samples and for the PO; the call-off that releases production states no quantity", [
    ("msg_45-0220.eml", eml_bytes(mail(
        MORITA, MATEJ, "BP-38 samples result / call-off 45-0220-02", "Mon, 22 Jul 2024 10:40:00 +0900",
        _p44_txt, cc=OKABE))),
    ("QA-24-077.docx", docx_bytes([
        ("h1", "Sample sign-off record QA-24-077"),
        ("p", "Hoshikawa Office Coffee K.K. - Quality Assurance"),
        ("table", [
            ["Item", "Content"],
            ["Part", "Brewer piston BP-38, DRG 5120 rev 7"],
            ["Supplier", "Savinja Kovina d.o.o., Celje"],
            ["Samples", "16 pcs received 2024/07/10"],
            ["Checks", "Ø38 h7 16/16 OK; Ra 0.4 OK; anodising 25 µm OK; 10,000 brew cycles OK"],
            ["Result", "approved (technical)"],
        ]),
        ("p", "Yuki Hasegawa, QA, 2024/07/19"),
    ], author="Yuki Hasegawa")),
    ("CO_45-0220-02.txt", T("""
HOSHIKAWA OFFICE COFFEE K.K.                        CALL-OFF / 納入指示
==============================================================================
CALL-OFF NO. : 45-0220-02         DATE : 2024/07/22
PO NO.       : 45-0220            VENDOR : SAVINJA KOVINA D.O.O. (V-40112)
PART         : BP-38 BREWER PISTON  DRG 5120 REV 7
------------------------------------------------------------------------------
RELEASE      : PRODUCTION RELEASE PER SAMPLE SIGN-OFF QA-24-077
QUANTITY     : SEE SCHEDULE
DELIVERY     : DAP OSAKA, FIRST SHIPMENT 2024/09
BALANCE      : ON HOLD UNTIL NEXT CALL-OFF
------------------------------------------------------------------------------
AUTHORIZED   : K. OKABE  (PROCUREMENT MANAGER)
==============================================================================
""")),
])

# p45 buyer portal PO (40 samples, full scope) + supplier acknowledgement (50 pcs, coil for 2,000)
case("p45", ["RG006", "RG011"],
     "portal PO is for 40 samples with sample-only material; the supplier acknowledges 50 and has coil ready for 2,000", [
    ("ordine_4500032455.html", html_page("Portale Fornitori - Ordine 4500032455", T("""
<h2>Distributori Euganei S.r.l. - Portale Fornitori</h2>
<p>Fornitore / Supplier: <b>Fengyuan Jinmei Metal Co., Ltd.</b> (F00913) &nbsp;|&nbsp; Utente: kevin.lin</p>
<h3>Ordine di acquisto 4500032455 del 08/07/2024</h3>
<table>
<tr><th>Pos.</th><th>Articolo</th><th>Descrizione</th><th>Q.tà</th><th>Prezzo</th></tr>
<tr><td>10</td><td>CMB-6200-IT</td><td>Staffa gettoniera / coin mech bracket, campioni / samples</td><td>40</td><td>USD 9,80</td></tr>
</table>
<p class="note">Saldo 1.960 pz non rilasciato / balance of 1.960 pcs not released until the sample
sign-off by Ing. Marco Zanin; written production release by Dott. Paolo Bellin.<br>
Autorizzazione materiale: solo campioni / material authority: samples only.</p>
<p>Buyer: Giulia Ferraresi</p>
"""), lang="it")),
    ("JM_ack_4500032455.txt", T("""
From:    Kevin Lin <kevin.lin@jinmei-metal.com.tw>
To:      Giulia Ferraresi <giulia.ferraresi@euganei-vending.it>
Date:    Wed, 10 Jul 2024 09:12 +0800
Subject: PO 4500032455 acknowledgement

Dear Giulia,

We acknowledge your PO 4500032455 for 50 pcs samples CMB-6200-IT coin mech bracket.
Delivery 2024/08/02 by air to Venice (VCE).

Note: to keep the lead time short, we have already prepared SUS304 coil for 2,000 brackets in
our warehouse.

Best regards,
Kevin Lin
Sales Manager
Fengyuan Jinmei Metal Co., Ltd.
""")),
])


# ===================================================================== write
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)) == 70, len(names)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25 and all(c["name"].startswith("c") for c in clean)
    for rid in [f"RG{i:03d}" for i in range(1, 13)]:
        n = sum(rid in c["expect"] for c in CASES)
        assert n >= 6, (rid, n)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    cases = list(CASES)
    random.Random(223223).shuffle(cases)
    labels = {}
    for i, c in enumerate(cases, 1):
        folder = f"h223_{i:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
