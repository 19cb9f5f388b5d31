#!/usr/bin/env python3
"""Generator for the releasegate check_holdout169 corpus (equestrian and saddlery goods).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout169/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h169-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h169")
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

# ----------------------------------------------------------------- small text helpers
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as mail clients do."""
    pre = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{pre} {line}" if line else pre)
    return "\n".join(out)


def text_to_html(text):
    """Very small text -> HTML converter for the multipart/alternative parts."""
    html, para, quoted = [], [], []

    def flush_para():
        if para:
            html.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quoted:
            inner = "\n".join(quoted)
            html.append("<blockquote style=\"border-left:2px solid #999;margin-left:6px;"
                        "padding-left:8px\">" + text_to_html(inner) + "</blockquote>")
            quoted.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quoted.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return "\n".join(html)


def html_mail(text):
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + text_to_html(text) + "\n</body></html>\n")


def eml(m):
    return eml_bytes(m)


# people and companies (all fictional)
HC = "Hartley & Crane Saddlery Ltd"          # Walsall, UK (buyer)
RB = "Reitsport Brandtner GmbH"              # Verden (Aller), DE (buyer)
KS = "Kildare Stud Supplies Ltd"             # Naas, Co. Kildare, IE (buyer)
DR = "Dunmore Rural Supplies Pty Ltd"        # Toowoomba QLD, AU (buyer)
GS = "Ganga Saddlery Works Pvt. Ltd."        # Jajmau, Kanpur, IN (supplier)
AN = "Al-Noor Saddlery Industries (Pvt) Ltd" # Sialkot, PK (supplier)
JM = "Hebei Jinma Equestrian Products Co., Ltd."  # Dingzhou, Hebei, CN (supplier)
VS = "Selaria Vale do Sousa, Lda."           # Felgueiras, PT (supplier)

GARETH = "Gareth Moss <gareth.moss@hartleycrane.co.uk>"
RACHEL = "Rachel Foulkes <rachel.foulkes@hartleycrane.co.uk>"
HELEN = "Helen Price <helen.price@hartleycrane.co.uk>"
KATRIN = "Katrin Vogel <k.vogel@reitsport-brandtner.de>"
JOERG = "Joerg Lammert <j.lammert@reitsport-brandtner.de>"
ANKE = "Anke Wiese <a.wiese@reitsport-brandtner.de>"
CIARAN = "Ciaran Doyle <ciaran@kildarestudsupplies.ie>"
AOIFE = "Aoife Brennan <aoife@kildarestudsupplies.ie>"
DECLAN = "Declan Hurley <declan@kildarestudsupplies.ie>"
BRONWYN = "Bronwyn Taylor <bronwyn.taylor@dunmorerural.com.au>"
MICK = "Mick Henderson <mick.henderson@dunmorerural.com.au>"
RAKESH = "Rakesh Agarwal <rakesh@gangasaddlery.in>"
POOJA = "Pooja Mishra <pooja.m@gangasaddlery.in>"
IMRAN = "Muhammad Imran <imran@alnoorsaddlery.pk>"
USMAN = "Usman Tariq <usman.tariq@alnoorsaddlery.pk>"
SUNNY = "Sunny Zhao <sunny@jinma-equestrian.cn>"
LILY = "Lily Wang <lily.wang@jinma-equestrian.cn>"
RUI = "Rui Carvalho <rui.carvalho@valedosousa.pt>"
INES = "Ines Marques <ines.marques@valedosousa.pt>"

S_GARETH = sig("Gareth Moss", "Purchasing Manager", HC + ", Reedswood Way, Walsall WS2 8XT",
               "+44 1922 610 455")
S_RACHEL = sig("Rachel Foulkes", "Senior Buyer", HC + ", Reedswood Way, Walsall WS2 8XT",
               "+44 1922 610 462")
S_KATRIN = sig("Katrin Vogel", "Einkauf / Purchasing Hartwaren", RB + ", Lindhooper Str. 61, 27283 Verden",
               "+49 4231 90 72-14")
S_JOERG = sig("Joerg Lammert", "Category Manager Hard Goods", RB + ", Lindhooper Str. 61, 27283 Verden",
              "+49 4231 90 72-30")
S_AOIFE = sig("Aoife Brennan", "Purchasing", KS + ", Millennium Park, Naas, Co. Kildare",
              "+353 45 883 210")
S_DECLAN = sig("Declan Hurley", "Yard & Facilities Manager", KS + ", Naas, Co. Kildare",
               "+353 45 883 219")
S_BRONWYN = sig("Bronwyn Taylor", "Category Buyer - Equine", DR + ", 14 Carroll St, Toowoomba QLD 4350",
                "+61 7 4632 1180")
S_MICK = sig("Mick Henderson", "Merchandise Manager", DR + ", Toowoomba QLD", "+61 7 4632 1101")
S_RAKESH = sig("Rakesh Agarwal", "Export Manager", GS + ", Jajmau Industrial Area, Kanpur 208010 (U.P.)",
               "+91 512 246 1187")
S_IMRAN = sig("Muhammad Imran", "Marketing Manager", AN + ", Daska Road, Sialkot 51310",
              "+92 52 356 4401")
S_USMAN = sig("Usman Tariq", "Merchandiser", AN + ", Daska Road, Sialkot 51310", "+92 52 356 4407")
S_SUNNY = sig("Sunny Zhao", "Sales Manager", JM + ", Dingzhou, Hebei", "+86 312 258 7716")
S_LILY = sig("Lily Wang", "Merchandiser", JM + ", Dingzhou, Hebei", "+86 312 258 7720")
S_RUI = sig("Rui Carvalho", "Director Comercial", VS + ", Rua da Industria 212, 4610-105 Felgueiras",
            "+351 255 318 440")
S_INES = sig("Ines Marques", "Planeamento de Producao", VS + ", Felgueiras", "+351 255 318 447")


# =================================================================== POSITIVE
# p01 -- UK buyer sends sample PO in the mail body, supplier quote (12 / 600 / 1.200) attached;
#        nothing about the balance.
_q01 = pdf([
    ("h1", "QUOTATION"),
    ("p", GS + " - Jajmau Industrial Area, Kanpur 208010 (U.P.), India - GSTIN 09AABCG4417K1Z2"),
    ("p", "Quotation No.: GSW/Q/2024/031    Date: 26.02.2024    Valid: 60 days"),
    ("p", "To: " + HC + ", Walsall, U.K.   Kind Attn.: Mr. Gareth Moss"),
    ("sp",),
    ("table", [
        ["S.No.", "Item", "Description", "Qty (pcs)", "Rate GBP / pc", "Remarks"],
        ["1", "HC-ST-175W", "Spring tree 17.5 in, wide fit, beech laminate, to DRG 2400 Rev 6",
         "12", "38.50", "Sample lot, hand finished"],
        ["2", "HC-ST-175W", "Same as above", "600", "24.90", "Production"],
        ["3", "HC-ST-175W", "Same as above", "1.200", "23.10", "Production"],
    ]),
    ("sp",),
    ("p", "Lead time: samples 3 weeks; production 8 weeks. Packing: 6 trees per carton, "
          "carton 62 x 48 x 40 cm. Terms: FOB Kanpur / ICD Kanpur, payment 30 days from B/L."),
    ("p", "Spring steel to EN 10132-4, webbing 50 mm. Factory certified ISO 9001:2015."),
    ("p", "For Ganga Saddlery Works Pvt. Ltd. - Rakesh Agarwal, Export Manager"),
], title="Quotation GSW/Q/2024/031", author="Ganga Saddlery Works")

_t01 = """Morning Rakesh,

Please find our PO HC-PO-24117 below for the sample trees, as discussed on the phone Tuesday.
Your quotation GSW/Q/2024/031 is attached for reference so our accounts can match up the prices.

PO HC-PO-24117
Item: HC-ST-175W spring tree 17.5in, wide fit, to DRG 2400 Rev 6
Qty: twelve (12) pcs @ GBP 38.50
Delivery: DAP Walsall, wk 16
Invoice to: accounts.payable@hartleycrane.co.uk quoting the PO no.

Please confirm receipt and a ship date. Any queries give me a shout.

Cheers,
Gareth
""" + S_GARETH
case("p01_uk_sample_po_mail_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 trees with the attached quote showing 600 / 1.200 production; nothing says the balance is not released, no unlock event, no release person",
     [("PO_HC-PO-24117.eml", eml(mail(GARETH, RAKESH, "PO HC-PO-24117 - spring trees",
                                      "Thu, 29 Feb 2024 08:47:12 +0000", _t01, html=html_mail(_t01),
                                      attachments=[("GSW-Q-2024-031.pdf", _q01, PDF_MT)])))])

