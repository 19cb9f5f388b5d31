#!/usr/bin/env python3
"""Generator for the releasegate check_holdout45 corpus (retail display / POP fixtures).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout45/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 4545).

The internal case names below (c.. = expected clean, p.. = expected risky) never reach the
output folder names; folders are h45_NN_<first-file-stem> in shuffled order.
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
# (copied from check_holdout3/build.py, message-id / boundary prefix changed to h45)
_PL_MAP = str.maketrans("ąćęłńśźżĄĆĘŁŃŚŹŻ", "acelnszzACELNSZZ")


def _pl(x):
    if isinstance(x, str):
        return x.translate(_PL_MAP)
    if isinstance(x, list):
        return [_pl(r) for r in x]
    return x


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    # h45: the built-in Helvetica has no glyphs for Polish letters; transliterate them
    blocks = [tuple(_pl(x) for x in b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h45-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h45")
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


# ------------------------------------------------------------ extra helpers (h45)
def t2h(text):
    """Plain text -> simple HTML body for the text/html alternative of an e-mail."""
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "</body></html>\n")


def q(text):
    """Quote a message body with '> ' the way mail clients do."""
    out = []
    for ln in text.strip("\n").split("\n"):
        if not ln.strip():
            out.append(">")
        elif ln.startswith(">"):
            out.append(">" + ln)
        else:
            out.append("> " + ln)
    return "\n".join(out)


def eml(fn, m):
    return (fn, eml_bytes(m))


# People and companies used across cases (all fictional).
TRAIL = "Trailhead Outfitters Inc."          # US outdoor retailer, Denver
KIND = "Kindred Pet Co."                     # US pet retailer, Austin
VRP = "Vantage Retail Partners LLC"          # US retail agency, Chicago
HP = "Hartwell & Pryce Ltd"                  # UK beauty brand, London
FERN = "Fernhill Creative Ltd"               # UK retail agency, Manchester
ALB = "Albion Cycles Ltd"                    # UK bike retailer, Bristol
LUM = "Lumera Kosmetik GmbH"                 # DE cosmetics, Duesseldorf
KESS = "Kessler Audio GmbH"                  # DE audio, Hamburg
SDP = "Sieć Drogerii Pola Sp. z o.o."        # PL drugstore chain, Łódź
KLATO = "Kawiarnie Lato Sp. z o.o."          # PL coffee chain, Warsaw
KREA = "Kreacja POS Sp. z o.o."              # PL POP agency, Kraków
HUAX = "Dongguan Huaxin Display Co., Ltd."   # CN fixture maker
XBW = "Xiamen Brightway POP Display Co., Ltd."  # CN
NFH = "Ningbo Fenghe Metal Products Co., Ltd."  # CN
MEBL = "Meblotech Sp. z o.o."                # PL, Bydgoszcz
DSPY = "Displayo Sp. z o.o."                 # PL, Poznań
EDN = "Exhibidores del Norte S.A. de C.V."   # MX, Monterrey
GVIT = "Grupo Vitrina S.A. de C.V."          # MX, Guadalajara
RIDG = "Ridgeway Fixture Works, Inc."        # US, Grand Rapids MI
LAKE = "Lakeshore Store Fixtures LLC"        # US, Sheboygan WI


# =================================================================== CLEAN
# ---- c01: supplier quote on its own, sample + rollout price tiers
case("c01_quote_tiers", [],
     "supplier quotation alone: white sample, PP samples and rollout price tiers; no authorized "
     "quantity; says nothing beyond samples is produced without PO and written release",
     [("HX-Q-24-0612.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", f"{HUAX} · No. 18 Xinhe Road, Houjie Town, Dongguan, Guangdong 523960, China · "
               "Tel +86 769 8588 0612"),
         ("p", "Quotation No.: HX-Q-24-0612    Date: 8 May 2024    Valid until: 7 July 2024"),
         ("p", f"To: {TRAIL}, 1550 Wynkoop St, Denver, CO 80202, USA. Attn. Megan Alvarez, "
               "Sourcing Manager"),
         ("p", "Project: FT-90 freestanding footwear tower, per drawing TH-FT90 Rev C dated 22 Apr "
               "2024. Four-sided, 1,800 mm high, 600 x 600 mm base, 16 shoe shelves, header graphic "
               "560 x 300 mm."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
             ["1", "White sample (unpainted steel, structure and knock-down check)", "1", "480.00",
              "12 days"],
             ["2", "Pre-production sample (powder coated RAL 9005, full graphics, packed as "
                   "production)", "2", "395.00", "18 days"],
             ["3", "Rollout price tier A", "300", "142.50", "35 days"],
             ["4", "Rollout price tier B", "600", "131.20", "35 days"],
             ["5", "Rollout price tier C", "1,200", "124.80", "45 days"],
         ]),
         ("p", "Rollout lead times count from the date of your written production release, not "
               "from the sample date."),
         ("h", "Specification"),
         ("p", "Frame: 25 x 25 x 1.2 mm square tube, Q235 cold rolled steel. Shelves: 1.0 mm sheet, "
               "folded lip 15 mm. Finish: epoxy-polyester powder coat, 60-80 µm, salt spray 240 h. "
               "Header: 3 mm PVC foam board, UV print, 4 screws M4 x 12."),
         ("p", "Packing: flat-pack, 1 unit per 5-ply export carton 1,250 x 450 x 180 mm, gross "
               "weight approx. 38 kg. A 20' GP container holds approx. 330 units."),
         ("h", "Terms"),
         ("p", "Price basis FOB Shenzhen (Yantian). Payment T/T: 30% with order, 70% against copy "
               "B/L. Samples are charged at the prices above. Tooling (bending fixtures, welding "
               "jigs): USD 1,850, one time."),
         ("p", "This is a quotation only. The rollout tiers are price breaks for your planning. "
               "Nothing beyond the samples is produced without your purchase order and your written "
               "production release naming the quantity."),
         ("p", "Kevin Liang, Sales Manager · kevin.liang@huaxin-display.cn · WeChat kevinliang_hx"),
     ], title="Quotation HX-Q-24-0612", author="Kevin Liang"))])

# ---- c02: supplier question ("ok to go ahead with the 300?"), buyer's full scope quoted below
_c02_orig = """Hi Kevin,

PO 4500-7731 is attached. It covers two (2) pre-production samples of the FT-90 tower only
(quote HX-Q-24-0612, item 2).

The rollout quantity (300 towers, tier A of your quote) is not released. It stays on hold
until our store design team signs off the samples in Denver and I send you a written release.

Please ship the samples by air to our Denver office, attention Store Design.

Thanks,
Megan Alvarez
Sourcing Manager, Trailhead Outfitters Inc.
"""
case("c02_question_rollout", [],
     "supplier asks whether it may go ahead with the 300; the quoted buyer PO note states 2 samples, "
     "300 not released, sign-off + written release by Megan Alvarez",
     [eml("RE_PO_4500-7731.eml", mail(
         "Kevin Liang <kevin.liang@huaxin-display.cn>", "Megan Alvarez <malvarez@trailheadoutfitters.com>",
         "RE: PO 4500-7731 FT-90 pre-production samples", "Tue, 14 May 2024 09:41:00 +0800",
         "Hi Megan,\n\nThank you for PO 4500-7731, received this morning and entered in our system.\n\n"
         "Our planning team asks one question before we book the line: are we OK to go ahead with "
         "the rollout of 300 towers as well, so we can reserve July for you? Or do we only make the "
         "two pre-production samples for now? July is filling up fast, so a quick answer helps us.\n\n"
         "The two samples will be ready around 28 May. We will send photos of the packed carton "
         "before shipping, so you can check the drop test packing.\n\nBest regards,\nKevin"
         + sig("Kevin Liang", "Sales Manager", HUAX, "+86 769 8588 0612")
         + "\nOn Mon, 13 May 2024 at 16:02, Megan Alvarez <malvarez@trailheadoutfitters.com> wrote:\n"
         + q(_c02_orig) + "\n",
         in_reply_to="<h45-po7731@trailheadoutfitters.com>"))])

# ---- c03: labelled forecast
_c03_rows = [("Q3 2024", "London & South East", 38, 2), ("Q3 2024", "Midlands", 14, 2),
             ("Q4 2024", "North West & Yorkshire", 22, 2), ("Q4 2024", "Scotland", 9, 2),
             ("Q1 2025", "Ireland (ROI + NI)", 11, 1)]
_c03_tr = "\n".join(f"<tr><td>{a}</td><td>{escape(b)}</td><td>{c}</td><td>{d}</td><td>{c * d}</td></tr>"
                    for a, b, c, d in _c03_rows)
case("c03_forecast_cu3", [],
     "buyer rollout forecast clearly labelled planning-only, not a PO, releases nothing",
     [("CU-3_rollout_forecast.html", html_page("CU-3 rollout forecast", f"""
<h1>Hartwell &amp; Pryce: CU-3 counter unit, rollout forecast</h1>
<p>Prepared by Olly Grant, Senior Buyer, 14 May 2024. For: Xiamen Brightway POP Display (Jenny Wu).</p>
<p class="note"><b>Forecast for capacity planning only.</b> This is not a purchase order and it does
not release anything. Each phase will be ordered on its own PO and released in writing by Hannah
Price, Retail Operations Director, when the time comes. Figures can move by &plusmn;20%.</p>
<table>
<tr><th>Quarter</th><th>Region</th><th>Stores (forecast)</th><th>Units per store</th><th>Units (forecast)</th></tr>
{_c03_tr}
<tr><td colspan="4"><b>Total forecast</b></td><td><b>{sum(c * d for _, _, c, d in _c03_rows)}</b></td></tr>
</table>
<p>Store counts include concessions in department stores; a store can drop out if the landlord
refuses the fit-out. We will refresh this sheet at the end of each month.</p>
<p>Questions on the numbers: olly.grant@hartwellpryce.co.uk, +44 20 7946 0183.</p>
"""))])

# ---- c04: full-quantity PO with "please proceed" (no balance)
case("c04_po_24-0318", [],
     "full-quantity PO: 36 endcaps for 36 stores, no further quantity; 'proceed with all 36' is scoped",
     [("PO_24-0318.docx", docx_bytes([
         ("h1", "PURCHASE ORDER 24-0318"),
         ("p", f"{KIND} · 401 Congress Ave, Suite 1200, Austin, TX 78701 · (512) 555-0100"),
         ("p", "Date: 05/06/2024    Buyer: Josh Patel, Director of Store Merchandising"),
         ("p", f"Vendor: {RIDG}, 2200 Chicago Dr SW, Grand Rapids, MI 49519. Attn. Dave Kowalski"),
         ("p", "Ship to: Kindred Pet Co. DC, 8800 Tuscany Way, Austin, TX 78754 · Terms: Net 45 · "
               "FOB Destination"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit $", "Ext. $"],
             ["1", "KP-EC-48", "48 in. endcap fixture, powder coat RAL 9005, slatwall back, 4 shelves",
              "36", "EA", "612.00", "22,032.00"],
             ["2", "KP-HDR-48", "Header graphic panel, 3 mm Sintra, printed both sides", "36", "EA",
              "48.50", "1,746.00"],
             ["", "", "", "", "", "Total", "23,778.00"],
         ]),
         ("h", "Order notes"),
         ("li", "This PO covers the full quantity for this project: 36 endcaps and 36 header panels, "
                "one set per store for the 36 stores on the spring reset list. No further quantity "
                "will follow on this project."),
         ("li", "The prototype (PO 24-0201, one unit) was signed off by our store design lead on "
                "05/03/2024 with two changes: header bracket moved 1/2 in. up, and the kick plate in "
                "RAL 9005 instead of 9004. Build the 36 to drawing KP-EC-48 Rev D, which includes both "
                "changes."),
         ("li", "Please proceed with production of all 36 sets on receipt of this PO. Ship complete "
                "by 07/15/2024, 6 per pallet, stretch-wrapped, with corner boards."),
         ("li", "Questions: Josh Patel, (512) 555-0148, jpatel@kindredpet.com."),
     ], author="Josh Patel"))])

# ---- c05: ERP call-off with explicit staged material authority above the released quantity
case("c05_abruf_2024-007-02", [],
     "call-off releases 40; remaining 160 not released until next call-off signed by Lena Hoffmann; "
     "staged material authority for 200 is explicit",
     [("ABRUF_2024-007-02.txt", """\
KESSLER AUDIO GMBH              ABRUF / CALL-OFF                          SEITE 1/1
Hafenstrasse 21 . 20457 Hamburg . USt-IdNr DE 812 445 019
--------------------------------------------------------------------------------
LIEFERANT  : 40012  MEBLOTECH SP. Z O.O., UL. PRZEMYSLOWA 7, 85-758 BYDGOSZCZ, PL
RAHMENVERTRAG / FRAME AGREEMENT : RV-2024-007 (200 KITS, VALID TO 31.12.2024)
ABRUF-NR   : 2024-007-02                 DATUM : 14.05.2024
EINKAEUFER : L. HOFFMANN                 TEL   : +49 40 555 0142
--------------------------------------------------------------------------------
POS  MATERIAL-NR    BEZEICHNUNG                        MENGE  ME   LIEFERTERMIN
010  KA-LS-300      LISTENING STATION OAK, FLAT-PACK KIT  40  ST   KW 26/2024
                    ZCHNG KA-LS-300 REV 07, RAL 7016 BASE
--------------------------------------------------------------------------------
HINWEISE / NOTES
1. THIS CALL-OFF RELEASES 40 KITS FOR PRODUCTION. NOTHING MORE.
2. THE REMAINING FRAME VOLUME (160 KITS) IS NOT RELEASED. IT IS RELEASED ONLY
   BY A FURTHER WRITTEN CALL-OFF SIGNED BY LENA HOFFMANN, EINKAUF.
3. MATERIAL AUTHORITY: STAGED. YOU MAY BUY OAK VENEER BOARD 19 MM AND ALU
   PROFILE KA-P12 FOR UP TO 200 KITS NOW, AT KESSLER AUDIO'S LIABILITY.
   FABRICATION IS LIMITED TO THE 40 KITS RELEASED ABOVE.
4. DELIVERY DDP HAMBURG (INCOTERMS 2020), GOODS RECEIPT MON-FRI 07-14 H.
5. PLEASE QUOTE ABRUF-NR ON DELIVERY NOTE AND INVOICE.
--------------------------------------------------------------------------------
ERSTELLT: LHOFFMANN  14.05.2024 10:22      DRUCK: 14.05.2024 10:23
""")])

# ---- c06: explicit, recorded auto-conversion with quantity, signer and conditions
case("c06_bestellung_7100-2291", [],
     "explicit recorded auto-conversion: Katrin Vogel's approved sign-off releases 120 (phase 1) "
     "and nothing else; 380 on hold until her written release",
     [("Bestellung_7100-2291.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 7100-2291"),
         ("p", f"{LUM} · Königsallee 48 · 40212 Düsseldorf · Germany"),
         ("p", f"Lieferant / Supplier: {XBW}, 3F, No. 9 Xiangxing Road, Huli District, Xiamen. "
               "Attn. Jenny Wu"),
         ("p", "Datum / Date: 06.05.2024 · Incoterms: FOB Xiamen · Zahlung / Payment: 60 days net"),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung / Description", "Menge / Qty", "Preis EUR", "Wert EUR"],
             ["10", "LU-CD-12-P", "Counter display 12 testers, prototype, white gloss + mirror",
              "2", "410,00", "820,00"],
             ["20", "LU-CD-12", "Counter display 12 testers, phase 1 (see note 3)", "120",
              "96,50", "11.580,00"],
         ]),
         ("h", "Scope of this order"),
         ("p", "1. Active quantity today: the 2 prototypes on position 10."),
         ("p", "2. Position 20 (120 units, phase 1) and phase 2 (380 units, not on this PO) are not "
               "released by this PO."),
         ("p", "3. Auto-conversion, agreed with Jenny Wu on 6 May 2024 and recorded here: when "
               "Katrin Vogel, Head of Purchasing, signs a sample sign-off for the 2 prototypes with "
               "the disposition \"approved\", that signed sign-off releases the 120 units of "
               "position 20 by itself. It releases nothing else. An interim or rejected disposition "
               "releases nothing."),
         ("p", "4. Phase 2 (380 units) stays on hold until a written release signed by Katrin Vogel "
               "after the phase 1 sell-in review, and a revised PO."),
         ("p", "5. Material authority: sample-only until the signed sign-off; after it, material for "
               "the 120 units of position 20."),
         ("p", "Mit freundlichen Grüßen / Kind regards, Katrin Vogel, Leitung Einkauf / Head of "
               "Purchasing, +49 211 555 0130"),
     ], title="Bestellung 7100-2291", author="Katrin Vogel"))])

# ---- c07: supplier states the deposit does not release production
_c07_orig = """Hi Mariana,

