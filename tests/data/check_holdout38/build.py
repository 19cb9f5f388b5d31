#!/usr/bin/env python3
"""Generator for the releasegate check_holdout38 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout38/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 3838).

Descriptive case names (c.. = clean, p.. = positive) exist only in this file; the
folders get neutral names h38_NN_<first-file-stem> in shuffled order.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import shutil
import zipfile
from collections import Counter
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
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    """files: list of (filename, str|bytes)."""
    assert all(r in RULES for r in expect), expect
    assert len(set(expect)) == len(expect), expect
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py; message ids and boundaries re-tagged h38)
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
    m["Message-ID"] = msgid or f"<h38-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h38")
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


# ----------------------------------------------------------------- small helpers of our own
def sig_plain(name, title, company, phone, extra=""):
    """A signature without the legal disclaimer (many suppliers send none)."""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n{extra}"


def html_table(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = [f"<table{c}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(x))}</{tag}>" for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def simple_html(text):
    """Wrap a plain-text mail body as a minimal HTML alternative."""
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return f"<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n{body}\n</body></html>\n"


# =================================================================== CLEAN
# c01 supplier quote with tiers, on its own: no authorized quantity -> clean.
case("c01_quote_tiers_sz", [],
     "Supplier quote alone with proto/pilot/MP tiers and deposit payment terms; nothing is authorized",
     [("HT-Q-240522_OrbitalMesh.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Shenzhen Hengtai Electronics Co., Ltd. - Building 6, Fuyong Industrial Zone, Bao'an District, "
               "Shenzhen 518103, P.R. China - Tel +86 755 2771 0388"),
         ("table", [["Quotation No.", "HT-Q-240522"], ["Date", "22 May 2024"],
                    ["Customer", "Orbital Mesh Ltd., Matam Park, Haifa, Israel"],
                    ["Attn.", "Ms. Noa Levi, Procurement"],
                    ["Product", "OM-TRM-220 Ku-band terminal modem board, PCBA, BOM rev 0.9 (142 lines)"],
                    ["Valid until", "21 July 2024"]]),
         ("sp",),
         ("h", "1. Assembly price by build phase"),
         ("table", [["Phase", "Qty (pcs)", "Unit price (USD)", "Lead time"],
                    ["Proto", "10", "212.00", "3 weeks after kit complete"],
                    ["Pilot", "200", "74.60", "4 weeks after kit complete"],
                    ["MP tier 1", "5,000", "41.35", "6 weeks, then 2,000 pcs/week"],
                    ["MP tier 2", "10,000", "39.90", "6 weeks, then 2,000 pcs/week"]]),
         ("sp",),
         ("h", "2. One-time cost (NRE)"),
         ("table", [["Item", "USD"],
                    ["SMT stencil x2 (top/bottom, 0.12 mm, electropolished)", "380.00"],
                    ["AOI + SPI programming", "450.00"],
                    ["Flying probe program", "620.00"],
                    ["Functional test fixture (customer spec TS-220 rev 3)", "3,900.00"]]),
         ("sp",),
         ("h", "3. Remarks"),
         ("p", "Turnkey pricing. Component prices based on our AVL and market price of 20 May 2024; "
               "Xilinx XC7A35T and ADI AD9361 quoted at current broker-free franchise price, lead time 18-22 weeks. "
               "Workmanship IPC-A-610 Class 2, lead-free, conformal coating not included. "
               "Packing: ESD tray, 20 pcs/tray, MSL parts baked per J-STD-033."),
         ("p", "Payment terms: T/T 30% deposit with order, 70% before shipment. Prices FCA Shenzhen, "
               "excluding VAT and duties."),
         ("p", "Quoted by: Kevin Chen, Account Manager (kevin.chen@hengtai-ems.cn)"),
     ], title="Quotation HT-Q-240522", author="Kevin Chen"))])

# c02 supplier asks for a go-ahead; a question is not an approval.
_m = mail("Le Minh Duc <duc.le@saigoncircuit.vn>", "Noa Levi <noa.levi@orbitalmesh.co.il>",
          "RE: OM-7731 DVT shipment / next step?", "Thu, 06 Jun 2024 16:42:00 +0700",
          "Dear Noa,\n\n"
          "Good afternoon. The 25 DVT units of OM-TRM-220 rev B left our factory today with DHL Express, "
          "AWB 61 2290 4417. Documents in the box: CoC, AOI/X-ray summary, flying probe log and the "
          "serial number list (SN 24D0001 to 24D0025).\n\n"
          "Two open points from our side:\n"
          "1) Do we have your go-ahead for the remaining 975 units? We have not started anything beyond "
          "the 25, and material is held at DVT quantity as per your PO, so there is no rush from our side "
          "- we only want to book line capacity in July if it is needed.\n"
          "2) Your team asked about conformal coating on the RF shield area. We can mask it; it adds "
          "USD 0.40/pc. Please tell us if you want it for the next build.\n\n"
          "Thank you and have a nice evening.\n\n"
          "Best regards,\nLe Minh Duc\nProject Manager\nSaigon Circuit Works Co., Ltd.\n"
          "Lot C3, Tan Thuan EPZ, District 7, Ho Chi Minh City\nTel +84 28 3770 1154\n")
case("c02_supplier_goahead_question", [],
     "Supplier's shipment note asks 'do we have your go-ahead for the remaining 975?' - a question, no authorization",
     [("RE_OM-7731_DVT_shipment.eml", eml_bytes(_m))])

# c03 labelled forecast.
_rows = [["Part", "Description", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24", "Dec-24", "Q1-25", "Q2-25"],
         ["HME-AIS-CB rev D", "AIS class B transponder board", "400", "400", "600", "600", "500", "300", "1,500", "1,800"],
         ["HME-VHF-RB2 rev A", "VHF radio baseband board", "250", "250", "250", "350", "350", "200", "900", "1,100"],
         ["HME-PSU-12 rev C", "12/24 V marine PSU board", "650", "650", "850", "950", "850", "500", "2,400", "2,900"]]
case("c03_forecast_labelled", [],
     "Rolling forecast clearly labelled planning-only, not a PO, no production or material authority",
     [("Halvorsen_rolling_forecast_2024-06.html", html_page("Rolling forecast June 2024", f"""
<h2>Halvorsen Marine Electronics AS &mdash; rolling 12-month forecast</h2>
<p>Issued 14 June 2024 to: Bac Ninh Advanced Assembly Co., Ltd. (attn. Ms. Tran Thi Mai)<br>
Issued by: Silje Berg, Demand Planner, Bergen</p>
<p class="note"><b>FORECAST &ndash; FOR PLANNING ONLY &ndash; NOT A PURCHASE ORDER.</b>
The figures below are non-binding planning estimates. They do not authorize production and they do not
authorize the purchase of material at Halvorsen's liability. Build quantities are given only in call-offs
signed by Erik Dahl (Purchasing Manager).</p>
{html_table(_rows)}
<p>Quantities in pcs. Q1-25 and Q2-25 shown as quarter totals. The PSU-12 jump in Q1-25 reflects the
new Nordkapp ferry retrofit programme and may move by one quarter.</p>
<p>Questions: silje.berg@halvorsen-marine.no, +47 55 30 21 80</p>
"""))])

# c04 full-quantity PO, "proceed with the 250 pcs": no balance -> clean.
case("c04_full_qty_po_us_mx", [],
     "Full-quantity PO for 250 pcs, states there is no balance; 'proceed with the 250 pcs' is scoped",
     [("PO_4500025012.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500025012"),
         ("table", [["Buyer", "Brightline Controls Inc., 2200 Kenny Rd, Columbus OH 43210, USA"],
                    ["Supplier", "Electrónica del Bajío S.A. de C.V., Av. López Mateos Sur 5550, Zapopan, Jal., México"],
                    ["PO date", "2024-07-09"], ["Revision", "0"],
                    ["Payment terms", "Net 45"], ["Incoterms", "DAP Columbus OH (Incoterms 2020)"],
                    ["Buyer contact", "Megan Foster, Sr. Buyer, mfoster@brightline-controls.com"]]),
         ("sp",),
         ("table", [["Line", "Part / rev", "Description", "Qty", "UoM", "Unit USD", "Ext. USD", "Need date"],
                    ["10", "BLC-1180-004 rev D", "IO expansion board PCBA, turnkey", "250", "EA", "38.20", "9,550.00", "2024-08-30"],
                    ["20", "NRE-EDB-0588", "ICT fixture update for rev D (2 added test points)", "1", "LOT", "640.00", "640.00", "2024-08-16"]]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "This PO covers the full and final requirement for BLC-1180-004: 250 pieces. There is no balance "
               "and no further quantity is planned for this part (end-of-life last-time build for the IO-8 "
               "product line). Please proceed with the 250 pcs per BOM rev D and drawing BLC-1180-004-DWG rev D."),
         ("h", "Quality and shipping"),
         ("p", "Workmanship IPC-A-610 Class 2. Include CoC and AOI summary. Pack in ESD bags, 25 pcs per carton, "
               "carton label with PO number, part number and date code. Ship FedEx International Economy on "
               "account 4471-2280-6."),
         ("p", "Brightline standard terms BLC-TC-2023 apply. Any change to quantity, price or date requires a PO revision."),
     ], pagesize=LETTER, title="PO 4500025012", author="Megan Foster"))])

# c05 explicit, recorded auto-conversion naming quantity, signer and conditions -> clean.
case("c05_autoconversion_agreement", [],
     "Recorded auto-conversion: named signer, quantity (lot 2 = 1,000) and conditions; pilot 100 active; rest on hold",
     [("Weidner_PO4510092200_lot_agreement.docx", docx_bytes([
         ("h1", "Agreement on sample sign-off and lot 2 - PO 4510092200"),
         ("p", "Parties: Weidner Antriebstechnik GmbH, Esslingen am Neckar (buyer) and Dunántúl Electronics Kft., "
               "Székesfehérvár (supplier). Part: 7100-3340-00 Rev 02, servo drive power stage PCBA (THT + SMT, "
               "press-fit connectors)."),
         ("h", "1. What is released now"),
         ("p", "The pilot lot of 100 pcs is released for production now. Please build and ship it by KW 33/2024 "
               "together with the pilot report template PR-2200 filled in (X-ray of the IGBT module solder "
               "joints, hi-pot log, ICT yield)."),
         ("h", "2. Quantities under this PO"),
         ("table", [["Lot", "Qty (pcs)", "Status"],
                    ["Pilot", "100", "Released now"],
                    ["Lot 2", "1,000", "Released by the pilot sign-off alone, under the conditions of section 3"],
                    ["Remaining", "3,900", "Not released - on hold until a written release signed by Dr. Katrin Vogel"]]),
         ("h", "3. Recorded auto-conversion"),
         ("p", "If Dr. Katrin Vogel (Head of Quality, Weidner) signs pilot report PR-2200 with the disposition "
               "'accepted' on or before 30 August 2024, that sign-off releases lot 2 (1,000 pcs) by itself. No "
               "separate written release is needed for lot 2. Both parties record this auto-conversion here on "
               "purpose."),
         ("p", "The auto-conversion does not apply to an interim or rejected disposition, to a sign-off after "
               "30 August 2024, or to any quantity beyond lot 2. In those cases nothing beyond the pilot is "
               "released until Dr. Vogel sends a written release naming the quantity."),
         ("h", "4. Material authority"),
         ("p", "Staged material authority up to 1,100 sets (pilot + lot 2), including the NCNR Infineon IGBT "
               "modules and the Würth press-fit headers. Weidner carries the liability for these 1,100 sets. "
               "No material may be bought at Weidner's liability for the remaining 3,900."),
         ("h", "5. Signatures"),
         ("table", [["Name", "Function", "Company", "Date"],
                    ["Jens Albrecht", "Strategic Purchasing", "Weidner Antriebstechnik GmbH", "12.07.2024"],
                    ["Dr. Katrin Vogel", "Head of Quality", "Weidner Antriebstechnik GmbH", "12.07.2024"],
                    ["Péter Kovács", "Sales Director", "Dunántúl Electronics Kft.", "15.07.2024"]]),
     ], author="Jens Albrecht"))])

# c06 supplier: deposit does not release production (with TXT receipt attached).
_receipt = """HUAXIN EMS (SHENZHEN) CO., LTD.
PAYMENT RECEIPT                                   No. HX-RC-240611-03
------------------------------------------------------------------------
Customer      : Pinebrook Audio LLC, Portland OR, USA
Reference     : PO PB-1143 / Proforma PI-HX-2405-118
Received      : 2024-06-11   T/T   USD 12,400.00
Bank ref      : HSBC HK 0611-77-2290-PBA
Applied to    : 30% deposit, PI-HX-2405-118
Balance due   : USD 28,933.33 before shipment
------------------------------------------------------------------------
Finance dept. / Ms. Zhou Min
"""
_m = mail("Lily Zhang <lily.zhang@huaxin-ems.com>", "Josh Miller <josh@pinebrookaudio.com>",
          "PB-1143 deposit received - thank you", "Tue, 11 Jun 2024 18:05:00 +0800",
          "Hi Josh,\n\n"
          "We received your deposit USD 12,400 for PO PB-1143 today, thank you! Receipt attached.\n\n"
          "Just to be clear on our side so nobody misunderstands later: the deposit does not release "
          "production. We build only the 100 pilot pcs that are in the PO now. The balance of 1,900 pcs "
          "stays on hold until you sign off the pilot and send us your written release. Material: we buy "
          "for the 100 pilot sets only, like your PO says.\n\n"
          "Pilot schedule: SMT 18 Jun, FCT + acoustic test 20 Jun, ship 21 Jun by UPS.\n\n"
          "Best regards\nLily Zhang\nSales Manager | Huaxin EMS (Shenzhen) Co., Ltd.\n"
          "WeChat: lilyzhang_hx | +86 138 2655 0719\n",
          attachments=[("Receipt_HX-RC-240611-03.txt", _receipt, "text/plain")])
case("c06_deposit_not_release", [],
     "Supplier confirms deposit received and states the deposit does not release production",
     [("PB-1143_deposit_received.eml", eml_bytes(_m))])

# c07 call-off with explicit staged material authority above the released quantity.
case("c07_calloff_staged_material", [],
     "Call-off releases 300; balance 2,700 on hold until next call-off by named person; explicit staged material authority 1,200",
     [("SISU_CALLOFF_0001.txt", """\
SISU SENSORS OY                                         CALL-OFF / ABRUF
Hermiankatu 8 D, 33720 Tampere, Finland                 No.  0001
VAT FI 2794 1180                                        Date 2024-08-05
------------------------------------------------------------------------------
SUPPLIER   : TISZA EMS KFT., Budai út 45, 6728 Szeged, Hungary
BLANKET PO : SS-45-1160          PART: SX-9-RB  REV C  (radar sensor board)
BLANKET QTY: 3,000 PCS           PRICE: EUR 27.80 / PC   INCOTERMS FCA SZEGED
------------------------------------------------------------------------------
RELEASED FOR PRODUCTION BY THIS CALL-OFF ........   300 PCS   DEL. WK 36/2024
BALANCE ON BLANKET ..............................  2,700 PCS  NOT RELEASED
  -> ON HOLD UNTIL THE NEXT CALL-OFF SIGNED BY MIKKO VIRTANEN
     (HEAD OF SUPPLY CHAIN). DO NOT BUILD BEYOND 300 PCS.

MATERIAL AUTHORITY ..............................  STAGED UP TO 1,200 UNITS
  SISU SENSORS OY ACCEPTS LIABILITY FOR THE NCNR ITEMS BELOW UP TO
  1,200 SETS. ANY MATERIAL BEYOND 1,200 SETS IS AT SUPPLIER'S RISK.
    IWR6843AOP (TI)       1 / SET     NCNR   LT 20 WKS
    MX25U25645G (MXIC)    1 / SET     NCNR   LT 16 WKS
    RF LAMINATE RO4350B   PANEL-BASED NCNR   LT 10 WKS
