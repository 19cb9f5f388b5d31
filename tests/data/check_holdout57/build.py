#!/usr/bin/env python3
"""Generator for the releasegate check_holdout57 corpus (exhibition stands, signage, event production).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout57/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode, DOCX zip times).
The renderer helpers below are copied from check_holdout3/build.py (lines 1-203).
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
_PDF_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ě": "e", "ř": "r", "ň": "n", "ź": "z", "ż": "z", "ś": "s",
                            "ą": "a", "ę": "e", "ć": "c", "ń": "n", "č": "c", "ů": "u", "Č": "C", "Ř": "R",
                            "Š": "S", "š": "s", "Ž": "Z", "ž": "z", "→": "->", "Δ": "d", "–": "-", "—": "-"})


def _pdfsafe(b):
    """holdout57: the standard PDF fonts have no Latin Extended-A glyphs; write those letters as an ERP
    printout would (ASCII), so the text layer and the rendered page agree."""
    if b[0] == "table":
        return ("table", [[str(c).translate(_PDF_ASCII) for c in r] for r in b[1]])
    if len(b) > 1 and isinstance(b[1], str):
        return (b[0], b[1].translate(_PDF_ASCII)) + tuple(b[2:])
    return b


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_pdfsafe(b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h57-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h57")
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



# ------------------------------------------------------------ extra helpers (holdout57)
def quote(text, level=1):
    """Prefix every line with '> ' (level times), as a mail client does in a reply."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """Very small text -> HTML conversion for the text/html alternative of a mail."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        elif all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def sig_de(name, title, phone):
    return (f"\n-- \n{name}\n{title}\nKranich Messe & Event GmbH\nHanauer Landstraße 182, 60314 Frankfurt am Main\n"
            f"Tel. {phone}\n\nKranich Messe & Event GmbH · Sitz Frankfurt am Main · HRB 98765 · "
            "Geschäftsführer: Holger Kranich, Sabine Ott\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")


def sig_ae(name, title, phone="+971 4 388 2210"):
    return (f"\nBest regards,\n{name}\n{title}\nDune Events LLC | Al Quoz Industrial Area 3, Dubai, UAE\n"
            f"M {phone} | www.dune-events.ae\n\n"
            "Please consider the environment before printing this email.\n")


def sig_vw(name, title, phone):
    return (f"\nMit freundlichen Grüßen / Kind regards\n{name}\n{title}\nVollmer Werkzeuge AG\n"
            f"Zuffenhausener Str. 88, 70435 Stuttgart\nTel. {phone}\n"
            "Vorstand: Dr. Klaus Vollmer (Vors.), Petra Lenz · Aufsichtsrat: Werner Alt · "
            "Sitz Stuttgart · Amtsgericht Stuttgart HRB 7321\n")


# =================================================================== CLEAN
# c01 — German agency PO for two sample light boxes, full scope note, quote series figure declared informational
case("c01_sample_po_full_scope_note", [],
     "Sample PO: 2 released, quote's 120 declared informational/not released, unlock = sample sign-off + written release by Anna Weber, sample-only material.",
     [("PO_4500012840.pdf", pdf([
         ("h1", "Purchase Order 4500012840"),
         ("p", "Kranich Messe & Event GmbH · Hanauer Landstraße 182 · 60314 Frankfurt am Main · USt-IdNr. DE 812 345 678"),
         ("p", "Supplier: Světlo Reklama s.r.o., Vídeňská 112, 619 00 Brno, CZ — attn. Tomáš Dvořák"),
         ("p", "Date: 05.08.2024 · Project: ProWein 2025, Weingut Albrecht stand, Hall 5.1 · Your quote: SR-24-118 of 29.07.2024"),
         ("table", [["Pos", "Description", "Qty", "Unit", "Unit price EUR", "Total EUR"],
                    ["10", "Sample light box, double-sided, 600 × 900 mm, aluminium frame LB60, SEG print, LED edge-lit 24 V", "2", "pcs", "385,00", "770,00"],
                    ["20", "Transport of samples to Frankfurt (DAP)", "1", "lot", "140,00", "140,00"],
                    ["", "Net total", "", "", "", "910,00"]]),
         ("h", "Scope of this purchase order"),
         ("p", "This purchase order releases the two (2) sample light boxes in position 10 and nothing more. "
               "Your quote SR-24-118 also prices 120 series light boxes; that figure is for information only and is "
               "not released by this purchase order."),
         ("p", "What to do now: build and ship the two samples by KW 36. Buy material for the two samples only "
               "(material authority: sample-only)."),
         ("p", "The series quantity is a forecast. It stays on hold and will be released only by a written release "
               "signed by Anna Weber, Head of Procurement, after our sample sign-off at the Frankfurt workshop."),
         ("p", "Payment terms: 30 days net. Delivery: DAP Frankfurt, Osthafen workshop, gate 3. "
               "Please confirm this purchase order by return e-mail."),
         ("sp",),
         ("p", "Kranich Messe & Event GmbH · Einkauf · Anna Weber · +49 69 4780 2210 · a.weber@kranich-messe.de"),
     ], title="PO 4500012840", author="Kranich Einkauf"))])

# c02 — Portuguese acrylic workshop quote with tiers (supplier quote alone)
case("c02_supplier_quote_tiers", [],
     "Supplier quote with sample and production tiers; no authorization in the bundle, production tiers priced for information.",
     [("Acrilux_quote_AC-24-0371.pdf", pdf([
         ("h1", "Quotation AC-24-0371"),
         ("p", "Acrilux Lda · Parque Industrial de Celeirós, Lote 14 · 4705-414 Braga · Portugal · NIF PT 514 220 981"),
         ("p", "To: Harbour & Finch Ltd, 18 Jersey Street, Manchester M4 6JB, UK — attn. Olivia Grant, Buyer"),
         ("p", "Date: 12 June 2024 · Your enquiry of 6 June 2024 · Validity: 60 days"),
         ("p", "Item: counter display, 3-tier, 5 mm clear acrylic with 3 mm white backer, UV-printed logo, "
               "drawing HF-CD-03 rev B."),
         ("table", [["Quantity", "Unit price EUR", "Lead time"],
                    ["5 (samples)", "64,00", "10 working days"],
                    ["250", "21,40", "4 weeks after written release"],
                    ["500", "18,90", "5 weeks after written release"],
                    ["1.000", "16,75", "6 weeks after written release"]]),
         ("p", "Jig for polishing and bending: EUR 380,00 one-off. Prices EXW Braga (Incoterms 2020), packed "
               "in single cartons with foam corners."),
         ("p", "The quantities above the samples are quoted for pricing only. We start production only against a "
               "written release that names the quantity."),
         ("sp",),
         ("p", "Com os melhores cumprimentos / Best regards — Sofia Martins, Sales, Acrilux Lda, +351 253 600 410"),
     ], title="Quotation AC-24-0371", author="Acrilux"))])

# c03 — WhatsApp: supplier asks for go-ahead, buyer PM answers with full scope
case("c03_whatsapp_question_answered", [],
     "Supplier's question about a go-ahead; buyer answers: 2 mock-ups only, 38 on hold until Anna Weber's written release after mock-up sign-off.",
     [("WhatsApp_Chat_Pawel_Nowak.txt", """\
[07.10.24, 08:12:04] Paweł Nowak: Dzień dobry Jonas! Mock-ups are in the spray booth, ready Thursday 🙂
[07.10.24, 08:12:31] Paweł Nowak: <attached: 00000041-PHOTO-2024-10-07-08-12-31.jpg>
[07.10.24, 08:40:10] Jonas Brandt: Looks good. Colour is the NCS S 1002-Y from the sample board?
[07.10.24, 08:43:55] Paweł Nowak: yes NCS S 1002-Y, 2 coats, matt 10
[07.10.24, 08:45:02] Paweł Nowak: question – do we have go-ahead for the other 38 counters? I must plan the CNC for next week, otherwise we are late for Hannover
[07.10.24, 09:20:47] Jonas Brandt: Not yet, sorry. Only the 2 mock-ups are released. The 38 stay on hold until Anna Weber sends you the written release – and she will do that only after we sign off the mock-ups at the build-up check on 14.10.
[07.10.24, 09:21:30] Jonas Brandt: So please don't cut anything or buy board for the 38 yet
[07.10.24, 09:25:12] Paweł Nowak: OK understood 👍 I keep the CNC slot on 16.10 as option, nothing bought
[07.10.24, 09:25:40] Jonas Brandt: perfect, danke!
""")])

# c04 — UK retailer's labelled forecast (DOCX with table)
case("c04_labelled_forecast_docx", [],
     "Clearly labelled forecast: not an order, not a release, no material; non-authorizing.",
     [("LL_lightbox_programme_2025.docx", docx_bytes([
         ("h1", "Lumen & Loom — store light box programme 2025"),
         ("p", "Prepared for: Světlo Reklama s.r.o. (Tomáš Dvořák). Prepared by: Priya Shah, Sourcing Lead. "
               "Version 3, 2 May 2024."),
         ("p", "STATUS: FORECAST ONLY. This document is not a purchase order and not a release. It gives you "
               "planning visibility; it commits Lumen & Loom to nothing and authorizes no production and no "
               "material purchase."),
         ("h", "Forecast by quarter"),
         ("table", [["Quarter", "New stores", "Light boxes per store", "Forecast light boxes"],
                    ["Q1 2025", "6", "4", "24"],
                    ["Q2 2025", "9", "4", "36"],
                    ["Q3 2025", "12", "4", "48"],
                    ["Q4 2025", "8", "4", "32"],
                    ["Total", "35", "", "140"]]),
         ("h", "How quantities will be ordered"),
         ("li", "Each store wave gets its own purchase order."),
         ("li", "Production is authorized only by a written call-off signed by Priya Shah that names the quantity."),
         ("li", "No material may be bought against this forecast."),
         ("p", "Please use the figures for capacity planning only. Store lists and delivery addresses follow with each PO."),
     ], author="Priya Shah"))])

# c05 — US exhibitor full-quantity PO for three booths (multipart/alternative)
_t = """\
Hi Krzysztof,

Thanks for the quick turnaround on the revised layout. Our PO is below; the PDF copy will come from our ERP separately.

PO 7702 - Bright Booth Inc.
Supplier: Modulo Systems Sp. z o.o., Wrocław
Item: M-frame modular inline booth 20 ft x 10 ft (6 x 3 m), incl. SEG back wall graphics, 2 counters with lockable storage, LED spot rail and shipping crates
Quantity: three (3) complete booths - one each for ISC West, NAB Show and the National Restaurant Association Show
Price: EUR 14.850,00 per booth, EUR 44.550,00 total, FCA Wrocław

This PO is for the full quantity. There are no samples and no further quantities on this order.

Please proceed with all three booths. We need the crates at your dock by 17 February 2025 for the ocean freight.

Graphics files (PDF/X-4, 150 dpi at full size) are on our portal under project BB-2025-SPRING. Please send the fire certificate for the fabric (B1 / NFPA 701) with the packing list.

Best,
Megan
""" + sig("Megan O'Connor", "Senior Buyer", "Bright Booth Inc., 1420 W Fulton Market, Chicago IL 60607", "+1 312 555 0142")
case("c05_full_quantity_po_booths", [],
     "Full-quantity PO (3 booths, no samples, no balance); 'proceed with all three' is scoped.",
     [("PO_7702_Modulo_inline_booths.eml", eml_bytes(mail(
         "Megan O'Connor <m.oconnor@brightbooth.com>", "Krzysztof Mazur <k.mazur@modulo-systems.pl>",
         "PO 7702 - three inline booths for the spring shows", "Tue, 08 Oct 2024 16:22:10 -0500",
         _t, html=txt2html(_t))))])

# c06 — explicit, recorded auto-conversion (quoted thread)
_t = """\
Dear Agnieszka,

Thank you for the call this afternoon. As promised, here is what we agreed, in writing, so that both sides keep the same record:

1. PO 88-2301 covers 3 strike-offs (released now) and 180 printed SEG panels, 2480 x 990 mm (commercial cover only).
2. Today only the 3 strike-offs are released. The 180 panels are not released.
3. Auto-conversion, agreed and recorded: if I, Wei Ling Tan (Head of Production, Merlion Expo), sign the strike-off sign-off form for strike-off B in writing on or before 20 June 2024, that signed form releases the 180 panels by itself; no further release is needed.
4. If the strike-off is rejected, signed off as interim only, or signed after 20 June, nothing is released and the 180 panels wait for a separate written release from me.
5. Until then please buy fabric for the strike-offs only.

Please reply to confirm that this matches your notes.

Best regards,
Wei Ling
""" + sig("Wei Ling Tan", "Head of Production", "Merlion Expo Pte Ltd, 10 Ubi Crescent #05-22, Singapore 408564", "+65 6745 2290") + """
On Tue, 11 Jun 2024 at 16:02, Agnieszka Wójcik <a.wojcik@printtex.pl> wrote:
""" + quote("""\
Dear Wei Ling,

strike-offs A, B and C are printed on Décor Flex 220 g and go out with DHL today, AWB 1Z 999 555 012 3456 7890.
Could you tell us how the release for the 180 panels will work? Our planning needs 10 working days after release.

Best regards,
Agnieszka Wójcik
Key Account Manager, PrintTex Łódź Sp. z o.o.""")
case("c06_recorded_auto_conversion", [],
     "Explicit recorded auto-conversion naming quantity (180), signer (Wei Ling Tan), conditions and deadline; 3 strike-offs released now.",
     [("RE_strike-off_SEG_panels_Merlion.eml", eml_bytes(mail(
         "Wei Ling Tan <weiling.tan@merlionexpo.sg>", "Agnieszka Wójcik <a.wojcik@printtex.pl>",
         "RE: Strike-offs & SEG panels - recording what we agreed", "Tue, 11 Jun 2024 18:40:00 +0800", _t,
         in_reply_to="<PT-240611-0092@printtex.pl>")))])

