#!/usr/bin/env python3
"""Generator for the releasegate check_holdout149 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout149/build.py

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
    m["Message-ID"] = msgid or f"<h149-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h149")
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


def sig2(name, title, company, phone, extra=""):
    """signature without the long disclaimer"""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n{extra}"


def att_pdf(fn, blocks, **kw):
    return (fn, pdf(blocks, **kw), PDF_MT)


def att_docx(fn, blocks, **kw):
    return (fn, docx_bytes(blocks, **kw), DOCX_MT)


def E(fn, m):
    return (fn, eml_bytes(m))


HESSLER = ("Hessler Antriebstechnik GmbH", "Industriestr. 41, 97424 Schweinfurt, Germany")
VALTEL = ("Motori Valtellina S.p.A.", "Via dell'Artigianato 12, 23100 Sondrio, Italy")
RIDGE = ("Ridgeline Drive Systems Inc.", "4410 Commerce Pkwy, Dayton, OH 45414, USA")
HANBIT = ("Hanbit Motion Co., Ltd.", "88 Changwon-daero, Seongsan-gu, Changwon, Republic of Korea")
SERRA = ("Motores Serra Azul Ltda.", "Rua Dona Francisca 3300, Joinville - SC, Brasil")


# =================================================================== CASES (batch 1)
# ---- c01: sample PO with info-only series quantity, full scope note (PDF table)
case("c01_hessler_po_stator", [], "sample PO, series qty labelled not released, event, named authority, material sample-only", [
    ("PO_4500391188.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 4500391188"),
        ("p", "Hessler Antriebstechnik GmbH - Einkauf Elektromotoren - Industriestr. 41, 97424 Schweinfurt"),
        ("p", "Supplier: Ningbo Jinhai Lamination Co., Ltd., No. 77 Binhai 4th Rd, Beilun, Ningbo, China. "
              "Supplier no. 700418. Date: 06.05.2024. Incoterms: FCA Ningbo (Incoterms 2020). Payment: 60 days net."),
        ("table", [
            ["Item", "Material / description", "Qty", "Unit", "Price EUR", "Scope"],
            ["00010", "Stator lamination stack HA-ST-4471 Rev B, M270-35A, stack height 62 mm", "20", "pcs", "38,50", "B-sample"],
            ["--", "Quoted series quantity (for information only)", "2.000", "pcs", "21,90", "NOT released"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "This purchase order releases 20 pcs B-samples only. The quoted series quantity of 2.000 pcs is shown for "
              "information only and is not released - do not start the rest. Material authority: sample-only, i.e. "
              "lamination steel for 20 stacks. The series quantity is a forecast, not a commitment."),
        ("p", "Unlock event: approved B-sample sign-off by our SQE, followed by a written production release "
              "(revised PO). Only Katrin Vogel, Head of Strategic Purchasing, may release the balance."),
        ("p", "Drawing HA-ST-4471 Rev B and our QAA 2023-07 apply. Please acknowledge within 3 working days."),
        ("sp",),
        ("p", "Hessler Antriebstechnik GmbH - Amtsgericht Schweinfurt HRB 4412 - Geschaeftsfuehrer: Dr. Ralf Hessler"),
    ], title="PO 4500391188", author="Hessler Einkauf")),
])

# ---- c02: supplier quotation with tiers (no authorization)
case("c02_lingxin_quote", [], "supplier quote with sample/pilot/series tiers, no authorization in bundle", [
    ("Quotation_LX-Q240517.pdf", pdf([
        ("h1", "QUOTATION LX-Q240517"),
        ("p", "Suzhou Lingxin Sensor Technology Co., Ltd. - 18 Xinghu Street, Suzhou Industrial Park, China"),
        ("p", "To: Hanbit Motion Co., Ltd., Purchasing Team 2, attn. Mr. Ji-hoon Park. Date: 2024-05-17. Valid 60 days."),
        ("p", "Subject: Incremental encoder LX-E58-2500, 2500 PPR, hollow shaft 10 mm, for servo motor HBM-130 platform"),
        ("table", [
            ["Phase", "Quantity", "Unit price USD", "Lead time"],
            ["C-sample", "10 pcs", "96.00", "4 weeks ARO"],
            ["Pilot series", "200 pcs", "61.50", "6 weeks after sample sign-off"],
            ["Series (annual volume)", "5,000 pcs", "44.20", "8 weeks, then weekly call-off"],
        ]),
        ("p", "Tooling for the code disc: USD 3,800 one-time, amortisation possible over 5,000 pcs."),
        ("p", "This is our quotation only. Prices are EXW Suzhou, excluding VAT and packing. Series price is based on "
              "annual volume stated above; a deviation larger than 20% may change the price."),
        ("p", "Best regards, Chen Wei (Sales Manager, Overseas) - chen.wei@lingxin-sensor.cn - +86 512 6258 7710"),
    ], title="Quotation LX-Q240517", author="Chen Wei")),
])

# ---- c03: supplier asks for go-ahead, quoting buyer's full scope
_q = ("Dear Mr. Brandt,\n\n"
      "the 20 harness samples are shipped with DHL, AWB 4471 0093 21. Measurement report and crimp cross sections "
      "are in the attachment of our last mail.\n\n"
      "Do we have the go-ahead for the balance of 480 pcs? We would have free capacity in KW 24 on the "
      "crimp line, after this it is difficult until KW 30.\n\n"
      "Thank you for short info.\n\n"
      "S pozdravem / Best regards\nPetr Dvořák\nProject manager\nElektro Komponenty Brno s.r.o.\n"
      "Hudcova 76, 612 00 Brno, Czech Republic\n\n"
      "-----Original Message-----\nFrom: Markus Brandt <m.brandt@hessler-antriebe.de>\nSent: Monday, 6 May 2024 10:14\n"
      "Subject: PO 4500387711 - cable harness HA-KB-2210\n\n"
      "> Dear Mr. Dvořák,\n>\n"
      "> PO 4500387711 covers 20 pcs cable harness HA-KB-2210 samples only.\n"
      "> The balance of 480 pcs is not released. Please do not start it and do not buy wire for it.\n"
      "> The balance can be released only after sample sign-off by our quality, and only by a written\n"
      "> release from me.\n>\n> Markus Brandt\n> Purchasing Manager, Hessler Antriebstechnik GmbH\n")
case("c03_ekb_question", [], "supplier question about go-ahead; quoted buyer scope is complete", [
    E("RE_PO_4500387711_harness_samples.eml", mail(
        "Petr Dvořák <dvorak@ekbrno.cz>", "Markus Brandt <m.brandt@hessler-antriebe.de>",
        "RE: PO 4500387711 - cable harness HA-KB-2210 - shipment samples", "Tue, 21 May 2024 07:42:10 +0200", _q)),
])

# ---- c04: labelled EDI forecast (830) printout
case("c04_delfor_forecast", [], "EDI 830 forecast, clearly labelled, zero fab/material authorization", [
    ("DELFOR_830_HBM_wk22.txt",
     "*** EDI 830 PLANNING SCHEDULE - PRINTOUT ***                         PAGE 1/1\n"
     "SENDER : HANBIT MOTION CO LTD (GLN 8801234000017)\n"
     "RECEIVER: SUZHOU LINGXIN SENSOR TECHNOLOGY (VENDOR 30077)\n"
     "DOC NO : 830-24-0522-017        DATE: 2024-05-27      HORIZON: 26 WEEKS\n"
     "PURPOSE: FORECAST ONLY. THIS IS NOT A PURCHASE ORDER AND NOT A PRODUCTION RELEASE.\n"
     "         QUANTITIES BELOW ARE PLANNING FIGURES WITHOUT COMMITMENT.\n"
     "-------------------------------------------------------------------------------\n"
     "PART NO        DESCRIPTION                    UOM   FAB AUTH   RAW MAT AUTH\n"
     "LX-E58-2500    ENCODER 2500PPR HOLLOW 10MM    PCS          0              0\n"
     "-------------------------------------------------------------------------------\n"
     "WEEK     2024-W27  2024-W31  2024-W35  2024-W39  2024-W43  2024-W47  TOTAL\n"
     "FCST          200       400       600       600       800       800   3,400\n"
     "TYPE         PLAN      PLAN      PLAN      PLAN      PLAN      PLAN\n"
     "-------------------------------------------------------------------------------\n"
     "NOTE: PRODUCTION QUANTITIES ARE RELEASED ONLY BY A SEPARATE 862 CALL-OFF.\n"
     "CONTACT: SEO-YEON HAN, SUPPLY PLANNING, +82 55 270 4410\n"
     "*** END OF REPORT ***\n"),
])

# ---- c05: full-quantity PO on portal, proceed
case("c05_bajio_portal_full", [], "full-quantity series PO on supplier portal; 'proceed' scoped to full 300, no balance", [
    ("portal_PO_7700-4412.html", html_page("Supplier Portal - PO 7700-4412", """