PO VRP-24-118 is in your inbox: four (4) prototype gondola headers only. The 250 rollout headers
are not released; they stay on hold until the prototypes are signed off in Chicago and Dana
Whitfield sends you a written release.

We'll wire the tooling deposit (USD 4,800) this week.

Tyler
"""
_c07_text = ("Hi Tyler,\n\nGood news, the tooling deposit (USD 4,800) landed this morning, muchas "
             "gracias.\n\nJust so it is clear on both sides: the deposit pays for the bending dies and "
             "the welding jig, and it does not release production. We are building the 4 prototype "
             "headers on PO VRP-24-118 and nothing else. The 250 rollout headers stay on hold until "
             "Dana sends the written release after the prototype sign-off, like your PO says.\n\n"
             "Prototypes go into paint on Friday; we ship Tuesday by FedEx Ground from Monterrey.\n\n"
             "Saludos,\nMariana")
case("c07_deposit_received", [],
     "supplier: deposit pays tooling and does not release production; 4 prototypes only, 250 on hold "
     "until sign-off and Dana Whitfield's written release",
     [eml("Deposit_VRP-24-118.eml", mail(
         "Mariana Treviño <mtrevino@exhibidoresdelnorte.mx>", "Tyler Brooks <tbrooks@vantageretail.com>",
         "RE: Tooling deposit - PO VRP-24-118", "Wed, 22 May 2024 10:05:00 -0600",
         _c07_text + sig("Mariana Treviño", "Gerente de Proyectos / Project Manager", EDN, "+52 81 5555 0177")
         + "\nOn Mon, 20 May 2024, Tyler Brooks <tbrooks@vantageretail.com> wrote:\n" + q(_c07_orig) + "\n",
         html=t2h(_c07_text + "\n\nMariana Treviño\n" + EDN)))])

# ---- c08: supplier acknowledgement restating the hold (Polish supplier)
case("c08_potwierdzenie_PL-2024-0456", [],
     "supplier acknowledgement restates scope: 8 prototypes, 392 not released, written release from "
     "Piotr Mazur after sign-off, material for 8 only",
     [("Potwierdzenie_PL-2024-0456.docx", docx_bytes([
         ("h1", "Potwierdzenie zamówienia / Order acknowledgement"),
         ("p", f"{DSPY} · ul. Głogowska 212 · 60-104 Poznań · NIP 779-24-18-550"),
         ("p", f"Do / To: {SDP}, ul. Piotrkowska 148, 90-063 Łódź. Attn. Piotr Mazur, Kierownik "
               "Zakupów / Purchasing Manager"),
         ("p", "Nr potwierdzenia: POT/2024/0219 · Data: 16.05.2024 · Dot. zamówienia / Re PO: "
               "PL/2024/0456"),
         ("table", [
             ["Poz.", "Indeks", "Nazwa / Description", "Ilość / Qty", "Cena netto PLN", "Wartość PLN"],
             ["1", "RK-60-P", "Prototyp regału kosmetycznego 60 cm / cosmetics gondola prototype",
              "8 szt.", "1.180,00", "9.440,00"],
         ]),
         ("p", "We confirm your PO PL/2024/0456 as written. Eight (8) prototype gondolas for the "
               "pilot in 4 stores (2 per store)."),
         ("p", "The remaining 392 pcs for the rollout are not released. We will wait for the written "
               "release from Mr Piotr Mazur after the sample sign-off in your Łódź office. Until "
               "then we do not plan them."),
         ("p", "Materiał: we buy material only for the 8 prototypes (płyta laminowana 18 mm, "
               "profile stalowe)."),
         ("p", "Termin dostawy / delivery: tydzień 24 (week 24), transport własny, rozładunek po "
               "stronie klienta."),
         ("p", "Z poważaniem / Best regards, Agnieszka Lewandowska, Key Account Manager, "
               "+48 61 555 0190"),
     ], author="Agnieszka Lewandowska"))])

# ---- c09: Teams chat, supplier asks about 600, buyer scopes the go-ahead
case("c09_teams_bloom", [],
     "chat: supplier asks to go ahead with 600; buyer says go ahead with the 10 pilot kits only, "
     "590 on hold until client pilot sign-off and Sophie Turner's written release",
     [("Teams_chat_Bloom_counter.txt", """\
Microsoft Teams - chat export
Chat: Bloom counter - Huaxin / Fernhill
Participants: Amy Zhou (Dongguan Huaxin Display), Sophie Turner (Fernhill Creative), Jamie Cole (Fernhill Creative)
Exported: 10/06/2024 17:31 (UTC+01:00)

[10/06/2024 09:12] Amy Zhou: Morning Sophie, white sample photos uploaded to the shared folder 📷
[10/06/2024 09:38] Sophie Turner: Thanks Amy, they look really good! A couple of comments on the shelf lip, see markup (page 3)
[10/06/2024 09:41] Amy Zhou: ok will check with engineering
[10/06/2024 09:55] Jamie Cole: also the header is 5mm short vs drawing FC-BL-01 rev 3, can you double check
[10/06/2024 10:02] Amy Zhou: Boss ask can we go ahead with the 600 now? line is free in July, after that busy for Christmas orders
[10/06/2024 10:15] Sophie Turner: No, not the 600 I'm afraid. Go ahead with the 10 pilot kits only (PO FC-2291).
[10/06/2024 10:16] Sophie Turner: The other 590 are on hold. They get released only after our client signs off the pilot stores (end of July) and then I send you a written release. Nothing before that please.
[10/06/2024 10:18] Amy Zhou: understood, 10 pilot kits only. We keep the 590 on hold until your written release
[10/06/2024 10:19] Sophie Turner: Perfect, thank you 🙏
[10/06/2024 10:30] Jamie Cole: shipping for the pilot: air, DAP Manchester, 1 kit per carton set please
[10/06/2024 10:34] Amy Zhou: ok noted 👍
""")])

# ---- c10: identifiers that look like quantities
case("c10_po_2400-1200", [],
     "sample PO, 3 prototypes, rollout not released until showroom sign-off + Tom Reed's written "
     "release; many numbers are identifiers (PN, DRG rev, EN/ISO, store no., dimensions)",
     [("PO_2400-1200.pdf", pdf([
         ("h1", "Purchase Order 2400-1200"),
         ("p", f"{ALB} · Unit 3, Avonmouth Way, Bristol BS11 8DE · VAT GB 298 1144 07"),
         ("p", f"Supplier: {NFH}, No. 66 Jinhai Road, Beilun, Ningbo 315800. Attn. Leo Chen"),
         ("p", "Date: 21 May 2024 · Incoterms FCA Ningbo · Payment 30 days from invoice"),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit GBP", "Value GBP"],
             ["1", "AC-WR-1500", "Wall bike rack, prototype, per DRG 3000-06 Rev 12", "3", "145.00",
              "435.00"],
         ]),
         ("p", "Specification: tube 25 x 25 x 1.5 mm, powder coat RAL 9016, hooks 8 mm wire, load "
               "test 1500 N per hook per EN 16121, supplier certified to ISO 9001:2015. Pack on a "
               "1200 x 800 pallet."),
         ("p", "Deliver to: Albion Cycles Store 1450 (Bristol Cribbs showroom), Lysander Road, "
               "Bristol BS10 7TL."),
         ("h", "Scope"),
         ("p", "Only the three (3) prototypes on line 1 are released. The rollout for 140 stores "
               "(per quote NF-2024-0980) is not released and stays on hold until the prototypes are "
               "signed off in our Bristol showroom and Tom Reed, Head of Store Development, sends a "
               "written release."),
         ("p", "Buyer: Ben Harlow, ben.harlow@albioncycles.co.uk, +44 117 496 0412"),
     ], title="PO 2400-1200", author="Ben Harlow"))])

# ---- c11: supplier assumes auto-conversion (quoted), buyer corrects it
_c11_sup = """Dear Olly,

5 pcs samples of CU-3 shipped by DHL today, AWB 1234 5678 90.
Once you approve the samples we will start the 450 units right away to keep the August date.

Best regards
Jenny Wu
Xiamen Brightway POP Display
"""
_c11_text = ("Hi Jenny,\n\nThanks for shipping, I'll watch for the DHL box.\n\nOne correction to your "
             "note below: signing off the samples does not release anything. The 450 units stay on hold "
             "until I send you a written release, and that only happens after Hannah Price has signed "
             "off the samples and our budget for the rollout is confirmed. Please only finish the 5 "
             "samples on PO HP-55120 for now, and don't book the line for August yet.\n\n"
             "If that puts August at risk, tell me and I'll talk to Hannah about the dates.\n\n"
             "Kind regards,\nOlly")
case("c11_re_cu3_samples", [],
     "quoted supplier message assumes sample approval starts the 450; buyer's reply corrects it: "
     "5 samples only, 450 on hold until sign-off, budget and Olly Grant's written release",
     [eml("RE_CU-3_samples_shipped.eml", mail(
         "Olly Grant <olly.grant@hartwellpryce.co.uk>", "Jenny Wu <jenny.wu@brightwaypop.com>",
         "RE: CU-3 samples shipped", "Thu, 16 May 2024 08:47:00 +0100",
         _c11_text + sig("Olly Grant", "Senior Buyer", HP, "+44 20 7946 0183")
         + "\nFrom: Jenny Wu <jenny.wu@brightwaypop.com>\nSent: 16 May 2024 03:12\n"
           "Subject: CU-3 samples shipped\n\n" + q(_c11_sup) + "\n"))])

# ---- c12: revised PO explicitly supersedes the pilot quantity
case("c12_zamowienie_KL-2024-112_rev2", [],
     "revised PO Rev 2 explicitly replaces Rev 1 (8 -> 10 pilot units, Rev 1 void); rollout on hold "
     "until pilot review sign-off and Marta Wójcik's written release",
     [("Zamowienie_KL-2024-112_Rev2.docx", docx_bytes([
         ("h1", "ZAMÓWIENIE / PURCHASE ORDER KL/2024/112, Rev. 2"),
         ("p", f"{KLATO} · ul. Mokotowska 51/53 · 00-542 Warszawa"),
         ("p", f"Dostawca / Supplier: {MEBL}, ul. Przemysłowa 7, 85-758 Bydgoszcz. Attn. Tomasz "
               "Kaczmarek"),
         ("p", "Data: 29.04.2024. This Rev. 2 replaces Rev. 1 of 22.04.2024."),
         ("p", "Change in Rev. 2: pilot quantity goes from 8 to 10 coffee-bar merchandisers (stores "
               "Gdańsk Oliwa and Sopot Monte Cassino added). Rev. 1 is void; the 10 below is the "
               "only valid pilot quantity."),
         ("table", [
             ["Poz.", "Indeks", "Nazwa / Description", "Ilość / Qty", "Cena netto PLN"],
             ["1", "KL-MB-02", "Merchandiser bar unit, oak veneer + black steel, with menu board",
              "10 szt.", "3.240,00"],
         ]),
         ("h", "Zakres / Scope"),
         ("p", "Only these 10 pilot units are released. The rollout (around 180 cafés) is not "
               "released. It stays on hold until the pilot review sign-off in September and a written "
               "release from Marta Wójcik, Dyrektor Zakupów / Purchasing Director."),
         ("p", "Dostawa / delivery: to each pilot café, list in annex 1 (addresses only), week 22."),
         ("p", "Marta Wójcik, Dyrektor Zakupów, tel. +48 22 555 0161"),
     ], author="Marta Wójcik"))])

# ---- c13: full release of the rollout (multi-file: PO + release letter)
case("c13_po_VRP-24-131", [],
     "bundle: PO rev 1 with 2 prototypes (delivered) and 480 rollout kits, plus a release letter "
     "releasing all 480 after sign-off, signed by Dana Whitfield; no balance left",
     [("PO_VRP-24-131_rev1.pdf", pdf([
         ("h1", "Purchase Order VRP-24-131, Revision 1"),
         ("p", f"{VRP} · 1130 W Fulton Market, Suite 400, Chicago, IL 60607"),
         ("p", f"Vendor: {LAKE}, 1720 S 21st St, Sheboygan, WI 53081. Attn. Carla Nygaard"),
         ("p", "Date: 05/20/2024 · Client program: Trailhead \"Basecamp\" boot wall refresh · Terms "
               "Net 60 · FOB Origin, freight prepaid and added"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit $", "Ext. $", "Status"],
             ["1", "BW-KIT-P", "Boot wall kit, prototype", "2", "1,950.00", "3,900.00",
              "Delivered 05/10/2024"],
             ["2", "BW-KIT", "Boot wall kit: 3 shelves, header, toe-kick, hardware pack", "480",
              "338.00", "162,240.00", "Released by RL-131-01"],
         ]),
         ("p", "Revision 1 adds line 2 following the prototype sign-off of 05/17/2024. Release "
               "letter RL-131-01 is attached and is part of this order."),
         ("p", "Ship to the Trailhead DC per the weekly ship schedule (40 kits per truck, 12 "
               "trucks)."),
         ("p", "Dana Whitfield, Program Director · dwhitfield@vantageretail.com · (312) 555-0190"),
     ], pagesize=LETTER, title="PO VRP-24-131 rev 1", author="Dana Whitfield")),
      ("Release_letter_RL-131-01.docx", docx_bytes([
          ("h1", "Production release RL-131-01"),
          ("p", f"From: {VRP}, on behalf of {TRAIL}"),
          ("p", f"To: {LAKE}, Carla Nygaard"),
          ("p", "Date: 05/20/2024"),
          ("table", [
              ["Field", "Value"],
              ["Order", "PO VRP-24-131 rev 1, line 2, boot wall kit BW-KIT"],
              ["Quantity released", "480 kits (the full rollout)"],
              ["Unlock event", "Prototype sign-off dated 05/17/2024, record SSO-131"],
              ["Authorized by", "Dana Whitfield, Program Director (release authority)"],
              ["Material", "For the 480 kits released"],
          ]),
          ("p", "This letter releases the 480 kits for production. With the 2 prototypes already "
                "delivered, nothing else remains on this program."),
          ("p", "Dana Whitfield"),
      ], author="Dana Whitfield"))])

# ---- c14: rollout tracker keeping sign-off, PO and production release apart
case("c14_tracker_pola_rollout", [],
     "agency rollout tracker: pilot 6 and phase 1 60 released by Ewa Nowak; phase 2 140 not released "
     "until revised PO + her written release; sign-off / PO / production release kept apart",
     [("Tracker_Pola_gondola_rollout.html", html_page("Tracker - Pola gondola rollout", """
<h1>Sieć Drogerii Pola: RK-60 gondola rollout tracker</h1>
<p>Owner: Ewa Nowak, Kreacja POS (release authority for this programme, per client mandate of
03.04.2024). Supplier: Displayo Sp. z o.o. Updated 24.06.2024.</p>
<table>
<tr><th>Phase</th><th>Stores</th><th>Kits</th><th>Sample sign-off</th><th>PO issued</th>
<th>Production release</th><th>Unlock event / owner</th></tr>
<tr><td>Pilot</td><td>6</td><td>6</td><td>signed off 12.06 (J. Nowicki, VM)</td><td>PL/2024/0501</td>
<td>released: 6 kits (R-01, Ewa Nowak, 12.06)</td><td>done</td></tr>
<tr><td>Phase 1</td><td>60</td><td>60</td><td>n/a (same design)</td><td>PL/2024/0530</td>
<td>released: 60 kits (R-02, Ewa Nowak, 20.06)</td><td>done</td></tr>
<tr><td>Phase 2</td><td>140</td><td>140</td><td>n/a</td><td>not yet</td>
<td><b>NOT released, on hold</b></td><td>revised PO + written release by Ewa Nowak after the
phase 1 sell-out review (planned 15.08)</td></tr>
</table>
<p class="note">Released to date: 66 kits. Phase 2 (140 kits) is not released; please do not start
it and do not buy material for it.</p>
<p>Logistics: flat-pack, 1 kit = 3 cartons, delivery to DC Stryków, pallet labels with store code.
Planogram v4 attached in the shared drive.</p>
""", lang="pl"))])

# ---- c16: staged material authority; supplier buys within it
_c16_orig = """Leo,

