#!/usr/bin/env python3
"""Generator for the releasegate check_holdout210 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout210/build.py

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
    m["Message-ID"] = msgid or f"<h210-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h210")
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


# =================================================================== CLEAN
# People and addresses (all fictional)
ANNIKA = "Annika Sjöberg <annika.sjoberg@regionnorrmark.se>"
MARIA = "Maria Holmgren <maria.holmgren@regionnorrmark.se>"
FAISAL = "Faisal Al-Qahtani <f.alqahtani@alnakheel-mc.sa>"
JULIANA = "Juliana Ferreira <juliana.ferreira@vitasul.com.br>"
PATRICIA = "Patrícia Costa <patricia.costa@vitasul.com.br>"
TAMA = "Tama Rawiri <tama.rawiri@kahurangihb.nz>"
GRANT = "Grant Whitfield <grant.whitfield@kahurangihb.nz>"
JURGEN = "Jürgen Kessler <j.kessler@steriform.de>"
TOMASZ = "Tomasz Wiśniewski <t.wisniewski@medstal.pl>"
LIM = "Lim Wei Jie <weijie.lim@pwswire.com.my>"
KEVIN = "Kevin Zhang <kevin.zhang@kangda-med.cn>"
MURAT = "Murat Yılmaz <murat.yilmaz@anadolusterimed.com.tr>"

SIG_ANNIKA = sig("Annika Sjöberg", "Upphandlare / Purchaser, Regionservice Upphandling",
                 "Region Norrmark", "+46 60 55 12 08")
SIG_MARIA = sig("Maria Holmgren", "Inköpschef / Head of Purchasing", "Region Norrmark",
                "+46 60 55 12 00")
SIG_FAISAL = sig("Eng. Faisal Al-Qahtani", "Procurement Specialist, Supply Chain Department",
                 "Al-Nakheel Medical City, Riyadh", "+966 11 555 0144")
SIG_JULIANA = sig("Juliana Ferreira", "Compradora / Buyer – Suprimentos",
                  "Rede Hospitalar Vita Sul, Porto Alegre", "+55 51 3555 0190")
SIG_PATRICIA = sig("Patrícia Costa", "Gerente de Suprimentos / Supply Manager",
                   "Rede Hospitalar Vita Sul, Porto Alegre", "+55 51 3555 0101")
SIG_TAMA = sig("Tama Rawiri", "Procurement Advisor", "Kahurangi Health Board, Nelson",
               "+64 3 555 0177")
SIG_GRANT = sig("Grant Whitfield", "GM Facilities & Supply", "Kahurangi Health Board, Nelson",
                "+64 3 555 0100")
SIG_JURGEN = (
    "\nMit freundlichen Grüßen / Best regards\n\nJürgen Kessler\nVertrieb Export / Export Sales\n"
    "Steriform Behältertechnik GmbH\nIn Grubäcker 7, 78532 Tuttlingen, Germany\n"
    "Tel. +49 7461 555 30\n\nGeschäftsführer: Dr. Ralf Endres · Amtsgericht Stuttgart HRB 740118\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
)
SIG_TOMASZ = (
    "\nBest regards / Z poważaniem\nTomasz Wiśniewski\nKey Account Manager – Export\n"
    "MedStal Sp. z o.o., ul. Przemysłowa 16, 85-758 Bydgoszcz, Poland\ntel. +48 52 555 41 20\n"
    "Sąd Rejonowy w Bydgoszczy, KRS 0000418872, NIP 953-55-41-220\n"
    "This message is confidential. If you are not the addressee please delete it.\n"
)
SIG_LIM = sig("Lim Wei Jie", "Sales Manager", "PWS Medical Wireworks Sdn. Bhd., Bayan Lepas, Penang",
              "+60 4 555 2210")
SIG_KEVIN = sig("Kevin Zhang (Zhang Lei)", "Overseas Sales Manager",
                "Weihai Kangda Medical Stainless Co., Ltd., Weihai, Shandong", "+86 631 555 8871")
SIG_MURAT = (
    "\nSaygılarımla / Best regards\nMurat Yılmaz\nExport Manager\n"
    "Anadolu Sterimed Metal San. ve Tic. A.Ş.\nNilüfer OSB, 16140 Bursa / TÜRKİYE\n"
    "T +90 224 555 40 40\n\nYASAL UYARI / DISCLAIMER: Bu e-posta ve ekleri gizlidir. This e-mail and "
    "its attachments are confidential and intended only for the addressee.\n"
)


def quote(text, level=1):
    pre = ">" * level + " "
    return "\n".join((pre + ln) if ln.strip() else ">" * level for ln in text.strip("\n").split("\n"))


# --------------------------------------------------------------- c01
case("c01_kangda_quote_tiers", [],
     "supplier quote with sample and production tiers; no authorization in the bundle",
     [("KD-Q2403-118.txt", """\
WEIHAI KANGDA MEDICAL STAINLESS CO., LTD.
No. 18 Huanshan Road, Economic & Technological Development Zone, Weihai 264205, Shandong, China
Tel: +86 631 555 8871   Fax: +86 631 555 8870   www.kangda-med.cn

                                QUOTATION

Quotation No.: KD-Q2403-118                          Date: 2024-03-18
To  : Al-Nakheel Medical City, Supply Chain Department, Riyadh, KSA
Attn: Eng. Faisal Al-Qahtani
Ref : Your RFQ AN-RFQ-24-0316 (CSSD wire baskets)

Dear Eng. Faisal,

Thanks for your kind inquiry. We are pleased to quote as below, please kindly check.

Item Part No.          Description                                    Qty        Unit price  Amount
---- ----------------- ---------------------------------------------- ---------- ----------- ------------
1    KD-WB-11-316L     Wire mesh basket DIN 1/1, 480x250x50 mm,       20 pcs     USD 46.80   USD 936.00
                       SUS316L, electropolished  -- SAMPLE LOT
2    KD-WB-11-316L     same as item 1 -- PRODUCTION BATCH             1,500 pcs  USD 31.20   USD 46,800.00
3    KD-WB-12-316L     Half basket DIN 1/2, 240x250x50 mm -- SAMPLE   20 pcs     USD 29.50   USD 590.00
4    KD-WB-12-316L     same as item 3 -- PRODUCTION BATCH             1,000 pcs  USD 19.90   USD 19,900.00

Price tier for item 2:   500-999 pcs USD 33.60  /  1,000-1,499 pcs USD 32.10  /  1,500 pcs and up USD 31.20
Price tier for item 4:   500-999 pcs USD 21.40  /  1,000 pcs and up USD 19.90

Remarks:
1. Sample lead time: 15 working days after PO and drawing confirmation (DRG KD-1125 Rev 3).
2. Production lead time: 35-40 days after your written production release.
3. Material SUS316L (1.4404), wire dia 2.0 mm, frame 4.0 mm, mesh 8x8 mm, weld points passivated.
4. Payment: samples 100% T/T before shipment; production 30% deposit, 70% before shipment.
5. Validity: 60 days. Price term: FOB Qingdao.
6. Certificates: ISO 13485:2016, ISO 9001:2015, material certificate EN 10204 3.1.
7. Basket is compatible with washer-disinfector per ISO 15883-1, tested 134 C / 18 min, 200 cycles no rust.

This quotation is not an order confirmation. Any question please feel free to contact me.

Best regards,
Kevin Zhang (Zhang Lei)
Overseas Sales Manager
Mob/WeChat: +86 139 0631 5521
""")])

# --------------------------------------------------------------- c02
_c02_text = """\
Dear Mr. Lim,

Good morning from Porto Alegre! We are preparing the 2025 budget for the CME (CSSD) of our six
hospitals and would like your best price for the wire basket below.

Item 1: cesto aramado / wire mesh basket DIN 1/1, 480x250x50 mm, AISI 316L, electropolished,
laser marking "VS-CME" on the frame.

Please quote three scenarios for item 1:
  A) 500 pcs
  B) 1.000 pcs
  C) 2.000 pcs
and also a sample lot of 10 (dez) pcs.

Some questions:
1. Lead time for the samples and for each scenario?
2. Can the laser marking be on the frame, not on the mesh?
3. Price CIF Rio Grande please, in USD.

Important: this is a request for quotation only. It is not a purchase order and it does not
authorize production or any purchase of material. An order, if any, will come as a numbered PO
from our SAP.

Please send your quote until 26/04/2024.

Obrigada!
""" + SIG_JULIANA

_c02_html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Mr. Lim,</p>
<p>Good morning from Porto Alegre! We are preparing the 2025 budget for the CME (CSSD) of our six
hospitals and would like your best price for the wire basket below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddeeff"><th>Item</th><th>Description</th><th>Scenario A</th><th>Scenario B</th><th>Scenario C</th><th>Sample lot</th></tr>
<tr><td>1</td><td>Cesto aramado / wire mesh basket DIN 1/1, 480x250x50 mm, AISI 316L, electropolished, laser marking "VS-CME"</td>
<td>500 pcs</td><td>1.000 pcs</td><td>2.000 pcs</td><td>10 pcs</td></tr>
</table>
<p>Some questions:</p>
<ol><li>Lead time for the samples and for each scenario?</li>
<li>Can the laser marking be on the frame, not on the mesh?</li>
<li>Price CIF Rio Grande please, in USD.</li></ol>
<p><b>Important:</b> this is a request for quotation only. It is not a purchase order and it does
not authorize production or any purchase of material. An order, if any, will come as a numbered
PO from our SAP.</p>
<p>Please send your quote until 26/04/2024.</p>
<p>Obrigada!<br>Juliana Ferreira<br>Compradora / Buyer – Suprimentos<br>Rede Hospitalar Vita Sul</p>
</body></html>"""

case("c02_vitasul_rfq_scenarios", [],
     "buyer RFQ with three quantity scenarios, explicitly not an order; nothing authorized",
     [("RFQ_VS-2024-0419.eml", eml_bytes(mail(
         JULIANA, LIM, "RFQ VS-2024-0419 – cesto aramado DIN 1/1 – 3 scenarios for 2025 budget",
         "Fri, 12 Apr 2024 10:05:00 -0300", _c02_text, html=_c02_html,
         cc="Rodrigo Mendes <rodrigo.mendes@vitasul.com.br>")))])

# --------------------------------------------------------------- c03
case("c03_whatsapp_goahead_question", [],
     "supplier asks for a go-ahead on the series; buyer answers with full scope: 2 pilot only, "
     "118 not released, pilot acceptance + written release by a named director",
     [("WhatsApp Chat with Murat Yilmaz.txt", """\
14/04/2024, 10:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/04/2024, 10:12 - Murat Yılmaz Anadolu: Good morning Eng. Faisal, the 2 pilot racks ASM-WR-5L are packed, DHL pick up tomorrow 🙏
14/04/2024, 10:13 - Murat Yılmaz Anadolu: Also one question. Do we have go-ahead for the 118 series racks? Our planning wants to book laser cutting for week 18
14/04/2024, 10:31 - Eng. Faisal Al-Qahtani: Good morning Murat, thanks for the update
14/04/2024, 10:33 - Eng. Faisal Al-Qahtani: No go-ahead for series yet. PO 7700-4412 is for the 2 (two) pilot racks only. The balance 118 racks is NOT released
14/04/2024, 10:34 - Eng. Faisal Al-Qahtani: Dr. Huda will run the pilot in the washer (ISO 15883-5 soil test) and sign the pilot acceptance. After that Mr. Abdulrahman Al-Otaibi sends the written release for the 118, not before
14/04/2024, 10:35 - Eng. Faisal Al-Qahtani: So please don't book the laser or buy sheet for the series, pilot material only
14/04/2024, 10:36 - Murat Yılmaz Anadolu: Understood, clear 👍 we wait the written release from Mr. Abdulrahman
14/04/2024, 10:36 - Murat Yılmaz Anadolu: İnşallah pilot will pass 🙂
14/04/2024, 10:40 - Eng. Faisal Al-Qahtani: Inshallah. Send me the DHL AWB when you have it
14/04/2024, 16:02 - Murat Yılmaz Anadolu: AWB 4471 2280 1180, 2 pallets 118 kg total
""")])

# --------------------------------------------------------------- c04
_c04_rows = [["Month", "KD-SL-450x250 silicone mat", "KD-TL-520 nonwoven tray liner"]]
for _m, _a, _b in [("Jul-24", 400, 1000), ("Aug-24", 400, 1000), ("Sep-24", 450, 1000),
                   ("Oct-24", 450, 1000), ("Nov-24", 500, 1000), ("Dec-24", 350, 800),
                   ("Jan-25", 300, 800), ("Feb-25", 450, 1000), ("Mar-25", 450, 1000),
                   ("Apr-25", 500, 1000), ("May-25", 450, 1000), ("Jun-25", 450, 1000)]:
    _c04_rows.append([_m, f"{_a:,}", f"{_b:,}"])
_c04_rows.append(["Total FY24/25 (estimate)", "5,150", "11,600"])

case("c04_khb_forecast_labelled", [],
     "clearly labelled 12-month forecast, no production or material authority; not an order",
     [("KHB_SSU_demand_plan_FY25.pdf", pdf([
         ("h1", "Kahurangi Health Board – Sterile Services Unit"),
         ("h", "12-month demand forecast: tray liners and silicone mats, FY 2024/25 (Rev 3)"),
         ("p", "FORECAST ONLY – NOT A PURCHASE ORDER. This schedule gives no production authority "
               "and no material authority. The quantities are planning estimates from SSU theatre "
               "tray throughput and may change month to month."),
         ("p", "Prepared for: Weihai Kangda Medical Stainless Co., Ltd. (supplier capacity planning "
               "only). Prepared by: Tama Rawiri, Procurement Advisor. Issue date: 03/06/2024."),
         ("sp",),
         ("table", _c04_rows),
         ("sp",),
         ("p", "Orders are placed only by a numbered Kahurangi PO. Production beyond samples only "
               "on a written release. Liners must meet ISO 11607-1 packaging requirements; mats "
               "validated for 134 C / 18 min, 100 cycles."),
         ("p", "Questions: tama.rawiri@kahurangihb.nz"),
     ], title="KHB SSU demand plan FY25", author="Tama Rawiri"))])

