#!/usr/bin/env python3
"""Generator for the releasegate check_holdout86 corpus (contract office furniture and seating).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout86/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Descriptive case names (c.. = clean, p.. = with risks) appear only in this file; the folders
on disk are named h86_NN_<first-file-stem> in shuffled order.
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
from email.utils import format_datetime
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
SEED = 8686
PREFIX = "h86"


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (pdf, docx_bytes, html_page, mail, eml_bytes, sig: copied from check_holdout3/build.py,
#  with the Message-ID / boundary tag changed to h86)
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


_pdf_copied = pdf
_FOLD_SPECIAL = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "ø": "o"}


def _fold_text(s):
    """The standard PDF fonts only cover cp1252; fold other letters (Lithuanian, Turkish, Polish)
    to plain ASCII as many ERP/PDF generators do, instead of printing black boxes."""
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            ch = _FOLD_SPECIAL.get(ch, ch)
            ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(ch)
    return "".join(out)


def _fold_block(b):
    if b[0] == "table":
        return ("table", [[_fold_text(str(c)) for c in r] for r in b[1]])
    return tuple([b[0]] + [_fold_text(x) if isinstance(x, str) else x for x in b[1:]])


def pdf(blocks, **kw):  # noqa: F811  (wraps the copied renderer above)
    return _pdf_copied([_fold_block(b) for b in blocks], **kw)


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


# ----------------------------------------------------------------- small local helpers
def dt(y, mo, d, h, mi, tz_hours=0, tz_minutes=0):
    """RFC 5322 date string with a fixed offset (deterministic)."""
    tz = _dt.timezone(_dt.timedelta(hours=tz_hours, minutes=tz_minutes))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def sig_plain(*lines):
    """Signature without the long disclaimer (many real senders have none)."""
    return "\n-- \n" + "\n".join(lines) + "\n"


def quote_block(text):
    """Prefix every line with '> ' as a mail client does in a reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """Very small text -> HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def blocks_to_text(blocks):
    """Used only for sanity checks / grepping during authoring."""
    out = []
    for b in blocks:
        if b[0] == "table":
            for r in b[1]:
                out.append(" | ".join(str(c) for c in r))
        elif len(b) > 1:
            out.append(str(b[1]))
    return "\n".join(out)


# =================================================================== CASES
# Conventions: check_holdout3/README.md "Conventions applied" 1-15. Interpretation notes used
# throughout this file:
#  * The hold on the balance counts as "said" only when an authorizing document states that the
#    balance / remaining / production quantity is not released, on hold, or must not be started.
#    Sentences that only describe how or by whom production will be released later count as the
#    unlock event / release authority, not as the hold.
#  * "only" after a sample quantity is not used in the RG003-positive cases, so that no label
#    hinges on whether "only" implies a hold.

# ------------------------------------------------------------------ batch 1

# c01: supplier quote with prototype / showroom-sample / production tiers. Not an authorization.
case("c01_quote_tiers_foshan", [],
     "supplier quotation with prototype, sample and production tiers; no authorized quantity, no authority claimed",
     [("Quotation_FL-Q24-0118.pdf", pdf([
         ("h1", "FOSHAN LIANHE FURNITURE CO., LTD."),
         ("p", "No. 18 Longjiang Industrial Avenue, Shunde District, Foshan, Guangdong 528318, China  "
               "Tel +86 757 2338 0118  sales@lianhe-furniture.cn"),
         ("h", "QUOTATION No. FL-Q24-0118"),
         ("p", "Date: 2024-04-22    Valid: 30 days    To: Halden Workplace Ltd, Manchester M1 3BN, UK    "
               "Attn: Ms Priya Nair, Procurement Manager"),
         ("p", "Project: Northwind Bank, Spinningfields - floors 3 to 6 (task seating)"),
         ("p", "Model LH-A680 mesh task chair: synchro mechanism with 4-position lock, seat slide 50 mm, "
               "4D armrest, adjustable lumbar, nylon 5-star base 680 mm, 60 mm PU castors for hard floor. "
               "Seat fabric grade B (Camira Era) or COM fabric (customer supplies 0.9 m per chair, "
               "+USD 6.00 labour). Tested to EN 1335-1:2020 and BIFMA X5.1-2017 (SGS report SHIN-2311-0680)."),
         ("table", [
             ["Stage", "Quantity", "Unit price (USD, FOB Shunde)", "Lead time"],
             ["Prototype", "2 pcs", "185.00", "15 days"],
             ["Showroom sample", "12 pcs", "142.00", "25 days"],
             ["Production (MOQ)", "480 pcs", "96.50", "35 days after your written production release"],
             ["Price break", "1,000 pcs", "91.00", "45 days after your written production release"],
         ]),
         ("sp",),
         ("p", "Remarks: production quantities above are shown for pricing only. This quotation is not an "
               "order confirmation and we do not schedule anything from it."),
         ("p", "Packing: 1 chair per 5-ply carton, knock-down, 40HQ loads approx. 420 chairs."),
         ("p", "Payment: 30% T/T with order, balance against copy B/L. Incoterms 2020 FOB Shunde/Foshan."),
         ("p", "Kevin Liang, Export Sales Manager, +86 138 2299 0118"),
     ], title="Quotation FL-Q24-0118", author="Kevin Liang"))])

# c02: supplier question about the balance; restates that the balance is on hold. Not an authorization.
case("c02_supplier_question_balance", [],
     "supplier asks about sign-off date and restates that the 156 are on hold; a question authorizes nothing",
     [("RE_PO_4500018877_sample_desks.eml", eml_bytes(mail(
         "Piotr Nowak <p.nowak@meblotek.pl>",
         "Jens Albrecht <jens.albrecht@rheinwerk-fs.de>",
         "PO 4500018877 - sample desks delivered / status of pos. 20",
         dt(2024, 5, 16, 14, 41, 2),
         "Dear Mr Albrecht,\n\n"
         "the 4 sample sit-stand desks (PO 4500018877, pos. 10) were delivered to your mock-up floor in "
         "Eschborn on Tuesday, the POD is signed by your colleague Mr Krüger. Two desks have the cable "
         "tray on the left as requested, two on the right.\n\n"
         "For our capacity planning in June a question: as we understand, the remaining 156 desks "
         "(pos. 20) are still on hold and not released until your revised PO after the sample sign-off. "
         "Is there already a date for the sign-off meeting? We will not order the frames from our "
         "supplier in Bydgoszcz before we have your revised PO.\n\n"
         "If you need the veneer samples in Eiche natur and Eiche geräuchert again for the client, "
         "please tell me, we can send by courier.\n\n"
         "Best regards / Mit freundlichen Grüßen\n"
         + sig("Piotr Nowak", "Key Account Manager DACH", "Meblotek Sp. z o.o., ul. Przemysłowa 48, 61-541 Poznań",
               "+48 61 555 0148"),
         attachments=[("WZ_24-05-0412_delivery_note.txt",
                       "MEBLOTEK SP. Z O.O. - WZ / DELIVERY NOTE 24/05/0412\n"
                       "Customer: Rheinwerk Facility Services GmbH, Eschborn mock-up floor\n"
                       "Customer PO: 4500018877 pos. 10\n"
                       "------------------------------------------------------------\n"
                       "RW-ST-1600-800  sample sit-stand desk, oak veneer   4 pcs\n"
                       "------------------------------------------------------------\n"
                       "Delivered 14.05.2024 10:40, received by: Krueger (signature on file)\n"
                       "Carrier: Raben Logistics, consignment RB-555-0412\n",
                       "text/plain")])))])

# c03: labelled forecast (German facilities ERP printout). Not an authorization.
case("c03_forecast_printout", [],
     "clearly labelled forecast, non-binding, no production or material authority",
     [("BEDARFSVORSCHAU_2024Q3-2025Q2.txt",
       "RHEINWERK FACILITY SERVICES GMBH                         Druckdatum: 06.05.2024\n"
       "Einkauf Arbeitsplatzausstattung                         Seite 1 / 1\n"
       "\n"
       "BEDARFSVORSCHAU / DEMAND FORECAST             Lieferant: 700412 MEBLOTEK SP. Z O.O.\n"
       "==========================================================================\n"
       "*** NUR VORSCHAU - KEINE BESTELLUNG / FORECAST ONLY - NOT AN ORDER ***\n"
       "*** KEINE FERTIGUNGS- ODER MATERIALFREIGABE / NO PRODUCTION OR MATERIAL AUTHORITY ***\n"
       "==========================================================================\n"
       "Periode  Artikel          Bezeichnung                        Menge  Basis\n"
       "-------  ---------------  ---------------------------------  -----  --------\n"
       "Q3/2024  RW-ST-1600-800   Steh-Sitz-Tisch 1600x800 Eiche       120  Prognose\n"
       "Q4/2024  RW-ST-1600-800   Steh-Sitz-Tisch 1600x800 Eiche       180  Prognose\n"
       "Q4/2024  RW-CAB-1200      Hochschrank 1200x420x1980             60  Prognose\n"
       "Q1/2025  RW-ST-1800-800   Steh-Sitz-Tisch 1800x800 Eiche        90  Prognose\n"
       "Q2/2025  RW-ST-1600-800   Steh-Sitz-Tisch 1600x800 Eiche       150  Prognose\n"
       "-------  ---------------  ---------------------------------  -----  --------\n"
       "Summe / total (Prognose)                                      600\n"
       "\n"
       "Hinweis / note:\n"
       "  Die Mengen sind unverbindliche Planungszahlen fuer Ihre Kapazitaetsplanung.\n"
       "  Quantities are non-binding planning figures for your capacity planning.\n"
       "  Bestellungen nur per Bestellung (PO); Fertigung nur nach schriftlicher\n"
       "  Fertigungsfreigabe je Bestellung. Kein Material auf unser Risiko.\n"
       "  Orders only by PO; production only after a written production release per\n"
       "  PO. No material at our risk.\n"
       "\n"
       "Ansprechpartner: Jens Albrecht, Einkauf, +49 69 555 0177, jens.albrecht@rheinwerk-fs.de\n")])

# c04: scoped sample sign-off by the buyer, with hold, unlock event, named person. multipart/alternative.
_c04 = ("Hi Lily,\n\n"
        "Thanks a million for the dozen prototype Aria task chairs - they landed in Dublin on Monday in "
        "good order, not a scuff on them. Ciarán and the client's facilities team have been sitting in "
        "them all week on the mock-up floor in Sandyford.\n\n"
        "Sign-off for ergonomics, fit and finish is given for the 12 prototypes and for nothing else. "
        "The Camira Era seat fabric (colour CSE34 Ocean) matches the swatch we picked, and the armrest "
        "wobble from the first video is gone.\n\n"
        "To be clear on where we stand: production is not released. The balance of 468 chairs stays "
        "on hold until the EN 1335 test report is in and I send you PO 24-1187 Rev 2. That revised PO, "
        "signed by me, is the only document that releases the balance. Nothing further to build in the "
        "meantime: authorized to date are the 12 prototypes and nothing more, and please don't buy mesh "
        "or bases for the 468 yet.\n\n"
        "I'll ring you Thursday about the carton labels.\n\n"
        "Go raibh maith agat,\nNiamh\n")
case("c04_scoped_signoff_dublin", [],
     "sign-off scoped to the 12 prototypes; 468 on hold until revised PO signed by Niamh Kehoe",
     [("PO_24-1187_prototype_signoff.eml", eml_bytes(mail(
         "Niamh Kehoe <niamh.kehoe@byrnekehoe.ie>",
         "Lily Wu <lily.wu@hengtai-seating.com>",
         "PO 24-1187 - prototype chairs: sign-off for fit and finish",
         dt(2024, 6, 12, 11, 5, 1),
         _c04 + sig("Niamh Kehoe", "Purchasing Manager", "Byrne & Kehoe Office Interiors Ltd, Dublin 18",
                    "+353 1 555 0142"),
         html=simple_html(_c04),
         cc="Ciarán Byrne <ciaran@byrnekehoe.ie>")))])

# c05: full-quantity PO, "proceed" scoped by quantity, no balance.
case("c05_full_qty_po_acoustic", [],
     "full-quantity PO for 64 panels; 'proceed' names the quantity; no balance, nothing to hold",
     [("HW-PO-3318.pdf", pdf([
         ("h1", "HALDEN WORKPLACE LTD - PURCHASE ORDER"),
         ("p", "Halden Workplace Ltd, 14 Tariff Street, Manchester M1 2FF, United Kingdom. VAT GB 555 0183 21"),
         ("table", [
             ["PO number", "HW-PO-3318"],
             ["Date", "07 May 2024"],
             ["Supplier", "Baltic Acoustics UAB, Pramonės pr. 16, LT-51329 Kaunas, Lithuania"],
             ["Project", "Northwind Bank, Spinningfields - Floor 5 meeting rooms"],
             ["Delivery", "DAP Manchester, week 27/2024, tail-lift vehicle, booking 24h ahead"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
             ["1", "BA-F-1200-600-24", "PET felt wall panel 1200 x 600 x 24 mm, Anthracite (close to RAL 7016), "
                                       "bevelled edge, Class B-s1,d0", "64", "58.00", "3,712.00"],
             ["2", "BA-MK-02", "Z-clip mounting kit", "64", "4.20", "268.80"],
             ["", "", "", "", "Net", "3,980.80"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers the full requirement for Floor 5. Please proceed with the full "
               "quantity of sixty-four (64) panels and 64 mounting kits. There is no sample stage on this "
               "order and no further quantity will follow under it."),
         ("p", "Panels to be packed 8 per carton, face-to-face with slip sheets. Label each carton with "
               "room number per the attached schedule reference NB-F5-AC Rev 3."),
         ("p", "Terms: 30 days end of month. Our standard terms of purchase (HW-T&C-2023) apply."),
         ("p", "Issued by: Tom Ashworth, Purchasing, tom.ashworth@haldenworkplace.co.uk, +44 161 555 0190"),
     ], title="HW-PO-3318", author="Tom Ashworth"))])

# c06: call-off with explicit staged material authority above the released quantity (HTML).
case("c06_calloff_staged_material", [],
     "call-off releases 60; explicit staged material authority up to 300 at buyer liability; 240 not released; next call-off by Grace Lim",
     [("CO-02_MF-PO-7720.html", html_page("Call-off CO-02 / PO MF-PO-7720", """