------------------------------------------------------------------------------
QUALITY: IPC-A-610 CLASS 2, ISO 9001:2015. 100% RF TEST PER TS-SX9-07.
PACKING: ESD TRAY 48 PCS, 5 TRAYS / CARTON.
------------------------------------------------------------------------------
ISSUED BY: AINO KORHONEN, BUYER      SIGNED: MIKKO VIRTANEN
""")])

# c08 supplier order acknowledgement that restates the hold.
case("c08_ack_restates_hold_my", [],
     "Supplier OA restates 15 golden units only, balance not released, sample-only material, named release person",
     [("PPA_OA-24-0711_Nordlys.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Penang Precision Assembly Sdn. Bhd. - Plot 102, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
         ("table", [["OA No.", "OA-24-0711"], ["Date", "3 June 2024"], ["Your PO", "NA-2024-0219"],
                    ["Customer", "Nordlys Audio ApS, Aarhus, Denmark"], ["Attn.", "Mr. Anders Holm, Purchasing"]]),
         ("sp",),
         ("table", [["Item", "Part", "Description", "Qty", "Unit EUR", "Ship date"],
                    ["1", "NA-AMP-40 rev 1.3", "Class-D amplifier module PCBA - golden units", "15", "96.00", "28 June 2024"]]),
         ("sp",),
         ("h", "Scope as we understand it"),
         ("p", "We acknowledge PO NA-2024-0219 for 15 golden units only. The balance of 2,485 units shown in our "
               "quote Q-PPA-0388 is not released. We will not start, kit or buy material for it until we receive "
               "a written release from Mr. Anders Holm after Nordlys has signed off the golden units."),
         ("p", "Material authority: sample-only (15 sets plus standard attrition of 2%). "
               "Long-lead TAS5825M: we will quote a staged material authority separately if you wish."),
         ("p", "Acknowledged by: Tan Wei Ming, Customer Program Manager, weiming.tan@ppa-penang.com.my"),
     ], title="OA-24-0711", author="Tan Wei Ming"))])

# c09 interim sample disposition with quantity and date limits, separate named release.
case("c09_interim_disposition_il", [],
     "Interim disposition limited to 200 units/date; release of 200 by named authority; 775 on hold until full sign-off + written release",
     [("OM-TRM-220_PVT_disposition_R01.docx", docx_bytes([
         ("h1", "PVT sample disposition and release R-01"),
         ("p", "Orbital Mesh Ltd., Haifa - part OM-TRM-220 rev C - PO OM-7902 to Saigon Circuit Works Co., Ltd. "
               "(PO quantity 1,000 units, of which 25 PVT units already delivered)."),
         ("h", "A. Sample disposition (engineering)"),
         ("table", [["Field", "Entry"],
                    ["Samples evaluated", "25 PVT units, SN 24P0001 - 24P0025"],
                    ["Disposition", "INTERIM (limited)"],
                    ["Finding", "Radiated emission at 1.2 GHz is 2 dB inside our internal margin (still within "
                                "ETSI EN 301 428 limits). Fix: ferrite on the J9 harness, ECO-0311 in work."],
                    ["Limits of the interim disposition", "max. 200 units, built on or before 31 Aug 2024"],
                    ["Signed", "Dr. Ronen Azoulay, VP Engineering, 22 Jul 2024"]]),
         ("p", "This disposition is a technical statement. It releases nothing by itself."),
         ("h", "B. Release R-01 (production)"),
         ("p", "Within the limits of the interim disposition, I release 200 units of OM-TRM-220 rev C for "
               "production, to be built on or before 31 August 2024 without ECO-0311."),
         ("p", "The remaining 775 units of PO OM-7902 are not released. They stay on hold until a full sign-off "
               "after the EMC retest with ECO-0311 and a written release from me."),
         ("p", "Material authority for R-01: staged up to 200 sets. No material for the 775 units at Orbital "
               "Mesh's liability."),
         ("p", "Noa Levi, Procurement Lead and release authority for OM-TRM-220 - 23 Jul 2024"),
     ], author="Noa Levi"))])

# c10 identifiers that look like quantities, fully scoped sample PO.
case("c10_identifiers_fa_po", [],
     "FA PO for ten (10) units; balance not released until FAI sign-off + written release by Dan Whitaker; many qty-like identifiers",
     [("KMD-PO-24-3310.pdf", pdf([
         ("h1", "Kestrel Medical Devices - Purchase Order KMD-PO-24-3310"),
         ("table", [["Supplier", "Penang Precision Assembly Sdn. Bhd. (vendor no. 100-2500)"],
                    ["PO date / rev", "2024-04-29 / rev 0"],
                    ["Ship to", "Kestrel Medical Devices, 1400 Energy Park Dr, St. Paul MN 55108, Dock 5"],
                    ["Terms", "Net 60, FCA Penang, Incoterms 2020"]]),
         ("sp",),
         ("table", [["Ln", "Part number / rev", "Description", "Qty", "UoM", "Unit USD"],
                    ["1", "2000-0500-100 Rev 12", "SpO2 sensor hub PCBA, first-article build", "10", "EA", "164.00"],
                    ["2", "NRE-2000-0500", "Stencil, AOI, flying probe programs", "1", "LOT", "1,480.00"]]),
         ("sp",),
         ("h", "First article scope"),
         ("p", "Ten (10) first-article units only, built to drawing DWG-5000 Rev 20 and BOM 2000-0500-100 Rev 12. "
               "Workmanship IPC-A-610 Class 3, soldering J-STD-001 Rev H, built under your ISO 13485:2016 system. "
               "Report the first article on our form KMD-F-2400 (AS9102-style). Lot code format YYWW-LLLL, "
               "UDI label spec 1500-0020 Rev 3."),
         ("p", "The balance of the production quantity is not released. Do not build, kit or buy material beyond "
               "the 10 units. Release of any further quantity comes only after FAI sign-off by Kestrel Quality and a "
               "written release by Dan Whitaker, Supply Chain Manager."),
         ("p", "Questions: Rachel Kim, Senior Buyer, rkim@kestrelmed.com, +1 651 555 0144."),
     ], pagesize=LETTER, title="KMD-PO-24-3310", author="Rachel Kim"))])

# c11 call-off in German/English with European number formats, fully scoped.
_rows = [["Pos.", "Material", "Bezeichnung / description", "Abrufmenge / qty", "Liefertermin / delivery"],
         ["10", "FO-LS-12 Rev C", "Lichtschranken-Sensorplatine / light-barrier sensor board", "1.500 Stk.", "KW 34/2024"]]
case("c11_calloff_eu_numbers_html", [],
     "Call-off 3 releases 1.500 Stk.; frame rest 6.000 not released; next call-off after lot acceptance, signed by Katrin Vogel",
     [("Abruf_3_RV-2024-17.html", html_page("Abruf Nr. 3 / Call-off no. 3", f"""
<h2>Feldmann Optoelektronik GmbH &mdash; Abruf Nr. 3 / Call-off no. 3</h2>
<p>Rahmenvertrag / frame agreement RV-2024-17 &middot; Lieferant / supplier: Bac Ninh Advanced Assembly Co., Ltd.,
Que Vo Industrial Park, Bac Ninh, Vietnam &middot; Datum / date: 29.07.2024</p>
{html_table(_rows)}
<p>Mit diesem Abruf freigegeben / released by this call-off: <b>1.500 Stk. (1,500 pcs)</b>.<br>
Bisher abgerufen / called off so far (Abruf 1&ndash;2): 2.500 Stk.<br>
Restmenge Rahmenvertrag / remaining frame quantity: <b>6.000 Stk. &mdash; nicht freigegeben / not released.</b></p>
<p class="note">The next call-off can only follow after lot acceptance of call-off 2 at our incoming inspection
in Jena. It will be signed by Katrin Vogel (Einkauf / Purchasing). Until then please do not build beyond the
1.500 Stk. of this call-off. Material authority: only for the quantity of this call-off.</p>
<p>Preis / price: 12,85 EUR/Stk. &middot; Lieferbedingung / Incoterms: FCA Hanoi &middot; Verpackung: ESD-Tray, 60 Stk./Tray.<br>
Pr&uuml;fung nach IPC-A-610 Klasse 2, Zeichnung FO-LS-12-Z Rev C, DIN EN ISO 9001:2015.</p>
<p>Feldmann Optoelektronik GmbH &middot; Carl-Zeiss-Promenade 10 &middot; 07745 Jena &middot; Tel. +49 3641 55 2210</p>
""", lang="de"))])

# c12 supplier CTB report, material within sample-only authority.
case("c12_ctb_report_within_authority", [],
     "Supplier clear-to-build report: material bought for the 40 EVT units only; balance untouched awaiting written release",
     [("KES_CTB_KI-DAQ-16_wk23.txt", """\
KULIM ELECTRONICS SERVICES SDN BHD                 CLEAR-TO-BUILD REPORT
Lot 18, Kulim Hi-Tech Park, 09000 Kulim, Kedah     Week 23 / 2024   Rev 1
=============================================================================
CUSTOMER   : KALLSTROM INSTRUMENTS AB (LINKOPING)
CUST PO    : KI-PO-24-1061        ASSY: KI-DAQ-16  REV B  (16-CH DAQ FRONT END)
WO         : WO-24-0655           WO QTY: 40  (EVT, RELEASED PER PO)
PROD BAL   : 1,460 (NOT RELEASED - AWAITING CUSTOMER WRITTEN RELEASE)
MAT AUTH   : SAMPLE-ONLY (40 SETS + ATTRITION)
=============================================================================
P/N              DESCRIPTION              QPA  REQ(WO)  ON HAND  ON ORDER  CTB
-----------------------------------------------------------------------------
ADS131M08IPBSR   ADC 8CH 24B              2       80       82        0     Y
OPA4197IPWR      OPAMP QUAD               4      160      170        0     Y
LTC6655BHMS8-2.5 VREF 2.5V               1       40       10       32     N
  -> ETA 2024-06-14 (AVNET ASIA), 32 PCS = 40 + ATTRITION - STOCK
TPS7A4701RGWR    LDO LOW NOISE            2       80       84        0     Y
GRM188R71H104KA  MLCC 0.1UF 0603          96    3,840    4,000        0     Y
KI-DAQ-16-PCB    BARE PCB REV B           1       40       44        0     Y
=============================================================================
CTB STATUS : NOT CLEAR - 1 SHORTAGE (LTC6655), EXPECTED CLEAR 2024-06-14
SMT PLAN   : LINE 2, 2024-06-17, 1 SHIFT
NOTE       : NO MATERIAL PURCHASED FOR THE PRODUCTION BALANCE. ALL ORDERS
             ABOVE ARE SIZED TO THE 40 EVT SETS PLUS ATTRITION.
PREPARED BY: SITI AMINAH, MATERIALS PLANNER  (siti.aminah@kes-kulim.com.my)
""")])

# c14 Slack export: sign-off scoped to thermal only, explicitly not a production release.
case("c14_slack_scoped_signoff", [],
     "Slack: 30 DVT units active; PVT 300 on hold until written release by Erik Dahl; sign-off scoped 'thermal only, not a production release'",
     [("slack_halvorsen-hengtai-vhf.txt", """\
Slack export - channel #hme-hengtai-vhf-rb2 (shared channel)
Exported 2024-07-19 08:02 CEST by erik.dahl@halvorsen-marine.no
----------------------------------------------------------------------
[2024-06-24 09:11] Erik Dahl (Halvorsen): Morning all. PO 24-3388 is out: 30 DVT units of HME-VHF-RB2 rev A. Those 30 are the only units released. PVT (300) and MP are not released - they stay on hold until the full DVT report is signed off and I send a written release with the quantity.
[2024-06-24 09:40] Kevin Chen (Hengtai): received PO, thank you Erik. BOM check today, feedback tomorrow
[2024-06-25 10:02] Kevin Chen (Hengtai): BOM check done. 2 items LT issue: SI4463 (12wks) and TCXO 26MHz (8wks). we can use customer stock for SI4463?
[2024-06-25 10:15] Lars Nygaard (Halvorsen): yes, we ship the SI4463 for the DVT units from Bergen tomorrow, DHL 77 4410 2291
[2024-06-25 10:16] Kevin Chen (Hengtai): 👍
[2024-07-08 15:30] Kevin Chen (Hengtai): DVT 30 pcs shipped today, AWB 176-3390 2214. FCT report and AOI report in the box + uploaded to the portal
[2024-07-17 13:05] Lars Nygaard (Halvorsen): Thermal chamber results are in: -25/+70 °C cycling, 50 cycles, no failures, TX power drift 0.3 dB. So the DVT units are signed off for thermal only - this is not a production release. EMC and salt-fog still running.
[2024-07-17 13:07] Lars Nygaard (Halvorsen): @Kevin Chen please keep PVT on hold, Erik will send the written release once the full DVT report is signed
[2024-07-17 13:20] Kevin Chen (Hengtai): understood, PVT on hold, we wait Erik release
[2024-07-18 09:00] Erik Dahl (Halvorsen): Thanks both. Target for the full DVT report is week 31. I'll post here when the written release for the 300 PVT is out.
""")])

# c15 buyer refuses a supplier's request to buy material beyond the release.
_q = ("> From: Pham Thu Trang <trang.pham@bnaa.vn>\n"
      "> Sent: Monday, 1 July 2024 10:14\n"
      "> Subject: TZ-P4 EVT - long lead items\n>\n"
      "> Dear Amit,\n> The STM32H7 and the Bosch BMP390 now show 26 weeks at all franchise distributors.\n"
      "> To protect your ramp, can we buy the long lead items for 2,000 sets now?\n"
      "> Best regards, Trang\n")
_t = ("Hi Trang,\n\n"
      "Thanks for flagging this - but no, please don't buy for 2,000. Material authority stays sample-only: "
      "25 sets plus normal attrition.\n\n"
      "To repeat the scope of PO TZ-2024-074: only the 25 EVT units are released. The balance of 1,975 units "
      "stays on hold until EVT sign-off by Dr. Yael Katz and a written release from me.\n\n"
      "If the lead time becomes a real risk, send me the list of long-lead items with quantities, unit prices "
      "and cancellation terms. I'll take a staged material authority to our budget review and you'll get it "
      "in writing - or you won't.\n\n"
      "Best,\nAmit\n" + sig("Amit Shalev", "Senior Buyer, Supply Chain", "Tzafon Medical Ltd., Petah Tikva",
                            "+972 3 921 4470") + "\n" + _q)
_m = mail("Amit Shalev <amit.shalev@tzafonmed.co.il>", "Pham Thu Trang <trang.pham@bnaa.vn>",
          "RE: TZ-P4 EVT - long lead items", "Mon, 01 Jul 2024 12:31:00 +0300", _t, html=simple_html(_t),
          in_reply_to="<bnaa-lt-0701@bnaa.vn>")
case("c15_buyer_refuses_material", [],
     "Buyer answers supplier's 'buy for 2,000?' with no: sample-only material, 25 EVT released, balance on hold, Yael Katz sign-off + Amit's release",
     [("RE_TZ-P4_EVT_long_lead_items.eml", eml_bytes(_m))])

# c16 quoted supplier auto-conversion assumption, corrected by the buyer.
_t = ("Wei Ming,\n\n"
      "Please don't. A sample sign-off does not release anything by itself.\n\n"
      "Only the 20 samples under PO NA-2024-0412 are released. The other 2,980 pcs stay on hold until our R&D "
      "has signed off the samples and I have sent you a written release that states the quantity. Until then: "
      "no build and no material beyond the 20 sets.\n\n"
      "I know the CNY shutdown makes January tight. If you want to protect capacity, send me a line plan and "
      "I'll see what I can release once the sign-off is done.\n\n"
      "Venlig hilsen / best regards\nAnders\n"
      + sig("Anders Holm", "Purchasing Manager", "Nordlys Audio ApS, Aarhus", "+45 86 12 40 55") +
      "\n-----Original Message-----\n"
      "From: Tan Wei Ming <weiming.tan@ppa-penang.com.my>\n"
      "Sent: 9 October 2024 17:02\n"
      "Subject: NA-AMP-40 MK2 samples\n\n"
      "> Dear Anders, samples will ship Friday. Once you approve the samples we will roll straight into the\n"
      "> 3,000 pcs to save time before CNY. Pls confirm.\n"
      "> Regards, Wei Ming\n")
_m = mail("Anders Holm <ah@nordlys-audio.dk>", "Tan Wei Ming <weiming.tan@ppa-penang.com.my>",
          "RE: NA-AMP-40 MK2 samples", "Thu, 10 Oct 2024 08:15:00 +0200", _t,
          in_reply_to="<ppa-2291@ppa-penang.com.my>")
case("c16_autoconversion_corrected", [],
     "Quoted supplier assumes roll-over into 3,000; buyer's reply corrects it with full scope (20 released, 2,980 on hold, written release by Anders)",
     [("RE_NA-AMP-40_MK2_samples.eml", eml_bytes(_m))])

# c17 release of the full remaining balance: nothing left on hold.
case("c17_release_full_balance", [],
     "Written release of the remaining 1,940 after pilot sign-off; with the 60 pilot the whole PO is released, no balance",
     [("Brenner_Release_2_PO4700-2291.pdf", pdf([
         ("h1", "Production release no. 2"),
         ("p", "Brenner Messtechnik GmbH - Im Gewerbepark D 75 - 93059 Regensburg"),
         ("p", "To: Tisza EMS Kft., Szeged - attn. Szabó Eszter, Program Manager. Date: 16.07.2024"),
         ("table", [["PO", "Part", "Quantity", "Status after this release"],
                    ["4700-2291", "BM-FLX-300 main board, rev C", "60 (pilot)", "released 05.06.2024, delivered"],
                    ["4700-2291", "BM-FLX-300 main board, rev C", "1,940", "released by this letter"],
                    ["Total", "", "2,000", "full PO quantity released - nothing on hold"]]),
         ("sp",),
         ("p", "The pilot units were signed off on 12 July 2024 (pilot report PR-300-07, signed Dr. Thomas Brandt, "
               "no open findings). With this letter we release the remaining 1,940 units of PO 4700-2291 for "
               "production. Together with the 60 pilot units this is the full PO quantity of 2,000 units; no "
               "quantity remains on hold under this PO."),
         ("p", "Delivery: 4 lots of 485 units, KW 32, 34, 36 and 38, DAP Regensburg. Build to rev C with "
               "ECO-0412 included (pad change U12)."),
         ("p", "Dr. Thomas Brandt - Head of R&D, release authority for BM-FLX-300"),
     ], title="Release 2 PO 4700-2291", author="Thomas Brandt"))])

# c18 turnkey + consignment full-quantity PO (DOCX with table).
case("c18_consignment_full_po_docx", [],
     "Full-quantity PO (600 pcs) with a consigned-parts line; states it is the complete requirement; scoped 'proceed with the 600 pcs'",
     [("KI-PO-24-1188_BNAA.docx", docx_bytes([
         ("h1", "Purchase Order KI-PO-24-1188"),
         ("p", "Kallström Instruments AB, Teknikringen 9, 583 30 Linköping, Sweden - to Bac Ninh Advanced "
               "Assembly Co., Ltd., Que Vo IP, Bac Ninh, Vietnam. Date 2024-09-02. Currency EUR. "
               "Delivery terms FCA Hanoi. Payment 60 days net."),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Supply"],
                    ["10", "KI-PSM-3 rev C", "Power supervisor module PCBA, turnkey except line 20", "600", "41.30", "Supplier"],
                    ["20", "XC7S25-1CSGA225I", "FPGA, consigned by Kallström (attrition spares included in the shipment)", "600", "0.00", "Consigned"],
                    ["30", "NRE", "Functional test adapter rev C", "1", "1,150.00", "Supplier"]]),
         ("sp",),
         ("p", "This PO covers the complete requirement of 600 pcs KI-PSM-3 for the 2024/25 service-spares "
               "programme. No further quantity is planned, and there is no open balance. Please proceed with the "
               "600 pcs; deliveries 200 pcs each in weeks 44, 46 and 48."),
         ("p", "Consignment: the FPGAs (line 20) arrive at your bonded store in week 39 under our consignment "
               "agreement KI-CA-2023-02. Please report consigned stock monthly and return unused parts with the "
               "last delivery."),
         ("p", "Kitting: kit against BOM KI-PSM-3 rev C; AVL alternates only as listed in the BOM."),
         ("p", "Johan Ek, Category Buyer, johan.ek@kallstrom-instruments.se"),
     ], author="Johan Ek"))])

# c19 multi-file: sample PO PDF with prepayment disclaimer + supplier quote TXT.
case("c19_po_prepay_plus_quote", [],
     "Two files: EVT PO 40 with prepayment stated as commercial only; balance 3,960 on hold until EVT sign-off + Oren's release; quote tiers covered",
     [("PO_KN-PO-24-0811.pdf", pdf([
         ("h1", "Keshet Networks Ltd. - Purchase Order KN-PO-24-0811"),
         ("table", [["Supplier", "Shenzhen Pengda Circuit Assembly Co., Ltd., Longhua, Shenzhen"],
                    ["Date", "2024-08-12"], ["Your quote", "PD-Q-0577 rev 1 (attached to this order)"],
                    ["Payment", "50% prepayment for line 1, 50% net 30 after delivery"],
                    ["Incoterms", "FCA Hong Kong"]]),
         ("sp",),
         ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Scope"],
                    ["1", "KN-CPE-7 rev A", "Wi-Fi 7 CPE main board PCBA", "40", "118.50", "EVT - released"],
                    ["2", "KN-CPE-7 rev A", "Production balance per quote PD-Q-0577", "3,960", "19.80", "NOT released - on hold"]]),
         ("sp",),
         ("h", "Order scope"),
         ("p", "Only line 1 (40 EVT units) is released. Line 2 (3,960 units) is not released: do not start it and "
               "do not buy material for it. It stays on hold until the EVT sign-off and a written release from "
               "Oren Ben-David, Procurement Manager."),
         ("p", "The 50% prepayment is a commercial term only. It does not release production of any quantity "
               "beyond the 40 EVT units."),
         ("p", "Material authority: sample-only (40 sets plus attrition)."),
     ], title="KN-PO-24-0811", author="Oren Ben-David")),
      ("Pengda_quote_PD-Q-0577_rev1.txt", """\