# --------------------------------------------------------------- c05
case("c05_norrmark_signoff_fitcheck", [],
     "sample sign-off 'approved for fit check only; production not released'; balance on hold "
     "with event and named release authority",
     [("SSR-2024-031.docx", docx_bytes([
         ("h1", "Provgodkännande / Sample sign-off record SSR-2024-031"),
         ("table", [["Field", "Value"],
                    ["Region", "Region Norrmark – Sterilcentralen, Sundsvikens sjukhus"],
                    ["Supplier", "Steriform Behältertechnik GmbH, Tuttlingen"],
                    ["Part", "Sterilbehållare / sterilisation container SF-C11-135, 1/1, 580x280x135 mm"],
                    ["Drawing", "DRG 4410-135 Rev 7"],
                    ["PO", "4500318842 – 5 (fem / five) sample containers"],
                    ["Samples received", "2024-04-15, 5 pcs, lot L24-0415"]]),
         ("h", "Checks"),
         ("table", [["Check", "Requirement", "Result"],
                    ["Fit on loading trolley 6 STU", "no contact with rails", "OK"],
                    ["Lid seal / filter holder", "EN 868-8, no gap > 0,2 mm", "OK"],
                    ["3 cycles 134 °C / 18 min", "dry, no condensate in basket", "OK (residual 0,1 g)"],
                    ["Labels & traceability", "UDI plate readable", "OK"]]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only. Production not released."),
         ("p", "The balance of 1 170 containers on the Steriform offer stays on hold. It is "
               "released only by a written production release from Maria Holmgren (Inköpschef) "
               "after the 500-cycle durability report (test plan TP-88) has been accepted by "
               "Sterilteknik."),
         ("p", "Signerat / signed: Per-Olof Nyström, sterilteknisk ingenjör, 2024-04-22"),
     ], author="Per-Olof Nyström"))])

# --------------------------------------------------------------- c06
case("c06_alnakheel_portal_full_po", [],
     "portal PO for the full quantity (48 racks + 48 nozzle sets), 'proceed with the full "
     "quantity'; no balance exists",
     [("ePO_7700-4521.html", html_page("Al-Nakheel e-Procurement – PO 7700-4521", """\
<div style="background:#0b5d3b;color:#fff;padding:8px"><b>Al-Nakheel Medical City</b> – e-Procurement Portal</div>
<h2>Purchase Order 7700-4521</h2>
<table>
<tr><th>Supplier</th><td>Anadolu Sterimed Metal San. ve Tic. A.Ş., Bursa, Türkiye (vendor 600233)</td></tr>
<tr><th>Status</th><td>Issued – 05/05/2024</td></tr>
<tr><th>Buyer</th><td>Procurement Specialist, Supply Chain Dept.</td></tr>
<tr><th>Project</th><td>CSSD expansion – Tower B</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price SAR</th><th>Amount SAR</th></tr>
<tr><td>1</td><td>ASM-WR-5L</td><td>MIS washer rack, 5 levels, AISI 316L, ISO 15883-1/-2 compatible</td><td>48</td><td>EA</td><td>3,450.00</td><td>165,600.00</td></tr>
<tr><td>2</td><td>ASM-WR-DN</td><td>Nozzle set for ASM-WR-5L (12 nozzles, M8x1.0)</td><td>48</td><td>SET</td><td>420.00</td><td>20,160.00</td></tr>
<tr><td colspan="6" style="text-align:right"><b>Total</b></td><td><b>185,760.00</b></td></tr>
</table>
<div class="note">
<p><b>Scope of this PO.</b> This PO covers the complete requirement of CSSD Tower B. Proceed with the
full quantity of 48 (forty-eight) racks and 48 nozzle sets. There is no further balance, no option and
no sample phase (the rack type is already in use in Tower A since 2022).</p>
<p>Delivery DDP Riyadh, 10 weeks after PO date. Documents: CoC, material certificates EN 10204 3.1,
weld inspection report.</p>
</div>
<p style="font-size:11px;color:#666">Generated by Al-Nakheel e-Procurement. Printed 05/05/2024 11:42 AST.</p>
"""))])

# --------------------------------------------------------------- c07
case("c07_alnakheel_calloff_staged", [],
     "call-off releases 300; explicit staged material authority for 900; balance 1,200 not "
     "released until next call-off after lot acceptance; named release authority",
     [("BPA-AN-24-0031_REL1.txt", """\
AL-NAKHEEL MEDICAL CITY - SUPPLY CHAIN DEPARTMENT (ORACLE EBS R12)
BLANKET RELEASE (CALL-OFF) PRINTOUT                               Page 1/1
==========================================================================
Blanket agreement : BPA-AN-24-0031          Supplier: WEIHAI KANGDA MEDICAL
Release no.       : 1                                 STAINLESS CO LTD (V-81552)
Release date      : 12-MAY-2024             Ship to : CSSD Main Store, Bldg 7
Item              : KD-WB-11-316L  WIRE MESH BASKET DIN 1/1 480X250X50 316L
Drawing           : KD-1125 REV 3           Std: ISO 15883-1, ISO 13485:2016

QUANTITY SUMMARY                                       PCS
--------------------------------------------------------------------------
Agreed quantity (blanket)                            1,500
Released this call-off (firm, need-by 30-JUN-2024)     300
Previously released                                      0
Balance on hold  -  NOT RELEASED                     1,200

MATERIAL AUTHORITY
--------------------------------------------------------------------------
Type                         : STAGED
Material authorised          : 900 pcs worth (SUS316L wire + frame), at
                               Al-Nakheel liability, store at supplier
Fabrication beyond 300       : NOT AUTHORISED

UNLOCK / NEXT RELEASE
--------------------------------------------------------------------------
Next release      : by next call-off only, after lot acceptance of the 300
                    at Riyadh incoming QC (AQL 1.0)
Release authority : Abdulrahman Al-Otaibi, Director Supply Chain
                    (limit SAR 250,000 per release)

NOTE TO SUPPLIER
Dear Kevin, kindly note the above. You may purchase and keep material for up
to 900 baskets at our liability. Please do not fabricate more than the 300
released. Balance 1,200 stays on hold.
Regards, Eng. Faisal Al-Qahtani, Procurement Specialist
==========================================================================
*** END OF RELEASE ***
""")])

# --------------------------------------------------------------- c08
case("c08_alnakheel_autoconversion_signed", [],
     "explicit signed auto-conversion record: named quantity (600), signer, conditions; the rest "
     "on hold for written release by a named director",
     [("ACR-24-006.docx", docx_bytes([
         ("h1", "Auto-conversion record ACR-24-006"),
         ("p", "Al-Nakheel Medical City – Supply Chain Department / Weihai Kangda Medical "
               "Stainless Co., Ltd."),
         ("table", [["Order", "AN-PO 7700-4388"],
                    ["Item", "KD-WB-11-316L wire mesh basket DIN 1/1, 480x250x50 mm"],
                    ["Sample quantity (PO line 1)", "20 (twenty) pcs"],
                    ["Quoted production quantity", "1,500 pcs (quotation KD-Q2403-118)"],
                    ["Quantity converted automatically", "600 (six hundred) pcs"]]),
         ("h", "Agreement"),
         ("p", "If the 20 sample baskets receive an APPROVED sample sign-off from Dr. Huda "
               "Al-Shehri, CSSD Manager, on or before 30 June 2024, and no NCR is open on the "
               "sample lot, that sign-off releases 600 (six hundred) baskets for production by "
               "itself, without a further release document."),
         ("p", "Conditions: (1) sign-off form CSSD-F-17 signed by Dr. Huda Al-Shehri; (2) copy of "
               "the signed form sent to the supplier by e-mail; (3) price and delivery per "
               "quotation KD-Q2403-118, item 2."),
         ("p", "Not converted: the remaining 880 baskets of the quoted 1,500 stay on hold. They are "
               "released only by a separate written release from Mr. Abdulrahman Al-Otaibi, "
               "Director Supply Chain."),
         ("p", "Material authority: sample-only until the conversion; after the conversion, "
               "material for 600 pcs."),
         ("h", "Signatures"),
         ("table", [["Role", "Name", "Date"],
                    ["Release authority", "Abdulrahman Al-Otaibi, Director Supply Chain", "08/05/2024"],
                    ["Procurement", "Eng. Faisal Al-Qahtani", "08/05/2024"],
                    ["Supplier acknowledgement", "Zhang Lei (Kevin), Overseas Sales Manager", "09/05/2024"]]),
     ], author="Faisal Al-Qahtani"))])

# --------------------------------------------------------------- c09
_c09_old = mail(
    JURGEN, "Lars Berglund <lars.berglund@regionnorrmark.se>",
    "Angebot AN-22-0917 Sterilbehälter SF-C11-135",
    "Wed, 14 Sep 2022 15:20:00 +0200",
    """\
Sehr geehrter Herr Berglund,

wie besprochen unser Angebot / as discussed our offer AN-22-0917:

SF-C11-135 Sterilbehälter 1/1, 580x280x135, Filterdeckel
  ab / from 2.000 Stück   EUR 124,90
  ab / from 5.000 Stück   EUR 118,40

Lieferzeit 8-10 Wochen. Preise gültig bis 31.12.2022.
""" + SIG_JURGEN)

_c09_text = """\
Hej Jürgen,

For reference only I forward your offer from 2022 (Angebot AN-22-0917, price level for 5 000
containers). This is informational – it is not an order and nothing in it is released.

The live order is PO 4500318842: 5 (five) sample containers SF-C11-135 only. The series balance
remains not released until Per-Olof Nyström has signed off the samples and Maria Holmgren
(Inköpschef) sends a written production release.

Could you explain what changed in the price since 2022? Our finance asks because the new offer is
about 30 % higher.

Med vänlig hälsning / Best regards
""" + SIG_ANNIKA

case("c09_norrmark_fwd_old_quote", [],
     "old quote with 5 000 forwarded as rfc822 and declared informational; live PO 5 samples with "
     "hold, event and named release authority",
     [("Fwd_Angebot_AN-22-0917.eml", eml_bytes(mail(
         ANNIKA, JURGEN, "VB: Angebot AN-22-0917 Sterilbehälter SF-C11-135 (for reference only)",
         "Tue, 23 Apr 2024 13:47:00 +0200", _c09_text, attachments=[("rfc822", _c09_old)])))])

# --------------------------------------------------------------- c10
_c10_quoted = """\
Dear Juliana,

good news, the 2 pilot trolleys ASL-LT-6 are welded and electropolished, we send photos tomorrow.
To keep your August date, once Rodrigo approves the 2 pilot trolleys we roll straight into the 58
series, no stop in between.

Best regards
Murat
"""
_c10_text = """\
Murat, boa tarde,

No – please do not roll into the series. Rodrigo's approval of the pilot trolleys is a technical
sign-off only, it does not release the 58.

Our PO 45-88120 covers the 2 (dois) pilot trolleys only. The 58 series trolleys stay on hold until
Rodrigo Mendes has signed the pilot test report AND Patrícia Costa (Gerente de Suprimentos) has sent
the written production release. Until then, no material for the series please.

If the August date is at risk, tell me and we talk with Patrícia.

Abraços,
""" + SIG_JULIANA + "\n\nEm 06/05/2024 09:18, Murat Yılmaz escreveu:\n" + quote(_c10_quoted)

case("c10_vitasul_reply_corrects_rollover", [],
     "quoted supplier assumption of auto-conversion corrected by buyer: 2 pilot only, 58 on hold, "
     "pilot sign-off + written release by named manager",
     [("RE_ASL-LT-6_pilot_trolleys.eml", eml_bytes(mail(
         JULIANA, MURAT, "RES: ASL-LT-6 pilot trolleys – photos / series",
         "Mon, 06 May 2024 14:02:00 -0300", _c10_text,
         cc="Rodrigo Mendes <rodrigo.mendes@vitasul.com.br>, " + PATRICIA,
         in_reply_to="<h210-murat-0506@anadolusterimed.com.tr>")))])

# --------------------------------------------------------------- c11
case("c11_wechat_deposit_not_release", [],
     "buyer scope complete (20 samples, 1,480 on hold, sign-off + written release by named "
     "director); supplier says deposit does not release production",
     [("WeChat_Kevin_Zhang_export.txt", """\
WeChat chat history – Kevin Zhang 张磊 (Kangda Medical)
Exported by: Faisal Al-Qahtani   Export date: 2024-05-09
------------------------------------------------------------
2024-05-06 09:14:22  Faisal Al-Qahtani
Dear Kevin, PO AN-7700-4388 sent by email. It is for 20 (twenty) sample baskets KD-WB-11-316L only.

2024-05-06 09:15:40  Faisal Al-Qahtani
The balance 1,480 of your quotation is on hold, not released. Release only after sample sign-off by Dr. Huda Al-Shehri and then written release from Mr. Abdulrahman Al-Otaibi.

2024-05-06 09:40:03  Kevin Zhang 张磊
Received, thank you Eng. Faisal. We arrange samples, ETD around 28 May.

2024-05-08 16:02:51  Kevin Zhang 张磊
Dear, we received your deposit USD 14,040.00 today (30% of quotation KD-Q2403-118). Thank you!

2024-05-08 16:03:30  Kevin Zhang 张磊
Please note: deposit does not release production. We make only the 20 samples now, the 1,480 balance wait for your written release. No material buy for the balance.

2024-05-08 16:20:12  Faisal Al-Qahtani
Correct, thank you Kevin 👍 Finance paid early because of the proforma, sorry for confusion.

2024-05-08 16:21:05  Kevin Zhang 张磊
No problem [Smile]
------------------------------------------------------------
""")])

# --------------------------------------------------------------- c12
case("c12_medstal_ack_restates_hold", [],
     "supplier acknowledgement restating the scope: 3 pilot only, 57 not released, sample-only "
     "material, waits for written release",
     [("MS-OA-2024-0419.pdf", pdf([
         ("h1", "MedStal Sp. z o.o."),
         ("p", "ul. Przemyslowa 16, 85-758 Bydgoszcz, Poland · NIP 953-55-41-220 · ISO 13485:2016"),
         ("h", "Potwierdzenie zamówienia / Order acknowledgement MS/OA/2024/0419"),
         ("p", "Customer: Kahurangi Health Board, Sterile Services Unit, Nelson, New Zealand. "
               "Your PO: KHB-PO-24-1187 of 29/04/2024. Our offer: MS/OF/24/112."),
         ("table", [["Pos.", "Item", "Description", "Qty", "Unit price NZD", "Value NZD"],
                    ["1", "MS-LT-6STU", "Loading trolley 6 STU, AISI 316L, pilot", "3", "4,380.00", "13,140.00"]]),
         ("sp",),
         ("p", "We acknowledge your PO KHB-PO-24-1187 as written: 3 (three) pilot loading trolleys "
               "only. The balance of 57 trolleys from our offer MS/OF/24/112 is not released and "
               "we will not start it."),
         ("p", "Material: we buy material for the 3 pilot trolleys only (sample-only material "
               "authority)."),
         ("p", "Next step: after your pilot acceptance by Ms Sarah McKenzie we wait for the written "
               "release from Mr Grant Whitfield before any series work."),
         ("p", "Pilot delivery: week 24, DAP Nelson. Castors 125 mm, M10x1.5, EN 12527."),
         ("p", "Bydgoszcz, 02/05/2024 – Tomasz Wisniewski, Key Account Manager Export"),
     ], title="MS/OA/2024/0419", author="MedStal"))])

# --------------------------------------------------------------- c13
case("c13_khb_interim_signoff_limits", [],
     "interim sample sign-off with quantity and date limits plus a release of 150 by the named "
     "authority; 4 850 not released until final sign-off and written release",
     [("SSU-QR-24-118.docx", docx_bytes([
         ("h1", "Sterile Services Unit – Sample disposition SSU-QR-24-118"),
         ("p", "Kahurangi Health Board, Nelson Hospital · Supplier: Weihai Kangda Medical Stainless "
               "Co., Ltd. · Item KD-SL-450x250 silicone instrument mat (blue) · PO KHB-PO-24-1171"),
         ("h", "Result of sample evaluation"),
         ("table", [["Test", "Result"],
                    ["Fit in DIN 1/1 basket", "pass"],
                    ["134 °C / 18 min, 25 cycles", "pass, slight discolouration at edge"],
                    ["Instrument grip (no sliding at 15° tilt)", "pass"],
                    ["100-cycle discolouration test", "still running – due 20/06/2024"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim sign-off: the mats may be used in theatre trays up to 150 (one hundred and "
               "fifty) pcs, valid until 30 June 2024. Sarah McKenzie, Sterile Services Manager, "
               "27/05/2024."),
         ("p", "Production release R-KHB-24-031: 150 pcs released for production under this interim "
               "sign-off. Authorised by Grant Whitfield, GM Facilities & Supply, 28/05/2024."),
         ("p", "The remaining 4 850 mats of the quoted 5 000 are not released. A full release needs "
               "the final sign-off after the 100-cycle test and a written release by Grant "
               "Whitfield. Material authority: 150 pcs only."),
     ], author="Sarah McKenzie"))])

# --------------------------------------------------------------- c14
case("c14_norrmark_deviation_permit", [],
     "deviation permit on a material; explicitly changes no quantity and releases nothing; PO scope "
     "restated with event and named authority",
     [("DP-24-017.pdf", pdf([
         ("h1", "Avvikelsemedgivande / Deviation permit DP-24-017"),
         ("p", "Region Norrmark – Sterilteknik · Supplier: Steriform Behältertechnik GmbH · "
               "Part SF-C11-135, DRG 4410-135 Rev 7 · PO 4500318842"),
         ("table", [["Field", "Content"],
                    ["Deviation", "Lid handle rivet in 1.4301 (AISI 304) instead of 1.4404 (316L)"],
                    ["Affected lot", "L24-0415 (the sample lot only)"],
                    ["Reason", "316L rivets 4x12 mm back-ordered at Steriform's supplier"],
                    ["Risk assessment", "corrosion test 48 h ISO 9227 NSS passed; no patient contact"],
                    ["Validity", "sample lot L24-0415 only; series must use 1.4404"]]),
         ("sp",),
         ("p", "This permit changes no PO quantity and releases no production. PO 4500318842 stays "
               "as written: 5 sample containers; the series balance is not released until Per-Olof "
               "Nyström has signed off the samples and Maria Holmgren has sent a written production "
               "release."),
         ("p", "Medgivande lämnat / permit granted: Per-Olof Nyström, sterilteknisk ingenjör, "
               "2024-04-12."),
     ], title="DP-24-017", author="Per-Olof Nystrom"))])

# --------------------------------------------------------------- c15
case("c15_khb_erp_po_full_identifiers", [],
     "full and final quantity PO (12 + 2 trolleys, no balance); many quantity-like identifiers",
     [("KHB-PO-24-1250.txt", """\
KAHURANGI HEALTH BOARD                 PURCHASE ORDER                    Page 1 of 1
Te Poari Hauora o Kahurangi            (Oracle Fusion - PO print)
------------------------------------------------------------------------------------
PO No    : KHB-PO-24-1250              Date : 13/05/2024               Revision : 0
Vendor   : 300118  MedStal Sp. z o.o., ul. Przemyslowa 16, 85-758 Bydgoszcz, PL
Ship to  : Sterile Services Unit, Nelson Hospital, Bay 1200 (Loading Dock 2)
Bill to  : Accounts Payable, PO Box 1800, Nelson 7040
Quote ref: MS/OF/24/131                 Currency : NZD            Terms : 30 days
------------------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                               QTY UOM  UNIT NZD   EXT NZD
01  MS-LT-6STU-1500   Loading trolley 6 STU, 316L,               12 EA   4,180.00 50,160.00
                      DRG 4471 Rev 15, castors M10x1.5 125 mm,
                      fits EN 285 chamber 6 STU
02  MS-TT-1200-80     Transfer trolley 1200x800, tilt 15 deg      2 EA   2,960.00  5,920.00
                                                                    TOTAL NZD     56,080.00
------------------------------------------------------------------------------------
NOTES
- Full and final quantity. Lines 01 and 02 are the complete requirement for the
  SSU refurbishment; there is no balance, no option and no sample phase.
- Proceed with the full 12 (twelve) loading trolleys and 2 (two) transfer trolleys.
- Supplier QMS ISO 9001:2015 / ISO 13485:2016. Castor salt spray ISO 9227 NSS 500 h.
- Deliver DAP Nelson by 30/08/2024. Marking per KHB asset spec AS-300 v2.
Authorised: Tama Rawiri, Procurement Advisor (financial delegation FD-24-07)
------------------------------------------------------------------------------------
""")])

# --------------------------------------------------------------- c16
_c16_po = pdf([
    ("h1", "Rede Hospitalar Vita Sul"),
    ("p", "Av. Ipiranga 4100, Porto Alegre – RS, Brasil · CNPJ 12.345.678/0001-90"),
    ("h", "PEDIDO DE COMPRA / PURCHASE ORDER Nº 45-88201"),
    ("p", "Fornecedor / supplier: PWS Medical Wireworks Sdn. Bhd., Bayan Lepas, Penang, Malaysia. "
          "Data: 13/05/2024. Cotação / quote: PWS-Q-24-0372."),
    ("table", [["Item", "Código", "Descrição", "Qtd.", "Preço unit. USD", "Total USD"],
               ["1", "PWS-MB-4825-50", "Cesto aramado DIN 1/1 480x250x50, 316L – AMOSTRA / sample",
                "10", "38,50", "385,00"]]),
    ("sp",),
    ("p", "Escopo / scope: este pedido cobre somente 10 (dez) cestos amostra. This PO covers the 10 "
          "sample baskets only. The 1.600 production baskets of quote PWS-Q-24-0372 are not "
          "released."),
    ("p", "Liberação / release of production: only after sample sign-off by Rodrigo Mendes "
          "(Engenharia Clínica) and a written release from Patrícia Costa (Gerente de Suprimentos). "
          "Material: for the samples only."),
    ("p", "Entrega CIF Rio Grande. NCM 7326.20.00."),
], title="PO 45-88201", author="Vita Sul Suprimentos")

_c16_text = """\
Hi Mr. Lim,

Thank you for the quote PWS-Q-24-0372. Please go ahead with the 10 (dez) sample baskets only – our
PO 45-88201 is attached.

The 1.600 production baskets in your quote are not released. Rodrigo Mendes (Engenharia Clínica)
will do the sign-off of the samples in our CME, and after that Patrícia Costa sends you the written
release. Please do not buy wire for the production yet.

Please confirm the sample delivery date.

Obrigada,
""" + SIG_JULIANA

_c16_html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Hi Mr. Lim,</p>
<p>Thank you for the quote PWS-Q-24-0372. Please <b>go ahead with the 10 (dez) sample baskets only</b> –
our PO 45-88201 is attached.</p>
<p>The 1.600 production baskets in your quote are <b>not released</b>. Rodrigo Mendes (Engenharia
Clínica) will do the sign-off of the samples in our CME, and after that Patrícia Costa sends you the
written release. Please do not buy wire for the production yet.</p>
<p>Please confirm the sample delivery date.</p>
<p>Obrigada,<br>Juliana Ferreira<br>Compradora / Buyer – Suprimentos<br>Rede Hospitalar Vita Sul</p>
</body></html>"""

case("c16_vitasul_scoped_goahead", [],
     "'go ahead with the 10 sample baskets only'; 1.600 not released; sign-off + written release by "
     "a named manager; PO attached says the same",
     [("PO_45-88201_samples.eml", eml_bytes(mail(
         JULIANA, LIM, "PO 45-88201 – sample baskets PWS-MB-4825-50",
         "Mon, 13 May 2024 11:30:00 -0300", _c16_text, html=_c16_html,
         attachments=[("PO_45-88201.pdf", _c16_po, PDF_MT)])))])

# --------------------------------------------------------------- c17
case("c17_anadolu_portal_status_hold", [],
     "supplier portal status: pilot 2 released, series 118 on hold awaiting named customer "
     "release, sample-only material",
     [("order_SO-24-0311.html", html_page("Anadolu Sterimed – Customer Portal – SO-24-0311", """\
<div style="background:#c8102e;color:#fff;padding:8px"><b>Anadolu Sterimed</b> · Customer Portal · Sipariş Takibi / Order Tracking</div>
<h2>Sales order SO-24-0311</h2>
<table>
<tr><th>Customer</th><td>Al-Nakheel Medical City, Riyadh</td></tr>
<tr><th>Customer PO</th><td>7700-4412</td></tr>
<tr><th>Item</th><td>ASM-WR-5L MIS washer rack, 5 levels, 316L</td></tr>
<tr><th>Last update</th><td>22.04.2024 08:15 (Elif Demir, Planning)</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th><th>Remark</th></tr>
<tr><td>10</td><td>Pilot</td><td>2</td><td>Shipped 15.04.2024</td><td>DHL AWB 4471 2280 1180</td></tr>
<tr><td>20</td><td>Series</td><td>118</td><td><b>ON HOLD</b></td><td>Not released. Waiting customer written release from Mr. Abdulrahman Al-Otaibi after pilot acceptance (Dr. Huda Al-Shehri).</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material authority</th><td>Sample-only (pilot)</td></tr>
<tr><th>316L sheet 2 mm purchased</th><td>for 2 racks (pilot) – nothing for series</td></tr>
<tr><th>Laser cutting slot</th><td>not booked</td></tr>
</table>
<p class="note">Series production will be planned only after the written release is received. Questions: murat.yilmaz@anadolusterimed.com.tr</p>
"""))])

# --------------------------------------------------------------- c18
_c18_po = """\
Region Norrmark                                          INKÖPSORDER / PURCHASE ORDER
Regionservice Upphandling, Box 112, 851 86 Sundsviken    Nr 4500319004
                                                         Datum 2024-04-29  Sida 1(1)
Leverantör / supplier: 1004417 Steriform Behältertechnik GmbH, In Grubäcker 7,
                       78532 Tuttlingen, Tyskland
Leveransadress: Sundsvikens sjukhus, Sterilcentralen, plan 2, port 4
Er referens: Jürgen Kessler          Vår referens: Annika Sjöberg
-----------------------------------------------------------------------------------
Pos  Material     Benämning                                 Antal  Enh  Pris EUR  Belopp EUR
10   SF-C12-90    Sterilbehållare 1/2 285x280x90, prov /       6   ST    98,50      591,00
                  samples, DRG 4410-90 Rev 4
                  Scope: SAMPLE
20   SF-C12-90    Sterilbehållare 1/2, serie / series      1 200   ST    61,20   73 440,00
                  Scope: PRODUCTION – EJ FRISLÄPPT / NOT RELEASED
-----------------------------------------------------------------------------------
Text pos 20:
  Pos 20 is commercial cover only. No production and no material for pos 20 until a
  written production release. Unlock: sample sign-off by Sterilteknik (Per-Olof
  Nyström), then written production release from Maria Holmgren, Inköpschef.
  The release may be given in part quantities.
Leveransvillkor DAP Sundsviken (Incoterms 2020). Betalning 30 dagar netto.
Certifikat: EN 868-8, EN 10204 3.1.
-----------------------------------------------------------------------------------
"""

_c18_mail = """\
Dear Mr. Kessler,

Production release PR-2024-012 – PO 4500319004, pos 20, SF-C12-90

Following Per-Olof Nyström's sample sign-off SSR-2024-044 of 2024-05-20 (result: approved, no
remarks), I release 600 (six hundred) containers SF-C12-90 of pos 20 for production.

- Released now: 600 containers, delivery in two lots of 300 (week 27 and week 31).
- Material authority: material for these 600 containers.
- The remaining 600 containers of pos 20 stay on hold until a further written release from me.

Please confirm by return mail.

Med vänlig hälsning
""" + SIG_MARIA

case("c18_norrmark_po_plus_release", [],
     "SAP PO (6 samples + 1 200 production line marked not released) and a written release of 600 "
     "by the named authority after sign-off; remaining 600 on hold",
     [("PO_4500319004.txt", _c18_po),
      ("Production_release_PR-2024-012.eml", eml_bytes(mail(
          MARIA, JURGEN, "Production release PR-2024-012 – PO 4500319004 pos 20",
          "Wed, 22 May 2024 08:40:00 +0200", _c18_mail,
          cc=ANNIKA + ", Per-Olof Nyström <per-olof.nystrom@regionnorrmark.se>",
          html="<html><body><p>Dear Mr. Kessler,</p><p><b>Production release PR-2024-012</b> – "
               "PO 4500319004, pos 20, SF-C12-90</p><p>Following Per-Olof Nyström's sample "
               "sign-off SSR-2024-044 of 2024-05-20 (result: approved, no remarks), I release "
               "<b>600 (six hundred)</b> containers SF-C12-90 of pos 20 for production.</p><ul>"
               "<li>Released now: 600 containers, delivery in two lots of 300 (week 27 and week "
               "31).</li><li>Material authority: material for these 600 containers.</li><li>The "
               "remaining 600 containers of pos 20 stay on hold until a further written release "
               "from me.</li></ul><p>Please confirm by return mail.</p><p>Med vänlig hälsning<br>"
               "Maria Holmgren<br>Inköpschef / Head of Purchasing<br>Region Norrmark</p>"
               "</body></html>")))])

# --------------------------------------------------------------- c19
case("c19_vitasul_po_full_schedule", [],
     "full and final quantity PO (90 trolleys in three scheduled deliveries); no balance",
     [("Pedido_45-88190.pdf", pdf([
         ("h1", "Rede Hospitalar Vita Sul"),
         ("p", "Suprimentos Corporativo · Av. Ipiranga 4100, Porto Alegre – RS · CNPJ 12.345.678/0001-90"),
         ("h", "PEDIDO DE COMPRA / PURCHASE ORDER Nº 45-88190"),
         ("p", "Fornecedor / supplier: Anadolu Sterimed Metal San. ve Tic. A.S., Nilüfer OSB, "
               "Bursa, Türkiye. Data / date: 20/05/2024. Oferta / offer: ASM-OF-24-069."),
         ("table", [["Item", "Código", "Descrição", "Qtd.", "Preço unit. EUR", "Total EUR"],
                    ["1", "ASL-LT-6", "Carro de carga / loading trolley 6 STU, AISI 316L, rodízios 125 mm",
                     "90", "2.140,00", "192.600,00"]]),
         ("sp",),
         ("h", "Programação de entrega / delivery schedule"),
         ("table", [["Entrega", "Data (FCA Bursa)", "Qtd."],
                    ["1", "15/08/2024", "30"],
                    ["2", "15/09/2024", "30"],
                    ["3", "15/10/2024", "30"],
                    ["Total", "", "90"]]),
         ("sp",),
         ("p", "Quantidade total e final: 90 (noventa). This PO is the full quantity: no sample "
               "phase, no balance and no option. The trolley type was qualified in 2023 under PO "
               "45-77013. Please proceed with production of all 90 units according to the "
               "schedule above."),
         ("p", "Documentos: certificado de conformidade, EN 10204 3.1, manual em português."),
     ], title="Pedido 45-88190", author="Vita Sul"))])

# --------------------------------------------------------------- c20
case("c20_pws_status_mail_samples", [],
     "supplier status mail: 8 samples shipped, 792 not started, no material beyond samples, waiting "
     "for release; no authorization in the bundle",
     [("Status_KHB-PO-24-1103.txt", """\
From: Nurul Aisyah binti Hassan <cs2@pwswire.com.my>
To: Tama Rawiri <tama.rawiri@kahurangihb.nz>
Cc: Lim Wei Jie <weijie.lim@pwswire.com.my>
Date: Thu, 16 May 2024 17:22:08 +0800
Subject: KHB-PO-24-1103 status - sample baskets PWS-MB-2425-50

Hi Tama,

Good day to you. Below update for your PO KHB-PO-24-1103:

1) 8 (eight) sample baskets PWS-MB-2425-50 (DIN 1/2, 240x250x50) already shipped today by FedEx,
   AWB 7781 2200 4815, ETA Nelson 21/05.
2) The balance 792 pcs from our quotation PWS-Q-24-0290 is not started. We are waiting your
   release.
3) We did not purchase any wire/frame beyond the samples. Wire 316L 2.0 mm for samples only.

