#!/usr/bin/env python3
"""Generator for the releasegate check_holdout36 corpus (fashion / apparel / footwear / bags).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout36/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
# Suppliers in Turkey, Portugal, Vietnam ... write ş, ğ, İ, ã, ệ: the standard Type 1 fonts cannot
# show them, so PDFs embed DejaVu (subset, with ToUnicode) when it is installed.
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FONTS_OK = []


def _unicode_fonts(ss):
    if not _FONTS_OK:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        files = {"DJ": "DejaVuSans.ttf", "DJ-B": "DejaVuSans-Bold.ttf", "DJ-M": "DejaVuSansMono.ttf"}
        if all((_DEJAVU / f).exists() for f in files.values()):
            for name, f in files.items():
                pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / f)))
            _FONTS_OK.append(True)
        else:
            _FONTS_OK.append(False)
    if _FONTS_OK[0]:
        ss["BodyText"].fontName = "DJ"
        ss["Title"].fontName = "DJ-B"
        ss["Heading2"].fontName = "DJ-B"
        ss["Code"].fontName = "DJ-M"


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    _unicode_fonts(ss)
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
    m["Message-ID"] = msgid or f"<h36-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h36")
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



# ------------------------------------------------------------ small text helpers
def quote(text):
    """Prefix every line with '> ' as a mail client does in a reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """Very small plain-text to HTML converter for multipart/alternative parts."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(out) + "\n</body></html>\n"


def chat(lines, fmt="wa"):
    """lines: list of (timestamp, who, message). fmt 'wa' = WhatsApp export, 'wc' = WeChat/Zalo style."""
    out = []
    for ts, who, msg in lines:
        if fmt == "wa":
            first, *rest = msg.split("\n")
            out.append(f"[{ts}] {who}: {first}")
            out.extend(rest)
        else:
            out.append(f"{who}  {ts}")
            out.extend(msg.split("\n"))
            out.append("")
    return "\n".join(out) + "\n"


# =================================================================== CASES
# ---------------------------------------------------------------- p01
_p01_buyer = """Dear Rafiq,

Please find attached our PO 24-0417 for style LS-2231 "Ría" denim jacket, wash W3 (rinse + light
stone). Tech pack v4 and the wash standard were uploaded to the portal on Monday.

Scope of this PO: 6 (six) PP samples in size M, 2 per wash, for our fit and wash review in
A Coruña. The bulk of 2,400 pcs shown on your costing sheet CS-0331 is NOT released by this PO and
stays on hold. Bulk can start only after (1) we sign off the PP samples and (2) you receive a written
production release signed by me, Carmen Vidal, Head of Production. Fabric and trims: PP quantity only.

Un saludo,
Carmen

Carmen Vidal
Head of Production | Lúa Studio S.L.
Rúa do Orzán 114, 15003 A Coruña, Spain
"""

_p01_text = """Dear Carmen,

Good day and thanks for PO 24-0417, well received and entered in our system as job KDL-7740.

The 6 pcs PP will be dispatched by DHL on 16 May, AWB we will share the same day. Wash W3 recipe is
confirmed with our laundry, shade band attached to the PP.

To keep your ex-factory of 15 August, as per our usual practice we will move straight into bulk
cutting of the 2,400 pcs the day your team confirms the PP is OK by mail, so no time is lost waiting
for paperwork. For the same reason the 12 oz rigid denim for the full bulk is already reserved at
Paramount Textile and will be delivered to our cutting floor on 27 May.

Please let us know if your QC team will visit for the inline inspection.

Best regards,
Md. Rafiqul Islam
Sr. Merchandiser, Woven Division
Karnaphuli Denim Ltd.
Plot 41-43, CEPZ, Chattogram 4223, Bangladesh
Tel +880 31 2500 417 | Mob +880 1711 402 230

On Thu, 2 May 2024 at 10:12, Carmen Vidal <carmen.vidal@luastudio.es> wrote:
""" + quote(_p01_buyer) + "\n"

case("p01_roll_into_bulk_after_pp", ["RG006", "RG007"],
     "supplier will cut the 2,400 bulk the day the PP is 'OK' although the quoted PO requires a written release; bulk denim reserved beyond the 6 PP pcs",
     [("RE_PO_24-0417_Ria_denim_jacket.eml", eml_bytes(mail(
         "Rafiqul Islam <rafiq@karnaphulidenim.com.bd>", "Carmen Vidal <carmen.vidal@luastudio.es>",
         "RE: PO 24-0417 / LS-2231 Ría denim jacket - PP samples", "Fri, 03 May 2024 11:47:09 +0600",
         _p01_text, cc="Production LUA <produccion@luastudio.es>",
         in_reply_to="<po-24-0417@luastudio.es>")))])

# ---------------------------------------------------------------- p02
_p02_po = pdf([
    ("h1", "Casa Orsini S.r.l. - Ordine d'acquisto / Purchase Order"),
    ("p", "Via dei Serragli 58, 50124 Firenze, Italia - P.IVA IT05521870484"),
    ("table", [["PO no.", "Date", "Supplier", "Buyer"],
               ["4500-7719", "06/05/2024", "Ege Örme Tekstil San. ve Tic. A.Ş., İzmir", "Elena Rossi"]]),
    ("sp",),
    ("table", [["Line", "Style", "Description", "Qty", "Scope", "Unit price", "Amount"],
               ["10", "CO-M114", "Merino crew neck, 12gg, PP sample (sizes S/M/L x 4 colours)", "12 pcs",
                "sample", "EUR 38,00", "EUR 456,00"]]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "This order covers twelve (12) PP samples only. The bulk quantity of 1,800 pcs quoted in your "
          "offer OF-24-118 is not released by this PO and remains on hold. Bulk may start only after "
          "(a) Casa Orsini signs off the PP samples and (b) a written production release signed by "
          "Elena Rossi, Responsabile Produzione, has been received by Ege Örme."),
    ("p", "Material authority: yarn and trims for the 12 PP samples only."),
    ("h", "Delivery"),
    ("p", "PP samples DAP Firenze by 24/05/2024 via courier, account DHL 95-211-0087. Each sample with "
          "sealed tag, yarn lot number and measurement sheet."),
    ("p", "Please confirm receipt of this order within 3 working days."),
], title="PO 4500-7719", author="Casa Orsini")

_p02_text = """Ciao Mehmet,

PO 4500-7719 for the CO-M114 PP samples is attached - please confirm as usual.

Between us, the window for this style is really tight (stores want it in week 36). So if the PP
comes back clean from our fitting on the 27th, just carry on into bulk, no need to wait for
paperwork from me - I'll sort out the formal side with my director afterwards.

Yarn: Zegna Baruffa Cashwool, colours as per lab dips already signed off (Antracite, Cammello,
Blu notte, Salvia).

Grazie mille e buona giornata,
Elena
""" + sig("Elena Rossi", "Responsabile Produzione", "Casa Orsini S.r.l.", "+39 055 2284 610")

case("p02_buyer_carry_on_into_bulk", ["RG007"],
     "buyer's cover mail tells the factory to run bulk once the PP is clean, contradicting the attached PO's written-release requirement",
     [("PO_4500-7719_CO-M114.eml", eml_bytes(mail(
         "Elena Rossi <e.rossi@casaorsini.it>", "Mehmet Yılmaz <mehmet@egeorme.com.tr>",
         "PO 4500-7719 - CO-M114 PP samples", "Mon, 06 May 2024 09:31:00 +0200", _p02_text,
         attachments=[("PO_4500-7719.pdf", _p02_po, PDF_MT)])))])

# ---------------------------------------------------------------- p03
_p03 = chat([
    ("08/05/2024, 09:14:22", "Hannah Price (H&R)", "Hi Linh, PO HR-45102 is out for the Sandbank overshirt - 8 pcs SMS only (2 per colour).\nBulk 1,800 stays closed until we've signed off fit AND I send you a written release. Pls no fabric beyond the SMS yardage for now."),
    ("08/05/2024, 09:20:03", "Linh Nguyen - Saigon Thread", "Dear Hannah, noted with thanks. SMS fabric ok in house"),
    ("08/05/2024, 09:20:41", "Linh Nguyen - Saigon Thread", "<Media omitted>"),
    ("08/05/2024, 09:21:10", "Linh Nguyen - Saigon Thread", "this is the olive colour under D65, same as lab dip L2"),
    ("08/05/2024, 09:33:57", "Hannah Price (H&R)", "lovely, thanks"),
    ("13/05/2024, 16:02:18", "Linh Nguyen - Saigon Thread", "Hannah, fit sample DHL 7729 4410 2231 arrive your office Tuesday"),
    ("13/05/2024, 16:05:44", "Linh Nguyen - Saigon Thread", "To keep ship date 30/08 we plan like this: if no comment from your side by Friday we understand fit approved and we start bulk 1800 next Monday. Ok?"),
    ("13/05/2024, 18:40:12", "Hannah Price (H&R)", "sounds good to go 👍 speak Friday"),
    ("13/05/2024, 18:40:30", "Linh Nguyen - Saigon Thread", "Thank you dear 🙏"),
])
case("p03_silence_means_bulk", ["RG002", "RG007"],
     "factory will read no comment as fit approval and start the 1,800 bulk; buyer answers 'sounds good to go' without scoping it",
     [("WhatsApp Chat with Linh Saigon Thread.txt", _p03)])

# ---------------------------------------------------------------- p04
_p04_po = pdf([
    ("h1", "Fjällgren AB - Purchase Order FJ-7781"),
    ("p", "Fjällgren AB, Götgatan 78, 118 30 Stockholm, Sweden. Org.nr 556812-4410"),
    ("table", [["Supplier", "Date", "Incoterm", "Contact"],
               ["Confeções Ribeira Lda., Guimarães, PT", "29 April 2024", "FCA Guimarães", "Karin Lund"]]),
    ("sp",),
    ("table", [["Line", "Article", "Description", "Qty", "Scope", "Price EUR"],
               ["10", "KAVEL-HD", "Kavel hoodie, 380 g brushed organic fleece - PP + SMS", "40 pcs", "sample", "22,40"],
               ["--", "KAVEL-HD", "Bulk (information only)", "3,600 pcs", "not released", "--"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Active now: 40 pcs (8 PP + 32 SMS). The bulk of 3,600 pcs is not released by this PO and "
          "stays on hold until the PP sample is signed off by Fjällgren Product and Karin Lund, Supply "
          "Chain Manager, issues a written production release."),
    ("p", "Material authority: sample-only - fabric and trims for the 40 pcs. Any bulk fabric booking "
          "needs a separate written material authority from Karin Lund."),
    ("p", "Please acknowledge this scope in writing."),
], title="PO FJ-7781", author="Fjällgren AB")

_p04_ta = docx_bytes([
    ("h1", "Confeções Ribeira - T&A Calendar"),
    ("p", "Customer: Fjällgren AB    Style: KAVEL-HD hoodie    PO: FJ-7781    Season: AW24"),
    ("p", "Prepared by: Ana Ferreira (merchandising)    Version: 3 - 06/05/2024"),
    ("table", [
        ["#", "Milestone", "Planned", "Actual", "Status / remarks"],
        ["1", "Lab dips submitted (3 colours)", "03/04", "03/04", "Done"],
        ["2", "Lab dips signed off by Fjällgren", "12/04", "15/04", "Done - shade B for Forest"],
        ["3", "Bulk fabric booked - Fiação do Ave (4.150 kg, for 3.600 pcs)", "02/05", "02/05", "Done - booked to hold dyeing slot"],
        ["4", "PP sample submit (8 pcs)", "05/06", "", "On track"],
        ["5", "SMS dispatch (32 pcs)", "07/06", "", "On track"],
        ["6", "PP sample approval (Fjällgren)", "12/06", "", "Pending"],
        ["7", "Bulk cutting 3.600 pcs", "14/06", "", "Starts automatically on PP approval"],
        ["8", "Sewing / finishing", "17/06-12/07", "", ""],
        ["9", "Final inspection AQL 2.5", "19/07", "", ""],
        ["10", "Ex-factory", "26/07", "", ""],
    ]),
    ("sp",),
    ("p", "Remarks: bulk fabric for the full 3.600 pcs was booked on 02/05 to protect the ex-factory "
          "date; dyeing at Fiação do Ave week 21. Cutting starts automatically the day after the PP "
          "approval, so please send PP comments by 12/06 at the latest."),
], author="Confecoes Ribeira")

case("p04_ta_calendar_auto_cut", ["RG006", "RG007"],
     "T&A books bulk fabric for 3,600 pcs against a sample-only material authority and has cutting start automatically on PP approval",
     [("PO_FJ-7781.pdf", _p04_po), ("TA_calendar_KAVEL-HD_v3.docx", _p04_ta)])

# ---------------------------------------------------------------- p05
_p05 = html_page("Centric PLM - Sample Request SR-24-0932", """
<h2>Sample Request SR-24-0932 &mdash; ML-W24-118 &laquo;Trench Camille&raquo;</h2>
<p>Season: Hiver 2024 &nbsp;|&nbsp; Brand: Maison Lefèvre &nbsp;|&nbsp; Vendor: Rupsha Apparels Ltd (via Delta Sourcing Ltd, Dhaka)</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Sample type</td><td>PP (pre-production)</td></tr>
<tr><td>Quantity requested</td><td>3 pcs, size 38</td></tr>
<tr><td>Sample PO</td><td>881204 (sample scope)</td></tr>
<tr><td>Bulk quantity (information)</td><td>5,000 pcs &mdash; NOT RELEASED</td></tr>
<tr><td>Production release</td><td>Written release from Julien Moreau, Directeur Production, after PP sign-off</td></tr>
<tr><td>Material authority</td><td>Sample-only</td></tr>
<tr><td>Due date (PP at Lyon)</td><td>28/05/2024</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>User</th><th>Comment</th></tr>
<tr><td>02/05/2024 10:14</td><td>Julien Moreau</td><td>PP request raised. 3 pcs size 38, gabardine lot G-2291. Bulk 5,000 on hold, see header.</td></tr>
<tr><td>03/05/2024 08:51</td><td>Shamim Ahmed (Delta Sourcing)</td><td>Factory confirms PP ex-Dhaka 22/05. Buttons from Italy (Corozo 24L) in house.</td></tr>
<tr><td>06/05/2024 12:22</td><td>Shamim Ahmed (Delta Sourcing)</td><td>Factory advised that as per their standard flow the PP approval will trigger bulk. Cutting plan for the 5,000 pcs is ready so the line can load 3 days after your PP comments come back OK.</td></tr>
<tr><td>06/05/2024 15:40</td><td>Julien Moreau</td><td>Noted, merci Shamim.</td></tr>
<tr><td>07/05/2024 09:02</td><td>Shamim Ahmed (Delta Sourcing)</td><td>Belt buckle artwork v2 uploaded, please check.</td></tr>
</table>
<p><small>Exported from Centric PLM 8.3 by jmoreau on 07/05/2024 09:30 CET</small></p>
""", lang="fr")
case("p05_centric_pp_triggers_bulk", ["RG007"],
     "agent writes that PP approval will trigger the 5,000 bulk (cutting plan ready); buyer only says 'noted'",
     [("SR-24-0932_Trench_Camille.html", _p05)])

# ---------------------------------------------------------------- p07
_p07 = pdf([
    ("h1", "ZAHEER LEATHER GARMENTS (PVT) LTD"),
    ("p", "Small Industrial Estate, Ugoki Road, Sialkot 51310, Pakistan - Tel +92 52 3551 208"),
    ("h", "QUOTATION Q-ZLG-24-088"),
    ("table", [["To", "Date", "Valid until"],
               ["Marlow & Vane Ltd, London EC1", "22 April 2024", "31 May 2024"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit price GBP", "Lead time"],
               ["MV-B07 'Camden' biker", "Lamb nappa 0.8-0.9 mm, YKK Excella, quilted viscose lining - samples", "5 pcs", "62.00", "21 days"],
               ["MV-B07 'Camden' biker", "Same - production", "600 pcs", "48.00", "60 days"]]),
    ("sp",),
    ("h", "Terms"),
    ("p", "Price basis: FOB Karachi. MOQ 300 pcs per colour. Payment: T/T 30% / 70% against copy documents."),
    ("p", "Production: approval of the pre-production sample by the buyer constitutes release of the "
          "full order quantity. Bulk cutting begins within 5 working days of PP approval without "
          "further notice."),
    ("p", "Leather: sourced from LWG-rated tannery (Gold), chrome-free option +GBP 3.50/pc."),
    ("p", "Tolerances: +/- 3% on quantity per colour."),
    ("sp",),
    ("p", "For Zaheer Leather Garments: Usman Zaheer, Director Exports"),
], title="Quotation Q-ZLG-24-088", author="Zaheer Leather Garments")
case("p07_quote_term_pp_releases_order", ["RG007"],
     "supplier quote term: PP approval constitutes release of the full order quantity (no buyer-recorded auto-conversion)",
     [("Quotation_Q-ZLG-24-088.pdf", _p07)])

# ---------------------------------------------------------------- p08
_p08 = chat([
    ("02/05/2024, 10:02:11", "Núria Puig (Bruma)", "Hola Emre! PO BR-3390 sent by mail: 12 PP pcs for the linen shirt 'Cala', 4 per colour (blanco, arena, salvia).\nThe bulk of 1.500 pcs is on hold until we sign off the PP and I send you a written release - Núria Puig, Production Manager"),
    ("02/05/2024, 10:15:40", "Emre Kaya - Trakya Konf.", "Merhaba Núria, received 👍 we prepare"),
    ("02/05/2024, 10:16:02", "Emre Kaya - Trakya Konf.", "fabric linen 100% 150 gsm from Söktaş, PP meters in house"),
    ("09/05/2024, 14:48:30", "Emre Kaya - Trakya Konf.", "Núria Hanım, PP approve olunca bulk 1.500 otomatik başlıyoruz, yoksa termin kaçar.\n(after PP ok we start bulk 1.500 automatic, otherwise we miss the delivery)"),
    ("09/05/2024, 15:03:17", "Núria Puig (Bruma)", "vale, gracias"),
    ("14/05/2024, 11:20:52", "Núria Puig (Bruma)", "Emre, please courier the 18 PP pcs as per PO BR-3390 to our Barcelona office, c/ Pujades 77, attn. Núria"),
    ("14/05/2024, 11:31:05", "Emre Kaya - Trakya Konf.", "tamam, UPS tomorrow"),
])
case("p08_turkish_chat_pp_auto_bulk", ["RG007", "RG011"],
     "factory says bulk 1.500 starts automatically after PP ok and buyer says 'vale'; PP quantity stated as 12 and later as 18 on the same PO",
     [("chat_Bruma_Trakya_Cala.txt", _p08)])
# ---------------------------------------------------------------- p09
_p09_ingrid = """Hi Serkan,