SHENZHEN PENGDA CIRCUIT ASSEMBLY CO., LTD.
QUOTATION PD-Q-0577 REV 1                         DATE: 2024-08-05
TO: KESHET NETWORKS LTD. / MR. OREN BEN-DAVID
PRODUCT: KN-CPE-7 REV A MAIN BOARD (10L HDI, 1+8+1, BOM 412 LINES)
--------------------------------------------------------------------
PHASE        QTY      UNIT USD    LEAD TIME
EVT          40       118.50      4 WKS AFTER KIT
MP           4,000    19.80       8 WKS AFTER KIT, 1K/WEEK
--------------------------------------------------------------------
NRE: STENCIL USD 420 / FIXTURE USD 2,800 / PROGRAMMING USD 650
PAYMENT: 50% PREPAYMENT, 50% NET 30
REMARK: QCA IPQ9574 + QCN6274 PRICE BASED ON CUSTOMER PRICE AGREEMENT,
        LT 14-16 WKS. PCB 10L HDI FROM OUR PARTNER, LT 3 WKS.
SALES: WANG JUN  +86 755 2310 8871  wangjun@pengda-sz.com
""")])

# c20 EMS customer-portal export showing the hold (supplier status page).
_rows = [["WO", "Assembly", "Phase", "Qty", "Status", "Remark"],
         ["WO-24-2210", "BLC-2240-002 rev A", "EVT", "20", "Shipped 2024-05-28", "AWB 7781 2290 4410"],
         ["WO-24-2388", "BLC-2240-002 rev B", "MP", "2,480", "ON HOLD", "Not released. Awaiting EVT sign-off by Brightline and written release by Megan Foster (Sr. Buyer)."],
         ["-", "BLC-2240-002 rev B", "Material", "20 sets", "Complete", "Material authority: sample-only. No MP material ordered."]]
case("c20_portal_hold_mx", [],
     "Supplier portal export: EVT 20 shipped; MP 2,480 on hold awaiting EVT sign-off + written release by named buyer; sample-only material",
     [("EdB_portal_BLC-2240.html", html_page("EdB Customer Portal - Brightline Controls", f"""
<div style="background:#0b3d6e;color:#fff;padding:6px">Electr&oacute;nica del Baj&iacute;o &middot; Customer Portal &middot; logged in as <i>mfoster@brightline-controls.com</i></div>
<h3>Work orders &mdash; customer: Brightline Controls Inc. &mdash; PO 4500024102</h3>
{html_table(_rows)}
<p>Last update: 2024-06-03 07:45 CST &middot; Planner: Ana Ruiz (aruiz@edbajio.com.mx)</p>
<p style="font-size:11px;color:#666">Data in this portal is provided for information. Orders, changes and releases are valid only
as written documents from the customer.</p>
"""))])

# c21 hold notice from the buyer (TXT), complete.
case("c21_hold_notice_de", [],
     "Buyer hold notice: 250 released so far, 4,750 on hold until PVT sign-off + written release by Jens Albrecht; material limited to 250 sets",
     [("HOLD_NOTICE_4510093015.txt", """\
WEIDNER ANTRIEBSTECHNIK GMBH - STRATEGISCHER EINKAUF
Zeppelinstrasse 112, 73730 Esslingen am Neckar
------------------------------------------------------------------------
HOLD NOTICE / SPERRVERMERK                              Date: 2024-09-09
To      : Dunantul Electronics Kft., Szekesfehervar - Mr. Peter Kovacs
PO      : 4510093015     Part: 7100-3352-00 Rev 01 (brake chopper PCBA)
PO qty  : 5,000 pcs
------------------------------------------------------------------------
Released so far ................ 250 pcs  (PVT lot, release of 19.08.2024)
On hold ........................ 4,750 pcs
Material authority ............. 250 sets only (released quantity)
------------------------------------------------------------------------
The 4,750 pcs are NOT released. Do not start them and do not buy
material for them. They stay on hold until:
  1. the PVT lot is signed off by our quality department
     (PVT report PR-3352, target KW 40), and
  2. a written release naming the quantity, signed by Jens Albrecht,
     Strategic Purchasing.
Schedule impact: the series start moves from KW 40 to KW 43 earliest.
Please confirm receipt of this notice by e-mail.
------------------------------------------------------------------------
Jens Albrecht  |  +49 711 3102 448  |  j.albrecht@weidner-antriebe.de
""")])

# c22 Jira export (buyer-side NPI project), complete scope, labelled forecast.
case("c22_jira_npi_export", [],
     "Jira export: 12 proto units on PO; production qty labelled forecast and not released until proto sign-off + written release by Noa Levi",
     [("jira_NPI_OM-TRM-220_export.txt", """\
Jira export - project NPI (Orbital Mesh) - filter: component = OM-TRM-220 AND sprint = "Proto-A"
Exported 2024-03-28 11:20 IST by ronen.azoulay
=========================================================================================
NPI-412  [Task]  Issue proto PO to Saigon Circuit Works                 Status: DONE
  Assignee: Noa Levi     Reporter: Ronen Azoulay     Updated: 2024-03-14
  Description:
    PO OM-7650 issued to Saigon Circuit Works: 12 proto units of OM-TRM-220 rev A.
    Production quantity (1,000/yr, forecast only) is NOT released. It stays on hold until the
    proto sign-off (NPI-415) and a written release by Noa Levi. Material: 12 sets only.
  Comments:
    2024-03-14 Noa Levi: PO sent, supplier acknowledged same day (OA SCW-24-0311 restates the hold).
-----------------------------------------------------------------------------------------
NPI-413  [Task]  Consign AD9361 + XC7A35T for proto                    Status: DONE
  Assignee: Gil Mizrahi   Updated: 2024-03-18
  Description: ship the proto sets (incl. spares) from Haifa stores. DHL AWB 44 1290 7733.
-----------------------------------------------------------------------------------------
NPI-415  [Task]  Proto sign-off test plan (RF, thermal, EMC pre-scan)  Status: IN PROGRESS
  Assignee: Ronen Azoulay   Updated: 2024-03-27
  Description:
    Test plan TP-220-03. Exit criteria: EVM < -32 dB at 64APSK, Tj < 95 C at 55 C ambient.
    Outcome goes on the sign-off form; the sign-off itself does not release production.
-----------------------------------------------------------------------------------------
NPI-419  [Bug]   U14 footprint rotated 90 deg on rev A                 Status: OPEN
  Assignee: Gil Mizrahi   Priority: High
  Description: rework on proto units OK (SCW to hand-rotate). Fix in rev B layout (ECO-0307).
=========================================================================================
""")])

# c23 PCB engineering query sheet with technical answers only.
case("c23_pcb_eq_sheet_docx", [],
     "PCB shop engineering-query sheet with the buyer's technical answers ('OK as proposed'); no authorization",
     [("EQ_XHC-24-0719_FO-LS-12.docx", docx_bytes([
         ("h1", "Engineering Query (EQ) - XHC-24-0719"),
         ("p", "Shenzhen Xinhua Circuits Co., Ltd. - CAM department. Customer: Feldmann Optoelektronik GmbH, Jena. "
               "Job: FO-LS-12 Rev C, 4-layer FR-4 TG170, 1.6 mm, ENIG. Gerber set FO-LS-12_C_240715.zip. "
               "Customer PO reference FO-24-0119."),
         ("table", [["No.", "Question", "Our proposal", "Customer reply"],
                    ["1", "Annular ring on vias L2-L3 is 0.08 mm, below our 0.10 mm capability.",
                     "Enlarge via pads from 0.45 to 0.50 mm where space allows.", "OK as proposed"],
                    ["2", "50 ohm single-ended impedance on L1: trace 0.127 mm gives 53.8 ohm with our prepreg 2116.",
                     "Change trace width to 0.135 mm on the controlled nets.", "OK as proposed"],
                    ["3", "Silkscreen overlaps exposed copper at J2 pins 1-4.", "Clip silkscreen.", "OK"],
                    ["4", "Panel: 2 x 3 array, 5 mm rails, 3 fiducials, V-score.", "As listed.",
                     "Use tab-routing with mouse bites instead of V-score (optical window near the edge)."],
                    ["5", "Date code and UL mark position.", "Bottom side, near the tooling hole.", "OK"]]),
         ("sp",),
         ("p", "Please return this EQ within 2 working days; the job is on hold at CAM until we have your replies."),
         ("p", "CAM engineer: Huang Lei, huanglei@xinhua-pcb.cn. Customer replies entered by: Stefan Roth, "
               "PCB layout, Feldmann Optoelektronik, 17.07.2024."),
     ], author="Huang Lei"))])

# c24 PVT build authorization with a two-person release for MP.
case("c24_pvt_authorization_two_signers", [],
     "PVT 300 released; MP 4,700 on hold until PVT sign-off and written release by Karin Lund countersigned by CFO",
     [("LPS-BMS-48_PVT_build_authorization.docx", docx_bytes([
         ("h1", "PVT build authorization - LPS-BMS-48 rev 3"),
         ("p", "Lindqvist Power Systems AB, Västerås - to Penang Precision Assembly Sdn. Bhd. Reference PO "
               "LPS-24-0530 rev 2. Date 2 September 2024."),
         ("table", [["Phase", "Quantity", "Status"],
                    ["EVT", "20", "built and signed off (EVT report 11 June 2024)"],
                    ["DVT", "60", "built and signed off (DVT report 19 August 2024)"],
                    ["PVT", "300", "released by this document - build now"],
                    ["MP (first year)", "4,700", "NOT released - on hold"]]),
         ("sp",),
         ("p", "Please build the 300 PVT units now, on the production line and with production test (ICT + "
               "EOL cell-balancing test), for delivery in week 41."),
         ("p", "The 4,700 MP units are not released. Do not start them. They stay on hold until the PVT sign-off "
               "(PVT report, our quality team) and a written release signed by Karin Lund, Supply Chain Manager, "
               "and countersigned by Erik Sandberg, CFO, as second signatory."),
         ("p", "Material authority: staged up to 1,000 sets for the NCNR items on list LPS-NCNR-04 (TI BQ79616, "
               "Murata shunt), at Lindqvist's liability. All other material only for the 300 PVT units."),
         ("p", "Standards: IEC 62133-2:2017 cells test by us, UN 38.3 by us; board workmanship IPC-A-610 Class 2."),
         ("p", "Karin Lund, Supply Chain Manager - karin.lund@lindqvistpower.se - +46 21 480 22 10"),
     ], author="Karin Lund"))])

# c25 long clean thread with DOCX packaging spec attached; scope sentence among logistics.
_spec = docx_bytes([
    ("h1", "Packaging and labelling specification KMD-PK-0048 rev B"),
    ("p", "Applies to all PCBA shipments to Kestrel Medical Devices, St. Paul MN."),
    ("table", [["Item", "Requirement"],
               ["Inner pack", "ESD shielding bag, heat-sealed, 1 PCBA per bag"],
               ["Moisture", "MSL 3 parts: bake per J-STD-033D if floor life exceeded; HIC card in each carton"],
               ["Carton", "Double-wall, max. 12 kg, ESD label on two sides"],
               ["Label fields", "PO number, P/N + rev, qty in carton, lot code YYWW-0048, supplier code 7721"],
               ["Documents", "CoC, AOI/X-ray summary, serial list, rev of DWG-2150"]]),
    ("p", "Lot code example: 2427-0048 = week 27 of 2024, lot 48. Supplier code 7721 is fixed for Electrónica del Bajío."),
], author="Rachel Kim")
_t = ("Hi Ana,\n\n"
      "Thanks for the call this morning, and for the pictures of the new X-ray station - nice upgrade.\n\n"
      "Summary of what we agreed, so it's in writing:\n\n"
      "1. Scope. PO 7800-4480 is for the pilot. Please proceed with the 48 pilot units only. The remaining 1,152 "
      "units of the quoted 1,200 are not released; they stay on hold until the pilot FAI is signed off by Priya "
      "Raman (NPI Engineering) and you have my written release with the quantity.\n\n"
      "2. Material. Sample-only: 48 sets plus your usual attrition. The Nordic nRF5340 is on allocation, so use "
      "the parts we consigned (shipped Friday, FedEx 7741 2208 9931).\n\n"
      "3. Packaging. New spec KMD-PK-0048 rev B attached - the label now needs the supplier code 7721 and the "
      "lot code format YYWW-0048. Nothing else changed.\n\n"
      "4. Shipping. DAP St. Paul, FedEx International Priority, our account 2290-4471-8. Please send the "
      "commercial invoice with HTS 8537.10 and the USMCA certificate.\n\n"
      "5. Schedule. SMT 22 Jul, FCT 24 Jul, ship 26 Jul. Priya will be on site 24-25 Jul for the FAI.\n\n"
      "Let me know if I missed anything.\n\n"
      "Rachel\n" + sig("Rachel Kim", "Senior Buyer", "Kestrel Medical Devices", "+1 651 555 0144") +
      "\n> From: Ana Ruiz <aruiz@edbajio.com.mx>\n"
      "> Sent: Monday, July 8, 2024 8:02 AM\n"
      "> Subject: KM pilot - agenda for today\n>\n"
      "> Hi Rachel, for our 10:00 call: (a) consigned nRF5340 status, (b) new label spec,\n"
      "> (c) FAI dates, (d) USMCA paperwork. Also: our new Nordson X-ray is running, photos attached.\n"
      "> Saludos, Ana\n")
_m = mail("Rachel Kim <rkim@kestrelmed.com>", "Ana Ruiz <aruiz@edbajio.com.mx>",
          "RE: KM pilot - agenda for today", "Mon, 08 Jul 2024 13:47:00 -0500", _t, html=simple_html(_t),
          cc="Priya Raman <praman@kestrelmed.com>", in_reply_to="<edb-0708-agenda@edbajio.com.mx>",
          attachments=[("KMD-PK-0048_revB.docx", _spec, DOCX_MT)])
case("c25_long_thread_pilot_scope", [],
     "Long buyer email with logistics/spec noise; 'proceed with the 48 pilot units only', 1,152 on hold until FAI by Priya Raman + Rachel's release",
     [("RE_KM_pilot_agenda.eml", eml_bytes(_m))])


# =================================================================== POSITIVE
# p01 EVT PO + quote with MP 2,500 attached to the same mail; nothing on hold.
_po = pdf([
    ("h1", "PURCHASE ORDER 4500023817"),
    ("table", [["Buyer", "Brightline Controls Inc., 2200 Kenny Rd, Columbus OH 43210, USA"],
               ["Supplier", "Electrónica del Bajío S.A. de C.V., Zapopan, Jal., México (vendor 20418)"],
               ["PO date", "2024-05-13"], ["Payment", "Net 45"], ["Incoterms", "DAP Columbus OH"],
               ["Buyer", "Megan Foster, Sr. Buyer"]]),
    ("sp",),
    ("table", [["Line", "Part / rev", "Description", "Qty", "UoM", "Unit USD", "Ext. USD", "Need date"],
               ["10", "BLC-2210-001 rev B", "GW200 gateway main board PCBA, EVT build", "20", "EA", "148.00", "2,960.00", "2024-06-21"],
               ["20", "NRE-EDB-0412", "Stencils, AOI/ICT programming", "1", "LOT", "3,850.00", "3,850.00", "2024-06-07"]]),
    ("sp",),
    ("p", "Quality: IPC-A-610 Class 2. Conformal coating per drawing note 7. Include AOI and X-ray reports."),
    ("p", "Brightline standard terms BLC-TC-2023 apply."),
], pagesize=LETTER, title="PO 4500023817", author="Megan Foster")
_qt = pdf([
    ("h1", "COTIZACIÓN / QUOTATION Q-EDB-24-0412 rev 2"),
    ("p", "Electrónica del Bajío S.A. de C.V. - Zapopan, Jalisco. Customer: Brightline Controls Inc. "
          "Date: 2024-04-30. Valid 30 days."),
    ("table", [["Build", "Qty", "Unit price USD", "Lead time"],
               ["EVT", "20", "148.00", "5 weeks"],
               ["Mass production", "2,500", "61.40", "10 weeks after kit complete"]]),
    ("sp",),
    ("table", [["NRE", "USD"], ["Stencils (2)", "560.00"], ["AOI + ICT programming", "3,290.00"]]),
    ("p", "Murata LBEE5 Wi-Fi module lead time 16 weeks. Prices in USD, EXW Zapopan for NRE, DAP for PCBA."),
    ("p", "Luis Ramírez, Key Account Manager"),
], title="Q-EDB-24-0412 rev 2", author="Luis Ramírez")
_t = ("Hi Luis,\n\n"
      "Hope the week's going well down there. PO 4500023817 is attached for the EVT build of the GW200 gateway "
      "main board (BLC-2210-001 rev B). I've also attached your quote Q-EDB-24-0412 rev 2 so both documents "
      "are in one place for your order desk.\n\n"
      "A few logistics notes:\n"
      "- Ship to our Columbus dock, attn. Priya Raman (NPI). FedEx International Priority on our account 4471-2280-6.\n"
      "- Please include the AOI and X-ray reports with the shipment, plus 2 spare bare boards.\n"
      "- Conformal coating per drawing note 7 - mask the J3 and J7 headers.\n\n"
      "Target dock date is June 21. Let me know if the 16-week lead time on the Murata module changes anything.\n\n"
      "Thanks,\nMegan\n" + sig("Megan Foster", "Sr. Buyer", "Brightline Controls Inc.", "+1 614 555 0187"))
_m = mail("Megan Foster <mfoster@brightline-controls.com>", "Luis Ramírez <lramirez@edbajio.com.mx>",
          "PO 4500023817 - GW200 EVT build", "Mon, 13 May 2024 15:20:00 -0400", _t,
          attachments=[("PO_4500023817.pdf", _po, PDF_MT), ("Q-EDB-24-0412_rev2.pdf", _qt, PDF_MT)])
case("p01_eml_evt_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "EVT PO for 20 mailed with the quote showing MP 2,500; nothing says the 2,500 is not released, no unlock event, no release person",
     [("PO_4500023817_GW200_EVT.eml", eml_bytes(_m))])

# p02 multi-file: German SAP PO printout (12 A-samples) + Hungarian quote with 1.200 series lots.
_sap = """\
Weidner Antriebstechnik GmbH                                   BESTELLUNG / PURCHASE ORDER
Zeppelinstrasse 112 . 73730 Esslingen am Neckar                Nr./No.   4510087734
USt-IdNr. DE 145 229 817                                       Datum     06.05.2024
                                                               Seite     1 / 1
