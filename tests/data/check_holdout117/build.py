#!/usr/bin/env python3
"""Generator for the releasegate check_holdout117 corpus (headphones / personal audio ODM).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout117/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, MIME boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). The renderer helpers are copied from check_holdout3/build.py.
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
    m["Message-ID"] = msgid or f"<h117-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h117")
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




# ------------------------------------------------------------------ small text helpers
def q(text, depth=1):
    """Quote a block of text the way mail clients do ("> " per line)."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def E(m):
    return eml_bytes(m)


def simple_html(text):
    """Render a plain-text mail body as the HTML alternative a mail client would send."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for para in paras:
        out.append("<p>" + escape(para).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


TXT_MT = "text/plain"
HTML_MT = "text/html"


def sig_plain(*lines):
    """A signature without the legal disclaimer."""
    return "\n-- \n" + "\n".join(lines) + "\n"


# =================================================================== CASES
# Descriptive names: c.. = clean, p.. = positive. They never reach the output folder names.


# ---------------------------------------------------------------- p01: US start-up EVT PO + quote
_p01_po = pdf([
    ("h1", "DRIFTWAVE LABS, INC."),
    ("p", "2200 Bryant Street, Suite 3, San Francisco, CA 94110, USA"),
    ("h", "PURCHASE ORDER DW-2291"),
    ("table", [
        ["PO date", "Vendor", "Ship to", "Terms"],
        ["May 6, 2024", "Shenzhen Yuexin Acoustic Technology Co., Ltd., Bao'an District, Shenzhen",
         "Driftwave Labs, Attn: Nate Ortiz, 2200 Bryant St, SF CA 94110", "Net 30 / FCA Shenzhen"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit price (USD)", "Amount (USD)"],
        ["1", "DP-EVT-BLK", "Drift Pro TWS earbuds, EVT build, Black", "15", "sets", "48.00", "720.00"],
        ["2", "DP-EVT-SND", "Drift Pro TWS earbuds, EVT build, Sand", "15", "sets", "48.00", "720.00"],
        ["3", "NRE-EVT", "EVT build fee (fixtures, hand assembly)", "1", "lot", "1,500.00", "1,500.00"],
        ["", "", "", "", "", "Total", "2,940.00"],
    ]),
    ("sp",),
    ("p", "Reference: Yuexin quotation Q-YX-240419. Firmware: build 0.9.3 RC, to be supplied by Driftwave."),
    ("p", "Invoices must quote the PO number. Partial shipments allowed. Driftwave standard terms "
          "(rev. 2023-11) apply; vendor terms printed on quotes or acknowledgements do not apply."),
    ("p", "Issued by: Ethan Marsh, Hardware Program Manager"),
], LETTER, title="PO DW-2291", author="Driftwave Labs")

_p01_quote = pdf([
    ("h1", "Shenzhen Yuexin Acoustic Technology Co., Ltd."),
    ("p", "5F, Building B, Fuyong Industrial Park, Bao'an District, Shenzhen 518103, China"),
    ("h", "QUOTATION Q-YX-240419"),
    ("p", "Customer: Driftwave Labs, Inc. / Project: Drift Pro (TWS, ANC, BT 5.3, QCC3071)"),
    ("table", [
        ["Stage", "Quantity", "Unit price (USD)", "Remark"],
        ["EVT", "30 sets", "48.00", "hand build, EVT cosmetics"],
        ["DVT", "200 sets", "26.50", "soft tool parts, full test"],
        ["MP", "10,000 sets", "14.20", "incl. retail gift box, 2 colors"],
    ]),
    ("sp",),
    ("p", "Tooling (housing, case, tips): USD 21,800, 50% T0 / 50% T1. Price basis FCA Shenzhen. "
          "Validity 45 days. Lead time MP: 35 days after material ready."),
    ("p", "Sales: Coco Liang, coco.liang@yuexin-acoustic.cn, +86 755 2345 8812"),
], A4, title="Q-YX-240419", author="Yuexin Acoustic")

_p01_body = """Hi Coco,

Hope everyone is rested after the May Day holiday!

Attached is PO DW-2291 for the Drift Pro EVT build: 30 sets (15 Black, 15 Sand). Our EE Nate is
in Shenzhen the week of 5/20 and can hand-carry them back, otherwise DHL to our SF office is fine.

I've attached your quote Q-YX-240419 too so our finance folks can match the pricing against the PO.

Quick notes for the build:
- FW: please flash 0.9.3 RC. Nate will send the .bin on Friday.
- Cosmetics: EVT-grade is fine, no need for the final AG coating on the stems.
- If you have any spare charging cases left over from the proto run, toss 5 in the box.

Let me know if anything is unclear. Super excited to see these!

Ethan
""" + sig("Ethan Marsh", "Hardware Program Manager", "Driftwave Labs, Inc.", "+1 415 555 0142")

case("p01_evt_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "EVT PO for 30 sets with the supplier quote (MP 10,000) attached unmarked; nothing about the balance, no unlock event, nobody named to release",
     [("PO_DW-2291_Drift_Pro_EVT.eml", E(mail(
         "Ethan Marsh <ethan@driftwavelabs.com>", "Coco Liang <coco.liang@yuexin-acoustic.cn>",
         "PO DW-2291 - Drift Pro EVT units", "Mon, 06 May 2024 17:41:00 -0700", _p01_body,
         cc="Nate Ortiz <nate@driftwavelabs.com>",
         attachments=[("PO_DW-2291.pdf", _p01_po, PDF_MT), ("Q-YX-240419.pdf", _p01_quote, PDF_MT)])))])


# ---------------------------------------------------------------- p02: UK ERP printout, DVT PO
_p02 = """BRIGHTMOOR SOUND LTD                                      PURCHASE ORDER
UNIT 4, ANCOATS WORKS, MANCHESTER M4 6DE, UK              PAGE 1 OF 1
VAT GB 318 4471 02
--------------------------------------------------------------------------
PO NUMBER   : BMS-PO-008817           PO DATE  : 07/05/2024
SUPPLIER    : 40112  PENANG ACOUSTICRAFT SDN BHD
              PLOT 88, BAYAN LEPAS FIZ PHASE 4
              11900 BAYAN LEPAS, PENANG, MALAYSIA
BUYER       : R. OKONKWO  (EXT 2231)
CURRENCY    : USD      INCOTERMS: FCA PENANG      PAY TERMS: 60 DAYS EOM
QUOTE REF   : PAC-Q-0311 REV B
--------------------------------------------------------------------------
LN ITEM NO         DESCRIPTION                   QTY UOM    PRICE    VALUE
-- --------------- ---------------------------- ---- ---- -------- --------
01 BM-HP2-DVT      ARDEN OVER-EAR ANC, DVT BLD    40 EA      62.00  2480.00
02 BM-HP2-NRE      DVT FIXTURES / NRE              1 LOT    950.00   950.00
--------------------------------------------------------------------------
QUOTE PAC-Q-0311 REV B:  DVT 40 EA @ 62.00  /  MP 12,000 EA @ 21.40
                         TOOLING GBP EQUIV. PAID UNDER BMS-PO-008640
DELIVERY REQD : WK 24 2024       SHIP VIA: DHL EXPRESS ACCT 955120377
NOTES : DVT UNITS TO BE SERIALISED (BM2-D-001 .. BM2-D-040).
        INCLUDE DVT BUILD REPORT, FR/THD CURVES, 1.2M DROP DATA (6 FACES).
        PLAIN BROWN BOX PACKING FOR DVT - NO RETAIL PACKAGING.
        HEADBAND SLIDER FORCE PER SPEC BM2-MS-014 REV 3.
--------------------------------------------------------------------------
                                                  TOTAL USD      3430.00

THIS ORDER IS SUBJECT TO BRIGHTMOOR STANDARD TERMS OF PURCHASE (BMS-T-07).
SYSTEM GENERATED DOCUMENT - VALID WITHOUT SIGNATURE.
"""
case("p02_erp_dvt_po", ["RG001", "RG003", "RG004", "RG005"],
     "ERP printout of a 40-unit DVT PO that echoes the quote's MP 12,000 with no informational or hold wording; no unlock event, no release authority",
     [("BMS-PO-008817.txt", _p02)])


# ---------------------------------------------------------------- p03: German PO, "Freigabe" used three ways
_p03 = docx_bytes([
    ("h1", "Klangwerk Berlin GmbH – Bestellung / Purchase Order 4500031877"),
    ("p", "Datum / Date: 08.05.2024        Lieferant / Supplier: Dongguan Hengtai Electronics Co., Ltd., "
          "Chang'an Town, Dongguan, Guangdong, China (Lief.-Nr. 700215)"),
    ("p", "Lieferadresse / Ship to: Klangwerk Berlin GmbH, Wareneingang, Lobeckstraße 36, 10969 Berlin"),
    ("table", [
        ["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis / Price (EUR)", "Wert / Value (EUR)"],
        ["10", "KW-TWS3-GS-GR", "In-Ear TWS-3, Golden Sample, Farbe Graphit", "15 Stk.", "41,00", "615,00"],
        ["20", "KW-TWS3-GS-WS", "In-Ear TWS-3, Golden Sample, Farbe Weiß", "10 Stk.", "41,00", "410,00"],
    ]),
    ("p", "Gesamtwert / Total: 1.025,00 EUR netto, Lieferbedingung FCA Shenzhen (Incoterms 2020), "
          "Zahlung 30 Tage netto."),
    ("h", "Hinweise / Notes"),
    ("li", "Freigabe Einkauf: This order is released by purchasing (Freigabe erteilt am 08.05.2024, "
           "Kostenstelle 4410)."),
    ("li", "Musterfreigabe: The golden samples will be released by our quality department after "
           "acoustic measurement (IEC 60268-7) and 1,5 m drop test."),
    ("li", "Serienfreigabe: The series quantity of 8.000 Stk. from your offer HT-2404-77 is not released "
           "with this order. It stays on hold until further notice."),
    ("li", "Verpackung: Muster einzeln in Antistatikbeutel, Außenkarton beschriftet mit Bestellnummer."),
    ("p", "Bitte bestätigen Sie diese Bestellung innerhalb von 3 Arbeitstagen. / Please confirm this "
          "order within 3 working days. Rückfragen an / Questions to: einkauf@klangwerk-berlin.de"),
    ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022). Diese Bestellung wurde maschinell "
          "erstellt und ist ohne Unterschrift gültig."),
], author="Klangwerk Einkauf")
case("p03_german_po_freigabe", ["RG004", "RG005", "RG009"],
     "'release' (Freigabe) used for the purchasing approval, the sample approval and the series release; series hold 'until further notice' names no event and no person",
     [("Bestellung_4500031877.docx", _p03)])


# ---------------------------------------------------------------- p04: Korean PO, "approved" three ways, no named person
_p04 = pdf([
    ("h1", "SORI LABS CO., LTD."),
    ("p", "8F, 21 Teheran-ro 98-gil, Gangnam-gu, Seoul 06178, Korea  |  Purchasing Team: sl-purchasing@sorilabs.kr"),
    ("h", "PURCHASE ORDER  SL-PO-24-0156"),
    ("table", [
        ["PO Date", "Supplier", "Project", "Payment"],
        ["2024.05.09", "Saigon Precision Audio JSC, Lot C5, Saigon Hi-Tech Park, Thu Duc City, HCMC, Vietnam",
         "PEBBLE BUDS (SLB-200)", "T/T 30 days after B/L"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Part No.", "Description", "Q'ty", "U/Price (USD)", "Amount (USD)"],
        ["1", "SLB-200-DVT-MG", "Pebble Buds DVT build, Mist Grey", "30 pcs", "39.00", "1,170.00"],
        ["2", "SLB-200-DVT-SB", "Pebble Buds DVT build, Sky Blue", "30 pcs", "39.00", "1,170.00"],
        ["", "", "", "Total 60 pcs", "", "2,340.00"],
    ]),
    ("sp",),
    ("h", "Special Notes"),
    ("p", "1. This PO is approved by our budget committee on 2024.05.09 for DVT stage only."),
    ("p", "2. DVT sample approval will be done by our acoustic team after frequency response measurement "
          "and 1.2m drop test (26 drops, per SL-QS-011)."),
    ("p", "3. MP quantity 12,000 pcs in your quotation SPA-Q-1187 is NOT released by this PO. MP release "
          "is only possible after DVT sign-off and a revised PO from our side."),
    ("p", "4. MP approval will be informed by separate letter. Please do not purchase any MP material."),
    ("p", "5. Please send DVT build report, BT RF test log and drop test photos together with the goods."),
    ("sp",),
    ("p", "SORI LABS CO., LTD. / Purchasing Team"),
], A4, title="SL-PO-24-0156", author="Sori Labs")
case("p04_korean_po_approved_thrice", ["RG005", "RG009"],
     "'approved/approval' covers budget, DVT sample and MP release; hold and unlock event stated but release only 'from our side', nobody named",
     [("SL-PO-24-0156.pdf", _p04)])


# ---------------------------------------------------------------- p05: Singapore pilot PO, hold until further notice
_p05_po = pdf([
    ("h1", "LOOPBUD PTE. LTD."),
    ("p", "71 Ayer Rajah Crescent, #05-12, Singapore 139951  |  UEN 201934512K"),
    ("h", "PURCHASE ORDER LB-PO-7731"),
    ("table", [
        ["Date", "Supplier", "Delivery", "Terms"],
        ["13 May 2024", "Shenzhen Bluecrest Audio Technology Co., Ltd.", "DAP Singapore, by 14 Jun 2024", "TT 30 days"],
    ]),
    ("sp",),
    ("table", [
        ["#", "SKU", "Description", "Qty", "Unit (USD)", "Total (USD)"],
        ["1", "LB-CC2-PLT-WH", "Charging case CC2, pilot build, matte white, Hall sensor rev C", "20", "18.50", "370.00"],
    ]),
    ("sp",),
    ("p", "Spec: LB-SPEC-CC2 v7. Cell: 300 mAh (ATL 502030). Pilot build report to accompany the goods."),
    ("p", "Prepared by: Tan Wei Jie, Procurement Executive"),
], A4, title="LB-PO-7731", author="Loopbud")

_p05_body = """Hi Sunny,

Thanks for the quick turnaround on the revised hinge, the team was very happy with the click feel.

As discussed on the call just now, attached is PO LB-PO-7731 for 20 pcs pilot charging cases, model
LB-CC2, matte white.

Just to be clear on the scope hor: this PO is for the 20 pilot pcs only. The remaining 4,980 pcs from
your quotation BC-Q-2207 stay on hold until further notice. Please don't schedule them and don't book
line time for them. Only Priya Raman (Head of Operations) can release them.

For the pilot:
- Hall sensor rev C and the 300 mAh ATL cell per LB-SPEC-CC2 v7
- lid opening force 2.5-3.5 N, please record for all 20 pcs
- pilot build report together with the units

Thanks and regards,
Wei Jie
""" + sig("Tan Wei Jie", "Procurement Executive", "Loopbud Pte. Ltd.", "+65 6871 2290")
case("p05_sg_pilot_hold_no_event", ["RG004"],
     "20 pilot cases authorized, 4,980 on hold 'until further notice' and Priya Raman named, but no event that unlocks the balance",
     [("LB-PO-7731_pilot_charging_case.eml", E(mail(
         "Tan Wei Jie <weijie.tan@loopbud.sg>", "Sunny Huang <sunny@bluecrest-audio.com>",
         "LB-PO-7731 pilot charging cases (20 pcs)", "Mon, 13 May 2024 16:05:00 +0800", _p05_body,
         cc="Priya Raman <priya.raman@loopbud.sg>",
         attachments=[("LB-PO-7731.pdf", _p05_po, PDF_MT)])))])


# ---------------------------------------------------------------- p06: Korean buyer portal PO page with quoted volumes panel
_p06 = html_page("HA-PO-2405-0093 | Haneul Acoustics Supplier Portal", """
<div style="background:#12355b;color:#fff;padding:8px">Haneul Acoustics Co., Ltd. &middot; Supplier Portal &middot; logged in as: formosa.sales (Formosa SoundTech Corp.)</div>
<h2>Purchase Order HA-PO-2405-0093</h2>
<table>
<tr><th>PO date</th><td>2024-05-14</td><th>Status</th><td>Open &ndash; awaiting supplier acknowledgement</td></tr>
<tr><th>Supplier</th><td>Formosa SoundTech Corp., No. 12 Xingbang Rd, Guishan Dist., Taoyuan 333, Taiwan</td><th>Buyer</th><td>Procurement, Pangyo HQ</td></tr>
<tr><th>Currency</th><td>USD</td><th>Incoterms</th><td>FCA Taoyuan (TPE)</td></tr>
</table>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>10</td><td>HA-NC700-DVT</td><td>NC700 over-ear ANC headphone, DVT build (Black 30 / Ivory 20)</td><td>50</td><td>EA</td><td>85.00</td><td>2024-06-21</td></tr>
</table>
<h3>Quoted volumes (from RFQ HA-RFQ-0412)</h3>
<table>
<tr><th>Stage</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>DVT</td><td>50</td><td>85.00</td></tr>
<tr><td>MP</td><td>15,000</td><td>31.70</td></tr>
</table>
<h3>Remarks</h3>
<p>Please ship DVT units with test reports: FR curve, ANC attenuation (dB @ 100 Hz / 1 kHz), 1.0 m drop x 6 faces, hinge cycle 5,000x result.</p>
<p>Packaging for DVT: bulk in foam tray. Serial label on headband inner side.</p>
<p>
  <button>Acknowledge PO</button> <button>Propose change</button> <button>Download PDF</button>
</p>
<p style="color:#777;font-size:11px">Haneul Acoustics supplier portal v3.8 &middot; All orders subject to Haneul General Terms of Purchase (2023).</p>
""")
case("p06_portal_po_quoted_volumes", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 50 DVT units shows the RFQ's MP 15,000 in a 'quoted volumes' panel with no informational/hold wording; no hold, event or release person",
     [("HA-PO-2405-0093.html", _p06)])


# ---------------------------------------------------------------- p07: US release email, "launch batch" without a number
_p07_body = """Hi Vincent,

Great news: PVT sign-off came through from our acoustics and reliability leads this morning (report
PVT-HL-ANC-01-R2 is on the shared drive).

