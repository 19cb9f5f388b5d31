#!/usr/bin/env python3
"""Generator for the releasegate check_holdout103 corpus (micromobility hardware purchasing).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout103/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case folders are shuffled with seed 103103 and get
neutral names h103_NN_<first-file-stem>; the descriptive names below (c.. clean,
r.. risky) appear only in this file.
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
SEED = 103103
PREFIX = "h103"


def case(name, expect, note, files):
    """files: list of (filename, bytes|str)."""
    CASES.append({"name": name, "expect": sorted(set(expect)), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (renderer helpers copied from check_holdout3/build.py, ids re-prefixed)
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("h1", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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


# ----------------------------------------------------------------- small helpers (own)
def q(text, level=1):
    """Quote text as in a reply ('> ' per line)."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def to_html(text):
    """Plain text -> simple HTML body for multipart/alternative."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for p in paras:
        lines = [escape(ln) for ln in p.split("\n")]
        if all(ln.startswith("&gt;") for ln in lines):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">"
                       + "<br>\n".join(ln[4:].lstrip() for ln in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def html_table(rows):
    head = "<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table>\n{head}\n{body}\n</table>"


# =================================================================== CASES
# --- CASES-START ---

# ------------------------------------------------------------------ batch 1: clean c01-c13

# c01: EML + PDF PO, complete scope note, quote production qty labelled informational
_c01_pdf = pdf([
    ("h1", "PURCHASE ORDER 4500031877"),
    ("p", "Voltride GmbH, Schlesische Str. 27, 10997 Berlin, Germany. VAT DE 318 552 907."),
    ("p", "Supplier: Shenzhen Huaneng Power Technology Co., Ltd., Bao'an District, Shenzhen, PRC. "
          "Supplier no. 70041. Order date: 03.06.2024. Incoterm: FCA Shenzhen. Payment: 60 days net."),
    ("table", [
        ["Pos", "Part", "Description", "Scope", "Qty", "Unit price", "Amount"],
        ["10", "VR-BP-3615 Rev B", "Battery pack 36 V 15.3 Ah, 10S5P, IP67 housing, CAN", "sample (EVT)", "24", "EUR 212.00", "EUR 5,088.00"],
        ["20", "VR-DOC-UN383", "UN38.3 test summary + MSDS for the EVT lot", "sample (EVT)", "1", "EUR 0.00", "EUR 0.00"],
    ]),
    ("sp",),
    ("h", "Scope note (part of this PO)"),
    ("p", "Released now: twenty-four (24) EVT battery packs VR-BP-3615 Rev B, for the Berlin EVT "
          "fleet test. Please build and ship these 24 packs only."),
    ("p", "Not released: the 976 packs quoted as fleet batch on your quotation QT-HN-24117 "
          "(basis: forecast). That figure is shown for information only. Do not start them and do not "
          "buy cells, BMS boards or housings for them."),
    ("p", "Material authority: sample-only, i.e. cells and components for the 24 packs."),
    ("p", "Unlock: the 976 packs can only be released after our EVT sign-off (IP67 immersion, "
          "vibration per UN38.3 T3, 50-cycle capacity check) and then only by a written release "
          "signed by Katrin Vogel, Head of Supply Chain."),
    ("sp",),
    ("p", "Delivery address: Voltride GmbH, Lager Tempelhof, Columbiadamm 10, 12101 Berlin. "
          "Dangerous goods: UN3480, class 9, shipped per PI 965 section IB. Please attach the UN38.3 "
          "test summary to the shipment."),
    ("p", "Buyer: Jonas Richter, Hardware Lead. Terms: Voltride General Purchasing Conditions 2023."),
], title="PO 4500031877", author="Voltride GmbH")

_c01_txt = """Hi Kevin,

please find attached PO 4500031877 for the EVT battery packs (VR-BP-3615 Rev B).

Short version so nobody on the line has to dig through the PDF:
- Build and ship 24 (twenty-four) EVT packs. That's it for now.
- The 976 fleet packs from QT-HN-24117 are NOT released. Please don't start them and please don't
  order cells for them yet - material authority is sample-only.
- After our EVT sign-off in Berlin, Katrin Vogel (Head of Supply Chain) decides on the fleet batch
  and sends a written release. Nothing else counts as a release, not from me and not from our
  field team.

We need the 24 packs at our Tempelhof warehouse by KW 27 for the fleet test. Can you confirm
the ex-works date and send the UN38.3 summary with the shipping docs?

Thanks and best regards from Berlin,
Jonas
""" + sig("Jonas Richter", "Hardware Lead", "Voltride GmbH, Berlin", "+49 30 5557 2210")

case("c01_po_email_scope_note", [], "EVT PO for 24 packs; 976 quoted labelled informational and not released; sign-off + written release by Katrin Vogel; sample-only material",
     [("PO_4500031877_EVT_packs.eml", eml_bytes(mail(
         "Jonas Richter <jonas.richter@voltride.de>", "Kevin Zhou <kevin.zhou@huaneng-power.cn>",
         "PO 4500031877 - EVT battery packs VR-BP-3615 (24 pcs)", "Mon, 03 Jun 2024 10:14:00 +0200",
         _c01_txt, cc="Katrin Vogel <katrin.vogel@voltride.de>",
         attachments=[("PO_4500031877.pdf", _c01_pdf, PDF_MT)])))])

# c02: supplier quote alone, tiers, no authorization
_c02 = """CHANGZHOU MINGDA METAL PRODUCTS CO., LTD.
No. 88 Hehai West Road, Xinbei District, Changzhou, Jiangsu 213022, China
Tel +86 519 8551 0600   sales@mingda-metal.cn

QUOTATION                                   No.: QM-2024-0611
To   : Trotti Urbain SAS, 14 rue de la Roquette, 75011 Paris, France
Attn : Ms. Camille Moreau, Purchasing
Date : 2024-06-04                           Valid: 60 days

Item : Scooter deck DK-480 Rev C, aluminium 6061-T6, CNC + hard anodize black (RAL 9005 equiv.)
Dwg  : DK-480-C (received 2024-05-28), tolerance per ISO 2768-mK

 TIER                  QTY     UNIT PRICE   TOOLING / NRE    LEAD TIME
 ------------------   -----   ----------   --------------   ------------------------------------
 DVT samples             30     USD 58.00    USD 2,400.00     15 days after drawing confirmation
 Mass production      3,000     USD 31.50    (incl. above)    35 days after written production release
 ------------------   -----   ----------   --------------   ------------------------------------

 MOQ for mass production: 500 pcs per lot.
 Packing: single PE bag + 5-layer carton, 8 pcs/carton, 40 cartons/pallet.
 Payment: T/T 30% deposit with PO, 70% before shipment.
 Surface: anodize thickness 25 um min., salt spray 96 h (ISO 9227 NSS).
 Remarks: price based on aluminium LME 2,480 USD/t; +/- 5% adjustment if LME moves more than 8%.

This quotation is an offer only. Nothing is produced before we receive your order.

Prepared by: Lily Zhang, Sales Manager
"""
case("c02_quotation_QM-2024-0611", [], "supplier quote on its own with DVT and mass production tiers; no authorization in bundle",
     [("quotation_QM-2024-0611.txt", _c02)])

# c03: Slack export, supplier asks about go-ahead, buyer answers with full scope
_c03 = """Slack export - shared channel #mingda-trotti-decks
Workspace: Trotti Urbain | Exported 2024-06-12 18:02 CEST

