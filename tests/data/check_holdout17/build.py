#!/usr/bin/env python3
"""Generator for the releasegate check_holdout17 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout17/build.py

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
    m["Message-ID"] = msgid or f"<h17-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h17")
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


# ------------------------------------------------------------ extra helpers
def q(text, depth=1):
    """Quote text the way mail clients do ("> " prefix)."""
    p = ">" * depth
    return "\n".join((p + " " + line) if line else p for line in text.splitlines())


def to_html(text):
    """Very small text -> HTML converter for the text/html alternative of a mail."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.splitlines()
        if lines and all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(escape(line[1:].lstrip()) for line in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(line) for line in lines) + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(out) + "\n</body></html>\n"


def txt(s):
    return s.lstrip("\n")


# =================================================================== CLEAN

# c01 -- Japanese tier-2 stamping, sample PO with full scope note (PDF with table)
case("c01_jp_stamping_sample_po", [],
     "Sample PO for 30 ISIR pcs; 12,000/month quote figure declared informational and not released; "
     "unlock = QA sign-off + written release signed by Hiroshi Sato; material sample-only.",
     [("PO_7100-24-0318.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Daito Kogyo Co., Ltd. - Purchasing Section 2 - 3-18 Motomachi, Toyota-shi, Aichi 471-0024, Japan"),
         ("table", [["PO No.", "Date", "Revision", "Supplier", "Supplier code"],
                    ["7100-24-0318", "2024-03-18", "0", "Okamura Press Works Co., Ltd. (Hamamatsu)", "S-04417"]]),
         ("sp",),
         ("table", [["Line", "Part No.", "Description", "Rev", "Scope", "Qty", "Unit price (JPY)", "Amount (JPY)"],
                    ["10", "52118-KR40", "Bracket, seat rail LH, SPFH590 t2.3", "C", "Sample (ISIR)", "30 pcs",
                     "1,850", "55,500"],
                    ["", "", "", "", "", "", "Total (excl. tax)", "55,500"]]),
         ("p", "Delivery: 30 pcs by 2024-04-19 to Daito Kogyo receiving, Gate 3 (Toyota plant). "
               "Packing: returnable box DK-RB-600, 15 pcs per box, VCI film."),
         ("p", "Drawing 52118-KR40 Rev C; general tolerances JIS B 0405-m; surface treatment DKS-7200 "
               "(Zn-Ni 8 um, 720 h SST). Inspection per PPAP 4th edition, submission level 3."),
         ("h", "Scope of this order - kindly read"),
         ("p", "We thank you always for your kind cooperation. This purchase order covers only the thirty (30) "
               "sample pieces in line 10, for our initial sample inspection."),
         ("p", "Your quotation OK-Q-2403-112 shows a mass-production volume of 12,000 pcs per month. That figure is "
               "given for your information only. It is not ordered by this purchase order and it is not released for "
               "production. We kindly ask you not to start mass production and not to purchase coil for it."),
         ("p", "Mass production can be released only after (1) sample sign-off by our Quality Assurance Department, and "
               "(2) a written production release naming the quantity, signed by Mr. Hiroshi Sato, Manager, "
               "Purchasing Section 2. No other person and no other document releases the balance."),
         ("p", "Material authority: sample-only (coil and blanks for the 30 pcs). Material bought beyond this is at "
               "the supplier's own risk."),
         ("sp",),
         ("p", "Terms: Daito Kogyo General Terms of Purchase, edition 2023-04. Payment: end of month following "
               "delivery, bank transfer. Please return the order acknowledgement within 5 working days."),
         ("p", "Issued by: Kenta Mori, Buyer, Purchasing Section 2 - tel. +81 565 28 1100"),
     ], title="Purchase Order 7100-24-0318", author="Daito Kogyo Purchasing"))])

# c02 -- Korean supplier quote alone, sample and production tiers (HTML table)
case("c02_kr_quote_tiers", [],
     "Supplier quote alone with sample and mass-production tiers; no authorized quantity, production only on written release.",
     [("QT-SH-240611.html", html_page("Quotation QT-SH-240611", """
<h2>SEOHAN MOLD TECH Co., Ltd. &mdash; QUOTATION</h2>
<p>No. QT-SH-240611 &nbsp; Date: 2024-06-11 &nbsp; Valid until: 2024-08-10<br>
To: Ms. Nguyen Thu Trang, Purchasing, Saigon Smart Devices JSC<br>
From: Park Min-jun, Sales Team, Seohan Mold Tech (Hwaseong, Gyeonggi-do)</p>
<p>Dear Ms. Nguyen, thank you for your inquiry about the rear housing of the smart speaker (drawing SSD-RH-300 Rev B, PC+ABS, Cycoloy C1200HF equivalent, texture MT-11010). We are pleased to quote as below.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th><th>Lead time</th></tr>
<tr><td>1</td><td>Injection mould, 1+1 family, P20 steel, hot runner (tool life 300k shots)</td><td>1 set</td><td>18,400.00</td><td>6 weeks</td></tr>
<tr><td>2</td><td>T1 samples, texture applied</td><td>50 pcs</td><td>6.80</td><td>1 week after tool</td></tr>
<tr><td>3</td><td>Mass production, per order</td><td>20,000 pcs</td><td>0.92</td><td>3 weeks after release</td></tr>
<tr><td>4</td><td>Mass production, per order</td><td>50,000 pcs</td><td>0.86</td><td>4 weeks after release</td></tr>
</table>
<p>Remarks:</p>
<ul>
<li>Prices FOB Pyeongtaek, excluding VAT. Payment for tooling: 50% with order, 50% after T1 sample sign-off.</li>
<li>Mass production prices are quoted for planning. We start mass production only on receipt of your written production release stating the quantity.</li>
<li>Colour matching to your master plaque, &Delta;E &le; 1.0 under D65.</li>
</ul>
<p>We look forward to your kind order.<br>Best regards,<br>Park Min-jun / Sales Team<br>Seohan Mold Tech Co., Ltd. &middot; +82 31 8059 2200</p>
""", lang="en"))])

# c03 -- Vietnamese Zalo chat, supplier asks for go-ahead, buyer keeps the hold
case("c03_vn_zalo_question", [],
     "Zalo chat: buyer scopes 20 sample sets, 480 balance on hold until written release by Le Quang Dung after QC sign-off; "
     "supplier's go-ahead question answered 'not yet'.",
     [("Zalo_chat_MinhPhat_ThongNhat.txt", txt("""
Zalo - Xuat tin nhan / Export messages
Cuoc tro chuyen: Thong Nhat Bikes - Minh Phat Forging (nhom 4 thanh vien)
Xuat ngay: 12/06/2024 08:30

[10/06/2024 08:12] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): Chào anh Phát ạ. PO TN-24-0610 em gửi qua email rồi nhé.
[10/06/2024 08:12] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): PO này chỉ cho 20 bộ crank mẫu (20 sample sets) thôi ạ.
[10/06/2024 08:13] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): Số 500 bộ trong báo giá là để tham khảo (for information only), chưa release (not released). Balance 480 sets on hold - anh đừng mua nhôm 6061 cho 480 bộ đó nha.
[10/06/2024 08:15] Phát (Minh Phát): Dạ em nhận. Cho anh hỏi khi nào release 480 bộ?
[10/06/2024 08:17] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): Sau khi QC bên em sign-off mẫu, anh Lê Quang Dũng (Purchasing Manager) sẽ gửi written release bằng email. Chỉ anh Dũng ký release thôi ạ.
[10/06/2024 08:18] Phát (Minh Phát): Ok chị 👍
[10/06/2024 10:41] Nguyễn Văn Tài (Minh Phát - QC): Gửi chị bản vẽ crank arm rev D, lỗ pedal 9/16"x20 TPI, em confirm lại với xưởng rồi.
[10/06/2024 10:44] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): Cảm ơn anh Tài. Anodize màu đen mờ nha, độ dày 15 µm.
[11/06/2024 16:40] Phát (Minh Phát): Chị Hoa ơi, xưởng hỏi: do we have the go-ahead to start the 480 now, to keep the forging line busy? Tuần sau máy rảnh.
[11/06/2024 16:52] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): Chưa được anh ơi 🙏 Only the 20 samples. 480 vẫn on hold until anh Dũng sends the written release after sample sign-off.
[11/06/2024 16:53] Phát (Minh Phát): Ok chị, hiểu rồi. Em chỉ làm 20 bộ, nhôm cũng chỉ mua cho 20 bộ.
[11/06/2024 16:55] Trần Thị Hoa (Thống Nhất Bikes - Mua hàng): Dạ cảm ơn anh. Giao mẫu trước 28/06 giúp em nhé.
"""))])

# c04 -- Thai cosmetics buyer, clearly labelled rolling forecast (DOCX with table)
case("c04_th_forecast_letter", [],
     "Labelled forecast, explicitly not a purchase order and not a commitment; authorizes no production or material.",
     [("SBP_letter_2024-09-02.docx", docx_bytes([
         ("h1", "Siam Beauty Products Co., Ltd."),
         ("p", "88/12 Moo 4, Bangna-Trad Road km 23, Bang Sao Thong, Samut Prakan 10570, Thailand"),
         ("p", "2 September 2024"),
         ("p", "To: Khun Wanchai Prasert, Sales Manager, Bangkok Glass & PET Co., Ltd."),
         ("h", "Rolling forecast Oct 2024 - Mar 2025 (FOR PLANNING ONLY - NOT A PURCHASE ORDER)"),
         ("p", "Sawasdee krub Khun Wanchai. Thank you very much for your continuous support. As requested in our QBR, "
               "please find below our rolling forecast for the PET bottles, for your capacity planning."),
         ("table", [["Item", "Description", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"],
                    ["BT-150-CLR", "150 ml PET bottle, clear, 24/410 neck", "18,000", "22,000", "30,000", "15,000", "15,000", "20,000"],
                    ["BT-050-AMB", "50 ml PET bottle, amber, 20/410 neck", "6,000", "6,000", "9,000", "5,000", "5,000", "6,000"]]),
         ("p", "These figures are our best estimate today. They are a forecast only. They are not an order, not a "
               "commitment to purchase, and they do not authorize production or the purchase of resin or preforms "
               "at our liability."),
         ("p", "Each quantity will be ordered by a separate purchase order. Production of any quantity is released "
               "only in writing by Khun Pimchanok Srisuk, Procurement Manager, after the PO has been issued."),
         ("p", "The forecast is updated on the first working day of every month. Please contact us if you see any "
               "capacity issue, especially for December (Songkran gift-set season preparation)."),
         ("sp",),
         ("p", "Best regards,"),
         ("p", "Nattaya Boonmee, Senior Buyer - Siam Beauty Products Co., Ltd. - +66 2 315 4400 ext. 212"),
     ], author="Nattaya Boonmee"))])

# c05 -- Taiwanese aerospace buyer, FAI PO (DOCX with table)
case("c05_tw_aero_fai_po", [],
     "FAI PO for 5 pcs; 400 pcs quote figure informational and not released; unlock = FAI sign-off + revised PO "
     "signed by Lin Chih-Wei; material sample-only. AS/ISO identifiers look like quantities.",
     [("PO_FAT-2407-033.docx", docx_bytes([
         ("h1", "Formosa AeroTech Corp. - Purchase Order"),
         ("p", "No. 12, Jingke 3rd Road, Nantun District, Taichung 408, Taiwan (R.O.C.) - AS9100D certified"),
         ("table", [["PO No.", "Date", "Supplier", "Quotation ref."],
                    ["FAT-2407-033", "2024-07-08", "Penang Precision Machining Sdn Bhd", "PPM-Q-1187 rev 2"]]),
         ("sp",),
         ("table", [["Line", "Part No. / Rev", "Description", "Scope", "Qty", "Unit price (USD)", "Need date"],
                    ["1", "FAT-BRK-118 Rev D", "Bracket, flap track, AL 7075-T7351 plate, AMS 2772", "FAI (AS9102)", "5 pcs", "386.00", "2024-08-30"]]),
         ("h", "Scope and release conditions"),
         ("p", "This PO releases the five (5) FAI pieces only. Full AS9102 Rev C FAI report (Forms 1, 2 and 3) "
               "and material certs per EN 10204 3.1 to be shipped with the parts."),
         ("p", "The production quantity of 400 pcs shown in your quotation PPM-Q-1187 is informational and is not "
               "released. Do not start production, do not program the production fixture run and do not purchase "
               "7075-T7351 plate for it."),
         ("p", "Material authority: sample-only (plate for the 5 FAI pieces)."),
         ("p", "The 400 pcs can be released only after FAI sign-off by Formosa AeroTech Quality and a revised PO that "
               "adds the production quantity, signed by Mr. Lin Chih-Wei, Supply Chain Manager."),
         ("h", "Quality clauses"),
         ("li", "Q1: Flow-down of AS9100D 8.4.3; counterfeit part prevention per AS5553."),
         ("li", "Q5: Special processes (anodize MIL-A-8625 Type II, penetrant ASTM E1417) only at Nadcap sources."),
         ("li", "Q12: Record retention 10 years. Right of access for FAT, our customer and authorities."),
         ("sp",),
         ("p", "Buyer: Tsai Ya-Wen, Supply Chain Dept. - +886 4 2359 1688 ext. 305"),
     ], author="Tsai Ya-Wen"))])

# c06 -- Malaysian office furniture, full-quantity PO (SAP Business One printout TXT)
case("c06_my_furniture_full_po", [],
     "Full-quantity production PO for 1,200 chairs, 'proceed with the full 1,200 pcs', no balance or follow-on lot.",
     [("PO_24000871.txt", txt("""
KLANG OFFICE SYSTEMS SDN BHD (201901023344)                      PURCHASE ORDER
Lot 12, Jalan Kapar Industri 3, 42200 Kapar, Selangor             ------------------
Tel 03-3250 8811   Fax 03-3250 8812                               No.      : 24000871
                                                                  Date     : 03.07.2024
                                                                  Page     : 1 of 1
Vendor   : V-10233  ERGOSEAT MANUFACTURING SDN BHD                Currency : MYR
           PT 4471, Kawasan Perindustrian Nilai, 71800 Nilai      Buyer    : Lim Siew Ling
Contact  : Mr. Raj Kumar (Sales)                                  Pay Terms: 60 days
Ship To  : KOS Warehouse B, Kapar                                 Incoterm : DAP Kapar

#  Item No.      Description                            Quantity  UoM   Unit Price       Total
-- ------------- -------------------------------------- --------  ----  ----------  ----------
1  CHR-TSK-220   Task chair, mesh back, black, 2D arm      1,200  PCS       289.00  346,800.00
                 BIFMA X5.1-2017, EN 1335-1 type A
                 Gas lift class 4, base 680 mm nylon
                                                                        Subtotal  346,800.00
                                                                        SST 10%    34,680.00
                                                                        TOTAL     381,480.00

Delivery : 3 deliveries of 400 pcs - 12.08.2024 / 26.08.2024 / 09.09.2024

Remarks  : PRODUCTION ORDER - FULL QUANTITY. This PO covers our entire requirement for
           project KOS-MENARA-7 (1,200 pcs). There is no sample lot, no further balance and
           no follow-on lot under this PO. Prototype sign-off was done on 14.06.2024
           (report KOS-QA-0614). Please proceed with the full 1,200 pcs.
           Label each carton with PO no. and item no.; 2 chairs per carton, max 5 layers.

Prepared by: Lim Siew Ling (Purchasing Executive)     Authorised signatory: Ahmad Zaki bin Omar
                                                                           Head of Procurement
This is a computer generated document. SAP Business One 10.0 FP 2305
"""))])

# c07 -- Indonesian rubber seals, explicit recorded auto-conversion (EML alt + PDF)
_c07_pdf = pdf([
    ("h1", "PURCHASE ORDER RS-24-0412"),
    ("p", "PT Karya Otomotif Nusantara - Jl. Industri Selatan 5 Blok GG-3, Kawasan Jababeka II, Cikarang, Bekasi 17530"),
    ("table", [["Supplier", "Date", "Buyer", "Quotation"],
               ["PT Sinar Karet Utama, Tangerang", "12 April 2024", "Rizky Pratama", "SKU/Q/24/0388"]]),
    ("sp",),
    ("table", [["Line", "Part No.", "Description", "Scope", "Qty", "Price (IDR)"],
               ["10", "KON-OR-2208", "O-ring 22 x 2.8, NBR 70 Shore A, JIS B 2401-1A P22", "Sample", "50 pcs", "4,500"],
               ["20", "KON-OR-2208", "same as line 10", "Production (see clause A)", "2,000 pcs", "1,150"]]),
    ("h", "Clause A - Auto-conversion (agreed 8 April 2024, recorded in this PO)"),
    ("p", "Line 10: the 50 sample pcs are released now."),
    ("p", "Line 20: the 2,000 production pcs are NOT released at this moment and no material may be bought for them."),
    ("p", "By agreement of both parties, line 20 converts to a production release automatically, with no further "
          "document, when our QA Manager, Ibu Dewi Lestari, signs a sample sign-off with status APPROVED for the 50 "
          "samples. Conditions: status APPROVED (an interim or conditional status does not convert), drawing KON-OR-2208 "
          "rev C unchanged, and sign-off dated on or before 31 July 2024. After that date line 20 needs a written "
          "release from Bapak Budi Santoso, Procurement Manager."),
    ("p", "This auto-conversion was recorded by Bapak Budi Santoso, Procurement Manager, and acknowledged by "
          "PT Sinar Karet Utama on 9 April 2024 (letter SKU/L/24/051)."),
    ("p", "Delivery: samples 26 April 2024; production 4 weeks after conversion. Packing 500 pcs/bag, ESD not required."),
], title="PO RS-24-0412", author="PT Karya Otomotif Nusantara")
_c07_text = """Dengan hormat Bapak Joko,

Terlampir PO RS-24-0412 untuk O-ring KON-OR-2208 (attached please find our PO).

As discussed in our meeting on 8 April, line 20 contains the auto-conversion clause we agreed: the 2,000 pcs
become released only when Ibu Dewi Lestari signs the sample sign-off with status APPROVED, within the conditions
in clause A. Until then only the 50 samples are released and material is for the 50 samples only.

Mohon konfirmasi penerimaan PO ini (kindly confirm receipt). Terima kasih atas kerja samanya.

Hormat kami,
""" + sig("Rizky Pratama", "Buyer, Procurement Dept.", "PT Karya Otomotif Nusantara", "+62 21 8983 4410")
_c07 = mail('"Rizky Pratama" <rizky.pratama@karyaotomotif.co.id>', '"Joko Susilo" <joko@sinarkaret.co.id>',
            "PO RS-24-0412 - O-ring KON-OR-2208 (sampel + clause A)", "Fri, 12 Apr 2024 10:22:00 +0700",
            _c07_text, html=to_html(_c07_text), cc='"Dewi Lestari" <dewi.lestari@karyaotomotif.co.id>',
            attachments=[("PO_RS-24-0412.pdf", _c07_pdf, PDF_MT)])
case("c07_id_auto_conversion", [],
     "Explicit recorded auto-conversion naming quantity (2,000), signer (Dewi Lestari), conditions and who recorded it; "
     "50 samples active, line 20 not released until then.",
     [("mail_RS-24-0412.eml", eml_bytes(_c07))])

# c08 -- Filipino solar rails, call-off with explicit staged material authority above the release
_c08_text = """Good day Sir Arnel,

Please see Call-off No. 3 under our Blanket PO LSB-BPO-2024-07 (solar mounting rail RL-4200, 4.2 m, 6005-T5,
mill finish, per drawing LSB-RL-4200 Rev 2).

1. Released now: 200 (two hundred) rails, for delivery to our Batangas site on or before 22 July 2024.
2. Material authority: STAGED. You may buy and hold 6005-T5 billet for up to 1,000 rails at our liability.
   This covers the 200 released rails plus 800 rails of material only - it is not a release of those 800 rails.
3. The remaining 800 rails are not released. Do not extrude or cut them. They will be released only by the next
   call-off (Call-off No. 4), issued and signed by me.
4. If Call-off No. 4 is not issued by 30 September 2024, we will buy back the staged billet at cost per clause 14
   of the blanket PO.

Kindly acknowledge this call-off by reply, including the staged material quantity, po. Salamat!

Regards,
""" + sig("Engr. Ramon Reyes", "Supply Chain Head", "Luzon Solar Builders Inc., Sto. Tomas, Batangas", "+63 43 778 2210")
_c08 = mail('"Engr. Ramon Reyes" <ramon.reyes@luzonsolar.ph>', '"Arnel Bautista" <arnel@pinoyextrusions.com.ph>',
            "Call-off No. 3 / BPO LSB-BPO-2024-07 - RL-4200 rails", "Mon, 01 Jul 2024 08:05:00 +0800",
            _c08_text, html=to_html(_c08_text), cc="logistics@luzonsolar.ph")
case("c08_ph_staged_material_calloff", [],
     "Call-off releases 200 rails; explicit staged material authority up to 1,000 rails; 800 not released until "
     "next call-off signed by the sender (Ramon Reyes).",
     [("CallOff3_LSB-BPO-2024-07.eml", eml_bytes(_c08))])

# c09 -- Vietnamese supplier: deposit does not release production (EML, quoted buyer msg, HTML payment advice)
_c09_quoted = """On Wed, 22 May 2024 at 14:10, Chen Yu-Ting <yuting.chen@taichungvelo.com.tw> wrote:
Dear Mr. Quang,

PO TV-24-0522 attached: 10 sample sets of the stem + handlebar kit (ST-31.8-90 / HB-780-RISE).
The balance of 990 sets from your quotation is not released. It will be released only by a written
production release from Mr. Wang Jun-Hao, Sourcing Director, after our sample sign-off (fatigue test
ISO 4210-5 and fit check on the 2025 frames).

Per your quotation terms we will pay the 30% deposit on the total this week.

Best regards,
Chen Yu-Ting
Sourcing Manager, Taichung Velo Co., Ltd."""
_c09_text = """Dear Ms. Chen,

Thank you, we received your 30% deposit today (USD 4,350.00, your transfer ref. TCB-240527-0091).
The payment advice is attached for your record.

Please note: the deposit does not release production. Under PO TV-24-0522 we are making only the
10 sample sets. The 990 sets stay on hold in our planning until we receive the written production
release from Mr. Wang after your sample sign-off. We bought 6061-T6 tube and forgings for the 10 sets only.

Samples will ship by DHL on 14 June, AWB to follow. Fatigue test report from our side (ISO 4210-5,
100,000 cycles) will be included.

Best regards,
""" + sig("Do Minh Quang", "Sales Manager", "Viet Cycle Components Co., Ltd. - Binh Duong", "+84 274 3768 550") + "\n" + q(_c09_quoted)
_c09_adv = html_page("Payment advice", """
<h3>VIET CYCLE COMPONENTS CO., LTD. &ndash; PAYMENT RECEIPT ADVICE</h3>
<table>
<tr><th>Date received</th><th>Payer</th><th>Reference</th><th>Amount</th><th>Applied to</th></tr>
<tr><td>27/05/2024</td><td>Taichung Velo Co., Ltd.</td><td>TCB-240527-0091</td><td>USD 4,350.00</td><td>Deposit 30% &ndash; quotation VCC-Q-24-061 / PO TV-24-0522</td></tr>
</table>
<p class="note">This receipt confirms payment only. It is not an order confirmation and does not authorize production.</p>
""")
_c09 = mail('"Do Minh Quang" <quang.do@vietcycle.vn>', '"Chen Yu-Ting" <yuting.chen@taichungvelo.com.tw>',
            "RE: PO TV-24-0522 - samples stem/handlebar kit", "Mon, 27 May 2024 16:45:00 +0700", _c09_text,
            attachments=[("payment_advice_TCB-240527-0091.html", _c09_adv, "text/html")],
            in_reply_to="<tv-24-0522@taichungvelo.com.tw>")
case("c09_vn_deposit_not_release", [],
     "Supplier states deposit does not release production; quoted buyer PO scopes 10 samples, 990 on hold, "
     "written release by Wang Jun-Hao after sign-off.",
     [("RE_PO_TV-24-0522.eml", eml_bytes(_c09))])

# c10 -- Korean supplier order acknowledgement restating the hold (PDF)
case("c10_kr_supplier_ack", [],
     "Supplier acknowledgement: 100 samples only, 9,900 not released, material for 100 only, waits for Park Ji-hoon's "
     "written release after PPAP sign-off.",
     [("OA_DG-24-0711.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Daegu Seal Co., Ltd. - 221 Seongseogongdan-ro, Dalseo-gu, Daegu 42709, Korea"),
         ("table", [["OA No.", "Date", "Customer", "Customer PO"],
                    ["DG-24-0711", "2024-07-11", "Hankook Mobility Parts Co., Ltd. (Asan)", "HK-24-3317"]]),
         ("sp",),
         ("table", [["Item", "Part No.", "Description", "Qty acknowledged", "Delivery"],
                    ["1", "HMP-DS-4410", "Door seal, EPDM sponge/dense co-extrusion, front LH", "100 pcs (sample)", "2024-07-29"]]),
         ("p", "We thank you for your purchase order HK-24-3317 and acknowledge it as written:"),
         ("p", "1. We will make and deliver 100 sample pcs only, with PPAP level 3 documents (PSW, dimensional "
               "results, material test per MS 200-29, CS-DTR)."),
         ("p", "2. The balance of 9,900 pcs shown in our quotation DS-Q-24-118 is not released. We will not start "
               "it and we will buy EPDM compound for the 100 sample pcs only."),
         ("p", "3. We will wait for the written production release from Mr. Park Ji-hoon, Purchasing Team Leader, "
               "after your PPAP sign-off, before planning any production."),
         ("sp",),
         ("p", "Daegu Seal Co., Ltd. - Sales Team - Kang Hye-jin, Manager - +82 53 592 7700"),
     ], title="Order Acknowledgement DG-24-0711", author="Daegu Seal"))])