# c07 — ERP call-off with an explicit staged material authority above the released quantity
case("c07_erp_calloff_staged_material", [],
     "Call-off releases 20 (cum. 40); balance 160 on hold; staged material authority up to 100 at buyer liability; next call-off signed by P. Shah.",
     [("CALLOFF_LL-CO-0002.txt", """\
LUMEN & LOOM RETAIL LTD                                   CALL-OFF / PRODUCTION RELEASE
71 Great Eastern Street, London EC2A 3HU                  Page 1 of 1
-------------------------------------------------------------------------------------------
CALL-OFF NO : LL-CO-0002             DATE     : 02-SEP-2024
PO NO       : LL-PO-24117            SUPPLIER : SVETLO REKLAMA S.R.O. (V-20431)
PART NO     : LL-LB-600-R3           DESC     : LIGHT BOX 600X1800 SINGLE SIDED, SEG
-------------------------------------------------------------------------------------------
ORDER QTY (PO COMMERCIAL COVER)            200 EA
RELEASED PREVIOUSLY (CALL-OFF 0001)         20 EA
RELEASED THIS CALL-OFF                      20 EA
CUMULATIVE RELEASED                         40 EA
BALANCE NOT RELEASED                       160 EA   ** ON HOLD - DO NOT PRODUCE **
-------------------------------------------------------------------------------------------
MATERIAL AUTHORITY : STAGED - UP TO 100 EA OF ALU PROFILE LB60 + LED MODULES,
                     AT BUYER LIABILITY. NO OTHER MATERIAL BEYOND THE 40 EA RELEASED.
NEXT RELEASE       : CALL-OFF 0003, SIGNED BY P. SHAH (SOURCING LEAD)
QTY BASIS BALANCE  : FORECAST
DELIVERY           : 20 EA DAP LONDON DC (DARTFORD), WEEK 40, BOOKING REF DC-88231
-------------------------------------------------------------------------------------------
AUTHORISED: P. SHAH   (RELEASE AUTHORITY, LIMIT GBP 50,000)
""")])

# c08 — supplier acknowledgement restating the hold (quoted PO mail)
_t = """\
Dear Mrs Weber,

thank you for the PO. We confirm the scope exactly as you wrote it:

- released now: 2 (two) mock-up counters, oak veneer, for the build-up check in your Frankfurt hall
- the other 38 counters are not released and we will not start them
- material: we buy veneer and HPL for the 2 mock-ups only
- the 38 will be released only by written release from you after the mock-up sign-off on 14.10.

The mock-ups will be ready on 10.10., transport with our own van.

Pozdrawiam / Best regards
Paweł Nowak
Stolarnia Nowak Sp. z o.o.
ul. Obornicka 230, 62-002 Suchy Las
tel. +48 601 234 567

-----Original Message-----
""" + quote("""\
From: Anna Weber <a.weber@kranich-messe.de>
Sent: Monday, 30 September 2024 11:04
Subject: PO 4500012901 - reception counters Hannover

Dear Mr Nowak,

attached PO 4500012901. Scope: only the two (2) mock-up counters are released. The remaining 38 counters are NOT released - please do not start them and do not buy material for them. I will release them in writing after we have signed off the mock-ups at the build-up check on 14 October.

Kind regards
Anna Weber
Head of Procurement""")
case("c08_supplier_ack_restates_hold", [],
     "Supplier acknowledgement restating the buyer's scope (2 released, 38 on hold, written release by Anna Weber after mock-up sign-off).",
     [("AW_PO_4500012901_Empfangstheken.eml", eml_bytes(mail(
         "Paweł Nowak <biuro@stolarnia-nowak.pl>", "Anna Weber <a.weber@kranich-messe.de>",
         "AW: PO 4500012901 - reception counters Hannover", "Tue, 01 Oct 2024 07:58:12 +0200", _t,
         in_reply_to="<KM-240930-1104@kranich-messe.de>")))])

# c09 — Chinese supplier: the deposit does not release production
_t = """\
Dear Megan,

Good day! We received your 30% deposit USD 1,260.00 for PO 7744 today, thank you very much.

Please note: the deposit does not release production. According to your PO we make the 1 pre-production sample only (tower 1000 x 2500 mm, SEG backlit, 4 sides). For the 60 towers we wait for your written release after you sign off the sample. We buy aluminium and fabric for the sample only.

Sample will be ready on 18 Sep. We send photos and a video of the light test first, then DHL.

Best regards,
Kevin Zhang
Sales Manager
Shenzhen Brightway Display Co., Ltd.
Bldg 7, Huafeng Industrial Park, Bao'an District, Shenzhen 518101, China
Tel/WeChat: +86 138 2654 7781

""" + quote("""\
From: Megan O'Connor <m.oconnor@brightbooth.com>
Sent: Tuesday, September 3, 2024 10:15 AM
Subject: PO 7744 - backlit towers

Hi Kevin,
PO 7744 attached. It covers one (1) pre-production sample now. The 60 production towers are commercial cover only and are NOT released. They will be released by my written release after we sign off the sample in Chicago. Deposit per your PI will follow this week.
Megan O'Connor, Sr. Buyer""")
case("c09_deposit_does_not_release", [],
     "Supplier states the deposit does not release production; buyer's quoted PO: 1 sample, 60 not released until her written release after sample sign-off.",
     [("RE_PO_7744_deposit_received.eml", eml_bytes(mail(
         "Kevin Zhang <kevin.zhang@brightway-display.cn>", "Megan O'Connor <m.oconnor@brightbooth.com>",
         "RE: PO 7744 - backlit towers / deposit received", "Fri, 06 Sep 2024 17:05:44 +0800", _t,
         in_reply_to="<BB-240903-7744@brightbooth.com>")))])

# c10 — UAE project portal order lines (HTML table) with full scope
case("c10_portal_order_lines", [],
     "Portal: line 1 two sample totems released, line 2 48 totems not released; unlock = client sign-off + revised LPO by Fatima Al Mansouri; sample-only material.",
     [("portal_DE-2411_order_lines.html", html_page("Dune Events Supplier Portal - DE-2411", """\
<h2>Dune Events Supplier Portal</h2>
<p>Project <b>DE-2411 — Expo City Brand Pavilion</b> · Supplier: Siam Expo Fabrication Co., Ltd (Bangkok) · LPO 5512 · Last update 03 Sep 2024 11:20 GST</p>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Sample totem 600 × 2400 mm, backlit SEG, steel base 40 kg</td><td>sample</td><td>2</td><td>Released — build now</td></tr>
<tr><td>2</td><td>Totem, same spec, production</td><td>production</td><td>48</td><td>NOT RELEASED — on hold</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> Released now: the 2 sample totems on line 1. Line 2 (48 totems) is commercial cover only and is not released; do not start it and do not buy material for it.</p>
<p><b>Unlock.</b> Line 2 will be released only after the client has signed off the sample totems, by a revised LPO issued and signed by Fatima Al Mansouri (Procurement Manager).</p>
<p><b>Material authority:</b> sample-only. <b>Quantity basis line 2:</b> firm.</p>
</div>
<p>Delivery of samples: Dune Events warehouse, Al Quoz Industrial Area 3, Dubai — by 25 Sep 2024. Show build-up: 14 Oct 2024.</p>
"""))])

# c11 — colour proof approved for the strike-off print only (multipart/alternative)
_t = """\
Dear Agnieszka,

Thanks for the colour proof (Pantone 7621 C and the gold simulation for 871 C). Colour proof approved for the strike-off print only - production is not released.

Please print the 2 strike-offs (1000 x 1000 mm each, same fabric as quoted) and courier them to our Al Quoz warehouse.

The 60 tension-fabric walls stay on hold. They will be released only when the client has signed off the strike-offs and I send you a written release. Until then please buy fabric for the 2 strike-offs only.
""" + sig_ae("Fatima Al Mansouri", "Procurement Manager")
case("c11_scoped_colour_proof_approval", [],
     "'Approved for the strike-off print only - production is not released'; 2 strike-offs; 60 on hold until client sign-off + Fatima's written release.",
     [("DE-2419_colour_proof_strike-offs.eml", eml_bytes(mail(
         "Fatima Al Mansouri <fatima@dune-events.ae>", "Agnieszka Wójcik <a.wojcik@printtex.pl>",
         "DE-2419 colour proof - OK for strike-offs only", "Wed, 18 Sep 2024 10:31:00 +0400",
         _t, html=txt2html(_t), cc="Rashid Khan <rashid@dune-events.ae>")))])

# c12 — full-quantity stand brief (DOCX with table)
case("c12_full_quantity_stand_brief", [],
     "Full-quantity brief for one complete stand; no samples/balance; 'proceed with the complete build of that one stand' is scoped; identifiers look like quantities.",
     [("Vollmer_EMO2025_stand_brief.docx", docx_bytes([
         ("h1", "Stand brief — EMO Hannover 2025"),
         ("p", "Client: Vollmer Werkzeuge AG, Stuttgart. Contractor: Modulo Systems Sp. z o.o., Wrocław. "
               "Hall 12, stand C-1200, 10 × 12 m island. Build-up 16–21 September 2025, show 22–27 September 2025."),
         ("h", "Scope"),
         ("p", "This brief and order V-25-0310 cover one (1) complete stand as listed below. It is a full-quantity "
               "order: no samples, no mock-up, no further stands. Please proceed with the complete build of that one "
               "stand, all items in the table."),
         ("table", [["Item", "Qty", "Specification"],
                    ["Modular wall system, 3.5 m high, aluminium M-frame", "1 set", "per drawing VW-EMO-1200 Rev 20"],
                    ["Back-lit SEG wall 6 × 3.5 m", "2", "fabric B1 per DIN 4102-1, certificate required"],
                    ["Reception counter with lockable storage", "1", "white high gloss, logo milled and back-lit"],
                    ["Product plinth 800 × 800 × 1000 mm", "6", "steel top plate for machines up to 450 kg"],
                    ["Hanging sign, 4-sided, Ø 4000 mm", "1", "rigging by venue contractor, max. 250 kg"],
                    ["Meeting cabin with lockable door", "1", "3 × 3 m, ceiling with 2 × 600 lm downlights"]]),
         ("h", "Compliance"),
         ("li", "Fire certificates for all fabrics and boards (DIN 4102-1 B1 or EN 13501-1 class B-s1,d0) with the delivery."),
         ("li", "Structural calculation for the hanging sign (rigging point loads) four weeks before build-up."),
         ("li", "Electrical installation per DIN VDE 0100-711."),
         ("h", "Contacts"),
         ("p", "Dieter Hahn, Head of Trade Fairs, +49 711 8830 410 · on site: Lukas Berger, +49 171 442 9087."),
     ], author="Dieter Hahn"))])

# c13 — forwarded old quote (message/rfc822) declared informational
_inner = mail("Sofia Martins <sofia.martins@acrilux.pt>", "Olivia Grant <olivia.grant@harbourfinch.co.uk>",
              "Quotation AC-23-0912 counter displays", "Thu, 14 Sep 2023 15:12:00 +0100", """\
Dear Olivia,

please find our prices for the counter display HF-CD-02:

- 5 samples: EUR 71,00 per piece
- 2.000 pcs: EUR 15,90 per piece, lead time 6 weeks from release

Prices EXW Braga, valid 60 days.

Com os melhores cumprimentos,
Sofia Martins
Acrilux Lda
""")
_t = """\
Hi Sofia,

As discussed, I'm forwarding your quote from last year (attached as the original email) so your new colleague in planning has the history.

To be clear: the 2,000 pcs in that old quote is informational only and is not released - it was last year's roll-out estimate.

What is active now is PO HF-4471 for five (5) sample counter displays, new design HF-CD-04. The balance stays on hold: Daniel Hughes (VM Director) has to sign off the samples first, and then I send you a written release with the quantity. Please buy acrylic for the 5 samples only.

Thanks!
Olivia
""" + sig("Olivia Grant", "Buyer, Visual Merchandising", "Harbour & Finch Ltd, 18 Jersey Street, Manchester M4 6JB", "+44 161 555 0187")
case("c13_forwarded_old_quote_informational", [],
     "Forwarded rfc822 old quote with 2,000 pcs declared informational/not released; 5 samples active; balance on hold until sample sign-off + Olivia's written release.",
     [("FW_Quotation_AC-23-0912.eml", eml_bytes(mail(
         "Olivia Grant <olivia.grant@harbourfinch.co.uk>", "Sofia Martins <sofia.martins@acrilux.pt>",
         "FW: Quotation AC-23-0912 counter displays", "Mon, 03 Jun 2024 09:47:00 +0100", _t,
         attachments=[("rfc822", _inner)])))])

# c14 — buyer corrects a supplier who assumed auto-conversion (supplier text only quoted)
_t = """\
Hi Nok,

Thanks for the update and the photos - the arch looks great.

On your question below: no, the sample sign-off does not release the 30 arches. They stay on hold until I send you a written release after we've signed off the samples. Right now only the 2 sample arches are released. Please don't cut aluminium for the 30 yet.

Best,
Megan
""" + sig("Megan O'Connor", "Senior Buyer", "Bright Booth Inc., Chicago", "+1 312 555 0142") + """
On Thu, Jul 11, 2024 at 4:18 AM Nok <nok@siamexpofab.co.th> wrote:
""" + quote("""\
Hi Megan,
sample arches are finished, photo attached. Once you approve the samples we will go straight into the 30 arches so we keep your show date. OK ka?
Nok""")
case("c14_buyer_corrects_auto_conversion", [],
     "Quoted supplier assumption of auto-conversion is corrected by the buyer: 2 released, 30 on hold until Megan's written release after sample sign-off.",
     [("RE_sample_arches_BB.eml", eml_bytes(mail(
         "Megan O'Connor <m.oconnor@brightbooth.com>", "Nok <nok@siamexpofab.co.th>",
         "RE: sample arches finished", "Thu, 11 Jul 2024 08:02:00 -0500", _t,
         in_reply_to="<SEF-240711-0418@siamexpofab.co.th>")))])

# c15 — multi-file: PO (declares the quote's production figure indicative) + supplier quote
case("c15_po_plus_quote_labelled", [],
     "Two files: PO releases 3 sample frames and declares the quote's 150 indicative/not released; unlock = sample sign-off + written release by Wei Ling Tan.",
     [("PO_MX-24-0655.pdf", pdf([
         ("h1", "Purchase Order MX-24-0655"),
         ("p", "Merlion Expo Pte Ltd · 10 Ubi Crescent #05-22 · Singapore 408564 · UEN 201512345K"),
         ("p", "To: Siam Expo Fabrication Co., Ltd, 88/12 Moo 4, Bang Phli, Samut Prakan 10540, Thailand"),
         ("p", "Date: 22 April 2024 · Project: Singapore Food Expo, brand photo booths · Your quotation QT-2403-201"),
         ("table", [["Line", "Description", "Qty", "Unit price SGD", "Amount SGD"],
                    ["1", "Sample photo frame, acrylic 10 mm, LED edge-lit, 1200 × 1800 mm, on base", "3", "410.00", "1,230.00"],
                    ["2", "Air freight samples BKK–SIN", "1", "380.00", "380.00"]]),
         ("h", "Scope"),
         ("p", "Released now: three (3) sample photo frames, line 1. Your quotation QT-2403-201 (separate file) "
               "shows 150 production frames: that figure is indicative and is not released."),
         ("p", "The balance stays on hold until our design team has signed off the samples and a written release "
               "signed by Wei Ling Tan, Head of Production, names the production quantity. Material authority: "
               "sample-only."),
         ("p", "Samples to Merlion Expo workshop, 10 Ubi Crescent, by 20 May 2024."),
     ], title="PO MX-24-0655", author="Merlion Expo")),
      ("Siam_Expo_QT-2403-201.pdf", pdf([
         ("h1", "Quotation QT-2403-201"),
         ("p", "Siam Expo Fabrication Co., Ltd · Bang Phli, Samut Prakan · Tax ID 0115556012345"),
         ("p", "To: Merlion Expo Pte Ltd, attn. Arun Pillai · Date: 28 March 2024 · Validity 45 days"),
         ("table", [["Item", "Qty", "Unit price SGD", "Lead time"],
                    ["Photo frame, acrylic 10 mm, LED edge-lit, 1200 × 1800 mm (sample)", "3", "410.00", "3 weeks"],
                    ["Photo frame, same spec (production)", "150", "168.00", "5 weeks"]]),
         ("p", "Acrylic: Plexiglas XT clear. LED: 24 V, 6500 K. Base: powder-coated steel, RAL 9005."),
         ("p", "Remarks: Prices FOB Bangkok. Production lead time counts from your written release."),
         ("p", "Nattaya Srisuk (Nok), Sales · +66 81 234 5678"),
     ], title="QT-2403-201", author="Siam Expo"))])