<h2>Meridian Fit-Out Pte Ltd &mdash; Call-off CO-02</h2>
<p>71 Ayer Rajah Crescent #05-12, Singapore 139951 &middot; GST Reg M2-0555019-7</p>
<table>
<tr><th>Against PO</th><td>MF-PO-7720 (task chairs, Marina One L5&ndash;L9, client: Straits Capital)</td></tr>
<tr><th>Supplier</th><td>Anji Hengtai Seating Co., Ltd, Anji, Zhejiang</td></tr>
<tr><th>Date</th><td>20 May 2024</td></tr>
<tr><th>Model</th><td>HT-M21 mesh task chair, grey frame, fabric grade 2 (Kvadrat Remix 3 col. 0173)</td></tr>
</table>
<h3>Quantities</h3>
<table>
<tr><th>Level</th><th>Chairs</th><th>Status</th><th>Delivery</th></tr>
<tr><td>L5</td><td>60</td><td>Released by this call-off</td><td>ETA Singapore 22 Jul 2024</td></tr>
<tr><td>L6&ndash;L9</td><td>240</td><td>Not released &mdash; on hold</td><td>per later call-offs</td></tr>
</table>
<div class="note">
<p><b>Production authority:</b> 60 chairs (Level 5). Do not assemble chairs beyond these 60.</p>
<p><b>Material authority (staged):</b> you may purchase mesh, bases and mechanisms for up to
300 chairs at Meridian's liability, to protect the mesh dye lot. This is material authority only;
it does not release production of the 240.</p>
<p><b>Unlock:</b> call-off CO-03 (Level 6) will be issued by Grace Lim, Procurement Lead, after the
Level 5 snag list is signed off on site. Each further level follows the same way.</p>
</div>
<p>Chairs to EN 1335-1:2020, castors for hard floor. Carton marking: project, level, zone.</p>
<p>Grace Lim &middot; Procurement Lead &middot; +65 6555 0172 &middot; grace.lim@meridian-fitout.sg</p>
"""))])

# c07: explicit recorded auto-conversion (DOCX with table).
case("c07_auto_conversion_record", [],
     "explicit recorded auto-conversion: quantity 180, signer Faisal Qureshi, conditions; 4 samples active, 180 not released until then",
     [("Auto-conversion_record_AN-24-0931.docx", docx_bytes([
         ("h1", "Al Noor Interiors LLC - Record of Agreement"),
         ("p", "Subject: PO AN-24-0931, task chair TC-90 (high back, black mesh) - recorded auto-conversion"),
         ("p", "Parties: Al Noor Interiors LLC, Office 1405, Churchill Tower, Business Bay, Dubai, UAE "
               "(buyer) and Ergon Mobilya A.Ş., Organize Sanayi Bölgesi 12. Cadde No: 7, Kayseri, Türkiye "
               "(supplier)."),
         ("table", [
             ["PO line", "Description", "Qty", "Status today"],
             ["1", "TC-90 sample chairs for client mock-up, DIFC Gate Avenue, Level 2", "4", "Active - to be built now"],
             ["2", "TC-90 production chairs", "180", "Not released - on hold"],
         ]),
         ("sp",),
         ("h", "Recorded auto-conversion"),
         ("p", "Both parties agree and record the following: upon written sample sign-off by Faisal Qureshi, "
               "Project Manager, Al Noor Interiors LLC, the balance of 180 TC-90 chairs (PO line 2) is released "
               "for production automatically, without a further PO or release notice."),
         ("p", "Conditions of the sign-off: (a) sent by e-mail from faisal.q@alnoor-interiors.ae and naming "
               "PO AN-24-0931; (b) covering mechanism, foam density and mesh colour against spec TC-90 Rev B; "
               "(c) BIFMA X5.1 test report for TC-90 received by Al Noor beforehand."),
         ("p", "Until that sign-off is received, the 180 chairs are not released and no material for them may "
               "be bought. Material authority: sample-only (4 chairs)."),
         ("sp",),
         ("p", "Signed for Al Noor Interiors LLC: Rashid Al Mansoori, Procurement Manager, 14 May 2024"),
         ("p", "Signed for Ergon Mobilya A.Ş.: Emre Yıldız, Export Manager, 14 May 2024"),
     ], author="Rashid Al Mansoori"))])

# c08: forwarded old quote (rfc822) declared informational; current scope complete.
_c08_old = mail(
    "Kevin Liang <kevin@lianhe-furniture.cn>",
    "Priya Nair <priya.nair@haldenworkplace.co.uk>",
    "Quotation 2023 - LH-A680 frame agreement",
    dt(2023, 3, 9, 16, 20, 8),
    "Dear Priya,\n\nThank you for your inquiry. For the frame agreement 2023 please see our price:\n\n"
    "LH-A680 mesh task chair, grade B fabric seat, 4D arm: USD 88.00 / pc FOB Shunde\n"
    "Basis: 5,000 pcs annual volume.\n"
    "Arm pad: PU soft pad, 250 x 95 mm, black.\n\n"
    "Best regards,\nKevin Liang\nExport Sales Manager, Foshan Lianhe Furniture Co., Ltd.\n")
_c08 = ("Hi Kevin,\n\n"
        "Forwarding last year's quotation below for the arm pad spec only - the client wants the same "
        "250 x 95 mm soft pad as on the 2023 chairs.\n\n"
        "Please note that quotation, including the 5,000 pcs figure in it (a frame-agreement estimate "
        "for 2023), is for information only: it is not an order and nothing is released from it.\n\n"
        "Current position on PO HW-PO-3402:\n"
        "- authorized now: twenty (20) LH-A680 sample chairs for the Spinningfields mock-up floor\n"
        "- production balance: not released, on hold\n"
        "- the balance will be released only by a revised PO signed by me, after sample sign-off by "
        "Northwind Bank's workplace team\n"
        "- material: sample-only\n\n"
        "Shipping by air to MAN please, DAP, as per the PO.\n\n"
        "Kind regards,\nPriya\n")
case("c08_forward_old_quote_info", [],
     "forwarded 2023 quote (rfc822) with 5,000 pcs declared informational; 20 samples active, balance on hold until revised PO signed by Priya Nair after sign-off",
     [("FW_Quotation_2023_LH-A680.eml", eml_bytes(mail(
         "Priya Nair <priya.nair@haldenworkplace.co.uk>",
         "Kevin Liang <kevin@lianhe-furniture.cn>",
         "FW: Quotation 2023 - LH-A680 frame agreement (for info - arm pad spec)",
         dt(2024, 5, 9, 8, 47, 1),
         _c08 + sig("Priya Nair", "Procurement Manager", "Halden Workplace Ltd, Manchester", "+44 161 555 0188"),
         attachments=[("rfc822", _c08_old)])))])

# p01: bare sample PO with the production price/quantity from the quote, as PDF attached to an email.
_p01_pdf = pdf([
    ("h1", "KILBRIDE OFFICE SOLUTIONS"),
    ("p", "Unit 7, Galway Business Park, Dangan, Galway H91 X2T4, Ireland - VAT IE 5550193K"),
    ("h", "PURCHASE ORDER KOS-2406"),
    ("table", [
        ["Date", "Supplier", "Your ref."],
        ["21/05/2024", "Anji Hengtai Seating Co., Ltd, Tianhuangping Rd 88, Anji, Zhejiang", "Quote AH-Q-2406-31"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "AH-520", "Task chair, prototype build: black mesh back, grade 2 fabric seat (Gabriel Step col. 60999), "
                        "alu base, 2D arm", "8", "165.00", "1,320.00"],
        ["", "", "Air freight to Galway (DAP)", "1", "410.00", "410.00"],
        ["", "", "", "", "Total", "1,730.00"],
    ]),
    ("sp",),
    ("p", "Pricing per your quotation AH-Q-2406-31: production price EUR 98.00 per chair at 400 pcs, "
          "fabric grade 2, delivery CIF Dublin."),
    ("p", "Please confirm this order within 3 working days. Invoice to accounts@kilbrideoffice.ie quoting "
          "the PO number. Terms: 30 days from invoice."),
    ("p", "Declan Moran, Purchasing, +353 91 555 0133"),
], title="PO KOS-2406", author="Declan Moran")
case("p01_bare_sample_po_galway", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 8 prototypes shows the 400-pc production tier with no 'not released'; no hold, no unlock event, no release person",
     [("PO_KOS-2406.eml", eml_bytes(mail(
         "Declan Moran <declan@kilbrideoffice.ie>",
         "Jason Zhou <jason.zhou@hengtai-seating.com>",
         "PO KOS-2406 - prototype chairs",
         dt(2024, 5, 21, 15, 2, 1),
         "Hi Jason,\n\n"
         "Good to meet you at Orgatec. PO KOS-2406 attached for the prototype chairs as we discussed. "
         "Please send the order confirmation and the courier details once they're ready - the client "
         "in Athlone is keen to see them before the end of June.\n\n"
         "One thing: can the lumbar knob be the grey one from your catalogue p.14 rather than black?\n\n"
         "Thanks a million,\nDeclan\n"
         + sig_plain("Declan Moran", "Purchasing | Kilbride Office Solutions", "+353 91 555 0133"),
         attachments=[("PO_KOS-2406.pdf", _p01_pdf, PDF_MT)])))])

# p54: PDF PO with a 'quoted volumes' table showing 60 production units; no hold/event/person.
case("p54_po_quoted_volumes_leeds", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 booth sofas with a quoted-volumes table listing 60 production pcs, nothing says not released; no hold, event or release person",
     [("PWL-PO-55102.pdf", pdf([
         ("h1", "Pembroke Workspace Ltd"),
         ("p", "Aire Street Works, 3 Aire Street, Leeds LS1 4PR  |  +44 113 555 0121  |  buying@pembrokeworkspace.co.uk"),
         ("h", "Purchase Order PWL-PO-55102"),
         ("table", [
             ["Supplier", "Foshan Lianhe Furniture Co., Ltd., Shunde, Foshan"],
             ["Order date", "3 June 2024"],
             ["Delivery", "Samples by air, DAP Leeds, required by 5 July 2024"],
             ["Contact", "Joanne Firth, Buyer"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "LH-BS-1400", "High-back acoustic booth sofa, 2-seat, 1400 mm, COM fabric "
                                 "(Kvadrat Steelcut Trio 3 col. 0246 supplied by us)", "2", "1,240.00", "2,480.00"],
         ]),
         ("sp",),
         ("p", "Quoted volumes (your quotation FL-Q24-0207):"),
         ("table", [
             ["Stage", "Qty", "Unit USD"],
             ["Sample", "2", "1,240.00"],
             ["Production", "60", "735.00"],
         ]),
         ("sp",),
         ("p", "COM fabric: 2 x 9 m will be sent to your Shunde factory by DHL; tracking to follow."),
         ("p", "Please acknowledge by return. Our terms of purchase PWL-TP-04 apply. No substitutions of "
               "foam or frame material without written agreement."),
     ], title="PWL-PO-55102", author="Joanne Firth"))])

# p56: Gulf-English email PO for 2 prototypes naming the 84 production quantity "as per your offer".
case("p56_email_po_dubai_prototypes", ["RG001", "RG003", "RG004", "RG005"],
     "email PO for 2 prototype lounge chairs states 'production quantity is 84 nos'; no hold, no unlock event, no release person",
     [("PO_AN-24-1102_prototype_lounge.eml", eml_bytes(mail(
         "Rashid Al Mansoori <rashid@alnoor-interiors.ae>",
         "Emre Yildiz <emre.yildiz@ergonmobilya.com.tr>",
         "PO AN-24-1102 // Prototype lounge chair LC-220",
         dt(2024, 5, 27, 9, 34, 4),
         "Dear Emre,\n\n"
         "Greetings from Dubai and hope you are doing well.\n\n"
         "Further to our meeting at the showroom, kindly note our PO as below:\n\n"
         "PO No.: AN-24-1102\n"
         "Line 1 - Prototype lounge chair LC-220, walnut legs, COM fabric (Kvadrat Hallingdal 65 col. 0130), "
         "2 nos @ AED 2,150 = AED 4,300\n"
         "Delivery: by air to Al Noor warehouse, Al Quoz Ind. Area 3, before 20 June\n\n"
         "Production quantity is 84 nos as per your offer dated 2nd May.\n\n"
         "The COM fabric will be dispatched from our end by Aramex tomorrow, kindly confirm receipt.\n\n"
         "Kindly arrange the prototypes at the earliest and share the dispatch details.\n\n"
         "Thanks & Best Regards,\nRashid\n"
         + sig("Rashid Al Mansoori", "Procurement Manager", "Al Noor Interiors LLC, Business Bay, Dubai",
               "+971 4 555 0161"))))])

# p58: dealer-portal order page (HTML) for 6 showroom chairs with 'project quantity 240'.
case("p58_portal_order_showroom", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 6 showroom chairs shows project quantity 240 with no 'not released'; no hold, event or release person",
     [("portal_order_AFO-2317.html", html_page("Ardmore Fit-Out Supplier Portal - PO AFO-2317", """
<div style="background:#0b3d5c;color:#fff;padding:6px">Ardmore Fit-Out &middot; Supplier Portal &middot; logged in as: Meblotek Sp. z o.o.</div>
<h2>Purchase order AFO-2317</h2>
<table>
<tr><th>Status</th><td>Issued &ndash; awaiting supplier acknowledgement</td></tr>
<tr><th>Buyer</th><td>Aoife Daly, Commercial Manager, Ardmore Fit-Out Ltd, Little Island, Cork</td></tr>
<tr><th>Project</th><td>Lapps Quay HQ &ndash; floors 1&ndash;4 (client: Corrib Insurance DAC)</td></tr>
<tr><th>Project quantity</th><td>240 chairs</td></tr>
<tr><th>Issued</th><td>29/05/2024</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit &euro;</th><th>Need by</th></tr>
<tr><td>1</td><td>MB-KITE-01</td><td>Showroom chair Kite, oak frame, seat in fabric grade 3 (Camira Blazer CUZ1E)</td><td>6</td><td>214,00</td><td>28/06/2024</td></tr>
</table>
<p>Deliver to: Ardmore Fit-Out showroom, Unit 4, Eastgate Business Park, Little Island, Cork T45 K857.</p>
<p>Attachments: drawing MB-KITE-01 Rev 3 (PDF), fabric swatch card.</p>
<p style="font-size:11px;color:#666">Please acknowledge within 48 hours using the button above. Invoices via the portal only.</p>
"""))])

# p55: call-off 1 of a blanket PO for 320; never says the rest is not released.
case("p55_blanket_calloff_singapore", ["RG001", "RG003"],
     "call-off of 48 against a 320-pc blanket scheduled floor by floor; never says the other 272 are not released (next call-off and Grace Lim are named)",
     [("CallOff_01_MF-BPO-0520.docx", docx_bytes([
         ("h1", "Meridian Fit-Out Pte Ltd - Call-off Order"),
         ("p", "Call-off no. 01 against Blanket PO MF-BPO-0520"),
         ("p", "Supplier: Nusantara Woodcraft Sdn Bhd, Lot 2251, Jalan Perindustrian Bukit Pasir, 84300 Muar, Johor"),
         ("p", "Project: Marina One West Tower, Levels 3-9 (client: Straits Capital Pte Ltd)"),
         ("p", "Blanket PO MF-BPO-0520 covers 320 mobile pedestals for Levels 3 to 9, delivered floor by floor "
               "in line with the fit-out programme (rev. 7, attached to the blanket PO)."),
         ("table", [
             ["Level", "Item", "Description", "Qty", "Delivery"],
             ["L3", "MP-3D", "Mobile pedestal, 3 drawers, white oak laminate, central lock, 4 castors", "48",
              "12 Aug 2024, site loading bay B"],
         ]),
         ("sp",),
         ("p", "Grace Lim will issue call-off 02 after the Level 3 snag list is signed off."),
         ("p", "Packing: wrapped in PE foam, corner guards, max. 12 pedestals per pallet, pallet marked level/zone."),
         ("p", "Prices as per blanket PO (SGD 286.00 per pedestal, DDP Singapore)."),
         ("p", "Daryl Tan, Project Manager, Meridian Fit-Out Pte Ltd, +65 6555 0170"),
     ], author="Daryl Tan"))])

# p02: German ERP PO for sample cabinets: 4 on the line, 'fünf (5)' in the remark; bare sample PO.
case("p02_erp_po_sample_cabinets", ["RG003", "RG004", "RG005", "RG011"],
     "ERP sample PO: line says 4 cabinets, remark says five (5); no hold, no unlock event, no release person",
     [("Bestellung_24-70415.txt",
       "BUEROWELT SCHNEIDER GMBH . Landsberger Str. 312 . 80687 Muenchen\n"
       "Tel. +49 89 555 0114 . einkauf@buerowelt-schneider.de . USt-IdNr. DE555014412\n"
       "\n"
       "BESTELLUNG / PURCHASE ORDER                          Nr.     24-70415\n"
       "                                                     Datum   13.05.2024\n"
       "Lieferant / supplier: 70388                          Seite   1/1\n"
       "  MEBLOTEK SP. Z O.O.\n"
       "  UL. PRZEMYSLOWA 48\n"
       "  61-541 POZNAN, POLEN\n"
       "\n"
       "Lieferbedingung: DAP Muenchen (Incoterms 2020)     Zahlung: 30 Tage netto\n"
       "Lieferanschrift: Isar Rueck AG, Mock-up Flaeche 3. OG, Arnulfstr. 150, 80634 Muenchen\n"
       "\n"
       "Pos  Artikel        Bezeichnung / description              Menge ME     Preis EUR     Betrag EUR\n"
       "---- -------------- -------------------------------------- ----- --- ------------ -------------\n"
       "010  MT-CAB-1200    Hochschrank / tall cabinet                 4 Stk       389,00      1.556,00\n"
       "                    1200x420x1980, Korpus RAL 9016,\n"
       "                    Front Eiche natur, Griffleiste\n"
       "                    Muster / sample\n"
       "020  FRACHT         Fracht / freight                           1 psch      240,00        240,00\n"
       "---- -------------- -------------------------------------- ----- --- ------------ -------------\n"
       "                                                         Nettobetrag EUR       1.796,00\n"
       "                                                         MwSt 19 %               341,24\n"
       "                                                         Gesamt EUR            2.137,24\n"
       "\n"
       "Bemerkung / remarks:\n"
       "  Muster fuer die Mock-up Flaeche des Kunden Isar Rueck AG.\n"
       "  Bitte liefern Sie die fuenf (5) Musterschraenke bis KW 24 / please deliver\n"
       "  the five (5) sample cabinets by week 24.\n"
       "  Avis 24 h vorher an Herrn Bauer, +49 171 555 0129.\n"
       "\n"
       "Sachbearbeiter: K. Hofmann, Einkauf\n"
       "Es gelten unsere Einkaufsbedingungen (Stand 01/2023).\n")])

# p47: PDF PO: table 2 sample booths, text says three (3); balance on hold until further notice, MD named.
case("p47_po_booths_hold_no_event", ["RG004", "RG011"],
     "PO table says 2 sample booths, text says three (3); 14 on hold 'until further notice' with a named release authority but no unlock event",
     [("PO_BK-24-0562.pdf", pdf([
         ("h1", "Byrne & Kehoe Office Interiors Ltd"),
         ("p", "Unit 3, Sandyford Business Centre, Dublin 18, D18 C9K2  |  +353 1 555 0140  |  orders@byrnekehoe.ie"),
         ("h", "PURCHASE ORDER BK-24-0562"),
         ("table", [
             ["Supplier", "Silentia Pods UAB, Savanorių pr. 178, LT-03154 Vilnius"],
             ["Date", "04/06/2024"],
             ["Site", "Client mock-up floor, 2 Sir John Rogerson's Quay, Dublin 2"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "SP-1", "Single-person phone booth, oak veneer interior, felt colour Moss, "
                           "sample for client mock-up", "2", "6.480,00", "12.960,00"],
             ["2", "DEL-IE", "Delivery & installation, Dublin", "1", "1.150,00", "1.150,00"],
         ]),
         ("sp",),
         ("p", "This order is for three (3) sample booths for the client's mock-up floor."),
         ("p", "The remaining 14 booths for the project are on hold until further notice and are not released "
               "by this PO. Release authority for the balance: Ciarán Byrne, Managing Director."),
         ("p", "Booths must carry the acoustic test report (ISO 23351-1) and the EN 13501-1 fire classification "
               "for the felt. Access to site Mon-Fri 07:30-16:00, induction required."),
         ("p", "Issued by Niamh Kehoe, Purchasing Manager."),
     ], title="PO BK-24-0562", author="Niamh Kehoe"))])

# ------------------------------------------------------------------ batch 2

# c09: supplier message assuming auto-conversion, quoted under the buyer's correct reply.
_c09_q = ("Dear Daryl,\n\n"
          "Samples of the mobile pedestal MP-3D (3 drawers, white oak) will be ready this Friday, we send "
          "photos first. Once you approve the samples we will roll straight into the 312 pcs so we can meet "
          "your L3 handover in August.\n\n"
          "Regards,\nMei Ling Tan\nNusantara Woodcraft Sdn Bhd")
case("c09_quoted_assumption_corrected", [],
     "supplier's quoted auto-conversion assumption is corrected: 8 samples active, 312 on hold until revised PO from Daryl Tan after sign-off",
     [("RE_MP-3D_samples_Friday.eml", eml_bytes(mail(
         "Daryl Tan <daryl.tan@meridian-fitout.sg>",
         "Mei Ling Tan <meiling@nusantara-woodcraft.com.my>",
         "RE: MP-3D samples Friday",
         dt(2024, 6, 4, 18, 22, 8),
         "Hi Mei Ling,\n\n"
         "Thanks, good news on Friday - photos first is perfect.\n\n"
         "One correction though: sample sign-off does not release anything by itself. What is authorized "
         "now is the 8 sample pedestals on PO MF-PO-7811, nothing more. The 312 production pedestals are "
         "not released and stay on hold until you receive PO MF-PO-7811 Rev 1 from me, which I will issue "
         "after the sample sign-off with Straits Capital. Please don't cut board or order locks for them yet.\n\n"
         "I know August is tight. If it helps I can ask the client for the sign-off walk on 14 June.\n\n"
         "Cheers,\nDaryl\n"
         + sig_plain("Daryl Tan", "Project Manager, Meridian Fit-Out Pte Ltd", "+65 6555 0170")
         + "\nOn Tue, 4 Jun 2024 at 15:03, Mei Ling Tan <meiling@nusantara-woodcraft.com.my> wrote:\n"
         + quote_block(_c09_q) + "\n",
         in_reply_to="<h86-mp3d-0604@nusantara-woodcraft.com.my>")))])

# c10: supplier proforma: the deposit secures a slot and does not release production.
case("c10_proforma_deposit_not_release", [],
     "supplier proforma: deposit secures a production slot only and does not release production; production only on written release by Rashid Al Mansoori",
     [("Proforma_PI-2024-0457.pdf", pdf([
         ("h1", "ERGON MOBILYA A.Ş."),
         ("p", "Organize Sanayi Bölgesi 12. Cadde No: 7, 38070 Kayseri, Türkiye  -  Tel +90 352 555 0107  -  export@ergonmobilya.com.tr"),
         ("h", "PROFORMA INVOICE PI-2024-0457"),
         ("table", [
             ["Buyer", "Al Noor Interiors LLC, Business Bay, Dubai, UAE"],
             ["Your PO", "AN-24-1102"],
             ["Date", "03.06.2024"],
             ["Incoterms", "CIF Jebel Ali"],
         ]),
         ("sp",),
         ("table", [
             ["No", "Description", "Qty", "Unit AED", "Amount AED"],
             ["1", "Prototype lounge chair LC-220, walnut legs, COM fabric Kvadrat Hallingdal 65 col. 0130", "2", "2.150,00", "4.300,00"],
             ["2", "Air freight prototypes to Dubai", "1", "1.180,00", "1.180,00"],
             ["3", "Deposit 30% - production slot week 30 (84 pcs LC-220, see note)", "1", "19.656,00", "19.656,00"],
             ["", "", "", "Total AED", "25.136,00"],
         ]),
         ("sp",),
         ("p", "NOTE ON THE DEPOSIT: the 30% deposit secures a production slot in week 30 only. It does not "
               "release production. Production of the 84 lounge chairs starts only on Al Noor's written "
               "production release signed by Mr Rashid Al Mansoori. If no release is received by 15.07.2024 the "
               "slot lapses and the deposit is refunded or credited, as the buyer chooses."),
         ("p", "Bank: Türkiye İş Bankası, Kayseri Branch, IBAN TR55 0006 4000 0015 5500 0107 00, SWIFT ISBKTRIS."),
         ("p", "Selin Aydın, Export Department"),
     ], title="PI-2024-0457", author="Selin Aydin"))])

# c11: supplier acknowledgement restating the hold.
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates scope: 4 sample desks, 156 not released until revised PO from Jens Albrecht after sign-off, sample-only material",
     [("AB_PO_4500018877.eml", eml_bytes(mail(
         "Agnieszka Wiśniewska <a.wisniewska@meblotek.pl>",
         "Jens Albrecht <jens.albrecht@rheinwerk-fs.de>",
         "Auftragsbestätigung / order acknowledgement - PO 4500018877",
         dt(2024, 4, 29, 10, 12, 2),
         "Dear Mr Albrecht,\n\n"
         "thank you for your order. We acknowledge your PO 4500018877 dated 26.04.2024 as written:\n\n"
         "pos. 10 - 4 sample sit-stand desks RW-ST-1600-800, oak veneer top, frame RAL 9016, height range "
         "650-1300 mm: confirmed, delivery KW 20 to Eschborn mock-up floor.\n"
         "pos. 20 - 156 desks: not released, on hold.\n\n"
         "We understand that the 156 desks will be released only by a revised PO from you, Mr Jens Albrecht, "
         "after the sample sign-off on your mock-up floor, and that the material authority is sample-only. "
         "We will not purchase frames or tops for pos. 20 until then.\n\n"
         "Our order number: ZS/24/0611. Invoice address as per PO. Our acknowledgement form is attached.\n\n"
         "Kind regards\n"
         + sig("Agnieszka Wiśniewska", "Customer Service / Obsługa Klienta", "Meblotek Sp. z o.o., Poznań",
               "+48 61 555 0150"),
         html=simple_html("Dear Mr Albrecht,\n\nthank you for your order. We acknowledge your PO 4500018877 as "
                          "written: pos. 10 - 4 sample sit-stand desks, confirmed for KW 20; pos. 20 - 156 desks: "
                          "not released, on hold until your revised PO after the sample sign-off. We will not "
                          "purchase frames or tops for pos. 20 until then.\n\nKind regards\nAgnieszka Wiśniewska"),
         attachments=[("Potwierdzenie_ZS-24-0611.html", html_page("Meblotek - order acknowledgement ZS/24/0611", """
