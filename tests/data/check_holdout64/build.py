#!/usr/bin/env python3
"""Generator for the releasegate check_holdout64 corpus (mining wear parts).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout64/build.py

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
    m["Message-ID"] = msgid or f"<h64-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h64")
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



# ------------------------------------------------------------- small helpers
def txt2html(text):
    """Plain e-mail text -> simple HTML alternative (paragraphs, quoted lines kept)."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text, depth=1):
    pre = ">" * depth + " "
    return "\n".join((pre + ln) if ln else ">" * depth for ln in text.strip("\n").split("\n"))


def ios_chat(lines):
    """lines: (date 'dd/mm/yyyy', time 'hh:mm:ss', sender, text)."""
    return "".join(f"[{d}, {t}] {s}: {x}\n" for d, t, s, x in lines)


def android_chat(lines):
    return "".join(f"{d}, {t} - {s}: {x}\n" for d, t, s, x in lines)


def ESC(s):
    return escape(s)


# ============================================================ CLEAN CASES
# c01 -- Chilean PO PDF for one trial liner set, full scope note, quote figure marked not released.
case("c01_chile_po_trial_liner_set_full_scope", [],
     "sample PO: active qty (1 set), 5 sets not released, unlock = wear-trial sign-off + written release by named person, material sample-only",
     [("OC_4500871203.pdf", pdf([
         ("h1", "Minera Los Cóndores SpA"),
         ("p", "Orden de Compra / Purchase Order No. 4500871203 — Fecha / Date: 06.05.2024"),
         ("p", "Proveedor / Vendor: Shandong Hengli Wear Castings Co., Ltd (vendor no. 100482), Zibo, Shandong, China. "
               "Incoterm: CIF Antofagasta. Pago / Payment: 30 días fecha B/L. Moneda: USD."),
         ("table", [["Pos", "Material", "Descripción / Description", "Cant.", "UM", "P. unit. USD", "Total USD"],
                    ["10", "7100-3341", "Manto / Mantle MP800 type, Mn18Cr2 — trial", "1", "EA", "38.450,00", "38.450,00"],
                    ["20", "7100-3342", "Cóncavo / Concave ring set MP800 — trial", "1", "SET", "52.900,00", "52.900,00"],
                    ["", "", "Total neto / Net total", "", "", "", "91.350,00"]]),
         ("sp",),
         ("h", "Alcance / Scope of this PO"),
         ("p", "This PO covers ONE (1) trial set only: one mantle and one concave set for the wear trial on the "
               "secondary crusher CR-02 at Planta Los Cóndores. Your quotation COT-HL-2024-118 also lists five (5) "
               "further sets for 2024-25. Those five sets are NOT released by this PO and stay on hold. Do not cast, "
               "pour or buy alloy for them."),
         ("p", "Unlock event: the five sets can only be released after (a) the wear-trial sign-off by Plant "
               "Maintenance, target 1,2 Mt processed through CR-02, and (b) a written production release signed by "
               "Rodrigo Paredes, Jefe de Abastecimiento. Material authority: sample-only (the one trial set)."),
         ("h", "Documentación / Documents"),
         ("p", "MTC per EN 10204 3.1 for every heat; heat number cast on each piece; dimensional report against "
               "drawing LC-CR02-114 rev D; UT report on the mantle bore. Packing: seaworthy crates, ISPM 15."),
         ("p", "Emitido por / Issued by: Rodrigo Paredes, Jefe de Abastecimiento — Minera Los Cóndores SpA, "
               "Av. Grecia 1450, Antofagasta, Chile. compras@loscondores.cl"),
     ], title="OC 4500871203", author="Minera Los Condores SpA"))])

# c02 -- supplier quote alone with trial and series tiers.
case("c02_china_quote_impeller_tiers", [],
     "supplier quote on its own: two tiers, no authorized quantity -> clean",
     [("TD-Q-24-0385.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Jiangsu Taida Pump Parts Co., Ltd. — No. 18 Xinggang Road, Jingjiang, Jiangsu, China"),
         ("p", "Quotation No.: TD-Q-24-0385    Date: 2024-04-18    Valid: 90 days"),
         ("p", "To: Compañía Minera Huancané S.A.A., Arequipa, Peru — Attn: Ms. Lucía Quispe, Jefa de Compras"),
         ("p", "Subject: Slurry pump impeller 10/8 F-AH type, Cr27 high chrome (A05 equivalent), "
               "your drawing HU-PMP-0092 rev B"),
         ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
                    ["1", "Trial impeller (casting, machining, dynamic balancing G6.3)", "2 pcs", "3,180.00",
                     "45 days after PO"],
                    ["2", "Series impellers (price valid if ordered within 6 months of this quotation)", "16 pcs",
                     "2,640.00", "40 days after your production release"],
                    ["3", "Pattern and core box (one-off charge)", "1 set", "4,200.00", "with item 1"]]),
         ("sp",),
         ("p", "Notes: prices FOB Shanghai. Payment T/T 30% advance, 70% before shipment. Material Cr27, "
               "hardness min. 58 HRC after heat treatment, MTC EN 10204 3.1 per heat. Series price depends on the "
               "quantity finally ordered. Packing in plywood cases."),
         ("p", "We look forward to your kind enquiry. Best regards, Tony Liu, Sales Manager, tony.liu@taidapump.cn"),
     ], title="Quotation TD-Q-24-0385", author="Jiangsu Taida"))])

# c03 -- supplier asking whether it has a go-ahead: a question, not an approval.
_m = mail("Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
          "Marie-Claude Gagnon <mc.gagnon@laurentianagg.ca>",
          "PO 7700-2291 trial jaw plates - shipped / question on the remaining pairs",
          "Mon, 13 May 2024 10:42:00 +0300",
          "Dear Marie-Claude,\n\n"
          "Good news: the trial jaw plates (1 pair, PO 7700-2291) left Mersin port on 12 May on the MSC "
          "vessel, B/L MEDU4471902. ETA Montreal is around 3 June. MTC for heat A24-0419 and the hardness "
          "map are attached to the shipping documents.\n\n"
          "We are now planning our melting schedule for June and July. As we understand it, the remaining "
          "11 pairs in our quotation are not released yet. Do we have the go-ahead for the remaining 11 "
          "pairs, or should we wait for your wear-trial sign-off on the C160 at Saint-Colomban?\n\n"
          "Please advise. We will not start anything for them (no pattern booking, no alloy) until we "
          "receive your written instruction.\n\n"
          "Kind regards,"
          + sig("Emre Yılmaz", "Export Sales Engineer", "Anadolu Döküm A.Ş., Konya OSB, Türkiye",
                "+90 332 555 0142"))
case("c03_turkey_supplier_asks_goahead_question", [],
     "supplier question about go-ahead; not an approval, not an authorization; states remaining 11 not released",
     [("RE_PO_7700-2291.eml", eml_bytes(_m))])

# c04 -- labelled forecast, ERP printout.
case("c04_australia_idler_forecast_labelled", [],
     "clearly labelled rolling forecast, no authorization, no commitment",
     [("forecast_MM-FC-07_jun24.txt",
       "RED GUM MINING PTY LTD                 ROLLING DEMAND FORECAST                   Page 1 of 1\n"
       "Report MM-FC-07        Run date 03.06.2024  07:12     User SNGUYEN\n"
       "Supplier 200771  MPUMALANGA CONVEYOR COMPONENTS (PTY) LTD, WITBANK, ZA\n"
       "-----------------------------------------------------------------------------------------\n"
       "*** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER - NO COMMITMENT BY RED GUM MINING ***\n"
       "*** Nothing in this report authorises production or material purchase.              ***\n"
       "*** Quantities are authorised only by a numbered purchase order or call-off.          ***\n"
       "-----------------------------------------------------------------------------------------\n"
       "Material      Description                  Jul-24 Aug-24 Sep-24 Oct-24 Nov-24 Dec-24  Total\n"
       "IDL-152-T35   Troughing idler 152x465 35d     120    120     80    160    120     80    680\n"
       "IDL-152-RT    Return idler 152x1400            40     40     40     60     40     40    260\n"
       "IMP-178-T35   Impact idler 178x465 35d          0     24      0     24      0      0     48\n"
       "-----------------------------------------------------------------------------------------\n"
       "Notes\n"
       " 1. Forecast driven by the CV-03 belt replacement in the October shutdown (SD-24-10).\n"
       " 2. Planning estimates only, may move by +/-30%. Bearings 6306-2RS C3, shaft 30 mm.\n"
       " 3. Queries: Sarah Nguyen, Procurement Lead, +61 8 9021 5540.\n"
       "END OF REPORT\n")])

# c05 -- scoped sample approval with full hold, multipart/alternative.
_t = ("Hola Alejandra,\n\n"
      "The 20 trial panels went onto the Screen 3 bottom deck on Tuesday during the shutdown. Fit-up is "
      "fine: pin holes line up, no gaps at the side liners, the 40 mm thickness clears the cross members.\n\n"
      "So: the trial panels are approved for fit-up only. This is not a production release.\n\n"
      "To be clear on where we stand:\n"
      "- PO 4100028871 covers the 20 trial panels and nothing more.\n"
      "- The balance of 460 panels from your quote QPB-0902 is not released and stays on hold.\n"
      "- It unlocks only after the 8-week wear-trial sign-off (target around 180 000 t through Screen 3) "
      "and a written release signed by me.\n\n"
      "Please don't buy prepolymer or book mould time for the 460 in the meantime. I'll send you the wear "
      "readings every two weeks.\n\n"
      "Baie dankie,"
      + sig("Thandi Mokoena", "Procurement Manager", "Bokamoso Platinum Mine, Rustenburg, South Africa",
            "+27 14 555 0188"))
_m = mail("Thandi Mokoena <thandi.mokoena@bokamoso-pt.co.za>",
          "Alejandra Ruiz <aruiz@polibajio.com.mx>",
          "RE: PO 4100028871 - trial screen panels - fit-up result",
          "Thu, 16 May 2024 15:05:00 +0200", _t, html=txt2html(_t))
case("c05_sa_fitup_only_scoped", [],
     "sample approved for fit-up only, production not released; active qty, hold, event and named person all present",
     [("RE_PO_4100028871_fitup.eml", eml_bytes(_m))])

# c06 -- full-quantity repeat PO, DOCX with table.
case("c06_canada_full_qty_repeat_po", [],
     "full-quantity repeat order (6 pairs), no sample stage, no balance; 'proceed' is scoped to the quantity",
     [("PO_7700-2315.docx", docx_bytes([
         ("h1", "Laurentian Aggregates Inc. — Bon de commande / Purchase Order 7700-2315"),
         ("p", "Date: 2024-05-21   Supplier: Fundición Regiomontana S.A. de C.V., Apodaca, N.L., México "
               "(vendor 40118)   Ship to: Carrière Saint-Colomban, 1200 montée Saint-Nicolas, Mirabel QC"),
         ("p", "Terms: Net 45 days. Incoterm: DAP Mirabel. Currency: CAD."),
         ("table", [["Line", "Part no.", "Description", "Qty", "UoM", "Unit price", "Amount"],
                    ["1", "JP-C160-FX", "Fixed jaw plate C160, Mn18, pattern FR-221 rev 4", "6", "EA",
                     "9 850,00", "59 100,00"],
                    ["2", "JP-C160-MV", "Movable jaw plate C160, Mn18, pattern FR-222 rev 4", "6", "EA",
                     "11 420,00", "68 520,00"]]),
         ("sp",),
         ("p", "This is a repeat order of PO 7700-1874. The parts are identical to the pairs supplied in 2023; "
               "patterns are on file at your plant and no trial is required."),
         ("p", "This PO covers the full quantity: six (6) pairs (6 fixed + 6 movable plates). Please proceed "
               "with all six (6) pairs. There is no balance and no further release to follow on this order."),
         ("p", "Delivery: 3 pairs by 2024-07-15, 3 pairs by 2024-08-30. Each plate to carry heat number and "
               "part number cast in; MTC 3.1 and hardness report with each shipment."),
         ("p", "Issued by: Marie-Claude Gagnon, Procurement Manager, Laurentian Aggregates Inc., "
               "tel. 450 555 0131"),
     ], author="Laurentian Aggregates"))])

# c07 -- call-off with explicit staged material authority above released quantity, HTML.
case("c07_australia_calloff_staged_material", [],
     "call-off releases 120; explicit staged material authority up to 360; rest of blanket not released, next call-off signed by named person",
     [("calloff_CO-11_BO5500004417.html", html_page("Call-off CO-11 / Blanket Order 5500004417", """
<h2>Red Gum Mining Pty Ltd &mdash; Call-off CO-11</h2>
<p>Blanket Order <b>5500004417</b> (conveyor idlers 2024) &middot; Supplier: Mpumalanga Conveyor Components (Pty) Ltd
&middot; Date: 01.07.2024 &middot; Deliver to: Red Gum Mine, Great Eastern Hwy, Kalgoorlie WA 6430</p>
<table>
<tr><th>Call-off</th><th>Material</th><th>Description</th><th>Qty</th><th>Delivery</th><th>Status</th></tr>
<tr><td>CO-09</td><td>IDL-152-T35</td><td>Troughing idler 152x465 35&deg;</td><td>120</td><td>May-24</td><td>delivered</td></tr>
<tr><td>CO-10</td><td>IDL-152-T35</td><td>Troughing idler 152x465 35&deg;</td><td>120</td><td>Jun-24</td><td>delivered</td></tr>
<tr><td><b>CO-11</b></td><td>IDL-152-T35</td><td>Troughing idler 152x465 35&deg;</td><td><b>120</b></td><td>Aug-24</td><td>this call-off</td></tr>
</table>
<h3>What this call-off authorises</h3>
<ul>
<li><b>Production:</b> this call-off releases 120 troughing idlers IDL-152-T35 for August delivery. Only these 120 may be produced.</li>
<li><b>Material authority (staged):</b> you may buy tube, shaft bar and bearings (6306-2RS C3) for up to 360 idlers
&mdash; this call-off plus the two call-offs forecast for Sep/Oct &mdash; at Red Gum Mining's liability. Material beyond 360 idlers is at your own risk.</li>
<li><b>Balance:</b> the blanket ceiling of 1,440 idlers for 2024 is a commercial limit, not a production release. The rest of the blanket is not released; each further quantity is released only by the next numbered written call-off.</li>
<li><b>Who signs call-offs:</b> Sarah Nguyen, Procurement Lead (or in her absence Mick Doyle, Maintenance Planner).</li>
</ul>
<p class="note">Rollers to be marked with the call-off number. Packing: steel stillages, max. 40 idlers per stillage.</p>
<p>Sarah Nguyen &middot; Procurement Lead &middot; Red Gum Mining Pty Ltd &middot; +61 8 9021 5540</p>
"""))])

# c08 -- explicit, recorded auto-conversion naming quantity, signer and conditions.
case("c08_ghana_po_rev1_explicit_autoconversion", [],
     "explicit recorded auto-conversion (6 impellers, signer Kwame Mensah, conditions); remaining 10 not released until revised PO by named person; staged material explicit",
     [("PO_4500-7731_rev1.pdf", pdf([
         ("h1", "Asante Gold Fields Ltd — Purchase Order"),
         ("p", "PO No. 4500-7731, revision 1 (supersedes rev 0 of 02.05.2024) — Date: 15.05.2024"),
         ("p", "Supplier: Jiangsu Taida Pump Parts Co., Ltd., Jingjiang, China — Quotation TD-Q-24-0412 "
               "(2 trial + 16 series impellers). Deliver to: Tarkwa Mine Stores, Western Region, Ghana. "
               "Incoterm CFR Takoradi."),
         ("table", [["Line", "Item", "Qty", "Unit price USD", "Status"],
                    ["10", "Impeller 8/6 E-AH, Cr27, dwg AGF-SP-0314 rev C — trial", "2", "3,050.00",
                     "released by this PO"],
                    ["20", "Impeller 8/6 E-AH, Cr27 — series, first tranche", "6", "2,590.00",
                     "auto-conversion, see clause 4"],
                    ["--", "Remaining quoted series quantity", "10", "--", "not released"]]),
         ("sp",),
         ("h", "4. Recorded auto-conversion (line 20)"),
         ("p", "By agreement recorded in meeting minutes MTG-AGF-0514 of 14.05.2024, line 20 (six (6) impellers) "
               "is released automatically, with no further document, on the date the trial sign-off is signed by "
               "Kwame Mensah, Maintenance Superintendent, provided that the trial impellers have run at least "
               "1,200 operating hours on slurry pump SP-14 with vane wear of 6 mm or less. If the sign-off is "
               "not signed, or signed as rejected, line 20 stays on hold. This auto-conversion applies to these "
               "6 impellers only."),
         ("h", "5. Remaining quantity"),
         ("p", "The remaining 10 impellers of quotation TD-Q-24-0412 are not released. They stay on hold until a "
               "revised PO issued and signed by Kwame Mensah."),
         ("h", "6. Material authority"),
         ("p", "Staged: Cr27 charge material for up to 8 impellers (line 10 + line 20) may be bought at Asante "
               "Gold Fields' liability. Material for the remaining 10 is at supplier's risk."),
         ("p", "Issued by: Kofi Boateng, Purchasing Officer, for Asante Gold Fields Ltd, PO Box 219, Tarkwa."),
     ], title="PO 4500-7731 rev 1", author="Asante Gold Fields"))])

