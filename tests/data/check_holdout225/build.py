#!/usr/bin/env python3
"""Generator for the releasegate check_holdout225 corpus.

Domain: beekeeping and apiary equipment (hive frames, queen excluders, extractor baskets,
smoker bodies, uncapping trays, hive-stand brackets).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout225/build.py

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
import unicodedata
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
def _pdf_text_ok(blocks):
    # the standard PDF fonts only carry WinAnsi (cp1252); keep PDF text inside it
    for b in blocks:
        parts = b[1:] if b[0] != "table" else [c for r in b[1] for c in r]
        for s in parts:
            str(s).encode("cp1252")


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    _pdf_text_ok(blocks)
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
    m["Message-ID"] = msgid or f"<h225-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h225")
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


def quote(text, level=1):
    """Prefix every line with '> ' (per level), as mail clients do in replies."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln else pre for ln in text.splitlines())


# ------------------------------------------------------------------ parties (all fictional)
# Buyers
TMH = "Tawhiti Manuka Honey Ltd"            # Gisborne, New Zealand
TMH_DOM = "tawhitimanuka.co.nz"
KC = "Kranjska Čebela, zadruga z.o.o."      # beekeepers' co-operative, Radovljica, Slovenia
KC_DOM = "kranjska-cebela.si"
APA = "Aspen Parkland Apiaries & Bee Supply Ltd."   # Nipawin, Saskatchewan, Canada
APA_DOM = "aspenparklandbees.ca"
BGH = "Baringo Golden Honey Enterprises Ltd"   # Marigat / Nairobi, Kenya
BGH_DOM = "baringogoldenhoney.co.ke"
# Suppliers
JF = "Jinhua Fengyuan Bee Implements Co., Ltd."   # Jinhua, Zhejiang, China
JF_DOM = "fengyuan-bee.com.cn"
EGE = "Ege Arıcılık Makina San. ve Tic. Ltd. Şti."  # Izmir, Turkey
EGE_DOM = "egearicilik.com.tr"
BT = "Barć-Tech Sp. z o.o."                       # Nowy Sącz, Poland
BT_DOM = "barc-tech.pl"
DBW = "Doaba Bee Equipment Works"                 # Ludhiana, Punjab, India
DBW_DOM = "doababeeworks.in"
MAP = "Metalúrgica Apícola del Plata S.R.L."      # Rafaela, Santa Fe, Argentina
MAP_DOM = "apicoladelplata.com.ar"


# =================================================================== CLEAN
# ---------------------------------------------------------------- c01 supplier quote with tiers (TXT)
case("c01_quote_tiers", [], "supplier quote alone: sample and production tiers, no authorization in the bundle", [
    ("JF-Q2403-118.txt", """\
JINHUA FENGYUAN BEE IMPLEMENTS CO., LTD.
No. 88 Xinhua Industrial Road, Jindong District, Jinhua, Zhejiang 321015, P.R. China
Tel +86 579 8230 1188   Fax +86 579 8230 1189   sales@fengyuan-bee.com.cn

QUOTATION  No. JF-Q2403-118                                   Date: 2024-03-11
To   : Tawhiti Manuka Honey Ltd, Gisborne, New Zealand
Attn : Ms. Aroha Ngata, Purchasing
Ref  : your enquiry 06-Mar-2024, queen excluder stainless

Dear Aroha,

Thanks for your enquiry. Pls find our best price as below.

Item Part no.          Description                                   Qty tier        Unit price USD
---- ----------------- --------------------------------------------- --------------- --------------
1    QE-420-SS Rev D   Queen excluder, SUS304 0.9 mm, punched slot   20 pcs          9.80
                       4.2 mm, 420 x 505 mm, DRG 4205 Rev 3          (sample)
2    QE-420-SS Rev D   same, production                              2,000 pcs       4.15
                                                                     5,000 pcs       3.90

Tooling (punch die 4.2 mm slot, 2 cavity): USD 1,450.00 one time, charged with sample order.

Lead time : samples 15 days after drawing confirm; production 35 days after your order.
Material  : SUS304 = EN 10088-2 1.4301, mill certificate 3.1 supplied. Food contact OK.
Packing   : 50 pcs/carton, carton 5 layer, 40 cartons/pallet, pallet ISPM 15.
Payment   : T/T 30% advance, 70% before shipment.
Price term: FOB Ningbo. Validity 60 days.

Remark: this is quotation only. The production tiers are for price reference, production
is made only against your separate order.

Best regards
Lily Zhou
Sales Manager | Jinhua Fengyuan Bee Implements Co., Ltd.
WeChat: lilyzhou_fy  Mob +86 139 0579 2231
"""),
])

# ---------------------------------------------------------------- c02 buyer RFQ, three scenarios (EML alt)
_c02_txt = """\
Hi Harpreet,

Hope you're doing well and the winter wasn't too rough over there. We're planning for next
spring and would like pricing on the deep frames below. This is a request for quote only,
it is not an order and nothing should be made or bought off of it.

Part: HF-D232 Hoffman self-spacing deep frame, 9-1/8" (232 mm), Ponderosa pine or equal,
top bar 1-1/16", grooved bottom bar, drawing APA-117 Rev 4. Unassembled, 10 per bundle.

Please quote three scenarios:
  A) 500 frames   (our north yards only)
  B) 2,500 frames
  C) 5,000 frames (if we end up taking over the Tisdale outfit)

and a sample set of twenty (20) frames for a fit check in our boxes.

Tell us lead time for each, FOB Ludhiana and CIF Vancouver, and whether you can put a grade
stamp on the end bars. If anything on the drawing is unclear just fire the questions over.

Thanks a bunch,
Shauna
""" + sig("Shauna Wiebe", "Purchasing & Office", APA + ", Nipawin, SK", "+1 306 555 0142")
_c02_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Harpreet,</p>
<p>Hope you're doing well and the winter wasn't too rough over there. We're planning for next spring and
would like pricing on the deep frames below. <b>This is a request for quote only, it is not an order</b>
and nothing should be made or bought off of it.</p>
<p>Part: HF-D232 Hoffman self-spacing deep frame, 9-1/8" (232 mm), Ponderosa pine or equal, top bar
1-1/16", grooved bottom bar, drawing APA-117 Rev 4. Unassembled, 10 per bundle.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Scenario</th><th>Quantity</th><th>Comment</th></tr>
<tr><td>A</td><td>500 frames</td><td>our north yards only</td></tr>
<tr><td>B</td><td>2,500 frames</td><td></td></tr>
<tr><td>C</td><td>5,000 frames</td><td>if we end up taking over the Tisdale outfit</td></tr>
<tr><td>Sample set</td><td>twenty (20) frames</td><td>fit check in our boxes</td></tr>
</table>
<p>Tell us lead time for each, FOB Ludhiana and CIF Vancouver, and whether you can put a grade stamp on
the end bars. If anything on the drawing is unclear just fire the questions over.</p>
<p>Thanks a bunch,<br>Shauna</p>
<p style="color:#666">Shauna Wiebe | Purchasing &amp; Office | Aspen Parkland Apiaries &amp; Bee Supply Ltd., Nipawin, SK<br>
+1 306 555 0142</p>
</body></html>
"""
case("c02_rfq_scenarios", [], "buyer RFQ with three quantity scenarios, explicitly not an order", [
    ("AP-RFQ-0319.eml", eml_bytes(mail(
        f"Shauna Wiebe <shauna@{APA_DOM}>", f"Harpreet Singh Gill <harpreet@{DBW_DOM}>",
        "RFQ AP-RFQ-0319 - HF-D232 deep frames, 3 quantity scenarios",
        "Tue, 16 Jan 2024 10:42:00 -0600", _c02_txt, html=_c02_html))),
])

# ---------------------------------------------------------------- c03 WhatsApp, supplier question (TXT)
case("c03_chat_question", [], "buyer chat scope complete (30 samples, 1.170 not released, sign-off + written release by Tanja Novak); supplier go-ahead only asked", [
    ("WhatsApp Chat - Ege Arıcılık Mehmet.txt", """\
08.04.24, 10:02 - Mojca Zupan: Dober dan Mehmet, PO KC-2024-061 is sent by mail today. Please make only the 30 sample queen excluders QE-W10 (wire, 10 frame, for LR hives). The other 1.170 pcs are NOT released.
08.04.24, 10:03 - Mojca Zupan: The 1.170 will be released only with a written release from Tanja Novak (direktorica), after Gregor Kos signs off the samples.
08.04.24, 10:15 - Mehmet Yıldız: Noted Mojca Hanım, 30 pcs samples only. Kolay gelsin 🙏
08.04.24, 10:16 - Mehmet Yıldız: Wire 4 mm galvanised or stainless? drawing KC-118 rev 2 says both 😅
08.04.24, 10:31 - Mojca Zupan: Stainless AISI 304, rev 2 note 4. Sorry for confusion
19.04.24, 16:41 - Mehmet Yıldız: Mojca hanım samples are ready, DHL tomorrow morning, AWB 4471 2040 38
19.04.24, 16:42 - Mehmet Yıldız: Also one question: do we have go ahead for the 1.170 pcs? Our wire supplier has good price this month, valid until 30.04
19.04.24, 17:05 - Mojca Zupan: Not yet. Gregor first puts the samples in the hives next week. Only after his sign-off Tanja sends the written release. Please don't buy wire for the 1.170.
19.04.24, 17:06 - Mehmet Yıldız: Ok understood, we wait 👍
19.04.24, 17:06 - Mehmet Yıldız: <Media omitted>
"""),
])

# ---------------------------------------------------------------- c04 labelled forecast (PDF)
case("c04_labelled_forecast", [], "co-op demand forecast clearly labelled non-binding, releases nothing", [
    ("KC-NAPOVED-2025.pdf", pdf([
        ("h1", "Kranjska Cebela, zadruga z.o.o. - Napoved potreb 2025"),
        ("p", "Demand forecast 2025 season - NON-BINDING. Issued to: Barc-Tech Sp. z o.o., Nowy Sacz (PL). "
              "Issued by: Mojca Zupan, nabava / purchasing. Date: 22.01.2024. Forecast no. KC-FC-2025-01."),
        ("sp",),
        ("table", [
            ["Item", "Description", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Total"],
            ["AZ-SAT-41", "AZ frame 41 x 26 cm, spruce, wired 4x", "1.200", "2.400", "600", "0", "4.200"],
            ["QE-AZ-SS", "Queen excluder for AZ hive, stainless", "300", "600", "0", "0", "900"],
            ["UT-800-SS", "Uncapping tray 800 mm, AISI 304", "20", "40", "0", "0", "60"],
        ]),
        ("sp",),
        ("p", "This forecast is for your capacity planning only. It is not a purchase order and not a "
              "commitment, and it releases no production and no material purchase. Quantities follow our "
              "members' orders and can change up or down by the season."),
        ("p", "Purchase orders come separately. Production of any quantity starts only with a written "
              "release from Tanja Novak, direktorica."),
        ("p", "Numbers in European format: 1.200 = one thousand two hundred."),
    ], title="Napoved potreb 2025", author="Mojca Zupan")),
])

# ---------------------------------------------------------------- c05 scoped sample sign-off (DOCX)
case("c05_scoped_signoff", [], "sample sign-off 'for fit check only; production not released'; balance 56 on hold, written release by Helen Brash", [
    ("SSR-2024-014.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-2024-014"),
        ("p", "Tawhiti Manuka Honey Ltd - Extraction Plant, Gisborne"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "XB-R20-304 radial extractor basket, 20-frame, AISI 304, dwg TMH-D-0207 rev B"],
            ["Supplier", "Metalúrgica Apícola del Plata S.R.L., Rafaela, Santa Fe (AR)"],
            ["PO", "TMH-PO-24-0233 (sample line, 4 pcs)"],
            ["Samples received", "four (4) baskets, 11/04/2024"],
            ["Quoted production quantity", "60 pcs (quote MAP-COT-0391)"],
            ["Checks", "fit in 20-frame radial drum, frame retention at 300 rpm, TIG welds, passivation"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only. Production not released."),
        ("p", "Notes: one basket had a rod bent at the hub, supplier informed, cause = transport. Weld finish OK. "
              "Frame retention OK at 300 rpm, full frames of manuka (thixotropic, after pricking)."),
        ("h", "What happens next"),
        ("p", "The balance of 56 baskets stays on hold. It is released only by a written release from "
              "Helen Brash, Operations Manager, issued against revised PO TMH-PO-24-0233 rev 1."),
        ("p", "Material: the supplier holds sample-only material authority until that release."),
        ("sp",),
        ("p", "Signed: Liam Forsyth, Apiary Equipment Engineer - 22/04/2024"),
    ], author="Liam Forsyth")),
])

# ---------------------------------------------------------------- c06 full-quantity portal PO (HTML)
case("c06_full_qty_portal", [], "full and final quantity PO (300 brackets, 600 bolt kits), 'proceed with the full 300' is scoped", [
    ("AP-PO-2024-0158.html", html_page("Aspen Parkland Supplier Portal - PO AP-PO-2024-0158", """\
<h2>Aspen Parkland Apiaries &amp; Bee Supply - Supplier Portal</h2>
<p>Logged in as: <b>Ege Arıcılık Makina (vendor 40117)</b> &middot; <a href="#">Logout</a></p>
<h3>Purchase Order AP-PO-2024-0158 &nbsp; <small>rev 0 &middot; issued 2024-02-20</small></h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit USD</th><th>Need by</th></tr>
<tr><td>10</td><td>HSB-45-HDG</td><td>Hive-stand bracket 45&deg;, S235, hot-dip galv. EN ISO 1461, dwg APA-204 Rev 2</td><td>300</td><td>EA</td><td>6.40</td><td>2024-04-15</td></tr>
<tr><td>20</td><td>HSB-BK-M10</td><td>Bolt kit M10x1.5 x 60, A2 stainless, 2 bolts + nyloc nuts</td><td>600</td><td>SET</td><td>0.85</td><td>2024-04-15</td></tr>
</table>
<div class="note">
<p><b>Buyer note:</b> Repeat of the 2022 bracket, drawing unchanged, no samples needed. This PO is the full
and final quantity, no further lots will follow on it. Proceed with the full 300 brackets and the 600 bolt kits
(two per bracket).</p>
<p>Ship as one lot, CIF Vancouver, then rail to Nipawin. Galv certificate and ISO 9001:2015 cert copy with the docs please.</p>
</div>
<p>Buyer: Shauna Wiebe &middot; shauna@aspenparklandbees.ca &middot; +1 306 555 0142</p>
<p><button>Acknowledge PO</button> <button>Download PDF</button></p>
""")),
])

# ---------------------------------------------------------------- c07 call-off, staged material (TXT)
case("c07_calloff_staged", [], "call-off releases 200 top bars; explicit staged material authority to 600; balance 1.000 on hold until next call-off signed by Dr Chepkoech", [
    ("BGH-CO-0003.txt", """\
BARINGO GOLDEN HONEY ENTERPRISES LTD               EDI OUTBOUND - HUMAN READABLE COPY
Marigat, Baringo County / Nairobi Office            Doc type : 862 SHIPPING SCHEDULE (CALL-OFF)
-------------------------------------------------------------------------------------------
Partner     : DOABA BEE EQUIPMENT WORKS, LUDHIANA, PUNJAB (ISA ID DBEW01)
Call-off no : BGH-CO-0003            Blanket PO : BGH/PO/24/0311          Date : 03-06-2024
Item        : KTB-480-CY   Kenya top-bar hive bar 480 mm, cypress, 32 mm wide, wax starter
              groove, dwg BGH-KTB-07 rev 3
-------------------------------------------------------------------------------------------
BLANKET QUANTITY (QUOTED)              :  1 400 EA
RELEASED BY CALL-OFF 1 (BGH-CO-0001)   :    100 EA   samples, signed off 12-04-2024 (O. Ochieng)
RELEASED BY CALL-OFF 2 (BGH-CO-0002)   :    100 EA
RELEASED BY THIS CALL-OFF              :    200 EA   ship wk 27, sea freight Mombasa
CUMULATIVE RELEASED                    :    400 EA
BALANCE NOT RELEASED                   :  1 000 EA
-------------------------------------------------------------------------------------------
MATERIAL AUTHORITY : STAGED. Supplier may buy and hold cypress timber and wax for up to
                     600 EA (cumulative) at buyer's liability. Nothing beyond 600 EA.
BALANCE            : the 1 000 EA are on hold. They are released only by the next call-off,
                     signed by Dr. Faith Chepkoech, Managing Director.