# c11 -- Thai automotive PPAP interim disposition with limits, not a production release (DOCX)
case("c11_th_ppap_interim", [],
     "PPAP interim disposition with quantity/date limits; states it is not a production release; quantity on hold until "
     "Suda Chaiyaporn's written release.",
     [("PPAP_disposition_TSR-0815.docx", docx_bytes([
         ("h1", "PPAP Disposition Record"),
         ("p", "Chonburi Auto Components Co., Ltd. - Supplier Quality Department - Amata City Chonburi"),
         ("table", [["Item", "Value"],
                    ["Supplier", "Rayong Precision Rubber Co., Ltd."],
                    ["Part", "CAC-HS-2290 Rev B - Hose, heater, EPDM, with clamp"],
                    ["PSW date / level", "2024-08-15 / Level 3"],
                    ["Disposition", "INTERIM APPROVAL"],
                    ["Limit", "2,000 pcs or until 30 September 2024, whichever comes first"],
                    ["Open points", "Cpk burst pressure 1.21 (target 1.33); capability study on 125 pcs to resubmit"],
                    ["SQE", "Thanawat Jaidee"]]),
         ("h", "Meaning of this disposition"),
         ("p", "This interim disposition is an engineering decision on the PPAP samples only. It is not a production "
               "release and it does not authorize the supplier to run or ship production parts."),
         ("p", "Any production quantity stays on hold until a written production release is issued by Khun Suda "
               "Chaiyaporn, Purchasing Manager. Under this interim disposition such a release can cover at most "
               "2,000 pcs and must be shipped before 30 September 2024."),
         ("p", "Full PPAP resubmission due 20 September 2024 (PPAP 4th ed., IATF 16949 clause 8.3.4.4)."),
         ("sp",),
         ("p", "Prepared: Thanawat Jaidee (SQE)    Reviewed: Kritsada Moonsri (SQ Manager)"),
     ], author="Thanawat Jaidee"))])

# c12 -- Indonesian cosmetics bottle supplier asks whether it may go ahead (EML alt, quoted buyer scope)
_c12_quoted = """Pada tanggal Sen, 3 Jun 2024 09:02, Rina Kartika <rina.kartika@cantikasari.co.id> menulis:
Dear Pak Yusuf,

PO CS-24-0603 is for 200 sample bottles only (30 ml frosted glass, dropper neck 18/415,
colour Pantone 7527 C). The 8,000 bottles in your offer are not released yet; please do not
start them or buy glass gob/cullet for them. After our stability and compatibility test sign-off
(8 weeks, 40 C / 75% RH), I will send the written production release myself.

Terima kasih,
Rina Kartika
Purchasing Manager, PT Cantika Sari Kosmetik"""
_c12_text = """Dear Ibu Rina,

Selamat pagi. Mohon maaf mengganggu (sorry to disturb you).

The 200 sample bottles were delivered to your Cikarang warehouse on 18 June, signed by Bapak Eko.
Our production planner asks me to kindly check with you: do we already have your go-ahead to produce
the 8,000 bottles, or should we wait for your written release after the stability test?

We have not started anything for the 8,000 bottles. Material was bought for the 200 samples only.
If possible, please inform us of the expected date, so we can reserve furnace time in August.

Terima kasih banyak atas perhatiannya.

Salam hormat,
""" + sig("Yusuf Hidayat", "Sales Coordinator", "PT Kemasan Indah Gelas, Surabaya", "+62 31 749 2288") + "\n" + q(_c12_quoted)
_c12 = mail('"Yusuf Hidayat" <yusuf@kemasanindah.co.id>', '"Rina Kartika" <rina.kartika@cantikasari.co.id>',
            "RE: PO CS-24-0603 sample bottles 30 ml", "Thu, 20 Jun 2024 08:31:00 +0700",
            _c12_text, html=to_html(_c12_text), in_reply_to="<cs-24-0603@cantikasari.co.id>")
case("c12_id_supplier_question", [],
     "Supplier asks whether it has the go-ahead for 8,000 (question, not approval); quoted buyer scope complete "
     "(200 samples, hold, stability sign-off, release by sender Rina Kartika).",
     [("RE_PO_CS-24-0603.eml", eml_bytes(_c12))])

# c13 -- Taiwanese semiconductor fixtures PO, identifiers that look like quantities (HTML with table)
case("c13_tw_semicon_identifiers", [],
     "Sample PO for 4 fixtures with many quantity-like identifiers (PN 3000-1200-50, DRG 8800 Rev 12, ISO 14644-1, "
     "M6x1.0, Bay 1200); 40 pcs not released; unlock and named person stated.",
     [("PO_4410-0921.html", html_page("PO 4410-0921", """
<h2>Hsinchu Wafer Equipment Co., Ltd. &mdash; Purchase Order 4410-0921</h2>
<p>Date: 2024-09-21 &nbsp; Supplier: Tainan Fine Machining Co., Ltd. (vendor 2500-117) &nbsp; Buyer: Kuo Chia-Hao, ext. 1200</p>
<table>
<tr><th>Line</th><th>Part number</th><th>Description</th><th>Drawing</th><th>Qty</th><th>Unit price (TWD)</th></tr>
<tr><td>1</td><td>PN 3000-1200-50</td><td>Wafer-handling end-effector fixture, Al 6061-T6, hard anodize MIL-A-8625 Type III, M6x1.0 helicoils</td><td>DRG 8800 Rev 12</td><td>4 pcs (sample)</td><td>38,500</td></tr>
</table>
<p>Cleaning and double-bagging per ISO 14644-1 Class 5, particle count report required. Deliver to Fab 12B, Bay 1200, dock 3.
Flatness 0.02 mm over 300 mm; Ra 0.8 on datum A. Reference standard SEMI E47.1-1106.</p>
<div class="note">
<p><b>Release scope.</b> Only the four (4) sample fixtures of line 1 are released by this PO.</p>
<p>The production quantity of 40 pcs mentioned in your quotation TFM-Q-0917 is not released. Please do not start it and buy material for the 4 samples only.</p>
<p>The 40 pcs can be released only after sample sign-off by our Equipment Engineering department and a revised PO covering the production quantity, signed by Ms. Huang Mei-Ling, Procurement Section Chief.</p>
</div>
<p>Terms: HWE Purchasing Terms rev 2022-01. Payment 30 days EOM.</p>
""", lang="en"))])

# c14 -- Malaysian pharma blister packaging, production release of the entire balance (PDF)
case("c14_my_pharma_release", [],
     "Release notice naming 48,000 blisters (entire remaining quantity), event (sign-off done), authority and co-signer; "
     "nothing left on hold.",
     [("PR-24-031.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-24-031"),
         ("p", "Nusantara Pharma Manufacturing Sdn Bhd - Lot 7, Jalan P/10, Bangi Industrial Estate, 43650 Bandar Baru Bangi, Selangor"),
         ("table", [["Field", "Value"],
                    ["Supplier", "Seremban Blister Tech Sdn Bhd"],
                    ["Purchase order", "4800012210 (line 20, production)"],
                    ["Part", "Blister tray PVC/PVDC 250 um, 10-cavity, drawing BP-1010 Rev 3"],
                    ["Sample sign-off", "APPROVED on 12 August 2024, QA report QA-SO-0812 (EU GMP Annex 15 protocol)"],
                    ["Quantity released", "48,000 blisters"],
                    ["Remaining on hold after this release", "none"]]),
         ("p", "This release covers the entire remaining quantity of PO 4800012210. Together with the 2,000 sample "
               "blisters already delivered under line 10, the order is now fully released; no quantity remains on hold."),
         ("p", "Authorized by: Puan Nurul Huda binti Ahmad, Head of Procurement. Co-signed by: Dr. Lim Wei Seng, "
               "QA Director (two-person rule, SOP-PUR-014)."),
         ("p", "Delivery: 4 lots of 12,000, weekly from 2 September 2024, with CoA per lot."),
     ], title="Production Release PR-24-031", author="Nusantara Pharma"))])

# c15 -- Filipino furniture buyer hold notice (DOCX)
case("c15_ph_hold_notice", [],
     "Hold notice: 6 prototype desks released, 594 on hold; unlock = prototype sign-off + revised PO signed by "
     "Jose Antonio Santos.",
     [("Notice_MNL-FUR-24-0155.docx", docx_bytes([
         ("h1", "HOLD NOTICE"),
         ("p", "Manila Workspace Interiors Corp. - 2/F Arcadia Bldg., Pasig City 1605"),
         ("p", "Date: 14 May 2024    Ref.: PO MNL-FUR-24-0155    To: Mr. Dennis Co, Cebu Metalcraft Furniture Inc."),
         ("table", [["", "Quantity", "Status"],
                    ["Prototype workstation desks (WS-1600 bench, 2 seats)", "6", "Released - proceed with these 6 only"],
                    ["Balance of quoted quantity", "594", "ON HOLD - not released"]]),
         ("p", "Good day Mr. Co. To avoid any misunderstanding on our PO MNL-FUR-24-0155: only the six (6) prototype "
               "desks are released. Please do not cut, bend, weld or powder-coat anything for the remaining 594 "
               "desks, and do not purchase steel tube or E1 board for them."),
         ("p", "The 594 desks can be released only when both of these happen: (a) our prototype sign-off after the "
               "BIFMA X5.5 load test at our Pasig showroom, and (b) a revised PO issued for the production quantity, "
               "signed by Mr. Jose Antonio Santos, Purchasing Manager."),
         ("p", "Thank you for your understanding po."),
         ("p", "Kristine Mae Villanueva, Senior Buyer"),
     ], author="Kristine Mae Villanueva"))])

# c16 -- Korean buyer / Vietnamese supplier meeting minutes (PDF)
case("c16_kr_vn_minutes", [],
     "Meeting minutes: 40 samples released, 3,960 not released until written release by Kim Dong-hyun after sample "
     "sign-off; material for 40 only.",
     [("Minutes_HB-SPP_2024-06-12.pdf", pdf([
         ("h1", "Minutes of Meeting"),
         ("p", "Hanbit Electronics / Saigon Precision Plastics - supplier kick-off, bezel & battery door for HB-T8 tablet"),
         ("p", "Date: 12 June 2024, 14:00-16:10 (ICT), Teams + SPP plant, Long Hau IP, Long An. "
               "Attendees: Kim Dong-hyun (HB Purchasing Team Leader), Oh Se-ra (HB Mechanical Eng.), "
               "Vo Thi Lan (SPP Sales), Huynh Tan Phat (SPP Engineering)."),
         ("table", [["No.", "Topic", "Decision / action", "Owner", "Due"],
                    ["1", "Tool status", "T1 done 5 June; gate vestige on B-side 0.3 mm to be reduced to <= 0.15 mm", "Phat", "21 Jun"],
                    ["2", "Sample lot", "40 pcs under PO HB-24-5501 - released", "Lan", "28 Jun"],
                    ["3", "Production 3,960 pcs", "NOT released. Will be released only by written release from Mr. Kim Dong-hyun after sample sign-off", "Kim", "-"],
                    ["4", "Material", "SPP buys PC/ABS (Lupoy GN5001RFH) for the 40 sample pcs only", "Lan", "-"],
                    ["5", "Colour", "Dark grey, DE <= 0.8 vs. master plaque HB-CP-07; texture MT-11020", "Se-ra", "21 Jun"],
                    ["6", "Packaging", "PE bag + tray, 40 pcs per tray, ESD not required", "Phat", "28 Jun"]]),
         ("p", "Next meeting: 26 June 2024, 14:00 (ICT). Minutes by Oh Se-ra; corrections within 2 working days."),
     ], title="Minutes 2024-06-12", author="Oh Se-ra"))])