# c16 — WhatsApp: full-quantity order of 8 lanterns, scoped go-ahead
case("c16_whatsapp_full_quantity_lanterns", [],
     "Full-quantity order for all 8 lanterns, no samples, no balance; 'Go ahead with all 8' is scoped.",
     [("WhatsApp_Chat_Siam_Expo_Lanterns.txt", """\
[03/02/2024, 10:05] Omar Haddad: Good morning Nok, LPO 3310 sent by email just now for the lanterns
[03/02/2024, 10:06] Omar Haddad: It's for all 8 giant lanterns (2.4 m, gold leaf finish, warm white LED) – full quantity, no samples needed, you made the same ones for us last Ramadan
[03/02/2024, 10:07] Omar Haddad: Go ahead with all 8 please, the event is 14 March in the hotel ballroom in Abu Dhabi
[03/02/2024, 10:30] Nok Siam Expo: Received ka 🙏 all 8 lanterns, same as 2023 design, we start Monday. Fire cert for the fabric we send with the shipping docs
[03/02/2024, 10:31] Nok Siam Expo: Sea freight Laem Chabang → Jebel Ali is 18 days, so we must be ready 20 Feb
[03/02/2024, 10:45] Omar Haddad: perfect, shukran 🙏
""")])

# c17 — German ERP PO printout with identifiers that look like quantities
case("c17_erp_po_identifiers", [],
     "ERP sample PO: 4 released, quoted 100 labelled forecast/not released, balance 96 on hold; unlock = sample sign-off + written release by D. Hahn; part/drawing/norm numbers look like quantities.",
     [("BEST_4500098765.txt", """\
VOLLMER WERKZEUGE AG                     BESTELLUNG / PURCHASE ORDER
Einkauf Messe & Events                   Nr. 4500098765     Datum 14.05.2024
Zuffenhausener Str. 88, 70435 Stuttgart  Sachbearbeiter: D. Hahn
--------------------------------------------------------------------------------
LIEFERANT / SUPPLIER: 20431  SVETLO REKLAMA S.R.O., VIDENSKA 112, 619 00 BRNO
--------------------------------------------------------------------------------
POS  ARTIKEL / PART     BESCHREIBUNG / DESCRIPTION        MENGE  ME   PREIS EUR
0010 1000-500-250       MUSTER-LEUCHTKASTEN / SAMPLE          4  ST      412,00
                        LIGHT BOX 1000X500X250 MM
                        ZCHNG / DRG 4000 REV 12
                        RAL 9016, SEG FABRIC B1 DIN 4102-1
--------------------------------------------------------------------------------
HINWEIS / NOTE:
 ONLY THE 4 SAMPLE LIGHT BOXES OF POS 0010 ARE RELEASED BY THIS PO.
 QUOTED SERIES QTY 100 ST (ANGEBOT SR-24-077) = FORECAST, NOT RELEASED.
 BALANCE 96 ST ON HOLD - DO NOT START, DO NOT BUY MATERIAL.
 UNLOCK: SAMPLE SIGN-OFF + WRITTEN RELEASE SIGNED BY D. HAHN,
         LEITER MESSEN / HEAD OF TRADE FAIRS.
 QM: ISO 9001:2015 CERTIFICATE REQUIRED. PACKAGING ACC. VDA 4500.
--------------------------------------------------------------------------------
LIEFERTERMIN / DELIVERY: KW 24/2024  DAP STUTTGART    ZAHLUNG: 30 TAGE NETTO
""")])

# c18 — release notice with DOCX attachment, partial release after sample sign-off
_t = """\
Dear Sofia,

please find attached release notice R-HF-014.

Short version: sample sign-off SO-HF-0412 is done, and with this notice 40 counter displays are released for production. The remaining 210 are not released and stay on hold until the next call-off, which Daniel Hughes will sign. Material authority: 40 units only.

Delivery of the 40 to our Trafford Park DC in week 42, please.

Kind regards,
Olivia
""" + sig("Olivia Grant", "Buyer, Visual Merchandising", "Harbour & Finch Ltd, Manchester", "+44 161 555 0187")
_docx = docx_bytes([
    ("h1", "Release notice R-HF-014"),
    ("p", "Buyer: Harbour & Finch Ltd. Supplier: Acrilux Lda. PO HF-4471-2 (commercial cover 250 units). "
          "Part: counter display HF-CD-04 rev A."),
    ("table", [["Field", "Entry"],
               ["Released quantity", "40 (forty) counter displays"],
               ["Unlock event met", "Sample sign-off SO-HF-0412: approved, 28 Aug 2024, Daniel Hughes"],
               ["Balance on hold", "210 units, not released"],
               ["Next release", "Next call-off, signed by Daniel Hughes (VM Director, release authority, limit GBP 20,000)"],
               ["Material authority", "40 units only"],
               ["Authorized by", "Daniel Hughes, VM Director, 2 Sep 2024"]]),
    ("p", "Please acknowledge this release notice in writing."),
], author="Olivia Grant")
case("c18_release_notice_docx", [],
     "Release notice: 40 released after sample sign-off; 210 on hold until next call-off signed by Daniel Hughes; material 40 only; mail and DOCX agree.",
     [("Release_notice_R-HF-014.eml", eml_bytes(mail(
         "Olivia Grant <olivia.grant@harbourfinch.co.uk>", "Sofia Martins <sofia.martins@acrilux.pt>",
         "Release notice R-HF-014 - counter displays HF-CD-04", "Mon, 02 Sep 2024 14:20:00 +0100", _t,
         html=txt2html(_t), attachments=[("R-HF-014.docx", _docx, DOCX_MT)])))])

# c19 — supplier weekly status with TXT attachment (non-authorizing, nothing beyond release)
_t = """\
Hi Jonas,

attached our weekly status for your open orders. Short: strike-offs done and shipped, nothing started on the series panels, no fabric bought for them.

Have a nice weekend!
Agnieszka

--
Agnieszka Wójcik | Key Account Manager
PrintTex Łódź Sp. z o.o. | ul. Niciarniana 51, 92-320 Łódź | +48 42 630 55 12
"""
_att = """\
PRINTTEX LODZ - WEEKLY ORDER STATUS - KW 38/2024
Customer: Kranich Messe & Event GmbH (Frankfurt)

Order     Item                            Released  Printed  Status
--------  ------------------------------  --------  -------  ---------------------------------------
KM-0877   SEG panel 2950x2480, strike-off        8        8  shipped 17.09., DPD 0948 5512 3301
KM-0877   SEG panel 2950x2480, series            0        0  waiting for written release (A. Weber)
KM-0881   Backlit fabric 1200x3000, sample       2        2  at your office since 12.09.

Material: fabric bought only for the released pieces (8 + 2). No stock for the series.
Next status: KW 39.
"""
case("c19_supplier_status_txt_attachment", [],
     "Supplier status report (non-authorizing): only released pieces printed, no material beyond them, waiting for written release.",
     [("Weekly_status_KW38_PrintTex.eml", eml_bytes(mail(
         "Agnieszka Wójcik <a.wojcik@printtex.pl>", "Jonas Brandt <j.brandt@kranich-messe.de>",
         "Weekly status KW 38 - Kranich orders", "Fri, 20 Sep 2024 15:45:00 +0200", _t,
         attachments=[("status_KW38.txt", _att, "text/plain")])))])

# c20 — release + explicit staged material authority, HTML attachment
_html = html_page("DE-2405 release sheet", """\
<h2>DE-2405 — Abu Dhabi International Boat Show, frame walls</h2>
<p>LPO 5490 · Supplier: Modulo Systems Sp. z o.o. · Issued 26 Aug 2024</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>Frame wall 3 × 2.5 m, M-60 profile, SEG print</td><td>12</td><td>Released for production</td></tr>
<tr><td>Frame wall, same spec</td><td>48</td><td>Not released — on hold until a revised LPO signed by Fatima Al Mansouri, issued after the client has signed off the first 12 walls at build-up</td></tr>
<tr><td>Material authority: aluminium profile M-60 and connectors</td><td>staged up to 60 walls' worth</td><td>At Dune Events' liability (on cancellation we pay profile cost at invoice). No fabric beyond the 12 released walls.</td></tr>
</table>
<p class="note">Signed: Fatima Al Mansouri, Procurement Manager, Dune Events LLC</p>
""")
_t = """\
Dear Krzysztof,

please find attached the release sheet for DE-2405 (boat show frame walls).

Summary: 12 walls are released for production. Material authority is staged up to 60 walls' worth of M-60 profile and connectors, at our liability, so you can book the extrusion slot. The remaining 48 walls are not released.
""" + sig_ae("Fatima Al Mansouri", "Procurement Manager")
case("c20_staged_material_html_attachment", [],
     "12 released, 48 on hold until revised LPO by Fatima after client sign-off; explicit staged material authority (60 walls' profile) at buyer liability.",
     [("DE-2405_release_sheet.eml", eml_bytes(mail(
         "Fatima Al Mansouri <fatima@dune-events.ae>", "Krzysztof Mazur <k.mazur@modulo-systems.pl>",
         "DE-2405 release sheet + material authority", "Mon, 26 Aug 2024 12:05:00 +0400", _t,
         attachments=[("DE-2405_release_sheet.html", _html, "text/html")])))])

# c21 — interim sample sign-off with limits + release within the limits (PDF table)
case("c21_interim_signoff_release", [],
     "Interim sign-off limited to 20 units/date/show; release R-SG-07 of 20; 80 on hold until full sign-off + written release by Wei Ling Tan; material 20 only.",
     [("Merlion_release_R-SG-07.pdf", pdf([
         ("h1", "Interim sample sign-off and release R-SG-07"),
         ("p", "Merlion Expo Pte Ltd → Dongguan Hengda Acrylic Products Co., Ltd · PO MX-24-0601 (commercial cover 100 units) · 2 August 2024"),
         ("p", "Part: MX-AC-220 acrylic brochure stand, 3 pockets A4, rev D."),
         ("table", [["Record", "Content", "Signed"],
                    ["Sample sign-off", "Interim: accepted with deviation D-12 (edge polish). Limited to 20 units, valid until 30 Sep 2024, for the FHA Food & Beverage show only.", "Wei Ling Tan, 2 Aug 2024"],
                    ["Release R-SG-07", "20 units released for production under the interim sign-off", "Wei Ling Tan, Head of Production"],
                    ["Balance", "80 units not released — on hold", "—"]]),
         ("p", "The remaining 80 units will be released only after a full sample sign-off on corrected parts and a new "
               "written release signed by Wei Ling Tan. Material authority: 20 units only."),
         ("p", "Please confirm this release by e-mail to weiling.tan@merlionexpo.sg."),
     ], title="R-SG-07", author="Wei Ling Tan"))])

# c22 — full-quantity supply contract with payment schedule; payments do not change scope
case("c22_full_quantity_contract_payments", [],
     "Full-quantity contract, section 3 is the written production release for the quantities in the annex; deposit explicitly does not release anything.",
     [("Contract_QH-24-017_reception_props.docx", docx_bytes([
         ("h1", "Supply contract QH-24-017"),
         ("p", "Between Qasr Hospitality LLC, Abu Dhabi (buyer) and Oficina Ribeiro Lda, Porto (supplier). 4 March 2024."),
         ("h", "1. Subject"),
         ("p", "Branded reception props for the opening of the Qasr Al Bahr hotel, as listed in the annex. "
               "This is a full-quantity order; there are no samples and no further quantities."),
         ("table", [["Annex item", "Qty", "Notes"],
                    ["Reception desk front, carved EPS with hard coat, gold leaf", "1", "drawing QH-RD-01 Rev A"],
                    ["Arch prop 3.2 m, mashrabiya pattern", "2", "fire-retardant coating, EN 13501-1 B-s1,d0"],
                    ["Planter, 900 mm, brass finish", "4", "with liner"]]),
         ("h", "2. Payments"),
         ("p", "40% deposit on signature, 60% before shipment. Payments are commercial terms only. The deposit does "
               "not release production and does not change the scope."),
         ("h", "3. Production release"),
         ("p", "This section, signed by Omar Haddad (General Manager, Qasr Hospitality), is the written production "
               "release for the full quantities in the annex: one desk front, two arch props, four planters. Shop "
               "drawings Rev A must be signed off by Omar Haddad before cutting."),
         ("h", "4. Delivery"),
         ("p", "CIF Khalifa Port, container ready 15 May 2024. Installation supervision: 2 technicians, 3 days."),
         ("p", "Signed: Omar Haddad, Qasr Hospitality LLC — João Ribeiro, Oficina Ribeiro Lda"),
     ], author="Omar Haddad"))])

# c23 — shared Teams channel: internal question about going ahead, scoped answer
case("c23_teams_question_scoped_answer", [],
     "Question 'are we OK to go ahead with the 250?' is not an approval; answer: 5 samples only, 245 on hold until budget sign-off + Olivia's written release.",
     [("Teams_HF_Acrilux_channel_export.txt", """\
Microsoft Teams – shared channel "HF x Acrilux – counter displays" – exported 26/09/2024

Olivia Grant   25/09/2024 09:12
@Daniel Hughes are we OK to go ahead with the 250 counter displays? Sofia is asking whether she can plan the run.

Sofia Martins (External)   25/09/2024 09:14
Morning all – yes, we would like to book the laser for week 41 if possible 🙂

Daniel Hughes   25/09/2024 09:40
Not yet. Budget sign-off is on Thursday. Only the 5 samples for now, please – the other 245 stay on hold.

Olivia Grant   25/09/2024 09:44
Noted. @Sofia Martins: 5 samples only. The 245 are not released until Thursday's budget sign-off and a written release from me. Please don't order sheet for them yet.

Sofia Martins (External)   25/09/2024 09:46
Understood, 5 samples only. Week 41 pencilled in, nothing ordered.
""")])