-------------------------------------------------------------------------------------------
Kindly acknowledge within 2 working days.  Contact: Wanjiru Kamau, Procurement Officer
wanjiru.kamau@baringogoldenhoney.co.ke   +254 722 555 031
ISA*00*          *00*          *ZZ*BGHKE01        *ZZ*DBEW01         *240603*0915*U*00401*000000311*0*P*>
END OF DOCUMENT
"""),
])

# ---------------------------------------------------------------- c08 explicit signed auto-conversion (DOCX)
case("c08_auto_conversion", [], "explicit, signed auto-conversion record naming quantity 600, signer and conditions; rest on hold", [
    ("KC-AC-2024-02.docx", docx_bytes([
        ("h1", "Zapisnik / Record of auto-conversion agreement KC-AC-2024-02"),
        ("p", "Kranjska Čebela, zadruga z.o.o., Radovljica (buyer) and Barć-Tech Sp. z o.o., Nowy Sącz (supplier)"),
        ("table", [
            ["Item", "Value"],
            ["Order", "QE-AZ-SS queen excluder for AŽ hive, stainless, drawing KC-112 rev 5"],
            ["Purchase order", "KC-2024-044, line 10 samples 30 pcs"],
            ["Quoted quantity", "30 samples + 2.000 pcs production (quote BT/OF/2024/017)"],
            ["Sample sign-off by", "Gregor Kos, tehnolog"],
        ]),
        ("h", "Agreement"),
        ("num", "When the 30 sample excluders receive a written sample sign-off from Gregor Kos with status "
                "'approved' (not interim), the first production lot of 600 pcs is released automatically, "
                "without a further document. This is a recorded auto-conversion."),
        ("num", "Conditions: sign-off dated not later than 30.06.2024; no stop on the order in force; "
                "PO KC-2024-044 revised to cover 630 pcs before the sign-off."),
        ("num", "The remaining 1.400 pcs of the quoted 2.000 production quantity are not covered by this agreement. They stay on hold "
                "and are released only with a separate written release from Tanja Novak."),
        ("num", "Material authority: sample-only until the sign-off; after it, staged up to 600 pcs."),
        ("sp",),
        ("p", "Recorded and signed: Tanja Novak, direktorica (release authority), Radovljica, 04.03.2024"),
        ("p", "Acknowledged for the supplier: Katarzyna Wójcik, Dział Sprzedaży, 05.03.2024"),
    ], author="Tanja Novak")),
])

# ---------------------------------------------------------------- c09 forwarded old quote, informational (EML rfc822)
_c09_old = mail(
    f"Martín Gómez <mgomez@{MAP_DOM}>", f"Gord Halvorsen <gord@{APA_DOM}>",
    "Cotización / Quote MAP-COT-0117 - queen excluders QE-10F",
    "Wed, 09 Nov 2022 15:20:00 -0300", """\
Estimado Gord,

As requested, our offer for the stainless queen excluders:

  QE-10F-SS  queen excluder 10 frame Langstroth, AISI 304 wire 2,5 mm, frame 465 x 370 mm
  Quantity 5.000 pcs  -  USD 5,60 / pc  FOB Buenos Aires
  Quantity 2.000 pcs  -  USD 6,10 / pc
  Lead time 45 días from order. Validez 30 días.

Quedo atento a sus comentarios.
Saludos cordiales,
Martín Gómez
Ventas / Export - Metalúrgica Apícola del Plata S.R.L.
Ruta 34 km 228, Rafaela, Santa Fe, Argentina
""")
_c09_txt = """\
Martín,

Forwarding your 2022 quote below, for info only, so you can see what Gord paid back then
(he's retired now, I'm handling the excluders myself). The 5,000 in there is old pricing and
NOT an order. Nothing in that quote is released.

Where we stand today:
 - PO AP-PO-2024-0201 covers forty (40) sample excluders QE-10F-SS only.
 - The balance we talked about on the phone (960 pcs) stays on hold. It gets released only
   once Kyle Olyniuk signs off the samples and I send you a written release.
 - Please buy wire for the 40 samples only.

Cheers,
Darcy
""" + sig("Darcy Friesen", "General Manager (release authority)", APA + ", Nipawin, SK", "+1 306 555 0101")
case("c09_fwd_old_quote", [], "old 5,000 quote forwarded as rfc822 and declared informational; 40 samples, 960 on hold, sign-off + written release by Darcy Friesen", [
    ("FW_ MAP-COT-0117.eml", eml_bytes(mail(
        f"Darcy Friesen <darcy@{APA_DOM}>", f"Martín Gómez <mgomez@{MAP_DOM}>",
        "FW: Cotización / Quote MAP-COT-0117 - queen excluders QE-10F (for info only)",
        "Mon, 04 Mar 2024 08:05:00 -0600", _c09_txt, attachments=[("rfc822", _c09_old)]))),
])

# ---------------------------------------------------------------- c10 buyer corrects quoted supplier assumption (EML quoted)
_c10_sup = """\
Dear Mojca,

Good day! The 12 samples of SMK-100/250 will finish this Friday and ship by air.
To save time for you, once you approve the samples we will go straight to mass production 1.188 pcs,
our line is free in May. Pls confirm.

Best regards
Lily Zhou
Sales Manager | Jinhua Fengyuan Bee Implements Co., Ltd."""
_c10_txt = """\
Dear Lily,

Thank you, good news about the samples.

But please no. Sample sign-off does not release production. Please make and ship the
12 sample smokers only. The other 1.188 pcs stay on hold - no material, no production.

Production of the 1.188 starts only after Gregor Kos signs off the samples AND Tanja Novak,
our director, sends you a written release. Until then nothing more, please.

Lep pozdrav / Best regards
Mojca Zupan

On Tue, 23 Apr 2024 at 10:12, Lily Zhou <lily.zhou@fengyuan-bee.com.cn> wrote:
""" + quote(_c10_sup) + "\n" + sig("Mojca Zupan", "Nabava / Purchasing", KC + ", Radovljica, Slovenija", "+386 4 555 2210")
case("c10_reply_corrects_quoted", [], "quoted supplier assumes auto-conversion; buyer reply corrects it: 12 samples only, 1.188 on hold, sign-off + written release by Tanja Novak", [
    ("RE_ SMK-100-250 samples.eml", eml_bytes(mail(
        f"Mojca Zupan <mojca.zupan@{KC_DOM}>", f"Lily Zhou <lily.zhou@{JF_DOM}>",
        "RE: SMK-100/250 samples - PO KC-2024-066",
        "Tue, 23 Apr 2024 11:47:00 +0200", _c10_txt, in_reply_to=f"<h225-lz0423@{JF_DOM}>"))),
])

# ---------------------------------------------------------------- c11 WeChat, deposit not a release (TXT)
case("c11_deposit_not_release", [], "deposit paid; supplier states deposit is not release; buyer scope 25 samples, 975 not released, written release by Dr Chepkoech after sign-off", [
    ("WeChat_Baringo_Fengyuan_202405.txt", """\
WeChat chat history export
Group: Baringo Honey / Fengyuan smoker project
Exported: 2024-05-08 09:01
----------------------------------------------
2024-05-06 08:12  Wanjiru Kamau: Good morning Lily. TT for the sample tooling + 25 smokers sent today, USD 1,180.00, copy attached.
2024-05-06 08:12  Wanjiru Kamau: [File] TT_copy_KCB_060524.pdf
2024-05-06 08:14  Wanjiru Kamau: Kindly note: we order only the 25 sample smoker bodies SMK-100/250 now. The balance 975 pcs is not released. It will be released only by written release from Dr. Faith Chepkoech (MD) after Otieno signs off the samples.
2024-05-06 09:40  Lily Zhou: Good morning dear. Well noted thanks 🙏
2024-05-07 10:05  Lily Zhou: Payment received today. We understand deposit is not release of production. We make 25 pcs samples only, no material purchase for mass production.
2024-05-07 10:06  Lily Zhou: Mass production wait for your written release from Dr. Chepkoech
2024-05-07 10:07  Lily Zhou: Samples ready around 25 May, we send photos first
2024-05-07 10:20  Wanjiru Kamau: 👍 Asante sana Lily
"""),
])

# ---------------------------------------------------------------- c12 supplier acknowledgement restates hold (PDF)
case("c12_supplier_ack", [], "supplier acknowledgement restating scope: 50 samples, 4.950 not released, sample-only material", [
    ("BT-POTW-2024-0212.pdf", pdf([
        ("h1", "Potwierdzenie zamowienia / Order acknowledgement"),
        ("p", "Barc-Tech Sp. z o.o., ul. Lwowska 140, 33-300 Nowy Sacz, Polska. NIP 734-000-00-00. "
              "Certyfikat ISO 9001:2015."),
        ("p", "To: Kranjska Cebela, zadruga z.o.o., Radovljica, Slovenija - att. Mrs. Mojca Zupan. "
              "Our ref.: BT/POTW/2024/0212. Your PO: KC-2024-072 of 12.02.2024. Date: 14.02.2024."),
        ("table", [
            ["Pos.", "Item", "Description", "Qty", "Unit price EUR", "Status"],
            ["1", "AZ-SAT-41", "AZ frame 41 x 26 cm, spruce, wired 4x, eyelets", "50", "1,35", "sample - in work"],
            ["2", "AZ-SAT-41", "AZ frame, production quantity (quoted)", "4.950", "0,98", "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", "Dear Mrs. Zupan, we kindly confirm your order and acknowledge the scope as written in your PO: "
              "50 sample frames only. The balance of 4.950 pcs is not released."),
        ("p", "Material authority: sample-only. We buy timber and wire for the 50 samples only."),
        ("p", "We will not start the 4.950 pcs before we have the written release from Mrs. Tanja Novak, which "
              "follows the sample sign-off by Mr. Gregor Kos."),
        ("p", "Samples ready: week 9. Delivery DAP Radovljica."),
        ("p", "Pozdrawiam serdecznie / Best regards, Katarzyna Wojcik, Dzial Sprzedazy / Sales"),
    ], title="Order acknowledgement BT/POTW/2024/0212", author="Katarzyna Wojcik")),
])

# ---------------------------------------------------------------- c13 interim sample disposition with limits (DOCX)
case("c13_interim_disposition", [], "interim disposition limited to 150 pcs and an expiry; those 150 released in writing by Darcy Friesen; balance 850 on hold", [
    ("ISD-24-03.docx", docx_bytes([
        ("h1", "Interim Sample Disposition ISD-24-03"),
        ("p", "Aspen Parkland Apiaries & Bee Supply Ltd. - Nipawin, SK"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "QE-10F-PL punched queen excluder, 0.8 mm 430 stainless, slot 4.2 x 50 mm, dwg APA-131 Rev 3"],
            ["Supplier", "Barć-Tech Sp. z o.o., Nowy Sącz, Poland"],
            ["PO", "AP-PO-2024-0122: 20 samples; quoted production 1,000"],
            ["Finding", "slot edge burr 0.12 mm, spec max 0.10 mm (drawing note 7)"],
            ["Effect", "no harm to bees seen in 3 test colonies over 14 days; wax build-up normal"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("li", "Limited to 150 pcs."),
        ("li", "Valid until 31 May 2024 (spring splits only)."),
        ("li", "Supplier to add a deburr step (vibratory finish) before any further lot."),
        ("h", "Production authority"),
        ("p", "The 150 pcs are released by written release PR-24-011, signed by Darcy Friesen, General Manager, "
              "on 2 April 2024 (filed with this record)."),
        ("p", "The balance of 850 pcs remains on hold and is not released. It needs the final sign-off of corrected "
              "samples and a further written release from Darcy Friesen."),
        ("p", "Material authority: staged up to 150 pcs only."),
        ("sp",),
        ("p", "Disposition by: Kyle Olyniuk, Extracting Plant & Equipment Lead - 2 April 2024"),
    ], author="Kyle Olyniuk")),
])

# ---------------------------------------------------------------- c14 ERP PO, full quantity, quantity-like ids (TXT)
case("c14_erp_full_qty_ids", [], "full-quantity repeat PO, 600 in three deliveries; identifiers look like quantities (1200-450-60, DRG 4500 REV 12, 480 H)", [
    ("TMH-PO-24-0480.txt", """\
TAWHITI MANUKA HONEY LTD                     PURCHASE ORDER                        Page 1 of 1
18 Awapuni Road, Gisborne 4010, New Zealand   GST 123-456-789
=============================================================================================
PO No     : TMH-PO-24-0480       Rev : 0            Date : 15/04/2024
Supplier  : EGE ARICILIK MAKINA SAN. VE TIC. LTD. STI.          Vendor no : 20480
            Kemalpasa OSB, 35730 Izmir, TURKIYE
Ship to   : Tawhiti Manuka Honey Ltd - Matawai depot, SH2, Gisborne District
Incoterms : CIF Napier         Currency : USD         Terms : 60 days from B/L
=============================================================================================
LN  PART NO        DESCRIPTION                                QTY  UOM  UNIT PR     EXT PR
--  -------------  -----------------------------------------  ---  ---  -------  ---------
10  1200-450-60    HIVE STAND BRACKET HSB-45, HDG EN ISO 1461  200  EA      7.20   1,440.00
                   DRG 4500 REV 12, 2 HOLES M10X1.5
                   SALT SPRAY 480 H ISO 9227 NSS
                   DELIVERY 28/06/2024
20  1200-450-60    SAME - 2ND DELIVERY                         200  EA      7.20   1,440.00
                   DELIVERY 26/07/2024
30  1200-450-60    SAME - 3RD DELIVERY                         200  EA      7.20   1,440.00
                   DELIVERY 30/08/2024
                                                             ----                ---------
                                                     TOTAL    600  EA              4,320.00
=============================================================================================
NOTES
 1. Repeat order. Design unchanged since PO TMH-PO-22-0117. No samples required.
 2. This PO is the full and final quantity: 600 EA in three deliveries. Nothing further
    will follow on this PO.
 3. Supplier QMS to ISO 9001:2015. Galv certificate per EN ISO 1461 with every delivery,
    coating min 70 um local.
 4. Pallets ISPM 15 stamped. MPI biosecurity: no bark, no soil, no used packaging.
Buyer : Aroha Ngata, Purchasing Coordinator    aroha.ngata@tawhitimanuka.co.nz   +64 6 555 0188
*** END OF PO ***
"""),
])

# ---------------------------------------------------------------- c15 supplier status restating hold, quoted scope + HTML attachment (EML)
_c15_q = """\
Hi Manpreet,

PO AP-PO-2024-0144 is attached: forty (40) sample frames HF-D232 only. The other
2,460 frames from your quote are not released. They get released only by a written
release from Darcy Friesen, after Kyle signs off the samples in our boxes.
Material for the 40 samples only please.

Thanks,
Shauna"""
_c15_txt = """\
Respected Shauna Madam,

Sat sri akal. Kindly find below status of your order AP-PO-2024-0144:

  - 40 sample frames HF-D232 completed, pine from our regular depot, grade stamp on end bar done.
  - Dispatched today by DHL Express, AWB 58 4471 2210, pro-forma for customs attached in the box.
  - Balance 2,460 frames: on hold as per your PO. No timber purchased beyond the samples.
  - We will wait for Kyle ji sign-off and then Darcy Sir's written release before any production.

Detailed inspection sheet attached (html).

Thanking you,
Manpreet Kaur

