#!/usr/bin/env python3
"""Generator for the releasegate check_holdout168 corpus.

Telecom / networking hardware: carriers, ODM customers and integrators (US, Finland, Japan,
Brazil, UAE) ordering enclosures, antenna brackets, fibre cassettes and PCB assemblies from EMS
and metal shops in China, Taiwan, Mexico, Hungary and Vietnam.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout168/build.py

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
PREFIX = "h168"
SEED = 168168


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py; message-id and boundary tags changed to h168)
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
    m["Message-ID"] = msgid or f"<h168-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h168")
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


# ----------------------------------------------------------------- small local helpers
def quote_lines(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """A plain HTML alternative for a text mail body (paragraphs split on blank lines)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "<html><body>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


def eml(m):
    return eml_bytes(m)


# Recurring parties (fictional)
NORDLINK = "Nordlink Networks Oy, Teknologiantie 14, 90590 Oulu, Finland"
CASCADE = "Cascade Carrier Systems Inc., 2201 Telecom Pkwy, Richardson, TX 75082, USA"
REDWOOD = "Redwood Edge Devices Inc., 400 Ridder Park Dr, San Jose, CA 95131, USA"
KITAMURA = "Kitamura Network Devices K.K., 3-8-1 Minatomirai, Nishi-ku, Yokohama 220-0012, Japan"
VIALINK = "Vialink Telecomunicacoes S.A., Rod. Campinas-Mogi Km 118, Campinas - SP, Brazil"
FALCON = "Falcon Gulf Integrators LLC, Office 1204, Dubai Silicon Oasis, Dubai, UAE"

# =================================================================== CLEAN (batch 1)

# c01: Finnish sample PO (PDF, table) with the full four-part scope note -> clean
case("c01_nordlink_po_enclosure_evt", [],
     "Sample PO states active qty (20), balance 480 not released, unlock event (EVT sign-off + written release) and named release authority; material sample-only; 480 labelled forecast.",
     [("PO_4500231187_NL-ENC-4410.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500231187"),
         ("p", f"Buyer: {NORDLINK}. VAT FI24881937."),
         ("p", "Supplier: Shenzhen Jiayu Precision Metal Co., Ltd., No. 18 Fuyuan 2nd Rd, Bao'an District, "
               "Shenzhen 518103, PR China. Supplier no. 100447."),
         ("p", "PO date: 12.03.2024   Payment: 60 days net   Incoterms 2020: FCA Shenzhen   Currency: EUR"),
         ("p", "Buyer contact: Jukka Heikkinen, Senior Sourcing Manager, jukka.heikkinen@nordlink.fi, +358 40 771 2290"),
         ("sp",),
         ("table", [
             ["Line", "Part / Rev", "Description", "Scope", "Qty", "Unit price", "Amount"],
             ["10", "NL-ENC-4410 / C", "Outdoor RRU enclosure, die-cast ADC12, powder coat RAL 9006, IP65 per IEC 60529",
              "EVT sample", "20 pcs", "96,00", "1 920,00"],
             ["20", "NRE-4410", "Sample fixture and CMM programme (one-off)", "NRE", "1 lot", "850,00", "850,00"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "1. Authorised now: twenty (20) EVT sample enclosures on line 10, plus the one-off NRE on line 20. Nothing else."),
         ("p", "2. The production quantity of 480 pcs shown in your quotation JY-Q-24-0187 is not released by this "
               "purchase order. It is a forecast, not a firm quantity, and it stays on hold."),
         ("p", "3. What to do now: cast, machine and coat the 20 samples to drawing DWG-4410 rev C and ship them with "
               "the full dimensional report. Material authority: sample-only. Please do not buy ADC12 ingot or coating "
               "powder beyond what the 20 samples need."),
         ("p", "4. Unlock event: EVT sign-off by Nordlink HW engineering, followed by a written production release "
               "signed by Satu Mäkelä, Director, Supply Chain. No other document or person can release the 480 pcs."),
         ("sp",),
         ("p", "Delivery: 20 pcs to Nordlink Oulu R&D goods-in, building B, by week 16/2024. Mark each box with PO "
               "and line number. Packaging per Nordlink packing spec NPS-02 rev 5."),
         ("p", "General terms: Nordlink General Purchasing Conditions 2023 apply. Supplier quotation JY-Q-24-0187 "
               "applies for pricing only where it does not conflict with this order."),
     ], title="PO 4500231187", author="Nordlink SAP"))])

# c02: Taiwanese supplier quote with three tiers, no authorisation -> clean
case("c02_brightway_quote_cassette", [],
     "Supplier quote with sample/pilot/MP tiers; a quote alone authorises nothing (convention 4).",
     [("Brightway_Quotation_BW-Q-2406-033.pdf", pdf([
         ("h1", "QUOTATION BW-Q-2406-033"),
         ("p", "Taoyuan Brightway Optical Co., Ltd. - No. 66, Xingbang Rd., Guishan Dist., Taoyuan City 333, Taiwan"),
         ("p", "To: Cascade Carrier Systems Inc., attn. Megan Ortiz, Senior Buyer. Date: 2024/06/11. Validity: 90 days."),
         ("p", "Item: FC-12-LC-0480 splice cassette, 12F LC/UPC, 250um, PC/ABS UL94 V-0, per Cascade drawing "
               "CCS-DWG-0480 rev B."),
         ("sp",),
         ("table", [
             ["Stage", "Quantity", "Unit price (USD)", "Lead time", "Remarks"],
             ["Sample (EVT)", "10 pcs", "38.00", "3 weeks", "soft tool / machined tray"],
             ["Pilot (DVT/PVT)", "200 pcs", "14.20", "5 weeks", "production tool T1"],
             ["Mass production", "5,000 pcs / year", "8.65", "6 weeks", "after customer written production release"],
             ["Tooling", "1 set", "6,800.00", "6 weeks", "2-cavity, 300k shots"],
         ]),
         ("sp",),
         ("p", "Notes: 1) This quotation is an offer and is not an order. 2) Prices are FOB Keelung, "
               "packing 50 pcs per carton. 3) Quantities above are quotation tiers only. 4) Adapter "
               "price based on LC duplex adapter from approved vendor list AVL-0480."),
         ("p", "We are happy to support your project. Best regards, Vincent Lin, Sales Manager, "
               "vincent.lin@brightway-optical.com.tw, +886 3 328 6677"),
     ], title="Quotation BW-Q-2406-033", author="Brightway Sales"))])

# c03: Vietnamese supplier asks for go-ahead; quotes buyer's full scope -> clean
_c03_quoted = """Dear Thanh-san,

Thank you for your quick quotation. Please find our PO 7100045522 attached.

Only 30 pcs pilot of KND-BRK-220 rev A are released by this PO.
The balance of 1,170 pcs is on hold and must not be started until our pilot sign-off
(QA, Kenji Sato) and then a written release from Yuki Tanabe, Procurement Manager.
Material: please buy only for 30 pcs.

Best regards,
Takeshi Morimoto
Purchasing Section, Kitamura Network Devices K.K."""
_c03 = mail("Nguyen Van Thanh <thanh.nv@saigonprecision.vn>",
            "Takeshi Morimoto <t-morimoto@kitamura-nd.co.jp>",
            "RE: PO 7100045522 - antenna bracket KND-BRK-220 / pilot shipped",
            "Thu, 06 Jun 2024 16:40:11 +0700",
            "Dear Morimoto-san,\n\n"
            "Good afternoon. We shipped the 30 pcs pilot today by DHL, AWB 7731 0048 5520, with CMM report "
            "and salt spray report (ISO 9227, 480 h) inside the carton.\n\n"
            "May I ask, can we have the go-ahead for the balance 1,170 pcs? Our bending line has free capacity "
            "from week 28 and our hot-dip galvanizer needs one week notice. If it is not possible yet, no problem, "
            "please just let us know when you expect the pilot sign-off.\n\n"
            "Thank you and best regards,\nNguyen Van Thanh\nSales & Project, Saigon Precision Mechanics Co., Ltd.\n"
            "Lot C5, Song Than 3 IP, Thu Dau Mot, Binh Duong, Vietnam\n\n"
            "On Mon, 20 May 2024 at 10:02 +0900, Takeshi Morimoto wrote:\n" + quote_lines(_c03_quoted) + "\n",
            in_reply_to="<h168-kit-0520@kitamura-nd.co.jp>",
            attachments=[("CMM_summary_KND-BRK-220_pilot.html", html_page("CMM summary KND-BRK-220 pilot", """
<h3>KND-BRK-220 rev A &mdash; pilot lot CMM summary (n = 30)</h3>
<table>
<tr><th>Char.</th><th>Nominal</th><th>Tol.</th><th>Min</th><th>Max</th><th>Cpk</th></tr>
<tr><td>Hole pitch A-B</td><td>120.0</td><td>+/-0.2</td><td>119.92</td><td>120.07</td><td>1.71</td></tr>
<tr><td>Slot width S1</td><td>11.0</td><td>+0.3/0</td><td>11.05</td><td>11.21</td><td>1.52</td></tr>
<tr><td>Zinc thickness (HDG)</td><td>min 85 um</td><td>-</td><td>92</td><td>131</td><td>-</td></tr>
</table>
"""), "text/html")])
case("c03_saigon_question_goahead", [],
     "Supplier's question about a go-ahead is not an approval; quoted buyer scope is complete (30 released, 1,170 on hold, pilot sign-off + written release by Yuki Tanabe).",
     [("RE_PO_7100045522_pilot_shipped.eml", eml(_c03))])

# c04: Brazilian SAP demand forecast, clearly labelled -> clean
case("c04_vialink_forecast_printout", [],
     "Clearly labelled forecast printout with no production or material authority; forecast not presented as firm.",
     [("ZMM_FORECAST_VIALINK_2024-07.txt", """\
VIALINK TELECOMUNICACOES S.A.                                   SAP R/3  ZMM_PREV  Pag. 1/1
PREVISAO DE DEMANDA / DEMAND FORECAST                          Emitido: 01.07.2024 08:12
Fornecedor / Supplier: 200318  TROQUELES Y LAMINA DEL NORTE SA DE CV  MONTERREY NL MX
------------------------------------------------------------------------------------------
 *** FORECAST ONLY - NOT A PURCHASE ORDER - NO PRODUCTION OR MATERIAL AUTHORITY ***
 *** APENAS PREVISAO - NAO E PEDIDO DE COMPRA                                    ***
------------------------------------------------------------------------------------------
Material         Descricao                      Un   AGO/24   SET/24   OUT/24   NOV/24   DEZ/24
VL-ODU-BRK-02    SUPORTE ODU PAREDE AÇO GALV    PC    1.200    1.200    1.500    1.500      800
VL-ODU-BRK-03    SUPORTE ODU POSTE 60-114MM     PC      400      400      600      600      300
VL-CAB-PLT-11    PLACA CABO ACO INOX 304        PC    2.000    2.000    2.000    2.500    1.000
------------------------------------------------------------------------------------------
Obs./Notes:
 1. Quantities are planning figures for capacity only. They may change every month.
 2. Firm requirements are issued only by call-off (EDI DELFOR, firm segment) or by purchase
    order. Do not produce or buy material against this forecast.
 3. Norma de embalagem: NE-VL-004 rev 7. Galvanizacao a fogo conforme NBR 6323.
Comprador/Buyer: Rafael Sousa   rafael.sousa@vialink.com.br   +55 19 3344-7812
""")])

# c05: buyer FAI disposition report (DOCX) - scoped technical approval, hold restated -> clean
case("c05_cascade_fai_disposition", [],
     "FAI disposition 'approved for EVT fit/function checks only', explicitly not a production release; 12 units active, 1,188 on hold until DVT sign-off + written release by Karen Liu.",
     [("FAI_Disposition_PCA-5G-2000_rev03.docx", docx_bytes([
         ("h1", "First Article Inspection - Disposition Report"),
         ("p", "Customer: Cascade Carrier Systems Inc., Supplier Quality Engineering"),
         ("p", "Supplier: Ensambles Electrónicos Tapatíos S.A. de C.V., Periférico Sur 7980, Tlaquepaque, Jalisco, México"),
         ("p", "Part: PCA-5G-2000 rev 03, small cell radio controller PCBA. PO 4500078990. FAI per AS9102-style form (customer template CCS-QF-112)."),
         ("h", "Results summary"),
         ("table", [
             ["Char.", "Requirement", "Measured (n=12)", "Result"],
             ["1", "Solder paste height 120 um +/- 20", "112-131 um", "OK"],
             ["2", "IPC-A-610 Class 2 visual", "no defects", "OK"],
             ["3", "ICT coverage >= 92 %", "94.6 %", "OK"],
             ["4", "Conformal coat thickness 25-75 um", "31-58 um", "OK"],
             ["5", "Label placement per CCS-DWG-2000-LBL", "2 of 12 offset 1.5 mm", "OK (within tol.)"],
         ]),
         ("h", "Disposition"),
         ("p", "The 12 FAI units are approved for EVT fit and function checks only. This disposition is a technical "
               "sign-off of these 12 units. It is not a production release."),
         ("p", "The remaining 1,188 units on PO 4500078990 stay on hold. Please do not start them and do not buy "
               "material for them."),
         ("p", "Next step: DVT sign-off by Cascade HW engineering, then a written production release by Karen Liu, "
               "Director of Supply Chain. Only that release can unlock any of the 1,188 units."),
         ("p", "Prepared by: Priya Nair, Supplier Quality Engineer, 21 May 2024."),
     ], author="Priya Nair"))])

# c06: full-quantity PO on a Gulf integrator's portal that says "proceed" -> clean
case("c06_falcon_portal_po_full", [],
     "Full-quantity PO (300 pcs, no sample phase, no further quantity); 'proceed with the full 300 pcs' is scoped; no balance so absence rules do not apply.",
     [("FalconGulf_Portal_PO_FGI-PO-24-0612.html", html_page("Falcon Gulf Supplier Portal - PO FGI-PO-24-0612", """
<h2>Falcon Gulf Integrators LLC &mdash; Supplier Collaboration Portal</h2>
<p>Logged in as: <b>lily.chen@jiayu-metal.cn</b> (Shenzhen Jiayu Precision Metal Co., Ltd.)</p>
<h3>Purchase Order FGI-PO-24-0612 &nbsp; <small>Status: Issued &mdash; awaiting supplier acknowledgement</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Drawing</th><th>Qty</th><th>Unit price (USD)</th><th>Need date</th></tr>
<tr><td>1</td><td>FG-PMB-65</td><td>Pole-mount antenna bracket, 60-114 mm pole, S355JR, HDG per ISO 1461</td><td>FG-PMB-65 Rev 4</td><td>300</td><td>27.40</td><td>15-Sep-2024</td></tr>
<tr><td>2</td><td>FG-PMB-HW</td><td>Hardware kit M10 x 1.5 A4-70, per bracket</td><td>FG-PMB-65 Rev 4</td><td>300</td><td>3.10</td><td>15-Sep-2024</td></tr>
</table>
<div class="note">
<p><b>Buyer note:</b> Please proceed with the full 300 pcs (lines 1 and 2) as per drawing FG-PMB-65 Rev 4.
This PO covers the entire requirement for the Abu Dhabi rooftop rollout; there is no sample phase and no
further quantity on this project. Kindly acknowledge in the portal within 2 working days.</p>
<p>Ahmed Al Mansouri, Procurement Officer &mdash; +971 4 501 7720</p>
</div>
<p>Delivery: DAP Jebel Ali, Falcon Gulf warehouse 7. Packing: 10 brackets per crate, fumigated wood (ISPM 15).</p>
<p><small>Terms: Falcon Gulf Standard Terms of Purchase rev 2022-3 apply.</small></p>
"""))])

# c07: Finnish EDI call-off with explicit staged material authority above the released qty -> clean
case("c07_nordlink_calloff_staged", [],
     "Call-off releases 400; explicit staged material authority up to 1,600 (convention 10); beyond 400 not released until next call-off signed by Jukka Heikkinen; 1,600 labelled forecast.",
     [("DELFOR_CALLOFF_0007_PANNON.txt", """\
NORDLINK NETWORKS OY                    EDI DELFOR D.96A  -> PANNON LEMEZ KFT (GLN 5990001234567)
CALL-OFF / LEHIVAS NO. 0007             Scheduling agreement 5500001844   Date 03.06.2024
==========================================================================================
Part no.      : 3300-210-05 rev B   Antenna mounting bracket, S355MC t=4, zinc flake (ISO 10683)
Drawing       : DRW-3300-210 rev 11
Plant/Dock    : FI01 Oulu / Dock 3
------------------------------------------------------------------------------------------
FIRM (released)           Wk 24/2024   Wk 25/2024   Wk 26/2024      TOTAL RELEASED
                              150          150          100              400 pcs
FORECAST (not released)   Wk 27-30     Wk 31-34     Wk 35-38        TOTAL FORECAST
                              400          400          400            1 200 pcs
Cumulative plan incl. this call-off: 1 600 pcs
------------------------------------------------------------------------------------------
AUTHORISATIONS
  FAB authority (production) : 400 pcs  (this call-off only)
  MAT authority (material)   : STAGED - raw material (S355MC coil, zinc flake coating)
                               for up to 1 600 pcs at Nordlink's liability.
  The 1 200 pcs forecast above is NOT released for production. Each further
  quantity needs the next call-off, signed by Jukka Heikkinen, Senior Sourcing Manager.
------------------------------------------------------------------------------------------
Remarks: Packaging KLT 6428, 25 pcs/box. ASN (DESADV) mandatory at dispatch.
Contact: jukka.heikkinen@nordlink.fi  +358 40 771 2290
""")])