PO NV-2290 is attached. To be clear on scope: it covers 24 SMS pcs of the "Fjellstue" flannel
shirt (6 per colourway) and nothing else. The bulk of 2,000 pcs is not released; it needs our SMS
sign-off and a written production release from me, Ingrid Solberg. Material authority: SMS only.

SMS due in Oslo 31 May for the sales meeting.

Best,
Ingrid
"""
_p09_text = """Dear Ingrid,

Good morning. SMS 24 pcs are in sewing, we ship 24/05 by TNT to your Oslo office.

Please find attached the order confirmation from Bursa Dokuma: we booked and confirmed the greige
for the full 2,000 pcs (4.400 m brushed twill) last week. The June loom slot would be lost
otherwise and the mill is full until September. Dyeing will be at their own dyehouse, colours as
per the signed-off lab dips.

Kind regards,
Serkan Aydın
Export Manager
Merter Moda Tekstil Ltd. Şti.
Merter Mah. Keresteciler Sitesi, 34169 Güngören / İstanbul
+90 212 637 22 90

-----Original Message-----
From: Ingrid Solberg <ingrid.solberg@nordvik.no>
Sent: Tuesday, 30 April 2024 13:05
To: Serkan Aydın <serkan@mertermoda.com.tr>
Subject: PO NV-2290 Fjellstue SMS

""" + quote(_p09_ingrid) + "\n"
_p09_att = """BURSA DOKUMA A.S.                                  SIPARIS TEYIT / ORDER CONFIRMATION
Demirtas OSB, Mavi Cad. No:14, 16245 Osmangazi / BURSA            Tel: +90 224 261 44 00
------------------------------------------------------------------------------------------
Teyit No / Conf. no. : BD-24-05117          Tarih / Date : 02.05.2024
Musteri / Customer   : MERTER MODA TEKSTIL LTD. STI.
Musteri ref.         : NORDVIK NV-2290 BULK
------------------------------------------------------------------------------------------
Kalem  Artikel      Tanim / Description                    Miktar / Qty    Fiyat   Termin
  1    FL-220       Flanel 2/1 dimi ham / greige twill      4.400 m        2,35 $  24.HAFTA
                    %100 pamuk, Ne 20/1 x Ne 16/1, 160 cm
------------------------------------------------------------------------------------------
Kullanim / End use   : Nordvik "Fjellstue" gomlek - toplu uretim 2.000 adet
                       (bulk production 2.000 pcs)
Durum / Status       : ONAYLANDI / CONFIRMED
Iptal / Cancellation : 10 gun sonra iptal edilemez / non-cancellable after 10 days
Odeme / Payment      : 60 gun / 60 days
------------------------------------------------------------------------------------------
Hazirlayan / Prepared by: Gokhan Sen                 Onay / Signed: Satis Mudurlugu
"""
case("p09_greige_booked_full_bulk", ["RG006"],
     "factory confirms a non-cancellable greige booking for the 2,000 bulk while the quoted PO gives SMS-only material authority",
     [("RE_PO_NV-2290_Fjellstue_SMS.eml", eml_bytes(mail(
         "Serkan Aydın <serkan@mertermoda.com.tr>", "Ingrid Solberg <ingrid.solberg@nordvik.no>",
         "RE: PO NV-2290 Fjellstue SMS", "Mon, 06 May 2024 08:40:00 +0300", _p09_text,
         attachments=[("BD-24-05117_order_confirmation.txt", _p09_att, "text/plain")])))])

# ---------------------------------------------------------------- p10
_p10_text = """Dear Shahidul,

Thanks for the SMS costing - we're placing PO PN-6610 today for the "Harbour" rugby shirt.

What this PO covers: 30 SMS pcs (10 each in navy/ecru stripe, bottle/ecru stripe and solid
oatmeal), delivery to our London showroom by 14 June. The 3,000 pcs bulk balance is not released by
this PO - it stays on hold until we sign off the SMS and I send you a written production release
(Tom Hughes, Sourcing Manager). Material authority on this PO: SMS quantity only.

That said, the calendar is tight this year, so please have the bulk fabric for the 3,000 knitted,
dyed and sitting in your warehouse by 20 June, so you can cut the day we release. We'll sort out the
paperwork on the fabric side once the SMS are in.

Collar: 100% cotton woven, white, 3-button placket with rubber buttons (ref. RB-22, 18L).
Embroidery: Pennant flag, chest left, 6.5 cm wide, thread Madeira 1147.

Many thanks,
Tom
""" + sig("Tom Hughes", "Sourcing Manager", "Pennant & Co. Ltd, 21 Leonard Street, London EC2A 4AQ", "+44 20 7946 0321")
case("p10_buyer_asks_bulk_fabric_in_house", ["RG006"],
     "buyer sets SMS-only material authority, then asks for knitted and dyed bulk fabric for 3,000 pcs with liability left open",
     [("PO_PN-6610_Harbour_rugby.eml", eml_bytes(mail(
         "Tom Hughes <tom.hughes@pennantandco.co.uk>", "Shahidul Karim <shahidul@meghnaknit.com>",
         "PO PN-6610 - Harbour rugby SMS", "Wed, 08 May 2024 15:22:00 +0100", _p10_text,
         cc="Merchandising <merch@meghnaknit.com>")))])

# ---------------------------------------------------------------- p11
_p11_po = """OLMO KIDS S.L.                                         PEDIDO DE COMPRA / PURCHASE ORDER
C/ Colón 48, 46004 Valencia - CIF B98765432                    Página 1 de 1
==========================================================================================
Pedido / PO no.  : OK-24-0615            Fecha / Date : 10/04/2024
Proveedor        : PADMA KNITWEAR LTD, BSCIC, Narayanganj, Bangladesh   Cód. 40217
Comprador        : Laura Sanz (Jefa de Compras)
Incoterm         : FOB Chattogram          Divisa: USD
==========================================================================================
Lín  Referencia   Descripción                              Cant.   Alcance      Precio
---  -----------  ---------------------------------------  ------  -----------  --------
001  OK-S118      Pijama interlock 2 pzas, talla 4A        26 pcs  MUESTRA SMS    6,40
------------------------------------------------------------------------------------------
NOTA DE ALCANCE / SCOPE NOTE
  Este pedido cubre 26 muestras SMS. / This PO covers 26 SMS pcs.
  Bulk 2.600 pcs: NO LIBERADO / NOT RELEASED - pending SMS sign-off and a written production
  release signed by Laura Sanz.
  Autoridad de material / Material authority: SMS only (solo muestras).
==========================================================================================
Entrega / Delivery: Valencia, 17/05/2024.   Etiquetado: EN 14682 conforme, etiqueta de
composición según Reglamento (UE) 1007/2011.
"""
_p11_wip = html_page("Padma Knitwear - Weekly WIP report", """
<h2>PADMA KNITWEAR LTD &mdash; Weekly WIP report, week 19</h2>
<p>Customer: OLMO KIDS S.L. (Valencia) &nbsp; Prepared by: Nusrat Jahan, Merchandiser &nbsp; Date: 09-May-2024</p>
<table>
<tr><th>Style</th><th>PO</th><th>Sample status</th><th>Fabric status</th><th>Trims</th><th>Cutting</th><th>Remarks</th></tr>
<tr><td>OK-S118 pijama</td><td>OK-24-0615</td><td>SMS 26 pcs sewn, in finishing, ship 13-May</td>
<td>In-house 100% &mdash; 5,200 m interlock knitted and dyed for bulk 2,600 pcs</td>
<td>Printed labels ordered for bulk</td><td>Waiting release</td>
<td>Fabric advanced to keep ex-factory 30-Jun</td></tr>
<tr><td>OK-S121 body</td><td>OK-24-0622</td><td>Fit sample sent 02-May (AWB 5520 1187 04)</td>
<td>Lab dip L1 sent</td><td>&mdash;</td><td>&mdash;</td><td>Awaiting fit comments</td></tr>
</table>
<p class="note">Next update 16-May. For any query contact Nusrat (+880 1819 223 410).</p>
""")
case("p11_wip_report_bulk_fabric_in_house", ["RG006"],
     "WIP report shows interlock knitted and dyed for the 2,600 bulk and bulk labels ordered, against an SMS-only material authority",
     [("PO_OK-24-0615.txt", _p11_po), ("WIP_report_week19_OlmoKids.html", _p11_wip)])

# ---------------------------------------------------------------- p12
_p12 = chat([
    ("22/04/2024, 11:02:45", "Youssef Benali - Fassia", "Bonjour Claire, voici notre devis pour le cabas Lina : protos 10 pcs à 48 € / production 1 500 pcs à 31 € (cuir vachette grainé 1,4 mm, doublure coton, attaches laiton)."),
    ("22/04/2024, 11:03:10", "Youssef Benali - Fassia", "<Document omis: Devis_MF-24-061.pdf>"),
    ("22/04/2024, 14:37:22", "Claire Dubois", "Merci Youssef, le prix nous convient. Je vous envoie le bon de commande pour les 10 protos."),
    ("23/04/2024, 09:12:03", "Claire Dubois", "BC n° AB-5521 envoyé par mail pour les 10 protos du cabas Lina 👜"),
    ("23/04/2024, 09:40:51", "Youssef Benali - Fassia", "Bien reçu Madame. Pour info on a déjà commandé le cuir pour les 1 500 chez la tannerie à Fès, le prix augmente en juillet."),
    ("23/04/2024, 09:41:30", "Youssef Benali - Fassia", "Couleurs : noir, cognac, taupe comme sur le nuancier"),
    ("23/04/2024, 10:05:17", "Claire Dubois", "Ah ok, merci pour l'info. Les protos pour le 14 juin svp, on a le showroom le 18."),
    ("23/04/2024, 10:06:02", "Youssef Benali - Fassia", "Inchallah pas de problème 🙏"),
])
case("p12_leather_ordered_for_production", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "PO for 10 protos beside a quote showing 1 500 production with no hold, no unlock event, no release person; workshop already bought leather for the 1 500",
     [("Discussion WhatsApp avec Youssef Fassia.txt", _p12)])

# ---------------------------------------------------------------- p13
_p13_mette = """Hej Rui,

Any news on the SMS for our "Vesterbro" organic tee? The sales team are asking.

Reminder on scope: PO 4471 covers 48 SMS pcs only. The 3.700 pcs bulk is not released; release
follows our SMS sign-off, in writing from me (Mette Holm, Production Manager). Yarn and fabric for
the 48 SMS pcs only until then.

Venlig hilsen
Mette
"""
_p13_text = """Olá Mette,

Sorry for the delay, answers below in blue.

> Any news on the SMS for our "Vesterbro" organic tee? The sales team are asking.

SMS 48 pcs are being finished today, DHL tomorrow (Thursday), you will have them Monday.

> Reminder on scope: PO 4471 covers 48 SMS pcs only. The 3.700 pcs bulk is not released; release
> follows our SMS sign-off, in writing from me (Mette Holm, Production Manager). Yarn and fabric for
> the 48 SMS pcs only until then.

Understood on the release. Just so you know, to secure the GOTS organic yarn before the summer price
increase we confirmed with Fiação do Ave the purchase for the full season quantity of 3.700 pcs
(1.850 kg Ne 30/1 combed) - booking confirmation attached. Knitting will only start after your OK.

Cumprimentos,
Rui Almeida
Malhas Cávado, Lda.
Rua da Indústria 221, 4750-314 Barcelos, Portugal
+351 253 808 140
"""
_p13_att = pdf([
    ("h1", "Fiação do Ave, S.A. - Confirmação de Encomenda"),
    ("p", "Parque Industrial de Ronfe, 4805-431 Guimarães - NIF 500 661 980"),
    ("table", [["Encomenda nº", "Data", "Cliente", "Ref. cliente"],
               ["FA-24/1187", "06/05/2024", "Malhas Cávado, Lda.", "Mørk Copenhagen 4471 - época completa"]]),
    ("sp",),
    ("table", [["Artigo", "Descrição", "Quantidade", "Preço/kg", "Entrega"],
               ["NE30-ORG", "Fio algodão orgânico penteado Ne 30/1, GOTS, cru", "1.850 kg", "5,85 EUR", "Semana 22"]]),
    ("sp",),
    ("p", "Destino: produção de 3.700 peças (t-shirt Vesterbro). Encomenda firme - não anulável após fiação."),
    ("p", "Condições: 60 dias fim de mês. Certificado GOTS (scope certificate CU-2024-11873) enviado com a fatura."),
], title="FA-24/1187", author="Fiacao do Ave")
case("p13_yarn_bought_for_season", ["RG006"],
     "knitter confirms firm yarn purchase for the full 3.700 pcs while the quoted scope limits material to the 48 SMS",
     [("RE_Vesterbro_SMS_status.eml", eml_bytes(mail(
         "Rui Almeida <rui.almeida@malhascavado.pt>", "Mette Holm <mh@morkcph.dk>",
         "RE: Vesterbro SMS status", "Wed, 08 May 2024 17:05:00 +0100", _p13_text,
         attachments=[("FA-24-1187_confirmacao.pdf", _p13_att, PDF_MT)],
         in_reply_to="<vesterbro-sms-0508@morkcph.dk>")))])

# ---------------------------------------------------------------- p14
_p14 = docx_bytes([
    ("h1", "Hoa Binh Garment JSC - Trims & Accessories Status"),
    ("p", "Customer: Tidewater Apparel Inc., Portland OR    Style: TW-S25-210 'Coastline' shell jacket    Date: 07 May 2024"),
    ("h", "PO scope (copied from Tidewater PO TW-30118)"),
    ("p", "\"This PO releases 60 SMS pcs only. The 6,000 pcs bulk is not released and stays on hold until "
          "SMS sign-off and a written production release from Megan Carter, Director of Production. "
          "Material authority: sample-only.\""),
    ("h", "Trims status"),
    ("table", [
        ["Item", "Supplier", "Qty ordered", "Covers", "ETA factory", "Status"],
        ["Zipper #5 Vislon, 2-way, DTM", "YKK Vietnam", "6,060 pcs", "SMS + bulk", "20 May", "PO issued 29 Apr"],
        ["Snap buttons 15L, gunmetal", "Prym Asia", "24,240 pcs", "SMS + bulk", "17 May", "Shipped"],
        ["Woven main label", "Avery Dennison HCMC", "6,100 pcs", "SMS + bulk", "15 May", "In production"],
        ["Care label (3 lang.)", "Avery Dennison HCMC", "6,100 pcs", "SMS + bulk", "15 May", "In production"],
        ["Seam tape 20 mm", "Bemis", "9,000 m", "SMS + bulk", "24 May", "Confirmed"],
        ["Hangtag + string", "Local", "60 pcs", "SMS", "10 May", "Received"],
    ]),
    ("sp",),
    ("p", "Note: all long-lead trims were ordered for SMS + bulk together to meet the T&A (ex-factory "
          "15 Aug). SMS 60 pcs will ship 21 May."),
    ("p", "Prepared by: Tran Thi Mai, Merchandiser - mai.tran@hoabinhgarment.vn"),
], author="Hoa Binh Garment")
case("p14_trims_ordered_sms_plus_bulk", ["RG006"],
     "factory ordered zips, snaps, labels and tape for SMS + 6,000 bulk although the copied PO scope gives sample-only material authority",
     [("Trims_status_TW-S25-210.docx", _p14)])
# ---------------------------------------------------------------- p16
_p16_po = pdf([
    ("h1", "Sjöberg Sko AB - Inköpsorder / Purchase Order"),
    ("p", "Första Långgatan 19, 413 27 Göteborg, Sweden"),
    ("table", [["PO", "Date", "Supplier", "Delivery"],
               ["SS-1207", "2024-05-03", "Calçado Vale do Sousa, Lda., Felgueiras, PT", "DAP Göteborg, 2024-06-14"]]),
    ("sp",),
    ("table", [["Line", "Article", "Description", "Sizes", "Qty", "Scope", "Price EUR"],
               ["1", "SJ-LOAF-02", "Penny loafer, calf leather, Blake stitch, leather sole - salesman samples",
                "36-41", "36 pairs", "sample", "41,00"]]),
    ("sp",),
    ("p", "Scope: this PO covers 36 pairs of salesman samples (6 sets of 6 sizes). The bulk of 2,400 "
          "pairs is not released. Bulk follows only after SMS sign-off and a written production release "
          "from Anna Sjöberg, Head of Product."),
    ("p", "Material authority: leather and soles for the salesman samples only."),
    ("p", "Lasts: LS-22 (existing). Sock lining print per artwork AW-0412."),
], title="PO SS-1207", author="Sjoberg Sko")
_p16_mail = """Hi Paulo,

