#!/usr/bin/env python3
"""Generator for the releasegate check_holdout51 corpus (PPE and technical textiles).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout51/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled case order with seed 5151).

The renderer helpers pdf(), docx_bytes(), html_page(), mail(), eml_bytes() and sig()
are copied from tests/data/check_holdout3/build.py (prefixes changed to h51).
"""
from __future__ import annotations

import datetime as _dt
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
    m["Message-ID"] = msgid or f"<h51-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h51")
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


# ----------------------------------------------------------------- small helpers (own)
def T(s):
    """Dedent a triple-quoted block and end it with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(s, depth=1):
    """Prefix every line with '> ' (quoted reply)."""
    pre = ">" * depth + " "
    return "".join((pre + ln).rstrip() + "\n" for ln in s.rstrip("\n").split("\n"))


def text_html(text):
    """Very small text -> HTML conversion for multipart/alternative parts."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def table_html(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    h = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>\n" for r in rows[1:])
    return f"<table{c}>\n<tr>{h}</tr>\n{body}</table>"


def EML(name, m):
    return (name, eml_bytes(m))


# =================================================================== CLEAN
# c01 supplier quote with a sample tier and three bulk tiers; nothing authorized.
case("c01_quote_tiers_pdf", [], "supplier quote with sample and bulk tiers; no authorization in bundle",
     [("SGW-Q-24-0117_quotation.pdf", pdf([
         ("h1", "Sialkot Grip Works (Pvt) Ltd - Quotation"),
         ("p", "Quotation No. SGW-Q-24-0117 | Date: 18 April 2024 | Validity: 60 days"),
         ("p", "To: Northgate Safety Supplies Ltd, Unit 7 Aire Valley Park, Leeds LS10 1AB, United Kingdom. "
               "Attn: Mr. Daniel Shaw, Purchasing."),
         ("p", "Item NG-CUT5: cut-resistant glove, 13-gauge HPPE/glass liner, grey nitrile sandy foam palm. "
               "Performance EN 388:2016+A1:2018 4X43C, EN 407 X1XXXX. Sizes 7 to 11. Packing 12 pairs per "
               "polybag, 120 pairs per export carton."),
         ("table", [["Stage", "Quantity", "Unit price (USD/pair)", "Lead time"],
                    ["Pre-production samples (size run 7-11)", "24 pairs", "free of charge", "10 days"],
                    ["Bulk tier A", "5,000 pairs", "2.45", "45 days"],
                    ["Bulk tier B", "10,000 pairs", "2.31", "50 days"],
                    ["Bulk tier C", "20,000 pairs", "2.18", "60 days"]]),
         ("sp",),
         ("p", "Bulk lead times count from the date of your written production release, not from the date "
               "of a purchase order or of a payment."),
         ("p", "Payment: 30% T/T advance, remainder against copy B/L. FOB Lahore or Karachi. Prices in USD."),
         ("p", "Testing: samples are sent with our in-house EN 388 report; third-party test at SATRA on "
               "request (USD 310 per report)."),
         ("p", "Carton marks: buyer logo, article no., size, qty per carton, carton no. x/y, MADE IN PAKISTAN."),
         ("p", "This quotation is an offer of prices and capacity. It is not an order confirmation."),
         ("p", "For Sialkot Grip Works - Muhammad Usman Qureshi, Export Manager, +92 52 355 0192"),
     ], title="Quotation SGW-Q-24-0117", author="Sialkot Grip Works"))])

# c02 supplier asks whether bulk may go ahead (a question, not an approval).
_m = mail('"Shahidul Islam" <shahidul@gazipurapparel.com.bd>',
          '"Oliver Grant" <oliver.grant@penninework.co.uk>',
          "PPS dispatched - hi-vis bomber HVB-220 / PO PW-30418",
          "Mon, 13 May 2024 11:42:10 +0600",
          T("""
          Dear Oliver,

          Good day. We dispatched the pre-production samples today by DHL, AWB 4021 7765 90.
          Contents: 2 pcs each size S-3XL = 12 pcs, yellow/navy, with 3M Scotchlite 8910 tape and
          your woven neck label.

          The ITS Dhaka test report for EN ISO 20471:2013 Class 3 and EN 343 is inside the box.

          One question please: after your team has checked the PPS, do we have go-ahead for the bulk
          3,600 pcs, or should we wait for your revised PO? We would like to plan line 4 for July but
          we do nothing before your answer. No bulk fabric is booked yet.

          Also please confirm the carton marks - last season you changed the logo position.

          Best regards,
          Shahidul Islam
          Merchandiser, Gazipur Apparel Ltd
          Plot 22, BSCIC, Gazipur, Bangladesh
          """))
case("c02_supplier_question_eml", [], "supplier asks whether it has go-ahead for bulk; question only, no authorization",
     [EML("PPS_dispatched_HVB-220.eml", _m)])

# c03 labelled rolling forecast in HTML.
_rows = [["Item", "Colour", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total"],
         ["SCP-HV201 day/night shirt", "orange/navy", "800", "900", "1,100", "1,200", "1,000", "600", "5,600"],
         ["SCP-HV201 day/night shirt", "yellow/navy", "400", "450", "500", "500", "450", "300", "2,600"],
         ["SCP-HV310 D/N trousers", "navy, orange tape", "300", "300", "350", "400", "350", "200", "1,900"]]
case("c03_forecast_html", [], "clearly labelled rolling forecast; no production or material authorized",
     [("SCP_rolling_forecast_2024-06.html", html_page("Rolling forecast June 2024", T(f"""
     <h2>Southern Cross PPE Pty Ltd &mdash; rolling forecast, June 2024 issue</h2>
     <p>To: Saigon Safety Gear Co., Ltd &mdash; Attn. Ms. Nguyen Thi Lan<br>
     From: Megan Fraser, Supply Manager, Southern Cross PPE, Eagle Farm QLD 4009</p>
     <div class="note"><b>FORECAST ONLY &mdash; NOT AN ORDER.</b> This forecast authorises no production and no
     material purchase. Quantities are released only by a numbered call-off signed by Megan Fraser, Supply Manager.</div>
     <p>Standard: AS/NZS 4602.1:2011 Class D/N. Figures in garments.</p>
     {table_html(_rows)}
     <p>The numbers are our best estimate from sales history and open mining and rail tenders. They will move.
     Next issue: first week of July.</p>
     <p>Cheers, Megan</p>
     """)))])

# c04 PPS approved for fit and shade only; bulk explicitly on hold with event and person.
_t = T("""
Hi Rafiq,

Thanks for the PPS, they arrived on Tuesday. We held our fit session yesterday with two wearers per size.

Result: PPS approved for fit and shade only. Fluorescent yellow is inside the shade band, the collar
stand is fine and the sleeve length on XL is now correct.

To be clear, this is not a production release. The 12 PPS pieces are the only quantity released
under PO NS-4512. The bulk of 2,388 pcs stays on hold until (1) our lab signs off the 50-wash test
and (2) I send you PO NS-4512 rev 1, which will release the bulk. Please do not cut fabric or book
tape for the bulk before that.

Two small points for later: move the care label 2 cm lower, and use the 200 g/m2 pique from the
second lab dip.

Kind regards,
Hannah
""") + sig("Hannah Whitcombe", "Senior Buyer", "Northgate Safety Supplies Ltd", "+44 113 496 0721")
_m = mail('"Hannah Whitcombe" <h.whitcombe@northgatesafety.co.uk>', '"Rafiqul Haque" <rafiq@ctgknit.com.bd>',
          "PO NS-4512 - PPS comments - hi-vis polo HVP-90", "Thu, 16 May 2024 14:05:00 +0100",
          _t, html=text_html(_t))
case("c04_pps_fit_only_eml", [], "PPS approved for fit/shade only, not a production release; 12 released, bulk held until wash test + rev PO by Hannah",
     [EML("NS-4512_PPS_comments.eml", _m)])

# c05 full-quantity PO (French distributor), size break sums, 'proceed' scoped to quantity.
case("c05_full_po_docx", [], "full-quantity PO (1 800 pairs, size break sums), no balance, proceed scoped to the quantity",
     [("SX-24-0388_bon_de_commande.docx", docx_bytes([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER SX-24-0388"),
         ("p", "Sécuritex Distribution SAS, 14 rue de la Villette, 69003 Lyon, France - TVA FR12345678901"),
         ("p", "Fournisseur / Supplier: Punjab Safety Gloves, Small Industrial Estate, Sialkot, Pakistan"),
         ("p", "Date: 06/05/2024 - Incoterm: FOB Karachi - Paiement / Payment: 30 % à la commande, 70 % contre documents"),
         ("p", "Article SX-MEC-44: gant mécanicien / mechanic glove, goatskin palm, EN 388:2016 3121X, EN 420 "
               "dexterity 5. Reference sample signed 12/04/2024 (counter sample kept by both sides)."),
         ("table", [["Taille / Size", "7", "8", "9", "10", "11", "Total"],
                    ["Paires / Pairs", "200", "500", "600", "400", "100", "1 800"]]),
         ("p", "Prix unitaire / Unit price: 2,85 € per pair. Montant total / Total value: 5 130,00 €."),
         ("p", "This order is for the full quantity of 1 800 pairs. There is no balance and no further call-off "
               "on this order. Please proceed with the 1 800 pairs and confirm the ex-works date."),
         ("p", "Packing: 12 pairs per polybag, 120 pairs per carton, carton marks as per our packing manual rev. 7."),
         ("p", "Inspection: final random inspection AQL 2.5 by our agent before shipment."),
         ("p", "Acheteur / Buyer: Camille Roussel, Sécuritex Distribution"),
     ], author="Camille Roussel"))])

# c06 call-off with explicit staged material authority above the released quantity.
_rows = [["Line", "Item", "Description", "Qty released", "Delivery"],
         ["1", "KS-RV-100", "Reflective vest, fluorescent lime, EN ISO 20471 Class 2, 2 hoops + braces, sizes M-3XL",
          "2,000", "15 Aug 2024 FOB Chattogram"]]
case("c06_calloff_staged_html", [], "call-off releases 2,000; explicit staged material authority to 6,000; rest held until call-off 3 signed by named manager",
     [("KS-CO2_call-off.html", html_page("Call-off 2 - KS-SA-2024-07", T(f"""
     <h2>Khanyisa Safety (Pty) Ltd &mdash; Call-off 2 under supply agreement KS-SA-2024-07</h2>
     <p>Supplier: Dhaka Reflective Wear Ltd, Tongi, Gazipur &mdash; Date: 8 May 2024 &mdash; Our ref: KS-CO2</p>
     {table_html(_rows)}
     <h3>Material authority</h3>
     <p class="note">Staged: you may buy fluorescent knit fabric and reflective tape for up to <b>6,000 vests</b>
     at our liability (covers call-offs 2 and 3 as planned). This authority covers material only; it does not
     release production beyond the 2,000 vests above.</p>
     <h3>Balance</h3>
     <p>Agreement estimate: about 12,000 vests over 12 months &mdash; a non-binding estimate, not released.
     Anything beyond call-off 2 is not released. The next quantity will be released only by call-off 3,
     signed by Lerato Mahlangu, Procurement Manager.</p>
     <p>Call-off 1 (2,000 vests) was delivered on 22 April, thank you.</p>
     <p>Lerato Mahlangu<br>Procurement Manager, Khanyisa Safety (Pty) Ltd, Germiston<br>+27 11 555 0184</p>
     """)))])

# c07 explicit, recorded auto-conversion (quantity, signer, conditions).
case("c07_auto_conversion_pdf", [], "explicit recorded auto-conversion of 1,500 on signed PPS sign-off by named QA manager; rest held for named director",
     [("AR-HLM-2291_sample_release_agreement.pdf", pdf([
         ("h1", "Sample and Release Agreement - Order AR-HLM-2291"),
         ("p", "Between Al-Rashid Industrial Safety Co., Dammam, Kingdom of Saudi Arabia (Buyer) and Hai Phong "
               "Helmet JSC, Hai Phong, Vietnam (Supplier). Signed by both parties on 12 May 2024."),
         ("h", "1. Order"),
         ("p", "Industrial safety helmet HP-397V, HDPE shell, 6-point textile suspension, ratchet, EN 397:2012+A1:2012, "
               "SASO conformity, colours white / yellow / blue. Commercial cover: PO 4500021873 for 6,000 helmets."),
         ("h", "2. Released now"),
         ("p", "10 pre-production samples (PPS) only."),
         ("h", "3. Recorded auto-conversion"),
         ("p", "If Eng. Hessa Al-Dossary, QA Manager of the Buyer, records an approved sign-off of the PPS "
               "(shock absorption at -10 C, penetration, flame resistance and chin-strap anchorage), then 1,500 "
               "helmets (first lot) are released by that sign-off without a further document. This auto-conversion "
               "covers the 1,500 helmets of the first lot only."),
         ("h", "4. Balance"),
         ("p", "The remaining 4,500 helmets are not released. They can be released only by a written release signed "
               "by Omar Al-Qahtani, Procurement Director, after inspection of the first lot."),
         ("h", "5. Material authority"),
         ("p", "Sample material only until the PPS sign-off; afterwards material for the 1,500 helmets of the first lot only."),
         ("sp",),
         ("table", [["For the Buyer", "For the Supplier"],
                    ["Omar Al-Qahtani, Procurement Director", "Tran Quoc Bao, General Director"]]),
     ], title="AR-HLM-2291 agreement", author="Al-Rashid Industrial Safety"))])

# c08 supplier states the deposit does not release production; buyer scope quoted.
_t = T("""
Dear Ms. Sophie,

We received the deposit 30% (EUR 8.640,00) today, thank you very much.

Please note, as we agreed on the phone, the deposit does not release production. We make only the
36 PPS now (6 sizes x 2 colours x 3 pcs). The bulk 2.964 pcs waits for your written release after
you sign off the PPS. We will not buy the bulk fabric before that.

PPS will be ready on 24 May, we send by FedEx.

Best regards,
Lan
Nguyen Thi Lan | Sales Executive | Saigon Safety Gear Co., Ltd | +84 28 3895 1120

""") + "\n" + quote(T("""
From: Sophie Dupont <s.dupont@epi-normandie.fr>
Sent: Monday, 6 May 2024 10:02
Subject: Commande EN-24-117 - PPS softshell hi-vis

Bonjour Lan,

Please find our order EN-24-117. It releases the 36 pre-production samples only.
The bulk quantity of 2 964 jackets is not released. It will be released only after our sign-off
of the PPS, by a written release signed by me.
The deposit is for the samples and the pattern work; it does not release the bulk.

Cordialement,
Sophie Dupont
Acheteuse, EPI Normandie SARL, Rouen
"""))
_m = mail('"Nguyen Thi Lan" <lan.nguyen@saigonsafetygear.vn>', '"Sophie Dupont" <s.dupont@epi-normandie.fr>',
          "RE: Commande EN-24-117 - PPS softshell hi-vis", "Wed, 08 May 2024 16:20:00 +0700", _t,
          in_reply_to="<en24117-0506@epi-normandie.fr>")
case("c08_deposit_not_release_eml", [], "supplier confirms deposit does not release production; 36 PPS only, bulk waits for written release by buyer",
     [EML("RE_Commande_EN-24-117.eml", _m)])

# c09 supplier acknowledgement restating the hold.
case("c09_supplier_ack_pdf", [], "supplier acknowledgement restating: 20 samples released, 980 not released until sign-off + written release by named manager",
     [("EYG-OA-2024-0311_acknowledgement.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT No. EYG-OA-2024-0311"),
         ("p", "Ege Yuksekte Guvenlik A.S., Kemalpasa OSB, Izmir, Turkiye - to Pennine Height Safety Ltd, Huddersfield, UK"),
         ("p", "We acknowledge your PO PHS-7720 dated 29.04.2024 as written:"),
         ("table", [["Line", "Article", "Scope", "Qty"],
                    ["10", "EYG-H361 full body harness, 2-point, EN 361:2002, size M/L", "sample", "20 pcs"],
                    ["-", "same article", "balance - not released", "980 pcs"]]),
         ("sp",),
         ("p", "We understand that only the 20 sample harnesses are released. The balance of 980 pcs is not "
               "released. We will not cut webbing or buy buckles for the balance. The balance can be released "
               "only by a written release from Mr. James Holloway, Purchasing Manager, after your sign-off of the "
               "samples (dynamic drop test at your lab)."),
         ("p", "Sample delivery: 20.05.2024 by TNT. Sample invoice EUR 1.140,00 (20 x 57,00)."),
         ("p", "Aylin Demir, Sales - Export, +90 232 555 0147"),
     ], title="Acknowledgement EYG-OA-2024-0311", author="Ege Yuksekte Guvenlik"))])