# c08: explicit recorded auto-conversion agreement (DOCX) -> clean
case("c08_cascade_autoconversion_record", [],
     "Explicit, signed auto-conversion: approved DVT sign-off by Derek Walsh releases 500 by itself; remaining 1,500 on hold until written release by Karen Liu; 40 DVT active now.",
     [("Release_Agreement_PO4500079120.docx", docx_bytes([
         ("h1", "Release Agreement - PO 4500079120"),
         ("p", "Parties: Cascade Carrier Systems Inc. (buyer) and Formosa Circuit Assembly Corp., No. 12, Lixing 6th Rd., "
               "Hsinchu Science Park, Taiwan (supplier)."),
         ("p", "Part: PCA-5G-2000 rev 03 small cell radio controller PCBA. PO 4500079120 commercial cover: 2,040 units."),
         ("h", "1. Released now"),
         ("p", "40 DVT units are released for production now. Material authority: 40 units (sample-only)."),
         ("h", "2. Recorded auto-conversion"),
         ("p", "Both parties agree and record the following auto-conversion. When Cascade records an approved DVT sign-off "
               "for PCA-5G-2000 rev 03, signed by Derek Walsh, NPI Program Manager, 500 units of PO 4500079120 are "
               "released automatically on the date of that sign-off. No further document is needed for these 500 units. "
               "An interim or rejected DVT sign-off releases nothing."),
         ("h", "3. Balance on hold"),
         ("p", "The remaining 1,500 units stay on hold. They are released only by a separate written release signed by "
               "Karen Liu, Director of Supply Chain."),
         ("table", [
             ["Quantity", "Status", "Unlock event", "Authority"],
             ["40", "released now", "-", "Karen Liu"],
             ["500", "on hold", "approved DVT sign-off (auto-conversion recorded above)", "Derek Walsh (sign-off)"],
             ["1,500", "on hold", "written release", "Karen Liu"],
         ]),
         ("p", "Signed: Karen Liu, Director of Supply Chain, Cascade Carrier Systems Inc., 14 May 2024"),
         ("p", "Signed: Amy Huang, Program Manager, Formosa Circuit Assembly Corp., 15 May 2024"),
     ], author="Karen Liu"))])

# =================================================================== CLEAN (batch 2)

# c09: forwarded old quote (rfc822) declared informational -> clean
_c09_old = mail("Lily Chen <lily.chen@jiayu-metal.cn>", "Takeshi Morimoto <t-morimoto@kitamura-nd.co.jp>",
                "Quotation KND-ENC-81 outdoor ONT box", "Tue, 14 Nov 2023 15:20:00 +0800",
                "Dear Morimoto-san,\n\nThank you for the inquiry. Please see our offer for KND-ENC-81 (ONT outdoor box, "
                "ADC12 die-casting, powder coating):\n\n"
                "  T1 samples      10 pcs     USD 45.00/pc\n"
                "  Pilot           50 pcs     USD 22.80/pc\n"
                "  Mass production 5,000 pcs  USD  9.40/pc\n"
                "  Die-cast mould  1 set      USD 14,500\n\n"
                "Lead time mould 35 days, MP 25 days. Validity 60 days.\n\nBest regards,\nLily Chen\n"
                "Shenzhen Jiayu Precision Metal Co., Ltd.\n",
                msgid="<h168-jiayu-20231114@jiayu-metal.cn>")
_c09 = mail("Takeshi Morimoto <t-morimoto@kitamura-nd.co.jp>", "Lily Chen <lily.chen@jiayu-metal.cn>",
            "FW: Quotation KND-ENC-81 outdoor ONT box (for reference only)", "Mon, 15 Jul 2024 10:05:00 +0900",
            "Dear Lily-san,\n\nThank you for your support always.\n\n"
            "For your planning team I forward below your quotation mail from November 2023. Please note: the "
            "5,000 pcs in that old quotation is for information only and is not released.\n\n"
            "Our PO 7100046233 releases 50 pilot units of KND-ENC-81 only. Nothing beyond the 50 pilot units is "
            "released. The mass production quantity stays on hold until our pilot sign-off by QA (Kenji Sato) and a "
            "written release from Yuki Tanabe, Procurement Manager. Please buy material for the 50 pilot units only.\n\n"
            "Best regards,\nTakeshi Morimoto\nPurchasing Section\nKitamura Network Devices K.K.\nTEL +81-45-228-6120\n",
            attachments=[("rfc822", _c09_old)])
case("c09_kitamura_fw_old_quote", [],
     "Forwarded 2023 quote with 5,000 pcs explicitly declared informational / not released; 50 pilot active; hold, pilot sign-off + written release, Yuki Tanabe named.",
     [("FW_Quotation_KND-ENC-81.eml", eml(_c09))])

# c10: buyer corrects supplier's assumed roll-into-MP (quoted) -> clean
_c10_quoted = """Hi Jukka,

Golden sample was picked up by FedEx today and should arrive Oulu on Tuesday.
Once you approve, we will roll straight into the 2,000 pcs MP so we keep the July slot.

Best regards
Lily"""
_c10 = mail("Jukka Heikkinen <jukka.heikkinen@nordlink.fi>", "Lily Chen <lily.chen@jiayu-metal.cn>",
            "RE: NL-ENC-4520 golden sample shipped", "Fri, 07 Jun 2024 08:47:00 +0300",
            "Hi Lily,\n\nThanks for the quick work - but please don't roll into MP.\n\n"
            "A golden sample sign-off does not release anything by itself. The 2,000 pcs MP stays on hold until "
            "two things have happened: (1) our golden sample sign-off, and (2) a written production release from "
            "Satu Mäkelä, Director, Supply Chain. Until then the only active quantity on PO 4500232010 is the 5 "
            "golden samples, and material only for those 5.\n\n"
            "If the July slot is at risk, tell me and I will ask Satu whether the written release can be issued "
            "quickly after the sign-off is done.\n\n"
            "Br,\nJukka\n" + sig("Jukka Heikkinen", "Senior Sourcing Manager", "Nordlink Networks Oy", "+358 40 771 2290")
            + "\nOn 6.6.2024 at 17.12, Lily Chen wrote:\n" + quote_lines(_c10_quoted) + "\n",
            in_reply_to="<h168-jiayu-0606@jiayu-metal.cn>")
case("c10_nordlink_reply_no_rollover", [],
     "Quoted supplier assumption of roll-into-MP is answered by the buyer: sign-off releases nothing, 5 golden samples active, 2,000 on hold until sign-off + written release by Satu Mäkelä (convention 3/9).",
     [("RE_NL-ENC-4520_golden_sample.eml", eml(_c10))])

# c11: WhatsApp - Mexican shop says the deposit does not release production -> clean
case("c11_whatsapp_troqueles_deposit", [],
     "Buyer scope complete (25 samples, 975 on hold until sample sign-off + Tom's written release); supplier states the deposit does not release production (convention 14).",
     [("WhatsApp_Chat_Troqueles_RED-WMB-14.txt", """\
[4/3/24, 9:02:10 AM] Tom Becker: Morning Ana! PO 7700-1190 is out. It covers 25 sample brackets of RED-WMB-14 rev C only. The other 975 on the PO are on hold until our sample sign-off and my written release. Material for the 25 only please 🙏
[4/3/24, 9:05:44 AM] Ana Lucía Garza: Buenos días Tom! Got it 👍 drawing rev C, 25 pcs, powder coat black RAL 9005
[4/3/24, 9:06:30 AM] Tom Becker: yes. tooling invoice for the bending die coming from your side?
[4/3/24, 9:11:02 AM] Ana Lucía Garza: Sí, today. 50% deposit on tooling, 50% on sample delivery, like the quote
[4/5/24, 4:31:02 PM] Ana Lucía Garza: Recibimos el depósito de tooling, gracias!!
[4/5/24, 4:31:40 PM] Ana Lucía Garza: Just to be clear on our side: the deposit does not release production. We build only the 25 samples and wait for your written release for the 975.
[4/5/24, 4:33:10 PM] Tom Becker: Exactly right, thanks Ana
[4/5/24, 4:33:15 PM] Tom Becker: samples ETA?
[4/5/24, 4:40:58 PM] Ana Lucía Garza: 19 de abril, DHL to San Jose. Te mando fotos antes 📸
[4/19/24, 11:15:21 AM] Ana Lucía Garza: <attached: IMG_20240419_111502.jpg>
[4/19/24, 11:15:40 AM] Ana Lucía Garza: Listos, shipping today AWB 4410 2231 09
""")])

# c12: Hungarian supplier acknowledgement restating the hold (PDF) -> clean
case("c12_pannon_ack_hold", [],
     "Supplier acknowledgement restating scope: 30 DVT, balance 570 not released, no material beyond 30, waits for written release by Satu Mäkelä after DVT sign-off.",
     [("Pannon_Visszaigazolas_PO4500231990.pdf", pdf([
         ("h1", "Rendelés-visszaigazolás / Order Acknowledgement"),
         ("p", "Pannon Lemez Kft., Takarodó út 4, 8000 Székesfehérvár, Hungary. Adószám: 12345678-2-07"),
         ("p", "To: Nordlink Networks Oy, attn. Jukka Heikkinen. Your PO: 4500231990 of 02.04.2024. Our ref.: VIS-2024-0419."),
         ("table", [
             ["Poz.", "Cikkszám / Part", "Megnevezés / Description", "Menny. / Qty", "Egységár / Unit EUR", "Szállítás / Delivery"],
             ["10", "3300-215-02 rev A", "Antenna bracket, S355MC t=5, zinc flake", "30 db (pcs) - DVT", "24,10", "2024.05.06 (19. hét)"],
         ]),
         ("sp",),
         ("p", "We confirm your order as written. Scope: 30 pcs DVT samples only. The balance of 570 pcs in your PO "
               "is not released. We will not start production and we will not purchase sheet or coating material "
               "beyond the 30 pcs until we receive your written production release, signed by Ms. Satu Mäkelä after "
               "your DVT sign-off."),
         ("p", "Measurement report per ISO 2768-mK and coating thickness report will travel with the samples. "
               "Packing: wooden pallet 800x1200, max 400 kg."),
         ("p", "Üdvözlettel / Kind regards, Zoltán Kovács, Értékesítési vezető / Sales Manager, +36 22 555 410"),
     ], title="VIS-2024-0419", author="Pannon Lemez"))])

# c13: SAP full-quantity PO with identifiers that look like quantities -> clean
case("c13_sap_po_full_identifiers", [],
     "Full-quantity firm PO (240 EA, no sample phase, no balance); numbers like 2000-480-12, DRG 7500 Rev 12, ISO 9001:2015, M6x1.0 are identifiers.",
     [("SAP_PO_4500080044.txt", """\
CASCADE CARRIER SYSTEMS INC                                         PURCHASE ORDER
2201 Telecom Pkwy, Richardson TX 75082                              PO No. : 4500080044
                                                                    Date   : 07/22/2024
Vendor: 300912  SAIGON PRECISION MECHANICS CO LTD                   Page   : 1 of 1
        LOT C5 SONG THAN 3 IP, THU DAU MOT, BINH DUONG, VN          Buyer  : M. ORTIZ (B14)
Terms : NET 45                 Incoterms: FOB HO CHI MINH CITY     Currency: USD
----------------------------------------------------------------------------------------------
Itm Material          Description                          Qty UoM   Price      Net Value Deliv.
----------------------------------------------------------------------------------------------
010 2000-480-12       HEAT SINK, SFP CAGE, AL6063-T5        240 EA   6.85       1,644.00 09/30/24
                      DRG 7500 Rev 12, black anodize MIL-A-8625 Type II
                      Threads M6x1.0 helicoil, flatness 0.05
020 2000-480-12-HW    SCREW KIT M3x8 A2-70 (4 PER SET)      240 SET  0.42         100.80 09/30/24
----------------------------------------------------------------------------------------------
                                                             Total net value:   1,744.80 USD
Header text:
  Firm order for the complete requirement of 240 EA of 2000-480-12. There is no sample phase
  and no further quantity planned under this PO. Supplier shall hold ISO 9001:2015 certification.
  Parts shall meet Telcordia GR-487-CORE outdoor requirements (IP67 per IEC 60529 at assembly).
  Ship with C of C and packing list referencing PO 4500080044 / item 010.
----------------------------------------------------------------------------------------------
This PO is subject to Cascade Terms & Conditions rev 2021-07 (www.cascade-carrier.example/tc)
""")])

# c14: interim sample sign-off with quantity/expiry limits (DOCX) -> clean
case("c14_nordlink_interim_signoff", [],
     "Interim sample sign-off with limits (150 pcs, expires 30.6.); written release of those 150 by Satu Mäkelä; balance 1,350 on hold until full sign-off + written release.",
     [("Sample_Signoff_Record_NL-PCA-7720.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-2024-031"),
         ("p", "Buyer: Nordlink Networks Oy, Oulu. Supplier: Hai Phong Viet-Tech EMS JSC, Lot B2 Trang Due IP, Hai Phong, Vietnam."),
         ("p", "Part: NL-PCA-7720 rev B (antenna tilt controller PCBA). PO 4500232277, commercial cover 1,500 pcs."),
         ("h", "Engineering disposition"),
         ("table", [
             ["Item", "Finding", "Disposition"],
             ["Conformal coating coverage at J7", "partial, 2 of 20 samples", "corrective action CA-118 due 15.6.2024"],
             ["Functional test (ATE rev 4)", "20/20 pass", "-"],
             ["Label per NL-LBL-02", "OK", "-"],
         ]),
         ("p", "Disposition: interim. Limits: 150 pcs maximum, built before 30.06.2024, with the CA-118 containment "
               "(100 % visual check of J7 coating). Signed for engineering: Ville Korhonen, HW Engineering Lead, 27.5.2024."),
         ("h", "Production release under the interim sign-off"),
         ("p", "Released now: 150 pcs, within the interim limits above. Released in writing by Satu Mäkelä, "
               "Director, Supply Chain, 28.5.2024."),
         ("p", "Balance on hold: 1,350 pcs remain on hold. Unlock event: a full (approved) sample sign-off after CA-118 "
               "is closed, followed by a written production release from Satu Mäkelä. Material authority: 150 pcs only."),
     ], author="Ville Korhonen"))])

# c15: Teams chat with scoped go-ahead -> clean
case("c15_teams_cascade_scoped_goahead", [],
     "Buyer go-ahead scoped to 12 EVT units only; other 188 on hold until EVT sign-off; Derek (named sender) sends the written release himself.",
     [("Teams_Chat_Formosa_PCA-RU-44.txt", """\
Microsoft Teams - chat export
Chat: Cascade / Formosa - PCA-RU-44 NPI
Exported: 2024-05-09 18:02 CDT

Amy Huang (Formosa Circuit Assembly)  5/8/2024 8:14 PM
Hi Derek, stencils arrived and SMT line 3 is free from Monday. BOM shortage list attached, only the TCXO is
tight (Y2, 16 wk). Do we have the go-ahead for EVT?

Derek Walsh (Cascade Carrier Systems)  5/9/2024 7:52 AM
Morning Amy. Go ahead with the 12 EVT units only. The other 188 on PO 4500079502 stay on hold until EVT
sign-off - I'll send the written release myself once that's done. Material for the 12 only please, we'll
deal with the TCXO lead time separately.

Amy Huang (Formosa Circuit Assembly)  5/9/2024 8:03 AM
Understood, 12 EVT only. Will share the build schedule tonight.

Derek Walsh (Cascade Carrier Systems)  5/9/2024 8:05 AM
👍 thanks. Pls add X-ray on U4 (BGA) for all 12.

Amy Huang (Formosa Circuit Assembly)  5/9/2024 8:06 AM
OK noted, 100% AXI on U4.
""")])

# =================================================================== CLEAN (batch 3)

