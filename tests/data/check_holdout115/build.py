#!/usr/bin/env python3
"""Generator for the releasegate check_holdout115 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout115/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 115115).

Theme: wind turbine components (blade root inserts, nacelle covers, tower bolts, bearing
housings, cable ladders) bought by OEMs, blade factories and service companies in DK, DE, ES,
IN and US from suppliers in CN, IN, PT, TR and PL.

Descriptive case names: c.. = expected clean, p.. = expected to carry at least one risk.
They appear only here; the folders under cases/ have neutral names.
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
SEED = 115115
PREFIX = "h115"


def case(name, expect, note, files):
    assert name not in {c["name"] for c in CASES}, name
    for r in expect:
        assert re.fullmatch(r"RG0(0[1-9]|1[0-2])", r), r
    CASES.append({"name": name, "expect": sorted(set(expect)), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (pdf, docx_bytes, html_page, mail, eml_bytes, sig: copied from check_holdout3/build.py,
#  with the Message-ID / boundary tags changed to h115)
_PDF_MAP = {"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ń": "n", "ą": "a", "ę": "e",
            "ł": "l", "Ł": "L", "ś": "s", "ż": "z", "ź": "z", "ć": "c"}


def _pdf_text(s):
    """The standard PDF fonts (WinAnsi) lack Turkish/Polish letters; write them the way many
    ERP systems print them (ASCII), so that the PDF text layer stays readable."""
    import unicodedata
    out = []
    for ch in str(s):
        ch = _PDF_MAP.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
        out.append(ch)
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0], [[_pdf_text(c) for c in r] for r in b[1]]) if b[0] == "table"
              else ((b[0], _pdf_text(b[1])) if len(b) > 1 else b) for b in blocks]
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


# ----------------------------------------------------------------- small helpers (h115)
def quote_lines(text, depth=1):
    """Prefix every line of text with '> ' (depth times), as a mail client does for replies."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n")) + "\n"


def sig_plain(name, title, company, phone, extra=""):
    """A signature without the US-style confidentiality block (varies the surroundings)."""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    if extra:
        s += "\n" + extra.strip("\n") + "\n"
    return s


def text_to_html(text, font="Calibri,Arial,sans-serif"):
    """Very small plain-text to HTML conversion, like a mail client's HTML alternative."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [escape(ln) for ln in p.split("\n")]
        if all(ln.startswith("  ") for ln in p.split("\n") if ln.strip()):
            out.append("<pre style=\"font-family:Consolas,monospace\">" + "\n".join(lines) + "</pre>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f"<html><body style=\"font-family:{font};font-size:11pt\">\n" + "\n".join(out)
            + "\n</body></html>\n")


DK_DISCLAIMER = ("Nordvind Turbines A/S, Vestre Industrivej 12, DK-7400 Herning, CVR 31 44 20 17. "
                 "This e-mail may contain confidential information. Our general purchasing "
                 "conditions (NT-GPC 2023) apply to all orders.")
DE_DISCLAIMER = ("WindKraft Antriebstechnik GmbH, Am Seehafen 4, 18147 Rostock. Geschäftsführer: "
                 "Dr. Henning Claasen, Ulrike Marx. Amtsgericht Rostock HRB 14422. "
                 "Diese E-Mail kann vertrauliche Informationen enthalten.")


# =================================================================== CASES
# ------------------------------------------------------------------ batch 1
# c01: sample PO email with PO PDF; all four parts of the scope are present.
_c01_po = pdf([
    ("h1", "PURCHASE ORDER 4500318822"),
    ("p", "Nordvind Turbines A/S - Vestre Industrivej 12 - DK-7400 Herning - CVR 31 44 20 17"),
    ("p", "Supplier: Anand Precision Inserts Pvt. Ltd., SIDCO Industrial Estate, Coimbatore 641021, India. "
          "Supplier no. 210447. Your quotation: Q-APIPL-2024-118 of 21.05.2024."),
    ("p", "Order date: 04.06.2024. Buyer: Mette Kjær. Incoterms 2020: DAP Brande. Payment: 60 days net."),
    ("table", [
        ["Line", "Part / rev.", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
        ["10", "BRI-M36-1200 / C", "Blade root insert M36x3, 42CrMo4 QT - first article (FAI) lot, "
                                    "N163 prototype blade set", "24", "pcs", "38,50", "924,00"],
    ]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "This PO covers the 24 first-article inserts on line 10 and nothing else. The serial quantity "
          "shown in quotation Q-APIPL-2024-118 (2,400 pcs) is not released by this PO."),
    ("p", "Material authority: first-article lot only (24 pcs). Do not buy bar stock for the serial quantity."),
    ("p", "Unlock of the serial quantity: FAI report signed off by Rasmus Dahl (SQE), followed by a written "
          "production release for a stated quantity from Lars Holm, Category Manager Rotor."),
    ("h", "Quality requirements"),
    ("p", "Drawing DRG 40120 rev 3. FAI per AS9102 or equivalent covering every balloon. Inspection "
          "certificates 3.1 per EN 10204. Thread gauging M36x3-6H, report per insert."),
], title="PO 4500318822", author="Mette Kjaer")

_c01_txt = """Dear Arun,

Thank you for the quick turnaround on quotation Q-APIPL-2024-118. Attached is our PO 4500318822 for
the blade root inserts, PN BRI-M36-1200 rev. C, for the N163 prototype blade set.

To be very clear about scope, as we discussed on the phone on Tuesday:

- The PO covers twenty-four (24) first-article inserts only. Please manufacture and ship these 24 pcs.
- The serial quantity in your quotation (2,400 pcs) is NOT released. Please do not start it and do
  not buy bar stock for it. Material authority is for the 24 FAI pieces only.
- The serial quantity can only be released after the FAI report has been signed off by Rasmus Dahl
  (SQE) and Lars Holm, Category Manager Rotor, has sent you a written production release with the
  quantity in it. Nobody else can release it.

Delivery of the 24 pcs: CW 27, DAP Brande. Please send the FAI report (AS9102 forms are fine, we
also accept your own format if it covers every balloon on DRG 40120 rev 3) with the shipment,
together with the 3.1 certificates per EN 10204.

Please confirm receipt of the PO within 2 working days.

Med venlig hilsen / Best regards
""" + sig_plain("Mette Kjær", "Strategic Buyer, Rotor Components", "Nordvind Turbines A/S",
                "+45 9718 2200", DK_DISCLAIMER)

case("c01_sample_po_full_scope", [],
     "sample PO email + PO PDF: 24 FAI pcs, 2,400 not released, FAI sign-off + written release by Lars Holm, sample-only material",
     [("PO_4500318822.eml", mail(
         "Mette Kjær <mette.kjaer@nordvind-turbines.dk>", "Arun Kumar <arun.kumar@anandprecision.in>",
         "PO 4500318822 - blade root inserts BRI-M36 - first article lot only",
         "Tue, 04 Jun 2024 10:12:00 +0200", _c01_txt,
         cc="Rasmus Dahl <rasmus.dahl@nordvind-turbines.dk>",
         attachments=[("PO_4500318822.pdf", _c01_po, PDF_MT)]))])

# c02: supplier quote with sample and serial tiers, nothing authorized.
case("c02_supplier_quote_tiers", [],
     "supplier quotation with sample and serial price tiers; no authorization in the bundle",
     [("EGE_teklif_Q24-0633.pdf", pdf([
         ("h1", "QUOTATION / TEKLİF Q24-0633"),
         ("p", "Ege Cıvata San. ve Tic. A.Ş. - Atatürk OSB 10003 Sk. No:7, Çiğli / İzmir - Türkiye"),
         ("p", "To: Eólica Navarra Componentes S.L., Polígono Industrial Noáin-Esquíroz, Calle S, 31191 "
               "Esquíroz (Navarra), Spain. Attn. Mr. Iñaki Goñi, Compras."),
         ("p", "Date: 17.05.2024. Validity: 90 days. Your RFQ: RFQ-ENC-24-041 (tower flange bolting, "
               "N149 tower, top flange)."),
         ("table", [
             ["Item", "Description", "Standard", "Qty", "Unit price EUR", "Lead time"],
             ["1", "HV bolt set M42x290, 10.9, tZn, incl. 2 washers + nut (set)", "EN 14399-4 / EN 14399-6",
              "50 sets (sample lot)", "38,90", "4 weeks after PO"],
             ["2", "HV bolt set M42x290, 10.9, tZn (set)", "EN 14399-4 / EN 14399-6",
              "12.000 sets (serial, per call-off)", "21,40", "10 weeks after production release"],
             ["3", "Tightening test per EN 14399-2 (k-class K1), 5 sets per lot", "EN 14399-2", "per lot",
              "incl.", "-"],
         ]),
         ("sp",),
         ("p", "Notes: 1) Serial price is based on total 12.000 sets delivered within 24 months and on "
               "steel price index MEPS Europe May 2024 (+/- 5 % clause). 2) Sample lot is subject to your "
               "first article inspection. 3) Serial deliveries only against your call-offs. 4) Packing: "
               "wooden boxes max. 1.000 kg, ISPM 15. 5) Payment: 30 days after invoice date."),
         ("p", "We thank you for your enquiry and remain at your disposal."),
         ("p", "Emre Yılmaz - Export Manager - +90 232 328 41 00 - emre.yilmaz@egecivata.com.tr"),
     ], title="Quotation Q24-0633", author="Emre Yilmaz"))])

# c03: Teams chat; supplier asks for a go-ahead on the 480, buyer answers with scope.
case("c03_teams_goahead_question", [],
     "supplier asks whether the 480 are go; buyer: only the 4 FAI housings, 480 on hold until Katrin's FAI/PPAP sign-off and Jürgen's written release",
     [("teams_WKA_Hengtai_MBH3200.txt", """Microsoft Teams - chat export
Chat:      WKA / Hengtai - MBH-3200 main bearing housings
Members:   Jürgen Weiß (WindKraft Antriebstechnik GmbH), Katrin Albers (WindKraft Antriebstechnik GmbH),
           Li Wei (Qingdao Hengtai Heavy Forging Co., Ltd.) [External]
Exported:  14.06.2024 16:02 by Jürgen Weiß
--------------------------------------------------------------------------------------------

[12.06.2024 08:41] Li Wei: Good morning Mr. Weiß, the 4 FAI housings finished machining
yesterday, CMM report will be ready Friday.
[12.06.2024 08:43] Li Wei: Our foundry ask me - do we have the go-ahead for the 480 serial
housings? They want to plan the furnace for July.
[12.06.2024 09:15] Jürgen Weiß: Morning Li Wei. Short answer: no. PO 4700022190 covers the
4 FAI housings only.
[12.06.2024 09:16] Jürgen Weiß: The 480 stay on hold. Nothing on serial - no castings, no
machining, please tell the foundry.
[12.06.2024 09:18] Jürgen Weiß: They get released only after Katrin has signed off the FAI /
PPAP and I send you a written release with a quantity on it. Not before, and not by phone.
[12.06.2024 09:20] Katrin Albers: +1. FAI review I plan for KW 26 if the CMM report comes
Friday. Please include 3.1 certs for EN-GJS-400-18U-LT and the UT report per EN 12680-3.
[12.06.2024 09:31] Li Wei: Understood, bal. 480 stays on hold and we only ship the 4 FAI. Will tell
foundry no plan for July.
[12.06.2024 09:32] Jürgen Weiß: 👍 Thanks.
[12.06.2024 11:05] Li Wei: Packing list for the 4 pcs attached tomorrow. Gross weight each
approx. 3.200 kg, so 2 crates per 40' flat rack.
[12.06.2024 11:07] Katrin Albers: OK. Please photograph the lifting points before loading.
""")])

# c04: supplier portal page with released call-off and labelled forecast.
_c04_body = """
<h2>Nordvind Supplier Portal &raquo; Demand &amp; call-offs</h2>
<p>Supplier: <b>Stalprofil Gdańsk Sp. z o.o.</b> (vendor 230918) &nbsp;|&nbsp; Part: <b>CL-300-6000-HDG</b>
tower cable ladder 300 mm &times; 6 m, hot-dip galvanized ISO 1461 &nbsp;|&nbsp; Frame agreement FA-2024-017</p>
<p>Last update: 03.07.2024 07:30 CET &nbsp;|&nbsp; Category manager: Lars Holm</p>

<h3>Released call-offs</h3>
<table>
<tr><th>Call-off</th><th>Wind farm / site</th><th>Turbines</th><th>Ladder sections</th><th>Delivery</th><th>Status</th><th>Signed by</th></tr>
<tr><td>CO-2024-031</td><td>Klitmøller Nord (48 MW)</td><td>T01&ndash;T06</td><td>72</td><td>CW 33</td><td>Released for production</td><td>Lars Holm</td></tr>
</table>

<h3>Forecast (non-binding, not released)</h3>
<table>
<tr><th>Period</th><th>Wind farm</th><th>Turbine sets</th><th>Ladder sections (12 per set)</th></tr>
<tr><td>Q4 2024</td><td>Klitmøller Nord T07&ndash;T20</td><td>14</td><td>168</td></tr>
<tr><td>Q1 2025</td><td>Thyborøn Øst</td><td>22</td><td>264</td></tr>
</table>

<div class="note">
<p><b>Please note.</b> Only the 72 sections under call-off CO-2024-031 may be produced. The forecast rows
are for your capacity planning only; they are not an order, nothing in them is released, and no material
may be bought against them at Nordvind's liability. The next call-off (Klitmøller Nord T07&ndash;T20) will be
signed by Lars Holm, Category Manager, once the site installation schedule has been confirmed by the
project team.</p>
</div>
<p style="font-size:11px;color:#666">Portal build 24.6.2 &middot; Questions: supplierportal@nordvind-turbines.dk</p>
"""
case("c04_portal_calloff_forecast", [],
     "portal: call-off of 72 sections released; forecast rows labelled non-binding/not released; next call-off signed by Lars Holm",
     [("portal_demand_FA-2024-017.html", html_page("Demand & call-offs - FA-2024-017", _c04_body))])

# c05: DOCX quality plan with hold-point table; scoped sample approval.
case("c05_quality_plan_holdpoints", [],
     "quality plan: 6 FAI inserts, 'sample approved for fit check only; production not released', serial 1,440 on hold until hold points closed + written release by Henrik Møller",
     [("QP-VB-0457_root_inserts.docx", docx_bytes([
         ("h1", "Quality Plan QP-VB-0457 - Blade root inserts VB-RI-M30-800"),
         ("p", "Customer: Vestkyst Blades ApS, Esbjerg. Supplier: Pomorskie Kompozyty Sp. z o.o., Gdynia. "
               "Drawing VB-RI-M30-800 rev E. Blade type VB-71.5 (prototype blade moulds 1 and 2)."),
         ("h", "1. Scope of the current order"),
         ("p", "PO 4410-2290 covers half a dozen (6) first-article inserts. The serial quantity from the supplier "
               "quotation (1,440 pcs) remains on hold until hold points 2 and 3 below are closed and Henrik "
               "Møller, Head of Supply Chain, issues a written release that states the quantity."),
         ("h", "2. Hold points"),
         ("table", [
             ["No.", "Hold point", "Responsible", "Record"],
             ["1", "Material certificates 3.1 (EN 10204) for the steel core, 42CrMo4", "Supplier QA (K. Mazur)", "Cert pack"],
             ["2", "FAI on the 6 inserts: dimensional + surface roughness Ra 3.2 on bond face", "Camilla Thygesen, SQE", "FAI report"],
             ["3", "Pull-out test witnessed in blade root test section (target >= 420 kN)", "Vestkyst test lab", "Test report TR-series"],
             ["4", "Serial production release", "Henrik Møller", "Written release with quantity"],
         ]),
         ("h", "3. Status log"),
         ("li", "2024-06-11: FAI parts received in Esbjerg, 6 pcs, visual OK."),
         ("li", "2024-06-20: inserts fitted in root mould section 2 - sample approved for fit check only; production not released. Hold point 3 still open."),
         ("li", "2024-06-27: pull-out test planned for CW 28; supplier to hold all serial activity until then."),
         ("h", "4. Records and retention"),
         ("p", "All records are kept for 25 years (design life of the turbine) per VB-QM-12. Non-conformances "
               "are handled via 8D in the Vestkyst supplier portal."),
     ], author="Camilla Thygesen"))])

# c06: full-quantity PO with 'proceed with the 36 sections'.
case("c06_full_qty_po", [],
     "full-quantity PO (36 ladder sections + 72 couplers), complete order, no balance; 'proceed' scoped to stated quantities",
     [("PO_24-0917_PrairieGale.pdf", pdf([
         ("h1", "Purchase Order 24-0917"),
         ("p", "Prairie Gale Wind Services LLC - 2210 Dayton Ave, Ames, IA 50010, USA - (515) 555-0148"),
         ("p", "Vendor: Metalurgia do Ave, Lda. - Rua da Indústria 220, 4835-045 Guimarães, Portugal. "
               "Vendor ID V-1077."),
         ("p", "PO date: July 8, 2024. Ship to: Elk Ridge Wind Farm, O&M building, 3150 County Rd E18, "
               "Story City, IA 50248. Terms: Net 45. Incoterms 2020 DAP Story City."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Ext. price"],
             ["1", "CL-400-3000-HDG", "Cable ladder section 400 mm x 3 m, HDG per ISO 1461, rung pitch 300 mm",
              "36", "EA", "$212.00", "$7,632.00"],
             ["2", "CL-CPL-400", "Coupler set (2 plates + M10 hardware, A4-70)", "72", "EA", "$14.50",
              "$1,044.00"],
             ["", "", "", "", "", "Total", "$8,676.00"],
         ]),
         ("sp",),
         ("p", "This PO is the complete order for the Elk Ridge repowering job (replacement of corroded ladders "
               "in turbines ER-07, ER-11 and ER-15). There are no further quantities, options or follow-on lots. "
               "Please proceed with the 36 ladder sections and 72 coupler sets and ship complete."),
         ("p", "Documentation: galvanizing certificate, coating thickness report (min. 70 µm), packing list. "
               "Crates max. 8 ft long - site access road has a 90° bend."),
         ("p", "Authorized by: Megan Ostrowski, Procurement Lead"),
     ], pagesize=LETTER, title="PO 24-0917", author="Megan Ostrowski"))])

# c07: call-off with explicit staged material authority above the released quantity; supplier stays inside it.
_c07_buyer = """Ayşe,

Please find call-off no. 2 under frame agreement LTW-FA-0088 for the main bearing housing casting
MBH-C-2750 (EN-GJS-400-18U-LT, pattern no. P-2750-2):

  Released for production under this call-off: 40 castings, delivery in 4 lots of 10 from CW 38.
  Material authority: staged. You may buy and hold raw material (pig iron, steel scrap, FeSiMg,
  inoculant) for up to 120 castings at Lakeshore's liability. Do not pour more than the 40.
  Balance of the frame agreement (360 castings): not released. It will be released only by the
  next call-off, signed by Brian Castillo, Supply Chain Manager.

Separate inspection: UT per EN 12680-3 level 2 on each casting, test bars per heat.

Thanks,
Jennifer

Jennifer Walsh | Buyer, Castings & Forgings | Lakeshore Turbine Works Inc.
1400 Lakeshore Dr, Muskegon, MI 49441 | +1 231 555 0192
"""
_c07_txt = """Dear Jennifer,

We confirm call-off no. 2 for 40 castings MBH-C-2750. As per your staged material authority we have
purchased raw material for 120 castings (pig iron and FeSiMg already in our yard, inoculant on the
way). Only 40 castings will be poured; the remaining material is stored and labelled "LTW staged -
not released".

First pour of 10 pcs is planned for 26 August, so lot 1 can leave Gebze in CW 38 as requested. We
will send test bar results per heat within 48 h after pouring.