Attached is PO SS-1207 for the 48 pairs of salesman samples - we need 8 sets of 6 sizes for the
agents in Norway, Denmark and Germany. Please confirm you can deliver by 14 June.

Colours: cognac (4 sets), black (4 sets). Edge ink to match leather.

Everything else as on the PO. Let me know if the Blake machine is free in week 22.

Tack och hälsningar,
Anna
""" + sig("Anna Sjöberg", "Head of Product", "Sjöberg Sko AB, Göteborg", "+46 31 711 42 08")
case("p16_cover_mail_vs_po_pairs", ["RG011"],
     "PO SS-1207 authorizes 36 pairs of salesman samples; the buyer's cover mail for the same PO says 48 pairs",
     [("PO_SS-1207.pdf", _p16_po),
      ("PO_SS-1207_cover_mail.eml", eml_bytes(mail(
          "Anna Sjöberg <anna@sjobergsko.se>", "Paulo Mendes <paulo.mendes@valedosousa.pt>",
          "PO SS-1207 salesman samples - loafer SJ-LOAF-02", "Fri, 03 May 2024 16:20:00 +0200",
          _p16_mail)))])

# ---------------------------------------------------------------- p17
_p17 = docx_bytes([
    ("h1", "Greyfriars Clothing Ltd - Purchase Order GF-PO-2219"),
    ("p", "Greyfriars Clothing Ltd, Unit 4 Ancoats Works, Manchester M4 6DE, UK"),
    ("p", "Supplier: Ravi Knitwear (Pvt) Ltd, 22 km Ferozepur Road, Lahore, Pakistan"),
    ("p", "Date: 7 May 2024        Buyer: Sophie Clarke, Buying Manager        Currency: USD"),
    ("table", [
        ["Line", "Style", "Description", "Qty", "Scope", "Unit", "Total"],
        ["1", "GF-233", "Heavyweight fleece jogger, 420 gsm brushed back - PP samples", "24", "sample", "11.50", "276.00"],
    ]),
    ("sp",),
    ("h", "Order note"),
    ("p", "This PO authorises thirty (30) PP pieces, 10 per colourway (charcoal marl, navy, forest). "
          "The 4,500 pcs bulk is not released. Bulk will only be released after PP sign-off, by a "
          "written release from Sophie Clarke."),
    ("p", "Material: PP quantity only. Rib and drawcord per tech pack TP-GF233 v2. Drawcord ends "
          "must comply with BS EN 14682 (not applicable to adult sizes, keep aglets heat-sealed)."),
    ("p", "PP samples to Manchester by 31 May 2024 via DHL, account 964102281."),
], author="Greyfriars Clothing")
case("p17_po_line_vs_note_qty", ["RG011"],
     "PO line states 24 PP samples, the order note on the same PO authorises thirty (30)",
     [("GF-PO-2219_GF-233.docx", _p17)])

# ---------------------------------------------------------------- p18
_p18 = """TÊXTEIS DOURO, LDA - CALL-OFF RECEIVED / CHAMADA DE ENTREGA          Printed 08/05/2024 10:44
Customer: TRAMUNTANA MODA S.L., Palma de Mallorca            Blanket PO: 45-00812
Style   : BR-T100 basic tee, 160 gsm jersey, 100% CO          Season  : SS24 replenishment
=============================================================================================
CALL-OFF No. 3
Blanket quantity                      :   9.000 pcs
Released by previous call-offs        :   1.500 pcs (CO-1, 12/02)  +  1.500 pcs (CO-2, 21/03)
THIS CALL-OFF RELEASES                :   1.200 pcs
Remaining blanket quantity            :   4.800 pcs  -- ON HOLD
---------------------------------------------------------------------------------------------
Colour              Size split XS/S/M/L/XL         Qty this call-off
Navy  (19-3933)     1/2/3/3/1                          600
Ecru  (11-0507)     1/2/3/3/1                          500
Black (19-4007)     1/2/3/3/1                          400
                                                    ------
TOTAL THIS CALL-OFF                                   1.500
---------------------------------------------------------------------------------------------
Delivery: 14/06/2024, DAP Palma, 15 cartons per pallet, carton 60x40x30, max 15 kg.
The remaining blanket quantity stays on hold until call-off No. 4, issued in writing by
Marta Ruiz, Supply Planning, Tramuntana Moda.
Material: fabric for the quantity of this call-off only.
=============================================================================================
Entered by: jsilva                                   Page 1/1
"""
case("p18_call_off_header_vs_total", ["RG011"],
     "call-off 3 header releases 1.200 pcs but the colour table totals 1.500 pcs for the same call-off",
     [("call-off_3_45-00812.txt", _p18)])

# ---------------------------------------------------------------- p20
_p20 = html_page("Centric PLM - PO 77120 / VR-S25-044", """
<h2>Maison Verlaine &mdash; Purchase Order 77120</h2>
<table>
<tr><th>Style</th><td>VR-S25-044 pull marinière, coton/lin</td></tr>
<tr><th>Vendor</th><td>Anatolia Triko San. Tic. Ltd. Şti., İstanbul (Bağcılar)</td></tr>
<tr><th>Order type</th><td>SMS (salesman samples)</td></tr>
<tr><th>PO quantity</th><td>60 pcs (S 12 / M 24 / L 24)</td></tr>
<tr><th>Bulk</th><td>3,000 pcs &mdash; not released. Release only after SMS sign-off, by written production release from Camille Roy (Responsable Sourcing).</td></tr>
<tr><th>Material authority</th><td>SMS only</td></tr>
<tr><th>SMS due Roubaix</th><td>07/06/2024</td></tr>
</table>
<h3>Activity</h3>
<table>
<tr><th>Date</th><th>User</th><th>Comment</th></tr>
<tr><td>03/04/2024</td><td>Camille Roy</td><td>PO 77120 issued for 60 SMS pcs.</td></tr>
<tr><td>08/04/2024</td><td>Hakan Demir (Anatolia)</td><td>Stripe repeat 1.2 cm confirmed, yarn dyed at Ören Boya.</td></tr>
<tr><td>10/04/2024</td><td>Camille Roy</td><td>SMS qty revised to 72 per sales meeting &mdash; factory please make 72 (add 12 in M).</td></tr>
<tr><td>11/04/2024</td><td>Hakan Demir (Anatolia)</td><td>Tamam Camille Hanım, noted.</td></tr>
</table>
<p><small>Export 12/04/2024 08:15 &mdash; Centric PLM &mdash; Maison Verlaine SAS, 41 rue de l'Épeule, 59100 Roubaix</small></p>
""", lang="fr")
case("p20_plm_sms_qty_60_vs_72", ["RG011"],
     "PO 77120 is for 60 SMS pcs; a buyer comment on the same PO tells the factory to make 72 with no revised PO",
     [("PO_77120_VR-S25-044.html", _p20)])

# ---------------------------------------------------------------- p21
_p21 = pdf([
    ("h1", "VELLUTO MILANO S.p.A."),
    ("p", "Corso di Porta Ticinese 88, 20123 Milano"),
    ("h", "Production Release PR-0412"),
    ("p", "To: Sonargaon Fashions Ltd, Tongi, Gazipur, Bangladesh - attn. Mr. Mahbubul Alam, GM Merchandising"),
    ("p", "PO 2024/558 - Style VM-J31 'Brera' chino, stretch cotton twill 270 gsm - order quantity 3,000 pcs"),
    ("p", "Milano, 10 May 2024"),
    ("p", "Following the PP sample sign-off of 3 May 2024 (comments sheet CS-VM-J31-PP2), we release one "
          "thousand two hundred fifty (1,250) pcs of the 3,000 pcs order for production, size split as "
          "per PO. The remaining 1,750 pcs stay on hold until the TOP sample sign-off and a second "
          "written production release from the undersigned."),
    ("p", "Material: fabric and trims for the released quantity; the mill booking for the balance remains "
          "unconfirmed until the second release."),
    ("sp",),
    ("table", [["Release no.", "PO", "Qty released", "Authorised by", "Date"],
               ["PR-0412", "2024/558", "1,520 pcs", "Giulia Ferri, Direttrice Operazioni", "10/05/2024"]]),
    ("sp",),
    ("p", "Giulia Ferri - Direttrice Operazioni - g.ferri@vellutomilano.it"),
], title="PR-0412", author="Velluto Milano")
case("p21_release_letter_1250_vs_1520", ["RG011"],
     "release letter body releases 1,250 pcs, its own release table says 1,520 pcs",
     [("PR-0412_Brera_chino.pdf", _p21)])

# ---------------------------------------------------------------- p22
_p22_buyer = """Dear Ms. Akter,

PO LS-0931 for our "Hamn" parka: fifteen (15) PP samples, 5 per colour (black, moss, sand).
The 2,100 pcs bulk is not released; it will be released only in writing by me after PP sign-off.
Fabric and trims for the PP samples only, please.

Best regards,
Johan Berg
Production Lead, Lindqvist Studio AB, Malmö
"""
_p22_text = """Dear Mr. Johan,

Greetings from Ananta.

We acknowledge your PO LS-0931 and confirm 12 pcs PP samples for style "Hamn" parka, 4 per colour,
delivery by courier on 28 May. The bulk stays on hold until your written release as you mention.

Padding: 120 g recycled polyfill as per tech pack. Snap and zipper from YKK Bangladesh.

Thanks & regards,
Shirin Akter
Merchandiser - Outerwear
Ananta Garments Ltd., Mirpur DOHS, Dhaka 1216
+880 2 5504 7711

-----Original Message-----
From: Johan Berg <johan.berg@lindqviststudio.se>
Sent: 6 May 2024 14:10
Subject: PO LS-0931 Hamn parka PP

""" + quote(_p22_buyer) + "\n"
case("p22_ack_12_vs_po_15", ["RG011"],
     "supplier acknowledgement confirms 12 PP samples (4 per colour) against the quoted PO's fifteen (15), 5 per colour",
     [("RE_PO_LS-0931_Hamn_parka_PP.eml", eml_bytes(mail(
         "Shirin Akter <shirin@anantagarments.com>", "Johan Berg <johan.berg@lindqviststudio.se>",
         "RE: PO LS-0931 Hamn parka PP", "Tue, 07 May 2024 12:02:00 +0600", _p22_text)))])
# ---------------------------------------------------------------- p23
_p23_buyer = """Hi Faisal,

Thanks for PI IDM-2207. Summary so we are aligned:
- PO PD-2207 covers 20 SMS pcs of the "Lavapiés" 5-pocket jean (sizes 28-34, 2 washes).
- The 2,400 pcs bulk is not released. It needs our SMS sign-off and my written production release.
- Our accounts team wired the 30% deposit against the PI today, per the agreed payment terms.

Saludos,
Javier Ortega
Director de Producción, Pardo Denim S.L., Madrid
"""
_p23_text = """Dear Javier,

Deposit of USD 10,368.00 received today in our account at Habib Bank with thanks.

As per our practice, receipt of the deposit is our confirmation to start bulk, so we will begin
cutting the 2,400 pcs on Monday 20 May to hold the September shipment. The 20 SMS pcs will be
couriered to Madrid on 17 May together with the wash standards.

Wash standards for both washes (mid stone, rinse) will travel with the SMS.

Warm regards,
Faisal Qureshi
Manager Marketing
Indus Denim Mills (Pvt) Ltd
Plot F-112, S.I.T.E., Karachi 75700, Pakistan
+92 21 3258 1140

On 13 May 2024, at 12:31, Javier Ortega <javier.ortega@pardodenim.es> wrote:

""" + quote(_p23_buyer) + "\n"
case("p23_deposit_means_start_bulk", ["RG012"],
     "supplier treats receipt of the 30% deposit as confirmation to cut the 2,400 bulk that the quoted buyer mail holds",
     [("RE_PI_IDM-2207_Lavapies.eml", eml_bytes(mail(
         "Faisal Qureshi <faisal@indusdenim.com.pk>", "Javier Ortega <javier.ortega@pardodenim.es>",
         "RE: PI IDM-2207 / PO PD-2207 Lavapiés", "Tue, 14 May 2024 16:48:00 +0500", _p23_text)))])

# ---------------------------------------------------------------- p24
_p24_text = """Hi Anwar,

Good news - our bank (City National Bank, LA) opened the irrevocable LC for the full value of PO
KD-5120 this morning, LC no. CNB-IMP-24-03318, advising bank Eastern Bank PLC, Dhaka. The LC will reach your bank via SWIFT today; our
import desk will send you the PDF copy separately.

PO KD-5120 is the full order: 4,800 pcs of the "Mesa" relaxed jean (style KD-M220), no balance,
no further POs to follow for this style. With the LC in place the factory is clear to start
production of the 4,800 pcs.

Reminder of the key dates:
- Ex-factory: 30 Aug 2024 (LC latest shipment date 05 Sep 2024)
- Final inspection: Intertek, AQL 2.5 major / 4.0 minor
- Packing: 12 pcs per carton, solid size, Kestrel carton marks v3