Please go ahead with the launch batch of the HL-ANC-01 in Onyx.

Anything beyond the Onyx launch batch stays on hold, and that includes all of Sandstone. Nothing
beyond it gets built or bought until I send a written release, and that release only comes once our
retail buyer confirms the allocation. I'm the one who signs it (Marcus Bell, VP Ops), nobody else on
our side.

Logistics: first 40% by air to our 3PL in Reno, the rest by ocean to Long Beach. Carton marks per
HL-PKG-007 rev 2, same as DVT3.

Huge thanks to you and the team for pushing through DVT3, I know it was a grind.

Marcus
""" + sig("Marcus Bell", "VP Operations", "Hushline Audio, Inc. | Austin, TX", "+1 512 555 0177")
case("p07_us_launch_batch_no_qty", ["RG002", "RG010"],
     "'go ahead with the launch batch' states no quantity and no scope; the hold on everything beyond it, the event and the signer are fine",
     [("HL-ANC-01_PVT_sign-off.eml", E(mail(
         "Marcus Bell <marcus@hushline.audio>", "Vincent Luo <vincent.luo@hengtai-elec.com>",
         "HL-ANC-01 PVT sign-off", "Thu, 16 May 2024 08:12:00 -0500", _p07_body,
         html=simple_html(_p07_body), cc="Dana Whitfield <dana@hushline.audio>")))])


# ---------------------------------------------------------------- p08: WeChat export, "first batch" without a number
_p08 = """WeChat chat history export
Chat: Meridian x Hengtai - CC-M3 charging case
Exported: 2024-05-17 18:40 (UTC+8)
--------------------------------------------------------------
2024-05-17 10:02  Rachel Goh (Meridian Ear): Hi Mr Zhou, PVT report for the CC-M3 case received, thanks ah
2024-05-17 10:03  Rachel Goh (Meridian Ear): hinge looks much better now
2024-05-17 10:15  Zhou Bin 周斌 (Hengtai): 👍 thank you Rachel. How about production? line is ready, SMT slot can hold until Tue
2024-05-17 10:21  Rachel Goh (Meridian Ear): pls start the first batch for the charging case first.
2024-05-17 10:22  Rachel Goh (Meridian Ear): rest wait for Kelvin Tan to sign the written release after he review the PVT report. don't start the rest ok
2024-05-17 10:24  Zhou Bin 周斌 (Hengtai): 收到 received. first batch how many pcs ah?
2024-05-17 10:31  Rachel Goh (Meridian Ear): follow the plan lah. I check with Kelvin tmr
2024-05-17 10:31  Zhou Bin 周斌 (Hengtai): ok
2024-05-17 10:33  Zhou Bin 周斌 (Hengtai): [Image] line_layout_v2.jpg
2024-05-17 14:50  Rachel Goh (Meridian Ear): btw the gift box sample from Huacai also reach us, colour slightly too yellow, will send comments
2024-05-17 14:52  Zhou Bin 周斌 (Hengtai): ok noted
--------------------------------------------------------------
"""
case("p08_wechat_first_batch", ["RG010"],
     "buyer tells the ODM to start 'the first batch' without any quantity (supplier even asks how many); hold, event and signer named",
     [("wechat_Meridian_Hengtai_CC-M3.txt", _p08)])


# ---------------------------------------------------------------- p09: German call-off with blank quantity
_p09 = """NORDHALL AUDIO GMBH              ABRUF / CALL-OFF              SEITE 1/1
Großer Burstah 31, 20457 Hamburg                         DRUCK 21.05.2024 08:14
==========================================================================
ABRUF-NR. / CALL-OFF NO.  : 03
RAHMENVERTRAG / FRAME     : RV-2024-011   (RAHMENMENGE 20.000 STK)
LIEFERANT / SUPPLIER      : 40988 PENANG ACOUSTICRAFT SDN BHD
ARTIKEL / ITEM            : NH-OE40-BLK  ON-EAR BT HEADPHONE OE40, SCHWARZ
ZEICHNUNG / DRAWING       : NH-OE40-100 REV 07
--------------------------------------------------------------------------
ABRUFMENGE / CALL-OFF QTY : ------   (WIRD TELEFONISCH DURCHGEGEBEN /
                                      TO BE ADVISED BY PHONE)
LIEFERTERMIN / DUE DATE   : KW 27 / 2024
VERSAND / SHIPPING        : SEA FREIGHT, FOB PENANG -> HAMBURG
--------------------------------------------------------------------------
TEXT:
 PRODUCTION FOR CALL-OFF 03 MAY START NOW.
 THE REMAINING FRAME QUANTITY STAYS BLOCKED. IT IS NOT RELEASED BY THIS
 CALL-OFF AND WILL ONLY BE RELEASED BY CALL-OFF 04, WHICH IS ISSUED AND
 SIGNED BY HENRIK PAULSEN (LEITER SUPPLY CHAIN).
 PACKING: 20 PCS/CARTON, CARTON LABEL PER NH-LOG-02.
 CERTIFICATES: CE / UKCA DOC AND BT SIG LISTING COPY WITH FIRST SHIPMENT.
--------------------------------------------------------------------------
SACHBEARBEITER / CLERK: S. KRÜGER    TEL +49 40 3344 1902
DIESER ABRUF WURDE MASCHINELL ERSTELLT UND IST OHNE UNTERSCHRIFT GÜLTIG.
"""
case("p09_calloff_qty_by_phone", ["RG010"],
     "call-off 03 lets production start but the call-off quantity is blank ('to be advised by phone'); frame balance blocked until call-off 04 by Henrik Paulsen",
     [("Abruf_03_RV-2024-011.txt", _p09)])


# ---------------------------------------------------------------- p10: UK cover email "green light ... please proceed" + complete DOCX PO
_p10_po = docx_bytes([
    ("h1", "Tallis & Reed Acoustics Ltd – Purchase Order TR-1042"),
    ("p", "Date: 20 May 2024    Supplier: Shenzhen Bluecrest Audio Technology Co., Ltd.    Project: HALO (TR-H1 open-ear)"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price (USD)", "Line total (USD)"],
        ["1", "TRH1-EVT", "HALO open-ear earphones, EVT build, Slate", "30 sets", "52.00", "1,560.00"],
    ]),
    ("h", "Scope of this order"),
    ("p", "This PO covers 30 EVT sets only. The MP quantity of 20,000 sets shown in your quotation "
          "BC-Q-2231 is not released and stays on hold."),
    ("p", "Release of any MP quantity requires both (1) our EVT and DVT sign-off and (2) a written "
          "production release signed by Hannah Cole, Operations Director, Tallis & Reed Acoustics."),
    ("p", "Material authority: sample-only (EVT quantity). Please do not buy material for later stages "
          "at our cost."),
    ("h", "Delivery and documents"),
    ("li", "Deliver DAP Bristol BS1 6QH by 28 June 2024."),
    ("li", "EVT build report incl. FR, THD, leakage and IPX4 spray test."),
    ("li", "Invoice to accounts@tallisreed.co.uk quoting TR-1042."),
], author="Tallis & Reed")
_p10_body = """Dear Sunny,

Lovely to see you and Jason in Bristol last week, and thank you for the tea - it's going down a storm
in the office.

Pleased to say the board met yesterday and we are giving Project Halo the green light. Please
proceed, and let's get your line booked for the autumn.

The PO is attached (TR-1042). Any questions on the paperwork, just shout.

Kind regards,
Oliver
""" + sig("Oliver Tallis", "Managing Director", "Tallis & Reed Acoustics Ltd, Bristol", "+44 117 496 0321")
case("p10_uk_green_light_proceed", ["RG002"],
     "cover email gives an unscoped 'green light ... please proceed' (and talks of booking the line) although the attached PO correctly scopes 30 EVT sets",
     [("TR-1042_Project_Halo.eml", E(mail(
         "Oliver Tallis <oliver@tallisreed.co.uk>", "Sunny Huang <sunny@bluecrest-audio.com>",
         "Project Halo - PO TR-1042", "Tue, 21 May 2024 10:30:00 +0100", _p10_body,
         cc="Hannah Cole <hannah.cole@tallisreed.co.uk>",
         attachments=[("TR-1042.docx", _p10_po, DOCX_MT)])))])


# ================================================================ clean batch 1
# ---------------------------------------------------------------- c01: supplier quote with tiers
_c01 = pdf([
    ("h1", "Shenzhen Bluecrest Audio Technology Co., Ltd."),
    ("p", "Room 1203, Tower A, Hongrongyuan Plaza, Longhua District, Shenzhen 518109, China"),
    ("h", "QUOTATION BC-Q-2240"),
    ("table", [
        ["To", "Project", "Date", "Valid until"],
        ["Sori Labs Co., Ltd. (Seoul)", "BC-T21 TWS earbuds (ODM), BT 5.3, ANC", "2024-05-22", "2024-07-21"],
    ]),
    ("sp",),
    ("table", [
        ["Stage", "Quantity", "Unit price (USD)", "Lead time"],
        ["EVT", "20 sets", "55.00", "3 weeks from kick-off"],
        ["DVT", "100 sets", "29.00", "4 weeks from EVT sign-off"],
        ["PVT", "500 sets", "19.80", "3 weeks from DVT sign-off"],
        ["MP tier 1", "5,000 sets", "15.60", "45 days"],
        ["MP tier 2", "10,000 sets", "14.90", "45 days"],
        ["MP tier 3", "20,000 sets", "14.30", "50 days"],
    ]),
    ("sp",),
    ("h", "Conditions"),
    ("p", "1. Tooling USD 18,500 (housing, case, lid, tips), 50% at T0 and 50% at T1."),
    ("p", "2. MP prices apply only to quantities the customer releases for production in writing. "
          "MP lead time counts from the written production release and material confirmation."),
    ("p", "3. Bluetooth SIG listing (QDID) and FCC/CE/KC certification fees are for customer account."),
    ("p", "4. Price basis FCA Shenzhen, payment T/T 30% deposit / 70% before shipment."),
    ("p", "Contact: Sunny Huang, Sales Director, sunny@bluecrest-audio.com"),
], A4, title="BC-Q-2240", author="Bluecrest Audio")
case("c01_supplier_quote_tiers", [],
     "supplier quote with EVT/DVT/PVT/MP tiers on its own; no authorized quantity, says MP needs a written release",
     [("BC-Q-2240_Quotation.pdf", _c01)])


# ---------------------------------------------------------------- c02: supplier's go-ahead question
_c02_body = """Hi Megan,

PVT build finished yesterday. 200 units NP-H1 (Fog 120 / Moss 80) shipped this morning to your Portland
office, AWB 776 3391 0042 (FedEx IP), ETA Tuesday. PVT report and OQC data are uploaded to Box.

We have not started anything beyond the 200 PVT units and we have not ordered any MP material.

We understand the 4,800 balance is not released yet. Do we have a go-ahead for it? If yes, could you
please send the written release from Daniel so our planning can load the line for week 26. If it is not ready yet, no problem, we will
give the slot to another customer and re-plan when the release comes.

Best regards,
Ivy
""" + sig("Ivy Chen 陳怡君", "Project Manager", "Formosa SoundTech Corp., Taoyuan, Taiwan", "+886 3 318 5522")
case("c02_supplier_asks_goahead", [],
     "supplier asks whether the 4,800 balance is released and confirms nothing beyond 200 PVT units started; a question, not an approval",
     [("NP-H1_PVT_shipped.eml", E(mail(
         "Ivy Chen <ivy.chen@formosasoundtech.com.tw>", "Megan Holt <megan@northpaw.audio>",
         "NP-H1 PVT shipped / balance 4,800?", "Fri, 24 May 2024 11:20:00 +0800", _c02_body)))])


# ---------------------------------------------------------------- c03: labelled rolling forecast
_c03 = """HUSHLINE AUDIO INC.            13-WEEK ROLLING FORECAST             ISSUED 2024-05-27
1100 S LAMAR BLVD, AUSTIN TX 78704                                   REV 05
=====================================================================================
*** FORECAST ONLY - NOT A PURCHASE ORDER AND NOT A RELEASE.                       ***
*** THIS DOCUMENT GIVES NO PRODUCTION AUTHORITY AND NO MATERIAL AUTHORITY.        ***
*** QUANTITIES ARE PLANNING ESTIMATES AND MAY CHANGE WITHOUT NOTICE.              ***
=====================================================================================
SUPPLIER: DONGGUAN HENGTAI ELECTRONICS CO., LTD.          CONTACT: VINCENT LUO
-------------------------------------------------------------------------------------
ITEM             DESCRIPTION              WK23   WK24   WK25   WK26   WK27   WK28   TOTAL
---------------- ----------------------- ------ ------ ------ ------ ------ ------ ------
HL-ANC-01-ONX    ANC HEADPHONE, ONYX      2,000  2,000  3,000  3,000  3,000  2,500 15,500
HL-ANC-01-SND    ANC HEADPHONE, SANDSTONE     0      0  1,000  1,000  1,500  1,500  5,000
HL-CASE-01       TRAVEL CASE (SPARES)       200    200    200    200    200    200  1,200
-------------------------------------------------------------------------------------
WK29-WK35 (INDICATIVE): ONYX 2,500/WK, SANDSTONE 1,200/WK
NOTES:
 1. PRODUCTION QUANTITIES ARE AUTHORIZED ONLY BY A WRITTEN RELEASE SIGNED BY
    MARCUS BELL (VP OPERATIONS). NOTHING ON THIS FORECAST IS RELEASED.
 2. PLEASE USE THIS FORECAST FOR CAPACITY PLANNING ONLY. DO NOT BUY MATERIAL AGAINST IT.
 3. NEXT FORECAST UPDATE: 2024-06-10.
=====================================================================================
"""
case("c03_labelled_rolling_forecast", [],
     "rolling forecast clearly labelled as forecast with no production or material authority",
     [("Hushline_forecast_2024-05-27.txt", _c03)])


# ---------------------------------------------------------------- c04: full-quantity PO, no balance
_c04 = pdf([
    ("h1", "BRIGHTMOOR SOUND LTD"),
    ("p", "Unit 4, Ancoats Works, Manchester M4 6DE, United Kingdom"),
    ("h", "Purchase Order BMS-PO-008902"),
    ("table", [
        ["Date", "Supplier", "Delivery", "Payment"],
        ["28/05/2024", "Shenzhen Rouyi Silicone Products Co., Ltd., Shajing, Bao'an, Shenzhen",
         "DAP Manchester, wk 27", "60 days EOM"],
    ]),
    ("sp",),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "Unit (USD)", "Value (USD)"],
        ["01", "BM-TIP-KIT-3", "Replacement ear-tip kit S/M/L, liquid silicone, black, retail polybag", "1,200 kits", "0.95", "1,140.00"],
    ]),
    ("sp",),
    ("p", "This PO covers the full quantity of 1,200 kits for our aftermarket spares stock. There is no "
          "balance and no further release will follow on this PO. Please proceed with the 1,200 kits."),
    ("p", "Material per drawing BM-TIP-200 rev D, Shore A 40 +/- 5. Polybag with EAN 5060 7891 2234 5 and "
          "CE mark. 100 kits per inner carton."),
    ("p", "Buyer: Rebecca Okonkwo, Senior Buyer. Subject to Brightmoor Standard Terms of Purchase BMS-T-07."),
], A4, title="BMS-PO-008902", author="Brightmoor Sound")
case("c04_full_qty_tips_po", [],
     "full-quantity spares PO (1,200 kits) that says there is no balance; 'proceed with the 1,200 kits' is scoped",
     [("BMS-PO-008902.pdf", _c04)])


# ---------------------------------------------------------------- c05: explicit recorded auto-conversion
_c05_body = """Dear Mr. Tran,

Thank you for the good meeting on 16 May. As agreed in the call, we record the following for PO
SL-PO-24-0188 (Pebble Buds SLB-200):

1. Released now: 60 DVT units (PO line 10), as already in production.

2. Recorded auto-conversion for PVT: when Ms. Cho Mina (Head of Product Quality) signs the DVT
   sign-off report with disposition "approved", 2,000 PVT units are released automatically, without
   a separate release letter. Conditions: no open major defect in the DVT report, Bluetooth SIG
   listing completed, 1.2 m drop test passed. This auto-conversion is recorded in our release log
   RL-2024-031 and covers the 2,000 PVT units only.

3. MP quantity 18,000 units stays on hold and is not released. MP release needs PVT sign-off and a
   written release signed by Ms. Cho Mina.

4. Material authority: staged up to 2,000 units (PVT quantity) at Sori Labs liability. Nothing for MP.

Please confirm by reply that your planning has recorded it the same way.

