#!/usr/bin/env python3
"""Generator for the releasegate check_holdout72 corpus (bathroom and kitchen fittings).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout72/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Case names in this file: cNN = expected clean, rNN = expected risky. Folder names in
cases/ are neutral: h72_NN_<first-file-stem>, shuffled with seed 7272.
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
from email import utils as _email_utils
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
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    assert name not in {c["name"] for c in CASES}, name
    for r in expect:
        assert r in RULES, r
    CASES.append({"name": name, "expect": sorted(set(expect)), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("h1", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
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


def html_table(rows):
    """rows[0] is the header row."""
    out = ["<table>", "<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>"]
    for r in rows[1:]:
        out.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_to_html(text):
    """Simple HTML alternative for a plain-text mail body (quoted lines as blockquote)."""
    parts = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            parts.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px\">{inner}</blockquote>")
        else:
            parts.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(parts) + "\n</body></html>\n"


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
    m["Message-ID"] = msgid or f"<h72-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h72")
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


def dt(y, mo, d, h, mi, tz="+0200"):
    """RFC 2822 date string with a fixed offset."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timezone(sign * _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return _email_utils.format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=off))


def sig_short(name, title, company, phone, extra=""):
    """A signature without the legal disclaimer (many factory mails have none)."""
    s = f"\n--\n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


# =================================================================== CASES
# (cases are appended in batches below)


# ------------------------------------------------------------------ batch 1

# c01: supplier quote on its own (two tiers, no authorized quantity) -> clean
def _c01():
    blocks = [
        ("h1", "FORMOSA VALVE INDUSTRIAL CO., LTD."),
        ("p", "No. 88, Zhongshan Rd., Lukang Township, Changhua County 505, Taiwan  |  Tel +886 4 777 2815"),
        ("h", "QUOTATION No. FV-Q-24-0877"),
        ("p", "Date: 2024/04/22    To: Hartwell Home & DIY Ltd, Milton Keynes, UK    Attn: Mr. Gareth Pryce, Buyer - Bathroom"),
        ("p", "Re: angle valves for the 2025 bathroom refresh, your enquiry of 2024/04/09"),
        ("table", [
            ["Item", "Description", "Stage", "Qty", "Unit price USD", "Amount USD"],
            ["AV-1512", "Angle valve 1/2\" BSP x 15 mm compression, chrome, 1/4 turn ceramic headwork", "First samples", "10 pcs", "6.80", "68.00"],
            ["AV-1512", "same", "Production", "5,000 pcs", "2.35", "11,750.00"],
            ["AV-1512-IS", "Angle valve with isolating screwdriver slot, chrome", "First samples", "10 pcs", "6.80", "68.00"],
            ["AV-1512-IS", "same", "Production", "3,000 pcs", "2.52", "7,560.00"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Prices FOB Taichung, in USD, valid 60 days from the date above."),
        ("p", "2. Sample lead time 15 working days; samples sent by courier at our cost."),
        ("p", "3. Production lead time 35 days after your written production release."),
        ("p", "4. The production quantities above are the basis for the unit prices only. They become an order "
              "only when you release them in writing."),
        ("p", "5. Headwork carries WRAS listing 2301045; test pressure 16 bar; hot/cold 90 C max."),
        ("p", "6. Packing: 1 pc per polybag, 10 pcs per inner box, 100 pcs per carton (approx. 14 kg)."),
        ("p", "7. Payment: T/T 30 days after B/L date for production orders; samples free of charge."),
        ("sp",),
        ("p", "Kevin Lin, Sales Manager Europe  -  kevin.lin@formosavalve.com.tw  -  +886 935 118 402"),
    ]
    return [("FV-Q-24-0877.pdf", pdf(blocks, title="Quotation FV-Q-24-0877", author="Formosa Valve"))]


case("c01_supplier_quote_tiers", [],
     "supplier quote alone: sample and production tiers, no authorized quantity; says production only on written release",
     _c01())


# r01: sample PO + separate quote file showing 3,000 pcs; PO says nothing about balance/event/person
def _r01():
    po = [
        ("h1", "BRUNNHAUS ARMATUREN GMBH"),
        ("p", "Hafenstrasse 41  -  90451 Nuernberg  -  Germany  -  USt-IdNr. DE 814 227 906"),
        ("h", "Bestellung / Purchase Order 4500817734"),
        ("p", "Datum / date: 06.05.2024    Lieferant / supplier: 700215 Kaiping Hongtai Sanitary Ware Co., Ltd., "
              "Shuikou Town, Kaiping, Guangdong, China"),
        ("p", "Ansprechpartner / contact: Katrin Vogel, Strategischer Einkauf, k.vogel@brunnhaus-armaturen.de, +49 911 4470 213"),
        ("table", [
            ["Pos.", "Material", "Bezeichnung / description", "Menge / qty", "ME", "Preis USD", "Wert USD"],
            ["10", "210-0451-CP", "Waschtischarmatur LINA, chrom / basin mixer LINA, chrome", "4", "ST", "46.00", "184.00"],
            ["20", "210-0451-BN", "Waschtischarmatur LINA, Edelstahl-Optik / brushed nickel", "4", "ST", "46.00", "184.00"],
            ["30", "210-0451-MB", "Waschtischarmatur LINA, schwarz matt / matt black", "4", "ST", "46.00", "184.00"],
            ["", "", "Summe / total", "12", "ST", "", "552.00"],
        ]),
        ("sp",),
        ("p", "Bezug / reference: Ihr Angebot / your quotation HT-Q24-0311 vom 12.03.2024 (siehe Anlage / attached)."),
        ("p", "Erstmuster / first samples. Each finish with a plating thickness report (Ni/Cr in micrometres) and a "
              "24 h CASS test report to ISO 9227. Cartridge 35 mm as per quotation. Laser marking BRUNNHAUS on the lever."),
        ("p", "Lieferung / delivery: DAP Nuernberg, air courier, KW 23/2024. Zahlung / payment: 60 Tage netto."),
        ("p", "Bitte bestaetigen Sie diese Bestellung innerhalb von 3 Arbeitstagen. / Please confirm this order "
              "within 3 working days. Es gelten die Allgemeinen Einkaufsbedingungen der Brunnhaus Armaturen GmbH."),
    ]
    quote = [
        ("h1", "KAIPING HONGTAI SANITARY WARE CO., LTD."),
        ("p", "Shuikou Industrial Zone, Kaiping City, Guangdong 529321, China  |  www.hongtai-sanitary.com"),
        ("h", "QUOTATION HT-Q24-0311"),
        ("p", "Date: 12 Mar 2024    Customer: Brunnhaus Armaturen GmbH    Attn: Ms. Katrin Vogel"),
        ("p", "Product: LINA single lever basin mixer, brass body (H59-1), 35 mm ceramic cartridge, M24 aerator, "
              "flexible hoses 350 mm M10 x 3/8\"."),
        ("table", [
            ["Finish", "First samples", "Sample price USD", "Mass production", "Unit price USD"],
            ["Chrome (CP)", "4 pcs", "46.00", "1,000 pcs", "18.60"],
            ["Brushed nickel (BN)", "4 pcs", "46.00", "1,000 pcs", "21.40"],
            ["Matt black (MB)", "4 pcs", "46.00", "1,000 pcs", "22.10"],
            ["Total", "12 pcs", "552.00", "3,000 pcs", ""],
        ]),
        ("sp",),
        ("p", "Tooling: USD 2,800 (forging dies and lever mould), one time. Lead time: samples 20 days; mass "
              "production 45 days. Packing: white box with customer logo, 10 pcs per carton. FOB Shenzhen."),
        ("p", "Payment: T/T 30% deposit, 70% before shipment. Validity: 90 days."),
        ("p", "Amy Liang, Sales Manager  -  amy@hongtai-sanitary.com  -  WhatsApp +86 138 2601 4471"),
    ]
    return [("PO_4500817734.pdf", pdf(po, title="Bestellung 4500817734", author="Brunnhaus SAP")),
            ("HT-Q24-0311_quotation.pdf", pdf(quote, title="Quotation HT-Q24-0311", author="Hongtai"))]


case("r01_sample_po_with_quote_file", ["RG001", "RG003", "RG004", "RG005"],
     "first-sample PO (12 pcs) bundled with quote showing 3,000 pcs mass production; no hold, no unlock event, no release person",
     _r01())


# r12: balance on hold "until further notice", only a person named, no event
def _r12():
    po = [
        ("h1", "SANITEX POLSKA SP. Z O.O."),
        ("p", "ul. Krakowska 180, 50-425 Wroclaw, Polska  -  NIP 899-27-41-563"),
        ("h", "ZAMOWIENIE / PURCHASE ORDER 24/0457"),
        ("p", "Data / date: 08.05.2024    Dostawca / supplier: Akdeniz Dus Sistemleri A.S., Nilufer OSB, Bursa, Turkiye"),
        ("table", [
            ["Lp.", "Indeks", "Opis / description", "Ilosc / qty", "Cena EUR", "Wartosc EUR"],
            ["1", "TSC-900-CP", "Kolumna prysznicowa z termostatem / thermostatic shower column, chrome", "4 szt.", "118.00", "472.00"],
            ["2", "TSC-900-MB", "Kolumna prysznicowa z termostatem / thermostatic shower column, matt black", "4 szt.", "131.00", "524.00"],
            ["", "", "Razem / total", "8 szt.", "", "996.00"],
        ]),
        ("sp",),
        ("p", "Oferta / offer: AK-2024-117 z dnia 19.04.2024. Warunki dostawy / delivery: DAP Wroclaw. "
              "Termin / date: 14.06.2024. Platnosc / payment: 45 dni / days."),
        ("p", "Uwagi / remarks: egzemplarze do showroomu i badan laboratoryjnych (PN-EN 1111, szok termiczny) / "
              "units for showroom and lab tests."),
    ]
    text = (
        "Dear Emre,\n\n"
        "please find attached our purchase order 24/0457 for the TSC-900 thermostatic shower column.\n\n"
        "We order 8 pcs (eight) - 4 in chrome and 4 in matt black - for our showroom in Wroclaw and for the "
        "lab tests (PN-EN 1111 and thermal shock). The other 392 pcs of your offer AK-2024-117 are on hold "
        "until further notice, and only I can lift that hold. Please do not plan anything beyond the 8 pcs.\n\n"
        "Delivery DAP Wroclaw until 14.06.2024. Please send the packing list and the EUR.1 in advance, our "
        "forwarder needs it for the customs clearance in Poznan.\n\n"
        "Thank you and have a nice day,\n"
        "Magdalena"
        + sig("Magdalena Kowalczyk", "Kierownik Zakupow / Purchasing Manager", "Sanitex Polska Sp. z o.o.",
              "+48 71 336 20 48")
    )
    m = mail("Magdalena Kowalczyk <m.kowalczyk@sanitex.pl>", "Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>",
             "Zamowienie 24/0457 - TSC-900 showroom units", dt(2024, 5, 8, 11, 42),
             text, attachments=[("Zamowienie_24-0457.pdf", pdf(po, title="Zamowienie 24/0457", author="Sanitex"), PDF_MT)])
    return [("Zamowienie_24-0457_mail.eml", eml_bytes(m))]


case("r12_hold_until_further_notice", ["RG004"],
     "8 showroom units ordered, 392 'on hold until further notice', only the buyer can lift it: hold and person, but no unlock event",
     _r12())


# r17: supplier bought brass for the full 3,000 pcs although the PO limits material to the 15 samples
def _r17():
    text = (
        "Dear Katrin,\n\n"
        "Good day! Here is the update for your ARCO kitchen mixer first samples:\n\n"
        "- forging: finished 18 pcs (15 pcs + 3 spare)\n"
        "- machining: this week\n"
        "- plating: chrome line next Tuesday, brushed steel and matt black PVD in week 22\n"
        "- CASS 24h test and thickness report will come together with the samples\n\n"
        "One more information for you. The brass price in Guangdong is going up strongly from June. To protect "
        "you, our boss decided to buy already the brass ingot for the complete 3,000 pcs, about 2.1 ton, with the "
        "old price. It is in our warehouse now, so when you give the release we can start faster. No extra "
        "charge for you at this moment.\n\n"
        "Samples ETD around 31 May by DHL, I will send the AWB.\n\n"
        "Best regards,\nAmy\n"
        + sig_short("Amy Liang", "Sales Manager", "Kaiping Hongtai Sanitary Ware Co., Ltd.", "+86 750 2288 416",
                    "WhatsApp / WeChat +86 138 2601 4471")
        + "\n-----Original Message-----\n"
        "From: Katrin Vogel <k.vogel@brunnhaus-armaturen.de>\n"
        "Sent: Monday, May 6, 2024 10:14\n"
        "To: Amy Liang <amy@hongtai-sanitary.com>\n"
        "Subject: PO 4500818020 - ARCO kitchen mixer first samples\n\n"
        "> Dear Amy,\n>\n"
        "> attached our PO 4500818020 for the ARCO first samples: 5 pcs per finish (chrome, brushed steel,\n"
        "> matt black), 15 pcs in total.\n>\n"
        "> The production quantity of 3,000 pcs (3 x 1,000) from your quotation HT-Q24-0298 is NOT released\n"
        "> with this PO. Production can only be released in writing by Dr. Stefan Hohl (Head of Product\n"
        "> Quality), after he has signed off the finish samples.\n>\n"
        "> Please buy material for the 15 samples only.\n>\n"
        "> Mit freundlichen Gruessen / best regards\n> Katrin Vogel\n> Strategischer Einkauf, Brunnhaus Armaturen GmbH\n"
    )
    m = mail("Amy Liang <amy@hongtai-sanitary.com>", "Katrin Vogel <k.vogel@brunnhaus-armaturen.de>",
             "RE: PO 4500818020 - ARCO kitchen mixer first samples", dt(2024, 5, 16, 15, 5, "+0800"),
             text, html=text_to_html(text), in_reply_to="<h72-ref-0001@brunnhaus-armaturen.de>")
    return [("RE_PO_4500818020_ARCO.eml", eml_bytes(m))]


case("r17_supplier_buys_brass_full_qty", ["RG006"],
     "buyer limited material to 15 samples; supplier bought brass ingot for the full 3,000 pcs 'to protect you'",
     _r17())


# r24: supplier acknowledgement says mass production follows QA OK directly, no revised PO
def _r24():
    text = (
        "Dear Gareth,\n\n"
        "Thank you for your PO 7710-2291. We confirm 20 pcs AV-1512 angle valve samples, ETD 24 May by FedEx, "
        "the tracking no. I will send you.\n\n"
        "To save your time: after your QA lab confirm the samples are OK, we will arrange the mass production of "
        "the 4,980 pcs directly, no need to wait for the revised PO or other paper work. In this way we save 2~3 "
        "weeks and you can meet the August launch in your stores. We hope this is helpful for you.\n\n"
        "Any question please let me know.\n\n"
        "Best regards,\nKevin Lin\n"
        "Formosa Valve Industrial Co., Ltd.\nSales Manager Europe | +886 935 118 402\n\n"
        "-----Original Message-----\n"
        "From: Gareth Pryce <g.pryce@hartwell-diy.co.uk>\n"
        "Sent: Thursday, May 9, 2024 4:52 PM\n"
        "Subject: PO 7710-2291 angle valves - samples\n\n"
        "> Hi Kevin,\n>\n"
        "> PO 7710-2291 attached for 20 pcs of the AV-1512 angle valve as samples. Please ship to our QA lab at\n"
        "> Unit 4, Brickhill Park, Milton Keynes MK13 8RT, FAO Sunita Rao.\n>\n"
        "> The balance of 4,980 pcs is not released. Once our QA lab has signed off the samples I'll send a\n"
        "> revised PO and a written release for the production quantity.\n>\n"
        "> Cheers,\n> Gareth Pryce\n> Buyer - Bathroom, Hartwell Home & DIY Ltd\n"
    )
    m = mail("Kevin Lin <kevin.lin@formosavalve.com.tw>", "Gareth Pryce <g.pryce@hartwell-diy.co.uk>",
             "RE: PO 7710-2291 angle valves - samples", dt(2024, 5, 10, 9, 20, "+0800"), text,
             in_reply_to="<h72-ref-0002@hartwell-diy.co.uk>")
    return [("RE_PO_7710-2291.eml", eml_bytes(m))]


case("r24_supplier_ack_rolls_into_mass_production", ["RG007"],
     "buyer requires revised PO + written release; supplier acknowledges and says mass production of 4,980 follows QA OK directly",
     _r24())


# c02: supplier asks whether it may go ahead with the balance; quoted buyer release is complete -> clean
def _c02():
    text = (
        "Dear Dana,\n\n"
        "Greetings from Jamnagar.\n\n"
        "The 60 pcs of PN 7741-0500 (rev F) for your pilot build were dispatched today by DHL Express, AWB "
        "4417 2093 65, with the dimensional report and the material certificate (CW614N, EN 10204 3.1).\n\n"
        "We understand your pilot build is planned in week 24. Kindly let us know: do we have your go-ahead "
        "for the balance 1,440 pcs, or should we wait for the pilot sign-off? Till then we keep the balance on "
        "hold and we have not purchased any bar stock beyond the 60 pcs.\n\n"
        "Thanking you and assuring you of our best services always,\n\n"
        "Rakesh Patel\nExport Manager\nJamnagar Precision Brass Pvt. Ltd.\nPlot 214, GIDC Phase II, Dared, "
        "Jamnagar 361004, Gujarat, India\nM +91 98250 41177\n\n"
        "On Tue, 14 May 2024 at 18:03, Dana Whitfield <dana.whitfield@ridgelinekb.com> wrote:\n"
        "> Rakesh,\n>\n"
        "> Released now: 60 pcs of PN 7741-0500 cartridge housing, rev F, for our pilot build.\n"
        "> The balance of 1,440 pcs under PO 88-40217 stays on hold. The next release comes in writing\n"
        "> from me after our pilot build has been signed off by manufacturing engineering.\n>\n"
        "> Thanks,\n> Dana Whitfield\n> VP Sourcing, Ridgeline Kitchen & Bath Inc.\n"
    )
    m = mail("Rakesh Patel <rakesh@jamnagarprecision.in>", "Dana Whitfield <dana.whitfield@ridgelinekb.com>",
             "Re: PO 88-40217 release - pilot 60 pcs", dt(2024, 5, 28, 17, 35, "+0530"), text,
             cc="Tyler Brooks <tyler.brooks@ridgelinekb.com>", in_reply_to="<h72-ref-0003@ridgelinekb.com>")
    return [("Re_PO_88-40217_release.eml", eml_bytes(m))]


case("c02_supplier_asks_goahead", [],
     "supplier asks 'do we have your go-ahead for the balance 1,440?'; quoted buyer release states qty, hold, event, person",
     _c02())


# r34: SAP PO print with 'release strategy RELEASED/approved' next to production release/sample approval
def _r34():
    t = """\
HAUSMANN BAD & KUECHE GMBH                                   BESTELLUNG / PURCHASE ORDER
Gewerbepark Sued 12 - 58644 Iserlohn                                        Seite 1 von 1
-----------------------------------------------------------------------------------------
Bestellnummer / PO no.  : 4500231187            Datum / date  : 06.05.2024
Lieferant / vendor      : 100384                Formosa Valve Industrial Co., Ltd.
                                                Lukang, Changhua, Taiwan
Einkaeufer / buyer      : K. Brandt (E12)       Tel. +49 2371 9120 44
Freigabestatus / release: RELEASED              Freigabestrategie Z2
                          (approved by K. Brandt 06.05.2024 14:22)
Zahlungsbed. / terms    : 0030  30 Tage netto   Incoterms: FOB Taichung
-----------------------------------------------------------------------------------------
Pos   Material        Bezeichnung                          Menge   ME   Preis EUR    Wert EUR
-----------------------------------------------------------------------------------------
00010 300-1450-00     Kuechenarmatur KM-45 Brause, chrom       6   ST       39,50      237,00
      Positionstext: Erstmuster zur Freigabe / first samples for approval
      Zeichnung / drawing 300-1450 Index C
-----------------------------------------------------------------------------------------
                                              Gesamtwert netto / total net EUR     237,00

Kopftext / header text:
This order covers 6 first samples only. The remaining project quantity of 1.194 pcs
(your offer FV-24-0412, 1.200 pcs) is not released with this order.
Production release: after approval of the first samples by our laboratory, K. Brandt
will send a written release for the production quantity.
Approval of drawing Index C by our engineering is attached to this order.

Lieferanschrift: Hausmann Bad & Kueche GmbH, Wareneingang Tor 3, 58644 Iserlohn
Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2023).
-----------------------------------------------------------------------------------------
"""
    return [("BEST_4500231187.txt", t)]


case("r34_sap_release_strategy", ["RG009"],
     "SAP print: 'release/approved' for PO release strategy, 'approval' for drawing and samples, 'release' for production",
     _r34())


# r44: PO header says 24 sample pcs, table adds up to 36
def _r44():
    blocks = [
        ("h1", "RIDGELINE KITCHEN & BATH INC."),
        ("p", "1450 Dublin Rd, Columbus, OH 43215, USA  -  Sourcing"),
        ("h", "PURCHASE ORDER 88-40388"),
        ("p", "Date: 05/13/2024    Vendor: Kaiping Hongtai Sanitary Ware Co., Ltd. (V-20417)    Terms: Net 45    "
              "Ship via: air courier, DAP Columbus"),
        ("p", "Scope: SAMPLE ORDER - 24 PCS TOTAL"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Ext."],
            ["1", "RKB-2210-SS", "Pull-down kitchen faucet, Spot-Resist Stainless", "12", "EA", "$52.00", "$624.00"],
            ["2", "RKB-2210-MB", "Pull-down kitchen faucet, Matte Black", "12", "EA", "$52.00", "$624.00"],
            ["3", "RKB-2210-CB", "Pull-down kitchen faucet, Champagne Bronze", "12", "EA", "$55.00", "$660.00"],
            ["", "", "Total", "36", "EA", "", "$1,908.00"],
        ]),
        ("sp",),
        ("p", "Requirements: lead free per NSF/ANSI 372; certification to NSF/ANSI 61 and ASME A112.18.1/CSA B125.1 "
              "(cUPC) to follow with production. Flow rate 1.8 gpm at 60 psi. Hoses 59\" braided, 3/8\" compression."),
        ("p", "This PO releases the sample quantity only. The production quantity of 3,600 units shown in quotation "
              "HT-Q24-0455 is not released. Production release requires sample sign-off by Ridgeline Engineering "
              "and a written release from Dana Whitfield, VP Sourcing."),
        ("p", "Acknowledge this PO within 48 hours to purchasing@ridgelinekb.com quoting PO 88-40388."),
    ]
    return [("PO_88-40388.pdf", pdf(blocks, pagesize=LETTER, title="PO 88-40388", author="Ridgeline Sourcing"))]


case("r44_po_header_vs_table", ["RG011"],
     "PO scope line says 24 sample pcs total, the line table adds up to 36; hold/event/person are stated",
     _r44())


# c10: supplier proforma that says payment does not release mass production -> clean
def _c10():
    blocks = [
        ("h1", "KAIPING HONGTAI SANITARY WARE CO., LTD."),
        ("p", "Shuikou Industrial Zone, Kaiping City, Guangdong 529321, China"),
        ("h", "PROFORMA INVOICE PI-HT-240517-02"),
        ("p", "Date: 17 May 2024    Buyer: Ridgeline Kitchen & Bath Inc., Columbus OH    Your PO: 88-40391 (samples)"),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "RKB-2240-SS", "Bar faucet, Spot-Resist Stainless - sample", "12 pcs", "48.00", "576.00"],
            ["2", "RKB-2240-MB", "Bar faucet, Matte Black - sample", "12 pcs", "48.00", "576.00"],
            ["3", "RKB-2240-CB", "Bar faucet, Champagne Bronze - sample", "12 pcs", "51.00", "612.00"],
            ["", "", "Courier to Columbus OH", "", "", "185.00"],
            ["", "", "Total", "36 pcs", "", "1,949.00"],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "1. This proforma covers the 36 sample pieces of PO 88-40391 only."),
        ("p", "2. Payment of this proforma does not release mass production. The production quantity of 3,600 pcs "
              "in quotation HT-Q24-0461 is not released until we receive your written production release."),
        ("p", "3. We do not purchase production material before the written production release."),
        ("p", "Bank: Bank of China, Kaiping Branch, SWIFT BKCHCNBJ46A, A/C 7412 5590 3301 (USD)."),
        ("p", "Amy Liang, Sales Manager"),
    ]
    return [("PI-HT-240517-02.pdf", pdf(blocks, title="Proforma PI-HT-240517-02", author="Hongtai"))]