Thanks,
Jordan
""" + sig("Jordan Ellis", "VP Sourcing", "Kestrel Denim Co., 1850 E 15th St, Los Angeles, CA 90021", "+1 213 555 0147")
case("p24_lc_opened_clear_to_start", ["RG012"],
     "buyer tells the factory the opened LC makes it clear to start production of the 4,800 pcs",
     [("PO_KD-5120_Mesa.eml", eml_bytes(mail(
         "Jordan Ellis <jordan@kestreldenim.com>", "Anwar Hossain <anwar@fatullahapparels.com>",
         "LC opened - PO KD-5120 Mesa jean", "Thu, 09 May 2024 10:05:00 -0700", _p24_text,
         html=txt2html(_p24_text), cc="LC Desk <lc@fatullahapparels.com>")))])

# ---------------------------------------------------------------- p25
_p25 = pdf([
    ("h1", "OAKHILL FOOTWEAR LTD - PURCHASE ORDER OF-3319"),
    ("p", "Oakhill Footwear Ltd, 12 St Michael's Road, Northampton NN1 3JU, United Kingdom. VAT GB 318 4471 20"),
    ("table", [["Supplier", "Order date", "Ex-factory", "Terms"],
               ["Bayrampaşa Ayakkabı San. ve Tic. Ltd. Şti., İstanbul", "02 May 2024", "19 Jul 2024", "FOB İstanbul, 60 days net"]]),
    ("sp",),
    ("table", [["Line", "Style", "Colour", "Sizes UK 6-11 (1/2/3/3/2/1)", "Pairs", "Price GBP"],
               ["1", "OH-DB14 'Ely' derby", "Black calf", "50/100/150/150/100/50", "600", "27.80"],
               ["2", "OH-DB14 'Ely' derby", "Tan calf", "50/100/150/150/100/50", "600", "27.80"],
               ["", "", "", "Total", "1,200", "33,360.00"]]),
    ("sp",),
    ("p", "This order is for the full quantity of 1,200 pairs; no further quantities are planned for this style this season."),
    ("h", "Conditions of Purchase (extract)"),
    ("p", "1. Quality. Goods must match the sealed sample reference OH-DB14-SS-02 and Oakhill's RSL v7."),
    ("p", "2. Inspection. Final random inspection to ISO 2859-1, AQL 2.5; Oakhill may inspect in-line."),
    ("p", "3. Acceptance. The Supplier's written acceptance of this Purchase Order constitutes "
          "authorisation to manufacture the quantities shown above."),
    ("p", "4. Late delivery. Air freight at the Supplier's cost where ex-factory is missed by more than 7 days."),
    ("p", "5. Labelling. Footwear labelling per Directive 94/11/EC pictograms."),
], pagesize=LETTER, title="PO OF-3319", author="Oakhill Footwear")
case("p25_acceptance_authorises_manufacture", ["RG012"],
     "full-quantity PO whose conditions make the supplier's acceptance of the PO the authorisation to manufacture",
     [("PO_OF-3319_Ely_derby.pdf", _p25)])

# ---------------------------------------------------------------- p26
_p26 = chat([
    ("29/04/2024, 12:01:09", "Amelia Wright", "Hi Bilal, PO PC-7712 for 20 SMS pcs of the 'Brixton' hoodie has gone over by email.\nThe 2,500 bulk isn't released - it waits for our SMS sign-off and then a written release from me."),
    ("29/04/2024, 12:14:50", "Bilal Ahmed - Shalimar Knits", "Noted madam. SMS in 3 weeks"),
    ("29/04/2024, 12:15:20", "Bilal Ahmed - Shalimar Knits", "Proforma for bulk sent also for your finance"),
    ("06/05/2024, 17:45:03", "Amelia Wright", "Finance have paid the 20% advance on the proforma today, swift copy attached"),
    ("06/05/2024, 17:45:04", "Amelia Wright", "<attached: MT103_PC7712.pdf>"),
    ("07/05/2024, 09:02:36", "Bilal Ahmed - Shalimar Knits", "Madam advance 20% received today thank you. So we start cutting bulk tomorrow inshallah"),
    ("07/05/2024, 09:30:11", "Amelia Wright", "Thanks Bilal, glad it came through quickly this time"),
    ("07/05/2024, 09:31:40", "Bilal Ahmed - Shalimar Knits", "🙏🙏"),
])
case("p26_advance_received_start_cutting", ["RG012"],
     "factory reads the 20% advance as the go signal to cut bulk; the buyer's hold (SMS sign-off + her written release) is in the same chat",
     [("WhatsApp Chat - Bilal Shalimar Knits.txt", _p26)])

# ---------------------------------------------------------------- p27
_p27 = docx_bytes([
    ("h1", "EFES TEKSTİL LTD. ŞTİ. - PROFORMA INVOICE"),
    ("p", "Organize Sanayi Bölgesi 3. Kısım, 20330 Denizli, Türkiye - VKN 3250 118 442"),
    ("p", "Proforma no: PI-2024-0187        Date: 03.05.2024        Customer: Casa Orsini S.r.l., Firenze"),
    ("table", [
        ["Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
        ["CO-S210", "Camicia popeline 100% cotone, 120/2 x 120/2, bianco", "900 pcs", "13,40", "12.060,00"],
        ["CO-S211", "Camicia oxford, azzurro", "900 pcs", "14,10", "12.690,00"],
        ["", "", "", "Total", "24.750,00"],
    ]),
    ("sp",),
    ("h", "Terms"),
    ("p", "Delivery: FCA Denizli, 45 days from start of production."),
    ("p", "Payment: 30% advance by T/T (EUR 7.425,00), balance 70% against copy of CMR."),
    ("p", "Receipt of the advance is our production release: cutting starts the day the funds arrive, "
          "and the delivery date is counted from that day."),
    ("p", "Bank: Türkiye İş Bankası, Denizli Sanayi branch, IBAN TR33 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS"),
    ("sp",),
    ("p", "Efes Tekstil - Export Department - Aylin Koç"),
], author="Efes Tekstil")
case("p27_proforma_advance_is_release", ["RG012"],
     "proforma states that receipt of the 30% advance is the production release and cutting starts when funds arrive",
     [("PI-2024-0187_Casa_Orsini.docx", _p27)])
# ---------------------------------------------------------------- p29
_p29_text = """Hi Kamal,

As promised on the call, here is our AW25 volume picture for Lindqvist Studio. It is built on our
sell-through of AW24 plus the two new wholesale accounts in Germany.

AW25 forecast (pcs)
  LS-K410  merino crew         3,200
  LS-K411  merino cardigan     2,400
  LS-W220  overshirt           3,600
  LS-W225  padded vest         2,800
  Total                       12,000

Please treat this forecast as our order and plan your lines and capacity on it from July. We will
firm up the individual POs style by style after our buy meeting, but you can count on the 12,000.

Fit samples for LS-K410/K411 are still with our design team; comments by 17 May.

Best regards,
Johan
""" + sig("Johan Berg", "Production Lead", "Lindqvist Studio AB, Davidshallsgatan 20, 211 45 Malmö", "+46 40 611 20 30")
case("p29_forecast_treat_as_order", ["RG008"],
     "buyer asks the factory to treat the 12,000 pcs AW25 forecast as the order and count on it",
     [("AW25_Lindqvist.eml", eml_bytes(mail(
         "Johan Berg <johan.berg@lindqviststudio.se>", "Kamal Uddin <kamal@sonargaonfashions.com>",
         "AW25 volumes", "Fri, 10 May 2024 14:20:00 +0200", _p29_text, html=txt2html(_p29_text))))])

# ---------------------------------------------------------------- p30
_p30_fc = html_page("Prévisionnel S25 - Maison Vaudrey", """
<h2>Maison Vaudrey &mdash; Prévisionnel Printemps-Été 2025</h2>
<p class="note"><b>FORECAST / PRÉVISIONNEL &mdash; not an order.</b> These figures are for capacity planning only.
They give no production authority and no material authority. Orders come only as numbered POs.</p>
<table>
<tr><th>Style</th><th>Description</th><th>Mar</th><th>Apr</th><th>May</th><th>Total</th></tr>
<tr><td>MV-R301</td><td>Robe chemise lin</td><td>800</td><td>700</td><td>500</td><td>2,000</td></tr>
<tr><td>MV-P118</td><td>Pantalon large</td><td>900</td><td>800</td><td>800</td><td>2,500</td></tr>
<tr><td>MV-B044</td><td>Blouse broderie</td><td>600</td><td>600</td><td>300</td><td>1,500</td></tr>
<tr><td>MV-J009</td><td>Veste saharienne</td><td>700</td><td>700</td><td>600</td><td>2,000</td></tr>
<tr><th colspan="5">Total</th><th>8,000</th></tr>
</table>
<p>Prepared by Hélène Marchal, Supply Planning, 2 May 2024. Version 1.</p>
""", lang="fr")
_p30_oc = pdf([
    ("h1", "ATLAS CONFECTION SARL"),
    ("p", "Zone Franche d'Exportation, Lot 117, Tanger 90000, Maroc - ICE 001523687000041"),
    ("h", "CONFIRMATION DE COMMANDE / ORDER CONFIRMATION AC-OC-24-211"),
    ("p", "Client: Maison Vaudrey SAS, 14 quai de la Fosse, 44000 Nantes. Date: 06/05/2024"),
    ("p", "We thank you for your order and confirm the following, as per your document "
          "'Prévisionnel S25' dated 2 May 2024:"),
    ("table", [["Style", "Description", "Qty confirmed", "Delivery"],
               ["MV-R301", "Robe chemise lin", "2,000", "Mar-May 2025"],
               ["MV-P118", "Pantalon large", "2,500", "Mar-May 2025"],
               ["MV-B044", "Blouse broderie", "1,500", "Mar-May 2025"],
               ["MV-J009", "Veste saharienne", "2,000", "Mar-May 2025"],
               ["", "Total order", "8,000 pcs", ""]]),
    ("sp",),
    ("p", "Capacity reserved: 2 lines from February 2025. Prices to be agreed per style with the POs."),
    ("p", "Signature: Said El Amrani, Directeur Commercial"),
], title="AC-OC-24-211", author="Atlas Confection")
case("p30_forecast_confirmed_as_order", ["RG008"],
     "supplier's order confirmation books the 8,000 pcs of a clearly labelled forecast as a confirmed order",
     [("Maison_Vaudrey_S25_v1.html", _p30_fc), ("AC-OC-24-211_confirmation.pdf", _p30_oc)])

# ---------------------------------------------------------------- p31
_p31 = html_page("Bamboo Rose - PO 4410092", """
<h2>Harlow Basics &mdash; Purchase Order 4410092</h2>
<p>Vendor: Mekong Apparel Co., Ltd. &mdash; National Road 4, Kambol, Phnom Penh, Cambodia &nbsp;|&nbsp; Agent: none &nbsp;|&nbsp; Terms: FOB Sihanoukville</p>
<table>
<tr><th>Line</th><th>Style</th><th>Description</th><th>Order type</th><th>Qty</th><th>Unit FOB</th></tr>
<tr><td>1</td><td>HB-T101</td><td>Heavyweight tee 240 gsm, garment dyed &mdash; PP sample</td><td>Sample</td><td>6</td><td>$9.00</td></tr>
</table>
<h3>PO comments</h3>
<p>Line 1 is the PP sample only (sizes S, M, L x 2 colours). Bulk 6,000 pcs is not released; release follows PP sign-off, by written production release from Dana Whitfield, VP Production. Material: PP yardage only.</p>
<h3>Forecast &amp; commitment</h3>
<table>
<tr><th>Program</th><th>Forecast qty</th><th>Commitment status</th><th>Note</th></tr>
<tr><td>Spring 25 core tee</td><td>6,000</td><td>COMMITTED</td><td>Planning forecast, subject to sell-in &mdash; vendor may treat this quantity as a firm order and reserve capacity.</td></tr>
</table>
<p><small>Generated by Bamboo Rose TotalPLM &mdash; printed by dwhitfield 05/08/2024</small></p>
""")
case("p31_forecast_marked_committed", ["RG008"],
     "PO export lists the Spring 25 forecast as COMMITTED and tells the vendor to treat it as a firm order",
     [("PO_4410092_HB-T101.html", _p31)])

# ---------------------------------------------------------------- p32
_p32 = chat([
    ("02/05/2024, 09:11:54", "Callum Reid (Brackenridge)", "Morning Mehmet - PO BK-118 sent, it's for the 16 SMS only (cable crew, 4 colours x 4).\nBulk (our 3k forecast for spring) is not released until SMS sign-off and a written release from me. Callum Reid, Head of Buying"),
    ("02/05/2024, 09:40:12", "Mehmet Yılmaz - Ege Örme", "Günaydın Callum, received thank you. SMS ready 20 May"),
    ("06/05/2024, 15:02:33", "Mehmet Yılmaz - Ege Örme", "Callum Bey, for planning - spring 3k forecast, is it sure? We need to block Stoll machines for Jan-Feb, many customers asking"),
    ("06/05/2024, 15:18:09", "Callum Reid (Brackenridge)", "don't worry, the 3k for spring is a sure thing, count it as ordered 😉"),
    ("06/05/2024, 15:19:44", "Mehmet Yılmaz - Ege Örme", "super, thank you, we block 4 machines"),
    ("06/05/2024, 15:20:02", "Callum Reid (Brackenridge)", "👍"),
])
case("p32_chat_count_forecast_as_ordered", ["RG008"],
     "buyer tells the knitter the 3k spring forecast is 'a sure thing, count it as ordered'",
     [("chat_Callum_Mehmet_BK-118.txt", _p32)])

# ---------------------------------------------------------------- p33
_p33 = pdf([
    ("h1", "Nørgaard Basics ApS - Call-off 1"),
    ("p", "Frederiksgade 72, 8000 Aarhus C, Denmark"),
    ("table", [["Call-off", "Framework", "Supplier", "Date"],
               ["NB-CO-0601", "Framework agreement FA-2024-07", "Têxteis Douro, Lda., Santo Tirso, PT", "8 May 2024"]]),
    ("sp",),
    ("table", [["Style", "Description", "Released now", "Delivery"],
               ["NB-P200", "Organic piqué polo, 5 colours", "600 pcs", "DAP Aarhus, week 27"]]),
    ("sp",),
    ("p", "This call-off releases 600 pcs. Anything beyond these 600 pcs is not released; call-offs 2 "
          "and 3 follow only as separate written call-offs signed by Mikkel Jensen, Supply Chain Manager."),
    ("p", "The forecast quantities for call-offs 2 and 3 (600 pcs each, September and October) are "
          "hereby committed and will be called off as planned."),
    ("p", "Material: fabric for the released 600 pcs. Colour standards as per lab dips LD-200-1 to LD-200-5."),
    ("sp",),
    ("p", "Mikkel Jensen, Supply Chain Manager - mj@norgaardbasics.dk - +45 86 12 40 77"),
], title="NB-CO-0601", author="Norgaard Basics")
case("p33_call_off_commits_forecast", ["RG008"],
     "call-off releases 600 pcs with a correct hold, but declares the forecast for call-offs 2 and 3 'hereby committed'",
     [("Call-off_NB-CO-0601.pdf", _p33)])
# ---------------------------------------------------------------- p34
_p34_text = """Bonjour Karim,

Quick status on PO 45000231 (style TM-V77 robe lin "Deià"), since your team asked on Friday:

- The PO was released in SAP yesterday (finance release, level 2 - our CFO signed it off).
- The PP sample release is still pending: our QA lab in Palma has the 8 PP pcs and will release
  them after the wash and pilling tests (results expected Thursday).
- Production release for the 2,000 pcs will come from me in writing once QA has released the PP.

So for now the only active quantity is the 8 PP pcs you already made; the 2,000 pcs stay on hold.
Please do not cut or buy bulk fabric yet.

SAP printout of the PO attached for your files.