[2024-06-12 09:41] Lily Zhang (Mingda): good morning Camille 🙂 DVT decks 30 pcs all pass salt spray 96h, report + photos in the folder
[2024-06-12 09:42] Lily Zhang (Mingda): also the flatness is 0.3 mm max, better than drawing
[2024-06-12 09:44] Lily Zhang (Mingda): do we have go-ahead for the 2,970 MP decks? our CNC line 2 is free from next monday so we could start quickly
[2024-06-12 10:15] Camille Moreau (Trotti Urbain): Hi Lily, super news on the salt spray, merci!
[2024-06-12 10:17] Camille Moreau (Trotti Urbain): Not yet for the MP decks though. Only the 30 DVT decks are released at this point.
[2024-06-12 10:18] Camille Moreau (Trotti Urbain): The 2,970 stay on hold - please don't cut plate or book anodizing capacity for them.
[2024-06-12 10:20] Camille Moreau (Trotti Urbain): They get released after our DVT sign-off (Mathieu's lab does the fatigue + 150 kg static load, results due 14/06) and then only when I send you a written release. I'm the one signing it, not the ops guys.
[2024-06-12 10:21] Lily Zhang (Mingda): ok understood 👍 we keep line 2 for other customer then, please tell us asap after 14/06
[2024-06-12 10:22] Camille Moreau (Trotti Urbain): will do. Can you ship the 30 by air to Roissy this week? Same address as the EVT lot.
[2024-06-12 10:30] Lily Zhang (Mingda): yes, DHL Friday, AWB tomorrow
"""
case("c03_slack_mingda_decks", [], "supplier asks for go-ahead (question); buyer answers: 30 DVT released, 2,970 on hold, DVT sign-off + written release by Camille",
     [("slack_mingda_decks_export.txt", _c03)])

# c04: HTML labelled forecast
_c04_rows = [["Month", "Site", "Dock type", "Forecast qty", "Status"],
             ["2024-07", "Seongsu depot", "BCS-D12", "120", "forecast"],
             ["2024-08", "Seongsu depot", "BCS-D12", "180", "forecast"],
             ["2024-09", "Busan Haeundae", "BCS-D12", "240", "forecast"],
             ["2024-10", "Busan Haeundae", "BCS-D12", "300", "forecast"],
             ["2024-11", "Incheon Songdo", "BCS-D16", "300", "forecast"],
             ["2024-12", "Incheon Songdo", "BCS-D16", "300", "forecast"],
             ["Total", "", "", "1,440", ""]]
_c04 = html_page("Rolling forecast FC-SB-2024-H2", f"""
<h2>Ssangbit Mobility - Supplier Portal</h2>
<p>Supplier: <b>Baltic Charging Systems Sp. z o.o.</b>, ul. Marynarki Polskiej 71, 80-557 Gdańsk<br>
Document: Rolling forecast FC-SB-2024-H2 (published 2024-06-05, revision 3)</p>
<div class="note"><b>Status: FORECAST.</b> Non-binding, for capacity planning only. This is not a purchase
order and not a production release. It authorizes no production and no material purchase. Quantities are
released only by call-offs signed by Ssangbit purchasing.</div>
<h3>Charging docks, 2024 H2</h3>
{html_table(_c04_rows)}
<p>Changes vs. revision 2: Busan moved from August to September (city permit). Incheon uses the 16-slot BCS-D16.</p>
<p>Questions: Lee Seo-yeon, Operations, seoyeon.lee@ssangbit.kr, +82 2 6011 4420</p>
<p style="color:#888">Portal build 5.14.2 | Data refreshed 2024-06-05 07:00 KST</p>
""")
case("c04_forecast_FC-SB-2024-H2", [], "clearly labelled non-binding forecast; no authorization",
     [("forecast_FC-SB-2024-H2.html", _c04)])

# c05: multipart/alternative, approved for fit check only, production not released
_c05_txt = """Hi Jason,

thanks for turning the EVT locks around so fast. Quick summary from Austin:

The 40 EVT locks (LL-IOT-7 Rev 3) are approved for fit check only. They fit the Gen-3 stem
and the cable routing works. That is a fit result, not a production release.

Nothing beyond the 40 EVT locks you already shipped is released. The 1,960 locks on your quote
LQ-0789 stay on hold, and the same goes for PCBAs and die-cast housings: please buy nothing for
them. They can only be released after DVT sign-off (BLE range, -20 C cold start, IP67, 10,000
cycle latch test), and then by a written release from Megan Ortiz, our VP Operations.

Two findings for the DVT build, both minor:
1. Latch spring preload is on the high side (we measured 18-21 N, spec 15 +/- 3 N).
2. The LED light pipe scratches during assembly - can you add a protective film?

We'll send the DVT quantity and the PO revision next week.

Cheers,
Tyler
""" + sig("Tyler Brooks", "Hardware Engineering Lead", "Gridless Mobility Inc., Austin TX", "+1 512 555 0143")
case("c05_fit_check_only", [], "EVT locks approved for fit check only; production not released; 1,960 on hold until DVT sign-off + written release by Megan Ortiz",
     [("RE_EVT_locks_fit_check.eml", eml_bytes(mail(
         "Tyler Brooks <tyler@gridless.io>", "Jason Wu <jason.wu@linklock-iot.com>",
         "EVT locks LL-IOT-7 - fit check result", "Tue, 04 Jun 2024 16:40:00 -0500",
         _c05_txt, html=to_html(_c05_txt), cc="Megan Ortiz <megan@gridless.io>")))])

# c06: full-quantity PO, "please proceed" scoped
_c06 = pdf([
    ("h1", "Bestellung / Purchase Order FL-4500105311"),
    ("p", "Flinkrad GmbH, Landsberger Str. 302, 80687 München. Einkauf / Purchasing: Matthias Berger."),
    ("p", "Lieferant / Supplier: Polmetal Kraków Sp. z o.o., ul. Półłanki 64, 30-740 Kraków, Poland."),
    ("p", "Datum / Date: 06.06.2024. Lieferbedingung: DAP München. Zahlung: 30 Tage netto."),
    ("table", [
        ["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis", "Wert"],
        ["10", "FR-400-26", "Spare-parts kit rear fender 26\" (fender, stay, 2x M5x12 ISO 7380, clip)", "400 kits", "EUR 9.40", "EUR 3,760.00"],
    ]),
    ("sp",),
    ("p", "This is a production order for the full quantity of 400 kits. There is no sample lot and no "
          "balance: the 400 kits on this PO are the whole order and are released for production with this PO."),
    ("p", "Please proceed with the 400 kits as per this PO and drawing FR-400-26 Rev 3. Packing: 20 kits per "
          "carton, label with our material number and PO number. Delivery: KW 28."),
    ("p", "Quality: kits to conform to EN 15194 related fender clearance; certificate of conformity with the delivery."),
    ("p", "Es gelten unsere Einkaufsbedingungen (Stand 01/2024)."),
], title="PO FL-4500105311", author="Flinkrad GmbH")
case("c06_PO_FL-4500105311", [], "full-quantity PO for 400 spare-part kits, no balance; 'proceed with the 400 kits' is scoped; PN FR-400-26 is an identifier",
     [("PO_FL-4500105311.pdf", _c06)])

# c07: DOCX call-off with explicit staged material authority above released qty
_c07 = docx_bytes([
    ("h1", "Call-off No. 2 - Frame Agreement SB-BCS-2024"),
    ("p", "Buyer: Ssangbit Mobility Co., Ltd., 5F, 17 Seongsuil-ro, Seongdong-gu, Seoul 04779, Korea"),
    ("p", "Supplier: Baltic Charging Systems Sp. z o.o., Gdańsk, Poland"),
    ("p", "Date: 2024-06-10. Frame agreement SB-BCS-2024 dated 2024-02-14, part BCS-D12 (12-slot charging dock, IP55)."),
    ("table", [
        ["Item", "Quantity"],
        ["Frame quantity (commercial cover)", "1,200 docks"],
        ["Released by call-off No. 1 (Seongsu)", "120 docks"],
        ["Released by this call-off No. 2 (Busan wave 1)", "150 docks"],
        ["Cumulative released", "270 docks"],
        ["Not released (balance on hold)", "930 docks"],
    ]),
    ("sp",),
    ("h", "Production"),
    ("p", "This call-off releases 150 docks for production, delivery to Busan Haeundae depot by 2024-08-30. "
          "The remaining 930 docks are not released. Do not start them."),
    ("h", "Material authority"),
    ("p", "Staged material authority: you may buy steel enclosures and controller PCBAs (CTRL-9) for up to "
          "600 docks in total, at Ssangbit's liability per clause 7 of the frame agreement. This covers the "
          "270 released docks plus long-lead stock for 330 more. Material for more than 600 docks is at the "
          "supplier's own risk."),
    ("h", "Next release"),
    ("p", "The next call-off (No. 3) will be issued only after site acceptance of Busan wave 1 and will be "
          "signed by Park Ji-hoon, Purchasing Team Lead. No other person can release quantities under this frame."),
    ("sp",),
    ("p", "Signed: Park Ji-hoon, Purchasing Team Lead, Ssangbit Mobility"),
], author="Park Ji-hoon")
case("c07_call-off_02_SB-BCS", [], "call-off releases 150; explicit staged material authority up to 600; 930 on hold; next call-off by Park Ji-hoon after site acceptance",
     [("call-off_02_SB-BCS-2024.docx", _c07)])

# c08: explicit, recorded auto-conversion
_c08 = """Hi Eitan,

as discussed on Thursday's call, here is the auto-conversion for PO HT-7712 in writing so it's on
record for both sides.

PO HT-7712 covers 500 TT-IOT-4G telematics modules in total:
- 20 DVT modules: released (already in build on your side).
- 480 production modules: on hold today.

Recorded auto-conversion: if the DVT sign-off for the TT-IOT-4G module is issued by me with the
disposition "approved" (not "interim", not "rejected"), then this email releases the 480 production
modules, without any further document. Conditions, all three must hold:
  1. the DVT sign-off is dated on or before 31 July 2024;
  2. the modules run OTA firmware 2.3.1 or later at sign-off;
  3. there is no open NCR against the DVT lot.
If any of these is not met, the 480 stay on hold until a separate written release from me.
Nothing in this email covers more than 500 modules total. Material authority stays as on the PO
(sample-only until the 480 are released).

Please reply to confirm you have recorded this on your side.

Thanks,
Sarah
""" + sig("Sarah Kim", "Director, Hardware Operations (release authority PO HT-7712)", "Hoptown Micromobility Inc., Brooklyn NY", "+1 718 555 0192")
case("c08_auto_conversion_recorded", [], "explicit recorded auto-conversion naming 480, signer Sarah Kim and three conditions; clean per convention 9",
     [("HT-7712_production_modules.eml", eml_bytes(mail(
         "Sarah Kim <sarah.kim@hoptown.bike>", "Eitan Shapira <eitan@tavor-telematics.co.il>",
         "PO HT-7712 - recorded auto-conversion for the 480 production modules", "Fri, 07 Jun 2024 11:05:00 -0400",
         _c08)))])

# c09: forwarded rfc822 old quote (5,000) declared informational, current PO full scope
_c09_old = mail("Nguyen Thi Lan <lan.nguyen@anphat-plastics.vn>", "Noa Ben-David <noa@kadima-rides.co.il>",
                "Quotation AP-Q-23-118 rear fender KR-FD-02", "Tue, 14 Nov 2023 08:30:00 +0700",
                """Dear Ms. Noa,

Please see our quotation for rear fender KR-FD-02 (PP + UV stabilizer, black):

- Tooling (2-cavity, P20 steel): USD 7,800
- 5,000 pcs: USD 2.10 / pc FOB Hai Phong
- 10,000 pcs: USD 1.85 / pc FOB Hai Phong

Lead time tool 35 days, T1 samples 7 days after.

Best regards,
Lan
Nguyen Thi Lan | Sales | An Phat Precision Plastics JSC | Hai Phong, Vietnam
""")
_c09 = """Hi Lan,

Forwarding your old quote from November (below) only because our finance team asked me where the
USD 2.10 came from. It's for reference only: old pricing, informational, nothing in it is released
and the 5,000 / 10,000 quantities are not an order.

What is live today is PO KR-PO-2291, and it covers 40 (forty) sample fenders KR-FD-02 Rev D only,
for the Tel Aviv pilot.
The 2,460 production fenders on your new quote AP-Q-24-061 are not released - please do not mould
them and do not buy resin for them.
They will be released only after our sample sign-off (drop test at -10 C and 500 h UV, at our
Jaffa workshop) and only by a written release from Lior Mizrahi, VP Hardware.

Toda and have a good week,
Noa
""" + sig("Noa Ben-David", "Procurement Manager", "Kadima Rides Ltd., Tel Aviv", "+972 3 555 0171")
case("c09_fwd_old_quote", [], "forwarded rfc822 old quote with 5,000/10,000 declared informational; live PO 40 samples with hold, event, Lior Mizrahi",
     [("FW_old_quote_AP-Q-23-118.eml", eml_bytes(mail(
         "Noa Ben-David <noa@kadima-rides.co.il>", "Nguyen Thi Lan <lan.nguyen@anphat-plastics.vn>",
         "FW: Quotation AP-Q-23-118 rear fender KR-FD-02 (for reference only)", "Sun, 09 Jun 2024 09:12:00 +0300",
         _c09, attachments=[("rfc822", _c09_old)])))])

# c10: quoted supplier auto-conversion assumption corrected by buyer
_c10_kevin = """Dear Jonas,

Good news: EVT packs 24 pcs finish aging test tomorrow, ship Friday by air.
To save time for your fleet launch, as soon as you sign off the EVT we will roll directly into the
remaining 976 pcs, cells are available at our cell supplier now.

Best regards
Kevin Zhou
Sales Manager | Shenzhen Huaneng Power Technology Co., Ltd.
"""
_c10 = """Hi Kevin,

thanks for the update, Friday works.

But please don't - the EVT sign-off releases nothing by itself. Only the 24 EVT packs are released.
The 976 packs stay on hold until Katrin Vogel sends you a written release, which can only come
after our EVT sign-off AND after we've checked the full UN38.3 report. No cells for the 976 either,
material authority is sample-only.

I know the fleet launch is tight; I'll push internally for a quick decision once the packs are in
Berlin.

Best,
Jonas

On Wed, 12 Jun 2024 at 04:55, Kevin Zhou <kevin.zhou@huaneng-power.cn> wrote:
""" + q(_c10_kevin) + "\n" + sig("Jonas Richter", "Hardware Lead", "Voltride GmbH, Berlin", "+49 30 5557 2210")
case("c10_reply_no_auto_conversion", [], "quoted supplier assumption of auto-conversion corrected by buyer: 24 released, 976 on hold until Katrin Vogel's written release after EVT sign-off",
     [("RE_EVT_packs_shipping_Friday.eml", eml_bytes(mail(
         "Jonas Richter <jonas.richter@voltride.de>", "Kevin Zhou <kevin.zhou@huaneng-power.cn>",
         "RE: EVT packs shipping Friday", "Wed, 12 Jun 2024 08:31:00 +0200",
         _c10, cc="Katrin Vogel <katrin.vogel@voltride.de>", in_reply_to="<h103-kevin-0612@huaneng-power.cn>")))])

# c11: supplier letter: deposit does not release production
_c11 = pdf([
    ("h1", "Confirmation of Deposit Receipt"),
    ("p", "Changzhou Jinlong E-Motor Co., Ltd., Wujin High-Tech Zone, Changzhou, Jiangsu, China"),
    ("p", "To: Shaked e-Bikes Ltd., 12 Ha'Taasiya St., Ra'anana, Israel. Attn: Ms. Dana Levi, Head of Sourcing"),
    ("p", "Date: 2024-06-11. Our ref: JL-PI-0419."),
    ("sp",),
    ("p", "Dear Ms. Levi,"),
    ("p", "We confirm receipt of USD 18,600.00 on 2024-06-10, being the 30% deposit on proforma invoice "
          "JL-PI-0419 for 1,200 rear hub motors JL-HM250-36 (250 W, 36 V, 20\")."),
    ("p", "Please note: the deposit secures our capacity slot in Q3 and the magnet price. The deposit does not "
          "release production. At this moment we build only the 12 pilot motors released on your PO SK-0087. "
          "We will start the other 1,188 motors only after we receive your written production release."),
    ("table", [
        ["Item", "Qty", "Status"],
        ["Pilot motors (PO SK-0087)", "12", "released - in assembly"],
        ["Production motors (PI JL-PI-0419)", "1,188", "not released - waiting for written release"],
    ]),
    ("sp",),
    ("p", "Bank reference: BOCHK 2024061000877. Thank you for your trust."),
    ("p", "Wang Jian, Sales Director"),
], title="Deposit confirmation JL-PI-0419", author="Changzhou Jinlong")
case("c11_deposit_confirmation_JL", [], "supplier letter: deposit does not release production; only 12 pilot built, 1,188 wait for written release",
     [("deposit_confirmation_JL-PI-0419.pdf", _c11)])

# c12: supplier acknowledgement restating hold, with DOCX attachment
_c12_docx = docx_bytes([
    ("h1", "Order Acknowledgement OA-24-0318"),
    ("p", "Baltic Charging Systems Sp. z o.o., ul. Marynarki Polskiej 71, 80-557 Gdańsk, Poland"),
    ("p", "Customer: Ssangbit Mobility Co., Ltd., Seoul. Customer PO: SB-4471 dated 2024-05-30."),
    ("table", [
        ["Line", "Part", "Scope", "Qty", "Status"],
        ["1", "BCS-D12 charging dock, 12-slot", "pilot", "12", "released - accepted"],
        ["-", "BCS-D12 (quote Q-BCS-118)", "series", "468", "not released - no action"],
    ]),
    ("sp",),
    ("p", "We accept PO SB-4471 with its scope as written: 12 (twelve) pilot docks are released. "
          "The 468 series docks on our quotation Q-BCS-118 are not released. We will not purchase enclosures, "
          "PCBAs or cable sets for them."),
    ("p", "We understand that the series quantity can only be released by a written release from Mr. Park Ji-hoon "
          "after site acceptance of the 12 pilot docks at the Seongsu depot."),
    ("p", "Pilot delivery: ex works Gdańsk 2024-07-05, sea-air via Dubai, ETA Incheon 2024-07-16."),
    ("p", "Marta Kowalczyk, Key Account Manager"),
], author="Marta Kowalczyk")
_c12 = """Dear Mr. Park,

thank you for PO SB-4471. Please find attached our order acknowledgement OA-24-0318.

To summarise: we build the 12 pilot docks only. The 468 series docks are not released and we will
not buy material for them. We will wait for your written release after the site acceptance in
Seongsu before doing anything on the series.

Pilot docks leave Gdańsk on 5 July. Tracking follows.

Kind regards / Z poważaniem,
Marta Kowalczyk
Key Account Manager APAC
Baltic Charging Systems Sp. z o.o. | Gdańsk | +48 58 555 0190
"""
case("c12_order_acknowledgement", [], "supplier acknowledgement restating scope: 12 pilot released, 468 not released, written release by Park after site acceptance",
     [("OA-24-0318_acknowledgement.eml", eml_bytes(mail(
         "Marta Kowalczyk <m.kowalczyk@balticcharging.pl>", "Park Ji-hoon <jihoon.park@ssangbit.kr>",
         "Order acknowledgement OA-24-0318 for your PO SB-4471", "Mon, 03 Jun 2024 14:20:00 +0200",
         _c12, attachments=[("OA-24-0318.docx", _c12_docx, DOCX_MT)])))])

# c13: DOCX DVT test plan with planning assumption labelled
_c13 = docx_bytes([
    ("h1", "DVT Test Plan - Folding stem ST-35 Rev D"),
    ("p", "Pedalo Bikes SAS (Lyon) with Everlight Precision Co., Ltd. (Taichung). Document TP-ST35-DVT-02, 2024-06-03."),
    ("h", "1. Purpose"),
    ("p", "Verify the folding stem ST-35 Rev D (forged 6061-T6, quick-release latch) against EN 17128 and "
          "our fleet durability targets before any production decision."),
    ("h", "2. DVT sample allocation"),
    ("table", [
        ["Use", "Qty", "Test / site"],
        ["Fatigue (EN 17128 handlebar-stem)", "20", "Pedalo lab, Lyon"],
        ["Impact / drop", "10", "Pedalo lab, Lyon"],
        ["Fleet pilot (Lyon Part-Dieu)", "20", "field, 6 weeks"],
        ["Reserve", "10", "stock"],
        ["Total DVT build", "60", ""],
    ]),
    ("h", "3. Test sequence"),
    ("num", "Dimensional check (CMM, 5 pcs) against drawing ST-35-D."),
    ("num", "Latch operating force 40-60 N, 2,000 fold cycles."),
    ("num", "Fatigue 100,000 cycles at +/-600 N, no cracks (dye penetrant)."),
    ("num", "Salt spray 96 h (ISO 9227), no red rust on fasteners."),
    ("h", "4. Relation to production"),
    ("p", "The planned production volume of 4,000 stems per year is a planning assumption only. This test plan "
          "authorizes no production and no material purchase. Production can only be released by a separate "
          "written release from Hugo Lefèvre (Head of Hardware) after DVT sign-off."),
    ("p", "Owner: Claire Martin, Test Engineer. Reviewer: Hugo Lefèvre."),
], author="Claire Martin")
case("c13_DVT_test_plan_ST-35", [], "test plan: 60 DVT units; 4,000/yr labelled planning assumption; authorizes nothing; written release by Hugo Lefevre",
     [("DVT_test_plan_ST-35.docx", _c13)])

# ------------------------------------------------------------------ batch 2: clean c14-c25

# c14: ERP TXT full-quantity PO, European numbers, identifiers that look like quantities
_c14 = """FLINKRAD GMBH                                               BESTELLUNG / PURCHASE ORDER
Landsberger Str. 302, 80687 Muenchen                        Seite 1 von 1
-------------------------------------------------------------------------------------------
BESTELLNR / PO NO ....: 4500098812          DATUM / DATE ......: 07.06.2024
LIEFERANT / SUPPLIER .: 700355 POLMETAL KRAKOW SP. Z O.O., UL. POLLANKI 64, PL-30-740 KRAKOW
EINKAEUFER / BUYER ...: M. BERGER (EK-12)   TEL +49 89 5550 3312
LIEFERBED / INCOTERM .: DAP MUENCHEN        ZAHLUNG / PAYMENT: 30 TAGE NETTO
KOSTENSTELLE .........: 4800                WERK / PLANT: 1000
-------------------------------------------------------------------------------------------
POS  MATERIAL        BEZEICHNUNG                          MENGE      ME   PREIS/ME    WERT EUR
---- --------------- ------------------------------------ ---------- ---- ---------- ----------
0010 26-FEND-1000    KOTFLUEGEL HINTEN 26" / REAR FENDER       1.000  ST       6,85    6.850,00
                     ZCHNG / DRG 2500-114 REV 12
                     WERKSTOFF PP-GF20, SCHWARZ, UV-STAB.
-------------------------------------------------------------------------------------------
                                                     GESAMT / TOTAL NETTO EUR      6.850,00

LIEFERTERMIN / DELIVERY ...: KW 30/2024 (1.000 ST IN 2 LIEFERUNGEN A 500 ST)
PRODUCTION RELEASE ........: FULL ORDER QTY 1.000 ST RELEASED WITH THIS PO - NO BALANCE,
                             NO SAMPLE LOT (PART IN SERIES SINCE 2023, PPAP ON FILE)
PRUEFUNG / INSPECTION .....: EN ISO 2859-1 AQL 1,0; CoC MIT JEDER LIEFERUNG
VERPACKUNG / PACKING ......: 50 ST / KARTON, EURO-PALETTE MAX. 1.200 MM HOEHE

ES GELTEN DIE EINKAUFSBEDINGUNGEN DER FLINKRAD GMBH (STAND 01/2024).
DIESE BESTELLUNG WURDE MASCHINELL ERSTELLT UND IST OHNE UNTERSCHRIFT GUELTIG.
"""
case("c14_ERP_PO_4500098812", [], "full-quantity series PO 1.000 pcs, explicitly no balance; DRG 2500 Rev 12, material 26-FEND-1000, plant 1000 are identifiers",
     [("PO_4500098812_print.txt", _c14)])

# c15: HTML supplier portal showing hold
_c15 = html_page("Order status DR-2024-077", f"""
<h2>Formosa Cell Pack Co., Ltd. - Customer Portal</h2>
<p>Customer: <b>Dalrida Mobility Co., Ltd.</b> (Seoul) &nbsp;|&nbsp; Customer PO: DR-2024-077 &nbsp;|&nbsp; Part: FCP-48V-12A Rev 2 (48 V 12 Ah swappable pack)</p>
{html_table([
    ["Lot", "Qty", "Status", "Remark"],
    ["Sample lot (PVT)", "25", "Released - in production", "ship 2024-07-02, Taoyuan airport"],
    ["Production lot", "2,475", "ON HOLD - not released", "awaiting PVT sign-off and written release"],
])}
<div class="note">Production lot: <b>not released</b>. The customer will release it only after PVT sign-off,
by written release from Mr. Kim Min-jun (Purchasing Manager, Dalrida Mobility). Until then no cells, BMS or
housings are purchased for the production lot. Material authority: sample-only (25 packs).</div>
<h3>Documents</h3>
<ul><li>UN38.3 test report FCP-48V-12A (TÜV Rheinland Taiwan, 2024-05-20)</li>
<li>IEC 62133-2:2017 CB certificate</li><li>MSDS rev 4</li></ul>
<p style="color:#888">Last update 2024-06-18 15:40 (GMT+8) by Eric Lin</p>
""")
case("c15_portal_order_status", [], "supplier portal: 25 PVT released, 2,475 on hold pending PVT sign-off and written release by Kim Min-jun",
     [("portal_order_DR-2024-077.html", _c15)])

# c16: WeChat export Chinese-English / Hebrew-English, full scope
_c16 = """微信聊天记录 / WeChat chat export
Chat: Dana Levi (Shaked) - 王健 Wang Jian (Jinlong)
Exported: 2024-06-13

2024-06-12 15:02  Dana Levi: Hi Wang, PO SK-0091 sent to your email now 🙏
2024-06-12 15:03  Dana Levi: Important: PO SK-0091 is ONLY for 10 sets pilot motors JL-HM250-36.
2024-06-12 15:04  Dana Levi: The rest 590 sets - don't start, don't buy magnets or copper wire for them.
2024-06-12 15:05  Dana Levi: When the test on our e-bikes in Tel Aviv pass (EVT sign-off: 300 km ride + IP65 spray) I will send you written release for the 590. Only me, in writing.
2024-06-12 15:20  王健 Wang Jian: ok Dana 明白 👌 only 10 sets
2024-06-12 15:21  王健 Wang Jian: magnet we buy only for 10 sets, no problem
2024-06-12 15:22  王健 Wang Jian: 10 sets can ship 6/28 by DHL, need your confirm the connector, Higo or Julet?
2024-06-12 15:40  Dana Levi: Julet 9-pin waterproof, same as sample from March
2024-06-12 15:41  王健 Wang Jian: 好的 received
"""
case("c16_wechat_jinlong_pilot", [], "WeChat: 10 pilot motors only, 590 not started, EVT sign-off then written release by Dana; supplier buys magnets for 10 only",
     [("wechat_jinlong_pilot_motors.txt", _c16)])

# c17: multipart/alternative Korean-English interim disposition
_c17 = """Dear Mr. Eric Lin,

Thank you for your support for DVT of pack FCP-48V-15B. Please find below our result.

1. DVT sign-off result: INTERIM (not full sign-off)
   - Reason: capacity after 300 cycles is 91.2%, our target is 92%. Other items (IP67, UN38.3
     summary, vibration, BMS CAN protocol) all OK.
   - Interim limit: max 200 packs, only for Pangyo fleet pilot, valid until 30 August 2024.

2. Production release for interim lot
   - By this email, 200 (two hundred) packs FCP-48V-15B are released for production, for Pangyo
     fleet pilot only.
   - Remaining 2,300 packs of quotation FCQ-2404 are not released. Please do not start them and
     please do not purchase cells for them.

3. Next step
   - Full release needs PVT sign-off (after cell supplier change to 50E) and a separate written
     release from me.

Sorry for the long mail. If any question please kindly contact me anytime.

Best regards,
Kim Min-jun
Purchasing Manager (release authority) | Dalrida Mobility Co., Ltd.
17F, 55 Pangyo-ro, Bundang-gu, Seongnam-si, Gyeonggi-do, Korea | +82 31 555 0148
"""
case("c17_interim_disposition", [], "interim DVT sign-off with limit 200 packs / date; 200 released in writing, 2,300 not released; PVT + written release by Kim Min-jun",
     [("DVT_result_FCP-48V-15B.eml", eml_bytes(mail(
         "Kim Min-jun <minjun.kim@dalrida.co.kr>", "Eric Lin <eric.lin@formosacellpack.com.tw>",
         "[Dalrida] DVT result FCP-48V-15B - interim, 200 packs released for Pangyo pilot", "Thu, 13 Jun 2024 17:45:00 +0900",
         _c17, html=to_html(_c17))))])

# c18: PDF PO with sample line + production line marked not released
_c18 = pdf([
    ("h1", "PURCHASE ORDER HT-7801"),
    ("p", "Hoptown Micromobility Inc., 55 Water St, Brooklyn, NY 11201, USA"),
    ("p", "Vendor: Everlight Precision Co., Ltd., No. 12 Jingke Rd., Nantun Dist., Taichung 408, Taiwan"),
    ("p", "PO date: June 10, 2024 | Terms: Net 45 | Ship via: air, FCA Taichung | Buyer: Sarah Kim"),
    ("table", [
        ["Line", "Part / Rev", "Description", "Scope", "Qty", "Unit", "Ext."],
        ["1", "HT-STM-22 / C", "Folding stem assy, forged, quick-release", "sample (FAI)", "20", "$41.00", "$820.00"],
        ["2", "HT-STM-22 / C", "Folding stem assy, forged, quick-release", "production - NOT RELEASED", "1,980", "$17.60", "$34,848.00"],
    ]),
    ("sp",),
    ("h", "Release status"),
    ("p", "Line 1 (20 FAI stems) is released: build and ship."),
    ("p", "Line 2 (1,980 stems) is commercial cover only. It is NOT released. Do not start production and do "
          "not buy forgings or other material for line 2."),
    ("p", "Line 2 can only be released after FAI sign-off of the line 1 stems, and only by a written release "
          "signed by Sarah Kim, Director Hardware Operations. Hoptown will not pay for line 2 work started "
          "before that release."),
    ("p", "Material authority: sample-only (20 stems)."),
    ("sp",),
    ("p", "Notes: Ship FAI report (balloon drawing, CMM data, material certs) with the 20 stems. "
          "Deliver to Hoptown Red Hook depot, 160 Van Brunt St, Brooklyn, NY 11231."),
], pagesize=LETTER, title="PO HT-7801", author="Hoptown Micromobility")
case("c18_PO_HT-7801", [], "PO with FAI line 20 released and production line 1,980 marked not released; FAI sign-off + written release by Sarah Kim",
     [("PO_HT-7801.pdf", _c18)])

# c19: EML with HTML attachment spec, identifiers that look like quantities
_c19_html = html_page("Spec sheet ST-2000-480-12", f"""
<h2>Spec sheet - stem clamp PN 2000-480-12 Rev 20</h2>
{html_table([
    ["Characteristic", "Value"],
    ["Drawing", "DRG 5000-A Rev 20"],
    ["Material", "EN AW-6082 T6"],
    ["Thread", "M8x1.25, torque 25 Nm"],
    ["Standard", "ISO 4210-2:2023, EN 15194:2017+A1:2023"],
    ["Surface", "anodised 15 um, black"],
    ["Inspection hall", "hall 2500, gauge G-1482"],
])}
<p>Reference only. This sheet carries no quantities and authorizes nothing.</p>
""")
_c19 = """Dear Vincent,

following up on today's call, here is PO FL-4500105402 (PN 2000-480-12 Rev 20, drawing DRG 5000-A).

Scope:
- Released now: eighteen (18) first-article stem clamps, for FAI.
- Not released: the remaining 1,482 clamps from your offer EV-Q-2024-333. Please do not start them
  and do not order the EN AW-6082 bar for them.
- Release of the 1,482 only after our FAI sign-off, by written release from me (Matthias Berger,
  Einkauf / purchasing lead).

Notes on the spec (attached): thread M8x1.25 with 25 Nm, ISO 4210-2:2023, gauge G-1482 in hall 2500.
Cost centre 4800, plant 1000 - please put both on the invoice.

Mit freundlichen Grüßen / best regards
Matthias Berger
""" + sig("Matthias Berger", "Purchasing Lead (Einkauf)", "Flinkrad GmbH, München", "+49 89 5550 3312")
case("c19_PO_FL-4500105402_identifiers", [], "18 FA clamps released, 1,482 not released, FAI sign-off + written release by Matthias Berger; many quantity-like identifiers",
     [("PO_FL-4500105402_stem_clamp.eml", eml_bytes(mail(
         "Matthias Berger <m.berger@flinkrad.de>", "Vincent Chen <vincent.chen@everlight-precision.com.tw>",
         "PO FL-4500105402 - FA stem clamps PN 2000-480-12", "Wed, 12 Jun 2024 15:02:00 +0200",
         _c19, attachments=[("spec_PN_2000-480-12.html", _c19_html, "text/html")])))])

# c20: TXT call-off 3 of a blanket, European format
_c20 = """VOLTRIDE GMBH - ABRUF / CALL-OFF
====================================================================
RAHMENVERTRAG / FRAME ........: RV-2024-HN-01 (SHENZHEN HUANENG POWER TECHNOLOGY CO., LTD.)
TEIL / PART ..................: VR-BP-3615 REV C  AKKUPACK 36V 15,3AH
ABRUF NR / CALL-OFF NO .......: 03
DATUM / DATE .................: 17.06.2024
--------------------------------------------------------------------
RAHMENMENGE / FRAME QTY ......:  4.000 ST
ABRUF 01 (14.03.2024) ........:    500 ST
ABRUF 02 (15.05.2024) ........:    500 ST
ABRUF 03 (DIESER / THIS) .....:    500 ST   -> RELEASED FOR PRODUCTION
KUM. FREIGEGEBEN / CUM REL ...:  1.500 ST
SALDO / BALANCE ..............:  2.500 ST   -> NOT RELEASED, DO NOT START
--------------------------------------------------------------------
LIEFERUNG / DELIVERY .........: KW 31, DAP BERLIN TEMPELHOF, UN3480 KL. 9
MATERIAL AUTHORITY ...........: CELLS FOR RELEASED QTY ONLY (1.500 ST CUM.)
NAECHSTER ABRUF / NEXT .......: CALL-OFF 04 ONLY AFTER LOT ACCEPTANCE OF WAVE 2
                                (BERLIN MITTE), SIGNED BY K. VOGEL, HEAD OF
                                SUPPLY CHAIN. NO OTHER RELEASE IS VALID.
--------------------------------------------------------------------
ERSTELLT / CREATED: J. RICHTER    GEPRUEFT / CHECKED: K. VOGEL
"""
case("c20_call-off_03_VR-BP-3615", [], "call-off 03 releases 500; cum 1.500 of frame 4.000; balance 2.500 not released; next call-off by K. Vogel after lot acceptance",
     [("call-off_03_RV-2024-HN-01.txt", _c20)])

# c21: EML quoted thread, supplier asks whether deposit means start, buyer answers no
_c21_sup = """Dear Hugo,

we received your 30% deposit today for PI JL-PI-0455, thank you very much.
Does it mean we can start the 1,485 motors now? Our winding line has free capacity next week.

Best regards
Wang Jian
Changzhou Jinlong E-Motor Co., Ltd.
"""
_c21 = """Bonjour Wang,

thank you for confirming the payment.

No - the deposit secures your capacity and the magnet order price, it does not release production.
Only the 15 pilot hub motors on PO PB-2198 are released today.
The 1,485 motors stay on hold until our road-test sign-off (500 km on the Lyon fleet bikes, plus
IPX5 spray) and a written release from me. I will sign that release myself; please don't take
instructions from anyone else on this.

If the winding line is free next week, perfect for the 15 pilots - can they leave Shanghai by
28 June?

Cordialement,
Hugo Lefèvre
Head of Hardware | Pedalo Bikes SAS | 27 quai Rambaud, 69002 Lyon | +33 4 55 50 12 90

Le mar. 11 juin 2024 à 10:02, Wang Jian <wangjian@jinlong-motor.cn> a écrit :
""" + q(_c21_sup)
case("c21_reply_deposit_question", [], "supplier asks if deposit means start; buyer: deposit does not release production; 15 pilot only, 1,485 on hold until road-test sign-off + written release by Hugo",
     [("RE_deposit_PI_JL-PI-0455.eml", eml_bytes(mail(
         "Hugo Lefèvre <hugo.lefevre@pedalo-bikes.fr>", "Wang Jian <wangjian@jinlong-motor.cn>",
         "RE: deposit PI JL-PI-0455", "Tue, 11 Jun 2024 11:47:00 +0200", _c21,
         in_reply_to="<h103-wang-0611@jinlong-motor.cn>")))])

# c22: HTML supplier quote page with tiers
_c22 = html_page("LinkLock quotation LQ-0821", f"""
<h2>LinkLock IoT Technology (Shenzhen) Co., Ltd. - Online Quotation</h2>
<p>Quotation LQ-0821 &nbsp;|&nbsp; Customer: Hoptown Micromobility Inc. &nbsp;|&nbsp; Part: LL-IOT-9 smart lock (4G Cat-1, BLE 5.2, GPS) &nbsp;|&nbsp; Valid until 2024-08-31</p>
{html_table([
    ["Stage", "Qty", "Unit price (USD)", "Lead time"],
    ["EVT", "20", "96.00", "20 days after drawing freeze"],
    ["DVT", "100", "61.50", "25 days after EVT sign-off"],
    ["Mass production", "5,000", "38.40", "45 days after written production release"],
])}
<p>Tooling (zinc die-cast housing, 2 cavities): USD 14,500, paid 50% with tooling PO.<br>
OTA firmware: LinkLock Cloud v4, 3 years included. Certifications: CE RED, FCC ID, IP67 (IEC 60529).</p>
<p>This is a quotation. No quantity is ordered or released by this page.</p>
<p style="color:#888">Sales contact: Jason Wu, jason.wu@linklock-iot.com</p>
""")
case("c22_quote_LQ-0821", [], "supplier quote page with EVT/DVT/MP tiers; no authorization in bundle",
     [("quote_LQ-0821.html", _c22)])

# c23: DOCX sample sign-off record, approval kept technical
_c23 = docx_bytes([
    ("h1", "Sample Sign-off Record SSR-TU-0042"),
    ("p", "Trotti Urbain SAS - Engineering. Part: deck DK-480 Rev C. Supplier: Changzhou Mingda Metal Products Co., Ltd."),
    ("table", [
        ["Test", "Requirement", "Result"],
        ["Static load", "150 kg, 10 min, no permanent set > 0.5 mm", "0.2 mm - pass"],
        ["Fatigue", "EN 17128, 100,000 cycles", "pass"],
        ["Salt spray", "96 h ISO 9227 NSS", "pass"],
        ["Flatness", "<= 0.5 mm", "0.3 mm - pass"],
    ]),
    ("sp",),
    ("p", "Disposition: approved (sample sign-off, technical only). Signed: Mathieu Dubois, Engineering Director, 2024-06-14."),
    ("p", "This sign-off releases no production quantity. Only the 30 DVT decks were released, and they are delivered. "
          "The 2,970 production decks remain on hold. They can only be released by a written release from "
          "Camille Moreau (Purchasing), which is a separate document."),
], author="Mathieu Dubois")
case("c23_sample_signoff_SSR-TU-0042", [], "sample sign-off record: approved technically only, releases nothing; 2,970 on hold until written release by Camille Moreau",
     [("sample_signoff_SSR-TU-0042.docx", _c23)])

# c24: multi-file: PO PDF (full scope, quote informational) + supplier TXT quote
_c24_pdf = pdf([
    ("h1", "PURCHASE ORDER DR-2024-081"),
    ("p", "Dalrida Mobility Co., Ltd., 17F, 55 Pangyo-ro, Bundang-gu, Seongnam-si, Korea"),
    ("p", "Supplier: LinkLock IoT Technology (Shenzhen) Co., Ltd. | Date 2024-06-14 | Terms: T/T 30 days"),
    ("table", [
        ["No.", "Part", "Description", "Qty", "Unit price", "Amount"],
        ["1", "LL-IOT-9 KR", "Smart lock, 4G Cat-1, KC certified, sample", "30", "USD 61.50", "USD 1,845.00"],
    ]),
    ("sp",),
    ("p", "Released by this PO: thirty (30) sample locks only."),
    ("p", "The production quantity of 2,970 locks on your quotation LQ-1102 (enclosed as a separate file) is for "
          "information only and is not released. Do not start it and do not purchase PCBAs or housings for it."),
    ("p", "The 2,970 can be released only after DVT sign-off on the 30 samples, by a written release from "
          "Kim Min-jun, Purchasing Manager."),
    ("p", "Delivery: DAP Seongnam, by 2024-07-12. KC and radio test reports to be sent with the samples."),
], title="PO DR-2024-081", author="Dalrida Mobility")
_c24_txt = """LinkLock IoT Technology (Shenzhen) Co., Ltd.
QUOTATION LQ-1102                                    Date: 2024-06-07
Customer: Dalrida Mobility Co., Ltd. (Mr. Kim Min-jun)

Part: LL-IOT-9 KR (Korean version, KC cert, LTE Cat-1 SKT/KT bands)

  Sample lot ........   30 pcs   USD 61.50   lead time 18 days
  Production ........ 2,970 pcs   USD 36.90   lead time 40 days after written release

Tooling: shared with LL-IOT-9, no extra charge.
Payment: T/T, 30 days after invoice.
Validity: 90 days.

Jason Wu, Sales Director
"""
case("c24_PO_DR-2024-081_with_quote", [], "two files: PO releases 30 samples and declares the quote's 2,970 informational/not released; event + Kim Min-jun named; quote alone authorizes nothing",
     [("PO_DR-2024-081.pdf", _c24_pdf), ("quotation_LQ-1102.txt", _c24_txt)])

# c25: DOCX supplier report staging material within explicit staged authority
_c25 = docx_bytes([
    ("h1", "Everlight Precision - Weekly Status Report W25"),
    ("p", "Customer: Gridless Mobility Inc. (Austin, TX). Part: GM-STEM-40 Rev B folding stem. Report date 2024-06-21."),
    ("h", "Fabrication"),
    ("p", "Only the 50 first-article stems released on PO GM-5520 are in process: forging done, CNC 32/50, "
          "anodize booked for 2024-06-26. Nothing else has been started."),
    ("h", "Material"),
    ("table", [
        ["Material", "Purchased for", "Authority"],
        ["6061 forging billet, dia. 60 mm", "600 stems", "Material Authority MA-GM-03 (staged, up to 600 stems, buyer liability)"],
        ["Quick-release latch kit", "50 stems", "PO GM-5520 (sample)"],
    ]),
    ("p", "The billet purchase stays within Gridless' written Material Authority MA-GM-03 dated 2024-06-05 "
          "(staged, up to 600 stems' worth, at buyer's liability), signed by Megan Ortiz. No latch kits beyond the 50 FA stems."),
    ("h", "Balance"),
    ("p", "The balance of 950 stems remains on hold. We understand it will only be released after FAI sign-off, by written "
          "release from Ms. Megan Ortiz."),
    ("p", "Prepared by: Vincent Chen, Project Manager"),
], author="Vincent Chen")
case("c25_weekly_status_W25", [], "supplier stages billet for 600 within explicit staged material authority MA-GM-03; 50 FA in process, 950 on hold",
     [("weekly_status_W25_GM-STEM-40.docx", _c25)])

# ------------------------------------------------------------------ batch 3: risky r01-r10, r16

# r01: EML, PO + quote PDFs; quote "forms part of the order"; nothing on hold/unlock/who
_r01_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500104410"),
    ("p", "Flinkrad GmbH, Landsberger Str. 302, 80687 München"),
    ("p", "Supplier: Shenzhen Huaneng Power Technology Co., Ltd. (supplier no. 700412)"),
    ("p", "Date: 10.06.2024 | Incoterm: FCA Shenzhen | Payment: 60 days net | Buyer: Matthias Berger"),
    ("table", [
        ["Pos.", "Material", "Description", "Qty", "Price", "Value"],
        ["10", "FR-BP-4817", "Battery pack 48 V 17.5 Ah, frame-integrated, EVT build", "20", "EUR 245.00", "EUR 4,900.00"],
    ]),
    ("sp",),
    ("p", "Quotation QT-HN-24190 of 05.06.2024 is part of this order."),
    ("p", "Delivery: latest 12.07.2024 to Flinkrad Werkstatt, Landsberger Str. 302. UN3480 class 9, documents per PI 965 IB."),
], title="PO 4500104410", author="Flinkrad GmbH")
_r01_quote = pdf([
    ("h1", "QUOTATION QT-HN-24190"),
    ("p", "Shenzhen Huaneng Power Technology Co., Ltd. - 2F, Bldg 6, Fuyong Industrial Park, Bao'an, Shenzhen"),
    ("p", "Customer: Flinkrad GmbH, Munich. Date 2024-06-05. Validity 60 days."),
    ("table", [
        ["Item", "Stage", "Qty", "Unit price", "Lead time"],
        ["FR-BP-4817 48V 17.5Ah (13S5P, Samsung 35E)", "EVT", "20", "EUR 245.00", "25 days"],
        ["FR-BP-4817 48V 17.5Ah (13S5P, Samsung 35E)", "Mass production", "2,000", "EUR 168.00", "40 days"],
    ]),
    ("sp",),
    ("p", "Packing: individual carton with UN3480 label, 2 packs per master carton."),
    ("p", "Warranty: 24 months or 800 cycles (>= 80% capacity), whichever first."),
    ("p", "Certification: UN38.3, IEC 62133-2, EN 50604-1 (test costs included in EVT price)."),
    ("p", "Kevin Zhou, Sales Manager"),
], title="QT-HN-24190", author="Huaneng")
_r01 = """Dear Kevin,

attached you find our PO 4500104410 for 20 battery packs FR-BP-4817 for our EVT in Munich.

Your quotation QT-HN-24190 is attached as well and forms part of the order (prices, packing,
UN38.3 documents and warranty terms). Please send us your order confirmation with the delivery
date - we need the packs in Munich latest 12 July, our EVT bikes are waiting.

One more point: please use the Anderson SB50 connector as in your sample photos, not the XT90.

Best regards,
Matthias Berger
""" + sig("Matthias Berger", "Purchasing Lead (Einkauf)", "Flinkrad GmbH, München", "+49 89 5550 3312")
case("r01_po_with_quote_part_of_order", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 20 EVT packs with attached quote (2,000 MP) declared part of the order; nothing says the 2,000 is not released, no unlock event, no release person",
     [("PO_4500104410_EVT_packs.eml", eml_bytes(mail(
         "Matthias Berger <m.berger@flinkrad.de>", "Kevin Zhou <kevin.zhou@huaneng-power.cn>",
         "PO 4500104410 - battery packs FR-BP-4817", "Mon, 10 Jun 2024 13:22:00 +0200", _r01,
         attachments=[("PO_4500104410.pdf", _r01_po, PDF_MT), ("QT-HN-24190.pdf", _r01_quote, PDF_MT)])))])

# r02: PDF PO (French-English) with project quantity in header
_r02 = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER TU-24-0207"),
    ("p", "Trotti Urbain SAS - 14 rue de la Roquette, 75011 Paris - SIRET 882 555 301 00024"),
    ("p", "Fournisseur / Supplier: Changzhou Mingda Metal Products Co., Ltd., Changzhou, Jiangsu, China"),
    ("table", [
        ["Date", "Acheteuse / Buyer", "Projet / Project", "Incoterm"],
        ["11/06/2024", "Camille Moreau", "Lancement Lyon / Lyon city launch - 3,600 decks", "FCA Shanghai"],
    ]),
    ("sp",),
    ("table", [
        ["Ligne", "Réf.", "Désignation", "Qté", "PU (USD)", "Total (USD)"],
        ["1", "DK-520 Rev B", "Plateau trottinette / scooter deck, 6061-T6, échantillons DVT / DVT samples", "12", "58.00", "696.00"],
        ["2", "NRE-DK520", "Programmation CNC + gabarit / CNC programming + fixture", "1", "1,900.00", "1,900.00"],
    ]),
    ("sp",),
    ("p", "Conditions: plan DK-520-B du 03/06/2024, tolérances ISO 2768-mK, anodisation noire 25 µm. "
          "Merci de joindre le rapport dimensionnel (5 pièces) et le rapport brouillard salin 96 h."),
    ("p", "Livraison / Delivery: DHL Express to Trotti Urbain, entrepôt de Gennevilliers, before 05/07/2024."),
    ("p", "Payment: 30% deposit, 70% before shipment. Please confirm by return email."),
], title="PO TU-24-0207", author="Trotti Urbain")
case("r02_PO_TU-24-0207", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 DVT decks shows project quantity 3,600 decks beside it, unlabelled; no hold, no unlock event, no release person",
     [("PO_TU-24-0207.pdf", _r02)])

# r03: multi-file: ERP TXT PO referencing attached quote + HTML quote
_r03_txt = """SSANGBIT MOBILITY CO., LTD.          PURCHASE ORDER          PAGE 1/1
5F, 17 SEONGSUIL-RO, SEONGDONG-GU, SEOUL 04779
==========================================================================
PO NO .......: SB-4520                 PO DATE ..: 2024-06-12
VENDOR ......: V-20331 BALTIC CHARGING SYSTEMS SP. Z O.O., GDANSK, PL
BUYER .......: PARK JI-HOON (PUR-01)   CURRENCY .: EUR
INCOTERMS ...: FCA GDANSK              PAYMENT ..: NET 45
--------------------------------------------------------------------------
LN  ITEM         DESCRIPTION                      QTY   UOM   UNIT    AMOUNT
--  -----------  -------------------------------  ----  ----  ------  --------
01  BCS-D16      CHARGING DOCK 16-SLOT IP55        10    EA    2,140   21,400.00
                 PILOT - SONGDO DEPOT
--------------------------------------------------------------------------
                                               TOTAL EUR        21,400.00
REMARKS:
 - REF. QUOTE Q-BCS-131 (ATTACHED). QUOTE IS PART OF THIS ORDER.
 - KC / KCs CERT FOR KOREAN GRID (220V 60HZ) REQUIRED BEFORE SHIPMENT.
 - DELIVERY: SONGDO DEPOT, INCHEON, BY 2024-08-09.
 - PLS CONFIRM RECEIPT WITHIN 3 WORKING DAYS.
==========================================================================
THIS PO IS SYSTEM GENERATED (SSB-ERP 7.2).
"""
_r03_html = html_page("Quotation Q-BCS-131", f"""
<h2>Baltic Charging Systems Sp. z o.o. - Quotation Q-BCS-131</h2>
<p>For: Ssangbit Mobility Co., Ltd., Seoul (Mr. Park Ji-hoon) &nbsp;|&nbsp; Date: 2024-06-06 &nbsp;|&nbsp; Valid: 90 days</p>
{html_table([
    ["Pos.", "Product", "Quantity", "Unit price (EUR)", "Delivery"],
    ["1", "BCS-D16 charging dock 16-slot, pilot", "10", "2,140.00", "8 weeks"],
    ["2", "BCS-D16 charging dock 16-slot, series", "600", "1,585.00", "12 weeks"],
    ["3", "Installation kit (anchors, cable gland set)", "per dock", "64.00", "with docks"],
])}
<p>Prices FCA Gdańsk, excluding VAT. Warranty 24 months. Firmware: OCPP 1.6J, OTA updates via Baltic Cloud.</p>
<p>Piotr Nowak, Sales Engineer | +48 58 555 0174</p>
""")
case("r03_PO_SB-4520_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "two files: ERP PO for 10 pilot docks makes quote part of order; quote shows series 600; nothing says not released, no unlock event, no release person",
     [("PO_SB-4520.txt", _r03_txt), ("quotation_Q-BCS-131.html", _r03_html)])

# r04: Slack, supplier posts MP qty, buyer orders 8 proto "first"
_r04 = """Slack export - #ext-linklock (Gridless Mobility)
Exported by tyler@gridless.io on 2024-06-14

[2024-06-13 08:02] Jason Wu (LinkLock): morning team 👋 quote updated per your BOM changes: proto 8 pcs @ $95, MP 5,000 pcs @ $38.40, see LQ-0815 rev2 in the drive
[2024-06-13 08:03] Jason Wu (LinkLock): main change is the Quectel EG915U instead of EC200, saves 2.1 usd
[2024-06-13 08:40] Tyler Brooks (Gridless): thx Jason. rev2 pricing works for us
[2024-06-13 08:41] Tyler Brooks (Gridless): PO 4100-2301 is in the portal. send us the 8 proto locks first, need them in Austin by 7/12 for the fleet pilot 🙏
[2024-06-13 08:42] Tyler Brooks (Gridless): ship to 2201 E 6th St, attn hardware lab
[2024-06-13 08:55] Jason Wu (LinkLock): 收到 received! 8 proto locks ex-factory 7/3, FedEx IP
[2024-06-13 09:10] Megan Ortiz (Gridless): nice. Jason can you also share the IP67 report from the EC200 version? just for reference
[2024-06-13 09:12] Jason Wu (LinkLock): sure, uploaded
"""
case("r04_slack_linklock_proto", ["RG001", "RG003", "RG004", "RG005"],
     "Slack: buyer orders 8 proto locks 'first' right under a 5,000 MP quote it says works; nothing holds the 5,000, no unlock event, no release person",
     [("slack_ext-linklock_export.txt", _r04)])

# r05: DOCX sample order with series quantity column
_r05 = docx_bytes([
    ("h1", "Sample Order KR-SO-014"),
    ("p", "Kadima Rides Ltd., 8 Ha'Arba'a St., Tel Aviv 6473908, Israel"),
    ("p", "To: An Phat Precision Plastics JSC, Nam Dinh Vu Industrial Zone, Hai Phong, Vietnam. Attn: Ms. Nguyen Thi Lan"),
    ("p", "Date: 16 June 2024. Our ref: KR-SO-014 / PO KR-PO-2305."),
    ("p", "Dear Lan, please produce the sample fenders for our Tel Aviv fleet pilot as listed below. "
          "Material PP + UV masterbatch 2%, colour black matte, texture MT-11020."),
    ("table", [
        ["Part", "Description", "Sample qty", "Series qty", "Unit price", "Due"],
        ["KR-FD-03 Rev A", "Front fender, scooter K3", "40", "2,500", "USD 2.35", "10 July 2024"],
        ["KR-FD-04 Rev A", "Rear fender with light bracket, K3", "40", "2,500", "USD 2.80", "10 July 2024"],
    ]),
    ("sp",),
    ("p", "Please send 5 pcs of each by DHL to our office and the rest by sea with the next consolidation."),
    ("p", "Invoice to Kadima Rides Ltd., accounts payable, quoting PO KR-PO-2305."),
    ("p", "Thanks, Noa Ben-David, Procurement Manager"),
], author="Noa Ben-David")
case("r05_sample_order_KR-SO-014", ["RG001", "RG003", "RG004", "RG005"],
     "sample order for 40+40 fenders with a 'Series qty 2,500' column beside it, unlabelled; no hold, no unlock event, no release person",
     [("sample_order_KR-SO-014.docx", _r05)])

# r06: Slack, scope pinned, later unscoped "you're good to go"
_r06 = """Slack export - shared channel #huaneng-voltride
Exported 2024-06-24 by jonas.richter

--- pinned message ---
[2024-06-03 10:20] Jonas Richter (Voltride): 📌 Scope PO 4500031877: build 24 (twenty-four) EVT packs VR-BP-3615 Rev B only. The other 976 packs from QT-HN-24117 are NOT released - no build, no cell purchase. They can only be released after our EVT sign-off, by a written release from Katrin Vogel (Head of Supply Chain).
--- end pinned ---

[2024-06-21 03:12] Kevin Zhou (Huaneng): Hi Jonas, EVT packs passed our internal IP67 dunk (1 m / 30 min) and vibration per UN38.3 T3 ✅ report is uploaded to the shared drive /EVT/reports
[2024-06-21 03:13] Kevin Zhou (Huaneng): all 24 pcs OK, capacity 15.2-15.4 Ah
[2024-06-21 03:15] Kevin Zhou (Huaneng): can we proceed?
[2024-06-21 08:47] Jonas Richter (Voltride): morning Kevin! saw the report, looks really solid 💪
[2024-06-21 08:48] Jonas Richter (Voltride): you're good to go!
[2024-06-21 08:49] Jonas Richter (Voltride): btw Katrin is on holiday until 8 July, ping me for anything
[2024-06-21 09:02] Kevin Zhou (Huaneng): great, thank you Jonas 🙏
"""
case("r06_slack_huaneng_good_to_go", ["RG002"],
     "scope pinned correctly, but buyer's later 'you're good to go!' answers 'can we proceed?' with no quantity and no sample scope",
     [("slack_huaneng-voltride_export.txt", _r06)])

# r08: EML reply thread, "let's roll" unscoped
_r08_hugo_po = """Hi Vincent,

PO PB-2211 is attached. Scope: 10 (ten) first-article stems ST-35 Rev D only.
The remaining 1,490 stems of your offer EV-Q-2024-301 are not released: no forging, no machining,
no anodizing for them. They can only be released after our FAI sign-off, by a written release
signed by me.

Hugo Lefèvre, Head of Hardware, Pedalo Bikes
"""
_r08_vincent = """Dear Hugo,

FA stems 10 pcs finished, CMM report and material certificate attached (all 42 dimensions OK,
hardness 98-102 HB).
Please advise if we can continue.

Best regards,
Vincent Chen
Project Manager | Everlight Precision Co., Ltd. | Taichung

On 2024-06-04 17:30, Hugo Lefèvre wrote:
""" + q(_r08_hugo_po)
_r08 = """Hi Vincent,

merci, CMM looks fine to me and the hardness is right where we wanted it.

Thumbs up from our side - let's roll! 🙂

Hugo

On Tue, 18 Jun 2024 at 05:10, Vincent Chen <vincent.chen@everlight-precision.com.tw> wrote:
""" + q(_r08_vincent) + "\n" + sig("Hugo Lefèvre", "Head of Hardware", "Pedalo Bikes SAS, Lyon", "+33 4 55 50 12 90")
case("r08_reply_lets_roll", ["RG002"],
     "quoted PO scope is complete, but the reply 'Thumbs up from our side - let's roll!' to 'can we continue' names no quantity and no sample scope",
     [("RE_FA_stems_ST-35_finished.eml", eml_bytes(mail(
         "Hugo Lefèvre <hugo.lefevre@pedalo-bikes.fr>", "Vincent Chen <vincent.chen@everlight-precision.com.tw>",
         "RE: FA stems ST-35 finished", "Tue, 18 Jun 2024 09:02:00 +0200", _r08,
         in_reply_to="<h103-vincent-0618@everlight-precision.com.tw>")))])

# r09: EML Hebrew-English, deposit -> green light
_r09_old = """Hi Wang,

PO SK-0102 attached. It's for 12 (twelve) pilot hub motors JL-HM350-48 only.
The other 588 motors on PI JL-PI-0502 are on hold - please don't start them.
They are released only after our EVT sign-off (ride test on the Haifa hills + IP65 spray) and
only by a written release from me.

Dana
"""
_r09 = """Hi Wang,

the deposit (30%) on PI JL-PI-0502 was transferred this morning, swift copy attached in the next
mail. So from our side you have the green light, yalla 🙂

Please also send me the updated torque curve for the 48 V winding, our firmware guy needs it
for the controller mapping.

Thanks!
Dana

On Mon, 17 Jun 2024, Dana Levi wrote:
""" + q(_r09_old) + "\n" + sig("Dana Levi", "Head of Sourcing", "Shaked e-Bikes Ltd., Ra'anana", "+972 9 555 0134")
case("r09_deposit_green_light", ["RG002", "RG012"],
     "buyer: deposit transferred 'so you have the green light' - payment treated as release, and the green light names no quantity or sample scope; earlier scope quoted",
     [("deposit_PI_JL-PI-0502.eml", eml_bytes(mail(
         "Dana Levi <dana@shaked-bikes.co.il>", "Wang Jian <wangjian@jinlong-motor.cn>",
         "deposit PI JL-PI-0502", "Thu, 20 Jun 2024 10:15:00 +0300", _r09)))])

# r10: DOCX FAI report: "Approved - proceed" + "PO approved by Finance"
_r10 = docx_bytes([
    ("h1", "First Article Inspection Report FAI-TT-0031"),
    ("p", "Part: TT-IOT-4G telematics module, Rev 1.3, firmware 2.3.1. Supplier: Tavor Telematics Ltd., Haifa. "
          "Customer: Hoptown Micromobility Inc., Brooklyn NY."),
    ("h", "Order reference"),
    ("p", "PO HT-7790: 5 first-article modules released. The 995 production modules are not released until FAI "
          "sign-off and a written release by Sarah Kim (Director, Hardware Operations)."),
    ("p", "Commercial status: PO HT-7790 approved by Finance (Sanjay Patel) on 2024-06-03."),
    ("h", "Results"),
    ("table", [
        ["#", "Characteristic", "Spec", "Measured", "Result"],
        ["1", "Board outline", "62.0 +/- 0.1 mm", "61.97-62.04", "OK"],
        ["2", "Conformal coat thickness", "25-75 um", "38-52", "OK"],
        ["3", "LTE Cat-1 TX power (B13)", "23 dBm +/- 2", "22.4", "OK"],
        ["4", "GNSS TTFF cold", "< 35 s", "28 s", "OK"],
        ["5", "Sleep current", "< 60 uA", "47 uA", "OK"],
        ["6", "IP67 (potted enclosure)", "1 m / 30 min", "no ingress", "OK"],
        ["7", "OTA update 2.3.0 -> 2.3.1", "success, < 4 min", "3 min 10 s", "OK"],
    ]),
    ("sp",),
    ("p", "Inspector: Eitan Shapira (Tavor QA), 2024-06-17."),
    ("h", "Customer disposition"),
    ("p", "Approved - proceed."),
    ("p", "Sarah Kim, Hoptown Micromobility, 2024-06-19"),
], author="Eitan Shapira")
case("r10_FAI_report_TT-0031", ["RG002", "RG009"],
     "FAI report: customer disposition 'Approved - proceed' names no quantity; 'approved' also used for the finance approval of the PO",
     [("FAI_report_TT-0031.docx", _r10)])

# r16: TXT call-off with qty, next call-off and person, but no hold statement
_r16 = """DALRIDA MOBILITY CO., LTD. - CALL-OFF
--------------------------------------------------------------
Call-off no.      : DR-CO-01
Frame agreement   : DR-BCS-FA-22 (Baltic Charging Systems Sp. z o.o.)
Date              : 2024-06-19
Part              : BCS-D12 charging dock 12-slot, Korean grid version (KC)
--------------------------------------------------------------
Quantity (this call-off) : 300 docks
Destination              : Busan wave 1 - Haeundae, Suyeong, Nam-gu depots
Delivery                 : 100 docks/month, Aug-Oct 2024, DAP Busan New Port
Packing                  : 1 dock per crate, fumigated (ISPM 15)
--------------------------------------------------------------
Next call-off: will be issued by Lee Seo-yeon (Operations
Director) after site acceptance of Busan wave 1.
--------------------------------------------------------------
Contact: Kim Min-jun, Purchasing Manager, +82 31 555 0148
"""
case("r16_call-off_DR-CO-01", ["RG003"],
     "partial call-off under a frame: 300 docks, next call-off by Lee Seo-yeon after site acceptance, but never says the rest of the frame is not released",
     [("call-off_DR-CO-01.txt", _r16)])

# ------------------------------------------------------------------ batch 4: risky RG006 / RG007

# r17: supplier status email: plate bought for full MP qty, buyer scope quoted (sample-only material)
_r17_camille = """Bonjour Lily,

PO TU-24-0188 is in your inbox. To be very clear on scope:
- released: 30 DVT decks DK-480 Rev C;
- not released: the 2,970 MP decks of quote QM-2024-0611 - please don't start them;
- material authority: sample-only (plate and anodizing for the 30 DVT decks);
- the 2,970 can only be released after our DVT sign-off, by a written release from me.

Merci!
Camille Moreau, Acheteuse / Buyer, Trotti Urbain SAS
"""
_r17 = """Dear Camille,

Weekly update PO TU-24-0188:

1) 30 DVT decks: CNC finished, deburring today, anodizing Thursday. Dimensional report Friday.
2) Salt spray samples cut from the same plate are in the chamber since Monday (96 h).
3) Good news for your Lyon launch: to protect the timing we have already purchased the 6061-T6
   plate for the complete 2,970 MP decks (about 14 t, Nanshan Aluminium), it arrived in our
   warehouse yesterday. So we can start immediately when you release.