case("c10_proforma_payment_not_release", [],
     "supplier proforma for 36 samples: payment does not release mass production; 3,600 labelled not released",
     _c10())


# r07: WhatsApp: scoped sample PO, then buyer 'green light' after salt spray; supplier starts mass production
def _r07():
    t = """\
14/05/2024, 08:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/05/2024, 08:12 - Gareth Pryce: Morning Jason. PO 7710-2304 is out for the AQUA rigid riser shower sets
14/05/2024, 08:14 - Gareth Pryce: For clarity: 10 sets only. They're for the chrome plating test and our WRAS submission. The other 1,990 sets are NOT released. I'll send a written release for the 1,990 myself once the WRAS approval and the salt spray report are both in
14/05/2024, 08:40 - Jason Wu: Noted Gareth 👍 10 sets, we ship with DHL next week
14/05/2024, 08:41 - Jason Wu: Hand shower 3 function ok? same as last time
14/05/2024, 08:45 - Gareth Pryce: Yes same 3 function, 1.5m hose
22/05/2024, 10:05 - Jason Wu: 10 sets shipped DHL 7731 0418 22
22/05/2024, 10:05 - Jason Wu: <Media omitted>
29/05/2024, 16:20 - Gareth Pryce: Got them. WRAS paperwork submitted today
03/06/2024, 10:02 - Jason Wu: Salt spray report from our lab, 96h NSS, no corrosion on chrome parts
03/06/2024, 10:02 - Jason Wu: <Media omitted>
03/06/2024, 11:30 - Gareth Pryce: Brilliant, that's a green light from me 👍
03/06/2024, 11:31 - Jason Wu: Thank you Gareth!! We arrange mass production next week then
03/06/2024, 11:31 - Jason Wu: 🙏🙏
"""
    return [("WhatsApp Chat with Jason Wu Hongtai.txt", t)]


case("r07_chat_green_light_then_mass_production", ["RG002", "RG007"],
     "chat: 10 sets scoped, 1,990 need a written release; buyer replies 'green light from me' (unscoped), supplier then schedules mass production",
     _r07())


# r11: Italian sample PO to India, nothing about balance, event or person
def _r11():
    blocks = [
        ("h1", "BAGNO FERRETTI S.r.l."),
        ("p", "Via Seradello 27  -  25065 Lumezzane (BS)  -  Italia  -  P.IVA 03318470987"),
        ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER N. 24-0312"),
        ("p", "Data / date: 10/05/2024    Fornitore / supplier: Jamnagar Precision Brass Pvt. Ltd., GIDC Dared, "
              "Jamnagar, Gujarat, India"),
        ("p", "Oggetto / subject: CAMPIONATURA / SAMPLING - corpo termostatico TB-35"),
        ("table", [
            ["Pos.", "Codice / code", "Descrizione / description", "Q.ta / qty", "Prezzo EUR", "Importo EUR"],
            ["1", "TB-35-001", "Corpo termostatico TB-35, ottone CW617N, lavorato greggio / thermostatic body, "
                               "brass CW617N, machined, unplated", "10 pz", "14,20", "142,00"],
        ]),
        ("sp",),
        ("p", "Disegno / drawing TB-35-001 rev. 04 (allegato / attached). Filettature / threads G1/2 ISO 228-1. "
              "Materiale secondo lista 4MS (piombo / lead max 2,2%). Prova di tenuta / leak test 25 bar aria."),
        ("p", "Rapporto dimensionale completo su 3 pezzi / full dimensional report on 3 pcs. Certificato materiale "
              "EN 10204 3.1."),
        ("p", "Consegna / delivery: corriere espresso, DAP Lumezzane, entro il / by 14/06/2024. "
              "Pagamento / payment: bonifico 60 gg d.f.f.m."),
        ("p", "Ufficio Acquisti - Chiara Bonomi - acquisti@bagnoferretti.it - tel. +39 030 827 1140"),
    ]
    return [("ODA_24-0312_Bagno_Ferretti.pdf", pdf(blocks, title="Ordine 24-0312", author="Bagno Ferretti"))]


case("r11_sampling_po_no_scope", ["RG003", "RG004", "RG005"],
     "sampling PO for 10 thermostatic bodies; never says later quantities are not released, no unlock event, no release person",
     _r11())


# c11: supplier acknowledgement that restates the hold (multipart/alternative) -> clean
def _c11():
    text = (
        "Dear Mrs. Kowalczyk,\n\n"
        "Order Acknowledgement - your PO 24/0519\n\n"
        "We confirm with thanks: 12 pcs RS-300 rain shower heads, 300 mm, as samples - 4 pcs chrome, 4 pcs "
        "brushed nickel, 4 pcs matt black. Delivery DAP Wroclaw, 21.06.2024.\n\n"
        "We understand that the balance of 588 pcs is not released and stays on hold until you, Mrs. Magdalena "
        "Kowalczyk, send the written production release after your laboratory signs off the samples. "
        "We buy material only for the 12 samples.\n\n"
        "Anti-limescale silicone nozzles and the ball joint G1/2 as in our offer AK-2024-131.\n\n"
        "Best regards / Saygilarimla,\n"
        "Emre Yilmaz\nExport Sales\nAkdeniz Dus Sistemleri A.S.\nNilufer OSB, 16140 Bursa, Turkiye\n"
        "T +90 224 411 58 20\n"
    )
    m = mail("Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>", "Magdalena Kowalczyk <m.kowalczyk@sanitex.pl>",
             "Order Acknowledgement PO 24/0519 - RS-300 samples", dt(2024, 5, 21, 14, 10, "+0300"),
             text, html=text_to_html(text))
    return [("Order_Acknowledgement_24-0519.eml", eml_bytes(m))]


case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement confirms 12 samples, restates that 588 are on hold until the named buyer's written release",
     _c11())


# c14: SAP sample PO full of identifiers that look like quantities; complete scope -> clean
def _c14():
    t = """\
SANITEX POLSKA SP. Z O.O.                                  ZAMOWIENIE / PURCHASE ORDER
ul. Krakowska 180, 50-425 Wroclaw                                           strona 1/1
=======================================================================================
Nr zamowienia / PO   : 4700012500           Data / date : 13.05.2024
Dostawca / vendor    : 200117 Formosa Valve Industrial Co., Ltd., Lukang, Taiwan
Oferta / offer       : FV-2024-5000 z / of 29.04.2024
Zaklad / plant       : 2500 Wroclaw   Magazyn / stor. loc. : 1200
Kupiec / buyer       : Piotr Zielinski, Category Manager (grupa zakupowa 160)
=======================================================================================
Poz  Indeks          Opis                                          Ilosc   JM   Cena EUR
---------------------------------------------------------------------------------------
0010 5000-120-15     Zawor katowy 1/2" x 3/8" chrom / angle valve     25   SZT     2,90
     Rysunek / drawing 1200-00 rew. / rev 16
     Norma / standard: PN-EN 200, gwint / thread G1/2 ISO 228-1, DN15
     Atest higieniczny PZH HK/W/0480/01/2024
     Proba mgly solnej / salt spray ISO 9227 NSS 480 h (kolo / wheel only)
---------------------------------------------------------------------------------------
Razem / total                                                      25   SZT    72,50 EUR

Tekst naglowka / header text:
SAMPLE ORDER ONLY: 25 pcs. The programme quantity of 4.975 pcs per offer FV-2024-5000
is NOT released with this order. It will be released only in writing by Piotr Zielinski
(Category Manager) after our laboratory has signed off the 25 samples. Material: buy
for the 25 samples only.

Dostawa / delivery: DAP Wroclaw, KW/CW 25. Platnosc / payment: 60 dni.
Certyfikat dostawcy / supplier certificate ISO 9001:2015 nr 10000-2500 wymagany.
=======================================================================================
"""
    return [("PO_4700012500.txt", t)]


case("c14_identifiers_look_like_qty", [],
     "sample PO 25 pcs with offer FV-2024-5000, drawing rev 16, plant 2500, 480 h, ISO 9001:2015; hold/event/person stated",
     _c14())


# r29: supplier books a labelled forecast as a firm order
def _r29():
    text = (
        "Dear Mr. Brandt,\n\n"
        "thank you very much for the 2025 order of 6.000 pcs of the KM-45 kitchen range.\n\n"
        "We have entered it in our production plan as firm order and we will start to produce for stock in "
        "January, 1.500 pcs per quarter, so that the deliveries can go out without delay when you call them. "
        "Our planning department will send the confirmation with the weeks.\n\n"
        "Thank you again for your trust, we are sure that 2025 will be a very good year for our cooperation.\n\n"
        "Cordiali saluti / best regards\n"
        "Luca Bertolini\nExport Sales Manager - DACH\nRubinetterie Valsesia S.p.A.\n"
        "Via per Gozzano 11, 28017 San Maurizio d'Opaglio (NO)\nTel. +39 0322 96 7731\n\n"
        "Da: Klaus Brandt <k.brandt@hausmann-bad.de>\n"
        "Inviato: lunedi 3 giugno 2024 09:41\n"
        "Oggetto: KM-45 - forecast 2025\n\n"
        "> Sehr geehrter Herr Bertolini, dear Luca,\n>\n"
        "> attached you find our non-binding forecast for the KM-45 range for 2025: approx. 6.000 pcs,\n"
        "> split by quarter (1.200 / 1.800 / 1.700 / 1.300). This is for your capacity planning only.\n"
        "> It is not an order. Orders come as call-offs from our SAP as usual.\n>\n"
        "> Mit freundlichen Gruessen\n> Klaus Brandt\n> Einkaufsleiter, Hausmann Bad & Kueche GmbH\n"
    )
    m = mail("Luca Bertolini <l.bertolini@valsesia-rubinetterie.it>", "Klaus Brandt <k.brandt@hausmann-bad.de>",
             "R: KM-45 - forecast 2025", dt(2024, 6, 4, 10, 27), text,
             in_reply_to="<h72-ref-0004@hausmann-bad.de>")
    return [("R_KM-45_forecast_2025.eml", eml_bytes(m))]


case("r29_supplier_books_forecast_as_order", ["RG008"],
     "buyer sends a labelled non-binding forecast; supplier thanks for 'the 2025 order of 6.000 pcs' and plans it as firm",
     _r29())


# r39: sample start instruction without any quantity; hold, event, person stated
def _r39():
    text = (
        "Dear Jason,\n\n"
        "it was a pleasure to meet you at the Canton Fair. As we discussed at your booth, please start now the "
        "first samples of our new shower set DOCCIA-3 in all the four finishes (chrome, brushed nickel, matt "
        "black, brushed gold PVD). For the hand shower please use the 3-jet version with the anti-calc nozzles "
        "we have seen on your stand.\n\n"
        "The production quantity of your offer HT-Q24-0502 stays blocked, it is not released. Only after our "
        "laboratory in Lumezzane signs off the samples, Ing. Paolo Gatti (Direttore Tecnico) will send you the "
        "written production release.\n\n"
        "Please send us the proforma for the samples and the tracking number when they leave.\n\n"
        "Grazie e a presto,\nChiara\n\n"
        "Chiara Bonomi\nUfficio Acquisti\nBAGNO FERRETTI S.r.l.\nVia Seradello 27 - 25065 Lumezzane (BS)\n"
        "Tel. +39 030 827 1140\n\n"
        "Questo messaggio e destinato esclusivamente al destinatario. Ai sensi del Reg. UE 2016/679 (GDPR) "
        "le informazioni contenute sono riservate.\n"
    )
    m = mail("Chiara Bonomi <acquisti@bagnoferretti.it>", "Jason Wu <jason@hongtai-sanitary.com>",
             "DOCCIA-3 - first samples", dt(2024, 5, 7, 16, 48), text,
             cc="Paolo Gatti <p.gatti@bagnoferretti.it>")
    return [("DOCCIA-3_first_samples.eml", eml_bytes(m))]


case("r39_start_samples_no_quantity", ["RG010"],
     "buyer: 'start the first samples in all four finishes' - no number of pieces anywhere; hold, event and release person stated",
     _r39())