# c16: multi-file bundle - cover mail + PO (scope) + supplier quote with tiers -> clean
_c16_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4510002410"),
    ("p", f"Comprador / Buyer: {VIALINK}. CNPJ 12.345.678/0001-90."),
    ("p", "Fornecedor / Supplier: Ensambles Electrónicos Tapatíos S.A. de C.V., Tlaquepaque, Jalisco, México."),
    ("p", "Data: 10/06/2024  Condição de pagamento: 30 dias  Incoterms: FCA Guadalajara  Moeda: USD"),
    ("table", [
        ["Item", "Material", "Descrição / Description", "Qtd", "Preço unit.", "Total"],
        ["10", "VL-PCA-OLT-4 rev A", "OLT line card PCBA, 16 layers, per VL-DWG-OLT4-A", "20 pc (amostras / samples)", "310,00", "6.200,00"],
    ]),
    ("h", "Escopo / Scope"),
    ("p", "Authorized now: 20 sample boards, item 10. The production quantity of 3.000 pcs in your quotation "
          "EET-Q-2433 is not released by this PO and stays on hold."),
    ("p", "Unlock event: sample sign-off by Vialink Engenharia, then a written production release signed by Juliana "
          "Ferreira, Gerente de Suprimentos. Material authority: sample-only (20 boards). The 3.000 pcs is a forecast."),
    ("p", "Entrega: Vialink Campinas, doca 2. Certificado de conformidade e relatório AOI obrigatórios."),
], title="PO 4510002410", author="Vialink SAP")
_c16_quote = pdf([
    ("h1", "COTIZACIÓN / QUOTATION EET-Q-2433"),
    ("p", "Ensambles Electrónicos Tapatíos S.A. de C.V. - Periférico Sur 7980, Tlaquepaque, Jal. - RFC EET0304158K2"),
    ("p", "Cliente: Vialink Telecomunicações S.A., atn. Rafael Sousa. Fecha: 28/05/2024. Vigencia: 60 días."),
    ("table", [
        ["Etapa / Stage", "Cantidad / Qty", "Precio unitario USD", "Tiempo de entrega"],
        ["Muestras / Samples", "20 pcs", "310.00", "4 semanas"],
        ["Producción / Production", "3,000 pcs", "184.50", "8 semanas tras liberación escrita"],
        ["NRE (stencil, fixture ICT)", "1 lote", "4,250.00", "3 semanas"],
    ]),
    ("p", "Notas: precios sujetos a variación de memoria DDR4 +/- 5 %. Esta cotización no es un pedido."),
    ("p", "Atentamente, Carlos Ramírez, Gerente de Cuenta / Account Manager, +52 33 3601 2290"),
], title="EET-Q-2433", author="EET Ventas")
_c16_mail = mail("Rafael Sousa <rafael.sousa@vialink.com.br>", "Carlos Ramírez <carlos.ramirez@eet-mx.com>",
                 "PO 4510002410 - VL-PCA-OLT-4 amostras", "Mon, 10 Jun 2024 14:22:00 -0300",
                 "Olá Carlos, tudo bem?\n\nSegue em anexo (also in the shared folder) our PO 4510002410 and your quotation "
                 "EET-Q-2433 for reference.\n\nAs written in the PO, only the 20 sample boards are released now. The 3.000 pcs "
                 "of the quotation stay on hold until our sample sign-off and a written release signed by Juliana "
                 "Ferreira. Please do not buy material beyond the 20 boards.\n\nQualquer dúvida me chama no WhatsApp.\n\n"
                 "Abraço,\nRafael Sousa\nComprador Sênior - Suprimentos\nVialink Telecomunicações S.A.\n+55 19 3344-7812\n")
case("c16_vialink_bundle_po_quote", [],
     "Three-file bundle: cover mail + PO + supplier quote with 3.000 production tier; PO and mail say the 3.000 is not released, unlock event and Juliana Ferreira named.",
     [("Mail_PO_4510002410_amostras.eml", eml(_c16_mail)),
      ("PO_4510002410.pdf", _c16_po),
      ("EET_Cotizacion_Q-2433.pdf", _c16_quote)])

# c17: HTML portal page showing released vs on-hold -> clean
case("c17_falcon_portal_release_status", [],
     "Portal release status: 100 released (pilot), 900 on hold until pilot lot acceptance + written release by Faisal Rahman; material sample-only.",
     [("Falcon_Portal_ReleaseStatus_FGI-PO-24-0701.html", html_page("Release status FGI-PO-24-0701", """
<h2>Falcon Gulf Integrators &mdash; Supplier Portal</h2>
<p>Supplier: Saigon Precision Mechanics Co., Ltd. &nbsp;|&nbsp; PO: FGI-PO-24-0701 &nbsp;|&nbsp; Item FG-SHR-19 (19&quot; outdoor cabinet sunshield, AlMg3, RAL 7035)</p>
<table>
<tr><th>Bucket</th><th>Quantity</th><th>Status</th><th>Condition</th></tr>
<tr><td>Pilot</td><td>100</td><td>Released</td><td>build now</td></tr>
<tr><td>Balance</td><td>900</td><td>On hold &mdash; not released</td><td>pilot lot acceptance at Falcon QC Dubai, then written release by Mr. Faisal Rahman, Head of Supply Chain</td></tr>
<tr><td>Material authority</td><td>100</td><td>Sample-only</td><td>no purchase of AlMg3 sheet beyond 100 sets</td></tr>
</table>
<div class="note">Kindly note: only the 100 pilot sets are to be produced. Any question, contact Ahmed Al Mansouri, Procurement Officer, +971 4 501 7720.</div>
<p><small>Last updated 02-Jul-2024 11:40 GST by a.almansouri</small></p>
"""))])

# c18: build plan with labelled forecast allocation per region + release of NPI build -> clean
case("c18_nordlink_build_plan_forecast", [],
     "Build plan: NPI build 200 released; pilot and MP not released until NPI sign-off + written release by Satu Mäkelä; regional allocation labelled non-binding forecast.",
     [("Build_Plan_NL-FC-24_rev3.pdf", pdf([
         ("h1", "Build Plan NL-FC-24 rev 3 - Fibre splice cassette 24F"),
         ("p", "Nordlink Networks Oy -> Taoyuan Brightway Optical Co., Ltd. Part NL-FC-24-SC rev D. Date 18.06.2024."),
         ("table", [
             ["Build", "Qty", "Status", "Unlock event", "Planned wk"],
             ["NPI build", "200", "released (PO 4500232301)", "-", "27/2024"],
             ["Pilot", "1 000", "not released", "NPI build sign-off + written release (S. Mäkelä)", "31/2024"],
             ["MP", "see allocation", "not released", "pilot sign-off + written release (S. Mäkelä)", "36/2024 ->"],
         ]),
         ("h", "Regional allocation 2025 - FORECAST, non-binding"),
         ("table", [
             ["Region", "2025 forecast (pcs)", "Basis"],
             ["EU / Nordics", "6 000", "forecast"],
             ["APAC", "3 000", "forecast"],
             ["MEA", "1 000", "forecast"],
         ]),
         ("p", "The allocation above is a planning forecast only. It is not an order, it is not a commitment and it "
               "releases nothing. Only the 200 NPI cassettes are released now; material authority: 200 cassettes."),
         ("p", "Releases are issued in writing by Satu Mäkelä, Director, Supply Chain. Technical contact: Ville Korhonen."),
     ], title="Build plan NL-FC-24", author="Nordlink NPI"))])

# c19: last-time buy, full quantity, multipart/alternative -> clean
_c19_txt = ("Hi Gábor,\n\n"
            "As announced in our EOL notice EOL-2024-07, please find our last-time buy PO 4500081200 for PCA-LEG-900 "
            "rev F (legacy DSL line card).\n\n"
            "Quantity: 1,200 pcs. This is the full and final quantity for this part - there is no balance and no "
            "further release will follow. Please proceed with the full 1,200 pcs and confirm the ship date; we'd like "
            "them in two shipments (600 + 600) if that helps your SMT loading.\n\n"
            "Components: please use up the consigned stock listed in the attached sheet first.\n\n"
            "Thanks for supporting this part for almost nine years!\n\n"
            "Megan\n" + sig("Megan Ortiz", "Senior Buyer", "Cascade Carrier Systems Inc.", "+1 972 555 0148"))
_c19 = mail("Megan Ortiz <megan.ortiz@cascade-carrier.com>", "Gábor Nagy <gabor.nagy@tisza-elektronika.hu>",
            "LTB PO 4500081200 - PCA-LEG-900 rev F (1,200 pcs, final)", "Wed, 17 Jul 2024 10:31:00 -0500",
            _c19_txt, html=simple_html(_c19_txt),
            attachments=[("Consigned_stock_PCA-LEG-900.txt",
                          "Item        Description           Qty on hand (consigned)\n"
                          "IC-DSL-8812 DSL AFE                 1,180\n"
                          "TR-4410     Line transformer        2,390\n"
                          "CN-RJ21     RJ21 connector          1,205\n", "text/plain")])
case("c19_cascade_ltb_full_qty", [],
     "Last-time buy PO for the full and final 1,200 pcs; 'proceed with the full 1,200' is scoped; no balance (convention 5).",
     [("LTB_PO_4500081200_PCA-LEG-900.eml", eml(_c19))])

# c20: buyer RFQ page with quantity tiers -> clean
case("c20_vialink_rfq_portal", [],
     "RFQ with 500/2.000/10.000 tiers; explicitly not an order, authorises nothing.",
     [("Vialink_Sourcing_RFQ-2024-0331.html", html_page("RFQ 2024-0331", """
<h2>Vialink Portal de Fornecedores &mdash; Solicitação de Cotação / Request for Quotation</h2>
<p><b>RFQ 2024-0331</b> &nbsp; Aberta em 03/06/2024 &nbsp; Prazo de resposta: 21/06/2024</p>
<p>Item: <b>VL-FC-24-SC</b> fibre splice cassette 24F SC/APC, per drawing VL-DWG-FC24 rev B (Anatel homologation pending).</p>
<table>
<tr><th>Cenário / Scenario</th><th>Quantidade</th><th>Entrega</th></tr>
<tr><td>A</td><td>500 pcs</td><td>6 semanas</td></tr>
<tr><td>B</td><td>2.000 pcs</td><td>8 semanas</td></tr>
<tr><td>C</td><td>10.000 pcs / ano</td><td>programado</td></tr>
</table>
<div class="note">Esta é uma solicitação de cotação. Não é um pedido de compra e não autoriza produção nem compra de
material. / This is a request for quotation only. It is not an order and authorizes no production or material purchase.</div>
<p>Please quote unit price per scenario, tooling, lead time and MOQ. Contato: Rafael Sousa, +55 19 3344-7812.</p>
""", lang="pt-BR"))])

# c21: deviation permit that leaves quantities untouched (DOCX) -> clean
case("c21_kitamura_deviation_permit", [],
     "Deviation permit on coating thickness; restates 30 pilot pcs as the only released quantity, balance 970 on hold until pilot sign-off + written release by Yuki Tanabe.",
     [("Deviation_Permit_DP-2024-017.docx", docx_bytes([
         ("h1", "Deviation Permit DP-2024-017"),
         ("p", "Issued by: Kitamura Network Devices K.K., Quality Assurance Dept."),
         ("p", "To: Saigon Precision Mechanics Co., Ltd. (supplier code V-3312)"),
         ("table", [
             ["Field", "Content"],
             ["Part", "KND-BRK-230 rev B wall bracket for 5G small cell"],
             ["PO", "7100046400"],
             ["Requirement", "Powder coat thickness 70-90 um (drawing note 6)"],
             ["Deviation", "60-80 um accepted"],
             ["Applies to", "the 30 pcs pilot lot only"],
             ["Reason", "new coating line setting; salt spray 500 h per ISO 9227 passed"],
         ]),
         ("p", "This deviation is approved by Kenji Sato, QA Manager, 11 June 2024, for the technical point above only."),
         ("p", "This deviation does not change any quantity. The 30 pcs pilot remains the only released quantity. "
               "The balance of 970 pcs remains on hold until our pilot sign-off and a written release from Yuki "
               "Tanabe, Procurement Manager."),
     ], author="Kenji Sato"))])

# c22: ERP full-quantity PO with schedule lines -> clean
case("c22_redwood_erp_po_schedule", [],
     "Full-quantity firm PO of 600 with three delivery schedule lines summing to 600; no balance, no conflict.",
     [("ERP_PO_7700-1201_RED-SHF-19.txt", """\
REDWOOD EDGE DEVICES INC                PURCHASE ORDER               PO#: 7700-1201   REV: 0
400 RIDDER PARK DR, SAN JOSE CA 95131                                DATE: 08/05/2024
SUPPLIER: 500771 TROQUELES Y LAMINA DEL NORTE SA DE CV, AV. RUIZ CORTINES 4401, MONTERREY NL
SHIP TO : REDWOOD EDGE DEVICES, DOCK 2, SAN JOSE CA          INCOTERMS: DAP SAN JOSE
BUYER   : ALICIA GOMEZ  (408) 555-0172                        TERMS: NET 30
===========================================================================================
LN  ITEM            REV  DESCRIPTION                           QTY   UOM   UNIT $    EXT $
 1  RED-SHF-19      D    SHELF, 19IN RACK, 1U, SPCC 1.5MM      600   EA    11.90   7,140.00
                         POWDER COAT RAL 9005, PER DWG RED-SHF-19 REV D
    SCHEDULE:   SL1  09/16/2024   200 EA
                SL2  10/14/2024   200 EA
                SL3  11/11/2024   200 EA
-------------------------------------------------------------------------------------------
                                                         PO TOTAL:        7,140.00 USD
NOTES: FIRM ORDER FOR THE FULL 600 EA. SCHEDULE LINES ARE DELIVERY DATES ONLY.
       NO SAMPLE PHASE. PPAP NOT REQUIRED (CATALOG-GRADE PART). C OF C WITH EACH SHIPMENT.
""")])

# c23: supplier NPI status report (HTML) staying within sample-only material authority -> clean
case("c23_haiphong_status_sample_material", [],
     "Supplier status report: 40 pilot sets released, material bought for 40 only per sample-only authority; no orders for the 4,960 until written release.",
     [("HaiPhong_NPI_Weekly_Status_wk29.html", html_page("NPI weekly status wk29 - RED-GW-5", """
<h2>Hai Phong Viet-Tech EMS JSC &mdash; NPI Weekly Status, week 29/2024</h2>
<p>Customer: Redwood Edge Devices &nbsp;|&nbsp; Project: RED-GW-5 CPE gateway box build &nbsp;|&nbsp; PO 7700-1182</p>
<table>
<tr><th>Topic</th><th>Status</th><th>Owner</th></tr>
<tr><td>Pilot build 40 sets (released)</td><td>SMT done 16/07, box build 22/07, ship 26/07</td><td>Mai</td></tr>
<tr><td>Material</td><td>Purchased for 40 sets only, per sample-only material authority in PO</td><td>Purchasing</td></tr>
<tr><td>Long-lead items (Wi-Fi 7 module, PMIC)</td><td>Quoted, 18-20 wk. <b>Not ordered.</b></td><td>Purchasing</td></tr>
<tr><td>Remaining 4,960 sets</td><td>Not released. We will not order material or schedule SMT until Redwood's written release.</td><td>Mai</td></tr>
</table>
<p class="note">Risk: if the written release comes after wk 34, MP first shipment moves to November because of the Wi-Fi 7 module lead time.</p>
<p>Tran Thi Mai &mdash; Project Manager &mdash; +84 225 3880 412</p>
"""))])

# c24: Gulf sample PO mail, multipart/alternative, DOCX PO attached, full scope -> clean
_c24_po = docx_bytes([
    ("h1", "PURCHASE ORDER FGI-PO-24-0655"),
    ("p", f"Buyer: {FALCON}. TRN 100234567800003."),
    ("p", "Supplier: Dongguan Hengtai Electronics Co., Ltd., Chang'an Town, Dongguan, Guangdong, China."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "FG-CTRL-08 rev 2", "Cabinet controller PCBA, conformal coated", "10 (pilot)", "118.00", "1,180.00"],
    ]),
    ("p", "Scope: 10 pilot units only. The balance of 490 units is not released and remains on hold until pilot lot "
          "acceptance at Falcon QC Dubai and a written release signed by Mr. Faisal Rahman, Head of Supply Chain."),
    ("p", "Material authority: 10 units only. Delivery: DAP Dubai, 5 weeks from PO date."),
], author="Falcon Procurement")
_c24_txt = ("Dear Kevin,\n\nGreetings from Dubai and hope you are doing well.\n\n"
            "Kindly find attached Purchase Order FGI-PO-24-0655 for FG-CTRL-08 rev 2.\n\n"
            "Please note the scope: 10 pilot units of FG-CTRL-08 only. The balance of 490 units is NOT released "
            "and remains on hold until pilot lot acceptance at our Dubai QC lab and a written release signed by "
            "Mr. Faisal Rahman, Head of Supply Chain. Kindly procure material for the 10 units only.\n\n"
            "Kindly acknowledge the PO at your earliest convenience.\n\n"
            "Best regards,\nAhmed Al Mansouri\nProcurement Officer\nFalcon Gulf Integrators LLC\n+971 4 501 7720\n")
_c24 = mail("Ahmed Al Mansouri <a.almansouri@falcongulf.ae>", "Kevin Zhou <kevin.zhou@hengtai-ems.com>",
            "PO FGI-PO-24-0655 // FG-CTRL-08 pilot 10 units", "Sun, 23 Jun 2024 09:15:00 +0400",
            _c24_txt, html=simple_html(_c24_txt), cc="Faisal Rahman <f.rahman@falcongulf.ae>",
            attachments=[("FGI-PO-24-0655.docx", _c24_po, DOCX_MT)])