# c24 — full-quantity production PO after sample sign-off
case("c24_full_quantity_after_signoff", [],
     "Production PO for all 150 after recorded sample sign-off; full quantity, no balance; words kept apart (sign-off / release).",
     [("PO_HF-4490.pdf", pdf([
         ("h1", "Purchase Order HF-4490"),
         ("p", "Harbour & Finch Ltd · 18 Jersey Street · Manchester M4 6JB · VAT GB 298 1142 07"),
         ("p", "Supplier: Acrilux Lda, Braga · Date: 20 May 2024 · Buyer: Olivia Grant"),
         ("table", [["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
                    ["1", "HF-CD-03 rev B", "Counter display, 3-tier, production", "150", "21,40", "3.210,00"],
                    ["2", "JIG-01", "Polishing/bending jig (one-off)", "1", "380,00", "380,00"]]),
         ("p", "Sample sign-off SO-HF-0398 was recorded on 2 May 2024 by Daniel Hughes (disposition: approved)."),
         ("p", "This purchase order is the written production release for all 150 (one hundred and fifty) counter "
               "displays. It is a full-quantity order: there is no balance and no further quantity on it."),
         ("p", "Delivery: DAP Trafford Park DC, week 26. Packaging: single cartons, 10 per outer, pallet max. 1.2 m."),
     ], title="PO HF-4490", author="Harbour & Finch"))])

# c25 — German full-quantity order as a portal page (European number formats)
case("c25_full_quantity_eu_numbers_html", [],
     "Full-quantity order of 1.250 brochure holders, no samples, no partial release; European number formats.",
     [("Bestellung_4500101010.html", html_page("Bestellung 4500101010", """\
<h2>Bestellung / Purchase order 4500101010</h2>
<p>Kranich Messe &amp; Event GmbH · Einkauf · Frankfurt am Main · 17.06.2024<br>
Lieferant / supplier: Acrilux Lda, Braga (PT) · Kreditor 70812</p>
<table>
<tr><th>Pos.</th><th>Art.-Nr.</th><th>Bezeichnung / description</th><th>Menge / qty</th><th>Preis / price EUR</th><th>Gesamt / total EUR</th></tr>
<tr><td>10</td><td>KM-PH-2500</td><td>Prospekthalter DIN A4 hoch, 3 mm Acryl klar, Tischaufsteller / A4 brochure holder, counter-top</td><td>1.250 Stück</td><td>3,50</td><td>4.375,00</td></tr>
<tr><td>20</td><td>VERP</td><td>Verpackung je 25 Stück im Karton / packed 25 per carton</td><td>50 Kartons</td><td>0,00</td><td>0,00</td></tr>
</table>
<p>Gesamtmenge / full quantity: <b>1.250 Stück</b>. Keine Muster, keine Teilmengen — this order covers the complete quantity for the dealer roll-out of our client Lichtwerk. Bitte fertigen Sie die gesamte Menge / please produce the full 1.250 pieces.</p>
<p>Liefertermin / delivery: KW 30/2024, DAP Frankfurt, Osthafen. Zahlung: 30 Tage netto. Es gelten unsere AEB 2023.</p>
<p>i.A. Anna Weber, Leiterin Einkauf</p>
""", lang="de"))])


# =================================================================== WITH RISKS
# p01 — PO for sample light boxes mailed with the quote; quote shows 120 series; no hold/unlock/authority
_po = pdf([
    ("h1", "Purchase Order 4500012876"),
    ("p", "Kranich Messe & Event GmbH · Hanauer Landstraße 182 · 60314 Frankfurt am Main"),
    ("p", "Supplier: Světlo Reklama s.r.o., Vídeňská 112, 619 00 Brno · Date: 26.08.2024 · Your quote SR-24-131"),
    ("table", [["Pos", "Description", "Qty", "Unit", "Unit price EUR", "Total EUR"],
               ["10", "Sample light box 800 × 1200 mm, double-sided, SEG, 4000 K", "2", "pcs", "420,00", "840,00"],
               ["20", "Freight samples Brno–Frankfurt", "1", "lot", "160,00", "160,00"]]),
    ("p", "Delivery: DAP Frankfurt-Osthafen, KW 37. Terms: our general purchasing conditions (AEB 2023), 30 days net."),
], title="PO 4500012876", author="Kranich Einkauf")
_qt = pdf([
    ("h1", "Cenová nabídka / Quotation SR-24-131"),
    ("p", "Světlo Reklama s.r.o. · Vídeňská 112 · 619 00 Brno · IČO 27712345"),
    ("p", "For: Kranich Messe & Event GmbH, Mr Jonas Brandt · 21.08.2024 · valid 30 days"),
    ("table", [["Item", "Qty", "Unit price EUR", "Lead time"],
               ["Sample light box 800 × 1200 mm, double-sided, SEG, 4000 K", "2 pcs", "420,00", "8 working days"],
               ["Series light box, same specification", "120 pcs", "268,00", "4 weeks"]]),
    ("p", "Frame: aluminium LB60 anodised. LED: 4000 K, CRI > 90. Fabric: Décor Flex backlit 210 g, B1."),
    ("p", "Tomáš Dvořák, obchodní oddělení / sales, +420 545 210 330"),
], title="SR-24-131", author="Svetlo Reklama")
_t = """\
Dobrý den Tomáš,

as discussed on Friday, attached you find our PO 4500012876 for the sample light boxes and your quote SR-24-131 as the commercial basis.

Please send the 2 samples by KW 37 to our workshop in Frankfurt-Osthafen - the client (Weingut Albrecht) wants to see the light in real life before the Christmas fair planning. Artwork is on our FTP, folder /ALBRECHT/LB/.

Important: the LED must be 4000 K, not 3000 K like last time ;-)

Viele Grüße / Best regards
Jonas
""" + sig_de("Jonas Brandt", "Projektleitung / Project Manager", "+49 69 4780 2235")
case("p01_po_with_quote_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 2 sent with quote showing 120 series, nothing says informational/not released; no hold, no unlock event, no release person.",
     [("PO_4500012876_sample_lightboxes.eml", eml_bytes(mail(
         "Jonas Brandt <j.brandt@kranich-messe.de>", "Tomáš Dvořák <dvorak@svetlo-reklama.cz>",
         "PO 4500012876 - sample light boxes Albrecht", "Mon, 26 Aug 2024 10:12:00 +0200", _t,
         attachments=[("PO_4500012876.pdf", _po, PDF_MT), ("SR-24-131.pdf", _qt, PDF_MT)])))])

# p02 — HTML PO with a sample line and an unlabelled roll-out line
case("p02_html_po_rollout_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO lists 4 samples and a 400 roll-out line with delivery TBC, nothing says it is not released; no hold/unlock/authority.",
     [("LL_PO_24188.html", html_page("Purchase order LL-PO-24188", """\
<h2>Lumen &amp; Loom Retail Ltd — Purchase Order LL-PO-24188</h2>
<p>71 Great Eastern Street, London EC2A 3HU · Raised 12 Aug 2024 by Priya Shah (Sourcing Lead)<br>
Supplier: Acrilux Lda, Parque Industrial de Celeirós, Lote 14, 4705-414 Braga, Portugal · Supplier no. 40217</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit price</th><th>Line total</th><th>Delivery</th></tr>
<tr><td>1</td><td>Sample counter display LL-CD-02, 4-tier, clear 5 mm acrylic, frosted logo</td><td>4</td><td>£58.00</td><td>£232.00</td><td>w/c 16 Sep 2024</td></tr>
<tr><td>2</td><td>Counter display LL-CD-02 – store roll-out (your quote AC-24-0402)</td><td>400</td><td>£19.60</td><td>£7,840.00</td><td>TBC</td></tr>
</table>
<p>Please start on the 4 samples straight away so we can show them at the regional managers' meeting on 19 September.
Delivery address for line 1: Lumen &amp; Loom Design Studio, Unit 4, 12 Rivington Street, London EC2A 3DU.</p>
<p>Invoices to accounts.payable@lumenloom.co.uk quoting the PO number. Payment 60 days end of month.
Our standard terms of purchase (rev. 2022) apply.</p>
"""))])

# p03 — DOCX brief (table) with prototype and series quantities side by side
case("p03_docx_brief_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Brief starts 2 prototypes and lists the quote's series quantity 25 in the same table with no informational/not-released note; nothing on hold, unlock or authority.",
     [("Merlion_kiosk_brief_MX-24-0712.docx", docx_bytes([
         ("h1", "Project brief — pop-up kiosk prototypes"),
         ("p", "Client: Kopi Lah! café chain. Agency: Merlion Expo Pte Ltd. Workshop: Siam Expo Fabrication Co., Ltd, "
               "Bangkok. PO MX-24-0712, 2 October 2024."),
         ("table", [["Item", "Detail"],
                    ["Kiosk size", "2.4 × 1.8 × 2.6 m (W × D × H), modular, flat-pack"],
                    ["Prototype quantity", "2"],
                    ["Series quantity (per your quotation QT-2406-033)", "25"],
                    ["Finish", "HPL white, oak-look counter top, back-lit logo Ø 600 mm"],
                    ["Electrical", "to SS 638, 2 × 13 A sockets, 1 × 32 A feed"],
                    ["Show", "Café Asia 2025, Singapore Expo, 12–14 March 2025"]]),
         ("p", "Please start the 2 prototypes now and send us progress photos every Friday."),
         ("p", "Contacts: Arun Pillai (project), +65 9123 4567 · Wei Ling Tan (production), +65 6745 2290."),
     ], author="Arun Pillai"))])

# p04 — US ERP PO printout: sample line + remark with production qty; release authority field named
case("p04_erp_po_remark_production", ["RG001", "RG003", "RG004"],
     "ERP sample PO (3) with remark 'quote: 3 samples + 600 production' not labelled; release authority named, but no hold and no unlock event.",
     [("BB_PO_7758.txt", """\
BRIGHT BOOTH INC.                                     PURCHASE ORDER
1420 W Fulton Market, Chicago IL 60607                PO NUMBER: 7758
                                                      PO DATE  : 06/03/2024
VENDOR : 100388 SHENZHEN BRIGHTWAY DISPLAY CO., LTD   BUYER    : M. O'CONNOR
SHIP TO: BRIGHT BOOTH WAREHOUSE, 2200 S ASHLAND AVE, CHICAGO IL 60608
TERMS  : NET 45       INCOTERMS: FOB SHENZHEN        CURRENCY: USD
--------------------------------------------------------------------------------
LN  ITEM NO        DESCRIPTION                       QTY  UOM   UNIT $     EXT $
--- -------------- ------------------------------ ------ ---- -------- ---------
  1 BB-PUC-1200    POP-UP COUNTER 1200MM, SAMPLE       3   EA   310.00    930.00
                   BACKLIT FABRIC WRAP + CASE
  2 FRT-AIR        AIR FREIGHT SAMPLES                 1  LOT   420.00    420.00
--------------------------------------------------------------------------------
                                                         PO TOTAL USD  1,350.00
REMARKS:
  PER VENDOR QUOTE BW-2405-77: 3 SAMPLES + 600 PRODUCTION @ USD 118.00
  GRAPHICS: BB-GFX-1200-R4 (PMS 2935 C), FILES ON VENDOR FTP
  SAMPLES REQUIRED AT SHIP-TO BY 07/01/2024
RELEASE AUTHORITY: MEGAN O'CONNOR, SR. BUYER (LIMIT USD 100,000)
--------------------------------------------------------------------------------
""")])

# p05 — multi-file: LPO for samples + supplier offer with production tier
case("p05_lpo_and_offer_files", ["RG001", "RG003", "RG004", "RG005"],
     "Folder bundle: LPO for 2 samples + supplier offer with 200 production, nothing informational/not released; no hold, unlock or release person.",
     [("LPO_5520_Dune_Events.pdf", pdf([
         ("h1", "Local Purchase Order 5520"),
         ("p", "Dune Events LLC · Al Quoz Industrial Area 3, Dubai, UAE · TRN 100 2345 6789 0003"),
         ("p", "Supplier: PrintTex Łódź Sp. z o.o., Poland · Date: 02 Oct 2024 · Ref: offer PT-24-0560"),
         ("table", [["S/N", "Description", "Qty", "Unit", "Rate EUR", "Amount EUR"],
                    ["1", "Sample SEG light box frame 1000 × 2000 mm, double-sided print", "2", "nos", "390.00", "780.00"],
                    ["2", "Air freight to DXB, DAP Al Quoz", "1", "lot", "310.00", "310.00"]]),
         ("p", "Remarks: Please proceed with the samples urgently — show date 12 November, DWTC Hall 4. "
               "Samples by air to Dubai. Invoice must show LPO no."),
         ("p", "Prepared by: Procurement, Dune Events LLC"),
     ], title="LPO 5520", author="Dune Events")),
      ("PrintTex_offer_PT-24-0560.pdf", pdf([
         ("h1", "Offer PT-24-0560"),
         ("p", "PrintTex Łódź Sp. z o.o. · ul. Niciarniana 51 · 92-320 Łódź · NIP 725-210-44-18"),
         ("p", "For: Dune Events LLC, Mr Rashid Khan · 24.09.2024 · valid 30 days"),
         ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
                    ["1", "SEG light box frame 1000 × 2000 mm, double-sided print — sample", "2", "390,00", "7 working days"],
                    ["2", "SEG light box frame, same spec — production", "200", "212,00", "15 working days"]]),
         ("p", "Fabric: Décor Flex Backlit 210 g/m², fire class B1 (DIN 4102-1), certificate on request."),
         ("p", "Agnieszka Wójcik, Key Account Manager"),
     ], title="PT-24-0560", author="PrintTex"))])

# p06 — multi-file: full-scope PO + WhatsApp 'Approved, go ahead' on shop drawings
case("p06_po_plus_chat_unscoped_ok", ["RG002"],
     "PO has full scope (2 mock-ups released, 22 on hold, Anna Weber after mock-up sign-off) but chat approval 'Approved, go ahead' names neither sample nor quantity.",
     [("PO_4500013022.pdf", pdf([
         ("h1", "Purchase Order 4500013022"),
         ("p", "Kranich Messe & Event GmbH · Frankfurt am Main · Supplier: Stolarnia Nowak Sp. z o.o., Suchy Las"),
         ("p", "Date: 12.08.2024 · Project: IAA Transportation 2024, Hannover, client stand Hall 13"),
         ("table", [["Pos", "Description", "Qty", "Unit", "Unit price EUR"],
                    ["10", "Mock-up bar module, oak veneer, solid surface top, per drawing KM-BAR-03", "2", "pcs", "1.180,00"]]),
         ("p", "Released: the two (2) mock-up bar modules of pos. 10. The remaining 22 bar modules are not released; "
               "please do not start them and do not buy material for them. They will be released by a written "
               "release from Anna Weber, Head of Procurement, after the mock-up sign-off at the build-up check."),
         ("p", "Delivery of the mock-ups: DAP Frankfurt-Osthafen by 30.08.2024."),
     ], title="PO 4500013022", author="Kranich Einkauf")),
      ("WhatsApp_Chat_Stolarnia_Nowak.txt", """\
[19.08.24, 07:55:10] Paweł Nowak: Good morning Jonas, shop drawings rev C for the bar module are in your mail, with the new radius on the top 👍
[19.08.24, 07:55:41] Paweł Nowak: <attached: 00000088-KM-BAR-03-REV-C.pdf>
[19.08.24, 08:31:02] Jonas Brandt: Danke! Checking with Marta
[19.08.24, 11:47:19] Jonas Brandt: Looks top! Approved, go ahead 👍
[19.08.24, 11:48:03] Paweł Nowak: Super, thank you 🙏
[19.08.24, 11:48:30] Paweł Nowak: we plan the CNC on Wednesday
""")])