Kindly let us know the sign-off result from Sarah once the washer test is done. Any comment on the
welding at corner please feedback to us also, we can improve.

Thank you & have a nice day!

Best regards,
Nurul Aisyah binti Hassan
Customer Service Executive
PWS Medical Wireworks Sdn. Bhd.
Plot 88, Lorong Perindustrian Bayan Lepas 3, 11900 Penang, Malaysia
Tel: +60 4 555 2216

This e-mail is confidential. If you have received it by mistake, please inform the sender and delete it.
""")])

# --------------------------------------------------------------- c21
case("c21_khb_minutes_terms_apart", [],
     "minutes keep sign-off, PO issued and production release apart; 57 on hold until IC review "
     "closed and written release by named GM; sample-only material",
     [("Minutes_trolley_project_2024-05-27.docx", docx_bytes([
         ("h1", "Loading trolleys project – meeting minutes"),
         ("p", "Date: 27/05/2024, 8:00 pm NZST (Teams). Kahurangi Health Board / MedStal Sp. z o.o."),
         ("p", "Present: Sarah McKenzie (Sterile Services Manager), Tama Rawiri (Procurement "
               "Advisor), Tomasz Wiśniewski (MedStal), Agnieszka Kowalczyk (MedStal logistics). "
               "Apologies: Grant Whitfield."),
         ("h", "1. Sample sign-off"),
         ("p", "Pilot trolley MS-LT-6STU: approved for fit in the EN 285 chamber and on the transfer "
               "trolley (Sarah McKenzie). This is a technical sign-off only."),
         ("h", "2. Purchase order"),
         ("p", "KHB-PO-24-1187 issued 29/04/2024: 3 pilot trolleys (commercial cover for the pilot "
               "only)."),
         ("h", "3. Production release"),
         ("p", "Not given. The balance of 57 trolleys stays on hold until the infection-control "
               "review IC-24-09 is closed and Grant Whitfield issues the written production release."),
         ("h", "4. Material"),
         ("p", "MedStal confirms material bought for the 3 pilot trolleys only. MedStal will send a "
               "dozen spare castors free of charge with the pilot."),
         ("h", "Actions"),
         ("table", [["#", "Action", "Owner", "Due"],
                    ["1", "Close IC-24-09", "Sarah McKenzie", "07/06/2024"],
                    ["2", "Send castor datasheet (M10x1.5, 125 mm)", "Tomasz Wiśniewski", "31/05/2024"],
                    ["3", "Update delivery plan for the pilot", "Agnieszka Kowalczyk", "31/05/2024"]]),
     ], author="Tama Rawiri"))])

# --------------------------------------------------------------- c22
_c22_quote = pdf([
    ("h1", "MedStal Sp. z o.o."),
    ("p", "ul. Przemyslowa 16, 85-758 Bydgoszcz · tel. +48 52 555 41 20"),
    ("h", "Oferta / Quotation MS/OF/24/098"),
    ("p", "For: Region Norrmark, Regionservice Upphandling – Ms Annika Sjöberg. Date: 08/04/2024."),
    ("table", [["Pos.", "Item", "Description", "Qty", "Unit price EUR", "Lead time"],
               ["1", "MS-LT-6STU", "Loading trolley 6 STU, pilot", "2", "4 120,00", "6 weeks"],
               ["2", "MS-LT-6STU", "Loading trolley 6 STU, series (2 x 40)", "80", "2 890,00", "10 weeks"]]),
    ("sp",),
    ("p", "Validity 90 days. DAP Sundsviken. Series price valid only for 80 pcs in two lots of 40."),
], title="MS/OF/24/098", author="MedStal")

_c22_text = """\
Hej Tomasz,

