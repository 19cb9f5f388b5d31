#!/usr/bin/env python3
"""Generator for the releasegate check_holdout194 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout194/build.py

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
    m["Message-ID"] = msgid or f"<h194-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h194")
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


# ------------------------------------------------------------ extra helpers (h194)
import textwrap  # noqa: E402


def T(s):
    """Dedent a hand-written block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def quote(s, level=1):
    """Prefix every line with '> ' (once per level), as mail clients do."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in s.rstrip("\n").split("\n")) + "\n"


def text2html(text):
    """Very plain HTML rendering of a mail body: paragraphs, quoted blocks as blockquote."""
    out = ['<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    para = []
    depth = 0

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    for ln in text.rstrip("\n").split("\n"):
        d = 0
        body = ln
        while body.startswith(">"):
            d += 1
            body = body[1:].lstrip(" ") if body[1:2] == " " else body[1:]
        if d != depth:
            flush()
            while depth < d:
                out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:8px">')
                depth += 1
            while depth > d:
                out.append("</blockquote>")
                depth -= 1
        if body.strip() == "":
            flush()
        else:
            para.append(body)
    flush()
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    out.append("</div>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


TXT = "text/plain"

# =================================================================== POSITIVE
# Parties (all fictional)
#   buyers:    Lichtwerk Fotohandel GmbH (Hamburg)       - Tobias Wendt, Sabine Kraenzle, Dr. Joerg Oberholz
#              Sunset Grip & Lens Rentals (Burbank, LA)   - Dana Whitcomb, Marcus Reyes, Jenna Park
#              Haneul Vlog Gear Co., Ltd. (Seoul)         - Kim Ji-hoon, Park Soo-min, Lee Dong-wook
#              Red Gum Outdoor Photographic (Fremantle)   - Brodie McAllister, Kylie Tran
#   suppliers: Zhongshan Jiahe Photographic Equipment     - Amy Liang, Coco Huang
#              Hsinmei Precision Optics (Taichung)        - Vincent Lin, Grace Tsai
#              Siam Carry Works (Samut Prakan)            - Pornthip Srisuk, Anucha Boonmee
#              Officine Brambati S.r.l. (Lecco)           - Giulia Ferraresi, Ing. Paolo Bertoni
#              Sao Mai Metalworks JSC (Binh Duong)        - Nguyen Thi Thu Ha, Tran Van Minh

# p01 -- SAP PO printout: 20 sample sets, position text carries the series quantity 1.200
#        with no word that it is not released; no hold, no event, no person.
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "SAP sample PO for 20 tripod legs whose position text carries the quoted series 1.200 unmarked; no hold, event or release person",
     [("bestellung_4500081234.txt", T("""
        LICHTWERK FOTOHANDEL GMBH                            BESTELLUNG / PURCHASE ORDER
        Speicherstadt-Kontor 14 . 20457 Hamburg . USt-IdNr. DE 281 774 019
        --------------------------------------------------------------------------------
        Bestellnr./PO no. : 4500081234                 Datum/Date : 04.11.2024
        Lieferant/Vendor  : 700412  Zhongshan Jiahe Photographic Equipment Co., Ltd.
                            Torch Development Zone, Zhongshan, Guangdong, CN
        Einkaeufergr./Buyer grp: 210  T. Wendt         Tel. +49 40 3344 210
        Zahlungsbed./Terms: 30 Tage netto / 30 days net
        Incoterms         : FOB Shenzhen
        Waehrung/Currency : EUR
        --------------------------------------------------------------------------------
        Pos  Material       Kurztext                              Menge   ME   Preis/ME
        --------------------------------------------------------------------------------
        010  TL-2500C       Carbon-Stativbeine 4-tlg.               20    ST      41,80
                            carbon tripod legs 4-section, 1/4"-20 + 3/8"-16
                            Zeichnung/DRG 2500-07 Rev 3
                            Musterlos / sample lot
             Positionstext: Bezug Angebot JH-Q-24-1187 vom 28.10.2024
                            Serienmenge 1.200 ST a EUR 38,40
                            Liefertermin Serie KW 06/2025
        020  VERP-M12       Musterverpackung lt. Artwork LW-PK-12   20    ST       0,00
        --------------------------------------------------------------------------------
        Gesamtnettowert / total net value                         EUR        836,00
        Liefertermin Muster / sample delivery: KW 48/2024, frei Haus Hamburg
        Bitte Auftragsbestaetigung binnen 3 Werktagen. Zertifikat ISO 9001:2015 beifuegen.
        Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2024).
        --------------------------------------------------------------------------------
        Druck: 04.11.2024 11:32  SAP ME9F  Seite 1/1
        """))])

# p02 -- Teams chat: scope complete at the start; later an unscoped "approved - go ahead"
#        on an anodising colour chip.
case("p02", ["RG002"],
     "Teams chat: full scope given first, later an unscoped 'ok approved - go ahead!!' on a colour chip",
     [("teams_export_cc1200.txt", T("""
        Microsoft Teams - chat export
        Chat: Sunset Grip x Brambati - CC-1200 cage
        Participants: Dana Whitcomb (Sunset Grip & Lens Rentals), Jenna Park (Sunset Grip & Lens Rentals),
                      Giulia Ferraresi (Officine Brambati S.r.l.)
        Exported: 10/22/2024 9:12 AM (UTC-07:00)

        [10/14/2024 8:02 AM] Dana Whitcomb
        Morning Giulia! PO 88417 just went out for the CC-1200 cages. To be super clear: it covers 24 cages as samples, 24 only. The other 576 on your quote are NOT released. They only get released after Jenna signs off the samples and Marcus Reyes (our Director of Equipment) sends you a written release.

        [10/14/2024 8:05 AM] Giulia Ferraresi
        Good morning Dana, received, thank you. 24 samples, and the 576 wait for the written release from Mr Reyes. Clear for us.

        [10/14/2024 8:06 AM] Giulia Ferraresi
        Material we buy only for the 24, ok

        [10/21/2024 3:40 AM] Giulia Ferraresi
        Dana we have now the anodizing colour chip for the new "space grey" (close to RAL 7015), photo below. Also the logo engraving is 0,3 mm deep instead of 0,2 mm, more visible on set

        [10/21/2024 3:41 AM] Giulia Ferraresi
        [Image] chip_ral7015_engr03.jpg

        [10/21/2024 7:58 AM] Dana Whitcomb
        ooh love that grey

        [10/21/2024 7:59 AM] Jenna Park
        engraving depth fine with me too, 1/4-20 holes still clean on the pic

        [10/21/2024 8:01 AM] Dana Whitcomb
        ok approved - go ahead!! \U0001F64C

        [10/21/2024 8:03 AM] Giulia Ferraresi
        \U0001F44D perfetto, grazie
        """))])

# p03 -- supplier status mail quoting the buyer's complete scope (incl. sample-only material);
#        supplier has bought castings for all 1.200 heads.
_p03_orig = T("""
    Dear Amy,

    please find attached our PO 4500081301 for twenty (20) sample sets BH-360 ball head.
    The PO covers the 20 samples only. The series quantity of 1.180 pcs from your quote
    JH-Q-24-1192 is not released and stays on hold until our QA (Dr. Joerg Oberholz) has
    signed off the samples and Sabine Kraenzle, Head of Purchasing, sends you the written
    release. Material: please buy only for the 20 samples, nothing for the series at our cost.

    Best regards
    Tobias Wendt
    Einkauf / Purchasing, Lichtwerk Fotohandel GmbH
    """)
_p03 = mail("Amy Liang <amy.liang@jiahe-photo.cn>", "Tobias Wendt <t.wendt@lichtwerk-foto.de>",
            "RE: PO 4500081301 BH-360 ball head samples", "Tue, 12 Nov 2024 10:41:00 +0800",
            T("""
    Dear Tobias,

    Thanks for your mail. The 20 pcs sample will finish next Wednesday, we send by DHL
    together with the QC report and the load test (12 kg, 1 h) record.

    For your information, to keep the lead time of 35 days for the series, we already
    have purchased the magnesium castings and the Arca-type clamp parts for all 1.200
    heads last week, because the foundry have long queue before Chinese New Year.
    Please don't worry, it is our normal way with European customers.

    Best regards
    Amy
    """) + sig("Amy Liang", "Sales Manager", "Zhongshan Jiahe Photographic Equipment Co., Ltd.",
               "+86 760 8555 0123") + "\n-----Original Message-----\n"
            "From: Tobias Wendt <t.wendt@lichtwerk-foto.de>\nSent: Monday, November 4, 2024 3:18 PM\n"
            "Subject: PO 4500081301 BH-360 ball head samples\n\n" + quote(_p03_orig),
            cc="Coco Huang <coco.huang@jiahe-photo.cn>", in_reply_to="<lw-4500081301@lichtwerk-foto.de>")
case("p03", ["RG006"],
     "supplier bought castings for all 1.200 heads while the quoted buyer scope allows sample-only material for 20",
     [("re_po_4500081301.eml", eml_bytes(_p03))])

# p04 -- supplier (Thai English) says the balance will run straight after sample approval;
#        quoted buyer scope requires a written release.
_p04_orig = T("""
    G'day Pornthip,

    PO RG-3021 attached for 10 sample packs of the BG-30L in olive. That's the 10 samples only -
    the other 1,490 on your quote are not released and stay on hold. Kylie will field-test the
    samples in the Stirling Range, and the balance only gets released once she's signed them off
    AND I send you a written release.

    Cheers,
    Brodie McAllister
    Owner, Red Gum Outdoor Photographic
    """)
_p04_txt = T("""
    Dear Khun Brodie,

    Thank you ka. The 10 pcs sample BG-30L olive will finish on Friday and we send by FedEx,
    tracking will inform.

    We want to inform that after you approve the sample, we will continue to produce the
    1,490 pcs immediately so you can get the goods before Christmas season, no need to wait
    new document from your side.

    Best regards ka,
    Pornthip Srisuk
    Sales Department
    Siam Carry Works Co., Ltd.
    99/12 Moo 4, Bang Phli, Samut Prakan 10540
    Tel +66 2 555 0190

    On Mon, 4 Nov 2024 at 08:12, Brodie McAllister <brodie@redgumphoto.com.au> wrote:
    """) + quote(_p04_orig)
_p04 = mail("Pornthip Srisuk <pornthip@siamcarryworks.co.th>", "Brodie McAllister <brodie@redgumphoto.com.au>",
            "Re: PO RG-3021 BG-30L samples", "Wed, 13 Nov 2024 14:05:00 +0700", _p04_txt,
            html=text2html(_p04_txt), cc="Kylie Tran <kylie@redgumphoto.com.au>",
            in_reply_to="<rg-3021@redgumphoto.com.au>")
case("p04", ["RG007"],
     "supplier states it will roll from sample approval straight into the 1,490 without the written release the quoted PO requires",
     [("re_po_rg-3021.eml", eml_bytes(_p04))])

# p05 -- buyer purchase plan: a sales forecast presented as a firm order.
case("p05", ["RG008"],
     "buyer purchase plan: a sales forecast of 6.000 cages presented as a firm order to produce against",
     [("haneul_purchase_plan_h1_2025.pdf", pdf([
         ("h1", "HANEUL VLOG GEAR - PURCHASE PLAN H1 2025"),
         ("p", "To: Sao Mai Metalworks JSC, Binh Duong - Attn. Ms. Nguyen Thi Thu Ha"),
         ("p", "From: Kim Ji-hoon, Sourcing Manager, Haneul Vlog Gear Co., Ltd., Seoul"),
         ("p", "Date: 2024-11-08    Item: VC-300 vlog cage for ZV-E10 / ZV-1 II (1/4\"-20 and 3/8\"-16, "
               "NATO rail 70 mm, DRG VC-300-01 Rev 5)"),
         ("sp",),
         ("p", "Dear Ms. Ha, below quantities are coming from our sales forecast H1 2025 (Coupang, "
               "Naver store and Japan distributor). We ask you to take the total 6.000 pcs as our FIRM "
               "ORDER and produce according to the monthly plan. Please reserve the CNC capacity "
               "and confirm by return."),
         ("table", [["Month", "Forecast qty (pcs)", "Status", "Ship by"],
                    ["2025-01", "800", "firm", "2025-01-10"],
                    ["2025-02", "900", "firm", "2025-02-07"],
                    ["2025-03", "1.000", "firm", "2025-03-07"],
                    ["2025-04", "1.100", "firm", "2025-04-04"],
                    ["2025-05", "1.100", "firm", "2025-05-09"],
                    ["2025-06", "1.100", "firm", "2025-06-06"],
                    ["Total", "6.000", "", ""]]),
         ("sp",),
         ("p", "Unit price USD 9,80 FOB Ho Chi Minh as per your quotation SM-Q-2410-77. Packing: "
               "single polybag + white box, 40 pcs per carton. Official PO number will follow from "
               "our ERP when the H1 budget is open."),
         ("p", "Thank you for your support. Kim Ji-hoon"),
     ], title="Purchase plan H1 2025", author="Kim Ji-hoon"))])

# p06 -- WhatsApp: scope complete at the start, later deposit -> "go ahead, crack on with the run".
case("p06", ["RG002", "RG012"],
     "WhatsApp: sample scope stated, then 'deposit's gone through, so go ahead, crack on with the run' and the supplier starts production",
     [("whatsapp_chat_sao_mai.txt", T("""
        12/11/24, 9:14 am - Brodie McAllister: Morning Ha. PO RG-3034 sent through for the GA-480 arms. It's for 8 sample arms only. The other 392 on your quote stay on hold till Kylie has tested the samples in the field and I send you a written release. Cheers
        12/11/24, 9:31 am - Ha Sao Mai: Dear Mr Brodie, well noted. 8 pcs sample only. We send proforma invoice for deposit 30% today
        12/11/24, 9:32 am - Ha Sao Mai: <Media omitted>
        12/11/24, 9:40 am - Brodie McAllister: no worries
        19/11/24, 4:05 pm - Brodie McAllister: Deposit's gone through this arvo. So go ahead, crack on with the run mate \U0001F44D
        19/11/24, 4:20 pm - Ha Sao Mai: Thank you Mr Brodie, money received. We will start the production now and inform you the schedule tomorrow
        19/11/24, 4:21 pm - Ha Sao Mai: \U0001F64F
        """))])

# p07 -- PDF PO: quantity, hold and event present; the written release comes from an unnamed
#        "purchasing department".
case("p07", ["RG005"],
     "sample PO for 30 filter holders says the 970 balance is not released until QA sign-off and a written release, but names no person",
     [("po_4500081377.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500081377"),
         ("p", "Lichtwerk Fotohandel GmbH, Speicherstadt-Kontor 14, 20457 Hamburg"),
         ("p", "Lieferant / Supplier: Hsinmei Precision Optics Co., Ltd., No. 88, Gongye 3rd Rd., "
               "Xitun Dist., Taichung 407, Taiwan (vendor 700588)"),
         ("p", "Datum / Date: 05.11.2024 - Einkaeufergruppe / buyer group 210 - Zahlungsziel 30 Tage netto"),
         ("table", [["Pos", "Material", "Bezeichnung / Description", "Menge / Qty", "ME", "Preis EUR", "Wert EUR"],
                    ["10", "FH-100", "Filterhalter 100 mm inkl. Adapterring 82 mm (M82x0,75), Muster", "30", "ST",
                     "22,40", "672,00"],
                    ["20", "FH-100-AR77", "Adapterring 77 mm (M77x0,75), Muster", "30", "ST", "3,10", "93,00"]]),
         ("sp",),
         ("h", "Umfang / Scope"),
         ("p", "Diese Bestellung umfasst dreissig (30) Muster. / This order covers thirty (30) samples."),
         ("p", "Die restlichen 970 Stueck aus Ihrem Angebot HM-Q-2410-55 sind NICHT freigegeben. / The "
               "remaining 970 pcs of your quote HM-Q-2410-55 are NOT released and stay on hold."),
         ("p", "Release of the 970 pcs only after our quality department has signed off the samples and our "
               "purchasing department sends a written release. Please buy material for the 30 samples only."),
         ("sp",),
         ("p", "Liefertermin / delivery: KW 49/2024, DAP Hamburg. Pruefbericht (Masse, Planlage, "
               "Gewinde M82x0,75) beilegen. Es gelten unsere AEB (Stand 01/2024), ISO 9001:2015."),
         ("p", "Lichtwerk Fotohandel GmbH - Einkauf"),
     ], title="PO 4500081377", author="Lichtwerk Einkauf"))])

# p08 -- DOCX minutes: scope complete, but "approved/approval" used for technical sample
#        approval, the PO approval by finance and the production approval.
case("p08", ["RG009"],
     "kick-off minutes use 'approved/approval' for T1 samples, the finance PO approval and the mass-production release",
     [("minutes_vc300_kickoff.docx", docx_bytes([
         ("h1", "Minutes - VC-300 vlog cage, pilot kick-off"),
         ("p", "Date: 2024-11-06, video call (Zoom), 10:00-10:50 KST"),
         ("p", "Haneul Vlog Gear: Kim Ji-hoon (sourcing), Park Soo-min (product design). "
               "Sao Mai Metalworks: Nguyen Thi Thu Ha (sales), Tran Van Minh (production)."),
         ("h", "1. T1 samples"),
         ("p", "Park Soo-min reported that the T1 samples are approved: fit on ZV-E10 and ZV-1 II is ok, "
               "cold shoe position ok, 1/4\"-20 holes ok. Small burr on the NATO rail to be removed."),
         ("h", "2. Purchase order"),
         ("p", "Finance approved PO HVG-PO-2411-07 yesterday. The PO covers 50 pilot cages only."),
         ("h", "3. Mass production"),
         ("p", "Mass production of the remaining 2,950 pcs is not approved yet and is not released. "
               "Approval for mass production comes only in writing from Director Lee Dong-wook, after "
               "the 50 pilot cages have passed pilot sign-off by Park Soo-min."),
         ("h", "4. Material"),
         ("p", "Sao Mai buys aluminium 6061 and hardware for the 50 pilot cages only."),
         ("h", "Actions"),
         ("table", [["#", "Action", "Owner", "Due"],
                    ["1", "Remove burr on NATO rail, update DRG VC-300-01 to Rev 6", "Tran Van Minh", "2024-11-13"],
                    ["2", "Ship 50 pilot cages by EMS", "Nguyen Thi Thu Ha", "2024-11-29"],
                    ["3", "Pilot evaluation report", "Park Soo-min", "2024-12-06"]]),
         ("p", "Minutes: Kim Ji-hoon"),
     ], author="Kim Ji-hoon"))])

# p09 -- cover mail says fifteen (15) sample arms, the attached PO says 12.
_p09_pdf = pdf([
    ("h1", "PURCHASE ORDER 88502"),
    ("p", "Sunset Grip & Lens Rentals, 2150 N. Hollywood Way, Burbank, CA 91505 - purchasing@sunsetgriplens.com"),
    ("p", "Vendor: Officine Brambati S.r.l., Via Valsassina 41, 23900 Lecco (LC), Italy"),
    ("p", "PO date: 10/28/2024   Terms: Net 45   Ship via: DHL Express, DAP Burbank   Currency: USD"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Ext."],
               ["1", "GA-480-HD", "Articulating arm 480 mm, 1/4\"-20 + ARRI 3/8\"-16 locating pins, SAMPLE", "12",
                "EA", "$64.00", "$768.00"]]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "This PO authorizes 12 sample arms only. The balance of 288 arms from quote OB-2024-287 is NOT "
          "released and is on hold. It will be released only by a written release from Marcus Reyes, "
          "Director of Equipment, after Jenna Park (camera tech lead) has signed off the samples. "
          "Material authority: sample quantity only."),
    ("p", "Buyer: Dana Whitcomb, Purchasing Coordinator"),
], pagesize=LETTER, title="PO 88502", author="Dana Whitcomb")
_p09 = mail("Dana Whitcomb <dana@sunsetgriplens.com>", "Giulia Ferraresi <g.ferraresi@officinebrambati.it>",
            "PO 88502 - GA-480 sample arms", "Mon, 28 Oct 2024 11:20:00 -0700",
            T("""
    Hi Giulia,

    Attached is PO 88502 for fifteen (15) sample GA-480 arms for our camera department to beat up.
    Same deal as the cages: samples only, the remaining 288 stay on hold until Jenna signs off and
    Marcus sends you a written release.

    Could you confirm a ship date? We'd love to have them before the AFI shoot on 11/18.

    Thanks!
    Dana
    """) + sig("Dana Whitcomb", "Purchasing Coordinator", "Sunset Grip & Lens Rentals", "+1 818 555 0147"),
            attachments=[("PO_88502.pdf", _p09_pdf, PDF_MT)])
case("p09", ["RG011"],
     "cover mail says fifteen (15) sample arms, the attached PO 88502 authorizes 12; scope otherwise complete",
     [("po_88502.eml", eml_bytes(_p09))])

# p10 -- PO (40 samples, complete scope) + supplier proforma quoting another PO number and 2,400 pcs,
#        production to start on the deposit.
case("p10", ["RG011", "RG012"],
     "PO RG-PO-3058 authorizes 40 samples; the proforma cites PO RG-PO-3085 for 2,400 pcs and starts production on the 30% deposit",
     [("po_rg-po-3058.pdf", pdf([
         ("h1", "PURCHASE ORDER RG-PO-3058"),
         ("p", "Red Gum Outdoor Photographic Pty Ltd - ABN 51 624 880 117 - 14 Pakenham St, Fremantle WA 6160"),
         ("p", "Supplier: Siam Carry Works Co., Ltd., 99/12 Moo 4, Bang Phli, Samut Prakan 10540, Thailand"),
         ("p", "Date: 18/11/2024    Currency: USD    Incoterms: FOB Laem Chabang"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Total"],
                    ["1", "BG-12L-SND", "Sling bag 12 L, sand, 600D recycled PET, YKK #5 zips - SAMPLE", "40",
                     "USD 18.50", "USD 740.00"]]),
         ("sp",),
         ("p", "This PO is for forty (40) samples only. The other 2,360 bags on your quote SCW-Q-24-131 are "
               "not released and stay on hold until Kylie Tran has signed off the samples and Brodie "
               "McAllister (Owner) sends a written release. Buy fabric and trims for the 40 samples only."),
         ("p", "Authorised: Brodie McAllister, Owner"),
     ], title="RG-PO-3058", author="Brodie McAllister")),
      ("proforma_scw-pi-24-0392.pdf", pdf([
          ("h1", "PROFORMA INVOICE"),
          ("p", "Siam Carry Works Co., Ltd. - 99/12 Moo 4, Bang Phli, Samut Prakan 10540 - Tax ID 0115 558 021 443"),
          ("table", [["PI No.", "SCW-PI-24-0392", "Date", "20 Nov 2024"],
                     ["Buyer", "Red Gum Outdoor Photographic Pty Ltd", "Your PO No.", "RG-PO-3085"]]),
          ("sp",),
          ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
                     ["1", "BG-12L-SND", "Sling bag 12 L sand, 600D rPET, YKK #5", "2,400 pcs", "USD 14.20",
                      "USD 34,080.00"]]),
          ("sp",),
          ("p", "Payment: 30% T/T deposit (USD 10,224.00) with order, balance 70% before shipment."),
          ("p", "Remark: Production will start upon receipt of 30% deposit. Lead time 45 days after deposit."),
          ("p", "Bank: Kasikornbank, Bang Phli branch, SWIFT KASITHBK, A/C 123-4-56789-0"),
          ("p", "Pornthip Srisuk, Sales Department"),
      ], title="PI SCW-PI-24-0392", author="Siam Carry Works"))])

# p11 -- DOCX sample order letter: scoped to samples, balance, event and person named, but the
#        sample quantity is never stated.
case("p11", ["RG010"],
     "sample order letter: 'proceed the sample lot (sample only)', 5,000 not released until sign-off and Lee's written release, but no sample quantity",
     [("sample_order_lh-67.docx", docx_bytes([
         ("h1", "Sample Order - LH-67 petal lens hood"),
         ("p", "To: Hsinmei Precision Optics Co., Ltd. - Mr. Vincent Lin, Sales Manager"),
         ("p", "From: Haneul Vlog Gear Co., Ltd., Sourcing - Kim Ji-hoon"),
         ("p", "Date: 2024-11-11    Ref.: your quotation HM-Q-2411-08, our PO HVG-PO-2411-09"),
         ("p", "Dear Mr. Lin,"),
         ("p", "Thank you for the quotation. Please proceed the sample lot of LH-67 petal hood (sample only), "
               "bayonet for 67 mm lens thread M67x0.75, matte black, DRG LH-67-002 Rev 4, flocking inside."),
         ("p", "The mass production quantity 5,000 pcs in your quotation is not released. It will be "
               "released only after our design team has signed off the samples, by written release from "
               "Director Lee Dong-wook."),
         ("p", "Please buy material for the sample lot only. Samples to be sent by EMS to our Seongsu-dong "
               "studio, attention Park Soo-min."),
         ("p", "Best regards,"),
         ("p", "Kim Ji-hoon, Sourcing Manager, Haneul Vlog Gear Co., Ltd. (+82 2 555 0188)"),
     ], author="Kim Ji-hoon"))])

# p12 -- bare PDF sample order: quantity only, nothing about the series.
case("p12", ["RG003", "RG004", "RG005"],
     "bare sample order for 10 cages against a series offer: nothing says the balance is on hold, no event, no release person",
     [("musterbestellung_4500081402.pdf", pdf([
         ("h1", "MUSTERBESTELLUNG / SAMPLE ORDER 4500081402"),
         ("p", "Lichtwerk Fotohandel GmbH, Einkauf, Speicherstadt-Kontor 14, 20457 Hamburg"),
         ("p", "An / to: Officine Brambati S.r.l., Via Valsassina 41, 23900 Lecco, Italia - Sig.ra Giulia Ferraresi"),
         ("p", "Datum: 06.11.2024 - Ihr Angebot / your offer OB-2024-311 vom 29.10.2024"),
         ("table", [["Pos", "Artikel", "Beschreibung", "Menge", "Preis EUR", "Wert EUR"],
                    ["10", "CC-A7", "Kamerakaefig / camera cage Sony A7 IV, Alu 6061 schwarz eloxiert, "
                     "1/4\"-20 + 3/8\"-16, ARRI-Aufnahme", "zehn (10)", "96,00", "960,00"]]),
         ("sp",),
         ("p", "Liefertermin: KW 48/2024, DAP Hamburg. Bitte Erstmusterpruefbericht (EMPB) und "
               "Materialzeugnis 3.1 nach EN 10204 beilegen."),
         ("p", "Zahlung: 30 Tage netto nach Wareneingang. Es gelten unsere AEB."),
         ("p", "Mit freundlichen Gruessen / kind regards - Tobias Wendt, Einkauf"),
     ], title="Musterbestellung 4500081402", author="Tobias Wendt"))])

# p13 -- EDI 850 printout: PO1 quantity 6, MSG says EIGHT (8); hold "until further notice";
#        release person named.
case("p13", ["RG004", "RG011"],
     "EDI 850: line quantity 6 but the message text says EIGHT (8) sample units; balance on hold 'until further notice', no unlock event",
     [("edi850_88455_print.txt", T("""
        ==== EDI TRANSLATION REPORT - X12 850 PURCHASE ORDER - VERSION 004010 ====
        Trading partner : ZHONGSHAN JIAHE PHOTOGRAPHIC (ISA ID 8675500123)
        Sender          : SUNSET GRIP & LENS RENTALS (ISA ID SUNSETGRIP)
        Interchange ctl : 000004455   Group ctl: 4455   Received 2024-11-05 16:02 PST

        ISA*00*          *00*          *ZZ*SUNSETGRIP     *ZZ*8675500123     *241105*1602*U*00401*000004455*0*P*>~
        GS*PO*SUNSETGRIP*8675500123*20241105*1602*4455*X*004010~
        ST*850*0001~
        BEG*00*SA*88455**20241105~
        CUR*BY*USD~
        REF*IA*V-20417~
        PER*BD*DANA WHITCOMB*TE*8185550147~
        DTM*002*20241129~
        N1*ST*SUNSET GRIP AND LENS RENTALS*92*BUR1~
        N3*2150 N HOLLYWOOD WAY~
        N4*BURBANK*CA*91505*US~
        PO1*1*6*EA*71.50**VP*TL-2500C*BP*SGL-TL2500C~
        PID*F****CARBON TRIPOD LEGS 4-SECT 75MM BOWL 3/8-16~
        MSG*SAMPLE ORDER - EIGHT (8) SAMPLE UNITS ONLY~
        MSG*BALANCE OF QUOTED QTY ON HOLD UNTIL FURTHER NOTICE~
        MSG*RELEASE OF BALANCE BY MARCUS REYES DIR OF EQUIPMENT ONLY~
        MSG*MATERIAL FOR SAMPLE UNITS ONLY~
        CTT*1*6~
        SE*17*0001~
        GE*1*4455~
        IEA*1*000004455~

        ---- DECODED ----
        PO number      : 88455          PO date : 2024-11-05     Type: SA (stand-alone)
        Line 1         : TL-2500C carbon tripod legs   qty 6 EA @ 71.50 USD
        Requested ship : 2024-11-29
        Notes          : SAMPLE ORDER - EIGHT (8) SAMPLE UNITS ONLY
                         BALANCE OF QUOTED QTY ON HOLD UNTIL FURTHER NOTICE
                         RELEASE OF BALANCE BY MARCUS REYES DIR OF EQUIPMENT ONLY
                         MATERIAL FOR SAMPLE UNITS ONLY
        997 sent       : 2024-11-05 16:03 (accepted)
        """))])

# p14 -- quoted thread: "go ahead with a dozen sample hoods only, the rest stays on hold for now".
_p14_q = T("""
    Dear Kylie,

    Thank you for the PO draft. For the LH-77 hood samples, do you want 10 or 12 pcs? And the mass
    production of 600 pcs, when we can start? Our anodizing line is free in week 50.

    Best regards,
    Vincent Lin
    Sales Manager, Hsinmei Precision Optics Co., Ltd.
    """)
_p14 = mail("Kylie Tran <kylie@redgumphoto.com.au>", "Vincent Lin <vincent.lin@hsinmei-optics.com.tw>",
            "Re: LH-77 hood - sample qty?", "Thu, 14 Nov 2024 10:32:00 +0800",
            T("""
    Hi Vincent,

    Go ahead with a dozen sample hoods only please, the rest stays on hold for now.
    Ship to the Fremantle shop, same address as last time.

    Cheers,
    Kylie Tran
    Buyer | Red Gum Outdoor Photographic
    14 Pakenham St, Fremantle WA 6160 | +61 8 5550 1123

    On 13 Nov 2024, at 17:48, Vincent Lin <vincent.lin@hsinmei-optics.com.tw> wrote:

    """) + quote(_p14_q), in_reply_to="<hm-2024-1113-0048@hsinmei-optics.com.tw>")
case("p14", ["RG004", "RG005"],
     "'go ahead with a dozen sample hoods only, the rest stays on hold for now': hold stated but no unlock event and nobody named to release",
     [("re_lh-77_hood.eml", eml_bytes(_p14))])

# p15 -- Outlook mail saved as text: supplier reads an accepted PO as the signal to run the batch.
case("p15", ["RG012"],
     "supplier mail saved as text: 'the accepted PO is our signal to arrange the production batch' under a complete quoted sample scope",
     [("re_po_88391_mail.txt", T("""
        From:	Amy Liang <amy.liang@jiahe-photo.cn>
        Sent:	Wednesday, November 6, 2024 10:12 AM
        To:	Dana Whitcomb <dana@sunsetgriplens.com>
        Cc:	Coco Huang <coco.huang@jiahe-photo.cn>
        Subject:	RE: PO 88391 BH-360 ball head samples

        Dear Dana,

        Good day! Well received your PO 88391, it is confirmed and accepted in our ERP today
        (our SO-JH-241106-03).

        According to our standard process, the accepted PO is our signal to arrange the production
        batch, so we will put the BH-360 in the production plan from next week and the samples will
        be taken from the first lot. In this way you can get the goods faster.

        Any question please let me know.

        Best regards
        Amy Liang
        Sales Manager
        Zhongshan Jiahe Photographic Equipment Co., Ltd.
        Tel: +86 760 8555 0123  WeChat: amyliang_jh

        -----Original Message-----
        From: Dana Whitcomb <dana@sunsetgriplens.com>
        Sent: Tuesday, November 5, 2024 4:40 PM
        To: Amy Liang <amy.liang@jiahe-photo.cn>
        Subject: PO 88391 BH-360 ball head samples

        Hi Amy,

        PO 88391 attached: six (6) BH-360 sample heads, samples only. The remaining 294 heads from
        your quote are not released - they're on hold until Jenna Park signs off the samples and
        Marcus Reyes, our Director of Equipment, issues a written release. Please don't buy material
        beyond the 6 samples.

        Thanks,
        Dana Whitcomb | Purchasing Coordinator | Sunset Grip & Lens Rentals
        """))])

# p16 -- supplier order confirmation: 20 samples confirmed, mass production 3,000 planned beside
#        it with nothing saying it is not released.
case("p16", ["RG001"],
     "supplier order confirmation lists the 20-piece sample order and, beside it, mass production 3,000 pcs with a planned ETD and no not-released note",
     [("order_confirmation_hm-oc-24-1187.pdf", pdf([
         ("h1", "ORDER CONFIRMATION HM-OC-24-1187"),
         ("p", "Hsinmei Precision Optics Co., Ltd. - No. 88, Gongye 3rd Rd., Xitun Dist., Taichung 407, Taiwan"),
         ("p", "To: Haneul Vlog Gear Co., Ltd., Seoul - Mr. Kim Ji-hoon"),
         ("p", "Date: 2024/11/15    Your PO: HVG-PO-2411-12 (sample order)"),
         ("p", "We confirm your purchase order as below, thank you."),
         ("table", [["Item", "Part no.", "Description", "Qty", "Unit price", "ETD"],
                    ["1", "LH-58-BK", "Lens hood 58 mm, M58x0.75, matte black, DRG LH-58-001 Rev 3 (sample)",
                     "20 pcs", "USD 4.60", "2024/11/29"]]),
         ("sp",),
         ("h", "Mass production (ref. quotation HM-Q-2410-31)"),
         ("table", [["Item", "Part no.", "Qty", "Unit price", "Planned ETD"],
                    ["2", "LH-58-BK", "3,000 pcs", "USD 2.85", "2025/01/17"]]),
         ("sp",),
         ("p", "Payment: T/T 30 days after B/L. Packing: 100 pcs per inner box, export carton. "
               "Salt spray test ISO 9227 NSS 24 h report attached to shipment."),
         ("p", "Vincent Lin, Sales Manager"),
     ], title="Order confirmation HM-OC-24-1187", author="Vincent Lin"))])

# p17 -- supplier MRP printout: material ordered for 3.030 sets against a 30-piece release.
case("p17", ["RG006"],
     "supplier MRP printout: aluminium bar ordered for 3.030 sets while the customer released 30 sample/pilot pcs",
     [("mrp_run_bd1_20241112.txt", T("""
        SAO MAI METALWORKS JSC  -  MRP RUN RESULT                      2024-11-12 07:30
        Plant: BD1 (Binh Duong)      Planner: TVMINH      Run type: NETCH
        ================================================================================
        Item      : GA-480-BK   Gimbal arm 480 mm, black anodised, 1/4"-20 / 3/8"-16
        Customer  : C-0217 HANEUL VLOG GEAR CO., LTD.
        Sales ord.: SO-24-0881          Cust. PO : HVG-PO-2410-22
          Released by customer ..............     30 pcs  (sample / pilot)
          Quoted mass production ............  3.000 pcs  (not released by customer)
        --------------------------------------------------------------------------------
        Component            Req. qty   On hand   Open PO    Status      Supplier PO
        AL6061-T6 BAR D40     3.030       0        3.030     ORDERED     PO-SM-7781
        KNOB-M6x1.0-BK        6.060     200        5.860     ORDERED     PO-SM-7782
        FRICTION-DISC-32      3.030       0        3.030     ORDERED     PO-SM-7783
        SCREW-1/4-20x8       12.120   4.000        8.120     ORDERED     PO-SM-7784
        ANOD-BLACK (svc)      3.030       -          -       PLANNED     -
        --------------------------------------------------------------------------------
        Note (TVMINH 11/11): material ordered for full 3.030 sets to secure aluminium price
        before Tet. Pilot 30 pcs run from same bar lot.
        ================================================================================
        End of report - 1 item, 5 components
        """))])

# p18 -- supplier portal: a customer forecast booked as a firm sales order and material bought
#        for it; the customer's release is 20 samples.
_p18_body = T("""
    <h2>Jiahe Customer Order Center</h2>
    <p>Customer: <b>Lichtwerk Fotohandel GmbH</b> (C-DE-0041) &nbsp;|&nbsp; Account manager: Amy Liang &nbsp;|&nbsp; Printed 2024-11-20</p>
    <h3>Open orders</h3>
    <table>
    <tr><th>Doc</th><th>Item</th><th>Qty</th><th>Type</th><th>Status</th><th>Prod. week</th></tr>
    <tr><td>PO 4500081388</td><td>TL-2500C carbon legs</td><td>20</td><td>Sample</td><td>In QC</td><td>2024-W47</td></tr>
    <tr><td>SO-25-0042</td><td>TL-2500C carbon legs</td><td>4.800</td><td>from customer forecast Q1-Q2/2025</td><td><b>FIRM ORDER</b></td><td>2025-W03</td></tr>
    </table>
    <p class="note">Customer release for TL-2500C: 20 sets sample only (PO 4500081388). Balance not released by customer.</p>
    <h3>Forecast conversion log</h3>
    <table>
    <tr><th>Date</th><th>Source</th><th>Action</th><th>User</th></tr>
    <tr><td>2024-11-08</td><td>EDI DELFOR forecast LW-FC-2025-01 (4.800 sets, type: forecast)</td><td>converted to sales order SO-25-0042, status firm</td><td>coco.huang</td></tr>
    </table>
    <h3>Material</h3>
    <table>
    <tr><th>Material</th><th>For</th><th>Qty</th><th>Status</th></tr>
    <tr><td>Carbon tube 32/29/26/23 mm set</td><td>SO-25-0042</td><td>4.800 sets</td><td>purchased (PO JH-M-2411-77), arriving 2024-12-10</td></tr>
    <tr><td>Magnesium leg angle casting</td><td>SO-25-0042</td><td>14.400 pcs</td><td>purchased (PO JH-M-2411-78)</td></tr>
    </table>
    <p>Questions: amy.liang@jiahe-photo.cn / +86 760 8555 0123</p>
    """)
case("p18", ["RG006", "RG008"],
     "supplier portal books a customer forecast of 4.800 sets as a FIRM ORDER and shows carbon tube bought for it; customer released 20 samples",
     [("jiahe_order_center.html", html_page("Jiahe Customer Order Center - Lichtwerk", _p18_body))])

# p19 -- two-level quote: Marcus's scope (written release by him), Giulia's question, Marcus's
#        reply that sample approval counts as production approval, plus PO "approved by finance".
_p19_l2 = T("""
    Giulia,

    PO 88560 is for sixteen (16) CC-1200 cages as samples. The remaining 384 are not released. I will
    release them in writing after Jenna Park signs off the samples.

    Marcus Reyes
    Director of Equipment, Sunset Grip & Lens Rentals
    """)
_p19_l1 = T("""
    Dear Marcus,

    the 16 samples are packed, they ship Monday with UPS, tracking follows. To save time, can we prepare
    the 384 in the meantime? Our CNC has a hole in the schedule in December.

    Cordiali saluti,
    Giulia Ferraresi
    Officine Brambati S.r.l.

    Il giorno 21/10/2024 alle 17:02, Marcus Reyes <marcus@sunsetgriplens.com> ha scritto:
    """) + quote(_p19_l2)
_p19 = mail("Marcus Reyes <marcus@sunsetgriplens.com>", "Giulia Ferraresi <g.ferraresi@officinebrambati.it>",
            "Re: PO 88560 CC-1200 samples", "Fri, 08 Nov 2024 09:47:00 -0800",
            T("""
    Giulia -

    PO 88560 got approved by our finance on Friday, so that part's done. Jenna will approve the samples
    next week, I'm sure they're fine.

    Once the samples are approved, take that as the approval for production and roll straight into the
    rest of the run - no need to wait for a separate letter from me.

    Thanks,
    Marcus
    """) + sig("Marcus Reyes", "Director of Equipment", "Sunset Grip & Lens Rentals", "+1 818 555 0140")
            + "\nOn Nov 8, 2024, at 1:15 AM, Giulia Ferraresi <g.ferraresi@officinebrambati.it> wrote:\n\n"
            + quote(_p19_l1),
            cc="Jenna Park <jenna@sunsetgriplens.com>", in_reply_to="<ob-20241108-0115@officinebrambati.it>")
case("p19", ["RG007", "RG009"],
     "buyer overrides his own written-release rule ('once the samples are approved ... roll straight into the rest of the run') and uses 'approved' for PO, samples and production",
     [("re_po_88560.eml", eml_bytes(_p19))])

# p20 -- supplier weekly status: deposit received -> fabric cut for 600 while 50 samples released.
case("p20", ["RG006", "RG012"],
     "supplier status report: 'because your deposit was received' fabric was cut for 600 pcs while only 50 samples are released",
     [("weekly_status_wk47.pdf", pdf([
         ("h1", "WEEKLY PRODUCTION STATUS - WEEK 47/2024"),
         ("p", "Siam Carry Works Co., Ltd. for Lichtwerk Fotohandel GmbH, Hamburg - prepared by Anucha Boonmee, "
               "Production Manager, 22 Nov 2024"),
         ("table", [["PO", "Item", "Qty", "Released by customer", "Status"],
                    ["4500081419", "BG-20S shoulder bag, graphite", "50 pcs", "yes (sample)",
                     "sewing finished, QC on 26 Nov"],
                    ["4500081419", "BG-20S balance (quote SCW-Q-24-109)", "600 pcs", "no (balance)",
                     "fabric cutting done 100%, sewing line booked week 49"]]),
         ("sp",),
         ("p", "Remark: because your deposit 30% (EUR 4.680,00) was received on 15 Nov, we have started the "
               "cutting of the 600D nylon and the foam padding for the 600 pcs mass production, so the "
               "shipment can be on time for your spring catalogue. Webbing 25 mm and YKK #8 zips also "
               "purchased for 600 pcs."),
         ("table", [["Material", "Qty cut / purchased", "For"],
                    ["600D nylon graphite", "690 m", "650 pcs (50 sample + 600)"],
                    ["EPE foam 10 mm", "650 sets", "650 pcs"],
                    ["YKK #8 zip", "1 300 pcs", "650 pcs"]]),
         ("sp",),
         ("p", "Next week: sample QC report, photos of sewing line."),
     ], title="Weekly status wk47", author="Anucha Boonmee"))])

# p21 -- DOCX release record: "release" for the sample (technical), the SAP PO (commercial) and
#        production; scope otherwise complete.
case("p21", ["RG009"],
     "release record uses 'release' for the technical sample result, the SAP PO workflow and production",
     [("freigabeprotokoll_fh-100.docx", docx_bytes([
         ("h1", "Freigabeprotokoll / Release record FH-100"),
         ("p", "Lieferant / supplier: Hsinmei Precision Optics Co., Ltd., Taichung"),
         ("p", "Bestellung / PO: 4500081377 - Artikel FH-100 Filterhalter 100 mm, Adapterring 82 mm"),
         ("p", "Datum / date: 26.11.2024"),
         ("table", [["Stufe / stage", "Status", "Wer / who", "Bemerkung / remark"],
                    ["Sample release (Musterfreigabe)", "released", "Dr. Joerg Oberholz, QA",
                     "30 samples measured, flatness 0,05 mm, M82x0,75 thread gauge ok"],
                    ["PO release (Bestellfreigabe, SAP)", "released 05.11.2024", "cost centre 4410",
                     "release strategy L2"],
                    ["Production release (Serienfreigabe)", "NOT released", "-",
                     "see below"]]),
         ("sp",),
         ("p", "Authorized now: the 30 sample pcs of PO 4500081377 only."),
         ("p", "The balance of 970 pcs stays on hold. It can only be released by a written production "
               "release from Sabine Kraenzle, Head of Purchasing, after this sample sign-off has been "
               "filed. Material authority: samples only."),
         ("p", "Verteiler / distribution: T. Wendt (Einkauf), V. Lin (Hsinmei)"),
     ], author="Joerg Oberholz"))])

# p22 -- WeChat: buyer scope requires director's written release; later the buyer agrees that the
#        supplier continues straight into mass production once the sample is ok.
case("p22", ["RG007"],
     "WeChat: buyer first requires the director's written release, then agrees 'if sample ok then continue, don't wait director paper'",
     [("wechat_export_tl-150.txt", T("""
        WeChat chat history (exported 2024-11-14)
        Kim Ji-hoon (Haneul Vlog Gear)  <->  Amy Liang \u6881 (Jiahe)
        ------------------------------------------------------------
        2024-11-04 10:12  Kim Ji-hoon
        Amy, PO HVG-PO-2411-03 is sent. It is for 20 pcs sample TL-150 mini tripod only. Mass production 3,000 pcs is not confirm yet = not released. Need pilot test and then written release from our director Lee Dong-wook.

        2024-11-04 10:20  Amy Liang \u6881
        ok Kim, received \U0001F44C 20pcs sample first

        2024-11-04 10:21  Amy Liang \u6881
        material only for 20 sample

        2024-11-13 16:02  Amy Liang \u6881
        Kim, sample will finish 11/20. After sample OK, we directly continue mass production 3000pcs ok? save time, CNY is coming

        2024-11-13 16:40  Kim Ji-hoon
        ok if sample ok then continue, no problem \U0001F44C don't wait director paper

        2024-11-13 16:41  Amy Liang \u6881
        \u597d\u7684 thank you Kim!!
        """))])

# p23 -- two-level quote: Tobias's PO scope, Tobias "deposit left our bank today. So go ahead!",
#        Giulia launches the series of 990 on the payment.
_p23_l2 = T("""
    Dear Giulia,

    attached our PO 4500081415 for ten (10) CC-A7 cages as samples. The remaining 990 pcs of your
    offer OB-2024-311 are not released; they stay on hold until our QA has signed off the samples
    and Sabine Kraenzle, Head of Purchasing, sends you a written release.

    Mit freundlichen Gruessen / best regards
    Tobias Wendt
    """)
_p23_l1 = T("""
    Hallo Giulia,

    the 30% Anzahlung (advance payment) left our bank today, EUR 9.504,00, value date 12.11.
    So go ahead!

    Gruss
    Tobias

    Am 06.11.2024 um 14:22 schrieb Tobias Wendt <t.wendt@lichtwerk-foto.de>:
    """) + quote(_p23_l2)
_p23 = mail("Giulia Ferraresi <g.ferraresi@officinebrambati.it>", "Tobias Wendt <t.wendt@lichtwerk-foto.de>",
            "R: R: Bestellung 4500081415 CC-A7", "Wed, 13 Nov 2024 08:55:00 +0100",
            T("""
    Dear Tobias,

    grazie, we received the advance payment this morning. So as you wrote we launch now the series
    production of the 990 cages together with the 10 samples, in this way we gain three weeks and you
    have the cages for the Photokina-days in March.

    Cordiali saluti / kind regards
    Giulia Ferraresi
    Ufficio commerciale - Officine Brambati S.r.l.
    Via Valsassina 41, 23900 Lecco (LC) - Tel. +39 0341 555 012

    Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate.
    This message and its attachments are intended only for the addressees.

    Il giorno 12/11/2024 alle 16:40, Tobias Wendt <t.wendt@lichtwerk-foto.de> ha scritto:
    """) + quote(_p23_l1), in_reply_to="<lw-20241112-1640@lichtwerk-foto.de>")
case("p23", ["RG002", "RG012"],
     "quoted buyer line 'advance payment left our bank today ... So go ahead!' and supplier launches the 990 series on the payment",
     [("r_bestellung_4500081415.eml", eml_bytes(_p23))])

# p24 -- planner's forecast (forwarded as rfc822, labelled forecast) turned into a "firm
#        commitment" by purchasing; CSV attachment.
_p24_inner = mail("Luis Ortega <luis.ortega@sunsetgriplens.com>", "Dana Whitcomb <dana@sunsetgriplens.com>",
                  "BH-360 demand forecast 2025", "Thu, 31 Oct 2024 15:05:00 -0700",
                  T("""
    Dana -

    2025 rental demand forecast for the BH-360 heads is in the CSV, 2,400 units for the year
    (Q1 500 / Q2 700 / Q3 700 / Q4 500). Based on 2024 utilization plus the two new stages in
    Sun Valley. Forecast only, budget for 2025 isn't signed yet.

    Luis Ortega
    Demand Planning
    """))
_p24_txt = T("""
    Hi Amy,

    Forwarding the note from our planning team plus the CSV. That's our 2025 forecast for the BH-360
    heads, 2,400 units total.

    Please treat it as our firm commitment and lock in production capacity for all 2,400 - we don't
    want to get caught short before NAB in April. Quarterly ship dates per the CSV.

    Thanks!
    Dana
    """) + sig("Dana Whitcomb", "Purchasing Coordinator", "Sunset Grip & Lens Rentals", "+1 818 555 0147")
_p24 = mail("Dana Whitcomb <dana@sunsetgriplens.com>", "Amy Liang <amy.liang@jiahe-photo.cn>",
            "FW: BH-360 demand forecast 2025", "Fri, 01 Nov 2024 08:30:00 -0700", _p24_txt,
            html=text2html(_p24_txt),
            attachments=[("rfc822", _p24_inner),
                         ("bh360_2025.csv", "quarter,item,units,ship_by\n2025-Q1,BH-360,500,2025-01-15\n"
                          "2025-Q2,BH-360,700,2025-04-01\n2025-Q3,BH-360,700,2025-07-01\n"
                          "2025-Q4,BH-360,500,2025-10-01\n", "text/csv")])
case("p24", ["RG008"],
     "purchasing forwards a planner's labelled forecast of 2,400 heads and asks the supplier to treat it as a firm commitment",
     [("fw_bh-360_2025.eml", eml_bytes(_p24))])

# p25 -- supplier letter registers a forecast as a confirmed order and has bought material for it.
case("p25", ["RG006", "RG008"],
     "supplier letter registers the buyer's 4.000-piece forecast as a confirmed order and has purchased profile for all 4.000 while 40 pilot pcs are released",
     [("sao_mai_letter_vc-500.docx", docx_bytes([
         ("h1", "SAO MAI METALWORKS JSC"),
         ("p", "Lot C5, Song Than 2 Industrial Park, Di An, Binh Duong, Viet Nam - Tel +84 274 555 0131"),
         ("p", "Binh Duong, 15 November 2024"),
         ("p", "To: Haneul Vlog Gear Co., Ltd. - Attn. Mr. Kim Ji-hoon, Sourcing Manager"),
         ("p", "Subject: Confirmation of order - VC-500 vlog cage for ZV-E1"),
         ("p", "Dear Mr. Kim,"),
         ("p", "Thank you very much for your forecast 2025 of VC-500 vlog cage dated 28 October 2024, "
               "total 4.000 pcs (Q1 1.000, Q2 1.500, Q3 1.500)."),
         ("p", "We are pleased to confirm that we have registered the 4.000 pcs as your confirmed order in "
               "our system (SO-24-0912). We understand your PO HVG-PO-2411-15 covers only the 40 pilot pcs and "
               "the mass production is not released yet by PO, but to secure the delivery time and the price "
               "of aluminium we have already purchased the aluminium 6063-T5 profile and the 1/4\"-20 "
               "stainless screws for the full 4.000 pcs."),
         ("table", [["Material", "Qty", "Supplier", "Status"],
                    ["Al 6063-T5 profile 42x18", "4.000 sets", "Nhat Quang Aluminium", "received 12 Nov"],
                    ["Screw 1/4\"-20 x 6 SUS304", "16.000 pcs", "Hung Thinh Fastener", "received 13 Nov"]]),
         ("sp",),
         ("p", "The 40 pilot pcs will ship on 29 November by EMS."),
         ("p", "We look forward to the long cooperation."),
         ("p", "Nguyen Thi Thu Ha - Sales Manager"),
     ], author="Nguyen Thi Thu Ha"))])

# p26 -- buyer portal: forecast table that the supplier is asked to treat as a firm order.
_p26_body = T("""
    <h2>Lichtwerk Lieferantenportal</h2>
    <p>Lieferant / supplier: <b>Hsinmei Precision Optics Co., Ltd.</b> (700588) &nbsp;|&nbsp; Angemeldet: V. Lin &nbsp;|&nbsp; Stand 18.11.2024</p>
    <h3>Lieferabrufvorschau 2025 / call-off preview 2025 - FH-75 Filterhalter 75 mm</h3>
    <p>Die folgenden Mengen sind unsere Prognose 2025. Bitte betrachten Sie diese Mengen als fest bestellt
    und planen Sie Produktion und Material entsprechend. / The quantities below are our forecast 2025.
    Please consider them as firmly ordered and plan production accordingly.</p>
    <table>
    <tr><th>Monat / month</th><th>Prognose / forecast (ST)</th><th>Status</th></tr>
    <tr><td>01/2025</td><td>200</td><td>fest / firm</td></tr>
    <tr><td>02/2025</td><td>200</td><td>fest / firm</td></tr>
    <tr><td>03/2025</td><td>250</td><td>fest / firm</td></tr>
    <tr><td>04/2025</td><td>250</td><td>fest / firm</td></tr>
    <tr><td>05/2025</td><td>300</td><td>fest / firm</td></tr>
    <tr><td>06/2025</td><td>300</td><td>fest / firm</td></tr>
    <tr><td><b>Summe / total</b></td><td><b>1.500</b></td><td></td></tr>
    </table>
    <p>Artikel FH-75: Filterhalter 75 mm, Adapterringe 52/55/58 mm (M58x0,75), Zeichnung FH-75-01 Rev 2.
    Preis lt. Rahmenvereinbarung RV-2024-07: EUR 17,90 / ST, DAP Hamburg.</p>
    <p>Ansprechpartner: Tobias Wendt, Einkauf, +49 40 3344 210</p>
    """)
case("p26", ["RG008"],
     "buyer portal shows a forecast 2025 of 1.500 filter holders and asks the supplier to consider it firmly ordered",
     [("lieferantenportal_abrufvorschau.html", html_page("Lichtwerk Lieferantenportal - Abrufvorschau", _p26_body,
                                                         lang="de"))])

# p27 -- WhatsApp: buyer turns the summer forecast into a locked-in order and says the deposit
#        means the supplier can get cracking.
case("p27", ["RG008", "RG012"],
     "WhatsApp: 'that's the forecast ... consider it locked in' for 300 packs, and 'paid the 30% deposit so you can get cracking'",
     [("whatsapp_chat_siam_carry.txt", T("""
        [25/11/2024, 15:12:40] Pornthip Siam Carry: Khun Brodie, PI SCW-PI-24-0410 for BG-28L rolltop sent by email ka, 300 pcs as we talk at the Sydney show
        [25/11/2024, 15:40:02] Brodie McAllister: Cheers, will have a look
        [02/12/2024, 10:04:51] Pornthip Siam Carry: Sawasdee ka Khun Brodie, for the PI BG-28L rolltop, the 300 pcs is confirm or only estimate? we need to plan the sewing line for Jan ka
        [02/12/2024, 10:31:07] Brodie McAllister: Morning! Kylie reckons we'll move about 300 of the BG-28L over summer, that's the forecast
        [02/12/2024, 10:31:40] Brodie McAllister: Put us down for the 300, consider it locked in
        [02/12/2024, 10:32:15] Brodie McAllister: Paid the 30% deposit on your PI this morning so you can get cracking on them
        [02/12/2024, 10:50:22] Pornthip Siam Carry: Thank you ka \U0001F64F deposit received already. We start production 300 pcs next week, ETD 20 Jan
        [02/12/2024, 10:51:03] Brodie McAllister: legend \U0001F44D
        """))])

# p28 -- folder: cover mail (10 samples, names the release authority), PO PDF (12 samples),
#        supplier quote PDF with series tiers 1.000 / 2.000; no hold, no event.
_p28_txt = T("""
    Dear Giulia,

    attached you find our PO 4500081420 for ten (10) CC-1200 sample cages and your offer OB-2024-298
    for reference. Release authority on our side is Frau Sabine Kraenzle, Head of Purchasing.

    Please confirm the delivery date for the samples.

    Mit freundlichen Gruessen / best regards
    Tobias Wendt
    Einkauf / Purchasing
    Lichtwerk Fotohandel GmbH | Speicherstadt-Kontor 14 | 20457 Hamburg
    Tel. +49 40 3344 210

    Lichtwerk Fotohandel GmbH - Sitz Hamburg - HRB 148 221 - Geschaeftsfuehrer: Henrik Asmussen
    Diese E-Mail kann vertrauliche Informationen enthalten. / This e-mail may contain confidential information.
    """)
_p28 = mail("Tobias Wendt <t.wendt@lichtwerk-foto.de>", "Giulia Ferraresi <g.ferraresi@officinebrambati.it>",
            "Bestellung 4500081420 - CC-1200 Muster", "Mon, 11 Nov 2024 13:10:00 +0100", _p28_txt,
            html=text2html(_p28_txt))
case("p28", ["RG001", "RG003", "RG004", "RG011"],
     "cover mail says ten (10) sample cages, the PO says 12; the attached offer shows series 1.000/2.000 with nothing saying they are not released; no hold, no event",
     [("bestellung_4500081420.eml", eml_bytes(_p28)),
      ("po_4500081420.pdf", pdf([
          ("h1", "BESTELLUNG / PURCHASE ORDER 4500081420"),
          ("p", "Lichtwerk Fotohandel GmbH, Speicherstadt-Kontor 14, 20457 Hamburg - Einkaeufergruppe 210"),
          ("p", "Lieferant: Officine Brambati S.r.l., Via Valsassina 41, 23900 Lecco (LC), Italia (700633)"),
          ("p", "Datum: 11.11.2024 - Zahlungsbedingung: 30 Tage netto - Lieferbedingung: DAP Hamburg"),
          ("table", [["Pos", "Material", "Kurztext", "Menge", "ME", "Preis EUR", "Wert EUR"],
                     ["10", "CC-1200", "Kamerakaefig CC-1200, Alu 6082 eloxiert, 1/4\"-20 / 3/8\"-16, Muster",
                      "12", "ST", "96,00", "1.152,00"]]),
          ("sp",),
          ("p", "Bezug: Angebot OB-2024-298 vom 04.11.2024. Liefertermin Muster: KW 49/2024."),
          ("p", "Bitte Materialzeugnis 3.1 (EN 10204) und Massbericht beilegen. ISO 9001:2015."),
      ], title="PO 4500081420", author="Tobias Wendt")),
      ("offerta_ob-2024-298.pdf", pdf([
          ("h1", "OFFERTA / QUOTATION OB-2024-298"),
          ("p", "Officine Brambati S.r.l. - Lavorazioni meccaniche CNC - Via Valsassina 41, 23900 Lecco - P.IVA IT 03 118 440 136"),
          ("p", "Spett.le Lichtwerk Fotohandel GmbH, Hamburg - c.a. Sig. Tobias Wendt - Lecco, 04/11/2024"),
          ("p", "Articolo / item: CC-1200 camera cage, alluminio 6082-T6, anodizzato nero, disegno CC-1200-02 Rev 7"),
          ("table", [["Fase / phase", "Quantita / qty", "Prezzo unitario", "Consegna / lead time"],
                     ["Campionatura / samples", "10-12 pz", "EUR 96,00", "3 settimane"],
                     ["Serie / series", "1.000 pz", "EUR 61,50", "6 settimane"],
                     ["Serie / series", "2.000 pz", "EUR 58,90", "8 settimane"]]),
          ("sp",),
          ("p", "Attrezzatura / fixtures: EUR 1.850,00 una tantum. Resa: DAP Hamburg. Pagamento: 30 gg d.f."),
          ("p", "Validita offerta: 60 giorni. Giulia Ferraresi - Ufficio commerciale"),
      ], title="Offerta OB-2024-298", author="Giulia Ferraresi"))])

# p29 -- buyer vendor portal: 5 sample cases beside the quoted production 245; nothing else.
_p29_body = T("""
    <h2>Sunset Grip &amp; Lens Rentals - Vendor Portal</h2>
    <p>Vendor: <b>Siam Carry Works Co., Ltd.</b> (V-20533) &nbsp;|&nbsp; Logged in: pornthip@siamcarryworks.co.th</p>
    <h3>Purchase Order 88642</h3>
    <table>
    <tr><th>PO date</th><td>11/12/2024</td><th>Issued by</th><td>Dana Whitcomb, Purchasing</td></tr>
    <tr><th>Terms</th><td>Net 45</td><th>Ship to</th><td>2150 N. Hollywood Way, Burbank CA 91505</td></tr>
    <tr><th>Status</th><td>Open - acknowledgement due 11/15/2024</td><th>Currency</th><td>USD</td></tr>
    </table>
    <h3>Lines</h3>
    <table>
    <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Need by</th></tr>
    <tr><td>1</td><td>BG-40R</td><td>Rolling camera case 40 L, 1680D ballistic nylon, TPE wheels 80 mm - sample</td><td>5</td><td>$120.00</td><td>12/13/2024</td></tr>
    </table>
    <h3>Quote reference</h3>
    <table>
    <tr><th>Quote</th><th>Sample qty</th><th>Production qty</th><th>Production unit price</th><th>Production lead time</th></tr>
    <tr><td>SCW-Q-24-122</td><td>5</td><td>245</td><td>$88.00</td><td>50 days</td></tr>
    </table>
    <p>Documents: PO_88642.pdf &middot; SCW-Q-24-122.pdf &middot; Packaging spec SG-PK-07 Rev 3</p>
    <p>Questions about this PO: dana@sunsetgriplens.com</p>
    """)
case("p29", ["RG001", "RG003", "RG004", "RG005"],
     "vendor portal PO for 5 sample cases shows the quoted production 245 beside it; no hold, no unlock event, no release person",
     [("vendor_portal_po_88642.html", html_page("Vendor Portal - PO 88642", _p29_body))])

# p30 -- buyer mail "make 12 pcs sample" with the supplier quote (12 / 2,400) attached.
_p30_quote = pdf([
    ("h1", "QUOTATION SM-Q-2411-04"),
    ("p", "Sao Mai Metalworks JSC - Lot C5, Song Than 2 IP, Di An, Binh Duong, Viet Nam"),
    ("p", "Customer: Haneul Vlog Gear Co., Ltd. (Mr. Kim Ji-hoon)   Date: 04 Nov 2024   Valid: 60 days"),
    ("p", "Item: VC-700 cage kit for smartphone vlog rig (cage + top handle + cold shoe), Al 6061-T6, "
          "black anodized, 1/4\"-20 x 6, DRG VC-700-00 Rev 2"),
    ("table", [["Stage", "Qty", "Unit price (USD, FOB HCMC)", "Lead time"],
               ["Sample", "12 pcs", "28.00", "3 weeks"],
               ["Mass production", "2,400 pcs", "11.40", "5 weeks after order"]]),
    ("sp",),
    ("p", "Tooling / fixture: USD 650 one time. Payment: T/T 30 days. Packing: 20 pcs per carton."),
    ("p", "Nguyen Thi Thu Ha - Sales Manager"),
], title="Quotation SM-Q-2411-04", author="Sao Mai Metalworks")
_p30 = mail("Kim Ji-hoon <jihoon.kim@haneulvlog.co.kr>", "Nguyen Thi Thu Ha <ha.nguyen@saomaimetal.vn>",
            "[Haneul] VC-700 sample request - PO HVG-PO-2411-21", "Tue, 12 Nov 2024 11:05:00 +0900",
            T("""
    Dear Ms. Ha,

    Please make 12 pcs sample of VC-700 cage kit according to our PO HVG-PO-2411-21.
    Your quotation is attached for your reference (pdf).

    Please send the samples by EMS until Dec 6, to our studio in Seongsu-dong (att. Park Soo-min).
    Colour: black only.

    Thank you.

    Best regards,
    Kim Ji-hoon
    """) + sig("Kim Ji-hoon", "Sourcing Manager", "Haneul Vlog Gear Co., Ltd.", "+82 2 555 0188"),
            attachments=[("SM-Q-2411-04.pdf", _p30_quote, PDF_MT)])
case("p30", ["RG001", "RG003", "RG004", "RG005"],
     "buyer asks for 12 sample kits and attaches the quote with mass production 2,400 unmarked; no hold, no event, no release person",
     [("vc-700_sample_request.eml", eml_bytes(_p30))])

# p31 -- Korean ERP PO printout: 20 samples, remark with mass production 5,000, release
#        authority named; no hold, no event.
case("p31", ["RG001", "RG003", "RG004"],
     "ERP sample PO for 20 filter holders with a remark carrying mass production 5,000 unmarked; release authority named but no hold and no event",
     [("hvg-po-2411-26_print.txt", T("""
        ============================================================================
         HANEUL VLOG GEAR CO., LTD.          PURCHASE ORDER (발주서)
         8F, 27 Seongsui-ro, Seongdong-gu, Seoul 04781   BRN 211-88-10542
        ============================================================================
         PO No.    : HVG-PO-2411-26            PO Date : 2024-11-18
         Vendor    : V0419 HSINMEI PRECISION OPTICS CO., LTD. (TAICHUNG, TW)
         Buyer     : KIM JI-HOON (Sourcing)    Tel     : +82 2 555 0188
         Currency  : USD                       Incoterm: FOB Taichung
         Payment   : T/T 30 DAYS AFTER INVOICE
        ----------------------------------------------------------------------------
         No  Item code    Description                      Qty  Unit  Unit price
        ----------------------------------------------------------------------------
         1   FH-67-MAG    Magnetic filter holder 67 mm      20   EA      6.80
                          M67x0.75 thread, DRG FH-67-M Rev 3
                          SAMPLE
        ----------------------------------------------------------------------------
         Total amount                                              USD    136.00
        ----------------------------------------------------------------------------
         Remark  : Mass prod. 5,000 pcs @ USD 3.10 (ref. quote HM-Q-2411-14),
                   ETD target 2025-02-14
         Release authority (mass production): Director Lee Dong-wook
         Inspection: AQL 1.0 / II, magnet pull test 1,2 kg
        ----------------------------------------------------------------------------
         Printed by: jhkim   2024-11-18 14:22   page 1/1
        ============================================================================
        """))])

# p32 -- two-level quote: Tobias's scope (quoted by the supplier), Vincent's Rev 12 question,
#        Dr. Oberholz: "Rev 12 is fine for us. You have the green light."
_p32_l2 = T("""
    Dear Vincent,

    PO 4500081390 covers 24 sample hoods LH-77 only. The balance of 576 pcs is not released until our QA
    has signed off the samples and Sabine Kraenzle, Head of Purchasing, has sent you a written release.

    Best regards
    Tobias Wendt, Lichtwerk Fotohandel GmbH
    """)
_p32_l1 = T("""
    Dear Dr. Oberholz,

    attached the revised drawing LH-77-003 Rev 12 (bayonet lock force increased from 8 N to 10 N, the
    petal depth unchanged). Please confirm this revision is OK for you.

    Best regards,
    Vincent Lin
    Hsinmei Precision Optics Co., Ltd.

    -----Original Message-----
    From: Tobias Wendt <t.wendt@lichtwerk-foto.de>
    Sent: Thursday, November 7, 2024 9:02 PM
    Subject: PO 4500081390 LH-77
    """) + quote(_p32_l2)
_p32 = mail("Dr. Joerg Oberholz <j.oberholz@lichtwerk-foto.de>", "Vincent Lin <vincent.lin@hsinmei-optics.com.tw>",
            "AW: LH-77-003 Rev 12", "Tue, 19 Nov 2024 10:15:00 +0100",
            T("""
    Dear Vincent,

    Rev 12 is fine for us. You have the green light.

    Best regards
    Joerg Oberholz
    """) + sig("Dr. Joerg Oberholz", "Qualitaetssicherung / Quality", "Lichtwerk Fotohandel GmbH",
               "+49 40 3344 260") + "\nVon: Vincent Lin <vincent.lin@hsinmei-optics.com.tw>\n"
            "Gesendet: Montag, 18. November 2024 08:40\nBetreff: LH-77-003 Rev 12\n\n" + quote(_p32_l1),
            cc="Tobias Wendt <t.wendt@lichtwerk-foto.de>", in_reply_to="<hm-20241118-0840@hsinmei-optics.com.tw>")
case("p32", ["RG002"],
     "quality replies 'Rev 12 is fine for us. You have the green light.' with no quantity or sample scope; the quoted PO scope is complete",
     [("aw_lh-77-003_rev12.eml", eml_bytes(_p32))])

# p33 -- Teams chat: complete pilot scope first; later "yes good to run!" with nothing scoped.
case("p33", ["RG002"],
     "Teams chat: pilot scope complete, later 'yes good to run!' to 'line is ready. can run?' with no quantity",
     [("teams_chat_lh-62.txt", T("""
        Teams chat export - "Haneul / Hsinmei LH-62"
        Members: Kim Ji-hoon, Park Soo-min (Haneul Vlog Gear); Grace Tsai (Hsinmei Precision Optics)

        2024-11-05 09:31  Kim Ji-hoon
          Grace, PO HVG-PO-2410-30 is pilot 40 pcs LH-62 only. Mass production 1,960 pcs is not released, until pilot sign-off by Soo-min and then written release from Director Lee Dong-wook.
        2024-11-05 09:40  Grace Tsai
          Understood, 40 pilot only. Material also only for 40.
        2024-11-19 15:02  Grace Tsai
          Soo-min, T2 tool is OK now, texture VDI 30 done, bayonet click force 9 N. Line is ready. can run?
        2024-11-19 15:03  Grace Tsai
          [photo] lh62_t2_texture.jpg
        2024-11-19 15:26  Park Soo-min
          wow texture is much better than T1
        2024-11-19 15:27  Park Soo-min
          yes good to run! \U0001F44D
        2024-11-19 15:28  Grace Tsai
          Thank you!! \U0001F60A
        """))])

# p34 -- buyer vendor portal ECN page: "Approved" for the ECN (technical) and the PO revision
#        (finance), and "All approved - please proceed."; scope block complete.
_p34_body = T("""
    <h2>Sunset Grip &amp; Lens Rentals - Vendor Portal</h2>
    <p>Vendor: <b>Officine Brambati S.r.l.</b> (V-20417) &nbsp;|&nbsp; Order: PO 88633 - TH-15 top handle for CC-1200</p>
    <div class="note"><b>Scope of PO 88633:</b> authorized now: 20 sample handles. Balance of 380 handles is not
    released; it is released only in writing by Marcus Reyes (Director of Equipment) after Jenna Park has signed
    off the samples. Material authority: 20 samples only.</div>
    <h3>Change requests</h3>
    <table>
    <tr><th>No.</th><th>Subject</th><th>Status</th><th>By</th><th>Date</th></tr>
    <tr><td>ECN-0192</td><td>Top handle mounting thread 1/4"-20 changed to 3/8"-16 + anti-twist pin</td><td>Approved</td><td>Jenna Park (engineering)</td><td>11/14/2024</td></tr>
    <tr><td>PO 88633 rev 1</td><td>Unit price USD 41.20 &rarr; USD 42.60 for ECN-0192</td><td>Approved</td><td>Finance (AP)</td><td>11/15/2024</td></tr>
    </table>
    <h3>Buyer comment</h3>
    <p>11/15/2024 Dana Whitcomb: All approved - please proceed.</p>
    <p>Attachments: ECN-0192.pdf &middot; TH-15-01 Rev 4.pdf &middot; PO_88633_rev1.pdf</p>
    """)
case("p34", ["RG002", "RG009"],
     "vendor portal: 'Approved' for the ECN and for the PO price revision, then 'All approved - please proceed.' with no quantity",
     [("vendor_portal_po_88633.html", html_page("Vendor Portal - PO 88633", _p34_body))])

# p35 -- supplier schedule: series 792 starts automatically after the sample approval; no
#        not-released note.
case("p35", ["RG001", "RG007"],
     "supplier schedule: 8 samples, then series 792 pcs 'starts automatically after sample approval', nothing says the 792 are not released",
     [("programma_ga-300.pdf", pdf([
         ("h1", "PROGRAMMA DI PRODUZIONE / PRODUCTION SCHEDULE"),
         ("p", "Officine Brambati S.r.l. for Lichtwerk Fotohandel GmbH - order 4500081433 - "
               "item GA-300 gimbal arm 300 mm (1/4\"-20, 3/8\"-16, ARRI pins), DRG GA-300-01 Rev 5"),
         ("p", "Issued 14/11/2024 by Ing. Paolo Bertoni, Ufficio tecnico"),
         ("table", [["Week", "Activity", "Qty", "Remark"],
                    ["KW 47", "Samples machining + anodizing", "8 pz", "PO 4500081433"],
                    ["KW 48", "Samples to Hamburg, sample approval by Lichtwerk QA", "-", "DHL"],
                    ["KW 49-51", "Series production (starts automatically after sample approval)", "792 pz",
                     "billet from same heat"],
                    ["KW 02/2025", "Series shipment", "792 pz", "DAP Hamburg"]]),
         ("sp",),
         ("p", "Capacity: 2 x DMG Mori 5-axis reserved. In case of change please inform within KW 48."),
     ], title="Programma GA-300", author="Paolo Bertoni"))])

# p36 -- supplier mail: will release the production lot itself after FAI approval, material for
#        the lot already bought; quoted buyer scope complete.
_p36_orig = T("""
    Dear Vincent,

    our PO 4500081396 covers forty (40) LH-72 hoods as samples. The remaining 960 pcs are not released
    and stay on hold until our QA has signed off the FAI and Sabine Kraenzle, Head of Purchasing, sends
    you the written release. Material only for the 40 samples, please.

    Best regards
    Tobias Wendt
    """)
_p36 = mail("Vincent Lin <vincent.lin@hsinmei-optics.com.tw>", "Tobias Wendt <t.wendt@lichtwerk-foto.de>",
            "RE: PO 4500081396 LH-72", "Mon, 18 Nov 2024 16:20:00 +0800",
            T("""
    Dear Tobias,

    The 40 pcs sample with FAI report (ISO 9001:2015 format, 32 dimensions) will ship Wednesday.

    As usual with our customers, when your QA approve the FAI, we will release the production lot of
    960 pcs in our system by ourself, so the lead time can keep 4 weeks. The aluminium tube and the
    flocking material for 960 pcs we already prepared in warehouse (purchased last week).

    Best regards,
    Vincent Lin
    Sales Manager
    Hsinmei Precision Optics Co., Ltd.
    No. 88, Gongye 3rd Rd., Xitun Dist., Taichung 407 | +886 4 2555 0166

    -----Original Message-----
    From: Tobias Wendt <t.wendt@lichtwerk-foto.de>
    Sent: Monday, November 11, 2024 5:02 PM
    To: Vincent Lin <vincent.lin@hsinmei-optics.com.tw>
    Subject: PO 4500081396 LH-72

    """) + quote(_p36_orig), in_reply_to="<lw-4500081396@lichtwerk-foto.de>")
case("p36", ["RG006", "RG007"],
     "supplier will release the 960 lot itself once the FAI is approved and has bought tube and flocking for 960; quoted buyer scope allows 40",
     [("re_po_4500081396.eml", eml_bytes(_p36))])

# p37 -- WhatsApp: buyer's scope requires his written release; later "just roll on into the
#        full run, no need to wait on a letter from me".
case("p37", ["RG007"],
     "WhatsApp: owner's scope needs his written release, later 'once Kylie's happy with them just roll on into the full run'",
     [("whatsapp_chat_bg-45l.txt", T("""
        04/11/2024, 8:40 am - Brodie McAllister: Hi Pornthip, PO RG-3047 is 6 sample packs only (BG-45L trekking pack, charcoal). The other 594 aren't released - they stay on hold until Kylie signs off the samples after the Bibbulmun trip and I send you a written release. Cheers, Brodie
        04/11/2024, 9:12 am - Pornthip Siam Carry: Noted ka Khun Brodie, 6 pcs sample only \U0001F64F
        25/11/2024, 2:15 pm - Pornthip Siam Carry: Khun Brodie, sample finish already, ship tomorrow by DHL. After Khun Kylie ok we go production na ka?
        25/11/2024, 6:48 pm - Brodie McAllister: Yeah no worries, once Kylie's happy with them just roll on into the full run, no need to wait on a letter from me
        25/11/2024, 6:50 pm - Pornthip Siam Carry: Ok ka thank you \U0001F60A
        """))])

# p38 -- buyer sample inspection report: "approval" for technical, commercial and production;
#        table says 30 samples authorized, text says 25 released.
case("p38", ["RG009", "RG011"],
     "inspection report uses 'approval' for sample, PO and production, and states the authorized sample quantity as 30 in the table but 25 in the text",
     [("pruefbericht_tl-2500c.pdf", pdf([
         ("h1", "Sample inspection report / Musterpruefbericht MP-2024-118"),
         ("p", "Lichtwerk Fotohandel GmbH, Qualitaetssicherung - Supplier: Zhongshan Jiahe Photographic "
               "Equipment Co., Ltd. - Item TL-2500C carbon tripod legs, DRG 2500-07 Rev 3"),
         ("p", "Date: 21.11.2024 - Inspector: Dr. Joerg Oberholz"),
         ("table", [["Order", "PO 4500081455"],
                    ["Authorized sample qty", "30 sets"],
                    ["Balance (quote JH-Q-24-1201)", "1 170 sets - on hold"],
                    ["Samples inspected", "10 sets (AQL special S-2)"]]),
         ("sp",),
         ("table", [["Check", "Requirement", "Result"],
                    ["Max. height", "1.620 mm +/- 10", "1.618 mm ok"],
                    ["Load test", "12 kg, 1 h, no slip", "ok"],
                    ["Thread 3/8\"-16 / 1/4\"-20", "gauge", "ok"],
                    ["Salt spray ISO 9227 NSS", "48 h", "ok"]]),
         ("sp",),
         ("h", "Approval status"),
         ("table", [["Approval", "Status", "By"],
                    ["Sample approval (technical)", "approved", "QA, Dr. Oberholz"],
                    ["PO approval (commercial)", "approved", "Einkauf, 04.11.2024"],
                    ["Production approval", "pending", "Sabine Kraenzle"]]),
         ("sp",),
         ("p", "Quantity released to the supplier: 25 sample sets. The 1 170 sets remain on hold; production "
               "approval comes only as a written release from Sabine Kraenzle, Head of Purchasing, after this "
               "sample sign-off."),
     ], title="MP-2024-118", author="Joerg Oberholz"))])

# p39 -- supplier question (multipart/alternative + HTML attachment): "release" for the QC result,
#        the PO and production.
_p39_att = html_page("Inspection summary VH-90", T("""
    <h2>Outgoing inspection summary - VH-90 video head (sample)</h2>
    <table>
    <tr><th>Customer</th><td>Sunset Grip &amp; Lens Rentals</td></tr>
    <tr><th>PO</th><td>88671</td></tr>
    <tr><th>Sample qty</th><td>6 pcs</td></tr>
    <tr><th>Payload test</th><td>8 kg, counterbalance steps 0-7 ok</td></tr>
    <tr><th>Fluid drag</th><td>pan/tilt 3 steps ok</td></tr>
    <tr><th>Result</th><td>PASS</td></tr>
    </table>
    <p>Inspector: QC team Jiahe, 2024-11-20</p>
    """))
_p39_txt = T("""
    Dear Jenna,

    Inspection summary of the VH-90 samples is attached.

    Your QC released the samples last week, your finance released the PO, so can we also release the
    production of the 294 pcs now? Please advise, our assembly line have space in December.

    Best regards
    Coco Huang
    Merchandiser, Zhongshan Jiahe Photographic Equipment Co., Ltd.
    Tel +86 760 8555 0125
    """)
_p39 = mail("Coco Huang <coco.huang@jiahe-photo.cn>", "Jenna Park <jenna@sunsetgriplens.com>",
            "VH-90 samples - inspection summary", "Thu, 21 Nov 2024 09:30:00 +0800", _p39_txt,
            html=text2html(_p39_txt), cc="Dana Whitcomb <dana@sunsetgriplens.com>",
            attachments=[("VH-90_inspection_summary.html", _p39_att, "text/html")])
case("p39", ["RG009"],
     "supplier question uses 'released' for the QC result, the PO and production; a question, so no go-ahead is given",
     [("vh-90_inspection.eml", eml_bytes(_p39))])

# p40 -- buyer portal: release status block with three meanings of "release"; the sample lot is
#        ordered with its quantity only "see attachment".
_p40_body = T("""
    <h2>Lichtwerk Lieferantenportal</h2>
    <p>Lieferant: <b>Zhongshan Jiahe Photographic Equipment Co., Ltd.</b> (700412) &nbsp;|&nbsp; Stand 20.11.2024</p>
    <h3>Auftrag / order 4500081445 - TL-2500C Carbon-Stativbeine, Musterlos / sample lot</h3>
    <p>Bitte fertigen Sie jetzt das Musterlos. / Please build the sample lot now.
    Menge: siehe Anhang / quantity: see attachment.</p>
    <h3>Freigabestatus / release status</h3>
    <table>
    <tr><th>Freigabe / release</th><th>Status</th><th>Datum / wer</th></tr>
    <tr><td>Bestellfreigabe / PO release (SAP)</td><td>freigegeben / released</td><td>15.11.2024, Kostenstelle 4410</td></tr>
    <tr><td>Musterfreigabe / sample release (QS)</td><td>offen / open</td><td>Dr. J. Oberholz</td></tr>
    <tr><td>Serienfreigabe / production release</td><td>nicht freigegeben / not released</td><td>-</td></tr>
    </table>
    <p class="note">Die Serienmenge ist gesperrt. / The series quantity is on hold until the written production
    release by Sabine Kraenzle, Head of Purchasing, after the sample sign-off by QA.</p>
    <p>Anhang: Spezifikation_TL-2500C_Rev3.pdf (Zeichnung DRG 2500-07 Rev 3, Gewinde 3/8"-16)</p>
    """)
case("p40", ["RG009", "RG010"],
     "buyer portal uses 'release/Freigabe' for the SAP PO, the sample result and production, and orders the sample lot with 'quantity: see attachment'",
     [("lieferantenportal_4500081445.html", html_page("Lichtwerk Lieferantenportal - 4500081445", _p40_body,
                                                      lang="de"))])

# p41 -- NetSuite instruction note: no quantity, balance "on hold until further notice", release
#        person named.
case("p41", ["RG004", "RG010"],
     "instruction note authorizes a 'sample build' without a quantity and keeps the rest on hold 'until further notice'; release person named",
     [("netsuite_po_88701_note.txt", T("""
        SUNSET GRIP & LENS RENTALS                                   NetSuite (SB2)
        Transaction: Purchase Order #88701                      Printed 11/22/2024
        Vendor     : Officine Brambati S.r.l. (V-20417)
        Subsidiary : Sunset Grip & Lens Rentals LLC - Burbank
        Item       : GA-480-HD  Articulating arm 480 mm, 1/4"-20 / 3/8"-16

        ------------------------- VENDOR INSTRUCTION NOTE --------------------------
        Sample build authorized per PO 88701.
        Remaining quantity on hold until further notice.
        Release of remaining quantity: Marcus Reyes, Director of Equipment, only.
        Material: sample build only. No material for the remaining quantity.
        ----------------------------------------------------------------------------
        Entered by : dwhitcomb  11/22/2024 10:14 AM
        Memo       : per Marcus, see thread "GA-480 arms - samples first"
        Custom form: SGL PO Note v3
        """))])

# p42 -- plain mail saved as text: "start the sample run (samples only)", 400 not released,
#        release by the signer after sign-off -- but no sample quantity.
case("p42", ["RG010"],
     "mail saved as text: 'please start the sample run ... (samples only)', the 400 not released until sign-off and the owner's written release, but no sample quantity",
     [("ga-480_samples_start.txt", T("""
        Subject: GA-480 samples - start
        From: Brodie McAllister <brodie@redgumphoto.com.au>
        Date: 26/11/2024, 7:52 am
        To: Nguyen Thi Thu Ha <ha.nguyen@saomaimetal.vn>
        CC: Kylie Tran <kylie@redgumphoto.com.au>

        Hi Ha,

        Righto, please start the sample run of the GA-480 arms (samples only) - PO RG-3066 to follow
        from Kylie today.

        The production qty on your quote (400) isn't released. I'll release it in writing once Kylie's
        field-tested the samples down at Margaret River and signed them off. Only buy material for the
        samples.

        Cheers
        Brodie McAllister
        Owner
        Red Gum Outdoor Photographic Pty Ltd | 14 Pakenham St, Fremantle WA 6160
        +61 8 5550 1120 | redgumphoto.com.au
        """))])

# p43 -- DOCX sample order: no sample quantity, hold and event present, release by an unnamed team.
case("p43", ["RG005", "RG010"],
     "sample order letter orders 'samples in black and silver' without a quantity; mass production held until pilot sign-off and a written release, nobody named",
     [("sample_order_vc-300.docx", docx_bytes([
         ("h1", "Sample Order - VC-300 vlog cage (colour versions)"),
         ("p", "To: Sao Mai Metalworks JSC - Ms. Nguyen Thi Thu Ha"),
         ("p", "From: Haneul Vlog Gear Co., Ltd. - Sourcing Team"),
         ("p", "Date: 2024-11-20    Our ref.: HVG-SR-2411-05"),
         ("p", "Dear Ms. Ha,"),
         ("p", "We order samples of the VC-300 vlog cage in black and in silver anodizing, as per "
               "DRG VC-300-01 Rev 6 (burr on NATO rail removed)."),
         ("p", "Mass production is not released. It will be released only after the pilot sign-off by our "
               "design team and a written release from our company. Please buy material for the samples only."),
         ("p", "Delivery: by EMS to Seongsu-dong studio. Packing: each cage in polybag with silica gel."),
         ("p", "Best regards,"),
         ("p", "Haneul Vlog Gear Co., Ltd. - Sourcing Team"),
     ], author="Haneul Sourcing"))])

# p44 -- WhatsApp: buyer asks for "the samples" with no quantity; the quote (sample + 1,500 bulk)
#        is mentioned by the supplier; nothing about the balance, no event, no person.
case("p44", ["RG003", "RG004", "RG005", "RG010"],
     "WhatsApp: buyer asks to start 'the samples' with no quantity; the supplier's 1,500 bulk stays unaddressed, no hold, event or release person",
     [("whatsapp_chat_bg-22l.txt", T("""
        [19/11/2024, 11:02:13] Kylie Tran: Hi Pornthip! PO's coming through today for the samples of the BG-22L daypack in olive. Can you start the samples asap pls, want them for the Cradle Mountain shoot \U0001F3D4\uFE0F
        [19/11/2024, 11:20:45] Pornthip Siam Carry: Hello Khun Kylie, sure ka. As per our quotation SCW-Q-24-118 (sample + 1,500 pcs bulk). Sample 2 colour or only olive?
        [19/11/2024, 11:22:02] Kylie Tran: only olive thanks
        [19/11/2024, 11:22:30] Kylie Tran: and same YKK #5 zips as the BG-30L pls
        [19/11/2024, 11:25:51] Pornthip Siam Carry: ok ka, noted \U0001F64F
        """))])

# p45 -- folder: ERP PO (20 samples, hold, event, no person) + supplier acknowledgement that
#        confirms 25 samples.
_p45_ack_q = T("""
    Dear Grace,

    PO HVG-PO-2411-28 for the LH-55 hood samples is attached, please confirm.

    Best regards,
    Kim Ji-hoon
    """)
_p45_ack = mail("Grace Tsai <grace.tsai@hsinmei-optics.com.tw>", "Kim Ji-hoon <jihoon.kim@haneulvlog.co.kr>",
                "RE: PO HVG-PO-2411-28 LH-55", "Fri, 22 Nov 2024 14:10:00 +0800",
                T("""
    Dear Mr. Kim,

    Thank you. We confirm your PO HVG-PO-2411-28 for 25 pcs sample LH-55 lens hood, matte black,
    M55x0.75. The mass production 2,975 pcs is on hold until your written release, we buy material
    for the 25 samples only.

    Samples ETD 2024/12/06 by EMS.

    Best regards,
    Grace Tsai
    Project Manager
    Hsinmei Precision Optics Co., Ltd. | +886 4 2555 0166

    -----Original Message-----
    From: Kim Ji-hoon <jihoon.kim@haneulvlog.co.kr>
    Sent: Friday, November 22, 2024 10:02 AM
    Subject: PO HVG-PO-2411-28 LH-55

    """) + quote(_p45_ack_q), in_reply_to="<hvg-po-2411-28@haneulvlog.co.kr>")
case("p45", ["RG005", "RG011"],
     "ERP PO authorizes 20 sample hoods (hold and event stated, nobody named); the supplier acknowledgement confirms 25 pcs and a 2,975 balance",
     [("hvg-po-2411-28.txt", T("""
        ============================================================================
         HANEUL VLOG GEAR CO., LTD.          PURCHASE ORDER (발주서)
         8F, 27 Seongsui-ro, Seongdong-gu, Seoul 04781   BRN 211-88-10542
        ============================================================================
         PO No.    : HVG-PO-2411-28            PO Date : 2024-11-22
         Vendor    : V0419 HSINMEI PRECISION OPTICS CO., LTD. (TAICHUNG, TW)
         Buyer     : KIM JI-HOON (Sourcing)    Tel     : +82 2 555 0188
         Currency  : USD                       Incoterm: FOB Taichung
        ----------------------------------------------------------------------------
         No  Item code    Description                      Qty  Unit  Unit price
        ----------------------------------------------------------------------------
         1   LH-55-BK     Lens hood 55 mm, M55x0.75          20   EA      4.20
                          matte black, DRG LH-55-001 Rev 2
                          SAMPLE
        ----------------------------------------------------------------------------
         Total amount                                              USD     84.00
        ----------------------------------------------------------------------------
         Remark  : SAMPLE ONLY. Mass production 2,980 pcs (quote HM-Q-2411-19) is
                   NOT released. Release only after sample sign-off by our design
                   team, by written release. Material for 20 samples only.
        ----------------------------------------------------------------------------
         Printed by: jhkim   2024-11-22 09:58   page 1/1
        ============================================================================
        """)),
      ("re_po_hvg-po-2411-28.eml", eml_bytes(_p45_ack))])

# =================================================================== CLEAN

# c01 -- supplier quote with sample and production tiers, nothing authorized.
case("c01", [],
     "supplier quote with sample and three production tiers; no authorized quantity anywhere",
     [("quotation_jh-q-24-1187.pdf", pdf([
         ("h1", "QUOTATION JH-Q-24-1187"),
         ("p", "Zhongshan Jiahe Photographic Equipment Co., Ltd. - No. 6 Jianye Road, Torch Development Zone, "
               "Zhongshan, Guangdong 528437, China - Tel +86 760 8555 0123"),
         ("p", "To: Lichtwerk Fotohandel GmbH, Hamburg - Mr. Tobias Wendt    Date: 2024-10-28    Valid: 90 days"),
         ("p", "Item: TL-2500C carbon tripod legs, 4 sections, 10-layer carbon tube 32/29/26/23 mm, "
               "max. height 1.620 mm, load 12 kg, 1/4\"-20 + 3/8\"-16 reversible screw, DRG 2500-07 Rev 3"),
         ("table", [["Tier", "Quantity", "Unit price EUR (FOB Shenzhen)", "Lead time"],
                    ["Sample", "20 sets", "41,80", "20 days"],
                    ["Production A", "500 sets", "39,60", "35 days"],
                    ["Production B", "1.200 sets", "38,40", "35 days"],
                    ["Production C", "2.400 sets", "37,10", "45 days"]]),
         ("sp",),
         ("p", "Remarks: price based on carbon fibre price 10/2024. Logo laser marking included. Colour box "
               "EUR 0,85 extra. Payment: T/T 30 days after B/L. Certificates: ISO 9001:2015, REACH, RoHS."),
         ("p", "Amy Liang - Sales Manager"),
     ], title="Quotation JH-Q-24-1187", author="Amy Liang"))])

# c02 -- RFQ with three quantity scenarios (multipart/alternative + PDF).
_c02_pdf = pdf([
    ("h1", "REQUEST FOR QUOTATION RFQ-SGL-24-031"),
    ("p", "Sunset Grip & Lens Rentals - 2150 N. Hollywood Way, Burbank, CA 91505"),
    ("p", "Vendor: Officine Brambati S.r.l., Lecco    Date: 10/02/2024    Quote due: 10/16/2024"),
    ("p", "Item: CC-1200 cage for cinema bodies, 6082-T6, black anodize, ARRI 3/8\"-16 locating pins, "
          "drawing SGL-CC-1200 Rev B"),
    ("table", [["Scenario", "Quantity", "Delivery", "Notes"],
               ["A", "24", "12/2024", "sample / evaluation"],
               ["B", "300", "Q1 2025", "one stage refresh"],
               ["C", "600", "Q1-Q2 2025", "two stages, split shipments"]]),
    ("sp",),
    ("p", "This is a request for quotation only. It is not a purchase order and authorizes no production "
          "or material purchase."),
    ("p", "Contact: Dana Whitcomb, Purchasing Coordinator"),
], pagesize=LETTER, title="RFQ-SGL-24-031", author="Dana Whitcomb")
_c02_txt = T("""
    Hi Giulia,

    We're getting ready to refresh our cage inventory and would love a quote on the CC-1200 for three
    scenarios: 24, 300 and 600 units. Details and drawing rev are in the attached RFQ sheet.

    Just to be clear, this is an RFQ only - nothing is ordered or released by this email. If we move
    forward you'll get a PO with its own scope.

    Could you get us pricing by 10/16?

    Thanks so much,
    Dana
    """) + sig("Dana Whitcomb", "Purchasing Coordinator", "Sunset Grip & Lens Rentals", "+1 818 555 0147")
_c02 = mail("Dana Whitcomb <dana@sunsetgriplens.com>", "Giulia Ferraresi <g.ferraresi@officinebrambati.it>",
            "RFQ-SGL-24-031 CC-1200 cages", "Wed, 02 Oct 2024 10:05:00 -0700", _c02_txt,
            html=text2html(_c02_txt), attachments=[("RFQ-SGL-24-031.pdf", _c02_pdf, PDF_MT)])
case("c02", [],
     "buyer RFQ with three quantity scenarios (24/300/600), stated as not an order",
     [("rfq-sgl-24-031.eml", eml_bytes(_c02))])

# c03 -- supplier question under a complete quoted buyer scope.
_c03_orig = T("""
    Dear Vincent,

    please find our PO 4500081366 for thirty (30) FH-100 filter holders as samples. The remaining
    970 pcs of your quote are not released and stay on hold until our QA (Dr. Oberholz) has signed off
    the samples and Sabine Kraenzle, Head of Purchasing, sends the written release. Material for the
    30 samples only.

    Best regards
    Tobias Wendt
    """)
_c03 = mail("Vincent Lin <vincent.lin@hsinmei-optics.com.tw>", "Tobias Wendt <t.wendt@lichtwerk-foto.de>",
            "RE: PO 4500081366 FH-100", "Thu, 28 Nov 2024 09:12:00 +0800",
            T("""
    Dear Tobias,

    The 30 samples arrived at your QA on Tuesday (DHL 4471 2290 18). Could we have the go-ahead for the
    balance 970 pcs? We understand the release must come in writing from Ms. Kraenzle after your QA
    sign-off; please let us know when we can expect it, so we can plan the anodizing line in December.

    Best regards,
    Vincent Lin
    Sales Manager, Hsinmei Precision Optics Co., Ltd.
    +886 4 2555 0166

    -----Original Message-----
    From: Tobias Wendt <t.wendt@lichtwerk-foto.de>
    Sent: Wednesday, November 6, 2024 4:30 PM
    Subject: PO 4500081366 FH-100

    """) + quote(_c03_orig), in_reply_to="<lw-4500081366@lichtwerk-foto.de>")
case("c03", [],
     "supplier asks 'could we have the go-ahead for the balance 970?' under a complete quoted buyer scope; a question, not an approval",
     [("re_po_4500081366.eml", eml_bytes(_c03))])

# c04 -- ERP demand forecast clearly labelled non-binding.
case("c04", [],
     "ERP demand forecast printout labelled 'not a purchase order, non-binding, authorizes no production or material'",
     [("hvg_demand_vc-300_2025.txt", T("""
        ============================================================================
         HANEUL VLOG GEAR CO., LTD.       DEMAND FORECAST (수요예측)  - 2025
        ============================================================================
         *** FORECAST ONLY - NOT A PURCHASE ORDER - NON-BINDING ***
         Vendor : V0388 SAO MAI METALWORKS JSC (BINH DUONG, VN)
         Item   : VC-300-BK  Vlog cage ZV-E10 / ZV-1 II, DRG VC-300-01 Rev 6
         Issued : 2024-11-25 by KIM JI-HOON (Sourcing)
        ----------------------------------------------------------------------------
          Month      Forecast qty   Confidence
          2025-01         600        high
          2025-02         600        high
          2025-03         800        medium
          2025-04         800        medium
          2025-05       1,000        low
          2025-06       1,000        low
          Total         4,800
        ----------------------------------------------------------------------------
         This forecast is for your capacity planning only. It authorizes no
         production and no material purchase. Production is authorized only by a
         PO line together with a written release from Director Lee Dong-wook.
        ============================================================================
        """))])

# c05 -- sample sign-off record: "approved for fit check only; production not released".
case("c05", [],
     "sample sign-off record: 'approved for fit check only; production not released', with quantity, hold, event and release person",
     [("so-2024-031_cc-a7.docx", docx_bytes([
         ("h1", "Sample sign-off record SO-2024-031"),
         ("p", "Lichtwerk Fotohandel GmbH - Qualitaetssicherung"),
         ("table", [["Supplier", "Officine Brambati S.r.l., Lecco"],
                    ["Item", "CC-A7 camera cage for Sony A7 IV, DRG CC-A7-01 Rev 4"],
                    ["PO", "4500081470 - ten (10) sample cages"],
                    ["Samples received", "10 pcs on 25.11.2024"],
                    ["Checked by", "Dr. Joerg Oberholz"]]),
         ("sp",),
         ("h", "Findings"),
         ("p", "Fit on A7 IV and A7S III ok, battery door opens with cage mounted, 1/4\"-20 and 3/8\"-16 "
               "threads gauge ok, anodizing colour slightly lighter than master sample (to be re-checked)."),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "Authorized quantity remains the 10 sample cages. The balance of 990 cages stays on hold. "
               "Production can only be released after the final sample sign-off (colour re-check on 3 "
               "new samples) and a written release from Sabine Kraenzle, Head of Purchasing. Material "
               "authority: samples only."),
         ("p", "Hamburg, 27.11.2024 - Dr. Joerg Oberholz"),
     ], author="Joerg Oberholz"))])

# c06 -- vendor portal: full-quantity PO, "proceed with the full 300 pcs".
_c06_body = T("""
    <h2>Sunset Grip &amp; Lens Rentals - Vendor Portal</h2>
    <p>Vendor: <b>Zhongshan Jiahe Photographic Equipment Co., Ltd.</b> (V-20388)</p>
    <h3>Purchase Order 88720</h3>
    <table>
    <tr><th>PO date</th><td>11/20/2024</td><th>Issued by</th><td>Dana Whitcomb, Purchasing</td></tr>
    <tr><th>Terms</th><td>Net 45</td><th>Incoterms</th><td>FOB Shenzhen</td></tr>
    </table>
    <table>
    <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Ship by</th></tr>
    <tr><td>1</td><td>TL-1800</td><td>Baby legs, 100 mm bowl, aluminium, 2-stage, spreader</td><td>300</td><td>$46.50</td><td>01/24/2025</td></tr>
    </table>
    <p class="note">This PO covers the full quantity of 300 baby legs. There is no balance and nothing is on hold.
    Please proceed with the full 300 pcs.</p>
    <p>Quote reference JH-Q-24-1244 (300 pcs tier). Packaging spec SG-PK-07 Rev 3.</p>
    """)
case("c06", [],
     "portal PO for the full 300 baby legs, 'no balance'; 'proceed with the full 300 pcs' is scoped",
     [("vendor_portal_po_88720.html", html_page("Vendor Portal - PO 88720", _c06_body))])

# c07 -- SAP PO for the full quantity, full of quantity-like identifiers.
case("c07", [],
     "full-quantity SAP PO for 250 hoods; numbers like 2500-077-12, M77x0,75, Rev 12, ISO 9001:2015, 48 h are identifiers",
     [("bestellung_4500081460.txt", T("""
        LICHTWERK FOTOHANDEL GMBH                            BESTELLUNG / PURCHASE ORDER
        Speicherstadt-Kontor 14 . 20457 Hamburg
        --------------------------------------------------------------------------------
        Bestellnr./PO no. : 4500081460                 Datum/Date : 21.11.2024
        Lieferant/Vendor  : 700588  Hsinmei Precision Optics Co., Ltd., Taichung, TW
        Einkaeufergr./Buyer grp: 210  T. Wendt
        Zahlungsbed./Terms: 30 Tage netto          Incoterms: DAP Hamburg
        --------------------------------------------------------------------------------
        Pos  Material        Kurztext                              Menge   ME   Preis/ME
        --------------------------------------------------------------------------------
        010  2500-077-12     Streulichtblende LH-77, Bajonett        250    ST      9,85
                             Gewinde M77x0,75, Zeichnung LH-77-003 Rev 12
                             Salzspruehtest ISO 9227 NSS 48 h
        --------------------------------------------------------------------------------
        Gesamtnettowert / total net value                         EUR      2.462,50
        Positionstext: Vollstaendige Bestellmenge / full order quantity 250 ST.
                       Keine Restmenge, nichts gesperrt / no balance, nothing on hold.
                       Lieferung in einer Partie KW 03/2025.
        Zertifikat ISO 9001:2015 und Pruefbericht (Masse, Bajonett-Haltekraft 10 N) beilegen.
        Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2024).
        --------------------------------------------------------------------------------
        Druck: 21.11.2024 09:12  SAP ME9F  Seite 1/1
        """))])

# c08 -- call-off with explicit staged material authority above the released quantity.
case("c08", [],
     "call-off No. 2 releases 500 cages with an explicit staged material authority up to 1.500; balance 1.500 on hold until call-off No. 3 by the director after lot acceptance",
     [("call-off_2_hvg-po-2409-02.pdf", pdf([
         ("h1", "CALL-OFF No. 2 - FRAMEWORK PO HVG-PO-2409-02"),
         ("p", "Haneul Vlog Gear Co., Ltd., Seoul -> Sao Mai Metalworks JSC, Binh Duong"),
         ("p", "Item: VC-300-BK vlog cage, DRG VC-300-01 Rev 6    Date: 2024-11-27"),
         ("table", [["", "Qty (pcs)", "Status"],
                    ["Framework PO HVG-PO-2409-02 (commercial cover)", "2.500", "issued 2024-09-10"],
                    ["Call-off No. 1", "500", "delivered, lot accepted 2024-11-15"],
                    ["Call-off No. 2 (this document)", "500", "released for production now"],
                    ["Balance", "1.500", "NOT released - on hold"]]),
         ("sp",),
         ("h", "Material authority"),
         ("p", "Staged: Sao Mai may buy aluminium 6061 profile and hardware for up to 1.500 pcs in total "
               "(call-off No. 1 + No. 2 + 500 pcs stock), at Haneul's liability. No machining of the balance."),
         ("h", "Balance"),
         ("p", "The balance of 1.500 pcs is released only by call-off No. 3, issued in writing by Director Lee "
               "Dong-wook after lot acceptance of call-off No. 2."),
         ("p", "Signed: Lee Dong-wook, Director Product Division - Kim Ji-hoon, Sourcing Manager"),
     ], title="Call-off 2 HVG-PO-2409-02", author="Kim Ji-hoon"))])

# c09 -- signed auto-conversion record: quantity, signer and conditions stated.
case("c09", [],
     "signed auto-conversion record: an approved sample sign-off by Jenna Park by a date releases exactly 276 cages; signed by Marcus Reyes",
     [("ac-88417-01_cc-1200.docx", docx_bytes([
         ("h1", "Auto-conversion record AC-88417-01"),
         ("p", "Sunset Grip & Lens Rentals (buyer) - Officine Brambati S.r.l. (supplier)"),
         ("table", [["Order", "CC-1200 cage, drawing SGL-CC-1200 Rev B"],
                    ["PO", "88417 rev 2 - 24 sample cages + 276 production cages (commercial cover 300)"],
                    ["Released today", "24 sample cages"],
                    ["Balance", "276 cages - not released until the condition below is met"]]),
         ("sp",),
         ("h", "Agreement"),
         ("p", "If Jenna Park (Camera Tech Lead) records an approved sample sign-off for the 24 sample cages "
               "on or before December 20, 2024, then 276 cages are released for production automatically, as "
               "production release R-88417-01, without a further letter."),
         ("p", "Conditions: all 24 samples measured to drawing Rev B; anodize colour within the master "
               "sample; no open ECN. If the sign-off is interim, rejected or later than December 20, 2024, "
               "nothing is released and the 276 cages need a separate written release."),
         ("p", "Material authority until then: sample quantity only."),
         ("table", [["Signed", "Role", "Date"],
                    ["Marcus Reyes", "Director of Equipment, release authority", "11/04/2024"],
                    ["Giulia Ferraresi", "Ufficio commerciale, Officine Brambati", "11/05/2024"]]),
     ], author="Marcus Reyes"))])

# c10 -- old 5.000 quote forwarded as rfc822 and declared informational; current scope complete.
_c10_inner = mail("Amy Liang <amy.liang@jiahe-photo.cn>", "Tobias Wendt <t.wendt@lichtwerk-foto.de>",
                  "Quotation JH-Q-22-0311 TL-2500 tripod legs", "Mon, 14 Mar 2022 15:40:00 +0800",
                  T("""
    Dear Tobias,

    As discussed in Cologne, our quotation for TL-2500 aluminium tripod legs:
    5.000 sets, EUR 34,90 per set, FOB Shenzhen, lead time 40 days.
    Price valid until 2022-12-31.

    Best regards
    Amy Liang
    """))
_c10 = mail("Tobias Wendt <t.wendt@lichtwerk-foto.de>", "Amy Liang <amy.liang@jiahe-photo.cn>",
            "WG: Quotation JH-Q-22-0311 TL-2500 tripod legs", "Fri, 22 Nov 2024 11:25:00 +0100",
            T("""
    Dear Amy,

    for your information I forward your old offer from 2022 (5.000 sets). It is only for price
    comparison - nothing in it is ordered or released.

    Our current PO 4500081478 stays at twenty (20) TL-2500C sample sets. The balance of 1.180 sets from
    your new quote remains on hold until our QA has signed off the samples and Sabine Kraenzle, Head of
    Purchasing, sends you a written release. Material for the 20 samples only.

    Mit freundlichen Gruessen
    Tobias Wendt
    """) + sig("Tobias Wendt", "Einkauf / Purchasing", "Lichtwerk Fotohandel GmbH", "+49 40 3344 210"),
            attachments=[("rfc822", _c10_inner)])
case("c10", [],
     "2022 quote for 5.000 sets forwarded as rfc822 'only for price comparison - nothing ordered or released'; current 20-sample scope complete",
     [("wg_quotation_jh-q-22-0311.eml", eml_bytes(_c10))])

# c11 -- buyer corrects a quoted supplier line that assumed auto-conversion.
_c11_q = T("""
    Dear Khun Brodie,

    The 12 pcs sample BG-30L sand will send by FedEx on Friday. After you approve the sample we will
    continue produce the 1,188 pcs right away, so you get the goods before Christmas.

    Best regards ka,
    Pornthip
    """)
_c11 = mail("Brodie McAllister <brodie@redgumphoto.com.au>", "Pornthip Srisuk <pornthip@siamcarryworks.co.th>",
            "Re: PO RG-3029 BG-30L sand samples", "Thu, 14 Nov 2024 09:02:00 +0800",
            T("""
    Hi Pornthip,

    No - please don't. The samples don't roll into production.

    Only the 12 samples on PO RG-3029 are released. The balance of 1,188 stays on hold until Kylie has
    signed the samples off and I send you a written release. Please don't cut fabric beyond the 12
    samples.

    Thanks for checking with us first, and no stress on Christmas - we'd rather get it right.

    Cheers,
    Brodie McAllister
    Owner, Red Gum Outdoor Photographic
    +61 8 5550 1120

    On Wed, 13 Nov 2024 at 15:40, Pornthip Srisuk <pornthip@siamcarryworks.co.th> wrote:

    """) + quote(_c11_q), cc="Kylie Tran <kylie@redgumphoto.com.au>",
            in_reply_to="<scw-20241113-1540@siamcarryworks.co.th>")
case("c11", [],
     "buyer reply corrects a quoted supplier line that assumed roll-over into the 1,188; only 12 samples released, complete scope",
     [("re_po_rg-3029.eml", eml_bytes(_c11))])

# c12 -- WhatsApp: supplier says the deposit does not release production.
case("c12", [],
     "WhatsApp: supplier writes 'deposit is only for tooling, it does not release production'; buyer scope complete",
     [("whatsapp_chat_ga-250.txt", T("""
        05/11/24, 10:02 am - Brodie McAllister: Hi Ha, PO RG-3071 is in your inbox. 10 sample GA-250 arms only. The other 290 stay on hold till Kylie's done the field test sign-off and I send a written release. Cheers, Brodie
        05/11/24, 10:30 am - Ha Sao Mai: Dear Mr Brodie, received, thank you. 10 pcs sample only, material only for 10 pcs
        06/11/24, 3:12 pm - Ha Sao Mai: Mr Brodie, this is proforma for the tooling deposit USD 1,200 (clamp fixture + anodizing jig)
        06/11/24, 3:12 pm - Ha Sao Mai: <Media omitted>
        08/11/24, 11:45 am - Brodie McAllister: Tooling deposit paid (USD 1,200) \U0001F44D
        08/11/24, 12:20 pm - Ha Sao Mai: Thank you Mr Brodie, money received. Please note: deposit is only for tooling, it does not release production. We make only the 10 samples of PO RG-3071. The 290 pcs wait your written release after sample sign-off.
        08/11/24, 12:22 pm - Brodie McAllister: spot on, thanks Ha
        """))])

# c13 -- supplier acknowledgement restating the hold (multipart/alternative + DOCX form).
_c13_docx = docx_bytes([
    ("h1", "PO Acknowledgement / ใบยืนยันคำสั่งซื้อ"),
    ("p", "Siam Carry Works Co., Ltd. - 99/12 Moo 4, Bang Phli, Samut Prakan 10540"),
    ("table", [["Customer", "Red Gum Outdoor Photographic Pty Ltd"],
               ["PO", "RG-3052 dated 18/11/2024"],
               ["Item", "BG-30L camera backpack, sand, 600D rPET, YKK #5"],
               ["Quantity acknowledged", "15 pcs (sample)"],
               ["Balance", "585 pcs - not released, on hold"],
               ["Unlock", "sample sign-off by Khun Kylie Tran + written release from Khun Brodie McAllister"],
               ["Material", "fabric and trims for 15 samples only"],
               ["Sample ETD", "06/12/2024 by FedEx"]]),
    ("sp",),
    ("p", "Acknowledged by: Pornthip Srisuk, Sales Department, 19/11/2024"),
], author="Pornthip Srisuk")
_c13_txt = T("""
    Dear Khun Brodie,

    Thank you for your PO RG-3052. We acknowledge as written:

    - 15 pcs sample BG-30L sand only
    - the balance 585 pcs is not released and on hold, until Khun Kylie sign off the sample and
      Khun Brodie send the written release
    - we buy fabric and trims for the 15 samples only

    Sample ETD 6 Dec by FedEx. Our acknowledgement form is attached.

    Best regards ka,
    Pornthip Srisuk
    Sales Department
    Siam Carry Works Co., Ltd. | Tel +66 2 555 0190

    This e-mail is confidential and intended only for the addressee. If you are not the intended
    recipient please delete it and inform the sender.
    """)
_c13 = mail("Pornthip Srisuk <pornthip@siamcarryworks.co.th>", "Brodie McAllister <brodie@redgumphoto.com.au>",
            "PO RG-3052 acknowledgement", "Tue, 19 Nov 2024 16:45:00 +0700", _c13_txt,
            html=text2html(_c13_txt), cc="Kylie Tran <kylie@redgumphoto.com.au>",
            attachments=[("ACK_RG-3052.docx", _c13_docx, DOCX_MT)])
case("c13", [],
     "supplier acknowledgement (mail + DOCX form) restates 15 samples, the 585 balance on hold, the unlock and the sample-only material",
     [("po_rg-3052_ack.eml", eml_bytes(_c13))])

# c14 -- supplier status report restating the hold and sample-only material.
case("c14", [],
     "supplier status report restates 24 samples in work, 576 not released pending sign-off and written release, material for 24 only",
     [("stato_avanzamento_88417.pdf", pdf([
         ("h1", "STATO AVANZAMENTO / STATUS REPORT"),
         ("p", "Officine Brambati S.r.l. for Sunset Grip & Lens Rentals - PO 88417 - CC-1200 cage - 15/11/2024"),
         ("table", [["Lot", "Qty", "Status", "Note"],
                    ["Samples", "24 pz", "machining 100%, anodizing 60%", "ship 22/11 UPS"],
                    ["Production balance", "576 pz", "NOT released - not started",
                     "waiting sample sign-off (Jenna Park) and written release (Marcus Reyes)"]]),
         ("sp",),
         ("table", [["Material", "Bought for", "Authority"],
                    ["6082-T6 billet 160 mm", "24 pz", "sample-only material authority"],
                    ["ARRI pins, 3/8\"-16 screws", "24 pz", "sample-only material authority"]]),
         ("sp",),
         ("p", "No material is bought for the 576 pz. Giulia Ferraresi - Ufficio commerciale"),
     ], title="Stato avanzamento PO 88417", author="Giulia Ferraresi"))])

# c15 -- interim sign-off with quantity and date limits and a release within those limits.
case("c15", [],
     "interim sign-off limited to 200 pcs until 31.01.2025, a production release of 200 signed by the release authority, balance 770 on hold",
     [("r-4500081499-01_fh-100.docx", docx_bytes([
         ("h1", "Interim sign-off and production release R-4500081499-01"),
         ("p", "Lichtwerk Fotohandel GmbH - Item FH-100 filter holder - Supplier Hsinmei Precision Optics"),
         ("p", "PO 4500081499 rev 1: commercial cover 1.000 pcs (30 samples delivered + 970)."),
         ("h", "Interim sample sign-off"),
         ("p", "Disposition: interim. Flocking colour slightly off (dE 1,8 vs. master). Limits: max. 200 pcs, "
               "valid until 31.01.2025. Signed: Dr. Joerg Oberholz, QA, 02.12.2024."),
         ("h", "Production release"),
         ("p", "Released for production now: 200 pcs, within the interim limits above."),
         ("p", "Balance: 770 pcs not released, on hold. Unlock: final sample sign-off after corrected flocking "
               "(3 new samples), then a written release from Sabine Kraenzle."),
         ("p", "Material authority: 200 pcs."),
         ("p", "Release authority: Sabine Kraenzle, Head of Purchasing - signed 03.12.2024"),
     ], author="Sabine Kraenzle"))])

# c16 -- deviation permit for the pilot lot that changes no quantity and releases nothing.
case("c16", [],
     "deviation permit accepts a texture deviation for the 40 pilot hoods only and states it releases nothing; balance held with event and person",
     [("deviation_permit_dp-2411-04.pdf", pdf([
         ("h1", "DEVIATION PERMIT DP-2411-04"),
         ("p", "Haneul Vlog Gear Co., Ltd. -> Hsinmei Precision Optics Co., Ltd. - 2024-11-26"),
         ("table", [["Item", "LH-52 lens hood, M52x0.75, DRG LH-52-001 Rev 3"],
                    ["PO", "HVG-PO-2411-30 - 40 pilot pcs"],
                    ["Requirement", "surface texture VDI 30"],
                    ["Deviation", "texture VDI 27 (tool T2 not yet re-textured)"],
                    ["Accepted for", "the 40 pilot hoods of HVG-PO-2411-30 only"]]),
         ("sp",),
         ("p", "This permit changes no quantity and releases nothing. Mass production 1,960 pcs remains not "
               "released until pilot sign-off by Park Soo-min and a written release from Director Lee Dong-wook. "
               "Mass production parts must meet VDI 30."),
         ("p", "Signed: Park Soo-min (product design), Kim Ji-hoon (sourcing)"),
     ], title="DP-2411-04", author="Park Soo-min"))])

# c17 -- Teams chat: "go ahead with the 4 sample legs only" and complete scope.
case("c17", [],
     "Teams chat: 'go ahead with the 4 sample legs only', the 196 not released until sign-off and Marcus Reyes's written release",
     [("teams_chat_tl-2500c.txt", T("""
        Microsoft Teams - chat export
        Chat: Sunset / Jiahe - TL-2500C
        Participants: Dana Whitcomb, Jenna Park (Sunset Grip & Lens Rentals); Coco Huang (Zhongshan Jiahe)

        [11/18/2024 6:05 PM] Coco Huang
        Hi Dana, PO 88744 got it, thank you. Samples we can start tomorrow?

        [11/18/2024 6:20 PM] Dana Whitcomb
        Yes - go ahead with the 4 sample legs only. The remaining 196 are not released. Marcus Reyes releases them in writing after Jenna signs off the samples.

        [11/18/2024 6:21 PM] Dana Whitcomb
        material just for the 4 pls

        [11/18/2024 6:24 PM] Jenna Park
        and pls laser the serial on the top casting like last time, SGL-TL-xxxx

        [11/18/2024 6:31 PM] Coco Huang
        ok noted, 4 pcs sample only, serial laser ok \U0001F44C
        """))])

# c18 -- folder: buyer portal PO, supplier work order and kick-off minutes, all consistent.
_c18_portal = T("""
    <h2>Haneul Partner Portal</h2>
    <p>Partner: <b>Sao Mai Metalworks JSC</b> (V0388) &nbsp;|&nbsp; 2024-11-21</p>
    <h3>PO HVG-PO-2411-33 - VC-900 cage for FX3 / FX30</h3>
    <table>
    <tr><th>Line</th><th>Item</th><th>Qty</th><th>Scope</th><th>Unit price</th><th>Need by</th></tr>
    <tr><td>1</td><td>VC-900-BK</td><td>30</td><td>pilot</td><td>USD 24.00</td><td>2024-12-13</td></tr>
    </table>
    <div class="note">
    <p><b>Authorized now:</b> 30 pilot cages.</p>
    <p><b>Not released:</b> the mass production balance of 1.470 pcs (quotation SM-Q-2411-09) is on hold.</p>
    <p><b>Unlock:</b> pilot sign-off by Park Soo-min, then a written release from Director Lee Dong-wook.</p>
    <p><b>Material authority:</b> pilot quantity only (30 pcs).</p>
    </div>
    """)
case("c18", [],
     "buyer portal PO, supplier work order and kick-off minutes all state 30 pilot cages, 1.470 on hold, unlock and release person",
     [("partner_portal_hvg-po-2411-33.html", html_page("Haneul Partner Portal - HVG-PO-2411-33", _c18_portal)),
      ("work_order_wo-24-1133.txt", T("""
        SAO MAI METALWORKS JSC - WORK ORDER                         WO-24-1133
        --------------------------------------------------------------------------
        Customer : HANEUL VLOG GEAR (C-0217)    Cust. PO: HVG-PO-2411-33
        Item     : VC-900-BK cage FX3/FX30, DRG VC-900-00 Rev 1
        WO qty   : 30 pcs (PILOT)               Start: 2024-11-25  Due: 2024-12-10
        --------------------------------------------------------------------------
        Ops: 10 saw  20 CNC (Brother S700X1)  30 deburr  40 anodize black  50 QC
        Material issued: AL6061-T6 plate 12 mm for 30 pcs
        --------------------------------------------------------------------------
        NOTE: Mass production 1.470 pcs NOT released by customer. Do not plan,
        do not buy material. Waiting pilot sign-off (Ms Park Soo-min) and written
        release from Director Lee Dong-wook.
        Planner: TVMINH
        """)),
      ("kickoff_minutes_vc-900.docx", docx_bytes([
          ("h1", "Kick-off minutes - VC-900 pilot"),
          ("p", "2024-11-21, video call. Haneul: Kim Ji-hoon, Park Soo-min. Sao Mai: Nguyen Thi Thu Ha, Tran Van Minh."),
          ("li", "PO HVG-PO-2411-33 covers 30 pilot cages."),
          ("li", "Mass production 1.470 pcs is not released and stays on hold."),
          ("li", "Unlock: pilot sign-off by Park Soo-min, then written release by Director Lee Dong-wook."),
          ("li", "Sao Mai buys material for the 30 pilot cages only."),
          ("li", "Pilot delivery 2024-12-13 by EMS; evaluation report 2024-12-20."),
          ("p", "Minutes: Kim Ji-hoon"),
      ], author="Kim Ji-hoon"))])

# c19 -- full-quantity PO by mail with PDF; many identifiers that look like quantities.
_c19_pdf = pdf([
    ("h1", "PURCHASE ORDER 88733"),
    ("p", "Sunset Grip & Lens Rentals, 2150 N. Hollywood Way, Burbank, CA 91505"),
    ("p", "Vendor: Zhongshan Jiahe Photographic Equipment Co., Ltd. (V-20388)    PO date: 11/21/2024    Terms: Net 45"),
    ("table", [["Line", "Item / PN", "Description", "Qty", "Unit price", "Ext."],
               ["1", "3000-120-44", "BH-44 ball head, 44 mm ball, Arca clamp 60 mm, 3/8\"-16 base (ISO 1222:2010), "
                "drawing BH-44-02 Rev 120", "120", "$38.90", "$4,668.00"]]),
    ("sp",),
    ("p", "Full quantity: this PO is complete at 120 heads. There is no balance, nothing is on hold and no "
          "further lots are planned under this PO."),
    ("p", "Requirements: load test 12 kg / 10 min; UV exposure 500 h on rubber parts; salt spray ISO 9227 "
          "NSS 96 h; packaging SG-PK-07 Rev 3, 20 heads per carton."),
], pagesize=LETTER, title="PO 88733", author="Dana Whitcomb")
_c19 = mail("Dana Whitcomb <dana@sunsetgriplens.com>", "Amy Liang <amy.liang@jiahe-photo.cn>",
            "PO 88733 - BH-44 ball heads (120)", "Thu, 21 Nov 2024 14:18:00 -0800",
            T("""
    Hi Amy,

    PO 88733 attached for 120 BH-44 heads - that's the whole order, no balance behind it.
    Part number on our side is 3000-120-44 (yes, confusing, it's our catalog scheme).

    Ship by 01/17/2025 please.

    Thanks,
    Dana
    """) + sig("Dana Whitcomb", "Purchasing Coordinator", "Sunset Grip & Lens Rentals", "+1 818 555 0147"),
            attachments=[("PO_88733.pdf", _c19_pdf, PDF_MT)])
case("c19", [],
     "full-quantity PO for 120 heads (no balance); PN 3000-120-44, Rev 120, ISO 1222:2010, 500 h, 96 h are identifiers",
     [("po_88733_bh-44.eml", eml_bytes(_c19))])

# c20 -- full and final PO, "proceed with all 300".
case("c20", [],
     "PO for the full and final 300 hip packs; 'please proceed with all 300' is scoped by quantity",
     [("po_rg-po-3090.pdf", pdf([
         ("h1", "PURCHASE ORDER RG-PO-3090"),
         ("p", "Red Gum Outdoor Photographic Pty Ltd - 14 Pakenham St, Fremantle WA 6160 - ABN 51 624 880 117"),
         ("p", "Supplier: Siam Carry Works Co., Ltd., Samut Prakan    Date: 29/11/2024    Incoterms: FOB Laem Chabang"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Total"],
                    ["1", "BG-16L-OLV", "Hip pack 1.6 L, olive, 500D Cordura, YKK #5", "300", "USD 9.40",
                     "USD 2,820.00"]]),
         ("sp",),
         ("p", "Full and final quantity: three hundred (300) pcs. There is no balance and no further quantity "
               "under this PO. Please proceed with all 300."),
         ("p", "Samples were signed off by Kylie Tran on 22/11/2024 (ref. sample PO RG-3040)."),
         ("p", "Payment: 30 days from B/L. Authorised: Brodie McAllister, Owner"),
     ], title="RG-PO-3090", author="Brodie McAllister"))])

# c21 -- supplier portal order book restating the customer's hold.
_c21_body = T("""
    <h2>Hsinmei e-Order Book</h2>
    <p>Customer: <b>Lichtwerk Fotohandel GmbH</b> &nbsp;|&nbsp; Account: Vincent Lin &nbsp;|&nbsp; 2024-11-29</p>
    <table>
    <tr><th>PO</th><th>Item</th><th>Released by customer</th><th>On hold</th><th>Unlock</th><th>Material</th><th>Status</th></tr>
    <tr><td>4500081366</td><td>FH-100 filter holder</td><td>30 (samples)</td><td>970</td><td>QA sample sign-off + written release by S. Kraenzle</td><td>samples only</td><td>samples at customer QA</td></tr>
    <tr><td>4500081460</td><td>LH-77 hood (PN 2500-077-12)</td><td>250 (full order)</td><td>0</td><td>-</td><td>250</td><td>in production, ETD 2025-01-10</td></tr>
    </table>
    <p class="note">Lines with quantity on hold are not planned in production. Material is bought only up to the released quantity.</p>
    """)
case("c21", [],
     "supplier order book restates 30 released / 970 on hold with unlock and sample-only material, next to a full 250-piece order",
     [("hsinmei_e-order_book.html", html_page("Hsinmei e-Order Book - Lichtwerk", _c21_body))])

# c22 -- EDI 850 whose note segments carry the complete scope.
case("c22", [],
     "EDI 850 for 8 sample cases whose MSG segments state the 392 balance not released, the sign-off, the release person and sample-only material",
     [("edi850_88766_print.txt", T("""
        ==== EDI TRANSLATION REPORT - X12 850 PURCHASE ORDER - VERSION 004010 ====
        Trading partner : SIAM CARRY WORKS (ISA ID 6625550190)
        Sender          : SUNSET GRIP & LENS RENTALS (ISA ID SUNSETGRIP)

        ST*850*0001~
        BEG*00*SA*88766**20241125~
        CUR*BY*USD~
        PER*BD*DANA WHITCOMB*TE*8185550147~
        DTM*002*20241220~
        PO1*1*8*EA*150.00**VP*BG-60R*BP*SGL-BG60R~
        PID*F****ROLLING CASE 60L 1680D TPE WHEELS 100MM~
        MSG*SAMPLE ORDER - 8 UNITS ONLY~
        MSG*BALANCE 392 UNITS NOT RELEASED - ON HOLD~
        MSG*UNLOCK - SAMPLE SIGN-OFF BY JENNA PARK THEN~
        MSG*WRITTEN RELEASE BY MARCUS REYES DIR OF EQUIPMENT~
        MSG*MATERIAL FOR 8 SAMPLE UNITS ONLY~
        CTT*1*8~
        SE*13*0001~

        ---- DECODED ----
        PO 88766 (2024-11-25)  line 1  BG-60R rolling case 60 L  qty 8 EA @ 150.00 USD
        Notes: SAMPLE ORDER - 8 UNITS ONLY / BALANCE 392 UNITS NOT RELEASED - ON HOLD /
               UNLOCK - SAMPLE SIGN-OFF BY JENNA PARK THEN WRITTEN RELEASE BY MARCUS REYES /
               MATERIAL FOR 8 SAMPLE UNITS ONLY
        997 sent: 2024-11-25 (accepted)
        """))])

# c23 -- written release of the full balance, with the sign-off mail forwarded as rfc822 and the
#        supplier's question quoted.
_c23_fwd = mail("Jenna Park <jenna@sunsetgriplens.com>", "Marcus Reyes <marcus@sunsetgriplens.com>",
                "CC-1200 samples - sample sign-off", "Wed, 27 Nov 2024 16:10:00 -0800",
                T("""
    Marcus,

    Sample sign-off for the 16 CC-1200 samples (PO 88590) is done: all 16 measured to drawing Rev B,
    ARRI pin spacing good, anodize matches the master. Report SGL-QR-24-088 is on the share.

    Jenna Park
    Camera Tech Lead
    """))
_c23_q = T("""
    Dear Marcus,

    may we have the go-ahead for the 384 cages? We heard the samples are fine.

    Cordiali saluti,
    Giulia Ferraresi
    """)
_c23 = mail("Marcus Reyes <marcus@sunsetgriplens.com>", "Giulia Ferraresi <g.ferraresi@officinebrambati.it>",
            "Re: PO 88590 - production release R-88590-01", "Thu, 28 Nov 2024 08:05:00 -0800",
            T("""
    Giulia,

    Production release R-88590-01: 384 CC-1200 cages are released for production as of today.

    - Unlock event: sample sign-off by Jenna Park on 11/27 (her note is forwarded below)
    - Authorized by: Marcus Reyes, Director of Equipment
    - PO 88590 rev 1 covers all 400 (16 samples + 384), so nothing remains on hold after this
    - Material authority: 384 cages

    Thanks for waiting for the paperwork.

    Marcus
    """) + sig("Marcus Reyes", "Director of Equipment", "Sunset Grip & Lens Rentals", "+1 818 555 0140")
            + "\nOn Nov 27, 2024, at 11:58 PM, Giulia Ferraresi <g.ferraresi@officinebrambati.it> wrote:\n\n"
            + quote(_c23_q),
            cc="Dana Whitcomb <dana@sunsetgriplens.com>", in_reply_to="<ob-20241127-2358@officinebrambati.it>",
            attachments=[("rfc822", _c23_fwd)])
case("c23", [],
     "written production release of the full 384 balance naming event, authority and PO cover; sign-off mail forwarded as rfc822, supplier question quoted",
     [("re_po_88590.eml", eml_bytes(_c23))])

# c24 -- stop notice: nothing more may start; active quantity stated as none.
case("c24", [],
     "stop notice: nothing more may start, active quantity none, 990 not released, lifted only by written notice from the named authority",
     [("stop_notice_4500081490.docx", docx_bytes([
         ("h1", "Stop notice ST-2024-07"),
         ("p", "Lichtwerk Fotohandel GmbH -> Officine Brambati S.r.l. - 29.11.2024"),
         ("p", "Order: PO 4500081490 - CC-A7 camera cage (10 samples delivered 20.11.2024; balance 990 pcs)."),
         ("p", "Effective immediately, nothing more may start on this order, released or not, until this stop "
               "is lifted. Reason: Sony announced a body change; the cage drawing CC-A7-01 Rev 4 may change."),
         ("li", "Active quantity now: none (0 pcs). The 10 delivered samples are not affected."),
         ("li", "Balance: 990 pcs not released, on hold."),
         ("li", "Material: buy nothing further for this order."),
         ("li", "Lifting: only by written notice from Sabine Kraenzle, Head of Purchasing. After lifting, the "
                "balance still needs a new sample sign-off and a written release from her."),
         ("p", "Sabine Kraenzle, Leiterin Einkauf / Head of Purchasing"),
     ], author="Sabine Kraenzle"))])

# c25 -- WeChat: forecast given on request, explicitly not an order, scope restated.
case("c25", [],
     "WeChat: buyer gives a 2025 forecast of about 3,000 on request, 'only forecast, not order', and restates the 20-sample scope",
     [("wechat_export_tl-150_2025.txt", T("""
        WeChat chat history (exported 2024-11-26)
        Amy Liang \u6881 (Jiahe)  <->  Kim Ji-hoon (Haneul Vlog Gear)
        ------------------------------------------------------------
        2024-11-26 09:05  Amy Liang \u6881
        Good morning Kim \U0001F60A for 2025 can you give us forecast of TL-150 mini tripod? we need plan aluminium and the rubber feet mould

        2024-11-26 09:40  Kim Ji-hoon
        Forecast 2025 is about 3,000 pcs, maybe 40% in Q2. But this is only forecast, not order. Please don't buy material for it.

        2024-11-26 09:41  Kim Ji-hoon
        Current PO HVG-PO-2411-03 is 20 pcs sample only. The 3,000 is not released until pilot test sign-off and written release by our director Lee Dong-wook.

        2024-11-26 09:45  Amy Liang \u6881
        ok understand, only forecast \U0001F44C we plan capacity only, no material
        """))])


# =================================================================== OUTPUT
def _stem(fn):
    st = Path(fn).stem.lower()
    return re.sub(r"[^a-z0-9]+", "-", st).strip("-")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(194194).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h194_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