Best regards,
Lee Jae-won
""" + sig("Lee Jae-won", "Senior Manager, Supply Chain", "Sori Labs Co., Ltd.", "+82 2 6952 0418")
_c05_log = html_page("RL-2024-031 - Sori Labs release log", """
<h2>Sori Labs release log &ndash; entry RL-2024-031</h2>
<table>
<tr><th>Field</th><th>Entry</th></tr>
<tr><td>Order</td><td>SL-PO-24-0188, Pebble Buds SLB-200, supplier Saigon Precision Audio JSC</td></tr>
<tr><td>Type</td><td>Auto-conversion (recorded in advance)</td></tr>
<tr><td>Trigger</td><td>DVT sign-off report signed by Cho Mina with disposition "approved"</td></tr>
<tr><td>Conditions</td><td>no open major defect; Bluetooth SIG listing completed; 1.2 m drop test passed</td></tr>
<tr><td>Quantity released on trigger</td><td>2,000 PVT units</td></tr>
<tr><td>Not covered</td><td>MP 18,000 units &ndash; on hold, written release by Cho Mina after PVT sign-off</td></tr>
<tr><td>Material authority</td><td>staged up to 2,000 units</td></tr>
<tr><td>Recorded by / date</td><td>Lee Jae-won, 2024-05-17 14:55 KST</td></tr>
</table>
""")
case("c05_recorded_auto_conversion", [],
     "explicit, recorded auto-conversion naming quantity (2,000 PVT), signer and conditions; MP hold with event and signer; staged material authority",
     [("SL-PO-24-0188_PVT_auto-conversion.eml", E(mail(
         "Lee Jae-won <jaewon.lee@sorilabs.kr>", "Tran Minh Quan <quan.tran@saigonprecision.vn>",
         "SL-PO-24-0188 Pebble Buds - DVT/PVT release arrangement", "Fri, 17 May 2024 15:02:00 +0900",
         _c05_body, cc="Cho Mina <mina.cho@sorilabs.kr>",
         attachments=[("RL-2024-031.html", _c05_log, HTML_MT)])))])


# ---------------------------------------------------------------- p11: Slack, bare "Approved" + supplier assumes MP start
_p11 = """Slack export - #np-h1-formosa (Slack Connect: Northpaw Audio <> Formosa SoundTech)
Exported 2024-06-04 09:10 PDT by megan@northpaw.audio
Messages 2024-05-06 .. 2024-06-04 (thread replies inlined)
------------------------------------------------------------------------------------------
[2024-05-06 09:14] Megan Holt (Northpaw): :pushpin: Pinned - scope for NP-H1 DVT. PO NP-PO-1187 covers 60 DVT units only. The MP quantity (5,000) is NOT released. MP needs our DVT sign-off plus a written release from Daniel Reyes (COO). Material authority: sample-only, nothing for MP please.
[2024-05-06 09:20] Ivy Chen (Formosa): noted with thanks :pray:
[2024-05-13 18:02] Ivy Chen (Formosa): DVT build 60/60 done, OQC tomorrow. Hinge cycle test running on 5 pcs
[2024-05-14 07:45] Kenji Mori (Northpaw): can you add ANC depth plots @ 100Hz / 300Hz / 1k to the report? last time only 1k
[2024-05-14 08:10] Ivy Chen (Formosa): sure Kenji, will add
[2024-05-21 03:30] Ivy Chen (Formosa): DVT units picked up by FedEx, AWB 7763 3391 1187
[2024-05-28 16:12] Kenji Mori (Northpaw): drop test here: 2 of 60 had the left cup trim pop at 1.2m. Ivy can your ME check the snap depth?
[2024-05-29 10:40] Ivy Chen (Formosa): ME checked, snap depth +0.15 mm on T2 tool modification, photos in Box
[2024-06-03 22:41] Ivy Chen (Formosa): DVT report v3 uploaded to Box (FR, ANC, drop re-test, hinge 5k cycles - all pass). Please approve :pray:
[2024-06-04 08:02] Megan Holt (Northpaw): Approved :white_check_mark:
[2024-06-04 08:05] Ivy Chen (Formosa): Thanks Megan!! We will start MP on Monday then, line is ready :muscle:
[2024-06-04 08:30] Kenji Mori (Northpaw): nice work team :tada:
------------------------------------------------------------------------------------------
"""
case("p11_slack_bare_approved", ["RG002", "RG007"],
     "buyer answers the DVT report with a bare 'Approved'; the ODM reads it as the start of MP although the pinned scope needs a written release",
     [("slack_np-h1-formosa_export.txt", _p11)])


# ---------------------------------------------------------------- p12: supplier quote with automatic MP after golden sample
_p12 = pdf([
    ("h1", "DONGGUAN HENGTAI ELECTRONICS CO., LTD."),
    ("p", "No. 18 Xinan Road, Chang'an Town, Dongguan, Guangdong 523850, China  Tel +86 769 8553 2210"),
    ("h", "QUOTATION HT-2405-102"),
    ("table", [
        ["Customer", "Model", "Date", "Validity"],
        ["Klangwerk Berlin GmbH", "KW-OE2 on-ear BT headphone (ODM, foldable)", "2024-05-23", "60 days"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Q'ty", "Unit price (EUR)", "Remark"],
        ["Golden sample", "20 pcs", "46,00", "hand made, full function"],
        ["Mass production", "10.000 pcs", "17,40", "incl. color box, 2 colors"],
        ["Tooling", "1 set", "16.500,00", "4 cavities headband, 2 cavities cup"],
    ]),
    ("sp",),
    ("h", "Terms"),
    ("p", "1. Payment: tooling 50% with order, 50% after T1 sample. Mass production 30% deposit, 70% before shipment."),
    ("p", "2. After customer approve golden sample, mass production 10.000 pcs will start automatically under "
          "this quotation, no need additional PO or release letter, to keep the delivery time."),
    ("p", "3. Lead time: golden sample 25 days after tooling T1; mass production 40 days."),
    ("p", "4. Price base on EUR/CNY 7,80. If exchange rate change more than 3%, price will be adjusted."),
    ("p", "5. Certification CE / RED / BT SIG by customer."),
    ("p", "Sales: Vincent Luo (Luo Wen) | vincent.luo@hengtai-elec.com"),
], A4, title="HT-2405-102", author="Hengtai")
case("p12_quote_auto_mp_clause", ["RG007"],
     "supplier quote says MP of 10,000 starts automatically once the golden sample is approved, with no recorded auto-conversion",
     [("HT-2405-102_quotation_KW-OE2.pdf", _p12)])


# ---------------------------------------------------------------- p13: Vietnamese supplier ack, 45 vs 40, rolls into MP
_p13_orig = """Dear Ms. Linh,

Please find our PO BMS-PO-008930 for 40 DVT sets of the Arden Lite on-ear (BM-AL1), delivery week 25,
FCA Hai Phong.

Scope: this PO covers the 40 DVT sets only. The MP quantity of 6,000 sets in your quote VHE-Q-0522 is
not released. MP release needs our DVT sign-off and a written release from Graham Pike (Head of
Operations). Material authority: sample-only (DVT quantity).

Please acknowledge the PO by reply.

Kind regards,
Rebecca Okonkwo
Senior Buyer, Brightmoor Sound Ltd"""
_p13_body = """Dear Ms. Rebecca,

Thank you for your PO. We confirm receive PO BMS-PO-008930 for 45 DVT sets Arden Lite, delivery
week 25 FCA Hai Phong as request.

After your DVT approval we will continue MP 6,000 sets immediately to keep the line running, no gap
between DVT and MP, so the delivery for your launch is safe.

The headband spring steel sample will send to you by DHL tomorrow for check.

Please kindly check and feedback.

Best regards,
Nguyen Thi Linh (Ms.)
Sales Executive
Viet Hoa Electronics JSC
Lot B2, Trang Due Industrial Park, An Duong, Hai Phong, Vietnam
Tel: +84 225 3743 188

On Wed, 22 May 2024 at 10:14, Rebecca Okonkwo <rebecca.okonkwo@brightmoorsound.co.uk> wrote:
""" + q(_p13_orig) + "\n"
case("p13_vn_ack_45_rolls_into_mp", ["RG007", "RG011"],
     "supplier acknowledges 45 DVT sets against a PO for 40 and announces MP 6,000 right after DVT approval despite the written-release requirement",
     [("RE_BMS-PO-008930_Arden_Lite_DVT.eml", E(mail(
         "Nguyen Thi Linh <linh.nt@viethoa-elec.vn>", "Rebecca Okonkwo <rebecca.okonkwo@brightmoorsound.co.uk>",
         "RE: PO BMS-PO-008930 Arden Lite DVT", "Thu, 23 May 2024 09:05:00 +0700", _p13_body,
         in_reply_to="<bms-008930@brightmoorsound.co.uk>")))])


# ---------------------------------------------------------------- p14: Korean engineer contradicts the written-release rule
_p14_po = pdf([
    ("h1", "HANEUL ACOUSTICS CO., LTD."),
    ("p", "10F, 235 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13494, Korea"),
    ("h", "PURCHASE ORDER HA-PO-2405-0121"),
    ("table", [
        ["Date", "Supplier", "Item", "Delivery"],
        ["2024-05-27", "Penang AcoustiCraft Sdn Bhd, Bayan Lepas FIZ, Penang", "HA-SB30 sleep earbuds, golden + PVT", "FCA Penang, 2024-06-28"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Description", "Qty", "Unit price (USD)"],
        ["10", "HA-SB30 golden samples (colour: Dusk)", "10 pcs", "44.00"],
        ["20", "HA-SB30 PVT build (colour: Dusk)", "190 pcs", "21.50"],
    ]),
    ("sp",),
    ("p", "Released by this PO: 200 pcs (10 golden samples + 190 PVT). The MP quantity 4,800 pcs is not "
          "released. MP release requires golden sample sign-off by Haneul engineering AND a written release "
          "letter signed by Park Jae-won, Purchasing Director."),
    ("p", "Material authority: released quantity only (200 pcs)."),
    ("p", "Purchasing: Park Jae-won / Seo Yuna"),
], A4, title="HA-PO-2405-0121", author="Haneul Acoustics")
_p14_body = """Dear Mr. Lim,

Purchasing sent you official PO yesterday (attached again here for your engineering team).

Between us engineers: once the golden sample checks out on our side, just roll right into the 4,800.
No need to wait for Mr. Park's letter, the paperwork always comes late and we cannot lose the launch
window for Chuseok.

Golden sample check items on our side:
 - sleep-position pressure test (8 hrs, 10 testers)
 - FR match L/R within 2 dB, 100 Hz - 8 kHz
 - case lid magnet pull 3.0 N min
 - BT reconnect after case open < 1.5 s

Please send golden samples by hand carry with Mr. Tan on 6/10 if possible.

Best regards,
Choi Seung-hoon
""" + sig("Choi Seung-hoon", "Engineering Manager, Acoustics", "Haneul Acoustics Co., Ltd.", "+82 31 8017 5520")
case("p14_kr_engineer_skip_release", ["RG007"],
     "engineering manager tells the ODM to roll into the 4,800 once the golden sample checks out, contradicting the PO's written-release requirement",
     [("HA-SB30_golden_sample_plan.eml", E(mail(
         "Choi Seung-hoon <sh.choi@haneulacoustics.co.kr>", "Lim Wei Ming <wm.lim@acousticraft.com.my>",
         "HA-SB30 golden sample / PVT", "Tue, 28 May 2024 14:22:00 +0900", _p14_body,
         attachments=[("HA-PO-2405-0121.pdf", _p14_po, PDF_MT)])))])


# ---------------------------------------------------------------- p15: US build plan DOCX, PVT starts automatically
_p15 = docx_bytes([
    ("h1", "Drift Pro - Build Plan v4 (shared with Yuexin)"),
    ("p", "Owner: Ethan Marsh (HW PgM). Last edited May 29, 2024. Status legend: done / released / not released."),
    ("table", [
        ["Build", "Qty", "Target start", "Status", "What starts it"],
        ["EVT", "30", "May 13", "done", "PO DW-2291"],
        ["DVT", "200", "Jun 3", "released (PO DW-2318)", "-"],
        ["PVT", "1,000", "Jul 1", "not released", "starts automatically when DVT passes"],
        ["MP (launch)", "10,000", "Aug 5", "not released", "written release by Carla Nguyen (COO) after PVT sign-off"],
    ]),
    ("h", "Notes"),
    ("li", "Released now: DVT 200 units (PO DW-2318). That's the only build Yuexin should be running."),
    ("li", "PVT kicks off automatically as soon as DVT passes - Yuexin doesn't need to wait for anything from us, "
           "we just can't afford a gap in July."),
    ("li", "MP 10,000 stays on hold until Carla signs the written release after PVT sign-off."),
    ("li", "Material authority: DVT quantity only. Long-lead parts (QCC3071, 55 mAh cells) to be discussed separately."),
    ("h", "Open issues"),
    ("li", "ANC howling at max gain on left bud - FW 0.9.5 should fix (Nate)."),
    ("li", "Case hinge wobble > 0.3 mm on 4/30 EVT units - Yuexin ME to add a shim."),
    ("li", "BT SIG listing: submit after DVT (Dana)."),
], author="Ethan Marsh")
case("p15_build_plan_pvt_automatic", ["RG007"],
     "build plan says PVT 1,000 starts automatically when DVT passes - no recorded auto-conversion with signer and conditions; MP hold is fine",
     [("Drift_Pro_Build_Plan_v4.docx", _p15)])


# ---------------------------------------------------------------- p16: Malaysian supplier schedule HTML, MP D+1 after approval
_p16 = html_page("OE52 build schedule - Penang AcoustiCraft", """
<h2>Penang AcoustiCraft Sdn Bhd &ndash; Customer Build Schedule</h2>
<p>Customer: <b>Nordhall Audio GmbH</b> &middot; Project: <b>NH-OE52 over-ear ANC</b> &middot; Revision: 3 &middot; Updated: 30 May 2024 by Lim Wei Ming (PM)</p>
<table>
<tr><th>Stage</th><th>Qty (pcs)</th><th>Status</th><th>Start</th><th>Ship</th></tr>
<tr><td>Golden samples</td><td>35</td><td>released under PO 4500-2291</td><td>wk 22</td><td>wk 24</td></tr>
<tr><td>Mass production</td><td>7,965</td><td>pending customer release</td><td>D+1 after sample approval (automatic)</td><td>wk 29 onwards</td></tr>
</table>
<div class="note">
<p><b>Planning remark:</b> To protect the launch date, MP will start automatically the day after Nordhall approves the golden samples. Line 3 (8 stations + 2 ANC tuning booths) is reserved from wk 25.</p>
</div>
<h3>Test plan for golden samples</h3>
<ul>
<li>ANC attenuation &ge; 28 dB @ 200 Hz, both cups</li>
<li>Headband clamp force 4.0 &plusmn; 0.5 N</li>
<li>Drop 1.0 m, 6 faces x 2 cycles</li>
<li>Battery 800 mAh: 40 h playback ANC off</li>
</ul>
<p style="font-size:11px;color:#666">Penang AcoustiCraft Sdn Bhd, Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang &middot; ISO 9001:2015 / ISO 14001:2015</p>
""")
case("p16_my_schedule_mp_after_approval", ["RG007"],
     "supplier schedule plans MP to start automatically the day after golden-sample approval; MP quantity shown as pending customer release",
     [("OE52_build_schedule_rev3.html", _p16)])


# ---------------------------------------------------------------- p17: WeChat, supplier rolls golden sample OK into 15k
_p17 = """聊天记录 WeChat export
Group: Loopbud LB-E5 x Yimei
Exported 2024-06-05 20:11
--------------------------------------------------------------
2024-05-08 11:30 Tan Wei Jie (Loopbud): Hi Leo, PO LB-PO-7790 sent to your email. It is for 12 golden samples only ya
2024-05-08 11:31 Tan Wei Jie (Loopbud): the 15k MP is not released. Amy Lim (our COO) will send a written release only after golden sample sign-off
2024-05-08 11:40 Leo Wu 吴磊 (Yimei): ok understand 👌
2024-05-20 09:12 Leo Wu 吴磊 (Yimei): golden sample ready, send by SF express to SG tomorrow, tracking SF1402233871
2024-05-24 15:03 Tan Wei Jie (Loopbud): received 12 pcs, thanks
2024-06-05 17:45 Tan Wei Jie (Loopbud): golden sample OK for colour and fit, drop test also pass 👍
2024-06-05 17:46 Tan Wei Jie (Loopbud): acoustic still checking, will update
2024-06-05 18:20 Leo Wu 吴磊 (Yimei): great!! golden sample you confirm already, so we arrange the mass production 15k next week ya
2024-06-05 18:21 Leo Wu 吴磊 (Yimei): [Image] schedule_wk24.png
--------------------------------------------------------------
"""
case("p17_wechat_golden_ok_to_15k", ["RG007"],
     "ODM treats the buyer's golden-sample OK as the start of the 15k MP, although the buyer said MP needs Amy Lim's written release",
     [("wechat_LB-E5_Yimei.txt", _p17)])


# ---------------------------------------------------------------- p18: supplier weekly report, long-lead parts for 10k
_p18_body = """Dear Ethan,

Please see our weekly status for Drift Pro, WK22.

1. DVT build
   - 200 sets released (PO DW-2318). SMT done, final assembly 120/200, OQC starts Thursday.
   - The balance 9,800 sets is awaiting your release, nothing started on it.

2. Material
   - To secure lead time for your Q3 launch, we have placed orders with our suppliers for 10,000 pcs
     10mm dynamic drivers (Lingyi) and 10,000 pcs 55 mAh battery cells (EVE). Lead time 8 weeks, so
     they arrive just in time for MP.
   - QCC3071: allocation from the distributor confirmed, we will update next week.

3. Tooling
   - Case lid T2 modification done, hinge wobble now 0.12 mm max (spec 0.3 mm).
   - Eartip T1 colour Sand a little too pink, new master batch on 6/5.

4. Firmware
   - 0.9.5 flashed on 30 sets for your ANC howling check.

Any question please let me know.

Best regards,
Coco Liang
Sales Manager
Shenzhen Yuexin Acoustic Technology Co., Ltd.
Tel +86 755 2345 8812
"""
case("p18_cn_weekly_report_long_lead", ["RG006"],
     "supplier report: 200 DVT sets released, balance not released, yet drivers and cells ordered for 10,000 without any material authority",
     [("Drift_Pro_weekly_status_WK22.eml", E(mail(
         "Coco Liang <coco.liang@yuexin-acoustic.cn>", "Ethan Marsh <ethan@driftwavelabs.com>",
         "Drift Pro weekly status WK22", "Tue, 28 May 2024 19:40:00 +0800", _p18_body,
         cc="Nate Ortiz <nate@driftwavelabs.com>")))])


# ---------------------------------------------------------------- p19: multi-file, complete PO + supplier buys leather for all
_p19_po = pdf([
    ("h1", "NORDHALL AUDIO GMBH"),
    ("p", "Großer Burstah 31, 20457 Hamburg, Germany  |  USt-IdNr. DE 298 114 507"),
    ("h", "Bestellung / Purchase Order 4500-2355"),
    ("table", [
        ["Datum / Date", "Lieferant / Supplier", "Artikel / Item", "Lieferung / Delivery"],
        ["03.06.2024", "Viet Hoa Electronics JSC, Trang Due IP, Hai Phong, Vietnam",
         "NH-OE52 over-ear ANC, PVT", "FCA Hai Phong, KW 28"],
    ]),
    ("sp",),
    ("table", [
        ["Pos.", "Bezeichnung / Description", "Menge / Qty", "Preis / Price (USD)"],
        ["10", "NH-OE52 PVT build, Anthrazit", "100 Stk.", "38,50"],
    ]),
    ("sp",),
    ("p", "Scope: This order covers 100 PVT units only. The MP quantity of 2.900 units is not released."),
    ("p", "MP release: only after our PVT sign-off, by a written release signed by Henrik Paulsen "
          "(Leiter Supply Chain)."),
    ("p", "Material authority: sample-only, i.e. material for the 100 PVT units. Material for MP may "
          "not be bought at Nordhall's cost before the MP release."),
    ("p", "Einkauf / Purchasing: Sebastian Lange"),
], A4, title="4500-2355", author="Nordhall Audio")
_p19_body = """Dear Mr. Sebastian,

