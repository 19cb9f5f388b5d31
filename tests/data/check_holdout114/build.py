#!/usr/bin/env python3
"""Generator for the releasegate check_holdout114 corpus (EV charging equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout114/build.py

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
_FOLD = {"Ş": "S", "ş": "s", "İ": "I", "ı": "i", "ğ": "g", "Ğ": "G", "ń": "n", "ś": "s", "Ś": "S",
         "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c", "Δ": "delta ", "≥": ">=",
         "≤": "<=", "–": "-", "—": "-"}


def _fold(x):
    """PDF base-14 fonts only cover cp1252: fold the few Polish/Turkish letters and symbols outside it."""
    if isinstance(x, str):
        return "".join(_FOLD.get(ch, ch) for ch in x)
    if isinstance(x, (list, tuple)):
        return type(x)(_fold(i) for i in x)
    return x


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_fold(b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h114-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h114")
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


def plain_sig(name, title, company, phone):
    return f"\n--\n{name}\n{title}\n{company}\n{phone}\n"


def txt(s):
    """normalise a text document: strip the leading newline of triple-quoted strings."""
    return s.lstrip("\n")


# =================================================================== CASES
# c.. = clean (expect []), p.. = with risks. Descriptive names appear only here.

# ------------------------------------------------------------------ batch 1
# c01: German wallbox brand, DVT sample PO with complete scope note (multipart/alternative)
_t = """Dear Mr. Zhang,

thank you for your quotation Q-HX-240611 dated 11 June 2024 and for the quick DFM feedback on the
gland plate.

Please find below our purchase order 4500018231 for DVT samples of the wallbox enclosure WB-22
(drawing 22-4410-01, Rev. C, PC/ASA, UL 94 V-0, IK10 front).

Scope of this purchase order
- 6 (six) pcs DVT enclosures, complete with EPDM gasket and cable gland plate. This is the only
  quantity released now.
- The production quantity of 2,000 pcs shown in your quotation is a forecast and is not released by
  this order. Please do not build, and do not buy resin or brass inserts, for anything beyond the
  6 pcs (material authority: sample quantity only).
- The balance can only be released after (1) the type test per IEC 61851-1 and the IP55 test in our
  Stuttgart lab have been signed off by our hardware engineering, and (2) Dr. Katrin Albers, Head of
  Supply Chain, has sent you a written production release. The sample sign-off by itself releases
  nothing.

Delivery: DAP Stuttgart-Feuerbach, CW 30/2024, 6 pcs individually packed, ESD bag not required.
Please confirm this order and the scope above in writing.

Mit freundlichen Grüßen / Kind regards
Jonas Feld
Strategic Buyer Mechanics
Voltwerk Ladesysteme GmbH | Heilbronner Str. 190 | 70191 Stuttgart
Amtsgericht Stuttgart HRB 778812 | Geschäftsführer: Dr. T. Maier, S. Ilg
"""
_h = html_page("PO 4500018231", """
<p>Dear Mr. Zhang,</p>
<p>thank you for your quotation Q-HX-240611 dated 11 June 2024 and for the quick DFM feedback on the gland plate.</p>
<p>Please find below our purchase order <b>4500018231</b> for DVT samples of the wallbox enclosure WB-22
(drawing 22-4410-01, Rev. C, PC/ASA, UL 94 V-0, IK10 front).</p>
<table><tr><th>Pos.</th><th>Part</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>10</td><td>WB-22 enclosure, DVT sample</td><td>6 pcs</td><td>USD 118.00</td></tr></table>
<div class="note"><b>Scope of this purchase order</b><ul>
<li>6 (six) pcs DVT enclosures, complete with EPDM gasket and cable gland plate. This is the only quantity released now.</li>
<li>The production quantity of 2,000 pcs shown in your quotation is a forecast and is not released by this order. Please do not build, and do not buy resin or brass inserts, for anything beyond the 6 pcs (material authority: sample quantity only).</li>
<li>The balance can only be released after (1) the type test per IEC 61851-1 and the IP55 test in our Stuttgart lab have been signed off by our hardware engineering, and (2) Dr. Katrin Albers, Head of Supply Chain, has sent you a written production release. The sample sign-off by itself releases nothing.</li>
</ul></div>
<p>Delivery: DAP Stuttgart-Feuerbach, CW 30/2024. Please confirm this order and the scope above in writing.</p>
<p>Mit freundlichen Grüßen / Kind regards<br>Jonas Feld<br>Strategic Buyer Mechanics<br>Voltwerk Ladesysteme GmbH</p>
""")
_m = mail("Jonas Feld <jonas.feld@voltwerk-lade.de>", "Kevin Zhang <kevin.zhang@hx-enclosure.cn>",
          "PO 4500018231 - DVT-Muster Gehäuse WB-22 / DVT samples enclosure", "Tue, 09 Jul 2024 10:14:00 +0200",
          _t, html=_h, cc="Katrin Albers <katrin.albers@voltwerk-lade.de>")
case("c01_de_dvt_po_multipart", [], "sample PO: 6 pcs active, 2,000 forecast not released, type test + written release by named person, sample-only material",
     [("PO_4500018231_DVT_WB22.eml", eml_bytes(_m))])

# c02: Taiwanese PCBA quote with EVT/DVT/MP tiers, quote only
_b = [("h1", "QUOTATION TPB-Q-24-0392"),
      ("p", "Taoyuan PowerBoard Electronics Co., Ltd. | No. 88, Xingbang Rd., Guishan Dist., Taoyuan City 333, Taiwan"),
      ("p", "To: Plugline Networks Inc., Attn. Kai Wong (Hardware Engineering) | Date: 2024/06/20 | Valid: 60 days"),
      ("p", "Item: Charge controller PCBA CC-32 Rev B (IEC 61851-1 control pilot, 6 mA DC RCD-DD, 6-layer FR4 1.6 mm, 2 oz outer)"),
      ("table", [["Phase", "Quantity", "Unit price (USD)", "Lead time"],
                 ["EVT", "20 pcs", "48.50", "3 weeks ARO"],
                 ["DVT", "50 pcs", "39.80", "4 weeks ARO"],
                 ["MP tier 1", "5,000 pcs", "21.35", "10 weeks ARO"],
                 ["MP tier 2", "10,000 pcs", "19.90", "10 weeks ARO"]]),
      ("sp",),
      ("p", "NRE: SMT stencil, ICT fixture and functional test jig USD 2,400, one time, charged with EVT."),
      ("p", "Long-lead parts: STM32G0 MCU 16 weeks, PCB relay 4-pole 40 A 20 weeks. MP pricing based on "
            "component market price of June 2024 and may be re-quoted at time of order."),
      ("p", "Payment: T/T 30 days after invoice. Incoterms: FCA Taoyuan (TPE). Warranty 24 months."),
      ("p", "Quotation only. Prices per phase apply to purchase orders received within validity."),
      ("sp",),
      ("p", "Jerry Lin, Sales Manager | jerry.lin@tpb-pcba.com.tw | +886 3 328 1100 ext. 212")]
case("c02_tw_pcba_quote_tiers", [], "supplier quote with EVT/DVT/MP tiers only, no authorization in bundle",
     [("TPB-Q-24-0392.pdf", pdf(_b, title="Quotation TPB-Q-24-0392", author="Jerry Lin"))])

# c03: Slack Connect export, supplier asks for go-ahead, Norwegian buyer says no, full scope restated
_s = txt("""
Slack export | channel #fjordlade-metalform-pedestals (Slack Connect) | exported 2024-08-14 07:30 UTC
--------------------------------------------------------------------------------------------------
[2024-08-12 08:14] Piotr Wiśniewski (Metalform): Good morning! The 20 pedestals for the Åsane and Loddefjord field trial are packed, truck leaves Wednesday from Bydgoszcz.
[2024-08-12 08:15] Piotr Wiśniewski (Metalform): one question - bal. 480 pcs: do we have go-ahead for them? our laser has free capacity in wk 35, would be good to book it
[2024-08-12 08:41] Marit Hagen (Fjordlade): Hi Piotr, thanks for the update! Short answer: no, not yet.
[2024-08-12 08:42] Marit Hagen (Fjordlade): Only the 20 for the field trial are released. The 480 stay on hold - please don't start them and don't order the galvanised sheet for them either.
[2024-08-12 08:43] Marit Hagen (Fjordlade): They get released when Lars has signed off the field trial report (8 weeks of operation, so mid October) and I send you the written release. Nobody else on our side can release them.
[2024-08-12 08:44] Marit Hagen (Fjordlade): if the week 35 slot goes to another customer that's fine, we plan with you again in October
[2024-08-12 08:50] Piotr Wiśniewski (Metalform): Understood, thank you Marit. 480 on hold, we wait for your written release :+1:
[2024-08-12 09:02] Lars Nygaard (Fjordlade): I'll share the trial dashboard with you Piotr so you can follow the uptime as well
[2024-08-12 09:03] Piotr Wiśniewski (Metalform): great, thanks Lars
""")
case("c03_no_slack_goahead_question", [], "supplier asks for go-ahead on 480; buyer: only 20 released, 480 on hold until field trial sign-off + written release by Marit Hagen",
     [("slack_fjordlade-metalform-pedestals.txt", _s)])

# c04: labelled rollout forecast (HTML table), not an order
_h = html_page("Rollout forecast 2025 - DP-2", """
<h2>Laadpaal Noord B.V. &ndash; rollout forecast 2025, dual pedestal DP-2</h2>
<p>Supplier: Bursa Elektromekanik A.&#350;. &nbsp;|&nbsp; Drawing DP2-100 rev 4 &nbsp;|&nbsp; issued 2024-09-02 by Inkoop</p>
<div class="note"><b>FORECAST &ndash; NON-BINDING.</b> This table is a planning forecast. It is not an order, not a commitment
to buy and not a production release. Quantities and timing can change with municipal permits and grid connections.
Only a purchase order or call-off from Laadpaal Noord with a stated quantity authorises production. Do not buy
material against this forecast.</div>
<table>
<tr><th>Wave</th><th>Region</th><th>Sites</th><th>Pedestals (forecast)</th><th>Target quarter</th></tr>
<tr><td>1</td><td>Groningen stad</td><td>48</td><td>96</td><td>Q1 2025</td></tr>
<tr><td>2</td><td>Drenthe (Assen, Emmen)</td><td>60</td><td>120</td><td>Q2 2025</td></tr>
<tr><td>3</td><td>Friesland (Leeuwarden, Sneek)</td><td>55</td><td>110</td><td>Q3 2025</td></tr>
<tr><td>4</td><td>Overijssel (Zwolle)</td><td>37</td><td>74</td><td>Q4 2025</td></tr>
<tr><td colspan="3"><b>Total (forecast)</b></td><td><b>400</b></td><td></td></tr>
</table>
<p>Grid connection dates per site are in the shared sheet &lsquo;aansluitingen_2025&rsquo;. Questions: Joost Bakker, Category Manager.</p>
""", lang="nl")
case("c04_nl_forecast_html", [], "clearly labelled non-binding rollout forecast; says it is not an order or release",
     [("rollout_forecast_2025_DP2.html", _h)])

# c05: DOCX DVT test report, samples accepted for design verification only
_b = [("h1", "DVT Test Report TR-AW-2024-031"),
      ("p", "Ampereweg B.V., Hardware Engineering, Eindhoven | Author: Daan Mulder | Date: 2024-07-18"),
      ("p", "Part: Type 2 charging cable 32 A, 3-phase, 5 m (P/N AW-CBL-T2-32-5M, Rev B). Supplier: Kabeltech Sp. z o.o., Łódź."),
      ("p", "Samples tested: 6 pcs, serial numbers KT-0001 to KT-0006, from PO AW-PO-24-0219."),
      ("h", "Results"),
      ("table", [["Test", "Standard / condition", "Result"],
                 ["Ingress protection IP55 (mated)", "IEC 60529", "Pass"],
                 ["Mechanical operation, 10,000 cycles", "IEC 62196-1 cl. 21", "Pass"],
                 ["Vehicle drive-over, 5,000 N", "IEC 62196-1 cl. 31", "Pass"],
                 ["Temperature rise at 32 A, 4 h", "limit 50 K", "Pass (38 K)"],
                 ["Cold bend at -30 °C", "EN 50620", "Pass"],
                 ["Cable retention, 200 N pull", "IEC 62196-1 cl. 25", "Pass"]]),
      ("h", "Disposition"),
      ("p", "The six samples are accepted for design verification only. One observation: strain relief boot "
            "shows a mould flash of 0.3 mm on S/N KT-0004; supplier to fix the parting line before any series parts."),
      ("p", "This report is a technical result. It does not release any production quantity. Production of the "
            "1,000 pcs order quantity stays not released until Femke Jansen (Head of Operations) issues a separate "
            "written production release after this report has been signed off."),
      ("p", "Signed off (technical): Daan Mulder, Hardware Engineer, 2024-07-18")]
case("c05_nl_dvt_report_docx", [], "test report: samples accepted for design verification only; production not released, written release by named person",
     [("TR-AW-2024-031_DVT_cable.docx", docx_bytes(_b, author="Daan Mulder"))])

# c06: UK installer full-quantity PO, proceed with the 400
_b = [("h1", "PURCHASE ORDER GB-PO-10442"),
      ("p", "Greenbay Charge Ltd | Unit 4, Avonmouth Way, Bristol BS11 9YA, United Kingdom | VAT GB 318 4471 22"),
      ("p", "Supplier: Kabeltech Sp. z o.o., ul. Przemysłowa 14, 93-121 Łódź, Poland | Supplier no. 20417"),
      ("p", "Order date: 05/08/2024 | Buyer: Priya Nair | Currency: EUR | Incoterms: DAP Bristol"),
      ("table", [["Line", "Part / description", "Qty", "Unit price", "Amount"],
                 ["1", "GB-T2-32A-7M5 Type 2 to Type 2 cable, 32 A 3-phase, 7.5 m, TPU jacket, IEC 62196-2, tethered-ready",
                  "400 pcs", "EUR 61.80", "EUR 24,720.00"],
                 ["", "Total", "", "", "EUR 24,720.00"]]),
      ("sp",),
      ("p", "Order notes: This PO is the full quantity for our 2024 install programme. No further quantity is planned "
            "or forecast under this order, and there is no balance. Please proceed with production of the 400 pcs on "
            "receipt of this order."),
      ("p", "Delivery: 2 x 200 pcs, week 38 and week 41, to Greenbay Charge, Avonmouth. Each cable with individual test "
            "label (continuity, insulation resistance 500 V DC, PP resistor 220 ohm)."),
      ("p", "Payment: 60 days end of month. Our standard terms GB-T&C-2023 apply."),
      ("p", "Authorised by: Priya Nair, Purchasing")]
case("c06_uk_full_qty_po", [], "full-quantity PO (400 pcs, no balance) that says proceed with the 400",
     [("GB-PO-10442.pdf", pdf(_b, title="GB-PO-10442", author="Priya Nair"))])

# c07: US call-off with explicit staged material authority beyond the released quantity
_t = """Luis,

Following the DVT sign-off on Aug 2, here is call-off 02 under blanket PO 7100-2291 for the DC-side
harness HRN-150-DC (dwg 150-0077 rev F). Details are in the attached call-off sheet too.

Released now: 150 harnesses for the pilot site batch (Round Rock + Pflugerville sites). Ship by Sept 20.

Material authority: you may buy and stage wire, terminals and seals for up to 600 harnesses at
Plugline's liability (pilot batch plus wave 1). That is material authority only. It does not release
production of anything beyond the 150.

Balance: the remaining 450 harnesses of wave 1 are not released. I will release them with a written
call-off after pilot site acceptance (30 days of operation at both sites, target Oct 25).

Let me know if the Sept 20 date is tight with the 4/0 AWG lugs.