# c09 -- forwarded old quote declared informational, rfc822.
_old = mail("Nikhil Shah <nikhil.shah@gujaratrubber.in>",
            "Lucía Quispe <lquispe@huancane.pe>",
            "Offer GRL/OF/23/1187 - rubber screen panels 610x610",
            "Tue, 14 Nov 2023 11:20:00 +0530",
            "Dear Ms. Quispe,\n\n"
            "With reference to your enquiry, please find our offer for rubber screen panels 610 x 610 x 50 mm, "
            "natural rubber 40 ShA, aperture 25 x 50 slot, steel-reinforced, pin fixing.\n\n"
            "  Annual quantity   : 3,000 panels (750 per quarter)\n"
            "  Price             : USD 41.80 per panel, FCA Mundra\n"
            "  Lead time         : 6 weeks per quarterly lot\n\n"
            "Drawing reference GRL-SP-610-50 rev 2, compound sheet NR40-07.\n\n"
            "Thanks & regards,\nNikhil Shah\nGujarat Rubber Linings Pvt Ltd, Vadodara\n")
_t = ("Dear Nikhil,\n\n"
      "Please find the details of PO 4510-0662 below and, forwarded under this mail, your offer from "
      "November 2023.\n\n"
      "The old offer is forwarded for information only: the 3,000 panels in it are not released and not "
      "ordered. I am sending it only so your team has the drawing and compound references.\n\n"
      "PO 4510-0662 covers 60 rubber screen panels 610 x 610 x 50 for a trial on the Zaranda 2 deck at "
      "the concentrator. Any further quantity is not released and stays on hold until the trial sign-off "
      "(about 10 weeks of operation) and a written release from me, Lucía Quispe.\n\n"
      "Delivery requested: 15 July 2024, CPT Arequipa.\n\n"
      "Saludos cordiales,"
      + sig("Lucía Quispe", "Jefa de Compras", "Compañía Minera Huancané S.A.A., Arequipa, Perú",
            "+51 54 555 0190"))
_m = mail("Lucía Quispe <lquispe@huancane.pe>", "Nikhil Shah <nikhil.shah@gujaratrubber.in>",
          "PO 4510-0662 trial rubber panels / FW: Offer GRL/OF/23/1187",
          "Wed, 22 May 2024 09:31:00 -0500", _t, attachments=[("rfc822", _old)])
case("c09_peru_fwd_old_quote_informational", [],
     "forwarded old quote (3,000) declared informational and not released; PO for 60 with hold, event, named person",
     [("PO_4510-0662_FW_offer.eml", eml_bytes(_m))])

# c10 -- quoted supplier assumption of auto-conversion, buyer corrects it.
_t = ("Kevin,\n\n"
      "No. The trial sign-off does not release the other 5 sets. They stay on hold until two things have "
      "happened: the wear-trial sign-off on CR-02 and, after it, my separate written production release "
      "with the quantity in it. Until then make only the 1 trial set under PO 4500871203, and no alloy "
      "for the 5.\n\n"
      "If the shutdown date gets tight we will talk about it, but nothing rolls over by itself.\n\n"
      "Saludos,"
      + sig("Rodrigo Paredes", "Jefe de Abastecimiento", "Minera Los Cóndores SpA, Antofagasta",
            "+56 55 255 0120")
      + "\n\n-----Original Message-----\n"
      "From: Kevin Zhang <kevin.zhang@henglicast.com>\nSent: Friday, 24 May 2024 16:12\n"
      "Subject: PO 4500871203 trial set schedule\n\n"
      + quote("Dear Rodrigo,\n\nThe trial set will be ready in week 24, we pour the mantle on 3 June.\n"
              "Once you approve the trial set we will roll straight into the 5 production sets to save "
              "time, the pattern is already on the floor.\n\nBest regards\nKevin Zhang\nSales Manager"))
_m = mail("Rodrigo Paredes <rparedes@loscondores.cl>", "Kevin Zhang <kevin.zhang@henglicast.com>",
          "RE: PO 4500871203 trial set schedule", "Mon, 27 May 2024 08:47:00 -0400", _t,
          in_reply_to="<20240524161200.77@henglicast.com>")
case("c10_chile_buyer_corrects_rollover", [],
     "quoted supplier assumes roll-over; buyer's reply rejects it and restates hold, event and named person",
     [("RE_PO_4500871203_schedule.eml", eml_bytes(_m))])

# c11 -- supplier: the deposit does not release production. multipart/alternative.
_t = ("Hi Sarah,\n\n"
      "Thank you, we received the 30% deposit (USD 4.212,00) against PO 4500193512 this morning.\n\n"
      "Just so our files match yours: the deposit does not release production. We will mould only the 24 "
      "trial panels under the PO. The balance of 456 panels stays on hold until your wear-trial sign-off "
      "and your written release, as the PO says (release by Sarah Nguyen). We have not bought prepolymer "
      "beyond what the 24 panels need.\n\n"
      "Trial panels ship from León on 28 June, air freight to Perth, then road to Kalgoorlie.\n\n"
      "Saludos,"
      + sig("Alejandra Ruiz", "Ejecutiva de Cuenta / Key Account", "Poliuretanos del Bajío S.A. de C.V., León, Gto.",
            "+52 477 555 0164"))
_m = mail("Alejandra Ruiz <aruiz@polibajio.com.mx>", "Sarah Nguyen <sarah.nguyen@redgummining.com.au>",
          "PO 4500193512 - deposit received", "Tue, 04 Jun 2024 12:10:00 -0600", _t, html=txt2html(_t))
case("c11_mexico_deposit_does_not_release", [],
     "supplier states the deposit does not release production and restates hold; clean",
     [("PO_4500193512_deposit.eml", eml_bytes(_m))])

# c12 -- supplier acknowledgement restating the hold, DOCX.
case("c12_sa_foundry_ack_restates_hold", [],
     "supplier acknowledgement restating scope: 12 trial teeth, 288 not released, event and named person",
     [("OA-HF-24-0219.docx", docx_bytes([
         ("h1", "Highveld Foundry (Pty) Ltd — Order Acknowledgement OA-HF-24-0219"),
         ("p", "Customer: Laurentian Aggregates Inc., Mirabel QC, Canada. Your PO: 7700-2302 dated 2024-05-08. "
               "Our quote: Q-HF-2024-077. Date of acknowledgement: 2024-05-10."),
         ("table", [["Item", "Description", "Qty", "Price USD", "Ex-works date"],
                    ["1", "Bucket tooth RT-40 rev C, 27Cr-Mo alloy, trial", "12", "148.00", "2024-06-21"]]),
         ("sp",),
         ("p", "We accept your PO scope as written:"),
         ("li", "Active quantity: 12 trial bucket teeth RT-40 rev C for the wear trial on loader L-07, Pit 2."),
         ("li", "Not released: the 288 teeth in our quote Q-HF-2024-077. We will not cast them and we will not "
                "order alloy for them."),
         ("li", "Unlock: wear-trial sign-off (minimum 600 operating hours on L-07) and then a written release "
                "from Marie-Claude Gagnon, Procurement Manager."),
         ("li", "Material authority: sample-only."),
         ("p", "Heat numbers will be stamped on the tooth nose; MTC and Brinell readings (target 500 HBW) "
               "accompany the shipment."),
         ("p", "Riaan Pretorius, Sales & Technical, Highveld Foundry (Pty) Ltd, Benoni, Gauteng. "
               "Tel +27 11 555 0177."),
     ], author="Highveld Foundry"))])

# c13 -- interim disposition with limits, DOCX.
case("c13_canada_interim_disposition_limits", [],
     "interim disposition with quantity and date limit; states it is not a release; release of 4 separately by named person; remaining 12 on hold",
     [("SDR-0441_impeller_disposition.docx", docx_bytes([
         ("h1", "Northern Shield Mining — Sample Disposition Record SDR-0441"),
         ("p", "Part: slurry pump impeller 6/4 D-AH, Cr27, drawing NSM-PMP-0218 rev B. Supplier: Kolhapur Alloy "
               "Castings Pvt Ltd. PO 7300-0590 (2 trial impellers). Quote KAC/Q/24/088: 18 impellers in total."),
         ("table", [["Check", "Requirement", "Result"],
                    ["Vane thickness", "22.0 ± 1.0 mm", "20.6 – 21.4 mm (below tolerance on 2 vanes)"],
                    ["Hardness", "≥ 58 HRC", "60–62 HRC"],
                    ["Balance", "G6.3", "G6.3 met"],
                    ["Wear, 900 h on pump P-204", "≤ 5 mm", "3.8 mm"]]),
         ("sp",),
         ("h", "Disposition: INTERIM"),
         ("p", "Accepted with limits: valid for up to 4 impellers and until 30.09.2024, while Kolhapur corrects "
               "the core box (pattern rev C)."),
         ("p", "This interim disposition is not a production release. A production release for up to 4 impellers "
               "under these limits will be issued separately in writing by Greg Lindqvist, Supply Manager."),
         ("p", "The remaining 12 impellers are not released and stay on hold until the full sign-off on a "
               "rev C trial impeller and a written release by Greg Lindqvist."),
         ("p", "Signed: A. Tremblay, Reliability Engineer, Timmins Concentrator — 11.06.2024"),
     ], author="Northern Shield Mining"))])

# c14 -- SAP printout, full-quantity order, many identifiers that look like quantities.
case("c14_sa_sap_po_identifiers_full_qty", [],
     "full-quantity SAP PO (48 adapters) with many identifiers that look like quantities; no balance",
     [("PO_4100029377.txt",
       "BOKAMOSO PLATINUM MINE (PTY) LTD                                    PURCHASE ORDER\n"
       "Private Bag X1500, Rustenburg 0300                                 No. 4100029377\n"
       "VAT 4600123456                                                     Date 12.06.2024\n"
       "Vendor 300612   ANADOLU DOKUM A.S., KONYA OSB 42300, TURKIYE       Page 1/1\n"
       "Purch. group 120 / Buyer P. van Wyk      Incoterms CIF Durban      Curr EUR\n"
       "=====================================================================================\n"
       "Item  Material         Short text                         Qty   Un   Price    Net value\n"
       "-------------------------------------------------------------------------------------\n"
       "00010 600-1200-25      ADAPTER, TOOTH, WELD-ON 1200 SERIES    48  EA   212,40   10.195,20\n"
       "      Drawing BKP-4800 rev 3; casting alloy 25CrNiMo, 500 HBW min nose.\n"
       "      Pallet 1200 x 1000; max 1500 kg per pallet.\n"
       "00020 600-1200-26      PIN & RETAINER SET 1200 SERIES         48  EA    18,90      907,20\n"
       "-------------------------------------------------------------------------------------\n"
       "                                                       Total net EUR        11.102,40\n"
       "Header text:\n"
       "  REPEAT ORDER - SAME AS PO 4100027950 (2023). PARTS PROVEN ON EX-07 / EX-12.\n"
       "  THIS PO IS FOR THE FULL QUANTITY OF 48 ADAPTERS + 48 PIN SETS. NO BALANCE.\n"
       "  QUALITY: ISO 9001:2015 CERTIFIED SUPPLIER; SANS 1700 THREADS N/A.\n"
       "  HEAT NO. ON EACH PART (FORMAT 24-XXXX). MTC EN 10204 3.1.\n"
       "  DELIVERY: 31.07.2024 TO STORES, SHAFT 9 ROAD, GATE 2500.\n"
       "  ACKNOWLEDGE WITHIN 5 DAYS TO PROCUREMENT@BOKAMOSO-PT.CO.ZA\n"
       "=====================================================================================\n")])

# c15 -- WhatsApp chat, buyer restates scope.
case("c15_chile_china_whatsapp_scope", [],
     "chat: buyer states 1 trial set only, other 5 not released, unlock = wear trial + sign-off + written release by himself (named)",
     [("WhatsApp_Chat_Hengli_Rodrigo.txt", ios_chat([
         ("06/05/2024", "09:14:22", "Kevin Zhang Hengli", "Hi Rodrigo 👋 PO 4500871203 received, thank you!"),
         ("06/05/2024", "09:15:01", "Kevin Zhang Hengli", "Pattern for mantle start this week, concave next week"),
         ("06/05/2024", "09:31:47", "Rodrigo Paredes", "Perfecto Kevin. Recuerda: only the 1 trial set (1 mantle + 1 concave)"),
         ("06/05/2024", "09:32:10", "Rodrigo Paredes", "The other 5 sets are NOT released. No casting and no alloy for them"),
         ("06/05/2024", "09:40:33", "Kevin Zhang Hengli", "Understood. When can we know about the 5 sets?"),
         ("06/05/2024", "09:44:02", "Rodrigo Paredes", "After the wear trial on CR-02, min 1,2 Mt. Then sign-off from planta, and after that the release comes from me (Rodrigo Paredes) in writing, email with the quantity"),
         ("06/05/2024", "09:44:30", "Rodrigo Paredes", "No release = no production 🙏"),
         ("06/05/2024", "09:46:12", "Kevin Zhang Hengli", "OK clear 👍 heat number will be on the MTC"),
         ("06/05/2024", "09:46:40", "Rodrigo Paredes", "gracias"),
         ("09/05/2024", "14:02:18", "Kevin Zhang Hengli", "<attached: 00000031-PHOTO-2024-05-09-14-02-18.jpg>"),
         ("09/05/2024", "14:02:55", "Kevin Zhang Hengli", "mantle pattern, shrinkage 2.5% per your drawing rev D"),
         ("09/05/2024", "18:20:09", "Rodrigo Paredes", "👍"),
     ]))])

# c16 -- SAP printout of a Peruvian sample PO with a complete header text.
case("c16_peru_sap_trial_po_header_hold", [],
     "SAP sample PO: 2 trial impellers; balance 16 not released; unlock = trial sign-off + written release by named person; material sample-only",
     [("OC_4510007215.txt",
       "COMPANIA MINERA HUANCANE S.A.A.                   ORDEN DE COMPRA / PURCHASE ORDER\n"
       "RUC 20100455661   Av. Ejercito 710, Yanahuara, Arequipa       No.   4510007215\n"
       "                                                              Fecha 29.04.2024\n"
       "Proveedor 700233  JIANGSU TAIDA PUMP PARTS CO., LTD.          Moneda USD\n"
       "Grupo compras P12  Comprador: L. QUISPE                       Incoterm FOB SHANGHAI\n"
       "------------------------------------------------------------------------------------\n"
       "Pos.  Material      Texto breve                          Cant.  UM   P.unit    Valor\n"
       "------------------------------------------------------------------------------------\n"
       "00010 30-112-0093   MODELO/PATTERN IMPULSOR 10/8            1    UN  4,200.00  4,200.00\n"
       "00020 30-112-0092   IMPULSOR 10/8 CR27 - PRUEBA/TRIAL       2    PZA 3,180.00  6,360.00\n"
       "------------------------------------------------------------------------------------\n"
       "                                                   Total neto USD        10,560.00\n"
       "TEXTO DE CABECERA / HEADER TEXT\n"
       "  TRIAL ORDER - 2 PCS IMPELLER ONLY (POS. 00020) + PATTERN.\n"
       "  BALANCE OF 16 IMPELLERS PER QUOTE TD-Q-24-0385 IS NOT RELEASED - ON HOLD.\n"
       "  UNLOCK: TRIAL SIGN-OFF AFTER 1,000 OPERATING HOURS ON PUMP BP-03\n"
       "          + WRITTEN PRODUCTION RELEASE BY LUCIA QUISPE, JEFA DE COMPRAS.\n"
       "  MATERIAL AUTHORITY: SAMPLE-ONLY. DO NOT BUY CR27 CHARGE FOR THE 16.\n"
       "  DOCS: MTC 3.1, DIMENSIONAL REPORT DWG HU-PMP-0092 REV B, BALANCING G6.3.\n"
       "------------------------------------------------------------------------------------\n"
       "Condiciones de pago: 30% adelanto, 70% contra copia B/L.\n")])