# c10 complete sample PO in DOCX with table.
case("c10_sample_po_docx", [], "sample PO: 6 PPS released, 3,000 quoted shown as not released, unlock = QA sign-off + revised PO by named manager",
     [("GS-PO-24-0562.docx", docx_bytes([
         ("h1", "PURCHASE ORDER GS-PO-24-0562 - SAMPLE SCOPE"),
         ("p", "Gulf Shield Safety Trading Est., Al-Safa District, Jeddah 23453, Kingdom of Saudi Arabia"),
         ("p", "Supplier: Karachi FR Garments (Pvt) Ltd, SITE Area, Karachi, Pakistan. Date: 07 May 2024."),
         ("table", [["Line", "Item", "Scope", "Qty", "Unit", "Price USD"],
                    ["1", "GS-FRC-300 coverall, 300 g/m2 88/12 cotton/nylon FR, navy, 50 mm FR reflective tape",
                     "PPS (sizes M, L, XL - 2 each)", "6", "pcs", "38.00"]]),
         ("h", "Scope of this PO"),
         ("num", "Released now: the 6 pre-production samples of line 1. Nothing else is released."),
         ("num", "The quoted production quantity of 3,000 coveralls (your quotation KFG-Q-1190) is not released and "
                 "is mentioned here for information only."),
         ("num", "What to do now: make and ship the 6 PPS with the EN ISO 11612 test report (A1 B1 C1 E1 F1) and "
                 "EN 1149-5. Material authority: sample yardage only."),
         ("num", "Unlock: the 3,000 can be released only after our QA signs off the PPS, and then only by a revised "
                 "PO signed by Faisal Al-Harbi, Procurement Manager."),
         ("p", "Delivery of PPS: by 30 May 2024, DHL, to our Jeddah office."),
         ("p", "Authorised signatory: Faisal Al-Harbi, Procurement Manager"),
     ], author="Faisal Al-Harbi"))])

# c11 framework call-off, ERP fixed width, complete.
case("c11_framework_calloff_txt", [], "framework call-off releases 3,000; framework estimate labelled non-binding; next call-off signed by named manager",
     [("CO-FW19-004.txt", T("""
     ANGLIA PPE SUPPLIES LTD                          CALL-OFF ORDER
     ERP: SAGE X3   PRINTED 07/05/2024 14:22          PAGE 1 OF 1
     --------------------------------------------------------------------
     CALL-OFF NO : CO-FW19-004           FRAMEWORK : FW-19 (GLOVES 2024-26)
     SUPPLIER    : 40117 PUNJAB SAFETY GLOVES, SIALKOT
     BUYER       : DAVID OKAFOR (CATEGORY MANAGER)
     --------------------------------------------------------------------
     LN  ITEM         DESCRIPTION                       QTY  UOM  DEL DATE
     10  APS-NIT-388  NITRILE PALM GLOVE 4131X SZ 9   1,800  PR   28/06/24
     20  APS-NIT-388  NITRILE PALM GLOVE 4131X SZ 10  1,200  PR   28/06/24
     --------------------------------------------------------------------
                                        CALL-OFF TOTAL  3,000  PR
     NOTES:
     THIS CALL-OFF RELEASES 3,000 PR ONLY (LINES 10+20).
     FRAMEWORK ESTIMATE 40,000 PR/YR IS A NON-BINDING ESTIMATE AND IS
     NOT RELEASED.
     NEXT QUANTITY IS RELEASED ONLY BY CALL-OFF CO-FW19-005, SIGNED BY
     DAVID OKAFOR, CATEGORY MANAGER.
     MATERIAL: BUY FOR THE 3,000 PR OF THIS CALL-OFF ONLY.
     CARTON MARKS: ANGLIA / APS-NIT-388 / SIZE / 120 PR / CTN X OF Y
     """))])

# c12 tender award letter, no quantity committed, 24 PPS released, rest via POs signed by named manager.
case("c12_tender_award_pdf", [], "letter of award: not an order, 24 PPS only released, estimates labelled, POs after PPS sign-off signed by named contract manager",
     [("CRW-T-2024-031_letter_of_award.pdf", pdf([
         ("h1", "Letter of Award"),
         ("p", "Coalfields Regional Water Corporation, 14 Bridge Street, Maitland NSW 2320, Australia"),
         ("p", "Tender CRW-T-2024-031 - Standing Offer for High-Visibility Workwear - 20 May 2024"),
         ("p", "To: Mr. Tran Van Minh, Da Nang Protective Apparel Co., Ltd, Hoa Khanh Industrial Park, Da Nang, Vietnam"),
         ("p", "Dear Mr. Tran,"),
         ("p", "The Corporation is pleased to advise that your tender dated 4 March 2024 has been accepted and you are "
               "appointed to the standing offer panel for the items in Schedule 1, for 24 months from 1 June 2024."),
         ("p", "This letter is not a purchase order and does not commit the Corporation to any quantity. The estimated "
               "annual volumes in Schedule 1 are non-binding estimates for planning only and are not released."),
         ("p", "Pre-production samples: please supply three (3) garments per size in each of the eight (8) sizes XS to "
               "4XL for item HV-DN-01, that is twenty-four (24) garments. These 24 garments are the only quantity "
               "released by this letter."),
         ("p", "Production: no production quantity is released by this letter. Quantities will be released only by "
               "purchase orders issued after the Corporation's sign-off of the pre-production samples, each signed by "
               "the Contract Manager, Ms. Rebecca Hollis."),
         ("p", "Material: please buy material for the 24 sample garments only."),
         ("h", "Schedule 1"),
         ("table", [["Item", "Description", "Standard", "Estimated annual volume (non-binding)"],
                    ["HV-DN-01", "Long-sleeve day/night shirt, cotton drill 190 g/m2", "AS/NZS 4602.1:2011 Class D/N", "6,000"],
                    ["HV-DN-02", "Trousers with 50 mm tape", "AS/NZS 4602.1:2011 Class D/N", "3,500"]]),
         ("sp",),
         ("p", "Yours faithfully, Graham Keogh, Manager Procurement"),
     ], title="Letter of Award CRW-T-2024-031", author="Coalfields Regional Water"))])

# c13 production release 1 of 2, balance held with event and person.
case("c13_release_letter_docx", [], "release 1 of 3,000 after PPS sign-off; remaining 3,000 not released until wash report + written release by named manager",
     [("MPM-REL-1187-01.docx", docx_bytes([
         ("h1", "PRODUCTION RELEASE No. 1"),
         ("p", "Mogale Platinum Mines (Pty) Ltd - Supply Chain, Rustenburg, North West - 5 June 2024"),
         ("p", "Supplier: Denizli Is Elbiseleri San. ve Tic. A.Ş., Denizli, Türkiye"),
         ("p", "Order: MPM-PO-2024-1187 - navy/yellow two-piece conti suit, 100% cotton 240 g/m2 with 50 mm "
               "reflective tape, sizes 28-50. Commercial cover: PO MPM-PO-2024-1187 covers 6,000 suits."),
         ("p", "Sample sign-off: PPS signed off by our SHEQ department on 3 June 2024 (ref. SHEQ-PPS-0412)."),
         ("table", [["", "Quantity"],
                    ["Released by this document", "3,000 suits"],
                    ["Not released (balance)", "3,000 suits"],
                    ["Total commercial cover", "6,000 suits"]]),
         ("p", "Release 2 (the remaining 3,000 suits) requires the 30-wash shrinkage report on the first 500 bulk "
               "pieces and a written release signed by Johan Pretorius, Procurement Manager. Until then, please do "
               "not cut or buy fabric beyond the 3,000 released here."),
         ("p", "Signed: Johan Pretorius, Procurement Manager, Mogale Platinum Mines (Pty) Ltd"),
     ], author="Johan Pretorius"))])

# c14 WhatsApp: trial scoped, 50k held, supplier question answered 'no'.
case("c14_whatsapp_scoped_txt", [], "chat: 200 pc trial only, 50k on hold until site trial sign-off + written release by named buyer; supplier question refused",
     [("WhatsApp_Chat_Klang_Nitrile.txt", T("""
     [02/05/2024, 10:14] Lim Wei Jie (Klang Nitrile): Morning Ben, quote sent by email. Trial 200 pcs FOC, bulk 50k pcs at USD 21.40/1000
     [02/05/2024, 10:16] Ben Tran: Thanks Lim. Got it
     [02/05/2024, 10:21] Ben Tran: Confirming for the record: pls make the 200 pc trial only (2 boxes x 100), blue 4.5g, size M. Not the 50k. The 50k stays on hold until our site trial sign-off at the Gladstone plant, and then I'll send you a written release. Nothing for bulk before that pls
     [02/05/2024, 10:22] Lim Wei Jie (Klang Nitrile): Noted boss 👍 200 pcs trial only
     [02/05/2024, 10:23] Lim Wei Jie (Klang Nitrile): Can we go ahead to book compound for bulk? lead time now 3 weeks
     [02/05/2024, 10:30] Ben Tran: No, not yet. Trial first. I'll let you know after sign-off
     [02/05/2024, 10:31] Lim Wei Jie (Klang Nitrile): ok understood
     [02/05/2024, 10:31] Ben Tran: Ben Tran, Category Buyer, Southern Cross PPE
     """))])

# c15 full PO with identifiers that look like quantities.
case("c15_identifiers_pdf", [], "full-quantity PO for 350 parkas; HV-5000, DWG-1200 rev 12, 400 g/m2, EN codes are identifiers not quantities",
     [("NS-5120_purchase_order.pdf", pdf([
         ("h1", "PURCHASE ORDER NS-5120"),
         ("p", "Northgate Safety Supplies Ltd, Unit 7 Aire Valley Park, Leeds LS10 1AB, United Kingdom - 9 May 2024"),
         ("p", "Supplier: Bursa Teknik Tekstil A.S., Nilufer OSB, Bursa, Turkiye"),
         ("table", [["Line", "Part no.", "Description", "Qty", "Unit price", "Total"],
                    ["1", "HV-5000-XL", "Hi-vis parka, EN ISO 20471:2013+A1:2016 Class 3, EN 343 4:4, 300D Oxford PU, "
                     "yellow/navy, size XL", "350", "GBP 18.40", "GBP 6,440.00"]]),
         ("sp",),
         ("p", "Drawing: DWG-1200 rev 12 (tape layout). Tape: 50 mm retroreflective, 2 hoops body and 2 hoops sleeves."),
         ("p", "Fabric: 400 g/m2 total laminate weight. Colour: fluorescent yellow to shade band SB-2024-05."),
         ("p", "Packing: 10 pcs per carton, 35 cartons, carton marks NORTHGATE / HV-5000-XL / CTN 1-35 / MADE IN TURKIYE."),
         ("p", "This purchase order is for the full quantity of 350 parkas. No balance and no further call-offs on this PO. "
               "Please go ahead with the 350 pcs and confirm the shipping date."),
         ("p", "Delivery: DAP Leeds by 12 July 2024. Payment 60 days from invoice."),
         ("p", "Buyer: Daniel Shaw, Purchasing"),
     ], title="PO NS-5120", author="Northgate Safety"))])

# c16 old quote forwarded as rfc822, declared informational; PO scope complete.
_old = mail('"Rajesh Kumar" <rajesh@perakprotective.com.my>', '"Procurement" <procurement@easterngulfsafety.com.sa>',
            "Quotation PPP-Q-23-088 - safety helmet PPP-EN397", "Tue, 14 Mar 2023 10:12:00 +0800",
            T("""
            Dear Sir,

            Please find our quotation PPP-Q-23-088:
            Helmet PPP-EN397, HDPE, 4-point suspension, EN 397 certified (CE type exam by SIRIM).
            MOQ 1,000 pcs. Price for 5,000 pcs: USD 4.60 per pc FOB Port Klang. Validity 90 days.

            Regards,
            Rajesh Kumar
            Perak Protective Products Sdn Bhd
            """))
_t = T("""
Dear Mr. Rajesh,

Please find below the scope of our PO EG-2024-0619. Forwarded for information only is your company's
quotation from 2023 for 5,000 helmets. That 5,000 figure is informational and is not released.

Scope of PO EG-2024-0619:
- Released now: 20 sample helmets, type PPP-EN397 white, with 4-point chin strap, for our site trial.
- Balance: no production quantity is released. Any bulk quantity stays on hold.
- Unlock: after our site trial sign-off, only a written release signed by me can release a bulk quantity.
- Material: for the 20 samples only.

Please deliver the samples to our Al-Khobar warehouse, attention Mr. Salman.

Regards,
Ahmed Al-Ghamdi
""") + sig("Ahmed Al-Ghamdi", "Procurement Section Head", "Eastern Gulf Safety Supplies Co., Al-Khobar", "+966 13 555 0119")
_m = mail('"Ahmed Al-Ghamdi" <a.alghamdi@easterngulfsafety.com.sa>', '"Rajesh Kumar" <rajesh@perakprotective.com.my>',
          "PO EG-2024-0619 - sample helmets / FW: old quotation (info only)", "Sun, 12 May 2024 09:30:00 +0300",
          _t, attachments=[("rfc822", _old)])
case("c16_fwd_old_quote_eml", [], "old 5,000 quote forwarded as rfc822 and declared informational; 20 samples released, bulk held, unlock by named buyer",
     [EML("EG-2024-0619_samples.eml", _m)])

# c17 buyer corrects a quoted supplier assumption of auto-conversion.
_t = T("""
Hi Bilal,

Please don't. Signing off the PPS does not release anything by itself. Right now only the 30 PPS
are released under PO HW-2207. The bulk of 2,970 coveralls stays on hold until we have signed off
the PPS and I have issued PO HW-2207 rev 1 for the bulk. No fabric for bulk before that, please.

If the PPS are fine you will have the revised PO within two working days of our sign-off.

Thanks,
Fiona
""") + sig("Fiona MacLeod", "Purchasing Manager", "Highland Workwear Ltd, Inverness", "+44 1463 555 208") + "\n" + quote(T("""
On 7 May 2024, at 08:41, Bilal Ahmed <bilal@lahoreworkwear.pk> wrote:
Dear Fiona, PPS will be ready 15 May. Once PPS are approved we will start the bulk 2,970
immediately so we can meet your August date. Hope ok.
Regards, Bilal
"""))
_m = mail('"Fiona MacLeod" <fiona.macleod@highlandworkwear.co.uk>', '"Bilal Ahmed" <bilal@lahoreworkwear.pk>',
          "RE: PO HW-2207 PPS timing", "Tue, 07 May 2024 10:15:00 +0100", _t,
          in_reply_to="<hw2207-0507@lahoreworkwear.pk>")