<h2>Meblotek Sp. z o.o. &mdash; Potwierdzenie zam&oacute;wienia / order acknowledgement ZS/24/0611</h2>
<p>Customer: Rheinwerk Facility Services GmbH &middot; Customer PO: 4500018877 of 26.04.2024</p>
<table>
<tr><th>Pos.</th><th>Article</th><th>Qty</th><th>Status</th><th>Delivery</th></tr>
<tr><td>10</td><td>RW-ST-1600-800 sample sit-stand desk</td><td>4</td><td>Confirmed</td><td>KW 20</td></tr>
<tr><td>20</td><td>RW-ST-1600-800 desk</td><td>156</td><td>Not released &ndash; on hold (revised PO from Mr Jens Albrecht after sample sign-off)</td><td>&ndash;</td></tr>
</table>
<p>Material for pos. 20: none purchased; material authority sample-only.</p>
"""), "text/html")])))])

# c12: complete sample PO as an ERP printout (Northwind Bank facilities).
case("c12_erp_po_complete_scope", [],
     "ERP sample PO: 24 chairs active, 1,176 not released, revised PO after sign-off signed by Helen Price, sample-only material",
     [("PO_4700-0480-12.txt",
       "NORTHWIND BANK PLC - CORPORATE REAL ESTATE & FACILITIES            PURCHASE ORDER\n"
       "1 HARDMAN BOULEVARD, MANCHESTER M3 3AQ                              PAGE 1 OF 1\n"
       "\n"
       "PO NUMBER   : 4700-0480-12                 PO DATE  : 08-MAY-2024\n"
       "VENDOR      : 110482 ANJI HENGTAI SEATING CO LTD\n"
       "              TIANHUANGPING RD 88, ANJI, ZHEJIANG 313300, CN\n"
       "BUYER       : S. OKAFOR (WORKPLACE PROCUREMENT)\n"
       "SHIP TO     : NWB SPINNINGFIELDS, LEVEL 4 MOCK-UP FLOOR, GOODS IN BAY 2\n"
       "INCOTERMS   : DAP MANCHESTER            PAY TERMS : NET 45\n"
       "\n"
       "LN  ITEM            DESCRIPTION                              QTY  UOM  UNIT GBP   SCOPE\n"
       "--  --------------  ---------------------------------------  ---  ---  --------   ------\n"
       "10  NWB-TC-1335     TASK CHAIR HT-M21, MESH BACK, EN 1335-1   24  EA     118.00   SAMPLE\n"
       "                    FABRIC GRADE 2 KVADRAT REMIX 3 COL 0173\n"
       "20  FRT-AIR         AIR FREIGHT TO MAN                         1  LOT    960.00   SAMPLE\n"
       "--  --------------  ---------------------------------------  ---  ---  --------   ------\n"
       "                                                             PO TOTAL GBP  3,792.00\n"
       "\n"
       "PO NOTE (SCOPE):\n"
       "  THIS PO AUTHORIZES 24 SAMPLE CHAIRS ONLY (LN 10).\n"
       "  PROJECT QTY 1,176 CHAIRS IS NOT RELEASED - BALANCE ON HOLD. THE PROJECT QTY IS A\n"
       "  FORECAST, NOT A FIRM ORDER.\n"
       "  THE BALANCE IS RELEASED ONLY BY A REVISED PO AFTER SAMPLE SIGN-OFF (EN 1335 TEST\n"
       "  REPORT + MOCK-UP FLOOR REVIEW), SIGNED BY HELEN PRICE, HEAD OF WORKPLACE.\n"
       "  MATERIAL AUTHORITY: SAMPLE-ONLY. DO NOT PURCHASE MESH, BASES OR MECHANISMS FOR\n"
       "  THE BALANCE.\n"
       "\n"
       "ALL INVOICES TO AP.FACILITIES@NORTHWINDBANK.CO.UK QUOTING PO NUMBER AND LINE.\n"
       "NWB SUPPLIER CODE OF CONDUCT V4.2 APPLIES. THIS IS A COMPUTER GENERATED DOCUMENT.\n")])

# c13: complete sample PO in DOCX with a table (Cork fit-out contractor -> Foshan).
case("c13_docx_po_bench_samples", [],
     "DOCX sample PO: 2 bench sets active, 38 not released until revised PO signed by Aoife Daly after client sign-off, sample-only material",
     [("PO_AFO-2291.docx", docx_bytes([
         ("h1", "Ardmore Fit-Out Ltd - Purchase Order AFO-2291"),
         ("p", "Unit 4, Eastgate Business Park, Little Island, Cork T45 K857 - +353 21 555 0136"),
         ("p", "Supplier: Foshan Lianhe Furniture Co., Ltd., Shunde District, Foshan, Guangdong"),
         ("p", "Project: Corrib Insurance DAC, Lapps Quay HQ, floors 1-4. Date: 15 May 2024."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Status"],
             ["1", "LH-BD4-1600", "4-person bench desk, 1600 x 800 per position, white frame, oak-effect top, "
                                  "COM fabric screens (Camira Blazer Lite, supplied by us)", "2 sets", "Showroom sample",
              "Active - build now"],
             ["2", "LH-BD4-1600", "Same, project quantity", "38 sets", "Production", "Not released - on hold"],
         ]),
         ("sp",),
         ("p", "Active quantity: 2 (two) 4-person bench sets, showroom samples, delivery to our Little Island "
               "showroom by 28 June 2024."),
         ("p", "The project quantity of 38 bench sets is not released. It stays on hold until the end client has "
               "signed off the showroom samples and a revised PO, signed by Aoife Daly, Commercial Manager, has "
               "been issued to you. The 38 are the client's current estimate (forecast basis), not a firm quantity."),
         ("p", "Material authority: sample-only. Please don't order boards or frames for line 2."),
         ("p", "COM fabric for the sample screens (2 x 6 m) ships to you by DHL on 20 May."),
         ("p", "Aoife Daly, Commercial Manager, aoife.daly@ardmorefitout.ie"),
     ], author="Aoife Daly"))])

# c14: WhatsApp export, well-scoped, Gulf English.
case("c14_whatsapp_sofas_scoped", [],
     "chat: buyer scopes 2 sample sofas, 38 not released until revised PO from Faisal after client mock-up sign-off; supplier restates",
     [("WhatsApp_Chat_Ergon_AlNoor_sofas.txt",
       "12/05/2024, 10:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
       "12/05/2024, 10:02 - Selin Aydın created group \"Al Noor x Ergon - Jumeirah sofas\"\n"
       "12/05/2024, 10:04 - Selin Aydın: Good morning Faisal bey, PO AN-24-1057 received thank you 🙏\n"
       "12/05/2024, 10:05 - Selin Aydın: Fabric for sample is Kvadrat Vidar 3 col. 0233 correct?\n"
       "12/05/2024, 10:19 - Faisal Qureshi: Good morning Selin, yes correct, Vidar 0233 for both\n"
       "12/05/2024, 10:21 - Faisal Qureshi: Kindly note only the 2 sample sofas (3-seater SF-300) are released for now.\n"
       "12/05/2024, 10:21 - Faisal Qureshi: The other 38 are NOT released, pls don't start them and don't buy fabric or frames for them\n"
       "12/05/2024, 10:23 - Faisal Qureshi: They will be released only by the revised PO from me, once the client signs off the mock-up at the Jumeirah site. Inshallah end of June\n"
       "12/05/2024, 10:25 - Selin Aydın: Noted Faisal bey. 2 sample sofas only, bal. 38 waiting your revised PO 👍\n"
       "12/05/2024, 10:26 - Selin Aydın: Samples ready 7 June, we send by air, AWB to you\n"
       "12/05/2024, 10:40 - Faisal Qureshi: 👍 thanks Selin\n"
       "13/05/2024, 08:12 - Selin Aydın: <Media omitted>\n"
       "13/05/2024, 08:12 - Selin Aydın: frame drawing SF-300 Rev 2 for your info\n"
       "13/05/2024, 09:30 - Faisal Qureshi: Received, will share with the designer\n")])

# c15: DOCX fit-out minutes with the words kept apart (sign-off / PO issued / production release).
case("c15_docx_minutes_scoped", [],
     "fit-out minutes keep sign-off, PO and production release apart; 6+6 samples active, 210 desks and 240 chairs not released; Mark Ellis releases floor by floor after sign-off",
     [("Minutes_PM07_Harbour_and_Vale.docx", docx_bytes([
         ("h1", "Coldharbour Interiors Ltd - Project Meeting 07"),
         ("p", "Project: Harbour & Vale LLP, 30 Bankside, London SE1 - Cat B fit-out, levels 2-5"),
         ("p", "Date: 16 May 2024, 10:00, site cabin. Present: Mark Ellis (Coldharbour, Project Director), "
               "Ruth Osei (Harbour & Vale, Facilities), Piotr Nowak (Meblotek), Jason Zhou (Anji Hengtai, via Teams), "
               "Dan Keane (Coldharbour, Site Manager)."),
         ("table", [
             ["Item", "Discussion", "Action", "Owner"],
             ["7.1", "Programme: L2 handover moved to 19 Aug due to late riser works.", "Update programme rev. 9", "DK"],
             ["7.2", "Mock-up floor L2: 6 sample desks (Meblotek) and 6 sample chairs (Anji Hengtai) installed. "
                     "Snag list: cable tray clash at desk 4, 2 chairs with loose armrest cap.", "Close snags by 24 May", "PN / JZ"],
             ["7.3", "Sample sign-off (technical only) by Harbour & Vale pending snag close-out and the EN 1335 report "
                     "for the chair.", "Issue report", "JZ"],
             ["7.4", "PO position: PO CI-5510 issued to Meblotek and PO CI-5511 to Anji Hengtai, each for the 6 samples. "
                     "Production quantities (desks 210, chairs 240) are not released under either PO.", "Note", "-"],
             ["7.5", "Production release will be issued floor by floor by Mark Ellis, in writing, after the client's "
                     "sample sign-off; first release L2-L3.", "Note", "ME"],
             ["7.6", "Material authority: sample-only. Meblotek asked to hold the board order until the first "
                     "production release.", "Note", "PN"],
             ["7.7", "Floor boxes L3: electrical sub-contractor to confirm positions against desk layout FP-300 Rev 4.", "Confirm", "DK"],
         ]),
         ("sp",),
         ("p", "Next meeting: 30 May 2024, 10:00, site cabin. Minutes by D. Keane. Corrections within 5 working days please."),
     ], author="Dan Keane"))])

# c16: interim sign-off with limits and a release for those limits (PDF).
case("c16_interim_signoff_release", [],
     "interim sign-off limited to 60 chairs for Level 7 until 31 July, released by Grace Lim; 240 on hold until full sign-off and call-off by Grace Lim",
     [("Interim_signoff_R-01_MF-PO-7725.pdf", pdf([
         ("h1", "Meridian Fit-Out Pte Ltd"),
         ("h", "Interim sample sign-off and release notice R-01"),
         ("table", [
             ["PO", "MF-PO-7725 - HT-M21 task chairs, Asia Square Tower 2, Levels 7-11"],
             ["Supplier", "Anji Hengtai Seating Co., Ltd"],
             ["Date", "3 June 2024"],
             ["Samples reviewed", "6 chairs (sample lot SL-0603), mock-up Level 7"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Disposition", "Limit"],
             ["Sample sign-off", "Interim", "Up to 60 chairs, Level 7 only, valid until 31 July 2024"],
             ["Open point", "EN 1335-1 test report outstanding (lab: SGS Ningbo)", "Full sign-off only after the report"],
         ]),
         ("sp",),
         ("p", "Production release R-01: 60 (sixty) chairs for Level 7, within the interim limits above. Released by "
               "Grace Lim, Procurement Lead."),
         ("p", "Balance: 240 chairs for Levels 8-11 are not released and remain on hold. They will be released by "
               "call-off from Grace Lim after the full sample sign-off (EN 1335-1 report received and reviewed)."),
         ("p", "Material authority: for the 60 chairs released above; nothing for the 240."),
         ("p", "Grace Lim, Procurement Lead, +65 6555 0172"),
     ], title="Interim sign-off R-01", author="Grace Lim"))])

# c17: stop notice, complete.
case("c17_stop_notice_booths", [],
     "stop notice: 2 delivered samples are the only authorized quantity, 14 not released, lifted only by written notice from Helen Price after fire report sign-off",
     [("STOP_PO_NWB-4700-0611.eml", eml_bytes(mail(
         "Helen Price <helen.price@northwindbank.co.uk>",
         "Rūta Kazlauskienė <ruta@silentiapods.lt>",
         "STOP - PO 4700-0611 phone booths",
         dt(2024, 6, 18, 16, 55, 1),
         "Dear Rūta,\n\n"
         "Please treat this as a formal stop on PO 4700-0611 with immediate effect.\n\n"
         "Our fire engineer has questioned the classification of the new felt (the Moss colourway is a "
         "different yarn from the one in your EN 13501-1 report). Until that is resolved:\n\n"
         "- the 2 sample booths already delivered to Spinningfields remain the only authorized quantity;\n"
         "- the 14 production booths are not released, and nothing further may start on this order, "
         "including purchase of felt, glass or frames;\n"
         "- the stop will be lifted only by a written notice from me, after our fire engineer has signed off "
         "a classification report for the Moss felt.\n\n"
         "I appreciate this is frustrating with the programme. If you can send the report for the new yarn "
         "this week we can move quickly.\n\n"
         "Regards,\nHelen\n"
         + sig("Helen Price", "Head of Workplace", "Northwind Bank plc - Corporate Real Estate & Facilities",
               "+44 161 555 0199"),
         cc="Sam Okafor <sam.okafor@northwindbank.co.uk>")))])

# p03: WhatsApp: scope set properly, later an unscoped "go ahead" after sample photos.
case("p03_whatsapp_go_ahead_pedestals", ["RG002"],
     "chat scope complete (8 samples, 312 on hold until revised PO from Daryl after sign-off); later 'Looks good, go ahead' names no scope or quantity",
     [("WhatsApp_Chat_Nusantara_Meridian.txt",
       "03/06/2024, 09:11 - Daryl Tan: Morning Mei Ling, PO MF-PO-7811 sent to your email just now\n"
       "03/06/2024, 09:12 - Daryl Tan: Scope: 8 sample pedestals MP-3D. The 312 production pcs are not released, on hold until sample sign-off with client + revised PO from me\n"
       "03/06/2024, 09:30 - Mei Ling Tan: Noted Daryl, 8 pcs sample. Will send photo when done\n"
       "03/06/2024, 09:31 - Mei Ling Tan: The lock is Hafele or Euro-Locks ah?\n"
       "03/06/2024, 09:45 - Daryl Tan: Euro-Locks, master key system, numbering from 301 onwards\n"
       "07/06/2024, 16:02 - Mei Ling Tan: <Media omitted>\n"
       "07/06/2024, 16:02 - Mei Ling Tan: <Media omitted>\n"
       "07/06/2024, 16:03 - Mei Ling Tan: Daryl, sample pedestal done. Laminate we use Egger H1334 because Formica white oak no stock, very similar\n"
       "07/06/2024, 16:03 - Mei Ling Tan: Everything ok?\n"
       "07/06/2024, 18:47 - Daryl Tan: Looks good, go ahead 👍\n"
       "07/06/2024, 18:48 - Mei Ling Tan: 👍👍 thank you\n")])

# p04: quoted thread; shop drawing "approved, work away" with no scope.
_p04_orig = ("Hi Agnieszka,\n\n"
             "PO AFO-2304 attached. Scope, to be clear from the start:\n"
             "- active now: 1 (one) prototype locker bank LB-12 (12 doors, 3 x 4, oak-effect doors, "
             "RFID locks), for the client walk-through at Lapps Quay;\n"
             "- the remaining 22 locker banks are not released and are on hold;\n"
             "- they will be released by a revised PO signed by Aoife Daly after the client has signed off "
             "the prototype.\n\n"
             "Thanks,\nSeán")
_p04_sup = ("Dear Seán,\n\n"
            "please find attached the revised shop drawing LB-12 Rev D with your 3 changes: hinge side "
            "right on column 1, plinth 100 mm, key numbering from 101. Please confirm so we can continue.\n\n"
            "Best regards,\nAgnieszka\n\n"
            "From: Seán Ó Briain\nSent: 20 May 2024 11:40\nSubject: PO AFO-2304 - prototype locker bank\n\n"
            + _p04_orig)
case("p04_quoted_rev_d_work_away", ["RG002"],
     "reply 'Rev D approved, work away' names neither sample-only nor a quantity; quoted original PO email supplies the full scope",
     [("RE_LB-12_shop_drawing_Rev_D.eml", eml_bytes(mail(
         "Seán Ó Briain <sean.obriain@ardmorefitout.ie>",
         "Agnieszka Wiśniewska <a.wisniewska@meblotek.pl>",
         "RE: LB-12 shop drawing Rev D",
         dt(2024, 5, 24, 12, 16, 1),
         "Agnieszka,\n\nRev D approved, work away.\n\nSeán\n"
         + sig_plain("Seán Ó Briain", "Package Manager - Joinery & Loose Furniture", "Ardmore Fit-Out Ltd",
                     "+353 21 555 0138")
         + "\n-----Original Message-----\nFrom: Agnieszka Wiśniewska <a.wisniewska@meblotek.pl>\n"
           "Sent: Friday, May 24, 2024 9:02 AM\nSubject: LB-12 shop drawing Rev D\n\n"
         + quote_block(_p04_sup) + "\n",
         in_reply_to="<h86-lb12-revd@meblotek.pl>")))])

# p05: fit-out minutes: unscoped "approved" for the mock-up, and "approved" also used for money.
case("p05_minutes_mockup_approved", ["RG002", "RG009"],
     "minutes: 'task chairs and benching approved' has no scope or quantity; 'approved' also used for the client's commercial approval of the fabric uplift",
     [("Minutes_PM05_Tamesis_HarbourVale.docx", docx_bytes([
         ("h1", "Tamesis Interiors Ltd - Progress Meeting 05"),
         ("p", "Project: Harbour & Vale LLP, Bankside - Level 6 and 7 Cat B fit-out"),
         ("p", "Date: 13 May 2024. Attendees: Mark Ellis (Tamesis, Project Director), Ruth Osei (Harbour & Vale), "
               "Liam Doherty (QS), Lily Wu (Anji Hengtai, via Teams), Tomas Petrauskas (Baltic Acoustics)."),
         ("h", "3. Procurement status"),
         ("table", [
             ["Package", "PO", "Status"],
             ["Task chairs HT-M21", "TI-4471", "24 sample chairs on mock-up floor. Remaining 336 chairs not released."],
             ["Benching 4-person", "TI-4472", "4 sample bench sets on mock-up floor. Remaining 56 benches not released."],
             ["Acoustic rafts", "TI-4480", "Full quantity (42) ordered, delivery wk 26."],
         ]),
         ("p", "Production release for chairs and benches only by revised PO signed by Mark Ellis after mock-up sign-off."),
         ("h", "4. Design / mock-up"),
         ("num", "Mock-up floor review held 10 May with Harbour & Vale facilities and the design team."),
         ("num", "Task chairs and benching approved, subject to snag list (armrest cap, 2 no. bench cable trays)."),
         ("num", "Acoustic raft colour changed from Grey to Sage; Baltic Acoustics to confirm no cost impact."),
         ("num", "COM fabric uplift of £6,400 for the breakout booths approved by client finance on 9 May."),
         ("h", "5. Programme"),
         ("p", "Level 6 furniture install planned w/c 22 July, Level 7 w/c 5 August, subject to ceiling close-up."),
         ("p", "Next meeting 27 May 2024. Minutes: L. Doherty."),
     ], author="Liam Doherty"))])

# p60: multipart/alternative reply: "you have the green light" after price/lead time, unscoped.
_p60_q1 = ("Dear Mr Lenz,\n\n"
           "thank you for PO VL-24-0388. With the new fabric (Gabriel Mood col. 68011) the price for the "
           "sample sofas is EUR 1.480,00 each instead of 1.420,00, lead time stays 4 weeks ex works. "
           "Please confirm.\n\nKind regards\nSelin Aydın\nErgon Mobilya A.Ş.")
_p60_q0 = ("Dear Selin,\n\n"
           "please find our PO VL-24-0388. To be clear about scope: this PO covers 4 sample sofas "
           "SF-300 for the client's mock-up (Rheinturm Versicherung, Düsseldorf). The remaining 36 "
           "sofas of the project are not released and stay on hold. They will be released by a revised "
           "PO signed by me after the client has signed off the samples.\n\n"
           "Best regards\nMarkus Lenz")
_p60 = ("Dear Selin,\n\n"
        "Price and lead time OK - you have the green light from our side.\n\n"
        "Please send the order confirmation with the new price; delivery address stays Speditionstraße 17.\n\n"
        "Best regards\nMarkus Lenz\n")
case("p60_green_light_after_price", ["RG002"],
     "'you have the green light' after a price change names neither sample-only nor a quantity; quoted PO mail has full scope",
     [("RE_RE_PO_VL-24-0388.eml", eml_bytes(mail(
         "Markus Lenz <m.lenz@vogt-lenz.de>",
         "Selin Aydın <selin.aydin@ergonmobilya.com.tr>",
         "RE: RE: PO VL-24-0388 sample sofas - new fabric price",
         dt(2024, 5, 29, 8, 14, 2),
         _p60 + sig("Markus Lenz", "Geschäftsführer / Einkauf", "Vogt & Lenz Büroeinrichtung GmbH, Düsseldorf",
                    "+49 211 555 0163")
         + "\n-----Ursprüngliche Nachricht-----\nVon: Selin Aydın\nGesendet: Dienstag, 28. Mai 2024 15:40\n\n"
         + quote_block(_p60_q1 + "\n\n-----Original Message-----\nFrom: Markus Lenz\nSent: 24.05.2024\n\n" + _p60_q0)
         + "\n",
         html=simple_html(_p60 + "\n\n" + quote_block(_p60_q1) + "\n\n" + quote_block(_p60_q0)),
         in_reply_to="<h86-vl0388-2@ergonmobilya.com.tr>")))])

# p62: multi-file: consultant-style submittal response "APPROVED AS NOTED - PROCEED" + PO with full scope.
case("p62_submittal_proceed", ["RG002"],
     "submittal response stamped 'approved as noted - proceed' with no scope or quantity; the PO file in the bundle gives the full scope",
     [("Submittal_Response_SR-0417.pdf", pdf([
         ("h1", "GULF CREST FIT-OUT LLC"),
         ("p", "Office 802, Al Fattan Plaza, Airport Road, Dubai, UAE"),
         ("h", "SUBMITTAL REVIEW - SR-0417"),
         ("table", [
             ["Project", "Emirates Maritime Services HQ, Dubai Maritime City - Levels 4 & 5"],
             ["Package", "Loose furniture - workstations WS-01 (4-person cluster)"],
             ["Subcontractor / supplier", "Foshan Lianhe Furniture Co., Ltd."],
             ["Submittal", "Shop drawings WS-01 Rev 2, finishes board FB-03, cable management detail CM-120"],
             ["Reviewed by", "Hamad Al Suwaidi, Interiors Coordinator"],
             ["Date", "11 June 2024"],
         ]),
         ("sp",),
         ("table", [
             ["Code", "Status", "Tick"],
             ["A", "Approved", ""],
             ["B", "Approved as noted - proceed", "X"],
             ["C", "Revise and resubmit", ""],
             ["D", "Rejected", ""],
         ]),
         ("sp",),
         ("p", "Comments: 1) cable tray depth to 120 mm to suit the floor boxes; 2) modesty panel colour RAL 9016, "
               "not 9010; 3) provide EN 527-1 test certificate for the frame with the next submittal; 4) screen "
               "height 1200 mm above finished floor confirmed."),
         ("p", "Status B: APPROVED AS NOTED - PROCEED. Incorporate comments; no resubmission required."),
     ], title="SR-0417", author="Hamad Al Suwaidi")),
      ("PO_GCF-24-0988.txt",
       "GULF CREST FIT-OUT LLC                                   PURCHASE ORDER GCF-24-0988\n"
       "P.O. Box 555017, Dubai, UAE                              Date: 02-Jun-2024\n"
       "TRN 100555017200003\n"
       "\n"
       "Supplier : Foshan Lianhe Furniture Co., Ltd., Shunde, Foshan, China\n"
       "Project  : Emirates Maritime Services HQ, Levels 4 & 5\n"
       "Terms    : CIF Jebel Ali, 30% advance / 70% against B/L copy\n"
       "\n"
       "Item  Description                                         Qty   Unit USD    Total USD\n"
       "----  --------------------------------------------------  ----  ---------  ----------\n"
       "1     WS-01 4-person workstation cluster, sample for        4     1,260.00    5,040.00\n"
       "      mock-up on Level 4 (white frame, oak top)\n"
       "----  --------------------------------------------------  ----  ---------  ----------\n"
       "\n"
       "Scope of this PO:\n"
       " - Active quantity: 4 (four) sample clusters for the Level 4 mock-up.\n"
       " - Balance of 46 clusters: NOT released, on hold.\n"
       " - The balance will be released by a revised PO signed by Rashid Khan, Procurement\n"
       "   Manager, after the client has signed off the mock-up.\n"
       " - Material authority: sample-only.\n"
       "\n"
       "Prepared by: Rashid Khan, Procurement Manager, +971 4 555 0145\n")])

# p08: WeChat export: PO acceptance treated as authority; material for the whole order.
case("p08_wechat_po_accepted_material", ["RG006", "RG012"],
     "supplier treats PO acceptance as authority to run and arranges material for the whole order, while only 8 samples are released",
     [("WeChat_export_Lianhe_Straits.txt",
       "WeChat chat history - 联合家具 Amy Chen & Ong Wei Jie (Straits Workplace)\n"
       "Exported 2024-06-06\n"
       "\n"
       "2024-05-30 10:02  Ong Wei Jie\n"
       "Hi Amy, PO SWS-0415 sent to your email. 8 sample chairs LH-A680 for our showroom in Tai Seng.\n"
       "\n"
       "2024-05-30 10:03  Ong Wei Jie\n"
       "Balance 312 pcs is NOT released, on hold until sample sign-off + revised PO from me. Pls note\n"
       "\n"
       "2024-05-30 10:40  Amy Chen\n"
       "Dear Wei Jie, received PO with thanks 😊\n"
       "\n"
       "2024-05-30 10:41  Amy Chen\n"
       "Since PO already accepted by our side, we arrange the material and production line for the whole order, samples will come out first from the batch. This way lead time is faster for you\n"
       "\n"
       "2024-05-30 10:41  Amy Chen\n"
       "[Image]\n"
       "\n"
       "2024-05-30 10:42  Amy Chen\n"
       "This is mesh colour we use, same as last project\n")])

# p15: supplier reply: fabric and mesh bought for the full 480 despite sample-only material authority.
_p15_q = ("Dear Lily,\n\n"
          "PO PWL-PO-55140 attached for 12 sample chairs HT-M21 (grey frame, Camira Era CSE39 seat).\n\n"
          "The balance of 468 chairs is not released and is on hold until sample sign-off by our client "
          "and a revised PO signed by me. Material authority: sample-only.\n\n"
          "Kind regards,\nJoanne Firth\nBuyer, Pembroke Workspace Ltd")
_p15 = ("Dear Joanne,\n\n"
        "Thanks for your patience. The 12 sample chairs are finished and pass our inspection, they will "
        "go with DHL on Friday, AWB number I send you tomorrow.\n\n"
        "For your information: to keep the dye lot same colour for the whole project, we have already "
        "purchased the mesh and the Camira seat fabric for the full 480 chairs last week. The fabric mill "
        "only had this lot in stock and next lot is 8 weeks. Hope this is ok for you.\n\n"
        "Please let us know the sign-off result when you have.\n\n"
        "Best regards,\nLily Wu\nSales Manager, Anji Hengtai Seating Co., Ltd\n")
case("p15_supplier_bought_full_fabric", ["RG006"],
     "supplier bought mesh and fabric for the full 480 although only 12 are released and material authority is sample-only",
     [("RE_PO_PWL-PO-55140_samples.eml", eml_bytes(mail(
         "Lily Wu <lily.wu@hengtai-seating.com>",
         "Joanne Firth <joanne.firth@pembrokeworkspace.co.uk>",
         "RE: PO PWL-PO-55140 sample chairs",
         dt(2024, 6, 19, 17, 3, 8),
         _p15 + "\n\n------------------ Original ------------------\nFrom: Joanne Firth\nDate: Mon, Jun 3, 2024 4:12 PM\n\n"
         + quote_block(_p15_q) + "\n",
         html=simple_html(_p15) + "",
         in_reply_to="<h86-pwl55140@pembrokeworkspace.co.uk>")))])
# ------------------------------------------------------------------ batch 3

# c18: revised PO releasing the full balance after sign-off (HTML); no balance left.
case("c18_revised_po_full_release", [],
     "revised PO releases the whole 468 balance after recorded sign-off, by Niamh Kehoe; PO now covers 480, nothing left on hold",
     [("PO_24-1187_Rev2.html", html_page("PO 24-1187 Rev 2", """
