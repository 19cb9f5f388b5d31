#!/usr/bin/env python3
"""Generator for the releasegate check_holdout19 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout19/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, shuffled folder order with seed 1919).

Every case below was written by hand from /work/shared/design/product.md and the labelling
conventions of check_holdout3/README.md. The descriptive case names (c.. clean, p.. risky) live
only in this file; the folders in cases/ are neutral.
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
# (copied from check_holdout3/build.py; message ids and boundaries re-tagged h19)
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
    m["Message-ID"] = msgid or f"<h19-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h19")
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


# small local helpers (not from holdout3)
def sig_plain(*lines):
    """A signature without the English disclaimer (many small firms send none)."""
    return "\n-- \n" + "\n".join(lines) + "\n"


def quote_block(text):
    """Prefix every line with '> ' the way mail clients quote a reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_from_text(text):
    """Very plain HTML alternative for a text mail body."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def table_html(rows, cls=None):
    c = f" class=\"{cls}\"" if cls else ""
    h = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>\n" for r in rows[1:])
    return f"<table{c}>\n<tr>{h}</tr>\n{body}</table>"


# =================================================================== CLEAN
# ---- c01: supplier quote with sample + production tiers (Shenzhen LED driver maker)
case("c01_led_driver_quote_tiers", [],
     "supplier quotation only: sample and production tiers, no authorized quantity, nothing authorizes",
     [("HX-Q240318-07_quotation.pdf", pdf([
         ("h1", "SHENZHEN HUAXIN POWER TECHNOLOGY CO., LTD."),
         ("p", "Bldg 7, Fuyong Industrial Park, Bao'an District, Shenzhen 518103, China | "
               "Tel +86 755 2736 0418 | sales@hx-power.cn"),
         ("h", "QUOTATION  No. HX-Q240318-07"),
         ("table", [["To", "Brightline Lighting Pvt Ltd, Sector 63, Noida 201301, India"],
                    ["Attn", "Mr. Sandeep Bhatia"],
                    ["Date", "18 Mar 2024"],
                    ["Your ref", "Enquiry BL/ENQ/0311 dated 11 Mar 2024"],
                    ["Product", "Constant current LED driver HX-LD-40W-1050mA, flicker free, "
                                "PF>0.95, THD<10%, 220-240 VAC"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Remark"],
                    ["1", "Sample, HX-LD-40W-1050mA", "20 pcs", "free of charge", "freight collect, 7-10 working days"],
                    ["2", "Mass production, tier A", "5,000 pcs", "2.35", "MOQ"],
                    ["3", "Mass production, tier B", "10,000 pcs", "2.18", ""],
                    ["4", "Mass production, tier C", "30,000 pcs", "2.05", "with annual agreement"]]),
         ("h", "Terms and conditions"),
         ("p", "1. Price is EXW Shenzhen and based on USD/RMB 7.10. If the exchange rate change more "
               "than 3% we will adjust the price accordingly."),
         ("p", "2. Lead time: sample 7-10 working days. Mass production 25-30 days after we receive "
               "your PO and your written production release with the quantity."),
         ("p", "3. Payment: T/T 30% with order, 70% before shipment."),
         ("p", "4. Certificates: CE, RoHS, CB can provide. UL is under application (file E-pending)."),
         ("p", "5. Packing: 50 pcs per carton, carton size 42x30x18 cm, G.W. 9.5 kg."),
         ("p", "6. This quotation is valid for 30 days. It is not an order confirmation."),
         ("sp",),
         ("p", "Best regards, Jason Liu, Overseas Sales Manager. WeChat / WhatsApp +86 138 2651 0973"),
     ], title="Quotation HX-Q240318-07", author="Jason Liu"))])


# ---- c02: SAP Business One sample PO, complete scope (Coimbatore pump maker / Rajkot foundry)
C02_PO = """\
SRI VENKATESWARA PUMPS PVT. LTD.
SF No. 212/3, Avinashi Road, Peelamedu, Coimbatore - 641 004, Tamil Nadu
GSTIN: 33AAKCS4417R1Z9     CIN: U29120TZ1998PTC008812
--------------------------------------------------------------------------------------------
                                  PURCHASE ORDER
--------------------------------------------------------------------------------------------
PO No.       : 24100387                       PO Date     : 08.04.2024
Vendor Code  : V-00412                        Vendor Ref  : SPC/Q/24-25/031 dt 28.03.2024
Vendor       : SAURASHTRA PRECISION CASTINGS
               Plot 44, GIDC Metoda, Rajkot - 360 021, Gujarat
Buyer        : K. Sathish Kumar (Purchase)    Contact     : +91 422 257 1846
Ship To      : Plant 2, Kaniyur, Coimbatore   Incoterm    : Door delivery
--------------------------------------------------------------------------------------------
Ln  Item Code           Description                               UoM      Qty        Rate         Amount
--------------------------------------------------------------------------------------------
 1  CST-IMP-250-CF8M    IMPELLER CASTING 250 DIA, CF8M             Nos     6.000   14,850.00    89,100.00
                        (ASTM A743 Gr CF8M), DRG SVP-IMP-250
                        REV 04, UN-MACHINED, WITH RT FILMS
--------------------------------------------------------------------------------------------
                                               Total before tax          89,100.00
                                               IGST 18%                  16,038.00
                                               Grand Total (INR)       1,05,138.00
Amount in words: Rupees One Lakh Five Thousand One Hundred Thirty Eight Only
--------------------------------------------------------------------------------------------
Remarks / Scope of this PO:
1. This PO is for SIX (6) sample castings only, for dimensional check, RT and
   hydro test at our works.
2. The production quantity of 294 Nos mentioned in your quotation SPC/Q/24-25/031
   is NOT released. Do not pour any casting beyond the 6 samples.
3. The balance will be released only by a separate written release signed by
   Mr. R. Venkatesh, GM - Purchase, after our QA signs off the samples
   (sample inspection report + RT films + hydro test record).
4. Material: melt stock for the 6 samples only. No material authority beyond the
   sample quantity; metal bought for the balance is at vendor's risk.
5. Pattern: our pattern no. P-250-04 to be returned with samples.

Payment : 45 days from date of GRN.
Delivery: 21 days from PO date.
Documents: Test certificate EN 10204 3.1, chemical and mechanical, heat no. punched.

Please acknowledge this PO by return mail within 2 working days.

                                                    For SRI VENKATESWARA PUMPS PVT. LTD.

Prepared by: SATHISH K                              Authorised Signatory
Printed from SAP Business One 10.0 (PL 19) - Page 1 of 1 - 08.04.2024 16:42
"""
case("c02_sap_b1_sample_po_complete", [],
     "sample PO states 6 pcs, balance 294 not released, sign-off + written release by named GM, sample-only material",
     [("PO_24100387.txt", C02_PO)])


# ---- c03: WhatsApp, supplier asks about go-ahead, buyer holds (Sialkot surgical)
C03_CHAT = """\
[12/03/24, 10:14:22] Bilal Al-Noor: Assalam o Alaikum Kamran bhai
[12/03/24, 10:14:40] Bilal Al-Noor: 50 pcs samples Mayo scissors 14 cm curved dispatched yesterday by TCS, CN 77120045
[12/03/24, 10:15:02] Bilal Al-Noor: Sir samples passed at your end? Do we have go ahead for balance 1,950 pcs or we wait for your written release? Material booking bhi karni hai, rates barh rahe hain
[12/03/24, 11:42:10] Kamran Sheikh: Walaikum salam Bilal. Not yet. Lab report abhi nahi aya
[12/03/24, 11:43:31] Kamran Sheikh: Only the 50 samples are released. Balance 1,950 pcs remains on hold - no forging and no material booking for the balance please
[12/03/24, 11:44:05] Kamran Sheikh: Once lab report is signed off, Dr. Imran Qureshi (our QA head) will send the written release on email. Only that email is release, not WhatsApp
[12/03/24, 11:44:40] Bilal Al-Noor: Theek hai sir, noted 👍 we will wait
[12/03/24, 11:45:02] Bilal Al-Noor: Invoice for samples send kar doon?
[12/03/24, 11:51:18] Kamran Sheikh: Haan bhej do, accounts ko forward kar dunga
[12/03/24, 11:51:30] Bilal Al-Noor: <Media omitted>
[12/03/24, 11:52:01] Bilal Al-Noor: JazakAllah
"""
case("c03_whatsapp_goahead_question_hold", [],
     "supplier asks 'go ahead for balance?' (plus its sample invoice); buyer answers: only 50 released, balance on hold, lab sign-off + written release by named QA head",
     [("WhatsApp Chat with Bilal Al-Noor Surgical.txt", C03_CHAT),
      ("CI_ANS-24-031_samples.pdf", pdf([
          ("h1", "AL-NOOR SURGICAL WORKS"),
          ("p", "Small Industrial Estate, Ugoki Road, Sialkot 51310, Pakistan | NTN 3308144-2"),
          ("h", "COMMERCIAL INVOICE No. ANS-24-031"),
          ("table", [["Consignee", "MedEquip Trading, Shahrah-e-Faisal, Karachi"],
                     ["Date", "11-03-2024"], ["Despatch", "TCS, CN 77120045"],
                     ["Order", "Sample order - 50 pcs (balance not released, per buyer)"]]),
          ("sp",),
          ("table", [["S#", "Description", "Qty", "Rate PKR", "Amount PKR"],
                     ["1", "Mayo scissors 14 cm curved, stainless AISI 420, satin", "50 pcs", "410", "20,500"],
                     ["", "Total", "50 pcs", "", "20,500"]]),
          ("p", "Payment: 30 days. E&OE. For Al-Noor Surgical Works - Bilal Ahmed"),
      ], title="Commercial Invoice ANS-24-031", author="Bilal Ahmed"))])


# ---- c04: labelled rolling forecast (HK buyer, gift boxes), HTML table
C04_BODY = """<h2>HARBOUR GIFT PACKAGING LTD &mdash; Rolling Forecast Q3/Q4 2024</h2>
<p>Unit 1208, 12/F, Kwun Tong Industrial Centre, 448 Kwun Tong Road, Kowloon, Hong Kong<br>
To: Dongguan Meiyi Paper Products Co., Ltd (Attn: Sunny Huang)<br>Issued: 15 Apr 2024 &nbsp; Rev: FC-24-04</p>
<p class="note"><b>FOR PLANNING ONLY.</b> This forecast is not a purchase order and not a commitment of
Harbour Gift Packaging. It does not authorise any production or any purchase of board, paper or foil.
Orders are placed only by separate numbered PO.</p>
""" + table_html([
    ["Item", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["HGP-MB-280", "Magnetic rigid box 280x200x80mm, 1200gsm greyboard, gold foil", "4,000", "6,000", "8,000", "12,000", "9,000", "3,000"],
    ["HGP-DR-190", "Drawer box 190x120x60mm, soft-touch lamination", "2,500", "2,500", "5,000", "7,500", "5,000", "1,000"],
    ["HGP-TB-07", "Tea gift box with EVA insert", "-", "1,000", "3,000", "6,000", "6,000", "2,000"],
]) + """
<p>Figures are estimates of our customers' Mid-Autumn and Christmas programmes and may change
either way by 30% or more. Please use them only to plan capacity. Questions to Gloria Tsang,
Purchasing Manager, +852 2796 4410.</p>
"""
case("c04_hk_forecast_labelled", [],
     "forecast clearly labelled for planning only, not an order, no production or material authorised",
     [("HGP_rolling_forecast_FC-24-04.html", html_page("HGP Rolling Forecast FC-24-04", C04_BODY))])


# ---- c05: auto lamp, sample approved for fit check only (multipart/alternative)
C05_TEXT = """Dear Ramesh ji,

Good afternoon. We have received the 10 sets (LH + RH) of T1 samples of the tail lamp housing,
P/N DAL-TL-7740 Rev B, against our sample PO DAL/SPO/24/0147.

Status after today's check at our Chakan plant:

1. Samples approved for fit check only - the housings fit the body-in-white fixture and the
   gap/flush is within 0.5 mm. Production is not released.
2. Observations to close before the next trial: sink mark near the screw boss at position 4 (LH),
   and flow line near the gate on the RH part. Please revert with your action plan.
3. The production quantity of 3,000 sets in your quotation PMC/Q/2324/188 remains on hold. It
   will be released only by a separate written release from Mr. Arvind Menon (Head - SCM), after
   the road test and photometry reports are signed off by our validation team.
4. Kindly do not mould, and do not procure PMMA/ABS resin, beyond the 10 sets already supplied.
   Please keep the tool in running condition and send the tool maintenance record.

Kindly do the needful and confirm by mail.

Thanks & regards,
Shweta Kale
Supplier Development Engineer, Deccan Auto Lighting Pvt Ltd
Plot B-14, MIDC Chakan Phase II, Pune 410501 | +91 20 6712 4480
"""
C05_HTML = html_from_text(C05_TEXT)
case("c05_sample_approved_fit_check_only", [],
     "'approved for fit check only; production not released', 3,000 on hold until written release by named head after road test",
     [("RE_T1 samples tail lamp housing DAL-TL-7740.eml", eml_bytes(mail(
         "Shweta Kale <shweta.kale@deccanautolighting.in>",
         "Ramesh Patil <ramesh@precitechmoulders.com>",
         "RE: T1 samples - Tail lamp housing LH/RH, P/N DAL-TL-7740 Rev B",
         "Tue, 16 Apr 2024 15:22:10 +0530", C05_TEXT, html=C05_HTML,
         cc="Arvind Menon <arvind.menon@deccanautolighting.in>")))])


# ---- c06: full-quantity PO, zips, "please proceed" (Bangladeshi buyer / Wenzhou supplier), PDF table
case("c06_full_qty_zip_po_proceed", [],
     "full-quantity PO for 48,000 zips stating there is no further balance; 'proceed as per this PO' is scoped",
     [("PO_AAL-TR-24-0419.pdf", pdf([
         ("h1", "ANANTA APPARELS LTD."),
         ("p", "Plot 31-34, BSCIC Industrial Estate, Konabari, Gazipur-1700, Bangladesh. "
               "Tel +880 2 929 1144. Trims & Accessories Department."),
         ("h", "PURCHASE ORDER No. AAL/TR/24/0419"),
         ("table", [["Supplier", "Wenzhou Dongsheng Zipper Co., Ltd., Oubei Industrial Zone, Yongjia, Zhejiang"],
                    ["Date", "19 April 2024"],
                    ["Buyer / Style", "Nordwind Outdoor / Style NW-2418 softshell jacket, order 24,000 pcs"],
                    ["Merchandiser", "Nusrat Jahan, +880 1713 045 872"]]),
         ("sp",),
         ("table", [["Sl", "Item", "Colour", "Length", "Qty (pcs)", "Unit price USD", "Amount USD"],
                    ["1", "#5 nylon coil, open-end, autolock slider, rubber puller", "Black 580", "62 cm", "24,000", "0.162", "3,888.00"],
                    ["2", "#3 nylon coil, closed-end, chest pocket, reverse coil", "Black 580", "16 cm", "24,000", "0.071", "1,704.00"],
                    ["", "Total", "", "", "48,000", "", "5,592.00"]]),
         ("sp",),
         ("p", "Scope: this PO is for the full order quantity of 48,000 pcs (forty-eight thousand) as "
               "per the table above. There is no further balance for this style. Please proceed as per "
               "this PO."),
         ("p", "Colour: per lab dip LD-2231, signed off on 02 Apr 2024. Tape and slider to pass nickel-free test."),
         ("p", "Delivery: in-house Gazipur by 15 May 2024. Shipment by sea, FOB Ningbo. Partial shipment not allowed."),
         ("p", "Payment: by back-to-back LC at 90 days sight against shipping documents."),
         ("p", "Packing: 100 pcs per polybag, bundle tag with PO no., style, colour and length."),
         ("sp",),
         ("p", "For Ananta Apparels Ltd. - Nusrat Jahan, Merchandiser / Md. Golam Mostafa, Manager Commercial"),
     ], title="PO AAL/TR/24/0419", author="Ananta Apparels"))])


# ---- c07: cable call-off with explicit staged material authority (Malaysian buyer / Indian cable maker), DOCX table
case("c07_calloff_staged_material_authority", [],
     "call-off releases 5 drums; explicit staged material authority up to 15 drums at buyer's liability; balance by next call-off from named manager",
     [("Sinar_CallOff_03_FA-2024-011.docx", docx_bytes([
         ("h1", "SINAR POWER ENGINEERING SDN BHD"),
         ("p", "Lot 12, Jalan Pelabur 23/1, Seksyen 23, 40300 Shah Alam, Selangor, Malaysia"),
         ("h", "Call-off No. 03 under Frame Agreement FA-2024-011"),
         ("p", "To: Shree Ganesh Cables Ltd, Survey No. 118/2, Silvassa, D&NH, India (Attn: Mr. Prakash Shah, Export Manager)"),
         ("p", "Date: 22 April 2024"),
         ("p", "Cable: 3C x 240 sqmm Cu/XLPE/SWA/PVC 6.35/11 kV, to IEC 60502-2, 1,000 m per drum."),
         ("table", [["Document", "Drums", "Length (m)", "Dispatch week", "Status"],
                    ["Call-off 01", "3", "3,000", "Wk 12", "delivered"],
                    ["Call-off 02", "4", "4,000", "Wk 16", "delivered"],
                    ["Call-off 03 (this document)", "5", "5,000", "Wk 21", "released for production"],
                    ["Frame balance", "28", "28,000", "-", "not released"]]),
         ("h", "1. Released quantity"),
         ("p", "This call-off releases five (5) drums, 5,000 m, for production and dispatch in week 21. "
               "Nothing else under the frame is released."),
         ("h", "2. Material authority (staged)"),
         ("p", "Shree Ganesh Cables may purchase copper rod and XLPE compound for up to fifteen (15) drums "
               "(this call-off plus the next ten drums) at Sinar Power's liability, as per clause 9.2 of "
               "FA-2024-011. This material authority is not a release: no drum beyond the five above may be "
               "drawn, insulated or armoured until it is released by a call-off."),
         ("h", "3. Balance of the frame"),
         ("p", "The frame balance of 28 drums is not released. Each further quantity needs the next call-off, "
               "signed by Tan Wei Ming, Procurement Manager."),
         ("p", "Please acknowledge this call-off within two working days."),
         ("sp",),
         ("p", "Tan Wei Ming, Procurement Manager, Sinar Power Engineering Sdn Bhd, +60 3 5541 2290"),
     ], author="Tan Wei Ming"))])


# ---- c08: explicit, recorded auto-conversion (forged flanges, Vadodara buyer / Ludhiana forge), PDF
case("c08_explicit_auto_conversion_flanges", [],
     "explicit recorded auto-conversion naming 400 pcs, the signer and the conditions; remaining 592 held for written release",
     [("BPE_PO-4700021158_scope_letter.pdf", pdf([
         ("h1", "BHARAT PROCESS EQUIPMENT LTD."),
         ("p", "Makarpura GIDC, Vadodara 390010, Gujarat, India | Procurement Department"),
         ("h", "Scope letter to PO 4700021158 - Weld Neck Flanges 6\" CL300 RF, ASTM A105N"),
         ("p", "To: Ludhiana Forge Works, Focal Point Phase V, Ludhiana 141010. Attn: Mr. Harpreet Singh. "
               "Date: 20 March 2024."),
         ("table", [["Quantity", "Pcs", "Status"],
                    ["FAI samples", "8", "ordered now; forge, machine and send with FAI report"],
                    ["First production quantity", "400", "released automatically on FAI sign-off (see clause 2)"],
                    ["Remainder of quoted 1,000", "592", "not released"]]),
         ("h", "1. Active quantity"),
         ("p", "Eight (8) FAI sample flanges, heat number traceable, with MTC EN 10204 3.1, UT report and full "
               "dimensional report to ASME B16.5."),
         ("h", "2. Auto-conversion (recorded)"),
         ("p", "As agreed and recorded in the minutes of 15 March 2024, signed by both parties: when Mr. Hitesh "
               "Parmar, QA Manager, signs the FAI report with the disposition 'accepted without deviation', "
               "400 pcs are released for production automatically, with no further document. This "
               "auto-conversion covers 400 pcs only and lapses if the FAI disposition is interim or rejected."),
         ("h", "3. Remainder"),
         ("p", "The remaining 592 pcs of the quoted 1,000 pcs are not released. They need a separate written "
               "release signed by Ms. Nisha Joshi, Head - Procurement, after the first 400 pcs are received "
               "and inspected."),
         ("h", "4. Material authority"),
         ("p", "Billets (SA 105N, 180 RCS) for up to 408 pcs may be cut at our liability. Nothing beyond that."),
         ("sp",),
         ("p", "Nisha Joshi, Head - Procurement, +91 265 263 8100"),
     ], title="Scope letter PO 4700021158", author="Nisha Joshi"))])


# ---- c09: forwarded old quote (message/rfc822) declared informational (Sri Lankan mill / Coimbatore spares)
C09_OLD = mail(
    "Senthil Kumar <senthil@lakshmitextilespares.com>",
    "Dilani Wickramasinghe <dilani.w@lankaspinners.lk>",
    "Quotation - Top roller assemblies LTS-TR-28 (your enquiry LSP/ENQ/23/212)",
    "Thu, 09 Nov 2023 11:05:00 +0530",
    """Dear Madam,