Thank you for PO 4500-2355 for 100 PVT units NH-OE52. We confirm delivery KW 28 FCA Hai Phong.

We understand MP 2,900 is not released yet, we only build the 100 PVT now.

For your information: to lock the price before the PU leather price increase in July (our supplier
announce +12%), we already purchased the PU leather and memory foam for all 3,000 headbands and
ear cushions. The material is in our warehouse B, so MP can start very fast when you are ready.

PVT test plan v2 is attached in previous mail. Please let us know your comment.

Best regards,
Pham Quoc Bao
Project Manager
Viet Hoa Electronics JSC
Tel: +84 225 3743 190
"""
case("p19_multi_po_plus_leather_bought", ["RG006"],
     "PO limits material to the 100 PVT units (sample-only); supplier reports leather and foam bought for all 3,000 headbands",
     [("PO_4500-2355_NH-OE52_PVT.pdf", _p19_po),
      ("RE_PO_4500-2355_confirmation.eml", E(mail(
          "Pham Quoc Bao <bao.pq@viethoa-elec.vn>", "Sebastian Lange <s.lange@nordhall-audio.de>",
          "RE: Bestellung 4500-2355 NH-OE52 PVT", "Wed, 05 Jun 2024 10:18:00 +0700", _p19_body)))])


# ---------------------------------------------------------------- p20: Taiwanese supplier MRP printout, "released" twice, material for 12,000
_p20 = """FORMOSA SOUNDTECH CORP.    MRP / ORDER STATUS REPORT (ERP: ORC-R12)     RUN 2024/06/06 07:30
===========================================================================================
CUSTOMER   : NORTHPAW AUDIO LLC (C-20931)         CUST PO : NP-PO-1242
SALES ORD  : SO-24-05518      SO STATUS : RELEASED (CREDIT CHECK OK 2024/06/03)
ITEM       : FS-NPH1-MOS  NP-H1 ANC HEADPHONE, MOSS
WORK ORDER : WO-24-11872      WO STATUS : RELEASED TO LINE 2
-------------------------------------------------------------------------------------------
PROD RELEASE (CUSTOMER) QTY .....:   1,200
QUOTED TOTAL QTY ................:  12,000
BAL NOT RELEASED BY CUSTOMER ....:  10,800
-------------------------------------------------------------------------------------------
MATERIAL REQUIREMENT (EXPLODED FOR 12,000 SETS)
COMP NO        DESCRIPTION              REQ QTY   ON HAND   PR/PO NO      STATUS
-------------- ------------------------ -------- --------- ------------- ----------------
40-1021-00     40MM DRIVER ASSY           24,000    2,400  PO-V-88121    PO ISSUED
41-0330-02     BT SOC MODULE QCC5171      12,000    1,200  PO-V-88122    PO ISSUED
43-0800-01     LI-PO CELL 800MAH          12,000    1,200  PO-V-88123    PO ISSUED
52-1100-07     PU EAR CUSHION MOSS        24,000    2,400  PO-V-88130    PO ISSUED
60-0007-11     GIFT BOX NP-H1 MOSS        12,000    1,200  PR-24-2231    PR RAISED
-------------------------------------------------------------------------------------------
PLANNER: CHIANG Y.T.      NOTE: MRP RUN ON QUOTED TOTAL PER SALES INSTRUCTION 2024/06/03
===========================================================================================
"""
case("p20_tw_mrp_printout", ["RG006", "RG009"],
     "supplier MRP printout: customer released 1,200 but vendor POs issued for 12,000 sets; 'released' means credit check, work order and customer production release",
     [("FS_MRP_SO-24-05518.txt", _p20)])


# ================================================================ clean batch 2
# ---------------------------------------------------------------- c06: deposit does not release production
_c06_orig = """Hi Sunny,

FYI we have paid the 30% deposit for PI BC-PI-0611 (tooling + CC2 project) today, USD 41,220.
Bank slip attached.

Regards,
Wei Jie"""
_c06_body = """Hi Wei Jie,

Deposit USD 41,220 received today with thanks, our finance confirmed.

Please note the deposit does not release production. We keep building only the 20 pilot cases on
LB-PO-7731. The 4,980 balance stays on hold until Priya sends the written release after your pilot
sign-off, and we don't buy material for it before that. Tooling T2 continues as planned (T2 samples
week 24).

Best regards,
Sunny Huang
Sales Director | Shenzhen Bluecrest Audio Technology Co., Ltd.
+86 755 8602 7713

-----Original Message-----
From: Tan Wei Jie <weijie.tan@loopbud.sg>
Sent: Monday, June 3, 2024 4:12 PM
To: Sunny Huang <sunny@bluecrest-audio.com>
Subject: Deposit BC-PI-0611

""" + q(_c06_orig) + "\n"
case("c06_deposit_not_release", [],
     "supplier confirms the deposit and states it does not release production; pilot-only build, balance on hold",
     [("RE_BC-PI-0611.eml", E(mail(
         "Sunny Huang <sunny@bluecrest-audio.com>", "Tan Wei Jie <weijie.tan@loopbud.sg>",
         "RE: Deposit BC-PI-0611", "Mon, 03 Jun 2024 17:30:00 +0800", _c06_body)))])


# ---------------------------------------------------------------- c07: call-off with explicit staged material authority
_c07 = """NORDHALL AUDIO GMBH              ABRUF / CALL-OFF              SEITE 1/1
Großer Burstah 31, 20457 Hamburg                         DRUCK 10.06.2024 09:02
==========================================================================
ABRUF-NR. / CALL-OFF NO.  : 04
RAHMENVERTRAG / FRAME     : RV-2024-011   (RAHMENMENGE 20.000 STK)
LIEFERANT / SUPPLIER      : 40988 PENANG ACOUSTICRAFT SDN BHD
ARTIKEL / ITEM            : NH-OE40-BLK  ON-EAR BT HEADPHONE OE40, SCHWARZ
ZEICHNUNG / DRAWING       : NH-OE40-100 REV 07
--------------------------------------------------------------------------
BISHER ABGERUFEN / CALLED OFF SO FAR (01-03) :  5.000 STK
ABRUFMENGE / CALL-OFF QTY (THIS CALL-OFF)    :  2.500 STK  RELEASED FOR PRODUCTION
NICHT FREIGEGEBEN / NOT RELEASED             : 12.500 STK
LIEFERTERMIN / DUE DATE                      : KW 30 / 2024
--------------------------------------------------------------------------
MATERIAL AUTHORITY:
 STAGED UP TO 6.000 STK (DRIVERS, LI-PO CELLS, PCBA) AT NORDHALL LIABILITY.
 THIS IS MATERIAL AUTHORITY ONLY. IT DOES NOT RELEASE PRODUCTION BEYOND
 THE 2.500 STK OF THIS CALL-OFF.
TEXT:
 THE REMAINING 12.500 STK ARE NOT RELEASED. THE NEXT QUANTITY CAN ONLY BE
 RELEASED BY CALL-OFF 05, ISSUED AND SIGNED BY HENRIK PAULSEN
 (LEITER SUPPLY CHAIN).
 PACKING: 20 PCS/CARTON, CARTON LABEL PER NH-LOG-02.
--------------------------------------------------------------------------
SACHBEARBEITER / CLERK: S. KRÜGER    TEL +49 40 3344 1902
DIESER ABRUF WURDE MASCHINELL ERSTELLT UND IST OHNE UNTERSCHRIFT GÜLTIG.
"""
case("c07_calloff_staged_material", [],
     "call-off releases 2.500, stages material up to 6.000 under explicit material authority, rest on hold until call-off 05 by Henrik Paulsen",
     [("Abruf_04_RV-2024-011.txt", _c07)])


# ---------------------------------------------------------------- c08: multi-file, complete PO + quote marked informational
_c08_po = pdf([
    ("h1", "MERIDIAN EAR PTE LTD"),
    ("p", "10 Ubi Crescent, #04-61 Ubi Techpark, Singapore 408564"),
    ("h", "PURCHASE ORDER MER-PO-0455"),
    ("table", [
        ["Date", "Supplier", "Project", "Terms"],
        ["4 Jun 2024", "Saigon Precision Audio JSC, Saigon Hi-Tech Park, HCMC", "ME-Air2 open-fit earbuds", "TT 30 days, FCA HCMC"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
        ["1", "MEA2-DVT-SLV", "ME-Air2 DVT build, Silver", "12", "36.00", "432.00"],
        ["2", "MEA2-DVT-BLK", "ME-Air2 DVT build, Black", "12", "36.00", "432.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO authorizes 24 DVT units only (lines 1 and 2). The MP quantity of 8,000 units in quotation "
          "SPA-Q-1203 is for information only and is not released by this PO."),
    ("p", "MP release: after our DVT sign-off, by a written release signed by Kelvin Tan, Director of "
          "Operations. No other document, payment or conversation releases MP."),
    ("p", "Material authority: sample-only (24 DVT units)."),
    ("p", "Buyer: Rachel Goh, Procurement. Terms: Meridian Ear General Purchase Conditions v2.1."),
], A4, title="MER-PO-0455", author="Meridian Ear")
_c08_quote = pdf([
    ("h1", "SAIGON PRECISION AUDIO JSC"),
    ("p", "Lot C5, Saigon Hi-Tech Park, Tan Phu Ward, Thu Duc City, Ho Chi Minh City, Vietnam"),
    ("h", "QUOTATION SPA-Q-1203"),
    ("p", "Customer: Meridian Ear Pte Ltd  |  Model: ME-Air2 open-fit earbuds  |  Date: 2024-05-20  |  Valid 60 days"),
    ("table", [
        ["Stage", "Quantity", "Unit price (USD)", "Note"],
        ["DVT", "24 units", "36.00", "2 colours"],
        ["MP", "8,000 units", "11.85", "incl. retail box, FCA HCMC"],
        ["Tooling", "1 lot", "14,200.00", "paid separately"],
    ]),
    ("sp",),
    ("p", "Lead time: DVT 4 weeks; MP 6 weeks after customer's production release. Price based on USD/VND 25,400."),
    ("p", "Sales: Tran Minh Quan, quan.tran@saigonprecision.vn"),
], A4, title="SPA-Q-1203", author="Saigon Precision Audio")
case("c08_multi_po_and_quote_info", [],
     "complete DVT PO (24 units, MP 8,000 for information only and not released, event, Kelvin Tan, sample-only material) with the quote as a separate file",
     [("MER-PO-0455.pdf", _c08_po), ("SPA-Q-1203.pdf", _c08_quote)])


# ---------------------------------------------------------------- c09: approved for fit check only
_c09_body = """Dear Vincent,

Thank you, the 25 golden samples (TWS-3, graphite and white) arrived in Berlin on Monday.

Result of our first check: the 25 golden samples are approved for fit and colour check only -
production is not released. The series quantity of 8.000 Stk. stays on hold until

  1. the acoustic sign-off after the IEC 60268-7 measurement in our lab (planned KW 24), and
  2. a written production release signed by Dr. Annika Vogt (Head of Product).

Please do not book line capacity or buy series material before that.

Two comments for the next samples:
 - graphite colour: delta E 1,8 to the master, please bring below 1,0
 - charging case LED is too bright in the dark, please reduce to approx. 30%

Mit freundlichen Grüßen / Best regards

Jonas Weber
Einkauf / Purchasing
Klangwerk Berlin GmbH | Lobeckstraße 36 | 10969 Berlin
Tel. +49 30 6098 2214

Klangwerk Berlin GmbH, Sitz Berlin, Amtsgericht Charlottenburg HRB 214577 B
Geschäftsführer: Dr. Annika Vogt, Felix Brandt
"""
case("c09_de_fit_check_only", [],
     "golden samples approved for fit and colour check only, production not released; hold, event (acoustic sign-off + written release), signer named",
     [("Golden_Samples_TWS-3_Rueckmeldung.eml", E(mail(
         "Jonas Weber <j.weber@klangwerk-berlin.de>", "Vincent Luo <vincent.luo@hengtai-elec.com>",
         "Golden Samples TWS-3 - Rückmeldung / feedback", "Wed, 05 Jun 2024 11:45:00 +0200", _c09_body,
         html=simple_html(_c09_body),
         cc="Annika Vogt <a.vogt@klangwerk-berlin.de>")))])


# ---------------------------------------------------------------- c10: Indian supplier ack restating the hold
_c10_orig = """Dear Mr. Raghavan,

Please find our PO TR-1057 attached for 50 DVT sets of the Reed R2 neckband (TR-R2), delivery by
12 July 2024, DAP Bristol.

Scope: the PO covers the 50 DVT sets only. The MP quantity of 7,500 sets in your quotation
KEA/Q/24/118 is not released. MP release needs our DVT sign-off followed by a written production
release signed by Hannah Cole, Operations Director. Material authority: sample-only (the 50 DVT sets).

Please acknowledge the PO, including the scope above.

Kind regards,
Oliver Tallis"""
_c10_body = """Dear Mr. Oliver,

Greetings from Kaveri Electroacoustics!

We hereby acknowledge receipt of PO TR-1057 for 50 DVT sets of Reed R2 neckband, delivery 12 July
2024 DAP Bristol.

Kindly note our understanding of the scope: the 7,500 MP sets are not released. We shall not commence
MP or procure MP material until we receive the written production release from Ms. Hannah Cole after
your DVT sign-off.

DVT build plan and BT RF test plan will be shared by Friday. Please do the needful if any correction.

Thanks & Regards,
S. Raghavan
Manager - Business Development
Kaveri Electroacoustics Pvt. Ltd.
Plot 42, SIPCOT Industrial Park, Sriperumbudur, Chennai 602105, India
Ph: +91 44 6711 2080

On Mon, 10 Jun 2024, 14:02 Oliver Tallis <oliver@tallisreed.co.uk> wrote:
""" + q(_c10_orig) + "\n"
case("c10_in_ack_restates_hold", [],
     "supplier acknowledgement restates the buyer's complete scope (50 DVT, 7,500 on hold, DVT sign-off + Hannah Cole's written release)",
     [("RE_PO_TR-1057_Reed_R2_DVT.eml", E(mail(
         "S. Raghavan <raghavan.s@kaveri-ea.in>", "Oliver Tallis <oliver@tallisreed.co.uk>",
         "RE: PO TR-1057 - Reed R2 DVT", "Tue, 11 Jun 2024 10:05:00 +0530", _c10_body,
         in_reply_to="<tr-1057@tallisreed.co.uk>")))])


# ---------------------------------------------------------------- p21: WeChat, silicone for all tips bought
_p21 = """WeChat chat history export
Chat: Sori Labs / Rouyi Silicone (eartips)
Exported 2024-06-12 09:30 (UTC+9)
--------------------------------------------------------------
2024-05-30 10:05 Kang Do-hyun (Sori Labs): Hello Ms. Zhang, PO SL-PO-24-0201 sent by mail. 800 sets eartips (S/M/L) for PVT only
2024-05-30 10:06 Kang Do-hyun (Sori Labs): MP 8,000 sets NOT released. Only after PVT sign-off, Mr. Lee Jae-won send written release
2024-05-30 10:07 Kang Do-hyun (Sori Labs): material also only for 800 sets please
2024-05-30 10:20 Zhang Li 张丽 (Rouyi): 好的 ok Mr. Kang, understand. PVT 800 sets delivery 6/20
2024-06-07 16:48 Zhang Li 张丽 (Rouyi): Mr. Kang the Shore A 35 sample, hardness check ok?
2024-06-10 09:12 Kang Do-hyun (Sori Labs): yes 35 is good, same as golden
2024-06-11 18:33 Zhang Li 张丽 (Rouyi): ok 👍 by the way silicone price go up 8% from July
2024-06-11 18:34 Zhang Li 张丽 (Rouyi): so we already buy the liquid silicone for all 8,800 sets, don't worry, price locked for you 😊
2024-06-11 18:35 Zhang Li 张丽 (Rouyi): PVT 800 sets still on time
--------------------------------------------------------------
"""
case("p21_wechat_silicone_all_sets", ["RG006"],
     "PVT-only order with material limited to 800 sets; supplier says it already bought silicone for all 8,800 sets",
     [("wechat_SoriLabs_Rouyi_eartips.txt", _p21)])


# ---------------------------------------------------------------- p22: Vietnamese supplier readiness report DOCX
_p22 = docx_bytes([
    ("h1", "PVT Readiness Report – ME-Air2 open-fit earbuds"),
    ("p", "Customer: Meridian Ear Pte Ltd   Supplier: Saigon Precision Audio JSC   Report date: 12/06/2024   Prepared by: Nguyen Van Hieu (PM)"),
    ("h", "1. Order status"),
    ("table", [
        ["Item", "Quantity", "Status"],
        ["PVT build (PO MER-PO-0481)", "500 units", "released, build start 17/06"],
        ["MP", "7,500 units", "not released - waiting Mr. Kelvin Tan written release after PVT sign-off"],
    ]),
    ("h", "2. Material readiness"),
    ("table", [
        ["Material", "Qty in stock", "Remark"],
        ["Housing set (PC/ABS, 2 colours)", "5,000 sets", "moulded wk 22-23"],
        ["10 mm driver (Tymphany)", "5,000 pcs", "received 07/06"],
        ["Li-ion coin cell 60 mAh", "1,000 pcs", "balance on order"],
        ["Gift box", "500 pcs", "PVT only"],
    ]),
    ("p", "To shorten the MP lead time we have brought in housings and drivers for the first 5,000 units, "
          "so MP can start within 1 week after release."),
    ("h", "3. Test readiness"),
    ("li", "Acoustic test station x2 calibrated 10/06 (B&K 4128 HATS)."),
    ("li", "BT RF test: MT8852B, program v1.3."),
    ("li", "Drop test 1.2 m, tumble 500 cycles - fixtures ready."),
    ("h", "4. Risks"),
    ("li", "Colour Silver gloss level 82 GU vs target 85 GU - new paint lot 14/06."),
], author="Saigon Precision Audio")
case("p22_vn_readiness_material_5000", ["RG006"],
     "supplier report: 500 PVT released, MP not released, yet housings and drivers for 5,000 units already brought in",
     [("ME-Air2_PVT_readiness_report.docx", _p22)])


# ---------------------------------------------------------------- p23: Indian supplier portal, material staged beyond sample-only
_p23 = html_page("Order tracker - Kaveri Electroacoustics", """
<h2>Kaveri Electroacoustics Pvt. Ltd. &ndash; Customer Order Tracker</h2>
<p>Customer: <b>Brightmoor Sound Ltd</b> (Manchester) &middot; Project: <b>BM-NB1 neckband</b> &middot; Last update: 14-Jun-2024 18:20 IST</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>BMS-PO-008955</td></tr>
<tr><td>Released quantity</td><td>600 units (PVT)</td></tr>
<tr><td>MP balance</td><td>5,400 units &ndash; on hold, customer release pending</td></tr>
<tr><td>Material authority (per customer PO)</td><td>sample-only</td></tr>
<tr><td>Material staged</td><td>6,000 sets (BT module QCC3056, 180 mAh battery, TPE neckband, magnetic earbud housings)</td></tr>
<tr><td>Remark</td><td>Staged to meet MP lead time of 30 days</td></tr>
</table>
<h3>Milestones</h3>
<table>
<tr><th>Milestone</th><th>Plan</th><th>Actual</th></tr>
<tr><td>PVT build start</td><td>10-Jun</td><td>11-Jun</td></tr>
<tr><td>PVT OQC</td><td>19-Jun</td><td>&ndash;</td></tr>
<tr><td>PVT dispatch (air, BOM-MAN)</td><td>21-Jun</td><td>&ndash;</td></tr>
</table>
<p style="font-size:11px;color:#555">Kaveri Electroacoustics Pvt. Ltd. &middot; Plot 42, SIPCOT Industrial Park, Sriperumbudur, Chennai 602105 &middot; CIN U32109TN2011PTC081234</p>
""")
case("p23_in_portal_material_staged", ["RG006"],
     "supplier tracker: 600 released, material authority sample-only, but material staged for 6,000 sets",
     [("KEA_order_tracker_BM-NB1.html", _p23)])


# ---------------------------------------------------------------- p24: Indian supplier, advance -> production activities + modules for 5,000
_p24_body = """Dear Mr. Marcus,