# p02 -- German SAP PO, 24 pairs sample stirrups, quoted production 2.400 printed beside it,
#        release authority named, no hold, no event.
_p02 = pdf([
    ("h1", "Bestellung / Purchase Order 4500091203"),
    ("p", RB + " - Lindhooper Str. 61 - 27283 Verden (Aller) - USt-IdNr. DE 116 372 904"),
    ("p", "Lieferant / Supplier: " + AN + ", Daska Road, Sialkot 51310, Pakistan - Lief.-Nr. 70412"),
    ("p", "Datum / Date: 05.03.2024    Ihr Angebot / your offer: AN-2024-118 of 22.02.2024"),
    ("sp",),
    ("table", [
        ["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "ME", "Preis EUR", "Wert EUR"],
        ["10", "SS-120-316", "Sicherheitssteigbuegel / safety stirrup 120 mm, 316L, black rubber tread - Muster / sample",
         "24", "PR", "18,40", "441,60"],
    ]),
    ("sp",),
    ("h", "Angebotene Serienmenge / quoted production quantity (offer AN-2024-118)"),
    ("table", [
        ["Material", "Menge / Qty", "Preis EUR", "Liefertermin / delivery"],
        ["SS-120-316", "2.400 PR", "11,95", "KW 30 - KW 38 / 2024"],
    ]),
    ("sp",),
    ("p", "Freigabeberechtigt / release authority for this article: Dr. Matthias Kröger, Leitung Einkauf."),
    ("p", "Material 316L to EN 10088-3, EN 10204 3.1 certificate with each shipment. Supplier must hold "
          "ISO 9001:2015. Lieferbedingung DAP Verden, Incoterms 2020. Zahlung 60 Tage netto."),
    ("p", "Bitte Auftragsbestätigung innerhalb 3 Arbeitstagen / please confirm within 3 working days."),
], title="Bestellung 4500091203", author="Reitsport Brandtner GmbH")
case("p02_de_sap_po_stirrups_quoted_series_qty", ["RG001", "RG003", "RG004"],
     "sample PO for 24 pairs prints the quoted 2.400 series quantity beside it with no hold and no unlock event; release authority is named",
     [("Bestellung_4500091203.pdf", _p02)])

# p03 -- WhatsApp: complete scope at the start, later an unscoped 'Approved, go ahead' on a buckle choice.
_c03 = """[04/03/2024, 10:02:41] Ciarán Doyle: Morning Rui. PO KSS-2291 is gone to you by email. Just so we're clear on it: it's for 10 sample girths only (GT-48-ANA, 48in, havana). The other 290 on your quote are NOT released - they're on hold till the samples are signed off here and I send you a written release for them.
[04/03/2024, 10:15:09] Rui Carvalho: Good morning Ciarán, received, thank you. 10 samples only, the 290 we keep on hold until your written release. Samples ready in 3 weeks
[04/03/2024, 10:15:33] Rui Carvalho: 👍
[19/03/2024, 15:20:02] Rui Carvalho: <attached: 00000041-PHOTO-2024-03-19-15-20-02.jpg>
[19/03/2024, 15:21:47] Rui Carvalho: Ciarán for the buckles we have two option, brass or stainless. Stainless is +0,35 EUR per girth. Which you prefer?
[19/03/2024, 16:48:13] Ciarán Doyle: Stainless looks far better. Approved, go ahead 👍
[19/03/2024, 16:49:30] Rui Carvalho: Perfect, thank you! Have a nice evening
"""
case("p03_ie_whatsapp_buckle_go_ahead", ["RG002"],
     "scope is complete earlier in the chat, but 'Approved, go ahead' on the buckle finish names neither sample-only nor a quantity",
     [("WhatsApp_Chat_Rui_Carvalho.txt", _c03)])

# p04 -- two-level thread: label artwork + PO workflow 'approved', then unscoped 'go ahead'.
_orig04 = """Dear Sunny,

please find our PO 4500091340 in the portal: 30 sample turnout rugs TR-1200D-63 (1200D ripstop,
250 g fill, navy/silver), sizes 5'9 to 6'9 as per size split in the PO.
The balance of 1.170 rugs from your offer JM-Q-2405 is not released. It stays on hold until
Anke Wiese (QA) has signed off the samples and Dr. Matthias Kröger releases it in writing.

Best regards
Jörg Lammert"""
_sup04 = """Dear Jörg,

hangtag and care label artwork attached, please approve. Also PO 4500091340 is still showing
"in approval" in your portal, we cannot print the PO label yet. When all approved we can go?

Best regards
Sunny Zhao
Hebei Jinma Equestrian

On Tue, 5 Mar 2024 at 14:02, Jörg Lammert wrote:
""" + quote(_orig04)
_t04 = """Hi Sunny,

label artwork is approved, and PO 4500091340 is approved now by our finance too, so everything is
approved from our side - please go ahead.

Best regards / Mit freundlichen Grüßen
Jörg Lammert
""" + S_JOERG + """
-----Original Message-----
From: Sunny Zhao <sunny@jinma-equestrian.cn>
Sent: Monday, 11 March 2024 03:12
To: Joerg Lammert
Subject: RE: PO 4500091340 turnout rugs samples

""" + quote(_sup04)
case("p04_de_cn_thread_everything_approved_go_ahead", ["RG002", "RG009"],
     "quoted buyer scope is complete; the reply uses 'approved' for label artwork and for the PO workflow and ends with an unscoped 'please go ahead'",
     [("RE_PO_4500091340_rugs.eml", eml(mail(JOERG, SUNNY, "RE: RE: PO 4500091340 turnout rugs samples",
                                             "Mon, 11 Mar 2024 09:31:55 +0100", _t04,
                                             in_reply_to="<h169-cn-5521@jinma-equestrian.cn>")))])

# p05 -- Sage printout: sample lot, balance on hold 'until further notice', release authority named.
_p05 = """HARTLEY & CRANE SADDLERY LTD                                    PURCHASE ORDER
Reedswood Way, Walsall WS2 8XT                                   Page 1 of 1
VAT Reg GB 184 2291 07
------------------------------------------------------------------------------------
PO Number   : HC-PO-24162                 Order Date : 06/03/2024
Supplier    : SUP0417  SELARIA VALE DO SOUSA LDA
              RUA DA INDUSTRIA 212, 4610-105 FELGUEIRAS, PORTUGAL
Buyer       : R.FOULKES                    Currency   : EUR
Deliver to  : MAIN WAREHOUSE, BAY 4        Terms      : 60 DAYS EOM
------------------------------------------------------------------------------------
Line Item           Description                         Qty  Unit   Price     Value
---- -------------- ----------------------------------- ---- ---- -------- ---------
001  GT-48-ANA-HV   ANATOMIC GIRTH 48IN HAVANA SAMPLE     10   EA    31.20    312.00
002  CARR           CARRIAGE - DHL EXPRESS                1   EA    45.00     45.00
                                                                  ------- ---------
                                                          TOTAL EUR          357.00
------------------------------------------------------------------------------------
ORDER NOTES:
 SAMPLE LOT ONLY. QTY 10 IS THE ONLY QTY RELEASED ON THIS PO.
 BALANCE OF 290 PCS PER QUOTE VDS-0311 IS NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
 RELEASE AUTHORITY FOR THE BALANCE: RACHEL FOULKES, SENIOR BUYER.
 BUCKLES STAINLESS, ELASTIC BOTH ENDS, STITCHING 8 SPI. REF DRG 0448 REV 3.
------------------------------------------------------------------------------------
Printed 06/03/2024 11:42 by RFOULKES                       Sage 200 PO Print v4.2
"""
case("p05_uk_sage_po_hold_until_further_notice", ["RG004"],
     "sample qty, hold and a named release authority are stated, but 'on hold until further notice' names no unlock event",
     [("HC-PO-24162_print.txt", _p05)])

# p06 -- AU/CN minutes: hold + event stated, release 'from our side' only.
_p06 = docx_bytes([
    ("h1", "Minutes - video call Dunmore Rural / Hebei Jinma"),
    ("p", "Subject: TL-600-AL trailer tack locker (600 mm, 1.5 mm aluminium chequer plate, "
          "M8x1.25 mounting studs)"),
    ("p", "Date: Thursday 14 March 2024, 11:00 AEST / 09:00 CST. Teams."),
    ("p", "Present: Bronwyn Taylor, Mick Henderson (Dunmore Rural); Sunny Zhao, Liu Qiang (Jinma)."),
    ("h", "1. Purchase order"),
    ("p", "PO DRS-PO-88140 has gone out for six (6) sample lockers. That is the only quantity "
          "released at this stage."),
    ("h", "2. Production quantity"),
    ("p", "The quoted production qty of 240 (quote JM-Q-2402) is not released. It stays on hold "
          "until the samples have passed our fit-up test on the Trailmaster 2-horse float and "
          "been signed off. A written release will then come from our side."),
    ("h", "3. Material"),
    ("p", "Jinma to buy chequer plate, gas struts and locks for the 6 samples only."),
    ("h", "4. Other"),
    ("p", "Jinma to send the lock supplier's salt spray report (ISO 9227, 480 h). Next call "
          "Thursday 28 March."),
    ("h", "Actions"),
    ("table", [["#", "Action", "Who", "When"],
               ["1", "Confirm sample ETD", "Sunny", "18/03"],
               ["2", "Salt spray report for locks", "Liu Qiang", "22/03"],
               ["3", "Book fit-up test slot with the float", "Mick", "on arrival"]]),
], author="Mick Henderson")
case("p06_au_cn_minutes_release_from_our_side", ["RG005"],
     "6 samples active, 240 on hold until sample sign-off and written release, but the release comes only 'from our side' - no named person",
     [("Minutes_2024-03-14_tack_locker.docx", _p06)])

# p07 -- German buyer portal: hold + revised PO event, only departments named.
_p07 = html_page("Lieferantenportal - Bestellung 4500091412", """
<div style="background:#1d3b2a;color:#fff;padding:6px 10px"><b>Reitsport Brandtner</b> &middot; Lieferantenportal / Supplier Portal</div>
<p>Angemeldet als / logged in as: <b>VDS_FELGUEIRAS (70388)</b></p>
<h2>Bestellung / Purchase order 4500091412</h2>
<table>
<tr><th>Bestelldatum</th><td>07.03.2024</td><th>Status</th><td>Übermittelt / transmitted</td></tr>
<tr><th>Lieferant</th><td>Selaria Vale do Sousa, Lda. (70388)</td><th>Kontakt</th><td>Einkauf Hartwaren, einkauf-hw@reitsport-brandtner.de</td></tr>
<tr><th>Angebot</th><td>VDS-0402 vom 19.02.2024</td><th>Incoterm</th><td>DAP Verden</td></tr>
</table>
<h3>Positionen / lines</h3>
<table>
<tr><th>Pos.</th><th>Material</th><th>Beschreibung</th><th>Menge</th><th>ME</th><th>Preis EUR</th></tr>
<tr><td>10</td><td>GT-65-DRS</td><td>Dressurgurt / dressage girth 65 cm, schwarz, Elastik beidseitig - Muster</td><td>12</td><td>ST</td><td>22,40</td></tr>
</table>
<div class="note"><b>Hinweis / scope of this order:</b> Musterbestellung / sample order. Only position 10
(12 pcs samples) is released. The production quantity of 588 pcs from offer VDS-0402 is blocked and
not released; it will only be ordered by a revised PO after sample approval by our quality department.</div>
<p>Bitte bestätigen Sie die Bestellung über den Button unten. / Please confirm via the button below.</p>
<p><button>Auftragsbestätigung senden</button></p>
<p style="font-size:11px;color:#666">Reitsport Brandtner GmbH &middot; Lindhooper Str. 61 &middot; 27283 Verden &middot; HRB 1207 Amtsgericht Walsrode</p>
""", lang="de")
case("p07_de_portal_po_quality_department", ["RG005"],
     "12 samples released, 588 blocked until sample approval and a revised PO, but only 'our quality department' / a purchasing mailbox is named",
     [("portal_PO_4500091412.html", _p07)])

# p08 -- Indian supplier status report: material bought for 600 while 12 released.
_p08 = pdf([
    ("h1", "Weekly Production Status Report - Week 12/2024"),
    ("p", "From: " + GS + ", Kanpur    To: " + HC + ", Walsall    Date: 22.03.2024"),
    ("p", "Ref.: PO HC-PO-24131 - spring tree HC-ST-175W, 17.5 in, wide fit (DRG 2400 Rev 6)"),
    ("sp",),
    ("table", [
        ["Item", "Qty released (PO)", "Produced", "Despatched", "Status"],
        ["HC-ST-175W sample", "12", "12", "0", "Final QC on 25.03, DHL on 26.03"],
        ["HC-ST-175W balance", "0 (on hold)", "0", "0", "Awaiting your written release after sample sign-off"],
    ]),
    ("sp",),
    ("h", "Raw material position"),
    ("table", [
        ["Material", "Qty procured", "Covers", "Remarks"],
        ["Beech veneer laminate 2.2 mm", "1.450 sq ft", "600 trees", "Received in store 18.03"],
        ["Spring steel strip EN 10132-4", "380 kg", "600 trees", "Received"],
        ["Webbing 50 mm", "2.400 m", "600 trees", "PO on mill, due 02.04"],
    ]),
    ("sp",),
    ("p", "Remarks: As per your PO only twelve (12) samples are released and the balance 588 pcs "
          "is on hold for your written release after sample sign-off, which we have noted. However "
          "to save the lead time we have already procured beech laminate, spring steel and webbing "
          "for the full six hundred (600) pcs, kindly note. Same will be kept in our store till "
          "your release."),
    ("p", "Prepared by: Anil Kumar Verma, Production In-charge    Checked: Rakesh Agarwal"),
], title="Status report wk12", author="Ganga Saddlery Works")
case("p08_in_status_report_material_for_600", ["RG006"],
     "supplier report: 12 samples released, balance on hold, yet laminate, steel and webbing procured for all 600 without any material authority",
     [("GSW_status_report_wk12.pdf", _p08)])

# p09 -- WeChat: buyer sets sample-only material, supplier has cut fabric for 2000.
_c09 = """WeChat chat history with Lily Wang (Jinma)
Exported 2024-03-21

2024-03-18 08:02:11 Bronwyn Taylor
Hi Lily, just confirming PO DRS-PO-88102 is for 40 sample rugs only (TR-1200D-63, sizes 5'9 to 6'6). The other 1,960 are not released - they stay on hold until Shane O'Rourke signs off the samples and I give you a written release. Material for the 40 only please.

2024-03-18 09:47:30 Lily Wang
Hi Bronwyn, good morning. Noted, 40 pcs sample, 10 pcs each size

2024-03-18 09:48:02 Lily Wang
Btw the fabric 1200D ripstop and 250g fill for all 2000 pcs we already cut last week, because the fabric mill MOQ is 6000 m and before was Chinese New Year. No problem, we keep in our warehouse 😊

2024-03-18 09:48:40 Lily Wang
[Photo]

2024-03-18 09:49:15 Lily Wang
Sample ETD 5 April
"""
case("p09_au_cn_wechat_fabric_cut_2000", ["RG006"],
     "buyer limits material to the 40 samples; supplier reports fabric and fill cut for all 2000 rugs",
     [("WeChat_Lily_Wang_export.txt", _c09)])

# p10 -- Pakistani supplier acknowledgement: roll straight into balance after sample approval,
#        bar stock bought for 2.400.  Quoted buyer scope complete.
_orig10 = """G'day Imran,

PO DRS-PO-88117 is in the supplier hub for 24 pairs of sample stirrups (SS-120-316, 120 mm /
4.75in tread) only. The rest of your quoted 2,400 (so 2,376 pairs) is not released. It stays on
hold until Shane O'Rourke has signed off the samples and I send you a separate written release.

Cheers,
Bronwyn"""
_t10 = """Dear Bronwyn Madam,

Greetings from Sialkot!

We acknowledge with thanks receipt of your PO DRS-PO-88117 for twenty four (24) pairs sample
stirrups. Samples will be despatched by DHL within 15 days, tracking no. will be shared.

Kindly note that after your sample approval we shall straight away start the balance 2.376 pairs
without waiting, so that your season delivery is not disturbed. For this we have also purchased
316L bar stock for the complete 2.400 pairs from our regular mill in Lahore.

Looking forward for your kind cooperation.

Thanks and best regards,
Muhammad Imran
""" + S_IMRAN + """
On Wed, 6 Mar 2024 at 10:14, Bronwyn Taylor <bronwyn.taylor@dunmorerural.com.au> wrote:
""" + quote(_orig10)
case("p10_pk_ack_straight_into_balance", ["RG006", "RG007"],
     "supplier will start the 2.376 balance straight after sample approval (no release) and has bought 316L bar for 2.400; quoted buyer scope is complete",
     [("RE_PO_DRS-PO-88117.eml", eml(mail(IMRAN, BRONWYN, "RE: PO DRS-PO-88117 sample stirrups",
                                          "Thu, 7 Mar 2024 06:22:40 +0500", _t10,
                                          in_reply_to="<h169-au-1177@dunmorerural.com.au>")))])

# p11 -- Teams: buyer's own written-release rule, then 'once Helen's happy just crack on with the 588'.
_c11 = """Chat: Hartley & Crane / Ganga - trees (external)
Participants: Rachel Foulkes, Pooja Mishra, Rakesh Agarwal

Rachel Foulkes  07/03/2024 09:14
Morning both. PO HC-PO-24139 is for 12 sample trees (HC-ST-175W, 17.5in wide). The balance of 588 is not released - we release it only by a written release from Helen Price after sample sign-off.

Pooja Mishra  07/03/2024 09:31
Good morning Rachel ma'am, noted with thanks. 12 samples only.

Pooja Mishra  25/03/2024 12:05
Samples delivered at your Walsall warehouse today as per DHL.

Rachel Foulkes  25/03/2024 15:40
Brill, thanks Pooja. Helen's having a look at them Thursday. Tbh once she's happy with them just crack on with the other 588, no need to wait for paperwork from us, we're really tight on time for the autumn range.

Pooja Mishra  25/03/2024 15:52
Noted ma'am, we will start the 588 once Helen ma'am gives OK on the samples 👍
"""
case("p11_uk_in_teams_crack_on_after_samples", ["RG007"],
     "buyer first requires a written release, then tells the supplier to start the 588 as soon as the samples are liked, without a recorded auto-conversion",
     [("Teams_chat_trees.txt", _c11)])

# p12 -- Australian PO: FY forecast written as a firm PO for 2,400 rugs.
_p12 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", DR + " - ABN 41 093 558 712 - 14 Carroll Street, Toowoomba QLD 4350"),
    ("table", [
        ["PO number", "DRS-PO-88155", "Date", "11/03/2024"],
        ["Supplier", JM, "Supplier no.", "V-2207"],
        ["Buyer", "Bronwyn Taylor", "Terms", "FOB Tianjin, 30% T/T deposit, 70% vs B/L copy"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit AUD", "Ext AUD"],
        ["1", "TR-1200D-63", "Turnout rug 1200D ripstop, 250 g fill, navy/sky, sizes per split below",
         "2,400", "61.80", "148,320.00"],
    ]),
    ("sp",),
    ("h", "Size split"),
    ("table", [
        ["5'6", "5'9", "6'0", "6'3", "6'6", "6'9", "Total"],
        ["200", "400", "550", "600", "450", "200", "2,400"],
    ]),
    ("sp",),
    ("p", "Order note: quantity is our FY2024/25 rug forecast from the category plan. Please treat "
          "this PO as our firm order and book line capacity for the full 2,400 for shipment "
          "Jan-Feb 2025."),
    ("p", "Labelling: swing tag with EAN-13, size and care label per Dunmore Supplier Manual "
          "rev 7, section 4.2. Cartons max 18 kg."),
], title="PO DRS-PO-88155", author="Dunmore Rural Supplies")
case("p12_au_po_forecast_as_firm", ["RG008"],
     "the PO states its 2,400 quantity is the FY forecast and tells the supplier to treat it as a firm order",
     [("PO_DRS-PO-88155.pdf", _p12)])

