#!/usr/bin/env python3
"""Generator for the releasegate check_holdout23 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout23/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import random
import re
import shutil
import textwrap
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
    m["Message-ID"] = msgid or f"<{hashlib.sha1((subject + date).encode()).hexdigest()[:20]}.{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h23")
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




def T(s):
    """dedent a triple-quoted block and end it with exactly one newline"""
    return textwrap.dedent(s).strip("\n") + "\n"


def html_mail_body(text):
    """simple HTML alternative for a plain-text mail body"""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def quote(text):
    """quote a block for a reply thread"""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorization anywhere)
case("c01_quote_tiers", [],
     "supplier quote alone: sample and batch tiers, no authorized quantity; 'production order/release' is the supplier's own condition",
     [("Quotation_HD-Q240611-03.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Shenzhen Hongda Precision Machinery Co., Ltd. | Bldg 3, Fuyong Industrial Park, Bao'an, "
               "Shenzhen 518103, P.R. China | Tel +86 755 2733 0918 | sales03@hd-precision.cn"),
         ("sp",),
         ("table", [
             ["Quotation No.", "HD-Q240611-03", "Date", "2024-06-11"],
             ["Customer", "Rheinrad GmbH, Köln", "Attn.", "Mr. Felix Braun (Purchasing)"],
             ["Part", "Dropout left, PN RR-2207-114 Rev C", "Material", "AL 7075-T6, anodized black"],
             ["Your RFQ", "RFQ-RR-0529 of 29 May 2024", "Validity", "60 days"],
         ]),
         ("sp",),
         ("p", "Dear Mr. Braun, thank you for your inquiry. We are pleased to quote as below:"),
         ("table", [
             ["Quantity", "Unit price (USD)", "Fixture / NRE (USD)", "Lead time"],
             ["Sample 20 pcs", "18.60", "450.00 (CNC fixture, one-time)", "15 working days"],
             ["Batch 2,000 pcs", "6.85", "-", "35 days"],
             ["Batch 5,000 pcs", "6.10", "-", "45 days"],
         ]),
         ("sp",),
         ("h", "Notes"),
         ("p", "1. Price EXW Shenzhen, packing in carton with EPE foam, 50 pcs/carton."),
         ("p", "2. Samples delivered with CMM report (all dimensions) and material certificate 3.1 "
               "according EN 10204."),
         ("p", "3. Tolerance according to ISO 2768-f if drawing not said otherwise. Thread M5x0.8 "
               "with Helicoil on request (+0.35 USD)."),
         ("p", "4. Lead time for batch quantities counts from the day we receive your production "
               "order in written. Batch price is valid only for one delivery lot."),
         ("p", "5. Payment: samples 100% T/T before shipment; batch 30% T/T deposit, 70% before shipment."),
         ("sp",),
         ("p", "We are looking forward your kind order. If any question please feel free contact us."),
         ("p", "Best regards, Cindy Luo / Sales Engineer / Shenzhen Hongda Precision Machinery Co., Ltd."),
     ], title="Quotation HD-Q240611-03", author="Cindy Luo"))])

# c02 SAP sample PO with all four jobs done (German / English)
case("c02_sap_sample_po", [],
     "sample PO: 12 pcs active, series 1.188 declared informational and not released, EMPB sign-off + written release, named release authority",
     [("PO_4500123456.txt", T("""
        Rothmann Wärmetechnik GmbH · Industriestr. 14 · 33719 Bielefeld
        ------------------------------------------------------------------------------------------
                                                        BESTELLUNG / PURCHASE ORDER
        Lieferant / Supplier   70014532                 Bestellnummer      4500123456
        Aksoy Metal San. ve Tic. A.Ş.                   Datum              03.06.2024
        Organize Sanayi Bölgesi 4. Cadde No: 12         Einkäufer          J. Maier / EK2
        42300 Selçuklu / Konya                          Telefon            +49 521 9870-214
        TÜRKIYE                                         E-Mail             j.maier@rothmann-waerme.de
                                                        Ihr Angebot        TR-2024-117 v. 21.05.2024
        Lieferbedingung   DAP Bielefeld, Incoterms 2020
        Zahlungsbedingung 30 Tage netto
        Währung           EUR
        ------------------------------------------------------------------------------------------
        Pos.  Material          Bezeichnung                          Menge  ME   Preis/ME    Wert
        ----- ----------------- ----------------------------------- ------ ---- --------- -------
        00010 3300-120-04       Halter Verdampfer / evaporator          12  ST     38,50  462,00
                                bracket - MUSTER / SAMPLE
                                Zeichnung 3300-120 Rev 04
                                Werkstoff 1.4301, t = 2,0 mm
                                Liefertermin KW 26/2024
        ------------------------------------------------------------------------------------------
                                                            Gesamtnettowert EUR         462,00

        Bestelltext / PO note
        ---------------------
        Diese Bestellung umfasst ausschließlich 12 Musterteile.
        This purchase order covers twelve (12) sample parts only.

        Die in Ihrem Angebot TR-2024-117 genannte Serienmenge von 1.188 Stück ist nur
        zur Information angegeben und ist NICHT freigegeben.
        The series quantity of 1.188 pcs shown in your quotation TR-2024-117 is for
        information only and is NOT released. Please do not schedule it and do not
        buy material for it.

        Unlock event:      EMPB sign-off by our quality department (Erstmusterprüfbericht
                           per VDA Band 2, disposition "accepted") AND a separate written
                           production release.
        Release authority: Jürgen Maier, Leiter Einkauf / Head of Purchasing.
                           Nobody else can release the series quantity.
        Material authority: sample quantity only (12 pcs).

        Bitte EMPB mit Vorlagestufe 2 und Werkstoffzeugnis 3.1 nach DIN EN 10204 beilegen.
        Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023), siehe www.rothmann-waerme.de/aeb

        Rothmann Wärmetechnik GmbH · Amtsgericht Bielefeld HRB 40211 · USt-IdNr. DE 812 334 019
        Dieser Beleg wurde maschinell erstellt und ist ohne Unterschrift gültig.
        """))])

# c03 WeChat: supplier asks for go-ahead, buyer answers with full scope
case("c03_wechat_export", [],
     "supplier's 'go-ahead?' is a question; buyer answer names 50 active, 950 on hold, test + sample sign-off + written release by Sanne Bakker",
     [("wechat_export_2024-06-14.txt", T("""
        WeChat chat history
        Chat: Lumenwerk x Yinzhou Die-casting (group)
        Members: Sanne Bakker (Lumenwerk B.V., Purchasing Lead), Lily Zhou 周丽 (Yinzhou Sales),
                 王工 Wang Gong (Yinzhou Engineering), Ruben Kok (Lumenwerk R&D)
        Exported: 2024-06-14 08:02

        2024-06-12 09:14  Lily Zhou: Good morning Sanne 😊 samples of housing LW-HS-220 finish T1 yesterday, 50pcs, now doing powder coating RAL 9006
        2024-06-12 09:15  Lily Zhou: [Image]
        2024-06-12 09:15  Lily Zhou: [Image]
        2024-06-12 09:31  Ruben Kok: looks good on photo. pls add the thermal pad before shipping, 0.5mm like drawing LW-HS-220 rev 3
        2024-06-12 09:40  王工: ok 收到. thermal pad will add
        2024-06-12 10:02  Lily Zhou: Sanne one question, do we have go-ahead for remaining 950pcs? our die casting machine 280T is free next week, we can arrange if you confirm
        2024-06-12 10:25  Sanne Bakker: Hi Lily, no, not yet. Only the 50 samples on PO LW-24-0417 are released. The other 950 stay on hold, please don't cast them and don't buy ADC12 for them.
        2024-06-12 10:26  Sanne Bakker: They unlock only after the photometric + thermal test and our sample sign-off, and then a written release from me. Nobody else at Lumenwerk can release them, also not Ruben 🙂
        2024-06-12 10:27  Ruben Kok: confirmed 😄
        2024-06-12 10:28  Lily Zhou: understood 👌 only 50pcs. we wait your written release
        2024-06-12 10:30  Lily Zhou: shipping by DHL Friday, AWB will send
        2024-06-13 16:47  Lily Zhou: AWB 4471 8823 06, 2 cartons, 14.6 kg
        2024-06-13 16:50  Sanne Bakker: 谢谢 Lily!
        """))])

# c04 DELFOR with firm week and clearly labelled forecast lines
case("c04_delfor_print", [],
     "call-off: only week 24 (400) firm; forecast lines labelled not an order, no fab/material authority; next call-off by named planner",
     [("DELFOR_DF-2024-0623-0007.txt", T("""
        DELFOR D.96A  -  DELIVERY SCHEDULE  (human-readable print)
        =====================================================================
        Message ref      DF-2024-0623-0007          Printed  2024-06-03 07:12
        Schedule no.     0623                       Replaces schedule 0622
        Buyer            Van Dijk Klimaattechniek B.V., Zwolle (GLN 8712345000017)
        Ship-to          Plant Zwolle, dock 4
        Supplier         Cong ty TNHH Nhua Ky Thuat Minh Phat, Binh Duong (supplier no. 200457)
        Article          VD-FS-450-B  fan shroud 450 mm, PP-GF30, black
        Drawing          VD-4501 rev. 7
        Unit             PCE
        Cum. received    1 200  (status 2024-05-31)
        =====================================================================

        SCC legend   1 = FIRM       (released for production and delivery)
                     4 = PLANNING   (forecast - NOT AN ORDER - no fabrication and no
                                     material authority)

        Week  Delivery date  Quantity  SCC
        ----  -------------  --------  ---
        24    2024-06-13          400   1
        25    2024-06-20          400   4
        26    2024-06-27          400   4
        27    2024-07-04          600   4
        28    2024-07-11          600   4
        29-35 (weekly)            600   4
        ----  -------------  --------  ---

        FTX  Only week 24 (400 pcs) is firm and released by this schedule.
        FTX  All lines with SCC 4 are forecast only. They are not released: do not
        FTX  produce them and do not buy granulate for them.
        FTX  A forecast line becomes firm only through the next DELFOR / call-off that
        FTX  shows it with SCC 1, issued by Joost Hendriks, Supply Planner
        FTX  (j.hendriks@vandijk-klimaat.nl, +31 38 421 7700).

        UNT+41+DF-2024-0623-0007'
        """))])

# c05 engineering mail: samples approved for fit check only (multipart/alternative)
_c05 = T("""
    Dear Mr. Demir,

    thank you for the 10 housings (PO 780112, part MX2-100-003 rev B). We mounted them on the
    EVT boards yesterday.

    Result: the 10 samples are approved for fit check only. Snap hooks OK, screw bosses OK, the
    battery door needs +0.1 mm on the latch (see marked-up drawing, item 7).

    This is not a production release. As written on PO 780112, that PO covers the 10 samples
    only. The balance of 2,390 housings remains on hold. It unlocks only after
    (1) we have received the cytotoxicity report per ISO 10993-5 and
    (2) the full sample sign-off is done,
    and then only by a written production release from Dr. Nadine Keller, Head of Supply Chain.

    Please do not buy Makrolon 2458 for the balance in the meantime.

    Could you send the corrected latch as 3 loose parts (no need for full housings) by end of
    next week?

    Freundliche Grüsse
    Simon Frei
    """) + sig("Simon Frei", "Development Engineer", "Medisys Gehäusetechnik AG, Basel", "+41 61 555 23 80")
case("c05_fitcheck_mail", [],
     "sample approval explicitly scoped to fit check; 10 active, 2,390 on hold, report + sign-off + written release by Dr. Nadine Keller",
     [("RE_PO_780112_housing_MX2.eml", eml_bytes(mail(
         "Simon Frei <simon.frei@medisys-gehaeuse.ch>",
         "Burak Demir <burak.demir@egeplastik.com.tr>",
         "PO 780112 - housing MX-2 samples: result of fit check",
         "Tue, 11 Jun 2024 16:05:00 +0200", _c05, html=html_mail_body(_c05),
         cc="Nadine Keller <nadine.keller@medisys-gehaeuse.ch>")))])

# c06 full-quantity PO (DOCX table), no balance, "proceed" scoped
case("c06_full_po_docx", [],
     "full-quantity PO (600/150/300), no sample lot and no balance; 'proceed' names the quantities; deposit terms are only payment terms",
     [("Bestellung_24-0388.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 24-0388"),
         ("p", "Gartenform Handels GmbH, Puchstraße 85, 8020 Graz, Österreich - UID ATU 6677 1290"),
         ("p", "Supplier: Cong ty Co phan Noi That Phuong Nam, Lot C7, My Phuoc 2 IP, Ben Cat, Binh Duong, Vietnam"),
         ("p", "Date: 10.06.2024    Buyer: Ing. Christina Lechner    Your proforma: PI-PN-2406-12"),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
             ["1", "GF-LIDO-C", "Chair frame 'Lido', alu, powder RAL 7016", "600", "pcs", "21.40", "12,840.00"],
             ["2", "GF-LIDO-T160", "Table 'Lido 160', alu frame + HPL top", "150", "pcs", "88.00", "13,200.00"],
             ["3", "GF-LIDO-AR", "Armrest set, teak FSC 100%", "300", "sets", "9.60", "2,880.00"],
             ["", "", "", "", "", "Total", "28,920.00"],
         ]),
         ("sp",),
         ("p", "This purchase order covers the full quantities listed above. There is no sample lot "
               "and no further balance under this order."),
         ("p", "Please proceed with production of the 600 chair frames, 150 tables and 300 armrest sets "
               "as per your proforma PI-PN-2406-12 and the colour panel signed off on 12 April 2024."),
         ("p", "Delivery: FOB Ho Chi Minh City, ETD 15.08.2024, 2 x 40'HC. Packing: 2 chairs per carton, "
               "corner protectors, carton marks per our packing instruction GF-PI-07."),
         ("p", "Payment: 30% T/T with order confirmation, balance 70% against copy of B/L."),
         ("p", "Inspection: pre-shipment inspection AQL 2.5 (ISO 2859-1) by our agent in HCMC."),
         ("sp",),
         ("p", "Mit freundlichen Grüßen / Best regards"),
         ("p", "Ing. Christina Lechner, Einkauf - Gartenform Handels GmbH - +43 316 428 900-31"),
     ], author="Christina Lechner"))])

# c07 recorded auto-conversion with quantity, signers and conditions
case("c07_autoconv_pdf", [],
     "explicit recorded auto-conversion: names 4,960 pcs, both signers, conditions and what happens on interim/rejected; 40 active, line 20 not released until then",
     [("PO_2024-0715_rev2.pdf", pdf([
         ("h1", "Purchase Order 2024-0715 - Revision 2"),
         ("p", "Helvamed AG, Hardturmstrasse 161, 8005 Zürich, Switzerland"),
         ("p", "Supplier: Plásticos Técnicos del Bajío S.A. de C.V., Parque Industrial Querétaro, "
               "Av. La Noria 112, 76220 Querétaro, Qro., México"),
         ("p", "Date of revision: 17.05.2024. Reason for revision: auto-conversion clause added "
               "(sourcing meeting 14.05.2024, minutes HM-SM-0514)."),
         ("table", [
             ["Line", "Part", "Scope", "Qty", "Status"],
             ["10", "HM-IH-3 inhaler housing, PC/ABS, rev D", "sample", "40", "released"],
             ["20", "HM-IH-3 inhaler housing, PC/ABS, rev D", "production", "4,960", "not released (see clause 4)"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "1. Released now: line 10, forty (40) sample housings for PPAP/EMPB."),
         ("p", "2. Line 20 (4,960 pcs) is not released. Do not schedule it."),
         ("p", "3. Material authority: sample-only, until clause 4 takes effect."),
         ("p", "4. Recorded auto-conversion. Both parties agreed on 14.05.2024 (minutes HM-SM-0514, "
               "signed by both parties): if the sample sign-off of the 40 housings is recorded with "
               "disposition 'approved' and signed by Dr. Lea Brunner (Head of Quality), and countersigned "
               "by Marco Steiner (release authority, limit CHF 250,000), then line 20 with 4,960 pcs is "
               "released automatically on the date of the countersignature, without a further release "
               "letter. If the disposition is 'interim' or 'rejected', this clause releases nothing and "
               "line 20 stays on hold until a written release by Marco Steiner."),
         ("p", "5. Delivery schedule for line 20 follows from our planning after it is released."),
         ("sp",),
         ("p", "Incoterms FCA Querétaro. Payment 60 days net. Quality agreement QA-HM-PTB-2023 applies; "
               "ISO 13485:2016 certificate to be kept valid."),
         ("p", "Helvamed AG - Marco Steiner, Head of Procurement - +41 44 555 71 20"),
     ], title="PO 2024-0715 rev 2", author="Helvamed AG"))])

# c08 supplier confirms deposit does not release production; complete buyer PO attached
_c08_po = pdf([
    ("h1", "Bestellung / Purchase Order 4100-2291"),
    ("p", "Sanitas Armaturen GmbH, Baarstraße 120, 58636 Iserlohn, Deutschland"),
    ("p", "Lieferant: Atlas Robinetterie SARL, Zone Franche d'Exportation, Lot 44, 90000 Tanger, Maroc"),
    ("p", "Datum: 27.05.2024 | Einkauf: Dirk Schuster | Angebot AR-DEV-2405-09"),
    ("table", [
        ["Pos", "Beschreibung", "Menge", "Preis EUR", "Wert EUR"],
        ["10", "Werkzeug Gehäuse MX-40 (Kokille, 2-fach)", "1", "11.400,00", "11.400,00"],
        ["20", "Mischer-Gehäuse MX-40, verchromt - MUSTER / SAMPLE", "25", "120,00", "3.000,00"],
    ]),
    ("sp",),
    ("p", "Scope / Umfang: Released now: twenty-five (25) sample mixer bodies (Pos. 20) and the tool (Pos. 10)."),
    ("p", "The balance of 975 bodies from your offer AR-DEV-2405-09 is NOT released and stays on hold "
          "until our sample sign-off (Erstmusterprüfung) and a written production release signed by "
          "Dirk Schuster, Leiter Einkauf."),
    ("p", "Payment: 30% deposit on Pos. 10 + 20 with order. Payment of the deposit does not release "
          "production. Material authority: samples only; no brass bar CW617N for the series."),
    ("p", "Lieferbedingung: DAP Iserlohn. Zahlungsziel Restbetrag: 30 Tage nach Wareneingang."),
])
_c08 = T("""
    Bonjour Mr. Schuster,

    we confirm receipt of your transfer of the 30% deposit (EUR 4.320,00) for the tool and the
    samples of PO 4100-2291. Merci beaucoup.

    Bien noté: as written on your PO, the deposit does not release production. We make only the
    25 sample mixer bodies MX-40 (chrome) and we do not buy the brass bar for the series. The
    remaining 975 pcs stay on hold until your sample sign-off and the written release from you.

    Planning: tool trial T1 in semaine 25, samples ready semaine 27, shipping by DHL Express.
    Your PO is attached again with our stamp for your file.

    Cordialement,
    Youssef El Amrani
    """) + sig("Youssef El Amrani", "Responsable Commercial Export", "Atlas Robinetterie SARL, Tanger", "+212 539 39 42 10")
case("c08_deposit_ack_eml", [],
     "supplier restates 'deposit does not release production'; attached buyer PO complete (25 active, 975 on hold, sign-off + written release by Dirk Schuster)",
     [("PO_4100-2291_confirmation.eml", eml_bytes(mail(
         "Youssef El Amrani <y.elamrani@atlas-robinetterie.ma>",
         "Dirk Schuster <d.schuster@sanitas-armaturen.de>",
         "PO 4100-2291 - confirmation acompte / deposit received",
         "Wed, 05 Jun 2024 11:20:00 +0100", _c08,
         attachments=[("PO_4100-2291_stamped.pdf", _c08_po, PDF_MT)])))])

# c09 call-off with explicit staged material authority above the released quantity
case("c09_calloff_staged", [],
     "call-off releases 300; framework balance 2,400 not released until next call-off by Maarten Visser; prepreg for 1,150 sets within explicit staged authority of 1,200",
     [("CallOff_FA-2024-02_CO3.pdf", pdf([
         ("h1", "Call-off 3 under Framework Agreement FA-2024-02"),
         ("p", "AeroNed Drones B.V., High Tech Campus 27, 5656 AE Eindhoven, The Netherlands"),
         ("p", "To: Dongguan Tanxin Composite Co., Ltd., Chang'an Town, Dongguan, Guangdong, China - Attn. Ms. Coco Deng"),
         ("p", "Part: ANX-ARM-380 carbon arm, 3K twill, drawing ANX-380-01 rev F. Date: 04.06.2024"),
         ("table", [
             ["Call-off", "Qty released", "Delivery", "Status"],
             ["CO-1", "100", "wk 14", "delivered"],
             ["CO-2", "200", "wk 20", "delivered"],
             ["CO-3 (this document)", "300", "wk 29", "released now"],
             ["Framework total", "3,000", "-", "balance 2,400 not released"],
         ]),
         ("sp",),
         ("p", "This call-off releases 300 arms (CO-3). Total released to date: 600 arms."),
         ("p", "The remaining 2,400 arms of the framework are not released. They are released only "
               "by a next call-off, which Maarten Visser (Supply Chain Manager) issues after the "
               "field-test review of the CO-3 arms."),
         ("p", "Material authority: staged, up to 1,200 arm sets of prepreg T700/epoxy at AeroNed's "
               "liability (material cost only, no conversion cost). Your stock report of 28 May shows "
               "prepreg for 1,150 sets on hand; this is within the staged authority. Do not buy "
               "prepreg beyond 1,200 sets."),
         ("p", "Packing: 20 arms per carton, PE bag each, label with lot and cure date."),
         ("p", "Maarten Visser - Supply Chain Manager - AeroNed Drones B.V. - +31 40 555 0199"),
     ], title="Call-off CO-3", author="Maarten Visser"))])

# c10 supplier acknowledgement restating the hold (DOCX)
case("c10_supplier_ack", [],
     "supplier acknowledgement (non-authorizing) restating 30 samples only, 1,970 not released, PPAP sign-off + written release by Erik Hendriks",
     [("Siparis_Onayi_KK-OA-24-318.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT / SİPARİŞ ONAYI No. KK-OA-24-318"),
         ("p", "Kaya Konveyör Sistemleri A.Ş., Nilüfer OSB, 16140 Bursa, Türkiye"),
         ("p", "To: Hendriks Transportsystemen B.V., Venlo, The Netherlands - Attn. Mr. Erik Hendriks"),
         ("p", "Date: 06.06.2024 - Your PO: 4711-22 dated 03.06.2024"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR", "Delivery"],
             ["HR-50-600", "Roller Ø50 x 600, galvanised tube, bearing 6204-2RS, shaft hex 11", "30", "7,80", "week 27"],
         ]),
         ("sp",),
         ("p", "Dear Mr. Hendriks,"),
         ("p", "We confirm your PO 4711-22 as written: thirty (30) sample rollers only."),
         ("p", "The remaining 1,970 pcs from our offer KK-TK-24-090 are not released. We will not buy "
               "tubes or 6204-2RS bearings for them and we will not plan them in our line."),
         ("p", "We wait for your PPAP sign-off and then the written release of Mr. Erik Hendriks before "
               "anything for the series is planned."),
         ("p", "Saygılarımızla / Best regards"),
         ("p", "Selin Aydın - Satış Mühendisi / Sales Engineer - +90 224 411 08 60"),
     ], author="Selin Aydin"))])

# c11 identifiers that look like quantities
case("c11_identifiers_po", [],
     "sample PO of 8 pcs surrounded by look-alike numbers (PN 4000-250-10, DRG 1200 Rev 3, tool 5000, M8x1.25, ISO 2768); planned 25,000 p.a. declared not released",
     [("PO_4400-0815.pdf", pdf([
         ("h1", "Bestellung 4400-0815"),
         ("p", "Kessler Elektrowerkzeuge GmbH, Zuffenhausener Str. 40, 70435 Stuttgart"),
         ("p", "Lieferant / Supplier: Yongkang Jinli Die Casting Co., Ltd., Yongkang, Zhejiang, China (Kred.-Nr. 300512)"),
         ("p", "Datum 29.05.2024 - Einkauf: Heike Brandt - Angebot JL-2405-220"),
         ("table", [
             ["Pos", "Teile-Nr. / PN", "Bezeichnung", "Zeichnung", "Menge", "Preis EUR"],
             ["10", "4000-250-10", "Getriebegehäuse / gear housing, EN AC-46000 (DIN EN 1706)",
              "DRG 1200 Rev 3", "8 Stk", "64,00"],
         ]),
         ("sp",),
         ("p", "Technical: tolerances ISO 2768-mK; 4x thread M8x1.25 (6H); sealing face Ra 1.6; "
               "tool no. 5000 (2-cavity), shots counted from 0. Impregnation per MIL-STD-276 not required."),
         ("p", "Scope: This PO covers eight (8) sample housings from tool 5000 only. The planned series "
               "volume (approx. 25,000 pcs p.a.) is for information only and is not released."),
         ("p", "Unlock event: EMPB sign-off (Vorlagestufe 3) and a written production release. "
               "Release authority: Heike Brandt, Strategic Purchasing Manager."),
         ("p", "Material authority: sample quantity only."),
         ("p", "Liefertermin KW 27. Lieferbedingung FCA Ningbo. Es gelten unsere AEB 01/2024."),
     ], title="PO 4400-0815", author="Heike Brandt"))])

# c12 PPAP interim disposition with limits
case("c12_ppap_interim", [],
     "interim PPAP disposition limited to 200 pcs until 30.06.2024; 4,800 not released until full disposition + written release by Thomas Egger",
     [("PSW_disposition_AR-CA-170.pdf", pdf([
         ("h1", "PPAP - Customer disposition of Part Submission Warrant"),
         ("p", "Customer: Alpenrad GmbH, Münchner Bundesstraße 110, 5020 Salzburg, Austria"),
         ("p", "Supplier: Forjas del Norte S.A. de C.V., Apodaca, Monterrey, N.L., México (supplier code 8814)"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Crank arm AR-CA-170, 6061 forged, drawing rev E"],
             ["Submission level", "PPAP level 3, submission date 22.05.2024"],
             ["Purchase order", "4500-8890, line 10 (30 PPAP samples), line 20 (5,000 pcs production)"],
             ["Disposition", "INTERIM"],
             ["Interim limits", "max. 200 pcs, valid until 30.06.2024"],
             ["Open items", "Cpk dim. 14 = 1.21 (req. 1.33); salt spray report 480 h missing"],
             ["Signed (customer quality)", "Mag. Eva Pichler, Supplier Quality Engineer, 31.05.2024"],
         ]),
         ("sp",),
         ("p", "Production release under this interim disposition: 200 pcs of line 20 "
               "(delivery as one lot, 100% check of dim. 14)."),
         ("p", "The remaining 4,800 pcs of line 20 are NOT released. They unlock only after a full "
               "PPAP disposition (open items closed) and a written production release by "
               "Thomas Egger, Head of Purchasing."),
         ("p", "Material authority: forging billets for the 200 pcs only."),
         ("p", "If the interim expires on 30.06.2024 without a full disposition, no further parts may be shipped."),
     ], title="PSW disposition AR-CA-170", author="Eva Pichler"))])

# c13 quoted supplier assumption, corrected by the buyer
_c13_q = T("""
    From: Nguyen Van Hoang <hoang.nv@thepviet-hp.vn>
    Sent: Monday, 10 June 2024 14:22
    To: Femke Jansen
    Subject: PO 8812 baffle filters

    Dear Ms Femke,
    samples 20pcs baffle filter BF-300 will be ready 18/6, we send by air.
    To keep your schedule, after you approve the samples we will start the production run
    immediately.
    Best regards, Hoang
    """)
_c13 = T("""
    Dear Mr. Hoang,

    please don't. Sample sign-off does not release anything by itself.

    Only the 20 baffle filters on PO 8812 are released. The remaining 2,980 stay on hold until
    (1) our sample sign-off and (2) a separate written production release from me, Femke Jansen.
    No release e-mail from me means no production. Please also don't order 430 stainless coil
    for the series yet.

    Thanks for the quick samples - air freight is fine.

    Kind regards,
    Femke
    """) + sig("Femke Jansen", "Category Buyer Metals", "Jansen Keukentechniek B.V., Utrecht", "+31 30 555 8120") + "\n" + quote(_c13_q)
case("c13_thread_corrected", [],
     "quoted supplier assumption of roll-over is answered by the buyer: 20 active, 2,980 on hold, sign-off + written release by Femke Jansen",
     [("RE_PO_8812_baffle_filters.eml", eml_bytes(mail(
         "Femke Jansen <f.jansen@jansen-keukentechniek.nl>",
         "Nguyen Van Hoang <hoang.nv@thepviet-hp.vn>",
         "RE: PO 8812 baffle filters",
         "Tue, 11 Jun 2024 08:47:00 +0200", _c13,
         in_reply_to="<a41c7e02b9.0612@thepviet-hp.vn>")))])

# c14 multi-file: PO + supplier quote; the 5,000 is declared informational in the PO
case("c14_po_plus_quote", [],
     "folder bundle: PO for 30+30 sample hinges declares the quote's 5,000 pairs informational and not released; sign-off + written release by Stefanie Wolters",
     [("PO_4500-77120.pdf", pdf([
         ("h1", "Purchase Order 4500-77120"),
         ("p", "Brenner Hausgeräte GmbH, Carl-Miele-Weg 3, 33332 Gütersloh, Germany"),
         ("p", "Supplier: Foshan Shunde Huamei Hardware Stamping Co., Ltd., Lunjiao, Shunde, Foshan, China"),
         ("p", "Date: 05.06.2024 - Buyer: Stefanie Wolters - Supplier no. 71 204"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price EUR", "Amount EUR"],
             ["10", "BH-OH-60-L", "Oven door hinge 60 cm, left - SAMPLE", "30", "4.90", "147.00"],
             ["20", "BH-OH-60-R", "Oven door hinge 60 cm, right - SAMPLE", "30", "4.90", "147.00"],
         ]),
         ("sp",),
         ("p", "Your quotation HM-2405-118 is attached to our order for reference only. Its production "
               "quantity of 5,000 pairs is for information and is not released under this PO."),
         ("p", "Released now: 30 left + 30 right sample hinges (lines 10 and 20)."),
         ("p", "All production quantities stay on hold until (1) our sample sign-off "
               "(Erstmusterprüfbericht incl. 20,000-cycle door test) and (2) a written production release "
               "by Stefanie Wolters, Head of Purchasing."),
         ("p", "Material authority: samples only."),
         ("p", "Delivery: DAP Gütersloh by air, week 27. Please mark cartons with PO and line number."),
     ], title="PO 4500-77120", author="Stefanie Wolters")),
      ("Quotation_HM-2405-118.pdf", pdf([
          ("h1", "Quotation HM-2405-118"),
          ("p", "Foshan Shunde Huamei Hardware Stamping Co., Ltd. - To: Brenner Hausgeräte GmbH, Ms. Stefanie Wolters"),
          ("p", "Date 2024-05-24. Item: oven door hinge 60 cm left/right, SPCC + Zn-Ni plating, per drawing BH-OH-60 rev 2."),
          ("table", [
              ["Qty", "Unit price EUR / pc", "Remark"],
              ["30 pairs (samples)", "4.90", "soft tool, 12 days"],
              ["5,000 pairs", "1.38", "progressive die, 30 days"],
              ["10,000 pairs", "1.29", "progressive die, 30 days"],
          ]),
          ("p", "Progressive die cost: EUR 14,500, amortisation possible over 20,000 pairs."),
          ("p", "Price FOB Shenzhen. Quotation valid 90 days. Best regards, Ivy Mai, Sales Manager."),
      ], title="Quotation HM-2405-118", author="Ivy Mai"))])

# c15 Teams: go ahead with pilot units only
case("c15_teams_pilot", [],
     "'go ahead with the 15 pilot units only'; 285 not released until EMPB sign-off and written release by Ruud de Boer",
     [("teams_chat_oeztuerk_Z12.txt", T("""
        Microsoft Teams - chat export
        Conversation: Öztürk Plastik / MCB sprockets Z12
        Participants: Ruud de Boer (Mulder Conveyor Belts B.V., Purchasing Manager), Mehmet Öztürk (Öztürk Plastik Ltd. Şti.), Elif Kara (Öztürk Plastik, Quality)
        Exported 07-06-2024 by r.deboer@mulderconveyors.nl

        [05-06-2024 08:12] Mehmet Öztürk: Günaydın Ruud, the pilot tool is OK now after the gate change. 15 pilot sprockets can be moulded Friday. Shall we continue?
        [05-06-2024 08:19] Elif Kara: dimensional report of T2 shots attached -> T2_report_Z12.xlsx
        [05-06-2024 08:40] Ruud de Boer: Morning Mehmet, Elif. Yes, go ahead with the 15 pilot units only (PO 45-2201, line 1).
        [05-06-2024 08:41] Ruud de Boer: The other 285 on your quote are not released. They wait for our EMPB sign-off and after that my written release. Please don't buy POM for them yet.
        [05-06-2024 08:43] Mehmet Öztürk: Tamam, only 15 pcs. 285 on hold 👍
        [05-06-2024 08:44] Mehmet Öztürk: shipping with the Ekol truck Tuesday, together with the chain guides
        [05-06-2024 09:02] Ruud de Boer: perfect, thanks
        """))])

# c16 abas full order, no balance
case("c16_abas_order", [],
     "full order printout (1.500 + 800), explicitly no balance or follow-up quantity; sample disposition is history",
     [("abas_Bestellung_24-100512.txt", T("""
        abas ERP | Bestellung 24-100512 | Seite 1/1 | Druck 12.06.2024 10:41 | Benutzer HOF-EK03
        ==========================================================================================
        Hofbauer Küchentechnik GmbH            Lieferant  K-20877
        Industriezeile 47                      Demir Döküm ve Metal San. Ltd. Şti.
        4020 Linz                              Organize Sanayi Bölgesi 2. Kısım
        Österreich                             26110 Eskişehir, Türkei
        ==========================================================================================
        Bestelldatum  12.06.2024     Sachbearbeiter  Petra Hofstätter   Tel. +43 732 77 41-58
        Lieferung     KW 30/2024     Lieferbed.      DAP Linz (Incoterms 2020)
        Zahlung       45 Tage netto  Währung         EUR
        ------------------------------------------------------------------------------------------
        Pos Artikel      Bezeichnung                          Menge  ME    Preis      Betrag
        --- ------------ ---------------------------------- ------- ---- ------- -----------
          1 BK-60-GG     Brennerdeckel 60 mm, EN-GJL-200       1.500  Stk    1,42    2.130,00
          2 BK-75-GG     Brennerdeckel 75 mm, EN-GJL-200         800  Stk    1,86    1.488,00
        ------------------------------------------------------------------------------------------
                                                               Summe netto EUR     3.618,00

        Bemerkung:
        Vollständige Bestellung - die obigen Mengen sind die gesamte Bestellmenge; es gibt keine
        Restmenge und keine Folgemenge zu dieser Bestellung.
        Complete order - the quantities above are the whole order quantity; there is no balance.
        Die Erstmuster wurden am 14.05.2024 abgenommen (EMPB-Nr. 24-077, Emaillierprobe i.O.).
        Verpackung: Gitterbox, max. 400 kg, Zwischenlagen Karton.
        ==========================================================================================
        """))])

# c17 8D report from supplier (no authorization)
case("c17_8d_report", [],
     "supplier 8D report with many quantities (sorted, NOK, in transit); nothing is authorized",
     [("8D_GH-8D-2024-011.docx", docx_bytes([
         ("h1", "8D Report GH-8D-2024-011"),
         ("p", "Supplier: Xiamen Guanghui Electronics Co., Ltd. - Customer: Lichtwerk Steiner GmbH, Dornbirn (AT)"),
         ("p", "Complaint: LS-Q-24-0093 dated 16.05.2024 - Part: driver housing DH-35, PC-V0, drawing LS-DH-35 rev 4"),
         ("table", [
             ["Discipline", "Content", "Owner", "Date"],
             ["D1 Team", "Wang Jun (QA Mgr), Chen Li (Tooling), Martina Steiner (customer SQE)", "Wang Jun", "17.05."],
             ["D2 Problem", "Crack at screw boss B2 after torque 0.9 Nm; 11 of 400 pcs at customer IQC", "Wang Jun", "17.05."],
             ["D3 Containment", "Sorted 1,240 pcs in our stock: 37 NOK. 2,600 pcs in transit (sea, ETA 12.06.) "
              "to be sorted at customer by 3rd party, cost on supplier", "Chen Li", "20.05."],
             ["D4 Root cause", "Weld line at boss B2, wall thickness 1.2 mm (nominal 1.5), mould temp. too low", "Chen Li", "24.05."],
             ["D5 Corrective action", "Gate moved 6 mm, boss core re-machined, mould temp. 85 °C", "Chen Li", "31.05."],
             ["D6 Verification", "3 x 32 shots, torque test 1.5 Nm, 0 cracks", "Wang Jun", "05.06."],
             ["D7 Prevention", "PFMEA rev 5, control plan: torque test 5 pcs/shift", "Wang Jun", "07.06."],
             ["D8 Closure", "Waiting for customer confirmation of effectiveness", "Martina Steiner", "open"],
         ]),
         ("sp",),
         ("p", "Remark: parts from the modified tool are marked with a yellow dot and date code ≥ 2423."),
         ("p", "Prepared by Wang Jun, QA Manager, Xiamen Guanghui Electronics Co., Ltd."),
     ], author="Wang Jun"))])

# c18 minutes: sample-only decided, all four jobs
case("c18_minutes_docx", [],
     "minutes: 6 sample brackets only, 594 not released, sample sign-off + written release by Bram de Wit, sample-only material",
     [("Minutes_2024-06-06_RCS_DNPM.docx", docx_bytes([
         ("h1", "Minutes - supplier call Rijnmond Conveyor Systems / Da Nang Precision Mechanical"),
         ("p", "Date: 06-06-2024, 09:00-09:45 CET (Teams). Present: Bram de Wit (RCS, Procurement Manager), "
               "Lotte Smit (RCS, Engineering), Mr. Vo Thanh Tung and Ms. Le Thi Mai (DNPM)."),
         ("h", "1. Status"),
         ("p", "DNPM has the drawing GB-BR-12 rev C and the 3D model. Laser program ready. Powder RAL 5015 confirmed."),
         ("h", "2. Decisions"),
         ("table", [
             ["#", "Decision"],
             ["D1", "PO 45-0912 covers 6 (six) sample gearbox brackets only."],
             ["D2", "The balance of 594 brackets is not released and stays on hold."],
             ["D3", "Unlock: sample sign-off by RCS engineering (Lotte Smit) and then a written production "
                    "release by Bram de Wit, Procurement Manager. A call or a chat message is not a release."],
             ["D4", "Material authority: sample-only. No S355 plate is bought for the series."],
         ]),
         ("h", "3. Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Ship 6 samples by air with measurement report", "DNPM (Ms. Mai)", "21-06-2024"],
             ["Sample sign-off meeting", "Lotte Smit", "28-06-2024"],
             ["Send forecast for 2025 (information only)", "Bram de Wit", "30-06-2024"],
         ]),
         ("p", "Next call: 13-06-2024, same time."),
     ], author="Bram de Wit"))])

# c19 supplier portal page: complete scope in structured fields
case("c19_portal_order", [],
     "buyer portal order page: line 10 sample 24 released, line 20 1,176 on hold, EMPB sign-off + written release by Katrin Hofer, sample-only material",
     [("portal_order_AQ-240311.html", html_page("Aquaterra Supplier Portal - Order AQ-240311", T("""
        <div style="background:#0b4f6c;color:#fff;padding:6px">Aquaterra Sanitär AG &middot; Supplier Portal &middot; logged in: Sefrou Laiton SARL (vendor 40882)</div>
        <h2>Order AQ-240311 &ndash; Kartuschengehäuse KG-35</h2>
        <p>Order date 03.06.2024 &middot; Buyer: Katrin Hofer, Einkaufsleitung &middot; Currency CHF &middot; Incoterms DAP St. Gallen</p>
        <table>
        <tr><th>Line</th><th>Part</th><th>Scope</th><th>Qty</th><th>Unit price</th><th>Status</th></tr>
        <tr><td>10</td><td>KG-35-CR cartridge body, CW617N, chrome</td><td>sample</td><td>24</td><td>9.80</td><td>Released</td></tr>
        <tr><td>20</td><td>KG-35-CR cartridge body, CW617N, chrome</td><td>production</td><td>1,176</td><td>3.15</td><td>On hold &ndash; not released</td></tr>
        </table>
        <div class="note">
        <b>Scope note</b><br>
        Active quantity: 24 sample bodies (line 10).<br>
        Balance on hold: line 20, 1,176 pcs, is not released. Do not produce it.<br>
        Unlock event: EMPB sign-off (Erstmusterprüfbericht) by Aquaterra quality, then a written production release.<br>
        Release authority: Katrin Hofer, Einkaufsleitung.<br>
        Material authority: sample-only.
        </div>
        <h3>Documents</h3>
        <ul><li>Drawing KG-35 Rev 06 (PDF)</li><li>Quality agreement QSV-2022 (PDF)</li><li>Packing instruction VP-12 (PDF)</li></ul>
        <p style="color:#777">Acknowledge this order with the button below. Your acknowledgement is recorded with time stamp.</p>
        <button>Acknowledge order</button>
        """), lang="de"))])

# c20 Mexican supplier asks to buy material; buyer refuses with full scope (quoted reply)
_c20_q = T("""
    De: Alejandra Ruiz <aruiz@troqueladosdelnorte.com.mx>
    Enviado: lunes, 10 de junio de 2024 18:05
    Para: Lukas Hartmann
    Asunto: PO 4600-3317 - material para producción?

    Hola Lukas,
    ¿podemos comprar la lámina DC04 para las 3,000 piezas? The price goes up in June and we can
    keep the coil in our warehouse in Saltillo.
    Saludos, Alejandra
    """)
_c20 = T("""
    Hola Alejandra,

    no, please don't. Material authority under PO 4600-3317 is sample-only: buy sheet for the 30
    sample brackets and nothing more.

    The 2,970 production brackets are not released. They stay on hold until our sample sign-off
    and then a written release from me (Lukas Hartmann). If the steel price goes up in June,
    send me the new price and I will decide - but no purchase before that.

    Saludos y buen día,
    Lukas
    """) + sig("Lukas Hartmann", "Einkauf / Purchasing", "Velotec Antriebe GmbH, Freiburg im Breisgau", "+49 761 555 402") + "\n" + quote(_c20_q)
case("c20_material_question", [],
     "supplier's material question (quoted) answered: sample-only material, 30 active, 2,970 on hold until sign-off + written release by Lukas Hartmann",
     [("RE_PO_4600-3317_material.eml", eml_bytes(mail(
         "Lukas Hartmann <l.hartmann@velotec-antriebe.de>",
         "Alejandra Ruiz <aruiz@troqueladosdelnorte.com.mx>",
         "AW: PO 4600-3317 - material para producción?",
         "Tue, 11 Jun 2024 07:58:00 +0200", _c20,
         in_reply_to="<5e1f0c77ab.0610@troqueladosdelnorte.com.mx>")))])

# c21 multi-file: full release of the balance after sign-off (DOCX letter + cover mail)
_c21_letter = docx_bytes([
    ("h1", "Production release PR-2024-031"),
    ("p", "Nordwärme Systeme GmbH, Vahrenwalder Str. 269, 30179 Hannover"),
    ("p", "To: Aksoy Metal San. ve Tic. A.Ş., Konya - Date: 14.06.2024"),
    ("table", [
        ["Item", "Entry"],
        ["Purchase order", "4500-200318 (1,200 pcs: 12 samples + 1,188 series)"],
        ["Part", "Evaporator bracket NW-3300-07, drawing rev 07"],
        ["Sample sign-off", "EMPB-2024-118, disposition accepted on 12.06.2024"],
        ["Released by this letter", "1,188 pcs"],
        ["Released in total", "1,200 pcs (12 samples delivered + 1,188)"],
        ["Remaining balance", "none"],
    ]),
    ("sp",),
    ("p", "Following the EMPB sign-off on 12.06.2024, the balance of 1,188 pcs of PO 4500-200318 is "
          "released for production. With this letter the full PO quantity of 1,200 pcs is released; "
          "there is no remaining balance."),
    ("p", "Delivery in three lots of 396 pcs, weeks 30, 32 and 34, DAP Hannover."),
    ("p", "Released by: Claudia Vogt, Leiterin Einkauf"),
], author="Claudia Vogt")
_c21 = T("""
    Sehr geehrter Herr Aksoy,

    attached you find our production release PR-2024-031 for the remaining 1,188 evaporator
    brackets of PO 4500-200318. The EMPB was signed off on 12.06. - thank you for the clean
    first samples.

    Please confirm the three delivery dates in the letter by return.

    Mit freundlichen Grüßen
    Claudia Vogt
    """) + sig("Claudia Vogt", "Leiterin Einkauf", "Nordwärme Systeme GmbH", "+49 511 555 6630")
case("c21_release_letter", [],
     "folder bundle: written production release of the full balance (1,188) after recorded sign-off; full PO released, no balance left",
     [("Release_PR-2024-031.docx", _c21_letter),
      ("Mail_PR-2024-031.eml", eml_bytes(mail(
          "Claudia Vogt <c.vogt@nordwaerme.de>", "Mehmet Aksoy <mehmet@aksoymetal.com.tr>",
          "Production release PR-2024-031 / PO 4500-200318", "Fri, 14 Jun 2024 13:10:00 +0200", _c21,
          attachments=[("Release_PR-2024-031.docx", _c21_letter, DOCX_MT)])))])

# c22 EDIFACT ORDERS, full quantity
case("c22_edi_orders", [],
     "EDI ORDERS for the complete quantity (2,000 m), free text says no further quantity; no sample/balance structure",
     [("ORDERS_BKI-24-07781.txt", T("""
        UNA:+.? '
        UNB+UNOC:3+8712399000013:14+6970123400006:14+240604:0915+BKI2407781'
        UNH+1+ORDERS:D:96A:UN'
        BGM+220+BKI-24-07781+9'
        DTM+137:20240604:102'
        DTM+2:20240812:102'
        FTX+PUR+++COMPLETE ORDER - NO FURTHER QUANTITIES UNDER THIS PO'
        FTX+PUR+++CHAIN PER DRAWING BKI-CH-16B REV 2, PITCH 25.4 MM, ISO 606 16B-1'
        RFF+CT:FRAME-2023-004'
        NAD+BY+8712399000013::9++Bakker Intralogistics B.V.+Industrieweg 18+Veenendaal++3903 AX+NL'
        NAD+SU+6970123400006::9++Hangzhou Donghua Transmission Chain Co.+Linping+Hangzhou++311100+CN'
        CTA+PD+:Esther Bakker'
        COM+31318555410:TE'
        CUX+2:EUR:9'
        LIN+1++BKI-CH-16B:BP'
        IMD+F++:::ROLLER CHAIN 16B-1 NICKEL PLATED'
        QTY+21:2000:MTR'
        PRI+AAA:6.45'
        LIN+2++BKI-CL-16B:BP'
        IMD+F++:::CONNECTING LINK 16B-1'
        QTY+21:400:PCE'
        PRI+AAA:0.38'
        UNS+S'
        CNT+2:2'
        UNT+24+1'
        UNZ+1+BKI2407781'

        ---- readable view (generated by EDI gateway) ----
        Order BKI-24-07781 of 04.06.2024, delivery 12.08.2024, buyer contact Esther Bakker
        Line 1  BKI-CH-16B  roller chain 16B-1, nickel plated   2000 m    EUR 6.45 / m
        Line 2  BKI-CL-16B  connecting link 16B-1               400 pcs   EUR 0.38 / pc
        Free text: COMPLETE ORDER - NO FURTHER QUANTITIES UNDER THIS PO
        """))])

# c23 WhatsApp: labelled forecast, no authorization
case("c23_whatsapp_forecast", [],
     "forecast shared in chat explicitly as 'not an order, do not buy'; no authorization in the chat",
     [("WhatsApp_Chat_Quy_Nhon.txt", T("""
        [14.05.24, 08:02:11] Markus Gruber: Xin chào Lan 🙂 short update from Wels. The dealer fair in Linz went well.
        [14.05.24, 08:03:40] Pham Thi Lan: Dạ chào anh Markus! good to hear 😊
        [14.05.24, 08:05:02] Markus Gruber: FYI only: forecast for season 2025 is about 8k chairs "Quy Nhon" and 2k tables.
        [14.05.24, 08:05:49] Markus Gruber: This is a forecast, NOT an order. Please do not buy wood or aluminium for it and do not book line capacity yet.
        [14.05.24, 08:06:30] Markus Gruber: PO will come in October, if the dealer pre-orders are good
        [14.05.24, 08:09:12] Pham Thi Lan: Dạ, understood anh Markus. Only for our capacity planning, no material 👍
        [14.05.24, 08:10:03] Pham Thi Lan: can you visit factory in September? new powder line is running
        [14.05.24, 08:14:27] Markus Gruber: yes, plan is week 38 together with our QC Mr. Leitner
        [14.05.24, 08:14:59] Pham Thi Lan: 🎉🎉 we prepare
        [14.05.24, 17:42:18] Pham Thi Lan: <Media omitted>
        [14.05.24, 17:42:30] Pham Thi Lan: new sample acacia oil colour, light and dark
        [14.05.24, 18:01:05] Markus Gruber: the dark one is nicer 👍 we look at it together in September
        """))])

# c24 EMPB cover letter from supplier
case("c24_empb_cover", [],
     "supplier EMPB cover letter (non-authorizing) that restates it will not start series before written production release",
     [("EMPB_Cover_TF-7712.pdf", pdf([
         ("h1", "Erstmusterprüfbericht (EMPB) - cover letter"),
         ("p", "Kuzey Hassas Döküm San. A.Ş., Kayseri OSB 18. Cadde No: 7, 38070 Kayseri, Türkiye"),
         ("p", "To: Thermaflux GmbH, Quality / Purchasing, Sandershäuser Str. 34, 34123 Kassel"),
         ("p", "Date: 07.06.2024 - Ref.: PO 4500-55410, part TF-7712 compressor bracket, drawing rev 02"),
         ("sp",),
         ("p", "Dear Sir or Madam,"),
         ("p", "please find enclosed the EMPB according to VDA Band 2 (Vorlagestufe 2) for the 12 sample "
               "parts of your PO 4500-55410."),
         ("table", [
             ["Enclosure", "Content"],
             ["Deckblatt", "EMPB cover sheet, signed by supplier quality"],
             ["Maßbericht", "64 characteristics, 3 parts measured, all in tolerance"],
             ["Werkstoff", "EN-GJS-400-15, certificate 3.1 per EN 10204"],
             ["Prozess", "Process flow, PFMEA rev 1, control plan rev 1"],
         ]),
         ("sp",),
         ("p", "We kindly ask for your sample sign-off. We understand that your PO covers the 12 sample "
               "parts only; we will not start series production and we will not buy material for the "
               "series before we receive your written production release."),
         ("p", "Saygılarımızla / Best regards - Hakan Çelik, Quality Manager"),
     ], title="EMPB cover TF-7712", author="Hakan Celik"))])

# c25 supplier status page (HTML) with Spanish mixed in
case("c25_status_mx", [],
     "supplier weekly status (non-authorizing): 40 samples done, production material not bought, waiting for written release",
     [("estatus_semana_24.html", html_page("Reporte semanal / weekly status - semana 24", T("""
        <h2>Industrias Metálicas Jalisco S.A. de C.V. &ndash; Reporte semanal / weekly status</h2>
        <p>Cliente / customer: Brunner Fördertechnik AG, Luzern &middot; Proyecto: idler frame BF-IF-800 &middot; OC / PO 55-1020</p>
        <table>
        <tr><th>Tema / topic</th><th>Estatus</th><th>Comentario</th></tr>
        <tr><td>Muestras / samples</td><td>40 muestras terminadas</td><td>40 samples finished, galvanizado OK</td></tr>
        <tr><td>Inspección dimensional</td><td>38 OK, 2 retrabajo</td><td>2 pcs hole position 0.3 mm off, rework Tuesday</td></tr>
        <tr><td>Envío / shipping</td><td>semana 25</td><td>DHL Express, 3 tarimas</td></tr>
        <tr><td>Material producción</td><td>NO comprado</td><td>production material not purchased &ndash; esperando su liberación por escrito (written release)</td></tr>
        <tr><td>Capacidad</td><td>reservada tentativamente sem. 30&ndash;33</td><td>tentative only, no material, no start without your release</td></tr>
        </table>
        <p>Saludos cordiales,<br>Ing. Rodrigo Salas &ndash; Gerente de Proyectos &ndash; +52 33 5555 8120</p>
        """), lang="es"))])


# =================================================================== RISKY
# p01 PO carries the series line next to the prototypes; nothing about hold, event or authority
case("p01_ebike_po_docx", ["RG001", "RG003", "RG004", "RG005"],
     "PO lists 6 prototype frames and a 2,400 series line with value; nothing says the series is informational or on hold, no unlock event, no release person",
     [("Bestellung_4500-61877.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500-61877"),
         ("p", "Domrad Bikes GmbH, Deutz-Mülheimer Str. 30, 51063 Köln"),
         ("p", "Lieferant: Tianjin Golden Wheel Aluminium Products Co., Ltd., Jinghai, Tianjin, China"),
         ("p", "Datum 28.05.2024 - Einkauf: Nils Brückner - Ihr Angebot GW-Q-0412 rev 2"),
         ("table", [
             ["Pos", "Art.-Nr.", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
             ["10", "DR-FR-29-M", "Prototype frame 29\" size M, 6061-T6, raw, hydroformed down tube", "6", "pcs", "210.00", "1,260.00"],
             ["20", "DR-FR-29-M", "Series frame 29\" size M, painted + decals", "2,400", "pcs", "118.00", "283,200.00"],
             ["", "", "", "", "", "Total", "284,460.00"],
         ]),
         ("sp",),
         ("p", "Pos. 10: we need the 6 prototype frames by KW 28 for the test rides in Willingen. "
               "Please send the weld inspection report and the EN ISO 4210-6 fatigue test of one frame."),
         ("p", "Paint: RAL 9005 matt, decals per artwork DR-ART-24-03."),
         ("p", "Delivery: FOB Xingang. Payment: 30 days after B/L."),
         ("p", "Mit freundlichen Grüßen / Best regards - Nils Brückner, Einkauf - +49 221 555 780-12"),
     ], author="Nils Bruckner"))])

# p02 Teams: complete scope by purchasing, then engineering writes an unscoped approval
case("p02_teams_battery_rails", ["RG002"],
     "purchasing scope is complete (10 active, 990 on hold, sign-off + written release by Eline Post) but engineering later writes 'Approved, go ahead' with no scope",
     [("teams_export_SFM-24-118.txt", T("""
        Microsoft Teams - chat export
        Chat: SFM x Jiali | battery rail BR-500
        Participants: Eline Post (Stadsfiets Mobility, Purchasing), Jeroen Visser (Stadsfiets Mobility, Engineering), Kevin Wu (Changzhou Jiali Motor Parts, Sales)
        Exported 20-06-2024

        [03-06-2024 10:02] Eline Post: Hi Kevin, PO SFM-24-118 is in your mailbox. It is for 10 sample battery rails only.
        [03-06-2024 10:03] Eline Post: The balance of 990 is not released. It stays on hold until Jeroen's sample sign-off and then a written release from me, Eline Post. No material for the 990 please.
        [03-06-2024 10:20] Kevin Wu: Received Eline, 10pcs only 👌 samples ready in 12 days
        [14-06-2024 15:31] Kevin Wu: Hello Jeroen, photos of the samples, anodizing done
        [14-06-2024 15:31] Kevin Wu: [image] [image] [image]
        [14-06-2024 15:32] Kevin Wu: please check the colour, we used the same bath as golden sample
        [14-06-2024 16:05] Jeroen Visser: Colour is spot on and it fits the down tube of the M and L frame.
        [14-06-2024 16:06] Jeroen Visser: Approved, go ahead 👍
        [14-06-2024 16:10] Kevin Wu: Thank you Jeroen!! 👍👍
        [14-06-2024 16:10] Kevin Wu: have a nice weekend
        """))])

# p03 green light after samples, no quantity, no hold, no event, no person
_p03_q = T("""
    From: Tran Quoc Bao <bao.tq@saigonalex.com.vn>
    Sent: Thursday, 13 June 2024 10:12
    To: Barbara Steindl
    Subject: LX-P40 profile samples - feedback?

    Dear Ms Barbara,
    any news from your lab? Our extrusion press 1800T has a free slot in week 27, we need to know
    soon for planning and for ordering the billets.
    Thank you and best regards, Bao
    """)
_p03 = T("""
    Dear Mr. Tran,

    thank you for your patience. Our lab finished the tests on the sample profiles last week:
    IP65 and the thermal cycle passed, only the anodising on two profiles was slightly uneven,
    which our design team accepts.

    So you have the green light from our side. Please send the invoice for the samples to
    accounts payable (ap@luxalpin.at) with our PO number.

    Liebe Grüße aus Wien
    Barbara Steindl
    """) + sig("DI Barbara Steindl", "Produktmanagement", "Luxalpin Leuchten GmbH, Wien", "+43 1 555 3140") + "\n" + quote(_p03_q)
case("p03_green_light", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "buyer gives 'the green light from our side' after sample tests: no quantity, nothing on hold, no unlock event, nobody named to release",
     [("RE_LX-P40_samples_feedback.eml", eml_bytes(mail(
         "Barbara Steindl <b.steindl@luxalpin.at>", "Tran Quoc Bao <bao.tq@saigonalex.com.vn>",
         "RE: LX-P40 profile samples - feedback?", "Mon, 17 Jun 2024 09:31:00 +0200", _p03,
         in_reply_to="<9c02bb1e44.0613@saigonalex.com.vn>")))])

# p04 bare SAP sample PO with the quoted series quantity printed
case("p04_sap_bare_sample", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO of 5 castings prints the offered 2.000 series quantity with no 'not released' note; no hold, no unlock event, no release person",
     [("PO_4510008812.txt", T("""
        Meier Fördertechnik AG · Zürcherstrasse 210 · 8406 Winterthur · Schweiz
        ==========================================================================================
        BESTELLUNG                                     Nr.        4510008812
                                                       Datum      04.06.2024
        Lieferant 300771                               Einkauf    D. Rüegg / +41 52 555 18 44
        Konya Döküm Sanayi A.Ş.                        MWST-Nr.   CHE-105.334.912
        Büyükkayacık OSB, 42300 Konya, Türkei
        ==========================================================================================
        Pos   Material        Kurztext                             Menge  ME   Preis CHF   Wert CHF
        ----- --------------- ---------------------------------- ------- ---- ---------- ---------
        00010 MF-IB-220-3     Tragrollenbock / idler bracket          5   ST      96,00    480,00
                              EN-GJS-500-7, Zeichnung MF-220 Ind. 3
                              Muster / sample
                              Angebotsmenge Serie lt. Angebot
                              2024-0331:                          2.000   ST      18,40
                              Liefertermin 05.07.2024
        ==========================================================================================
                                                              Total netto CHF            480,00
        Musterbestellung gemäss Ihrem Angebot 2024-0331 vom 12.04.2024.
        Bitte Prüfbericht (Vorlagestufe 2) und Werkstoffzeugnis 3.1 beilegen.
        Sample order according to your offer 2024-0331. Please include inspection report.
        Lieferbedingung: DAP Winterthur · Zahlung: 30 Tage netto · es gelten unsere AEB 2022.
        ==========================================================================================
        """))])

# p05 hold "until further notice" (no event), person named
_p05 = T("""
    Dear Amy,

    PO 5500-301 was issued in our system today. It covers 16 sample fan wheels FW-560-ECO only.

    The remaining 1,984 pcs of your quotation BZ-2405-77 are on hold until further notice. Please
    do not produce them and do not buy PP-GF30 for them.

    Only I, Willem Bosman, can release them. A mail from our engineers or from our planners does
    not count as a release.

    Delivery of the 16 samples: DDP Zwolle, week 26. Please add the balancing report (G2.5 per
    ISO 21940-11) for each wheel.

    Met vriendelijke groet,
    Willem Bosman
    """) + sig("Willem Bosman", "Purchasing Manager", "Noorderwarmte B.V., Zwolle", "+31 38 555 1290")
case("p05_further_notice", ["RG004"],
     "16 active, 1,984 on hold, Willem Bosman sole release authority - but the hold is 'until further notice': no unlock event",
     [("PO_5500-301_sample_fan_wheels.eml", eml_bytes(mail(
         "Willem Bosman <w.bosman@noorderwarmte.nl>", "Amy Liang <amy@breezefan-zs.com>",
         "PO 5500-301 - 16 sample fan wheels FW-560-ECO", "Mon, 03 Jun 2024 14:15:00 +0200",
         _p05, html=html_mail_body(_p05))))])

# p06 PDF: release "from our company" - no named person
case("p06_po_company_release", ["RG005"],
     "30 active, 2,970 on hold until EMPB sign-off and written release 'from our company' - no named release authority",
     [("PO_4800-1190.pdf", pdf([
         ("h1", "Purchase Order 4800-1190"),
         ("p", "NorMed Systems GmbH, Frankenstraße 150, 90461 Nürnberg, Germany"),
         ("p", "Supplier: VinaMould Precision Co., Ltd., Que Vo Industrial Park, Bac Ninh, Vietnam"),
         ("p", "Date: 30.05.2024 - Our ref.: NM-PUR-24-233 - Your quotation VM-Q-0519"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["10", "NM-PH-07", "Handheld monitor housing, PC/ABS medical grade, upper + lower", "30", "22.50", "675.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Released now: thirty (30) sample housings, line 10."),
         ("p", "The balance of 2,970 housings from your quotation is not released and remains on hold "
               "until the EMPB sign-off and a written production release from our company."),
         ("p", "Material authority: samples only."),
         ("p", "Documentation: dimensional report, material certificate (UL94 V-0, ISO 10993-5 statement), "
               "cavity marked on each part."),
         ("p", "Delivery: DAP Nürnberg, 5 weeks. Payment: 45 days net."),
         ("p", "i.A. Sabine Roth, Purchasing"),
     ], title="PO 4800-1190", author="NorMed Systems"))])

# p07 portal: internal approval as event, "purchasing department" as authority
case("p07_portal_department", ["RG005"],
     "portal order: 20 active, 1,480 on hold pending sample sign-off and internal approval; release authority only 'Purchasing department'",
     [("portal_order_KG-24-0518.html", html_page("Kuchl Gerätebau - Lieferantenportal - Bestellung KG-24-0518", T("""
        <div style="background:#333;color:#fff;padding:6px">Kuchl Gerätebau GmbH &middot; Lieferantenportal &middot; Manisa Metal Pres A.Ş. (Lief.-Nr. 11893)</div>
        <h2>Bestellung / order KG-24-0518</h2>
        <p>Artikel: Backofen-Seitenwand / oven side panel KG-OS-45, DC04 + enamel, drawing KG-OS-45 Ind. B</p>
        <table>
        <tr><th>Line</th><th>Scope</th><th>Qty</th><th>Price EUR</th><th>Delivery</th><th>Status</th></tr>
        <tr><td>10</td><td>sample</td><td>20</td><td>14.20</td><td>KW 27</td><td>Released</td></tr>
        <tr><td>20</td><td>production</td><td>1,480</td><td>3.95</td><td>&ndash;</td><td>ON HOLD &ndash; not released</td></tr>
        </table>
        <div class="note">
        <b>Release information</b><br>
        Active quantity: 20 sample panels (line 10).<br>
        Line 20: not released; do not start it.<br>
        Unlock event: sample sign-off, followed by internal approval in our company.<br>
        Release authority: Purchasing department.<br>
        Material authority: samples only.
        </div>
        <p>Contact: einkauf@kuchl-geraetebau.at &middot; +43 6245 555 20</p>
        """), lang="de"))])

# p08 supplier bought bar stock for the whole quantity (quoted buyer scope complete)
_p08_q = T("""
    From: Dennis Vermeulen <d.vermeulen@skyframe-robotics.nl>
    Sent: Monday, 27 May 2024 11:40
    To: Jack Chen
    Subject: PO SFR-24-0207 motor mount DM-220

    Hi Jack,
    PO SFR-24-0207 is attached. Scope: fifteen (15) sample motor mounts DM-220 only.
    The other 1,485 pcs from your quote are not released and stay on hold until our FAI
    sign-off and a written release from me (Dennis Vermeulen, Supply Chain Lead).
    Material authority: sample quantity only - no bar stock for the series.
    Regards, Dennis
    """)
_p08 = T("""
    Hi Dennis,

    Thanks for your PO. 15 pcs samples of motor mount DM-220 will be finished 20 June, CMM report
    also (all 48 dimensions).

    For your info: to secure the lead time and the price we already purchased the 6061-T6 bar
    stock for the whole 1,500 pcs, it arrived in our warehouse yesterday. Aluminium price go up
    8% in May, so this is good for you.

    Anodizing: we will use black type II, 15 µm, same as DM-180.

    Best regards,
    Jack Chen
    Kunshan Hengyu CNC Machining Co., Ltd.
    Tel/WeChat +86 138 1555 2207
    """) + "\n" + quote(_p08_q)
case("p08_bar_stock", ["RG006"],
     "buyer's quoted scope is complete with sample-only material authority; supplier reports bar stock bought for all 1,500",
     [("RE_PO_SFR-24-0207.eml", eml_bytes(mail(
         "Jack Chen <jack.chen@hengyu-cnc.com>", "Dennis Vermeulen <d.vermeulen@skyframe-robotics.nl>",
         "RE: PO SFR-24-0207 motor mount DM-220", "Wed, 05 Jun 2024 16:22:00 +0800", _p08,
         in_reply_to="<77ad01c3e9.0527@skyframe-robotics.nl>")))])

# p09 WhatsApp: coil for full lot bought and roll-over into mass production announced
case("p09_whatsapp_hinges", ["RG006", "RG007"],
     "buyer scope complete; supplier bought coil for 5.000 and says that on sample approval it starts mass production directly",
     [("WhatsApp_Chat_Kocaeli_Mentese.txt", T("""
        [03.06.24, 09:12:40] Andrea Pichler: Hallo Emre, PO 24-0711 ist raus: nur 20 Muster / only 20 samples of hinge AH-600.
        [03.06.24, 09:13:25] Andrea Pichler: Rest 4.980 Stk NICHT freigegeben / not released, bis EMPB-Abnahme und meine schriftliche Serienfreigabe. Kein Material für die Serie bitte. Andrea
        [03.06.24, 09:40:02] Emre Yıldız: Merhaba Andrea Hanım, received 👍 samples in 3 weeks
        [11.06.24, 14:21:17] Emre Yıldız: <Media omitted>
        [11.06.24, 14:21:40] Emre Yıldız: first parts from progressive tool, look very good
        [21.06.24, 17:05:09] Emre Yıldız: samples sent UPS today, tracking 1Z8V7E420466120318
        [21.06.24, 17:07:33] Emre Yıldız: Also good news: we ordered already DC01 coil for full 5.000 pcs, price was very good this month. So when you approve samples we directly start mass production, no time lost 👍👍
        [21.06.24, 17:30:51] Andrea Pichler: Danke Emre, I check the parcel next week when I am back from Kufstein.
        """))])

# p10 complete PDF PO, cover mail tells supplier to skip the written release
_p10_po = pdf([
    ("h1", "Purchase Order 2024-118"),
    ("p", "Sitzwerk Outdoor AG, Freiburgstrasse 251, 3018 Bern, Switzerland"),
    ("p", "Supplier: Dong Nai Rattan & Aluminium Co., Ltd., Bien Hoa 2 IZ, Dong Nai, Vietnam"),
    ("p", "Date: 20.05.2024 - Buyer: Corinne Zbinden - Proforma DN-PI-2405-31"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["10", "SW-LNG-01", "Lounge chair 'Aare', alu + PE rattan, cushion Sunbrella - SAMPLE", "4", "240.00", "960.00"],
    ]),
    ("sp",),
    ("p", "Released now: four (4) sample lounge chairs."),
    ("p", "The balance of 796 lounge chairs from proforma DN-PI-2405-31 is not released and stays on hold "
          "until our sample sign-off in Bern and a written production release by Corinne Zbinden, "
          "Head of Sourcing."),
    ("p", "Material authority: samples only."),
    ("p", "Samples by air freight to Bern; production quantities (if released) FOB Cat Lai."),
])
_p10 = T("""
    Dear Ms Hanh,

    attached our PO 2024-118 for the 4 sample loungers - thank you for the fast proforma.

    Between us: our season is very tight this year. If the samples are fine when they arrive in
    Bern, just carry on with the rest straight away - no need to wait for my written release,
    we'll sort out the paperwork afterwards.

    Cushion fabric: Sunbrella "Natte Taupe", as on the swatch card.

    Kind regards from Bern
    Corinne
    """) + sig("Corinne Zbinden", "Head of Sourcing", "Sitzwerk Outdoor AG, Bern", "+41 31 555 44 02")
case("p10_carry_on_mail", ["RG007"],
     "attached PO is complete, but the buyer's cover mail says good samples roll straight into the 796 without the written release",
     [("PO_2024-118_sample_loungers.eml", eml_bytes(mail(
         "Corinne Zbinden <c.zbinden@sitzwerk.ch>", "Nguyen Thi Hanh <hanh.sales@dongnairattan.vn>",
         "PO 2024-118 - sample loungers 'Aare'", "Tue, 21 May 2024 10:03:00 +0200", _p10,
         attachments=[("PO_2024-118.pdf", _p10_po, PDF_MT)])))])

# p11 supplier order confirmation with deemed-approval roll-over clause
case("p11_oc_deemed", ["RG007"],
     "supplier confirmation: samples deemed approved after 7 days of silence and then mass production of 2,480 proceeds",
     [("OC-24-0593.docx", docx_bytes([
         ("h1", "ORDER CONFIRMATION OC-24-0593"),
         ("p", "Hanoi Precision Plastics JSC, Lot 23, Quang Minh IP, Me Linh, Hanoi, Vietnam"),
         ("p", "To: Medilux GmbH, Tuttlingen, Germany - Attn. Mr. Jonas Weber (Purchasing)"),
         ("p", "Your PO: 4510-2233 dated 24.05.2024 - Date: 28.05.2024"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR", "Delivery"],
             ["10", "Endoscope handle housing ML-EH-2, PC (Makrolon 2458)", "20", "18.00", "wk 26 by air"],
         ]),
         ("sp",),
         ("h", "Terms and conditions of this confirmation"),
         ("num", "Price DAP Tuttlingen for samples, FOB Hai Phong for mass production."),
         ("num", "Tooling (1+1 cavity) remains property of Medilux after full payment."),
         ("num", "Samples are delivered with dimensional report and CoC."),
         ("num", "If we do not receive your comments on the samples within 7 (seven) calendar days after "
                 "delivery, the samples are deemed approved and we will proceed with the mass production "
                 "of the remaining 2,480 pcs according to our quotation HPP-Q-24-077."),
         ("num", "Changes after start of mass production are charged at cost."),
         ("p", "Best regards, Pham Minh Duc, Sales Manager"),
     ], author="Pham Minh Duc"))])

# p12 supplier books the buyer's forecast as a firm order
case("p12_sc_forecast_firm", ["RG008"],
     "supplier sales contract books the buyer's rolling forecast (12,000) as confirmed order quantities",
     [("SalesContract_SC-2024-0618.pdf", pdf([
         ("h1", "SALES CONTRACT / ORDER CONFIRMATION SC-2024-0618"),
         ("p", "Seller: Cixi Brightstar Lighting Components Co., Ltd., Zhouxiang Town, Cixi, Ningbo, China"),
         ("p", "Buyer: Helder Verlichting B.V., Ringbaan-Oost 102, 5013 CD Tilburg, The Netherlands"),
         ("p", "Date: 2024-06-18. Product: LED driver housing HV-DH-60 with potting, UL94 V-0."),
         ("p", "According to your rolling forecast dated 3 June (FC-2024-W23) we have booked your forecast "
               "quantities as firm order in our system:"),
         ("table", [
             ["Month", "Forecast qty (your FC-2024-W23)", "Confirmed order qty", "ETD Ningbo"],
             ["July 2024", "3,000", "3,000", "2024-07-25"],
             ["August 2024", "3,000", "3,000", "2024-08-25"],
             ["September 2024", "3,000", "3,000", "2024-09-25"],
             ["October 2024", "3,000", "3,000", "2024-10-25"],
             ["Total", "12,000", "12,000", ""],
         ]),
         ("sp",),
         ("p", "Unit price USD 1.16, FOB Ningbo. Payment 30% T/T after signing, 70% against B/L copy."),
         ("p", "Please sign and return within 3 days. Cancellation after booking will be charged 30% of "
               "the order value."),
         ("p", "Seller: ____________ (Annie Qian, Sales Director)      Buyer: ____________"),
     ], title="SC-2024-0618", author="Annie Qian"))])

# p13 Teams HTML export: forecast written as the order, supplier buys resin for it
case("p13_teams_forecast_fixed", ["RG006", "RG008"],
     "call-off 7 is complete, but the buyer calls the 40k forecast 'our order' and the supplier buys PC/ABS for 40k on that basis",
     [("Teams_Chat_Yongxin.html", html_page("Teams chat export - Schwabenwerkzeug / Yongxin", T("""
        <h3>Chat: Schwabenwerkzeug &ndash; Yongxin Plastic Mould | housing SW-GH-18V</h3>
        <p>Exported 2024-06-19 by t.kern@schwabenwerkzeug.de</p>
        <table>
        <tr><th>Time</th><th>From</th><th>Message</th></tr>
        <tr><td>2024-06-17 09:03</td><td>Tobias Kern</td><td>Hi Vicky, call-off 7 under blanket PO 5510-0042: 1,000 housings SW-GH-18V for KW 30. This is released.</td></tr>
        <tr><td>2024-06-17 09:04</td><td>Tobias Kern</td><td>Everything beyond these 1,000 stays on hold until my next call-off. Tobias</td></tr>
        <tr><td>2024-06-17 09:30</td><td>Vicky Xu</td><td>received 😊 what about rest of year? we need plan the 280T machine and the colour masterbatch</td></tr>
        <tr><td>2024-06-17 09:41</td><td>Tobias Kern</td><td>Don't worry, our forecast of 40k housings for 2025 is fixed &ndash; you can count on it as our order 😉</td></tr>
        <tr><td>2024-06-17 09:44</td><td>Vicky Xu</td><td>great!! then we buy the PC/ABS for the 40k now, price is good this month</td></tr>
        <tr><td>2024-06-17 10:12</td><td>Vicky Xu</td><td>call-off 7 ETD Ningbo 12 July, will send packing list</td></tr>
        </table>
        """)))])

# p14 "release" used for the sample approval and for the production release
case("p14_freigabe_scope", ["RG009"],
     "'sample release' (Musterfreigabe = quality's technical approval) and 'production release' use one word for two things; otherwise complete",
     [("Scope_note_PO_4500-40871.docx", docx_bytes([
         ("h1", "PO 4500-40871 - Freigabeprozess / release process"),
         ("p", "Heizwerk Systeme GmbH, Dortmund - to Suzhou Jinhe Sheet Metal Co., Ltd. - 31.05.2024"),
         ("p", "Part: heat pump outdoor casing HW-OC-12, galvanised + powder RAL 7035, drawing HW-OC-12 rev 5"),
         ("table", [
             ["Step", "Meaning", "Who"],
             ["Released now", "10 sample casings (line 10)", "-"],
             ["1. Musterfreigabe / sample release", "our quality department releases the 10 sample casings after the EMPB review (salt spray, fit on unit)", "Quality, Heizwerk"],
             ["2. Serienfreigabe / production release", "written release of the balance of 990 casings", "Frank Lorenz, Head of Purchasing"],
         ]),
         ("sp",),
         ("p", "The balance of 990 casings is not released. It is released only after the sample release "
               "(step 1) and a written production release by Mr. Frank Lorenz (step 2)."),
         ("p", "Material authority: samples only."),
         ("p", "Bei Fragen / questions: Frank Lorenz, +49 231 555 904-10"),
     ], author="Frank Lorenz"))])

# p15 one word, approval, for budget, PO, sample and production
_p15 = T("""
    Hola Carlos,

    quick update from Zug:

    - Budget approval is done and the PO for the 40 sample housings is approved in our system
      (PO 7100-0442, you should have it by now).
    - The first samples from the pilot tool were approved by our quality team last Friday
      (dimensions and cleanliness per ISO 14644 class 8 packing).
    - The production approval for the balance of 3,960 housings is NOT given. It requires our
      design freeze review on 8 July, and after that I will send the production approval in
      writing (Reto Baumann).

    So for now: the 40 sample housings only, nothing else, and no resin for the balance.

    Saludos desde Zug,
    Reto
    """) + sig("Reto Baumann", "Head of Procurement", "Limmat Medical AG, Zug", "+41 41 555 62 10")
case("p15_approval_mix", ["RG009"],
     "'approval/approved' used for budget, PO, technical sample result and production authority in one mail; scope itself complete",
     [("Update_PO_7100-0442.eml", eml_bytes(mail(
         "Reto Baumann <reto.baumann@limmat-medical.ch>", "Carlos Méndez <cmendez@moldeomedico.mx>",
         "Update PO 7100-0442 - housings LM-DX", "Mon, 17 Jun 2024 17:40:00 +0200",
         _p15, html=html_mail_body(_p15))))])

# p16 release notice without the released quantity, hold "until further notice"
case("p16_release_notice", ["RG004", "RG010"],
     "release notice releases 'the first production lot' without a quantity; remaining quantity on hold 'until further notice' (no event)",
     [("Release_RN-24-019.html", html_page("Production release RN-24-019", T("""
        <p><b>Gartenwelt Direkt GmbH</b> &middot; Wandsbeker Zollstraße 87 &middot; 22041 Hamburg</p>
        <p>An / to: Atlas Fer Forgé SARL, Quartier Industriel Sidi Ghanem, Marrakech, Maroc<br>
        Hamburg, 06.06.2024</p>
        <h2>Production release RN-24-019 &ndash; bistro set &laquo;Tanger&raquo;</h2>
        <table>
        <tr><th>Order</th><td>PO 4700-1288</td></tr>
        <tr><th>Article</th><td>GW-BS-TNG bistro set (table &Oslash; 60 + 2 chairs), wrought iron, powder RAL 6009</td></tr>
        <tr><th>Sample sign-off</th><td>04.06.2024, 3 sample sets, report QS-24-211</td></tr>
        </table>
        <p>Following the sample sign-off on 04.06.2024 we release the first production lot of the bistro set
        &laquo;Tanger&raquo;. Please confirm the ex-works date by return.</p>
        <p>The remaining quantity of PO 4700-1288 stays on hold until further notice.</p>
        <p>Released by: Lisa Hofmann, Einkaufsleiterin</p>
        <p style="font-size:11px;color:#666">Gartenwelt Direkt GmbH &middot; HRB 155 201 Hamburg &middot; Geschäftsführer: Tim Behrens</p>
        """)))])

# p17 WhatsApp: "go ahead with the first lot", no quantity
case("p17_whatsapp_first_lot", ["RG002", "RG010"],
     "'go ahead with the first lot' names no quantity; hold, revised-PO event and Bart Peeters are present",
     [("WhatsApp_Chat_Fes_Cuivre.txt", T("""
        [10/06/2024, 11:02] Karim Benali: Bonjour Bart, here the photos of the samples, chrome finish after salt spray 96h
        [10/06/2024, 11:02] Karim Benali: IMG-20240610-WA0007.jpg (file attached)
        [10/06/2024, 11:03] Karim Benali: IMG-20240610-WA0008.jpg (file attached)
        [10/06/2024, 11:05] Karim Benali: what's next for the basin taps PS-BT-12?
        [10/06/2024, 13:47] Bart Peeters: Hoi Karim, samples look perfect 👌 go ahead with the first lot.
        [10/06/2024, 13:48] Bart Peeters: The rest waits for my PO revision. – Bart Peeters, inkoop Peeters Sanitair
        [10/06/2024, 13:50] Karim Benali: Merci Bart! we start Thursday 🙏
        [10/06/2024, 13:51] Karim Benali: cartons with your logo or neutral?
        [10/06/2024, 14:20] Bart Peeters: neutral, labels we send by mail
        """))])

# p18 mail says 42 samples, attached PO says 24
_p18_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500-90112"),
    ("p", "Ostalb Werkzeugtechnik GmbH, Ulmer Str. 122, 73431 Aalen, Germany"),
    ("p", "Supplier: Wenzhou Ruida Motor Parts Co., Ltd., Ouhai, Wenzhou, China"),
    ("p", "Date: 10.06.2024 - Buyer: Katharina Hess"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Price EUR", "Amount EUR"],
        ["10", "OW-AS-8-112", "Armature shaft Ø8 x 112, 42CrMo4, induction hardened - SAMPLE", "24", "6.80", "163.20"],
    ]),
    ("sp",),
    ("p", "Released now: 24 sample shafts (Pos. 10)."),
    ("p", "The series quantity of your offer RD-2405-31 is not released and stays on hold until EMPB "
          "sign-off and a written production release by Katharina Hess, Head of Purchasing."),
    ("p", "Material authority: samples only. Delivery: DAP Aalen by courier, KW 27."),
])
_p18 = T("""
    Dear Mr. Lin,

    thank you for the call this morning. Attached is our PO 4500-90112 for the forty-two (42)
    sample shafts, so that our lab has enough parts for the endurance test and the hardness
    cross-sections.

    Please note the hardening depth Rht 0.6-0.9 mm on the drawing OW-AS-8 rev C.

    Best regards
    Katharina Hess
    """) + sig("Katharina Hess", "Leiterin Einkauf / Head of Purchasing", "Ostalb Werkzeugtechnik GmbH, Aalen", "+49 7361 555 230")
case("p18_42_vs_24", ["RG011"],
     "cover mail asks for 42 sample shafts, the attached PO releases 24",
     [("PO_4500-90112_sample_shafts.eml", eml_bytes(mail(
         "Katharina Hess <k.hess@ostalb-werkzeug.de>", "Lin Wei <linwei@ruida-motorparts.cn>",
         "PO 4500-90112 sample shafts OW-AS-8-112", "Mon, 10 Jun 2024 11:52:00 +0200", _p18,
         attachments=[("PO_4500-90112.pdf", _p18_po, PDF_MT)])))])

# p19 DOCX: table 60, text sixty-five (65)
case("p19_sixty_five", ["RG011"],
     "sample order letter: table says 60 handles, text orders sixty-five (65)",
     [("Sample_order_KW-24-207.docx", docx_bytes([
         ("h1", "Sample order KW-24-207"),
         ("p", "Kookwerk B.V., Nijverheidsweg 14, 6541 CM Nijmegen, Nederland"),
         ("p", "To: Société Fès Inox SARL, Zone Industrielle Bensouda, Fès, Maroc - Attn. Mme Salma Tazi"),
         ("p", "Date: 12-06-2024"),
         ("table", [
             ["Line", "Article", "Description", "Qty", "Unit price EUR"],
             ["1", "KW-DH-320", "Oven door handle 320 mm, stainless 304, brushed - SAMPLE", "60", "3.90"],
         ]),
         ("sp",),
         ("p", "Dear Mme Tazi,"),
         ("p", "We hereby order sixty-five (65) sample handles KW-DH-320 for our endurance and climate tests."),
         ("p", "The series quantity of your offer FI-24-118 is not released and stays on hold until the sample "
               "sign-off by our test lab and a written production release by Thijs van Rijn, Inkoopmanager."),
         ("p", "Material authority: samples only."),
         ("p", "Met vriendelijke groet / Best regards, Thijs van Rijn"),
     ], author="Thijs van Rijn"))])

# p20 multi-file: proALPHA PO says pilot 200, Zalo chat says 250
case("p20_pilot_200_250", ["RG011"],
     "folder bundle: PO releases a 200 pcs pilot lot, the buyer's chat tells the supplier the pilot lot is 250 and to start",
     [("proALPHA_Bestellung_EF-24-3310.txt", T("""
        proALPHA  Bestellung                                                      Seite 1
        Emmental Fördertechnik AG, Bernstrasse 55, 3400 Burgdorf
        ----------------------------------------------------------------------------------
        Bestellung     EF-24-3310            Datum        05.06.2024
        Lieferant      L-60214 Binh Duong Rubber Rollers Co., Ltd., Thu Dau Mot, Vietnam
        Sachbearbeiter Peter Zaugg           Tel. +41 34 555 77 01
        ----------------------------------------------------------------------------------
        Pos  Artikel        Bezeichnung                       Menge  ME   Preis USD
        10   EF-RR-80-PU    Gummierte Rolle / PU-coated roller   200  Stk      11.20
                            Ø80 x 420, Shore A 85
                            PILOTLOS / PILOT LOT
        ----------------------------------------------------------------------------------
        Freigabevermerk / release note:
        Released now: pilot lot of 200 pcs.
        Balance of 1,800 pcs (framework 2,000) not released - on hold until pilot-lot
        acceptance at our site and a written release by Peter Zaugg, Leiter Beschaffung.
        Material authority: PU and cores for 200 pcs only.
        Lieferung: CIF Basel, ETA KW 31.
        """)),
      ("Zalo_export_BinhDuongRubber.txt", T("""
        Zalo - xuất tin nhắn / message export
        Cuộc trò chuyện: Peter Zaugg (Emmental Fördertechnik) - Ms. Huynh Ngoc Anh (Binh Duong Rubber Rollers)
        Xuất lúc: 12/06/2024 09:15

        06/06/2024 08:30  Huỳnh Ngọc Ánh: Dear Mr. Peter, we received PO EF-24-3310, thank you. Drawing and Shore hardness are clear.
        06/06/2024 15:02  Peter Zaugg: Hello Anh, as agreed on the phone just now: the pilot lot is 250 pcs, please start Monday.
        06/06/2024 15:10  Huỳnh Ngọc Ánh: ok Mr. Peter, 250 pcs start Monday 10/6
        11/06/2024 17:45  Huỳnh Ngọc Ánh: [Hình ảnh] first coating, hardness 84-86 Shore A
        11/06/2024 18:02  Peter Zaugg: looks good, thanks
        """))])

# p21 deposit paid -> start 350, PO says 300 (full quantity)
_p21_po = pdf([
    ("h1", "Bestellung / Bon de commande 24-0419"),
    ("p", "Sonnhof Gartenmöbel GmbH, Kufsteiner Str. 66, 83022 Rosenheim, Deutschland"),
    ("p", "Fournisseur: Casablanca Métal Déco SARL, Zone Industrielle Ain Sebaa, Casablanca, Maroc"),
    ("p", "Datum: 22.05.2024 - Einkauf: Michael Huber"),
    ("table", [
        ["Pos", "Artikel", "Beschreibung", "Menge", "Preis EUR", "Betrag EUR"],
        ["1", "SH-SET-FES", "Gartenset 'Fès' (Tisch + 2 Stühle), Schmiedeeisen, RAL 9005", "300", "82,00", "24.600,00"],
    ]),
    ("sp",),
    ("p", "Dies ist die vollständige Bestellung, keine Restmenge. / This is the complete order; no balance."),
    ("p", "Zahlung: 40% Anzahlung, Rest 60% vor Verladung. Lieferung: FCA Casablanca, KW 32."),
])
_p21 = T("""
    Bonjour Mme Alaoui,

    wir haben heute die Anzahlung von 40% überwiesen (EUR 9.840,00, Valuta 12.06.), Kopie vom
    Zahlungsauftrag anbei im Text unten.

    So the deposit is paid - you can start production of the 350 wrought-iron sets "Fès" now.

    Colour RAL 9005 fine structure, as on the sample set in our showroom.

    Mit freundlichen Grüßen / Cordialement
    Michael Huber

    --- Zahlungsauftrag / payment order ---
    Auftraggeber: Sonnhof Gartenmöbel GmbH  IBAN DE12 7115 0000 0020 4412 78
    Empfänger:    Casablanca Métal Déco SARL  IBAN MA64 0117 8000 0012 2100 0071 4033
    Betrag:       EUR 9.840,00   Verwendungszweck: Anzahlung Bestellung 24-0419
    """) + sig("Michael Huber", "Einkauf", "Sonnhof Gartenmöbel GmbH, Rosenheim", "+49 8031 555 60")
case("p21_deposit_350", ["RG011", "RG012"],
     "buyer: deposit paid, so start production of 350 sets - the attached full PO is for 300",
     [("Bestellung_24-0419_Mail.eml", eml_bytes(mail(
         "Michael Huber <m.huber@sonnhof-garten.de>", "Nadia Alaoui <n.alaoui@casametaldeco.ma>",
         "Anzahlung / acompte Bestellung 24-0419", "Wed, 12 Jun 2024 10:25:00 +0200", _p21,
         attachments=[("Bestellung_24-0419.pdf", _p21_po, PDF_MT)])))])

# p22 supplier reads PO acceptance as start of production, material for full lot in house
_p22_q = T("""
    From: Sarah Klein <s.klein@eifel-ebikes.de>
    Sent: Friday, 7 June 2024 15:02
    To: Jason Huang
    Subject: PO 4500-31007 carbon frames EC-9

    Dear Jason,
    please find our PO 4500-31007 attached. It covers 8 sample frames EC-9 only.
    The remaining 1,192 frames are not released and stay on hold until our test-lab sign-off
    (EN ISO 4210-6) and a written release by me, Sarah Klein.
    Material authority: sample frames only.
    Best regards, Sarah
    """)
_p22 = T("""
    Dear Sarah,

    We have accepted your PO 4500-31007 in our system, so the production run for the EC-9 frames
    is now scheduled to start Monday on line 3. Raw material (T800 prepreg) for the full lot has
    arrived last week, so no delay from our side.

    The 8 samples will go out by DHL on Wednesday, with the layup report.

    Best regards,
    Jason Huang
    Sales Manager | Xiamen Carbonwise Composite Co., Ltd.
    +86 592 555 7718
    """) + "\n" + quote(_p22_q)
case("p22_po_accepted_start", ["RG006", "RG012"],
     "supplier treats its acceptance of the sample PO as the start of the production run and has prepreg for the full lot; buyer's quoted scope is complete",
     [("RE_PO_4500-31007.eml", eml_bytes(mail(
         "Jason Huang <jason@carbonwise-xm.com>", "Sarah Klein <s.klein@eifel-ebikes.de>",
         "RE: PO 4500-31007 carbon frames EC-9", "Tue, 11 Jun 2024 09:14:00 +0800", _p22,
         in_reply_to="<1b3e7d9f20.0607@eifel-ebikes.de>")))])

# p23 L/C opened -> begin manufacturing (full-quantity PO)
_p23 = T("""
    Dear Ha,

    good news from Apeldoorn: our bank (Rabobank) opened the L/C today, ref. LC-RB-2024-08812,
    amount USD 134,400.00, latest shipment date 31 August 2024.

    The L/C is your go signal: now that it is open, please begin manufacturing the 1,200 loungers
    "Veluwe" of PO ZT-24-055. That PO is the complete order, there is no further quantity.

    Please check the L/C text carefully, especially the required documents (packing list,
    fumigation certificate, FSC claim on the invoice).

    Met vriendelijke groet,
    Joris van den Berg
    """) + sig("Joris van den Berg", "Inkoper / Buyer", "Zonneterras B.V., Apeldoorn", "+31 55 555 9031")
case("p23_lc_opened", ["RG012"],
     "buyer makes the opened L/C the signal to begin manufacturing (full-quantity PO, so no absence rules)",
     [("PO_ZT-24-055_update.eml", eml_bytes(mail(
         "Joris van den Berg <joris@zonneterras.nl>", "Nguyen Thu Ha <ha.nguyen@tanphu-outdoor.vn>",
         "L/C opened - PO ZT-24-055", "Thu, 13 Jun 2024 15:40:00 +0200", _p23)))])

# p24 WhatsApp: deposit paid -> go ahead
case("p24_anticipo_go", ["RG002", "RG012"],
     "buyer's own scope is complete, then answers 'deposit is paid, go ahead' to the supplier's production question",
     [("WhatsApp_Chat_IPQ.txt", T("""
        [28/05/2024, 16:20] Johannes Ebner: Hola Luis, PO KP-24-331 is out: 25 sample fan grilles FG-500 only.
        [28/05/2024, 16:21] Johannes Ebner: Balance 2.475 pcs on hold until PPAP sign-off and my written release. – Johannes Ebner, Einkauf Klimapro
        [28/05/2024, 16:40] Luis Ramírez: Perfecto Johannes 👍 proforma for tooling + samples sent to your mail, 50% anticipo please
        [03/06/2024, 09:12] Johannes Ebner: payment order is with our finance, should arrive this week
        [07/06/2024, 18:03] Luis Ramírez: Anticipo recibido ✅ muchas gracias!
        [07/06/2024, 18:04] Luis Ramírez: so we are good to run, right? 🏭 molde listo
        [07/06/2024, 18:30] Johannes Ebner: Yes – deposit is paid, go ahead 👍
        [07/06/2024, 18:31] Luis Ramírez: 💪💪 arrancamos el lunes
        """))])

# p25 sample PO + quote attached, event named, no hold, no person
_p25_po = pdf([
    ("h1", "Bestellung 4500-0931"),
    ("p", "Tiroler Armaturen GmbH, Grabenweg 71, 6020 Innsbruck, Österreich"),
    ("p", "Lieferant: Kaiping Hengtai Sanitary Ware Co., Ltd., Shuikou Town, Kaiping, Guangdong, China"),
    ("p", "Datum 06.06.2024 - Einkauf: Martin Huber - Angebot Q-HT-240517"),
    ("table", [
        ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Wert EUR"],
        ["10", "TA-KA-35", "Keramikkartusche 35 mm, 2-Griff / ceramic cartridge 35 mm - Muster", "10", "6,50", "65,00"],
    ]),
    ("sp",),
    ("p", "Bitte Prüfprotokoll (Dichtheit 16 bar, 200.000 Schaltzyklen nach EN 817) beilegen."),
    ("p", "Lieferung per Kurier an Wareneingang Innsbruck, KW 27."),
])
_p25_quote = pdf([
    ("h1", "QUOTATION Q-HT-240517"),
    ("p", "Kaiping Hengtai Sanitary Ware Co., Ltd. - To: Tiroler Armaturen GmbH, Mr. Martin Huber - 2024-05-17"),
    ("table", [
        ["Item", "Qty", "Unit price EUR", "Lead time"],
        ["Ceramic cartridge 35 mm, samples", "10", "6.50", "10 days"],
        ["Ceramic cartridge 35 mm, production", "10,000", "1.72", "40 days"],
    ]),
    ("p", "Price FOB Guangzhou. Payment 30% deposit, 70% before shipment. Validity 60 days."),
    ("p", "Zhao Min, Export Manager"),
])
_p25 = T("""
    Dear Ms. Zhao,

    please find attached our PO 4500-0931 for 10 sample cartridges TA-KA-35 and your quotation
    Q-HT-240517 with our comments - we accept the tier prices.

    After sample sign-off we will let you know.

    Best regards
    Martin Huber
    """) + sig("Martin Huber", "Einkauf", "Tiroler Armaturen GmbH, Innsbruck", "+43 512 555 7190")
case("p25_po_quote_attached", ["RG001", "RG003", "RG005"],
     "10 sample cartridges with the quote's 10,000 attached and prices 'accepted'; nothing says the 10,000 is not released; event (sample sign-off) named but no release person",
     [("PO_4500-0931_Kartuschen.eml", eml_bytes(mail(
         "Martin Huber <m.huber@tiroler-armaturen.at>", "Zhao Min <zhaomin@hengtai-sanitary.com>",
         "PO 4500-0931 ceramic cartridges 35 mm", "Thu, 06 Jun 2024 14:02:00 +0200", _p25,
         attachments=[("PO_4500-0931.pdf", _p25_po, PDF_MT),
                      ("Q-HT-240517_commented.pdf", _p25_quote, PDF_MT)])))])

# p26 Navision HTML printout: sample PO with quote data block, no hold statement
case("p26_navision_quote_block", ["RG001", "RG003"],
     "sample PO of 20 prints the series quantity 2.400 from the quote with no 'not released'; release person and FAI event named but no hold statement",
     [("Bestellung_106223.html", html_page("Bestellung 106223", T("""
        <table style="border:none;width:100%"><tr>
        <td style="border:none"><b>Sauerland Lichttechnik GmbH</b><br>Heedfelder Str. 12<br>58509 Lüdenscheid</td>
        <td style="border:none;text-align:right">Bestellung <b>106223</b><br>Datum 03.06.2024<br>Kreditor K-40117<br>Einkäufer: Claudia Reuter</td>
        </tr></table>
        <p>Jiangmen Everlight Aluminium Products Co., Ltd.<br>Pengjiang District, Jiangmen, Guangdong, China</p>
        <table>
        <tr><th>Nr.</th><th>Beschreibung</th><th>Menge</th><th>Einheit</th><th>VK-Preis EUR</th><th>Betrag EUR</th></tr>
        <tr><td>SL-PR-65</td><td>Leuchtenprofil 65 x 35, 1.500 mm, eloxiert C0 &ndash; Muster / sample</td><td>20</td><td>Stk</td><td>19,80</td><td>396,00</td></tr>
        </table>
        <h4>Angebotsdaten / quote data (Angebot EL-2405-062)</h4>
        <table>
        <tr><th>Serienmenge</th><td>2.400 Stk</td></tr>
        <tr><th>Serienpreis</th><td>7,35 EUR/Stk</td></tr>
        <tr><th>Werkzeugkosten Matrize</th><td>1.850,00 EUR (einmalig)</td></tr>
        </table>
        <p>Serienfreigabe erteilt Frau Claudia Reuter nach Erstmusterprüfung.<br>
        Production release is given by Ms Claudia Reuter after first-article inspection.</p>
        <p>Lieferbedingung: CIF Hamburg &middot; Zahlungsbedingung: 60 Tage netto &middot; Liefertermin: KW 28</p>
        <p style="font-size:11px;color:#666">Microsoft Dynamics NAV &middot; Beleg gedruckt 03.06.2024 11:17 &middot; Seite 1 von 1</p>
        """), lang="de"))])

# p27 trial modules PO mail + quote HTML attachment; authority named, no hold, no event
_p27_quote = html_page("Teklif / Quotation IMB-24-0211", T("""
    <h2>İzmir Modüler Bant San. Tic. Ltd. Şti. &ndash; Teklif / Quotation IMB-24-0211</h2>
    <p>To: Bos Transportbanden B.V., Almelo &middot; Date: 22.05.2024 &middot; Belt module BM-25, POM, pitch 25.4 mm</p>
    <table>
    <tr><th>Item</th><th>Qty</th><th>Unit price EUR</th><th>Lead time</th><th>Bos art. no.</th></tr>
    <tr><td>BM-25 trial modules</td><td>8</td><td>42.00</td><td>2 weeks</td><td>BOS-330871</td></tr>
    <tr><td>BM-25 production modules</td><td>800</td><td>11.60</td><td>5 weeks</td><td>BOS-330871</td></tr>
    </table>
    <p>Ödeme / payment: 30 days. Delivery FCA İzmir. Saygılarımızla, Kerem Şahin</p>
    """), lang="en")
_p27 = T("""
    Merhaba Mr. Şahin,

    PO 88-1203 is for the 8 trial modules BM-25 for our test conveyor in Almelo. I attach your
    quotation with our article numbers added, so that your invoice can be matched.

    Please note: Arjen Bos (Purchasing Manager) is the only person who can release further
    quantities.

    Delivery of the 8 trial modules: by courier, latest 28 June.

    Met vriendelijke groet,
    Iris Jansen
    """) + sig("Iris Jansen", "Junior Buyer", "Bos Transportbanden B.V., Almelo", "+31 546 555 420")
case("p27_trial_modules", ["RG001", "RG003", "RG004"],
     "8 trial modules with the quote's 800 attached and annotated; names Arjen Bos as authority but never says the rest is on hold nor what event unlocks it",
     [("PO_88-1203_trial_modules.eml", eml_bytes(mail(
         "Iris Jansen <i.jansen@bostransportbanden.nl>", "Kerem Şahin <kerem@izmirmodulerbant.com.tr>",
         "PO 88-1203 - trial modules BM-25", "Fri, 07 Jun 2024 10:12:00 +0200", _p27,
         cc="Arjen Bos <a.bos@bostransportbanden.nl>",
         attachments=[("Quotation_IMB-24-0211.html", _p27_quote, "text/html")])))])

# p28 multi-file: complete PO + supplier status with extrusions for the whole order
case("p28_po_and_status", ["RG006"],
     "folder bundle: PO releases 40 with sample-only material; supplier's weekly status reports extrusions for 4,000 housings received",
     [("proALPHA_PO_LF-24-1187.txt", T("""
        proALPHA  Purchase order                                                   page 1
        Lichtform GmbH, Gewerbepark 9, 59823 Arnsberg, Germany
        ----------------------------------------------------------------------------------
        PO             LF-24-1187            Date         22.05.2024
        Supplier       S-77031 Foshan Nanhai Lumi-Extrusion Co., Ltd., Foshan, China
        Buyer          Oliver Jung           Tel. +49 2931 555 318
        ----------------------------------------------------------------------------------
        Pos  Item           Description                         Qty  Unit  Price EUR
        10   LF-HS-1200     Luminaire housing 1200 mm, 6063-T5    40  pcs      24.00
                            anodised, machined end caps
                            SAMPLE
        ----------------------------------------------------------------------------------
        Scope: released now 40 sample housings.
        The balance of 3,960 housings (quotation LX-Q-0502) is not released and stays on
        hold until sample sign-off (photometry + thermal) and a written release by
        Oliver Jung, Head of Purchasing.
        Material authority: sample quantity only.
        """)),
      ("Weekly_status_W23_LF-24-1187.pdf", pdf([
          ("h1", "Weekly status report - week 23"),
          ("p", "Foshan Nanhai Lumi-Extrusion Co., Ltd. - Customer: Lichtform GmbH - PO LF-24-1187"),
          ("table", [
              ["Topic", "Status", "Remark"],
              ["Samples 40 pcs", "machining 80%", "anodising Thursday"],
              ["Material", "6063 extrusions for 4,000 housings received 03.06.", "for the whole order, to keep the lead time"],
              ["End caps", "die-cast, 40 sets done", "-"],
              ["Shipping samples", "week 25 by air", "AWB to follow"],
          ]),
          ("p", "Prepared by: Leo Huang, Project Engineer"),
      ], title="Weekly status W23", author="Leo Huang"))])

# p29 minutes: staged authority 500, supplier bought for 2,000
case("p29_minutes_staged", ["RG006"],
     "minutes: 150 released, staged material authority 500 sets, supplier has bought carbon tube for 2,000 sets",
     [("PV_reunion_2024-06-13_AUS_VCT.docx", docx_bytes([
         ("h1", "Procès-verbal / minutes - weekly call Alpine UAV Systems / Viet Composite Technology"),
         ("p", "13.06.2024, 10:00-10:40 CET. Participants: Nicolas Favre (AUS, Head of Supply Chain), "
               "Chloé Rochat (AUS, Engineering), Mr. Dang Quoc Huy (VCT, Sales), Ms. Vu Thu Trang (VCT, Planning)."),
         ("h", "Status landing gear LG-6"),
         ("table", [
             ["Topic", "Status"],
             ["Call-off 2", "150 landing-gear sets LG-6 released (CO-2 dated 03.06.2024), delivery week 28"],
             ["Balance", "remaining 1,850 sets of framework FW-AUS-24 not released; released only by a next call-off by Nicolas Favre after the flight test of CO-2"],
             ["Material authority", "staged, up to 500 sets of carbon tube Ø16 x 1 at AUS liability"],
             ["VCT material status", "VCT reports that it has purchased carbon tube for 2,000 sets (full framework) in May to lock the price; 1,200 m on site"],
             ["Flight test", "planned 15.07., Chloé Rochat"],
         ]),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Send tube purchase invoices", "VCT (Ms. Trang)", "20.06."],
             ["Review of tube stock vs. staged authority", "Nicolas Favre", "20.06."],
         ]),
     ], author="Nicolas Favre"))])

# p30 supplier: once you OK the samples we roll straight into the 4,950
_p30_q = T("""
    From: Henrik Lange <h.lange@wp-nord.de>
    Sent: Tuesday, 21 May 2024 13:10
    To: Nancy Li
    Subject: PO 4500-70021 fan covers

    Hello Nancy,
    PO 4500-70021 covers 50 sample fan covers WN-FC-600 only.
    The other 4,950 pcs are not released and stay on hold until our sample sign-off and a
    written release from me, Henrik Lange (Head of Purchasing).
    Material authority: sample quantity only.
    Regards, Henrik
    """)
_p30 = T("""
    Dear Henrik,

    good news: the T1 samples (50 pcs) were dispatched today by TNT, AWB 8839 2210 44.

    Tooling is ready and very stable (cycle 38 s), so once you give OK for the samples we roll
    straight into the 4,950 pcs. Please let me know the ETA of your QC feedback.

    Best regards,
    Nancy Li
    Ningbo Kaide Plastic Mould Co., Ltd. | Overseas Sales
    """) + "\n" + quote(_p30_q)
case("p30_roll_straight", ["RG007"],
     "supplier announces rolling straight into the 4,950 once the samples are OK; buyer's quoted scope is complete",
     [("RE_PO_4500-70021_samples_dispatched.eml", eml_bytes(mail(
         "Nancy Li <nancy.li@kaide-mould.com>", "Henrik Lange <h.lange@wp-nord.de>",
         "RE: PO 4500-70021 fan covers - samples dispatched", "Fri, 14 Jun 2024 17:25:00 +0800", _p30,
         in_reply_to="<0e9d3a5c11.0521@wp-nord.de>")))])

# p31 "Freigabe" for sample approval and production; sample approval deems series released; only a contact named
case("p31_b1_freigabe", ["RG005", "RG007", "RG009"],
     "PO says series is deemed released with the approval of the first samples (no signer, not a recorded auto-conversion); 'Freigabe' used for both; only a contact person",
     [("SAP_B1_Bestellung_20418.txt", T("""
        SAP Business One - Bestellung / Purchase Order                         Seite 1 von 1
        Schwarzwald Sanitär GmbH · Am Krebsgraben 15 · 78048 Villingen-Schwenningen
        --------------------------------------------------------------------------------------
        Bestellnr. 20418          Datum 29.05.2024        Kreditor V10562
        Xiamen Haoyu Sanitary Technology Co., Ltd., Haicang District, Xiamen, China
        Ansprechpartner / contact: Frank Wendt, Tel. +49 7721 555 38
        --------------------------------------------------------------------------------------
        Pos  Artikel      Beschreibung                                   Menge  ME    Preis EUR
        10   SS-TK-46     Thermostatkartusche TK-46 - Erstmuster           15  Stk     14,00
                          first samples
        20   SS-TK-46     Thermostatkartusche TK-46 - Serie             1.485  Stk      4,10
                          series - gesperrt bis Erstmusterfreigabe /
                          blocked until approval of first samples
        --------------------------------------------------------------------------------------
        Bestelltext:
        Mit Freigabe der Erstmuster gilt Pos. 20 als freigegeben; eine gesonderte
        Bestellung oder Freigabe ist nicht erforderlich.
        With approval of the first samples, item 20 is deemed released; no separate order
        or release is needed.

        Prüfung: Erstmuster mit Prüfbericht nach EN 1111 und Zeugnis 2.2.
        Lieferung: DAP Villingen-Schwenningen. Zahlung: 60 Tage netto.
        --------------------------------------------------------------------------------------
        """))])

# p32 Mexican supplier quote page: full lot starts once samples are approved
case("p32_cotizacion_web", ["RG007"],
     "supplier quote states that once samples are approved it starts the full lot of 1,980 without waiting for another order",
     [("Cotizacion_AFG-2024-144.html", html_page("Cotización AFG-2024-144", T("""
        <h2>Aluminios Finos de Guadalajara S.A. de C.V.</h2>
        <p>Av. Periférico Sur 7800, Tlaquepaque, Jal., México &middot; ventas@alfinosgdl.mx</p>
        <p><b>Cotización / Quotation AFG-2024-144</b> &middot; Fecha 2024-06-04<br>
        Cliente: Elbe E-Bike GmbH, Dresden &middot; Atn. Sr. Paul Richter<br>
        Pieza: motor bracket EB-MB-03, 6082-T6, anodizado negro</p>
        <table>
        <tr><th>Concepto</th><th>Cantidad</th><th>Precio unitario USD</th><th>Entrega</th></tr>
        <tr><td>Muestras / samples</td><td>20 pzas</td><td>31.00</td><td>3 semanas</td></tr>
        <tr><td>Producción / production</td><td>1,980 pzas</td><td>8.40</td><td>6 semanas</td></tr>
        </table>
        <h3>Condiciones / terms</h3>
        <ol>
        <li>Precios FCA Guadalajara, en USD, más IVA si aplica.</li>
        <li>Pago: muestras 100% anticipado; producción 30 días.</li>
        <li>Tolerancias según ISO 2768-m salvo indicación en plano.</li>
        <li>Una vez aprobadas las muestras, arrancamos la producción del lote completo (1,980 pzas) sin esperar otra orden.
            <br><i>Once the samples are approved we start the full lot (1,980 pcs) without waiting for another order.</i></li>
        <li>Vigencia: 30 días.</li>
        </ol>
        <p>Atentamente,<br>Ing. Mariana Ochoa &ndash; Ventas</p>
        """), lang="es"))])

# p33 Teams: buyer contradicts own written-release requirement, "proceed with the run"
case("p33_teams_drop_test", ["RG002", "RG007"],
     "buyer first requires drop test + his written release, then says 'if the samples pass the drop test, proceed with the run - no need to wait for a mail from me'",
     [("teams_chat_Feiyang_arms.txt", T("""
        Microsoft Teams - chat export
        Chat: Vliegwerk x Feiyang | arm VW-A-450
        Participants: Koen Dekker (Vliegwerk Drones B.V.), Tony Zhang (Shenzhen Feiyang Carbon Parts)
        Exported 21-06-2024

        [28-05-2024 09:10] Koen Dekker: Hi Tony, PO VW-24-311 is sent: 12 sample arms VW-A-450.
        [28-05-2024 09:11] Koen Dekker: Rest (1,188) on hold until the drop test and my written release. Koen
        [28-05-2024 09:40] Tony Zhang: OK Koen, 12 pcs. ready in 2 weeks
        [12-06-2024 18:22] Tony Zhang: samples shipped, FedEx 7781 4420 9013, ETA Monday
        [17-06-2024 08:55] Koen Dekker: Thx, arrived. Drop test is scheduled Thursday in our Delft lab.
        [17-06-2024 08:57] Koen Dekker: If the samples pass the drop test, proceed with the run - no need to wait for a mail from me, we're already late for the customer.
        [17-06-2024 09:20] Tony Zhang: 👍 understood, we prepare the moulds
        """))])

# p34 Navision blanket order: forecast declared a binding order
case("p34_navision_blanket", ["RG008"],
     "blanket order calls the 2025 forecast of 24.000 a binding order; call-off mechanism itself is complete (2.000 released, rest only by call-off from Sabine Gruber)",
     [("Rahmenauftrag_RA-24-007.html", html_page("Rahmenauftrag RA-24-007", T("""
        <p><b>Murtal Fördertechnik GmbH</b> &middot; Industriestraße 8 &middot; 8750 Judenburg &middot; Österreich</p>
        <p>Lieferant: Ankara Kasnak San. ve Tic. A.Ş., Sincan OSB, Ankara, Türkei (Kreditor 70233)</p>
        <h2>Rahmenauftrag / blanket order RA-24-007</h2>
        <p>Datum 10.06.2024 &middot; Artikel MF-TR-500 Trommel / drum pulley Ø500 x 650, S235, gummiert &middot; Zeichnung MF-TR-500 Rev 8</p>
        <table>
        <tr><th>Position</th><th>Menge</th><th>Bemerkung</th></tr>
        <tr><td>Jahresbedarf 2025 (Prognose / forecast)</td><td>24.000 Stk</td><td>verbindlich bestellt / firmly ordered</td></tr>
        <tr><td>Abruf 1</td><td>2.000 Stk</td><td>KW 3/2025 &ndash; freigegeben / released</td></tr>
        </table>
        <p>Die Prognosemenge 2025 von 24.000 Stk gilt als verbindliche Bestellung.<br>
        The 2025 forecast quantity of 24,000 pcs is a binding order.</p>
        <p>Produktion nur gegen Abruf: nur abgerufene Mengen sind freigegeben; alle übrigen Mengen sind nicht freigegeben.
        Abrufe erfolgen ausschließlich durch Frau Sabine Gruber (Disposition).<br>
        Production only against call-off: only called-off quantities are released; all other quantities are not released.
        Call-offs are issued only by Ms Sabine Gruber (materials planning).</p>
        <p>Preis 212,00 EUR/Stk, fest für 2025. Lieferbedingung DAP Judenburg.</p>
        <p style="font-size:11px;color:#666">Microsoft Dynamics NAV 2018 &middot; gedruckt 10.06.2024</p>
        """), lang="de"))])

# p35 supplier: forecast considered firm order, zamak bought for it (buyer forecast attached as TXT)
_p35_fc = T("""
    RHEINTAL ARMATUREN AG - FORECAST 2025 - NON-BINDING
    For capacity planning only. This is not an order and gives no material authority.
    Part           Description                     Q1      Q2      Q3      Q4      Total
    RA-HG-12       handle zamak, chrome            15,000  15,000  15,000  15,000  60,000
    Issued 22.05.2024 by Urs Meier, Einkauf. Orders follow as separate POs / call-offs.
    """)
_p35 = T("""
    Dear Mr. Meier,

    thank you for your forecast 2025 (attached again for reference).

    Based on your forecast of 60,000 pcs for 2025, which we consider as your firm order, we have
    already bought the Zamak 5 ingots for the full quantity - 42 tons, delivered to our plant
    last week. Price is fixed with our supplier until December.

    Please confirm the delivery plan per quarter so we can start the casting.

    Saygılarımızla / Best regards,
    Ayşe Kılıç
    Export Sales | Eskişehir Zamak Döküm San. A.Ş.
    +90 222 555 47 10
    """)
case("p35_zamak_forecast", ["RG006", "RG008"],
     "supplier treats the labelled non-binding forecast as a firm order and has bought zamak for the full 60,000 with no material authority",
     [("RA-HG-12_2025.eml", eml_bytes(mail(
         "Ayşe Kılıç <ayse.kilic@zamakdokum.com.tr>", "Urs Meier <urs.meier@rheintal-armaturen.ch>",
         "Forecast 2025 RA-HG-12 / zamak material", "Mon, 10 Jun 2024 12:15:00 +0300", _p35,
         attachments=[("Forecast_2025_RA.txt", _p35_fc, "text/plain")])))])

# p36 "release" for lab result, PO workflow, production and budget; sample quantity never stated
_p36 = T("""
    Dear Mr. Doğan,

    good news: your samples are released - our lab released the door gaskets after the
    500 h ageing test at 70 °C.

    The PO release in SAP is also done (release strategy level 2), so PO 4500-88120 for the
    samples is now valid and you will receive it from the system.

    Production release: the balance stays on hold. Mr. Markus Kuhn (Head of Purchasing) will give
    the production release in writing after the budget release for Q3.

    Best regards
    Julia Seitz
    """) + sig("Julia Seitz", "Einkaufsassistenz", "Lindner Hausgeräte GmbH, Bamberg", "+49 951 555 2204")
case("p36_release_mix", ["RG009", "RG010"],
     "'release' used for lab approval, PO workflow, budget and production; the sample quantity of the PO is never stated",
     [("DG-60_PO_4500-88120.eml", eml_bytes(mail(
         "Julia Seitz <j.seitz@lindner-hausgeraete.de>", "Emre Doğan <emre.dogan@dogankaucuk.com.tr>",
         "Door gasket DG-60: samples / PO 4500-88120", "Wed, 19 Jun 2024 08:33:00 +0200",
         _p36, html=html_mail_body(_p36), cc="Markus Kuhn <m.kuhn@lindner-hausgeraete.de>")))])

# p37 Teams: "approved from our side" mixing quality and finance, no quantity anywhere
case("p37_teams_approved", ["RG002", "RG009", "RG010"],
     "'approved from our side' with no scope, after mixing quality approval and finance/budget approval; no quantity stated anywhere",
     [("teams_chat_DM_Medimold.txt", T("""
        Microsoft Teams - chat export
        Chat: Donau Medizintechnik / Suzhou Medimold - inhaler body DM-IB-2
        Participants: Stefan Wimmer (Donau Medizintechnik GmbH, Einkauf), Grace Wang (Suzhou Medimold Co., Ltd.)
        Exported 2024-07-19

        [2024-06-03 10:14] Stefan Wimmer: Hi Grace, PO DM-24-077 for the samples is out.
        [2024-06-03 10:15] Stefan Wimmer: Balance not released until sample sign-off and my written release – Stefan Wimmer
        [2024-06-03 10:40] Grace Wang: thanks Stefan, samples ready 15 July
        [2024-07-16 09:02] Grace Wang: samples arrived at your site yesterday, DHL confirms
        [2024-07-18 16:48] Grace Wang: any feedback from quality and finance?
        [2024-07-19 08:31] Stefan Wimmer: Quality approval for the samples is done and finance approved the budget too – so approved from our side! 🎉
        [2024-07-19 08:35] Grace Wang: wonderful, thank you Stefan 🙏
        """))])

# p38 PDF: sample "lot" with no quantity
case("p38_sample_lot", ["RG010"],
     "PO releases '1 lot' of samples without a piece count; hold, event and Annelies Mulder are present",
     [("PO_MV-24-0412.pdf", pdf([
         ("h1", "Purchase Order MV-24-0412"),
         ("p", "Medivorm B.V., Zernikelaan 8, 9747 AA Groningen, The Netherlands"),
         ("p", "Supplier: Carcasas Médicas de Juárez S. de R.L. de C.V., Ciudad Juárez, Chih., México"),
         ("p", "Date: 11-06-2024 - Buyer: Sven Hoekstra - Quotation CMJ-24-088"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Price USD"],
             ["1", "MV-2201", "Sample housings per drawing MV-2201 Rev C, PC-ABS, colour white RAL 9003", "1", "lot", "1,450.00"],
         ]),
         ("sp",),
         ("p", "This PO covers the sample lot only."),
         ("p", "The production quantity of quotation CMJ-24-088 is not released and stays on hold until "
               "sample sign-off by our QA and a written production release by Annelies Mulder, "
               "Procurement Director."),
         ("p", "Material authority: samples only."),
         ("p", "Required with the samples: FAI report, material certificate, ISO 13485 certificate copy."),
         ("p", "Delivery: DAP Groningen, week 28."),
     ], title="PO MV-24-0412", author="Sven Hoekstra"))])

# p39 mail says twelve (12) samples, attached DOCX PO says 20
_p39_po = docx_bytes([
    ("h1", "Bestellung / Purchase Order 4500-51290"),
    ("p", "Pfalz Fördertechnik GmbH, Merkurstraße 40, 67663 Kaiserslautern"),
    ("p", "Supplier: Saigon Precision Casting Co., Ltd., Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam"),
    ("p", "Date: 13.06.2024 - Buyer: Jana Schreiber"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Price EUR"],
        ["10", "PF-SH-40", "Sprocket hub, GJS-500-7, bore 40 H7 - SAMPLE", "20", "17.50"],
    ]),
    ("sp",),
    ("p", "Released now: 20 sample hubs."),
    ("p", "The series quantity of your offer SPC-24-311 is not released and stays on hold until EMPB "
          "sign-off and a written production release by Jana Schreiber, Leiterin Einkauf."),
    ("p", "Material authority: samples only."),
], author="Jana Schreiber")
_p39 = T("""
    Dear Mr. Tuan,

    thank you for the good call yesterday. As discussed, please make twelve (12) sample sprocket
    hubs PF-SH-40 for our test rig - the formal PO is attached.

    Please machine the keyway per DIN 6885-1 and send the 3.1 certificate with the parts.

    Best regards
    Jana Schreiber
    """) + sig("Jana Schreiber", "Leiterin Einkauf", "Pfalz Fördertechnik GmbH, Kaiserslautern", "+49 631 555 1170")
case("p39_twelve_vs_20", ["RG011"],
     "mail asks for twelve (12) sample hubs, attached PO releases 20",
     [("PO_4500-51290_sample_hubs.eml", eml_bytes(mail(
         "Jana Schreiber <j.schreiber@pfalz-foerdertechnik.de>", "Le Minh Tuan <tuan.le@saigonprecast.vn>",
         "PO 4500-51290 - sample sprocket hubs", "Thu, 13 Jun 2024 15:05:00 +0200", _p39,
         attachments=[("PO_4500-51290.docx", _p39_po, DOCX_MT)])))])

# p40 portal: header 500 released, line table 450 released
case("p40_portal_500_450", ["RG011"],
     "portal page: summary says 500 released for production, line 20 table says 450 released",
     [("portal_BK-PO-24-2231.html", html_page("Brabant Klimaat - Supplier Portal - PO BK-PO-24-2231", T("""
        <div style="background:#1d5e3a;color:#fff;padding:6px">Brabant Klimaat B.V. &middot; Supplier Portal &middot; Guangdong Shunde Coolair Parts Co. (vendor 51120)</div>
        <h2>PO BK-PO-24-2231 &ndash; drain pan DP-900 (heat pump outdoor unit)</h2>
        <div class="note"><b>Summary</b><br>
        Released for production (line 20): <b>500 pcs</b><br>
        Release reason: sample sign-off 07-06-2024 (report BK-QA-24-117)<br>
        Balance of line 20: on hold until the next release, issued only by Noor van Dongen, Sourcing Manager, after the field test of this lot.<br>
        Material authority: released quantity only.</div>
        <table>
        <tr><th>Line</th><th>Scope</th><th>Ordered</th><th>Released</th><th>On hold</th><th>Delivery</th></tr>
        <tr><td>10</td><td>sample</td><td>10</td><td>10</td><td>0</td><td>delivered</td></tr>
        <tr><td>20</td><td>production</td><td>5,000</td><td>450</td><td>4,550</td><td>wk 29</td></tr>
        </table>
        <p>Last change 10-06-2024 15:42 by n.vandongen</p>
        """)))])

# p41 WeChat: one buyer releases 300, colleague says 320
case("p41_wechat_300_320", ["RG011"],
     "buyer releases a 300 pcs pilot lot; his colleague then tells the supplier the pilot lot is 320 and to start",
     [("wechat_RhoenEDrive_Xinda.txt", T("""
        WeChat chat history
        Chat: Rhön E-Drive x Xinda Motor (group)
        Members: Thomas Bauer (Rhön E-Drive, Einkauf), Anja Schulz (Rhön E-Drive, Projektleitung), Chen Jing 陈静 (Xinda Motor Sales)
        Exported: 2024-06-20 17:40

        2024-06-10 08:31  Thomas Bauer: Hello Ms. Chen, pilot lot of hub motor RM-250: 300 pcs released (PO 4500-66120, line 20).
        2024-06-10 08:32  Thomas Bauer: The rest (2,700) stays on hold until pilot-lot acceptance and my written release. – Thomas Bauer
        2024-06-10 09:15  Chen Jing: received Mr. Bauer, 300pcs pilot, we plan week 27
        2024-06-18 14:02  Anja Schulz: Hi Ms. Chen, as discussed in today's meeting the pilot lot is 320 pcs, so that we have enough motors for the Eurobike demo bikes. pls start.
        2024-06-18 14:30  Chen Jing: ok Ms. Schulz 👌 320pcs
        """))])

# p42 forwarded release (rfc822) says 150, forwarding buyer asks for 180 "as per the release below"
_p42_inner_txt = T("""
    Dear Mr. Koç,

    following the sample sign-off of 31 May, we release a pilot lot of 150 pcs LED linear housing
    SL-LIN-1500 under PO 4500-33018.

    The balance of 2,850 pcs remains on hold until the pilot-lot acceptance in Graz and a written
    release from me.

    Material authority: pilot lot only.

    Kind regards
    Elisabeth Hartl
    """) + sig("Mag. Elisabeth Hartl", "Head of Supply Chain", "Steirische Leuchten GmbH, Graz", "+43 316 555 880-20")
_p42_inner = mail("Elisabeth Hartl <e.hartl@steirische-leuchten.at>", "Murat Koç <murat.koc@anadoluisik.com.tr>",
                  "Release of pilot lot - SL-LIN-1500 / PO 4500-33018", "Mon, 03 Jun 2024 10:00:00 +0200",
                  _p42_inner_txt)
_p42 = T("""
    Dear Mr. Koç,

    as per the release below, please run a pilot lot of 180 pcs next week - our marketing needs
    30 extra housings for the dealer days in September.

    Profiles in RAL 9006, end caps grey, same packing as the samples.

    Kind regards
    Gernot Pail
    """) + sig("Gernot Pail", "Einkauf / Purchasing", "Steirische Leuchten GmbH, Graz", "+43 316 555 880-27")
case("p42_fwd_release_180", ["RG011"],
     "forwarded release (message/rfc822) releases 150 pcs; the forwarding buyer asks for 180 'as per the release below'",
     [("Fwd_SL-LIN-1500_PO_4500-33018.eml", eml_bytes(mail(
         "Gernot Pail <g.pail@steirische-leuchten.at>", "Murat Koç <murat.koc@anadoluisik.com.tr>",
         "Fwd: Release of pilot lot - SL-LIN-1500 / PO 4500-33018", "Wed, 12 Jun 2024 09:18:00 +0200", _p42,
         cc="Elisabeth Hartl <e.hartl@steirische-leuchten.at>",
         attachments=[("rfc822", _p42_inner)])))])

# p43 proforma: production of everything starts on receipt of deposit
case("p43_proforma_deposit", ["RG012"],
     "supplier proforma: production of samples and 5,000 mass-production pieces starts on receipt of the 30% deposit",
     [("Proforma_YH-PI-240607.docx", docx_bytes([
         ("h1", "PROFORMA INVOICE YH-PI-240607"),
         ("p", "Zhejiang Yuhuan Valve & Fittings Co., Ltd., Qinggang Industrial Zone, Yuhuan, Zhejiang, China"),
         ("p", "Buyer: Aquaflow Sanitair B.V., Edisonstraat 21, 2723 RS Zoetermeer, The Netherlands"),
         ("p", "Date: 2024-06-07 - Your ref.: AQ-24-0388 - Contact: Ms. Lucy Ye"),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Angle valve 1/2\" x 3/8\", brass CW617N, chrome, ceramic disc - samples", "50", "4.20", "210.00"],
             ["2", "Angle valve 1/2\" x 3/8\", brass CW617N, chrome, ceramic disc - mass production", "5,000", "1.85", "9,250.00"],
             ["", "Total", "", "", "9,460.00"],
         ]),
         ("sp",),
         ("p", "Payment: 30% T/T deposit, balance 70% before shipment."),
         ("p", "Production of all items will start immediately upon receipt of the 30% deposit. "
               "Lead time: 35 days from deposit."),
         ("p", "Packing: each valve in PE bag, 100 pcs per carton. Port of loading: Ningbo."),
         ("p", "Bank: Bank of China, Yuhuan Sub-branch, SWIFT BKCHCNBJ92B, A/C 3568 2041 7730."),
         ("p", "Zhejiang Yuhuan Valve & Fittings Co., Ltd. (company chop)"),
     ], author="Lucy Ye"))])

# p44 long thread: payment read as confirmation, coil material booked for 2,000, roll into mass production after sample OK
_p44_orig = T("""
    From: Florian Wallner <f.wallner@innviertel-wp.at>
    Sent: Tuesday, 28 May 2024 09:30
    To: Peter Huang
    Subject: PO IW-24-0528 coil assemblies HX-7

    Dear Peter,
    our PO IW-24-0528 is attached. Scope: 20 sample coil assemblies HX-7 only.
    The balance of 1,980 assemblies is not released and stays on hold until the sample sign-off
    (pressure test 42 bar + helium leak test) and a written release from me, Florian Wallner.
    Material authority: sample-only.
    Best regards, Florian
    """)
_p44_pi = T("""
    From: Peter Huang <peter.huang@kelong-hx.com>
    Sent: Wednesday, 5 June 2024 16:40
    To: Florian Wallner
    Subject: RE: PO IW-24-0528 coil assemblies HX-7

    Dear Florian,
    please find our PI-KL-2405-77 for the brazing fixture (tooling) and the 20 samples,
    USD 6,880.00. Samples 3 weeks after payment.
    Best regards, Peter
    """) + "\n" + quote(_p44_orig)
_p44_pay = T("""
    From: Florian Wallner <f.wallner@innviertel-wp.at>
    Sent: Monday, 10 June 2024 11:05
    To: Peter Huang
    Subject: RE: RE: PO IW-24-0528 coil assemblies HX-7

    Dear Peter,
    payment confirmation for PI-KL-2405-77 (tooling + 20 samples) attached. Samples please by air
    as agreed, to our plant in Ried.
    Thanks, Florian
    """) + "\n" + quote(_p44_pi)
_p44 = T("""
    Dear Florian,

    we received your payment for the samples and the tooling today, thank you very much. So we
    understand the project is confirmed.

    We have booked copper tube and hydrophilic aluminium fins for the 2,000 units with our supplier
    (delivery to us 25 June), and we will start mass production right after your sample OK, so you
    can meet your September season.

    Samples: brazing next week, then pressure and helium test, dispatch by air 21 June.

    Best regards,
    Peter Huang
    Sales Manager | Zhuhai Kelong Heat Exchanger Co., Ltd.
    Tel +86 756 555 3321 | WeChat peterhuang_hx
    """) + "\n" + quote(_p44_pay)
case("p44_long_thread", ["RG006", "RG007", "RG012"],
     "supplier reads the sample/tooling payment as project confirmation, books material for 2,000, and plans to roll into mass production on sample OK; quoted buyer scope complete",
     [("RE_PO_IW-24-0528.eml", eml_bytes(mail(
         "Peter Huang <peter.huang@kelong-hx.com>", "Florian Wallner <f.wallner@innviertel-wp.at>",
         "RE: RE: RE: PO IW-24-0528 coil assemblies HX-7", "Wed, 12 Jun 2024 18:02:00 +0800", _p44,
         cc="Stefanie Mayr <s.mayr@innviertel-wp.at>",
         in_reply_to="<c81e2a4f90.0610@innviertel-wp.at>")))])

# p45 sample PO with forecast box "treat as confirmed order"
case("p45_po_forecast_box", ["RG001", "RG003", "RG008"],
     "sample PO of 10 carries a 2025 forecast of 6,000 'to be treated as confirmed order'; release person and EMPB named but no hold statement",
     [("PO_HPW-24-0716.pdf", pdf([
         ("h1", "Bestellung / Purchase Order HPW-24-0716"),
         ("p", "Harzer Pumpen- und Wärmetechnik GmbH, Im Schleeke 40, 38640 Goslar, Germany"),
         ("p", "Supplier: Hanoi Mechanical Engineering JSC (HAMECO), Sai Dong B IZ, Long Bien, Hanoi, Vietnam"),
         ("p", "Date: 14.06.2024 - Buyer: Dietmar Kranz - Quotation HM-Q-24-051"),
         ("table", [
             ["Pos", "Part", "Description", "Qty", "Price EUR", "Amount EUR"],
             ["10", "HPW-HXB-3", "Heat exchanger bracket, 1.4301, laser + bent, drawing HPW-HXB-3 Ind. C - sample", "10", "24.00", "240.00"],
         ]),
         ("sp",),
         ("table", [
             ["Jahresbedarf / Forecast 2025", "6,000 pcs"],
             ["Remark", "please treat as confirmed order for your capacity and material planning"],
         ]),
         ("sp",),
         ("p", "Serienfreigabe nach EMPB durch Herrn Dietmar Kranz, Leiter Einkauf. "
               "Series release after EMPB by Mr. Dietmar Kranz, Head of Purchasing."),
         ("p", "Delivery of samples: DAP Goslar by air, KW 28. Payment: 60 days net."),
     ], title="PO HPW-24-0716", author="Dietmar Kranz"))])


# ====================================================================== build
def _formats_of(fn, data):
    """formats in one top-level file, including EML attachments"""
    ext = fn.rsplit(".", 1)[-1].lower()
    found = {ext}
    if ext == "eml":
        from email import message_from_bytes
        msg = message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            ct = part.get_content_type()
            fname = part.get_filename() or ""
            if ct == "application/pdf":
                found.add("pdf")
            elif ct == DOCX_MT:
                found.add("docx")
            elif ct == "text/html" and fname:
                found.add("html")
            elif ct == "text/plain" and fname:
                found.add("txt")
    return found


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(2323).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_").lower()
        folder = f"h23_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary
    rules = [f"RG{i:03d}" for i in range(1, 13)]
    per_rule = {r: sum(1 for c in CASES if r in c["expect"]) for r in rules}
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r in rules:
        print(f"  {r} {per_rule[r]}")
    top = {}
    contain = {}
    for c in CASES:
        fm = set()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            ext = fn.rsplit(".", 1)[-1].lower()
            top[ext] = top.get(ext, 0) + 1
            fm |= _formats_of(fn, data)
        for f in fm:
            contain[f] = contain.get(f, 0) + 1
    for f in sorted(top):
        print(f"  format {f}: top-level files {top[f]}, cases containing {contain.get(f, 0)}")
    print("  multi-file cases", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    build()