<h2>Ridgeline Drive Systems - Supplier Portal</h2>
<p>Logged in as: <b>Fundiciones del Bajío S.A. de C.V.</b> (Vendor 10-2231) | <a href="#">Logout</a></p>
<h3>Purchase Order 7700-4412 &nbsp; Rev 0 &nbsp; Status: OPEN</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>1</td><td>RDS-MH-180-A</td><td>Motor housing frame 180, A356-T6, machined</td><td>300</td><td>EA</td><td>USD 84.10</td><td>2024-08-16</td></tr>
</table>
<div class="note"><b>Buyer remark:</b> This is the full order quantity for the 2024 build. PPAP for RDS-MH-180-A
was completed under PO 7700-3990. There is no further balance on this PO. You may proceed with the 300 pcs.
Ship in 3 lots of 100 EA, first lot by 2024-07-19. &mdash; Dana Whitfield, Sr. Buyer</div>
<p>Terms: Net 45. FOB Laredo, TX. Ridgeline Terms &amp; Conditions Rev 2023-11 apply.</p>
<p><small>&copy; 2024 Ridgeline Drive Systems Inc. | Portal v4.2.1</small></p>
""")),
])

# ---- c06: explicit recorded auto-conversion (DOCX)
case("c06_valtellina_addendum", [], "explicit auto-conversion naming quantity, signer, conditions; rest on hold with named authority", [
    ("Addendum_MV-RS-220_autoconversion.docx", docx_bytes([
        ("h1", "Addendum no. 2 to PO 24-00871 - rotor shaft MV-RS-220 rev. D"),
        ("p", "Between Motori Valtellina S.p.A., Sondrio (buyer) and Pune Precision Shafts Pvt. Ltd., Chakan MIDC, Pune (supplier)."),
        ("p", "Date: 3 May 2024. Signed by both parties; copy filed with PO 24-00871."),
        ("h", "1. Active quantity"),
        ("p", "PO 24-00871 line 1 covers 10 (ten) sample shafts. This is the only quantity released today."),
        ("h", "2. Recorded auto-conversion"),
        ("p", "Both parties agree the following auto-conversion: if Ing. Paolo Ferri, Quality Manager, records the sample "
              "sign-off for MV-RS-220 rev. D as 'approved' (not interim, not rejected) on or before 30 June 2024, then "
              "200 (two hundred) pcs of the production quantity are released automatically on that date, without any "
              "further document. Any other outcome of the sign-off releases nothing."),
        ("h", "3. Balance on hold"),
        ("p", "The remaining 1,790 pcs of the quoted 2,000 pcs are not released. They can be released only by a revised PO "
              "signed by Dott.ssa Giulia Marchetti, Purchasing Director."),
        ("h", "4. Material authority"),
        ("p", "Staged: supplier may buy 42CrMo4 bar for up to 210 shafts at buyer's liability. Nothing beyond that."),
        ("table", [["Item", "Quantity", "Status"],
                   ["Sample shafts", "10", "released"],
                   ["Auto-conversion lot", "200", "released only on approved sign-off (clause 2)"],
                   ["Balance", "1,790", "not released - revised PO needed"]]),
        ("p", "For the buyer: Giulia Marchetti        For the supplier: Rohan Kulkarni, Director Operations"),
    ], author="Giulia Marchetti")),
])

# ---- c07: supplier says deposit does not release production; PO attached
_po07 = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 45001872"),
    ("p", "Motores Serra Azul Ltda. - Rua Dona Francisca 3300, Joinville - SC, Brasil - CNPJ 82.114.301/0001-55"),
    ("p", "Fornecedor / Supplier: Kocaeli Kablo Sistemleri A.Ş., GOSB 1200. Sk. No 8, Gebze/Kocaeli, Türkiye"),
    ("table", [["Item", "Código", "Descrição", "Qtd", "Preço unit. USD"],
               ["1", "MSA-CA-0630", "Cable assembly motor feedback 6x0,34 mm², 630 mm, M23 connector - SAMPLES", "12", "18,40"]]),
    ("p", "Escopo / Scope: this PO authorizes twelve (12) sample cable assemblies only. The remaining 588 pcs of quotation "
          "KKS-2024-118 are NOT released. Do not start them. Release of the balance requires our sample sign-off and "
          "then a written release from Rafael Oliveira, Gerente de Suprimentos. Material authority: samples only."),
    ("p", "Pagamento: 30% antecipado (deposit), 70% 30 dias após entrega. O depósito é condição comercial."),
], title="PO 45001872", author="Rafael Oliveira")
case("c07_kks_deposit_ack", [], "supplier: deposit does not release production; attached PO complete scope", [
    E("Deposit_received_PO45001872.eml", mail(
        "Emre Yıldız <emre.yildiz@kocaelikablo.com.tr>", "Rafael Oliveira <rafael.oliveira@serraazul.com.br>",
        "Deposit received - PO 45001872 - sample cable assemblies", "Wed, 15 May 2024 11:05:33 +0300",
        "Dear Mr. Rafael,\n\n"
        "We received your deposit of 30% today, thank you very much.\n\n"
        "Please note from our side: the deposit does not release production. We are building only the twelve (12) "
        "sample cable assemblies under your PO 45001872 (attached again for reference). The remaining 588 pcs stay on "
        "hold until your sample sign-off and the written release from you, as your PO is saying. Cable and connectors "
        "are purchased for the samples only.\n\n"
        "Samples ready to ship on 29 May, by air to VCP.\n\n"
        "Kind regards,\nEmre Yıldız\nExport Sales Engineer\nKocaeli Kablo Sistemleri A.Ş.\n+90 262 751 44 20\n",
        attachments=[("PO_45001872.pdf", _po07, PDF_MT)])),
])

# ---- c08: supplier acknowledgement restating hold, quoted buyer note
case("c08_bajio_ack", [], "supplier acknowledgement restating active qty, hold, event and named releaser", [
    E("ACK_PO_7700-4520.eml", mail(
        "Alejandro Treviño <atrevino@fundbajio.com.mx>", "Dana Whitfield <dwhitfield@ridgelinedrive.com>",
        "RE: PO 7700-4520 prototype housings RDS-MH-132 - acknowledgement", "Thu, 09 May 2024 16:20:00 -0600",
        "Hi Dana,\n\nWe acknowledge PO 7700-4520 as written:\n"
        " - 6 (six) prototype housings RDS-MH-132 rev A, machined, ship by June 14\n"
        " - the balance of 594 pcs is not released; we will not start it\n"
        " - no A356 ingot purchase beyond the 6 prototypes\n"
        " - we wait for your written release after the FAI sign-off\n\n"
        "Pattern modification for the terminal box boss is done, first pour scheduled for May 22.\n\n"
        "Saludos,\nAlejandro Treviño\nIngeniero de Ventas | Fundiciones del Bajío S.A. de C.V.\nCelaya, Gto., México | +52 461 598 2200\n\n"
        "On Wed, May 8, 2024 at 9:02 AM Dana Whitfield wrote:\n"
        "> Alejandro, PO 7700-4520 is out. Scope note on the PO, repeated here so there is no confusion:\n"
        "> PO covers 6 prototype housings only. The 594 balance from your quote is NOT released.\n"
        "> Release of the balance needs FAI sign-off by our quality team and then a written release from me\n"
        "> (Dana Whitfield, Sr. Buyer - release authority up to USD 60k). Material: prototypes only.\n"
        ">\n> Dana\n")),
])

# ---- c09: call-off with explicit staged material authority (TXT)
case("c09_serra_calloff", [], "call-off 200 pcs, balance not released until next call-off by named person, staged material 800 explicit", [
    ("CALLOFF_003_MSA-RS-095.txt",
     "MOTORES SERRA AZUL LTDA                        CHAMADA / CALL-OFF\n"
     "==========================================================================\n"
     "CALL-OFF NO.....: 003              DATE.....: 2024-06-03\n"
     "BLANKET PO......: 45001790         VENDOR...: 200311 PUNE PRECISION SHAFTS\n"
     "PART............: MSA-RS-095 ROTOR SHAFT D25 C45 REV C\n"
     "--------------------------------------------------------------------------\n"
     "THIS CALL-OFF RELEASES FOR PRODUCTION:           200 PCS\n"
     "CUMULATIVE RELEASED (CO 001-003):                400 PCS\n"
     "QUOTED BLANKET QUANTITY:                       2.400 PCS\n"
     "BALANCE NOT RELEASED:                          2.000 PCS\n"
     "--------------------------------------------------------------------------\n"
     "DELIVERY: 100 PCS 2024-07-08 / 100 PCS 2024-07-22   FCA NHAVA SHEVA\n"
     "MATERIAL AUTHORITY: STAGED - C45 BAR FOR UP TO 800 PCS AT BUYER LIABILITY\n"
     "  (INCLUDES 400 RELEASED + 400 STAGED MATERIAL ONLY, NO MACHINING)\n"
     "NEXT RELEASE: ONLY BY NEXT CALL-OFF (004), SIGNED BY FERNANDA LIMA,\n"
     "  GERENTE DE COMPRAS. NO OTHER DOCUMENT RELEASES PRODUCTION.\n"
     "--------------------------------------------------------------------------\n"
     "ISSUED BY: FLIMA   SAP MM / ME38   PRINTED 03.06.2024 08:14\n"),
])

# ---- c10: PPAP interim disposition (DOCX with table)
case("c10_hanbit_ppap_interim", [], "PPAP interim disposition with qty and expiry limits; balance on hold; named releaser", [
    ("PPAP_Disposition_LX-E58-2500.docx", docx_bytes([
        ("h1", "PPAP Disposition Record"),
        ("p", "Customer: Hanbit Motion Co., Ltd. / Supplier: Suzhou Lingxin Sensor Technology Co., Ltd."),
        ("p", "Part: Incremental encoder LX-E58-2500 (customer P/N HBM-ENC-0130), PPAP level 3, submission date 2024-06-10."),
        ("table", [["Element", "Status", "Remark"],
                   ["Design records / ballooned drawing", "OK", "DRG HBM-ENC-0130 rev 04"],
                   ["PFMEA", "OK", "RPN > 100 items closed"],
                   ["Dimensional results", "OK", "5 pcs, all in tolerance"],
                   ["Capability (Ppk)", "Open", "Ppk 1.21 on shaft bore, target 1.67"],
                   ["Run at rate", "Open", "planned wk 27"],
                   ["PSW", "Signed", "interim"]]),
        ("h", "Disposition: INTERIM"),
        ("p", "Limits of the interim disposition: maximum 150 pcs, valid until 31 Aug 2024, whichever comes first. "
              "Corrective action on bore capability due wk 30."),
        ("h", "Production release"),
        ("p", "Production release under this interim disposition: 150 pcs (one hundred fifty). The remaining 1,850 pcs of the "
              "quoted 2,000 pcs are not released. They need full PPAP disposition and a separate written production release "
              "by Ji-hoon Park, Purchasing Team Leader."),
        ("p", "Prepared: Kim Da-eun, SQE.  Purchasing: Ji-hoon Park."),
    ], author="Kim Da-eun")),
])

# ---- c11: identifiers that look like quantities, full-quantity PO
case("c11_ridge_po_encoders", [], "full-qty PO, many numeric identifiers (PN, DRG rev, ISO, PPR, dock no.), no balance", [
    ("PO_7700-4601.pdf", pdf([
        ("h1", "PURCHASE ORDER 7700-4601"),
        ("p", "Ridgeline Drive Systems Inc., 4410 Commerce Pkwy, Dayton, OH 45414. Ship to: Plant 2, Dock 2500."),
        ("p", "Vendor: Suzhou Lingxin Sensor Technology Co., Ltd. Vendor # 10-5582. Order date 05/20/2024. Terms: Net 60."),
        ("table", [["Line", "Part number", "Description", "Qty", "UoM", "Unit USD", "Ext USD"],
                   ["1", "5000-2048-10", "Encoder 2048 PPR, 10 mm hollow shaft, M12x1 8-pin, IP65, DRG 1000 Rev 12", "50", "EA", "72.00", "3,600.00"]]),
        ("p", "This is a complete order for 50 EA. There is no balance and no further quantity on this PO. "
              "Supplier quality per ISO 9001:2015; certificate of conformance per RDS-QR-0019 Rev 7. Packing per RDS-PK-300."),
        ("p", "Authorized by: M. Okafor, Purchasing Manager"),
    ], pagesize=LETTER, title="PO 7700-4601", author="Ridgeline Purchasing")),
])

# ---- c12: Teams chat with scoped go-ahead
case("c12_teams_valtellina", [], "chat: go-ahead scoped to 24 prototype pcs; rest closed until B-sample sign-off and named written release", [
    ("Teams_export_MV-MH-160.txt",
     "Microsoft Teams - chat export\nChat: MV-MH-160 housings | Motori Valtellina / Pune Precision\nExported: 2024-05-14 17:02 CEST\n\n"
     "[13/05/2024 09:11] Rohan Kulkarni (Pune Precision Shafts): Good morning Luca ji, PO 24-00912 received. Pls confirm we can start?\n"
     "[13/05/2024 09:14] Rohan Kulkarni (Pune Precision Shafts): also casting supplier asking for yearly qty for booking\n"
     "[13/05/2024 09:30] Luca Bianchi (Motori Valtellina): Buongiorno Rohan. Yes, go ahead with the 24 prototype motor housings only.\n"
     "[13/05/2024 09:31] Luca Bianchi (Motori Valtellina): The rest stays closed: nothing beyond the 24 is released, also no castings booked for it.\n"
     "[13/05/2024 09:33] Luca Bianchi (Motori Valtellina): Next step is B-sample sign-off by our lab in Sondrio, after that I send a written release myself for the pilot lot. Nobody else can release it.\n"
     "[13/05/2024 09:35] Rohan Kulkarni (Pune Precision Shafts): Understood. 24 pcs only, castings for 24 + 2 spare for setup. ok?\n"
     "[13/05/2024 09:40] Luca Bianchi (Motori Valtellina): ok for 2 spare for setup, they stay prototypes. grazie\n"
     "[13/05/2024 09:41] Rohan Kulkarni (Pune Precision Shafts): 👍\n"),
])

# ---- c13: quoted supplier assumption of auto-conversion, buyer corrects
case("c13_hanbit_correction", [], "buyer reply corrects quoted supplier assumption of auto-conversion; full scope stated", [
    E("RE_C-sample_schedule_LX-E58.eml", mail(
        "Ji-hoon Park <jh.park@hanbitmotion.co.kr>", "Chen Wei <chen.wei@lingxin-sensor.cn>",
        "RE: C-sample schedule LX-E58-2500", "Mon, 03 Jun 2024 10:12:00 +0900",
        "Dear Mr. Chen,\n\n"
        "Thank you for schedule. But one correction please, it is important for us.\n\n"
        "Sample sign-off releases nothing by itself. Only the 20 C-samples are released under PO HB-24-0613. "
        "Remaining 1,980 pcs stay on hold. They can be released only after sample sign-off AND my written production "
        "release. Please do not plan the 1,980 pcs in your line and do not buy the code disc glass for them.\n\n"
        "Best regards,\nJi-hoon Park\nPurchasing Team Leader\nHanbit Motion Co., Ltd.\n+82 55 270 4402\n\n"
        "-----Original Message-----\nFrom: Chen Wei\nSent: Friday, May 31, 2024 6:40 PM\n"
        "> Dear Mr. Park, 20 C-samples will ship on June 12. Once you approve the C-samples we will roll straight\n"
        "> into the 1,980 pcs to hold your SOP date in September. Thank you.\n")),
])

# ---- c14: sample approved for fit check only
case("c14_valtellina_fitcheck", [], "'approved for fit check only; production not released' with qty, hold, event, named releaser", [
    E("Fit_check_MV-RS-220_samples.eml", mail(
        "Paolo Ferri <p.ferri@motorivaltellina.it>", "Rohan Kulkarni <rohan.k@puneprecision.in>",
        "Fit check MV-RS-220 rev D - samples", "Fri, 24 May 2024 15:48:00 +0200",
        "Dear Rohan,\n\n"
        "we mounted 4 of the 10 sample shafts in the rotor package yesterday. Sample approved for fit check only; "
        "production not released. Bearing seat Ø35 k5 ok, keyway ok, runout 0,012 mm ok.\n\n"
        "Still open: hardness report and the balancing test on the motor test bench (week 23).\n\n"
        "To be clear for your planning: PO 24-00871 releases the 10 samples and nothing else. The remaining 1.990 pcs "
        "stay on hold until the full sample sign-off and a revised PO signed by Dott.ssa Giulia Marchetti.\n\n"
        "Cordiali saluti\nIng. Paolo Ferri\nQuality Manager - Motori Valtellina S.p.A.\nVia dell'Artigianato 12, 23100 Sondrio\n",
        html="<p>Dear Rohan,</p><p>we mounted 4 of the 10 sample shafts in the rotor package yesterday. <b>Sample approved for "
             "fit check only; production not released.</b> Bearing seat Ø35 k5 ok, keyway ok, runout 0,012 mm ok.</p>"
             "<p>Still open: hardness report and the balancing test on the motor test bench (week 23).</p>"
             "<p>To be clear for your planning: PO 24-00871 releases the 10 samples and nothing else. The remaining 1.990 pcs "
             "stay on hold until the full sample sign-off and a revised PO signed by Dott.ssa Giulia Marchetti.</p>"
             "<p>Cordiali saluti<br>Ing. Paolo Ferri<br>Quality Manager - Motori Valtellina S.p.A.</p>")),
])

# ---- c15: supplier portal page with line status table
case("c15_hanbit_portal", [], "portal table: sample line released, production line explicitly not released with event and named releaser", [
    ("HanbitSRM_PO_HB-24-0640.html", html_page("Hanbit SRM - PO HB-24-0640", """