On Mon, 19 Feb 2024 at 21:14, Shauna Wiebe <shauna@aspenparklandbees.ca> wrote:
""" + quote(_c15_q) + "\n" + sig("Manpreet Kaur", "Export Coordinator", DBW + ", Focal Point Phase 8, Ludhiana 141010, Punjab", "+91 98150 55512")
_c15_att = html_page("Inspection sheet AP-PO-2024-0144", """\
<h3>Doaba Bee Equipment Works - Outgoing inspection</h3>
<p>PO AP-PO-2024-0144 &middot; HF-D232 Hoffman deep frame &middot; drawing APA-117 Rev 4</p>
<table>
<tr><th>Check</th><th>Spec</th><th>Result (n=40)</th></tr>
<tr><td>End bar length</td><td>232 +/-0.5 mm</td><td>231.8 - 232.3</td></tr>
<tr><td>Top bar thickness</td><td>27 mm (1-1/16")</td><td>26.9 - 27.1</td></tr>
<tr><td>Moisture</td><td>&le; 12 %</td><td>9 - 11 %</td></tr>
<tr><td>Grade stamp</td><td>on end bar</td><td>OK</td></tr>
</table>
<p>Status of balance 2,460 pcs: on hold, not released, no material bought.</p>
""")
case("c15_status_restates_hold", [], "supplier status mail restating hold and sample-only material, buyer scope quoted and complete", [
    ("RE_ AP-PO-2024-0144 status.eml", eml_bytes(mail(
        f"Manpreet Kaur <export@{DBW_DOM}>", f"Shauna Wiebe <shauna@{APA_DOM}>",
        "RE: AP-PO-2024-0144 - sample frames dispatched", "Thu, 07 Mar 2024 17:32:00 +0530", _c15_txt,
        cc=f"Kyle Olyniuk <kyle@{APA_DOM}>", in_reply_to=f"<h225-sw0219@{APA_DOM}>",
        attachments=[("inspection_AP-PO-2024-0144.html", _c15_att, "text/html")]))),
])

# ---------------------------------------------------------------- c16 supplier portal order book with holds (HTML)
case("c16_supplier_portal_holds", [], "supplier portal order book: sample lines, production lines shown NOT RELEASED with the unlock event and person", [
    ("ege-portal-orderbook-KC.html", html_page("Ege Arıcılık B2B - Order book", """\
<h2>Ege Arıcılık Makina - B2B Müşteri Portalı / Customer Portal</h2>
<p>Customer: <b>Kranjska Čebela, zadruga z.o.o.</b> (Radovljica, SI) &middot; Customer no. 7710</p>
<h3>Open orders / Açık siparişler</h3>
<table>
<tr><th>PO</th><th>Item</th><th>Line type</th><th>Qty</th><th>Status</th><th>Remark</th></tr>
<tr><td>KC-2024-061</td><td>QE-W10 wire queen excluder LR 10 fr.</td><td>Sample</td><td>30</td><td>Shipped 20.04.2024</td><td>DHL 4471 2040 38</td></tr>
<tr><td>KC-2024-061</td><td>QE-W10 wire queen excluder LR 10 fr.</td><td>Production (quoted)</td><td>1.170</td><td>ON HOLD - not released</td><td>waits for sample sign-off by Gregor Kos and written release from Tanja Novak</td></tr>
<tr><td>KC-2024-019</td><td>SMK-KC smoker, stainless 100 mm, leather bellows</td><td>Full order</td><td>240</td><td>In production</td><td>full and final PO quantity, delivery wk 20</td></tr>
</table>
<div class="note">Material for KC-2024-061: sample-only. No wire bought for the 1.170.</div>
<p><small>Ege Arıcılık Makina San. ve Tic. Ltd. Şti. &middot; Kemalpaşa OSB, İzmir &middot; +90 232 555 47 10</small></p>
""")),
])

# ---------------------------------------------------------------- c17 PO with production line marked not released (PDF)
case("c17_po_hold_line", [], "PO: sample line 40, production line 1,960 marked not released, unlock by sign-off + written release from Dr Chepkoech, sample-only material", [
    ("BGH-PO-24-0356.pdf", pdf([
        ("h1", "PURCHASE ORDER BGH/PO/24/0356"),
        ("p", "Baringo Golden Honey Enterprises Ltd, P.O. Box 112-30403 Marigat; Nairobi office: Mombasa Road, "
              "Nairobi. PIN P051234567X."),
        ("p", "Supplier: Barc-Tech Sp. z o.o., ul. Lwowska 140, 33-300 Nowy Sacz, Poland. Date: 18-03-2024. "
              "Currency: EUR. Incoterms: CIF Mombasa. Payment: 30 days after B/L."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Amount EUR", "Status"],
            ["1", "QE-LS-SS", "Queen excluder Langstroth 10 fr., stainless punched 0,9 mm, dwg BGH-D-021 rev 2",
             "40", "8,20", "328,00", "SAMPLE - ordered"],
            ["2", "QE-LS-SS", "Same, production quantity", "1,960", "3,95", "0,00",
             "NOT RELEASED - on hold, price for reference only"],
        ]),
        ("sp",),
        ("p", "Scope of this PO: only the forty (40) sample excluders in line 1 are ordered. Line 2 is not released "
              "and carries no value on this PO."),
        ("p", "The balance of 1,960 pcs will be released only by a written release signed by Dr. Faith Chepkoech, "
              "Managing Director, after sample sign-off by Otieno Ochieng, Production Manager."),
        ("p", "Material authority: sample-only. Do not buy sheet for line 2."),
        ("p", "Kindly acknowledge this PO in writing. Procurement Officer: Wanjiru Kamau, +254 722 555 031."),
    ], title="BGH/PO/24/0356", author="Wanjiru Kamau")),
])

# ---------------------------------------------------------------- c18 Teams, scoped go-ahead (TXT)
case("c18_teams_scoped_goahead", [], "go-ahead scoped to 'the 12 pilot uncapping trays only'; 288 not released, written release by Darcy after Kyle's sign-off", [
    ("Teams_chat_export_2024-03-18.txt", """\
Microsoft Teams - chat export
Chat: Aspen Parkland / Metalúrgica Apícola del Plata - uncapping trays UT-1200-SS
Participants: Darcy Friesen, Kyle Olyniuk, Lucía Fernández
-------------------------------------------------------------------------
[2024-03-18 14:02] Lucía Fernández: Hola Darcy! The drawing rev B is ok for us, the drain at 1" NPT also. We can start whenever you say.
[2024-03-18 14:10] Darcy Friesen: Hey Lucía, great. Go ahead with the 12 pilot uncapping trays (UT-1200-SS) only.
[2024-03-18 14:11] Darcy Friesen: The 288 balance is not released. I release it in writing once Kyle signs off the pilots after a couple weeks in the honey house.
[2024-03-18 14:11] Darcy Friesen: Steel for the 12 only please.
[2024-03-18 14:13] Kyle Olyniuk: 👍 I'll run them through the first pull in June if the weather plays along
[2024-03-18 14:30] Lucía Fernández: Perfecto, 12 pilot units only, 288 on hold. Gracias!!
"""),
])

# ---------------------------------------------------------------- c19 deposit explicitly not a release, PDF attachment (EML)
_c19_pay = pdf([
    ("h1", "Potrdilo o placilu / Payment confirmation"),
    ("p", "Banka: NLB d.d., Ljubljana. Nalogodajalec / Payer: Kranjska Cebela, zadruga z.o.o., Radovljica."),
    ("table", [
        ["Field", "Value"],
        ["Date", "11.03.2024"],
        ["Beneficiary", "Barc-Tech Sp. z o.o., Nowy Sacz (PL)"],
        ["IBAN", "PL61 1090 1014 0000 0712 1981 2874"],
        ["Amount", "EUR 1.240,00"],
        ["Purpose", "KC-2024-077 deposit 30 % tooling AZ frame jig"],
        ["Reference", "SI00 2024-077"],
    ]),
], title="Potrdilo o placilu", author="NLB")
_c19_txt = """\
Spoštovana ga. Wójcik,

today we paid the 30 % deposit for the tooling of the AŽ frame jig, EUR 1.240,00 (payment
confirmation attached).

Please note: the deposit does not release production. Under PO KC-2024-077 only the forty (40)
sample frames AZ-SAT-41 are ordered. The remaining 1 960 frames stay on hold until Gregor Kos
signs off the samples and Tanja Novak, direktorica, sends you the written release.

Lep pozdrav,
Mojca Zupan
""" + sig("Mojca Zupan", "Nabava / Purchasing", KC + ", Radovljica, Slovenija", "+386 4 555 2210")
case("c19_deposit_not_release_mail", [], "buyer: 'the deposit does not release production'; 40 samples, 1 960 on hold, sign-off + written release by Tanja Novak", [
    ("KC-2024-077.eml", eml_bytes(mail(
        f"Mojca Zupan <mojca.zupan@{KC_DOM}>", f"Katarzyna Wójcik <k.wojcik@{BT_DOM}>",
        "KC-2024-077 - deposit paid / plačilo avansa", "Mon, 11 Mar 2024 14:20:00 +0100", _c19_txt,
        attachments=[("Potrdilo_placila_KC-2024-077.pdf", _c19_pay, PDF_MT)]))),
])

# ---------------------------------------------------------------- c20 deviation permit, quantities untouched (PDF)
case("c20_deviation_permit", [], "deviation permit for 4 sample baskets only; quantities unchanged, explicitly not a production release", [
    ("DP-24-007.pdf", pdf([
        ("h1", "DEVIATION PERMIT DP-24-007"),
        ("p", "Tawhiti Manuka Honey Ltd, 18 Awapuni Road, Gisborne 4010, New Zealand"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "XB-R20-304 radial extractor basket, dwg TMH-D-0207 rev B"],
            ["Supplier", "Metalurgica Apicola del Plata S.R.L., Rafaela (AR)"],
            ["Requested by", "Lucia Fernandez, Produccion, 02/04/2024"],
            ["Deviation", "frame-retaining rods 4,0 mm AISI 304 instead of 4,5 mm (4,5 mm bar out of stock in Rafaela)"],
            ["Applies to", "the four (4) sample baskets of PO TMH-PO-24-0233 only"],
            ["Test", "rod deflection at 300 rpm with full manuka frames, ISO 2768-m tolerances unchanged"],
        ]),
        ("sp",),
        ("p", "Deviation granted for the four sample baskets only. Quantities are unchanged. This permit does not "
              "change the PO scope and is not a production release."),
        ("p", "The balance of 56 baskets stays on hold as per the PO note: written release by Helen Brash, "
              "Operations Manager, after sample sign-off."),
        ("p", "Granted by: Liam Forsyth, Apiary Equipment Engineer, 03/04/2024"),
    ], title="Deviation permit DP-24-007", author="Liam Forsyth")),
])

# ---------------------------------------------------------------- c21 minutes keep the words apart (DOCX)
case("c21_minutes_words_apart", [], "minutes keep sample sign-off, PO issued and production release apart; advance paid for samples only; 2 samples, 18 on hold, Dr Chepkoech", [
    ("Minutes_2024-05-14_BGH_Ege.docx", docx_bytes([
        ("h1", "Minutes of video call - uncapping trays UT-1200-SS"),
        ("p", "Date: 14 May 2024, 11:00 EAT / 11:00 TRT. Platform: Zoom."),
        ("p", "Attendees: Wanjiru Kamau (Procurement, BGH), Otieno Ochieng (Production Manager, BGH), "
              "Mehmet Yıldız (Export, Ege Arıcılık), Elif Kaya (Planning, Ege Arıcılık)."),
        ("h", "1. PO issued"),
        ("p", "PO BGH/PO/24/0402 was issued on 10 May 2024 for two (2) sample uncapping trays UT-1200-SS "
              "(AISI 304, 1,2 mm, with stainless grid and 1\" drain). Ege confirmed receipt."),
        ("h", "2. Sample sign-off"),
        ("p", "Otieno will test both samples in the Marigat extraction room for two weeks during the June harvest. "
              "Sample sign-off record expected by 7 June 2024."),
        ("h", "3. Production release"),
        ("p", "The remaining 18 trays for the outgrower collection centres are not released. Dr. Faith Chepkoech, "
              "Managing Director, will issue a written production release after the sample sign-off."),
        ("h", "4. Material and payment"),
        ("p", "Ege buys stainless sheet for the 2 samples only. The 50 % advance on the sample PO was paid on "
              "12 May; it pays for the samples and does not start anything else."),
        ("h", "Action items"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Ship 2 samples by air to Nairobi (JKIA)", "Elif Kaya", "24 May 2024"],
            ["2", "Sample sign-off record", "Otieno Ochieng", "7 June 2024"],
            ["3", "Written production release for the 18 trays, if sign-off is positive", "Dr. Faith Chepkoech", "after item 2"],
        ]),
        ("p", "Minutes by Wanjiru Kamau. Circulated 14 May 2024. Kindly revert with any corrections."),
    ], author="Wanjiru Kamau")),
])

# ---------------------------------------------------------------- c22 EDI 830, forecast only, zero authorizations (TXT)
case("c22_edi830_forecast", [], "EDI 830 planning schedule, all lines planning (FST D), fab/raw authorization 0, labelled forecast only", [
    ("AP830-2024-W14.txt", """\
=== EDI X12 830 PLANNING SCHEDULE - PRINTOUT (translator: APA-EDI v3.2) ===
Sender  : ASPENPARKLAND (ZZ)        Receiver : DBEW01 (ZZ)       Control : 000000914
Created : 2024-03-29 06:00 CST

ISA*00*          *00*          *ZZ*ASPENPARKLAND  *ZZ*DBEW01         *240329*0600*U*00401*000000914*0*P*>
GS*PS*ASPENPARKLAND*DBEW01*20240329*0600*914*X*004010
ST*830*0001
BFR*05*AP830-2024-W14**DL*A*20240401*20241231*20240329
N1*ST*ASPEN PARKLAND APIARIES & BEE SUPPLY*92*NIP01
LIN**BP*HF-D232*VP*DBW-HF232
UIT*EA
FST*600*D*W*20240506
FST*600*D*W*20240603
FST*1200*D*W*20240701
FST*0*D*W*20240805
FST*2500*D*M*20241001
ATH*FI**0**20240329
ATH*MT**0**20240329
CTT*1
SE*13*0001
GE*1*914
IEA*1*000000914

--- HUMAN READABLE ---
Item HF-D232 Hoffman deep frame (your part DBW-HF232)
  Week of 2024-05-06   600 EA   planning (D)
  Week of 2024-06-03   600 EA   planning (D)
  Week of 2024-07-01  1200 EA   planning (D)
  Week of 2024-08-05     0 EA   planning (D)
  Month  2024-10      2500 EA   planning (D)
Fabrication authorization (ATH FI) : 0 EA
Raw material authorization (ATH MT): 0 EA

NOTE FROM BUYER: This schedule is a forecast only. Every line is planning (FST02 = D), none is
firm. It authorizes no production and no material. Orders come separately as 850 POs.
Questions: Shauna Wiebe, +1 306 555 0142
"""),
])

# ---------------------------------------------------------------- c23 multi-file: DOCX PO + EML ack (quoted) + TXT chat
_c23_po = docx_bytes([
    ("h1", "PURCHASE ORDER TMH-PO-24-0262"),
    ("p", "Tawhiti Manuka Honey Ltd, 18 Awapuni Road, Gisborne 4010, New Zealand"),
    ("p", "Supplier: Doaba Bee Equipment Works, Focal Point Phase 8, Ludhiana 141010, Punjab, India"),
    ("p", "Date: 04/03/2024   Currency: USD   Incoterms: CIF Napier   Buyer: Aroha Ngata"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Scope"],
        ["1", "HF-FD232-P", "Full-depth frame 232 mm, pine, MPI heat treated, dwg TMH-D-0110 rev C", "60", "1.10", "sample"],
        ["2", "HF-FD232-P", "Same, production quantity from quote DBW/Q/23-24/188", "5,940", "0.62", "not released"],
    ]),
    ("h", "Scope note"),
    ("p", "Make the 60 sample frames (line 1) now. Line 2, the balance of 5,940 frames, is not released and is on hold."),
    ("p", "Unlock: the balance is released only by a written release from Helen Brash, Operations Manager, after "
          "Liam Forsyth signs off the samples. Material authority: sample-only (timber for 60 frames)."),
    ("p", "Quoted production quantity basis: firm, subject to the release above."),
], author="Aroha Ngata")
_c23_q = """\
Kia ora Manpreet,

Please find PO TMH-PO-24-0262 attached. Sixty (60) sample frames only for now. The 5,940 balance
is on hold until Liam signs off the samples and Helen Brash sends the written release.

Ngā mihi,
Aroha"""
_c23_mail = """\
Dear Aroha Madam,

Greetings from Ludhiana. We are in receipt of your PO TMH-PO-24-0262 and we acknowledge the
scope as written:

  - Line 1: 60 sample frames HF-FD232-P - accepted, dispatch by 25/03/2024
  - Line 2: 5,940 frames - not released, on hold. We will not cut timber for these.
  - We will start line 2 only after written release from Ms. Helen Brash.

Heat treatment certificate (ISPM 15 / MPI) will come with samples.

Thanking you and assuring best services,
Manpreet Kaur

On Mon, 4 Mar 2024 at 09:15, Aroha Ngata <aroha.ngata@tawhitimanuka.co.nz> wrote:
""" + quote(_c23_q) + "\n" + sig("Manpreet Kaur", "Export Coordinator", DBW + ", Ludhiana", "+91 98150 55512")
_c23_chat = """\
WhatsApp Chat with Doaba Bee Works - Manpreet
11/04/24, 8:02 am - Liam Forsyth: Morning Manpreet, the 60 sample frames went into 6 boxes at the Matawai yard yesterday. Fit is good, end bars square. Sign-off record coming from me this week.
11/04/24, 8:40 am - Manpreet Kaur: Thank you Liam ji 🙏 Happy to hear. Shall we start the 5,940 then?
11/04/24, 9:05 am - Aroha Ngata: Hi Manpreet, not yet sorry. Liam's sign-off is only the technical check. The 5,940 stay on hold until Helen Brash sends the written release.
11/04/24, 9:06 am - Manpreet Kaur: Understood madam, waiting for Helen madam release 👍
"""
case("c23_multi_consistent_po_ack_chat", [], "PO, supplier ack and chat agree: 60 samples, 5,940 on hold, Liam sign-off + written release by Helen Brash; supplier only asks", [
    ("TMH-PO-24-0262.docx", _c23_po),
    ("RE_ TMH-PO-24-0262 acknowledgement.eml", eml_bytes(mail(
        f"Manpreet Kaur <export@{DBW_DOM}>", f"Aroha Ngata <aroha.ngata@{TMH_DOM}>",
        "RE: TMH-PO-24-0262 - PO acknowledgement", "Tue, 05 Mar 2024 11:20:00 +0530", _c23_mail,
        in_reply_to=f"<h225-an0304@{TMH_DOM}>"))),
    ("WhatsApp Chat with Doaba Bee Works.txt", _c23_chat),
])

# ---------------------------------------------------------------- c24 buyer portal Q&A: material question answered (HTML)
case("c24_portal_material_answer", [], "supplier asks to buy wire for 1,500; buyer answers: sample-only material (20), 1,480 not released, sign-off + written release by Helen Brash", [
    ("tmh-supplier-portal-msg-0311.html", html_page("Tawhiti Manuka - Supplier Portal - Messages", """\
<h2>Tawhiti Manuka Honey - Supplier Portal</h2>
<p>Supplier: <b>Barć-Tech Sp. z o.o.</b> &middot; PO <b>TMH-PO-24-0311</b> &middot; QE-W10-NZ wire queen excluder, 10 frame</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>sample</td><td>20</td><td>open</td></tr>
<tr><td>2</td><td>production (quoted)</td><td>1,480</td><td>not released</td></tr>
</table>
<h3>Messages</h3>
<div class="msg"><p><b>Tomasz Nowak (Barć-Tech), 02/05/2024 10:14:</b><br>
Dear Sirs, our wire supplier in Katowice gives now good price for stainless wire 2,5 mm if we take for 1.500 excluders.
Can we buy the wire for all now, to keep the price for you? Regards, Tomasz</p></div>
<div class="msg note"><p><b>Aroha Ngata (Tawhiti Manuka), 02/05/2024 15:40:</b><br>
Hi Tomasz, thanks for asking first. No, please don't. Material authority on this PO is sample-only: wire for the
20 samples. The 1,480 balance is not released. It is released only by a written release from Helen Brash,
Operations Manager, after Liam Forsyth signs off the samples. If the price goes up we'll wear that, no stress.</p></div>
<div class="msg"><p><b>Tomasz Nowak (Barć-Tech), 03/05/2024 07:55:</b><br>OK understood, wire for 20 pcs only. Pozdrawiam</p></div>
<p><textarea rows="3" cols="70" placeholder="Write a message"></textarea><br><button>Send</button></p>
""")),
])

# ---------------------------------------------------------------- c25 multi-file: PDF release letter + TXT ERP call-off, consistent
_c25_letter = pdf([
    ("h1", "Production release PR-KC-2024-05"),
    ("p", "Kranjska Cebela, zadruga z.o.o., Linhartov trg 9, 4240 Radovljica, Slovenija"),
    ("p", "To: Ege Aricilik Makina San. ve Tic. Ltd. Sti., Kemalpasa OSB, Izmir. Att. Mr. Mehmet Yildiz. "
          "Date: 06.05.2024."),
    ("table", [
        ["Order", "PO", "Samples", "Quoted production", "Released now", "Balance on hold"],
        ["SMK-KC smoker 100 mm, stainless, leather bellows", "KC-2024-052 rev 1", "12 (signed off 29.04.2024)",
         "1.200", "400", "800"],
    ]),
    ("sp",),
    ("p", "Sample sign-off of the 12 samples was recorded by Gregor Kos on 29.04.2024 (record KC-SO-2024-09). "
          "With this letter we release 400 (four hundred) smokers for production, delivery week 26."),
    ("p", "The balance of 800 pcs stays on hold. It is released only by a next written release from Tanja Novak."),
    ("p", "Material authority: staged up to 400 pcs (stainless sheet and leather for 400 smokers)."),
    ("p", "PO KC-2024-052 rev 1 covers 412 pcs (12 samples + 400)."),
    ("sp",),
    ("p", "Tanja Novak, direktorica (release authority)"),
], title="Production release PR-KC-2024-05", author="Tanja Novak")
_c25_erp = """\
KRANJSKA CEBELA Z.O.O.  - ERP Pantheon - NAROCILO DOBAVITELJU / CALL-OFF        06.05.2024 09:12
-----------------------------------------------------------------------------------------------
Dobavitelj / Supplier : 30071 EGE ARICILIK MAKINA, IZMIR (TR)
Narocilo / PO         : KC-2024-052  rev 1
Odpoklic / Call-off   : KC-2024-052-01      Ref. release: PR-KC-2024-05
-----------------------------------------------------------------------------------------------
Poz  Artikel   Opis                                     Kol.   EM   Cena EUR    Rok
 10  SMK-KC    Kadilnik / smoker 100 mm INOX - vzorci     12   kos     14,50    dobavljeno
 20  SMK-KC    Kadilnik / smoker 100 mm INOX - odpoklic  400   kos      9,80    KW 26/2024
-----------------------------------------------------------------------------------------------
Sprosceno skupaj / released total      : 400 kos (production), 12 kos samples delivered
Zadrzano / balance on hold             : 800 kos - next written release from T. Novak
Material authority                     : staged up to 400 kos
Kontakt: Mojca Zupan, nabava, +386 4 555 2210
"""
case("c25_multi_release_calloff", [], "release letter and ERP call-off agree: 400 released, 800 on hold until next written release by Tanja Novak, staged material 400", [
    ("PR-KC-2024-05.pdf", _c25_letter),
    ("KC-2024-052-01.txt", _c25_erp),
])


# =================================================================== POSITIVE
# ---------------------------------------------------------------- p01 multi-file: cover mail + PO + quote; 24 vs 20, 2,000 unmarked
_p01_mail = """\
Kia ora Lily,

Please find our PO TMH-PO-24-0125 for twenty-four (24) sample queen excluders QE-420-SS,
plus your quote JF-Q2403-118 so all the paperwork sits together in one place.

Can you confirm the sample delivery date and the tooling invoice? Our accounts team need
the invoice number to pay the die.

Ngā mihi,
Aroha
""" + sig("Aroha Ngata", "Purchasing Coordinator", TMH + ", Gisborne", "+64 6 555 0188")
_p01_po = pdf([
    ("h1", "PURCHASE ORDER TMH-PO-24-0125"),
    ("p", "Tawhiti Manuka Honey Ltd, 18 Awapuni Road, Gisborne 4010, New Zealand. GST 123-456-789."),
    ("p", "Supplier: Jinhua Fengyuan Bee Implements Co., Ltd., Jinhua, Zhejiang, China. Vendor 20311. "
          "Date: 14/03/2024. Currency: USD. Incoterms: FOB Ningbo. Your quote: JF-Q2403-118."),
    ("table", [
        ["Ln", "Part", "Description", "Qty", "UoM", "Unit USD", "Ext USD"],
        ["10", "QE-420-SS Rev D", "Queen excluder SUS304 0.9 mm, 420 x 505, DRG 4205 Rev 3 - samples", "20", "EA", "9.80", "196.00"],
        ["20", "TOOL-QE-420", "Punch die 4.2 mm slot, 2 cavity", "1", "LOT", "1,450.00", "1,450.00"],
        ["", "", "", "", "", "Total", "1,646.00"],
    ]),
    ("sp",),
    ("p", "Delivery: samples by air to Gisborne. Mill certificate 3.1 (EN 10088-2 1.4301) with the samples."),
    ("p", "Buyer: Aroha Ngata, Purchasing Coordinator."),
], title="TMH-PO-24-0125", author="Aroha Ngata")
_p01_quote = pdf([
    ("h1", "QUOTATION JF-Q2403-118"),
    ("p", "Jinhua Fengyuan Bee Implements Co., Ltd., No. 88 Xinhua Industrial Road, Jinhua, Zhejiang 321015, China. "
          "Date 2024-03-11. To: Tawhiti Manuka Honey Ltd, attn Ms. Aroha Ngata."),
    ("table", [
        ["Item", "Part no.", "Description", "Qty", "Unit price USD"],
        ["1", "QE-420-SS Rev D", "Queen excluder SUS304 0.9 mm punched, 420 x 505 mm", "20 pcs (sample)", "9.80"],
        ["2", "QE-420-SS Rev D", "same, production", "2,000 pcs", "4.15"],
        ["3", "TOOL-QE-420", "Punch die 4.2 mm slot, 2 cavity", "1 set", "1,450.00"],
    ]),
    ("sp",),
    ("p", "Lead time: samples 15 days after drawing confirm, production 35 days. Payment T/T 30% advance, 70% "
          "before shipment. Validity 60 days. Packing 50 pcs/carton."),
    ("p", "Best regards, Lily Zhou, Sales Manager"),
], title="JF-Q2403-118", author="Lily Zhou")
case("p01_multi_cover_po_quote", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "cover mail says 24 samples, PO says 20; quote's 2,000 production sits beside them unmarked; nothing on the balance, no event, no person", [
    ("TMH-PO-24-0125 sample excluders.eml", eml_bytes(mail(
        f"Aroha Ngata <aroha.ngata@{TMH_DOM}>", f"Lily Zhou <lily.zhou@{JF_DOM}>",
        "TMH-PO-24-0125 - sample queen excluders", "Thu, 14 Mar 2024 16:02:00 +1300", _p01_mail))),
    ("TMH-PO-24-0125.pdf", _p01_po),
    ("JF-Q2403-118.pdf", _p01_quote),
])

# ---------------------------------------------------------------- p02 multi-file: ERP PO + proforma (advance = start; 36 vs 30, PO no. differs)
_p02_po = """\
BARINGO GOLDEN HONEY ENTERPRISES LTD          SAGE X3 - PURCHASE ORDER PRINT       22/02/2024
P.O. Box 112-30403 Marigat | Nairobi office: Mombasa Road          PIN P051234567X
------------------------------------------------------------------------------------------------
PO NUMBER   : BGH/PO/24/0383                  ORDER DATE : 22/02/2024
SUPPLIER    : DOABA BEE EQUIPMENT WORKS (V-0077), FOCAL POINT PH-8, LUDHIANA 141010, PUNJAB, IN
CURRENCY    : USD          INCOTERMS : CIF MOMBASA         PAYMENT : 30% ADVANCE ON SAMPLES
------------------------------------------------------------------------------------------------
LINE  ITEM          DESCRIPTION                               QTY     UNIT     VALUE    STATUS
   1  HF-LS-D232    LANGSTROTH DEEP FRAME, PINE, ASSEMBLED      30 EA    1.40     42.00   SAMPLE
   2  HF-LS-D232    SAME - PRODUCTION LOT                    2970 EA    0.74      0.00   ON HOLD
------------------------------------------------------------------------------------------------
NOTE: LINE 2 NOT RELEASED. BALANCE 2970 EA RELEASED ONLY BY WRITTEN RELEASE FROM
      DR. FAITH CHEPKOECH (MANAGING DIRECTOR) AFTER SAMPLE SIGN-OFF BY O. OCHIENG.
      MATERIAL: SAMPLE-ONLY.
PREPARED BY : W. KAMAU (PROCUREMENT)          AUTHORISED : W. KAMAU
------------------------------------------------------------------------------------------------
"""
_p02_pi = pdf([
    ("h1", "PROFORMA INVOICE PI/DBEW/23-24/061"),
    ("p", "Doaba Bee Equipment Works, Focal Point Phase 8, Ludhiana 141010, Punjab, India. GSTIN 03ABCDE1234F1Z5. "
          "IEC 0312345678."),
    ("p", "Buyer: Baringo Golden Honey Enterprises Ltd, Marigat, Kenya. Against your PO No. BGH/PO/24/0338 "
          "dated 22/02/2024. Date: 26/02/2024."),
    ("table", [
        ["S.No.", "Description", "HSN", "Qty", "Rate USD", "Amount USD"],
        ["1", "Langstroth deep frame HF-LS-D232, pine, assembled - samples", "4421", "36 pcs", "1.40", "50.40"],
        ["2", "Langstroth deep frame HF-LS-D232 - production lot", "4421", "2,970 pcs", "0.74", "2,197.80"],
        ["", "", "", "", "Total", "2,248.20"],
        ["", "Advance 30% payable now", "", "", "", "674.46"],
    ]),
    ("sp",),
    ("p", "Terms: 30% advance by T/T against this proforma. Production of the full lot will start on receipt "
          "of advance. Balance 70% against copy B/L."),
    ("p", "Bank: Punjab & Sind Bank, Ludhiana Main Branch, A/c 0412 0500 0001 23, SWIFT PSIBINBB123."),
    ("p", "For Doaba Bee Equipment Works - Harpreet Singh Gill, Proprietor"),
], title="PI/DBEW/23-24/061", author="Harpreet Singh Gill")
case("p02_multi_po_proforma", ["RG011", "RG012"],
     "PO: 30 samples, 2970 on hold; proforma cites PO 0338 instead of 0383, 36 samples, and starts the full lot on receipt of the advance", [
    ("BGH-PO-24-0383.txt", _p02_po),
    ("PI-DBEW-23-24-061.pdf", _p02_pi),
])

# ---------------------------------------------------------------- p03 deposit wired => start (EML + text attachment)
_p03_mt = """\
{1:F01CIBCCATTAXXX0000000000}{2:I103BNACARBAXXXXN}{3:{108:AP0187DEP}}{4:
:20:AP0187-DEP-01
:23B:CRED
:32A:240311USD5184,00
:33B:USD5184,00
:50K:/0401234567
ASPEN PARKLAND APIARIES AND BEE SUPPLY
NIPAWIN SK CANADA
:59:/AR4700110555300000123456
METALURGICA APICOLA DEL PLATA SRL
RAFAELA SANTA FE ARGENTINA
:70:PO AP-PO-2024-0187 DEPOSIT 30 PCT
:71A:OUR
-}
"""
_p03_txt = """\
Hola Martín,

Deposit wired this morning: USD 5,184.00, that's the 30 % on PO AP-PO-2024-0187 for the
1,600 queen excluders QE-10F-SS. MT103 copy attached.

So you're good to start production on the 1,600 now. Same spec as the 2022 lot, wire 2,5 mm,
and please put 20 per carton this time, the 25s were too heavy for the girls in the shop.

Let me know the ship date when you have it.

Thanks,
Shauna
""" + sig("Shauna Wiebe", "Purchasing & Office", APA + ", Nipawin, SK", "+1 306 555 0142")
case("p03_deposit_start", ["RG012"],
     "buyer: 'deposit wired ... so you're good to start production on the 1,600' - payment treated as the trigger; full-quantity PO, no balance", [
    ("AP-PO-2024-0187.eml", eml_bytes(mail(
        f"Shauna Wiebe <shauna@{APA_DOM}>", f"Martín Gómez <mgomez@{MAP_DOM}>",
        "AP-PO-2024-0187 - deposit sent", "Mon, 11 Mar 2024 09:48:00 -0600", _p03_txt,
        attachments=[("MT103_AP0187.txt", _p03_mt, "text/plain")]))),
])

# ---------------------------------------------------------------- p04 WhatsApp: advance => full lot, sheet for 120 bought (TXT)
case("p04_chat_advance_full_lot", ["RG006", "RG012"],
     "supplier: advance received so production of all 120 started and sheet for 120 bought, while only 6 samples were ordered", [
    ("WhatsApp Chat with Mehmet Ege.txt", """\
03.06.24, 08:30 - Mojca Zupan: Dober dan Mehmet, PO KC-2024-083 for 6 sample uncapping trays UT-800-SS is in your mail. The other 114 are not released until Gregor signs off the samples and Tanja sends the written release.
03.06.24, 08:45 - Mehmet Yıldız: Noted, thank you Mojca hanım. Proforma for the samples sent, pls pay 50% advance 🙏
05.06.24, 11:20 - Mojca Zupan: Advance paid today, EUR 690,00. Plačilo / payment copy in mail.
06.06.24, 14:02 - Mehmet Yıldız: Payment received hocam, thank you!! So we started production for all 120 pcs 💪
06.06.24, 14:03 - Mehmet Yıldız: The sheet 1,2 mm AISI 304 for 120 trays is already bought, to keep the price for you
06.06.24, 14:04 - Mehmet Yıldız: Samples and mass production ship together end of June, you save freight 👍
06.06.24, 15:31 - Mojca Zupan: Mehmet, no! The advance was for the 6 samples only. Please stop the 114, they are NOT released.
06.06.24, 15:48 - Mehmet Yıldız: Ok Mojca hanım, I speak with production and call you tomorrow
"""),
])

# ---------------------------------------------------------------- p05 supplier rolls approved samples into mass production (EML quoted)
_p05_q = """\
Hi Lily,

PO TMH-PO-24-0218 is for ten (10) sample smoker bodies SMK-100/250 only. The balance of
790 pcs is not released. It will be released only by a written release from Helen Brash,
our Operations Manager, after Liam signs off the samples.

Cheers,
Aroha"""
_p05_txt = """\
Dear Aroha,

Good day! Mr. Liam send us the message yesterday the 10 samples are approved, heat shield and
bellows hinge all ok, thanks for your support.

So according our plan we continue the mass production of balance 790 pcs from next Monday
(line 2 in our factory). Pls confirm the shipping mark and carton label, we will arrange.

Best regards
Lily Zhou
Sales Manager | Jinhua Fengyuan Bee Implements Co., Ltd.
Tel +86 579 8230 1188  WeChat lilyzhou_fy

-----Original Message-----
From: Aroha Ngata <aroha.ngata@tawhitimanuka.co.nz>
Sent: Wednesday, March 20, 2024 9:31 AM
To: Lily Zhou <lily.zhou@fengyuan-bee.com.cn>
Subject: TMH-PO-24-0218 SMK-100/250 samples

""" + quote(_p05_q)
case("p05_supplier_rolls_into_mp", ["RG007"],
     "supplier treats sample approval as go for the 790 balance; quoted buyer scope was complete and required a written release from Helen Brash", [
    ("RE_ TMH-PO-24-0218 SMK-100-250 samples.eml", eml_bytes(mail(
        f"Lily Zhou <lily.zhou@{JF_DOM}>", f"Aroha Ngata <aroha.ngata@{TMH_DOM}>",
        "RE: TMH-PO-24-0218 SMK-100/250 samples", "Thu, 18 Apr 2024 15:10:00 +0800", _p05_txt,
        cc=f"Liam Forsyth <liam.forsyth@{TMH_DOM}>", in_reply_to=f"<h225-an0320@{TMH_DOM}>"))),
])

# ---------------------------------------------------------------- p06 supplier schedule: automatic start, timber for all bought (PDF)
case("p06_schedule_auto_start_material", ["RG006", "RG007"],
     "supplier schedule: production of 1 960 'starts automatically after sample approval'; timber bought for 2 000 with only 40 samples ordered", [
    ("BT-Harmonogram-KW12.pdf", pdf([
        ("h1", "Harmonogram produkcji / Production schedule - week 12/2024"),
        ("p", "Barc-Tech Sp. z o.o., Nowy Sacz. Customer: Kranjska Cebela, zadruga z.o.o. (Radovljica). "
              "Prepared by: Tomasz Nowak, kierownik produkcji. Date: 18.03.2024."),
        ("table", [
            ["Order", "Item", "Step", "Qty", "Week", "Status"],
            ["KC-2024-079", "AZ-SAT-41 AZ frame 41 x 26", "Samples", "40", "10", "shipped 08.03"],
            ["KC-2024-079", "AZ-SAT-41 AZ frame 41 x 26", "Production", "1 960", "14-16",
             "starts automatically after sample approval"],
            ["KC-2024-079", "Timber, spruce 1st class, dried 10 %", "Material purchase", "for 2 000 frames", "11",
             "bought, in our store"],
            ["KC-2024-079", "Wire 0,4 mm inox", "Material purchase", "for 2 000 frames", "12", "ordered"],
        ]),
        ("sp",),
        ("p", "Comment: to keep the delivery before the acacia flow we planned the production directly after your "
              "sample approval, no waiting. Timber price is fixed because we bought for all 2 000 frames at once."),
        ("p", "Pozdrawiam, Tomasz Nowak"),
    ], title="Harmonogram KW12", author="Tomasz Nowak")),
])

# ---------------------------------------------------------------- p07 minutes: 'once approved just keep going'; approved x3 (DOCX)
case("p07_minutes_roll_on_approval", ["RG007", "RG009"],
     "buyer minutes: 'once the samples are approved just keep going with the rest' against the PO's written-release rule; 'approved' used for budget, PO and samples", [
    ("Minutes_2024-02-27.docx", docx_bytes([
        ("h1", "Meeting notes - frames for 2024 season"),
        ("p", "Aspen Parkland Apiaries & Bee Supply - shop office, Nipawin. 27 Feb 2024. Harpreet Singh Gill "
              "(Doaba Bee Equipment Works) on the phone."),
        ("p", "Present: Darcy Friesen, Kyle Olyniuk, Shauna Wiebe."),
        ("num", "Budget for frames approved by Darcy: CAD 9,500 for the season."),
        ("num", "PO AP-PO-2024-0144 approved in QuickBooks and sent on 19 Feb: forty (40) sample frames HF-D232. "
                "PO note says the balance of 2,460 frames needs a written release from Darcy."),
        ("num", "Samples ship from Ludhiana first week of March, Kyle puts them in 4 boxes at the home yard."),
        ("num", "Harpreet asked if they can roll straight into production after the samples, because of the "
                "Diwali-season backlog at the sawmill in the fall. Kyle: sure, once the samples are approved just "
                "keep going with the rest, no point waiting on paperwork, we need the frames for splits in May."),
        ("num", "Shauna to send Harpreet the carton marking."),
        ("sp",),
        ("p", "Next meeting: after the samples land."),
        ("p", "Notes: Shauna Wiebe"),
    ], author="Shauna Wiebe")),
])

# ---------------------------------------------------------------- p08 ERP: forecast printed as firm order (TXT)
case("p08_erp_forecast_firm", ["RG008"],
     "buyer ERP order built from an MRP forecast and stated 'kindly treat the above forecast as our firm order'", [
    ("BGH-PO-24-0297.txt", """\
BARINGO GOLDEN HONEY ENTERPRISES LTD          SAGE X3 - PURCHASE ORDER PRINT       05/02/2024
------------------------------------------------------------------------------------------------
PO NUMBER   : BGH/PO/24/0297        ORDER TYPE : FIRM / BLANKET
SUPPLIER    : EGE ARICILIK MAKINA SAN. VE TIC. LTD. STI. (V-0102), IZMIR, TURKEY
CURRENCY    : USD                   INCOTERMS  : CIF MOMBASA
SOURCE      : MRP RUN 2024-02 / FORECAST FC-2024-Q3 (OUTGROWER HIVE CENSUS, PLANNING ONLY)
------------------------------------------------------------------------------------------------
LINE  ITEM         DESCRIPTION                                  QTY      UNIT    DELIVERY
   1  SMK-100/250  SMOKER BODY 100X250 SS 0.8MM WITH SHIELD     800 EA   7.10    JUL 2024
   2  SMK-100/250  SAME                                         800 EA   7.10    SEP 2024
   3  SMK-100/250  SAME                                         800 EA   7.10    NOV 2024
                                                     TOTAL    2 400 EA
------------------------------------------------------------------------------------------------
REMARKS:
 Quantities above are from our forecast FC-2024-Q3 for the outgrower programme (Baringo,
 Koibatek, Mogotio). Kindly treat the above forecast as our firm order and reserve capacity.
 Shipping marks: BGH / MARIGAT / C/No.
PREPARED BY : W. KAMAU                AUTHORISED : DR. F. CHEPKOECH
------------------------------------------------------------------------------------------------
"""),
])

# ---------------------------------------------------------------- p09 supplier reads labelled forecast as firm order, books timber (EML 2-level quote)
_p09_l2 = """\
Respected Shauna Madam,
Kindly share your tentative requirement of frames for 2025 season so that we can plan our
sawmill capacity in advance. Regards, Manpreet"""
_p09_l1 = """\
Hi Manpreet,

Sure thing. Here's our 2025 forecast: about 5,000 deep frames HF-D232, mostly Feb-March.
This is a FORECAST ONLY, not an order. Please don't buy anything on it yet, we'll send a PO
once we know our winter losses.

Thanks,
Shauna

On Mon, 4 Nov 2024 at 22:10, Manpreet Kaur <export@doababeeworks.in> wrote:
""" + quote(_p09_l2)
_p09_txt = """\
Respected Shauna Madam,

Thank you for your kind mail. As per your firm order of 5,000 frames for the 2025 season we have
booked Ponderosa pine for the full 5,000 frames with our timber agent in Mundra port, price
locked till March.

Kindly send the PO copy and 30% advance at the earliest so we can book the sawmill slot.

Thanking you and assuring best services,
Manpreet Kaur

On Tue, 5 Nov 2024 at 09:42, Shauna Wiebe <shauna@aspenparklandbees.ca> wrote:
""" + quote(_p09_l1) + "\n" + sig("Manpreet Kaur", "Export Coordinator", DBW + ", Ludhiana", "+91 98150 55512")
case("p09_forecast_read_as_order", ["RG006", "RG008"],
     "supplier calls the buyer's labelled forecast a 'firm order of 5,000' and books timber for all 5,000 with nothing released", [
    ("RE_ 2025 frame requirement.eml", eml_bytes(mail(
        f"Manpreet Kaur <export@{DBW_DOM}>", f"Shauna Wiebe <shauna@{APA_DOM}>",
        "RE: RE: 2025 frame requirement", "Wed, 13 Nov 2024 12:05:00 +0530", _p09_txt,
        in_reply_to=f"<h225-sw1105@{APA_DOM}>"))),
])

# ---------------------------------------------------------------- p10 buyer portal: season volume as firm commitment, no hold (HTML)
case("p10_portal_season_commitment", ["RG001", "RG003", "RG004", "RG008"],
     "portal PO for 12 sample excluders shows 1,800 season volume as 'firm commitment' (a forecast), nothing on hold or event; release authority named", [
    ("tmh-portal-po-0344.html", html_page("Tawhiti Manuka - Supplier Portal - PO TMH-PO-24-0344", """\
<h2>Tawhiti Manuka Honey - Supplier Portal</h2>
<p>Supplier: <b>Metalúrgica Apícola del Plata S.R.L.</b> (vendor 20377) &middot; Buyer: Aroha Ngata</p>
<h3>PO TMH-PO-24-0344 &middot; QE-420-SS stainless queen excluder 420 x 505 &middot; issued 08/05/2024</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Status</th></tr>
<tr><td>1</td><td>QE-420-SS</td><td>Sample queen excluder, AISI 304 0,9 mm, slot 4.2 mm</td><td>12</td><td>11.00</td><td>open</td></tr>
</table>
<h3>Season volume 2024/25</h3>
<table>
<tr><th>Item</th><th>Volume</th><th>Basis</th></tr>
<tr><td>QE-420-SS</td><td>1,800</td><td>firm commitment (from hive-count forecast, Sept 2024 - Feb 2025)</td></tr>
</table>
<h3>Contacts</h3>
<ul>
<li>Purchasing: Aroha Ngata, +64 6 555 0188</li>
<li>Engineering: Liam Forsyth</li>
<li>Release authority: Helen Brash, Operations Manager</li>
</ul>
<p><button>Acknowledge</button> <button>Upload documents</button></p>
""")),
])

# ---------------------------------------------------------------- p11 PO: 'approved' for samples, PO and production (PDF)
case("p11_po_approved_three_ways", ["RG009"],
     "PO uses 'approved/approval' for sample acceptance, the board's PO approval and the production release; scope otherwise complete", [
    ("KC-2024-090.pdf", pdf([
        ("h1", "NAROCILNICA / PURCHASE ORDER KC-2024-090"),
        ("p", "Kranjska Cebela, zadruga z.o.o., Linhartov trg 9, 4240 Radovljica, Slovenija. ID za DDV SI12345678."),
        ("p", "Dobavitelj / Supplier: Barc-Tech Sp. z o.o., ul. Lwowska 140, 33-300 Nowy Sacz, Polska. "
              "Datum: 26.02.2024. Valuta: EUR. Paritet: DAP Radovljica."),
        ("table", [
            ["Poz.", "Artikel", "Opis / Description", "Kol.", "Cena EUR", "Vrednost EUR"],
            ["1", "SMK-KC2", "Smoker 100 mm, inox, heat shield, bellows 2-layer leather - samples", "12", "16,40", "196,80"],
            ["2", "SMK-KC2", "Same - balance (quoted), not ordered on this PO", "588", "10,90", "0,00"],
        ]),
        ("sp",),
        ("p", "1. Samples: 12 pcs, to be approved by our technologist Gregor Kos (fit of the bellows, heat shield "
              "temperature after 20 min)."),
        ("p", "2. This purchase order is approved by the management board (sklep UO 14/2024) and by the "
              "supervisory board."),
        ("p", "3. Balance 588 pcs: not approved yet. Approval for production will be sent in writing by Tanja Novak, "
              "direktorica, after the samples are approved."),
        ("p", "4. Material: for the 12 samples only."),
        ("sp",),
        ("p", "Nabava: Mojca Zupan"),
    ], title="KC-2024-090", author="Mojca Zupan")),
])

# ---------------------------------------------------------------- p12 Teams: 'looks good, go ahead' after an ECN (TXT)
case("p12_teams_unscoped_goahead", ["RG002"],
     "after a bracket slot change the buyer answers 'looks good, go ahead' with no quantity or sample scope; PO scope itself complete", [
    ("Teams_chat_export_2024-04-09.txt", """\
Microsoft Teams - chat export
Chat: APA brackets HSB-45 / Metalúrgica Apícola del Plata
Participants: Darcy Friesen, Kyle Olyniuk, Lucía Fernández, Martín Gómez
-------------------------------------------------------------------------
[2024-04-02 09:10] Darcy Friesen: PO AP-PO-2024-0162 is out: 10 pilot brackets HSB-45 only. The 490 balance is not released - I'll send a written release after Kyle signs off the pilots.
[2024-04-02 09:32] Martín Gómez: Recibido Darcy, 10 pilot units. Gracias!
[2024-04-09 15:22] Lucía Fernández: Hi all, engineering question. We propose to change the hole for the M10 bolt from 11 mm round to an 11 x 16 mm slot, easier to level the stand on uneven ground in the yards. Drawing APA-204 rev C attached, nothing else changes.
[2024-04-09 15:22] Lucía Fernández: APA-204_revC.pdf
[2024-04-09 15:40] Kyle Olyniuk: looks good, go ahead 👍
[2024-04-09 15:41] Lucía Fernández: Gracias Kyle!! 🙌
"""),
])

# ---------------------------------------------------------------- p13 mail: 'Green light, you can proceed' with no quantity (EML quoted)
_p13_q = """\
Dear Wanjiru Hanım,

Thank you for your comments on price and delivery. We can give USD 7,10 per smoker body
SMK-100/250 CIF Mombasa and delivery 6 weeks. Can we start the smoker bodies?

Best regards from Izmir,
Mehmet Yıldız
Export Manager"""
_p13_txt = """\
Dear Mehmet,

Greetings from Marigat. Price USD 7.10 and delivery CIF Mombasa are OK on our side.
Green light, you can proceed.

Kind regards,
Wanjiru

On 18/03/2024 10:02, Mehmet Yıldız wrote:
""" + quote(_p13_q) + "\n" + sig("Wanjiru Kamau", "Procurement Officer", BGH + ", Marigat / Nairobi", "+254 722 555 031")
case("p13_green_light_no_qty", ["RG002", "RG010"],
     "buyer gives 'Green light, you can proceed' on a price agreement; no quantity and no scope anywhere in the thread", [
    ("RE_ SMK-100-250 price and delivery.eml", eml_bytes(mail(
        f"Wanjiru Kamau <wanjiru.kamau@{BGH_DOM}>", f"Mehmet Yıldız <mehmet@{EGE_DOM}>",
        "RE: SMK-100/250 price and delivery", "Tue, 19 Mar 2024 08:55:00 +0300", _p13_txt,
        in_reply_to=f"<h225-my0318@{EGE_DOM}>"))),
])

# ---------------------------------------------------------------- p14 co-op portal: 'APPROVED - good to run' over sample + production lines (HTML)
case("p14_portal_good_to_run", ["RG001", "RG002", "RG003", "RG004"],
     "portal PO status 'APPROVED - good to run' over a 30 sample line and an open 1.170 production line; no hold or event; release authority named", [
    ("kc-portal-KC-2024-095.html", html_page("Kranjska Čebela - Portal za dobavitelje - KC-2024-095", """\
<h2>Kranjska Čebela, zadruga - Portal za dobavitelje / Supplier portal</h2>
<p>Dobavitelj / Supplier: <b>Ege Arıcılık Makina</b> &middot; Naročilo / PO: <b>KC-2024-095</b> &middot; 04.03.2024</p>
<p>Status: <b style="color:green">APPROVED &ndash; good to run</b></p>
<table>
<tr><th>Poz.</th><th>Artikel</th><th>Opis</th><th>Kol.</th><th>Cena EUR</th><th>Status</th></tr>
<tr><td>10</td><td>QE-W10</td><td>Wire queen excluder LR 10 fr., AISI 304 wire 4 mm - samples</td><td>30</td><td>7,90</td><td>open</td></tr>
<tr><td>20</td><td>QE-W10</td><td>Wire queen excluder LR 10 fr. - production</td><td>1.170</td><td>4,60</td><td>open</td></tr>
</table>
<h3>Kontakti / Contacts</h3>
<ul>
<li>Nabava / Purchasing: Mojca Zupan, +386 4 555 2210</li>
<li>Tehnologija / Technical: Gregor Kos</li>
<li>Release authority: Tanja Novak, direktorica</li>
</ul>
<p><small>Dobavni pogoji: DAP Radovljica, plačilo 30 dni. Drawing KC-118 rev 2.</small></p>
""", lang="sl")),
])

# ---------------------------------------------------------------- p15 classic sample PO mail + PDF; 150 in quote ref unmarked (EML + PDF att)
_p15_po = pdf([
    ("h1", "PURCHASE ORDER AP-PO-2024-0175"),
    ("p", "Aspen Parkland Apiaries & Bee Supply Ltd., Box 640, Nipawin, SK S0E 1E0, Canada."),
    ("p", "Vendor: Metalurgica Apicola del Plata S.R.L., Ruta 34 km 228, Rafaela, Santa Fe, Argentina. "
          "Date: 2024-03-25. Terms: 30 days. Ship via: air, DDP Nipawin."),
    ("p", "Reference: your quote MAP-COT-0456 - 6 pilot / 150 production radial baskets."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "XB-R20-304", "Radial extractor basket, 20 frame, AISI 304, dwg APA-162 Rev A - pilot", "6", "212.00", "1,272.00"],
        ["", "", "", "", "Total", "1,272.00"],
    ]),
    ("sp",),
    ("p", "Please include the material certificate and the passivation record."),
    ("p", "Ordered by: Shauna Wiebe, Purchasing"),
], title="AP-PO-2024-0175", author="Shauna Wiebe")
_p15_txt = """\
Hi Martín,

PO AP-PO-2024-0175 attached for the 6 pilot radial baskets. Thanks!

Shauna
""" + sig("Shauna Wiebe", "Purchasing & Office", APA + ", Nipawin, SK", "+1 306 555 0142")
case("p15_sample_po_bare", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 6 baskets citing the quote's 150 production with nothing saying it is not released; no hold, event or release person", [
    ("AP-PO-2024-0175.eml", eml_bytes(mail(
        f"Shauna Wiebe <shauna@{APA_DOM}>", f"Martín Gómez <mgomez@{MAP_DOM}>",
        "AP-PO-2024-0175", "Mon, 25 Mar 2024 13:14:00 -0600", _p15_txt,
        attachments=[("AP-PO-2024-0175.pdf", _p15_po, PDF_MT)]))),
])

# ---------------------------------------------------------------- p16 ERP: 'on hold until further notice', nobody named (TXT)
case("p16_erp_hold_further_notice", ["RG004", "RG005"],
     "PO holds the 1 176 balance 'until further notice' - no unlock event and no named release person", [
    ("TMH-PO-24-0199.txt", """\
TAWHITI MANUKA HONEY LTD                     PURCHASE ORDER                        Page 1 of 1
=============================================================================================
PO No     : TMH-PO-24-0199       Rev : 0            Date : 02/04/2024
Supplier  : BARC-TECH SP. Z O.O., UL. LWOWSKA 140, 33-300 NOWY SACZ, POLAND   Vendor 20419
Incoterms : DAP Gisborne       Currency : EUR       Terms : 30 days EOM
=============================================================================================
LN  PART NO        DESCRIPTION                                QTY  UOM  UNIT PR     EXT PR
10  QE-W10-NZ      WIRE QUEEN EXCLUDER 10 FR, SS WIRE 2.5MM     24  EA     9,60     230,40
                   FRAME 505 X 420, DRG TMH-D-0118 REV 4
                   SAMPLE LOT
=============================================================================================
NOTES
 SAMPLE LOT 24 PCS ONLY.
 BALANCE 1 176 PCS ON HOLD UNTIL FURTHER NOTICE.
 MATERIAL FOR THE 24 PCS ONLY.
 Samples by courier to Gisborne, attn QA (Mere Parata).
Buyer : Aroha Ngata, Purchasing Coordinator
*** END OF PO ***
"""),
])

# ---------------------------------------------------------------- p17 hold letter: event named, release by 'our management' (DOCX)
case("p17_hold_letter_no_person", ["RG005"],
     "hold letter names the quantity, the hold and the event (sign-off + written release) but the releaser is only 'our management'", [
    ("KC-dopis-2024-031.docx", docx_bytes([
        ("h1", "Dopis / Letter KC-2024-031"),
        ("p", "Kranjska Čebela, zadruga z.o.o., Linhartov trg 9, 4240 Radovljica"),
        ("p", "To: Doaba Bee Equipment Works, Ludhiana, Punjab - Mr. Harpreet Singh Gill"),
        ("p", "Radovljica, 15.04.2024"),
        ("p", "Subject: PO KC-2024-058, smoker SMK-DB 4\" stainless - scope"),
        ("p", "Spoštovani g. Gill,"),
        ("p", "with PO KC-2024-058 we order fifteen (15) sample smokers SMK-DB for a test at our members' apiaries "
              "in Gorenjska."),
        ("p", "The balance of 585 smokers remains on hold. It is not released until the samples are signed off by "
              "our technical service and a written release is issued by our management."),
        ("p", "Please buy material for the 15 samples only."),
        ("p", "Lep pozdrav,"),
        ("p", "Nabava / Purchasing department"),
    ], author="Nabava")),
])

# ---------------------------------------------------------------- p18 mail: hold + person, no event (EML alt)
_p18_txt = """\
Dear Lily,

Greetings from Marigat.

Kindly find attached our PO BGH/PO/24/0415 for fifty (50) sample queen excluders QE-LS-PL
(plastic, Langstroth 10 frame), as per your quotation FY-Q-240302.

The balance of 1,950 pcs is not released. Dr. Faith Chepkoech, our Managing Director, will
decide on the balance.

Please buy material for the 50 samples only and revert with the sample date.

Kind regards,
Wanjiru Kamau
""" + sig("Wanjiru Kamau", "Procurement Officer", BGH + ", Marigat / Nairobi", "+254 722 555 031")
_p18_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Lily,</p>
<p>Greetings from Marigat.</p>
<p>Kindly find attached our PO <b>BGH/PO/24/0415</b> for fifty (50) sample queen excluders QE-LS-PL
(plastic, Langstroth 10 frame), as per your quotation FY-Q-240302.</p>
<p>The balance of 1,950 pcs is <b>not released</b>. Dr. Faith Chepkoech, our Managing Director, will decide on the balance.</p>
<p>Please buy material for the 50 samples only and revert with the sample date.</p>
<p>Kind regards,<br>Wanjiru Kamau<br><span style="color:#777">Procurement Officer | Baringo Golden Honey Enterprises Ltd | +254 722 555 031</span></p>
<p style="font-size:10px;color:#999">CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s).</p>
</body></html>
"""
case("p18_hold_person_no_event", ["RG004"],
     "50 samples, 1,950 not released, Dr Chepkoech named, but no event that unlocks the balance ('will decide')", [
    ("BGH-PO-24-0415.eml", eml_bytes(mail(
        f"Wanjiru Kamau <wanjiru.kamau@{BGH_DOM}>", f"Lily Zhou <lily.zhou@{JF_DOM}>",
        "BGH/PO/24/0415 - sample queen excluders", "Wed, 10 Apr 2024 09:30:00 +0300", _p18_txt,
        html=_p18_html))),
])

# ---------------------------------------------------------------- p19 WeChat: 'rest not released yet, will let you know' (TXT)
case("p19_wechat_rest_later", ["RG004", "RG005"],
     "20 sample frames, '1,980 NOT released yet ... will let you know' - no unlock event, no release person", [
    ("WeChat_Tawhiti_Lily.txt", """\
WeChat chat history with Lily Zhou (Fengyuan)
---------------------------------------------
2024-04-15 13:22 Aroha Ngata: Hi Lily, PO TMH-PO-24-0290 sent to your email 📧
2024-04-15 13:23 Aroha Ngata: pls make samples only for now, 20 pcs black plastic full depth frames PF-FD232, double wax coat
2024-04-15 13:23 Aroha Ngata: the rest 1,980 NOT released yet
2024-04-15 13:40 Lily Zhou: ok dear noted, 20 pcs samples first 😊 wax coat same as last year?
2024-04-15 13:41 Aroha Ngata: yes same, beeswax not paraffin pls
2024-04-15 13:45 Lily Zhou: ok. when you confirm the 1980?
2024-04-15 13:52 Aroha Ngata: not sure yet, depends how the season goes. will let you know
2024-04-15 13:53 Lily Zhou: 👌
"""),
])

# ---------------------------------------------------------------- p20 PO: samples 'according to your quotation', no quantity (PDF)
case("p20_po_samples_no_qty", ["RG010"],
     "PO orders 'the samples according to your quotation' without stating how many; hold, event and person are stated", [
    ("AP-PO-2024-0213.pdf", pdf([
        ("h1", "PURCHASE ORDER AP-PO-2024-0213"),
        ("p", "Aspen Parkland Apiaries & Bee Supply Ltd., Box 640, Nipawin, SK S0E 1E0, Canada."),
        ("p", "Vendor: Ege Aricilik Makina San. ve Tic. Ltd. Sti., Kemalpasa OSB, 35730 Izmir, Turkey. "
              "Date: 2024-04-22. Terms: T/T 30 days. Incoterms: CIF Vancouver."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Price"],
            ["1", "SMK-100/250", "Smoker body 4 x 10 in., stainless, heat shield, dwg APA-140 Rev B - samples",
             "per quotation EGE-TK-2024-118", "USD 240.00 lot"],
        ]),
        ("sp",),
        ("p", "Please manufacture the samples according to your quotation EGE-TK-2024-118."),
        ("p", "The production batch is not released. It will be released only after sample sign-off by Kyle "
              "Olyniuk and a written release from Darcy Friesen, General Manager."),
        ("p", "Material for the samples only."),
        ("p", "Purchasing: Shauna Wiebe"),
    ], pagesize=LETTER, title="AP-PO-2024-0213", author="Shauna Wiebe")),
])