# p13 -- Pakistani supplier books a labelled forecast as 'confirmed order'.
_orig13 = """Dear Mr. Tariq,

for your capacity planning please find our forecast for 2025 for the loose ring snaffle
BT-125-LR (125 mm, 14 mm mouth, stainless steel): approx. 5.000 pcs, split over Q1-Q4.
This is a forecast only and not an order. Orders will follow quarterly by separate PO.

Best regards
Katrin Vogel
Reitsport Brandtner GmbH"""
_t13 = """Dear Ms. Vogel,

Assalam-o-Alaikum and greetings from Sialkot.

Thank you very much for your confirmed order of 5.000 pcs BT-125-LR for the year 2025. We have
booked this order in our system under our ref. ANS/SO/25/014 and reserved capacity of 1.250 pcs
per quarter in our polishing section. Proforma invoice will follow in next days.

Best regards,
Usman Tariq
""" + S_USMAN + """
-------- Original message --------
From: Katrin Vogel <k.vogel@reitsport-brandtner.de>
Date: 12/03/2024 15:40 (GMT+01:00)
To: Usman Tariq <usman.tariq@alnoorsaddlery.pk>
Subject: Forecast 2025 BT-125-LR

""" + quote(_orig13)
case("p13_pk_forecast_booked_as_order", ["RG008"],
     "buyer's mail is labelled 'forecast only and not an order'; the supplier books it as a confirmed order of 5.000",
     [("RE_2025_BT-125-LR.eml", eml(mail(USMAN, KATRIN, "RE: Forecast 2025 BT-125-LR",
                                         "Wed, 13 Mar 2024 10:05:18 +0500", _t13,
                                         in_reply_to="<h169-de-3304@reitsport-brandtner.de>")))])

# p14 -- UK sample evaluation record: 'released' used for drawing, samples, PO and production.
_p14 = docx_bytes([
    ("h1", "Sample Evaluation & Release Record SER-2024-014"),
    ("table", [["Part", "HC-ST-175W spring tree 17.5in, wide fit"],
               ["Supplier", GS],
               ["PO", "HC-PO-24148 (12 sample trees)"],
               ["Drawing", "DRG 2400 Rev 6"],
               ["Date", "20/03/2024"]]),
    ("h", "Checks"),
    ("table", [["Check", "Spec", "Result"],
               ["Gullet width at D", "11.5 cm +/- 2 mm", "11.4 - 11.6 cm, OK"],
               ["Rail symmetry / twist", "max 3 mm", "1 - 2 mm, OK"],
               ["Spring tension, 20 cycles", "no set > 2 mm", "OK"],
               ["Head plate fixing rivets", "6 per side", "OK"]]),
    ("h", "Release"),
    ("li", "Drawing DRG 2400 Rev 6: released by Product Development on 14/03/2024."),
    ("li", "Samples (12 pcs): released - conform to DRG 2400 Rev 6."),
    ("li", "PO HC-PO-24148: released in Sage by Finance on 06/03/2024."),
    ("li", "Production: the 12 samples are released now; the balance of 588 trees is not released "
           "and stays on hold until Helen Price issues a written production release after this "
           "record has been countersigned."),
    ("sp",),
    ("table", [["Role", "Name", "Signature / date"],
               ["QC inspection", "Dave Whitehouse", "DW 20/03/2024"],
               ["Head of Product Development", "Helen Price", ""]]),
], author="Dave Whitehouse")
case("p14_uk_record_release_four_meanings", ["RG009"],
     "'released' is used for the drawing, the technical sample result, the PO workflow and production; scope itself is complete",
     [("SER-2024-014.docx", _p14)])

# p15 -- Irish mail saved as text: sample go-ahead without quantity.
_t15 = """From: Aoife Brennan <aoife@kildarestudsupplies.ie>
Sent: Monday 11 March 2024 11:02
To: Usman Tariq <usman.tariq@alnoorsaddlery.pk>
Cc: Ciarán Doyle <ciaran@kildarestudsupplies.ie>
Subject: Eggbutt bits - samples

Hi Usman,

Thanks for the quote, that's grand. Please go ahead with the sample bits only, eggbutt 5in
(BT-127-EB) as per your quote ANS-Q-5561, with the copper roller mouth and the KSS stamp on the
ring.

The production quantity is not released. It stays on hold until Ciarán Doyle has signed off the
samples and sends you a written release.

Can you send the DHL tracking when they go out.

Kind regards,
Aoife

Aoife Brennan | Purchasing | Kildare Stud Supplies Ltd | Millennium Park, Naas, Co. Kildare
T +353 45 883 210
"""
case("p15_ie_mail_samples_no_quantity", ["RG010"],
     "sample-only go-ahead with hold, event and named releaser, but the number of sample bits is never stated (only 'as per your quote', not in the bundle)",
     [("Eggbutt_bits_samples.txt", _t15)])

# p16 -- Australian buyer portal: sample PO with quantity 'TBC'.
_p16 = html_page("Supplier Hub - DRS-PO-88163", """
<div style="background:#5a3d1e;color:#fff;padding:6px 10px"><b>Dunmore Rural Supplies</b> | Supplier Hub</div>
<p>Supplier: <b>Ganga Saddlery Works Pvt. Ltd.</b> (V-3140) &nbsp; | &nbsp; <a href="#">Log out</a></p>
<h2>Purchase Order DRS-PO-88163 &mdash; Sample order</h2>
<table>
<tr><th>Raised</th><td>12/03/2024</td><th>Buyer</th><td>Bronwyn Taylor</td></tr>
<tr><th>Ship via</th><td>Courier (DHL acct 96 044 117)</td><th>Deliver to</th><td>DC Toowoomba, Dock 2</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit AUD</th></tr>
<tr><td>1</td><td>GT-125-LTH</td><td>Leather girth 125 cm, elastic one end, brown, stainless roller buckles</td><td>TBC (per sample request SR-0419)</td><td>EA</td><td>n/c</td></tr>
</table>
<div class="note"><b>Scope:</b> This PO covers the sample lot only. The production quantity is NOT released
and stays on hold until our QA (Shane O'Rourke) signs off the samples and Bronwyn Taylor issues a written release.</div>
<p><button>Acknowledge PO</button> <button>Message buyer</button></p>
""")
case("p16_au_portal_sample_qty_tbc", ["RG010"],
     "sample PO states hold, unlock event and release person, but the sample quantity is 'TBC (per sample request)'",
     [("SupplierHub_DRS-PO-88163.html", _p16)])

# p17 -- Irish PDF PO: header/scope says 24 samples, the line says twenty (20).
_p17 = pdf([
    ("h1", "Purchase Order KSS-2304"),
    ("p", KS + " - Millennium Park, Naas, Co. Kildare, W91 K2P7 - VAT IE 6388217P"),
    ("table", [["Supplier", AN + ", Sialkot, Pakistan"],
               ["Order type", "SAMPLE - 24 pcs"],
               ["Date", "08/03/2024"],
               ["Your quote", "ANS-Q-5548 (1,200 pcs production)"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "BT-125-LR", "Loose ring snaffle 125 mm, 14 mm mouth, stainless, KSS stamp",
                "twenty (20) pcs", "7,85", "157,00"]]),
    ("sp",),
    ("p", "Scope: sample lot of twenty-four (24) loose rings only. The remaining 1,176 on your quote "
          "stay on hold - not released - until the samples are signed off here and Ciarán Doyle "
          "releases them in writing."),
    ("p", "Delivery: DHL Express to Naas. Invoice in EUR. Commercial invoice + packing list with "
          "the shipment."),
    ("p", "Authorised: Aoife Brennan, Purchasing"),
], title="PO KSS-2304", author="Kildare Stud Supplies")
case("p17_ie_po_24_vs_20", ["RG011"],
     "one PO gives the sample quantity as 24 (header and scope note) and as twenty (20) on the line (EUR 157,00 = 20 x 7,85)",
     [("PO_KSS-2304.pdf", _p17)])

# p18 -- multi-file: ERP PO print (30 pairs, HC-PO-24175) + cover mail (36 pairs, HC-PO-24157).
_p18po = """HARTLEY & CRANE SADDLERY LTD                                    PURCHASE ORDER
Reedswood Way, Walsall WS2 8XT                                   Page 1 of 1
------------------------------------------------------------------------------------
PO Number   : HC-PO-24175                 Order Date : 12/03/2024
Supplier    : SUP0522  AL-NOOR SADDLERY INDUSTRIES (PVT) LTD
              DASKA ROAD, SIALKOT 51310, PAKISTAN
Buyer       : G.MOSS                       Currency   : GBP
------------------------------------------------------------------------------------
Line Item           Description                         Qty  Unit   Price     Value
---- -------------- ----------------------------------- ---- ---- -------- ---------
001  SS-120-316     SAFETY STIRRUP 120MM 316L SAMPLE      30   PR     9.80    294.00
                                                                  ------- ---------
                                                          TOTAL GBP          294.00
------------------------------------------------------------------------------------
ORDER NOTES:
 SAMPLE LOT: 30 PAIRS ONLY.
 BALANCE 570 PAIRS (QUOTE ANS-Q-5571, 600 PR) NOT RELEASED - ON HOLD UNTIL SAMPLE
 SIGN-OFF AND WRITTEN RELEASE BY HELEN PRICE, HEAD OF PRODUCT DEVELOPMENT.
 TREAD RUBBER BLACK, ANTI-SLIP. ISO 9001:2015 CERT REQUIRED.
------------------------------------------------------------------------------------
Printed 12/03/2024 16:05 by GMOSS                          Sage 200 PO Print v4.2
"""
_t18 = """Dear Imran,

Our PO HC-PO-24157 for the sample stirrups follows from the system separately. It covers
thirty-six (36) pairs of SS-120-316 safety stirrups, 120mm, black tread.

The remaining 564 pairs from your quote stay on hold and are not released until Helen Price has
signed off the samples and releases them in writing.

Best regards,
Gareth
""" + S_GARETH
case("p18_uk_pk_po_print_and_cover_mail_disagree", ["RG011"],
     "the PO print says 30 pairs / balance 570 on HC-PO-24175; the cover mail says 36 pairs / 564 on HC-PO-24157",
     [("HC-PO-24175_print.txt", _p18po),
      ("Sample_stirrups_PO.eml", eml(mail(GARETH, IMRAN, "Sample stirrups - PO",
                                          "Tue, 12 Mar 2024 16:21:09 +0000", _t18)))])

# p19 -- WhatsApp: supplier starts the 234 because the deposit came in.
_c19 = """12/03/2024, 08:11 - Bronwyn Taylor: Hi Sunny, PO DRS-PO-88171 is in the hub: 6 sample tack lockers TL-600-AL only. The other 234 on your quote are on hold and not released until Shane O'Rourke signs off the samples and I send you a written release.
12/03/2024, 09:02 - Sunny Zhao: Received Bronwyn. Also we received your 30% deposit for the whole order today, thank you!!
12/03/2024, 09:05 - Bronwyn Taylor: No worries, finance paid it early with the tooling invoice.
12/03/2024, 09:20 - Sunny Zhao: OK. Deposit received so we start production of the 234 next Monday, to catch the vessel in May 🚢
12/03/2024, 09:21 - Sunny Zhao: Samples will be ready 25 March
"""
case("p19_au_cn_whatsapp_deposit_start_234", ["RG012"],
     "buyer scope is complete; the supplier treats the deposit as the trigger to start the 234 on hold",
     [("WhatsApp_Chat_with_Sunny_Zhao.txt", _c19)])

# p20 -- Indian supplier: 'as PO is accepted' the full 1.200 go into production.
_orig20 = """Dear Mr. Agarwal,

attached our PO 4500091455 for 12 sample girths GT-130-LE (130 cm, elastic both sides, black).
The production quantity of 1.188 pcs is NOT released. Release only by a written release from
Dr. Matthias Kröger after Anke Wiese has signed off the samples.

Best regards
Katrin Vogel"""
_t20 = """Dear Katrin Ma'am,

Greetings from Kanpur.

We are pleased to accept your PO 4500091455 and the same is duly confirmed from our end. As the PO
is accepted, we have put the full lot of 1.200 pcs into production today itself so that shipment
can be done before your autumn season.

Samples (12 pcs) will be couriered by 20th March.

Thanks & regards,
Rakesh Agarwal
""" + S_RAKESH + """
On Fri, Mar 8, 2024 at 2:10 PM Katrin Vogel <k.vogel@reitsport-brandtner.de> wrote:
""" + quote(_orig20)
case("p20_in_de_po_accepted_full_lot", ["RG012"],
     "supplier reads its own PO acceptance as authority to produce the full 1.200; quoted buyer scope is complete",
     [("RE_PO_4500091455.eml", eml(mail(RAKESH, KATRIN, "RE: PO 4500091455 sample girths",
                                        "Mon, 11 Mar 2024 12:48:03 +0530", _t20, html=html_mail(_t20),
                                        in_reply_to="<h169-de-3311@reitsport-brandtner.de>")))])

# p21 -- AU mail + DOCX spec: 'run the first 60 hay racks', nothing about the rest.
_d21 = docx_bytes([
    ("h1", "Product specification - HR-900-GAL galvanised hay rack"),
    ("table", [["Item", "HR-900-GAL"],
               ["Width", "900 mm"],
               ["Rod", "10 mm round bar, bars at 100 mm centres"],
               ["Finish", "hot-dip galvanised to EN ISO 1461, min. 55 um average"],
               ["Fixings", "4 x M10 coach screw holes, 12 mm"],
               ["Weight", "approx. 6.2 kg"],
               ["Packing", "2 pcs per carton, cartons max 18 kg, Dunmore barcode label"]]),
    ("p", "Drawing DRS-D-0977 rev B. Sharp edges and galvanising spikes to be removed. "
          "Any change to rod size needs Dunmore QA sign-off."),
], author="Shane O'Rourke")
_t21 = """Hi Lily,

Samples passed our checks here, thanks for getting them over so quick.

Please run the first 60 hay racks HR-900-GAL for the Toowoomba and Dalby store openings, ship
FOB Tianjin by 30 April. Spec sheet attached again so the factory has the latest (rev B drawing).

Docs as usual: commercial invoice, packing list, galv certificate.

Cheers,
Mick
""" + S_MICK
case("p21_au_cn_first_60_hay_racks", ["RG003", "RG004", "RG005"],
     "partial authorization ('the first 60') never says the rest is not released, names no unlock event and no release person",
     [("First_run_hay_racks.eml", eml(mail(MICK, LILY, "Hay racks HR-900-GAL - first run",
                                           "Fri, 15 Mar 2024 14:33:27 +1000", _t21,
                                           attachments=[("HR-900-GAL_spec.docx", _d21, DOCX_MT)])))])