# c17 -- Taiwanese bicycle buyer forwards an old quote as rfc822, declares it informational (EML)
_c17_old = mail('"Wu Chia-Ming" <cm.wu@changhuagrip.com.tw>', '"Chen Yu-Ting" <yuting.chen@taichungvelo.com.tw>',
                "Quotation CHG-Q-23-410 lock-on grips", "Tue, 14 Nov 2023 11:20:00 +0800",
                """Dear Ms. Chen,

Please find our quotation for the lock-on grip GR-135 (TPR 25A, aluminium lock ring 6061, laser logo):

  Samples (colour/feel):     25 pcs   @ USD 4.20
  Production:             5,000 sets  @ USD 1.35
  Production:            10,000 sets  @ USD 1.22

Lead time production 30 days. Validity 90 days.

Best regards,
Wu Chia-Ming
Changhua Grip Industrial Co., Ltd.
""")
_c17_text = """Dear Mr. Wu,

For reference I forward your quotation from last November (below, as attachment).

FYI only: the 5,000 and 10,000 sets in that quotation are informational and are NOT released. Our new
PO TV-24-0701 covers 25 sample pcs of GR-135 only (colour: stealth black / 2025 team red).

The production quantity stays on hold until our sample sign-off (grip torque test 6 Nm and UV 300 h)
and a written production release, which I will sign myself. Please buy TPR and lock rings for the 25
samples only.

Best regards,
""" + sig("Chen Yu-Ting", "Sourcing Manager", "Taichung Velo Co., Ltd.", "+886 4 2463 5511")
_c17 = mail('"Chen Yu-Ting" <yuting.chen@taichungvelo.com.tw>', '"Wu Chia-Ming" <cm.wu@changhuagrip.com.tw>',
            "Fwd: Quotation CHG-Q-23-410 lock-on grips / new PO TV-24-0701", "Mon, 01 Jul 2024 09:40:00 +0800",
            _c17_text, attachments=[("rfc822", _c17_old)])
case("c17_tw_forward_old_quote", [],
     "Forwarded old quote (rfc822) with 5,000/10,000 declared informational and not released; 25 samples; hold until "
     "sign-off and written release signed by the sender.",
     [("Fwd_Quotation_CHG-Q-23-410.eml", eml_bytes(_c17))])

# c18 -- Thai: supplier assumes roll-over (quoted), buyer corrects it (EML)
_c18_sup = """On 8 Jul 2024, at 10:15, Apinya Ruangsri <apinya@rayongpack.co.th> wrote:
Dear Khun Somchai,

Thank you for PO PP-24-0705 for 30 pcs sample cartons (blister wallet, SBS 350 gsm, UV spot).
To save time, after you approve the samples we will start the 3,000 pcs right away on our
Heidelberg line, so delivery can be in August.

Best regards,
Apinya"""
_c18_text = """Dear Khun Apinya,

Thank you for the quick reply, but please do not plan it that way.

Our sample sign-off does not release the 3,000 pcs. Only the 30 sample cartons under PO PP-24-0705
are released. The 3,000 pcs stay on hold until I send you a written production release, after the
sample sign-off by our Packaging Development team. Please buy board for the 30 samples only.

If August delivery is critical we can talk about a staged material authority, but that would be a
separate written note from me.

Khob khun krub,
""" + sig("Somchai Rattanakul", "Procurement Director", "Siam Herbal Pharma Co., Ltd., Pathum Thani", "+66 2 529 3300") + "\n" + q(_c18_sup)
_c18 = mail('"Somchai Rattanakul" <somchai.r@siamherbal.co.th>', '"Apinya Ruangsri" <apinya@rayongpack.co.th>',
            "RE: PO PP-24-0705 sample cartons", "Mon, 08 Jul 2024 13:02:00 +0700", _c18_text,
            in_reply_to="<20240708101500.apinya@rayongpack.co.th>")
case("c18_th_quoted_rollover_corrected", [],
     "Quoted supplier message assumes sample approval starts 3,000; buyer's reply corrects it: 30 samples only, 3,000 on "
     "hold until written release from the sender (Somchai) after sign-off.",
     [("RE_PO_PP-24-0705.eml", eml_bytes(_c18))])

# c19 -- Korean automotive EDIFACT ORDERS with scope in FTX (TXT)
case("c19_kr_edi_orders", [],
     "EDI ORDERS: QTY 60 sample pcs consistent with FTX; balance 2,940 not released; written release after PPAP sign-off "
     "by Lee Seung-ho.",
     [("ORDERS_KM240903.txt", txt("""
UNA:+.? '
UNB+UNOC:3+KMOBIS7:ZZ+ULSANPRESS:ZZ+240903:0812+KM24090300017'
UNH+1+ORDERS:D:96A:UN'
BGM+220+KM-PO-24-09031+9'
DTM+137:20240903:102'
RFF+CT:KM-BPO-2024-22'
NAD+BY+KMOBIS7::92++Kyungnam Mobility Systems Co. Ltd+Seongsan-gu 55+Changwon++51567+KR'
CTA+PD+:Jeon Hae-won'
NAD+SU+ULSANPRESS::92++Ulsan Press Tech Co. Ltd+Onsan-eup 1200+Ulju-gun++44990+KR'
CUX+2:KRW:9'
LIN+1++KM-RB-55120-T:IN'
IMD+F++:::REINFORCEMENT, B-PILLAR LH, SABC1470'
QTY+21:60:PCE'
PRI+AAA:18400:CT'
DTM+2:20240927:102'
FTX+PUR+++SAMPLE LOT ONLY - 60 PCS RELEASED UNDER THIS ORDER:QUOTED VOLUME 3000 PCS IS INFORMATION ONLY:BALANCE 2940 PCS NOT RELEASED - DO NOT START - MATERIAL FOR 60 PCS ONLY'
FTX+PUR+++BALANCE RELEASED ONLY BY WRITTEN RELEASE AFTER PPAP SIGN-OFF:RELEASE AUTHORITY LEE SEUNG-HO PURCHASING MANAGER'
FTX+DEL+++DELIVER TO CHANGWON PLANT 2 DOCK 7 - RACK TYPE R-55'
UNS+S'
CNT+2:1'
UNT+19+1'
UNZ+1+KM24090300017'
"""))])

# c21 -- multi-file clean bundle: Oracle PO printout + supplier quote PDF + cover email
_c21_quote = pdf([
    ("h1", "QUOTATION SP-2291"),
    ("p", "Tainan Diecast Industrial Co., Ltd. - No. 88, Anhe Rd. Sec. 4, Annan Dist., Tainan 709, Taiwan"),
    ("p", "To: Penang Electronics Assembly Sdn Bhd, attn. Ms. Ooi Mei Fong - Date: 2024-04-02"),
    ("table", [["Item", "Description", "Qty", "Unit price (USD)"],
               ["1", "Die-cast enclosure PEA-ENC-410, ADC12, powder coat RAL 7035, samples", "15 pcs", "48.00"],
               ["2", "Same, production", "6,000 pcs", "11.60"],
               ["3", "Trim die + CNC fixture", "1 set", "9,800.00"]]),
    ("p", "Production lead time 5 weeks from written production release. FOB Kaohsiung."),
    ("p", "Chang Shu-Fen, Sales Manager"),
], title="Quotation SP-2291", author="Tainan Diecast")
_c21_po = txt("""
PENANG ELECTRONICS ASSEMBLY SDN BHD                                   PURCHASE ORDER
Plot 88, Lebuhraya Kampung Jawa, 11900 Bayan Lepas, Penang               Oracle EBS R12.2
-----------------------------------------------------------------------------------------
PO NUMBER : OR-77120             REVISION : 0            DATE : 08-APR-2024
SUPPLIER  : 301147 TAINAN DIECAST INDUSTRIAL CO LTD      SITE : TAINAN-MAIN
BUYER     : OOI MEI FONG                                 TERMS: NET 45
SHIP TO   : PEA BAYAN LEPAS - RECEIVING DOCK 2           FOB  : KAOHSIUNG
-----------------------------------------------------------------------------------------
LINE ITEM            DESCRIPTION                       QTY  UOM   UNIT PRICE      AMOUNT
   1 PEA-ENC-410     DIE-CAST ENCLOSURE ADC12 SAMPLE    15  EA        48.00      720.00
                     RAL 7035, DRW PEA-ENC-410 REV B
   2 PEA-TOOL-410    TRIM DIE + CNC FIXTURE              1  LOT     9800.00     9800.00
-----------------------------------------------------------------------------------------
                                                              TOTAL USD       10520.00
NOTE TO SUPPLIER:
  THIS PO RELEASES THE 15 SAMPLE ENCLOSURES (LINE 1) AND THE TOOLING (LINE 2) ONLY.
  QUOTED PRODUCTION QTY 6,000 EA (QUOTE SP-2291) IS FOR INFORMATION ONLY - NOT RELEASED.
  MATERIAL AUTHORITY: SAMPLE-ONLY.
  BALANCE IS RELEASED ONLY BY A WRITTEN PRODUCTION RELEASE AFTER SAMPLE SIGN-OFF.
  RELEASE AUTHORITY: TAN BOON KIAT, SENIOR PURCHASING MANAGER.
-----------------------------------------------------------------------------------------
PAGE 1 OF 1
""")
_c21_text = """Dear Ms. Chang,

Please find our PO OR-77120 for the 15 sample enclosures and the trim die / fixture. Your quotation
SP-2291 is also in this folder for reference only; as written in the PO note, the 6,000 pcs are not released.

Kindly send the order acknowledgement and the tool design review slides by 15 April.

Thank you and regards,
""" + sig("Ooi Mei Fong", "Buyer, Mechanical Commodities", "Penang Electronics Assembly Sdn Bhd", "+60 4 641 2200")
_c21_mail = mail('"Ooi Mei Fong" <meifong.ooi@pea-penang.com.my>', '"Chang Shu-Fen" <sf.chang@tainandiecast.com.tw>',
                 "PO OR-77120 - PEA-ENC-410 samples + tooling", "Mon, 08 Apr 2024 15:20:00 +0800", _c21_text,
                 html=to_html(_c21_text))
case("c21_my_tw_po_quote_bundle", [],
     "Three-file bundle: Oracle PO (15 samples, 6,000 informational/not released, sample sign-off + written release by "
     "Tan Boon Kiat, material sample-only), the quote, and a cover mail.",
     [("PO_OR-77120.txt", _c21_po), ("Quote_SP-2291.pdf", _c21_quote), ("mail_OR-77120.eml", eml_bytes(_c21_mail))])

# c22 -- Vietnamese furniture buyer: sample approved for fit check only (EML)
_c22_text = """Dear Mr. Wong,

Thank you for sending the 6 sample gas-lift cylinders (class 4, stroke 100 mm, 28 mm taper) so quickly.

Result of our check on 17 July: sample approved for fit check only. The cylinder fits our 680 mm
aluminium base and the mechanism BM-22. This is NOT a production release.

- Released under PO AK-24-118: the 6 samples only.
- Production quantity 3,000 pcs: remains on hold, not released. Please do not start it and do not buy
  tubes or gas for it.
- Still open: durability test EN 1335-2 / BIFMA X5.1 cycle test (approx. 3 weeks).
- After the durability sign-off, the written production release will be sent by Mr. Nguyen Van Thanh,
  Purchasing Director. Only his signed release counts.

Best regards,
""" + sig("Pham Thi Ngoc Anh", "Purchasing Engineer", "An Khang Furniture JSC, VSIP II, Binh Duong", "+84 274 3635 120")
_c22 = mail('"Pham Thi Ngoc Anh" <anh.pham@ankhangfurniture.vn>', '"Wong Kah Wai" <kw.wong@liftec.com.my>',
            "PO AK-24-118 gas-lift samples - fit check result", "Thu, 18 Jul 2024 10:05:00 +0700", _c22_text)
case("c22_vn_fit_check_only", [],
     "'Sample approved for fit check only', not a production release; 6 samples active, 3,000 on hold until durability "
     "sign-off and written release by Nguyen Van Thanh.",
     [("PO_AK-24-118_result.eml", eml_bytes(_c22))])

# c23 -- Japanese consumer-electronics ECN that keeps quantities unchanged (DOCX)
case("c23_jp_ecn_quantities_unchanged", [],
     "ECN changes rib height Rev E->F; states released quantity stays 20 samples, 1,980 on hold pending Rev F sign-off "
     "and written release by Takahashi Kenji.",
     [("ECN-24-077.docx", docx_bytes([
         ("h1", "Engineering Change Notice ECN-24-077"),
         ("p", "Naniwa Audio Corporation - Mechanical Design Dept. - Higashi-Osaka"),
         ("table", [["Item", "Content"],
                    ["Part", "NA-SPK-220 front grille holder, PC/ABS, Rev E -> Rev F"],
                    ["Change", "Rib height 1.2 mm -> 1.5 mm (4 places), boss ID 2.5 -> 2.4 mm for M3 tapping screw"],
                    ["Reason", "Rattle noise at 80 Hz in drop test JIS C 60068-2-31"],
                    ["Supplier", "Dong Nai Precision Moulding Co., Ltd."],
                    ["Effective", "Next samples (Rev F)"]]),
         ("h", "Impact on the order (PO NA-24-3310)"),
         ("p", "This ECN does not change any released quantity. Released remains: 20 sample pcs, now to Rev F."),
         ("p", "The production quantity of 1,980 pcs remains on hold and is not released. It will be released "
               "only after sample sign-off of Rev F by our Mechanical Design Dept. and a written production release from "
               "Mr. Takahashi Kenji, Purchasing Manager."),
         ("p", "Rev E resin already bought for the 20 samples may be used for the Rev F samples. No other material purchase."),
         ("sp",),
         ("p", "Issued: Fujita Mai (Design)    Checked: Ogawa Shun (Design Manager)"),
     ], author="Fujita Mai"))])

# c24 -- Japanese aerospace letter of intent, non-binding and labelled forecast (PDF)
case("c24_jp_letter_of_intent", [],
     "Letter of intent: not a PO, authorizes no production or material; 2,400/year is a labelled forecast.",
     [("LOI_KAW-24-009.pdf", pdf([
         ("h1", "LETTER OF INTENT"),
         ("p", "Kansai Aero Works Co., Ltd. - Procurement Division - Kakamigahara, Gifu"),
         ("p", "Date: 2 October 2024 / Ref.: KAW-24-009"),
         ("p", "To: Mr. Arief Rahman, Managing Director, Batam Aerospace Machining Pte. (Batam, Indonesia)"),
         ("p", "Dear Mr. Rahman,"),
         ("p", "Following your successful audit (AS9100D, 24-25 September), we are pleased to inform you of our "
               "intention to source the seat-track brackets KAW-ST-208 family (12 part numbers) from your company "
               "from 2025."),
         ("p", "Our current forecast is approximately 2,400 brackets per year across the family. This figure is a "
               "forecast only and is not a commitment."),
         ("p", "This letter is not a purchase order. It does not authorize any production, first article work or "
               "purchase of material at our liability. Any order will be placed by a purchase order, and production "
               "will be released in writing by Mr. Nakamura Takeshi, General Manager, Procurement Division."),
         ("p", "We look forward to a long and fruitful relationship."),
         ("p", "Yours sincerely,  Nakamura Takeshi, General Manager, Procurement Division"),
     ], title="Letter of intent KAW-24-009", author="Kansai Aero Works"))])

# c25 -- Malaysian pharma packaging: long quoted thread with forwards, DOCX ack attached, clean
_c25_ack = docx_bytes([
    ("h1", "Order Acknowledgement OA-SBT-24-0419"),
    ("p", "Seremban Blister Tech Sdn Bhd - Lot 3321, Senawang Industrial Park, 70450 Seremban"),
    ("table", [["Customer PO", "Line", "Item", "Qty acknowledged", "Status"],
               ["4800011930", "10", "Blister tray BP-0640 Rev 2, PVC/PVDC 250 um, 6-cavity", "1,500 (sample)", "to make"],
               ["4800011930", "-", "Balance of quoted quantity (58,500)", "0", "not released - on hold"]]),
    ("p", "We acknowledge PO 4800011930 as written: 1,500 sample trays only; film and foil for 1,500 trays only."),
    ("p", "The 58,500 trays will be planned only after your stability sign-off and the written production release from "
          "Puan Nurul Huda binti Ahmad, Head of Procurement."),
    ("p", "Signed: Tan Kok Leong, General Manager"),
], author="Tan Kok Leong")
_c25_buyer1 = """From: Farah Nadia binti Ismail <farah.nadia@nusantarapharma.com.my>
Sent: Friday, 19 April 2024 9:12 AM
To: Tan Kok Leong
Subject: PO 4800011930 - BP-0640 sample trays

Dear Mr. Tan,

Our PO 4800011930 is for 1,500 sample trays of BP-0640 Rev 2 for the stability batch (ICH Q1A,
zone IVb). The remaining 58,500 trays in your quotation SBT-Q-24-066 are not released; please do not
buy film or foil for them.

They will be released only by a written production release from Puan Nurul Huda binti Ahmad,
Head of Procurement, after our 3-month stability sign-off.

Regards,
Farah Nadia"""
_c25_sup1 = """From: Tan Kok Leong <kl.tan@sbtblister.com.my>
Sent: Monday, 22 April 2024 4:40 PM
To: Farah Nadia binti Ismail
Subject: RE: PO 4800011930 - BP-0640 sample trays

Dear Puan Farah,

Noted with thanks. Our acknowledgement OA-SBT-24-0419 is attached. Forming tool BP-0640-T2 is ready;
sample run planned 6 May on line F3 (Uhlmann). PVC/PVDC film lot from Klockner, CoA to follow.

Tan Kok Leong

""" + q(_c25_buyer1)
_c25_buyer2 = """From: Farah Nadia binti Ismail
Sent: Tuesday, 23 April 2024 8:55 AM
To: Tan Kok Leong
Cc: Logistics NPM
Subject: RE: PO 4800011930 - BP-0640 sample trays

Thank you Mr. Tan. Forwarding to our logistics team for the delivery slot.
Please deliver to Bangi warehouse, bay 4, Mon-Thu 8am-3pm only. Pallet height max 1.2 m, heat-treated
pallets ISPM 15. Kindly send the packing list 2 days before.

Farah

""" + q(_c25_sup1)
_c25_text = """Dear Puan Farah, dear logistics team,

Noted on the delivery window. We will deliver the 1,500 sample trays on Thursday 9 May, 10 am,
2 pallets, packing list by Tuesday 7 May. COA and dimensional report (AQL 0.65, 80 pcs measured)
will be in the envelope on pallet 1.

For good order: we keep the 58,500 trays on hold and will wait for the written release from
Puan Nurul Huda after your stability sign-off.

Best regards,
Tan Kok Leong
General Manager, Seremban Blister Tech Sdn Bhd
+60 6 677 4120

""" + q(_c25_buyer2)
_c25 = mail('"Tan Kok Leong" <kl.tan@sbtblister.com.my>', '"Farah Nadia binti Ismail" <farah.nadia@nusantarapharma.com.my>',
            "RE: PO 4800011930 - BP-0640 sample trays", "Fri, 03 May 2024 11:18:00 +0800", _c25_text,
            cc="logistics@nusantarapharma.com.my",
            attachments=[("OA-SBT-24-0419.docx", _c25_ack, DOCX_MT)], in_reply_to="<npm-4800011930-3@nusantarapharma.com.my>")