# ---------------------------------------------------------------- p21 supplier reply quoting a go-ahead without quantity (EML quoted)
_p21_q = """\
Dear Katarzyna,

Please go ahead with the samples of the uncapping tray UT-800-SS, drawing KC-140 rev 1.
The balance stays on hold until the sample sign-off by Gregor Kos; then Tanja Novak sends
you the written release.

Lep pozdrav,
Mojca Zupan
Kranjska Čebela, zadruga z.o.o."""
_p21_txt = """\
Dzień dobry Pani Mojca,

thank you for the order. Samples of UT-800-SS will be ready in 3 weeks, we start cutting the
sheet on Monday. We make them the same like your drawing rev 1 with the 1" drain valve.

We kindly inform that the price of AISI 304 sheet is up 6 % since our offer, for the samples we
keep the old price.

Pozdrawiam serdecznie / Best regards
Katarzyna Wójcik
Dział Sprzedaży / Sales

W dniu 04.04.2024 o 08:51, Mojca Zupan pisze:
""" + quote(_p21_q) + "\n" + sig("Katarzyna Wójcik", "Dział Sprzedaży / Sales", BT + ", Nowy Sącz", "+48 18 555 30 12")
case("p21_quoted_goahead_no_qty", ["RG010"],
     "quoted buyer authorization 'go ahead with the samples' names hold, event and Tanja Novak but never the sample quantity", [
    ("Odp_ UT-800-SS samples.eml", eml_bytes(mail(
        f"Katarzyna Wójcik <k.wojcik@{BT_DOM}>", f"Mojca Zupan <mojca.zupan@{KC_DOM}>",
        "Odp: UT-800-SS samples", "Thu, 04 Apr 2024 13:27:00 +0200", _p21_txt,
        in_reply_to=f"<h225-mz0404@{KC_DOM}>"))),
])