Attached your quotation MS/OF/24/098 back with our comment on the lead time (we need the pilot
before midsommar, week 24).

Note: the series quantity 2 x 40 (80 trolleys) on page 1 is for information only and is not
released. Our PO 4500318990 is for 2 (two) pilot trolleys only. The series stays not released
until Per-Olof Nyström has signed off the pilot trolleys and Maria Holmgren sends a written
production release.

Tack och ha en bra dag!
""" + SIG_ANNIKA

case("c22_norrmark_quote_back_info_only", [],
     "attached supplier quote with 80 series trolleys declared for information only and not "
     "released; PO 2 pilot; event and named authority stated",
     [("MS-OF-24-098_comments.eml", eml_bytes(mail(
         ANNIKA, TOMASZ, "SV: Oferta MS/OF/24/098 – kommentar leveranstid",
         "Thu, 18 Apr 2024 09:55:00 +0200", _c22_text,
         attachments=[("MS-OF-24-098.pdf", _c22_quote, PDF_MT)])))])

# --------------------------------------------------------------- c23
case("c23_alnakheel_rfq_portal", [],
     "buyer e-sourcing RFQ page with three indicative lot sizes; not an order; no production or "
     "material authorized",
     [("eSourcing_AN-RFQ-24-0402.html", html_page("Al-Nakheel e-Sourcing – RFQ AN-RFQ-24-0402", """\
<div style="background:#0b5d3b;color:#fff;padding:8px"><b>Al-Nakheel Medical City</b> – e-Sourcing</div>
<h2>RFQ AN-RFQ-24-0402 – Sterilisation containers with filter lid</h2>
<p>Closing date: 30/05/2024 14:00 AST · Invited: Steriform Behältertechnik GmbH; Anadolu Sterimed; Weihai Kangda</p>
<table>
<tr><th>Lot</th><th>Item</th><th>Indicative quantity</th><th>Unit</th></tr>
<tr><td>Sample lot</td><td>Container 1/1 580x280x135, EN 868-8</td><td>6</td><td>EA</td></tr>
<tr><td>Scenario A</td><td>same</td><td>200</td><td>EA</td></tr>
<tr><td>Scenario B</td><td>same</td><td>400</td><td>EA</td></tr>
<tr><td>Scenario C</td><td>same</td><td>800</td><td>EA</td></tr>
</table>
<div class="note">Indicative quantities for pricing only. This RFQ is not an order. No production and no
material purchase is authorised by this RFQ. Award, if any, will be made by a numbered PO.</div>
<h3>Clarifications</h3>
<table>
<tr><th>#</th><th>Question (supplier)</th><th>Answer (Procurement)</th></tr>
<tr><td>1</td><td>Can we start material procurement to reduce lead time?</td><td>No. Nothing may be purchased before a PO.</td></tr>
<tr><td>2</td><td>Is EN 868-8:2018 or the 2009 edition required?</td><td>EN 868-8:2018.</td></tr>
<tr><td>3</td><td>Filter: single-use paper or PTFE 5000 cycles?</td><td>Quote both options.</td></tr>
</table>
"""))])

# --------------------------------------------------------------- c24
_c24_quoted = """\
Hej Jürgen,

samples look ok, pls proceed.

/Annika
"""
_c24_text = """\
Hej Jürgen,

Correction to my mail below: "proceed" meant only the 5 sample containers SF-C11-135 for the
durability test (PO 4500318842). It was not a production release.

The 1 170 series containers remain not released until Per-Olof Nyström has signed the 500-cycle
report and Maria Holmgren sends the written production release. Sorry for the confusion!

Med vänlig hälsning
""" + SIG_ANNIKA + "\n\n-----Ursprungligt meddelande-----\nFrån: Annika Sjöberg\nSkickat: den 25 april 2024 16:58\nTill: Jürgen Kessler\nÄmne: SF-C11-135 samples\n\n" + quote(_c24_quoted)

case("c24_norrmark_correction_of_proceed", [],
     "buyer corrects her own quoted 'pls proceed': samples only, 1 170 not released until report "
     "sign-off and written release by a named manager",
     [("SV_SF-C11-135_samples.eml", eml_bytes(mail(
         ANNIKA, JURGEN, "SV: SF-C11-135 samples – correction",
         "Fri, 26 Apr 2024 08:12:00 +0200", _c24_text, cc=MARIA,
         in_reply_to="<h210-annika-0425@regionnorrmark.se>")))])

# --------------------------------------------------------------- c25
case("c25_khb_release_staged_material", [],
     "written release of 100 by the named GM after sample sign-off; explicit staged material "
     "authority for 400; 1,100 on hold until lot acceptance and his next written release",
     [("R-KHB-24-040.txt", """\
From: Grant Whitfield <grant.whitfield@kahurangihb.nz>
Sent: Tuesday, 4 June 2024 2:41 p.m.
To: Lim Wei Jie <weijie.lim@pwswire.com.my>
Cc: Tama Rawiri <tama.rawiri@kahurangihb.nz>; Sarah McKenzie <sarah.mckenzie@kahurangihb.nz>
Subject: Release R-KHB-24-040 - PWS-MB-4825-50 mesh baskets - 100 released, material staged to 400

Kia ora Lim,

Following Sarah McKenzie's sample sign-off (approved, SSU report 24-118), I release one hundred
(100) baskets PWS-MB-4825-50 for production under PO KHB-PO-24-1098.

Material authority: staged. You may buy and hold 316L wire and frame stock for up to 400 baskets
at our liability. No fabrication beyond the 100 released.

The balance of 1,100 baskets stays on hold. The next release will come from me in writing after
the first 100 pass our incoming inspection (lot acceptance).

Nga mihi,
Grant Whitfield
GM Facilities & Supply
Kahurangi Health Board | Nelson
P +64 3 555 0100

This email and any attachments may contain information that is confidential and subject to legal
privilege. If you are not the intended recipient, please notify the sender and delete the email.
""")])


# ================================================================ POSITIVE
# --------------------------------------------------------------- p01
_p01_mail = """\
Kia ora Lim,

Please find attached our PO KHB-PO-24-1120 for the mesh baskets together with your quote
PWS-Q-24-0311. Sarah wants the baskets in the SSU by end of June, so can you please confirm the
delivery date asap.

Cheers,
""" + SIG_TAMA

_p01_po = pdf([
    ("h1", "Kahurangi Health Board"),
    ("p", "Te Poari Hauora o Kahurangi · Procurement · PO Box 1800, Nelson 7040, New Zealand"),
    ("h", "PURCHASE ORDER KHB-PO-24-1120"),
    ("table", [["PO date", "09/04/2024"], ["Vendor", "200412 PWS Medical Wireworks Sdn. Bhd., Penang"],
               ["Ship to", "Sterile Services Unit, Nelson Hospital"], ["Currency", "NZD"]]),
    ("sp",),
    ("table", [["Ln", "Item", "Description", "Qty", "UOM", "Unit NZD", "Ext NZD"],
               ["1", "PWS-MB-4825-50", "Mesh basket DIN 1/1 480x250x50, 316L, electropolished – samples",
                "12", "EA", "68.00", "816.00"]]),
    ("sp",),
    ("p", "Quote ref: PWS-Q-24-0311. Deliver DAP Nelson. Incoming inspection at SSU. Certificates: "
          "ISO 13485:2016, EN 10204 3.1."),
    ("p", "Issued by Procurement, Kahurangi Health Board. Please quote the PO number on all "
          "documents."),
], title="KHB-PO-24-1120", author="KHB Procurement")

_p01_quote = pdf([
    ("h1", "PWS Medical Wireworks Sdn. Bhd."),
    ("p", "Plot 88, Lorong Perindustrian Bayan Lepas 3, 11900 Penang, Malaysia · (Co. No. 201501023318)"),
    ("h", "QUOTATION PWS-Q-24-0311"),
    ("p", "To: Kahurangi Health Board, attn. Mr Tama Rawiri. Date: 02/04/2024."),
    ("table", [["No.", "Part no.", "Description", "Qty", "Unit price NZD", "Amount NZD"],
               ["1", "PWS-MB-4825-50", "Mesh basket DIN 1/1 480x250x50, 316L (sample)", "12", "68.00", "816.00"],
               ["2", "PWS-MB-4825-50", "Mesh basket DIN 1/1 480x250x50, 316L (production)", "1,500", "41.50", "62,250.00"]]),
    ("sp",),
    ("p", "Lead time: samples 3 weeks, production 6 weeks. Payment 30 days. Validity 60 days."),
    ("p", "Wire 316L dia 2.0 mm, frame 5.0 mm, mesh 10x10 mm. Tested 134 C / 18 min."),
    ("p", "Thank you and best regards, Lim Wei Jie, Sales Manager."),
], title="PWS-Q-24-0311", author="PWS")

case("p01_khb_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 sent with the supplier quote showing 1,500 production; nothing says the "
     "1,500 is not released, no event, no named release authority",
     [("Mail_KHB-PO-24-1120.eml", eml_bytes(mail(
         TAMA, LIM, "KHB-PO-24-1120 mesh baskets", "Tue, 09 Apr 2024 15:12:00 +1200", _p01_mail,
         cc="Sarah McKenzie <sarah.mckenzie@kahurangihb.nz>"))),
      ("KHB-PO-24-1120.pdf", _p01_po),
      ("PWS-Q-24-0311.pdf", _p01_quote)])

# --------------------------------------------------------------- p02
case("p02_norrmark_sap_po_series_text", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO for 5 samples whose text repeats '5 prov + 1 200 serie' from the offer; no hold, "
     "no event, no release authority",
     [("PO_4500318877.txt", """\
Region Norrmark                                          INKÖPSORDER / PURCHASE ORDER
Regionservice Upphandling, Box 112, 851 86 Sundsviken    Nr 4500318877
                                                         Datum 2024-04-03  Sida 1(1)
Leverantör: 1004417 Steriform Behältertechnik GmbH, In Grubäcker 7, 78532 Tuttlingen
Leveransadress: Sundsvikens sjukhus, Sterilcentralen, plan 2, port 4
-----------------------------------------------------------------------------------
Pos  Material     Benämning                                 Antal  Enh  Pris EUR  Belopp EUR
10   SF-C11-135   Sterilbehållare 1/1 580x280x135,              5   ST   142,00      710,00
                  filterlock, prov / samples,
                  DRG 4410-135 Rev 7
-----------------------------------------------------------------------------------
Text: Enligt offert / as per your offer ANG-24-0212 dated 2024-03-21:
      5 st provbehållare + 1 200 st serie, seriepris EUR 96,80/st.
      Leveranstid prov: v. 18. Certifikat EN 868-8 och 3.1 ska medfölja.
Leveransvillkor DAP Sundsviken (Incoterms 2020). Betalningsvillkor 30 dagar netto.
Beställare: Annika Sjöberg, tel 060-55 12 08
Fakturaadress: Region Norrmark, Fakturaskanning, FE 412, 851 86 Sundsviken
-----------------------------------------------------------------------------------
""")])

# --------------------------------------------------------------- p03
case("p03_alnakheel_po_hold_no_event", ["RG004", "RG005"],
     "pilot PO for 20 says the production quantity is on hold 'until further notice': no unlock "
     "event and nobody named who may release it",
     [("AN-PO-7700-4390.pdf", pdf([
         ("h1", "Al-Nakheel Medical City"),
         ("p", "Supply Chain Department · P.O. Box 55120, Riyadh 11534, Kingdom of Saudi Arabia"),
         ("h", "PURCHASE ORDER No. 7700-4390"),
         ("table", [["PO date", "21/04/2024"], ["Supplier", "Weihai Kangda Medical Stainless Co., Ltd. (V-81552)"],
                    ["Quotation", "KD-Q2403-118 dated 2024-03-18"], ["Delivery", "CFR Dammam, 30 days"]]),
         ("sp",),
         ("table", [["Ln", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "KD-WB-12-316L", "Half basket DIN 1/2 240x250x50, SUS316L – pilot lot", "20", "29.50", "590.00"]]),
         ("sp",),
         ("p", "Remarks: This PO covers the pilot lot of 20 (twenty) baskets. The production quantity "
               "of your quotation (1,000 pcs, item 4) is on hold until further notice. Do not "
               "produce it."),
         ("p", "Material certificate EN 10204 3.1 and CoC required with shipment. Drawing KD-1125 "
               "Rev 3 applies."),
         ("p", "Issued by: Procurement, Supply Chain Department, Al-Nakheel Medical City."),
     ], title="PO 7700-4390", author="Al-Nakheel Procurement"))])

# --------------------------------------------------------------- p06
case("p06_vitasul_portal_quote_column", ["RG001", "RG003", "RG004"],
     "portal PO for 8 samples shows the quoted production quantity 1.600 in its own column; no hold "
     "and no event (release approver is named)",
     [("Portal_Pedido_45-88233.html", html_page("Portal de Fornecedores Vita Sul – Pedido 45-88233", """\
<div style="background:#005b96;color:#fff;padding:8px"><b>Rede Hospitalar Vita Sul</b> · Portal de Fornecedores</div>
<h2>Pedido de compra / Purchase order 45-88233</h2>
<table>
<tr><th>Fornecedor</th><td>PWS Medical Wireworks Sdn. Bhd. (cód. 700915)</td></tr>
<tr><th>Status</th><td>Emitido / Issued – 28/05/2024</td></tr>
<tr><th>Comprador</th><td>Juliana Ferreira</td></tr>
<tr><th>Aprovador da liberação / release approver</th><td>Patrícia Costa, Gerente de Suprimentos</td></tr>
</table>
<h3>Itens</h3>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtd. pedido</th><th>Qtd. cotação produção</th><th>Preço unit. BRL</th><th>Total BRL</th></tr>
<tr><td>1</td><td>PWS-MB-2425-50</td><td>Cesto aramado DIN 1/2 240x250x50, 316L – amostra / sample</td><td>8</td><td>1.600</td><td>212,40</td><td>1.699,20</td></tr>
</table>
<p>Cotação / quote: PWS-Q-24-0402 (USD prices converted at PTAX 27/05/2024).</p>
<p>Entrega: CME Hospital Vita Sul Moinhos, Rua Ramiro Barcelos 900, Porto Alegre. Nota fiscal must show the PO number.</p>
<p style="font-size:11px;color:#777">Portal Vita Sul v3.2 · impresso 28/05/2024 16:20</p>
"""))])

# --------------------------------------------------------------- p07
_p07_quote = pdf([
    ("h1", "Anadolu Sterimed Metal San. ve Tic. A.S."),
    ("p", "Nilüfer OSB, 16140 Bursa, Türkiye · www.anadolusterimed.com.tr"),
    ("h", "OFFER / TEKLIF ASM-OF-24-058"),
    ("p", "Customer: Al-Nakheel Medical City, Riyadh. Attn: Eng. Faisal Al-Qahtani. Date: 02.04.2024."),
    ("table", [["Pos", "Code", "Description", "Qty", "Unit SAR", "Total SAR"],
               ["1", "ASM-WR-8L", "MIS washer rack 8 levels, 316L – pilot", "4", "3,980.00", "15,920.00"],
               ["2", "ASM-WR-8L", "MIS washer rack 8 levels, 316L – series", "196", "3,210.00", "629,160.00"]]),
    ("sp",),
    ("p", "Delivery: pilot 4 weeks, series 12 weeks. DAP Riyadh. Payment 30% advance, 70% against "
          "documents. Validity 45 days."),
    ("p", "Murat Yilmaz, Export Manager"),
], title="ASM-OF-24-058", author="Anadolu Sterimed")

_p07_text = """\
Dear Murat,