Thanks,
Dana Whitfield
VP Hardware Operations | Plugline Networks Inc. | Austin, TX
"""
_att = html_page("Call-off 02 / PO 7100-2291", """
<h3>Plugline Networks Inc. &ndash; Call-off 02 against blanket PO 7100-2291</h3>
<table><tr><th>Item</th><th>Description</th><th>Released now</th><th>Material authority (staged, buyer liability)</th><th>Not released</th></tr>
<tr><td>HRN-150-DC</td><td>DC harness, 4/0 AWG, dwg 150-0077 rev F</td><td>150</td><td>600 harness sets</td><td>450 (wave 1 balance)</td></tr></table>
<p>Unlock of the 450: pilot site acceptance, then written call-off by Dana Whitfield, VP Hardware Operations.</p>
""")
_m = mail("Dana Whitfield <dana.whitfield@plugline.net>", "Luis Garza <lgarza@mty-ensambles.com.mx>",
          "Call-off 02 / PO 7100-2291 - pilot site batch + material authority", "Mon, 05 Aug 2024 16:22:00 -0500",
          _t, attachments=[("calloff_02_PO7100-2291.html", _att, "text/html")])
case("c07_us_calloff_staged_material", [], "call-off 150 released, explicit staged material authority up to 600 at buyer liability, 450 not released until pilot acceptance + written call-off by Dana",
     [("calloff_02_HRN-150.eml", eml_bytes(_m))])

# c08: explicit, recorded auto-conversion with quantity, signer and conditions
_t = """Dear Emre,

As discussed in Tuesday's call, we record the following arrangement for order LN-24-0577
(dual pedestal DP-2, drawing DP2-100 rev 4, hot-dip galvanised + RAL 6018 powder coat):

1. Released now: 4 (four) DVT pedestals. Nothing else is released at this moment.
2. Auto-conversion, agreed and recorded: if Pieter Smit, our hardware engineer, records a sample
   sign-off with disposition "approved" on these 4 DVT pedestals on or before 30 September 2024,
   that sign-off by itself releases 96 pedestals (wave 1). No other sign-off, person or date
   triggers it. If the disposition is interim or rejected, nothing is released.
3. The remaining 300 pedestals of the quoted 400 stay on hold. They are released only by a written
   production release from me, after the wave 1 sites in Groningen have been commissioned.
4. Material authority: sample quantity only until point 2 has happened; from then up to 100 pedestals.

Please confirm this text back to us unchanged, so both sides have the same record.

Met vriendelijke groet,
Sanne de Vries
Procurement Lead | Laadpaal Noord B.V. | Zernikelaan 8, 9747 AA Groningen
"""
_m = mail("Sanne de Vries <s.devries@laadpaalnoord.nl>", "Emre Yildiz <emre.yildiz@bursaelektromekanik.com.tr>",
          "LN-24-0577 DP-2 DVT pedestals - recorded auto-conversion wave 1", "Thu, 22 Aug 2024 11:05:00 +0200",
          _t, cc="Pieter Smit <p.smit@laadpaalnoord.nl>")
case("c08_nl_recorded_autoconversion", [], "explicit recorded auto-conversion naming quantity (96), signer (Pieter Smit) and conditions; 300 on hold until written release by Sanne",
     [("LN-24-0577_DP2_DVT.eml", eml_bytes(_m))])

# p01: Polish supplier reply quoting a Dutch scope without event or release person; material bought for full lot
_t = """Dear Sanne,

thank you for the PO, we confirm: 10 pcs FAI samples, delivery in week 36 together with the
measurement report and the PP/CP resistor test sheet.

The remaining 1 490 pcs we keep on hold, as you wrote.

For your information: copper is going up very strong this summer, so to secure the conductor price
and the TPU compound we have purchased the material for the full 1 500 pcs last week. It is stored
in our warehouse in Łódź and we can start immediately when you need.

Best regards / Z poważaniem
Marek Kowalczyk
Key Account Manager
Kabeltech Sp. z o.o. | ul. Przemysłowa 14 | 93-121 Łódź | +48 42 630 11 80

On Mon, 29 Jul 2024 at 09:12, Sanne de Vries <s.devries@laadpaalnoord.nl> wrote:
> Hi Marek,
>
> PO LN-24-0612 attached: 10 pcs FAI samples of the T2 cable assembly LN-CBL-732
> (7 m, 32 A, 3-phase, black TPU).
> Only the 10 samples are released. The other 1 490 pcs from your quote stay on hold,
> do not start them.
>
> Groet,
> Sanne
"""
_m = mail("Marek Kowalczyk <m.kowalczyk@kabeltech.pl>", "Sanne de Vries <s.devries@laadpaalnoord.nl>",
          "RE: PO LN-24-0612 - cable assemblies T2 32A 7m - FAI samples", "Wed, 31 Jul 2024 14:40:00 +0200",
          _t, in_reply_to="<h114-ln0612@laadpaalnoord.nl>")
case("p01_pl_reply_material_full_lot", ["RG004", "RG005", "RG006"],
     "quoted buyer scope: 10 active, 1 490 on hold but no unlock event, no named release person; supplier bought material for 1 500",
     [("RE_PO_LN-24-0612.eml", eml_bytes(_m))])

# p03: multi-file: German SAP PO (unnamed release dept) + Turkish supplier MRP printout pre-buying material for 3.000
_po = txt("""
VOLTWERK LADESYSTEME GMBH                                          BESTELLUNG / PURCHASE ORDER
Heilbronner Str. 190, 70191 Stuttgart                              Nr. 4500018877   Datum 02.07.2024
----------------------------------------------------------------------------------------------------
Lieferant / Supplier : 300145  Izmir Plastik Enjeksiyon San. ve Tic. A.S., AOSB 10003 Sk. No:5, Cigli/Izmir
Einkaeufer / Buyer   : S. Lehmann  Tel. +49 711 4090 318
Lieferbed. / Incoterm: FCA Izmir        Zahlungsbed.: 45 Tage netto
----------------------------------------------------------------------------------------------------
Pos  Material      Bezeichnung                              Menge   ME   Preis/EUR    Wert/EUR
0010 100045120     Frontcover FC-11 PC/ASA schwarz UV         50    ST       14,80      740,00
                   Zeichnung 22-4471-03 Idx B / Werkzeug T-0311
                   Liefertermin KW 33/2024
----------------------------------------------------------------------------------------------------
LIEFERUMFANG / SCOPE
 50 ST Musterteile zur Erstbemusterung (EMPB nach VDA 2) / 50 pcs initial samples.
 Restmenge 2.950 ST aus Angebot Q-IZ-24-077 ist NICHT freigegeben.
 Balance 2,950 pcs from quotation Q-IZ-24-077 is NOT released.
 Freigabe der Restmenge erst nach Unterzeichnung des EMPB durch unsere Entwicklung und
 schriftlicher Serienfreigabe durch unsere Abteilung Einkauf.
 The balance is released only after the initial sample report has been signed off by our
 engineering and a written series release has been issued by our purchasing department.
----------------------------------------------------------------------------------------------------
Gesamtwert netto EUR 740,00                                          Seite 1 / 1
""")
_mrp = txt("""
IZMIR PLASTIK ENJEKSIYON - MRP / MALZEME IHTIYAC PLANI          RUN 2024-07-08 06:00   PAGE 1
=============================================================================================
CUSTOMER : VOLTWERK LADESYSTEME        CUST PO : 4500018877        SALES ORD : SO-3301
ITEM     : FC-11 FRONTCOVER PC/ASA     TOOL    : T-0311 (4 CAV)     DWG 22-4471-03 IDX B
---------------------------------------------------------------------------------------------
WORK ORDER   QTY     TYPE      START        STATUS
WO-24-1187   50      SAMPLE    2024-07-29   PLANNED
---------------------------------------------------------------------------------------------
MATERIAL REQUIREMENT BASIS : QUOTE Q-IZ-24-077 FULL QTY 3.000 PCS
PLANNER NOTE (E.AKIN)      : FULL QTY PRE-BUY FOR LEAD TIME, CUSTOMER SAMPLE FIRST
---------------------------------------------------------------------------------------------
MATERIAL                         REQ        UNIT  PURCH.ORDER    STATUS
LURAN S 777K UV BLACK PC/ASA     1.260      KG    PO-TR-55812    RECEIVED 2024-07-05
INSERT M4 BRASS HEAT-SET         12.000     ADET  PO-TR-55830    RECEIVED 2024-07-06
LABEL UL/CE 40x20                3.000      ADET  PO-TR-55831    ON ORDER
---------------------------------------------------------------------------------------------
END OF REPORT
""")
case("p03_de_tr_sap_po_plus_mrp", ["RG005", "RG006"],
     "SAP PO: 50 samples, 2.950 not released, EMPB sign-off + written release, but release by unnamed purchasing dept; supplier MRP pre-bought material for 3.000",
     [("PO_4500018877.txt", _po), ("MRP_SO-3301_FC-11.txt", _mrp)])

# p04: Chinese cable supplier portal page, balance on hold but full-lot material purchased
_h = html_page("Jiayu Customer Portal - JY-SO-24-0719", """
<h2>Dongguan Jiayu Cable Technology Co., Ltd. &ndash; Customer Portal</h2>
<p>Customer: <b>Kestrel EV Ltd</b> (Manchester, UK) &nbsp;|&nbsp; Sales order JY-SO-24-0719 &nbsp;|&nbsp; Last update 2024-07-16 10:32 CST</p>
<h3>Order lines</h3>
<table>
<tr><th>Item</th><th>Description</th><th>Customer PO</th><th>Released qty</th><th>Balance</th><th>Status</th></tr>
<tr><td>KE-DC-125A-4M</td><td>CCS2 DC cable assembly 125 A, 4 m, natural cooling</td><td>KEV-PO-2291</td><td>24</td><td>976</td>
<td>Released 24 pcs: in production (crimp + overmould). Balance 976 pcs: on hold &ndash; awaiting customer written release</td></tr>
</table>
<p>Customer scope (copied from PO KEV-PO-2291): &ldquo;24 pcs samples for IEC 62196-3 type test. Balance 976 pcs not released
until the type test report is signed off and Rachel Doyle, Head of Procurement, sends the written release.&rdquo;</p>
<h3>Material allocation</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>Covers</th><th>Status</th></tr>
<tr><td>Copper conductor 35 mm&sup2; class 5</td><td>4,200 m</td><td>1,000 assemblies</td><td>Purchased, in stock WH-3</td></tr>
<tr><td>CCS2 connector housing set</td><td>1,000 sets</td><td>1,000 assemblies</td><td>Purchased, received 2024-07-02</td></tr>
<tr><td>TPE jacket compound</td><td>1.8 t</td><td>1,000 assemblies</td><td>Purchased, in transit</td></tr>
</table>
<p><i>Planner comment (Jason Wu): full-lot material bought in advance to protect lead time, connector housing 14 weeks.</i></p>
""")
case("p04_cn_portal_material_allocation", ["RG006"],
     "supplier portal: 24 released, 976 on hold per complete quoted scope; material purchased for 1,000 assemblies without material authority",
     [("JY-SO-24-0719_portal.html", _h)])

# p05: Mexican supplier status: bought terminals for all 1,200 and will roll into balance after pilot sign-off
_t = """Hi Emily,

Quick status on your harness order:

- The 40 pilot harnesses HRN-48-AC passed hipot and continuity 100%, they ship Friday via FedEx Freight
  from our Laredo crossing. Packing list and test logs attached to the ASN.
- To protect your rollout we went ahead and purchased the Molex Mini-Fit terminals and the 18 km of
  10 AWG wire for all 1,200 harnesses. Terminals are at 20 weeks right now, so we did not want to risk it.
- Once you sign off the pilot site, we will continue with the remaining 1,160 right away so there is no
  gap in your rollout. You don't need to send anything else, we already have the full quote quantity
  in our master schedule.

Any questions let me know.

Saludos,
Luis Garza
Program Manager | Monterrey Ensambles Eléctricos S.A. de C.V. | Apodaca, N.L. | +52 81 8145 2200

-----Original Message-----
From: Emily Carter <emily.carter@wattsoncharging.com>
Sent: Thursday, July 11, 2024 3:02 PM
To: Luis Garza <lgarza@mty-ensambles.com.mx>
Subject: PO WC-4410 - pilot harnesses HRN-48-AC

Luis,
PO WC-4410 is for the 40 pilot harnesses HRN-48-AC only. The remaining 1,160 from your quote are
not released - please don't build them. They will be released by a written release from me once our
pilot site in Boulder has been signed off by field engineering.
Emily Carter
Director, Supply Chain | Wattson Charging Inc. | Denver, CO
"""
_m = mail("Luis Garza <lgarza@mty-ensambles.com.mx>", "Emily Carter <emily.carter@wattsoncharging.com>",
          "RE: PO WC-4410 - pilot harnesses HRN-48-AC", "Tue, 23 Jul 2024 18:10:00 -0500", _t,
          attachments=[("ASN_WC-4410_pilot.txt", txt("""
MONTERREY ENSAMBLES ELECTRICOS - ADVANCE SHIP NOTICE          ASN-24-07-3391
Customer PO : WC-4410          Ship date : 2024-07-26       Carrier : FedEx Freight (Laredo, TX)
--------------------------------------------------------------------------------------------
Item         Description                      Qty   Cartons   Test record
HRN-48-AC    AC harness 6 AWG, dwg 48-0012 F    40         4   HIPOT 2.5 kV 100% / CONT 100%
--------------------------------------------------------------------------------------------
Gross weight 61 kg. Pallet 1 of 1 (120 x 100 cm).
"""), "text/plain")])
case("p05_mx_status_terminals_rollon", ["RG006", "RG007"],
     "quoted buyer scope complete; supplier bought terminals/wire for 1,200 and plans to roll into the 1,160 after pilot sign-off without release",
     [("RE_PO_WC-4410_status.eml", eml_bytes(_m))])

# p06: UK buyer invites supplier to buy steel for the full 400 despite PO material authority sample-only
_b = [("h1", "PURCHASE ORDER GB-PO-10517"),
      ("p", "Greenbay Charge Ltd | Unit 4, Avonmouth Way, Bristol BS11 9YA, United Kingdom"),
      ("p", "Supplier: Bursa Elektromekanik A.Ş., Nilüfer OSB, 16140 Bursa, Turkey | Date: 12/08/2024 | Buyer: Priya Nair"),
      ("table", [["Line", "Part / description", "Qty", "Unit price", "Amount"],
                 ["1", "ENC-S1 on-street charger enclosure, 2 mm 316 stainless, powder coat RAL 7016, dwg ENC-S1-001 rev 3",
                  "30 pcs", "GBP 212.00", "GBP 6,360.00"]]),
      ("sp",),
      ("p", "Scope: 30 pilot enclosures for the Bristol pilot sites. Only these 30 are released. The remaining 370 "
            "from quotation BEM-Q-0822 are on hold and not released until the pilot sites have been signed off and "
            "Tom Ashworth, Operations Director, sends a written release."),
      ("p", "Material authority: sample/pilot quantity only (30 pcs)."),
      ("p", "Delivery: DAP Bristol, week 40.")]
_t = """Hi Emre,

PO GB-PO-10517 attached for the 30 pilot enclosures (ENC-S1). That's all that's released for now – the
other 370 stay on hold until the Bristol pilot sites are signed off and Tom sends you the written
release.

One thing though: steel lead times are awful at the moment, so feel free to get the 316 sheet and the
Southco locks in for the full 400 now so you're not stuck later. We'll tidy up the paperwork once the
pilot is done.

Cheers,
Priya