<h2>Hanbit SRM &raquo; Purchase Orders &raquo; HB-24-0640</h2>
<p>Supplier: Kocaeli Kablo Sistemleri A.Ş. (V-40912) &nbsp;|&nbsp; Buyer: Seo-yeon Han &nbsp;|&nbsp; Currency: USD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Release status</th></tr>
<tr><td>10</td><td>HBM-CBL-2207</td><td>Power cable assembly 4G1.5, 2.2 m, C-sample</td><td>30</td><td>sample</td><td>Released</td></tr>
<tr><td>20</td><td>HBM-CBL-2207</td><td>Power cable assembly 4G1.5, 2.2 m, production</td><td>970</td><td>production</td><td>Not released &ndash; awaits PPAP sign-off and written release by Seo-yeon Han</td></tr>
</table>
<div class="note">Line 20 is commercial cover only. Do not start line 20 and do not buy material for it. Material authority: sample-only (30 pcs).</div>
<p>Attachments: HBM-CBL-2207_rev03.pdf (drawing), QAA_Hanbit_2024.pdf</p>
""")),
])

# ---- p01: sample PO + quote attached, nothing about balance
_po_p01 = pdf([
    ("h1", "Bestellung / Purchase Order 4500391204"),
    ("p", "Hessler Antriebstechnik GmbH - Einkauf - Industriestr. 41, 97424 Schweinfurt. Date: 13.05.2024"),
    ("p", "Supplier: Ningbo Jinhai Lamination Co., Ltd. (700418). Incoterms FCA Ningbo. Payment 60 days net."),
    ("table", [["Item", "Material / description", "Qty", "Unit", "Price EUR"],
               ["00010", "Rotor lamination stack HA-RT-4472 Rev A, M250-35A, B-sample", "20", "pcs", "31,20"]]),
    ("p", "Price according to quotation JH-Q-24-0311. Drawing HA-RT-4472 Rev A and Hessler QAA 2023-07 apply."),
    ("p", "Please confirm delivery date within 3 working days."),
], title="PO 4500391204", author="Hessler Einkauf")
_q_p01 = pdf([
    ("h1", "QUOTATION JH-Q-24-0311"),
    ("p", "Ningbo Jinhai Lamination Co., Ltd. To: Hessler Antriebstechnik GmbH, Mr. Jörg Schäfer. Date: 2024-04-22"),
    ("table", [["Item", "Description", "Qty", "Unit price EUR", "Delivery"],
               ["1", "Rotor stack HA-RT-4472 B-sample (laser cut, bonded)", "20 pcs", "31.20", "3 weeks"],
               ["2", "Rotor stack HA-RT-4472 series (progressive die, interlocked)", "36,000 pcs", "4.85", "6 weeks"],
               ["3", "Progressive die (one-time)", "1 set", "48,500.00", "10 weeks"]]),
    ("p", "Steel: Baosteel B35A250 equivalent. Validity 90 days. Zhang Lei, Sales Director."),
], title="Quotation JH-Q-24-0311", author="Zhang Lei")
case("p01_hessler_po_rotor", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 with quote showing 36,000 series attached; no hold, no unlock event, no releaser", [
    E("PO_4500391204_rotor_stack.eml", mail(
        "Jörg Schäfer <j.schaefer@hessler-antriebe.de>", "Zhang Lei <zhanglei@jinhai-lam.com>",
        "PO 4500391204 - Rotor stack HA-RT-4472", "Mon, 13 May 2024 14:22:05 +0200",
        "Dear Mr. Zhang,\n\nplease find attached our PO 4500391204 for the rotor lamination stacks and, for completeness, "
        "your quotation JH-Q-24-0311 as agreed in our call.\n\nPlease confirm the delivery date. The B-samples are "
        "needed for our prototype motors HAM-90 in week 24 latest.\n\nMit freundlichen Grüßen / Best regards\n"
        "Jörg Schäfer\nEinkauf Elektromotoren\nHessler Antriebstechnik GmbH\nTel. +49 9721 6640-218\n",
        attachments=[("PO_4500391204.pdf", _po_p01, PDF_MT), ("JH-Q-24-0311.pdf", _q_p01, PDF_MT)])),
])

# ---- p04: SAP PO printout with sample item and series item, no status
case("p04_sap_po_ekb", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO with sample item 20 and series item 1.980 without any status; nothing on hold, event or releaser", [
    ("ME9F_4500388120.txt",
     "Hessler Antriebstechnik GmbH                                   Bestellung\n"
     "Industriestr. 41 D-97424 Schweinfurt                           Purchase Order\n"
     "\n"
     "Lieferant/Vendor : 700552 Elektro Komponenty Brno s.r.o.       Belegnr.: 4500388120\n"
     "                   Hudcova 76, CZ-612 00 Brno                  Datum   : 16.05.2024\n"
     "Einkaeufer/Buyer : M. Brandt  Tel. +49 9721 6640-205           Waehrung: EUR\n"
     "Zahlungsbed.     : 30 Tage 2% / 60 Tage netto                  Incoterm: DAP Schweinfurt\n"
     "---------------------------------------------------------------------------------\n"
     "Pos.  Material        Kurztext                         Menge     ME   Preis/ME\n"
     "---------------------------------------------------------------------------------\n"
     "00010 HA-KB-2230      Kabelbaum Geber HAM-90 Muster        20     ST      14,80\n"
     "      Liefertermin: KW 23/2024\n"
     "00020 HA-KB-2230      Kabelbaum Geber HAM-90 Serie      1.980     ST       6,35\n"
     "      Liefertermin: KW 36/2024\n"
     "---------------------------------------------------------------------------------\n"
     "Gesamtnettowert                                                       12.869,00\n"
     "Zeichnung HA-KB-2230 Index C, Hessler QSV 2023-07, IATF 16949:2016.\n"
     "Bitte Auftragsbestaetigung innerhalb 3 Arbeitstagen / please confirm within 3 days.\n"),
])

# ---- p06: Teams chat, unscoped green light after earlier full scope
case("p06_teams_hessler_ekb", ["RG002"],
     "chat: purchasing gave full scope, later SQE answers 'continue?' with unscoped 'green light'", [
    ("Teams_HA-KB-2210_chat.txt",
     "Chat export - HA-KB-2210 Encoder cable | Hessler / EKB\n"
     "---------------------------------------------------------\n"
     "06.05.2024 10:02  Markus Brandt (Hessler Einkauf): Hello Petr, PO 4500387902 is released in SAP. It covers 25 pcs encoder cable samples only. "
     "Balance 975 pcs NOT released - release only after sample sign-off and then by my written release (Markus Brandt, Einkaufsleiter).\n"
     "06.05.2024 10:05  Petr Dvořák (EKB): Thank you Markus, understood. 25 pcs in KW 21.\n"
     "22.05.2024 08:40  Petr Dvořák (EKB): Good morning, samples delivered yesterday to Wareneingang. Measurement report uploaded in folder /EKB/HA-KB-2210/EMPB.\n"
     "22.05.2024 13:17  Thomas Krüger (Hessler SQE): Hi Petr, checked the EMPB. Pull-out forces ok, shield resistance ok. Only label position 2 mm off, will accept.\n"
     "22.05.2024 13:19  Petr Dvořák (EKB): Great. So shall we continue? Line is free from Monday.\n"
     "22.05.2024 13:24  Thomas Krüger (Hessler SQE): Passt, green light from my side 👍 Have a nice evening\n"
     "22.05.2024 13:25  Petr Dvořák (EKB): Perfect, thank you!\n"),
])

# ---- p07: EML thread, 'drawing approved, go ahead' unscoped
case("p07_ridge_goahead", ["RG002"],
     "buyer reply 'rev C is approved, go ahead' without scope; quoted PO note holds the full scope", [
    E("RE_RDS-MH-132_rev_C.eml", mail(
        "Dana Whitfield <dwhitfield@ridgelinedrive.com>", "Alejandro Treviño <atrevino@fundbajio.com.mx>",
        "RE: RDS-MH-132 rev C draft angle", "Tue, 28 May 2024 11:03:00 -0400",
        "Hi Alejandro,\n\nEngineering looked at it this morning. Drawing rev C is approved, go ahead.\n\n"
        "Thanks,\nDana\n\nDana Whitfield | Sr. Buyer | Ridgeline Drive Systems Inc.\n937-555-0148\n\n"
        "On Mon, May 27, 2024, Alejandro Treviño wrote:\n"
        "> Hi Dana, can you confirm drawing rev C for the housing? We changed the draft angle on the\n"
        "> fins from 1.5 to 2 degrees to improve the casting fill. Nothing changes on machined surfaces.\n"
        ">\n> On Wed, May 8, 2024, Dana Whitfield wrote:\n"
        "> > PO 7700-4520 covers 6 prototype housings only. The 594 balance from your quote is NOT released.\n"
        "> > Release of the balance needs FAI sign-off by our quality team and then a written release from me\n"
        "> > (Dana Whitfield, Sr. Buyer). Material: prototypes only.\n")),
])

# =================================================================== CASES (batch 2)
# ---- c16: forwarded old quote (rfc822) declared informational; sample PO full scope
_old = mail("Rohan Kulkarni <rohan.k@puneprecision.in>", "Mike Okafor <mokafor@ridgelinedrive.com>",
            "Quotation PPS/Q/23-114 rotor shaft RDS-RS-45", "Thu, 12 Oct 2023 12:30:00 +0530",
            "Dear Mike,\n\nPlease find our offer for rotor shaft RDS-RS-45 (EN8, induction hardened):\n\n"
            "  Samples      40 pcs      USD 22.00/pc\n  Series   10,000 pcs      USD  6.15/pc (annual)\n\n"
            "Validity 90 days.\n\nWarm regards,\nRohan Kulkarni\nDirector Operations, Pune Precision Shafts Pvt. Ltd.\n")
case("c16_ridge_fwd_oldquote", [], "old quote with 10,000 forwarded as rfc822 and declared informational; sample PO full scope", [
    E("FW_old_quote_RDS-RS-45_PO_7700-4630.eml", mail(
        "Mike Okafor <mokafor@ridgelinedrive.com>", "Rohan Kulkarni <rohan.k@puneprecision.in>",
        "FW: Quotation PPS/Q/23-114 rotor shaft RDS-RS-45 / PO 7700-4630", "Wed, 22 May 2024 09:15:00 -0400",
        "Rohan,\n\nPO 7700-4630 went out this morning for 40 sample shafts RDS-RS-45 rev B. Forwarding your old quote "
        "below so we have the pricing in one place. For information only: the 10,000 pcs series figure in that quote is "
        "not ordered and not released.\n\n"
        "Scope, same as the PO note: 40 pcs released now. Everything beyond the 40 stays on hold until our FAI sign-off "
        "and a written release signed by me. Buy EN8 bar for the 40 samples only.\n\n"
        "Thanks,\nMike Okafor\nPurchasing Manager, Ridgeline Drive Systems Inc.\n937-555-0102\n",
        attachments=[("rfc822", _old)])),
])

# ---- c17: SAP printout, full quantity PO with delivery schedule, European format
case("c17_sap_full_1200", [], "ERP full-quantity PO 1.200 ST with schedule lines summing to total; no balance", [
    ("ME9F_4500389455.txt",
     "Hessler Antriebstechnik GmbH                                   Bestellung\n"
     "Industriestr. 41 D-97424 Schweinfurt                           Purchase Order\n\n"
     "Lieferant/Vendor : 700552 Elektro Komponenty Brno s.r.o.       Belegnr.: 4500389455\n"
     "Einkaeufer/Buyer : M. Brandt                                   Datum   : 27.05.2024\n"
     "---------------------------------------------------------------------------------\n"
     "Pos.  Material        Kurztext                         Menge     ME   Preis/ME\n"
     "00010 HA-KB-2210      Kabelbaum Geber HAM-71 Serie      1.200     ST       6,10\n"
     "      Einteilungen / schedule lines:\n"
     "        KW 27/2024        400 ST\n"
     "        KW 31/2024        400 ST\n"
     "        KW 35/2024        400 ST\n"
     "---------------------------------------------------------------------------------\n"
     "Gesamtmenge 1.200 ST = volle Bestellmenge, kein Rest / full order quantity, no balance.\n"
     "EMPB sample sign-off dated 21.05.2024 on file. Production of all 1.200 ST is authorized by this PO.\n"
     "Gesamtnettowert                                                        7.320,00\n"
     "Zeichnung HA-KB-2210 Index C; DIN EN ISO 6722; IATF 16949:2016.\n"),
])

# ---- c18: supplier status report, waits for release
case("c18_lingxin_status", [], "supplier status report: samples shipped, material for samples only, waiting for release", [
    E("Weekly_status_HBM-ENC-0130_wk24.eml", mail(
        "Chen Wei <chen.wei@lingxin-sensor.cn>", "Seo-yeon Han <sy.han@hanbitmotion.co.kr>",
        "Weekly status HBM-ENC-0130 wk24", "Fri, 14 Jun 2024 17:55:00 +0800",
        "Dear Ms. Han,\n\nWeekly status for encoder HBM-ENC-0130:\n\n"
        "1. C-samples: 10 pcs shipped 2024-06-12 by FedEx, tracking 7781 2290 4410.\n"
        "2. Material: ASIC and code disc in stock for the 10 samples only. We did not purchase anything for the 990 pcs.\n"
        "3. Production: not started. We wait for your written release for the 990 pcs, we understand the PO does not release them.\n"
        "4. Open point: cable gland supplier changed from M16x1.5 type A to type B, PCN will follow.\n\n"
        "Have a nice weekend.\n\nBest regards,\nChen Wei\nSales Manager, Overseas\nSuzhou Lingxin Sensor Technology Co., Ltd.\n")),
])

# ---- c19: folder - PO declares quoted series informational + quote
case("c19_valtellina_po_cable", [], "two files: sample PO declares quote's 4,000 informational and not released; quote tiers", [
    ("PO_24-00935.pdf", pdf([
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER 24-00935"),
        ("p", "Motori Valtellina S.p.A. - Via dell'Artigianato 12, 23100 Sondrio (SO) - P.IVA IT01882140143"),
        ("p", "Fornitore: Kocaeli Kablo Sistemleri A.Ş., Gebze/Kocaeli. Data: 28/05/2024. Resa: DAP Sondrio."),
        ("table", [["Pos.", "Codice", "Descrizione", "Q.tà", "Prezzo EUR"],
                   ["1", "MV-CB-7719", "Cablaggio encoder 8 poli, 1,5 m - campioni / samples", "16", "21,00"]]),
        ("p", "Scope: this order releases 16 (sixteen) sample cable assemblies only. Your offer KKS-2024-131 (attached) "
              "also shows 4.000 pcs: this quantity is for information only, it is a forecast and it is NOT released."),
        ("p", "The balance can be released only after sample sign-off by our quality lab and a revised PO signed by "
              "Dott.ssa Giulia Marchetti, Purchasing Director. Material authority: samples only."),
    ], title="PO 24-00935", author="Motori Valtellina Acquisti")),
    ("KKS-2024-131_offer.pdf", pdf([
        ("h1", "OFFER KKS-2024-131"),
        ("p", "Kocaeli Kablo Sistemleri A.Ş. to Motori Valtellina S.p.A., Mr. Luca Bianchi. Date 14.05.2024."),
        ("table", [["Pos", "Description", "Qty", "Unit EUR", "Lead time"],
                   ["1", "MV-CB-7719 samples", "16 pcs", "21.00", "3 weeks"],
                   ["2", "MV-CB-7719 serial", "4.000 pcs", "7.45", "5 weeks after release"]]),
        ("p", "Prices DAP Sondrio. Validity 60 days. Emre Yıldız, Export Sales Engineer."),
    ], title="Offer KKS-2024-131", author="Emre Yildiz")),
])

# ---- c20: folder - release letter after sign-off + consistent supplier ack
_rel20 = pdf([
    ("h1", "Production Release R-0042"),
    ("p", "Hessler Antriebstechnik GmbH, Strategic Purchasing. Date: 17.06.2024. Order: stator stack HA-ST-4471 Rev B, "
          "supplier Ningbo Jinhai Lamination Co., Ltd. Commercial cover: PO 4500391188 revision 1 (2.000 pcs)."),
    ("table", [["Item", "Quantity", "Status"],
               ["B-samples", "20", "delivered; sample sign-off 'approved' on 12.06.2024 (SQE T. Krüger)"],
               ["This production release", "500", "released now"],
               ["Balance", "1.480", "on hold"]]),
    ("p", "With this letter Hessler releases 500 pcs for production. The balance of 1.480 pcs stays on hold until the "
          "next written production release signed by Katrin Vogel, Head of Strategic Purchasing (release limit EUR 50.000)."),
    ("p", "Material authority: staged - lamination steel for 500 stacks. Do not buy steel for the balance."),
    ("p", "Signed: Katrin Vogel"),
], title="Release R-0042", author="Katrin Vogel")
case("c20_release_letter_R0042", [], "folder: release letter 500 after approved sign-off, balance 1.480 on hold, named releaser; supplier ack consistent", [
    ("Release_R-0042_HA-ST-4471.pdf", _rel20),
    E("ACK_Release_R-0042.eml", mail(
        "Zhang Lei <zhanglei@jinhai-lam.com>", "Katrin Vogel <k.vogel@hessler-antriebe.de>",
        "ACK: Production Release R-0042 / HA-ST-4471", "Tue, 18 Jun 2024 09:02:00 +0800",
        "Dear Ms. Vogel,\n\nWe confirm receipt of production release R-0042: 500 pcs stator stacks HA-ST-4471 Rev B. "
        "Steel for 500 stacks booked with Baosteel today. The 1.480 pcs remain on hold on our side until your next "
        "written release.\n\nFirst 250 pcs ex works 19 July, second 250 pcs 2 August.\n\n"
        "Best regards\nZhang Lei\nSales Director\nNingbo Jinhai Lamination Co., Ltd.\n")),
])

# ---- c21: Brazilian buyer "do not start the rest"
case("c21_serra_donotstart", [], "buyer email, PT-English: 8 samples only, do not start the rest, event and named releaser", [
    E("PO_45001925_encoder_amostras.eml", mail(
        "Fernanda Lima <fernanda.lima@serraazul.com.br>", "Chen Wei <chen.wei@lingxin-sensor.cn>",
        "PO 45001925 - encoder LX-E40 - amostras / samples", "Thu, 06 Jun 2024 10:40:00 -0300",
        "Bom dia Mr. Chen,\n\n"
        "Segue our PO 45001925 for the encoder LX-E40-1024 for the new WEG-frame motor project.\n\n"
        "Please attention: the PO is for oito (8) samples only. Please do not start the rest of your offer (the 792 pcs). "
        "They are not liberated / not released. After our lab in Joinville do the sample sign-off, I will send the release "
        "by email, signed by me. Only me can release it.\n\n"
        "Material: only for the 8 samples please.\n\n"
        "Obrigada e abraço,\nFernanda Lima\nGerente de Compras\nMotores Serra Azul Ltda.\n+55 47 3431-2200\n",
        html="<p>Bom dia Mr. Chen,</p><p>Segue our PO 45001925 for the encoder LX-E40-1024 for the new WEG-frame motor project.</p>"
             "<p><b>Please attention:</b> the PO is for oito (8) samples only. Please do not start the rest of your offer "
             "(the 792 pcs). They are not liberated / not released. After our lab in Joinville do the sample sign-off, I will "
             "send the release by email, signed by me. Only me can release it.</p><p>Material: only for the 8 samples please.</p>"
             "<p>Obrigada e abraço,<br>Fernanda Lima<br>Gerente de Compras<br>Motores Serra Azul Ltda.</p>")),
])

# ---- c22: chat: supplier asks to book steel for 2,000 sets, buyer refuses, full scope
case("c22_teams_steel_booking", [], "chat: supplier asks to book steel for series; buyer refuses, sample-only material, full scope", [
    ("Teams_Jinhai_steel_booking.txt",
     "Teams | 1:1 chat | Zhang Lei (Ningbo Jinhai) - Jörg Schäfer (Hessler)\n"
     "==================================================================\n"
     "[2024-05-20 03:12] Zhang Lei: Dear Jörg, Baosteel opens booking for Q3 lamination steel this week. Price +6% after July.\n"
     "[2024-05-20 03:13] Zhang Lei: May we book steel for 2,000 sets HA-RT-4472 now? Then price is safe.\n"
     "[2024-05-20 08:47] Jörg Schäfer: Good morning Zhang Lei, thanks for the hint. No, please don't book for 2,000 sets.\n"
     "[2024-05-20 08:49] Jörg Schäfer: Material authority is sample-only: steel for the 20 B-sample stacks. The 2,000 is not released.\n"
     "[2024-05-20 08:50] Jörg Schäfer: Release of the series only after B-sample sign-off and a written release from Katrin Vogel (Head of Strategic Purchasing). I will ask her about a staged steel authority, but until you have it in writing: nothing.\n"
     "[2024-05-20 08:58] Zhang Lei: OK understood, we wait. Thank you.\n"),
])

# ---- c23: hold notice PDF
case("c23_ridge_hold_notice", [], "hold notice: 8 samples only released, 392 on hold until FAI sign-off and named written release", [
    ("Hold_Notice_PO_7700-4588.pdf", pdf([
        ("h1", "HOLD NOTICE"),
        ("p", "Ridgeline Drive Systems Inc. - Purchasing. Date: June 4, 2024. To: Fundiciones del Bajío S.A. de C.V., attn. Alejandro Treviño."),
        ("p", "Re: PO 7700-4588, end shield RDS-ES-160 (drive end), A356-T6."),
        ("p", "The 8 first-article samples are delivered and under inspection. These 8 pcs are the only released quantity on this PO."),
        ("p", "The balance of 392 pcs is on hold. Do not pour, machine or buy ingot for it. The hold ends only after FAI sign-off "
              "(AS9102 form, our Quality) and a written release signed by Dana Whitfield, Sr. Buyer."),
        ("p", "Questions: Dana Whitfield, 937-555-0148, dwhitfield@ridgelinedrive.com"),
    ], pagesize=LETTER, title="Hold notice PO 7700-4588", author="Dana Whitfield")),
])

# ---- c24: release email, multipart alternative
case("c24_hanbit_release_R07", [], "release email: 300 of 1,000 released, 700 on hold until next call-off by named releaser", [
    E("Release_R-07_HBM-CBL-2207.eml", mail(
        "Seo-yeon Han <sy.han@hanbitmotion.co.kr>", "Emre Yıldız <emre.yildiz@kocaelikablo.com.tr>",
        "[Release R-07] HBM-CBL-2207 power cable - 300 pcs", "Mon, 24 Jun 2024 09:30:00 +0900",
        "Dear Mr. Yıldız,\n\n"
        "PPAP for HBM-CBL-2207 is completed, sample sign-off result is approved (PSW signed 2024-06-20).\n\n"
        "Production release R-07: 300 pcs (three hundred) of the 1,000 pcs quoted. Delivery 150 pcs wk 28, 150 pcs wk 30.\n"
        "The remaining 700 pcs stay on hold. They will be released only by next call-off, issued by me.\n"
        "Material authority: for the 300 pcs only.\n\n"
        "Best regards,\nSeo-yeon Han\nBuyer, Supply Planning\nHanbit Motion Co., Ltd.\n",
        html="<p>Dear Mr. Yıldız,</p><p>PPAP for HBM-CBL-2207 is completed, sample sign-off result is approved (PSW signed 2024-06-20).</p>"
             "<table><tr><th>Production release</th><th>Qty</th></tr><tr><td>R-07 (now)</td><td>300</td></tr>"
             "<tr><td>Remaining, on hold until next call-off by S.-Y. Han</td><td>700</td></tr></table>"
             "<p>Material authority: for the 300 pcs only.</p><p>Best regards,<br>Seo-yeon Han<br>Buyer, Supply Planning</p>")),
])

# ---- c25: Italian order letter DOCX with quantities in words
case("c25_valtellina_letter", [], "order letter with words-quantities: twelve released, balance 488 not released, event, named releaser", [
    ("Lettera_ordine_MV-ST-300.docx", docx_bytes([
        ("p", "Motori Valtellina S.p.A. - Ufficio Acquisti"),
        ("p", "Sondrio, 29 maggio 2024"),
        ("p", "Spett.le Ningbo Jinhai Lamination Co., Ltd. - c.a. Mr. Zhang Lei"),
        ("h", "Oggetto / Subject: pacchi statore MV-ST-300 - order PO 24-00941"),
        ("p", "Dear Mr. Zhang, with reference to your offer JH-Q-24-0402 we send our order with the following scope:"),
        ("table", [["Voce / item", "Quantità", "Stato"],
                   ["Campioni (samples) MV-ST-300 rev. 2", "twelve (12)", "released"],
                   ["Saldo dell'offerta (balance of offer)", "four hundred eighty-eight (488)", "NOT released"]]),
        ("p", "Only the twelve samples may be produced. The balance of four hundred eighty-eight (488) pcs is not released "
              "and no steel may be bought for it. It becomes releasable only after our sample sign-off (test bench Sondrio) and "
              "a revised PO signed by Dott.ssa Giulia Marchetti, Direttore Acquisti."),
        ("p", "Norme: EN 10106, tolleranze ISO 2768-mK. Imballo: pallet EPAL 1200x800."),
        ("p", "Distinti saluti, Luca Bianchi - Buyer"),
    ], author="Luca Bianchi")),
])

# ---- p02: folder - PO full scope for pilot, but attached quote (declared part of order) shows series 6,000
case("p02_ridge_po_quote_series", ["RG001"],
     "PO holds pilot balance but declares attached quote part of order; quote's 6,000 series qty never marked informational", [
    ("PO_7700-4655.pdf", pdf([
        ("h1", "PURCHASE ORDER 7700-4655"),
        ("p", "Ridgeline Drive Systems Inc. Vendor: Fundiciones del Bajío S.A. de C.V. (10-2231). Date 05/29/2024. Net 45, FOB Laredo."),
        ("table", [["Line", "Part", "Description", "Qty", "UoM", "Unit USD"],
                   ["1", "RDS-MH-200-B", "Motor housing frame 200, A356-T6, machined - samples", "10", "EA", "212.00"]]),
        ("p", "Quotation Q-FB-2291 (attached) forms part of this order."),
        ("p", "Scope: 10 samples released. The remaining 290 pcs of the pilot lot are not released; they need PPAP sign-off "
              "and a written release from Dana Whitfield, Sr. Buyer."),
    ], pagesize=LETTER, title="PO 7700-4655", author="Ridgeline Purchasing")),
    ("Q-FB-2291.pdf", pdf([
        ("h1", "COTIZACIÓN / QUOTATION Q-FB-2291"),
        ("p", "Fundiciones del Bajío S.A. de C.V., Celaya, Gto. To: Ridgeline Drive Systems, Dana Whitfield. 2024-05-10."),
        ("table", [["Phase", "Qty", "Unit USD", "Lead time"],
                   ["Samples", "10", "212.00", "5 weeks"],
                   ["Pilot lot", "300", "118.40", "4 weeks"],
                   ["Series (from SOP Q1-2025)", "6,000 / year", "96.75", "weekly"]]),
        ("p", "Pattern and core boxes: USD 27,400. Alejandro Treviño, Ingeniero de Ventas."),
    ], pagesize=LETTER, title="Quotation Q-FB-2291", author="Alejandro Trevino")),
])

# ---- p03: HTML portal with unlabelled programme volume
case("p03_valtellina_portal_programme", ["RG001"],
     "portal: sample 25 released and pilot balance held, but header 'programme volume 18.000' unlabelled", [
    ("MV_SupplierPortal_24-00950.html", html_page("Motori Valtellina - Portale Fornitori - 24-00950", """