Lieferant / Supplier: 700418
Dunantul Electronics Kft.
Berenyi ut 72-100, 8000 Szekesfehervar, Ungarn

Ansprechpartner / Contact : Jens Albrecht, Tel. +49 711 3102 448
Zahlungsbedingung         : 30 Tage netto / 30 days net
Lieferbedingung           : FCA Szekesfehervar (Incoterms 2020)
Ihr Angebot / Your quote  : DEK-Q-2024-118 vom 25.04.2024
--------------------------------------------------------------------------------------
Pos  Material          Bezeichnung                         Menge  ME   Preis EUR    Wert EUR
--------------------------------------------------------------------------------------
00010 7100-3321-00     Umrichter-Steuerplatine / inverter     12  ST      212,50    2.550,00
      Rev 03           control PCBA - A-Muster / A-sample
      Liefertermin / delivery: KW 26/2024
      Erstmusterpruefbericht (EMPB) nach VDA Band 2 beilegen.
      Please deliver with ICT report and X-ray of U1 (BGA).
--------------------------------------------------------------------------------------
                                                        Gesamtwert netto    2.550,00 EUR
Es gelten unsere Einkaufsbedingungen EKB 2023 sowie DIN EN ISO 9001:2015.
Bitte bestaetigen Sie diese Bestellung innerhalb von 3 Arbeitstagen.
"""
_hq = pdf([
    ("h1", "Ajánlat / Quotation DEK-Q-2024-118"),
    ("p", "Dunántúl Electronics Kft. - Berényi út 72-100, 8000 Székesfehérvár, Hungary - 25.04.2024"),
    ("p", "Customer: Weidner Antriebstechnik GmbH, Esslingen - Mr. Jens Albrecht"),
    ("table", [["Phase", "Quantity", "Unit price (EUR)", "Lead time"],
               ["A-sample", "12 pcs", "212,50", "4 weeks"],
               ["Series", "1.200 pcs / lot", "38,90", "8 weeks, then 1 lot / quarter"],
               ["Annual volume", "4.800 pcs", "38,90", "-"]]),
    ("sp",),
    ("p", "Prices ex works Székesfehérvár, packing in ESD trays included. Payment 30 days net. "
          "Copper and component price clause applies to the series price (basis LME 04/2024)."),
    ("p", "Kovács Péter - Sales Director - peter.kovacs@dunantul-el.hu"),
], title="DEK-Q-2024-118", author="Kovacs Peter")
case("p02_sap_po_and_hu_quote_files", ["RG001", "RG003", "RG004", "RG005"],
     "Folder bundle: A-sample PO for 12 plus quote with 1.200/lot and 4.800/yr; no hold, no unlock event, no release person",
     [("Bestellung_4510087734.txt", _sap), ("DEK-Q-2024-118.pdf", _hq)])

# p03 buyer portal PO: NPI 30 + production lot 15,000 that starts on receipt of the deposit.
_lines = [["Line", "Item / rev", "Description", "Qty", "UoM", "Unit USD", "Ext. USD", "Need date"],
          ["1", "KN-RF-118 rev C", "5G small-cell RF front-end PCBA - NPI build", "30", "pcs", "96.00", "2,880.00", "2024-07-15"]]
_sched = [["Lot", "Qty", "Unit USD", "Target start"],
          ["Production lot", "15,000", "35.10", "Q4 2024"]]
case("p03_portal_po_deposit_starts_lot", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "Portal PO: NPI 30 with a 15,000 production lot beside it, which 'starts as soon as the deposit is received'; no hold/event/person",
     [("KN-PO-24-0588_portal.html", html_page("Keshet Networks Supplier Portal - PO KN-PO-24-0588", f"""
<div style="background:#3a1c71;color:#fff;padding:6px">Keshet Networks &middot; Supplier Portal &middot; Purchase Orders</div>
<h2>Purchase Order KN-PO-24-0588 &nbsp;<small>status: SENT TO SUPPLIER</small></h2>
{html_table([["Supplier", "Shenzhen Hengtai Electronics Co., Ltd. (SUP-00871)"],
             ["Buyer", "Oren Ben-David, Procurement Manager, Keshet Networks Ltd., Herzliya"],
             ["PO date", "2024-06-10"], ["Currency", "USD"], ["Incoterms", "FCA Hong Kong"],
             ["Quote ref.", "HT-Q-240518"]])}
<h3>Lines</h3>
{html_table(_lines)}
<h3>Production schedule</h3>
{html_table(_sched)}
<h3>Commercial terms</h3>
<p>Payment: NPI line net 30 after delivery. Production lot: 30% deposit, 70% net 30 after each shipment.
The production lot is scheduled to start as soon as the 30% deposit has been received by Hengtai.</p>
<p>Quality: IPC-A-610 Class 2; RF test per KN-TS-118 rev 4 (S-parameters, ACLR); traceability by serial number.</p>
<p style="font-size:11px;color:#666">Generated by Keshet SRM 5.2 &middot; printed 2024-06-10 14:02 IDT</p>
"""))])

# p04 mail with DOCX PO, quote lines pasted, "Green light from Bergen".
_po = docx_bytes([
    ("h1", "Purchase order 24-3317"),
    ("p", "Halvorsen Marine Electronics AS, Sandviksboder 17, 5035 Bergen, Norway - to Bac Ninh Advanced "
          "Assembly Co., Ltd., Vietnam. Date 2024-05-21. Currency USD. FCA Hanoi. Payment 45 days net."),
    ("table", [["Pos", "Part", "Description", "Qty", "Unit USD", "Delivery"],
               ["1", "HME-AIS-CB rev D", "AIS class B transponder board, DVT build", "30", "84.20", "wk 26"]]),
    ("p", "IPC-A-610 Class 2. Conformal coating (HumiSeal 1B31) all over except connectors - marine use."),
    ("p", "Erik Dahl, Purchasing Manager"),
], author="Erik Dahl")
_t = ("Hi Mai,\n\n"
      "Thanks for the quick turnaround on the quote. PO 24-3317 is attached: 30 pcs of HME-AIS-CB rev D for "
      "our DVT build. For completeness I've copied your quote lines below:\n\n"
      "    DVT build       30 pcs   USD 84.20\n"
      "    Production   6,000 pcs   USD 22.75   (LT 12 wks from kit complete)\n\n"
      "Green light from Bergen - looking forward to seeing the first boards! Please send the DFM report "
      "before you cut the stencil, and use the HumiSeal 1B31 we discussed.\n\n"
      "Best regards / Med vennlig hilsen\nErik\n"
      + sig("Erik Dahl", "Purchasing Manager", "Halvorsen Marine Electronics AS", "+47 55 30 21 64"))
_m = mail("Erik Dahl <erik.dahl@halvorsen-marine.no>", "Tran Thi Mai <mai.tran@bnaa.vn>",
          "PO 24-3317 - AIS transponder board DVT", "Tue, 21 May 2024 10:02:00 +0200", _t,
          html=simple_html(_t), attachments=[("PO_24-3317.docx", _po, DOCX_MT)])
case("p04_eml_green_light_with_quote_lines", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "DVT PO 30 with quoted 6,000 production line pasted beside it and an unscoped 'Green light from Bergen'; no hold, event or person",
     [("PO_24-3317_AIS_DVT.eml", eml_bytes(_m))])

# p05 DOCX golden-unit PO with the agreed production quantity/price in the same document.
case("p05_docx_golden_po_prod_price", ["RG001", "RG003", "RG004", "RG005"],
     "Golden-unit PO 'twelve (12)' lists the agreed production quantity 2,400 with price and lots; never says it is not released",
     [("NA-2024-0455_PO.docx", docx_bytes([
         ("h1", "Purchase Order NA-2024-0455"),
         ("p", "Nordlys Audio ApS, Søren Frichs Vej 38, 8230 Åbyhøj (Aarhus), Denmark - CVR 3871 2290. "
               "To: Penang Precision Assembly Sdn. Bhd., Bayan Lepas FIZ Phase 4, Penang, Malaysia. "
               "Date: 19 August 2024. Your quotation: Q-PPA-0412 rev 3."),
         ("p", "Please manufacture twelve (12) golden units of the NA-SUB-12 subwoofer amplifier PCBA, rev 2.1, "
               "for our listening tests and the compliance lab (EN 55032 / EN 62368-1)."),
         ("table", [["Pos.", "Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
                    ["1", "NA-SUB-12 rev 2.1", "Subwoofer amplifier PCBA - golden unit", "12", "88.00", "1,056.00"],
                    ["2", "NRE", "Stencil, test jig NA-TJ-12", "1", "2,150.00", "2,150.00"]]),
         ("sp",),
         ("h", "Agreed production pricing"),
         ("table", [["Quantity", "Unit EUR", "Delivery"],
                    ["2,400 pcs", "31.60", "4 monthly lots of 600 pcs from February 2025"]]),
         ("sp",),
         ("p", "Delivery of the golden units: DAP Aarhus, by 27 September 2024, each unit with its test log "
               "(THD+N, output power at 4 ohm)."),
         ("p", "Invoices to ap@nordlys-audio.dk quoting the PO number. Nordlys general purchasing terms v4 apply."),
         ("p", "Anders Holm, Purchasing Manager"),
     ], author="Anders Holm"))])

# p06 quoted thread: complete scope below, unscoped "Sounds good, go ahead" on top.
_t = ("Sounds good, go ahead. Thanks Duc!\n\n"
      "Noa\n" + sig("Noa Levi", "Procurement Lead", "Orbital Mesh Ltd., Haifa", "+972 4 850 3312") +
      "\nOn Tue, 14 May 2024 at 11:20, Le Minh Duc <duc.le@saigoncircuit.vn> wrote:\n"
      "> Hi Noa,\n"
      "> Kitting is complete and the stencil passed first-article SPI this morning.\n"
      "> Line 3 is free from Thursday. Shall we start?\n"
      "> Best regards, Duc\n"
      ">\n"
      "> On Mon, 29 Apr 2024 at 09:05, Noa Levi <noa.levi@orbitalmesh.co.il> wrote:\n"
      ">> Hi Duc,\n"
      ">> PO OM-7731 is attached. It covers 25 DVT units of OM-TRM-220 rev B. Only these 25 are\n"
      ">> released. The remaining 975 units of the production quantity are not released and must\n"
      ">> not be started; they stay on hold until DVT sign-off by our engineering and a written\n"
      ">> release from me (Noa Levi, Procurement Lead). Material authority: 25 sets only.\n"
      ">> Thanks, Noa\n")
_m = mail("Noa Levi <noa.levi@orbitalmesh.co.il>", "Le Minh Duc <duc.le@saigoncircuit.vn>",
          "RE: OM-7731 kitting complete", "Tue, 14 May 2024 12:03:00 +0300", _t,
          in_reply_to="<scw-0514-kit@saigoncircuit.vn>")
case("p06_thread_sounds_good_go_ahead", ["RG002"],
     "Scope complete in quoted PO mail; buyer's top reply 'Sounds good, go ahead' names no quantity and no sample scope",
     [("RE_OM-7731_kitting_complete.eml", eml_bytes(_m))])

# p07 Slack: scope given, later an unscoped "green light from our side".
case("p07_slack_green_light", ["RG002"],
     "Slack: 40 EVT released with hold/event/person; later buyer posts 'looks great, green light from our side' with no quantity",
     [("slack_sisu-hengtai-sx9.txt", """\
Slack export - #sisu-hengtai-sx9 (Slack Connect)
Range: 2024-06-03 .. 2024-06-13     Exported by mikko.virtanen@sisusensors.fi
------------------------------------------------------------------------
2024-06-03 09:14  Mikko Virtanen (Sisu Sensors)
  PO SS-45-1180 is in your inbox: 40 pcs of the SX-9 radar sensor board rev B for EVT. The other 1,960 from the quote are NOT released - keep them on hold until EVT sign-off and my written release. Material: EVT sets only.
2024-06-03 09:31  Kevin Chen (Hengtai)
  received, thank you Mikko. will check BOM and feedback shortage
2024-06-04 11:02  Kevin Chen (Hengtai)
  shortage: IWR6843AOP LT 20wk. you have stock? else we try broker, price high
2024-06-04 11:20  Aino Korhonen (Sisu Sensors)
  We consign the IWR6843AOP for EVT. DHL 88 2204 1197, ETA Friday.
2024-06-07 16:45  Kevin Chen (Hengtai)
  IWR6843 received, thanks Aino 🙏