case("c17_autoconv_corrected_eml", [], "quoted supplier assumption (PPS approval -> bulk) corrected by buyer: 30 PPS only, bulk held until sign-off + rev PO by Fiona",
     [EML("RE_PO_HW-2207_PPS_timing.eml", _m)])

# c18 stop notice with PDF attachment.
_stop = pdf([
    ("h1", "STOP NOTICE - PO SAS-6617"),
    ("p", "Summit Access Safety Ltd, Sheffield - Date: 9 May 2024"),
    ("p", "To: Anatolia Fall Protection Ltd. Sti., Izmir - Attn. Mr. Murat Kaya"),
    ("p", "Order: full body harness AFP-361-2D, EN 361:2002, with EN 358 work positioning belt."),
    ("p", "Reason: a dorsal D-ring from the sample batch failed our dynamic test at 100 kg / 2 m (test report SAS-TR-0509)."),
    ("p", "Effective immediately, nothing more may start on this order."),
    ("p", "The 60 sample harnesses already released may be finished, tested and shipped. No other quantity is released."),
    ("p", "The balance of 1,440 harnesses stays on hold. The stop will be lifted, and the balance released, only by a "
          "written release signed by Graham Pike, Head of Procurement, after sign-off of the retest on the modified D-ring."),
    ("p", "Material: do not buy webbing or hardware beyond the 60 samples."),
    ("p", "Graham Pike, Head of Procurement"),
], title="Stop notice SAS-6617", author="Summit Access Safety")
_m = mail('"Graham Pike" <g.pike@summitaccess.co.uk>', '"Murat Kaya" <murat@anatoliafall.com.tr>',
          "STOP NOTICE - PO SAS-6617 harness AFP-361-2D", "Thu, 09 May 2024 15:48:00 +0100",
          T("""
          Dear Murat,

          Please see the attached stop notice for PO SAS-6617. In short: stop everything on this order now,
          except finishing and testing the 60 sample harnesses. Details and the test report number are in the notice.

          I know this is a nuisance with the summer dates. Let's talk on Monday about the modified D-ring.

          Regards,
          Graham
          """) + sig("Graham Pike", "Head of Procurement", "Summit Access Safety Ltd", "+44 114 555 0132"),
          attachments=[("SAS-6617_stop_notice.pdf", _stop, PDF_MT)])
case("c18_stop_notice_eml", [], "stop notice: only 60 samples may be finished; 1,440 held until retest sign-off + written release by named head",
     [EML("STOP_NOTICE_SAS-6617.eml", _m)])

# c19 interim sign-off with quantity and expiry limits.
case("c19_interim_disposition_pdf", [], "interim sample sign-off limited to 500 pairs and a date; 500 released in writing by named manager; 4,500 held",
     [("SCP-ORD-0877_sample_disposition.pdf", pdf([
         ("h1", "Sample disposition - INTERIM"),
         ("p", "Southern Cross PPE Pty Ltd - Quality & Supply - 24 May 2024"),
         ("p", "Supplier: Multan Hand Protection (Pvt) Ltd, Multan, Pakistan"),
         ("p", "Order SCP-ORD-0877: cut-resistant glove SCP-CUT-F, EN 388:2016 cut level F, AS/NZS 2161.3. "
               "Commercial cover: PO 0877 for 5,000 pairs."),
         ("table", [["Field", "Entry"],
                    ["Disposition", "Interim sign-off"],
                    ["Reason", "Cut level F confirmed (lab report MTS-24-3310); palm coating slightly darker than shade band"],
                    ["Quantity limit", "500 pairs"],
                    ["Expiry", "30 June 2024"],
                    ["Condition", "re-submit 3 pairs in the corrected grey shade by 14 June 2024"]]),
         ("sp",),
         ("p", "Production release under this interim sign-off: 500 pairs. Signed: Karen Liu, Quality & Supply Manager."),
         ("p", "Not released: the remaining 4,500 pairs. They will be released only after a full sign-off of the "
               "corrected shade and a written release signed by Karen Liu."),
         ("p", "Material authority: material for 500 pairs only until the full sign-off."),
     ], title="Interim disposition SCP-ORD-0877", author="Southern Cross PPE"))])

# c20 lab dip approved for colour only + PO attached with complete scope; multipart/alternative.
_po = pdf([
    ("h1", "PURCHASE ORDER KS-PO-3390"),
    ("p", "Khanyisa Safety (Pty) Ltd, Germiston, South Africa - 2 May 2024"),
    ("p", "Supplier: Ashulia Hi-Vis Garments Ltd, Ashulia, Savar, Dhaka, Bangladesh"),
    ("table", [["Line", "Item", "Scope", "Qty", "Unit price USD"],
               ["1", "KS-JKT-20 hi-vis jacket, fluorescent orange, EN ISO 20471 Class 3", "PPS", "15", "14.00"]]),
    ("sp",),
    ("p", "Released now: the 15 PPS jackets of line 1 only."),
    ("p", "Quoted production quantity 1,985 jackets: not released."),
    ("p", "Unlock: our PPS sign-off, then a written release signed by Pieter Venter, Supply Chain Manager."),
    ("p", "Material authority: PPS material only."),
    ("p", "Buyer: Thandiwe Ndlovu"),
], title="PO KS-PO-3390", author="Khanyisa Safety")
_t = T("""
Hi Arif,

Lab dip option B (fluorescent orange, ref. LD-OR-B) is approved for colour only. It sits inside the
EN ISO 20471 chromaticity box and matches our shade card. Please use option B for the PPS.

This is not a production release. Our PO KS-PO-3390 (attached again) releases 15 PPS jackets and
nothing else. The bulk of 1,985 jackets is not released; it needs our PPS sign-off and then a written
release signed by Pieter Venter, Supply Chain Manager.

Please send the PPS with 3 swatches of the dye lot you use for them.

Regards,
Thandiwe
""") + sig("Thandiwe Ndlovu", "Buyer", "Khanyisa Safety (Pty) Ltd", "+27 11 555 0177")
_m = mail('"Thandiwe Ndlovu" <thandiwe@khanyisasafety.co.za>', '"Arif Hossain" <arif@ashuliahivis.com.bd>',
          "KS-PO-3390 lab dip result", "Fri, 10 May 2024 12:30:00 +0200", _t, html=text_html(_t),
          attachments=[("KS-PO-3390.pdf", _po, PDF_MT)])
case("c20_labdip_colour_only_eml", [], "lab dip approved for colour only, not a production release; PO attached: 15 PPS, 1,985 not released, named release authority",
     [EML("KS-PO-3390_lab_dip.eml", _m)])

# c21 supplier status report with material inside an explicit staged authority.
_rows = [["Item", "Status"],
         ["Released production quantity", "1,000 jackets (call-off 1, signed Craig Whitfield 22 Apr)"],
         ["Material authority", "staged up to 3,000 jackets (your letter of 2 May 2024, at your liability)"],
         ["Shell fabric bought", "2,700 m, about 2,500 jackets equivalent - within authority"],
         ["Reflective tape bought", "2,500 jackets equivalent - within authority"],
         ["Cutting", "1,000 jackets cut (call-off 1 only)"],
         ["Sewing", "620 / 1,000"],
         ["Balance 2,000 jackets", "not released - waiting for call-off 2 from Craig Whitfield after TOP sample sign-off"]]
case("c21_status_within_authority_html", [], "supplier status: material within explicit staged authority; cutting only released 1,000; balance waits for call-off 2",
     [("BDW_status_OSW-2024-015_wk19.html", html_page("Weekly status OSW-2024-015", T(f"""
     <h2>Binh Duong Workwear Co., Ltd &mdash; weekly status, week 19</h2>
     <p>Order OSW-2024-015 &mdash; Outback Safety Wholesale Pty Ltd, Perth &mdash; hi-vis rain jacket OSW-RJ-7</p>
     {table_html(_rows)}
     <p>We will not cut any piece beyond the 1,000 released before call-off 2.</p>
     <p>Best regards,<br>Vo Thi Thu, Merchandising Manager</p>
     """)))])

# c22 full-quantity PO in HTML with size break summing to the total.
_rows = [["Size", "S", "M", "L", "XL", "XXL", "Total"],
         ["Qty (pcs)", "80", "240", "300", "220", "120", "960"]]
case("c22_full_po_sizebreak_html", [], "full-quantity PO 960 coveralls, size break sums to 960, proceed scoped to quantity",
     [("AMIS-PO-24-0417.html", html_page("Purchase Order AMIS-PO-24-0417", T(f"""
     <h2>Al-Madinah Industrial Supplies Co. &mdash; Purchase Order AMIS-PO-24-0417</h2>
     <p>Date: 14 May 2024 &mdash; Supplier: Denizli İş Elbiseleri San. ve Tic. A.Ş., Denizli, Türkiye</p>
     <p>Item: two-piece navy coverall, 65/35 polyester/cotton 245 g/m², two 50 mm reflective bands, embroidered logo left chest.</p>
     {table_html(_rows)}
     <p>Unit price: USD 11.20. Total: USD 10,752.00. Incoterm: CFR Jeddah Islamic Port.</p>
     <p>This purchase order covers the full quantity of 960 coveralls. There is no balance and no further call-off.
     Kindly proceed with manufacturing of the 960 coveralls and advise the ready date.</p>
     <p>Inspection: pre-shipment inspection by our representative, AQL 2.5.</p>
     <p>With best regards,<br>Yousef Al-Harbi<br>Purchasing Officer, Al-Madinah Industrial Supplies Co., Madinah</p>
     """)))])

# c23 chat: buyer reminds that the deposit does not release bulk.
case("c23_chat_deposit_reminder_txt", [], "chat: deposit covers insert and samples, does not release bulk; 25 samples only; bulk held until sign-off + written release by named buyer",
     [("slack_ubuntu-kocaeli-helmets.txt", T("""
     #ubuntu-kocaeli-helmets   exported 2024-05-10 16:02 SAST
     [2024-05-08 09:02] Emre Yıldız (Kocaeli Kask): Günaydın Nomsa, did the deposit go today? For the mould insert change we need it.
     [2024-05-08 09:40] Nomsa Khumalo (Ubuntu Safety): Morning Emre. Yes, paid this morning, USD 1,950, POP attached.
     [2024-05-08 09:41] Nomsa Khumalo (Ubuntu Safety): Reminder so nobody gets confused: the deposit covers the mould insert and the samples. It does not release bulk.
     [2024-05-08 09:42] Nomsa Khumalo (Ubuntu Safety): Only the 25 sample helmets are released (5 per colour). The bulk 2,475 stays on hold until our sample sign-off (impact + penetration at the SABS lab) and my written release.
     [2024-05-08 09:50] Emre Yıldız (Kocaeli Kask): Clear 👍 samples only. Insert ready Friday, samples week 21.
     [2024-05-08 09:51] Nomsa Khumalo (Ubuntu Safety): 👌
     """))])

# c24 supplier quote (HTML) with MOQ and tiers.
_rows = [["Stage", "Quantity", "Price", "Lead time"],
         ["Trial lot", "10 boxes (1,000 pcs)", "free of charge", "7 days"],
         ["Production tier 1", "1 x 20' container (1,800 cartons = 1,800,000 pcs)", "USD 19.80 / 1,000 pcs", "30 days"],
         ["Production tier 2", "3 x 20' containers per month", "USD 19.10 / 1,000 pcs", "30 days"]]
case("c24_quote_moq_html", [], "supplier quote with trial lot and MOQ tiers; no authorized quantity",
     [("KN-Q-24-0311.html", html_page("Quotation KN-Q-24-0311", T(f"""
     <h2>Klang Nitrile Sdn Bhd &mdash; Quotation KN-Q-24-0311</h2>
     <p>To: Sécuritex Distribution SAS, Lyon &mdash; Date: 3 May 2024 &mdash; Valid 30 days</p>
     <p>Item: nitrile examination glove, powder-free, blue, 3.5 g, EN 455-1/2/3, EN ISO 374-5 (virus), sizes S-XL,
     100 pcs per box, 10 boxes per carton.</p>
     {table_html(_rows)}
     <p>Terms: FOB Port Klang. 30% T/T advance, balance against B/L copy.</p>
     <p>Production starts only after your written production release naming the quantity; a purchase order or a
     deposit alone does not start production.</p>
     <p>Best regards,<br>Lim Wei Jie, Export Sales</p>
     """)))])

# c25 multi-file: PO + supplier quote + acknowledgement, all consistent.
_c25_po = pdf([
    ("h1", "PURCHASE ORDER TVS-PO-8830"),
    ("p", "Thames Valley Safety Ltd, Reading RG2 0TD, United Kingdom - 3 May 2024"),
    ("p", "Supplier: Hai Phong Helmet JSC, Hai Phong, Vietnam"),
    ("table", [["Line", "Item", "Scope", "Qty", "Unit price USD"],
               ["1", "HPH-397E helmet, EN 397 + EN 50365 class 0, white, with TVS logo", "PPS", "18", "6.90"]]),
    ("sp",),
    ("p", "Scope: this PO releases the 18 pre-production samples only. The quoted production quantity (1,782 further "
          "helmets, your quote HPH-Q-0451) is not released."),
    ("p", "Unlock: after our PPS sign-off, the production quantity can be released only by a revised PO signed by "
          "Priya Nair, Purchasing Manager."),
    ("p", "Material: sample material only."),
    ("p", "Priya Nair, Purchasing Manager"),
], title="PO TVS-PO-8830", author="Thames Valley Safety")
_c25_q = pdf([
    ("h1", "QUOTATION HPH-Q-0451"),
    ("p", "Hai Phong Helmet JSC - to Thames Valley Safety Ltd - 22 April 2024"),
    ("table", [["Stage", "Quantity", "Unit price USD", "Lead time"],
               ["PPS", "18 pcs", "6.90", "12 days"],
               ["Production", "1,800 pcs incl. PPS", "5.75", "45 days"]]),
    ("p", "Prices FOB Hai Phong. Colours: white, yellow, orange. Pad print 1 colour included."),
    ("p", "Pham Van Duc, Sales Director"),
], title="Quotation HPH-Q-0451", author="Hai Phong Helmet")
case("c25_multi_po_quote_ack", [], "bundle PO + quote + ack: 18 PPS released, production quantity stated not released, rev PO by named manager",
     [("TVS-PO-8830.pdf", _c25_po), ("HPH-Q-0451.pdf", _c25_q),
      ("HPH_acknowledgement_TVS-PO-8830.txt", T("""
      HAI PHONG HELMET JSC - ORDER ACKNOWLEDGEMENT
      Date: 06/05/2024
      Your PO: TVS-PO-8830

      We acknowledge PO TVS-PO-8830 as written: 18 PPS helmets HPH-397E only.
      The production balance of 1,782 helmets is not released; we wait for your revised PO
      signed by Ms. Priya Nair after your PPS sign-off. We buy PPS material only.

      PPS ready: 18/05/2024, by DHL.

      Pham Van Duc
      Sales Director
      """))])