# p22 -- EDIFACT ORDERS interpreted printout: sample order, nothing on the balance.
_p22 = """EDIFACT ORDERS D.96A - INTERPRETED VIEW                     Printed 2024-03-15 07:58
Interchange  : 240315075511  Sender 4012345000009 (REITSPORT BRANDTNER)  Recipient 5600000031887
-------------------------------------------------------------------------------------------
UNH  1  ORDERS:D:96A:UN:EAN008
BGM  220  4500091490  9                          Order / Bestellung, original
DTM  137:20240315:102                            Document date 15.03.2024
DTM  2:20240412:102                              Requested delivery 12.04.2024
RFF  ON:4500091490
NAD  BY  4012345000009  REITSPORT BRANDTNER GMBH, LINDHOOPER STR. 61, 27283 VERDEN
NAD  SU  5600000031887  SELARIA VALE DO SOUSA LDA, 4610-105 FELGUEIRAS, PT
CUX  2:EUR:9
LIN  1    GT-65-DRS:SA
IMD  F  DRESSURGURT 65 CM SCHWARZ ELASTIK BEIDS. / DRESSAGE GIRTH 65CM BLACK - MUSTER/SAMPLE
QTY  21:20:PCE                                   Ordered quantity 20
PRI  AAA:38,90:CT                                Net price 38,90 EUR
FTX  ORI  MUSTERBESTELLUNG / SAMPLE ORDER ACC. TO OFFER VDS-0455. LEATHER 3,2 MM.
UNS  S
CNT  2:1
UNT  15  1
-------------------------------------------------------------------------------------------
Status: transmitted via AS2 2024-03-15 07:55:11  MDN received 07:55:14
"""
case("p22_de_pt_edi_orders_sample_only", ["RG003", "RG004", "RG005"],
     "EDI sample order for 20 girths; says nothing about the production balance, no unlock event, no release person",
     [("ORDERS_4500091490.txt", _p22)])

# p23 -- UK supplier-portal PO view: sample 6 lockers, quoted production 180 in a column, no hold.
_p23 = html_page("H&C Supplier Portal - HC-PO-24190", """
<h2>Hartley &amp; Crane Saddlery - Supplier Portal</h2>
<p>Supplier: <b>Hebei Jinma Equestrian Products Co., Ltd.</b> (SUP0611) &middot; User: sunny.zhao</p>
<h3>Purchase order HC-PO-24190</h3>
<table>
<tr><th>Order date</th><td>13/03/2024</td><th>Buyer</th><td>Gareth Moss</td></tr>
<tr><th>Incoterm</th><td>FOB Xingang</td><th>Currency</th><td>GBP</td></tr>
</table>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Order qty</th><th>Quoted prod. qty (JM-Q-2418)</th><th>Unit GBP</th><th>Need by</th></tr>
<tr><td>1</td><td>TL-600-AL</td><td>Horse-trailer tack locker 600 mm, 1.5 mm chequer plate, 2 saddle racks, lockable - SAMPLE</td><td>6</td><td>180</td><td>142.00</td><td>26/04/2024</td></tr>
</table>
<p>Attachments: DRG 2410 Rev 2 (PDF), packaging spec HC-PK-07.</p>
<p><button>Acknowledge</button> <button>Propose new date</button></p>
""")
case("p23_uk_portal_sample_with_quoted_prod_column", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 6 sample lockers shows the quoted production quantity 180 beside it with no hold, no unlock event and no release person",
     [("HC_portal_PO_24190.html", _p23)])

# p24 -- Irish PDF PO: 10 sample rugs + 'season forecast 400 - firm commitment'.
_p24 = pdf([
    ("h1", "PURCHASE ORDER KSS-2312"),
    ("p", KS + ", Millennium Park, Naas, Co. Kildare"),
    ("table", [["To", JM], ["Date", "13/03/2024"], ["Currency", "EUR"],
               ["Release authority", "Ciarán Doyle, Managing Director"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "EUR each"],
               ["1", "TR-1200D-63-KG", "Turnout rug 1200D, 250 g fill, Kildare green / gold binding - sample",
                "10", "58,00"]]),
    ("sp",),
    ("p", "Season 2024/25: our winter forecast is 400 rugs (5'9 to 6'9). Take this as our firm "
          "commitment and plan your line time accordingly; sizes to follow."),
    ("p", "Embroidery: KSS logo left chest, 9 cm. Binding colour Pantone 7753 C."),
    ("p", "Signed: Aoife Brennan, Purchasing"),
], title="PO KSS-2312", author="Kildare Stud Supplies")
case("p24_ie_po_sample_plus_firm_forecast", ["RG001", "RG003", "RG004", "RG008"],
     "10 sample rugs beside a 400 winter forecast declared a 'firm commitment'; no hold on the balance, no unlock event; release authority is named",
     [("PO_KSS-2312.pdf", _p24)])

# p25 -- multi-file: AU sample PO (20 bits, no hold) + Pakistani proforma with bulk 2,000
#        'production will start on receipt of advance'.
_p25po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("table", [["PO number", "DRS-PO-88180", "Date", "14/03/2024"],
               ["Supplier", AN, "Supplier no.", "V-2290"],
               ["Buyer", "Bronwyn Taylor", "Ship", "Air courier, DAP Toowoomba"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
               ["1", "BT-125-LR", "Loose ring snaffle 125 mm (5in), 14 mm mouth, stainless - sample",
                "20", "9.40", "188.00"]]),
    ("sp",),
    ("p", "Sample order. Please ship by air with commercial invoice. Quote ANS-Q-5590 refers."),
    ("p", DR + " - 14 Carroll Street, Toowoomba QLD 4350 - accounts.payable@dunmorerural.com.au"),
], title="PO DRS-PO-88180", author="Dunmore Rural Supplies")
_p25pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", AN + " - Daska Road, Sialkot 51310, Pakistan - NTN 2918846-3"),
    ("table", [["PI No.", "ANS/PI/24/077", "Date", "16.03.2024"],
               ["Buyer", DR, "Your PO", "DRS-PO-88180"]]),
    ("sp",),
    ("table", [["S.No", "Description", "Qty", "Rate USD", "Amount USD"],
               ["1", "BT-125-LR loose ring snaffle 125 mm, samples", "20 pcs", "9.40", "188.00"],
               ["2", "Bulk order as per our quotation ANS-Q-5590", "2,000 pcs", "5.85", "11,700.00"],
               ["", "Advance 30% on bulk", "", "", "3,510.00"]]),
    ("sp",),
    ("p", "Terms: Production of bulk will start on receipt of the advance payment. Balance 70% "
          "against copy of B/L. Delivery 60 days from receipt of advance."),
    ("p", "Bank: Meezan Bank Ltd, Paris Road Branch Sialkot, IBAN PK36 MEZN 0002 1001 0724 8830, "
          "SWIFT MEZNPKKA."),
], title="PI ANS/PI/24/077", author="Al-Noor Saddlery Industries")
case("p25_au_pk_sample_po_and_proforma_bulk_on_advance", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "sample PO for 20 without any hold/event/releaser; the proforma lists bulk 2,000 unmarked and says bulk production starts on receipt of the advance",
     [("PO_DRS-PO-88180.pdf", _p25po), ("PI_ANS-PI-24-077.pdf", _p25pi)])

# p26 -- Teams: 8 sample girths, 'full run is 480', release authority named, no hold.
_c26 = """Chat: H&C / Ganga girths (external)

Rachel Foulkes  14/03/2024 10:12
Hi Pooja, PO HC-PO-24201 raised this morning for 8 sample girths GT-50-ANA black (50in). Full run is 480 pcs, your quote GSW/Q/2024/044. Helen Price is release authority on our side.

Pooja Mishra  14/03/2024 10:20
Thank you Rachel ma'am, noted. 8 samples will be ready by 28th. Buckle same as last time, brass?

Rachel Foulkes  14/03/2024 10:24
Stainless please, and the elastic both ends.

Pooja Mishra  14/03/2024 10:25
👍 noted
"""
case("p26_uk_in_teams_samples_full_run_480", ["RG001", "RG003", "RG004"],
     "8 sample girths next to 'Full run is 480' with nothing saying the 480 is not released and no unlock event; release authority is named",
     [("Teams_chat_girths_0314.txt", _c26)])

# p27 -- two-level thread: 'approved! Please go ahead' after a 'can we proceed with production?'.
_orig27 = """Dear Mr. Carvalho,

our PO 4500091468 covers 12 sample dressage girths GT-65-DRS only. The balance of 588 pcs is not
released; it needs a separate written release by Dr. Matthias Kröger after the samples are signed
off by our QA.

Mit freundlichen Grüßen / best regards
Katrin Vogel"""
_sup27 = """Dear Katrin,

the 12 samples arrived to you on Monday, I hope all is fine. Can we proceed with the production?
Our line is free in April.

Best regards,
Rui

Rui Carvalho | Selaria Vale do Sousa, Lda.

De: Katrin Vogel <k.vogel@reitsport-brandtner.de>
Enviada: 29 de fevereiro de 2024 09:12
Assunto: PO 4500091468

""" + quote(_orig27)
_t27 = """Dear Rui,

samples look very good, our QA is happy - approved! Please go ahead.

Kind regards
Katrin Vogel
""" + S_KATRIN + """
Von: Rui Carvalho <rui.carvalho@valedosousa.pt>
Gesendet: Mittwoch, 20. März 2024 10:40
An: Katrin Vogel
Betreff: RE: PO 4500091468

""" + quote(_sup27)
case("p27_de_pt_thread_samples_approved_go_ahead", ["RG002", "RG007"],
     "to 'can we proceed with the production?' the buyer answers 'approved! Please go ahead' - unscoped, and the sample approval replaces her own written-release requirement",
     [("RE_RE_PO_4500091468.eml", eml(mail(KATRIN, RUI, "RE: RE: PO 4500091468",
                                           "Wed, 20 Mar 2024 11:02:36 +0100", _t27,
                                           in_reply_to="<h169-pt-0207@valedosousa.pt>")))])

# p28 -- WhatsApp: deposit paid -> 'you're good to go'.
_c28 = """[13/03/2024, 7:58:02 AM] Mick Henderson: Rakesh, PO DRS-PO-88190 for 15 sample girths (GT-125-LTH, 125cm leather, brown) is in the hub. The balance of 585 from your quote is on hold - not released until Shane's signed off the samples and Bronwyn Taylor sends you a written release.
[13/03/2024, 8:20:45 AM] Rakesh Agarwal: Noted sir 🙏 15 samples only. Sir proforma for 30% advance also sent yesterday on mail
[13/03/2024, 8:21:10 AM] Mick Henderson: yep got it, accounts will sort
[21/03/2024, 4:02:37 PM] Rakesh Agarwal: Good evening sir, advance amount received today, thank you. Can we go ahead?
[21/03/2024, 4:15:03 PM] Mick Henderson: Yep deposit's paid, you're good to go mate 👍
[21/03/2024, 4:15:40 PM] Rakesh Agarwal: Thank you sir 🙏
"""
case("p28_au_in_whatsapp_deposit_good_to_go", ["RG002", "RG012"],
     "scope set at the start; later 'deposit's paid, you're good to go' - an unscoped go-ahead triggered by the payment",
     [("WhatsApp_Chat_Rakesh_Agarwal.txt", _c28)])

# p29 -- German visit report: hangtag 'approved', prices 'approved', 'all approved - may proceed'.
_p29 = docx_bytes([
    ("h1", "Besuchsbericht / Visit report - Selaria Vale do Sousa, Felgueiras"),
    ("p", "Date: 07.03.2024. Participants: Jörg Lammert, Anke Wiese (Reitsport Brandtner); "
          "Rui Carvalho, Inês Marques (Vale do Sousa)."),
    ("h", "1. Order status"),
    ("p", "PO 4500091501 covers 12 sample dressage girths GT-65-DRS only. The balance of 588 pcs "
          "from offer VDS-0455 is not released; it stays on hold until Dr. Matthias Kröger "
          "releases it in writing after sample sign-off."),
    ("h", "2. Hangtag and packaging"),
    ("p", "New hangtag design (FSC board, 2 colours) approved by Anke Wiese. Polybag with "
          "suffocation warning in DE/EN/FR."),
    ("h", "3. Prices 2024"),
    ("p", "Price increase of 3,5 % (leather surcharge) approved by our management; new price "
          "EUR 40,26 per girth from 01.04.2024."),
    ("h", "4. Result"),
    ("p", "All open points approved - Vale do Sousa may proceed."),
    ("h", "5. Factory tour"),
    ("p", "Cutting room, 4 stitching lines, edge painting. Capacity approx. 1 170 girths per month. "
          "Tannery in Alcanena, leather 3,2 mm."),
], author="Joerg Lammert")
case("p29_de_pt_visit_report_all_approved_proceed", ["RG002", "RG009"],
     "'approved' for hangtag design and for prices, then 'All open points approved - may proceed' without scope; the order status itself is complete",
     [("Besuchsbericht_Felgueiras_2024-03-07.docx", _p29)])

# p30 -- forwarded engineering approval (rfc822) + 'Green light from our side', quoted PO scope below.
_fwd30 = mail(ANKE, KATRIN, "Zeichnung BT-125-LR Rev C", "Tue, 12 Mar 2024 16:44:02 +0100",
              """Hallo Katrin,

drawing BT-125-LR Rev C is approved from QA side. 14 mm mouthpiece instead of 16 mm is fine, ring
diameter 65 mm unchanged. Please pass on to Al-Noor.

VG Anke

Anke Wiese | Qualitätssicherung | Reitsport Brandtner GmbH
""")
_orig30 = """Dear Mr. Imran,

PO 4500091177: 24 sample loose ring snaffles BT-125-LR only. The balance of 1.176 pcs is not
released - on hold until sample sign-off by Anke Wiese and a written release by Dr. Matthias Kröger.

Best regards
Katrin Vogel"""
_t30 = """Dear Imran,

see forwarded below: our QA has approved drawing BT-125-LR Rev C (mouthpiece 14 mm instead of
16 mm). Green light from our side.

Best regards
Katrin Vogel
""" + S_KATRIN + """
On 01.03.2024 at 09:30, Katrin Vogel wrote:
""" + quote(_orig30)
case("p30_de_pk_forwarded_drawing_green_light", ["RG002"],
     "quoted PO scope is complete; the new mail forwards a drawing approval and adds an unscoped 'Green light from our side'",
     [("FW_drawing_BT-125-LR_RevC.eml", eml(mail(KATRIN, IMRAN, "FW: Zeichnung BT-125-LR Rev C",
                                                 "Wed, 13 Mar 2024 08:15:44 +0100", _t30,
                                                 attachments=[("rfc822", _fwd30)])))])