Greetings from Kaveri Electroacoustics!

Further to receipt of the 30% advance against our proforma KEA/PI/24/077, we have initiated
production activities (SMT programming, line set-up, packing material) for the HL-EB2 earbuds.

We have also procured the Bluetooth modules (QCC3056) for 5,000 units, as the module maker's MOQ is
5,000 and the lead time is 14 weeks. The MP balance of 4,500 units remains subject to your release.

Pilot 500 units as per your PO HL-PO-3310 are under assembly; dispatch by 28 June by air.

Kindly confirm the artwork for the gift box at the earliest.

Thanks & Regards,
Arvind Krishnan
Assistant General Manager - Projects
Kaveri Electroacoustics Pvt. Ltd., Chennai
Ph: +91 44 6711 2085 | Mob: +91 98410 55231

This e-mail is confidential and may be privileged. If you are not the intended recipient, please
notify the sender and delete it. Kaveri Electroacoustics accepts no liability for any virus.
"""
case("p24_in_advance_starts_and_modules", ["RG006", "RG012"],
     "supplier starts production activities because the advance was received, and buys BT modules for 5,000 against a 500-unit pilot PO",
     [("HL-EB2_status_update.eml", E(mail(
         "Arvind Krishnan <arvind.k@kaveri-ea.in>", "Marcus Bell <marcus@hushline.audio>",
         "HL-EB2 - advance received / production status", "Thu, 13 Jun 2024 11:40:00 +0530", _p24_body)))])


# ---------------------------------------------------------------- p25: cover email 50 vs PO 40
_p25_po = pdf([
    ("h1", "Klangwerk Berlin GmbH"),
    ("p", "Lobeckstraße 36, 10969 Berlin, Deutschland"),
    ("h", "Bestellung / Purchase Order 4500032010"),
    ("table", [
        ["Datum", "Lieferant", "Artikel", "Liefertermin"],
        ["12.06.2024", "Formosa SoundTech Corp., Taoyuan, Taiwan", "KW-NC9 ANC over-ear, DVT", "KW 29, FCA TPE"],
    ]),
    ("sp",),
    ("table", [
        ["Pos.", "Bezeichnung", "Menge", "Preis (USD)", "Wert (USD)"],
        ["10", "KW-NC9 DVT-Aufbau, Schwarz / DVT build, black", "40 Stk.", "92,00", "3.680,00"],
    ]),
    ("sp",),
    ("p", "Umfang / Scope: This order covers 40 DVT units only. The series quantity of 6.000 units from "
          "offer FST-Q-24-233 is not released."),
    ("p", "Series release only after our DVT sign-off, by a written production release signed by "
          "Dr. Annika Vogt (Head of Product)."),
    ("p", "Material authority: sample-only (40 DVT units)."),
], A4, title="4500032010", author="Klangwerk Einkauf")
_p25_body = """Dear Ivy,

attached please find our purchase order 4500032010 for 50 DVT units of the KW-NC9, delivery KW 29.

Please send the order confirmation within 3 working days and include the DVT test plan (ANC, FR,
hinge cycle, 1,5 m drop) with the confirmation.

Mit freundlichen Grüßen / Best regards

Jonas Weber
Einkauf / Purchasing
Klangwerk Berlin GmbH | Lobeckstraße 36 | 10969 Berlin
"""
case("p25_de_cover_50_po_40", ["RG011"],
     "cover email says the PO is for 50 DVT units; the attached PO authorizes 40",
     [("Bestellung_4500032010_KW-NC9.eml", E(mail(
         "Jonas Weber <j.weber@klangwerk-berlin.de>", "Ivy Chen <ivy.chen@formosasoundtech.com.tw>",
         "Bestellung 4500032010 - KW-NC9 DVT", "Wed, 12 Jun 2024 15:20:00 +0200", _p25_body,
         attachments=[("4500032010.pdf", _p25_po, PDF_MT)])))])


# ---------------------------------------------------------------- p26: multi-file, release letter 2,000 vs email 2,400
_p26_po = """HUSHLINE AUDIO INC.                                  PURCHASE ORDER
1100 S LAMAR BLVD, AUSTIN TX 78704                   PO# HL-PO-3288
--------------------------------------------------------------------
DATE      : 04/22/2024          VENDOR: DONGGUAN HENGTAI ELECTRONICS
BUYER     : DANA WHITFIELD      TERMS : NET 45, FCA SHENZHEN
--------------------------------------------------------------------
LN  ITEM           DESCRIPTION                      QTY   UNIT $
--  -------------  ------------------------------  ----  -------
 1  HL-EB2-GS-CHL  HL-EB2 EARBUDS GOLDEN SAMPLE      24    39.00
                   CHALK WHITE
--------------------------------------------------------------------
SCOPE: THIS PO COVERS 24 GOLDEN SAMPLES ONLY. THE PRE-ORDER AND
LAUNCH QUANTITIES (10,000 PER QUOTE HT-2403-061) ARE NOT RELEASED.
RELEASE ONLY BY A WRITTEN RELEASE LETTER SIGNED BY MARCUS BELL
(VP OPS) AFTER GOLDEN SAMPLE SIGN-OFF.
MATERIAL AUTHORITY: SAMPLE-ONLY.
--------------------------------------------------------------------
"""
_p26_rel = pdf([
    ("h1", "Hushline Audio, Inc."),
    ("h", "Production Release HL-REL-004"),
    ("table", [
        ["Date", "Vendor", "PO", "Item"],
        ["June 10, 2024", "Dongguan Hengtai Electronics Co., Ltd.", "HL-PO-3288 rev 1", "HL-EB2 earbuds, Chalk White"],
    ]),
    ("sp",),
    ("p", "Golden sample sign-off was recorded on June 7, 2024 (report GS-HL-EB2-03)."),
    ("p", "Released by this letter: 2,000 units (pre-order batch), ship by July 26, 2024."),
    ("p", "The balance of 8,000 units stays on hold. It will be released only by a further written "
          "release signed by me, after our retail sell-in for the launch is confirmed."),
    ("p", "Material authority: staged up to 2,000 units."),
    ("sp",),
    ("p", "Marcus Bell, VP Operations"),
], LETTER, title="HL-REL-004", author="Hushline Audio")
_p26_body = """Hi Vincent,

Following Marcus's release letter HL-REL-004 (attached to this thread last week), 2,400 pre-order
units of the HL-EB2 Chalk White are released. Please plan the line accordingly and send me the
updated build schedule by Friday.

Packaging: use the pre-order sleeve (HL-PKG-011) on all of them, retail box underneath.

Thanks!
Dana
""" + sig("Dana Whitfield", "Supply Chain Manager", "Hushline Audio, Inc. | Austin, TX", "+1 512 555 0181")
case("p26_multi_release_2000_vs_email_2400", ["RG011"],
     "release letter releases 2,000 pre-order units; the buyer's follow-up email in the same bundle says 2,400 are released",
     [("HL-PO-3288.txt", _p26_po),
      ("HL-REL-004.pdf", _p26_rel),
      ("HL-EB2_pre-order_planning.eml", E(mail(
          "Dana Whitfield <dana@hushline.audio>", "Vincent Luo <vincent.luo@hengtai-elec.com>",
          "HL-EB2 pre-order build planning", "Mon, 17 Jun 2024 09:05:00 -0500", _p26_body,
          cc="Marcus Bell <marcus@hushline.audio>")))])


# ---------------------------------------------------------------- p27: PO table 300 vs note 250
_p27 = pdf([
    ("h1", "LOOPBUD PTE. LTD."),
    ("p", "71 Ayer Rajah Crescent, #05-12, Singapore 139951"),
    ("h", "PURCHASE ORDER LB-PO-7812"),
    ("table", [
        ["Date", "Supplier", "Model", "Delivery"],
        ["14 Jun 2024", "Penang AcoustiCraft Sdn Bhd, Penang, Malaysia", "LB-E5 earbuds, pre-production", "FCA Penang, 26 Jul 2024"],
    ]),
    ("sp",),
    ("table", [
        ["#", "SKU", "Description", "Qty", "Unit (USD)", "Total (USD)"],
        ["1", "LB-E5-PP-CHR", "LB-E5 earbuds, pre-production build, Charcoal", "300", "17.20", "5,160.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO authorizes 250 pre-production units only. The balance of 9,700 units from quotation "
          "PAC-Q-0388 is not released."),
    ("p", "The balance is released only after pre-production sign-off, by a written release signed by "
          "Priya Raman, Head of Operations."),
    ("p", "Material authority: sample-only (pre-production quantity)."),
    ("p", "Prepared by: Tan Wei Jie, Procurement Executive"),
], A4, title="LB-PO-7812", author="Loopbud")
case("p27_sg_po_line_300_note_250", ["RG011"],
     "PO line says 300 pre-production units while the scope note authorizes 250",
     [("LB-PO-7812.pdf", _p27)])


# ---------------------------------------------------------------- p28: "fifteen (50)" in a Korean DOCX order
_p28 = docx_bytes([
    ("h1", "Haneul Acoustics – Golden Sample Order"),
    ("p", "Order no.: HA-GS-2406-007    Date: 2024-06-17    Supplier: Dongguan Hengtai Electronics Co., Ltd."),
    ("p", "Model: HA-KD10 kids headphone (volume limited 85 dB, EN 50332-1)"),
    ("table", [
        ["Item", "Colour", "Quantity", "Unit price (USD)"],
        ["HA-KD10 golden sample", "Mint / Coral", "fifteen (50) pcs", "24.00"],
    ]),
    ("h", "Scope"),
    ("p", "This order is for golden samples only. MP quantity 20,000 pcs is not released by this order."),
    ("p", "MP release will be possible only after golden sample sign-off by our QA, by written release "
          "letter signed by Park Jae-won, Purchasing Director."),
    ("p", "Material authority: golden sample quantity only."),
    ("h", "Check items"),
    ("li", "Max. output 85 dB(A) with EN 50332-1 test signal"),
    ("li", "Headband pull 50 N, 10 times (kids abuse test)"),
    ("li", "No small parts < 31.7 mm diameter cylinder test (EN 71-1)"),
    ("p", "Contact: Seo Yuna, Purchasing (yuna.seo@haneulacoustics.co.kr)"),
], author="Haneul Purchasing")
case("p28_kr_fifteen_50", ["RG011"],
     "golden sample quantity written 'fifteen (50) pcs' - the words and the digits disagree",
     [("HA-GS-2406-007_golden_sample_order.docx", _p28)])


# ---------------------------------------------------------------- p29: supplier ack 1,000 vs PO 100
_p29_orig = """Hi Coco,

PO DW-2340 attached for 100 DVT units of Drift Sport (DS-1), 50 Volt Green / 50 Graphite, ship by 7/15.

Scope: 100 DVT units only. The MP quantity (8,000) is not released. MP needs our DVT sign-off and then
a written release from Carla Nguyen (COO). Material authority: DVT quantity only.

Thanks,
Ethan"""
_p29_body = """Hi Ethan,

Thanks for the PO! We acknowledge PO DW-2340 for 1,000 pcs Drift Sport DS-1 (Volt Green / Graphite),
delivery 7/15 FCA Shenzhen.

The sweat test (IPX5) fixture is ready, we will share the DVT test plan tomorrow.

Best regards,
Coco Liang
Sales Manager | Shenzhen Yuexin Acoustic Technology Co., Ltd.

-------- Original message --------
From: Ethan Marsh <ethan@driftwavelabs.com>
Date: 6/17/24 6:12 PM (GMT-08:00)
Subject: PO DW-2340 Drift Sport DVT

""" + q(_p29_orig) + "\n"
case("p29_cn_ack_1000_vs_100", ["RG011"],
     "supplier acknowledges 1,000 pcs against the buyer's PO for 100 DVT units",
     [("RE_PO_DW-2340_Drift_Sport_DVT.eml", E(mail(
         "Coco Liang <coco.liang@yuexin-acoustic.cn>", "Ethan Marsh <ethan@driftwavelabs.com>",
         "RE: PO DW-2340 Drift Sport DVT", "Tue, 18 Jun 2024 10:22:00 +0800", _p29_body)))])


# ================================================================ clean batch 3
# ---------------------------------------------------------------- c11: identifiers that look like quantities
_c11 = pdf([
    ("h1", "NORTHPAW AUDIO LLC"),
    ("p", "1420 NW Lovejoy St, Suite 400, Portland, OR 97209, USA"),
    ("h", "Purchase Order NP-PO-1301"),
    ("table", [
        ["Date", "Vendor", "Ship via", "Terms"],
        ["06/18/2024", "Formosa SoundTech Corp., Taoyuan 333, Taiwan", "FedEx IP acct 2231-5500-4", "Net 30"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Part number", "Description", "Drawing / spec", "Qty", "Unit (USD)"],
        ["1", "2000-1500-40", "NP-H2 headphone, PVT build, Fog", "NP-DRW-4500 Rev 12", "24", "71.00"],
        ["2", "2000-1500-41", "NP-H2 headphone, PVT build, Moss", "NP-DRW-4500 Rev 12", "24", "71.00"],
    ]),
    ("sp",),
    ("p", "Compliance: IEC 62368-1:2018, EN 50332-2:2013, FCC ID 2A9XK-NPH2, Bluetooth SIG QDID 200512. "
          "Battery 800 mAh, UN 38.3 report no. 1200-0034. ANC target -32 dB @ 200 Hz."),
    ("h", "Scope"),
    ("p", "This PO authorizes 48 PVT units (lines 1 and 2) and nothing else. The MP quantity of 6,000 units "
          "in quote FST-Q-24-201 is for information only and is not released."),
    ("p", "MP release: after our PVT sign-off, by a written release signed by Daniel Reyes, COO."),
    ("p", "Material authority: sample-only (48 PVT units)."),
    ("p", "Buyer: Megan Holt"),
], LETTER, title="NP-PO-1301", author="Northpaw Audio")
case("c11_identifiers_like_quantities", [],
     "complete PVT PO; part numbers, drawing revs, QDID, norms and report numbers look like quantities but are not",
     [("NP-PO-1301.pdf", _c11)])


# ---------------------------------------------------------------- c12: quoted supplier assumption corrected by buyer
_c12_supplier = """Dear Mr. Kang,

DVT 60 pcs will be shipped 6/21. After you approve DVT we will roll directly into MP 12,000 pcs, same
line, so we can keep the team.

Best regards,
Tran Minh Quan"""
_c12_body = """Dear Mr. Tran,

Thank you for the update. Please note, this is important for us:

DVT sign-off does not release MP. Currently released is only the 60 DVT units of PO SL-PO-24-0156.
The MP quantity of 12,000 pcs stays on hold and must not start, even after DVT sign-off, until you
receive a written release signed by Ms. Cho Mina (Head of Product Quality). Material authority remains
sample-only.

If keeping the line team is a problem, please tell us and we discuss the timing, but please don't
start anything on MP.

Best regards,
Kang Do-hyun
""" + sig("Kang Do-hyun", "Manager, Purchasing Team", "Sori Labs Co., Ltd.", "+82 2 6952 0433") + \
    "\n\n2024. 6. 18. 오후 5:41, Tran Minh Quan <quan.tran@saigonprecision.vn> 작성:\n\n" + q(_c12_supplier) + "\n"
case("c12_quoted_assumption_corrected", [],
     "supplier's quoted assumption of rolling into MP is answered by a buyer reply that restates the hold, event and signer",
     [("RE_Pebble_Buds_DVT_shipping.eml", E(mail(
         "Kang Do-hyun <dohyun.kang@sorilabs.kr>", "Tran Minh Quan <quan.tran@saigonprecision.vn>",
         "RE: Pebble Buds DVT shipping 6/21", "Wed, 19 Jun 2024 09:30:00 +0900", _c12_body,
         cc="Cho Mina <mina.cho@sorilabs.kr>")))])


# ---------------------------------------------------------------- c13: forwarded rfc822 old quote declared informational
_c13_old = mail("Coco Liang <coco.liang@yuexin-acoustic.cn>", "Ethan Marsh <ethan@driftwavelabs.com>",
                "Quotation Drift Pro 2 (budgetary)", "Tue, 14 Nov 2023 16:10:00 +0800",
                """Dear Ethan,