Merci et bonne journée,
Pau
""" + sig("Pau Serra", "Jefe de Producción", "Tramuntana Moda S.L., Carrer de Sant Magí 31, 07013 Palma", "+34 971 28 44 10")
_p34_att = html_page("SAP PO 45000231", """
<pre>
SAP ECC 6.0  -  Purchase Order 45000231          Tramuntana Moda S.L.  (Company code ES10)
Vendor 300877  CONFECTION ANFA SARL, Bd. Ghandi 212, Casablanca
Release strategy: Z2   Release indicator: R (released)   Released by: FIN_L2 / 06.05.2024
</pre>
<table>
<tr><th>Item</th><th>Material</th><th>Short text</th><th>Qty</th><th>Scope</th><th>Net price</th></tr>
<tr><td>10</td><td>TM-V77-PP</td><td>Robe lin Deià - PP sample</td><td>8 PC</td><td>sample</td><td>22,00 EUR</td></tr>
<tr><td>20</td><td>TM-V77</td><td>Robe lin Deià - bulk</td><td>2.000 PC</td><td>production - on hold, not released for production</td><td>15,60 EUR</td></tr>
</table>
""")
case("p34_sap_released_three_ways", ["RG009"],
     "'release' used for the SAP/finance PO release, the QA sample release and the production release in one mail",
     [("PO_45000231_status_Deia.eml", eml_bytes(mail(
         "Pau Serra <pau.serra@tramuntanamoda.es>", "Karim Bennani <k.bennani@confectionanfa.ma>",
         "PO 45000231 Deià - status", "Tue, 07 May 2024 09:12:00 +0200", _p34_text,
         attachments=[("PO_45000231_SAP.html", _p34_att, "text/html")])))])

# ---------------------------------------------------------------- p35
_p35 = docx_bytes([
    ("h1", "Velluto Milano - PP Comments Sheet"),
    ("table", [["Style", "Sample", "Qty", "PO", "Factory", "Date"],
               ["VM-K52 'Navigli' polo", "PP (2nd round)", "4 pcs", "2024/611", "Saigon Thread Garment Co., HCMC", "08/05/2024"]]),
    ("sp",),
    ("h", "Measurements (size M) - cm"),
    ("table", [["POM", "Spec", "Tol.", "Measured", "Comment"],
               ["1/2 chest 2 cm below armhole", "54.0", "±1.0", "54.5", "OK"],
               ["Body length HPS", "72.0", "±1.0", "71.2", "OK"],
               ["Sleeve length", "22.5", "±0.5", "23.3", "Shorten 0.8 cm in bulk"],
               ["Collar width", "7.0", "±0.3", "7.0", "OK"]]),
    ("sp",),
    ("h", "Workmanship"),
    ("li", "Placket: topstitch 1 mm, keep 12 SPI - improved vs 1st round."),
    ("li", "Side vents: bartack both sides."),
    ("li", "Colour: Verde Bosco within tolerance under D65 and TL84."),
    ("h", "Approval status"),
    ("li", "PP sample (4 pcs): approved for fit and workmanship, with the sleeve correction above."),
    ("li", "Price USD 14.20 FOB: approved by Finance on 02/05 for PO 2024/611 (4 PP pcs)."),
    ("li", "Bulk approval (3,200 pcs): pending - Giulia Ferri will send it in writing after this round."),
    ("p", "The 3,200 pcs bulk is not released until then; PP yardage only."),
    ("p", "Comments by: Chiara Longo (QA) / Giulia Ferri (Direttrice Operazioni)"),
], author="Velluto Milano")
case("p35_comments_sheet_approval_three_meanings", ["RG009"],
     "'approval' used for the PP fit/workmanship sign-off, the finance price approval and the bulk production release",
     [("PP_comments_VM-K52_round2.docx", _p35)])

# ---------------------------------------------------------------- p36
_p36 = html_page("Centric PLM - HR-AW24-077", """
<h2>Halden &amp; Rowe &mdash; Style HR-AW24-077 &laquo;Kinder&raquo; lambswool crew</h2>
<table>
<tr><th>Item</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>Tech pack v3</td><td><b>RELEASED</b> to vendor</td><td>18/04/2024</td><td>R. Okafor (Technical)</td></tr>
<tr><td>Purchase order HR-45301 (PP 6 pcs)</td><td><b>RELEASED</b> (SAP release strategy L2)</td><td>22/04/2024</td><td>Finance</td></tr>
<tr><td>PP sample, 6 pcs</td><td>Submitted, under review</td><td>06/05/2024</td><td>Padma Knitwear</td></tr>
<tr><td>Production</td><td><b>NOT RELEASED</b> &mdash; 1,600 pcs on hold until PP sign-off; written production release by Olivia Grant, Production Director</td><td>&mdash;</td><td>&mdash;</td></tr>
</table>
<h3>Vendor</h3>
<p>Padma Knitwear Ltd, BSCIC Industrial Area, Narayanganj, Bangladesh &mdash; contact Nusrat Jahan</p>
<h3>Notes</h3>
<ul>
<li>Yarn: lambswool 2/28 Nm, Südwolle, shade card SW-AW24. PP yardage only.</li>
<li>Rib 1x1 cuffs and hem, 6 cm; linking on the neck, no overlock.</li>
</ul>
<p><small>Centric PLM export, 07/05/2024 11:02 BST</small></p>
""")
case("p36_plm_released_tech_po_production", ["RG009"],
     "'released' marks the tech pack (technical), the SAP PO (commercial) and production (not released) on one page",
     [("HR-AW24-077_Kinder_status.html", _p36)])

# ---------------------------------------------------------------- p37
_p37 = chat([
    ("22/04/2024, 08:15:30", "Jordan Ellis", "Faisal - PO KD-2231 is for 10 protos of the 'Mojave' trucker jacket.\nBulk 1,800 stays on hold until proto sign-off and my written release. Jordan Ellis, VP Sourcing"),
    ("22/04/2024, 20:02:11", "Faisal Qureshi", "Noted Jordan. Lab dip L3 approved? and FOB $14.80 approved from your side?"),
    ("23/04/2024, 07:58:45", "Jordan Ellis", "L3 approved for colour. Price approved by our finance, $14.80 FOB."),
    ("09/05/2024, 18:22:03", "Faisal Qureshi", "Protos reached your office? DHL shows delivered"),
    ("10/05/2024, 09:40:19", "Jordan Ellis", "Protos look great. Approved, go ahead 🙌"),
    ("10/05/2024, 09:41:02", "Faisal Qureshi", "Thank you Jordan!! 🙏"),
])
case("p37_chat_approved_go_ahead", ["RG002", "RG009"],
     "'approved' covers the lab dip, the price and a final unscoped 'Approved, go ahead' after protos",
     [("WhatsApp Chat Jordan Faisal Mojave.txt", _p37)])

# ---------------------------------------------------------------- p38
_p38 = pdf([
    ("h1", "MAISON LEFÈVRE"),
    ("p", "12 rue de la République, 69002 Lyon - SAS au capital de 250 000 €"),
    ("h", "Release note - Style ML-S25-040 'Veste Anouk'"),
    ("p", "To: Trakya Konfeksiyon San. A.Ş., Çorlu / Tekirdağ - attn. Mr. Emre Kaya"),
    ("p", "Lyon, 13 May 2024"),
    ("p", "Sample release: the SMS samples are released - fit and fabric are OK, see our comments of 7 May."),
    ("p", "Commercial release: PO 881990 was released by our finance department on 12 April."),
    ("p", "Production release: we hereby release production of the Anouk jacket. Please plan cutting "
          "for week 22 and confirm the ex-factory date by return."),
    ("p", "Trims: horn buttons from Italy already delivered to you; woven labels to be ordered from our "
          "nominated supplier (Avery Dennison Turkey)."),
    ("sp",),
    ("p", "Julien Moreau - Directeur Production"),
], title="Release note ML-S25-040", author="Maison Lefevre")
case("p38_release_note_three_releases_no_qty", ["RG009", "RG010"],
     "'release' used for SMS sign-off, finance PO release and production; the production release never states a quantity",
     [("ML-S25-040_Anouk.pdf", _p38)])
# ---------------------------------------------------------------- p39
_p39_text = """Bom dia Rui,

Following the SMS sign-off last Thursday (see our comments sheet CS-OK118-SMS, two small points on
the neck binding), please start the first tranche of bulk on style OK-118 pijama so the line isn't
idle next week.

The rest of the 3,000 pcs order stays on hold until our size-set sign-off; I will release it in
writing myself (Laura Sanz, Jefa de Compras). Material: fabric and trims for this first tranche
only.

Could you send me the cutting plan for the first tranche and the size split you will use by Friday?
Care labels: please use the new version with the Catalan text (artwork CL-07).

Obrigada e um abraço,
Laura
""" + sig("Laura Sanz", "Jefa de Compras", "Olmo Kids S.L., C/ Colón 48, 46004 Valencia", "+34 963 52 18 40")
case("p39_first_tranche_no_qty", ["RG010"],
     "partial bulk release ('the first tranche') with hold, unlock event and release person, but no quantity authorized now",
     [("OK-118_pijama.eml", eml_bytes(mail(
         "Laura Sanz <laura.sanz@olmokids.es>", "Rui Almeida <rui.almeida@malhascavado.pt>",
         "OK-118 pijama - start bulk", "Mon, 13 May 2024 08:55:00 +0200", _p39_text)))])

# ---------------------------------------------------------------- p40
_p40 = chat([
    ("06/05/2024 14:02", "Ingrid Solberg (Nordvik)", "Hi Thu, the tech pack for the Trolltind shell jacket (v2) is in the portal now.\nGo ahead with the protos, we need them for the sales meeting in Oslo 20 June.\nBulk will be big this year 😊"),
    ("06/05/2024 14:20", "Thu Tran - Dong Nai Outdoor", "Dear Ingrid, ok. How many pcs and which sizes?"),
    ("06/05/2024 14:31", "Ingrid Solberg (Nordvik)", "Same as last season, you have the list"),
    ("06/05/2024 14:35", "Thu Tran - Dong Nai Outdoor", "Noted, we check the record from last season and start.\nFabric 3L 20k/20k shell in house, seam tape ok."),
    ("06/05/2024 14:36", "Ingrid Solberg (Nordvik)", "perfect, takk!"),
], fmt="wc")
case("p40_zalo_protos_same_as_last_season", ["RG003", "RG004", "RG005", "RG010"],
     "proto authorization by chat with no quantity ('same as last season'), nothing on bulk being held, no unlock event, no release person",
     [("Zalo_Ingrid_Thu_Trolltind.txt", _p40)])

# ---------------------------------------------------------------- p41
_p41_po = pdf([
    ("h1", "BRACKENRIDGE LTD - PURCHASE ORDER BR-PO-0907"),
    ("p", "Brackenridge Ltd, Holbeck Works, 3 Water Lane, Leeds LS11 5QN"),
    ("table", [["Supplier", "Date", "Delivery", "Buyer"],
               ["Angkor Garment Co. Ltd, Kampong Speu, Cambodia", "03/05/2024", "ASAP by courier", "Callum Reid"]]),
    ("sp",),
    ("table", [["Line", "Style", "Description", "Quantity", "Price"],
               ["1", "BR-511", "Quilted gilet, recycled nylon shell, 100 g padding - sample order",
                "As per quotation Q-AG-2405", "As per quotation"]]),
    ("sp",),
    ("p", "Please quote this PO number on all documents and the courier label."),
    ("p", "Invoice to: accounts@brackenridge.co.uk"),
], title="BR-PO-0907", author="Brackenridge")
_p41_q = pdf([
    ("h1", "ANGKOR GARMENT CO., LTD."),
    ("p", "National Road 4, Chbar Mon, Kampong Speu Province, Cambodia"),
    ("h", "QUOTATION Q-AG-2405"),
    ("p", "To: Brackenridge Ltd, Leeds - attn. Mr. Callum Reid. Date: 26 April 2024."),
    ("table", [["Stage", "Description", "Qty", "Unit price USD", "Lead time"],
               ["Proto", "BR-511 quilted gilet, size M", "3 pcs", "35.00", "14 days"],
               ["SMS", "BR-511, sizes S-XL, 3 colours", "30 pcs", "21.00", "25 days"],
               ["Production", "BR-511, MOQ 1,000 per colour", "2,000 pcs", "12.40", "55 days"]]),
    ("sp",),
    ("p", "FOB Phnom Penh. Prices valid 60 days. Padding: 100 g recycled polyester (GRS)."),
    ("p", "Sok Dara, Merchandising Manager"),
], title="Q-AG-2405", author="Angkor Garment")
case("p41_po_qty_as_per_quote", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO gives 'as per quotation' instead of a quantity (the quote lists proto 3, SMS 30, production 2,000); nothing holds the balance, no event, no person",
     [("BR-PO-0907_BR-511.pdf", _p41_po), ("Q-AG-2405_quotation.pdf", _p41_q)])

# ---------------------------------------------------------------- p42
_p42 = """CASA ORSINI S.R.L. - FIRENZE                   RILASCIO DI PRODUZIONE / PRODUCTION RELEASE
Stampato / printed: 30/05/2024 16:02                                  No. RP-24-031
--------------------------------------------------------------------------------------------
Fornitore / Supplier : EGE ÖRME TEKSTİL SAN. VE TİC. A.Ş. - İZMİR            Cod. F-0912
Ordine / PO          : 4500-7804          Articolo / Style : CO-M120 cardigan merino 12gg
Qta ordine / PO qty  : 1.800 pz (copertura commerciale / commercial cover)
Campioni PP          : 12 pz - firmati / signed off 27/05/2024 (scheda QC-M120-PP1)
--------------------------------------------------------------------------------------------
Tipo rilascio / Release type     : PARZIALE / PARTIAL
Qta rilasciata / Qty released    : TBA (vedi mail / see mail)
Motivo / Reason                  : anticipo 30% ricevuto dal fornitore -> avvio produzione
                                   (30% advance received by supplier -> production start)
Saldo / Balance                  : IN ATTESA / ON HOLD fino a firma campione TOP e nuovo
                                   rilascio scritto / until TOP sample sign-off and a new
                                   written release
Autorizzato da / Authorised by   : Elena Rossi, Responsabile Produzione
--------------------------------------------------------------------------------------------
Note: filato Zegna Baruffa Cashwool, colori Antracite / Cammello / Blu notte.
"""
case("p42_erp_partial_release_qty_tba", ["RG010", "RG012"],
     "partial production release with quantity 'TBA' and the 30% advance given as the reason to start production",
     [("RP-24-031_CO-M120.txt", _p42)])

# ---------------------------------------------------------------- p43
_p43_text = """Dear Mr. Kamal,

Good afternoon from Palma. Attached please find our PO TM-0788 for 24 SMS pcs of the "Sóller"
linen dress, together with the quotation we agreed last week.

Please confirm the SMS delivery by 10 June to our Palma office (Carrer de Sant Magí 31). Sizes
XS-L, 6 per size, colour Blanc and Terracota 50/50.

Kind regards,
Pau Serra
Jefe de Producción - Tramuntana Moda S.L.
"""
_p43_po = pdf([
    ("h1", "TRAMUNTANA MODA S.L. - PEDIDO / PURCHASE ORDER TM-0788"),
    ("table", [["Proveedor / Supplier", "Fecha", "Entrega"],
               ["Sonargaon Fashions Ltd, Tongi, Gazipur", "14/05/2024", "10/06/2024, DAP Palma"]]),
    ("sp",),
    ("table", [["Lín.", "Ref.", "Descripción", "Cant.", "Precio USD", "Importe"],
               ["1", "TM-D14 Sóller", "Vestido lino 100%, SMS", "24", "14.00", "336.00"]]),
    ("sp",),
    ("p", "Condiciones de pago: 30 días fecha factura. Etiquetado según Reglamento (UE) 1007/2011."),
], title="TM-0788", author="Tramuntana Moda")
_p43_q = pdf([
    ("h1", "SONARGAON FASHIONS LTD"),
    ("p", "Cherag Ali, Tongi, Gazipur 1711, Bangladesh"),
    ("h", "Price Quotation SFL-Q-24-117"),
    ("table", [["Style", "Description", "Qty", "FOB Chattogram USD"],
               ["TM-D14 Sóller", "Linen dress, garment washed - SMS", "24 pcs", "14.00"],
               ["TM-D14 Sóller", "Linen dress, garment washed - bulk", "2,400 pcs", "9.60"]]),
    ("sp",),
    ("p", "Fabric: 100% linen 155 gsm, pre-washed. Lead time bulk 75 days. Kamal Uddin, Sr. Manager."),
], title="SFL-Q-24-117", author="Sonargaon Fashions")
case("p43_sms_po_with_agreed_quote", ["RG001", "RG003", "RG004", "RG005"],
     "SMS PO for 24 pcs sent with the quote showing 2,400 bulk; nothing says the 2,400 is informational or held, no unlock event, no release person",
     [("PO_TM-0788_Soller_SMS.eml", eml_bytes(mail(
         "Pau Serra <pau.serra@tramuntanamoda.es>", "Kamal Uddin <kamal@sonargaonfashions.com>",
         "PO TM-0788 - Sóller SMS", "Tue, 14 May 2024 15:40:00 +0200", _p43_text,
         attachments=[("PO_TM-0788.pdf", _p43_po, PDF_MT), ("SFL-Q-24-117.pdf", _p43_q, PDF_MT)])))])

# ---------------------------------------------------------------- p44
_p44_text = """Dear Paulo,

Please accept this email as our PO OF-3342 for the "Hadley" Chelsea boot:

  500 pairs in total - black suede 250 pairs, brown suede 250 pairs, UK 6-11 size run 1-2-3-3-2-1
  per 12. That is the whole order for this style this season.

Unit price EUR 38.50 as per your attached quotation, FOB Leixões, ex-factory 12 August.
Sealed sample reference OH-HD-SS1 (signed off 29 April). Goodyear welt, Dainite sole.

Kind regards,
James
""" + sig("James Whitaker", "Head of Sourcing", "Oakhill Footwear Ltd, Northampton", "+44 1604 555 0190")
_p44_q = pdf([
    ("h1", "CALÇADO VALE DO SOUSA, LDA."),
    ("p", "Zona Industrial de Varziela, 4610-156 Felgueiras, Portugal"),
    ("h", "Orçamento / Quotation VS-24-0419"),
    ("p", "Customer: Oakhill Footwear Ltd. Article: 'Hadley' Chelsea boot, suede, Goodyear welt, Dainite sole."),
    ("table", [["Quantity", "Price per pair EUR", "Lead time"],
               ["500 pairs", "38.50", "90 days"],
               ["1,000 pairs", "36.20", "100 days"],
               ["2,000 pairs", "34.90", "110 days"]]),
    ("sp",),
    ("p", "FOB Leixões. Prices valid until 30/06/2024. Paulo Mendes, Comercial."),
], title="VS-24-0419", author="Calcado Vale do Sousa")
case("p44_full_po_with_tier_quote", ["RG001"],
     "full 500-pair PO sent with a quote showing 1,000 and 2,000 pair tiers; nothing marks the larger tiers as informational",
     [("PO_OF-3342_Hadley_Chelsea.eml", eml_bytes(mail(
         "James Whitaker <james.whitaker@oakhillfootwear.co.uk>", "Paulo Mendes <paulo.mendes@valedosousa.pt>",
         "PO OF-3342 Hadley Chelsea boot", "Thu, 16 May 2024 11:25:00 +0100", _p44_text,
         attachments=[("VS-24-0419_quotation.pdf", _p44_q, PDF_MT)])))])

# ---------------------------------------------------------------- p45
_p45 = html_page("Sable & Finch vendor portal - PO SF-20418", """
<h2>Sable &amp; Finch &mdash; Purchase Order SF-20418</h2>
<table>
<tr><th>Vendor</th><td>Mekong Leather Goods Co., Ltd., Phnom Penh SEZ, Cambodia</td></tr>
<tr><th>Program</th><td>Spring 25 &laquo;Bowery&raquo; tote &mdash; total program 4,000 units</td></tr>
<tr><th>Issued</th><td>05/13/2024 by Priya Nair</td></tr>
<tr><th>Ship to</th><td>Sable &amp; Finch design studio, 247 W 35th St, 9th fl, New York, NY 10001</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>
<tr><td>1</td><td>SF-BW-01</td><td>Bowery tote, pebble grain cowhide, fit sample</td><td>3</td><td>$68.00</td><td>$204.00</td></tr>
</table>
<p>Hardware: antique brass, per hardware card HW-S25. Please courier by 05/31/2024.</p>
""")
case("p45_portal_fit_po_program_total", ["RG001", "RG003", "RG004", "RG005"],
     "fit-sample PO for 3 totes shows the 4,000-unit program beside it with no hold, no unlock event and no release person",
     [("SF-20418_portal_view.html", _p45)])

# ---------------------------------------------------------------- p46
_p46_text = """Dear Hakan,