<h2>Byrne &amp; Kehoe Office Interiors Ltd &mdash; Purchase Order 24-1187, Revision 2</h2>
<p>Unit 3, Sandyford Business Centre, Dublin 18 &middot; Supplier: Anji Hengtai Seating Co., Ltd, Anji, Zhejiang</p>
<p>Date of revision: 2 July 2024 &middot; Model: Aria task chair (AH-ARIA), Camira Era CSE34 Ocean seat, black mesh back</p>
<h3>Reason for revision: production release</h3>
<p>Following the prototype sign-off recorded on 12 June 2024 and receipt of the EN 1335-1:2020 test report
(SGS Ningbo report NGB-24-06-1187), this revision releases the balance of <b>468 chairs</b> for production.</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit &euro;</th><th>Status</th></tr>
<tr><td>1</td><td>Aria prototypes (Rev 0)</td><td>12</td><td>142,00</td><td>Delivered 10/06/2024</td></tr>
<tr><td>2</td><td>Aria production chairs</td><td>468</td><td>96,50</td><td>Released for production by this revision</td></tr>
<tr><td></td><td><b>Total covered by PO 24-1187</b></td><td><b>480</b></td><td></td><td></td></tr>
</table>
<div class="note">With this revision PO 24-1187 covers all 480 chairs of the project. No balance remains on hold.
Material authority: 468 chairs (line 2). Delivery: two 40HQ containers, CIF Dublin, ETA week 36.</div>
<p>Released by: Niamh Kehoe, Purchasing Manager &middot; niamh.kehoe@byrnekehoe.ie &middot; +353 1 555 0142</p>
"""))])

# c19: buyer portal order-tracker page with scoped lines.
case("c19_portal_tracker_scoped", [],
     "buyer portal tracker: 6 samples released, 90 on hold not released, unlock = sample sign-off + revised PO, release authority Priya Nair",
     [("order_tracker_HW-PO-3377.html", html_page("Halden Workplace - Order tracker HW-PO-3377", """