As requested, budgetary quotation for Drift Pro 2:
  EVT 30 sets      USD 52.00
  DVT 200 sets     USD 27.80
  MP 20,000 sets   USD 13.60 (FCA Shenzhen, incl. gift box)
Tooling USD 24,000. Validity 30 days.

Best regards,
Coco
""")
_c13_body = """Hi Nate,

Forwarding Yuexin's original budgetary quote from last November for context only, since you asked
where the tooling number came from. The 20,000 figure in it is informational and not released.

Where we actually are, so nobody gets confused:
- Released: PO DW-2370, 200 DVT units of Drift Pro 2. That's it.
- MP stays on hold. It's released only after PVT sign-off, by a written release signed by Carla
  Nguyen (COO).
- Material authority: sample-only (the 200 DVT units).

Ethan
""" + sig("Ethan Marsh", "Hardware Program Manager", "Driftwave Labs, Inc.", "+1 415 555 0142")
case("c13_forwarded_old_quote_info", [],
     "old quote with 20,000 forwarded as message/rfc822, declared informational; current scope complete",
     [("FW_Quotation_Drift_Pro_2.eml", E(mail(
         "Ethan Marsh <ethan@driftwavelabs.com>", "Nate Ortiz <nate@driftwavelabs.com>",
         "FW: Quotation Drift Pro 2 (budgetary)", "Wed, 19 Jun 2024 13:15:00 -0700", _c13_body,
         cc="Coco Liang <coco.liang@yuexin-acoustic.cn>",
         attachments=[("rfc822", _c13_old)])))])


# ---------------------------------------------------------------- c14: interim disposition with limits (DOCX)
_c14 = docx_bytes([
    ("h1", "Sample Disposition Record SDR-0142"),
    ("p", "Brightmoor Sound Ltd – Quality   |   Supplier: Penang AcoustiCraft Sdn Bhd   |   Part: BM-HP2 Arden over-ear ANC, PVT"),
    ("table", [
        ["Field", "Entry"],
        ["Samples evaluated", "40 PVT units from lot PAC-24-0611"],
        ["Disposition", "INTERIM"],
        ["Interim limit", "500 units, valid until 31 July 2024"],
        ["Deviation", "Headband slider force 6.1 N (spec 5.0 ± 0.8 N), accepted for these 500 units only"],
        ["Corrective action", "Slider detent spring re-cut (PAC ECN-0217), re-submission of 40 units by wk 29"],
        ["Signed", "Sarah Lindqvist, Quality Manager, 19/06/2024"],
    ]),
    ("h", "Production release under this interim disposition"),
    ("p", "Released: 500 units, by release letter REL-BMS-031 signed by Graham Pike (Head of Operations)."),
    ("p", "Balance: the remaining 11,500 units of the MP quantity are not released. They stay on hold until "
          "full sample sign-off after the slider fix AND a written release from Graham Pike."),
    ("p", "Material authority: staged up to 500 units plus slider springs for 1,000 units (ECN trial)."),
    ("h", "Distribution"),
    ("li", "Penang AcoustiCraft – Lim Wei Ming (PM), QA"),
    ("li", "Brightmoor – Purchasing (R. Okonkwo), Operations (G. Pike)"),
], author="Brightmoor Quality")
case("c14_interim_disposition_limits", [],
     "interim sample disposition with quantity and date limit; 500 released by Graham Pike, 11,500 on hold with event; staged material stated",
     [("SDR-0142_Arden_PVT.docx", _c14)])


# ---------------------------------------------------------------- c15: Slack export with complete release
_c15 = """Slack export - #drift-pro-yuexin (Slack Connect)
Exported 2024-06-24 08:00 PDT
------------------------------------------------------------------------------------------
[2024-06-20 21:05] Coco Liang (Yuexin): PVT report v2 in the folder. Case hinge fixed, ANC howling gone on FW 0.9.7 :tada:
[2024-06-21 09:12] Nate Ortiz (Driftwave): confirmed on our side too, 0 howling in 30 units at max gain
[2024-06-21 15:40] Carla Nguyen (Driftwave): Written release DW-REL-007 - Drift Pro, PO DW-2318 rev 2: 1,000 PVT units released. Ship by Jul 19.
[2024-06-21 15:41] Carla Nguyen (Driftwave): MP 9,000 stays on hold. It's released only after PVT sign-off, by another written release from me. Material authority: staged up to 1,000 units, nothing for MP yet.
[2024-06-21 15:55] Coco Liang (Yuexin): Received, thanks Carla. We plan 1,000 PVT, start Monday 6/24. No MP material until your release.
[2024-06-21 16:02] Ethan Marsh (Driftwave): :raised_hands: great work everyone
[2024-06-22 10:20] Coco Liang (Yuexin): gift box proof v3 uploaded, please check Sand colour
------------------------------------------------------------------------------------------
"""
case("c15_slack_complete_release", [],
     "written release in Slack: 1,000 PVT released, MP 9,000 on hold until PVT sign-off and Carla Nguyen's release, staged material within release",
     [("slack_drift-pro-yuexin_export.txt", _c15)])


# ---------------------------------------------------------------- c16: supplier portal showing a complete release record
_c16 = html_page("Release RL-NP-0012 - Formosa SoundTech customer portal", """
<h2>Formosa SoundTech Corp. &ndash; Customer Release Record</h2>
<table>
<tr><th>Release no.</th><td>RL-NP-0012</td><th>Customer</th><td>Northpaw Audio LLC</td></tr>
<tr><th>Item</th><td>FS-NPH1-FOG &ndash; NP-H1 ANC headphone, Fog</td><th>Customer PO</th><td>NP-PO-1242 rev 2</td></tr>
<tr><th>Signed by</th><td>Daniel Reyes, COO (Northpaw)</td><th>Date</th><td>2024-06-24</td></tr>
</table>
<h3>Quantities</h3>
<table>
<tr><th>Quantity</th><th>Units</th><th>Status</th></tr>
<tr><td>Released by RL-NP-0012</td><td>1,000</td><td>production may start</td></tr>
<tr><td>Balance</td><td>4,000</td><td>on hold &ndash; not released</td></tr>
<tr><td>Material authority</td><td>1,500</td><td>staged material up to 1,500 units at Northpaw liability</td></tr>
</table>
<div class="note">The 4,000 balance is released only after launch-lot sign-off, by a further written release signed by Daniel Reyes. Material staged above 1,000 units may not be built without that release.</div>
<p style="font-size:11px;color:#777">Formosa SoundTech Corp. &middot; No. 12 Xingbang Rd, Guishan Dist., Taoyuan 333, Taiwan &middot; customer portal v2.4</p>
""")
case("c16_portal_release_record", [],
     "portal release record: 1,000 released, 4,000 on hold with event and signer, explicit staged material authority of 1,500",
     [("RL-NP-0012_release_record.html", _c16)])


# ---------------------------------------------------------------- p31: Slack, 1,500 vs 1,200 + unscoped green light
_p31 = """Slack export - #ks-one-acousticraft (Slack Connect: Kitestring Audio <> Penang AcoustiCraft)
Exported 2024-06-26 11:02 EDT
------------------------------------------------------------------------------------------
[2024-06-24 10:14] Jordan Park (Kitestring): Morning all. Releasing 1,500 units of the KS-One pre-order batch (PO KS-PO-0047 rev 2). Launch balance 6,500 stays on hold until I send a written release after the pre-order sell-through review (mid-Aug). Material: staged up to 1,500 units.
[2024-06-24 10:31] Lim Wei Ming (AcoustiCraft): noted with thanks Jordan. will plan line 2 from wk 28
[2024-06-24 11:05] Sam Oduya (Kitestring): @Lim Wei Ming FW 1.2.4 is the launch build, checksum in the drive
[2024-06-24 11:20] Lim Wei Ming (AcoustiCraft): ok Sam, will lock 1.2.4 on the programming station
[2024-06-25 09:47] Ava Richter (Kitestring): confirmed for the record: pre-order batch is 1,200 units released, the rest waits for Jordan's release :pray:
[2024-06-25 09:48] Ava Richter (Kitestring): green light :rocket: let's gooo
[2024-06-25 10:02] Lim Wei Ming (AcoustiCraft): :+1:
[2024-06-25 16:30] Sam Oduya (Kitestring): retail box dieline v5 attached, barcode moved to bottom panel
------------------------------------------------------------------------------------------
"""
case("p31_slack_1500_vs_1200_green_light", ["RG002", "RG011"],
     "ops lead releases 1,500, the CEO 'confirms' 1,200 in the same channel, then posts an unscoped 'green light'",
     [("slack_ks-one-acousticraft_export.txt", _p31)])


# ---------------------------------------------------------------- p32: multi-file, release email 800 vs delivery schedule 880
_p32_body = """Dear Mr. Bao,

Following our PVT sign-off on 24.06.2024 (report NH-OE52-PVT-07), we release the first MP lot:

  Release 1 for NH-OE52 (PO 4500-2355 rev 2): 800 units.

The balance of 2,100 units is not released and stays on hold. It will be released only by Release 2,
signed by Henrik Paulsen (Leiter Supply Chain), after the first-lot audit at your factory in KW 31.

Material authority: staged up to 800 units. Our delivery schedule for Release 1 follows as a
separate document.

Mit freundlichen Grüßen / Best regards
Sebastian Lange
Einkauf / Purchasing
Nordhall Audio GmbH | Großer Burstah 31 | 20457 Hamburg
Geschäftsführer: Malte Johannsen | Amtsgericht Hamburg HRB 151204
"""
_p32_sched = docx_bytes([
    ("h1", "Lieferplan / Delivery Schedule – NH-OE52 Release 1"),
    ("p", "Nordhall Audio GmbH – Supplier: Viet Hoa Electronics JSC – PO 4500-2355 rev 2 – Stand 26.06.2024"),
    ("table", [
        ["Lieferung / Shipment", "KW / Week", "Menge / Qty", "Versand / Mode"],
        ["1", "KW 30", "300 Stk.", "Luftfracht / air HPH-HAM"],
        ["2", "KW 32", "300 Stk.", "Seefracht / sea"],
        ["3", "KW 34", "280 Stk.", "Seefracht / sea"],
        ["Summe Release 1 / Total Release 1", "", "880 Stk.", ""],
    ]),
    ("p", "Verpackung: 10 Stk./Karton, Kartonetikett nach NH-LOG-02. Each shipment with OQC report and "
          "serial list."),
], author="Nordhall Einkauf")
case("p32_multi_release_800_schedule_880", ["RG011"],
     "release email releases 800 units; the attached delivery schedule for the same release totals 880",
     [("NH-OE52_Release_1.eml", E(mail(
         "Sebastian Lange <s.lange@nordhall-audio.de>", "Pham Quoc Bao <bao.pq@viethoa-elec.vn>",
         "NH-OE52 - Release 1 (MP)", "Wed, 26 Jun 2024 14:10:00 +0200", _p32_body,
         cc="Henrik Paulsen <h.paulsen@nordhall-audio.de>")),),
      ("Lieferplan_NH-OE52_Release_1.docx", _p32_sched)])


# ---------------------------------------------------------------- p33: buyer: deposit wired, so kick off production
_p33_body = """Hey Wei Ming,

Wire for the 30% deposit on PI PAC-PI-2407 went out this morning (ref. JPM 0627-88412), so please
kick off production! :)

Can you send me the ship-date estimate once the line is running? Our 3PL in NJ needs a heads-up
about two weeks out.

Also, Sam says the retail box dieline v5 is final, so you can send it to your printer.

Thanks!!
Jordan
""" + sig_plain("Jordan Park", "Head of Operations, Kitestring Audio", "55 Prospect St, Brooklyn, NY 11201")
case("p33_us_deposit_kick_off", ["RG010", "RG012"],
     "buyer treats the wired deposit as the trigger to start production and names no quantity",
     [("PI_PAC-PI-2407.eml", E(mail(
         "Jordan Park <jordan@kitestring.audio>", "Lim Wei Ming <wm.lim@acousticraft.com.my>",
         "PI PAC-PI-2407 deposit", "Thu, 27 Jun 2024 10:02:00 -0400", _p33_body)))])


# ---------------------------------------------------------------- p34: supplier: PO + deposit received, production released
_p34_body = """Dear Oliver,

Good day! We have received your PO TR-1071 and the deposit USD 18,600 today, thank you very much.

So the production is released in our factory now. Line 4 will start on Monday 1 July, first
shipment around 22 July by sea to Felixstowe, we will send the booking to your forwarder (Kuehne+Nagel
Bristol) next week.

Gift box: we will use the artwork v6 you sent on 20 June. The Pantone 7546C on the sleeve is matched.

Any question please contact me.

Best regards
Sunny Huang 黄晓阳
Sales Director
Shenzhen Bluecrest Audio Technology Co., Ltd.
Room 1203, Tower A, Hongrongyuan Plaza, Longhua District, Shenzhen
"""
case("p34_cn_po_and_deposit_released", ["RG012"],
     "supplier reads receipt of the PO and deposit as production release and schedules the line",
     [("TR-1071_update.eml", E(mail(
         "Sunny Huang <sunny@bluecrest-audio.com>", "Oliver Tallis <oliver@tallisreed.co.uk>",
         "TR-1071 PO and deposit received", "Fri, 28 Jun 2024 18:30:00 +0800", _p34_body)))])


# ---------------------------------------------------------------- p35: WeChat packaging, TT sent go ahead
_p35 = """WeChat chat history export
Chat: Meridian / Huacai Packaging - ME-Air2 gift box
Exported 2024-07-02 10:15 (UTC+8)
--------------------------------------------------------------
2024-06-24 15:10 Jessie Mo 莫洁 (Huacai): Hi Rachel, PI for ME-Air2 gift box attached, 8,000 pcs + 200 pcs pre-production sample. pls arrange 50% deposit
2024-06-24 15:11 Jessie Mo 莫洁 (Huacai): [File] PI-HC-240624-03.pdf
2024-06-24 15:40 Rachel Goh (Meridian Ear): ok will check with finance
2024-06-27 11:02 Jessie Mo 莫洁 (Huacai): Rachel, the magnet closure sample you received? 
2024-06-27 11:30 Rachel Goh (Meridian Ear): yes received, closing force ok
2024-07-01 17:55 Rachel Goh (Meridian Ear): TT sent already 👍 go ahead start pls
2024-07-01 18:03 Jessie Mo 莫洁 (Huacai): ok received, we start printing tomorrow
2024-07-01 18:04 Jessie Mo 莫洁 (Huacai): 1200g greyboard + 157g art paper, soft touch lamination same as sample
--------------------------------------------------------------
"""
case("p35_wechat_tt_sent_go_ahead", ["RG002", "RG010", "RG012"],
     "buyer's 'TT sent, go ahead start' makes the payment the trigger, names no quantity and no scope (the PI had sample and 8,000)",
     [("wechat_Meridian_Huacai_giftbox.txt", _p35)])


# ---------------------------------------------------------------- p36: Taiwanese order confirmation with T&C clauses
_p36 = pdf([
    ("h1", "FORMOSA SOUNDTECH CORP."),
    ("p", "No. 12 Xingbang Rd, Guishan Dist., Taoyuan City 333, Taiwan  |  Tel +886 3 318 5500"),
    ("h", "ORDER CONFIRMATION OC-24-0712"),
    ("table", [
        ["OC date", "Customer", "Customer PO", "Sales contact"],
        ["2024/07/01", "Haneul Acoustics Co., Ltd., Seongnam, Korea", "HA-PO-2406-0140", "Ivy Chen"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (USD)", "Ship date"],
        ["FS-HANC800-GS", "HA-NC800 ANC headphone, golden samples, Black", "30 pcs", "88.00", "2024/07/26"],
    ]),
    ("sp",),
    ("h", "General Conditions of Sale (extract)"),
    ("p", "§4 Acceptance of the Buyer's purchase order constitutes authorization to start production and to "
          "procure materials."),
    ("p", "§5 Upon customer approval of golden samples, mass production starts automatically per the "
          "applicable quotation, without a further purchase order."),
    ("p", "§6 Cancellation after production start is subject to charges for finished goods and materials."),
    ("p", "§9 Warranty 12 months from shipment. Governing law: Republic of China (Taiwan)."),
    ("p", "This order confirmation is deemed accepted unless the Buyer objects in writing within 3 working days."),
], A4, title="OC-24-0712", author="Formosa SoundTech")
case("p36_tw_oc_terms_po_acceptance", ["RG007", "RG012"],
     "order confirmation terms: PO acceptance authorizes production, and golden-sample approval rolls into MP automatically",
     [("OC-24-0712_HA-PO-2406-0140.pdf", _p36)])


# ---------------------------------------------------------------- p37: Malaysian supplier: sample invoice paid -> production queue + components
_p37_body = """Dear Jordan,

Thank you for settling our sample invoice INV-PAC-24-0388 for the KS-Mini, payment received today.

Your PO KS-PO-0044 was for the samples only. As the sample invoice is now paid, we have moved the
KS-Mini job into our production queue for the full 2,500 units, and our purchasing has ordered the
components (10 mm drivers, 45 mAh cells, PCBA) for the 2,500 units, so we keep the 6-week lead time.

Target ex-factory: 9 August 2024. We will send the production schedule on Monday.