# c17 -- call-off against blanket, PDF with table.
case("c17_sa_calloff7_screen_panels_pdf", [],
     "call-off releases 96 panels; blanket ceiling stated as commercial limit; further qty not released until next call-off signed by named person",
     [("CallOff_07_BO5600001209.pdf", pdf([
         ("h1", "Bokamoso Platinum Mine — Call-off No. 7"),
         ("p", "Against Blanket Order 5600001209 (polyurethane screen panels, 01.01.2024 – 31.12.2024). "
               "Supplier: Poliuretanos del Bajío S.A. de C.V., León, Gto., México. Date: 03.06.2024."),
         ("table", [["Call-off", "Part no.", "Description", "Qty", "Required on site", "Status"],
                    ["5", "SP-305-610-40", "PU panel 305x610x40, slot 12x40", "96", "15.04.2024", "delivered"],
                    ["6", "SP-305-610-40", "PU panel 305x610x40, slot 12x40", "96", "15.06.2024", "in transit"],
                    ["7", "SP-305-610-40", "PU panel 305x610x40, slot 12x40", "96", "15.08.2024", "this call-off"]]),
         ("sp",),
         ("p", "This call-off releases 96 panels SP-305-610-40 for delivery to Rustenburg by 15.08.2024."),
         ("p", "The blanket ceiling of 1,200 panels is a commercial limit and not a production release. "
               "Quantities beyond call-off 7 are not released. Each further quantity is released only by the "
               "next numbered call-off, signed by Thandi Mokoena, Procurement Manager."),
         ("p", "Material: buy polyurethane only for the 96 panels of this call-off."),
         ("p", "Delivery address: Central Stores, Bokamoso Platinum Mine, R510, Rustenburg 0300. Panels on "
               "pallets of 48, shrink-wrapped, call-off number on each pallet label."),
     ], title="Call-off 7", author="Bokamoso Platinum"))])

# c18 -- multi-file: PO PDF + supplier quote PDF; quote quantities declared not released.
case("c18_ghana_po_plus_quote_teeth", [],
     "bundle PO + quote: PO states 24 trial teeth, quote's 576 not released/pricing only, unlock event and named person",
     [("PO_4500-7790.pdf", pdf([
         ("h1", "Asante Gold Fields Ltd — Purchase Order 4500-7790"),
         ("p", "Date: 20.05.2024. Supplier: Kolhapur Alloy Castings Pvt Ltd, MIDC Shiroli, Kolhapur, India. "
               "Your quotation: KAC/Q/24/101 (attached in this folder)."),
         ("table", [["Line", "Item", "Qty", "Unit price USD", "Amount USD"],
                    ["10", "Bucket tooth BT-90 rev B, Ni-hard 4, trial for excavator EX-05", "24", "96.00",
                     "2,304.00"]]),
         ("sp",),
         ("p", "Scope: this PO authorizes the 24 trial teeth on line 10 only."),
         ("p", "The production quantity in your quotation (576 teeth) is shown there for pricing only. It is "
               "not released and stays on hold until (1) the wear-trial sign-off after at least 400,000 t "
               "loaded by EX-05 and (2) a written release signed by Kwame Mensah, Maintenance Superintendent."),
         ("p", "Material authority: sample-only. Shipping: air freight to Accra, marks AGF/4500-7790."),
         ("p", "Kofi Boateng, Purchasing Officer, Asante Gold Fields Ltd, Tarkwa."),
     ], title="PO 4500-7790", author="Asante Gold Fields")),
      ("KAC_Q_24_101.pdf", pdf([
          ("h1", "Kolhapur Alloy Castings Pvt Ltd"),
          ("p", "Quotation KAC/Q/24/101 dated 08.05.2024 — To: Asante Gold Fields Ltd, Tarkwa, Ghana"),
          ("table", [["Sr.", "Description", "Qty", "Rate USD", "Delivery"],
                     ["1", "Bucket tooth BT-90 rev B, Ni-hard 4 — trial lot", "24 nos", "96.00", "5 weeks"],
                     ["2", "Bucket tooth BT-90 rev B — production", "576 nos", "81.50", "8 weeks from release"]]),
          ("sp",),
          ("p", "Terms: FCA Nhava Sheva; payment 100% against documents via LC at sight. Hardness 550–600 BHN. "
                "Each tooth marked with heat number. Validity 60 days."),
          ("p", "For Kolhapur Alloy Castings Pvt Ltd — Suresh Patil, Marketing Manager"),
      ], title="KAC/Q/24/101", author="Kolhapur Alloy Castings"))])

# c19 -- technical sign-off trial report, DOCX with table.
case("c19_australia_wear_trial_report_signoff", [],
     "technical sign-off only; explicitly releases no production; balance 570 on hold, release separately by named person",
     [("WTR-24-017_rubber_panels.docx", docx_bytes([
         ("h1", "Red Gum Mining — Wear Trial Report WTR-24-017"),
         ("p", "Trial item: 30 rubber screen panels 610x610x50 (Gujarat Rubber Linings, PO 4500193640) on the "
               "SC-05 double-deck screen, bottom deck, positions B1–B30."),
         ("p", "Trial period: 18.03.2024 – 27.05.2024. Tonnes processed through SC-05: 212,400 t."),
         ("table", [["Position", "Thickness new (mm)", "Thickness at 212 kt (mm)", "Wear (mm)"],
                    ["B1–B10 (feed end)", "50.0", "41.5", "8.5"],
                    ["B11–B20", "50.0", "44.2", "5.8"],
                    ["B21–B30 (discharge)", "50.0", "46.9", "3.1"]]),
         ("sp",),
         ("h", "Result"),
         ("p", "Technical sign-off: PASSED. Wear rate at the feed end is 22% better than the incumbent panel."),
         ("p", "This is a technical sign-off of the 30 trial panels only. It releases no production quantity. "
               "The balance of 570 panels in the supplier's quote remains on hold. Any production release will "
               "be issued separately, in writing, by Sarah Nguyen, Procurement Lead."),
         ("p", "Prepared by: Mick Doyle, Maintenance Planner. Reviewed: J. Hartley, Processing Superintendent."),
     ], author="Red Gum Mining"))])

# c20 -- full-quantity PO with deposit terms, HTML e-procurement page.
case("c20_ghana_distributor_full_qty_deposit_terms", [],
     "full-quantity PO (12 impellers), deposit is only a payment term, no balance, no sample stage",
     [("PO_AMS-24-0317.html", html_page("Purchase Order AMS-24-0317", """
<h2>Accra Mining Supplies Ltd &mdash; Purchase Order AMS-24-0317</h2>
<p>Date: 28 May 2024 &middot; Supplier: Jiangsu Taida Pump Parts Co., Ltd., Jingjiang, China &middot;
End user: Asante Gold Fields, Tarkwa (pump SP-09, SP-11)</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit price USD</th><th>Amount USD</th></tr>
<tr><td>1</td><td>Impeller 8/6 E-AH Cr27, OEM-interchangeable, part no. AMS-8-6-147</td><td>12</td><td>2,610.00</td><td>31,320.00</td></tr>
<tr><td colspan="4">Total CFR Tema</td><td>31,320.00</td></tr>
</table>
<p>This order is for the full quantity of twelve (12) impellers. The part is a proven design already supplied
on AMS-23-0911; there is no sample stage and no balance on this order.</p>
<p><b>Payment terms:</b> 30% deposit by T/T with order, 70% balance payment against copy of B/L.
<b>Lead time:</b> 45 days from PO date. <b>Documents:</b> commercial invoice, packing list, MTC 3.1, certificate of origin.</p>
<p>Abena Owusu &middot; Procurement &middot; Accra Mining Supplies Ltd &middot; Spintex Road, Accra &middot; +233 30 255 0147</p>
"""))])

# c21 -- Peruvian quoted thread, Spanish-English, complete scope.
_t = ("Héctor, buenas tardes.\n\n"
      "Confirmo: solo los 6 dientes de prueba / only the 6 trial teeth (seis) for the wear trial on shovel "
      "PH-02, profile FR-T45 rev C. OC 4510007602 is for those 6.\n\n"
      "El saldo de 114 dientes de la cotización NO está liberado: the balance of 114 teeth is NOT released "
      "and stays on hold until the wear-trial sign-off (aprox. 350.000 t moved by PH-02) and after that a "
      "written release signed by me. No comprar aleación para el saldo.\n\n"
      "Gracias por las fotos del modelo.\n\n"
      "Saludos,"
      + sig("Lucía Quispe", "Jefa de Compras", "Compañía Minera Huancané S.A.A., Arequipa, Perú",
            "+51 54 555 0190")
      + "\n\nEl mar, 21 may 2024 a las 17:02, Héctor Garza <hgarza@fundreg.com.mx> escribió:\n"
      + quote("Estimada Lucía,\n\nWe have the pattern ready for the trial teeth (photos attached). "
              "Before we pour, please confirm the quantity for the trial, our quote FR-COT-24-219 had the trial "
              "and the series.\n\nSaludos\nHéctor Garza\nFundición Regiomontana"))
_m = mail("Lucía Quispe <lquispe@huancane.pe>", "Héctor Garza <hgarza@fundreg.com.mx>",
          "RE: Dientes de prueba PH-02 / trial teeth OC 4510007602", "Wed, 22 May 2024 16:18:00 -0500", _t,
          in_reply_to="<CAF21may1702.hg@fundreg.com.mx>")
case("c21_peru_thread_solo_6_dientes", [],
     "quoted thread: buyer confirms 6 trial teeth only, 114 not released, unlock event, named person (me, signed)",
     [("RE_dientes_prueba_PH-02.eml", eml_bytes(_m))])

# c23 -- buyer declines a material request; TXT attachment with the scope note.
_scope = ("PO 7300-0418 - SCOPE NOTE (Northern Shield Mining)\n"
          "Active quantity : 2 trial pairs of jaw plates C110 (fixed + movable)\n"
          "Not released    : 14 pairs quoted in KAC/Q/24/064 - on hold\n"
          "Unlock event    : wear-trial sign-off, min. 500 h on crusher JC-1, then written release\n"
          "Release by      : Greg Lindqvist, Supply Manager\n"
          "Material        : sample-only (2 pairs)\n")
_t = ("Suresh,\n\n"
      "Thanks for the heads-up on the chrome-moly lead times, appreciated.\n\n"
      "The answer is no for now: please do not buy alloy for the 14 remaining pairs. Material authority on "
      "PO 7300-0418 stays sample-only, i.e. material for the 2 trial pairs. The 14 pairs stay on hold until "
      "the trial sign-off and a release from me in writing. Scope note attached again so we're on the same "
      "page.\n\n"
      "If lead time becomes the problem after the trial we'll deal with it then.\n\n"
      "Cheers,"
      + sig("Greg Lindqvist", "Supply Manager", "Northern Shield Mining, Timmins ON", "+1 705 555 0162")
      + "\n\n-----Original Message-----\nFrom: Suresh Patil <suresh.patil@kolhapuralloy.in>\n"
      "Sent: Tuesday, June 11, 2024 7:55 AM\nSubject: Chrome-moly lead time\n\n"
      + quote("Dear Greg sir,\nMill has increased lead time of Cr-Mo to 12 weeks. Shall we book material for "
              "all 16 pairs now so that production is not delayed? Kindly advise.\nRegards\nSuresh"))
_m = mail("Greg Lindqvist <glindqvist@northernshield.ca>", "Suresh Patil <suresh.patil@kolhapuralloy.in>",
          "RE: Chrome-moly lead time", "Tue, 11 Jun 2024 09:20:00 -0400", _t,
          attachments=[("PO_7300-0418_scope_note.txt", _scope, "text/plain")])
case("c23_canada_buyer_declines_material", [],
     "buyer refuses material for 14 pairs; quoted supplier question does not count; scope note complete",
     [("RE_chrome-moly_lead_time.eml", eml_bytes(_m))])

# c24 -- multi-file: PO rev 2 releasing production + cover email.
case("c24_australia_po_rev2_release_full", [],
     "revised PO releases the 456 production panels after sign-off, named releaser; 24+456=480 consistent, no balance left",
     [("PO_4500193512_rev2.pdf", pdf([
         ("h1", "Red Gum Mining Pty Ltd — Purchase Order 4500193512 rev 2"),
         ("p", "Date: 05.07.2024. Supplier: Poliuretanos del Bajío S.A. de C.V. Revision 2 supersedes rev 1."),
         ("table", [["Line", "Part", "Description", "Qty", "Status"],
                    ["10", "RG-SP-305-40", "PU screen panel 305x610x40 — trial", "24",
                     "delivered; wear-trial sign-off WTR-24-009 dated 02.07.2024"],
                    ["20", "RG-SP-305-40", "PU screen panel 305x610x40 — production", "456",
                     "released by this revision"]]),
         ("sp",),
         ("p", "Production release: line 20, 456 panels, released by Sarah Nguyen, Procurement Lead, on "
               "05.07.2024, following wear-trial sign-off WTR-24-009."),
         ("p", "With this revision the order covers 480 panels in total (24 + 456). No balance remains on hold."),
         ("p", "Delivery of line 20: 4 lots of 114 panels, first lot to site by 30.08.2024."),
     ], title="PO 4500193512 rev 2", author="Red Gum Mining")),
      ("cover_email_rev2.eml", eml_bytes(mail(
          "Sarah Nguyen <sarah.nguyen@redgummining.com.au>", "Alejandra Ruiz <aruiz@polibajio.com.mx>",
          "PO 4500193512 rev 2 - production panels", "Fri, 05 Jul 2024 10:02:00 +0800",
          "Hi Alejandra,\n\n"
          "PO 4500193512 rev 2 is in the folder we share (and in SAP Ariba). It releases the 456 production "
          "panels on line 20 following the wear-trial sign-off WTR-24-009. That takes us to the full 480, "
          "with nothing left on hold.\n\n"
          "Material for the 456 is covered by this release. First lot of 114 by end of August please.\n\n"
          "Thanks,"
          + sig("Sarah Nguyen", "Procurement Lead", "Red Gum Mining Pty Ltd, Kalgoorlie WA",
                "+61 8 9021 5540"))))])

# c25 -- consignment stock agreement annex, HTML.
case("c25_canada_consignment_idlers", [],
     "consignment level 80 idlers released; annual usage labelled forecast; beyond that not released until call-off signed by named person",
     [("consignment_annex_B.html", html_page("Consignment Stock Agreement - Annex B", """
<h2>Annex B &mdash; Consignment stock: conveyor idlers</h2>
<p>Between Northern Shield Mining (Timmins, ON) and Mpumalanga Conveyor Components (Pty) Ltd, agreement CSA-2024-03, effective 01.07.2024.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Consignment level</th><th>Reorder point</th><th>Annual usage (forecast)</th></tr>
<tr><td>IDL-127-T20</td><td>Troughing idler 127x380 20&deg;, 6205 bearings</td><td>80</td><td>30</td><td>640</td></tr>
</table>
<ol>
<li><b>Released quantity.</b> Production is released for the consignment level only: 80 idlers. When site stock
falls to the reorder point (30), the supplier may produce and ship replenishment to bring stock back to 80.</li>
<li><b>Forecast.</b> The annual usage of 640 idlers is a forecast for planning. It is not an order and not a commitment.</li>
<li><b>Beyond the consignment level.</b> Any production beyond keeping the stock at 80 idlers is not released and
needs a written call-off signed by Greg Lindqvist, Supply Manager.</li>
<li><b>Title and payment.</b> Title passes on withdrawal from consignment; invoiced monthly from the withdrawal report.</li>
</ol>
<p>Greg Lindqvist &middot; Supply Manager &middot; Northern Shield Mining &middot; +1 705 555 0162</p>
"""))])