4) Shipping: 30 decks by air, DHL account of Trotti, ETD next Tuesday.

Please let me know if any question.

Best regards,
Lily Zhang
Sales Manager | Changzhou Mingda Metal Products Co., Ltd. | +86 519 8551 0600

-----Original Message-----
From: Camille Moreau <camille.moreau@trotti-urbain.fr>
Sent: Wednesday, May 29, 2024 4:12 PM
To: Lily Zhang <lily.zhang@mingda-metal.cn>
Subject: PO TU-24-0188 DVT decks

""" + q(_r17_camille)
case("r17_weekly_update_plate_bought", ["RG006"],
     "supplier bought plate for all 2,970 MP decks while only 30 DVT are released and the quoted PO says material authority is sample-only",
     [("weekly_update_TU-24-0188.eml", eml_bytes(mail(
         "Lily Zhang <lily.zhang@mingda-metal.cn>", "Camille Moreau <camille.moreau@trotti-urbain.fr>",
         "RE: PO TU-24-0188 DVT decks - weekly update", "Tue, 11 Jun 2024 17:20:00 +0800", _r17,
         in_reply_to="<h103-camille-0529@trotti-urbain.fr>")))])

# r18: WeChat: cells for 1000 packs already arrived
_r18 = """WeChat 聊天记录导出 | Chat: Voltride x Huaneng EVT (group)
Members: Jonas Richter, Amy Liu 刘敏, Kevin Zhou 周凯
Exported 2024-06-19