<div style="background:#243b53;color:#fff;padding:6px">Halden Workplace &middot; Supplier Order Tracker &middot; Supplier view: Ergon Mobilya A.&#350;.</div>
<h2>HW-PO-3377 &mdash; Lounge chair LC-220 (Northwind Bank, Spinningfields L6 breakout)</h2>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Production status</th><th>Shipped</th></tr>
<tr><td>1</td><td>Sample</td><td>6</td><td>Released</td><td>0</td></tr>
<tr><td>2</td><td>Production</td><td>90</td><td>On hold &ndash; not released</td><td>0</td></tr>
</table>
<h3>Release conditions for line 2</h3>
<ul>
<li>Unlock event: sample sign-off by Northwind Bank workplace team, then a revised PO.</li>
<li>Release authority: Priya Nair, Procurement Manager (limit GBP 75,000).</li>
<li>Material authority: sample-only (line 1).</li>
</ul>
<h3>Shipments</h3>
<table>
<tr><th>Ref</th><th>Content</th><th>Mode</th><th>ETA</th></tr>
<tr><td>SH-3377-01</td><td>6 sample chairs, 3 cartons</td><td>Air, IST&ndash;MAN</td><td>26/06/2024</td></tr>
</table>
<p style="font-size:11px;color:#666">Last updated 14/06/2024 09:12 by P. Nair. Questions: purchasing@haldenworkplace.co.uk</p>
"""))])

# c20: full-quantity ERP PO full of identifiers that look like quantities.
case("c20_erp_full_qty_identifiers", [],
     "full-quantity PO for 36 desks with no balance; identifiers (4500-1200, WS-480, EN 527-1, Level 12, #12-500) are not quantities",
     [("PO_4500-1200.txt",
       "STRAITS WORKPLACE SOLUTIONS PTE LTD          PURCHASE ORDER   PO 4500-1200\n"
       "10 Tai Seng Drive #07-05, Singapore 535216   DATE             17/06/2024\n"
       "GST REG 201555120K                          PAGE             1/1\n"
       "\n"
       "VENDOR   : NUSANTARA WOODCRAFT SDN BHD, LOT 2251, JALAN PERINDUSTRIAN BUKIT PASIR,\n"
       "           84300 MUAR, JOHOR, MALAYSIA\n"
       "DELIVER  : 8 MARINA VIEW, LEVEL 12, UNIT #12-500, SINGAPORE 018960 (ASIA SQ TWR 1)\n"
       "REQ DATE : 26/07/2024            TERMS : 30 DAYS            DDP SINGAPORE\n"
       "\n"
       "NO  ITEM        DESCRIPTION                                  QTY  UOM    UNIT SGD     AMOUNT\n"
       "--  ----------  -------------------------------------------  ---  ---  ---------  ---------\n"
       "01  WS-1600-D   SINGLE DESK 1600X800, DRG WS-480 REV 3,         36  PCS     412.00  14,832.00\n"
       "                WHITE FRAME RAL 9003, OAK TOP, EN 527-1:2011\n"
       "02  CT-1200     CABLE TRAY 1200, CLIP-ON                        36  PCS      38.00   1,368.00\n"
       "--  ----------  -------------------------------------------  ---  ---  ---------  ---------\n"
       "                                                          TOTAL SGD (EXCL GST) 16,200.00\n"
       "\n"
       "REMARKS:\n"
       "  THIS PO IS FOR THE FULL QUANTITY OF 36 DESKS AND 36 CABLE TRAYS FOR LEVEL 12.\n"
       "  PLEASE PROCEED WITH ALL 36 DESKS. NO SAMPLE STAGE, NO FURTHER CALL-OFFS UNDER\n"
       "  THIS PO.\n"
       "  DELIVERY VIA SERVICE LIFT 2, BOOK 48H AHEAD WITH BUILDING MGMT (TEL 6555 0120).\n"
       "\n"
       "BUYER: ONG WEI JIE  |  weijie.ong@straitsworkplace.sg  |  +65 6555 0186\n")])

# c21: multi-file: PO + separate quote; the quote's production tier is declared informational.
case("c21_po_plus_quote_files", [],
     "PO for 10 sample panels declares the quote's 210 production tier informational and not released; revised PO by Dr Katrin Vogt after sign-off",
     [("Bestellung_PO_4500019102.pdf", pdf([
         ("h1", "Rheinwerk Facility Services GmbH"),
         ("p", "Mainzer Landstraße 222, 60327 Frankfurt am Main - Einkauf Arbeitsplatzausstattung"),
         ("h", "Bestellung / Purchase Order 4500019102"),
         ("table", [
             ["Lieferant / supplier", "Baltic Acoustics UAB, Pramonės pr. 16, LT-51329 Kaunas"],
             ["Datum / date", "21.05.2024"],
             ["Ihr Angebot / your quote", "BA-Q-24-077 (attached as separate file)"],
         ]),
         ("sp",),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
             ["10", "BA-F-1200-600-40", "Akustik-Wandpaneel / wall panel 1200 x 600 x 40 mm, Filz Salbei (sage)",
              "10", "72,00", "720,00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers 10 sample panels (pos. 10) for acoustic testing and colour check in our "
               "Eschborn mock-up room."),
         ("p", "The production quantity of 210 panels shown in the attached quotation BA-Q-24-077 is informational "
               "only and is not released by this PO."),
         ("p", "The 210 panels will be released only by a revised PO signed by Dr. Katrin Vogt, Leiterin Facility "
               "Management, after the sample sign-off (ISO 354 absorption report and colour check)."),
         ("p", "Material authority: sample-only."),
         ("p", "Jens Albrecht, Einkauf, +49 69 555 0177"),
     ], title="PO 4500019102", author="Jens Albrecht")),
      ("Angebot_BA-Q-24-077.pdf", pdf([
          ("h1", "Baltic Acoustics UAB"),
          ("p", "Pramonės pr. 16, LT-51329 Kaunas, Lithuania - VAT LT555001618 - sales@balticacoustics.lt"),
          ("h", "Quotation BA-Q-24-077"),
          ("p", "To: Rheinwerk Facility Services GmbH, Mr Jens Albrecht. Date: 14.05.2024. Validity: 60 days."),
          ("table", [
              ["Stage", "Article", "Qty", "Unit EUR", "Lead time"],
              ["Samples", "BA-F-1200-600-40", "10", "72,00", "2 weeks"],
              ["Production", "BA-F-1200-600-40", "210", "49,50", "4 weeks after written order"],
          ]),
          ("sp",),
          ("p", "PET felt 40 mm, 60% recycled content, Class B-s1,d0 (EN 13501-1). Colours per card BA-2024."),
          ("p", "Delivery DAP Frankfurt. Payment 30 days net. Tomas Petrauskas, Sales Manager."),
      ], title="BA-Q-24-077", author="Tomas Petrauskas"))])

# c22: phased delivery/release schedule with a table (Irish corporate facilities).
case("c22_phased_release_schedule", [],
     "phase 1 (80 desks) released; phases 2-3 (120) not released, each by call-off signed by Orla Fitzgerald after previous phase snag sign-off",
     [("Phased_release_schedule_BoL_GCD.pdf", pdf([
         ("h1", "Bank of Leinster - Workplace Programme"),
         ("p", "Grand Canal Dock campus, Dublin 2 - sit-stand desks, supplier Meblotek Sp. z o.o. - PO BOL-77120"),
         ("h", "Phased delivery and release schedule (issue 2, 30 May 2024)"),
         ("table", [
             ["Phase", "Floors", "Desks", "Production status", "Install (floor-by-floor)", "Release trigger"],
             ["1", "L1-L2", "80", "Released (call-off R-01, 28 May 2024)", "w/c 15 July", "-"],
             ["2", "L3-L4", "80", "Not released - on hold", "w/c 12 Aug (target)", "Phase 1 snag list signed off"],
             ["3", "L5", "40", "Not released - on hold", "w/c 9 Sept (target)", "Phase 2 snag list signed off"],
         ]),
         ("sp",),
         ("p", "Authorized now: 80 desks (phase 1). Phases 2 and 3 (120 desks) are not released."),
         ("p", "Each later phase is released by a call-off signed by Orla Fitzgerald, Facilities Director, after the "
               "snag list of the previous phase has been signed off. Target dates for phases 2 and 3 are for "
               "planning only."),
         ("p", "Material authority: phase 1 only."),
         ("p", "Contact: Orla Fitzgerald, Facilities Director, +353 1 555 0155"),
     ], title="Phased release schedule", author="Orla Fitzgerald"))])

# c23: supplier weekly status report restating that nothing beyond the samples is bought.
case("c23_supplier_status_report", [],
     "supplier status report: 10 samples done, felt bought for samples only, 220 production panels not released and no material bought",
     [("Status_report_wk24_BalticAcoustics.txt",
       "BALTIC ACOUSTICS UAB - WEEKLY ORDER STATUS                    Week 24/2024\n"
       "Customer: Harbour & Vale LLP (via Tamesis Interiors Ltd)      Our ref: BA-SO-24-1190\n"
       "Customer PO: TI-4485                                           Prepared: R. Kazlauskiene\n"
       "-------------------------------------------------------------------------------\n"
       "ITEM                         QTY   STATUS\n"
       "Sample rafts 1200x1200 Sage   10   Finished, packed, collection Thu 13/06 (DSV)\n"
       "Production rafts             220   NOT RELEASED - awaiting your written release\n"
       "-------------------------------------------------------------------------------\n"
       "MATERIAL\n"
       "PET felt Sage 40 mm          bought for the 10 samples only (2 rolls)\n"
       "Suspension kits              bought for the 10 samples only\n"
       "For the 220 production rafts we have NOT bought felt or kits and will not\n"
       "until we receive your written release. Felt lead time from the mill: 3 weeks.\n"
       "-------------------------------------------------------------------------------\n"
       "OPEN POINTS\n"
       "1. Reaction to fire report EN 13501-1 for Sage felt: attached to last week's mail.\n"
       "2. Ceiling grid drawing Rev 5 still outstanding from Tamesis.\n"
       "-------------------------------------------------------------------------------\n"
       "Rūta Kazlauskienė, Project Coordinator, +370 37 555 016\n")])

# c24: WeChat: supplier asks about mass production, buyer answers with full scope.
case("c24_wechat_buyer_says_not_yet", [],
     "supplier asks about starting mass production; buyer answers: 8 prototypes authorized, 392 not released until client sign-off and revised PO from Declan",
     [("WeChat_Hengtai_Kilbride.txt",
       "WeChat - Chat with Jason Zhou 周杰 (Hengtai Seating)\n"
       "\n"
       "2024-06-24 09:15 Jason Zhou: Morning Declan, prototype feedback from client ok? 😀\n"
       "2024-06-24 09:15 Jason Zhou: We can start mass production next week? Line is free from 1 July\n"
       "2024-06-24 13:02 Declan Moran: Hi Jason, not yet I'm afraid\n"
       "2024-06-24 13:04 Declan Moran: Only the 8 prototypes on PO KOS-2406 are authorized. The 392 production chairs are not released - they're on hold until the client signs off the prototypes and I send you a revised PO. Don't buy anything for them in the meantime\n"
       "2024-06-24 13:05 Declan Moran: Client review is 3 July in Athlone, I'll come back to you that week\n"
       "2024-06-24 13:20 Jason Zhou: Ok understand, we wait your revised PO 👌\n"
       "2024-06-24 13:21 Jason Zhou: Can we keep the line slot until 10 July? After that maybe other customer\n"
       "2024-06-24 13:40 Declan Moran: Understood, thanks for the heads-up\n")])

# c25: multi-file: release letter (DOCX in email) plus supplier acknowledgement (TXT).
_c25_letter = docx_bytes([
    ("h1", "Coldharbour Interiors Ltd - Production Release R-01"),
    ("p", "To: Meblotek Sp. z o.o., Poznań. Attn: Piotr Nowak. Date: 3 June 2024."),
    ("p", "Project: Harbour & Vale LLP, 30 Bankside, London SE1. PO CI-5510 (sit-stand desks MT-SS-1600)."),
    ("table", [
        ["Release", "Floor", "Desks", "Status"],
        ["R-01", "Level 2", "60", "Released by this letter"],
        ["-", "Levels 3-5", "150", "Not released - on hold"],
    ]),
    ("sp",),
    ("p", "Following the client's sample sign-off of 28 May 2024, this letter releases sixty (60) desks for Level 2. "
          "PO CI-5510 is revised to cover these 60 desks (Rev 1 follows from our purchasing system)."),
    ("p", "The balance of 150 desks for Levels 3-5 is not released. The next release (R-02, Level 3) will be "
          "issued by me, in writing, after the Level 2 snag list is signed off."),
    ("p", "Material authority: 60 desks."),
    ("p", "Mark Ellis, Project Director, Coldharbour Interiors Ltd"),
], author="Mark Ellis")
case("c25_release_letter_and_ack", [],
     "release letter R-01: 60 desks for L2, 150 not released, next release by Mark Ellis after L2 snag sign-off; supplier ack matches",
     [("Release_R-01_CI-5510.eml", eml_bytes(mail(
         "Mark Ellis <mark.ellis@coldharbour-interiors.co.uk>",
         "Piotr Nowak <p.nowak@meblotek.pl>",
         "Production release R-01 - PO CI-5510 - Level 2 desks",
         dt(2024, 6, 3, 12, 30, 1),
         "Piotr,\n\nPlease find release R-01 attached: 60 desks for Level 2. Levels 3-5 stay on hold as per "
         "the letter. Install for Level 2 is booked for w/c 19 August, so we'd need delivery by 14 August.\n\n"
         "Thanks,\nMark\n"
         + sig("Mark Ellis", "Project Director", "Coldharbour Interiors Ltd, London", "+44 20 5550 1140"),
         attachments=[("Release_R-01_CI-5510.docx", _c25_letter, DOCX_MT)]))),
      ("Meblotek_ack_R-01.txt",
       "MEBLOTEK SP. Z O.O. - POTWIERDZENIE / ACKNOWLEDGEMENT\n"
       "Date: 04.06.2024    Customer: Coldharbour Interiors Ltd    PO: CI-5510 Rev 1\n"
       "\n"
       "We confirm production release R-01: 60 desks MT-SS-1600 for Level 2, delivery 14.08.2024.\n"
       "Levels 3-5 (150 desks): not released, on hold. We will not buy material for them before\n"
       "release R-02 from Mr Mark Ellis.\n"
       "\n"
       "Piotr Nowak, Key Account Manager\n")])

# p16: supplier WIP report: material bought for 320 sets while 8 are released.
case("p16_wip_report_board_bought", ["RG006"],
     "supplier WIP report: 8 released, 312 not released, yet board for 320 sets and 320 locks bought without any material authority",
     [("WIP_report_MF-PO-7811_wk25.txt",
       "NUSANTARA WOODCRAFT SDN BHD                     WEEKLY WIP REPORT\n"
       "Lot 2251, Jln Perindustrian Bukit Pasir, Muar   Week 25 / 2024\n"
       "Customer : MERIDIAN FIT-OUT PTE LTD             PO : MF-PO-7811\n"
       "Item     : MP-3D MOBILE PEDESTAL 3 DRAWER, WHITE OAK LAMINATE\n"
       "==========================================================================\n"
       "QUANTITY STATUS\n"
       "  Released qty           :   8  (sample)\n"
       "  Balance                : 312  not released - awaiting Meridian revised PO\n"
       "  Finished (sample)      :   8  photos sent 07/06, QC passed\n"
       "  Shipped                :   0  (sample ETD 21/06 by truck to SG)\n"
       "\n"
       "MATERIAL STATUS\n"
       "  MFC board 18mm Egger H1334 : 46 sheets purchased 14/06 (for 320 sets)\n"
       "  Edge band 2mm H1334        : 2,000 m purchased 14/06\n"
       "  Euro-Locks master key      : 320 pcs ordered, ETA 28/06\n"
       "  Castors 50mm               : in stock\n"
       "  Remark: board bought in one lot to secure same decor batch for the project.\n"
       "\n"
       "ISSUES\n"
       "  - drawer runner supplier (Taiming) increase price 4% from July\n"
       "==========================================================================\n"
       "Prepared by: Ahmad Faizal (Production Planner)   Checked: Mei Ling Tan\n")])

# p19: Turkish supplier planning confirmation: frames and foam ordered for 86 units, 2 released.
case("p19_planning_confirmation_ordered", ["RG006"],
     "supplier planning confirmation: 2 prototypes released, 84 not yet released, but frames, legs and foam ordered for 86 units",
     [("Planning_confirmation_AN-24-1102.pdf", pdf([
         ("h1", "ERGON MOBILYA A.Ş."),
         ("h", "Production planning confirmation - Üretim planlama teyidi"),
         ("table", [
             ["Customer", "Al Noor Interiors LLC, Dubai"],
             ["Customer PO", "AN-24-1102"],
             ["Item", "LC-220 lounge chair, walnut legs, COM fabric Kvadrat Hallingdal 65 col. 0130"],
             ["Date", "22.05.2024"],
         ]),
         ("sp",),
         ("table", [
             ["Stage", "Qty", "Released by customer", "Planned week"],
             ["Prototype", "2", "Yes (PO AN-24-1102)", "22"],
             ["Production", "84", "Not yet released", "30 (slot kept)"],
         ]),
         ("sp",),
         ("table", [
             ["Material", "Quantity", "Status"],
             ["Beech frames (sub-supplier Kayseri Ahşap)", "86 units", "Ordered 20.05.2024"],
             ["Walnut legs", "344 pcs (86 units)", "Ordered 20.05.2024"],
             ["Foam 35/40 density, cut sets", "86 units", "Ordered 21.05.2024"],
             ["COM fabric", "-", "Supplied by customer"],
         ]),
         ("sp",),
         ("p", "Remark: to keep the week 30 slot for the production lot we placed the material orders in advance. "
               "Please send your production release for the 84 pcs as soon as possible."),
         ("p", "Emre Yıldız, Export Manager"),
     ], title="Planning confirmation", author="Emre Yildiz"))])

# p20: supplier staged frames for all 160 desks, beyond an explicit 40-desk material authority.
_p20_q = ("Dear Mr Sokolov,\n\n"
          "call-off 1 under PO 4500019230: 40 sit-stand desks RW-ST-1600-800 for 3.OG, delivery KW 27.\n"
          "Material authority: for these 40 desks only.\n"
          "The remaining 120 desks are not released. Call-off 2 will be issued by Dr. Katrin Vogt after "
          "the snag list for 3.OG is signed off.\n\n"
          "Mit freundlichen Grüßen\nJens Albrecht\nRheinwerk Facility Services GmbH")
_p20 = ("Dear Mr Albrecht,\n\n"
        "thank you for call-off 1, the 40 desks are planned for KW 26 production and KW 27 delivery.\n\n"
        "Information from our side: to protect your lead time for the next floors we have staged the steel "
        "frames for all 160 desks in advance at our powder coater in Swarzędz (RAL 9016, one batch, so the "
        "colour is identical on all floors). We assume this is OK for you.\n\n"
        "Best regards\nAleksander Sokolov\nProduction Planning, Meblotek Sp. z o.o.\n")
case("p20_staged_frames_beyond_authority", ["RG006"],
     "supplier staged frames for all 160 desks while call-off 1 releases 40 with material authority for those 40 only",
     [("RE_Call-off_1_PO_4500019230.eml", eml_bytes(mail(
         "Aleksander Sokolov <a.sokolov@meblotek.pl>",
         "Jens Albrecht <jens.albrecht@rheinwerk-fs.de>",
         "RE: Call-off 1 / PO 4500019230 - 40 desks 3.OG",
         dt(2024, 6, 11, 7, 58, 2),
         _p20 + "\n> -----Original Message-----\n> From: Jens Albrecht\n> Sent: Monday, 10 June 2024 16:20\n"
         + quote_block(_p20_q) + "\n",
         in_reply_to="<h86-rw19230-co1@rheinwerk-fs.de>")))])

# p21: WeChat: supplier has bases for 600 in stock and will go straight into mass production after sample OK.
case("p21_wechat_bases_straight_to_mass", ["RG006", "RG007"],
     "supplier holds bases for 600 chairs with only 6 released, and says it will go straight to mass production once the sample is OK",
     [("WeChat_export_Lianhe_GulfCrest.txt",
       "WeChat chat history with 梁凯文 Kevin Liang (Foshan Lianhe)\n"
       "Exported by Rashid Khan on 2024-06-20\n"
       "\n"
       "2024-06-12 11:20 Rashid Khan\n"
       "Dear Kevin, PO GCF-24-1010 issued for 6 sample chairs LH-A680, for the mock-up at Maritime City.\n"
       "2024-06-12 11:21 Rashid Khan\n"
       "Balance 594 chairs NOT released, on hold until revised PO signed by me after client mock-up sign-off.\n"
       "2024-06-12 14:05 Kevin Liang\n"
       "Received Rashid, thank you 🙏\n"
       "2024-06-18 09:47 Kevin Liang\n"
       "Rashid, 6 samples finish, ship by air tomorrow\n"
       "2024-06-18 09:48 Kevin Liang\n"
       "Good news: aluminium bases for 600 chairs already in our warehouse, we get good price from die-casting factory\n"
       "2024-06-18 09:49 Kevin Liang\n"
       "So after sample OK we go straight to mass production, no need to wait, can ship 35 days 👍\n"
       "2024-06-18 09:49 Kevin Liang\n"
       "[Photo]\n")])

# p22: DOCX site meeting minutes (Singapore): supplier reports board bought for all nine floors.
case("p22_minutes_board_all_floors", ["RG006"],
     "minutes: L3 released (48), L4-L11 not released, but supplier reports board/laminate bought for all 432 workstations; no material authority",
     [("Site_meeting_12_Asia_Square.docx", docx_bytes([
         ("h1", "Straits Workplace Solutions - Site Coordination Meeting 12"),
         ("p", "Project: Asia Square Tower 1, Levels 3-11 - workstation package. Date: 25 June 2024, 2:30pm, site office L2."),
         ("p", "Present: Ong Wei Jie (SWS, Buyer), Priscilla Koh (SWS, Site Manager), Ahmad Faizal (Nusantara Woodcraft), "
               "Raj Kumar (M&E subcon)."),
         ("table", [
             ["No.", "Item", "Action by", "Due"],
             ["12.1", "Release status: L3 released (48 workstations, call-off 01). L4 to L11 not released - each floor "
                      "is released by call-off from Ong Wei Jie after the snag list of the previous floor is signed off.",
              "Info", "-"],
             ["12.2", "Nusantara reported that board, laminate and edging for all nine floors (432 workstations) have "
                      "been purchased to secure the Egger H1334 decor batch. Delivered to Muar factory 21 June.",
              "Info", "-"],
             ["12.3", "L3 delivery 12 Aug via loading bay B; lift booking by SWS.", "PK", "5 Aug"],
             ["12.4", "Floor boxes on L3 clash with 6 desk legs (grid C/4-C/7). M&E to shift boxes 150 mm.", "RK", "9 Jul"],
             ["12.5", "Snag walk L3 planned 19 Aug with client.", "PK", "19 Aug"],
         ]),
         ("sp",),
         ("p", "Next meeting: 9 July 2024. Minutes by P. Koh; comments within 3 days."),
     ], author="Priscilla Koh"))])

# p23: supplier says it will automatically continue with the 156 once the buyer is happy with samples.
_p23_q = ("Dear Mr Wójcik,\n\n"
          "attached our PO KO-24-1377 for 4 sample desks MT-SS-1600 (Eiche, RAL 9016) for the client mock-up "
          "at Hafencity. The remaining 156 desks of the project are not released and stay on hold. They will "
          "be released by a revised PO signed by me after the client has signed off the samples.\n\n"
          "Best regards\nHanna Kessler\nKessler Objekteinrichtung GmbH, Hamburg")
_p23 = ("Dear Ms Kessler,\n\n"
        "many thanks for your order, the 4 sample desks will leave Poznań on 14 June.\n\n"
        "To keep your fit-out date in September: once you are happy with the samples we will automatically "
        "continue with the 156 remaining desks, so you do not lose 3 weeks. Our planning has reserved the "
        "capacity in KW 28-30.\n\n"
        "Best regards\nMarek Wójcik\nSales Manager DACH, Meblotek Sp. z o.o.\n")
case("p23_supplier_auto_continue", ["RG007"],
     "supplier: 'once you are happy with the samples we will automatically continue with the 156' - no recorded auto-conversion; buyer requires revised PO",
     [("RE_PO_KO-24-1377.eml", eml_bytes(mail(
         "Marek Wójcik <m.wojcik@meblotek.pl>",
         "Hanna Kessler <h.kessler@kessler-objekt.de>",
         "RE: PO KO-24-1377 sample desks",
         dt(2024, 6, 5, 9, 26, 2),
         _p23 + "\nOn 04.06.2024 17:11, Hanna Kessler wrote:\n" + quote_block(_p23_q) + "\n",
         html=simple_html(_p23 + "\n\nOn 04.06.2024 17:11, Hanna Kessler wrote:\n\n" + quote_block(_p23_q)),
         in_reply_to="<h86-ko1377@kessler-objekt.de>")))])

# p24: buyer-side PM contradicts the written-release requirement: pods "roll straight on" after mock-up walk.
_p24_q = ("Dear Rūta,\n\n"
          "PO GCF-24-0951 attached: 2 sample meeting pods SP-4 (4-person) for the Level 4 mock-up. The remaining "
          "14 pods are not released and are on hold. They will be released by a revised PO signed by me, "
          "Rashid Khan, after the client has signed off the mock-up.\n\n"
          "Regards,\nRashid Khan\nProcurement Manager, Gulf Crest Fit-Out LLC")
case("p24_pm_roll_straight_on", ["RG007"],
     "buyer's project manager says the 14 pods can roll straight on if the mock-up passes, with no need to wait for the revised PO the PO requires",
     [("RE_Pods_mock-up_walk_Sunday.eml", eml_bytes(mail(
         "Hamad Al Suwaidi <hamad.s@gulfcrest-fitout.ae>",
         "Rūta Kazlauskienė <ruta@silentiapods.lt>",
         "RE: Pods - mock-up walk Sunday",
         dt(2024, 6, 27, 21, 40, 4),
         "Hi Rūta,\n\n"
         "Thanks for getting the 2 sample pods installed so fast, the team was impressed.\n\n"
         "Client walk is Sunday 10am. If the mock-up pod passes the walk, the remaining 14 pods can roll "
         "straight on - no need to wait for the revised PO, Rashid will sort the paperwork after. We cannot "
         "lose more time on the Level 5 ceiling.\n\n"
         "Please keep the door handle as on the sample (the black one).\n\n"
         "Best regards,\nHamad\n"
         + sig("Hamad Al Suwaidi", "Interiors Coordinator / Project Manager", "Gulf Crest Fit-Out LLC, Dubai",
               "+971 50 555 0119")
         + "\n________________________________\nFrom: Rashid Khan\nSent: 13 June 2024 10:05\n"
           "Subject: PO GCF-24-0951 - sample pods\n\n"
         + quote_block(_p24_q) + "\n",
         cc="Rashid Khan <rashid.khan@gulfcrest-fitout.ae>",
         in_reply_to="<h86-gcf0951-walk@silentiapods.lt>")))])
# ------------------------------------------------------------------ batch 4

# p25: supplier quote: balance production starts automatically on approval of the sample pod.
case("p25_quote_auto_start_pods", ["RG007"],
     "supplier quote says production of the balance starts automatically on the buyer's approval of the sample pod, no separate order",
     [("Offer_SP-24-0419_Silentia.pdf", pdf([
         ("h1", "Silentia Pods UAB"),
         ("p", "Savanorių pr. 178, LT-03154 Vilnius, Lithuania  |  VAT LT555017811  |  +370 5 555 0178"),
         ("h", "Commercial offer SP-24-0419"),
         ("table", [
             ["Customer", "Byrne & Kehoe Office Interiors Ltd, Dublin"],
             ["Project", "Client HQ, Sir John Rogerson's Quay - phone and meeting booths"],
             ["Date", "19.04.2024"],
             ["Validity", "45 days"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Product", "Qty", "Unit EUR", "Lead time"],
             ["1", "SP-1 single booth, sample for mock-up", "1", "6.480,00", "3 weeks"],
             ["2", "SP-1 single booth, project lot", "12", "5.690,00", "5 weeks"],
             ["3", "Delivery and installation Dublin", "1", "2.300,00", "-"],
         ]),
         ("sp",),
         ("p", "Technical: acoustic performance class A (ISO 23351-1), ventilation 2 fans 48 m3/h, LED 4000 K, "
               "felt EN 13501-1 B-s1,d0, glass 10 mm toughened. Power 230 V via floor box or wall socket."),
         ("p", "Lead time for pos. 2: production of the project lot starts automatically upon your approval of the "
               "sample booth. No separate order is needed for pos. 2."),
         ("p", "Payment: 50% with order, 50% before delivery. Prices ex works Vilnius, installation as pos. 3."),
         ("p", "Rūta Kazlauskienė, Sales and Projects"),
     ], title="Offer SP-24-0419", author="Ruta Kazlauskiene"))])

# p26: buyer portal page: hold and release authority stated, then a remark letting the factory proceed on sample approval.
case("p26_portal_remark_proceed_on_approval", ["RG007"],
     "portal PO states line 2 on hold with written release by Priya Nair, then a buyer remark lets the factory proceed with line 2 once samples are approved",
     [("order_tracker_HW-PO-3390.html", html_page("Halden Workplace - Order tracker HW-PO-3390", """