# r49: chat release of 1k, later buyer refers to 1,200 released
def _r49():
    t = """\
[03.06.2024, 09:14:02] Magdalena Kowalczyk: Dzien dobry Emre 🙂 release for RS-300 chrome under PO 24/0602: 1k pcs
[03.06.2024, 09:14:40] Magdalena Kowalczyk: the other 2k chrome stay on hold until I send you the next call-off
[03.06.2024, 09:20:11] Emre Yilmaz: Good morning Magdalena, thank you! 1000 pcs chrome noted. Delivery wk 28 ok?
[03.06.2024, 09:22:30] Magdalena Kowalczyk: wk 28 ok, DAP Wroclaw like always
[03.06.2024, 09:22:51] Emre Yilmaz: 👍
[11.06.2024, 13:05:47] Magdalena Kowalczyk: Emre, our warehouse asks: when can you ship the 1,200 chrome we released last week? need the date for the slot booking
[11.06.2024, 13:31:02] Emre Yilmaz: Magdalena we have 1000 in our system, I check with planning
[11.06.2024, 13:31:20] Emre Yilmaz: ETD Gemlik 2 July, I send booking tomorrow
"""
    return [("chat_Emre_Yilmaz_Akdeniz.txt", t)]


case("r49_chat_1k_vs_1200", ["RG011"],
     "chat: buyer releases 1k chrome (2k on hold until next call-off), a week later asks about 'the 1,200 we released'",
     _r49())


# c05: full-quantity stock replenishment PO on a retailer portal; 'proceed' is scoped to the full quantity -> clean
def _c05():
    rows = [
        ["Line", "Article", "Description", "Order qty", "Unit cost GBP", "Delivery"],
        ["1", "HW-556210", "Alder basin mixer chrome, click waste", "600", "14.85", "w/c 15/07/2024"],
        ["2", "HW-556227", "Alder bath filler chrome", "400", "19.40", "w/c 15/07/2024"],
        ["3", "HW-556234", "Alder bath shower mixer chrome", "200", "27.10", "w/c 15/07/2024"],
        ["", "", "Total", "1,200", "", ""],
    ]
    body = (
        "<div style=\"background:#123a5c;color:#fff;padding:8px\"><b>Hartwell Supplier Portal</b> &middot; "
        "Purchase orders &middot; Logged in as: Kaiping Hongtai Sanitary Ware (supplier 30418)</div>\n"
        "<h2>PO 7710-2355 &ndash; Stock replenishment</h2>\n"
        "<p>Status: <b>Open</b> &middot; Issued 20/05/2024 by Gareth Pryce (Buyer &ndash; Bathroom) &middot; "
        "DC: Daventry DIRFT, bay 12 &middot; Incoterms FOB Shenzhen</p>\n"
        + html_table(rows) +
        "\n<p class=\"note\">This order is for the full quantity shown. There is no further quantity under this "
        "order and no balance to follow. Please proceed with production and delivery of the quantities shown "
        "(1,200 pcs in total). Product is repeat stock to approved spec HW-SPEC-0412 issue 3.</p>\n"
        "<p>Labels: Hartwell EAN labels from the portal (Documents &gt; Labels). Cartons max 18 kg. "
        "ASN required 48 h before vessel cut-off.</p>\n"
        "<p><a href=\"#\">Acknowledge PO</a> &middot; <a href=\"#\">Download PDF</a> &middot; "
        "<a href=\"#\">Message buyer</a></p>\n"
    )
    return [("portal_PO_7710-2355.html", html_page("PO 7710-2355 - Hartwell Supplier Portal", body, lang="en-GB"))]


case("c05_full_qty_po_proceed", [],
     "full-quantity stock replenishment PO 1,200 pcs, no balance; 'proceed' scoped to the quantities shown",
     _c05())


# ------------------------------------------------------------------ batch 2

# r02: developer PO releases 200 of 1,000 properly, but the annex shows 4,800 per-tower quantities unlabelled
def _r02():
    blocks = [
        ("h1", "GRUPO INMOBILIARIO LEVANTE S.L."),
        ("p", "Avda. de Aragon 30, 46021 Valencia - CIF B-98412270"),
        ("h", "PEDIDO DE COMPRA / PURCHASE ORDER 2024-PO-0219"),
        ("p", "Fecha / date: 15/05/2024. Proveedor / supplier: Kaiping Hongtai Sanitary Ware Co., Ltd. "
              "Obra / project: Residencial Las Arenas, Valencia (Torres A, B y C)."),
        ("table", [
            ["Pos.", "Ref.", "Descripcion / description", "Cantidad pedido / PO qty", "Precio USD", "Importe USD"],
            ["1", "LA-BM-01", "Grifo lavabo monomando cromo / single lever basin mixer chrome, 5 l/min", "1.000", "17,90", "17.900,00"],
        ]),
        ("sp",),
        ("p", "Release now: 200 pcs (doscientas unidades) for the Torre A show flats and the first floors of Torre A. "
              "The balance of 800 pcs under this purchase order is not released. It will be released in writing by "
              "Jorge Ibanez (Jefe de Compras) after Marta Gil, project architect, has signed off the show flat."),
        ("p", "Entrega / delivery: FOB Shenzhen, ETD semana 27. Embalaje individual con etiqueta de vivienda. "
              "Marcado CE / AENOR N segun UNE-EN 817."),
        ("h", "Anexo 1 - Planificacion de entregas / delivery planning"),
        ("table", [
            ["Torre / tower", "Viviendas / flats", "Grifos lavabo / basin mixers", "Entrega en obra / site delivery"],
            ["Torre A", "212", "1.600", "semana 36 / 2024"],
            ["Torre B", "212", "1.600", "semana 48 / 2024"],
            ["Torre C", "212", "1.600", "semana 10 / 2025"],
            ["Total", "636", "4.800", ""],
        ]),
        ("sp",),
        ("p", "Contacto obra / site contact: Vicente Pla, jefe de obra, +34 661 204 718. Horario de descarga 8:00-14:00."),
        ("p", "Jorge Ibanez - Jefe de Compras - compras@grupolevante.es - +34 963 118 450"),
    ]
    return [("Pedido_2024-PO-0219.docx", docx_bytes(blocks, author="Jorge Ibanez"))]


case("r02_developer_po_annex_4800", ["RG001"],
     "PO releases 200 of 1,000 with hold/event/person, but annex delivery plan lists 4,800 basin mixers by tower with dates, not labelled",
     _r02())


# r03: UK brand sample PO mail with quote attached; nothing about hold/event/person
def _r03():
    quote = [
        ("h1", "FORMOSA VALVE INDUSTRIAL CO., LTD."),
        ("h", "QUOTATION FV-Q-24-0915"),
        ("p", "Date: 2024/04/30    To: Calder Bathrooms Ltd, Halifax, UK    Attn: Mr. Owen Hargreaves"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Remark"],
            ["TV-2O-S", "Concealed thermostatic valve, 2 outlets, with diverter - first samples", "6 pcs", "42.00", "15 working days"],
            ["TV-2O", "Concealed thermostatic valve, 2 outlets, with diverter - mass production", "2,400 pcs", "24.60", "40 days"],
            ["TV-2O-TP", "Trim plate 160 x 160 mm, chrome", "2,400 pcs", "3.10", "with mass production"],
        ]),
        ("sp",),
        ("p", "Thermostatic cartridge with wax element, TMV2 performance targeted (BS EN 1111 / BS EN 1287). "
              "FOB Taichung. Payment T/T 30 days after B/L."),
        ("p", "Kevin Lin, Sales Manager Europe"),
    ]
    text = (
        "Hi Kevin,\n\n"
        "Good to speak earlier. As promised, please find attached PO CB-10442 for the first samples of the "
        "concealed thermostatic valve - 6 pcs TV-2O-S. I've put your quote in with it so everything is in one "
        "place for your team.\n\n"
        "Samples please to our Halifax office (address on the PO), FAO Owen Hargreaves. We'd like them by the "
        "end of June if at all possible, our TMV2 test slot at the lab is booked for the first week of July.\n\n"
        "Any questions, give me a shout.\n\n"
        "Kind regards,\nOwen\n"
        + sig("Owen Hargreaves", "Sourcing Manager", "Calder Bathrooms Ltd, Shaw Lodge Mills, Halifax HX3 9ET",
              "+44 1422 480 615")
    )
    po = [
        ("h1", "CALDER BATHROOMS LTD"),
        ("h", "PURCHASE ORDER CB-10442"),
        ("p", "Date: 07/05/2024    Supplier: Formosa Valve Industrial Co., Ltd.    Deliver to: Calder Bathrooms Ltd, "
              "Shaw Lodge Mills, Halifax HX3 9ET, FAO O. Hargreaves"),
        ("table", [
            ["Line", "Code", "Description", "Qty", "Price USD", "Value USD"],
            ["1", "TV-2O-S", "Concealed thermostatic valve 2 outlets - first samples", "6", "42.00", "252.00"],
        ]),
        ("p", "Ref: quotation FV-Q-24-0915. Delivery by 28/06/2024, courier DAP Halifax."),
    ]
    m = mail("Owen Hargreaves <owen.hargreaves@calderbathrooms.co.uk>", "Kevin Lin <kevin.lin@formosavalve.com.tw>",
             "PO CB-10442 - TV-2O first samples", dt(2024, 5, 7, 15, 22, "+0100"), text,
             attachments=[("PO_CB-10442.pdf", pdf(po, title="PO CB-10442", author="Calder"), PDF_MT),
                          ("FV-Q-24-0915.pdf", pdf(quote, title="Quotation FV-Q-24-0915", author="Formosa Valve"), PDF_MT)])
    return [("PO_CB-10442_first_samples.eml", eml_bytes(m))]


case("r03_sample_po_mail_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 6 pcs mailed with the quote showing 2,400 pcs mass production; no hold, unlock event or release person",
     _r03())


# r04: SAP sample PO whose item text carries the series quantity and a series delivery week
def _r04():
    t = """\
WERKHAUS BAUMARKT GMBH           Einkauf Sanitaer                      BESTELLUNG
Industriestrasse 77, 68169 Mannheim                               Blatt 1 / 1
------------------------------------------------------------------------------------
Bestell-Nr.   : 4410087512           Datum       : 21.05.2024
Lieferant     : 300912               Akdeniz Dus Sistemleri A.S., Bursa (TR)
Angebot       : AK-2024-088 vom 02.05.2024
Einkaeufer    : J. Bauer / EKG 310   Tel 0621 3318-262
------------------------------------------------------------------------------------
Pos  Artikel     Bezeichnung                               Menge  ME    EP EUR    GP EUR
------------------------------------------------------------------------------------
10   4061877     Duschsystem ZEN-250 Thermostat chrom         10  ST     96,00    960,00
     Positionstext: Muster fuer Qualitaetspruefung und Fotostudio.
     Serienmenge 2.000 ST gem. Angebot AK-2024-088, Liefertermin Serie KW 36.
     EAN-Etikett und Aufbauanleitung DE/FR/NL gem. Werkhaus-Lieferantenhandbuch.
------------------------------------------------------------------------------------
                                                        Gesamt netto EUR     960,00
Lieferadresse : Werkhaus Zentrallager, Tor 5, Im Neuen Feld 4, 68307 Mannheim
Lieferbed.    : DAP Mannheim     Zahlung: 60 Tage netto
Bitte Auftragsbestaetigung innerhalb von 5 Tagen an einkauf-sanitaer@werkhaus.de.
------------------------------------------------------------------------------------
"""
    return [("Bestellung_4410087512.txt", t)]


case("r04_sap_item_text_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "SAP sample PO (10 pcs) whose item text states series qty 2,000 and series delivery week; no hold/event/person",
     _r04())


# r05: retailer portal call-off; programme forecast shown as 'committed volume' beside the released qty
def _r05():
    rows = [
        ["Linea", "Articulo", "Descripcion", "Cantidad liberada / released qty", "Entrega"],
        ["1", "CB-77120", "Grifo fregadero cano alto cromo / high spout kitchen mixer chrome", "240", "sem. 30"],
    ]
    body = (
        "<div style=\"background:#c8102e;color:#fff;padding:8px\"><b>Casa&amp;Brico &middot; Portal de Proveedores</b>"
        " &middot; Proveedor: Rubinetterie Valsesia S.p.A. (P-08812)</div>\n"
        "<h2>Llamada de entrega / call-off CO-2024-0631 &mdash; contrato / contract CT-2024-014</h2>\n"
        "<p>Emitido / issued 27/05/2024 por Ana Llorente (Compradora Fontaneria y Bano)</p>\n"
        + html_table(rows) +
        "\n<p class=\"note\">This call-off releases 240 pcs. The remaining 1,760 pcs of contract CT-2024-014 "
        "(2,000 pcs) are not released; each further quantity is released only by a new call-off signed by Ana "
        "Llorente.</p>\n"
        "<h3>Datos del programa / programme data</h3>\n"
        + html_table([
            ["Concepto", "Valor"],
            ["Volumen programa 2025 (prevision) / programme volume 2025 (forecast)", "9,600 pcs - committed volume"],
            ["Tiendas / stores", "118"],
            ["Planograma / planogram", "PLG-FONT-2025-03"],
        ]) +
        "\n<p>Etiquetado: EAN-13 + etiqueta de precio Casa&amp;Brico. Palet europeo, altura max. 1,60 m. "
        "Cita previa de descarga en almacen Ribarroja.</p>\n"
    )
    return [("CO-2024-0631_portal.html", html_page("Call-off CO-2024-0631", body, lang="es"))]


case("r05_portal_calloff_committed_forecast", ["RG001", "RG008"],
     "portal call-off releases 240 with hold for the contract, but shows 'programme volume 2025 (forecast) 9,600 pcs - committed volume'",
     _r05())


# r18: supplier order-status page: wax cartridges ordered for the full contract against a 200 pcs release
def _r18():
    body = (
        "<h2>AKDENIZ DUS SISTEMLERI A.S. &mdash; Customer order status</h2>\n"
        "<p>Customer: Werkhaus Baumarkt GmbH &middot; Customer PO 4410087530 &middot; Item ZEN-250 thermostatic "
        "shower system, chrome &middot; Report date 12.06.2024</p>\n"
        + html_table([
            ["Quantity", "Pcs"],
            ["Contract quantity (your PO)", "2,000"],
            ["Released (call-off no. 1 of 03.06.2024)", "200"],
            ["Not yet released (on hold per your call-off)", "1,800"],
        ]) +
        "\n<h3>Material status</h3>\n"
        + html_table([
            ["Component", "Supplier", "Ordered qty", "Status", "Comment"],
            ["Thermostatic cartridge (wax element) 3/4\"", "Vernet-type, TR local", "2,000 pcs", "ordered 05.06.", "full contract qty - ETA wk 30, long lead time"],
            ["Shower hose 1.75 m anti-twist", "Bursa Hortum", "200 pcs", "in stock", ""],
            ["Overhead shower 250 mm ABS", "own production", "200 pcs", "moulded", ""],
            ["Riser rail 1.1 m SS304", "own production", "200 pcs", "cut / polishing", ""],
        ]) +
        "\n<h3>Production</h3>\n<p>200 pcs assembly planned wk 26, water test 100%, ETD Gemlik wk 27.</p>\n"
        "<p style=\"color:#777\">Generated by AKD-ERP v7.2 &middot; page 1/1</p>\n"
    )
    return [("order_status_4410087530.html", html_page("Order status 4410087530", body))]


case("r18_status_page_cartridges_full_contract", ["RG006"],
     "supplier status page: 200 released, 1,800 on hold, yet wax cartridges ordered for the full 2,000 (no material authority)",
     _r18())


# r19: chat: supplier prepares material for all 1,000 sets and will start right after the show-flat approval
def _r19():
    t = """\
[16/05/2024, 10:02:15] Jorge Ibáñez: Buenos días Jason. PO 2024-PO-0231 sent by email: 20 sets (shower + basin mixer) for the show flat only
[16/05/2024, 10:03:40] Jorge Ibáñez: The sets for the building (980 sets) are NOT released. First Marta (our architect) must sign off the show flat. After that I send you the written release myself
[16/05/2024, 10:11:02] Jason Wu: Good morning Jorge! Received, 20 sets for show flat. Thank you 🙏
[16/05/2024, 10:11:30] Jason Wu: Finish is brushed gold PVD same as sample in Canton fair right?
[16/05/2024, 10:15:51] Jorge Ibáñez: Yes, same oro cepillado. And the handle with the knurling
[05/06/2024, 09:44:20] Jason Wu: Dear Jorge, 20 sets ready, photos below
[05/06/2024, 09:44:21] Jason Wu: <attached: 00000041-PHOTO-2024-06-05-09-44-21.jpg>
[05/06/2024, 09:46:05] Jason Wu: Good news, we already prepare material for all 1000 sets (brass, cartridges, PVD hoses) so after Marta approve the show flat we start the production immediately, then we can ship before Chinese New Year 👍
[05/06/2024, 12:30:18] Jorge Ibáñez: Photos look nice. Send the 20 by air please
"""
    return [("WhatsApp_Jason_Wu_Las_Arenas.txt", t)]


case("r19_chat_material_all_sets_then_start", ["RG006", "RG007"],
     "chat: 20 show-flat sets, 980 need architect sign-off + written release; supplier stocks material for all 1,000 and will start on approval",
     _r19())


# r20: supplier ERP order status printout: cartridges and bar ordered for the project quantity
def _r20():
    t = """\
RUBINETTERIE VALSESIA S.p.A.                      STATO COMMESSA / ORDER STATUS
San Maurizio d'Opaglio (NO)                            stampa del 18/06/2024 08:12
==================================================================================
Commessa / job    : 24/1187              Cliente / customer : 40218 HAUSMANN BAD
Ordine cliente    : 4500231190 del 22/05/2024
Articolo          : KM-52 miscelatore cucina / kitchen mixer, 4 finiture
----------------------------------------------------------------------------------
Quantita / quantities                                                       pz
  Qta progetto (offerta OF-24-0388)  / project qty (offer)               1.500
  Qta rilasciata (campioni)          / released qty (samples)               30
  Qta NON rilasciata                 / NOT released                      1.470
----------------------------------------------------------------------------------
Fabbisogno materiali / material requirements
  Codice       Descrizione                          Ordinato      Fornitore   Cons.
  CT-35-HB     Cartuccia 35 mm bassa / cartridge   1.500 pz      Sedal-ITA   sett.28
  OT-CW617-40  Barra ottone CW617N d.40 / brass bar  1.150 kg    Metallurg.  sett.26
  AER-M24-5L   Aeratore M24 5 l/min                    30 pz      magazzino   ok
  FLX-350-M10  Flessibili 350 mm M10                   60 pz      magazzino   ok
----------------------------------------------------------------------------------
Note: cartuccia e barra ordinate su qta progetto per bloccare prezzo 2024 /
      cartridge and bar ordered on project qty to lock the 2024 price
Stato campioni / samples: tornitura ok, cromatura sett. 26, PVD nero/oro sett. 27
==================================================================================
"""
    return [("stato_commessa_24-1187.txt", t)]