PO HP-55188 is in the portal. Scope: fabricate five (5) prototype illuminated shelves only.

The remaining 145 shelves of the 150 on your quote are not released. They stay on hold until
Hannah Price signs off the prototypes and I issue a written release.

Material authority: staged. Because of the 8-week lead time on the LED strip, you may buy the
opal acrylic and the LED strip for up to 150 shelves now, at our liability. That is material
only: no cutting or assembly beyond the 5 prototypes.

Thanks,
Olly Grant
Senior Buyer, Hartwell & Pryce
"""
case("c16_re_material_authority", [],
     "staged material authority for 150 stated by the buyer; supplier buys within it and fabricates "
     "5; 145 on hold until Hannah Price sign-off and Olly Grant's written release",
     [eml("RE_HP-55188_material.eml", mail(
         "Leo Chen <leo.chen@fenghe-metal.com>", "Olly Grant <olly.grant@hartwellpryce.co.uk>",
         "RE: PO HP-55188 illuminated shelf - material authority", "Mon, 27 May 2024 15:20:00 +0800",
         "Dear Olly,\n\nNoted, thank you. We have ordered the opal acrylic and the LED strip for 150 "
         "shelves under your staged material authority. Only 5 prototypes will be cut and assembled. "
         "The other 145 stay on hold until your written release.\n\nLED strip delivery is 8 July, "
         "prototypes will use strip from our stock.\n\nBest regards\nLeo"
         + sig("Leo Chen", "Export Sales", NFH, "+86 574 8688 1250")
         + "\n-----Original Message-----\nFrom: Olly Grant\nSent: Monday, May 27, 2024 9:02 AM\n"
           "Subject: PO HP-55188 illuminated shelf - material authority\n\n" + q(_c16_orig) + "\n"))])

# ---- c17: interim sample sign-off with limits
case("c17_sso_LU-0412", [],
     "interim sign-off: 20 pilot-store kits only, valid to 30 June; 380 not released until final "
     "sign-off and Katrin Vogel's written release",
     [("Sample_signoff_SSO-LU-0412.docx", docx_bytes([
         ("h1", "Sample sign-off record SSO-LU-0412"),
         ("p", f"{LUM} · Visual Merchandising"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "LU-WS-08 wall shelf, white sample, drawing LU-WS-08 Rev 3"],
             ["Supplier", XBW],
             ["PO", "7100-2302"],
             ["Reviewed by", "Jonas Becker, Visual Merchandising, 21.05.2024"],
             ["Disposition", "Interim"],
             ["Limit", "20 pilot-store kits, valid until 30.06.2024"],
             ["Open point", "Shelf edge radius R2 instead of R3; fix for the final sample"],
         ]),
         ("p", "The white sample is accepted with an interim disposition. It covers the 20 pilot-store "
               "kits only and expires on 30 June 2024."),
         ("p", "The rollout balance of 380 kits is not released. It can only be released after a final "
               "sign-off (after the radius fix) and a written release by Katrin Vogel, Head of "
               "Purchasing."),
         ("p", "Jonas Becker"),
     ], author="Jonas Becker"))])

# ---- c18: Polish-English WhatsApp, supplier asks to start everything, buyer scopes
case("c18_whatsapp_kawiarnie_lato", [],
     "chat: supplier asks 'can we start everything?', buyer: only 4 prototypes, 296 on hold until "
     "prototype sign-off and Marta Wójcik's written release",
     [("WhatsApp_Kawiarnie_Lato_Meblotech.txt", """\
14.06.2024, 08:55 - Tomasz Kaczmarek (Meblotech): Dzień dobry Pani Marto, prototypy gotowe, zdjęcia wysłałem mailem
14.06.2024, 09:20 - Marta Wójcik (Kawiarnie Lato): Dzięki! Wyglądają super 😊
14.06.2024, 09:21 - Tomasz Kaczmarek (Meblotech): Czy możemy ruszać z całością? We have free capacity in July for the 296
14.06.2024, 09:30 - Marta Wójcik (Kawiarnie Lato): Not yet please. Only the 4 prototypes on PO KL/2024/140.
14.06.2024, 09:31 - Marta Wójcik (Kawiarnie Lato): The remaining 296 szt. are on hold, nie startujemy. They will be released only after the prototype sign-off in Warsaw (planned 21.06) and my written release.
14.06.2024, 09:33 - Tomasz Kaczmarek (Meblotech): OK, rozumiem. We wait for your written release 👍
14.06.2024, 09:34 - Marta Wójcik (Kawiarnie Lato): Dziękuję! Prototypes please to ul. Mokotowska, loading dock from Koszykowa
14.06.2024, 09:40 - Tomasz Kaczmarek (Meblotech): Będą we wtorek rano
""")])

# ---- c19: PO note with internal budget sign-off as the unlock event
case("c19_po_24-0412_scope", [],
     "2 prototype gondola end caps; 140-store rollout not released until CapEx budget sign-off and "
     "Josh Patel's written release; material sample-only",
     [("PO_24-0412_scope_note.docx", docx_bytes([
         ("h1", "PO 24-0412: scope note"),
         ("p", f"{KIND} to {GVIT}, Av. Mariano Otero 3000, Guadalajara, Jal. Attn. Rodrigo Fuentes"),
         ("p", "Date: 05/09/2024"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit $"],
             ["1", "KP-GE-36", "Gondola end cap 36 in., prototype, with pegboard and 2 baskets",
              "2", "720.00"],
         ]),
         ("num", "This PO covers two (2) prototype gondola end caps only."),
         ("num", "The 140-store rollout is not released by this PO."),
         ("num", "Unlock: our internal budget sign-off (CapEx committee, meeting 05/14), then a "
                 "written release from Josh Patel, Director of Store Merchandising."),
         ("num", "Material authority: sample-only. Please do not buy steel or baskets for the rollout."),
         ("p", "Ship the prototypes to Austin HQ, attention Store Design, by 06/07. Crate each unit."),
     ], author="Josh Patel"))])

# ---- c20: multipart/alternative email + PDF PO, quantity in words
_c20_text = ("Hi Carla,\n\nPlease find PO FC-2310 attached for twelve (12) pilot plinths (PL-40, white "
             "gloss, 400 x 400 x 900 mm).\n\nJust the twelve for now. The national rollout (around "
             "300 plinths, numbers still moving) is not released and stays on hold. It opens only "
             "after the pilot stores sign off in week 30 and Sophie Turner, our Client Services "
             "Director, sends you a written release.\n\nShipping: DAP Felixstowe, 2 plinths per crate, "
             "crates marked with our PO number please.\n\nHave a great weekend,\nJamie")
case("c20_po_FC-2310", [],
     "email + PDF PO: twelve (12) pilot plinths; ~300 rollout not released until week-30 pilot "
     "sign-off and Sophie Turner's written release",
     [eml("PO_FC-2310.eml", mail(
         "Jamie Cole <jamie.cole@fernhillcreative.co.uk>", "Carla Nygaard <carla@lakeshorefixtures.com>",
         "PO FC-2310 - twelve (12) pilot plinths", "Fri, 17 May 2024 16:30:00 +0100",
         _c20_text + sig("Jamie Cole", "Project Manager", FERN, "+44 161 496 0755"),
         html=t2h(_c20_text + "\n\nJamie Cole\nProject Manager, Fernhill Creative"),
         attachments=[("PO_FC-2310.pdf", pdf([
             ("h1", "Purchase Order FC-2310"),
             ("p", f"{FERN} · Unit 4, Ancoats Works, Manchester M4 6BE"),
             ("p", f"Supplier: {LAKE}, Sheboygan, WI, USA · Date: 17 May 2024 · Currency USD"),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit USD", "Value USD"],
                 ["1", "PL-40", "Pilot plinth, white gloss, 400 x 400 x 900 mm", "12", "265.00",
                  "3,180.00"],
             ]),
             ("p", "Scope: only the 12 pilot plinths on line 1 are released. The national rollout is "
                   "not released; it stays on hold until the pilot stores sign off (week 30) and "
                   "Sophie Turner, Client Services Director, issues a written release."),
         ], title="PO FC-2310", author="Jamie Cole"), PDF_MT)]))])

# ---- c21: call-off email with HTML call-off attachment under a frame agreement
_c21_html = html_page("Call-off 3 - FA-KA-2024-02", """
<h2>Kessler Audio GmbH: Call-off no. 3 under frame agreement FA-KA-2024-02</h2>
<p>Supplier: Exhibidores del Norte S.A. de C.V., Monterrey · Date: 03.06.2024</p>
<table>
<tr><th>Call-off</th><th>Date</th><th>Quantity released</th><th>Delivery</th></tr>
<tr><td>1</td><td>08.04.2024</td><td>40</td><td>delivered</td></tr>
<tr><td>2</td><td>06.05.2024</td><td>60</td><td>delivered</td></tr>
<tr><td><b>3 (this call-off)</b></td><td>03.06.2024</td><td><b>85</b></td><td>week 27, Dallas DC</td></tr>
</table>
<p>This call-off releases 85 listening stations (KA-LS-300US). Released so far, including this
call-off: 185 of the 400 in the frame agreement.</p>
<p class="note">The remaining frame volume (215 stations) is not released. Each further quantity
needs its own written call-off signed by Lena Hoffmann.</p>
""")
case("c21_call-off_3", [],
     "email + HTML call-off: releases 85 under a 400 frame; 215 not released until the next written "
     "call-off signed by Lena Hoffmann",
     [eml("Call-off_3_FA-KA-2024-02.eml", mail(
         "Lena Hoffmann <l.hoffmann@kessler-audio.de>", "Luis Garza <lgarza@exhibidoresdelnorte.mx>",
         "Call-off 3 - FA-KA-2024-02 - 85 stations", "Mon, 03 Jun 2024 11:15:00 +0200",
         "Hello Luis,\n\nattached is call-off no. 3 for 85 listening stations, delivery week 27 to our "
         "Dallas DC. As always, only the quantity on the call-off is released; the rest of the frame "
         "stays closed until my next call-off.\n\nPlease confirm the ship date by Wednesday.\n\n"
         "Best regards,\nLena" + sig("Lena Hoffmann", "Einkauf / Purchasing", KESS, "+49 40 555 0142"),
         attachments=[("Call-off_3.html", _c21_html, "text/html")]))])

# ---- c22: forwarded old quote (message/rfc822) declared informational
_c22_old = mail("Rachel Simms <rsimms@summitdisplaygroup.com>", "Megan Alvarez <malvarez@trailheadoutfitters.com>",
                "Quote SDG-23-1187 boot wall", "Thu, 12 Oct 2023 13:40:00 -0500",
                "Hi Megan,\n\nAs requested, pricing for the boot wall program:\n\n"
                "  Prototype boot wall, 1 ea ......... $2,400.00\n"
                "  Production boot wall, 1,000 ea .... $298.00 ea\n"
                "  Freight: quoted separately per shipment\n\n"
                "Pricing valid 30 days. Let me know if you need anything else!\n\nRachel Simms\n"
                "Summit Display Group")
_c22_text = ("Hi Luis,\n\nPO TH-4500-8120 is for three (3) prototype boot walls only.\n\n"
             "I'm forwarding the 2023 quote from our previous supplier for reference only. It shows "
             "1,000 units; that number is informational, it is not ordered and not released. Our "
             "rollout (about 220 stores) is also not released: it stays on hold until the prototypes "
             "are signed off in Denver and I send you a written release.\n\nThe old quote is useful "
             "for the shelf spacing they used (14 in.), which our store team liked.\n\nThanks,\nMegan")
case("c22_po_TH-4500-8120", [],
     "email forwards an old quote (rfc822) with 1,000 units marked informational; 3 prototypes only; "
     "220-store rollout on hold until sign-off and Megan Alvarez's written release",
     [eml("PO_TH-4500-8120_and_old_quote.eml", mail(
         "Megan Alvarez <malvarez@trailheadoutfitters.com>", "Luis Garza <lgarza@exhibidoresdelnorte.mx>",
         "PO TH-4500-8120 prototypes + FW: old quote for reference", "Wed, 29 May 2024 10:12:00 -0600",
         _c22_text + sig("Megan Alvarez", "Sourcing Manager", TRAIL, "+1 303 555 0117"),
         attachments=[("rfc822", _c22_old)]))])

# ---- c23: long thread, graphics proofs, everything scoped
_c23_t3 = """Tyler,

LTL quote for the pilot: $1,140 Grand Rapids -> Chicago, liftgate included. Want us to book it?
Also, proof v3 for the header graphics is on the FTP. Client had asked for the logo 10% larger.

Dave
"""
_c23_t2 = """Dave,

Thanks. Yes please book the LTL for the 15 pilot units, delivery window July 1-3.
I'll send proof comments once the client's brand team has looked at v3.

Tyler
"""
_c23_t1 = """Tyler,

Booked, PRO number 0882-4471, pickup 06/27. Brackets for the pilot are in black per drawing
VRP-SH-07 Rev B.

Dave
"""
_c23_text = ("Dave,\n\nGraphics proof v3 is signed off by the client's brand team, for print only. "
             "Go ahead and print the headers for the 15 pilot units.\n\nOn the fixtures themselves, "
             "nothing changes: still only the 15 pilot units on PO VRP-24-140. The rest of the 300 is "
             "not released. It stays closed until the pilot review on July 8 and a written release "
             "from Dana Whitfield.\n\nThanks for booking the truck.\n\nTyler")
case("c23_re_pilot_proofs", [],
     "long quoted thread (freight, proofs, brackets); top message scopes print and fixtures to the 15 "
     "pilot units; 285 closed until pilot review and Dana Whitfield's written release",
     [eml("RE_RE_RE_pilot_proofs.eml", mail(
         "Tyler Brooks <tbrooks@vantageretail.com>", "Dave Kowalski <dkowalski@ridgewayfixture.com>",
         "RE: RE: RE: VRP-24-140 pilot - freight and proofs", "Tue, 25 Jun 2024 14:02:00 -0500",
         _c23_text + sig("Tyler Brooks", "Senior Project Manager", VRP, "+1 312 555 0163")
         + "\nOn Mon, Jun 24, 2024 at 4:51 PM Dave Kowalski wrote:\n" + q(_c23_t1)
         + "\n>\n> On Mon, Jun 24, 2024 at 9:10 AM Tyler Brooks wrote:\n" + q(q(_c23_t2))
         + "\n>>\n>> On Fri, Jun 21, 2024 at 3:33 PM Dave Kowalski wrote:\n" + q(q(q(_c23_t3))) + "\n",
         cc="Dana Whitfield <dwhitfield@vantageretail.com>"))])

# ---- c24: supplier status report, all within the release
case("c24_weekly_status_GV", [],
     "supplier status report: 2 prototypes released and produced, rollout not released, no material "
     "for it, waiting for sign-off and Josh Patel's written release",
     [("Weekly_status_WK24_Grupo_Vitrina.txt", """\
GRUPO VITRINA S.A. DE C.V.  -  WEEKLY STATUS / REPORTE SEMANAL  -  WK 24 / 2024
Customer / Cliente : Kindred Pet Co.        Contact: Josh Patel
PO                 : 24-0412                Part: KP-GE-36 gondola end cap
---------------------------------------------------------------------------
Released qty (per PO 24-0412)   : 2 prototypes
Produced                        : 2 / 2   (finished 11-Jun)
Shipped                         : 0 / 2   (crating 13-Jun, pickup 14-Jun)
Rollout (140 stores)            : NOT RELEASED - no production, no material
Material on hand                : sample-only (steel + baskets for 2 units, used)
---------------------------------------------------------------------------
Open points:
 - waiting for your prototype sign-off; after it, the written release from
   Josh Patel per the PO note
 - basket supplier lead time is 4 weeks, for your planning only