2024-06-12 16:02  Kevin Chen (Hengtai)
  stencil arrive, SPI setup done. first article board pass AOI and flying probe. photo: FA_board_top.jpg, FA_board_bot.jpg
2024-06-12 16:40  Mikko Virtanen (Sisu Sensors)
  looks great 👍 green light from our side
2024-06-12 16:41  Kevin Chen (Hengtai)
  ok thank you, we arrange
2024-06-13 08:10  Aino Korhonen (Sisu Sensors)
  @Kevin Chen pls send the FA photos of the antenna area in higher resolution too
""")])

# p08 NPI review minutes (DOCX): scope complete; "good to run" with no quantity.
case("p08_docx_minutes_good_to_run", ["RG002"],
     "Minutes: pilot 60 released, 1,940 on hold until pilot sign-off + written release by Thomas Brandt; later 'Decision: ... good to run' unscoped",
     [("Minutes_NPI_review_BM-FLX-300_2024-06-19.docx", docx_bytes([
         ("h1", "NPI review BM-FLX-300 - minutes"),
         ("p", "Date: 19.06.2024, 10:00-11:30, Teams + on site in Szeged. Attendees: Dr. Thomas Brandt, "
               "Markus Seidl (Brenner Messtechnik); Szabó Eszter, Nagy Gábor, Tóth Ádám (Tisza EMS)."),
         ("h", "1. Scope of PO 4700-2291"),
         ("p", "The PO covers the pilot run of 60 units. Only these 60 are released. The remaining 1,940 units of "
               "the planned production quantity are not released and remain on hold until the pilot sign-off "
               "(pilot report signed by Dr. Thomas Brandt) and a written release by Thomas Brandt."),
         ("h", "2. DFM findings"),
         ("li", "Via-in-pad under U12 (QFN-48) not filled - Tisza proposes filled and capped vias; Brenner to "
                "decide for rev C (ECO-0412)."),
         ("li", "Three 0201 pads on the sensor front end too close to the shield frame; accepted for pilot."),
         ("li", "Test point TP22 missing for the 3V3_A rail; added as flying-probe net."),
         ("h", "3. Stencil and reflow"),
         ("p", "Stencil rev B (120 µm, step-down to 100 µm at U12) and reflow profile P-07 were reviewed on the "
               "first panel: solder joints OK, voids under the QFN thermal pad below 25%. "
               "Decision: good to run."),
         ("h", "4. Actions"),
         ("table", [["No.", "Action", "Owner", "Due"],
                    ["1", "Send X-ray images of U12, panel 1", "Tóth Ádám", "21.06.2024"],
                    ["2", "Decide via-in-pad for rev C", "Markus Seidl", "28.06.2024"],
                    ["3", "Update flying probe program (TP22)", "Nagy Gábor", "24.06.2024"]]),
         ("p", "Minutes: Szabó Eszter, Tisza EMS Kft. Corrections within 3 working days please."),
     ], author="Szabo Eszter"))])

# p10 Teams chat: no quantity anywhere; "Approved, proceed." unscoped.
case("p10_teams_approved_proceed_noqty", ["RG002", "RG010"],
     "Teams: EVT build ordered with hold/event/person but the quantity is never stated; later 'Approved, proceed.'",
     [("teams_tzafon-longhua_TZ-P4.txt", """\
Microsoft Teams - chat export
Chat: Tzafon Medical <> Longhua Smart Mfg - TZ-P4 controller
Participants: Amit Shalev (Tzafon Medical), Dr. Yael Katz (Tzafon Medical), Sunny Liu (Longhua Smart Mfg)
--------------------------------------------------------------------------------
[21/05/2024 09:12] Amit Shalev
PO TZ-2024-061 is out for the EVT build of the TZ-P4 infusion pump controller board (rev C). Anything beyond the EVT build is not released: it stays on hold until EVT sign-off by Dr. Yael Katz and my written release.
[21/05/2024 09:40] Sunny Liu
Received Amit, thank you. We will check BOM and revert shortage list.
[22/05/2024 14:05] Sunny Liu
Shortage: STM32H743 LT 18 weeks, MAX30003 LT 12 weeks. Can Tzafon consign?
[22/05/2024 14:30] Dr. Yael Katz
We consign both from our stock in Petah Tikva. Amit will send AWB.
[23/05/2024 10:02] Amit Shalev
AWB 176-4410 9921, FedEx, ETA Monday.
[30/05/2024 16:48] Sunny Liu
Hi Amit, kits for PO TZ-2024-061 are complete, SMT line 2 available tomorrow morning. Can we start?
[30/05/2024 17:05] Amit Shalev
Approved, proceed.
[30/05/2024 17:06] Sunny Liu
ok, thanks Amit 🙏
""")])

# p11 golden-unit PO: "APPROVED" (finance workflow) and "approved by R&D" (technical); no hold/event/person.
case("p11_pdf_golden_po_approved_twice", ["RG003", "RG004", "RG005", "RG009"],
     "Golden-unit PO for 15: 'approved' used for the finance workflow and for R&D's technical approval; nothing about the series balance",
     [("KI-PO-24-1044.pdf", pdf([
         ("h1", "Kallström Instruments AB - Purchase Order"),
         ("table", [["PO number", "KI-PO-24-1044"], ["PO status", "APPROVED (workflow step 3/3, Finance, 2024-04-22)"],
                    ["Date", "2024-04-22"], ["Supplier", "Kulim Electronics Services Sdn. Bhd., Kulim Hi-Tech Park, Kedah"],
                    ["Project", "DAQ-16 NPI (series start planned Q1/2025)"], ["Currency / terms", "USD / 60 days net / FCA Penang"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Delivery"],
                    ["10", "KI-DAQ-16 rev A", "16-ch DAQ front-end PCBA - golden units", "15", "118.00", "2024-05-31"],
                    ["20", "NRE", "Stencil + flying probe program", "1", "940.00", "2024-05-17"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "The golden units will be approved by Kallström R&D against test report KI-TR-118 (noise floor, "
               "channel-to-channel crosstalk, 24 h burn-in)."),
         ("p", "Build with the reference BOM KI-DAQ-16-BOM rev A only; no alternates without written consent. "
               "Ship with flying probe log and X-ray images of U3/U4 (BGA)."),
         ("p", "Johan Ek, Category Buyer, johan.ek@kallstrom-instruments.se"),
     ], title="KI-PO-24-1044", author="Johan Ek"))])

# p14 ERP printout: balance on hold, but no event and no release person.
case("p14_erp_bal_on_hold_no_event", ["RG004", "RG005"],
     "ERP PO: pilot 24, 'BAL 476 ON HOLD - DO NOT BUILD' but no unlock event and no named release authority",
     [("VR_PO_10072841_R0.txt", """\
VANTARA ROBOTICS INC                                          PURCHASE ORDER
11800 Burnet Rd, Austin TX 78758                              PAGE 1 OF 1
---------------------------------------------------------------------------------
PO NUMBER: 10072841   REV: 0   DATE: 06-JUN-2024   BUYER: M.DONNELLY
SUPPLIER : 40221  MANUFACTURAS NORTENAS SA DE CV
           AV. RUIZ CORTINES 2500, GUADALUPE NL 67140, MEXICO
SHIP TO  : VANTARA ROBOTICS - AUSTIN DC, DOCK 3
TERMS    : NET 45          FOB: DAP AUSTIN TX          CURRENCY: USD
---------------------------------------------------------------------------------
LN  ITEM              REV  DESCRIPTION                   QTY  UOM  UNIT PRICE   NEED BY
 1  VR-MCB-0440-01    C    MOTOR CTRL BD PCBA - PILOT     24  EA     187.50    08-JUL-24
 2  VR-NRE-0440       -    ICT FIXTURE + PROGRAM           1  LOT  4,200.00    28-JUN-24
---------------------------------------------------------------------------------
NOTES:
 LINE 1 = PILOT BUILD ONLY. QUOTED PROD QTY 500 EA (MN QUOTE 24-0317).
 BAL 476 ON HOLD - DO NOT BUILD, DO NOT BUY MATL.
 WORKMANSHIP IPC-A-610 CL 2. CONF COAT PER DWG VR-0440-DWG NOTE 9.
 SHIP W/ COC + AOI RPT. PKG: ESD BAGS, 12 PER CARTON.
---------------------------------------------------------------------------------
                                                       TOTAL:   USD 8,700.00
AUTHORIZED PER VANTARA PURCHASING POLICY FIN-07. SUPPLIER TO ACKNOWLEDGE IN 48 HRS.
""")])

# p15 PDF sample order: "twenty-four (42)" vs table 24; release by an unnamed department.
case("p15_pdf_words_digits_dept_release", ["RG005", "RG011"],
     "Sample order says 'twenty-four (42)' while the line says 24; balance on hold until sign-off + release 'from our Supply Chain department' (no person)",
     [("Feldmann_MB-2024-0312.pdf", pdf([
         ("h1", "Musterbestellung / Sample order MB-2024-0312"),
         ("p", "Feldmann Optoelektronik GmbH, Carl-Zeiss-Promenade 10, 07745 Jena - to Bac Ninh Advanced Assembly "
               "Co., Ltd., Que Vo Industrial Park, Bac Ninh, Vietnam. Date: 03.06.2024. Your quotation BNAA-Q-0611."),
         ("table", [["Pos.", "Material", "Description", "Qty", "Price EUR", "Delivery"],
                    ["10", "FO-LS-12 Rev B", "Light-barrier sensor board - pre-series", "24", "46,80", "KW 28/2024"]]),
         ("sp",),
         ("p", "Please build the twenty-four (42) pre-series units of FO-LS-12 Rev B according to drawing "
               "FO-LS-12-Z Rev B and test specification PS-LS12-03 (optical sensitivity, 100% tested)."),
         ("p", "The remaining 976 pcs of the quoted series quantity are not released. They remain on hold until "
               "the pre-series sign-off and a written release from our Supply Chain department."),
         ("p", "Packaging: ESD tray, 24 pcs/tray. Labels with part number, revision and date code. "
               "Certificate of conformity per EN 10204 2.1."),
         ("p", "i.A. Katrin Vogel, Einkauf / Purchasing - Tel. +49 3641 55 2231"),
     ], title="MB-2024-0312", author="Katrin Vogel"))])

# p16 mail: "Rev C released in PLM" and "40 pcs released"; internal approval, nobody named.
_t = ("Dear Mr. Wang,\n\n"
      "good news: drawing LM-OS-7 Rev C is now released in our PLM (ECO-2231: connector J4 changed to Molex "
      "505110, test pad TP18 added). Please use only Rev C from now on; the Rev B documents are obsolete.\n\n"
      "Under PO 4600019922 only 40 pcs are released for the pilot lot. The remaining 1,160 pcs are on hold "
      "until the pilot sign-off and the internal approval in our company. Please do not start or purchase "
      "material for the rest.\n\n"
      "Delivery of the pilot: DAP Jena, KW 31. Please send the updated DFM report for Rev C by Friday.\n\n"
      "Mit freundlichen Grüßen / Best regards\n\nStefanie Huber\n"
      + sig("Stefanie Huber", "Einkauf / Purchasing", "Lumetrix GmbH, Jena", "+49 3641 77 4120"))
_m = mail("Stefanie Huber <s.huber@lumetrix.de>", "Wang Jun <wangjun@pengda-sz.com>",
          "LM-OS-7 Rev C / PO 4600019922", "Wed, 26 Jun 2024 14:11:00 +0200", _t, html=simple_html(_t))
case("p16_eml_rev_released_and_qty_released", ["RG005", "RG009"],
     "'Released' used for a drawing revision in PLM and for the 40 pcs production; balance unlock by 'internal approval in our company', nobody named",
     [("LM-OS-7_RevC_PO4600019922.eml", eml_bytes(_m))])

# p18 WeChat: bare proto PO, quote pasted with MP 8k.
case("p18_wechat_proto_po_quote_pasted", ["RG001", "RG003", "RG004", "RG005"],
     "WeChat: PO for a dozen (12) proto boards, buyer pastes the quote with MP 8k beside it; nothing on hold, no event, no person",
     [("wechat_pinebrook_huaxin.txt", """\
WeChat chat history export - "Pinebrook x Huaxin"
Exported 2024-05-22 08:30
==========================================
2024-05-20 21:14  Josh Miller
hi Lily, PO PB-1107 just went to your email - a dozen proto boards (12) of the PB-BT5 headphone main board rev 0.3
2024-05-20 21:15  Josh Miller
here's your quote again so we're on the same page:
Proto 12 pcs $38.00 / MP 8k $6.85 / NRE $1,200
2024-05-20 21:40  Lily Zhang
ok received, thank you Josh! we check BOM tomorrow
2024-05-21 10:12  Lily Zhang
for 0402 caps we can use Samsung instead Murata? same spec, 2 weeks faster
2024-05-21 10:52  Josh Miller
sure, samsung fine for those
2024-05-21 10:53  Josh Miller
also pls double check the antenna keep-out on the bottom side, our layout guy moved the battery pads in 0.3
2024-05-21 11:30  Lily Zhang
ok 👌 will check and feedback with DFM report Thursday
""")])

# p20 mail: "please build the EVT units", hold/event/person stated, no quantity anywhere.
_t = ("Hi Ana,\n\n"
      "PO 7800-4412 went out this morning from our Oracle system. Please build the EVT units for our March "
      "design review - same configuration as the proto, but with the ECO-118 changes (R34 to 10k, TVS "
      "diodes added on the USB lines).\n\n"
      "Anything beyond the EVT lot is not released. It stays on hold until our EVT sign-off and a written "
      "release from me.\n\n"
      "Please ship with the CoC and the lot traceability sheet - as an ISO 13485 customer we need the "
      "component lot numbers for U1, U4 and the battery connector.\n\n"
      "Thanks, and happy new year to the whole team in Zapopan!\n\nRachel\n"
      + sig("Rachel Kim", "Senior Buyer", "Kestrel Medical Devices", "+1 651 555 0144"))
_m = mail("Rachel Kim <rkim@kestrelmed.com>", "Ana Ruiz <aruiz@edbajio.com.mx>",
          "PO 7800-4412 - KM-SPO2 sensor hub EVT", "Tue, 09 Jan 2024 09:35:00 -0600", _t)
case("p20_eml_build_evt_units_no_qty", ["RG010"],
     "Buyer mail 'please build the EVT units', hold + EVT sign-off + Rachel's written release, but no quantity stated",
     [("PO_7800-4412_EVT.eml", eml_bytes(_m))])

# p21 call-off at "the usual quantity" plus a forecast declared binding.
case("p21_docx_calloff_usual_qty_binding_fcst", ["RG008", "RG010"],
     "Call-off releases 'the next lot at the usual quantity' (no number) and declares the Q4 forecast binding",
     [("Abruf_07_RV-4510-0042.docx", docx_bytes([
         ("h1", "Abruf / Call-off Nr. 7"),
         ("p", "Weidner Antriebstechnik GmbH, Esslingen - an / to Dunántúl Electronics Kft., Székesfehérvár. "
               "Rahmenbestellung / frame order RV-4510-0042, Material 7100-3321-00 Rev 04. Datum: 02.09.2024."),
         ("table", [["Abruf-Nr.", "Material", "Menge / qty", "Liefertermin"],
                    ["7", "7100-3321-00 Rev 04", "wie besprochen / as discussed", "KW 38/2024"]]),
         ("sp",),
         ("p", "Please deliver the next lot at the usual quantity, same packing as call-off 6."),
         ("p", "The remaining frame quantity is not released; it stays on hold until the next call-off, signed by "
               "Jens Albrecht (Strategic Purchasing)."),
         ("h", "Vorschau / forecast Q4/2024"),
         ("table", [["Monat", "Oktober", "November", "Dezember"],
                    ["Menge (Stk.)", "1.200", "1.200", "800"]]),
         ("p", "Diese Vorschau ist verbindlich / this forecast is binding: please treat the Q4 quantities as "
               "committed by Weidner."),
         ("p", "Jens Albrecht - j.albrecht@weidner-antriebe.de"),
     ], author="Jens Albrecht"))])

# p22 Teams: proto lot with hold, event and person, no quantity.
case("p22_teams_proto_lot_no_qty", ["RG010"],
     "Teams: 'pls start the proto lot', rest not released until proto sign-off by Jonas Becker; the proto quantity is never stated",
     [("teams_rheinfeld_saigoncircuit.txt", """\
