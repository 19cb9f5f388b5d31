#!/usr/bin/env python3
"""Generator for the releasegate check_holdout134 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout134/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case order is shuffled with seed 134134.

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; the cases below were written independently for this corpus.
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
SEED = 134134
PREFIX = "h134"


def case(name, expect, note, files):
    """files: list of (filename, bytes | str)."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
def _latin1_check(s):
    # reportlab's standard fonts only cover Latin-1; keep PDFs free of missing glyphs
    bad = sorted({ch for ch in s if ord(ch) > 255})
    if bad:
        raise ValueError(f"non Latin-1 characters in PDF text: {bad!r} in {s[:60]!r}")


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    for b in blocks:
        kind = b[0]
        if kind in ("h", "h1", "p", "pre"):
            _latin1_check(b[1])
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
            for r in b[1]:
                for c in r:
                    _latin1_check(str(c))
            rows = [[Paragraph(escape(str(c)), ss["BodyText"]) for c in r] for r in b[1]]
            # column widths proportional to content (capped), so short identifiers are not wrapped
            avail = pagesize[0] - 100
            ncol = len(b[1][0])
            # minimum: the longest single word of the column must fit (about 6 pt per character)
            mins = [max(max((len(w) for w in str(r[j]).split()), default=1) for r in b[1]) * 6.0 + 14
                    for j in range(ncol)]
            need = [max(min(len(str(r[j])), 45) for r in b[1]) for j in range(ncol)]
            spare = max(avail - sum(mins), 0)
            widths = [m + spare * n / sum(need) for m, n in zip(mins, need)]
            t = Table(rows, hAlign="LEFT", colWidths=widths)
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