# ---------------------------------------------------------------- p22 EDI 850: header 8, line 10 (TXT)
case("p22_edi850_two_qtys", ["RG011"],
     "one EDI 850 states the sample quantity twice differently: header note 8 pcs, PO1 line 10 EA", [
    ("AP850-0229.txt", """\
=== EDI X12 850 PURCHASE ORDER - PRINTOUT (translator APA-EDI v3.2) ===
ISA*00*          *00*          *ZZ*ASPENPARKLAND  *ZZ*MAPLATA01      *240229*1015*U*00401*000000229*0*P*>
GS*PO*ASPENPARKLAND*MAPLATA01*20240229*1015*229*X*004010
ST*850*0001
BEG*00*SA*AP-PO-2024-0229**20240229
REF*IA*40077
N9*ZZ*SCOPE
MSG*SAMPLE ORDER - 8 PCS HIVE STAND BRACKETS HSB-45 FOR FIELD TRIAL
MSG*BALANCE 492 PCS NOT RELEASED. RELEASED ONLY BY WRITTEN RELEASE FROM
MSG*DARCY FRIESEN (GM) AFTER SAMPLE SIGN-OFF BY KYLE OLYNIUK.
MSG*MATERIAL: SAMPLE-ONLY.
N1*ST*ASPEN PARKLAND APIARIES*92*NIP01
PO1*1*10*EA*7.80*PE*BP*HSB-45-HDG*VP*MAP-HSB45
PID*F****HIVE STAND BRACKET 45 DEG HDG EN ISO 1461 M10X1.5
DTM*002*20240405
CTT*1*10
SE*14*0001
GE*1*229
IEA*1*000000229

--- HUMAN READABLE ---
PO AP-PO-2024-0229   2024-02-29   Vendor: Metalurgica Apicola del Plata (40077)
Note : SAMPLE ORDER - 8 PCS hive stand brackets HSB-45 for field trial
       Balance 492 pcs not released. Released only by written release from Darcy Friesen (GM)
       after sample sign-off by Kyle Olyniuk. Material: sample-only.
Line 1: HSB-45-HDG   10 EA   USD 7.80   need by 2024-04-05
Hash total (CTT): 10
"""),
])