# p31 -- Chinese supplier to Irish stud-farm supplier: steel for 150 sets, 'no need new PO'.
_orig31 = """Hi Sunny,

PO KSS-2320 is for 2 sample stable door grille sets only (SG-1200, 1200 x 700 mm, anti-chew
top rail, galvanised + black powder coat). The other 148 sets are on hold, not released, until I
have the samples up on a door here and send you a written release.

Declan"""
_t31 = """Dear Declan,

The 2 sample grille sets sent today by DHL, AWB 47 1183 2290.

To save time we have already ordered the galvanised steel tube and sheet for the whole 150 sets.
After you approve the sample, the production will go immediately, no need new PO or other paper,
so we can ship in June.

Best regards
Sunny Zhao
""" + S_SUNNY + """
------------------ Original ------------------
From: "Declan Hurley" <declan@kildarestudsupplies.ie>
Date: Mon, Mar 4, 2024 05:20 PM
To: "Sunny Zhao" <sunny@jinma-equestrian.cn>
Subject: PO KSS-2320 grilles

""" + quote(_orig31)
case("p31_cn_ie_steel_for_150_roll_after_approval", ["RG006", "RG007"],
     "supplier bought steel for all 150 sets and will roll into production on sample approval, ignoring the quoted written-release requirement",
     [("RE_PO_KSS-2320_grilles.eml", eml(mail(SUNNY, DECLAN, "RE: PO KSS-2320 grilles",
                                              "Tue, 19 Mar 2024 17:06:51 +0800", _t31,
                                              in_reply_to="<h169-ie-0944@kildarestudsupplies.ie>")))])

# p32 -- Chinese MRP printout: customer forecast converted to firm SO, material PO for 1.800.
_p32 = """HEBEI JINMA EQUESTRIAN PRODUCTS CO., LTD.            MRP NET REQUIREMENT REPORT
ERP: KIS V15.1  run 2024-03-20 06:00  user: LIUQ                       page 1/1
==========================================================================================
Customer  : C0031 REITSPORT BRANDTNER GMBH (DE)
Item      : TR-1200D-63  TURNOUT RUG 1200D 250G NAVY/SILVER
Customer release on file : PO 4500091340  SAMPLE 30 PCS
Demand source            : CUSTOMER FORECAST FC-2024-Q3  --> CONVERTED TO SALES ORDER SO-240311 (FIRM)
Demand qty (SO-240311)   : 1.800 PCS   due 2024-07-15
------------------------------------------------------------------------------------------
Component                       Per   Gross req   On hand   Net req   Action     Vendor PO
------------------------------- ----- ---------- --------- --------- ---------- -----------
F-1200D-NVY ripstop 1200D navy  3.5m    6.300 m     410 m   5.890 m  PO RAISED  VPO-24-0388
FL-250 polyfill 250g            2.9m    5.220 m       0 m   5.220 m  PO RAISED  VPO-24-0389
L-210T lining 210T              3.1m    5.580 m     900 m   4.680 m  PO RAISED  VPO-24-0390
B-25 binding tape 25mm          9.0m   16.200 m   2.000 m  14.200 m  PO RAISED  VPO-24-0391
HW-SS surcingle + leg strap kit 1 set  1.800 set     40 set 1.760 set PO RAISED  VPO-24-0392
==========================================================================================
Note: forecast FC-2024-Q3 set to FIRM by sales (S.Zhao) 2024-03-19 to secure fabric price.
"""
case("p32_cn_mrp_forecast_firm_material_raised", ["RG006", "RG008"],
     "supplier MRP converts the customer forecast to a firm sales order of 1.800 and raises material POs for it while only 30 samples are released",
     [("MRP_net_req_TR-1200D-63.txt", _p32)])

# p33 -- Portuguese supplier: deposit = confirmation, leather for 300, cutting next week.
_orig33 = """Hello Inês,

PO HC-PO-24210 is for 10 sample girths GT-48-ANA (havana, 48in) only. The balance of 290 is on
hold and not released until the samples are signed off and Rachel Foulkes sends a written release.

Thanks,
Rachel"""
_t33 = """Dear Rachel,

Thank you for the 30% deposit for the girths, received today in our bank.

With the deposit we have the confirmation, so we ordered already the leather (vegetable tanned,
2,2 mm, havana) for all 300 girths and we start the cutting next week. Samples will go by DHL on
Friday.

Best regards,
Inês Marques
""" + S_INES + """
De: Rachel Foulkes <rachel.foulkes@hartleycrane.co.uk>
Enviada: terça-feira, 5 de março de 2024 10:14
Para: Ines Marques <ines.marques@valedosousa.pt>
Assunto: PO HC-PO-24210

""" + quote(_orig33)
case("p33_pt_uk_deposit_leather_for_300", ["RG006", "RG012"],
     "supplier treats the deposit as confirmation to start, buys leather for all 300 and plans cutting; quoted buyer scope is complete",
     [("RE_PO_HC-PO-24210.eml", eml(mail(INES, RACHEL, "RE: PO HC-PO-24210",
                                         "Thu, 14 Mar 2024 16:27:09 +0000", _t33,
                                         in_reply_to="<h169-uk-7702@hartleycrane.co.uk>")))])

# p34 -- Pakistani status report: released 24 in header, 30 in table; castings ordered for 2.400.
_p34 = pdf([
    ("h1", "ORDER STATUS REPORT"),
    ("p", AN + ", Sialkot - for " + RB + ", Verden"),
    ("table", [["PO", "4500091522"], ["Article", "SS-120-316 safety stirrup 120 mm, 316L"],
               ["Released quantity", "24 pairs (sample)"], ["Report date", "18.03.2024"]]),
    ("sp",),
    ("table", [["Stage", "PO qty released", "Done", "Remarks"],
               ["Investment casting", "30 pairs", "30 pairs", "ok"],
               ["Polishing", "30 pairs", "18 pairs", "in process"],
               ["Rubber tread fitting", "30 pairs", "0", "treads arrived"],
               ["Packing / dispatch", "30 pairs", "0", "DHL 25.03"]]),
    ("sp",),
    ("p", "Material: 316L wax patterns and casting steel for 2.400 pairs ordered from our foundry "
          "partner to get better price and time. Balance production on hold as per your PO until "
          "written release by Dr. Kröger."),
    ("p", "Usman Tariq, Merchandiser"),
], title="Order status 4500091522", author="Al-Noor Saddlery Industries")
case("p34_pk_status_24_vs_30_castings_2400", ["RG006", "RG011"],
     "supplier report gives the released quantity as 24 pairs in the header and 30 pairs in the table, and has ordered casting material for 2.400",
     [("Order_status_4500091522.pdf", _p34)])

# p35 -- UK minutes: budget approved, written release required, then 'crack on once Helen's happy'.
_p35 = docx_bytes([
    ("h1", "Meeting notes - saddle tree supply review"),
    ("p", "Walsall, 15/03/2024. Present: Simon Adeyemi, Helen Price, Gareth Moss (H&C); "
          "Rakesh Agarwal (Ganga, visiting)."),
    ("num", "Budget: FY24/25 tree budget approved by Simon Adeyemi (GBP 31,000)."),
    ("num", "PO HC-PO-24225: 12 sample trees HC-ST-175W. The 588 balance is not released; it "
            "needs a written release from Helen Price."),
    ("num", "Samples: to be approved by Helen at the fitting session on 21/03 (3 horses, Pessoa "
            "jumping panel)."),
    ("num", "Rakesh asked if Ganga can roll straight into the 588 once the samples are approved, "
            "as beech laminate lead time is long. Gareth: yes, should be fine - just crack on "
            "once Helen's happy, we'll catch up with the paperwork later."),
    ("num", "AOB: carton marking to change to HC-PK-07, from next shipment."),
    ("p", "Notes: G. Moss"),
], author="Gareth Moss")
case("p35_uk_minutes_budget_approved_crack_on", ["RG007", "RG009"],
     "the notes require a written release for the 588, then agree to start them once the samples are approved; 'approved' covers budget and samples",
     [("Notes_tree_review_2024-03-15.docx", _p35)])

# p36 -- WeChat: supplier says deposit = confirmed, and start 790 directly after sample approval.
_c36 = """WeChat chat history with Lily Wang
Exported 2024-03-19

2024-03-11 10:14:52 Katrin Vogel
Hello Lily, PO 4500091533 is for 10 sample hay racks HR-900-GAL only. The remaining 790 pcs are not released; they stay on hold until sample sign-off by Anke Wiese and a written release by Dr. Kröger.

2024-03-11 16:40:09 Lily Wang
Dear Katrin, received, thank you. Samples ETD 29 March

2024-03-18 09:12:33 Lily Wang
Also we receive your deposit 30% today, thank you 🙏

2024-03-18 09:13:20 Lily Wang
Since deposit is paid, the order is confirmed for us. When Anke approve the samples we start the 790 directly, no need to wait more paper 😊
"""
case("p36_de_cn_wechat_deposit_confirmed_then_790", ["RG007", "RG012"],
     "supplier treats the deposit as order confirmation and will start the 790 on sample approval without the written release",
     [("WeChat_export_Lily_Wang_0319.txt", _c36)])

# p37 -- Portuguese supplier portal: forecast shown as confirmed order in production plan.
_p37 = html_page("Vale do Sousa - Portal de Clientes - Carteira de encomendas", """
<h2>Selaria Vale do Sousa &middot; Portal de Clientes</h2>
<p>Carteira de encomendas / order book &middot; atualizado 18/03/2024 07:30</p>
<table>
<tr><th>Cliente</th><th>Ref. cliente</th><th>Artigo</th><th>Qtd.</th><th>Tipo</th><th>Estado / status</th></tr>
<tr><td>Kildare Stud Supplies</td><td>KSS-FC-2025</td><td>GT-48-ANA girth 48in havana</td><td>800</td><td>Forecast 2025</td><td>CONFIRMED ORDER - in production plan wk 20-30</td></tr>
<tr><td>Kildare Stud Supplies</td><td>KSS-2291</td><td>GT-48-ANA girth 48in havana</td><td>10</td><td>Sample order</td><td>Samples in production, ETD 25/03</td></tr>
<tr><td>Equi Norte, S.L.</td><td>EN-0417</td><td>GT-125-SYN girth 125cm</td><td>240</td><td>Order</td><td>Shipped 12/03</td></tr>
</table>
<p style="font-size:11px">Vale do Sousa, Lda. &middot; Felgueiras &middot; ISO 9001:2015 cert. n.º 2011/CEP.4471</p>
""", lang="pt")
case("p37_pt_portal_order_book_forecast_confirmed", ["RG008"],
     "supplier order book shows the customer's 2025 forecast of 800 as 'CONFIRMED ORDER - in production plan'",
     [("Portal_carteira_encomendas.html", _p37)])

# p38 -- Pakistani mail as text: forecast + capacity fee -> 'firm order and production started'.
_t38 = """From: Muhammad Imran <imran@alnoorsaddlery.pk>
Sent: 19 March 2024 11:40
To: Bronwyn Taylor <bronwyn.taylor@dunmorerural.com.au>
Subject: RE: FY25 stirrups

Dear Bronwyn Madam,

Thank you for sharing your FY25 forecast of 3,000 pairs SS-120-316. We have received your advance
payment of USD 4,500 against this forecast, therefore we consider the 3,000 pairs as firm order and
production is started from today. First lot 1,000 pairs ready mid of May In Sha Allah.

Thanks and best regards,
Muhammad Imran
Marketing Manager, Al-Noor Saddlery Industries (Pvt) Ltd, Sialkot

-----Original Message-----
From: Bronwyn Taylor
Sent: 15 March 2024 09:02
Subject: FY25 stirrups

Hi Imran,
Please find our FY25 forecast for your capacity planning: 3,000 pairs SS-120-316 (monthly split
attached). The USD 4,500 capacity reservation fee from our last call has been paid today.
Cheers, Bronwyn
"""
case("p38_pk_au_forecast_paid_firm_production_started", ["RG008", "RG012"],
     "supplier turns a forecast into a 'firm order' and starts production because the capacity fee was paid",
     [("RE_FY25_stirrups.txt", _t38)])

# p39 -- Irish release note: 'release' for technical, commercial and production; no quantity.
_p39 = pdf([
    ("h1", "RELEASE NOTE No. R-07"),
    ("p", KS + " to " + VS),
    ("table", [["Order", "KSS-2335 - anatomic girth GT-48-ANA, 48in, black"],
               ["Date", "18/03/2024"], ["Issued by", "Ciarán Doyle, Managing Director"]]),
    ("sp",),
    ("h", "1. Samples"),
    ("p", "Samples released - our vet and saddle fitter confirm fit on six horses (technical release)."),
    ("h", "2. Purchase order"),
    ("p", "PO KSS-2335 released by accounts on 12/03/2024 (commercial release)."),
    ("h", "3. Production release"),
    ("p", "The pre-series lot as per your quote is released now. The remaining production quantity "
          "stays on hold until Ciarán Doyle releases it in writing after the pre-series has been "
          "checked here."),
    ("p", "Signed: Ciarán Doyle"),
], title="Release note R-07", author="Kildare Stud Supplies")
case("p39_ie_release_note_three_releases_no_qty", ["RG009", "RG010"],
     "'release' is used for the technical sample result, the PO workflow and production; the pre-series lot released now has no quantity",
     [("Release_note_R-07.pdf", _p39)])

# p40 -- German mail: samples approved (QA), PO approved in SAP for 30; active now 24.
_t40 = """Dear Mr. Imran,

the sample stirrups are approved by our QA (Anke Wiese) - dimensions ok, 3.1 certificate for 316L
ok, tread rubber ok. PO 4500091540 is approved in SAP for 30 pairs.

Active now: 24 pairs pre-series only. The balance of 2.376 pairs is not released and stays on hold
until Dr. Matthias Kröger releases it in writing after the pre-series has been checked.

Best regards
Katrin Vogel
""" + S_KATRIN
case("p40_de_pk_approved_twice_30_vs_24", ["RG009", "RG011"],
     "'approved' for the QA sample result and the SAP PO workflow; the PO is said to cover 30 pairs while 'active now' is 24",
     [("PO_4500091540_pre-series.eml", eml(mail(KATRIN, IMRAN, "PO 4500091540 pre-series stirrups",
                                                "Thu, 21 Mar 2024 13:58:10 +0100", _t40,
                                                html=html_mail(_t40))))])

# p41 -- German sample order form: no quantity, only departments.
_p41 = docx_bytes([
    ("h1", "Musterbestellung / Sample order form"),
    ("table", [["Lieferant / supplier", GS + ", Kanpur"],
               ["Artikel / article", "GT-130-LE elastic girth 130 cm, black, stainless roller buckles"],
               ["Menge / quantity", "Muster wie auf der Spoga Horse besprochen / samples as discussed at Spoga Horse"],
               ["Liefertermin / delivery", "KW 15 / 2024, DAP Verden"],
               ["Angebot / offer", "GSW/Q/2024/039"]]),
    ("sp",),
    ("p", "Production quantity: not released. It stays blocked until the samples have been signed "
          "off and a revised PO has been issued by Purchasing."),
    ("p", "Ausgestellt / issued: Einkauf Hartwaren / Purchasing dept., Reitsport Brandtner GmbH"),
], author="Einkauf")
case("p41_de_sample_form_no_qty_dept_only", ["RG005", "RG010"],
     "sample order form with hold and revised-PO event, but no sample quantity and only 'Purchasing dept.' as releaser",
     [("Musterbestellung_GT-130-LE.docx", _p41)])