Priya Nair | Purchasing | Greenbay Charge Ltd | 0117 496 0321
"""
_m = mail("Priya Nair <priya.nair@greenbaycharge.co.uk>", "Emre Yildiz <emre.yildiz@bursaelektromekanik.com.tr>",
          "PO GB-PO-10517 - 30 pilot enclosures ENC-S1", "Mon, 12 Aug 2024 15:47:00 +0100", _t,
          attachments=[("GB-PO-10517.pdf", pdf(_b, title="GB-PO-10517", author="Priya Nair"), PDF_MT)])
case("p06_uk_buyer_feel_free_material", ["RG006"],
     "scope complete (30 released, 370 on hold, pilot sign-off + Tom Ashworth); buyer informally invites steel for full 400 against sample-only material authority",
     [("PO_GB-PO-10517_email.eml", eml_bytes(_m))])

# p07: Taiwanese production readiness report: forecast booked as firm MP order, kitting done for 5,000
_b = [("h1", "Production Readiness Report"),
      ("p", "Taoyuan PowerBoard Electronics Co., Ltd. | Customer: Plugline Networks Inc. | Item: CC-32 charge controller PCBA Rev B | Report date: 2024/08/09"),
      ("table", [["Stage", "Qty", "Customer PO", "Status"],
                 ["EVT", "20 pcs", "7100-2304", "Shipped 2024/07/26"],
                 ["DVT", "50 pcs", "(pending)", "Waiting customer PO"],
                 ["MP lot 1", "5,000 pcs", "-", "Customer release status: not released (customer written release pending)"]]),
      ("sp",),
      ("p", "Planning basis: customer rolling forecast Q4-2024 (5,000 pcs) has been booked as firm MP order "
            "SO-24-8812 in our ERP to secure SMT line capacity on line 3 in October."),
      ("h", "Material readiness"),
      ("table", [["Component", "Req. for", "Status"],
                 ["STM32G0B1 MCU", "5,000 sets", "Kitted, in bonded store"],
                 ["Relay 4P 40 A", "5,000 sets", "Kitted"],
                 ["RCD-DD sensor 6 mA", "5,000 sets", "Kitted"],
                 ["PCB 6L FR4 CC-32 Rev B", "5,000 pcs", "Received from PCB vendor"]]),
      ("p", "Component kitting for the MP lot is complete, so SMT can start within 3 days after release."),
      ("p", "Prepared by: Vivian Huang, Production Planning | Checked: Jerry Lin, Sales Manager")]
case("p07_tw_readiness_kitting_forecast", ["RG006", "RG008"],
     "supplier report: forecast booked as firm MP order; components kitted for 5,000 while only 20 EVT released",
     [("TPB_readiness_CC-32.pdf", pdf(_b, title="Production Readiness Report CC-32", author="Vivian Huang"))])

# p08: Turkish supplier reads tooling deposit as release and buys material for 300
_b = [("h1", "PURCHASE ORDER AW-PO-24-0288"),
      ("p", "Ampereweg B.V. | Esp 300, 5633 AE Eindhoven, Netherlands | Date: 2024-06-24 | Buyer: Ruud Verhoeven"),
      ("p", "Supplier: İzmir Plastik Enjeksiyon San. ve Tic. A.Ş., Çiğli / İzmir"),
      ("table", [["Line", "Item", "Qty", "Price", "Amount"],
                 ["1", "Injection mould T-0402 for front cover AW-FC-07 (2 cav), 30 % deposit on order", "1 set", "EUR 32.000,00", "EUR 32.000,00"],
                 ["2", "Front cover AW-FC-07, PC/ABS, RAL 9016 - samples from T-0402", "5 pcs", "EUR 22,00", "EUR 110,00"]]),
      ("sp",),
      ("p", "Scope: line 2 releases 5 sample covers only. The remaining 295 covers of quotation IZ-Q-24-061 are not "
            "released. They are released only after the sample sign-off by our engineering and a written release by "
            "Femke Jansen, Head of Operations. Material authority: sample quantity only."),
      ("p", "The 30 % deposit under line 1 is a tooling payment. It does not release production of covers.")]
_t = """Dear Ruud,

your deposit of EUR 9.600 (30 %) for the mould T-0402 is received today, thank you very much.

With this we have started production of the 300 front covers AW-FC-07 and ordered the PC/ABS
material (Bayblend T85, RAL 9016 masterbatch) for all 300 pcs, so your delivery will be very fast.
The 5 sample pieces we will send first by courier in week 30.

Your PO is attached again for reference.

Best regards,
Mehmet Kaya
Sales & Export
İzmir Plastik Enjeksiyon San. ve Tic. A.Ş.
"""
_m = mail("Mehmet Kaya <mehmet.kaya@izmirplastik.com.tr>", "Ruud Verhoeven <ruud.verhoeven@ampereweg.nl>",
          "Deposit received - AW-PO-24-0288 front covers", "Fri, 05 Jul 2024 09:30:00 +0300", _t,
          attachments=[("AW-PO-24-0288.pdf", pdf(_b, title="AW-PO-24-0288", author="Ruud Verhoeven"), PDF_MT)])
case("p08_tr_deposit_starts_production", ["RG006", "RG012"],
     "PO complete (5 samples, 295 not released, deposit does not release); supplier treats deposit as go and buys material for 300",
     [("deposit_AW-PO-24-0288.eml", eml_bytes(_m))])

# p09: Chinese connector supplier acknowledges and plans automatic scheduling after sample approval
_t = """Dear Femke,

Good day! We acknowledge your PO 7700123 as below:

  > PO 7700123 - 8 pcs samples of socket outlet AW-SKT-T2 (IEC 62196-2 Type 2, with shutter,
  > 32 A / 480 V). Balance 392 pcs NOT released. The balance will be released only by a written
  > release from Femke Jansen after the sample sign-off.

Samples delivery: 15 working days, by DHL.

To save your time, upon your sample approval we will automatically schedule the balance 392 pcs in
week 34, so there is no need for another document and mass production can start immediately.
Please kindly note.

Best regards,
Tony Xu
Overseas Sales Dept.
Ningbo Kaide Connector Co., Ltd. | No. 17 Jinyuan Road, Yinzhou, Ningbo | Tel +86 574 8821 6630
"""
_m = mail("Tony Xu <tony.xu@kaide-connector.com>", "Femke Jansen <femke.jansen@ampereweg.nl>",
          "Order acknowledgement PO 7700123 / AW-SKT-T2 samples", "Mon, 01 Jul 2024 10:12:00 +0800", _t,
          cc="Ruud Verhoeven <ruud.verhoeven@ampereweg.nl>")
case("p09_cn_ack_auto_schedule", ["RG007"],
     "supplier ack quotes complete buyer scope, then says sample approval will automatically schedule the 392 without another document",
     [("ACK_PO_7700123.eml", eml_bytes(_m))])

# p10: Slack: supplier asks to roll straight into MP after EVT, buyer engineer agrees
_s = txt("""
=== Slack Connect | #plugline-tpb-cc32 | export 2024-08-20 ===

2024-07-15 09:03  Dana Whitfield (Plugline)
  PO 7100-2304 is out. It covers 20 EVT boards CC-32 only. The 1,980 MP boards from the quote are NOT released.
  I'll release them in writing after Kai has signed off EVT and the UL 2594 pre-scan is done.
2024-07-15 09:10  Jerry Lin (TPB)
  Received, thank you Dana. 20 EVT boards, week 30.
2024-07-26 17:44  Jerry Lin (TPB)
  EVT boards shipped, tracking UPS 1Z 4R8 F19 04 5512 3390. FCT yield 20/20, AOI 0 defects
2024-08-02 08:12  Kai Wong (Plugline)
  boards arrived, bring-up went fine. CP signal clean, RCD trips at 5.2 mA DC. doing thermals next week
2024-08-02 08:20  Jerry Lin (TPB)
  Great news. So after your EVT sign-off we roll straight into the 1,980 right? no need to wait for PO change, we keep line 3 ready
2024-08-02 08:31  Kai Wong (Plugline)
  yep that's the plan :+1: no need to wait for paperwork once I've signed off EVT
2024-08-02 08:32  Jerry Lin (TPB)
  :ok_hand:
""")
case("p10_us_tw_slack_roll_straight", ["RG007"],
     "scope posted complete by Dana (20 EVT, 1,980 not released, written release); engineer confirms supplier will roll into 1,980 on EVT sign-off without paperwork",
     [("slack_plugline-tpb-cc32.txt", _s)])

# p11: Norwegian buyer: continue with the 190 after 4 weeks of pilot, no need to wait for anything
_t = """Hei Emre,

PO FJ-2024-118 is attached: 10 charging pedestals FP-2 for the pilot site at Åsane terminal.

The other 190 pedestals are on hold for now. If the pilot runs 4 weeks without faults, you can simply
continue with the 190 - no need to wait for anything from us. Saves us all some mails.

Delivery of the 10: DAP Bergen, week 37, please book the crane truck with Bring as last time.

Med vennlig hilsen
Ola Berg
Prosjektleder / Project Manager
Fjordlade AS | Kokstaddalen 4, 5257 Kokstad | +47 55 11 42 90
"""
_b = [("h1", "INNKJØPSORDRE / PURCHASE ORDER FJ-2024-118"),
      ("p", "Fjordlade AS, Kokstaddalen 4, 5257 Kokstad, Norway | Org.nr. 921 447 018 MVA | Date: 2024-08-05"),
      ("p", "Supplier: Bursa Elektromekanik A.Ş., Nilüfer OSB, Bursa, Turkey"),
      ("table", [["Pos", "Article", "Qty", "Price", "Amount"],
                 ["1", "FP-2 charging pedestal, 2 x 22 kW, galvanised + RAL 7035, dwg FP2-200 rev B", "10 pcs", "EUR 640,00", "EUR 6.400,00"]]),
      ("p", "Delivery DAP Bergen week 37. Payment 30 days net.")]
_m = mail("Ola Berg <ola.berg@fjordlade.no>", "Emre Yildiz <emre.yildiz@bursaelektromekanik.com.tr>",
          "PO FJ-2024-118 pilot Åsane - 10 pedestals", "Mon, 05 Aug 2024 13:20:00 +0200", _t,
          attachments=[("FJ-2024-118.pdf", pdf(_b, title="FJ-2024-118", author="Ola Berg"), PDF_MT)])
case("p11_no_pilot_then_continue", ["RG005", "RG007"],
     "10 released, 190 on hold, but pilot result rolls into the 190 with 'no need to wait for anything from us': nobody named to release",
     [("PO_FJ-2024-118_pilot.eml", eml_bytes(_m))])

# p12: Turkish supplier quotation with an automatic series start clause
_b = [("h1", "TEKLİF / QUOTATION BEM-TKL-2024-0311"),
      ("p", "Bursa Elektromekanik A.Ş. | Nilüfer Organize Sanayi Bölgesi, 16140 Bursa | Tel +90 224 411 70 00"),
      ("p", "Customer: Laadpaal Noord B.V., Groningen | Attn. Joost Bakker | Date: 03.06.2024 | Validity: 45 days"),
      ("table", [["Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
                 ["1", "DP-2 dual pedestal, S235 hot-dip galvanised, RAL 6018, dwg DP2-100 rev 4 - samples", "4", "780,00", "3.120,00"],
                 ["2", "DP-2 dual pedestal - series", "400", "595,00", "238.000,00"],
                 ["3", "Laser + bending fixture (one time)", "1", "2.400,00", "2.400,00"]]),
      ("h", "Terms and conditions"),
      ("p", "1. Prices ex works Bursa, packing on wooden pallet included. 2. Payment: 30 % advance for item 3, "
            "balance 60 days. 3. Lead time samples 4 weeks, series 6-8 weeks. 4. Galvanising per EN ISO 1461."),
      ("p", "5. Series production of item 2 starts automatically 5 working days after sample approval, unless the "
            "Customer cancels in writing within this period. No separate order is required."),
      ("p", "6. Steel surcharge per LME/MEPS index if order is placed after validity."),
      ("p", "Ayşe Demir, Satış Müdürü / Sales Manager")]
case("p12_tr_quote_auto_series_clause", ["RG007"],
     "supplier quote terms: series production starts automatically after sample approval with no separate order",
     [("BEM-TKL-2024-0311.pdf", pdf(_b, title="Quotation BEM-TKL-2024-0311", author="Ayse Demir"))])

# ------------------------------------------------------------------ batch 2
# c09: forwarded rfc822 old quote with 10,000 pcs, declared informational; current scope complete
_old = mail("Peter Ho <peter.ho@hv-assembly.com.tw>", "Ingrid Solberg <ingrid.solberg@nordlyslading.no>",
            "Quotation MB-7 meter board PCBA", "Wed, 15 Nov 2023 16:40:00 +0800",
            """Dear Ingrid,

pleased to quote the MB-7 meter board PCBA (MID energy meter interface, 4-layer, Rev A):

  Pilot     30 pcs       USD 36.00 / pc
  Volume    10,000 pcs   USD 11.20 / pc   (LT 8 weeks)

NRE for stencil and ICT fixture USD 1,850. Prices valid until end of January 2024.

Best regards,
Peter Ho
Hsinchu Voltronic Assembly Corp.
""")
_t = """Hi Allen,

as requested I am forwarding the 2023 quote mail from your colleague Peter Ho so you have the history
on the MB-7 board.

Please note: the 10,000 pcs in that old quote are informational only. Nothing in it is released and
it is not a volume we commit to.

Current status of our order NL-PO-3391 (MB-7 PCBA Rev B):
- Released now: 30 pilot boards for the Heimdal field trial, delivery week 39.
- Balance not released: any further quantity needs (a) the sign-off of the field trial report by our
  engineering and (b) a written production release from me, Ingrid Solberg.
- Material authority: the 30 pilot boards only.

Vennlig hilsen / Best regards
Ingrid Solberg
Innkjøpssjef / Head of Procurement
Nordlys Lading AS | Sluppenvegen 11, 7037 Trondheim
"""
_m = mail("Ingrid Solberg <ingrid.solberg@nordlyslading.no>", "Allen Tsai <allen.tsai@hv-assembly.com.tw>",
          "FW: Quotation MB-7 meter board PCBA", "Tue, 03 Sep 2024 08:55:00 +0200", _t,
          attachments=[("rfc822", _old)])
case("c09_no_fwd_old_quote_informational", [], "forwarded 2023 quote (10,000) declared informational; 30 pilot released, balance not released until field trial sign-off + written release by Ingrid",
     [("FW_Quotation_MB-7.eml", eml_bytes(_m))])

# c10: quoted Chinese supplier assumes auto-conversion, US buyer corrects it
_t = """Tony,

no - please read our PO note again.

A sample sign-off does not release anything by itself. PO WC-5120 releases the 12 sample handles
only. The other 4,988 pcs in your quote are not released. After our engineering has signed off the
samples, I will send you a written production release that states the quantity. Only that document
releases production. Please do not buy material beyond the 12 samples either.

Thanks,
Josh Alvarez
Senior Buyer | Wattson Charging Inc. | 1801 Wynkoop St, Denver, CO 80202

On Mon, Jul 8, 2024 at 9:14 PM Tony Xu <tony.xu@kaide-connector.com> wrote:
> Dear Josh,
> Thanks for the PO WC-5120, 12pcs samples J3400 (NACS) charge handle, will ship in 3 weeks.
> After you approve samples we start mass production 5k pcs directly, ok? Because the
> factory is busy in Q4, better to book the line now.
> Best regards
> Tony
"""
_m = mail("Josh Alvarez <josh.alvarez@wattsoncharging.com>", "Tony Xu <tony.xu@kaide-connector.com>",
          "RE: PO WC-5120 J3400 charge handle samples", "Tue, 09 Jul 2024 08:30:00 -0600", _t,
          in_reply_to="<h114-kd5120@kaide-connector.com>")
case("c10_us_corrects_quoted_autoconv", [], "quoted supplier assumes auto-conversion; buyer corrects: 12 released, 4,988 not released, written release by Josh after sign-off",
     [("RE_PO_WC-5120.eml", eml_bytes(_m))])

# c11: Turkish supplier: deposit does not release production
_t = """Dear Tom,

we received your 30 % deposit for the bending fixture and the sample order today, thank you.

Please note for good order: the deposit does not release production. Per your PO GB-PO-10601 we
build only the 10 sample enclosures ENC-S2. The 290 enclosures of the series stay on hold, and we
will not start them or buy the 316 stainless sheet for them before we have your written release.

Samples will be ready for dispatch on 27 September, we send photos of the weld seams before packing.

Best regards,
Ayşe Demir
Sales Manager
Bursa Elektromekanik A.Ş. | Nilüfer OSB, 16140 Bursa | +90 224 411 70 00
"""
_m = mail("Ayse Demir <ayse.demir@bursaelektromekanik.com.tr>", "Tom Ashworth <tom.ashworth@greenbaycharge.co.uk>",
          "Deposit received / GB-PO-10601 ENC-S2", "Thu, 05 Sep 2024 12:18:00 +0300", _t,
          cc="Priya Nair <priya.nair@greenbaycharge.co.uk>")
case("c11_tr_deposit_not_release", [], "supplier: deposit does not release production; builds 10 samples, 290 on hold until written release",
     [("deposit_GB-PO-10601.eml", eml_bytes(_m))])

# c12: SAP printout of a complete sample PO (UK), identifiers that look like quantities
_s = txt("""
KESTREL EV LTD                                                    PURCHASE ORDER       4500007731
Trafford Park Road, Manchester M17 1HH, UK                        Date                 14.08.2024
                                                                  Plant 1000 / SLoc 2500