Please find below our PO for the pilot racks. Your offer ASM-OF-24-058 is attached so the prices are
clear for our accounts payable.

  PO No.   : 7700-4415            Date: 24/04/2024
  Item     : ASM-WR-8L MIS washer rack, 8 levels
  Quantity : 4 (four) pilot racks
  Price    : SAR 3,980.00 each, total SAR 15,920.00
  Delivery : DAP Riyadh, CSSD Main, 4 weeks

Kindly confirm receipt and send the order confirmation.

Regards,
""" + SIG_FAISAL

case("p07_alnakheel_po_mail_offer_attached", ["RG001", "RG003", "RG004", "RG005"],
     "PO mail for 4 pilot racks with the offer attached (196 series); nothing marks the 196 as not "
     "released, no event, no named release authority",
     [("PO_7700-4415.eml", eml_bytes(mail(
         FAISAL, MURAT, "PO 7700-4415 – pilot washer racks ASM-WR-8L",
         "Wed, 24 Apr 2024 11:05:00 +0300", _p07_text,
         attachments=[("ASM-OF-24-058.pdf", _p07_quote, PDF_MT)])))])

# --------------------------------------------------------------- p08
_p08_text = """\
Hej Tomasz!

Here is the order for the pilot trolleys: PO 4500319120, 2 st loading trolley MS-LT-6STU
(DRG MS-4471 Rev 12), delivery week 26.

The series is 80 trolleys according to your offer MS/OF/24/140, delivery plan for the autumn.

Maria Holmgren is our release authority for this project.

Tack på förhand!
""" + SIG_ANNIKA

_p08_html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Hej Tomasz!</p>
<p>Here is the order for the pilot trolleys: <b>PO 4500319120</b>, 2 st loading trolley MS-LT-6STU
(DRG MS-4471 Rev 12), delivery week 26.</p>
<p>The series is 80 trolleys according to your offer MS/OF/24/140, delivery plan for the autumn.</p>
<p>Maria Holmgren is our release authority for this project.</p>
<p>Tack på förhand!</p>
<p>Annika Sjöberg<br>Upphandlare / Purchaser<br>Region Norrmark</p>
</body></html>"""

case("p08_norrmark_mail_series_80", ["RG001", "RG003", "RG004"],
     "pilot order for 2 that states 'the series is 80 trolleys' with no hold and no unlock event; "
     "release authority is named",
     [("PO_4500319120_pilot.eml", eml_bytes(mail(
         ANNIKA, TOMASZ, "Order 4500319120 – pilot trolleys MS-LT-6STU",
         "Mon, 13 May 2024 10:20:00 +0200", _p08_text, html=_p08_html)))])

# --------------------------------------------------------------- p09
case("p09_khb_docx_po_annual_usage", ["RG001", "RG003", "RG004", "RG005"],
     "Word PO for 50 sample mats that also states annual usage of 12,000 per the quote; no hold, no "
     "event, no named release authority",
     [("KHB-PO-24-1140.docx", docx_bytes([
         ("h1", "Kahurangi Health Board – Purchase Order KHB-PO-24-1140"),
         ("p", "Date: 15/04/2024 · Vendor: Weihai Kangda Medical Stainless Co., Ltd., Weihai, "
               "Shandong, China (vendor 200977) · Currency: NZD · Quote: KD-Q2404-031"),
         ("table", [["Ln", "Item", "Description", "Qty", "Unit NZD", "Ext NZD"],
                    ["1", "KD-SL-450x250", "Silicone instrument mat, blue, 450x250 mm – samples", "50", "9.80", "490.00"]]),
         ("sp",),
         ("p", "Annual usage approx. 12,000 mats across Nelson and Wairau theatres – pricing per your "
               "quote KD-Q2404-031 (50 samples / 12,000 production, NZD 6.40 at volume)."),
         ("p", "Delivery: DAP Nelson Hospital, Sterile Services Unit. Mats to be validated for "
               "134 °C / 18 min, 100 cycles. Packaging per ISO 11607-1."),
         ("p", "Issued by Procurement, Kahurangi Health Board. Quote the PO number on the invoice."),
     ], author="KHB Procurement"))])

# --------------------------------------------------------------- p10
case("p10_vitasul_edi850_annual_volume", ["RG001", "RG003", "RG004"],
     "EDI 850 for 3 pilot trolleys with a message 'annual volume 240 units per offer'; no hold, no "
     "event; release approver named",
     [("EDI850_45-88144.txt", """\
ISA*00*          *00*          *ZZ*VITASULPOA     *ZZ*ANADOLUSTERI   *240415*0930*U*00401*000000412*0*P*>~
GS*PO*VITASULPOA*ANADOLUSTERI*20240415*0930*412*X*004010~
ST*850*0412~
BEG*00*SA*45-88144**20240415~
CUR*BY*EUR~
REF*PR*ASM-OF-24-077~
DTM*002*20240610~
N1*BY*REDE HOSPITALAR VITA SUL*92*VSPOA01~
N1*ST*CME HOSPITAL VITA SUL MOINHOS*92*VSPOA-CME~
N1*SE*ANADOLU STERIMED METAL SAN VE TIC AS*92*700233~
PO1*1*3*EA*2480.00*PE*BP*ASL-LT-6*VP*ASL-LT-6-R2~
PID*F****LOADING TROLLEY 6 STU 316L PILOT~
MSG*PILOT LOT 3 UNITS FOR CME TEST. ANNUAL VOLUME 240 UNITS PER OFFER~
MSG*ASM-OF-24-077 (6 HOSPITALS), SERIES PRICE EUR 2.140,00.~
MSG*RELEASE APPROVER: PATRICIA COSTA, GERENTE DE SUPRIMENTOS~
CTT*1*3~
SE*15*0412~
GE*1*412~
IEA*1*000000412~
""")])