# =================================================================== POSITIVE
# p00 French sample order for harness samples; silent about any balance, event or person.
_po = docx_bytes([
    ("h1", "BON DE COMMANDE PA-24-0215"),
    ("p", "Protec'Alpes SAS, 8 avenue de l'Europe, 38100 Grenoble, France"),
    ("p", "Fournisseur: Marmara Height Safety Ltd., Tuzla, Istanbul, Türkiye - Date: 13/05/2024"),
    ("table", [["Ligne", "Article", "Désignation", "Qté", "PU €", "Total €"],
               ["1", "MHS-2P", "Harnais antichute 2 points EN 361 + ceinture EN 358 - échantillons (M/L x5, XL/XXL x5)", "10", "42,50", "425,00"],
               ["2", "MHS-L2", "Longe double avec absorbeur EN 355, 1,8 m - échantillons", "10", "18,90", "189,00"]]),
    ("p", "Total HT: 614,00 €. Paiement: 30 jours fin de mois."),
    ("p", "Livraison: express DAP Grenoble avant le 31/05/2024. Marquage: logo Protec'Alpes sur étiquette dorsale."),
    ("p", "Documents: attestation d'examen UE de type (module B) et déclaration UE de conformité en français."),
    ("p", "Acheteur: Julien Marchand"),
], author="Julien Marchand")
_m = mail('"Julien Marchand" <j.marchand@protecalpes.fr>', '"Can Kaya" <can.kaya@marmaraheight.com.tr>',
          "Order PA-24-0215 - samples harness MHS-2P and lanyard MHS-L2", "Mon, 13 May 2024 17:22:00 +0200",
          T("""
          Hello Mr. Kaya,

          Following our meeting at the A+A fair in Düsseldorf, please find attached our order PA-24-0215 for the
          samples of the harness MHS-2P (EN 361 + EN 358) with the energy absorber lanyard MHS-L2 (EN 355).

          We need 10 harnesses and 10 lanyards, sizes M/L and XL/XXL (5 + 5), with our logo on the dorsal
          label. Delivery by express to Grenoble before 31 May please, our customer (a ski lift operator) wants
          to test them in June on the lift towers.

          Please send also the EU type-examination certificates (module B) and the declaration of conformity
          in French.

          Thank you in advance, best regards,

          Julien Marchand
          Acheteur - Protec'Alpes SAS
          +33 4 76 55 01 23
          """), attachments=[("PA-24-0215.docx", _po, DOCX_MT)])
case("p00_french_sample_order_eml", ["RG003", "RG004", "RG005"],
     "sample order for 10+10 never says the balance is not released, names no unlock event and no release authority",
     [EML("PA-24-0215_samples.eml", _m)])

# p01 Saudi sample PO with the quoted production quantity printed beside it, silent.
case("p01_sample_po_prodline_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 shows quoted 6,000 production qty with no 'not released'; no hold, no event, no release person",
     [("ARS-PO-45-2291.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Al-Rashid Industrial Safety Co. - P.O. Box 3321, Dammam 31471, Kingdom of Saudi Arabia"),
         ("p", "PO No.: ARS-PO-45-2291 - Date: 05 May 2024 - Supplier: Mekong Protective Headwear JSC, Long An, Vietnam"),
         ("table", [["Line", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "Safety helmet MPH-V6, ABS, vented, 6-point ratchet, EN 397:2012+A1:2012, white with Al-Rashid "
                          "logo pad print - pre-production samples", "12 pcs", "0.00 (FOC)", "0.00"]]),
         ("sp",),
         ("p", "Quotation: MPH-Q-24-061 dated 28 April 2024 - production quantity 6,000 pcs at USD 7.85 per pc, "
               "delivery 60 days, FOB Ho Chi Minh City."),
         ("p", "Samples to be delivered by DHL to our Dammam warehouse before 25 May 2024, with EN 397 test report "
               "and SASO conformity documents."),
         ("p", "Packing: helmets individually in polybag, 20 pcs per carton, carton marks AL-RASHID / MPH-V6 / WHITE / QTY / C/NO."),
         ("p", "Payment: samples free of charge as per quotation."),
         ("p", "Procurement Officer: Khalid Al-Shehri - Signature: ____________"),
     ], title="PO ARS-PO-45-2291", author="Al-Rashid Industrial Safety"))])

# p02 UK email: PO for PPS + quote attached (bulk 3,600), nothing about the bulk.
_po = pdf([
    ("h1", "PURCHASE ORDER PW-30522"),
    ("p", "Pennine Workwear Ltd, Halifax HX1 5ER, United Kingdom - 8 May 2024"),
    ("p", "Supplier: Narayanganj Knit & Hi-Vis Ltd, Fatullah, Narayanganj, Bangladesh"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
               ["1", "HVS-330", "Hi-vis sweatshirt EN ISO 20471 Class 3, yellow/navy and orange/navy, M/L/XL - PPS", "18", "9.00", "162.00"]]),
    ("p", "Delivery: PPS by courier to Halifax by 7 June 2024."),
    ("p", "Buyer: Oliver Grant"),
], title="PO PW-30522", author="Pennine Workwear")
_q = pdf([
    ("h1", "QUOTATION NKH-Q-2404"),
    ("p", "Narayanganj Knit & Hi-Vis Ltd - to Pennine Workwear Ltd - 29 April 2024"),
    ("table", [["Stage", "Quantity", "Unit price USD", "Lead time"],
               ["PPS", "18 pcs", "9.00", "12 days"],
               ["Bulk", "3,600 pcs", "7.20", "55 days"]]),
    ("p", "Fabric: 280 g/m2 polyester fleece back, fluorescent yellow / orange to EN ISO 20471. Tape 50 mm segmented."),
    ("p", "FOB Chattogram. Payment by T/T 30/70."),
    ("p", "Kamrul Hasan, Marketing Manager"),
], title="Quotation NKH-Q-2404", author="Narayanganj Knit")
_m = mail('"Oliver Grant" <oliver.grant@penninework.co.uk>', '"Kamrul Hasan" <kamrul@nkhivis.com.bd>',
          "PO PW-30522 - PPS hi-vis sweatshirt HVS-330", "Wed, 08 May 2024 10:05:00 +0100",
          T("""
          Hi Kamrul,

          Good to speak on Teams yesterday. Please find our PO PW-30522 for the pre-production samples of the
          hi-vis sweatshirt HVS-330 (EN ISO 20471 Class 3): 3 sizes (M, L, XL) x 2 colours x 3 pcs = 18 pcs.

          Your quote NKH-Q-2404 is attached as well.

          Please send the PPS with the 5-wash test report and a tape adhesion test. Our lab needs them by 7 June.

          Also, could you send a photo of the carton marks on a finished carton? Last time the DG sticker was on
          the wrong side.

          Cheers,
          Oliver
          """) + sig("Oliver Grant", "Buyer", "Pennine Workwear Ltd", "+44 1422 555 310"),
          attachments=[("PW-30522.pdf", _po, PDF_MT), ("NKH-Q-2404.pdf", _q, PDF_MT)])
case("p02_pps_po_with_quote_eml", ["RG001", "RG003", "RG004", "RG005"],
     "PPS PO for 18 sent with quote showing bulk 3,600; nothing says bulk not released, no unlock event, no release person",
     [EML("PO_PW-30522_PPS.eml", _m)])

# p03 SA ERP sample PO with bulk quote reference line, silent.
case("p03_erp_sample_po_txt", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 24 pr prints quote bulk 4,800 pr beside it; no hold, no event, no release authority",
     [("HIS-PO-0077431.txt", T("""
     HIGHVELD INDUSTRIAL SUPPLIES (PTY) LTD              PURCHASE ORDER
     SYSPRO 8   PRINT 2024/05/06 11:05                       PAGE 1
     ---------------------------------------------------------------------
     PO NUMBER   : HIS-PO-0077431          PO DATE  : 2024/05/06
     SUPPLIER    : SGW001 SIALKOT GRIP WORKS (PVT) LTD
     BUYER       : T. MOKOENA
     CURRENCY    : USD        INCOTERM : FOB KARACHI
     ---------------------------------------------------------------------
     LN  STOCK CODE      DESCRIPTION                    QTY  UOM    PRICE
     1   HIS-CUT5-GRY    CUT GLOVE 4X43C PPS SZ 8-10     24  PR      0.00
     ---------------------------------------------------------------------
     QUOTE REF   : SGW-Q-24-0133   BULK 4,800 PR @ 2.35   LT 50 DAYS
     DELIVERY    : PPS BY COURIER TO JHB DC BEFORE 2024/05/31
     REMARKS     : PPS WITH EN388 REPORT. BARCODE LABEL PER HIS SPEC 12.
     ---------------------------------------------------------------------
                                              PO TOTAL USD      0.00
     """))])

# p04 HTML PO: bulk on hold 'until further notice', named person, no event.
_rows = [["Line", "Item", "Description", "Qty", "Unit USD"],
         ["1", "JHS-397", "Hard hat, ABS, EN 397, 4-point suspension - samples, 6 colours x 5", "30", "3.10"]]
case("p04_po_hold_no_event_html", ["RG004"],
     "30 samples released, bulk 2,970 'on hold until further notice'; named person can lift it but no unlock event named",
     [("KS-PO-3412.html", html_page("Purchase Order KS-PO-3412", T(f"""
     <h2>Khanyisa Safety (Pty) Ltd &mdash; Purchase Order KS-PO-3412</h2>
     <p>Supplier: Johor Headgear Sdn Bhd, Pasir Gudang, Johor, Malaysia &mdash; Date: 9 May 2024</p>
     {table_html(_rows)}
     <div class="note">
     <p><b>Released now:</b> the 30 sample hard hats of line 1 only.</p>
     <p><b>Bulk 2,970 hard hats:</b> on hold until further notice. Naledi Dlamini (Procurement Manager) is the only
     person who can lift this hold.</p>
     <p><b>Material:</b> sample material only.</p>
     </div>
     <p>Delivery of samples: DHL to Germiston by 31 May 2024. Pad print: Khanyisa logo, front, 1 colour.</p>
     <p>Naledi Dlamini, Procurement Manager</p>
     """)))])

# p05 Australian email: event named, release 'from our procurement department' (no person).
_m = mail('"Aaron Fitzgerald" <aaron.f@outbacksafety.com.au>', '"Nguyen Thi Hoa" <hoa.nguyen@hanoitechtex.vn>',
          "PO OSW-2024-022 - scope for PPS drill shirts", "Fri, 10 May 2024 08:40:00 +0800",
          T("""
          Hi Ms Hoa,

          Please find below the scope for PO OSW-2024-022 (also in the supplier portal):

          - Released now: 40 pre-production shirts (8 sizes x 5), orange/navy 190 gsm cotton drill with 50 mm tape.
          - The balance of 3,960 shirts is not released.
          - The balance will be released only after our PPS sign-off, by a written release from our procurement department.
          - Material: enough for the 40 PPS only.

          PPS due 14 June at our Perth DC. Please include the AS/NZS 4602.1 test certificate from your lab.

          Cheers,
          Aaron
          """) + sig("Aaron Fitzgerald", "Buyer", "Outback Safety Wholesale Pty Ltd, Perth WA", "+61 8 5550 1290"))
case("p05_email_dept_release_eml", ["RG005"],
     "40 PPS released, 3,960 not released until PPS sign-off + written release 'from our procurement department' - no named person",
     [EML("OSW-2024-022_scope.eml", _m)])

# p06 WhatsApp: supplier quotes bulk 8000, buyer orders 20 samples, silent.
case("p06_whatsapp_sample_colours_txt", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer orders 20 sample vests beside supplier's bulk 8000 price; nothing about hold, event or release person",
     [("WhatsApp_Chat_Rupganj.txt", T("""
     [05/05/2024, 11:02] Sohel Rupganj: Salam Abdullah bhai. Price for mesh vest with 2 bands 5cm: sample 20 pcs free, bulk 8000 pcs USD 1.35 FOB Chattogram
     [05/05/2024, 11:03] Sohel Rupganj: colours orange, lime, blue, red
     [05/05/2024, 11:15] Abdullah Al-Mutairi: Wa alaikum salam. ok good price
     [05/05/2024, 11:17] Abdullah Al-Mutairi: pls make samples 5 pcs each colour, 4 colours = 20 pcs. with our logo print back side "NAJD SAFETY"
     [05/05/2024, 11:17] Abdullah Al-Mutairi: send DHL to Riyadh office
     [05/05/2024, 11:20] Sohel Rupganj: ok bhai, 20 pcs samples, 7 days
     [05/05/2024, 11:21] Sohel Rupganj: logo file pls send in AI or PDF
     [05/05/2024, 11:34] Abdullah Al-Mutairi: <attached: NAJD_logo.pdf>
     [05/05/2024, 11:35] Sohel Rupganj: 👍
     """))])

# p07 French DOCX PO: 'Balance of 1 194 pcs: on hold.' - nothing else.
case("p07_po_hold_only_docx", ["RG004", "RG005"],
     "6 sample welding jackets; balance 1 194 'on hold' but no unlock event and no release authority",
     [("AP-24-1093.docx", docx_bytes([
         ("h1", "Commande / Purchase Order AP-24-1093"),
         ("p", "Atlantique Protection SARL, 22 quai de la Fosse, 44000 Nantes, France - 14/05/2024"),
         ("p", "Supplier: Faisalabad Technical Textiles (Pvt) Ltd, Faisalabad, Pakistan"),
         ("table", [["Line", "Article", "Qty", "Unit price", "Total"],
                    ["1", "FTT-W11 welding jacket, FR cotton body with split leather sleeves, EN ISO 11611 class 2, "
                          "EN ISO 11612 A1 B1 C1 E3 F1, sample size L", "6 pcs", "24,00 €", "144,00 €"]]),
         ("p", "Samples: 6 pcs only, for our wearer trial at a shipyard customer."),
         ("p", "Balance of 1 194 pcs: on hold."),
         ("p", "Delivery: express, DAP Nantes, before 7 June 2024."),
         ("p", "Labels: Atlantique Protection woven label + CE marking label with pictograms."),
         ("p", "Nathalie Bernard, acheteuse"),
     ], author="Nathalie Bernard"))])

# p08 Australian release 1,000 with a 4,000 'programme delivery plan', silent about the rest.
_rows = [["Month", "Quantity", "Port"],
         ["Jun 2024", "1,000", "Ho Chi Minh City"],
         ["Jul 2024", "1,500", "Ho Chi Minh City"],
         ["Aug 2024", "1,500", "Ho Chi Minh City"],
         ["Total", "4,000", ""]]
case("p08_release_schedule_html", ["RG001", "RG003", "RG004", "RG005"],
     "release of 1,000 vests beside an unlabelled 4,000 delivery plan; never says the rest is not released, no event, no person",
     [("SCP-R-01_vest_release.html", html_page("Production release R-01", T(f"""
     <h2>Southern Cross PPE Pty Ltd &mdash; Production release R-01 &mdash; vest SCP-V100</h2>
     <p>To: Saigon Safety Gear Co., Ltd &mdash; 16 May 2024</p>
     <p>Please manufacture <b>1,000 vests</b> SCP-V100 (AS/NZS 4602.1:2011 Class D/N, fluorescent yellow, two hoops
     and braces, 50 mm tape) for delivery ex-factory 28 June 2024.</p>
     <h3>Programme delivery plan</h3>
     {table_html(_rows)}
     <p>Packing 50 vests per carton, carton marks as per attached artwork SCP-CM-04.</p>
     <p>Regards,<br>Tom Hargreaves<br>Buyer, Southern Cross PPE, Eagle Farm QLD</p>
     """)))])