# ----------------------------------------------------------------- small helpers (new)
def quote(text, prefix="> "):
    """Quote a block of text the way mail clients do."""
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def text_to_html(text):
    """Very small plain-text-to-HTML for multipart/alternative bodies (keeps quotes as blockquote)."""
    out, inq = [], False
    for ln in text.split("\n"):
        if ln.startswith(">"):
            if not inq:
                out.append('<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;padding-left:6px">')
                inq = True
            out.append(escape(ln.lstrip(">").lstrip()) + "<br>")
        else:
            if inq:
                out.append("</blockquote>")
                inq = False
            out.append(escape(ln) + "<br>")
    if inq:
        out.append("</blockquote>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


# =================================================================== CASES
# Naming inside this file: cNN = clean (expect []), rNN = at least one risk.
# Parties (all fictional):
#   tier-1 buyers: Lindenau Sitzsysteme GmbH (Ingolstadt, DE), Hollmann Interieur GmbH (Zwickau, DE),
#     Trimex Liberec a.s. (CZ), Sedlak Automotive s.r.o. (Mlada Boleslav, CZ),
#     Interiores Navarra S.L. (Pamplona, ES), Asientos Vigo Sistemas S.A. (ES),
#     Asientos del Norte S.A. de C.V. (Ramos Arizpe, MX), Interiores Bajio S.A. de C.V. (Silao, MX),
#     Great Lakes Seating LLC (Auburn Hills, MI, US), Cumberland Interior Systems Inc. (Smyrna, TN, US)
#   tier-2 suppliers: Atlas Textile Covers SARL (Tangier, MA), Kenitra Injection Plastiques SA (MA),
#     Plastimold Arad SRL (RO), Carpatrim SRL (Sibiu, RO), Bursa Kopuk A.S. (foam, TR),
#     Nilufer Plastik A.S. (Bursa, TR), Ningbo Huayi Auto Parts Co. (CN), Suzhou Ruitong Fastener Co. (CN),
#     Moldeados Queretaro S.A. de C.V. (MX), Textiles Tecnicos de Puebla S.A. de C.V. (MX)

# ------------------------------------------------------------------ batch 1
# c01: supplier quote with tiers (PDF table) -- no authorization in the bundle
case("c01_quote_tiers_foam", [],
     "Supplier quote only: PS sample tier and an estimated annual series tier; no authorized quantity, nothing to release.",
     [("Teklif_Q-24-0871_BursaKopuk.pdf", pdf([
         ("h1", "BURSA KOPUK SANAYI VE TICARET A.S."),
         ("p", "Demirtas Organize Sanayi Bolgesi, 16245 Osmangazi / Bursa, Turkey - Tel +90 224 261 4400"),
         ("h", "Quotation / Teklif Q-24-0871 Rev. 1"),
         ("p", "Date: 14.03.2024    Customer: Asientos Vigo Sistemas S.A., Pol. Ind. Balaidos, 36210 Vigo (ES)"),
         ("p", "Attn.: Sra. Lucia Fernandez, Compras / Purchasing"),
         ("p", "Part: Seat cushion foam pad, front row, PN AVS-3301-0650 Rev C (drawing AVS-3301-0650 Rev C). "
               "Material: HR polyurethane foam, density 55 kg/m3, hardness 6,5 kPa per ISO 2439, "
               "flammability FMVSS 302 / ISO 3795 (burn rate < 100 mm/min)."),
         ("table", [
             ["Phase", "Quantity", "Unit price (EUR)", "Lead time"],
             ["PS samples, off-tool", "40 pcs", "38,50", "4 weeks after order"],
             ["Series (estimated annual volume)", "6.000 pcs / year", "11,20", "6 weeks after order"],
             ["Foaming tool, 2 cavities, aluminium", "1 set", "24.600,00", "10 weeks"],
             ["Packaging: returnable rack AVS-R12 (12 pads/rack)", "-", "included", "-"],
         ]),
         ("sp",),
         ("p", "Notes: The series quantity is the estimated annual volume given by the customer for price "
               "calculation only. It is not an order and it is not a commitment from either side. "
               "Prices EXW Bursa (Incoterms 2020), valid 90 days. Payment: tooling 30% with order, "
               "70% at PPAP sign-off; parts 60 days net."),
         ("p", "Quality: IATF 16949:2016 certified plant, PPAP level 3 included in sample price."),
         ("sp",),
         ("p", "Prepared by: Mehmet Yilmaz, Satis Muduru / Sales Manager"),
     ], title="Teklif Q-24-0871", author="Bursa Kopuk"))])

# c02: supplier question about going ahead (EML, text only) -- a question is not an approval
_m = mail("Ioana Munteanu <ioana.munteanu@carpatrim.ro>",
          "Jens Brandt <jens.brandt@lindenau-sitz.de>",
          "Headrest covers 5G0 881 901 - PPAP sign-off received / next step?",
          "Thu, 13 Jun 2024 10:42:00 +0300",
          "Dear Mr. Brandt,\n\n"
          "good news from Sibiu: the PPAP sign-off for the 20 sample covers came through yesterday, 12.06., "
          "from your SQE Mr. Weber (his mail with the signed PSW is in your inbox too).\n\n"
          "Before we plan anything on the sewing line I prefer to ask clearly: do we have your go-ahead "
          "for the remaining 480 covers, or should we wait for your written production release? "
          "We will not cut any fabric for the 480 until we hear from you.\n\n"
          "Material: we hold fabric and foam laminate only for the samples, as agreed in April.\n\n"
          "Logistics: if the release comes this month, first series delivery would be CW 28, "
          "DAP Ingolstadt, 20 covers per KLT 6429.\n\n"
          "Thank you and have a nice day,\n"
          "Cu stima,\n"
          + sig("Ioana Munteanu", "Key Account Manager Automotive", "Carpatrim SRL, Sibiu, Romania",
                "+40 269 555 120"))
case("c02_supplier_asks_goahead", [],
     "Supplier's question about the 480 balance after sample sign-off; a question authorizes nothing and no material was bought.",
     [("Headrest_covers_PPAP_next_step.eml", eml_bytes(_m))])

# c03: labelled forecast (EDI 830 printout)
_t = """GREAT LAKES SEATING LLC                               EDI 830 PLANNING SCHEDULE - PRINT
2800 University Dr, Auburn Hills, MI 48326            Printed: 2024-04-22 07:14 EDT  Page 1/1
=========================================================================================
Trading partner : NINGBO HUAYI AUTO PARTS CO LTD            Vendor no. 204417
Schedule no.    : PL-204417-2024-16                         Purpose (BFR01): 05 Replace
Horizon         : 2024-W18 .. 2024-W30                      Schedule type: PLANNING
Part            : GLS-88214-BZL  Bezel, HVAC outlet center, Piano Black (DRG 88214 Rev 07)
Ship-to         : GLS Plant 2, Lansing MI (dock 14)
-----------------------------------------------------------------------------------------
 WEEK      FST01 QTY   FST02  UOM   COMMENT
 2024-W18      1,200     D    EA    planning
 2024-W19      1,200     D    EA    planning
 2024-W20      1,440     D    EA    planning
 2024-W21      1,440     D    EA    planning
 2024-W22        960     D    EA    planning (plant shutdown Memorial Day)
 2024-W23-W26  5,760     D    EA    planning, monthly bucket
 2024-W27-W30  5,760     D    EA    planning, monthly bucket
-----------------------------------------------------------------------------------------
 TOTAL HORIZON           17,760 EA
 CUM RECEIVED (since 2024-01-01):      0 EA
-----------------------------------------------------------------------------------------
 NOTE: FST02 = D (PLANNING) ON EVERY LINE. THIS SCHEDULE IS A FORECAST FOR CAPACITY
 PLANNING ONLY. IT DOES NOT AUTHORIZE PRODUCTION, SHIPMENT, FABRICATION OR MATERIAL
 PURCHASE. PRODUCTION QUANTITIES ARE AUTHORIZED ONLY BY AN 862 SHIPPING SCHEDULE OR A
 WRITTEN RELEASE SIGNED BY DANA WHITFIELD, SUPPLY CHAIN MANAGER.
 Questions: edi.support@glseating.com / +1 248 555 0190
=========================================================================================
"""
case("c03_edi830_forecast", [],
     "Pure planning forecast (FST02=D on every line) that says it authorizes nothing; no authorization in the bundle.",
     [("EDI830_PL-204417-2024-16.txt", _t)])

# c04: SQE email: sample approved for fit check only; production not released (multipart/alternative)
_q = ("Megan,\nthe 25 off-tool samples arrived in Smyrna on Monday (UPS 1Z 88W 4E0 03 1000 2500). "
      "Please let us know the fit check results when you can.\n\nSaludos,\nAlejandro Ruiz\n"
      "Moldeados Queretaro")
_txt = ("Hi Alejandro,\n\n"
        "we ran the 25 off-tool samples through the fit check on the P702 buck yesterday. Gap and flush "
        "within spec at all 8 points, gloss 2.1 GU (spec <= 2.5), no sink marks on the A-surface. "
        "Nice work from the toolroom.\n\n"
        "To be very clear on status: sample approved for fit check only; production is not released. "
        "The PPAP package (PSW, dimensional layout, material certs, IMDS 9127884) still has to be signed "
        "by me, and after that Greg Halvorsen in Purchasing issues the written production release for "
        "the balance of 2,475 pcs. Until that release please keep the balance on hold and do not buy "
        "resin beyond what the 25 samples needed.\n\n"
        "Two small items for the PPAP file:\n"
        "1) the CMM report shows datum B on the wrong face on page 3, please re-issue;\n"
        "2) the color report should reference the master plaque CIS-CM-0412, not 0421.\n\n"
        "Thanks,\nMegan\n\n" + quote(_q) + "\n"
        + sig("Megan O'Rourke", "Supplier Quality Engineer", "Cumberland Interior Systems Inc., Smyrna, TN",
              "+1 615 555 0148"))
_m = mail("Megan O'Rourke <megan.orourke@cumberland-interior.com>",
          "Alejandro Ruiz <aruiz@moldeadosqro.com.mx>",
          "RE: PPAP L3 - armrest bezel CIS-40771 - fit check results",
          "Wed, 08 May 2024 16:20:00 -0500", _txt, html=text_to_html(_txt),
          cc="Greg Halvorsen <greg.halvorsen@cumberland-interior.com>",
          in_reply_to="<h134-q-0001@moldeadosqro.com.mx>")
case("c04_fitcheck_scoped", [],
     "'Sample approved for fit check only; production is not released', 25 samples, balance held until PPAP signature and Greg Halvorsen's written release.",
     [("RE_PPAP_L3_armrest_bezel_CIS-40771.eml", eml_bytes(_m))])

# c05: full-quantity prototype PO with 'proceed' (PDF, LETTER, table)
case("c05_full_qty_proto_po", [],
     "Full-quantity prototype PO (50 covers, no balance, nothing further under this PO); 'proceed with the 50 pcs' is scoped.",
     [("PO_4500220417_GLS.pdf", pdf([
         ("h1", "GREAT LAKES SEATING LLC - PURCHASE ORDER"),
         ("p", "PO number: 4500220417    Date: 2024-04-03    Buyer: Dana Whitfield    Terms: Net 45"),
         ("p", "Vendor: Textiles Tecnicos de Puebla S.A. de C.V., Av. 18 Poniente 4502, 72150 Puebla, Pue., Mexico "
               "(vendor no. 301188)"),
         ("p", "Ship to: GLS Prototype Shop, 2800 University Dr, Auburn Hills, MI 48326 - FCA Puebla, Incoterms 2020"),
         ("table", [
             ["Line", "Part / description", "Qty", "Unit", "Unit price USD", "Extended USD"],
             ["10", "GLS-55120-CVR-P  Prototype seat cover, 2nd row 60% back, cloth 'Graphite Tweed', VP build", "50", "EA", "42.80", "2,140.00"],
             ["20", "Freight and crating, one shipment", "1", "LOT", "310.00", "310.00"],
         ]),
         ("sp",),
         ("p", "Total: USD 2,450.00"),
         ("h", "Order notes"),
         ("p", "This PO covers the full quantity for the VP prototype build: fifty (50) covers. There is no balance "
               "and no follow-on quantity under this PO; any future series supply will be covered by a separate "
               "purchase order. Please proceed with the 50 pcs and ship by 2024-06-14."),
         ("p", "Quality: prototype covers to drawing GLS-55120 Rev B, seam allowance 10 mm +/- 1, thread Tex 70. "
               "Flammability per FMVSS 302. Label each cover with PO and line number."),
         ("p", "Send the order acknowledgement within 3 business days to purchasing@glseating.com."),
     ], pagesize=LETTER, title="PO 4500220417", author="Great Lakes Seating"))])

# c06: explicit recorded auto-conversion (DOCX with table)
case("c06_recorded_autoconversion", [],
     "Explicit recorded auto-conversion naming the quantity (1,176), the signer (Dr. Eva Schott), the conditions and the recording authority; clean.",
     [("Vereinbarung_Autokonversion_4500382210.docx", docx_bytes([
         ("h1", "Vereinbarung / Agreement - automatic production release after PSW"),
         ("p", "Lindenau Sitzsysteme GmbH, Ingolstadt  -  Atlas Textile Covers SARL, Tangier Automotive City"),
         ("p", "Reference: PO 4500382210, seat cover front left, fabric 'Tarn grau', PN 2K5 881 405 AB, drawing Rev 03."),
         ("table", [
             ["Item", "Agreed content"],
             ["Sample quantity released by the PO", "24 covers for the PS build (Vorserie)"],
             ["Balance", "1,176 covers - not released by the PO"],
             ["Recorded auto-conversion",
              "If and only if Dr. Eva Schott (SQE, Lindenau) signs the PSW with status 'approved' (not interim) "
              "on or before 30.09.2024, the quantity of 1,176 covers is released for production by that signature, "
              "without a further document."],
             ["Recorded by", "Jens Brandt, Head of Purchasing Interior (release authority for this order), on 02.05.2024"],
             ["If the condition is not met",
              "PSW interim, rejected, or signed after 30.09.2024: nothing is released; the balance then needs a "
              "written production release from Jens Brandt."],
             ["Material authority", "Sample-only until the auto-conversion takes effect."],
         ]),
         ("sp",),
         ("p", "Both parties keep a signed copy of this agreement with the PO. Changes only in writing."),
         ("p", "Ingolstadt / Tangier, 02.05.2024"),
         ("p", "Jens Brandt, Lindenau Sitzsysteme GmbH          Youssef El Amrani, Atlas Textile Covers SARL"),
     ], author="Jens Brandt"))])

# c07: supplier says the deposit does not release production (EML, quoted buyer scope)
_q = ("PO 4500217730 covers 20 T1 samples only. The balance of 9,980 pcs is not released; production "
      "release comes only after PPAP sign-off, in writing from me. Your deposit invoice will be paid this "
      "week.\n\nDana Whitfield\nSupply Chain Manager, Great Lakes Seating LLC")
_txt = ("Dear Dana,\n\n"
        "We received the 30% tooling deposit (USD 14,250.00) today, thank you.\n\n"
        "Please note: for us the deposit is for the tool only. The deposit does not release production. "
        "We will make only the 20 T1 samples under PO 4500217730 and wait for your written production "
        "release for the balance of 9,980 pcs after PPAP sign-off.\n\n"
        "Resin: we buy PC/ABS only for the 20 samples (about 6 kg including purge).\n"
        "T1 shot planned 2024-05-20, samples ETD Ningbo 2024-05-27 by courier (DHL acct 95 1000 2024).\n\n"
        "Best regards,\nChen Jing (Jenny)\nProject Manager, Ningbo Huayi Auto Parts Co., Ltd.\n"
        "No. 1888 Yinxian Avenue, Yinzhou District, Ningbo, China  Tel +86 574 8888 2046\n\n"
        "-----Original Message-----\nFrom: Dana Whitfield <dana.whitfield@glseating.com>\n"
        "Sent: Monday, May 6, 2024 9:03 AM\nSubject: PO 4500217730 - HVAC bezel T1 samples\n\n" + quote(_q) + "\n")
_m = mail("Chen Jing <jenny.chen@huayi-autoparts.cn>", "Dana Whitfield <dana.whitfield@glseating.com>",
          "RE: PO 4500217730 - HVAC bezel T1 samples - deposit received", "Wed, 08 May 2024 15:31:00 +0800",
          _txt, in_reply_to="<h134-q-0002@glseating.com>")
case("c07_deposit_not_release", [],
     "Supplier states the deposit does not release production, builds the 20 T1 samples only and buys resin for them only; buyer scope quoted is complete.",
     [("RE_PO_4500217730_deposit_received.eml", eml_bytes(_m))])

# r01: supplier pre-bought granulate for the full quantity (EML, quoted complete buyer scope)
_q = ("Dear Mr. Popescu,\n\nattached is PO 4500193377. It is for 50 off-tool samples (25 LH / 25 RH) for the "
      "PS build only. The remaining 3,550 of the 3,600 pcs quoted are not released. Release of the balance "
      "needs PPAP level 3 approval by our SQE and afterwards a written production release from me. "
      "Material authority: samples only.\n\nS pozdravem / Best regards\nPetra Horakova\n"
      "Purchasing Manager, Trimex Liberec a.s.")
_txt = ("Dear Mrs. Horakova,\n\n"
        "thank you for the PO. We confirm the 50 off-tool samples for PS, 25 LH + 25 RH, delivery CW 23 DAP Liberec.\n\n"
        "For your information, to protect the SOP in September we have already ordered the PP-T20 granulate "
        "(Hostacom, black 3G0) and the grain foil for the complete 3,600 pieces. The resin distributor in "
        "Italy has 10 weeks lead time at the moment and we did not want to lose the slot. The material is "
        "arriving in Arad next week and will stay in our warehouse.\n\n"
        "Tool status: T2 corrections on the clip towers are done, the texture (VW K31) is applied, "
        "we do the sampling shots on the 450 t Engel on Monday.\n\n"
        "Best regards / Cu stima,\nAndrei Popescu\nSales & Projects\n"
        "Plastimold Arad SRL, Str. Industriilor 14, 310375 Arad, Romania, +40 257 555 310\n\n"
        "On 27.05.2024 09:15, Petra Horakova wrote:\n" + quote(_q) + "\n")
_m = mail("Andrei Popescu <andrei.popescu@plastimold-arad.ro>",
          "Petra Horakova <petra.horakova@trimex-liberec.cz>",
          "RE: PO 4500193377 - door trim insert LH/RH - PS samples", "Tue, 28 May 2024 11:05:00 +0300",
          _txt, in_reply_to="<h134-q-0003@trimex-liberec.cz>")
case("r01_granulate_full_qty", ["RG006"],
     "Supplier ordered granulate and grain foil for all 3,600 pcs while only 50 samples are released and material authority is samples only.",
     [("RE_PO_4500193377_door_trim_insert.eml", eml_bytes(_m))])

# r02: Teams chat: supplier booked chemicals for the whole ramp and assumes series follows PSW
_t = """Microsoft Teams - chat export
Chat: AVS foam pads PS build / Bursa Kopuk
Participants: Lucia Fernandez (Asientos Vigo Sistemas), Iago Pereira (Asientos Vigo Sistemas, SQE), Mehmet Yilmaz (Bursa Kopuk)
Exported: 16/05/2024 18:02 CEST by Lucia Fernandez

[14/05/2024 09:12] Lucia Fernandez: Buenos días Mehmet. PO 4200118834 is out: 40 foam pads PN AVS-3301-0650 Rev C for the PS build, that's all for now. The other 5.960 of the annual 6.000 are not released. They need the PSW signed by Iago and after that a written release from me.
[14/05/2024 09:20] Mehmet Yilmaz: Günaydın Lucia, received, thank you. Tool is ready, we plan the 40 pads for next Tuesday.
[14/05/2024 09:21] Iago Pereira: Mehmet please add the density cut-outs (3 per pad, ISO 845) to the PPAP file, and hardness at 40% per ISO 2439.
[14/05/2024 09:35] Mehmet Yilmaz: ok Iago, noted 👍
[15/05/2024 16:02] Mehmet Yilmaz: Pads are demoulded, curing 24 h. Photos in the folder.
[16/05/2024 11:47] Mehmet Yilmaz: Also info: we booked MDI and polyol for the whole PS + SOP ramp already, the tanks are full 🙂 After your PSW the series starts anyway, so there is no risk for anybody.
[16/05/2024 11:58] Lucia Fernandez: Noted. I will come back to you after I speak with the plant.
[16/05/2024 12:03] Mehmet Yilmaz: 👌 shipment of the 40 pads Thursday by truck, CMR to follow.
"""
case("r02_teams_foam_chemicals", ["RG006", "RG007"],
     "Supplier booked chemicals for the whole PS+SOP ramp (only 40 pads released) and assumes the series starts after PSW without the written release.",
     [("Teams_AVS_foam_pads_PS.txt", _t)])

# r03: supplier reads deposit as release and buys resin for the full 20k (multipart/alternative)
_q = ("Jenny,\n\nPO 4500302261 covers the 20 T1 samples only. The balance of 19,980 pcs from your quote "
      "Q-HY-24-118 is not released. The production release comes in writing from me after PPAP sign-off by "
      "our SQE. The 30% tooling deposit will be paid against your invoice; that payment is for the tool.\n\n"
      "Tyler Brooks\nBuyer, Cumberland Interior Systems Inc.")
_txt = ("Dear Tyler,\n\n"
        "we received your tooling deposit 30% today, many thanks. So we consider the order released now.\n\n"
        "We have purchased the PC/ABS resin (Bayblend T85 XF, 3.2 ton) and the IMD film for the full 20k "
        "bezels, and line 3 will start moulding the series next week. T1 samples will be shipped separately "
        "by DHL on Friday as planned.\n\n"
        "Please send us the packaging instruction for the series (returnable tote or cardboard?).\n\n"
        "Best regards,\nChen Jing (Jenny)\nProject Manager\nNingbo Huayi Auto Parts Co., Ltd.\n\n"
        "From: Tyler Brooks\nSent: Friday, June 7, 2024 8:40 AM\nTo: Chen Jing\n"
        "Subject: PO 4500302261 - center stack bezel CIS-40912 - T1 samples\n\n" + quote(_q) + "\n")
_m = mail("Chen Jing <jenny.chen@huayi-autoparts.cn>", "Tyler Brooks <tyler.brooks@cumberland-interior.com>",
          "RE: PO 4500302261 - center stack bezel CIS-40912 - T1 samples", "Wed, 12 Jun 2024 17:12:00 +0800",
          _txt, html=text_to_html(_txt), in_reply_to="<h134-q-0004@cumberland-interior.com>")
case("r03_deposit_resin_20k", ["RG006", "RG012"],
     "Supplier treats the tooling deposit as the order being released and buys resin and film for 20k while only 20 T1 samples are released.",
     [("RE_PO_4500302261_center_stack_bezel.eml", eml_bytes(_m))])

# r05: supplier status report (DOCX, French-English): material for 12 000 and two different release figures
case("r05_status_report_yarn", ["RG006", "RG011"],
     "Supplier status report: yarn/laminate bought for 12 000 covers while the customer released only samples; report gives 48 and 60 as the released quantity.",
     [("Rapport_avancement_S19_InterioresNavarra.docx", docx_bytes([
         ("h1", "Rapport d'avancement projet / Project status report - semaine 19"),
         ("p", "Atlas Textile Covers SARL - Tangier Automotive City, Lot 112, 90000 Tanger, Maroc"),
         ("p", "Client / customer: Interiores Navarra S.L., Pamplona - Programme NV-B, housses de siège arrière "
               "(rear seat covers), PN INA-7720-115 / -116."),
         ("h", "Résumé / Summary"),
         ("p", "Bonjour à tous. The tooling for the lamination and the cutting dies are validated in our plant. "
               "The production release received from Interiores Navarra covers 60 covers for the PS build; "
               "they will be sewn in week 21 on line C."),
         ("p", "Pour sécuriser le SOP (start of production) we have launched the purchase of the yarn and of "
               "the foam laminate for 12 000 covers at our supplier in Portugal, order ACH-2024-118, delivery week 21."),
         ("table", [
             ["Point / item", "Statut / status", "Commentaire / comment"],
             ["Customer PO 4100-2231", "reçu / received", "48 PS covers (sample order); balance not released by the customer"],
             ["PPAP niveau 3", "en cours / in progress", "PSW planned week 22, IMDS 10559213 submitted"],
             ["Raw material", "commandé / ordered", "yarn + foam laminate for 12 000 covers (ACH-2024-118)"],
             ["Cutting dies", "OK", "2 dies, nesting 87 %"],
             ["Sewing line C", "OK", "12 operators trained"],
         ]),
         ("sp",),
         ("p", "Prochaine réunion / next call: Thursday 16.05., 10:00 CET (Teams)."),
         ("p", "Rédigé par / written by: Salma Benjelloun, Chef de projet"),
     ], author="Salma Benjelloun"))])

# r06: supplier portal page shows fabric bought for the full SOP volume (HTML)
_b = """
<h1>Carpatrim Supplier Hub</h1>
<p>Customer: <b>Lindenau Sitzsysteme GmbH</b>, Ingolstadt &nbsp;|&nbsp; Logged in: ioana.munteanu &nbsp;|&nbsp; 04.06.2024 08:55</p>
<h2>Order status - PO 4500382710 - headrest cover front, PN 5G0 881 901 B</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer release</td><td>36 pcs PS samples</td></tr>
<tr><td>Balance</td><td>not released by customer (needs PSW sign-off and a written release from Mr. J. Brandt)</td></tr>
<tr><td>Sewing</td><td>36 / 36 done, packed in KLT 6429</td></tr>
<tr><td>Material status - fabric 'Tarn grau'</td><td>2 400 m purchased and received (covers the full SOP volume)</td></tr>
<tr><td>Material status - foam laminate 3 mm</td><td>1 800 m purchased, delivery CW 24</td></tr>
<tr><td>Shipment</td><td>ASN 7700-112 planned 06.06.2024, truck RO-SB-31-CPT</td></tr>
</table>
<p class="note">Internal remark (planning): fabric and laminate bought early because the weaving mill announced an 8-week shutdown.</p>
<p>Carpatrim SRL &middot; Str. Dorobantilor 41, Sibiu &middot; IATF 16949 certificate 0418702</p>
"""
case("r06_portal_fabric_full_sop", ["RG006"],
     "Supplier portal: fabric and laminate purchased for the full SOP volume while the customer released 36 sample covers only.",
     [("Carpatrim_Hub_order_4500382710.html", html_page("Carpatrim Supplier Hub - PO 4500382710", _b))])

# r07: multi-file: buyer sample release (PDF, material sample-only) + supplier MRP printout (TXT)
_release = pdf([
    ("h1", "CUMBERLAND INTERIOR SYSTEMS INC."),
    ("p", "1400 Enon Springs Rd, Smyrna, TN 37167 - Purchasing"),
    ("h", "Sample release SR-2024-0112"),
    ("p", "Supplier: Moldeados Queretaro S.A. de C.V., Parque Industrial El Marques, Qro., Mexico"),
    ("p", "Date: 2024-05-13    Reference PO: 4500301975    Part: CIS-40780 console side bezel, grain MT-11010"),
    ("table", [
        ["Item", "Quantity", "Status"],
        ["PS samples (PPAP level 3)", "40 pcs", "released - build now"],
        ["Balance of quoted volume", "3,960 pcs", "NOT released - do not start"],
        ["Material authority", "sample-only", "material for the 40 samples only, at buyer liability"],
    ]),
    ("sp",),
    ("p", "The balance of 3,960 pcs is not released. It is released only by a written production release from "
          "Greg Halvorsen, Commodity Buyer, after PPAP sign-off by Megan O'Rourke (SQE)."),
    ("p", "Any resin, colorant or packaging bought beyond the 40 samples is at the supplier's own risk."),
    ("p", "Greg Halvorsen, Commodity Buyer - greg.halvorsen@cumberland-interior.com"),
], pagesize=LETTER, title="Sample release SR-2024-0112", author="Cumberland Interior Systems")
_mrp = """MOLDEADOS QUERETARO SA DE CV                 SISTEMA ERP - REPORTE MRP / COMPRAS GENERADAS
Planta El Marques, Qro.                       Fecha: 20/05/2024 06:30   Usuario: JHERNANDEZ
====================================================================================================
Cliente: CUMBERLAND INTERIOR SYSTEMS     Ref. cliente: SR-2024-0112 / PO 4500301975
Articulo: CIS-40780  BISEL LATERAL CONSOLA  (grano MT-11010)        Peso pieza: 182 g
----------------------------------------------------------------------------------------------------
 OC PROVEEDOR  MATERIAL                          CANT.      UM   CUBRE PIEZAS  ENTREGA     ESTATUS
 OC-24-05512   PC/ABS CYCOLOY C1200HF negro      780        KG   4,000         27/05/2024  COLOCADA
 OC-24-05513   Masterbatch negro MB-9011         16         KG   4,000         27/05/2024  COLOCADA
 OC-24-05514   Caja corrugada 600x400x300        100        PZA  4,000         03/06/2024  COLOCADA
 OC-24-05515   Bolsa VCI 500x700                 4,000      PZA  4,000         03/06/2024  COLOCADA
----------------------------------------------------------------------------------------------------
 Comentario planeacion: se compra material para volumen completo (4,000 pzs) por tiempo de entrega
 de resina 6 semanas. Muestras PPAP (40 pzs) se corren con material en stock.
====================================================================================================
"""
case("r07_release_plus_mrp", ["RG006"],
     "Buyer's release is 40 samples with sample-only material authority; the supplier's MRP printout shows resin and packaging purchased for 4,000 pcs.",
     [("SR-2024-0112_sample_release.pdf", _release), ("MRP_compras_CIS-40780.txt", _mrp)])

# r08: supplier took the forecast as firm and bought material for it (EML, quoted buyer)
_q = ("Hello Mr. Kaya,\n\nsample release: 30 PS map pocket panels under PO 4500488120 (delivery KW 26). "
      "The balance is not released - the production release comes only after PSW sign-off, in writing "
      "from me.\n\nForecast Q3 (for your capacity planning only, non-binding, not released): 9.600 pcs.\n\n"
      "Mit freundlichen Grüßen\nFrank Hübner\nEinkauf Interieur, Hollmann Interieur GmbH, Zwickau")
_txt = ("Dear Mr. Hübner,\n\n"
        "thank you, the 30 PS panels are in production and will be ready on 21.06.\n\n"
        "Your forecast shows 9.600 pcs for Q3. We have taken this as firm and already bought the PP "
        "granulate and the needle-punch carpet laminate for the 9.600, because the carpet supplier in "
        "Gaziantep gives 7 weeks now. Like this we are safe for your ramp-up.\n\n"
        "We will send the invoice for the PS panels with the shipment.\n\n"
        "Saygılarımla / Best regards\nEmre Kaya\nKey Account Manager\n"
        "Nilüfer Plastik A.Ş., Nilüfer OSB, Bursa, Türkiye  +90 224 555 7711\n\n"
        "---- Hollmann Interieur GmbH, Frank Hübner wrote on 03.06.2024 ----\n" + quote(_q) + "\n")
_m = mail("Emre Kaya <emre.kaya@niluferplastik.com.tr>", "Frank Hübner <frank.huebner@hollmann-interieur.de>",
          "AW: PO 4500488120 Kartentasche / map pocket - PS", "Mon, 10 Jun 2024 09:25:00 +0300",
          _txt, in_reply_to="<h134-q-0005@hollmann-interieur.de>")
case("r08_forecast_firm_material", ["RG006", "RG008"],
     "Supplier takes a labelled non-binding forecast (9.600) as firm and buys granulate and laminate for it while only 30 PS panels are released.",
     [("AW_PO_4500488120_map_pocket.eml", eml_bytes(_m))])

# r09: supplier ack with a different sample quantity and an assumed roll into series (EML)
_q = ("Hi Kerem,\n\nPO 4500219904 is attached: fifty (50) foam pads PN GLS-61002-PAD for the PS build. The other "
      "1,950 of the quoted 2,000 are not released; they need PSW sign-off by our SQE and then a written "
      "production release from me.\n\nThanks,\nDana Whitfield\nSupply Chain Manager, Great Lakes Seating LLC")
_txt = ("Dear Dana,\n\n"
        "we confirm your PO 4500219904 for 60 pcs PS samples, delivery by air CW 24 to Auburn Hills.\n\n"
        "After your SQE signs PSW we continue directly with the serie of 2.000 pcs, no need for an extra "
        "paper, our planning is ready and the moulds are on the carousel.\n\n"
        "Foam spec: MDI based, 48 kg/m3, CLD 40% 5.2 kPa, tested per ASTM D3574.\n\n"
        "Best regards,\nKerem Aydın\nExport Sales\nBursa Köpük Sanayi ve Ticaret A.Ş.\n\n"
        "On Mon, May 27, 2024 at 4:10 PM Dana Whitfield <dana.whitfield@glseating.com> wrote:\n" + quote(_q) + "\n")
_m = mail("Kerem Aydin <kerem.aydin@bursakopuk.com.tr>", "Dana Whitfield <dana.whitfield@glseating.com>",
          "RE: PO 4500219904 - PS foam pads", "Tue, 28 May 2024 10:02:00 +0300", _txt,
          in_reply_to="<h134-q-0006@glseating.com>")
case("r09_ack_60_vs_50_roll", ["RG007", "RG011"],
     "Supplier confirms 60 PS samples against the buyer's fifty (50) and says the series follows PSW directly without an extra paper.",
     [("RE_PO_4500219904_PS_foam_pads.eml", eml_bytes(_m))])

# ------------------------------------------------------------------ batch 2
# r10: sample PO with a live series line and "continue after sample approval" (PDF table)
case("r10_po_series_line_continue", ["RG001", "RG003", "RG005", "RG007"],
     "PO lists 30 samples and a 1,200 series line with nothing marking it unreleased; 'upon sample approval continue with series'; no hold wording, nobody named to release.",
     [("OC_4600125530_AsientosNorte.pdf", pdf([
         ("h1", "ASIENTOS DEL NORTE S.A. DE C.V."),
         ("p", "Blvd. Industria 1200, Parque Industrial Santa Maria, 25903 Ramos Arizpe, Coah., Mexico"),
         ("h", "Orden de compra / Purchase order 4600125530"),
         ("p", "Fecha / date: 2024-04-15    Comprador / buyer: Lic. Fernanda Ibarra    Moneda: MXN    Pago: 60 dias"),
         ("p", "Proveedor / supplier: Moldeados Queretaro S.A. de C.V., Parque Industrial El Marques, Qro. (no. 110482)"),
         ("table", [
             ["Pos.", "No. parte / part no.", "Descripcion", "Cant.", "UM", "Precio unit.", "Entrega"],
             ["10", "ADN-2271-BZ", "Bisel palanca de cambios / shifter bezel - muestras off-tool, PPAP nivel 3", "30", "PZA", "185.00", "2024-05-20"],
             ["20", "ADN-2271-BZ", "Bisel palanca de cambios / shifter bezel - serie", "1,200", "PZA", "61.40", "segun programa"],
         ]),
         ("sp",),
         ("h", "Notas / notes"),
         ("p", "Upon sample approval supplier to continue with series quantity per delivery schedule."),
         ("p", "Material: PC/ABS Bayblend T65, color negro 9B9, textura MT-11020. Norma de flamabilidad FMVSS 302. "
               "Empaque: caja retornable ADN-K40 (40 pzas por caja)."),
         ("p", "Enviar confirmacion de pedido a compras@asientosdelnorte.com.mx dentro de 48 h."),
     ], title="OC 4600125530", author="Asientos del Norte"))])

# r11: Teams chat CZ buyer / RO supplier: unscoped 'good to run' and a buyer waiving her own written release
_t = """Microsoft Teams - chat export
Chat: Sedlak x Plastimold - door trim insert 3V0 867 011 (PS)
Exported 11.06.2024 17:40 by Pavel Dvorak
------------------------------------------------------------------------
[03.06.2024 08:31] Pavel Dvořák (Sedlák Automotive): Dobrý den Andrei, PO 4500611208 is in your mailbox. It is for 36 PS door trim inserts, 18 LH and 18 RH. The balance of 2.364 pcs is not released. The rest only with PPAP sign-off by Lukáš Marek and afterwards my written release.
[03.06.2024 08:40] Andrei Popescu (Plastimold Arad): Hello Pavel, received, thank you. Sampling shots on Thursday.
[03.06.2024 08:41] Lukáš Marek (Sedlák Automotive): Andrei, please measure the clip towers 100% on the 36, and put the colour masters (L*a*b*, D65/10°) into the PPAP folder.
[06.06.2024 15:12] Andrei Popescu (Plastimold Arad): Colour masters uploaded, dE 0,4 vs. plaque SA-CM-220. Photos in the folder /PS/colour.
[06.06.2024 15:30] Pavel Dvořák (Sedlák Automotive): Super, colour looks fine, good to run.
[06.06.2024 15:33] Andrei Popescu (Plastimold Arad): 👍
[11.06.2024 10:05] Andrei Popescu (Plastimold Arad): The PS parts are packed. Question: when your lab confirms colour, what do we do with the press? It is booked for you until end of month.
[11.06.2024 10:20] Pavel Dvořák (Sedlák Automotive): When the colour masters pass at our lab just keep the press running for the rest, no need to wait for paper from me. We are late for SOP anyway.
[11.06.2024 10:22] Andrei Popescu (Plastimold Arad): OK understood, we keep it running.
"""
case("r11_teams_good_to_run_keep_running", ["RG002", "RG007"],
     "Buyer's unscoped 'good to run', and later tells the supplier to keep running the rest once the lab passes colour, waiving his own written release.",
     [("Teams_Sedlak_Plastimold_door_insert.txt", _t)])

# r12: PPAP checklist with an SQE remark that rolls into series (DOCX table)
case("r12_ppap_checklist_roll", ["RG007"],
     "Sample order and PPAP checklist with complete scope, but the SQE remark says the supplier rolls straight into the 2,970 after PSW with no separate paper.",
     [("Musterbestellung_PPAP_Checkliste_4500390015.docx", docx_bytes([
         ("h1", "Musterbestellung und PPAP-Checkliste / Sample order and PPAP checklist"),
         ("p", "Lindenau Sitzsysteme GmbH, Werk Ingolstadt - Lieferant / supplier: Kenitra Injection Plastiques SA, "
               "Zone Franche Atlantic Free Zone, Kenitra, Maroc"),
         ("p", "PO 4500390015 - Blende Sitzverstellung / seat adjuster bezel, PN 8W0 881 325 C, drawing rev 05, "
               "material PP-TD20, grain VW K31."),
         ("h", "Scope of this order"),
         ("p", "This PO releases 30 PS bezels for the pre-series build (PS) only. The balance of 2,970 bezels is not "
               "released. The production release for the balance follows after PSW approval, in writing from "
               "Jens Brandt (Head of Purchasing Interior)."),
         ("h", "PPAP level 3 checklist"),
         ("table", [
             ["#", "Element", "Required", "Status", "Remark"],
             ["1", "Part Submission Warrant (PSW)", "yes", "open", "sign by SQE"],
             ["2", "Dimensional results (100% of 5 parts)", "yes", "open", "CMM report incl. clip towers"],
             ["3", "Material test results / IMDS", "yes", "submitted", "IMDS 10604472"],
             ["4", "Appearance approval report (AAR)", "yes", "open", "grain gloss 1,6 GU max."],
             ["5", "Process flow, PFMEA, control plan", "yes", "submitted", "-"],
             ["6", "Initial process study (Cpk >= 1,67)", "yes", "open", "on 3 characteristics"],
             ["7", "Packaging approval", "yes", "open", "KLT 4314, 60 pcs per KLT"],
         ]),
         ("sp",),
         ("p", "Remark SQE (M. Weber, 22.05.2024): After PSW approval Kenitra rolls straight into series supply of "
               "the 2,970 bezels, no separate paper needed - please plan the moulding capacity accordingly."),
         ("p", "Ingolstadt, 22.05.2024 - Markus Weber, Lieferantenqualität / Supplier Quality"),
     ], author="Markus Weber"))])

# r13: supplier portal order confirmation: mass production triggered automatically (HTML)
_b = """
<div style="background:#0b3d6b;color:#fff;padding:8px"><b>RUITONG FASTENER</b> &middot; Customer Order Center</div>
<h2>Order confirmation SO-2405-0331</h2>
<table>
<tr><th>Customer</th><td>Asientos del Norte S.A. de C.V., Ramos Arizpe (MX)</td></tr>
<tr><th>Customer PO</th><td>4600120877 (sample order)</td></tr>
<tr><th>Item</th><td>W-clip for seat back panel, POM black, RT-W0815-B (customer PN ADN-5508-CL)</td></tr>
<tr><th>Sample quantity</th><td>200 pcs</td></tr>
<tr><th>Estimated annual volume</th><td>250,000 pcs (customer forecast, for information only, not ordered)</td></tr>
<tr><th>Sample ETD</th><td>2024-05-24, Shanghai PVG, by air</td></tr>
<tr><th>Status</th><td>Sample stage - tool T1 done</td></tr>
</table>
<h3>Next step</h3>
<p class="note">Mass production will be triggered automatically after customer sample approval. No further PO is needed; our planning department will schedule the first lot as soon as the approval is received in this portal.</p>
<p>Suzhou Ruitong Fastener Co., Ltd. &middot; No. 55 Jinfeng Road, Suzhou New District &middot; ISO 9001:2015 / IATF 16949:2016</p>
"""
case("r13_portal_mass_production_auto", ["RG007"],
     "Supplier portal says mass production is triggered automatically by sample approval, no further PO; no recorded auto-conversion.",
     [("Ruitong_order_SO-2405-0331.html", html_page("Order confirmation SO-2405-0331", _b))])

# r14: buyer: advance paid so the series is authorized; after Quality's sign-off start the rest (multipart/alternative)
_q = ("Jorge:\n\nOC 4600118230: 15 fundas muestra (sample seat covers) PN ADN-3310-FD for the PS build. The balance "
      "of 2,985 covers is not released. Release only after PPAP sign-off, with a written release from Ing. Rodrigo "
      "Salinas, Gerente de Compras.\n\nSaludos,\nAna Lucia Trevino\nCompradora, Asientos del Norte")
_txt = ("Jorge, buenas tardes.\n\n"
        "Ya quedó pagado el anticipo del 50% (herramental y serie), so since the advance is paid the series is "
        "authorized from our side, you can start cutting. And as soon as Calidad signs off the 15 samples, "
        "arrancan con el resto directly, no need to wait for Rodrigo's paper.\n\n"
        "Por favor confirm the ship date for the 15 samples, the PS build in Ramos is on the 24th.\n\n"
        "Gracias,\nAna Lucía\n\n"
        "El lun, 6 may 2024 a las 12:10, Ana Lucia Trevino escribió:\n" + quote(_q) + "\n"
        + sig("Ana Lucía Treviño", "Compradora / Buyer", "Asientos del Norte S.A. de C.V.", "+52 844 555 0172"))
_m = mail("Ana Lucia Trevino <altrevino@asientosdelnorte.com.mx>",
          "Jorge Medina <jmedina@textilespuebla.com.mx>",
          "RE: OC 4600118230 fundas muestra PS", "Thu, 16 May 2024 17:45:00 -0600", _txt,
          html=text_to_html(_txt), in_reply_to="<h134-q-0007@asientosdelnorte.com.mx>")
case("r14_anticipo_and_roll", ["RG007", "RG012"],
     "Buyer says the paid advance authorizes the series, and that the rest starts as soon as Quality signs off, bypassing the named written release.",
     [("RE_OC_4600118230_fundas_muestra.eml", eml_bytes(_m))])

# r15: supplier order confirmation: 20 PS samples and the 2 000 batch 'follows immediately after approval' (PDF)
case("r15_ack_batch_follows", ["RG001", "RG007"],
     "Supplier confirms 20 PS samples and states the 2 000 production batch follows immediately after sample approval; the 2 000 is not marked unreleased.",
     [("Confirmare_comanda_4100-2240.pdf", pdf([
         ("h1", "CARPATRIM SRL"),
         ("p", "Str. Dorobantilor 41, 550231 Sibiu, Romania - CUI RO 18822041 - IATF 16949"),
         ("h", "Confirmare de comanda / Order confirmation OC-CP-24-0417"),
         ("p", "Customer: Interiores Navarra S.L., Poligono Landaben, Calle E, 31012 Pamplona (ES)"),
         ("p", "Your PO: 4100-2240 of 22.04.2024    Our reference: Ioana Munteanu    Date: 24.04.2024"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR", "Delivery"],
             ["1", "Armrest cover rear centre, vinyl 'Nappa black', PN INA-7731-020, PS samples", "20 pcs", "29,00", "CW 20, DAP Pamplona"],
         ]),
         ("sp",),
         ("p", "We confirm your PO 4100-2240 for twenty (20) PS samples as above."),
         ("p", "The production batch of 2 000 pcs will follow immediately after your sample approval, so that the "
               "SOP in CW 27 is safe. Please inform us about the packaging for the series (rack or KLT)."),
         ("p", "General terms: Carpatrim general conditions of sale, edition 2023. Payment 60 days."),
         ("p", "Best regards, Ioana Munteanu, Key Account Manager"),
     ], title="Order confirmation OC-CP-24-0417", author="Carpatrim"))])