# p07 — agency 'you have the green light' on a render; scope is in the quoted PO message
_t = """\
Hi João,

The team loved render v3 - the glass effect on the cap is spot on, and the client's brand manager actually said "wow" on the call, which never happens. You have the green light! 🎉

Couple of small things for the shop drawing:
- cap seam on the back please, not on the side
- base plate 20 mm MDF painted RAL 9005, with 4 x M10 fixings for the window floor
- fire-retardant paint certificate (EN 13501-1) with the delivery

Shout if anything's unclear. Speak Thursday.

Claire
""" + sig("Claire Dunn", "Senior Producer", "Northlight Events Ltd, 3 Tileyard Road, London N7 9AH", "+44 20 7946 0321") + """
On Mon, 8 Jul 2024 at 17:40, João Ribeiro <joao@oficinaribeiro.pt> wrote:
""" + quote("""\
Hi Claire,
render v3 attached, with the frosted cap as requested.
Abraço, João""") + "\n" + quote("""\
On Tue, 2 Jul 2024, Claire Dunn wrote:
PO NL-2231 is attached. It covers the one (1) prototype bottle only. The 11 window bottles for the store roll-out are not released - please don't start them or buy material for them. They will be released by a written release from me once the prototype has been signed off at your workshop.""", 2)
case("p07_render_green_light", ["RG002"],
     "'You have the green light!' after a render, with no sample-only or quantity; scope otherwise complete in the quoted PO message.",
     [("RE_giant_bottle_render_v3.eml", eml_bytes(mail(
         "Claire Dunn <claire@northlight-events.co.uk>", "João Ribeiro <joao@oficinaribeiro.pt>",
         "RE: Giant bottle - render v3", "Tue, 09 Jul 2024 09:05:00 +0100", _t, html=txt2html(_t),
         in_reply_to="<OR-240708-1740@oficinaribeiro.pt>")))])

# p09 — portal job card with full scope lines but 'Good to run' in the activity feed
case("p09_portal_good_to_run", ["RG002"],
     "Portal lines carry full scope, but the activity feed posts 'Artwork v4 approved by client. Good to run' with no quantity or sample scope.",
     [("portal_DE-2430_job_card.html", html_page("Dune Events Supplier Portal - DE-2430", """\
<h2>Job card DE-2430 — Dubai Shopping Festival, giant gift box props</h2>
<p>Supplier: Siam Expo Fabrication Co., Ltd · LPO 5551 · Project manager: Rashid Khan</p>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Sample gift box prop 1.5 m, GRP with ribbon, metallic paint</td><td>sample</td><td>1</td><td>Released</td></tr>
<tr><td>2</td><td>Gift box prop, same spec</td><td>production</td><td>16</td><td>Not released — on hold</td></tr>
</table>
<div class="note">Line 2 is released only after the client has signed off the sample prop, by a revised LPO signed by Fatima Al Mansouri (Procurement Manager). Material authority: sample-only.</div>
<h3>Activity</h3>
<table>
<tr><th>Date</th><th>User</th><th>Entry</th></tr>
<tr><td>11 Nov 2024 09:02</td><td>Nok (Siam Expo)</td><td>Uploaded artwork proof v4 (ribbon gold changed to Pantone 871 C)</td></tr>
<tr><td>14 Nov 2024 16:20</td><td>Rashid Khan</td><td>Artwork v4 approved by client. Good to run ✅</td></tr>
<tr><td>14 Nov 2024 16:41</td><td>Nok (Siam Expo)</td><td>Thank you ka 🙏</td></tr>
</table>
"""))])

# p10 — quoted thread: 'approval' for drawings (technical) and quote (commercial), then a bare 'approved'
_t = """\
Dear Mr Mazur,

approved - both Mrs Becker and our controlling are fine with it. Thank you for the quick revision.

""" + sig_vw("Dieter Hahn", "Leiter Messen / Head of Trade Fairs", "+49 711 8830 410") + """
Von: Krzysztof Mazur <k.mazur@modulo-systems.pl>
Gesendet: Dienstag, 4. Juni 2024 08:51
""" + quote("""\
Dear Mr Hahn,
could you please confirm the approval? We need it to plan the aluminium cutting for week 25.
Best regards, Krzysztof Mazur""") + "\n\n" + quote("""\
Von: Dieter Hahn
Gesendet: Freitag, 31. Mai 2024 14:10

Dear Mr Mazur,
approval of the shop drawings is with our design office (Mrs Becker); approval of your quote AN-24-233 is with our controlling. PO V-24-0188 covers the 2 sample wall modules only. The remaining 46 modules are not released until the sample sign-off and my written release.
Best regards, Dieter Hahn""", 2)
case("p10_bare_approved_mixed_meaning", ["RG002", "RG009"],
     "'approval' used for drawings (technical) and quote (commercial); reply 'approved' names neither sample nor quantity; scope otherwise complete.",
     [("AW_approval_V-24-0188.eml", eml_bytes(mail(
         "Dieter Hahn <d.hahn@vollmer-werkzeuge.de>", "Krzysztof Mazur <k.mazur@modulo-systems.pl>",
         "AW: approval V-24-0188 wall modules", "Tue, 04 Jun 2024 11:30:00 +0200", _t,
         in_reply_to="<MS-240604-0851@modulo-systems.pl>")))])

# p11 — hold 'until further notice', person named, no unlock event
_t = """\
Dear João,

please find LPO 5530 below in text; the PDF will follow from our system.

LPO 5530 covers the two (2) sample arches only: 3 m floral arch, foam core with hard coat, painted per our colour sheet DE-CS-07. The other fourteen (14) arches for the mall entrances are not released. They stay on hold until further notice, and only I can lift that hold. Please buy material for the 2 samples only.

We need the samples in Dubai by 20 October; please ship by air from Porto.
""" + sig_ae("Fatima Al Mansouri", "Procurement Manager")
case("p11_hold_until_further_notice", ["RG004"],
     "2 released, 14 on hold 'until further notice', Fatima named as the only one who can lift it — but no unlock event named.",
     [("LPO_5530_sample_arches.eml", eml_bytes(mail(
         "Fatima Al Mansouri <fatima@dune-events.ae>", "João Ribeiro <joao@oficinaribeiro.pt>",
         "LPO 5530 - sample arches", "Sun, 22 Sep 2024 09:15:00 +0400", _t)))])

# p13 — hold notice: release 'from our side' (no named person)
case("p13_hold_notice_no_person", ["RG005"],
     "6 released, 114 on hold; unlock = strike-off sign-off + written release 'from our side'; no named release person.",
     [("Kranich_hold_notice_KM-0912.docx", docx_bytes([
         ("h1", "Hold notice — order KM-0912"),
         ("p", "To: PrintTex Łódź Sp. z o.o., attn. Agnieszka Wójcik. Date: 9 September 2024. "
               "Project: Light + Building 2025, client Lichtwerk, Hall 3.1."),
         ("table", [["Item", "Qty", "Status"],
                    ["SEG strike-off panel 1000 × 1000 mm", "6", "released — print now"],
                    ["SEG wall panel 2950 × 2480 mm", "114", "on hold — not released"]]),
         ("p", "The remaining 114 panels are on hold and not released. Please do not print them and do not buy "
               "fabric for them. They will be released after the strike-off sign-off and a written release from our side."),
         ("p", "Please confirm receipt of this notice by e-mail."),
         ("p", "Kranich Messe & Event GmbH — Procurement"),
     ], author="Kranich Einkauf"))])

# p15 — sample PO with a standing release-authority footer, nothing on the balance
case("p15_sample_po_authority_footer_only", ["RG003", "RG004"],
     "Sample PO for 4 names a standing release authority (Dieter Hahn) but never says the balance is not released or what unlocks it.",
     [("PO_4500099120.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500099120"),
         ("p", "Vollmer Werkzeuge AG · Einkauf Messe & Events · Zuffenhausener Str. 88 · 70435 Stuttgart"),
         ("p", "Supplier: Světlo Reklama s.r.o., Brno · Date: 02.09.2024 · Ref.: your offer SR-24-152"),
         ("table", [["Pos", "Description", "Qty", "Unit price EUR", "Total EUR"],
                    ["10", "Sample light box, freestanding, 850 × 2000 mm, double-sided, LED 5000 K", "4", "495,00", "1.980,00"],
                    ["20", "Packaging, wooden crate", "1", "120,00", "120,00"]]),
         ("p", "These samples are for the 2025 dealer showroom programme. Delivery: DAP Stuttgart, KW 42. "
               "Please confirm the delivery date."),
         ("p", "Release authority for Vollmer exhibition projects: Dieter Hahn, Head of Trade Fairs (limit EUR 25.000)."),
         ("p", "General terms: Vollmer AEB 2022. Quality: ISO 9001:2015."),
     ], title="PO 4500099120", author="Vollmer Einkauf"))])

# p16 — 'go ahead with the sample walls' with no number anywhere
_t = """\
Hi Agnieszka,

Client finally signed the design, so please go ahead with the sample walls for the Dubai show now - same fabric and frame profile as in your offer, with the new artwork (link below).

The production walls are not released. They stay on hold until the client has signed off the samples at our Al Quoz warehouse and I send you a written release.

Please send the tracking number as soon as the samples leave Łódź; we have the customs clearance booked with our agent.

WeTransfer: https://we.tl/t-8QdYx72Lm
""" + sig_ae("Rashid Khan", "Project Manager", "+971 50 718 4432")
case("p16_sample_walls_no_number", ["RG010"],
     "Authorizes 'the sample walls' with hold, unlock event and named sender as release person, but never states how many.",
     [("Sample_walls_Dubai_show.eml", eml_bytes(mail(
         "Rashid Khan <rashid@dune-events.ae>", "Agnieszka Wójcik <a.wojcik@printtex.pl>",
         "Sample walls - Dubai show", "Tue, 01 Oct 2024 13:22:00 +0400", _t)))])

# p17 — WhatsApp: 'start with the mock-ups' (no number); supplier bought veneer for all 40
case("p17_chat_mockups_material_all", ["RG006", "RG010"],
     "Mock-ups authorized without a number; supplier says veneer/HPL already ordered for all 40 counters with no material authority.",
     [("WhatsApp_Chat_Pawel_Nowak_IAA.txt", """\
[02.09.24, 08:05:12] Jonas Brandt: Morning Paweł! Please start with the mock-ups for IAA now, so we can check them at the build-up rehearsal in our hall
[02.09.24, 08:05:50] Jonas Brandt: The counters themselves are NOT released yet – they wait for Anna Weber's written release after we sign off the mock-ups on 23.09.
[02.09.24, 08:20:33] Paweł Nowak: Dzień dobry! OK, we start the mock-ups today
[02.09.24, 08:21:10] Paweł Nowak: one info – I ordered already the oak veneer and the HPL for all 40 counters, because the supplier makes +12% from 1 October 😅 it's already on my yard
[02.09.24, 08:22:45] Jonas Brandt: ok, I'll tell Anna
[02.09.24, 08:23:01] Paweł Nowak: 👍
""")])

# p18 — PDF PO: prototype quantity 'acc. to drawing'
case("p18_po_qty_acc_to_drawing", ["RG010"],
     "PO releases 'the prototype(s)' with qty 'acc. to drawing LB-2400 Rev 3'; hold, unlock and Anna Weber present; active quantity never stated.",
     [("PO_4500013100.pdf", pdf([
         ("h1", "Purchase Order 4500013100"),
         ("p", "Kranich Messe & Event GmbH · Frankfurt am Main · Supplier: Světlo Reklama s.r.o., Brno"),
         ("p", "Date: 16.09.2024 · Project: EuroShop 2026 pre-series, client Lichtwerk · Your quote SR-24-140"),
         ("table", [["Pos", "Description", "Qty", "Unit", "Unit price EUR"],
                    ["10", "Prototype light box LB-2400, wall-mounted, 2400 × 1200 mm, SEG, 6500 K",
                     "acc. to drawing LB-2400 Rev 3", "set", "640,00"],
                    ["20", "Wooden crate for transport", "1", "pc", "95,00"]]),
         ("p", "Scope: the prototype(s) per position 10 are released now. The series quantity in your quote SR-24-140 "
               "is not released and stays on hold. It will be released only by a written release from Anna Weber, "
               "Head of Procurement, after the prototype sign-off. Material authority: prototype only."),
         ("p", "Delivery: DAP Frankfurt-Osthafen, KW 41."),
     ], title="PO 4500013100", author="Kranich Einkauf"))])

# p19 — 'Approved - please proceed with the first batch' (no qty, no hold, no unlock, no person)
_t = """\
Hi Nok,

Drawings look good, thanks for turning them around so fast. Approved - please proceed with the first batch.

Can you also send us the fabric swatch for the header, and confirm the crate dimensions for our forwarder?

Cheers,
Arun
""" + sig("Arun Pillai", "Project Executive", "Merlion Expo Pte Ltd, Singapore", "+65 9123 4567") + """
On Wed, 16 Oct 2024 at 10:14, Nok <nok@siamexpofab.co.th> wrote:
""" + quote("""\
Dear Arun,
please find attached the revised shop drawings rev B for the kiosk counters (MX-24-0730).
Waiting for your go-ahead.
Best regards, Nok""")
case("p19_proceed_first_batch", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "'Approved - please proceed with the first batch': unscoped, no quantity, nothing about the rest, no unlock event, no release person.",
     [("RE_shop_drawings_rev_B_MX-24-0730.eml", eml_bytes(mail(
         "Arun Pillai <arun.pillai@merlionexpo.sg>", "Nok <nok@siamexpofab.co.th>",
         "RE: shop drawings rev B - kiosk counters MX-24-0730", "Wed, 16 Oct 2024 15:48:00 +0800", _t,
         in_reply_to="<SEF-241016-1014@siamexpofab.co.th>")))])