# p09 bundle: SA sample PO + quote with bulk 6,000 + supplier mail: leather for 6,000 booked.
_po = pdf([
    ("h1", "PURCHASE ORDER BMS-PO-24-3318"),
    ("p", "Bushveld Mining Supplies (Pty) Ltd, Polokwane, South Africa - 2 May 2024"),
    ("p", "Supplier: Sialkot Leather Gloves Co., Sialkot, Pakistan"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
               ["1", "BMS-RIG-10", "Rigger glove, cow grain leather A-grade, EN 388 3133X, size 10 - PPS", "48 pr", "0.00"]]),
    ("sp",),
    ("p", "Delivery: PPS by courier to Polokwane by 24 May 2024."),
    ("p", "Buyer: Sipho Nkosi"),
], title="PO BMS-PO-24-3318", author="Bushveld Mining Supplies")
_q = pdf([
    ("h1", "QUOTATION SLG-Q-24-207"),
    ("p", "Sialkot Leather Gloves Co. - to Bushveld Mining Supplies - 25 April 2024 - valid 30 days"),
    ("table", [["Stage", "Quantity", "Unit price USD", "Lead time"],
               ["Samples", "48 pairs", "free", "8 days"],
               ["Bulk", "6,000 pairs", "1.95", "45 days"]]),
    ("p", "Leather prices are rising this season; we suggest early booking of hides."),
    ("p", "Imran Butt, Director"),
], title="Quotation SLG-Q-24-207", author="Sialkot Leather Gloves")
_m = mail('"Imran Butt" <imran@sialkotleathergloves.pk>', '"Sipho Nkosi" <sipho.nkosi@bushveldmining.co.za>',
          "RE: PO BMS-PO-24-3318 rigger gloves", "Sat, 04 May 2024 13:10:00 +0500",
          T("""
          Dear Mr. Sipho,

          Thank you for PO BMS-PO-24-3318. Samples 48 pairs will be ready in 8 days.

          To keep the lead time and the price, we have booked the cow grain leather for the 6,000 pairs
          with our tannery in Kasur, delivery to our factory next week.

          Regards,
          Imran Butt
          Sialkot Leather Gloves Co.
          """), in_reply_to="<bms3318@bushveldmining.co.za>")
case("p09_story_po_quote_mail", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "48-pair sample PO silent on balance next to 6,000 quote; supplier books leather for the 6,000",
     [("BMS-PO-24-3318.pdf", _po), ("SLG-Q-24-207.pdf", _q), EML("RE_PO_BMS-PO-24-3318.eml", _m)])

# p10 'proceed with the PPS as per your quotation' - the authorization never states a quantity.
_qt = T("""
BURSA TEKNIK TEKSTIL A.S.            QUOTATION BT-Q-0912
Nilufer OSB, Bursa, Turkiye          Date: 29.04.2024

Customer : Thames Valley Safety Ltd, Reading UK
Article  : BT-SS-20 hi-vis softshell jacket, EN ISO 20471 cl.3, EN 343 3:1

PPS      : 15 pcs (yellow 8 / orange 7)     free of charge
BULK     : 1,500 pcs                         EUR 21,40 / pc  FCA Bursa
Lead time: PPS 14 days, bulk 50 days
""")
_m = mail('"Emma Clarke" <emma.clarke@tvsafety.co.uk>', '"Selin Aydın" <selin@bursateknik.com.tr>',
          "BT-Q-0912 - PPS softshell", "Tue, 14 May 2024 09:12:00 +0100",
          T("""
          Dear Selin,

          Thank you for the quotation BT-Q-0912 (attached again for the record). Please proceed with the
          pre-production samples as per your quotation, in fluorescent yellow and orange.

          The bulk (1,500 jackets) is not released. It can only be released after our PPS sign-off, by a
          written release from me.

          Please send the PPS to our Reading warehouse with the EN ISO 20471 and EN 343 test reports.

          Kind regards,
          Emma
          """) + sig("Emma Clarke", "Category Buyer", "Thames Valley Safety Ltd", "+44 118 555 0164"),
          attachments=[("BT-Q-0912.txt", _qt, "text/plain")])
case("p10_proceed_pps_per_quote_eml", ["RG010"],
     "buyer authorizes 'the pre-production samples as per your quotation' without stating how many; only the supplier quote says 15",
     [EML("BT-Q-0912_PPS.eml", _m)])

# p11 call-off 'release the next batch as discussed', quantity TBA.
case("p11_calloff_tba_txt", ["RG010"],
     "call-off releases 'the next batch as discussed', quantity TBA; hold, event and person are present",
     [("VRW-CO-07.txt", T("""
     VAAL RAND WATER UTILITY - SUPPLY CHAIN MANAGEMENT
     CALL-OFF AGAINST CONTRACT VRW-SCM-2023-118 (PROTECTIVE CLOTHING)
     =====================================================================
     CALL-OFF NO.  : 07                  DATE : 2024-05-09
     CONTRACTOR    : BURSA TEKNIK TEKSTIL A.S. (VIA LOCAL AGENT SAFEQUIP CC)
     CONTRACT MGR  : MS. ZANELE MTHEMBU
     =====================================================================
     ITEM  DESCRIPTION                                QTY       DELIVERY
     3.2   RAIN SUIT PVC/POLYESTER, YELLOW, EN 343    TBA       WK 30
           3:1, REFLECTIVE TAPE, SIZES M-3XL
     =====================================================================
     INSTRUCTION: RELEASE THE NEXT BATCH OF ITEM 3.2 AS DISCUSSED AT THE
     SITE MEETING OF 2024-05-07. SIZE BREAKDOWN TO FOLLOW.
     CONTRACT QUANTITIES BEYOND THIS CALL-OFF ARE NOT RELEASED. THEY ARE
     RELEASED ONLY BY THE NEXT NUMBERED CALL-OFF, SIGNED BY THE CONTRACT
     MANAGER, MS. ZANELE MTHEMBU.
     MATERIAL: BUY MATERIAL FOR THIS CALL-OFF ONLY.
     DELIVER TO: VRW STORES, VEREENIGING. QUOTE CALL-OFF NO. ON DELIVERY NOTE.
     """))])

# p12 chat: start the counter samples, sizes 'same as last time'; no number anywhere from the buyer.
case("p12_chat_counter_samples_txt", ["RG010"],
     "buyer authorizes counter samples 'same sizes as last time' - no quantity; bulk parked until named QA sign-off + buyer's written release",
     [("WhatsApp_Chat_Lahore_Workwear.txt", T("""
     [08/05/2024, 14:02] Bilal (Lahore Workwear): AoA Tariq bhai, the swatch of the new navy 280gsm twill came from the mill, looks very good
     [08/05/2024, 14:03] Bilal (Lahore Workwear): the bulk of 3,000 trousers we can start in 2 weeks if you want
     [08/05/2024, 14:10] Tariq Mahmood: W/salam Bilal. Not so fast 😄
     [08/05/2024, 14:12] Tariq Mahmood: pls start the counter samples in the new navy, same pattern as the grey ones, with the knee pad pockets (EN 14404 type 2)
     [08/05/2024, 14:13] Tariq Mahmood: bulk stays parked. nothing on bulk until Fatima Malik (our QA head) signs off the counter samples and I send you the written release
     [08/05/2024, 14:15] Bilal (Lahore Workwear): ok understood, counter samples first
     [08/05/2024, 14:16] Bilal (Lahore Workwear): sizes same as last time?
     [08/05/2024, 14:20] Tariq Mahmood: yes same sizes as last time
     [08/05/2024, 14:21] Tariq Mahmood: Tariq Mahmood, Buying Manager, Midlands Industrial Clothing Ltd
     """))])

# p13 Saudi letter of award: PPS 'as specified in Annex B' (no quantity) + 'approval' in three senses.
case("p13_tender_samples_annex_pdf", ["RG009", "RG010"],
     "award instructs PPS 'as specified in Annex B' which has no quantity; 'approval' used for technical bid, financial award and samples",
     [("ARUC-T-24-019_letter_of_award.pdf", pdf([
         ("h1", "Letter of Award - Tender ARUC-T-24-019"),
         ("p", "Al-Ahsa Regional Utilities Company - Procurement Department - Hofuf, Kingdom of Saudi Arabia - 5 May 2024"),
         ("p", "To: Karachi FR Garments (Pvt) Ltd, SITE Area, Karachi, Pakistan"),
         ("p", "Subject: Supply of FR coveralls - two-year framework"),
         ("p", "1. We refer to your bid dated 3 March 2024. Following the technical approval of your bid by the Evaluation "
               "Committee and the financial approval by the Tender Board on 28 April 2024, the Company awards you the "
               "framework for the supply of FR coveralls as per Schedule A."),
         ("p", "2. Pre-production samples: you are instructed to manufacture and submit pre-production samples as "
               "specified in Annex B."),
         ("p", "3. The samples will be tested at the Company's laboratory for EN ISO 11612 and EN 1149-5. Approval of "
               "the samples does not authorise production."),
         ("p", "4. No production quantity is released by this letter. Framework quantities remain on hold and will be "
               "released only by call-off orders issued after the samples sign-off, each signed by Eng. Saad Al-Dosari, "
               "Materials Manager."),
         ("p", "5. Material: material for the samples only."),
         ("h", "Schedule A"),
         ("p", "Estimated framework volume: 18,000 coveralls over 24 months (estimate, not released)."),
         ("h", "Annex B - Pre-production samples"),
         ("table", [["Requirement", "Specification"],
                    ["Fabric", "FR cotton/nylon 88/12, 300 g/m2, navy"],
                    ["Tape", "50 mm FR reflective, two hoops body, two hoops legs"],
                    ["Sizes to submit", "S to 3XL"],
                    ["Labels", "Arabic/English care label, CE marking, size label"],
                    ["Documents", "EN ISO 11612 and EN 1149-5 test reports, not older than 12 months"]]),
         ("sp",),
         ("p", "Eng. Saad Al-Dosari, Materials Manager"),
     ], title="Letter of Award ARUC-T-24-019", author="Al-Ahsa Regional Utilities"))])

# p14 release of 'Lot 3' with no quantity.
case("p14_release_lot3_docx", ["RG010"],
     "production release for 'Lot 3 in accordance with the tender schedule' never states a quantity; lots 4-5 held with event and named person",
     [("HRM-REL-Lot3.docx", docx_bytes([
         ("h1", "Production Release - Lot 3"),
         ("p", "Hunter Rail Maintenance Pty Ltd, Newcastle NSW - 21 May 2024"),
         ("p", "Contract HRM-C-2023-44, hi-vis rail workwear. Contractor: Da Nang Protective Apparel Co., Ltd."),
         ("p", "We hereby release Lot 3 (hi-vis orange long-sleeve cotton drill shirts, AS/NZS 4602.1:2011 Class D/N, "
               "rail orange) for production in accordance with the tender schedule."),
         ("table", [["Lot", "Item", "Status"],
                    ["1", "Drill trousers", "delivered"],
                    ["2", "Lightweight jackets", "delivered"],
                    ["3", "Long-sleeve shirts", "released by this document"],
                    ["4", "Long-sleeve shirts, second colourway", "not released"],
                    ["5", "Winter jackets", "not released"]]),
         ("p", "Lots 4 and 5 are not released. They will be released only after sign-off of the Lot 3 TOP samples and a "
               "written release signed by Lachlan Burke, Procurement Lead."),
         ("p", "Material: buy material for Lot 3 only."),
         ("p", "Delivery: DDP Newcastle NSW, in two part shipments by 30 September 2024. Packing and labelling as per "
               "Contract Schedule 4 (rev. C)."),
         ("p", "Lachlan Burke, Procurement Lead"),
     ], author="Lachlan Burke"))])

# p15 WhatsApp: scope complete, then 'Looks spot on mate, go ahead'.
case("p15_whatsapp_go_ahead_txt", ["RG002"],
     "after PPS photos buyer writes 'go ahead' with no scope (samples or bulk? how many?)",
     [("WhatsApp_Chat_Gujranwala_WW.txt", T("""
     [02/05/2024, 09:12] Mark Jennings: Morning Asif. PO YSD-1182 is in your inbox. To be clear on scope: 24 PPS only (hi-vis bomber, 4 sizes x 2 colours x 3). Bulk 2,376 NOT released until we sign off the PPS and I send you a written release.
     [02/05/2024, 09:30] Asif Gujranwala WW: Noted Mark sahib, 24 PPS only. Will send in 10 days
     [02/05/2024, 09:31] Asif Gujranwala WW: fabric for PPS only 👍
     [14/05/2024, 16:41] Asif Gujranwala WW: <attached: IMG_2231.jpg>
     [14/05/2024, 16:41] Asif Gujranwala WW: <attached: IMG_2232.jpg>
     [14/05/2024, 16:41] Asif Gujranwala WW: <attached: IMG_2233.jpg>
     [14/05/2024, 16:42] Asif Gujranwala WW: PPS ready Mark sahib, photos front back and tape detail. Please check and confirm
     [14/05/2024, 18:05] Mark Jennings: Looks spot on mate, go ahead 👍
     [14/05/2024, 18:06] Asif Gujranwala WW: Thank you sir 🙏
     """))])

# p16 one-word 'Approved.' reply to 'approve the PPS and confirm we can start bulk'.
_orig = T("""
From: Claire Fontaine
Sent: Thursday, April 25, 2024 10:30
Subject: PO RSI-24-0711 - PPS PU palm glove

Dear Mei Ling,
Our PO RSI-24-0711 releases 30 pairs of PPS only (sizes 8, 9, 10 - 10 each). The bulk of 5,970
pairs is not released. It can only be released after our sign-off of the PPS, by a written
release signed by me.
Best regards,
Claire Fontaine, Responsable Achats, Rhône Sécurité Industrielle
""")
_sup = T("""
From: Tan Mei Ling <meiling@ipohlatex.com.my>
Sent: Wednesday, May 15, 2024 3:12 AM
Subject: RE: PO RSI-24-0711 - PPS PU palm glove

Dear Ms. Claire,
PPS 30 pairs were delivered to your Lyon office last Friday (TNT 7781 2290 11). Please kindly
approve the PPS and confirm we can start bulk, our line is available from 27 May.
Best regards, Mei Ling
""") + "\n" + quote(_orig)
_t = "Approved.\n\nThanks,\nClaire\n\n" + quote(_sup)
_m = mail('"Claire Fontaine" <c.fontaine@rhone-securite.fr>', '"Tan Mei Ling" <meiling@ipohlatex.com.my>',
          "RE: RE: PO RSI-24-0711 - PPS PU palm glove", "Wed, 15 May 2024 09:02:00 +0200", _t,
          html=text_html(_t), in_reply_to="<rsi0711-0515@ipohlatex.com.my>")
case("p16_reply_approved_eml", ["RG002"],
     "one-word 'Approved.' answers a question about both the PPS and starting bulk; scope unstated",
     [EML("RE_PO_RSI-24-0711.eml", _m)])