case("c24_falcon_mail_pilot_po_docx", [],
     "Gulf sample PO mail + DOCX PO: 10 pilot active, 490 on hold until pilot lot acceptance + written release by Faisal Rahman; material 10 only.",
     [("PO_FGI-PO-24-0655_pilot.eml", eml(_c24))])

# c25: PVT build plan with explicit staged material authority (PDF) -> clean
case("c25_cascade_pvt_staged_material", [],
     "PVT 500 released; explicit staged material authority up to 2,000 at buyer liability; balance 1,500 not released until PVT sign-off + written release by Karen Liu.",
     [("PVT_Build_Authorization_PCA-SC-310.pdf", pdf([
         ("h1", "PVT Build Authorization & Material Authority"),
         ("p", "Cascade Carrier Systems Inc. -> Dongguan Hengtai Electronics Co., Ltd. Part PCA-SC-310 rev C. PO 4500079800 "
               "(commercial cover 2,000 units). Date: June 24, 2024."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["PVT build", "500 units", "released now for production"],
             ["Balance", "1,500 units", "not released - on hold"],
             ["Material authority", "staged: up to 2,000 units", "long-lead ICs (SoC, PMIC) and bare PCBs only, at Cascade's liability"],
         ]),
         ("p", "Build 500 PVT units now. You may buy long-lead ICs and bare PCBs for up to 2,000 units under the staged "
               "material authority above; Cascade carries the liability for that material. Do not assemble beyond 500 units."),
         ("p", "The 1,500-unit balance is released only after PVT sign-off by Cascade HW engineering and a written "
               "release signed by Karen Liu, Director of Supply Chain."),
         ("p", "Prepared by Megan Ortiz, Senior Buyer. Issued by Karen Liu, Director of Supply Chain."),
     ], pagesize=LETTER, title="PVT build authorization", author="Cascade Supply Chain"))])

# =================================================================== POSITIVE (batch 4)

# p01: US pilot PO + accepted quote with MP 5,000 attached, nothing about the balance
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 4500078812"),
    ("p", f"Bill to / Ship to: {CASCADE}"),
    ("p", "Vendor: 301455 Dongguan Hengtai Electronics Co., Ltd., Chang'an Town, Dongguan, Guangdong 523850, China"),
    ("p", "PO date: 06/03/2024   Terms: Net 60   Incoterms: FCA Hong Kong   Buyer: Megan Ortiz (B14)"),
    ("table", [
        ["Item", "Material / Rev", "Description", "Qty", "UoM", "Unit price", "Net value", "Deliv. date"],
        ["10", "PCA-SC-310 / B", "Small cell controller PCBA, pilot build", "50", "EA", "84.20", "4,210.00", "07/19/2024"],
        ["20", "NRE-SC-310", "Stencils, ICT fixture, FCT fixture", "1", "LOT", "3,900.00", "3,900.00", "07/19/2024"],
    ]),
    ("p", "Reference: supplier quotation HT-Q-0412 dated 05/21/2024. Supplier to provide pilot build report, AOI/ICT "
          "yield and BOM cost breakdown with the shipment. Cascade Terms & Conditions rev 2021-07 apply."),
], pagesize=LETTER, title="PO 4500078812", author="Cascade SAP")
_p01_quote = pdf([
    ("h1", "QUOTATION HT-Q-0412"),
    ("p", "Dongguan Hengtai Electronics Co., Ltd. To: Cascade Carrier Systems, attn. Megan Ortiz. Date 2024-05-21."),
    ("table", [
        ["Phase", "Qty", "Unit price USD", "Lead time"],
        ["Pilot", "50", "84.20", "6 weeks"],
        ["Mass production", "5,000", "41.10", "8 weeks"],
        ["NRE (stencil, ICT, FCT)", "1 lot", "3,900.00", "4 weeks"],
    ]),
    ("p", "Price basis: Cascade BOM rev B dated 2024-05-10, AVL as provided. Validity 60 days. Payment T/T 60 days."),
    ("p", "Kevin Zhou, Project Manager, +86 769 8530 2211"),
], title="HT-Q-0412", author="Hengtai Sales")
_p01 = mail("Megan Ortiz <megan.ortiz@cascade-carrier.com>", "Kevin Zhou <kevin.zhou@hengtai-ems.com>",
            "PO 4500078812 - PCA-SC-310 small cell controller pilot", "Mon, 03 Jun 2024 11:02:00 -0500",
            "Hi Kevin,\n\n"
            "Please find attached our PO 4500078812 for the pilot build of the small cell controller board "
            "(PCA-SC-310 rev B), 50 units, together with your quote HT-Q-0412, which we've accepted pricing-wise.\n\n"
            "Target ship date is July 19, FCA Hong Kong. Could you send the pilot build schedule and the BOM cost "
            "breakdown by Friday? Derek will join the DFM call on Wednesday.\n\n"
            "Thanks!\nMegan\n" + sig("Megan Ortiz", "Senior Buyer", "Cascade Carrier Systems Inc.", "+1 972 555 0148"),
            attachments=[("PO_4500078812.pdf", _p01_po, PDF_MT), ("HT-Q-0412.pdf", _p01_quote, PDF_MT)])
case("p01_cascade_pilot_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Pilot PO for 50 with accepted quote showing MP 5,000 attached; nothing says the 5,000 is not released, no unlock event, no release person.",
     [("PO_4500078812_PCA-SC-310_pilot.eml", eml(_p01))])

# p02: Finnish DVT PO that repeats the series volume; release authority named but no hold and no event
case("p02_nordlink_po_dvt_series_ref", ["RG001", "RG003", "RG004"],
     "DVT PO (30 pcs) quotes series 3 000 pcs/year next to it; names Satu Mäkelä as release authority but never says the series is not released or what unlocks it.",
     [("PO_4500231544_3300-220-01.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500231544"),
         ("p", f"Buyer: {NORDLINK}."),
         ("p", "Supplier: Pannon Lemez Kft., Takarodó út 4, 8000 Székesfehérvár, Hungary. Supplier no. 100512."),
         ("p", "PO date 15.04.2024. Payment 60 days net. Incoterms 2020 FCA Székesfehérvár. Currency EUR."),
         ("p", "Reference: Pannon quotation PL-2024-118 - DVT 30 pcs at EUR 22,40; series 3 000 pcs/year at EUR 6,85."),
         ("table", [
             ["Line", "Part / Rev", "Description", "Qty", "Unit price", "Amount"],
             ["10", "3300-220-01 / A", "Tower antenna clamp bracket, S355MC t=6, zinc flake per ISO 10683", "30 pcs (DVT)", "22,40", "672,00"],
         ]),
         ("p", "Please send the DVT samples with a measurement report per ISO 2768-mK and coating thickness readings. "
               "Drawing DRW-3300-220 rev 4 applies."),
         ("h", "Contacts"),
         ("p", "Purchasing: Jukka Heikkinen, Senior Sourcing Manager, +358 40 771 2290."),
         ("p", "Technical: Ville Korhonen, HW Engineering Lead."),
         ("p", "Release authority for this programme: Satu Mäkelä, Director, Supply Chain."),
         ("p", "Nordlink General Purchasing Conditions 2023 apply."),
     ], title="PO 4500231544", author="Nordlink SAP"))])

# p03: Brazilian WhatsApp - sample PO, quote quantities repeated, nothing about the balance
case("p03_whatsapp_vialink_samples_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer chat: PO for 15 samples, repeats quote with 1.500 production pcs; no hold, no unlock event, no release person.",
     [("WhatsApp_Chat_Vialink_ODU-BRK-02.txt", """\
[14/05/2024 08:41:12] Rafael Sousa: Bom dia Ana! 🌞
[14/05/2024 08:41:55] Rafael Sousa: PO 4510002233 já foi enviado no seu email ✅ It is for the 15 samples of the ODU wall bracket VL-ODU-BRK-02
[14/05/2024 08:42:30] Rafael Sousa: price as per your cotação: 15 pcs samples USD 19,50 and 1.500 pcs production USD 4,80. Tudo certo
[14/05/2024 08:50:03] Ana Lucía Garza: Buenos días Rafael! Perfect, received. Samples in 2 weeks
[14/05/2024 08:50:40] Ana Lucía Garza: galvanizado por inmersión en caliente, like drawing rev 3?
[14/05/2024 08:52:18] Rafael Sousa: sim, NBR 6323, rev 3. Please send photos before shipping 🙏
[14/05/2024 08:52:40] Ana Lucía Garza: 👍
[28/05/2024 17:05:11] Ana Lucía Garza: <anexo: IMG-20240528-WA0012.jpg>
[28/05/2024 17:05:30] Ana Lucía Garza: samples ready, ship tomorrow FedEx
[28/05/2024 17:20:44] Rafael Sousa: Ficou ótimo! obrigado
""")])

# p04: multi-file - SAP PO (24), supplier quote (24 / 12,000), cover mail asks for 25
_p04_quote = pdf([
    ("h1", "QUOTATION Q24-0311"),
    ("p", "Formosa Circuit Assembly Corp., No. 12, Lixing 6th Rd., Hsinchu Science Park, Hsinchu 300, Taiwan"),
    ("p", "Customer: Kitamura Network Devices K.K., Purchasing Section, attn. Mr. Takeshi Morimoto. Date: 2024/04/02"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (JPY)", "Lead time"],
        ["KND-PCA-NB7 rev 02", "NPI build (SMT + THT + FCT)", "24", "21,400", "5 weeks"],
        ["KND-PCA-NB7 rev 02", "Mass production", "12,000", "6,350", "8 weeks"],
        ["NRE", "Stencil x2, FCT fixture", "1 lot", "780,000", "4 weeks"],
    ]),
    ("p", "Remarks: price based on JPY/USD 151. Validity 45 days. Amy Huang, Program Manager."),
], title="Q24-0311", author="Formosa Sales")
_p04_mail = mail("Takeshi Morimoto <t-morimoto@kitamura-nd.co.jp>", "Amy Huang <amy.huang@formosa-ca.com.tw>",
                 "PO 7100046010 / KND-PCA-NB7 NPI", "Wed, 10 Apr 2024 13:30:00 +0900",
                 "Dear Amy-san,\n\nThank you very much for your kind support always.\n\n"
                 "Please find our PO 7100046010 and your quotation Q24-0311 in the project folder. Kindly start the "
                 "25 NPI units as soon as possible; our field trial with the carrier begins in week 21.\n\n"
                 "If you have any question about the FCT specification, please contact Sato-san (QA) directly.\n\n"
                 "Best regards,\nTakeshi Morimoto\nPurchasing Section\nKitamura Network Devices K.K.\n"
                 "TEL +81-45-228-6120\n")
case("p04_kitamura_bundle_po_quote_mail", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "Three files: SAP PO 24 NPI units, quote showing MP 12,000, cover mail says 25 NPI units; nothing on balance, unlock event or release person.",
     [("Mail_PO_7100046010_NPI.eml", eml(_p04_mail)),
      ("SAP_PO_7100046010.txt", """\
KITAMURA NETWORK DEVICES K.K.                      PURCHASE ORDER / 注文書
                                                    PO NO.  : 7100046010
Vendor  : 400218 FORMOSA CIRCUIT ASSEMBLY CORP.     DATE    : 2024.04.10
          HSINCHU SCIENCE PARK, TAIWAN              BUYER   : T.MORIMOTO (P21)
Payment : 60 DAYS END OF MONTH                      INCOTERM: FCA TAIPEI
---------------------------------------------------------------------------------
ITEM  MATERIAL           DESCRIPTION                 QTY  UN   PRICE JPY     AMOUNT
00010 KND-PCA-NB7 /02    PCBA NPI BUILD              24  EA      21,400    513,600
00020 NRE-NB7            STENCIL / FCT FIXTURE        1  LOT    780,000    780,000
---------------------------------------------------------------------------------
                                                  TOTAL JPY              1,293,600
Reference: Quotation Q24-0311. Inspection per KND-QS-005 rev 8. RoHS / REACH declaration
required with first shipment.
"""),
      ("Formosa_Quotation_Q24-0311.pdf", _p04_quote)])

# p05: ODM pilot build authorisation memo (DOCX) - "good to proceed with your quotation"
case("p05_redwood_pilot_authorization", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Memo authorises 100 pilot units but is 'good to proceed with your quotation' that includes MP 10,000; no hold, no unlock event, no release person (Tom only signs the pilot).",
     [("Pilot_Build_Authorization_RED-CPE-9.docx", docx_bytes([
         ("h1", "Pilot Build Authorization"),
         ("p", "From: Redwood Edge Devices Inc., NPI. To: Ensambles Electrónicos Tapatíos S.A. de C.V. (EET), Guadalajara."),
         ("p", "Project: RED-CPE-9 CPE gateway, enclosure + PCBA box build. Date: April 22, 2024."),
         ("h", "Authorization"),
         ("p", "Redwood authorizes EET to build 100 units of RED-CPE-9 as the pilot build, to BOM rev C and assembly "
               "drawing RED-ASM-9 rev B, for delivery by June 7, 2024 to San Jose."),
         ("h", "Commercials"),
         ("p", "We are good to proceed with your quotation EET-Q-2419:"),
         ("table", [
             ["Phase", "Qty", "Unit price (USD)"],
             ["Pilot", "100 units", "42.10"],
             ["Mass production", "10,000 units", "31.75"],
             ["NRE / fixtures", "1 lot", "6,400.00"],
         ]),
         ("p", "Please invoice against PO 7700-1144. Packaging per RED-PKG-03 (single box, 5 units per master carton)."),
         ("h", "Quality"),
         ("li", "Pilot build report with FPY per station"),
         ("li", "Hi-pot and burn-in (4 h, 45 C) on 100 % of units"),
         ("li", "Golden sample retained at EET, signed by both parties"),
         ("p", "Authorized by: Tom Becker, NPI Lead, Redwood Edge Devices Inc."),
     ], author="Tom Becker"))])

# p06: ODM commodity manager forwards the old quote (rfc822) without declaring it informational
_p06_old = mail("Tran Thi Mai <mai.tt@vtech-ems.vn>", "Alicia Gomez <alicia.gomez@redwood-edge.com>",
                "Quotation RED-AP-7 box build", "Fri, 19 Apr 2024 17:45:00 +0700",
                "Dear Alicia,\n\nPlease find our quotation for RED-AP-7 Wi-Fi access point, full box build incl. PCBA, "
                "housing assembly, FCT and packing:\n\n"
                "  Pilot        60 sets     USD 55.40/set\n"
                "  MP        5,000 sets     USD 29.80/set\n"
                "  NRE          1 lot       USD 5,200\n\n"
                "MP lead time 10 weeks (Wi-Fi 7 module 18 weeks). Validity 60 days.\n\n"
                "Best regards,\nTran Thi Mai\nProject Manager, Hai Phong Viet-Tech EMS JSC\n",
                msgid="<h168-vtech-20240419@vtech-ems.vn>")
_p06 = mail("Alicia Gomez <alicia.gomez@redwood-edge.com>", "Tran Thi Mai <mai.tt@vtech-ems.vn>",
            "FW: Quotation RED-AP-7 box build - PO 7700-1215", "Tue, 14 May 2024 09:12:00 -0700",
            "Hi Mai,\n\nForwarding your quote thread below so your planning team has everything in one place.\n\n"
            "Our PO 7700-1215 for the 60 pilot sets went out this morning. Tom Becker will send the pilot build "
            "checklist separately.\n\n"
            "For anything commercial on RED-AP-7, please come to me directly - I'm the release authority for this "
            "program on the Redwood side.\n\n"
            "Best,\nAlicia\n" + sig("Alicia Gomez", "Commodity Manager", "Redwood Edge Devices Inc.", "+1 408 555 0172"),
            attachments=[("rfc822", _p06_old)], cc="Tom Becker <tom.becker@redwood-edge.com>")
case("p06_redwood_fw_quote_pilot_po", ["RG001", "RG003", "RG004"],
     "Pilot PO 60 sets with forwarded quote showing MP 5,000 not declared informational; release authority named (Alicia) but no hold and no unlock event.",
     [("FW_Quotation_RED-AP-7.eml", eml(_p06))])

# p07: Teams - "approved" for an ECN and for finance, then an unscoped green light
case("p07_teams_cascade_green_light_ecn", ["RG002", "RG009"],
     "Scope is complete (40 DVT, 1,960 on hold until DVT sign-off + Karen Liu); later 'approved' is used for engineering and for finance and ends with an unscoped 'green light'.",
     [("Teams_Chat_Formosa_PCA-5G-2100.txt", """\
Microsoft Teams - chat export
Chat: PCA-5G-2100 DVT (Cascade / Formosa)
Exported: 2024-07-03 09:15 CDT

Megan Ortiz (Cascade Carrier Systems)  6/17/2024 9:02 AM
Hi Amy - PO 4500079355 is in the portal. Scope: build 40 DVT boards only. The other 1,960 on the PO are on hold
until DVT sign-off and a written release from Karen Liu. Material for the 40 only, please.

Amy Huang (Formosa Circuit Assembly)  6/17/2024 9:40 PM
Received, thank you Megan. 40 DVT only, SMT planned wk 26.

Amy Huang (Formosa Circuit Assembly)  7/1/2024 8:12 PM
Hi Derek, Megan - the 40 DVT boards shipped today, DHL 88 1220 4471. Test report is on SharePoint.
One more topic: we proposed the alternate RF connector (JAE instead of Amphenol) in ECN-0447 because of the
allocation. Can we go?

Derek Walsh (Cascade Carrier Systems)  7/2/2024 7:48 AM
Thx Amy. HW reviewed ECN-0447 this morning - approved. Megan's PO change for the connector price also got
approved by finance yesterday. So you've got the green light from us 🚀

Amy Huang (Formosa Circuit Assembly)  7/2/2024 8:01 AM
Great, thank you Derek!!
""")])