<h2>Portale Fornitori &raquo; Ordine 24-00950</h2>
<table>
<tr><th>Fornitore</th><td>Pune Precision Shafts Pvt. Ltd. (F-30219)</td></tr>
<tr><th>Articolo</th><td>MV-RS-250 albero rotore rev. B</td></tr>
<tr><th>Volume programma / programme volume</th><td>18.000 pz</td></tr>
<tr><th>Consegna / delivery</th><td>FCA Nhava Sheva</td></tr>
</table>
<h3>Righe ordine</h3>
<table>
<tr><th>Riga</th><th>Descrizione</th><th>Q.tà</th><th>Stato</th></tr>
<tr><td>10</td><td>Campioni / samples MV-RS-250</td><td>25</td><td>Rilasciato / released</td></tr>
</table>
<div class="note">Nota buyer: only the 25 samples are released. The balance of 475 pcs of the pilot lot is not released;
it can be released only after sample sign-off and a revised PO signed by Dott.ssa Giulia Marchetti. Material: samples only.</div>
<p>Ultimo aggiornamento 30/05/2024 11:02 - L. Bianchi</p>
""", lang="it")),
])

# ---- p05: Brazilian buyer, sample PO with supplier offer attached, nothing else
case("p05_serra_po_offer", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 with offer text showing 1.200; no hold, no unlock event, no releaser", [
    E("PO_45001911_prototipos.eml", mail(
        "Bruno Carvalho <bruno.carvalho@serraazul.com.br>", "Rohan Kulkarni <rohan.k@puneprecision.in>",
        "PO 45001911 - eixo rotor MSA-RS-112 - protótipos", "Tue, 28 May 2024 15:20:00 -0300",
        "Olá Rohan, tudo bem?\n\n"
        "Segue em anexo nosso PO 45001911 for 6 prototype rotor shafts MSA-RS-112 rev A, for our motor W-112 "
        "prototypes. I attach also your offer so the prices are together with the order.\n\n"
        "Delivery needed until 28/06 in Joinville, by air. Please send the invoice with NCM 8483.10.90.\n\n"
        "Abraços,\nBruno Carvalho\nComprador Técnico\nMotores Serra Azul Ltda.\n+55 47 3431-2231\n",
        attachments=[
            ("PO_45001911.pdf", pdf([
                ("h1", "PEDIDO DE COMPRA 45001911"),
                ("p", "Motores Serra Azul Ltda., Joinville - SC. Fornecedor: Pune Precision Shafts Pvt. Ltd. Data: 28/05/2024."),
                ("table", [["Item", "Código", "Descrição", "Qtd", "Preço USD"],
                           ["1", "MSA-RS-112", "Eixo rotor / rotor shaft rev A - protótipo", "6", "41,00"]]),
                ("p", "Condição de pagamento: 45 dias. Frete: CPT Viracopos."),
            ], title="PO 45001911", author="Bruno Carvalho"), PDF_MT),
            ("PPS_offer_Q24-077.txt",
             "PUNE PRECISION SHAFTS PVT. LTD. - OFFER Q24-077 - 14 May 2024\n"
             "Customer: Motores Serra Azul Ltda.\n"
             "Item: rotor shaft MSA-RS-112 rev A, 42CrMo4 QT, ground bearing seats\n"
             "  Prototype      6 pcs    USD 41.00 /pc   3 weeks\n"
             "  Production 1.200 pcs    USD  9.80 /pc   6 weeks\n"
             "Payment 45 days. Regards, Rohan Kulkarni\n", "text/plain"),
        ])),
])

# ---- p08: DOCX meeting minutes, action item 'proceed - approved' unscoped
case("p08_minutes_jinhai_visit", ["RG002"],
     "minutes: scope section complete, but action item 'Ningbo to proceed - approved' unscoped", [
    ("Minutes_supplier_visit_Ningbo_2024-06-05.docx", docx_bytes([
        ("h1", "Minutes - supplier visit Ningbo Jinhai Lamination, 5 June 2024"),
        ("p", "Participants: Jörg Schäfer (Hessler purchasing), Thomas Krüger (Hessler SQE), Zhang Lei, Liu Fang (Ningbo Jinhai)."),
        ("h", "1. Process audit"),
        ("p", "Progressive die line 3 audited (VDA 6.3 P6). Burr height on slot tips 0,03 mm, ok. Interlock strength test ok."),
        ("h", "2. Order scope HA-RT-4472"),
        ("p", "PO 4500391204 revision 1 covers 20 B-sample stacks. The 36.000 pcs series quantity in the quote is not "
              "released. Series release only after B-sample sign-off and a written release by Katrin Vogel, Head of "
              "Strategic Purchasing."),
        ("h", "3. Action items"),
        ("table", [["No.", "Action", "Who", "Due"],
                   ["1", "Send burr measurement on 5 stacks", "Liu Fang", "KW 24"],
                   ["2", "Update packaging spec (VCI bag, 50 stacks per box)", "Zhang Lei", "KW 25"],
                   ["3", "Ningbo to proceed - approved by Hessler", "Zhang Lei / J. Schäfer", "KW 24"],
                   ["4", "Check coil width tolerance with Baosteel", "Liu Fang", "KW 26"]]),
        ("p", "Next visit: Q4 2024. Minutes written by T. Krüger."),
    ], author="Thomas Krueger")),
])

# ---- p10: 'Go ahead.' with hold, event, releaser but no quantity anywhere
case("p10_hanbit_goahead_noqty", ["RG002", "RG010"],
     "'Go ahead.' with hold/event/named releaser but no quantity anywhere in the thread", [
    E("RE_HBM-CBL-2310_start.eml", mail(
        "Seo-yeon Han <sy.han@hanbitmotion.co.kr>", "Emre Yıldız <emre.yildiz@kocaelikablo.com.tr>",
        "RE: HBM-CBL-2310 signal cable - can we start?", "Wed, 10 Jul 2024 08:15:00 +0900",
        "Dear Mr. Yıldız,\n\nGo ahead. The remaining balance stays on hold until PPAP sign-off and my written release.\n\n"
        "Please send the PPAP documents together with the parts (level 3, with IMDS number).\n\n"
        "Best regards,\nSeo-yeon Han\nBuyer, Supply Planning\nHanbit Motion Co., Ltd.\n\n"
        "-----Original Message-----\nFrom: Emre Yıldız\nSent: Tuesday, July 9, 2024 5:02 PM\n"
        "> Dear Ms. Han, the drawing rev 02 is clear for us now, the shielding is changed to braid 85%.\n"
        "> Can we start? Best regards, Emre\n")),
])

# ---- p11: DOCX Korean order letter: sample qty + event + named person, but never says balance not released
case("p11_hanbit_order_letter", ["RG003"],
     "sample order letter names qty, unlock event and releaser but never says the balance is not released", [
    ("Order_letter_HBM-SH-0088.docx", docx_bytes([
        ("p", "Hanbit Motion Co., Ltd. / Purchasing Team 1"),
        ("p", "Date: 2024. 06. 11."),
        ("p", "To: Pune Precision Shafts Pvt. Ltd. / Attn: Mr. Rohan Kulkarni"),
        ("h", "Subject: Order of C-sample rotor shaft HBM-SH-0088 (PO HB-24-0655)"),
        ("p", "1. We thank for your kind quotation and support for our new servo motor HBM-110 project."),
        ("p", "2. We order hereby 30 (thirty) pcs C-sample rotor shafts HBM-SH-0088 rev 03, delivery until 2024. 07. 19. "
              "to our Changwon plant, DAP."),
        ("table", [["No", "Part no", "Description", "Q'ty", "Unit price (USD)"],
                   ["1", "HBM-SH-0088", "Rotor shaft C-sample, SCM440, rev 03", "30", "27.50"]]),
        ("p", "3. After PPAP sign-off of the C-samples, production release will be issued in writing by Mr. Choi Seo-jun, "
              "Purchasing Team Leader."),
        ("p", "4. Please submit ISIR with 5 pcs measurement and material certificate EN 10204 3.1."),
        ("p", "Best regards, Lee Hyun-woo, Buyer"),
    ], author="Lee Hyun-woo")),
])

# ---- p12: PDF Italian PO: qty + revised PO after sign-off, no hold, no person
case("p12_valtellina_po_proto", ["RG003", "RG005"],
     "prototype PO names qty and unlock event (revised PO after sign-off) but no hold statement and no named releaser", [
    ("PO_24-00963.pdf", pdf([
        ("h1", "ORDINE DI ACQUISTO 24-00963"),
        ("p", "Motori Valtellina S.p.A., Sondrio. Fornitore: Fundiciones del Bajío S.A. de C.V., Celaya, México. Data 03/06/2024."),
        ("table", [["Pos.", "Codice", "Descrizione", "Q.tà", "Prezzo EUR", "Consegna"],
                   ["1", "MV-MH-160-P", "Carcassa motore 160, prototipo, lavorata", "10", "260,00", "sett. 30"]]),
        ("p", "Note: prototypes for the motor family MV-160 (IE4). Quantities for serial production will follow with a "
              "revised PO after sample sign-off."),
        ("p", "Condizioni generali di acquisto MV rev. 2022 applicabili. Pagamento 90 gg d.f.f.m."),
    ], title="PO 24-00963", author="Motori Valtellina Acquisti")),
])

# ---- p13: chat, 'pode começar com as amostras' - no qty, no hold, no event, no person
case("p13_whatsapp_serra_amostras", ["RG003", "RG004", "RG005", "RG010"],
     "chat: buyer tells supplier to start the samples; no quantity, no hold, no event, no releaser", [
    ("chat_export_Serra_Kocaeli.txt",
     "WhatsApp chat export - grupo \"Serra Azul x Kocaeli Kablo\"\n"
     "12/06/2024 09:02 - Emre Yıldız (Kocaeli): Günaydın / good morning Bruno, drawing MSA-CA-0812 rev B received, thank you\n"
     "12/06/2024 09:03 - Emre Yıldız (Kocaeli): connector M23 17-pin in stock, cable 7 weeks\n"
     "12/06/2024 09:40 - Bruno Carvalho (Serra Azul): Bom dia Emre! Ok perfect\n"
     "12/06/2024 09:41 - Bruno Carvalho (Serra Azul): pode começar com as amostras, PO is in the system already 👍\n"
     "12/06/2024 09:42 - Bruno Carvalho (Serra Azul): send me tracking when ready pls\n"
     "12/06/2024 09:50 - Emre Yıldız (Kocaeli): Tamam, we start today 🙏\n"),
])

# ---- p15: hold 'we will come back to you' - no event, no person
case("p15_hessler_hold_comeback", ["RG004", "RG005"],
     "sample qty and balance on hold stated, but hold ends only 'when we come back to you': no event, no releaser", [
    E("PO_4500391260_stator_HAM-112.eml", mail(
        "Jörg Schäfer <j.schaefer@hessler-antriebe.de>", "Zhang Lei <zhanglei@jinhai-lam.com>",
        "PO 4500391260 - stator stack HA-ST-4490 - B-samples", "Fri, 07 Jun 2024 11:31:00 +0200",
        "Dear Mr. Zhang,\n\nattached our PO 4500391260 for the stator stacks HA-ST-4490 (HAM-112 prototype).\n\n"
        "Please note: only the 20 pcs B-samples are ordered for production now. The balance of 1.980 pcs from your "
        "offer is on hold and must not be started. We will come back to you regarding the balance.\n\n"
        "Lamination steel: for the 20 samples only please.\n\n"
        "Mit freundlichen Grüßen / Best regards\nJörg Schäfer\nEinkauf Elektromotoren\nHessler Antriebstechnik GmbH\n",
        attachments=[("PO_4500391260.pdf", pdf([
            ("h1", "Purchase Order 4500391260"),
            ("p", "Hessler Antriebstechnik GmbH. Supplier 700418 Ningbo Jinhai Lamination Co., Ltd. Date 07.06.2024."),
            ("table", [["Item", "Material", "Qty", "Price EUR"],
                       ["00010", "Stator stack HA-ST-4490 Rev A B-sample", "20 pcs", "44,10"]]),
            ("p", "Only item 00010 is ordered. Balance of quoted quantity: on hold."),
        ], title="PO 4500391260", author="Hessler Einkauf"), PDF_MT)])),
])


# =================================================================== CASES (batch 3)
# ---- p19: supplier booked steel for 2,000 sets against sample-only material authority (quoted buyer scope)
case("p19_jinhai_steel_booked", ["RG006"],
     "supplier booked lamination steel for 2,000 sets; quoted buyer scope says material sample-only, balance not released", [
    E("RE_HA-ST-4471_steel_booking.eml", mail(
        "Zhang Lei <zhanglei@jinhai-lam.com>", "Katrin Vogel <k.vogel@hessler-antriebe.de>",
        "RE: PO 4500391188 stator stack HA-ST-4471 - B-samples / steel", "Wed, 22 May 2024 16:48:00 +0800",
        "Dear Ms. Vogel,\n\n"
        "B-samples are in final bonding, shipment on 29 May by air as planned.\n\n"
        "For your information: to secure the price before Baosteel increase in July, we have booked lamination steel "
        "coil M270-35A for 2,000 sets already (approx. 11 t). Delivery of coil to our plant in week 26. We hope this "
        "is fine for you, it will help the lead time for series very much.\n\n"
        "Best regards\nZhang Lei\nSales Director\nNingbo Jinhai Lamination Co., Ltd.\n+86 574 8688 1203\n\n"
        "----- Original -----\nFrom: Katrin Vogel\nDate: 2024-05-06\n"
        "> Dear Mr. Zhang, PO 4500391188 releases 20 pcs B-samples only. The quoted series quantity of 2.000 pcs\n"
        "> is not released. Unlock: B-sample sign-off by our SQE, then written production release signed by me.\n"
        "> Material authority: sample-only (steel for 20 stacks).\n"
        "> Katrin Vogel, Head of Strategic Purchasing\n")),
])

# ---- p20: supplier status printout: bar procured for full programme
case("p20_pps_wip_report", ["RG006"],
     "supplier WIP report: balance marked not released, but bar stock procured for 2,000 pcs against 10 released", [
    ("PPS_WIP_report_MotoriValtellina_wk22.txt",
     "PUNE PRECISION SHAFTS PVT LTD          CUSTOMER WIP REPORT           RUN: 31-MAY-2024 18:05\n"
     "CUSTOMER: MOTORI VALTELLINA S.P.A. (C-0417)                         PAGE 1 OF 1\n"
     "====================================================================================\n"
     "CUST PO    ITEM           DESCRIPTION            QTY   STATUS\n"
     "24-00871   MV-RS-220 D    ROTOR SHAFT SAMPLE      10   RELEASED - IN GRINDING\n"
     "24-00871   MV-RS-220 D    ROTOR SHAFT BALANCE  1,990   NOT RELEASED - AWAIT CUSTOMER RELEASE\n"
     "------------------------------------------------------------------------------------\n"
     "RAW MATERIAL\n"
     "  42CrMo4 QT BAR D45   GRN 24/1187   QTY 5.2 MT   = 2,000 SHAFTS EQUIV   STATUS: RECEIVED\n"
     "  REMARK: FULL PROGRAMME BAR PROCURED 20-MAY TO LOCK MILL PRICE (JSW), HEAT NO. 4B7719\n"
     "------------------------------------------------------------------------------------\n"
     "SAMPLES DISPATCH PLAN: 05-JUN-2024 BY AIR (BOM-MXP)\n"
     "PREPARED: S. DESHPANDE (PPC)    CHECKED: R. KULKARNI\n"),
])

# ---- p23: supplier reads advance payment as release and buys material for the lot
case("p23_kks_advance_started", ["RG006", "RG012"],
     "supplier treats advance payment as authority: started complete lot and bought cable for 600", [
    E("Production_started_order_45001940.eml", mail(
        "Emre Yıldız <emre.yildiz@kocaelikablo.com.tr>", "Bruno Carvalho <bruno.carvalho@serraazul.com.br>",
        "Order 45001940 - advance received - production started", "Mon, 17 Jun 2024 10:20:00 +0300",
        "Dear Mr. Bruno,\n\n"
        "Good news: we received the 30% advance payment for order 45001940 on Friday, thank you.\n\n"
        "So we started the production of the complete lot on Saturday, and our purchasing bought the cable "
        "(LiYCY 7x0,25) and M23 connectors for all 600 pcs. First 200 pcs ready in week 27.\n\n"
        "We will send the samples for your lab together with the first shipment.\n\n"
        "Saygılarımızla / Best regards\nEmre Yıldız\nExport Sales Engineer\nKocaeli Kablo Sistemleri A.Ş.\n")),
])

# ---- p24: supplier stages material before approval and will start series directly on approval
case("p24_lingxin_staged_autostart", ["RG006", "RG007"],
     "supplier staged components for 1,500 ahead of approval and plans to start mass production on sample approval", [
    E("LX-E58_SOP_preparation.eml", mail(
        "Chen Wei <chen.wei@lingxin-sensor.cn>", "Ji-hoon Park <jh.park@hanbitmotion.co.kr>",
        "LX-E58-2500 / HBM-ENC-0130 - SOP preparation", "Thu, 20 Jun 2024 14:10:00 +0800",
        "Dear Mr. Park,\n\n"
        "Thank you for the good feedback on the C-samples from your lab. We understand the formal approval is expected "
        "next week.\n\n"
        "To keep your SOP in September, we already staged the ASIC, the glass code discs and the housings for 1,500 "
        "encoders in our warehouse. Mass production will start directly after your approval of the samples, so the "
        "first batch can leave Suzhou in week 31.\n\n"
        "Please let us know if you have any questions.\n\n"
        "Best regards,\nChen Wei\nSales Manager, Overseas\nSuzhou Lingxin Sensor Technology Co., Ltd.\n")),
])

# ---- p25: supplier turns labelled forecast into an order and buys coil for it (quoted buyer scope complete)
case("p25_jinhai_forecast_coil", ["RG006", "RG008"],
     "supplier calls buyer's non-binding forecast an order and buys coil for 24,000; quoted buyer scope complete", [
    E("RE_forecast_2025_MV-ST-300.eml", mail(
        "Zhang Lei <zhanglei@jinhai-lam.com>", "Luca Bianchi <l.bianchi@motorivaltellina.it>",
        "RE: forecast 2025 MV-ST-300", "Tue, 02 Jul 2024 09:05:00 +0800",
        "Dear Mr. Bianchi,\n\n"
        "Many thanks for your forecast order of 24,000 pcs MV-ST-300 for 2025. We are very happy for this business.\n\n"
        "Based on your order we have already bought the steel coil for 24,000 stacks with fixed price until December. "
        "The 12 samples will ship next week.\n\n"
        "Best regards\nZhang Lei\nSales Director\nNingbo Jinhai Lamination Co., Ltd.\n\n"
        "-----Original Message-----\nFrom: Luca Bianchi\nSent: 28 June 2024 16:30\n"
        "> Dear Mr. Zhang, for your planning only, our non-binding forecast for 2025 is approx. 24.000 stacks MV-ST-300.\n"
        "> This is not an order. Current release: the twelve (12) samples under PO 24-00941. The balance is not released\n"
        "> until our sample sign-off and a revised PO signed by Dott.ssa Giulia Marchetti.\n"
        "> Luca Bianchi, Buyer\n")),
])

# ---- p27: supplier order-tracking page: remaining lot starts automatically on sample approval
case("p27_lingxin_tracking_page", ["RG007"],
     "supplier tracking page says production of the rest starts automatically when customer approves samples", [
    ("Lingxin_order_tracking_SA-2406-118.html", html_page("Lingxin Order Tracking - SA-2406-118", """