case("r20_supplier_erp_material_project_qty", ["RG006"],
     "supplier ERP printout: 30 released, 1,470 not released, but cartridges and brass bar ordered for the 1,500 project qty",
     _r20())


# r21: folder: PO with explicit 'material for released qty only' + supplier plan saying bar for 5,000 procured
def _r21():
    po = [
        ("h1", "CALDER BATHROOMS LTD"),
        ("p", "Shaw Lodge Mills, Halifax HX3 9ET, United Kingdom"),
        ("h", "PURCHASE ORDER CB-10517"),
        ("p", "Date: 03/06/2024    Supplier: Jamnagar Precision Brass Pvt. Ltd., Jamnagar, India"),
        ("table", [
            ["Line", "Code", "Description", "PO qty", "Released now", "Price GBP"],
            ["1", "CB-3210", "Shower valve body, brass CW617N, machined, to drawing CB-3210 issue D", "5,000", "500", "3.84"],
        ]),
        ("sp",),
        ("p", "Scope: this PO gives commercial cover for 5,000 pcs. Released now: 500 pcs for the pilot run. The "
              "balance of 4,500 pcs is not released. It will be released in writing by Owen Hargreaves (Sourcing "
              "Manager) after the pilot run has passed first article inspection at Halifax."),
        ("p", "Material authority: raw material for the released 500 pcs only. Material for the balance is at the "
              "supplier's own risk until the written release."),
        ("p", "Delivery of the 500 pcs: CIF Felixstowe, ETD Mundra by 19/07/2024."),
    ]
    plan = [
        ("h1", "JAMNAGAR PRECISION BRASS PVT. LTD."),
        ("h", "Production & Material Plan - Calder Bathrooms PO CB-10517"),
        ("p", "Prepared by: Rakesh Patel, Export Manager. Date: 14.06.2024."),
        ("table", [
            ["Step", "Quantity", "Date", "Status"],
            ["Brass rods CW617N dia 32 mm procured for entire PO quantity of 5,000 pcs (heat no. JM-24-3318, 4.6 MT)", "5,000 pcs", "12.06.2024", "received in stores"],
            ["Hot forging of pilot run", "500 pcs", "17.06.2024 - 19.06.2024", "planned"],
            ["CNC machining + leak test 25 bar", "500 pcs", "20.06.2024 - 02.07.2024", "planned"],
            ["Final inspection & packing", "500 pcs", "05.07.2024", "planned"],
            ["Dispatch ex Mundra", "500 pcs", "ETD 12.07.2024", "booked"],
        ]),
        ("sp",),
        ("p", "Remarks: rod procured in one heat for consistency of chemistry and to avoid price escalation. "
              "First article report will be sent with the shipment documents."),
    ]
    return [("PO_CB-10517.pdf", pdf(po, title="PO CB-10517", author="Calder")),
            ("Production_Material_Plan_CB-10517.docx", docx_bytes(plan, author="Rakesh Patel"))]


case("r21_folder_po_plus_plan_rods_5000", ["RG006"],
     "PO: 500 released, material authority for 500 only; supplier plan in the same folder: rods procured for the entire 5,000",
     _r21())


# r22: ceramic supplier mixed the glaze for all 800 basins while only 80 are released
def _r22():
    text = (
        "Buongiorno Jorge,\n\n"
        "the 80 washbasins ONDA 60 for the show flats are in the kiln this week, the delivery to Valencia is "
        "confirmed for week 26 with our truck.\n\n"
        "To guarantee the same shade of the matt white (bianco opaco) for the whole project, we have already "
        "prepared and mixed the glaze and the slip for all 800 washbasins in one batch. In this way there will "
        "be no difference of colour between the show flats and the other floors. The batch is stored in our "
        "silos and is good for 6 months.\n\n"
        "Please let me know the name of the person for the unloading at the site.\n\n"
        "Cordiali saluti,\nGiulia Ferri\nUfficio Commerciale Estero\nCeramica Civita S.r.l.\n"
        "Via Flaminia km 55, 01033 Civita Castellana (VT)\nTel. +39 0761 51 4420\n\n"
        "Il 16/05/2024 11:20, Jorge Ibanez ha scritto:\n"
        "> Hola Giulia,\n>\n"
        "> pedido 2024-PO-0226 attached: 80 washbasins ONDA 60, bianco opaco, for the show flats of Torre A.\n"
        "> The remaining 720 pcs of the project are not released. They will be released in writing by me\n"
        "> after Marta Gil, our architect, has signed off the show flats.\n>\n"
        "> Saludos,\n> Jorge Ibanez\n> Jefe de Compras - Grupo Inmobiliario Levante\n"
    )
    m = mail("Giulia Ferri <export@ceramicacivita.it>", "Jorge Ibanez <compras@grupolevante.es>",
             "Re: pedido 2024-PO-0226 lavabi ONDA 60", dt(2024, 6, 10, 12, 5), text, html=text_to_html(text),
             in_reply_to="<h72-ref-0005@grupolevante.es>")
    return [("Re_pedido_2024-PO-0226.eml", eml_bytes(m))]


case("r22_glaze_batch_for_all_800", ["RG006"],
     "80 basins released (720 held, written release by named buyer); supplier mixed glaze and slip for all 800 in one batch",
     _r22())


# r23: supplier treats the tooling payment as the start; buys material and schedules 2,400 sets
def _r23():
    text = (
        "Hi Megan,\n\n"
        "We received your tooling payment USD 3,200 today, thank you very much!\n\n"
        "So we take this as the start of the order: we have purchased the brass and the cartridges for the "
        "complete order of 2,400 sets and scheduled the production from 15 July. The 24 sample sets will be "
        "ready on 28 June as planned.\n\n"
        "We will send you photos of the first parts from the new forging die next week.\n\n"
        "Best regards,\nJason Wu\nSales, Kaiping Hongtai Sanitary Ware Co., Ltd.\n"
        "WeChat/WhatsApp +86 139 2640 8812\n\n"
        "-----Original Message-----\n"
        "From: Megan Cho <megan@harborandpine.com>\n"
        "Sent: Friday, May 24, 2024 2:11 PM\n"
        "Subject: HP-2024-0081 - Tide widespread faucet\n\n"
        "> Hi Jason,\n>\n"
        "> PO HP-2024-0081 attached. It covers 24 sample sets of the Tide widespread faucet (8 per finish)\n"
        "> plus the tooling. The 2,376 production sets are not released; I'll send a written production\n"
        "> release once our product team has signed off the samples.\n>\n"
        "> I've asked AP to wire the tooling payment this week.\n>\n"
        "> Thanks!\n> Megan Cho\n> Director of Product, Harbor & Pine Home Co.\n"
    )
    m = mail("Jason Wu <jason@hongtai-sanitary.com>", "Megan Cho <megan@harborandpine.com>",
             "RE: HP-2024-0081 - Tide widespread faucet", dt(2024, 5, 30, 18, 40, "+0800"), text,
             in_reply_to="<h72-ref-0006@harborandpine.com>")
    return [("RE_HP-2024-0081_Tide.eml", eml_bytes(m))]


case("r23_payment_taken_as_start_material_bought", ["RG006", "RG012"],
     "24 sample sets, 2,376 not released; supplier takes the tooling payment as the start, buys material and schedules 2,400",
     _r23())