2024-06-03 11:02 Jonas Richter: Hi all, PO 4500031877 is out. Scope reminder: 24 EVT packs only. Remaining 976 not released, no build and no cell purchase for them (material = sample-only). Release of the 976 only after EVT sign-off, in writing by Katrin Vogel.
2024-06-03 11:30 Kevin Zhou 周凯: received Jonas, thank you 🙏
2024-06-18 09:14 Amy Liu 刘敏: Jonas 早上好 ☀️
2024-06-18 09:15 Amy Liu 刘敏: cells for 1000 pack already arrived our warehouse, LG M50LT, batch 2405 😊
2024-06-18 09:15 Amy Liu 刘敏: we keep for you, so when Katrin release we can run very fast
2024-06-18 09:16 Amy Liu 刘敏: [图片 / image] warehouse_cells_0618.jpg
2024-06-18 09:40 Amy Liu 刘敏: EVT 24 pack aging test finish tomorrow
2024-06-18 14:05 Jonas Richter: thanks Amy. what's the ETD for the 24 EVT packs? we need them before 5 July
2024-06-18 14:20 Kevin Zhou 周凯: ETD 6/24 Shenzhen, ETA Berlin 6/28 by air
"""
case("r18_wechat_cells_1000", ["RG006"],
     "WeChat: supplier reports cells for 1,000 packs in stock while only 24 EVT packs are released and material authority is sample-only",
     [("wechat_voltride_huaneng_EVT.txt", _r18)])

# r19: PDF supplier status report: material on hand 2,000 vs 40 released
_r19 = pdf([
    ("h1", "Production Status Report - Week 26"),
    ("p", "LinkLock IoT Technology (Shenzhen) Co., Ltd. for Gridless Mobility Inc. | Report date 2024-06-28 | Prepared by Jason Wu"),
    ("h", "Order overview"),
    ("table", [
        ["PO", "Part", "Released", "Shipped", "Balance", "Balance status"],
        ["4100-2231", "LL-IOT-7 Rev 3 smart lock", "40 (EVT)", "40", "1,960", "on hold - awaiting your written release"],
    ]),
    ("h", "Material on hand"),
    ("table", [
        ["Material", "P/N", "Qty on hand", "Purchased", "Note"],
        ["Main PCBA (assembled)", "LL-MB-07", "2,000 sets", "W22", "SMT done at Shenzhen Kaifa"],
        ["Lock housing, zinc die-cast", "LL-HS-07", "2,000 sets", "W23", "raw casting, not machined"],
        ["Li-ion cell 18650 2600 mAh", "LL-BT-01", "2,000 pcs", "W23", "stored at 40% SoC"],
        ["Latch spring", "LL-SP-03", "200 pcs", "W20", "EVT + spare"],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "EVT lot delivered to Austin W24. Fit check feedback received (spring preload, light pipe film) - both changes "
          "implemented for next build. The main boards and housings for the full program are ready so that lead time "
          "after your release is only 3 weeks."),
], title="Status W26 Gridless", author="LinkLock")
case("r19_status_report_W26", ["RG006"],
     "supplier status: 40 EVT released, 1,960 on hold, yet 2,000 sets of PCBAs, housings and cells on hand with no material authority",
     [("status_report_W26_Gridless.pdf", _r19)])

# r20: EML forging stock for 5k + 60 FA vs PO 50
_r20_po = """Dear Vincent,