Teams chat export  |  Rheinfeld Medizintechnik <> Saigon Circuit Works  |  RM-ECG-8
---------------------------------------------------------------------------------
[12.06.2024 08:03] Becker, Jonas (Rheinfeld)
Morning Hung, PO RM-24-0877 was sent this morning.
[12.06.2024 08:05] Becker, Jonas (Rheinfeld)
pls start the proto lot of the RM-ECG-8 front end rev A. rest is not released until sign-off of the proto lot by me (Jonas Becker, HW lead + release authority for this project)
[12.06.2024 08:30] Nguyen Van Hung (SCW)
Dear Jonas, noted with thanks. We will check the BOM and revert on long lead items.
[12.06.2024 10:47] Nguyen Van Hung (SCW)
ADS1298 lead time 14 weeks at Arrow and Mouser. Could Rheinfeld consign?
[12.06.2024 11:12] Becker, Jonas (Rheinfeld)
yes, we consign the ADS1298 for the proto lot, DHL AWB 4471 2290 15, shipping today
[12.06.2024 11:14] Becker, Jonas (Rheinfeld)
reminder: IEC 60601-1 creepage on the isolation barrier, 8 mm min, see DWG RM-ECG-8-100 note 4
[12.06.2024 11:20] Nguyen Van Hung (SCW)
Noted, we will check with our DFM team and send the report by Friday.
""")])

# p24 PDF: pilot "as agreed in our call", balance on hold "until further notice", person named.
case("p24_pdf_pilot_as_agreed_until_further_notice", ["RG002", "RG004", "RG010"],
     "Pilot 'as agreed in the call' (no number) with an unscoped 'You have our green light'; balance on hold 'until further notice'; Karin Lund named",
     [("LPS-BMS-48_pilot_authorization.pdf", pdf([
         ("h1", "Pilot build authorization - LPS-BMS-48 rev 2"),
         ("p", "Lindqvist Power Systems AB - Kopparbergsvägen 8 - 722 13 Västerås - Sweden"),
         ("p", "To: Penang Precision Assembly Sdn. Bhd., attn. Mr. Tan Wei Ming. Date: 5 June 2024. Ref. PO LPS-24-0530."),
         ("p", "Following our call on 4 June, please build the pilot quantity as agreed in the call, using the "
               "production stencil and the EOL cell-balancing tester TS-48-2. You have our green light - "
               "thanks for squeezing us in before the Hari Raya shutdown."),
         ("p", "The balance of the production quantity is on hold until further notice."),
         ("p", "Release authority for this program: Karin Lund, Supply Chain Manager."),
         ("table", [["Item", "Detail"],
                    ["Ship to", "Lindqvist Power Systems AB, Goods receiving, Västerås"],
                    ["Incoterms", "FCA Penang (Incoterms 2020)"],
                    ["Packing", "ESD bags, 10 per carton, battery-side connector capped"],
                    ["Standards", "IPC-A-610 Class 2; cells: IEC 62133-2:2017, UN 38.3 (by Lindqvist)"],
                    ["Documents", "CoC, EOL test log per serial, X-ray of U7 (BQ79616)"]]),
         ("sp",),
         ("p", "Karin Lund - karin.lund@lindqvistpower.se - +46 21 480 22 10"),
     ], title="LPS-BMS-48 pilot authorization", author="Karin Lund"))])

# p25 supplier CTB report: full 3,000 sets ordered against a 50-unit released WO.
case("p25_ctb_full_kit_ordered", ["RG006"],
     "Supplier CTB: WO 50 pilot released, but long-lead and passives ordered for the full 3,000 sets with no material authority",
     [("KES_CTB_NA-AMP-40_wk27.txt", """\
KULIM ELECTRONICS SERVICES SDN BHD                 CLEAR-TO-BUILD REPORT
Lot 18, Kulim Hi-Tech Park, 09000 Kulim, Kedah     Week 27 / 2024
=============================================================================
CUSTOMER   : NORDLYS AUDIO APS (AARHUS)
CUST PO    : NA-2024-0301        ASSY: NA-AMP-40  REV 1.4
WO         : WO-24-0718          WO QTY: 50  (PILOT, RELEASED)
CUST FCST  : 3,000 (PRODUCTION, PER CUSTOMER FORECAST)
=============================================================================
P/N              DESCRIPTION             QPA  REQ(WO)  ON HAND  ON ORDER  CTB
-----------------------------------------------------------------------------
TAS5825MRHBR     CLASS-D AMP 4.5-26V     1       50       50    3,000     Y
NA-L-10UH-CUST   INDUCTOR 10UH CUSTOM    4      200      200   12,000     Y
ADAU1452WBCPZ    DSP SIGMA               1       50       12    3,000     N
GRM21BR61E226ME  MLCC 22UF 0805          18     900    2,000   54,000     Y
NA-AMP-40-PCB    BARE PCB REV 1.4        1       50       60    3,000     Y
=============================================================================
CTB STATUS : NOT CLEAR - ADAU1452 SHORT 38 PCS, ETA 2024-07-12
COMMENT    : TO PROTECT THE 26 WK LEAD TIME ON TAS5825M AND THE CUSTOM
             INDUCTOR, PURCHASING HAS PLACED ORDERS FOR THE FULL 3,000 SETS.
             MLCC AND PCB ALSO BOUGHT TO 3,000 FOR THE PRICE BREAK.
             NCNR: TAS5825M, CUSTOM INDUCTOR, PCB.
PREPARED BY: SITI AMINAH, MATERIALS PLANNER
""")])

# p26 Chinese-English supplier reply: kitted 2k, buyer's quoted scope says sample-only material.
_t = ("Dear Oren,\n\n"
      "Thanks for your PO. Status update as below:\n\n"
      "1. PCB: 2k pcs ordered from our PCB partner, first 200 pcs arrive next Monday\n"
      "2. Components: we kit full 2k set already, except U5 (LT 20wks) which we place order for 2k also, "
      "NCNR, to avoid your MP delay\n"
      "3. SMT: waiting your release, will run only 30 pcs DVT first as your PO\n"
      "4. Stencil: ready, SPI data attached\n\n"
      "Any question pls let me know.\n\n"
      "Best regards\nWang Jun\nSales Dept. | Shenzhen Pengda Circuit Assembly Co., Ltd.\n"
      "Tel +86 755 2310 8871 | WeChat wangjun_pd\n\n"
      "-----Original Message-----\n"
      "From: Oren Ben-David <oren.bd@keshetnet.co.il>\n"
      "Sent: Monday, July 1, 2024 3:12 PM\n"
      "Subject: PO KN-PO-24-0702 - KN-CPE-5 DVT\n\n"
      "> Hi Wang Jun,\n"
      "> PO KN-PO-24-0702 attached: 30 pcs DVT of KN-CPE-5 rev B. Only the 30 DVT units are released.\n"
      "> The balance of 1,970 units is not released and stays on hold until DVT sign-off and a written\n"
      "> release from me, Oren Ben-David (Procurement Manager).\n"
      "> Material authority: sample-only (30 sets plus normal attrition).\n"
      "> Regards, Oren\n")
_m = mail("Wang Jun <wangjun@pengda-sz.com>", "Oren Ben-David <oren.bd@keshetnet.co.il>",
          "RE: PO KN-PO-24-0702 - KN-CPE-5 DVT", "Mon, 08 Jul 2024 17:26:00 +0800", _t,
          in_reply_to="<kn-0701-po@keshetnet.co.il>")
case("p26_eml_sz_kitted_2k", ["RG006"],
     "Supplier reply: PCBs and full kit bought for 2k (incl. NCNR) while only 30 DVT released and buyer's quoted material authority is sample-only",
     [("RE_PO_KN-PO-24-0702_DVT.eml", eml_bytes(_m))])

# p27 supplier OA: restates 600 against a 500 release, and NCNR bought for 5,000.
_oa = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-1187"),
    ("p", "Manufacturas Norteñas S.A. de C.V. - Av. Ruiz Cortines 2500, Guadalupe, N.L. 67140, México"),
    ("table", [["Customer", "Vantara Robotics Inc., Austin TX"], ["Customer PO / release", "10072901 / R-02"],
               ["Date", "2024-07-22"], ["Assembly", "VR-JNT-2210 rev B (joint servo driver PCBA)"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Ship"],
               ["1", "VR-JNT-2210 rev B - production, release R-02", "600", "54.80", "wk 33 / 2024"]]),
    ("sp",),
    ("p", "Released quantity acknowledged: 600 pcs."),
    ("p", "Long-lead components: to secure the lead time, we have placed purchase orders for the complete "
          "5,000 sets of the TI DRV8353RS gate driver and the custom Würth 750-342 transformer (both NCNR)."),
    ("p", "Acknowledged by: Alejandro Treviño, Customer Service Manager"),
], pagesize=LETTER, title="OA-24-1187", author="Alejandro Trevino")
_t = ("Mike,\n\n"
      "Please find attached our order acknowledgement for your release R-02. Let me know of any discrepancies.\n\n"
      "Saludos,\nAlejandro\n"
      + sig_plain("Alejandro Treviño", "Customer Service Manager", "Manufacturas Norteñas S.A. de C.V.",
                  "+52 81 8150 2290") +
      "\nOn Fri, Jul 19, 2024 at 4:02 PM Mike Donnelly <mdonnelly@vantararobotics.com> wrote:\n"
      "> Alejandro,\n"
      "> Release R-02 under PO 10072901: 500 pcs of VR-JNT-2210 rev B released for production, ship wk 33.\n"
      "> The remaining 4,500 pcs stay on hold until lot acceptance of R-02 and a written release by me\n"
      "> (Mike Donnelly, Supply Chain Manager).\n"
      "> Thanks, Mike\n")
_m = mail("Alejandro Treviño <atrevino@mnortenas.com.mx>", "Mike Donnelly <mdonnelly@vantararobotics.com>",
          "RE: Release R-02 PO 10072901", "Mon, 22 Jul 2024 10:40:00 -0600", _t,
          in_reply_to="<vr-r02-0719@vantararobotics.com>",
          attachments=[("OA-24-1187.pdf", _oa, PDF_MT)])
case("p27_eml_ack_600_vs_500_longlead", ["RG006", "RG011"],
     "Buyer release says 500, supplier OA acknowledges 600; OA also says NCNR parts bought for all 5,000 sets without material authority",
     [("RE_Release_R-02_PO_10072901.eml", eml_bytes(_m))])

# p28 supplier portal: 1,200 kits staged against 200 released.
_rows = [["Sales order", "Assembly", "Released qty", "WO status", "Material", "Remark"],
         ["SO-24-3310", "HME-AIS-CB rev D", "200", "In SMT (line 4)", "1,200 kits staged in store B2",
          "Balance 1,000 awaiting customer release"],
         ["SO-24-3311", "HME-PSU-12 rev C", "0", "Not started", "-", "Waiting for call-off"]]
case("p28_portal_kits_staged_1200", ["RG006"],
     "Supplier portal: released 200, but 1,200 kits staged for the order with no material authority from the buyer",
     [("BNAA_portal_Halvorsen_orders.html", html_page("BNAA customer portal - order status", f"""
<div style="background:#006b3c;color:#fff;padding:6px">Bac Ninh Advanced Assembly &middot; Customer portal &middot; Halvorsen Marine Electronics AS</div>
<h3>Order status &mdash; as of 2024-08-12 07:00 (ICT)</h3>
{html_table(_rows)}
<p>Kits for SO-24-3310 were staged in one lot to keep the line loaded when the balance is released; the
kits are complete and sealed in MSL bags.</p>
<p>Contact: Tran Thi Mai, Account Manager &middot; mai.tran@bnaa.vn &middot; +84 222 3617 408</p>
"""))])

# p29 Hungarian EMS: pre-bought for 800 and will go straight into the run once the pilot is approved.
_status = """\
TISZA EMS KFT. - WEEKLY STATUS - CUSTOMER: BRENNER MESSTECHNIK GMBH
Week 24/2024                                      Prepared: Szabo Eszter
-----------------------------------------------------------------------
PO 4700-2301  BM-PRS-110 rev A  (pressure transmitter board)
  Pilot lot ......................... 40 pcs   SMT done 11.06, ICT 97.5%
  Pilot shipment .................... 14.06.2024, DPD 0528 7741 2290
  Components on hand ................ 800 sets (pre-bought, see mail)
  Open points ....................... 1 pc ICT fail (R17 tombstone), reworked
-----------------------------------------------------------------------
Capacity: line 2 reserved KW 27-29 for the production run.
"""
_t = ("Dear Dr. Brandt,\n\n"
      "the 40 pilot boards of BM-PRS-110 rev A leave Szeged on Friday (DPD 0528 7741 2290). ICT yield was "
      "97.5%; the one failing board (tombstoned R17) was reworked and retested. Weekly status attached.\n\n"
      "To save time we have pre-bought the components for the full 800 units, so that once you approve the "
      "pilot boards we can go straight into the production run in week 27 without losing a week on material. "
      "Line 2 is reserved for you from KW 27.\n\n"
      "Best regards / Üdvözlettel\nSzabó Eszter\nProgram Manager\nTisza EMS Kft., Budai út 45, 6728 Szeged\n"
      "+36 62 555 210\n")
_m = mail("Szabó Eszter <eszter.szabo@tisza-ems.hu>", "Dr. Thomas Brandt <t.brandt@brenner-mt.de>",
          "BM-PRS-110 pilot shipment + plan", "Wed, 12 Jun 2024 16:55:00 +0200", _t,
          cc="Markus Seidl <m.seidl@brenner-mt.de>",
          attachments=[("Tisza_status_wk24_Brenner.txt", _status, "text/plain")])
case("p29_eml_hu_prebought_straight_into_run", ["RG006", "RG007"],
     "Supplier pre-bought components for 800 against a 40-pc pilot and plans to go straight into the run once the pilot is approved",
     [("BM-PRS-110_pilot_shipment_plan.eml", eml_bytes(_m))])

# p31 supplier weekly status DOCX: material staged for the whole annual forecast.
case("p31_docx_status_staged_for_forecast", ["RG006"],
     "Supplier weekly report: PVT 200 released, but material staged for the full 4,000 annual forecast without any material authority",
     [("EdB_weekly_status_Brightline_wk30.docx", docx_bytes([
         ("h1", "Weekly program status - Brightline Controls - week 30/2024"),
         ("p", "Electrónica del Bajío S.A. de C.V. - prepared by Ana Ruiz, Program Manager - 26 July 2024"),
         ("table", [["Assembly", "Phase", "Qty", "Status", "Comment"],
                    ["BLC-3310-002 rev C", "DVT", "25", "Shipped wk 24", "DVT report received from Brightline"],
                    ["BLC-3310-002 rev C", "PVT", "200", "Released, SMT wk 31", "ICT fixture rev C ready"],
                    ["BLC-3310-002 rev C", "MP", "-", "Not released", "Waiting for Brightline release"]]),
         ("sp",),
         ("h", "Material"),
         ("p", "To support the ramp we have staged material for the full 4,000 pcs annual forecast in our "
               "Zapopan warehouse, kitted in 8 lots of 500. This includes the NCNR Murata Type 2EA module and "
               "the custom enclosure gasket."),
         ("h", "Quality"),
         ("p", "PVT first-pass yield target 98%. DVT open finding F-07 (connector J5 retention) closed with "
               "the new Molex part per ECO-2210-09."),
         ("h", "Logistics"),
         ("p", "PVT shipment planned wk 32, FedEx International Priority, DAP Columbus."),
     ], author="Ana Ruiz"))])

# p44 SZ supplier: calls a labelled forecast "firm" and buys 6,000 sets against a 100 pilot.
_t = ("Hi Josh,\n\n"
      "Pilot 100 pcs (released) finish SMT this week, FCT on Thursday, ship Friday by UPS.\n\n"
      "Also good news for the ramp: based on your firm forecast of 6,000 pcs for Q3 we already bought the "
      "Bluetooth SoC (QCC5171) and the battery for 6,000 sets, to protect the price and the lead time. So we "
      "are ready when you need.\n\n"
      "Best regards\nLily Zhang\nSales Manager | Huaxin EMS (Shenzhen) Co., Ltd.\n"
      "WeChat: lilyzhang_hx | +86 138 2655 0719\n\n"
      "> On 2024-06-03, Josh Miller wrote:\n"
      "> Hi Lily, for your planning: Q3 forecast (non-binding): 6,000 pcs PB-BT5. This is a forecast, not an\n"
      "> order - POs follow month by month.\n")
_m = mail("Lily Zhang <lily.zhang@huaxin-ems.com>", "Josh Miller <josh@pinebrookaudio.com>",
          "RE: PB-BT5 pilot + Q3 planning", "Tue, 18 Jun 2024 19:22:00 +0800", _t,
          in_reply_to="<pb-0603-fcst@pinebrookaudio.com>")
case("p44_eml_firm_forecast_bought", ["RG006", "RG008"],
     "Supplier calls the buyer's non-binding forecast 'firm' and bought SoC + battery for 6,000 sets against a 100-pc pilot release",
     [("RE_PB-BT5_pilot_Q3_planning.eml", eml_bytes(_m))])

# p33 supplier order confirmation: balance starts automatically on sample approval.
case("p33_docx_ack_auto_start_on_sample_approval", ["RG007"],
     "Supplier OC: 'upon your sample approval, production of the balance 4,850 will start automatically' - no recorded auto-conversion",
     [("Dunantul_OC-2024-0455.docx", docx_bytes([
         ("h1", "Rendelés-visszaigazolás / Order confirmation OC-2024-0455"),
         ("p", "Dunántúl Electronics Kft., Székesfehérvár - to Lindqvist Power Systems AB, Västerås, "
               "attn. Ms. Karin Lund. Your PO LPS-24-0611 of 10.06.2024. Date: 13.06.2024."),
         ("table", [["Item", "Part", "Description", "Qty", "Unit EUR", "Status"],
                    ["1", "LPS-CHG-22 rev B", "Charger control board - sample lot", "150", "29,40", "confirmed, ship KW 27"],
                    ["2", "LPS-CHG-22 rev B", "Charger control board - balance", "4.850", "17,95", "not yet released"]]),
         ("sp",),
         ("h", "Terms of this confirmation"),
         ("num", "Prices ex works Székesfehérvár, ESD packing included."),
         ("num", "Upon your sample approval, production of the balance of 4.850 pcs will start automatically "
                 "according to the PO delivery schedule, unless you inform us otherwise within 5 working days."),
         ("num", "Payment 30 days net. Retention of title until full payment."),
         ("p", "Kovács Péter, Sales Director - peter.kovacs@dunantul-el.hu"),
     ], author="Kovacs Peter"))])

# p34 buyer thread: deposit paid = trigger; DVT pass rolls into PVT without her written release.
_t = ("Luis -\n\n"
      "Quick update before I head out on PTO: the 30% deposit on the PVT lot was wired this morning "
      "(ref BLC-WIRE-0618), so that's your trigger to start the 400 PVT units as soon as the DVT units pass "
      "thermal cycling next week - no need to wait on a written release from me.\n\n"
      "Priya has the thermal chamber booked Mon-Wed. I'm back July 1.\n\n"
      "Megan\n" + sig("Megan Foster", "Sr. Buyer", "Brightline Controls Inc.", "+1 614 555 0187") +
      "\n-----Original Message-----\n"
      "From: Megan Foster\nSent: Monday, May 6, 2024 2:14 PM\nTo: Luis Ramírez\n"
      "Subject: PO 4500024410 - GW300 DVT\n\n"
      "> Luis, PO 4500024410 attached: 25 DVT units released. The PVT (400) and MP quantities are not\n"
      "> released; they stay on hold until DVT sign-off by Priya Raman (NPI) and a written release from me\n"
      "> (Megan Foster, Sr. Buyer).\n")
_m = mail("Megan Foster <mfoster@brightline-controls.com>", "Luis Ramírez <lramirez@edbajio.com.mx>",
          "RE: PO 4500024410 - GW300 DVT", "Tue, 18 Jun 2024 08:12:00 -0400", _t,
          cc="Priya Raman <praman@brightline-controls.com>", in_reply_to="<blc-0506-po@brightline-controls.com>")
case("p34_eml_deposit_trigger_dvt_rolls_into_pvt", ["RG007", "RG012"],
     "Buyer calls the PVT deposit 'your trigger to start the 400 PVT' once DVT passes, dropping her own written-release requirement",
     [("RE_PO_4500024410_GW300_DVT.eml", eml_bytes(_m))])

# p35 WeChat: supplier will go to MP directly after golden sample OK.
case("p35_wechat_mp_directly_after_golden", ["RG006", "RG007"],
     "Supplier: 'after you confirm golden sample OK, we arrange MP directly, no need wait new PO' and already ordered connectors + PCB for 3,000 against 20 golden samples",
     [("wechat_nordlys_hengtai.txt", """\