Best regards,
Ayşe Demir
Sales Engineer - Export
Kocaeli Döküm San. A.Ş.
Gebze OSB 3. Cad. No:14, 41400 Gebze / Kocaeli
+90 262 751 22 40

On Thu, 1 Aug 2024 at 15:40, Jennifer Walsh <jwalsh@lakeshoreturbine.com> wrote:
""" + quote_lines(_c07_buyer)
case("c07_staged_material_authority", [],
     "call-off releases 40, explicit staged material authority up to 120, balance 360 not released until next call-off by Brian Castillo; supplier buys for 120 within the authority",
     [("RE_calloff2_LTW-FA-0088.eml", mail(
         "Ayşe Demir <ayse.demir@kocaelidokum.com.tr>", "Jennifer Walsh <jwalsh@lakeshoreturbine.com>",
         "RE: Call-off 2 / LTW-FA-0088 / MBH-C-2750 castings", "Mon, 05 Aug 2024 08:22:00 +0300", _c07_txt,
         in_reply_to="<h115-calloff2@lakeshoreturbine.com>"))])

# p01: bare sample PO (Indian-English) with the supplier quote attached.
_p01_quote = pdf([
    ("h1", "QUOTATION"),
    ("p", "Anand Precision Inserts Pvt. Ltd. - SF No. 118/2, SIDCO Industrial Estate, Kurichi, Coimbatore - "
          "641021. GSTIN 33AACCA4821K1Z9."),
    ("p", "Quotation No.: API/Q/24-25/0412 Date: 03.06.2024. To: Coromandel Blades Pvt. Ltd., Oragadam, "
          "Kancheepuram Dist. Kind attn.: Mr. Karthik Subramanian, Purchase."),
    ("table", [
        ["Sl.", "Description", "Part no.", "Qty", "Rate (INR)", "Delivery"],
        ["1", "Blade root insert M30, EN19 (42CrMo4), hardened & tempered, zinc-nickel", "CB-RI-M30-2000 rev B",
         "16 nos. (FAI samples)", "3,450.00", "3 weeks from PO"],
        ["2", "Blade root insert M30 - production lot", "CB-RI-M30-2000 rev B", "3,200 nos.", "1,980.00",
         "8 weeks, 400 nos./week"],
    ]),
    ("p", "Terms: GST 18% extra. Freight: ex-works Coimbatore. Payment: 45 days from invoice. Validity: 60 days. "
          "Tooling (thread rolling dies) included in production rate."),
    ("p", "For Anand Precision Inserts Pvt. Ltd. - Arun Kumar, Business Development, +91 98430 21177"),
], title="API/Q/24-25/0412", author="Arun Kumar")
_p01_txt = """Dear Mr. Arun,

Greetings from Coromandel Blades.

With reference to your quotation no. API/Q/24-25/0412 dated 03.06.2024 (copy attached for
reference), please find below our PO details for the blade root inserts, part no. CB-RI-M30-2000
rev B.

  PO No.   : CBPL/PO/24-25/1187
  Qty      : 16 nos. (first article samples)
  Rate     : INR 3,450 per no. + GST 18%
  Delivery : within 3 weeks, to our Oragadam plant, Stores Gate 2
  Payment  : 45 days from receipt of material

Kindly arrange the FAI report with dimensional results, hardness values and the material test
certificates along with the supply. Zinc-nickel thickness to be reported for each insert.

Please acknowledge the PO at the earliest.

Thanks & Regards,
Karthik Subramanian
Purchase Department
Coromandel Blades Pvt. Ltd.
Plot B-14, SIPCOT Industrial Park, Oragadam - 602105
Mob: +91 94440 58213
"""
case("p01_bare_sample_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 16 nos. with quote attached showing 3,200 nos. production lot; no hold, no unlock event, no release person",
     [("PO_CBPL_1187.eml", mail(
         "Karthik Subramanian <karthik.s@coromandelblades.co.in>", "Arun Kumar <arun@anandprecision.in>",
         "PO CBPL/PO/24-25/1187 - Blade root inserts M30 - FAI samples", "Fri, 07 Jun 2024 11:48:00 +0530",
         _p01_txt, attachments=[("API_Q_24-25_0412.pdf", _p01_quote, PDF_MT)]))])

# p02: DOCX PO: 'twelve (12)' in text vs 10 in the table; release by an unnamed department.
case("p02_docx_po_12_vs_10", ["RG005", "RG011"],
     "PO text says twelve (12) samples, table line says 10; hold and FAI event present, release 'by our purchasing department' (no person)",
     [("Pedido_4100-7781.docx", docx_bytes([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4100-7781"),
         ("p", "Eólica Navarra Componentes S.L. - Polígono Industrial Noáin-Esquíroz, Calle S - 31191 Esquíroz "
               "(Navarra) - CIF B31822456"),
         ("p", "Proveedor / Supplier: Anand Precision Inserts Pvt. Ltd., Coimbatore (India). Oferta / quote "
               "Q-APIPL-2024-131."),
         ("p", "Fecha / date: 12.06.2024. Comprador / buyer: Iñaki Goñi."),
         ("table", [
             ["Pos.", "Referencia", "Descripción", "Cant.", "Precio", "Importe"],
             ["10", "ENC-INS-M36 rev 2", "Inserto raíz pala M36 - muestra FAI / root insert, FAI sample", "10 uds",
              "41,00 €", "410,00 €"],
         ]),
         ("sp",),
         ("p", "Alcance / scope: This order covers twelve (12) sample inserts for the first article inspection "
               "(FAI) at our Aoiz blade plant."),
         ("p", "The rest of the quoted quantity (1.188 uds) is on hold and must not be started until the FAI has "
               "been signed off by our supplier quality team. The release of the balance will be communicated "
               "by our purchasing department."),
         ("p", "Entrega / delivery: DAP Aoiz (Incoterms 2020), semana 30. Certificados 3.1 EN 10204 y informe "
               "FAI con la entrega."),
         ("p", "Condiciones generales de compra ENC-CGC-2022 aplicables."),
     ], author="Inaki Goni"))])

# p04: quality plan / sample instruction that never gives the sample quantity.
case("p04_sampling_plan_no_qty", ["RG010"],
     "sample instruction 'in the quantity defined by sampling plan SP-07' (not in bundle): no active quantity; hold, FAI event and Tobias Renner present",
     [("Musterauftrag_Kabelleiterhalter_HW-KLH-12.docx", docx_bytes([
         ("h1", "Sample order note / Musterauftrag - cable ladder brackets HW-KLH-12"),
         ("p", "Hansewind Service GmbH - Technischer Einkauf - Barkhausenstraße 2, 27568 Bremerhaven"),
         ("p", "Supplier: Stalprofil Gdańsk Sp. z o.o., ul. Elbląska 64, 80-718 Gdańsk. Our order ref. "
               "HWS-2024-0611. Drawing HW-KLH-12 Ausgabe C, material S355J2+N, HDG ISO 1461."),
         ("h", "1. What to make now"),
         ("p", "Stalprofil shall manufacture the first-article samples of bracket HW-KLH-12 in the quantity "
               "defined by the Hansewind sampling plan SP-07 and deliver them with a full dimensional report "
               "and coating thickness measurements."),
         ("h", "2. What is not released"),
         ("p", "No serial production. The series quantity for the 2025 ladder retrofit campaign (approx. 900 "
               "brackets across 75 turbines) is not released, and no material may be bought for it."),
         ("p", "It stays on hold until the FAI has been signed off by Hansewind QA and a written release for a "
               "stated quantity has been issued. Release authority: Tobias Renner, Technischer Einkauf."),
         ("h", "3. Inspection characteristics"),
         ("table", [
             ["Char.", "Nominal", "Tolerance", "Method"],
             ["Hole pattern 2 x Ø18", "120 mm", "± 0,5", "CMM / gauge"],
             ["Plate thickness", "8 mm", "EN 10029 class A", "caliper"],
             ["Zinc coating", ">= 70 µm", "ISO 1461 table 3", "magnetic gauge, 5 points"],
             ["Weld a-dimension", "a4", "ISO 5817 C", "visual + gauge"],
         ]),
         ("p", "Mit freundlichen Grüßen / best regards - Tobias Renner, +49 471 902 118-40"),
     ], author="Tobias Renner"))])

# p05: thread; buyer's reply to a tolerance question is an unscoped "Go ahead."
_p05_po = """Hi João,

PO 24-0733 is attached for the retrofit ladder samples, part PGW-CL-250-R2.

This PO covers 4 sample sections only, for the fit trial in tower ER-03. The 160 sections for the
full retrofit are not released - please don't start them or buy steel for them. They are released
only after Dave Kowalczyk has signed off the fit trial and Tom Reyes (Director of Operations) sends
you a written release with the quantity.

Thanks,
Megan
"""
_p05_sup = """Hi Megan,

Quick question on drawing PGW-CL-250-R2: rung pitch is 300 mm +/-1. Our punching die gives 300 mm
+/-1.5 mm (we measured 30 rungs, worst case 1.3). Changing the die costs us 3 weeks.

Can we proceed?

Obrigado,
João Ferreira
Comercial / Sales - Metalurgia do Ave, Lda.
+351 253 540 118
"""
_p05_txt = """Hi João,

Talked to Dave this morning - +/-1.5 mm is fine for us, the ladder clamps have enough play.

Go ahead.

Megan

Megan Ostrowski | Procurement Lead | Prairie Gale Wind Services LLC | (515) 555-0148

On Wed, Jul 10, 2024 at 4:02 AM João Ferreira <joao.ferreira@metalurgiadoave.pt> wrote:
""" + quote_lines(_p05_sup) + """>
> On Tue, Jul 2, 2024 at 9:30 AM Megan Ostrowski <mostrowski@prairiegale.com> wrote:
""" + quote_lines(_p05_po, 2)
case("p05_go_ahead_unscoped", ["RG002"],
     "buyer answers a tolerance question with a bare 'Go ahead.'; quoted PO scope (4 samples, 160 on hold, Dave sign-off + Tom Reyes release) is complete",
     [("RE_PGW-CL-250-R2_rung_pitch.eml", mail(
         "Megan Ostrowski <mostrowski@prairiegale.com>", "João Ferreira <joao.ferreira@metalurgiadoave.pt>",
         "RE: PO 24-0733 / PGW-CL-250-R2 rung pitch tolerance", "Wed, 10 Jul 2024 08:51:00 -0500", _p05_txt,
         cc="Dave Kowalczyk <dkowalczyk@prairiegale.com>", in_reply_to="<h115-pitch@metalurgiadoave.pt>"))])

# p06: supplier buys material for the full 160 against a sample-only material authority.
_p06_buyer = """Dear Mr. Patel,

please find attached PO 4700022415 for the main bearing housing MBH-2800 (EN-GJS-400-18U-LT,
pattern MBH-2800-P1).

The PO covers 2 (two) FAI housings only. The balance of 158 housings is not released.
Material authority: sample only - please do not buy or pour anything for the balance.
The balance will be released only in writing by me, after Katrin Albers has signed off the FAI
report (dimensions, UT, mechanical properties from the cast-on samples).

Mit freundlichen Grüßen
Jürgen Weiß
Senior Buyer / Einkauf Gussteile
WindKraft Antriebstechnik GmbH
"""
_p06_txt = """Dear Mr. Weiß,

Greetings from Rajkot!

This is to update you on PO 4700022415 for main bearing housing MBH-2800.

1) The 2 nos. FAI castings are poured on 18th June and are under fettling. Machining will start
   on Monday, 24th June. Cast-on test bars are sent to the lab.
2) We wish to inform you that, considering the long lead time of the ductile iron grade and the
   price increase of ferro-silicon from 1st July, our management has taken the decision to book
   the pig iron, steel scrap and Fe-Si-Mg for the entire 160 nos. in this campaign itself. The
   material is received and kept in our yard under your PO number.
3) This will save minimum 8 weeks on your serial schedule.

Kindly note the same and do the needful.

Thanks & regards,
Vikram Patel
Marketing Manager - Exports
Shree Ganesh Castings Pvt. Ltd.
Plot 2212, GIDC Metoda, Rajkot - 360021, Gujarat
+91 98250 44713

-----Original Message-----
From: Jürgen Weiß <juergen.weiss@windkraft-at.de>
Sent: 05 June 2024 14:10
To: Vikram Patel <vikram@shreeganeshcastings.in>
Subject: PO 4700022415 - MBH-2800 FAI housings

""" + quote_lines(_p06_buyer)
case("p06_material_full_160", ["RG006"],
     "supplier books pig iron/Fe-Si-Mg for all 160 housings while only 2 FAI are released and material authority is sample only",
     [("MBH-2800_status_update.eml", mail(
         "Vikram Patel <vikram@shreeganeshcastings.in>", "Jürgen Weiß <juergen.weiss@windkraft-at.de>",
         "RE: PO 4700022415 - MBH-2800 FAI housings - status", "Thu, 20 Jun 2024 17:35:00 +0530", _p06_txt,
         cc="Katrin Albers <katrin.albers@windkraft-at.de>"))])

# p07: buyer contradicts her own written-release requirement.
_p07_orig = """Dear Arun,

Attached PO 4500320417 for blade root inserts BRI-M36-1200 rev C, N163 serial preparation.

- This PO covers 24 first-article inserts only.
- The remaining 2,376 pcs of quotation Q-APIPL-2024-118 are on hold. Do not start them.
- They will be released only by a written production release from Lars Holm, Category Manager
  Rotor, after Rasmus Dahl has signed off the FAI.

Best regards
Mette
"""
_p07_txt = """Dear Arun,

Quick update on timing. The N163 prototype blade set has moved forward by three weeks, so the
inserts are now on our critical path.

Rasmus will do the FAI review remotely on the 28th (video call with your CMM room, please have
the 24 inserts and the report ready from 09:00 IST).

To save time: as soon as Rasmus has signed off the FAI, you can roll straight into the 2,376
serial inserts - no need to wait for Lars's paperwork, he is on holiday until mid-August and will
tidy up the documents when he's back.

Please confirm the video call at 09:00 IST works for your CMM room.

Med venlig hilsen / Best regards
""" + sig_plain("Mette Kjær", "Strategic Buyer, Rotor Components", "Nordvind Turbines A/S",
                "+45 9718 2200", DK_DISCLAIMER) + """
-----Original Message-----
From: Mette Kjær
Sent: 10. juni 2024 13:02
To: Arun Kumar
Subject: PO 4500320417 - BRI-M36 first articles

""" + _p07_orig
case("p07_roll_straight_into_serial", ["RG007"],
     "buyer says FAI sign-off lets the supplier roll straight into the 2,376 'no need to wait for Lars's paperwork', contradicting the PO's written-release requirement",
     [("timing_BRI-M36_FAI_28June.eml", mail(
         "Mette Kjær <mette.kjaer@nordvind-turbines.dk>", "Arun Kumar <arun.kumar@anandprecision.in>",
         "N163 inserts - timing / FAI 28 June", "Mon, 24 Jun 2024 16:40:00 +0200", _p07_txt))])

# p08: supplier registers a labelled non-binding forecast as a firm order.
_p08_buyer = """Dear Amy,

Please find our rolling forecast for tower bolt sets M36x225, property class 10.9, hot-dip
galvanized (ISO 898-1 / IS 1367), drawing DWE-TB-36-225 rev 4, for calendar year 2025:

  Q1 2025   2,400 sets
  Q2 2025   2,400 sets
  Q3 2025   2,400 sets
  Q4 2025   2,400 sets

This forecast is non-binding and for your capacity planning only. It is not a purchase order and
does not authorize any production or material purchase. Actual requirements will be released by
individual call-offs signed by S. Venkatesh, GM Supply Chain.

Regards,
Rahul Deshpande
Sr. Manager - Purchase, Deccan Wind Energy Pvt. Ltd., Pune
"""
_p08_txt = """Dear Rahul,

Thank you very much for your order of 9,600 sets M36x225 tower bolts for 2025! We have registered
it in our system as firm order (our ref. SO-NDF-25-0091) and will schedule the production slots by
quarter as you show, 2,400 sets each quarter, first shipment ex Ningbo end of December.

Galvanizing capacity is also booked. Please let us know the delivery port (Nhava Sheva or Mundra)
so we can plan the containers, 20' GP, about 9 tons per container.

Best regards,
Amy Chen
Export Sales
Ningbo Dongfang Fastener Co., Ltd.
No. 88 Xingye Road, Zhenhai District, Ningbo, Zhejiang, China
Tel +86 574 8629 3310

----- Original Message -----
""" + quote_lines(_p08_buyer)
case("p08_forecast_registered_as_order", ["RG008"],
     "supplier thanks for 'your order of 9,600 sets' and registers the buyer's explicitly non-binding forecast as a firm order",
     [("RE_forecast_2025_M36_tower_bolts.eml", mail(
         "Amy Chen <amy.chen@nbdongfang-fastener.com>", "Rahul Deshpande <rahul.deshpande@deccanwind.in>",
         "RE: Rolling forecast 2025 - tower bolts M36x225", "Tue, 22 Oct 2024 15:18:00 +0800", _p08_txt))])

# p09: DOCX kick-off minutes; 'approval' used for technical, commercial and production.
case("p09_minutes_approval_three_ways", ["RG009"],
     "minutes use 'approval' for sample approval, price approval and 'approval for the series'; scope otherwise complete (8 samples, 392 on hold, Renner in writing after samples)",
     [("Protokoll_Kickoff_Kabelleitern_2024-07-03.docx", docx_bytes([
         ("h1", "Minutes - kick-off cable ladder replacement campaign 2024/25"),
         ("p", "Date: 03.07.2024, Teams. Participants: Tobias Renner, Nina Brandt (Hansewind Service GmbH); "
               "Piotr Nowak, Katarzyna Wiśniewska (Stalprofil Gdańsk Sp. z o.o.)."),
         ("h", "1. Background"),
         ("p", "Corroded cable ladders in 40 turbines of wind farm Jade-Nord must be replaced in the 2025 "
               "service window. New design HW-CL-300-C with HDG + duplex coating (ISO 12944 C5)."),
         ("h", "2. Order status"),
         ("p", "PO 45-88120 covers 8 (eight) sample ladder sections. The balance of 392 sections is on hold."),
         ("h", "3. Approvals"),
         ("p", "Approval of the samples will be given by Hansewind QA (N. Brandt) after the 720 h salt spray test. "
               "Approval of the revised prices (steel surcharge +6 %) is still pending with Hansewind "
               "management. Approval for the series will come from T. Renner in writing after the sample approval."),
         ("h", "4. Action items"),
         ("table", [
             ["No.", "Action", "Who", "Due"],
             ["1", "Ship 8 sample sections + coating report", "Stalprofil (P. Nowak)", "CW 31"],
             ["2", "Salt spray test 720 h, ISO 9227", "Hansewind QA (N. Brandt)", "CW 36"],
             ["3", "Decision on steel surcharge", "Hansewind management", "CW 33"],
             ["4", "Packaging proposal for offshore transfer (max. 1.5 t per lift)", "Stalprofil (K. Wiśniewska)", "CW 32"],
         ]),
         ("p", "Next meeting: 07.08.2024, 10:00 CET."),
     ], author="Nina Brandt"))])

# ------------------------------------------------------------------ batch 2
# c08: explicit, recorded auto-conversion (quantity, signer, conditions), multipart/alternative.
_c08_txt = """Dear Marta,

Following our call yesterday, here is the summary of contract amendment A-02 to PO 4100-7902
(nacelle covers NC-ENC-149, Monte Alto wind farm). The signed amendment is in the contract
folder; both of us signed it on 14 June 2024.

1. PO line 10 - 2 prototype nacelle cover sets (7 panels each): released for production now.

2. Auto-conversion, agreed and recorded in amendment A-02:
   If Lucía Ferrer (Calidad Proveedores) signs off the FAI of the 2 prototype sets without open
   findings, that sign-off by itself releases PO line 20 = 20 nacelle cover sets for production.
   No further release document is needed for those 20 sets. Lucía will e-mail you the signed
   FAI report; the date of her signature is the release date.