PO FL-7741 for the folding stem FL-ST-28 Rev C:
- released now: 50 (fifty) first-article stems;
- not released: the 4,950 stems of your offer EV-Q-2024-317. Please do not start them;
- they can only be released after our FAI sign-off, by written release from me.

Regards, Matthias Berger, Flinkrad GmbH
"""
_r20 = """Dear Matthias,

Thank you for PO FL-7741.

Some updates:
- We have ordered the forging stock (6061, dia. 55 mm, 9.8 t) for the whole 5k lot from our
  sub-supplier in Kaohsiung, because the forging die is the same and the steel/alu price is going
  up in Q3. The stock arrives 8 July.
- The 60 FA stems on your PO will ship on 12 July, with FAI report per your template.
- Quick-release lever: we propose the forged version instead of cast, no price change.

Please confirm the lever change.

Best regards,
Vincent Chen
Project Manager | Everlight Precision Co., Ltd. | No. 12 Jingke Rd., Taichung | +886 4 2555 0188

On 2024-06-10 14:05, Matthias Berger wrote:
""" + q(_r20_po)
case("r20_reply_forging_stock_5k", ["RG006", "RG011"],
     "supplier ordered forging stock for the whole 5k lot with only 50 FA released; also calls it '60 FA stems on your PO' against the PO's 50",
     [("RE_PO_FL-7741_folding_stem.eml", eml_bytes(mail(
         "Vincent Chen <vincent.chen@everlight-precision.com.tw>", "Matthias Berger <m.berger@flinkrad.de>",
         "RE: PO FL-7741 folding stem FL-ST-28", "Thu, 13 Jun 2024 10:40:00 +0800", _r20,
         in_reply_to="<h103-berger-0610@flinkrad.de>")))])

# r22: Polish ERP MRP printout, forecast treated as firm, material reserved for 1.200
_r22 = """BALTIC CHARGING SYSTEMS SP. Z O.O.          RAPORT MRP / MRP REPORT
GDANSK                                       WYDRUK / PRINTED: 14.06.2024 07:32
==========================================================================
KLIENT / CUSTOMER ....: SSANGBIT MOBILITY CO., LTD. (K-0417)
ZAMOWIENIE / CUST PO .: SB-4502
WYROB / PRODUCT ......: BCS-D12 STACJA LADOWANIA / CHARGING DOCK 12-SLOT
--------------------------------------------------------------------------
ZWOLNIONE PRZEZ KLIENTA / RELEASED BY CUSTOMER (PO) ..........:    120 SZT
PROGNOZA KLIENTA / CUSTOMER FORECAST 2024 H2 .................:  1.080 SZT
  STATUS U KLIENTA / CUSTOMER STATUS .........................: NOT RELEASED
  STATUS WEWN. / INTERNAL STATUS .............................: FIRM ORDER
  (DECYZJA DZIALU SPRZEDAZY / SALES DECISION 03.06.2024, A. WISNIEWSKI)
--------------------------------------------------------------------------
MATERIAL                    NR / P/N      POTRZEBA/REQ  ZAREZERW./RESERVED
--------------------------  ------------  ------------  -----------------
OBUDOWA / ENCLOSURE ST-44   300-044-12       1.200 SZT       1.200 SZT
PCBA STEROWNIK / CTRL-9     500-009-03       1.200 SZT       1.200 SZT
ZASILACZ / PSU 600W         510-600-01       1.200 SZT         840 SZT
KABEL / CABLE SET 12x       620-012-05      14.400 SZT      14.400 SZT
--------------------------------------------------------------------------
UWAGI / REMARKS: ZAKUPY DLA PELNEJ ILOSCI 1.200 ZLECONE 05.06 (PO ZAK-24-1193)
                 PURCHASING FOR FULL QTY 1.200 PLACED 05.06
==========================================================================
"""
case("r22_MRP_report_SB-4502", ["RG006", "RG008"],
     "supplier MRP: customer forecast 1.080 booked internally as firm order; material reserved and purchased for 1.200 while 120 are released",
     [("MRP_report_SB-4502.txt", _r22)])

# r23: DOCX Vietnamese supplier weekly report: granules for all 2,460 + continue without stop after sign-off
_r23 = docx_bytes([
    ("h1", "WEEKLY REPORT W24 - KADIMA RIDES FENDER PROJECT"),
    ("p", "An Phat Precision Plastics JSC - Hai Phong. Report by: Nguyen Thi Lan. Date: 14/06/2024."),
    ("h", "1. Samples"),
    ("p", "40 pcs sample fender KR-FD-02 Rev D finished on 12/06. 10 pcs shipped by DHL (AWB 4471 2290 65), "
          "30 pcs go with sea consolidation on 20/06. Dimension report and UV masterbatch certificate attached in email."),
    ("h", "2. Tooling"),
    ("p", "Tool 2-cavity P20, 18,000 shots till now, no problem. Small flash at clip area is polished on 11/06."),
    ("h", "3. Preparation for series"),
    ("p", "Series quantity 2,460 pcs: not released yet by Kadima."),
    ("p", "We have moved the PP granules (Lotte Chemical, with UV masterbatch 2%), 0.9 ton, enough for all 2,460 "
          "series fenders, from our warehouse to line 3 and dried them."),
    ("p", "After Kadima sign-off the samples, we will continue without stop to run the 2,460 fenders on line 3, "
          "so the Tel Aviv launch date in August is safe."),
    ("h", "4. Next week"),
    ("li", "Send photos of packing proposal (50 pcs/carton)."),
    ("li", "Wait for drop test result from Kadima."),
], author="Nguyen Thi Lan")
case("r23_weekly_report_W24_fenders", ["RG006", "RG007"],
     "supplier report: granules for all 2,460 series fenders staged on line with only 40 samples released; says it will run the 2,460 straight after sample sign-off",
     [("weekly_report_W24_Kadima.docx", _r23)])

# r24: EML deposit received -> cells ordered for all 1,200 packs
_r24_noa = """Dear Kevin,