--------------------------------------------------------------------------------------------------
Vendor   : 700312  Hsinchu Voltronic Assembly Corp., No. 5 Li-Hsin Rd. 6, Hsinchu Science Park
Buyer    : G. Hughes       Purch.Grp 210     Payment terms: ZB60 60 days net     Incoterms: FCA TPE
--------------------------------------------------------------------------------------------------
Item  Material    Short text                              Qty     Un   Net price   Net value GBP
00010 100045000   DB-3 DISPLAY BOARD PCBA REV C            12      PC      41.50          498.00
                  Drawing KE-DB3-1000 Rev C, IPC-A-610 Class 2, conformal coat per KE-SPEC-0500
                  Delivery date 20.09.2024
--------------------------------------------------------------------------------------------------
HEADER TEXT / SCOPE NOTE
  SAMPLE ORDER. RELEASED NOW: 12 PCS (FIRST ARTICLE SAMPLES).
  BALANCE OF 1,188 PCS PER QUOTE HV-Q-2407 IS NOT RELEASED. DO NOT BUILD, DO NOT BUY MATERIAL
  FOR IT. MATERIAL AUTHORITY: SAMPLE QUANTITY ONLY.
  THE BALANCE IS UNLOCKED ONLY BY: (1) FIRST ARTICLE SIGN-OFF BY KESTREL ENGINEERING AND
  (2) WRITTEN PRODUCTION RELEASE SIGNED BY RACHEL DOYLE, HEAD OF PROCUREMENT.
--------------------------------------------------------------------------------------------------
Total net value GBP                                                                        498.00
Page 1 of 1                                                      printed 14.08.2024 11:02 GHUGHES
""")
case("c12_uk_sap_sample_po_complete", [], "SAP sample PO: 12 released, 1,188 not released, FA sign-off + written release by Rachel Doyle, sample-only material; plant/material numbers look like quantities",
     [("PO_4500007731.txt", _s)])

# c13: Polish supplier portal acknowledgement restating the hold
_h = html_page("Metalform - potwierdzenie zamówienia / order acknowledgement", """
<h2>Metalform Bydgoszcz Sp. z o.o. &ndash; Order acknowledgement OA-2024-0917</h2>
<p>Customer: Voltwerk Ladesysteme GmbH, Stuttgart &nbsp;|&nbsp; Customer PO: 4500019020 &nbsp;|&nbsp; Date: 2024-08-28</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty acknowledged</th><th>Delivery</th></tr>
<tr><td>ST-1</td><td>Wallbox stele ST-1, S355 2 mm, zinc flake + RAL 9005, dwg 22-5100-02 rev A, EVT</td><td>12 pcs</td><td>KW 38 / CW 38</td></tr>
</table>
<div class="note">We acknowledge the scope as written in your PO: 12 pcs EVT steles are released. The balance of
588 pcs from our offer OF-24-3310 is <b>not released</b> and stays on hold. We will not start it and will not buy
sheet for it until the EVT sign-off has been done and Tobias Renner, Leiter Einkauf, has sent the written production release.</div>
<p>Contact: Piotr Wiśniewski, Key Account &nbsp;|&nbsp; +48 52 345 66 10</p>
""", lang="pl")
case("c13_pl_portal_ack_hold", [], "supplier acknowledgement restates hold: 12 released, 588 not released until EVT sign-off + written release by named person",
     [("OA-2024-0917_Metalform.html", _h)])

# c14: interim sample disposition with quantity and expiry limits
_b = [("h1", "Interim Sample Disposition ISD-2024-07"),
      ("p", "Nordlys Lading AS | Quality & Supply Chain | Sluppenvegen 11, 7037 Trondheim | Date: 2024-08-21"),
      ("p", "Supplier: Dongguan Jiayu Cable Technology Co., Ltd. | Part: NL-CBL-T2-5M Type 2 cable 32 A 5 m | Order NL-PO-3402"),
      ("table", [["Field", "Value"],
                 ["Disposition", "INTERIM"],
                 ["Reason", "Jacket print legibility below NL-SPEC-011 (laser contrast); electrical and IP tests passed"],
                 ["Quantity limit", "200 pcs maximum"],
                 ["Expiry", "31 October 2024"],
                 ["Released under this disposition", "200 pcs, by this document, signed by Henrik Dahl"],
                 ["Not released", "remaining 1,800 pcs of order NL-PO-3402"]]),
      ("sp",),
      ("p", "The remaining 1,800 pcs stay on hold. They need a full sample sign-off after the corrective action on the "
            "jacket print (8D report due 30 Sept) and a further written production release from Henrik Dahl, "
            "Supply Chain Manager. Material authority: 200 pcs."),
      ("p", "Signed: Henrik Dahl, Supply Chain Manager | Nora Haugen, Quality Engineer")]
case("c14_no_interim_disposition_limits", [], "interim disposition: 200 pcs max with expiry, 1,800 on hold until full sign-off + written release by Henrik Dahl",
     [("ISD-2024-07_NL-CBL-T2-5M.pdf", pdf(_b, title="ISD-2024-07", author="Henrik Dahl"))])

# c15: DOCX production release letter for wave 1 of a frame order
_b = [("h1", "Productievrijgave / Production release REL-LN-0042"),
      ("p", "Laadpaal Noord B.V. | Zernikelaan 8, 9747 AA Groningen | 2024-09-16"),
      ("p", "To: Kabeltech Sp. z o.o., Łódź - attn. Marek Kowalczyk"),
      ("p", "Part: LN-CBL-735 Type 2 cable assembly, 5 m, 32 A, 3-phase. Frame order LN-RA-2024-03."),
      ("p", "With this letter we release 500 (five hundred) cable assemblies for rollout wave 1. Please deliver in "
            "two lots of 250 pcs, week 41 and week 43, DAP Groningen."),
      ("table", [["Wave", "Quantity", "Status"],
                 ["1", "500", "Released by this letter"],
                 ["2", "750", "Not released - on hold"],
                 ["3", "750", "Not released - on hold"]]),
      ("sp",),
      ("p", "The frame order covers 2,000 pcs. The remaining 1,500 pcs are not released. Each further wave is "
            "released only by its own call-off, signed by Joost Bakker (Category Manager) with a second signature from "
            "Sanne de Vries (Procurement Lead). Material authority: 500 pcs."),
      ("p", "Met vriendelijke groet, Joost Bakker, Category Manager")]
case("c15_nl_release_letter_wave1", [], "release letter: 500 released, 1,500 not released, next call-off signed by named people, material 500",
     [("REL-LN-0042_wave1.docx", docx_bytes(_b, author="Joost Bakker"))])

# c16: Dutch buyer email with PDF PO, quantities consistent (24 samples)
_b = [("h1", "INKOOPORDER / PURCHASE ORDER 7700188"),
      ("p", "Ampereweg B.V. | Esp 300, 5633 AE Eindhoven | KvK 71234567 | Date: 2024-07-22 | Buyer: Ruud Verhoeven"),
      ("p", "Supplier: Ningbo Kaide Connector Co., Ltd., Yinzhou, Ningbo, China"),
      ("table", [["Line", "Part", "Description", "Qty", "Unit price"],
                 ["1", "AW-PLG-T2", "Tethered Type 2 plug, IEC 62196-2:2022, 32 A 3-ph, UL 94 V-0, M25x1.5 gland", "24 pcs", "USD 17.40"]]),
      ("sp",),
      ("p", "Scope: 24 sample plugs are released. The series quantity of your quote KD-Q-0655 is not released by this "
            "order. It is released only after our sample sign-off and a written release from Femke Jansen, Head of Operations. "
            "Material authority: sample quantity only."),
      ("p", "Delivery: by courier to Ampereweg, Eindhoven, before 19 August 2024.")]
_t = """Hi Tony,

Attached is PO 7700188 for 24 (twenty-four) sample plugs AW-PLG-T2.

Only the 24 samples are released. The series stays on hold until we have signed off the samples and
Femke has sent you a written release. So no material for the series yet, please.

Please send the 3D-scan report with the samples.

Groeten,
Ruud Verhoeven
Inkoper | Ampereweg B.V.
"""
_m = mail("Ruud Verhoeven <ruud.verhoeven@ampereweg.nl>", "Tony Xu <tony.xu@kaide-connector.com>",
          "PO 7700188 - 24 sample plugs AW-PLG-T2", "Mon, 22 Jul 2024 14:03:00 +0200", _t,
          html=html_page("PO 7700188", "<p>Hi Tony,</p><p>Attached is PO 7700188 for 24 (twenty-four) sample plugs AW-PLG-T2.</p>"
                         "<p>Only the 24 samples are released. The series stays on hold until we have signed off the samples and "
                         "Femke has sent you a written release. So no material for the series yet, please.</p>"
                         "<p>Please send the 3D-scan report with the samples.</p><p>Groeten,<br>Ruud Verhoeven<br>Inkoper | Ampereweg B.V.</p>"),
          attachments=[("PO_7700188.pdf", pdf(_b, title="PO 7700188", author="Ruud Verhoeven"), PDF_MT)])
case("c16_nl_po_pdf_24_samples", [], "email and PDF PO consistent: 24 samples released, series not released until sign-off + written release by Femke",
     [("PO_7700188_mail.eml", eml_bytes(_m))])

# p13: German engineer contradicts the written-release requirement after the type test (quoted chain)
_t = """Hello Kevin,

good news: the type test at VDE Offenbach is passed (report 2024-0815-VW follows from the lab), IP55 in
our own lab was also ok, no water ingress at the gland plate this time.

So the remaining 1,940 housings can now follow on without further paperwork - please plan them in
directly after the 60 DVT pieces.

Best regards
Markus Brandt
Hardware Engineering | Voltwerk Ladesysteme GmbH

-----Ursprüngliche Nachricht-----
Von: Kevin Zhang <kevin.zhang@hx-enclosure.cn>
Gesendet: Montag, 19. August 2024 04:12
An: Markus Brandt <markus.brandt@voltwerk-lade.de>
Betreff: AW: 4500018302 WB-22 type test

Dear Mr. Brandt,
how is the type test going? We would like to know when to expect news about the 1,940 pcs.
Best regards, Kevin

-----Ursprüngliche Nachricht-----
Von: Jonas Feld <jonas.feld@voltwerk-lade.de>
Gesendet: Dienstag, 2. Juli 2024 10:31
An: Kevin Zhang <kevin.zhang@hx-enclosure.cn>
Betreff: 4500018302 WB-22 type test

Dear Mr. Zhang,
PO 4500018302 covers 60 pcs DVT housings WB-22 for the type test. The balance of 1,940 pcs is not
released. It will be released only by a written production release from Dr. Katrin Albers after the
type test has been signed off.
Kind regards, Jonas Feld
"""
_m = mail("Markus Brandt <markus.brandt@voltwerk-lade.de>", "Kevin Zhang <kevin.zhang@hx-enclosure.cn>",
          "AW: AW: 4500018302 WB-22 type test", "Wed, 21 Aug 2024 17:26:00 +0200", _t)
case("p13_de_engineer_follow_on", ["RG007"],
     "quoted PO: 60 DVT, 1,940 released only by written release from Dr. Albers; engineer says after type test the 1,940 follow on without paperwork",
     [("AW_4500018302_type_test.eml", eml_bytes(_m))])

# p15: email says 12 DVT samples, attached PO says 10
_b = [("h1", "PURCHASE ORDER WC-5077"),
      ("p", "Wattson Charging Inc. | 1801 Wynkoop St, Denver, CO 80202, USA | Date: 07/29/2024 | Buyer: Josh Alvarez"),
      ("p", "Vendor: Hsinchu Voltronic Assembly Corp., Hsinchu Science Park, Taiwan"),
      ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Ext."],
                 ["1", "WC-PWR-11", "11 kW power stage PCBA rev 2, DVT build", "10", "USD 96.00", "USD 960.00"]]),
      ("sp",),
      ("p", "Scope: DVT samples only. The MP quantity of quote HV-Q-2419 is not released by this PO. MP is released only "
            "by a written production release from Emily Carter, Director Supply Chain, after DVT sign-off by Wattson "
            "hardware engineering. Material authority: DVT quantity only."),
      ("p", "Ship via UPS Worldwide Express to Denver. Include AOI/X-ray and FCT logs per serial number.")]
_t = """Hi Allen,

attached is our PO WC-5077 for the 12 DVT samples of the 11 kW power stage (WC-PWR-11 rev 2).
As before: DVT only, MP stays unreleased until Emily sends the written release after our DVT sign-off.

Can you confirm ship date? We would like to have them on the bench before Sept 9.

Thanks,
Josh Alvarez
Senior Buyer | Wattson Charging Inc.
"""
_m = mail("Josh Alvarez <josh.alvarez@wattsoncharging.com>", "Allen Tsai <allen.tsai@hv-assembly.com.tw>",
          "PO WC-5077 - DVT samples WC-PWR-11", "Mon, 29 Jul 2024 11:45:00 -0600", _t,
          attachments=[("PO_WC-5077.pdf", pdf(_b, title="PO WC-5077", author="Josh Alvarez"), PDF_MT)])
case("p15_us_mail_12_pdf_10", ["RG011"],
     "cover email says 12 DVT samples, attached PO line says 10; otherwise complete scope",
     [("PO_WC-5077_DVT.eml", eml_bytes(_m))])

# p16: Norwegian PDF PO, line 24 pcs vs note released 20 pcs; balance on hold until further notice
_b = [("h1", "INNKJØPSORDRE / PURCHASE ORDER FJ-2024-131"),
      ("p", "Fjordlade AS | Kokstaddalen 4, 5257 Kokstad, Norway | Date: 2024-08-19 | Buyer: Marit Hagen"),
      ("p", "Supplier: Dongguan Jiayu Cable Technology Co., Ltd., Chang'an Town, Dongguan, Guangdong"),
      ("table", [["Pos", "Article", "Description", "Qty", "Price", "Amount"],
                 ["10", "FJ-CBL-T2-32-6", "Type 2 cable 32 A 3-ph 6 m, -40 °C cold flex, orange", "24 pcs", "USD 44,00", "USD 1.056,00"]]),
      ("sp",),
      ("p", "Note to supplier: Released now: 20 pcs samples for the winter test at Finse (cold flex at -40 °C)."),
      ("p", "Balance of the 600 pcs quoted: on hold until further notice. Further quantities can only be released by "
            "Marit Hagen, innkjøpssjef."),
      ("p", "Delivery: DAP Bergen, week 38. Payment 30 days net.")]
case("p16_no_po_24_vs_20_until_notice", ["RG004", "RG011"],
     "PO line 24 pcs but note says 20 released; balance on hold 'until further notice' names no unlock event (Marit Hagen named)",
     [("FJ-2024-131.pdf", pdf(_b, title="FJ-2024-131", author="Marit Hagen"))])

# p17: multi-file: SAP PO 50 pilot pcs, release letter 60 pcs for the same line, cover email
_po = txt("""
NORDLYS LADING AS                                                   INNKJOPSORDRE / PURCHASE ORDER
Sluppenvegen 11, 7037 Trondheim, Norway                             No. 4500031177   Date 01.08.2024
----------------------------------------------------------------------------------------------------
Vendor  : 800219  Bursa Elektromekanik A.S., Nilufer OSB, 16140 Bursa, Turkey
Buyer   : I. Solberg   Tel +47 73 80 42 10   Payment 45 days net   Incoterms DAP Trondheim
----------------------------------------------------------------------------------------------------
Item  Material     Description                                     Qty    Un   Price EUR   Value EUR
00010 NL-PED-DC50  DC pedestal housing 50 kW, dwg NLP-50-100 rev C     50    PC      910,00   45.500,00
                   PILOT RELEASE - pilot sites Heimdal, Tiller, Lade
----------------------------------------------------------------------------------------------------
SCOPE NOTE
  Released now: 50 pcs for the pilot sites (line 00010).
  Balance of 450 pcs from quote BEM-Q-0907 is NOT released.
  The balance is released only after pilot site acceptance (60 days operation) and a written
  production release signed by Henrik Dahl, Supply Chain Manager.
  Material authority: 50 pcs.
----------------------------------------------------------------------------------------------------
""")
_rl = [("h1", "Pilot release REL-NL-0714"),
       ("p", "Nordlys Lading AS | Trondheim | 2024-08-02"),
       ("p", "To: Bursa Elektromekanik A.Ş. - attn. Emre Yıldız"),
       ("p", "Reference: purchase order 4500031177, line 00010, DC pedestal housing NL-PED-DC50."),
       ("table", [["Line", "Part", "Released quantity", "Sites"],
                  ["00010", "NL-PED-DC50", "60 pcs", "Heimdal, Tiller, Lade"]]),
       ("sp",),
       ("p", "This letter confirms the pilot release of 60 pcs for the pilot sites. The balance stays not released until "
             "pilot site acceptance and a written production release from the undersigned."),
       ("p", "Henrik Dahl, Supply Chain Manager")]
_t = """Hi Emre,