# r16: WhatsApp export: supplier bought hides for the whole programme, buyer confirms roll into series
_t = """WhatsApp Chat with Youssef El Amrani (Atlas Textile Covers)
Export by Sabine Keller, 12.06.24

[03.06.24, 09:14:22] Sabine Keller: Guten Morgen Youssef, PO 4500451190 is out. 24 covers for the PS build only - headrest covers leather, PN 7L6 881 901 500. The rest (1.176) is not released until PPAP ok and my written release.
[03.06.24, 09:31:05] Youssef El Amrani: Bonjour Sabine, bien reçu 👍 merci
[03.06.24, 09:32:40] Youssef El Amrani: Info: we already ordered the leather hides for the full programme, the tannery in Fès has a very long delay this summer
[03.06.24, 09:40:11] Sabine Keller: ok. Please send the PS covers by airfreight, the build is 20.06.
[07.06.24, 16:02:57] Youssef El Amrani: Samples cut and sewn, 24 pcs, photos follow
[07.06.24, 16:03:30] Youssef El Amrani: <Media omitted>
[07.06.24, 16:05:12] Youssef El Amrani: Inchallah after the validation of the samples we continue with the serie directly, c'est logique
[07.06.24, 16:20:44] Sabine Keller: Yes, that's the plan.
[07.06.24, 16:21:02] Youssef El Amrani: Parfait 🙏
"""
case("r16_whatsapp_hides_serie", ["RG006", "RG007"],
     "Supplier ordered hides for the full programme with only 24 covers released, and assumes the series follows sample validation; buyer agrees against her own written-release rule.",
     [("WhatsApp_Chat_Atlas_Textile_Covers.txt", _t)])

# r17: multi-file: SAP PO printout says 20 samples, buyer's release letter says 25
_sap = """INTERIORES BAJIO SA DE CV                                   SAP ME23N - IMPRESION DE PEDIDO
Carretera Silao-Leon km 3.5, 36118 Silao, Gto.              Fecha impresion: 08.05.2024 10:12
==============================================================================================
Pedido / PO      : 4500771020          Clase: NB          Org. compras: IB10   Grupo: M21
Proveedor        : 110482  MOLDEADOS QUERETARO SA DE CV
Comprador        : Lic. Fernanda Ibarra   tel. +52 472 555 0140
----------------------------------------------------------------------------------------------
Pos  Material        Texto breve                               Cantidad  UM   Precio    Fecha ent.
00010 IB-4471-AV     Rejilla aire acond. / AC vent bezel,        20     PZA  212.00    27.05.2024
                     muestras off-tool, PPAP nivel 3
----------------------------------------------------------------------------------------------
Texto de cabecera:
 Pedido de muestras. Esta OC cubre solo las 20 muestras off-tool para el build PS.
 El balance de la cotizacion COT-MQ-24-051 (3,000 pzas) NO esta liberado.
 La liberacion del balance requiere firma del PPAP (PSW) y liberacion por escrito de
 Lic. Fernanda Ibarra, Compras.
==============================================================================================
"""
_letter = pdf([
    ("h1", "INTERIORES BAJIO S.A. DE C.V."),
    ("p", "Compras / Purchasing - Carretera Silao-Leon km 3.5, Silao, Gto., Mexico"),
    ("h", "Carta de liberacion de muestras / Sample release letter"),
    ("p", "Silao, 09.05.2024    Para: Moldeados Queretaro S.A. de C.V., Ing. Alejandro Ruiz"),
    ("p", "Referencia: PO 4500771020 - AC vent bezel IB-4471-AV, DRG IB-4471 Rev D"),
    ("p", "Por medio de la presente liberamos 25 muestras off-tool (twenty-five) for the PS build, delivery by 27.05.2024 "
          "to our plant in Silao, dock 3."),
    ("p", "The balance of the quoted 3,000 pcs is not released. It will only be released in writing by the "
          "undersigned after PPAP sign-off (PSW)."),
    ("p", "Atentamente, Lic. Fernanda Ibarra, Compras"),
], title="Carta de liberacion PO 4500771020", author="Interiores Bajio")
case("r17_sap_po_vs_letter", ["RG011"],
     "The SAP PO printout authorizes 20 off-tool samples; the buyer's release letter for the same PO releases 25.",
     [("SAP_ME23N_4500771020.txt", _sap), ("Carta_liberacion_4500771020.pdf", _letter)])