PO KR-PO-2297 for the K3 battery pack KR-BP-3610:
- released: 24 (twenty-four) EVT packs only;
- the other 1,176 packs on your PI HN-PI-2406-11 are not released. No build, no cells for them;
- they will be released only after our EVT sign-off and only by a written release from
  Lior Mizrahi, VP Hardware.
Please invoice the 30% deposit on the PI as agreed; it keeps our slot in your Q3 plan.

Noa Ben-David, Kadima Rides
"""
_r24 = """Dear Noa,

We confirm receipt of the 30% deposit USD 64,800.00 on PI HN-PI-2406-11, many thanks.

Since the deposit is in, we have placed the cell order for all 1,200 packs (Samsung 35E, 60,000
cells) with our cell supplier and started the cell grading and matching, so the production will
be smooth.

EVT packs 24 pcs: aging test ongoing, ETD 28 June.

Best regards
Kevin Zhou
Sales Manager | Shenzhen Huaneng Power Technology Co., Ltd.

On Mon, Jun 10, 2024, Noa Ben-David <noa@kadima-rides.co.il> wrote:
""" + q(_r24_noa)
case("r24_deposit_cells_1200", ["RG006", "RG012"],
     "supplier: 'since the deposit is in' it ordered cells for all 1,200 packs and started matching - deposit taken as authority, material beyond the 24 released",
     [("RE_PO_KR-PO-2297_deposit.eml", eml_bytes(mail(
         "Kevin Zhou <kevin.zhou@huaneng-power.cn>", "Noa Ben-David <noa@kadima-rides.co.il>",
         "RE: PO KR-PO-2297 K3 battery pack - deposit received", "Fri, 14 Jun 2024 16:05:00 +0800", _r24,
         in_reply_to="<h103-noa-0610@kadima-rides.co.il>")))])

# r25: supplier: flow directly into production after PVT sign-off, no separate release paper
_r25_kim = """Dear Eric,

Please find PO DR-2024-090.
- Released: 30 (thirty) PVT packs FCP-48V-12A Rev 3.
- Not released: 1,970 production packs. Please do not start and do not buy cells for them.
- Release of 1,970 packs only after PVT sign-off and by written release from me.

Best regards,
Kim Min-jun, Purchasing Manager, Dalrida Mobility
"""
_r25 = """Dear Mr. Kim,

Thank you for PO DR-2024-090. The 30 PVT packs are in assembly, ETD 2024-07-05.

To support your Gangnam deployment wave in September, we plan as follows: once your PVT sign-off
arrives, our line will flow directly into the 1,970 production packs on the same schedule. No
separate release paper is needed from your side - this saves about one week.

Cell allocation from our cell partner is confirmed for August.

Best regards,
Eric Lin
Project Manager | Formosa Cell Pack Co., Ltd. | Taoyuan, Taiwan | +886 3 555 0127

-----Original Message-----
From: Kim Min-jun
Sent: Monday, June 17, 2024 10:02 AM
Subject: PO DR-2024-090 PVT packs

""" + q(_r25_kim)
case("r25_flow_directly_into_production", ["RG007"],
     "supplier says PVT sign-off flows directly into the 1,970 production packs with no separate release, contradicting the quoted written-release requirement",
     [("RE_PO_DR-2024-090_PVT_packs.eml", eml_bytes(mail(
         "Eric Lin <eric.lin@formosacellpack.com.tw>", "Kim Min-jun <minjun.kim@dalrida.co.kr>",
         "RE: PO DR-2024-090 PVT packs", "Tue, 18 Jun 2024 09:30:00 +0800", _r25,
         in_reply_to="<h103-kim-0617@dalrida.co.kr>")))])

# r26: multi-file: PO PDF with proper scope + buyer email "keep the line running into the rest"
_r26_pdf = pdf([
    ("h1", "PURCHASE ORDER SK-0110"),
    ("p", "Shaked e-Bikes Ltd., 12 Ha'Taasiya St., Ra'anana 4366412, Israel"),
    ("p", "Supplier: Changzhou Jinlong E-Motor Co., Ltd., Changzhou, China | Date: 2024-06-06 | Terms: T/T"),
    ("table", [
        ["#", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "JL-HM250-36 R2", "Rear hub motor 250 W 36 V, 20\", pilot lot", "16", "62.00", "992.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Released: sixteen (16) pilot hub motors. The 784 production motors of quote JL-Q-0388 are not released: "
          "do not start them and do not buy magnets or copper for them."),
    ("p", "The 784 can only be released after our EVT sign-off (IP65 spray test + 500 km ride on the Haifa route), "
          "by a written release signed by Dana Levi, Head of Sourcing. No other form of release is valid."),
], title="PO SK-0110", author="Shaked e-Bikes")
_r26 = """Hi Wang,

quick one before I fly to Taipei Cycle tomorrow.

The 16 pilot motors arrived in Ra'anana on Sunday, they look great and the team is already
riding them. Honestly, if the IP65 spray and the 500 km ride come out green, just keep the line
running into the rest of the motors - we'll sort out the paperwork afterwards. Timing is
everything for the Haifa launch and I don't want a week lost waiting for a PDF from me.

Also: please make the cable exit 10 mm longer on the production version, drawing to follow.

Thanks!
Dana
""" + sig("Dana Levi", "Head of Sourcing", "Shaked e-Bikes Ltd., Ra'anana", "+972 9 555 0134")
case("r26_PO_SK-0110_and_email", ["RG007"],
     "two files: PO requires a written release by Dana Levi; her later email says a green test means 'keep the line running into the rest', paperwork afterwards",
     [("PO_SK-0110.pdf", _r26_pdf),
      ("pilot_motors_arrived.eml", eml_bytes(mail(
          "Dana Levi <dana@shaked-bikes.co.il>", "Wang Jian <wangjian@jinlong-motor.cn>",
          "pilot motors arrived + production timing", "Mon, 24 Jun 2024 22:10:00 +0300", _r26)))])

# r28: WeChat: supplier "after FAI sign we arrange mass production directly" + buyer "ok approved"
_r28 = """WeChat chat export
Chat: Sarah Kim (Hoptown) ⇄ Jason Wu 吴俊 (LinkLock)
Exported: 2024-06-26

2024-06-10 21:03  Sarah Kim: Hi Jason, PO HT-7795 sent. Only 16 FA locks LL-IOT-9 for now. The other 1,984 are not released - no build, no PCBAs for them. They get released after FAI sign-off, by written release from me.
2024-06-10 21:40  Jason Wu 吴俊: 收到 Sarah, thanks! 16 FA locks, ETD 6/25
2024-06-25 10:12  Jason Wu 吴俊: Sarah, 16 FA locks shipped today, FedEx 7791 0023 4410 📦
2024-06-25 10:13  Jason Wu 吴俊: FAI report in the email
2024-06-25 10:15  Jason Wu 吴俊: after you sign FAI report we arrange mass production directly, save time for your NYC launch 😊
2024-06-25 22:47  Sarah Kim: ok approved 👍 thanks Jason
2024-06-25 22:48  Sarah Kim: pls send the tracking for the spare keys too
2024-06-25 23:01  Jason Wu 吴俊: ok 👌
"""
case("r28_wechat_linklock_FAI", ["RG002", "RG007"],
     "supplier plans mass production directly after FAI sign-off; buyer answers 'ok approved' with no quantity, endorsing the implied auto-conversion",
     [("wechat_hoptown_linklock.txt", _r28)])

# r29: DOCX supplier DVT & ramp plan: transition to MP after DVT sign-off without separate release
_r29 = docx_bytes([
    ("h1", "DVT & Ramp Plan - VR-BP-3615 Rev C"),
    ("p", "Shenzhen Huaneng Power Technology Co., Ltd. for Voltride GmbH. Document HN-PLN-0617, version 1.2, 2024-06-17."),
    ("h", "1. DVT build"),
    ("p", "Scope of PO 4500032210: 60 DVT packs VR-BP-3615 Rev C (cell change to LG M50LT, new BMS firmware 1.4)."),
    ("table", [
        ["Step", "Owner", "Date"],
        ["DVT build 60 packs", "Huaneng", "W26"],
        ["Internal tests (IP67, UN38.3 T1-T8 at SGS)", "Huaneng / SGS", "W27-W29"],
        ["Fleet test Berlin, 20 bikes", "Voltride", "W28-W31"],
        ["DVT sign-off", "Voltride engineering", "W32"],
        ["Mass production build, fleet batch", "Huaneng", "from W32"],
    ]),
    ("sp",),
    ("h", "2. Exit criteria and transition"),
    ("p", "When Voltride engineering signs off the DVT, Huaneng transitions directly into the mass-production build "
          "of the fleet batch in the same week. No separate release document is foreseen in this plan, to keep W32 as "
          "the start of production."),
    ("h", "3. Risks"),
    ("li", "SGS capacity for UN38.3 in W27 - booked, confirmation pending."),
    ("li", "LG M50LT allocation for Q3 - confirmed for DVT, MP allocation under negotiation."),
    ("p", "Prepared by Amy Liu, Project Engineer. Checked by Kevin Zhou."),
], author="Amy Liu")
case("r29_DVT_ramp_plan_HN-PLN-0617", ["RG007"],
     "supplier ramp plan: DVT sign-off leads directly into mass production of the fleet batch with no separate release",
     [("DVT_ramp_plan_HN-PLN-0617.docx", _r29)])

# r30: Korean-English multipart/alternative + PO PDF: "consider that as our confirmation to continue"
_r30_pdf = pdf([
    ("h1", "PURCHASE ORDER SB-4533"),
    ("p", "Ssangbit Mobility Co., Ltd. | 5F, 17 Seongsuil-ro, Seongdong-gu, Seoul | Date 2024-06-07"),
    ("p", "Vendor: Baltic Charging Systems Sp. z o.o., Gdańsk | Incoterms FCA Gdańsk | Buyer: Park Ji-hoon"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
        ["1", "BCS-D12 KC", "Charging dock 12-slot, pilot", "14", "2,060.00", "28,840.00"],
    ]),
    ("sp",),
    ("p", "Released: fourteen (14) pilot docks for Seongsu depot."),
    ("p", "The 546 series docks of quotation Q-BCS-124 are not released. Please do not produce them and do not "
          "purchase enclosures or PCBAs for them."),
    ("p", "Series docks can be released only after site acceptance of the pilot docks (IP67 ingress test, 1.5 m drop "
          "of the dock head, 30-day uptime) and by written release signed by Park Ji-hoon, Purchasing Team Lead."),
], title="PO SB-4533", author="Ssangbit Mobility")
_r30 = """Dear Ms. Marta,

Thank you very much for fast delivery of the pilot docks samples. Our team is installing them in
Seongsu depot this week.

Please kindly note one point for schedule. If the pilot docks pass our tests at Seongsu depot,
please take it as our confirmation to continue with the rest of the docks. We want to save time
for the September deployment wave, because the city permit for Gangnam is already issued.

PO SB-4533 is attached again for your reference.

Thank you for your continuous support.

Best regards,
Park Ji-hoon
Purchasing Team Lead | Ssangbit Mobility Co., Ltd. | +82 2 6011 4410
"""
case("r30_pilot_docks_schedule", ["RG007"],
     "buyer says passing the depot tests should be taken as confirmation to continue with the rest, contradicting the attached PO's written release by Park",
     [("pilot_docks_schedule_SB-4533.eml", eml_bytes(mail(
         "Park Ji-hoon <jihoon.park@ssangbit.kr>", "Marta Kowalczyk <m.kowalczyk@balticcharging.pl>",
         "[Ssangbit] Pilot docks - schedule for September wave", "Wed, 26 Jun 2024 14:05:00 +0900", _r30,
         html=to_html(_r30), attachments=[("PO_SB-4533.pdf", _r30_pdf, PDF_MT)])))])

# r31: HTML supplier portal: mass production starts automatically after sample approval
_r31 = html_page("Order TU-24-0201 - Mingda customer portal", f"""
<h2>Changzhou Mingda Metal - Customer Portal</h2>
<p>Customer: <b>Trotti Urbain SAS</b> &nbsp;|&nbsp; Order: TU-24-0201 &nbsp;|&nbsp; Part: rear fender bracket FB-12 Rev A (SUS304, laser + bend)</p>
<h3>Order timeline</h3>
{html_table([
    ["Step", "Description", "Qty", "Status"],
    ["1", "PO received", "-", "done 2024-06-03"],
    ["2", "DVT samples shipped", "30", "done 2024-06-17"],
    ["3", "Customer sample approval", "-", "pending"],
    ["4", "Mass production", "2,970", "starts automatically after step 3"],
    ["5", "Shipment (sea, FOB Shanghai)", "2,970", "planned"],
])}
<div class="note">Balance 2,970 pcs: not released yet - waiting for customer sample approval. When step 3 is completed,
our ERP schedules step 4 on the next free laser slot, usually within 48 h.</div>
<p>Your contact: Lily Zhang, lily.zhang@mingda-metal.cn</p>
<p style="color:#888">Portal v3.2 | 2024-06-19 08:10 CST</p>
""")
case("r31_portal_timeline_TU-24-0201", ["RG007"],
     "supplier portal: mass production of the 2,970 'starts automatically' after customer sample approval",
     [("portal_order_TU-24-0201.html", _r31)])

# r32: Slack, buyer contradicts own written-release requirement
_r32 = """Slack export - #anphat-fenders (Kadima Rides, Slack Connect)
Exported 2024-06-27 by noa@kadima-rides.co.il

[2024-06-02 11:10] Lior Mizrahi (Kadima): 📌 PO KR-PO-2291 scope: 40 sample fenders KR-FD-02 Rev D only. The 2,460 production fenders are NOT released. They will be released after sample sign-off, by written release from me (Lior Mizrahi, VP Hardware). No resin for them before that.
[2024-06-02 11:32] Nguyen Thi Lan (An Phat): noted with thanks, Mr. Lior 🙏
[2024-06-20 09:05] Nguyen Thi Lan (An Phat): samples arrived Tel Aviv yesterday per DHL tracking. Please advise test schedule
[2024-06-20 09:40] Noa Ben-David (Kadima): drop test Monday, UV chamber until July 5
[2024-06-26 16:22] Lior Mizrahi (Kadima): Lan, I'm off to Seoul for two weeks from Sunday. To keep things moving: once Noa signs off the samples you're free to run the rest, no need to wait for a note from me 🙂
[2024-06-26 16:25] Nguyen Thi Lan (An Phat): ok Mr. Lior, understood, we wait Ms. Noa sign-off then run
[2024-06-26 16:30] Noa Ben-David (Kadima): I'll post the results here
"""
case("r32_slack_anphat_run_the_rest", ["RG007"],
     "buyer's own pinned scope requires his written release, but he then says Noa's sample sign-off frees the supplier to run the rest with no note",
     [("slack_anphat-fenders_export.txt", _r32)])

# ------------------------------------------------------------------ batch 5: risky RG008 / RG009 / RG010

# r33: EML buyer: forecast to be treated as firm commitment, TXT attachment
_r33_att = """HOPTOWN MICROMOBILITY - DEPLOYMENT FORECAST 2025
Part: TT-IOT-4G telematics module (Tavor Telematics)
Version: FC-2025-v1, 2024-06-20

Quarter   City / wave                         Modules
-------   ---------------------------------   -------
Q1 2025   NYC Brooklyn + Queens expansion       1,500
Q2 2025   Jersey City launch                    2,500
Q3 2025   Philadelphia launch                   3,000
Q4 2025   replacements + spares                 2,000
-------   ---------------------------------   -------
Total                                           9,000
"""
_r33 = """Hi Eitan,

attached is our 2025 deployment forecast for the TT-IOT-4G module: 9,000 units
(Q1 1,500 / Q2 2,500 / Q3 3,000 / Q4 2,000).

Please treat this forecast as our firm commitment for 2025 and plan your SMT line capacity on
it. Formal POs will follow quarterly, usually 10 weeks before the quarter starts.

The board was very happy with the DVT results, so this is a big year for both of us. Let's do
a call next week about the LTE-M variant for Philadelphia.