# p42 -- Teams: 'crack on with the sample girths now', PO to follow.
_c42 = """Chat: Gareth Moss / Rui Carvalho (external)

Gareth Moss  11/03/2024 14:02
Afternoon Rui. Sage is playing up so the PO will follow tomorrow, but crack on with the sample girths now please, we need them for Badminton.

Rui Carvalho  11/03/2024 14:10
Hi Gareth, ok we start the samples today. Which colour, havana or black?

Gareth Moss  11/03/2024 14:12
havana. cheers

Rui Carvalho  11/03/2024 14:13
👍
"""
case("p42_uk_pt_teams_crack_on_samples", ["RG003", "RG004", "RG005", "RG010"],
     "sample go-ahead with no quantity and nothing on the balance, no unlock event, no release person",
     [("Teams_Gareth_Rui.txt", _c42)])

# p43 -- AU mail: samples per quote (no qty), 'once QA approved roll straight into production'.
_t43 = """Hi Sunny,

Please go ahead with the sample tack lockers as per your quote JM-Q-2418 - I'm the release
authority for this range. Once our QA has approved the samples just roll straight into the
production run so we make the October shipment, no need to wait for anything from me.

Cheers,
Bronwyn
""" + S_BRONWYN
case("p43_au_cn_samples_per_quote_roll_straight", ["RG007", "RG010"],
     "sample lockers 'as per your quote' with no quantity; production is to follow automatically on QA approval without a recorded auto-conversion",
     [("Sample_tack_lockers.eml", eml(mail(BRONWYN, SUNNY, "Sample tack lockers JM-Q-2418",
                                           "Mon, 18 Mar 2024 08:40:00 +1000", _t43,
                                           html=html_mail(_t43))))])