# r18: email body says 40 covers, attached PO says 48 (EML with PDF attachment)
_po = pdf([
    ("h1", "ASIENTOS VIGO SISTEMAS S.A."),
    ("p", "Pol. Ind. Balaidos, Avda. Citroen s/n, 36210 Vigo (Pontevedra), Spain - CIF A36055218"),
    ("h", "Pedido de compra / Purchase order 4200119560"),
    ("p", "Fecha: 20/05/2024    Proveedor: Carpatrim SRL, Sibiu (RO)    Compradora: Lucia Fernandez"),
    ("table", [
        ["Pos.", "Referencia", "Descripcion", "Cantidad", "Precio EUR", "Entrega"],
        ["10", "AVS-4410-HC", "Funda reposacabezas / headrest cover, tejido 'Atlantic grey', muestras PS", "48", "22,40", "sem. 24"],
    ]),
    ("sp",),
    ("p", "Alcance / scope: only the sample quantity of this PO is released. The series balance is not released; "
          "it needs PPAP sign-off and a written production release from Lucia Fernandez (Compras)."),
    ("p", "Condiciones generales de compra AVS, edicion 2022. Pago a 60 dias."),
], title="Pedido 4200119560", author="Asientos Vigo Sistemas")
_txt = ("Hola Ioana,\n\n"
        "please find attached our PO 4200119560 for the headrest covers. Please make the 40 covers for the "
        "PS build and ship them in week 24 to Vigo; the series balance stays on hold as written in the PO "
        "until PPAP sign-off and my written production release.\n\n"
        "Fabric: 'Atlantic grey' lot 24-118 from Tessitura Monti, certificate already sent. Seam: double "
        "topstitch 3,5 mm.\n\n"
        "Un saludo,\nLucía\n"
        + sig("Lucía Fernández", "Compradora - Interior", "Asientos Vigo Sistemas S.A.", "+34 986 555 214"))
_m = mail("Lucia Fernandez <lucia.fernandez@asientosvigo.es>", "Ioana Munteanu <ioana.munteanu@carpatrim.ro>",
          "PO 4200119560 - headrest covers PS", "Mon, 20 May 2024 13:14:00 +0200", _txt,
          attachments=[("PO_4200119560.pdf", _po, PDF_MT)])
case("r18_body_40_pdf_48", ["RG011"],
     "Email body asks for 40 PS covers while the attached PO for the same order states 48.",
     [("PO_4200119560_headrest_covers_PS.eml", eml_bytes(_m))])

# r19: sample order DOCX: text says twelve (12), table says 16
case("r19_docx_twelve_vs_16", ["RG011"],
     "Sample order text authorizes twelve (12) bezels; its own table line authorizes 16.",
     [("Objednavka_vzorku_4500198804.docx", docx_bytes([
         ("h1", "Objednávka vzorků / Sample order 4500198804"),
         ("p", "Trimex Liberec a.s., Nákup / Purchasing, Průmyslová 1190, 460 01 Liberec, Czech Republic"),
         ("p", "Supplier: Nilüfer Plastik A.Ş., Nilüfer OSB, Bursa, Turkey - Attn. Mr. Emre Kaya"),
         ("p", "Dear Mr. Kaya, with this sample order we release twelve (12) injection-moulded bezels for the 0S build "
               "(zero series). The rest of the quoted volume is not released. The production release follows "
               "only after PPAP level 3 approval by our SQE Tomáš Beneš, in writing by me."),
         ("table", [
             ["Pos.", "Part number", "Description", "Qty", "Price EUR", "Delivery"],
             ["10", "TL-6120-BZ-01", "Bezel, window switch, PC/ABS, soft-touch paint", "16", "14,80", "KW 25, DAP Liberec"],
         ]),
         ("sp",),
         ("p", "Drawing TL-6120 rev. 04, paint specification PV 3952 / PV 1303, IMDS required."),
         ("p", "S pozdravem / Best regards"),
         ("p", "Petra Horáková, Purchasing Manager"),
     ], author="Petra Horakova"))])

# r20: multi-file: DELJIT printout says week 32 = 300, the planner's email says 250
_edi = """SEDLAK AUTOMOTIVE S.R.O. - DELJIT / VDA 4915 CALL-OFF PRINT             Page 1/1
Plant: Mlada Boleslav, unloading point MB-07        Printed 29.07.2024 06:05
==========================================================================================
Supplier      : 204881 PLASTIMOLD ARAD SRL
Scheduling agreement: 5500-0241       Call-off no.: 031      Date: 29.07.2024
Part          : SA-3V0-867-011-B  door trim insert LH, black (DRG 3V0 867 011 rev G)
Call-offs issued and signed by: Katerina Vlckova, Material Planner
------------------------------------------------------------------------------------------
 ZONE        WEEK      QTY     CUM      STATUS
 FIXED       2024-31    280    4,480    released - ship
 FIXED       2024-32    300    4,780    released - ship
 FORECAST    2024-33    300    5,080    forecast - NOT released
 FORECAST    2024-34    320    5,400    forecast - NOT released
 FORECAST    2024-35-38 1,280  6,680    forecast - NOT released
------------------------------------------------------------------------------------------
 Production released: fixed zone only (weeks 31-32). Forecast weeks are not released;
 they become released only with the next call-off.
 Material authority (raw, staged at buyer liability): up to cum 5,400.
 Last receipt: ASN 88120 / 276 pcs / 25.07.2024    Cum received: 4,200
==========================================================================================
"""
_txt = ("Dear Mr. Popescu,\n\n"
        "as per today's call-off no. 031, week 32 is 250 pcs for the LH insert (SA-3V0-867-011-B). Week 31 "
        "stays at 280. Please ship both weeks as usual on Tuesday, truck to unloading point MB-07.\n\n"
        "Weeks 33 and later are forecast and not released; they come with the next call-off from me.\n\n"
        "Děkuji a hezký den,\nKateřina Vlčková\nMaterial Planner, Sedlák Automotive s.r.o.\n"
        "Tř. Václava Klementa 869, 293 01 Mladá Boleslav, +420 326 555 318\n")
_m = mail("Katerina Vlckova <katerina.vlckova@sedlak-automotive.cz>",
          "Andrei Popescu <andrei.popescu@plastimold-arad.ro>",
          "Call-off 031 / SA 5500-0241 - door trim insert LH", "Mon, 29 Jul 2024 07:30:00 +0200", _txt)
case("r20_deljit_300_vs_mail_250", ["RG011"],
     "Call-off printout releases 300 for week 32; the planner's email about the same call-off says week 32 is 250.",
     [("DELJIT_5500-0241_031.txt", _edi), ("Call-off_031_door_trim_insert.eml", eml_bytes(_m))])

# r21: tier-1 supplier portal: authorized 80 vs 'deliver the 100'; 'Released' for drawing, PO and production
_b = """
<h1>Interiores Bajío &middot; Portal de Proveedores</h1>
<p>Proveedor: <b>Moldeados Querétaro S.A. de C.V.</b> (110482) &nbsp;|&nbsp; Vista: pedido</p>
<h2>PO 4500771388 - glovebox latch bezel IB-5520-GB</h2>
<table>
<tr><th>Item</th><th>Status</th><th>Detail</th></tr>
<tr><td>Drawing IB-5520 Rev C</td><td>Released</td><td>Engineering, 02.05.2024</td></tr>
<tr><td>Purchase order 4500771388</td><td>Released</td><td>Commercial, 06.05.2024 (workflow step 3/3)</td></tr>
<tr><td>Authorized quantity (PS)</td><td>80 pcs</td><td>pre-series build Silao, CW 27</td></tr>
<tr><td>Series balance</td><td>Not released</td><td>needs PPAP sign-off and a written production release from Lic. Fernanda Ibarra</td></tr>
</table>
<h3>Mensaje del comprador</h3>
<p class="note">Alejandro, please deliver the 100 PS parts by CW 27 to dock 3, with the PPAP level 3 file on the first pallet. Gracias, Fernanda</p>
<p style="font-size:11px;color:#666">Interiores Bajío S.A. de C.V. &middot; Silao, Gto. &middot; Este portal no sustituye las condiciones generales de compra.</p>
"""
case("r21_portal_80_vs_100_released", ["RG009", "RG011"],
     "Portal authorizes 80 PS parts while the buyer's message asks for 100; 'Released' is used for the drawing, the PO and production.",
     [("Portal_Proveedores_PO_4500771388.html", html_page("Portal de Proveedores - PO 4500771388", _b, lang="es"))])

# r22: release letter: ninety-six (96) in the text, 69 in the table (PDF)
case("r22_letter_96_vs_69", ["RG011"],
     "Release letter text releases ninety-six (96) foam pads; the table in the same letter gives 69.",
     [("Release_letter_0S_foam_pads_SA.pdf", pdf([
         ("h1", "SEDLAK AUTOMOTIVE S.R.O."),
         ("p", "Purchasing - Tr. Vaclava Klementa 869, 293 01 Mlada Boleslav, Czech Republic"),
         ("h", "Release letter - 0S build foam pads"),
         ("p", "To: Bursa Kopuk Sanayi ve Ticaret A.S., Mr. Kerem Aydin        Date: 18.06.2024"),
         ("p", "Reference: PO 4500612290, seat back foam pad SA-5E0-881-775, drawing rev 02"),
         ("p", "With this letter we release ninety-six (96) foam pads for the 0S build (zero series) in Mlada Boleslav. "
               "Delivery CW 28, DAP, in returnable racks SA-R08."),
         ("table", [
             ["Part", "Build", "Released qty", "Delivery"],
             ["SA-5E0-881-775", "0S", "69", "CW 28"],
         ]),
         ("sp",),
         ("p", "The balance of the series volume is not released. It will be released only after PSW sign-off, in "
               "writing by Ing. Jan Novak, Head of Purchasing."),
         ("p", "Ing. Pavel Dvorak, Project Buyer"),
     ], title="Release letter 0S foam pads", author="Sedlak Automotive"))])

# r23: email says 250 clips, attached DOCX sample PO conditions say 200
_doc = docx_bytes([
    ("h1", "Sample PO conditions - PO 4500302877"),
    ("p", "Cumberland Interior Systems Inc., Smyrna, TN - Supplier: Suzhou Ruitong Fastener Co., Ltd."),
    ("table", [
        ["Field", "Value"],
        ["Part", "CIS-7710-CLP  push-pin clip, door trim, POM black"],
        ["Quantity released now", "200 pcs PPAP samples"],
        ["Balance", "not released"],
        ["Unlock event", "PPAP sign-off (PSW) by Megan O'Rourke, then written production release"],
        ["Release authority", "Tyler Brooks, Buyer"],
        ["Material authority", "sample-only"],
    ]),
    ("sp",),
    ("p", "Ship by air, Incoterms FCA Shanghai PVG, AWB to Smyrna receiving."),
], author="Tyler Brooks")
_txt = ("Hi Lily,\n\n"
        "attached are the sample PO conditions for PO 4500302877. We need 250 clips for PPAP and the "
        "insertion-force study at the Smyrna lab, ETA before June 21 please. Balance stays on hold until "
        "PSW and my written release.\n\n"
        "Insertion force target 35-60 N, extraction > 120 N, test per CIS-TS-0310.\n\n"
        "Thanks,\nTyler\n"
        + sig("Tyler Brooks", "Buyer, Interior Components", "Cumberland Interior Systems Inc., Smyrna, TN",
              "+1 615 555 0163"))
_m = mail("Tyler Brooks <tyler.brooks@cumberland-interior.com>", "Lily Zhou <lily.zhou@ruitong-fastener.cn>",
          "PO 4500302877 - push-pin clip samples", "Tue, 04 Jun 2024 08:50:00 -0500", _txt,
          attachments=[("Sample_PO_conditions_4500302877.docx", _doc, DOCX_MT)])
case("r23_body_250_docx_200", ["RG011"],
     "Buyer's email asks for 250 sample clips; the attached sample PO conditions release 200.",
     [("PO_4500302877_push-pin_clip_samples.eml", eml_bytes(_m))])

# c08: call-off with explicit staged material authority above the released quantity (PDF)
case("c08_staged_material_authority", [],
     "40 PS covers released, balance 2,960 held until PSW and Frank Huebner's written release; explicit staged material authority for 1,000 covers at buyer liability.",
     [("Abruf_Material_Freigabe_4500489031.pdf", pdf([
         ("h1", "HOLLMANN INTERIEUR GMBH"),
         ("p", "Einkauf Interieur - Werdauer Strasse 120, 08060 Zwickau, Germany"),
         ("h", "Call-off and material authority - PO 4500489031"),
         ("p", "Supplier: Carpatrim SRL, Sibiu (RO)      Date: 14.05.2024      Part: HI-2210-SC seat cover rear bench, fabric 'Merino anthrazit'"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Production release (PS build)", "40 covers", "released - sew and ship CW 22"],
             ["Balance of quoted volume", "2,960 covers", "not released"],
             ["Material authority", "staged, up to 1,000 covers", "fabric and foam laminate at buyer's liability"],
         ]),
         ("sp",),
         ("p", "Material authority: because of the 9-week lead time of the fabric, Carpatrim may buy and stage fabric "
               "and foam laminate for up to 1,000 covers. Hollmann is liable for this staged material if the "
               "programme is cancelled. This authority covers material only; it does not release any sewing beyond the 40 covers."),
         ("p", "The balance of 2,960 covers is released only by a written production release from Frank Huebner, "
               "Einkauf Interieur, after PSW sign-off."),
         ("p", "Frank Huebner, Einkauf Interieur"),
     ], title="Call-off and material authority 4500489031", author="Hollmann Interieur"))])

# ------------------------------------------------------------------ batch 3
# r26: Teams chat: tooling invoice paid, so "you're good to run"
_t = """Microsoft Teams - external chat export
Chat: GLS / Huayi - door switch bezel GLS-77301 PS
Exported: 2024-06-19 17:12 EDT (Dana Whitfield)

[2024-06-10 08:02] Dana Whitfield (Great Lakes Seating): Morning Kevin. PO 4500221150 went out Friday: 36 PS door switch bezels, GLS-77301, for the PS build on 7/8. The rest waits for PPAP sign-off and my written release.
[2024-06-10 20:15] Kevin Liu (Ningbo Huayi): Good morning Dana, received with thanks. T1 samples already shot, we do CMM tomorrow.
[2024-06-12 09:40] Jason Miller (Great Lakes Seating, SQE): Kevin, please include the gloss readings (60°) and the scratch test per GMW14688 in the PPAP file.
[2024-06-12 21:02] Kevin Liu (Ningbo Huayi): OK Jason, will do.
[2024-06-14 21:30] Kevin Liu (Ningbo Huayi): Dana, one question: our finance says the tooling invoice INV-HY-24-0611 is still open. Can you check?
[2024-06-18 10:12] Dana Whitfield (Great Lakes Seating): Checked with AP - tooling invoice got paid this morning, so you're good to run.
[2024-06-18 21:05] Kevin Liu (Ningbo Huayi): Great, thank you Dana! We arrange the production.
"""
case("r26_teams_invoice_paid_good_to_run", ["RG002", "RG012"],
     "Buyer ties 'you're good to run' to the tooling invoice being paid; the approval names no quantity and payment is read as production authority.",
     [("Teams_GLS_Huayi_door_switch_bezel.txt", _t)])