Please find below call-off 1 under blanket PO NB-BL-2408 (sweatshirt NB-S310, 2,400 pcs).

Call-off 1: 600 pcs (navy 200, grey melange 200, black 200), delivery DAP Aarhus week 26.

The remaining 1,800 pcs of the blanket stay on hold until call-off 2, which will come in writing
from me. Fabric: for the 600 pcs of this call-off only.

I also attach your capacity plan with our comments - thanks for sending it.

Med venlig hilsen
Mikkel
""" + sig("Mikkel Jensen", "Supply Chain Manager", "Nørgaard Basics ApS, Aarhus", "+45 86 12 40 77")
_p46_att = docx_bytes([
    ("h1", "Anatolia Triko - Capacity plan NB-S310"),
    ("p", "Customer: Nørgaard Basics ApS    Prepared: 02/05/2024    Comments in brackets by M. Jensen"),
    ("table", [["Month", "Pcs", "Line", "Comment"],
               ["June", "600", "L3", "[ok]"],
               ["July", "600", "L3", ""],
               ["August", "600", "L3", "[holiday week 31]"],
               ["September", "600", "L3", ""],
               ["Oct-Nov (re-order option)", "2,400", "L3 + L4", ""],
               ["Season total incl. re-order option", "4,800", "", ""]]),
    ("sp",),
    ("p", "Fabric: 320 gsm loopback, 80% organic cotton / 20% recycled polyester, dyed at Ören Boya."),
], author="Anatolia Triko")
case("p46_call_off_with_capacity_plan", ["RG001"],
     "call-off for 600 of 2,400 holds the 1,800 correctly, but the attached capacity plan shows a 2,400 re-order and 4,800 season total with nothing saying informational",
     [("Call-off_1_NB-BL-2408.eml", eml_bytes(mail(
         "Mikkel Jensen <mj@norgaardbasics.dk>", "Hakan Demir <hakan@anatoliatriko.com.tr>",
         "Call-off 1 - NB-BL-2408 / NB-S310", "Wed, 15 May 2024 10:02:00 +0200", _p46_text,
         attachments=[("Capacity_plan_NB-S310_comments.docx", _p46_att, DOCX_MT)])))])

# ---------------------------------------------------------------- p47
_p47_orig = """Dear Selin,

PO AK-0442 attached: 4 PP pcs of the "Cairn" cable cardigan, one per colour. The 1,400 bulk is not
released; it needs our PP sign-off and then a written production release from me, Fiona Baird,
Head of Sourcing. Yarn for the PP only please.

Best,
Fiona
"""
_p47_selin = """Dear Fiona,

PP comments all corrected: neck rib now 2x2, sleeve +1 cm, buttons moved 0.5 cm inwards. Photos
of the 4 pcs attached, courier leaves Monday. Please advise.

Best regards,
Selin Öztürk
Uşak Triko San. Tic. A.Ş.

On 24 April 2024, Fiona Baird wrote:
""" + quote(_p47_orig)
_p47_text = """Hi Selin,

Thanks - that all looks right from the photos, all comments addressed. You have the green light
from my side.

Fiona

Fiona Baird | Head of Sourcing | Ashdown Knitwear Ltd | 14 Great King Street, Edinburgh EH3 6QN

On 10 May 2024, Selin Öztürk wrote:
""" + quote(_p47_selin) + "\n"
case("p47_green_light_from_my_side", ["RG002"],
     "named release person answers the PP correction photos with an unscoped 'you have the green light'",
     [("RE_RE_PO_AK-0442_Cairn_PP.eml", eml_bytes(mail(
         "Fiona Baird <fiona.baird@ashdownknitwear.co.uk>", "Selin Öztürk <selin@usaktriko.com.tr>",
         "RE: RE: PO AK-0442 Cairn PP", "Fri, 10 May 2024 17:48:00 +0100", _p47_text)))])

# ---------------------------------------------------------------- p48
_p48_text = """Hi Linh,

Lab dips (L2, all four colours) and the strike-offs for the "Aspen" print look great. Proceed.

Thanks!
Cedar & Pine Product Team
Cedar & Pine Outfitters | 1550 Wynkoop St, Denver, CO 80202

On Mon, May 6, 2024, Linh Nguyen <linh@saigonthread.vn> wrote:
> Dear team,
> Please see photos of lab dips L2 (Sage, Rust, Slate, Natural) and strike-off SO-2 for the Aspen
> print attached. Physical swatches by DHL 4471 2290 18.
>
> Also for your reference your PO note:
>> PO CP-4410 covers 12 PP/SMS pcs. The 2,200 pcs bulk is not released and stays on hold until PP
>> sign-off; bulk needs a separate written release from our side.
>
> Best regards, Linh Nguyen - Saigon Thread Garment Co.
"""
case("p48_lab_dips_look_great_proceed", ["RG002", "RG005"],
     "unscoped 'Proceed.' after lab dips and strike-offs; the quoted PO hold names an unlock event but only 'our side' as release authority",
     [("RE_Aspen_lab_dips_strike-offs.eml", eml_bytes(mail(
         "Cedar & Pine Product <product@cedarandpine.com>", "Linh Nguyen <linh@saigonthread.vn>",
         "RE: Aspen lab dips L2 + strike-off SO-2", "Tue, 07 May 2024 09:30:00 -0600", _p48_text,
         html=txt2html(_p48_text))))])

# ---------------------------------------------------------------- p49
_p49 = chat([
    ("29/04/2024, 09:05:12", "Chloe Hart", "Morning Sofia! PO WM-0219 is in your inbox - 6 PP samples of the Coast cardigan (2 per colour).\nBulk 1,200 on hold till further notice 🙏"),
    ("29/04/2024, 09:30:44", "Sofia Ribeiro - Confeções Ribeira", "Bom dia Chloe, recebido! PP seguem sexta-feira."),
    ("03/05/2024, 16:12:09", "Sofia Ribeiro - Confeções Ribeira", "PP enviados hoje pela UPS 1Z 9W2 R81 04 5512 7730"),
    ("08/05/2024, 10:02:55", "Sofia Ribeiro - Confeções Ribeira", "Chloe, os PP chegaram? Está tudo ok? Podemos avançar?"),
    ("08/05/2024, 11:47:21", "Chloe Hart", "Yes all fine, good to run! x"),
    ("08/05/2024, 11:50:03", "Sofia Ribeiro - Confeções Ribeira", "Obrigada Chloe 😊"),
])
case("p49_pt_chat_good_to_run", ["RG002", "RG004", "RG005"],
     "buyer answers 'podemos avançar?' with an unscoped 'good to run'; the bulk hold is 'till further notice' with no event and no release person",
     [("WhatsApp Chat with Sofia Ribeiro.txt", _p49)])
# =================================================================== CLEAN
# ---------------------------------------------------------------- c01
_c01 = pdf([
    ("h1", "MALHAS CÁVADO, LDA."),
    ("p", "Rua da Indústria 221, 4750-314 Barcelos, Portugal - NIF 507 118 640"),
    ("h", "Orçamento / Quotation MC-Q-24-052"),
    ("table", [["Customer", "Article", "Date", "Valid"],
               ["Mørk Copenhagen ApS", "'Vesterbro' organic tee, 180 gsm single jersey, GOTS", "15/04/2024", "45 days"]]),
    ("sp",),
    ("table", [["Stage", "Quantity", "Price EUR/pc", "Lead time", "Note"],
               ["SMS", "48 pcs", "19,50", "3 weeks", "sizes XS-XL, 4 colours"],
               ["Bulk", "3.700 pcs", "8,90", "60 days", "quantity basis: forecast (Mørk planning, March 2024)"]]),
    ("sp",),
    ("h", "Conditions"),
    ("p", "Bulk lead time is counted from your written production release. Neither this quotation, "
          "a purchase order nor a deposit starts bulk production."),
    ("p", "Yarn and fabric for bulk are bought only against a written material authority from Mørk "
          "Copenhagen stating the quantity covered."),
    ("p", "Price basis: FCA Barcelos. Tolerance +/-3% per colour. Colour fastness to ISO 105-C06."),
    ("sp",),
    ("p", "Rui Almeida - Comercial - rui.almeida@malhascavado.pt"),
], title="MC-Q-24-052", author="Malhas Cavado")
case("c01_quote_two_tiers_forecast_basis", [],
     "supplier quote with SMS and bulk tiers (bulk labelled forecast basis); no authorization in the bundle and it says deposit/PO do not start bulk",
     [("Orcamento_MC-Q-24-052.pdf", _c01)])

# ---------------------------------------------------------------- c02
_c02 = chat([
    ("02/05/2024, 10:11:40", "Rakib Hasan - Padma Knitwear", "Good morning madam. PP 6 pcs for style HR-AW24-081 sent yesterday by DHL 3390 1182 75"),
    ("02/05/2024, 10:12:05", "Rakib Hasan - Padma Knitwear", "Madam one question, do we have go-ahead for bulk 1,800 or still waiting? Our knitting floor planning is asking"),
    ("02/05/2024, 11:30:27", "Olivia Grant (Halden & Rowe)", "Morning Rakib. Not yet. PO HR-45230 is for the 6 PP pcs only.\nThe 1,800 is on hold until we've signed off the PP, and then you'll get a written release from me (Olivia Grant, Production Director).\nPlease don't start knitting or buy bulk yarn before that - if the floor needs a slot, tell me which week and I'll see what we can do."),
    ("02/05/2024, 11:34:51", "Rakib Hasan - Padma Knitwear", "Understood madam, we will wait for your written release. Week 22 or 23 slot we can hold without yarn"),
    ("02/05/2024, 11:36:02", "Olivia Grant (Halden & Rowe)", "Thanks, PP fitting is Tuesday, I'll update you Wednesday"),
])
case("c02_supplier_asks_go_ahead", [],
     "supplier asks whether bulk may start; buyer answers with the active 6 PP, the 1,800 on hold, PP sign-off and her written release",
     [("WhatsApp Chat - Rakib Padma.txt", _c02)])

# ---------------------------------------------------------------- c03
_c03 = html_page("Strand & Söner - Rolling forecast", """
<h2>Strand &amp; Söner &mdash; Rolling forecast SS25 (v2, 6 May 2024)</h2>
<p class="note"><b>FORECAST &mdash; NOT AN ORDER.</b> This forecast gives no production authority and no material
authority. Firm quantities exist only on a numbered PO, and production starts only on a written
production release from Erik Strand, COO.</p>
<table>
<tr><th>Style</th><th>Description</th><th>Jan</th><th>Feb</th><th>Mar</th><th>Total (forecast)</th></tr>
<tr><td>SS-K101</td><td>Cotton-cashmere crew</td><td>1,200</td><td>1,000</td><td>800</td><td>3,000</td></tr>
<tr><td>SS-K115</td><td>Half-zip</td><td>600</td><td>600</td><td>400</td><td>1,600</td></tr>
<tr><td>SS-W204</td><td>Oxford shirt</td><td>1,500</td><td>1,200</td><td>900</td><td>3,600</td></tr>
</table>
<p>Questions on this forecast: planning@strandsoner.se. Next update: 3 June 2024.</p>
""")
case("c03_labelled_rolling_forecast", [],
     "rolling forecast clearly labelled not an order, no production or material authority",
     [("Strand_Soner_SS25_v2.html", _c03)])

# ---------------------------------------------------------------- c04
_c04 = docx_bytes([
    ("h1", "Atelier Ottavia Bruni - Fit Comments"),
    ("table", [["Style", "Sample", "Qty", "PO", "Factory", "Fitting date"],
               ["OB-A24-07 wool crepe blazer", "Fit sample, 1st", "2 pcs", "OB-2024-118 (sample)", "Uşak Triko San. Tic. A.Ş.", "06/05/2024"]]),
    ("sp",),
    ("h", "Fit comments (size 42)"),
    ("table", [["POM", "Spec cm", "Measured", "Correction"],
               ["Shoulder width", "39.0", "39.8", "-0.8"],
               ["Back length CB", "68.0", "68.0", "ok"],
               ["Sleeve length", "61.0", "60.2", "+0.8"],
               ["Waist 1/2", "44.0", "44.5", "ok within tol."]]),
    ("sp",),
    ("h", "Status"),
    ("p", "Fit sample (2 pcs) approved for fit check only, with the corrections above; production not released."),
    ("p", "Next step: PP sample (2 pcs, PO OB-2024-118 line 2). The bulk of 1,800 pcs stays on hold until the PP "
          "sample is signed off and Marco Neri, Responsabile Acquisti, sends a written production release."),
    ("p", "Material authority: sample-only. Do not book bulk wool crepe yet."),
    ("p", "Fitted by: Irene Galli (modellista). Comments sent to factory: 07/05/2024."),
], author="Atelier Ottavia Bruni")
case("c04_fit_approved_for_fit_only", [],
     "fit sample approved for fit check only, production not released; bulk 1,800 held until PP sign-off and a named person's written release",
     [("Fit_comments_OB-A24-07.docx", _c04)])

# ---------------------------------------------------------------- c05
_c05 = pdf([
    ("h1", "HARLOW BASICS INC. - PURCHASE ORDER 4410145"),
    ("p", "Harlow Basics Inc., 68 Jay Street, Suite 510, Brooklyn, NY 11201"),
    ("table", [["Vendor", "PO date", "Ex-factory", "Terms"],
               ["Mekong Apparel Co., Ltd., Phnom Penh", "05/06/2024", "08/16/2024", "FOB Sihanoukville, net 60 after B/L"]]),
    ("sp",),
    ("table", [["Line", "Style", "Colour", "S", "M", "L", "XL", "Total", "Unit"],
               ["1", "HB-T101 heavyweight tee", "Bone", "200", "400", "400", "200", "1,200", "$6.85"],
               ["2", "HB-T101 heavyweight tee", "Faded black", "200", "400", "400", "200", "1,200", "$6.85"],
               ["", "", "", "", "", "", "Total", "2,400", "$16,440.00"]]),
    ("sp",),
    ("p", "PP sample signed off 04/29/2024 (ref. PP-HB-T101-2). Please proceed with the 2,400 pcs. This PO "
          "is the complete order for this style: there is no balance and no further quantity to follow."),
    ("p", "Packing: 24 pcs per carton, solid colour / solid size. Carton marks per Harlow routing guide v5."),
    ("p", "Dana Whitfield, VP Production"),
], pagesize=LETTER, title="PO 4410145", author="Harlow Basics")
case("c05_full_po_proceed_2400", [],
     "full-quantity PO for 2,400 pcs with 'proceed with the 2,400 pcs' and explicitly no balance",
     [("PO_4410145_HB-T101.pdf", _c05)])

# ---------------------------------------------------------------- c06
_c06 = """TÊXTEIS DOURO, LDA                                   CALL-OFF / CHAMADA DE ENTREGA
Cliente / Customer : OLMO KIDS S.L., Valencia              Printed: 09/05/2024 14:20
Blanket PO         : OK-BL-24-03   Style OK-T020 kids tee 150 gsm, 4 colours
=============================================================================================
Blanket quantity (commercial cover)          4.000 pcs
Call-off 1 (12/03/2024)                        800 pcs   delivered
CALL-OFF 2 - RELEASED NOW                      800 pcs   delivery DAP Valencia 21/06/2024
Remaining blanket quantity                   2.400 pcs   ON HOLD - not released
---------------------------------------------------------------------------------------------
UNLOCK      : remaining quantity is released only by call-off 3, in writing, signed by
              Laura Sanz (Jefa de Compras, Olmo Kids).