# p17 mine SHE manager: 'Green light from us' + approval for finance and PPS.
_t = T("""
Hi Mr. Quang,

The 60 trial helmets have been on the heads of our underground crews for three weeks now. Feedback is
good: the cap-lamp bracket holds, the chin strap is comfortable, no cracks after the drop test on site.
Green light from us.

Also good news on the paperwork side: the commercial approval from finance came through yesterday, and
the PPS approval is in the system since Monday.

Regards,
Riaan Botha
SHE Manager, Letaba Coal (Pty) Ltd, Lephalale

""") + "\n" + quote(T("""
From: Themba Mokoena
Sent: 2 April 2024
Subject: PO LC-24-0912 trial helmets

Mr. Quang, PO LC-24-0912 covers 60 trial helmets only. The balance of 2,940 helmets is not
released until the trial is signed off and I send a written release.
Themba Mokoena, Procurement Lead, Letaba Coal
"""))
_m = mail('"Riaan Botha" <riaan.botha@letabacoal.co.za>', '"Do Minh Quang" <quang.do@mekongheadwear.vn>',
          "RE: PO LC-24-0912 trial helmets - site feedback", "Thu, 16 May 2024 07:55:00 +0200", _t,
          html=text_html(_t), cc='"Themba Mokoena" <themba.mokoena@letabacoal.co.za>')
case("p17_site_green_light_eml", ["RG002", "RG009"],
     "'Green light from us' with no scope; 'approval' used for finance (commercial) and PPS (technical)",
     [EML("LC-24-0912_site_feedback.eml", _m)])

# p18 ERP reprint: PO status RELEASED (commercial) + production release; line 36 vs released 30; 'GOOD TO RUN'.
case("p18_erp_good_to_run_txt", ["RG002", "RG009", "RG011"],
     "ERP: 'RELEASED' used for PO status and production; released 30 vs line 36; QA note 'GOOD TO RUN' unscoped",
     [("MIC-4500118_reprint.txt", T("""
     MIDLANDS INDUSTRIAL CLOTHING LTD            PURCHASE ORDER (REPRINT)
     SAP B1   10.05.2024  08:55                            PAGE 1/1
     ----------------------------------------------------------------------
     PO NO      : MIC-4500118   REV 0      PO STATUS : RELEASED
                                           (APPROVED BY FINANCE 09.05.2024)
     VENDOR     : V-2231 CHATTOGRAM KNIT COMPOSITE LTD
     BUYER      : RAVI PATEL
     ----------------------------------------------------------------------
     RELEASED QTY (PRODUCTION) : 30 PCS  (SAMPLE ONLY)
     ----------------------------------------------------------------------
     ITEM  MATERIAL     DESCRIPTION                    QTY  UOM  PRICE USD
     0010  MIC-HVP-2    HI-VIS POLO CL2 YEL SZ M-XL     36  PC        6.10
     ----------------------------------------------------------------------
     TEXT: PRODUCTION RELEASE - SAMPLE 30 PCS ONLY. BALANCE 1,170 PCS NOT
           RELEASED UNTIL PPS SIGN-OFF AND WRITTEN RELEASE BY RAVI PATEL.
           QA NOTE: GOOD TO RUN.
     ----------------------------------------------------------------------
     """))])

# p19 QA forwards the buyer's scope mail (rfc822) and writes 'Shade band OK - proceed.'
_fwd = mail('"Laura Bennett" <laura.bennett@cotswoldppe.co.uk>', '"Mehmet Öztürk" <mehmet@denizlielbise.com.tr>',
            "PO CP-55120 - scope", "Thu, 02 May 2024 11:00:00 +0100",
            T("""
            Dear Mehmet,

            PO CP-55120 releases 12 PPS softshell jackets only. The bulk of 1,188 jackets is on hold until we
            sign off the PPS and I send you a written release. Please buy fabric for the 12 PPS only.

            Regards,
            Laura Bennett
            Senior Buyer, Cotswold PPE Ltd
            """))
_m = mail('"Ryan Cole" <ryan.cole@cotswoldppe.co.uk>', '"Mehmet Öztürk" <mehmet@denizlielbise.com.tr>',
          "FW: Shade band softshell CPL-SS-40 / PO CP-55120", "Mon, 13 May 2024 16:20:00 +0100",
          T("""
          Mehmet,

          Shade band OK - proceed.

          Colour approval done on our side. Laura will confirm the budget approval for the bulk separately.

          Forwarding Laura's scope mail below so everybody has it in one place.

          Ryan Cole
          QA Technologist, Cotswold PPE Ltd, Cirencester
          """), cc='"Laura Bennett" <laura.bennett@cotswoldppe.co.uk>', attachments=[("rfc822", _fwd)])
case("p19_fwd_shade_band_eml", ["RG002", "RG009"],
     "QA writes 'Shade band OK - proceed' without scope; 'approval' used for colour (technical) and budget (commercial)",
     [EML("FW_Shade_band_CP-55120.eml", _m)])

# p20 supplier: once you sign off the PPS we roll straight into bulk, no revised PO needed.
_t = T("""
Dear Stuart,

Noted with thanks. PPS will be ready by 20 May.

Once you sign off the PPS, we will roll straight into the bulk 4,800 pcs, so no need to send the
revised PO - it will save one week for the September delivery.

Best regards,
Nasrin Akter
Senior Merchandiser, Savar Safety Textiles Ltd, Savar, Dhaka

""") + "\n" + quote(T("""
On 6 May 2024, Stuart Reid <stuart.reid@caledoniansafety.co.uk> wrote:
Dear Nasrin,
PO CSS-7714 releases 24 pre-production samples of the hi-vis waistcoat (EN ISO 20471 Class 2)
only. The bulk of 4,800 pcs is not released. It will be released by PO CSS-7714 rev 1, which I
will issue after our PPS sign-off. Please buy fabric for the 24 PPS only.
Regards, Stuart Reid, Buyer, Caledonian Safety Supplies Ltd, Glasgow
"""))
_m = mail('"Nasrin Akter" <nasrin@savarsafetytex.com.bd>', '"Stuart Reid" <stuart.reid@caledoniansafety.co.uk>',
          "RE: PO CSS-7714 PPS hi-vis waistcoat", "Tue, 07 May 2024 12:40:00 +0600", _t,
          in_reply_to="<css7714-0506@caledoniansafety.co.uk>")
case("p20_supplier_roll_into_bulk_eml", ["RG007"],
     "supplier says PPS sign-off will roll straight into bulk 4,800 with no revised PO, against the buyer's written requirement",
     [EML("RE_PO_CSS-7714.eml", _m)])

# p21 Teams: buyer going on leave - 'if the fit session goes well, just keep going with the 3,960'.
case("p21_teams_carry_on_txt", ["RG007"],
     "buyer tells supplier a good fit session is enough to continue with the rest of the order, contradicting her own written-release requirement",
     [("Teams_chat_Pilbara_HanoiTech.txt", T("""
     Microsoft Teams chat export - "Pilbara Workwear / Hanoi Tech Textiles - FR shirts"
     [6/05/2024 9:02 AM] Jess O'Brien: Hi Hoa, confirming scope on PO PWS-2291: 40 PPS FR shirts (EN ISO 11612, 200 gsm modacrylic/cotton) are released. Balance 3,960 on hold until our fit session sign-off and a written release from me.
     [6/05/2024 9:15 AM] Nguyen Thi Hoa: Received Jess. 40 PPS, ready 24 May
     [6/05/2024 9:16 AM] Nguyen Thi Hoa: Fabric for 40 PPS only, noted
     [22/05/2024 3:40 PM] Jess O'Brien: Heads up, I'm on leave from Monday for three weeks and the fit session is on Tuesday with Dave from site.
     [22/05/2024 3:41 PM] Jess O'Brien: If the fit session goes well, don't wait for me - just keep going with the rest of the order. Dave will let you know how it went.
     [22/05/2024 3:45 PM] Nguyen Thi Hoa: ok Jess, thank you, enjoy your holiday!
     [22/05/2024 3:46 PM] Jess O'Brien: Jess O'Brien | Senior Buyer | Pilbara Workwear Supply Pty Ltd
     """))])

# p22 WhatsApp: 'PPS approval = bulk start same day' and fabric for the whole order in the godown.
case("p22_whatsapp_pps_bulk_txt", ["RG006", "RG007"],
     "supplier: PPS approval = bulk start, and fabric for the whole 3,000 already in stock vs 30 released; buyer does not correct",
     [("WhatsApp_Chat_FTT_Kashif.txt", T("""
     [03/05/2024, 10:05] Fahad Al-Zahrani: Dear Kashif, PO JST-24-331 sent. Only 30 PPS coveralls released (sizes M-XXL). Balance 2,970 on hold till PPS sign-off by our QC and written release from me
     [03/05/2024, 10:20] Kashif FTT: Noted sir. PPS in 12 days inshaAllah
     [03/05/2024, 10:21] Kashif FTT: sir one thing, PPS approval = bulk start same day as usual 👍 fabric for whole order already in our godown, dyed navy
     [03/05/2024, 10:40] Fahad Al-Zahrani: ok thanks
     [03/05/2024, 10:41] Fahad Al-Zahrani: pls send AWB when shipped
     [03/05/2024, 10:41] Fahad Al-Zahrani: Fahad Al-Zahrani, Purchasing Manager, Al-Jubail Safety Trading
     """))])

# p23 Saudi contract award: scope held, but GCs say APG = notice to proceed and sample approval = proceed.
case("p23_tender_gc_apg_pdf", ["RG007", "RG012"],
     "award holds balance for named written release, but GC 9.1 makes the advance payment guarantee the notice to proceed and GC 14.2 rolls sample approval into bulk",
     [("JISC-T-2024-008_contract_award.pdf", pdf([
         ("h1", "CONTRACT AWARD - Tender JISC-T-2024-008"),
         ("p", "Jazan Industrial Services Company - Contracts Department - 6 May 2024"),
         ("p", "Supply of full body harnesses and twin lanyards"),
         ("p", "1. Award. The Company awards the contract to Anatolia Fall Protection Ltd. Sti., Izmir, Turkiye, for "
               "4,000 full body harnesses (EN 361) and 4,000 twin lanyards (EN 355), total contract value SAR 1,236,000."),
         ("p", "2. Samples. The Contractor shall deliver ten (10) sample harnesses and ten (10) sample lanyards within "
               "21 days. These samples are the only quantity released on signature of this award."),
         ("p", "3. Balance. The contract quantity beyond the samples is not released. It shall be released only by a "
               "written release signed by Eng. Nasser Al-Shammari, Contracts Manager, after sign-off of the samples by "
               "the Company's HSE laboratory."),
         ("h", "General Conditions (extract)"),
         ("p", "GC 9.1 - Advance payment: 10% of the contract value against an advance payment guarantee. Receipt of the "
               "advance payment guarantee by the Company constitutes the Contractor's notice to proceed with manufacture."),
         ("p", "GC 14.2 - Samples: upon approval of the samples, the Contractor shall proceed with bulk manufacture "
               "without further instruction."),
         ("p", "GC 22 - Delivery: DDP Jizan Economic City, in two consignments."),
         ("p", "GC 31 - Language: English prevails."),
         ("sp",),
         ("p", "Eng. Nasser Al-Shammari, Contracts Manager"),
     ], title="Contract award JISC-T-2024-008", author="Jazan Industrial Services"))])

# p24 supplier status report: bulk cutting planned 'right after your PPS approval'.
_rows = [["Item", "Status"],
         ["Order", "AP-24-1120 - parka EN 343 / EN ISO 20471 class 3, navy/yellow"],
         ["Released quantity", "36 PPS"],
         ["PPS", "sewn 29 May, dispatched 31 May by FedEx 7712 3345 9012"],
         ["Bulk fabric", "not booked (sample yardage only)"],
         ["Bulk cutting", "planned 10 June, right after your PPS approval"],
         ["Shipment", "ETD 20 July, Hai Phong"]]
case("p24_status_report_cutting_html", ["RG007"],
     "supplier status plans bulk cutting 'right after your PPS approval' - assumes sample approval starts production",
     [("HTT_status_AP-24-1120_wk22.html", html_page("Status AP-24-1120", T(f"""
     <h2>Hanoi Technical Textiles JSC &mdash; order status, week 22</h2>
     <p>Customer: Atlantique Protection SARL, Nantes</p>
     {table_html(_rows)}
     <p>Note: to keep ETD 20 July, line 3 is reserved from 10 June; bulk starts as soon as the PPS is approved.</p>
     <p>Best regards,<br>Nguyen Thi Hoa, Sales Manager</p>
     """)))])

# p25 Turkish quote: production starts automatically on sample approval; deposit taken as release.
case("p25_quote_auto_deposit_pdf", ["RG007", "RG012"],
     "quote terms: bulk starts automatically on sample approval, and the deposit is taken as the release for bulk",
     [("KKS-Q-24-077_quotation.pdf", pdf([
         ("h1", "QUOTATION KKS-Q-24-077"),
         ("p", "Kocaeli Kask Sanayi ve Ticaret Ltd. Sti., Gebze, Kocaeli, Turkiye - 30 April 2024"),
         ("p", "To: Pilbara Workwear Supply Pty Ltd, Karratha WA, Australia - Attn. Ms. Jess O'Brien"),
         ("p", "Article: KK-1801 type 1 hard hat, AS/NZS 1801:1997, ABS, 6-point suspension, with brim and clip slots."),
         ("table", [["Stage", "Quantity", "Unit price USD", "Lead time"],
                    ["Samples", "10 pcs", "6.00", "10 days"],
                    ["Bulk tier 1", "2,000 pcs", "4.40", "40 days"],
                    ["Bulk tier 2", "5,000 pcs", "4.05", "45 days"]]),
         ("sp",),
         ("h", "Terms"),
         ("p", "- Bulk production commences automatically on sample approval; no further order document is required."),
         ("p", "- Receipt of the 30% deposit will be taken as your release for bulk production."),
         ("p", "- Lead time 40 days from deposit. FOB Istanbul (Ambarli). Validity 45 days."),
         ("p", "Emre Yildiz, Export Manager"),
     ], title="Quotation KKS-Q-24-077", author="Kocaeli Kask"))])

# p26 minutes attached as DOCX: 'supplier to start bulk as soon as the SABS report shows 4X43D'.
_min = docx_bytes([
    ("h1", "Minutes - video call 8 May 2024 - PO LSW-24-0518 (cut level D glove)"),
    ("p", "Attendees: Anele Zulu (LSW, Senior Buyer), Dr. Karabo Sithole (LSW, Quality), Hamid Raza (MHP, Sales), "
          "Saima Iqbal (MHP, QA)"),
    ("h", "1. Scope"),
    ("p", "PO LSW-24-0518 releases 36 sample pairs (sizes 8, 9, 10 - 12 each). The balance of 2,964 pairs is not "
          "released. Anele Zulu will release the balance in writing after our sample sign-off."),
    ("h", "2. Testing"),
    ("p", "Samples to be tested at the SABS lab to EN 388:2016 (target 4X43D)."),
    ("h", "3. Actions"),
    ("table", [["No.", "Action", "Owner", "Due"],
               ["1", "Ship 36 sample pairs by courier", "MHP / Saima Iqbal", "17 May"],
               ["2", "Lab test at SABS", "LSW / Dr. Sithole", "31 May"],
               ["3", "Supplier to start bulk as soon as the SABS report shows 4X43D", "MHP / Hamid Raza", "on report"],
               ["4", "Confirm carton marks and barcode labels", "LSW / Anele Zulu", "20 May"]]),
    ("p", "Next call: 5 June 2024."),
], author="Anele Zulu")
_m = mail('"Anele Zulu" <anele.zulu@limpoposafety.co.za>', '"Hamid Raza" <hamid@multanhand.pk>',
          "Minutes 8 May - PO LSW-24-0518", "Thu, 09 May 2024 08:15:00 +0200",
          T("""
          Dear Mr. Hamid,

          Please find attached the minutes of our video call of 8 May. Kindly check the action items and let me
          know by Monday if anything is missing.

          Regards,
          Anele
          """) + sig("Anele Zulu", "Senior Buyer", "Limpopo Safety Wholesalers (Pty) Ltd", "+27 15 555 0143"),
          cc='"Karabo Sithole" <karabo.sithole@limpoposafety.co.za>',
          attachments=[("LSW-24-0518_minutes_2024-05-08.docx", _min, DOCX_MT)])