3. Anything beyond those 20 sets (the Monte Alto package totals 80 sets) is not released. It needs
   a revised PO and a separate written release from me.

4. Material: you may buy resin, glass and core for 22 sets (2 prototypes + 20 from line 20). No
   material for the rest.

Un saludo,
Ana Ruiz
Jefa de Compras
Eólica Navarra Componentes S.L.
Tel. +34 948 31 77 02
"""
_c08_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Marta,</p>
<p>Following our call yesterday, here is the summary of contract amendment <b>A-02</b> to PO 4100-7902
(nacelle covers NC-ENC-149, Monte Alto wind farm). The signed amendment is in the contract folder; both of us
signed it on 14 June 2024.</p>
<ol>
<li><b>PO line 10</b> &ndash; 2 prototype nacelle cover sets (7 panels each): released for production now.</li>
<li><b>Auto-conversion, agreed and recorded in amendment A-02:</b> if Luc&iacute;a Ferrer (Calidad Proveedores)
signs off the FAI of the 2 prototype sets without open findings, that sign-off by itself releases PO line 20 =
<b>20 nacelle cover sets</b> for production. No further release document is needed for those 20 sets. Luc&iacute;a
will e-mail you the signed FAI report; the date of her signature is the release date.</li>
<li>Anything beyond those 20 sets (the Monte Alto package totals 80 sets) is <b>not released</b>. It needs a revised
PO and a separate written release from me.</li>
<li>Material: you may buy resin, glass and core for 22 sets (2 prototypes + 20 from line 20). No material for the rest.</li>
</ol>
<p>Un saludo,<br>Ana Ruiz<br>Jefa de Compras<br>E&oacute;lica Navarra Componentes S.L.<br>Tel. +34 948 31 77 02</p>
</body></html>
"""
case("c08_explicit_auto_conversion", [],
     "explicit auto-conversion recorded in signed amendment A-02: Lucía Ferrer's FAI sign-off releases exactly 20 sets; beyond that revised PO + written release by Ana Ruiz; material for 22",
     [("Amendment_A-02_PO_4100-7902.eml", mail(
         "Ana Ruiz <ana.ruiz@eolicanavarra.es>", "Marta Costa <marta.costa@poliesternorte.pt>",
         "PO 4100-7902 - amendment A-02 (auto-conversion line 20) - summary", "Sat, 15 Jun 2024 10:05:00 +0200",
         _c08_txt, html=_c08_html, cc="Lucía Ferrer <lucia.ferrer@eolicanavarra.es>"))])

# c09: old quote forwarded as message/rfc822, declared informational; new sample PO with full scope.
_c09_old = mail(
    "Murat Aksoy <murat.aksoy@egecivata.com.tr>", "Einkauf <einkauf@hansewind-service.de>",
    "Offer blade bolts M30 / Angebot 22-1187", "Wed, 09 Nov 2022 13:20:00 +0300",
    """Dear Sirs,

thank you for your enquiry. We offer blade bolts (stud bolts) M30x3.5 x 360, 10.9, Geomet 500A:

  10.000 pcs    EUR 6,85/pc   delivery 8 weeks
   2.000 pcs    EUR 8,10/pc   delivery 6 weeks

Validity 60 days, FCA Izmir port. Payment 30 days.

Best regards
Murat Aksoy
Ege Cıvata San. ve Tic. A.Ş.
""", msgid="<h115-old-offer-22-1187@egecivata.com.tr>")
_c09_txt = """Dear Mr. Yılmaz,

as discussed, please find our PO 45-90214 for blade stud bolts M30x3.5 x 360, 10.9, Geomet 500A
(drawing HWS-BB-30-360 Ausgabe B) for our torque/tension trial at Bremerhaven.

  PO 45-90214 covers 30 (thirty) sample bolts. Please make and ship these 30 pcs only.

For reference I forward the 2022 offer from your colleague Mr. Aksoy (10.000 pcs). It is for
information only: that old figure is not an order, and nothing of it is released.

Any series quantity for the 2025 blade bearing service campaign is on hold. It will be released
only when Nina Brandt (project lead) has signed off the trial report and I send you a written
release with the quantity. Until then please do not buy bar material beyond the 30 samples.

Mit freundlichen Grüßen
Tobias Renner
Technischer Einkauf
Hansewind Service GmbH, Barkhausenstraße 2, 27568 Bremerhaven
+49 471 902 118-40
"""
case("c09_forwarded_old_quote_info", [],
     "sample PO 30 bolts; forwarded 2022 offer (10.000 pcs) declared information only/not released; series on hold until Nina Brandt sign-off + Tobias Renner written release",
     [("PO_45-90214_blade_bolts.eml", mail(
         "Tobias Renner <tobias.renner@hansewind-service.de>", "Emre Yılmaz <emre.yilmaz@egecivata.com.tr>",
         "PO 45-90214 blade stud bolts M30 - samples for trial", "Tue, 16 Jul 2024 09:40:00 +0200",
         _c09_txt, cc="Nina Brandt <nina.brandt@hansewind-service.de>",
         attachments=[("rfc822", _c09_old)]))])

# c10: supplier assumes roll-over after sample sign-off (quoted); buyer corrects it.
_c10_sup = """Dear Iñaki,

the 50 sample sets M42x290 are packed and leave Izmir on Friday with DHL Freight, arrival Noáin
CW 29.

To keep your Monte Alto schedule we suggest: once you approve the 50 sample sets we roll straight
into the 576 sets, same wire rod heat, so no time is lost.

Best regards
Emre Yılmaz
Export Manager, Ege Cıvata
"""
_c10_txt = """Emre,

thanks for the shipping info.

No - please don't. The sign-off of the 50 sample sets does not release anything else.

The 50 sets go to the tightening test at our Noáin lab first (EN 14399-2, k-class), and Lucía
Ferrer signs off the test report. After that I will send you a written release for the quantity
we need for Monte Alto, probably split in two call-offs of 288 sets (two turbines each).

Until that written release the 576 sets stay on hold: no production and no wire rod purchase
beyond what you used for the samples.

Un saludo,
Iñaki Goñi
Compras - Eólica Navarra Componentes S.L.
Tel. +34 948 31 77 15

El 10/07/2024 a las 11:02, Emre Yılmaz escribió:
""" + quote_lines(_c10_sup)
case("c10_buyer_corrects_rollover", [],
     "quoted supplier suggests rolling from sample approval into 576; buyer's reply corrects it: 576 on hold until written release from Iñaki after Lucía's test sign-off",
     [("RE_Monte_Alto_M42_samples.eml", mail(
         "Iñaki Goñi <inaki.goni@eolicanavarra.es>", "Emre Yılmaz <emre.yilmaz@egecivata.com.tr>",
         "RE: Monte Alto - M42x290 sample sets shipment", "Wed, 10 Jul 2024 13:27:00 +0200", _c10_txt,
         cc="Lucía Ferrer <lucia.ferrer@eolicanavarra.es>", in_reply_to="<h115-egeship@egecivata.com.tr>"))])

# c11: supplier says the deposit does not release production.
_c11_buyer = """Kevin,

PO LTW-7700-1204 is now in your portal inbox: nacelle cover NC-LTW-4.2, mould + 2 prototype covers
for our prototype turbine at the Ludington test site.

- Released now: the mould and 2 (two) prototype covers.
- Payment: 30% deposit on mould + prototypes against your proforma, balance on delivery.
- Serial covers (148 for the 2025 projects): not released. They will be released only in writing
  by Brian Castillo, Supply Chain Manager, after the prototype turbine has passed its load test.

Jennifer
"""
_c11_txt = """Dear Jennifer,

We received the 30% deposit USD 41,400 for the mould and the 2 prototype covers today, thank you.

Please note for your file: per your PO, this deposit is for the mould and the prototypes only. It
does not release production of the 148 serial covers. We start only the mould and the 2 prototype
covers now. For the serial covers we wait for the written release from Mr. Brian Castillo after
the prototype turbine load test.

Mould schedule: CNC plug finished CW 30, mould lamination CW 31-33, first prototype cover demould
CW 35. We will send photos every Friday.

Best regards
Kevin Zhang
Sales Manager, Export Dept.
Jiangsu Haoyu Composite Co., Ltd.
No. 6 Huanghai Road, Dafeng Port Industrial Zone, Yancheng, Jiangsu
Tel: +86 515 8356 7720  WeChat: kevinzhang_haoyu

-----Original-----
From: "Jennifer Walsh"<jwalsh@lakeshoreturbine.com>
Date: Mon, Jul 15, 2024 22:10
Subject: PO LTW-7700-1204 nacelle cover prototypes

""" + quote_lines(_c11_buyer)
case("c11_deposit_not_release", [],
     "supplier confirms the deposit covers mould + 2 prototypes only and 'does not release production' of the 148; quoted PO names Brian Castillo and the load-test event",
     [("RE_PO_LTW-7700-1204.eml", mail(
         "Kevin Zhang <kevin.zhang@haoyu-composite.cn>", "Jennifer Walsh <jwalsh@lakeshoreturbine.com>",
         "RE: PO LTW-7700-1204 nacelle cover prototypes - deposit received", "Thu, 18 Jul 2024 16:45:00 +0800",
         _c11_txt))])

# c12: SAP printout of a full-quantity PO, no balance.
case("c12_sap_full_po_bolts", [],
     "SAP PO printout: 1,152 bolt sets, complete requirement for Sangli Ph-2, no balance; ISO/IS numbers and part numbers look like quantities",
     [("ME9F_4200019933.txt", """DECCAN WIND ENERGY PVT. LTD.                                   PURCHASE ORDER
Survey No. 112/2, Chakan MIDC Phase II, Pune 410501             Page 1 of 1
GSTIN 27AABCD4410M1ZQ
--------------------------------------------------------------------------------------------
PO Number      : 4200019933                  PO Date       : 02.09.2024
Vendor         : 700318  NINGBO DONGFANG FASTENER CO., LTD.
                 No. 88 Xingye Road, Zhenhai District, Ningbo, Zhejiang, CN
Purch. Group   : P14  (Rahul Deshpande)      Currency      : USD
Incoterms      : CIF Nhava Sheva             Payment terms : 60 days from B/L date
--------------------------------------------------------------------------------------------
Itm  Material         Short text                               Qty      UoM  Net price   Net value
--------------------------------------------------------------------------------------------
00010 TB-M36-225-109  TOWER BOLT SET M36X225 10.9 HDG         1,152    SET   4.860      5,598.72
                      Std: ISO 898-1 / IS 1367-3 / EN 14399-4
                      Drg: DWE-TB-36-225 Rev 4
                      Deliv. date: 15.11.2024
--------------------------------------------------------------------------------------------
                                                           Total net value   USD   5,598.72
Header text:
  Wind Farm Sangli Ph-2, 8 turbines x 144 sets. This PO is the complete requirement for
  Sangli Ph-2: no balance quantity, no further lots under this PO.
  Packing: seaworthy wooden cases, max 1,000 kg, ISPM-15, marking "DWE / SANGLI PH-2".
  Documents: MTC 3.1 (EN 10204), galvanizing report (ISO 10684), packing list, COO.
--------------------------------------------------------------------------------------------
Created by: RDESHPANDE   Released (SAP): 02.09.2024 11:32   Print: ME9F / ZNEU
""")])

# c13: deviation permit, explicitly scoped.
case("c13_deviation_permit", [],
     "deviation permit for 6 of the 24 FAI inserts; states it releases no production quantity; serial on hold until FAI sign-off by Rasmus Dahl + written release by Lars Holm",
     [("DP-NT-2024-0118.docx", docx_bytes([
         ("h1", "Deviation Permit DP-NT-2024-0118"),
         ("p", "Nordvind Turbines A/S - Supplier Quality. Supplier: Anand Precision Inserts Pvt. Ltd. (vendor 210447). "
               "PO 4500318822, line 10. Part BRI-M36-1200 rev C, drawing DRG 40120 rev 3."),
         ("h", "Deviation"),
         ("table", [
             ["Item", "Requirement", "Actual", "Affected parts"],
             ["Balloon 17 - thread run-out", "max. 2 P", "2.5 P (max. measured 7.4 mm)", "FAI inserts s/n 07-12 (6 pcs)"],
             ["Balloon 31 - chamfer 1x45°", "1 ± 0.2 mm", "1.25 mm", "s/n 09 only"],
         ]),
         ("h", "Disposition"),
         ("p", "The 6 inserts s/n 07-12 may be used as-is in the N163 prototype blade set (root test section only). "
               "Reason: the run-out lies outside the bonded length; no effect on pull-out strength (calc. RD-24-311)."),
         ("h", "Limits"),
         ("li", "This permit covers the 6 pieces listed above and nothing else."),
         ("li", "It does not release any production quantity and does not change the PO scope."),
         ("li", "The serial quantity remains on hold until Rasmus Dahl has signed off the complete FAI and Lars Holm, "
                "Category Manager Rotor, has issued a written production release with a quantity."),
         ("li", "Serial parts must meet drawing DRG 40120 rev 3 without deviation."),
         ("sp",),
         ("table", [
             ["Function", "Name", "Signed", "Date"],
             ["SQE", "Rasmus Dahl", "R. Dahl", "02.07.2024"],
             ["Design (Rotor)", "Anne Skovgaard", "A. Skovgaard", "02.07.2024"],
             ["Purchasing", "Mette Kjær", "M. Kjær", "03.07.2024"],
         ]),
     ], author="Rasmus Dahl"))])

# c14: call-off schedule PDF; forecast rows labelled not released; next call-off by a named person.
case("c14_calloff_schedule_pdf", [],
     "call-off schedule: 8 turbine sets released; forecast rows labelled 'FORECAST - not released', no material liability; next call-off signed by Brian Castillo",
     [("CallOff_CO-LTW-24-07.pdf", pdf([
         ("h1", "Call-off schedule CO-LTW-24-07"),
         ("p", "Lakeshore Turbine Works Inc. - 1400 Lakeshore Dr, Muskegon, MI 49441. Supplier: Metalurgia do Ave, Lda., "
               "Guimarães, Portugal. Frame agreement LTW-FA-0102 (tower cable ladder kits LTW-CLK-105, 14 sections per kit)."),
         ("p", "Issued: August 19, 2024. Buyer: Jennifer Walsh."),
         ("table", [
             ["Status", "Project / turbines", "Kits", "Sections", "Ship week"],
             ["RELEASED", "Blue Mound Wind, IL - T01-T04", "4", "56", "2024-W40"],
             ["RELEASED", "Blue Mound Wind, IL - T05-T08", "4", "56", "2024-W42"],
             ["FORECAST - not released", "Blue Mound Wind, IL - T09-T20", "12", "168", "2025-Q1"],
             ["FORECAST - not released", "Cedar Bluff Wind, KS - T01-T20", "20", "280", "2025-Q2"],
         ]),
         ("sp",),
         ("p", "Production authority: only the RELEASED rows, i.e. 8 kits (112 sections) in total. Forecast rows are not "
               "released, are not an order and carry no material liability for Lakeshore."),
         ("p", "The next call-off (Blue Mound T09-T20) will be signed by Brian Castillo, Supply Chain Manager, after the "
               "installation sequence for T09-T20 is frozen by the project team."),
         ("p", "Packing: kits packed per turbine, crate label LTW / project / turbine no. ASN 48 h before pickup."),
     ], pagesize=LETTER, title="CO-LTW-24-07", author="Jennifer Walsh"))])

# c15: supplier acknowledgement restating the hold (multipart/alternative), buyer scope quoted.
_c15_buyer = """Dear Marek,

Please find PO 4500321190 for one (1) prototype nacelle cover set NC-N163-PT (7 GRP panels + roof
hatch frame) for the N163 prototype turbine at Østerild.

The serial cover sets for the 2025 wind farm projects (estimate: 60 sets, not an order) are not
released. Do not start them and do not buy material for them. They will be released only by a
written release from me after the type certification measurements at Østerild are completed.

Best regards
Peter Vinther
Category Manager Nacelle, Nordvind Turbines A/S
"""
_c15_txt = """Dear Peter,

We acknowledge PO 4500321190 as written:

  - 1 (one) prototype nacelle cover set NC-N163-PT, delivery DAP Østerild, CW 38.
  - The serial cover sets are not released. We will not start them and will not buy material for
    them until we receive a written release from you after the type certification measurements
    at Østerild are completed.

Lamination of the prototype panels starts CW 33 in hall B. Gelcoat colour RAL 7035 confirmed.

Z poważaniem / Best regards
Marek Zieliński
Sales & Projects
Pomorskie Kompozyty Sp. z o.o.
ul. Hutnicza 38, 81-061 Gdynia
+48 58 620 41 17

---------- Original message ----------
""" + quote_lines(_c15_buyer)
_c15_html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Peter,</p>
<p>We acknowledge PO 4500321190 as written:</p>
<ul>
<li>1 (one) prototype nacelle cover set NC-N163-PT, delivery DAP &Oslash;sterild, CW 38.</li>
<li>The serial cover sets are <b>not released</b>. We will not start them and will not buy material for them
until we receive a written release from you after the type certification measurements at &Oslash;sterild are completed.</li>
</ul>
<p>Lamination of the prototype panels starts CW 33 in hall B. Gelcoat colour RAL 7035 confirmed.</p>
<p>Z powa&#380;aniem / Best regards<br>Marek Zieli&#324;ski<br>Sales &amp; Projects<br>Pomorskie Kompozyty Sp. z o.o.<br>
ul. Hutnicza 38, 81-061 Gdynia<br>+48 58 620 41 17</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>Dear Marek,</p>
<p>Please find PO 4500321190 for one (1) prototype nacelle cover set NC-N163-PT (7 GRP panels + roof hatch frame)
for the N163 prototype turbine at &Oslash;sterild.</p>
<p>The serial cover sets for the 2025 wind farm projects (estimate: 60 sets, not an order) are not released. Do not
start them and do not buy material for them. They will be released only by a written release from me after the type
certification measurements at &Oslash;sterild are completed.</p>
<p>Best regards<br>Peter Vinther<br>Category Manager Nacelle, Nordvind Turbines A/S</p>
</blockquote>
</body></html>
"""
case("c15_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates scope: 1 prototype set, serial not released until written release from Peter Vinther after type certification measurements; estimate labelled not an order",
     [("ACK_PO_4500321190.eml", mail(
         "Marek Zieliński <marek.zielinski@pomkomp.pl>", "Peter Vinther <peter.vinther@nordvind-turbines.dk>",
         "ACK: PO 4500321190 - prototype nacelle cover set NC-N163-PT", "Fri, 26 Jul 2024 12:14:00 +0200",
         _c15_txt, html=_c15_html))])

# p10: supplier portal, header says 10 released, line says 12.
_p10_body = """
<h2>WindKraft Lieferantenportal &raquo; Bestellung / Purchase order 4700023008</h2>
<p>Lieferant / supplier: <b>Jiangsu Haoyu Composite Co., Ltd.</b> (Kreditor 880214) &nbsp;|&nbsp;
Einkäufer / buyer: Jürgen Weiß &nbsp;|&nbsp; Datum: 08.08.2024</p>
<div class="note"><b>Freigegebene Menge / released quantity: 10 prototype nacelle covers (WKA-NC-6X, Rev. B).</b></div>
<h3>Positionen / lines</h3>
<table>
<tr><th>Pos.</th><th>Material</th><th>Bezeichnung / description</th><th>Menge / qty</th><th>Status</th><th>Liefertermin</th></tr>
<tr><td>10</td><td>WKA-NC-6X-B</td><td>Maschinenhausverkleidung Prototyp / nacelle cover, prototype</td><td>12 ST</td><td>freigegeben / released</td><td>KW 44</td></tr>
<tr><td>20</td><td>WKA-NC-6X-B</td><td>Maschinenhausverkleidung Serie / nacelle cover, serial</td><td>138 ST</td><td>gesperrt / not released</td><td>tbd</td></tr>
</table>
<p>Position 20 bleibt gesperrt, bis die Typprüfung (DNV) abgeschlossen ist und Dr. Frank Lemke, Leiter Einkauf,
eine schriftliche Freigabe mit Menge erteilt hat. / Line 20 stays on hold until the DNV type test is completed and
Dr. Frank Lemke, Head of Purchasing, has issued a written release stating the quantity.</p>
<p>Materialberechtigung / material authority: nur Prototypen / prototype quantity only.</p>
<p style="font-size:11px;color:#666">Lieferantenportal v5.3 &middot; Support: portal@windkraft-at.de &middot; Es gelten die AEB der WindKraft Antriebstechnik GmbH.</p>
"""
case("p10_portal_10_vs_12", ["RG011"],
     "portal header: released quantity 10 prototype covers; line 10 shows 12 ST released; hold/event/person (Dr. Frank Lemke) complete",
     [("Lieferantenportal_Bestellung_4700023008.html",
       html_page("Bestellung 4700023008", _p10_body, lang="de"))])

# p11: supplier treats the advance payment as authority for the serial covers.
_p11_buyer = """Dear Kevin,