# ============================================================ RISK CASES
# p01 -- Peruvian sample PO PDF, quote prices for the 16 series beside the 2 trial; no hold/event/person.
case("p01_peru_po_trial_impellers_quote_prices",
     ["RG001", "RG003", "RG004", "RG005"],
     "trial PO for 2 impellers lists the 16 series impellers from the quote with no 'not released'; no hold, no unlock event, no release person",
     [("OC_4510007488.pdf", pdf([
         ("h1", "Compañía Minera Huancané S.A.A."),
         ("p", "ORDEN DE COMPRA / PURCHASE ORDER No. 4510007488 — Fecha / Date: 22/04/2024"),
         ("p", "Proveedor / Supplier: Jiangsu Taida Pump Parts Co., Ltd. — Cotización / Quote TD-Q-24-0391"),
         ("table", [["Ítem", "Código", "Descripción", "Cant.", "UM", "P.U. USD", "Total USD"],
                    ["10", "30-112-0102", "Impulsor bomba 12/10 G-AH, Cr27 — prueba / trial", "2", "PZA",
                     "3,940.00", "7,880.00"],
                    ["20", "30-112-0103", "Modelo y caja de machos / pattern & core box", "1", "UN",
                     "4,650.00", "4,650.00"],
                    ["", "", "Total", "", "", "", "12,530.00"]]),
         ("sp",),
         ("h", "Condiciones / Terms"),
         ("p", "Precios según cotización TD-Q-24-0391: 2 trial impellers at USD 3,940.00 and 16 series impellers "
               "at USD 3,260.00, FOB Shanghai."),
         ("p", "Entrega / Delivery: 45 días. Documentos: MTC 3.1, informe dimensional contra plano HU-PMP-0104 "
               "rev A, balanceo G6.3. Embalaje en cajas de madera tratada (NIMF 15)."),
         ("p", "Pago / Payment: 30% adelanto, saldo contra copia de B/L."),
         ("p", "Please send your order acknowledgement within 3 working days to compras@huancane.pe."),
         ("p", "Emitido por / Issued by: Lucía Quispe, Jefa de Compras"),
     ], title="OC 4510007488", author="Compania Minera Huancane"))])

# p02 -- multi-file: SAP TXT trial PO + Turkish quote PDF with 600 production teeth.
case("p02_sa_sap_trial_teeth_plus_quote",
     ["RG001", "RG003", "RG004", "RG005"],
     "bundle: SAP PO for 24 trial teeth + quote showing 600 production teeth, nothing marks the 600 as not released; no hold, event or release person",
     [("PO_4100029114.txt",
       "BOKAMOSO PLATINUM MINE (PTY) LTD                                    PURCHASE ORDER\n"
       "Private Bag X1500, Rustenburg 0300                                 No. 4100029114\n"
       "                                                                   Date 29.04.2024\n"
       "Vendor 300612   ANADOLU DOKUM A.S., KONYA OSB 42300, TURKIYE       Page 1/1\n"
       "Purch. group 120 / Buyer P. van Wyk      Incoterms CIF Durban      Curr EUR\n"
       "=====================================================================================\n"
       "Item  Material         Short text                         Qty   Un   Price    Net value\n"
       "-------------------------------------------------------------------------------------\n"
       "00010 600-0600-40      TOOTH, BUCKET RT-600 TRIAL            24  EA    86,50    2.076,00\n"
       "      Drawing BKP-4412 rev 2; 500 HBW min; heat no. cast on each tooth.\n"
       "-------------------------------------------------------------------------------------\n"
       "                                                       Total net EUR         2.076,00\n"
       "Header text:\n"
       "  WEAR TRIAL - EX-12 SHOVEL, NORTH PIT. QUOTE ANA-Q-2024-0457 REFERS.\n"
       "  DELIVER TO CENTRAL STORES RUSTENBURG. MTC EN 10204 3.1.\n"
       "  ACKNOWLEDGE WITHIN 5 DAYS TO PROCUREMENT@BOKAMOSO-PT.CO.ZA\n"
       "=====================================================================================\n"),
      ("ANA-Q-2024-0457.pdf", pdf([
          ("h1", "Anadolu Döküm A.S. — Teklif / Quotation"),
          ("p", "No: ANA-Q-2024-0457   Date: 15.04.2024   To: Bokamoso Platinum Mine, Attn. Mr. Pieter van Wyk"),
          ("p", "Subject: Bucket teeth RT-600 to your drawing BKP-4412 rev 2"),
          ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Delivery"],
                     ["1", "Bucket tooth RT-600, trial quantity", "24 pcs", "86,50", "6 weeks"],
                     ["2", "Bucket tooth RT-600, production", "600 pcs", "71,20", "8 weeks after order"]]),
          ("sp",),
          ("p", "Material: low-alloy martensitic steel, hardness 500 HBW min at the nose, impact 20 J at -20 °C. "
                "ISO 9001:2015 certified foundry. Packing: wooden crates of 24 pcs. Prices CIF Durban, "
                "valid 60 days."),
          ("p", "Emre Yilmaz — Export Sales Engineer — +90 332 555 0142"),
      ], title="ANA-Q-2024-0457", author="Anadolu Dokum"))])

# p03 -- Australian email with PO + quote PDF attachments; Mick named, no hold, no event.
_po = pdf([
    ("h1", "Red Gum Mining Pty Ltd — Purchase Order 4500193877"),
    ("p", "Date: 14.05.2024. Supplier: Poliuretanos del Bajío S.A. de C.V., León, Gto., México."),
    ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
               ["10", "RG-SP-305-40", "PU screen panel 305x610x40, slot 12x40, trial", "20", "96.00", "1,920.00"]]),
    ("sp",),
    ("p", "Deliver to: Red Gum Mine Stores, Kalgoorlie WA 6430. Incoterm: CPT Kalgoorlie."),
    ("p", "Issued by: Mick Doyle, Maintenance Planner"),
], title="PO 4500193877", author="Red Gum Mining")
_q = pdf([
    ("h1", "Poliuretanos del Bajío — Cotización QPB-0931"),
    ("p", "Fecha: 02.05.2024. Cliente: Red Gum Mining Pty Ltd. Producto: panel PU 305x610x40, 90 ShA."),
    ("table", [["Concepto", "Cantidad", "Precio USD", "Entrega"],
               ["Paneles de prueba / trial panels", "20", "96.00", "4 semanas"],
               ["Paneles de producción / production panels", "480", "81.00", "6 semanas"]]),
    ("sp",),
    ("p", "Validez 60 días. Precios CPT Kalgoorlie."),
], title="QPB-0931", author="Poliuretanos del Bajio")
_t = ("G'day Alejandra,\n\n"
      "PO 4500193877 attached for the 20 trial panels (305 x 610 x 40, slot 12 x 40). I've attached your "
      "quote QPB-0931 as well so the pricing lines up: 20 trial @ USD 96 and 480 production @ USD 81.\n\n"
      "Timing wise we'd like the production panels on site before the October shutdown on SC-03 and SC-04, "
      "so have a look at your moulding capacity for Aug/Sep and let me know.\n\n"
      "Any questions on production, I'm the bloke who signs the production releases on this site.\n\n"
      "Cheers,"
      + sig("Mick Doyle", "Maintenance Planner", "Red Gum Mining Pty Ltd, Kalgoorlie WA", "+61 8 9021 5561"))
_m = mail("Mick Doyle <mick.doyle@redgummining.com.au>", "Alejandra Ruiz <aruiz@polibajio.com.mx>",
          "PO 4500193877 trial panels + quote", "Tue, 14 May 2024 14:30:00 +0800", _t, html=txt2html(_t),
          attachments=[("PO_4500193877.pdf", _po, PDF_MT), ("QPB-0931.pdf", _q, PDF_MT)])
case("p03_australia_email_po_quote_attached",
     ["RG001", "RG003", "RG004"],
     "email + PO for 20 trial panels + quote with 480 production; 480 never marked not released; no unlock event; Mick named as release signer",
     [("PO_4500193877_trial_panels.eml", eml_bytes(_m))])

# p04 -- Canadian email forwarding supplier quote (rfc822): "first 60" panels, 3,000 annual.
_old = mail("Nikhil Shah <nikhil.shah@gujaratrubber.in>", "Greg Lindqvist <glindqvist@northernshield.ca>",
            "Offer GRL/OF/24/0214 - modular rubber screen panels",
            "Thu, 07 Mar 2024 12:05:00 +0530",
            "Dear Mr. Lindqvist,\n\n"
            "Thank you for the visit to Vadodara. As discussed, our offer for modular rubber panels "
            "305 x 305 x 40 mm, 60 ShA, aperture 16 x 16 square:\n\n"
            "  Trial panels      : 60 nos @ USD 27.40\n"
            "  Annual quantity   : 3,000 nos @ USD 21.90 (deliveries 750 per quarter)\n"
            "  Lead time         : 5 weeks trial, 6 weeks per quarterly lot\n\n"
            "Drawing GRL-MP-305-40 rev 1. Payment: 30 days from B/L.\n\n"
            "Thanks & regards,\nNikhil Shah\nGujarat Rubber Linings Pvt Ltd\n")
_t = ("Nikhil,\n\n"
      "Forwarding your offer from March so your production people have the specs in one place.\n\n"
      "PO 7300-0502 covers the first 60 panels, for the screen SC-2 at the Timmins concentrator. Please "
      "confirm a delivery date to site; we'd like them by the end of June.\n\n"
      "Thanks,"
      + sig("Greg Lindqvist", "Supply Manager", "Northern Shield Mining, Timmins ON", "+1 705 555 0162"))
_m = mail("Greg Lindqvist <glindqvist@northernshield.ca>", "Nikhil Shah <nikhil.shah@gujaratrubber.in>",
          "PO 7300-0502 / FW: Offer GRL/OF/24/0214", "Mon, 13 May 2024 08:15:00 -0400", _t,
          attachments=[("rfc822", _old)])
case("p04_canada_fwd_quote_first_60",
     ["RG001", "RG003", "RG004", "RG005"],
     "PO covers 'the first 60' panels; forwarded offer shows 3,000 annual with nothing saying not released; no hold, event or release person",
     [("PO_7300-0502_FW_offer.eml", eml_bytes(_m))])

# p05 -- Chilean supplier-portal PO page: header authorizes 1 trial set, line table shows 7 sets.
case("p05_chile_portal_po_header_vs_line",
     ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "portal PO: header 'authorized qty 1 trial set' vs line qty 7 sets; no hold, event or release person",
     [("portal_OC_4500872019.html", html_page("Portal de Proveedores - OC 4500872019", """
<h2>Minera Los C&oacute;ndores SpA &mdash; Portal de Proveedores</h2>
<p><b>Orden de Compra / Purchase Order:</b> 4500872019 &middot; <b>Fecha:</b> 10.06.2024 &middot;
<b>Proveedor:</b> Fundici&oacute;n Regiomontana S.A. de C.V. (Apodaca, N.L.)</p>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Tipo de pedido / Order type</td><td>ZNB - pedido est&aacute;ndar</td></tr>
<tr><td>Cantidad autorizada / Authorized qty</td><td>1 juego (trial set)</td></tr>
<tr><td>Comprador / Buyer</td><td>Grupo 210 - Abastecimiento Planta</td></tr>
<tr><td>Incoterm</td><td>DAP Planta Los C&oacute;ndores, Sierra Gorda</td></tr>
</table>
<h3>Posiciones / Lines</h3>
<table>
<tr><th>Pos</th><th>Material</th><th>Descripci&oacute;n</th><th>Cant.</th><th>UM</th><th>Precio unit. USD</th><th>Total USD</th></tr>
<tr><td>10</td><td>7100-3341-K</td><td>Juego revestimiento chancador cono CH660 (manto + c&oacute;ncavo), Mn18Cr2</td><td>7</td><td>JGO</td><td>88.900,00</td><td>622.300,00</td></tr>
</table>
<p>Texto de posici&oacute;n: juego de prueba para ensayo de desgaste en CR-03. Plano LC-CR03-220 rev B. MTC 3.1 por colada.</p>
<p>Confirme la recepci&oacute;n de esta OC en el portal dentro de 48 horas.</p>
"""))])

# p06 -- WhatsApp: full scope earlier, then unscoped "green light".
case("p06_chile_whatsapp_green_light",
     ["RG002"],
     "chat: scope complete earlier (1 trial set, 7 not released, event, named), later buyer answers 'green light' with no quantity or sample scope",
     [("WhatsApp_Chat_Hengli_CR01.txt", ios_chat([
         ("13/05/2024", "10:02:11", "Rodrigo Paredes", "Kevin, PO 4500873340 sent by mail. It is for 1 trial set only (mantle + concave) for CR-01"),
         ("13/05/2024", "10:02:54", "Rodrigo Paredes", "Other 7 sets NOT released, on hold until wear trial sign-off on CR-01 and my written release. Material only for the trial set"),
         ("13/05/2024", "10:20:40", "Kevin Zhang Hengli", "OK understood Rodrigo 👍"),
         ("20/05/2024", "16:45:03", "Kevin Zhang Hengli", "<attached: 00000044-PHOTO-2024-05-20-16-45-03.jpg>"),
         ("20/05/2024", "16:45:41", "Kevin Zhang Hengli", "Pattern modified per your comments, now rev E. Dimensional check ok, report in mail"),
         ("20/05/2024", "16:46:15", "Kevin Zhang Hengli", "Can we go?"),
         ("20/05/2024", "19:12:30", "Rodrigo Paredes", "Se ve bien 👌 green light"),
         ("20/05/2024", "19:13:02", "Kevin Zhang Hengli", "Thank you! 🙏"),
     ]))])

# p07 -- Canadian email "Drawings approved, go ahead." with complete sample PO attached.
_po = pdf([
    ("h1", "Laurentian Aggregates Inc. — Bon de commande / Purchase Order 7700-2350"),
    ("p", "Date: 2024-05-27. Supplier: Anadolu Döküm A.S., Konya, Türkiye. Quote: ANA-Q-2024-0502."),
    ("table", [["Line", "Part no.", "Description", "Qty", "Unit price CAD"],
               ["1", "JP-C160-FX-T", "Fixed jaw plate C160, trial, Mn22 (quarry granite profile)", "1", "10 240,00"],
               ["2", "JP-C160-MV-T", "Movable jaw plate C160, trial", "1", "11 760,00"]]),
    ("sp",),
    ("p", "Scope: one (1) trial pair only. The other 11 pairs in quote ANA-Q-2024-0502 are not released and "
          "stay on hold until the wear-trial sign-off (minimum 250 000 t crushed on the C160 at Saint-Colomban) "
          "and a written release by Marie-Claude Gagnon, Procurement Manager. Material authority: sample-only."),
    ("p", "Issued by Marie-Claude Gagnon, Procurement Manager."),
], title="PO 7700-2350", author="Laurentian Aggregates")
_t = ("Emre,\n\n"
      "Reviewed your casting drawings AD-JP-5521 rev 2 with the maintenance crew this morning. Tooth "
      "profile and the bolt pattern match our C160, the 12 mm relief on the toe is fine.\n\n"
      "Drawings approved, go ahead.\n\n"
      "PO 7700-2350 attached again for your records.\n\n"
      "Dave"
      + sig("Dave Kowalski", "Plant Superintendent", "Laurentian Aggregates Inc. - Carrière Saint-Colomban",
            "+1 450 555 0139"))
_m = mail("Dave Kowalski <dkowalski@laurentianagg.ca>", "Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
          "RE: C160 jaw plates - casting drawings AD-JP-5521 rev 2", "Wed, 29 May 2024 07:58:00 -0400", _t,
          cc="Marie-Claude Gagnon <mc.gagnon@laurentianagg.ca>",
          attachments=[("PO_7700-2350.pdf", _po, PDF_MT)])
case("p07_canada_drawings_approved_go_ahead",
     ["RG002"],
     "'Drawings approved, go ahead.' names no quantity or sample scope; attached PO carries the full scope",
     [("RE_C160_jaw_plates_drawings.eml", eml_bytes(_m))])

# p08 -- Peruvian thread: buyer scope quoted, plant engineer says "pueden proceder".
_t = ("Héctor,\n\n"
      "Revisé el MTC de la colada H-24-1187 y el reporte dimensional, todo OK. Pueden proceder.\n"
      "All OK on our side, you can proceed.\n\n"
      "Saludos,\n"
      "Ing. Jorge Mamani\nSuperintendente de Mantenimiento Planta Concentradora\nCompañía Minera Huancané\n"
      "\n\nEl jue, 30 may 2024 a las 11:40, Héctor Garza <hgarza@fundreg.com.mx> escribió:\n"
      + quote("Ing. Mamani, adjunto MTC colada H-24-1187 y reporte dimensional de los dientes de prueba. "
              "¿Comentarios?\nSaludos, Héctor")
      + "\n>\n> El mié, 15 may 2024 a las 09:10, Lucía Quispe <lquispe@huancane.pe> escribió:\n"
      + quote("Héctor: OC 4510007602 es solo para 6 dientes de prueba / only 6 trial teeth for shovel PH-02.\n"
              "El saldo de 114 dientes NO está liberado (balance of 114 teeth not released, on hold) hasta la "
              "firma del ensayo de desgaste y la liberación escrita de Lucía Quispe, Jefa de Compras.\n"
              "No comprar aleación para el saldo.", depth=2))