# p08 (I): WeChat - tooling invoice paid, "so please go ahead"
case("p08_wechat_kitamura_paid_go_ahead", ["RG002", "RG012"],
     "Scope complete (8 golden samples, 592 on hold until sign-off + Yuki Tanabe); later buyer: tooling invoice paid, 'so please go ahead' - payment used as trigger, unscoped go-ahead.",
     [("WeChat_Export_Jiayu_KND-ENC-77.txt", """\
WeChat chat history export - "Kitamura x Jiayu KND-ENC-77"
--------------------------------------------------------------
2024-04-08 09:12  Takeshi Morimoto (Kitamura): Good morning Lily-san. PO 7100045901 sent by e-mail. Scope: 8 pcs golden sample of KND-ENC-77 only. Remaining 592 pcs are on hold until our golden sample sign-off and written release by Yuki Tanabe (Procurement Manager). Material only for 8 pcs please.
2024-04-08 09:30  Lily Chen (Jiayu): 收到 received, thank you Morimoto-san. 8 pcs golden sample, mould T1 on 4/22.
2024-04-08 09:31  Lily Chen (Jiayu): Tooling invoice 50% (USD 7,250) will send today.
2024-04-26 18:05  Lily Chen (Jiayu): [Image] T1 parts
2024-04-26 18:06  Lily Chen (Jiayu): T1 dimension OK except boss height B7 +0.08, we adjust mould.
2024-05-10 10:02  Lily Chen (Jiayu): FAI report sent by mail, 8 pcs shipped DHL 5520 1187 33.
2024-05-10 10:40  Takeshi Morimoto (Kitamura): Thank you. FAI report received, Sato-san (QA) is reviewing.
2024-05-13 11:15  Lily Chen (Jiayu): Morimoto-san, tooling invoice pls check with finance 🙏
2024-05-14 16:20  Takeshi Morimoto (Kitamura): Tooling invoice payment done today by T/T. So please go ahead.
2024-05-14 16:22  Lily Chen (Jiayu): OK thank you!! 👍👍
""")])

# p09 (J): Gulf e-mail - "management has given the green light, please proceed accordingly"; PDF PO scoped
_p09_po = pdf([
    ("h1", "PURCHASE ORDER FGI-PO-24-0688"),
    ("p", f"Buyer: {FALCON}."),
    ("p", "Supplier: Shenzhen Jiayu Precision Metal Co., Ltd., Bao'an District, Shenzhen, China."),
    ("p", "Date: 04-Jul-2024. Payment: 30% advance, 70% against B/L copy. Incoterms: CFR Jebel Ali."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "FG-ODC-12 rev 3", "Outdoor cabinet door, AlMg3 2.5 mm, RAL 7035, IP55 gasket", "10 (pilot)", "96.00", "960.00"],
    ]),
    ("p", "Scope: 10 pilot doors only. The balance of 490 doors is not released and remains on hold until pilot lot "
          "acceptance at Falcon QC Dubai and a written release signed by Mr. Faisal Rahman, Head of Supply Chain."),
    ("p", "Material authority: 10 doors only."),
], title="FGI-PO-24-0688", author="Falcon Procurement")
_p09 = mail("Ahmed Al Mansouri <a.almansouri@falcongulf.ae>", "Lily Chen <lily.chen@jiayu-metal.cn>",
            "FG-ODC-12 cabinet door - update", "Thu, 18 Jul 2024 10:20:00 +0400",
            "Dear Lily,\n\nGreetings from Dubai.\n\n"
            "Further to our meeting last week with the site team, kindly note that management has given the green "
            "light. Please proceed accordingly and share the production schedule at the earliest.\n\n"
            "PO attached again for your reference.\n\n"
            "Thanks and regards,\nAhmed Al Mansouri\nProcurement Officer\nFalcon Gulf Integrators LLC\n"
            "+971 4 501 7720\n",
            attachments=[("FGI-PO-24-0688.pdf", _p09_po, PDF_MT)])
case("p09_falcon_mail_green_light", ["RG002"],
     "Attached PO is fully scoped (10 pilot, 490 on hold, pilot acceptance + Faisal Rahman), but the mail gives an unscoped 'green light ... proceed accordingly'.",
     [("FG-ODC-12_update.eml", eml(_p09))])

# p10 (M): meeting minutes (DOCX) - material for 1,000 sets bought; unscoped go-ahead on the schedule
case("p10_tisza_minutes_material_goahead", ["RG002", "RG006"],
     "Minutes restate scope (50 PVT, 950 on hold, PVT sign-off + Satu Mäkelä, material 50 sets) but record Tisza buying PCBs/ICs for 1,000 sets and an unscoped 'go-ahead ... proceed'.",
     [("Minutes_Nordlink_Tisza_2024-06-05.docx", docx_bytes([
         ("h1", "Meeting minutes - Nordlink / Tisza Elektronika"),
         ("p", "Date: 5.6.2024, Teams. Participants: Jukka Heikkinen, Ville Korhonen (Nordlink); Gábor Nagy, "
               "Eszter Tóth (Tisza Elektronika Zrt., Szeged)."),
         ("p", "Subject: NL-PCA-7800 rev A radio unit control board, PO 4500232150 (commercial cover 1 000 sets)."),
         ("h", "1. Order status"),
         ("p", "Nordlink restated the PO scope: 50 PVT sets are released. The balance of 950 sets is on hold until PVT "
               "sign-off and a written release from Satu Mäkelä, Director, Supply Chain. Material authority in the PO: "
               "50 sets."),
         ("h", "2. Material"),
         ("p", "Tisza informed that the bare PCBs (10-layer, Isola 370HR) and all ICs were purchased for the full 1 000 "
               "sets last month to secure the lead time. Deliveries arrive week 25. Nordlink took note."),
         ("h", "3. Build schedule rev 2"),
         ("p", "Tisza presented build schedule rev 2 (SMT week 24, box test week 25, shipment week 26). Nordlink gave "
               "the go-ahead. Action Tisza: proceed per schedule."),
         ("h", "4. Open points"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Send updated X-ray report for U12 (BGA)", "Tisza / E. Tóth", "12.6."],
             ["2", "Confirm label layout NL-LBL-02 rev 4", "Nordlink / V. Korhonen", "10.6."],
             ["3", "Share packaging proposal (ESD tray, 20 boards/carton)", "Tisza / G. Nagy", "14.6."],
         ]),
         ("p", "Minutes: Jukka Heikkinen."),
     ], author="Jukka Heikkinen"))])

# =================================================================== POSITIVE (batch 5)

# p11 (N): EMS status mail - material bought for the full 2,000 sets; quoted buyer scope complete
_p11_q = """Kevin,

PO 4500079933 for PCA-MW-620 rev A is attached. 50 pilot sets are released.
The remaining 1,950 sets are on hold until pilot sign-off and a written release
from Karen Liu, Director of Supply Chain. Material authority: 50 sets only.

Thanks,
Megan"""
_p11 = mail("Kevin Zhou <kevin.zhou@hengtai-ems.com>", "Megan Ortiz <megan.ortiz@cascade-carrier.com>",
            "RE: PO 4500079933 PCA-MW-620 - weekly status wk27", "Fri, 05 Jul 2024 18:30:00 +0800",
            "Dear Megan,\n\nPlease see our weekly status for PCA-MW-620:\n\n"
            "1) Pilot SMT finished on 3 July, FPY 98.6 %. Two boards reworked at U7 (tombstone C112).\n"
            "2) FCT fixture debug ongoing, ready 9 July.\n"
            "3) To protect the lead time we already placed orders last week for the Marvell PHY, the DDR4 and the "
            "10-layer bare boards for the full 2,000 sets. They will arrive in week 31, so we are ready when you are.\n"
            "4) Pilot shipment plan: 12 July, FCA Hong Kong.\n\n"
            "Please let me know if you need the X-ray images of U3.\n\n"
            "Best regards,\nKevin Zhou\nProject Manager\nDongguan Hengtai Electronics Co., Ltd.\nTel +86 769 8530 2211\n\n"
            "On Jun 24, 2024, at 10:15 PM, Megan Ortiz wrote:\n" + quote_lines(_p11_q) + "\n",
            in_reply_to="<h168-cascade-0624@cascade-carrier.com>")
case("p11_hengtai_status_material_full", ["RG006"],
     "Quoted buyer scope complete (50 pilot, 1,950 on hold, pilot sign-off + Karen Liu, material 50); supplier reports ordering PHY/DDR4/PCBs for the full 2,000 sets.",
     [("RE_PO_4500079933_status_wk27.eml", eml(_p11))])

# p12 (O): supplier MRP printout - material requisitions converted to POs for 1,000 pcs, 30 released
case("p12_saigon_mrp_printout", ["RG006"],
     "Supplier MRP list shows customer released 30 pcs (970 on hold) yet sheet, coating and hardware POs issued for 1,000 pcs.",
     [("MRP_PR_LIST_SO-24-0611.txt", """\
SAIGON PRECISION MECHANICS CO., LTD.        ERP: MRP PURCHASE REQUISITION LIST      Page 1
Run date: 2024-06-12 07:30                  User: PUR03 (Pham Thi Lan)
================================================================================================
Sales order : SO-24-0611         Customer: KITAMURA NETWORK DEVICES K.K. (C-0087)
Item        : KND-BRK-240 rev A  Wall bracket 5G small cell, AL5052-H32 t=2.0, powder coat
Customer PO : 7100046510
  Released qty (customer)    :     30 PCS  (pilot)
  Balance (customer)         :    970 PCS  ON HOLD - customer pilot sign-off + written release
MRP basis qty               :  1,000 PCS
------------------------------------------------------------------------------------------------
PR no.      Material                   Req. qty   UoM  For pcs   Vendor              PR status
PR-240611-1 AL5052-H32 SHEET 2.0x1220   1,150.0   KG    1,000    Hoa Phat Alu         PO ISSUED
PR-240611-2 POWDER RAL 7035 TEXTURE       185.0   KG    1,000    Jotun VN             PO ISSUED
PR-240611-3 PEM NUT M5 (4/PC)            4,000    PC    1,000    Penn VN              PO ISSUED
PR-240611-4 CARTON 5-PLY 400x300x200       100    PC    1,000    Tan Dai Phat         OPEN
------------------------------------------------------------------------------------------------
Remark (Purchasing): order full lot to get sheet price break, decided by plant manager 11/06.
""")])

# p13 (P): WhatsApp Gulf buyer <-> Mexican shop - forecast taken as firm, sheet bought for 1,200
case("p13_whatsapp_falcon_troqueles_forecast", ["RG006", "RG008"],
     "Buyer scope complete (20 samples, production not released until sample acceptance + revised PO + Faisal Rahman; material 20) and forecast labelled; supplier calls the forecast a firm order and buys sheet for 1,200.",
     [("WhatsApp_Chat_Falcon_FG-WMB-30.txt", """\
[02/06/2024, 10:11:40] Ahmed Al Mansouri: Good morning Ana, hope all well. PO FGI-PO-24-0720 sent by email for 20 sample brackets FG-WMB-30 only. Production quantity is not released - it needs sample acceptance here in Dubai, a revised PO and a written release from Mr. Faisal Rahman. Kindly buy material for the 20 pcs only.
[02/06/2024, 10:25:02] Ana Lucía Garza: Buenos días Ahmed! Recibido, 20 muestras 👍
[02/06/2024, 10:26:15] Ahmed Al Mansouri: FYI our forecast for 2025 is approx. 1,200 pcs, for your capacity planning only, not an order.
[02/06/2024, 10:31:48] Ana Lucía Garza: Perfecto. Gracias por la confianza!
[10/06/2024, 17:02:33] Ana Lucía Garza: Ahmed, update: we took your 1,200 as firm for next year, so ya compramos la lámina galvanizada for all 1,200 brackets - better price by volume 😉 samples on the laser now
[10/06/2024, 17:40:09] Ahmed Al Mansouri: Noted. Samples ETA?
[10/06/2024, 17:45:21] Ana Lucía Garza: 21 de junio DHL
""")])

# p14 (Q): supplier readiness report (DOCX) - 40 vs 50 released, material for 2,500
case("p14_pannon_readiness_report", ["RG006", "RG011"],
     "Supplier report states PO DVT 40 pcs in one place and 'released 50 pcs' in another, and has bought sheet/coating for the full 2 500 programme.",
     [("Gyartasra_keszseg_Readiness_3300-230-04.docx", docx_bytes([
         ("h1", "Production Readiness Report / Gyártásra készség"),
         ("p", "Pannon Lemez Kft. -> Nordlink Networks Oy. Part 3300-230-04 rev A (antenna bracket, dual-pole). Date 2024.06.18."),
         ("p", "Your PO 4500232088: DVT 40 pcs. Balance on hold per your PO until DVT sign-off and written release by Ms. Satu Mäkelä."),
         ("h", "1. Status"),
         ("table", [
             ["Topic", "Status", "Comment"],
             ["Released quantity", "50 pcs", "DVT lot, laser + bending done"],
             ["Coating", "in progress", "zinc flake, 2 layers, ISO 10683"],
             ["Measurement", "planned 20.06.", "ISO 2768-mK, CMM"],
         ]),
         ("h", "2. Material"),
         ("p", "To secure the price and the mill slot we have procured S355MC coil (t=6) and zinc flake coating material "
               "for 2 500 pcs, which is the full programme quantity in your RFQ. Material is stored in our hall 2."),
         ("h", "3. Next steps"),
         ("li", "DVT shipment week 26"),
         ("li", "Capacity reserved on bending cell 3 from week 28"),
         ("p", "Kovács Zoltán, Sales Manager, Pannon Lemez Kft."),
     ], author="Kovacs Zoltan"))])

# p15 (S): Taiwanese NPI status report (PDF) - adapters for 1,000 cassettes; continue straight after FAI sign-off
case("p15_brightway_status_fai_continue", ["RG006", "RG007"],
     "Supplier report: 50 FAI released, balance 950 not yet released, but LC adapters/resin ordered for 1,000 and plan to continue with the 950 directly after FAI sign-off.",
     [("Brightway_NPI_Status_NL-FC-12_wk30.pdf", pdf([
         ("h1", "NPI Status Report - NL-FC-12 (12F splice cassette)"),
         ("p", "Taoyuan Brightway Optical Co., Ltd. -> Nordlink Networks Oy. Report date 2024/07/24. PO 4500232360."),
         ("table", [
             ["Item", "Status"],
             ["Released by PO", "50 pcs FAI"],
             ["Balance", "950 pcs - not yet released by Nordlink"],
             ["T1 tool", "OK, 2-cavity, gate vestige 0.1 mm"],
             ["FAI parts", "moulded 2024/07/19, shipping 2024/07/26"],
         ]),
         ("h", "Material"),
         ("table", [
             ["Material", "Qty ordered", "Covers"],
             ["LC duplex adapter (AVL-0480)", "12,000 pcs", "1,000 cassettes"],
             ["PC/ABS resin UL94 V-0", "260 kg", "1,000 cassettes"],
             ["Splice protector holder", "1,000 pcs", "1,000 cassettes"],
         ]),
         ("h", "Plan"),
         ("p", "To keep the week 33 delivery, after your FAI sign-off we will continue directly with the remaining 950 pcs. "
               "Moulding machine #7 is reserved for weeks 31-33."),
         ("p", "Vincent Lin, Sales Manager, +886 3 328 6677"),
     ], title="NPI status NL-FC-12", author="Brightway PM"))])

# p16 (U): Chinese metal shop - deposit received, alloy bought for whole 3,000, casting next week
_p16_q = """Dear Lily,

Kindly find attached PO FGI-PO-24-0702 for 30 sample enclosures FG-ENC-40 rev 1.
The balance of 2,970 pcs is on hold until sample acceptance at Falcon QC Dubai and a
written release signed by Mr. Faisal Rahman, Head of Supply Chain.
Material: 30 pcs only. Payment: 30% deposit, balance against documents.

Regards,
Ahmed Al Mansouri"""
_p16_txt = ("Dear Ahmed,\n\nGood day! We have received your 30% deposit today, thank you very much.\n\n"
            "So we have ordered the ADC12 aluminium alloy for the whole 3,000 pcs and we will start casting next week. "
            "Sample FAI report will follow after the first shots.\n\n"
            "Best regards,\nLily Chen\nSales Manager\nShenzhen Jiayu Precision Metal Co., Ltd.\n+86 755 2960 3318\n\n"
            "------------------ Original ------------------\nFrom: Ahmed Al Mansouri\nDate: Tue, 9 Jul 2024 09:00 +0400\n"
            "Subject: PO FGI-PO-24-0702 // FG-ENC-40 samples\n\n" + quote_lines(_p16_q) + "\n")