attached you find our pilot release letter REL-NL-0714 for the DC pedestal housings, as promised on
the phone. The PO printout is in the same folder on the portal.

Trucks to Trondheim: please check with DSV for the 13.6 m trailers, our site in Heimdal has no forklift
on Saturdays.

Vennlig hilsen
Henrik Dahl
Supply Chain Manager | Nordlys Lading AS
"""
_m = mail("Henrik Dahl <henrik.dahl@nordlyslading.no>", "Emre Yildiz <emre.yildiz@bursaelektromekanik.com.tr>",
          "Pilot release REL-NL-0714 / PO 4500031177", "Fri, 02 Aug 2024 09:41:00 +0200", _t)
case("p17_no_po50_release_letter60", ["RG011"],
     "multi-file: PO line 00010 releases 50 pilot pcs, pilot release letter for the same line says 60",
     [("PO_4500031177.txt", _po),
      ("REL-NL-0714_pilot_release.pdf", pdf(_rl, title="REL-NL-0714", author="Henrik Dahl")),
      ("mail_REL-NL-0714.eml", eml_bytes(_m))])

# p19: buyer supplier-hub call-off page, header 100 vs schedule lines summing to 120
_h = html_page("Plugline Supplier Hub - Call-off 05", """
<h2>Plugline Supplier Hub &ndash; Call-off 05 / blanket PO 7100-2291</h2>
<p>Supplier: Monterrey Ensambles El&eacute;ctricos &nbsp;|&nbsp; Item HRN-150-DC (dwg 150-0077 rev F) &nbsp;|&nbsp; Issued 2024-10-28 by Marcus Reed, Buyer</p>
<table>
<tr><th>Call-off</th><th>Release qty</th><th>Status</th></tr>
<tr><td>05</td><td>100</td><td>Open &ndash; awaiting supplier acknowledgement</td></tr>
</table>
<h3>Delivery schedule (call-off 05)</h3>
<table>
<tr><th>Ship week</th><th>Site batch</th><th>Qty</th></tr>
<tr><td>2024-W46</td><td>Austin North (6 sites)</td><td>40</td></tr>
<tr><td>2024-W48</td><td>San Marcos (5 sites)</td><td>40</td></tr>
<tr><td>2024-W50</td><td>Georgetown (5 sites)</td><td>40</td></tr>
</table>
<div class="note">Quantities beyond this call-off are not released. Wave 2 is released only by the next call-off,
after the wave 1 sites have passed commissioning, signed by Marcus Reed. Material authority: this call-off quantity.</div>
""")
case("p19_us_hub_calloff_100_vs_120", ["RG011"],
     "call-off header says release qty 100 but its delivery schedule lines add up to 120",
     [("calloff_05_PO7100-2291.html", _h)])

# p20: multipart/alternative: text says twelve (12), HTML table says 21
_t = """Dear Jerry,

please build twelve (12) DVT samples of the comms module KE-CM-2 (PCBA rev 3, LTE Cat-M1 + OCPP
gateway) under our PO KEV-PO-2355. Only these DVT samples are released; the MP quantity of your quote
TPB-Q-24-0417 is not released. MP will only be released in writing by Rachel Doyle after our DVT
sign-off.

Please flash firmware 0.9.14 and send the IMEI list with the shipment.

Kind regards,
Gareth Hughes
Hardware Engineer | Kestrel EV Ltd | Manchester
"""
_h = html_page("KEV-PO-2355 DVT", """
<p>Dear Jerry,</p>
<p>please build the DVT samples of the comms module KE-CM-2 (PCBA rev 3, LTE Cat-M1 + OCPP gateway) under our PO KEV-PO-2355:</p>
<table><tr><th>Item</th><th>Build</th><th>Qty</th><th>Firmware</th></tr>
<tr><td>KE-CM-2 rev 3</td><td>DVT</td><td>21</td><td>0.9.14</td></tr></table>
<p>Only these DVT samples are released; the MP quantity of your quote TPB-Q-24-0417 is not released. MP will only be released
in writing by Rachel Doyle after our DVT sign-off.</p>
<p>Please send the IMEI list with the shipment.</p>
<p>Kind regards,<br>Gareth Hughes<br>Hardware Engineer | Kestrel EV Ltd | Manchester</p>
""")
_m = mail("Gareth Hughes <gareth.hughes@kestrel-ev.co.uk>", "Jerry Lin <jerry.lin@tpb-pcba.com.tw>",
          "KEV-PO-2355 - DVT build KE-CM-2", "Wed, 04 Sep 2024 10:02:00 +0100", _t, html=_h,
          cc="Rachel Doyle <rachel.doyle@kestrel-ev.co.uk>")
case("p20_uk_multipart_12_vs_21", ["RG011"],
     "same email: text part says twelve (12) DVT samples, HTML part table says 21",
     [("KEV-PO-2355_DVT_build.eml", eml_bytes(_m))])

# p21: DOCX release letter: text 250, table 200
_b = [("h1", "Produktionsfreigabe / Production release PF-2024-019"),
      ("p", "Voltwerk Ladesysteme GmbH | Heilbronner Str. 190 | 70191 Stuttgart | 30.09.2024"),
      ("p", "An / To: Metalform Bydgoszcz Sp. z o.o., Herrn Piotr Wiśniewski"),
      ("p", "Betreff: Bestellung 4500019020 - Wallbox-Stele ST-1, Zeichnung 22-5100-02 Rev. A"),
      ("p", "Sehr geehrter Herr Wiśniewski, following the EVT sign-off of 24.09.2024 we hereby give the production release "
            "of 250 pcs ST-1 for our first rollout batch."),
      ("table", [["Pos.", "Teil / Part", "Freigegebene Menge / Released qty", "Liefertermin"],
                 ["10", "ST-1 Stele RAL 9005", "200 Stk", "KW 44 / 2024"]]),
      ("sp",),
      ("p", "Die Restmenge von 338 Stk bleibt gesperrt / the remaining quantity stays on hold and is not released. It will be "
            "released only by a further written production release from the undersigned after the field feedback of "
            "the first batch. Material authority / Materialdisposition: released quantity only."),
      ("p", "Mit freundlichen Grüßen, Tobias Renner, Leiter Einkauf")]
case("p21_de_release_letter_250_vs_200", ["RG011"],
     "release letter text releases 250 pcs, its table says 200 released; otherwise complete",
     [("PF-2024-019_Produktionsfreigabe.docx", docx_bytes(_b, author="Tobias Renner"))])

# p22: SAP printout: PO release strategy wording + header 400 vs line 40
_s = txt("""
GREENBAY CHARGE LTD - PURCHASE ORDER                               PO NUMBER   4500002208
Unit 4 Avonmouth Way, Bristol BS11 9YA                             PO DATE     09.09.2024
                                                                   PO TYPE     NB
PO RELEASE STATUS : RELEASED  (strategy G2 - level 2 Finance, T. Ashworth 09.09.2024)
RELEASED QTY      : 400
--------------------------------------------------------------------------------------------
VENDOR  100877  Metalform Bydgoszcz Sp. z o.o., ul. Fordonska 246, 85-766 Bydgoszcz, PL
--------------------------------------------------------------------------------------------
ITEM  MATERIAL        DESCRIPTION                                 QTY   UN   PRICE GBP
00010 GB-PED-AC22     AC pedestal 2x22 kW, dwg GBP-22-300 rev D    400   EA      388.00
      ITEM TEXT: PRODUCTION RELEASE: 40 PCS PILOT (BRISTOL HARBOURSIDE + CLIFTON).
                 BALANCE 360 PCS NOT RELEASED - DO NOT START.
                 BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM TOM ASHWORTH, OPS DIRECTOR,
                 AFTER PILOT SITE SIGN-OFF (8 WEEKS). MATERIAL AUTHORITY: 40 PCS.
--------------------------------------------------------------------------------------------
DELIVERY  DAP BRISTOL   WK 44 (40 PCS)
""")
case("p22_uk_sap_release_status_400_40", ["RG009", "RG011"],
     "'RELEASED' used for the PO finance approval and for production release; header RELEASED QTY 400 vs item text production release 40",
     [("PO_4500002208.txt", _s)])

# ------------------------------------------------------------------ batch 3
# c17: Teams chat, full-quantity order, go ahead with the 250
_s = txt("""
Microsoft Teams - chat export
Chat: Greenbay Charge <> Kabeltech (external)    Exported: 19/09/2024 17:05

Tom Ashworth  18/09/2024 14:02
Hi Agnieszka, quick one on the 5 m tethered cables GB-T2-22-5M

Tom Ashworth  18/09/2024 14:03
PO GB-PO-10688 is in your inbox. Go ahead with the 250 pcs, that's the full order for the Clifton car park job. No further quantity planned for this cable.

Agnieszka Nowak  18/09/2024 14:20
Thank you Tom! 250 pcs confirmed, we can ship in week 42. Same label layout as the 7.5 m cables?

Tom Ashworth  18/09/2024 14:22
Yes please, same label, just change the length field. And please put 25 per carton, the installers hate the big boxes

Agnieszka Nowak  18/09/2024 14:24
OK, 10 ctns x 25 pcs = 250. Thanks!
""")
case("c17_uk_teams_full_qty_250", [], "full-quantity order (250, no further quantity) with 'go ahead with the 250 pcs'",
     [("teams_greenbay_kabeltech.txt", _s)])

# c18: buyer supplier-portal PO page with complete scope and a table; 1,000 h test as an identifier
_h = html_page("Nordlys leverandørportal - NL-PO-3450", """
<h2>Nordlys Lading AS &ndash; Leverand&oslash;rportal / Supplier portal</h2>
<p>Purchase order <b>NL-PO-3450</b> &nbsp;|&nbsp; Supplier: &#304;zmir Plastik Enjeksiyon &nbsp;|&nbsp; Issued 2024-09-10</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>1</td><td>NL-LENS-04</td><td>Display window lens, PC UV-stabilised, 2.5 mm, dwg NLL-04 rev B</td><td>16 pcs</td><td>EUR 9,40</td><td>2024-10-14</td></tr>
</table>
<div class="note">
<b>Scope of this order</b><br>
Released now: 16 sample lenses (line 1).<br>
The quoted volume of 3,000 pcs (quote IZ-Q-24-090) is a forecast and is <b>not released</b>. Do not build or buy material for it.<br>
Unlock: the series is released only after the UV ageing test (ISO 4892-2, 1,000 h) has been signed off by our engineering
and Ingrid Solberg, Head of Procurement, has issued a written production release.<br>
Material authority: sample quantity only.
</div>
<p>Please acknowledge in the portal within 3 working days.</p>
""", lang="no")
case("c18_no_portal_po_complete", [], "buyer portal PO: 16 samples, 3,000 forecast not released, UV test sign-off + written release by Ingrid Solberg",
     [("NL-PO-3450_portal.html", _h)])

# c19: Chinese supplier asks for go-ahead, states the balance is not released yet
_t = """Dear Pieter,

Good day!

The 12 samples of the wallbox back housing LN-BH-02 were shipped yesterday by DHL, AWB 52 1184 9903.
Dimension report and UL 94 V-0 material certificate are attached in the box.

We understand the remaining 1,188 pcs are not released yet. May we have the go-ahead for the 1,188 pcs?
If you confirm, we can start the material purchase next Monday, because the resin supplier has
3 weeks lead time now.

Looking forward to your kind reply.

Best regards,
Lily Chen
Project Engineer
Shenzhen Huaxin Precision Enclosure Co., Ltd. | Bao'an District, Shenzhen | +86 755 2961 4470
"""
_m = mail("Lily Chen <lily.chen@hx-enclosure.cn>", "Pieter Smit <p.smit@laadpaalnoord.nl>",
          "LN-BH-02 samples shipped / go-ahead for 1,188 pcs?", "Thu, 12 Sep 2024 09:20:00 +0800", _t)
case("c19_cn_supplier_asks_goahead", [], "supplier question asking for go-ahead, states balance not released; no authorization",
     [("LN-BH-02_samples_shipped.eml", eml_bytes(_m))])

# c20: Turkish quote: deposit is a tooling payment and does not release series production
_b = [("h1", "TEKLİF / QUOTATION IZ-Q-24-102"),
      ("p", "İzmir Plastik Enjeksiyon San. ve Tic. A.Ş. | AOSB 10003 Sk. No:5, Çiğli / İzmir | Date: 16.09.2024"),
      ("p", "Customer: Voltwerk Ladesysteme GmbH, Stuttgart | Attn. Sabine Lehmann | Part: rear cover RC-12, PC/ASA, dwg 22-4472-01 Idx A"),
      ("table", [["Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
                 ["1", "Injection mould T-0415, 2 cavities, 1.2344 steel", "1", "28.500,00", "28.500,00"],
                 ["2", "RC-12 initial samples (EMPB)", "50", "13,90", "695,00"],
                 ["3", "RC-12 series", "3.000", "3,85", "11.550,00"]]),
      ("h", "Commercial terms"),
      ("p", "Payment: 30 % deposit on item 1 with order, 70 % after T1 samples. Items 2 and 3: 45 days net."),
      ("p", "The deposit is a tooling payment. It does not release series production of item 3. Series production "
            "starts only after the customer has sent a written production release that names the quantity."),
      ("p", "Lead times: mould 7 weeks, T1 samples week 8, series 3 weeks after written release."),
      ("p", "Mehmet Kaya, Sales & Export")]
case("c20_tr_quote_deposit_not_release", [], "supplier quote with tiers; deposit explicitly does not release series production",
     [("IZ-Q-24-102_RC-12.pdf", pdf(_b, title="Quotation IZ-Q-24-102", author="Mehmet Kaya"))])

# c21: third-party lab test report, numbers that look like quantities, no authorization
_b = [("h1", "Test Report No. 2024-5000-0400"),
      ("p", "ElektroPrüf Hamburg GmbH | accredited test laboratory (DAkkS D-PL-19400-01-00) | Billwerder Ring 12, 21035 Hamburg"),
      ("p", "Client: Greenbay Charge Ltd, Bristol | Item: on-street charger enclosure ENC-S1, dwg ENC-S1-001 rev 3 | Manufacturer: Bursa Elektromekanik A.Ş."),
      ("p", "Samples received: 3 units, 2024-09-02, serials BEM-S1-0007, -0011, -0019."),
      ("table", [["Test", "Standard", "Condition", "Result"],
                 ["Ingress protection", "IEC 60529", "IP55", "Pass"],
                 ["Impact", "IEC 62262", "IK10, 20 J", "Pass"],
                 ["Neutral salt spray", "ISO 9227", "500 h", "Pass, no red rust"],
                 ["UV exposure", "ISO 4892-2", "1,000 h", "Pass, ΔE 1.8"],
                 ["Door hinge endurance", "internal TP-2000", "5,000 cycles", "Pass"]]),
      ("sp",),
      ("p", "The results relate only to the samples tested. This report is not a certification of series production, "
            "and it does not authorise or release any production quantity."),
      ("p", "Tested by: Dipl.-Ing. Lena Vogt | Reviewed: Dr. Ralf Hinz | Hamburg, 2024-09-20")]
case("c21_de_lab_report_identifiers", [], "third-party lab report, numbers like 500 h / 1,000 h / 5,000 cycles / report 2024-5000-0400; no authorization",
     [("Report_2024-5000-0400_ENC-S1.docx", docx_bytes(_b, author="Lena Vogt"))])

# c22: German ERP call-off with firm zone and labelled non-binding preview lines
_s = txt("""
VOLTWERK LADESYSTEME GMBH          L I E F E R A B R U F  /  C A L L - O F F         Blatt 1
Heilbronner Str. 190, 70191 Stuttgart
==========================================================================================
Lieferabruf Nr. / Call-off no. : 17            Datum / Date : 26.08.2024
Rahmenvertrag / Frame contract : 5500000412    Lieferant    : 300188 Kabeltech Sp. z o.o.
Material : 100046210  Ladekabel Typ 2, 32 A, 3-phasig, 6 m, schwarz (VW-CBL-T2-6)
==========================================================================================
Zone             KW/CW    Menge/Qty   Status
------------------------------------------------------------------------------------------
FIX / FIRM       36/2024      300     freigegeben / released
VORSCHAU         37/2024      300     unverbindlich / non-binding forecast
VORSCHAU         38/2024      250     unverbindlich / non-binding forecast
VORSCHAU         39-44/2024 1.500     unverbindlich / non-binding forecast
------------------------------------------------------------------------------------------
HINWEIS / NOTE
Freigegeben ist nur die Menge in der Fix-Zone: 300 Stk.
Only the firm-zone quantity of 300 pcs is released.
Die Vorschaumengen sind unverbindlich, nicht freigegeben und berechtigen nicht zum Materialeinkauf.
Forecast quantities are non-binding, not released and carry no material authority.
Weitere Mengen werden nur durch den naechsten Lieferabruf freigegeben, unterzeichnet von
Sabine Lehmann, Einkauf. Further quantities are released only by the next call-off,
signed by Sabine Lehmann, purchasing.
==========================================================================================
""")
case("c22_de_erp_calloff_labelled_forecast", [], "ERP call-off: 300 firm released, forecast lines labelled non-binding/not released, next call-off signed by named buyer",
     [("Lieferabruf_17_5500000412.txt", _s)])

# c24: Norwegian buyer: sign-off report (DOCX) + written release of 30 for field trial, balance held
_att = docx_bytes([
    ("h1", "Sample sign-off report SSR-FJ-07"),
    ("p", "Fjordlade AS | Engineering | 2024-09-09 | Part: FP-3 pedestal, dwg FP3-300 rev A | Supplier: Metalform Bydgoszcz"),
    ("table", [["Check", "Result"],
               ["Dimensions (CMM, 42 characteristics)", "OK, all within tolerance"],
               ["Zinc flake thickness, 8-12 µm", "OK (9.6 µm mean)"],
               ["Door seal IP55 spray test", "OK"],
               ["Foundation bolt pattern 4 x M16", "OK"]]),
    ("p", "Disposition: the 6 samples are accepted for the field trial only. This report is a technical sign-off and "
          "does not release any production quantity."),
    ("p", "Signed: Øyvind Lie, Mechanical Engineer"),
], author="Oyvind Lie")
_t = """Hei Piotr,