_m = mail("Jorge Mamani <jmamani@huancane.pe>", "Héctor Garza <hgarza@fundreg.com.mx>",
          "RE: RE: OC 4510007602 MTC y dimensional dientes de prueba", "Fri, 31 May 2024 08:05:00 -0500", _t,
          cc="Lucía Quispe <lquispe@huancane.pe>", in_reply_to="<CAF30may1140.hg@fundreg.com.mx>")
case("p08_peru_thread_pueden_proceder",
     ["RG002"],
     "plant engineer: 'pueden proceder / you can proceed' with no quantity or sample scope; quoted buyer scope is complete",
     [("RE_OC_4510007602_MTC.eml", eml_bytes(_m))])

# p09 -- SA thread: 'approved' for technical and budget, then 'it's approved, go ahead'.
_t = ("Morning Riaan,\n\n"
      "Good news, the trial teeth held up lekker. Johan's crew measured them after six weeks on EX-07 and "
      "engineering approved them on Friday, nose wear well inside the limit. The capex for this year's "
      "teeth also got approved by the GM yesterday, so that side is sorted.\n\n"
      "So ja, it's approved from our side, go ahead.\n\n"
      "Thanks boet,"
      + sig("Pieter van Wyk", "Buyer", "Bokamoso Platinum Mine, Rustenburg", "+27 14 555 0172")
      + "\n\nFrom: Pieter van Wyk\nSent: 02 April 2024 11:20\nTo: Riaan Pretorius\nSubject: PO 4100028640 trial teeth\n\n"
      + quote("Riaan, PO 4100028640 attached: 12 trial teeth RT-40 only. The balance of 228 teeth is not "
              "released and stays on hold until the wear-trial sign-off on EX-07 and a written release from "
              "me, Pieter van Wyk. Alloy only for the 12 please."))
_m = mail("Pieter van Wyk <pieter.vanwyk@bokamoso-pt.co.za>", "Riaan Pretorius <riaan@highveldfoundry.co.za>",
          "RE: PO 4100028640 trial teeth", "Tue, 21 May 2024 07:41:00 +0200", _t, html=txt2html(_t),
          in_reply_to="<PVW-0402-1120@bokamoso-pt.co.za>")
case("p09_sa_approved_three_ways_go_ahead",
     ["RG002", "RG009"],
     "'approved' used for engineering sign-off, capex and the release; 'go ahead' with no quantity; quoted scope is complete",
     [("RE_PO_4100028640_trial_teeth.eml", eml_bytes(_m))])

# p10 -- Android chat export, Ghana distributor / Indian foundry: "Yes go ahead", no quantity anywhere.
case("p10_ghana_india_chat_yes_go_ahead",
     ["RG002", "RG010"],
     "chat: 'Yes go ahead' on casting with no quantity stated anywhere",
     [("WhatsApp Chat with Suresh Patil KAC.txt", android_chat([
         ("12/05/2024", "10:14", "Suresh Patil KAC", "Good morning sir. Patterns for the 8/6 impeller are finished"),
         ("12/05/2024", "10:14", "Suresh Patil KAC", "<Media omitted>"),
         ("12/05/2024", "10:15", "Suresh Patil KAC", "<Media omitted>"),
         ("12/05/2024", "11:02", "Kofi Boateng", "Looks good. Vane tips look sharp, ok"),
         ("12/05/2024", "11:05", "Suresh Patil KAC", "Sir shall we start casting? Our furnace slot is Thursday"),
         ("12/05/2024", "11:31", "Kofi Boateng", "Yes go ahead"),
         ("12/05/2024", "11:32", "Suresh Patil KAC", "Thank you sir 🙏 will share heat no. and MTC"),
         ("16/05/2024", "18:40", "Suresh Patil KAC", "Sir pouring done today, heat no. K24-0516-2"),
         ("16/05/2024", "18:52", "Kofi Boateng", "👍"),
     ]))])

# p13 -- Peruvian buyer: advance paid for 6 sets, "you can start the full run"; PO was 1 trial set.
_t = ("Kevin, buenas.\n\n"
      "Finanzas ya transfirió el anticipo del 30% por los 6 juegos (USD 160.020,00), swift copy attached "
      "in the portal. With the advance paid you can start the full run of 6 sets, please send me the "
      "casting schedule and the heat plan.\n\n"
      "We need the first sets before the December shutdown of the secondary crusher.\n\n"
      "Saludos,"
      + sig("Lucía Quispe", "Jefa de Compras", "Compañía Minera Huancané S.A.A., Arequipa, Perú",
            "+51 54 555 0190")
      + "\n\nEl lun, 06 may 2024 a las 10:02, Lucía Quispe <lquispe@huancane.pe> escribió:\n"
      + quote("Kevin: OC 4510007655 adjunta. 1 juego de prueba / 1 trial set of liners (mantle + concave) for "
              "the CH440 secondary crusher.\nThe other 5 sets are NOT released and stay on hold until the "
              "wear-trial sign-off and my written release (Lucía Quispe, Jefa de Compras). Material only for "
              "the trial set."))
_m = mail("Lucía Quispe <lquispe@huancane.pe>", "Kevin Zhang <kevin.zhang@henglicast.com>",
          "RE: OC 4510007655 revestimientos CH440", "Mon, 10 Jun 2024 17:25:00 -0500", _t,
          in_reply_to="<LQ-0506-1002@huancane.pe>")
case("p13_peru_advance_paid_full_run",
     ["RG011", "RG012"],
     "buyer: 'with the advance paid you can start the full run of 6 sets' while the PO authorizes 1 trial set with the rest on hold",
     [("RE_OC_4510007655_anticipo.eml", eml_bytes(_m))])

# p14 -- Chinese supplier: advance received = order confirmed for production.
_t = ("Dear Rodrigo,\n\n"
      "Good day. We confirm receipt of your advance payment USD 11.535,00 (30% of PO 4500873521), thank "
      "you very much.\n\n"
      "As per our company practice, once the advance payment is received the order is treated as "
      "confirmed for production, so our plant will start pouring the mantles next week in one heat "
      "campaign to keep the chemistry the same.\n\n"
      "We will send the heat numbers and MTC after pouring.\n\n"
      "Best regards,\n"
      "Lily Wang\nSales Assistant\nShandong Hengli Wear Castings Co., Ltd\nTel +86 533 555 0126\n"
      "\n\n------------------ Original ------------------\n"
      "From: Rodrigo Paredes <rparedes@loscondores.cl>\nDate: Tue, May 28, 2024 09:10 AM\n"
      "Subject: PO 4500873521 trial mantle CR-04\n\n"
      + quote("Lily, PO 4500873521 is for 1 trial mantle for CR-04 only. The other 7 mantles in your quote "
              "are NOT released and stay on hold until the wear-trial sign-off on CR-04 and my written "
              "release (Rodrigo Paredes, Jefe de Abastecimiento). Material only for the trial mantle.\n"
              "Rodrigo"))
_m = mail("Lily Wang <lily.wang@henglicast.com>", "Rodrigo Paredes <rparedes@loscondores.cl>",
          "RE: PO 4500873521 trial mantle CR-04 - advance payment received", "Wed, 05 Jun 2024 10:18:00 +0800",
          _t, in_reply_to="<RP-0528-0910@loscondores.cl>")
case("p14_china_advance_received_order_confirmed",
     ["RG012"],
     "supplier treats receipt of the advance as confirmation for production and plans to pour 'the mantles'; buyer's quoted scope is 1 trial mantle",
     [("RE_PO_4500873521_advance.eml", eml_bytes(_m))])

# p15 -- WhatsApp Ghana/India: deposit received, alloy booked for all 168 teeth.
case("p15_ghana_whatsapp_deposit_alloy_all",
     ["RG006", "RG012"],
     "supplier: 'deposit received so as per our terms we have started', alloy booked for all 168 teeth while only 8 trial teeth released, material sample-only",
     [("WhatsApp_Chat_Rajesh_KAC_Kwame.txt", ios_chat([
         ("03/06/2024", "08:05:12", "Kwame Mensah", "Rajesh, PO 4500-7812 is out. 8 trial teeth BT-110 for EX-03 only"),
         ("03/06/2024", "08:06:40", "Kwame Mensah", "Remaining 160 teeth NOT released. On hold until the trial sign-off after 8 weeks on EX-03 and my written release (Kwame Mensah). Material for the 8 only pls"),
         ("03/06/2024", "09:31:02", "Rajesh Kulkarni KAC", "Noted sir"),
         ("10/06/2024", "15:22:48", "Rajesh Kulkarni KAC", "Sir deposit received 👍 thank you"),
         ("10/06/2024", "15:24:10", "Rajesh Kulkarni KAC", "So as per our terms we have started. Alloy booked for all 168 teeth so the price is locked, trial teeth will pour first"),
         ("10/06/2024", "15:24:31", "Rajesh Kulkarni KAC", "Ni-hard 4 charge arriving Thursday"),
         ("10/06/2024", "17:03:55", "Kwame Mensah", "Call me"),
     ]))])

# p16 -- multi-file: complete sample PO + supplier acknowledgement claiming PO acceptance releases 480.
case("p16_australia_po_plus_ack_acceptance_releases",
     ["RG011", "RG012"],
     "bundle: PO authorizes 20 trial panels (460 on hold); supplier ack says PO acceptance releases the total 480 to production",
     [("PO_4500194020.pdf", pdf([
         ("h1", "Red Gum Mining Pty Ltd — Purchase Order 4500194020"),
         ("p", "Date: 17.06.2024. Supplier: Poliuretanos del Bajío S.A. de C.V. Quote QPB-0977."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["10", "RG-SP-305-50", "PU screen panel 305x610x50, slot 16x50, trial", "20", "102.00", "2,040.00"]]),
         ("sp",),
         ("p", "Scope: this PO covers the 20 trial panels only. The balance of 460 panels in quote QPB-0977 is not "
               "released and stays on hold until the 8-week wear-trial sign-off on SC-04 and a written release "
               "by Sarah Nguyen, Procurement Lead. Material authority: sample-only."),
         ("p", "Issued by Sarah Nguyen, Procurement Lead, Red Gum Mining Pty Ltd."),
     ], title="PO 4500194020", author="Red Gum Mining")),
      ("Confirmacion_OC-PB-2024-0388.docx", docx_bytes([
          ("h1", "Poliuretanos del Bajío — Confirmación de pedido / Order acknowledgement"),
          ("p", "No. OC-PB-2024-0388 — Fecha: 19.06.2024 — Cliente: Red Gum Mining Pty Ltd — Su OC: 4500194020"),
          ("table", [["Concepto", "Cantidad", "Precio USD", "Semana de moldeo"],
                     ["Panel PU 305x610x50 ranura 16x50 — prueba", "20", "102.00", "S26"],
                     ["Panel PU 305x610x50 ranura 16x50 — serie", "460", "86.00", "S29–S33"]]),
          ("sp",),
          ("p", "Aceptamos su orden de compra 4500194020. De acuerdo con nuestras condiciones generales de venta "
                "(cláusula 4.2), la aceptación de la orden de compra constituye la liberación a producción de la "
                "cantidad total cotizada: 480 paneles (20 de prueba + 460 de serie)."),
          ("p", "Per our general terms of sale (clause 4.2), acceptance of the purchase order constitutes release "
                "of the total quoted quantity to production: 480 panels (20 trial + 460 series). Mould booking "
                "from week 26."),
          ("p", "Alejandra Ruiz — Ejecutiva de Cuenta — Poliuretanos del Bajío S.A. de C.V."),
      ], author="Poliuretanos del Bajio"))])

# p17 -- supplier portal status page: deposit triggers production release.
case("p17_turkey_portal_status_deposit_release",
     ["RG012"],
     "supplier portal: production released 'automatically by deposit receipt'; series to be released on second deposit",
     [("order_status_7700-2388.html", html_page("Anadolu Döküm - Customer Portal", """
<h2>Anadolu D&ouml;k&uuml;m A.&#350;. &mdash; Customer Portal</h2>
<p>Customer: Laurentian Aggregates Inc. &middot; Customer PO: 7700-2388 &middot; Our order: AD-SO-24-1175</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Pattern</th></tr>
<tr><td>1</td><td>Jaw plate pair C120 (fixed + movable), trial, Mn18Cr2</td><td>1 pair</td><td>AD-P-3307</td></tr>
</table>
<h3>Order timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>Status</th></tr>
<tr><td>02.05.2024</td><td>Order received</td><td>done</td></tr>
<tr><td>10.05.2024</td><td>Deposit 30% received</td><td>done</td></tr>
<tr><td>10.05.2024</td><td>Production release &mdash; triggered automatically by deposit receipt (deposit rule)</td><td>RELEASED</td></tr>
<tr><td>wk 21</td><td>Melting / pouring</td><td>scheduled</td></tr>
<tr><td>wk 24</td><td>Heat treatment, machining, inspection</td><td>planned</td></tr>
</table>
<p class="note">Series production: will be released automatically on receipt of the second deposit, as per our standard terms.
No further customer document is needed.</p>
<p>Contact: Emre Y&#305;lmaz, Export Sales Engineer &middot; +90 332 555 0142</p>
"""))])

# p20 -- Quebec PO PDF: hold 'until further notice', release authority named, no unlock event.
case("p20_canada_po_hold_until_further_notice",
     ["RG004"],
     "trial PO: 1 pair active, 5 pairs on hold 'until further notice', named release authority, but no unlock event",
     [("BC_PO_7700-2402.pdf", pdf([
         ("h1", "Laurentian Aggregates Inc."),
         ("p", "Bon de commande / Purchase Order 7700-2402 — Date: 2024-06-03"),
         ("p", "Fournisseur / Supplier: Fundición Regiomontana S.A. de C.V., Apodaca, N.L., México. "
               "Soumission / Quote: FR-COT-24-212. Livraison / Ship to: Carrière Sainte-Sophie, QC."),
         ("table", [["Ligne", "Article", "Description", "Qté", "Prix unitaire CAD"],
                    ["1", "JP-C120-FX-T", "Mâchoire fixe / fixed jaw C120, Mn18Cr2 — trial", "1", "7 980,00"],
                    ["2", "JP-C120-MV-T", "Mâchoire mobile / movable jaw C120 — trial", "1", "8 640,00"]]),
         ("sp",),
         ("h", "Portée / Scope"),
         ("p", "Trial pair only (one fixed + one movable jaw). The remaining 5 pairs from your quote "
               "FR-COT-24-212 are NOT released and are on hold until further notice."),
         ("p", "Release authority for this order: Marie-Claude Gagnon, Procurement Manager. Material authority: "
               "sample-only."),
         ("p", "Conditions: Net 45. DAP Sainte-Sophie. Heat number and part number cast on each plate. "
               "MTC 3.1 and hardness map with the shipment."),
     ], title="PO 7700-2402", author="Laurentian Aggregates"))])

# p21 -- Chilean SAP printout: balance on hold until further notice; no event, no named person.
case("p21_chile_sap_saldo_en_espera",
     ["RG004", "RG005"],
     "SAP trial PO: 40 idlers active, balance 1.160 on hold 'hasta nuevo aviso / until further notice'; no unlock event, no named releaser",
     [("OC_4500874102.txt",
       "MINERA LOS CONDORES SPA                               ORDEN DE COMPRA\n"
       "RUT 76.543.210-K  Av. Grecia 1450, Antofagasta        N. 4500874102\n"
       "                                                      Fecha 18.06.2024\n"
       "Proveedor 100517  HEBEI TONGDA CONVEYOR MACHINERY CO., LTD.\n"
       "Grupo compras 210 Abastecimiento Planta   Creado por CSOTO   Moneda USD\n"
       "--------------------------------------------------------------------------------\n"
       "Pos   Material     Texto breve                            Cant.  UM   Precio    Valor\n"
       "--------------------------------------------------------------------------------\n"
       "00010 8200-1524    RODILLO CARGA 152X465 35G - PRUEBA        40  UN    64,80  2.592,00\n"
       "      Rodamiento 6306-2RS C3, eje 30 mm, tubo 152,4x4,0. Plano LC-CV-152 rev 5.\n"
       "--------------------------------------------------------------------------------\n"
       "                                                  Total neto USD           2.592,00\n"
       "TEXTO DE CABECERA\n"
       "  PEDIDO DE PRUEBA / TRIAL ORDER: 40 RODILLOS PARA CORREA CV-07.\n"
       "  SALDO DE 1.160 RODILLOS (COTIZ. HT-2024-0339) EN ESPERA HASTA NUEVO AVISO.\n"
       "  BALANCE OF 1,160 IDLERS (QUOTE HT-2024-0339) ON HOLD UNTIL FURTHER NOTICE.\n"
       "  ENTREGA: CIF ANTOFAGASTA, 60 DIAS. MARCAR CADA RODILLO CON N. OC.\n"
       "--------------------------------------------------------------------------------\n")])