# r27: PO with a down-payment clause that authorizes series production (PDF)
case("r27_po_downpayment_clause", ["RG012"],
     "Complete sample scope, but the payment terms say the supplier may start series production once the tooling down payment is received.",
     [("Bestellung_4500488733_Hollmann.pdf", pdf([
         ("h1", "HOLLMANN INTERIEUR GMBH - BESTELLUNG / PURCHASE ORDER"),
         ("p", "Bestellnummer / PO: 4500488733    Datum: 06.05.2024    Einkauf: Frank Huebner    Lieferant: Nilufer Plastik A.S., Bursa (TR), Nr. 700912"),
         ("table", [
             ["Pos.", "Teil / part", "Bezeichnung", "Menge", "Preis EUR", "Termin"],
             ["10", "HI-3340-TB", "Tuerbrueststuetze / door bolster trim, PS-Muster", "30 ST", "19,60", "KW 24"],
             ["20", "HI-3340-TB-W", "Spritzgiesswerkzeug 1+1 / injection tool", "1 ST", "48.500,00", "KW 22"],
         ]),
         ("sp",),
         ("h", "Umfang / scope"),
         ("p", "This PO releases 30 PS samples only. The series balance (quoted 4.470 pcs per year) is not released. "
               "The production release for the balance follows after PSW sign-off, in writing from Frank Huebner."),
         ("h", "Zahlungsbedingungen / payment terms"),
         ("p", "Tool: 30% down payment with order confirmation, 70% after PSW sign-off. With receipt of the tooling "
               "down payment the supplier is authorised to start series production. Parts: 60 days net."),
         ("p", "Es gelten die Einkaufsbedingungen der Hollmann Interieur GmbH, Stand 01/2023. Gerichtsstand Zwickau."),
     ], title="Bestellung 4500488733", author="Hollmann Interieur"))])

# r28: supplier reads the advance payment as permission to launch the complete lot (EML, quoted buyer)
_q = ("Dear Mr. Popescu,\n\nPO 4500194020 covers 24 PS samples of the glovebox lid GL-2210 only. The balance "
      "of 1,176 pcs is not released. The production release comes only after PPAP level 3 sign-off by "
      "Tomas Benes, in writing from me. The advance payment for the tool modification is being processed "
      "by our accounting.\n\nBest regards\nPetra Horakova\nPurchasing Manager, Trimex Liberec a.s.")
_txt = ("Dear Mrs. Horakova,\n\n"
        "thank you for the advance payment received today (EUR 7.800,00, ref. TL-AP-24-0588).\n"
        "We understand from this that we can launch the complete lot, so we have planned the press for "
        "next week and the PS samples come out of the same run.\n\n"
        "Packing: 12 pcs per KLT 6428, 8 KLT per pallet.\n\n"
        "Best regards / Cu stima,\nAndrei Popescu\nPlastimold Arad SRL\n\n"
        "-------- Original message --------\nFrom: Petra Horakova <petra.horakova@trimex-liberec.cz>\n"
        "Date: 03.06.2024 14:02\nSubject: PO 4500194020 glovebox lid - PS samples\n\n" + quote(_q) + "\n")
_m = mail("Andrei Popescu <andrei.popescu@plastimold-arad.ro>",
          "Petra Horakova <petra.horakova@trimex-liberec.cz>",
          "RE: PO 4500194020 glovebox lid - PS samples", "Wed, 12 Jun 2024 16:48:00 +0300", _txt,
          in_reply_to="<h134-q-0008@trimex-liberec.cz>")
case("r28_advance_launch_lot", ["RG012"],
     "Supplier reads the advance payment as permission to launch the complete lot; the quoted buyer scope (24 PS, balance held, Tomas Benes / Petra Horakova) is complete.",
     [("RE_PO_4500194020_glovebox_lid.eml", eml_bytes(_m))])

# r29: multi-file: sample PO referencing an attached supplier quote that shows the series quantity
_po = pdf([
    ("h1", "ASIENTOS VIGO SISTEMAS S.A."),
    ("p", "Pol. Ind. Balaidos, Avda. Citroen s/n, 36210 Vigo (Pontevedra), Spain"),
    ("h", "Pedido de compra / Purchase order 4200120114"),
    ("p", "Fecha: 03/06/2024    Proveedor: Bursa Kopuk Sanayi ve Ticaret A.S., Bursa (TR)    Compras: Lucia Fernandez"),
    ("table", [
        ["Pos.", "Referencia", "Descripcion", "Cantidad", "Precio EUR", "Entrega"],
        ["10", "AVS-3320-0810", "Espuma reposacabezas / headrest foam, PS samples", "20", "31,00", "sem. 26"],
    ]),
    ("sp",),
    ("p", "Sample order for the PS build. Prices and conditions per your quotation Q-24-0950 (attached)."),
    ("p", "Entrega DAP Vigo, planta 2. Certificado de materiales y PPAP nivel 3 con las piezas."),
    ("p", "Condiciones generales de compra AVS, edicion 2022."),
], title="Pedido 4200120114", author="Asientos Vigo Sistemas")
_quote = pdf([
    ("h1", "BURSA KOPUK SANAYI VE TICARET A.S."),
    ("h", "Quotation Q-24-0950"),
    ("p", "Date: 21.05.2024    Customer: Asientos Vigo Sistemas S.A., Sra. Lucia Fernandez"),
    ("p", "Part: headrest foam AVS-3320-0810, PU foam 45 kg/m3, insert moulded with steel rod 10 mm."),
    ("table", [
        ["Item", "Quantity", "Unit price EUR", "Lead time"],
        ["PS samples", "20 pcs", "31,00", "3 weeks"],
        ["Series", "4.000 pcs", "8,90", "5 weeks"],
        ["Tooling", "1 set", "18.900,00", "8 weeks"],
    ]),
    ("sp",),
    ("p", "Prices EXW Bursa. Validity 60 days. Payment 60 days net."),
    ("p", "Kerem Aydin, Export Sales"),
], title="Quotation Q-24-0950", author="Bursa Kopuk")
case("r29_po_with_quote_series", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 20 pcs bundled with the quote showing a 4.000 series quantity; nothing says the series is not released, what unlocks it or who releases it.",
     [("Pedido_4200120114_AVS.pdf", _po), ("Q-24-0950_BursaKopuk.pdf", _quote)])

# r30: buyer's supplier portal: ordered 2 400, released 16, release contact named, no event, no hold wording (HTML)
_b = """
<h1>TRIMEX LIBEREC a.s. &ndash; Supplier Portal</h1>
<p>Supplier: <b>Kenitra Injection Plastiques SA</b> (vendor 88417) &middot; Language: EN &middot; Date: 21.05.2024</p>
<h2>Purchase order 4500196650</h2>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Ordered</th><th>Released</th><th>Delivered</th><th>Due</th></tr>
<tr><td>10</td><td>TL-8801-BZ</td><td>Bezel, gear selector, PC/ABS piano black, rev 03</td><td>2 400</td><td>16 (PS samples)</td><td>0</td><td>CW 24</td></tr>
</table>
<p>Production release contact: Petra Horáková, Purchasing Manager (petra.horakova@trimex-liberec.cz)</p>
<p>Incoterms: DAP Liberec. Packaging: KLT 4314 with ESD bag, 40 pcs per KLT. Label VDA 4902.</p>
<p style="color:#666;font-size:11px">Trimex Liberec a.s. &middot; Průmyslová 1190, 460 01 Liberec &middot; IATF 16949</p>
"""
case("r30_portal_ordered_2400_released_16", ["RG001", "RG003", "RG004"],
     "Portal shows 2 400 ordered beside 16 released with nothing saying the rest is not released and no unlock event; a release contact is named.",
     [("TrimexPortal_PO_4500196650.html", html_page("Trimex Supplier Portal - PO 4500196650", _b))])

# r31: buyer forwards the supplier quote (message/rfc822) and asks for the 20 samples; nothing about the balance
_inner = mail("Laura Sanchez <lsanchez@textilespuebla.com.mx>", "Ricardo Mendoza <rmendoza@interioresbajio.com.mx>",
              "Cotizacion COT-TTP-24-088 fundas de cabecera", "Tue, 07 May 2024 12:30:00 -0600",
              "Ing. Mendoza, buenas tardes:\n\nAdjuntamos nuestra cotización para las fundas de cabecera IB-6630-FC:\n\n"
              "  - Muestras PS: 20 pzas a MXN 640.00, entrega 3 semanas\n"
              "  - Serie: 3,000 pzas a MXN 212.00, entrega 5 semanas después de la orden\n"
              "  - Herramental de corte (suajes): MXN 38,000.00\n\n"
              "Tela 'Cuarzo gris' de nuestro stock, costura doble 3.5 mm.\n\n"
              "Saludos cordiales,\nLaura Sánchez\nVentas, Textiles Técnicos de Puebla S.A. de C.V.\n")
_txt = ("Jorge, buen día.\n\n"
        "Forwarding Laura's quote so the plant has the reference. Please build the 20 samples per the quote "
        "below for the PS build in Silao, delivery 5 June to dock 3. Dimensional report and the fabric "
        "certificate with the parts, please.\n\n"
        "Gracias,\nRicardo\n"
        + sig("Ing. Ricardo Mendoza", "Comprador de proyecto", "Interiores Bajío S.A. de C.V., Silao, Gto.",
              "+52 472 555 0133"))
_m = mail("Ricardo Mendoza <rmendoza@interioresbajio.com.mx>", "Jorge Medina <jmedina@textilespuebla.com.mx>",
          "Fwd: Cotizacion COT-TTP-24-088 fundas de cabecera", "Mon, 13 May 2024 09:05:00 -0600", _txt,
          cc="Laura Sanchez <lsanchez@textilespuebla.com.mx>", attachments=[("rfc822", _inner)])
case("r31_fwd_quote_build_20", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer forwards the quote (20 samples / 3,000 series) and orders the 20 samples; nothing says the 3,000 is not released, what unlocks it or who releases it.",
     [("Fwd_Cotizacion_COT-TTP-24-088.eml", eml_bytes(_m))])

# r32: ERP PO printout (German) with a dated series line beside the sample line
_t = """LINDENAU SITZSYSTEME GMBH                                      BESTELLUNG / PURCHASE ORDER
Am Westpark 8, 85057 Ingolstadt                                Druck: 24.05.2024 07:42
=============================================================================================
Bestellnummer : 4500383105         Bestelldatum: 24.05.2024      Waehrung: EUR
Lieferant     : 301477 CARPATRIM SRL, Str. Dorobantilor 41, RO-550231 Sibiu
Ansprechpartner Einkauf: Jens Brandt, Tel. +49 841 555 2210
Lieferbedingung: DAP Ingolstadt Werk 1, Tor 4 (Incoterms 2020)   Zahlung: 60 Tage netto
---------------------------------------------------------------------------------------------
Pos  Material          Bezeichnung                                Menge     ME  Preis     Termin
0010 5G0 881 905 A     Kopfstuetzenbezug hinten / rear headrest      24     ST   27,50    KW 26
                       cover - Muster (PS), PPAP Stufe 3
0020 5G0 881 905 A     Kopfstuetzenbezug hinten - Serie           1.176     ST    9,85    KW 40
---------------------------------------------------------------------------------------------
Hinweise:
 - PPAP Stufe 3 (PSW, Masspruefbericht, IMDS) mit der Musterlieferung.
 - Stoff 'Tarn grau' gem. TL 1010 / PV 3900, Naht 3,5 mm Doppelsteppnaht.
 - Verpackung: KLT 6429, 20 ST je KLT, Label VDA 4902.
Es gelten unsere Einkaufsbedingungen Stand 2023 (www.lindenau-sitz.de/agb).
=============================================================================================
"""
case("r32_erp_po_sample_and_series_lines", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO with a 24-piece sample line and a dated 1.176 series line; nothing says the series line is not released, no unlock event, nobody named to release.",
     [("Bestellung_4500383105_Lindenau.txt", _t)])

# r35: buyer's bare "Please proceed" to a supplier asking whether they can go from PS parts to the series
_q = ("Hi Tyler,\n\nthe PS parts are moulded and the PPAP file is ready for upload, and Press 7 is free for the "
      "series from Monday. Can we proceed?\n\nRegards,\nCarlos Vega\nProgram Manager, Moldeados Queretaro")
_txt = ("Thanks Carlos, looks great. Please proceed.\n\nTyler\n\n"
        "On Thu, Jun 13, 2024 at 6:12 PM Carlos Vega <cvega@moldeadosqro.com.mx> wrote:\n" + quote(_q) + "\n"
        + sig("Tyler Brooks", "Buyer, Interior Components", "Cumberland Interior Systems Inc., Smyrna, TN",
              "+1 615 555 0163"))
_m = mail("Tyler Brooks <tyler.brooks@cumberland-interior.com>", "Carlos Vega <cvega@moldeadosqro.com.mx>",
          "RE: CIS-40955 cupholder bezel - PS parts done", "Fri, 14 Jun 2024 07:55:00 -0500", _txt,
          in_reply_to="<h134-q-0009@moldeadosqro.com.mx>")
case("r35_bare_please_proceed", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer answers 'Please proceed' to a supplier asking whether to go from PS parts to the series: no quantity, no scope, no hold, event or release person.",
     [("RE_CIS-40955_cupholder_bezel_PS_parts.eml", eml_bytes(_m))])

# r36: PPAP checklist using 'released' for lab, PO and production, ending 'approved - go ahead' (DOCX)
case("r36_ppap_released_everywhere_go_ahead", ["RG002", "RG009"],
     "Checklist uses 'released' for lab results, the PO and production, and closes with an unscoped 'approved - go ahead'.",
     [("PPAP_Checkliste_HI-3350_Nilufer.docx", docx_bytes([
         ("h1", "PPAP-Checkliste / PPAP checklist - HI-3350-DP door pocket panel"),
         ("p", "Hollmann Interieur GmbH, Lieferantenqualität - Lieferant: Nilüfer Plastik A.Ş., Bursa"),
         ("p", "Sample order PO 4500488870: 30 PS door pocket panels. The balance of 1,470 panels is not released; "
               "the production release follows after PSW sign-off, in writing from Frank Hübner (Einkauf)."),
         ("table", [
             ["Element", "Status", "Datum", "Bemerkung"],
             ["Dimensional report (5 parts, 100%)", "released", "11.06.2024", "all 48 characteristics OK"],
             ["Material lab (PP-T20, ash content, MFI)", "released", "12.06.2024", "lab report L-24-1182"],
             ["Appearance / grain K31", "released", "12.06.2024", "gloss 1,4 GU"],
             ["IMDS 10611903", "accepted", "10.06.2024", "-"],
             ["PO 4500488870", "released", "06.05.2024", "released in SAP by Einkauf"],
             ["Production release (balance 1,470)", "not released", "-", "written release F. Hübner after PSW"],
         ]),
         ("sp",),
         ("p", "Gesamtstatus / overall: approved - go ahead."),
         ("p", "Zwickau, 13.06.2024 - Stefan Lorenz, SQE"),
     ], author="Stefan Lorenz"))])

# r37: Teams chat: 'released' for PPAP, PO and production, then 'ok, proceed' to 'can we start?'
_t = """Microsoft Teams - chat export
Chat: GLS / Ruitong - seat trim clip GLS-90412 PPAP
Exported 2024-06-27 by Dana Whitfield

[2024-06-20 09:05] Dana Whitfield (Great Lakes Seating): Hi Lily, PO 4500221904 covers 500 PPAP sample clips GLS-90412. The balance of 149,500 is not released - production release comes in writing from me after PSW sign-off.
[2024-06-20 21:14] Lily Zhou (Suzhou Ruitong): Hi Dana, well received. Samples ready next Tuesday.
[2024-06-25 10:31] Jason Miller (Great Lakes Seating, SQE): PPAP is released ✔ insertion force 41 N avg, retention 152 N min. PSW signed.
[2024-06-25 10:40] Dana Whitfield (Great Lakes Seating): Thanks Jason. FYI Lily, the PO also got released in Coupa yesterday after the budget workflow.
[2024-06-25 10:41] Dana Whitfield (Great Lakes Seating): Production is not released yet.
[2024-06-25 21:02] Lily Zhou (Suzhou Ruitong): Thank you Dana. Can we start?
[2024-06-26 08:15] Dana Whitfield (Great Lakes Seating): ok, proceed.
[2024-06-26 20:47] Lily Zhou (Suzhou Ruitong): Received 🙏 we arrange.
"""
case("r37_teams_released_three_ways_proceed", ["RG002", "RG009"],
     "'Released' is used for the PPAP, the PO in Coupa and production; the buyer then answers 'Can we start?' with an unscoped 'ok, proceed'.",
     [("Teams_GLS_Ruitong_clip_PPAP.txt", _t)])

# r38: buyer turns the 830 forecast into a firm order (EML with TXT attachment)
_830 = """CUMBERLAND INTERIOR SYSTEMS INC - EDI 830 PLANNING SCHEDULE            printed 2024-06-24
Vendor: 110530 MOLDEADOS QUERETARO SA DE CV       Part: CIS-40610  cupholder bezel, black
Schedule no.: PL-110530-24-26     Horizon: 2024-W27 .. 2024-W39 (Q3)
------------------------------------------------------------------------------------------
 WEEK        QTY     FST02   NOTE
 2024-W27    1,600   D       planning
 2024-W28    1,600   D       planning
 2024-W29    1,800   D       planning
 2024-W30    1,800   D       planning
 2024-W31-35 8,000   D       planning, monthly bucket
 2024-W36-39 6,400   D       planning, monthly bucket
------------------------------------------------------------------------------------------
 TOTAL Q3    21,200 EA        FST02 = D (planning) on all lines
"""
_txt = ("Hola Alejandro,\n\n"
        "attached is this week's 830 for the cupholder bezel. Please treat these quantities as our firm order "
        "for Q3 (21,200 pcs in total) and plan your press time accordingly. Shipping schedules (862) will "
        "follow weekly as usual.\n\n"
        "Thanks,\nGreg\n"
        + sig("Greg Halvorsen", "Commodity Buyer - Plastics", "Cumberland Interior Systems Inc., Smyrna, TN",
              "+1 615 555 0177"))