case("p26_minutes_lab_pass_eml", ["RG007"],
     "buyer's minutes: supplier to start bulk as soon as the lab report passes, contradicting the written release by Anele Zulu",
     [EML("Minutes_LSW-24-0518.eml", _m)])

# p27 buyer QA: lab passed, 'you're good to carry on with the remaining 2,760'.
_t = T("""
Hi Arif,

Lab results are in: all 40 samples pass EN ISO 20471 Class 2 after 25 washes, and colour fastness
to washing is 4-5. Nice work.

You're good to carry on with the remaining 2,760.

Cheers,
Tom Bristow
Quality Technician, Solent Safety Supplies Ltd, Southampton

""") + "\n" + quote(T("""
From: Sarah Lockwood
Sent: 29 April 2024 14:10
Subject: PO SSS-3381 samples hi-vis sweatshirt

Arif, PO SSS-3381 releases 40 samples of the hi-vis sweatshirt SSS-HV2. The remaining 2,760
are not released until the samples pass our lab and I send you a written release.
Sarah Lockwood, Purchasing Manager, Solent Safety Supplies Ltd
"""))
_m = mail('"Tom Bristow" <tom.bristow@solentsafety.co.uk>', '"Arif Hossain" <arif@ashuliahivis.com.bd>',
          "RE: PO SSS-3381 samples hi-vis sweatshirt - lab results", "Fri, 17 May 2024 11:30:00 +0100", _t,
          cc='"Sarah Lockwood" <sarah.lockwood@solentsafety.co.uk>')
case("p27_qa_carry_on_eml", ["RG007"],
     "QA treats lab pass of samples as go for the remaining 2,760, though the PO needs a written release by Sarah Lockwood",
     [EML("RE_PO_SSS-3381_lab.eml", _m)])

# p28 supplier bought liners for the full 24,000 pairs against a 600-pair release.
_t = T("""
Dear Madame Camille,

Thank you for the PO SX-24-0412 for the 600 sample pairs for your customer trials at the three car plants.

To secure the September delivery, we already purchased the HPPE/glass liners for the full 24,000 pairs
from our knitting supplier - the yarn price was good this month. The liners will be stored at our
Sialkot unit until you confirm.

Sample pairs will be ready 25 May.

Regards,
Muhammad Usman Qureshi
Export Manager, Sialkot Grip Works (Pvt) Ltd

""") + "\n" + quote(T("""
De : Camille Roussel <c.roussel@securitex.fr>
Envoyé : lundi 6 mai 2024 09:14

Bonjour Usman,
Our PO SX-24-0412 releases 600 pairs for customer trials (200 per plant). The potential volume of
24 000 pairs is not released: it will be released only after the trials are signed off by our
customers and by a written release from me. Material: for the 600 pairs only.
Camille Roussel, Acheteuse, Sécuritex Distribution
"""))
_m = mail('"Muhammad Usman Qureshi" <usman@sialkotgrip.pk>', '"Camille Roussel" <c.roussel@securitex.fr>',
          "RE: PO SX-24-0412 trial gloves", "Wed, 08 May 2024 15:45:00 +0500", _t,
          in_reply_to="<sx0412-0506@securitex.fr>")
case("p28_liners_full_qty_eml", ["RG006"],
     "supplier bought liners for the full 24,000 pairs while only 600 are released and material authority is 600",
     [EML("RE_PO_SX-24-0412.eml", _m)])

# p29 bundle: call-off with staged authority to 1,500; supplier status shows webbing for 4,000.
_co = pdf([
    ("h1", "CALL-OFF 1 - Supply agreement TVS-SA-HS-24"),
    ("p", "Thames Valley Safety Ltd, Reading - 2 May 2024 - to Marmara Height Safety Ltd., Tuzla, Istanbul"),
    ("table", [["Item", "Description", "Qty released", "Delivery"],
               ["MHS-2P", "Full body harness 2-point, EN 361 / EN 358, size M/L", "500", "ex-works 28 June 2024"]]),
    ("sp",),
    ("p", "Material authority: staged. You may buy webbing and hardware for up to 1,500 harnesses at our liability."),
    ("p", "Balance: the agreement quantity of 3,000 harnesses beyond this call-off is not released. Call-off 2 will be "
          "signed by Priya Nair, Purchasing Manager, after the call-off 1 TOP sample sign-off."),
    ("p", "Priya Nair, Purchasing Manager"),
], title="Call-off 1 TVS-SA-HS-24", author="Thames Valley Safety")
case("p29_staged_exceeded_folder", ["RG006"],
     "staged material authority is 1,500 harnesses but supplier status shows webbing bought for 4,000",
     [("TVS-CO-1_harness.pdf", _co),
      ("MHS_status_wk20.txt", T("""
      MARMARA HEIGHT SAFETY - ORDER STATUS - TVS AGREEMENT / CALL-OFF 1 - WK20
      Date: 17.05.2024

      Released          : 500 harnesses (call-off 1)
      Cut / sewn        : 320 / 500
      Webbing purchased : 4,000 harnesses equivalent (full agreement + spare, to secure price from Bursa mill)
      Hardware          : D-rings and buckles for 1,500 harnesses
      TOP sample        : will send wk 22 by UPS
      Remarks           : drop test at our lab OK on 3 pcs (EN 364), report attached to next mail

      Can Kaya, Production Planning
      """))])

# p30 bundle: release 500; supplier ack reads 5,000 and books fabric for 5,000.
_rel = pdf([
    ("h1", "Production release No. 1 - order AP-24-1150"),
    ("p", "Atlantique Protection SARL, Nantes - 15/05/2024 - to Savar Safety Textiles Ltd, Savar, Dhaka"),
    ("p", "Article: polycotton coverall 245 g/m2, navy, two reflective bands, sizes 1-6."),
    ("p", "Released: 500 coveralls (five hundred)."),
    ("p", "Remaining 4 500 coveralls: not released. Release 2 requires the TOP sample sign-off and a written release "
          "signed by Nathalie Bernard, acheteuse."),
    ("p", "Material authority: 500 coveralls only."),
    ("p", "Nathalie Bernard"),
], title="Release AP-24-1150-1", author="Atlantique Protection")
_ack = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT"),
    ("p", "Savar Safety Textiles Ltd - 17 May 2024 - to Atlantique Protection SARL, Nantes"),
    ("p", "Ref: your production release No. 1, order AP-24-1150"),
    ("table", [["Article", "Quantity confirmed", "Ex-factory"],
               ["Polycotton coverall 245 g/m2 navy", "5,000 pcs", "15 August 2024"]]),
    ("p", "We confirm your production release of 5,000 pcs coverall. Fabric for the 5,000 pcs has been booked at "
          "the Jamuna mill, delivery to our factory in 3 weeks."),
    ("p", "Nasrin Akter, Senior Merchandiser"),
], author="Savar Safety Textiles")
case("p30_ack_tenfold_folder", ["RG006", "RG011"],
     "release says 500; supplier acknowledgement confirms 5,000 and books fabric for 5,000",
     [("AP-REL-24-1150-01.pdf", _rel), ("SST_acknowledgement_AP-24-1150.docx", _ack)])

# p31 Malaysian nitrile: PO accepted -> production order generated, bulk started; compound for 2 million.
_t = T("""
Dear Olivia,

Good news: we have accepted your PO SCM-24-0205 in our system, so the production order was generated
automatically and we started the bulk on lines 7 and 8 this morning.

We have also allocated NBR compound for the 2 million pcs so the price is locked.

The trial lot will be packed by 24 May.

Best regards,
Lee Kah Meng
Sales Manager, Perak Nitrile Industries Sdn Bhd, Ipoh

""") + "\n" + quote(T("""
From: Olivia Pham
Sent: 13 May 2024 16:02

Dear Kah Meng, PO SCM-24-0205 releases a trial lot of 20,000 pcs (200 boxes of 100) black nitrile
5.0 g, size L, EN 455 / EN ISO 374-5. The quoted production quantity of 2,000,000 pcs is not
released. It will be released only after lot acceptance (AQL 1.5 test at our lab) and a written
release signed by me. Material authority: trial lot only.
Olivia Pham, Category Manager, Sunshine Coast Medical & Safety Pty Ltd
"""))
_m = mail('"Lee Kah Meng" <kahmeng.lee@peraknitrile.com.my>', '"Olivia Pham" <olivia.pham@scmedsafety.com.au>',
          "RE: PO SCM-24-0205 trial lot black nitrile", "Wed, 15 May 2024 10:05:00 +0800", _t,
          in_reply_to="<scm0205-0513@scmedsafety.com.au>")
case("p31_po_accepted_compound_eml", ["RG006", "RG012"],
     "supplier treats PO acceptance as production start for bulk and allocates compound for 2 million vs 20,000 released",
     [EML("RE_PO_SCM-24-0205.eml", _m)])

# p32 WhatsApp: forecast as commitment; deposit -> bulk started; yarn for 5000.
case("p32_whatsapp_forecast_deposit_txt", ["RG006", "RG008", "RG012"],
     "buyer calls the winter forecast a commitment; supplier starts bulk on the deposit and orders yarn for 5000 vs 50 released",
     [("WhatsApp_Chat_SKG_Zeeshan.txt", T("""
     [06/05/2024, 08:30] Pieter Botha: Morning Zeeshan. PO KWD-2417 for 50 pairs winter liner gloves (acrylic 10g, black) sent. Samples only. Bulk not released until our QA signs off the samples and I send written release
     [06/05/2024, 08:45] Zeeshan SKG: Good morning sir. Noted, 50 pairs samples
     [06/05/2024, 08:52] Pieter Botha: Our winter forecast is 5,000 pairs. Take it as our commitment, you can plan your capacity on it 👍
     [06/05/2024, 09:01] Zeeshan SKG: Thank you sir for the trust
     [09/05/2024, 14:22] Pieter Botha: Deposit for samples + knitting programme paid, R 9 800, POP attached
     [09/05/2024, 14:35] Zeeshan SKG: Deposit received sir, thank you. So we started the bulk knitting today and yarn for 5000 pairs already ordered from Faisalabad
     [09/05/2024, 14:36] Zeeshan SKG: samples will come with first bulk cartons
     [09/05/2024, 14:50] Pieter Botha: Pieter Botha, Buyer, Karoo Workwear Distributors, Bloemfontein
     """))])

# p33 buyer's accounts: advance paid, 'so you can start the 1.776 pairs now' (HTML remittance attached).
_rem = html_page("Remittance advice", T("""
<h3>Protec'Alpes SAS &mdash; Avis de virement / Remittance advice</h3>
<table>
<tr><th>Date</th><th>Beneficiary</th><th>Reference</th><th>Amount</th></tr>
<tr><td>16/05/2024</td><td>Bursa Teknik Tekstil A.Ş.</td><td>Acompte 30 % commande PA-24-0233</td><td>EUR 4.212,00</td></tr>
</table>
<p>SWIFT: BNPAFRPPGRE &mdash; Banque: BNP Paribas Grenoble</p>
"""), lang="fr")
_t = T("""
Bonjour Selin,

The 30% advance for order PA-24-0233 (EUR 4.212,00) went out today by SWIFT, remittance advice attached.

So you can start the 1.776 pairs now.

Cordialement,
Isabelle Moreau
Comptabilité fournisseurs, Protec'Alpes SAS, Grenoble

""") + "\n" + quote(T("""
De : Julien Marchand <j.marchand@protecalpes.fr>
Envoyé : jeudi 2 mai 2024 11:20
Objet : Commande PA-24-0233 - gants patrouille

Selin, order PA-24-0233: 24 pairs of PPS (ski-patrol gloves, goatskin, EN 388 2121X + EN 511 020)
are released. The bulk of 1 776 pairs is not released; it will be released after sign-off of the
PPS by our product team and a written release from me.
Julien Marchand, Acheteur
"""))
_m = mail('"Isabelle Moreau" <compta@protecalpes.fr>', '"Selin Aydın" <selin@bursateknik.com.tr>',
          "Acompte commande PA-24-0233", "Thu, 16 May 2024 14:30:00 +0200", _t,
          cc='"Julien Marchand" <j.marchand@protecalpes.fr>',
          attachments=[("avis_de_virement_PA-24-0233.html", _rem, "text/html")])
case("p33_accounts_advance_eml", ["RG012"],
     "buyer's accounts says the advance is paid 'so you can start the 1.776 pairs', against the written-release requirement",
     [EML("Acompte_PA-24-0233.eml", _m)])

# p34 supplier: L/C opened, therefore bulk started.
_t = T("""
Dear Eng. Majed,

We are pleased to inform you that the L/C No. 0042LC240517 was opened and advised to us by
Vietcombank on 17 May. Accordingly, we have started the bulk production of the helmets on line 2
this week to meet the shipment date.

The PPS (12 pcs) were sent by DHL on 15 May, AWB 88 1234 5566.

Best regards,
Pham Van Duc
Sales Director, Hai Phong Helmet JSC

""") + "\n" + quote(T("""
From: Eng. Majed Al-Harthi
Sent: 29 April 2024

Dear Mr. Duc, PO RSIS-24-0190 releases 12 PPS helmets (HPH-397 white, EN 397 + SASO). The bulk
quantity of 5,988 helmets is not released. It will be released only by a written release signed by
me after our QA signs off the PPS. The L/C is opened for commercial cover only; it does not release
production.
Eng. Majed Al-Harthi, Procurement Manager, Red Sea Industrial Safety Co., Jeddah
"""))
_m = mail('"Pham Van Duc" <duc.pham@haiphonghelmet.vn>', '"Majed Al-Harthi" <m.alharthi@redseasafety.com.sa>',
          "RE: PO RSIS-24-0190 - L/C opened", "Mon, 20 May 2024 09:00:00 +0700", _t,
          in_reply_to="<rsis0190-0429@redseasafety.com.sa>")
case("p34_lc_opened_eml", ["RG012"],
     "supplier starts bulk because the L/C was opened, although only 12 PPS are released",
     [EML("RE_PO_RSIS-24-0190_LC.eml", _m)])

# p35 buyer: take our forecast as a firm commitment (TXT forecast attached).
_fc = T("""
GIPPSLAND SAFETY CO. - FORECAST 2025 - issued 10/05/2024
Item PSG-WG-35 welding gauntlet, split cowhide, EN 12477 type A, 35 cm

Q1 2025    9,000 pairs
Q2 2025   11,000 pairs
Q3 2025   10,000 pairs
Q4 2025   10,000 pairs
TOTAL     40,000 pairs
""")
_m = mail('"Nick Papadopoulos" <nick.p@gippslandsafety.com.au>', '"Faisal Javed" <faisal@punjabsafetygloves.pk>',
          "2025 forecast - welding gauntlets PSG-WG-35", "Fri, 10 May 2024 16:40:00 +1000",
          T("""
          Hi Faisal,

          Attached is our 2025 forecast for the welding gauntlets PSG-WG-35. In total 40,000 pairs:
          Q1 9,000, Q2 11,000, Q3 10,000, Q4 10,000.

          Please take these figures as our firm commitment for 2025 and book your capacity accordingly.
          Purchase orders will follow quarter by quarter.

          Cheers,
          Nick
          """) + sig("Nick Papadopoulos", "Purchasing Manager", "Gippsland Safety Co., Traralgon VIC", "+61 3 5550 2281"),
          attachments=[("forecast_2025_PSG-WG-35.txt", _fc, "text/plain")])