# r25: US PO with correct hold, contradicted by its own 'notes to vendor'
def _r25():
    blocks = [
        ("h1", "HARBOR & PINE HOME CO."),
        ("p", "2210 NW Front Ave, Portland, OR 97209  -  purchasing@harborandpine.com"),
        ("h", "PURCHASE ORDER HP-2024-0077"),
        ("p", "Date: 05/06/2024    Vendor: Formosa Valve Industrial Co., Ltd. (Lukang, Taiwan)    Terms: Net 30 after B/L    FOB Taichung"),
        ("table", [
            ["Line", "SKU", "Description", "Qty", "Unit", "Price", "Amount"],
            ["1", "HP-SV-210", "Pressure balance shower valve, 1/2\" sweat, first articles", "36", "EA", "$31.00", "$1,116.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO covers 36 first articles. The balance of 3,564 pcs is not released. Production release will "
              "be given in writing by Megan Cho, Director of Product, after first-article approval."),
        ("h", "Requirements"),
        ("p", "ASSE 1016/ASME A112.1016/CSA B125.16 listing; lead free per NSF/ANSI 372; max flow 2.0 gpm; "
              "first article report per our form QF-07 with the shipment."),
        ("h", "Notes to vendor"),
        ("p", "Our Q4 retail ship date is fixed. To hold it, once first articles are approved, vendor may proceed "
              "directly with the 3,564-pc production run; no need to wait for paperwork from our side."),
        ("p", "Please acknowledge within 2 business days."),
    ]
    return [("HP-2024-0077.pdf", pdf(blocks, pagesize=LETTER, title="PO HP-2024-0077", author="Harbor & Pine"))]


case("r25_po_notes_contradict_written_release", ["RG007"],
     "PO requires written release by named person, but its notes say once first articles are approved vendor may proceed with 3,564 directly",
     _r25())


# r26: chat: buyer sets a written-release rule, later tells supplier to continue on salt-spray OK
def _r26():
    t = """\
[20/05/24 9:31:05] Nuria Sanchis: Hola Emre! For the Hotel Marina Palma project: please start 12 sets for the mock-up rooms (thermostatic column + basin mixer). PO GT-24-0188 is in your inbox
[20/05/24 9:32:47] Nuria Sanchis: The other 228 sets are NOT released. The owner's architect has to sign off the mock-up rooms first, then I send you the written release myself
[20/05/24 9:40:12] Emre Yilmaz: Merhaba Nuria, 12 sets noted 👍 shipping to Palma directly?
[20/05/24 9:41:30] Nuria Sanchis: Yes, to the hotel, attention Sr. Ferrer
[20/05/24 9:41:55] Nuria Sanchis: and salt spray report please, the hotel is 50 m from the sea 😅
[07/06/24 17:02:10] Emre Yilmaz: 12 sets delivered today in Palma. Salt spray test 96h is running, result next week
[07/06/24 17:20:44] Nuria Sanchis: Perfect. Emre, the owner is pushing a lot with the opening date... if the salt spray is OK just continue with the other 228, no need to wait for my paper
[07/06/24 17:21:30] Emre Yilmaz: OK Nuria understood 👍
"""
    return [("WhatsApp_Nuria_Sanchis_Marina_Palma.txt", t)]


case("r26_chat_buyer_skips_written_release", ["RG007"],
     "chat: 12 mock-up sets, 228 need architect sign-off + buyer's written release; buyer later says continue with the 228 if salt spray is OK",
     _r26())


# r27: supplier: PO acceptance puts the order in production; schedule runs mass production right after sample approval
def _r27():
    sched = [
        ("h1", "AKDENIZ DUS SISTEMLERI A.S."),
        ("h", "Production schedule - Werkhaus Baumarkt PO 4410087544 - ELA-300 shower system"),
        ("p", "Issued 29.05.2024 by Planning Department, Nilufer OSB, Bursa"),
        ("table", [
            ["Week", "Activity", "Qty", "Note"],
            ["22", "PO acceptance / order entered in production schedule", "-", "done"],
            ["24", "Samples: assembly + water test", "20", "for customer lab"],
            ["26", "Samples dispatch by air to Mannheim", "20", ""],
            ["28", "Customer sample approval", "-", "customer"],
            ["29", "Mass production", "1,800", "starts directly after approval"],
            ["31", "ETD Gemlik", "1,800", "40' HC x 2"],
        ]),
    ]
    text = (
        "Dear Mr. Bauer,\n\n"
        "Thank you for your purchase order 4410087544. We have accepted it today and, as usual with PO "
        "acceptance, the order is now in our production schedule (attached).\n\n"
        "As you can see, the mass production of the 1,800 pcs will run in week 29, directly after your sample "
        "approval in week 28. This way the goods can be on the water in week 31 for your autumn campaign.\n\n"
        "Best regards / Saygilarimla,\nEmre Yilmaz\nExport Sales - Akdeniz Dus Sistemleri A.S.\n"
        "T +90 224 411 58 20\n\n"
        "From: Jens Bauer <j.bauer@werkhaus.de>\nSent: Tuesday, 28 May 2024 15:02\n"
        "Subject: Bestellung 4410087544 - ELA-300\n\n"
        "> Dear Emre,\n>\n"
        "> attached order 4410087544: 20 pcs ELA-300 as samples for our lab. The series quantity of\n"
        "> 1,800 pcs is not released with this order. I will release it in writing after our quality lab\n"
        "> has signed off the samples.\n>\n"
        "> Regards\n> Jens Bauer\n> Einkauf Sanitaer, Werkhaus Baumarkt GmbH\n"
    )
    m = mail("Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>", "Jens Bauer <j.bauer@werkhaus.de>",
             "RE: Bestellung 4410087544 - ELA-300 - order acceptance", dt(2024, 5, 29, 16, 30, "+0300"), text,
             attachments=[("Production_schedule_4410087544.docx", docx_bytes(sched, author="AKD Planning"), DOCX_MT)],
             in_reply_to="<h72-ref-0007@werkhaus.de>")
    return [("RE_Bestellung_4410087544.eml", eml_bytes(m))]


case("r27_po_acceptance_schedules_mass_production", ["RG007", "RG012"],
     "20 samples, 1,800 held for buyer's written release; supplier says PO acceptance put it in production and mass production follows sample approval",
     _r27())


# r28: Italian supplier: 'as soon as we have your OK on the samples we start the 1.176'
def _r28():
    text = (
        "Buongiorno Sig. Zielinski,\n\n"
        "grazie per l'ordine. We confirm the 24 samples of the kitchen mixer KM-52 (6 per finish) for week 25.\n\n"
        "Appena riceviamo il vostro OK sui campioni partiamo con la produzione dei 1.176 pz - as soon as we "
        "have your OK on the samples we start the production of the 1.176 pcs, so the delivery in September is "
        "guaranteed. The brushed gold PVD has a lead time of 3 weeks in our supplier, so this saves a lot of "
        "time.\n\n"
        "Cordiali saluti,\nLuca Bertolini\nExport Sales Manager\nRubinetterie Valsesia S.p.A.\n\n"
        "-----Messaggio originale-----\n"
        "Da: Piotr Zielinski <p.zielinski@sanitex.pl>\nInviato: 22 maggio 2024 12:48\n"
        "Oggetto: PO 4700012588 - KM-52 samples\n\n"
        "> Dear Luca,\n>\n"
        "> please find attached PO 4700012588: 24 pcs KM-52 as samples, 6 per finish.\n"
        "> The balance of 1.176 pcs from your offer is not released. I will release it in writing myself\n"
        "> after our laboratory has signed off the samples.\n>\n"
        "> Best regards\n> Piotr Zielinski\n> Category Manager, Sanitex Polska\n"
    )
    m = mail("Luca Bertolini <l.bertolini@valsesia-rubinetterie.it>", "Piotr Zielinski <p.zielinski@sanitex.pl>",
             "R: PO 4700012588 - KM-52 samples", dt(2024, 5, 23, 9, 15), text,
             in_reply_to="<h72-ref-0008@sanitex.pl>")
    return [("R_PO_4700012588_KM-52.eml", eml_bytes(m))]


case("r28_supplier_starts_on_sample_ok", ["RG007"],
     "24 samples, 1,176 held for buyer's written release; supplier: as soon as we have your OK on the samples we start the 1.176",
     _r28())


# c03: labelled rolling forecast (DOCX with table) -> clean
def _c03():
    blocks = [
        ("h1", "Werkhaus Baumarkt GmbH - Rolling forecast"),
        ("p", "To: Akdeniz Dus Sistemleri A.S. (supplier 300912)    From: Jens Bauer, Einkauf Sanitaer    Date: 03.06.2024"),
        ("p", "Article group: shower systems ZEN-250 / ELA-300. Forecast horizon: July 2024 - June 2025."),
        ("table", [
            ["Month", "ZEN-250 chrome", "ZEN-250 black", "ELA-300 chrome"],
            ["07/2024", "150", "60", "200"],
            ["08/2024", "150", "60", "200"],
            ["09/2024", "300", "120", "300"],
            ["10/2024", "300", "120", "300"],
            ["11/2024 - 06/2025", "1.400", "560", "1.600"],
            ["Total (forecast)", "2.300", "920", "2.600"],
        ]),
        ("sp",),
        ("p", "This is a non-binding forecast. It is provided for your capacity planning only. It is not an order, "
              "it does not authorize production, and it does not authorize any purchase of material."),
        ("p", "Quantities become orders only by call-off from our SAP delivery schedule. The next forecast update "
              "will follow at the beginning of July."),
        ("p", "Questions: Jens Bauer, +49 621 3318-262, j.bauer@werkhaus.de"),
    ]
    return [("Forecast_Werkhaus_Akdeniz_2024-06.docx", docx_bytes(blocks, author="Jens Bauer"))]


case("c03_labelled_rolling_forecast", [],
     "12-month forecast table clearly labelled non-binding, not an order, no production or material authority",
     _c03())


# c04: folder: sample PO per-finish table + quote; PO declares the quote quantities informational -> clean
def _c04():
    po = [
        ("h1", "BRUNNHAUS ARMATUREN GMBH"),
        ("p", "Hafenstrasse 41  -  90451 Nuernberg  -  Germany"),
        ("h", "Bestellung / Purchase Order 4500818102"),
        ("p", "Datum / date: 21.05.2024    Lieferant / supplier: 700215 Kaiping Hongtai Sanitary Ware Co., Ltd."),
        ("table", [
            ["Pos.", "Material", "Bezeichnung / description", "Menge / qty", "Preis USD"],
            ["10", "230-0610-CP", "Brausegarnitur SOLA, chrom / shower rail set SOLA, chrome", "3 ST", "29.00"],
            ["20", "230-0610-BG", "Brausegarnitur SOLA, Gold gebuerstet / brushed gold", "3 ST", "34.00"],
            ["30", "230-0610-MB", "Brausegarnitur SOLA, schwarz matt / matt black", "3 ST", "31.00"],
            ["", "", "Summe / total", "9 ST", ""],
        ]),
        ("sp",),
        ("p", "Nur Muster / samples only: 3 Stueck je Oberflaeche, 9 Stueck gesamt / 3 pcs per finish, 9 pcs in total."),
        ("p", "Die Serienmengen im beiliegenden Angebot HT-Q24-0377 (900 Stk) dienen nur zur Information und sind "
              "nicht freigegeben. / The production quantities in the attached quotation HT-Q24-0377 (900 pcs) are "
              "for information only and are not released."),
        ("p", "Serienfreigabe nur schriftlich durch Dr. Stefan Hohl (Leiter Produktqualitaet) nach Abnahme der "
              "Oberflaechenmuster. / Production release only in writing by Dr. Stefan Hohl (Head of Product "
              "Quality) after sign-off of the finish samples. Material: only for the 9 samples."),
        ("p", "Lieferung / delivery: DAP Nuernberg, KW 26. Ansprechpartner: Katrin Vogel, +49 911 4470 213."),
    ]
    quote = [
        ("h1", "KAIPING HONGTAI SANITARY WARE CO., LTD."),
        ("h", "QUOTATION HT-Q24-0377"),
        ("p", "Date: 29 Apr 2024    Customer: Brunnhaus Armaturen GmbH    Attn: Ms. Katrin Vogel"),
        ("table", [
            ["Finish", "Samples", "USD/pc", "Mass production", "USD/pc"],
            ["Chrome", "3 pcs", "29.00", "300 pcs", "11.80"],
            ["Brushed gold PVD", "3 pcs", "34.00", "300 pcs", "15.20"],
            ["Matt black", "3 pcs", "31.00", "300 pcs", "13.10"],
        ]),
        ("sp",),
        ("p", "Rail 900 mm SS304, hand shower 3 functions, hose 1.5 m PVC silver. FOB Shenzhen. Validity 90 days."),
        ("p", "Amy Liang, Sales Manager"),
    ]
    return [("Bestellung_4500818102.pdf", pdf(po, title="Bestellung 4500818102", author="Brunnhaus SAP")),
            ("Angebot_HT-Q24-0377.pdf", pdf(quote, title="Quotation HT-Q24-0377", author="Hongtai"))]


case("c04_folder_sample_po_quote_informational", [],
     "sample PO 9 pcs (3 per finish) + quote 900 pcs in the same folder; PO says quote quantities informational, not released, who releases after what",
     _c04())


# ------------------------------------------------------------------ batch 3

# r06: buyer answers a multi-point supplier update with 'All approved, please proceed.'
def _r06():
    text = (
        "Hello Kevin,\n\n"
        "thank you for the detailed update. All approved, please proceed.\n\n"
        "Best regards\nKlaus Brandt\n"
        "Einkaufsleiter | Hausmann Bad & Kueche GmbH | Gewerbepark Sued 12, 58644 Iserlohn | +49 2371 9120 44\n\n"
        "Geschaeftsfuehrer: Dr. Ulrich Hausmann, Bernd Koch | Amtsgericht Iserlohn HRB 4471\n\n"
        "-----Urspruengliche Nachricht-----\n"
        "Von: Kevin Lin <kevin.lin@formosavalve.com.tw>\n"
        "Gesendet: Dienstag, 4. Juni 2024 05:12\n"
        "Betreff: RE: PO 4500231205 KM-60 pilot lot\n\n"
        "> Dear Mr. Brandt,\n>\n"
        "> Please see our update for KM-60:\n>\n"
        "> 1. Plating thickness on pilot parts: Ni 9.2 um / Cr 0.28 um, report attached.\n"
        "> 2. Gift box artwork version 3 with your new logo attached, please check.\n"
        "> 3. Pilot lot 30 pcs will be ready on 12 June.\n"
        "> 4. Shipping of pilot lot: by DHL air, or with our LCL on 20 June (cheaper)?\n>\n"
        "> Best regards,\n> Kevin Lin\n>\n"
        "> -----Original Message-----\n"
        "> From: Klaus Brandt <k.brandt@hausmann-bad.de>\n"
        "> Sent: Monday, May 13, 2024 3:40 PM\n"
        "> Subject: PO 4500231205 KM-60 pilot lot\n>\n"
        ">> Dear Kevin,\n>>\n"
        ">> PO 4500231205 attached: 30 pcs KM-60 as pilot lot. The series quantity of 2,970 pcs is not\n"
        ">> released. I will release it in writing after our laboratory has signed off the pilot lot.\n>>\n"
        ">> Best regards\n>> Klaus Brandt\n"
    )
    m = mail("Klaus Brandt <k.brandt@hausmann-bad.de>", "Kevin Lin <kevin.lin@formosavalve.com.tw>",
             "AW: RE: PO 4500231205 KM-60 pilot lot", dt(2024, 6, 4, 8, 55), text,
             in_reply_to="<h72-ref-0009@formosavalve.com.tw>")
    return [("AW_PO_4500231205_KM-60.eml", eml_bytes(m))]


case("r06_all_approved_please_proceed", ["RG002"],
     "buyer answers a 4-point update (plating, artwork, pilot, shipping) with 'All approved, please proceed.'; earlier scope is complete",
     _r06())


# r08: design review minutes end with an unscoped 'can go ahead' while sample sign-off is still open
def _r08():
    blocks = [
        ("h1", "Protokoll Design Review / Minutes of design review"),
        ("p", "Projekt / project: KALO Thermostat-Brausebatterie / thermostatic shower mixer    Datum: 11.06.2024    "
              "Ort: Brunnhaus Armaturen GmbH, Nuernberg"),
        ("p", "Teilnehmer / attendees: Dr. Stefan Hohl (Produktqualitaet), Katrin Vogel (Einkauf), Timo Reuter "
              "(Entwicklung); Rubinetterie Valsesia: Luca Bertolini, Ing. Marco Zanetti (video call)"),
        ("table", [
            ["Nr.", "Thema / topic", "Ergebnis / outcome", "Wer / who", "Bis / by"],
            ["1", "PO scope", "PO 4500818155 covers 8 finish samples (4 chrome, 4 gun-metal PVD). Balance of 792 pcs "
                              "not released; written release by Dr. Stefan Hohl after sign-off of the finish samples.",
             "KV", "-"],
            ["2", "Handle ergonomics", "Lever length 78 mm ok; detent at 38 C ok.", "TR", "-"],
            ["3", "Cartridge", "Thermostatic cartridge to EN 1111, anti-scald stop 38 C. Cartridge life test "
                               "running at Valsesia, report expected wk 26.", "MZ", "wk 26"],
            ["4", "Finish samples", "Gun-metal PVD shade still slightly too warm, new sample plate to be sent. "
                                     "Sign-off of the finish samples open.", "LB", "wk 25"],
            ["5", "Packaging", "Brunnhaus standard box, insert in moulded pulp.", "KV", "-"],
            ["6", "Summary", "Alles in Ordnung - Valsesia kann loslegen. / All fine - Valsesia can go ahead.", "all", "-"],
        ]),
        ("sp",),
        ("p", "Verteiler / distribution: attendees. Protokoll: Katrin Vogel, 12.06.2024."),
    ]
    return [("Protokoll_Design_Review_KALO_2024-06-11.pdf",
             pdf(blocks, title="Protokoll Design Review KALO", author="Katrin Vogel"))]


case("r08_minutes_can_go_ahead", ["RG002"],
     "design review minutes: scope is complete, finish sign-off still open, summary says 'All fine - Valsesia can go ahead.' without scope",
     _r08())


# r10: buyer: deposit on the contract proforma paid, 'nothing stops you now - go ahead!'
def _r10():
    text = (
        "Hola Luca,\n\n"
        "good news from our side: we paid the 30% deposit on your proforma PF-24-118 yesterday, the SWIFT copy is "
        "attached. So from our side nothing stops you now - go ahead!\n\n"
        "Could you also send the EAN artwork for the carton once more? Our marketing department lost it.\n\n"
        "Un saludo,\nAna\n"
        + sig("Ana Llorente", "Compradora Fontaneria y Bano", "Casa&Brico Espana S.A., Paterna (Valencia)",
              "+34 961 340 275")
        + "\nEl 21/05/2024 a las 10:02, Ana Llorente escribio:\n"
        "> Luca, call-off CO-2024-0655 releases 24 pcs of the CB-77180 pull-out mixer for the store pilot\n"
        "> in Paterna. The other 1,976 pcs of contract CT-2024-019 are not released. After the store pilot\n"
        "> is signed off, I will issue a new call-off for the next quantity.\n"
    )
    swift = ("MT103 COPY\n:20:CBE240603-0118\n:32A:240603EUR11856,00\n:50K:CASA&BRICO ESPANA SA\n"
             ":59:/IT60X0306909606100000117188\nRUBINETTERIE VALSESIA SPA\n:70:PROFORMA PF-24-118 DEPOSIT 30PCT\n")
    m = mail("Ana Llorente <a.llorente@casaybrico.es>", "Luca Bertolini <l.bertolini@valsesia-rubinetterie.it>",
             "Deposit PF-24-118 paid", dt(2024, 6, 4, 9, 33), text,
             attachments=[("SWIFT_PF-24-118.txt", swift, "text/plain")])
    return [("Deposit_PF-24-118_paid.eml", eml_bytes(m))]


case("r10_deposit_paid_go_ahead", ["RG002", "RG012"],
     "24-pc pilot call-off with hold; later buyer: 'we paid the 30% deposit ... nothing stops you now - go ahead!' (payment as release, unscoped)",
     _r10())


# r14: chat: 'a few samples', 5k on hold until further notice, nobody named
def _r14():
    t = """\
[5/13/24, 8:02:41 AM] Tyler Brooks: Hi Rakesh, Tyler from Ridgeline here 👋
[5/13/24, 8:03:15 AM] Tyler Brooks: can you machine a few samples of the pop-up drain body PN 7790-1200 for our fit test? drawing rev C is in your inbox
[5/13/24, 8:03:58 AM] Tyler Brooks: the 5k from your quote stay on hold until further notice
[5/13/24, 8:30:22 AM] Rakesh Patel: Good morning Tyler ji. Sure, we will do. Finish raw or chrome?
[5/13/24, 8:31:10 AM] Tyler Brooks: chrome pls, same as the 7741 housings
[5/13/24, 8:31:40 AM] Rakesh Patel: Noted 👍 will share ETD by tomorrow
"""
    return [("WhatsApp Chat - Rakesh Patel JPB.txt", t)]


case("r14_chat_few_samples_hold_further_notice", ["RG004", "RG005", "RG010"],
     "chat: 'machine a few samples' (no number), 5k 'on hold until further notice': no active qty, no unlock event, no release person",
     _r14())


# r15: DIY webshop portal sample order; nothing about later quantities
def _r15():
    body = (
        "<div style=\"background:#f39200;color:#fff;padding:8px\"><b>Baufix24 Lieferantenportal</b> &middot; "
        "Lieferant: Rubinetterie Valsesia S.p.A. (L-55102)</div>\n"
        "<h2>Bestellung / order BF-M-24-0917</h2>\n"
        + html_table([
            ["Feld", "Wert"],
            ["Bestelltyp / order type", "Musterbestellung / sample order"],
            ["Datum", "24.05.2024"],
            ["Einkauf", "Sandra Koenig, Category Bad & Kueche"],
            ["Lieferadresse", "Baufix24 GmbH, QS-Labor, Robert-Bosch-Str. 9, 73760 Ostfildern"],
        ]) +
        "\n<h3>Positionen</h3>\n"
        + html_table([
            ["Pos", "Art.-Nr.", "Bezeichnung", "Menge", "EK EUR"],
            ["1", "7004512", "Spueltischarmatur VELA, Edelstahl-Optik, Schlauchbrause", "3", "41,20"],
            ["2", "7004513", "Spueltischarmatur VELA, schwarz matt, Schlauchbrause", "3", "43,90"],
        ]) +
        "\n<p>Sortimentsaufnahme geplant fuer Q4/2024 (ca. 140 Filialen und Onlineshop). Bitte Muster mit "
        "Pruefbericht DIN EN 817 und KTW-BWGL Nachweis liefern. Fotomuster fuer den Onlineshop: Freisteller "
        "auf Weiss, 3000 x 3000 px.</p>\n"
        "<p>Liefertermin: KW 24. Versand frei Haus.</p>\n"
    )
    return [("Baufix24_Musterbestellung_BF-M-24-0917.html", html_page("Musterbestellung BF-M-24-0917", body, lang="de"))]


case("r15_portal_sample_order_no_scope", ["RG003", "RG004", "RG005"],
     "DIY webshop sample order 6 pcs with planned listing in ~140 stores; never says later quantity is not released, no event, no person",
     _r15())


# r30: stock programme agreement that makes the forecast binding
def _r30():
    blocks = [
        ("h1", "Stock Programme Agreement 2025"),
        ("p", "Between Hartwell Home & DIY Ltd, Milton Keynes (\"Hartwell\") and Kaiping Hongtai Sanitary Ware Co., "
              "Ltd. (\"Supplier\"). Reference SPA-2025-HT-03. Date: 24 June 2024."),
        ("h", "1. Products"),
        ("table", [
            ["Article", "Description", "Forecast 2025 (pcs)", "Unit cost USD"],
            ["HW-556210", "Alder basin mixer chrome", "12,000", "7.95"],
            ["HW-556227", "Alder bath filler chrome", "7,000", "10.40"],
            ["HW-556234", "Alder bath shower mixer chrome", "5,000", "14.60"],
            ["", "Total", "24,000", ""],
        ]),
        ("sp",),
        ("h", "2. Volume"),
        ("p", "The forecast annual volume of 24,000 pcs is binding and constitutes Hartwell's purchase commitment "
              "for 2025. The Supplier may plan capacity on this basis."),
        ("h", "3. Call-offs"),
        ("p", "First call-off: 2,000 pcs (HW-556210 1,000 / HW-556227 600 / HW-556234 400), ETD w/c 06/01/2025. "
              "Nothing beyond the current call-off is released for production. Further quantities are released "
              "only by written call-offs from Helen Marsh, Category Manager Bathroom."),
        ("h", "4. Quality"),
        ("p", "Products to Hartwell spec HW-SPEC-0412 issue 3, WRAS listed, UKCA marked where applicable. AQL 1.0 "
              "pre-shipment inspection by Hartwell's agent in Foshan."),
        ("h", "5. Term"),
        ("p", "1 January 2025 to 31 December 2025. English law."),
        ("p", "Signed for Hartwell: Helen Marsh, Category Manager Bathroom.   Signed for Supplier: Amy Liang, Sales Manager."),
    ]
    return [("SPA-2025-HT-03.pdf", pdf(blocks, title="Stock Programme Agreement 2025", author="Hartwell"))]


case("r30_stock_programme_binding_forecast", ["RG008"],
     "stock programme: 'forecast annual volume of 24,000 pcs is binding and constitutes our purchase commitment'; call-off scope complete",
     _r30())


# r31: chat: buyer asks supplier to treat the Q3 forecast as an order
def _r31():
    t = """\
2024-06-17 10:12  Magdalena Kowalczyk: Hello Amy, quick one about the LINA-S basin mixer for our stock programme
2024-06-17 10:13  Magdalena Kowalczyk: forecast for Q3 is 3k pcs chrome. pls treat it as order and plan it, the PO will come later when our budget is closed
2024-06-17 10:20  Amy Liang: Hi Magdalena, thank you! 3000 pcs chrome for Q3, same spec as last order?
2024-06-17 10:22  Magdalena Kowalczyk: same spec, same box, only new EAN for the Polish market
2024-06-17 10:22  Magdalena Kowalczyk: [File] EAN_LINA-S_PL.pdf
2024-06-17 10:30  Amy Liang: OK received 👍
"""
    return [("WeChat_export_Amy_Liang.txt", t)]


case("r31_chat_forecast_treat_as_order", ["RG008"],
     "chat: 'forecast for Q3 is 3k pcs chrome. pls treat it as order and plan it, the PO will come later' (full qty, no balance)",
     _r31())


# r32: SAP delivery schedule: forecast zone declared binding purchase commitment
def _r32():
    t = """\
HAUSMANN BAD & KUECHE GMBH                    LIEFEINTEILUNG / DELIVERY SCHEDULE
Lieferplan / scheduling agreement 5500004120                 Ausgabe / issue 14
-------------------------------------------------------------------------------------
Lieferant / vendor : 100522 Jamnagar Precision Brass Pvt. Ltd.   Datum: 24.06.2024
Material           : 300-1480-10  Kartuschengehaeuse / cartridge housing 35 mm, CW617N
Disponent / MRP    : K. Brandt (E12)
-------------------------------------------------------------------------------------
Zone                Liefertermin / date     Menge / qty (ST)   Kumuliert / cum.
-------------------------------------------------------------------------------------
FIX / FIRM          KW 28/2024                     2.000              2.000
FIX / FIRM          KW 30/2024                     2.000              4.000
PROGNOSE/FORECAST   KW 34/2024                     3.000              7.000
PROGNOSE/FORECAST   KW 40/2024                     3.000             10.000
PROGNOSE/FORECAST   KW 46/2024                     3.000             13.000
PROGNOSE/FORECAST   KW 52/2024                     3.000             16.000
-------------------------------------------------------------------------------------
Text:
Only the firm zone (4.000 pcs, KW 28 and KW 30) is released for production. Quantities
in the forecast zone are released only by the next delivery schedule issue signed by
K. Brandt. Forecast quantities (KW 34 - KW 52) are binding and shall be considered firm
purchase commitments of Hausmann Bad & Kueche GmbH.
Anlieferung: Wareneingang Tor 3, Mo-Fr 7:00-14:00. VDA-Warenanhaenger 4902.
-------------------------------------------------------------------------------------
"""
    return [("Lieferplan_5500004120_Ausgabe14.txt", t)]


case("r32_delivery_schedule_forecast_binding", ["RG008"],
     "SAP delivery schedule: firm zone 4.000 released with event/person, but forecast zone declared 'binding ... firm purchase commitments'",
     _r32())


# r35: Italian buyer uses 'approval' for lab, budget and production in one mail
def _r35():
    text = (
        "Dear Amy,\n\n"
        "I am happy to inform you that the 12 samples of the shower set DOCCIA-3 (PO 24-0340) got the approval "
        "of our laboratory: the PVD is perfect and the cartridge passed the 200.000 cycles.\n\n"
        "Also the budget for the project was approved by our management yesterday.\n\n"
        "The approval for the production will follow from Ing. Paolo Gatti in writing, next week I think. "
        "Until then the 1.188 pz remain not released, please don't start anything.\n\n"
        "For the packaging, please use the new box with the FSC logo, the file is attached.\n\n"
        "Grazie mille e buona giornata,\nChiara Bonomi\nUfficio Acquisti - BAGNO FERRETTI S.r.l.\n"
        "Via Seradello 27 - 25065 Lumezzane (BS) - Tel. +39 030 827 1140\n"
    )
    m = mail("Chiara Bonomi <acquisti@bagnoferretti.it>", "Amy Liang <amy@hongtai-sanitary.com>",
             "DOCCIA-3 samples - approval", dt(2024, 6, 13, 11, 2), text, html=text_to_html(text),
             cc="Paolo Gatti <p.gatti@bagnoferretti.it>")
    return [("DOCCIA-3_samples_approval.eml", eml_bytes(m))]


case("r35_approval_three_meanings", ["RG009"],
     "one mail uses 'approval' for lab sample result, budget and production; scope (12 samples, 1.188 held, Gatti in writing) complete",
     _r35())


# r36: hotel project spec: 'release' for drawings, certificates and production; production released by an unnamed department
def _r36():
    blocks = [
        ("h1", "Northgate Hotel Developments Ltd - Sanitary Fittings Specification"),
        ("p", "Project: The Calder Wharf Hotel, Leeds (210 keys). Document NHD-SPEC-22-04, revision 3, 2 May 2024. "
              "Supplier: Rubinetterie Valsesia S.p.A."),
        ("h", "1. Scope of this order"),
        ("p", "Order NHD-PO-1187 covers the sample room only: 6 bathroom sets (basin mixer, thermostatic shower "
              "valve, overhead shower 250 mm, hand shower kit). The remaining 414 sets for the guest floors are not "
              "released with this order."),
        ("h", "2. Releases"),
        ("table", [
            ["Item", "Release", "Status"],
            ["Drawings", "Drawing release rev C (basin mixer VS-210, valve VS-TH2)", "released 26/04/2024"],
            ["Certification", "WRAS release of the thermostatic valve (TMV3 scheme)", "pending"],
            ["Production", "Production release of the 414 sets", "after sign-off of the sample room"],
        ]),
        ("sp",),
        ("p", "Production release will be issued in writing by our Technical Department once the sample room has "
              "been signed off by the operator's brand standards team."),
        ("h", "3. Technical requirements"),
        ("li", "Flow: basin 5 l/min at 3 bar; shower 9 l/min at 3 bar."),
        ("li", "Finish: chrome to BS EN 248, 24 h CASS without defects."),
        ("li", "Thermostatic valve: TMV3 approved, max outlet 41 C, anti-scald shut-off within 2 s."),
        ("h", "4. Delivery"),
        ("p", "Sample room sets DAP Leeds by 12 July 2024, site contact: Darren Holt, site manager, 07700 900 417."),
    ]
    return [("NHD-SPEC-22-04_rev3.docx", docx_bytes(blocks, author="Northgate Hotel Developments"))]


case("r36_spec_release_three_meanings_unnamed_dept", ["RG005", "RG009"],
     "hotel spec: 'release' for drawings, WRAS certificate and production; 6 sets, 414 held until sample room sign-off, released by unnamed Technical Department",
     _r36())


# r37: supplier-hub page: 'Approved' for finance and engineering; released split does not add up
def _r37():
    body = (
        "<div style=\"background:#2f4f2f;color:#fff;padding:8px\"><b>Ridgeline Supplier Hub</b> &middot; "
        "Vendor V-20417 Kaiping Hongtai Sanitary Ware</div>\n"
        "<h2>PO 88-40455 &mdash; RKB-2250 two-handle lavatory faucet</h2>\n"
        + html_table([
            ["Step", "Status", "By", "Date"],
            ["Purchase order", "Approved ✓", "Finance (J. Ortega)", "05/28/2024"],
            ["Samples", "Approved ✓", "Engineering (S. Kim)", "06/10/2024"],
            ["Production lot 1", "Released", "Dana Whitfield, VP Sourcing", "06/12/2024"],
        ]) +
        "\n<h3>Lot 1 release &ndash; 500 units</h3>\n"
        + html_table([
            ["Finish", "Released qty"],
            ["Spot-Resist Stainless", "200"],
            ["Matte Black", "200"],
            ["Champagne Bronze", "150"],
        ]) +
        "\n<p class=\"note\">Balance of 2,500 units under PO 88-40455 (3,000 total) on hold. Next release in writing "
        "by Dana Whitfield after lot 1 has been accepted at our Columbus DC.</p>\n"
        "<p>Ship window lot 1: 07/22 - 07/26/2024, FOB Shenzhen. Booking via Flexport.</p>\n"
    )
    return [("SupplierHub_PO_88-40455.html", html_page("PO 88-40455 - Ridgeline Supplier Hub", body))]


case("r37_hub_approved_twice_split_mismatch", ["RG009", "RG011"],
     "portal shows 'Approved' for finance PO and for engineering samples; lot 1 release says 500 but the per-finish split adds up to 550",
     _r37())


# r38: chat: 'Approved ✅' after FAI report, then explanation mixes technical and commercial approval
def _r38():
    t = """\
[10/06/2024, 07:45:12] Owen Hargreaves: Morning Rakesh. Reminder on CB-10517: 500 pcs released for the pilot run, balance 4,500 stays on hold until I release it in writing after FAI at Halifax
[10/06/2024, 07:52:30] Rakesh Patel: Good morning sir, noted 🙏
[01/07/2024, 11:03:04] Rakesh Patel: Sir, FAI report for pilot run attached, all 48 dimensions ok, leak test 25 bar 100% ok
[01/07/2024, 11:03:05] Rakesh Patel: <attached: FAI_CB-3210_pilot.pdf>
[01/07/2024, 14:20:41] Owen Hargreaves: Approved ✅
[01/07/2024, 14:25:10] Rakesh Patel: Thank you sir. Approved means we can start mass production of balance 4500?
[01/07/2024, 14:40:58] Owen Hargreaves: Approved means the FAI report is approved, and the PO itself was approved by our finance last week. Speak tomorrow, in meetings all afternoon
[01/07/2024, 14:41:30] Rakesh Patel: Ok sir 👍
"""
    return [("WhatsApp Chat with Rakesh Patel.txt", t)]


case("r38_chat_approved_emoji_mixed_meaning", ["RG002", "RG009"],
     "chat: buyer answers FAI report with 'Approved ✅'; supplier asks if that means mass production; buyer mixes FAI approval and PO approval",
     _r38())


# c06: ERP call-off with explicit staged material authority above the release -> clean
def _c06():
    t = """\
BRUNNHAUS ARMATUREN GMBH                                   ABRUF / CALL-OFF
Hafenstrasse 41, 90451 Nuernberg                                      Seite 1/1
---------------------------------------------------------------------------------
Rahmenbestellung / blanket PO : 4600021877         Abruf-Nr. / call-off no.: 03
Lieferant / supplier          : 700215 Kaiping Hongtai Sanitary Ware Co., Ltd.
Datum / date                  : 17.06.2024
Material                      : 210-0451-CP  Waschtischarmatur LINA chrom
---------------------------------------------------------------------------------
Rahmenmenge / blanket qty                     3.000 ST
bisher freigegeben / released so far (01+02)    500 ST
mit diesem Abruf freigegeben / released now     500 ST   Liefertermin KW 33
nicht freigegeben / NOT released              2.000 ST
---------------------------------------------------------------------------------
Release now: 500 pcs. The remaining 2.000 pcs are not released. The next quantity
is released only by call-off no. 04, issued in writing by Katrin Vogel (Strategic
Purchasing) after the goods of call-off 03 have passed incoming inspection.

Material authority (staged): you may buy brass ingot and 35 mm cartridges for up to
1.500 pcs in total (released 1.000 pcs + 500 pcs buffer) at Brunnhaus' liability.
Material for more than 1.500 pcs is bought at your own risk.
---------------------------------------------------------------------------------
Lieferbedingung: FOB Shenzhen   Zahlung: 60 Tage netto   Kontakt: +49 911 4470 213
"""
    return [("Abruf_03_4600021877.txt", t)]


case("c06_calloff_staged_material_authority", [],
     "call-off releases 500 (2.000 not released, next call-off by named buyer); explicit staged material authority up to 1.500 pcs",
     _c06())


# c07: explicit, recorded auto-conversion agreement (mail + DOCX) -> clean
def _c07():
    agr = [
        ("h1", "Harbor & Pine Home Co. - Release agreement HP-2024-0090"),
        ("p", "Vendor: Formosa Valve Industrial Co., Ltd.    Part: HP-SV-220 pressure balance shower valve, 1/2\" PEX    "
              "Date: 06/18/2024"),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["First articles (PO HP-2024-0090 line 1)", "36 pcs", "released now"],
            ["Lot 1", "1,200 pcs", "auto-conversion, see clause 2"],
            ["Lot 2 (remaining balance)", "2,364 pcs", "not released"],
        ]),
        ("sp",),
        ("p", "1. Released now: 36 first articles. Nothing else is released by this document except as stated in clause 2."),
        ("p", "2. Auto-conversion (recorded): if Megan Cho, Director of Product, signs the first-article report for "
              "HP-SV-220 with the disposition 'approved' by July 15, 2024, that sign-off by itself releases lot 1 of "
              "1,200 pcs. No further document will be sent for lot 1. An interim or rejected disposition, or a "
              "sign-off after July 15, 2024, releases nothing."),
        ("p", "3. The remaining 2,364 pcs (lot 2) are not released. They need a separate written release from Megan Cho "
              "after lot 1 has been received and inspected in Portland."),
        ("p", "4. Material authority: material for up to 1,236 pcs (first articles + lot 1). Nothing beyond."),
        ("p", "Signed: Megan Cho, Director of Product - 06/18/2024"),
    ]
    text = (
        "Hi Kevin,\n\n"
        "As discussed on our call, attached is the signed release agreement for HP-SV-220. Please read clause 2 "
        "carefully: the first-article sign-off converts into a release of lot 1 (1,200 pcs) only if I sign it "
        "'approved' by July 15. Lot 2 stays closed until my separate written release.\n\n"
        "Please countersign and send back.\n\n"
        "Thanks,\nMegan\n"
        + sig("Megan Cho", "Director of Product", "Harbor & Pine Home Co., Portland OR", "+1 503 555 0142")
    )
    m = mail("Megan Cho <megan@harborandpine.com>", "Kevin Lin <kevin.lin@formosavalve.com.tw>",
             "HP-SV-220 release agreement (auto-conversion for lot 1)", dt(2024, 6, 18, 16, 5, "-0700"), text,
             attachments=[("Release_agreement_HP-2024-0090.docx", docx_bytes(agr, author="Megan Cho"), DOCX_MT)])
    return [("HP-SV-220_release_agreement.eml", eml_bytes(m))]