# p44 -- multi-file: AU portal PO 6 samples, supplier OC 8 samples, WhatsApp neutral.
_p44po = html_page("Supplier Hub - DRS-PO-88201", """
<div style="background:#5a3d1e;color:#fff;padding:6px 10px"><b>Dunmore Rural Supplies</b> | Supplier Hub</div>
<h2>Purchase Order DRS-PO-88201</h2>
<table>
<tr><th>Supplier</th><td>Hebei Jinma Equestrian Products Co., Ltd. (V-2207)</td><th>Raised</th><td>15/03/2024</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit AUD</th></tr>
<tr><td>1</td><td>TL-600-AL</td><td>Trailer tack locker 600 mm, sample</td><td>6</td><td>228.00</td></tr>
</table>
<div class="note">Sample order: six (6) lockers. The balance of 234 on quote JM-Q-2418 is not released and
stays on hold until Shane O'Rourke signs off the samples and Bronwyn Taylor issues a written release.</div>
""")
_p44oc = pdf([
    ("h1", "ORDER CONFIRMATION JM-OC-24031"),
    ("p", JM + ", Dingzhou, Hebei"),
    ("table", [["Customer", DR], ["Customer PO", "DRS-PO-88201"], ["Date", "2024-03-17"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit AUD", "Amount AUD"],
               ["TL-600-AL", "Tack locker 600 mm, sample", "8", "228.00", "1,824.00"]]),
    ("sp",),
    ("p", "Balance 232 pcs on hold, waiting for your written release after sample sign-off."),
    ("p", "Sample ETD 2024-04-12 by air. Sunny Zhao, Sales Manager"),
], title="OC JM-OC-24031", author="Hebei Jinma")
_c44 = """17/03/2024, 15:02 - Sunny Zhao: Hi Bronwyn, OC for the sample lockers sent by email, please check. Samples ETD 12 April
17/03/2024, 15:40 - Bronwyn Taylor: Thanks Sunny, will do
"""
case("p44_au_cn_portal_6_oc_8", ["RG011"],
     "buyer PO: 6 samples / balance 234; supplier order confirmation for the same PO: 8 samples / balance 232",
     [("SupplierHub_DRS-PO-88201.html", _p44po), ("OC_JM-OC-24031.pdf", _p44oc),
      ("WhatsApp_Chat_Sunny_0317.txt", _c44)])

# p45 -- multi-file: cover mail 10 / 290, PO PDF 12 / 288, supplier quote.
_t45 = """Hi Rakesh,

Attached PO KSS-2341 for ten (10) sample girths GT-50-ANA (50in, brown, elastic one end), and
your quote for reference. The 290 balance is on hold and not released until the samples are signed
off and Ciarán Doyle releases it in writing.

Kind regards,
Aoife
""" + S_AOIFE
_p45po = pdf([
    ("h1", "Purchase Order KSS-2341"),
    ("p", KS + ", Naas, Co. Kildare"),
    ("table", [["Supplier", GS + ", Kanpur"], ["Date", "19/03/2024"], ["Currency", "EUR"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "EUR each", "Total"],
               ["1", "GT-50-ANA-BR", "Anatomic girth 50in brown, elastic one end - sample", "12", "19,60", "235,20"]]),
    ("sp",),
    ("p", "Sample lot 12 pcs only. Balance 288 not released; on hold until sample sign-off and "
          "written release by Ciarán Doyle."),
], title="PO KSS-2341", author="Kildare Stud Supplies")
_p45q = pdf([
    ("h1", "QUOTATION GSW/Q/2024/047"),
    ("p", GS + ", Kanpur - to " + KS + " - 11.03.2024"),
    ("table", [["Item", "Description", "Qty", "Rate EUR"],
               ["GT-50-ANA-BR", "Anatomic girth 50in brown, elastic one end", "10-12 (samples)", "19,60"],
               ["GT-50-ANA-BR", "same", "300", "12,35"]]),
    ("p", "Validity 60 days. FOB Kanpur ICD. Leather: buffalo, veg tanned, 3.5-4.0 mm."),
], title="Quotation GSW/Q/2024/047", author="Ganga Saddlery Works")
case("p45_ie_in_cover_10_po_12", ["RG011"],
     "cover mail: 10 samples / 290 balance; attached-in-folder PO: 12 samples / 288 balance for the same PO KSS-2341",
     [("PO_KSS-2341_cover.eml", eml(mail(AOIFE, RAKESH, "PO KSS-2341 sample girths",
                                         "Tue, 19 Mar 2024 10:12:45 +0000", _t45))),
      ("PO_KSS-2341.pdf", _p45po), ("Quotation_GSW-Q-2024-047.pdf", _p45q)])


# =================================================================== CLEAN
# c01 -- supplier quote with sample / production tiers only.
_c01 = pdf([
    ("h1", "QUOTATION GSW/Q/2024/052"),
    ("p", GS + " - Jajmau Industrial Area, Kanpur 208010 (U.P.) - IEC 0596011823"),
    ("p", "To: " + HC + ", Walsall   Kind Attn.: Ms. Helen Price   Date: 04.03.2024"),
    ("p", "Sub: Quotation for close-contact spring tree, as per your enquiry dated 27.02.2024"),
    ("sp",),
    ("table", [["S.No.", "Item", "Qty (pcs)", "Rate GBP", "Lead time"],
               ["1", "HC-ST-170CC close contact tree 17in, medium, DRG 2450 Rev 2 - samples", "6", "41.00", "3 weeks"],
               ["2", "same - production", "300", "26.20", "8 weeks from written release"],
               ["3", "same - production", "600", "24.60", "8 weeks from written release"],
               ["4", "same - production", "1.200", "23.40", "10 weeks from written release"]]),
    ("sp",),
    ("p", "Notes: rates FOB Kanpur, valid 60 days. Spring steel EN 10132-4. Tooling charges nil. "
          "Factory audited BSCI 2023, ISO 9001:2015 certified."),
    ("p", "Hope you will find our rates in order and we look forward to your valued enquiry."),
    ("p", "For Ganga Saddlery Works Pvt. Ltd.  -  Rakesh Agarwal, Export Manager"),
], title="Quotation GSW/Q/2024/052", author="Ganga Saddlery Works")
case("c01_in_quote_tiers", [],
     "supplier quotation with sample and three production tiers; no authorization in the bundle",
     [("Quotation_GSW-Q-2024-052.pdf", _c01)])

# c02 -- RFQ with several quantity scenarios, multipart/alternative.
_t_c02 = """Hi Sunny,

RFQ-2024-017 - horse-trailer tack locker TL-600-AL (600 mm, 1.5 mm chequer plate, 2 saddle
racks, bridle hooks, key lock, M8x1.25 studs).

Could you please quote us for the following quantities:
  - 6 samples
  - 120 pcs
  - 240 pcs
  - 480 pcs
FOB Xingang and CIF Brisbane, with lead times for each. Drawing DRS-D-1021 rev A attached to
the hub.

This is a request for quotation only - it's not an order, so please don't make or buy anything
against it. Quotes by 29 March if you can.

Cheers,
Bronwyn
""" + S_BRONWYN
case("c02_au_rfq_quantity_scenarios", [],
     "RFQ asking for prices at 6 / 120 / 240 / 480 and saying it is not an order",
     [("RFQ-2024-017_tack_locker.eml", eml(mail(BRONWYN, SUNNY, "RFQ-2024-017 TL-600-AL tack locker",
                                                "Tue, 19 Mar 2024 09:05:00 +1000", _t_c02,
                                                html=html_mail(_t_c02))))])

# c03 -- Teams: supplier asks for the go-ahead on the balance; buyer says no.
_c03 = """Chat: H&C / Ganga trees (external)

Rachel Foulkes  05/03/2024 11:20
PO HC-PO-24230: 12 sample trees HC-ST-175W only. Balance 588 not released - on hold until Helen Price gives a written release after sample sign-off.

Pooja Mishra  05/03/2024 11:34
Noted ma'am 🙏

Pooja Mishra  26/03/2024 10:02
Replying to Rachel Foulkes: "PO HC-PO-24230: 12 sample trees HC-ST-175W only. Balance 588 not released..."
Rachel ma'am, samples despatched today by FedEx, AWB 7712 4410 0918. Can we have the go-ahead for the balance 588 so we can book the beech laminate?

Rachel Foulkes  26/03/2024 13:47
Thanks Pooja. Not yet I'm afraid - the 588 stay on hold until Helen's signed the samples off and sent the written release. Please don't buy anything beyond the 12 for now.

Pooja Mishra  26/03/2024 13:50
Understood ma'am, we will wait.
"""
case("c03_uk_in_teams_go_ahead_question_refused", [],
     "supplier asks for the go-ahead on the 588 (a question); buyer restates the hold, event, releaser and sample-only material",
     [("Teams_chat_HC-PO-24230.txt", _c03)])

# c04 -- SAP forecast printout, clearly labelled.
_c04 = """REITSPORT BRANDTNER GMBH          LIEFERPLAN-VORSCHAU / DELIVERY FORECAST          15.03.2024
SAP ME38 / DELFOR 830-equivalent                                                  Seite 1
=============================================================================================
*** PROGNOSE - KEINE BESTELLUNG ***  *** FORECAST ONLY - NOT AN ORDER ***
=============================================================================================
Lieferant / supplier : 70455  HEBEI JINMA EQUESTRIAN PRODUCTS CO., LTD.
Material             : TR-1200D-63  Weidedecke / turnout rug 1200D 250 g
Planer / planner     : MRP Controller 014
---------------------------------------------------------------------------------------------
Zeitraum / period       Menge / qty    Basis
KW 27 - KW 30 / 2024          300      Prognose / forecast
KW 31 - KW 35 / 2024          450      Prognose / forecast
KW 36 - KW 40 / 2024          450      Prognose / forecast
                            -----
Summe / total               1.200
---------------------------------------------------------------------------------------------
This forecast is for your capacity planning only. It is not an order and does not authorize
production or the purchase of material. Firm quantities are ordered by separate PO or call-off.
Diese Vorschau ist unverbindlich.
=============================================================================================
"""
case("c04_de_sap_forecast_labelled", [],
     "delivery forecast labelled 'forecast only - not an order', no production or material authority",
     [("SAP_ME38_print_70455.txt", _c04)])

# c05 -- UK sample sign-off record: approved for fit check only; production not released.
_c05 = docx_bytes([
    ("h1", "Sample Sign-off Record SSR-2024-021"),
    ("table", [["Part", "GT-48-ANA-HV anatomic girth 48in havana"],
               ["Supplier", VS],
               ["PO issued", "HC-PO-24240 - 10 sample girths (PO issued 04/03/2024)"],
               ["Drawing", "DRG 0448 Rev 3"],
               ["Date", "02/04/2024"]]),
    ("h", "Results"),
    ("table", [["Check", "Result"],
               ["Length 48in (122 cm) +/- 1 cm", "OK, 121.5 - 122.4"],
               ["Elastic recovery after 200 cycles", "OK"],
               ["Buckle tongue, stainless, 5 mm", "OK"],
               ["Stitching 8 spi", "OK"]]),
    ("h", "Disposition"),
    ("p", "APPROVED FOR FIT CHECK ONLY. This sign-off is technical only. Production not released: "
          "the balance of 290 girths stays on hold until Rachel Foulkes issues a written production "
          "release."),
    ("table", [["Role", "Name", "Date"],
               ["QC", "Dave Whitehouse", "02/04/2024"],
               ["Product Development", "Helen Price", "02/04/2024"]]),
], author="Dave Whitehouse")
case("c05_uk_signoff_fit_check_only", [],
     "technical sign-off 'approved for fit check only', production not released, event and releaser named; terms kept apart",
     [("SSR-2024-021.docx", _c05)])

# c06 -- German buyer portal: full-quantity PO, 'proceed with the full 300'.
_c06 = html_page("Lieferantenportal - Bestellung 4500091560", """
<div style="background:#1d3b2a;color:#fff;padding:6px 10px"><b>Reitsport Brandtner</b> &middot; Lieferantenportal / Supplier Portal</div>
<h2>Bestellung / Purchase order 4500091560</h2>
<table>
<tr><th>Lieferant</th><td>Hebei Jinma Equestrian Products Co., Ltd. (70455)</td><th>Datum</th><td>14.03.2024</td></tr>
<tr><th>Incoterm</th><td>FOB Xingang</td><th>Zahlung</th><td>60 Tage netto</td></tr>
</table>
<table>
<tr><th>Pos.</th><th>Material</th><th>Beschreibung</th><th>Menge</th><th>Preis EUR</th><th>Liefertermin</th></tr>
<tr><td>10</td><td>KB-200-ZN</td><td>Kick-over stable door bolt 200 mm, zinc plated, M8 fixings</td><td>300</td><td>4,15</td><td>KW 22 / 2024</td></tr>
</table>
<div class="note">This PO is the full order quantity: 300 pcs. There is no further balance, no sample stage and no
follow-up quantity. Please proceed with the full 300 pcs.</div>
<p><button>Auftragsbestätigung senden</button></p>
""", lang="de")
case("c06_de_portal_full_quantity_proceed", [],
     "full-quantity PO ('proceed with the full 300 pcs'); no balance exists",
     [("portal_PO_4500091560.html", _c06)])

# c07 -- UK PDF PO, full quantity, many quantity-like identifiers.
_c07 = pdf([
    ("h1", "PURCHASE ORDER HC-PO-24250"),
    ("p", HC + " - Reedswood Way, Walsall WS2 8XT - VAT GB 184 2291 07"),
    ("table", [["Supplier", AN + ", Sialkot"], ["Order date", "18/03/2024"],
               ["Quote", "ANS-Q-5600 (600 pairs)"], ["Currency", "GBP"]]),
    ("sp",),
    ("table", [["Line", "Part", "Description", "Qty", "Unit", "Price", "Value"],
               ["1", "SS-120-316", "Safety stirrup 120 mm (4.75in), 316L to EN 10088-3, DRG 1200 Rev 4",
                "600", "PR", "9.80", "5,880.00"]]),
    ("sp",),
    ("p", "This PO is for the full quantity of 600 pairs. There is no sample lot and no balance on "
          "this order; samples were signed off under SSR-2024-009."),
    ("p", "Requirements: ISO 9001:2015 certified supplier; EN 10204 3.1 certificate per heat; tread "
          "screws M6x1.0 A4; salt spray ISO 9227 NSS 480 h without red rust; pallets 1200 x 800, "
          "max 1000 kg; carton label HC-PK-07; inner bag 2 pairs."),
    ("p", "Delivery: 2 x 300 pairs, wk 24 and wk 28, DAP Walsall."),
], title="PO HC-PO-24250", author="Hartley & Crane")
case("c07_uk_full_qty_po_identifiers", [],
     "full-quantity PO for 600 pairs with quantity-like identifiers (DRG 1200 Rev 4, ISO 9227 480 h, 1200 x 800, ISO 9001:2015)",
     [("PO_HC-PO-24250.pdf", _c07)])

# c08 -- EDI call-off with explicit staged material authority above the released quantity.
_c08 = """CALL-OFF / ABRUF 02            Framework agreement RV-2024-07             Printed 2024-03-19
Buyer    : REITSPORT BRANDTNER GMBH, 27283 VERDEN          (GLN 4012345000009)
Supplier : HEBEI JINMA EQUESTRIAN PRODUCTS CO., LTD.     (Lief.-Nr. 70455)
Item     : TR-1200D-63 turnout rug 1200D 250 g navy/silver
------------------------------------------------------------------------------------------
Framework quantity (RV-2024-07)          :  1.200 pcs
Delivered with call-off 01               :    300 pcs
RELEASED FOR PRODUCTION WITH THIS CALL-OFF:    300 pcs   ETD 2024-06-10
Not released (balance)                   :    600 pcs   on hold until the next written call-off
------------------------------------------------------------------------------------------
MATERIAL AUTHORITY: STAGED. Fabric, fill and lining may be bought for up to 900 pcs in total
(600 released so far + 300 staged) at Reitsport Brandtner's liability. No material beyond 900 pcs.
------------------------------------------------------------------------------------------
Call-offs are issued and signed by: Dr. Matthias Kröger, Leitung Einkauf
Signed: M. Kröger 2024-03-19
"""
case("c08_de_calloff_staged_material", [],
     "call-off releases 300 (600 in total), balance 600 on hold until the next call-off, signer named; staged material authority up to 900 stated explicitly",
     [("Abruf_02_RV-2024-07.txt", _c08)])

# c09 -- signed auto-conversion record.
_c09 = docx_bytes([
    ("h1", "Auto-conversion record AC-2024-03"),
    ("table", [["Order", "HC-ST-175W spring tree, PO HC-PO-24255 rev 1 (commercial cover: 600 trees)"],
               ["Supplier", GS],
               ["Sample lot", "12 trees (in production)"],
               ["Recorded", "04/03/2024, before the samples were made"]]),
    ("h", "Agreement"),
    ("p", "If the sample sign-off for the 12 sample trees is recorded as 'approved' by Helen Price "
          "on or before 30/04/2024, that sign-off by itself releases 288 trees (first production "
          "tranche). An interim or rejected sign-off releases nothing."),
    ("p", "The remaining 300 trees stay on hold until a separate written release by Helen Price."),
    ("p", "Material authority: staged for the 12 samples plus the 288 tranche only."),
    ("h", "Signatures"),
    ("table", [["Role", "Name", "Signature / date"],
               ["Release authority, H&C", "Helen Price, Head of Product Development", "H. Price 04/03/2024"],
               ["Acknowledged, supplier", "Rakesh Agarwal, Export Manager", "R. Agarwal 05/03/2024"]]),
], author="Helen Price")
case("c09_uk_signed_auto_conversion", [],
     "explicit, signed auto-conversion record naming the quantity (288), the signer and the conditions; rest on hold until written release",
     [("AC-2024-03_auto-conversion.docx", _c09)])

# c10 -- current scope + forwarded old quote (rfc822) declared informational.
_old10 = mail(RAKESH, GARETH, "Quotation - spring tree ST-17W (old design)", "Mon, 14 Nov 2022 11:02:00 +0530",
              """Dear Mr. Gareth,

Please find our best rates for the spring tree ST-17W:

  Qty 600 pcs   - GBP 22.80 per pc
  Qty 1,200 pcs - GBP 21.40 per pc

FOB Kanpur, validity 60 days. Lead time 8 weeks.

Thanks & regards,
Rakesh Agarwal
Ganga Saddlery Works Pvt. Ltd.
""")
_t_c10 = """Rakesh,

For info only: I've forwarded below your 2022 quote for the old ST-17W tree (600 / 1,200 pcs) -
our accounts asked for it to compare prices. It's informational, nothing in it is ordered or
released.

Current position stays as per PO HC-PO-24260: twelve (12) sample trees HC-ST-175W only. The
balance of 588 is not released and is on hold until Helen Price signs off the samples and issues
a written release.

Cheers,
Gareth
""" + S_GARETH
case("c10_uk_forwarded_old_quote_informational", [],
     "forwarded 2022 quote (600 / 1,200) declared informational; current scope complete (12 samples, 588 on hold, event, releaser)",
     [("FW_old_quote_ST-17W.eml", eml(mail(GARETH, RAKESH, "FW: Quotation - spring tree ST-17W (old design)",
                                           "Wed, 20 Mar 2024 10:31:00 +0000", _t_c10,
                                           attachments=[("rfc822", _old10)])))])

# c11 -- buyer reply correcting a quoted supplier auto-conversion line.
_sup11 = """Dear Aoife Madam,

Samples 24 pcs loose ring snaffle BT-125-LR despatched today by DHL, AWB 58 4471 0231.
After your approval of samples we will roll straight into the bulk 1,176 pcs to save time.

Regards,
Usman Tariq
Al-Noor Saddlery Industries"""
_t_c11 = """Hi Usman,

Thanks for getting the samples out - but please don't roll into the bulk. Sample approval doesn't
release it. PO KSS-2350 is for 24 sample bits only; the 1,176 stay on hold, not released, until
Ciarán Doyle sends you a written release after our sign-off. Please only buy material for the 24.

Kind regards,
Aoife
""" + S_AOIFE + """
On Fri 15 Mar 2024 at 12:10, Usman Tariq <usman.tariq@alnoorsaddlery.pk> wrote:
""" + quote(_sup11)
case("c11_ie_pk_reply_corrects_roll_into_bulk", [],
     "quoted supplier line assumes auto-conversion; the buyer's reply corrects it and restates the full scope and sample-only material",
     [("RE_samples_BT-125-LR.eml", eml(mail(AOIFE, USMAN, "RE: Samples BT-125-LR despatched",
                                            "Fri, 15 Mar 2024 12:48:30 +0000", _t_c11,
                                            in_reply_to="<h169-pk-0815@alnoorsaddlery.pk>")))])

# c12 -- WhatsApp: 'the deposit does not release production'.
_c12 = """[14/03/2024, 9:01:12 AM] Bronwyn Taylor: Sunny, deposit for the lockers paid today. PO DRS-PO-88215 is still 6 samples only - the 234 are on hold until I release them in writing after Shane's sign-off.
[14/03/2024, 9:40:55 AM] Sunny Zhao: Thank you Bronwyn, deposit received today.
[14/03/2024, 9:41:30 AM] Sunny Zhao: We understand the deposit does not release production. We make only the 6 samples and wait for your written release for 234. Material we buy only for 6
[14/03/2024, 9:43:02 AM] Bronwyn Taylor: Perfect, thanks Sunny 👍
"""
case("c12_au_cn_whatsapp_deposit_not_release", [],
     "deposit paid; both sides state it does not release production; scope and sample-only material restated",
     [("WhatsApp_Chat_Sunny_Zhao_0314.txt", _c12)])

# c13 -- Portuguese supplier acknowledgement restating the hold (DOCX).
_c13 = docx_bytes([
    ("h1", "Confirmação de Encomenda / Order Acknowledgement OA-24-118"),
    ("table", [["Cliente / customer", RB + ", Verden"],
               ["Encomenda / PO", "4500091580"],
               ["Data", "15/03/2024"]]),
    ("sp",),
    ("table", [["Artigo", "Descrição", "Qtd.", "Preço EUR"],
               ["GT-65-DRS", "Dressage girth 65 cm black - sample", "12", "22,40"]]),
    ("sp",),
    ("p", "We confirm PO 4500091580 for 12 sample girths. We understand and accept that the 588 pcs "
          "balance from our offer VDS-0455 is not released and is on hold until Reitsport "
          "Brandtner's written release, signed by Dr. Matthias Kröger, after sample sign-off."),
    ("p", "Material: we buy leather and buckles for the 12 samples only (sample-only material "
          "authority). Capacity of approx. 1 170 girths per month is available after your release."),
    ("p", "Rui Carvalho, Director Comercial"),
], author="Rui Carvalho")
case("c13_pt_acknowledgement_restates_hold", [],
     "supplier acknowledgement of 12 samples restating the hold, the unlock event, the releaser and sample-only material",
     [("OA-24-118.docx", _c13)])

# c14 -- interim sample disposition with limits and a scoped release.
_c14 = docx_bytes([
    ("h1", "Interim Sample Disposition ISD-2024-04"),
    ("table", [["Article", "TR-1200D-63 turnout rug 1200D, 250 g"],
               ["Supplier", JM],
               ["PO", "4500091340 rev 2 - commercial cover 1.200 rugs (30 samples delivered)"],
               ["Date", "02.04.2024"]]),
    ("h", "Finding"),
    ("p", "Binding stitch density 3,5 stitches/cm instead of 4/cm (spec TS-RUG-12). Function and "
          "waterproofing (2.000 mm column) ok."),
    ("h", "Disposition"),
    ("p", "INTERIM: limited to 120 rugs and valid until 30.06.2024. Corrective action due from "
          "Jinma by 30.04.2024."),
    ("h", "Production release R-01"),
    ("p", "120 rugs are released for production on the basis of this interim disposition, "
          "authorised by Dr. Matthias Kröger. The balance of 1.050 rugs is not released and stays "
          "on hold until the full sample sign-off and a further written release by Dr. Kröger."),
    ("p", "Material authority: fabric and fill for the 120 released rugs only."),
    ("table", [["QA", "Anke Wiese", "02.04.2024"],
               ["Release authority", "Dr. Matthias Kröger", "02.04.2024"]]),
], author="Anke Wiese")
case("c14_de_interim_disposition_limited_release", [],
     "interim disposition limited to 120 rugs and a date; release of 120 by a named authority, balance 1.050 on hold until full sign-off and written release",
     [("ISD-2024-04.docx", _c14)])

# c15 -- deviation permit that leaves quantities untouched.
_c15 = """DEVIATION PERMIT DP-2024-007
==============================================================
Supplier   : Hebei Jinma Equestrian Products Co., Ltd.
Customer   : Kildare Stud Supplies Ltd, Naas
Order      : PO KSS-2360 - TR-1200D-63-KG turnout rug, Kildare green
Date       : 20/03/2024
--------------------------------------------------------------
Deviation  : binding tape in navy (Pantone 2767 C) instead of gold
             (Pantone 7753 C) - gold tape out of stock at mill.
Applies to : the 10 sample rugs of PO KSS-2360 only.
Reason     : mill lead time 5 weeks for gold 25 mm tape.
--------------------------------------------------------------
Quantities : unchanged. This deviation does not release any
             quantity and does not change PO KSS-2360 (10 sample
             rugs; balance of 390 on hold until written release by
             Ciaran Doyle after sample sign-off).
--------------------------------------------------------------
Accepted   : Declan Hurley (KSS)      20/03/2024
Requested  : Lily Wang (Jinma)        19/03/2024
"""
case("c15_cn_ie_deviation_permit", [],
     "deviation permit on binding colour; states that it releases nothing and restates the unchanged scope",
     [("DP-2024-007.txt", _c15)])

# c16 -- Teams: go-ahead scoped to the 12 sample trees.
_c16 = """Chat: Gareth Moss / Pooja Mishra (external)

Pooja Mishra  08/03/2024 10:05
Good morning sir, beech laminate arrived. May we start the samples for PO HC-PO-24266?

Gareth Moss  08/03/2024 10:31
Morning Pooja. Yes - go ahead with the 12 sample trees only. The 588 balance is not released; it's on hold until Helen Price signs off the samples and sends you a written release. Buy material for the 12 only please.

Pooja Mishra  08/03/2024 10:33
Noted sir, 12 only. Thank you 🙏
"""
case("c16_uk_in_teams_go_ahead_12_only", [],
     "go-ahead scoped to the 12 sample trees with hold, event, releaser and sample-only material",
     [("Teams_Gareth_Pooja_0308.txt", _c16)])

# c17 -- Portuguese supplier portal status restating released / on hold / material.
_c17 = html_page("Vale do Sousa - Estado das encomendas", """
<h2>Selaria Vale do Sousa &middot; Portal de Clientes</h2>
<p>Estado das encomendas / order status &middot; 20/03/2024</p>
<table>
<tr><th>Cliente</th><th>PO</th><th>Artigo</th><th>Released</th><th>On hold</th><th>Unlock</th><th>Material authority</th></tr>
<tr><td>Reitsport Brandtner</td><td>4500091580</td><td>GT-65-DRS 65 cm</td><td>12 (samples)</td><td>588</td><td>sample sign-off + written release by Dr. Matthias Kröger</td><td>sample-only (12)</td></tr>
<tr><td>Hartley &amp; Crane</td><td>HC-PO-24240</td><td>GT-48-ANA-HV 48in</td><td>10 (samples)</td><td>290</td><td>written release by Rachel Foulkes after sample sign-off</td><td>sample-only (10)</td></tr>
</table>
<p class="note">Quantities on hold are not in production. We start them only after the customer's written release.</p>
""", lang="pt")
case("c17_pt_portal_status_released_on_hold", [],
     "supplier portal status that restates released / on hold / unlock / sample-only material per order",
     [("Portal_estado_encomendas.html", _c17)])

# c18 -- release email with PDF release notice, multipart/alternative.
_c18pdf = pdf([
    ("h1", "RELEASE NOTICE RN-2024-006"),
    ("p", HC + " to " + VS),
    ("table", [["Order", "GT-48-ANA-HV anatomic girth 48in havana"],
               ["PO", "HC-PO-24240 rev 1 (commercial cover 300: 10 samples + 290)"],
               ["Unlock event", "Sample sign-off SSR-2024-021, recorded 02/04/2024"],
               ["Authorised by", "Rachel Foulkes, Senior Buyer (release authority)"]]),
    ("sp",),
    ("table", [["", "Quantity"],
               ["Samples (delivered)", "10"],
               ["Released for production with this notice", "140"],
               ["Balance on hold", "150"]]),
    ("sp",),
    ("p", "The 150 balance stays on hold until the next written release by Rachel Foulkes. "
          "Material authority: leather and buckles for the 140 released girths only."),
], title="Release notice RN-2024-006", author="Hartley & Crane")
_t_c18 = """Hello Rui, hello Inês,

Sample sign-off SSR-2024-021 has been recorded. With this mail we release 140 girths of the 290
balance on PO HC-PO-24240 rev 1 for production - see release notice RN-2024-006 attached.

The remaining 150 stay on hold until my next written release. Material for the 140 only, please.

Many thanks,
Rachel
""" + S_RACHEL
case("c18_uk_pt_release_email_with_notice", [],
     "written release of 140 of the 290 by the named release authority after sign-off; 150 remain on hold until the next written release",
     [("Release_RN-2024-006.eml", eml(mail(RACHEL, RUI, "Release RN-2024-006 - girths HC-PO-24240",
                                           "Wed, 3 Apr 2024 09:12:00 +0100", _t_c18, html=html_mail(_t_c18),
                                           cc=INES,
                                           attachments=[("RN-2024-006.pdf", _c18pdf, PDF_MT)])))])

# c19 -- Australian sample PO with numbers as words, complete scope.
_c19 = pdf([
    ("h1", "PURCHASE ORDER DRS-PO-88222"),
    ("p", DR + " - 14 Carroll Street, Toowoomba QLD 4350"),
    ("table", [["Supplier", AN + ", Sialkot"], ["Date", "20/03/2024"], ["Currency", "USD"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Ext"],
               ["1", "SS-120-316", "Safety stirrup 120 mm (4.75in), 316L, black tread - sample", "20 pr", "11.20", "224.00"]]),
    ("sp",),
    ("p", "Scope: twenty (20) pairs of sample stirrups only. The balance of one thousand one hundred "
          "and eighty (1,180) pairs on quote ANS-Q-5602 is not released. It stays on hold until "
          "Shane O'Rourke signs off the samples and Bronwyn Taylor issues a written release. "
          "Material authority: sample-only."),
    ("p", "Supplier must hold ISO 9001:2015. Packing: 1 pair per polybag, 20 pairs per carton."),
], title="PO DRS-PO-88222", author="Dunmore Rural Supplies")
case("c19_au_sample_po_words", [],
     "sample PO with quantities in words and a complete scope note (20 active, 1,180 on hold, event, releaser, sample-only material)",
     [("PO_DRS-PO-88222.pdf", _c19)])

# c20 -- supplier status mail saved as text, quoted chain two levels deep.
_c20 = """From: Usman Tariq <usman.tariq@alnoorsaddlery.pk>
Sent: Thursday, March 21, 2024 3:14 PM
To: Aoife Brennan <aoife@kildarestudsupplies.ie>
Subject: RE: RE: KSS-2356 eggbutt samples status

Dear Aoife Madam,

Status of KSS-2356 samples: 24 pcs eggbutt 5in BT-127-EB polished and stamped, ready for dispatch
Friday by DHL. As per your mail below, bulk 1,176 pcs is on hold and we will not start anything or
buy any material until Mr. Ciarán Doyle's written release.

Regards,
Usman

> From: Aoife Brennan
> Sent: Tuesday, March 12, 2024 10:02 AM
> Subject: RE: KSS-2356 eggbutt samples status
>
> Hi Usman, just to confirm again: KSS-2356 is 24 sample bits only. The 1,176 stay on hold, not
> released, until Ciarán Doyle sends a written release after we sign off the samples. Material
> for the 24 only.
> Aoife
>
>> From: Usman Tariq
>> Sent: Monday, March 11, 2024 4:40 PM
>> Subject: KSS-2356 eggbutt samples status
>>
>> Dear Madam, shall we also prepare the steel for bulk quantity so that delivery is fast?
>> Regards, Usman
"""
case("c20_pk_ie_status_mail_quoted_chain", [],
     "supplier status mail restating the hold; the quoted buyer reply is a complete scope, the nested supplier question was answered no",
     [("RE_KSS-2356_status.txt", _c20)])

# c21 -- Australian range review minutes: forecast labelled, sample scope complete.
_c21 = docx_bytes([
    ("h1", "Range review - girths - minutes"),
    ("p", "Toowoomba, 12/03/2024. Present: Bronwyn Taylor, Kylie Marsh, Shane O'Rourke (Dunmore); "
          "Rakesh Agarwal (Ganga, on Teams)."),
    ("num", "FY25 forecast for leather girths: 1,800 pcs. Forecast only, non-binding, shared for "
            "Ganga's capacity planning. It is not an order and not a release."),
    ("num", "PO DRS-PO-88230: fifteen (15) sample girths GT-125-LTH. The production balance is not "
            "released; it stays on hold until Shane O'Rourke signs off the samples and Bronwyn "
            "Taylor issues a written release."),
    ("num", "Material: sample-only. Ganga not to buy hides for the forecast."),
    ("num", "Next review: 9 April, after sample fit trial at the Clifton pony club."),
], author="Kylie Marsh")
case("c21_au_minutes_forecast_labelled_sample_scope", [],
     "forecast 1,800 labelled non-binding, not an order, not a release; sample PO scope complete",
     [("Range_review_girths_2024-03-12.docx", _c21)])

# c22 -- buyer answers a supplier question: deposit does not release; SWIFT copy as text attachment.
_sup22 = """Dear Bronwyn Madam,

We have received the payment today, thank you. Kindly confirm if we can start the production of
the balance also?

Regards,
Muhammad Imran"""
_mt103 = """{1:F01CTBAAU2SAXXX0000000000}{2:I103MEZNPKKAXXXXN}{4:
:20:DRS240318-0042
:23B:CRED
:32A:240318USD1680,00
:50K:/062000 1184 2291
DUNMORE RURAL SUPPLIES PTY LTD
14 CARROLL ST TOOWOOMBA QLD 4350
:59:/PK36MEZN0002100107248830
AL-NOOR SADDLERY INDUSTRIES PVT LTD
SIALKOT
:70:DRS-PO-88240 SAMPLES AND TOOLING
:71A:OUR
-}
"""
_t_c22 = """Hi Imran,

Thanks - SWIFT copy attached. That payment (USD 1,680) is for the tooling and the samples only; it
doesn't release production.

PO DRS-PO-88240 stays as it is: 20 pairs of sample stirrups. The 1,180 balance is on hold until
Bronwyn Taylor issues a written release after Shane O'Rourke has signed off the samples.

Cheers,
Bronwyn
""" + S_BRONWYN + """
On 18/03/2024 7:55 pm, Muhammad Imran wrote:
""" + quote(_sup22)
case("c22_au_pk_payment_not_release_swift_copy", [],
     "supplier asks whether payment lets them start the balance; buyer says the payment does not release production and restates the scope",
     [("RE_payment_DRS-PO-88240.eml", eml(mail(BRONWYN, IMRAN, "RE: Payment DRS-PO-88240",
                                               "Tue, 19 Mar 2024 08:20:00 +1000", _t_c22,
                                               in_reply_to="<h169-pk-0902@alnoorsaddlery.pk>",
                                               attachments=[("MT103_DRS240318-0042.txt", _mt103, "text/plain")])))])

# c23 -- multi-file: German sample PO + Pakistani proforma that says the advance releases nothing.
_c23po = pdf([
    ("h1", "Bestellung / Purchase Order 4500091600"),
    ("p", RB + ", Verden - to " + AN + ", Sialkot"),
    ("table", [["Datum", "19.03.2024"], ["Angebot", "AN-2024-131"]]),
    ("sp",),
    ("table", [["Pos.", "Material", "Beschreibung", "Menge", "Preis EUR"],
               ["10", "BT-125-LR", "Loose ring snaffle 125 mm, 14 mm - Muster / sample", "24 ST", "7,60"]]),
    ("sp",),
    ("p", "Scope: 24 sample pieces only. The balance of 1.176 pcs from offer AN-2024-131 is not "
          "released; it is on hold until Anke Wiese has signed off the samples and Dr. Matthias "
          "Kröger releases it in writing. Material authority: sample-only."),
], title="Bestellung 4500091600", author="Reitsport Brandtner GmbH")
_c23pi = pdf([
    ("h1", "PROFORMA INVOICE ANS/PI/24/081"),
    ("p", AN + ", Sialkot - to " + RB + " - Ref. PO 4500091600 - 20.03.2024"),
    ("table", [["S.No", "Description", "Qty", "Rate EUR", "Amount EUR"],
               ["1", "BT-125-LR loose ring snaffle, samples", "24 pcs", "7,60", "182,40"],
               ["", "Advance 100% on samples", "", "", "182,40"]]),
    ("sp",),
    ("p", "Note: bulk 1.176 pcs as per quotation is shown for information only - NOT released. The "
          "advance payment on this proforma covers the samples only and does not release bulk "
          "production. Bulk will start only after your written release."),
], title="PI ANS/PI/24/081", author="Al-Noor Saddlery Industries")
case("c23_de_pk_po_and_proforma_advance_samples_only", [],
     "sample PO with complete scope and a proforma stating the advance covers samples only and releases nothing",
     [("Bestellung_4500091600.pdf", _c23po), ("PI_ANS-PI-24-081.pdf", _c23pi)])

# c24 -- Australian portal: full-quantity PO with three delivery schedule lines.
_c24 = html_page("Supplier Hub - DRS-PO-88250", """
<div style="background:#5a3d1e;color:#fff;padding:6px 10px"><b>Dunmore Rural Supplies</b> | Supplier Hub</div>
<h2>Purchase Order DRS-PO-88250</h2>
<table>
<tr><th>Supplier</th><td>Hebei Jinma Equestrian Products Co., Ltd. (V-2207)</td><th>Raised</th><td>21/03/2024</td></tr>
<tr><th>Item</th><td>HR-900-GAL galvanised hay rack 900 mm, EN ISO 1461</td><th>Total qty</th><td>600</td></tr>
</table>
<h3>Delivery schedule</h3>
<table>
<tr><th>Sched. line</th><th>Qty</th><th>ETD Tianjin</th></tr>
<tr><td>1</td><td>200</td><td>15/05/2024</td></tr>
<tr><td>2</td><td>200</td><td>15/07/2024</td></tr>
<tr><td>3</td><td>200</td><td>15/09/2024</td></tr>
</table>
<div class="note">Full order quantity: all 600 racks are firm and released for production. The schedule lines
are delivery dates only; there is no balance and nothing further to be released.</div>
""")
case("c24_au_portal_full_qty_schedule_lines", [],
     "full-quantity PO of 600 with three delivery schedule lines that are dates only; no balance",
     [("SupplierHub_DRS-PO-88250.html", _c24)])

# c25 -- technical sign-off mail with HTML test summary attached, production not released.
_c25html = html_page("Test summary SS-120-316", """
<h2>Test summary - SS-120-316 safety stirrup, samples PO 4500091610</h2>
<table>
<tr><th>Test</th><th>Standard</th><th>Requirement</th><th>Result</th></tr>
<tr><td>Salt spray</td><td>ISO 9227 NSS</td><td>480 h, no red rust</td><td>pass</td></tr>
<tr><td>Static load tread</td><td>internal TS-ST-04</td><td>2.000 N, no permanent set</td><td>pass</td></tr>
<tr><td>Material</td><td>EN 10088-3 1.4404 (316L)</td><td>3.1 cert</td><td>pass</td></tr>
</table>
<p>Tested by: Anke Wiese, QA, 22.03.2024</p>
""")
_t_c25 = """Dear Mr. Imran,

the sample sign-off for SS-120-316 is recorded: salt spray ISO 9227 480 h passed, load test and
316L certificate ok - see the attached test summary. This is the technical sign-off only.

Production is not released: PO 4500091610 covers 24 pairs of samples; the balance of 2.376 pairs
stays on hold until Dr. Matthias Kröger issues the written production release.

Mit freundlichen Grüßen
Anke Wiese
Qualitätssicherung, Reitsport Brandtner GmbH
"""
case("c25_de_pk_technical_signoff_test_summary", [],
     "technical sign-off mail with an HTML test summary; states production is not released and names the event and the releaser",
     [("Sample_sign-off_SS-120-316.eml", eml(mail(ANKE, IMRAN, "Sample sign-off SS-120-316 / PO 4500091610",
                                                  "Fri, 22 Mar 2024 15:30:00 +0100", _t_c25,
                                                  html=html_mail(_t_c25), cc=KATRIN,
                                                  attachments=[("Test_summary_SS-120-316.html", _c25html, "text/html")])))])


# =================================================================== BUILD
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _slug(stem):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"][0] in "cp" and (c["name"][0] == "c") == (not c["expect"]), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(169169).shuffle(order)
    labels = {}
    for pos, c in enumerate(order, 1):
        folder = f"h169_{pos:02d}_{_slug(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    per_rule = {r: sum(1 for v in labels.values() if r in v["expect"]) for r in RULES}
    multi = sum(1 for v in labels.values() if len(v["expect"]) >= 2)
    print(f"cases={len(labels)} clean={clean} positive={len(labels) - clean} multi-rule={multi}")
    print("per rule:", " ".join(f"{r}={n}" for r, n in per_rule.items()))


if __name__ == "__main__":
    main()