<h2>Suzhou Lingxin Sensor - Customer Order Tracking</h2>
<p>Customer: <b>Motores Serra Azul Ltda.</b> &nbsp; Customer PO: 45001925 &nbsp; Our order: SA-2406-118</p>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>Order received</td><td>done</td><td>2024-06-07</td></tr>
<tr><td>Samples LX-E40-1024 built</td><td>done</td><td>2024-06-21</td></tr>
<tr><td>Samples shipped (DHL 55 1208 3341)</td><td>done</td><td>2024-06-24</td></tr>
<tr><td>Customer sample approval</td><td>waiting</td><td>-</td></tr>
<tr><td>Mass production remaining lot</td><td>auto-start</td><td>starts automatically on the day the customer approves the samples</td></tr>
</table>
<div class="note">To shorten your lead time, we will continue production of the remaining lot directly after your sample approval.
No further document is needed from your side.</div>
<p><small>Questions: chen.wei@lingxin-sensor.cn</small></p>
""")),
])

# ---- p28: buyer contradicts own written-release requirement
case("p28_ridge_keep_going", ["RG007"],
     "buyer tells supplier to run the 594 right after FAI passes, without the written release her own PO note requires", [
    E("RE_RDS-MH-132_FAI_Thursday.eml", mail(
        "Dana Whitfield <dwhitfield@ridgelinedrive.com>", "Alejandro Treviño <atrevino@fundbajio.com.mx>",
        "RE: RDS-MH-132 FAI Thursday", "Mon, 17 Jun 2024 17:45:00 -0400",
        "Alejandro,\n\nThanks for pulling the prototypes in. Our line trial moved up, so we are tight.\n\n"
        "To save time: if the FAI passes on Thursday, just keep going with the 594 right away - no need to wait "
        "for paperwork from me. I'll catch up on the documents later.\n\n"
        "Dana\n\nDana Whitfield | Sr. Buyer | Ridgeline Drive Systems Inc. | 937-555-0148\n\n"
        "On Mon, Jun 17, 2024, Alejandro Treviño wrote:\n"
        "> Dana, the 6 prototypes are machined, CMM tomorrow. FAI with your quality on Thursday 20th?\n"
        ">\n> On Wed, May 8, 2024, Dana Whitfield wrote:\n"
        "> > PO 7700-4520 covers 6 prototype housings only. The 594 balance from your quote is NOT released.\n"
        "> > Release of the balance needs FAI sign-off by our quality team and then a written release from me\n"
        "> > (Dana Whitfield, Sr. Buyer). Material: prototypes only.\n")),
])

# ---- p29: PPAP checklist DOCX contradicting itself: series starts on PSW approval
case("p29_hanbit_ppap_checklist", ["RG007"],
     "PPAP checklist states hold and written release, then says series starts on PSW approval without further notice", [
    ("PPAP_Checklist_HBM-SH-0088.docx", docx_bytes([
        ("h1", "PPAP Checklist - HBM-SH-0088 rotor shaft"),
        ("p", "Customer: Hanbit Motion Co., Ltd. Supplier: Pune Precision Shafts Pvt. Ltd. PPAP level 3. Revision 2024-06-25."),
        ("table", [["#", "Element", "Required", "Supplier status"],
                   ["1", "Design records", "Y", "submitted"],
                   ["2", "Engineering change documents", "N", "-"],
                   ["5", "PFMEA", "Y", "submitted"],
                   ["9", "Dimensional results (5 pcs)", "Y", "open"],
                   ["11", "Initial process study (Ppk >= 1.67)", "Y", "open"],
                   ["18", "PSW", "Y", "open"]]),
        ("h", "Quantities"),
        ("p", "C-samples released: 30 pcs (PO HB-24-0655). The balance of 1,970 pcs is not released. It requires PSW approval "
              "and a written production release by Mr. Choi Seo-jun, Purchasing Team Leader."),
        ("h", "Notes for supplier"),
        ("p", "Upon PSW approval, supplier shall commence series production of the balance per blanket order without "
              "further notice, to secure SOP 2024-10."),
        ("p", "Prepared by: Kim Da-eun (SQE)."),
    ], author="Kim Da-eun")),
])

# ---- p30: chat: 'as soon as samples are approved you can already run the 480'
case("p30_teams_serra_roda", ["RG007"],
     "chat: buyer's own scope requires written release, later says run the 480 as soon as samples are approved", [
    ("Teams_Serra_Lingxin_LX-E40.txt",
     "Microsoft Teams - exportação de chat / chat export\nChat: LX-E40 encoders Serra Azul <> Lingxin\n\n"
     "[07/06/2024 10:55] Fernanda Lima: Hello Mr. Chen, PO 45001929 is for 20 samples LX-E40-1024 only. The 480 pcs balance is not released. "
     "Release only after our sample sign-off in Joinville and written release from me.\n"
     "[07/06/2024 11:20] Chen Wei: Dear Ms. Lima, noted, thank you. Samples week 26.\n"
     "[25/06/2024 14:02] Chen Wei: Samples arrived Joinville today per DHL. Please check.\n"
     "[25/06/2024 14:30] Fernanda Lima: obrigada! lab will test this week, vibration + thermal cycle\n"
     "[25/06/2024 14:32] Fernanda Lima: to not lose time: assim que as amostras forem aprovadas, já pode rodar os 480, tá? as soon as samples are approved you can already run the 480 ok\n"
     "[25/06/2024 14:40] Chen Wei: Understood, thank you! We prepare.\n"),
])

# ---- p31: 'approval of the samples = approval of the production'
case("p31_valtellina_approval_equals", ["RG007", "RG009"],
     "buyer: 'approval' of samples equals approval of production; sample approval rolls into the 1.990 run", [
    E("MV-RS-220_samples_and_series.eml", mail(
        "Luca Bianchi <l.bianchi@motorivaltellina.it>", "Rohan Kulkarni <rohan.k@puneprecision.in>",
        "MV-RS-220 - samples and series", "Tue, 11 Jun 2024 12:05:00 +0200",
        "Dear Rohan,\n\n"
        "thank you for the fast sample delivery. Some points for clarity:\n\n"
        "- The 10 samples are released under PO 24-00871.\n"
        "- The balance of 1.990 pcs is not released until the sample approval by Ing. Paolo Ferri.\n"
        "- For us approval of the samples is the approval of the production: once Ing. Ferri approves the samples, "
        "the 1.990 pcs are approved too and you can run them.\n\n"
        "Balancing test is on Thursday, I will inform you.\n\n"
        "Cordiali saluti\nLuca Bianchi\nBuyer - Motori Valtellina S.p.A.\n")),
])

# ---- p32: supplier ERP work-order plan: auto start on approval, bar received for 2,000
case("p32_pps_workorders", ["RG006", "RG007"],
     "supplier work-order printout: balance WO set to auto-start on customer sample approval; bar received for 2,000", [
    ("PPS_workorder_plan_HBM-SH-0088.txt",
     "PUNE PRECISION SHAFTS - PRODUCTION PLANNING - WORK ORDERS          DATE 26-JUN-2024\n"
     "CUSTOMER: HANBIT MOTION CO LTD     CUST PO HB-24-0655     ITEM HBM-SH-0088 REV 03\n"
     "-----------------------------------------------------------------------------------\n"
     "WO NO        TYPE        QTY    STATUS\n"
     "WO-24-0311   C-SAMPLE     30    RELEASED BY CUSTOMER / DISPATCHED 24-JUN\n"
     "WO-24-0312   SERIES    1,970    NOT RELEASED BY CUSTOMER - AUTO START ON CUSTOMER SAMPLE APPROVAL\n"
     "-----------------------------------------------------------------------------------\n"
     "RAW MATERIAL: SCM440 BAR D38  HEAT 7C2210  RECEIVED 19-JUN  QTY FOR 2,000 PCS\n"
     "MACHINE LOADING: CNC-07 / CNC-09 RESERVED WK 28-33 FOR WO-24-0312\n"
     "PLANNER: S. DESHPANDE\n"),
])

# ---- p34: buyer calls forecast a binding commitment (current authorization complete)
case("p34_hanbit_forecast_binding", ["RG008"],
     "buyer writes 2025 forecast of 12,000 as binding commitment; current sample scope otherwise complete", [
    E("HBM-ENC-0130_volume_2025.eml", mail(
        "Ji-hoon Park <jh.park@hanbitmotion.co.kr>", "Chen Wei <chen.wei@lingxin-sensor.cn>",
        "HBM-ENC-0130 volume 2025 and current status", "Fri, 28 Jun 2024 16:40:00 +0900",
        "Dear Mr. Chen,\n\nThank you for visit last week in Changwon.\n\n"
        "1) Current order: PO HB-24-0613 covers 20 C-samples. Remaining 1,980 pcs are not released until sample sign-off "
        "and my written production release.\n\n"
        "2) Volume 2025: our forecast is 12,000 encoders. Please consider this forecast as binding commitment of "
        "Hanbit Motion for 2025 and reserve the capacity for us.\n\n"
        "3) Please send updated PFMEA until July 10.\n\n"
        "Best regards,\nJi-hoon Park\nPurchasing Team Leader\nHanbit Motion Co., Ltd.\n")),
])

# ---- p35: EDI 830 with forecast horizon declared firm order
case("p35_edi830_firm", ["RG008"],
     "EDI 830 planning schedule whose forecast quantities are declared a firm purchase order", [
    ("EDI830_RDS_2024-26.txt",
     "ISA*00*          *00*          *ZZ*RIDGELINEDRV   *ZZ*FUNDBAJIO      *240624*0800*U*00401*000004417*0*P*>~\n"
     "--- HUMAN READABLE PRINTOUT: 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY ---\n"
     "BFR*00*FC-2024-26**DL*A*20240701*20241229*20240624~     (forecast, horizon 26 wks)\n"
     "LIN**BP*RDS-MH-180-A*EC*C~\n"
     "PART RDS-MH-180-A MOTOR HOUSING FRAME 180\n"
     "  WEEK 2024-27    150 EA   FST*150*C*W*20240701~\n"
     "  WEEK 2024-31    150 EA   FST*150*C*W*20240729~\n"
     "  WEEK 2024-35    200 EA   FST*200*C*W*20240826~\n"
     "  WEEK 2024-39    200 EA   FST*200*C*W*20240923~\n"
     "  WEEK 2024-44    250 EA   FST*250*C*W*20241028~\n"
     "  TOTAL          950 EA\n"
     "NTE: BUYER NOTE - THE FORECAST ABOVE IS OUR FIRM ORDER FOR H2 2024. TREAT AS PURCHASE ORDER.\n"
     "NTE: CONTACT D. WHITFIELD 937-555-0148\n"
     "CTT*1*950~\n"),
])

# ---- p36: supplier capacity letter calls labelled forecast an order (PDF) + quoted forecast
case("p36_ekb_capacity_letter", ["RG008"],
     "supplier capacity confirmation treats buyer's non-binding H2 forecast as a forecast order", [
    ("EKB_capacity_confirmation_H2-2024.pdf", pdf([
        ("h1", "Capacity confirmation H2/2024"),
        ("p", "Elektro Komponenty Brno s.r.o., Hudcova 76, 612 00 Brno. To: Hessler Antriebstechnik GmbH, Mr. Markus Brandt. Date: 01.07.2024."),
        ("p", "Reference: your e-mail of 24.06.2024 'Forecast H2 HA-KB-2210 (non-binding)'."),
        ("p", "Dear Mr. Brandt, we thank you for your forecast order of 6.000 pcs HA-KB-2210 for the second half of 2024. "
              "According to this order we have reserved crimp line 2 for your harnesses from KW 36 and we plan the deliveries "
              "as below."),
        ("table", [["Month", "Quantity", "Line"],
                   ["September", "1.500", "Crimp line 2"],
                   ["October", "1.500", "Crimp line 2"],
                   ["November", "1.500", "Crimp line 2"],
                   ["December", "1.500", "Crimp line 2"]]),
        ("p", "With kind regards, Petr Dvořák, Project manager"),
    ], title="Capacity confirmation", author="Petr Dvorak")),
])

# ---- p38: DOCX supply agreement annex: forecast constitutes purchase commitment
case("p38_valtellina_annexB", ["RG008"],
     "framework annex: forecast volume declared the buyer's purchase commitment; releases otherwise by named call-off", [
    ("Annex_B_Volumes_MV-RS-220.docx", docx_bytes([
        ("h1", "Supply Agreement MV-PPS-2024 - Annex B: Volumes and Releases"),
        ("p", "Parties: Motori Valtellina S.p.A. (Buyer) and Pune Precision Shafts Pvt. Ltd. (Supplier). Draft 2 of 18 June 2024."),
        ("h", "B.1 Forecast"),
        ("table", [["Year", "Forecast volume MV-RS-220 (pcs)"],
                   ["2025", "20.000"],
                   ["2026", "24.000"]]),
        ("p", "The forecast volume of 20.000 shafts for 2025 constitutes the Buyer's purchase commitment for 2025; the Supplier "
              "may plan on it as firm."),
        ("h", "B.2 Releases"),
        ("p", "Production quantities are released only by call-off. Each call-off states its quantity and is signed by "
              "Dott.ssa Giulia Marchetti, Purchasing Director. Quantities not called off are not released."),
        ("p", "Material authority: staged, bar stock for the next two call-offs, as stated in each call-off."),
    ], author="Giulia Marchetti")),
])


# =================================================================== CASES (batch 4)
# ---- p39: 'approval' used for technical, commercial and production approval
case("p39_hessler_approval_status", ["RG009"],
     "one word 'approval' used for SQE technical approval, PO (commercial) approval and series approval; scope otherwise complete", [
    E("Status_HA-KB-2240_approvals.eml", mail(
        "Markus Brandt <m.brandt@hessler-antriebe.de>", "Petr Dvořák <dvorak@ekbrno.cz>",
        "Status HA-KB-2240 / approvals", "Thu, 13 Jun 2024 15:12:00 +0200",
        "Hello Mr. Dvořák,\n\n"
        "short status for HA-KB-2240 from our side:\n\n"
        "- the technical approval is given: Mr. Krüger (SQE) accepted your EMPB yesterday, see attached checklist\n"
        "- the commercial approval for the new price 6,45 EUR follows from purchasing next week with PO revision\n"
        "- the approval for the series you get from me after that\n\n"
        "Until then nothing changes: PO 4500388190 covers 20 pcs samples, which are delivered. The balance of 1.980 pcs "
        "is not released until my written production release (Markus Brandt, Einkaufsleiter).\n\n"
        "Mit freundlichen Grüßen\nMarkus Brandt\nEinkaufsleiter\nHessler Antriebstechnik GmbH\n",
        attachments=[att_docx("EMPB_checklist_HA-KB-2240.docx", [
            ("h1", "EMPB / PPAP checklist HA-KB-2240"),
            ("table", [["Element", "Result", "By"],
                       ["Dimensions (5 pcs)", "OK", "T. Krüger"],
                       ["Pull-out force", "OK", "T. Krüger"],
                       ["Material certificates", "OK", "T. Krüger"],
                       ["IMDS 88210041", "accepted", "T. Krüger"]]),
            ("p", "SQE result: sample sign-off accepted on 12.06.2024."),
        ], author="Thomas Krueger")])),
])

# ---- p40: portal table uses 'Released' for drawing, PO and production
case("p40_hessler_srm_release_column", ["RG009"],
     "SRM page uses 'released' for drawing revision, SAP PO and production quantity", [
    ("Hessler_SRM_HA-ST-4490.html", html_page("Hessler SRM - HA-ST-4490", """