WeChat export | Nordlys Audio - Hengtai NA-SPK-7 | exported 2024-11-29
-----------------------------------------------------------------------
2024-11-04 09:02 Anders Holm: Kevin, PO NA-2024-0388 is for the 20 golden samples only. Balance 2,980 NOT released, on hold until golden sample sign-off by our R&D and my written release. Don't buy material for MP yet.
2024-11-04 09:15 Kevin Chen: ok understand 👌
2024-11-12 14:40 Kevin Chen: BOM check ok, only speaker connector need 3 weeks
2024-11-25 17:22 Kevin Chen: golden samples ship tomorrow by DHL, tracking 7734 5521 09
2024-11-25 17:24 Kevin Chen: after you confirm golden sample OK, we arrange MP directly, no need wait new PO, to catch before CNY holiday 🙏
2024-11-26 08:31 Anders Holm: received tracking, thanks. R&D will test next week
2024-11-28 10:05 Kevin Chen: 👍 we prepare line 3. speaker connector we already order 3,000 pcs + PCB 3,000 pcs, so no delay for MP
""")])

# p36 supplier quote: production quantity "deemed released upon customer approval of the DVT samples".
case("p36_pdf_quote_deemed_released", ["RG007"],
     "Supplier quote term: production quantity deemed released upon approval of the DVT samples, no separate release",
     [("PPA_Quote_Q-PPA-0431_Kallstrom.pdf", pdf([
         ("h1", "QUOTATION Q-PPA-0431"),
         ("p", "Penang Precision Assembly Sdn. Bhd. - Bayan Lepas FIZ Phase 4, 11900 Penang - 14 March 2024"),
         ("p", "Customer: Kallström Instruments AB, Linköping - attn. Mr. Johan Ek. Product: KI-ENV-4 environmental "
               "logger main board rev B."),
         ("table", [["Phase", "Qty", "Unit USD", "Lead time"],
                    ["EVT", "10", "165.00", "3 weeks"],
                    ["DVT", "50", "72.40", "4 weeks"],
                    ["MP", "2,000", "23.15", "6 weeks after DVT"]]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Validity 60 days. Prices FCA Penang, excluding duties."),
         ("p", "2. Payment: 30 days net from invoice date."),
         ("p", "7. Production orders: the MP quantity shown is deemed released upon customer approval of the DVT "
               "samples; no separate release is required. MP starts 6 weeks after that approval."),
         ("p", "8. Excess and obsolete: customer is liable for NCNR items bought for released quantities."),
         ("p", "Tan Wei Ming, Customer Program Manager"),
     ], title="Q-PPA-0431", author="Tan Wei Ming"))])

# p37 supplier order-workflow configuration: deposit releases the WO, FAI acceptance auto-releases the balance.
_rows = [["Rule", "Trigger", "Action", "Owner"],
         ["R1", "Customer PO received and accepted in ERP", "Create sales order; create sample WO for the sample quantity on the PO", "Sales admin"],
         ["R2", "Deposit invoice (30%) paid", "Release the production WO for the full PO balance to MRP and the SMT schedule", "Finance / Planning"],
         ["R3", "FAI status set to 'Customer accepted'", "Auto-release the balance WO to the SMT schedule (no further customer document)", "Quality / Planning"],
         ["R4", "Shipment booked", "Create packing list and CoC", "Logistics"]]
case("p37_html_workflow_deposit_and_fai_autorelease", ["RG007", "RG012"],
     "Supplier ERP workflow: deposit paid releases the production WO; FAI accepted auto-releases the balance without a customer document",
     [("BNAA_order_workflow_OrbitalMesh.html", html_page("Order workflow configuration", f"""
<h2>Bac Ninh Advanced Assembly &mdash; customer order workflow</h2>
<p>Account: <b>Orbital Mesh Ltd.</b> (CUST-0412) &middot; Config export from ERP module SO-WF v3.1 &middot; 2024-08-20</p>
{html_table(_rows)}
<p class="note">R2 and R3 were set up at account opening to shorten the NPI-to-MP time. Owner of this
configuration: Planning Manager (Mr. Do Van Thanh).</p>
<p>Configured by: IT / Planning, Bac Ninh. Reviewed: 2024-08-19.</p>
"""))])

# p38 Slack: buyer tells the supplier to carry on with the rest once the engineer is happy.
case("p38_slack_carry_on_with_the_rest", ["RG007"],
     "Buyer's PO needs a written release after DVT sign-off, then says 'once Lars is happy with the thermal results, just carry on with the rest'",
     [("slack_kallstrom-kes_ki-env-4.txt", """\
Slack export - #kallstrom-kes-env4 (Slack Connect)
Exported 2024-07-26 by johan.ek@kallstrom-instruments.se
------------------------------------------------------------------------------
[2024-06-17 08:44] Johan Ek (Kallström): PO KI-PO-24-1101 for the 50 DVT units is out. The 1,450 MP units are not released - they need Lars's DVT sign-off and then a written release from me.
[2024-06-17 09:30] Rajesh Kumar (KES): Noted Johan, thanks. DVT SMT planned wk 27.
[2024-06-24 11:02] Rajesh Kumar (KES): Stencil + AOI program done. Humidity sensor SHT45 - we use your consigned reel?
[2024-06-24 11:15] Lars Nygaard (Kallström): yes, consigned reel, lot 2412A
[2024-07-08 17:20] Rajesh Kumar (KES): DVT units shipped today, AWB 176-2231 4410. Test logs in the box.
[2024-07-15 10:05] Johan Ek (Kallström): Thanks! Lars is running the thermal tests this week. Honestly the boards look great so far - once Lars is happy with the thermal results, just carry on with the rest, no need to wait for anything from me.
[2024-07-15 10:09] Rajesh Kumar (KES): 👍 noted, we will plan MP line wk 31
[2024-07-22 14:30] Lars Nygaard (Kallström): thermal -20/+60 done, one board with RTC drift, investigating
""")])

# p39 German buyer: "approved" three ways, sample approval rolls into production of all 2,000.
_t = ("Dear Mr. Nagy,\n\n"
      "the PO approval from our finance for PO 4510091120 came through yesterday.\n\n"
      "As soon as the A-samples are approved by our lab, the order (all 2,000 pcs) is approved for production. "
      "Please plan line capacity accordingly from KW 36 so that we do not lose time after the lab tests.\n\n"
      "Mit freundlichen Grüßen\nJens Albrecht\n"
      + sig("Jens Albrecht", "Strategic Purchasing", "Weidner Antriebstechnik GmbH", "+49 711 3102 448") +
      "\n-----Ursprüngliche Nachricht-----\n"
      "Von: Jens Albrecht\nGesendet: Donnerstag, 4. Juli 2024 10:31\nAn: Nagy Gábor\n"
      "Betreff: PO 4510091120 - 7100-3360-00 A-samples\n\n"
      "> Dear Mr. Nagy,\n"
      "> Line 10 (20 A-samples) is released now; please start them. Line 20 (1,980 pcs) is not released.\n"
      "> It stays on hold until the A-sample sign-off and a written release from me, Jens Albrecht.\n"
      "> Best regards, Jens Albrecht\n")
_m = mail("Jens Albrecht <j.albrecht@weidner-antriebe.de>", "Nagy Gábor <gabor.nagy@tisza-ems.hu>",
          "AW: PO 4510091120 - 7100-3360-00 A-samples", "Wed, 17 Jul 2024 09:18:00 +0200", _t,
          in_reply_to="<wa-0704-po@weidner-antriebe.de>")
case("p39_eml_approved_three_ways_rolls_into_production", ["RG007", "RG009"],
     "'approved' for the PO (finance), the A-samples (lab) and production; sample approval said to make all 2,000 approved for production",
     [("AW_PO_4510091120_A-samples.eml", eml_bytes(_m))])

# p40 buyer planner: "please treat the Q3 and Q4 quantities as firm orders".
_rows = [["Part", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "H1-2025"],
         ["HME-AIS-CB rev D", "450", "450", "650", "600", "500", "300", "3,400"],
         ["HME-VHF-RB2 rev A", "250", "250", "300", "350", "350", "200", "2,000"]]
_fc = html_page("Forecast July 2024", f"""
<h2>Halvorsen Marine Electronics &mdash; 12-month forecast (issued 2024-07-01)</h2>
<p>Supplier: Bac Ninh Advanced Assembly Co., Ltd. &middot; Planner: Silje Berg</p>
{html_table(_rows)}
<p>Quantities in pcs per month; H1-2025 as a half-year total.</p>
""")
_t = ("Hi Mai,\n\n"
      "Attached is our 12-month forecast for the AIS transponder and the VHF radio boards.\n\n"
      "To make capacity planning easier for you: please treat the Q3 and Q4 quantities as firm orders - we "
      "will not go below these numbers. H1-2025 is still indicative.\n\n"
      "Build quantities come with the monthly call-offs as usual; nothing changes there.\n\n"
      "Have a good summer!\nSilje\n"
      + sig("Silje Berg", "Demand Planner", "Halvorsen Marine Electronics AS", "+47 55 30 21 80"))
_m = mail("Silje Berg <silje.berg@halvorsen-marine.no>", "Tran Thi Mai <mai.tran@bnaa.vn>",
          "Forecast July 2024 - AIS + VHF", "Mon, 01 Jul 2024 11:05:00 +0200", _t, html=simple_html(_t),
          cc="Erik Dahl <erik.dahl@halvorsen-marine.no>",
          attachments=[("Halvorsen_forecast_2024-07.html", _fc, "text/html")])
case("p40_eml_forecast_treat_as_firm_orders", ["RG008"],
     "Planner sends a forecast and asks the supplier to treat the Q3/Q4 forecast quantities as firm orders",
     [("Forecast_July_2024_AIS_VHF.eml", eml_bytes(_m))])

# p41 multi-file: labelled forecast + supplier OA that turns it into an order for 24,000.
_rows = [["Part", "Q1-25", "Q2-25", "Q3-25", "Q4-25", "Total 2025"],
         ["KM-SPO2-HUB rev F", "6,000", "6,000", "6,000", "6,000", "24,000"]]
case("p41_forecast_and_ack_as_order", ["RG008"],
     "Folder: buyer's forecast labelled 'not an order' and the supplier's OA 'acknowledging your order for 24,000 pcs per your 2025 forecast'",
     [("Forecast_KM_2025.html", html_page("Kestrel Medical - 2025 forecast", f"""
<h2>Kestrel Medical Devices &mdash; 2025 demand forecast</h2>
<p>To: Penang Precision Assembly Sdn. Bhd. &middot; From: Rachel Kim, Senior Buyer &middot; 2024-10-07</p>
<p class="note"><b>FORECAST &mdash; FOR PLANNING ONLY &mdash; NOT AN ORDER.</b> Purchase orders and releases
follow quarter by quarter.</p>
{html_table(_rows)}
""")),
      ("OA_PPA_24-2291.pdf", pdf([
          ("h1", "ORDER ACKNOWLEDGEMENT OA-24-2291"),
          ("p", "Penang Precision Assembly Sdn. Bhd. - 11 October 2024 - to Kestrel Medical Devices, St. Paul MN, "
                "attn. Ms. Rachel Kim"),
          ("p", "We are pleased to acknowledge your order for 24,000 pcs of KM-SPO2-HUB rev F per your 2025 "
                "forecast, to be delivered in 12 monthly lots of 2,000 pcs starting January 2025."),
          ("table", [["Item", "Part", "Qty", "Unit USD", "Delivery"],
                     ["1", "KM-SPO2-HUB rev F", "24,000", "31.85", "2,000 pcs/month, Jan-Dec 2025"]]),
          ("sp",),
          ("p", "Line capacity reserved: SMT line 6, 1 shift. Tan Wei Ming, Customer Program Manager."),
      ], title="OA-24-2291", author="Tan Wei Ming"))])

# p42 ERP delivery schedule: forecast lines "committed ... count as firm order quantity".
case("p42_erp_schedule_forecast_committed", ["RG008"],
     "Delivery schedule: firm lines 800 released with hold/event/person, but forecast lines declared committed and counted as firm order quantity",
     [("SISU_LP_5500001234.txt", """\
SISU SENSORS OY                                   DELIVERY SCHEDULE / LIEFERPLAN
Hermiankatu 8 D, 33720 Tampere                    No. 5500001234   Rev 07
                                                  Date 2024-07-15
-------------------------------------------------------------------------------
SUPPLIER : TISZA EMS KFT., SZEGED (VENDOR 300917)
ITEM 10  : SX-9-RB REV C  RADAR SENSOR BOARD       UNIT PRICE EUR 27.80
-------------------------------------------------------------------------------
 WEEK       QTY    TYPE
 2024-W30   400    FIRM - RELEASED FOR PRODUCTION
 2024-W31   400    FIRM - RELEASED FOR PRODUCTION
 2024-W33   400    FORECAST
 2024-W35   400    FORECAST
 2024-W37   600    FORECAST
 2024-W39   600    FORECAST
 2024-W41   800    FORECAST
 2024-W44   800    FORECAST
 2024-W46   800    FORECAST
 2024-W48   400    FORECAST
-------------------------------------------------------------------------------
RELEASED FOR PRODUCTION : 800 PCS (W30 + W31 ONLY)
FORECAST LINES W33-W48  : 4,800 PCS - COMMITTED BY SISU SENSORS, COUNT AS
                          FIRM ORDER QUANTITY FOR YOUR CAPACITY AND PRICING.
PRODUCTION HOLD         : FORECAST LINES ARE NOT RELEASED FOR PRODUCTION UNTIL
                          THE NEXT SCHEDULE REVISION SIGNED BY MIKKO VIRTANEN.
MATERIAL AUTHORITY      : STAGED UP TO 1,600 UNITS
-------------------------------------------------------------------------------
BUYER: AINO KORHONEN   aino.korhonen@sisusensors.fi   +358 40 771 2290
""")])

# p43 Slack: "approved" for the PO and for the design; production balance (forecast basis) "count it as ordered".
case("p43_slack_done_deal_and_approved_twice", ["RG008", "RG009"],
     "Slack: 'approved' used for the PO in Oracle and for the design review; forecast-based balance of 2,940 'count it as ordered'",
     [("slack_vantara-mn_arm-j3.txt", """\