# --------------------------------------------------------------- p11
case("p11_alnakheel_po_twelve_vs_ten", ["RG001", "RG003", "RG004", "RG011"],
     "PO text says twelve (12) sample containers, the line says 10; quoted series price for 1,000 "
     "shown without 'not released'; no hold, no event (release authority named)",
     [("AN-PO-7700-4460.pdf", pdf([
         ("h1", "Al-Nakheel Medical City"),
         ("p", "Supply Chain Department · P.O. Box 55120, Riyadh 11534, Kingdom of Saudi Arabia"),
         ("h", "PURCHASE ORDER No. 7700-4460"),
         ("p", "Subject: Supply of twelve (12) sample sterilisation containers SF-C11-135 for "
               "evaluation in CSSD Tower A."),
         ("table", [["PO date", "02/05/2024"], ["Supplier", "Steriform Behältertechnik GmbH, Tuttlingen (V-90417)"],
                    ["Quotation", "ANG-24-0305"], ["Delivery", "DAP Riyadh, 5 weeks"]]),
         ("sp",),
         ("table", [["Ln", "Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
                    ["1", "SF-C11-135", "Container 1/1 580x280x135, filter lid, EN 868-8 – sample", "10", "142,00", "1.420,00"]]),
         ("sp",),
         ("p", "Quoted series price: EUR 94,60 per container for 1,000 containers (quotation "
               "ANG-24-0305, item 2)."),
         ("p", "Release authority for production: Mr. Abdulrahman Al-Otaibi, Director Supply Chain."),
         ("p", "Documents: CoC, EN 10204 3.1, validation data 134 C / 18 min. Arabic labelling not "
               "required for samples."),
     ], title="PO 7700-4460", author="Al-Nakheel Procurement"))])

# --------------------------------------------------------------- p04
_p04_scope = """\
Murat, our PO 45-88120 is for 2 (two) pilot trolleys ASL-LT-6 only. The 58 series trolleys are not
released. Release only after Rodrigo Mendes signs the pilot test report, and then Patrícia Costa
(Gerente de Suprimentos) sends the written release.
Juliana
"""
_p04_murat = """\
Dear Juliana,

attached the revised drawing ASL-LT-6 Rev C with the push handle 30 mm higher, as Rodrigo asked in
the video call. Also the basket rails now M6 rivet instead of spot weld.

Please your approval so we can continue.

Best regards
Murat

On 19.04.2024 15:40, Juliana Ferreira wrote:
""" + quote(_p04_scope)

_p04_text = """\
Oi Murat,

Aprovado! Pode seguir. 👍

Abs,
""" + SIG_JULIANA + "\n\nEm 22/04/2024 08:51, Murat Yılmaz escreveu:\n" + quote(_p04_murat)

case("p04_vitasul_aprovado_pode_seguir", ["RG002"],
     "'Aprovado! Pode seguir.' answers a drawing revision with no quantity or sample-only scope; the "
     "quoted PO scope covers the absence items",
     [("RES_ASL-LT-6_RevC.eml", eml_bytes(mail(
         JULIANA, MURAT, "RES: ASL-LT-6 drawing Rev C", "Mon, 22 Apr 2024 10:14:00 -0300", _p04_text,
         in_reply_to="<h210-murat-0422@anadolusterimed.com.tr>")))])

# --------------------------------------------------------------- p05
case("p05_whatsapp_green_light_no_qty", ["RG002", "RG010"],
     "'Green light from our side, please go ahead' on a single-batch offer: no quantity anywhere in "
     "the authorization and no scope",
     [("WhatsApp Chat - Anadolu Murat.txt", """\
[02/05/2024, 21:47:10] Murat Yılmaz Anadolu: Good evening Eng. Faisal, sorry for the late message
[02/05/2024, 21:48:02] Murat Yılmaz Anadolu: Our offer ASM-OF-24-061 for the MIS washer racks ASM-WR-5L is valid until Thursday only. 316L sheet price goes up from next month 😕 It is one batch, no pilot needed, same design as your 2023 racks
[02/05/2024, 22:15:33] Eng. Faisal Al-Qahtani: Salam Murat. We discussed with the management today
[02/05/2024, 22:15:58] Eng. Faisal Al-Qahtani: Green light from our side, please go ahead 👍
[02/05/2024, 22:16:40] Murat Yılmaz Anadolu: Çok teşekkürler! Thank you very much. We start Monday then
[02/05/2024, 22:18:05] Eng. Faisal Al-Qahtani: Ok inshallah. PO paper will follow from the system next week
[02/05/2024, 22:18:21] Murat Yılmaz Anadolu: 🙏🙏
""")])

# --------------------------------------------------------------- p12
_p12_ecn = docx_bytes([
    ("h1", "Engineering change note ECN-24-07"),
    ("p", "MedStal Sp. z o.o. · Customer: Kahurangi Health Board · Item MS-LT-6STU loading trolley"),
    ("table", [["Field", "Before", "After"],
               ["Castor thread", "M10x1.5", "M12x1.75"],
               ["Castor diameter", "125 mm", "125 mm (unchanged)"],
               ["Drawing", "DRG 4471 Rev 15", "DRG 4471 Rev 16"],
               ["Price per trolley", "NZD 4,380.00", "NZD 4,402.40 (+22,40)"]]),
    ("p", "Reason: M12 castor stem is stronger for the tilted transfer; customer request (S. McKenzie)."),
    ("p", "Prepared: Tomasz Wiśniewski, 14/05/2024."),
], author="MedStal")

_p12_scope = """\
Hi Tomasz, PO KHB-PO-24-1192 covers 4 (four) pilot loading trolleys MS-LT-6STU only. The 36 series
trolleys are not released. Release only after Sarah McKenzie signs off the pilot and Grant Whitfield
sends a written release. Cheers, Tama
"""
_p12_tomasz = """\
Dear Tama,

please find attached ECN-24-07 for the castor change M10x1.5 -> M12x1.75 (DRG 4471 Rev 16). Price
difference is +NZD 22,40 per trolley. Please confirm, so we can continue.

Best regards
Tomasz

On 30/04/2024 09:02, Tama Rawiri wrote:
""" + quote(_p12_scope)

_p12_text = """\
Kia ora Tomasz,

ECN-24-07 (M12 castors) approved by Sarah, and the PO change approved by finance this morning.
Good to run!

Cheers,
""" + SIG_TAMA + "\n\nOn 14/05/2024 7:31 p.m., Tomasz Wiśniewski wrote:\n" + quote(_p12_tomasz)

case("p12_khb_good_to_run_double_approved", ["RG002", "RG009"],
     "'Good to run!' with no quantity or scope; 'approved' used for the ECN (technical) and the PO "
     "change (commercial); the quoted PO scope covers the absence items",
     [("RE_ECN-24-07_castors.eml", eml_bytes(mail(
         TAMA, TOMASZ, "RE: ECN-24-07 castor change MS-LT-6STU", "Wed, 15 May 2024 10:48:00 +1200",
         _p12_text, in_reply_to="<h210-tomasz-0514@medstal.pl>",
         attachments=[("ECN-24-07.docx", _p12_ecn, DOCX_MT)])))])

# --------------------------------------------------------------- p13
case("p13_teams_proceed_after_drawing", ["RG002", "RG009"],
     "Teams: 'Proceed' with no quantity or scope after 'approved' is used for a drawing (technical) "
     "and a price (commercial); earlier scope message is complete",
     [("Teams_chat_Steriform_SF-C11-60.txt", """\
Microsoft Teams – chat export
Chat: Steriform / Region Norrmark – SF-C11-60
Participants: Annika Sjöberg (Region Norrmark), Jürgen Kessler (Gast / Guest)

Annika Sjöberg   2024-04-08 09:02
Hej Jürgen, PO 4500318930 is sent. It covers 5 provbehållare SF-C11-60 (1/1, 580x280x60) only.
The series of 1 194 is not released until Per-Olof has signed off the samples and Maria Holmgren
has sent the written production release.

Jürgen Kessler (Gast)   2024-04-08 09:20
Thank you Annika, noted. Samples KW 17.

Jürgen Kessler (Gast)   2024-04-16 14:05
Hallo Annika, two points from our side:
1) filter holder drawing DRG 4410-60 Rev 8 with the new clip
2) price +EUR 3,20 per lid because of the clip
Both ok for you? Then we proceed.

Annika Sjöberg   2024-04-16 15:31
Hej! Drawing is approved by Per-Olof, price approved by Maria. Proceed 👍

Jürgen Kessler (Gast)   2024-04-16 15:33
Super, danke!
""")])

# --------------------------------------------------------------- p14
case("p14_vitasul_ata_liberado_go_ahead", ["RG002", "RG009"],
     "minutes: 'approved, go ahead' on packaging without scope; 'liberado/released' used for the SAP "
     "PO workflow and for production release; scope items otherwise complete",
     [("Ata_reuniao_PWS_2024-05-22.docx", docx_bytes([
         ("h1", "Ata de reunião / Meeting minutes – Vita Sul × PWS Medical Wireworks"),
         ("p", "Data: 22/05/2024, 20:00 BRT / 07:00 MYT (Teams). Participantes: Juliana Ferreira, "
               "Rodrigo Mendes, Patrícia Costa (Vita Sul); Lim Wei Jie, Nurul Aisyah (PWS)."),
         ("h", "1. Pedido 45-88260"),
         ("p", "10 cestos amostra / sample baskets PWS-MB-2425-50 (DIN 1/2). The PO was released "
               "(liberado) in SAP by Patrícia Costa on 20/05."),
         ("h", "2. Liberação de produção / production release"),
         ("p", "Not given. The 1.590 production baskets stay not released. Only after Rodrigo "
               "Mendes signs off the samples (washer test, 3 cycles) Patrícia Costa gives the "
               "written release."),
         ("h", "3. Embalagem / packaging"),
         ("p", "PWS proposed an individual Tyvek bag instead of the PE bag, +USD 0,35 per basket. "
               "Decision: approved, go ahead."),
         ("h", "4. Próxima reunião"),
         ("p", "05/06/2024, same time. Rodrigo to share the washer test protocol (ISO 15883-2 "
               "soil test) before."),
     ], author="Juliana Ferreira"))])

# --------------------------------------------------------------- p15
_p15_fin = mail(
    "AP Payments <ap.payments@alnakheel-mc.sa>", FAISAL,
    "Payment advice – Weihai Kangda – AN-7700-4402 deposit",
    "Sun, 19 May 2024 10:02:00 +0300",
    """\
Dear Eng. Faisal,

Kindly be informed that the below payment was released today by SWIFT:

Beneficiary : Weihai Kangda Medical Stainless Co., Ltd.
Bank        : Bank of China, Weihai Branch
Amount      : USD 14,040.00
Reference   : AN-7700-4402 / PI KD-PI-24-0510 / deposit 30%
Value date  : 19/05/2024

Regards,
Accounts Payable Section
Finance Department – Al-Nakheel Medical City
""")

_p15_scope = """\
Dear Kevin, PO AN-7700-4402 is for 20 (twenty) sample baskets KD-WB-11-316L only. The balance 1,480
of your quotation is not released. Release only after sample sign-off by Dr. Huda Al-Shehri and
written release from Mr. Abdulrahman Al-Otaibi, Director Supply Chain.
"""
_p15_text = """\
Dear Kevin,

See below, our finance paid the 30% deposit today. So you can go ahead now.

Regards,
""" + SIG_FAISAL + "\n\n-----Original Message-----\nFrom: Faisal Al-Qahtani\nSent: Sunday, May 12, 2024 9:30 AM\nTo: Kevin Zhang\nSubject: PO AN-7700-4402\n\n" + quote(_p15_scope)

case("p15_alnakheel_deposit_go_ahead", ["RG002", "RG012"],
     "buyer forwards the deposit payment advice and writes 'so you can go ahead now': deposit "
     "treated as authority, go-ahead without scope; quoted PO scope is complete",
     [("FW_Payment_advice_AN-7700-4402.eml", eml_bytes(mail(
         FAISAL, KEVIN, "FW: Payment advice – Weihai Kangda – AN-7700-4402 deposit",
         "Sun, 19 May 2024 11:26:00 +0300", _p15_text, attachments=[("rfc822", _p15_fin)])))])

# --------------------------------------------------------------- p16
case("p16_anadolu_proforma_advance_start", ["RG012"],
     "supplier proforma invoice: production starts on receipt of the advance payment",
     [("PI-2024-0188.pdf", pdf([
         ("h1", "Anadolu Sterimed Metal San. ve Tic. A.S."),
         ("p", "Nilüfer OSB, 16140 Bursa, Türkiye · Tax office Nilüfer 068 555 4040"),
         ("h", "PROFORMA INVOICE PI-2024-0188"),
         ("table", [["Date", "07.05.2024"], ["Buyer", "Rede Hospitalar Vita Sul, Porto Alegre, Brazil"],
                    ["Reference", "offer ASM-OF-24-077"], ["Incoterm", "FCA Bursa"]]),
         ("sp",),
         ("table", [["Pos", "Code", "Description", "Qty", "Unit EUR", "Total EUR"],
                    ["1", "ASL-LT-6", "Loading trolley 6 STU, 316L, series", "58", "2.140,00", "124.120,00"]]),
         ("sp",),
         ("p", "Payment: 30% advance by T/T (EUR 37.236,00), 70% before shipment."),
         ("p", "Production will start on receipt of the advance payment. Please transfer the advance "
               "to start production; delivery 10 weeks from the advance."),
         ("p", "Bank: Türkiye Is Bankasi, Bursa OSB branch, IBAN TR55 0006 4000 0014 5550 4040 01, "
               "SWIFT ISBKTRISXXX."),
         ("p", "Murat Yilmaz, Export Manager"),
     ], title="PI-2024-0188", author="Anadolu Sterimed"))])

# --------------------------------------------------------------- p17
case("p17_steriform_ab_auto_series", ["RG007"],
     "supplier order confirmation: the series will be scheduled automatically after the sample "
     "approval, with no recorded auto-conversion",
     [("AB-24-1187.pdf", pdf([
         ("h1", "Steriform Behältertechnik GmbH"),
         ("p", "In Grubäcker 7 · 78532 Tuttlingen · Germany · USt-IdNr. DE 811 555 430"),
         ("h", "Auftragsbestätigung / Order confirmation AB-24-1187"),
         ("p", "Kunde / customer: Region Norrmark, Regionservice Upphandling, Sundsviken, Schweden. "
               "Ihre Bestellung / your PO: 4500318901 vom 2024-04-10."),
         ("table", [["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
                    ["1", "SF-C11-60", "Sterilbehälter 1/1 580x280x60, Filterdeckel, Muster", "5", "128,00", "640,00"]]),
         ("sp",),
         ("p", "Liefertermin Muster: KW 19/2024, DAP Sundsviken."),
         ("p", "Die Serie wird nach Ihrer Musterfreigabe automatisch eingeplant (Menge gemäß "
               "Angebot ANG-24-0190). / The series will be scheduled automatically after your "
               "sample approval (quantity as per offer ANG-24-0190)."),
         ("p", "Es gelten unsere AGB. Tuttlingen, 2024-04-12, i.A. Sabine Roth, Arbeitsvorbereitung."),
     ], title="AB-24-1187", author="Steriform"))])

# --------------------------------------------------------------- p18
case("p18_khb_po_once_approved_proceed", ["RG005", "RG007"],
     "PO note: 'once the samples are approved, proceed with the run of the 390 – no further "
     "paperwork': implied auto-conversion, and nobody named who may release",
     [("KHB-PO-24-1166.txt", """\
KAHURANGI HEALTH BOARD                 PURCHASE ORDER                    Page 1 of 1
------------------------------------------------------------------------------------
PO No    : KHB-PO-24-1166              Date : 22/04/2024               Revision : 0
Vendor   : 200412  PWS Medical Wireworks Sdn Bhd, Bayan Lepas, Penang, MY
Ship to  : Sterile Services Unit, Nelson Hospital
Quote ref: PWS-Q-24-0350                Currency : NZD            Terms : 30 days
------------------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                               QTY UOM  UNIT NZD   EXT NZD
01  PWS-MB-2425-50    Half mesh basket DIN 1/2 240x250x50,       10 EA      44.00    440.00
                      316L - SAMPLES
------------------------------------------------------------------------------------
NOTES TO SUPPLIER
The remaining 390 baskets of quote PWS-Q-24-0350 are not released yet.
Once the samples are approved, proceed with the run of the 390 - no further
paperwork needed from our side, to save lead time for the theatre upgrade.
Deliver samples DAP Nelson by 24/05/2024.
------------------------------------------------------------------------------------
""")])

# --------------------------------------------------------------- p19
case("p19_wechat_ok_start_after_signoff", ["RG007"],
     "WeChat: buyer says 'ok, fine for us' to the supplier starting the 588 as soon as the samples "
     "are approved, against his own written-release scope",
     [("WeChat_Kangda_AN-7700-4431.txt", """\
WeChat chat history – Kevin Zhang 张磊 (Kangda Medical)
Exported by: Faisal Al-Qahtani   Export date: 2024-05-30
------------------------------------------------------------
2024-05-12 10:01:17  Faisal Al-Qahtani
Dear Kevin, PO AN-7700-4431 is for 12 (twelve) sample baskets KD-WB-11-316L only. Balance 588 is on hold until sample sign-off by Dr. Huda Al-Shehri and written release from Mr. Abdulrahman Al-Otaibi.

2024-05-12 10:30:44  Kevin Zhang 张磊
Well received, thank you.

2024-05-28 15:12:09  Kevin Zhang 张磊
Dear Eng. Faisal, samples arrive Riyadh Sunday. To save time: when Dr. Huda approve the samples we start the 588 directly, no need wait the paper, ok? Our line is free in June

2024-05-28 15:40:26  Faisal Al-Qahtani
ok, fine for us 👍 just keep us informed

2024-05-28 15:41:02  Kevin Zhang 张磊
Thank you! [Smile] [Smile]
------------------------------------------------------------
""")])

# --------------------------------------------------------------- p20
_p20_scope = """\
Jürgen, PO 4500318875 covers 5 sample containers SF-C11-135 only. The balance of 1 170 is not
released; it is released only by a written production release from Maria Holmgren after Per-Olof
Nyström's sample sign-off.
/Annika
"""
_p20_jurgen = """\
Hallo Annika,

samples ship on Friday with DB Schenker. One question: must we really wait for the written release?
We could start the 1 170 directly when Per-Olof signs, this saves 3 weeks.

Viele Grüße
Jürgen Kessler

-----Ursprüngliche Nachricht-----
Von: Annika Sjöberg
Gesendet: Mittwoch, 10. April 2024 11:02
""" + quote(_p20_scope)

_p20_text = """\
Hej Jürgen,

ja, det går bra / yes that's fine – when Per-Olof has signed the sample report you can just continue
with the 1 170, no need to wait for paper from Maria.

/Annika
""" + SIG_ANNIKA + "\n\n-----Ursprungligt meddelande-----\nFrån: Jürgen Kessler\nSkickat: den 24 april 2024 17:36\n" + quote(_p20_jurgen)

case("p20_norrmark_no_need_for_paper", ["RG007"],
     "two-level thread: buyer lets the sample sign-off roll straight into the 1 170, contradicting "
     "her own quoted written-release requirement",
     [("SV_AW_samples_SF-C11-135.eml", eml_bytes(mail(
         ANNIKA, JURGEN, "SV: AW: samples SF-C11-135 / written release?",
         "Thu, 25 Apr 2024 09:03:00 +0200", _p20_text,
         in_reply_to="<h210-jurgen-0424@steriform.de>")))])

# --------------------------------------------------------------- p21
case("p21_kangda_portal_auto_start_material", ["RG006", "RG007"],
     "supplier portal: production order auto-starts on sample approval and silicone compound for "
     "5,000 mats already reserved and paid while only 50 samples are released",
     [("Kangda_order_tracking_KHB-PO-24-1171.html", html_page("Kangda Customer Service – Order tracking", """\
<div style="background:#1f4e79;color:#fff;padding:8px"><b>Weihai Kangda Medical Stainless</b> · Customer Service Online</div>
<h2>Order tracking: KHB-PO-24-1171 (Kahurangi Health Board)</h2>
<table>
<tr><th>Item</th><td>KD-SL-450x250 silicone instrument mat, blue</td></tr>
<tr><th>Customer PO</th><td>KHB-PO-24-1171 – 50 pcs samples</td></tr>
<tr><th>Our quotation</th><td>KD-Q2404-055</td></tr>
<tr><th>Updated</th><td>2024-05-21 09:30 (Fiona Wang)</td></tr>
</table>
<h3>Progress</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>PO received</td><td>done</td><td>2024-05-06</td></tr>
<tr><td>Samples 50 pcs moulded</td><td>done</td><td>2024-05-15</td></tr>
<tr><td>Samples shipped (DHL 5521 8890 12)</td><td>done</td><td>2024-05-17</td></tr>
<tr><td>Production order PRD-2405-17</td><td><b>PLANNED – will start automatically when customer sample approval is received</b></td><td>–</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Silicone compound (medical grade, blue) lot SC-2405-88</th><td>reserved and paid for 5,000 pcs</td></tr>
<tr><th>Mould</th><td>4-cavity, ready</td></tr>
</table>
<p class="note">To keep your delivery we reserve all material in advance. Production start is automatic after your sample approval, no need to send more documents.</p>
"""))])

# --------------------------------------------------------------- p22
case("p22_anadolu_status_report_material", ["RG006", "RG007"],
     "supplier status report: 316L sheet bought for 200 racks while 4 pilot racks are released, and "
     "the series 'will start automatically after pilot approval'",
     [("ASM_status_report_W19.pdf", pdf([
         ("h1", "Anadolu Sterimed – Production Status Report"),
         ("p", "Week 19/2024 · Customer: Al-Nakheel Medical City · PO 7700-4470 (pilot, 4 racks "
               "ASM-WR-8L) · prepared by Elif Demir, Planning"),
         ("table", [["Operation", "Qty", "Status", "Remark"],
                    ["Laser cutting – pilot", "4", "done", "TruLaser 3030"],
                    ["Welding + electropolish – pilot", "4", "done", "WPS-316-07"],
                    ["Pilot shipment", "4", "planned 14.05", "DHL, 2 pallets"],
                    ["316L sheet 2 mm purchased", "for 200 racks", "received 06.05", "to secure price before June increase"],
                    ["Series", "-", "will start automatically after pilot approval", "planned week 23"]]),
         ("sp",),
         ("p", "Comment: we bought the sheet for pilot and series together (200 racks) because "
               "mill price goes up 8% in June. Series starts automatically after your pilot "
               "approval so we keep the week 23 slot."),
     ], title="ASM status W19", author="Anadolu Sterimed"))])

# --------------------------------------------------------------- p23
_p23_stock = """\
MedStal Sp. z o.o. - stan magazynu / stock list - order ZP/24/0655 (Region Norrmark)
Date: 2024-05-20
Material                         Qty      Unit  Enough for   PO supplier
Rura 316L 25x1,5 (tube)          360      m     60 trolleys  Stalprodukt Serwis, PZ/24/1180
Rura 316L 20x1,5 (tube)          240      m     60 trolleys  Stalprodukt Serwis, PZ/24/1180
Blacha 316L 2 mm (sheet)         18       szt   60 trolleys  Montanstahl, PZ/24/1181
Koło / castor 125 mm M10x1.5     240      szt   60 trolleys  Tente, PZ/24/1185
"""
_p23_scope = """\
Hej Tomasz, PO 4500319060: 3 (three) pilot loading trolleys MS-LT-6STU only. The balance of 57 is not
released until Per-Olof Nyström has signed off the pilot and Maria Holmgren has sent a written
production release. Material: for the pilot only, please.
/Annika
"""
_p23_text = """\
Dear Annika,

thank you for the order. We produce the 5 pilot trolleys as released, ready in week 22.

For the delivery time we already ordered the 316L tubes, sheet and castors for all 60 trolleys,
the stock list is attached. Like this the series can be very fast after the pilot.

Best regards / Z poważaniem
Tomasz Wiśniewski
""" + SIG_TOMASZ + "\n\nOn 2024-05-06 08:44, Annika Sjöberg wrote:\n" + quote(_p23_scope)

case("p23_medstal_five_pilot_tubes_for_60", ["RG006", "RG011"],
     "supplier reply restates the pilot as 5 against the quoted PO's 3, and has bought tubes, sheet "
     "and castors for all 60 trolleys against a pilot-only material scope",
     [("RE_PO_4500319060.eml", eml_bytes(mail(
         TOMASZ, ANNIKA, "RE: PO 4500319060 pilot trolleys", "Mon, 20 May 2024 15:10:00 +0200",
         _p23_text, in_reply_to="<h210-annika-0506@regionnorrmark.se>",
         attachments=[("stock_list_ZP-24-0655.txt", _p23_stock, "text/plain")])))])

# --------------------------------------------------------------- p24
case("p24_whatsapp_deposit_bought_wire", ["RG006", "RG012"],
     "supplier treats the deposit as go-ahead: started the batch and bought wire for 1.600 baskets; "
     "buyer's reply gives the full sample-only scope",
     [("WhatsApp Chat with Lim PWS.txt", """\
03/06/2024, 09:12 - Lim Wei Jie PWS: Hi Juliana, good morning from Penang 😊
03/06/2024, 09:13 - Lim Wei Jie PWS: Good news, we received your 30% deposit as per our PI-PWS-2405-21. So we already start the production batch and bought the wire coil for all 1.600 baskets (2,4 ton 316L) 👍
03/06/2024, 09:14 - Lim Wei Jie PWS: Delivery can be end of July
03/06/2024, 09:41 - Juliana Ferreira Vita Sul: Lim??
03/06/2024, 09:44 - Juliana Ferreira Vita Sul: The deposit was paid because your proforma came to finance, it is not a release. PO 45-88201 is only 10 (dez) sample baskets
03/06/2024, 09:45 - Juliana Ferreira Vita Sul: The 1.600 production baskets are NOT released. Only after Rodrigo Mendes signs off the samples and Patrícia Costa sends the written release
03/06/2024, 09:45 - Juliana Ferreira Vita Sul: Please stop and send me today what you bought and what is already made
03/06/2024, 09:58 - Lim Wei Jie PWS: Ok noted Juliana, sorry for misunderstanding. I check with our factory and revert
""")])

# --------------------------------------------------------------- p25
case("p25_kangda_monthly_report_forecast_order", ["RG006", "RG008"],
     "supplier report calls the 6,000/yr forecast 'your order' and has bought wire for 6,000 while "
     "300 are released",
     [("Kangda_monthly_report_2024-05.pdf", pdf([
         ("h1", "Weihai Kangda Medical Stainless Co., Ltd."),
         ("h", "Monthly Supply Report – May 2024 – Customer: Al-Nakheel Medical City"),
         ("p", "Dear Eng. Faisal, please find our monthly report as below."),
         ("table", [["Item", "Your order 2024 (forecast)", "Released", "Produced", "Shipped", "Material purchased"],
                    ["KD-WB-11-316L", "6,000 pcs", "300", "300", "0", "SUS316L wire for 6,000 pcs (4.2 ton)"],
                    ["KD-WB-12-316L", "2,400 pcs", "0", "0", "0", "none"]]),
         ("sp",),
         ("p", "As per your annual order of 6,000 pcs we purchased the wire for the full year to lock "
               "the price before the nickel increase. The 300 pcs will ship on 10 June from Qingdao."),
         ("p", "Kevin Zhang, Overseas Sales Manager"),
     ], title="Kangda monthly report May 2024", author="Kangda"))])

# --------------------------------------------------------------- p26
case("p26_medstal_mrp_printout", ["RG006"],
     "supplier MRP printout: customer released 4 pilot trolleys, series marked not released, but "
     "purchase orders for material for all 40 are issued",
     [("MRP_ZP-24-0612.txt", """\
COMARCH ERP XL  -  MRP / Planowanie potrzeb materiałowych          2024-05-23 07:14
Firma: MedStal Sp. z o.o.                                   Użytkownik: AKOWALCZYK
=====================================================================================
Zlecenie / order : ZP/24/0612
Klient / customer: Kahurangi Health Board (NZ)      Customer PO: KHB-PO-24-1192
Wyrób / item     : MS-LT-6STU  Wózek załadowczy 6 STU / loading trolley, DRG 4471 Rev 16

Ilości / quantities
  Customer release (pilot)                    :    4 szt
  Series 36 szt - NOT RELEASED BY CUSTOMER    :   36 szt
  MRP planning basis                          :   40 szt

Material requirements (basis 40 szt)
  Pos  Material                      Req.     Unit  Status          Doc.
  1    Rura 316L 25x1,5              240      m     ORDERED         PZ/24/1202
  2    Blacha 316L 2 mm 1000x2000    12       szt   ORDERED         PZ/24/1203
  3    Koło 125 mm M12x1.75          160      szt   ORDERED         PZ/24/1206
  4    Uchwyt / handle H-30          40       szt   ORDERED         PZ/24/1207

Uwagi / remarks: material ordered for full 40 to hold lead time (castors 10 weeks).
=====================================================================================
""")])

# --------------------------------------------------------------- p27
_p27_scope = """\
Dear Mr. Kessler, our PO 4500319210 is for 6 (six) sample containers SF-C12-90 only. The series of
1 200 containers is not released until Per-Olof Nyström has signed off the samples and Maria
Holmgren sends a written production release. No material for the series, please.
Annika Sjöberg
"""
_p27_text = """\
Dear Ms. Sjöberg,

thank you very much for your order 4500319210, which we hereby accept.

With the acceptance of your PO the order is now active in our system, so we have started the
production and have disposed the aluminium sheet for the complete series quantity (1 200
containers), to hold the delivery date in September.

Our order confirmation follows separately.
""" + SIG_JURGEN + "\n\n-----Ursprüngliche Nachricht-----\nVon: Annika Sjöberg\nGesendet: Montag, 27. Mai 2024 10:15\nAn: Jürgen Kessler\nBetreff: PO 4500319210\n\n" + quote(_p27_scope)

_p27_html = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Dear Ms. Sjöberg,</p>"
             "<p>thank you very much for your order 4500319210, which we hereby accept.</p>"
             "<p>With the acceptance of your PO the order is now active in our system, so we have "
             "started the production and have disposed the aluminium sheet for the complete series "
             "quantity (1 200 containers), to hold the delivery date in September.</p>"
             "<p>Our order confirmation follows separately.</p>"
             "<p>Mit freundlichen Grüßen / Best regards<br>Jürgen Kessler<br>Vertrieb Export<br>"
             "Steriform Behältertechnik GmbH</p>"
             "<blockquote style=\"border-left:2px solid #999;padding-left:6px\">Dear Mr. Kessler, our PO "
             "4500319210 is for 6 (six) sample containers SF-C12-90 only. The series of 1 200 "
             "containers is not released until Per-Olof Nyström has signed off the samples and Maria "
             "Holmgren sends a written production release. No material for the series, please.<br>"
             "Annika Sjöberg</blockquote></body></html>")

case("p27_steriform_acceptance_starts_series", ["RG006", "RG012"],
     "supplier: PO acceptance makes the order active, production started and aluminium disposed for the 1 200 "
     "series, against the quoted 6-sample scope",
     [("AW_Bestellung_4500319210.eml", eml_bytes(mail(
         JURGEN, ANNIKA, "AW: PO 4500319210", "Tue, 28 May 2024 08:30:00 +0200", _p27_text,
         html=_p27_html, in_reply_to="<h210-annika-0527@regionnorrmark.se>")))])

# --------------------------------------------------------------- p28
_p28_html_att = html_page("Previsão 2025 – cestos", """\
<h2>Vita Sul – cestos aramados 2025</h2>
<table>
<tr><th>Mês</th><th>PWS-MB-4825-50</th><th>Status</th></tr>
<tr><td>Jan–Mar</td><td>750</td><td>Pedido confirmado / confirmed order</td></tr>
<tr><td>Abr–Jun</td><td>750</td><td>Pedido confirmado / confirmed order</td></tr>
<tr><td>Jul–Set</td><td>750</td><td>Pedido confirmado / confirmed order</td></tr>
<tr><td>Out–Dez</td><td>750</td><td>Pedido confirmado / confirmed order</td></tr>
<tr><th>Total</th><th>3.000</th><th></th></tr>
</table>
<p>Fonte: previsão de consumo CME 2025 (6 hospitais).</p>
""", lang="pt-BR")

_p28_text = """\
Dear Lim,

Good news: our board signed the 2025 budget yesterday. The forecast of 3.000 baskets PWS-MB-4825-50
for 2025 is now confirmed as our order – please plan your capacity accordingly. Monthly call-offs
will follow from January. The quarterly split is in the attached file.

Obrigada e um abraço,
""" + SIG_JULIANA

_p28_html = ("<html><body style=\"font-family:Calibri,Arial;font-size:14px\"><p>Dear Lim,</p>"
             "<p>Good news: our board signed the 2025 budget yesterday. The forecast of <b>3.000 baskets"
             "</b> PWS-MB-4825-50 for 2025 is now <b>confirmed as our order</b> – please plan your "
             "capacity accordingly. Monthly call-offs will follow from January. The quarterly split "
             "is in the attached file.</p><p>Obrigada e um abraço,<br>Juliana Ferreira<br>"
             "Compradora / Buyer – Suprimentos<br>Rede Hospitalar Vita Sul</p></body></html>")

case("p28_vitasul_forecast_confirmed_order", ["RG008"],
     "buyer writes that the 2025 forecast of 3.000 baskets is 'confirmed as our order'; attached "
     "split labels the forecast as confirmed orders",
     [("2025_volume_PWS.eml", eml_bytes(mail(
         JULIANA, LIM, "2025 volume cestos – confirmed", "Thu, 20 Jun 2024 09:40:00 -0300",
         _p28_text, html=_p28_html, cc=PATRICIA,
         attachments=[("previsao_2025.html", _p28_html_att, "text/html")])))])

# --------------------------------------------------------------- p29
case("p29_khb_edi830_firm_forecast", ["RG008"],
     "EDI 830 planning schedule: forecast lines coded C (firm) and a note 'treat as firm "
     "commitment'",
     [("EDI830_KHB-FC-2024-07.txt", """\
ISA*00*          *00*          *ZZ*KAHURANGIHB    *ZZ*PWSWIRE        *240610*1402*U*00401*000000031*0*P*>~
GS*PS*KAHURANGIHB*PWSWIRE*20240610*1402*31*X*004010~
ST*830*0031~
BFR*00*KHB-FC-2024-07**DL*A*20240701*20250630*20240610~
N1*BY*KAHURANGI HEALTH BOARD*92*KHB01~
N1*SU*PWS MEDICAL WIREWORKS SDN BHD*92*200412~
LIN**BP*PWS-MB-4825-50~
UIT*EA~
NTE*GEN*ANNUAL FORECAST 2400 EA. TREAT AS FIRM COMMITMENT - KHB WILL TAKE ALL~
FST*200*C*M*20240701~
FST*200*C*M*20240801~
FST*200*C*M*20240901~
FST*200*C*M*20241001~
FST*200*C*M*20241101~
FST*200*C*M*20241201~
FST*200*C*M*20250101~
FST*200*C*M*20250201~
FST*200*C*M*20250301~
FST*200*C*M*20250401~
FST*200*C*M*20250501~
FST*200*C*M*20250601~
CTT*1*2400~
SE*21*0031~
GE*1*31~
IEA*1*000000031~
""")])

# --------------------------------------------------------------- p30
case("p30_khb_agreement_forecast_commit", ["RG008"],
     "draft framework agreement: buyer commits to the forecast volume and the monthly forecast is "
     "treated as a firm order",
     [("Supply_framework_KHB_Kangda_v3.docx", docx_bytes([
         ("h1", "Supply framework agreement – DRAFT v3"),
         ("p", "Between Kahurangi Health Board (\"the Buyer\") and Weihai Kangda Medical Stainless "
               "Co., Ltd. (\"the Supplier\"). Items: KD-TL-520 nonwoven tray liner; KD-SL-450x250 "
               "silicone mat."),
         ("h", "4. Volumes"),
         ("p", "4.1 The Buyer's SSU forecast for tray liners is 800 (eight hundred) per month."),
         ("p", "4.2 The Buyer commits to purchase the forecast volume of 800 tray liners per month "
                 "for 24 months (19,200 liners)."),
         ("p", "4.3 The monthly forecast shall be treated as a firm order."),
         ("h", "5. Quality"),
         ("p", "5.1 Supplier maintains ISO 13485:2016 certification; liners meet ISO 11607-1 and "
                 "EN 868-2."),
         ("h", "6. Prices"),
         ("p", "6.1 NZD 0.92 per liner, fixed for 12 months; review at month 12 by the CPI index."),
         ("p", "Draft prepared by Tama Rawiri, 11/06/2024 – for discussion, legal review pending."),
     ], author="Tama Rawiri"))])

# --------------------------------------------------------------- p31
case("p31_khb_portal_confirmed_forecast", ["RG008"],
     "buyer portal demand schedule sourced from the consumption forecast, headed 'Confirmed order "
     "quantity' and stated to be confirmed orders",
     [("KHB_supplier_portal_demand_PWS.html", html_page("Kahurangi Supplier Portal – Demand schedule", """\
<div style="background:#00594f;color:#fff;padding:8px"><b>Kahurangi Health Board</b> · Supplier Portal</div>
<h2>Demand schedule – PWS Medical Wireworks (vendor 200412)</h2>
<p>Item: PWS-MB-2425-50 half mesh basket DIN 1/2 · Published 12/06/2024 by Procurement</p>
<table>
<tr><th>Month</th><th>Confirmed order quantity</th></tr>
<tr><td>Jul-24</td><td>60</td></tr><tr><td>Aug-24</td><td>60</td></tr><tr><td>Sep-24</td><td>80</td></tr>
<tr><td>Oct-24</td><td>80</td></tr><tr><td>Nov-24</td><td>60</td></tr><tr><td>Dec-24</td><td>40</td></tr>
<tr><th>Total</th><th>380</th></tr>
</table>
<p>Quantities above are confirmed orders for H2 2024.</p>
<p style="font-size:11px;color:#666">Source: SSU consumption forecast, 12-month rolling (model v2.1).</p>
"""))])

# --------------------------------------------------------------- p32
case("p32_teams_forecast_locked_in", ["RG008"],
     "Teams chat: buyer says the 120 trolleys in next year's forecast are locked in, 'consider it "
     "firm'",
     [("Teams_KHB_MedStal_FY26.txt", """\
Microsoft Teams - chat export
Chat: KHB / MedStal - trolleys FY26
--------------------------------------------------------------
Tomasz Wiśniewski (External)   12/06/2024 9:02 PM
Hi Tama, for our capacity plan 2025/26: your forecast shows 120 trolleys MS-LT-6STU for next FY.
How sure is this?

Tama Rawiri   12/06/2024 9:20 PM
hey Tomasz, those 120 are basically locked in mate, the new theatre block is funded

Tomasz Wiśniewski (External)   12/06/2024 9:21 PM
Thanks Tama, so we can consider the 120 as firm order?

Tama Rawiri   12/06/2024 9:24 PM
yep, consider it firm. PO paperwork will catch up later in the year
--------------------------------------------------------------
""")])

# --------------------------------------------------------------- p33
case("p33_kangda_planning_letter_roll_straight", ["RG007", "RG008"],
     "supplier letter treats the FY25 forecast of 9,600 as the annual order and will roll straight "
     "into production once the samples are approved",
     [("Kangda_planning_letter_KHB.docx", docx_bytes([
         ("h1", "Weihai Kangda Medical Stainless Co., Ltd."),
         ("p", "To: Kahurangi Health Board, Sterile Services Unit – attn. Ms Sarah McKenzie, "
               "Mr Tama Rawiri. Date: 2024-06-05."),
         ("h", "Production planning for silicone mats KD-SL-450x250"),
         ("p", "Dear Sarah, dear Tama,"),
         ("p", "Thank you for the good cooperation. According to your annual order of 9,600 mats "
               "(your FY25 forecast), we have booked the 4-cavity mould for July to December."),
         ("p", "We will roll straight into production once Ms Sarah approves the samples, so there "
               "is no gap and no more paperwork is needed. Shipments every 6 weeks, 1,600 mats each."),
         ("p", "Best regards, Fiona Wang, Sales Assistant / Kevin Zhang, Overseas Sales Manager"),
     ], author="Kangda"))])

# --------------------------------------------------------------- p34
case("p34_norrmark_sap_released_pilot_3_vs_2", ["RG009", "RG011"],
     "SAP PO 'RELEASED' by release strategy next to a production-release text; the header text says "
     "2 pilot trolleys, the item line says 3",
     [("SAP_ME9F_4500319300.txt", """\
Region Norrmark - SAP ECC MM - Inköpsorder / Purchase order 4500319300      Utskrift 2024-05-16 10:02
Frisläppningsstrategi / release strategy : R2 (två nivåer / two levels)
Status                                   : FRISLÄPPT / RELEASED 2024-05-15 (M. Holmgren)
Leverantör / vendor                      : 1006120 MedStal Sp. z o.o., Bydgoszcz, PL
Leveransadress                           : Sundsvikens sjukhus, Sterilcentralen, port 4
---------------------------------------------------------------------------------------------
Pos  Material      Kortext                                        Antal Enh  Pris EUR    Värde EUR
10   MS-LT-6STU    Lastvagn 6 STU / loading trolley - pilot           3  ST   3 980,00    11 940,00
---------------------------------------------------------------------------------------------
Huvudtext / header text:
  Pilot: 2 (two) loading trolleys MS-LT-6STU, DRG MS-4471 Rev 12.
  Series 80 trolleys NOT released for production. Production release only by a
  written release from Maria Holmgren after Per-Olof Nyström's pilot sign-off.
Leveransvillkor DAP Sundsviken. Betalning 30 dagar netto. Offert MS/OF/24/140.
---------------------------------------------------------------------------------------------
""")])

# --------------------------------------------------------------- p35
_p35_scope = """\
Murat, PO 45-88250: 2 (dois) pilot trolleys ASL-LT-8 only. The 38 series trolleys are not released
for production. Release only in writing by Patrícia Costa after Rodrigo Mendes signs the pilot
report.
Juliana
"""
_p35_murat = """\
Dear Patrícia, good morning.

Can we start? We must book the welding robot for week 24, otherwise next slot is August.

Best regards
Murat

On 08.05.2024 16:20, Juliana Ferreira wrote:
""" + quote(_p35_scope)

_p35_text = """\
Murat, go ahead!

Abs,
Patrícia

P.S. the PO change 45-88250/1 (new castors) was released in SAP this morning, so your invoices can
follow the new price.
""" + SIG_PATRICIA + "\n\nEm 27/05/2024 04:12, Murat Yılmaz escreveu:\n" + quote(_p35_murat)

case("p35_vitasul_go_ahead_sap_released", ["RG002", "RG009"],
     "'go ahead!' without quantity or scope; 'released' used for the SAP PO change and for "
     "production release in the quoted scope",
     [("RES_ASL-LT-8_robot_slot.eml", eml_bytes(mail(
         PATRICIA, MURAT, "RES: ASL-LT-8 – can we start?", "Mon, 27 May 2024 08:05:00 -0300",
         _p35_text, cc=JULIANA, in_reply_to="<h210-murat-0527@anadolusterimed.com.tr>")))])

# --------------------------------------------------------------- p36
case("p36_alnakheel_pilot_record_approved_twice", ["RG009"],
     "pilot acceptance record uses APPROVED for the technical result and for the series budget; "
     "scope otherwise complete",
     [("PAR-24-012.docx", docx_bytes([
         ("h1", "Pilot Acceptance Record PAR-24-012"),
         ("p", "Al-Nakheel Medical City – CSSD / Supply Chain · Supplier: Anadolu Sterimed · Item "
               "ASM-WR-5L MIS washer rack · PO 7700-4490"),
         ("table", [["Test", "Standard", "Result"],
                    ["Soil test, 3 racks", "ISO 15883-5", "pass"],
                    ["Spray arm clearance", "washer WD-4 (Tower A)", "pass, min. 11 mm"],
                    ["Weld inspection", "ISO 5817 level B", "pass"],
                    ["Thermometric test 90 C / 5 min", "ISO 15883-1", "pass"]]),
         ("sp",),
         ("p", "Pilot (3 racks) technical result: APPROVED – Dr. Huda Al-Shehri, CSSD Manager, "
               "19/05/2024."),
         ("p", "Budget for series (97 racks, SAR 311,430.00): APPROVED – Finance Committee, meeting "
               "of 19/05/2024."),
         ("p", "Production: the balance of 97 racks remains on hold until the written production "
               "release by Mr. Abdulrahman Al-Otaibi, Director Supply Chain."),
     ], author="Huda Al-Shehri"))])

# --------------------------------------------------------------- p37
case("p37_khb_po_lot_released_status", ["RG009", "RG010"],
     "PO status 'RELEASED' (finance workflow) beside a production-release note; the sample line gives "
     "no quantity (a 'lot' per quote)",
     [("KHB-PO-24-1210.pdf", pdf([
         ("h1", "Kahurangi Health Board"),
         ("p", "Te Poari Hauora o Kahurangi · Procurement · PO Box 1800, Nelson 7040"),
         ("h", "PURCHASE ORDER KHB-PO-24-1210"),
         ("table", [["PO date", "14/05/2024"], ["Status", "RELEASED 14/05/2024 (Finance, delegation FD-24-07)"],
                    ["Vendor", "200412 PWS Medical Wireworks Sdn. Bhd."], ["Quote", "PWS-Q-24-0388"]]),
         ("sp",),
         ("table", [["Ln", "Item", "Description", "Qty", "Price NZD"],
                    ["1", "PWS-MB-2425-50", "Half mesh basket DIN 1/2 – sample lot as per quote PWS-Q-24-0388",
                     "lot", "540.00 (lot)"]]),
         ("sp",),
         ("p", "Production balance is not released. Production release only after Sarah McKenzie "
               "(Sterile Services Manager) has signed off the samples, by a written release from "
               "Grant Whitfield, GM Facilities & Supply."),
         ("p", "Deliver DAP Nelson. Certificates EN 10204 3.1."),
     ], title="KHB-PO-24-1210", author="KHB Procurement"))])

# --------------------------------------------------------------- p38
case("p38_norrmark_release_next_tranche", ["RG010"],
     "written release letter 'we release the next tranche' with no quantity; hold, event and "
     "authority are stated",
     [("PR-2024-019.pdf", pdf([
         ("h1", "Region Norrmark – Regionservice Upphandling"),
         ("h", "Produktionsfrisläppning / Production release PR-2024-019"),
         ("p", "To: Steriform Behältertechnik GmbH, attn. Jürgen Kessler. Date: 2024-06-10. "
               "PO 4500319180, pos 20, SF-C12-90 sterilisation container 1/2."),
         ("p", "With reference to the sample sign-off SSR-2024-051 of 2024-06-05 we hereby release "
               "the next tranche of containers SF-C12-90 for production, delivery as agreed in the "
               "call of 2024-06-07."),
         ("p", "The remaining quantity of pos 20 stays on hold until a further written release from "
               "me after this tranche has passed lot acceptance at Sterilcentralen."),
         ("p", "Maria Holmgren, Inköpschef / Head of Purchasing, Region Norrmark"),
     ], title="PR-2024-019", author="Maria Holmgren"))])

# --------------------------------------------------------------- p39
case("p39_whatsapp_sinal_pago_start_pilot", ["RG004", "RG010", "RG012"],
     "buyer: deposit paid, so start the pilot lot; no pilot quantity; rest on hold and 'Patrícia "
     "decides later' names a person but no unlock event",
     [("WhatsApp Chat - Juliana Vita Sul.txt", """\
[10/06/2024, 08:31:05] Juliana Ferreira Vita Sul: Murat bom dia! ☀️
[10/06/2024, 08:31:40] Juliana Ferreira Vita Sul: O sinal de 30% foi pago ontem / the 30% deposit was sent yesterday, so you can start the pilot lot of the ASL-LT-8 now 🙂
[10/06/2024, 08:32:12] Juliana Ferreira Vita Sul: The rest stays on hold, Patrícia decides later
[10/06/2024, 08:50:27] Murat Yılmaz Anadolu: Günaydın Juliana! Teşekkürler, we start tomorrow 👍
[10/06/2024, 08:50:59] Murat Yılmaz Anadolu: SWIFT copy received from our bank also, ref TR55 0006 4000
""")])

# --------------------------------------------------------------- p40
case("p40_alnakheel_calloff_qty_see_attachment", ["RG005", "RG010"],
     "portal call-off whose released quantity is 'see attached schedule' (nothing attached); hold and "
     "next call-off stated, releases by an unnamed department",
     [("CallOff_CO-AN-24-019.html", html_page("Al-Nakheel Supplier Portal – Call-off CO-AN-24-019", """\
<div style="background:#0b5d3b;color:#fff;padding:8px"><b>Al-Nakheel Medical City</b> – Supplier Portal</div>
<h2>Call-off CO-AN-24-019</h2>
<table>
<tr><th>Agreement</th><td>BPA-AN-24-0031</td></tr>
<tr><th>Supplier</th><td>Weihai Kangda Medical Stainless Co., Ltd. (V-81552)</td></tr>
<tr><th>Item</th><td>KD-WB-11-316L wire mesh basket DIN 1/1 480x250x50</td></tr>
<tr><th>Call-off date</th><td>16/06/2024</td></tr>
<tr><th>Released quantity</th><td>see attached schedule</td></tr>
<tr><th>Need-by</th><td>as per schedule</td></tr>
</table>
<div class="note">
<p>Balance of the agreement remains on hold until the next call-off. Releases are issued by the CSSD Department.</p>
<p>Kindly acknowledge this call-off in the portal within 2 working days.</p>
</div>
<p>Attachments: <i>(none)</i></p>
"""))])

# --------------------------------------------------------------- p41
_p41_po = pdf([
    ("h1", "Rede Hospitalar Vita Sul"),
    ("p", "Suprimentos Corporativo · Av. Ipiranga 4100, Porto Alegre – RS · CNPJ 12.345.678/0001-90"),
    ("h", "PEDIDO DE COMPRA / PURCHASE ORDER Nº 45-88230"),
    ("p", "Fornecedor / supplier: Anadolu Sterimed Metal San. ve Tic. A.S., Bursa. Data: 24/05/2024. "
          "Oferta: ASM-OF-24-081."),
    ("table", [["Item", "Código", "Descrição", "Qtd.", "Preço unit. EUR", "Total EUR"],
               ["1", "ASL-LT-6", "Carro de carga / loading trolley 6 STU, AISI 316L", "60", "2.140,00", "128.400,00"]]),
    ("sp",),
    ("p", "Quantidade total e final: 60 (sessenta). Full quantity, no sample phase, no balance. "
          "Entrega FCA Bursa em 2 lotes de 30."),
], title="Pedido 45-88230", author="Vita Sul")

_p41_pi = pdf([
    ("h1", "Anadolu Sterimed Metal San. ve Tic. A.S."),
    ("p", "Nilüfer OSB, 16140 Bursa, Türkiye"),
    ("h", "PROFORMA INVOICE PI-2024-0203"),
    ("table", [["Date", "29.05.2024"], ["Buyer", "Rede Hospitalar Vita Sul, Porto Alegre"],
               ["Your PO", "45-88320"], ["Incoterm", "FCA Bursa"]]),
    ("sp",),
    ("table", [["Pos", "Code", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "ASL-LT-6", "Loading trolley 6 STU, 316L", "66", "2.140,00", "141.240,00"]]),
    ("sp",),
    ("p", "Payment: 30% advance (EUR 42.372,00), 70% before shipment. Bank: Türkiye Is Bankasi, IBAN "
          "TR55 0006 4000 0014 5550 4040 01."),
    ("p", "Murat Yilmaz, Export Manager"),
], title="PI-2024-0203", author="Anadolu Sterimed")

case("p41_vitasul_po_vs_proforma", ["RG011"],
     "full-quantity PO 45-88230 for 60 trolleys; the supplier proforma for the same order says PO "
     "45-88320 and 66 trolleys",
     [("Pedido_45-88230.pdf", _p41_po), ("PI-2024-0203.pdf", _p41_pi)])

# --------------------------------------------------------------- p42
_p42_portal = html_page("Al-Nakheel Supplier Portal – Call-off CO-AN-24-022", """\
<div style="background:#0b5d3b;color:#fff;padding:8px"><b>Al-Nakheel Medical City</b> – Supplier Portal</div>
<h2>Call-off CO-AN-24-022</h2>
<table>
<tr><th>PO</th><td>7700-4480</td></tr>
<tr><th>Supplier</th><td>Anadolu Sterimed Metal San. ve Tic. A.Ş. (vendor 600233)</td></tr>
<tr><th>Item</th><td>ASM-WR-5L MIS washer rack, 5 levels</td></tr>
<tr><th>Released this call-off</th><td><b>40 (forty) racks</b>, need-by 15/07/2024</td></tr>
<tr><th>Balance</th><td>80 racks – NOT released</td></tr>
<tr><th>Next call-off</th><td>after lot acceptance of these 40 at CSSD incoming QC</td></tr>
<tr><th>Release authority</th><td>Abdulrahman Al-Otaibi, Director Supply Chain</td></tr>
</table>
<p>Payment terms: 100% of each call-off by T/T before shipment.</p>
""")

_p42_chat = """\
[20/06/2024, 09:14:02] Murat Yılmaz Anadolu: Good morning Eng. Faisal 🌞
[20/06/2024, 09:14:45] Murat Yılmaz Anadolu: Your payment for call-off CO-AN-24-022 is received today, thank you 🙏
[20/06/2024, 09:15:30] Murat Yılmaz Anadolu: So we release 50 racks to production this week, like this the truck is full
[20/06/2024, 09:52:11] Eng. Faisal Al-Qahtani: ok Murat, thanks
"""

case("p42_alnakheel_calloff_portal_plus_chat", ["RG011", "RG012"],
     "portal call-off releases 40 racks; supplier chat says payment received so 50 released to "
     "production, buyer answers ok",
     [("CallOff_CO-AN-24-022.html", _p42_portal),
      ("WhatsApp Chat - Murat Anadolu June.txt", _p42_chat)])

# --------------------------------------------------------------- p43
_p43_po = pdf([
    ("h1", "Kahurangi Health Board"),
    ("p", "Te Poari Hauora o Kahurangi · Procurement · PO Box 1800, Nelson 7040"),
    ("h", "PURCHASE ORDER KHB-PO-24-1233"),
    ("table", [["PO date", "06/06/2024"], ["Vendor", "300118 MedStal Sp. z o.o., Bydgoszcz"],
               ["Quote", "MS/OF/24/151"], ["Currency", "NZD"]]),
    ("sp",),
    ("table", [["Ln", "Item", "Description", "Qty", "UOM", "Unit NZD", "Ext NZD"],
               ["1", "MS-TT-1200-80", "Transfer trolley 1200x800, tilt 15 deg, 316L", "35", "EA", "2,960.00", "103,600.00"]]),
    ("sp",),
    ("p", "Full quantity for the new theatre wing. No balance. Deliver DAP Nelson by 30/09/2024."),
], title="KHB-PO-24-1233", author="KHB Procurement")

_p43_text = """\
Hi Tomasz,

PO KHB-PO-24-1233 attached for thirty (30) transfer trolleys MS-TT-1200-80. That's the full quantity
for the new theatre wing, no balance to come.

Please proceed and confirm the delivery date.

Cheers,
""" + SIG_TAMA

case("p43_khb_mail_thirty_po_35", ["RG011"],
     "cover mail says thirty (30) transfer trolleys, the attached PO says 35; both full quantity",
     [("KHB-PO-24-1233_transfer_trolleys.eml", eml_bytes(mail(
         TAMA, TOMASZ, "KHB-PO-24-1233 transfer trolleys", "Thu, 06 Jun 2024 16:45:00 +1200",
         _p43_text, attachments=[("KHB-PO-24-1233.pdf", _p43_po, PDF_MT)])))])

# --------------------------------------------------------------- p44
case("p44_wechat_start_sample_liners_no_qty", ["RG010"],
     "buyer: 'pls start the sample liners now' with no quantity; hold, event and named release "
     "authority present",
     [("WeChat_Fiona_Wang_liners.txt", """\
WeChat chat history – Fiona Wang 王芳 (Kangda Medical)
Exported by: Tama Rawiri   Export date: 2024-06-14
------------------------------------------------------------
2024-06-13 11:02:36  Tama Rawiri
Hi Fiona, pls start the sample liners now (KD-TL-520 nonwoven, 520x520, blue). Balance of the quote on hold till Sarah's sign-off & written release from Grant Whitfield. Cheers

2024-06-13 11:20:14  王芳 Fiona Wang
Noted Tama, thank you! We start sample tomorrow, qty as per our quotation KD-Q2405-012.

2024-06-13 11:21:40  王芳 Fiona Wang
Sample ETD around 25 June by DHL [OK]
------------------------------------------------------------
""")])

# --------------------------------------------------------------- p45
_p45_minutes = docx_bytes([
    ("h1", "Supplier review – PWS Medical Wireworks / Kahurangi Health Board"),
    ("p", "Date: 03/06/2024 (Teams). Present: Grant Whitfield, Tama Rawiri, Sarah McKenzie (KHB); "
          "Lim Wei Jie (PWS)."),
    ("h", "1. Lot acceptance"),
    ("p", "First lot of 100 half baskets PWS-MB-2425-50 (release R-KHB-24-044) passed incoming "
          "inspection on 30/05/2024. Two baskets with weld spatter reworked by SSU."),
    ("h", "2. Production release R-KHB-24-052"),
    ("p", "Grant Whitfield releases 150 (one hundred and fifty) half baskets for production. The "
          "balance of 650 stays on hold until his next written release, after lot acceptance of "
          "these 150."),
    ("h", "3. Tooling"),
    ("p", "PWS invoice INV-PWS-2405-77 for the new bending jig (NZD 2,400) is with finance."),
], author="Tama Rawiri")

_p45_text = """\
Hi Lim,

Thanks for your time today. As discussed you are released for 120 baskets this round.

Also, finance paid your tooling invoice INV-PWS-2405-77 today, so you can start the run right away.

Cheers,
""" + SIG_TAMA

case("p45_khb_minutes_150_mail_120", ["RG011", "RG012"],
     "minutes record a release of 150, the follow-up mail says 120; the mail also lets the paid "
     "tooling invoice start the run",
     [("Supplier_review_PWS_2024-06-03.docx", _p45_minutes),
      ("Follow-up_supplier_review.eml", eml_bytes(mail(
          TAMA, LIM, "Follow-up supplier review 03/06", "Mon, 03 Jun 2024 17:05:00 +1200",
          _p45_text, cc=GRANT)))])


# ================================================================== WRITE
def _folder_stem(filename):
    stem = Path(filename).stem
    return re.sub(r"[^A-Za-z0-9-]+", "_", stem).strip("_")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)) == 70, len(names)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(210210).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h210_{i:02d}_{_folder_stem(c['files'][0][0])}"
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
    build()