case("c25_my_pharma_long_thread", [],
     "Long quoted thread: buyer scopes 1,500 sample trays, 58,500 not released until written release by Nurul Huda after "
     "stability sign-off; supplier ack (DOCX) restates it; logistics chatter.",
     [("RE_PO_4800011930.eml", eml_bytes(_c25))])


# =================================================================== POSITIVE

# p01 -- Korean CE buyer PO: 20 samples, quote reference table with 5,000 production, nothing on hold
case("p01_kr_po_quote_reference", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 20 sample bezels lists the quote's 5,000 mass-production tier beside it with no informational/not-released "
     "wording; no hold, no unlock event, no release person.",
     [("PO_DS-24-0419.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Daesung Digital Co., Ltd. - 17 Samsung-ro 168beon-gil, Yeongtong-gu, Suwon-si, Gyeonggi-do 16677"),
         ("table", [["PO No.", "Date", "Supplier", "Buyer"],
                    ["DS-24-0419", "2024-04-19", "Seohan Mold Tech Co., Ltd.", "Yoon Ji-woo (ext. 4412)"]]),
         ("sp",),
         ("table", [["No.", "Part No.", "Description", "Qty", "Unit price (KRW)", "Amount (KRW)"],
                    ["1", "DS-BZ-1100", "Front bezel, PC+ABS, black high gloss, sample", "20 ea", "4,800", "96,000"]]),
         ("sp",),
         ("h", "Quotation reference (Q-KR-2291)"),
         ("table", [["Item", "Qty", "Unit price (KRW)"],
                    ["Sample", "20 ea", "4,800"],
                    ["Mass production", "5,000 ea", "1,350"],
                    ["Tooling (paid separately, PO DS-24-0402)", "1 set", "18,500,000"]]),
         ("p", "Delivery: by 2024-05-20 to Daesung Digital R&D Center, Suwon, 3F incoming inspection."),
         ("p", "Inspection per DS-QS-100 rev 7 (appearance class A surface, gloss >= 90 GU at 60 deg). "
               "Please attach the dimensional report (CMM) for 5 pcs."),
         ("p", "Payment: 30 days after inspection pass. Thank you for your cooperation."),
     ], title="PO DS-24-0419", author="Daesung Digital"))])

# p02 -- Vietnamese solar EPC / extruder Zalo chat: supplier has ordered billet for all 3.000 rails
case("p02_vn_zalo_billet_full", ["RG006"],
     "Buyer's chat scope is complete (50 sample rails, 2.950 on hold, release by Pham Minh Tuan after sign-off); supplier "
     "reports billet already ordered for the full 3.000 rails with no material authority.",
     [("Zalo_chat_SaoMai_NhomViet.txt", txt("""
Zalo - Xuat tin nhan / Export messages
Cuoc tro chuyen: Sao Mai Solar x Nhom Viet - Du an Ninh Thuan 2
Xuat ngay: 22/07/2024 17:05

[15/07/2024 09:01] Đặng Thu Hà (Sao Mai Solar - Procurement): Chào anh Khoa, em gửi PO SMS-24-088 qua mail rồi ạ.
[15/07/2024 09:02] Đặng Thu Hà (Sao Mai Solar - Procurement): PO chỉ cho 50 thanh mẫu (50 sample rails, profile SM-R40, 6005-T5, dài 4.400 mm).
[15/07/2024 09:03] Đặng Thu Hà (Sao Mai Solar - Procurement): 2.950 thanh còn lại chưa release nha anh - balance 2.950 on hold. Chỉ release sau khi bên em sign-off mẫu (test tải gió theo IEC 61215 + đo độ dày anode 15 µm), và anh Phạm Minh Tuấn (Procurement Manager) gửi written release.
[15/07/2024 09:10] Khoa (Nhôm Việt - Sales): Dạ em nhận chị. Mẫu giao 29/07 được không ạ?
[15/07/2024 09:11] Đặng Thu Hà (Sao Mai Solar - Procurement): Ok anh, 29/07 giao về kho Phan Rang giúp em.
[18/07/2024 14:22] Khoa (Nhôm Việt - Sales): Chị ơi khuôn đùn SM-R40 test xong rồi, hình mẫu em gửi qua mail.
[18/07/2024 14:25] Đặng Thu Hà (Sao Mai Solar - Procurement): Đẹp quá anh 👍 Em chuyển cho team kỹ thuật xem.
[22/07/2024 16:48] Khoa (Nhôm Việt - Sales): Dạ em báo chị luôn: bên em đã đặt phôi nhôm 6005 đủ cho cả 3.000 thanh rồi ạ (khoảng 38 tấn), vì giá LME đang lên, đặt sớm để giữ giá cho dự án mình.
[22/07/2024 16:49] Khoa (Nhôm Việt - Sales): Phôi về kho tuần sau, em để sẵn đó, khi nào chị release là đùn liền.
[22/07/2024 16:55] Đặng Thu Hà (Sao Mai Solar - Procurement): Em sẽ báo lại anh Tuấn ạ.
"""))])

# p03 -- Japanese supplier reply: after FAI approval it moves straight into serial production
_p03_quoted = """-----Original Message-----
From: Jung Hyun-woo <hw.jung@sacheonaero.co.kr>
Sent: Tuesday, June 11, 2024 5:02 PM
To: Kanto Seimitsu Sales <sales@kanto-seimitsu.co.jp>
Subject: PO SAP-24-0611 FAI brackets

Dear Sirs,

Please find PO SAP-24-0611 for five (5) first article pieces of the bracket SAP-BR-7741 Rev B
(Ti-6Al-4V, AMS 4911), with full AS9102 FAI.

The production quantity of 800 pcs in your quotation KS-2405-19 is not released. It can be
released only after our FAI sign-off and a revised PO for the production quantity, signed by
me. Please buy material for the 5 FAI pieces only.

Best regards,
Jung Hyun-woo
Procurement Team Manager, Sacheon Aero Parts Co., Ltd."""
_p03_text = """Dear Mr. Jung,

We deeply appreciate your kind order and the trust you place in our company.

We have received your purchase order SAP-24-0611 for five (5) first article pieces, and we are
preparing the titanium bar stock and the 5-axis program. The FAI pieces will be shipped on 12 July
with the AS9102 forms and the mill certificates.

In order to meet your launch schedule, upon your acceptance of the first articles we shall move
directly into serial production of the 800 pcs, without waiting for further paperwork. We believe
this will save about three weeks, and we hope it is convenient for you.

If you have any questions, please do not hesitate to contact us.

Yours faithfully,
""" + sig("Ishikawa Ryo", "Sales Section Chief", "Kanto Seimitsu Kogyo Co., Ltd., Sagamihara", "+81 42 778 3361") + "\n" + q(_p03_quoted)
_p03 = mail('"Ishikawa Ryo" <r.ishikawa@kanto-seimitsu.co.jp>', '"Jung Hyun-woo" <hw.jung@sacheonaero.co.kr>',
            "RE: PO SAP-24-0611 FAI brackets", "Wed, 12 Jun 2024 10:30:00 +0900", _p03_text,
            in_reply_to="<sap-24-0611@sacheonaero.co.kr>")
case("p03_jp_supplier_fai_rollover", ["RG007"],
     "Supplier says that on acceptance of the first articles it will move directly into serial production of the 800 pcs "
     "without further paperwork; quoted buyer PO requires FAI sign-off + revised PO by the sender.",
     [("RE_PO_SAP-24-0611.eml", eml_bytes(_p03))])

# p04 -- Malaysian bicycle buyer: Infor printout says 24 samples, cover mail says 30 (two files)
_p04_po = txt("""
PBK CYCLES SDN BHD                                                        Infor LN 10.7
Plot 201, Lorong Perusahaan Maju 8, Prai Industrial Estate, 13600 Prai
=========================================================================================
PURCHASE ORDER      : PBK-240715                  Order date   : 15-07-2024
Buy-from supplier   : 40012  FENG YI METAL INDUSTRY CO., LTD. (CHANGHUA, TW)
Purchase office     : PO-PEN          Buyer : NURUL AIN BT HASSAN
Currency            : USD             Terms : T/T 30 DAYS
=========================================================================================
Pos  Item               Description                          Ordered   Unit   Price    Amount
---  -----------------  -----------------------------------  -------  -----  ------  --------
 10  PBK-SC-349-BLK     SEATPOST CLAMP 34.9 MM, AL6061,           24   pcs     6.80    163.20
                        ANODIZED BLACK, M5 TI BOLT
                        SAMPLE LOT
---  -----------------  -----------------------------------  -------  -----  ------  --------
                                                                    Order total USD   163.20
Text:
  SAMPLE ORDER. ONLY POSITION 10 IS RELEASED.
  BALANCE OF 976 PCS FROM QUOTE FY-Q-2407 IS NOT RELEASED - DO NOT PRODUCE, DO NOT BUY
  MATERIAL FOR IT.
  BALANCE WILL BE RELEASED ONLY BY WRITTEN PRODUCTION RELEASE AFTER SAMPLE SIGN-OFF
  (TORQUE TEST 6 NM, SALT SPRAY 48 H). RELEASE AUTHORITY: ENCIK FAIZAL RAHMAN,
  PURCHASING MANAGER.
=========================================================================================
""")
_p04_text = """Dear Mr. Hsu,

Good afternoon. Attached is our PO PBK-240715 for the 30 sample pcs of the seatpost clamp
PBK-SC-349-BLK (34.9 mm, black anodized, titanium M5 bolt).

As usual, the production balance is not released; Encik Faizal will send the written release after
the sample sign-off. Please ship the samples by air (DHL account 9517 2204) before 9 August.

Thank you and best regards,
""" + sig("Nurul Ain binti Hassan", "Buyer", "PBK Cycles Sdn Bhd, Prai, Penang", "+60 4 507 3390")
_p04 = mail('"Nurul Ain binti Hassan" <nurulain@pbkcycles.com.my>', '"Hsu Kuan-Ting" <kt.hsu@fengyi-metal.com.tw>',
            "PO PBK-240715 seatpost clamp samples", "Mon, 15 Jul 2024 14:12:00 +0800", _p04_text,
            html=to_html(_p04_text))
case("p04_my_bike_24_vs_30", ["RG011"],
     "Same order: PO printout releases 24 sample pcs, the buyer's cover mail calls it 30 sample pcs; scope otherwise complete.",
     [("PO_PBK-240715.txt", _p04_po), ("mail_PBK-240715.eml", eml_bytes(_p04))])

# p05 -- Indonesian office-furniture buyer: down payment treated as the production release (full-quantity PO)
_p05_text = """Dengan hormat Bapak Hendra,

Bersama ini kami informasikan (we would like to inform you) that the down payment of 30% for our
PO KO-24-301 has been transferred today, Rp 97.200.000, via BCA, ref. 0920/KO/DP.

PO KO-24-301 is for the full quantity of 450 units office desk MJ-DK-1400 (1400 x 700 mm, leg frame
powder coat RAL 9005, top HPL 25 mm) - there is no sample lot and no further lot under this PO.

With this DP received on your side, kindly take it as the production release and start the 450
units immediately, so that delivery to our Surabaya project can be done before 15 November.

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,
""" + sig("Siti Maemunah", "Purchasing Supervisor", "PT Mebel Jaya Abadi, Sidoarjo", "+62 31 896 1177")
_p05 = mail('"Siti Maemunah" <siti.m@mebeljaya.co.id>', '"Hendra Wijaya" <hendra@bajakursi.co.id>',
            "DP PO KO-24-301 sudah ditransfer", "Fri, 20 Sep 2024 15:35:00 +0700", _p05_text, html=to_html(_p05_text))
case("p05_id_down_payment_start", ["RG012"],
     "Buyer treats the 30% down payment as the production release for a full-quantity PO of 450 desks.",
     [("mail_KO-24-301.eml", eml_bytes(_p05))])

# p06 -- Thai cosmetics buyer: forecast written as the firm order for the year (DOCX)
case("p06_th_forecast_as_firm", ["RG008"],
     "Buyer letter calls the 2025 figure a forecast from the marketing plan and in the same breath asks the supplier to "
     "treat it as the firm order for the year.",
     [("SBP_letter_2024-11-04.docx", docx_bytes([
         ("h1", "Siam Beauty Products Co., Ltd."),
         ("p", "88/12 Moo 4, Bangna-Trad Road km 23, Bang Sao Thong, Samut Prakan 10570"),
         ("p", "4 November 2024"),
         ("p", "To: Khun Wanchai Prasert, Sales Manager, Bangkok Glass & PET Co., Ltd."),
         ("h", "Subject: 2025 requirement - 30 ml airless bottle AB-030-WHT"),
         ("p", "Dear Khun Wanchai,"),
         ("p", "Thank you for your support during the 2024 launch of our Serum Botanica line. For 2025 our marketing "
               "plan foresees strong growth. Please find our forecast by quarter:"),
         ("table", [["Item", "Q1", "Q2", "Q3", "Q4", "Total 2025"],
                    ["AB-030-WHT airless 30 ml, white PP, pump 0.2 ml", "25,000", "30,000", "30,000", "35,000", "120,000"]]),
         ("p", "To secure your capacity and the resin price, please treat this 120,000 pcs forecast as our firm order "
               "for 2025 and plan your production capacity accordingly. Call-off dates will be given monthly by our planner."),
         ("p", "Pricing as per your quotation BGP-Q-24-311 (tier 100k+)."),
         ("sp",),
         ("p", "Best regards,"),
         ("p", "Nattaya Boonmee, Senior Buyer, on behalf of Khun Pimchanok Srisuk, Procurement Manager"),
     ], author="Nattaya Boonmee"))])

# p07 -- Japanese release letter: 'approved' used for the commercial decision and for the samples (PDF)
case("p07_jp_release_approved_twice", ["RG009"],
     "Release letter uses 'approved' both for the management/ringi decision on the quotation (commercial) and for the QA "
     "sample result (technical); full 2,000 pcs released by a named person.",
     [("YK-24-088_letter.pdf", pdf([
         ("h1", "Notice of Production Release No. YK-24-088"),
         ("p", "Yokohama Kiki Co., Ltd. - Procurement Department - 2-5 Suehiro-cho, Tsurumi-ku, Yokohama 230-0045"),
         ("p", "4 July 2024"),
         ("p", "To: Mr. Le Van Hung, Director, Hai Phong Precision Stamping Co., Ltd."),
         ("p", "Dear Mr. Le,"),
         ("p", "We sincerely thank you for your great efforts on the terminal bracket YK-TB-310 Rev A."),
         ("p", "We are pleased to inform you that your quotation HPS-Q-0522 was approved by our management on 2 July "
               "(ringi No. R-24-0177), and that the samples were approved by our Quality Assurance Department on "
               "28 June (inspection report QA-24-0628, 32 characteristics OK)."),
         ("table", [["PO", "Part", "Quantity released", "Delivery"],
                    ["YK-24-0610 (line 2)", "YK-TB-310 Rev A, SPCC t1.0, Ni plating", "2,000 pcs", "2 lots, 19 Aug / 2 Sep 2024"]]),
         ("p", "Therefore production is released for 2,000 pcs, which is the full quantity of PO YK-24-0610 line 2. "
               "No further quantity exists under this PO."),
         ("p", "Released by: Ono Masahiro, Manager, Procurement Department."),
         ("p", "We look forward to your continued cooperation."),
     ], title="Production Release YK-24-088", author="Yokohama Kiki"))])

# p08 -- Filipino thread: buyer answers 'may we proceed?' with an unscoped 'push through'
_p08_po = """On Mon, May 20, 2024 at 9:03 AM Maricel dela Cruz <maricel.delacruz@lagunaauto.ph> wrote:
Hi Sir Jun,

PO LAG-24-0520 is for 100 pcs sample grommets only (P/N LA-GR-2231, EPDM 60 Shore A, per dwg
Rev A). The balance of 9,900 pcs in your quotation is not released. It will be released only by a
written release from me after our PPAP sign-off. Material for the 100 samples only, please.

Thanks po,
Maricel dela Cruz
Purchasing Manager, Laguna Auto Components Inc."""
_p08_sup = """On Tue, Jun 4, 2024 at 3:47 PM Jun Villareal <jun.villareal@sprubber.com.ph> wrote:
Good day Ma'am Maricel,

We've received the Rev B drawing with the updated hardness (60 +/- 5 Shore A, was 55) and the new
groove width 2.4 mm. Our mould shop can modify the cavity insert this week.

May we proceed?

Regards,
Jun Villareal
Sales Engineer, Southern Philippines Rubber Corp.

""" + q(_p08_po)
_p08_text = """Hi Sir Jun,

Yes, all good on our side, you can push through na po. Thanks for the fast response!

Maricel

""" + q(_p08_sup)
_p08 = mail('"Maricel dela Cruz" <maricel.delacruz@lagunaauto.ph>', '"Jun Villareal" <jun.villareal@sprubber.com.ph>',
            "RE: Rev B drawing LA-GR-2231 grommet", "Tue, 04 Jun 2024 16:20:00 +0800", _p08_text,
            in_reply_to="<jun-0604@sprubber.com.ph>")
case("p08_ph_push_through", ["RG002"],
     "Supplier asks 'May we proceed?' after a drawing change; buyer answers 'you can push through' with no quantity and no "
     "sample-only scope; quoted PO scope is otherwise complete.",
     [("RE_Rev_B_drawing_LA-GR-2231.eml", eml_bytes(_p08))])