Slack export - #vantara-mnortenas (shared)     2024-08-05 .. 2024-08-14
--------------------------------------------------------------------------
2024-08-05 10:02 Mike Donnelly (Vantara): hey Alejandro - PO 10073388 for the 60 pilot units of the VR-ARM-J3 driver is approved in Oracle, you should have it in your inbox. The 2,940 production balance (forecast basis) is not released - that waits for pilot sign-off by Sam Ortiz (our HW lead) and a written release from me.
2024-08-05 10:20 Alejandro Treviño (MN): got it Mike, thanks! kitting starts Wednesday
2024-08-07 15:44 Alejandro Treviño (MN): DRV8353 short 6 pcs, we use the consigned ones from your last shipment ok?
2024-08-07 15:50 Sam Ortiz (Vantara): yes use the consigned ones
2024-08-13 09:12 Mike Donnelly (Vantara): fyi the pilot board design got approved in yesterday's design review too (design only, not the build), so we're in good shape
2024-08-13 09:14 Mike Donnelly (Vantara): and on volume - that 2,940 forecast is basically a done deal, count it as ordered and plan your capacity around it
2024-08-13 09:30 Alejandro Treviño (MN): great news 🙌 we will block line 2 from October
2024-08-14 08:05 Sam Ortiz (Vantara): pilot boards arrive Friday? I want them on the bench Monday
""")])

# p45 readiness-review minutes: "approved" for samples (QA), PO (finance) and "production approval".
case("p45_pdf_minutes_approved_three_meanings", ["RG009"],
     "Minutes use 'approved'/'approval' for the DVT samples (QA), the PO (finance) and production; scope itself is complete",
     [("OM_SCW_DVT_readiness_minutes.pdf", pdf([
         ("h1", "DVT readiness review - minutes"),
         ("p", "Orbital Mesh Ltd. / Saigon Circuit Works Co., Ltd. - 20 May 2024 - video call. Participants: "
               "Noa Levi, Dr. Ronen Azoulay, Gil Mizrahi (Orbital Mesh); Le Minh Duc, Vo Thi Lan (SCW)."),
         ("table", [["#", "Topic", "Outcome", "Owner"],
                    ["1", "DVT samples (25 pcs OM-TRM-220 rev B)", "Approved by Orbital Mesh QA on 14 May (report QA-DVT-0514)", "R. Azoulay"],
                    ["2", "PO OM-7801 for the DVT lot", "Approved by Finance on 16 May; sent to SCW", "N. Levi"],
                    ["3", "Production (975 units)", "Not released. Production approval needs a written release from "
                                                  "Noa Levi after the DVT sign-off report is countersigned.", "N. Levi"],
                    ["4", "ECO-0307 (U14 footprint)", "Implemented in rev B layout; verified on DVT", "G. Mizrahi"],
                    ["5", "Packaging", "Trays 20 pcs, vacuum-sealed, HIC card", "Vo Thi Lan"]]),
         ("sp",),
         ("p", "Next meeting: 3 June 2024. Minutes by Vo Thi Lan, SCW. Please send corrections within 2 working days."),
     ], title="DVT readiness review", author="Vo Thi Lan"))])

# p47 buyer portal release page: three "Approved" fields and 300 vs 350.
_rows = [["Field", "Value"],
         ["Release no.", "R-2024-044"], ["PO", "4600020417"], ["Part", "LM-OS-7 Rev C"],
         ["Released quantity", "300 pcs"],
         ["Sample approval", "Approved (QS, 03.07.2024)"],
         ["Commercial approval", "Approved (Einkauf, 04.07.2024)"],
         ["Production approval", "Approved (S. Huber, 05.07.2024)"],
         ["Balance on hold", "1,150 pcs - until the next release by Stefanie Huber after lot acceptance of R-2024-044"],
         ["Delivery", "KW 30, DAP Jena"]]
case("p47_html_release_page_approved_x3_300_vs_350", ["RG009", "RG011"],
     "Release page: 'Approved' for sample, commercial and production; table says 300 released, the note asks to start 350",
     [("Lumetrix_release_R-2024-044.html", html_page("Release R-2024-044", f"""
<div style="background:#004b87;color:#fff;padding:6px">Lumetrix GmbH &middot; Lieferantenportal / supplier portal</div>
<h2>Production release R-2024-044</h2>
<p>Supplier: Shenzhen Pengda Circuit Assembly Co., Ltd. &middot; Issued: 05.07.2024</p>
{html_table(_rows)}
<p class="note">Please start production of the 350 pcs released today and confirm the delivery date in the portal.</p>
<p>Contact: Stefanie Huber, Einkauf &middot; +49 3641 77 4120</p>
""", lang="en"))])

# p50 multi-file: PO says 48 pilot, release note says 64.
case("p50_po_48_release_note_64", ["RG011"],
     "Folder: PO releases 48 pilot units (balance 952 on hold), the separate release note says 64 released (balance 936)",
     [("TZ-PO-2024-0233.pdf", pdf([
         ("h1", "Tzafon Medical Ltd. - Purchase Order TZ-PO-2024-0233"),
         ("table", [["Supplier", "Tisza EMS Kft., Budai út 45, 6728 Szeged, Hungary"],
                    ["Date", "2024-04-15"], ["Terms", "Net 60, FCA Szeged"], ["Buyer", "Amit Shalev"]]),
         ("sp",),
         ("table", [["Line", "Part", "Description", "Qty", "Unit EUR", "Status"],
                    ["1", "TZ-P4-CTRL rev E", "Infusion pump controller PCBA - pilot", "48", "71.20", "Released"],
                    ["2", "TZ-P4-CTRL rev E", "Production balance", "952", "24.60", "NOT released - on hold"]]),
         ("sp",),
         ("p", "Line 2 stays on hold until pilot sign-off by Dr. Yael Katz (R&D) and a written release by "
               "Amit Shalev (Senior Buyer). Material authority: pilot sets only."),
         ("p", "Quality: ISO 13485:2016, IPC-A-610 Class 3, full traceability per component lot."),
     ], title="TZ-PO-2024-0233", author="Amit Shalev")),
      ("Release_Note_RN-01_TZ-PO-2024-0233.docx", docx_bytes([
          ("h1", "Release note RN-01"),
          ("p", "Tzafon Medical Ltd., Petah Tikva - to Tisza EMS Kft. - reference PO TZ-PO-2024-0233 - 16 April 2024"),
          ("table", [["Item", "Quantity"],
                     ["Released for the pilot build", "64 pcs"],
                     ["Balance on hold", "936 pcs"]]),
          ("p", "The balance remains on hold until pilot sign-off by Dr. Yael Katz and a written release by me."),
          ("p", "Amit Shalev, Senior Buyer, Tzafon Medical"),
      ], author="Amit Shalev"))])

# p51 mail body releases 200, attached call-off says 250.
_co = pdf([
    ("h1", "CALL-OFF CO-07"),
    ("p", "Kallström Instruments AB - Blanket PO KI-BPO-24-007 - to Kulim Electronics Services Sdn. Bhd. - 26 Aug 2024"),
    ("table", [["Part", "Release qty", "Delivery", "Cum. released", "Remaining on blanket"],
               ["KI-DAQ-16 rev B", "250", "wk 36 / 2024", "450", "1,050"]]),
    ("sp",),
    ("p", "Remaining blanket quantity is not released; next call-off signed by Johan Ek."),
], title="CO-07", author="Johan Ek")
_t = ("Hi Rajesh,\n\n"
      "Please find call-off CO-07 attached. This call-off releases 200 pcs of KI-DAQ-16 rev B for delivery in "
      "week 36. The remaining 1,100 pcs of the blanket stay on hold until the next call-off, which I sign.\n\n"
      "Material authority as before: staged up to 500 pcs.\n\n"
      "Regards,\nJohan\n" + sig("Johan Ek", "Category Buyer", "Kallström Instruments AB", "+46 13 24 61 08"))
_m = mail("Johan Ek <johan.ek@kallstrom-instruments.se>", "Rajesh Kumar <rajesh.kumar@kes-kulim.com.my>",
          "Call-off CO-07 KI-DAQ-16", "Mon, 26 Aug 2024 09:12:00 +0200", _t,
          attachments=[("CO-07_KI-DAQ-16.pdf", _co, PDF_MT)])
case("p51_eml_200_vs_attached_calloff_250", ["RG011"],
     "Mail says CO-07 releases 200 (1,100 remaining), the attached CO-07 says 250 (1,050 remaining)",
     [("Call-off_CO-07_KI-DAQ-16.eml", eml_bytes(_m))])

# p52 PO change notice: table says DVT 40, change log says 45.
case("p52_docx_po_change_40_vs_45", ["RG011"],
     "PO revision: the line table raises DVT to 40 pcs, the change log says the DVT quantity was increased to 45 pcs",
     [("PO_24-3602_rev2_change_notice.docx", docx_bytes([
         ("h1", "PO 24-3602 - revision 2 - change notice"),
         ("p", "Halvorsen Marine Electronics AS, Bergen - to Kulim Electronics Services Sdn. Bhd., Kedah, Malaysia. "
               "Date 2024-08-28. Part HME-RDR-4 radar interface board rev B."),
         ("table", [["Line", "Scope", "Qty rev 1", "Qty rev 2", "Status"],
                    ["1", "DVT build", "30", "40", "Released"],
                    ["2", "Production", "5,970", "5,960", "Not released - on hold"]]),
         ("sp",),
         ("h", "Change log"),
         ("p", "Rev 2: DVT quantity increased to 45 pcs for additional environmental testing (salt fog IEC 60945 "
               "and vibration). Production line reduced accordingly. Price and delivery unchanged (wk 38)."),
         ("h", "Hold"),
         ("p", "Line 2 is not released. It stays on hold until DVT sign-off and a written release by Erik Dahl, "
               "Purchasing Manager."),
         ("p", "Erik Dahl - erik.dahl@halvorsen-marine.no"),
     ], author="Erik Dahl"))])

# p53 ERP blanket release: header 100, line 120.
case("p53_erp_release_header_100_line_120", ["RG011"],
     "Blanket release printout: header release qty 100 EA, the release line says 120 EA",
     [("KMD_BLANKET_REL_7800-3390-0004.txt", """\
KESTREL MEDICAL DEVICES                                   BLANKET RELEASE
1400 Energy Park Dr, St. Paul MN 55108                    PAGE 1 OF 1
------------------------------------------------------------------------------
BLANKET PO: 7800-3390     RELEASE NO: 0004     RELEASE DATE: 12-AUG-2024
RELEASE QTY: 100 EA       BUYER: R.KIM         SUPPLIER: 20418 ELECTRONICA DEL BAJIO
------------------------------------------------------------------------------
LN  ITEM              REV  DESCRIPTION                 QTY  UOM  PRICE    PROMISE
 1  2150-0200-001     F    PATIENT CABLE IF BD PCBA    120  EA   22.40    13-SEP-24
------------------------------------------------------------------------------
BLANKET QTY 2,600 EA. RELEASED TO DATE INCL. THIS RELEASE: 220 EA.
BALANCE OF BLANKET (2,380 EA) NOT RELEASED. NEXT RELEASE AFTER LOT ACCEPTANCE
OF RELEASE 0003, SIGNED R. KIM (SENIOR BUYER).
MATERIAL: RELEASED QTY ONLY.   QUALITY: ISO 13485:2016, IPC-A-610 CL 3.
------------------------------------------------------------------------------
""")])

# p54 chat: buyer says 300 released, pasted PO line says 350; supplier starts because prepayment arrived.
case("p54_whatsapp_300_vs_350_prepayment", ["RG011", "RG012"],
     "Chat: buyer releases 300 but pastes a revised PO line with 350; supplier 'prepayment received so we arrange production immediately'",
     [("whatsapp_northgate_jiada.txt", """\
WhatsApp Chat with Alan Wu (Jiada Tech)
[6/10/24, 8:02 AM] Kate O'Neill: Hi Alan, PO NI-5521 revised today: release 300 pcs of NI-LOG-3 main board for the first production lot. The other 2,700 stay on hold until lot acceptance of these 300 and my written release.
[6/10/24, 8:03 AM] Kate O'Neill: revised PO line for your system: 10 | NI-LOG-3-MB rev B | 350 EA | first production lot | USD 14.60
[6/10/24, 8:40 PM] Alan Wu: ok Kate, noted. pls help check the prepayment 30% invoice INV-JD-0611
[6/11/24, 7:15 AM] Kate O'Neill: paid this morning, wire ref NGI-0611-22
[6/11/24, 9:02 PM] Alan Wu: received, thanks! prepayment received so we arrange production immediately 💪
[6/11/24, 9:03 PM] Alan Wu: SMT start tomorrow, line 5
[6/12/24, 7:30 AM] Kate O'Neill: great, send me the FCT yield after day 1 pls
""")])

# p59 forwarded release (message/rfc822) says 120, the forwarding note says 150; hold "until further notice".
_orig = mail("Mikko Virtanen <mikko.virtanen@sisusensors.fi>", "Szabó Eszter <eszter.szabo@tisza-ems.hu>",
             "Release PO SS-45-1202 - SX-9 pre-series", "Mon, 02 Sep 2024 08:30:00 +0300",
             "Eszter,\n\n"
             "Release for PO SS-45-1202: 120 pcs of SX-9 rev C for the pre-series, delivery week 39.\n"
             "The balance is on hold until further notice.\n"
             "Release authority: Mikko Virtanen, Head of Supply Chain.\n\n"
             "Br, Mikko\n")
_t = ("Hi Eszter,\n\n"
      "Forwarding Mikko's release below for your files (he is travelling this week).\n\n"
      "Please note: the 150 pcs released for the pre-series are to be shipped in two deliveries of 75, "
      "weeks 39 and 40, to our Tampere warehouse.\n\n"
      "Kind regards,\nAino\n" + sig("Aino Korhonen", "Buyer", "Sisu Sensors Oy, Tampere", "+358 40 771 2290"))
_m = mail("Aino Korhonen <aino.korhonen@sisusensors.fi>", "Szabó Eszter <eszter.szabo@tisza-ems.hu>",
          "FW: Release PO SS-45-1202 - SX-9 pre-series", "Wed, 04 Sep 2024 13:20:00 +0300", _t,
          attachments=[("rfc822", _orig)])
case("p59_eml_forward_rfc822_120_vs_150", ["RG004", "RG011"],
     "Forwarded original release (rfc822) says 120 with balance on hold 'until further notice'; the forwarding note says 150 released",
     [("FW_Release_PO_SS-45-1202.eml", eml_bytes(_m))])

# p61 VN supplier: down payment received, mass production started.
_t = ("Dear Erik,\n\n"
      "We confirm receipt of the 30% down payment (USD 41,250.00) for PO 24-3590. Thank you!\n\n"
      "As agreed, with the down payment received we have started mass production of the HME-VHF-RB2 boards. "
      "The first 1,000 pcs will be ready in week 35; we will send the packing list and the FCT summary one "
      "week before shipment.\n\n"
      "Best regards,\nPham Thu Trang\nSales & Customer Service\nBac Ninh Advanced Assembly Co., Ltd.\n"
      "Que Vo Industrial Park, Bac Ninh, Vietnam | +84 222 3617 411\n")
_m = mail("Pham Thu Trang <trang.pham@bnaa.vn>", "Erik Dahl <erik.dahl@halvorsen-marine.no>",
          "PO 24-3590 - down payment received", "Fri, 09 Aug 2024 15:40:00 +0700", _t, html=simple_html(_t))
case("p61_eml_down_payment_started_mp", ["RG012"],
     "Supplier: 'with the down payment received we have started mass production'",
     [("PO_24-3590_down_payment_received.eml", eml_bytes(_m))])

# p62 supplier OA condition: acceptance of the PO constitutes release to production.
case("p62_pdf_ack_acceptance_is_release", ["RG012"],
     "Supplier OA condition: 'acceptance of this purchase order constitutes the release of the order to production'",
     [("EdB_OA-24-0933_Kestrel.pdf", pdf([
         ("h1", "ACUSE DE PEDIDO / ORDER ACKNOWLEDGEMENT OA-24-0933"),
         ("p", "Electrónica del Bajío S.A. de C.V. - Av. López Mateos Sur 5550, Zapopan, Jal. - 2024-09-16"),
         ("table", [["Customer", "Kestrel Medical Devices, St. Paul MN"], ["Customer PO", "7800-4520 rev 0"],
                    ["Assembly", "KM-ECG-2 front-end PCBA rev C"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit USD", "Ship", "Customer scope"],
                    ["1", "First-article lot", "20", "96.00", "2024-10-18", "released"],
                    ["2", "Production balance", "1,180", "31.50", "TBD", "on hold per customer PO (FAI sign-off + written release by Rachel Kim)"]]),
         ("sp",),
         ("h", "Conditions of acknowledgement"),
         ("p", "1. Prices and lead times per quotation Q-EDB-24-0702."),
         ("p", "2. Payment terms Net 45 from invoice date."),
         ("p", "3. Acceptance of this purchase order by Electrónica del Bajío constitutes the release of the "
               "order to production; our planning department schedules SMT on acceptance."),
         ("p", "4. Cancellation of released work is subject to charges per our standard terms."),
         ("p", "Acknowledged by: Ana Ruiz, Program Manager"),
     ], pagesize=LETTER, title="OA-24-0933", author="Ana Ruiz"))])


# =================================================================== OUTPUT
def _fmt(fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    return {"eml": "EML", "txt": "TXT", "pdf": "PDF", "docx": "DOCX", "html": "HTML"}[ext]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(3838).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        folder = f"h38_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    files = Counter(_fmt(fn) for c in CASES for fn, _ in c["files"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  multi-rule: {multi}")
    for r in RULES:
        print(f"  {r}: {per_rule[r]}")
    print("top-level files per format:", dict(files))
    print("multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