_p16 = mail("Lily Chen <lily.chen@jiayu-metal.cn>", "Ahmed Al Mansouri <a.almansouri@falcongulf.ae>",
            "RE: PO FGI-PO-24-0702 // FG-ENC-40 samples", "Tue, 16 Jul 2024 15:48:00 +0800",
            _p16_txt, html=simple_html(_p16_txt), in_reply_to="<h168-falcon-0709@falcongulf.ae>")
case("p16_jiayu_deposit_alloy_3000", ["RG006", "RG012"],
     "Quoted buyer scope complete (30 samples, 2,970 on hold, acceptance + Faisal Rahman, material 30); supplier treats the deposit as go-signal and buys alloy for all 3,000.",
     [("RE_PO_FGI-PO-24-0702_samples.eml", eml(_p16))])

# p17 (V): multi-file - buyer supply plan (forecast labelled) + supplier mail taking forecast as order and buying for 8,000
_p17_mail = mail("Gábor Nagy <gabor.nagy@tisza-elektronika.hu>", "Megan Ortiz <megan.ortiz@cascade-carrier.com>",
                 "PCA-PWR-14 H2 plan - order 8.000 pcs", "Mon, 01 Jul 2024 09:05:00 +0200",
                 "Dear Megan,\n\nthank you for the supply plan of 28 June.\n\n"
                 "We thank you for your order of 8.000 pcs for H2 - we take this as your commitment to us. Based on "
                 "it, we have placed the orders for all PCBs and components for the 8.000 units, so the material "
                 "will be in Szeged by week 33.\n\n"
                 "The 200 PVT units ship on 12 July as planned.\n\n"
                 "Best regards / Üdvözlettel,\nNagy Gábor\nKey Account Manager\nTisza Elektronika Zrt., Szeged\n"
                 "+36 62 555 880\n")
case("p17_cascade_plan_tisza_order_8000", ["RG006", "RG008"],
     "Buyer plan releases 200 PVT with full scope and labels 8,000 as forecast; supplier mail calls the forecast an order/commitment and buys material for 8,000.",
     [("Supply_Plan_PCA-PWR-14_2024-06-28.txt", """\
CASCADE CARRIER SYSTEMS - SUPPLY PLAN                     Part: PCA-PWR-14 rev B (48V PSU board)
Supplier: TISZA ELEKTRONIKA ZRT (V-611)                   Issued: 06/28/2024 by M. Ortiz
---------------------------------------------------------------------------------------------
RELEASED
  PO 4500080510  PVT build            200 units   ship 07/12/2024
NOT RELEASED - FORECAST ONLY (not an order, no material authority)
  Jul  Aug  Sep  Oct  Nov  Dec       H2 total
  800 1200 1500 1500 1500 1500      8,000 units
---------------------------------------------------------------------------------------------
Release rule: nothing beyond the 200 PVT units is released. Further quantities need PVT
sign-off and a written release signed by Karen Liu, Director of Supply Chain.
Material authority: 200 units.
"""),
      ("Tisza_PCA-PWR-14_H2.eml", eml(_p17_mail))])

# p18 (W): EMS mail - plan to continue with the remaining boards right after EVT sign-off
_p18_q = """Hi Mai,

PO 4500080333 for PCA-ONT-71 rev A: 50 EVT boards are released.
The remaining 1,450 boards are on hold until EVT sign-off and a written release
from Karen Liu, Director of Supply Chain. Material for 50 boards only.

Megan"""
_p18 = mail("Tran Thi Mai <mai.tt@vtech-ems.vn>", "Megan Ortiz <megan.ortiz@cascade-carrier.com>",
            "RE: PO 4500080333 PCA-ONT-71 EVT shipped", "Wed, 24 Jul 2024 17:05:00 +0700",
            "Dear Megan,\n\nThe 50 EVT boards left our factory today, AWB 4471 2290 10, with the test logs.\n\n"
            "After your team signs off the EVT boards, our plan is to continue immediately with the remaining 1,450 "
            "boards on SMT line 2, so the MP can ship in September as you wish. We keep line 2 free for this.\n\n"
            "Thank you and best regards,\nTran Thi Mai\nProject Manager\nHai Phong Viet-Tech EMS JSC\n+84 225 3880 412\n\n"
            "On 8 Jul 2024, at 21:10, Megan Ortiz wrote:\n" + quote_lines(_p18_q) + "\n",
            in_reply_to="<h168-cascade-0708@cascade-carrier.com>",
            attachments=[("PCA-ONT-71_EVT_test_summary.html", html_page("PCA-ONT-71 EVT test summary", """
<h3>PCA-ONT-71 rev A &mdash; EVT test summary (50 boards)</h3>
<table>
<tr><th>Test</th><th>Limit</th><th>Pass</th><th>Fail</th></tr>
<tr><td>ICT</td><td>coverage &gt;= 90 %</td><td>50</td><td>0</td></tr>
<tr><td>FCT - GPON optical Tx power</td><td>+0.5 .. +5.0 dBm</td><td>49</td><td>1 (retest pass)</td></tr>
<tr><td>Hi-pot 1.5 kV</td><td>&lt; 1 mA</td><td>50</td><td>0</td></tr>
</table>
<p>Lot: HP-24-0722-01. Operator: Nguyen Thi Hoa.</p>
"""), "text/html")])
case("p18_vtech_continue_after_evt", ["RG007"],
     "Quoted buyer scope complete (50 EVT, 1,450 on hold until EVT sign-off + written release by Karen Liu); supplier plans to continue with the 1,450 straight after EVT sign-off.",
     [("RE_PO_4500080333_EVT_shipped.eml", eml(_p18))])

# p19 (X): Teams - buyer PM overrides his own written-release rule
case("p19_teams_cascade_keep_line_running", ["RG007"],
     "PO scope says 780 on hold until FAI sign-off and written release by Karen Liu; buyer PM later tells supplier to run into the 780 as soon as FAI passes, paperwork later.",
     [("Teams_Chat_EET_PCA-RU-50.txt", """\
Microsoft Teams - chat export
Chat: Cascade <> EET - PCA-RU-50
Exported: 2024-08-02 16:40 CDT

Megan Ortiz (Cascade Carrier Systems)  7/15/2024 10:05 AM
Carlos, PO 4500080120 is released for 20 FAI units of PCA-RU-50 rev A. The other 780 are on hold until
FAI sign-off and a written release from Karen Liu. Material for 20 only.

Carlos Ramírez (Ensambles Electrónicos Tapatíos)  7/15/2024 10:30 AM
Perfecto, 20 FAI units, SMT on 7/24.

Carlos Ramírez (Ensambles Electrónicos Tapatíos)  7/30/2024 6:12 PM
FAI units shipped, UPS 1Z 88A 201 03 4471 2290. Our SMT line 4 is free next week, after that it is booked
for another customer until October.

Derek Walsh (Cascade Carrier Systems)  7/31/2024 8:20 AM
Thanks Carlos. FAI review is Thursday. If it passes, just keep the line running into the rest of the 780 -
we'll do the paperwork after, I don't want to lose that slot.

Carlos Ramírez (Ensambles Electrónicos Tapatíos)  7/31/2024 8:24 AM
Ok Derek, we plan it like that 👍
""")])

# p20 (Y): supplier FAI report (DOCX) - mass production launched automatically after FAI acceptance
case("p20_saigon_fai_report_auto_launch", ["RG007"],
     "Supplier FAI report (30 pcs released) states the mass production lot will be launched automatically after customer FAI acceptance; no recorded auto-conversion.",
     [("FAI_Report_KND-BRK-250_SPM.docx", docx_bytes([
         ("h1", "FIRST ARTICLE INSPECTION REPORT"),
         ("p", "Supplier: Saigon Precision Mechanics Co., Ltd. Customer: Kitamura Network Devices K.K."),
         ("p", "Part: KND-BRK-250 rev A, pole bracket. Customer PO 7100046620. Released quantity: 30 pcs (FAI lot)."),
         ("table", [
             ["No.", "Characteristic", "Spec", "Result", "OK/NG"],
             ["1", "Hole dia. 4x", "10.5 +0.2/0", "10.52-10.61", "OK"],
             ["2", "Bend angle", "90 deg +/- 0.5", "89.8-90.3", "OK"],
             ["3", "Flatness", "0.3", "0.18", "OK"],
             ["4", "Coating thickness", "70-90 um", "74-86 um", "OK"],
             ["5", "Salt spray ISO 9227", "500 h no red rust", "pass", "OK"],
         ]),
         ("h", "Conclusion"),
         ("p", "All 5 characteristics conform. FAI lot of 30 pcs shipped on 2024/06/28."),
         ("p", "Upon customer FAI acceptance, the mass production lot will be launched automatically according to our "
               "standard process, so that delivery lead time can be kept."),
         ("p", "Inspector: Le Van Hung. Reviewed by: Nguyen Van Thanh, Sales & Project."),
     ], author="Le Van Hung"))])

# =================================================================== POSITIVE (batch 6)

# p21 (Z): Mexican EMS NPI tracker (HTML) - forecast loaded as firm order, MP launches automatically
case("p21_eet_tracker_auto_mp_forecast", ["RG007", "RG008"],
     "Supplier tracker books the customer's FY25 forecast as a confirmed firm order and states MP launches automatically on pilot sign-off.",
     [("EET_Portal_NPI_Tracker_RED-CPE-11.html", html_page("EET Portal de Clientes - NPI Tracker RED-CPE-11", """
<h2>Ensambles Electrónicos Tapatíos &mdash; Portal de Clientes</h2>
<p>Cliente: <b>Redwood Edge Devices</b> &nbsp;|&nbsp; Proyecto: RED-CPE-11 (CPE gateway, box build) &nbsp;|&nbsp; Actualizado: 2024-08-09</p>
<table>
<tr><th>Etapa / Stage</th><th>Estatus</th><th>Responsable</th><th>Comentario</th></tr>
<tr><td>Pilot build</td><td>En prueba / in FCT</td><td>C. Ramírez</td><td>FPY 97.2 %, 1 falla en Wi-Fi cal.</td></tr>
<tr><td>Customer forecast FY25</td><td>5,000 units</td><td>Planeación</td><td>CONFIRMED ORDER (firm) &mdash; loaded in MPS, line 4 reserved</td></tr>
<tr><td>MP launch</td><td>Automatic upon pilot sign-off</td><td>Producción</td><td>no further release needed; kitting starts the day the sign-off arrives</td></tr>
<tr><td>Packaging</td><td>Golden box signed off by customer 07/30</td><td>Calidad</td><td>RED-PKG-03 rev B</td></tr>
</table>
<p class="note">Próxima revisión / next review: weekly call Thursday 9:00 PDT.</p>
""", lang="es-MX"))])

# p22 (AA): Brazilian buyer tells the EMS to skip the written release (WhatsApp)
case("p22_whatsapp_vialink_skip_release", ["RG007"],
     "Buyer scope: 15 samples, 1.185 on hold until sample sign-off + Juliana's written release; later the same buyer says continue straight into the 1.185 once the sample is approved, no e-mail needed.",
     [("WhatsApp_Chat_Hengtai_VL-PCA-ONU-2.txt", """\
[03/06/2024 09:10:05] Rafael Sousa: Kevin, bom dia! PO 4510002301 enviado: 15 amostras VL-PCA-ONU-2 rev A released. O saldo de 1.185 pcs fica on hold até o sample sign-off pela nossa engenharia e o written release da Juliana Ferreira (Gerente de Suprimentos). Material só para 15, ok?
[03/06/2024 09:32:47] Kevin Zhou: Good morning Rafael, understood. 15 samples only, SMT next Tuesday.
[14/06/2024 18:02:10] Kevin Zhou: Samples shipped DHL 9921 4410 77, test report in mail.
[20/06/2024 16:45:31] Rafael Sousa: Obrigado Kevin! Engenharia vai testar semana que vem.
[20/06/2024 16:46:58] Rafael Sousa: Kevin, a Juliana está de férias até agosto 🏖️ quando a amostra for aprovada pode seguir direto com o lote de 1.185 - once the sample is approved just go straight into the 1.185, no need to wait for her e-mail. Prazo está apertado.
[20/06/2024 16:50:12] Kevin Zhou: OK Rafael, we prepare the line 👍
""")])

# p23 (AB): Taiwanese order confirmation (PDF) - 24 vs 30 units, MP scheduled automatically
case("p23_formosa_oc_nb9", ["RG007", "RG011"],
     "Supplier order confirmation restates the PO as 24 NPI units but confirms 30 in its table, and says MP will be scheduled automatically after NPI approval.",
     [("Formosa_Order_Confirmation_OC-24-0418.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-24-0418"),
         ("p", "Formosa Circuit Assembly Corp., Hsinchu Science Park, Taiwan. To: Kitamura Network Devices K.K., Purchasing "
               "Section, attn. Mr. Takeshi Morimoto."),
         ("p", "Thank you for your PO 7100046120 dated 2024/05/07 for KND-PCA-NB9 rev 01, NPI build 24 units."),
         ("table", [
             ["Item", "Part", "Description", "Qty", "Unit JPY", "Ship date"],
             ["1", "KND-PCA-NB9 rev 01", "PCBA NPI build incl. FCT", "30 EA", "19,800", "2024/06/14"],
             ["2", "NRE-NB9", "Stencil, FCT fixture", "1 LOT", "690,000", "2024/06/07"],
         ]),
         ("p", "Remarks: 1) Mass production will be scheduled automatically after your NPI approval. No additional order "
               "is required. 2) Packing per KND-PK-02. 3) RoHS/REACH declaration attached to first shipment."),
         ("p", "Amy Huang, Program Manager, Formosa Circuit Assembly Corp."),
     ], title="OC-24-0418", author="Formosa PM"))])

# p24 (AD): Hungarian EMS - PO accepted, so serial production starts after sample approval
_p24_q = """Gábor,

PO 4500080290 is attached: 20 samples of PCA-PWR-12 rev A are released.
The 1,980 balance is on hold until sample sign-off and a written release
from Karen Liu, Director of Supply Chain. Material for 20 samples only.

Megan"""
_p24 = mail("Gábor Nagy <gabor.nagy@tisza-elektronika.hu>", "Megan Ortiz <megan.ortiz@cascade-carrier.com>",
            "RE: PO 4500080290 - PCA-PWR-12 samples", "Thu, 11 Jul 2024 14:10:00 +0200",
            "Dear Megan,\n\nthank you for the order, it is accepted by us and entered in our system (SO 24-1187).\n\n"
            "We understand that after the approval of the samples we can start the serial production of 2.000 pcs, "
            "since we have already accepted your PO. Please confirm the delivery schedule for the serial lots so we "
            "can plan the SMT capacity.\n\n"
            "The 20 samples will ship on 26 July.\n\n"
            "Best regards / Üdvözlettel,\nNagy Gábor\nKey Account Manager\nTisza Elektronika Zrt.\n+36 62 555 880\n\n"
            "On 2024. 07. 09., Megan Ortiz wrote:\n" + quote_lines(_p24_q) + "\n",
            in_reply_to="<h168-cascade-0709@cascade-carrier.com>")
case("p24_tisza_po_accepted_serial", ["RG007", "RG012"],
     "Quoted buyer scope complete (20 samples, 1,980 on hold, sign-off + Karen Liu); supplier says sample approval lets it start serial 2.000 because it accepted the PO.",
     [("RE_PO_4500080290_samples.eml", eml(_p24))])

# p25 (AE): Taiwanese supplier portal order book (HTML) - forecast booked as committed order
case("p25_brightway_portal_forecast_booked", ["RG008"],
     "Supplier portal books the customer's rolling forecast (24,000) as a firm customer order with committed capacity.",
     [("Brightway_CustomerPortal_OrderBook_Cascade.html", html_page("Brightway Customer Portal - Order Book", """
<h2>Taoyuan Brightway Optical &mdash; Customer Portal</h2>
<p>Customer: Cascade Carrier Systems Inc. &nbsp;|&nbsp; Account manager: Vincent Lin</p>
<h3>Order book &mdash; FC-12-LC-0480 (12F LC splice cassette)</h3>
<table>
<tr><th>Source document</th><th>Received</th><th>Qty</th><th>Booked as</th><th>Capacity</th></tr>
<tr><td>Cascade rolling forecast Q3-Q4/2024</td><td>2024-06-28</td><td>24,000 pcs</td><td>Firm customer order</td><td>Committed: moulding #5 and #7, assembly line B</td></tr>
</table>
<div class="note">Dear Megan, thank you for your order of 24,000 units per your Q3-Q4 forecast. We have reserved the line
capacity and consider this quantity committed. Monthly shipments of 4,000 pcs start in July.</div>
<p><small>Brightway Optical &mdash; No. 66, Xingbang Rd., Guishan Dist., Taoyuan City 333, Taiwan</small></p>
"""))])