MATERIAL AUTHORITY: STAGED - supplier may buy fabric and trims for up to 2.000 pcs in total
              (call-offs 1-2 plus 400 pcs ahead) at buyer's liability, ref. MA-07 signed
              Laura Sanz 02/05/2024. Material beyond 2.000 pcs is at supplier's risk.
---------------------------------------------------------------------------------------------
Colour         2-3A  4-5A  6-7A  8-9A   Qty call-off 2
Blanco          40    60    60    40        200
Azul marino     40    60    60    40        200
Amarillo        40    60    60    40        200
Verde agua      40    60    60    40        200
                                          -----
TOTAL                                       800
=============================================================================================
Labels: EN 14682 compliant, composition per Reg. (EU) 1007/2011.   Page 1/1
"""
case("c06_call_off_staged_material_authority", [],
     "call-off releases 800 pcs, holds 2,400 until call-off 3 by a named person; explicit staged material authority for 2,000 pcs",
     [("Call-off_2_OK-BL-24-03.txt", _c06)])

# ---------------------------------------------------------------- c07
_c07 = pdf([
    ("h1", "Fjällgren AB - Auto-conversion agreement AC-03"),
    ("p", "Götgatan 78, 118 30 Stockholm, Sweden"),
    ("p", "PO FJ-7902 - style STORM-JK padded jacket - order quantity 3,000 pcs - supplier Confeções Ribeira Lda., Guimarães"),
    ("p", "Stockholm, 2 May 2024"),
    ("h", "What is active now"),
    ("p", "PO FJ-7902 line 10 covers 4 PP samples. Nothing else is released today."),
    ("h", "Recorded auto-conversion"),
    ("p", "If the PP sample receives an approved sample sign-off from Fjällgren QA (Petra Ek, QA Manager) "
          "on or before 14 June 2024, that sign-off releases 1,000 pcs of the 3,000 pcs order for "
          "production by itself, without a further letter. An interim or rejected sign-off releases "
          "nothing."),
    ("p", "The remaining 2,000 pcs stay on hold until a separate written production release signed by "
          "Karin Lund, Supply Chain Manager."),
    ("p", "Material authority: fabric and trims for the 4 PP samples now; for 1,000 pcs from the date of "
          "an approved PP sample sign-off."),
    ("sp",),
    ("table", [["Signed for Fjällgren AB", "Acknowledged for Confeções Ribeira"],
               ["Karin Lund, Supply Chain Manager, 02/05/2024", "Ricardo Sousa, Director, 03/05/2024"]]),
], title="AC-03", author="Fjallgren AB")
case("c07_explicit_auto_conversion", [],
     "explicit recorded auto-conversion naming the quantity (1,000), the signer, the condition and the deadline; rest held for a named person",
     [("AC-03_FJ-7902.pdf", _c07)])

# ---------------------------------------------------------------- c08
_c08_old = mail("Emre Kaya <emre@trakyakonf.com.tr>", "Julien Moreau <j.moreau@maisonlefevre.fr>",
                "Offer Veste Anouk AW23", "Tue, 14 Mar 2023 11:20:00 +0300",
                """Dear Julien,

As discussed, our offer for the Veste Anouk (wool blend, lined):
  5,000 pcs - EUR 24.10 / pc FCA Çorlu
Lead time 75 days. Fabric from Yünsa.

Best regards,
Emre Kaya - Trakya Konfeksiyon
""", msgid="<offer-anouk-2023@trakyakonf.com.tr>")
_c08_text = """Bonjour Emre,

For the new Anouk jacket (ML-A24-040) I am forwarding your 2023 offer below, for price reference
only: its 5,000 pcs figure is informational and is not released.

This order: PO 882310 covers 20 SMS pcs only. The 2,000 pcs bulk is on hold until we sign off the
SMS and I send a written production release (Julien Moreau, Directeur Production). Material: SMS
only.

Please send your updated price for 2,000 pcs by Friday.

Cordialement,
Julien
""" + sig("Julien Moreau", "Directeur Production", "Maison Lefèvre SAS, Lyon", "+33 4 78 42 10 66")
case("c08_forward_old_quote_informational", [],
     "forwarded 2023 offer (message/rfc822) with 5,000 pcs declared informational; PO for 20 SMS with hold, event and named person",
     [("Fwd_Offer_Veste_Anouk.eml", eml_bytes(mail(
         "Julien Moreau <j.moreau@maisonlefevre.fr>", "Emre Kaya <emre@trakyakonf.com.tr>",
         "Fwd: Offer Veste Anouk AW23 - new PO 882310", "Mon, 06 May 2024 10:40:00 +0200", _c08_text,
         attachments=[("rfc822", _c08_old)])))])

# ---------------------------------------------------------------- c09
_c09_sokha = """Dear Rachel,

PP 8 pcs will reach you on Thursday. To save time, after PP approval we will start bulk 2,500
directly, so the September ETD is safe.

Best regards,
Sokha Chan - Angkor Garment Co.
"""
_c09_text = """Sokha,

Please don't. PP sign-off does not release bulk.

PO CP-5120 is for the 8 PP pcs only. The 2,500 stays on hold until (1) we sign off the PP and
(2) you receive a written production release from me, Rachel Kim. Until then, no bulk fabric
beyond the PP yardage. If September gets tight we will talk about it, not assume it.

I'll send PP comments within 3 working days of receipt.

Thanks,
Rachel
""" + sig("Rachel Kim", "Sourcing Director", "Cedar & Pine Outfitters, Denver CO", "+1 303 555 0182") + \
"\nOn Mon, May 13, 2024, Sokha Chan <sokha@angkorgarment.com.kh> wrote:\n" + quote(_c09_sokha) + "\n"
case("c09_buyer_corrects_auto_conversion", [],
     "quoted supplier plan to start bulk on PP approval is corrected by the buyer: 8 PP only, 2,500 held, PP sign-off plus her written release",
     [("RE_CP-5120_PP_timing.eml", eml_bytes(mail(
         "Rachel Kim <rachel.kim@cedarandpine.com>", "Sokha Chan <sokha@angkorgarment.com.kh>",
         "RE: CP-5120 PP timing", "Mon, 13 May 2024 15:02:00 -0600", _c09_text)))])

# ---------------------------------------------------------------- c10
_c10_buyer = """Hi Faisal,

PO PD-2260 covers 20 SMS pcs of the "Chamberí" straight jean. The 2,000 pcs bulk is on hold until
our SMS sign-off and my written production release (Javier Ortega, Director de Producción).
Accounts will wire the 30% deposit against PI IDM-2260 this week, as per the payment terms.

Saludos,
Javier
"""
_c10_text = """Dear Javier,

Deposit of USD 8,400.00 received today with thanks.

Please note: the deposit does not release production. We will make the 20 SMS pcs now and wait for
your written production release for the 2,000 pcs after your SMS sign-off. No bulk fabric will be
cut or bought until then.

SMS courier planned 24 May.

Warm regards,
Faisal Qureshi
Indus Denim Mills (Pvt) Ltd, Karachi

On 15 May 2024, at 10:05, Javier Ortega <javier.ortega@pardodenim.es> wrote:
""" + quote(_c10_buyer) + "\n"
case("c10_deposit_does_not_release", [],
     "supplier confirms the deposit does not release production; quoted buyer scope has SMS qty, hold, event and named person",
     [("RE_PD-2260_Chamberi.eml", eml_bytes(mail(
         "Faisal Qureshi <faisal@indusdenim.com.pk>", "Javier Ortega <javier.ortega@pardodenim.es>",
         "RE: PD-2260 Chamberí - deposit", "Thu, 16 May 2024 13:10:00 +0500", _c10_text,
         html=txt2html(_c10_text))))])
# ---------------------------------------------------------------- c11
_c11_buyer = """Dear Ms. Akter,

PO LS-0977 for the "Hamn" quilted liner: fifteen (15) PP samples, 5 per colour. The 2,100 pcs bulk
is not released; it will be released only in writing by me after PP sign-off. Fabric and trims for
the PP samples only.

Best regards,
Johan Berg
Production Lead, Lindqvist Studio AB
"""
_c11_text = """Dear Mr. Johan,

Please find our signed acknowledgement of PO LS-0977 attached.

We will make 15 PP samples (5 per colour) and ship them by 31 May. Bulk 2,100 pcs is on hold; we
will not cut or book bulk fabric until your written production release after PP sign-off.

Thanks & regards,
Shirin Akter
Ananta Garments Ltd., Dhaka

-----Original Message-----
From: Johan Berg <johan.berg@lindqviststudio.se>
Sent: 8 May 2024 09:40
Subject: PO LS-0977 Hamn liner PP

""" + quote(_c11_buyer) + "\n"
_c11_ack = pdf([
    ("h1", "ANANTA GARMENTS LTD - ORDER ACKNOWLEDGEMENT"),
    ("p", "Mirpur DOHS, Dhaka 1216, Bangladesh"),
    ("table", [["Customer", "PO", "Style", "Date"],
               ["Lindqvist Studio AB, Malmö", "LS-0977", "'Hamn' quilted liner", "09/05/2024"]]),
    ("sp",),
    ("table", [["Scope", "Qty", "Status"],
               ["PP samples (5 per colour: black, moss, sand)", "15 pcs", "Active - ship by 31/05/2024"],
               ["Bulk", "2,100 pcs", "Not released - on hold"]]),
    ("sp",),
    ("p", "We acknowledge the scope as written by the buyer: the 2,100 pcs bulk is released only by a "
          "written production release from Johan Berg after PP sign-off. Material: PP samples only."),
    ("p", "For Ananta Garments Ltd: Shirin Akter, Merchandiser - signed 09/05/2024"),
], title="Acknowledgement LS-0977", author="Ananta Garments")
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement (mail + PDF) restates 15 PP active and the 2,100 bulk held for the named buyer's written release",
     [("RE_PO_LS-0977_acknowledgement.eml", eml_bytes(mail(
         "Shirin Akter <shirin@anantagarments.com>", "Johan Berg <johan.berg@lindqviststudio.se>",
         "RE: PO LS-0977 Hamn liner PP - acknowledgement", "Thu, 09 May 2024 11:15:00 +0600", _c11_text,
         attachments=[("Acknowledgement_LS-0977.pdf", _c11_ack, PDF_MT)])))])

# ---------------------------------------------------------------- c12
_c12 = """GREYFRIARS CLOTHING LTD                                            PURCHASE ORDER
Unit 4 Ancoats Works, Manchester M4 6DE                 PO No.: GF-PO-2400     Page 1/1
============================================================================================
Supplier : RAVI KNITWEAR (PVT) LTD, 22 km Ferozepur Road, Lahore          Vendor 1500-88
Date     : 09/05/2024        Buyer: Sophie Clarke        Currency: USD      HS 6110.20.00
============================================================================================
Ln  Style     Description                                  Qty   Scope    Unit    Amount
--  --------  -------------------------------------------  ----  -------  ------  -------
01  GF-1500   Crew sweat 300 GSM loopback, Pantone          12   SAMPLE   14.20   170.40
              19-4052 TCX / 18-1664 TCX, tech pack
              TP-4800 v2, BOM 2400-A
============================================================================================
SCOPE NOTE
 Active now: 12 PP samples (sizes S-XL, 2 colours).
 Bulk 1,200 pcs: NOT RELEASED. On hold until PP sign-off and a written production release
 from Sophie Clarke, Buying Manager.
 Material authority: PP samples only.
--------------------------------------------------------------------------------------------
COMPLIANCE
 Care labels to ISO 3758:2012 symbols. Drawcords: none (EN 14682:2014 not applicable).
 Oeko-Tex Standard 100 certificate 21.HTR.1200 to be valid at shipment.
 Inspection: AQL 2.5 major / 4.0 minor to ISO 2859-1.
 Cartons: 600 x 400 x 300 mm, max 15 kg, 5-ply.
============================================================================================
"""
case("c12_erp_po_lookalike_numbers", [],
     "sample PO for 12 with hold, unlock event and named person; many identifiers look like quantities (1500, 2400, 4800, 1200 cert, ISO/EN norms)",
     [("GF-PO-2400.txt", _c12)])

# ---------------------------------------------------------------- c13
_c13 = docx_bytes([
    ("h1", "TRAMUNTANA MODA S.L. - PEDIDO DE COMPRA / PURCHASE ORDER TM-0812"),
    ("p", "Carrer de Sant Magí 31, 07013 Palma - CIF B57123456"),
    ("p", "Proveedor / Supplier: Atlas Confection SARL, Zone Franche d'Exportation, Lot 117, Tanger, Maroc"),
    ("p", "Fecha / Date: 10/05/2024    Entrega / Delivery: DAP Palma, 05/07/2024    Pago / Payment: 60 días neto"),
    ("table", [
        ["Ref.", "Descripción", "Color", "XS", "S", "M", "L", "XL", "Total"],
        ["TM-V80", "Vestido camisero popelín", "Blanco", "40", "120", "160", "200", "80", "600"],
        ["TM-V80", "Vestido camisero popelín", "Azul cielo", "40", "120", "160", "200", "80", "600"],
        ["", "", "", "", "", "", "", "Total", "1.200"],
    ]),
    ("sp",),
    ("p", "Este pedido es el pedido completo: 1.200 piezas, sin saldo pendiente. / This PO is the complete "
          "order: 1,200 pcs, no balance."),
    ("p", "Production of the 1,200 pcs is released with this PO (PP signed off 26/04/2024, ref. PP-TM-V80-2)."),
    ("p", "Etiquetado: composición según Reglamento (UE) 1007/2011; etiquetas de cuidado ISO 3758."),
    ("p", "Pau Serra - Jefe de Producción"),
], author="Tramuntana Moda")
case("c13_full_po_docx_no_balance", [],
     "full-quantity PO (1.200 pcs, size table) that states no balance and releases the 1,200 after PP sign-off",
     [("PO_TM-0812_TM-V80.docx", _c13)])

# ---------------------------------------------------------------- c14
_c14 = chat([
    ("07/05/2024, 09:02:17", "Carmen Vidal (Lúa)", "Buenos días Rafiq! PO 24-0533 covers 6 PP pcs of the 'Orzán' shirt jacket (2 per colour)."),
    ("07/05/2024, 09:03:40", "Carmen Vidal (Lúa)", "The 2,000 pcs bulk stays on hold until we sign off the PP and I send you the written production release myself.\nMaterial authority: you may book greige for up to 1,000 pcs at our liability (staged). Anything above that is at your risk. Cutting is not released."),
    ("07/05/2024, 11:20:05", "Rafiqul Islam - Karnaphuli", "Dear Carmen, noted. We book greige for 1,000 pcs only with Paramount, no dyeing before your release"),
    ("07/05/2024, 11:21:48", "Rafiqul Islam - Karnaphuli", "PP ready 20 May"),
    ("07/05/2024, 11:40:13", "Carmen Vidal (Lúa)", "Perfecto, gracias 🙏"),
])
case("c14_staged_greige_authority_chat", [],
     "6 PP active, 2,000 held until PP sign-off and Carmen's written release; explicit staged material authority for greige up to 1,000 pcs",
     [("WhatsApp Chat with Carmen Vidal Lua.txt", _c14)])

# ---------------------------------------------------------------- c15
_c15 = html_page("Centric PLM - Colour & print tracker VR-S25-051", """
<h2>Maison Verlaine &mdash; VR-S25-051 robe imprimée &laquo;Lambersart&raquo;</h2>
<p>Vendor: Anatolia Triko San. Tic. Ltd. Şti. &nbsp;|&nbsp; SMS PO 77455: 40 pcs (active) &nbsp;|&nbsp;
Bulk 2,800 pcs: not released &mdash; released only by a written production release from Camille Roy
(Responsable Sourcing) after SMS sign-off. Material authority: SMS only.</p>
<table>
<tr><th>Submit</th><th>Type</th><th>Colour / print</th><th>Result</th><th>Date</th><th>Comment</th></tr>
<tr><td>L1</td><td>Lab dip</td><td>Bleu Roubaix</td><td>Rejected</td><td>12/04</td><td>too green under D65</td></tr>
<tr><td>L2</td><td>Lab dip</td><td>Bleu Roubaix</td><td>Approved for colour only</td><td>24/04</td><td>bulk dyeing not released</td></tr>
<tr><td>S1</td><td>Strike-off</td><td>Print &laquo;Fleurs de lin&raquo; 4 screens</td><td>Approved for print only</td><td>29/04</td><td>registration ok; bulk printing not released</td></tr>
<tr><td>SMS</td><td>Salesman sample</td><td>40 pcs</td><td>In work</td><td>&mdash;</td><td>due Roubaix 31/05</td></tr>
</table>
<p><small>Export 07/05/2024 &mdash; Centric PLM</small></p>
""", lang="fr")
case("c15_colour_tracker_scoped_approvals", [],
     "lab dip and strike-off approved for colour/print only with bulk dyeing/printing not released; SMS 40 active, bulk held for named release",
     [("VR-S25-051_colour_print_tracker.html", _c15)])

# ---------------------------------------------------------------- c16
_c16_text = """Dear Mai,