Please find attached PO DWE/NC/2024/0319 for nacelle covers NC-DW-3.3 for our 3.3 MW platform.

  - PO covers 3 (three) prototype nacelle covers + mould. Please start these.
  - 30% advance against your proforma for mould + prototypes, balance against documents.
  - The 120 serial covers for FY 2025-26 are NOT released. Serial production only after the
    prototype type testing at our Kayathar test site and a written release signed by
    S. Venkatesh, GM Supply Chain.

Regards,
Rahul Deshpande
Sr. Manager - Purchase, Deccan Wind Energy Pvt. Ltd.
"""
_p11_txt = """Dear Rahul,

Good day!

We have received your 30% advance payment USD 38,700 today, thank you very much.

As the payment is received, we understand the order is confirmed, so we start the mass production
of the 120 covers together with the 3 prototypes, to use the same mould campaign and save cost
for you. Estimated first container of serial covers: end of November.

Any question please feel free to contact me.

Best regards
Kevin Zhang
Sales Manager, Export Dept.
Jiangsu Haoyu Composite Co., Ltd.
Tel: +86 515 8356 7720

-----Original-----
""" + quote_lines(_p11_buyer)
case("p11_advance_paid_mass_production", ["RG012"],
     "supplier: advance received, 'as the payment is received ... we start the mass production of the 120 covers'; quoted PO scope complete",
     [("RE_PO_DWE-NC-2024-0319.eml", mail(
         "Kevin Zhang <kevin.zhang@haoyu-composite.cn>", "Rahul Deshpande <rahul.deshpande@deccanwind.in>",
         "RE: PO DWE/NC/2024/0319 nacelle covers NC-DW-3.3", "Mon, 12 Aug 2024 09:03:00 +0800", _p11_txt))])

# p12: Teams chat; supplier buys material for 40 sets and assumes roll-over after prototype sign-off.
case("p12_teams_resin_for_40", ["RG006", "RG007"],
     "chat: 2 prototype sets released, 40 not released until Peter's written release; supplier orders resin/glass for 40 now and plans to go straight into the 40 after prototype sign-off",
     [("Teams_export_NC-N163_PoliesterNorte.txt", """[Microsoft Teams] Chat export - "NC-N163 covers / Poliéster Norte"
Participants: Peter Vinther (Nordvind Turbines A/S), Marta Costa (Poliéster Norte, Lda.) (Guest)
Exported 29/08/2024 18:40 (UTC+02:00)
==========================================================================================

27/08/2024 07:58  Peter Vinther
Bom dia Marta. PO 4500322060 is in your inbox. Scope, short version:
- 2 prototype cover sets for the N163 prototypes at Østerild - go on those 2 now
- the 40 sets for Thyborøn Øst are NOT released, don't start them
- the 40 get released only in writing by me, after the type-cert load test report is in

27/08/2024 08:20  Marta Costa
Bom dia Peter, received, thank you. Moulds are free from next week.

28/08/2024 16:05  Marta Costa
Peter, one thing for planning. Our resin supplier (Ashland dealer in Porto) has a good price
this month, so we will order the resin and the glass for the 40 sets now, together with the
prototypes. Delivery 3 weeks.

28/08/2024 16:07  Marta Costa
And after your prototype sign-off we go straight into the 40 sets, same moulds, same team -
no gap and no restart cost for you 😊

28/08/2024 16:31  Peter Vinther
Noted, thanks. Boarding now, talk Friday.

29/08/2024 09:12  Marta Costa
Prototype set 1 - plug check done, lamination Monday.
""")])

# p13: call-off PDF; text says 10 kits, table totals 8; forecast to be treated as firm order.
case("p13_calloff_10_vs_8_forecast_firm", ["RG008", "RG011"],
     "call-off text releases 10 turbine kits, table lists T21-T28 = 8 kits; forecast of 36 kits 'to be treated as a firm order'",
     [("Llamada_7_Monte_Alto_ENC.pdf", pdf([
         ("h1", "Call-off no. 7 / Llamada de entrega n.º 7"),
         ("p", "Eólica Navarra Componentes S.L. to Ege Cıvata San. ve Tic. A.Ş. - frame agreement ENC-FA-2024-03, "
               "tower bolt kits TBK-M42 (144 HV sets M42x290 per turbine kit)."),
         ("p", "Date: 02.09.2024. Buyer: Iñaki Goñi."),
         ("p", "This call-off releases 10 turbine kits for wind farm Monte Alto, turbines T21 to T30."),
         ("table", [
             ["Turbine", "Kits", "HV sets", "Delivery (CW)"],
             ["T21-T22", "2", "288", "40"],
             ["T23-T24", "2", "288", "41"],
             ["T25-T26", "2", "288", "42"],
             ["T27-T28", "2", "288", "43"],
             ["Total this call-off", "8", "1.152", ""],
         ]),
         ("sp",),
         ("h", "Forecast"),
         ("p", "Forecast weeks 44-52: 36 turbine kits (Monte Alto T31-T48 and Sierra de Luna T01-T18). Please treat this "
               "forecast as a firm order and reserve your capacity accordingly."),
         ("h", "Not released"),
         ("p", "Quantities beyond this call-off are not released for production. The next call-off will be signed by "
               "Ana Ruiz, Jefa de Compras, once the erection sequence for T31 onwards is confirmed."),
         ("p", "Documents per delivery: 3.1 certificates, k-class test report EN 14399-2, packing list per kit."),
     ], title="Call-off 7", author="Inaki Goni"))])

# p14: two files of one order: e-mail says 6 FAI housings, the PO PDF says 5.
_p14_po = pdf([
    ("h1", "PURCHASE ORDER 7700-1182"),
    ("p", "Lakeshore Turbine Works Inc., 1400 Lakeshore Dr, Muskegon, MI 49441, USA"),
    ("p", "Vendor: Qingdao Hengtai Heavy Forging Co., Ltd., Jiaozhou, Qingdao, Shandong, China. Vendor no. 40388."),
    ("p", "Date: June 24, 2024. Buyer: Jennifer Walsh. Terms: FOB Qingdao, 30% T/T advance on FAI lot, 70% against B/L copy."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
        ["1", "LTW-MBH-4200 rev A", "Main bearing housing, forged + machined, 42CrMo4 QT - FAI lot", "5 EA",
         "$18,400.00", "$92,000.00"],
    ]),
    ("sp",),
    ("p", "Scope: FAI lot only. The serial housings for the LTW-4.2 platform are not released under this PO."),
    ("p", "Unlock: FAI signed off by Lakeshore supplier quality, then a written release with quantity from Brian "
          "Castillo, Supply Chain Manager. Material authority: FAI lot only."),
], pagesize=LETTER, title="PO 7700-1182", author="Jennifer Walsh")
_p14_txt = """Hi Li Wei,

PO 7700-1182 for the LTW-4.2 main bearing housings went out through our portal this morning (PDF
copy in the same folder on our shared drive).

To repeat the scope: the PO covers 6 FAI housings, forged and fully machined, with the FAI
package (dimensional, UT per ASTM A388, mechanicals from the prolongation).

The serial housings are not released - please don't forge or buy material for them. Release
only in writing from Brian Castillo, Supply Chain Manager, after our supplier quality has signed
off the FAI.

Target for the FAI lot: ex works Qingdao week 36.

Thanks,
Jennifer

Jennifer Walsh | Buyer, Castings & Forgings | Lakeshore Turbine Works Inc. | +1 231 555 0192
"""
case("p14_mail_6_vs_po_5", ["RG011"],
     "two files of one order: PO PDF line 1 = 5 EA FAI housings, cover e-mail says the PO covers 6 FAI housings; hold/event/Brian Castillo present",
     [("PO_7700-1182.pdf", _p14_po),
      ("mail_PO_7700-1182_scope.eml", mail(
          "Jennifer Walsh <jwalsh@lakeshoreturbine.com>", "Li Wei <liwei@qdhengtai.com>",
          "PO 7700-1182 LTW-MBH-4200 FAI housings", "Mon, 24 Jun 2024 09:15:00 -0400", _p14_txt))])

# p15: buyer writes the forecast as a firm commitment.
_p15_txt = """Dear Marek,

Thank you for the quick quote for the root inserts VB-RI-M30-800 rev E.

PO 4410-2388 is attached in our portal. It covers 12 (twelve) inserts for the pull-out test
series at our Esbjerg lab. Nothing else is released: serial inserts stay on hold until Camilla
Thygesen has signed off the pull-out test report and I have sent you a written release with a
quantity.

For your capacity planning: our forecast for 2025 is 14,400 inserts (about 150 blade sets for
the VB-71.5). You can take this forecast as a firm commitment from Vestkyst - we will take all
of it during 2025, so please plan your second pultrusion line for us. This is not a release -
production of anything beyond the 12 still needs my written release.

Med venlig hilsen
Henrik Møller
Head of Supply Chain
Vestkyst Blades ApS
Kvaglundvej 88, 6705 Esbjerg Ø
+45 7612 4400
"""
case("p15_forecast_firm_commitment", ["RG008"],
     "buyer calls the 2025 forecast of 14,400 inserts 'a firm commitment ... we will take all of it'; sample scope (12, hold, test sign-off, Henrik Møller release) complete",
     [("PO_4410-2388_pullout_inserts.eml", mail(
         "Henrik Møller <hm@vestkystblades.dk>", "Marek Zieliński <marek.zielinski@pomkomp.pl>",
         "PO 4410-2388 - root inserts for pull-out test + 2025 outlook", "Wed, 04 Sep 2024 14:22:00 +0200",
         _p15_txt, cc="Camilla Thygesen <ct@vestkystblades.dk>"))])

# p16: buyer: advance remitted, 'you may kindly proceed at your end'.
_p16_orig = """Dear Vikram ji,

Please find PO DWE/BH/24-25/0207 for main bearing housing DW-MBH-33 (EN-GJS-400-18U-LT).

  - PO covers 4 (four) FAI housings, fully machined.
  - Balance 236 nos. is on hold - do not start.
  - Balance will be released only by written release from S. Venkatesh, GM Supply Chain,
    after FAI sign-off by Priya Nair (SQA).

Regards,
Rahul Deshpande
"""
_p16_txt = """Dear Vikram ji,

This is to inform you that the advance payment of 20% (INR 18,40,000) against your proforma invoice
PI/SGC/24-25/077 has been remitted today vide UTR no. HDFCR52024061800471. Kindly check with your
accounts team and confirm receipt.

As the advance is now with you, you may kindly proceed at your end.

Please share the weekly progress report every Monday till dispatch, with photos of the
moulding boxes and the pouring records.

Thanks & Regards,
Rahul Deshpande
Sr. Manager - Purchase
Deccan Wind Energy Pvt. Ltd., Chakan, Pune
+91 98220 47731

-----Original Message-----
From: Rahul Deshpande
Sent: 03 June 2024 12:40
To: Vikram Patel
Subject: PO DWE/BH/24-25/0207 - DW-MBH-33 FAI housings

""" + _p16_orig
case("p16_advance_remitted_proceed", ["RG002", "RG012"],
     "buyer: advance remitted, 'as the advance is now with you, you may kindly proceed at your end' - payment as trigger and an unscoped proceed; quoted PO scope complete",
     [("PO_DWE-BH-24-25-0207_update.eml", mail(
         "Rahul Deshpande <rahul.deshpande@deccanwind.in>", "Vikram Patel <vikram@shreeganeshcastings.in>",
         "Advance payment - PO DWE/BH/24-25/0207", "Tue, 18 Jun 2024 17:02:00 +0530", _p16_txt))])

# ------------------------------------------------------------------ batch 3
# c16: HTML PO print from a US service company, pilot castings with full scope.
_c16_body = """
<table style="border:none;width:100%"><tr>
<td style="border:none"><h2 style="margin:0">Prairie Gale Wind Services LLC</h2>2210 Dayton Ave, Ames, IA 50010<br>(515) 555-0148</td>
<td style="border:none;text-align:right"><h2 style="margin:0">PURCHASE ORDER</h2>No. <b>24-1041</b><br>Date: 09/03/2024<br>Buyer: Megan Ostrowski</td>
</tr></table>
<p><b>Vendor:</b> Kocaeli Döküm San. A.Ş., Gebze OSB 3. Cad. No:14, 41400 Gebze / Kocaeli, Türkiye (Vendor V-1152)<br>
<b>Ship to:</b> Elk Ridge Wind Farm O&amp;M, 3150 County Rd E18, Story City, IA 50248 &nbsp;|&nbsp; <b>Terms:</b> Net 45, DAP (Incoterms 2020)</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Ext.</th></tr>
<tr><td>1</td><td>PGW-MBH-R1</td><td>Main bearing housing, retrofit design R1, EN-GJS-400-18U-LT, rough machined &ndash; pilot</td><td>2</td><td>EA</td><td>$14,950.00</td><td>$29,900.00</td></tr>
<tr><td>2</td><td>PGW-MBH-R1-DOC</td><td>Pilot documentation pack (UT EN 12680-3, chem., mech., dimensional)</td><td>1</td><td>LOT</td><td>$1,200.00</td><td>$1,200.00</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> This PO covers the 2 pilot housings for the field retrofit trial on turbines ER-04 and ER-09 only.</p>
<p>The remaining 22 retrofit housings for Elk Ridge are <b>not released</b> and not ordered. Do not pour them or buy
material for them. They will be released only after Dave Kowalczyk, Site Manager, has signed off the field trial
(6 months of vibration data) and Tom Reyes, Director of Operations, has sent a written release stating the quantity.</p>
</div>
<p style="font-size:11px">Acceptance of this PO is acceptance of Prairie Gale Terms &amp; Conditions rev. 2023-04. Questions: purchasing@prairiegale.com</p>
"""
case("c16_html_po_pilot_housings", [],
     "HTML PO: 2 pilot housings (+1 LOT doc pack), 22 retrofit housings not released until Dave Kowalczyk trial sign-off + written release by Tom Reyes",
     [("PO_24-1041_print.html", html_page("PO 24-1041", _c16_body))])

# c17: ERP printout of a production release notice.
case("c17_erp_release_notice", [],
     "release notice: 240 pcs released by Lars Holm after FAI sign-off; balance 2,136 on hold until the next release after the Thyborøn Øst call-off",
     [("REL-0042_BRI-M36-1200.txt", """NORDVIND TURBINES A/S          PRODUCTION RELEASE NOTICE          PRINT 15.08.2024 08:12
MM-REL / ZREL01                                                              PAGE 1/1
==========================================================================================
Release no.     : REL-0042                 Date           : 15.08.2024
Supplier        : 210447 ANAND PRECISION INSERTS PVT. LTD., COIMBATORE
Material        : BRI-M36-1200  Rev C      BLADE ROOT INSERT M36X3 42CRMO4 QT
Purchase order  : 4500320417 / 00020       Quote ref.     : Q-APIPL-2024-118
------------------------------------------------------------------------------------------
Quoted total (quote Q-APIPL-2024-118)                          2,400 PC
  FAI lot  (PO 4500320417/00010)     shipped + signed off         24 PC
  Released with THIS notice                                      240 PC   <== ACTIVE
  Balance                                                      2,136 PC   ON HOLD
------------------------------------------------------------------------------------------
Basis           : FAI report FAI-API-2024-031 signed off by Rasmus Dahl (SQE) on 09.08.2024
Released by     : Lars Holm, Category Manager Rotor (limit 150.000 EUR)
Material auth.  : for the 240 PC of this release only
Delivery        : 4 lots x 60 PC, CW 37 / 39 / 41 / 43, DAP Brande
------------------------------------------------------------------------------------------
Balance 2,136 PC is NOT released. It will be released only by a further release notice
from Lars Holm after the Thyborøn Øst turbine call-off has been issued.
Do not start, and do not buy material for, any quantity above 240 PC.
==========================================================================================
""")])

# c18: full-quantity order full of identifiers that look like quantities.
_c18_txt = """Sehr geehrte Frau Demir, dear Ms. Demir,

following your offer KD-OF-24-3300 we order the complete set of replacement housings for the
Jade-Nord retrofit:

  PO 45-91002, pos. 10: 10 (ten) main bearing housings PN 1000-2400-360,
  drawing DRG 36000 Rev 12, material EN-GJS-400-18U-LT, UT per EN 12680-3 level 2.

This is the complete order. There is no further quantity behind it, no option and no balance:
WEA 01-10 of wind farm Jade-Nord get one housing each, and no other turbines of that type are in
our service fleet. Please proceed with the 10 housings.

Some details so nothing gets mixed up:
- Lifting lugs rated 2 x 600 kN, thread M30x3.5 for the eye bolts.
- Your quality system ISO 9001:2015 certificate no. 3300-QM-2211 is on file.
- Delivery to our hall 3000 in Bremerhaven (Barkhausenstraße 2, gate 4), max. 2 housings per truck
  (approx. 7.400 kg each).
- Please reference NCR-2024-0500 on the CoC: it explains why the Rev 11 housings are being replaced.