<h2>Hessler SRM &raquo; Teil / Part HA-ST-4490 &raquo; Ningbo Jinhai Lamination</h2>
<table>
<tr><th>Object</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>Drawing HA-ST-4490</td><td>Released (Rev B)</td><td>2024-05-28</td><td>Engineering, T. Roth</td></tr>
<tr><td>Purchase order 4500391270</td><td>Released</td><td>2024-06-10</td><td>Purchasing</td></tr>
<tr><td>Production quantity</td><td>20 pcs released</td><td>2024-06-10</td><td>K. Vogel</td></tr>
</table>
<div class="note">Only 20 pcs B-samples are released for production. The balance of 1.980 pcs is not released until B-sample sign-off
and a written production release by Katrin Vogel, Head of Strategic Purchasing. Material: sample-only.</div>
""")),
])

# ---- p42: chat, bare 'Approved' answering PSW and price together
case("p42_teams_hanbit_approved", ["RG002", "RG009"],
     "chat: buyer answers PSW + price request with bare 'Approved', covering technical and commercial, no scope", [
    ("Teams_Hanbit_PPS_HBM-SH-0088.txt",
     "Teams chat export | HBM-SH-0088 rotor shaft | Hanbit Motion / Pune Precision\n"
     "------------------------------------------------------------------------\n"
     "2024-06-11 09:10  Lee Hyun-woo (Hanbit): Dear Rohan, PO HB-24-0656 is for 30 C-samples only. Remaining 1,970 pcs not released. "
     "Production release only after PPAP sign-off, by written release from Mr. Choi Seo-jun.\n"
     "2024-06-11 12:44  Rohan Kulkarni (PPS): Noted sir, thank you.\n"
     "2024-07-02 11:05  Rohan Kulkarni (PPS): Dear Hyun-woo, PSW uploaded in portal. Also please approve the new price USD 27.90 due to SCM440 surcharge. Both needed so we can plan.\n"
     "2024-07-02 16:30  Lee Hyun-woo (Hanbit): Approved 👍\n"
     "2024-07-02 16:31  Rohan Kulkarni (PPS): Thank you sir!\n"),
])

# ---- p43: sample lot only, no quantity anywhere
case("p43_hanbit_samplelot_noqty", ["RG010"],
     "buyer: start with 'the sample lot only', balance held until PPAP sign-off and my release, but no quantity anywhere", [
    E("HB-24-0671_start_sample_lot.eml", mail(
        "Lee Hyun-woo <hw.lee@hanbitmotion.co.kr>", "Rohan Kulkarni <rohan.k@puneprecision.in>",
        "PO HB-24-0671 - rotor shaft HBM-SH-0092 - start", "Mon, 15 Jul 2024 13:20:00 +0900",
        "Dear Mr. Rohan,\n\nThank you for your order confirmation.\n\n"
        "Please start with the sample lot only. The balance of the order is not released until PPAP sign-off and "
        "my written production release.\n\n"
        "Drawing rev 02 is valid. Please use SCM440 from the approved mill only.\n\n"
        "Best regards,\nLee Hyun-woo\nBuyer, Purchasing Team 1\nHanbit Motion Co., Ltd.\n+82 55 270 4418\n")),
])

# ---- p44: call-off printout with quantity 'per schedule' but no schedule
case("p44_calloff_004_noqty", ["RG010"],
     "call-off releases 'per schedule' with no quantity stated; balance hold, next call-off and named signer present", [
    ("CALLOFF_004_MSA-RS-095.txt",
     "MOTORES SERRA AZUL LTDA                        CHAMADA / CALL-OFF\n"
     "==========================================================================\n"
     "CALL-OFF NO.....: 004              DATE.....: 2024-07-01\n"
     "BLANKET PO......: 45001790         VENDOR...: 200311 PUNE PRECISION SHAFTS\n"
     "PART............: MSA-RS-095 ROTOR SHAFT D25 C45 REV C\n"
     "--------------------------------------------------------------------------\n"
     "THIS CALL-OFF RELEASES FOR PRODUCTION:   PER DELIVERY SCHEDULE\n"
     "QTY.............: ---\n"
     "BALANCE.........: NOT RELEASED\n"
     "--------------------------------------------------------------------------\n"
     "DELIVERY: FCA NHAVA SHEVA, WEEKLY\n"
     "NEXT RELEASE: ONLY BY NEXT CALL-OFF (005), SIGNED BY FERNANDA LIMA,\n"
     "  GERENTE DE COMPRAS.\n"
     "--------------------------------------------------------------------------\n"
     "ISSUED BY: FLIMA   SAP MM / ME38   PRINTED 01.07.2024 07:52\n"),
])

# ---- p45: release letter: approval for technical and budget; releases 'first production lot' without qty
case("p45_valtellina_release_letter", ["RG009", "RG010"],
     "release letter uses 'approval' for sample test and budget, releases 'the first production lot' without a quantity", [
    ("Lettera_rilascio_MV-CB-7719.docx", docx_bytes([
        ("p", "Motori Valtellina S.p.A. - Ufficio Acquisti - Sondrio, 8 luglio 2024"),
        ("p", "To: Kocaeli Kablo Sistemleri A.Ş. - Mr. Emre Yıldız"),
        ("h", "Release letter - cable assembly MV-CB-7719 - PO 24-00935"),
        ("p", "Dear Mr. Yıldız,"),
        ("p", "following the approval of the samples by our test lab (report LAB-24-118) and the approval of the project budget "
              "by our management on 4 July, we hereby release the first production lot."),
        ("p", "The balance remains not released. Further quantities can be released only by a revised PO signed by "
              "Dott.ssa Giulia Marchetti, Purchasing Director."),
        ("p", "Delivery DAP Sondrio, packaging in KLT 6428. Please send the delivery schedule for confirmation."),
        ("p", "Distinti saluti, Giulia Marchetti"),
    ], author="Giulia Marchetti")),
])

# ---- p47: folder: PO PDF says 40 samples, buyer email says 50 samples
case("p47_ridge_po_vs_mail", ["RG011"],
     "folder: PO PDF releases 40 sample shafts, buyer's cover email releases 50; both hold the balance", [
    ("PO_7700-4671.pdf", pdf([
        ("h1", "PURCHASE ORDER 7700-4671"),
        ("p", "Ridgeline Drive Systems Inc. Vendor: Pune Precision Shafts Pvt. Ltd. (10-6120). Date 06/03/2024. Net 60. FCA Mumbai."),
        ("table", [["Line", "Part", "Description", "Qty", "UoM", "Unit USD"],
                   ["1", "RDS-RS-55", "Rotor shaft, EN19, ground, samples rev A", "40", "EA", "24.00"]]),
        ("p", "Scope: 40 sample shafts released. Balance of quoted 4,960 not released until FAI sign-off and a written release "
              "signed by Mike Okafor, Purchasing Manager."),
    ], pagesize=LETTER, title="PO 7700-4671", author="Ridgeline Purchasing")),
    E("PO_7700-4671_cover_mail.eml", mail(
        "Mike Okafor <mokafor@ridgelinedrive.com>", "Rohan Kulkarni <rohan.k@puneprecision.in>",
        "PO 7700-4671 RDS-RS-55 samples", "Mon, 03 Jun 2024 10:02:00 -0400",
        "Rohan,\n\nPO 7700-4671 attached in the portal. Please make the 50 sample shafts RDS-RS-55 as discussed, "
        "we need extra pieces for the endurance test.\n\n"
        "The balance is not released until our FAI sign-off and my written release.\n\n"
        "Thanks,\nMike Okafor\nPurchasing Manager, Ridgeline Drive Systems Inc.\n")),
])

# ---- p48: folder: release letter 300 vs EDI call-off 350 for the same release
case("p48_hanbit_release_vs_calloff", ["RG011"],
     "folder: release letter R-08 releases 300, EDI call-off for R-08 releases 350", [
    ("Release_R-08_HBM-CBL-2207.pdf", pdf([
        ("h1", "Production Release R-08"),
        ("p", "Hanbit Motion Co., Ltd. to Kocaeli Kablo Sistemleri A.Ş. Date 2024-07-22. Part HBM-CBL-2207 power cable 2.2 m."),
        ("table", [["", "Quantity"],
                   ["Released with R-08", "300 pcs"],
                   ["Cumulative released (R-07 + R-08)", "600 pcs"],
                   ["Balance on hold", "400 pcs"]]),
        ("p", "The balance stays on hold until the next call-off issued by Seo-yeon Han, Buyer, Supply Planning."),
        ("p", "Signed: Seo-yeon Han"),
    ], title="Release R-08", author="Seo-yeon Han")),
    ("EDI862_R-08_HBM-CBL-2207.txt",
     "EDI 862 SHIPPING SCHEDULE / CALL-OFF - PRINTOUT\n"
     "FROM: HANBIT MOTION CO LTD         TO: KOCAELI KABLO SISTEMLERI (V-40912)\n"
     "REF : RELEASE R-08                 DATE: 2024-07-22\n"
     "ITEM: HBM-CBL-2207 POWER CABLE ASSY 4G1.5 2.2M\n"
     "-----------------------------------------------------------\n"
     "RELEASED QTY THIS CALL-OFF :  350 PCS\n"
     "SHIP 175 PCS 2024-W33  /  175 PCS 2024-W35\n"
     "BALANCE: ON HOLD - NEXT CALL-OFF BY S.Y. HAN\n"),
])

# ---- p49: single PDF call-off: text 200, table 250
case("p49_hessler_calloff_pdf", ["RG011"],
     "one call-off PDF: text releases 200 pcs, table shows 250 released now", [
    ("Abruf_07_HA-ST-4471.pdf", pdf([
        ("h1", "Lieferabruf / Call-off No. 07"),
        ("p", "Hessler Antriebstechnik GmbH to Ningbo Jinhai Lamination Co., Ltd. Date 01.07.2024. Part HA-ST-4471 Rev B. "
              "Commercial cover PO 4500391188 rev 1."),
        ("p", "With this call-off we release 200 pcs for production. The remaining balance stays on hold until the next "
              "call-off signed by Katrin Vogel, Head of Strategic Purchasing. Material authority: for the released quantity only."),
        ("table", [["Position", "Quantity", "Delivery"],
                   ["Released now (call-off 07)", "250", "KW 31 / KW 33"],
                   ["Cumulative released", "750", "-"],
                   ["Balance on hold", "1.250", "-"]]),
    ], title="Call-off 07", author="Katrin Vogel")),
])

# ---- p50: email body twelve (12) vs attached PO 15
case("p50_serra_body_vs_po", ["RG011"],
     "buyer email says twelve (12) samples, attached PO line says 15; hold, event and releaser present", [
    E("PO_45001958_cable_samples.eml", mail(
        "Rafael Oliveira <rafael.oliveira@serraazul.com.br>", "Emre Yıldız <emre.yildiz@kocaelikablo.com.tr>",
        "PO 45001958 - MSA-CA-0640 - amostras", "Wed, 19 Jun 2024 09:10:00 -0300",
        "Prezado Emre,\n\nSegue o PO 45001958. Please build twelve (12) sample cable assemblies MSA-CA-0640. The rest of "
        "your offer is not released: after our sample sign-off I will send a written release, signed by me.\n\n"
        "Abraço,\nRafael Oliveira\nGerente de Suprimentos\nMotores Serra Azul Ltda.\n",
        attachments=[att_pdf("PO_45001958.pdf", [
            ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 45001958"),
            ("p", "Motores Serra Azul Ltda. Fornecedor: Kocaeli Kablo Sistemleri A.Ş. Data 19/06/2024."),
            ("table", [["Item", "Código", "Descrição", "Qtd", "Preço USD"],
                       ["1", "MSA-CA-0640", "Cable assembly, 640 mm, amostras / samples", "15", "18,90"]]),
            ("p", "Only item 1 is released. Balance of offer KKS-2024-140 not released until sample sign-off and written "
                  "release by Rafael Oliveira."),
        ], title="PO 45001958", author="Rafael Oliveira")])),
])

# ---- p51: DOCX interim disposition: limit 150 in table, text releases 200
case("p51_ppap_interim_conflict", ["RG011"],
     "interim PPAP disposition: limits table says 150 pcs, release paragraph says 200 pcs", [
    ("PPAP_Interim_HBM-CBL-2310.docx", docx_bytes([
        ("h1", "PPAP Disposition - HBM-CBL-2310 signal cable"),
        ("p", "Customer: Hanbit Motion Co., Ltd. Supplier: Kocaeli Kablo Sistemleri A.Ş. Date: 2024-08-02."),
        ("h", "Disposition: INTERIM"),
        ("table", [["Limit", "Value"],
                   ["Quantity", "150 pcs"],
                   ["Valid until", "2024-09-30"],
                   ["Open items", "Salt spray test on connector, capability on crimp height"]]),
        ("h", "Production release"),
        ("p", "Under this interim disposition we release 200 pcs for production. The remaining 800 pcs of the quoted 1,000 "
              "are not released until full PPAP disposition and written release by Seo-yeon Han, Buyer."),
        ("p", "SQE: Kim Da-eun"),
    ], author="Kim Da-eun")),
])

# ---- p52: portal: line qty 40 released, remark says 50 released
case("p52_bajio_portal_conflict", ["RG011"],
     "portal: order line releases 40, buyer remark says 50 released; balance hold and releaser present", [
    ("RDS_portal_PO_7700-4702.html", html_page("Ridgeline Supplier Portal - PO 7700-4702", """