case("c07_explicit_auto_conversion", [],
     "recorded auto-conversion naming quantity (1,200), signer (Megan Cho), condition and deadline; 36 FA now, lot 2 held",
     _c07())


# c08: forwarded old quote (message/rfc822) declared informational -> clean
def _c08():
    old = mail("Luca Bertolini <l.bertolini@valsesia-rubinetterie.it>", "Klaus Brandt <k.brandt@hausmann-bad.de>",
               "Offerta OF-22-0917 - KM-40", dt(2022, 9, 14, 10, 20),
               "Dear Mr. Brandt,\n\nplease find our offer OF-22-0917 for the kitchen mixer KM-40:\n\n"
               "- 5.000 pcs chrome, EUR 21,40/pc\n- 1.000 pcs inox look, EUR 24,90/pc\n\n"
               "Delivery 8 weeks, FCA San Maurizio d'Opaglio. Validity 60 days.\n\n"
               "Cordiali saluti\nLuca Bertolini\n")
    text = (
        "Dear Luca,\n\n"
        "below, for information only, your 2022 offer OF-22-0917 for the predecessor model KM-40, as you asked "
        "for the old prices. It is not an order and nothing in it is released.\n\n"
        "The current order is PO 4500231240: 10 samples of the new KM-60 (5 chrome, 5 inox look). The KM-60 "
        "series quantity is not released; I will send a written release after our laboratory has signed off "
        "the 10 samples.\n\n"
        "Best regards\nKlaus Brandt\nEinkaufsleiter, Hausmann Bad & Kueche GmbH\n+49 2371 9120 44\n"
    )
    m = mail("Klaus Brandt <k.brandt@hausmann-bad.de>", "Luca Bertolini <l.bertolini@valsesia-rubinetterie.it>",
             "WG: Offerta OF-22-0917 - KM-40 (for information)", dt(2024, 6, 6, 14, 12), text,
             attachments=[("rfc822", old)])
    return [("WG_Offerta_OF-22-0917.eml", eml_bytes(m))]


case("c08_forwarded_old_offer_informational", [],
     "old 2022 offer (5.000 pcs) forwarded as message/rfc822 'for information only ... nothing in it is released'; 10 samples now, hold/event/person",
     _c08())


# c09: supplier's assumption quoted, buyer corrects it -> clean
def _c09():
    text = (
        "Dear Emre,\n\n"
        "no, please don't. A sample sign-off releases nothing by itself. PO 24/0533 covers the 16 samples only. "
        "The 1.400 pcs stay on hold until I send you the written production release, and I will only do that "
        "after our lab has signed off the samples and our management has signed the budget. Please buy "
        "material only for the 16 samples.\n\n"
        "Thank you for the quick sample preparation, that part is great.\n\n"
        "Pozdrawiam,\nMagdalena\n"
        + sig("Magdalena Kowalczyk", "Kierownik Zakupow / Purchasing Manager", "Sanitex Polska Sp. z o.o.",
              "+48 71 336 20 48")
        + "\n-----Original Message-----\nFrom: Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>\n"
        "Sent: Wednesday, June 5, 2024 10:22 AM\nSubject: PO 24/0533 AQUA-S samples\n\n"
        "> Dear Magdalena,\n>\n"
        "> 16 samples are ready for shipment tomorrow. After your approval we will go straight to the\n"
        "> production of the 1.400 pcs, to win time for your September catalogue.\n>\n"
        "> Best regards,\n> Emre\n"
    )
    m = mail("Magdalena Kowalczyk <m.kowalczyk@sanitex.pl>", "Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>",
             "RE: PO 24/0533 AQUA-S samples", dt(2024, 6, 5, 12, 48), text, html=text_to_html(text),
             in_reply_to="<h72-ref-0010@akdenizdus.com.tr>")
    return [("RE_PO_24-0533_AQUA-S.eml", eml_bytes(m))]


case("c09_buyer_corrects_supplier_assumption", [],
     "quoted supplier line assumes production after approval; buyer reply corrects it: sample sign-off releases nothing, 16 now, 1.400 held, written release by her",
     _c09())


# ------------------------------------------------------------------ batch 4

# r40: PO line quantity 'as per offer' - no number anywhere; hold/event/person stated
def _r40():
    blocks = [
        ("h1", "WERKHAUS BAUMARKT GMBH"),
        ("p", "Einkauf Sanitaer - Industriestrasse 77 - 68169 Mannheim"),
        ("h", "Bestellung / Purchase order 4410087619"),
        ("p", "Datum: 10.06.2024    Lieferant: 300977 Formosa Valve Industrial Co., Ltd., Lukang, Taiwan    "
              "Einkaeufer: Jens Bauer"),
        ("table", [
            ["Pos", "Artikel", "Bezeichnung", "Menge", "EP USD"],
            ["10", "4061990", "Eckventil mit Keramikoberteil 1/2\" x 3/8\", chrom - Musterlos / sample lot",
             "lt. Angebot / as per offer FV-24-0530", "2,40"],
        ]),
        ("sp",),
        ("p", "Bitte liefern Sie das Musterlos gemaess Ihrem Angebot FV-24-0530 an unser QS-Labor. / Please deliver "
              "the sample lot as per your offer FV-24-0530 to our QA lab."),
        ("p", "Die Serienmengen aus dem Angebot sind nicht freigegeben. Eine Serienfreigabe erfolgt nur schriftlich "
              "durch Jens Bauer nach Abnahme des Musterloses durch Werkhaus QS. / The production quantities of the "
              "offer are not released. Production release only in writing by Jens Bauer after Werkhaus QA has "
              "signed off the sample lot."),
        ("p", "Lieferbedingung: DAP Mannheim, Luftfracht. Zahlung: 60 Tage netto."),
    ]
    return [("Bestellung_4410087619.pdf", pdf(blocks, title="Bestellung 4410087619", author="Werkhaus SAP"))]


case("r40_po_qty_as_per_offer", ["RG010"],
     "sample-lot PO whose quantity column says 'as per offer' (offer not in bundle); hold, event, named person present",
     _r40())


# r42: release letter for 'the first tranche' without a number
def _r42():
    blocks = [
        ("h1", "GRUPO INMOBILIARIO LEVANTE S.L."),
        ("p", "Departamento de Compras - Avda. de Aragon 30, 46021 Valencia"),
        ("h", "Carta de liberacion / Release letter RL-2024-017"),
        ("p", "Valencia, 1 de julio de 2024"),
        ("p", "A la atencion de / to: Sra. Giulia Ferri, Ceramica Civita S.r.l., Civita Castellana (VT), Italia"),
        ("p", "Ref.: pedido 2024-PO-0240, lavabo ONDA 60 bianco opaco, Residencial Las Arenas."),
        ("p", "Estimada Giulia,"),
        ("p", "Following the sign-off of the show flats by our architect Marta Gil on 27 June, we hereby release the "
              "first tranche of the ONDA 60 washbasins under pedido 2024-PO-0240, for Torre A, floors 1 to 4. "
              "Please deliver to site in week 36."),
        ("p", "The remaining tranches are not released. Each of them will be released in writing by me, after the "
              "installation of the previous tranche has been checked on site by our jefe de obra."),
        ("p", "Atentamente,"),
        ("p", "Jorge Ibanez - Jefe de Compras - compras@grupolevante.es - +34 963 118 450"),
    ]
    return [("Carta_liberacion_RL-2024-017.docx", docx_bytes(blocks, author="Jorge Ibanez"))]