<div style="background:#243b53;color:#fff;padding:6px">Halden Workplace &middot; Supplier Order Tracker &middot; Supplier view: Anji Hengtai Seating Co., Ltd</div>
<h2>HW-PO-3390 &mdash; Task chair HT-M21 (Calder Housing Group, Wakefield HQ)</h2>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Production status</th><th>Shipped</th></tr>
<tr><td>1</td><td>Sample</td><td>6</td><td>Released</td><td>0</td></tr>
<tr><td>2</td><td>Production</td><td>90</td><td>On hold &ndash; not released</td><td>0</td></tr>
</table>
<h3>Release conditions for line 2</h3>
<ul>
<li>Unlock event: written release after sample sign-off by Calder Housing facilities team.</li>
<li>Release authority: Priya Nair, Procurement Manager.</li>
<li>Material authority: sample-only (line 1).</li>
</ul>
<h3>Remarks</h3>
<table>
<tr><th>Date</th><th>By</th><th>Remark</th></tr>
<tr><td>05/06/2024</td><td>T. Ashworth</td><td>Client wants chairs in before the August move. Once the samples are approved, factory may proceed with line 2 straight away to save time.</td></tr>
<tr><td>06/06/2024</td><td>Anji Hengtai</td><td>Noted. Samples ETD Ningbo 14/06 by air.</td></tr>
</table>
<p style="font-size:11px;color:#666">Last updated 06/06/2024 08:40. Questions: purchasing@haldenworkplace.co.uk</p>
"""))])

# p27: WhatsApp: buyer confirms informally that bulk starts directly when the client approves the sample.
case("p27_whatsapp_yep_thats_the_plan", ["RG007"],
     "buyer's PM confirms the supplier's 'start bulk directly when client approves sample' although the PO needs a revised PO signed by Aoife Daly",
     [("WhatsApp_Chat_Hengtai_Ardmore.txt",
       "[28/05/2024, 08:50:12] Aoife Daly: Hi Lily, PO AFO-2330 is in your inbox. 12 sample chairs Aria, Camira Era CSE34.\n"
       "[28/05/2024, 08:51:40] Aoife Daly: The other 228 are NOT released. They'll be released by a revised PO signed by me once the client signs off the samples\n"
       "[28/05/2024, 09:30:02] Lily Wu: Received Aoife, thank you. 12 samples ETD 20 June\n"
       "[28/05/2024, 09:31:15] Aoife Daly: Perfect. I'm adding Seán, he's running the site at Lapps Quay\n"
       "[28/05/2024, 09:31:20] Aoife Daly added Seán Ó Briain\n"
       "[11/06/2024, 15:02:44] Lily Wu: Hi Seán, samples will be ready next week. When client approve sample we start bulk directly ya? Save 3 weeks for you\n"
       "[11/06/2024, 17:26:09] Seán Ó Briain: Yep that's the plan 👍\n"
       "[11/06/2024, 17:26:31] Seán Ó Briain: Client review is 27th, I'll send you pics of the chairs in situ\n"
       "[11/06/2024, 17:40:55] Lily Wu: 👍👍\n")])

# p28: German sample review record: "released" for the sample result and for production; series may start.
case("p28_bemusterung_released_series", ["RG007", "RG009"],
     "sample review record: 'samples released' (technical) used to let series production of pos. 20 start, against its own revised-PO requirement; 'release' mixes technical and production",
     [("Bemusterungsprotokoll_PO_4500018877.docx", docx_bytes([
         ("h1", "Bemusterungsprotokoll / Sample review record"),
         ("p", "Rheinwerk Facility Services GmbH - Einkauf & Technik. Mock-up Fläche Eschborn, 24.05.2024."),
         ("table", [
             ["Bestellung / PO", "4500018877"],
             ["Lieferant / supplier", "Meblotek Sp. z o.o., Poznań"],
             ["Pos. 10", "4 Muster-Steh-Sitz-Tische / sample sit-stand desks RW-ST-1600-800"],
             ["Pos. 20", "156 Tische / desks - nicht freigegeben / not released"],
             ["Freigabe Pos. 20 / release of pos. 20", "durch geänderte Bestellung / by revised PO, Jens Albrecht"],
         ]),
         ("sp",),
         ("table", [
             ["Prüfpunkt / check", "Soll / target", "Ist / actual", "OK"],
             ["Höhenbereich / height range", "650-1300 mm", "648-1302 mm", "ja"],
             ["Standsicherheit / stability EN 527-2", "pass", "pass", "ja"],
             ["Furnier / veneer Eiche natur", "per Muster", "ok", "ja"],
             ["Kabelwanne / cable tray", "links + rechts", "ok", "ja"],
             ["Geräusch Motor / motor noise", "< 50 dB(A)", "46 dB(A)", "ja"],
         ]),
         ("sp",),
         ("p", "Ergebnis / result: Muster freigegeben / samples released."),
         ("p", "Mit dieser Freigabe kann die Serienfertigung der Pos. 20 anlaufen. / With this release the series "
               "production of pos. 20 can start."),
         ("p", "Teilnehmer / present: Dr. Katrin Vogt (FM), Jens Albrecht (Einkauf), Piotr Nowak (Meblotek)."),
     ], author="Katrin Vogt"))])

# p10: buyer email: annual forecast to be treated as a firm order (multipart/alternative).
_p10 = ("Dear Mei Ling,\n\n"
        "Thanks for the call yesterday. As promised, our volume picture for 2025 across the dealer network:\n\n"
        "MP-3D mobile pedestal: 2,400 pcs (forecast, split roughly 600 per quarter)\n"
        "LB-12 locker bank: 140 pcs (forecast)\n\n"
        "To get you the commitment you asked for: please treat the 2,400 pedestals as our firm order for 2025 "
        "and book the capacity on that basis. Quarterly call-offs will follow as projects land.\n\n"
        "The 2025 price list you sent (SGD 279 / pedestal DDP) is fine for us.\n\n"
        "Best,\nTom\n")
case("p10_forecast_treated_as_firm", ["RG008"],
     "buyer tells supplier to treat a 2,400-pedestal forecast as a firm order for 2025",
     [("2025_volumes_Halden_Nusantara.eml", eml_bytes(mail(
         "Tom Ashworth <tom.ashworth@haldenworkplace.co.uk>",
         "Mei Ling Tan <meiling@nusantara-woodcraft.com.my>",
         "2025 volumes - pedestals and lockers",
         dt(2024, 6, 14, 10, 5, 1),
         _p10 + sig("Tom Ashworth", "Purchasing", "Halden Workplace Ltd, Manchester", "+44 161 555 0190"),
         html=simple_html(_p10))))])

# p11: supplier order confirmation converts a rolling forecast into an order; production starts on deposit.
case("p11_oc_forecast_confirmed_deposit", ["RG008", "RG012"],
     "supplier order confirmation 'confirms your order' of 1,800 pcs from a rolling forecast and starts production on receipt of the deposit",
     [("Order_Confirmation_OC-24-0617.pdf", pdf([
         ("h1", "ANJI HENGTAI SEATING CO., LTD."),
         ("p", "Tianhuangping Rd 88, Anji, Zhejiang 313300, China - export@hengtai-seating.com"),
         ("h", "ORDER CONFIRMATION OC-24-0617"),
         ("table", [
             ["Customer", "Straits Workplace Solutions Pte Ltd, Singapore"],
             ["Reference", "Your rolling forecast dated 3 June 2024 (Q3-Q4 2024)"],
             ["Date", "2024-06-07"],
         ]),
         ("sp",),
         ("p", "We confirm your order for 1,800 pcs HT-M21 task chair as per your rolling forecast dated 3 June 2024:"),
         ("table", [
             ["Month", "Qty (pcs)", "Status"],
             ["Jul 2024", "300", "Confirmed"],
             ["Aug 2024", "300", "Confirmed"],
             ["Sep 2024", "300", "Confirmed"],
             ["Oct 2024", "300", "Confirmed"],
             ["Nov 2024", "300", "Confirmed"],
             ["Dec 2024", "300", "Confirmed"],
             ["Total", "1,800", ""],
         ]),
         ("sp",),
         ("p", "Unit price USD 94.00 FOB Ningbo. Payment: 30% T/T deposit, 70% against B/L copy."),
         ("p", "Production will start upon receipt of the 30% deposit. Thank you for your trust!"),
         ("p", "Jason Zhou, Sales Manager"),
     ], title="OC-24-0617", author="Jason Zhou"))])

# p12: German delivery-schedule printout: forecast weeks declared bindingly ordered.
case("p12_lieferplan_forecast_binding", ["RG008"],
     "ERP schedule labelled forecast (Prognose) declares the forecast quantities for weeks 27-39 bindingly ordered",
     [("Lieferplan_LP-2024-0193.txt",
       "BUEROWELT SCHNEIDER GMBH - EINKAUF                       Lieferplan LP-2024-0193\n"
       "Landsberger Str. 312, 80687 Muenchen                     Stand: 10.06.2024\n"
       "Lieferant: 70388 MEBLOTEK SP. Z O.O., POZNAN\n"
       "\n"
       "LIEFERPLAN-VORSCHAU (PROGNOSE) / DELIVERY SCHEDULE PREVIEW (FORECAST)\n"
       "------------------------------------------------------------------------\n"
       "Artikel        Bezeichnung                     KW    Menge   Art\n"
       "MT-CAB-1200    Hochschrank 1200x420x1980       27       40   Prognose\n"
       "MT-CAB-1200    Hochschrank 1200x420x1980       31       40   Prognose\n"
       "MT-CAB-1200    Hochschrank 1200x420x1980       35       60   Prognose\n"
       "MT-CAB-0800    Sideboard 800x420x740           31       80   Prognose\n"
       "MT-CAB-0800    Sideboard 800x420x740           39       80   Prognose\n"
       "------------------------------------------------------------------------\n"
       "Summe                                                  300\n"
       "\n"
       "Hinweis: Die Prognosemengen KW 27-39 gelten als verbindlich bestellt.\n"
       "Note: the forecast quantities for weeks 27-39 are to be treated as firmly\n"
       "ordered.\n"
       "\n"
       "Disponent: K. Hofmann, +49 89 555 0114\n")])

# p13: supplier customer-portal page: forecast converted to a sales order; deposit received = production released.
case("p13_portal_forecast_converted", ["RG008", "RG012"],
     "supplier portal converts the buyer's forecast into a sales order and marks production released because the deposit arrived",
     [("Lianhe_customer_portal_SO-5521.html", html_page("Foshan Lianhe - Customer Portal - SO-5521", """