attached is our sample sign-off report SSR-FJ-07 for the FP-3 pedestal. Short version: the 6 samples
are accepted for the field trial.

The sign-off by itself does not release anything. What I do release, with this mail: 30 (thirty)
FP-3 pedestals for the field trial at Bergen Storsenter and Kokstad, under PO FJ-2024-152 which you
already have. Delivery week 41.

The remaining 1,170 pedestals are not released and stay on hold. After the 8-week field trial and the
field report sign-off, I will send you a separate written release for them. Material authority: the
30 pedestals only.

Med vennlig hilsen
Marit Hagen
Innkjøpssjef | Fjordlade AS | +47 55 11 42 80
"""
_m = mail("Marit Hagen <marit.hagen@fjordlade.no>", "Piotr Wisniewski <p.wisniewski@metalform.com.pl>",
          "FP-3 sample sign-off + release of 30 for field trial", "Tue, 10 Sep 2024 10:15:00 +0200", _t,
          attachments=[("SSR-FJ-07_FP-3.docx", _att, DOCX_MT)])
case("c24_no_signoff_docx_release_30", [], "sign-off report accepts samples for field trial only; mail releases 30, 1,170 on hold until field report + written release by Marit",
     [("FP-3_signoff_release_30.eml", eml_bytes(_m))])

# c25: multi-file: PO PDF with forecast-labelled MP quantity + separate supplier quote PDF
_po = [("h1", "PURCHASE ORDER WC-5190"),
       ("p", "Wattson Charging Inc. | 1801 Wynkoop St, Denver, CO 80202 | Date: 09/16/2024 | Buyer: Josh Alvarez"),
       ("p", "Vendor: Taoyuan PowerBoard Electronics Co., Ltd., Guishan Dist., Taoyuan City"),
       ("table", [["Line", "Item", "Description", "Qty", "Unit", "Ext."],
                  ["1", "WC-CTRL-3", "Main controller PCBA rev A, EVT build", "20", "USD 52.00", "USD 1,040.00"],
                  ["2", "NRE", "Stencil + ICT fixture per quote TPB-Q-24-0455", "1", "USD 2,100.00", "USD 2,100.00"]]),
       ("sp",),
       ("p", "Scope: 20 EVT boards are released. The MP quantity of 2,400 pcs in quote TPB-Q-24-0455 is a forecast and "
             "is not released by this PO. MP is released only by a written production release from Emily Carter, "
             "Director Supply Chain, after EVT sign-off by Wattson hardware engineering."),
       ("p", "Material authority: EVT quantity only. Do not buy long-lead parts for MP.")]
_q = [("h1", "QUOTATION TPB-Q-24-0455"),
      ("p", "Taoyuan PowerBoard Electronics Co., Ltd. | To: Wattson Charging Inc. | Date: 2024/09/02"),
      ("table", [["Phase", "Qty", "Unit price USD"],
                 ["EVT", "20", "52.00"],
                 ["MP", "2,400", "23.10"]]),
      ("p", "NRE USD 2,100. Lead time EVT 3 weeks, MP 9 weeks. Valid 60 days. Jerry Lin, Sales Manager")]
case("c25_us_tw_po_plus_quote_files", [], "multi-file: PO releases 20 EVT, MP 2,400 labelled forecast not released, written release by Emily Carter; separate quote shows tiers",
     [("PO_WC-5190.pdf", pdf(_po, title="PO WC-5190", author="Josh Alvarez")),
      ("TPB-Q-24-0455.pdf", pdf(_q, title="Quotation TPB-Q-24-0455", author="Jerry Lin"))])

# p24: Chinese supplier: PO and prepayment received, production started for all 3,000
_b = [("h1", "PURCHASE ORDER NL-PO-3466"),
      ("p", "Nordlys Lading AS | Sluppenvegen 11, 7037 Trondheim | Date: 2024-09-02 | Buyer: Ingrid Solberg"),
      ("p", "Supplier: Dongguan Jiayu Cable Technology Co., Ltd."),
      ("table", [["Line", "Part", "Description", "Qty", "Price", "Amount"],
                 ["1", "NL-CBL-CCS2-150", "CCS2 DC cable 150 A, 5 m - samples", "30 pcs", "USD 118,00", "USD 3.540,00"]]),
      ("sp",),
      ("p", "Payment: 50 % prepayment of this sample order, balance 30 days after delivery."),
      ("p", "Scope: 30 samples are released. The 3,000 pcs series of quote JY-Q-24-233 is not released. The series is "
            "released only after the samples have passed our IEC 62196-3 type test and Ingrid Solberg, Head of "
            "Procurement, has sent a written production release. Material authority: sample quantity only.")]
_t = """Dear Ingrid,

Good news! We received your PO NL-PO-3466 and the 50% prepayment today, thank you for your trust.

So production for all 3,000 pcs has started this week on our overmoulding line 2. The 30 samples
will be taken from the first batch and sent by air, the rest will follow by sea from Yantian.

Your PO is attached for your reference.

Best regards,
Amy Liu
Sales Manager | Dongguan Jiayu Cable Technology Co., Ltd. | +86 769 8533 2108
"""
_m = mail("Amy Liu <amy.liu@jiayucable.com>", "Ingrid Solberg <ingrid.solberg@nordlyslading.no>",
          "PO NL-PO-3466 received, production started", "Fri, 06 Sep 2024 16:48:00 +0800", _t,
          attachments=[("NL-PO-3466.pdf", pdf(_b, title="NL-PO-3466", author="Ingrid Solberg"), PDF_MT)])
case("p24_cn_prepayment_all_3000", ["RG012"],
     "attached PO complete (30 samples, 3,000 not released); supplier treats PO + prepayment as authority and starts all 3,000",
     [("NL-PO-3466_received.eml", eml_bytes(_m))])

# p26: Taiwanese supplier portal: payment of the proforma releases the MP lot automatically
_h = html_page("HVA e-Service - Order status", """
<h2>Hsinchu Voltronic Assembly Corp. &ndash; e-Service order status</h2>
<p>Customer: Kestrel EV Ltd &nbsp;|&nbsp; Customer PO 4500007731 &nbsp;|&nbsp; Item DB-3 display board PCBA rev C &nbsp;|&nbsp; Updated 2024-09-03</p>
<p>Customer scope (from PO header text): &ldquo;Released now: 12 pcs first article samples. Balance of 1,188 pcs not released.
Unlocked only by first article sign-off and a written production release signed by Rachel Doyle, Head of Procurement.&rdquo;</p>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>PO received</td><td>&#10004;</td><td>2024-08-14</td></tr>
<tr><td>Proforma PI-2291 (NRE + 12 FA samples) paid</td><td>&#10004;</td><td>2024-08-30</td></tr>
<tr><td>FA samples built</td><td>&#10004;</td><td>2024-09-02</td></tr>
<tr><td>MP lot</td><td>RELEASED &ndash; auto, on receipt of payment (HVA workflow rule 7)</td><td>2024-08-30</td></tr>
</table>
<p>Questions: Allen Tsai, Account Manager</p>
""")
case("p26_tw_portal_payment_releases_mp", ["RG012"],
     "supplier portal marks the MP lot released automatically on receipt of the proforma payment, against the quoted complete scope",
     [("HVA_eservice_4500007731.html", _h)])

# p27: WhatsApp export: LC opened, finance confirms supplier is covered, supplier starts the balance
_s = txt("""
WhatsApp Chat - Fjordlade / Bursa FP-2
[14.08.2024, 09:12:40] Marit Hagen: PO FJ-2024-140 is for the 12 DVT pedestals FP-2 only. The other 1 188 stay on hold until Lars has signed off the DVT and I send the written release.
[14.08.2024, 09:15:02] Ayşe Demir: Noted Marit, thank you. 12 pcs DVT, delivery week 37
[29.08.2024, 16:30:11] Ayşe Demir: DVT pedestals loaded today, photos in the email
[02.09.2024, 11:02:19] Ayşe Demir: Good morning. Our bank informs the LC from your bank is opened now for the full amount of the contract. So we can start the 1 188 pcs?
[02.09.2024, 11:40:55] Kari Moe: Hi Ayşe, Kari from Fjordlade finance here. Yes, the LC is open for the full amount, so you are covered 👍
[02.09.2024, 11:41:30] Ayşe Demir: Perfect, thank you Kari. We start the 1 188 pcs on Monday
[02.09.2024, 11:41:44] Ayşe Demir: 🙏
""")
case("p27_no_tr_whatsapp_lc_covered", ["RG012"],
     "scope complete (12 DVT, 1 188 on hold until DVT sign-off + Marit's written release); finance answers 'LC open, you are covered' to start the balance",
     [("WhatsApp_Fjordlade_Bursa_FP-2.txt", _s)])

# p28: Mexican order confirmation: forecast confirmed as firm order, down payment starts manufacturing
_b = [("h1", "Confirmación de pedido / Order confirmation OC-24-1033"),
      ("p", "Monterrey Ensambles Eléctricos S.A. de C.V. | Av. Industrias 4410, Apodaca, N.L., México | 2024-09-06"),
      ("p", "Customer: Wattson Charging Inc., Denver, CO | Attn. Emily Carter | Your reference: forecast Q4-2024 / Q1-2025 dated Sept 3, 2024"),
      ("p", "We are pleased to confirm your forecast of 2,000 harnesses HRN-60-AC (dwg 60-0031 rev C) as a firm order, "
            "per the schedule below."),
      ("table", [["Month", "Qty", "Unit price USD", "Amount USD"],
                 ["Nov 2024", "400", "22.80", "9,120.00"],
                 ["Dec 2024", "400", "22.80", "9,120.00"],
                 ["Jan 2025", "600", "22.80", "13,680.00"],
                 ["Feb 2025", "600", "22.80", "13,680.00"],
                 ["Total", "2,000", "", "45,600.00"]]),
      ("sp",),
      ("p", "Manufacturing of the full order will be initiated upon receipt of the 20 % down payment (USD 9,120.00)."),
      ("p", "Terms: FCA Laredo, TX. Balance net 45 days. Ana Treviño, Customer Service")]
case("p28_mx_oc_forecast_firm_downpayment", ["RG008", "RG012"],
     "supplier confirms the customer's forecast as a firm order and will start manufacturing on the down payment",
     [("OC-24-1033_Wattson.docx", docx_bytes(_b, author="Ana Trevino"))])

# p29: German buyer declares the 2025 forecast a binding order
_t = """Sehr geehrter Herr Wiśniewski,
dear Mr. Wiśniewski,

please find below our forecast 2025 for the wallbox stele ST-1 (drawing 22-5100-02, Rev. A).

  Q1/2025    800 pcs
  Q2/2025  1.100 pcs
  Q3/2025  1.200 pcs
  Q4/2025    900 pcs
  ------------------
  total    4.000 pcs

In order to secure your laser and powder-coating capacity, please regard these forecast quantities as
our binding order for 2025. Individual call-offs with delivery dates will follow monthly from our SAP
system.

We kindly ask for your confirmation until 20.09.2024.

Mit freundlichen Grüßen / Kind regards
i.A. Sabine Lehmann
Strategischer Einkauf
Voltwerk Ladesysteme GmbH | Heilbronner Str. 190 | 70191 Stuttgart
"""
_m = mail("Sabine Lehmann <sabine.lehmann@voltwerk-lade.de>", "Piotr Wisniewski <p.wisniewski@metalform.com.pl>",
          "Forecast 2025 Stele ST-1", "Fri, 13 Sep 2024 13:37:00 +0200", _t)
case("p29_de_forecast_binding_order", ["RG008"], "buyer asks supplier to regard the 2025 forecast (4.000 pcs) as a binding order",
     [("Forecast_2025_ST-1.eml", eml_bytes(_m))])

# p31: Slack: rollout plan number treated as ordered
_s = txt("""
Slack | Laadpaal Noord <> Bursa Elektromekanik | #dp2-rollout | export 2024-08-16
[2024-08-15 10:02] Joost Bakker (Laadpaal Noord): Morning Emre! update from yesterday's planning meeting: the rollout plan now has 120 DP-2 pedestals for wave 2 (Drenthe, Assen + Emmen)
[2024-08-15 10:03] Joost Bakker (Laadpaal Noord): so consider those 120 ordered :slightly_smiling_face: the PO follows when finance is back from holiday, end of August
[2024-08-15 10:04] Joost Bakker (Laadpaal Noord): same spec as wave 1, RAL 6018, the new door lock from Emka
[2024-08-15 10:10] Emre Yıldız (Bursa): Great news, thank you Joost. We put the 120 pcs in the production plan for October
""")
case("p31_nl_slack_plan_consider_ordered", ["RG008"], "buyer turns a rollout-plan (forecast) number into 'consider those 120 ordered' before any PO",
     [("slack_dp2-rollout.txt", _s)])

# p32: supply agreement draft commits to forecast volumes that the annex labels non-binding
_b = [("h1", "Supply Agreement - DRAFT v0.3"),
      ("p", "between Plugline Networks Inc., Austin, Texas (\"Buyer\") and Monterrey Ensambles Eléctricos S.A. de C.V., "
            "Apodaca, Nuevo León (\"Supplier\")"),
      ("h", "3. Orders"),
      ("p", "3.1 Supplier shall manufacture products only against purchase orders or call-offs issued by Buyer."),
      ("h", "4. Forecasts"),
      ("p", "4.1 Buyer shall provide a 12-month rolling forecast on the first working day of each month."),
      ("p", "4.2 Buyer commits to purchase the forecast volumes set out in Annex B for calendar year 2025."),
      ("p", "4.3 Supplier may use the forecast for capacity planning."),
      ("h", "5. Quality"),
      ("p", "5.1 Products shall conform to IPC/WHMA-A-620 Class 2 and to the drawings listed in Annex A."),
      ("h", "Annex B - Forecast 2025 (non-binding)"),
      ("table", [["Item", "Description", "2025 volume"],
                 ["HRN-150-DC", "DC harness 4/0 AWG", "12,000"],
                 ["HRN-48-AC", "AC harness 6 AWG", "9,500"],
                 ["HRN-12-SIG", "signal harness", "21,000"]]),
      ("p", "Draft for discussion - Marcus Reed, Plugline Networks, 2024-09-12")]
case("p32_us_supply_agreement_commits_forecast", ["RG008"],
     "agreement clause commits buyer to purchase the Annex B forecast volumes (annex says non-binding)",
     [("Supply_Agreement_Plugline_MEE_draft_v0.3.docx", docx_bytes(_b, author="Marcus Reed"))])

# ------------------------------------------------------------------ batch 4
# p35: Dutch buyer uses "released" for the drawing, the PO (finance) and production
_t = """Hi Tony,