Mit freundlichen Grüßen / best regards
Tobias Renner
Technischer Einkauf
Hansewind Service GmbH
+49 471 902 118-40
"""
case("c18_identifiers_full_order", [],
     "full-quantity order for 10 housings, explicitly no balance; PN 1000-2400-360, DRG 36000 Rev 12, 2 x 600 kN, ISO 9001:2015, hall 3000, NCR-2024-0500 are not quantities",
     [("Bestellung_45-91002_Jade-Nord.eml", mail(
         "Tobias Renner <tobias.renner@hansewind-service.de>", "Ayşe Demir <ayse.demir@kocaelidokum.com.tr>",
         "Bestellung / PO 45-91002 - main bearing housings Jade-Nord retrofit", "Thu, 12 Sep 2024 11:30:00 +0200",
         _c18_txt))])

# c19: two files: sample PO (Indian English) + supplier quote; PO says the serial figure is for information.
_c19_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Deccan Wind Energy Pvt. Ltd., Survey No. 112/2, Chakan MIDC Phase II, Pune 410501. GSTIN 27AABCD4410M1ZQ."),
    ("p", "PO No.: DWE/BH/24-25/0388. Date: 21.10.2024. Vendor: Kocaeli Döküm San. A.Ş., Gebze, Türkiye. "
          "Ref.: your quotation KD-OF-24-3471 dt. 14.10.2024."),
    ("table", [
        ["Sr.", "Item code", "Description", "Qty", "Unit", "Rate (EUR)", "Amount (EUR)"],
        ["1", "DW-MBH-40", "Main bearing housing 4.0 MW, EN-GJS-400-18U-LT, machined - FAI", "6", "Nos.", "9,850.00",
         "59,100.00"],
    ]),
    ("sp",),
    ("h", "Special instructions"),
    ("p", "1. This PO is for 6 (six) FAI housings only."),
    ("p", "2. The serial quantity in your quotation (600 nos.) is mentioned for information only. It is not released "
          "and is not covered by this PO."),
    ("p", "3. Serial quantity will be released only after the FAI is signed off by Priya Nair (SQA) and a written "
          "release with quantity is issued by S. Venkatesh, GM Supply Chain."),
    ("p", "4. Material may be procured for the 6 FAI housings only."),
    ("p", "Terms: CIF Nhava Sheva, payment 60 days from B/L. For Deccan Wind Energy Pvt. Ltd. - Rahul Deshpande, "
          "Sr. Manager - Purchase."),
], title="PO DWE/BH/24-25/0388", author="Rahul Deshpande")
_c19_quote = pdf([
    ("h1", "TEKLİF / OFFER KD-OF-24-3471"),
    ("p", "Kocaeli Döküm San. A.Ş. - Gebze OSB 3. Cad. No:14, 41400 Gebze / Kocaeli. To: Deccan Wind Energy Pvt. Ltd., "
          "Pune. Attn. Mr. Rahul Deshpande. Date 14.10.2024, validity 60 days."),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price EUR", "Delivery"],
        ["1", "DW-MBH-40 main bearing housing, machined, FAI incl. full report", "6 pcs", "9.850,00", "10 weeks"],
        ["2", "DW-MBH-40 main bearing housing, machined, serial", "600 pcs", "7.420,00", "from 8 weeks after release, 40 pcs/month"],
        ["3", "Pattern and core boxes (one-time)", "1 set", "46.000,00", "included in FAI lead time"],
    ]),
    ("p", "Prices CIF Nhava Sheva. Surcharge clause: alloy and energy index, quarterly. Payment 60 days from B/L."),
    ("p", "Ayşe Demir - Sales Engineer - ayse.demir@kocaelidokum.com.tr - +90 262 751 22 40"),
], title="KD-OF-24-3471", author="Ayse Demir")
case("c19_po_plus_quote_folder", [],
     "folder of PO PDF + quote PDF: 6 FAI housings; quote's 600 serial declared 'for information only, not released'; FAI sign-off by Priya Nair + written release by S. Venkatesh",
     [("PO_DWE-BH-24-25-0388.pdf", _c19_po), ("KD-OF-24-3471_offer.pdf", _c19_quote)])

# c20: DOCX production release letter after sample sign-off, keeps the words apart.
case("c20_release_letter_lot1", [],
     "release letter: sample sign-off recorded separately; releases 480 inserts (lot 1); balance 960 not released until lot 1 incoming acceptance + next release by Henrik Møller",
     [("VB-REL-2024-014_release_letter.docx", docx_bytes([
         ("h1", "Production release VB-REL-2024-014"),
         ("p", "Vestkyst Blades ApS, Kvaglundvej 88, 6705 Esbjerg Ø - to Pomorskie Kompozyty Sp. z o.o., Gdynia."),
         ("p", "Part: blade root insert VB-RI-M30-800 rev E. Date: 19.07.2024."),
         ("h", "1. Basis"),
         ("table", [
             ["Step", "Document", "Result", "By / date"],
             ["Sample sign-off", "FAI report PK-FAI-0457 + pull-out test TR-2024-118", "signed off without findings",
              "Camilla Thygesen, SQE - 12.07.2024"],
             ["Commercial cover", "Revised PO 4410-2290-01", "PO issued for 1,440 pcs", "Søren Bech - 15.07.2024"],
             ["Production release", "this letter", "480 pcs released", "Henrik Møller - 19.07.2024"],
         ]),
         ("h", "2. What is released"),
         ("p", "This letter releases 480 (four hundred and eighty) inserts, lot 1, for production: 6 blade sets for the "
               "VB-71.5 blades of wind farm Horns Ende. Delivery in two parts, CW 33 and CW 35."),
         ("h", "3. What is not released"),
         ("p", "The balance of 960 inserts on PO 4410-2290-01 is not released. Do not start it. Material authority is "
               "limited to lot 1 (480 steel cores)."),
         ("p", "The next release will be issued in writing by Henrik Møller, Head of Supply Chain, after lot 1 has passed "
               "incoming inspection in Esbjerg (lot acceptance)."),
         ("sp",),
         ("p", "Henrik Møller - Head of Supply Chain - +45 7612 4400"),
     ], author="Henrik Moller"))])

# c21: WeChat-style chat export; supplier buys material for the prototype set only.
case("c21_wechat_material_one_set", [],
     "chat: PO = 1 prototype spinner set; 59 serial sets not released until Peter's written release after Østerild measurements; supplier buys material for 1 set only",
     [("WeChat_Haoyu_Nordvind_spinner.txt", """WeChat chat history export  |  "Haoyu x Nordvind spinner SP-N163"
Exported on 2024-09-06 21:14 (GMT+8)
-----------------------------------------------------------------------
2024-09-02 15:31  Peter Vinther (Nordvind):
Hi Lily, PO 4500322555 sent by mail today. It is for 1 prototype spinner set SP-N163 (3 segments
+ nose cone) for the second N163 prototype. The 59 serial sets for Thyborøn Øst and Klitmøller are
NOT released. They will be released only by my written release after the Østerild measurements.
2024-09-02 15:40  Lily Wang (Haoyu Composite):
Received Peter, thank you! We check the drawing SP-N163-100 rev D tonight.
2024-09-03 10:02  Lily Wang (Haoyu Composite):
[Image]
2024-09-03 10:03  Lily Wang (Haoyu Composite):
Peter, resin and glass fabric for 1 set is prepared, only for the prototype set as your PO. For
the 59 sets we don't buy any material, we wait your release 🙏
2024-09-03 10:15  Peter Vinther (Nordvind):
Perfect, thanks Lily. Please send the lamination plan for segment 2, the flange area worries me.
2024-09-04 18:22  Lily Wang (Haoyu Composite):
[File] SP-N163_lamination_plan_seg2_v2.pdf
2024-09-04 18:23  Lily Wang (Haoyu Composite):
Flange area we add 2 layers UD 1200 g/m2, total thickness 14 mm. Please check.
-----------------------------------------------------------------------
""")])

# c22: labelled forecast e-mail from the buyer.
_c22_txt = """Dear Emre,

As promised in Hamburg, here is our outlook for blade bolts M36x3 x 420 (10.9, Geomet 500A,
drawing LTW-BB-36-420 rev C) for 2025. Please read it as a forecast only:

  Q1 2025    8 turbine sets   (  8 x 162 = 1,296 bolts)
  Q2 2025   14 turbine sets   (2,268 bolts)
  Q3 2025   12 turbine sets   (1,944 bolts)
  Q4 2025    6 turbine sets   (  972 bolts)      -> roughly 6.5k bolts for the year

This forecast is non-binding. It is not an order, it releases nothing and Lakeshore takes no
liability for material or capacity you reserve against it. Actual quantities will be released
only by individual call-offs signed by me.

Happy to discuss capacity on a call next week.

Best regards,
Brian Castillo
Supply Chain Manager
Lakeshore Turbine Works Inc.
1400 Lakeshore Dr, Muskegon, MI 49441 | +1 231 555 0100
"""
_c22_att = html_page("LTW forecast 2025 - blade bolts M36", """
<h2>Lakeshore Turbine Works &ndash; FORECAST 2025 (non-binding) &ndash; blade bolts M36x3 x 420</h2>
<p class="note">Forecast only. Not an order, not released, no material or capacity liability for Lakeshore.
Quantities are released only by call-offs signed by Brian Castillo, Supply Chain Manager.</p>
<table>
<tr><th>Quarter</th><th>Turbine sets</th><th>Bolts (162 per set)</th><th>Projects (tentative)</th></tr>
<tr><td>Q1 2025</td><td>8</td><td>1,296</td><td>Blue Mound T09-T16</td></tr>
<tr><td>Q2 2025</td><td>14</td><td>2,268</td><td>Blue Mound T17-T20, Cedar Bluff T01-T10</td></tr>
<tr><td>Q3 2025</td><td>12</td><td>1,944</td><td>Cedar Bluff T11-T20, spares</td></tr>
<tr><td>Q4 2025</td><td>6</td><td>972</td><td>tbd</td></tr>
</table>
""")
case("c22_labelled_forecast_mail", [],
     "buyer's forecast e-mail (+ HTML forecast table), labelled non-binding, not an order, releases nothing; call-offs signed by Brian Castillo",
     [("Outlook_2025_blade_bolts_M36.eml", mail(
         "Brian Castillo <bcastillo@lakeshoreturbine.com>", "Emre Yılmaz <emre.yilmaz@egecivata.com.tr>",
         "2025 outlook - blade bolts M36 (forecast, non-binding)", "Fri, 27 Sep 2024 10:10:00 -0400", _c22_txt,
         html=text_to_html(_c22_txt),
         attachments=[("LTW_forecast_2025_blade_bolts.html", _c22_att, "text/html")]))])

# c23: HTML release-status page on a buyer portal.
_c23_body = """
<h2>Coromandel Blades &ndash; Vendor Portal &ndash; Release status</h2>
<p>Vendor: <b>Pomorskie Kompozyty Sp. z o.o.</b>, Gdynia (vendor code V-0931) &nbsp;|&nbsp; Item: <b>CB-RI-M36-2400</b>
blade root insert M36, drawing CB-D-7710 rev C &nbsp;|&nbsp; PO CBPL/PO/24-25/1402</p>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Status</th><th>Condition to unlock</th><th>Release authority</th></tr>
<tr><td>Prototype blades (3 blades)</td><td>240 nos.</td><td>RELEASED</td><td>&ndash;</td><td>Karthik Subramanian</td></tr>
<tr><td>Pre-series (6 blade sets)</td><td>1,440 nos.</td><td>ON HOLD &ndash; not released</td><td>Static + fatigue test of prototype blade signed off by Meena Ramasamy (Quality Head), then written release</td><td>Karthik Subramanian</td></tr>
<tr><td>Series FY 2025-26</td><td>&ndash;</td><td>ON HOLD &ndash; forecast only</td><td>Separate PO and written release</td><td>Karthik Subramanian</td></tr>
</table>
<p class="note">Produce only quantities with status RELEASED. Material may be procured for the released 240 nos. only.
Status changes are made only by the named release authority and are confirmed to you by e-mail.</p>
<p style="font-size:11px;color:#777">Last refreshed 14-10-2024 09:12 IST</p>
"""
case("c23_portal_release_status", [],
     "portal release status: 240 released; pre-series 1,440 on hold until test sign-off by Meena Ramasamy + written release by Karthik Subramanian; series forecast only",
     [("vendor_portal_release_status_V-0931.html", html_page("Release status V-0931", _c23_body))])

# c24: PPAP interim disposition (DOCX attachment) + release notice within its limits.
_c24_doc = docx_bytes([
    ("h1", "PPAP disposition - MBH-3200 main bearing housing"),
    ("p", "WindKraft Antriebstechnik GmbH - Lieferantenqualität. Supplier: Qingdao Hengtai Heavy Forging Co., Ltd. "
          "PPAP submission level 3, 22.07.2024."),
    ("table", [
        ["Element", "Result", "Comment"],
        ["Dimensional (4 FAI housings)", "OK", "CMM report HT-CMM-3200-04"],
        ["Material EN-GJS-400-18U-LT", "OK", "impact at -20 °C: 12/11/13 J"],
        ["UT EN 12680-3", "Open item", "2 indications in zone 3 on s/n 003, re-test on next lot"],
        ["Process capability bore Ø 1.250 H7", "Cpk 1,21", "target 1,33 - action plan AP-17"],
    ]),
    ("h", "Disposition"),
    ("p", "Interim approval, limited to 60 housings and valid until 30.09.2024, whichever comes first. "
          "Full PPAP approval requires closure of the UT open item and Cpk >= 1,33 on the bore."),
    ("p", "Signed: Katrin Albers, Lieferantenqualität, 05.08.2024"),
], author="Katrin Albers")
_c24_txt = """Dear Li Wei,

attached is the PPAP disposition for MBH-3200 (interim approval, limited to 60 housings and valid
until 30.09.2024).

Based on that disposition I release 60 (sixty) housings MBH-3200 for production under PO 4700022190.
Delivery 3 x 20 pcs, KW 38 / 40 / 42.

The balance of 420 housings is not released. It stays on hold until full PPAP approval (UT open
item closed, Cpk >= 1,33) and a further written release from me. Material authority: 60 housings.

Mit freundlichen Grüßen
Dr. Frank Lemke
Leiter Einkauf / Head of Purchasing
WindKraft Antriebstechnik GmbH
Tel. +49 381 440 87-100

""" + DE_DISCLAIMER + "\n"
case("c24_ppap_interim_release", [],
     "interim PPAP disposition (60 pcs / 30.09.2024) + release of 60 by Dr. Frank Lemke within those limits; 420 on hold until full PPAP approval + further written release",
     [("Release_MBH-3200_60pcs.eml", mail(
         "Dr. Frank Lemke <frank.lemke@windkraft-at.de>", "Li Wei <liwei@qdhengtai.com>",
         "MBH-3200 - PPAP interim disposition and release of 60 housings", "Tue, 06 Aug 2024 15:20:00 +0200",
         _c24_txt, cc="Katrin Albers <katrin.albers@windkraft-at.de>, Jürgen Weiß <juergen.weiss@windkraft-at.de>",
         attachments=[("PPAP_disposition_MBH-3200.docx", _c24_doc, DOCX_MT)]))])

# c25: three files of one order: SAP PO (Spanish), supplier quote (HTML export), cover e-mail.
_c25_po = """EOLICA NAVARRA COMPONENTES S.L.                         PEDIDO DE COMPRA / PURCHASE ORDER
Pol. Ind. Noain-Esquiroz, Calle S - 31191 Esquiroz (Navarra)          Pag. 1 / 1
------------------------------------------------------------------------------------------
Pedido      : 4100-8240              Fecha        : 07.10.2024
Proveedor   : 300774 STALPROFIL GDANSK SP. Z O.O., UL. ELBLASKA 64, 80-718 GDANSK (PL)
Comprador   : I. GONI                Moneda       : EUR
Oferta      : SP/OF/2024/1177        Incoterms    : DAP Aoiz (Incoterms 2020)
------------------------------------------------------------------------------------------
Pos   Material         Texto breve                              Cant.  UM   Precio    Valor
------------------------------------------------------------------------------------------
00010 ENC-CL-300-6    ESCALERA CABLES 300MM X 6M GALV.          12    UD    96,40   1.156,80
                      MUESTRAS / SAMPLES - montaje prueba torre N149 #T-02
------------------------------------------------------------------------------------------
Texto de cabecera / header text:
  Pedido de muestras: 12 tramos. Serial quantity of offer SP/OF/2024/1177 (1.800 tramos)
  NOT released - no production, no material.
  Serial quantity released only in writing by Ana Ruiz (Jefa de Compras) after the trial
  assembly in tower #T-02 has been signed off by Lucia Ferrer (Calidad Proveedores).
------------------------------------------------------------------------------------------
Condiciones generales ENC-CGC-2022.                         Impreso: 07.10.2024 12:41 IGONI
"""
_c25_quote_body = """
<h2>Stalprofil Gdańsk Sp. z o.o. &ndash; Oferta / Offer SP/OF/2024/1177</h2>
<p>For: Eólica Navarra Componentes S.L., attn. Mr. Iñaki Goñi &nbsp;|&nbsp; Date: 30.09.2024 &nbsp;|&nbsp; Valid: 60 days</p>
<table>
<tr><th>Item</th><th>Description</th><th>Quantity</th><th>Unit price EUR</th><th>Lead time</th></tr>
<tr><td>1</td><td>Cable ladder 300 mm x 6 m, S235, HDG ISO 1461 &ndash; samples</td><td>12 pcs</td><td>96,40</td><td>3 weeks</td></tr>
<tr><td>2</td><td>Cable ladder 300 mm x 6 m, S235, HDG ISO 1461 &ndash; serial</td><td>1.800 pcs</td><td>71,90</td><td>6 weeks, 150 pcs/week</td></tr>
</table>
<p>Prices DAP Aoiz. Steel surcharge according to CRU index, monthly. Packing: bundles of 10, max 6,2 m.</p>
<p>Piotr Nowak &ndash; Key Account Manager &ndash; +48 58 344 19 20</p>
"""
_c25_txt = """Dear Piotr,

Please find attached to this folder our PO 4100-8240 (SAP print) and your offer SP/OF/2024/1177
for reference.

As written in the PO header: we order 12 sample ladders for the trial assembly in tower #T-02.
The 1.800 serial ladders of your offer are not released. Release comes only in writing from Ana
Ruiz after Lucía Ferrer has signed off the trial assembly.

Un saludo,
Iñaki Goñi
Compras - Eólica Navarra Componentes S.L.
"""
case("c25_three_file_sample_order", [],
     "folder: SAP PO (12 samples, 1.800 not released, trial sign-off by Lucía Ferrer + written release by Ana Ruiz) + quote HTML with tiers + cover e-mail",
     [("Pedido_4100-8240_SAP.txt", _c25_po),
      ("SP-OF-2024-1177_offer.html", html_page("Offer SP/OF/2024/1177", _c25_quote_body)),
      ("cover_mail_4100-8240.eml", mail(
          "Iñaki Goñi <inaki.goni@eolicanavarra.es>", "Piotr Nowak <piotr.nowak@stalprofil.pl>",
          "PO 4100-8240 - cable ladder samples for tower T-02", "Mon, 07 Oct 2024 12:55:00 +0200", _c25_txt))])

# p17: chat; supplier treats signed PO acceptance as production authority and buys wire rod for all.
case("p17_chat_po_acceptance_wire_rod", ["RG006", "RG012"],
     "chat: 48 sample sets released, 4,800 not released; supplier says signed PO acceptance makes the order effective so production can start, books wire rod for all 4,800 sets",
     [("chat_export_LTW_Dongfang_blade_bolts.txt", """WeChat / Weixin - chat history
Group: "LTW blade bolts M36 - Dongfang"
Members: Jennifer Walsh (Lakeshore Turbine Works), Amy Chen (Ningbo Dongfang Fastener), Tony Xu (Ningbo Dongfang Fastener)
Export time: 2024-10-11 07:58
----------------------------------------------------------------------------------

2024-10-08 21:04 Jennifer Walsh
Hi Amy, PO LTW-7700-1290 is in your mailbox: 48 sample sets M36x3 x 420 blade bolts for the fatigue
test. The 4,800 serial sets are NOT released. Release only in writing from Brian Castillo after our
lab has signed off the fatigue test report. Material for the 48 only please.

2024-10-09 08:15 Amy Chen
Dear Jennifer, well received, thank you! 👍

2024-10-10 16:40 Amy Chen
Jennifer, we signed and returned the PO acceptance today. So now the order is effective and our
factory can start production. We already book the wire rod SCM435 for all 4,800 sets to lock the
price, the steel mill price go up next month.

2024-10-10 16:42 Tony Xu
Heat treatment furnace also reserved for week 46.