# p26 (AF): Finnish build plan (PDF) - forecast allocation called "committed volumes"
case("p26_nordlink_build_plan_committed", ["RG008"],
     "Build plan releases 200 PVT with full scope, but the regional allocation table is a 2025 forecast described as committed volumes.",
     [("Build_Plan_NL-PCA-7900_PVT.pdf", pdf([
         ("h1", "Build Plan NL-PCA-7900 rev 2 - PVT and 2025 volumes"),
         ("p", "Nordlink Networks Oy -> Tisza Elektronika Zrt. Part NL-PCA-7900 rev B (baseband interface board). 01.08.2024."),
         ("h", "1. Release"),
         ("p", "PVT: 200 pcs are released (PO 4500232512). MP is not released; it stays on hold until PVT sign-off and a "
               "written release from Satu Mäkelä, Director, Supply Chain. Material authority: 200 pcs."),
         ("h", "2. Regional allocation 2025 (forecast) - committed volumes"),
         ("table", [
             ["Region", "Q1", "Q2", "Q3", "Q4", "2025"],
             ["EU / Nordics", "1 500", "1 500", "1 500", "1 500", "6 000"],
             ["APAC", "1 000", "1 000", "1 000", "1 000", "4 000"],
             ["MEA", "500", "500", "500", "500", "2 000"],
             ["Total", "3 000", "3 000", "3 000", "3 000", "12 000"],
         ]),
         ("p", "Nordlink commits to the 2025 allocation volumes above so that Tisza can plan SMT lines and buffer stock."),
         ("p", "Contact: Jukka Heikkinen, Senior Sourcing Manager."),
     ], title="Build plan NL-PCA-7900", author="Nordlink NPI"))])

# p27 (AG): EDI 830 printout - forecast weeks declared a firm purchase commitment
case("p27_vialink_830_firm_commitment", ["RG008"],
     "Planning schedule: call-off of 500 fully scoped (next call-off by Pedro Almeida), but a note declares the forecast weeks a firm purchase commitment.",
     [("EDI830_VIALINK_EET_VL-PCA-OLT-4.txt", """\
X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - PRINT
Sender: VIALINK TELECOMUNICACOES SA (ZZ:VIALINKBR)   Receiver: ENSAMBLES ELECTRONICOS TAPATIOS (ZZ:EETMX)
BFR: 05  Ref 830-2024-0731  Horizon 2024-08-05 .. 2024-10-28  Issued 2024-07-31
Item: VL-PCA-OLT-4 rev A   OLT line card PCBA   UoM: EA
-------------------------------------------------------------------------------------------
FST  Qty    Type            Period
FST   500   C (firm)        W 2024-08-05     <- CALL-OFF 14, released
FST   400   D (planning)    W 2024-08-19
FST   400   D (planning)    W 2024-09-02
FST   600   D (planning)    W 2024-09-16
FST   600   D (planning)    W 2024-09-30
FST   600   D (planning)    W 2024-10-14
FST   600   D (planning)    W 2024-10-28
-------------------------------------------------------------------------------------------
NTE  Released for production: call-off 14 = 500 EA only. Planning weeks are not released;
NTE  each needs the next call-off, signed by Pedro Almeida, Materials Planning Manager.
NTE  Forecast quantities (type D) above are Vialink's firm purchase commitment for 2024 -
NTE  please plan and reserve capacity accordingly.
CTT  7 lines  hash qty 3,700
""")])

# p28 (AJ): Finnish mail - "released" for the PO and for production, "approved" for samples and budget
_p28_txt = ("Hi Zoltán,\n\nGood news on 3300-240-02:\n\n"
            "- PO 4500232410 has now been released in SAP (it was stuck in our approval workflow last week).\n"
            "- The DVT samples are approved by Ville's team for fit and function, no remarks (technical sign-off only).\n"
            "- The 1 170 pcs production balance is not released yet. Its release will follow after budget approval "
            "by our management board; Satu Mäkelä will then send the production release in writing.\n\n"
            "So for now only the 30 DVT pcs are active, and material for 30 pcs only.\n\n"
            "Kiitos ja hyvää viikonloppua,\nJukka\n"
            + sig("Jukka Heikkinen", "Senior Sourcing Manager", "Nordlink Networks Oy", "+358 40 771 2290"))
_p28 = mail("Jukka Heikkinen <jukka.heikkinen@nordlink.fi>", "Zoltán Kovács <zoltan.kovacs@pannonlemez.hu>",
            "3300-240-02 status: PO, DVT, production", "Fri, 28 Jun 2024 15:02:00 +0300",
            _p28_txt, html=simple_html(_p28_txt))
case("p28_nordlink_released_approved_mixed", ["RG009"],
     "Complete scope (30 active, 1 170 not released, budget approval + Satu's written release) but 'released' means PO workflow and production, 'approved/approval' means samples, workflow and budget.",
     [("3300-240-02_status_PO_DVT.eml", eml(_p28))])

# p29 (AK): SAP PO printout - release strategy (commercial) vs production release
case("p29_sap_po_release_strategy", ["RG009"],
     "SAP header says PO RELEASED/approved via release strategy (purchasing approval) while the text uses release for production and approval for EVT; scope otherwise complete.",
     [("SAP_ME23N_PO_4500080601.txt", """\
CASCADE CARRIER SYSTEMS INC              Display Purchase Order 4500080601       07/03/2024 14:22
Vendor 301470 SHENZHEN JIAYU PRECISION METAL CO LTD       Doc.type NB  Purch.org 1000  Pgrp B14
--------------------------------------------------------------------------------------------------
Release status   : RELEASED          Release strategy: Z2 (2-step, value > USD 10k)
  Level 1  M. ORTIZ   (Senior Buyer)           approved 07/02/2024
  Level 2  K. LIU     (Director Supply Chain)  approved 07/03/2024
--------------------------------------------------------------------------------------------------
Itm  Material          Short text                         PO qty  OUn   Net price      Net value
00010 CCS-ENC-SC4 /A   SMALL CELL ENCLOSURE, DIE-CAST      500    EA     24.60      12,300.00
      EVT / MP         ADC12, POWDER COAT RAL 7035
--------------------------------------------------------------------------------------------------
Header text (F01):
  Production release: 20 pcs EVT only. Balance 480 pcs not released until EVT approval by
  Cascade HW engineering and a written production release by Karen Liu, Director of Supply
  Chain. Material authority: 20 pcs.
--------------------------------------------------------------------------------------------------
Delivery: FCA Shenzhen  Terms: Net 60   Inspection per CCS-QS-010 rev 4
""")])

# p30 (AM): buyer FAI & release record (DOCX) - "approved" for engineering, commercial and production
case("p30_cascade_fai_release_record", ["RG009"],
     "Record uses 'approved' for the FAI (technical), the PO revision (commercial) and the production release; scope itself complete (200 released, 1,800 on hold, DVT sign-off + Karen Liu).",
     [("FAI_and_Release_Record_PCA-5G-2300.docx", docx_bytes([
         ("h1", "FAI & Release Record - PCA-5G-2300 rev 01"),
         ("p", "Buyer: Cascade Carrier Systems Inc. Supplier: Formosa Circuit Assembly Corp., Hsinchu. PO 4500080777 rev 2 "
               "(commercial cover 2,000 units)."),
         ("h", "Approvals"),
         ("table", [
             ["Type", "Object", "Status", "By", "Date"],
             ["Engineering approval", "FAI, 10 units", "Approved", "Priya Nair (SQE) / Derek Walsh", "08/05/2024"],
             ["Commercial approval", "PO 4500080777 rev 2 (price update)", "Approved", "Megan Ortiz", "08/06/2024"],
             ["Production release", "200 units", "Approved", "Karen Liu", "08/07/2024"],
         ]),
         ("p", "Released now: 200 units. The balance of 1,800 units remains on hold until DVT sign-off and a written "
               "release by Karen Liu, Director of Supply Chain. Material authority: 200 units."),
         ("p", "Distribution: Formosa PM (Amy Huang), Cascade NPI, Cascade Supply Chain."),
     ], author="Priya Nair"))])

# p31 (AN): Redwood reply - "approval is done on both sides ... so you have our approval, go ahead"
_p31_scope = """Hi Mai,

PO 7700-1260 for RED-MESH-3: 60 pilot sets are released. The other 2,940 sets
are on hold until our pilot sign-off and my written release. Material for the
60 pilot sets only.

Tom Becker
NPI Lead, Redwood Edge Devices"""
_p31_mid = ("Dear Tom,\n\nThe pilot re-spin with the new antenna cable routing (ECN-112) is done and the "
            "price change is in your PO revision. Can we proceed?\n\nBest regards,\nMai\n\n"
            "On 3 Jun 2024, Tom Becker wrote:\n" + quote_lines(_p31_scope))
_p31 = mail("Tom Becker <tom.becker@redwood-edge.com>", "Tran Thi Mai <mai.tt@vtech-ems.vn>",
            "RE: RE: RED-MESH-3 pilot / ECN-112", "Mon, 01 Jul 2024 08:31:00 -0700",
            "Hi Mai,\n\nApproval is done on both sides - engineering approved ECN-112 on Friday and finance approved "
            "PO 7700-1260 rev 1 with the new price this morning. So you have our approval, go ahead.\n\n"
            "Thanks for the quick turnaround!\nTom\n"
            + sig("Tom Becker", "NPI Lead", "Redwood Edge Devices Inc.", "+1 408 555 0190")
            + "\nOn 28 Jun 2024, Tran Thi Mai wrote:\n" + quote_lines(_p31_mid) + "\n",
            in_reply_to="<h168-vtech-0628@vtech-ems.vn>")
case("p31_redwood_approval_both_sides", ["RG002", "RG009"],
     "Quoted scope complete (60 pilot, 2,940 on hold, pilot sign-off + Tom's written release); reply uses 'approved' for ECN and finance and gives an unscoped 'you have our approval, go ahead'.",
     [("RE_RE_RED-MESH-3_ECN-112.eml", eml(_p31))])

# p32 (AO): Gulf release notice (PDF) - "release" for commercial, technical and production; no named person
case("p32_falcon_release_notice_triple", ["RG005", "RG009"],
     "Notice uses 'release' for PO commercial release, golden-sample technical release and production release; balance 400 on hold until pilot acceptance + revised PO from an unnamed department.",
     [("Falcon_Release_Notice_FGI-RN-24-031.pdf", pdf([
         ("h1", "RELEASE NOTICE FGI-RN-24-031"),
         ("p", f"From: {FALCON}, Procurement Department."),
         ("p", "To: Dongguan Hengtai Electronics Co., Ltd., attn. Mr. Kevin Zhou. Date: 21-Aug-2024."),
         ("p", "Subject: FG-RTU-5 remote terminal unit PCBA, PO FGI-PO-24-0740 (500 units)."),
         ("h", "This release confirms"),
         ("p", "1. Commercial release of PO FGI-PO-24-0740 by Falcon Finance on 18-Aug-2024."),
         ("p", "2. Technical release of the golden sample FG-RTU-5 rev 2 by Falcon Engineering on 19-Aug-2024."),
         ("p", "3. Production release of 100 units (pilot lot)."),
         ("p", "The balance of 400 units stays on hold until pilot lot acceptance at Falcon QC Dubai and a revised PO "
               "from Falcon Procurement. Kindly restrict material purchases to 100 units."),
         ("p", "Issued by: Falcon Gulf Integrators LLC - Procurement Department"),
     ], title="FGI-RN-24-031", author="Falcon Procurement"))])

# p33 (AP): "start the DVT build per your quote" - no quantity in the authorisation itself
_p33_quote = pdf([
    ("h1", "QUOTATION BW-Q-2407-051"),
    ("p", "Taoyuan Brightway Optical Co., Ltd. To: Cascade Carrier Systems, Megan Ortiz. Date 2024/07/08."),
    ("table", [
        ["Stage", "Qty", "Unit USD", "Lead time"],
        ["DVT (option A)", "100 pcs", "17.90", "4 weeks"],
        ["DVT (option B)", "300 pcs", "15.40", "4 weeks"],
        ["MP", "10,000 pcs", "9.10", "6 weeks after written release"],
    ]),
    ("p", "FC-24-LC-0960 splice cassette 24F LC/APC. This quotation is not an order."),
], title="BW-Q-2407-051", author="Brightway Sales")
_p33 = mail("Megan Ortiz <megan.ortiz@cascade-carrier.com>", "Vincent Lin <vincent.lin@brightway-optical.com.tw>",
            "FC-24-LC-0960 - DVT build", "Tue, 16 Jul 2024 09:45:00 -0500",
            "Hi Vincent,\n\nPlease start the DVT build of FC-24-LC-0960 in the quantity Derek discussed with you on "
            "Tuesday's call; pricing per your quote BW-Q-2407-051 (attached). "
            "MP volumes stay on hold until DVT sign-off and a written release from Karen Liu, Director of Supply "
            "Chain. The PO will follow from SAP in a day or two.\n\n"
            "Please use the LC/APC adapters from the AVL only.\n\nThanks,\nMegan\n"
            + sig("Megan Ortiz", "Senior Buyer", "Cascade Carrier Systems Inc.", "+1 972 555 0148"),
            attachments=[("BW-Q-2407-051.pdf", _p33_quote, PDF_MT)])
case("p33_cascade_start_dvt_per_quote", ["RG010"],
     "Authorisation 'start the DVT build in the quantity Derek discussed' never states the DVT quantity (the quote only offers two DVT options); MP on hold, unlock event and Karen Liu named.",
     [("FC-24-LC-0960_DVT_build.eml", eml(_p33))])

# p34 (AQ): WhatsApp - "go ahead with the first article run", quantity never stated
case("p34_whatsapp_falcon_first_article", ["RG010"],
     "Go-ahead scoped to the first article run, balance on hold until FAI sign-off + Ahmed's written release, but the first-article quantity is never stated.",
     [("WhatsApp_Chat_SaigonPrecision_FG-CLM-8.txt", """\
[15/07/2024, 11:02:45] Nguyen Van Thanh: Dear Mr. Ahmed, good day. Drawing FG-CLM-8 rev 2 received, we are ready with the bending tool.
[15/07/2024, 11:20:10] Ahmed Al Mansouri: Thanks Thanh. Go ahead with the first article run of the FG-CLM-8 clamps.
[15/07/2024, 11:21:02] Ahmed Al Mansouri: Anything beyond the first article run is on hold until FAI sign-off by our QC and my written release. Kindly buy material for the first article run only.
[15/07/2024, 11:21:30] Ahmed Al Mansouri: Ahmed Al Mansouri, Procurement Officer, Falcon Gulf Integrators
[15/07/2024, 11:25:51] Nguyen Van Thanh: Noted with thanks 🙏 we will send FAI report with CMM data.
[15/07/2024, 11:26:20] Nguyen Van Thanh: HDG per ISO 1461, min 85 um, ok?
[15/07/2024, 11:30:02] Ahmed Al Mansouri: Yes correct.
""")])

# p35 (AR): Japanese buyer portal PO (HTML) - NPI quantity "per build plan (TBD)"
case("p35_kitamura_portal_po_tbd", ["RG010"],
     "Portal PO authorises an NPI build with quantity 'per build plan (TBD)'; MP not released until NPI sign-off + written release by Yuki Tanabe.",
     [("Kitamura_SupplierPortal_PO_7100046700.html", html_page("Kitamura Supplier Portal - PO 7100046700", """
<h2>Kitamura Network Devices &mdash; Supplier Portal / サプライヤーポータル</h2>
<p>Supplier: Shenzhen Jiayu Precision Metal Co., Ltd. (V-2290) &nbsp;|&nbsp; Buyer: Takeshi Morimoto (P21)</p>
<h3>Purchase Order 7100046700 &nbsp;<small>issued 2024-07-22</small></h3>
<table>
<tr><th>Item</th><th>Part</th><th>Description</th><th>Quantity</th><th>Unit price (USD)</th><th>Due</th></tr>
<tr><td>00010</td><td>KND-ENC-90 rev A</td><td>Outdoor small-cell enclosure, die-cast, NPI build</td><td>per build plan (TBD)</td><td>38.50</td><td>2024-09-02</td></tr>
<tr><td>00020</td><td>NRE-ENC-90</td><td>Die-cast mould modification (rib B4)</td><td>1 LOT</td><td>2,300.00</td><td>2024-08-19</td></tr>
</table>
<div class="note">Please start the NPI build for item 00010. The mass production quantity is not released; it will be released
only after our NPI sign-off, by written release from Yuki Tanabe, Procurement Manager. Please buy material for the NPI build only.</div>
<p><small>Inspection per KND-QS-005 rev 8. JIS B 0405-m general tolerances.</small></p>
""", lang="en"))])

# =================================================================== POSITIVE (batch 7)