_m = mail("Greg Halvorsen <greg.halvorsen@cumberland-interior.com>", "Alejandro Ruiz <aruiz@moldeadosqro.com.mx>",
          "CIS-40610 - 830 week 26", "Mon, 24 Jun 2024 08:10:00 -0500", _txt,
          attachments=[("830_PL-110530-24-26.txt", _830, "text/plain")])
case("r38_830_as_firm_order", ["RG008"],
     "Buyer tells the supplier to treat a planning 830 (FST02 = D on every line) as the firm order for Q3.",
     [("CIS-40610_830_week_26.eml", eml_bytes(_m))])

# r39: supplier: PO accepted in the portal = released to production; forecast booked as firm order
_q = ("Dear Mr. Kaya,\n\nplease find PO 4500489310 in our supplier portal: 40 PS armrest lids HI-5102-AL only. "
      "The balance is not released; the production release follows after PSW sign-off, in writing from me.\n\n"
      "For your capacity planning (non-binding forecast, not an order): 14.400 pcs in 2025.\n\n"
      "Freundliche Grüße\nSabine Keller\nEinkauf, Hollmann Interieur GmbH")
_txt = ("Dear Mrs. Keller,\n\n"
        "we accepted your PO 4500489310 in your portal this morning, so in our system the order is now released "
        "to production.\n\n"
        "Also your forecast of 14.400 pcs for 2025 we booked as a firm order, so the capacity on our 350 t line "
        "is reserved for Hollmann.\n\n"
        "The 40 PS lids will be shipped KW 27.\n\n"
        "Saygılarımızla,\nEmre Kaya\nNilüfer Plastik A.Ş.\n\n"
        "Von: Sabine Keller\nGesendet: Montag, 17. Juni 2024 11:20\nBetreff: PO 4500489310 armrest lid PS\n\n"
        + quote(_q) + "\n")
_m = mail("Emre Kaya <emre.kaya@niluferplastik.com.tr>", "Sabine Keller <sabine.keller@hollmann-interieur.de>",
          "AW: PO 4500489310 armrest lid PS", "Tue, 18 Jun 2024 10:40:00 +0300", _txt,
          in_reply_to="<h134-q-0010@hollmann-interieur.de>")
case("r39_accepted_po_released_forecast_firm", ["RG008", "RG012"],
     "Supplier treats its PO acceptance as release to production and books a labelled non-binding forecast as a firm order.",
     [("AW_PO_4500489310_armrest_lid.eml", eml_bytes(_m))])

# r40: delivery schedule that labels the yearly forecast a purchase commitment (PDF table)
case("r40_lieferplan_forecast_commitment", ["RG008"],
     "Delivery schedule releases the fixed zone correctly but calls the 2024 forecast of 4.800 a purchase commitment.",
     [("Lieferplan_5500-0312_KW27.pdf", pdf([
         ("h1", "LINDENAU SITZSYSTEME GMBH"),
         ("h", "Lieferplan / delivery schedule 5500-0312 - Abruf 014"),
         ("p", "Lieferant: Kenitra Injection Plastiques SA, Kenitra (MA)    Teil: 8W0 881 325 C Blende Sitzverstellung    Datum: 01.07.2024"),
         ("p", "Forecast 2024 - Abnahmeverpflichtung / purchase commitment: 4.800 ST"),
         ("table", [
             ["KW", "Menge / qty", "Status"],
             ["27", "200", "fix - released"],
             ["28", "200", "fix - released"],
             ["29-35", "1.400", "forecast"],
             ["36-44", "1.800", "forecast"],
             ["45-52", "1.200", "forecast"],
         ]),
         ("sp",),
         ("p", "Production released: fixed zone only (KW 27-28, 400 ST). Weeks 29 onwards are not released; they are "
               "released by the next Lieferabruf. Disponentin: Anja Seidel."),
         ("p", "Anlieferung: DAP Ingolstadt Werk 1, Tor 4, Zeitfenster 06:00-14:00. Labels VDA 4902."),
     ], title="Lieferplan 5500-0312", author="Lindenau Sitzsysteme"))])

# r41: buyer forecast page that presents forecast volumes as committed (HTML table)
_b = """
<h1>Great Lakes Seating &ndash; Supplier Collaboration</h1>
<p>Supplier: <b>Nilüfer Plastik A.Ş.</b> &middot; Part GLS-66120-BKP back panel map pocket, black &middot; Published 2024-07-08</p>
<h2>Volume outlook Q3/Q4 2024</h2>
<table>
<tr><th>Month</th><th>Forecast qty</th><th>Type</th></tr>
<tr><td>Aug 2024</td><td>3,200</td><td>committed</td></tr>
<tr><td>Sep 2024</td><td>3,600</td><td>committed</td></tr>
<tr><td>Oct 2024</td><td>4,000</td><td>committed</td></tr>
<tr><td>Nov 2024</td><td>4,000</td><td>committed</td></tr>
<tr><td>Dec 2024</td><td>2,400</td><td>committed</td></tr>
</table>
<p class="note">These forecast volumes are Great Lakes' committed volumes for the period &ndash; you can count on them when you plan capacity.</p>
<p>Shipping quantities are called off by 862 shipping schedule. Questions: Dana Whitfield, Supply Chain Manager.</p>
"""
case("r41_portal_forecast_committed", ["RG008"],
     "Buyer's forecast page presents the monthly forecast volumes as committed volumes the supplier can count on.",
     [("GLS_Collaboration_volume_outlook.html", html_page("GLS Supplier Collaboration - volume outlook", _b))])

# r42: buyer: unscoped 'green light' and forecast as commitment (multipart/alternative, quoted supplier)
_q = ("Marta, bonjour,\n\nthe 36 PS covers arrived in Pamplona yesterday. Do you have the measurement results "
      "from Inaki? Also, for our investment decision on the second sewing line, can you give us a view on H2?\n\n"
      "Cordialement,\nSalma Benjelloun\nAtlas Textile Covers")
_txt = ("Hola Salma,\n\n"
        "Iñaki measured the samples this morning: all dimensions OK, seams OK, flammability OK. You have the "
        "green light.\n\n"
        "On H2: our forecast for the Tangier line is 9,000 covers for H2 - take it as a commitment from us, "
        "you can plan on it.\n\n"
        "For the record, PO 4100-2255 covers the 36 PS covers; the series balance is not released and needs "
        "the PPAP sign-off and then my written production release.\n\n"
        "Saludos,\nMarta\n\n"
        "El 10/06/2024 a las 9:02, Salma Benjelloun escribió:\n" + quote(_q) + "\n"
        + sig("Marta Gil", "Responsable de Compras", "Interiores Navarra S.L., Pamplona", "+34 948 555 061"))
_m = mail("Marta Gil <marta.gil@interioresnavarra.es>", "Salma Benjelloun <s.benjelloun@atlas-textile.ma>",
          "RE: PS covers NV-B - results and H2 view", "Tue, 11 Jun 2024 12:25:00 +0200", _txt,
          html=text_to_html(_txt), cc="Inaki Etxeberria <inaki.etxeberria@interioresnavarra.es>",
          in_reply_to="<h134-q-0011@atlas-textile.ma>")
case("r42_green_light_forecast_commitment", ["RG002", "RG008"],
     "Buyer gives an unscoped 'you have the green light' and calls the H2 forecast of 9,000 covers a commitment; sample scope otherwise complete.",
     [("RE_PS_covers_NV-B_results_H2.eml", eml_bytes(_m))])

# ------------------------------------------------------------------ batch 4
# r43: 'released' for lab, SAP PO and production; release by an unnamed internal approval (EML)
_txt = ("Dear Mr. Popescu,\n\n"
        "short status from Zwickau on the door trim HI-3360-DT:\n\n"
        "- the 30 samples are released by our lab (Freigabe Labor 14.06., report L-24-1207);\n"
        "- the PO 4500489511 was released in SAP yesterday, so your invoice for the samples can be booked;\n"
        "- the balance of 1,470 pcs is not released. The production release for it follows after PSW and "
        "the internal approval in our company.\n\n"
        "Please keep the press plan for KW 30 open but do not start anything beyond the 30 samples.\n\n"
        "Mit freundlichen Grüßen\nSabine Keller\n"
        + sig("Sabine Keller", "Einkauf Interieur", "Hollmann Interieur GmbH, Zwickau", "+49 375 555 4120"))
_m = mail("Sabine Keller <sabine.keller@hollmann-interieur.de>", "Andrei Popescu <andrei.popescu@plastimold-arad.ro>",
          "HI-3360-DT door trim - status samples / PO", "Mon, 17 Jun 2024 15:02:00 +0200", _txt)
case("r43_released_by_lab_and_sap", ["RG005", "RG009"],
     "'Released' used for the lab result, the SAP PO and production; the balance release depends on 'internal approval in our company' with nobody named.",
     [("HI-3360-DT_status_samples_PO.eml", eml_bytes(_m))])

# r44: letter using 'approval' for sample, PO and series; series on hold 'until further notice' (PDF)
case("r44_approval_three_ways_until_further_notice", ["RG004", "RG009"],
     "'Approval' used for the sample, the PO and series production; the balance is on hold 'until further notice' with a decider named but no unlock event.",
     [("Letter_approval_status_SA-6R0-857.pdf", pdf([
         ("h1", "SEDLAK AUTOMOTIVE S.R.O."),
         ("p", "Purchasing - Tr. Vaclava Klementa 869, 293 01 Mlada Boleslav, Czech Republic"),
         ("h", "Approval status - air vent bezel SA-6R0-857-201"),
         ("p", "To: Nilufer Plastik A.S., Bursa - Mr. Emre Kaya        Date: 02.07.2024        PO 4500612410"),
         ("table", [
             ["Subject", "Status"],
             ["Sample approval", "granted for the 16 PS bezels (dimensions, colour, haptics)"],
             ["Commercial approval", "PO 4500612410 for 16 pcs granted"],
             ["Approval for series production (balance 2,384 pcs)", "not given - on hold until further notice"],
         ]),
         ("sp",),
         ("p", "Please do not start series production. Ing. Jan Novak, Head of Purchasing, decides on the series."),
         ("p", "Ing. Pavel Dvorak, Project Buyer"),
     ], title="Approval status SA-6R0-857-201", author="Sedlak Automotive"))])

# r45: WhatsApp-style chat: "make the PS pads as discussed", rest not started; no number, no event, nobody named
_t = """WhatsApp Chat with Mehmet Yilmaz (Bursa Kopuk)
Exported by Lucia Fernandez 28/06/2024

[24/06/2024, 08:55:10] Lucia Fernandez: Buenos días Mehmet! About the headrest foam AVS-3330-0415 for the new Vigo model
[24/06/2024, 08:55:41] Lucia Fernandez: make the PS pads as discussed on the call, ship by KW 34 to planta 2
[24/06/2024, 08:56:02] Lucia Fernandez: the rest: do not start it
[24/06/2024, 09:30:18] Mehmet Yilmaz: Günaydın Lucia 👍 ok. Same rod insert as the 0810 version?
[24/06/2024, 09:41:47] Lucia Fernandez: yes, same rod, 10 mm. Drawing AVS-3330-0415 rev B is in the folder
[24/06/2024, 09:42:30] Mehmet Yilmaz: Perfect, we start Monday
[27/06/2024, 17:05:03] Mehmet Yilmaz: <attached: 00000021-PHOTO-2024-06-27-17-05-03.jpg>
[27/06/2024, 17:05:40] Mehmet Yilmaz: first pads out of the tool, density 45 kg/m3 ✔
"""
case("r45_chat_ps_pads_as_discussed", ["RG004", "RG005", "RG010"],
     "Buyer orders 'the PS pads as discussed' with no quantity and says not to start the rest, but names no unlock event and nobody who releases it.",
     [("WhatsApp_Chat_Bursa_Kopuk_headrest_foam.txt", _t)])

# r46: samples only, balance on hold until further notice, release from me -- but no quantity (EML)
_txt = ("Hello Hicham,\n\n"
        "please run samples only for now on the new map light bezel CIS-41220 (drawing CIS-41220 rev A, "
        "PC/ABS, grain MT-11010). The balance is on hold until further notice. The release will come from me.\n\n"
        "Ship the samples by air to Smyrna, attention Megan O'Rourke, with the CMM report and the color "
        "report against master plaque CIS-CM-0412.\n\n"
        "Thanks,\nGreg\n"
        + sig("Greg Halvorsen", "Commodity Buyer - Plastics", "Cumberland Interior Systems Inc., Smyrna, TN",
              "+1 615 555 0177"))
_m = mail("Greg Halvorsen <greg.halvorsen@cumberland-interior.com>",
          "Hicham Tazi <h.tazi@kenitra-injection.ma>",
          "CIS-41220 map light bezel - samples", "Wed, 15 May 2024 10:20:00 -0500", _txt)
case("r46_samples_only_no_qty_further_notice", ["RG004", "RG010"],
     "'Run samples only for now' with no sample quantity; balance on hold 'until further notice' (no unlock event); release person is the named sender.",
     [("CIS-41220_map_light_bezel_samples.eml", eml_bytes(_m))])

# r47: release letter releases 'the PS quantity' without a number; identifiers look like quantities (PDF)
case("r47_letter_ps_quantity_no_number", ["RG010"],
     "Release letter releases 'the pre-series quantity' without stating it; only identifiers (5Q0 867 011 500, VDA 6.3, ISO 3795) look like numbers.",
     [("Release_letter_PS_5Q0867011500.pdf", pdf([
         ("h1", "TRIMEX LIBEREC A.S."),
         ("p", "Nakup / Purchasing - Prumyslova 1190, 460 01 Liberec, Czech Republic"),
         ("h", "Release letter - pre-series (PS)"),
         ("p", "To: Atlas Textile Covers SARL, Tangier Automotive City, Lot 112 - Mr. Youssef El Amrani        Date: 20.05.2024"),
         ("p", "Part: door panel fabric insert, PN 5Q0 867 011 500, fabric 'Leda grey', drawing rev 07, flammability ISO 3795, "
               "supplier audit VDA 6.3 (B-rated, 88 %)."),
         ("p", "With this letter we release the pre-series (PS) quantity for the part above, delivery CW 24 DAP Liberec."),
         ("p", "The series balance is not released. It will be released only after PSW sign-off by our SQE Tomas Benes, "
               "in writing by Petra Horakova, Purchasing Manager."),
         ("p", "Material authority: sample-only."),
         ("p", "Petra Horakova, Purchasing Manager"),
     ], title="Release letter PS 5Q0 867 011 500", author="Trimex Liberec"))])

# r48: sample order (DOCX, French-English) without any quantity
case("r48_commande_echantillons_no_qty", ["RG010"],
     "Sample order asks for 'the initial samples for the 0S phase according to the PPAP plan' but never states how many; hold, event and person are present.",
     [("Commande_echantillons_NV-C.docx", docx_bytes([
         ("h1", "Commande d'échantillons / Sample order - programme NV-C"),
         ("p", "Interiores Navarra S.L., Compras - Polígono Landaben, Calle E, 31012 Pamplona"),
         ("p", "À / to: Atlas Textile Covers SARL, Mme Salma Benjelloun, Chef de projet"),
         ("p", "Bonjour Salma, with this order please produce the initial samples for the 0S phase according to the "
               "PPAP plan, and deliver them with the PPAP level 3 file."),
         ("table", [
             ["Référence / part", "Description", "Phase", "Livraison / delivery"],
             ["INA-7740-210", "Housse dossier arrière 60% / rear backrest cover 60%", "0S", "semaine 30, DAP Pamplona"],
             ["INA-7740-211", "Housse dossier arrière 40% / rear backrest cover 40%", "0S", "semaine 30, DAP Pamplona"],
         ]),
         ("sp",),
         ("p", "The series balance is not released. It is released only after the PPAP sign-off, in writing by "
               "Marta Gil, Responsable de Compras. Material: samples only."),
         ("p", "Specifications: fabric per TL 1010 equivalent, flammability ISO 3795, seam strength ISO 13935-2."),
         ("p", "Saludos / cordialement, Marta Gil"),
     ], author="Marta Gil"))])