Best regards,
Lim Wei Ming
Project Manager
Penang AcoustiCraft Sdn Bhd
Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia
Tel +60 4 643 2210
"""
case("p37_my_sample_invoice_paid_queue", ["RG006", "RG012"],
     "supplier treats payment of the sample invoice as authority to queue the full 2,500 units and orders components for 2,500 on a samples-only PO",
     [("KS-Mini_update.eml", E(mail(
         "Lim Wei Ming <wm.lim@acousticraft.com.my>", "Jordan Park <jordan@kitestring.audio>",
         "KS-Mini - sample invoice paid / production", "Fri, 28 Jun 2024 17:45:00 +0800", _p37_body)))])


# ---------------------------------------------------------------- p38: US pilot PO + forecast "book as firm order"
_p38_po = pdf([
    ("h1", "KITESTRING AUDIO, INC."),
    ("p", "55 Prospect St, Brooklyn, NY 11201, USA"),
    ("h", "PURCHASE ORDER KS-PO-0051"),
    ("table", [
        ["Date", "Vendor", "Ship to", "Terms"],
        ["07/02/2024", "Penang AcoustiCraft Sdn Bhd, Penang, Malaysia", "Kitestring Audio c/o ShipBob, Edison NJ", "Net 30, FCA Penang"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
        ["1", "KS-AIR-PLT-BLK", "KS-Air earbuds, pilot build, Black", "100", "24.00", "2,400.00"],
    ]),
    ("sp",),
    ("p", "Vendor terms per MSA dated 03/2024. Invoice to ap@kitestring.audio."),
], LETTER, title="KS-PO-0051", author="Kitestring Audio")
_p38_body = """Hey Wei Ming,

PO KS-PO-0051 attached for 100 pilot units of the KS-Air (Black).

Also sharing our Q3 number so you can plan: 30k units Jul-Sep (roughly 10k a month). Please book
this as our firm order and lock the line capacity - we really don't want to get bumped by the bigger
brands in Q3.

Thanks!
Jordan
""" + sig_plain("Jordan Park", "Head of Operations, Kitestring Audio")
case("p38_us_pilot_po_forecast_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "pilot PO for 100 with a 30k Q3 forecast that the buyer asks to book as a firm order; nothing says the rest is not released, no event, no release person",
     [("KS-Air_PO_KS-PO-0051.eml", E(mail(
         "Jordan Park <jordan@kitestring.audio>", "Lim Wei Ming <wm.lim@acousticraft.com.my>",
         "KS-Air pilot PO + Q3 volume", "Tue, 02 Jul 2024 09:40:00 -0400", _p38_body,
         attachments=[("KS-PO-0051.pdf", _p38_po, PDF_MT)])))])


# ---------------------------------------------------------------- p39: Vietnamese supplier books a forecast as an order
_p39_orig = """Dear Ms. Linh,

Please find attached our 12-month rolling forecast for the NH-OE40 (non-binding, for capacity
planning only). Total 50,000 pcs Jul 2024 - Jun 2025.

Mit freundlichen Grüßen
Sebastian Lange"""
_p39_body = """Dear Mr. Sebastian,

Thank you very much for your order of 50,000 pcs NH-OE40 per your forecast dated 01/07/2024.

We have entered it in our system as sales order SO-VH-24-1190 and scheduled the production from
August, about 4,200 pcs per month. Order confirmation will follow this week.

Best regards,
Nguyen Thi Linh (Ms.)
Sales Executive | Viet Hoa Electronics JSC
Lot B2, Trang Due Industrial Park, An Duong, Hai Phong, Vietnam

-----Original Message-----
From: Sebastian Lange <s.lange@nordhall-audio.de>
Sent: Monday, July 1, 2024 3:05 PM
Subject: NH-OE40 rolling forecast

""" + q(_p39_orig) + "\n"
case("p39_vn_forecast_booked_as_order", ["RG008"],
     "supplier thanks the buyer for an 'order of 50,000 pcs' that the buyer sent as a non-binding forecast, and schedules it",
     [("RE_NH-OE40_planning.eml", E(mail(
         "Nguyen Thi Linh <linh.nt@viethoa-elec.vn>", "Sebastian Lange <s.lange@nordhall-audio.de>",
         "RE: NH-OE40 rolling forecast", "Tue, 02 Jul 2024 09:12:00 +0700", _p39_body)))])


# ---------------------------------------------------------------- p40: UK ERP schedule, forecast treated as committed orders
_p40 = """BRIGHTMOOR SOUND LTD                 SUPPLIER SCHEDULE / FORECAST           PAGE 1 OF 1
UNIT 4, ANCOATS WORKS, MANCHESTER M4 6DE                          RUN DATE 03/07/2024
=====================================================================================
SUPPLIER : 40112 PENANG ACOUSTICRAFT SDN BHD       SCHEDULE NO : BMS-SCH-0027
ITEM     : BM-HP3-GRY  ARDEN 3 OVER-EAR ANC, GREY  BUYER       : R. OKONKWO
-------------------------------------------------------------------------------------
PERIOD    TYPE        QTY     CUM QTY
--------  --------  -------  --------
AUG 2024  FORECAST    2,000     2,000
SEP 2024  FORECAST    3,000     5,000
OCT 2024  FORECAST    3,000     8,000
NOV 2024  FORECAST    2,500    10,500
DEC 2024  FORECAST    1,500    12,000
-------------------------------------------------------------------------------------
NOTE FROM BUYER:
 THE ABOVE FORECAST QUANTITIES (12,000 EA AUG-DEC) ARE COMMITTED VOLUMES.
 PLEASE TREAT THEM AS CONFIRMED ORDERS AND BOOK LINE CAPACITY ACCORDINGLY.
 PO NUMBERS WILL FOLLOW FROM FINANCE IN DUE COURSE.
-------------------------------------------------------------------------------------
SYSTEM GENERATED - BRIGHTMOOR SOUND LTD - BMS-T-07 APPLIES
=====================================================================================
"""
case("p40_uk_schedule_forecast_committed", ["RG008"],
     "schedule lines are typed FORECAST but the buyer's note calls them committed volumes to be treated as confirmed orders",
     [("BMS-SCH-0027.txt", _p40)])


# ---------------------------------------------------------------- p41: Slack, retail allocation forecast "consider it committed"
_p41 = """Slack export - #hl-anc-02-hengtai (Slack Connect: Hushline Audio <> Hengtai)
Exported 2024-07-05 17:20 CDT
------------------------------------------------------------------------------------------
[2024-07-03 13:02] Dana Whitfield (Hushline): Retail update :shopping_trolley: Target's buyer sent their holiday forecast for HL-ANC-02 - 12k units for the holiday reset, plus Best Buy maybe 4k (tbc)
[2024-07-03 13:04] Dana Whitfield (Hushline): Target's number is a forecast on their side, but consider the 12k committed - that's our launch order. Please book it and plan the line for Sept.
[2024-07-03 13:30] Vincent Luo (Hengtai): Thank you Dana! We booked 12,000 pcs as firm order in our system, SO-HT-24-0731
[2024-07-03 13:31] Vincent Luo (Hengtai): line 2 + line 5 from wk 36
[2024-07-03 14:10] Marcus Bell (Hushline): :raised_hands:
[2024-07-05 09:15] Vincent Luo (Hengtai): Dana, DVT2 report uploaded, ANC -30 dB ok, wind noise issue fixed with new mesh
------------------------------------------------------------------------------------------
"""
case("p41_slack_retail_forecast_committed", ["RG008"],
     "a retailer forecast of 12k is declared 'committed ... our launch order' and the ODM books it as a firm order",
     [("slack_hl-anc-02-hengtai_export.txt", _p41)])


# ---------------------------------------------------------------- p42: Korean S&OP DOCX, forecast as purchase commitment
_p42 = docx_bytes([
    ("h1", "Supply Plan FY2025 H1 – Pebble Buds 2 (SLB-300)"),
    ("p", "Sori Labs Co., Ltd. → Saigon Precision Audio JSC   |   Issued 2024.07.04 by SCM team   |   Version 1.0"),
    ("table", [
        ["Month", "Forecast (units)", "Channel"],
        ["2025.01", "6,000", "Coupang, Naver, Shopee SG"],
        ["2025.02", "5,000", "Coupang, Naver"],
        ["2025.03", "7,000", "+ Japan Amazon launch"],
        ["2025.04", "7,000", ""],
        ["2025.05", "8,000", "Family month promotion"],
        ["2025.06", "7,000", ""],
        ["Total", "40,000", ""],
    ]),
    ("h", "Remarks"),
    ("p", "1. Above forecast volumes (total 40,000 units) are our purchase commitment to Saigon Precision. "
          "Please reserve capacity and consider them as confirmed order."),
    ("p", "2. Colour split (Mist Grey / Sky Blue / Butter) will be informed 8 weeks before each month."),
    ("p", "3. New colour Butter needs separate golden sample sign-off before its first month."),
    ("p", "Contact: SCM team, scm@sorilabs.kr"),
], author="Sori Labs SCM")
case("p42_kr_supply_plan_commitment", ["RG008"],
     "forecast table of 40,000 units declared a purchase commitment to be treated as a confirmed order",
     [("SLB-300_Supply_Plan_FY2025H1.docx", _p42)])


# ================================================================ clean batch 4
# ---------------------------------------------------------------- c17: German ERP PO, complete, European numbers
_c17 = """KLANGWERK BERLIN GMBH                BESTELLUNG / PURCHASE ORDER            SEITE 1
Lobeckstraße 36, 10969 Berlin                                       DRUCK 05.07.2024
=====================================================================================
BESTELL-NR. / PO NO.     : 4500032301          DATUM / DATE : 05.07.2024
LIEFERANT / SUPPLIER     : 700344 SHENZHEN YUEXIN ACOUSTIC TECHNOLOGY CO., LTD.
ANGEBOT / OFFER          : Q-YX-240602 (DVT 120 STK / SERIE 12.000 STK)
ZAHLUNG / PAYMENT        : 30 TAGE NETTO        INCOTERMS: FCA SHENZHEN
-------------------------------------------------------------------------------------
POS  MATERIAL        BEZEICHNUNG / DESCRIPTION            MENGE   EINH  PREIS EUR
---- --------------- ---------------------------------- ------- ----- ----------
0010 KW-TWS4-DVT-GR  TWS-4 DVT-MUSTER, GRAPHIT              60   STK       38,50
0020 KW-TWS4-DVT-SD  TWS-4 DVT-MUSTER, SAND                 60   STK       38,50
-------------------------------------------------------------------------------------
                                                     GESAMT / TOTAL  4.620,00 EUR
UMFANG / SCOPE:
 DIESE BESTELLUNG UMFASST NUR 120 STK DVT-MUSTER.
 THIS ORDER COVERS 120 DVT SAMPLES ONLY. THE SERIES QUANTITY OF 12.000 STK FROM
 OFFER Q-YX-240602 IS SHOWN FOR INFORMATION AND IS NOT RELEASED.
SERIENFREIGABE / SERIES RELEASE:
 ONLY AFTER DVT ACCEPTANCE (ABNAHME) BY KLANGWERK QA, BY A WRITTEN SERIES RELEASE
 SIGNED BY DR. ANNIKA VOGT (LEITUNG PRODUKT / HEAD OF PRODUCT).
MATERIAL:
 MATERIALBERECHTIGUNG NUR FÜR DIE MUSTERMENGE / MATERIAL AUTHORITY SAMPLE-ONLY.
-------------------------------------------------------------------------------------
NORMEN: IEC 62368-1:2018, EN 50332-2, RED 2014/53/EU. ZEICHNUNG KW-TWS4-100 REV 05.
ES GELTEN UNSERE AEB 2022. MASCHINELL ERSTELLT, OHNE UNTERSCHRIFT GÜLTIG.
=====================================================================================
"""
case("c17_de_erp_po_complete", [],
     "German ERP PO: 120 DVT samples, series 12.000 for information and not released, DVT acceptance + written release by Dr. Annika Vogt, sample-only material",
     [("Bestellung_4500032301.txt", _c17)])


# ---------------------------------------------------------------- c18: Korean build plan with explicit staged material authority
_c18 = docx_bytes([
    ("h1", "HA-SB30 Sleep Earbuds – MP Build Plan (Release 1)"),
    ("p", "Haneul Acoustics Co., Ltd. / Penang AcoustiCraft Sdn Bhd   |   2024-07-08   |   Owner: Seo Yuna (Purchasing)"),
    ("table", [
        ["Item", "Quantity", "Status / document"],
        ["Released now", "1,200 units", "release letter HA-REL-0033, signed by Park Jae-won, Purchasing Director"],
        ["Balance of MP quantity", "3,800 units", "on hold – not released"],
        ["Unlock for balance", "-", "launch-lot sign-off by Haneul QA, then written release signed by Park Jae-won"],
        ["Material authority – long-lead (BT SoC, 60 mAh cells)", "up to 5,000 units", "staged at Haneul liability"],
        ["Material authority – all other material", "up to 1,200 units", "released quantity only"],
    ]),
    ("h", "Notes"),
    ("li", "The staged material authority for long-lead parts is material authority only. It does not release "
           "production beyond the 1,200 units."),
    ("li", "Weekly output plan: wk 30 300 / wk 31 450 / wk 32 450."),
    ("li", "Sleep-position pressure test on 1 pc per 100 (AQL sampling per ISO 2859-1, level II)."),
], author="Haneul Purchasing")
case("c18_kr_build_plan_staged_material", [],
     "build plan: 1,200 released by Park Jae-won, 3,800 on hold with event, explicit staged long-lead material authority up to 5,000",
     [("HA-SB30_MP_build_plan_release1.docx", _c18)])


# ---------------------------------------------------------------- c19: multi-file, PO + release letter + cover email, consistent
_c19_po = """SORI LABS CO., LTD.                      PURCHASE ORDER        SL-PO-24-0230
8F, 21 TEHERAN-RO 98-GIL, GANGNAM-GU, SEOUL                 DATE 2024.05.20
--------------------------------------------------------------------------
SUPPLIER : SHENZHEN BLUECREST AUDIO TECHNOLOGY CO., LTD.
ITEM     : BC-T21 / SORI "AIRLEAF" TWS, COLOR: SAGE
--------------------------------------------------------------------------
NO  DESCRIPTION                      QTY    U/PRICE(USD)
--  -------------------------------  -----  ------------
10  AIRLEAF GOLDEN SAMPLE            20 PCS        55.00
--------------------------------------------------------------------------
SCOPE : THIS PO COVERS 20 GOLDEN SAMPLES ONLY. MP QUANTITY 10,000 PCS IS
        NOT RELEASED. MP RELEASE ONLY AFTER GOLDEN SAMPLE SIGN-OFF, BY
        WRITTEN RELEASE LETTER SIGNED BY LEE JAE-WON (SR. MANAGER SCM).
MATERIAL AUTHORITY : SAMPLE-ONLY.
--------------------------------------------------------------------------
"""
_c19_rel = pdf([
    ("h1", "SORI LABS CO., LTD."),
    ("h", "Production Release Letter SL-REL-2024-012"),
    ("table", [
        ["Date", "Supplier", "PO", "Item"],
        ["2024.07.08", "Shenzhen Bluecrest Audio Technology Co., Ltd.", "SL-PO-24-0230 rev 1", "Airleaf TWS, Sage"],
    ]),
    ("sp",),
    ("p", "Golden sample sign-off recorded 2024.07.03 (report GS-AL-02, signed by Cho Mina)."),
    ("p", "Released by this letter: 1,500 pcs (launch lot), ex-factory 2024.08.09."),
    ("p", "Balance 8,500 pcs remains on hold. It will be released only by a further written release letter "
          "signed by me after launch-lot sign-off."),
    ("p", "Material authority: staged up to 1,500 pcs."),
    ("sp",),
    ("p", "Lee Jae-won, Senior Manager SCM"),
], A4, title="SL-REL-2024-012", author="Sori Labs")
_c19_body = """Dear Sunny,

Please find attached our production release letter SL-REL-2024-012 for Airleaf (Sage): 1,500 pcs
launch lot are released, ex-factory 9 August. The balance 8,500 pcs remains on hold as written in the
letter, and material only up to 1,500 pcs.

Please confirm the build schedule by Wednesday.

Best regards,
Lee Jae-won
""" + sig("Lee Jae-won", "Senior Manager, Supply Chain", "Sori Labs Co., Ltd.", "+82 2 6952 0418")
case("c19_multi_po_release_cover", [],
     "three consistent documents: golden-sample PO, release letter for 1,500 with hold/event/signer, cover email restating 1,500",
     [("SL-PO-24-0230.txt", _c19_po),
      ("SL-REL-2024-012.pdf", _c19_rel),
      ("Airleaf_release_SL-REL-2024-012.eml", E(mail(
          "Lee Jae-won <jaewon.lee@sorilabs.kr>", "Sunny Huang <sunny@bluecrest-audio.com>",
          "Airleaf - production release SL-REL-2024-012", "Mon, 08 Jul 2024 16:40:00 +0900", _c19_body)))])


# ---------------------------------------------------------------- p43: SAP printout, "released" for PO strategy and production
_p43 = """MERIDIAN EAR PTE LTD              PURCHASE ORDER (SAP S/4HANA)               PAGE 1/1
10 UBI CRESCENT #04-61, SINGAPORE 408564                              PRINTED 09.07.2024
=====================================================================================
PO NUMBER        : 4700001882            DOC DATE : 08.07.2024     PURCH.GRP : P02
VENDOR           : 100231 SAIGON PRECISION AUDIO JSC, THU DUC CITY, HCMC
RELEASE STRATEGY : S1 (PURCHASING + FINANCE)
RELEASE STATUS   : RELEASED  -  FIN. CONTROLLER, 08.07.2024 17:42
PAYMENT TERMS    : ZT30 - 30 DAYS NET      INCOTERMS : FCA HCMC
-------------------------------------------------------------------------------------
ITEM   MATERIAL        SHORT TEXT                          QTY  UN   NET PRICE USD
-----  --------------  ------------------------------  -------  --  --------------
00010  MEB3-DVT-SND    ME-BUDS3 DVT BUILD, SAND             24  PC           33.00
00020  MEB3-DVT-INK    ME-BUDS3 DVT BUILD, INK              24  PC           33.00
-------------------------------------------------------------------------------------
HEADER TEXT:
 PRODUCTION RELEASE: 48 DVT PCS ONLY (ITEMS 00010 + 00020).
 MP 9,952 PCS PER QUOTE SPA-Q-1219 ARE NOT RELEASED. MP RELEASE ONLY AFTER DVT
 SIGN-OFF, BY WRITTEN RELEASE SIGNED BY KELVIN TAN (DIRECTOR, OPERATIONS).
 MATERIAL AUTHORITY: SAMPLE-ONLY (48 PCS).