Prepared by: Rodrigo Fuentes, Ejecutivo de Cuenta, +52 33 5555 0144
""")])

# ---- c25: multi-file: complete PO + buyer's question about lead time
_c25_text = ("Hi Kevin,\n\nQuick one before the pilot goes live on the 1st. If the pilot stores do well, "
             "how fast could you go ahead with the 60 phase-2 counters? No need to start anything, I'm "
             "only after a lead time for our planning. The PO for the 6 pilot units stands as written "
             "(copy in the shared project folder).\n\nCheers,\nOlly")
case("c25_po_HP-55170", [],
     "bundle: PO (6 pilot counters, 60 phase-2 not released until pilot review + Hannah Price's written "
     "release) and a buyer email asking how fast they could go ahead (a question)",
     [("PO_HP-55170.pdf", pdf([
         ("h1", "Purchase Order HP-55170"),
         ("p", f"{HP} · 22 Marylebone Lane, London W1U 2PX"),
         ("p", f"Supplier: {HUAX} · Attn. Kevin Liang · Date: 20 May 2024 · FOB Shenzhen"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit GBP", "Value GBP"],
             ["1", "CU-4-P", "CU-4 counter, pilot, rose-gold trim", "6", "236.00", "1,416.00"],
         ]),
         ("p", "Scope: only the 6 pilot counters are released. Phase 2 (60 counters) is not released; "
               "it stays on hold until the pilot review at the end of July and a written release from "
               "Hannah Price, Retail Operations Director."),
         ("p", "Olly Grant, Senior Buyer"),
     ], title="PO HP-55170", author="Olly Grant")),
      eml("Lead_time_question.eml", mail(
          "Olly Grant <olly.grant@hartwellpryce.co.uk>", "Kevin Liang <kevin.liang@huaxin-display.cn>",
          "CU-4 phase 2 - lead time?", "Wed, 26 Jun 2024 12:10:00 +0100",
          _c25_text + sig("Olly Grant", "Senior Buyer", HP, "+44 20 7946 0183")))])


# =================================================================== RISKY
# ---------------------------------------------------------- absence rules / RG001
# ---- pA1: bare sample PO, table says 3, note says two (2)
case("pA1_po_24-0277", ["RG003", "RG004", "RG005", "RG011"],
     "prototype PO: table qty 3 but the note asks for two (2) prototypes; no hold on the balance, "
     "no unlock event, no release person",
     [("PO_24-0277.pdf", pdf([
         ("h1", "PURCHASE ORDER 24-0277"),
         ("p", f"{KIND} · 401 Congress Ave, Suite 1200, Austin, TX 78701"),
         ("p", f"Vendor: {NFH}, No. 66 Jinhai Road, Beilun, Ningbo, Zhejiang 315800, China. "
               "Attn. Leo Chen"),
         ("p", "Date: 04/22/2024 · Terms: Net 30 · Incoterms: FOB Ningbo · Ship via: air, FedEx IP, "
               "our account 4471-0902-8"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext. USD"],
             ["1", "KP-DT-24", "Countertop treat display, chrome wire + MDF base, prototype", "3",
              "EA", "85.00", "255.00"],
             ["2", "FRT", "Air freight allowance", "1", "LOT", "240.00", "240.00"],
             ["", "", "", "", "", "Total", "495.00"],
         ]),
         ("h", "Notes"),
         ("p", "Please make two (2) prototype units of the KP-DT-24 per drawing KP-DT-24 Rev B (wire "
               "4 mm chrome, base 18 mm MDF with black melamine, 4 rubber feet) and ship them to our "
               "Austin HQ, attention Store Design."),
         ("p", "Header card 240 x 90 mm: artwork to follow from our design team by 04/26."),
         ("p", "Label each carton with PO number and item number. Include the packing list inside "
               "and outside the carton."),
         ("p", "Buyer: Josh Patel, jpatel@kindredpet.com"),
     ], pagesize=LETTER, title="PO 24-0277", author="Josh Patel"))])

# ---- pA2: multi-file: pilot PO + supplier quote showing the rollout quantity
case("pA2_po_FC-2288", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: PO for 6 pilot kits 'per your quotation' + the quote showing 420 rollout kits; nothing "
     "says the 420 is not released; no event, no release person",
     [("PO_FC-2288.docx", docx_bytes([
         ("h1", "Purchase Order FC-2288"),
         ("p", f"{FERN} · Unit 4, Ancoats Works, Manchester M4 6BE · VAT GB 412 7781 20"),
         ("p", "Date: 3 June 2024 · Project: \"Bloom\" fragrance counter for Hartwell & Pryce"),
         ("p", f"Supplier: {HUAX}, attn. Amy Zhou"),
         ("table", [
             ["Line", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "Pilot-store kit \"Bloom\": plinth, acrylic riser set, backlit header, fixings",
              "6 kits", "310.00", "1,860.00"],
         ]),
         ("li", "Please supply per your quotation HX-Q-24-0588 dated 29 May 2024."),
         ("li", "One kit per carton set, each carton labelled with the store code (store list follows "
                "by e-mail)."),
         ("li", "Delivery: DAP Fernhill Creative, Manchester, by 5 July 2024."),
         ("li", "Invoices to accounts@fernhillcreative.co.uk quoting the PO number."),
         ("p", "Jamie Cole, Project Manager"),
     ], author="Jamie Cole")),
      ("HX-Q-24-0588.pdf", pdf([
          ("h1", "QUOTATION HX-Q-24-0588"),
          ("p", f"{HUAX} · Houjie Town, Dongguan · Date 29 May 2024"),
          ("p", f"To: {FERN}, Jamie Cole · Project: Bloom counter"),
          ("table", [
              ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
              ["1", "Pilot-store kit (6 stores)", "6 sets", "310.00", "1,860.00"],
              ["2", "Rollout kit, same spec", "420 sets", "188.00", "78,960.00"],
              ["3", "Backlit header LED driver, UK plug", "incl.", "-", "-"],
          ]),
          ("p", "Lead time: pilot kits 18 days; rollout kits 30 days. FOB Shenzhen. Packing: 3 "
                "cartons per kit, 0.21 cbm per kit."),
          ("p", "Material: MDF E1 with white high-gloss lacquer, acrylic 5 mm clear, LED 4000 K, "
                "UKCA-marked driver."),
          ("p", "Amy Zhou, Project Sales"),
      ], title="Quotation HX-Q-24-0588", author="Amy Zhou"))])

# ---- pA3: PO lists the programme quantity with price and delivery; release authority named only
case("pA3_po_HP-55102", ["RG001", "RG003", "RG004"],
     "pilot PO for 10 also lists programme quantity 640 with price and delivery plan, unmarked; "
     "Hannah Price named as release authority but no hold and no unlock event",
     [("PO_HP-55102.pdf", pdf([
         ("h1", "HARTWELL & PRYCE LTD: PURCHASE ORDER HP-55102"),
         ("p", "22 Marylebone Lane, London W1U 2PX · Company no. 04418812"),
         ("p", f"Supplier: {XBW}, attn. Jenny Wu"),
         ("p", "Date: 9 May 2024 · Currency: GBP · Incoterms: FOB Xiamen (pilot units by air, "
               "ex works)"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit GBP", "Value GBP"],
             ["1", "CU-2-P", "CU-2 counter unit, pilot, walnut effect, brushed brass trim", "10",
              "212.40", "2,124.00"],
         ]),
         ("h", "Programme"),
         ("p", "Programme quantity: 640 units @ GBP 168.90 (as quoted, Q-XB-1190, 2 May 2024). "
               "Deliveries by sea to Tilbury in two lots of 320."),
         ("p", "Contact for this programme: Hannah Price, Retail Operations Director (release "
               "authority)."),
         ("h", "Delivery"),
         ("p", "Pilot units by air to our Park Royal warehouse by 14 June. One unit per carton with "
               "corner protection, please: the brass trim scratches easily."),
         ("p", "Olly Grant, Senior Buyer · olly.grant@hartwellpryce.co.uk"),
     ], title="PO HP-55102", author="Olly Grant"))])

# ---- pA4: email with PO mention, supplier quote attached back with production tier
_pA4_text = ("Hola Luis,\n\nThanks for the quick turnaround on the quote. PO VRP-24-122 for the 4 "
             "prototype wing panels went out through Coupa this morning, and I'm attaching your quote "
             "back so we're all looking at the same numbers.\n\nDelivery to our Chicago studio (1130 W "
             "Fulton Market) by June 14 please; the client walk-through is on the 18th. Finish is the "
             "charcoal texture from the color card, not the gloss.\n\nThanks!\nTyler")
case("pA4_po_VRP-24-122", ["RG001", "RG003", "RG004", "RG005"],
     "email: PO for 4 prototypes with the supplier quote attached showing 350 production units; no "
     "statement that the 350 is not released; no event, no release person",
     [eml("PO_VRP-24-122_wing_panels.eml", mail(
         "Tyler Brooks <tbrooks@vantageretail.com>", "Luis Garza <lgarza@exhibidoresdelnorte.mx>",
         "PO VRP-24-122 - 4 prototypes / your quote attached", "Thu, 23 May 2024 09:58:00 -0500",
         _pA4_text + sig("Tyler Brooks", "Senior Project Manager", VRP, "+1 312 555 0163"),
         attachments=[("EDN-COT-2405-117.pdf", pdf([
             ("h1", "COTIZACIÓN / QUOTATION EDN-COT-2405-117"),
             ("p", f"{EDN} · Av. Industrial 455, Apodaca, N.L., México"),
             ("p", f"Cliente: {VRP}, Chicago · Atn. Tyler Brooks · Fecha: 21/05/2024 · Vigencia 30 "
                   "días"),
             ("p", "Proyecto: wing panel for 48 in. gondola ends, steel 18 ga, powder coat"),
             ("table", [
                 ["Concepto", "Cantidad", "Precio unitario USD", "Total USD"],
                 ["Prototype wing panel (hand built)", "4", "265.00", "1,060.00"],
                 ["Production wing panel", "350", "96.40", "33,740.00"],
                 ["Tooling (press brake dies, weld fixture)", "1", "3,200.00", "3,200.00"],
             ]),
             ("p", "Lead time: prototypes 10 business days; production 5 weeks. FCA Monterrey. "
                   "Prices in USD, IVA not included."),
             ("p", "Luis Garza, Ventas / Sales"),
         ], pagesize=LETTER, title="Cotizacion EDN-COT-2405-117", author="Luis Garza"), PDF_MT)]))])

# ---- pA5: Polish HTML PO with a rollout plan table beside the prototype line
case("pA5_zamowienie_SDP-2024-0311", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO: 3 prototype gondolas plus a 'plan rollout' table with 1.250 szt. and price, unmarked; "
     "no hold, no event, no named release person",
     [("Zamowienie_SDP-2024-0311.html", html_page("Zamówienie SDP/2024/0311", """
<h2>ZAMÓWIENIE / PURCHASE ORDER SDP/2024/0311</h2>
<p>Zamawiający: Sieć Drogerii Pola Sp. z o.o., ul. Piotrkowska 148, 90-063 Łódź · NIP 725-19-44-021<br>
Dostawca: Meblotech Sp. z o.o., ul. Przemysłowa 7, 85-758 Bydgoszcz<br>
Data: 07.05.2024 · Termin płatności: 30 dni · Dostawa: DC Stryków, ul. Bratoszewskiego 2</p>
<table>
<tr><th>Lp.</th><th>Indeks</th><th>Nazwa / Description</th><th>Ilość</th><th>Cena netto</th><th>Wartość netto</th></tr>
<tr><td>1</td><td>SDP-RK-80-P</td><td>Regał prototypowy 80 cm / prototype gondola 80 cm, biały + dąb</td>
<td>3 szt.</td><td>1.450,00 PLN</td><td>4.350,00 PLN</td></tr>
</table>
<h3>Plan rollout</h3>
<table>
<tr><th>Etap</th><th>Ilość</th><th>Cena netto (wg oferty MT/2024/077)</th><th>Termin</th></tr>
<tr><td>Rollout Q3 2024</td><td>1.250 szt.</td><td>612,00 PLN</td><td>sierpień-wrzesień</td></tr>
</table>
<p>Uwagi: prototypes for the planogram test in our Łódź test store (sklep testowy, Manufaktura).
Proszę o potwierdzenie zamówienia. Faktura z numerem zamówienia.</p>
<p>Dział Zakupów / Purchasing Dept. · tel. +48 42 555 0120 · zakupy@drogeriepola.pl</p>
""", lang="pl"))])

# ---- pA6: ERP printout: prototype line + program quantity in comments, release authority named
case("pA6_po_4500-8044", ["RG001", "RG003", "RG004"],
     "ERP PO: 2 prototype bays; comment shows program qty 226 with price and date, unmarked; release "
     "authority named but no hold and no unlock event",
     [("PO_4500-8044.txt", """\
TRAILHEAD OUTFITTERS INC                 PURCHASE ORDER                 PAGE 1 OF 1
1550 WYNKOOP ST  DENVER CO 80202
PO NUMBER : 4500-8044      REV : 00      PO DATE : 05/13/2024
BUYER     : M ALVAREZ  (303) 555-0117
VENDOR    : 100877  LAKESHORE STORE FIXTURES LLC
            1720 S 21ST ST  SHEBOYGAN WI 53081
SHIP TO   : TRAILHEAD STORE DESIGN LAB  4800 DAHLIA ST  DENVER CO 80216
TERMS     : NET 60       FOB : ORIGIN PPD&ADD       SHIP VIA : BEST WAY
--------------------------------------------------------------------------------
LN  ITEM         DESCRIPTION                    QTY  UOM   UNIT PRICE     EXTENDED
10  TH-BW-08P    BOOT WALL BAY 8FT - PROTOTYPE    2  EA      1,180.00     2,360.00
                 DWG TH-BW-08 REV B / BLK TEXTURE / BIRCH SHELVES
--------------------------------------------------------------------------------
                                                       PO TOTAL  USD    2,360.00
COMMENTS:
  PROGRAM: SUMMIT BOOT WALL.  PROGRAM QTY 226 BAYS @ 412.00 EA PER LAKESHORE
  QUOTE LSF-Q-2291.  TARGET IN-STORE DATE 09/15/2024.
  ROLLOUT RELEASE AUTHORITY: MEGAN ALVAREZ, SOURCING MANAGER.
  PLEASE ACKNOWLEDGE WITHIN 2 BUSINESS DAYS.
--------------------------------------------------------------------------------
THIS ORDER IS SUBJECT TO TRAILHEAD STANDARD TERMS AND CONDITIONS REV 2022-03.
""")])

# ---- pA7: hold stated, release person named, but no unlock event ("until further notice")
case("pA7_bestellung_7100-2304", ["RG004"],
     "12 prototypes released, balance 468 on hold 'until further notice'; Katrin Vogel named as the "
     "only one who can lift it; no unlock event",
     [("Bestellung_7100-2304.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 7100-2304"),
         ("p", f"{LUM} · Königsallee 48 · 40212 Düsseldorf"),
         ("p", f"Lieferant / Supplier: {DSPY}, ul. Głogowska 212, 60-104 Poznań. Attn. Agnieszka "
               "Lewandowska"),
         ("p", "Datum: 13.05.2024 · Lieferung: DAP Düsseldorf, KW 25 · Zahlung: 30 Tage netto"),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Wert EUR"],
             ["10", "LU-TS-4-P", "Tester stand TS-4, prototype, acrylic + powder-coated steel",
              "12", "138,00", "1.656,00"],
         ]),
         ("p", "Only these twelve (12) prototypes are released."),
         ("p", "The balance of the rollout (468 pcs) is on hold until further notice. Katrin Vogel, "
               "Head of Purchasing, is the only person who can lift this hold."),
         ("p", "Please send the CMR and the packing list by e-mail on the day of dispatch."),
         ("p", "Mit freundlichen Grüßen, Katrin Vogel, Leitung Einkauf"),
     ], title="Bestellung 7100-2304", author="Katrin Vogel"))])


# ---------------------------------------------------------- RG002 unscoped approval
# ---- pB1: Teams chat, scope set at the start, later "you're good to run"
case("pB1_teams_bloom_travel", ["RG002"],
     "chat: buyer scopes 8 pilot kits, 232 on hold until pilot review and Tom Reed's written release; "
     "later after PP-sample photos: 'You're good to run' with no quantity or scope",
     [("Teams_chat_Bloom_travel_counter.txt", """\