# p25 -- Australian email + DOCX trial plan: hold and event stated, release 'from our side', nobody named.
_plan = docx_bytes([
    ("h1", "Red Gum Mining — Wear Trial Plan WTP-24-021"),
    ("p", "Item: 30 rubber screen panels 610x610x50, Gujarat Rubber Linings, PO 4500194233."),
    ("table", [["Step", "What", "When"],
               ["1", "Install 30 panels, SC-05 bottom deck B1–B30", "shutdown 22.07.2024"],
               ["2", "Thickness readings at 6 points per panel", "every 2 weeks"],
               ["3", "Trial review, target 10 weeks / ~200 kt", "early October"],
               ["4", "Trial sign-off", "Processing department"]]),
    ("sp",),
    ("p", "Acceptance: average wear at the feed end ≤ 10 mm at 200 kt, no tearing at the pin holes."),
], author="Red Gum Mining")
_t = ("Hi Nikhil,\n\n"
      "PO 4500194233 for the 30 trial rubber panels is in Ariba, and our trial plan is attached.\n\n"
      "Only the 30 trial panels are authorised. The balance of 570 panels in your offer is on hold until "
      "the 10-week wear-trial sign-off and a written release from our side. Please don't cast or buy "
      "compound for the 570.\n\n"
      "Delivery of the 30 to Kalgoorlie by 15 July please.\n\n"
      "Kind regards,\n"
      "Procurement Team\nRed Gum Mining Pty Ltd - Kalgoorlie WA\nprocurement@redgummining.com.au\n")
_m = mail("Procurement Red Gum <procurement@redgummining.com.au>",
          "Nikhil Shah <nikhil.shah@gujaratrubber.in>",
          "PO 4500194233 - 30 trial rubber panels + trial plan", "Thu, 20 Jun 2024 13:44:00 +0800", _t,
          attachments=[("WTP-24-021_trial_plan.docx", _plan, DOCX_MT)])
case("p25_australia_release_from_our_side",
     ["RG005"],
     "30 trial panels, 570 on hold until wear-trial sign-off and 'a written release from our side'; no named release person",
     [("PO_4500194233_trial_plan.eml", eml_bytes(_m))])

# p27 -- Indian supplier status report DOCX: charge material bought for all 18 impellers.
case("p27_india_status_report_charge_for_all",
     ["RG006"],
     "supplier status report: 2 trial impellers released, but high-chrome charge bought for all 18 with no material authority",
     [("KAC_weekly_status_06_PO7300-0611.docx", docx_bytes([
         ("h1", "Kolhapur Alloy Castings Pvt Ltd — Weekly Status Report No. 6"),
         ("p", "Customer: Northern Shield Mining, Timmins. PO 7300-0611: 2 trial impellers 6/4 D-AH, Cr27, "
               "drawing NSM-PMP-0218 rev C. Report date: 14.06.2024."),
         ("table", [["Activity", "Status", "Remark"],
                    ["Pattern & core box rev C", "completed", "core box corrected per SDR-0441"],
                    ["Trial heat", "poured 11.06.2024", "heat no. H-24-2207, chemistry OK"],
                    ["Heat treatment", "in progress", "hardening at 980 °C, air quench"],
                    ["Machining & balancing", "planned wk 26", "G6.3"],
                    ["Dispatch trial impellers", "planned 28.06.2024", "air freight BOM–YYZ"]]),
         ("sp",),
         ("h", "Order position"),
         ("p", "The PO covers the 2 trial impellers. The 16 series impellers in our quote remain on hold "
               "awaiting your release, as per the PO."),
         ("h", "Raw material"),
         ("p", "To protect the delivery of the series, we have purchased 9.6 t of high-chrome charge "
               "(HC ferro-chrome and selected scrap), sufficient for all 18 impellers. The material is stored "
               "at our Shiroli yard and reserved for Northern Shield."),
         ("p", "Prepared by: Rajesh Kulkarni, Production Planning. Contact: Suresh Patil, Marketing Manager."),
     ], author="Kolhapur Alloy Castings"))])

# p28 -- SA site engineer asks the PU maker to buy prepolymer for the whole 480; quote as HTML attachment.
_qhtml = html_page("Cotización QPB-0948", """
<h2>Poliuretanos del Baj&iacute;o &mdash; Cotizaci&oacute;n QPB-0948</h2>
<p>Cliente: Bokamoso Platinum Mine &middot; Fecha: 22.04.2024</p>
<table>
<tr><th>Concepto</th><th>Cantidad</th><th>Precio USD</th><th>Entrega</th></tr>
<tr><td>Panel PU 305x610x40 &mdash; prueba</td><td>20</td><td>98.00</td><td>4 semanas</td></tr>
<tr><td>Panel PU 305x610x40 &mdash; serie</td><td>460</td><td>83.50</td><td>6 semanas + prepol&iacute;mero</td></tr>
</table>
<p>Tiempo de entrega del prepol&iacute;mero MDI: actualmente 14 semanas.</p>
""")
_t = ("Hi Alejandra,\n\n"
      "Thandi mentioned your prepolymer lead time has gone to 14 weeks. That would kill us for the December "
      "shutdown on Screen 3 and Screen 4.\n\n"
      "Can you get the prepolymer and curative in for the whole lot of 480 panels now, so it's sitting in "
      "León when the trial is done? Then we don't lose three months.\n\n"
      "Your quote is attached for reference.\n\n"
      "Thanks,"
      + sig("Johan Botha", "Senior Engineer, Concentrator", "Bokamoso Platinum Mine, Rustenburg",
            "+27 14 555 0175")
      + "\n\nFrom: Thandi Mokoena\nSent: 06 May 2024 08:30\nTo: Alejandra Ruiz\nCc: Johan Botha\n"
      "Subject: PO 4100029530 trial panels\n\n"
      + quote("Alejandra, PO 4100029530 covers the 20 trial panels only. The balance of 460 panels is not "
              "released and stays on hold until the wear-trial sign-off on Screen 3 and a written release "
              "from me, Thandi Mokoena. Thanks, Thandi"))
_m = mail("Johan Botha <johan.botha@bokamoso-pt.co.za>", "Alejandra Ruiz <aruiz@polibajio.com.mx>",
          "RE: PO 4100029530 trial panels - prepolymer lead time", "Mon, 10 Jun 2024 10:12:00 +0200", _t,
          cc="Thandi Mokoena <thandi.mokoena@bokamoso-pt.co.za>",
          attachments=[("QPB-0948.html", _qhtml, "text/html")])
case("p28_sa_engineer_asks_prepolymer_whole_lot",
     ["RG006"],
     "site engineer asks supplier to buy prepolymer for all 480 panels while only 20 trial panels are released and no material authority exists",
     [("RE_PO_4100029530_prepolymer.eml", eml_bytes(_m))])

# p29 -- Mexican supplier MRP printout: production order 24 trial, purchase orders for prepolymer for 480.
case("p29_mexico_mrp_prepolymer_for_480",
     ["RG006"],
     "supplier MRP: released production order 24 trial panels, prepolymer ordered for 480 panels; customer balance on hold, no material authority",
     [("MRP_lista_necesidades_OP-24-1177.txt",
       "POLIURETANOS DEL BAJIO SA DE CV          MRP - LISTA DE NECESIDADES / REQUIREMENTS LIST\n"
       "Planta Leon, Gto.                        Fecha 24.06.2024  Hora 06:30  Usuario MRP_BATCH\n"
       "Cliente 20418 ASANTE GOLD FIELDS LTD - OC cliente 4500-7855\n"
       "Nota comercial: OC cliente = 24 paneles de prueba. Saldo 456 en espera segun cliente.\n"
       "=====================================================================================\n"
       "Orden prod.  Material         Descripcion                      Cant.   Status\n"
       "OP-24-1177   SP-AGF-305-40    PANEL PU 305X610X40 PRUEBA          24   LIBERADA\n"
       "-------------------------------------------------------------------------------------\n"
       "Necesidades de materia prima / raw material requirements\n"
       "Material     Descripcion                 Base calc.   Cant.req.  Doc. compra   Status\n"
       "MP-0091      PREPOLIMERO MDI 95A          480 pzas    4.320 kg  OC-PROV-8812  PEDIDO\n"
       "MP-0107      CURATIVO BDO                 480 pzas      410 kg  OC-PROV-8813  PEDIDO\n"
       "MP-0230      INSERTO ACERO 12X40          480 pzas      480 pz  OC-PROV-8814  PEDIDO\n"
       "-------------------------------------------------------------------------------------\n"
       "Comentario planeacion: se compra para 480 piezas (prueba + serie) para asegurar precio del\n"
       "prepolimero; moldeo de serie al recibir liberacion del cliente.\n"
       "=====================================================================================\n")])

# p31 -- SA foundry: "once you sign off we'll pour straight into the other 7, alloy already in the yard".
_t = ("Hi Pieter,\n\n"
      "Trial mantle for the CH870 is on the truck Friday, MTC and UT report will go with the delivery note.\n\n"
      "Once you lot sign off the trial mantle we'll pour straight into the other 7. The alloy for them is "
      "already in the yard, so there's no delay on our side.\n\n"
      "Shout if you need anything.\n\n"
      "Cheers,"
      + sig("Riaan Pretorius", "Sales & Technical", "Highveld Foundry (Pty) Ltd, Benoni", "+27 11 555 0177")
      + "\n\nFrom: Pieter van Wyk\nSent: 15 April 2024 14:02\nSubject: PO 4100028702 trial mantle CH870\n\n"
      + quote("Riaan, PO 4100028702: 1 trial mantle CH870 only. The other 7 mantles are NOT released. They "
              "stay on hold until the wear-trial sign-off on the secondary crusher AND my written release "
              "(Pieter van Wyk). Buy alloy for the trial mantle only please."))
_m = mail("Riaan Pretorius <riaan@highveldfoundry.co.za>", "Pieter van Wyk <pieter.vanwyk@bokamoso-pt.co.za>",
          "RE: PO 4100028702 trial mantle CH870", "Wed, 05 Jun 2024 16:20:00 +0200", _t,
          in_reply_to="<PVW-0415-1402@bokamoso-pt.co.za>")
case("p31_sa_foundry_pour_straight_alloy_in_yard",
     ["RG006", "RG007"],
     "supplier assumes sign-off rolls straight into the other 7 mantles and has already bought their alloy; buyer required written release and trial-only alloy",
     [("RE_PO_4100028702_trial_mantle.eml", eml_bytes(_m))])

# p32 -- Turkish order confirmation PDF: material reserved for 12 sets, 2 released.
case("p32_turkey_order_confirmation_material_reserved",
     ["RG006"],
     "supplier order confirmation: 2 trial concave sets released, manganese steel reserved for the 12-set programme with no material authority",
     [("AD-OC-24-0633.pdf", pdf([
         ("h1", "Anadolu Döküm A.S. — Siparis Teyidi / Order Confirmation AD-OC-24-0633"),
         ("p", "Customer: Minera Los Cóndores SpA, Antofagasta. Customer PO: 4500872488. Date: 21.06.2024."),
         ("table", [["Line", "Item", "Released by customer", "Material reserved", "Pouring"],
                    ["1", "Concave segment set CH660, GX120Mn18, trial", "2 sets",
                     "12 sets' worth — 46 t GX120Mn18 charge", "wk 28"]]),
         ("sp",),
         ("p", "Programme reference: 12 sets per customer quote ANA-Q-2024-0511; production of sets 3–12 not "
               "released by the customer."),
         ("p", "To secure the 2024 alloy price and the melting slot, the material reservation is made for the "
               "full programme. The released quantity remains 2 sets."),
         ("p", "Payment: 30 days after B/L. Inspection: third party (SGS) at customer's cost, if requested."),
         ("p", "Emre Yilmaz — Export Sales Engineer"),
     ], title="AD-OC-24-0633", author="Anadolu Dokum"))])