Greetings from Lakshmi Textile Spares, Coimbatore.

With reference to your enquiry we are pleased to quote as below:

  Top roller assembly LTS-TR-28, 28 mm dia, for ring frame LR6/S
  Sample lot     :    40 nos   @ INR 1,180 / no
  Production lot : 5,000 nos   @ INR   965 / no  (price valid till 31.03.2024)

Delivery: samples 3 weeks, production 8 weeks from your confirmation.
Payment: 30 days from invoice. Freight: CIF Colombo by sea, samples by air.

We hope you will find our offer in order and look forward to your valued order.

Thanks & regards,
Senthil Kumar
Marketing Manager, Lakshmi Textile Spares, Ganapathy, Coimbatore 641006
+91 98430 21177
""")
C09_TEXT = """Dear Mr. Senthil,

Good day to you.

Please find our PO LSP/PO/2024/118 dated 02 April 2024 for forty (40) nos sample top roller
assemblies LTS-TR-28 at INR 1,180 per no. The PO PDF is going separately from our Oracle system.

For reference I am forwarding below your quotation mail of last November. The 5,000 nos figure
in that quotation is for information only and is NOT released. Only the 40 samples are released by
this PO.

The balance will be released only by a separate written release from our Mill Manager,
Mr. Ruwan Jayasuriya, after the mill trial on ring frame RF-12 is signed off (approx. six weeks of
running, yarn count Ne 40s). Kindly do not manufacture or buy material beyond the 40 samples.

Please be kind enough to revert with your acknowledgement at the earliest.

Thanking you,
Dilani Wickramasinghe
Procurement Executive
Lanka Spinners (Pvt) Ltd, No. 27, Ekala Industrial Estate, Ja-Ela, Sri Lanka
+94 11 223 6681
"""
case("c09_forwarded_old_quote_informational", [],
     "buyer forwards old quote (rfc822) declaring its 5,000 nos informational and not released; 40 samples, mill trial + named mill manager",
     [("FW_Quotation top roller assemblies LTS-TR-28.eml", eml_bytes(mail(
         "Dilani Wickramasinghe <dilani.w@lankaspinners.lk>",
         "Senthil Kumar <senthil@lakshmitextilespares.com>",
         "FW: Quotation - Top roller assemblies LTS-TR-28 / our PO LSP/PO/2024/118",
         "Tue, 02 Apr 2024 09:48:00 +0530", C09_TEXT,
         cc="Ruwan Jayasuriya <ruwan.j@lankaspinners.lk>",
         attachments=[("rfc822", C09_OLD)])))])


# ---- c10: quoted supplier assumption of auto-conversion, buyer's correct reply on top (tiles, Foshan / Delhi)
C10_TEXT = """Dear Kevin,

No. Sample sign-off does not release the container order.

Please read our PO AC/IMP/24/009 again: only the 6 sample boxes (3 designs x 2 boxes) are ordered
now. The 2 x 20ft containers shown in your PI JY-PI-2403-102 remain on hold and are not released.
I will send a written release myself, with the container quantity, only after our showroom review
of the samples is signed off. Till then please do not press or glaze anything for us.

Regards,
Ankit Agarwal
Director, Agarwal Ceramics & Sanitary, Kirti Nagar, New Delhi 110015
+91 98110 44720

On Mon, 11 Mar 2024 at 17:42, Kevin Liang <kevin@jinyuan-ceramics.com> wrote:
""" + quote_block("""Dear Ankit,

Sample will send tomorrow by DHL, AWB will update you.
After you approve sample we arrange mass production immediately for 2 containers, so can
catch the shipping before the price increase in April.

Best regards
Kevin Liang
Foshan Jinyuan Ceramics Co., Ltd""") + "\n"
case("c10_quoted_supplier_assumption_corrected", [],
     "supplier's auto-conversion assumption appears only as quoted text; buyer's reply holds containers until his written release after showroom sign-off",
     [("RE_Sample dispatch 600x1200 JY6120.eml", eml_bytes(mail(
         "Ankit Agarwal <ankit@agarwalceramics.in>",
         "Kevin Liang <kevin@jinyuan-ceramics.com>",
         "RE: Sample dispatch - 600x1200 polished glazed JY6120 series",
         "Tue, 12 Mar 2024 10:05:00 +0530", C10_TEXT,
         in_reply_to="<h19-kevin-0311@jinyuan-ceramics.com>")))])


# ---- c11: supplier PI, "deposit does not release production" (Dongguan gift boxes / HK buyer), PDF table
case("c11_pi_deposit_not_release", [],
     "supplier PI: deposit covers sample material and die only, explicitly does not release mass production; 20,000 marked reference only",
     [("PI_MY-240402-HGP.pdf", pdf([
         ("h1", "DONGGUAN MEIYI PAPER PRODUCTS CO., LTD."),
         ("p", "No. 18 Xingye Road, Humen Town, Dongguan, Guangdong 523900 | Tel +86 769 8551 2207"),
         ("h", "PROFORMA INVOICE  No. MY-240402-HGP"),
         ("table", [["Buyer", "Harbour Gift Packaging Ltd, Kwun Tong, Kowloon, Hong Kong"],
                    ["Buyer PO", "HGP-2404-061 (sample order)"],
                    ["Date", "2 Apr 2024"],
                    ["Trade term", "FOB Shenzhen"]]),
         ("sp",),
         ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "Magnetic rigid box 280x200x80mm, sample", "200 pcs", "2.60", "520.00"],
                    ["2", "Die-cut mould and foil block (one time)", "1 set", "180.00", "180.00"],
                    ["", "Total", "", "", "700.00"],
                    ["ref.", "Mass production price, reference only, NOT ordered", "20,000 pcs", "1.42", "-"]]),
         ("h", "Payment and production terms"),
         ("p", "1. 30% deposit USD 210.00 by T/T. The deposit is for the sample material and the die-cut mould only."),
         ("p", "2. The deposit does not release mass production. Mass production only start after your written "
               "production release with the quantity, signed by your purchasing manager."),
         ("p", "3. We will not buy greyboard or art paper for mass production before your written release."),
         ("p", "4. Sample lead time: 10 days after deposit and artwork confirm."),
         ("sp",),
         ("p", "Bank: Bank of China Dongguan Humen Branch, SWIFT BKCHCNBJ45A, A/C 6587 2231 0094."),
         ("p", "Seller: Sunny Huang (黄小姐), Sales Dept."),
     ], title="Proforma Invoice MY-240402-HGP", author="Sunny Huang"))])


# ---- c12: supplier acknowledgement restating the hold (Penang LED driver maker / Noida buyer), HTML portal page
C12_BODY = """<div style="border-bottom:2px solid #036;padding-bottom:4px">
<b>KINTA POWER ELECTRONICS SDN BHD</b> &middot; Supplier Order Portal &middot; Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang</div>
<h3>Order Acknowledgement OA-24-0291</h3>
""" + table_html([
    ["Field", "Value"],
    ["Customer", "Brightline Lighting Pvt Ltd, Noida"],
    ["Customer PO", "BLL/PO/24/0553 dated 09 Apr 2024"],
    ["Part", "KP-60W-CC constant current LED driver, 60 W, 1400 mA, IP67"],
    ["Acknowledged quantity", "100 pcs (pilot lot)"],
    ["Ship date", "10 May 2024, ex-Penang by air"],
]) + """
<p>Dear Mr. Bhatia,</p>
<p>We acknowledge your PO BLL/PO/24/0553 and its scope exactly as written:</p>
<ul>
<li>Only the pilot lot of 100 pcs is ordered and will be built.</li>
<li>The balance of 4,900 pcs of our quoted 5,000 pcs is not released. We will not build it and we
will not purchase components for it.</li>
<li>The balance is unlocked only by your written release, signed by Mr. Sandeep Bhatia, after your
pilot run report is signed off.</li>
</ul>
<p>Kindly let us know if any of the above is not as you intended.</p>
<p>Best regards,<br>Lim Chee Keong<br>Sales Manager, Kinta Power Electronics Sdn Bhd<br>+60 4 643 9120</p>
"""
case("c12_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating 100 pilot, balance 4,900 not released, no components, written release by named buyer",
     [("OA-24-0291_acknowledgement.html", html_page("Order Acknowledgement OA-24-0291", C12_BODY))])


# ---- c13: interim (PPAP-style) disposition with quantity and expiry limits, DOCX table
case("c13_interim_disposition_limits", [],
     "interim sign-off limited to 500 pcs until 30 Jun; rest on hold until full PSW sign-off and written release by named buyer",
     [("Interim_disposition_DAL-HL-2210.docx", docx_bytes([
         ("h1", "Deccan Auto Lighting Pvt Ltd - Supplier Quality"),
         ("h", "Interim sample disposition - LED module DAL-HL-2210 Rev C"),
         ("p", "Supplier: Sunrise LED Modules Pvt Ltd, Plot 221, Sector 8, IMT Manesar, Gurugram 122052"),
         ("p", "Reference: sample submission SLM/PPAP/24/031 (PSW level 3), 25 sample modules."),
         ("table", [["Item", "Result"],
                    ["Dimensional (CMM, 42 characteristics)", "OK"],
                    ["Luminous flux at 13.5 V", "1,180 lm avg, spec 1,150 lm min - OK"],
                    ["Thermal cycling -40/+105 C, 500 cycles", "report pending (lab slot week 22)"],
                    ["Disposition", "INTERIM"],
                    ["Quantity limit", "500 pcs"],
                    ["Expiry", "30 June 2024"],
                    ["Condition", "100% end-of-line lumen test, results with each lot"]]),
         ("h", "What this disposition allows"),
         ("p", "The interim sign-off allows production and supply of up to 500 pcs (five hundred) until "
               "30 June 2024, under interim release IR-2024-04. It does not cover any quantity beyond 500 pcs."),
         ("p", "The remaining scheduled quantity is not released. It stays on hold until the full PPAP "
               "sign-off (PSW signed by Mr. K. Srinivasan, Supplier Quality Manager) and a written release "
               "from Ms. Priya Nair, Purchase Manager."),
         ("p", "Material: buy LEDs and MCPCBs for the 500 pcs only."),
         ("sp",),
         ("p", "K. Srinivasan, Supplier Quality Manager, Deccan Auto Lighting Pvt Ltd, Chakan, Pune"),
     ], author="K. Srinivasan"))])


# ---- c14: Tally sample PO for cable lengths; identifiers that look like quantities
C14_PO = """\
                           GUJARAT INFRA POWER PROJECTS
               204, Shivalik Plaza, Ambawadi, Ahmedabad - 380 015
                 GSTIN/UIN: 24AAFFG6620K1Z3   State: Gujarat, Code: 24

                                PURCHASE ORDER

Voucher No.  : GIPP/PO/2425/0042                Dated : 3-Apr-2024
Supplier     : Mahalaxmi Wires & Cables
               Survey No. 84/1, Kachigam, Daman - 396 210
Supplier Ref : MWC/OFF/1187 dt 27-Mar-2024
Mode/Terms of Payment : 30 days
Despatch through : Road, door delivery to Ahmedabad store

Sl  Description of Goods                          Due on       Quantity    Rate      per   Amount
No.
 1  3C x 240 sqmm Al XLPE Armoured 1.1 kV         10-Apr-2024   20 mtr     612.00    mtr   12,240.00
    IS 7098 (Part 1):1988, FRLS outer sheath
    SAMPLE LENGTH for type test (2 coils x 10 mtr)
                                                                          --------         ----------
                                                                           20 mtr          12,240.00
    CGST @ 9%                                                                               1,101.60
    SGST @ 9%                                                                               1,101.60
                                                                                           ----------
                                                          Total                           14,443.20

Amount Chargeable (in words): INR Fourteen Thousand Four Hundred Forty Three and Twenty paise Only

Narration:
Sample lengths only - 20 mtr (two coils x 10 mtr) for type test at CPRI Bengaluru
as per IS 7098 (Part 1):1988 and IEC 60332-1.
Drum quantity (8 drums x 500 mtr as per your offer MWC/OFF/1187) is NOT released.
No further length to be manufactured until the CPRI type test report is signed off by
our QA and a written release is issued by Mr. Hemant Desai, Project Purchase Head.
Drum no. / batch no. to be embossed every 1 mtr. Cable to be supplied with routine test report.

Company's PAN : AAFFG6620K
                                                     for GUJARAT INFRA POWER PROJECTS

                                                           Authorised Signatory
                        This is a Computer Generated Document
"""
case("c14_tally_sample_lengths_identifiers", [],
     "Tally sample PO for 20 m; drum quantity not released until CPRI report + written release by named head; kV/sqmm/IS numbers are identifiers",
     [("GIPP_PO_2425_0042.txt", C14_PO)])


# ---- c15: DingTalk export, HK buyer, scoped pilot go-ahead
C15_CHAT = """\
钉钉 DingTalk 聊天记录导出 / Chat history export
群聊 Group: HX-LD-40W 试产 Pilot run (5 members)
导出时间 Exported: 2024-04-11 18:02 (UTC+8)
------------------------------------------------------------------
2024-04-10 09:12  王工 Wang Gong (华信 HX 工程部 Engineering):
    各位好，DVT 样品 10 pcs 已经测试完成，报告见附件。Ripple <5%, THD 7.8%.
2024-04-10 09:13  王工 Wang Gong: [文件] HX-LD-40W_DVT_report_v2.pdf
2024-04-10 09:40  Ivy Leung (Brightway Lighting HK):
    Thanks Wang Gong, report received. DVT signed off by our QA this morning.
2024-04-10 09:44  Ivy Leung (Brightway Lighting HK):
    To confirm scope: go ahead with the 30 pilot units only. The remaining 2,970 pcs in
    your quotation are not released.
2024-04-10 09:46  Ivy Leung (Brightway Lighting HK):
    Any further quantity only by written release from me (Ivy Leung), after the pilot run
    report is signed off by our QA. Please buy components for the 30 pcs only.
2024-04-10 10:05  刘俊 Jason Liu (华信 HX 销售 Sales):
    明白，只做 30 pcs pilot，余数不生产，不备料。Understood, 30 pcs pilot only, bal. 2970 no production no material.