Microsoft Teams - chat export
Chat: Bloom travel counter - pilot
Participants: Sophie Turner (Fernhill Creative), Amy Zhou (Dongguan Huaxin Display)
Exported: 02/07/2024 18:05 (UTC+01:00)

[24/06/2024 10:02] Sophie Turner: Hi Amy, PO FC-2302 is in your inbox. It's for the 8 pilot kits only.
[24/06/2024 10:03] Sophie Turner: The remaining 232 kits are not released. They stay on hold until the pilot review sign-off on 26 July; after that Tom Reed (client side, Head of Retail Ops) releases them in writing.
[24/06/2024 10:20] Amy Zhou: Received, thank you Sophie. 8 pilot kits noted
[27/06/2024 08:45] Amy Zhou: Question: mirror 4mm or 5mm? drawing FC-BT-02 says 4 but quote says 5
[27/06/2024 09:10] Sophie Turner: 4mm please, drawing wins
[27/06/2024 09:11] Amy Zhou: ok 👌
[01/07/2024 15:30] Amy Zhou: PP sample photos uploaded, 6 photos + 1 video of the light box. Please check
[02/07/2024 09:12] Sophie Turner: Love these!! 😍 colours are spot on and the light box is so even
[02/07/2024 09:13] Sophie Turner: You're good to run 🚀
[02/07/2024 09:20] Amy Zhou: Thank you Sophie 😊
""")])

# ---- pB2: German VM manager "Approved - please proceed" above a complete quoted PO scope
_pB2_k = """Dear Ms Wu,

PO 7100-2317 covers 2 prototypes of the LU-CD-16 counter display only. The rollout of 500 units
is not released. It stays on hold until the sample sign-off by Jonas Becker (Visual
Merchandising) and a written release from me.

Mit freundlichen Grüßen
Katrin Vogel
Leitung Einkauf, Lumera Kosmetik GmbH
"""
_pB2_j = """Dear Jonas,

Photos and video of the 2 prototypes are in the link below. Gold colour is now Pantone 871 C
as you asked, mirror changed to 3 mm.

Best regards
Jenny
"""
_pB2_text = ("Hi Jenny,\n\ndanke for the photos and the video. The gold matches this time and the mirror "
             "sits flush. Approved - please proceed.\n\nI'm in Shanghai for a trade fair 3-6 June and "
             "could visit your factory on the 7th if that works for you.\n\nViele Grüße\nJonas")
case("pB2_aw_lu-cd-16", ["RG002"],
     "multipart email: 'Approved - please proceed' with no quantity or sample scope; quoted PO scope "
     "(2 prototypes, 500 on hold until sign-off + Katrin Vogel's written release) is complete",
     [eml("AW_LU-CD-16_prototypes.eml", mail(
         "Jonas Becker <j.becker@lumera-kosmetik.de>", "Jenny Wu <jenny.wu@brightwaypop.com>",
         "AW: LU-CD-16 prototypes - photos", "Fri, 24 May 2024 11:20:00 +0200",
         _pB2_text + sig("Jonas Becker", "Visual Merchandising", LUM, "+49 211 555 0137")
         + "\nVon: Jenny Wu <jenny.wu@brightwaypop.com>\nGesendet: Freitag, 24. Mai 2024 04:55\n"
           "Betreff: LU-CD-16 prototypes - photos\n\n" + q(_pB2_j)
         + "\n>\n> Von: Katrin Vogel\n> Gesendet: Montag, 6. Mai 2024 14:30\n" + q(q(_pB2_k)) + "\n",
         html=t2h(_pB2_text + "\n\nJonas Becker\nVisual Merchandising, " + LUM),
         cc="Katrin Vogel <k.vogel@lumera-kosmetik.de>"))])

# ---- pB3: "finance approved the PO, client approved the graphics, so you're approved"
_pB3_d = """Dave,

PO VRP-24-150 covers 3 prototype fixtures only. The rollout of 180 fixtures is not released;
it is released only by a written release from me after the prototype sign-off.

Dana Whitfield
Program Director, Vantage Retail Partners
"""
_pB3_text = ("Dave,\n\nGreat news: the client approved the header graphics on Monday and finance "
             "approved the PO on Friday, so you're approved! Let's get moving.\n\nI'll call you "
             "tomorrow about the truck schedule and the dock hours at the Joliet DC.\n\nTyler")
case("pB3_re_vrp-24-150", ["RG002", "RG009"],
     "'so you're approved! Let's get moving' with no scope; 'approved' used for graphics (technical), "
     "the PO (commercial) and the go; quoted PO scope is otherwise complete",
     [eml("RE_VRP-24-150.eml", mail(
         "Tyler Brooks <tbrooks@vantageretail.com>", "Dave Kowalski <dkowalski@ridgewayfixture.com>",
         "RE: VRP-24-150 prototypes", "Wed, 05 Jun 2024 17:45:00 -0500",
         _pB3_text + sig("Tyler Brooks", "Senior Project Manager", VRP, "+1 312 555 0163")
         + "\nOn Tue, May 28, 2024 at 10:04 AM Dana Whitfield <dwhitfield@vantageretail.com> wrote:\n"
         + q(_pB3_d) + "\n"))])

# ---- pB4: long thread, "green light from us" at the top
_pB4_1 = """Olly,

Did the revised samples with the new gold foil arrive in London yesterday? Please let us know
your comments. We also need your confirmation of the carton marks (draft attached last week).

Thanks
Kevin
"""
_pB4_2 = """Kevin,

Carton marks are fine, one change: add "THIS WAY UP" on two sides. Samples: not yet, DHL says
Thursday.

Olly
"""
_pB4_3 = """Olly,

Noted on the carton marks. DHL AWB 7781 2290 45 for the revised samples.

Regarding sea freight for later: we can do LCL from Yantian weekly, or FCL 40'HQ (about
68 cbm usable).

Kevin
"""
_pB4_4 = """Kevin,

PO HP-55140 attached: twenty (20) pilot counters only. The 380 for the national rollout are
not released. They stay on hold until the pilot sign-off (week 31) and a written release
from Hannah Price, our Retail Operations Director.

Olly
"""
case("pB4_re_hp-55140", ["RG002"],
     "long quoted thread; scope in the oldest message is complete (20 pilot, 380 on hold until week-31 "
     "sign-off and Hannah Price's written release); top reply: 'green light from us' with no scope",
     [eml("RE_RE_RE_RE_HP-55140.eml", mail(
         "Olly Grant <olly.grant@hartwellpryce.co.uk>", "Kevin Liang <kevin.liang@huaxin-display.cn>",
         "RE: RE: RE: RE: HP-55140 pilot counters / samples / carton marks",
         "Fri, 07 Jun 2024 16:58:00 +0100",
         "Kevin - green light from us 🟢 Speak Monday.\n\nOlly"
         + sig("Olly Grant", "Senior Buyer", HP, "+44 20 7946 0183")
         + "\nFrom: Kevin Liang\nSent: 07 June 2024 02:14\n" + q(_pB4_1)
         + "\n>\n> From: Olly Grant\n> Sent: 04 June 2024 11:40\n" + q(q(_pB4_2))
         + "\n>>\n>> From: Kevin Liang\n>> Sent: 03 June 2024 08:05\n" + q(q(q(_pB4_3)))
         + "\n>>>\n>>> From: Olly Grant\n>>> Sent: 28 May 2024 15:22\n" + q(q(q(q(_pB4_4)))) + "\n"))])

# ---- pB5: "crack on" to a supplier's open question, PO attached is complete
_pB5_a = """Hi Jamie,

Thank you for the PO. Is there anything else you need from us before we start? We have
capacity for the tables in July.

Best regards,
Aga
"""
case("pB5_re_fc-2320", ["RG002"],
     "supplier asks if anything else is needed 'before we start'; agency replies 'all good - crack on!' "
     "with no scope; attached PO is complete (4 prototypes, 160 on hold until sign-off + Sophie Turner)",
     [eml("RE_PO_FC-2320.eml", mail(
         "Jamie Cole <jamie.cole@fernhillcreative.co.uk>",
         "Agnieszka Lewandowska <a.lewandowska@displayo.pl>",
         "RE: PO FC-2320 display tables", "Tue, 11 Jun 2024 13:07:00 +0100",
         "Hi Aga,\n\nNope, all good from our end - crack on! 💪 Give me a shout if anything comes up. "
         "PO attached again so it's all in one place.\n\nJamie"
         + sig("Jamie Cole", "Project Manager", FERN, "+44 161 496 0755")
         + "\nOn 11 Jun 2024, at 12:31, Agnieszka Lewandowska wrote:\n" + q(_pB5_a) + "\n",
         attachments=[("PO_FC-2320.docx", docx_bytes([
             ("h1", "Purchase Order FC-2320"),
             ("p", f"{FERN} · Manchester · Date: 10 June 2024"),
             ("p", f"Supplier: {DSPY}, Poznań. Attn. Agnieszka Lewandowska"),
             ("table", [
                 ["Line", "Description", "Qty", "Unit EUR", "Total EUR"],
                 ["1", "Display table DT-120, prototype, oak veneer + white steel frame", "4",
                  "640,00", "2.560,00"],
             ]),
             ("p", "Scope: this PO covers the 4 prototype tables only. The rollout (160 tables) is not "
                   "released and stays on hold until our client signs off the prototypes and Sophie "
                   "Turner, Client Services Director, sends a written release."),
             ("p", "Delivery: DAP Manchester, week 27."),
         ], author="Jamie Cole"), DOCX_MT)]))])


# ---------------------------------------------------------- RG010 no active quantity
# ---- pC1: go ahead with "the prototype listening bars" for the pilot only, no number anywhere
_pC1_text = ("Hi Dave,\n\nas discussed in our call this morning: please go ahead with the prototype "
             "listening bars for the Hamburg flagship pilot only. Drawings are KA-LB-200 Rev D (bar) and "
             "KA-LB-210 Rev B (headphone arm); the oak sample you sent in April is the right colour.\n\n"
             "Nothing for the US rollout is released. It stays on hold until the pilot sign-off in "
             "Hamburg and a written release from me.\n\nShipping by air to Hamburg, DAP, please use "
             "our DHL account 95 4410 2277.\n\nBest regards,\nLena")
case("pC1_hamburg_pilot_prototypes", ["RG010"],
     "email authorizes 'the prototype listening bars for the Hamburg pilot only' but never states how "
     "many; hold, unlock event and Lena Hoffmann are named",
     [eml("Hamburg_pilot_prototypes.eml", mail(
         "Lena Hoffmann <l.hoffmann@kessler-audio.de>", "Dave Kowalski <dkowalski@ridgewayfixture.com>",
         "Hamburg pilot - prototype listening bars", "Tue, 04 Jun 2024 15:40:00 +0200",
         _pC1_text + sig("Lena Hoffmann", "Einkauf / Purchasing", KESS, "+49 40 555 0142")))])

# ---- pC2: Polish PO whose quantity is "per allocation list"
case("pC2_zamowienie_SDP-2024-0390", ["RG010"],
     "PO for pilot-store kits 'per allocation list (to follow)': no quantity stated; phase 2 not "
     "released until pilot sign-off and Piotr Mazur's written release",
     [("Zamowienie_SDP-2024-0390.docx", docx_bytes([
         ("h1", "ZAMÓWIENIE / PURCHASE ORDER SDP/2024/0390"),
         ("p", f"{SDP} · ul. Piotrkowska 148 · 90-063 Łódź"),
         ("p", f"Dostawca / Supplier: {DSPY}, ul. Głogowska 212, 60-104 Poznań"),
         ("p", "Data: 20.05.2024 · Płatność: 30 dni · Dostawa: bezpośrednio do sklepów pilotażowych"),
         ("table", [
             ["Lp.", "Indeks", "Nazwa / Description", "Ilość / Qty", "Cena netto PLN"],
             ["1", "SDP-K3", "Zestaw pilotażowy / pilot kit K3: gondola end, header, 2 półki szklane",
              "wg listy alokacji / per allocation list", "2.980,00 / zestaw"],
         ]),
         ("p", "Lista alokacji (sklepy pilotażowe) zostanie przesłana e-mailem / the allocation list "
               "of pilot stores follows by e-mail."),
         ("p", "Etap 2 / Phase 2 is not released (nie jest zwolniony). It will be released only by "
               "a written release from Piotr Mazur, Kierownik Zakupów, after the pilot sign-off."),
         ("p", "Piotr Mazur, Kierownik Zakupów / Purchasing Manager, tel. +48 42 555 0120"),
     ], author="Piotr Mazur"))])

# ---- pC3: WhatsApp, "start on the samples", quantity never given, nothing about the rest
case("pC3_whatsapp_grupo_vitrina", ["RG003", "RG004", "RG005", "RG010"],
     "chat: buyer tells supplier to start the pilot samples and get cutting; never gives a quantity; "
     "nothing on the balance, unlock event or release person",
     [("WhatsApp_Josh_Rodrigo.txt", """\
5/20/24, 8:02 AM - Rodrigo Fuentes (Grupo Vitrina): Buenos días Josh! Drawings rev C received 👍 when can we start?
5/20/24, 8:15 AM - Josh Patel: Morning! Start on the samples for the pilot this week pls, want them in Austin before the 4th
5/20/24, 8:16 AM - Rodrigo Fuentes (Grupo Vitrina): ok perfect. how many samples?
5/20/24, 8:31 AM - Josh Patel: lemme check with Kayla in store ops, she has the pilot store list. just get going on the cutting and bending for them
5/20/24, 8:32 AM - Rodrigo Fuentes (Grupo Vitrina): 👍
5/21/24, 4:40 PM - Rodrigo Fuentes (Grupo Vitrina): Josh any news on quantity? we do the bending today
5/21/24, 5:02 PM - Josh Patel: sorry crazy day. will confirm tmrw. color is the new sage green, RAL 6021
5/21/24, 5:03 PM - Rodrigo Fuentes (Grupo Vitrina): RAL 6021 ok. we paint friday
""")])

# ---- pC4: German ERP call-off with "see delivery plan" instead of a quantity
case("pC4_lieferabruf_5500-0088-03", ["RG010"],
     "call-off releases 'the quantity in the delivery plan' that follows separately; no quantity in "
     "the bundle; rest not released until next call-off signed by Katrin Vogel",
     [("Lieferabruf_5500-0088_03.txt", """\
LUMERA KOSMETIK GMBH                   LIEFERABRUF / CALL-OFF                BLATT 1
KOENIGSALLEE 48, 40212 DUESSELDORF
LIEFERANT : 70455  XIAMEN BRIGHTWAY POP DISPLAY CO LTD, XIAMEN, CN
RAHMENBESTELLUNG / BLANKET PO : 5500-0088     ARTIKEL : LU-CD-12 COUNTER DISPLAY
ABRUF-NR  : 03         DATUM : 10.06.2024     EINKAUF : K. VOGEL  +49 211 555 0130
------------------------------------------------------------------------------
POS  ARTIKEL     BEZEICHNUNG                        MENGE           TERMIN
010  LU-CD-12    COUNTER DISPLAY 12 TESTER, WHITE   SIEHE LIEFER-   KW 30
                 ZCHNG LU-CD-12 REV 5               PLAN / SEE
                                                    DELIVERY PLAN
------------------------------------------------------------------------------
HINWEISE / NOTES:
- THIS CALL-OFF RELEASES ONLY THE QUANTITY IN THE DELIVERY PLAN.
- THE REST OF THE BLANKET PO IS NOT RELEASED. IT IS RELEASED ONLY BY THE NEXT
  WRITTEN CALL-OFF SIGNED BY KATRIN VOGEL.
- LIEFERPLAN FOLGT SEPARAT PER E-MAIL / DELIVERY PLAN FOLLOWS BY E-MAIL.
- VERPACKUNG: 6 DISPLAYS PER EXPORTKARTON, PALETTE 120 X 80 CM.
------------------------------------------------------------------------------
ERSTELLT: KVOGEL 10.06.2024 08:41
""")])

# ---- pC5: HTML PO with "Qty: TBC"
case("pC5_po_2400-1310", ["RG010"],
     "HTML PO for prototype helmet rails with quantity 'TBC'; rollout on hold until showroom sign-off "
     "and Tom Reed's written release",
     [("PO_2400-1310.html", html_page("PO 2400-1310", """