case("r42_release_first_tranche_no_qty", ["RG010"],
     "release letter for 'the first tranche ... Torre A, floors 1 to 4' with no number of pieces; hold, event, person stated",
     _r42())


# r47: production release mail for 'the chrome variants' without a quantity
def _r47():
    text = (
        "Dear Emre,\n\n"
        "Good news - our test house has signed off the RISE shower kit samples (report TH-24-1187, BS EN 1112 and "
        "BS EN 1113 passed).\n\n"
        "This email is your production release for the chrome variants of the RISE shower kit under PO CB-10560. "
        "The brushed brass and the matt black variants stay on hold; I'll release them in writing once the PVD "
        "colour samples have been signed off by our design team.\n\n"
        "Please send the packing plan and the container booking when you have them.\n\n"
        "Kind regards,\nOwen\n"
        + sig("Owen Hargreaves", "Sourcing Manager", "Calder Bathrooms Ltd, Shaw Lodge Mills, Halifax HX3 9ET",
              "+44 1422 480 615")
    )
    m = mail("Owen Hargreaves <owen.hargreaves@calderbathrooms.co.uk>", "Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>",
             "RISE shower kit - production release chrome", dt(2024, 6, 26, 10, 41, "+0100"), text,
             html=text_to_html(text))
    return [("RISE_production_release_chrome.eml", eml_bytes(m))]


case("r47_release_chrome_variants_no_qty", ["RG010"],
     "release mail 'for the chrome variants' of PO CB-10560 states no quantity; other finishes held for written release by named buyer",
     _r47())


# r45: release mail says 300, attached call-off says 350
def _r45():
    co = [
        ("h1", "WERKHAUS BAUMARKT GMBH"),
        ("h", "Abruf / call-off Nr. 2 zu Bestellung 4410087530"),
        ("p", "Datum: 24.06.2024    Lieferant: Akdeniz Dus Sistemleri A.S.    Einkaeufer: Jens Bauer"),
        ("table", [
            ["Pos", "Artikel", "Bezeichnung", "Abrufmenge / call-off qty", "Liefertermin"],
            ["10", "4061877", "Duschsystem ZEN-250 Thermostat chrom", "350 ST", "KW 33"],
        ]),
        ("sp",),
        ("p", "Lieferung DAP Werkhaus Zentrallager Mannheim, Tor 5. Avis 48 h vorher."),
    ]
    text = (
        "Hello Emre,\n\n"
        "release for ZEN-250 chrome: 300 pcs, see call-off no. 2 attached, delivery week 33.\n\n"
        "The remaining 1,500 pcs of order 4410087530 are not released. The next call-off comes from me after "
        "these 300 pcs have passed our incoming inspection.\n\n"
        "Please confirm the date.\n\n"
        "Regards\nJens Bauer\nEinkauf Sanitaer | Werkhaus Baumarkt GmbH | Tel 0621 3318-262\n\n"
        "Werkhaus Baumarkt GmbH, Sitz Mannheim, HRB 70112, Geschaeftsfuehrung: Petra Vollmer, Dirk Sander\n"
    )
    m = mail("Jens Bauer <j.bauer@werkhaus.de>", "Emre Yilmaz <emre.yilmaz@akdenizdus.com.tr>",
             "Abruf 2 - ZEN-250 chrom", dt(2024, 6, 24, 13, 17), text,
             attachments=[("Abruf_2_4410087530.pdf", pdf(co, title="Abruf 2", author="Werkhaus SAP"), PDF_MT)])
    return [("Abruf_2_ZEN-250.eml", eml_bytes(m))]


case("r45_mail_300_calloff_350", ["RG011"],
     "release mail says 300 pcs, the attached call-off no. 2 says 350; hold/event/person stated in the mail",
     _r45())


# r46: folder: PO printout releases 120 pilot units, release letter releases 100 pilot units
def _r46():
    po = """\
RIDGELINE KITCHEN & BATH INC.                                     PURCHASE ORDER
1450 Dublin Rd, Columbus OH 43215                           Oracle EBS - page 1
=================================================================================
PO Number   : 88-40502                 Revision : 0        Date : 06/03/2024
Supplier    : V-30551 Formosa Valve Industrial Co., Ltd.   Site : LUKANG
Buyer       : Tyler Brooks                                  Terms: NET 45
Ship To     : Columbus DC, Dock 7                           FOB  : Taichung
=================================================================================
Ln  Item            Description                       Qty      UOM   Price    Amount
---------------------------------------------------------------------------------
1   RKB-PB-116      Pressure balance cartridge kit    3,000    EA    4.15  12,450.00
---------------------------------------------------------------------------------
Note to supplier:
Released under this PO: 120 pilot units only. The balance of 2,880 units is not
released. Production release will be issued in writing by Dana Whitfield, VP Sourcing,
after the pilot units have been signed off by Ridgeline Engineering.
=================================================================================
"""
    rel = [
        ("h1", "RIDGELINE KITCHEN & BATH INC."),
        ("h", "Release no. 1 - PO 88-40502"),
        ("p", "Date: 06/05/2024    To: Formosa Valve Industrial Co., Ltd., attn. Kevin Lin"),
        ("p", "We release 100 pilot units of RKB-PB-116 pressure balance cartridge kit under PO 88-40502, ship by air "
              "to Columbus DC by 06/28/2024."),
        ("p", "The balance of 2,900 units remains on hold. Production release will be issued in writing by Dana "
              "Whitfield after Ridgeline Engineering has signed off the pilot units."),
        ("p", "Dana Whitfield, VP Sourcing"),
    ]
    return [("PO_88-40502_rev0.txt", po),
            ("Release_01_PO_88-40502.pdf", pdf(rel, pagesize=LETTER, title="Release 1 PO 88-40502", author="Ridgeline"))]


case("r46_folder_po_120_release_100", ["RG011"],
     "same order: PO note releases 120 pilot units (balance 2,880), release no. 1 releases 100 pilot units (balance 2,900)",
     _r46())


# r48: DOCX variation order: 'forty-eight (84) sets'
def _r48():
    blocks = [
        ("h1", "Northgate Hotel Developments Ltd"),
        ("h", "Instruction NHD-VI-031 - Sanitary fittings, The Calder Wharf Hotel, Leeds"),
        ("p", "To: Rubinetterie Valsesia S.p.A., attn. Luca Bertolini    From: Rachel Dunn, Project Procurement Director    "
              "Date: 19 July 2024    Order: NHD-PO-1187"),
        ("p", "Following the sign-off of the sample room by the operator's brand standards team on 15 July 2024, "
              "I release forty-eight (84) bathroom sets for floors 1 and 2 as per the table below."),
        ("table", [
            ["Floor", "Rooms", "Sets released", "Delivery"],
            ["1", "24", "24", "w/c 2 Sept 2024"],
            ["2", "24", "24", "w/c 2 Sept 2024"],
            ["Total", "48", "48", ""],
        ]),
        ("sp",),
        ("p", "The remaining sets for floors 3 to 8 are not released. They will be released by me in writing, floor "
              "by floor, after the first-fix inspection of the previous floors."),
        ("p", "Deliver to site: Calder Wharf, Leeds LS10 1PZ, gate 2. Booking 48 h in advance with Darren Holt."),
        ("p", "Rachel Dunn, Project Procurement Director"),
    ]
    return [("NHD-VI-031_release_floors_1-2.docx", docx_bytes(blocks, author="Rachel Dunn"))]


case("r48_words_vs_digits", ["RG011"],
     "release 'forty-eight (84) bathroom sets' while the table adds up to 48; hold/event/person stated",
     _r48())


# r50: supplier acknowledgement confirms a release of 450 against the buyer's 400
def _r50():
    text = (
        "Dear Mr. Hargreaves,\n\n"
        "Greetings of the day!\n\n"
        "We thank you for your release and we confirm your release of 450 pcs CB-3210 shower valve bodies "
        "under PO CB-10517, dispatch ex Mundra on 16.08.2024. Balance 4,050 pcs we keep on hold as per your "
        "instruction.\n\n"
        "Forging starts on Monday; first article report and photos will be shared before dispatch.\n\n"
        "Thanking you,\nRakesh Patel\nExport Manager\nJamnagar Precision Brass Pvt. Ltd.\nM +91 98250 41177\n\n"
        "-----Original Message-----\nFrom: Owen Hargreaves <owen.hargreaves@calderbathrooms.co.uk>\n"
        "Sent: 22 July 2024 16:05\nSubject: CB-10517 release 2\n\n"
        "> Rakesh,\n>\n"
        "> Release 2 under PO CB-10517: 400 pcs, for dispatch mid August.\n"
        "> The balance of 4,100 pcs stays on hold. I'll release the next quantity in writing after\n"
        "> release 2 has passed goods-in inspection at Halifax.\n>\n"
        "> Owen\n"
    )
    m = mail("Rakesh Patel <rakesh@jamnagarprecision.in>", "Owen Hargreaves <owen.hargreaves@calderbathrooms.co.uk>",
             "RE: CB-10517 release 2 - acknowledgement", dt(2024, 7, 23, 11, 20, "+0530"), text,
             in_reply_to="<h72-ref-0011@calderbathrooms.co.uk>")
    return [("RE_CB-10517_release_2_ack.eml", eml_bytes(m))]


case("r50_supplier_ack_450_vs_400", ["RG011"],
     "buyer releases 400 (balance 4,100); supplier acknowledgement confirms 'your release of 450 pcs' and balance 4,050",
     _r50())


# r51: folder: buyer sample PO mail + supplier PI that makes the deposit the production trigger
def _r51():
    text = (
        "Hi Amy,\n\n"
        "PO HP-2024-0095 for the Harbor Tide bath spout: 30 sample pcs (10 per finish). The other 2,970 pcs are "
        "not released - I'll send a written production release once our product team has signed off the "
        "samples.\n\n"
        "Please send the proforma for the samples so AP can pay it.\n\n"
        "Thanks!\nMegan\n"
        + sig("Megan Cho", "Director of Product", "Harbor & Pine Home Co., Portland OR", "+1 503 555 0142")
    )
    m = mail("Megan Cho <megan@harborandpine.com>", "Amy Liang <amy@hongtai-sanitary.com>",
             "PO HP-2024-0095 - Tide bath spout samples", dt(2024, 6, 11, 9, 5, "-0700"), text)
    pi = [
        ("h1", "KAIPING HONGTAI SANITARY WARE CO., LTD."),
        ("h", "PROFORMA INVOICE PI-HT-240613-04"),
        ("p", "Date: 13 Jun 2024    Buyer: Harbor & Pine Home Co., Portland OR    Ref: PO HP-2024-0095"),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Tide bath spout - samples (3 finishes)", "30 pcs", "22.00", "660.00"],
            ["2", "Tide bath spout - mass production (3 finishes)", "2,970 pcs", "7.20", "21,384.00"],
            ["", "Total", "3,000 pcs", "", "22,044.00"],
        ]),
        ("sp",),
        ("p", "Payment terms: 30% deposit of total value (USD 6,613.20) by T/T, balance against copy of B/L."),
        ("p", "Production: mass production starts upon receipt of the 30% deposit. Delivery 45 days after deposit."),
        ("p", "Bank: Bank of China, Kaiping Branch, SWIFT BKCHCNBJ46A. Amy Liang, Sales Manager."),
    ]
    return [("PO_HP-2024-0095_mail.eml", eml_bytes(m)),
            ("PI-HT-240613-04.pdf", pdf(pi, title="Proforma PI-HT-240613-04", author="Hongtai"))]


case("r51_folder_pi_deposit_starts_production", ["RG012"],
     "buyer mail: 30 samples, 2,970 held for her written release; supplier PI in the folder: mass production starts upon receipt of the 30% deposit",
     _r51())


# r53: US PO boilerplate: acceptance of the PO authorizes material and manufacture
def _r53():
    blocks = [
        ("h1", "RIDGELINE KITCHEN & BATH INC."),
        ("h", "PURCHASE ORDER 88-40533"),
        ("p", "Date: 06/20/2024    Vendor: Jamnagar Precision Brass Pvt. Ltd. (V-30612)    Buyer: Tyler Brooks    "
              "Terms: Net 60    Incoterms: FOB Mundra"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Status", "Unit", "Price"],
            ["1", "7741-0520", "Cartridge housing rev B - first articles", "24", "released", "EA", "$4.90"],
            ["2", "7741-0520", "Cartridge housing rev B - production", "2,376", "NOT released", "EA", "$1.72"],
        ]),
        ("sp",),
        ("p", "Line 2 is not released. It requires first-article approval by Ridgeline Engineering and a written "
              "production release from Dana Whitfield, VP Sourcing."),
        ("h", "Standard terms (extract)"),
        ("p", "4.1 Vendor's acceptance of this Purchase Order, in writing or by performance, constitutes authorization "
              "to procure material and begin manufacture."),
        ("p", "4.2 Vendor shall ship only against the dates stated on the lines. Early shipments may be returned at "
              "Vendor's cost."),
        ("p", "4.3 All parts shall comply with NSF/ANSI 61 and NSF/ANSI 372 and carry the heat/lot number on the "
              "packaging."),
    ]
    return [("PO_88-40533.pdf", pdf(blocks, pagesize=LETTER, title="PO 88-40533", author="Ridgeline Sourcing"))]


case("r53_po_terms_acceptance_authorizes_manufacture", ["RG012"],
     "PO lines scope 24 FA released / 2,376 not released with event+person, but terms say PO acceptance constitutes authorization to begin manufacture",
     _r53())


# c12: chat: finish sample approved for colour only, production not released -> clean
def _c12():
    t = """\
[18/06/2024, 08:30:12] Jason Wu: Dear Chiara, good morning! Did you receive the brushed gold sample plate?
[18/06/2024, 09:02:47] Chiara Bonomi: Buongiorno Jason! Yes, arrived yesterday
[18/06/2024, 09:05:31] Chiara Bonomi: The brushed gold finish sample is approved for colour only. Production is not released: the 12 samples of PO 24-0351 are still in our lab (cartridge test and salt spray)
[18/06/2024, 09:06:40] Chiara Bonomi: Ing. Gatti will send you the written production release for the 1.188 pz only after the lab signs off the samples
[18/06/2024, 09:10:03] Jason Wu: OK understood 👍 colour OK, we wait for the lab result and Mr. Gatti release
[18/06/2024, 09:10:30] Jason Wu: We keep the plate as master sample for production
"""
    return [("WhatsApp Chat with Jason Wu.txt", t)]


case("c12_finish_approved_colour_only", [],
     "chat: 'finish sample is approved for colour only. Production is not released'; 12 samples, 1.188 need Gatti's written release after lab sign-off",
     _c12())


# c13: interim sample disposition with quantity and date limit + release within it -> clean
def _c13():
    blocks = [
        ("h1", "Brunnhaus Armaturen GmbH - Sample disposition record SD-2024-044"),
        ("p", "Supplier: Kaiping Hongtai Sanitary Ware Co., Ltd.    Blanket PO 4600021901    Date: 02.07.2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "220-0815-CP bath shower mixer TERRA, chrome, drawing 220-0815 Index B"],
            ["Disposition", "INTERIM"],
            ["Quantity limit", "200 pcs maximum"],
            ["Expiry", "31.08.2024"],
            ["Reason", "Chrome thickness at lever edge 0.18 um (spec 0.20 um min.); all other characteristics ok"],
            ["Conditions", "100% visual check of the lever edge; re-plated samples to be submitted by 09.08.2024"],
            ["Signed", "Dr. Stefan Hohl, Head of Product Quality, 02.07.2024"],
        ]),
        ("sp",),
        ("h", "Release within the interim limits"),
        ("p", "On the basis of this interim sign-off, Dr. Stefan Hohl releases 200 pcs (call-off 01 under blanket PO "
              "4600021901), delivery by 30.08.2024."),
        ("p", "The remaining 2,800 pcs of the blanket PO are not released. A further release needs a final sample "
              "disposition 'approved' on the re-plated samples and a written release by Dr. Stefan Hohl."),
        ("p", "Material: for the 200 released pcs only."),
    ]
    return [("SD-2024-044_TERRA_interim.docx", docx_bytes(blocks, author="Stefan Hohl"))]


case("c13_interim_disposition_with_limits", [],
     "interim sample disposition (200 pcs max, expiry date, signer) and a release of 200 within it; 2,800 held for final disposition + written release",
     _c13())


# c15: production release letter after sample sign-off, balance stays on hold -> clean
def _c15():
    blocks = [
        ("h1", "WERKHAUS BAUMARKT GMBH"),
        ("p", "Einkauf Sanitaer - Industriestrasse 77 - 68169 Mannheim"),
        ("h", "Serienfreigabe Nr. 1 / Production release no. 1"),
        ("p", "Datum: 17.06.2024    An / to: Akdeniz Dus Sistemleri A.S., Herrn Emre Yilmaz    "
              "Bestellung / PO: 4410087601"),
        ("p", "Following the sign-off of the ZEN-250 samples by Werkhaus QS on 14.06.2024 (test report QS-24-0613), "
              "we release 600 pcs of the 2,400 pcs under PO 4410087601 for delivery in week 32."),
        ("table", [
            ["Artikel", "Bezeichnung", "PO-Menge", "Freigabe Nr. 1 / released now", "Nicht freigegeben / on hold"],
            ["4061877", "Duschsystem ZEN-250 Thermostat chrom", "2.400", "600", "1.800"],
        ]),
        ("sp",),
        ("p", "The remaining 1,800 pcs stay on hold. The next release will be issued in writing by Jens Bauer after "
              "the 600 pcs have been accepted at our central warehouse in Mannheim."),
        ("p", "Material: for the released 600 pcs only."),
        ("p", "Mit freundlichen Gruessen / kind regards - Jens Bauer, Einkauf Sanitaer"),
    ]
    return [("Serienfreigabe_01_4410087601.pdf", pdf(blocks, title="Serienfreigabe 1", author="Werkhaus"))]


case("c15_release_letter_600_of_2400", [],
     "release letter after sample sign-off: 600 of 2,400 released, 1,800 on hold, next written release by named buyer after acceptance",
     _c15())