Three things, short:

1. Drawing AW-SKT-T2 Rev D is released. Changes vs Rev C: shutter spring wire 0.40 -> 0.45 mm and the
   marking per IEC 62196-2:2022. Old rev is void.
2. PO 7700201 is released by finance today, you get it from SAP tonight.
3. Production release: only the 20 samples on that PO. The 980 stay on hold until we have signed off
   the samples and I send you a written release.

Questions -> Ruud for commercial, Daan for technical.

Groet,
Femke Jansen
Head of Operations | Ampereweg B.V. | Eindhoven
"""
_m = mail("Femke Jansen <femke.jansen@ampereweg.nl>", "Tony Xu <tony.xu@kaide-connector.com>",
          "AW-SKT-T2 rev D / PO 7700201", "Wed, 11 Sep 2024 17:52:00 +0200", _t,
          cc="Ruud Verhoeven <ruud.verhoeven@ampereweg.nl>, Daan Mulder <daan.mulder@ampereweg.nl>")
case("p35_nl_released_three_ways", ["RG009"],
     "'released' used for the drawing (technical), the PO by finance (commercial) and production; scope otherwise complete",
     [("AW-SKT-T2_revD_PO7700201.eml", eml_bytes(_m))])

# p36: DOCX meeting minutes: 'approval' for engineering, commercial and production
_b = [("h1", "Minutes - kick-off PM-50 power module PCBA"),
      ("p", "Date: 2024-09-06, Teams | Nordlys Lading AS: Henrik Dahl, Nora Haugen, Ingrid Solberg | "
            "Hsinchu Voltronic Assembly Corp.: Allen Tsai, Peter Ho"),
      ("h", "1. Technical"),
      ("p", "Layout rev B reviewed; creepage on the DC link now 8 mm (was 6.4 mm). Conformal coating per NL-SPEC-020, "
            "areas per drawing PM50-2000 sheet 3. ICT coverage target 92 %."),
      ("h", "2. Approval status"),
      ("table", [["Item", "Status", "By / date"],
                 ["Engineering approval of layout rev B", "given", "Nora Haugen, 04.09."],
                 ["Commercial approval of quote HV-Q-2431", "given", "CFO, 05.09."],
                 ["Production approval", "50 pilot units only", "Henrik Dahl, 06.09."]]),
      ("sp",),
      ("p", "The remaining 950 units are not approved for production and stay on hold until the pilot sites have been "
            "accepted (60 days) and Henrik Dahl has sent a written production release. Material authority: 50 units."),
      ("h", "3. Logistics"),
      ("p", "Pilot units by air to Trondheim (TRD), DAP. MP shipments by sea via Rotterdam - to be agreed."),
      ("h", "4. Actions"),
      ("p", "Allen: pilot build schedule by 13.09. Nora: send test spec TS-PM50-01. Ingrid: PO for 50 pilot units.")]
case("p36_no_minutes_approval_three_ways", ["RG009"],
     "minutes use 'approval' for engineering, commercial (CFO) and production; 50 pilot, 950 on hold, named release",
     [("Minutes_kickoff_PM-50.docx", docx_bytes(_b, author="Nora Haugen"))])

# p37: Chinese supplier portal uses 'release' for sample OK, PO and production
_h = html_page("Huaxin Order Tracking", """
<h2>Shenzhen Huaxin Precision Enclosure &ndash; Order tracking</h2>
<p>Customer: Laadpaal Noord B.V. &nbsp;|&nbsp; Customer PO LN-24-0731 &nbsp;|&nbsp; Part LN-BH-02 wallbox back housing &nbsp;|&nbsp; Updated 2024-09-24</p>
<table>
<tr><th>Gate</th><th>Status</th><th>Remark</th></tr>
<tr><td>Sample release</td><td>OK (customer)</td><td>12 samples dimension + UL 94 V-0 check passed at customer, 2024-09-20</td></tr>
<tr><td>PO release</td><td>Released</td><td>customer PO LN-24-0731 received 2024-08-26</td></tr>
<tr><td>Production release</td><td>Pending</td><td>customer written release required for the 1,188 pcs</td></tr>
</table>
<p>Customer scope (from PO LN-24-0731): 12 samples released. 1,188 pcs not released until sample sign-off and a written
release by Sanne de Vries, Procurement Lead.</p>
<p>Contact: Lily Chen, Project Engineer</p>
""")
case("p37_cn_portal_release_three_ways", ["RG009"],
     "supplier tracking page uses 'release' for sample OK, PO receipt and production release",
     [("Huaxin_tracking_LN-24-0731.html", _h)])

# p38: US letter: 'release' for DVT units and for an engineering release of firmware/BOM
_b = [("h1", "DVT Release - WC-DISP-5 display module"),
      ("p", "Wattson Charging Inc. | 1801 Wynkoop St, Denver, CO 80202 | September 23, 2024"),
      ("p", "To: Hsinchu Voltronic Assembly Corp., attn. Allen Tsai | Reference: PO WC-5201"),
      ("p", "This letter releases 30 (thirty) DVT display modules WC-DISP-5 for the Colorado field trial."),
      ("p", "Engineering Release ER-118 (firmware v2.3.0, BOM rev 4, drawing WC-DISP-5-100 rev E) has been issued and is "
            "attached for reference. Please build the 30 DVT units to ER-118."),
      ("p", "The release of the balance of 270 units requires the MP readiness review sign-off and a written production "
            "release from Emily Carter, Director Supply Chain. Until then the 270 are not released. Material authority: 30 units."),
      ("table", [["Item", "Qty released", "Not released"],
                 ["WC-DISP-5 (DVT)", "30", "270"]]),
      ("sp",),
      ("p", "Josh Alvarez, Senior Buyer, for Wattson Charging Inc.")]
case("p38_us_letter_engineering_release", ["RG009"],
     "'release' used for the production release of 30 DVT units and for an Engineering Release of firmware/BOM",
     [("DVT_release_WC-DISP-5.pdf", pdf(_b, pagesize=LETTER, title="DVT Release WC-DISP-5", author="Josh Alvarez"))])

# p39: Slack: complete scope earlier, then an unscoped 'go ahead' on sample photos
_s = txt("""
Slack export - #greenbay-metalform-ac11 (shared channel) - 2024-09-30
------------------------------------------------------------------
2024-09-02 11:20  Tom Ashworth (Greenbay): PO GB-PO-10720 is in. 8 sample pedestals GB-PED-AC11 only. The other 392 are not released - they wait until we've signed off the samples on site in Bristol and I send you the written release.
2024-09-02 11:31  Piotr Wiśniewski (Metalform): Thank you Tom, 8 pcs samples, week 39.
2024-09-26 15:05  Piotr Wiśniewski (Metalform): Samples ready. Photos: weld seams ground, RAL 7016 coat measured 80-95 µm, door gap 3 mm all round. [image: IMG_4471.jpg] [image: IMG_4472.jpg] [image: IMG_4475.jpg]
2024-09-26 15:06  Piotr Wiśniewski (Metalform): All good from your side?
2024-09-26 15:48  Tom Ashworth (Greenbay): looks solid, go ahead :+1:
2024-09-26 15:49  Piotr Wiśniewski (Metalform): :muscle:
""")
case("p39_uk_slack_go_ahead_photos", ["RG002"],
     "scope complete earlier (8 samples, 392 not released); later 'looks solid, go ahead' names neither samples nor a quantity",
     [("slack_greenbay-metalform-ac11.txt", _s)])

# p40: 'Approved.' reply to a supplier who says series starts when approved; deeper quote has complete scope
_t = """Approved.

Mvh
Lars Nygaard
Feltingeniør / Field Engineer
Fjordlade AS

-----Original Message-----
From: Tony Xu <tony.xu@kaide-connector.com>
Sent: Monday, September 23, 2024 4:05 AM
To: Lars Nygaard <lars.nygaard@fjordlade.no>
Cc: Marit Hagen <marit.hagen@fjordlade.no>
Subject: RE: PO FJ-2024-144 FJ-SKT-2 samples - FAI report

Dear Lars,
please find attached the FAI report for the 8 samples FJ-SKT-2 (all 46 dimensions OK, CTI 600 material,
glow wire 850 °C passed). When approved we will start the series immediately, the line is reserved
for you in week 40.
Best regards, Tony

-----Original Message-----
From: Marit Hagen <marit.hagen@fjordlade.no>
Sent: Tuesday, August 20, 2024 9:40 AM
To: Tony Xu <tony.xu@kaide-connector.com>
Subject: PO FJ-2024-144 FJ-SKT-2 samples

Tony,
PO FJ-2024-144: 8 pcs samples of the socket FJ-SKT-2. Balance 792 pcs not released and on hold until
the FAI is signed off by our engineering and I have sent you a written release.
Marit Hagen, innkjøpssjef
"""
_m = mail("Lars Nygaard <lars.nygaard@fjordlade.no>", "Tony Xu <tony.xu@kaide-connector.com>",
          "RE: RE: PO FJ-2024-144 FJ-SKT-2 samples - FAI report", "Mon, 23 Sep 2024 08:12:00 +0200", _t,
          cc="Marit Hagen <marit.hagen@fjordlade.no>")
case("p40_no_bare_approved_reply", ["RG002", "RG007"],
     "bare 'Approved.' answering a supplier who will start the series when approved; contradicts quoted written-release scope",
     [("RE_FJ-2024-144_FAI.eml", eml_bytes(_m))])

# p41: buyer FAI report with 'GOOD TO RUN' disposition; header has complete scope
_b = [("h1", "First Article Inspection Report FAI-KE-0388"),
      ("p", "Kestrel EV Ltd | Supplier Quality | Trafford Park Road, Manchester M17 1HH | 2024-09-18"),
      ("p", "Supplier: İzmir Plastik Enjeksiyon | Part: KE-FRONT-3 front bezel, PC/PBT, dwg KE-FR3-1000 rev B"),
      ("p", "Order scope (PO KEV-PO-2402): 16 DVT samples released. Balance 484 pcs not released until this FAI has been "
            "signed off and Rachel Doyle, Head of Procurement, has issued a written production release."),
      ("table", [["Char.", "Nominal", "Tol.", "Measured (max of 5)", "OK"],
                 ["1 overall length", "312.0", "±0.3", "312.18", "yes"],
                 ["2 overall width", "188.0", "±0.3", "187.91", "yes"],
                 ["3 wall thickness", "2.5", "±0.1", "2.56", "yes"],
                 ["4 LED window flatness", "0.2", "max", "0.14", "yes"],
                 ["5 snap hook engagement", "1.2", "+0.2/-0", "1.27", "yes"],
                 ["6 gloss 60°", "≥85 GU", "", "88", "yes"]]),
      ("sp",),
      ("p", "Cosmetic: no sink marks on A-surface; slight gate blush at G2, acceptable per boundary sample BS-07."),
      ("h", "Disposition: GOOD TO RUN"),
      ("p", "Inspector: Sophie Grant, Supplier Quality Engineer")]
case("p41_uk_fai_good_to_run", ["RG002"],
     "FAI report disposition 'GOOD TO RUN' with no sample-only scope or quantity; header scope otherwise complete",
     [("FAI-KE-0388_KE-FRONT-3.pdf", pdf(_b, title="FAI-KE-0388", author="Sophie Grant"))])

# p42: buyer portal submission decision 'Approved - go ahead'
_h = html_page("Laadpaal Noord Supplier Portal - submissions", """
<h2>Laadpaal Noord &ndash; Supplier Portal</h2>
<p>Order LN-24-0744 &nbsp;|&nbsp; Supplier: Shenzhen Huaxin Precision Enclosure &nbsp;|&nbsp; Part LN-FP-05 front panel, PC/ASA, dwg LNF-05 rev C</p>
<div class="note">Order scope: 10 samples released. The 590 pcs balance of quote HX-Q-24-0712 is not released until the sample
sign-off by Laadpaal Noord engineering and a written release by Sanne de Vries, Procurement Lead.</div>
<h3>Submissions</h3>
<table>
<tr><th>ID</th><th>Type</th><th>Submitted</th><th>Decision</th><th>Comment</th><th>By</th></tr>
<tr><td>SUB-0088</td><td>3D scan report</td><td>2024-09-09</td><td>Returned</td><td>rib height out on 2 points, please re-scan</td><td>P. Smit</td></tr>
<tr><td>SUB-0091</td><td>Sample submission + scan report rev 1</td><td>2024-09-17</td><td>Approved &#10004;</td><td>go ahead, good job on the ribs</td><td>P. Smit</td></tr>
</table>
""", lang="nl")
case("p42_nl_portal_approved_go_ahead", ["RG002"],
     "portal decision 'Approved - go ahead' without sample-only scope or quantity; order scope otherwise complete",
     [("LN-24-0744_submissions.html", _h)])

# p43: deposit paid -> green light, attached PO names no release person
_b = [("h1", "PURCHASE ORDER GB-PO-10733"),
      ("p", "Greenbay Charge Ltd | Unit 4, Avonmouth Way, Bristol BS11 9YA | Date: 02/09/2024 | Buyer: Priya Nair"),
      ("p", "Supplier: İzmir Plastik Enjeksiyon San. ve Tic. A.Ş., Çiğli / İzmir"),
      ("table", [["Line", "Part / description", "Qty", "Unit price", "Amount"],
                 ["1", "Bezel tooling GB-BZL-2 (30 % deposit with order)", "1", "GBP 14,200.00", "GBP 14,200.00"],
                 ["2", "GB-BZL-2 pedestal bezel, ASA, RAL 7016 - samples", "10 pcs", "GBP 11.00", "GBP 110.00"]]),
      ("sp",),
      ("p", "Scope: 10 sample bezels are released. The remaining 490 pcs of quote IZ-Q-24-088 are not released until the "
            "samples have been signed off on a Greenbay pedestal; the balance will then be released in writing by "
            "Greenbay Purchasing.")]
_t = """Hi Mehmet,

samples landed on Tuesday and the fit on the pedestal door is spot on, nice work.

Finance paid the 30 % deposit this morning, so you have the green light from our side.

Cheers,
Priya

Priya Nair | Purchasing | Greenbay Charge Ltd | 0117 496 0321
"""
_m = mail("Priya Nair <priya.nair@greenbaycharge.co.uk>", "Mehmet Kaya <mehmet.kaya@izmirplastik.com.tr>",
          "RE: GB-BZL-2 samples", "Thu, 26 Sep 2024 10:40:00 +0100", _t,
          attachments=[("GB-PO-10733.pdf", pdf(_b, title="GB-PO-10733", author="Priya Nair"), PDF_MT)])
case("p43_uk_deposit_green_light", ["RG002", "RG005", "RG012"],
     "'deposit paid, so you have the green light' (unscoped, payment as release); PO names only 'Greenbay Purchasing' as releaser",
     [("RE_GB-BZL-2_samples.eml", eml_bytes(_m))])

# p44: 'proceed with the pilot lot per your quotation' - no quantity stated
_t = """Dear Agnieszka,

thank you for the revised quotation KT-Q-24-117 for the 5 m Type 2 cable NL-CBL-T2-5M (orange jacket,
-40 °C).

Please proceed with the pilot lot per your quotation. The balance stays on hold until the pilot sites in
Trondheim have been accepted and I send you my written release.

Delivery DAP Trondheim, ideally before the first snow.