# p20 — DOCX wave instruction: stores named, no quantity; authority named, no unlock event
case("p20_wave_instruction_no_qty", ["RG004", "RG010"],
     "Instruction to produce light boxes for two stores without a quantity; other stores not released, Priya Shah named, but no unlock event.",
     [("LL_wave2_store_instruction.docx", docx_bytes([
         ("h1", "Store roll-out — Wave 2 instruction"),
         ("p", "To: Světlo Reklama s.r.o. (Tomáš Dvořák). From: Priya Shah, Sourcing Lead, Lumen & Loom Retail Ltd. "
               "Date: 16 September 2024. PO: LL-PO-24117."),
         ("p", "Please produce the window light boxes for the two Wave 2 stores listed below, to the same "
               "specification as the Wave 1 units (LL-LB-600-R3)."),
         ("table", [["Store", "Address", "Install date", "Site contact"],
                    ["Manchester Arndale", "Unit L42, Manchester M4 3AQ", "4 Nov 2024", "Ben Ashworth, 07700 900412"],
                    ["Leeds Trinity", "Unit SU31, Leeds LS1 5AY", "11 Nov 2024", "Hannah Cole, 07700 900877"]]),
         ("p", "All other stores on the roll-out list are not released; please do not produce for them. "
               "Priya Shah is the only person who can release further stores."),
         ("p", "Deliver to each store directly, tail-lift vehicle, 08:00–10:00 slot, booking via the site contact."),
     ], author="Priya Shah"))])

# p24 — full scope, then the buyer suggests getting the material in for the rest
_po = pdf([
    ("h1", "Purchase Order HF-4502"),
    ("p", "Harbour & Finch Ltd · 18 Jersey Street · Manchester M4 6JB"),
    ("p", "Supplier: Acrilux Lda, Braga · Date: 12 September 2024 · Buyer: Olivia Grant · Your quote AC-24-0455"),
    ("table", [["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "HF-TU-07 rev A", "Fragrance tester unit, 10 mm clear acrylic, sample", "5", "88,00", "440,00"]]),
    ("p", "Only line 1 (5 samples) is released. The balance of 245 units in quote AC-24-0455 is not released. "
          "It will be released only by a written release from Olivia Grant after Daniel Hughes has signed off the samples."),
], title="PO HF-4502", author="Harbour & Finch")
_t = """\
Hi Sofia,

PO HF-4502 is attached for the new fragrance tester unit. Scope, so we're all on the same page:

- Released now: five (5) sample tester units, design HF-TU-07 rev A.
- Not released: the other 245 units from your quote. Please don't start them.
- Those 245 will only be released by a written release from me, after Daniel Hughes has signed off the samples at our Manchester office.

One more thing - it might be worth getting the acrylic sheet in for the rest already; lead times on the 10 mm clear are silly at the moment and we really can't let the March roll-out slip.

Samples to Manchester by 4 October, please.

Thanks,
Olivia
""" + sig("Olivia Grant", "Buyer, Visual Merchandising", "Harbour & Finch Ltd, Manchester", "+44 161 555 0187")
case("p24_buyer_nudges_material_for_rest", ["RG006"],
     "Full scope (5 released, 245 on hold, written release by Olivia after sign-off) but buyer encourages buying acrylic 'for the rest' with no material authority or liability.",
     [("PO_HF-4502_tester_units.eml", eml_bytes(mail(
         "Olivia Grant <olivia.grant@harbourfinch.co.uk>", "Sofia Martins <sofia.martins@acrilux.pt>",
         "PO HF-4502 - fragrance tester unit samples", "Thu, 12 Sep 2024 16:05:00 +0100", _t,
         attachments=[("PO_HF-4502.pdf", _po, PDF_MT)])))])

# p25 — multi-file: PO with sample-only material + supplier confirmation that bought material for 120 sets
case("p25_po_plus_ack_material_bought", ["RG006"],
     "PO: 4 sample sets, 120 not released, sample-only material; supplier confirmation says material for 120 sets already purchased.",
     [("PO_MX-24-0688.pdf", pdf([
         ("h1", "Purchase Order MX-24-0688"),
         ("p", "Merlion Expo Pte Ltd · 10 Ubi Crescent #05-22 · Singapore 408564"),
         ("p", "To: Siam Expo Fabrication Co., Ltd, Bangkok · Date: 7 October 2024 · Project: Marina Bay retail launch, 3D logo blocks"),
         ("table", [["Line", "Description", "Qty", "Unit price SGD"],
                    ["1", "3D logo block set, 600 mm letters, opal acrylic with LED, sample", "4 sets", "520.00"]]),
         ("p", "Released now: 4 sample sets (line 1). The 120 production sets are not released. They will be "
               "released only by a written release signed by Wei Ling Tan, Head of Production, after the sample "
               "sign-off at our workshop. Material authority: sample-only — please buy nothing for the 120 sets."),
     ], title="PO MX-24-0688", author="Merlion Expo")),
      ("Siam_Expo_order_confirmation_OC-24-211.pdf", pdf([
         ("h1", "Order confirmation OC-24-211"),
         ("p", "Siam Expo Fabrication Co., Ltd · 88/12 Moo 4, Bang Phli, Samut Prakan 10540 · Tel +66 2 170 5566"),
         ("p", "To: Merlion Expo Pte Ltd, Ms Wei Ling Tan · Date: 15 October 2024 · Your PO MX-24-0688"),
         ("table", [["Item", "Qty", "Status"],
                    ["3D logo block set, sample", "4 sets", "in production, ready 28 Oct 2024"],
                    ["3D logo block set, production", "120 sets", "waiting for your written release"]]),
         ("p", "Remark: to secure the price and the same colour batch, the acrylic sheet (3 mm opal and 8 mm clear), "
               "LED strip and drivers for the 120 sets were purchased on 14 October and are in our store."),
         ("p", "Thank you for your order. Nattaya Srisuk (Nok), Sales"),
     ], title="OC-24-211", author="Siam Expo"))])

# p26 — supplier MRP printout: material purchased for the whole PO cover, only 2 released
case("p26_mrp_material_full_lot", ["RG006"],
     "Supplier MRP: 2 released, 120 on hold, customer material authority sample-only, yet profile/LED bought for all 122 sets.",
     [("SR_material_reservation_24-0311.txt", """\
SVETLO REKLAMA S.R.O.     MRP - MATERIAL RESERVATION            PRINTED 12.09.2024 07:41
ZAKAZKA / JOB : 24-0311   CUSTOMER: KRANICH MESSE & EVENT GMBH  PO 4500012876
ITEM          : LB 800X1200 DOUBLE-SIDED, SEG, 4000K
----------------------------------------------------------------------------------------
QTY ORDERED (PO COVER)      122    RELEASED (SAMPLES)       2    BAL ON HOLD      120
MATERIAL AUTHORITY FROM CUSTOMER: SAMPLE ONLY
----------------------------------------------------------------------------------------
MAT. NO    DESCRIPTION                   REQ/SET    SETS      QTY   UOM  STATUS
---------- ---------------------------- -------- ------- -------- ---- ------------------
AL-LB60    ALU PROFILE LB60 6M              1,33     122    162,3    M  PURCHASED 10.09.
LED-4K-24  LED MODULE 4000K 24V               48     122     5856  PCS  PURCHASED 10.09.
DRV-150    LED DRIVER 150W                     1     122      122  PCS  ON ORDER, ETA 19.09.
SEG-DF210  FABRIC DECOR FLEX 210G            2,1     122    256,2   M2  RESERVED AT SUPPLIER
----------------------------------------------------------------------------------------
NOTE: BUY FULL LOT TO HOLD PRICE (PLANNER J. KOVAR)
""")])

# p27 — supplier: approval rolls straight into the 60 walls; fabric for all 60 on the shelf
_t = """\
Dear Wei Ling,

strike-off B is on its way (DHL AWB 7712 3345 0981). The colours are now within dE 2 of the Pantone targets, measured on our X-Rite.

Good news on timing: as soon as you approve the strike-off we roll straight into the 60 walls - the fabric for all 60 is already on our shelf, so printing can start the same day and you keep your show date easily.

Best regards,
Agnieszka Wójcik
Key Account Manager
PrintTex Łódź Sp. z o.o. | ul. Niciarniana 51, 92-320 Łódź | +48 42 630 55 12

""" + quote("""\
From: Wei Ling Tan <weiling.tan@merlionexpo.sg>
Sent: 23 September 2024 10:02
Subject: PO MX-24-0744 strike-offs

PO MX-24-0744: 2 strike-offs are released now. The 60 printed walls are NOT released; they will be released only by my written release after the strike-off sign-off. Please buy fabric for the strike-offs only.
Wei Ling Tan, Head of Production""")
case("p27_supplier_roll_straight_into_60", ["RG006", "RG007"],
     "Supplier assumes strike-off approval rolls into the 60 walls and has fabric for all 60 despite strike-off-only material; buyer's quoted scope is complete.",
     [("RE_PO_MX-24-0744_strike-off_B.eml", eml_bytes(mail(
         "Agnieszka Wójcik <a.wojcik@printtex.pl>", "Wei Ling Tan <weiling.tan@merlionexpo.sg>",
         "RE: PO MX-24-0744 strike-offs", "Wed, 02 Oct 2024 11:17:00 +0200", _t,
         in_reply_to="<MX-240923-1002@merlionexpo.sg>")))])

# p28 — WhatsApp: deposit received, so cutting frames for all 24 and ordering fabric
case("p28_chat_deposit_cutting_all", ["RG006", "RG012"],
     "Buyer's scope: 2 samples, 22 not released until her written release after fit check; supplier treats the deposit as go and starts all 24 + orders fabric.",
     [("WhatsApp_Chat_Somchai_Siam_Expo.txt", """\
[5/13/24, 9:02 PM] Megan O'Connor: Hi Somchai! PO 7715 is in your inbox. It covers 2 sample frames only (the 10x10 backlit frame kit). The other 22 are NOT released – they wait for my written release after we do the fit check at our Chicago warehouse.
[5/13/24, 9:03 PM] Megan O'Connor: Deposit invoice is with our AP, should go out this week
[5/14/24, 8:15 AM] Somchai Siam Expo: Thank you khun Megan 🙏 received krub
[5/17/24, 10:40 AM] Somchai Siam Expo: Deposit received thank you krub. So we already start cutting the frames for all 24 and ordered the fabric, to be fast for your show in August 👍
[5/17/24, 10:41 AM] Somchai Siam Expo: <attached: 00000023-PHOTO-2024-05-17-10-41-02.jpg>
[5/17/24, 11:58 AM] Megan O'Connor: Let's talk Monday, I'm travelling this weekend
""")])

# p29 — supplier order confirmation: production starts automatically upon prototype approval
case("p29_ack_production_follows_automatically", ["RG007"],
     "Supplier confirmation states production will start automatically on prototype approval; no recorded auto-conversion.",
     [("Ribeiro_order_confirmation_OR-24-118.docx", docx_bytes([
         ("h1", "Confirmação de encomenda / Order confirmation OR-24-118"),
         ("p", "Oficina Ribeiro Lda · Rua do Heroísmo 311, 4300-259 Porto · NIF PT 509 876 543"),
         ("p", "Customer: Northlight Events Ltd, London — attn. Claire Dunn. Your PO: NL-2240. Date: 22 July 2024."),
         ("table", [["Item", "Qty", "Unit price EUR", "Delivery"],
                    ["Prototype giant lipstick prop, 2.2 m, EPS core, hard coat, automotive paint", "1", "2.950,00", "23 Aug 2024"]]),
         ("p", "Production: the production run of the window props (per our quote OR-Q-24-090) will start "
               "automatically as soon as you approve the prototype, so that no time is lost for the store launch in October."),
         ("p", "Payment: 30 days after invoice. Transport: our own truck to London, insured."),
         ("p", "Obrigado! — João Ribeiro, sócio-gerente"),
     ], author="Joao Ribeiro"))])

# p30 — buyer PM contradicts the written-release requirement in the quoted PO mail
_t = """\
Hi Paweł,

quick one before I head to Hannover: if Marta's happy with the mock-up on Tuesday, just crack on with the remaining 38 straight away - we're really tight for the show and I'll square the paperwork with Anna afterwards.

Transport slot for the counters is still 7 November, 06:00, hall 13, gate Nord.

Cheers
Jonas
""" + sig_de("Jonas Brandt", "Projektleitung / Project Manager", "+49 69 4780 2235") + """
""" + quote("""\
From: Anna Weber
Sent: Thursday, 10 October 2024 09:30
Subject: PO 4500012950 - reception counters

Dear Mr Nowak,
only the two (2) mock-up counters are released. The remaining 38 counters are not released; they will be released only by my written release after the mock-up sign-off. Please buy material for the 2 mock-ups only.
Anna Weber, Head of Procurement""")
case("p30_pm_crack_on_after_mockup", ["RG007"],
     "PM tells supplier that mock-up approval by the client is enough to start the 38, contradicting the written-release requirement in the quoted PO mail.",
     [("FW_mock-up_Tuesday_counters.eml", eml_bytes(mail(
         "Jonas Brandt <j.brandt@kranich-messe.de>", "Paweł Nowak <biuro@stolarnia-nowak.pl>",
         "WG: PO 4500012950 - mock-up Tuesday", "Fri, 25 Oct 2024 17:48:00 +0200", _t)))])

# p31 — WhatsApp UAE: once the client signs, run the rest, LPO will follow
case("p31_chat_run_rest_lpo_follows", ["RG007"],
     "LPO note: 2 samples, 198 not released until revised LPO from Fatima; PM then says run the 198 once the client signs, LPO will follow.",
     [("WhatsApp_Chat_Marek_PrintTex.txt", """\
[15/10/2024, 10:12] Rashid Khan: Marek bro, LPO 5566 sent. Fatima's note copied here so it's clear:
[15/10/2024, 10:12] Rashid Khan: "LPO 5566 covers 2 sample totems only. The remaining 198 totems are not released until a revised LPO from Fatima Al Mansouri, issued after the client signs off the samples."
[15/10/2024, 10:20] Marek PrintTex: ok clear 👍 samples ship Friday by DHL
[17/10/2024, 18:45] Rashid Khan: Marek, client is coming to see the samples on Sunday inshallah. Once they sign, you can run the rest of the 198 straight away, LPO will follow, no stress 🙏 we can't lose days
[17/10/2024, 18:52] Marek PrintTex: ok understood. we are ready
""")])

# p32 — supplier production plan: forecast treated as confirmed, mass production auto-starts after approval
case("p32_supplier_plan_auto_start_forecast", ["RG007", "RG008"],
     "Supplier plan: mass production 'starts automatically after sample approval' and the 800 forecast is 'treated as confirmed order'.",
     [("Brightway_production_plan_BB-2025.docx", docx_bytes([
         ("h1", "Production plan — Bright Booth 2025 portable display program"),
         ("p", "Prepared by Kevin Zhang, Shenzhen Brightway Display Co., Ltd. Date: 18 November 2024."),
         ("table", [["Week", "Activity", "Qty"],
                    ["W48", "Pre-production samples (PO 7802)", "4"],
                    ["W49", "Sample shipment by DHL, customer review in Chicago", "-"],
                    ["W50", "Sample approval", "-"],
                    ["W51–W03", "Mass production (starts automatically after sample approval)", "800"],
                    ["W04", "Ocean shipment Yantian → Chicago", "800"]]),
         ("p", "Quantity basis: 800 pcs per the customer's forecast for 2025, treated as confirmed order."),
         ("p", "Remark: Chinese New Year holiday 29 Jan – 9 Feb 2025, factory closed."),
     ], author="Kevin Zhang"))])

# p33 — buyer PO: balance on hold until sample approval, then series follows automatically (no person, no recorded terms)
case("p33_po_series_follows_automatically", ["RG005", "RG007"],
     "PO holds the balance until sample approval but says series follows automatically (no quantity/signer/conditions recorded); no named release person.",
     [("PO_4500099310.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500099310"),
         ("p", "Vollmer Werkzeuge AG · Einkauf Messe & Events · Stuttgart"),
         ("p", "Supplier: Světlo Reklama s.r.o., Brno · Date: 07.10.2024 · Ref.: offer SR-24-160"),
         ("table", [["Pos", "Description", "Qty", "Unit price EUR"],
                    ["10", "Sample light box, hanging, Ø 1500 mm, double-sided, LED 4000 K", "3", "690,00"]]),
         ("p", "Note: balance not released until sample approval. Series production then follows automatically upon "
               "sample approval."),
         ("p", "Delivery samples: DAP Stuttgart, KW 45. Rigging points per DGUV V17, test certificate required."),
     ], title="PO 4500099310", author="Vollmer Einkauf"))])