Production release PR-TW-07 for PO TW-30240, style TW-S25-215 "Ridgeline" fleece.

Released now: 1,200 pcs of the 3,600 pcs on the PO (size split as per the PO, first delivery
window, ex-factory 26 July).

The remaining 2,400 pcs stay on hold. They will be released only after the TOP sample sign-off, by
a second written production release from me.

Material authority: fabric and trims for the released 1,200 pcs only.

Thanks for the quick turnaround on the PP corrections.

Best,
Megan
""" + sig("Megan Carter", "Director of Production", "Tidewater Apparel Inc., 2100 NW Front Ave, Portland, OR 97209", "+1 503 555 0166")
case("c16_partial_release_1200_of_3600", [],
     "written production release for 1,200 of 3,600 with balance held until TOP sign-off and a second release by the named sender; material matched",
     [("PR-TW-07_Ridgeline.eml", eml_bytes(mail(
         "Megan Carter <megan.carter@tidewaterapparel.com>", "Tran Thi Mai <mai.tran@hoabinhgarment.vn>",
         "Production release PR-TW-07 - PO TW-30240 Ridgeline", "Fri, 17 May 2024 08:30:00 -0700",
         _c16_text, html=txt2html(_c16_text), cc="QA Tidewater <qa@tidewaterapparel.com>")))])

# ---------------------------------------------------------------- c17
_c17 = pdf([
    ("h1", "CASA ORSINI S.r.l. - STOP NOTICE SN-02"),
    ("p", "Via dei Serragli 58, 50124 Firenze"),
    ("p", "To: Ege Örme Tekstil San. ve Tic. A.Ş., İzmir - attn. Mehmet Yılmaz"),
    ("p", "PO 4500-7790 - style CO-M118 merino polo - order quantity 1,800 pcs. Firenze, 21 May 2024."),
    ("h", "Stop"),
    ("p", "With immediate effect nothing more may start on this order. Released to date: 600 pcs "
          "(production release PR-11 of 6 May). Authorised now: 0 further pcs. Pieces of the 600 not "
          "yet knitted must not be started."),
    ("p", "Reason: shade deviation on Blu notte found at the in-line inspection of 20 May (report IL-0520)."),
    ("h", "How the stop is lifted"),
    ("p", "The remaining 1,200 pcs stay on hold. The stop is lifted only by a written release signed by "
          "Marco Bianchi, Direttore Acquisti, after the corrected shade sample is signed off."),
    ("p", "Material: do not buy further yarn; keep yarn already received for the 600 pcs quarantined."),
    ("sp",),
    ("p", "Marco Bianchi - Direttore Acquisti - m.bianchi@casaorsini.it"),
], title="SN-02", author="Casa Orsini")
case("c17_stop_notice_zero_authorised", [],
     "stop notice: 0 further pcs authorised, 1,200 held, lifted by a named person's written release after corrected shade sign-off",
     [("SN-02_PO_4500-7790.pdf", _c17)])

# ---------------------------------------------------------------- c18
_c18 = html_page("Meghna Knit - Order status Pennant & Co", """
<h2>MEGHNA KNIT COMPOSITE LTD &mdash; Order status for Pennant &amp; Co. Ltd</h2>
<p>Prepared by: Shahidul Karim, GM Merchandising &nbsp;|&nbsp; Date: 14-May-2024</p>
<table>
<tr><th>Style</th><th>PO</th><th>Active quantity</th><th>Status</th><th>Bulk</th><th>Fabric</th></tr>
<tr><td>Harbour rugby shirt</td><td>PN-6618</td><td>30 SMS pcs</td><td>Shipped 13-May, DHL 6650 2291 40</td>
<td>3,000 pcs &mdash; not released; waiting for your SMS sign-off and the written production release from Mr. Tom Hughes</td>
<td>SMS yardage only; no bulk knitting or dyeing booked</td></tr>
<tr><td>Quay polo</td><td>PN-6621</td><td>12 fit pcs</td><td>In sewing, ship 21-May</td>
<td>Not released</td><td>Fit yardage only</td></tr>
</table>
<p class="note">We will keep knitting slots in week 25&ndash;26 open for Harbour without yarn commitment.
Please let us know if the SMS sign-off date changes.</p>
""")
case("c18_supplier_status_restates_hold", [],
     "supplier status report: SMS active, bulk not released pending sign-off and a named person's written release, no bulk material",
     [("Order_status_Pennant_14May.html", _c18)])

# ---------------------------------------------------------------- c19
_c19 = docx_bytes([
    ("h1", "BRUMA - Production Release / Üretim Onayı PR-BR-3402"),
    ("p", "Bruma Barcelona S.L., c/ Pujades 77, 08005 Barcelona"),
    ("p", "To: Trakya Konfeksiyon San. A.Ş. - Emre Kaya. Date: 23/05/2024"),
    ("table", [["PO", "Style", "Order qty", "Released now", "Balance"],
               ["BR-3402", "'Sa Riera' linen trouser", "1,500 pcs", "1,500 pcs (full order)", "none"]]),
    ("sp",),
    ("p", "Following the PP sample sign-off of 22/05/2024, this release covers the full order of 1,500 pcs. "
          "No balance remains on PO BR-3402 and no further quantities are planned."),
    ("p", "TOP samples: please send 2 pcs per colour taken from the first bulk bundles, before packing. "
          "Lütfen her renkten 2 adet TOP numunesi gönderin."),
    ("p", "Material authority: fabric and trims for the 1,500 pcs."),
    ("p", "Signed: Núria Puig, Production Manager. Teşekkürler!"),
], author="Bruma")
case("c19_full_release_top_request", [],
     "written production release of the full 1,500-pc order (no balance) with a TOP sample request, Turkish mixed in",
     [("PR-BR-3402_Sa_Riera.docx", _c19)])

# ---------------------------------------------------------------- c20
_c20 = docx_bytes([
    ("h1", "TECELAGEM DO MINHO, S.A. - Booking confirmation TM-BK-24-0311"),
    ("p", "Rua de Fafe 1180, 4810-225 Guimarães, Portugal"),
    ("p", "Customer: Mørk Copenhagen ApS, via Malhas Cávado Lda. (garment maker). Date: 13/05/2024"),
    ("table", [["Article", "Description", "Booked", "Covers", "Authority"],
               ["TM-ORG-180", "Organic jersey 180 g/m², GOTS, dyed", "2.000 m", "1.000 pcs", "MA-12 (staged)"]]),
    ("sp",),
    ("p", "This booking is made under material authority MA-12 issued by Mette Holm, Production Manager, "
          "Mørk Copenhagen, on 10/05/2024: staged up to 1.000 pcs of fabric at the buyer's liability. "
          "Nothing beyond 1.000 pcs is booked."),
    ("p", "Garment production of the 'Vesterbro' tee (order 3.700 pcs) is not released; the buyer "
          "releases it in writing after SMS sign-off. This booking does not change that."),
    ("p", "Dyeing slot: week 23. Shade: per signed lab dips LD-1 to LD-4."),
    ("p", "Luísa Carvalho - Customer Service"),
], author="Tecelagem do Minho")
case("c20_booking_within_staged_authority", [],
     "fabric booking for 1.000 pcs made under an explicit staged material authority; garment production stated as not released",
     [("Booking_TM-BK-24-0311.docx", _c20)])

# ---------------------------------------------------------------- c21
_c21_orig = mail("Julien Moreau <j.moreau@maisonlefevre.fr>", "Shamim Ahmed <shamim@deltasourcing.com.bd>",
                 "PO 881450 - ML-W24-130 parka SMS", "Thu, 02 May 2024 17:10:00 +0200",
                 """Bonjour Shamim,

Please pass PO 881450 to Rupsha: 20 SMS pcs of the ML-W24-130 parka (sizes 36-44, khaki and navy).

The bulk of 4,000 pcs is not released. It stays on hold until the SMS are signed off in Lyon and I
send a written production release (Julien Moreau, Directeur Production). Fabric and trims: SMS only.

Merci,
Julien
""", msgid="<po-881450@maisonlefevre.fr>")
_c21_text = """Dear Mr. Alam,

Please see the buyer's PO instruction below (forwarded as received). Only the 20 SMS pcs are to be
made now; the 4,000 pcs bulk is on hold as Julien writes.

SMS due in Lyon 31 May, so ex-Dhaka by 24 May latest. Please share the fabric test report (ISO
13934-1 tensile, ISO 12945-2 pilling) with the SMS.

Thanks,
Shamim Ahmed
Delta Sourcing Ltd. | House 27, Road 11, Banani, Dhaka 1213 | +880 1713 044 221
"""
case("c21_agent_forwards_po_scope", [],
     "agent forwards (message/rfc822) the buyer's PO: 20 SMS active, 4,000 held until SMS sign-off and a named person's written release",
     [("Fwd_PO_881450_parka_SMS.eml", eml_bytes(mail(
         "Shamim Ahmed <shamim@deltasourcing.com.bd>", "Mahbub Alam <alam@rupsha-apparels.com>",
         "Fwd: PO 881450 - ML-W24-130 parka SMS", "Fri, 03 May 2024 10:20:00 +0600", _c21_text,
         attachments=[("rfc822", _c21_orig)])))])

# ---------------------------------------------------------------- c22
_c22 = chat([
    ("10/05/2024 08:40", "Maya Lopez (Juniper Lane)", "Linh, just to be super clear before the weekend: we're NOT giving the green light for bulk yet.\nPO JL-7731 is only the 12 SMS pcs. Do not start the rest of the 2,400 - it stays on hold until we've signed off the SMS and I send the written production release (Maya Lopez, Director of Production)."),
    ("10/05/2024 08:52", "Linh Nguyen - Saigon Thread", "Dear Maya, understood. Only 12 SMS. Bulk no start, no fabric"),
    ("10/05/2024 08:53", "Linh Nguyen - Saigon Thread", "SMS finish Tuesday, DHL Wednesday"),
    ("10/05/2024 09:05", "Maya Lopez (Juniper Lane)", "great, thank you! have a good weekend"),
], fmt="wc")
case("c22_not_giving_green_light", [],
     "negated 'NOT giving the green light for bulk'; 12 SMS active, 2,400 held until SMS sign-off and the named sender's written release",
     [("Zalo_Maya_Linh_JL-7731.txt", _c22)])

# ---------------------------------------------------------------- c23
_c23 = pdf([
    ("h1", "Sable & Finch - PO Detail (Bamboo Rose export)"),
    ("p", "PO SF-20455 | Vendor: Hoi An Leather Co., Ltd., Điện Bàn, Quảng Nam, Vietnam | Issued 05/09/2024"),
    ("table", [["Line", "Item", "Description", "Qty", "Scope", "Status"],
               ["1", "SF-CR-02", "'Crosby' crossbody, saffiano, SMS", "30", "sample", "Active"],
               ["2", "SF-CR-02", "'Crosby' crossbody, saffiano, production", "3,000", "production",
                "NOT RELEASED - on hold until SMS sign-off; written production release by Priya Nair, VP Production"]]),
    ("sp",),
    ("p", "Line 2 gives commercial cover only. Material authority: SMS only; leather for line 2 is not "
          "authorised until the written production release."),
    ("p", "Hardware: light gold, per HW card HW-F24. Dust bag and care card per packing manual PM-3."),
], pagesize=LETTER, title="PO SF-20455", author="Sable & Finch")
case("c23_plm_export_production_line_on_hold", [],
     "PO export with a 30-pc sample line active and a 3,000-pc production line marked not released with event and named release person",
     [("PO_SF-20455_Crosby.pdf", _c23)])

# ---------------------------------------------------------------- c24
_c24_text = """Hi Serkan,

PP sample for NV-2291 "Fjellstue" overshirt: interim sign-off.

The garment is fine except the zip garage at the chest pocket, which needs to be 2 mm deeper.
Under this interim sign-off we release 300 pcs of the 2,000 pcs on PO NV-2291, valid until 30 June;
please correct the zip garage from the first piece.

The 1,700 balance stays on hold until the corrected PP sample gets a full sign-off and I send you
a written production release (Ingrid Solberg, Head of Sourcing).

Material authority: fabric and trims for the 300 pcs; no further bulk fabric before the next
release.

Best,
Ingrid
""" + sig("Ingrid Solberg", "Head of Sourcing", "Nordvik Outdoor AS, Torggata 9, 0181 Oslo", "+47 22 40 18 90")
case("c24_interim_signoff_300_of_2000", [],
     "interim PP sign-off releases 300 of 2,000 with a date limit; 1,700 held until full sign-off and the named sender's written release",
     [("NV-2291_Fjellstue_PP.eml", eml_bytes(mail(
         "Ingrid Solberg <ingrid.solberg@nordvik.no>", "Serkan Aydın <serkan@mertermoda.com.tr>",
         "NV-2291 Fjellstue - PP interim sign-off", "Wed, 15 May 2024 12:00:00 +0200", _c24_text)))])

# ---------------------------------------------------------------- c25
_c25_po = """OAKHILL FOOTWEAR LTD                                           PURCHASE ORDER OF-3350
12 St Michael's Road, Northampton NN1 3JU                        Date 07/05/2024
==========================================================================================
Supplier: CALÇADO VALE DO SOUSA, LDA., Felgueiras, Portugal
------------------------------------------------------------------------------------------
Line  Style             Description                            Pairs  Scope    EUR/pair
1     OH-LF07 'Tring'   Suede loafer, SMS, UK 6-11                24  SAMPLE      52.00
------------------------------------------------------------------------------------------
SCOPE: this PO covers the 24 SMS pairs only. The bulk of 1,800 pairs is NOT RELEASED.
It is released only after SMS sign-off, by a written production release from James
Whitaker, Head of Sourcing. The production tier in your attached quotation VS-24-0402 is
informational only.
MATERIAL AUTHORITY: sample-only (suede and soles for 24 pairs).
==========================================================================================
"""
_c25_q = pdf([
    ("h1", "CALÇADO VALE DO SOUSA, LDA. - Quotation VS-24-0402"),
    ("p", "Customer: Oakhill Footwear Ltd - 'Tring' suede loafer, Blake construction"),
    ("table", [["Stage", "Quantity", "EUR/pair", "Lead time"],
               ["SMS", "24 pairs", "52.00", "4 weeks"],
               ["Production (indicative)", "1,800 pairs", "33.40", "90 days from written production release"]]),
    ("sp",),
    ("p", "Production quantity is indicative, based on the customer's forecast. Paulo Mendes, Comercial."),
], title="VS-24-0402", author="Calcado Vale do Sousa")
_c25_ack = """Dear James,

We acknowledge PO OF-3350: 24 SMS pairs of the 'Tring' loafer, ready 7 June. The 1,800 pairs bulk is
not released and we will wait for your written production release after the SMS sign-off. Suede
and soles for the 24 pairs only.

Cumprimentos,
Paulo Mendes
Calçado Vale do Sousa, Lda.
"""
case("c25_po_quote_ack_bundle", [],
     "folder: SMS PO with hold/event/named person, quote whose 1,800 tier is declared informational, supplier ack restating the scope",
     [("PO_OF-3350_Tring.txt", _c25_po), ("VS-24-0402_quotation.pdf", _c25_q),
      ("Ack_PO_OF-3350.eml", eml_bytes(mail(
          "Paulo Mendes <paulo.mendes@valedosousa.pt>", "James Whitaker <james.whitaker@oakhillfootwear.co.uk>",
          "Acknowledgement PO OF-3350 Tring SMS", "Thu, 09 May 2024 09:45:00 +0100", _c25_ack)))])


# =================================================================== BUILD
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def _formats(files):
    """Return the set of formats in a case, counting email attachments too."""
    fmts = set()
    for fn, data in files:
        ext = fn.rsplit(".", 1)[-1].lower()
        fmts.add(ext)
        if ext == "eml":
            from email import message_from_bytes
            msg = message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                f = part.get_filename()
                if f:
                    fmts.add(f.rsplit(".", 1)[-1].lower())
    return fmts


def main():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(3636).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h36_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                with open(p, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(data)
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")

    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  "
          f"multi-rule {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(r, sum(1 for c in CASES if r in c["expect"]))
    top = {}
    contains = {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            top[ext] = top.get(ext, 0) + 1
        for f in _formats(c["files"]):
            contains[f] = contains.get(f, 0) + 1
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(contains.items())))
    print("multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