2024-10-10 22:31 Jennifer Walsh
Got the acceptance, thanks. Will check the test fixture drawings tomorrow.
""")])

# p18: Spanish sample PO with the quote summary copied into it; nothing on hold.
case("p18_pedido_quote_summary", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 3 FAI housings reprints the quote summary incl. serie 576 uds; no hold, no unlock event, no release person",
     [("Pedido_4100-8120.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA 4100-8120"),
         ("p", "Eólica Navarra Componentes S.L. - Polígono Industrial Noáin-Esquíroz, Calle S, 31191 Esquíroz (Navarra)"),
         ("p", "Proveedor: Kocaeli Döküm San. A.Ş., Gebze (TR). Fecha: 24.09.2024. Comprador: Iñaki Goñi. "
               "Condiciones: DAP Noáin, pago 60 días fecha factura."),
         ("table", [
             ["Pos.", "Referencia", "Descripción", "Cant.", "Precio EUR", "Importe EUR"],
             ["10", "ENC-CR-149 rev 3", "Carcasa rodamiento principal / main bearing housing - muestra FAI", "3 uds",
              "11.200,00", "33.600,00"],
         ]),
         ("sp",),
         ("h", "Resumen de la oferta KD-OF-24-3390 / quote summary"),
         ("table", [
             ["Concepto", "Cantidad", "Precio unitario EUR", "Plazo"],
             ["Muestras FAI", "3 uds", "11.200,00", "12 semanas"],
             ["Serie Monte Alto + Sierra de Luna", "576 uds", "8.640,00", "48 uds/mes"],
             ["Modelo y cajas de machos", "1 juego", "52.000,00", "incl."],
         ]),
         ("sp",),
         ("p", "Documentación: certificado 3.1 EN 10204, informe UT EN 12680-3 nivel 2, informe dimensional completo, "
               "probetas de colada. Marcar cada carcasa con n.º de colada y n.º de pedido."),
         ("p", "Por favor confirmen la recepción del pedido y la fecha de entrega de las muestras."),
     ], title="Pedido 4100-8120", author="Inaki Goni"))])

# p19: supplier customer-portal page: prepayment automatically releases production.
_p19_body = """
<h2>Metalurgia do Ave &ndash; Portal do Cliente / Customer portal</h2>
<p>Customer: <b>Hansewind Service GmbH</b> &nbsp;|&nbsp; Customer PO: <b>45-89007</b> &nbsp;|&nbsp; Our order: OV-24-2231 &nbsp;|&nbsp;
Item: cable ladder HW-CL-300-C, 300 mm x 6 m, HDG + duplex</p>
<h3>Customer PO scope (as received)</h3>
<p>6 sample sections. Serial quantity (294 sections) on hold &ndash; released only in writing by T. Renner (Hansewind,
Technischer Einkauf) after sample sign-off by N. Brandt. Material for the 6 samples only.</p>
<h3>Order milestones</h3>
<table>
<tr><th>Date</th><th>Milestone</th><th>Status</th></tr>
<tr><td>02.08.2024</td><td>Customer PO received</td><td>&#10004; done</td></tr>
<tr><td>05.08.2024</td><td>Order confirmation sent</td><td>&#10004; done</td></tr>
<tr><td>12.08.2024</td><td>Prepayment 30 % received (EUR 7.938,00)</td><td>&#10004; done</td></tr>
<tr><td>12.08.2024</td><td>Production order OP-24-1187</td><td>RELEASED &ndash; automatically on receipt of prepayment</td></tr>
<tr><td>CW 36</td><td>Galvanizing</td><td>planned</td></tr>
<tr><td>CW 38</td><td>Dispatch</td><td>planned</td></tr>
</table>
<p class="note">Workflow rule (since 2023): once the customer's prepayment is booked, the production order is released to the shop
floor without further check.</p>
<p style="font-size:11px;color:#777">Metalurgia do Ave, Lda. &middot; Rua da Indústria 220, 4835-045 Guimarães &middot; portal v2.8</p>
"""
case("p19_portal_prepayment_releases", ["RG012"],
     "supplier portal: production order released automatically on receipt of prepayment; customer scope (6 samples, 294 on hold, Renner after Brandt sign-off) shown",
     [("portal_cliente_OV-24-2231.html", html_page("OV-24-2231", _p19_body, lang="pt"))])

# p20: prototype PO without any quantity, hold, event or person.
_p20_txt = """Dear Ms. Costa,

please find attached our PO 4700023311 for the prototype nacelle covers WKA-NC-7X rev. A for our
7X prototype turbine in Husum (erection planned April 2025).

Please start with the prototypes and send us the lamination plan and the mould schedule by end of
next week. Gelcoat RAL 7035, fire protection per DIN EN 45545 HL2 is not required for this
application, please use the standard resin system of your offer.

Delivery: DAP Husum, Windtest-Gelände, Gate 2. Unloading by our crane (max. 8 t).

Mit freundlichen Grüßen
Jürgen Weiß
Senior Buyer
WindKraft Antriebstechnik GmbH
Tel. +49 381 440 87-215

""" + DE_DISCLAIMER + "\n"
case("p20_prototype_po_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "prototype PO e-mail: 'start with the prototypes' with no quantity, nothing about the balance, no unlock event, no release person",
     [("PO_4700023311_prototype_covers.eml", mail(
         "Jürgen Weiß <juergen.weiss@windkraft-at.de>", "Marta Costa <marta.costa@poliesternorte.pt>",
         "Bestellung 4700023311 - prototype nacelle covers WKA-NC-7X", "Wed, 16 Oct 2024 10:44:00 +0200", _p20_txt))])

# p21: Teams chat; SQE gives an unscoped 'green light'.
case("p21_teams_green_light", ["RG002"],
     "chat: PO scope complete (6 inserts, 1,434 on hold until Camilla's re-test sign-off + Henrik's written release); later SQE writes 'green light' with no scope",
     [("Teams_VB_Pomorskie_rootinserts.txt", """Microsoft Teams - chat export
Chat: "VB-RI-M30 re-test / Pomorskie"
Members: Søren Bech, Camilla Thygesen (Vestkyst Blades ApS); Marek Zieliński (Pomorskie Kompozyty) [Guest]
Exported: 30.10.2024 by Søren Bech

[21.10.2024 09:02] Søren Bech
Hi Marek, PO 4410-2455 is in the portal: 6 root inserts rev F for the re-test. Bal. of the
lot (1,434 pcs) is on hold until Camilla has signed off the re-test and Henrik Møller sends you a
written release with the quantity.

[21.10.2024 09:10] Marek Zieliński
Hello Søren, OK, 6 pcs rev F. Cores are in stock, we laminate tomorrow.

[25.10.2024 14:48] Marek Zieliński
Re-test inserts done. Photos of the bond face + roughness report attached. Ra 2,9 on all 6.
[25.10.2024 14:48] Marek Zieliński
📎 roughness_report_revF.pdf

[28.10.2024 11:20] Camilla Thygesen
Looks fine from my side, green light 👍

[28.10.2024 11:31] Marek Zieliński
Thank you Camilla! Invoice for the 6 pcs follows from our accounting.
""")])

# p22: DOCX letter from SQE: 'approval' for three things, and approval of the second heat said to carry the 360.
case("p22_letter_approval_rolls_on", ["RG007", "RG009"],
     "SQE letter: 'approval' used for FAI, frame prices and the 360; says approval for the remaining 360 'follows from' the second-heat approval although the frame requires the next call-off by Brian Castillo",
     [("LTW_FAI_status_letter_MBH-C-2750.docx", docx_bytes([
         ("h1", "FAI status letter - MBH-C-2750 main bearing housing casting"),
         ("p", "Lakeshore Turbine Works Inc., Supplier Quality - to Kocaeli Döküm San. A.Ş., Gebze. "
               "Frame agreement LTW-FA-0088. Date: September 16, 2024."),
         ("h", "1. Released quantity"),
         ("p", "Call-off 2 (signed by Brian Castillo, Supply Chain Manager) released 40 castings. The balance of 360 "
               "castings is not released; per the frame agreement it is released only by the next call-off signed "
               "by Brian Castillo."),
         ("h", "2. FAI result"),
         ("table", [
             ["Check", "Heat 24-118 (FAI)", "Remark"],
             ["Dimensions (CMM, 212 characteristics)", "OK", "2 characteristics at tolerance limit"],
             ["UT EN 12680-3 level 2", "OK", "-"],
             ["Mechanicals (Rm, A5, KV -20 °C)", "OK", "KV 13/12/14 J"],
             ["Nodularity >= 90 %", "OK", "93 %"],
         ]),
         ("p", "The FAI castings from heat 24-118 are approved."),
         ("h", "3. Commercial"),
         ("p", "Approval of the frame prices (commercial approval) was completed by Purchasing on July 12."),
         ("h", "4. Next steps"),
         ("p", "As discussed in our meeting on September 12: once the castings from the second heat are approved as "
               "well, the approval for the remaining 360 castings follows from it, so you can plan them straight into "
               "your September and October pouring schedule."),
         ("sp",),
         ("p", "Greg Halvorsen - Supplier Quality Engineer - Lakeshore Turbine Works Inc. - +1 231 555 0177"),
     ], author="Greg Halvorsen"))])

# ------------------------------------------------------------------ batch 4a
# p23: project lead tells supplier to continue into the series after the salt-spray result, contradicting the PO.
_p23_orig = """Dear Mr. Nowak,

please find PO 45-88310 for the new cable ladder design HW-CL-300-D.

- The PO covers 10 (ten) sample sections for the salt spray test (ISO 9227, 720 h).
- The 590 series sections for the Borkum Süd campaign are not released. Please do not start them.
- They will be released only in writing by me after Nina Brandt has signed off the salt spray
  test report.

Mit freundlichen Grüßen
Tobias Renner
Technischer Einkauf, Hansewind Service GmbH
"""
_p23_txt = """Dear Mr. Nowak,

good news from our lab: the salt spray test is running fine, 480 h and no red rust on any of the
10 sections, only a little white rust at the cut edges.

If the 720 h result next Friday is positive, you can directly continue with the 590 sections
without waiting for a further paper from us - Tobias is informed. Our vessel slot for Borkum Süd
is fixed for March and we cannot lose any week.

Please send me your production plan for the 590 pcs by Wednesday.

Best regards
Nina Brandt
Projektleiterin Offshore Service
Hansewind Service GmbH
Barkhausenstraße 2, 27568 Bremerhaven
+49 471 902 118-62

-------- Weitergeleitete Nachricht / forwarded message --------
Von: Tobias Renner
Datum: 02.09.2024 10:14
Betreff: PO 45-88310 - cable ladder samples HW-CL-300-D

""" + _p23_orig
case("p23_continue_after_saltspray", ["RG007"],
     "project lead: if the 720 h salt-spray result is positive 'you can directly continue with the 590 sections without waiting for a further paper', contradicting the PO's written release by Tobias Renner",
     [("Saltspray_HW-CL-300-D_next_steps.eml", mail(
         "Nina Brandt <nina.brandt@hansewind-service.de>", "Piotr Nowak <piotr.nowak@stalprofil.pl>",
         "HW-CL-300-D salt spray status + next steps", "Mon, 07 Oct 2024 16:12:00 +0200", _p23_txt))])

# p24: supplier control plan states serial production starts automatically after FAI approval.
case("p24_control_plan_auto_start", ["RG007"],
     "supplier control plan: step 30 'serial production starts automatically after customer FAI approval (no additional release needed)'; no buyer agreement recorded",
     [("Plan_kontroli_CL-300-6000_rev2.pdf", pdf([
         ("h1", "Production Control Plan / Plan kontroli produkcji"),
         ("p", "Stalprofil Gdańsk Sp. z o.o. - ul. Elbląska 64, 80-718 Gdańsk. Customer: Nordvind Turbines A/S. "
               "Part: CL-300-6000-HDG tower cable ladder 300 mm x 6 m. Document PK-NT-0311 rev 2, 14.05.2024."),
         ("table", [
             ["Step", "Operation", "Characteristic / control", "Frequency", "Record"],
             ["10", "FAI production (5 sections)", "full dimensional, weld visual ISO 5817 C", "100 %", "FAI report"],
             ["20", "Customer FAI approval", "customer review of FAI report + sections", "once", "customer e-mail"],
             ["30", "Serial production", "starts automatically after customer FAI approval (no additional release "
                                     "needed); rung pitch 300 ± 1 mm", "1 per 50", "SPC chart"],
             ["40", "Hot-dip galvanizing (subcontract, Cynkownia Pomorze)", "ISO 1461, >= 70 µm", "5 per batch",
              "coating report"],
             ["50", "Packing", "bundles of 10, timber spacers, max 1.200 kg", "each bundle", "packing list"],
         ]),
         ("sp",),
         ("p", "Reaction plan: any characteristic out of tolerance - stop, segregate, 100 % check of the last 50 pcs, "
               "inform customer quality within 24 h."),
         ("p", "Prepared: Katarzyna Wiśniewska, Quality Manager. Checked: Piotr Nowak, Key Account."),
     ], title="PK-NT-0311 rev 2", author="Katarzyna Wisniewska"))])

# p25: supplier (Turkish) plans to continue seamlessly into the serial studs and has bought wire rod for all.
_p25_buyer = """Dear Emre,

PO 4410-2501 is attached: 54 stud bolts M30x3.5 x 360 (10.9, Geomet 500A) for one prototype blade
VB-71.5 P3.

The serial quantity (12.960 studs, 80 blade sets) is NOT released. Do not start it and do not buy
material for it. Release comes only in writing from Henrik Møller, Head of Supply Chain, after
Camilla Thygesen has signed off the fatigue test of blade P3.

Best regards
Søren Bech
Purchaser, Vestkyst Blades ApS
"""
_p25_txt = """Dear Søren,

Thank you for PO 4410-2501. The 54 studs are in heat treatment and will be shipped on 18 October.

To keep your wind farm schedule we plan to continue seamlessly into the serial studs right after
your sample approval - our forging line is reserved for you in November. We have also already
bought the wire rod 42CrMo4 (Ø 27) for the full 12.960 studs, so the price is fixed before the
January increase.

Please find attached the draft 3.1 certificate layout for your comments.

Best regards / Saygılarımızla
Emre Yılmaz
Export Manager
Ege Cıvata San. ve Tic. A.Ş.
Atatürk OSB 10003 Sk. No:7, Çiğli / İzmir
+90 232 328 41 00

> -----Original Message-----
> From: Søren Bech <sb@vestkystblades.dk>
> Sent: Thursday, October 3, 2024 10:02 AM
""" + quote_lines(_p25_buyer)
_p25_html = """<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<p>Dear S&oslash;ren,</p>
<p>Thank you for PO 4410-2501. The 54 studs are in heat treatment and will be shipped on 18 October.</p>
<p>To keep your wind farm schedule we plan to continue seamlessly into the serial studs right after your sample approval -
our forging line is reserved for you in November. We have also already bought the wire rod 42CrMo4 (&Oslash; 27) for the
full 12.960 studs, so the price is fixed before the January increase.</p>
<p>Please find attached the draft 3.1 certificate layout for your comments.</p>
<p>Best regards / Sayg&#305;lar&#305;m&#305;zla<br>Emre Y&#305;lmaz<br>Export Manager<br>Ege C&#305;vata San. ve Tic. A.&#350;.</p>
<hr>
<p><b>From:</b> S&oslash;ren Bech &lt;sb@vestkystblades.dk&gt;<br><b>Sent:</b> Thursday, October 3, 2024 10:02 AM</p>
<p>Dear Emre,</p>
<p>PO 4410-2501 is attached: 54 stud bolts M30x3.5 x 360 (10.9, Geomet 500A) for one prototype blade VB-71.5 P3.</p>
<p>The serial quantity (12.960 studs, 80 blade sets) is NOT released. Do not start it and do not buy material for it.
Release comes only in writing from Henrik M&oslash;ller, Head of Supply Chain, after Camilla Thygesen has signed off the
fatigue test of blade P3.</p>
<p>Best regards<br>S&oslash;ren Bech<br>Purchaser, Vestkyst Blades ApS</p>
</body></html>
"""
case("p25_seamless_into_serial_wire_rod", ["RG006", "RG007"],
     "supplier: 'continue seamlessly into the serial studs right after your sample approval' and wire rod bought for the full 12.960 studs; quoted PO says not released, no material",
     [("RE_PO_4410-2501_studs.eml", mail(
         "Emre Yılmaz <emre.yilmaz@egecivata.com.tr>", "Søren Bech <sb@vestkystblades.dk>",
         "RE: PO 4410-2501 stud bolts M30 - prototype blade P3", "Tue, 08 Oct 2024 11:47:00 +0300",
         _p25_txt, html=_p25_html,
         attachments=[("3.1_certificate_layout_draft.txt",
                       "EN 10204 3.1 INSPECTION CERTIFICATE - DRAFT LAYOUT\nCustomer: Vestkyst Blades ApS\n"
                       "Order: 4410-2501\nProduct: stud bolt M30x3.5x360 10.9 Geomet 500A\nHeat no.: ______\n"
                       "Chemical analysis: C Si Mn P S Cr Mo\nMechanical: Rm, Rp0.2, A, Z, KV -20C, hardness HRC\n"
                       "Coating: Geomet 500A, thickness um, salt spray h\n", "text/plain")]))])

# p27: supplier weekly status report (PDF with table): bar stock for 2,400 received while 24 released.
case("p27_status_report_bar_stock", ["RG006"],
     "supplier weekly report: customer release 24 FAI pcs, but 42CrMo4 bar for 2,400 inserts 'received - in stock'",
     [("API_weekly_status_CW25_Nordvind.pdf", pdf([
         ("h1", "Weekly Status Report - CW 25 / 2024"),
         ("p", "Anand Precision Inserts Pvt. Ltd., Coimbatore - for Nordvind Turbines A/S (attn. Ms. Mette Kjær, "
               "Mr. Rasmus Dahl)."),
         ("p", "Part: BRI-M36-1200 rev C blade root insert. Customer PO 4500318822. Customer release: 24 pcs (FAI lot). "
          "Serial quantity (2,376 pcs): not released - awaiting customer release."),
         ("table", [
             ["Activity", "Qty", "Status", "Date", "Remarks"],
             ["Raw material: 42CrMo4 bar Ø 60, 3.1 cert", "for 2,400 inserts (38.6 t)", "received - in stock",
              "14.06.2024", "bought against quote Q-APIPL-2024-118 to secure mill slot"],
             ["Turning + drilling", "24", "done", "17.06.2024", "-"],
             ["Thread cutting M36x3-6H", "24", "done", "18.06.2024", "go/no-go gauge 100 %"],
             ["Heat treatment (QT, 28-34 HRC)", "24", "done", "19.06.2024", "subcontract, report attached"],
             ["FAI report (AS9102 format)", "24", "in progress", "21.06.2024", "balloons 1-86"],
             ["Dispatch FAI lot", "24", "planned", "CW 26", "air freight to Billund"],
         ]),
         ("sp",),
         ("p", "Open points: customer to confirm marking position (laser, 8 mm characters) before dispatch."),
         ("p", "Prepared by: Arun Kumar, Business Development, +91 98430 21177"),
     ], title="API weekly status CW25", author="Arun Kumar"))])

# p28: buyer SQA asks supplier to stage steel for all 80 and start right after PPAP sign-off.
_p28_orig = """Dear Li Wei,

PO DWE/SH/24-25/0450 for main shaft bearing housing DW-MSH-33 (forged 42CrMo4, machined):

  - PO covers 4 (four) FAI housings.
  - Balance 76 nos. NOT released.
  - Material authority: FAI lot only. Any change only by revised PO from me.
  - Balance will be released only in writing by S. Venkatesh, GM Supply Chain, after PPAP
    sign-off by Priya Nair (SQA).

Regards,
Rahul Deshpande
Sr. Manager - Purchase
"""
_p28_txt = """Dear Li Wei,

Thanks for the PPAP submission plan. Level 3 is fine, please include the forging flow lines macro
etch and the UT per ASTM A388 on all 4 pieces.

One more request from my side: please have the 42CrMo4 ingots for all 80 housings in your yard now,
so that forging and machining can start right after the PPAP sign-off. Our Sangli Ph-3 erection
starts in March and we cannot lose time waiting.

Regards,
Priya Nair
SQA - Supplier Quality Assurance
Deccan Wind Energy Pvt. Ltd., Chakan, Pune
+91 98600 31552