# p09 -- Malaysian semiconductor buyer: 'a few samples' with no quantity
_p09_text = """Hi Mr. Lee,

Hope you are doing well.

Could you make a few samples of the test socket lid KS-2210 Rev A (PEEK, drawing attached earlier)
for our evaluation? Whatever quantity you think is enough for the fit check on the handler and the
thermal cycling test (-40 / +125 C) will be fine with us.

The production quantity of 300 pcs in your quotation is not released and stays on hold until our
engineering sign-off; after that Puan Aisyah Kamal (Procurement Manager) will issue the written
production release. Material only for the samples, please.

A PO for the sample cost will follow from our system this week.

Thanks & regards,
""" + sig("Goh Wei Jie", "Test Engineering", "Kulim Semiconductor Test Sdn Bhd, Kulim Hi-Tech Park", "+60 4 403 2277")
_p09 = mail('"Goh Wei Jie" <weijie.goh@kst-kulim.com.my>', '"Lee Chong Wei" <cw.lee@precisionworks.com.my>',
            "KS-2210 socket lid - samples for evaluation", "Wed, 14 Aug 2024 11:02:00 +0800", _p09_text,
            html=to_html(_p09_text))
case("p09_my_few_samples_no_qty", ["RG010"],
     "Buyer authorizes 'a few samples' / 'whatever quantity you think is enough' - no active quantity; hold, unlock event "
     "and named release person are stated.",
     [("mail_KS-2210_samples.eml", eml_bytes(_p09))])

# p10 -- Vietnamese ERP PO: sample lot without a piece count, balance on hold until further notice (TXT)
case("p10_vn_erp_until_further_notice", ["RG004", "RG005", "RG010"],
     "ERP PO: sample line is '1 LOT' with no piece count; production 2.000 pcs on hold 'until further notice' - no unlock "
     "event and no release person.",
     [("PO_TN-24-0902.txt", txt("""
CONG TY CO PHAN XE DAP THONG NHAT                         DON DAT HANG / PURCHASE ORDER
Lo C3, KCN Song Than 2, Di An, Binh Duong                  So / No.   : TN-24-0902
MST: 3701234567                                            Ngay / Date: 02/09/2024
                                                           Bravo ERP 8 - module Mua hang
Nha cung cap / Supplier : NCC-0188 CONG TY TNHH CO KHI MINH PHAT
Nguoi mua / Buyer       : Tran Thi Hoa
Tien te / Currency      : VND

STT  Ma hang        Dien giai / Description                 DVT   SL        Don gia        Thanh tien
---  -------------  --------------------------------------  ----  ----  -------------  -------------
 1   TN-CR-170-D    Crank arm 170 mm, Al 6061-T6 forged,    LOT     1      3.500.000      3.500.000
                    anodized black 15 um - mau thu
                    (sample lot)
---  -------------  --------------------------------------  ----  ----  -------------  -------------
                                                    Cong / Total (chua VAT)             3.500.000
                                                    VAT 10%                               350.000
                                                    Tong cong                           3.850.000

Ghi chu / Remarks:
  - Don hang nay chi cho lo mau (sample lot only).
  - San luong 2.000 pcs theo bao gia MP-BG-2408: ON HOLD until further notice.
    Khong san xuat, khong mua vat tu cho san luong nay.
  - Giao hang / Delivery: 20/09/2024, kho Song Than 2.
  - Tieu chuan / Standard: ISO 4210-8:2023 (pedal/crank fatigue), drawing TN-CR-170 rev D.

Lap phieu / Prepared: Tran Thi Hoa          Duyet / Checked: Ke toan truong
"""))])

# p11 -- KakaoTalk: buyer casually asks the supplier to secure compound for the full 6,000 ea, paperwork later
case("p11_kr_kakao_compound_full", ["RG006"],
     "Buyer's chat scope is complete (30 ea samples, 5,970 not released, release by Choi Sung-min after PPAP sign-off) but "
     "the buyer then asks the supplier to secure compound for all 6,000 ea with 'paperwork later'; supplier orders it.",
     [("KakaoTalk_20240809_SeoilRubber.txt", txt("""
서일고무 님과 카카오톡 대화
저장한 날짜 : 2024-08-09 17:32:10

--------------- 2024년 8월 5일 월요일 ---------------
[최성민 구매팀장] [오전 9:02] 안녕하세요 박 부장님, PO DY-24-0805 메일로 보냈습니다.
[최성민 구매팀장] [오전 9:03] 샘플 30 ea만 진행입니다 (30 ea samples only). 도어 웨더스트립 DY-WS-5521 rev C.
[최성민 구매팀장] [오전 9:03] 양산 5,970 ea는 not released 입니다. PPAP sign-off 후에 제가 written release 드릴 때까지 hold 해주세요.
[박정호 부장] [오전 9:10] 네 팀장님, 잘 받았습니다. 샘플 8/23까지 납품 가능합니다.
[최성민 구매팀장] [오전 9:11] 좋습니다 👍
--------------- 2024년 8월 7일 수요일 ---------------
[박정호 부장] [오후 2:15] 팀장님, EPDM 컴파운드 (KEP-570 베이스) 리드타임이 지금 10주라고 합니다.
[최성민 구매팀장] [오후 2:31] 아 그래요? 그럼 컴파운드는 전체 6,000 ea 분량으로 미리 잡아두세요. 양산 일정 밀리면 안되니까요.
[최성민 구매팀장] [오후 2:31] 서류는 나중에 정리하죠 ^^
[박정호 부장] [오후 2:40] 네 알겠습니다. 6,000 ea분 (약 1.9톤) 오늘 발주 넣겠습니다.
--------------- 2024년 8월 9일 금요일 ---------------
[박정호 부장] [오후 4:58] 팀장님, 컴파운드 6,000 ea분 발주 완료했습니다. 샘플은 일정대로 진행중입니다.
[최성민 구매팀장] [오후 5:05] 수고하셨습니다~
"""))])

# p12 -- Taiwanese CE buyer: 'as soon as RD signs off the samples, just go ahead, no paper from me'
_p12_po = """On 2024/08/01 10:20, Chang Wei-Lun wrote:
Dear Linh,

PO HE-24-0801 is attached: 12 sample pcs of the charger enclosure HE-CH-65W (PC V-0, white).
The balance of 1,188 pcs from your quotation is not released and stays on hold until our sample
sign-off and a written production release signed by me.

Best regards,
Chang Wei-Lun
Procurement Manager, Hsinchu Energy Devices Co., Ltd."""
_p12_text = """Hi Linh,

Thanks for the update and the photos - the gloss looks much better after the mould polish.

Our schedule with the customer is now very tight (EVT build moved to 9 Sep). So as soon as our RD
engineers sign off the samples, just go ahead with mass production - no need to wait for a paper
from me. I will tidy up the documents afterwards.

Please keep me posted on the shipping date of the 12 samples.

Best regards,
""" + sig("Chang Wei-Lun", "Procurement Manager", "Hsinchu Energy Devices Co., Ltd.", "+886 3 578 2299") + "\n" + q(_p12_po)
_p12 = mail('"Chang Wei-Lun" <wl.chang@hsinchu-energy.com.tw>', '"Vu Thuy Linh" <linh.vu@bacninhplastics.vn>',
            "RE: PO HE-24-0801 charger enclosure samples", "Thu, 15 Aug 2024 18:40:00 +0800", _p12_text,
            html=to_html(_p12_text), in_reply_to="<he-24-0801@hsinchu-energy.com.tw>")
case("p12_tw_go_ahead_no_paper", ["RG002", "RG007"],
     "Release authority says that after RD sample sign-off the supplier should 'just go ahead with mass production' without "
     "his written release - unscoped go-ahead and implied auto-conversion contradicting his own PO.",
     [("RE_PO_HE-24-0801.eml", eml_bytes(_p12))])

# p13 -- Indonesian stamping PO: header says 25 sample pcs, line table says 20 (PDF)
case("p13_id_po_header_vs_line", ["RG011"],
     "One PO document states the sample quantity as 25 pcs in the header and 20 pcs in the order line; hold, unlock event "
     "and release person are stated.",
     [("PO_KJ-24-0711.pdf", pdf([
         ("h1", "PURCHASE ORDER KJ-24-0711"),
         ("p", "PT Kencana Jaya Autoparts - Jl. Jababeka XII Blok V-21, Cikarang Utara, Bekasi 17530"),
         ("table", [["Supplier", "PT Presisi Logam Mandiri, Karawang"],
                    ["Date", "11 July 2024"],
                    ["Part", "KJ-BRK-0931 Bracket muffler hanger, SAPH440 t2.6, drawing rev B"],
                    ["Sample quantity (ISIR)", "25 pcs"],
                    ["Quotation", "PLM/Q/24/155"]]),
         ("sp",),
         ("table", [["Line", "Description", "Scope", "Qty", "Unit price (IDR)", "Amount (IDR)"],
                    ["1", "KJ-BRK-0931 rev B, e-coat black 20 um", "Sample (ISIR)", "20 pcs", "42,000", "840,000"]]),
         ("h", "Catatan / Notes"),
         ("p", "Only the ISIR samples are released by this PO. The production quantity of 8,000 pcs per month in the "
               "quotation is not released and must not be started; material for the samples only."),
         ("p", "Production will be released only by a written release from Bapak Agus Wibowo, Purchasing Manager, "
               "after ISIR sign-off by our Quality department."),
         ("p", "Delivery: 31 July 2024, PT Kencana Jaya receiving area 2. ISIR documents per KJ-QP-07."),
         ("p", "Prepared by: Dian Permatasari, Buyer"),
     ], title="PO KJ-24-0711", author="PT Kencana Jaya"))])

# p14 -- Thai bottle supplier: deposit = order confirmed and production start, 50,000 scheduled
_p14_po = """From: Nattaya Boonmee <nattaya.b@siambeauty.co.th>
Sent: Monday, 15 July 2024 09:30
To: Wanchai Prasert
Subject: PO SBP-24-144 - 500 sample bottles BT-100-FRS

Dear Khun Wanchai,

Our PO SBP-24-144 covers 500 sample bottles BT-100-FRS (100 ml, frosted PET) only, for our filling
trial. The remaining 49,500 bottles in your quotation are not released. Khun Pimchanok Srisuk,
Procurement Manager, will send the written production release after the filling-trial sign-off.

The 30% deposit on the tooling and samples will be paid this week as per your terms.

Best regards,
Nattaya"""
_p14_text = """Dear Khun Nattaya,

Thank you very much for the deposit 30% received today (THB 186,000).

As per our company terms (clause 4 of our quotation), receipt of the deposit means the order is
confirmed and production starts. So we have scheduled the 50,000 pcs BT-100-FRS on injection
stretch blow moulding line 3 for week 32, right after the samples, to give you the shortest lead time.

We will send the production plan on Friday.

Best regards,
""" + sig("Wanchai Prasert", "Sales Manager", "Bangkok Glass & PET Co., Ltd., Samut Sakhon", "+66 34 440 918") + "\n" + q(_p14_po)
_p14 = mail('"Wanchai Prasert" <wanchai@bkkglasspet.co.th>', '"Nattaya Boonmee" <nattaya.b@siambeauty.co.th>',
            "RE: PO SBP-24-144 - 500 sample bottles BT-100-FRS", "Thu, 18 Jul 2024 14:05:00 +0700", _p14_text,
            in_reply_to="<sbp-24-144@siambeauty.co.th>")
case("p14_th_deposit_confirms_production", ["RG012"],
     "Supplier reads the deposit as order confirmation and production start and schedules all 50,000 bottles; quoted "
     "buyer PO released 500 samples only with hold, event and named release person.",
     [("RE_PO_SBP-24-144.eml", eml_bytes(_p14))])

# p15 -- Malaysian rubber seals: mail with PO (200 samples) and quote (20,000) attached, nothing else
_p15_po = pdf([
    ("h1", "PURCHASE ORDER KSR-24-0330"),
    ("p", "Kedah Seal & Rubber Sdn Bhd - Lot 1098, Kawasan Perindustrian Bakar Arang, 08000 Sungai Petani"),
    ("table", [["Vendor", "Date", "Terms"], ["Ipoh Elastomer Industries Sdn Bhd", "30.03.2024", "60 days"]]),
    ("sp",),
    ("table", [["No", "Item", "Description", "Qty", "U/Price (MYR)", "Amount (MYR)"],
               ["1", "KSR-TC-35527", "Oil seal TC 35x52x7, NBR 70, spring SUS304 - samples", "200 pcs", "1.45", "290.00"]]),
    ("p", "Delivery: 3 weeks. Test report: hardness, tensile, compression set (ASTM D395 method B, 22 h at 100 C)."),
], title="PO KSR-24-0330", author="Kedah Seal & Rubber")
_p15_quote = pdf([
    ("h1", "QUOTATION IEI-Q-24-0219"),
    ("p", "Ipoh Elastomer Industries Sdn Bhd - Jalan Kuala Kangsar, 30010 Ipoh, Perak"),
    ("table", [["Item", "Description", "Qty", "Unit price (MYR)"],
               ["1", "Oil seal TC 35x52x7 NBR 70 - samples", "200 pcs", "1.45"],
               ["2", "Oil seal TC 35x52x7 NBR 70 - mass production", "20,000 pcs", "0.38"],
               ["3", "Mould 8-cavity", "1 set", "6,800.00"]]),
    ("p", "Mass production lead time 4 weeks. Validity 60 days."),
], title="Quotation IEI-Q-24-0219", author="Ipoh Elastomer")
_p15_text = """Dear Ms. Tan,

Please find attached our PO KSR-24-0330 for 200 pcs samples of the oil seal TC 35x52x7, together
with your quotation IEI-Q-24-0219 as discussed in our call on Thursday.

Kindly deliver within 3 weeks to our Sungai Petani plant and send the test report with the goods.

Thank you.

Regards,
""" + sig("Mohd Hafiz bin Razak", "Purchasing Executive", "Kedah Seal & Rubber Sdn Bhd", "+60 4 441 5520")
_p15 = mail('"Mohd Hafiz bin Razak" <hafiz@kedahseal.com.my>', '"Tan Li Ying" <liying.tan@ipohelastomer.com.my>',
            "PO KSR-24-0330 - oil seal TC 35x52x7 samples", "Sat, 30 Mar 2024 10:12:00 +0800", _p15_text,
            html=to_html(_p15_text),
            attachments=[("PO_KSR-24-0330.pdf", _p15_po, PDF_MT), ("Quotation_IEI-Q-24-0219.pdf", _p15_quote, PDF_MT)])
case("p15_my_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 200 pcs sent with the supplier quote (20,000 pcs mass production) attached; nothing says "
     "the 20,000 is informational or not released; no unlock event or release person.",
     [("PO_KSR-24-0330.eml", eml_bytes(_p15))])