# p34 — 'it's the same approval really': strike-off approval treated as production release
_t = """\
Hi Agnieszka,

Thanks for sending strike-off A. Wei Ling is reviewing it with the client tomorrow morning.

To save time: once Wei Ling's happy with the strike-off, the other 96 panels can go ahead - it's the same approval really, no need to wait for a separate release.

Please also check the hem: the silicone edge on A is 1 mm too thin for our profile.

Best,
Arun
""" + sig("Arun Pillai", "Project Executive", "Merlion Expo Pte Ltd, Singapore", "+65 9123 4567") + """
""" + quote("""\
From: Wei Ling Tan
Sent: Monday, 4 November 2024 09:15
Subject: PO MX-24-0760

PO MX-24-0760: 4 strike-offs released. The other 96 panels are not released; they will be released only by a written release from me after the strike-off sign-off.
Wei Ling Tan, Head of Production""")
case("p34_same_approval_really", ["RG007", "RG009"],
     "Strike-off approval said to let the 96 go ahead ('same approval really, no separate release') against the quoted written-release requirement; approval = technical + production.",
     [("RE_strike-off_A_MX-24-0760.eml", eml_bytes(mail(
         "Arun Pillai <arun.pillai@merlionexpo.sg>", "Agnieszka Wójcik <a.wojcik@printtex.pl>",
         "RE: strike-off A - MX-24-0760", "Thu, 07 Nov 2024 18:02:00 +0800", _t)))])

# p36 — roll-out brief: forecast declared a firm commitment / ordered volume
case("p36_rollout_forecast_firm_commitment", ["RG008"],
     "Scope complete (6 released, roll-out not released, call-offs by Daniel Hughes after sign-off) but the 270 forecast is called a firm commitment / ordered volume.",
     [("HF_fragrance_wall_rollout_brief.docx", docx_bytes([
         ("h1", "Fragrance wall roll-out 2025 — supplier brief"),
         ("p", "Supplier: Acrilux Lda (Sofia Martins). Buyer: Harbour & Finch Ltd (Olivia Grant). 30 September 2024."),
         ("h", "What is released now"),
         ("p", "PO HF-4520 covers six (6) sample fragrance walls, design HF-FW-01. Only these 6 are released. The "
               "roll-out units are not released: they will be released store by store through call-offs signed by "
               "Daniel Hughes (VM Director), after he has signed off the samples."),
         ("h", "Roll-out volume"),
         ("table", [["Region", "Stores 2025", "Units"],
                    ["UK North", "92", "92"],
                    ["UK South", "140", "140"],
                    ["Ireland", "38", "38"],
                    ["Total", "270", "270"]]),
         ("p", "This forecast is our firm commitment for 2025 — please treat the 270 units as ordered volume and "
               "reserve your laser and bending capacity accordingly."),
     ], author="Olivia Grant"))])

# p37 — supplier books the forecast as a confirmed order and buys sheet for 1,000
_t = """\
Dear Megan,

Thank you for sharing the 2025 forecast. We have booked your 5,000 pcs for 2025 as a confirmed order in our system, and to lock the price before Chinese New Year we already ordered the acrylic sheet for the first 1,000 pcs.

The 4 samples (PO 7781) will be ready on 2 December, we send by FedEx.

Best regards,
Lily Chen
Sales Department
Dongguan Hengda Acrylic Products Co., Ltd.
No. 18 Xingye Road, Chang'an Town, Dongguan, Guangdong
Tel: +86 769 8531 2260

""" + quote("""\
From: Megan O'Connor <m.oconnor@brightbooth.com>
Sent: Tuesday, November 12, 2024 3:40 PM
Subject: 2025 forecast - brochure holders

Hi Lily,
for your planning: our forecast for 2025 is approx. 5,000 brochure holders. This is a forecast, not an order. PO 7781 covers 4 samples only; nothing else is released until we sign off the samples and I send a written release.
Megan O'Connor, Sr. Buyer""")
case("p37_supplier_books_forecast_buys_sheet", ["RG006", "RG008"],
     "Supplier books the labelled 5,000 forecast as confirmed order and buys sheet for 1,000 while only 4 samples are released.",
     [("RE_2025_forecast_brochure_holders.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@hengda-acrylic.com>", "Megan O'Connor <m.oconnor@brightbooth.com>",
         "RE: 2025 forecast - brochure holders", "Wed, 13 Nov 2024 09:26:00 +0800", _t,
         in_reply_to="<BB-241112-1540@brightbooth.com>")))])

# p39 — WhatsApp UAE: forecast for Ramadan 'consider it a confirmed order'
case("p39_chat_forecast_confirmed_order", ["RG008"],
     "Sample scope complete (2 released, 10 on hold until Fatima's revised LPO after client sign-off); 300 forecast written as 'consider it a confirmed order'.",
     [("WhatsApp_Chat_Nok_Siam_Expo.txt", """\
[22/08/2024, 14:02] Fatima Al Mansouri: Hi Nok, LPO 5541 sent to your email. It covers 2 sample kiosks only.
[22/08/2024, 14:03] Fatima Al Mansouri: The other 10 kiosks are not released. I will send a revised LPO for them after the client signs off the samples.
[22/08/2024, 14:10] Nok Siam Expo: Received ka, thank you 🙏 2 samples, ready 20 Sep
[22/08/2024, 14:15] Nok Siam Expo: Khun Fatima, for Ramadan next year do you have any quantity? Our factory is very full Jan–Feb
[22/08/2024, 14:31] Fatima Al Mansouri: For Ramadan 2025 we have 300 kiosks in forecast for the mall activations. It's forecast, but consider it a confirmed order, you can count on it 100% habibti
[22/08/2024, 14:32] Fatima Al Mansouri: just no production before you have the LPO please
[22/08/2024, 14:33] Nok Siam Expo: OK ka, noted 300 for Ramadan 👍
""")])

# p40 — supplier quote states a forecast as a firm annual order
case("p40_quote_firm_per_forecast", ["RG008"],
     "Supplier quote turns the customer's forecast into 'FIRM ORDER 2,000 pcs per year' / committed volume.",
     [("Siam_Expo_QT-2407-115.pdf", pdf([
         ("h1", "Quotation QT-2407-115"),
         ("p", "Siam Expo Fabrication Co., Ltd · 88/12 Moo 4, Bang Phli, Samut Prakan 10540 · Tax ID 0115556012345"),
         ("p", "To: Merlion Expo Pte Ltd, attn. Wei Ling Tan · Date: 9 July 2024 · Validity: 30 days"),
         ("p", "Item: modular retail gondola end-cap, MDF + HPL, 1200 × 450 × 1800 mm, printed header 1200 × 300 mm."),
         ("table", [["Description", "Qty", "Unit price THB", "Amount THB"],
                    ["Sample (pre-production)", "2", "18,500", "37,000"],
                    ["Production", "2,000 / year", "6,950", "13,900,000"]]),
         ("p", "Quantity basis: FIRM ORDER 2,000 pcs per year, as per your forecast e-mail of 3 March 2024. "
               "Price valid for the committed annual volume only."),
         ("p", "Lead time: sample 3 weeks; production 5 weeks per lot. Payment: T/T. FOB Laem Chabang."),
         ("p", "Nattaya Srisuk (Nok), Sales · +66 81 234 5678"),
     ], title="QT-2407-115", author="Siam Expo"))])

# p41 — 'approved' for prototype (technical), quote (commercial) and production; DOCX PO sheet attached
_docx = docx_bytes([
    ("h1", "PO sheet LL-PO-24203"),
    ("p", "Lumen & Loom Retail Ltd → Oficina Ribeiro Lda. Window display, oversized lamp props."),
    ("table", [["Line", "Item", "Qty", "Unit price EUR"],
               ["1", "Prototype window lamp prop, 1.8 m, brass finish, E27 fitting", "1", "1.650,00"]]),
    ("p", "Balance of 11 lamp props: not released. Written release by Tom Ellery (Head of Retail Operations) "
          "after the prototype sign-off."),
], author="Priya Shah")
_t = """\
Hi João,

Quick update from our side:

- The prototype lamp was approved by Tom Ellery's team on Friday - they loved the brass finish.
- Your quote OR-Q-24-131 was approved by our finance team yesterday, so the PO for the prototype is now formally in the system (PO sheet attached).
- Production approval for the remaining 11 is still pending. The 11 are not released - please don't start them until you have a written release signed by Tom Ellery.

I'll let you know as soon as I hear from Tom.

Best,
Priya
""" + sig("Priya Shah", "Sourcing Lead", "Lumen & Loom Retail Ltd, 71 Great Eastern Street, London EC2A 3HU", "+44 20 7946 0588")
case("p41_approved_three_meanings", ["RG009"],
     "'approved' used for the prototype (technical), the quote (commercial) and 'production approval' (release); scope otherwise complete.",
     [("Update_lamp_props_LL-PO-24203.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@lumenloom.co.uk>", "João Ribeiro <joao@oficinaribeiro.pt>",
         "Update - lamp props LL-PO-24203", "Wed, 28 Aug 2024 10:40:00 +0100", _t,
         attachments=[("LL-PO-24203.docx", _docx, DOCX_MT)])))])

# p42 — status letter: 'released' for artwork, PO and production
case("p42_released_three_meanings", ["RG009"],
     "Status table says artwork 'released', PO 'released in SAP' and strike-offs 'released for production'; scope otherwise complete.",
     [("Kranich_status_KM-0877.pdf", pdf([
         ("h1", "Order status KM-0877 — Light + Building 2025"),
         ("p", "Kranich Messe & Event GmbH → PrintTex Łódź Sp. z o.o. · 10.09.2024 · client Lichtwerk, Hall 3.1"),
         ("table", [["Item", "Status"],
                    ["Artwork v3 (all 160 panels)", "released 30.08.2024 by client"],
                    ["PO 4500012990", "released in SAP on 02.09.2024"],
                    ["Strike-off panels, 8 pcs", "released for production"],
                    ["SEG panels, remaining 152 pcs", "not released — on hold"]]),
         ("p", "The remaining 152 panels are not released. They will be released only by a written release from "
               "Anna Weber, Head of Procurement, after the strike-off sign-off. Material authority: strike-offs only."),
         ("p", "Kranich Messe & Event GmbH · Projektleitung Jonas Brandt · +49 69 4780 2235"),
     ], title="Status KM-0877", author="Jonas Brandt"))])

# p46 — multi-file: LPO says 4 samples; PM mail says make 6, LPO stays as it is
case("p46_lpo_4_mail_6", ["RG011"],
     "LPO releases 4 sample frames; PM mail says make 6 samples and 'LPO stays as it is' — two authorized quantities.",
     [("LPO_5572_Dune_Events.pdf", pdf([
         ("h1", "Local Purchase Order 5572"),
         ("p", "Dune Events LLC · Al Quoz Industrial Area 3, Dubai · Supplier: PrintTex Łódź Sp. z o.o."),
         ("p", "Date: 08 Oct 2024 · Project DE-2440, Abu Dhabi retail fit-out"),
         ("table", [["S/N", "Description", "Qty", "Rate EUR"],
                    ["1", "Sample fabric frame 1500 × 2500 mm, single-sided SEG", "4", "265.00"]]),
         ("p", "Released: 4 sample frames. The remaining 36 frames are not released; they will be released by a "
               "written release from Fatima Al Mansouri (Procurement Manager) after the client has signed off the "
               "samples. Material authority: samples only."),
     ], title="LPO 5572", author="Dune Events")),
      ("RE_LPO_5572_samples.eml", eml_bytes(mail(
         "Rashid Khan <rashid@dune-events.ae>", "Agnieszka Wójcik <a.wojcik@printtex.pl>",
         "RE: LPO 5572 samples", "Thu, 10 Oct 2024 08:55:00 +0400", """\
Hi Agnieszka,

Small change from the client side: please make 6 samples instead of 4 - they want 2 extra frames for their Abu Dhabi office. LPO stays as it is, no need to wait for a new one.

Everything else unchanged, delivery to Al Quoz by 30 October.
""" + sig_ae("Rashid Khan", "Project Manager", "+971 50 718 4432"))))])

# p47 — DOCX release: 'twelve (12)' in the text, 15 in the table
case("p47_release_text_12_table_15", ["RG011"],
     "Release text says twelve (12) panels released, the table in the same release says 15.",
     [("Merlion_release_R-03_MX-24-0790.docx", docx_bytes([
         ("h1", "Release R-03 — MX-24-0790 SEG wall panels"),
         ("p", "Merlion Expo Pte Ltd → PrintTex Łódź Sp. z o.o. · 21 January 2025 · Singapore Airshow 2026 chalet C-14"),
         ("p", "Released now: twelve (12) wall panels, 2950 × 2480 mm, double-sided SEG, after the strike-off sign-off of 17 January."),
         ("table", [["Item", "PO cover", "Released (R-03)", "Status"],
                    ["SEG wall panel 2950 × 2480 mm", "120", "15", "released"]]),
         ("p", "The rest of the PO cover is not released and stays on hold until a further written release signed by "
               "Wei Ling Tan. Material authority: released panels only."),
         ("p", "Signed: Wei Ling Tan, Head of Production"),
     ], author="Wei Ling Tan"))])