<h2>Albion Cycles Ltd: Purchase Order 2400-1310</h2>
<p>Unit 3, Avonmouth Way, Bristol BS11 8DE<br>
Supplier: Ningbo Fenghe Metal Products Co., Ltd., Attn. Leo Chen<br>
Date: 4 June 2024 · Incoterms FCA Ningbo · Payment 30 days from invoice</p>
<table>
<tr><th>Line</th><th>Part no.</th><th>Description</th><th>Qty</th><th>Unit GBP</th></tr>
<tr><td>1</td><td>AC-HR-22</td><td>Helmet rail, prototype(s), per DRG AC-HR-22 Rev 4, RAL 9016</td><td>TBC</td><td>58.00</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> Prototype only. The rollout to 140 stores is not released. It stays on hold until
the prototype is signed off at our Bristol showroom and Tom Reed, Head of Store Development, sends a
written release.</p>
</div>
<p>Buyer: Ben Harlow · ben.harlow@albioncycles.co.uk · +44 117 496 0412</p>
"""))])


# ---------------------------------------------------------- RG006 material beyond release
# ---- pD1: supplier weekly status: steel bought for 240 kits, 8 released
case("pD1_weekly_status_FC-2371", ["RG006"],
     "supplier status report: 8 pilot kits released, 232 not released, but sheet steel bought for "
     "240 kits 'to lock the price'; no material authority",
     [("Weekly_production_status_FC-2371.txt", """\
WEEKLY PRODUCTION STATUS
Customer : Fernhill Creative Ltd          Project : "Bloom" travel counter
Supplier : Dongguan Huaxin Display Co., Ltd.
Date     : 2024-06-21                     Prepared by : Amy Zhou

PO FC-2371   released : 8 pilot kits     produced : 8     packed : 8
Rollout (232 kits)    : NOT released, waiting Tom Reed written release after pilot review

Material
 - 1.0 mm CRS sheet steel : bought for 240 kits, arrived 19-Jun, to lock the price
                            before the July steel increase
 - acrylic 3 mm clear     : bought for 8 kits
 - LED strip 4000K        : bought for 8 kits

Quality
 - light box uniformity checked on all 8, photos in folder QC_0621
 - mirror 4 mm as per drawing FC-BT-02

Next
 - ship pilot kits 25-Jun by air, DAP Manchester
""")])

# ---- pD2: Polish supplier bought MDF and veneer for the whole 300
_pD2_m = """Dzień dobry Panie Tomaszu,

PO KL/2024/150: 3 prototypy only. The remaining 297 szt. are NOT released. They stay on hold
until the prototype sign-off in Warsaw and my written release.

Pozdrawiam
Marta Wójcik
Dyrektor Zakupów, Kawiarnie Lato
"""
case("pD2_re_kl-2024-150", ["RG006"],
     "supplier: 3 prototypes as per PO, but MDF and oak veneer already ordered for the whole 300 "
     "because of a price rise; quoted buyer scope complete",
     [eml("RE_KL-2024-150_prototypy.eml", mail(
         "Tomasz Kaczmarek <t.kaczmarek@meblotech.pl>", "Marta Wójcik <m.wojcik@kawiarnielato.pl>",
         "RE: KL/2024/150 - prototypy", "Mon, 27 May 2024 07:50:00 +0200",
         "Dzień dobry Pani Marto,\n\nWe confirm we make the 3 prototypes according to the PO, ready "
         "on 7 June.\n\nInformation: płyty MDF and fornir dębowy (oak veneer) we already ordered for "
         "the whole series, 300 szt., because from 1 June our supplier increases the price by 12%. "
         "The material is in our warehouse in Bydgoszcz, not cut.\n\nPozdrawiam\nTomasz"
         + sig("Tomasz Kaczmarek", "Kierownik Handlowy / Sales Manager", MEBL, "+48 52 555 0104")
         + "\nW dniu 22.05.2024 o 16:10, Marta Wójcik pisze:\n" + q(_pD2_m) + "\n"))])

# ---- pD3: Mexican supplier "secured the steel tube and powder for the full 250"
_pD3_t = """Luis,

PO VRP-24-160: four (4) prototype headers only. The 250 production units are not released.
They are on hold until the prototypes are signed off in Chicago and Dana Whitfield sends a
written release.

Tyler
"""
case("pD3_status_vrp-24-160", ["RG006"],
     "supplier: prototypes in paint; steel tube and powder coat already secured for the full 250 "
     "production units; quoted buyer scope complete",
     [eml("Status_VRP-24-160.eml", mail(
         "Luis Garza <lgarza@exhibidoresdelnorte.mx>", "Tyler Brooks <tbrooks@vantageretail.com>",
         "RE: VRP-24-160 status prototypes / material", "Mon, 10 Jun 2024 18:22:00 -0600",
         "Hi Tyler,\n\nPrototypes are in paint today, we ship Thursday by FedEx Freight.\n\nHeads up: "
         "to hit your September launch we went ahead and secured the steel tube and the powder coat "
         "for the full 250 units. It's sitting in our Apodaca warehouse, so we're covered if the mill "
         "lead time jumps again.\n\nLet me know any questions.\n\nSaludos,\nLuis"
         + sig("Luis Garza", "Ventas / Sales", EDN, "+52 81 5555 0130")
         + "\nOn Thu, May 30, 2024, Tyler Brooks <tbrooks@vantageretail.com> wrote:\n" + q(_pD3_t)
         + "\n"))])

# ---- pD4: supplier MRP report: LED bars on order for the unreleased rollout
case("pD4_mrp_allocation_J24-0931", ["RG006"],
     "supplier MRP report: job released for 30 pilot units, LED light bars for 870 more already on "
     "order while the 870 is marked not released; no material authority",
     [("MRP_allocation_report_J24-0931.txt", """\
RIDGEWAY FIXTURE WORKS, INC.   MRP ALLOCATION / EXCEPTION REPORT     RUN 06/18/2024 06:00
PLANT: GRAND RAPIDS                                                   PAGE 1
==========================================================================================
JOB       CUSTOMER              PART           REL QTY   SOURCE
J24-0931  TRAILHEAD OUTFITTERS  TH-FT90-LED        30    PO 4500-8131 LN 10 (PILOT)
------------------------------------------------------------------------------------------
COMPONENT    DESCRIPTION                    PER  REQ(JOB)  ALLOC  ON ORDER  STATUS
ST-1010-16   TUBE 1X1 16GA HR               4.0      120    120        0  OK
LB-24-4K     LED LIGHT BAR 24IN 4000K       1.0       30     30      870  VPO 77812 PLACED 06/17
PS-60W-24    LED DRIVER 60W 24V             1.0       30     30        0  OK
HDR-FT90     HEADER PANEL PRINTED           1.0       30     30        0  OK
------------------------------------------------------------------------------------------
EXCEPTIONS:
 LB-24-4K  ON ORDER 870 EXCEEDS JOB REQ. PLANNER NOTE (K. MILLS):
           "ORDERED FOR PROGRAM 900 TO BEAT 12 WK LEAD TIME."
 NOTE: ROLLOUT 870 NOT RELEASED BY CUSTOMER (PER PO NOTE).
==========================================================================================
END OF REPORT
""")])

# ---- pD5: supplier staged material for 600 and will roll straight in on sample approval
_pD5_o = """Dear Jenny,

PO HP-55160 is attached: six (6) samples of the CU-5 counter only. The 600 production units are
not released. They stay on hold until Hannah Price signs off the samples and I send you a
written release.

Kind regards,
Olly Grant
Senior Buyer, Hartwell & Pryce
"""
case("pD5_re_hp-55160_samples", ["RG006", "RG007"],
     "supplier: MDF and powder already prepared for the 600 and 'once you approve the samples we go "
     "straight into production of the 600'; quoted buyer scope requires written release",
     [eml("RE_HP-55160_samples.eml", mail(
         "Jenny Wu <jenny.wu@brightwaypop.com>", "Olly Grant <olly.grant@hartwellpryce.co.uk>",
         "RE: PO HP-55160 samples", "Wed, 19 Jun 2024 10:30:00 +0800",
         "Dear Olly,\n\nThe 6 samples are finished and will go by DHL tomorrow.\n\nTo keep your "
         "October launch, we have already prepared the MDF boards and the powder coating for the 600 "
         "units in our warehouse. Once you approve the samples we will go straight into production of "
         "the 600, no need to wait, and the first container can leave in week 35.\n\nBest regards,\n"
         "Jenny" + sig("Jenny Wu", "Sales Manager", XBW, "+86 592 555 0168")
         + "\n------------------ Original ------------------\nFrom: Olly Grant\nDate: Mon, Jun 10, "
           "2024 5:12 PM\n" + q(_pD5_o) + "\n"))])

# ---- pD6: WeChat export: deposit received, material for all 500 ordered, production starts
case("pD6_wechat_kindred_huaxin", ["RG006", "RG012"],
     "chat: buyer scopes 5 samples, 500 on hold until Austin sign-off and Josh Patel's written release; "
     "supplier takes the sample tooling deposit as a start signal and buys material for all 500",
     [("WeChat_Kindred_Huaxin.txt", """\
WeChat chat history: "Kindred Pet x Huaxin - KP-AQ display"
Exported 2024-06-14

2024-06-03 22:14  Josh Patel
Hi Kevin! PO 24-0455 sent by email: five (5) samples of the KP-AQ aquarium accessories display.
The 500 rollout units are NOT released. They're on hold until we sign off the samples in Austin and I send you a written release.
Deposit for the sample tooling goes out tomorrow.

2024-06-04 09:02  Kevin Liang
Received Josh, thank you 🙏

2024-06-06 10:15  Kevin Liang
We received your deposit USD 1,500, thank you! So we start production of the 500 units next Monday.
Acrylic and LED for all 500 already ordered, arriving Friday.

2024-06-06 10:16  Kevin Liang
[Image]

2024-06-06 10:40  Kevin Liang
Samples will ship with DHL on 12 June.
""")])

# ---- pD7: supplier turns the forecast into an order and buys steel + MDF for it
_pD7_j = """Hi Carla,

Attached is the rollout forecast, for planning only: about 300 plinths, not an order.
PO FC-2310 covers the 12 pilot plinths only. The rollout is not released until the pilot
stores sign off in week 30 and Sophie Turner sends you a written release.

Jamie
"""
case("pD7_re_pl-40_forecast", ["RG006", "RG008"],
     "supplier calls the labelled forecast a 'forecast order of 300', books the slot and buys steel + "
     "MDF for all 300; quoted buyer scope is complete",
     [eml("RE_PL-40_plinths.eml", mail(
         "Carla Nygaard <carla@lakeshorefixtures.com>", "Jamie Cole <jamie.cole@fernhillcreative.co.uk>",
         "RE: PL-40 plinths - rollout forecast", "Thu, 30 May 2024 11:48:00 -0500",
         "Hi Jamie,\n\nThanks for the rollout forecast. Based on your forecast order of 300 plinths "
         "we've booked our paint line for August and bought the steel and the MDF for all 300, so "
         "we're in good shape on lead time.\n\nThe twelve pilot plinths ship Friday, 2 per crate as "
         "asked.\n\nCarla" + sig("Carla Nygaard", "Customer Service Manager", LAKE, "+1 920 555 0181")
         + "\nOn Fri, May 24, 2024 at 10:02 AM Jamie Cole <jamie.cole@fernhillcreative.co.uk> wrote:\n"
         + q(_pD7_j) + "\n"))])


# ---------------------------------------------------------- RG007 implied auto-conversion
# ---- pE1: supplier quotation: mass production starts on the day of sample approval
case("pE1_quotation_NF-2024-1022", ["RG007"],
     "supplier quote alone; its terms say mass production of the 140 starts automatically on the day "
     "the sample approval is received",
     [("Quotation_NF-2024-1022.pdf", pdf([
         ("h1", "QUOTATION NF-2024-1022"),
         ("p", f"{NFH} · No. 66 Jinhai Road, Beilun, Ningbo · Tel +86 574 8688 1250"),
         ("p", f"To: {ALB}, Ben Harlow · Date: 12 June 2024 · Valid 45 days"),
         ("p", "Product: AC-SR-30 floor-standing service rack, per DRG AC-SR-30 Rev 2"),
         ("table", [
             ["No.", "Item", "Qty", "Unit price GBP", "Amount GBP"],
             ["1", "Prototype (hand-welded, powder coated RAL 9016)", "2", "190.00", "380.00"],
             ["2", "Mass production", "140", "72.50", "10,150.00"],
             ["3", "Welding jig", "1", "650.00", "650.00"],
         ]),
         ("h", "Terms"),
         ("p", "1. Price FCA Ningbo. 2. Prototype lead time 15 days. 3. Mass production lead time 30 "
               "days. 4. Packing: 1 pc per carton, 6 cartons per pallet."),
         ("p", "5. To guarantee the 30-day lead time, mass production of the 140 pcs starts "
               "automatically on the day we receive your sample approval. No further order document "
               "is needed."),
         ("p", "6. Colour deviation within Delta E 1.5 is accepted. 7. Warranty 12 months on welds "
               "and coating."),
         ("p", "Leo Chen, Export Sales"),
     ], title="Quotation NF-2024-1022", author="Leo Chen"))])

# ---- pE2: buyer undercuts her own written-release requirement
_pE2_text = ("Hi Carla,\n\nThe PO note stands: 12 pilot units now, the other 288 on hold until the pilot "
             "sign-off and my written release.\n\nThat said, between us: if the pilot stores are happy "
             "at the week-2 check-in, just keep rolling into the 288. Don't wait on paperwork from me, "
             "we'll tidy up the release afterwards. I'd rather not lose your August slot.\n\nThe pilot "
             "install crew arrives at the Naperville store at 6 am on the 8th; please make sure the "
             "units are there by the 5th.\n\nThanks,\nDana")
case("pE2_pilot_next_steps", ["RG007"],
     "buyer restates the hold (12 now, 288 until sign-off + her written release) but then says a happy "
     "pilot check-in is enough to roll into the 288 without paperwork",
     [eml("Pilot_next_steps.eml", mail(
         "Dana Whitfield <dwhitfield@vantageretail.com>", "Carla Nygaard <carla@lakeshorefixtures.com>",
         "VRP-24-175 pilot - next steps", "Mon, 01 Jul 2024 08:20:00 -0500",
         _pE2_text + sig("Dana Whitfield", "Program Director", VRP, "+1 312 555 0190")))])

# ---- pE3: supplier's "silent approval" clause
_pE3_k = """Dear Ms Lewandowska,

PO 7100-2330: 4 prototypes of the LU-SH-20 shelf only. The series of 320 pcs is not released.
It stays on hold until the prototype sign-off by Jonas Becker and a written release from me.

Mit freundlichen Grüßen
Katrin Vogel
Leitung Einkauf
"""
case("pE3_re_7100-2330_delivery", ["RG007"],
     "supplier: if no comments within 5 working days the prototypes count as approved and the 320 "
     "series starts; quoted buyer scope requires sign-off + Katrin Vogel's written release",
     [eml("RE_7100-2330_prototype_delivery.eml", mail(
         "Agnieszka Lewandowska <a.lewandowska@displayo.pl>", "Katrin Vogel <k.vogel@lumera-kosmetik.de>",
         "RE: PO 7100-2330 - prototype delivery", "Thu, 20 Jun 2024 14:05:00 +0200",
         "Dear Mrs Vogel,\n\nthe 4 prototypes were delivered to Düsseldorf today, CMR attached to our "
         "previous mail.\n\nAs per our standard terms: if we receive no comments within 5 working "
         "days, we consider the prototypes approved and start the series production of the 320 pcs, "
         "to keep the week 30 delivery date.\n\nBest regards\nAgnieszka"
         + sig("Agnieszka Lewandowska", "Key Account Manager", DSPY, "+48 61 555 0190")
         + "\nDnia 03.06.2024 o 09:15, Katrin Vogel pisze:\n" + q(_pE3_k) + "\n"))])

# ---- pE4: Polish-English chat, supplier plans to go automatically after acceptance
case("pE4_teams_pola_displayo", ["RG007"],
     "chat: buyer scopes 4 prototypes, 396 on hold until sign-off in Łódź and Piotr Mazur's written "
     "release; supplier replies it will 'go automatically with the rest 396' after acceptance",
     [("Teams_Pola_Displayo.txt", """\