# p34 -- Canadian PO PDF: full scope, but special instruction to carry straight on after sign-off.
case("p34_canada_po_special_instruction_carry_on",
     ["RG007"],
     "PO requires written release for the 5 sets, but special instruction tells supplier to carry straight on with them upon trial sign-off",
     [("PO_7300-0640.pdf", pdf([
         ("h1", "Northern Shield Mining — Purchase Order 7300-0640"),
         ("p", "Date: 2024-06-10. Supplier: Shandong Hengli Wear Castings Co., Ltd. Quote: COT-HL-2024-141."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit USD"],
                    ["1", "NSM-CR-0441", "Cone crusher liner set HP500 (mantle + bowl liner), trial", "1", "41,300.00"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Line 1: one (1) trial set. The balance of 5 sets is NOT released and stays on hold until the "
               "wear-trial sign-off (minimum 900,000 t through the HP500) and a written release by Greg "
               "Lindqvist, Supply Manager. Material authority: sample-only."),
         ("h", "Special instructions"),
         ("p", "1. Heat number cast on each liner; MTC 3.1 per heat. 2. Lifting lugs per drawing NSM-CR-0441-L. "
               "3. Backing compound not supplied. 4. Packing: steel cradles."),
         ("p", "5. To protect the October shutdown date, upon trial sign-off the supplier shall carry straight "
               "on with the 5 production sets without waiting for further paperwork."),
         ("p", "Issued by Greg Lindqvist, Supply Manager, Northern Shield Mining, Timmins ON."),
     ], title="PO 7300-0640", author="Northern Shield Mining"))])

# p35 -- Chinese supplier proposes to treat the signed trial report as the start signal for the 16.
_t = ("Dear Ms. Lucía,\n\n"
      "Thank you for PO 4510007720 for the 2 trial impellers.\n\n"
      "To keep the 40 days lead time for the series we propose the following: as soon as your team signs "
      "the trial report, we will take it as our start signal for the 16 impellers, so no time is lost "
      "waiting for another document. Unless we hear otherwise, we will plan this way.\n\n"
      "Trial impellers will be ready for inspection on 28 June.\n\n"
      "Best regards,\nTony Liu\nSales Manager\nJiangsu Taida Pump Parts Co., Ltd.\n"
      "\n\n------------------ Original ------------------\n"
      "From: Lucía Quispe <lquispe@huancane.pe>\nDate: Mon, May 20, 2024\nSubject: OC 4510007720\n\n"
      + quote("Tony: OC 4510007720 is for 2 trial impellers 10/8 only. The balance of 16 impellers is NOT "
              "released and stays on hold until the trial sign-off (1,000 h on pump BP-05) and a written "
              "release by Lucía Quispe, Jefa de Compras."))
_m = mail("Tony Liu <tony.liu@taidapump.cn>", "Lucía Quispe <lquispe@huancane.pe>",
          "RE: OC 4510007720 - planning of series impellers", "Tue, 28 May 2024 09:40:00 +0800", _t,
          in_reply_to="<LQ-0520@huancane.pe>")
case("p35_china_signed_trial_report_start_signal",
     ["RG007"],
     "supplier will take the signed trial report as start signal for the 16 impellers, contrary to the written-release requirement",
     [("RE_OC_4510007720_planning.eml", eml_bytes(_m))])

# p36 -- supplier-provided trial form DOCX: approval of report = approval of production batch.
case("p36_india_trial_form_approval_equals_production",
     ["RG007", "RG009"],
     "supplier's trial form: site approval of the report also approves the production batch (no recorded auto-conversion); 'approval' for technical and production",
     [("KAC_wear_trial_approval_form_AGF.docx", docx_bytes([
         ("h1", "Kolhapur Alloy Castings — Wear Trial Approval Form"),
         ("p", "Customer: Asante Gold Fields Ltd, Tarkwa. Customer PO 4500-7744: 2 trial impellers 8/6 E-AH; "
               "16 series impellers on hold per the PO. Pump: SP-14. Form ref KAC-F-QA-27."),
         ("table", [["Parameter", "Limit", "Measured"],
                    ["Operating hours", "≥ 1,200 h", ""],
                    ["Vane tip wear", "≤ 6 mm", ""],
                    ["Shroud wear", "≤ 4 mm", ""],
                    ["Cracks / spalling", "none", ""]]),
         ("sp",),
         ("h", "Approval"),
         ("p", "Site approval of this trial report confirms that the trial impellers meet the limits above."),
         ("p", "Site approval of this form also approves the production batch of 16 series impellers. On receipt "
               "of the approved form, Kolhapur Alloy Castings will manufacture and ship them against the customer PO."),
         ("p", "Approved by (site): ____________________   Date: __________"),
         ("p", "For Kolhapur Alloy Castings: Rajesh Kulkarni, QA & Planning"),
     ], author="Kolhapur Alloy Castings"))])

# p37 -- WhatsApp group SA: buyer states written release; site engineer says carry on without paperwork.
case("p37_sa_whatsapp_no_need_for_paperwork",
     ["RG007"],
     "chat: buyer requires written release; site engineer says if trial teeth pass, carry on with the rest without paperwork",
     [("WhatsApp_Chat_Bokamoso_Highveld_teeth.txt", ios_chat([
         ("03/06/2024", "07:12:09", "Pieter van Wyk", "Riaan, for the record: PO 4100029611 = 12 trial teeth RT-40 only"),
         ("03/06/2024", "07:12:51", "Pieter van Wyk", "The other 228 are NOT released. They only open after the wear trial sign-off on EX-07 and a written release from me"),
         ("03/06/2024", "07:40:22", "Riaan Pretorius", "Noted Pieter 👍 12 only"),
         ("17/06/2024", "13:05:47", "Johan Botha", "Riaan, the trial teeth are looking solid so far, about 120k tonnes on EX-07"),
         ("17/06/2024", "13:07:30", "Johan Botha", "If they do their 200k tonnes without cracking just carry on with the rest hey, no need to wait for the paperwork. We're in a hurry for the Dec shutdown"),
         ("17/06/2024", "13:20:02", "Riaan Pretorius", "Lekker, will plan for it"),
     ]))])

# p38 -- Chilean ERP PO TXT: remaining sets made automatically on a positive result; nobody named.
case("p38_chile_erp_po_automatic_after_result",
     ["RG005", "RG007"],
     "PO: 5 sets not released until positive wear-trial result, then made 'automatically, without new PO or notice'; no named signer, no recorded auto-conversion",
     [("OC_4500874330.txt",
       "MINERA LOS CONDORES SPA                               ORDEN DE COMPRA\n"
       "RUT 76.543.210-K  Av. Grecia 1450, Antofagasta        N. 4500874330\n"
       "                                                      Fecha 25.06.2024\n"
       "Proveedor 100733  FUNDICION REGIOMONTANA SA DE CV, APODACA NL, MEXICO\n"
       "Grupo compras 210 Abastecimiento Planta   Moneda USD   Incoterm DAP PLANTA\n"
       "--------------------------------------------------------------------------------\n"
       "Pos   Material     Texto breve                            Cant.  UM   Precio      Valor\n"
       "--------------------------------------------------------------------------------\n"
       "00010 7100-3520    JUEGO REVEST. CHANCADOR CH440 PRUEBA       1  JGO 61.400,00  61.400,00\n"
       "      Manto + concavo, Mn18Cr2, plano LC-CR04-310 rev A.\n"
       "--------------------------------------------------------------------------------\n"
       "TEXTO DE CABECERA\n"
       "  ORDEN DE PRUEBA: 1 JUEGO DE PRUEBA (TRIAL SET) PARA CR-04.\n"
       "  LOS 5 JUEGOS RESTANTES NO ESTAN LIBERADOS HASTA RESULTADO POSITIVO DEL ENSAYO DE\n"
       "  DESGASTE EN CR-04. CON RESULTADO POSITIVO SE FABRICAN AUTOMATICAMENTE, SIN NUEVA OC\n"
       "  NI AVISO.\n"
       "  THE REMAINING 5 SETS ARE NOT RELEASED UNTIL A POSITIVE WEAR-TRIAL RESULT ON CR-04.\n"
       "  WITH A POSITIVE RESULT THEY ARE MANUFACTURED AUTOMATICALLY, WITHOUT NEW PO OR NOTICE.\n"
       "  MATERIAL: SOLO PARA EL JUEGO DE PRUEBA / TRIAL SET ONLY.\n"
       "--------------------------------------------------------------------------------\n"
       "Condiciones de pago: 60 dias fecha factura.\n")])

# p40 -- Quebec thread: supplier asks to confirm roll-over after trial; buyer answers "Correct".
_t = ("Hi Emre,\n\n"
      "Correct, that works for us. Keep me posted on the trial pair shipping date.\n\n"
      "Marie-Claude"
      + sig("Marie-Claude Gagnon", "Procurement Manager", "Laurentian Aggregates Inc., Mirabel QC",
            "+1 450 555 0131")
      + "\n\nFrom: Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>\nSent: June 12, 2024 4:18 AM\n"
      "Subject: RE: PO 7700-2421 trial jaw plates\n\n"
      + quote("Dear Marie-Claude,\n\nThank you for PO 7700-2421 (1 trial pair C160). To confirm our "
              "understanding: once the trial pair is OK at your side, we roll straight into production "
              "without waiting for another PO or release letter. This saves about four weeks.\n\n"
              "Please confirm.\n\nKind regards, Emre")
      + "\n>\n> From: Marie-Claude Gagnon\n> Sent: June 10, 2024 2:05 PM\n"
      + quote("Emre, PO 7700-2421 attached: 1 trial pair only. The other 11 pairs are not released; they stay "
              "on hold until the wear-trial sign-off and my written release.\nMarie-Claude Gagnon, "
              "Procurement Manager", depth=2))
_m = mail("Marie-Claude Gagnon <mc.gagnon@laurentianagg.ca>", "Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
          "RE: RE: PO 7700-2421 trial jaw plates", "Wed, 12 Jun 2024 08:31:00 -0400", _t,
          in_reply_to="<AD-EY-0612-0418@anadoludokum.com.tr>")
case("p40_quebec_buyer_confirms_rollover",
     ["RG007"],
     "buyer answers 'Correct' to the supplier's roll-straight-into-production after trial; contradicts her own written-release requirement",
     [("RE_RE_PO_7700-2421.eml", eml_bytes(_m))])

# p41 -- multi-file: PO PDF 24 trial teeth + cover email saying 20 trial teeth.
case("p41_ghana_po24_email20",
     ["RG011"],
     "bundle: PO authorizes 24 trial teeth, cover email tells supplier to make 20 trial teeth",
     [("PO_4500-7901.pdf", pdf([
         ("h1", "Asante Gold Fields Ltd — Purchase Order 4500-7901"),
         ("p", "Date: 04.06.2024. Supplier: Kolhapur Alloy Castings Pvt Ltd. Quote KAC/Q/24/117."),
         ("table", [["Line", "Item", "Qty", "Unit USD", "Amount USD"],
                    ["10", "Bucket tooth BT-90 rev C, Ni-hard 4, trial for EX-05", "24", "97.50", "2,340.00"]]),
         ("sp",),
         ("p", "Scope: 24 trial teeth only. The 576 production teeth of quote KAC/Q/24/117 are not released and "
               "stay on hold until the wear-trial sign-off on EX-05 and a written release signed by Kwame "
               "Mensah, Maintenance Superintendent. Material authority: sample-only."),
         ("p", "Kofi Boateng, Purchasing Officer."),
     ], title="PO 4500-7901", author="Asante Gold Fields")),
      ("email_Kofi_to_Suresh.eml", eml_bytes(mail(
          "Kofi Boateng <kofi.boateng@asantegold.com.gh>", "Suresh Patil <suresh.patil@kolhapuralloy.in>",
          "PO 4500-7901 trial teeth BT-90 rev C", "Tue, 04 Jun 2024 11:05:00 +0000",
          "Dear Suresh,\n\n"
          "Further to our call this morning, PO 4500-7901 is attached.\n\n"
          "To confirm: please make the 20 trial teeth for the EX-05 trial and send them by air to Accra. "
          "The rest stays on hold until Kwame's written release after the trial sign-off, as the PO says.\n\n"
          "Please share the heat number and hardness readings before dispatch.\n\n"
          "Best regards,"
          + sig("Kofi Boateng", "Purchasing Officer", "Asante Gold Fields Ltd, Tarkwa", "+233 31 255 0190"))))])

# p43 -- call-off HTML: text says 86, table says 96.
case("p43_sa_calloff8_text86_table96",
     ["RG011"],
     "call-off text releases eighty-six (86) panels, the call-off table shows 96",
     [("calloff_08_BO5600001209.html", html_page("Call-off 8", """
<h2>Bokamoso Platinum Mine &mdash; Call-off No. 8</h2>
<p>Blanket Order 5600001209 (PU screen panels 2024) &middot; Supplier: Poliuretanos del Baj&iacute;o S.A. de C.V. &middot; Date: 01.07.2024</p>
<p>Call-off No. 8 releases eighty-six (86) panels SP-305-610-40 for delivery to Rustenburg by 15 September 2024.</p>
<table>
<tr><th>Call-off</th><th>Part no.</th><th>Qty</th><th>On site by</th></tr>
<tr><td>7</td><td>SP-305-610-40</td><td>96</td><td>15.08.2024</td></tr>
<tr><td><b>8</b></td><td>SP-305-610-40</td><td><b>96</b></td><td>15.09.2024</td></tr>
</table>
<p>Quantities beyond this call-off are not released. Each further quantity is released only by the next numbered
call-off, signed by Thandi Mokoena, Procurement Manager. Buy polyurethane only for this call-off.</p>
<p>Thandi Mokoena &middot; Procurement Manager &middot; Bokamoso Platinum Mine</p>
"""))])

# p44 -- release letter DOCX: words and digits disagree.
case("p44_canada_release_letter_words_vs_digits",
     ["RG011"],
     "release letter: 'two hundred and forty (420)' idlers; words and digits give different released quantities",
     [("Production_Release_02_PO7300-0655.docx", docx_bytes([
         ("h1", "Northern Shield Mining — Production Release No. 2"),
         ("p", "To: Mpumalanga Conveyor Components (Pty) Ltd, Witbank, South Africa. Attn: Thabo Nkosi."),
         ("p", "Re: PO 7300-0655, troughing idlers IDL-152-T35, quote MCC-Q-24-0088 (1,200 idlers)."),
         ("p", "Date: 2024-06-24"),
         ("p", "Following the trial sign-off of the 40 trial idlers (report TR-0655-1 dated 2024-06-03), we "
               "hereby release two hundred and forty (420) troughing idlers IDL-152-T35 for production, "
               "delivery in two equal lots, August and October 2024, DAP Timmins."),
         ("p", "The remaining quantity of the quoted 1,200 idlers is not released and stays on hold until the "
               "next written release from the undersigned."),
         ("table", [["Release", "Date", "Qty", "Reference"],
                    ["1 (trial)", "2024-03-18", "40", "PO 7300-0655 line 1"],
                    ["2", "2024-06-24", "see text", "this letter"]]),
         ("sp",),
         ("p", "Greg Lindqvist, Supply Manager, Northern Shield Mining"),
     ], author="Northern Shield Mining"))])

# p45 -- WhatsApp Australia/China: release 6 sets, later "confirming the 8 sets released"; alloy for all 12.
case("p45_australia_whatsapp_6_vs_8_alloy_12",
     ["RG006", "RG011"],
     "chat: buyer releases 6 sets, later confirms '8 sets released'; supplier has ordered alloy for all 12 without material authority",
     [("WhatsApp_Chat_Mick_Jason_Hengli.txt", ios_chat([
         ("01/07/2024", "06:55:10", "Mick Doyle", "Jason, trial set signed off Friday, good result on the CH870"),
         ("01/07/2024", "06:57:33", "Mick Doyle", "Written release for PO 4500194410: 6 production sets, that's from me Mick Doyle. Remaining 6 of the quoted 12 still NOT released, on hold until the second wear-trial sign-off and my next written release"),
         ("01/07/2024", "07:02:14", "Mick Doyle", "Material for the 6 only mate"),
         ("01/07/2024", "09:40:51", "Jason Li Hengli", "Thank you Mick! Will send casting plan"),
         ("03/07/2024", "15:11:06", "Jason Li Hengli", "Mick, alloy for all 12 sets already ordered to fix the price 👍 cheaper for you later"),
         ("04/07/2024", "07:30:27", "Mick Doyle", "confirming the 8 sets released, send me the casting plan pls"),
         ("04/07/2024", "08:02:45", "Jason Li Hengli", "OK 8 sets, plan coming"),
     ]))])

# p46 -- Canadian email: forecast to be booked as firm order; TXT forecast attachment.
_fc = ("NORTHERN SHIELD MINING - 2025 IDLER FORECAST (FC-2025-IDL)\n"
       "Material      Q1    Q2    Q3    Q4   Total\n"
       "IDL-152-T35  300   300   300   300   1,200\n"
       "Status: forecast\n")
_t = ("Hi Thabo,\n\n"
      "Attached is our 2025 forecast for the troughing idlers: 1,200 IDL-152-T35, about 300 a quarter.\n\n"
      "Please book the 2025 forecast of 1,200 idlers as our firm order for next year. Monthly call-offs "
      "will tell you what to ship and when.\n\n"
      "Same spec as PO 7300-0655, 6306-2RS C3 bearings, 152.4 mm tube.\n\n"
      "Regards,"
      + sig("Greg Lindqvist", "Supply Manager", "Northern Shield Mining, Timmins ON", "+1 705 555 0162"))
_m = mail("Greg Lindqvist <glindqvist@northernshield.ca>", "Thabo Nkosi <thabo@mpumalangaconveyor.co.za>",
          "2025 idler forecast", "Mon, 01 Jul 2024 15:40:00 -0400", _t,
          attachments=[("FC-2025-IDL.txt", _fc, "text/plain")])
case("p46_canada_book_forecast_as_firm_order",
     ["RG008"],
     "buyer asks supplier to book the 2025 forecast of 1,200 idlers as a firm order",
     [("2025_idler_forecast.eml", eml_bytes(_m))])

# p47 -- Indian supplier quote PDF treats a forecast as a confirmed annual order.
case("p47_india_quote_confirmed_annual_order",
     ["RG008"],
     "supplier quote: 'based on your confirmed annual order of 3,000 panels (your forecast FC-RG-2024-Q3)'",
     [("GRL_OF_24_0388.pdf", pdf([
         ("h1", "Gujarat Rubber Linings Pvt Ltd — Offer GRL/OF/24/0388"),
         ("p", "Date: 18.06.2024. To: Red Gum Mining Pty Ltd, Kalgoorlie WA. Attn: Ms. Sarah Nguyen."),
         ("p", "Based on your confirmed annual order of 3,000 panels (your forecast ref. FC-RG-2024-Q3), we are "
               "pleased to offer the following prices:"),
         ("table", [["Sr.", "Description", "Qty", "Rate USD", "Delivery"],
                    ["1", "Rubber screen panel 610x610x50, NR 40 ShA — trial", "60", "44.60", "5 weeks"],
                    ["2", "Rubber screen panel 610x610x50 — annual", "3,000", "38.20", "750 per quarter"]]),
         ("sp",),
         ("p", "Terms: FCA Mundra. Payment 45 days from B/L. Price basis NR RSS-4 at INR 182/kg; variation "
               "beyond ±5% to be shared."),
         ("p", "For Gujarat Rubber Linings Pvt Ltd — Nikhil Shah, Export Manager"),
     ], title="Offer GRL/OF/24/0388", author="Gujarat Rubber Linings"))])

# p48 -- Ghana distributor rolling forecast TXT that declares itself committed.
case("p48_ghana_distributor_forecast_committed",
     ["RG008"],
     "distributor's rolling forecast says the forecast quantities are a commitment to be treated as confirmed orders",
     [("AMS_rolling_forecast_Q3Q4_2024.txt",
       "ACCRA MINING SUPPLIES LTD - 12 MONTH ROLLING FORECAST           Issue 2024-07\n"
       "Supplier: JIANGSU TAIDA PUMP PARTS CO., LTD.\n"
       "---------------------------------------------------------------------------\n"
       "Part no.        Description                Jul Aug Sep Oct Nov Dec  Total\n"
       "AMS-8-6-147     Impeller 8/6 E-AH Cr27       4   4   6   4   4   6     28\n"
       "AMS-10-8-155    Impeller 10/8 F-AH Cr27      2   2   2   4   2   2     14\n"
       "AMS-8-6-TL      Throatbush 8/6 Cr27          2   0   2   2   0   2      8\n"
       "---------------------------------------------------------------------------\n"
       "Remarks:\n"
       " - These forecast quantities are our commitment for Jul-Dec 2024. Please treat\n"
       "   them as confirmed orders and plan your foundry accordingly.\n"
       " - End users: Asante Gold Fields (Tarkwa), Nsuta manganese.\n"
       " - Contact: Abena Owusu, Procurement, +233 30 255 0147\n")])

# p49 -- WhatsApp Quebec/Mexico: buyer gives forecast; supplier books it as firm order.
case("p49_quebec_mexico_whatsapp_booked_firm",
     ["RG008"],
     "chat: buyer gives a 40-pair forecast 'no PO yet'; supplier books the 40 pairs as a firm order",
     [("WhatsApp_Chat_Dave_Hector.txt", ios_chat([
         ("25/06/2024", "16:02:44", "Dave Kowalski", "Héctor, for next year figure on about 40 pairs of jaw plates across the 3 crushers (C160, C120, C110)"),
         ("25/06/2024", "16:03:20", "Dave Kowalski", "That's just a forecast for your planning, no PO yet. Marie-Claude does the POs in January"),
         ("25/06/2024", "18:15:09", "Héctor Garza", "Perfecto Dave, gracias"),
         ("25/06/2024", "18:16:31", "Héctor Garza", "We booked the 40 pairs as a firm order for 2025 in our system ✅ so the capacity is yours"),
         ("25/06/2024", "18:40:02", "Dave Kowalski", "👍"),
     ]))])

# p50 -- meeting minutes DOCX: forecast approved as firm commitment; 'approved' technical and commercial.
case("p50_ghana_minutes_forecast_approved_commitment",
     ["RG008", "RG009"],
     "minutes: FY25 forecast 'approved ... to be treated as a firm commitment'; 'approved' also used for the technical trial result",
     [("MoM_AGF_Taida_Q2_2024.docx", docx_bytes([
         ("h1", "Minutes of Meeting — Asante Gold Fields / Jiangsu Taida — Quarterly Review Q2 2024"),
         ("p", "Date: 26.06.2024, Tarkwa (and MS Teams). Present: Kwame Mensah, Kofi Boateng (AGF); Tony Liu (Taida)."),
         ("table", [["No.", "Topic", "Outcome", "Owner"],
                    ["1", "Trial impellers PO 4500-7744 on SP-14",
                     "Approved (technical): 1,350 h run, vane wear 4.1 mm, within limit", "K. Mensah"],
                    ["2", "FY25 demand",
                     "FY25 forecast of 24 impellers approved by the Mine Manager, to be treated as a firm "
                     "commitment to Taida", "K. Boateng"],
                    ["3", "Production on PO 4500-7744",
                     "No production quantity is released by these minutes; production release stays with "
                     "Kwame Mensah, in writing", "K. Mensah"],
                    ["4", "Packing", "Plywood cases with desiccant; marks AGF/SP", "T. Liu"]]),
         ("sp",),
         ("p", "Next review: September 2024."),
     ], author="Asante Gold Fields"))])

# p52 -- SAP printout: PO 'Released' by release strategy (commercial) + production release wording.
case("p52_sa_sap_release_strategy_vs_production_release",
     ["RG009"],
     "SAP PO shows 'Released' for the commercial release strategy and uses 'release' for production release too; scope otherwise complete",
     [("PO_4100029705.txt",
       "BOKAMOSO PLATINUM MINE (PTY) LTD                                    PURCHASE ORDER\n"
       "Private Bag X1500, Rustenburg 0300                                 No. 4100029705\n"
       "                                                                   Date 04.06.2024\n"
       "Vendor 300845   HIGHVELD FOUNDRY (PTY) LTD, BENONI                 Page 1/1\n"
       "Purch. group 120 / Buyer P. van Wyk      Incoterms FCA Benoni      Curr ZAR\n"
       "Release strategy Z2   Release indicator R  Released   Released by T.MOKOENA 04.06.2024\n"
       "=====================================================================================\n"
       "Item  Material         Short text                         Qty   Un      Price   Net value\n"
       "-------------------------------------------------------------------------------------\n"
       "00010 700-0870-11      MANTLE CH870 MN18CR2 - TRIAL           1  EA  412.600,00  412.600,00\n"
       "      Drawing BKP-CR-870-04 rev B. Heat no. and UT report required.\n"
       "-------------------------------------------------------------------------------------\n"
       "Header text:\n"
       "  TRIAL MANTLE - 1 EA ONLY.\n"
       "  PRODUCTION RELEASE OF THE REMAINING 5 MANTLES: NOT RELEASED - ON HOLD UNTIL\n"
       "  WEAR-TRIAL SIGN-OFF ON CR-2 AND WRITTEN PRODUCTION RELEASE BY THANDI MOKOENA,\n"
       "  PROCUREMENT MANAGER. MATERIAL: TRIAL MANTLE ONLY.\n"
       "=====================================================================================\n")])

# p53 -- Chilean engineer email: 'approval' for sample, PO change and production.
_t = ("Hola Kevin,\n\n"
      "Buenas noticias: the trial set passed the dimensional check on site yesterday, so the muestra is "
      "approved (technical approval, 1 trial set under PO 4500871203).\n\n"
      "Also the approval of the PO modification (rev 1, new Incoterm CIF Antofagasta) came through from "
      "gerencia, so you will get rev 1 from Rodrigo this week.\n\n"
      "Remember the approval to produce the other 5 sets is a separate thing: it needs the wear-trial "
      "sign-off on CR-02 and the written release from Rodrigo Paredes. Until then the 5 sets stay on hold.\n\n"
      "Saludos,"
      + sig("Camila Soto", "Ingeniera de Confiabilidad, Planta", "Minera Los Cóndores SpA", "+56 55 255 0147"))
_m = mail("Camila Soto <csoto@loscondores.cl>", "Kevin Zhang <kevin.zhang@henglicast.com>",
          "Trial set CR-02 - dimensional OK / PO rev 1", "Thu, 20 Jun 2024 18:22:00 -0400", _t,
          html=txt2html(_t), cc="Rodrigo Paredes <rparedes@loscondores.cl>")
case("p53_chile_approval_three_meanings",
     ["RG009"],
     "'approval' used for the sample (technical), the PO change (commercial) and producing the 5 sets (production)",
     [("Trial_set_CR-02_dimensional_OK.eml", eml_bytes(_m))])

# p54 -- trial report DOCX: drawing 'released for manufacture' vs production release.
case("p54_quebec_trial_report_drawing_released",
     ["RG009"],
     "report uses 'released' for the drawing (technical release for manufacture) and for production release",
     [("Rapport_essai_JP-C160_Anadolu.docx", docx_bytes([
         ("h1", "Laurentian Aggregates — Rapport d'essai / Trial Report TR-C160-04"),
         ("p", "Part: jaw plates C160 (Anadolu Döküm), PO 7700-2350: 1 trial pair. Crusher: C160, Carrière "
               "Saint-Colomban. Period: 2024-06-03 to 2024-07-12. Tonnage: 261 400 t granite."),
         ("table", [["Zone", "Profile loss (mm)", "Limit (mm)"],
                    ["Fixed jaw, lower third", "31", "≤ 40"],
                    ["Movable jaw, lower third", "36", "≤ 40"],
                    ["Toe", "18", "≤ 25"]]),
         ("sp",),
         ("p", "Engineering: drawing AD-JP-5521 rev 3 released for manufacture (technical release by "
               "Engineering, 2024-07-15), with the toe relief increased to 14 mm."),
         ("p", "Production: the 11 production pairs are not released. Production release only by written "
               "notice from Marie-Claude Gagnon, Procurement Manager, after the sign-off of this report."),
         ("p", "Prepared by Dave Kowalski, Plant Superintendent."),
     ], author="Laurentian Aggregates"))])

# p56 -- Chilean email: trial mantles, complete hold, but no trial quantity anywhere.
_t = ("Emre,\n\n"
      "Please cast the trial mantles per our call on Tuesday: same pattern as the 2022 set, drawing "
      "LC-CR02-114 rev D, Mn18Cr2, PO 4500874501.\n\n"
      "The remaining production mantles are not released and stay on hold until the wear-trial sign-off "
      "on CR-02 and my written release. Material only for the trial pieces.\n\n"
      "Saludos,"
      + sig("Rodrigo Paredes", "Jefe de Abastecimiento", "Minera Los Cóndores SpA, Antofagasta",
            "+56 55 255 0120"))
_m = mail("Rodrigo Paredes <rparedes@loscondores.cl>", "Emre Yılmaz <emre.yilmaz@anadoludokum.com.tr>",
          "PO 4500874501 trial mantles CR-02", "Fri, 28 Jun 2024 11:03:00 -0400", _t)
case("p56_chile_trial_mantles_no_quantity",
     ["RG010"],
     "sample authorization with hold, event and named person, but the number of trial mantles is never stated",
     [("PO_4500874501_trial_mantles.eml", eml_bytes(_m))])

# p57 -- Canadian PO PDF: "1 LOT" of trial panels; panel count never stated.
case("p57_canada_po_one_lot_trial",
     ["RG010"],
     "PO authorizes '1 LOT' of trial rubber panels without the number of panels; hold, event and named person present",
     [("PO_7300-0688.pdf", pdf([
         ("h1", "Northern Shield Mining — Purchase Order 7300-0688"),
         ("p", "Date: 2024-06-27. Supplier: Gujarat Rubber Linings Pvt Ltd, Vadodara. Ref: your offer GRL/OF/24/0341."),
         ("table", [["Line", "Description", "Qty", "UoM", "Price USD"],
                    ["1", "Trial rubber screen panels 305x610x50, 55 ShA, as discussed at site visit", "1", "LOT",
                     "3,480.00"]]),
         ("sp",),
         ("p", "This PO authorizes the trial lot only. Any production quantity is not released and stays on "
               "hold until the trial sign-off on screen SC-2 and a written release by Greg Lindqvist, Supply "
               "Manager. Material authority: sample-only."),
         ("p", "Delivery: DAP Timmins by 2024-08-15. Payment: 30 days from B/L."),
     ], title="PO 7300-0688", author="Northern Shield Mining"))])

# p58 -- WhatsApp Ghana/Turkey: "send us some trial teeth", no quantity, nothing on balance.
case("p58_ghana_turkey_whatsapp_some_trial_teeth",
     ["RG003", "RG004", "RG005", "RG010"],
     "chat: buyer asks for 'some trial teeth' against the quote; no quantity, no hold on the rest, no unlock event, no release person",
     [("WhatsApp_Chat_Abena_Emre.txt", android_chat([
         ("05/06/2024", "09:12", "Abena Owusu", "Hi Emre, please send us some trial teeth for the EX-05, same profile as in your quote ANA-Q-2024-0560"),
         ("05/06/2024", "09:13", "Abena Owusu", "We need them on site before end of July for the trial"),
         ("05/06/2024", "09:40", "Emre Yılmaz", "Sure Abena, how many do you need?"),
         ("05/06/2024", "09:58", "Abena Owusu", "Whatever fits in one crate, you know the drill 😂"),
         ("05/06/2024", "10:02", "Emre Yılmaz", "OK 👍 I will send PI today"),
         ("05/06/2024", "10:03", "Abena Owusu", "Thanks. PO number will follow from Kofi"),
     ]))])

# p60 -- Ghana buyer e-mail saved as HTML: trial impellers, no quantity, no named releaser.
case("p60_ghana_saved_email_trial_impellers",
     ["RG005", "RG010"],
     "buyer e-mail (saved as HTML): make the trial impellers, balance on hold until trial report sign-off and a written release 'from our side'; no quantity, no named release person",
     [("Trial impellers SP-09.html", html_page("Trial impellers SP-09", """
<table style="border:none">
<tr><td style="border:none"><b>From:</b></td><td style="border:none">Kofi Boateng &lt;kofi.boateng@asantegold.com.gh&gt;</td></tr>
<tr><td style="border:none"><b>Sent:</b></td><td style="border:none">Monday, 24 June 2024 10:41</td></tr>
<tr><td style="border:none"><b>To:</b></td><td style="border:none">Tony Liu &lt;tony.liu@taidapump.cn&gt;</td></tr>
<tr><td style="border:none"><b>Subject:</b></td><td style="border:none">Trial impellers SP-09 - PO 4500-7960</td></tr>
</table>
<hr>
<p>Dear Tony,</p>
<p>Please make the trial impellers for the wear test on slurry pump SP-09 under PO 4500-7960, same drawing as
before (AGF-SP-0314 rev C), Cr27.</p>
<p>The balance in your quotation stays on hold until the trial report is signed off and a written release
follows from our side.</p>
<p>Please confirm the ex-works date and send the MTC once the heat is poured.</p>
<p>Best regards,<br>Kofi Boateng<br>Purchasing Officer<br>Asante Gold Fields Ltd, Tarkwa<br>+233 31 255 0190</p>
<p style="font-size:10px;color:#777">This e-mail is confidential and intended solely for the addressee.
Asante Gold Fields Ltd accepts no liability for viruses.</p>
""", lang="en"))])

# p61 -- multi-file: complete sample PO DOCX + supplier production plan TXT (auto start, material for 18).
case("p61_canada_po_plus_supplier_plan_auto_start",
     ["RG006", "RG007"],
     "bundle: PO authorizes 2 trial impellers (16 on hold, written release by named); supplier plan starts series automatically after sign-off and has charge bought for 18",
     [("PO_7300-0702.docx", docx_bytes([
         ("h1", "Northern Shield Mining — Purchase Order 7300-0702"),
         ("p", "Date: 2024-07-02. Supplier: Kolhapur Alloy Castings Pvt Ltd. Quote KAC/Q/24/131 (18 impellers)."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit USD"],
                    ["1", "NSM-PMP-0230", "Impeller 8/6 E-AH Cr27, trial", "2", "3,120.00"]]),
         ("sp",),
         ("p", "Scope: 2 trial impellers only. The balance of 16 impellers is not released and stays on hold "
               "until the trial sign-off (1,000 h on pump P-311) and a written release by Greg Lindqvist, "
               "Supply Manager. Material authority: sample-only."),
         ("p", "Greg Lindqvist, Supply Manager"),
     ], author="Northern Shield Mining")),
      ("KAC_production_plan_NSM_jul24.txt",
       "KOLHAPUR ALLOY CASTINGS PVT LTD - PRODUCTION PLAN            Rev 3   05-07-2024\n"
       "Customer : NORTHERN SHIELD MINING (PO 7300-0702)\n"
       "Item     : IMPELLER 8/6 E-AH CR27  DWG NSM-PMP-0230\n"
       "--------------------------------------------------------------------------\n"
       "Wk  Activity                                   Qty   Remark\n"
       "27  Pattern check / core box                     -   existing pattern\n"
       "28  Pour trial                                   2   heat H-24-28xx\n"
       "30  Dispatch trial (air)                         2   BOM-YYZ\n"
       "36  Series pouring                              16   starts automatically after\n"
       "                                                     customer trial sign-off\n"
       "--------------------------------------------------------------------------\n"
       "Raw material : Cr27 charge for 18 pcs purchased (PR-4471, received 03-07-2024)\n"
       "Prepared     : R. Kulkarni (PPC)\n")])


# =================================================================== BUILD
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("_")


def _formats(fn, data):
    """Formats in one top-level file, including e-mail attachments (for the README counts)."""
    ext = fn.rsplit(".", 1)[-1].lower()
    found = {ext}
    if ext == "eml":
        from email import message_from_bytes
        msg = message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get_content_disposition() == "attachment" or ct == "message/rfc822":
                if ct == "message/rfc822":
                    found.add("rfc822")
                    continue
                name = (part.get_filename() or "").lower()
                if "." in name:
                    found.add(name.rsplit(".", 1)[-1])
    return found


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(6464).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    mapping = []
    for idx, ci in enumerate(order, start=1):
        c = CASES[ci]
        folder = f"h64_{idx:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping.append((folder, c["name"]))
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")

    # summary for the README
    from collections import Counter
    rules = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    top = Counter()
    contain = Counter()
    for c in CASES:
        fmts = set()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            top[fn.rsplit(".", 1)[-1].lower()] += 1
            fmts |= _formats(fn, data)
        for f in fmts:
            contain[f] += 1
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(contain.items())))
    print("multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