Best,
Sarah
""" + sig("Sarah Kim", "Director, Hardware Operations", "Hoptown Micromobility Inc., Brooklyn NY", "+1 718 555 0192")
case("r33_forecast_as_commitment", ["RG008"],
     "buyer sends a 9,000-unit deployment forecast and asks the supplier to treat it as a firm commitment",
     [("forecast_2025_TT-IOT-4G.eml", eml_bytes(mail(
         "Sarah Kim <sarah.kim@hoptown.bike>", "Eitan Shapira <eitan@tavor-telematics.co.il>",
         "2025 forecast TT-IOT-4G", "Thu, 20 Jun 2024 15:30:00 -0400", _r33,
         attachments=[("forecast_FC-2025-v1.txt", _r33_att, "text/plain")])))])

# r34: PDF supplier sales order confirmation booking forecast as firm order
_r34 = pdf([
    ("h1", "SALES ORDER CONFIRMATION SO-8812"),
    ("p", "LinkLock IoT Technology (Shenzhen) Co., Ltd. | 3F, Block B, Tianan Cyber Park, Futian, Shenzhen"),
    ("p", "Customer: Gridless Mobility Inc., 2201 E 6th St, Austin TX 78702 | Date: 2024-06-03"),
    ("p", "Dear Ms. Ortiz, thank you for your forecast FC-GM-2024-Q3 dated 28 May 2024."),
    ("p", "Based on this forecast we have booked the following as a firm order and scheduled production in our "
          "Shenzhen plant:"),
    ("table", [
        ["Line", "Part", "Qty", "Unit USD", "Schedule"],
        ["1", "LL-IOT-7 Rev 3 smart lock", "4,000", "38.40", "July 2024"],
        ["2", "LL-IOT-7 Rev 3 smart lock", "4,000", "38.40", "August 2024"],
        ["3", "LL-IOT-7 Rev 3 smart lock", "4,000", "38.40", "September 2024"],
        ["", "Total", "12,000", "", ""],
    ]),
    ("sp",),
    ("p", "Payment: 30% deposit per monthly lot, balance before shipment. Shipment FOB Shenzhen, sea freight to Houston."),
    ("p", "Jason Wu, Sales Director"),
], title="SO-8812", author="LinkLock")
case("r34_sales_order_SO-8812", ["RG008"],
     "supplier confirms the buyer's Q3 forecast as a firm 12,000-lock sales order with production scheduled",
     [("sales_order_confirmation_SO-8812.pdf", _r34)])

# r35: TXT SAP delivery schedule: forecast marked firm/committed
_r35 = """FLINKRAD GMBH                         LIEFERPLAN / DELIVERY SCHEDULE
=============================================================================
LIEFERPLAN NR / SCHEDULE NO ..: 5500002217       VERSION: 014
LIEFERANT / SUPPLIER .........: 700355 POLMETAL KRAKOW SP. Z O.O.
MATERIAL .....................: 26-RACK-220  GEPAECKTRAEGER / REAR RACK 26"
ZCHNG / DRG ..................: 2200-301 REV 7
EINKAEUFER / BUYER ...........: M. BERGER (EK-12)
DATUM / DATE .................: 21.06.2024
-----------------------------------------------------------------------------
TEIL A - FREIGEGEBEN / RELEASED (JIT CALL-OFF)
  KW 27/2024 ......................     400 ST   RELEASED FOR PRODUCTION
  ALL QUANTITIES BEYOND RELEASED CALL-OFFS ARE NOT RELEASED. NEXT CALL-OFF
  SIGNED BY M. BERGER AFTER LOT ACCEPTANCE OF KW 27 DELIVERY.
-----------------------------------------------------------------------------
TEIL B - VORSCHAU / FORECAST (PLANNING)
  KW 30-33 ........................   3.000 ST
  KW 34-37 ........................   4.500 ST
  KW 38-39 ........................   4.500 ST
  SUMME / TOTAL ...................  12.000 ST
  STATUS ..........................  FEST / FIRM - COMMITTED VOLUME, PLEASE
                                     PLAN AND BOOK CAPACITY ACCORDINGLY
-----------------------------------------------------------------------------
ANLIEFERUNG / DELIVERY: WERK 1000 MUENCHEN, RAMPE 3, MO-FR 06:00-14:00
DIESER LIEFERPLAN WURDE MASCHINELL ERSTELLT.
"""
case("r35_delivery_schedule_5500002217", ["RG008"],
     "delivery schedule: 400 released with hold, event and M. Berger named, but the 12.000 forecast section is marked firm / committed volume",
     [("delivery_schedule_5500002217.txt", _r35)])

# r36: HTML supplier portal: forecast converted to firm sales order
_r36 = html_page("Formosa Cell Pack - forecast handling", f"""
<h2>Formosa Cell Pack Co., Ltd. - Customer Portal</h2>
<p>Customer: <b>Dalrida Mobility Co., Ltd.</b> &nbsp;|&nbsp; Account manager: Eric Lin</p>
<h3>Forecast inbox</h3>
{html_table([
    ["Document", "Received", "Qty", "Processing", "Result"],
    ["Forecast FC-DR-2025 (customer ref: 2025 fleet plan)", "2024-06-03", "6,000 packs", "converted", "Sales Order SO-24-0775 (firm)"],
    ["Forecast FC-DR-2024-Q4", "2024-04-11", "1,200 packs", "converted", "Sales Order SO-24-0512 (firm)"],
])}
<div class="note">Forecasts received from Dalrida are converted into firm sales orders so that cell allocation
with our cell partner can be secured. Production slots for SO-24-0775 are reserved in Q1-Q2 2025.</div>
<h3>Open sales orders</h3>
{html_table([
    ["SO", "Part", "Qty", "Status"],
    ["SO-24-0512", "FCP-48V-12A Rev 3", "1,200", "firm - slots reserved Q4 2024"],
    ["SO-24-0775", "FCP-48V-12A Rev 3", "6,000", "firm - slots reserved Q1-Q2 2025"],
])}
<p style="color:#888">Portal v3.9 | 2024-06-20 10:02 GMT+8</p>
""")
case("r36_portal_forecast_to_SO", ["RG008"],
     "supplier portal converts customer forecasts (6,000 and 1,200 packs) into firm sales orders",
     [("portal_forecast_inbox.html", _r36)])

# r38: PDF PO, SAP release strategy: 'release' for commercial, technical and production
_r38 = pdf([
    ("h1", "Bestellung / Purchase Order 4500032455"),
    ("p", "Voltride GmbH, Schlesische Str. 27, 10997 Berlin | Lieferant / Supplier: Polmetal Kraków Sp. z o.o."),
    ("table", [
        ["Datum", "Einkäufer", "Freigabestatus / Release status"],
        ["03.06.2024", "Jonas Richter", "PO released (release strategy Z2, Finance, 03.06.2024)"],
    ]),
    ("sp",),
    ("table", [
        ["Pos.", "Material", "Description", "Qty", "Price", "Value"],
        ["10", "VR-FD-220 Rev A", "Front fender e-scooter V2, PA6-GF15, sample", "20", "EUR 14.00", "EUR 280.00"],
    ]),
    ("sp",),
    ("h", "Release notes"),
    ("p", "Production release: only the 20 sample fenders are released for production. The remaining 1,480 fenders "
          "of offer PK/2024/0612 are not released - do not start them and do not buy granulate for them."),
    ("p", "Release of the 1,480 after sample release (technical release of the samples by Dr. Anja Weber, Engineering) "
          "and by written release from Katrin Vogel, Head of Supply Chain."),
    ("p", "Delivery of samples: 28.06.2024, DAP Berlin Tempelhof."),
], title="PO 4500032455", author="Voltride GmbH")
case("r38_PO_4500032455_release_strategy", ["RG009"],
     "PO uses 'release' for the finance PO release, the technical sample release and the production release; scope otherwise complete",
     [("PO_4500032455.pdf", _r38)])

# r39: WeChat: 'approval' for technical, finance and production
_r39 = """WeChat chat export | Dana Levi (Shaked) ⇄ 王健 Wang Jian (Jinlong)
Exported 2024-06-28

2024-06-05 09:10  Dana Levi: Wang, PO SK-0105 = 20 pilot motors JL-HM350-48 only. The other 780 on hold, don't start. Release of the 780 only after EVT sign-off (ride test + IP65), by written release from me.
2024-06-05 09:31  王健 Wang Jian: 明白 ok, 20 pilot
2024-06-27 16:02  王健 Wang Jian: Dana 你好, approval done? we need know for planning July 🙏
2024-06-27 18:45  Dana Levi: Hi Wang! yes approval done for the pilot motors ✅ engineering is happy, ride test OK
2024-06-27 18:46  Dana Levi: finance approval also done for paying your pilot invoice JL-PI-0533
2024-06-27 18:47  Dana Levi: production approval is separate: written release from me, not yet. will try next week
2024-06-27 18:50  王健 Wang Jian: ok ok, we wait your paper
"""
case("r39_wechat_approval_done", ["RG009"],
     "WeChat: 'approval' used for the engineering result, the finance PI approval and the production release in three lines",
     [("wechat_shaked_jinlong_approval.txt", _r39)])

# r40: Slack: 'released' for PO, firmware and production; 30 vs PO's 24
_r40 = """Slack export - #tavor-hoptown (Slack Connect)
Exported 2024-06-27 by sarah.kim

[2024-06-10 14:00] Sarah Kim (Hoptown): 📌 PO HT-7812 scope: 24 pilot modules TT-IOT-4G for the Brooklyn pilot. The other 976 are on hold. Release of the 976 only after pilot sign-off, by written release from me.
[2024-06-24 07:55] Eitan Shapira (Tavor): Boker tov! Quick check before we kick off the build: what exactly is released right now? Our planner wants it in one line 😅
[2024-06-24 09:12] Sarah Kim (Hoptown): sure! PO is released (finance did it Monday), firmware 2.4 is released on the OTA server, and production release is 30 pilot units for the Brooklyn pilot.
[2024-06-24 09:13] Sarah Kim (Hoptown): the other 970 stay on hold until pilot sign-off + written release from me
[2024-06-24 09:20] Eitan Shapira (Tavor): 👍 thanks, passing to planning
"""
case("r40_slack_tavor_what_is_released", ["RG009", "RG011"],
     "Slack: 'released' for PO, firmware and production in one answer; that answer releases 30 pilot units while the pinned PO scope says 24",
     [("slack_tavor-hoptown_export.txt", _r40)])

# r41: EML: approved by finance / approved drawing; start pilot batch without quantity
_r41 = """Bonjour Lily,

good news from Paris: the PO for the pilot batch was approved by our finance committee
yesterday, and Mathieu approved drawing DK-520 Rev B for the pilot batch this morning (the
chamfer on the rear edge is OK now).

So you can start the pilot batch for Lyon. The series quantity stays on hold until our DVT
sign-off and my written release - please don't buy plate for it.

Can you send me the anodizing colour sample (RAL 9005 matte) by DHL before you run the pilot
batch? Our design team wants to check it under daylight.

Merci et bonne journée,
Camille
""" + sig("Camille Moreau", "Acheteuse / Buyer", "Trotti Urbain SAS, Paris", "+33 1 55 50 44 21")
case("r41_pilot_batch_go", ["RG009", "RG010"],
     "'approved' used for the finance PO approval and the drawing approval; 'start the pilot batch' never states how many",
     [("pilot_batch_Lyon_DK-520.eml", eml_bytes(mail(
         "Camille Moreau <camille.moreau@trotti-urbain.fr>", "Lily Zhang <lily.zhang@mingda-metal.cn>",
         "DK-520 pilot batch Lyon", "Wed, 19 Jun 2024 10:44:00 +0200", _r41)))])

# r42: KakaoTalk export: go ahead with the samples, no quantity anywhere
_r42 = """KakaoTalk Chats with Vincent Chen (Everlight)
Date Saved : 2024-06-21 18:40

2024년 6월 20일 목요일
[Kim Min-jun] [오후 3:02] Vincent, good afternoon. DVT drawing for stem DR-ST-40 Rev B is final, I sent by email.
[Vincent Chen] [오후 3:05] Thank you Mr. Kim 👍 received
[Kim Min-jun] [오후 3:07] Please go ahead with the samples for Seoul pilot.
[Kim Min-jun] [오후 3:08] Rest is on hold until DVT sign-off and my written release. Please don't buy forging for rest.
[Vincent Chen] [오후 3:10] Understood. Same as last time for the samples?
[Kim Min-jun] [오후 3:12] yes like before 😊 ship to Seongsu office please
[Vincent Chen] [오후 3:13] OK, ETD around 7/10
"""
case("r42_kakaotalk_everlight_samples", ["RG010"],
     "buyer says go ahead with 'the samples' (scoped, so no RG002) but no quantity is ever stated ('same as last time'); hold, event and Kim named",
     [("kakaotalk_everlight_DR-ST-40.txt", _r42)])

# r43: PDF PO: qty per quote; on hold until further notice; release person named
_r43 = pdf([
    ("h1", "PURCHASE ORDER 4100-2366"),
    ("p", "Gridless Mobility Inc. | 2201 E 6th St, Austin, TX 78702 | Buyer: Tyler Brooks"),
    ("p", "Vendor: LinkLock IoT Technology (Shenzhen) Co., Ltd. | Date: June 18, 2024 | Terms: Net 30 | FCA Shenzhen"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Extended"],
        ["1", "LL-IOT-9 US", "Smart lock, LTE-M, sample lot", "per quote LQ-0901", "per quote", "per quote"],
        ["2", "NRE-FW-US", "Firmware port to AT&T LTE-M", "1", "$3,200.00", "$3,200.00"],
    ]),
    ("sp",),
    ("p", "Sample lot only. Balance on hold until further notice."),
    ("p", "Production release: Megan Ortiz, VP Operations."),
    ("p", "Ship to: Gridless hardware lab, 2201 E 6th St, Austin. FCC ID label required on each unit."),
], pagesize=LETTER, title="PO 4100-2366", author="Gridless Mobility")
case("r43_PO_4100-2366_per_quote", ["RG004", "RG010"],
     "sample PO with quantity 'per quote' (quote not in bundle) and balance on hold 'until further notice'; Megan Ortiz named but no unlock event",
     [("PO_4100-2366.pdf", _r43)])

# r44: DOCX sample order: quantity as agreed on the phone; hold + event, no person
_r44 = docx_bytes([
    ("h1", "Sample Order KR-SO-019"),
    ("p", "Kadima Rides Ltd., Tel Aviv, to An Phat Precision Plastics JSC, Hai Phong. Date: 23 June 2024."),
    ("p", "Part: KR-FD-05 Rev A, chain guard for e-bike K-Cargo, PP-GF10, black."),
    ("table", [
        ["Item", "Detail"],
        ["Quantity", "as agreed with Lan on the phone, 20 June"],
        ["Colour / texture", "black, MT-11020"],
        ["Tool", "existing 1-cavity aluminium prototype tool"],
        ["Delivery", "DHL to Kadima office, Tel Aviv, by 12 July"],
    ]),
    ("sp",),
    ("p", "The series quantity is not released. It will only be released after the sample sign-off "
          "(drop test + 500 h UV) and a revised PO from Kadima."),
    ("p", "Please confirm the ship date. Thank you, Kadima Rides Procurement"),
], author="Kadima Rides")
case("r44_sample_order_KR-SO-019", ["RG005", "RG010"],
     "sample order quantity only 'as agreed on the phone'; series held until sample sign-off + revised PO, but nobody named to release",
     [("sample_order_KR-SO-019.docx", _r44)])

# r45: HTML buyer portal release notice without qty, event or person
_r45 = html_page("Release notice RN-0007", f"""
<h2>Ssangbit Mobility - Supplier Portal</h2>
<p>Supplier: Baltic Charging Systems Sp. z o.o. &nbsp;|&nbsp; Order: SB-4549 &nbsp;|&nbsp; Part: BCS-D16 KC charging dock</p>
<h3>Release notice RN-0007</h3>
{html_table([
    ["Field", "Value"],
    ["Released now", "pilot lot as per quotation"],
    ["Remaining quantity", "not released"],
    ["Delivery", "Songdo depot, Incheon, week 33"],
    ["Issued by", "Ssangbit Purchasing"],
])}
<div class="note">Please acknowledge this notice in the portal within 3 working days.</div>
<p style="color:#888">Portal build 5.14.2 | 2024-06-21 09:15 KST</p>
""")
case("r45_portal_release_notice_RN-0007", ["RG004", "RG005", "RG010"],
     "release notice: 'pilot lot as per quotation' (no number), remaining 'not released' with no unlock event and only 'Ssangbit Purchasing' as issuer",
     [("release_notice_RN-0007.html", _r45)])

# ------------------------------------------------------------------ batch 6: risky RG011 / RG012

# r46: multi-file: PO PDF 24 EVT packs + buyer email restating 30
_r46_pdf = pdf([
    ("h1", "PURCHASE ORDER 4500031990"),
    ("p", "Voltride GmbH, Schlesische Str. 27, 10997 Berlin | Supplier: Shenzhen Huaneng Power Technology Co., Ltd."),
    ("p", "Date: 12.06.2024 | FCA Shenzhen | 60 days net | Buyer: Jonas Richter"),
    ("table", [
        ["Pos", "Part", "Description", "Scope", "Qty", "Unit price", "Amount"],
        ["10", "VR-BP-3620 Rev A", "Battery pack 36 V 20 Ah, long-range deck version", "sample (EVT)", "24", "EUR 238.00", "EUR 5,712.00"],
    ]),
    ("sp",),
    ("p", "Released: 24 EVT packs only. The 976 fleet packs of quotation QT-HN-24133 are not released; do not "
          "start them and do not buy cells for them (material authority: sample-only)."),
    ("p", "The 976 can be released only after EVT sign-off, by written release from Katrin Vogel, Head of Supply Chain."),
], title="PO 4500031990", author="Voltride GmbH")
_r46 = """Hi Kevin,