Vennlig hilsen
Henrik Dahl
Supply Chain Manager | Nordlys Lading AS
"""
_m = mail("Henrik Dahl <henrik.dahl@nordlyslading.no>", "Agnieszka Nowak <a.nowak@kabeltech.pl>",
          "KT-Q-24-117 - pilot lot NL-CBL-T2-5M", "Mon, 16 Sep 2024 14:25:00 +0200", _t)
case("p44_no_proceed_pilot_per_quote", ["RG010"],
     "'proceed with the pilot lot per your quotation' never states the quantity authorized now; hold, event, person present",
     [("KT-Q-24-117_pilot_lot.eml", eml_bytes(_m))])

# p45: German PDF PO: quantity 'gem. Angebot / as per quote'
_b = [("h1", "BESTELLUNG / PURCHASE ORDER 4500019377"),
      ("p", "Voltwerk Ladesysteme GmbH | Heilbronner Str. 190 | 70191 Stuttgart | Datum: 23.09.2024 | Einkauf: Jonas Feld"),
      ("p", "Lieferant / Supplier: Taoyuan PowerBoard Electronics Co., Ltd., Taoyuan City, Taiwan"),
      ("table", [["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis / Price"],
                 ["10", "100047300", "WB-22 Hauptplatine / main board PCBA Rev D, DVT-Muster / DVT samples",
                  "gem. Angebot / as per quote TPB-Q-24-0470", "USD 61.20 / Stk"]]),
      ("sp",),
      ("p", "Lieferumfang / scope: DVT-Muster. Die Serienmenge ist nicht freigegeben / the series quantity is not released."),
      ("p", "Freigabe der Serie erst nach Unterzeichnung der Typprüfung (IEC 61851-1, IEC 61439-7) und schriftlicher "
            "Produktionsfreigabe durch Dr. Katrin Albers, Leiterin Supply Chain. / The series is released only after the "
            "type test has been signed off and Dr. Katrin Albers, Head of Supply Chain, has sent a written production release."),
      ("p", "Material authority / Materialdisposition: nur DVT-Muster / DVT samples only.")]
case("p45_de_po_qty_as_per_quote", ["RG010"],
     "PO line quantity 'as per quote' - the active quantity is never stated; hold, event and person present",
     [("PO_4500019377_DVT.pdf", pdf(_b, title="PO 4500019377", author="Jonas Feld"))])

# p46: Teams chat: 'make the samples we talked about', no quantity, nobody named for the release
_s = txt("""
Microsoft Teams - Ampereweg <> Kabeltech (external) - export 2024-09-20

Ruud Verhoeven  19-9-2024 09:14
Hi Agnieszka, PO AW-PO-24-0301 for the 3 m variant of the T2 cable is coming today from SAP

Ruud Verhoeven  19-9-2024 09:15
please make the samples we talked about on Thursday. the rest waits for a written release after the type test at DEKRA Arnhem

Agnieszka Nowak  19-9-2024 09:40
Hi Ruud, OK! Same jacket colour as 5 m version (RAL 9005)?

Daan Mulder  19-9-2024 09:52
yes, RAL 9005, and please use the new strain relief boot from the 5 m samples

Agnieszka Nowak  19-9-2024 09:55
Noted, thank you both
""")
case("p46_nl_teams_samples_we_talked_about", ["RG005", "RG010"],
     "'make the samples we talked about': no active quantity; rest waits for written release after type test but nobody named",
     [("teams_ampereweg_kabeltech_3m.txt", _s)])

# p47: DOCX call-off whose schedule quantities are all TBC
_b = [("h1", "Afroep / Call-off 04 - frame order LN-RA-2024-03"),
      ("p", "Laadpaal Noord B.V. | Zernikelaan 8, 9747 AA Groningen | 2024-10-07"),
      ("p", "To: Kabeltech Sp. z o.o., Łódź | Part: LN-CBL-735 Type 2 cable assembly 5 m 32 A"),
      ("p", "This call-off releases the quantities in the delivery schedule below for rollout wave 2 (Drenthe)."),
      ("table", [["Ship week", "Site batch", "Quantity"],
                 ["2024-45", "Assen centrum + station", "TBC"],
                 ["2024-47", "Emmen Wildlands", "TBC"],
                 ["2024-49", "Hoogeveen", "TBC"]]),
      ("sp",),
      ("p", "Quantities beyond this call-off are not released. Wave 3 will be released only by the next call-off, signed by "
            "Joost Bakker (Category Manager) after wave 2 commissioning. Material authority: this call-off only."),
      ("p", "Met vriendelijke groet, Joost Bakker")]
case("p47_nl_calloff_qty_tbc", ["RG010"],
     "call-off 'releases the quantities in the schedule' but every quantity is TBC: no active quantity",
     [("Afroep_04_LN-RA-2024-03.docx", docx_bytes(_b, author="Joost Bakker"))])

# p48: buyer portal release page with an empty quantity field and 'until further notice'
_h = html_page("Kestrel Supplier Hub - Release REL-KE-0019", """
<h2>Kestrel EV &ndash; Supplier Hub</h2>
<h3>Release REL-KE-0019</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Dongguan Jiayu Cable Technology</td></tr>
<tr><td>Part</td><td>KE-AC-T2-7M Type 2 cable 7 m 22 kW</td></tr>
<tr><td>Release type</td><td>Pilot</td></tr>
<tr><td>Quantity released now</td><td>&mdash;</td></tr>
<tr><td>Need date</td><td>2024-11-11</td></tr>
<tr><td>Series</td><td>On hold until further notice</td></tr>
<tr><td>Release authority for the series</td><td>Rachel Doyle, Head of Procurement</td></tr>
</table>
<p class="note">Please acknowledge this release and confirm the ship date.</p>
""")
case("p48_uk_hub_release_qty_blank", ["RG004", "RG010"],
     "pilot release with an empty quantity field; series on hold 'until further notice' (no unlock event), release person named",
     [("REL-KE-0019_hub.html", _h)])

# ------------------------------------------------------------------ batch 5
# p49: Dutch PDF PO for 10 samples with an inline quote table showing the 1.000 series; no hold statement
_b = [("h1", "INKOOPORDER / PURCHASE ORDER LN-24-0790"),
      ("p", "Laadpaal Noord B.V. | Zernikelaan 8, 9747 AA Groningen | KvK 60012345 | Date: 2024-09-30 | Buyer: Sanne de Vries"),
      ("p", "Supplier: Metalform Bydgoszcz Sp. z o.o., ul. Fordońska 246, 85-766 Bydgoszcz, Poland"),
      ("table", [["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
                 ["1", "LN-CRA-1", "Cable retractor arm for DP-2 pedestal, S355 + zinc flake, dwg LNC-01 rev B - samples",
                  "10 pcs", "EUR 145,00", "EUR 1.450,00"]]),
      ("sp",),
      ("p", "Quotation reference MB-OF-24-3377:"),
      ("table", [["Quoted item", "Qty", "Unit price"],
                 ["LN-CRA-1 samples", "10 pcs", "EUR 145,00"],
                 ["LN-CRA-1 series", "1.000 pcs", "EUR 88,50"]]),
      ("sp",),
      ("p", "Samples for EVT on our test pedestal in Groningen (spring return 5,000 cycles, salt spray 720 h). After the EVT "
            "sign-off, Sanne de Vries will send the production release in writing."),
      ("p", "Delivery: DAP Groningen, week 44. Payment 30 days net.")]
case("p49_nl_po_inline_quote_series", ["RG001", "RG003"],
     "sample PO shows the quoted 1.000 series beside the 10 samples with no 'not released/informational'; event + person named, no explicit hold",
     [("LN-24-0790.pdf", pdf(_b, title="LN-24-0790", author="Sanne de Vries"))])

# p50: 'PO attached for the 20 EVT samples, pls start' + attached quote with MP 5,000
_po = [("h1", "PURCHASE ORDER KEV-PO-2417"),
       ("p", "Kestrel EV Ltd | Trafford Park Road, Manchester M17 1HH | Date: 01/10/2024 | Requester: Gareth Hughes"),
       ("p", "Supplier: Hsinchu Voltronic Assembly Corp., Hsinchu Science Park, Taiwan"),
       ("table", [["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
                  ["1", "KE-LED-2", "Status LED board PCBA rev A, EVT", "20", "USD 14.60", "USD 292.00"]]),
       ("p", "Delivery: by air, FCA TPE. Payment 60 days.")]
_q = [("h1", "QUOTATION HV-Q-2440"),
      ("p", "Hsinchu Voltronic Assembly Corp. | To: Kestrel EV Ltd, attn. Gareth Hughes | 2024/09/24"),
      ("table", [["Item", "Phase", "Qty", "Unit price USD", "Lead time"],
                 ["KE-LED-2 rev A", "EVT", "20", "14.60", "2 weeks"],
                 ["KE-LED-2 rev A", "MP", "5,000", "3.85", "6 weeks"]]),
      ("p", "Valid 45 days. Allen Tsai, Account Manager")]
_t = """Allen,

PO KEV-PO-2417 attached for the 20 EVT samples of the KE-LED-2 status board, plus your quote for
reference. Pls start asap, we need them on the bench by 21 Oct for the light-guide trials.

Cheers
Gareth

Gareth Hughes | Hardware Engineer | Kestrel EV Ltd
"""
_m = mail("Gareth Hughes <gareth.hughes@kestrel-ev.co.uk>", "Allen Tsai <allen.tsai@hv-assembly.com.tw>",
          "PO KEV-PO-2417 KE-LED-2 EVT", "Tue, 01 Oct 2024 12:31:00 +0100", _t,
          attachments=[("KEV-PO-2417.pdf", pdf(_po, title="KEV-PO-2417", author="Gareth Hughes"), PDF_MT),
                       ("HV-Q-2440.pdf", pdf(_q, title="HV-Q-2440", author="Allen Tsai"), PDF_MT)])
case("p50_uk_po_plus_quote_pls_start", ["RG001", "RG003", "RG004", "RG005"],
     "EVT PO for 20 sent with the quote showing MP 5,000; nothing says the MP quantity is not released, no unlock event, no release person",
     [("PO_KEV-PO-2417_EVT.eml", eml_bytes(_m))])

# p51: multi-file: German DOCX PO for 10 pilot steles + Polish HTML quote with 2,000 series; no explicit hold
_po = [("h1", "Bestellung / Purchase order 4500019455"),
       ("p", "Voltwerk Ladesysteme GmbH | Heilbronner Str. 190 | 70191 Stuttgart | 07.10.2024"),
       ("p", "An / To: Metalform Bydgoszcz Sp. z o.o. | Ihr Angebot / your quotation OF-24-3460 vom 30.09.2024"),
       ("table", [["Pos.", "Teil / Part", "Menge / Qty", "Preis / Price", "Termin / Date"],
                  ["10", "ST-2 Doppelstele / dual stele, Zeichnung 22-5200-01 Rev. A, Pilot", "10 Stk", "EUR 312,00", "KW 46"]]),
       ("sp",),
       ("p", "Wir bestellen 10 Pilot-Stelen für den Feldtest bei unserem Kunden Stadtwerke Esslingen. / We order 10 pilot "
             "steles for the field test at our customer Stadtwerke Esslingen."),
       ("p", "Über die Serie entscheidet Dr. Katrin Albers nach Abschluss des Feldtests (8 Wochen). / Dr. Katrin Albers "
             "will decide on the series after the field test (8 weeks) and inform you in writing."),
       ("p", "Mit freundlichen Grüßen, Jonas Feld, Strategischer Einkauf")]
_qh = html_page("Metalform oferta OF-24-3460", """
<h2>Metalform Bydgoszcz &ndash; Oferta / Quotation OF-24-3460</h2>
<p>For: Voltwerk Ladesysteme GmbH &nbsp;|&nbsp; Date: 2024-09-30 &nbsp;|&nbsp; Valid 60 days</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price EUR</th></tr>
<tr><td>1</td><td>ST-2 dual stele, pilot</td><td>10</td><td>312,00</td></tr>
<tr><td>2</td><td>ST-2 dual stele, series</td><td>2.000</td><td>228,00</td></tr>
<tr><td>3</td><td>Welding fixture</td><td>1</td><td>3.900,00</td></tr>
</table>
<p>Lead time series: 5 weeks. Zinc flake + RAL 9005 powder. Piotr Wi&#347;niewski, Key Account.</p>
""", lang="pl")
case("p51_de_pl_po_docx_plus_quote_html", ["RG001", "RG003"],
     "multi-file: PO orders 10 pilot steles and names field test + Dr. Albers, but never says the series is not released; quote file shows 2.000 series",
     [("PO_4500019455_ST-2.docx", docx_bytes(_po, author="Jonas Feld")),
      ("OF-24-3460_Metalform.html", _qh)])

# p53: SAP sample PO whose line text carries the quote's series quantity; no hold, event or person
_s = txt("""
AMPEREWEG B.V.                                              INKOOPORDER / PURCHASE ORDER
Esp 300, 5633 AE Eindhoven                                  Nr.    4500004410
                                                            Datum  03.10.2024
---------------------------------------------------------------------------------------------
Leverancier / Vendor : 200415  Kabeltech Sp. z o.o., ul. Przemyslowa 14, 93-121 Lodz, PL
Inkoper / Buyer      : R. Verhoeven      Betaling: 30 dagen netto      Incoterms: DAP Eindhoven
---------------------------------------------------------------------------------------------
Pos   Materiaal        Omschrijving                               Aantal  Eh   Prijs EUR
00010 AW-CBL-T2-7M5    Laadkabel T2 32A 3F 7,5 m zwart - samples       5  ST      58,00
      Positietekst: Ref. offerte KT-Q-24-140: 5 ST samples / 495 ST serie a EUR 41,20.
                    Samples voor typetest bij DEKRA Arnhem (IEC 62196-2, IEC 62893-4-1).
---------------------------------------------------------------------------------------------
Leverdatum / Delivery : week 44/2024
Totaal netto EUR      : 290,00
---------------------------------------------------------------------------------------------
""")
case("p53_nl_sap_sample_po_series_ref", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO line text shows 495 series beside 5 samples; no hold, no unlock event, no release person",
     [("PO_4500004410.txt", _s)])

# p56: Teams/Slack chat: 8 EVT boards 'first', event and person named, but the rest is never said to be on hold
_s = txt("""
Slack Connect export | #plugline-tpb-cc40 | 2024-10-04
2024-10-03 22:14  Jerry Lin (TPB): Hi Kai, PCB fab for CC-40 rev A is done, panels are in our stock. How many EVT boards do you want? Our quote TPB-Q-24-0502 has EVT and MP pricing.
2024-10-04 07:48  Kai Wong (Plugline): morning Jerry! ok let's do 8 EVT boards first. PO from Marcus follows today
2024-10-04 07:49  Kai Wong (Plugline): Dana Whitfield signs the production release once the EVT report is through
2024-10-04 07:50  Kai Wong (Plugline): please also send 2 bare PCBs for our thermal camera setup
2024-10-04 08:02  Jerry Lin (TPB): noted, 8 pcs EVT + 2 bare PCB. ship in 2 weeks
""")
case("p56_us_tw_slack_8_evt_first", ["RG003"],
     "8 EVT boards authorized, EVT report + Dana Whitfield named for the production release, but nothing says the rest is not released",
     [("slack_plugline-tpb-cc40.txt", _s)])

# p58: Norwegian DOCX release letter: 200 of a 1,000 frame, nothing about the balance
_b = [("h1", "Frigivelse / Release FJ-REL-2024-09"),
      ("p", "Fjordlade AS | Kokstaddalen 4, 5257 Kokstad | 2024-10-08"),
      ("p", "To: Bursa Elektromekanik A.Ş., attn. Ayşe Demir | Frame order FJ-RA-2024-01, FP-2 charging pedestal, dwg FP2-200 rev B"),
      ("p", "We release 200 FP-2 pedestals for rollout wave 1 (Bergen sentrum, Fyllingsdalen, Åsane). The frame order covers "
            "1,000 pcs FP-2 in total."),
      ("table", [["Delivery", "Qty", "Site group"],
                 ["week 46", "80", "Bergen sentrum"],
                 ["week 48", "60", "Fyllingsdalen"],
                 ["week 50", "60", "Åsane"]]),
      ("sp",),
      ("p", "Please send the galvanising certificates (EN ISO 1461) with each delivery."),
      ("p", "Med vennlig hilsen, Ola Berg, Prosjektleder")]
case("p58_no_release_200_of_frame_1000", ["RG001", "RG003", "RG004", "RG005"],
     "release of 200 beside the 1,000 frame quantity; nothing says the 800 are not released, no unlock event, nobody named for the balance",
     [("FJ-REL-2024-09_wave1.docx", docx_bytes(_b, author="Ola Berg"))])

# ==== END CASES


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(114114).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = c["files"][0][0].rsplit(".", 1)[0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"h114_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_bytes(data.encode("utf-8"))
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES)-clean} multi-rule={multi}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