# r49: "please make the first-off samples" with no quantity; attached part data page (EML + HTML attachment)
_att = html_page("Part master data SA-3V0-885-405", """
<h2>Part master data &ndash; SA-3V0-885-405 seat cover front, 'Cord black'</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Drawing</td><td>3V0 885 405 rev D</td></tr>
<tr><td>Fabric</td><td>Cord black, 420 g/m&sup2;, laminated 3 mm foam</td></tr>
<tr><td>Seam</td><td>double topstitch 3.5 mm, thread Tex 70</td></tr>
<tr><td>Flammability</td><td>ISO 3795, TL 1010</td></tr>
<tr><td>Packing</td><td>KLT 6429, 50 per KLT, label VDA 4902</td></tr>
<tr><td>Plant / unloading point</td><td>Mlada Boleslav, MB-07</td></tr>
</table>""")
_txt = ("Hello Ioana,\n\n"
        "ok, please make the first-off samples of the new seat cover SA-3V0-885-405 and ship them to Mladá "
        "Boleslav when ready. Part data is attached.\n\n"
        "Děkuji,\nPavel\n"
        + sig("Ing. Pavel Dvořák", "Project Buyer", "Sedlák Automotive s.r.o., Mladá Boleslav", "+420 326 555 305"))
_m = mail("Pavel Dvorak <pavel.dvorak@sedlak-automotive.cz>", "Ioana Munteanu <ioana.munteanu@carpatrim.ro>",
          "SA-3V0-885-405 seat cover - first-off samples", "Thu, 23 May 2024 11:11:00 +0200", _txt,
          attachments=[("Part_master_data_SA-3V0-885-405.html", _att, "text/html")])
case("r49_first_off_samples_no_scope", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer asks for 'the first-off samples' with no quantity (only '50 per KLT' packing data), never says the series is not released, no event, nobody named.",
     [("SA-3V0-885-405_first-off_samples.eml", eml_bytes(_m))])

# r52: partial call-off against a scheduling agreement whose target quantity is shown, nothing else (TXT)
_t = """INTERIORES NAVARRA S.L.                     LLAMADA DE ENTREGA / DELIVERY CALL-OFF
Poligono Landaben, Calle E, 31012 Pamplona   Fecha: 04/03/2024
===========================================================================================
Proveedor / supplier : 70221  CARPATRIM SRL, Sibiu (RO)
Contrato marco / scheduling agreement : 5500-0877     Cantidad objetivo / target qty: 1.000 PZ
Material : INA-7731-020  Funda reposabrazos / armrest cover rear centre, vinyl 'Nappa black'
Llamada no. / call-off no.: 007
-------------------------------------------------------------------------------------------
 SEMANA / WEEK    CANTIDAD / QTY    LUGAR DE DESCARGA
 2024-12          200 PZ            Pamplona, muelle 2
-------------------------------------------------------------------------------------------
 Embalaje: rack IN-R20, 20 pz por rack. Etiqueta Odette. Transporte: a cargo del proveedor (DAP).
 Contacto logistica: logistica@interioresnavarra.es
===========================================================================================
"""
case("r52_calloff_200_of_1000", ["RG001", "RG003", "RG004", "RG005"],
     "Call-off for 200 shown beside the agreement's 1.000 target with nothing saying the rest is not released, no next-call-off or other event, nobody named.",
     [("Llamada_entrega_5500-0877_007.txt", _t)])

# c09: complete sample PO with table (PDF)
case("c09_complete_sample_po", [],
     "Complete sample PO: 20 samples, balance 3,980 not released, PPAP L3 sign-off plus Marta Gil's written release, sample-only material, quote volume labelled.",
     [("Pedido_4100-2262_InterioresNavarra.pdf", pdf([
         ("h1", "INTERIORES NAVARRA S.L."),
         ("p", "Compras - Poligono Landaben, Calle E, 31012 Pamplona (Navarra), Spain - CIF B31277450"),
         ("h", "Pedido de compra / Purchase order 4100-2262"),
         ("p", "Fecha: 27/05/2024    Proveedor: Atlas Textile Covers SARL, Tangier Automotive City (MA)    Responsable: Marta Gil"),
         ("table", [
             ["Pos.", "Referencia", "Descripcion", "Cantidad", "Precio EUR", "Entrega"],
             ["10", "INA-7725-300", "Funda asiento delantero / front seat cover, PS samples", "20", "46,00", "sem. 25"],
         ]),
         ("sp",),
         ("h", "Alcance del pedido / scope of this PO"),
         ("p", "1. Active quantity: this PO releases 20 sample covers for the PS build, nothing more."),
         ("p", "2. Balance: the remaining 3,980 covers of your quotation Q-ATC-24-061 (4,000 in total) are shown there for "
               "information only and are not released."),
         ("p", "3. What to do now: sew and ship the 20 samples with the PPAP level 3 file; do not start the balance."),
         ("p", "4. Unlock: the balance can only be released after PPAP level 3 sign-off, by a written production release "
               "from Marta Gil, Responsable de Compras."),
         ("p", "Material authority: sample-only (fabric and laminate for the 20 samples)."),
         ("p", "Condiciones generales de compra de Interiores Navarra, edicion 2023."),
     ], title="Pedido 4100-2262", author="Interiores Navarra"))])

# c10: supplier acknowledgement restating the hold, with a quoted chain (EML)
_q2 = ("Youssef,\n\nyes: 30 PS covers only for now. The other 2,970 are not released. Release only after PPAP "
       "sign-off, in writing from me. Fabric only for the 30, please.\n\nLucia")
_q1 = ("Dear Lucia, thank you for PO 4200120388. Just to be sure before we plan the cutting: is it only the 30 "
       "PS covers, or should we prepare also for the series? Youssef")
_txt = ("Dear Lucia,\n\n"
        "well noted, we confirm the scope of PO 4200120388 as written:\n"
        "  - 30 PS seat back covers AVS-4520-SB only, delivery week 27 DAP Vigo;\n"
        "  - the balance of 2,970 covers is not released; we wait for the PPAP sign-off and your written "
        "production release before cutting anything for it;\n"
        "  - fabric and laminate are bought for the 30 covers only.\n\n"
        "PPAP level 3 file will travel with the parts. Photos of the first covers on Thursday.\n\n"
        "Bien cordialement / Best regards,\nYoussef El Amrani\nDirecteur commercial\n"
        "Atlas Textile Covers SARL, Tangier Automotive City, Lot 112, Tanger, Maroc  +212 539 555 840\n\n"
        "Le 04/06/2024 à 16:40, Lucia Fernandez a écrit :\n" + quote(_q2) + "\n>\n"
        + quote("Le 04/06/2024 à 10:05, Youssef El Amrani a écrit :\n" + quote(_q1)) + "\n")
_m = mail("Youssef El Amrani <y.elamrani@atlas-textile.ma>", "Lucia Fernandez <lucia.fernandez@asientosvigo.es>",
          "RE: RE: PO 4200120388 - PS seat back covers", "Wed, 05 Jun 2024 09:12:00 +0100", _txt,
          in_reply_to="<h134-q-0012@asientosvigo.es>")
case("c10_ack_restates_hold", [],
     "Supplier acknowledgement restating the buyer's complete scope (30 PS, 2,970 not released, PPAP sign-off and Lucia's written release, fabric for 30).",
     [("RE_RE_PO_4200120388_PS_seat_back_covers.eml", eml_bytes(_m))])

# c11: PPAP interim disposition with quantity and date limits (DOCX table)
case("c11_ppap_interim_disposition", [],
     "Interim PPAP disposition limited to 300 pcs or 30.09.2024, stated as technical only; the 300 are covered by a named separate production release, balance held.",
     [("PPAP_Interim_Disposition_8W0881325C.docx", docx_bytes([
         ("h1", "PPAP interim disposition / Vorläufige Bemusterungsentscheidung"),
         ("p", "Lindenau Sitzsysteme GmbH, Lieferantenqualität - Supplier: Kenitra Injection Plastiques SA"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "8W0 881 325 C Blende Sitzverstellung, drawing rev 05"],
             ["PSW status", "interim (technical sample sign-off)"],
             ["Interim limits", "300 pcs or until 30.09.2024, whichever comes first"],
             ["Open points", "Cpk clip tower height 1,41 (target 1,67); gloss on cavity 2 at upper limit"],
             ["Corrective action due", "30.08.2024 (8D no. KIP-24-017)"],
         ]),
         ("sp",),
         ("p", "This interim disposition is a technical sample sign-off. It is not a production release and releases "
               "no quantity by itself."),
         ("p", "Production release for the 300 pcs within the interim limits: release FR-2024-031 of 03.07.2024, "
               "signed by Jens Brandt, Head of Purchasing Interior."),
         ("p", "The balance of 2,670 pcs is not released. It needs the full PSW sign-off (status approved) and a written "
               "production release from Jens Brandt."),
         ("p", "Ingolstadt, 03.07.2024 - Dr. Eva Schott, SQE"),
     ], author="Eva Schott"))])

# c12: SAP PO printout full of identifiers that look like quantities (TXT)
_t = """INTERIORES BAJIO SA DE CV                                    SAP ME23N - PURCHASE ORDER PRINT
Carretera Silao-Leon km 3.5, 36118 Silao, Gto.               Printed 15.05.2024 08:20
=================================================================================================
PO              : 4500771560         Doc. type: NB     Purch. org.: IB10    Group: M24
Vendor          : 120044  SUZHOU RUITONG FASTENER CO LTD, No. 55 Jinfeng Road, Suzhou
Buyer           : Ing. Ricardo Mendoza   Incoterms: FCA Shanghai PVG (2020)   Payment: 90 days
-------------------------------------------------------------------------------------------------
Item  Material          Short text                                   Qty   UoM  Net price   Deliv.
00010 IB-1000-2500-CL   Christmas-tree clip M6x1.0, PA66-GF30,       500   PC     0.42 USD  05.06.24
                        PPAP samples (DRW 88-1000 Rev 12)
-------------------------------------------------------------------------------------------------
Header text:
 SAMPLE ORDER. This PO releases 500 PPAP sample clips only.
 Balance of quote RT-Q-2400-115 (annual volume 180,000 pcs, shown for information) is NOT
 released. Production release only after PPAP level 3 sign-off (PSW) and a written release
 by Ing. Ricardo Mendoza, Compras.
 Material authority: sample-only.
 Specs: ISO 1043-1 marking >PA66-GF30<, flammability ISO 3795, push-in force <= 50 N per
 IB-TS-2500, retention >= 250 N. Packaging: 5,000 per carton max., label VDA 4902 / Odette.
 Supplier audit: VDA 6.3 (2023), IATF 16949:2016 cert. no. 0418-1000.
=================================================================================================
"""
case("c12_sap_po_identifiers", [],
     "Complete sample PO (500 clips, balance held, PPAP L3 plus Ricardo Mendoza's release, sample-only) full of number-like identifiers.",
     [("SAP_ME23N_4500771560.txt", _t)])

# c13: Teams chat with a scoped "go ahead with the 16 PS bezels only"
_t = """Microsoft Teams - chat export
Chat: Sedlak / Kenitra Injection - vent bezel SA-6R0-857-205
Exported 2024-06-21 by Pavel Dvorak

[17.06.2024 09:02] Hicham Tazi (Kenitra Injection): Bonjour Pavel, tool is back from texturing (VW K31), we can shoot PS parts on Thursday. Do we go?
[17.06.2024 09:15] Pavel Dvořák (Sedlák Automotive): Hello Hicham. Go ahead with the 16 PS bezels only. The balance of 2.384 is not released - it needs the PSW sign-off by Lukáš Marek and then my written release.
[17.06.2024 09:16] Pavel Dvořák (Sedlák Automotive): Material: only what the 16 bezels need.
[17.06.2024 09:20] Hicham Tazi (Kenitra Injection): Bien noté, 16 bezels only, nothing for the balance.
[17.06.2024 09:22] Lukáš Marek (Sedlák Automotive): Hicham, please send the first 3 shots to the CMM before you run the rest of the 16.
[20.06.2024 14:48] Hicham Tazi (Kenitra Injection): 16 pcs done, CMM report uploaded, DHL AWB 4478 1000 29.
"""
case("c13_teams_go_ahead_16_only", [],
     "'Go ahead with the 16 PS bezels only' with balance held, PSW sign-off by Lukas Marek and Pavel's written release; supplier confirms.",
     [("Teams_Sedlak_Kenitra_vent_bezel.txt", _t)])

# c14: buyer corrects a supplier who assumed sample sign-off rolls into the series (EML quoted)
_q = ("Ing. Salinas, buenas tardes:\n\nlas 15 muestras salen el viernes. Una vez que Calidad apruebe las muestras "
      "nos seguimos directo con las 3,000 fundas, para no perder tiempo, ¿correcto?\n\nSaludos,\nJorge Medina\n"
      "Textiles Técnicos de Puebla")
_txt = ("Jorge, buenas tardes.\n\n"
        "No - please don't. The sample sign-off by Calidad does not release the balance of 2,985 covers. "
        "The only thing that releases it is a written production release from me, after the PPAP sign-off. "
        "Until then, build the 15 samples only and don't cut fabric for the rest.\n\n"
        "If the timing gets tight I prefer that you ask me for a staged material authority in writing.\n\n"
        "Saludos,\nRodrigo\n\n"
        "El mié, 22 may 2024 a las 16:02, Jorge Medina escribió:\n" + quote(_q) + "\n"
        + sig("Ing. Rodrigo Salinas", "Gerente de Compras", "Asientos del Norte S.A. de C.V., Ramos Arizpe, Coah.",
              "+52 844 555 0160"))
_m = mail("Rodrigo Salinas <rsalinas@asientosdelnorte.com.mx>", "Jorge Medina <jmedina@textilespuebla.com.mx>",
          "RE: OC 4600118412 muestras fundas - siguiente paso", "Wed, 22 May 2024 18:30:00 -0600", _txt,
          in_reply_to="<h134-q-0013@textilespuebla.com.mx>")
case("c14_buyer_corrects_roll_assumption", [],
     "Quoted supplier assumes the series follows sample sign-off; the buyer's reply corrects it: 15 samples only, 2,985 held until PPAP and Rodrigo's written release.",
     [("RE_OC_4600118412_muestras_fundas.eml", eml_bytes(_m))])

# c15: buyer portal with complete scope (HTML table) -- contrast to the portal page without it
_b = """
<h1>TRIMEX LIBEREC a.s. &ndash; Supplier Portal</h1>
<p>Supplier: <b>Plastimold Arad SRL</b> (vendor 88102) &middot; Language: EN &middot; Date: 03.06.2024</p>
<h2>Purchase order 4500196811</h2>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Quantity</th><th>Status</th><th>Due</th></tr>
<tr><td>10</td><td>TL-8820-SP</td><td>Speaker grille door LH, PP-T20, rev 02</td><td>16</td><td>released (PS samples)</td><td>CW 25</td></tr>
<tr><td>&ndash;</td><td>TL-8820-SP</td><td>Series volume per quote Q-PA-24-212</td><td>2 384</td><td>NOT released &ndash; information only</td><td>&ndash;</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> build the 16 PS samples now. The 2 384 pcs are not released. They are released only after PPAP level 3 sign-off by Tomáš Beneš (SQE), by a written production release from Petra Horáková, Purchasing Manager.</p>
<p><b>Material authority:</b> sample-only.</p>
</div>
<p style="color:#666;font-size:11px">Trimex Liberec a.s. &middot; Průmyslová 1190, 460 01 Liberec &middot; IATF 16949</p>
"""
case("c15_portal_complete_scope", [],
     "Portal page releases 16 PS samples, marks the 2 384 series volume not released/information only, names PPAP sign-off and Petra Horakova.",
     [("TrimexPortal_PO_4500196811.html", html_page("Trimex Supplier Portal - PO 4500196811", _b))])

# ------------------------------------------------------------------ batch 5
# c16: old quote forwarded as message/rfc822 and declared informational (EML)
_inner = mail("Sunny Wang <sunny.wang@huayi-autoparts.cn>", "Dana Whitfield <dana.whitfield@glseating.com>",
              "Quotation HY-Q-23-0412 - seat side shield bezel", "Thu, 12 Oct 2023 14:20:00 +0800",
              "Dear Dana,\n\nplease find our quotation for the seat side shield bezel GLS-70114:\n\n"
              "  T1 samples:        25 pcs    USD 18.00/pc\n"
              "  Mass production:   10,000 pcs/year   USD 2.35/pc (EXW Ningbo)\n"
              "  Tooling:           USD 41,800 (1+1 family tool, P20 steel)\n\n"
              "Lead time mass production: 30 days after PO.\n\nBest regards,\nSunny Wang\nSales, Ningbo Huayi\n")
_txt = ("Hi Kevin,\n\n"
        "for your files I am forwarding Sunny's old quotation from October. The quotation below is for "
        "information only.\n\n"
        "PO 4500222410 releases the 25 T1 samples only. The balance (9,975 of the quoted 10,000 per year) "
        "is not released. It will be released in writing by me after PPAP sign-off by Jason Miller (SQE). "
        "Material authority: sample-only.\n\n"
        "Thanks,\nDana\n"
        + sig("Dana Whitfield", "Supply Chain Manager", "Great Lakes Seating LLC, Auburn Hills, MI", "+1 248 555 0190"))