2024-04-10 10:06  刘俊 Jason Liu: 预计 4月18日 完成 pilot，report 4月19日发给您。
2024-04-10 10:20  Ivy Leung (Brightway Lighting HK): 👍 thanks
------------------------------------------------------------------
"""
case("c15_dingtalk_pilot_scoped", [],
     "buyer: go ahead with 30 pilot units only, 2,970 not released, written release by herself after pilot report sign-off",
     [("DingTalk_HX-LD-40W_pilot_group.txt", C15_CHAT)])


# ---- c16: minutes of meeting, knitting machine parts (Sri Lankan buyer / Tiruppur supplier), PDF table
case("c16_mom_pilot_scope_complete", [],
     "minutes: 2,000 sinkers pilot authorised, 18,000 not released until trial sign-off and written release by named head",
     [("MoM_CKF_PKP_2024-04-05.pdf", pdf([
         ("h1", "Minutes of Meeting"),
         ("p", "Ceylon Knit Fabrics (Pvt) Ltd, Horana / Precision Knit Parts, Tiruppur. Venue: CKF Horana "
               "conference room. Date: 5 April 2024, 10.00-12.30."),
         ("p", "Present: Mr. Chaminda Gunawardena (Head of Engineering Procurement, CKF), Ms. Tharushi "
               "Silva (Knitting Manager, CKF), Mr. K. Balasubramaniam (Director, PKP), Mr. S. Vignesh (QA, PKP)."),
         ("h", "1. Discussion"),
         ("p", "PKP presented the sinker design SNK-38G-R2 (gauge E28) and cylinder needle samples. CKF "
               "reported cracking of the present sinkers after approx. 900 running hours on machine M-14."),
         ("h", "2. Decisions"),
         ("table", [["No.", "Decision / action", "Owner", "Due"],
                    ["2.1", "Pilot quantity of 2,000 sinkers (one cylinder set) is authorised under PO CKF/24/077.", "CKF", "done"],
                    ["2.2", "The balance of 18,000 sinkers in PKP quotation PKP/Q/24/015 is not released.", "CKF", "-"],
                    ["2.3", "4-week running trial of the pilot set on M-14; trial sign-off by Knitting Manager.", "T. Silva", "10 May"],
                    ["2.4", "After trial sign-off, a written release for the balance (or part) will be issued by Mr. Chaminda Gunawardena.", "C. Gunawardena", "after 2.3"],
                    ["2.5", "PKP may stock steel strip for the pilot set only. No stock for the balance.", "PKP", "-"],
                    ["2.6", "PKP to send hardness report (HRC 52-55) and profile projector images with the pilot set.", "S. Vignesh", "19 Apr"]]),
         ("h", "3. Next meeting"),
         ("p", "After the trial, date to be fixed. Minutes recorded by T. Silva and circulated to all attendees."),
     ], title="MoM CKF-PKP 05-04-2024", author="Tharushi Silva"))])


# ---- c17: third-party inspection report on sample castings, PDF table
case("c17_inspection_report_not_release", [],
     "third-party inspection report on 6 sample castings; states it is not a production release and authorises no quantity",
     [("QAIS_IR-24-0577_impeller_samples.pdf", pdf([
         ("h1", "QUALITY ASSURANCE INSPECTORATE SERVICES"),
         ("p", "Office 3, Amin Marg, Rajkot 360001 | NABL accredited lab TC-6612"),
         ("h", "INSPECTION REPORT No. IR-24-0577"),
         ("table", [["Client", "Sri Venkateswara Pumps Pvt Ltd, Coimbatore"],
                    ["Manufacturer", "Saurashtra Precision Castings, GIDC Metoda, Rajkot"],
                    ["PO ref.", "24100387 (sample order)"],
                    ["Item", "Impeller casting 250 dia, ASTM A743 Gr CF8M, DRG SVP-IMP-250 Rev 04"],
                    ["Quantity offered", "6 Nos (heat no. H-2404-117)"],
                    ["Date of inspection", "24 April 2024"]]),
         ("sp",),
         ("table", [["Check", "Requirement", "Found", "Result"],
                    ["Chemical (C)", "0.08 max", "0.06", "conforms"],
                    ["Chemical (Mo)", "2.0-3.0", "2.31", "conforms"],
                    ["Tensile", "485 MPa min", "512 MPa", "conforms"],
                    ["RT (ASTM E446)", "level 2", "level 1-2", "conforms"],
                    ["Hydro test", "15 bar, 10 min", "no leak", "conforms"],
                    ["Vane thickness", "6.0 +/-0.5", "5.8-6.3", "conforms"]]),
         ("p", "Result: the 6 sample castings conform to the drawing and the standard."),
         ("p", "Note: this report records inspection results only. It is not a production release and does "
               "not authorise any further quantity; any release is a matter between the client and the "
               "manufacturer."),
         ("sp",),
         ("p", "Inspector: Mehul Trivedi (Level II RT). Report reviewed by: D. Jadeja, Technical Manager."),
     ], title="Inspection Report IR-24-0577", author="QAIS Rajkot"))])


# ---- c18: LC extract + PI + cover mail (multi-file), LC is payment only (Narayanganj buyer / Jiaxing buttons)
C18_LC = """\
-----------------------------------------------------------------------------
  MT700  ISSUE OF A DOCUMENTARY CREDIT  (extract, for supplier's information)
-----------------------------------------------------------------------------
 :27:  Sequence of Total          1/1
 :40A: Form of Documentary Credit IRREVOCABLE
 :20:  Documentary Credit Number  0231BLC240118
 :31C: Date of Issue              240415
 :40E: Applicable Rules           UCP LATEST VERSION
 :31D: Date and Place of Expiry   240815 CHINA
 :50:  Applicant                  RAHMAN KNIT COMPOSITE LTD
                                  KANCHPUR, SONARGAON, NARAYANGANJ, BANGLADESH
 :59:  Beneficiary                JIAXING HENGDA BUTTON CO., LTD
                                  NO. 66 XIUZHOU AVENUE, JIAXING, ZHEJIANG, CHINA
 :32B: Currency Code, Amount      USD 8,640.00
 :41D: Available With ... By ...  ANY BANK BY NEGOTIATION
 :42C: Drafts at                  SIGHT
 :43P: Partial Shipments          ALLOWED
 :44E: Port of Loading            SHANGHAI, CHINA
 :44F: Port of Discharge          CHATTOGRAM, BANGLADESH
 :44C: Latest Date of Shipment    240725
 :45A: Description of Goods       120,000 PCS 4-HOLE POLYESTER BUTTONS 18L AND 24L
                                  AS PER PROFORMA INVOICE NO. HD-PI-240322 DATED 22.03.2024
                                  CFR CHATTOGRAM
 :46A: Documents Required         + SIGNED COMMERCIAL INVOICE IN 3 FOLDS
                                  + FULL SET CLEAN ON BOARD BILL OF LADING
                                  + PACKING LIST IN 3 FOLDS
                                  + CERTIFICATE OF ORIGIN
 :47A: Additional Conditions      + IRC NO. 260326110212420 AND BIN NO. 000123456-0103
                                    MUST APPEAR ON ALL DOCUMENTS
 :71D: Charges                    ALL BANK CHARGES OUTSIDE BANGLADESH ARE FOR
                                  BENEFICIARY'S ACCOUNT
-----------------------------------------------------------------------------
  Issuing bank: DUTCH-BANGLA BANK LTD, MOTIJHEEL BRANCH, DHAKA
-----------------------------------------------------------------------------
"""
C18_TEXT = """Dear Ms. Zhou,

Assalamualaikum and greetings from Rahman Knit.

We have opened the LC no. 0231BLC240118 against your PI HD-PI-240322 for the full value of the
order, 1,20,000 pcs buttons (extract attached, PI attached again for your file). The LC is opened
early only so that your bank can advise it in time.

Kindly note clearly: opening of the LC is a payment arrangement only. It does not release
production. At present only the sample lot of 600 pcs (3 colours x 200 pcs) is released, under our
PO RKC/TR/24/0311. The balance 1,19,400 pcs is NOT released. It will be released only by a written
release on email from our Head of Merchandising, Mr. Tanvir Ahmed, after the buyer signs off the
shade and wash test on the 600 samples.

Please do not start the bulk or buy resin for it before that mail. Kindly do the needful and revert
with sample dispatch date.

Best regards,
Md. Shafiqul Islam
Sr. Merchandiser, Rahman Knit Composite Ltd
Kanchpur, Sonargaon, Narayanganj | +880 1819 224 301
"""
C18_PI = pdf([
    ("h1", "JIAXING HENGDA BUTTON CO., LTD."),
    ("p", "No. 66 Xiuzhou Avenue, Jiaxing, Zhejiang 314031 | Tel +86 573 8221 6650"),
    ("h", "PROFORMA INVOICE No. HD-PI-240322"),
    ("table", [["Buyer", "Rahman Knit Composite Ltd, Narayanganj, Bangladesh"],
               ["Date", "22 Mar 2024"], ["Terms", "CFR Chattogram, LC at sight"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty (pcs)", "USD/1000 pcs", "Amount USD"],
               ["1", "4-hole polyester button 18L, matt, dyed to shade", "72,000", "64.00", "4,608.00"],
               ["2", "4-hole polyester button 24L, matt, dyed to shade", "48,000", "84.00", "4,032.00"],
               ["", "Total", "120,000", "", "8,640.00"]]),
    ("p", "Samples: 3 colours x 200 pcs, free of charge, courier by DHL."),
    ("p", "Shipment: 30 days after production release. Packing: 1,000 pcs per polybag, 20 bags per carton."),
    ("p", "Seller: Zhou Lina, Export Dept."),
], title="PI HD-PI-240322", author="Zhou Lina")
case("c18_lc_payment_only_multifile", [],
     "three files: LC extract + PI for 1,20,000 and buyer mail saying LC is payment only; 600 samples released, balance held for named head after buyer sign-off",
     [("cover_mail_LC_0231BLC240118.eml", eml_bytes(mail(
         "Md. Shafiqul Islam <shafiq@rahmanknit.com.bd>",
         "Zhou Lina <zhoulina@hengda-button.cn>",
         "LC 0231BLC240118 opened - PI HD-PI-240322 / sample status",
         "Tue, 16 Apr 2024 12:30:00 +0600", C18_TEXT,
         cc="Tanvir Ahmed <tanvir.ahmed@rahmanknit.com.bd>"))),
      ("LC_extract_0231BLC240118.txt", C18_LC),
      ("PI_HD-PI-240322.pdf", C18_PI)])


# ---- c19: supplier weekly WIP report, HTML table (Penang / Noida)
C19_BODY = """<p><b>Kinta Power Electronics Sdn Bhd</b> &mdash; Weekly order status, week 18/2024<br>
Customer: Brightline Lighting Pvt Ltd, Noida &nbsp;|&nbsp; Prepared by: Lim Chee Keong</p>
""" + table_html([
    ["Customer PO", "Part", "Released", "Built", "Shipped", "Components bought for", "Balance", "Balance status"],
    ["BLL/PO/24/0553", "KP-60W-CC", "100", "100", "60", "100", "4,900", "not released - awaiting your written release"],
    ["BLL/PO/24/0491", "KP-36W-CV", "2,000", "1,400", "1,000", "2,000", "0", "full quantity, no balance"],
]) + """
<p>Notes:</p>
<ol>
<li>BLL/PO/24/0553: the remaining 40 pilot units ship on 6 May by air (AWB to follow). We are not
building or buying anything for the balance of 4,900 pcs; it stays on hold until Mr. Sandeep
Bhatia's written release after the pilot report sign-off, as per your PO.</li>
<li>BLL/PO/24/0491: 600 pcs in final test, dispatch 9 May.</li>
</ol>
<p>Regards,<br>Lim Chee Keong, Sales Manager</p>
"""
case("c19_supplier_wip_status", [],
     "supplier status report: built = released, components bought = released, balance shown as not released",
     [("KPE_weekly_status_wk18.html", html_page("KPE weekly status wk18", C19_BODY))])


# ---- c20: production release letter naming quantity, remainder on hold (forged flanges), DOCX table
case("c20_release_letter_named_qty", [],
     "release letter: 1,200 pcs released after FAI sign-off, 2,800 remaining on hold until next release signed by the same named head",
     [("BPE_Production_Release_PR-2024-07.docx", docx_bytes([
         ("h1", "BHARAT PROCESS EQUIPMENT LTD. - PRODUCTION RELEASE"),
         ("p", "Release No.: PR-2024-07          Date: 29 April 2024"),
         ("p", "To: Ludhiana Forge Works, Focal Point Phase V, Ludhiana 141010 (Attn: Mr. Harpreet Singh)"),
         ("p", "PO: 4700022410 - Weld Neck Flange 4\" CL150 RF, ASTM A105N, ASME B16.5"),
         ("table", [["Release", "Date", "Quantity (pcs)", "Basis", "Signed by"],
                    ["PR-2024-07", "29.04.2024", "1,200", "FAI report QA/FAI/24/033 signed off 26.04.2024", "Nisha Joshi"],
                    ["Remaining of quoted 4,000", "-", "2,800", "not released", "-"]]),
         ("p", "We hereby release one thousand two hundred (1,200) pcs for production, heat treatment, "
               "machining and dispatch in two lots of 600 pcs."),
         ("p", "The remaining 2,800 pcs of the quoted 4,000 pcs stay on hold. They will be released only by "
               "release No. PR-2024-08, to be signed by me after lot acceptance of the first 1,200 pcs."),
         ("p", "Material authority: billets for the released 1,200 pcs only."),
         ("sp",),
         ("p", "Nisha Joshi, Head - Procurement, Bharat Process Equipment Ltd, Vadodara"),
     ], author="Nisha Joshi"))])


# ---- c21: Yonyou U8 sales order confirming a full-quantity PO, European number format
C21_SO = """\
用友 U8 V13.0  销售订单 / SALES ORDER CONFIRMATION                        打印日期 2024-04-17
=====================================================================================
公司 Company : 宁波恒力锻造有限公司 Ningbo Hengli Forging Co., Ltd.
单据号 No.   : SO-2404-0188                制单 Prepared: 陈敏 Chen Min
客户 Customer: LANKA VALVE & FITTINGS (PVT) LTD, Biyagama, Sri Lanka
客户订单 Cust PO: LVF/IMP/24/031  (full quantity order, no balance)
币种 Currency: EUR     数字格式 Number format: 1.234,56
-------------------------------------------------------------------------------------
行 Ln  存货编码 Item     规格 Spec                          数量 Qty   单价 Price   金额 Amount
  1   HL-SO-080-150   Slip-on flange DN80 PN16 EN 1092-1    1.200,00      7,85     9.420,00
                      type 01, P250GH, Zn plated
  2   HL-BL-080-150   Blind flange DN80 PN16 EN 1092-1        300,00     11,40     3.420,00
-------------------------------------------------------------------------------------
                                          合计 Total    1.500,00               12.840,00
交货 Delivery : 2024-06-05 FOB Ningbo
备注 Remark   : 客户PO为全数量订单，无余量。Customer PO is a full-quantity order; quantities
               above are the whole order. Material cert EN 10204 3.1.
审核 Checked  : 李工 Li Gong        销售 Sales: Chen Min  +86 574 8790 3316
=====================================================================================
"""
case("c21_u8_full_qty_eu_numbers", [],
     "supplier ERP confirmation of a full-quantity PO (1.200 + 300 = 1.500 in European format), no balance, nothing else",
     [("U8_SO-2404-0188.txt", C21_SO)])


# ---- c22: stop notice (printed pharma cartons, Sivakasi printer / Chennai buyer)
C22_TEXT = """Dear Mr. Murugan,

STOP NOTICE - PO CPL/PKG/24/0277 (mono carton, Paracetamol 650 mg strip x 15, artwork CPL-AW-1142 v3)

Due to a regulatory change in the label text (new Schedule H warning box), please STOP all work on
the above PO with immediate effect. Nothing further may be started on this PO - no printing, no
lamination, no die-cutting and no board purchase - until I lift this stop in writing.

For clarity:
- Released so far: the pilot run of 5,000 cartons, already printed and delivered (GRN 24-1189).
- Balance 45,000 cartons: not released. After the stop is lifted, the balance needs a revised PO
  with artwork v4 and then a written release from Mr. Suresh Iyer, Packaging Development Manager.
- Please confirm by return that no board or ink has been bought for the balance.

Kindly acknowledge this mail today.

Regards,
Meena Krishnan
Senior Buyer - Packaging
Chennai Pharma Labs Ltd, Ambattur Industrial Estate, Chennai 600058
+91 44 2625 7730
"""
case("c22_stop_notice_complete", [],
     "stop notice: nothing more may start until named buyer lifts it; balance 45,000 needs revised PO + written release by named manager",
     [("STOP NOTICE PO CPL-PKG-24-0277.eml", eml_bytes(mail(
         "Meena Krishnan <meena.k@chennaipharmalabs.com>",
         "Murugan S <murugan@sivakasiartprinters.in>",
         "STOP NOTICE - PO CPL/PKG/24/0277 - mono carton Paracetamol 650",
         "Fri, 19 Apr 2024 11:10:00 +0530", C22_TEXT,
         cc="Suresh Iyer <suresh.iyer@chennaipharmalabs.com>")))])


# ---- c23: WhatsApp, Hindi/English, gift boxes sample order fully scoped (Delhi buyer / Noida box maker)
C23_CHAT = """\
04/04/2024, 11:02 - Rohit Malhotra: Namaste Sandeep ji
04/04/2024, 11:03 - Rohit Malhotra: Diwali hamper box ke liye abhi sirf 25 sample boxes banane hain - magnetic flap, 12x10x4 inch, 2mm greyboard, gold foil logo
04/04/2024, 11:03 - Rohit Malhotra: Baaki 4,975 boxes abhi release nahi hain. Bulk ke liye board ya foil kuch bhi mat mangwana
04/04/2024, 11:05 - Rohit Malhotra: Client sample dekh ke sign-off karega, uske baad main khud (Rohit) email pe written release bhejunga quantity ke saath. Tab tak bulk hold pe
04/04/2024, 11:20 - Sandeep Rigid Boxes: Ji sir samajh gaya. 25 pcs sample only, bulk hold pe. Thursday tak ready ho jayenge
04/04/2024, 11:21 - Sandeep Rigid Boxes: Sample ke liye advance ki zarurat nahi 🙏
04/04/2024, 11:22 - Rohit Malhotra: 👍 PO number GFT/24/118 hai, mail pe bhi daal diya
04/04/2024, 11:40 - Sandeep Rigid Boxes: <Media omitted>
04/04/2024, 11:40 - Sandeep Rigid Boxes: Foil ka shade yeh wala theek hai?
04/04/2024, 11:52 - Rohit Malhotra: Haan yahi, matt gold
"""
case("c23_whatsapp_hindi_sample_scoped", [],
     "25 sample boxes, 4,975 not released, client sign-off then written release by the named sender; no material for bulk",
     [("WhatsApp Chat with Sandeep Rigid Boxes.txt", C23_CHAT)])


# ---- c24: Bangla-English trims sample order, EML with DOCX attachment
C24_DOCX = docx_bytes([
    ("h1", "Padma Fashions Ltd. - Trim card sample order"),
    ("p", "Order ref: PFL/TRIM/24/052   Date: 21 April 2024"),
    ("p", "Supplier: Dhaka Trims & Accessories, Tejgaon I/A, Dhaka-1208"),
    ("p", "Buyer / style: Elmstead Kids / EK-5521 (girls' cardigan)"),
    ("table", [["Item", "Spec", "Colourways", "Cards per colourway", "Total cards"],
               ["Trim card: shank button 15L + main label + care label", "per tech pack EK-5521 v2", "3", "5", "15"]]),
    ("p", "Scope: fifteen (15) trim cards only. The bulk trims (buttons approx. 85,000 pcs and labels) "
          "are not released."),
    ("p", "Bulk will be released only by a written release on email from our GM Merchandising, "
          "Mr. Kamrul Hasan, after Elmstead signs off the trim card."),
    ("p", "Please do not purchase yarn, resin or ribbon for bulk before that release."),
])
C24_TEXT = """Assalamualaikum Rubel bhai,

Kemon achen? PFA our trim card sample order PFL/TRIM/24/052 for style EK-5521.

Apnara shudhu trim card banaben - 3 colourways x 5 cards = 15 cards. Bulk er kono kaaj ekhon na.
The bulk buttons and labels are NOT released; Kamrul bhai (GM Merchandising) will send the written
release by mail after Elmstead signs off the card. Details are in the attached sheet.

Kindly do the needful and send the cards by Thursday, our buyer's QA visit is on Sunday.

Dhonnobad,
Sabrina Yasmin
Merchandiser, Padma Fashions Ltd
Kashimpur, Gazipur | +880 1711 908 455
"""
case("c24_bangla_trim_card_docx", [],
     "15 trim cards only, bulk not released until buyer sign-off and written release by named GM (mail + DOCX)",
     [("Trim card sample order PFL-TRIM-24-052.eml", eml_bytes(mail(
         "Sabrina Yasmin <sabrina@padmafashions.com.bd>",
         "Rubel Hossain <rubel@dhakatrims.com>",
         "Trim card sample order PFL/TRIM/24/052 - EK-5521",
         "Sun, 21 Apr 2024 10:15:00 +0600", C24_TEXT,
         cc="Kamrul Hasan <kamrul.hasan@padmafashions.com.bd>",
         attachments=[("PFL-TRIM-24-052.docx", C24_DOCX, DOCX_MT)])))])


# ---- c25: supplier asks to buy yarn for bulk, buyer answers inline (Sri Lankan buyer / Tiruppur elastic)
C25_TEXT = """Dear Mr. Karthik,

Thank you. Please see my answers inline below.

Regards,
Nirosha Fernando
Sourcing Manager, Serendib Intimates (Pvt) Ltd
Katunayake EPZ, Sri Lanka | +94 11 225 3390

-----Original Message-----
From: Karthik R <karthik@tirupurelastics.com>
Sent: Monday, April 22, 2024 4:02 PM
To: Nirosha Fernando <nirosha.f@serendibintimates.lk>
Subject: Covered rubber yarn - PO SIL/PO/24/0390

> Dear Madam,
>
> Sample lot of 1,500 m (12 mm knitted elastic, 3 shades) is under knitting now.
>
> 1. Shall we buy the covered rubber yarn for the full 2 lakh metres now? Price is going up
>    from next month by 6-7%.

[Nirosha] No. Please buy yarn for the sample lot of 1,500 m only. There is no material authority
beyond the sample lot, and we will not be liable for yarn bought for bulk.

> 2. Can we plan the bulk knitting from 10th May?

[Nirosha] Not yet. The bulk 2,00,000 m is not released. It will be released only after our wash-test
sign-off on the 1,500 m, by a written release from me (Nirosha Fernando), with the quantity.

> 3. Dispatch of sample by DHL on Friday okay?

[Nirosha] Yes, Friday is fine.

> Thanks & regards,
> Karthik R
> Tirupur Elastics, Tiruppur 641607
"""
C25_HTML = "<html><body style=\"font-family:Calibri,Arial\">" + "".join(
    f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in C25_TEXT.split("\n\n")) + "</body></html>"
case("c25_inline_reply_material_question", [],
     "supplier's questions answered inline: yarn for 1,500 m sample only, bulk not released until wash-test sign-off and written release by the sender",
     [("RE_Covered rubber yarn SIL-PO-24-0390.eml", eml_bytes(mail(
         "Nirosha Fernando <nirosha.f@serendibintimates.lk>",
         "Karthik R <karthik@tirupurelastics.com>",
         "RE: Covered rubber yarn - PO SIL/PO/24/0390",
         "Tue, 23 Apr 2024 09:12:00 +0530", C25_TEXT, html=C25_HTML,
         in_reply_to="<h19-karthik-0422@tirupurelastics.com>")))])


# =================================================================== RISKY
# ---- p01: sample PO + supplier quote as separate files; nothing holds the 1,200 (Coimbatore / Rajkot)
P01_PO = pdf([
    ("h1", "KAVERI FLOW SYSTEMS PVT. LTD."),
    ("p", "SIDCO Industrial Estate, Kurichi, Coimbatore 641021 | GSTIN 33AADCK7781M1ZQ"),
    ("h", "PURCHASE ORDER No. KFS/PO/24-25/0412     Date: 10.04.2024"),
    ("table", [["Vendor", "Saurashtra Precision Castings, Plot 44, GIDC Metoda, Rajkot 360021"],
               ["Ref.", "Your quotation SPC/Q/24-25/044 dated 22.03.2024 (copy enclosed)"],
               ["Contact", "M. Prabhu, Purchase Officer, +91 422 267 5512"]]),
    ("sp",),
    ("table", [["Sl", "Description", "Drg / Rev", "Qty", "Rate INR", "Amount INR"],
               ["1", "Impeller casting 315 dia, ASTM A743 CF8M, sample castings for pattern proving",
                "KFS-IMP-315 / Rev 02", "5 Nos", "18,200.00", "91,000.00"],
               ["", "IGST 18%", "", "", "", "16,380.00"],
               ["", "Total", "", "", "", "1,07,380.00"]]),
    ("sp",),
    ("p", "Terms: 1) Delivery 4 weeks from PO. 2) Inspection at our works; RT films and 3.1 certificate "
          "to accompany. 3) Payment 60 days from GRN. 4) Pattern KFS-P-315 to be returned with castings. "
          "5) Please quote our PO number on all documents."),
    ("p", "For Kaveri Flow Systems Pvt. Ltd. - Authorised Signatory"),
], title="PO KFS/PO/24-25/0412", author="M. Prabhu")
P01_QUOTE = pdf([
    ("h1", "SAURASHTRA PRECISION CASTINGS"),
    ("p", "Plot 44, GIDC Metoda, Rajkot 360021 | Investment and sand castings in CF8, CF8M, CD4MCu, duplex"),
    ("h", "QUOTATION SPC/Q/24-25/044   Date: 22.03.2024"),
    ("p", "To: Kaveri Flow Systems Pvt. Ltd., Coimbatore. Kind Attn: Mr. M. Prabhu."),
    ("table", [["Item", "Stage", "Qty", "Rate INR", "Lead time"],
               ["Impeller 315 dia CF8M, Drg KFS-IMP-315 Rev 02", "Sample (pattern proving)", "5 Nos", "18,200", "4 weeks"],
               ["Impeller 315 dia CF8M, Drg KFS-IMP-315 Rev 02", "Production", "1,200 Nos / year", "15,650", "100 Nos per month"]]),
    ("p", "Weight: approx. 11.5 kg per casting (as cast). Rates based on nickel LME USD 17,500/t; variation "
          "beyond 5% will be passed on. GST extra at actuals. Freight to your account."),
    ("p", "Thanking you and assuring our best services at all times. For Saurashtra Precision Castings, "
          "Jignesh Patel, Marketing."),
], title="Quotation SPC/Q/24-25/044", author="Jignesh Patel")
case("p01_pump_po_plus_quote_multifile",
     ["RG001", "RG003", "RG004", "RG005"],
     "PO for 5 sample castings with the enclosed quote showing 1,200/year production; nothing says the 1,200 is not released, no unlock event, no release person",
     [("PO_KFS-PO-24-25-0412.pdf", P01_PO), ("Quotation_SPC-Q-24-25-044.pdf", P01_QUOTE)])


# ---- p02: buyer sends sample request with the container PI attached (Delhi importer / Foshan tiles)
P02_PI = pdf([
    ("h1", "FOSHAN JINYUAN CERAMICS CO., LTD."),
    ("p", "Nanzhuang Town, Chancheng District, Foshan, Guangdong | Tel +86 757 8577 3321"),
    ("h", "PROFORMA INVOICE  No. JY-PI-2403-118"),
    ("table", [["Buyer", "Goyal Tile Gallery, 14 Ring Road, Lajpat Nagar IV, New Delhi 110024"],
               ["Date", "15 Mar 2024"], ["Terms", "FOB Foshan (Nansha port), 30% T/T advance, 70% against B/L copy"]]),
    ("sp",),
    ("table", [["Design", "Size", "Finish", "Containers", "Sqm", "USD/sqm", "Amount USD"],
               ["JY6120-01 Calacatta", "600x1200", "polished glazed", "1 x 20GP", "1,440", "6.10", "8,784.00"],
               ["JY6120-02 Statuario", "600x1200", "polished glazed", "1 x 20GP", "1,440", "6.10", "8,784.00"],
               ["JY6120-03 Grey Onyx", "600x1200", "polished glazed", "1 x 20GP", "1,440", "6.10", "8,784.00"],
               ["JY6120-04 Armani Brown", "600x1200", "polished glazed", "1 x 20GP", "1,440", "6.10", "8,784.00"],
               ["Total", "", "", "4 x 20GP", "5,760", "", "35,136.00"]]),
    ("p", "Packing: 2 pcs per box (1.44 sqm), 1,000 boxes per 20GP. Samples: 2 boxes per design free, courier collect."),
    ("p", "Seller: Kevin Liang. Bank: China Construction Bank Foshan Branch."),
], title="PI JY-PI-2403-118", author="Kevin Liang")
P02_TEXT = """Dear Kevin,

Greetings from Goyal Tile Gallery.

PFA the PI received from your side. Kindly correct the consignee name as marked (Goyal Tile Gallery,
not Goyal Tiles) and send us the corrected copy.

Meanwhile please send the samples of all 4 designs, 2 boxes each, i.e. total 8 boxes, by DHL at the
earliest. Our DHL import account no. is 96-1145-220. Please mention "samples - no commercial value"
on the invoice.

Do the needful and share the AWB.

Thanks & regards,
Vikas Goyal
Goyal Tile Gallery, Lajpat Nagar IV, New Delhi
+91 98100 37651
"""
case("p02_tiles_sample_request_pi_attached",
     ["RG001", "RG003", "RG004", "RG005"],
     "buyer asks for 8 sample boxes and attaches the PI for 4 containers / 5,760 sqm; no word that the containers are not released, no event, no person",
     [("Samples 4 designs and PI JY-PI-2403-118.eml", eml_bytes(mail(
         "Vikas Goyal <vikas@goyaltilegallery.in>",
         "Kevin Liang <kevin@jinyuan-ceramics.com>",
         "Samples 4 designs / PI JY-PI-2403-118",
         "Sat, 16 Mar 2024 12:40:00 +0530", P02_TEXT,
         attachments=[("PI_JY-PI-2403-118_marked.pdf", P02_PI, PDF_MT)])))])


# ---- p03: sample PO in DOCX with lot-size column; release person named, nothing held, no event
case("p03_lamp_sample_po_lot_size_column",
     ["RG001", "RG003", "RG004"],
     "sample PO table shows sample 10 and lot size 3,000 side by side; a release person is named but nothing says the lot is not released and no event is named",
     [("SAC_SPO_24_219_fog_lamp_reflector.docx", docx_bytes([
         ("h1", "Shakti Auto Components Ltd."),
         ("p", "Plot 57, Sector 37, Pace City II, Gurugram 122004, Haryana"),
         ("h", "Sample Purchase Order SAC/SPO/24/219"),
         ("p", "Date: 15 April 2024"),
         ("p", "To: Precitech Moulders, Gat No. 311, Chakan, Pune 410501 (Kind attn: Mr. Ramesh Patil)"),
         ("table", [["Part No.", "Description", "Drg Rev", "Sample qty", "Lot size", "Target price"],
                    ["SAC-FL-3391", "Fog lamp reflector, PC-HT, vacuum metallised Al", "D", "10", "3,000", "INR 142.00"],
                    ["SAC-FL-3392", "Fog lamp bezel, PC+ABS, black texture MT-11020", "C", "10", "3,000", "INR 58.50"]]),
         ("p", "Please supply the sample parts along with: full dimensional report, metallising adhesion test "
               "(cross-hatch, ISO 2409), reflectance report and material certificate."),
         ("p", "Delivery of samples: 25 April 2024 at our Gurugram plant."),
         ("p", "Production release authority for these parts: Mr. Karan Sethi, DGM - SCM."),
         ("p", "Payment terms: 45 days from receipt. All other terms as per our general terms of purchase GT-07."),
         ("sp",),
         ("p", "For Shakti Auto Components Ltd. - Neha Arora, Buyer, +91 124 478 1200"),
     ], author="Neha Arora"))])


# ---- p04: Bangladeshi merchandiser, sample buttons + costing sheet (HTML attachment), multipart/alternative
P04_COST = html_page("Costing sheet MAL-DN-3307", """<h3>MEGHNA APPARELS LTD &mdash; Costing sheet, style MAL-DN-3307 (men's 5-pocket denim)</h3>
""" + table_html([
    ["Trim", "Spec", "Consumption / garment", "Garment order qty", "Bulk qty (pcs)", "Target USD"],
    ["Shank button", "17 mm metal, antique brass, laser logo", "1", "1,20,000", "1,20,000", "0.034"],
    ["Rivet", "9 mm, antique brass", "6", "1,20,000", "7,20,000", "0.006"],
    ["Zip", "#4.5 metal, YG slider, 18 cm", "1", "1,20,000", "1,20,000", "0.11"],
]) + "\n<p>Prepared by: Md. Arifur Rahman, 10 Apr 2024</p>")
P04_TEXT = """Dear Ms. Lily,

Greetings from Meghna!

PFA our order for metal shank buttons 17 mm antique brass, style MAL-DN-3307. Samples: 3 finishes
(antique brass, gunmetal, copper) x 50 pcs = 150 pcs.

Bulk qty for the style is 1,20,000 pcs as per the costing sheet attached. Please send the samples by
DHL within 7 days with the nickel-free test report.

Thanks & regards,
Md. Arifur Rahman
Merchandiser, Meghna Apparels Ltd, Ashulia, Savar, Dhaka
+880 1755 310 628
"""
case("p04_buttons_sample_with_bulk_costing",
     ["RG001", "RG003", "RG004", "RG005"],
     "sample order for 150 buttons states bulk qty 1,20,000 (and costing sheet) with nothing saying it is not released; no event, no release person",
     [("Order metal shank buttons MAL-DN-3307.eml", eml_bytes(mail(
         "Md. Arifur Rahman <arif@meghnaapparels.com.bd>",
         "Lily Chen <lily@yuexiu-accessories.com>",
         "Order - metal shank buttons 17mm - style MAL-DN-3307",
         "Wed, 10 Apr 2024 14:25:00 +0600", P04_TEXT, html=html_from_text(P04_TEXT),
         attachments=[("Costing_MAL-DN-3307.html", P04_COST, "text/html")])))])


# ---- p05: Tally sample PO for flanges; narration cites offer for 600 Nos; "#600" class is an identifier
P05_PO = """\
                          SHIVAM VALVES & FITTINGS
          Plot 1127, Phase IV, GIDC Vatva, Ahmedabad - 382 445
          GSTIN/UIN: 24ACUPS5528E1ZD    E-Mail : purchase@shivamvalves.in

                              PURCHASE ORDER

Voucher No.  : SVF/PO/24-25/031                 Dated : 12-Apr-2024
Supplier     : Rajkot Forge & Rings
               Survey No. 221, Shapar (Veraval), Rajkot - 360 024
Supplier's Ref. : RFR/OFF/24-25/061 dt 04-Apr-2024
Terms of Payment : 30 days against delivery
Terms of Delivery : Door delivery, freight paid

Sl  Description of Goods                        Due on        Quantity   Rate       per   Amount
 1  WNRF Flange 8" #600 SCH 80                  26-Apr-2024    4 Nos     9,850.00   Nos   39,400.00
    ASTM A105N, ASME B16.5, Serrated finish
    125-250 AARH
                                                              --------              -----------
                                                               4 Nos                 39,400.00
    IGST @ 18%                                                                         7,092.00
                                                                                    -----------
                                                     Total                           46,492.00

Amount Chargeable (in words): INR Forty Six Thousand Four Hundred Ninety Two Only

Narration:
Sample order against your offer ref RFR/OFF/24-25/061 for 600 Nos.
Samples to be sent with MTC EN 10204 3.1, UT report and dimensional report.
Hardness 137-187 HB. Heat no. & PO no. to be hard punched.

                                                     for SHIVAM VALVES & FITTINGS

                                                           Authorised Signatory
                        This is a Computer Generated Document
"""
case("p05_tally_flange_sample_offer_600",
     ["RG001", "RG003", "RG004", "RG005"],
     "Tally PO for 4 sample flanges cites the offer 'for 600 Nos' with nothing saying the 600 is not released; no event, no release person (#600 is a pressure class)",
     [("SVF_PO_24-25_031.txt", P05_PO)])


# ---- p06: Sri Lankan buyer's sample PO, nothing about the balance, DOCX table
case("p06_sample_po_bare_srilanka",
     ["RG003", "RG004", "RG005"],
     "sample PO for 30 cradles only; never says any further quantity is not released, no unlock event, no release person",
     [("RTM_PO_2024_061.docx", docx_bytes([
         ("h1", "RUHUNA TEXTILE MILLS (PVT) LTD."),
         ("p", "No. 112, Wakwella Road, Galle, Sri Lanka | Tel +94 91 223 4470"),
         ("h", "PURCHASE ORDER RTM/PO/2024/061"),
         ("p", "Date: 08 April 2024"),
         ("p", "To: Lakshmi Textile Spares, Ganapathy, Coimbatore 641006, India. Attn: Mr. Senthil Kumar."),
         ("p", "Dear Sir, with reference to your quotation LTS/Q/24/019 we are pleased to place our order for "
               "the following items as samples:"),
         ("table", [["No.", "Item", "Part no.", "Qty", "Unit price INR", "Amount INR"],
                    ["1", "Top arm cradle assembly for LR6/S ring frame", "LTS-TAC-65", "30 nos (thirty)", "2,450.00", "73,500.00"]]),
         ("p", "Delivery: by air freight to Colombo (BIA), within 3 weeks."),
         ("p", "Payment: 30 days from receipt of goods, by TT."),
         ("p", "Documents: commercial invoice, packing list, airway bill, certificate of origin."),
         ("p", "Kindly acknowledge receipt of this PO and be kind enough to dispatch the samples at the earliest."),
         ("sp",),
         ("p", "Yours faithfully, W. A. Chathurika Perera, Purchasing Officer, Ruhuna Textile Mills (Pvt) Ltd."),
     ], author="Chathurika Perera"))])


# ---- p07: "kindly send samples" with no quantity and nothing else (Noida buyer / Shenzhen)
P07_TEXT = """Dear Jason,

Greetings from Brightline.

We are developing a flicker-free downlight range for the Indian market and your 40W driver looks
suitable. Kindly send us samples of HX-LD-40W-1050mA along with the test report, LM-80 data of
the recommended LED package and the surge test report (4 kV L-N).

We shall evaluate and revert. Please send the proforma for the samples and courier through FedEx
on our account no. 6402-1187-3.

Thanks & regards,
Sandeep Bhatia
VP Operations, Brightline Lighting Pvt Ltd
C-41, Sector 63, Noida 201301 | +91 120 451 9020
"""
case("p07_led_samples_no_qty_nothing",
     ["RG003", "RG004", "RG005", "RG010"],
     "buyer requests samples with no quantity, never says any further quantity is not released, no unlock event, no release person",
     [("Samples HX-LD-40W-1050mA.eml", eml_bytes(mail(
         "Sandeep Bhatia <sandeep.bhatia@brightlinelighting.in>",
         "Jason Liu <jason@hx-power.cn>",
         "Samples - HX-LD-40W-1050mA",
         "Mon, 25 Mar 2024 10:18:00 +0530", P07_TEXT)))])


# ---- p08: HTML PO page, balance on hold "until further notice", release person named
P08_BODY = """<table style="border:none"><tr><td style="border:none"><b>BRIGHTLINE LIGHTING PVT LTD</b><br>
C-41, Sector 63, Noida 201301, U.P.</td><td style="border:none;text-align:right">iProcure Supplier Portal<br>Printed 09-Apr-2024</td></tr></table>
<h3>Purchase Order BLL/PO/24/0561 &nbsp; Rev 0</h3>
""" + table_html([
    ["Line", "Item", "Description", "Qty", "UoM", "Unit price USD", "Need by"],
    ["1", "KP-60W-CC", "LED driver 60 W, 1400 mA, IP67, pilot lot", "50", "EA", "4.80", "15-May-2024"],
]) + """
<div class="note"><b>Scope note.</b> This PO covers the pilot lot of 50 pcs only. The balance 4,950 pcs of the quoted
5,000 pcs is on hold until further notice. Production of any further quantity can be released only by
Mr. Sandeep Bhatia, VP Operations.</div>
<p>Supplier: Kinta Power Electronics Sdn Bhd, Penang. Ship via air, DAP Noida. Payment 60 days from invoice.</p>
<p>Buyer: Pooja Saxena, +91 120 451 9034</p>
"""
case("p08_html_po_hold_until_further_notice",
     ["RG004"],
     "50 pilot, balance 4,950 on hold 'until further notice' (no unlock event); named release person present",
     [("BLL_PO_24_0561.html", html_page("PO BLL/PO/24/0561", P08_BODY))])


# ---- p09: Ningbo buyer's PO, balance "pending, we will inform later" (no event, no person), PDF
case("p09_ningbo_po_balance_pending",
     ["RG004", "RG005"],
     "6 sample flanges, balance 594 not released but 'we will inform you later': no unlock event, no named person",
     [("NHV-PO-2404-031.pdf", pdf([
         ("h1", "NINGBO HAITIAN VALVE CO., LTD."),
         ("p", "No. 9 Binhai 2nd Road, Hangzhou Bay New Zone, Ningbo, Zhejiang, China"),
         ("h", "PURCHASE ORDER  NHV-PO-2404-031"),
         ("table", [["Supplier", "Rajkot Forge & Rings, Shapar (Veraval), Rajkot, India"],
                    ["Date", "2024-04-09"], ["Payment", "T/T 60 days after B/L"], ["Delivery", "CIF Ningbo"]]),
         ("sp",),
         ("table", [["No.", "Description", "Material", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "Slip-on flange 4\" 150LB RF, ASME B16.5", "ASTM A105", "6 pcs (sample)", "21.50", "129.00"]]),
         ("p", "Remark: This PO is sample order. The balance quantity (594 pcs) of your offer is not released "
               "now. Please keep it pending, we will inform you later."),
         ("p", "Please kindly arrange the sample as soon as possible with MTC 3.1 and send by DHL."),
         ("sp",),
         ("p", "Buyer: Purchasing Dept., Ningbo Haitian Valve Co., Ltd. Tel +86 574 8698 1200"),
     ], title="NHV-PO-2404-031", author="NHV Purchasing"))])


# ---- p10: SAP ECC PO printout: "Released" status for the PO + production release by a department
P10_PO = """\
DECCAN PUMPS LTD.                                                      Page 1 / 1
Plot D-7, MIDC Bhosari, Pune 411026
----------------------------------------------------------------------------------
PURCHASE ORDER  4500318852                      Date        : 11.04.2024
Document type   : NB  Standard PO               Purch. Org. : 1000  Purch. Grp: P21
Release status  : RELEASED  (Rel. strategy P2: Purchase Head + Finance Controller)
Vendor          : 200417  SAURASHTRA PRECISION CASTINGS, RAJKOT
Your quotation  : SPC/Q/24-25/038 dd 29.03.2024
----------------------------------------------------------------------------------
Item  Material         Short text                           Qty     UoM   Net price
00010 3100-CSG-200     VOLUTE CASING 200X150 CI FG260        6     EA    22,400.00
                       DRG DPL-VC-200 REV 05, SAMPLE
----------------------------------------------------------------------------------
                                              Total net value    1,34,400.00 INR
Header text:
  Sample order for 6 Nos volute casings (pattern and process proving).
  Balance 294 Nos of your quotation are NOT released. Do not pour beyond 6 Nos.
  Production release for the balance will be issued after sample sign-off by
  our Purchase Department.
  Material: for the 6 samples only.
Terms: 60 days net. Delivery 28.04.2024 to Bhosari stores.
----------------------------------------------------------------------------------
This PO has been released electronically and is valid without signature.
"""
case("p10_sap_released_po_dept_release",
     ["RG005", "RG009"],
     "'released' used for the PO's commercial release strategy and for production release; production release by an unnamed department",
     [("SAP_PO_4500318852.txt", P10_PO)])


# ---- p11: colour proof fine, "please go ahead" (HK buyer / Dongguan), long quoted thread
P11_TEXT = """Hi Sunny,

Thanks. The digital colour proof v3 is fine - Pantone 186C matches now and the foil position is
correct. Please go ahead.

Best,
Gloria

Gloria Tsang | Purchasing Manager | Harbour Gift Packaging Ltd
Unit 1208, Kwun Tong Industrial Centre, Kowloon, HK | +852 2796 4410

On Thu, 18 Apr 2024 at 16:05, Sunny Huang <sunny@meiyi-paper.cn> wrote:
""" + quote_block("""Dear Gloria,

Good day! Attached colour proof v3 for the magnetic box. We adjust the red (less magenta 5%)
and move the foil logo 3mm up as your comment.

Please check and confirm.

Best regards
Sunny Huang
Dongguan Meiyi Paper Products Co., Ltd

On Mon, 8 Apr 2024 at 10:12, Gloria Tsang <gloria.tsang@harbourgift.com.hk> wrote:
> Dear Sunny,
>
> Please find PO HGP-2404-077 attached.
>
> Scope: 200 sample boxes only (magnetic rigid box 280x200x80mm, 1200gsm greyboard, red art
> paper, gold foil logo). The balance of 19,800 pcs in your quotation is NOT released. It will be
> released only by my written release, after our client signs off the 200 samples.
> Please buy board and paper for the 200 samples only.
>
> Best,
> Gloria Tsang
> Purchasing Manager, Harbour Gift Packaging Ltd""") + "\n"
case("p11_proof_ok_please_go_ahead",
     ["RG002"],
     "quoted original PO scope is complete (200 samples, 19,800 held, client sign-off, named buyer); the new 'Please go ahead' names neither samples nor a quantity",
     [("RE_Colour proof v3 magnetic box HGP-2404-077.eml", eml_bytes(mail(
         "Gloria Tsang <gloria.tsang@harbourgift.com.hk>",
         "Sunny Huang <sunny@meiyi-paper.cn>",
         "RE: Colour proof v3 - magnetic box - PO HGP-2404-077",
         "Fri, 19 Apr 2024 09:31:00 +0800", P11_TEXT,
         in_reply_to="<h19-sunny-0418@meiyi-paper.cn>")))])


# ---- p12: WhatsApp, rate finalised, "green signal hai, kaam shuru karo" (Ahmedabad / Daman cables)
P12_CHAT = """\
15/04/2024, 09:31 - Neeraj Gupta (GIPP Purchase): Mahesh bhai, PO GIPP/PO/2425/0051 mail pe bheja hai - sirf 2 sample drums (2 x 250 mtr) 4C x 16 sqmm Cu armoured 1.1 kV
15/04/2024, 09:32 - Neeraj Gupta (GIPP Purchase): Baaki 18 drums release nahi hain. Jab tak CPRI type test report sign-off nahi hota aur Hemant Desai sir ka written release nahi aata, bulk ka kuch nahi banana
15/04/2024, 09:40 - Mahesh Mahalaxmi Cables: Ji sir noted 👍 Rate ka kya final hua? 612 ya 598?
16/04/2024, 17:05 - Mahesh Mahalaxmi Cables: Sir rate confirm kar do please, copper aaj phir upar gaya hai
16/04/2024, 18:22 - Neeraj Gupta (GIPP Purchase): 598 final, management se baat ho gayi
16/04/2024, 18:22 - Neeraj Gupta (GIPP Purchase): Green signal hai, kaam shuru karo 👍
16/04/2024, 18:23 - Mahesh Mahalaxmi Cables: 👍🙏
16/04/2024, 18:40 - Mahesh Mahalaxmi Cables: <Media omitted>
"""
case("p12_whatsapp_green_signal",
     ["RG002"],
     "scope complete earlier (2 sample drums, 18 held, CPRI sign-off, named head) but 'Green signal hai, kaam shuru karo' is an unscoped go-ahead",
     [("WhatsApp Chat with Mahesh Mahalaxmi Cables.txt", P12_CHAT)])


# ---- p13: price approved + advance remitted + "kindly proceed" (Jaipur importer / Foshan tiles), TT advice PDF
P13_TT = pdf([
    ("h1", "HDFC BANK LTD - OUTWARD REMITTANCE ADVICE"),
    ("table", [["Reference", "OWR2404170031182"], ["Value date", "17-Apr-2024"],
               ["Remitter", "BANSAL MARBLE & TILES, SIKAR ROAD, JAIPUR"],
               ["Beneficiary", "FOSHAN JINYUAN CERAMICS CO., LTD"],
               ["Amount", "USD 5,140.80"], ["Purpose", "S0101 - advance payment against imports"],
               ["Details", "30 PCT ADVANCE AGAINST PI JY-PI-2404-027"]]),
], title="Remittance advice", author="HDFC Bank")
P13_TEXT = """Dear Kevin,

Price is approved at USD 5.95/sqm FOB as per our call yesterday. We have also remitted the 30%
advance against your PI JY-PI-2404-027 today, TT advice attached.

So kindly proceed.

Regards,
Rajat Bansal
Bansal Marble & Tiles, Sikar Road, Jaipur 302013
+91 94140 66218

On Tue, 9 Apr 2024 at 11:20, Rajat Bansal <rajat@bansaltiles.in> wrote:
""" + quote_block("""Dear Kevin,

Please send 2 boxes each of the 4 designs (8 boxes total) as samples by courier.

The container order as per your PI JY-PI-2404-027 (2 x 20ft) is not released. It will be released
only by my written release, after the samples are signed off at our showroom.

Regards,
Rajat Bansal""") + "\n"
case("p13_price_approved_advance_proceed",
     ["RG002", "RG012"],
     "quoted scope holds the containers for showroom sign-off + written release by sender, then 'price approved... advance remitted... so kindly proceed': unscoped and payment-driven",
     [("RE_Samples and PI JY-PI-2404-027.eml", eml_bytes(mail(
         "Rajat Bansal <rajat@bansaltiles.in>",
         "Kevin Liang <kevin@jinyuan-ceramics.com>",
         "RE: Samples and PI JY-PI-2404-027",
         "Wed, 17 Apr 2024 16:48:00 +0530", P13_TEXT,
         in_reply_to="<h19-rajat-0409@bansaltiles.in>",
         attachments=[("TT_advice_OWR2404170031182.pdf", P13_TT, PDF_MT)])))])


# ---- p14: Rev B drawing OK, "you may proceed" (Lahore buyer / Sialkot maker), PO PDF attached
P14_PO = pdf([
    ("h1", "SHIFA SURGICAL SUPPLIES"),
    ("p", "41-B, Gulberg III, Lahore 54660, Pakistan | NTN 4417823-6"),
    ("h", "PURCHASE ORDER SSS/24/0192"),
    ("table", [["Supplier", "Crescent Surgical Co., Small Industrial Estate, Sialkot"],
               ["Date", "03 April 2024"], ["Contact", "Usman Tariq, Procurement Manager, +92 42 3578 1190"]]),
    ("sp",),
    ("table", [["S#", "Item", "Ref", "Qty", "Rate PKR", "Amount PKR"],
               ["1", "Mayo-Hegar needle holder 18 cm, TC inserts, gold ring handles", "SSS-NH-18TC Rev B", "40 pcs (sample)", "2,150", "86,000"]]),
    ("p", "Scope: this PO covers 40 sample pieces only, for evaluation by our OT team and QC."),
    ("p", "The balance 960 pcs (of 1,000 pcs planned) is not released. It will be released only by a written "
          "release from Mr. Usman Tariq, Procurement Manager, after the samples are signed off by our QC."),
    ("p", "Material: AISI 410 and TC inserts for the 40 samples only."),
    ("p", "Payment: 30 days after delivery. Delivery: 20 April 2024."),
], title="PO SSS/24/0192", author="Usman Tariq")
P14_TEXT = """Dear Zeeshan sahib,

AoA. Hope you are well.

Rev B drawing of the needle holder (jaw serration changed to 0.4 mm cross-cut, ring handle
chamfer added) is OK from our side. You may proceed.

PO copy attached again for your reference.

Regards,
Usman Tariq
Procurement Manager, Shifa Surgical Supplies, Lahore
+92 300 841 2270
"""
case("p14_rev_b_ok_you_may_proceed",
     ["RG002"],
     "attached PO scope is complete (40 samples, 960 held, QC sign-off, named manager); mail says 'Rev B OK... You may proceed' with no quantity or sample scope",
     [("Rev B drawing needle holder SSS-NH-18TC.eml", eml_bytes(mail(
         "Usman Tariq <usman.tariq@shifasurgical.pk>",
         "Zeeshan Akhtar <zeeshan@crescentsurgical.pk>",
         "Rev B drawing - needle holder SSS-NH-18TC / PO SSS/24/0192",
         "Mon, 08 Apr 2024 12:02:00 +0500", P14_TEXT,
         attachments=[("PO_SSS-24-0192.pdf", P14_PO, PDF_MT)])))])


# ---- p15: foundry status report: ingots bought for the full quantity (Rajkot supplier), plain mail
P15_TEXT = """Dear Sathish Sir,

Greetings from SPC Rajkot.

Status of your PO 24100387 (impeller casting 250 dia CF8M, DRG SVP-IMP-250 Rev 04):

- 6 Nos sample castings poured on 18.04.2024, heat no. H-2404-117.
- Fettling and grinding completed, solution annealing done on 20.04.
- RT scheduled on Monday 22.04, third-party inspection (QAIS) on 24.04.

To avoid any delay after your release, we have already procured CF8M ingots, nickel and
ferro-molybdenum for the full quantity of the enquiry and kept the same in our store.

Kindly note and arrange the inspection call.

Thanks & regards,
Jignesh Patel
Marketing, Saurashtra Precision Castings, GIDC Metoda, Rajkot
+91 98250 18844
"""
case("p15_foundry_bought_ingots_full_qty",
     ["RG006"],
     "supplier status: 6 samples authorised, but metal for the full enquiry quantity already bought with no material authority",
     [("Status PO 24100387 impeller samples.eml", eml_bytes(mail(
         "Jignesh Patel <jignesh@spcrajkot.com>",
         "K. Sathish Kumar <sathish.k@svpumps.co.in>",
         "Status - PO 24100387 - impeller sample castings",
         "Sat, 20 Apr 2024 18:30:00 +0530", P15_TEXT)))])


# ---- p16: supplier books yarn on buyer's "forecast is confirmed" (Dhaka buyer / Xiamen tapes), multipart
P16_TEXT = """Dear Mr. Shahadat,

Noted with thanks. As per your confirmed forecast we have booked the polyester yarn for the
complete AW-25 season quantity with our spinner, so the bulk can start any time.

Sample tape 500 m (3 colours) will be ready on 26 April.

Best regards,
Chen Hao
Sales Manager, Xiamen Hongtai Narrow Fabrics Co., Ltd
Tel +86 592 556 3108

-------- Original message --------
From: Md. Shahadat Hossain <shahadat@jamunadenim.com.bd>
Date: 22/04/2024 11:05 (GMT+06:00)
To: Chen Hao <chenhao@hongtai-tapes.com>
Subject: PO JDW/TR/24/118 - sample drawcord tape

""" + quote_block("""Dear Mr. Chen,

PFA PO JDW/TR/24/118 for sample drawcord tape, 500 m (12 mm woven, 3 colours).

Kindly note: only the sample 500 m is released now. Bulk is not released until our buyer signs off
the wash test and our GM Mr. Mizanur Rahman sends the written release.

However, our AW-25 season forecast (sheet sent on 2 April) is confirmed from our side - please take
it as our firm order for planning.

Do the needful.

Md. Shahadat Hossain
Asst. Manager - Trims Sourcing, Jamuna Denim Wear Ltd, Gazipur""") + "\n"
case("p16_forecast_as_firm_yarn_booked",
     ["RG006", "RG008"],
     "buyer (quoted) calls the season forecast a firm order; supplier books yarn for the whole season while only 500 m is released",
     [("RE_PO JDW-TR-24-118 sample drawcord tape.eml", eml_bytes(mail(
         "Chen Hao <chenhao@hongtai-tapes.com>",
         "Md. Shahadat Hossain <shahadat@jamunadenim.com.bd>",
         "RE: PO JDW/TR/24/118 - sample drawcord tape",
         "Tue, 23 Apr 2024 15:40:00 +0800", P16_TEXT, html=html_from_text(P16_TEXT),
         in_reply_to="<h19-shahadat-0422@jamunadenim.com.bd>")))])


# ---- p17: minutes: die "good to run" + billets cut for full quantity (forged flanges), DOCX table
case("p17_mom_die_good_to_run_billets",
     ["RG002", "RG006"],
     "minutes keep scope (8 FAI, 992 held, named signers) but record 'die good to run' unscoped and billets cut for the full 1,000 without material authority",
     [("MoM_BPE_LFW_visit_2024-04-18.docx", docx_bytes([
         ("h1", "Minutes of Meeting - supplier visit"),
         ("p", "Bharat Process Equipment Ltd (BPE) at Ludhiana Forge Works (LFW), Ludhiana. 18 April 2024."),
         ("p", "Present: Mr. Hitesh Parmar (QA Manager, BPE), Mr. Dhaval Shah (Buyer, BPE), Mr. Harpreet Singh "
               "(Director, LFW), Mr. Gurdeep Sandhu (Production, LFW)."),
         ("table", [["No.", "Point", "Responsibility", "Target"],
                    ["1", "PO 4700022855 - WN flange 8\" CL600 RF, A105N. Active quantity: 8 FAI samples. "
                          "Balance 992 pcs of the quoted 1,000 pcs is not released until FAI sign-off by "
                          "Mr. Hitesh Parmar and a written release by Ms. Nisha Joshi.", "BPE", "-"],
                    ["2", "Closed die LFW-D-611 trial forgings checked for flash line and mismatch: die is good to run.", "LFW", "done"],
                    ["3", "LFW informed that billets (SA 105N, 180 RCS) for the full quoted quantity of 1,000 pcs "
                          "have already been cut and kept ready near the furnace.", "LFW", "-"],
                    ["4", "FAI samples to be machined and sent with UT and MTC 3.1.", "LFW", "30 Apr"],
                    ["5", "Heat treatment chart (normalising 900 C) to be shared.", "G. Sandhu", "25 Apr"]]),
         ("p", "Minutes prepared by Dhaval Shah and circulated to all present."),
     ], author="Dhaval Shah"))])


# ---- p18: Dongguan printer bought paper for the mass production quantity (HK buyer), multipart, quoted PO
P18_TEXT = """Dear Alan,

Good day!

Sample 300 pcs will finish on Friday, we will send photo first.

Info you: greyboard and art paper price will increase 8% from next month, so we already
purchased the paper material for the mass production quantity to lock the price for you.
Please kindly note.

BR
Sunny Wu
Dongguan Jiahe Printing & Packaging Co., Ltd
+86 769 2238 0416

------------------ Original ------------------
From: "Alan Cheung" <alan.cheung@pacificcrestgifts.com.hk>
Date: Mon, Apr 8, 2024 10:30 AM
Subject: PO PCG-24-0318 - tea gift box samples

""" + quote_block("""Dear Sunny,

Attached PO PCG-24-0318: 300 pcs sample boxes only (tea gift box with EVA insert).
Balance 14,700 pcs of your quotation is not released, until our customer signs off the samples and
I send the written release.

Thanks,
Alan Cheung
Senior Merchandiser, Pacific Crest Gifts Ltd, Kowloon""") + "\n"
case("p18_printer_bought_paper_mass_qty",
     ["RG006"],
     "buyer's quoted PO is complete (300 samples, 14,700 held, customer sign-off, named sender); supplier bought paper for the mass production quantity",
     [("RE_PO PCG-24-0318 tea gift box samples.eml", eml_bytes(mail(
         "Sunny Wu <sunnywu@jiahe-pack.cn>",
         "Alan Cheung <alan.cheung@pacificcrestgifts.com.hk>",
         "RE: PO PCG-24-0318 - tea gift box samples",
         "Wed, 17 Apr 2024 14:12:00 +0800", P18_TEXT, html=html_from_text(P18_TEXT),
         in_reply_to="<h19-alan-0408@pacificcrestgifts.com.hk>")))])


# ---- p19: Sialkot supplier bought bar stock for the complete lot and will roll straight in after sample approval
P19_TEXT = """Respected Madam,

AoA. Your PO IME/PO/24/071 for 60 pcs sample of Kelly forceps 14 cm curved is in process and will
be dispatched by 25th of this month, InshaAllah.

For your kind information, we have already purchased AISI 410 bar stock for the complete lot and
kept it in our store, so that once your QC approves the samples we can roll straight into
production without any delay.

Kindly note and confirm.

Regards,
Hamza Iqbal
Crescent Surgical Co., Small Industrial Estate, Sialkot
+92 52 355 0417 / WhatsApp +92 321 614 2290
"""
case("p19_bar_stock_complete_lot_roll_straight",
     ["RG006", "RG007"],
     "supplier bought bar stock for the complete lot against a 60-pc sample PO and plans to roll into production on sample approval",
     [("PO IME-PO-24-071 Kelly forceps samples.eml", eml_bytes(mail(
         "Hamza Iqbal <hamza@crescentsurgical.pk>",
         "Nadia Siddiqui <nadia.s@indusmedexports.pk>",
         "PO IME/PO/24/071 - Kelly forceps samples - status",
         "Thu, 18 Apr 2024 17:20:00 +0500", P19_TEXT)))])


# ---- p20: cable supplier: advance received, so copper bought and wire drawing started (Silvassa / Shah Alam)
P20_TEXT = """Dear Mr. Tan,

Greetings from Shree Ganesh Cables!

We are in receipt of your advance payment of USD 18,400 against our PI SGC/PI/24/067 with thanks.

Accordingly we have purchased the copper rods and XLPE compound for the complete order, and wire
drawing has already started, so that all drums can be dispatched together.

Best regards,
Prakash Shah
Export Manager, Shree Ganesh Cables Ltd, Silvassa
+91 260 264 1187

From: Tan Wei Ming <weiming.tan@sinarpower.com.my>
Sent: 02 April 2024 09:15
To: Prakash Shah <prakash@shreeganeshcables.in>
Subject: Call-off 02 under FA-2024-011

""" + quote_block("""Dear Prakash,

Call-off 02 attached: four (4) drums of 3C x 240 sqmm, 4,000 m, dispatch week 16. Only these four
drums are released. The frame balance is not released; each further quantity needs the next
call-off signed by me.

Regards,
Tan Wei Ming
Procurement Manager, Sinar Power Engineering Sdn Bhd""") + "\n"
case("p20_advance_received_material_started",
     ["RG006", "RG012"],
     "quoted call-off releases 4 drums; supplier treats the advance as the go-ahead, buys copper for the complete order and starts wire drawing",
     [("SGC PI-24-067 update.eml", eml_bytes(mail(
         "Prakash Shah <prakash@shreeganeshcables.in>",
         "Tan Wei Ming <weiming.tan@sinarpower.com.my>",
         "Advance received - PI SGC/PI/24/067",
         "Fri, 12 Apr 2024 11:45:00 +0530", P20_TEXT)))])


# ---- p21: WeChat: deposit received so bulk starts; after golden sample, bulk continues directly (HK buyer / Shenzhen)
P21_CHAT = """\
微信聊天记录 WeChat chat history - 张伟 Zhang Wei (Hongyu Packaging 鸿宇包装)
Exported 2024-03-21 09:15
============================================================
2024-03-18 10:02  Karen Chan:
PO LGS-240318 sent by email 📧 20 sample boxes only (mooncake box 4 pcs, with PET window)
2024-03-18 10:03  Karen Chan:
Balance 19,980 pcs NOT released. I will send written release myself after our client signs off the samples
2024-03-18 10:05  张伟 Zhang Wei:
收到 Karen 👌 20pcs sample
2024-03-19 16:40  Karen Chan:
30% deposit on your PI HY-PI-0316 paid today, TT copy in email
2024-03-20 14:31  张伟 Zhang Wei:
定金收到了，谢谢！Deposit received, thank you 🙏 So we book the line and start bulk production next week 👍
2024-03-20 14:33  张伟 Zhang Wei:
Golden sample will send Friday by SF. After you confirm the golden sample, bulk will continue directly, no need wait new PO or other document, can save 1 week
2024-03-20 14:35  张伟 Zhang Wei:
[图片 Image]
2024-03-20 14:35  张伟 Zhang Wei:
This is PET window sample, thickness 0.25mm ok?
============================================================
"""
case("p21_wechat_deposit_bulk_golden_sample",
     ["RG007", "RG012"],
     "buyer's chat scope is complete (20 samples, 19,980 held, client sign-off, herself); supplier starts bulk because deposit arrived and says bulk continues directly on golden sample confirmation",
     [("WeChat_ZhangWei_Hongyu.txt", P21_CHAT)])


# ---- p22: buyer engineer contradicts the PO's written-release requirement (Nashik / Chakan), PO PDF attached
P22_PO = pdf([
    ("h1", "SAHYADRI LIGHTING SYSTEMS PVT. LTD."),
    ("p", "F-22, MIDC Ambad, Nashik 422010, Maharashtra"),
    ("h", "SAMPLE PURCHASE ORDER SLS/SPO/24/0088    Date: 05.04.2024"),
    ("table", [["Vendor", "Precitech Moulders, Gat No. 311, Chakan, Pune 410501"],
               ["Part", "Head lamp housing LH/RH, SLS-HL-5510 Rev A, PP-TD20"],
               ["Sample quantity", "20 sets (twenty)"],
               ["Balance of quoted 3,000 sets", "2,980 sets - NOT released"]]),
    ("p", "The balance of 2,980 sets will be released only by a written release signed by Mr. Prakash Kulkarni, "
          "Purchase Head, after the photometry and vibration test reports on the samples are signed off."),
    ("p", "Material for 20 sets only. Payment 45 days. Delivery of samples: 22.04.2024."),
    ("p", "For Sahyadri Lighting Systems Pvt. Ltd. - Prakash Kulkarni, Purchase Head"),
], title="SLS/SPO/24/0088", author="Prakash Kulkarni")
P22_TEXT = """Hi Ramesh,

Attached the sample PO from our purchase for your reference.

Just to save time on this programme: once the samples clear photometry at our lab, you can
straightaway run the lot - don't wait for the paperwork, I will get purchase to send the release
later. The SOP date is fixed and we cannot lose two weeks on signatures.

Cheers,
Aniket Deshpande
NPD Manager, Sahyadri Lighting Systems Pvt. Ltd.
+91 253 238 4410
"""
case("p22_engineer_run_lot_after_photometry",
     ["RG007"],
     "PO (20 sets, 2,980 held, written release by named purchase head) is overridden by the buyer's engineer: on photometry pass 'straightaway run the lot'",
     [("Sample PO SLS-SPO-24-0088 head lamp housing.eml", eml_bytes(mail(
         "Aniket Deshpande <aniket.d@sahyadrilighting.in>",
         "Ramesh Patil <ramesh@precitechmoulders.com>",
         "Sample PO SLS/SPO/24/0088 - head lamp housing",
         "Sat, 06 Apr 2024 19:05:00 +0530", P22_TEXT,
         attachments=[("SLS-SPO-24-0088.pdf", P22_PO, PDF_MT)])))])


# ---- p23: Bangladeshi merchandiser: "after PP sample approval please start bulk immediately", DOCX attached
P23_DOCX = docx_bytes([
    ("h1", "SONARGAON KNITWEAR LTD - Trims order (zips)"),
    ("p", "Ref: SKL/TR/24/207   Date: 14 April 2024   Style: SK-HD-7730 (unisex hoodie)"),
    ("p", "Supplier: Wenzhou Dongsheng Zipper Co., Ltd (Attn: Ms. Lily Xu)"),
    ("table", [["Item", "Spec", "PP sample qty", "Bulk qty", "Bulk status"],
               ["#5 metal open-end zip, 58 cm, antique silver, custom puller", "per trim sheet rev 2", "60 pcs", "38,400 pcs", "not released"]]),
    ("p", "Only the 60 PP sample zips are ordered now. The bulk 38,400 pcs is not released; it will be released "
          "only by a written release from Mr. Mahbubul Alam, GM Merchandising, after the buyer's PP sample approval."),
])
P23_TEXT = """Dear Lily,

PFA revised trims sheet and the zip order for SK-HD-7730.

Please note: after PP sample approval from buyer, please start bulk immediately, no need to wait for
any further mail from us, as the shipment date is very tight (ex-factory 30 May).

Do the needful.

Regards,
Farhana Akter
Merchandiser, Sonargaon Knitwear Ltd, Mouchak, Kaliakair, Gazipur
+880 1730 442 917
"""
case("p23_pp_sample_approval_start_bulk",
     ["RG007"],
     "attached order holds 38,400 for a written release by the named GM; the merchandiser's mail says start bulk right after PP sample approval, no further mail",
     [("Trims order zips SK-HD-7730.eml", eml_bytes(mail(
         "Farhana Akter <farhana@sonargaonknit.com.bd>",
         "Lily Xu <lily.xu@dongsheng-zipper.com>",
         "Trims order - zips - SK-HD-7730 / SKL/TR/24/207",
         "Sun, 14 Apr 2024 13:05:00 +0600", P23_TEXT,
         cc="Mahbubul Alam <mahbubul@sonargaonknit.com.bd>",
         attachments=[("SKL-TR-24-207_zips.docx", P23_DOCX, DOCX_MT)])))])


# ---- p24: supplier quote: mass production commences automatically on sample approval (Changzhou auto lamps), PDF table
case("p24_quote_auto_commence_on_approval",
     ["RG007"],
     "supplier quotation: 'upon your approval of samples, mass production will be commenced automatically, no separate order'",
     [("CZXD_Quotation_Q24-0415.pdf", pdf([
         ("h1", "CHANGZHOU XINGDA AUTO LAMP CO., LTD."),
         ("p", "No. 28 Hehai West Road, Xinbei District, Changzhou, Jiangsu 213022 | IATF 16949 certified"),
         ("h", "QUOTATION No. Q24-0415"),
         ("table", [["Customer", "Shakti Auto Components Ltd, Gurugram, India"],
                    ["Date", "15 Apr 2024"], ["Item", "LED rear combination lamp SAC-RCL-880 L/R"]]),
         ("sp",),
         ("table", [["Stage", "Qty", "Unit price USD", "Lead time"],
                    ["Sample (with test report)", "4 sets", "38.00", "15 days"],
                    ["Mass production", "2,000 sets", "21.40", "35 days"],
                    ["Mass production", "5,000 sets", "20.10", "35 days"]]),
         ("h", "Terms"),
         ("p", "1. Tooling cost USD 46,000, amortisation possible over 50,000 sets."),
         ("p", "2. Upon your approval of samples, mass production will be commenced automatically for the ordered "
               "tier and goods will ship 35 days later. No separate order is required."),
         ("p", "3. Payment: 30% T/T in advance, balance before shipment. FOB Shanghai."),
         ("p", "4. ECE R7/R6/R38 homologation by customer. Photometry report by our lab for reference."),
         ("p", "Sales: Amy Zhou, +86 519 8512 6603"),
     ], title="Quotation Q24-0415", author="Amy Zhou"))])


# ---- p25: Coimbatore supplier's acknowledgement restates the hold, then takes sample approval as the signal, DOCX
case("p25_ack_sample_approval_as_signal",
     ["RG007"],
     "supplier acknowledgement restates the hold and named releaser, then says it will take sample approval as its signal to run the balance",
     [("SME_Acknowledgement_LSP-PO-2024-133.docx", docx_bytes([
         ("h1", "SRI MURUGAN ENGINEERING WORKS"),
         ("p", "SF 47, Sathy Road, Saravanampatti, Coimbatore 641035 | Precision spindles and inserts"),
         ("h", "ORDER ACKNOWLEDGEMENT"),
         ("p", "To: Lanka Spinners (Pvt) Ltd, Ekala, Ja-Ela, Sri Lanka. Kind attn: Ms. Dilani Wickramasinghe."),
         ("p", "Date: 16 April 2024"),
         ("table", [["Your PO", "Item", "Qty", "Despatch"],
                    ["LSP/PO/2024/133", "Spindle insert SMW-SI-19, bolster 19 mm, for LR6/S", "10 nos (samples)", "3 May 2024 by air"]]),
         ("p", "We acknowledge with thanks receipt of your above PO for 10 nos sample spindle inserts."),
         ("p", "We note that the balance quantity is not released and that the written release will come from "
               "Mr. Ruwan Jayasuriya after the mill trial."),
         ("p", "However, in order to meet your season requirement, we shall take your sample approval as our "
               "signal to run the balance, and machining will start immediately on receipt of the same."),
         ("p", "Thanking you, for Sri Murugan Engineering Works, R. Saravanan, Partner, +91 422 266 9031"),
     ], author="R. Saravanan"))])


# ---- p26: buyer: "sample approval will be treated as production approval" (Rawalpindi / Sialkot)
P26_TEXT = """Dear Zeeshan,

AoA. Please note our PO ASH/PO/24/055 for thirty (30) pcs samples of Metzenbaum scissors 18 cm,
curved, TC, supercut. Dispatch by TCS to our Rawalpindi store.

The balance 1,470 pcs is not released at this stage.

For your ease, your sample approval will be treated as production approval: once you receive my
approval mail on the samples, please run the balance without waiting for anything further.

Regards,
Faisal Mahmood
Manager Procurement, Al-Shifa Hospital Supplies, Saddar, Rawalpindi
+92 51 556 2041
"""
case("p26_sample_approval_is_production_approval",
     ["RG007", "RG009"],
     "buyer makes sample approval roll into production with no recorded auto-conversion, and uses 'approval' for both technical and production",
     [("PO ASH-PO-24-055 Metzenbaum samples.eml", eml_bytes(mail(
         "Faisal Mahmood <faisal.mahmood@alshifasupplies.pk>",
         "Zeeshan Akhtar <zeeshan@crescentsurgical.pk>",
         "PO ASH/PO/24/055 - Metzenbaum scissors samples",
         "Tue, 02 Apr 2024 10:40:00 +0500", P26_TEXT)))])


# ---- p27: buyer: annual forecast "treat this as our firm commitment" (Noida / Penang)
P27_TEXT = """Dear Mr. Lim,

Greetings from Brightline.

Please find below our requirement forecast for FY 2024-25 for the KP-60W-CC driver:

  Q1 (Apr-Jun)   :   45,000 pcs
  Q2 (Jul-Sep)   :   60,000 pcs
  Q3 (Oct-Dec)   :   75,000 pcs
  Q4 (Jan-Mar)   :   60,000 pcs
  Total FY 24-25 : 2,40,000 pcs (approx. 20,000 pcs per month, about INR 9.6 crore)

Kindly treat this as our firm commitment and block your SMT capacity accordingly. Monthly
call-offs will follow.

Regards,
Sandeep Bhatia
VP Operations, Brightline Lighting Pvt Ltd, Noida
+91 120 451 9020
"""
case("p27_forecast_firm_commitment",
     ["RG008"],
     "annual forecast of 2,40,000 drivers written as 'our firm commitment'",
     [("Forecast FY 2024-25 KP-60W-CC.eml", eml_bytes(mail(
         "Sandeep Bhatia <sandeep.bhatia@brightlinelighting.in>",
         "Lim Chee Keong <cklim@kintapower.com.my>",
         "Forecast FY 2024-25 - KP-60W-CC",
         "Mon, 01 Apr 2024 09:05:00 +0530", P27_TEXT)))])


# ---- p28: supplier PI converts the buyer's forecast into an order (Wenzhou zips / Gazipur), PDF table
case("p28_pi_confirms_forecast_as_order",
     ["RG008"],
     "supplier PI 'based on your forecast email... we confirm your order of 36,000 pcs' and calls the forecast a firm order",
     [("DS-PI-240412_order_confirmation.pdf", pdf([
         ("h1", "WENZHOU DONGSHENG ZIPPER CO., LTD."),
         ("p", "Oubei Industrial Zone, Yongjia County, Wenzhou, Zhejiang 325102 | Tel +86 577 6716 8820"),
         ("h", "ORDER CONFIRMATION & PROFORMA INVOICE No. DS-PI-240412"),
         ("table", [["Buyer", "Ananta Apparels Ltd, Konabari, Gazipur, Bangladesh"],
                    ["Date", "12 Apr 2024"], ["Ref", "Your forecast email dated 08 Apr 2024 (AW-25 season)"]]),
         ("p", "Based on your forecast email dated 08 Apr 2024 (AW-25 season), we confirm your order as below:"),
         ("table", [["No.", "Item", "Colour", "Qty (pcs)", "USD/pc", "Amount USD"],
                    ["1", "#5 nylon coil closed-end zip 20 cm, autolock", "assorted 6 colours", "24,000", "0.078", "1,872.00"],
                    ["2", "#3 nylon coil closed-end zip 14 cm, non-lock", "black 580", "12,000", "0.052", "624.00"],
                    ["", "Total", "", "36,000", "", "2,496.00"]]),
         ("p", "Remark: this forecast quantity is now firm order in our system and capacity is reserved."),
         ("p", "Payment: T/T 30% deposit, 70% before shipment. Delivery: 25 days. FOB Ningbo."),
         ("p", "Sales: Lily Xu"),
     ], title="DS-PI-240412", author="Lily Xu"))])


# ---- p29: Kingdee K/3 Cloud sales order created from a customer forecast as a firm order
P29_SO = """\
金蝶 K/3 Cloud  销售订单 Sales Order                                     打印 Print: 2024-04-16 10:22
=========================================================================================
单据编号 Bill No.   : XSDD000387                 单据日期 Date : 2024-04-16
销售组织 Sales org  : 深圳市华信电源科技有限公司 Shenzhen Huaxin Power Technology Co., Ltd.
客户 Customer       : Brightline Lighting Pvt Ltd (客户编码 C-IN-0042)
来源单据 Source     : 客户预测 Customer forecast FC-BL-2407 (email 2024-04-12)
单据类型 Type       : 标准销售订单 Standard sales order (firm)
单据状态 Status     : 已审核 Audited
结算币别 Currency   : USD
-----------------------------------------------------------------------------------------
序号  物料编码        物料名称                      销售数量     含税单价     价税合计     要货日期
No.   Material        Description                   Qty          Price        Amount       Need date
 1    HX-LD-40W-1050  LED驱动 LED driver 40W 1050mA  20,000       2.18         43,600.00    2024-06-30
 2    HX-LD-40W-1050  LED驱动 LED driver 40W 1050mA  20,000       2.18         43,600.00    2024-07-31
 3    HX-LD-40W-1050  LED驱动 LED driver 40W 1050mA  20,000       2.18         43,600.00    2024-08-31
-----------------------------------------------------------------------------------------
                                            合计 Total   60,000                  130,800.00
备注 Remark: 根据客户预测转为正式订单。Converted from customer forecast into firm order,
             please plan production per need dates.
制单人 Created by: 陈晓燕 Chen Xiaoyan      审核人 Audited by: 刘俊 Jason Liu
=========================================================================================
"""
case("p29_kingdee_forecast_to_firm_so",
     ["RG008"],
     "supplier ERP sales order: source is a customer forecast, typed 'firm', 'converted from customer forecast into firm order'",
     [("Kingdee_XSDD000387.txt", P29_SO)])


# ---- p30: call-off with weekly forecast declared binding (KL buyer), HTML table
P30_BODY = """<h2>Sinar Power Engineering Sdn Bhd &mdash; Call-off No. 07 (FA-2024-011)</h2>
<p>To: Shree Ganesh Cables Ltd, Silvassa &nbsp;|&nbsp; Date: 3 June 2024 &nbsp;|&nbsp; Cable: 3C x 240 sqmm Cu/XLPE/SWA 11 kV, 1,000 m drums</p>
""" + table_html([
    ["Week", "Drums", "Type"],
    ["23", "3", "released (this call-off)"],
    ["24", "3", "released (this call-off)"],
    ["25", "4", "forecast"], ["26", "6", "forecast"], ["27", "5", "forecast"], ["28", "6", "forecast"],
    ["29", "4", "forecast"], ["30", "6", "forecast"], ["31", "5", "forecast"], ["32", "6", "forecast"],
]) + """
<p><b>Released:</b> six (6) drums for weeks 23 and 24 only. No drum beyond these six is released for production;
each further quantity needs the next call-off, signed by Tan Wei Ming, Procurement Manager.</p>
<p class="note">The forecast quantities for weeks 25 to 32 are a binding purchase commitment of Sinar Power
and shall be treated as firm orders.</p>
<p>Tan Wei Ming, Procurement Manager, +60 3 5541 2290</p>
"""
case("p30_calloff_forecast_binding",
     ["RG008"],
     "call-off releases 6 drums correctly, but declares the weekly forecast 'binding... treated as firm orders'",
     [("Sinar_CallOff_07.html", html_page("Call-off 07 FA-2024-011", P30_BODY))])


# ---- p31: Penang buyer uses "approved/approval" for price, samples and mass production (multipart)
P31_TEXT = """Hi Jason,

Good news lah. Summary after our review meeting this morning:

1) Your price USD 2.18/pc is approved by our management - commercial only, no quantity is
   ordered by this.
2) The 10 DVT samples are approved by our R&D - technical only, ripple and THD within spec.
3) Approval for mass production is not given yet. It will come only after the pilot run.