----- Forwarded by Priya Nair -----
""" + _p28_orig
case("p28_sqa_stage_ingots_start_after_ppap", ["RG006", "RG007"],
     "buyer SQA asks for ingots for all 80 housings in the yard now and forging 'right after the PPAP sign-off'; PO: 4 released, material FAI only, balance only by written release from S. Venkatesh",
     [("PPAP_plan_DW-MSH-33.eml", mail(
         "Priya Nair <priya.nair@deccanwind.in>", "Li Wei <liwei@qdhengtai.com>",
         "DW-MSH-33 PPAP plan - and material", "Thu, 24 Oct 2024 12:30:00 +0530", _p28_txt,
         cc="Rahul Deshpande <rahul.deshpande@deccanwind.in>"))])

# p29: buyer portal with 'approved' for FAI, price and series; supplier note: coil for all 500 bought.
_p29_body = """
<h2>Eólica Navarra &ndash; Portal de proveedores &raquo; Pedido 4100-8311</h2>
<p>Proveedor: <b>Metalurgia do Ave, Lda.</b> &nbsp;|&nbsp; Artículo: ENC-CL-400-3 escalera de cables 400 mm x 3 m HDG
&nbsp;|&nbsp; Comprador: Iñaki Goñi</p>
<table>
<tr><th>Pos.</th><th>Concepto</th><th>Cantidad</th><th>Aprobación / approval</th><th>Fecha</th></tr>
<tr><td>10</td><td>Muestras FAI / FAI samples</td><td>5 tramos</td><td>FAI: Approved (L. Ferrer)</td><td>11.10.2024</td></tr>
<tr><td>&ndash;</td><td>Precio serie / serial price 68,20 EUR</td><td>&ndash;</td><td>Price: Approved (Compras)</td><td>02.10.2024</td></tr>
<tr><td>20</td><td>Serie / serial sections</td><td>495 tramos</td><td>Series: Not approved &ndash; on hold until written release by Ana Ruiz</td><td>&ndash;</td></tr>
</table>
<p>Autorización de material / material authority: <b>solo muestras / samples only</b>.</p>
<h3>Comentarios del proveedor / supplier comments</h3>
<table>
<tr><th>Fecha</th><th>Autor</th><th>Comentario</th></tr>
<tr><td>14.10.2024</td><td>Rita Sousa (Metalurgia do Ave)</td><td>Chapa de aço S235 para as 500 secções comprada e recebida / steel coil for all 500 sections purchased and received, to protect the galvanizing slot.</td></tr>
<tr><td>15.10.2024</td><td>Rita Sousa (Metalurgia do Ave)</td><td>FAI report rev 1 uploaded.</td></tr>
</table>
<p style="font-size:11px;color:#777">Portal de proveedores ENC &middot; v3.1</p>
"""
case("p29_portal_approved_three_ways_coil", ["RG006", "RG009"],
     "portal uses 'Approved/Not approved' for FAI, price and series; supplier comment: coil for all 500 sections bought while material authority is samples only",
     [("portal_pedido_4100-8311.html", html_page("Pedido 4100-8311", _p29_body, lang="es"))])

# p31: supplier production plan (DOCX): forecast registered as order, material bought for it.
case("p31_production_plan_forecast_order", ["RG006", "RG008"],
     "supplier plan lists 'customer order (forecast 2025) 1,200 sets - confirmed' and wire rod ordered for 1,200 while the customer released 50 sample sets",
     [("Production_plan_Nordvind_M48_Q4.docx", docx_bytes([
         ("h1", "Production plan Q4 2024 - Nordvind tower bolts M48"),
         ("p", "Ningbo Dongfang Fastener Co., Ltd. - planning department. Customer: Nordvind Turbines A/S. "
               "Item: tower bolt set M48x330, 10.9, HDG, drawing NT-TB-48-330 rev 2."),
         ("table", [
             ["Item", "Quantity", "Status", "Note"],
             ["Customer release - sample sets (PO 4500323001)", "50 sets", "released", "tightening test Brande"],
             ["Customer order (forecast 2025)", "1,200 sets", "confirmed order",
              "per customer forecast mail 02.10.; production only after customer call-off"],
             ["Wire rod 42CrMo4 Ø 45 (Baosteel)", "for 1,200 sets (61 t)", "ordered 08.10., ETA 30.11.",
              "to cover the order of 1,200 sets"],
             ["Hot forging heads", "50 sets", "done", "-"],
             ["Heat treatment", "50 sets", "CW 43", "-"],
             ["HDG + thread tapping oversize", "50 sets", "CW 44", "ISO 10684"],
         ]),
         ("sp",),
         ("p", "Remarks: forging line 3 reserved from CW 49 for the 1,200 sets; start of serial forging only after the "
               "customer call-off is received."),
         ("p", "Prepared: planning dept. / checked: Amy Chen (Export Sales)."),
     ], author="Amy Chen"))])

# p33: SAP PO printout: line 10 = 24 sets, header text = 20 sets released.
case("p33_sap_24_vs_20", ["RG011"],
     "SAP PO: line 00010 = 24 SET FAI, header text 'released now: 20 sets for FAI'; hold, test sign-off and Signe Lauridsen present",
     [("SAP_PO_4500323412.txt", """NORDVIND TURBINES A/S                                               PURCHASE ORDER
Vestre Industrivej 12, DK-7400 Herning                                      Page 1 of 1
==========================================================================================
PO no.       4500323412              Date          18.10.2024
Vendor       210902 EGE CIVATA SAN. VE TIC. A.S., CIGLI / IZMIR, TR
Buyer        MKJ  Mette Kjær         Phone         +45 9718 2200
Currency     EUR                     Incoterms     DAP Brande (2020)
Pay. terms   60 days net
------------------------------------------------------------------------------------------
Item   Material          Description                        Qty  Un    Price      Value
------------------------------------------------------------------------------------------
00010  NT-TB-48-330-2    TOWER BOLT SET M48X330 10.9 HDG     24  SET   61,20   1.468,80
                         FAI / tightening test, EN 14399-4
                         Delivery date 22.11.2024
------------------------------------------------------------------------------------------
Header text
  Released now: 20 sets for FAI (tightening test at Brande).
  Serial quantity (Thyborøn Øst, 22 turbines x 128 sets = 2.816 sets) is NOT released.
  Release only in writing by Signe Lauridsen, Category Manager Tower, after the
  tightening test report has been signed off by Rasmus Dahl (SQE).
  Material authority: FAI quantity only.
------------------------------------------------------------------------------------------
Total net value excl. VAT                                               EUR   1.468,80
NT-GPC 2023 apply.                                      Printed 18.10.2024 14:02 MKJ
""")])

# p34: e-mail body says call-off for 48 kits, attached call-off PDF says 40.
_p34_co = pdf([
    ("h1", "CALL-OFF CO/DWE/24-25/03"),
    ("p", "Deccan Wind Energy Pvt. Ltd., Chakan, Pune - to Ningbo Dongfang Fastener Co., Ltd. Scheduling agreement "
          "SA-4600000211, tower bolt kit TBK-M36 (144 sets M36x225, 10.9, HDG per kit)."),
    ("p", "Date: 11.11.2024. Project: Wind Farm Sangli Ph-3."),
    ("table", [
        ["Call-off", "Turbines", "Kits", "Bolt sets", "Shipment"],
        ["CO/DWE/24-25/03", "SPH3-01 to SPH3-40", "40", "5,760", "2 x 20 kits, Jan + Feb 2025"],
    ]),
    ("sp",),
    ("p", "Only the kits on this call-off are released for production. The remaining kits of the 2025 forecast are not "
          "released. The next call-off will be signed by S. Venkatesh, GM Supply Chain, after the Sangli Ph-3 erection "
          "schedule for the remaining turbines is frozen."),
    ("p", "Material authority: for the kits on this call-off only."),
], title="CO/DWE/24-25/03", author="Rahul Deshpande")
_p34_txt = """Dear Amy,

Please find attached our call-off CO/DWE/24-25/03 for 48 turbine kits TBK-M36 for Wind Farm
Sangli Ph-3. Kindly arrange the shipments in two lots as per the call-off.

The rest of the 2025 forecast is not released; the next call-off will come from Mr. Venkatesh
once the erection schedule is frozen.

Please confirm the shipment dates by return mail.

Thanks & Regards,
Rahul Deshpande
Sr. Manager - Purchase
Deccan Wind Energy Pvt. Ltd.
+91 98220 47731
"""
case("p34_mail_48_vs_calloff_40", ["RG011"],
     "cover e-mail says call-off for 48 turbine kits, attached call-off PDF releases 40 kits; hold, next call-off and S. Venkatesh present",
     [("CallOff_03_Sangli_Ph3.eml", mail(
         "Rahul Deshpande <rahul.deshpande@deccanwind.in>", "Amy Chen <amy.chen@nbdongfang-fastener.com>",
         "Call-off CO/DWE/24-25/03 - TBK-M36 Sangli Ph-3", "Mon, 11 Nov 2024 18:05:00 +0530", _p34_txt,
         html=text_to_html(_p34_txt),
         attachments=[("CO_DWE_24-25_03.pdf", _p34_co, PDF_MT)]))])

# p35: two files: call-off PDF releases 16 cover sets, release notice TXT says 18.
_p35_co = pdf([
    ("h1", "Call-off 2 - nacelle cover sets NC-N163 - Thyborøn Øst"),
    ("p", "Nordvind Turbines A/S to Poliéster Norte, Lda., Viana do Castelo. PO 4500322060, line 20. Date: 04.11.2024."),
    ("table", [
        ["Turbines", "Cover sets", "Delivery", "Status"],
        ["T01-T08", "8", "CW 06/2025", "released"],
        ["T09-T16", "8", "CW 09/2025", "released"],
        ["T17-T40", "24", "2025 H2", "not released"],
    ]),
    ("sp",),
    ("p", "This call-off releases 16 nacelle cover sets (T01-T16). The remaining 24 sets (T17-T40) are not released; they "
          "will be released by a further written release from Peter Vinther, Category Manager Nacelle, after the T01-T08 "
          "sets have passed incoming inspection at the Esbjerg port."),
    ("p", "Material authority: 16 sets."),
], title="Call-off 2 NC-N163", author="Peter Vinther")
case("p35_calloff_16_vs_release_18", ["RG011"],
     "folder: call-off PDF releases 16 cover sets (24 not released), release notice TXT for the same PO line releases 18 (22 on hold)",
     [("CallOff2_NC-N163_Thyboron.pdf", _p35_co),
      ("REL-0061_NC-N163.txt", """NORDVIND TURBINES A/S          PRODUCTION RELEASE NOTICE          PRINT 05.11.2024 09:40
==========================================================================================
Release no.     : REL-0061                 Date           : 05.11.2024
Supplier        : 230511 POLIESTER NORTE, LDA., VIANA DO CASTELO
Material        : NC-N163-SER  Rev B       NACELLE COVER SET N163 (7 PANELS)
Purchase order  : 4500322060 / 00020       Project        : THYBORØN ØST
------------------------------------------------------------------------------------------
Released with THIS notice                                       18 SET   <== ACTIVE
Balance                                                         22 SET   ON HOLD
------------------------------------------------------------------------------------------
Basis           : type-cert load test report LT-N163-07 signed off 28.10.2024
Released by     : Peter Vinther, Category Manager Nacelle
Balance 22 SET is NOT released. Next release only in writing by Peter Vinther after the
first sets have passed incoming inspection at Esbjerg port.
==========================================================================================
""")])

# ------------------------------------------------------------------ batch 4b
# p36: forwarded release (message/rfc822) says 300, the forwarding mail says 250 'as per the attached release'.
_p36_rel = mail(
    "Henrik Møller <hm@vestkystblades.dk>", "Marek Zieliński <marek.zielinski@pomkomp.pl>",
    "Production release VB-REL-2024-019 - root inserts lot 2", "Mon, 14 Oct 2024 08:30:00 +0200",
    """Dear Marek,

lot 1 (480 inserts) has passed our incoming inspection.

This e-mail is production release VB-REL-2024-019: it releases 300 (three hundred) inserts
VB-RI-M30-800 rev E, lot 2, for production on PO 4410-2290-01. Delivery CW 47.

The balance of 660 inserts is not released. The next release will come from me in writing after
lot 2 has passed incoming inspection. Material authority: lot 2 only.

Med venlig hilsen
Henrik Møller
Head of Supply Chain, Vestkyst Blades ApS
""", msgid="<h115-rel-2024-019@vestkystblades.dk>")
_p36_txt = """Dear Ms. Kowalska,

Marek asked me to send the lot 2 release directly to your planning team, so here it is (forwarded
below).

As per the attached release, you are authorized for two hundred and fifty (250) inserts for lot 2,
delivery CW 47 to Esbjerg, Kvaglundvej 88, goods receipt gate B. The balance stays on hold until
Henrik's next release after lot 2 has passed incoming inspection.

Please book the truck with DSV as for lot 1 (2 pallets, max. 900 kg each).

Med venlig hilsen
Søren Bech
Purchaser
Vestkyst Blades ApS
+45 7612 4412
"""
case("p36_forwarded_release_300_vs_250", ["RG011"],
     "forwarding mail says 'as per the attached release you are authorized for 250', the forwarded release (message/rfc822) releases 300 for the same lot",
     [("FW_release_lot2_VB-RI-M30.eml", mail(
         "Søren Bech <sb@vestkystblades.dk>", "Anna Kowalska <anna.kowalska@pomkomp.pl>",
         "FW: Production release VB-REL-2024-019 - root inserts lot 2", "Tue, 15 Oct 2024 09:05:00 +0200",
         _p36_txt, cc="Marek Zieliński <marek.zielinski@pomkomp.pl>", attachments=[("rfc822", _p36_rel)]))])

# p37: German service company orders 2 sample panels; supplier offer (DOCX) with 148/yr serial attached.
_p37_offer = docx_bytes([
    ("h1", "Proposta / Offer PN-2024-0871"),
    ("p", "Poliéster Norte, Lda. - Zona Industrial de Neiva, 4935-231 Viana do Castelo, Portugal. "
          "To: Hansewind Service GmbH, Bremerhaven, attn. Mr. Jan Peters. Date: 19.09.2024."),
    ("p", "Subject: GRP roof panel NCP-RP-01 for nacelle cover repair (turbine type V-3.0 / legacy fleet)."),
    ("table", [
        ["Pos.", "Description", "Quantity", "Unit price EUR", "Lead time"],
        ["1", "Roof panel NCP-RP-01, GRP, gelcoat RAL 7035 - sample", "2 pcs", "2.480,00", "5 weeks"],
        ["2", "Roof panel NCP-RP-01 - serial (annual quantity Hansewind fleet)", "148 pcs / year", "1.690,00",
         "6 weeks, then 15 pcs / month"],
        ["3", "Transport rack (returnable)", "1 pc", "380,00", "-"],
    ]),
    ("p", "Conditions: FCA Viana do Castelo. Payment 30 days. Validity 60 days. Mould already exists (customer-owned, "
          "from 2019)."),
    ("p", "Marta Costa - Directora Comercial - +351 258 350 412"),
], author="Marta Costa")
_p37_txt = """Dear Ms. Costa,

thank you for your offer PN-2024-0871 (attached for reference).

We hereby order 2 sample roof panels NCP-RP-01 according to pos. 1 of your offer, our PO
45-90660. Please deliver FCA Viana do Castelo, our forwarder Hellmann will collect.

Please send the material data sheet of the gelcoat and the fire test certificate together with
the order confirmation.

Mit freundlichen Grüßen
Jan Peters
Einkauf
Hansewind Service GmbH
Barkhausenstraße 2, 27568 Bremerhaven
Tel. +49 471 902 118-44
"""
case("p37_sample_order_offer_docx", ["RG001", "RG003", "RG004", "RG005"],
     "order for 2 sample panels with the offer DOCX attached showing 148 pcs/year serial; nothing on hold, no unlock event, no release person",
     [("Bestellung_45-90660_roof_panels.eml", mail(
         "Jan Peters <jan.peters@hansewind-service.de>", "Marta Costa <marta.costa@poliesternorte.pt>",
         "Bestellung 45-90660 - roof panels NCP-RP-01 samples", "Wed, 25 Sep 2024 13:50:00 +0200", _p37_txt,
         attachments=[("Offer_PN-2024-0871.docx", _p37_offer, DOCX_MT)]))])

# p38: buyer portal PO with a serial line without status; names a release authority, nothing else.
_p38_body = """
<h2>Nordvind Supplier Portal &raquo; Purchase order 4500323388</h2>
<table>
<tr><th>Supplier</th><td>Ege Cıvata San. ve Tic. A.Ş. (vendor 210902)</td><th>PO date</th><td>28.10.2024</td></tr>
<tr><th>Buyer</th><td>Mette Kjær</td><th>Release authority</th><td>Signe Lauridsen, Category Manager Tower</td></tr>
<tr><th>Project</th><td>N163 tower bolting, 2025 wind farms</td><th>Incoterms</th><td>DAP Brande (2020)</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price EUR</th><th>Delivery</th><th>Status</th></tr>
<tr><td>10</td><td>NT-TB-48-330-2</td><td>Tower bolt set M48x330 10.9 HDG - FAI / tightening test</td><td>40</td><td>SET</td><td>61,20</td><td>CW 49/2024</td><td>Released</td></tr>
<tr><td>20</td><td>NT-TB-48-330-2</td><td>Tower bolt set M48x330 10.9 HDG</td><td>11.520</td><td>SET</td><td>44,80</td><td>2025 per project plan</td><td></td></tr>
</table>
<p>Please confirm the PO in the portal within 3 working days. Delivery notes must show PO number and line.</p>
<p style="font-size:11px;color:#666">Portal build 24.10.1 &middot; supplierportal@nordvind-turbines.dk</p>
"""
case("p38_portal_line20_no_status", ["RG001", "RG003", "RG004"],
     "portal PO: line 10 = 40 FAI sets released, line 20 = 11.520 sets with no status or note; release authority named but no hold and no unlock event",
     [("portal_PO_4500323388.html", html_page("PO 4500323388", _p38_body))])

# p39: bare FAI PO e-mail + drawing notes (TXT attachment) showing the annual series quantity.
_p39_notes = """LAKESHORE TURBINE WORKS INC. - DRAWING LTW-CL-450-6 REV B - SHEET 1 OF 2 - GENERAL NOTES

1.  MATERIAL: S235JR PER EN 10025-2 OR ASTM A36.
2.  HOT-DIP GALVANIZE AFTER FABRICATION PER ASTM A123 / ISO 1461, MIN 70 MICRONS.
3.  RUNG PITCH 300 +/-1 MM. RUNG SLOTS 40 X 12 MM.
4.  WELDS PER AWS D1.1, FILLET 4 MM UNLESS NOTED.
5.  BREAK ALL SHARP EDGES 0.5 MM MIN.
6.  SECTION LENGTH 6000 +0/-3 MM.
7.  LOAD CLASS: 150 KG/M SPAN 3 M (IEC 61537 TEST).
8.  MARK PART NO., REV AND HEAT NO. ON SIDE RAIL WITH STAMPED CHARACTERS 6 MM.
9.  TOWER PLATFORM: LTW-4.2, 6 SECTIONS PER TOWER.
10. ANNUAL SERIES QUANTITY: 1,500 PCS/YR.
11. PACKING: BUNDLES OF 10 SECTIONS, TIMBER SPACERS, MAX 1,000 KG.
12. ALL DIMENSIONS IN MM. THIRD-ANGLE PROJECTION.
"""
_p39_txt = """Hi Piotr,

PO LTW-7700-1315 for 10 FAI ladder sections, part LTW-CL-450-6 rev B, went out through our
supplier portal this morning. I attached the drawing general notes so your engineering can start
the weld fixture.

Please confirm the lead time for the 10 sections and send the FAI plan (we need the IEC 61537 load
test on one section and the coating report on all 10).