# p16 -- Korean buyer forecast (labelled) + supplier acknowledges it as a firm order (two files)
_p16_fc = pdf([
    ("h1", "Supply Plan 2025 H1 - FORECAST"),
    ("p", "Dongyang Auto Parts Co., Ltd. - SCM Team - Asan, Chungcheongnam-do"),
    ("p", "Issued 2024-10-28 to: Seoil Rubber Co., Ltd."),
    ("table", [["Part", "Description", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"],
               ["DY-WS-5521", "Door weatherstrip FR LH", "3,000", "3,000", "3,000", "3,000", "3,000", "3,000", "18,000"],
               ["DY-WS-5522", "Door weatherstrip FR RH", "3,000", "3,000", "3,000", "3,000", "3,000", "3,000", "18,000"]]),
    ("p", "This is a forecast for capacity planning only. It is not a purchase order and does not authorize production "
          "or material purchase. Orders are placed monthly by PO; production is released in writing by Choi Sung-min, "
          "Purchasing Team Leader."),
], title="Supply Plan 2025 H1", author="Dongyang Auto Parts SCM")
_p16_text = """Dear Team Leader Choi,

Thank you for sending the supply plan for 2025 H1.

We are pleased to confirm your firm order of 36,000 ea in total (DY-WS-5521 18,000 ea, DY-WS-5522
18,000 ea) for January to June 2025. We have entered it in our ERP as confirmed orders and reserved
extrusion line 2 for you from the first week of January.

Please let us know if the monthly split changes.

Best regards,
""" + sig("Park Jung-ho", "General Manager, Sales", "Seoil Rubber Co., Ltd., Gimhae", "+82 55 338 4100")
_p16 = mail('"Park Jung-ho" <jh.park@seoilrubber.co.kr>', '"Choi Sung-min" <sm.choi@dongyangauto.co.kr>',
            "RE: Supply Plan 2025 H1", "Wed, 30 Oct 2024 09:15:00 +0900", _p16_text)
case("p16_kr_forecast_acknowledged_firm", ["RG008"],
     "Buyer's document is a clearly labelled forecast; the supplier's reply confirms it as a 'firm order of 36,000 ea' and "
     "books it as confirmed orders.",
     [("DY_SCM_plan_2025H1.pdf", _p16_fc), ("RE_supply_plan_2025H1.eml", eml_bytes(_p16))])

# p17 -- Thai automotive: 'released' used for the SAP PO release strategy and for the production release
_p17_sap = txt("""
CHONBURI AUTO COMPONENTS CO., LTD.                                    PURCHASE ORDER
700/331 Moo 6, Amata City Chonburi, Nong Mai Daeng, Mueang Chonburi 20000
--------------------------------------------------------------------------------------
Purchase Order    4500031877          Doc. date   05.08.2024     Purch. Org.  TH01
Vendor            100452              RAYONG PRECISION RUBBER CO., LTD.
Purch. Group      A12 (Rubber/Seals)  Buyer       Khun Nong Siriporn
Terms of payment  ZN60 - 60 days net  Incoterms   FCA Rayong
--------------------------------------------------------------------------------------
Item  Material         Short text                         PO Qty  Un   Net price   Net value
00010 CAC-HS-2290      HOSE HEATER EPDM REV B - SAMPLE        40  PC       95.00    3,800.00
--------------------------------------------------------------------------------------
                                                          Total net value THB   3,800.00
Header text:
  SAMPLE ORDER - 40 PC FOR PPAP LEVEL 3 ONLY.
  BALANCE 3,960 PC (QUOTE RPR-Q-24-072) IS ON HOLD. DO NOT PRODUCE, DO NOT BUY MATERIAL.
  PRODUCTION RELEASE IN WRITING BY KHUN WICHAI THONGDEE, PURCHASING MANAGER, AFTER PPAP SIGN-OFF.
--------------------------------------------------------------------------------------
""")
_p17_text = """Dear Khun Anan,

Good news: PO 4500031877 has been released in SAP today - our Finance completed the release
strategy this morning, so the PO is now valid and you can invoice against it. Printout attached.

The PO covers 40 sample pcs only for PPAP. The production release for the balance of 3,960 pcs
will be issued in writing by Khun Wichai Thongdee, Purchasing Manager, after our PPAP sign-off;
until then the balance is on hold.

Khob khun ka,
""" + sig("Siriporn Chaiwong", "Buyer, Rubber & Seals", "Chonburi Auto Components Co., Ltd.", "+66 38 215 400")
_p17 = mail('"Siriporn Chaiwong" <siriporn.c@cac-thailand.co.th>', '"Anan Sukprasert" <anan@rayongrubber.co.th>',
            "PO 4500031877 released - CAC-HS-2290 samples", "Mon, 05 Aug 2024 13:40:00 +0700", _p17_text,
            html=to_html(_p17_text), attachments=[("PO_4500031877.txt", _p17_sap, "text/plain")])
case("p17_th_sap_released_twice", ["RG009"],
     "'Released' is used for the SAP release strategy / commercial validity of the PO and for the production release of "
     "the balance in the same mail; scope otherwise complete (40 samples, hold, PPAP sign-off, Wichai Thongdee).",
     [("mail_4500031877.eml", eml_bytes(_p17))])

# p18 -- Japanese buyer: 'Please proceed accordingly' in answer to 'can we proceed?' after sample delivery
_p18_po = """-----Original Message-----
From: Suzuki Taro
Sent: Friday, May 10, 2024 4:12 PM
To: 'Nguyen Hoang Nam'
Subject: PO OS-24-0510 / sample order, die-cast heat sink

Dear Mr. Nguyen,

We have issued PO OS-24-0510 for ten (10) sample pieces of the heat sink OS-HS-88 (ADC12).
The balance of 990 pcs is not released and remains on hold. After our sample sign-off (thermal
resistance test and CMM), I will send you a written production release.

Best regards,
Suzuki Taro
Manager, Purchasing Group, Osaka Seiden Co., Ltd."""
_p18_sup = """-----Original Message-----
From: Nguyen Hoang Nam
Sent: Monday, June 03, 2024 11:05 AM
To: Suzuki Taro
Subject: RE: PO OS-24-0510 / sample order, die-cast heat sink

Dear Mr. Suzuki,

The 10 samples were delivered to your Osaka office this morning (Yamato tracking 4471-2290-3318).
Kindly let us know if we can proceed.

Best regards,
Nguyen Hoang Nam
Sales Engineer, Dong Nai Diecasting Co., Ltd.

""" + q(_p18_po)
_p18_text = """Dear Mr. Nguyen,

Thank you very much for your quick delivery and your kind support as always.

Please proceed accordingly.

Best regards,
""" + sig("Suzuki Taro", "Manager, Purchasing Group", "Osaka Seiden Co., Ltd.", "+81 6 6396 2210") + "\n" + q(_p18_sup)
_p18 = mail('"Suzuki Taro" <t.suzuki@osakaseiden.co.jp>', '"Nguyen Hoang Nam" <nam.nguyen@dongnaidiecast.vn>',
            "RE: PO OS-24-0510 / sample order, die-cast heat sink", "Mon, 03 Jun 2024 15:22:00 +0900", _p18_text,
            in_reply_to="<dnd-0603-nam@dongnaidiecast.vn>")
case("p18_jp_please_proceed", ["RG002"],
     "Release authority answers the supplier's 'can we proceed?' with 'Please proceed accordingly' - no quantity, no "
     "sample-only scope; the quoted PO scope (10 samples, 990 on hold, written release by sender) is complete.",
     [("RE_PO_OS-24-0510.eml", eml_bytes(_p18))])

# p19 -- Filipino Viber chat: 'make samples muna, then we'll see' - nothing else
case("p19_ph_viber_samples_muna", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer authorizes samples in chat with no quantity, no hold on the rest, no unlock event and no release person.",
     [("Viber_chat_CebuCycleWorks.txt", txt("""
Viber chat export - "Cebu Cycle Works x Mandaue Metal Fab"
Exported 2024-05-24 18:02

[21/05/2024, 10:02:11] Paolo Lim (CCW Purchasing): Hi Sir Romy! Natanggap na namin yung quotation niyo for the rear rack bracket (RB-26, SS304, 3 mm).
[21/05/2024, 10:03:40] Romy Tan (MMF): Good morning Sir Paolo! Yes po, sent it last Friday with the drawing comments.
[21/05/2024, 10:05:02] Paolo Lim (CCW Purchasing): Okay naman yung price. Sige, gawa muna kayo ng samples, then we'll see 🙂
[21/05/2024, 10:05:30] Paolo Lim (CCW Purchasing): Same finish as the last batch - electropolished.
[21/05/2024, 10:06:12] Romy Tan (MMF): Noted Sir! Target namin 2 weeks.
[21/05/2024, 10:06:45] Paolo Lim (CCW Purchasing): 👍 Send niyo na lang yung invoice sa accounting@cebucycleworks.ph
[23/05/2024, 15:21:08] Romy Tan (MMF): Sir, laser cut done na, bending tomorrow. Pics to follow.
[23/05/2024, 15:40:55] Paolo Lim (CCW Purchasing): Nice! Salamat po.
"""))])

# p20 -- Malaysian blister supplier weekly status: film bought for 250,000 while 5,000 released (PDF table)
case("p20_my_blister_film_status", ["RG006"],
     "Supplier status report: 5,000 sample blisters released, balance not released, yet PVC/PVDC film bought for 250,000 "
     "blisters to secure allocation.",
     [("Weekly_status_wk27.pdf", pdf([
         ("h1", "Weekly Customer Status - Week 27 / 2024"),
         ("p", "Melaka Pack Sdn Bhd - Lot 22, Kawasan Perindustrian Batu Berendam, 75350 Melaka"),
         ("p", "Customer: Nusantara Pharma Manufacturing Sdn Bhd (Bangi) - prepared by Chong Mei Kuan, Customer Service"),
         ("table", [["PO / item", "Released", "Status", "Remarks"],
                    ["4800012099 / BP-0820 Rev 1 blister 8-cavity", "5,000 sample blisters", "Forming done 2 Jul, QC ongoing",
                     "Balance 245,000 not released per your PO; awaiting your stability sign-off"],
                    ["4800012104 / LID-20 alu lidding foil", "full PO 120 kg", "Shipped 28 Jun", "DO MP-24-1187"]]),
         ("h", "Material"),
         ("table", [["Material", "Quantity", "Covers", "Status"],
                    ["PVC/PVDC film 250 um, 40 g/m2 PVDC (Perlalux)", "11,200 kg", "approx. 250,000 blisters BP-0820",
                     "Purchased - delivered to our store 3 July"],
                    ["Heat-seal lacquer foil 20 um", "950 kg", "approx. 250,000 blisters", "Purchased - in transit"]]),
         ("p", "Note: film and foil for the full programme were bought early to secure the allocation from our film "
               "supplier, as lead times in Q3 are now 14 weeks."),
         ("p", "Next report: week 28."),
     ], title="Status wk27", author="Melaka Pack"))])

# p21 -- Vietnamese supplier: after you approve the samples we run the 2.400 balance right away
_p21_po = """On Fri, Aug 2, 2024 at 8:40 AM Kim Sang-woo <sw.kim@hanilmold.co.kr> wrote:
Dear Ms. Thao,

PO HN-24-0802 is for 20 sample pcs of the battery cover HN-BC-77 (PC+ABS, grey).
The balance of 2.400 pcs in your quotation is NOT released. It will be released only by my
written production release after our sample sign-off. Please buy resin for the 20 samples only.

Best regards,
Kim Sang-woo
Purchasing Manager, Hanil Mold & Electronics"""
_p21_text = """Dear Mr. Kim,

Thank you for PO HN-24-0802. We will deliver the 20 samples on 15 August by air.

To save time for your project, we have planned it like this: right after you approve the samples,
our line will run the balance 2.400 pcs immediately, with shipment about 10 days later. So please
approve the samples as soon as you can.

Resin (Lupoy HI5002) for the samples is already in our warehouse.

Best regards,
""" + sig("Nguyen Phuong Thao", "Sales Executive", "Bac Ninh Precision Plastics Co., Ltd.", "+84 222 3717 640") + "\n" + q(_p21_po)
_p21 = mail('"Nguyen Phuong Thao" <thao.np@bnpp.vn>', '"Kim Sang-woo" <sw.kim@hanilmold.co.kr>',
            "RE: PO HN-24-0802 battery cover samples", "Mon, 05 Aug 2024 09:12:00 +0700", _p21_text,
            html=to_html(_p21_text), in_reply_to="<hn-24-0802@hanilmold.co.kr>")
case("p21_vn_balance_after_sample_approval", ["RG007"],
     "Supplier plans to run the 2.400 balance immediately after sample approval, with no recorded auto-conversion; quoted "
     "buyer PO is complete.",
     [("RE_PO_HN-24-0802.eml", eml_bytes(_p21))])

# p22 -- Thai EDIFACT ORDERS: QTY segment 50, free text says 60 released (TXT)
case("p22_th_edi_qty_vs_ftx", ["RG011"],
     "EDI ORDERS: QTY+21 orders 50 sample pcs while the FTX scope text says 60 sample pcs are released (balance 4940); "
     "two statements of the authorized quantity disagree.",
     [("ORDERS_TS240822.txt", txt("""
UNA:+.? '
UNB+UNOC:3+TSAUTO01:ZZ+SIAMPRESS:ZZ+240822:0915+TS240822001'
UNH+1+ORDERS:D:96A:UN'
BGM+220+TS240822-17+9'
DTM+137:20240822:102'
RFF+AAG:Q-SP-24-0731'
NAD+BY+TSAUTO01::92++Thai Suan Auto Parts Co. Ltd+Bangpoo IE Soi 6+Samut Prakan++10280+TH'
CTA+PD+:Prasert Wongsawat'
NAD+SU+SIAMPRESS::92++Siam Press Metal Co. Ltd+Amata City Rayong+Rayong++21140+TH'
CUX+2:THB:9'
LIN+1++71120-TS40:IN'
IMD+F++:::BRACKET, ENGINE MOUNT LH, SPFC590 T3.2'
QTY+21:50:PCE'
PRI+AAA:68.50:CT'
DTM+2:20240920:102'
FTX+PUR+++SAMPLE LOT 60 PCS ONLY RELEASED UNDER THIS ORDER:BALANCE 4940 PCS OF QUOTE NOT RELEASED - ON HOLD:NO MATERIAL PURCHASE FOR BALANCE'
FTX+PUR+++BALANCE RELEASED ONLY AFTER PPAP SIGN-OFF BY WRITTEN RELEASE FROM:K. PRASERT WONGSAWAT PURCHASING MANAGER'
FTX+DEL+++DELIVER TO BANGPOO PLANT GATE 2 - 10 PCS PER RETURNABLE TRAY'
UNS+S'
CNT+2:1'
UNT+20+1'
UNZ+1+TS240822001'
"""))])

# p23 -- Japanese trial production request without a trial quantity (DOCX)
case("p23_jp_trial_request_no_qty", ["RG010"],
     "Trial production request never states how many trial parts are authorized; mass-production forecast labelled not "
     "ordered/not released; unlock event and named person stated.",
     [("TR-24-019_trial_request.docx", docx_bytes([
         ("h1", "試作依頼書 / Trial Production Request TR-24-019"),
         ("p", "東海精機株式会社 Tokai Seiki Co., Ltd. - 調達部 Procurement Department - Kariya, Aichi"),
         ("p", "2024年9月9日 / 9 September 2024"),
         ("p", "宛先 / To: PT Mitra Presisi Indonesia, attn. Mr. Bambang Susanto"),
         ("table", [["項目 / Item", "内容 / Content"],
                    ["品番 / Part", "HB-4471 bracket, motor mount, SPHC t3.2, drawing Rev B"],
                    ["目的 / Purpose", "Evaluation of fit, weld strength and vibration (JIS D 1601)"],
                    ["納期 / Due", "2024-10-11, Kariya plant incoming inspection"],
                    ["単価 / Price", "JPY 1,480 per piece, as quoted (MPI-Q-24-220)"]]),
         ("p", "いつも大変お世話になっております。We kindly request you to make trial parts of the bracket above for our "
               "evaluation. Please send the inspection data together with the parts."),
         ("p", "量産数量 (forecast 1,200 pcs/month) は発注しておりません。The mass-production quantity is a forecast; it is "
               "not ordered and not released. Please do not start mass production and do not purchase material for it."),
         ("p", "After our evaluation sign-off, Mr. Yamada Ichiro, Purchasing Manager, will issue the written production "
               "release naming the quantity. 何卒よろしくお願い申し上げます。"),
         ("sp",),
         ("p", "担当 / Contact: Hayashi Naoko, Procurement Department, +81 566 27 3300"),
     ], author="Hayashi Naoko"))])

# p24 -- Indonesian HTML PO: samples without a quantity; release 'from our side'
case("p24_id_samples_lot_our_side", ["RG005", "RG010"],
     "PO for 'samples for fit test' without a piece count; production 6,000 on hold until sample sign-off and a written "
     "release 'from our side' - no named release person and no active quantity.",
     [("PO_MJ-24-0507.html", html_page("PO MJ-24-0507", """
<h2>PT Matahari Jaya Solar &mdash; PURCHASE ORDER</h2>
<p>No.: MJ-24-0507 &nbsp;|&nbsp; Tanggal / Date: 07 Mei 2024 &nbsp;|&nbsp; Supplier: PT Alumindo Ekstrusi Perkasa, Sidoarjo</p>
<table>
<tr><th>No</th><th>Kode / Code</th><th>Deskripsi / Description</th><th>Qty</th><th>Harga / Price (IDR)</th></tr>
<tr><td>1</td><td>MJS-RAIL-42</td><td>Solar mounting rail 42 x 40 mm, 6005-T5, 4,200 mm &mdash; sampel untuk fit test / samples for fit test</td><td>lot</td><td>2.750.000</td></tr>
<tr><td>2</td><td>MJS-CLAMP-M</td><td>Mid clamp 35 mm, with M8 x 25 bolt A2-70 &mdash; sampel</td><td>lot</td><td>600.000</td></tr>
</table>
<div class="note">
<p><b>Catatan penting / Important note</b></p>
<p>PO ini hanya untuk sampel (this PO is for samples only). The production quantity of 6,000 rails in your quotation AEP/Q/24/091 is not released and stays on hold. Please do not extrude it and do not buy billet for it.</p>
<p>Production will be released after our sample sign-off (load test SNI IEC 61215, anodize 15 &micro;m) and a written release from our side.</p>
</div>
<p>Pengiriman / Delivery: 24 Mei 2024 ke gudang Cikarang. Pembayaran / Payment: 30 hari.</p>
<p>Hormat kami, Purchasing Dept. &mdash; PT Matahari Jaya Solar</p>
""", lang="id"))])

# p25 -- Malaysian solar DOCX PO: named person may release, but no event
case("p25_my_named_person_no_event", ["RG004"],
     "10 sample rails, balance 490 on hold, only Siti Rahmah may release it - but no event (sign-off, revised PO, ...) "
     "is named that unlocks the balance.",
     [("PO_KLS-24-0620.docx", docx_bytes([
         ("h1", "PURCHASE ORDER KLS-24-0620"),
         ("p", "Kuantan LED & Solar Sdn Bhd - Lot 3/94, Kawasan Perindustrian Gebeng, 26080 Kuantan, Pahang"),
         ("table", [["Vendor", "Date", "Payment", "Delivery"],
                    ["Shah Alam Aluminium Profiles Sdn Bhd", "20.06.2024", "45 days", "DDP Gebeng"]]),
         ("sp",),
         ("table", [["No", "Item", "Description", "Qty", "Unit price (MYR)"],
                    ["1", "KLS-MR-4400", "Mounting rail 4.4 m, 6063-T6, clear anodized 12 um - sample", "10 pcs", "96.00"]]),
         ("p", "Scope: this PO covers the ten (10) sample rails only."),
         ("p", "The balance of 490 rails in your quotation SAAP-Q-0611 remains on hold and is not released. Please do "
               "not extrude, cut or anodize it and do not buy billet for it."),
         ("p", "Only Puan Siti Rahmah binti Yusof, Procurement Manager, may release the balance."),
         ("p", "Delivery of samples: 8 July 2024. Packing: bundled, protective film, wooden end caps."),
         ("p", "Prepared by: Ahmad Firdaus, Buyer"),
     ], author="Ahmad Firdaus"))])

# p26 -- Japanese supplier weekly report: coil arranged for 24,000 against 'firm 2025 volume' that was a forecast
case("p26_jp_coil_against_forecast", ["RG006", "RG008"],
     "Supplier report: only 30 ISIR samples released, yet SPCC coil arranged for 24,000 pcs, justified as the 'firm 2025 "
     "volume' although the buyer's letter was a forecast.",
     [("weekly_report_wk23.html", html_page("Weekly report wk23", """
<h2>静岡プレス工業株式会社 Shizuoka Press Industry Co., Ltd. &mdash; Weekly Report (Week 23, 2024)</h2>
<p>To: Daito Kogyo Co., Ltd., Purchasing Section 2 &mdash; Mr. Kenta Mori<br>From: Sugiyama Aya, Sales Department</p>
<p>いつもお世話になっております。Please find our weekly report.</p>
<table>
<tr><th>No.</th><th>Item</th><th>Status</th><th>Next step</th></tr>
<tr><td>1</td><td>52120-KR41 bracket, ISIR samples (PO 7100-24-0402, 30 pcs released)</td><td>Die tryout T2 OK, 30 pcs stamped 4 June</td><td>CMM and ISIR documents, ship 10 June</td></tr>
<tr><td>2</td><td>Mass production 52120-KR41</td><td>Not yet released</td><td>Waiting for your sample sign-off and release</td></tr>
<tr><td>3</td><td>Material arrangement</td><td>SPCC-SD t1.6 coil for 24,000 pcs arranged with Nippon Coil Center (delivery 1 July)</td><td>Slitting to 182 mm width</td></tr>
</table>
<p>Comment on item 3: the coil was arranged against your firm 2025 volume of 24,000 pcs given in your forecast letter dated 12 March, to avoid the long mill lead time.</p>
<p>以上、よろしくお願いいたします。<br>Sugiyama Aya &middot; +81 54 261 7730</p>
""", lang="ja"))])

# p27 -- Korean supplier quotation with a term that rolls sample approval into production (PDF)
case("p27_kr_quote_auto_production", ["RG007"],
     "Supplier quote term: on sample approval the 10,000 pcs go into production automatically without a separate order - "
     "assumed auto-conversion, not an agreed recorded one.",
     [("Quotation_SM-24-077.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Sungmin Precision Co., Ltd. - 45 Namdong-daero 215beon-gil, Namdong-gu, Incheon 21633, Korea"),
         ("table", [["Quotation No.", "Date", "To", "Valid"],
                    ["SM-24-077", "2024-03-27", "Kulim Semiconductor Test Sdn Bhd (Malaysia)", "60 days"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
                    ["1", "Probe card stiffener KST-PS-12, SUS420J2, HRC 48-52 - samples", "50 pcs", "22.00", "3 weeks"],
                    ["2", "Same - production", "10,000 pcs", "6.40", "5 weeks"]]),
         ("h", "Terms and conditions"),
         ("p", "1. Prices EXW Incheon. Payment T/T 30 days after B/L."),
         ("p", "2. Flatness 0.01 mm, Ra 0.4; inspection report 5 pcs per lot."),
         ("p", "3. Upon your sample approval, the production quantity of 10,000 pcs will be put into production "
               "automatically, without a separate purchase order, so that the lead time can be kept."),
         ("p", "4. Cancellation after production start: 100% of the value of finished and WIP parts."),
         ("sp",),
         ("p", "Lee Eun-ji, Overseas Sales Team, +82 32 811 5520"),
     ], title="Quotation SM-24-077", author="Sungmin Precision"))])