Microsoft Teams - czat / chat export
Uczestnicy / Participants: Piotr Mazur (Sieć Drogerii Pola), Agnieszka Lewandowska (Displayo)
Eksport: 18.06.2024 17:02

[17.06.2024 11:05] Piotr Mazur: Dzień dobry, PO SDP/2024/0420 poszło mailem. 4 prototypy only.
[17.06.2024 11:06] Piotr Mazur: The rest, 396 szt., is not released. It waits for the prototype sign-off in Łódź and my written release.
[17.06.2024 11:30] Agnieszka Lewandowska: Dzień dobry Panie Piotrze, dziękuję 🙂
[17.06.2024 11:32] Agnieszka Lewandowska: Ok understood, 4 prototypes. After acceptance of the prototype we go automatically with the rest 396, so we keep the September date 😉
[17.06.2024 11:33] Agnieszka Lewandowska: Prototypes ready 28.06, we deliver with our own van
[17.06.2024 12:10] System: Piotr Mazur jest poza biurem / is out of office until 24.06
""")])

# ---- pE5: German VM: once the samples are approved, the 250 are approved too
_pE5_k = """Dear Jenny,

PO 7100-2345: 5 samples of the LU-WS-10 wall shelf only. The balance of 250 is not released.
It stays on hold until the sample sign-off and a written release from me.

Mit freundlichen Grüßen
Katrin Vogel
Leitung Einkauf, Lumera Kosmetik GmbH
"""
_pE5_text = ("Hi Jenny,\n\nquick update from Düsseldorf. Our quality team does the approval of the "
             "samples on Tuesday. Once the samples are approved, the 250 wall shelves are approved as "
             "well, no separate approval from purchasing needed, so you can plan the line for the week "
             "after.\n\nPlease send the test report for the shelf load (15 kg per shelf) before "
             "Tuesday.\n\nViele Grüße\nJonas")
case("pE5_lu-ws-10_freigabe", ["RG007", "RG009"],
     "buyer VM says sample approval makes the 250 approved too, contradicting the quoted PO (written "
     "release by Katrin Vogel); 'approval' used for sample check, purchasing and production",
     [eml("Mail_LU-WS-10.eml", mail(
         "Jonas Becker <j.becker@lumera-kosmetik.de>", "Jenny Wu <jenny.wu@brightwaypop.com>",
         "LU-WS-10 - Freigabe / approval next week", "Thu, 27 Jun 2024 09:14:00 +0200",
         _pE5_text + sig("Jonas Becker", "Visual Merchandising", LUM, "+49 211 555 0137")
         + "\nVon: Katrin Vogel\nGesendet: Montag, 10. Juni 2024 10:02\n" + q(_pE5_k) + "\n"))])

# ---- pE6: supplier order confirmation: production starts on deposit + prototype approval
case("pE6_confirmacion_OC-GV-24-088", ["RG007", "RG012"],
     "supplier order confirmation: production of the 500 begins once the 50% deposit is in and the "
     "prototypes are approved, 'no further document required'",
     [("Confirmacion_pedido_OC-GV-24-088.docx", docx_bytes([
         ("h1", "Confirmación de pedido / Order confirmation OC-GV-24-088"),
         ("p", f"{GVIT} · Av. Mariano Otero 3000, Guadalajara, Jal. · RFC GVI-110415-KT3"),
         ("p", f"Cliente / Customer: {KIND}, Austin, TX · Ref. PO 24-0490 · Fecha: 18/06/2024"),
         ("table", [
             ["Partida", "Descripción", "Cantidad", "Precio USD", "Estado / Status"],
             ["1", "KP-CT-30 cat tree display, prototype", "2", "680.00",
              "confirmed (PO 24-0490)"],
             ["2", "KP-CT-30 cat tree display, production", "500", "214.00",
              "not yet released, see clause 3"],
         ]),
         ("h", "Condiciones / Terms"),
         ("num", "Prototypes ship 21 days from PO date, FCA Guadalajara."),
         ("num", "Prices valid 60 days. Carpet colour: grey 7C, sisal posts 90 mm."),
         ("num", "Production of the 500 pcs will begin as soon as (a) we receive the 50% deposit and "
                 "(b) Kindred Pet approves the prototypes. No further document is required from your "
                 "side."),
         ("num", "Balance payment 50% before shipment."),
         ("p", "Rodrigo Fuentes, Ejecutivo de Cuenta"),
     ], author="Rodrigo Fuentes"))])


# ---------------------------------------------------------- RG008 forecast as firm
# ---- pF1: buyer calls the forecast a committed order (HTML attachment)
_pF1_html = html_page("CU-6 rollout forecast", """
<h2>Hartwell &amp; Pryce: CU-6 counter, rollout forecast</h2>
<table>
<tr><th>Month</th><th>Stores</th><th>Kits (forecast)</th></tr>
<tr><td>September 2024</td><td>120</td><td>120</td></tr>
<tr><td>October 2024</td><td>180</td><td>180</td></tr>
<tr><td>November 2024</td><td>120</td><td>120</td></tr>
<tr><td><b>Total</b></td><td>420</td><td><b>420</b></td></tr>
</table>
<p>Source: store planning, version 3, 12 June 2024.</p>
""")
_pF1_text = ("Hi Kevin,\n\nAttached is our rollout plan for the CU-6 counter. The 420 kits in it are "
             "firm: please treat them as a committed order and plan your capacity and staffing "
             "accordingly.\n\nThe PO for the pilot (HP-55190) stays as written: 6 pilot kits only. The "
             "420 are not released for production until the pilot review on 30 August and my written "
             "release.\n\nBest,\nHannah")
case("pF1_cu-6_rollout_plan", ["RG008"],
     "buyer sends a forecast sheet and says the 420 forecast kits are 'firm, a committed order'; pilot "
     "scope (6, 420 not released until review + Hannah Price's written release) is complete",
     [eml("CU-6_capacity.eml", mail(
         "Hannah Price <hannah.price@hartwellpryce.co.uk>", "Kevin Liang <kevin.liang@huaxin-display.cn>",
         "CU-6 rollout plan - please plan capacity", "Thu, 13 Jun 2024 10:30:00 +0100",
         _pF1_text + sig("Hannah Price", "Retail Operations Director", HP, "+44 20 7946 0100"),
         html=t2h(_pF1_text + "\n\nHannah Price\nRetail Operations Director, " + HP),
         cc="Olly Grant <olly.grant@hartwellpryce.co.uk>",
         attachments=[("CU-6_rollout_forecast.html", _pF1_html, "text/html")]))])

# ---- pF2: supplier sales confirmation of an "order" built from the buyer's forecast
case("pF2_sales_confirmation_SC-NF-24-0315", ["RG008"],
     "supplier sales confirmation confirms 'your order for 1,200 pcs according to your 2024 demand "
     "forecast'; no buyer authorization in the bundle",
     [("Sales_confirmation_SC-NF-24-0315.pdf", pdf([
         ("h1", "SALES CONFIRMATION SC-NF-24-0315"),
         ("p", f"Seller: {NFH}, No. 66 Jinhai Road, Beilun, Ningbo"),
         ("p", f"Buyer: {TRAIL}, 1550 Wynkoop St, Denver, CO 80202"),
         ("p", "Date: 8 May 2024"),
         ("p", "We are pleased to confirm your order for 1,200 pcs TH-GR-04 glove rack according to "
               "your 2024 demand forecast dated 2 April 2024 (ref. TH-FC-2024-Q2)."),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["TH-GR-04", "Glove rack, 12 hooks, black powder coat, header 300 x 80 mm", "1,200 pcs",
              "18.40", "22,080.00"],
         ]),
         ("p", "Shipment: 4 lots of 300 pcs, June / July / August / September 2024, FOB Ningbo."),
         ("p", "Packing: 10 pcs per carton, carton 620 x 340 x 280 mm."),
         ("p", "Please sign and return one copy."),
         ("p", "For and on behalf of the Seller: Leo Chen"),
     ], title="Sales confirmation SC-NF-24-0315", author="Leo Chen"))])

# ---- pF3: agency tracker marks the client forecast as a committed order
case("pF3_tracker_st-40_sunscreen", ["RG008"],
     "agency tracker: phase 2 is the client's forecast (310) but marked 'committed order, book it as "
     "firm'; pilot 6 released; phase 2 production not released until revised PO + Ewa Nowak",
     [("Tracker_ST-40_sunscreen_stand.html", html_page("Tracker ST-40", """
<h1>ST-40 sunscreen stand: rollout tracker (Sieć Drogerii Pola)</h1>
<p>Prepared by Ewa Nowak, Kreacja POS, for Displayo Sp. z o.o. · updated 05.06.2024</p>
<table>
<tr><th>Phase</th><th>Stores</th><th>Kits</th><th>Commercial status</th><th>Production release</th></tr>
<tr><td>Pilot</td><td>6</td><td>6</td><td>PO PL/2024/0610</td><td>released: 6 kits (Ewa Nowak, 03.06)</td></tr>
<tr><td>Phase 2</td><td>310 (client forecast)</td><td>310</td><td><b>Committed order: please book it as firm</b></td>
<td>not released: revised PO + written release by Ewa Nowak after the pilot review (15.07)</td></tr>
</table>
<p>Season: sunscreen stands must be in store by 1 May 2025. Kit = stand + 2 shelf strips + header.</p>
""", lang="pl"))])

# ---- pF4: Teams chat: "client forecast is 2k for Q4, locked in, count it as ordered"
case("pF4_teams_vrp_ridgeway", ["RG008"],
     "chat: scope complete (15 pilot units, rest on hold until pilot review + Dana Whitfield's written "
     "release); agency then says the 2k client forecast is 'locked in, count it as ordered'",
     [("Teams_VRP_Ridgeway_hydration_endcap.txt", """\
Microsoft Teams - chat export
Chat: Hydration endcap - VRP / Ridgeway
Participants: Tyler Brooks (Vantage Retail Partners), Dave Kowalski (Ridgeway Fixture Works)
Exported: 7/2/2024 4:12 PM (UTC-05:00)

[6/24/2024 9:03 AM] Tyler Brooks: Morning Dave. PO VRP-24-170 is out: 15 pilot units of the hydration endcap.
[6/24/2024 9:04 AM] Tyler Brooks: Everything beyond the 15 is not released. It stays on hold until the pilot review on 7/22 and a written release from Dana Whitfield.
[6/24/2024 9:20 AM] Dave Kowalski: Got it, 15 pilot units. Ship date 7/10 works
[7/2/2024 2:45 PM] Dave Kowalski: Any visibility on Q4? We're loading the fall schedule this week
[7/2/2024 3:01 PM] Tyler Brooks: Client forecast is 2k units for Q4. That's locked in, count it as ordered 👍 paperwork to follow
[7/2/2024 3:05 PM] Dave Kowalski: Great, that helps a lot with fall planning
""")])


# ---------------------------------------------------------- RG009 mixed approval terms
# ---- pG1: "release" for artwork handover and for production
_pG1_text = ("Hi Amy,\n\nArtwork is released to you today: final print PDFs are on WeTransfer (link "
             "below, expires in 7 days). Please use the v5 files only, v4 had the wrong barcode on the "
             "header.\n\nOn the fixtures nothing changes: PO FC-2350 covers the 10 pilot kits only. The "
             "other 230 are not released; their release comes from Sophie Turner in writing once the "
             "pilot has been signed off.\n\nhttps://we.tl/t-Bloom-v5-final\n\nThanks!\nJamie")
case("pG1_artwork_release", ["RG009"],
     "'release' used for the artwork handover and for the production release; scope itself complete "
     "(10 pilot, 230 not released until pilot sign-off + Sophie Turner in writing)",
     [eml("Bloom_FC-2350.eml", mail(
         "Jamie Cole <jamie.cole@fernhillcreative.co.uk>", "Amy Zhou <amy.zhou@huaxin-display.cn>",
         "Bloom - artwork release + next steps", "Mon, 17 Jun 2024 12:00:00 +0100",
         _pG1_text + sig("Jamie Cole", "Project Manager", FERN, "+44 161 496 0755"),
         html=t2h(_pG1_text + "\n\nJamie Cole\nProject Manager, " + FERN)))])

# ---- pG2: status report with an "Approval" column meaning three things
case("pG2_weekly_status_vrp-24-180", ["RG009"],
     "agency status DOCX: one 'Approval' column holds design approval, finance approval and production "
     "approval; scope otherwise complete (12 released, 288 on hold until sign-off + Dana Whitfield)",
     [("Weekly_status_VRP-24-180.docx", docx_bytes([
         ("h1", "Weekly status: Trailhead hydration endcap"),
         ("p", f"{VRP} · for {RIDG} · week of 06/10/2024"),
         ("table", [
             ["Item", "Qty", "Approval", "Notes"],
             ["Prototype (PO VRP-24-180)", "2", "Design approval: approved 06/03 (client store design)",
              "delivered 05/30"],
             ["Pilot units (PO VRP-24-180 rev 1)", "12", "Finance approval: approved 06/05",
              "released 06/06 by Dana Whitfield"],
             ["Rollout", "288", "Production approval: pending (Dana Whitfield)", "not released"],
         ]),
         ("p", "Pilot: 12 units released. The rollout of 288 units is not released: it stays on hold "
               "until the pilot sign-off and a written release by Dana Whitfield."),
         ("p", "Open items: bottle-stop rail height (client wants 1/4 in. lower), shelf labels in "
               "French for the Montreal store."),
     ], author="Tyler Brooks"))])

# ---- pG3: agency project page uses "Release 1/2/3" for graphics, PO and production
case("pG3_projekt_st-50_release_plan", ["RG009"],
     "agency project page: 'Release 1' = graphics, 'Release 2' = PO, 'Release 3' = production; scope "
     "complete (6 pilot kits, 140 not released until pilot review + Ewa Nowak)",
     [("Projekt_ST-50.html", html_page("ST-50 release plan", """
<h1>Projekt ST-50 (Sieć Drogerii Pola): release plan</h1>
<p>Kreacja POS · Ewa Nowak · for Meblotech Sp. z o.o. · 10.06.2024</p>
<table>
<tr><th>Step</th><th>What</th><th>Status</th></tr>
<tr><td>Release 1</td><td>Graphics (print files, header + shelf strips)</td><td>done 04.06</td></tr>
<tr><td>Release 2</td><td>PO PL/2024/0622 issued</td><td>done 07.06</td></tr>
<tr><td>Release 3</td><td>Production of the rollout (140 kits)</td><td>after the pilot review, from Ewa Nowak in writing</td></tr>
</table>
<p class="note">Today: 6 pilot kits only (PO PL/2024/0622). The rollout of 140 kits is not
released; do not start it.</p>
<p>Dostawa pilotu: 6 sklepów, lista w załączniku do PO. Montaż: ekipa Kreacja POS, 24-26.06.</p>
""", lang="pl"))])


# ---------------------------------------------------------- RG011 conflicting quantities
# ---- pH1: multi-file: ERP PO says 12, cover email says ten; release only "from our purchasing team"
_pH1_text = ("Hi Leo,\n\nFollowing our call, here is PO 2400-1388 for the ten pilot tyre-wall racks "
             "(AC-TW-01). Please confirm the ship date; we need them in Bristol before the 26th for the "
             "install weekend.\n\nThe rollout stays on hold until the pilot has been signed off and our "
             "purchasing team sends a written release.\n\nCheers,\nBen")
case("pH1_po_2400-1388", ["RG005", "RG011"],
     "bundle: ERP PO for 12 pilot racks, cover email says 'the ten pilot tyre-wall racks'; hold and "
     "event stated but release only 'from our purchasing team', no named person",
     [("PO_2400-1388.txt", """\
ALBION CYCLES LTD                      PURCHASE ORDER                 PAGE 1 OF 1
UNIT 3 AVONMOUTH WAY  BRISTOL BS11 8DE            VAT GB 298 1144 07
PO NO     : 2400-1388         DATE : 10/06/2024         BUYER : B HARLOW
SUPPLIER  : S-0417 NINGBO FENGHE METAL PRODUCTS CO LTD, BEILUN, NINGBO
DELIVERY  : FCA NINGBO, AIR, TO ARRIVE BY 24/06/2024
-------------------------------------------------------------------------------
LINE PART NO     DESCRIPTION                          QTY  UOM   PRICE GBP
  1  AC-TW-01    TYRE WALL RACK 1.2M, PILOT            12  EA        96.00
                 DRG AC-TW-01 REV 3, RAL 9005 MATT