<h2>Ridgeline Drive Systems - Supplier Portal</h2>
<h3>PO 7700-4702 &nbsp; Rev 1 &nbsp; Vendor: Fundiciones del Bajío (10-2231)</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>RDS-ES-200</td><td>End shield 200 NDE, pilot lot</td><td>40</td><td>Released</td></tr>
</table>
<div class="note"><b>Buyer remark (Rev 1):</b> Pilot lot: 50 pcs released after FAI sign-off on 6/28. Balance of 950 is not
released until a written release from Dana Whitfield, Sr. Buyer. Material: released quantity only.</div>
""")),
])

# ---- p53: SAP printout: item 25 ST vs PO text 20 ST
case("p53_sap_po_text_conflict", ["RG011"],
     "ERP PO: item quantity 25 ST sample, header text releases 20 pcs samples", [
    ("ME9F_4500389610.txt",
     "Hessler Antriebstechnik GmbH                                   Bestellung\n"
     "Lieferant/Vendor : 700552 Elektro Komponenty Brno s.r.o.       Belegnr.: 4500389610\n"
     "Einkaeufer/Buyer : M. Brandt                                   Datum   : 03.07.2024\n"
     "Kopftext / header text:\n"
     "  Released: 20 pcs samples only. Balance of 980 pcs NOT released until sample\n"
     "  sign-off (EMPB) and written production release by Markus Brandt, Einkaufsleiter.\n"
     "  Material authority: samples only.\n"
     "---------------------------------------------------------------------------------\n"
     "Pos.  Material        Kurztext                         Menge     ME   Preis/ME\n"
     "00010 HA-KB-2250      Kabelbaum Temp.-Sensor Muster        25     ST      12,90\n"
     "      Liefertermin: KW 30/2024\n"
     "---------------------------------------------------------------------------------\n"
     "Gesamtnettowert                                                          322,50\n"),
])

# ---- p55: buyer: deposit paid so you can start production (PO attached holds balance)
case("p55_serra_deposit_start", ["RG012"],
     "buyer treats deposit payment as go for production although attached PO releases only 8 samples", [
    E("Deposito_pago_PO45001925.eml", mail(
        "Fernanda Lima <fernanda.lima@serraazul.com.br>", "Chen Wei <chen.wei@lingxin-sensor.cn>",
        "Depósito pago - PO 45001925 LX-E40", "Mon, 01 Jul 2024 11:22:00 -0300",
        "Hello Mr. Chen,\n\nOur finance paid today the tooling and the deposit of 30% for the full lot (comprovante attached "
        "in the portal). So with the deposit paid you can start the production now.\n\n"
        "PO attached again.\n\nAbraço,\nFernanda Lima\nGerente de Compras\nMotores Serra Azul Ltda.\n",
        attachments=[att_pdf("PO_45001925.pdf", [
            ("h1", "PEDIDO DE COMPRA 45001925"),
            ("p", "Motores Serra Azul Ltda. Fornecedor: Suzhou Lingxin Sensor Technology Co., Ltd. Data 06/06/2024."),
            ("table", [["Item", "Código", "Descrição", "Qtd"],
                       ["1", "LX-E40-1024", "Encoder 1024 PPR - amostras", "8"]]),
            ("p", "Only the 8 samples are released. The 792 pcs balance is not released until sample sign-off and written "
                  "release by Fernanda Lima, Gerente de Compras. Payment: 30% deposit on tooling and lot, balance 60 days."),
        ], title="PO 45001925", author="Fernanda Lima")])),
])

# ---- p57: supplier order confirmation printout: PO acceptance = production release
case("p57_ekb_order_confirmation", ["RG012"],
     "supplier ERP order confirmation: 'PO accepted = production released' for full quantity", [
    ("EKB_Potvrzeni_objednavky_OC-24-0877.txt",
     "ELEKTRO KOMPONENTY BRNO s.r.o.            POTVRZENÍ OBJEDNÁVKY / ORDER CONFIRMATION\n"
     "Hudcova 76, 612 00 Brno, CZ              IČ 26271141   DIČ CZ26271141\n"
     "==============================================================================\n"
     "OUR REF : OC-24-0877           YOUR PO: 4500389702 (Hessler Antriebstechnik)\n"
     "DATE    : 08.07.2024           CONTACT: P. Dvořák\n"
     "------------------------------------------------------------------------------\n"
     "ITEM  PART         DESCRIPTION                       QTY    UNIT   PRICE EUR\n"
     "1     HA-KB-2260   Kabelový svazek / harness HAM-90  1.980   KS      6,35\n"
     "------------------------------------------------------------------------------\n"
     "STATUS: PO ACCEPTED -> PRODUCTION RELEASED (per our GTC art. 4: acceptance of\n"
     "        the purchase order constitutes the production order)\n"
     "START OF PRODUCTION: KW 29/2024    DELIVERY: KW 33/2024 DAP SCHWEINFURT\n"
     "==============================================================================\n"),
])

# ---- p58: chat: supplier says payment received = release
case("p58_teams_lingxin_payment", ["RG012"],
     "chat: buyer scope complete; supplier states payment received means release and starts mass production", [
    ("Teams_Lingxin_Hanbit_payment.txt",
     "Teams chat export | HBM-ENC-0130 | Lingxin / Hanbit\n"
     "[2024-06-03 10:15] Ji-hoon Park: Dear Mr. Chen, reminder of scope: PO HB-24-0613 is 20 C-samples only. Remaining 1,980 not released until sample sign-off and my written production release.\n"
     "[2024-06-03 11:02] Chen Wei: Noted, thank you Mr. Park.\n"
     "[2024-07-05 09:40] Chen Wei: Dear Mr. Park, our finance confirms your payment for the tooling invoice and the samples invoice is received today. Thank you!\n"
     "[2024-07-05 09:41] Chen Wei: For us payment received = release. We start mass production tomorrow so the SOP is safe 😊\n"
     "[2024-07-05 09:41] Chen Wei: Will send weekly report.\n"),
])

# ---- p59: supplier: PO acceptance releases production; ingot for 600 bought
case("p59_bajio_accept_ingot", ["RG006", "RG012"],
     "supplier reads its PO acceptance as production release and buys ingot for 600; quoted buyer scope complete", [
    E("RE_PO_7700-4520_accepted.eml", mail(
        "Alejandro Treviño <atrevino@fundbajio.com.mx>", "Dana Whitfield <dwhitfield@ridgelinedrive.com>",
        "RE: PO 7700-4520 accepted", "Fri, 10 May 2024 12:40:00 -0600",
        "Hi Dana,\n\n"
        "PO 7700-4520 is accepted and loaded in our system. With the PO acceptance the order is released for production "
        "on our side, so our purchasing already ordered the A356 ingot for the full 600 pcs - the smelter gave us a good "
        "price this week.\n\nPrototypes as planned for June 14.\n\n"
        "Saludos,\nAlejandro Treviño\nIngeniero de Ventas | Fundiciones del Bajío S.A. de C.V.\n\n"
        "On Wed, May 8, 2024 at 9:02 AM Dana Whitfield wrote:\n"
        "> Alejandro, PO 7700-4520 covers 6 prototype housings only. The 594 balance from your quote is NOT released.\n"
        "> Release of the balance needs FAI sign-off by our quality team and then a written release from me\n"
        "> (Dana Whitfield, Sr. Buyer). Material: prototypes only.\n",
        attachments=[("Bajio_shipping_instructions.html", html_page("Shipping instructions", """
<h3>Fundiciones del Bajío - shipping instructions for Ridgeline Drive Systems</h3>
<table><tr><th>Item</th><th>Value</th></tr>
<tr><td>Incoterm</td><td>FOB Laredo, TX</td></tr>
<tr><td>Broker</td><td>Aduanas Rio Bravo, patente 3391</td></tr>
<tr><td>Packing</td><td>wooden crate, 4 housings per layer</td></tr></table>
"""), "text/html")])),
])


# =================================================================== MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(149149).shuffle(order)
    labels = {}
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h149_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r in sorted(counts):
        print(r, counts[r])


if __name__ == "__main__":
    main()