# ---------------------------------------------------------------- p23 cover mail vs attached PO: PO number and sample qty differ (EML + PDF att)
_p23_po = pdf([
    ("h1", "NAROCILNICA / PURCHASE ORDER KC-2024-0471"),
    ("p", "Kranjska Cebela, zadruga z.o.o., Linhartov trg 9, 4240 Radovljica, Slovenija."),
    ("p", "Supplier: Jinhua Fengyuan Bee Implements Co., Ltd., Jinhua, Zhejiang, China. Date: 09.05.2024. "
          "Currency: EUR. Incoterms: CIF Koper."),
    ("table", [
        ["Poz.", "Artikel", "Opis / Description", "Kol.", "Cena EUR", "Vrednost EUR"],
        ["1", "PF-AZ-41", "Plastic AZ frame 41 x 26 cm, food-grade PP, beeswax coated - samples", "30", "1,90", "57,00"],
    ]),
    ("sp",),
    ("p", "Scope: samples only. The production quantity of 3.000 frames is not released and stays on hold."),
    ("p", "It is released only by a written release from Tanja Novak, direktorica, after the sample sign-off "
          "by Gregor Kos. Material: for the samples only."),
    ("p", "Nabava: Mojca Zupan"),
], title="KC-2024-0471", author="Mojca Zupan")
_p23_txt = """\
Dear Lily,

please find attached our purchase order KC-2024-0417 for thirty-six (36) sample plastic AŽ
frames PF-AZ-41.

As written in the PO, the 3.000 frames are not released: only after Gregor Kos signs off the
samples and Tanja Novak sends the written release.

Please confirm the order and the sample date.

Lep pozdrav,
Mojca Zupan
""" + sig("Mojca Zupan", "Nabava / Purchasing", KC + ", Radovljica, Slovenija", "+386 4 555 2210")
case("p23_mail_vs_po_number_qty", ["RG011"],
     "cover mail says PO KC-2024-0417 and 36 samples, attached PO is KC-2024-0471 with 30 samples; hold, event and person complete", [
    ("KC-2024-0417 plastic AZ frames.eml", eml_bytes(mail(
        f"Mojca Zupan <mojca.zupan@{KC_DOM}>", f"Lily Zhou <lily.zhou@{JF_DOM}>",
        "Purchase order KC-2024-0417 - plastic AŽ frames samples", "Thu, 09 May 2024 10:05:00 +0200", _p23_txt,
        attachments=[("KC-2024-0471.pdf", _p23_po, PDF_MT)]))),
])