<div style="background:#8b1a1a;color:#fff;padding:6px">Foshan Lianhe Furniture &middot; Customer Portal &middot; Customer: Halden Workplace Ltd</div>
<h2>Sales order SO-5521</h2>
<p class="note">Your forecast FC-2024-Q3 (1,200 pcs LH-A680) has been converted to sales order SO-5521.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Amount USD</th></tr>
<tr><td>LH-A680</td><td>Mesh task chair, grade B fabric seat, 4D arm, 680 mm nylon base</td><td>1,200</td><td>96.50</td><td>115,800.00</td></tr>
</table>
<h3>Status</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-06-03</td><td>Forecast FC-2024-Q3 received</td></tr>
<tr><td>2024-06-04</td><td>Converted to sales order SO-5521</td></tr>
<tr><td>2024-06-12</td><td>Deposit 30% received (USD 34,740.00) &ndash; production released</td></tr>
<tr><td>2024-06-13</td><td>Production planning: line 3, ex-factory 2024-07-20</td></tr>
</table>
<p>Estimated ex-factory: 2024-07-20. Contact: Kevin Liang, +86 138 2299 0118.</p>
"""))])

# p64: WhatsApp: buyer says the 2025 forecast can be counted as a confirmed order.
case("p64_chat_forecast_count_as_order", ["RG008"],
     "buyer tells supplier to count a ~3k chair forecast for next year as a confirmed order and book capacity",
     [("WhatsApp_Chat_Meridian_Hengtai.txt",
       "14/06/2024, 21:10 - Daryl Tan: Jason, quick one before your trip\n"
       "14/06/2024, 21:11 - Daryl Tan: Straits Capital portfolio next year forecast about 3k chairs HT-M21, 4 buildings\n"
       "14/06/2024, 21:11 - Daryl Tan: You can count it as confirmed order, pls book capacity for Q1-Q3 and send me the price for 3k\n"
       "14/06/2024, 21:30 - Jason Zhou: Wow great news Daryl 🎉 will discuss with boss tomorrow\n"
       "14/06/2024, 21:31 - Jason Zhou: Price for 3k maybe USD 89-90, I confirm Monday\n"
       "14/06/2024, 21:33 - Daryl Tan: Ok. And mesh colour stays Kvadrat Remix 3 0173\n"
       "14/06/2024, 21:35 - Jason Zhou: Noted 👌\n")])

# p38: Irish email: "approved" used for finance, the prototype and production in one message.
_p38 = ("Hi Rūta,\n\n"
        "Quick update from our side on the booths.\n\n"
        "Finance approved the PO on Friday, so BK-24-0590 is live in our system. The client approved "
        "the prototype booth yesterday after the acoustic test - the SP-1 with the Moss felt is grand.\n\n"
        "The 14 production booths are still not approved - they're not released. So far you're authorized for "
        "the 2 prototypes and nothing else. Wait for my written release before you start anything on the 14; "
        "I'm hoping to have it to you by the end of next week.\n\n"
        "Can you send the final layout drawing for the ventilation cut-outs in the meantime?\n\n"
        "Thanks,\nCiarán\n")
case("p38_approved_three_ways", ["RG009"],
     "one email uses 'approved' for the finance PO approval, the prototype approval and the not-yet production release",
     [("Booths_update_BK-24-0590.eml", eml_bytes(mail(
         "Ciarán Byrne <ciaran@byrnekehoe.ie>",
         "Rūta Kazlauskienė <ruta@silentiapods.lt>",
         "Booths update - BK-24-0590",
         dt(2024, 6, 25, 9, 41, 1),
         _p38 + sig("Ciarán Byrne", "Managing Director", "Byrne & Kehoe Office Interiors Ltd, Dublin 18",
                    "+353 1 555 0141"))))])

# p39: PDF sample evaluation report: "released" for drawing and sample result, and for production.
case("p39_sample_report_released_mixed", ["RG009"],
     "sample evaluation report uses 'released' for the drawing, the sample result and the production release; scope itself is complete",
     [("Sample_Evaluation_SER-0612.pdf", pdf([
         ("h1", "Halden Workplace Ltd - Sample Evaluation Report SER-0612"),
         ("table", [
             ["PO", "HW-PO-3377 (LC-220 lounge chairs, Northwind Bank L6 breakout)"],
             ["Supplier", "Ergon Mobilya A.Ş., Kayseri"],
             ["Samples received", "6 chairs, 26/06/2024"],
             ["Evaluated by", "Sam Okafor (Northwind Workplace), Priya Nair (Halden)"],
         ]),
         ("sp",),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Drawing LC-220", "Rev C", "Released"],
             ["Seat height", "420 mm +/- 10", "424 mm"],
             ["Fabric", "Kvadrat Hallingdal 65 col. 0130", "Correct"],
             ["Stability / strength", "EN 16139 level 1", "Report TÜV 24-0617 received"],
             ["Sample status", "-", "RELEASED"],
         ]),
         ("sp",),
         ("p", "Production release of line 2 (90 chairs): NOT released - on hold until a revised PO signed by "
               "Priya Nair, Procurement Manager. Authorized to date: the 6 sample chairs (line 1)."),
         ("p", "Remarks: slight colour difference on walnut leg stain on 1 chair - acceptable."),
     ], title="SER-0612", author="Priya Nair"))])

# p41: WeChat: buyer uses "approved" for sample, PO and production in three lines.
case("p41_wechat_approved_sample_po_production", ["RG009"],
     "buyer writes 'sample approved', 'PO approved by management', 'production approval will follow' - one word for three things; scope otherwise complete",
     [("WeChat_export_AlNoor_Lianhe.txt",
       "WeChat chat history - Faisal Qureshi & Amy Chen 陈美 (Foshan Lianhe)\n"
       "\n"
       "2024-05-20 10:11 Faisal Qureshi\n"
       "Dear Amy, PO AN-24-1190 sent: 4 sample meeting chairs MC-40 (sled base, grey felt shell).\n"
       "2024-05-20 10:12 Faisal Qureshi\n"
       "The 200 production chairs are not released, on hold until client sign-off and a revised PO from me.\n"
       "2024-05-20 11:02 Amy Chen\n"
       "Noted dear, samples ready 10 June 😊\n"
       "2024-06-17 16:40 Faisal Qureshi\n"
       "Sample approved for colour and comfort, client happy.\n"
       "2024-06-17 16:41 Faisal Qureshi\n"
       "PO approved by our management last week.\n"
       "2024-06-17 16:41 Faisal Qureshi\n"
       "Production approval will follow separately, do not start the 200 yet.\n"
       "2024-06-17 16:55 Amy Chen\n"
       "Ok understand, we wait 🙏\n")])

# p42: email "proceed with the sample chairs per your quote" - no quantity in the authorization; quote attached.
_p42_quote = pdf([
    ("h1", "ERGON MOBILYA A.Ş. - Quotation EQ-24-311"),
    ("p", "To: Halden Workplace Ltd, Ms Priya Nair. Date: 30.05.2024. Validity: 30 days."),
    ("table", [
        ["Stage", "Item", "Qty", "Unit GBP", "Lead time"],
        ["Sample", "MC-40 meeting chair, sled base, felt shell", "6", "182.00", "3 weeks, by air"],
        ["Production", "MC-40 meeting chair", "90", "121.00", "5 weeks after written order"],
    ]),
    ("sp",),
    ("p", "Felt shell colour: Anthracite or Sage. Stackable 4 high. EN 16139 level 1."),
    ("p", "Selin Aydın, Export Department"),
], title="EQ-24-311", author="Selin Aydin")
case("p42_proceed_samples_no_qty", ["RG010"],
     "email authorizes 'the sample chairs per your quote' without stating how many; the number is only in the supplier quote; hold/event/person stated",
     [("MC-40_sample_chairs_PO_HW-PO-3412.eml", eml_bytes(mail(
         "Priya Nair <priya.nair@haldenworkplace.co.uk>",
         "Selin Aydın <selin.aydin@ergonmobilya.com.tr>",
         "MC-40 sample chairs - PO HW-PO-3412",
         dt(2024, 6, 3, 14, 18, 1),
         "Dear Selin,\n\n"
         "Thank you for quotation EQ-24-311 (attached again for reference). Please proceed with the sample "
         "chairs per your quote, in Sage felt, under PO HW-PO-3412. Delivery by air to our Manchester "
         "showroom, DAP.\n\n"
         "The production quantity remains on hold and is not released. It will be released only by a "
         "revised PO from me, after the sample sign-off by our client's workplace team.\n\n"
         "Kind regards,\nPriya\n"
         + sig("Priya Nair", "Procurement Manager", "Halden Workplace Ltd, Manchester", "+44 161 555 0188"),
         attachments=[("Quotation_EQ-24-311.pdf", _p42_quote, PDF_MT)])))])

# p43: WhatsApp: "go ahead with the showroom samples" with no number anywhere.
case("p43_whatsapp_showroom_samples_no_qty", ["RG010"],
     "chat authorizes 'the showroom samples' without a number; rest on hold until revised PO from Rashid after client sign-off",
     [("WhatsApp_Chat_AlNoor_Ergon_SF-300.txt",
       "20/05/2024, 11:02 - Selin Aydın: Good morning Rashid bey, did you receive our offer for SF-300 sofas?\n"
       "20/05/2024, 11:47 - Rashid Al Mansoori: Good morning Selin, yes received with thanks\n"
       "20/05/2024, 11:49 - Rashid Al Mansoori: Go ahead with the showroom samples of the SF-300 in the Vidar 0233 fabric. Kindly send by air\n"
       "20/05/2024, 11:50 - Rashid Al Mansoori: The rest is on hold, not released until the revised PO from me after the client signs off the samples\n"
       "20/05/2024, 11:52 - Selin Aydın: Noted with thanks 🙏 samples in 3 weeks\n"
       "20/05/2024, 11:53 - Selin Aydın: PI will come today\n")])

# p44: ERP PO printout with the sample lot as "1 LOT" - the chair quantity is never stated.
case("p44_erp_sample_lot_no_qty", ["RG010"],
     "ERP PO orders '1 LOT' of sample chairs per quote without the number of chairs; hold, revised PO and Ong Wei Jie are stated",
     [("PO_SWS-0422.txt",
       "STRAITS WORKPLACE SOLUTIONS PTE LTD          PURCHASE ORDER   PO SWS-0422\n"
       "10 Tai Seng Drive #07-05, Singapore 535216   DATE             04/06/2024\n"
       "\n"
       "VENDOR   : FOSHAN LIANHE FURNITURE CO LTD, SHUNDE, FOSHAN, GUANGDONG, CN\n"
       "SHIP TO  : SWS SHOWROOM, 10 TAI SENG DRIVE #01-02, SINGAPORE 535216\n"
       "TERMS    : FOB SHUNDE, 30 DAYS\n"
       "\n"
       "NO  ITEM        DESCRIPTION                                  QTY  UOM    UNIT USD     AMOUNT\n"
       "--  ----------  -------------------------------------------  ---  ---  ---------  ---------\n"
       "01  LH-A680-S   SAMPLE LOT LH-A680 MESH TASK CHAIR, AS PER     1  LOT   1,704.00   1,704.00\n"
       "                QUOTE FL-Q24-0233, GRADE B FABRIC\n"
       "--  ----------  -------------------------------------------  ---  ---  ---------  ---------\n"
       "\n"
       "REMARKS:\n"
       "  PRODUCTION BALANCE NOT RELEASED - ON HOLD.\n"
       "  BALANCE TO BE RELEASED BY REVISED PO SIGNED BY ONG WEI JIE (BUYER) AFTER\n"
       "  SAMPLE SIGN-OFF IN OUR SHOWROOM.\n"
       "  MATERIAL AUTHORITY: SAMPLE LOT ONLY.\n"
       "\n"
       "BUYER: ONG WEI JIE  |  weijie.ong@straitsworkplace.sg  |  +65 6555 0186\n")])
# ------------------------------------------------------------------ batch 5

# p45: German release letter: "first phase ... floors 3 and 4" with no chair quantity.
case("p45_release_letter_no_qty", ["RG010"],
     "release letter releases 'the first phase of the task chairs for floors 3 and 4' without a quantity; later floors on hold, call-off 2 by Jens Albrecht",
     [("Abruf_1_Freigabe_PO_4500019311.docx", docx_bytes([
         ("h1", "Rheinwerk Facility Services GmbH"),
         ("p", "Mainzer Landstraße 222, 60327 Frankfurt am Main"),
         ("p", "An / to: Anji Hengtai Seating Co., Ltd, Anji, Zhejiang - Ms Lily Wu"),
         ("p", "Frankfurt, 17.06.2024"),
         ("h", "Abruf 1 / Call-off 1 - Bestellung / PO 4500019311 - Drehstuhl / task chair HT-M21"),
         ("p", "Sehr geehrte Frau Wu, dear Ms Wu,"),
         ("p", "following the sample sign-off of 12.06.2024 we hereby release the first phase of the task chairs "
               "for floors 3 and 4 (Haus 2, 3. und 4. OG) of the Eschborn campus."),
         ("p", "The chairs for floors 5 to 7 are not released. Call-off 2 will be issued by Jens Albrecht after the "
               "snag list for floors 3 and 4 has been signed off."),
         ("table", [
             ["Merkmal / feature", "Ausführung / specification"],
             ["Modell", "HT-M21, Netzrücken grau / grey mesh back"],
             ["Bezug / fabric", "Kvadrat Remix 3 col. 0173"],
             ["Norm", "EN 1335-1:2020, GS-Zeichen"],
             ["Lieferung / delivery", "DAP Eschborn, Haus 2, Anlieferung Tor 4"],
         ]),
         ("sp",),
         ("p", "Mit freundlichen Grüßen / kind regards"),
         ("p", "Jens Albrecht, Einkauf"),
     ], author="Jens Albrecht"))])

# p46: HTML call-off: Level 6 pedestals "as per floor plan FP-600 Rev 2", no number.
case("p46_calloff_per_floor_plan", ["RG010"],
     "call-off for Level 6 pedestals gives the quantity only as 'per floor plan FP-600 Rev 2' (an identifier, not a quantity); hold, next call-off and Grace Lim stated",
     [("CO-04_MF-BPO-0520.html", html_page("Call-off CO-04 / MF-BPO-0520", """