# p28 -- KakaoTalk: buyer asks for 15 samples, then 'PO issued: sample 20 ea, as discussed'
case("p28_kr_kakao_15_vs_20", ["RG011"],
     "Same buyer in one chat authorizes 15 ea samples and then issues the PO for 20 ea 'as discussed'; the two authorized "
     "sample quantities conflict. Hold, event and person are stated.",
     [("KakaoTalk_20240912_HanilMold.txt", txt("""
한일몰드 이지훈 과장님과 카카오톡 대화
저장한 날짜 : 2024-09-13 10:11:42

--------------- 2024년 9월 10일 화요일 ---------------
[이지훈 과장 (구매)] [오전 10:20] 실장님 안녕하세요, 배터리 커버 HN-BC-80 샘플 15 ea 진행 부탁드립니다.
[이지훈 과장 (구매)] [오전 10:21] 양산 4,980 ea는 not released 입니다. 샘플 sign-off 후에 제가 written release 드리겠습니다. 그 전에는 자재 구매하지 마세요.
[정민수 실장] [오전 10:35] 네 과장님, 샘플 15 ea 확인했습니다. 사출 일정 9/20로 잡겠습니다.
[이지훈 과장 (구매)] [오전 10:36] 감사합니다 🙏
--------------- 2024년 9월 12일 목요일 ---------------
[이지훈 과장 (구매)] [오후 3:02] PO 발행했습니다: HN-24-0912, sample 20 ea, 말씀드린 대로요 (as discussed).
[이지훈 과장 (구매)] [오후 3:02] 납품은 대전 R&D 센터로 부탁드립니다.
[정민수 실장] [오후 3:40] 네 PO 받았습니다. 색상 샘플 플라크도 같이 보내드릴게요.
"""))])

# p29 -- Vietnamese supplier proforma: advance payment = production release of the full 1.000 sets (PDF)
case("p29_vn_proforma_advance_release", ["RG012"],
     "Supplier proforma states that on receipt of the advance payment production of the full 1.000 sets commences "
     "('advance payment = production release') though only 10 sample sets are released.",
     [("Proforma_VCC-24-077.pdf", pdf([
         ("h1", "PROFORMA INVOICE"),
         ("p", "Viet Cycle Components Co., Ltd. - Lot B-4, My Phuoc 3 IP, Ben Cat, Binh Duong, Vietnam"),
         ("table", [["Proforma No.", "Date", "Buyer", "Buyer PO"],
                    ["VCC-PI-24-077", "16/08/2024", "Taichung Velo Co., Ltd.", "TV-24-0815"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
                    ["1", "Seat post SP-27.2-350, Al 7050, samples (released per PO)", "10 sets", "18.00", "180.00"],
                    ["2", "Seat post SP-27.2-350, production (on hold per PO)", "990 sets", "9.20", "9,108.00"],
                    ["", "", "", "Total", "9,288.00"],
                    ["", "Advance payment 50% due", "", "", "4,644.00"]]),
         ("h", "Payment terms and production"),
         ("p", "Bank: Vietcombank Binh Duong branch, SWIFT BFTVVNVX, account 0281 000 447 129."),
         ("p", "Note: Upon receipt of the 50% advance payment, production of the full order of 1.000 sets will commence "
               "according to our standard terms (advance payment = production release). Balance payment 50% before shipment."),
         ("p", "Do Minh Quang, Sales Manager"),
     ], title="Proforma VCC-PI-24-077", author="Viet Cycle Components"))])

# p30 -- Malaysian solar EPC: rolling forecast 'please take these as firm PO quantities'
_p30_text = """Hi Mr. Ong,

Good day. Hope all is well in Shah Alam.

Below our rolling forecast for the mounting rails RL-40 (6005-T5, 4.4 m) for the LSS5 projects:

  Q3 2024 (Jul-Sep):   4,000 rails
  Q4 2024 (Oct-Dec):   6,000 rails
  Q1 2025 (Jan-Mar):   5,000 rails (tentative)

To secure your press capacity before the year-end rush, please take the Q3 and Q4 figures as firm
PO quantities. The formal PO will follow from our system once the project finance is closed.

Pricing as per your quotation SAAP-Q-0402, tier 10k+.

Thanks and regards,
""" + sig("Jason Lau", "Head of Procurement", "Borneo Solar EPC Sdn Bhd, Kuching", "+60 82 365 110")
_p30 = mail('"Jason Lau" <jason.lau@borneosolar.com.my>', '"Ong Kah Seng" <ks.ong@saap.com.my>',
            "Rolling forecast RL-40 rails Q3/Q4", "Tue, 18 Jun 2024 10:44:00 +0800", _p30_text, html=to_html(_p30_text))
case("p30_my_rolling_forecast_as_po", ["RG008"],
     "Buyer sends a rolling forecast and asks the supplier to take the Q3/Q4 forecast figures (4,000 + 6,000) as firm PO "
     "quantities before any PO exists.",
     [("mail_RL-40_Q3Q4.eml", eml_bytes(_p30))])

# p31 -- Indonesian status sheet: APPROVED for samples, PO and an unscoped 'please proceed' (DOCX)
case("p31_id_status_sheet_approved", ["RG002", "RG009"],
     "Status sheet uses 'APPROVED' for the drawing feasibility review (technical) and for the PO (Finance, commercial), "
     "and ends 'Overall status: APPROVED - please proceed' without quantity or scope; samples still in progress.",
     [("Status_KJ-24-0805.docx", docx_bytes([
         ("h1", "Supplier Development Status - KJ-BRK-0944"),
         ("p", "PT Kencana Jaya Autoparts - Supplier Quality & Purchasing - Cikarang"),
         ("p", "Supplier: PT Presisi Logam Mandiri, Karawang.  Date: 5 August 2024"),
         ("table", [["Step", "Quantity", "Status", "By / date"],
                    ["Drawing KJ-BRK-0944 rev A (feasibility review)", "-", "APPROVED", "Engineering - Ibu Ratna, 2 Aug"],
                    ["PO KJ-24-0805 (30 samples + 2,970 production)", "3,000 pcs", "APPROVED", "Finance - 5 Aug"],
                    ["ISIR samples", "30 pcs", "in progress - due 20 Aug", "Supplier"],
                    ["Production balance", "2,970 pcs", "on hold - written release by Bapak Hendra Gunawan, "
                     "Purchasing Manager, after ISIR sign-off", "-"]]),
         ("p", "Feasibility: 48/48 characteristics feasible; die layout 4 stations; salt spray requirement 240 h (JIS Z 2371)."),
         ("p", "Overall status: APPROVED - please proceed."),
         ("p", "Terima kasih atas kerja samanya. Prepared by Dian Permatasari, Buyer."),
     ], author="Dian Permatasari"))])

# p32 -- LINE chat (Taiwanese buyer, Thai supplier): 'Samples passed. You are good to run.'
case("p32_tw_line_good_to_run", ["RG002", "RG007"],
     "Buyer scoped 20 sample pairs with 1,980 on hold until his written release; after testing he writes 'Samples passed, "
     "you are good to run' - unscoped go signal that rolls sample approval into production.",
     [("LINE_export_20240718.txt", txt("""
[LINE] Chat history with Lin Wei-Lun (Formosa Ride)
Saved on: 2024/07/20 10:15

2024/07/01(Mon)
09:12	Lin Wei-Lun (Formosa Ride)	Hi Khun Ploy, PO FR-24-0701 sent by mail. 20 pairs sample grips GR-ERGO-L only 🙏
09:13	Lin Wei-Lun (Formosa Ride)	Balance 1,980 pairs on hold, not released. I will send written release myself after our sample sign-off.
09:20	Ploy (Chiang Mai Rubber)	Noted ka Khun Lin. Samples ready 12 July ka.
09:21	Lin Wei-Lun (Formosa Ride)	👍
2024/07/12(Fri)
16:02	Ploy (Chiang Mai Rubber)	Samples shipped by EMS ka, tracking EE 4471 9220 3TH
16:03	Ploy (Chiang Mai Rubber)	[Photo]
2024/07/18(Thu)
11:40	Lin Wei-Lun (Formosa Ride)	Khun Ploy, test finished. Grip torque 8 Nm OK, UV 200 h OK, hand feel very good.
11:41	Lin Wei-Lun (Formosa Ride)	Samples passed. You are good to run 👍
11:45	Ploy (Chiang Mai Rubber)	Thank you ka!! We will plan the line next week ka 🙏
"""))])

# p33 -- Filipino furniture buyer: PDF PO says 20 sample chairs, DOCX scope letter says 25 (two files)
_p33_po = pdf([
    ("h1", "PURCHASE ORDER MNL-24-0233"),
    ("p", "Manila Workspace Interiors Corp. - 2/F Arcadia Bldg., Ortigas Center, Pasig City 1605"),
    ("table", [["Supplier", "Date", "Terms", "Ship via"],
               ["Johor Seating Industries Sdn Bhd", "03 April 2024", "30% DP, 70% before shipment", "Sea, Port of Manila"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
               ["1", "JSI-EX-700", "Executive chair, PU leather, synchro tilt - sample", "20", "142.00", "2,840.00"]]),
    ("p", "See scope letter of the same date for release conditions."),
    ("p", "Prepared: Kristine Mae Villanueva    Noted: Jose Antonio Santos"),
], title="PO MNL-24-0233", author="Manila Workspace Interiors")
_p33_letter = docx_bytes([
    ("h1", "Scope letter - PO MNL-24-0233"),
    ("p", "3 April 2024"),
    ("p", "To: Mr. Lim Chee Keong, Johor Seating Industries Sdn Bhd"),
    ("p", "Dear Mr. Lim,"),
    ("p", "This letter confirms that only the 25 sample chairs JSI-EX-700 under PO MNL-24-0233 are released."),
    ("p", "The 1,175 chairs of the project quantity in your quotation JSI-Q-24-0311 are not released. Please do not "
          "cut foam, sew covers or buy mechanisms for them."),
    ("p", "The 1,175 chairs will be released only after our sample sign-off (BIFMA X5.1 test at SGS Manila) and a "
          "revised PO signed by Mr. Jose Antonio Santos, Purchasing Manager."),
    ("p", "Thank you and best regards,"),
    ("p", "Kristine Mae Villanueva, Senior Buyer"),
], author="Kristine Mae Villanueva")
case("p33_ph_po_vs_scope_letter", ["RG011"],
     "Two buyer documents of one order: the PO orders 20 sample chairs, the scope letter says 25 sample chairs are "
     "released; hold, event and person otherwise complete.",
     [("PO_MNL-24-0233.pdf", _p33_po), ("Scope_letter_MNL-24-0233.docx", _p33_letter)])

# p34 -- Malaysian extruder to Filipino buyer: downpayment taken as go signal, billet bought for all 5,000
_p34_po = """On Wed, 3 Jul 2024 at 09:15, Engr. Ramon Reyes <ramon.reyes@luzonsolar.ph> wrote:
Good day Mr. Teoh,

PO LSB-24-0703 is for 100 sample rails RL-4600 (6005-T5, 4.6 m) only. The balance of 4,900 rails
in your quotation is not released - no extrusion and no billet purchase for it, please. The balance
will be released by a revised PO signed by me after our site fit-up and load test sign-off.

Downpayment of 30% on the sample lot and die will be sent this week.

Regards,
Engr. Ramon Reyes
Supply Chain Head, Luzon Solar Builders Inc."""
_p34_text = """Dear Engr. Reyes,

Thank you, the downpayment was received today.

Since your downpayment is in, we took it as the go signal for the project: we have purchased the
6005 billets for the full 5,000 rails (approx. 41 MT) from our Bintulu smelter contract, and the
die has been tried out. Extrusion of the samples is on Monday.

With the billets in our yard, the remaining rails can be extruded in about 3 weeks.

Best regards,
""" + sig("Teoh Beng Huat", "Sales Director", "Perak Aluminium Extrusion Sdn Bhd, Ipoh", "+60 5 291 8830") + "\n" + q(_p34_po)
_p34 = mail('"Teoh Beng Huat" <bh.teoh@perakalu.com.my>', '"Engr. Ramon Reyes" <ramon.reyes@luzonsolar.ph>',
            "RE: PO LSB-24-0703 sample rails RL-4600", "Tue, 09 Jul 2024 17:20:00 +0800", _p34_text,
            in_reply_to="<lsb-24-0703@luzonsolar.ph>")
case("p34_my_downpayment_billet_full", ["RG006", "RG012"],
     "Supplier takes the downpayment as the go signal and buys billet for all 5,000 rails while only 100 samples are "
     "released; quoted buyer PO is complete.",
     [("RE_PO_LSB-24-0703.eml", eml_bytes(_p34))])

# p35 -- Japanese buyer / Korean supplier minutes: after sample approval supplier proceeds, 'production approval' a formality
case("p35_jp_kr_minutes_formality", ["RG007", "RG009"],
     "Minutes record that after sample approval the supplier proceeds directly with the 3,000 pcs and the 'production "
     "approval' follows as a formality - implied auto-conversion, and 'approval' used for the sample and the production "
     "release.",
     [("Minutes_2024-07-09.pdf", pdf([
         ("h1", "Minutes of Meeting - Design Review 2"),
         ("p", "Nagoya Kiden Co., Ltd. (buyer) / Changwon Precision Co., Ltd. (supplier) - enclosure NK-EN-550 for EV charger"),
         ("p", "Date: 9 July 2024, 10:00-12:00 JST, Web meeting. Attendees: Mr. Hashimoto Koji (NK Purchasing Manager), "
               "Ms. Aoki Rina (NK Design), Mr. Seo Jae-won (CP Sales), Mr. Han Do-yun (CP Engineering)."),
         ("table", [["No.", "Topic", "Content", "Owner"],
                    ["1", "Drawing", "Rev C issued 5 July; wall thickness 2.5 mm, UL 94 5VA material (PC/PBT)", "Aoki"],
                    ["2", "Order scope", "PO NK-24-0705: 30 sample pcs released. Quoted 3,000 pcs not released; release "
                     "by Mr. Hashimoto in writing after sample evaluation.", "Hashimoto"],
                    ["3", "Tool", "T1 on 22 July; texture VDI 3400 Ref 27", "Han"],
                    ["4", "Schedule", "Because the SOP date is fixed, it was agreed that after the sample approval the supplier "
                     "proceeds directly with the 3,000 pcs. The production approval will follow as a formality.", "Seo"],
                    ["5", "Packaging", "Returnable tray, 12 pcs per tray", "Han"]]),
         ("p", "Next meeting: 30 July 2024. Minutes by Aoki Rina; please send comments within 3 days."),
     ], title="Minutes 2024-07-09", author="Aoki Rina"))])

# p36 -- Filipino semiconductor buyer Oracle PO: 6 sample fixtures, note refers to quote with 600 EA production
case("p36_ph_oracle_quote_note", ["RG001", "RG003", "RG004", "RG005"],
     "Oracle PO for 6 sample fixtures; note to supplier cites the quote's production qty 600 EA with price, nothing says it "
     "is informational or not released; no hold, event or release person.",
     [("PO_PH-OR-558120.txt", txt("""
LAGUNA TECHNOPARK SEMICONDUCTOR INC.                                     PURCHASE ORDER
Lot 6, Blk 4, Laguna Technopark, Binan, Laguna 4024                 Oracle EBS R12.2.9
=========================================================================================
PO NUMBER   : PH-OR-558120        REV : 0        ORDER DATE : 22-JAN-2024
SUPPLIER    : 208811 ALABANG PRECISION TOOLING CORP.     SITE : MUNTINLUPA
BUYER       : DELA PAZ, CARMINA R.                       PAYMENT : NET 30
SHIP-TO     : LTS BINAN - MAINTENANCE STORES             FOB : DESTINATION
=========================================================================================
LN  ITEM / REV           DESCRIPTION                         QTY  UOM   UNIT PRICE     AMOUNT
--  -------------------  ---------------------------------  ----  ----  ----------  ---------
 1  LTS-FX-0771 / C      TEST BOARD HOLD-DOWN FIXTURE,          6   EA       385.00    2310.00
                         DELRIN + SS304, DWG LTS-0771 REV C
                         SAMPLE FOR QUALIFICATION
--  -------------------  ---------------------------------  ----  ----  ----------  ---------
                                                           TOTAL USD          2310.00
NOTE TO SUPPLIER:
  REFER TO QUOTE TQ-24-118 DATED 15-JAN-2024.
  PROD QTY 600 EA, UNIT PRICE USD 142.00, LEAD TIME 6 WEEKS.
  PLEASE INCLUDE CMM REPORT AND MATERIAL CERTS. ESD-SAFE PACKAGING (ANSI/ESD S20.20).
  DELIVERY: 12-FEB-2024.
=========================================================================================
AUTHORIZED BY: ORACLE WORKFLOW                                              PAGE 1 OF 1
"""))])

# p37 -- Japanese supplier books the buyer's naiji (informal forecast) as a firm order
_p37_naiji = """2024/09/20 (金) 17:05、Matsuda Keiko <k.matsuda@toyohashi-denso.co.jp> のメッセージ:
ナカムラ精工 御中 / Dear Nakamura Seiko,

10～12月 内示 (forecast, not an order) をお送りします。

  TD-CN-2210 connector housing:  Oct 10,000 / Nov 10,000 / Dec 10,000  (total 30,000 pcs)

確定注文は毎月の注文書で別途発行します (firm orders will be issued separately by monthly PO).

松田 恵子 Matsuda Keiko
Toyohashi Denso Co., Ltd. Purchasing"""
_p37_text = """松田様 / Dear Ms. Matsuda,

いつも大変お世話になっております。

Thank you for your firm order (内示) of 30,000 pcs of TD-CN-2210 for October to December.
We have entered the full 30,000 pcs in our production plan as confirmed orders. Molding will start
from 1 October on our 150 t machine No. 7.

今後ともよろしくお願い申し上げます。

""" + sig("Nakamura Hideki", "Sales Manager", "Nakamura Seiko Co., Ltd., Hamamatsu", "+81 53 447 2210") + "\n" + q(_p37_naiji)
_p37 = mail('"Nakamura Hideki" <h.nakamura@nakamura-seiko.co.jp>', '"Matsuda Keiko" <k.matsuda@toyohashi-denso.co.jp>',
            "RE: 10～12月 内示 TD-CN-2210", "Mon, 23 Sep 2024 09:40:00 +0900", _p37_text,
            in_reply_to="<naiji-2024-10@toyohashi-denso.co.jp>")
case("p37_jp_naiji_booked_firm", ["RG008"],
     "Buyer's naiji is explicitly a forecast, not an order; supplier thanks for the 'firm order (naiji)' of 30,000 pcs and "
     "books it as confirmed.",
     [("RE_naiji_TD-CN-2210.eml", eml_bytes(_p37))])

# p38 -- Malaysian furniture buyer: SAP B1 PO for 4 sample bases, cover mail says forty (40) (two files)
_p38_po = txt("""
KLANG OFFICE SYSTEMS SDN BHD (201901023344)                      PURCHASE ORDER
Lot 12, Jalan Kapar Industri 3, 42200 Kapar, Selangor             ------------------
                                                                  No.      : 24001212
                                                                  Date     : 11.09.2024
Vendor   : V-10377  TAIPING DIECAST COMPONENTS SDN BHD            Currency : MYR
Contact  : Ms. Yap Hui Min                                        Buyer    : Lim Siew Ling

#  Item No.      Description                            Quantity  UoM   Unit Price       Total
-- ------------- -------------------------------------- --------  ----  ----------  ----------
1  BAS-AL-700    5-star base 700 mm, ADC12, polished           4  PCS       210.00      840.00
                 SAMPLE - for BIFMA X5.1 base test
                                                                        TOTAL         840.00

Remarks  : SAMPLE ORDER ONLY. Quoted production quantity 2,000 pcs is NOT released.
           Do not cast or buy ingot for it. Production will be released only by a
           revised PO after our base test sign-off, signed by Ahmad Zaki bin Omar,
           Head of Procurement.

Prepared by: Lim Siew Ling (Purchasing Executive)
This is a computer generated document. SAP Business One 10.0 FP 2305
""")
_p38_text = """Hi Ms. Yap,

Attached our PO 24001212 for the forty (40) sample bases BAS-AL-700, as discussed for the base test
at our lab. Please polish to mirror finish and pack each base in a separate carton.

As written in the PO, the production quantity is not released yet.

Thank you,
""" + sig("Lim Siew Ling", "Purchasing Executive", "Klang Office Systems Sdn Bhd", "+60 3 3250 8811")
_p38 = mail('"Lim Siew Ling" <siewling.lim@kos.com.my>', '"Yap Hui Min" <huimin.yap@taipingdiecast.com.my>',
            "PO 24001212 sample bases BAS-AL-700", "Wed, 11 Sep 2024 16:02:00 +0800", _p38_text)
case("p38_my_sapb1_4_vs_40", ["RG011"],
     "SAP B1 PO orders 4 sample bases; the buyer's cover mail for the same PO says forty (40) sample bases.",
     [("PO_24001212.txt", _p38_po), ("mail_24001212.eml", eml_bytes(_p38))])

# p39 -- Indonesian ECN: supplier arranges coil for full annual volume although material authority is sample-only
case("p39_id_ecn_coil_annual", ["RG006"],
     "ECN records that the supplier is arranging SPHC-P coil for the full annual volume (60,000 pcs) while only 30 samples "
     "are released and the material authority stays sample-only.",
     [("ECN-KO-24-017.docx", docx_bytes([
         ("h1", "ENGINEERING CHANGE NOTICE  ECN-KO-24-017"),
         ("p", "PT Karya Otomotif Nusantara - Engineering Dept. - Cikarang"),
         ("table", [["Field", "Content"],
                    ["Part", "KON-BR-5520 bracket, radiator support, rev B -> rev C"],
                    ["Change", "Material SPCC t2.0 -> SPHC-P t2.0 (pickled & oiled); hole 8.5 -> 9.0 mm"],
                    ["Reason", "Cost reduction and weld nut fit (M8 x 1.25)"],
                    ["Supplier", "PT Presisi Logam Mandiri"],
                    ["PO affected", "KO-24-0610"]]),
         ("h", "Impact on quantities and material"),
         ("p", "Samples rev C: 30 pcs under PO KO-24-0610 (unchanged). Production quantity 5,970 pcs remains not "
               "released; it will be released by a written release from Bapak Agus Wibowo, Purchasing Manager, after ISIR "
               "sign-off of rev C."),
         ("p", "Material authority remains sample-only (material for the 30 rev C samples)."),
         ("p", "Supplier information (meeting 14 Aug): because SPHC-P coil has a 12-week lead time from Krakatau Steel, "
               "the supplier is arranging coil for the full annual volume of 60,000 pcs, with delivery to its Karawang plant "
               "in September."),
         ("sp",),
         ("p", "Issued: Yoga Prasetyo (Product Engineer)    Checked: Lina Marlina (Engineering Manager)"),
     ], author="Yoga Prasetyo"))])

# p40 -- Korean CE buyer: order acceptance means production can start (full-quantity PO)
_p40_oa = """2024-11-01 (금) 오후 3:20, Tran Van Duc <duc.tran@haiphongmould.vn> 작성:
Dear Mr. Yoon,

We confirm the acceptance of your PO DS-24-1101 for 2,400 sets of the speaker enclosure DS-SP-330
(front + rear housing, ABS V-0, black), at USD 3.85 per set, delivery FOB Hai Phong.
Signed order acceptance OA-HPM-24-1101 is attached.

Best regards,
Tran Van Duc
Sales Manager, Hai Phong Mould & Plastic Co., Ltd."""
_p40_text = """Dear Mr. Tran,

Thank you for the order acceptance.

Since the PO has now been accepted by your side, production of the 2,400 sets can start right away.
PO DS-24-1101 is the full quantity for this project; there is no sample lot and no further lot
(the design was frozen after the pilot run in September).

Please share the production schedule and the first shipment date.

Best regards,
""" + sig("Yoon Ji-woo", "Purchasing", "Daesung Digital Co., Ltd., Suwon", "+82 31 270 4412") + "\n" + q(_p40_oa)
_p40 = mail('"Yoon Ji-woo" <jiwoo.yoon@daesungdigital.co.kr>', '"Tran Van Duc" <duc.tran@haiphongmould.vn>',
            "RE: Order acceptance PO DS-24-1101", "Mon, 04 Nov 2024 10:05:00 +0900", _p40_text,
            html=to_html(_p40_text), in_reply_to="<oa-hpm-24-1101@haiphongmould.vn>")
case("p40_kr_acceptance_means_start", ["RG012"],
     "Buyer treats the supplier's PO acceptance as the trigger for production ('since the PO has been accepted, production "
     "can start'); full-quantity PO, no balance.",
     [("RE_OA_DS-24-1101.eml", eml_bytes(_p40))])

# p41 -- Malaysian supplier PSW cover letter: PSW approval = production approval, ship the balance (PDF)
case("p41_my_psw_cover_letter", ["RG007", "RG009"],
     "Supplier's PPAP cover letter: upon PSW approval it will treat it as the production approval and ship the balance "
     "9,500 pcs per the original schedule - implied auto-conversion, 'approval' for both technical and production.",
     [("PSW_cover_MPS-24-055.pdf", pdf([
         ("h1", "PPAP SUBMISSION - COVER LETTER"),
         ("p", "Melaka Precision Stamping Sdn Bhd - Plot 15, Ayer Keroh Industrial Estate, 75450 Melaka"),
         ("p", "Ref.: MPS-24-055  Date: 19 August 2024"),
         ("p", "To: Chonburi Auto Components Co., Ltd., Supplier Quality - attn. Khun Thanawat Jaidee (SQE)"),
         ("p", "Dear Khun Thanawat,"),
         ("p", "Please find enclosed our PPAP level 3 submission for part CAC-BK-7710 Rev A (heat shield bracket, "
               "SUS409L t0.8), produced in the significant production run on 14 August on press line P-4 (300 t):"),
         ("table", [["Element", "Document"],
                    ["Part Submission Warrant", "PSW-MPS-24-055, signed"],
                    ["Dimensional results", "5 pcs x 64 characteristics, all within tolerance"],
                    ["Material", "SUS409L mill cert EN 10204 3.1, heat 24K-77312"],
                    ["Capability", "Cpk 1.62 (hole position), 1.48 (flange height)"],
                    ["Control plan / PFMEA", "CP-7710 rev 2 / PFMEA-7710 rev 2"]]),
         ("p", "Upon PSW approval, we will treat it as your production approval and ship the balance of 9,500 pcs as "
               "per the original schedule in your PO (weekly from week 36)."),
         ("p", "Thank you for your support."),
         ("p", "Yours sincerely,  Azlan bin Hamid, Quality Manager"),
     ], title="PPAP cover letter MPS-24-055", author="Melaka Precision Stamping"))])

# p42 -- Thai LINE chat: buyer says if QC passes the samples, just continue with the rest, paper later
case("p42_th_line_continue_rest", ["RG007"],
     "Buyer scoped 40 samples with 3,960 on hold until his written release after PPAP sign-off, then says that if QC passes "
     "the samples the supplier can simply continue with the rest and he will send the paper later.",
     [("LINE_chat_SiamSeal_20240930.txt", txt("""
[LINE] Chat history with Somsak P. (Bangkok Auto Seal)
Saved on: 2024/10/04 09:30

2024/09/30(Mon)
08:45	Somsak P. (Bangkok Auto Seal)	สวัสดีครับ Khun Jeab, PO BAS-24-0930 sent already krub.
08:46	Somsak P. (Bangkok Auto Seal)	40 pcs sample only na krub. Balance 3,960 pcs on hold, not released.
08:46	Somsak P. (Bangkok Auto Seal)	After PPAP sign-off I will send written release krub. (Somsak Phromma, Purchasing Manager)
09:02	Jeab (Rayong Rubber Tech)	รับทราบค่ะ Noted ka. Samples 40 pcs ready 10 Oct ka.
2024/10/03(Thu)
14:20	Jeab (Rayong Rubber Tech)	Khun Somsak ka, customer line stop risk from Nov, planning team worry about lead time ka 😥
14:31	Somsak P. (Bangkok Auto Seal)	เข้าใจครับ I understand.
14:32	Somsak P. (Bangkok Auto Seal)	ถ้า QC ผ่าน samples (if QC passes the samples), you can just continue with the rest na krub. I send paper later.
14:33	Jeab (Rayong Rubber Tech)	ขอบคุณมากค่ะ 🙏 We prepare the line ka.
"""))])

# p43 -- Filipino minutes: supplier confirms SUS304 sheet procured for 10,000 brackets, 200 released (DOCX)
case("p43_ph_minutes_sheet_procured", ["RG006"],
     "Minutes: supplier confirms SUS304 sheet already procured for 10,000 brackets; buyer restates only 200 are released and "
     "no material authority beyond 200 exists.",
     [("MoM_2024-08-21.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Supplier Visit"),
         ("p", "Luzon Solar Builders Inc. / Visayas Metal Stamping Corp. - 21 August 2024, VMSC plant, Mandaue City, Cebu"),
         ("p", "Present: Engr. Ramon Reyes (LSB Supply Chain Head), Engr. Mylene Ocampo (LSB QA), Mr. Rodel Gonzaga "
               "(VMSC Plant Manager), Ms. Jenny Uy (VMSC Sales)."),
         ("table", [["No.", "Item", "Discussion / agreement", "Owner", "Due"],
                    ["1", "Order status", "PO LSB-24-0801: 200 pcs L-foot brackets LF-80 released (samples and pilot "
                     "install). Remaining 9,800 pcs not released; release by revised PO signed by Engr. Reyes after site "
                     "pull-out test sign-off.", "Reyes", "-"],
                    ["2", "Material", "VMSC confirmed SUS304 2B sheet t3.0 already procured for 10,000 brackets (approx. "
                     "14 MT), stored in warehouse B. LSB reiterated that only 200 pcs are released and that there is no "
                     "material authority beyond 200 pcs.", "Gonzaga", "-"],
                    ["3", "Quality", "Burr height max 0.1 mm; slot 10.5 x 30 mm per dwg LF-80 Rev 3", "Ocampo", "30 Aug"],
                    ["4", "Logistics", "Crates of 250 pcs, max 1 ton; shipping via 2GO to Batangas", "Uy", "-"]]),
         ("p", "Minutes prepared by Engr. Mylene Ocampo. Comments within 3 working days, otherwise considered final."),
     ], author="Mylene Ocampo"))])