Thanks,
Kyle Brandt
Buyer II, Fabrications
Lakeshore Turbine Works Inc.
1400 Lakeshore Dr, Muskegon, MI 49441 | +1 231 555 0184
"""
case("p39_fai_po_drawing_notes", ["RG001", "RG003", "RG004", "RG005"],
     "FAI PO e-mail for 10 sections with drawing notes attached stating 'annual series quantity 1,500 pcs/yr'; nothing on hold, no unlock event, no release person",
     [("PO_LTW-7700-1315_FAI_ladders.eml", mail(
         "Kyle Brandt <kbrandt@lakeshoreturbine.com>", "Piotr Nowak <piotr.nowak@stalprofil.pl>",
         "PO LTW-7700-1315 - FAI cable ladder sections LTW-CL-450-6", "Tue, 05 Nov 2024 08:44:00 -0500", _p39_txt,
         attachments=[("LTW-CL-450-6_revB_general_notes.txt", _p39_notes, "text/plain")]))])

# p41: Spanish buyer: 'approval' for FAI, price and production; release 'from our side'.
_p41_txt = """Dear Vikram,

Good news: your FAI samples (10 housings ENC-CR-132) are approved by our quality department
(Lucía Ferrer signed the FAI report yesterday). The commercial approval of your new price
(+3,5 % for the nickel surcharge) is also done by our management.

Please ship the 10 housings now, DAP Noáin, with the 3.1 certificates and the UT reports.

The production approval for the remaining 230 housings is not given yet. They stay on hold until
you receive the written production approval from our side, after the first housing has been
installed in turbine MA-01 of Monte Alto and checked by our service team.

Un saludo,
Iñaki Goñi
Compras - Eólica Navarra Componentes S.L.
Polígono Industrial Noáin-Esquíroz, Calle S, 31191 Esquíroz (Navarra)
Tel. +34 948 31 77 15
"""
case("p41_approval_three_ways_our_side", ["RG005", "RG009"],
     "'approved' for FAI, 'commercial approval' for price, 'production approval' for the 230; balance on hold until written approval after MA-01 check 'from our side' (no named person)",
     [("ENC-CR-132_FAI_result.eml", mail(
         "Iñaki Goñi <inaki.goni@eolicanavarra.es>", "Vikram Patel <vikram@shreeganeshcastings.in>",
         "ENC-CR-132 housings - FAI result and next steps", "Thu, 17 Oct 2024 12:18:00 +0200", _p41_txt))])

# p42: US buyer answers cert review with 'you're good to run'.
_p42_po = """Hi Emre,

PO 24-1102 is attached: 20 sample yaw bolts M30x3.5 x 280 (10.9, Geomet) for the torque test on
turbine ER-12.

The 1,800 bolts for the fleet retrofit are NOT released - please don't make them or buy steel for
them. They get released only after Dave Kowalczyk has signed off the torque test and Tom Reyes
(Director of Operations) sends you a written release with the quantity.

Thanks,
Megan
"""
_p42_sup = """Dear Megan,

Attached please find the 3.1 certificates and the Geomet thickness report for the 20 sample bolts
(PO 24-1102). All values are within EN ISO 898-1. The bolts are ready for shipment.

Best regards
Emre Yılmaz
Export Manager, Ege Cıvata
"""
_p42_txt = """Thanks Emre - certs look good, you're good to run. 👍

Megan

Megan Ostrowski | Procurement Lead | Prairie Gale Wind Services LLC | (515) 555-0148

On Mon, Nov 4, 2024 at 3:12 AM Emre Yılmaz <emre.yilmaz@egecivata.com.tr> wrote:
""" + quote_lines(_p42_sup) + """>
> On Tue, Oct 15, 2024 at 10:05 AM Megan Ostrowski <mostrowski@prairiegale.com> wrote:
""" + quote_lines(_p42_po, 2)
case("p42_good_to_run", ["RG002"],
     "buyer replies to sample certs with 'you're good to run' (no quantity, not sample-scoped); quoted PO scope complete (20 samples, 1,800 on hold, Dave sign-off + Tom Reyes release)",
     [("RE_PO_24-1102_certs.eml", mail(
         "Megan Ostrowski <mostrowski@prairiegale.com>", "Emre Yılmaz <emre.yilmaz@egecivata.com.tr>",
         "RE: PO 24-1102 sample yaw bolts - certificates", "Mon, 04 Nov 2024 08:02:00 -0600", _p42_txt,
         in_reply_to="<h115-certs@egecivata.com.tr>"))])

# p43: DOCX hold-point form with the decision 'Approved - proceed'.
case("p43_holdpoint_form_approved_proceed", ["RG002"],
     "hold-point record HP-2 with decision 'Approved - proceed' (no quantity, not sample-scoped); scope block states 3 FAI, 297 not released, Dr. Frank Lemke after PPAP",
     [("HP-2_record_MBH-4000_Kocaeli.docx", docx_bytes([
         ("h1", "Hold point record HP-2 - witness of first pour and UT"),
         ("p", "WindKraft Antriebstechnik GmbH - Lieferantenqualität. Supplier: Kocaeli Döküm San. A.Ş., Gebze. "
               "Part: main bearing housing MBH-4000, EN-GJS-400-18U-LT, pattern P-4000-1."),
         ("h", "Order scope (reference)"),
         ("p", "PO 4700023590 covers 3 (three) FAI housings. The serial quantity (297 housings) is not released; it will be "
               "released only in writing by Dr. Frank Lemke, Leiter Einkauf, after PPAP sign-off."),
         ("h", "Witness results"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Pouring temperature", "1.360-1.400 °C", "1.378 °C"],
             ["Mg residual", "0,035-0,055 %", "0,044 %"],
             ["UT EN 12680-3, FAI s/n 001", "level 2", "no recordable indications"],
             ["Cast-on test bar KV -20 °C", ">= 10 J mean", "12 / 13 / 11 J"],
         ]),
         ("h", "Decision"),
         ("p", "Approved - proceed."),
         ("sp",),
         ("table", [
             ["Inspector", "Signature", "Date"],
             ["Katrin Albers (WindKraft)", "K. Albers", "21.11.2024"],
             ["Ayşe Demir (Kocaeli Döküm)", "A. Demir", "21.11.2024"],
         ]),
     ], author="Katrin Albers"))])

# p46: Indian buyer: sample scope complete, then 'treat our annual forecast as confirmed PO quantity'.
_p46_txt = """Dear Mr. Arun,

Greetings from Coromandel Blades.

Please find attached PO CBPL/PO/24-25/1460 for 32 nos. blade root inserts CB-RI-M36-2400 rev C
for the static test blade.

Kindly note:
  a) PO covers 32 nos. only.
  b) Balance (pre-series and series) is NOT released - do not start manufacturing or procure
     material for it.
  c) Release only in writing by the undersigned, after the static test of the prototype blade is
     signed off by Ms. Meena Ramasamy, Quality Head.

Further, kindly treat our annual forecast of 1,800 nos. for FY 2025-26 as a confirmed PO quantity
for your capacity planning and pricing. This does not release any production; manufacturing beyond
the 32 nos. still needs my written release.

Thanks & Regards,
Karthik Subramanian
Purchase Department
Coromandel Blades Pvt. Ltd.
Plot B-14, SIPCOT Industrial Park, Oragadam - 602105
Mob: +91 94440 58213
"""
case("p46_forecast_as_confirmed_po_qty", ["RG008"],
     "sample PO scope complete (32 nos., balance not released, Karthik in writing after Meena's static-test sign-off); 'treat our annual forecast of 1,800 nos. as a confirmed PO quantity'",
     [("PO_CBPL_1460_M36_inserts.eml", mail(
         "Karthik Subramanian <karthik.s@coromandelblades.co.in>", "Arun Kumar <arun@anandprecision.in>",
         "PO CBPL/PO/24-25/1460 - root inserts M36 - static test blade", "Fri, 08 Nov 2024 10:21:00 +0530", _p46_txt,
         html=text_to_html(_p46_txt, font="Verdana,sans-serif")))])

# p47: SAP scheduling agreement print; forecast zone declared a binding order.
case("p47_lieferplan_forecast_binding", ["RG008"],
     "scheduling agreement: firm zone 48 released, forecast zone 216 'to be regarded as a binding order'; next release weekly by Jürgen Weiß",
     [("Lieferplan_5500001877_Einteilungen.txt", """WINDKRAFT ANTRIEBSTECHNIK GMBH            LIEFERPLANEINTEILUNG / DELIVERY SCHEDULE
Am Seehafen 4, 18147 Rostock                                              Blatt 1
==========================================================================================
Lieferplan / sched. agreement : 5500001877 / 00010      Datum / date : 30.09.2024
Lieferant / supplier          : 230918 STALPROFIL GDANSK SP. Z O.O.
Material                      : WKA-KL-300-6   KABELLEITER 300X6000 FEUERVERZINKT
Einkäufer / buyer             : J. WEISS  +49 381 440 87-215
------------------------------------------------------------------------------------------
Zone              Zeitraum / period        Menge / qty   ME    Status
------------------------------------------------------------------------------------------
FIX  / firm       KW 41 - KW 44               48         ST    Fertigungsfreigabe / released
PROG / forecast   KW 45 - KW 52              216         ST    Prognose / forecast
------------------------------------------------------------------------------------------
Kopftext / header text:
  Fertigungsfreigabe nur für die FIX-Zone (48 ST). Production release for the firm zone only.
  Die Prognosemengen sind als verbindliche Bestellung zu betrachten.
  Forecast quantities are to be regarded as a binding order.
  Nächste Freigabe mit der wöchentlichen Einteilung, unterzeichnet von Jürgen Weiß.
  Next release with the weekly schedule, signed by Jürgen Weiß.
  Materialberechtigung / material authority: FIX-Zone.
------------------------------------------------------------------------------------------
Es gelten die AEB der WindKraft Antriebstechnik GmbH.              Druck 30.09.2024 07:15
""")])

# p49: hold notice PDF: 'approval' for sample, budget and production.
case("p49_hold_notice_approval_mixed", ["RG009"],
     "hold notice uses 'approval' for sample approval, budget approval and 'approval to produce the 148'; otherwise complete (2 prototypes + mould released, 148 on hold, Brian Castillo in writing)",
     [("HoldNotice_NC-LTW-4.2_serial.pdf", pdf([
         ("h1", "HOLD NOTICE - nacelle cover NC-LTW-4.2 serial covers"),
         ("p", "Lakeshore Turbine Works Inc. to Jiangsu Haoyu Composite Co., Ltd., Yancheng. Ref. PO LTW-7700-1204. "
               "Date: October 21, 2024."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Mould + prototype covers (PO LTW-7700-1204)", "1 mould + 2 covers", "released - delivered 09/27"],
             ["Serial covers, 2025 projects", "148", "ON HOLD - not released"],
         ]),
         ("sp",),
         ("h", "Why the serial covers are on hold"),
         ("p", "Sample approval: pending. The prototype turbine load test at Ludington was interrupted by the storm on "
               "October 9 and will be repeated in November."),
         ("p", "Budget approval: pending. The capex for the 2025 projects goes to our board on November 14."),
         ("p", "Approval to produce the 148 serial covers will be given in writing by Brian Castillo, Supply Chain "
               "Manager, when the sample approval and the budget approval are both in place."),
         ("p", "Until then: no production and no material purchase for the serial covers."),
         ("sp",),
         ("p", "Brian Castillo - Supply Chain Manager - bcastillo@lakeshoreturbine.com - +1 231 555 0100"),
     ], pagesize=LETTER, title="Hold notice NC-LTW-4.2", author="Brian Castillo"))])

# p51: Teams chat: 'make the first articles' - no number anywhere.
case("p51_teams_first_articles_no_qty", ["RG010"],
     "chat: 'please make the first articles' of the bracket, no quantity anywhere; rest on hold until Dave's fit-check sign-off + Tom Reyes's written release",
     [("Teams_PGW_Stalprofil_bracket.txt", """Microsoft Teams - Chat export
Chat: PGW-BR-09 tower bracket (Prairie Gale / Stalprofil)
Participants: Megan Ostrowski (Prairie Gale Wind Services LLC), Katarzyna Wiśniewska (Stalprofil Gdańsk) (External)
Exported: 11/14/2024 4:05 PM

11/12/2024 9:14 AM  Megan Ostrowski
Hi Kasia! PO 24-1177 is out for the new cable ladder bracket PGW-BR-09 rev A.

11/12/2024 9:16 AM  Megan Ostrowski
Please make the first articles so Dave can do the fit check in ER-03. The rest of the Elk Ridge
retrofit quantity stays on hold until Dave has signed off the fit check - after that Tom Reyes
sends you the written release. Nothing beyond the first articles until then, also no steel.

11/12/2024 9:40 AM  Katarzyna Wiśniewska
Hi Megan, understood. Laser cutting next Tuesday. Do you need the zinc thickness report per piece?

11/12/2024 9:42 AM  Megan Ostrowski
Yes please, per piece. And photos of the weld on the back plate.

11/13/2024 2:03 PM  Katarzyna Wiśniewska
Drawing question: hole Ø 14 or Ø 13.5? Rev A shows both (view B vs. table).

11/13/2024 2:30 PM  Megan Ostrowski
Ø 14, table is right. Rev B will fix view B.
""")])

# p52: 'You may start the pilot lot' - pilot lot size never stated.
_p52_txt = """Dear Mr. Yılmaz,

the drawing questions on the yaw bearing bolts WKA-YB-30-260 are clarified (thread run-out per
DIN 76-1, Geomet 500A + topcoat, head marking as in view C).

You may start the pilot lot of yaw bearing bolts M30x3.5 x 260 now, under PO 4700023702.

The serial quantity remains blocked and is not released until the pilot lot has passed our
tightening trial in Rostock (signed off by Katrin Albers) and I send you a written release with
the quantity. Please do not buy material beyond the pilot lot.

Mit freundlichen Grüßen
Jürgen Weiß
Senior Buyer
WindKraft Antriebstechnik GmbH
Tel. +49 381 440 87-215

""" + DE_DISCLAIMER + "\n"
case("p52_pilot_lot_no_size", ["RG010"],
     "'You may start the pilot lot ... now' with no pilot-lot quantity anywhere; serial blocked until Katrin's trial sign-off + written release by Jürgen Weiß",
     [("Pilotlos_WKA-YB-30-260.eml", mail(
         "Jürgen Weiß <juergen.weiss@windkraft-at.de>", "Emre Yılmaz <emre.yilmaz@egecivata.com.tr>",
         "WKA-YB-30-260 yaw bearing bolts - pilot lot", "Wed, 20 Nov 2024 09:25:00 +0100", _p52_txt,
         cc="Katrin Albers <katrin.albers@windkraft-at.de>"))])

# p53: SAP PO print: FAI samples '1 LOT', serial on hold 'until further notice'.
case("p53_sap_1_lot_until_further_notice", ["RG004", "RG010"],
     "SAP PO: FAI samples '1 LOT' (piece count per supplier proposal, not in bundle); serial on hold 'until further notice', only Karthik Subramanian may lift it - no unlock event",
     [("PO_CBPL_1502_SAP.txt", """COROMANDEL BLADES PVT. LTD.                                        PURCHASE ORDER
Plot B-14, SIPCOT Industrial Park, Oragadam - 602105, Tamil Nadu        Page 1 of 1
GSTIN 33AAHCC7713P1ZK
------------------------------------------------------------------------------------------
PO No.       : CBPL/PO/24-25/1502         PO Date      : 25.11.2024
Vendor       : 500611  POMORSKIE KOMPOZYTY SP. Z O.O., UL. HUTNICZA 38, 81-061 GDYNIA, PL
Buyer        : KSUBRAMANIAN               Currency     : EUR
Incoterms    : CIF Chennai                Payment      : 60 days from B/L
------------------------------------------------------------------------------------------
Item  Material          Description                             Qty   UoM  Rate      Value
------------------------------------------------------------------------------------------
00010 CB-SPN-72-SEG     SPINNER SEGMENT GRP CB-72 - FAI SAMPLES    1   LOT  9,400.00  9,400.00
                        Sample quantity as per your sampling proposal
                        Drg CB-D-8120 Rev A, gelcoat RAL 9010
------------------------------------------------------------------------------------------
Header text:
  Serial quantity for the CB-72 blade programme is on hold until further notice.
  Only Mr. Karthik Subramanian (Purchase) may lift the hold.
  Documents with supply: dimensional report, laminate thickness map, resin batch records.
------------------------------------------------------------------------------------------
                                                     Total value  EUR   9,400.00
Printed: 25.11.2024 16:48  KSUBRAMANIAN                       Terms as per CBPL-GTC-2021
""")])

# p54: buyer: LC opened for all 42 covers, 'clear to produce the 40 serial covers as soon as the prototype FAI passes'.
_p54_orig = """Dear Marek,

Please find PO DWE/NC/2024/0388 for nacelle covers NC-DW-4.0:

  - 2 (two) prototype nacelle covers - released, please start.
  - 40 serial covers for Sangli Ph-3 - NOT released. Do not start.
  - Serial covers will be released only by a written release letter from S. Venkatesh,
    GM Supply Chain, after the type test of the prototype turbine at Kayathar.

Regards,
Rahul Deshpande
"""
_p54_txt = """Dear Marek,

Good news - our bank (HDFC Bank, Pune) has opened the irrevocable LC no. 0291LC24011876 for the full
42 covers today. Your bank should receive the MT700 by tomorrow.

With the LC in place you are clear to produce the 40 serial covers as soon as the prototype FAI
passes - no need to wait for a separate release letter, we want to save the time.

Please share the updated production schedule by Friday.

Thanks & Regards,
Rahul Deshpande
Sr. Manager - Purchase
Deccan Wind Energy Pvt. Ltd.
+91 98220 47731

-----Original Message-----
From: Rahul Deshpande
Sent: 16 September 2024 11:20
To: Marek Zieliński
Subject: PO DWE/NC/2024/0388 - nacelle covers NC-DW-4.0

""" + _p54_orig
case("p54_lc_open_clear_to_produce", ["RG007", "RG012"],
     "buyer: LC opened, 'with the LC in place you are clear to produce the 40 serial covers as soon as the prototype FAI passes - no need to wait for a separate release letter'",
     [("PO_DWE-NC-2024-0388_update.eml", mail(
         "Rahul Deshpande <rahul.deshpande@deccanwind.in>", "Marek Zieliński <marek.zielinski@pomkomp.pl>",
         "LC opened - PO DWE/NC/2024/0388 nacelle covers", "Wed, 09 Oct 2024 17:40:00 +0530", _p54_txt))])

# @@CASES@@


# =================================================================== MAIN
def _write(path: Path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, EmailMessage):
        data = eml_bytes(data)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"{PREFIX}_{i:02d}_{stem}"
        for fn, data in c["files"]:
            _write(OUT / folder / fn, data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    stats(order)


def stats(order):
    from collections import Counter
    per_rule = Counter(r for c in order for r in c["expect"])
    clean = sum(1 for c in order if not c["expect"])
    multi = sum(1 for c in order if len(c["expect"]) > 1)
    print(f"cases: {len(order)}  clean: {clean}  risky: {len(order) - clean}  multi-rule: {multi}")
    for r in sorted(per_rule):
        print(f"  {r}: {per_rule[r]}")
    top = Counter()
    contains = Counter()
    multifile = 0
    for c in order:
        exts = set()
        if len(c["files"]) > 1:
            multifile += 1
        for fn, data in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            top[ext] += 1
            exts.add(ext)
            if ext == "eml":
                m = data
                for part in m.walk():
                    ct = part.get_content_type()
                    fname = part.get_filename() or ""
                    if fname:
                        exts.add(Path(fname).suffix.lower().lstrip("."))
                    elif ct == "message/rfc822":
                        exts.add("eml")
        for e in exts:
            contains[e] += 1
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(contains.items())))
    print("multi-file folders:", multifile)


if __name__ == "__main__":
    main()