For now please build the pilot run of 200 pcs only. The balance 9,800 pcs of the quoted 10,000 pcs
is not released. Release will be by written release from me after the pilot report is signed off
by our QA. Please buy components for the 200 pcs only.

Thanks & regards,
Ong Boon Keat
Senior Buyer, Lumiera Electronics (M) Sdn Bhd
Bayan Lepas, Penang | +60 4 646 7721
"""
case("p31_approved_price_samples_production",
     ["RG009"],
     "scope is complete (200 pilot, 9,800 held, QA sign-off, named sender) but 'approved/approval' covers price, samples and mass production",
     [("Review meeting outcome HX-LD-40W.eml", eml_bytes(mail(
         "Ong Boon Keat <bkong@lumiera.com.my>",
         "Jason Liu <jason@hx-power.cn>",
         "Review meeting outcome - HX-LD-40W",
         "Thu, 11 Apr 2024 15:02:00 +0800", P31_TEXT, html=html_from_text(P31_TEXT))))])


# ---- p32: supplier message centre export (Ningbo supplier / Colombo buyer), HTML
P32_BODY = """<div style="color:#666">Message Center &middot; Conversation with Dinesh Perera (Perera Electricals, Colombo) &middot; exported 2024-04-20</div>
<hr>
<p><b>Amy (Ningbo Sunlight Lighting Co., Ltd)</b> &middot; 2024-04-19 16:22</p>
<p>Dear Dinesh,</p>
<p>Thanks for your approval of our quotation and your approval of the golden sample last week.</p>
<p>Now we only need your approval for mass production, then we can arrange. Please send it by email with
the quantity and the delivery date.</p>
<p>Best regards,<br>Amy<br>Ningbo Sunlight Lighting Co., Ltd &middot; +86 574 8825 1167</p>
<hr>
<p><b>Dinesh Perera</b> &middot; 2024-04-19 18:05</p>
<p>Thanks Amy, I will check with my director and revert.</p>
"""
case("p32_supplier_three_approvals",
     ["RG009"],
     "supplier uses 'approval' for the quotation (commercial), the golden sample (technical) and mass production (release)",
     [("MessageCenter_Dinesh_Perera_2024-04-20.html", html_page("Conversation - Dinesh Perera", P32_BODY))])


# ---- p33: "kindly manufacture the sample lengths as discussed" - no quantity anywhere (Ahmedabad / Daman), TXT attachment
P33_ATT = """\
PO TEXT - GIPP/PO/2425/0063 (for supplier's ERP entry)
Item     : 3.5C x 95 sqmm Al XLPE armoured 1.1 kV, IS 7098 (Part 1):1988
Qty      : sample lengths as discussed
Rate     : INR 318 per mtr
Purpose  : type test at CPRI Bengaluru
Delivery : 26-Apr-2024, Ahmedabad store
"""
P33_TEXT = """Dear Mahesh ji,

As discussed over phone, kindly manufacture the sample lengths of 3.5C x 95 sqmm Al armoured cable
for the type test. PFA the PO text for your ERP entry.

The drum quantity in your offer MWC/OFF/1202 is not released - no further length is to be
manufactured until the type test report is signed off and a written release is issued by
Mr. Hemant Desai, Project Purchase Head.

Regards,
Neeraj Gupta
Purchase Executive, Gujarat Infra Power Projects, Ahmedabad
+91 79 2630 4471
"""
case("p33_sample_lengths_as_discussed",
     ["RG010"],
     "hold, unlock event and named releaser present, but the sample quantity is only 'as discussed'",
     [("Sample lengths 3.5C x 95 sqmm GIPP-PO-2425-0063.eml", eml_bytes(mail(
         "Neeraj Gupta <neeraj.gupta@gipp.co.in>",
         "Mahesh Shah <mahesh@mahalaxmicables.com>",
         "Sample lengths - 3.5C x 95 sqmm - GIPP/PO/2425/0063",
         "Wed, 17 Apr 2024 11:15:00 +0530", P33_TEXT,
         attachments=[("PO_text_GIPP-PO-2425-0063.txt", P33_ATT, "text/plain")])))])


# ---- p34: WhatsApp: "jitne pichli baar bole the utne hi" (Delhi export house / button maker)
P34_CHAT = """\
[18/04/24, 3:12:40 PM] Pooja Arora: Hi Raju ji
[18/04/24, 3:13:05 PM] Pooja Arora: Style 4471 ke liye horn look buttons ke samples bana dijiye, jitne pichli baar bole the utne hi
[18/04/24, 3:13:40 PM] Pooja Arora: 4 hole, 20L, matt finish, dark brown. Colour card kal courier kar rahi hoon
[18/04/24, 3:15:02 PM] Pooja Arora: Bulk abhi release nahi hai. Buyer ka sample sign-off aane ke baad main (Pooja) mail pe written release bhejungi quantity ke saath. Tab tak bulk ka kuch mat karna, resin bhi mat mangwana
[18/04/24, 3:20:11 PM] Raju Button House: Ok madam 👍
[18/04/24, 3:20:30 PM] Raju Button House: Monday tak ho jayega
"""
case("p34_whatsapp_samples_as_before",
     ["RG010"],
     "bulk held until buyer sign-off and the sender's written release, but the sample quantity is only 'as many as last time'",
     [("WhatsApp Chat with Raju Button House.txt", P34_CHAT)])


# ---- p35: sample PO with quantity "TBA" (Gazipur electronics / Shenzhen), DOCX table
case("p35_po_sample_qty_tba",
     ["RG010"],
     "sample PO holds mass production for R&D sign-off and a named head's written release, but the sample quantity is 'TBA'",
     [("BEL_PO_SMP_24_014.docx", docx_bytes([
         ("h1", "BENGAL ELECTRO LTD."),
         ("p", "Chandra, Kaliakair, Gazipur-1750, Bangladesh | Supply Chain Department"),
         ("h", "PURCHASE ORDER (SAMPLE) BEL/PO/SMP/24/014"),
         ("p", "Date: 09 April 2024. Supplier: Shenzhen Huaxin Power Technology Co., Ltd."),
         ("table", [["Sl", "Item", "Model", "Qty", "Unit price USD", "Remarks"],
                    ["1", "LED driver 24 W, 300 mA, isolated", "HX-LD-24W-300", "as per sample requirement (TBA)", "1.65", "with test report"]]),
         ("p", "This PO is for samples only. The mass production quantity is not released. It will be released "
               "only after our R&D sign-off of the samples, by a written release from Mr. Anisur Rahman, "
               "Head of Supply Chain."),
         ("p", "Shipment: by courier, DAP Gazipur. Payment: TT after receipt."),
         ("sp",),
         ("p", "Prepared by: Tahmina Akter, Executive - Sourcing"),
     ], author="Tahmina Akter"))])


# ---- p36: release letter: "release drawing for manufacture" and "release the first production lot", no quantity (Karachi / Lahore), PDF
case("p36_release_letter_drawing_first_lot_no_qty",
     ["RG009", "RG010"],
     "'release' means both drawing release (technical) and production release; the first production lot has no quantity",
     [("IPE_PR_24_09.pdf", pdf([
         ("h1", "INDUS PUMPS & ENGINEERING (PVT) LTD."),
         ("p", "Plot F-118, S.I.T.E., Karachi 75700, Pakistan"),
         ("h", "PRODUCTION RELEASE No. IPE/PR/24/09"),
         ("table", [["To", "Punjab Steel Foundry, Kot Lakhpat Industrial Area, Lahore"],
                    ["PO", "IPE/PO/24/0117 - Volute casing 150 x 125, ASTM A48 Cl 30"],
                    ["Date", "22 April 2024"]]),
         ("p", "With reference to your sample castings and our inspection report IPE-QC-24-118, we hereby release "
               "drawing IPE-CS-150 Rev 3 for manufacture and release the first production lot of volute casings."),
         ("p", "The balance of the PO quantity remains on hold until release No. IPE/PR/24/10, which will be issued "
               "by the undersigned after lot acceptance of the first lot."),
         ("p", "Please send the heat-wise chemical and mechanical test reports with each dispatch."),
         ("sp",),
         ("p", "Engr. Asif Javed, GM Procurement, Indus Pumps & Engineering (Pvt) Ltd, +92 21 3256 7720"),
     ], title="IPE/PR/24/09", author="Asif Javed"))])


# ---- p37: Tally PO says 12 sample flanges, the buyer's mail asks for 15 (multi-file)
P37_PO = """\
                              OM SAI ENGINEERING
            Shed 14, Makarpura GIDC, Vadodara - 390 010 (Gujarat)
                 GSTIN/UIN: 24AAHFO3391N1ZK

                              PURCHASE ORDER

Voucher No.  : OSE/PO/24-25/0088                Dated : 16-Apr-2024
Supplier     : Rajkot Forge & Rings, Shapar (Veraval), Rajkot - 360 024
Supplier's Ref. : RFR/OFF/24-25/074 dt 11-Apr-2024
Terms of Payment : 45 days

Sl  Description of Goods                        Due on        Quantity   Rate       per   Amount
 1  SORF Flange 6" 150# ASTM A105 ASME B16.5    30-Apr-2024   12 Nos     1,640.00   Nos   19,680.00
                                                              --------              -----------
                                                              12 Nos                 19,680.00
    IGST @ 18%                                                                         3,542.40
                                                     Total                           23,222.40

Narration:
Sample order only - 12 Nos.
Balance 488 Nos of your offer (500 Nos) NOT released. To be released only by a written
release from Mr. Jayesh Mehta, Purchase Manager, after sample sign-off (dimensional
check + MTC 3.1 review by our QC).
Material for samples only.

                                                     for OM SAI ENGINEERING
                                                           Authorised Signatory
"""
P37_TEXT = """Dear Rakesh bhai,

PO copy (Tally print) is sent to you separately by our accounts.

Kindly send 15 Nos samples of the 6" 150# SORF flange with MTC 3.1 at the earliest - our client's
inspector is visiting on 2nd May.

Regards,
Jayesh Mehta
Purchase Manager, Om Sai Engineering, Vadodara
+91 98240 55176
"""
case("p37_tally_12_vs_mail_15_multifile",
     ["RG011"],
     "two files of one order: Tally PO authorises 12 sample flanges (scope otherwise complete), the buyer's mail asks for 15",
     [("OSE_PO_24-25_0088.txt", P37_PO),
      ("Samples 6in 150 SORF flange.eml", eml_bytes(mail(
          "Jayesh Mehta <jayesh@omsaiengg.in>",
          "Rakesh Vekariya <rakesh@rajkotforge.in>",
          "Samples - 6\" 150# SORF flange - PO OSE/PO/24-25/0088",
          "Tue, 16 Apr 2024 17:50:00 +0530", P37_TEXT)))])


# ---- p38: PO words vs figures disagree: "twenty-four (42)" (Lahore), PDF
case("p38_words_vs_figures_24_42",
     ["RG011"],
     "one PO states the sample quantity as 'twenty-four (42)' and as 24 in the table",
     [("SSS_PO_24_0207.pdf", pdf([
         ("h1", "SHIFA SURGICAL SUPPLIES"),
         ("p", "41-B, Gulberg III, Lahore 54660, Pakistan"),
         ("h", "PURCHASE ORDER SSS/24/0207     Date: 15 April 2024"),
         ("table", [["S#", "Item", "Ref", "Qty", "Rate PKR", "Amount PKR"],
                    ["1", "Adson tissue forceps 12 cm, 1x2 teeth, satin finish", "SSS-AF-12", "24", "780", "18,720"]]),
         ("p", "Scope: twenty-four (42) pieces of samples for evaluation by our QC."),
         ("p", "The balance of the planned 1,000 pcs is not released. It will be released only by a written release "
               "from Mr. Usman Tariq, Procurement Manager, after the samples are signed off by our QC."),
         ("p", "Material for the samples only. Delivery: 30 April 2024. Payment: 30 days."),
         ("p", "Supplier: Crescent Surgical Co., Sialkot."),
     ], title="PO SSS/24/0207", author="Usman Tariq"))])


# ---- p39: release document: header says 600 sets, table says 500 (Pune buyer), DOCX
case("p39_release_header_600_table_500",
     ["RG011"],
     "one release document: header 'release quantity 600 sets', table 'released 500'",
     [("DAL_Production_Release_PR-03_TL-7740.docx", docx_bytes([
         ("h1", "Deccan Auto Lighting Pvt Ltd - Production Release PR-03"),
         ("p", "Part: Tail lamp housing LH/RH, DAL-TL-7740 Rev B. Supplier: Precitech Moulders, Chakan."),
         ("p", "Release quantity: 600 sets (LH + RH)."),
         ("table", [["PO", "Released qty (sets)", "Dispatch", "Basis"],
                    ["DAL/PO/24/0311", "500", "Wk 20-21", "T2 sample sign-off 02.05.2024, road test report RT-24-051"]]),
         ("p", "The remaining quantity of the 3,000 sets quoted is not released. The next release (PR-04) will be "
               "issued by Mr. Arvind Menon, Head - SCM, after the first lot is accepted at incoming inspection."),
         ("p", "Resin and packaging for the released quantity only."),
         ("sp",),
         ("p", "Arvind Menon, Head - SCM"),
     ], author="Arvind Menon"))])


# ---- p40: release letter 1,200 pcs + DingTalk "this week release 1,500" (Ningbo buyer / Shandong forge), multi-file
P40_DOCX = docx_bytes([
    ("h1", "宁波海天阀门有限公司 NINGBO HAITIAN VALVE CO., LTD."),
    ("h", "生产放行单 Production Release No. NHV-PR-2405-02"),
    ("p", "To: 山东章丘宏达锻造有限公司 Zhangqiu Hongda Forging Co., Ltd.  Date: 2024-05-06"),
    ("p", "PO: NHV-PO-2403-118, WN flange 6\" CL300 RF, ASTM A105N, total PO quantity 3,000 pcs."),
    ("table", [["Release", "Qty (pcs)", "Basis"],
               ["NHV-PR-2405-02 (this release)", "1,200", "after FAI sign-off"],
               ["Not released", "1,800", "next release after lot acceptance"]]),
    ("p", "本次放行数量 1,200 件。This release: 1,200 pcs. The remaining 1,800 pcs are not released; the next "
          "release will be signed by Xu Jian (徐健), Purchasing Manager, after lot acceptance of these 1,200 pcs."),
])
P40_CHAT = """\
DingTalk 钉钉 | 单聊 Chat: 徐健 Xu Jian (NHV 采购) ↔ 陈经理 Manager Chen (宏达锻造 Hongda)
导出 Exported 2024-05-08 08:30
--------------------------------------------------------------
2024-05-06 16:20 徐健 Xu Jian: 陈经理，放行单 NHV-PR-2405-02 已发邮件，请查收
2024-05-06 16:41 陈经理 Chen: 收到，谢谢徐经理
2024-05-07 09:05 徐健 Xu Jian: 陈经理，本周先放 1,500 件，安排锻造，下周再说。This week release 1,500 pcs first.
2024-05-07 09:12 陈经理 Chen: 好的，明白 👌
--------------------------------------------------------------
"""
case("p40_release_1200_vs_dingtalk_1500_multifile",
     ["RG011"],
     "release letter authorises 1,200 pcs; the same buyer's DingTalk message the next day says release 1,500 this week",
     [("NHV-PR-2405-02_release.docx", P40_DOCX), ("DingTalk_XuJian_Hongda.txt", P40_CHAT)])


# ---- p41: call-off PDF says 5 drums, covering mail says 3 drums (KL distributor / Vapi cables)
P41_CO = pdf([
    ("h1", "MEGA CABLE DISTRIBUTORS SDN BHD"),
    ("p", "No. 7, Jalan Kuchai Maju 9, Kuchai Entrepreneurs Park, 58200 Kuala Lumpur"),
    ("h", "CALL-OFF No. 04 under blanket order MCD-BO-2024-02"),
    ("table", [["Supplier", "Vardhman Cables Pvt Ltd, GIDC Vapi, Gujarat, India"],
               ["Date", "8 April 2024"],
               ["Cable", "4C x 70 sqmm Cu/PVC/SWA/PVC 0.6/1 kV, BS 6346, 500 m drums"]]),
    ("sp",),
    ("table", [["Call-off", "Drums", "Length (m)", "Dispatch"],
               ["04 (this)", "5", "2,500", "week 28"]]),
    ("p", "This call-off releases 5 drums. The remaining blanket quantity is not released; further drums only "
          "on the next call-off, signed by Kelvin Yap, Purchasing Manager."),
], title="Call-off 04", author="Kelvin Yap")
P41_TEXT = """Dear Mr. Vora,

Attached call-off 04 under our blanket order MCD-BO-2024-02.

Please produce 3 drums of 4C x 70 sqmm for week 28 dispatch. The rest of the blanket stays on hold
until the next call-off signed by me.

Thank you and regards,
Kelvin Yap
Purchasing Manager, Mega Cable Distributors Sdn Bhd
+60 3 7982 5510
"""
case("p41_calloff_5_vs_mail_3",
     ["RG011"],
     "attached call-off releases 5 drums, the covering mail from the same signer says produce 3 drums",
     [("Call-off 04 MCD-BO-2024-02.eml", eml_bytes(mail(
         "Kelvin Yap <kelvin.yap@megacable.com.my>",
         "Hitesh Vora <hitesh@vardhmancables.in>",
         "Call-off 04 - MCD-BO-2024-02 - 4C x 70 sqmm",
         "Mon, 08 Apr 2024 10:30:00 +0800", P41_TEXT,
         attachments=[("CallOff_04_MCD-BO-2024-02.pdf", P41_CO, PDF_MT)])))])


# ---- p42: full-quantity PO (HTML) 2,400 vs supplier PI 2,000 (HK buyer / Dongguan), multi-file
P42_PO = html_page("PO PCG-24-0402", """<h2>PACIFIC CREST GIFTS LTD &mdash; Purchase Order PCG-24-0402</h2>
<p>Rm 905, Tower B, Hunghom Commercial Centre, 37 Ma Tau Wai Road, Kowloon, HK<br>
Supplier: Dongguan Jiahe Printing &amp; Packaging Co., Ltd &nbsp;|&nbsp; Date: 22 Apr 2024</p>
""" + table_html([
    ["Line", "Item", "Spec", "Qty (pcs)", "USD/pc", "Amount USD"],
    ["1", "Tea gift box with EVA insert", "300x220x90mm, 1500gsm greyboard, green art paper, silver foil", "2,400", "1.86", "4,464.00"],
]) + """
<p>This PO is for the full quantity of 2,400 pcs; there is no further balance. Samples were signed off on 15 Apr 2024.</p>
<p>Delivery: FOB Shenzhen, 20 May 2024. Payment: 30 days after B/L.</p>
<p>Alan Cheung, Senior Merchandiser</p>""")
P42_PI = pdf([
    ("h1", "DONGGUAN JIAHE PRINTING & PACKAGING CO., LTD."),
    ("p", "Chashan Industrial Park, Dongguan, Guangdong"),
    ("h", "PROFORMA INVOICE No. JH-PI-240423"),
    ("table", [["Buyer", "Pacific Crest Gifts Ltd, Kowloon, HK"], ["Your PO", "PCG-24-0402"], ["Date", "23 Apr 2024"]]),
    ("sp",),
    ("table", [["Item", "Description", "Order qty (pcs)", "USD/pc", "Amount USD"],
               ["1", "Tea gift box with EVA insert, 300x220x90mm", "2,000", "1.86", "3,720.00"]]),
    ("p", "Production according your PO, delivery 20 May 2024, FOB Shenzhen. Payment 30 days after B/L."),
    ("p", "Sales: Sunny Wu"),
], title="PI JH-PI-240423", author="Sunny Wu")
case("p42_po_2400_vs_pi_2000_multifile",
     ["RG011"],
     "full-quantity PO for 2,400 boxes; the supplier's PI for the same PO states an order quantity of 2,000",
     [("PO_PCG-24-0402.html", P42_PO), ("PI_JH-PI-240423.pdf", P42_PI)])


# ---- p43: WhatsApp: PO 50 samples, buyer then "make 60", supplier bought steel for 1,000 (Surat / Ludhiana)
P43_CHAT = """\
[10/04/24, 10:02:11] Hardik Shah (SVT Purchase): Gurpreet ji, PO SVT/PO/2425/116 mail kiya hai - 50 pcs sample rapier gripper tip, drg TG-2210 rev 5
[10/04/24, 10:03:02] Hardik Shah (SVT Purchase): Baaki 950 pcs release nahi hain. Loom no. 14 pe 2 hafte trial chalega, trial sign-off ke baad main (Hardik) written release bhejunga
[10/04/24, 10:15:40] Gurpreet Singh (GS Precision): Ok ji, mil gaya PO
[12/04/24, 16:20:18] Hardik Shah (SVT Purchase): Ek kaam karo, samples 60 bana do, 10 extra hamare lab ke liye
[12/04/24, 16:31:55] Gurpreet Singh (GS Precision): Theek hai ji 👍
[12/04/24, 16:32:40] Gurpreet Singh (GS Precision): Aur bata doon, EN-31 steel hamne poore 1k pcs ka le liya hai, rate badhne wala tha
[12/04/24, 16:33:10] Gurpreet Singh (GS Precision): Heat treatment wale ko bhi bol diya hai
"""
case("p43_whatsapp_50_vs_60_steel_1000",
     ["RG006", "RG011"],
     "PO says 50 samples, the buyer's later chat says make 60; supplier bought steel for all 1,000 pcs with only samples released",
     [("WhatsApp Chat with Gurpreet Singh GS Precision.txt", P43_CHAT)])


# ---- p44: buyer forwards the bank's TT advice (message/rfc822) and asks to start production (Savar / Wenzhou)
P44_BANK = mail(
    "Eastern Bank PLC - Trade Services <trade.services@ebl-bd.com>",
    "Tanvir Hasan <tanvir@rupalifashions.com.bd>",
    "TT advice - Ref EBL/TT/24/04/1187",
    "Thu, 18 Apr 2024 13:02:00 +0600",
    """Dear Valued Customer,

Your outward remittance has been executed as below.

Reference      : EBL/TT/24/04/1187
Value date     : 18-Apr-2024
Applicant      : RUPALI FASHIONS LTD, SAVAR, DHAKA
Beneficiary    : WENZHOU DONGSHENG ZIPPER CO., LTD
Beneficiary bk : AGRICULTURAL BANK OF CHINA, WENZHOU BRANCH
Amount         : USD 4,320.00
Details        : 30 PCT ADVANCE AGAINST PI WZ-PI-2404-09

This is a system generated advice. Please do not reply to this mail.
Eastern Bank PLC, Trade Services Division, Gulshan, Dhaka
""")
P44_TEXT = """Dear Mr. Xu,

Greetings from Rupali Fashions.

We have remitted the 30% advance of USD 4,320 against your PI WZ-PI-2404-09 for 48,000 pcs zips
today. The bank's TT advice is forwarded below for your reference.

So please start the production and share the production schedule.

Best regards,
Tanvir Hasan
Asst. Manager - Commercial, Rupali Fashions Ltd, Savar, Dhaka
+880 1713 228 604
"""
case("p44_tt_advance_please_start_production",
     ["RG012"],
     "full-quantity order (PI for 48,000 zips); buyer says the 30% advance is remitted 'so please start the production'",
     [("FW_TT advice EBL-TT-24-04-1187.eml", eml_bytes(mail(
         "Tanvir Hasan <tanvir@rupalifashions.com.bd>",
         "Xu Wenjie <xuwj@dongsheng-zipper.com>",
         "FW: TT advice - 30% advance PI WZ-PI-2404-09",
         "Thu, 18 Apr 2024 15:20:00 +0600", P44_TEXT,
         attachments=[("rfc822", P44_BANK)])))])


# ---- p45: LC opened, "now kindly commence manufacturing" (Lahore importer / Shenzhen), multi-file
P45_LC = """\
MCB BANK LIMITED - IMPORT LC (MT700 extract for beneficiary)
------------------------------------------------------------------
:40A: IRREVOCABLE
:20:  MCB-ILC-24-0877
:31C: 240412
:31D: 240731 CHINA
:50:  CRESCENT LIGHTING (PVT) LTD, 18-KM FEROZEPUR ROAD, LAHORE
:59:  SHENZHEN HUAXIN POWER TECHNOLOGY CO., LTD, SHENZHEN, CHINA
:32B: USD 43,600.00
:42C: AT SIGHT
:43P: PARTIAL SHIPMENT NOT ALLOWED
:44E: SHENZHEN / YANTIAN
:44F: KARACHI
:44C: 240715
:45A: 20,000 PCS LED DRIVER HX-LD-40W-1050MA AS PER PI NO. HX-PI-240401
      FOB YANTIAN
:46A: SIGNED COMMERCIAL INVOICE, PACKING LIST, FULL SET B/L, CERT. OF ORIGIN
------------------------------------------------------------------
"""
P45_TEXT = """Dear Jason,

AoA and greetings from Lahore.

We have opened the irrevocable LC at sight, no. MCB-ILC-24-0877, for the full value of your PI
HX-PI-240401 (20,000 pcs HX-LD-40W-1050mA). The LC extract is enclosed.

Now kindly commence manufacturing and confirm the shipment date.

Regards,
Adeel Butt
Import Manager, Crescent Lighting (Pvt) Ltd, Lahore
+92 42 3529 8810
"""
case("p45_lc_opened_commence_manufacturing_multifile",
     ["RG012"],
     "full-quantity order under LC for 20,000 drivers; buyer writes 'LC opened... now kindly commence manufacturing'",
     [("LC MCB-ILC-24-0877 opened.eml", eml_bytes(mail(
         "Adeel Butt <adeel.butt@crescentlighting.pk>",
         "Jason Liu <jason@hx-power.cn>",
         "LC MCB-ILC-24-0877 opened - PI HX-PI-240401",
         "Fri, 12 Apr 2024 16:00:00 +0500", P45_TEXT))),
      ("LC_MCB-ILC-24-0877_extract.txt", P45_LC)])



# =================================================================== build
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def _formats(files):
    """Return the set of formats a case contains, as files or as email attachments."""
    fm = set()
    for fn, data in files:
        ext = Path(fn).suffix.lower().lstrip(".")
        fm.add({"htm": "html"}.get(ext, ext))
        if ext == "eml":
            from email import message_from_bytes
            msg = message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                name = part.get_filename()
                if name:
                    fm.add(Path(name).suffix.lower().lstrip("."))
    return fm


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(1919).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h19_{i:02d}_{_stem(c['files'][0][0])}"
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

    # summary for the README
    rules = [f"RG{n:03d}" for n in range(1, 13)]
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}  "
          f"multi-file: {sum(1 for c in CASES if len(c['files']) > 1)}")
    for r in rules:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")
    top, contains = {}, {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            top[ext] = top.get(ext, 0) + 1
        for f in _formats(c["files"]):
            contains[f] = contains.get(f, 0) + 1
    for f in sorted(set(top) | set(contains)):
        print(f"  format {f}: top-level files {top.get(f, 0)}, cases containing {contains.get(f, 0)}")


if __name__ == "__main__":
    main()