-------------------------------------------------------------------------------------
DELIVERY ADDRESS: MERIDIAN EAR PTE LTD, ATTN R. GOH, 10 UBI CRESCENT #04-61
GOODS RECEIPT BY APPOINTMENT ONLY. PLEASE QUOTE PO NUMBER ON ALL DOCUMENTS.
=====================================================================================
"""
case("p43_sg_sap_release_status", ["RG009"],
     "'release/released' is used for the SAP PO release strategy (finance approval) and for production release in one PO",
     [("PO_4700001882_print.txt", _p43)])


# ---------------------------------------------------------------- p44: "approved" for PO, DVT samples and MP
_p44_body = """Hi Ivy,

Good news all around!

Finance approved PO NP-PO-1320 yesterday, so the 200 PVT units of the NP-E1 earbuds are officially on
order. And this morning the acoustics team approved the 24 DVT samples (report DVT-NPE1-04) - really
nice work on the ANC tuning, the 300 Hz dip is gone.

MP approval is the next step: Daniel will send the written release after PVT sign-off. Until then the
5,800 MP units are on hold and nothing for MP should be bought or built.

A couple of PVT asks:
- please run the 4-hour sweat/salt-spray on 10 units
- include the case hinge cycle data (20k) in the PVT report

Thanks!
Megan
""" + sig("Megan Holt", "Sourcing Lead", "Northpaw Audio LLC | Portland, OR", "+1 503 555 0129")
case("p44_us_approved_three_ways", ["RG009"],
     "'approved' is used for the finance approval of the PO, the technical approval of DVT samples and the MP release",
     [("NP-E1_PVT_PO_and_DVT_result.eml", E(mail(
         "Megan Holt <megan@northpaw.audio>", "Ivy Chen <ivy.chen@formosasoundtech.com.tw>",
         "NP-E1: PVT PO + DVT result", "Tue, 09 Jul 2024 11:05:00 -0700", _p44_body, html=simple_html(_p44_body),
         cc="Daniel Reyes <daniel@northpaw.audio>")))])


# ---------------------------------------------------------------- p45: SG vendor portal, "Approved" three ways
_p45 = html_page("LB-PO-7850 - Loopbud Vendor Portal", """
<div style="background:#0a7d6b;color:#fff;padding:8px">Loopbud Vendor Portal &middot; Vendor: Shenzhen Bluecrest Audio Technology Co., Ltd.</div>
<h2>Purchase Order LB-PO-7850 &ndash; LB-E6 earbuds (Sage)</h2>
<table>
<tr><th>Step</th><th>Status</th><th>By / date</th></tr>
<tr><td>PO approval</td><td>Approved &ndash; PO value USD 17,400 for 1,000 units</td><td>Finance, 20 Jun 2024</td></tr>
<tr><td>Golden sample approval</td><td>Approved &ndash; 12 golden samples (report GS-LBE6-02)</td><td>QA, 24 Jun 2024</td></tr>
<tr><td>Production approval</td><td>Approved for 1,000 units</td><td>Priya Raman, Head of Operations, 25 Jun 2024</td></tr>
<tr><td>Balance 9,000 units</td><td>On hold &ndash; not released</td><td>released only after launch-lot sign-off, by written release from Priya Raman</td></tr>
<tr><td>Material authority</td><td>Staged up to 1,000 units</td><td>&ndash;</td></tr>
</table>
<h3>Documents</h3>
<ul>
<li>LB-SPEC-E6 v3 (PDF)</li>
<li>Packaging spec LB-PKG-E6 v2 (PDF)</li>
<li>Quality agreement QA-LB-BC-2024 (signed)</li>
</ul>
<p style="font-size:11px;color:#777">Loopbud Pte. Ltd. &middot; 71 Ayer Rajah Crescent #05-12, Singapore 139951</p>
""")
case("p45_sg_portal_approved_three_ways", ["RG009"],
     "portal uses 'Approved' for the finance PO approval, the golden-sample approval and the production release",
     [("LB-PO-7850_vendor_portal.html", _p45)])


# ---------------------------------------------------------------- p46: forwarded quote (rfc822) + TXT PO, no scope
_p46_quote = mail("S. Raghavan <raghavan.s@kaveri-ea.in>", "Oliver Tallis <oliver@tallisreed.co.uk>",
                  "Quotation KEA/Q/24/141 - Reed R3 neckband", "Thu, 27 Jun 2024 12:30:00 +0530",
                  """Dear Mr. Oliver,

Greetings from Kaveri Electroacoustics!

As discussed, please find our quotation KEA/Q/24/141 for the Reed R3 neckband:

  DVT   48 sets      USD 46.00 / set
  MP    6,000 sets   USD 14.75 / set  (FCA Chennai, incl. retail box)
  Tooling            USD 9,800 (one time)

Validity 45 days. Lead time DVT 5 weeks, MP 6 weeks.

Thanks & Regards,
S. Raghavan
Manager - Business Development
Kaveri Electroacoustics Pvt. Ltd.
""")
_p46_po = """TALLIS & REED ACOUSTICS LTD - PURCHASE ORDER (TEXT EXPORT)
PO No.      : TR-1066
Date        : 10/07/2024
Supplier    : Kaveri Electroacoustics Pvt. Ltd., Sriperumbudur, Chennai 602105
Deliver to  : Tallis & Reed Acoustics Ltd, 14 Temple Back, Bristol BS1 6QH (DAP)
Due         : 30/08/2024
-------------------------------------------------------------------
Line  Part        Description                        Qty   Price USD
1     TRR3-DVT    Reed R3 neckband, DVT build, Ink    48      46.00
-------------------------------------------------------------------
Total USD 2,208.00
Ref: quotation KEA/Q/24/141
Buyer: Priti Shah
"""
_p46_body = """Dear Raghavan,

Please see PO TR-1066 attached (text export from our system, the PDF generator is down today) for
48 DVT sets of the Reed R3 neckband. Pricing as per your quotation below, which I'm forwarding so our
references match.

Delivery 30 August, DAP Bristol, as agreed with Oliver.

Kind regards,
Priti
""" + sig("Priti Shah", "Purchasing Coordinator", "Tallis & Reed Acoustics Ltd, Bristol", "+44 117 496 0330")
case("p46_fwd_quote_and_txt_po", ["RG001", "RG003", "RG004", "RG005"],
     "DVT PO for 48 sets with the forwarded quote (MP 6,000) as message/rfc822; no hold, no unlock event, no release person",
     [("PO_TR-1066_Reed_R3_DVT.eml", E(mail(
         "Priti Shah <priti.shah@tallisreed.co.uk>", "S. Raghavan <raghavan.s@kaveri-ea.in>",
         "PO TR-1066 - Reed R3 DVT (fwd quotation KEA/Q/24/141)", "Wed, 10 Jul 2024 15:12:00 +0100", _p46_body,
         cc="Oliver Tallis <oliver@tallisreed.co.uk>",
         attachments=[("TR-1066.txt", _p46_po, TXT_MT), ("rfc822", _p46_quote)])))])


# ---------------------------------------------------------------- p47: thread, bare "Approved - go ahead" to a schedule
_p47_orig_buyer = """Dear Ms. Ivy,

PO HA-PO-2406-0150 is issued for NC700 PVT. Scope: the PO covers 300 PVT units. MP quantity 14,700 is
not released. MP release only after PVT sign-off, by written release signed by Park Jae-won, Purchasing
Director. Material authority: sample-only (300 units).

Best regards,
Seo Yuna"""
_p47_supplier = """Dear Ms. Seo,

Attached please find revised build schedule v3 for NC700: PVT line ready 3 July, MP line ready 24 July,
ANC tuning booth x2 added. Please confirm.

Best regards,
Ivy Chen

On 2024/6/20 09:40, Seo Yuna wrote:
""" + q(_p47_orig_buyer)
_p47_body = """Approved - go ahead.

Thanks,
Seo Yuna
Purchasing Team | Haneul Acoustics Co., Ltd.
Sent from my iPhone

On 2024/7/10 18:02, Ivy Chen <ivy.chen@formosasoundtech.com.tw> wrote:

""" + q(_p47_supplier) + "\n"
case("p47_kr_thread_approved_go_ahead", ["RG002"],
     "buyer answers a schedule that shows the MP line with a bare 'Approved - go ahead'; the quoted PO scope is otherwise complete",
     [("RE_NC700_build_schedule_v3.eml", E(mail(
         "Seo Yuna <yuna.seo@haneulacoustics.co.kr>", "Ivy Chen <ivy.chen@formosasoundtech.com.tw>",
         "RE: NC700 build schedule v3", "Wed, 10 Jul 2024 21:15:00 +0900", _p47_body)))])


# ---------------------------------------------------------------- p48: PO "qty per quotation" for a pilot lot
_p48 = pdf([
    ("h1", "MERIDIAN EAR PTE LTD"),
    ("p", "10 Ubi Crescent, #04-61 Ubi Techpark, Singapore 408564"),
    ("h", "PURCHASE ORDER MER-PO-0502"),
    ("table", [
        ["Date", "Supplier", "Project", "Delivery"],
        ["11 Jul 2024", "Saigon Precision Audio JSC, HCMC, Vietnam", "ME-Sport1 ear-hook earbuds", "FCA HCMC, by 23 Aug 2024"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "MES1-PLT-LIME", "ME-Sport1 pilot lot, Lime", "per quotation SPA-Q-1230", "as quoted", "as quoted"],
    ]),
    ("sp",),
    ("p", "Please build the pilot lot per spec MES1-SPEC v4 (IPX5, ear-hook TPE Shore A 60). Pilot build "
          "report with FR, BT range and sweat test to accompany the goods."),
    ("p", "Buyer: Rachel Goh, Procurement. Terms: Meridian Ear General Purchase Conditions v2.1."),
], A4, title="MER-PO-0502", author="Meridian Ear")
case("p48_sg_pilot_qty_per_quote", ["RG003", "RG004", "RG005", "RG010"],
     "pilot-lot PO gives no quantity ('per quotation', quote not in the bundle) and says nothing about the balance, the unlock event or who releases",
     [("MER-PO-0502.pdf", _p48)])


# ================================================================ clean batch 5
# ---------------------------------------------------------------- c20: WeChat, supplier asks to buy MP material, buyer says no
_c20 = """WeChat chat history export
Chat: Loopbud CC2 x Bluecrest
Exported 2024-07-12 11:00 (UTC+8)
--------------------------------------------------------------
2024-07-11 14:20 Sunny Huang 黄晓阳 (Bluecrest): Wei Jie, can we buy the 300mAh cells for MP now? ATL lead time 10 weeks already
2024-07-11 14:21 Sunny Huang 黄晓阳 (Bluecrest): if we wait, MP maybe late for your Nov launch
2024-07-11 15:02 Tan Wei Jie (Loopbud): No leh, pls don't. Material authority still sample-only, only for the 20 pilot cases
2024-07-11 15:03 Tan Wei Jie (Loopbud): the 4,980 balance not released. Priya Raman will sign the written release after pilot sign-off, then you can buy and build
2024-07-11 15:04 Tan Wei Jie (Loopbud): if lead time is really a problem, send me a staged material proposal with qty + cost, I bring to Priya
2024-07-11 15:10 Sunny Huang 黄晓阳 (Bluecrest): ok understand, will send proposal tomorrow 🙏
--------------------------------------------------------------
"""
case("c20_wechat_material_question_refused", [],
     "supplier asks to buy MP cells; buyer refuses, restates sample-only material, 20 pilot cases, balance hold, event and signer",
     [("wechat_Loopbud_CC2_Bluecrest.txt", _c20)])


# ---------------------------------------------------------------- c21: stop notice
_c21_body = """Vincent,

STOP NOTICE - PO HL-PO-3301, HL-ANC-01 Onyx

Effective immediately, nothing more may start on this order, released or not, until I lift this stop
in writing. Reason: the ANC board failed radiated emissions at our FCC pre-scan (30-88 MHz band,
+4 dB over the limit); root cause is open.

- Released quantity stays at 3,000 units (release HL-REL-005), but no work on it during the stop.
- Units already finished: keep them in your bonded warehouse, do not ship.
- The 12,500 balance remains on hold exactly as before (written release from me after PVT sign-off).
- No new material orders for this item.

Our EE (Ravi) will call you at 9 pm Austin time tonight to go through the scan data.

Marcus
""" + sig("Marcus Bell", "VP Operations", "Hushline Audio, Inc. | Austin, TX", "+1 512 555 0177")
case("c21_stop_notice", [],
     "buyer's stop notice: nothing starts until lifted in writing; restates released 3,000 and the balance hold with event and signer",
     [("HL-PO-3301_HL-ANC-01_notice.eml", E(mail(
         "Marcus Bell <marcus@hushline.audio>", "Vincent Luo <vincent.luo@hengtai-elec.com>",
         "STOP - PO HL-PO-3301 HL-ANC-01 Onyx", "Fri, 12 Jul 2024 16:45:00 -0500", _c21_body,
         cc="Dana Whitfield <dana@hushline.audio>", extra={"Importance": "high"})))])


# ---------------------------------------------------------------- c22: supplier status quoting buyer's complete scope
_c22_orig = """Dear Mr. Quan,

Our PO MER-PO-0455 covers the 24 DVT units of ME-Air2 only. The MP quantity of 8,000 units is not
released. MP release will come after our DVT sign-off, as a written release signed by Kelvin Tan,
Director of Operations. Material authority is sample-only.

Regards,
Rachel Goh
Procurement, Meridian Ear Pte Ltd"""
_c22_body = """Dear Ms. Rachel,

Status ME-Air2 DVT:

- 24 DVT units (12 Silver / 12 Black) shipped today by DHL, AWB 38 4471 2290.
- DVT report (FR, THD, BT RF, 1.2 m drop, 48 h salt fog on charging contacts) attached in Box.
- We confirm no MP material is purchased and MP is not started. We wait for Mr. Kelvin Tan's written
  release after your DVT sign-off, as in your mail below.

Best regards,
Tran Minh Quan
Sales Manager | Saigon Precision Audio JSC
Lot C5, Saigon Hi-Tech Park, Thu Duc City, HCMC | +84 28 3736 0415

On Tue, Jun 4, 2024 at 2:15 PM Rachel Goh <rachel.goh@meridianear.sg> wrote:
""" + q(_c22_orig) + "\n"
_c22_html = ("<html><body><p>Dear Ms. Rachel,</p><p>Status ME-Air2 DVT:</p><ul>"
             "<li>24 DVT units (12 Silver / 12 Black) shipped today by DHL, AWB 38 4471 2290.</li>"
             "<li>DVT report (FR, THD, BT RF, 1.2 m drop, 48 h salt fog on charging contacts) attached in Box.</li>"
             "<li>We confirm no MP material is purchased and MP is not started. We wait for Mr. Kelvin Tan's "
             "written release after your DVT sign-off, as in your mail below.</li></ul>"
             "<p>Best regards,<br>Tran Minh Quan<br>Sales Manager | Saigon Precision Audio JSC</p>"
             "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
             + escape(_c22_orig).replace("\n", "<br>") + "</blockquote></body></html>")
case("c22_vn_status_no_mp_material", [],
     "supplier status (text + HTML) confirms 24 DVT shipped, no MP material, waits for Kelvin Tan's written release; quoted buyer scope is complete",
     [("ME-Air2_DVT_shipped_status.eml", E(mail(
         "Tran Minh Quan <quan.tran@saigonprecision.vn>", "Rachel Goh <rachel.goh@meridianear.sg>",
         "RE: ME-Air2 DVT - status / shipment", "Fri, 21 Jun 2024 17:20:00 +0700", _c22_body,
         html=_c22_html)))])


# ---------------------------------------------------------------- c23: HTML packaging sample PO, complete
_c23 = html_page("PO DW-2402 - Driftwave procurement", """
<h2>Driftwave Labs, Inc. &ndash; Purchase Order DW-2402</h2>
<p>Issued Jul 15, 2024 by Ethan Marsh &middot; Vendor: <b>Dongguan Huacai Printing &amp; Packaging Co., Ltd.</b> (Humen Town, Dongguan)</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit (USD)</th><th>Amount (USD)</th></tr>
<tr><td>1</td><td>DP-GBX-PP</td><td>Drift Pro gift box, pre-production samples (rigid box, magnetic lid, EVA insert)</td><td>200</td><td>2.10</td><td>420.00</td></tr>
<tr><td>2</td><td>DP-GBX-PLATE</td><td>Printing plates + die-cut tool</td><td>1</td><td>380.00</td><td>380.00</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> This PO covers 200 pre-production gift boxes only. The production print run of 12,000 boxes in your quote HC-Q-0712 is not released.</p>
<p><b>Unlock.</b> The print run is released only after our gift-box sample sign-off (colour, fit with the charging case, 1.0 m drop in box), by a written release signed by Carla Nguyen, COO.</p>
<p><b>Material.</b> Material authority is sample-only: board and paper for the 200 boxes. Please don't buy stock for the production run.</p>
</div>
<p>Pantone 7527 C (Sand) / Black 6 C. Soft-touch lamination. FSC mix label. Ship DHL to 2200 Bryant St, San Francisco.</p>
""")
case("c23_html_packaging_sample_po", [],
     "packaging sample PO: 200 pre-production boxes, 12,000 print run not released, sample sign-off + Carla Nguyen's written release, sample-only material",
     [("PO_DW-2402_gift_box_samples.html", _c23)])


# ================================================================ MAIN
def _formats(files):
    fmts = set()
    for fn, data in files:
        ext = fn.rsplit(".", 1)[-1].lower()
        fmts.add(ext)
        if ext == "eml":
            raw = data if isinstance(data, bytes) else data.encode()
            from email import message_from_bytes
            msg = message_from_bytes(raw, policy=policy.default)
            for part in msg.walk():
                fnm = part.get_filename()
                if fnm:
                    fmts.add(fnm.rsplit(".", 1)[-1].lower())
                elif part.get_content_type() == "message/rfc822":
                    fmts.add("eml")
    return fmts


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(range(len(CASES)))
    random.Random(117117).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h117_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    per_rule = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            per_rule[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)} clean {clean} risky {len(CASES) - clean} multi-rule {multi}")
    for r, n in per_rule.items():
        print(f"  {r}: {n}")
    top = {}
    inc = {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            top[ext] = top.get(ext, 0) + 1
        for ext in _formats(c["files"]):
            inc[ext] = inc.get(ext, 0) + 1
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(inc.items())))
    print("multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