-------------------------------------------------------------------------------
NOTE: PILOT ONLY. THE ROLLOUT BALANCE IS NOT RELEASED. IT IS ON HOLD UNTIL THE
      PILOT SIGN-OFF AND A WRITTEN RELEASE FROM ALBION PURCHASING.
-------------------------------------------------------------------------------
"""),
      eml("PO_2400-1388_cover_email.eml", mail(
          "Ben Harlow <ben.harlow@albioncycles.co.uk>", "Leo Chen <leo.chen@fenghe-metal.com>",
          "PO 2400-1388 pilot tyre-wall racks", "Mon, 10 Jun 2024 14:25:00 +0100",
          _pH1_text + sig("Ben Harlow", "Buyer", ALB, "+44 117 496 0412")))])

# ---- pH2: PDF PO: table 8 kits, note "six (6) stores, one kit each"; hold until further notice
case("pH2_po_HP-55210", ["RG004", "RG011"],
     "PO table says 8 pilot kits, note says six (6) stores one kit each with a 6-store list; balance on "
     "hold 'until further notice' (no event), Hannah Price named",
     [("PO_HP-55210.pdf", pdf([
         ("h1", "Purchase Order HP-55210"),
         ("p", f"{HP} · 22 Marylebone Lane, London W1U 2PX"),
         ("p", f"Supplier: {DSPY}, ul. Głogowska 212, 60-104 Poznań · Date: 12 June 2024 · DAP London"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit EUR", "Value EUR"],
             ["1", "GWP-8", "Gift-with-purchase gondola header kit, pilot", "8 kits", "185,00",
              "1.480,00"],
         ]),
         ("h", "Pilot"),
         ("p", "Pilot: six (6) stores, one kit each. Stores: Covent Garden, Westfield White City, "
               "Bluewater, Manchester Arndale, Leeds Trinity, Glasgow Buchanan."),
         ("p", "The rollout balance (about 180 kits) is on hold until further notice. Hannah Price, "
               "Retail Operations Director, is the only person who can lift the hold."),
         ("p", "Olly Grant, Senior Buyer"),
     ], title="PO HP-55210", author="Olly Grant"))])

# ---- pH3: multi-file: chat says 20 pilot kits, release note says 24
case("pH3_teams_fc-2360", ["RG011"],
     "bundle: chat confirms 20 pilot kits (220 on hold), release note releases 24 pilot kits (216 on "
     "hold); hold, event and Tom Reed named in both",
     [("Teams_FC-2360_glow_shelf.txt", """\
Microsoft Teams - chat export
Chat: Glow shelf FC-2360
Participants: Sophie Turner (Fernhill Creative), Amy Zhou (Dongguan Huaxin Display)
Exported: 05/06/2024 09:30 (UTC+01:00)

[03/06/2024 14:10] Amy Zhou: Hi Sophie, any news on the pilot quantity?
[03/06/2024 14:22] Sophie Turner: Yes! Confirmed with the client: we'll go for 20 pilot kits out of the 240.
[03/06/2024 14:23] Sophie Turner: The rest (220) stays on hold until the pilot review sign-off and a written release from Tom Reed. Release note coming tomorrow.
[03/06/2024 14:30] Amy Zhou: ok 20 pilot kits noted 👍 we prepare
[04/06/2024 10:05] Sophie Turner: Release note is in the folder now
"""),
      ("Release_note_R-FC-2360-01.html", html_page("Release note R-FC-2360-01", """
<h2>Fernhill Creative: release note R-FC-2360-01</h2>
<table>
<tr><th>Order</th><td>PO FC-2360, Glow shelf GS-3, supplier Dongguan Huaxin Display</td></tr>
<tr><th>Quantity released</th><td>24 pilot kits</td></tr>
<tr><th>Remaining</th><td>216 kits: not released, on hold until the pilot review sign-off and a
written release from Tom Reed (client, Head of Retail Ops)</td></tr>
<tr><th>Issued by</th><td>Sophie Turner, Client Services Director, 04.06.2024</td></tr>
</table>
"""))])

# ---- pH4: email says 150 released, attached release letter says 105
_pH4_text = ("Hi Carla,\n\nGood news: the pilot numbers came in strong. Attached is release letter "
             "RL-190-02: today we release 150 units of phase 1.\n\nThe remaining 150 stay on hold "
             "until the phase 1 sell-through review in October and my written release.\n\nPlease send "
             "me the ship plan by Friday.\n\nThanks,\nDana")
case("pH4_release_rl-190-02", ["RG011"],
     "email says 150 units released, attached release letter says 105 released (balance 195); hold, "
     "event and Dana Whitfield named",
     [eml("VRP-24-190_phase1.eml", mail(
         "Dana Whitfield <dwhitfield@vantageretail.com>", "Carla Nygaard <carla@lakeshorefixtures.com>",
         "VRP-24-190 - phase 1 release", "Tue, 16 Jul 2024 09:05:00 -0500",
         _pH4_text + sig("Dana Whitfield", "Program Director", VRP, "+1 312 555 0190"),
         attachments=[("RL-190-02.docx", docx_bytes([
             ("h1", "Production release RL-190-02"),
             ("table", [
                 ["Field", "Value"],
                 ["Order", "PO VRP-24-190, shoe bench SB-60, 300 units on PO"],
                 ["Quantity released", "105 units (phase 1)"],
                 ["Balance", "195 units: not released, on hold until the phase 1 sell-through review "
                             "and a written release from Dana Whitfield"],
                 ["Unlock event", "Pilot sign-off dated 07/12/2024"],
                 ["Authorized by", "Dana Whitfield, Program Director"],
             ]),
         ], author="Dana Whitfield"), DOCX_MT)]))])

# ---- pH5: German ERP PO: header summary 36, line 30
case("pH5_bestellung_4711-2024-0219", ["RG011"],
     "ERP PO: summary says released qty 36, the only line says 30 (and remaining 364 of 400); hold, "
     "event and Lena Hoffmann named",
     [("Bestellung_4711-2024-0219.txt", """\
KESSLER AUDIO GMBH                 BESTELLUNG / PURCHASE ORDER           SEITE 1/1
HAFENSTRASSE 21 . 20457 HAMBURG
BESTELL-NR : 4711-2024-0219     DATUM : 17.06.2024     EINKAUF : L. HOFFMANN
LIEFERANT  : 80233  EXHIBIDORES DEL NORTE S.A. DE C.V., APODACA N.L., MEXICO
LIEFERUNG  : DAP DALLAS DC, 2100 W KINGSLEY RD, GARLAND TX 75041
------------------------------------------------------------------------------
ZUSAMMENFASSUNG / SUMMARY
  FREIGEGEBENE MENGE / RELEASED QTY THIS PO : 36 ST  (PILOT, US STORES)
------------------------------------------------------------------------------
POS  MATERIAL     BEZEICHNUNG                        MENGE  ME   PREIS USD
010  KA-HB-150US  HEADPHONE BAR 150 CM, PILOT           30  ST      318,00
                  ZCHNG KA-HB-150 REV 06, UL 962 LISTED
------------------------------------------------------------------------------
HINWEISE / NOTES
 1. ROLLOUT US (REMAINING 364 ST OF 400) IS NOT RELEASED. IT IS ON HOLD UNTIL
    THE PILOT SIGN-OFF AND A WRITTEN CALL-OFF SIGNED BY LENA HOFFMANN.
 2. PLEASE CONFIRM THIS ORDER WITHIN 3 WORKING DAYS.
------------------------------------------------------------------------------
""")])

# ---- pH6: email + PDF PO for 48 + forwarded internal note (rfc822) saying 40
_pH6_fwd = mail("Brandon Ortiz <bortiz@trailheadoutfitters.com>",
                "Megan Alvarez <malvarez@trailheadoutfitters.com>",
                "Spring pilot - sock wall count", "Fri, 07 Jun 2024 16:20:00 -0600",
                "Megan,\n\nWe agreed 40 pilot kits for the spring sock wall pilot (20 stores x 2). Please "
                "make sure the vendor produces 40 and ships them to the Denver DC by 3/15.\n\nBrandon "
                "Ortiz\nStore Operations")
_pH6_text = ("Hi Leo,\n\nPO 4500-8200 for the spring pilot is attached: TH-SK-12 sock wall, pilot "
             "kits. I'm forwarding the note from our store ops team below so you have the store "
             "context.\n\nThe rollout (about 400 kits) is not released. It stays on hold until the "
             "pilot sign-off and my written release.\n\nBest,\nMegan")
case("pH6_po_4500-8200", ["RG011"],
     "email: attached PO says 48 pilot kits, forwarded store-ops note (rfc822) says produce 40; hold, "
     "event and Megan Alvarez named",
     [eml("PO_4500-8200_spring_pilot.eml", mail(
         "Megan Alvarez <malvarez@trailheadoutfitters.com>", "Leo Chen <leo.chen@fenghe-metal.com>",
         "PO 4500-8200 spring pilot + FW: sock wall count", "Mon, 10 Jun 2024 08:30:00 -0600",
         _pH6_text + sig("Megan Alvarez", "Sourcing Manager", TRAIL, "+1 303 555 0117"),
         attachments=[("PO_4500-8200.pdf", pdf([
             ("h1", "PURCHASE ORDER 4500-8200"),
             ("p", f"{TRAIL} · 1550 Wynkoop St, Denver, CO 80202"),
             ("p", f"Vendor: {NFH} · Date: 06/10/2024 · FOB Ningbo"),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
                 ["10", "TH-SK-12", "Sock wall kit, pilot: 12 peg hooks, header, slat panel", "48",
                  "64.00", "3,072.00"],
             ]),
             ("p", "Pilot only. Rollout not released; on hold until pilot sign-off and a written "
                   "release from Megan Alvarez, Sourcing Manager."),
         ], pagesize=LETTER, title="PO 4500-8200", author="Megan Alvarez"), PDF_MT),
             ("rfc822", _pH6_fwd)]))])


# ---------------------------------------------------------- RG012 payment as release
# ---- pI1: small brand pays a PI deposit and asks to start production
_pI1_text = ("Hi Jenny!\n\nDeposit for PI XB-PI-24-0630 (300 countertop displays) went out this "
             "morning: USD 2,970, that's the 30%. Swift copy is attached.\n\nPlease start production "
             "ASAP, we really want these in stores for the holiday sets!\n\nThanks so much,\nAshley")
case("pI1_deposit_sent_XB-PI-24-0630", ["RG012"],
     "buyer: deposit for the proforma sent, 'please start production ASAP'; no PO or release, payment "
     "treated as the production trigger",
     [eml("Mail_XB-PI-24-0630.eml", mail(
         "Ashley Morgan <ashley@copperandpinecandle.com>", "Jenny Wu <jenny.wu@brightwaypop.com>",
         "Deposit sent! PI XB-PI-24-0630", "Tue, 02 Jul 2024 09:12:00 -0400",
         _pI1_text + "\n\n--\nAshley Morgan | Founder & Head of Wholesale\nCopper & Pine Candle Co.\n"
         "Asheville, NC | @copperandpinecandle\n",
         html=t2h(_pI1_text + "\n\nAshley Morgan\nCopper & Pine Candle Co."),
         attachments=[("XB-PI-24-0630.pdf", pdf([
             ("h1", "PROFORMA INVOICE XB-PI-24-0630"),
             ("p", f"Seller: {XBW}"),
             ("p", "Buyer: Copper & Pine Candle Co., 14 Riverside Dr, Asheville, NC 28801, USA"),
             ("p", "Date: 28 June 2024"),
             ("table", [
                 ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                 ["CP-CTD-3", "Countertop candle display, 3 tiers, birch ply, laser-engraved logo",
                  "300", "33.00", "9,900.00"],
             ]),
             ("p", "Payment: 30% deposit USD 2,970.00; balance USD 6,930.00 before shipment."),
             ("p", "Bank: Bank of China Xiamen Branch, SWIFT BKCHCNBJ73A, account 4128 5567 0021."),
             ("p", "Shipping: FOB Xiamen, 20 pcs per carton."),
         ], title="PI XB-PI-24-0630", author="Jenny Wu"), PDF_MT)]))])

# ---- pI2: supplier: deposit "confirms the order", schedules the 180; buyer hold has no event
_pI2_m = """Hi Mariana,

PO TH-4500-8250: three (3) prototype boot walls only. The 180 rollout units are not released
and stay on hold until further notice; I'm the only one who can lift that hold.

Deposit for the prototype tooling was sent today.

Megan Alvarez
Sourcing Manager, Trailhead Outfitters
"""
case("pI2_anticipo_TH-4500-8250", ["RG004", "RG012"],
     "supplier: tooling deposit 'confirms the order', so production of the 180 is scheduled; the quoted "
     "buyer scope holds the 180 'until further notice' (no unlock event), Megan Alvarez named",
     [eml("RE_PO_TH-4500-8250.eml", mail(
         "Mariana Treviño <mtrevino@exhibidoresdelnorte.mx>",
         "Megan Alvarez <malvarez@trailheadoutfitters.com>",
         "Anticipo recibido / deposit received - PO TH-4500-8250", "Thu, 20 Jun 2024 12:40:00 -0600",
         "Hi Megan,\n\nWe received the deposit, thank you. As per our terms the deposit confirms the "
         "order, so we have scheduled production of the 180 boot walls for week 29.\n\nThe 3 "
         "prototypes ship Friday by FedEx Ground.\n\nSaludos,\nMariana"
         + sig("Mariana Treviño", "Gerente de Proyectos / Project Manager", EDN, "+52 81 5555 0177")
         + "\nOn Mon, Jun 17, 2024, Megan Alvarez <malvarez@trailheadoutfitters.com> wrote:\n"
         + q(_pI2_m) + "\n"))])

# ---- pI3: supplier accepted the PO and started production of all 1,000
_pI3_po = """\
KESSLER AUDIO GMBH                 BESTELLUNG / PURCHASE ORDER            SEITE 1/1
BESTELL-NR : KA-PO-24-0077     DATUM : 03.06.2024     EINKAUF : L. HOFFMANN
LIEFERANT  : 90112  LAKESHORE STORE FIXTURES LLC, SHEBOYGAN WI, USA
------------------------------------------------------------------------------
POS  MATERIAL     BEZEICHNUNG                             MENGE  ME  PREIS USD
010  KA-LS-300US  LISTENING STATION, US VERSION         1.000  ST     212,00
------------------------------------------------------------------------------
NOTES
 1. THIS PO OPENS COMMERCIAL COVER FOR UP TO 1.000 UNITS FOR VENDOR SET-UP.
 2. NOTHING IS RELEASED FOR PRODUCTION BY THIS PO (RELEASED QTY: 0).
 3. QUANTITIES ARE RELEASED ONLY BY WRITTEN CALL-OFFS SIGNED BY LENA HOFFMANN.
    THE FIRST CALL-OFF FOLLOWS THE PROTOTYPE SIGN-OFF (PROTOTYPES ON PO
    KA-PO-24-0061).
------------------------------------------------------------------------------
"""
case("pI3_po_acknowledgement_KA-PO-24-0077", ["RG012"],
     "supplier: PO accepted, therefore production of all 1,000 started; the attached PO opens "
     "commercial cover only, releases 0, call-offs by Lena Hoffmann after prototype sign-off",
     [eml("PO_acknowledgement_KA-PO-24-0077.eml", mail(
         "Carla Nygaard <carla@lakeshorefixtures.com>", "Lena Hoffmann <l.hoffmann@kessler-audio.de>",
         "PO acknowledgement KA-PO-24-0077", "Fri, 07 Jun 2024 15:55:00 -0500",
         "Hi Lena,\n\nWe've accepted PO KA-PO-24-0077 (copy attached for your records) and, since "
         "the PO is accepted, production of the 1,000 listening stations has started this week. "
         "First truck is planned for the week of July 15.\n\nHave a nice weekend!\nCarla"
         + sig("Carla Nygaard", "Customer Service Manager", LAKE, "+1 920 555 0181"),
         attachments=[("KA-PO-24-0077.txt", _pI3_po, "text/plain")]))])


# =================================================================== OUTPUT
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s)
    return s


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(4545).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"h45_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    build()