two things on PO 4500031990 before you start:

1. Label: please use the new label layout (Voltride logo left, UN3480 mark right), file VR-LBL-07
   in the shared drive.
2. Just to confirm scope again so your planning has it in one place: 30 EVT packs only. The rest
   stays on hold until Katrin's written release after EVT sign-off.

We'd like the EVT packs in Berlin by 19 July.

Thanks,
Jonas
""" + sig("Jonas Richter", "Hardware Lead", "Voltride GmbH, Berlin", "+49 30 5557 2210")
case("r46_PO_4500031990_and_email", ["RG011"],
     "two files: PO releases 24 EVT packs, the buyer's confirmation email for the same PO says 30 EVT packs",
     [("PO_4500031990.pdf", _r46_pdf),
      ("scope_PO_4500031990.eml", eml_bytes(mail(
          "Jonas Richter <jonas.richter@voltride.de>", "Kevin Zhou <kevin.zhou@huaneng-power.cn>",
          "PO 4500031990 - label + scope", "Fri, 14 Jun 2024 09:20:00 +0200", _r46)))])

# r47: PDF PO: note says twelve (12), line says 20
_r47 = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER PB-2231"),
    ("p", "Pedalo Bikes SAS, 27 quai Rambaud, 69002 Lyon, France | Fournisseur: Polmetal Kraków Sp. z o.o., Poland"),
    ("p", "Date: 17/06/2024 | Incoterm: DAP Lyon | Paiement: 45 jours fin de mois | Acheteur: Hugo Lefèvre"),
    ("p", "Note: please manufacture twelve (12) sample rear racks only, for our cargo e-bike validation."),
    ("table", [
        ["Ligne", "Réf.", "Désignation", "Qté", "PU EUR", "Total EUR"],
        ["1", "PB-RK-80 Rev B", "Porte-bagages arrière cargo / rear cargo rack, 80 kg, échantillons / samples", "20", "46.00", "920.00"],
    ]),
    ("sp",),
    ("p", "The rest of the 1,200 racks on your offer PK/2024/0655 is not released. Do not start it and do not buy "
          "steel tube for it."),
    ("p", "The rest can only be released after our sample sign-off (EN 17860 load test, 80 kg, 100,000 cycles) "
          "and by a written release from Hugo Lefèvre."),
], title="PO PB-2231", author="Pedalo Bikes")
case("r47_PO_PB-2231", ["RG011"],
     "one PO: note releases twelve (12) sample racks, the line table releases 20",
     [("PO_PB-2231.pdf", _r47)])

# r48: EML thread: 50 pilot locks, later 40; no named release person
_r48_first = """Hi Jason,

PO 4100-2340 is in the portal. Please build 50 pilot locks LL-IOT-7 Rev 4 for the Austin fleet
pilot. The balance of the program (1,950 locks) is not released until our DVT sign-off and a
revised PO. No PCBAs or housings for the balance, please.

Tyler
"""
_r48 = """Hi Jason,

one change on the shipping side: please split the 40 pilot locks into two boxes, 20 to our lab
(2201 E 6th St) and 20 straight to the depot at 4800 Burleson Rd - the fleet team wants to
install them the same day.

Also, can you flash firmware 4.1.7 before shipping? 4.1.6 has the BLE reconnect bug.

Thanks!
Tyler

On Fri, Jun 14, 2024 at 9:12 AM Tyler Brooks <tyler@gridless.io> wrote:
""" + q(_r48_first) + "\n" + sig("Tyler Brooks", "Hardware Engineering Lead", "Gridless Mobility Inc., Austin TX", "+1 512 555 0143")
case("r48_thread_pilot_locks_split", ["RG005", "RG011"],
     "thread: quoted order builds 50 pilot locks, follow-up ships 'the 40 pilot locks'; balance held until DVT sign-off + revised PO but nobody named to release",
     [("RE_PO_4100-2340_pilot_locks.eml", eml_bytes(mail(
         "Tyler Brooks <tyler@gridless.io>", "Jason Wu <jason.wu@linklock-iot.com>",
         "RE: PO 4100-2340 pilot locks", "Wed, 19 Jun 2024 13:05:00 -0500", _r48,
         in_reply_to="<h103-tyler-0614@gridless.io>")))])

# r49: TXT ERP PO: pilot line 100 EA, note 60 EA
_r49 = """DALRIDA MOBILITY CO., LTD.                PURCHASE ORDER
==============================================================================
PO NUMBER ...: DR-2024-094                PO DATE ...: 2024-06-20
VENDOR ......: V-1188 EVERLIGHT PRECISION CO., LTD., TAICHUNG, TAIWAN
BUYER .......: KIM MIN-JUN                 TEL .......: +82 31 555 0148
INCOTERMS ...: FCA TAICHUNG                PAYMENT ...: T/T 30 DAYS
------------------------------------------------------------------------------
LN  PART NO         DESCRIPTION                    QTY    UOM  UNIT USD  AMOUNT
--  --------------  -----------------------------  -----  ---  --------  --------
01  DR-ST-40 REV B  FOLDING STEM ASSY              100    EA     19.80   1,980.00
                    PILOT LOT (SAMPLE) - PANGYO
------------------------------------------------------------------------------
NOTE TEXT:
  PILOT RELEASE: 60 EA ONLY.
  BALANCE 1,900 EA NOT RELEASED UNTIL PVT SIGN-OFF; WRITTEN RELEASE BY
  KIM MIN-JUN (PURCHASING MANAGER). MATERIAL: PILOT QTY ONLY.
------------------------------------------------------------------------------
DELIVERY: DAP PANGYO TECHNO VALLEY, GATE 2, BY 2024-07-26
==============================================================================
"""
case("r49_ERP_PO_DR-2024-094", ["RG011"],
     "ERP PO: pilot line quantity 100 EA while the note text releases 60 EA pilot only",
     [("PO_DR-2024-094_print.txt", _r49)])

# r50: DOCX call-off: text 250, table 200
_r50 = docx_bytes([
    ("h1", "Call-off No. 3 - Frame Agreement SB-BCS-2024"),
    ("p", "Ssangbit Mobility Co., Ltd. to Baltic Charging Systems Sp. z o.o. Date: 2024-06-24. Part BCS-D16 KC."),
    ("p", "This call-off No. 3 releases two hundred fifty (250) docks for production, for the Incheon Songdo wave."),
    ("table", [
        ["Item", "Quantity"],
        ["Frame quantity", "1,200 docks"],
        ["Cumulative released before this call-off", "270 docks"],
        ["Released this call-off", "200 docks"],
        ["Cumulative released after this call-off", "470 docks"],
        ["Not released (on hold)", "730 docks"],
    ]),
    ("sp",),
    ("p", "The docks on hold are not released: do not start them. Material authority as per call-off No. 2 "
          "(staged, up to 600 docks)."),
    ("p", "Call-off No. 4 will be issued only after site acceptance of the Songdo wave and will be signed by "
          "Park Ji-hoon, Purchasing Team Lead."),
    ("p", "Delivery: Songdo depot, Incheon, weeks 36-38."),
], author="Park Ji-hoon")
case("r50_call-off_03_SB-BCS", ["RG011"],
     "call-off text releases two hundred fifty (250) docks, its own table releases 200 (cumulative 470)",
     [("call-off_03_SB-BCS-2024.docx", _r50)])

# r52: WeChat: 20 sets then 25 sets; rest wait until further notice
_r52 = """WeChat chat export
Chat: Hugo Lefèvre (Pedalo) ⇄ 王健 Wang Jian (Jinlong)
Exported: 2024-06-25

2024-06-14 10:05  Hugo Lefèvre: Bonjour Wang, PO PB-2207 is sent. For the hub motor JL-HM250-36 R3, first make 20 sets for test please.
2024-06-14 10:30  王健 Wang Jian: 好的 Hugo, received PO 👍
2024-06-14 10:31  王健 Wang Jian: cable length 650 mm same as before?
2024-06-14 10:40  Hugo Lefèvre: yes 650, Julet connector
2024-06-21 16:12  Hugo Lefèvre: Reminder: only 25 sets for the test. The rest wait until further notice - I will tell you.
2024-06-21 16:30  王健 Wang Jian: ok no problem, rest we wait you
2024-06-21 16:31  王健 Wang Jian: ETD 7/2 Shanghai
"""
case("r52_wechat_jinlong_test_sets", ["RG004", "RG011"],
     "buyer first releases 20 sets for test, later 'only 25 sets'; rest held 'until further notice' with Hugo as the one to release, no unlock event",
     [("wechat_pedalo_jinlong.txt", _r52)])

# r53: EML buyer's finance: deposit wire = start signal for MP line
_r53_tyler = """Hi Jason,

PO 4100-2231 rev 2 is in the portal:
- line 1: 40 EVT locks - released;
- line 2: 1,960 MP locks - commercial cover only, NOT released. Line 2 can only be released after
  DVT sign-off, by written release from Megan Ortiz (VP Operations).
Please send the PI for the 30% deposit on line 2 - it reserves your Q3 capacity for us.

Tyler
"""
_r53 = """Hi Jason,

the 30% deposit on PI LL-PI-2406-08 (line 2 of PO 4100-2231 rev 2) went out today by wire,
USD 22,579.20, reference GRD-AP-0617-3.

Per your PI terms production starts on receipt of deposit, so please take today's wire as the
start signal for the MP line.

Remittance advice attached in the portal.

Thanks,
Rachel Green
Accounts Payable | Gridless Mobility Inc. | ap@gridless.io

On Tue, Jun 11, 2024, Tyler Brooks <tyler@gridless.io> wrote:
""" + q(_r53_tyler)
case("r53_deposit_start_signal", ["RG012"],
     "buyer's accounts payable tells the supplier to take the deposit wire as the start signal for the MP line, which the quoted PO keeps on hold for a written release",
     [("deposit_wire_PO_4100-2231.eml", eml_bytes(mail(
         "Rachel Green <ap@gridless.io>", "Jason Wu <jason.wu@linklock-iot.com>",
         "Deposit wire - PI LL-PI-2406-08 / PO 4100-2231 rev 2", "Mon, 17 Jun 2024 15:40:00 -0500", _r53,
         cc="Tyler Brooks <tyler@gridless.io>", in_reply_to="<h103-tyler-0611@gridless.io>")))])

# r54: multi-file: PO PDF (complete scope) + supplier PI: production starts upon deposit
_r54_po = pdf([
    ("h1", "PURCHASE ORDER GM-5561"),
    ("p", "Gridless Mobility Inc., 2201 E 6th St, Austin TX 78702 | Vendor: Changzhou Mingda Metal Products Co., Ltd."),
    ("p", "Date: June 12, 2024 | Terms: see proforma | FOB Shanghai | Buyer: Tyler Brooks"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Extended"],
        ["1", "GM-DK-55 Rev A", "Scooter deck, 6061-T6, DVT sample", "20", "$61.00", "$1,220.00"],
    ]),
    ("sp",),
    ("p", "Released: 20 DVT decks. The 1,480 production decks are not released: do not start them and do not buy plate for them."),
    ("p", "The 1,480 can only be released after DVT sign-off, by a written release from Megan Ortiz, VP Operations."),
], pagesize=LETTER, title="PO GM-5561", author="Gridless Mobility")
_r54_pi = pdf([
    ("h1", "PROFORMA INVOICE MD-PI-24-0377"),
    ("p", "Changzhou Mingda Metal Products Co., Ltd. | No. 88 Hehai West Road, Changzhou | Date 2024-06-14"),
    ("p", "Buyer: Gridless Mobility Inc. | Customer PO ref.: GM-5561"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["GM-DK-55 Rev A", "Scooter deck, production lot", "1,480", "33.20", "49,136.00"],
    ]),
    ("sp",),
    ("p", "Payment terms: 30% deposit (USD 14,740.80) by T/T, 70% against copy of B/L."),
    ("p", "Production starts upon receipt of deposit. Lead time 30 days from deposit."),
    ("p", "Bank: Bank of China, Changzhou Branch, SWIFT BKCHCNBJ95F."),
    ("p", "Lily Zhang, Sales Manager"),
], title="MD-PI-24-0377", author="Mingda")
case("r54_PO_GM-5561_and_proforma", ["RG012"],
     "two files: PO holds 1,480 for a written release by Megan Ortiz; the supplier's proforma for the 1,480 says production starts upon receipt of deposit",
     [("PO_GM-5561.pdf", _r54_po), ("proforma_MD-PI-24-0377.pdf", _r54_pi)])

# r57: EML Polish supplier: PO accepted -> series production scheduled; TXT order confirmation
_r57_oc = """BALTIC CHARGING SYSTEMS SP. Z O.O.
POTWIERDZENIE ZAMOWIENIA / ORDER CONFIRMATION  OC-24-0402
Data / Date: 13.06.2024
Klient / Customer: Flinkrad GmbH, Muenchen | PO: FL-4500105520

Poz.  Produkt                         Ilosc / Qty   Cena EUR   Status
----  ------------------------------  -----------  ---------  --------------------------
10    BCS-E8 e-bike dock 8-slot pilot        10 szt   1.940,00  confirmed
20    BCS-E8 e-bike dock 8-slot series    1.190 szt   1.455,00  confirmed - production 17.06

Warunki / Terms: FCA Gdansk, 30 dni netto.
"""
_r57_berger = """Dear Mr. Nowak,

PO FL-4500105520 attached.
Line 10: 10 pilot docks BCS-E8 - released.
Line 20: 1.190 series docks - commercial cover only, NOT released. Do not start line 20 and do not
buy material for it. Line 20 can only be released after pilot sign-off (Munich Ostbahnhof station,
4 weeks) by a written release from me.

Mit freundlichen Gruessen
Matthias Berger, Flinkrad GmbH
"""
_r57 = """Dear Mr. Berger,

thank you for your order. Your PO FL-4500105520 has been accepted in our system, order
confirmation OC-24-0402 attached.

As the PO is accepted, production of the series docks is scheduled to start on Monday 17.06 on
our line 2. The pilot docks will be ready on 05.07.

Best regards / Z poważaniem
Piotr Nowak
Sales Engineer | Baltic Charging Systems Sp. z o.o. | Gdańsk | +48 58 555 0174

-----Original Message-----
From: Matthias Berger <m.berger@flinkrad.de>
Sent: Tuesday, June 11, 2024 10:15 AM
Subject: PO FL-4500105520 e-bike docks

""" + q(_r57_berger)
case("r57_PO_accepted_production_scheduled", ["RG012"],
     "supplier treats acceptance of the PO as authority to schedule series production, though the quoted PO keeps line 20 on hold for a written release",
     [("RE_PO_FL-4500105520_confirmation.eml", eml_bytes(mail(
         "Piotr Nowak <p.nowak@balticcharging.pl>", "Matthias Berger <m.berger@flinkrad.de>",
         "RE: PO FL-4500105520 e-bike docks - order confirmation OC-24-0402", "Thu, 13 Jun 2024 12:10:00 +0200", _r57,
         in_reply_to="<h103-berger-0611@flinkrad.de>",
         attachments=[("OC-24-0402.txt", _r57_oc, "text/plain")])))])

# --- CASES-END ---


# =================================================================== emit
def _formats_of(files):
    fmts = set()
    for fn, data in files:
        ext = fn.rsplit(".", 1)[-1].lower()
        fmts.add(ext)
        if ext == "eml":
            from email import message_from_bytes
            msg = message_from_bytes(data if isinstance(data, bytes) else data.encode(), policy=policy.default)
            for part in msg.walk():
                ctype = part.get_content_type()
                fnp = part.get_filename() or ""
                if fnp.lower().endswith(".pdf"):
                    fmts.add("pdf")
                elif fnp.lower().endswith(".docx"):
                    fmts.add("docx")
                elif fnp.lower().endswith(".txt"):
                    fmts.add("txt")
                elif fnp.lower().endswith((".html", ".htm")):
                    fmts.add("html")
                elif ctype == "message/rfc822":
                    fmts.add("eml")
    return fmts


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        folder = f"{PREFIX}_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    # summary
    rules = [f"RG{n:03d}" for n in range(1, 13)]
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  multi-rule: {multi}")
    for r in rules:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")
    top = {}
    contain = {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            top[ext] = top.get(ext, 0) + 1
        for f in _formats_of(c["files"]):
            contain[f] = contain.get(f, 0) + 1
    print("  top-level files:", dict(sorted(top.items())))
    print("  cases containing:", dict(sorted(contain.items())))
    print("  multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