_m = mail("Dana Whitfield <dana.whitfield@glseating.com>", "Kevin Liu <kevin.liu@huayi-autoparts.cn>",
          "Fwd: Quotation HY-Q-23-0412 - seat side shield bezel / PO 4500222410", "Tue, 02 Jul 2024 09:40:00 -0400",
          _txt, attachments=[("rfc822", _inner)])
case("c16_fwd_old_quote_informational", [],
     "Old quote with 10,000/year forwarded as rfc822 and declared information only; PO releases 25 T1 samples, balance 9,975 held until PPAP and Dana's written release.",
     [("Fwd_Quotation_HY-Q-23-0412.eml", eml_bytes(_m))])

# c17: VDA/DELJIT call-off with fixed zone released and forecast labelled (TXT)
_t = """HOLLMANN INTERIEUR GMBH - LIEFERABRUF / DELIVERY CALL-OFF (VDA 4905)        Seite 1/1
Werk Zwickau, Abladestelle ZW-3                         Druck: 08.07.2024 05:50
=========================================================================================
Lieferant      : 700912 NILUEFER PLASTIK A.S., Bursa (TR)
Lieferplan     : 5500-0514        Abruf-Nr.: 022        Abrufdatum: 08.07.2024
Sachnummer     : HI-3340-TB  Tuerbrueststuetze / door bolster trim, schwarz
Disponent      : Uwe Sachse, Materialdisposition (signs all call-offs for this part)
-----------------------------------------------------------------------------------------
 ZONE         KW        MENGE     FORTSCHRITTSZAHL   STATUS
 FIX          2024-28     420        6.720            released for production and delivery
 FIX          2024-29     420        7.140            released for production and delivery
 VORSCHAU     2024-30     440        7.580            forecast - not released
 VORSCHAU     2024-31     440        8.020            forecast - not released
 VORSCHAU     2024-32-35 1.760       9.780            forecast - not released
-----------------------------------------------------------------------------------------
 Released now: weeks 28-29 only (840 ST). The forecast weeks are not released; they are
 released only by the next call-off from Uwe Sachse. No material authority beyond the
 fixed zone.
 Letzter Eingang: LS 24-7781 / 420 ST / 03.07.2024   Eingangs-FZ: 6.300
=========================================================================================
"""
case("c17_calloff_fixed_zone", [],
     "Call-off releasing the fixed zone (840 pcs) with forecast weeks labelled not released until the next call-off from the named planner.",
     [("Lieferabruf_5500-0514_022.txt", _t)])

# c18: supplier portal status page: samples shipped, balance awaiting written release, material sample-only (HTML)
_b = """
<h1>Moldeados Querétaro &middot; Portal de Clientes</h1>
<p>Cliente: <b>Cumberland Interior Systems Inc.</b> &middot; Proyecto CIS-40771 descansabrazos / armrest bezel</p>
<table>
<tr><th>Concepto</th><th>Estatus</th></tr>
<tr><td>Muestras off-tool (PPAP nivel 3)</td><td>25 pzas enviadas 2024-05-03, UPS 1Z 88W 4E0 03 1000 2500</td></tr>
<tr><td>Fit check cliente</td><td>OK (fit check only), PPAP signature pending</td></tr>
<tr><td>Balance 2,475 pzas</td><td>NO liberado &ndash; esperamos la liberación de producción por escrito de Greg Halvorsen</td></tr>
<tr><td>Material en planta</td><td>resina PC/ABS sólo para las 25 muestras (consumida)</td></tr>
<tr><td>Prensa</td><td>Engel 350 t reservada tentativamente CW 24, sin arranque</td></tr>
</table>
<p class="note">No iniciamos producción ni compramos material para el balance hasta recibir la liberación escrita.</p>
"""
case("c18_supplier_portal_waiting", [],
     "Supplier status page: 25 samples shipped, 2,475 balance not released and awaiting Greg Halvorsen's written release, material only for the samples.",
     [("Portal_Clientes_CIS-40771.html", html_page("Portal de Clientes - CIS-40771", _b, lang="es"))])

# c19: deviation permit that changes no quantity (DOCX)
case("c19_deviation_permit", [],
     "Temporary deviation for an alternative granulate on 400 pcs already called off; states it is technical only and changes no quantity.",
     [("Deviation_permit_DP-2024-019.docx", docx_bytes([
         ("h1", "Deviation permit / Sonderfreigabe-Antrag DP-2024-019"),
         ("p", "Sedlák Automotive s.r.o., Supplier Quality - Supplier: Plastimold Arad SRL"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "SA-3V0-867-011-B door trim insert LH, drawing 3V0 867 011 rev G"],
             ["Deviation", "alternative granulate Hostacom TRC 333N (instead of Hostacom TRC 352N), same colour 3G0"],
             ["Scope", "the 400 pcs of call-off no. 029 (weeks 27-28), batch numbers 24-27-01 to 24-28-04"],
             ["Validity", "until 12.07.2024 or 400 pcs, whichever comes first"],
             ["Reason", "resin supplier allocation, 8D PA-24-009"],
             ["Granted by", "Lukáš Marek, SQE, 26.06.2024"],
         ]),
         ("sp",),
         ("p", "This deviation permit is a technical permission for the material only. It is not a production release "
               "and it does not change any quantity; quantities come only from the call-offs of Kateřina Vlčková, "
               "Material Planner."),
         ("p", "Parts made under this deviation must be labelled 'DP-2024-019' on every KLT."),
     ], author="Lukas Marek"))])

# c20: multi-file: DOCX PO that marks the quote's series quantity informational + the PDF quote
_po = docx_bytes([
    ("h1", "Bestellung / Purchase order 4500383390"),
    ("p", "Lindenau Sitzsysteme GmbH, Einkauf, Am Westpark 8, 85057 Ingolstadt"),
    ("p", "Lieferant / supplier: Bursa Köpük Sanayi ve Ticaret A.Ş., Bursa - Mr. Kerem Aydın"),
    ("table", [
        ["Pos.", "Sachnummer", "Bezeichnung", "Menge", "Preis EUR", "Termin"],
        ["10", "4K8 881 375 F", "Schaumteil Sitzkissen / seat cushion foam, PS samples", "24", "36,20", "KW 27"],
    ]),
    ("sp",),
    ("p", "Scope: this PO releases 24 PS foam pads only."),
    ("p", "The series quantity in your attached quote Q-24-1012 (1,200 pcs) is for information only and is not released."),
    ("p", "Unlock: the series is released only after PSW sign-off by Dr. Eva Schott (SQE), by a written production "
          "release from Jens Brandt, Head of Purchasing Interior."),
    ("p", "Material authority: sample-only."),
    ("p", "Es gelten die Einkaufsbedingungen der Lindenau Sitzsysteme GmbH."),
], author="Jens Brandt")
_quote = pdf([
    ("h1", "BURSA KOPUK SANAYI VE TICARET A.S."),
    ("h", "Quotation Q-24-1012"),
    ("p", "Date: 10.06.2024    Customer: Lindenau Sitzsysteme GmbH, Mr. Jens Brandt"),
    ("p", "Part: seat cushion foam 4K8 881 375 F, HR foam 50 kg/m3, wire frame insert."),
    ("table", [
        ["Item", "Quantity", "Unit price EUR", "Lead time"],
        ["PS samples", "24 pcs", "36,20", "3 weeks"],
        ["Series", "1,200 pcs", "12,40", "5 weeks"],
        ["Tooling", "1 set", "21.300,00", "9 weeks"],
    ]),
    ("sp",),
    ("p", "Prices EXW Bursa, validity 60 days."),
    ("p", "Kerem Aydin, Export Sales"),
], title="Quotation Q-24-1012", author="Bursa Kopuk")
case("c20_po_marks_quote_informational", [],
     "Folder with PO and quote: the PO releases 24 PS pads and states the quote's 1,200 is information only and not released, with PSW sign-off and Jens Brandt's release.",
     [("Bestellung_4500383390.docx", _po), ("Q-24-1012_BursaKopuk.pdf", _quote)])

# c21: production release notice for the whole balance, with second approver (multipart/alternative + PDF)
_rel = pdf([
    ("h1", "TRIMEX LIBEREC A.S. - PRODUCTION RELEASE PR-2024-07"),
    ("table", [
        ["Field", "Entry"],
        ["Order", "PO 4500193901 - door trim insert TL-6610-DI LH/RH"],
        ["Quantity released", "3,550 pcs (the complete balance; 50 samples released earlier)"],
        ["Unlock event", "PPAP level 3 signed off 03.06.2024 by Tomas Benes, SQE (PSW status: approved)"],
        ["Authorized by", "Petra Horakova, Purchasing Manager (limit EUR 250.000)"],
        ["Second approver", "Martin Kral, Plant Director"],
        ["Material authority", "3,550 pcs"],
        ["Delivery", "per call-offs, first delivery CW 25"],
    ]),
    ("sp",),
    ("p", "After this release no quantity of PO 4500193901 remains on hold."),
], title="Production release PR-2024-07", author="Trimex Liberec")
_txt = ("Dear Mr. Popescu,\n\n"
        "attached is production release PR-2024-07 for PO 4500193901: 3,550 door trim inserts, which is the "
        "complete balance after the 50 samples. Unlock event: PPAP level 3 signed off on 03.06.2024 by Tomáš "
        "Beneš. Authorized by me, second approver Martin Král (Plant Director).\n\n"
        "Deliveries follow our call-offs, first one CW 25.\n\n"
        "S pozdravem / Best regards\nPetra Horáková\nPurchasing Manager, Trimex Liberec a.s.\n"
        "+420 485 555 220\n")
_m = mail("Petra Horakova <petra.horakova@trimex-liberec.cz>", "Andrei Popescu <andrei.popescu@plastimold-arad.ro>",
          "Production release PR-2024-07 - PO 4500193901", "Wed, 05 Jun 2024 13:30:00 +0200", _txt,
          html=text_to_html(_txt), attachments=[("PR-2024-07.pdf", _rel, PDF_MT)])
case("c21_release_notice_full_balance", [],
     "Production release of the complete 3,550 balance naming the unlock event, the authority and a second approver; nothing remains on hold.",
     [("Production_release_PR-2024-07.eml", eml_bytes(_m))])

# c22: supplier quote page with sample and EAU tiers (HTML)
_b = """
<div style="background:#8a1c1c;color:#fff;padding:8px"><b>NINGBO HUAYI AUTO PARTS</b> &middot; Quotation Center</div>
<h2>Quotation HY-Q-24-0788</h2>
<p>Customer: Cumberland Interior Systems Inc. &middot; Attn. Tyler Brooks &middot; Date: 2024-06-03 &middot; Valid 60 days</p>
<table>
<tr><th>Item</th><th>Description</th><th>Quantity</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>1</td><td>T1 samples, door pull cup bezel CIS-41305, PC/ABS + chrome IMD</td><td>20 pcs</td><td>22.00</td><td>35 days after tool kick-off</td></tr>
<tr><td>2</td><td>Mass production (EAU)</td><td>60,000 pcs/year</td><td>1.86</td><td>30 days after PO</td></tr>
<tr><td>3</td><td>Injection tool 1+1, S136H</td><td>1 set</td><td>38,400.00</td><td>45 days</td></tr>
</table>
<p class="note">EAU = estimated annual usage provided by the customer for costing. This quotation is an offer only; it is not an order confirmation.</p>
<p>Payment: tool 40% deposit / 60% after T1; parts T/T 60 days. FOB Ningbo.</p>
"""
case("c22_supplier_quote_page", [],
     "Supplier quote page with T1 sample and EAU tiers, labelled an offer; no authorization in the bundle.",
     [("Huayi_Quotation_HY-Q-24-0788.html", html_page("Quotation HY-Q-24-0788", _b))])

# c23: long quoted thread; supplier asks to buy fabric ahead, buyer refuses (EML)
_q3 = ("Marta,\n\none more point: the fabric mill in Portugal now quotes 9 weeks. May we buy fabric for the "
       "2,000 covers in advance, to be safe for SOP?\n\nSalma")
_q2 = ("Salma,\n\nthe truck for the 40 PS covers is booked with Transportes Ebro, pick-up Tanger Med Tuesday 18.06, "
       "ferry to Algeciras. Please put the CMR and the packing list in the first rack.\n\nMarta")
_q1 = ("Dear Marta,\n\nthank you for PO 4100-2271. We confirm 40 PS covers INA-7750-118 for week 25. Seam test "
       "results (ISO 13935-2) and the flammability report are attached.\n\nSalma")
_txt = ("Salma,\n\n"
        "no, please don't. Material authority stays sample-only: fabric for the 40 PS covers and nothing more. "
        "If the lead time really becomes a problem I will issue a staged material authority in writing, with a "
        "quantity and our liability stated - until then, nothing for the series.\n\n"
        "To repeat the scope of PO 4100-2271: 40 PS covers now. The balance of 1,960 covers is not released; it "
        "is released only by my written production release after PPAP level 3 sign-off.\n\n"
        "Gracias y buen fin de semana,\nMarta\n\n"
        "El 14/06/2024 a las 11:20, Salma Benjelloun escribió:\n" + quote(_q3) + "\n>\n"
        + quote("El 13/06/2024 a las 17:02, Marta Gil escribió:\n" + quote(_q2)) + "\n>\n"
        + quote(quote("El 12/06/2024 a las 09:15, Salma Benjelloun escribió:\n" + quote(_q1))) + "\n"
        + sig("Marta Gil", "Responsable de Compras", "Interiores Navarra S.L., Pamplona", "+34 948 555 061"))
_m = mail("Marta Gil <marta.gil@interioresnavarra.es>", "Salma Benjelloun <s.benjelloun@atlas-textile.ma>",
          "RE: RE: RE: PO 4100-2271 PS covers INA-7750-118", "Fri, 14 Jun 2024 13:05:00 +0200", _txt,
          in_reply_to="<h134-q-0014@atlas-textile.ma>")
case("c23_long_thread_material_refused", [],
     "Long quoted thread: supplier asks to buy fabric for 2,000 ahead; buyer refuses (sample-only) and restates 40 PS now, 1,960 held until PPAP sign-off and her written release.",
     [("RE_RE_RE_PO_4100-2271_PS_covers.eml", eml_bytes(_m))])

# c24: stop notice (PDF)
case("c24_stop_notice", [],
     "Stop notice: nothing further may start; 25 delivered samples remain the only released quantity, balance held until 8D, PPAP re-sign-off and Greg Halvorsen's written notice.",
     [("Stop_notice_CIS-40771.pdf", pdf([
         ("h1", "CUMBERLAND INTERIOR SYSTEMS INC. - STOP NOTICE SN-2024-006"),
         ("p", "To: Moldeados Queretaro S.A. de C.V., Alejandro Ruiz / Carlos Vega      Date: 2024-05-29"),
         ("p", "Part: CIS-40771 armrest bezel, PO 4500301402"),
         ("p", "Effective immediately, do not start anything further on CIS-40771: no moulding, no painting, no material "
               "purchases. This stop applies to every quantity, released or not."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Off-tool samples (delivered 2024-05-06)", "25", "released earlier - the only released quantity"],
             ["Balance", "2,475", "not released"],
         ]),
         ("sp",),
         ("p", "Reason: sink marks on the A-surface found in the customer's buck review (8D CIS-8D-24-031)."),
         ("p", "The stop is lifted only by written notice from Greg Halvorsen, Commodity Buyer, after the 8D is closed. "
               "The balance then still needs a re-submitted PPAP sign-off by Megan O'Rourke and a written production "
               "release from Greg Halvorsen."),
         ("p", "Greg Halvorsen, Commodity Buyer - Plastics"),
     ], pagesize=LETTER, title="Stop notice SN-2024-006", author="Cumberland Interior Systems"))])

# c25: supplier asks whether to start the 2.000, buyer says no (Teams TXT)
_t = """Microsoft Teams - chat export
Chat: Hollmann / Bursa Köpük - armrest foam HI-5110-AF
Exported 2024-07-04 by Frank Hübner

[01.07.2024 10:02] Kerem Aydın (Bursa Köpük): Good morning Frank, the 40 PS pads passed our internal test (density 52, CLD 6,1 kPa). Ok to start the 2.000?
[01.07.2024 10:19] Frank Hübner (Hollmann Interieur): Morning Kerem. No, not yet. Only the 40 PS pads are released. The 1.960 wait for the PSW sign-off by Stefan Lorenz and then my written release.
[01.07.2024 10:20] Frank Hübner (Hollmann Interieur): Chemicals too: only what the 40 need, please.
[01.07.2024 10:26] Kerem Aydın (Bursa Köpük): Understood, we wait. PS pads ship Thursday by truck.
"""
case("c25_teams_not_yet", [],
     "Supplier asks 'ok to start the 2.000?'; buyer answers no: only 40 PS pads released, 1.960 wait for PSW sign-off and his written release.",
     [("Teams_Hollmann_BursaKopuk_armrest_foam.txt", _t)])

# ==== END CASES ====


# ----------------------------------------------------------------- build
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
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem).strip("_")
        folder = f"{PREFIX}_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