case("p35_forecast_commitment_eml", ["RG008"],
     "buyer asks the supplier to take the 2025 forecast of 40,000 pairs as a firm commitment",
     [EML("Forecast_2025_PSG-WG-35.eml", _m)])

# p36 bundle: labelled forecast HTML + supplier thanking for 'your order of 15,000 helmets'.
_rows = [["Quarter 2025", "White", "Yellow", "Blue", "Total"],
         ["Q1", "2,000", "1,000", "500", "3,500"],
         ["Q2", "2,500", "1,000", "500", "4,000"],
         ["Q3", "2,500", "1,000", "500", "4,000"],
         ["Q4", "2,000", "1,000", "500", "3,500"],
         ["Year", "9,000", "4,000", "2,000", "15,000"]]
_m = mail('"Nguyen Hoang Nam" <nam.nguyen@mekongheadwear.vn>', '"David Okafor" <d.okafor@angliappe.co.uk>',
          "RE: 2025 demand forecast - helmets", "Tue, 21 May 2024 14:10:00 +0700",
          T("""
          Dear David,

          Thank you very much for your order of 15,000 helmets for 2025! We have entered it in our production
          plan and will reserve the capacity on line 1.

          Please send us the PO number for our system.

          Best regards,
          Nguyen Hoang Nam
          Sales Manager, Mekong Protective Headwear JSC, Long An
          """))
case("p36_supplier_confirms_forecast", ["RG008"],
     "buyer's forecast is labelled not an order, but the supplier writes it back as 'your order of 15,000 helmets'",
     [("APS_demand_forecast_2025_helmets.html", html_page("2025 demand forecast - helmets", T(f"""
      <h2>Anglia PPE Supplies Ltd &mdash; 2025 demand forecast &mdash; helmet MPH-V6</h2>
      <p>To: Mekong Protective Headwear JSC &mdash; from David Okafor, Category Manager &mdash; 17 May 2024</p>
      <div class="note"><b>FORECAST &mdash; NOT AN ORDER.</b> Nothing is released by this forecast.</div>
      {table_html(_rows)}
      <p>Figures are estimates for your capacity planning.</p>
      """))),
      EML("RE_2025_demand_forecast.eml", _m)])

# p37 Australian notice of award: forecast as commitment, approval in three senses, call-off 3,000 vs annex 3,500.
case("p37_tender_forecast_annex_docx", ["RG008", "RG009", "RG011"],
     "award commits to the forecast 24,000/yr; 'approval' technical/financial/production; call-off 1 is 3,000 in text but 3,500 in annex",
     [("MBWA-2024-07_notice_of_award.docx", docx_bytes([
         ("h1", "Deed of Standing Offer - Notice of Award"),
         ("p", "Murray Basin Water Authority, Mildura VIC - Tender MBWA-2024-07 - Hi-visibility workwear - 13 May 2024"),
         ("p", "To: Narayanganj Knit & Hi-Vis Ltd, Fatullah, Narayanganj, Bangladesh"),
         ("num", "The Authority accepts your offer dated 20 February 2024 for a term of two years from 1 July 2024."),
         ("num", "Approvals. Technical approval of your samples was granted by the Authority's WHS team on 2 May 2024. "
                 "Financial approval of the contract was granted by the Board on 9 May 2024. Production approval for each "
                 "call-off will follow separately."),
         ("num", "Volume. The forecast quantity is 24,000 garments per year. The Authority commits to purchase the forecast "
                 "quantity of 24,000 garments per year under this standing offer."),
         ("num", "First call-off. Call-off 1 releases 3,000 garments for delivery in August 2024 (see Annex 2)."),
         ("num", "Balance. Quantities beyond call-off 1 are not released. They are released only by a numbered call-off "
                 "signed by Ms. Priya Raman, Contract Manager."),
         ("num", "Material: for call-off 1 only."),
         ("h", "Annex 2 - Call-off 1"),
         ("table", [["Call-off", "Item", "Quantity", "Delivery"],
                    ["1", "HV shirt D/N, long sleeve, AS/NZS 4602.1", "2,000", "Aug 2024"],
                    ["1", "HV trousers D/N, AS/NZS 4602.1", "1,500", "Aug 2024"],
                    ["Total call-off 1", "", "3,500", ""]]),
         ("p", "Priya Raman, Contract Manager"),
     ], author="Priya Raman"))])

# p38 SA ERP schedule: forecast weeks to be treated as firm orders.
case("p38_erp_schedule_firm_txt", ["RG008"],
     "delivery schedule tells supplier to treat forecast weeks 25-28 as firm orders that will not be reduced",
     [("HIS-DS-0219.txt", T("""
     HIGHVELD INDUSTRIAL SUPPLIES (PTY) LTD       DELIVERY SCHEDULE / CALL-OFF
     SYSPRO 8   PRINT 2024/05/13 07:48                              PAGE 1
     -----------------------------------------------------------------------
     SCHEDULE NO : HIS-DS-0219            SUPPLIER : ILG002 IPOH LATEX GLOVES
     ITEM        : HIS-LTX-GRN  LATEX PALM GLOVE GREEN, EN 388 2142X, SZ 10
     BUYER       : THABO MOKOENA (SENIOR BUYER)
     -----------------------------------------------------------------------
     WEEK    QTY(PR)   STATUS
     WK23     6,000    CALL-OFF (RELEASED)
     WK24     6,000    CALL-OFF (RELEASED)
     WK25     6,000    FORECAST
     WK26     6,000    FORECAST
     WK27     8,000    FORECAST
     WK28     8,000    FORECAST
     -----------------------------------------------------------------------
     RELEASED NOW : WK23 + WK24 = 12,000 PR.
     WK25-WK28 ARE FORECAST QUANTITIES, NOT RELEASED UNTIL CONVERTED TO A
     CALL-OFF BY THABO MOKOENA.
     NOTE TO SUPPLIER: PLEASE TREAT THE FORECAST WEEKS AS FIRM ORDERS AND
     LOAD THEM INTO YOUR PLAN. WE WILL NOT REDUCE THEM.
     MATERIAL: FOR RELEASED WEEKS ONLY.
     """))])

# p39 supplier uses 'release' for lab dips, PO status and production.
_m = mail('"Nguyen Thi Lan" <lan.nguyen@saigonsafetygear.vn>', '"Sophie Dupont" <s.dupont@epi-normandie.fr>',
          "EN-24-131 softshell - status", "Tue, 21 May 2024 10:10:00 +0700",
          T("""
          Dear Ms. Sophie,

          Good news: your lab released the lab dips yesterday (option 2, fluo yellow), and we see PO EN-24-131
          now shows "released" in your supplier portal.

          We are ready on our side. Please send us the production release when you are ready, then we book
          the fabric.

          Best regards,
          Lan
          Nguyen Thi Lan | Sales Executive | Saigon Safety Gear Co., Ltd
          """))
case("p39_supplier_released_mix_eml", ["RG009"],
     "'release' used for lab dip (technical), PO status (commercial) and production release in one message",
     [EML("EN-24-131_status.eml", _m)])

# p40 email says make 36 sample pairs; attached PO says 24.
_po = pdf([
    ("h1", "COMMANDE / PURCHASE ORDER API-24-0560"),
    ("p", "Alsace Protection Individuelle SAS, Strasbourg - 07/05/2024 - to Punjab Safety Gloves, Sialkot"),
    ("table", [["Ligne", "Article", "Désignation", "Qté", "PU USD"],
               ["1", "API-GRIP-7", "Nitrile foam glove EN 388 4121X, sizes 7-10 (6 pairs each) - PPS", "24 pairs", "0.90"]]),
    ("sp",),
    ("p", "Samples: 24 pairs. The bulk quantity of 4 800 pairs is not released; it will be released only after our "
          "sign-off of the samples, by a written release signed by Marc Keller."),
    ("p", "Material: samples only."),
    ("p", "Acheteur: Marc Keller"),
], title="PO API-24-0560", author="Alsace Protection Individuelle")
_m = mail('"Marc Keller" <m.keller@api-protection.fr>', '"Faisal Javed" <faisal@punjabsafetygloves.pk>',
          "Order API-24-0560 - samples API-GRIP-7", "Tue, 07 May 2024 13:25:00 +0200",
          T("""
          Hello Faisal,

          Please find attached our order API-24-0560 for the pre-production samples of the glove API-GRIP-7
          (nitrile foam, EN 388 4121X).

          Please make 36 sample pairs (sizes 7 to 10, 9 pairs each) and send them by DHL to Strasbourg.

          The bulk quantity of 4 800 pairs is not released. It will be released only after our sign-off of the
          samples, by a written release signed by me.

          Material only for the samples please.

          Best regards,
          Marc Keller
          Acheteur, Alsace Protection Individuelle SAS
          """), attachments=[("API-24-0560.pdf", _po, PDF_MT)])
case("p40_email36_po24_eml", ["RG011"],
     "covering email asks for 36 sample pairs; attached PO releases 24",
     [EML("Order_API-24-0560_samples.eml", _m)])

# p41 full PO 1,200 but size break totals 1,150.
case("p41_sizebreak_total_pdf", ["RG011"],
     "full PO states 1,200 coveralls but the size-break table totals 1,150",
     [("RSIS-24-0233.pdf", pdf([
         ("h1", "PURCHASE ORDER RSIS-24-0233"),
         ("p", "Red Sea Industrial Safety Co., Jeddah, Kingdom of Saudi Arabia - 12 May 2024"),
         ("p", "Supplier: Denizli Is Elbiseleri San. ve Tic. A.S., Denizli, Turkiye"),
         ("p", "Item: coverall, 100% cotton 260 g/m2, khaki, two 50 mm reflective bands, Arabic/English labels."),
         ("p", "Quantity: 1,200 coveralls (full order quantity, no balance). Unit price USD 12.60."),
         ("table", [["Size", "S", "M", "L", "XL", "XXL", "Total"],
                    ["Qty", "100", "300", "400", "250", "100", "1,150"]]),
         ("sp",),
         ("p", "Kindly proceed with manufacture of the 1,200 coveralls per the size break above."),
         ("p", "Shipment: CFR Jeddah Islamic Port by 30 July 2024. Inspection AQL 2.5 by SGS."),
         ("p", "Eng. Majed Al-Harthi, Procurement Manager"),
     ], title="PO RSIS-24-0233", author="Red Sea Industrial Safety"))])

# p42 bundle: PO releases 1,200 (first tranche); release letter says 1,500.
_po = docx_bytes([
    ("h1", "PURCHASE ORDER LC-PO-24-1033"),
    ("p", "Letaba Coal (Pty) Ltd, Lephalale, Limpopo - 6 May 2024"),
    ("p", "Supplier: Denizli İş Elbiseleri San. ve Tic. A.Ş., Denizli, Türkiye"),
    ("table", [["", "Quantity"],
               ["Commercial cover (this PO)", "3,000 reflective conti suits"],
               ["Production released now (first tranche, PPS signed off 2 May)", "1,200 suits"],
               ["Balance on hold", "1,800 suits"]]),
    ("p", "The balance of 1,800 suits is released only by a written release signed by Themba Mokoena, Procurement Lead, "
          "after inspection of the first tranche."),
    ("p", "Material: for the first tranche only."),
    ("p", "Themba Mokoena, Procurement Lead"),
], author="Themba Mokoena")
_rel = pdf([
    ("h1", "PRODUCTION RELEASE 01 - PO LC-PO-24-1033"),
    ("p", "Letaba Coal (Pty) Ltd - 7 May 2024 - to Denizli Is Elbiseleri"),
    ("p", "Quantity released: 1,500 suits (first tranche), navy/orange two-piece conti suit, 240 g/m2, sizes 28-50."),
    ("p", "Further quantities require a written release by Themba Mokoena, Procurement Lead, after inspection of the "
          "first tranche."),
    ("p", "Themba Mokoena, Procurement Lead"),
], title="Release 01 LC-PO-24-1033", author="Letaba Coal")
case("p42_po_vs_release_letter", ["RG011"],
     "PO releases a first tranche of 1,200 suits; the release letter for the same tranche says 1,500",
     [("LC-PO-24-1033.docx", _po), ("LC-REL-24-1033-01.pdf", _rel)])

# p43 call-off 3: email body 2,400, attached call-off PDF 2,000.
_co = pdf([
    ("h1", "CALL-OFF 3 - Supply agreement CRA-SA-22"),
    ("p", "Coastal Rope Access Supplies Pty Ltd, Wollongong NSW - 14 May 2024 - to Anatolia Fall Protection Ltd. Sti."),
    ("table", [["Item", "Description", "Qty", "Ex-works"],
               ["AFP-361-2D", "Full body harness, 2 D-rings, EN 361 / AS/NZS 1891.1", "2,000", "30 Aug 2024"]]),
    ("sp",),
    ("p", "Quantities beyond call-off 3 are not released. Call-off 4 will be signed by Sam Whitaker, Purchasing Manager, "
          "after sign-off of the call-off 3 TOP samples. Material for call-off 3 only."),
    ("p", "Sam Whitaker, Purchasing Manager"),
], title="Call-off 3 CRA-SA-22", author="Coastal Rope Access Supplies")
_t = T("""
Hi Murat,

Call-off 3 under our supply agreement CRA-SA-22: please manufacture 2,400 harnesses AFP-361-2D for
delivery ex-works 30 August. The signed call-off is attached.

Quantities beyond call-off 3 are not released; call-off 4 will come from me once the call-off 3 TOP
samples are signed off. Material for call-off 3 only, as usual.

Thanks and regards,
Sam
""") + sig("Sam Whitaker", "Purchasing Manager", "Coastal Rope Access Supplies Pty Ltd", "+61 2 5550 7712")
_m = mail('"Sam Whitaker" <sam.whitaker@coastalropeaccess.com.au>', '"Murat Kaya" <murat@anatoliafall.com.tr>',
          "Call-off 3 - AFP-361-2D harnesses", "Tue, 14 May 2024 09:40:00 +1000", _t, html=text_html(_t),
          attachments=[("CRA-SA-22_call-off_3.pdf", _co, PDF_MT)])
case("p43_email_calloff_mismatch_eml", ["RG011"],
     "call-off 3 e-mail says 2,400 harnesses, the attached signed call-off says 2,000",
     [EML("Call-off_3_AFP-361-2D.eml", _m)])

# p44 supplier portal page: released 400 in summary, 440 authorised on the line.
_rows = [["Line", "Item", "Scope", "Authorised now", "Status"],
         ["10", "JHS-BC1 bump cap, navy, EN 812", "production", "440", "open"]]
case("p44_portal_html", ["RG011"],
     "portal summary says 400 released for production, the order line says 440 authorised now",
     [("NS-6120_supplier_portal.html", html_page("Supplier portal - order NS-6120", T(f"""
     <h2>Northgate Safety &mdash; Supplier Portal</h2>
     <p>Supplier: Johor Headgear Sdn Bhd &mdash; Order NS-6120 &mdash; bump cap JHS-BC1 &mdash; last update 20 May 2024 09:12</p>
     <div class="note">Released for production: <b>400</b></div>
     {table_html(_rows)}
     <p>Balance not released: 1,600 &mdash; needs a written release by Hannah Whitcombe after TOP sample sign-off.</p>
     <p>Material authority: released quantity only.</p>
     """)))])


# =================================================================== BUILD
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(5151).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h51_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    build()