# p48 — mail says 3 samples, attached PO says 5
_po = pdf([
    ("h1", "PURCHASE ORDER 7815"),
    ("p", "Bright Booth Inc. · 1420 W Fulton Market, Chicago IL 60607 · Vendor: Shenzhen Brightway Display Co., Ltd"),
    ("p", "PO date: 08/19/2024 · Buyer: Megan O'Connor · Terms: Net 45, FOB Shenzhen"),
    ("table", [["Ln", "Item", "Description", "Qty", "Unit $", "Ext $"],
               ["1", "BB-KIT-20", "Sample display kit: counter + 10 ft backwall, tension fabric", "5", "640.00", "3,200.00"]]),
    ("p", "Only the sample quantity on line 1 is released. Production (quote BW-2408-12) is not released; it will be "
          "released by my written release after the sample sign-off at our Chicago warehouse. "
          "Material authority: samples only. — Megan O'Connor, Sr. Buyer"),
], title="PO 7815", author="Bright Booth")
case("p48_mail_3_po_5", ["RG011"],
     "Cover mail says PO for 3 sample displays; the attached PO line says 5.",
     [("PO_7815_sample_displays.eml", eml_bytes(mail(
         "Megan O'Connor <m.oconnor@brightbooth.com>", "Kevin Zhang <kevin.zhang@brightway-display.cn>",
         "PO 7815 - sample displays", "Mon, 19 Aug 2024 14:03:00 -0500", """\
Hi Kevin,

attached is PO 7815 for the 3 sample displays (counter + backwall kit). Please ship by air as soon as they're ready - we want them for the fit check before IMTS.

Thanks,
Megan
""" + sig("Megan O'Connor", "Senior Buyer", "Bright Booth Inc., Chicago", "+1 312 555 0142"),
         attachments=[("PO_7815.pdf", _po, PDF_MT)])))])

# p49 — chat: PO note pasted with 2 mock-ups, later 'go ahead with the 3 mock-ups as per PO'
case("p49_chat_po_2_then_3", ["RG011"],
     "Pasted PO note releases 2 mock-up counters; PM later says go ahead with 3 'as per PO' — conflicting authorized quantities.",
     [("WhatsApp_Chat_Nowak_counters_PO.txt", """\
[10.06.24, 09:00:03] Jonas Brandt: Hi Paweł, PO is out. Copy of the note from Anna:
[10.06.24, 09:00:41] Jonas Brandt: "PO 4500012777: Released: 2 mock-up counters. The remaining 18 counters are not released until Anna Weber's written release after the mock-up sign-off. Material for the 2 mock-ups only."
[10.06.24, 09:15:22] Paweł Nowak: OK 👍
[11.06.24, 16:40:10] Jonas Brandt: Paweł, go ahead with the 3 mock-ups as per PO – Marta wants one in walnut as well, next to the oak ones
[11.06.24, 16:42:55] Paweł Nowak: 3 mock-ups, 2 oak + 1 walnut, ok. Walnut veneer I have in stock
""")])

# p50 — multi-file: ERP call-off releases 40; cover mail says release of 60 and 'artwork release'
case("p50_calloff_40_mail_60", ["RG009", "RG011"],
     "Call-off releases 40, cover mail says 'release of 60 light boxes'; mail also uses 'release' for the artwork.",
     [("CALLOFF_KM-CO-03.txt", """\
KRANICH MESSE & EVENT GMBH                          ABRUF / CALL-OFF
Hanauer Landstrasse 182, 60314 Frankfurt am Main    Seite 1/1
-----------------------------------------------------------------------------
CALL-OFF NO : KM-CO-03            DATE     : 04.11.2024
PO NO       : 4500012811          SUPPLIER : SVETLO REKLAMA S.R.O. (20431)
ITEM        : LB 600X1800 FREESTANDING, SEG, 4000K
-----------------------------------------------------------------------------
ORDER QTY (PO COVER)                    240 PCS
RELEASED PREVIOUSLY (CO-01, CO-02)       60 PCS
RELEASED THIS CALL-OFF                   40 PCS
CUMULATIVE RELEASED                     100 PCS
BALANCE NOT RELEASED                    140 PCS   ON HOLD UNTIL NEXT CALL-OFF
-----------------------------------------------------------------------------
RELEASE AUTHORITY : A. WEBER (HEAD OF PROCUREMENT)
MATERIAL          : FOR RELEASED QTY ONLY
DELIVERY          : 40 PCS DAP MESSE DUESSELDORF, HALL 6, 27.11.2024
""" ),
      ("Call-off_03_Duesseldorf.eml", eml_bytes(mail(
         "Jonas Brandt <j.brandt@kranich-messe.de>", "Tomáš Dvořák <dvorak@svetlo-reklama.cz>",
         "Call-off 03 - light boxes Düsseldorf", "Mon, 04 Nov 2024 12:15:00 +0100", """\
Dobrý den Tomáš,

please find call-off 03 attached - release of 60 light boxes for the Düsseldorf show. The artwork release for the new logo (v5) is in the same folder on our FTP; please use only v5 from now on.

Delivery on 27.11. to hall 6, gate 2, between 7:00 and 9:00.

Viele Grüße
Jonas
""" + sig_de("Jonas Brandt", "Projektleitung / Project Manager", "+49 69 4780 2235"))))])

# p51 — HTML portal: released 24 in the table, call-off 3 releases 30 in the notes
case("p51_portal_24_vs_30", ["RG011"],
     "Portal table shows 24 released under call-off 3 for wave 1; notes say call-off 3 releases 30 for wave 1.",
     [("LL_portal_wave1_status.html", html_page("Lumen & Loom supplier portal - light box roll-out", """\
<h2>Lumen &amp; Loom — supplier portal · window light box roll-out</h2>
<p>Supplier: Světlo Reklama s.r.o. · PO LL-PO-24117 · Part LL-LB-600-R3 · updated 10 Sep 2024</p>
<table>
<tr><th>Wave</th><th>Stores</th><th>PO cover</th><th>Released (call-off 3)</th><th>Status</th></tr>
<tr><td>Wave 1</td><td>12</td><td>48</td><td>24</td><td>released — in production</td></tr>
<tr><td>Wave 2</td><td>9</td><td>36</td><td>0</td><td>not released</td></tr>
</table>
<div class="note">
<p>Call-off 3 (signed P. Shah, 9 Sep 2024) releases 30 light boxes for Wave 1.</p>
<p>Everything not released stays on hold until the next call-off signed by Priya Shah (Sourcing Lead). Material authority: released quantity only.</p>
</div>
<p>Deliveries: DAP Dartford DC, Monday–Friday 06:00–14:00, booking via portal.</p>
"""))])

# p52 — PDF release letter: 'twenty (20)' in text, 25 in table
case("p52_release_letter_20_vs_25", ["RG011"],
     "Release letter: text releases twenty (20), table of the same release says 25.",
     [("Vollmer_release_VW-R-11.pdf", pdf([
         ("h1", "Release VW-R-11"),
         ("p", "Vollmer Werkzeuge AG · Messen & Events · Stuttgart → Acrilux Lda, Braga · 18.03.2024"),
         ("p", "Brochure towers BT-300 rev C, PO 4500098200. We hereby release twenty (20) acrylic brochure towers "
               "for production, following the sample sign-off of 12 March 2024."),
         ("table", [["Release", "Part", "Qty released", "Delivery"],
                    ["VW-R-11", "BT-300 rev C", "25", "KW 16, DAP Stuttgart"]]),
         ("p", "The remaining units of PO 4500098200 are not released; they will be released only by a further "
               "written release from Dieter Hahn, Head of Trade Fairs. Material authority: released quantity only."),
         ("p", "Dieter Hahn"),
     ], title="VW-R-11", author="Dieter Hahn"))])

# p53 — supplier takes the down payment as the go for the 46 (multipart/alternative, quoted PO mail)
_t = """\
Dear Mr Brandt,

we received today the down payment for PO 4500013040, thank you very much.

We take this as the go for the 46 series light boxes and plan the production start on Monday 9 September, so that delivery to Frankfurt can be in KW 39 as you wished. The samples are packed and leave tomorrow with our van.

S pozdravem / Best regards
Tomáš Dvořák
Světlo Reklama s.r.o. | Vídeňská 112, 619 00 Brno | +420 545 210 330

""" + quote("""\
From: Anna Weber <a.weber@kranich-messe.de>
Sent: 19 August 2024 10:20
Subject: PO 4500013040

Dear Mr Dvořák,
PO 4500013040 covers 2 sample light boxes and 46 series light boxes (commercial cover). Production of the 46 is not released: it will be released only by my written release after the sample sign-off. The down payment per your pro-forma will follow.
Anna Weber, Head of Procurement""")
case("p53_supplier_down_payment_is_go", ["RG012"],
     "Supplier treats receipt of the down payment as the go for the 46 series units; quoted PO scope is complete.",
     [("RE_PO_4500013040.eml", eml_bytes(mail(
         "Tomáš Dvořák <dvorak@svetlo-reklama.cz>", "Jonas Brandt <j.brandt@kranich-messe.de>",
         "RE: PO 4500013040 - down payment received", "Tue, 03 Sep 2024 15:30:00 +0200", _t,
         html=txt2html(_t), cc="Anna Weber <a.weber@kranich-messe.de>",
         in_reply_to="<KM-240819-1020@kranich-messe.de>")))])

# p54 — supplier acknowledgement: mass production starts on PO acceptance (PDF attached)
_ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0907"),
    ("p", "Shenzhen Brightway Display Co., Ltd · Bao'an District, Shenzhen · to Bright Booth Inc., Chicago"),
    ("table", [["PO", "Item", "PO quantity", "Status"],
               ["7790", "Tension fabric backwall 10 ft, printed", "10 samples + 990 production (as per PO)", "ACCEPTED 07 Sep 2024"]]),
    ("p", "Production start: 16 Sep 2024, after PO acceptance."),
    ("p", "Kevin Zhang, Sales Manager"),
], title="OA-24-0907", author="Brightway")
_t = """\
Dear Megan,

please find attached our order acknowledgement for PO 7790. With PO acceptance confirmed, our factory will start mass production next Monday.

Best regards,
Kevin Zhang
Sales Manager, Shenzhen Brightway Display Co., Ltd.

""" + quote("""\
From: Megan O'Connor
Sent: Thursday, September 5, 2024 9:12 AM
Subject: PO 7790

Kevin - PO 7790 attached. 10 sample units are released now. The 990 production units are commercial cover only and are not released until we sign off the samples and I send my written release.
Megan O'Connor, Sr. Buyer""")
case("p54_ack_production_on_po_acceptance", ["RG012"],
     "Supplier acknowledgement: mass production starts on PO acceptance, although the quoted PO releases only 10 samples.",
     [("Order_acknowledgement_PO_7790.eml", eml_bytes(mail(
         "Kevin Zhang <kevin.zhang@brightway-display.cn>", "Megan O'Connor <m.oconnor@brightbooth.com>",
         "Order acknowledgement PO 7790", "Sat, 07 Sep 2024 10:05:00 +0800", _t,
         in_reply_to="<BB-240905-0912@brightbooth.com>",
         attachments=[("OA-24-0907.pdf", _ack, PDF_MT)])))])

# p55 — Slack Connect: proforma paid, 'nothing's stopping you - go for it!'
case("p55_slack_paid_go_for_it", ["RG002", "RG012"],
     "Pinned scope complete (6 released, 54 on hold until Megan's written release after sign-off); later 'Finance paid the proforma... go for it!' — payment as release, unscoped go.",
     [("slack_export_bb-brightway-2025.txt", """\
#bb-brightway-2025 (Slack Connect) - exported 2024-10-02 08:00 CDT

[2024-09-23 09:02] Megan O'Connor (Bright Booth): :pushpin: PO 7830 scope - 6 sample kiosks released now. The other 54 are NOT released; they get released only by my written release after we sign off the samples in Chicago. Material for the 6 samples only.
[2024-09-23 21:14] Kevin Zhang (Brightway): Noted Megan, 6 samples in production, ready 4 Oct
[2024-09-30 14:47] Jake Rivera (Bright Booth): Kevin, can you send the crate dims for the samples? need them for the freight quote
[2024-09-30 21:03] Kevin Zhang (Brightway): 2 crates, 1250 x 850 x 2150 mm, 180 kg each
[2024-10-01 10:31] Megan O'Connor (Bright Booth): Finance just paid the proforma for the full PO :tada: so from our end nothing's stopping you - go for it!
[2024-10-01 22:05] Kevin Zhang (Brightway): Great, thank you! :+1:
""")])

# p56 — buyer's accounts payable: down payment out, so begin with the series (forwarded PO as rfc822)
_inner = mail("Dieter Hahn <d.hahn@vollmer-werkzeuge.de>", "Sofia Martins <sofia.martins@acrilux.pt>",
              "PO 4500098300 - brochure towers BT-400", "Mon, 04 Mar 2024 10:00:00 +0100", """\
Dear Ms Martins,

PO 4500098300 - brochure towers BT-400. Released now: three (3) sample towers. The remaining 57 towers are not released; they will be released only by my written release after the sample sign-off. Down payment per your pro-forma PF-24-031.
""" + sig_vw("Dieter Hahn", "Leiter Messen / Head of Trade Fairs", "+49 711 8830 410"))
_t = """\
Sehr geehrte Frau Martins, dear Ms Martins,

die Anzahlung ist raus - the down payment of EUR 4.200,00 for PO 4500098300 went out today (value date 12.03.2024), the remittance advice follows by separate mail.

So you can now begin with the series. For questions on the order itself please contact Mr Hahn (his mail is attached).

""" + sig_vw("Sabine Krüger", "Kreditorenbuchhaltung / Accounts Payable", "+49 711 8830 275")
case("p56_ap_down_payment_begin_series", ["RG012"],
     "Accounts payable says the down payment went out, 'so you can now begin with the series'; forwarded PO releases only 3 samples.",
     [("Vollmer_PO_4500098300.eml", eml_bytes(mail(
         "Sabine Krüger <s.krueger@vollmer-werkzeuge.de>", "Sofia Martins <sofia.martins@acrilux.pt>",
         "Anzahlung / down payment PO 4500098300", "Tue, 12 Mar 2024 14:40:00 +0100", _t,
         attachments=[("rfc822", _inner)])))])


# =================================================================== BUILD
def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(5757).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h57_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return labels


if __name__ == "__main__":
    labels = build()
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {n_clean}  with risks: {len(labels) - n_clean}")
    counts = {}
    for v in labels.values():
        for r in v["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")
    print("  multi-rule cases:", sum(1 for v in labels.values() if len(v["expect"]) > 1))