# p36 (AS): Brazilian sample authorisation (DOCX) - "samples needed for homologation", no number
case("p36_vialink_sample_authorization_anatel", ["RG010"],
     "Authorises 'the samples needed for the Anatel homologation and field trial' without a number; production lot on hold until homologation, sample sign-off and Juliana Ferreira's written release.",
     [("Autorizacao_Amostras_VL-ONT-ENC-3.docx", docx_bytes([
         ("h1", "Autorização de Amostras / Sample Authorization"),
         ("p", "Vialink Telecomunicações S.A. -> Troqueles y Lámina del Norte S.A. de C.V., Monterrey, N.L., México."),
         ("p", "Item: VL-ONT-ENC-3 rev B, caixa metálica para ONT externa (outdoor ONT enclosure), aço galvanizado 1,2 mm, "
               "pintura eletrostática RAL 9016. PO 4510002455. Data: 08/07/2024."),
         ("h", "1. O que produzir agora / What to build now"),
         ("p", "Please produce the samples needed for the Anatel homologation tests and our field trial in Campinas, "
               "in the quantity agreed with our engineering team, and ship them with the dimensional report and the "
               "salt spray report (ABNT NBR 8094)."),
         ("h", "2. Lote de produção / Production lot"),
         ("p", "The production lot is not released. It stays on hold until (a) Anatel homologation is granted, (b) sample "
               "sign-off by Vialink Engenharia and (c) a written release from Juliana Ferreira, Gerente de Suprimentos."),
         ("h", "3. Material"),
         ("p", "Material authority: samples only."),
         ("p", "Atenciosamente, Rafael Sousa, Comprador Sênior."),
     ], author="Rafael Sousa"))])

# p37: WeChat - "kick off the EVT build asap", no quantity, nothing else
case("p37_wechat_cascade_kickoff_evt", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer kicks off an EVT build with no quantity, no hold on the rest, no unlock event and no release person; supplier's question about quantity is left open.",
     [("WeChat_Export_Hengtai_PCA-SC-330.txt", """\
WeChat chat history export - "Cascade / Hengtai NPI"
------------------------------------------------------
2024-06-18 21:05  Derek Walsh (Cascade): Kevin - pls kick off the EVT build for PCA-SC-330 asap, we need boards by wk 30 for the carrier lab in Plano. PO to follow from Megan.
2024-06-18 21:20  Kevin Zhou (Hengtai): OK Derek, received. How many pcs for EVT?
2024-06-18 21:24  Derek Walsh (Cascade): same as last project, Megan will confirm. Gerber rev B is on the FTP, BOM rev B attached
2024-06-18 21:25  Derek Walsh (Cascade): [File] PCA-SC-330_BOM_revB.xlsx
2024-06-18 21:40  Kevin Zhou (Hengtai): Got it. Stencil order today, SMT can start 6/27 if components ok 👌
2024-06-19 08:02  Kevin Zhou (Hengtai): Derek, shortage: U5 PMIC 12 wk, we use stock from other project ok?
2024-06-19 08:15  Derek Walsh (Cascade): yes ok, same rev
""")])

# p38 (42): Finnish PO (PDF) - 24 in the table, twenty (20) in the scope text; hold "until further notice"
case("p38_nordlink_po_20_vs_24_further_notice", ["RG004", "RG011"],
     "PO table says 24 EVT pcs, scope text says twenty (20); balance on hold 'until further notice' and only Satu Mäkelä may lift it - no unlock event.",
     [("PO_4500232600_NL-ENC-4600.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500232600"),
         ("p", f"Buyer: {NORDLINK}."),
         ("p", "Supplier: Shenzhen Jiayu Precision Metal Co., Ltd., Bao'an District, Shenzhen, China. Supplier no. 100447."),
         ("p", "PO date 19.08.2024. Payment 60 days net. Incoterms 2020 FCA Shenzhen. Currency EUR."),
         ("table", [
             ["Line", "Part / Rev", "Description", "Scope", "Qty", "Unit price", "Amount"],
             ["10", "NL-ENC-4600 / A", "Outdoor radio enclosure 4T4R, die-cast ADC12, RAL 9006", "EVT sample", "24 pcs", "102,00", "2 448,00"],
         ]),
         ("h", "Scope of this purchase order"),
         ("p", "Released now: twenty (20) EVT samples of NL-ENC-4600 rev A."),
         ("p", "The balance of 476 pcs is on hold until further notice. Only Satu Mäkelä, Director, Supply Chain, may lift "
               "the hold."),
         ("p", "Material authority: sample-only. Drawing DWG-4600 rev A, IP66 per IEC 60529, salt spray 1000 h per ISO 9227."),
         ("p", "Contact: Jukka Heikkinen, Senior Sourcing Manager, +358 40 771 2290."),
     ], title="PO 4500232600", author="Nordlink SAP"))])

# p39 (43): Teams - "a dozen golden units" vs "the 10 golden units"; hold without an event
case("p39_teams_cascade_dozen_vs_ten", ["RG004", "RG011"],
     "Buyer releases 'a dozen' golden units, later confirms '10 golden units'; rest 'parked' with only Karen Liu able to unpark - no unlock event.",
     [("Teams_Chat_Formosa_PCA-RU-60.txt", """\
Microsoft Teams - chat export
Chat: PCA-RU-60 golden units (Cascade / Formosa)
Exported: 2024-08-20 11:02 CDT

Megan Ortiz (Cascade Carrier Systems)  8/12/2024 9:14 AM
Amy, for PO 4500080850 (PCA-RU-60 rev A): the release is for a dozen golden units. Nothing else yet - the
remaining 388 on the PO stay parked. Only Karen Liu can unpark them. Material for the golden units only.

Amy Huang (Formosa Circuit Assembly)  8/12/2024 9:40 PM
Noted Megan, thanks. Stencil is ready, SMT line 5.

Derek Walsh (Cascade Carrier Systems)  8/19/2024 7:55 AM
Morning Amy - just confirming you're building the 10 golden units this week? We want 2 of them for the
thermal chamber on Monday.

Amy Huang (Formosa Circuit Assembly)  8/19/2024 8:10 AM
Yes Derek, 10 units SMT on Wednesday, FCT Thursday, ship Friday.

Derek Walsh (Cascade Carrier Systems)  8/19/2024 8:11 AM
👍
""")])

# p40 (44): Japanese mail (multipart/alternative) says sixty (60), attached PO says 16; release "from our side"
_p40_po = pdf([
    ("h1", "PURCHASE ORDER 7100046850"),
    ("p", f"Buyer: {KITAMURA}"),
    ("p", "Vendor: Hai Phong Viet-Tech EMS JSC, Lot B2 Trang Due IP, Hai Phong, Vietnam (V-3390)"),
    ("p", "PO date: 2024.08.05   Payment: 60 days EOM   Incoterm: FCA Hai Phong"),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Unit USD", "Amount USD"],
        ["00010", "KND-PCA-NB12 /01", "PCBA NPI build incl. FCT", "16 EA", "64.00", "1,024.00"],
    ]),
    ("p", "Inspection per KND-QS-005 rev 8. RoHS/REACH declaration required."),
], title="PO 7100046850", author="Kitamura SAP")
_p40_txt = ("Dear Mai-san,\n\nThank you for your continued support.\n\n"
            "Please find attached our PO 7100046850 for KND-PCA-NB12 rev 01. Please produce sixty (60) NPI units only.\n\n"
            "The remaining 984 units are not released. Release will come in writing from our side after NPI sign-off.\n\n"
            "Please buy components for the NPI units only.\n\n"
            "Best regards,\nTakeshi Morimoto\nPurchasing Section\nKitamura Network Devices K.K.\nTEL +81-45-228-6120\n")
_p40 = mail("Takeshi Morimoto <t-morimoto@kitamura-nd.co.jp>", "Tran Thi Mai <mai.tt@vtech-ems.vn>",
            "PO 7100046850 / KND-PCA-NB12 NPI", "Mon, 05 Aug 2024 14:00:00 +0900",
            _p40_txt, html=simple_html(_p40_txt),
            attachments=[("PO_7100046850.pdf", _p40_po, PDF_MT)])
case("p40_kitamura_mail_sixty_po_sixteen", ["RG005", "RG011"],
     "Mail says sixty (60) NPI units, attached PO says 16 EA; balance not released until NPI sign-off, but release comes 'from our side' - no named person.",
     [("PO_7100046850_NB12_NPI.eml", eml(_p40))])

# p41 (45): Gulf portal (HTML) - table 60 released, notice text releases 72; ON HOLD with no event or person
case("p41_falcon_portal_60_vs_72", ["RG004", "RG005", "RG011"],
     "Portal table shows 60 released, the release notice text on the same page releases 72; balance simply 'ON HOLD' with no unlock event and no named person.",
     [("Falcon_Portal_FGI-PO-24-0777.html", html_page("Falcon Gulf Supplier Portal - FGI-PO-24-0777", """
<h2>Falcon Gulf Integrators LLC &mdash; Supplier Collaboration Portal</h2>
<p>Supplier: Ensambles Electrónicos Tapatíos S.A. de C.V. &nbsp;|&nbsp; PO FGI-PO-24-0777 &nbsp;|&nbsp; Item FG-PSU-3 rev 1 (rectifier control PCBA)</p>
<table>
<tr><th>PO qty</th><th>Released</th><th>Balance</th><th>Balance status</th></tr>
<tr><td>1,000</td><td>60</td><td>940</td><td>ON HOLD</td></tr>
</table>
<div class="note"><b>Release notice</b><br>
We hereby release 72 units of FG-PSU-3 for production. Kindly confirm the ship date and send the test records with the goods.</div>
<p>Delivery: DAP Dubai, Falcon warehouse 7. Packing: ESD bags, 12 units per carton.</p>
<p><small>Posted 27-Aug-2024 by Falcon Procurement</small></p>
"""))])

# p42 (46): Finnish call-off printout - header 1.200 released, lines 1.000; next call-off from unnamed purchasing
case("p42_nordlink_calloff_1200_vs_1000", ["RG005", "RG011"],
     "Call-off header says 1.200 pcs released while the released lines add up to 1.000; rest needs the next call-off 'issued by Nordlink purchasing' - no named person.",
     [("CALLOFF_0012_TISZA_NL-PCA-7800.txt", """\
NORDLINK NETWORKS OY - CALL-OFF / LEHIVAS 0012            Scheduling agreement 5500001902
To: TISZA ELEKTRONIKA ZRT, SZEGED (V-100688)              Date 02.09.2024
Part: NL-PCA-7800 rev A   Radio unit control board       UoM: pcs (db)
===========================================================================================
TOTAL RELEASED WITH THIS CALL-OFF:                      1.200 pcs
-------------------------------------------------------------------------------------------
Released lines        Week 37/2024      Week 38/2024      Week 39/2024       Sum
                          400               300               300           1.000
-------------------------------------------------------------------------------------------
Remaining scheduling agreement quantity 2.800 pcs: NOT RELEASED. Each further quantity
needs the next call-off issued by Nordlink purchasing.
Material authority: for the released quantity only.
Delivery: FCA Szeged. Packaging: ESD tray 20 pcs, carton label per NL-LBL-02 rev 4.
""")])

# p43 (BC): Gulf mail - advance transferred, "kindly commence production"; PO attached fully scoped
_p43_po = pdf([
    ("h1", "PURCHASE ORDER FGI-PO-24-0765"),
    ("p", f"Buyer: {FALCON}."),
    ("p", "Supplier: Dongguan Hengtai Electronics Co., Ltd., Chang'an Town, Dongguan, China."),
    ("p", "Date: 11-Aug-2024. Payment: 30% advance against PI, 70% against B/L copy. Incoterms: CFR Jebel Ali."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "FG-BMS-2 rev 1", "Battery monitoring PCBA for outdoor cabinet", "20 (pilot)", "74.00", "1,480.00"],
    ]),
    ("p", "Scope: 20 pilot units only. The balance of 980 units is not released and remains on hold until pilot lot "
          "acceptance at Falcon QC Dubai and a written release signed by Mr. Faisal Rahman, Head of Supply Chain. "
          "Material authority: 20 units."),
], title="FGI-PO-24-0765", author="Falcon Procurement")
_p43 = mail("Ahmed Al Mansouri <a.almansouri@falcongulf.ae>", "Kevin Zhou <kevin.zhou@hengtai-ems.com>",
            "Advance payment PI HT-PI-24-118 // FG-BMS-2", "Wed, 21 Aug 2024 12:40:00 +0400",
            "Dear Kevin,\n\nGreetings.\n\n"
            "We have transferred the 30% advance against your PI HT-PI-24-118 today (SWIFT copy attached). Kindly "
            "commence production at the earliest and share the dispatch plan.\n\nPO attached again for your ready reference.\n\n"
            "Best regards,\nAhmed Al Mansouri\nProcurement Officer\nFalcon Gulf Integrators LLC\n+971 4 501 7720\n",
            attachments=[("FGI-PO-24-0765.pdf", _p43_po, PDF_MT),
                         ("SWIFT_MT103_copy.txt",
                          "MT103  SINGLE CUSTOMER CREDIT TRANSFER\n:20:FGI2408210044\n:32A:240821USD14430,00\n"
                          ":50K:/AE070331234567890123456 FALCON GULF INTEGRATORS LLC DUBAI\n"
                          ":59:/CN44 DONGGUAN HENGTAI ELECTRONICS CO LTD\n:70:ADV 30PCT PI HT-PI-24-118\n:71A:SHA\n",
                          "text/plain")])
case("p43_falcon_advance_commence", ["RG012"],
     "PO attached is fully scoped (20 pilot, 980 on hold, pilot acceptance + Faisal Rahman) but the mail ties the advance payment to 'kindly commence production'.",
     [("PI_HT-PI-24-118_FG-BMS-2.eml", eml(_p43))])

# p44 (BD): WhatsApp - pilot lot with no number; supplier starts full run on the deposit
case("p44_whatsapp_redwood_anticipo_full_run", ["RG010", "RG012"],
     "Buyer authorises 'the pilot lot' with no quantity (rest on hold until pilot sign-off + Tom's written release); supplier starts the full production run because the deposit arrived.",
     [("WhatsApp_Chat_Troqueles_RED-WMB-22.txt", """\
[8/5/24, 8:15:02 AM] Tom Becker: Hi Ana, please run the pilot lot of RED-WMB-22 for the carrier trial. The rest of PO 7700-1288 stays on hold until pilot sign-off and my written release. Material for the pilot lot only 🙏
[8/5/24, 8:22:40 AM] Ana Lucía Garza: Hola Tom! Ok, drawing rev A, RAL 9005 texturizado?
[8/5/24, 8:23:10 AM] Tom Becker: yes, rev A
[8/7/24, 5:12:33 PM] Ana Lucía Garza: Recibimos el anticipo del 30% 👍 con eso arrancamos la producción completa - so we start the full production run tomorrow, pilot and the rest together
[8/7/24, 5:13:01 PM] Ana Lucía Garza: más eficiente para la línea de doblez
""")])

# p45 (BE): multi-file - Japanese PO (100 pilot, 1,900 on hold) + Taiwanese PI: production commences on deposit
case("p45_kitamura_po_brightway_pi", ["RG012"],
     "PO fully scoped (100 pilot, 1,900 on hold until pilot sign-off + Yuki Tanabe); supplier proforma for 2,000 says production commences upon receipt of the deposit.",
     [("PO_7100046800_KND-FC-48.pdf", pdf([
         ("h1", "PURCHASE ORDER 7100046800"),
         ("p", f"Buyer: {KITAMURA}"),
         ("p", "Vendor: Taoyuan Brightway Optical Co., Ltd., Guishan Dist., Taoyuan City, Taiwan (V-2471)"),
         ("p", "PO date: 2024.07.29   Payment: 30% deposit against proforma invoice, balance 60 days   Incoterm: FOB Keelung"),
         ("table", [
             ["Item", "Material", "Description", "PO qty (cover)", "Released", "Unit USD"],
             ["00010", "KND-FC-48 rev A", "Fibre splice cassette 48F, SC/APC", "2,000 EA", "100 EA (pilot)", "11.40"],
         ]),
         ("p", "Scope: only the 100 pilot cassettes are released. The balance of 1,900 EA is on hold until our pilot sign-off "
               "(QA, Kenji Sato) and a written release from Yuki Tanabe, Procurement Manager. Material authority: 100 EA."),
     ], title="PO 7100046800", author="Kitamura SAP")),
      ("Brightway_Proforma_PI-24-0815.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-24-0815"),
         ("p", "Taoyuan Brightway Optical Co., Ltd. Bill to: Kitamura Network Devices K.K. Your PO: 7100046800."),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["KND-FC-48 rev A", "Fibre splice cassette 48F SC/APC", "2,000", "11.40", "22,800.00"],
             ["", "Deposit 30 %", "", "", "6,840.00"],
         ]),
         ("p", "Terms: 30 % deposit by T/T, balance 60 days after B/L. Production will commence upon receipt of deposit."),
         ("p", "Bank: Mega International Commercial Bank, Taoyuan Branch, SWIFT ICBCTWTP, A/C 123-45-678901."),
         ("p", "Vincent Lin, Sales Manager"),
     ], title="PI-24-0815", author="Brightway Sales"))])

# ================================================================ MAIN
def _write(case_dir: Path, files):
    case_dir.mkdir(parents=True)
    for fn, data in files:
        p = case_dir / fn
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"{PREFIX}_{i:02d}_{stem}"
        _write(OUT / folder, c["files"])
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    main()