# p44 -- Taiwanese bicycle buyer forwards own PO (100 sample grips) and asks for 120 (EML with rfc822)
_p44_orig = mail('"Lin Wei-Lun" <weilun.lin@formosaride.com.tw>', '"Ploy Siriwan" <ploy@cmrubber.co.th>',
                 "PO FR-24-0905 sample grips GR-ERGO-XL", "Thu, 05 Sep 2024 09:10:00 +0800",
                 """Dear Khun Ploy,

PO FR-24-0905 is for 100 sample pcs of the ergonomic grip GR-ERGO-XL (Kraton TPE 30A, black/grey).
The balance of 4,900 pcs in your quotation CMR-Q-24-088 is not released. It will be released only by a
written production release from me after our sample sign-off (ride test + UV 200 h).

Material for the 100 samples only, please.

Best regards,
Lin Wei-Lun
Purchasing Supervisor, Formosa Ride Co., Ltd.
""")
_p44_text = """Dear Khun Ploy, dear factory team,

Please arrange the 120 sample pcs as per the PO below - we need them for the dealer show in Taipei
and for the ride test. Delivery by 30 September please, to our Taichung office.

Best regards,
""" + sig("Lin Wei-Lun", "Purchasing Supervisor", "Formosa Ride Co., Ltd.", "+886 4 2358 7711")
_p44 = mail('"Lin Wei-Lun" <weilun.lin@formosaride.com.tw>', '"Ploy Siriwan" <ploy@cmrubber.co.th>',
            "Fwd: PO FR-24-0905 sample grips GR-ERGO-XL", "Wed, 11 Sep 2024 11:25:00 +0800", _p44_text,
            cc="factory@cmrubber.co.th", attachments=[("rfc822", _p44_orig)])
case("p44_tw_forward_100_vs_120", ["RG011"],
     "Buyer forwards his own PO mail (100 sample pcs, complete scope) and asks the factory to arrange 120 sample pcs 'as per "
     "the PO below'.",
     [("Fwd_PO_FR-24-0905.eml", eml_bytes(_p44))])

# p45 -- Taiwanese semiconductor buyer DOCX PO: 2 samples plus an unlabelled delivery plan up to 500
case("p45_tw_po_delivery_plan", ["RG001", "RG003", "RG004", "RG005"],
     "PO releases 2 sample fixtures but carries a delivery plan with pilot 50 and mass production 500 with no informational "
     "or not-released wording; no hold, unlock event or release person.",
     [("PO_HS-24-0318.docx", docx_bytes([
         ("h1", "Hsinchu Wafer Equipment Co., Ltd. - Purchase Order HS-24-0318"),
         ("p", "Date: 2024-03-18    Supplier: Taoyuan Ultra-Clean Parts Co., Ltd.    Buyer: Kuo Chia-Hao"),
         ("table", [["Line", "Part number", "Description", "Qty", "Unit price (TWD)"],
                    ["1", "PN 4100-0250-12", "Chamber liner clamp, SUS316L electropolished, DRG 9120 Rev 3 - sample", "2 pcs", "27,800"]]),
         ("h", "Delivery plan"),
         ("table", [["Phase", "Quantity", "Week"],
                    ["Sample", "2 pcs", "2024 wk 16"],
                    ["Pilot run", "50 pcs", "2024 wk 22"],
                    ["Mass production", "500 pcs", "2024 wk 30"]]),
         ("p", "Cleanroom packaging ISO 14644-1 Class 5, double bag, nitrogen purge. Particle and outgassing report per SEMI F57."),
         ("p", "Payment: 60 days after acceptance. HWE Purchasing Terms rev 2022-01 apply."),
     ], author="Kuo Chia-Hao"))])

# p46 -- Indonesian solar SAP Business One PO: 12 sample rails, remark cites 12.000 m production price
case("p46_id_sapb1_quote_remark", ["RG001", "RG003", "RG004", "RG005"],
     "SAP B1 PO for 12 sample rails; remarks restate the quotation's 12.000 m production tier with price, nothing says it "
     "is not released; no hold, event or release person.",
     [("PO_SMR-24-0077.txt", txt("""
PT SURYA MANDIRI RENEWABLES                                           PURCHASE ORDER
Jl. Raya Serang km 24, Balaraja, Tangerang 15610                      ------------------
                                                                      No.   : SMR-24-0077
                                                                      Date  : 14.10.2024
Vendor   : V-0231  PT ALUMINDO EKSTRUSI PERKASA                       Curr. : IDR
           Jl. Raya Waru 88, Sidoarjo                                 Buyer : Andi Saputra
Contact  : Bpk. Eko Prasetyo

#  Item No.       Description                             Qty   UoM     Unit Price            Total
-- -------------- ------------------------------------- ------  ----  -------------  ---------------
1  SMR-RAIL-4240  Rail 42x40 6005-T5 L=4.200 mm,            12  PCS      412.000,00     4.944.000,00
                  anodized 15 um - SAMPEL / SAMPLE
                                                                  Subtotal            4.944.000,00
                                                                  PPN 11%               543.840,00
                                                                  TOTAL               5.487.840,00

Remarks  : Ref. penawaran / quotation AEP/Q/24/133:
           - 12 pcs sampel @ Rp 412.000
           - 12.000 m rail produksi @ Rp 85.000/m (lead time 4 minggu)
           Kirim sampel ke gudang Balaraja paling lambat 01.11.2024.
           Sertakan mill certificate & laporan ketebalan anodize.

Prepared by: Andi Saputra (Purchasing Staff)
SAP Business One 10.0 - printed 14.10.2024 10:22
"""))])


# =================================================================== BUILD
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(17017).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        name = f"h17_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / name
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[name] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return labels


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    labels = build()
    counts = {}
    for v in labels.values():
        for r in v["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {clean}  with risks: {len(labels) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")