# ---------------------------------------------------------------- p24 sign-off record: interim 150 and 200 in the same record (DOCX)
case("p24_signoff_two_limits", ["RG011"],
     "one interim sign-off record limits the quantity to 150 pcs in the disposition and to 200 pcs in the release section", [
    ("BGH-SO-2024-007.docx", docx_bytes([
        ("h1", "Sample Sign-off Record BGH-SO-2024-007"),
        ("p", "Baringo Golden Honey Enterprises Ltd - Production Department, Marigat"),
        ("table", [
            ["Field", "Entry"],
            ["Item", "HF-LS-D232 Langstroth deep frame, pine, assembled, dwg BGH-D-009 rev 1"],
            ["Supplier", "Doaba Bee Equipment Works, Ludhiana"],
            ["PO", "BGH/PO/24/0383 - 30 samples; production lot 2,970"],
            ["Samples tested", "30 frames in 3 outgrower hives, Mogotio, 3 weeks"],
            ["Finding", "top bar 2 mm thinner than drawing; bees accept, some brace comb"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("p", "Interim sign-off limited to 150 pcs, valid to 31 July 2024, for the Mogotio outgrower group only."),
        ("h", "Release"),
        ("p", "Interim limit: 200 pcs may be produced under this record. Written release for this quantity: "
              "BGH-REL-2024-04, signed Dr. Faith Chepkoech, Managing Director."),
        ("p", "The remaining frames stay on hold until corrected samples are signed off and Dr. Chepkoech issues "
              "a further written release."),
        ("sp",),
        ("p", "Signed: Otieno Ochieng, Production Manager, 14 June 2024"),
    ], author="Otieno Ochieng")),
])

# ---------------------------------------------------------------- p25 supplier confirmation states 50 and 60 (EML alt)
_p25_txt = """\
Dear Aroha Hanım,

Thank you for your order. We confirm PO TMH-PO-24-0301 for 50 sample queen excluders QE-420-PL
(punched, 0,8 mm stainless, 420 x 505). Samples ready in week 21, shipment by TNT to Gisborne.

Summary of your order in our system:
  Released quantity : 60 pcs (samples)
  Balance           : 1.140 pcs on hold, waiting written release from Mrs. Helen Brash
  Material          : only for the samples

Best regards from İzmir,
Elif Kaya
Planning / Planlama
""" + sig("Elif Kaya", "Planning / Planlama", EGE + ", Kemalpaşa OSB, İzmir", "+90 232 555 47 12")
_p25_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Aroha Hanım,</p>
<p>Thank you for your order. We confirm PO <b>TMH-PO-24-0301</b> for 50 sample queen excluders QE-420-PL
(punched, 0,8 mm stainless, 420 x 505). Samples ready in week 21, shipment by TNT to Gisborne.</p>
<p>Summary of your order in our system:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Released quantity</td><td>60 pcs (samples)</td></tr>
<tr><td>Balance</td><td>1.140 pcs on hold, waiting written release from Mrs. Helen Brash</td></tr>
<tr><td>Material</td><td>only for the samples</td></tr>
</table>
<p>Best regards from İzmir,<br>Elif Kaya<br>Planning / Planlama<br>Ege Arıcılık Makina San. ve Tic. Ltd. Şti.</p>
</body></html>
"""
case("p25_confirmation_50_vs_60", ["RG011"],
     "supplier order confirmation states the sample quantity as 50 in the text and 60 in its summary", [
    ("Order confirmation TMH-PO-24-0301.eml", eml_bytes(mail(
        f"Elif Kaya <elif.kaya@{EGE_DOM}>", f"Aroha Ngata <aroha.ngata@{TMH_DOM}>",
        "Order confirmation / Sipariş onayı TMH-PO-24-0301", "Fri, 10 May 2024 16:40:00 +0300", _p25_txt,
        html=_p25_html))),
])

# ---------------------------------------------------------------- p26 WhatsApp: 25 then 30 samples; releaser unnamed (TXT)
case("p26_chat_25_vs_30", ["RG005", "RG011"],
     "buyer chat orders 25 sample smokers, later 'as agreed 30'; balance on hold until sign-off + written release 'from our management' (no name)", [
    ("WhatsApp Chat with Harpreet Doaba.txt", """\
12/03/2024, 10:14 - Otieno Ochieng: Good morning Harpreet. PO BGH/PO/24/0391 is with you. Kindly make 25 sample smokers SMK-DB 4 inch stainless for our outgrowers trial.
12/03/2024, 10:15 - Otieno Ochieng: The rest of the 1,000 are on hold until we sign off the samples and you get written release from our management.
12/03/2024, 10:31 - Harpreet Singh Gill: Sat sri akal Otieno ji. Noted, samples in 3 weeks 🙏
12/03/2024, 10:32 - Harpreet Singh Gill: Bellows in leather or rexine?
12/03/2024, 10:40 - Otieno Ochieng: Leather please. Rexine cracks in Baringo heat
19/03/2024, 15:02 - Otieno Ochieng: Harpreet, reminder: as agreed 30 sample smokers, balance 970 on hold. Send photos before dispatch.
19/03/2024, 15:20 - Harpreet Singh Gill: Ok ji 👍
"""),
])

# ---------------------------------------------------------------- p27 supplier proforma: production starts on deposit (PDF)
case("p27_proforma_deposit_start", ["RG012"],
     "supplier proforma: 'mass production of 975 pcs starts upon receipt of 30% T/T deposit'", [
    ("FY-PI-240517.pdf", pdf([
        ("h1", "PROFORMA INVOICE FY-PI-240517"),
        ("p", "Jinhua Fengyuan Bee Implements Co., Ltd., No. 88 Xinhua Industrial Road, Jindong District, Jinhua, "
              "Zhejiang 321015, P.R. China."),
        ("p", "Buyer: Baringo Golden Honey Enterprises Ltd, Marigat, Kenya. Attn: Ms. Wanjiru Kamau. "
              "Your PO: BGH/PO/24/0433. Date: 2024-05-17."),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Smoker SMK-80 mini, stainless, sample", "25 pcs", "9.50", "237.50"],
            ["2", "Smoker SMK-80 mini, stainless, mass production", "975 pcs", "5.20", "5,070.00"],
            ["", "", "", "Total", "5,307.50"],
            ["", "30% T/T deposit", "", "", "1,592.25"],
        ]),
        ("sp",),
        ("p", "Payment: 30% T/T deposit, balance 70% against copy of B/L."),
        ("p", "Mass production of 975 pcs starts upon receipt of 30% T/T deposit. Samples sent together with "
              "production to save freight."),
        ("p", "Bank: Bank of China, Jinhua Branch, SWIFT BKCHCNBJ92A. Beneficiary: Jinhua Fengyuan Bee Implements Co., Ltd."),
        ("p", "Lily Zhou, Sales Manager"),
    ], title="FY-PI-240517", author="Lily Zhou")),
])

# ---------------------------------------------------------------- p28 supplier portal: PO accepted = production released; steel for 500 (HTML)
case("p28_portal_accept_is_release", ["RG006", "RG012"],
     "supplier portal treats PO acceptance as production release for 480 and lists steel bought for 500 while only 20 samples are ordered", [
    ("ege-portal-AP-PO-2024-0190.html", html_page("Ege Arıcılık B2B - AP-PO-2024-0190", """\
<h2>Ege Arıcılık Makina - B2B Customer Portal</h2>
<p>Customer: <b>Aspen Parkland Apiaries &amp; Bee Supply</b> (Nipawin, CA) &middot; Customer no. 8832</p>
<h3>Order AP-PO-2024-0190 &middot; HSB-45-HDG hive-stand bracket</h3>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th></tr>
<tr><td>PO received</td><td>11.03.2024</td><td>&#10004;</td></tr>
<tr><td>PO accepted by Ege</td><td>12.03.2024</td><td>&#10004; &rarr; production released (automatic on PO acceptance)</td></tr>
<tr><td>Samples 20 pcs</td><td>25.03.2024</td><td>in galvanising</td></tr>
<tr><td>Production 480 pcs</td><td>wk 14-15</td><td>in production - cutting and bending</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>For qty</th><th>Status</th></tr>
<tr><td>S235JR flat bar 40x5 mm</td><td>500 pcs</td><td>purchased, in stock</td></tr>
<tr><td>Zinc (HDG subcontract)</td><td>500 pcs</td><td>booked at Manisa galvaniser</td></tr>
</table>
<p class="note">Your PO lines: 20 samples + 480 production (production line "after sample sign-off").
Ege standard: after PO acceptance the order is released to production to keep the delivery date.</p>
<p><small>Ege Arıcılık Makina San. ve Tic. Ltd. Şti. &middot; Kemalpaşa OSB, İzmir</small></p>
""")),
])

# ---------------------------------------------------------------- p29 WhatsApp: advance sent, 'go ahead with the frames' (TXT)
case("p29_chat_advance_goahead", ["RG002", "RG010", "RG012"],
     "buyer: 'Sent the 50% advance this morning, go ahead with the frames' - payment as trigger, unscoped go-ahead, no quantity anywhere", [
    ("WhatsApp Chat with Harpreet Singh Gill.txt", """\
[2024-02-12, 7:41:05 a.m.] Harpreet Singh Gill: Sat sri akal Darcy ji, proforma PI/DBEW/23-24/212 sent on mail, kindly release 50% advance 🙏
[2024-02-12, 8:05:44 a.m.] Darcy Friesen: Morning Harpreet. Will do today or tomorrow, bank's slow on Mondays
[2024-02-13, 9:30:12 a.m.] Darcy Friesen: Sent the 50% advance this morning, go ahead with the frames 👍
[2024-02-13, 9:45:30 a.m.] Harpreet Singh Gill: Thank you ji, swift copy received. We start cutting from Monday
[2024-02-13, 9:46:02 a.m.] Harpreet Singh Gill: ‎image omitted
"""),
])

# ---------------------------------------------------------------- p30 PO: sample + production lines both open (PDF)
case("p30_po_two_open_lines", ["RG001", "RG003", "RG004", "RG005"],
     "PO with 4 sample baskets and a 60-pc production lot both open; nothing says the lot is not released, no event, no person", [
    ("BGH-PO-24-0368.pdf", pdf([
        ("h1", "PURCHASE ORDER BGH/PO/24/0368"),
        ("p", "Baringo Golden Honey Enterprises Ltd, P.O. Box 112-30403 Marigat, Kenya. PIN P051234567X."),
        ("p", "Supplier: Metalurgica Apicola del Plata S.R.L., Rafaela, Santa Fe, Argentina. Date: 26-02-2024. "
              "Currency: USD. Incoterms: CIF Mombasa. Payment: 30 days after B/L."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD", "Status"],
            ["1", "XB-R12-304", "Radial extractor basket 12 frame, AISI 304 - samples", "4", "180.00", "720.00", "OPEN"],
            ["2", "XB-R12-304", "Radial extractor basket 12 frame - production lot (after samples)", "60", "128.00", "7,680.00", "OPEN"],
            ["", "", "", "", "Total", "8,400.00", ""],
        ]),
        ("sp",),
        ("p", "Drawing BGH-D-031 rev 0. Welds TIG, passivated, food contact per KEBS KS 2520."),
        ("p", "Samples by air to Nairobi; production by sea, 20 ft container with the collection-centre tanks."),
        ("p", "Prepared by: Wanjiru Kamau, Procurement Officer"),
    ], title="BGH/PO/24/0368", author="Wanjiru Kamau")),
])

# ---------------------------------------------------------------- p31 buyer 'annual purchase order' built from a forecast (PDF)
case("p31_annual_order_forecast", ["RG008"],
     "buyer annual 'FIRM' order whose quantities are the outgrower census forecast, 'kindly treat as firm'", [
    ("BGH-APO-2024-25.pdf", pdf([
        ("h1", "ANNUAL PURCHASE ORDER 2024/25 - FIRM"),
        ("p", "Baringo Golden Honey Enterprises Ltd, Marigat, Kenya - to Doaba Bee Equipment Works, Ludhiana, India. "
              "Ref: BGH/APO/24-25/01. Date: 02-07-2024."),
        ("table", [
            ["Quarter", "Item", "Description", "Qty", "Unit USD", "Basis"],
            ["Q3 2024", "HF-LS-D232", "Langstroth deep frame, pine, assembled", "3,000", "0.74", "outgrower census forecast"],
            ["Q4 2024", "HF-LS-D232", "same", "3,000", "0.74", "outgrower census forecast"],
            ["Q1 2025", "HF-LS-D232", "same", "2,000", "0.74", "outgrower census forecast"],
            ["Q2 2025", "HF-LS-D232", "same", "2,000", "0.74", "outgrower census forecast"],
            ["Total", "", "", "10,000", "", ""],
        ]),
        ("sp",),
        ("p", "The quantities above come from our outgrower hive census (Baringo, Koibatek, Mogotio) and the county "
              "forecast for new hives. Kindly treat them as our firm order for the season and plan production "
              "accordingly."),
        ("p", "Shipping: one 40 ft container per quarter, CIF Mombasa. ISPM 15 treatment certificate required "
              "(KEPHIS)."),
        ("p", "Authorised: Dr. Faith Chepkoech, Managing Director. Prepared: Wanjiru Kamau, Procurement."),
    ], title="BGH/APO/24-25/01", author="Wanjiru Kamau")),
])

# ---------------------------------------------------------------- p32 EDI 830: forecast marked firm (TXT)
case("p32_edi830_firm_forecast", ["RG008"],
     "EDI 830 forecast with every line coded firm (FST02 C) and 'forecast figures below are firm commitment - please produce to schedule'", [
    ("TMH830-2024-W19.txt", """\
=== EDI X12 830 PLANNING SCHEDULE - PRINTOUT (TMH EDI gateway) ===
ISA*00*          *00*          *ZZ*TAWHITIMANUKA  *ZZ*FENGYUANBEE    *240506*1100*U*00401*000000519*0*P*>
GS*PS*TAWHITIMANUKA*FENGYUANBEE*20240506*1100*519*X*004010
ST*830*0001
BFR*05*TMH830-2024-W19**DL*A*20240601*20241130*20240506
N9*ZZ*NOTE
MSG*FORECAST FIGURES BELOW ARE FIRM COMMITMENT - PLEASE PRODUCE TO SCHEDULE
LIN**BP*PF-FD232*VP*FY-PF232-BK
UIT*EA
FST*1500*C*M*20240601
FST*1500*C*M*20240701
FST*2500*C*M*20240801
FST*2500*C*M*20240901
FST*1000*C*M*20241001
CTT*1
SE*12*0001
GE*1*519
IEA*1*000000519

--- HUMAN READABLE ---
Item PF-FD232 plastic full-depth frame, black, double beeswax coat (your FY-PF232-BK)
Forecast (season 2024/25, hive expansion plan):
  Jun 2024  1,500  firm
  Jul 2024  1,500  firm
  Aug 2024  2,500  firm
  Sep 2024  2,500  firm
  Oct 2024  1,000  firm
Buyer note: forecast figures are firm commitment, please produce to schedule.
Contact: Aroha Ngata, Purchasing Coordinator
"""),
])

# ---------------------------------------------------------------- p33 forwarded internal forecast 'take it as our firm order'; advance = start (EML rfc822)
_p33_inner = mail(
    f"Gregor Kos <gregor.kos@{KC_DOM}>", f"Mojca Zupan <mojca.zupan@{KC_DOM}>",
    "Napoved 2025 - matične rešetke / queen excluders",
    "Mon, 15 Jan 2024 07:48:00 +0100", """\
Mojca,

napoved za 2025 (forecast, ni potrjeno / not confirmed):
  QE-W10 wire queen excluder LR  3 600 kos
Depends on the winter losses and how many members join the LR programme. We know more in March.

Gregor
""")
_p33_txt = """\
Dear Mehmet,

below our internal forecast for 2025 from Gregor. Please take the 3 600 queen excluders QE-W10
as our firm order for 2025, same price as 2024 (EUR 4,60).

We pay the 30 % advance next week, and with the advance you can start production.

Lep pozdrav,
Mojca Zupan
""" + sig("Mojca Zupan", "Nabava / Purchasing", KC + ", Radovljica, Slovenija", "+386 4 555 2210")
case("p33_fwd_forecast_firm_advance", ["RG008", "RG012"],
     "buyer forwards a forecast marked 'not confirmed' and says 'take the 3 600 as our firm order'; 'with the advance you can start production'", [
    ("FW_ Napoved 2025.eml", eml_bytes(mail(
        f"Mojca Zupan <mojca.zupan@{KC_DOM}>", f"Mehmet Yıldız <mehmet@{EGE_DOM}>",
        "FW: Napoved 2025 - matične rešetke / queen excluders", "Tue, 16 Jan 2024 10:12:00 +0100", _p33_txt,
        attachments=[("rfc822", _p33_inner)]))),
])

# ---------------------------------------------------------------- p34 supplier MRP: wire ordered for 1.200, 30 released (TXT)
case("p34_mrp_material_for_all", ["RG006"],
     "supplier MRP printout: customer released 30, but wire and sheet ordered for 1.200 with no material authority", [
    ("BT-MRP-2024-0403.txt", """\
BARĆ-TECH SP. Z O.O.   Comarch ERP XL   ZAPOTRZEBOWANIE MATERIAŁOWE / MRP REPORT     2024-04-03 07:15
-----------------------------------------------------------------------------------------------------
Zlecenie klienta / customer order : ZK-2024/0188   (klient: Kranjska Čebela, PO KC-2024-099)
Wyrób / product                   : QE-AZ-SS krata odgrodowa AŽ / queen excluder AŽ, inox
Ilość zwolniona przez klienta     : 30 szt.  (samples)    / qty released by customer
Ilość w ofercie / quoted qty      : 1.200 szt.
Ilość planowana MRP / MRP plan qty: 1.200 szt.
-----------------------------------------------------------------------------------------------------
Poz  Materiał                        Ilość        JM   Dostawca            Status
  1  Drut nierdzewny 2,5 mm 1.4301    1.260 kg     kg   Drutex Katowice     ZAMÓWIONE / ordered 02.04
  2  Blacha ramka inox 0,8 mm          1.200 szt.   szt  Stalprofil Kraków   ZAMÓWIONE / ordered 02.04
  3  Karton 50 szt.                       24 szt.   szt  Smurfit Nowy Sącz   ZAMÓWIONE / ordered 03.04
-----------------------------------------------------------------------------------------------------
Uwagi / remarks: materiał zamówiony na całość 1.200 szt. - cena drutu ważna do 05.04.
                 (material ordered for the full 1.200 pcs - wire price valid until 05.04)
Wygenerował / generated by: T. Nowak
"""),
])

# ---------------------------------------------------------------- p35 supplier: steel for all 60 bought, continue after Liam approves (EML quoted)
_p35_q = """\
Kia ora Martín,

Just to be clear on PO TMH-PO-24-0233: four (4) sample baskets only. The balance of 56 is
not released. Helen Brash will send a written release after Liam signs off the samples.

Cheers,
Aroha"""
_p35_txt = """\
Estimada Aroha,

Gracias por el mail. The 4 sample baskets ship on Friday by FedEx, tracking follows.

Good news: ya compramos el acero inoxidable for the full 60 baskets last week, the mill in
Villa Constitución gave us a good price and in Argentina with the inflation we cannot wait.
And when Liam approves the samples we continue direct with the production of the 56, no need
to wait, so you have the baskets before your season in September.

Saludos cordiales,
Martín Gómez
Ventas / Export
Metalúrgica Apícola del Plata S.R.L. - Ruta 34 km 228, Rafaela, Santa Fe

El mar, 2 abr 2024 a las 09:10, Aroha Ngata <aroha.ngata@tawhitimanuka.co.nz> escribió:
""" + quote(_p35_q)
case("p35_steel_bought_continue_on_approval", ["RG006", "RG007"],
     "supplier bought steel for all 60 baskets with 4 samples ordered and says production of the 56 follows Liam's sample approval without waiting", [
    ("RE_ TMH-PO-24-0233 samples.eml", eml_bytes(mail(
        f"Martín Gómez <mgomez@{MAP_DOM}>", f"Aroha Ngata <aroha.ngata@{TMH_DOM}>",
        "RE: TMH-PO-24-0233 samples", "Wed, 03 Apr 2024 17:22:00 -0300", _p35_txt,
        in_reply_to=f"<h225-an0402@{TMH_DOM}>"))),
])

# ---------------------------------------------------------------- p36 supplier report: 'confirmed annual order' (forecast) + timber for 10,000 (PDF)
case("p36_report_forecast_order_timber", ["RG006", "RG008"],
     "supplier status report calls the buyer's season forecast a confirmed annual order and lists timber bought for 10,000 with 30 samples released", [
    ("DBW-MSR-2024-05.pdf", pdf([
        ("h1", "Monthly Status Report - May 2024"),
        ("p", "Doaba Bee Equipment Works, Ludhiana, Punjab. Customer: Baringo Golden Honey Enterprises Ltd, Kenya. "
              "Prepared by: Manpreet Kaur, Export Coordinator. Date: 31-05-2024."),
        ("table", [
            ["Item", "Reference", "Qty", "Status"],
            ["Annual order 2024/25 (your season forecast)", "BGH season plan 2024/25", "10,000 frames", "firm - confirmed"],
            ["Released by customer", "BGH/PO/24/0409 samples", "30 frames", "shipped 20-05-2024"],
            ["Timber purchased (pine, kiln dried)", "for annual order", "for 10,000 frames", "in our yard"],
            ["Wire and eyelets", "for annual order", "for 10,000 frames", "ordered"],
        ]),
        ("sp",),
        ("p", "Respected Madam, as per your confirmed annual order of 10,000 frames we have procured the complete "
              "timber to avoid price rise before monsoon. Kindly send the advance for Q3 lot at the earliest."),
        ("p", "Thanking you, Manpreet Kaur"),
    ], title="Monthly Status Report May 2024", author="Manpreet Kaur")),
])

# ---------------------------------------------------------------- p37 Teams: buyer's engineer overrides the written-release rule (TXT)
case("p37_teams_skip_release", ["RG007"],
     "buyer engineer: 'if the samples fit our boxes just keep going with the 980, no need to wait for Darcy's paper' against the stated written release", [
    ("Teams_chat_export_2024-05-02.txt", """\
Microsoft Teams - chat export
Chat: APA / Barć-Tech - queen excluders QE-10F-PL
Participants: Shauna Wiebe, Kyle Olyniuk, Tomasz Nowak, Katarzyna Wójcik
-------------------------------------------------------------------------
[2024-04-15 10:02] Shauna Wiebe: PO AP-PO-2024-0209 is out: 20 sample excluders QE-10F-PL. The 980 balance is not released until Darcy sends a written release after Kyle's sign-off.
[2024-04-15 10:20] Katarzyna Wójcik: Thank you Shauna, noted: 20 samples, 980 on hold.
[2024-05-02 08:11] Tomasz Nowak: Samples shipped yesterday DHL 7781 2204 51, deburred on both sides this time 🙂
[2024-05-02 08:30] Kyle Olyniuk: Thanks Tomasz. Honestly, if the samples fit our boxes just keep going with the 980, no need to wait for Darcy's paper. We're short for the honey flow
[2024-05-02 08:31] Tomasz Nowak: OK Kyle, we plan it
"""),
])

# ---------------------------------------------------------------- p38 supplier portal: deposit = released; auto mass production after approval (HTML)
case("p38_portal_deposit_auto_mp", ["RG007", "RG012"],
     "supplier order tracking: deposit received = order released to production; mass production of 790 starts automatically after sample approval", [
    ("fengyuan-tracking-TMH-PO-24-0218.html", html_page("Fengyuan Order Tracking", """\
<h2>Jinhua Fengyuan Bee Implements - Order Tracking / 订单跟踪</h2>
<p>Customer: <b>Tawhiti Manuka Honey Ltd</b> (NZ) &middot; Order: <b>TMH-PO-24-0218</b> &middot; SMK-100/250 smoker body</p>
<table>
<tr><th>Step</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Deposit received (30% T/T) &rarr; order released to production</td><td>-</td><td>&#10004; 2024-03-28</td></tr>
<tr><td>2</td><td>Samples</td><td>10 pcs</td><td>&#10004; shipped 2024-04-08</td></tr>
<tr><td>3</td><td>Sample approval by customer</td><td>-</td><td>waiting</td></tr>
<tr><td>4</td><td>Mass production</td><td>790 pcs</td><td>starts automatically after sample approval</td></tr>
<tr><td>5</td><td>Balance payment 70% / shipment</td><td>-</td><td>-</td></tr>
</table>
<p class="note">Dear customer, after your deposit the order is released to production. To keep your delivery date,
mass production starts automatically after sample approval, no further confirmation needed.</p>
<p><small>Jinhua Fengyuan Bee Implements Co., Ltd. &middot; sales@fengyuan-bee.com.cn &middot; +86 579 8230 1188</small></p>
""")),
])

# ---------------------------------------------------------------- p39 supplier production plan: continues automatically, sheet for 50 (DOCX)
case("p39_plan_auto_continue_sheet", ["RG006", "RG007"],
     "supplier plan: production of 46 trays 'continues automatically after sample approval', stainless sheet bought for 50 with 4 samples ordered", [
    ("Uretim_Plani_BGH-PO-24-0420.docx", docx_bytes([
        ("h1", "Üretim Planı / Production Plan - BGH/PO/24/0420"),
        ("p", "Ege Arıcılık Makina San. ve Tic. Ltd. Şti. - Kemalpaşa OSB, İzmir"),
        ("p", "Customer: Baringo Golden Honey Enterprises Ltd (Kenya). Item: UT-1200-SS uncapping tray, AISI 304 "
              "1,2 mm, with stainless grid and 1\" drain. Prepared by: Elif Kaya, Planning. Date: 20.05.2024."),
        ("table", [
            ["Week", "Step", "Qty", "Note"],
            ["22", "Samples - laser, bending, TIG", "4", "air freight to Nairobi"],
            ["23-24", "Customer sample approval", "-", "Otieno Bey"],
            ["25-26", "Production", "46", "continues automatically after sample approval"],
            ["27", "Sea freight İzmir - Mombasa", "46", "LCL"],
        ]),
        ("h", "Material"),
        ("p", "AISI 304 sheet 1,2 mm for 50 trays (4 samples + 46 production) purchased from Borçelik on 17.05.2024, "
              "in our stock. Grid wire and drain valves ordered for 50."),
        ("p", "Saygılarımızla / Best regards, Elif Kaya"),
    ], author="Elif Kaya")),
])

# ---------------------------------------------------------------- p40 mail: samples approved, PO approved, production approved (EML + DOCX att)
_p40_so = docx_bytes([
    ("h1", "Sample Sign-off Record BGH-SO-2024-005"),
    ("table", [
        ["Field", "Entry"],
        ["Item", "QE-LS-SS queen excluder Langstroth 10 fr., stainless punched 0,9 mm"],
        ["Supplier", "Barć-Tech Sp. z o.o., Nowy Sącz"],
        ["PO", "BGH/PO/24/0356, 40 samples"],
        ["Test", "slot gauge 4,2 mm go / 4,4 mm no-go; 4 hives Marigat, 3 weeks, no queen passage"],
        ["Result", "Approved"],
    ]),
    ("p", "Signed: Otieno Ochieng, Production Manager, 06 May 2024"),
], author="Otieno Ochieng")
_p40_txt = """\
Dear Katarzyna,

Greetings from Marigat.

The samples are approved (see sign-off record attached). Our PO is approved by finance.
Production is approved for 300 pcs, delivery CIF Mombasa by end of July kindly.

The remaining 1,660 pcs are on hold until written release from Dr. Faith Chepkoech, our
Managing Director.

Regards,
Otieno Ochieng
Production Manager
""" + sig("Otieno Ochieng", "Production Manager", BGH + ", Marigat", "+254 733 555 207")
case("p40_approved_three_meanings", ["RG009"],
     "one mail says 'approved' for the samples (technical), the PO (finance) and production of 300 (release); hold and Dr Chepkoech stated", [
    ("BGH-PO-24-0356 samples.eml", eml_bytes(mail(
        f"Otieno Ochieng <otieno.ochieng@{BGH_DOM}>", f"Katarzyna Wójcik <k.wojcik@{BT_DOM}>",
        "BGH/PO/24/0356 - samples / production", "Tue, 07 May 2024 11:15:00 +0300", _p40_txt,
        cc=f"Wanjiru Kamau <wanjiru.kamau@{BGH_DOM}>",
        attachments=[("BGH-SO-2024-005.docx", _p40_so, DOCX_MT)]))),
])

# ---------------------------------------------------------------- p41 release form: 'released' by QA, in ERP and for production (PDF)
case("p41_release_form_three_meanings", ["RG009"],
     "release form uses 'released' for the QA sample check, the ERP/finance PO workflow and the production release of 200", [
    ("RF-24-012.pdf", pdf([
        ("h1", "RELEASE FORM RF-24-012"),
        ("p", "Tawhiti Manuka Honey Ltd, Gisborne. Part: QE-420-SS queen excluder. Supplier: Jinhua Fengyuan Bee "
              "Implements Co., Ltd. PO: TMH-PO-24-0141 rev 1."),
        ("table", [
            ["Step", "Status", "By", "Date"],
            ["1. Samples (20 pcs)", "Released by QA - fit in boxes and slot gauge OK", "Mere Parata, QA", "12/05/2024"],
            ["2. PO TMH-PO-24-0141 rev 1", "Released in ERP by finance (NZD 14,870)", "Finance", "13/05/2024"],
            ["3. Production", "200 pcs released", "Helen Brash, Operations Manager", "14/05/2024"],
        ]),
        ("sp",),
        ("p", "Balance: 1,800 pcs on hold until a next written release from Helen Brash, Operations Manager."),
        ("p", "Material authority: staged up to 200 pcs."),
        ("p", "Signed: Helen Brash"),
    ], title="RF-24-012", author="Helen Brash")),
])

# ---------------------------------------------------------------- p42 SAP-like PO print: RELEASED (commercial), open production line (TXT)
case("p42_sap_released_open_line", ["RG001", "RG003", "RG004", "RG005", "RG009"],
     "PO print: release-strategy 'RELEASED', samples 'released by QA', production line 1.170 open with no hold, event or release person", [
    ("KC-2024-101.txt", """\
KRANJSKA ČEBELA Z.O.O.        SAP Business One        NAROČILNICA / PURCHASE ORDER
======================================================================================
Št. / No.          : KC-2024-101                 Datum / Date : 14.02.2024
Dobavitelj         : 30044  BARĆ-TECH SP. Z O.O., NOWY SĄCZ (PL)
Status odobritve   : RELEASED   (release strategy Z1, finance, 14.02.2024)
Valuta / Currency  : EUR        Paritet : DAP Radovljica      Plačilo : 30 dni
======================================================================================
Poz  Artikel     Opis                                        Kol.    EM    Cena     Vrednost
 10  AZ-SAT-41   AŽ satnik 41 x 26, smreka, 4x žica - VZORCI     30   kos    1,35        40,50
 20  AZ-SAT-41   AŽ satnik 41 x 26, smreka, 4x žica - SERIJA  1.170   kos    0,98     1.146,60
--------------------------------------------------------------------------------------
                                                      Skupaj / Total        1.187,10
======================================================================================
Opombe / Notes:
 - Samples must be released by QA (Gregor Kos) before shipping.
 - Deliver samples first, wk 10.
 - Drawing KC-105 rev 7, wire 0,5 mm INOX.
Nabava / Purchasing: Mojca Zupan
"""),
])

# ---------------------------------------------------------------- p43 minutes: 'Approved to proceed' + approved x3 (DOCX)
case("p43_minutes_approved_to_proceed", ["RG002", "RG009"],
     "minutes: design approved, price approved, then 'Approved to proceed' with no quantity or scope; PO scope itself complete", [
    ("Minutes_2024-03-26_MAP.docx", docx_bytes([
        ("h1", "Call with Metalúrgica Apícola del Plata - 26 March 2024"),
        ("p", "Aspen Parkland: Darcy Friesen, Kyle Olyniuk, Shauna Wiebe. MAP: Martín Gómez, Lucía Fernández."),
        ("h", "Notes"),
        ("num", "Design: drawing APA-162 Rev B (radial basket, 20 frame, hub bearing changed to 6204-2RS) approved by Kyle."),
        ("num", "Price: USD 212 per pilot basket and USD 139 per production basket approved by Darcy."),
        ("num", "PO AP-PO-2024-0181 for six (6) pilot baskets sent 25 March. The balance of 144 is not released until "
                "Kyle signs off the pilots and Darcy sends a written release."),
        ("num", "Martín asked if MAP can go now, the laser cutter is free in April. Darcy: Approved to proceed."),
        ("num", "Lucía to send the passivation procedure."),
        ("sp",),
        ("p", "Notes by Shauna Wiebe, 26 March 2024"),
    ], author="Shauna Wiebe")),
])

# ---------------------------------------------------------------- p44 buyer portal release page: quantity blank; Released x2 (HTML)
case("p44_portal_release_no_qty", ["RG009", "RG010"],
     "portal release record PR-0007 'Released by Helen Brash' with the quantity field blank; 'Released' also used for the finance PO workflow", [
    ("tmh-portal-release-PR-0007.html", html_page("Tawhiti Manuka - Supplier Portal - Release PR-0007", """\
<h2>Tawhiti Manuka Honey - Supplier Portal</h2>
<p>Supplier: <b>Barć-Tech Sp. z o.o.</b> &middot; PO <b>TMH-PO-24-0356</b> &middot; QE-W10-NZ wire queen excluder</p>
<table>
<tr><th>PO status</th><td>Released (approved by finance 02/05/2024)</td></tr>
<tr><th>Samples</th><td>signed off by Liam Forsyth 16/05/2024, record SSR-2024-019</td></tr>
</table>
<h3>Production release PR-0007</h3>
<table>
<tr><th>Status</th><td>Released</td></tr>
<tr><th>Released by</th><td>Helen Brash, Operations Manager</td></tr>
<tr><th>Date</th><td>20/05/2024</td></tr>
<tr><th>Quantity</th><td></td></tr>
<tr><th>Balance</th><td>remains on hold until the next written release from Helen Brash</td></tr>
</table>
<p><button>Acknowledge release</button></p>
""")),
])

# ---------------------------------------------------------------- p45 mail: 'go ahead with the first batch' (EML alt + HTML att)
_p45_att = html_page("Spin test XB-R20-304 samples", """\
<h3>Spin test - XB-R20-304 sample baskets</h3>
<p>Tawhiti Manuka extraction plant, 24/04/2024. Tester: Liam Forsyth.</p>
<table>
<tr><th>Sample</th><th>rpm</th><th>Minutes</th><th>Frame retention</th><th>Rod deflection</th></tr>
<tr><td>S1</td><td>300</td><td>12</td><td>OK</td><td>0.6 mm</td></tr>
<tr><td>S2</td><td>300</td><td>12</td><td>OK</td><td>0.5 mm</td></tr>
<tr><td>S3</td><td>320</td><td>12</td><td>OK</td><td>0.8 mm</td></tr>
<tr><td>S4</td><td>320</td><td>12</td><td>OK</td><td>0.7 mm</td></tr>
</table>
""")
_p45_txt = """\
Hola Lucía,

The sample baskets passed the spin test on Wednesday, summary attached. Rod deflection well
inside the 1.5 mm limit, nice work.

OK go ahead with the first batch. The rest stays on hold until we've signed off the first batch
in the plant; Helen Brash releases the rest in writing after that.

Cheers,
Liam
""" + sig("Liam Forsyth", "Apiary Equipment Engineer", TMH + ", Gisborne", "+64 6 555 0193")
_p45_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hola Lucía,</p>
<p>The sample baskets passed the spin test on Wednesday, summary attached. Rod deflection well inside the 1.5 mm limit, nice work.</p>
<p><b>OK go ahead with the first batch.</b> The rest stays on hold until we've signed off the first batch in the plant;
Helen Brash releases the rest in writing after that.</p>
<p>Cheers,<br>Liam</p>
<p style="color:#777">Liam Forsyth | Apiary Equipment Engineer | Tawhiti Manuka Honey Ltd | +64 6 555 0193</p>
</body></html>
"""
case("p45_goahead_first_batch", ["RG002", "RG010"],
     "'OK go ahead with the first batch' never says how many; rest on hold with event and Helen Brash named", [
    ("XB-R20-304 spin test.eml", eml_bytes(mail(
        f"Liam Forsyth <liam.forsyth@{TMH_DOM}>", f"Lucía Fernández <lfernandez@{MAP_DOM}>",
        "XB-R20-304 spin test - next step", "Fri, 26 Apr 2024 10:05:00 +1200", _p45_txt, html=_p45_html,
        attachments=[("spin_test_XB-R20-304.html", _p45_att, "text/html")]))),
])


# =================================================================== WRITE
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _check():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    assert all(c["name"].startswith("c") for c in clean)
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]


def _folder_stem(fn):
    stem = Path(fn).stem.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")
    return stem


def main():
    _check()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(225225).shuffle(order)
    labels = {}
    for nn, c in enumerate(order, 1):
        folder = f"h225_{nn:02d}_{_folder_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