# c16: hold notice -> clean
def _c16():
    text = (
        "Rakesh,\n\n"
        "HOLD NOTICE - PO 88-40236, PN 7741-0510 cartridge housing rev F\n\n"
        "Effective today, the released quantity stays at 60 pcs (the pilot lot you have already delivered). "
        "The balance of 1,440 pcs is on hold and is not released.\n\n"
        "It will stay on hold until NCR-2024-0500 (burr on the G1/2 thread) is closed and our manufacturing "
        "engineering has signed off a corrected pilot build. After that I will send you a written release for "
        "the next quantity.\n\n"
        "Please do not buy bar stock for the balance in the meantime. Let me know when the corrective action "
        "report is ready.\n\n"
        "Thanks,\nDana\n"
        + sig("Dana Whitfield", "VP Sourcing", "Ridgeline Kitchen & Bath Inc., Columbus OH", "+1 614 555 0199")
    )
    m = mail("Dana Whitfield <dana.whitfield@ridgelinekb.com>", "Rakesh Patel <rakesh@jamnagarprecision.in>",
             "HOLD NOTICE - PO 88-40236 / PN 7741-0510", dt(2024, 6, 21, 15, 30, "-0400"), text,
             cc="Tyler Brooks <tyler.brooks@ridgelinekb.com>")
    return [("HOLD_NOTICE_PO_88-40236.eml", eml_bytes(m))]


case("c16_hold_notice", [],
     "hold notice: released stays 60 (delivered), 1,440 on hold until NCR closed + pilot sign-off, then written release by the sender",
     _c16())


# c17: chat: only the 6 show-flat sets, the other 114 wait for the client's sign-off and the buyer's written release -> clean
def _c17():
    t = """\
[22/05/2024, 12:01:40] Jorge Ibáñez: Hola Emre, PO 2024-PO-0248 is in your mail. Only the 6 show-flat sets (thermostatic column ZEN-250, brushed gold)
[22/05/2024, 12:02:55] Jorge Ibáñez: The other 114 sets wait for the client's sign-off at the show flat. I sign the release for them myself, in writing
[22/05/2024, 12:15:08] Emre Yilmaz: Merhaba Jorge! 6 sets clear 👍 we buy material only for the 6
[22/05/2024, 12:15:40] Emre Yilmaz: Delivery to the show flat address in Valencia?
[22/05/2024, 12:17:02] Jorge Ibáñez: Yes, Calle del Mar 14, ask for Vicente
[14/06/2024, 16:44:19] Emre Yilmaz: 6 sets delivered today, Vicente signed the CMR
[14/06/2024, 16:44:20] Emre Yilmaz: <attached: 00000057-PHOTO-2024-06-14-16-44-20.jpg>
[14/06/2024, 17:30:51] Jorge Ibáñez: Gracias! Client visit is on 2 July, I'll tell you after
"""
    return [("WhatsApp_Jorge_Ibanez_show_flat.txt", t)]


case("c17_chat_show_flat_only", [],
     "chat: only 6 show-flat sets; 114 wait for client sign-off and the buyer's own written release; supplier buys material for 6 only",
     _c17())


# c18: webshop portal sample order with full scope note -> clean
def _c18():
    body = (
        "<div style=\"background:#f39200;color:#fff;padding:8px\"><b>Baufix24 Lieferantenportal</b> &middot; "
        "Lieferant: Kaiping Hongtai Sanitary Ware Co., Ltd. (L-55147)</div>\n"
        "<h2>Bestellung / order BF-M-24-0944</h2>\n"
        + html_table([
            ["Feld", "Wert"],
            ["Bestelltyp / order type", "Musterbestellung / sample order"],
            ["Datum", "03.06.2024"],
            ["Einkauf", "Sandra Koenig, Category Bad & Kueche"],
        ]) +
        "\n<h3>Positionen</h3>\n"
        + html_table([
            ["Pos", "Art.-Nr.", "Bezeichnung", "Menge", "EK USD"],
            ["1", "7004620", "Regenbrause-Set LUNA 250 mm, chrom", "2", "38,00"],
            ["2", "7004621", "Regenbrause-Set LUNA 250 mm, schwarz matt", "2", "41,00"],
        ]) +
        "\n<p class=\"note\">Diese Musterbestellung umfasst nur 4 Stueck. Serienmengen sind nicht beauftragt und "
        "nicht freigegeben. Eine Serienbestellung (neue Bestellnummer) erfolgt erst nach Abnahme der Muster durch "
        "unser QS-Labor und wird von Sandra Koenig unterschrieben.<br>\n"
        "This sample order covers 4 pcs only. Production quantities are not ordered and not released. A production "
        "order (new PO number) follows only after our QA lab has signed off the samples and is signed by Sandra "
        "Koenig.</p>\n"
        "<p>Pruefbericht DIN EN 1112 und KTW-BWGL Nachweis bitte beilegen. Liefertermin KW 25, frei Haus.</p>\n"
    )
    return [("Baufix24_Musterbestellung_BF-M-24-0944.html", html_page("Musterbestellung BF-M-24-0944", body, lang="de"))]


case("c18_portal_sample_order_scoped", [],
     "webshop portal sample order 4 pcs; production not ordered/released, new PO only after QA sign-off, signed by named buyer",
     _c18())


# c19: project specification with labelled estimates and a scoped sample-room order -> clean
def _c19():
    blocks = [
        ("h1", "Harbour View Serviced Apartments, Liverpool - Bathroom fittings package"),
        ("p", "Client: Northgate Hotel Developments Ltd.   Package: SAN-02 brassware.   Supplier: Akdeniz Dus "
              "Sistemleri A.S.   Document NHD-HV-SAN-02, issue 2, 12 June 2024."),
        ("h", "1. Estimated quantities (for information only - not released)"),
        ("table", [
            ["Phase", "Apartments", "Basin mixer", "Shower kit", "Bath filler"],
            ["Phase 1 (blocks A, B)", "96", "96", "96", "24"],
            ["Phase 2 (block C)", "112", "112", "112", "30"],
            ["Total estimate", "208", "208", "208", "54"],
        ]),
        ("sp",),
        ("p", "These figures are design estimates. They are not an order and nothing in this table is released."),
        ("h", "2. What is ordered now"),
        ("p", "Order NHD-PO-1203 covers the sample apartment only: 2 sets (basin mixer, shower kit, bath filler), "
              "delivery to site by 26 July 2024."),
        ("h", "3. Production release"),
        ("p", "Nothing beyond the 2 sample sets is released. A production release will be issued in writing by "
              "Rachel Dunn, Project Procurement Director, after the operator's brand team has signed off the sample "
              "apartment. It will state the quantity per phase."),
        ("h", "4. Technical requirements"),
        ("li", "Basin mixer: 5 l/min flow regulator, BS EN 817, WRAS listed."),
        ("li", "Shower kit: thermostatic bar valve TMV2, BS EN 1111, 9 l/min head."),
        ("li", "Finish: chrome, 24 h CASS; matt black PVD for penthouses only (priced separately)."),
        ("p", "Drawing issue: bathroom layouts HV-A-2101 to 2114 rev C."),
    ]
    return [("NHD-HV-SAN-02_issue2.docx", docx_bytes(blocks, author="Rachel Dunn"))]


case("c19_project_spec_estimates_labelled", [],
     "project spec: phase quantities labelled design estimates, not released; 2 sample sets now; written release by named director after sign-off",
     _c19())


# c20: supplier status mail (multipart/alternative + HTML report attachment): material for released qty only -> clean
def _c20():
    report = html_page("Status report ONDA 60", (
        "<h2>Ceramica Civita &mdash; status report</h2>\n"
        "<p>Customer: Grupo Inmobiliario Levante &middot; pedido 2024-PO-0262 &middot; ONDA 60 washbasin, matt white</p>\n"
        + html_table([
            ["Item", "Qty", "Status"],
            ["Released (show flats, Torre B)", "40", "casting done, drying"],
            ["Glaze / slip prepared", "40 + 4 spare", "for the released quantity only"],
            ["Not released (rest of Torre B)", "380", "on hold - nothing prepared"],
            ["Firing", "44", "kiln slot week 27"],
        ]) +
        "\n<p>Delivery of the 40 pcs: week 29, our truck, site Calle del Mar 14, Valencia.</p>\n"))
    text = (
        "Buongiorno Jorge,\n\n"
        "please find attached the status report for pedido 2024-PO-0262.\n\n"
        "The 40 washbasins for the show flats of Torre B are cast and drying. We have prepared glaze and slip for "
        "the 40 released pieces plus 4 spare only. For the other 380 pieces we have prepared nothing; we wait for "
        "your written release after Marta Gil has signed off the show flats, as per your order.\n\n"
        "Firing is in week 27, delivery to the site in week 29.\n\n"
        "Cordiali saluti,\nGiulia Ferri\nUfficio Commerciale Estero - Ceramica Civita S.r.l.\nTel. +39 0761 51 4420\n"
    )
    m = mail("Giulia Ferri <export@ceramicacivita.it>", "Jorge Ibanez <compras@grupolevante.es>",
             "pedido 2024-PO-0262 - status report", dt(2024, 6, 28, 15, 20), text, html=text_to_html(text),
             attachments=[("status_report_2024-PO-0262.html", report, "text/html")])
    return [("status_2024-PO-0262.eml", eml_bytes(m))]


case("c20_supplier_status_material_released_only", [],
     "supplier status: glaze/slip for the 40 released (+4 spare) only, nothing prepared for the 380 on hold",
     _c20())


# c22: folder with three consistent documents: PO printout, release mail, supplier acknowledgement PDF -> clean
def _c22():
    po = """\
HAUSMANN BAD & KUECHE GMBH                                   BESTELLUNG / PURCHASE ORDER
Gewerbepark Sued 12 - 58644 Iserlohn                                        Seite 1 von 1
-----------------------------------------------------------------------------------------
Bestellnummer / PO no.  : 4500231260            Datum / date  : 15.04.2024
Lieferant / vendor      : 100522 Jamnagar Precision Brass Pvt. Ltd., Jamnagar, India
Einkaeufer / buyer      : K. Brandt (E12)       Tel. +49 2371 9120 44
-----------------------------------------------------------------------------------------
Pos   Material        Bezeichnung                            Menge   ME   Preis EUR
-----------------------------------------------------------------------------------------
00010 300-1490-00     Ventiloberteil 1/2" Keramik - Muster      20   ST      3,10
00020 300-1490-00     Ventiloberteil 1/2" Keramik - Serie    5.000   ST      0,86
-----------------------------------------------------------------------------------------
Kopftext / header text:
Released with this order: item 00010 only (20 samples). Item 00020 (5.000 pcs) is
commercial cover only and is NOT released. Production quantities of item 00020 are
released only in writing by K. Brandt after our laboratory has signed off the samples.
-----------------------------------------------------------------------------------------
"""
    rel_text = (
        "Dear Rakesh,\n\n"
        "our laboratory signed off the 20 samples of the ceramic headwork 300-1490-00 on 06.06.2024 (report "
        "LAB-24-221, 200.000 cycles, torque ok).\n\n"
        "Production release no. 1 under PO 4500231260, item 00020: 1.000 pcs, delivery CW 31.\n"
        "The remaining 4.000 pcs of item 00020 stay on hold. The next release comes in writing from me after "
        "release no. 1 has passed our incoming inspection. Material: for the 1.000 pcs only.\n\n"
        "Best regards\nKlaus Brandt\nEinkaufsleiter, Hausmann Bad & Kueche GmbH\n"
    )
    rel = mail("Klaus Brandt <k.brandt@hausmann-bad.de>", "Rakesh Patel <rakesh@jamnagarprecision.in>",
               "PO 4500231260 - production release no. 1", dt(2024, 6, 7, 10, 5), rel_text)
    ack = [
        ("h1", "JAMNAGAR PRECISION BRASS PVT. LTD."),
        ("h", "Order acknowledgement - production release no. 1"),
        ("p", "Customer: Hausmann Bad & Kueche GmbH, Iserlohn.  PO 4500231260, item 00020.  Date: 08.06.2024."),
        ("table", [
            ["Item", "PO qty", "Released (release no. 1)", "On hold", "Dispatch"],
            ["300-1490-00 ceramic headwork 1/2\"", "5,000", "1,000", "4,000", "ETD Mundra 12.07.2024"],
        ]),
        ("sp",),
        ("p", "We confirm release no. 1 for 1,000 pcs. The balance of 4,000 pcs is on hold until your next written "
              "release. Raw material is purchased for the 1,000 pcs only."),
        ("p", "Rakesh Patel, Export Manager"),
    ]
    return [("PO_4500231260.txt", po),
            ("Release_01_PO_4500231260.eml", eml_bytes(rel)),
            ("Acknowledgement_release_01_4500231260.pdf", pdf(ack, title="Acknowledgement release 1", author="JPB"))]


case("c22_folder_po_release_ack_consistent", [],
     "three documents of one order: PO (20 samples released, 5.000 cover only), release no. 1 of 1.000 after sign-off, supplier ack of 1,000/4,000",
     _c22())


# c23: revised PO that explicitly supersedes revision 1 -> clean
def _c23():
    blocks = [
        ("h1", "SANITEX POLSKA SP. Z O.O."),
        ("h", "ZAMOWIENIE / PURCHASE ORDER 4700012611 - REVISION 2"),
        ("p", "Data / date: 04.06.2024. This revision replaces revision 1 of 20.05.2024 in full. Dostawca / supplier: "
              "Formosa Valve Industrial Co., Ltd."),
        ("p", "Change against revision 1: sample quantity increased from 25 to 40 pcs (new finish brushed nickel added)."),
        ("table", [
            ["Poz.", "Indeks", "Opis / description", "Ilosc / qty", "Cena EUR"],
            ["0010", "5000-140-15", "Zawor katowy / angle valve 1/2\" x 3/8\", chrom", "25", "2,90"],
            ["0020", "5000-140-16", "Zawor katowy / angle valve 1/2\" x 3/8\", nikiel szczotkowany / brushed nickel", "15", "3,40"],
            ["", "", "Razem / total", "40", ""],
        ]),
        ("sp",),
        ("p", "Samples only: 40 pcs. The programme quantity of offer FV-2024-5110 is not released. It will be released "
              "only in writing by Piotr Zielinski (Category Manager) after our laboratory has signed off the samples."),
        ("p", "Delivery DAP Wroclaw, CW 26. All other terms as in revision 1."),
    ]
    return [("PO_4700012611_rev2.pdf", pdf(blocks, title="PO 4700012611 rev 2", author="Sanitex"))]


case("c23_revised_po_supersedes", [],
     "PO revision 2 replaces revision 1 in full: samples 25 -> 40 explained, lines add to 40; hold, event, person stated",
     _c23())


# c24: deposit paid, explicitly not a production release -> clean
def _c24():
    text = (
        "Hi Jason,\n\n"
        "We wired the 30% deposit on PI-HT-240611-01 today (USD 6,480, SWIFT copy attached to the AP mail).\n\n"
        "To be clear: the deposit secures your capacity and pays for the forging die. It does not release "
        "production. Released now: the 24 sample sets of PO HP-2024-0088 only. The 2,376 production sets remain "
        "not released until I send the written production release, after our product team has signed off the "
        "samples.\n\n"
        "Looking forward to seeing the first parts!\n\n"
        "Megan\n"
        + sig("Megan Cho", "Director of Product", "Harbor & Pine Home Co., Portland OR", "+1 503 555 0142")
    )
    m = mail("Megan Cho <megan@harborandpine.com>", "Jason Wu <jason@hongtai-sanitary.com>",
             "Deposit PI-HT-240611-01 / HP-2024-0088", dt(2024, 6, 14, 11, 25, "-0700"), text,
             html=text_to_html(text))
    return [("Deposit_PI-HT-240611-01.eml", eml_bytes(m))]


case("c24_deposit_does_not_release", [],
     "buyer: deposit wired, 'it does not release production'; 24 sample sets now, 2,376 held for her written release after sign-off",
     _c24())


# c25: release with a per-finish split that adds up, in a quoted thread -> clean
def _c25():
    text = (
        "Dear Amy,\n\n"
        "here is the split you asked for. Production release no. 1 for DOCCIA-3 under PO 24-0340:\n\n"
        "  cromo / chrome                 300 pz\n"
        "  nickel spazzolato / br. nickel 150 pz\n"
        "  nero opaco / matt black        100 pz\n"
        "  oro spazzolato / br. gold       50 pz\n"
        "  totale / total                 600 pz\n\n"
        "The other 588 pz of the 1.188 are not released. I will send the next written release after lot 1 has "
        "passed our incoming inspection in Lumezzane.\n\n"
        "Cordiali saluti,\nIng. Paolo Gatti\nDirettore Tecnico - BAGNO FERRETTI S.r.l.\n"
        "Via Seradello 27 - 25065 Lumezzane (BS)\n\n"
        "Il giorno 20/06/2024 09:14, Amy Liang <amy@hongtai-sanitary.com> ha scritto:\n"
        "> Dear Mr. Gatti,\n>\n"
        "> thank you for the release of 600 pz. Can you kindly give us the split per finish? Our plating\n"
        "> line needs it for the planning.\n>\n"
        "> Best regards, Amy\n>\n"
        ">> Il giorno 19/06/2024 17:40, Paolo Gatti ha scritto:\n"
        ">> Dear Amy, our lab has signed off the 12 samples. I release 600 pz of DOCCIA-3 (lot 1).\n"
        ">> The remaining 588 pz are not released. Split per finish follows.\n"
    )
    m = mail("Paolo Gatti <p.gatti@bagnoferretti.it>", "Amy Liang <amy@hongtai-sanitary.com>",
             "R: DOCCIA-3 - release no. 1 - split per finish", dt(2024, 6, 20, 10, 2), text,
             cc="Chiara Bonomi <acquisti@bagnoferretti.it>", in_reply_to="<h72-ref-0012@hongtai-sanitary.com>")
    return [("R_DOCCIA-3_release_1_split.eml", eml_bytes(m))]


case("c25_release_split_adds_up", [],
     "release no. 1: 600 pz split 300/150/100/50 (= 600), 588 of 1.188 not released, next written release by the sender after inspection",
     _c25())


# =================================================================== MAIN
MIN_PER_RULE = {r: 5 for r in RULES}
MIN_PER_RULE.update({"RG006": 7, "RG007": 7, "RG011": 7})


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(7272).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem)
        folder = f"h72_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {r: sum(1 for c in CASES if r in c["expect"]) for r in RULES}
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        flag = "" if counts[r] >= MIN_PER_RULE[r] else f"   (< {MIN_PER_RULE[r]})"
        print(f"  {r}: {counts[r]}{flag}")


if __name__ == "__main__":
    main()