<h2>Meridian Fit-Out Pte Ltd &mdash; Call-off CO-04</h2>
<table>
<tr><th>Against</th><td>Blanket PO MF-BPO-0520 (mobile pedestals MP-3D)</td></tr>
<tr><th>Supplier</th><td>Nusantara Woodcraft Sdn Bhd, Muar, Johor</td></tr>
<tr><th>Date</th><td>24 June 2024</td></tr>
<tr><th>Project</th><td>Marina One West Tower</td></tr>
</table>
<h3>Released by this call-off</h3>
<table>
<tr><th>Level</th><th>Item</th><th>Quantity</th><th>Delivery</th></tr>
<tr><td>L6</td><td>MP-3D mobile pedestal, white oak laminate, Euro-Locks master key</td><td>as per floor plan FP-600 Rev 2</td><td>2 Sep 2024, loading bay B</td></tr>
</table>
<div class="note">
<p>Levels 7 to 9 are not released and remain on hold.</p>
<p>Call-off CO-05 (Level 7) will be issued by Grace Lim, Procurement Lead, after the Level 6 snag list is signed off.</p>
<p>Material authority: Level 6 only.</p>
</div>
<p>Key numbering continues from the Level 5 series. Pallet labels: level / zone / key range.</p>
<p>Grace Lim &middot; +65 6555 0172</p>
"""))])

# p30: multi-file: cover email says 10 prototypes, the PO PDF in the folder says 12.
case("p30_cover_mail_vs_po_pdf", ["RG011"],
     "cover email speaks of 10 prototype chairs; the PO PDF in the same folder authorizes 12; PO otherwise complete",
     [("PO_PWL-PO-55188_cover.eml", eml_bytes(mail(
         "Joanne Firth <joanne.firth@pembrokeworkspace.co.uk>",
         "Kevin Liang <kevin@lianhe-furniture.cn>",
         "PO PWL-PO-55188 - prototype chairs",
         dt(2024, 6, 10, 11, 12, 1),
         "Hi Kevin,\n\n"
         "PO PWL-PO-55188 for the 10 prototype chairs is now in your supplier portal; I've saved a PDF copy "
         "alongside this mail for your records.\n\n"
         "Seat fabric is Camira Era CSE39 (grey), 1 m per chair, shipped from Camira direct to Shunde this week.\n\n"
         "Regards,\nJoanne\n"
         + sig("Joanne Firth", "Buyer", "Pembroke Workspace Ltd, Leeds", "+44 113 555 0121"))),),
      ("PWL-PO-55188.pdf", pdf([
          ("h1", "Pembroke Workspace Ltd"),
          ("h", "Purchase Order PWL-PO-55188"),
          ("table", [
              ["Supplier", "Foshan Lianhe Furniture Co., Ltd., Shunde"],
              ["Date", "10 June 2024"],
              ["Project", "Calder Housing Group, Wakefield - task seating"],
          ]),
          ("sp",),
          ("table", [
              ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
              ["1", "LH-A680", "Prototype task chair, grey frame, Camira Era CSE39 seat (COM)", "12", "185.00", "2,220.00"],
          ]),
          ("sp",),
          ("p", "Scope: this PO authorizes twelve (12) prototype chairs."),
          ("p", "The production balance of 588 chairs is not released and stays on hold. It will be released only "
                "by a revised PO signed by Joanne Firth, Buyer, after sample sign-off by Calder Housing Group."),
          ("p", "Material authority: sample-only."),
      ], title="PWL-PO-55188", author="Joanne Firth"))])

# p31: DOCX PO: table says 24 sample chairs, text says twenty (20).
case("p31_docx_po_24_vs_20", ["RG011"],
     "DOCX PO: the line table authorizes 24 sample chairs, the scope paragraph says twenty (20); hold, revised PO and Declan Moran stated",
     [("PO_KOS-2419.docx", docx_bytes([
         ("h1", "Kilbride Office Solutions - Purchase Order KOS-2419"),
         ("p", "Unit 7, Galway Business Park, Dangan, Galway - 12 June 2024"),
         ("p", "Supplier: Ergon Mobilya A.Ş., Kayseri, Türkiye. Project: Atlantic Technological University, "
               "Galway - library and study spaces."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "MC-40", "Meeting chair, sled base, felt shell Sage - samples for the library mock-up", "24",
              "176,00", "4.224,00"],
             ["2", "FRT", "Road freight Kayseri - Galway, DAP", "1", "1.350,00", "1.350,00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO authorizes twenty (20) sample chairs for the library mock-up."),
         ("p", "The remaining 456 chairs of the project are not released and stay on hold. They will be released "
               "only by a revised PO signed by Declan Moran after the university has signed off the mock-up."),
         ("p", "Material authority: samples only."),
         ("p", "Declan Moran, Purchasing, +353 91 555 0133"),
     ], author="Declan Moran"))])

# p32: call-off email says 96 chairs, attached call-off PDF says 84; and "deposit paid, so you can start".
_p32_pdf = pdf([
    ("h1", "Meridian Fit-Out Pte Ltd - Call-off CO-03"),
    ("p", "Against PO MF-PO-7720 (HT-M21 task chairs, Marina One). Date: 1 July 2024."),
    ("table", [
        ["Level", "Chairs", "Status", "ETA Singapore"],
        ["L6", "48", "Released", "26 Aug 2024"],
        ["L7", "36", "Released", "26 Aug 2024"],
        ["Total CO-03", "84", "", ""],
        ["L8-L9", "120", "Not released - on hold", "-"],
    ]),
    ("sp",),
    ("p", "Call-off CO-04 (L8) will be issued by Grace Lim, Procurement Lead, after the L7 snag list is signed off."),
    ("p", "Material authority: CO-03 quantity."),
], title="CO-03", author="Grace Lim")
case("p32_calloff_96_vs_84_deposit", ["RG011", "RG012"],
     "email releases 96 chairs for L6-L7 while the attached call-off totals 84; and the buyer ties the start to the deposit payment",
     [("CO-03_L6-L7_chairs.eml", eml_bytes(mail(
         "Grace Lim <grace.lim@meridian-fitout.sg>",
         "Lily Wu <lily.wu@hengtai-seating.com>",
         "Call-off CO-03 - L6 and L7 chairs",
         dt(2024, 7, 1, 17, 45, 8),
         "Hi Lily,\n\n"
         "Please find call-off CO-03 attached: 96 chairs released for Levels 6 and 7. L8-L9 stay on hold as "
         "per the attachment.\n\n"
         "Our finance team paid the deposit for CO-03 today (TT ref. DBS-0701-7720), so you can start "
         "production straight away.\n\n"
         "Please confirm the ETD from Ningbo by Friday.\n\n"
         "Thanks,\nGrace\n"
         + sig("Grace Lim", "Procurement Lead", "Meridian Fit-Out Pte Ltd, Singapore", "+65 6555 0172"),
         attachments=[("CO-03_MF-PO-7720.pdf", _p32_pdf, PDF_MT)])))])

# p37: forwarded original PO mail (rfc822) says 30 sample chairs; the forwarding note says 36.
_p37_orig = mail(
    "Priya Nair <priya.nair@haldenworkplace.co.uk>",
    "Lily Wu <lily.wu@hengtai-seating.com>",
    "PO HW-PO-3431 - sample chairs HT-M21",
    dt(2024, 5, 30, 9, 5, 1),
    "Dear Lily,\n\n"
    "PO HW-PO-3431 attached in our portal: 30 sample chairs HT-M21 (grey mesh, Kvadrat Remix 3 0173), "
    "for the mock-up floors of Northwind Bank, Spinningfields.\n\n"
    "The balance of 570 chairs is not released and is on hold. It will be released only by a revised PO "
    "signed by me, after sample sign-off by Northwind's workplace team. Material authority: sample-only.\n\n"
    "Kind regards,\nPriya Nair\nProcurement Manager, Halden Workplace Ltd\n")
case("p37_forward_30_vs_36", ["RG011"],
     "forwarding note asks for '36 sample chairs' while the forwarded original PO mail authorizes 30",
     [("FW_PO_HW-PO-3431.eml", eml_bytes(mail(
         "Tom Ashworth <tom.ashworth@haldenworkplace.co.uk>",
         "Lily Wu <lily.wu@hengtai-seating.com>",
         "FW: PO HW-PO-3431 - sample chairs HT-M21",
         dt(2024, 6, 6, 15, 20, 1),
         "Hi Lily,\n\n"
         "Forwarding Priya's PO mail below for your records as she's on leave this week. Please make sure "
         "the 36 sample chairs are packed 6 per pallet, labelled by floor (L3 to L8), so site can distribute "
         "them without opening the cartons.\n\n"
         "Cheers,\nTom\n"
         + sig("Tom Ashworth", "Purchasing", "Halden Workplace Ltd, Manchester", "+44 161 555 0190"),
         attachments=[("rfc822", _p37_orig)])))])

# p06: buyer ties the start of a full-quantity order to the deposit payment.
_p06_q = ("Dear Rashid,\n\n"
          "Thank you for PO GCF-24-0876: 42 executive desks ED-2000 (2000 x 900, walnut veneer, leather inlay), "
          "full quantity, no sample stage. Our proforma PI-2024-0502 for the 30% deposit is attached.\n\n"
          "Best regards,\nEmre Yıldız\nErgon Mobilya A.Ş.")
case("p06_deposit_gone_clear_to_start", ["RG012"],
     "buyer tells supplier that the deposit transfer makes them 'clear to start' on the 42 desks (full-quantity PO)",
     [("RE_PO_GCF-24-0876_deposit.eml", eml_bytes(mail(
         "Rashid Khan <rashid.khan@gulfcrest-fitout.ae>",
         "Emre Yildiz <emre.yildiz@ergonmobilya.com.tr>",
         "RE: PO GCF-24-0876 - proforma PI-2024-0502",
         dt(2024, 6, 9, 12, 3, 4),
         "Dear Emre,\n\n"
         "Deposit has gone today, kindly find the TT copy attached - so you are clear to start on the 42 desks.\n\n"
         "Kindly share the production schedule and the QC inspection date so our QA can attend in Kayseri.\n\n"
         "Best regards,\nRashid Khan\n"
         + sig("Rashid Khan", "Procurement Manager", "Gulf Crest Fit-Out LLC, Dubai", "+971 4 555 0145")
         + "\nFrom: Emre Yıldız <emre.yildiz@ergonmobilya.com.tr>\nSent: Thursday, June 6, 2024 3:11 PM\n\n"
         + quote_block(_p06_q) + "\n",
         attachments=[("TT_copy_GCF-24-0876.pdf", pdf([
             ("h1", "Emirates NBD - Outward Remittance Advice"),
             ("table", [
                 ["Reference", "TT-0609-555-0876"],
                 ["Value date", "09-Jun-2024"],
                 ["Ordering customer", "Gulf Crest Fit-Out LLC"],
                 ["Beneficiary", "Ergon Mobilya A.S., Turkiye Is Bankasi, Kayseri"],
                 ["Amount", "USD 23,940.00"],
                 ["Details", "30PCT DEPOSIT PI-2024-0502 PO GCF-24-0876"],
             ]),
         ], title="TT copy", author="Emirates NBD"), PDF_MT)],
         in_reply_to="<h86-pi0502@ergonmobilya.com.tr>")))])

# p50: Teams chat export: 12 samples, then "the ten (10) sample panels"; balance on hold with no unlock event.
case("p50_teams_12_vs_10_no_event", ["RG004", "RG011"],
     "chat: 12 sample panels, later 'the ten (10) sample panels'; 228 on hold 'for now, we'll let you know' with Rob Fenwick named but no unlock event",
     [("Teams_chat_HarbourVale_BalticAcoustics.txt",
       "Microsoft Teams - chat export\n"
       "Chat: Harbour & Vale L6/L7 acoustic panels\n"
       "Participants: Gemma Clarke (Harbour & Vale LLP), Tomas Petrauskas (Baltic Acoustics UAB - External)\n"
       "Exported: 21/06/2024 09:30\n"
       "\n"
       "[11/06/2024 10:02] Gemma Clarke\n"
       "Morning Tomas - PO HV-1183 has gone through for 12 sample panels (BA-F-1200-600-40, 3 colours x 4).\n"
       "\n"
       "[11/06/2024 10:04] Gemma Clarke\n"
       "The other 228 panels are on hold for now, not released - we'll let you know. Only Rob Fenwick, our Head of Facilities, can release them.\n"
       "\n"
       "[11/06/2024 10:31] Tomas Petrauskas\n"
       "Thank you Gemma, noted. Samples will be ready in 2 weeks. Colours Sage, Anthracite, Oat?\n"
       "\n"
       "[11/06/2024 10:40] Gemma Clarke\n"
       "Yes those three 👍\n"
       "\n"
       "[18/06/2024 14:12] Gemma Clarke\n"
       "Hi Tomas, can you make sure the ten (10) sample panels ship together on one pallet? Our goods-in at Bankside can only take one pallet per delivery slot.\n"
       "\n"
       "[18/06/2024 14:30] Tomas Petrauskas\n"
       "Sure, one pallet. DSV collection Thursday\n")])

# p51: HTML dealer-portal order (German/English): 156 on hold "until further notice", no person, no event.
case("p51_portal_gesperrt_bis_auf_weiteres", ["RG004", "RG005"],
     "portal PO: 4 sample chairs, balance 156 on hold 'until further notice'; no unlock event and nobody named to release",
     [("Bestellung_2024-3381.html", html_page("Kessler Objekteinrichtung - Bestellung 2024-3381", """
<div style="background:#2f4f4f;color:#fff;padding:6px">Kessler Objekteinrichtung GmbH &middot; Lieferantenportal / supplier portal</div>
<h2>Bestellung / Purchase order 2024-3381</h2>
<table>
<tr><th>Lieferant / supplier</th><td>Anji Hengtai Seating Co., Ltd</td></tr>
<tr><th>Datum / date</th><td>07.06.2024</td></tr>
<tr><th>Projekt / project</th><td>Hanseatic Re, Überseeallee 10, Hamburg &ndash; 2.&ndash;5. OG</td></tr>
<tr><th>Ansprechpartner / contact</th><td>Hanna Kessler, +49 40 555 0193</td></tr>
</table>
<table>
<tr><th>Pos</th><th>Artikel</th><th>Bezeichnung / description</th><th>Menge / qty</th><th>Preis EUR</th></tr>
<tr><td>10</td><td>HT-M21-S</td><td>Musterstuhl / sample chair HT-M21, Netz grau, Bezug Kvadrat Remix 3 col. 0173</td><td>4</td><td>139,00</td></tr>
</table>
<p class="note">Restmenge / balance: 156 Stk &ndash; gesperrt / on hold bis auf Weiteres (until further notice). Nicht freigegeben / not released.</p>
<p>Lieferung / delivery: DAP Hamburg, Anlieferung Tor 2, Mo&ndash;Fr 7&ndash;15 Uhr. Bitte Avis 24 h vorher.</p>
"""))])

# ============================================================ END OF CASES (build below)
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", fn.rsplit(".", 1)[0]).strip("_")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    mapping = []
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"{PREFIX}_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping.append((folder, c["name"]))
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")
    return mapping


if __name__ == "__main__":
    build()
