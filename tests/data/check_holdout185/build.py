#!/usr/bin/env python3
"""Generator for the releasegate check_holdout185 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout185/build.py

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
    m["Message-ID"] = msgid or f"<h185-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h185")
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


# ----------------------------------------------------------------- h185 helpers
def T(s):
    """A hand-written text block: drop the first newline, keep everything else verbatim."""
    return s[1:] if s.startswith("\n") else s


def alt_html(text):
    """HTML part of a multipart/alternative mail, rendered from the hand-written text part."""
    out, para, quote = [], [], []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()
        if quote:
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">"
                       + "<br>\n".join(escape(x) for x in quote) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if para:
                flush()
            quote.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
        elif line.strip() == "":
            flush()
        else:
            if quote:
                flush()
            para.append(line)
    flush()
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;"
            "font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


SIG_KO = T("""
-- 
Mit freundlichen Grüßen / Best regards
Katrin Oltmanns
Einkauf / Purchasing
Blauwerk Aquaristik GmbH | Hafenstraße 41 | 28217 Bremen | Germany
Tel. +49 421 555 3182 | k.oltmanns@blauwerk-aquaristik.de
Geschäftsführer: Henning Blau | Amtsgericht Bremen HRB 31877 | USt-IdNr. DE 298 114 507

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
This e-mail contains confidential information. If you are not the intended recipient, please
notify the sender immediately and delete this e-mail.
""")

SIG_MORIMOTO = T("""
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ミズクサガーデン / Mizukusa Garden Co., Ltd.
購買部 Purchasing Dept.
森本 武 Takeshi Morimoto
〒530-0011 大阪市北区大深町 3-1 / 3-1 Ofukacho, Kita-ku, Osaka
TEL 06-5550-2741  FAX 06-5550-2742
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

SIG_NOVOTNY = T("""
S pozdravem / Best regards

Petr Novotný
obchodní oddělení / Sales
Sklárna Vysočina s.r.o.
Průmyslová 1200, 586 01 Jihlava, Czech Republic
Tel. +420 567 555 214 | IČO: 27741523

Tato zpráva je důvěrná. / This message is confidential and intended for the addressee only.
""")

SIG_BUDI = T("""
Best regards,

Budi Santoso
Marketing Export
PT Jala Prima Nusantara
Jl. Raya Gedangan No. 88, Sidoarjo 61254, Jawa Timur, Indonesia
Phone/WA +62 812 5550 3317
""")

SIG_KEVIN = T("""
Best Regards,
Kevin Lin 林凱文
Sales Manager
Hsinlight Optoelectronics Co., Ltd.
No. 55, Gongye 22nd Rd., Xitun Dist., Taichung 40768, Taiwan
Tel: +886-4-2355-0186 ext. 212
""")

SIG_JASMINE = T("""
Regards,
Jasmine Tan
Purchasing
Kranji Arowana Farm Pte Ltd
21 Neo Tiew Lane 2, Singapore 718813
Tel +65 6555 0192

This email and any attachment are confidential. If you are not the intended recipient, please
delete it and inform the sender. Kranji Arowana Farm Pte Ltd accepts no liability for viruses.
""")

SIG_MURAT = T("""
Best regards / Saygılarımızla

Murat Yılmaz
Export Sales Manager
EGEPOMPA Su Teknolojileri A.Ş.
Kemalpaşa OSB, 35730 İzmir / Türkiye
T +90 232 555 0147  M +90 532 555 8821

Bu e-posta ve ekleri gizlidir; yalnızca alıcısına yöneliktir. / This e-mail and its attachments
are confidential and intended only for the addressee. If you have received it in error, please
inform the sender and delete it.
""")

SIG_LILY = sig("Lily Chen 陈莉", "Sales Manager",
               "Foshan Haoyue Aquatic Equipment Co., Ltd., Shishan Industrial Park, Nanhai, Foshan, Guangdong",
               "+86 757 8555 6102")
SIG_DWAYNE = sig("Dwayne Kessler", "Buyer - Aquatics & Pond",
                 "Bluebonnet Pet Centers, Inc., 4100 NW Loop 410, San Antonio, TX 78229",
                 "+1 210 555 0143")
SIG_MARISOL = sig("Marisol Treviño", "QA Manager - Hardgoods",
                  "Bluebonnet Pet Centers, Inc., 4100 NW Loop 410, San Antonio, TX 78229",
                  "+1 210 555 0171")

# =================================================================== CLEAN
# c01: supplier quote with pilot and production tiers; no authorized quantity anywhere.
case("c01_supplier_quote_tiers", [], "supplier quote with pilot/production tiers only; nothing authorized",
     [("EGE-Q-2291_Rev1.pdf", pdf([
         ("h1", "EGEPOMPA Su Teknolojileri A.S."),
         ("p", "Kemalpasa OSB, 35730 Izmir / Turkiye - Tel +90 232 555 0147 - www.egepompa.com.tr"),
         ("h", "QUOTATION No. EGE-Q-2291 Rev.1"),
         ("table", [["To", "Bluebonnet Pet Centers, Inc., attn. Mr. Dwayne Kessler, San Antonio, TX"],
                    ["Date", "08.04.2024"],
                    ["Subject", "Eco pond pump EP-6000 (6000 l/h, 55 W), private label 'PondPro 6000'"],
                    ["Your ref.", "e-mail D. Kessler 02.04.2024"]]),
         ("sp",),
         ("table", [["Tier", "Quantity", "Unit price USD FOB Izmir", "Lead time"],
                    ["Pilot lot (samples)", "24 pcs", "38,90", "4 weeks"],
                    ["Production", "2.400 pcs", "21,75", "8 weeks after written release"],
                    ["Production", "5.000 pcs", "19,90", "10 weeks after written release"]]),
         ("sp",),
         ("p", "Technical: according EN 60335-2-55 and EN 60335-1, protection IPX8 per IEC 60529, cable 10 m "
               "H07RN-F 3G1,0, outlet G 1\" with stepped hose tail 19/25/32 mm. Each pump is 100% tested. "
               "1000 h endurance test is made on 2 pcs of the pilot lot."),
         ("p", "Tooling for private label housing colour: USD 1.450,00 one time."),
         ("p", "Payment: 30% T/T with order, balance before shipment. Validity: 60 days. Prices of the "
               "production tiers apply only when production quantity is ordered and released in writing "
               "by the customer. This quotation is not an order confirmation."),
         ("sp",),
         ("p", "Best regards / Saygilarimizla - Murat Yilmaz, Export Sales Manager"),
     ], title="EGE-Q-2291 Rev.1", author="Egepompa"))])

# c02: buyer RFQ with three quantity scenarios.
_t = T("""
Dear Kevin-san,

Thank you always for your kind support.

We are planning own brand LED light bar for our aquascape tanks (Mizukusa "Hikari" line).
Please kindly quote for below three scenarios.

  Model: LB-600 (for 60 cm tank) and LB-900 (for 90 cm tank)
  Spectrum: full spectrum 6500K + red/blue boost, CRI > 90, dimmable 0-100 %
  Waterproof IP67, photobiological safety EN 62471, LM-80 data 6000 h please
  Input 24 V DC, adapter with PSE mark for Japan market

  Scenario A: 12 pcs samples only (6 x LB-600, 6 x LB-900)
  Scenario B: 12 pcs samples + 600 pcs first lot
  Scenario C: 12 pcs samples + 1,800 pcs (one year volume)

Please show unit price, tooling cost for the aluminium extrusion and lead time for each
scenario. This is request for quotation only, it is not order. We will decide after we
compare three makers, maybe end of May.

Quotation deadline: 26 April please.

Best regards,
Morimoto
""") + SIG_MORIMOTO
case("c02_rfq_three_scenarios", [], "buyer RFQ with three quantity scenarios, explicitly not an order",
     [("Mizukusa_LED_light_bar.eml", eml_bytes(mail(
         "Takeshi Morimoto <t.morimoto@mizukusa-garden.co.jp>", "Kevin Lin <kevin.lin@hsinlight.com.tw>",
         "Request for quotation: LED light bar LB-600 / LB-900", "Fri, 12 Apr 2024 10:21:00 +0900",
         _t, html=alt_html(_t), cc="Yuki Hanaoka <y.hanaoka@mizukusa-garden.co.jp>")))])

# c03: supplier asks for a go-ahead on the balance; buyer says no, scope complete.
case("c03_wechat_question_answered", [], "supplier's go-ahead question answered: 20 samples only, balance held until written release by Dr. Hagedorn",
     [("WeChat_Blauwerk_Haoyue_KF1200.txt", T("""
WeChat chat history - group "Blauwerk / Haoyue KF1200"
Exported 2024-05-06 17:02
------------------------------------------------------------

2024-04-29 09:12  Lily Chen (Haoyue Sales)
Dear Katrin, 20 pcs samples BW-KF1200 finish today, DHL tomorrow. AWB I will send you.

2024-04-29 09:13  Lily Chen (Haoyue Sales)
[Photo]

2024-04-29 15:40  Katrin Oltmanns (Blauwerk)
Thank you Lily, looks nice 👍

2024-04-30 08:05  Huang Wei (Haoyue Factory)
Katrin hello, for keep lead time, can we have go-ahead for balance 2.980 pcs now? we have free line capacity in May

2024-04-30 14:22  Katrin Oltmanns (Blauwerk)
Hello Mr. Huang, sorry, no. PO 4500071120 is only for the 20 samples. The balance of 2.980 pcs is not released. First our lab makes the sample test (72 h run test, the 1000 h test is not needed), then Dr. Hagedorn signs the series release in writing. Before that please do not start and do not buy material for the series.

2024-04-30 14:25  Huang Wei (Haoyue Factory)
ok understood, we wait written release from Dr. Hagedorn

2024-04-30 14:26  Lily Chen (Haoyue Sales)
noted with thanks 🙏
"""))])

# c04: clearly labelled, non-binding forecast.
case("c04_labelled_forecast", [], "rolling forecast labelled non-binding, not an order, no material authority",
     [("BW_Haoyue_2024-05-15.pdf", pdf([
         ("h1", "Blauwerk Aquaristik GmbH"),
         ("h", "Rolling forecast canister filters BW-KF series - NOT A PURCHASE ORDER"),
         ("p", "Stand / as of: 15.05.2024. Lieferant / supplier: Foshan Haoyue Aquatic Equipment Co., Ltd. "
               "(Kreditor 70214)."),
         ("p", "This forecast is for your capacity planning only. It is non-binding. It does not authorize "
               "production and it does not authorize the purchase of material. Quantities are ordered only "
               "by purchase order, series quantities only by a written series release."),
         ("table", [["Month", "BW-KF800", "BW-KF1200", "BW-KF1600", "Total"],
                    ["07/2024", "400", "600", "150", "1.150"],
                    ["08/2024", "400", "800", "150", "1.350"],
                    ["09/2024", "600", "1.000", "200", "1.800"],
                    ["10/2024", "600", "1.000", "200", "1.800"],
                    ["11/2024", "300", "500", "100", "900"],
                    ["12/2024", "200", "300", "100", "600"]]),
         ("sp",),
         ("p", "Forecast accuracy approx. +/- 30 %. BW-KF800/1200/1600 = flow rate 800/1200/1600 l/h."),
         ("p", "Questions: Katrin Oltmanns, Einkauf, +49 421 555 3182."),
     ], title="Forecast BW-KF 2024", author="Blauwerk Einkauf"))])

# c05: sample evaluation record, approved for fit/leak check only, production not released.
case("c05_scoped_sample_signoff", [], "sample sign-off scoped to fit/leak check; balance 1 160 on hold until written release by Director Arakawa",
     [("MZ-QE-24-031.docx", docx_bytes([
         ("h1", "Sample Evaluation Record / サンプル評価記録"),
         ("p", "Record No. MZ-QE-24-031"),
         ("table", [["Item", "Content"],
                    ["Supplier", "Sklárna Vysočina s.r.o., Jihlava (CZ)"],
                    ["Part", "MG-45F rimless tank 45x27x30 cm, 5 mm extra clear, drawing SV-4527 Rev 3"],
                    ["PO", "MZ-PO-24-0188 (10 pcs samples)"],
                    ["Samples received", "10 pcs, 2024-05-13"],
                    ["Tests", "leak test 72 h filled, silicone bead check, edge polish, dimensions ±1 mm"]]),
         ("h", "Disposition"),
         ("p", "Samples approved for fit check and leak test only. Production not released."),
         ("p", "The balance of 1 160 pcs stays on hold. The production release needs a separate written "
               "release signed by Director Kenji Arakawa after our shop trial (2 tanks in Umeda shop, 4 weeks)."),
         ("p", "Material: sample quantity only. Please do not cut glass for the series."),
         ("sp",),
         ("p", "Evaluated by: Yuki Hanaoka (Product Development)    Date: 2024-05-20"),
     ], author="Yuki Hanaoka"))])

# c06: full-quantity PO, "proceed" is scoped to the full 12 units; no balance exists.
_t = T("""
Dear Mr Murat,

Please find our PO KAF-PO-24-0402 for twelve (12) units UVC-55 55W pond UV clarifier,
USD 164.00/unit, total USD 1,968.00, CIF Singapore.

This is the full and final quantity for our new grow-out ponds (pond block C). No samples
and no balance this time - we already tested your UVC-55 last year under PO KAF-PO-23-0911.
Please proceed with the full 12 units.

Lamp 9000 h, quartz sleeve, 2 spare lamps per unit as quoted. Delivery latest 15 June please.
Payment 100% T/T against B/L copy as usual.

Thanks and regards
""") + SIG_JASMINE
case("c06_full_quantity_po", [], "full and final quantity PO, 'proceed with the full 12 units'; no balance",
     [("KAF-PO-24-0402.eml", eml_bytes(mail(
         "Jasmine Tan <jasmine.tan@kranjiarowana.com.sg>", "Murat Yilmaz <murat.yilmaz@egepompa.com.tr>",
         "PO KAF-PO-24-0402 - UVC-55 UV clarifier, 12 units", "Wed, 08 May 2024 14:05:00 +0800",
         _t, html=alt_html(_t))))])

# c07: EDI 830 call-off, firm 600, explicit staged material authority 1200 at buyer liability.
case("c07_edi830_staged_material", [], "call-off releases 600; material authority explicitly staged to 1,200 at buyer liability; planning lines not released",
     [("EDI_830_JALAPRIMA01_0093.txt", T("""
BLUEBONNET PET CENTERS INC - EDI 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY (PRINT VIEW)
PRINTED 05/28/2024 07:41 CDT                     PAGE 1 OF 1
TRADING PARTNER: PT JALA PRIMA NUSANTARA (JALAPRIMA01)    ICN 000004417

ISA*00*          *00*          *ZZ*BLUEBONNETPET  *ZZ*JALAPRIMA01    *240528*0741*U*00401*000004417*0*P*>~
GS*PS*BLUEBONNETPET*JALAPRIMA01*20240528*0741*4417*X*004010~
ST*830*0001~
BFR*05*BPC-REL-0093**DL*A*20240603*20240930*20240528~
N1*ST*BLUEBONNET DC SAN ANTONIO*92*DC01~
LIN**BP*118-400-12*VP*NF-400*PO*BPC-PO-77705~
PID*F****KOI NET FRAME 40CM SS304 HOOP, POLE THREAD M8X1.25~
UIT*EA~
ATH*FI**600**20240528~
ATH*MT**1200**20240528~
FST*600*C*D*20240701~
FST*600*D*D*20240805~
FST*1200*D*D*20240902~
CTT*1*2400~
SE*14*0001~

NOTES (NTE/GEN):
 1. FST CODE C = FIRM. 600 EA FOR 07/01 IS RELEASED FOR PRODUCTION UNDER THIS CALL-OFF.
 2. FST CODE D = PLANNING ONLY. 600 EA (08/05) AND 1200 EA (09/02) ARE FORECAST, NOT RELEASED.
 3. ATH*FI 600 = FABRICATION AUTHORITY 600 EA. ATH*MT 1200 = MATERIAL AUTHORITY: SUPPLIER MAY
    STAGE RAW MATERIAL (SS304 WIRE, MESH, 6063-T5 TUBE) FOR UP TO 1200 EA AT BLUEBONNET LIABILITY.
    NO FINISHED FRAMES BEYOND 600 EA.
 4. PLANNING QTYS ARE RELEASED ONLY BY THE NEXT CALL-OFF, SIGNED BY CARLA WHITFIELD
    (VP MERCHANDISING).
"""))])

# c08: signed, explicit auto-conversion record (quantity, signer, conditions) and staged material.
case("c08_signed_autoconversion", [], "explicit signed auto-conversion: 500 pcs released by an unconditional sign-off of Sven Brinkmann; staged material stated",
     [("Haoyue_KF1600_Vereinbarung.docx", docx_bytes([
         ("h1", "Vereinbarung Auto-Conversion / Auto-conversion agreement"),
         ("p", "Blauwerk Aquaristik GmbH, Bremen  -  Foshan Haoyue Aquatic Equipment Co., Ltd., Foshan"),
         ("table", [["Item", "Agreed"],
                    ["Order", "BW-KF1600 canister filter (1600 l/h), drawing HY-CF1600 Rev B"],
                    ["PO", "4500071388: line 10 samples 20 pcs, line 20 series 500 pcs"],
                    ["Sample quantity", "20 pcs (line 10)"],
                    ["Auto-conversion quantity", "500 pcs (five hundred), line 20"],
                    ["Condition", "sample sign-off recorded as 'approved' without conditions by Sven Brinkmann "
                                  "(Qualität) on the Blauwerk sample report; all test points passed"],
                    ["Valid until", "31.08.2024"]]),
         ("p", "Agreement: If Sven Brinkmann records the sample sign-off as 'approved' without conditions "
               "before 31.08.2024, the 500 pcs of PO line 20 are released for production by that sign-off "
               "itself, without a separate release letter. An interim, conditional or rejected sign-off "
               "releases nothing. Any quantity above 500 pcs needs a separate written release."),
         ("p", "Material authority until the sign-off: the 20 samples, plus motor stators for 500 pcs "
               "(long lead item) at Blauwerk liability. No other series material."),
         ("sp",),
         ("p", "Signed: Dr. Jens Hagedorn, Leiter Produktmanagement (release authority), Bremen, 02.05.2024"),
         ("p", "Signed: Huang Wei, Factory Manager, Foshan, 03.05.2024"),
     ], author="Jens Hagedorn"))])

# c09: old quote forwarded as message/rfc822, declared information only.
_old = mail("Lily Chen <lily.chen@haoyue-aqua.com>", "Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>",
            "Quotation HY-Q-2209-044 canister filter BW-KF1200", "Wed, 14 Sep 2022 16:40:00 +0800",
            T("""
Dear Katrin,

Nice to meet you at Interzoo. As discussed please see our price for canister filter
BW-KF1200 (1200 l/h, 4 baskets, G 1/2 connector):

  MOQ 1.000 pcs       USD 19,60 /pc FOB Shenzhen
  5.000 pcs           USD 17,80 /pc FOB Shenzhen
  sample 10 pcs       free of charge, freight collect

Price valid until 31 Dec 2022. Copper price base 7.800 USD/t.
""") + SIG_LILY)
_t = T("""
Hi Lily,

for your information I forward your old quotation from 2022 (5.000 pcs price level).
Our controlling asked why the 2024 price is so much higher. Please explain the difference
in short (copper? motor? freight?) until Friday.

This is only for price reference. It is not an order and nothing is released with this mail.

Danke und Gruß
Katrin
""") + SIG_KO
case("c09_forwarded_old_quote", [], "2022 quote with 5.000 pcs forwarded as rfc822 for price reference only; nothing ordered or released",
     [("FW_Angebot_2022_KF1200.eml", eml_bytes(mail(
         "Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>", "Lily Chen <lily.chen@haoyue-aqua.com>",
         "FW: Quotation HY-Q-2209-044 canister filter BW-KF1200", "Tue, 21 May 2024 11:32:00 +0200",
         _t, attachments=[("rfc822", _old)])))])

# c10: two-level thread; buyer corrects a quoted supplier's "roll straight into" line.
_t = T("""
Murat,

No, that's not how it works on our side. The sample sign-off by Marisol's QA team does
not release anything by itself. The balance of 2,376 pumps stays on hold until Carla
Whitfield (VP Merchandising) signs a written production release. Only the 24 pilot
units are released under PO BPC-PO-77812.

Please don't buy motors or cable for the balance yet either. Material is pilot only.

Thanks,
Dwayne
""") + SIG_DWAYNE + T("""

On Tue, Apr 23, 2024 at 4:02 AM Murat Yilmaz <murat.yilmaz@egepompa.com.tr> wrote:
> Dear Dwayne,
> pilot pumps will be ready 10 May, 1000 h endurance is running already on 2 pcs.
> Once your QA approves the samples we will roll straight into the 2,376 balance,
> so you have stock before July 4th.
> Best regards, Murat
>
> On Mon, Apr 15, 2024 at 10:11 AM Dwayne Kessler <dwayne.kessler@bluebonnetpet.com> wrote:
>> Murat, PO BPC-PO-77812 attached - 24 pilot units EP-6000 only.
>> Balance 2,376 not released; release only after QA sample sign-off
>> and a written release by Carla Whitfield.
""")
case("c10_correction_of_quoted_line", [], "buyer reply corrects quoted supplier's roll-into-production assumption; scope complete",
     [("Re_PO_BPC-PO-77812.eml", eml_bytes(mail(
         "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>", "Murat Yilmaz <murat.yilmaz@egepompa.com.tr>",
         "RE: PO BPC-PO-77812 EP-6000 pilot", "Tue, 23 Apr 2024 08:47:00 -0500", _t,
         cc="Marisol Treviño <marisol.trevino@bluebonnetpet.com>",
         in_reply_to="<h185-egepompa-0423@egepompa.com.tr>")))])

# c11: WhatsApp, supplier states the deposit does NOT release production.
case("c11_whatsapp_deposit_not_release", [], "supplier says the DP does not release production; 20 samples only, balance 380 waits for Lim Boon Huat's written release",
     [("WhatsApp_Chat_Budi_Santoso.txt", T("""
12/06/2024, 10:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/06/2024, 10:02 - Jasmine Tan (Kranji): Hi Pak Budi, we transferred the 30% DP for PO KAF-PO-24-0417 this morning. TT copy attached
12/06/2024, 10:03 - Jasmine Tan (Kranji): IMG-20240612-WA0003.jpg (file attached)
12/06/2024, 10:15 - Budi Santoso: Selamat pagi Bu Jasmine, thank you, DP already received in our bank 🙏
12/06/2024, 10:16 - Budi Santoso: Just to confirm Bu, DP is for the 20 sample net frames NF-600 and the tooling for hoop bending. DP does not release the production. We make only 20 samples now, balance 380 pcs we wait your written release from Mr Lim Boon Huat after trial in your ponds
12/06/2024, 10:20 - Jasmine Tan (Kranji): Yes correct, thank you Pak. Mr Lim will sign the release after 2 weeks trial 👍
12/06/2024, 10:21 - Budi Santoso: Siap Bu 👌
"""))])

# c12: supplier acknowledgement restating the hold, with DOCX acknowledgement form; quoted PO mail.
_ack = docx_bytes([
    ("h1", "Order acknowledgement / Potvrzení objednávky"),
    ("table", [["Customer", "Mizukusa Garden Co., Ltd., Osaka"],
               ["Customer PO", "MZ-PO-24-0188"],
               ["Our order", "SV-2024-0457"],
               ["Part", "MG-45F rimless tank 45x27x30 cm, 5 mm extra clear, drawing SV-4527 Rev 3"],
               ["Acknowledged quantity", "10 pcs samples"],
               ["Balance", "1 160 pcs - not released, no production, no material"],
               ["Unlock", "written production release by Director Kenji Arakawa after sample evaluation"],
               ["Delivery", "samples by air until 10.05.2024"]]),
    ("sp",),
    ("p", "Jihlava, 24.04.2024 - Petr Novotný, Sales"),
], author="Petr Novotny")
_t = T("""
Dear Morimoto-san,

thank you for the order MZ-PO-24-0188. We confirm:

- 10 pcs sample tanks MG-45F (drawing SV-4527 Rev 3), 5 mm extra clear, black silicone
- samples by air until 10.5.2024
- the balance 1 160 pcs is not released. We wait for your written production release
  from Director Arakawa after your sample evaluation.
- glass is cut only for the 10 samples, no material for series is bought.

Signed acknowledgement form in attachment.

""") + SIG_NOVOTNY + T("""

-----Original Message-----
From: Takeshi Morimoto <t.morimoto@mizukusa-garden.co.jp>
Sent: Tuesday, April 23, 2024 9:40 AM
To: Petr Novotný <petr.novotny@sklarna-vysocina.cz>
Subject: PO MZ-PO-24-0188 sample tanks MG-45F

> Dear Mr. Novotný,
>
> Please find our PO MZ-PO-24-0188 for 10 pcs sample tanks MG-45F.
> Production quantity 1 160 pcs is not released now. After our sample evaluation,
> Director Kenji Arakawa will send written production release.
> Please do not buy glass for the production quantity.
>
> Best regards, Morimoto
""")
case("c12_supplier_ack_restates_hold", [], "supplier acknowledgement restates 10 samples, balance not released, written release by Director Arakawa, sample-only material",
     [("Re_MZ-PO-24-0188.eml", eml_bytes(mail(
         "Petr Novotný <petr.novotny@sklarna-vysocina.cz>", "Takeshi Morimoto <t.morimoto@mizukusa-garden.co.jp>",
         "RE: PO MZ-PO-24-0188 sample tanks MG-45F", "Wed, 24 Apr 2024 13:15:00 +0200", _t,
         attachments=[("SV-2024-0457_acknowledgement.docx", _ack, DOCX_MT)],
         in_reply_to="<h185-mz-0423@mizukusa-garden.co.jp>")))])

# c13: interim disposition with quantity and date limits; releases nothing by itself.
case("c13_interim_signoff_limits", [], "interim sample sign-off limited to 200 units / 31 Aug; release up to 200 by Carla Whitfield, 990 stay on hold",
     [("SDR-24-0117.pdf", pdf([
         ("h1", "Bluebonnet Pet Centers, Inc. - Quality Assurance"),
         ("h", "Sample Disposition Report SDR-24-0117 (interim)"),
         ("table", [["Supplier", "Foshan Haoyue Aquatic Equipment Co., Ltd."],
                    ["Item", "UVC-36 pond UV clarifier 36 W, BPC SKU 204-036-01"],
                    ["PO", "BPC-PO-78102 (10 sample units; balance 1,190 units not released)"],
                    ["Samples tested", "10 of 10"],
                    ["Tests", "hi-pot 1500 V AC, IPX8 immersion 24 h, lamp strike at 105 V, flow 9,000 gal/h"]]),
         ("sp",),
         ("table", [["Check", "Result"],
                    ["Electrical safety", "pass"],
                    ["Water tightness", "pass"],
                    ["UV output", "pass"],
                    ["Labeling", "fail - ballast label missing Spanish text"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim sign-off, limited to 200 units and valid until August 31, 2024. This is a quality "
               "disposition only; it releases no production quantity by itself."),
         ("p", "Production release: up to 200 units may be released by a written release from Carla "
               "Whitfield, VP Merchandising. The remaining 990 units stay on hold until the full sign-off "
               "(corrected label, re-test of 3 units) and a further written release by Carla Whitfield."),
         ("sp",),
         ("p", "Signed: Marisol Treviño, QA Manager, 05/28/2024"),
     ], pagesize=LETTER, title="SDR-24-0117", author="Bluebonnet QA"))])

# c14: full-quantity SAP PO full of identifiers that look like quantities.
case("c14_full_po_identifiers", [], "full-quantity PO (60 pcs, no samples, no balance); many quantity-like identifiers",
     [("4500072016.txt", T("""
Blauwerk Aquaristik GmbH                         BESTELLUNG / PURCHASE ORDER
Hafenstraße 41, 28217 Bremen
--------------------------------------------------------------------------------------------
Bestellnr./PO no.: 4500072016          Datum/Date: 14.05.2024       Seite 1 von 1
Lieferant/Vendor:  70388  Sklárna Vysočina s.r.o., Průmyslová 1200, 586 01 Jihlava, CZ
Ansprechpartner:   Katrin Oltmanns, Tel. +49 421 555 3182
--------------------------------------------------------------------------------------------
Pos   Material       Bezeichnung / Description                 Menge  ME   Preis EUR   Wert EUR
0010  6045-1000-10   Becken BW-SC90 90x45x45 cm, 10 mm Optiwhite   60  ST      148,50   8.910,00
                     Zeichnung/DRG BW-4500 Rev 12
                     Silikon schwarz, Kantenschliff facettiert 1 mm
                     Bodenscheibe 12 mm Floatglas, nicht vorgespannt
                     QM: ISO 9001:2015, Prüfprotokoll Dichtheit 24 h
--------------------------------------------------------------------------------------------
Gesamtwert netto                                                          EUR 8.910,00
Liefertermin: KW 26/2024        Lieferbedingung: DAP Bremen (Incoterms 2020), Halle 3, Tor 1200
Zahlungsbedingung: 30 Tage netto

Text: Vollständige Menge / full quantity for our Interzoo-Nachlieferung. Keine Muster, keine
weiteren Abrufe zu dieser Bestellung. Please proceed with all 60 pcs.
Verpackung: Einzelkarton 5-lagig, max. 2 Becken pro Lage, Palette 1200 x 800.
--------------------------------------------------------------------------------------------
Diese Bestellung wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""))])

# c15: supplier portal restating the scope and the hold.
case("c15_supplier_portal_scope", [], "supplier portal: 6 samples released, 594 on hold until Director Arakawa's written release, sample-only material",
     [("HL-SO-24-0562.html", html_page("Hsinlight Partner Portal - HL-SO-24-0562", T("""
<h2>Hsinlight Partner Portal</h2>
<p>Customer: Mizukusa Garden Co., Ltd. (Osaka) &middot; Logged in: Amy Tsai (PM)</p>
<h3>Sales order HL-SO-24-0562</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>MZ-PO-24-0207</td></tr>
<tr><td>Item</td><td>LB-900 full spectrum light bar 900 mm, 24 V, IP67</td></tr>
<tr><td>Released for production</td><td>6 pcs (samples)</td></tr>
<tr><td>Balance on hold</td><td>594 pcs &ndash; not released</td></tr>
<tr><td>Unlock event</td><td>Mizukusa sample evaluation, then written release signed by Director Kenji Arakawa</td></tr>
<tr><td>Material authority</td><td>sample only (6 sets LED PCB, 6 extrusions)</td></tr>
<tr><td>Status</td><td>samples in production, ship 2024-05-24</td></tr>
</table>
<p class="note">Note: The balance is not released. Do not schedule SMT and do not buy LED chips for the
balance until the written release is uploaded here.</p>
<p><small>Last update 2024-05-17 16:20 (GMT+8)</small></p>
""")))])

# c16: Teams, go-ahead scoped to the 8 samples only.
case("c16_teams_scoped_go_ahead", [], "go-ahead scoped to 8 samples only; series 1.192 not released until Dr. Hagedorn's written release",
     [("Teams_Brinkmann_Tsai.txt", T("""
Chat: Sven Brinkmann (Blauwerk), Amy Tsai (Hsinlight)
Exported from Microsoft Teams 03.06.2024

[Mon 10:02] Amy Tsai (Hsinlight)
Hi Sven, golden sample BW-LUX 60 passed our IP67 test (1 m, 30 min) and EN 62471 report is done. Can we start the 8 samples for you?

[Mon 10:15] Sven Brinkmann (Blauwerk)
Hi Amy, yes, go ahead with the 8 samples only. PO 4500071902 covers these 8 pcs.

[Mon 10:16] Sven Brinkmann (Blauwerk)
Series (1.192 pcs) is not released. After our sample test Dr. Hagedorn sends a written series release, only then SMT for series please.

[Mon 10:20] Amy Tsai (Hsinlight)
Got it, 8 pcs only, series waits for Dr. Hagedorn's written release. LED chips we order only for 8 sets.

[Mon 10:21] Sven Brinkmann (Blauwerk)
👍
"""))])

# c17: written release of the whole balance after the trial, named quantity, event and authority.
_rep = pdf([
    ("h1", "Kranji Arowana Farm - Pump trial report KAF-QT-24-019"),
    ("table", [["Pump", "Pond", "Days", "Flow at 1 m head (l/h)", "Power (W)", "Leak"],
               ["EP-12000 #1", "B1", "30", "11.200", "98", "no"],
               ["EP-12000 #2", "B2", "30", "11.150", "99", "no"],
               ["EP-12000 #3", "B3", "30", "11.300", "97", "no"],
               ["EP-12000 #4", "B4", "30", "11.100", "98", "no"]]),
    ("p", "Result: all 4 sample pumps passed. Noise below 40 dB(A) at 1 m. Trial 10 Apr - 10 May 2024."),
    ("p", "Checked: Lim Boon Huat, Farm Manager"),
], title="KAF-QT-24-019", author="Kranji Arowana Farm")
_t = T("""
Dear Mr Murat,

Production release no. KAF-REL-24-007

Order: EP-12000 pond pump 12000 l/h, our PO KAF-PO-24-0331
Released now: one hundred sixteen (116) units = the full balance. Together with the 4 sample
units this completes the 120 units of the PO.
Unlock event: 30-day trial of the 4 sample pumps in ponds B1-B4 completed on 10 May 2024,
report KAF-QT-24-019 attached.
Authorized by: Lim Boon Huat, Farm Manager (release authority).

Please confirm delivery date.

Jasmine Tan
for Lim Boon Huat
""") + SIG_JASMINE
case("c17_written_release_full_balance", [], "written release of the full balance 116 with event, report and named authority",
     [("EP-12000_KAF.eml", eml_bytes(mail(
         "Jasmine Tan <jasmine.tan@kranjiarowana.com.sg>", "Murat Yilmaz <murat.yilmaz@egepompa.com.tr>",
         "Production release KAF-REL-24-007 - EP-12000, 116 units", "Mon, 13 May 2024 09:30:00 +0800",
         _t, html=alt_html(_t), cc="Lim Boon Huat <boonhuat.lim@kranjiarowana.com.sg>",
         attachments=[("KAF-QT-24-019.pdf", _rep, PDF_MT)])))])

# c18: EDI 850 full-quantity PO in three deliveries.
case("c18_edi850_full_quantity", [], "EDI 850 full order 6000 EA in three schedule lines; no sample, no balance",
     [("EDI_850_BPC-PO-78233.txt", T("""
ISA*00*          *00*          *ZZ*BLUEBONNETPET  *ZZ*JALAPRIMA01    *240521*1032*U*00401*000004455*0*P*>~
GS*PO*BLUEBONNETPET*JALAPRIMA01*20240521*1032*4455*X*004010~
ST*850*0001~
BEG*00*SA*BPC-PO-78233**20240521~
REF*IA*V-55120~
N1*ST*BLUEBONNET DC SAN ANTONIO*92*DC01~
PO1*1*2000*EA*0.94**VP*NF-250-BLK*BP*118-250-04~
PID*F****FISH NET FRAME 25CM BLACK, HANDLE 30CM~
SCH*2000*EA***002*20240715~
PO1*2*2000*EA*0.94**VP*NF-250-BLK*BP*118-250-04~
SCH*2000*EA***002*20240815~
PO1*3*2000*EA*0.94**VP*NF-250-BLK*BP*118-250-04~
SCH*2000*EA***002*20240916~
MSG*FULL ORDER QTY 6000 EA IN 3 DELIVERIES. NO SAMPLE LOT, ITEM SAME AS PO BPC-PO-76540.~
MSG*PROCEED WITH ALL 6000 EA PER SCHEDULE.~
CTT*3*6000~
SE*16*0001~
GE*1*4455~
IEA*1*000004455~

--- translated by EDI gateway (BPC-EDI v4.2) ---
PO BPC-PO-78233  dated 05/21/2024  vendor V-55120 PT JALA PRIMA NUSANTARA
line 1  NF-250-BLK  2000 EA  @ 0.94  ship 07/15/2024
line 2  NF-250-BLK  2000 EA  @ 0.94  ship 08/15/2024
line 3  NF-250-BLK  2000 EA  @ 0.94  ship 09/16/2024
total 6000 EA  USD 5,640.00
"""))])

# c19: deviation permit, quantities untouched, explicitly releases nothing.
case("c19_deviation_permit", [], "deviation permit changes a hose barb only; quantities untouched, no production release implied",
     [("DP-2024-017.docx", docx_bytes([
         ("h1", "Abweichungsgenehmigung / Deviation permit DP-2024-017"),
         ("table", [["Supplier", "Foshan Haoyue Aquatic Equipment Co., Ltd."],
                    ["Part", "BW-KF1200 canister filter, drawing HY-CF1200 Rev C"],
                    ["PO", "4500071120"],
                    ["Deviation", "hose barb 16/22 mm instead of 12/16 mm on the 20 sample filters"],
                    ["Reason", "12/16 mm barb tooling not ready; 16/22 mm fits our test bench"],
                    ["Quantities", "unchanged - this permit changes no quantity"],
                    ["Valid for", "the 20 samples of PO 4500071120 only"]]),
         ("p", "This deviation permit is a technical permit for the sample lot. It is no production release. "
               "The series quantity stays as stated in the PO (not released; series release in writing by "
               "Dr. Jens Hagedorn after the sample test)."),
         ("sp",),
         ("p", "Erstellt / prepared: Sven Brinkmann, Qualität, 07.05.2024"),
     ], author="Sven Brinkmann"))])

# c20: PDF PO with explicit staged material authority above the released quantity.
case("c20_po_staged_material_authority", [], "PO: 10 samples released, 990 on hold until Arakawa's written release; material staged to 500 sets at buyer liability",
     [("MZ-PO-24-0219.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Mizukusa Garden Co., Ltd., 3-1 Ofukacho, Kita-ku, Osaka 530-0011, Japan"),
         ("table", [["PO No.", "MZ-PO-24-0219", "Date", "2024-05-09"],
                    ["Supplier", "Hsinlight Optoelectronics Co., Ltd., Taichung", "Currency", "USD"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                    ["1", "LB-450", "Compact light bar 450 mm for nano tank, 24 V, IP67 - SAMPLES", "10 pcs",
                     "38.50", "385.00"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Released now: 10 pcs samples (line 1). The production quantity of 990 pcs is not released "
               "and not ordered by this PO."),
         ("p", "Unlock: sample evaluation in our Osaka lab (light spectrum, 500 h burn-in) and then a written "
               "production release signed by Director Kenji Arakawa."),
         ("p", "Material authority: you may stage LED PCBs and LED chips for up to 500 sets at Mizukusa's "
               "liability because of chip lead time (16 weeks). No assembly beyond the 10 samples, no other material."),
         ("sp",),
         ("p", "Issued by: Takeshi Morimoto, Purchasing"),
     ], title="MZ-PO-24-0219", author="Mizukusa Garden"))])

# c21: labelled forecast as a text attachment.
_fc = T("""
BLUEBONNET PET CENTERS - DEMAND FORECAST (NON-BINDING) - NOT A PURCHASE ORDER
Vendor: EGEPOMPA SU TEKNOLOJILERI A.S.   Run date: 06/03/2024
SKU          Item                        JUL    AUG    SEP    OCT    NOV    DEC
204-060-01   EP-6000 pond pump           400    600    600    300    100    100
204-090-01   EP-9000 waterfall pump      200    300    300    150     50     50
204-150-01   EP-15000 koi pond pump      100    150    150     80     20     20
Quantities are planning figures only. They do not authorize production or purchase of material.
Orders follow by PO only.
""")
_t = T("""
Hi Murat,

attached is our Q3/Q4 demand forecast for your planning. Heads-up that July/August are our
peak pond months in Texas, so please plan capacity, but don't build or buy material on this -
it's a forecast, not a PO. Orders will come by PO as usual.

Let me know if the 10-week lead time on the EP-15000 is still right.

Thanks,
Dwayne
""") + SIG_DWAYNE
case("c21_forecast_text_attachment", [], "forecast sent as text attachment, labelled non-binding; capacity planning only",
     [("BPC_Egepompa_Q3.eml", eml_bytes(mail(
         "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>", "Murat Yilmaz <murat.yilmaz@egepompa.com.tr>",
         "Q3/Q4 forecast - pond pumps", "Mon, 03 Jun 2024 10:12:00 -0500", _t,
         attachments=[("BPC_forecast_Egepompa_2024H2.txt", _fc, "text/plain")])))])

# c22: supplier internal work order for the pilot lot only.
case("c22_supplier_work_order_pilot", [], "supplier work order for 24 pilot pumps only; material issued for 24; balance not released",
     [("WO-24-0519.txt", T("""
EGEPOMPA SU TEKNOLOJILERI A.S.        IS EMRI / WORK ORDER           WO-24-0519
ERP: Logo Tiger 3    Printed: 19.04.2024 08:12   User: edemir
------------------------------------------------------------------------------------
Musteri / Customer : BLUEBONNET PET CENTERS INC (C-0311)
Musteri PO        : BPC-PO-77812
Urun / Item       : EP-6000 ECO POND PUMP 6000 L/H 55W  (BOM EP6000-B07)
Miktar / Qty      : 24 ADET (PILOT LOT)
Termin            : 10.05.2024
------------------------------------------------------------------------------------
MALZEME CIKISI / MATERIAL ISSUE
Kod           Tanim                              Ihtiyac   Cikis   Depo
MTR-055-230   Motor 55W 230V 60Hz                   24       24     D1
IMP-6000      Impeller EP-6000                      24       24     D1
CBL-H07-10    Cable H07RN-F 3G1,0 10 m              24       24     D2
HT-19-32      Hose tail 19/25/32 mm G 1"            24       24     D2
------------------------------------------------------------------------------------
NOT: Musteri bakiye 2.376 adet icin uretim onayi YOK. Bakiye icin is emri acilmayacak,
malzeme alinmayacak. Musteri yazili uretim onayi (C. Whitfield) beklenecek.
NOTE: Balance 2,376 pcs NOT released by customer. No work order, no material for balance.
Wait for customer written release (C. Whitfield).
Test: 1000 h endurance on 2 pcs, IPX8 immersion on all 24 pcs.
"""))])

# c23: WeChat; supplier's question about the deposit answered: deposit does not release production.
case("c23_wechat_deposit_question", [], "supplier asks whether deposit lets them start; buyer: deposit does not release production, balance on hold until Carla Whitfield's release",
     [("WeChat_Dwayne_Lily.txt", T("""
WeChat - Chat with Lily Chen 陈莉 (Haoyue)
Exported 2024-05-06

2024-05-02 21:14 Lily Chen 陈莉
Hi Dwayne, we received 30% deposit USD 1,850 today for UVC-36 tooling, thank you! Can we start mass production now?

2024-05-02 21:15 Lily Chen 陈莉
[Bank slip.jpg]

2024-05-03 08:05 Dwayne Kessler
Morning Lily. No - the deposit is for the tooling and the 10 samples on PO BPC-PO-78102. It does not release production. The balance of 1,190 stays on hold until our QA sample sign-off and then a written release from Carla Whitfield.

2024-05-03 08:09 Lily Chen 陈莉
OK understand, we wait the written release from Ms Whitfield. Samples ship next Tuesday 🙏
"""))])

# c24: vendor portal with a full-quantity open PO and a non-binding forecast table.
case("c24_portal_full_po_and_forecast", [], "portal: full-quantity PO 1,200 and a forecast table labelled non-binding; larger figures are informational",
     [("vendor_portal_egepompa.html", html_page("Bluebonnet Vendor Portal - Egepompa", T("""
<h2>Bluebonnet Vendor Portal</h2>
<p>Vendor: EGEPOMPA SU TEKNOLOJILERI A.S. (V-55087) &middot; user: murat.yilmaz</p>
<h3>Open purchase orders</h3>
<table>
<tr><th>PO</th><th>Item</th><th>Qty</th><th>Type</th><th>Ship by</th></tr>
<tr><td>BPC-PO-78311</td><td>EP-3000 fountain pump 3000 l/h (SKU 204-030-01)</td><td>1,200 ea</td>
<td>full order quantity - no samples, no balance</td><td>07/15/2024</td></tr>
</table>
<p>Please proceed with the full 1,200 ea of BPC-PO-78311.</p>
<h3>Demand forecast (non-binding, not an order)</h3>
<table>
<tr><th>Item</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th></tr>
<tr><td>EP-3000</td><td>1,200</td><td>600</td><td>1,800</td></tr>
<tr><td>EP-6000</td><td>2,400</td><td>3,600</td><td>1,800</td></tr>
</table>
<p class="note">Forecast quantities are for planning only. They do not authorize production or
material purchases. Only a PO orders quantity.</p>
""")))])

# c25: multi-file - cover mail + PO + supplier quote; PO states the hold, quote is for reference.
_t = T("""
Hi Budi,

Attached is PO BPC-PO-78040 for the 40 sample koi net frames NF-450, plus your quote
JP-Q-24-0311 for reference.

Your production price for 6,000 ea is noted for later. That quantity is not released - see
the PO note. Please send the 40 samples by air to our QA lab, attn. Marisol Treviño.

Thanks,
Dwayne
""") + SIG_DWAYNE
case("c25_multifile_scoped_po_with_quote", [], "cover mail + PO (40 samples, 5,960 not released, Marisol/Carla) + supplier quote with 6,000 tier, marked reference",
     [("mail_BPC-PO-78040.eml", eml_bytes(mail(
         "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>", "Budi Santoso <budi.santoso@jalaprima.co.id>",
         "PO BPC-PO-78040 - NF-450 samples", "Thu, 25 Apr 2024 15:40:00 -0500", _t, html=alt_html(_t)))),
      ("BPC-PO-78040.pdf", pdf([
          ("h1", "PURCHASE ORDER BPC-PO-78040"),
          ("p", "Bluebonnet Pet Centers, Inc., 4100 NW Loop 410, San Antonio, TX 78229 - Date 04/25/2024"),
          ("p", "Vendor: PT Jala Prima Nusantara, Sidoarjo, Indonesia (V-55120)"),
          ("table", [["Line", "SKU", "Description", "Qty", "Unit USD", "Ext USD"],
                     ["1", "118-450-12", "NF-450 koi net frame 45 cm SS304, M8x1.25 pole thread - SAMPLES",
                      "40 ea", "6.50", "260.00"]]),
          ("sp",),
          ("h", "PO note"),
          ("p", "This PO covers the 40 sample frames only. The production balance of 5,960 ea is not released."),
          ("p", "Release of the balance: after QA sample sign-off by Marisol Treviño, by a written release "
                "from Carla Whitfield (VP Merchandising)."),
          ("p", "Material authority: sample only. Do not buy tube or mesh for the production quantity."),
      ], pagesize=LETTER, title="BPC-PO-78040", author="Bluebonnet Purchasing")),
      ("JP-Q-24-0311.pdf", pdf([
          ("h1", "PT JALA PRIMA NUSANTARA"),
          ("p", "Jl. Raya Gedangan No. 88, Sidoarjo, Jawa Timur - Quotation JP-Q-24-0311, 11 April 2024"),
          ("p", "To: Bluebonnet Pet Centers, Inc. - Mr. Dwayne Kessler"),
          ("table", [["Item", "Qty", "Price USD FOB Surabaya", "Lead time"],
                     ["NF-450 koi net frame 45 cm, sample", "40 pcs", "6.50", "3 weeks"],
                     ["NF-450 koi net frame 45 cm, production", "6,000 pcs", "2.15", "7 weeks after release"]]),
          ("p", "Hoop SS304 wire 4 mm, mesh PE 6 mm knotless, salt spray 48 h. Validity 90 days."),
          ("p", "Best regards, Budi Santoso - Marketing Export"),
      ], title="JP-Q-24-0311", author="Jala Prima"))])

# =================================================================== POSITIVE
# ---- RG001 group: authorized sample quantity next to a larger, unmarked quantity; no hold stated.

# p01: order mail with the supplier quote attached (25 samples / 2.500 series), nothing on the balance.
_q = pdf([
    ("h1", "Foshan Haoyue Aquatic Equipment Co., Ltd."),
    ("p", "Shishan Industrial Park, Nanhai District, Foshan, Guangdong, China - ISO 9001:2015 certified"),
    ("h", "QUOTATION HY-Q-2404-131"),
    ("table", [["Customer", "Blauwerk Aquaristik GmbH, Bremen"], ["Date", "2024-04-19"],
               ["Item", "Canister filter BW-KF800 (800 l/h), drawing HY-CF800 Rev C"]]),
    ("sp",),
    ("table", [["Stage", "Quantity", "Unit price EUR DAP Bremen", "Lead time"],
               ["Samples", "25 pcs", "22,40", "3 weeks"],
               ["Series", "2.500 pcs", "14,90", "6 weeks"]]),
    ("sp",),
    ("p", "Hose 12/16 mm, connectors G 1/2, 3 media baskets, self-priming. Motor 10 W, 230 V / 50 Hz, CE, "
          "EN 60335-2-55."),
    ("p", "Lily Chen, Sales Manager"),
], title="HY-Q-2404-131", author="Haoyue")
_t = T("""
Sehr geehrte Frau Chen, dear Lily,

please take this mail as our order no. 4500071544 (SAP print follows by EDI):

  twenty-five (25) pcs samples canister filter BW-KF800
  your drawing HY-CF800 Rev C, hose 12/16 mm, connectors G 1/2
  price EUR 22,40/pc DAP Bremen, as per your quotation HY-Q-2404-131 (attached)

Please confirm the delivery date. We need the samples latest KW 22 for our test bench
(72 h run test, noise below 30 dB(A)).

""") + SIG_KO
case("p01_order_mail_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "25 sample order with attached quote showing 2.500 series; nothing says the series is not released, no event, no release person",
     [("Bestellung_4500071544.eml", eml_bytes(mail(
         "Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>", "Lily Chen <lily.chen@haoyue-aqua.com>",
         "Bestellung / Order 4500071544 - samples BW-KF800", "Mon, 22 Apr 2024 10:05:00 +0200",
         _t, html=alt_html(_t), attachments=[("HY-Q-2404-131.pdf", _q, PDF_MT)])))])

# p02: PDF PO, 30 pilot with the quote's 3,000 in the header; release authority named, no hold/event.
case("p02_po_header_quote_qty", ["RG001", "RG003", "RG004"],
     "pilot PO 30 ea shows quote 3,000 ea production beside it; release authority named but no hold and no event",
     [("BPC-PO-77990.pdf", pdf([
         ("h1", "PURCHASE ORDER BPC-PO-77990"),
         ("p", "Bluebonnet Pet Centers, Inc., 4100 NW Loop 410, San Antonio, TX 78229 - Date 04/18/2024"),
         ("table", [["Vendor", "EGEPOMPA Su Teknolojileri A.S., Izmir, Turkiye (V-55087)"],
                    ["Reference", "Egepompa quote EGE-Q-2317: pilot 30 ea @ 44.10 / production 3,000 ea @ 26.40"],
                    ["Terms", "Net 60, FOB Izmir"]]),
         ("sp",),
         ("table", [["Line", "SKU", "Description", "Qty", "Unit USD", "Ext USD"],
                    ["1", "204-090-01", "EP-9000 waterfall pump 9000 l/h, 80 W - pilot lot", "30 ea", "44.10",
                     "1,323.00"]]),
         ("sp",),
         ("p", "Notes: Ship pilot units by air to San Antonio DC, attn. QA lab. Incoming test per EN 60335-2-55 "
               "and UL 778 on receipt."),
         ("p", "Release authority for this item: Carla Whitfield, VP Merchandising."),
         ("p", "Buyer: Dwayne Kessler"),
     ], pagesize=LETTER, title="BPC-PO-77990", author="Bluebonnet Purchasing"))])

# p03: buyer portal with sample qty and program qty in one table, no note.
case("p03_portal_program_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal order shows 8 samples and program qty 960 side by side; no hold, event or release person",
     [("MZ-PO-24-0260.html", html_page("Mizukusa Supplier Order Portal - MZ-PO-24-0260", T("""
<h2>Mizukusa Garden &ndash; Supplier Order Portal</h2>
<p>Supplier: Hsinlight Optoelectronics Co., Ltd. (S-0117) &middot; Buyer: 森本 武 Takeshi Morimoto</p>
<h3>Order MZ-PO-24-0260</h3>
<table>
<tr><th>Item</th><th>Description</th><th>Order qty (sample)</th><th>Program qty</th><th>Unit price</th><th>Delivery</th></tr>
<tr><td>LB-1200</td><td>Light bar 1200 mm for 120 cm tank, full spectrum, 24 V, IP67</td><td>8 pcs</td>
<td>960 pcs</td><td>USD 64.00 (sample) / USD 41.50 (program)</td><td>2024-06-07</td></tr>
</table>
<p>Status: <b>Issued</b> 2024-05-20 &middot; Supplier confirmation: <i>open</i></p>
<h3>Message from buyer</h3>
<p>Kevin-san, please confirm delivery date of samples. Thank you. Morimoto</p>
""")))])

# p04: ERP PO printout: 2 trial units and the quoted 40 units in the line text.
case("p04_erp_po_quoted_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 2 trial units repeats quoted 40 units with no hold, no unlock event and no release person",
     [("KAF-PO-24-0318.txt", T("""
KRANJI AROWANA FARM PTE LTD                                   PURCHASE ORDER
21 Neo Tiew Lane 2, Singapore 718813                          GST Reg No. 201533871K
PO No  : KAF-PO-24-0318            Date : 18/03/2024          Page 1/1
Supplier: V0042 EGEPOMPA SU TEKNOLOJILERI A.S., IZMIR, TURKIYE
Ship to : Pond block A, Kranji farm                           Terms: TT 100% before shipment
------------------------------------------------------------------------------------------
No Item code  Description                                Qty  UOM   Unit USD    Amount USD
1  UVC-110    110W amalgam UV clarifier, 316SS housing     2  UNIT    612.00      1,224.00
              for trial in pond block A
              Quotation EGE-Q-2264: 40 units @ USD 488.00
2  LMP-110    Spare amalgam lamp 110W (9000 h)             2  PCS      58.00        116.00
------------------------------------------------------------------------------------------
                                                       Total USD               1,340.00
Remarks: Trial units, pls ship by air (SQ cargo). Quoted qty 40 units for all pond blocks.
Prepared by: Jasmine Tan                       Printed from SAP Business One 10.0 PL 14
"""))])

# p05: sample order form with the annual quantity in the same spec table; release authority named.
case("p05_sample_order_annual_qty", ["RG001", "RG003", "RG004"],
     "sample order for 10 tanks lists annual quantity 2 400 beside it; Director Arakawa named, but no hold and no event",
     [("Jingcheng_MG-30C.docx", docx_bytes([
         ("h1", "Sample Order / サンプル注文書"),
         ("p", "Mizukusa Garden Co., Ltd., Osaka  →  Zhongshan Jingcheng Glass Products Co., Ltd., Zhongshan, Guangdong"),
         ("table", [["Item", "Content"],
                    ["Order no.", "MZ-SO-24-0033"],
                    ["Part", "MG-30C cube tank 30x30x30 cm, 5 mm ultra clear, drawing JC-3030 Rev 2"],
                    ["Sample quantity", "10 pcs"],
                    ["Annual quantity", "2 400 pcs"],
                    ["Unit price", "sample USD 18.00 / mass USD 9.60"],
                    ["Packing", "each tank in carton with foam corners, 4 pcs per master carton"]]),
         ("p", "Please send the samples by air to Osaka until 2024-06-14. Silicone clear, no logo on glass."),
         ("p", "Release authority: Director Kenji Arakawa."),
         ("sp",),
         ("p", "Issued: Takeshi Morimoto, Purchasing, 2024-05-15"),
     ], author="Takeshi Morimoto"))])

# p06: EDI 850 sample PO with the quoted production quantity in a MSG segment.
case("p06_edi850_msg_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "EDI 850 for 36 sample frames carries quoted production 4800 EA in MSG; no hold, event or person",
     [("EDI_850_BPC-PO-78071.txt", T("""
ISA*00*          *00*          *ZZ*BLUEBONNETPET  *ZZ*JALAPRIMA01    *240503*1415*U*00401*000004402*0*P*>~
GS*PO*BLUEBONNETPET*JALAPRIMA01*20240503*1415*4402*X*004010~
ST*850*0001~
BEG*00*SA*BPC-PO-78071**20240503~
REF*IA*V-55120~
DTM*002*20240531~
N1*ST*BLUEBONNET QA LAB*92*QA01~
PO1*1*36*EA*7.20**VP*NF-350*BP*118-350-08~
PID*F****POND SKIMMER NET FRAME 35CM, SS304, M8X1.25~
MSG*SAMPLE LOT. QUOTED PRODUCTION QTY 4800 EA @ 1.85 PER JP-Q-24-0290.~
MSG*SHIP SAMPLES AIR FREIGHT TO QA LAB.~
CTT*1*36~
SE*12*0001~
GE*1*4402~
IEA*1*000004402~
"""))])

# ---- RG002 group
# p07: WhatsApp; scope stated, later "Approved lah. Go ahead" with no quantity.
case("p07_whatsapp_approved_go_ahead", ["RG002"],
     "after the trial the release authority writes 'Approved lah. Go ahead' with no quantity or sample scope",
     [("WhatsApp_Chat_KAF_Egepompa.txt", T("""
[02/05/24, 16:40:11] Jasmine Tan: Hi Murat, PO KAF-PO-24-0331 is for 4 sample pumps EP-12000 only. Balance 116 pcs not released. Mr Lim Boon Huat will sign the production release after 30 days trial in our ponds.
[02/05/24, 16:52:30] Murat Yılmaz: Noted Jasmine Hanım, 4 pcs sample only 👍
[02/05/24, 16:53:02] Murat Yılmaz: Ship tomorrow by TK cargo
[06/06/24, 11:03:45] Murat Yılmaz: Good morning Mr Lim, trial is 30 days now. How are the pumps? Flow ok?
[06/06/24, 11:30:02] Lim Boon Huat: Morning Murat. Pumps ok, very quiet, still 11.000 l/h. Approved lah. Go ahead 👍
[06/06/24, 11:31:15] Murat Yılmaz: Thank you Mr Lim!! 🙏🙏
"""))])

# p08: two-level thread; QA writes "Y'all are good to run!" under the quoted PO scope.
_t = T("""
Hi Budi,

Thanks for the report and the photos. Frames look great, the weld on the hoop is clean and
the M8 thread fits our telescopic poles. Y'all are good to run!

Marisol
""") + SIG_MARISOL + T("""

On Thu, May 16, 2024 at 9:12 PM Budi Santoso <budi.santoso@jalaprima.co.id> wrote:
> Dear Mrs Marisol,
> Please find our sample inspection report for 30 pcs NF-150 (PO BPC-PO-78066).
> Mesh 0.5 mm, handle pull test 15 kg OK, salt spray 48 h OK.
> Waiting your feedback.
>
> Best regards, Budi
>
> On Mon, Apr 22, 2024 at 2:30 PM Dwayne Kessler <dwayne.kessler@bluebonnetpet.com> wrote:
>> PO BPC-PO-78066: 30 ea NF-150 sample frames only. The balance of
>> 4,970 ea is not released. Release after QA sample sign-off by Marisol
>> Treviño and a written release from Carla Whitfield.
""")
case("p08_thread_good_to_run", ["RG002"],
     "QA reply 'good to run' names no quantity or sample scope; quoted PO scope otherwise complete",
     [("Re_NF-150_sample_report.eml", eml_bytes(mail(
         "Marisol Treviño <marisol.trevino@bluebonnetpet.com>", "Budi Santoso <budi.santoso@jalaprima.co.id>",
         "RE: Sample inspection report NF-150 / PO BPC-PO-78066", "Fri, 17 May 2024 09:26:00 -0500", _t,
         cc="Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>",
         in_reply_to="<h185-jp-0516@jalaprima.co.id>")))])

# p09: Teams; "green light, please proceed", and no sample quantity anywhere.
case("p09_teams_green_light_no_qty", ["RG002", "RG010"],
     "'Green light ... please proceed' unscoped; chat says 'samples only' but never how many",
     [("Teams_Brinkmann_Tsai_LUX90.txt", T("""
Chat: Sven Brinkmann (Blauwerk), Amy Tsai (Hsinlight)
Exported from Microsoft Teams 13.06.2024

[Tue 09:10] Sven Brinkmann (Blauwerk)
Hi Amy, PO 4500071977 for BW-LUX 90 is out. It is for samples only. The series stays blocked until Dr. Hagedorn signs the series release after our sample test in Bremen.

[Tue 09:30] Amy Tsai (Hsinlight)
Thanks Sven. Samples will be done in 2 weeks.

[Thu 14:02] Amy Tsai (Hsinlight)
Hi Sven, BW-LUX 90 samples done, photos in attachment. IP67 test passed (1 m / 30 min). Can we proceed?

[Thu 14:40] Sven Brinkmann (Blauwerk)
Looks perfect. Green light from Blauwerk side, please proceed 👍

[Thu 14:41] Amy Tsai (Hsinlight)
Great, thank you!!
"""))])

# p10: "Approved. Please proceed." plus "approved by our accounting" in the same reply.
_t = T("""
Dear Mr. Novotný,

Thank you for the leak test report and photos. The 6 sample tanks MG-90W are OK from our side.
Approved. Please proceed.

By the way, our PO MZ-PO-24-0244 was also approved by our accounting yesterday, so the official
PO PDF will come from our system today.

About the series 294 pcs: as written in our first mail, it is not released yet. Director
Arakawa will sign the written production release after our shop trial.

Best regards,
Morimoto
""") + SIG_MORIMOTO + T("""

On 2024/05/21 16:02, Petr Novotný wrote:
> Dear Morimoto-san,
> 6 pcs sample tanks MG-90W (90x45x45 cm, 10 mm) are finished. Leak test 24 h
> without problem, photos in attachment. Please let us know.
> Petr Novotný
""")
case("p10_approved_proceed_and_accounting", ["RG002", "RG009"],
     "'Approved. Please proceed.' unscoped; 'approved' also used for the accounting approval of the PO",
     [("Re_MG-90W_leak_test.eml", eml_bytes(mail(
         "Takeshi Morimoto <t.morimoto@mizukusa-garden.co.jp>", "Petr Novotný <petr.novotny@sklarna-vysocina.cz>",
         "Re: MG-90W sample tanks leak test", "Wed, 22 May 2024 09:48:00 +0900", _t, html=alt_html(_t),
         in_reply_to="<h185-sv-0521@sklarna-vysocina.cz>")))])

# p11: WeChat; "deposit is paid today ... So go ahead".
case("p11_wechat_deposit_go_ahead", ["RG002", "RG012"],
     "buyer: deposit paid, 'So go ahead' - payment used as the trigger and the go-ahead names no quantity",
     [("WeChat_Katrin_Lily_UV11.txt", T("""
WeChat - Chat with Lily Chen 陈莉 (Haoyue)
Exported 2024-05-24

2024-05-14 10:02 Katrin Oltmanns
Hello Lily, PO 4500071650 for BW-UV11 UV-Klärer is in your mail. 10 pcs samples only. Balance 1.490 pcs is not released, first sample test in Bremen, then Dr. Hagedorn gives written series release.

2024-05-14 10:30 Lily Chen 陈莉
Dear Katrin, received, thank you. For UV-C housing tooling we need 30% deposit before start, PI attached

2024-05-14 10:31 Lily Chen 陈莉
[File] PI_HY24-0514_BW-UV11.pdf

2024-05-21 16:45 Katrin Oltmanns
Hi Lily, Anzahlung / deposit is paid today, EUR 1.380,00, swift copy attached. So go ahead 👍

2024-05-21 16:46 Katrin Oltmanns
[File] MT103_Blauwerk_20240521.pdf

2024-05-21 17:20 Lily Chen 陈莉
Thank you Katrin!! 🙏 we arrange
"""))])

# p12: minutes; "Samples approved, go ahead." and supplier plan to start the series right after approval.
case("p12_minutes_go_ahead_rolls_on", ["RG002", "RG007"],
     "minutes record 'Samples approved, go ahead' and Haoyue's plan to start series immediately after sample approval",
     [("Protokoll_Haoyue_2024-05-16.docx", docx_bytes([
         ("h1", "Besprechungsprotokoll / Minutes of meeting"),
         ("table", [["Date", "16.05.2024"],
                    ["Place", "Foshan Haoyue factory, meeting room 2"],
                    ["Participants", "Blauwerk: Sven Brinkmann (Qualität), Katrin Oltmanns (Einkauf); Haoyue: Huang Wei "
                                     "(Factory Manager), Lily Chen (Sales), Zoe Liang (PMC)"],
                    ["Subject", "BW-KF2000 canister filter (2000 l/h), PO 4500071701"]]),
         ("h", "1. Status"),
         ("p", "PO 4500071701 covers 20 pcs samples. Series 1.480 pcs is not released until the sample test in "
               "Bremen is passed and Dr. Hagedorn has signed the written series release."),
         ("p", "Samples: 20 pcs assembled, 5 pcs checked together in the factory: flow 1.980 l/h at 0 m, noise "
               "29 dB(A), no leak after 24 h. Lid seal OK."),
         ("h", "2. Results and actions"),
         ("table", [["No.", "Topic", "Result / action", "Who", "When"],
                    ["2.1", "Samples BW-KF2000", "Samples approved, go ahead.", "S. Brinkmann", "16.05."],
                    ["2.2", "Series planning", "Haoyue: after sample approval the series production starts immediately "
                                               "in KW 30, so the Blauwerk catalogue launch in September is safe.",
                     "Huang Wei", "KW 30"],
                    ["2.3", "Packaging", "Colour box artwork Rev 3 from Blauwerk marketing", "K. Oltmanns", "24.05."],
                    ["2.4", "Sample shipment", "15 pcs to Bremen by DHL, 5 pcs stay in factory as reference",
                     "Lily Chen", "20.05."]]),
         ("sp",),
         ("p", "Protokoll: Katrin Oltmanns, 17.05.2024. Comments within 3 days please, otherwise the minutes are "
               "accepted."),
     ], author="Katrin Oltmanns"))])

# ---- absence rules (RG003/RG004/RG005/RG010)
# p13: sample PO, release person named, but no hold and no unlock event.
case("p13_sample_po_person_only", ["RG003", "RG004"],
     "2 sample tanks ordered; names Lim Boon Huat for production release but never says the rest is not released or what unlocks it",
     [("KAF-PO-24-0365.pdf", pdf([
         ("h1", "KRANJI AROWANA FARM PTE LTD"),
         ("p", "21 Neo Tiew Lane 2, Singapore 718813 - GST Reg No. 201533871K"),
         ("h", "PURCHASE ORDER KAF-PO-24-0365"),
         ("table", [["Date", "02/04/2024"],
                    ["Supplier", "Zhongshan Jingcheng Glass Products Co., Ltd., Zhongshan, Guangdong"],
                    ["Delivery", "CIF Singapore, by sea LCL"]]),
         ("sp",),
         ("table", [["No", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "AT-180", "Arowana tank 180x60x60 cm, 12 mm ultra clear, bottom 15 mm, drawing JC-1806 Rev 2 "
                                    "- sample", "2 units", "420.00", "840.00"],
                    ["2", "CRATE", "Wooden crate ISPM 15", "2 units", "45.00", "90.00"]]),
         ("sp",),
         ("p", "Remarks: Sample tanks for our display house. Please make exactly as drawing JC-1806 Rev 2 "
               "(euro-brace 100 mm, black silicone)."),
         ("p", "Production release for AT-180: Mr Lim Boon Huat, Farm Manager."),
         ("p", "Issued by: Jasmine Tan, Purchasing"),
     ], title="KAF-PO-24-0365", author="Kranji Arowana Farm"))])

# p16: portal PO: hold and event stated, but no quantity and only a department as release owner.
case("p16_portal_no_qty_department", ["RG005", "RG010"],
     "portal PO 'pilot lot per quote' with no quantity; release by 'Merchandising', no named person",
     [("BPC-PO-78177.html", html_page("Bluebonnet Vendor Portal - BPC-PO-78177", T("""
<h2>Bluebonnet Vendor Portal</h2>
<p>Vendor: FOSHAN HAOYUE AQUATIC EQUIPMENT CO., LTD. (V-55140) &middot; user: lily.chen</p>
<h3>Purchase order BPC-PO-78177 &ndash; issued 05/09/2024</h3>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Ship by</th></tr>
<tr><td>1</td><td>204-018-01</td><td>UVC-18 UV clarifier 18 W, 10 m cable &ndash; pilot lot per quote HY-Q-2405-027</td>
<td>see quote</td><td>per quote</td><td>06/14/2024</td></tr>
</table>
<p class="note">PO scope: pilot lot only. The remaining quantity is not released. Release of the remaining
quantity after QA sample sign-off and a written release from Merchandising.</p>
<p>Buyer contact: purchasing-aquatics@bluebonnetpet.com</p>
""")))])

# p17: sample PO: hold + event, but release by an unnamed department.
case("p17_po_department_release", ["RG005"],
     "30 samples, series 970 not released until sample test and written series release, but release owner is only 'our product management'",
     [("4500071733.pdf", pdf([
         ("h1", "Blauwerk Aquaristik GmbH"),
         ("p", "Hafenstraße 41, 28217 Bremen - Einkauf"),
         ("h", "BESTELLUNG / PURCHASE ORDER 4500071733"),
         ("table", [["Datum / date", "29.04.2024"],
                    ["Lieferant / vendor", "70388 Sklarna Vysocina s.r.o., Jihlava, CZ"],
                    ["Lieferbedingung", "DAP Bremen (Incoterms 2020)"]]),
         ("sp",),
         ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Preis EUR", "Wert EUR"],
                    ["0010", "BW-SC45", "Becken 45x30x30 cm, 5 mm Optiwhite - Muster / samples", "30 ST", "24,80",
                     "744,00"]]),
         ("sp",),
         ("p", "Musterbestellung: 30 Stück Muster. Die Serienmenge von 970 Stück ist nicht freigegeben. Freigabe "
               "der Serie erst nach bestandener Musterprüfung durch schriftliche Serienfreigabe unseres "
               "Produktmanagements."),
         ("p", "Sample order: 30 pcs samples. The series quantity of 970 pcs is not released. Series release only "
               "after a passed sample test, by written series release from our product management."),
         ("p", "Ansprechpartner Einkauf: Katrin Oltmanns"),
     ], title="4500071733", author="Blauwerk Einkauf"))])

# p18: LINE chat; sample only, hold, event and person, but no quantity.
case("p18_line_sample_only_no_qty", ["RG010"],
     "'sample only' with hold, burn-in event and Director Arakawa, but the sample quantity is never stated",
     [("LINE_Kevin_Lin.txt", T("""
[LINE] Chat history with Kevin Lin (Hsinlight)
Saved on: 2024/05/29 18:05

2024/05/27(Mon)
10:21	森本 武	Kevin-san, good morning. PO for LB-300 nano light sent today by mail.
10:22	森本 武	Sample only please. Mass production is hold, not released. After our sample check (spectrum + 500h burn-in) Director Arakawa will sign written release.
10:40	Kevin Lin	Good morning Morimoto-san! Received with thanks. Sample only, understood 🙏
10:41	Kevin Lin	Sample we can ship 6/14
10:45	森本 武	OK thank you
"""))])

# p19: supplier portal sample request; hold, event and person stated, quantity "as per quote".
case("p19_portal_samples_per_quote", ["RG010"],
     "sample request 'as per quote' without a number; hold, event and Dr. Hagedorn stated",
     [("MA-2024-044.html", html_page("Blauwerk Lieferantenportal - MA-2024-044", T("""
<h2>Blauwerk Lieferantenportal</h2>
<p>Lieferant / supplier: PT Jala Prima Nusantara (70502)</p>
<h3>Musteranforderung / sample request MA-2024-044 &ndash; 07.05.2024</h3>
<table>
<tr><th>Feld</th><th>Inhalt</th></tr>
<tr><td>Artikel / item</td><td>BW-KR35 Kescherrahmen / net frame 35 cm, Edelstahl, Gewinde M8x1.25</td></tr>
<tr><td>Menge / quantity</td><td>Muster gemäß Angebot JP-Q-24-0207 / samples as per quote</td></tr>
<tr><td>Serie / series</td><td>gesperrt, nicht freigegeben / blocked, not released</td></tr>
<tr><td>Serienfreigabe</td><td>nach Musterprüfung (Sven Brinkmann), schriftlich durch Dr. Jens Hagedorn</td></tr>
<tr><td>Lieferadresse</td><td>Blauwerk Aquaristik GmbH, Wareneingang Muster, Hafenstraße 41, 28217 Bremen</td></tr>
</table>
<p class="note">Bitte Muster mit Prüfprotokoll (Salzsprühtest 48 h) senden. / Please send the samples with test report.</p>
""")))])

# p20: "arrange samples", "balance hold until further notice": no qty, no event, no person.
_t = T("""
Hi Lily,

Pls arrange samples of HY-UV75 for our trial in the quarantine ponds, as per your quotation
HY-Q-2404-088 (sample + mass price). Balance hold until further notice.

Send by DHL to farm address below. Invoice to Kranji Arowana Farm Pte Ltd, attn. accounts.

Thanks
Jasmine
""") + SIG_JASMINE
case("p20_samples_until_further_notice", ["RG004", "RG005", "RG010"],
     "samples without a number; 'balance hold until further notice' names no event and no release person",
     [("HY-UV75_samples.eml", eml_bytes(mail(
         "Jasmine Tan <jasmine.tan@kranjiarowana.com.sg>", "Lily Chen <lily.chen@haoyue-aqua.com>",
         "HY-UV75 samples", "Tue, 14 May 2024 11:20:00 +0800", _t)))])

# ---- RG006 group
# p21: WhatsApp; supplier starts production and bought material for 6.000 because the DP arrived.
case("p21_whatsapp_dp_start_material", ["RG006", "RG012"],
     "supplier: DP received so production of 6.000 starts; tube and net for 6.000 already bought; only 24 pilot released",
     [("WhatsApp_Chat_Budi.txt", T("""
[5/20/24, 8:02:11 AM] Dwayne Kessler: Budi, FYI our AP wired the 30% deposit on PO BPC-PO-78190 Friday. Reminder: PO is 24 pilot frames NF-500 only, production 5,976 not released yet. Carla Whitfield releases it after QA signs off the pilot frames.
[5/20/24, 8:40:55 AM] Budi Santoso: Good morning Mr Dwayne, yes DP already received Sir, thank you 🙏
[5/20/24, 8:41:30 AM] Budi Santoso: DP is received so we start production NF-500 6.000 pcs next Monday Sir. Aluminium tube 6063 and PE net for 6.000 pcs also already purchased, ready in warehouse
[5/20/24, 8:43:02 AM] Budi Santoso: <attached: 00000012-PHOTO-2024-05-20-08-43-02.jpg>
[5/20/24, 9:58:40 AM] Dwayne Kessler: Missed voice call
"""))])

# p22: supplier status with HTML stock report; material bought for 2.400 while 20 samples released.
_stock = html_page("Stock report MG-NET12", T("""
<h3>PT Jala Prima Nusantara &ndash; stock report customer Mizukusa, 17 May 2024</h3>
<table>
<tr><th>Material</th><th>For</th><th>Qty (pcs set)</th><th>Status</th></tr>
<tr><td>SUS304 wire &Oslash;2,0 mm</td><td>MG-NET12 hoop</td><td>2.400</td><td>received 15/05</td></tr>
<tr><td>Nylon mesh 0,8 mm white</td><td>MG-NET12 net</td><td>2.400</td><td>received 16/05</td></tr>
<tr><td>PP handle black 25 cm</td><td>MG-NET12 handle</td><td>20</td><td>samples</td></tr>
</table>
"""))
_t = T("""
Dear Morimoto-san,

Good news, the 20 sample shrimp nets MG-NET12 are finished, ship by EMS tomorrow, tracking
number will follow.

For your information we already purchased the stainless wire SUS304 Ø2,0 mm and the nylon mesh
for 2.400 pcs, because our wire supplier give good price this month and to keep lead time short.
Stock report in attachment.

Please send us your feedback for the samples.

Terima kasih / Thank you
""") + SIG_BUDI + T("""

On Fri, 26 Apr 2024 at 10:05, Takeshi Morimoto <t.morimoto@mizukusa-garden.co.jp> wrote:
> Dear Mr. Budi,
> please find PO MZ-PO-24-0226 for 20 pcs samples MG-NET12 (shrimp net 12 cm).
> Production quantity 2,380 pcs is not released. After sample evaluation,
> Director Arakawa will send written release.
> Best regards, Morimoto
""")
case("p22_status_material_bought", ["RG006"],
     "supplier bought wire and mesh for 2.400 sets while only 20 samples are released (quoted PO scope complete)",
     [("Re_MZ-PO-24-0226.eml", eml_bytes(mail(
         "Budi Santoso <budi.santoso@jalaprima.co.id>", "Takeshi Morimoto <t.morimoto@mizukusa-garden.co.jp>",
         "Re: PO MZ-PO-24-0226 MG-NET12 samples", "Fri, 17 May 2024 15:44:00 +0700", _t,
         attachments=[("stock_report_MG-NET12.html", _stock, "text/html")],
         in_reply_to="<h185-mz-0426@mizukusa-garden.co.jp>")))])

# p23: supplier status report; sample qty 4 in header, 6 in the table; stators bought for 120.
case("p23_status_report_qty_material", ["RG006", "RG011"],
     "report restates PO as 4 samples but builds and ships 6; motor stators and cable ordered for 120 while only samples are released",
     [("HY-PSR-24-052.pdf", pdf([
         ("h1", "Production status report"),
         ("p", "Foshan Haoyue Aquatic Equipment Co., Ltd. - report no. HY-PSR-24-052 - 2024-05-22"),
         ("table", [["Customer", "Kranji Arowana Farm Pte Ltd, Singapore"],
                    ["Customer PO", "KAF-PO-24-0352 - 4 pcs samples HY-PP8000"],
                    ["Item", "HY-PP8000 pond pump 8000 l/h, 75 W, 10 m cable"],
                    ["Production 120 pcs", "waiting customer release"]]),
         ("sp",),
         ("table", [["Process", "Qty", "Status"],
                    ["Housing injection", "6", "done"],
                    ["Motor winding", "6", "done"],
                    ["Assembly", "6", "4 done, 2 today"],
                    ["Water test 24 h", "6", "waiting"],
                    ["Packing", "6", "-"]]),
         ("sp",),
         ("table", [["Material", "Qty", "Status"],
                    ["Motor stator 75 W", "120 sets", "ordered 2024-05-10, arrive 2024-06-05"],
                    ["Ceramic shaft", "120 pcs", "in stock"],
                    ["Cable 10 m H05RN-F", "120 pcs", "ordered"]]),
         ("sp",),
         ("p", "Remark: samples 6 pcs ready 2024-05-27. Material for the 120 pcs prepared to save lead time."),
         ("p", "Zoe Liang, PMC"),
     ], title="HY-PSR-24-052", author="Haoyue PMC"))])

# p24: supplier MRP printout: component POs released for 2.000 while 20 pilot released.
case("p24_mrp_material_released", ["RG006"],
     "supplier MRP releases component purchase orders for 2.000 pumps while customer released only 20 pilot",
     [("MRP_IZM1_2024-04-22.txt", T("""
EGEPOMPA SU TEKNOLOJILERI A.S.   MRP RUN / MALZEME IHTIYAC PLANI      Plant IZM1
Run: 22.04.2024 06:00            User: edemir                         Page 1
====================================================================================
Customer order : SO-24-0288 / BPC-PO-77951 (BLUEBONNET PET CENTERS INC)
Item           : EP-2500 FOUNTAIN PUMP 2500 L/H 25W
PO line        : 20 pcs pilot
Customer bal.  : 1.980 pcs (not released by customer)
Demand basis   : 2.000 pcs (pilot + balance)
====================================================================================
Component       Description            Need    Stock  Open PO  Purch. order   Status
MTR-025-230     Motor 25W 230V         2.000     140    1.860  PO-P-24-1187   RELEASED / SENT 22.04
IMP-2500        Impeller EP-2500       2.000       0    2.000  PO-P-24-1188   RELEASED / SENT 22.04
CBL-H05-05      Cable H05RN-F 5 m      2.000     300    1.700  PO-P-24-1189   RELEASED / SENT 22.04
BOX-EP2500      Colour box             2.000       0    2.000  -              PLANNED
====================================================================================
Planning note (E. Demir): material for total 2.000 pcs bought now, motor lead time 10 weeks,
copper price going up. Pilot 20 pcs: WO-24-0522.
"""))])

# p25: supplier weekly report; chips bought for 1,500; mass production to start right after approval.
case("p25_weekly_report_chips_autostart", ["RG006", "RG007"],
     "LED chips and driver ICs bought for 1,500 with 10 samples released; report says mass production starts immediately after sample approval",
     [("Hsinlight_weekly_W21.docx", docx_bytes([
         ("h1", "Weekly Project Report - Mizukusa LB-750 (week 21)"),
         ("table", [["Customer PO", "MZ-PO-24-0198: 10 pcs samples"],
                    ["Production qty", "1,500 pcs (quoted, not released yet)"],
                    ["PM", "Amy Tsai"]]),
         ("h", "Status"),
         ("table", [["Task", "Status"],
                    ["Sample PCB SMT", "done, 10 pcs"],
                    ["Extrusion tooling T1", "OK"],
                    ["Sample assembly", "10 / 10"],
                    ["Burn-in 500 h", "started 5/20"]]),
         ("h", "Material"),
         ("table", [["Material", "Qty", "Status"],
                    ["LED chip 757 6500K", "1,500 sets", "purchased 5/16 (lead time 14 weeks)"],
                    ["Driver IC", "1,500 pcs", "purchased 5/16"],
                    ["Aluminium extrusion", "10 pcs", "samples"]]),
         ("h", "Next step"),
         ("p", "After Mizukusa sample approval, mass production 1,500 pcs will start immediately (SMT line booked "
               "week 27). Target ex-factory week 30."),
         ("p", "Prepared by Amy Tsai, Project Manager, Hsinlight Optoelectronics"),
     ], author="Amy Tsai"))])

# p26: supplier portal: material reserved for 3,000 and production scheduled "as per PO acceptance".
case("p26_portal_po_acceptance_schedules", ["RG006", "RG012"],
     "supplier portal reserves material for 3,000 sets and schedules production because the PO was accepted; only 20 samples released",
     [("haoyue_portal_SO-24-0731.html", html_page("Haoyue Customer Portal - SO-24-0731", T("""
<h2>Haoyue Customer Portal</h2>
<p>Customer: Blauwerk Aquaristik GmbH &middot; Sales: Lily Chen &middot; PMC: Zoe Liang</p>
<h3>Sales order SO-24-0731</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>4500071790 (accepted 2024-05-08)</td></tr>
<tr><td>Item</td><td>BW-KF600 canister filter 600 l/h</td></tr>
<tr><td>Released qty</td><td>20 pcs (samples)</td></tr>
<tr><td>Balance</td><td>2,980 pcs &ndash; not released by customer</td></tr>
<tr><td>Material reserved</td><td>3,000 sets (motor, housing resin, impeller)</td></tr>
<tr><td>Production plan</td><td>3,000 pcs, week 27</td></tr>
</table>
<p class="note">Customer PO accepted on 2024-05-08. As per PO acceptance, production of 3,000 pcs is
scheduled in week 27 and material is reserved.</p>
""")))])

# ---- RG007 group
# p27: supplier reply: after the fish trial "we will continue directly the 22 tanks", quoted PO scope.
_t = T("""
Dear Jasmine,

Thanks for your PO. The 2 sample tanks AT-150 will finish glueing on Friday, after 48 h
curing we do water test 24 h, then crate and ship to Singapore by sea LCL, ETA around 12 June.

After your sample tanks pass the fish trial, we will continue directly the 22 tanks, no need to
wait new PO or release letter, so you can get all tanks before Chinese New Year.

Best regards
Wendy Zhou 周文
Sales Dept.
Zhongshan Jingcheng Glass Products Co., Ltd.
Tel/WeChat +86 760 8555 2390

> Hi Wendy,
> PO KAF-PO-24-0391 attached: 2 sample tanks AT-150 (150x50x60 cm, 12 mm).
> Balance 22 tanks is NOT released. After 30 days fish trial, Mr Lim Boon Huat
> will send written release for the 22 tanks.
> Regards, Jasmine
""")
case("p27_supplier_continue_after_trial", ["RG007"],
     "supplier says passing the fish trial lets them continue directly with the 22 tanks without the written release the PO requires",
     [("Re_KAF-PO-24-0391.eml", eml_bytes(mail(
         "Wendy Zhou <wendy.zhou@jc-glass.cn>", "Jasmine Tan <jasmine.tan@kranjiarowana.com.sg>",
         "Re: PO KAF-PO-24-0391 sample tanks AT-150", "Wed, 08 May 2024 17:12:00 +0800", _t,
         in_reply_to="<h185-kaf-0507@kranjiarowana.com.sg>")))])

# p28: Teams; buyer says continue with the series if samples are OK, paper later; no sample qty.
case("p28_teams_buyer_continue_series", ["RG007", "RG010"],
     "buyer contradicts her own written-release rule ('if samples OK just continue with the series, paper later'); sample quantity never stated",
     [("Teams_Oltmanns_Novotny.txt", T("""
Chat: Katrin Oltmanns (Blauwerk), Petr Novotný (Sklárna Vysočina)
Exported from Microsoft Teams 05.06.2024

[Wed 08:55] Petr Novotný (Sklárna Vysočina)
Dobrý den Katrin, samples BW-SC75 go to Bremen on Friday. Question: when you will release the series? We have glass cutting slot in week 25, after it next free slot is September.

[Wed 09:20] Katrin Oltmanns (Blauwerk)
Hi Petr, PO 4500071866 is only for the samples, the series is not released yet. Normally Dr. Hagedorn sends the written series release after the sample test.

[Wed 09:22] Katrin Oltmanns (Blauwerk)
But I don't want to lose your slot. If the samples are OK in our test, just continue with the series in week 25, Dr. Hagedorn will sign the paper later.

[Wed 09:30] Petr Novotný (Sklárna Vysočina)
OK, understood. We wait for your sample test result and then we start the series in week 25.

[Wed 09:31] Katrin Oltmanns (Blauwerk)
👍 danke
"""))])

# p29: PO: balance on hold until sample approval, then "proceed with the 570 run"; no named person.
case("p29_po_once_approved_proceed", ["RG005", "RG007"],
     "PO says once samples are approved proceed with the 570 run (no signer or conditions recorded); nobody named to release",
     [("KAF-PO-24-0420.pdf", pdf([
         ("h1", "KRANJI AROWANA FARM PTE LTD"),
         ("h", "PURCHASE ORDER KAF-PO-24-0420"),
         ("table", [["Date", "24/05/2024"],
                    ["Supplier", "PT Jala Prima Nusantara, Sidoarjo, Indonesia"],
                    ["Terms", "30% DP, 70% before shipment, FOB Surabaya"]]),
         ("sp",),
         ("table", [["No", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "NF-800", "Koi landing net frame 80 cm, SS316 hoop, M10 pole thread - samples", "30 pcs",
                     "11.20", "336.00"]]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. This PO is for 30 sample frames for trial in our koi ponds."),
         ("p", "2. Balance 570 pcs is on hold until sample approval."),
         ("p", "3. Once samples are approved, please proceed with the 570 pcs production run, no new PO needed."),
         ("p", "4. Packing 10 pcs per carton, shipping mark KAF."),
         ("p", "Issued by: Jasmine Tan, Purchasing"),
     ], title="KAF-PO-24-0420", author="Kranji Arowana Farm"))])

# ---- RG008 group
# p30: EDI 830 planning lines, note says the forecast is a firm order.
case("p30_edi830_forecast_firm", ["RG008"],
     "EDI 830 planning (code D) lines; the note calls the 12,000 EA forecast a firm order to produce to",
     [("EDI_830_EGEPOMPA_FC.txt", T("""
BLUEBONNET PET CENTERS INC - EDI 830 PLANNING SCHEDULE (PRINT VIEW)
PRINTED 06/14/2024 09:02 CDT              TRADING PARTNER: EGEPOMPA (EGEPOMPA01)

ISA*00*          *00*          *ZZ*BLUEBONNETPET  *ZZ*EGEPOMPA01     *240614*0902*U*00401*000004520*0*P*>~
GS*PS*BLUEBONNETPET*EGEPOMPA01*20240614*0902*4520*X*004010~
ST*830*0001~
BFR*00*BPC-FC-2024-07**DL*A*20240701*20241231*20240614~
N1*ST*BLUEBONNET DC SAN ANTONIO*92*DC01~
LIN**BP*204-060-01*VP*EP-6000~
UIT*EA~
FST*2000*D*D*20240701~
FST*2000*D*D*20240801~
FST*2000*D*D*20240903~
FST*2000*D*D*20241001~
FST*2000*D*D*20241101~
FST*2000*D*D*20241202~
CTT*1*12000~
SE*14*0001~

NTE: FORECAST 12,000 EA JUL-DEC 2024 FOR EP-6000 (SKU 204-060-01).
NTE: THIS FORECAST IS OUR FIRM ORDER. PLEASE COMMIT CAPACITY AND PRODUCE TO THIS SCHEDULE,
NTE: SHIP 2,000 EA MONTHLY. CONTACT D. KESSLER 210-555-0143.
"""))])

# p31: supplier turns a labelled, non-binding forecast into a "firm order" (quoted buyer mail).
_t = T("""
Dear Katrin,

Thank you very much for your firm order of 6.000 pcs BW-KF1200 for 2025 according your
forecast sheet. We have booked production capacity for you: 500 pcs every month from
January 2025. Order confirmation OC-HY-24-0611 I will send you next week.

Please confirm the colour box design for 2025 before 15 July.

""") + SIG_LILY + T("""

-------- Original Message --------
From: Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>
Date: 2024-06-10 14:02
Subject: Forecast 2025 BW-KF1200

> Hi Lily,
> attached our forecast 2025 for BW-KF1200: approx. 6.000 pcs, ca. 500 pcs/month.
> Non-binding, for your capacity planning only.
> Gruß Katrin
""")
case("p31_supplier_forecast_as_order", ["RG008"],
     "supplier thanks for a 'firm order of 6.000 pcs' that the quoted buyer mail calls a non-binding forecast",
     [("Re_BW-KF1200_2025.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@haoyue-aqua.com>", "Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>",
         "RE: Forecast 2025 BW-KF1200", "Tue, 11 Jun 2024 10:18:00 +0800", _t,
         in_reply_to="<h185-bw-0610@blauwerk-aquaristik.de>")))])

# p32: buyer supply plan labelled forecast; Q1/Q2 to be treated as firm orders.
case("p32_supply_plan_firm_quarters", ["RG008"],
     "document titled forecast tells supplier to treat Q1/Q2 forecast quantities as firm orders and produce",
     [("KAF_pumps_2025.pdf", pdf([
         ("h1", "KRANJI AROWANA FARM - PUMP SUPPLY PLAN 2025 (FORECAST)"),
         ("p", "To: EGEPOMPA Su Teknolojileri A.S., attn. Mr Murat Yilmaz. Date: 20/06/2024."),
         ("table", [["Item", "Q1", "Q2", "Q3", "Q4", "Total"],
                    ["EP-12000 pond pump", "30", "30", "20", "20", "100"],
                    ["UVC-55 UV clarifier", "6", "6", "4", "4", "20"]]),
         ("sp",),
         ("p", "This is our forecast for 2025 based on the new pond construction (blocks D and E)."),
         ("p", "Please treat the Q1 and Q2 quantities as firm orders and produce accordingly, ship at the start of "
               "each quarter. Q3 and Q4 are estimate only."),
         ("p", "Prepared by Jasmine Tan, checked by Lim Boon Huat."),
     ], title="Supply plan 2025", author="Kranji Arowana Farm"))])

# p33: vendor portal marks forecast lines as COMMITTED ORDER, build to forecast.
case("p33_portal_forecast_committed", ["RG008"],
     "portal forecast lines with status COMMITTED ORDER; vendor told to build to forecast",
     [("vendor_portal_jalaprima.html", html_page("Bluebonnet Vendor Portal - Forecast collaboration", T("""
<h2>Bluebonnet Vendor Portal &ndash; Forecast collaboration</h2>
<p>Vendor: PT JALA PRIMA NUSANTARA (V-55120) &middot; published 06/17/2024 by D. Kessler</p>
<table>
<tr><th>SKU</th><th>Item</th><th>2025 H1 forecast</th><th>2025 H2 forecast</th><th>Status</th></tr>
<tr><td>118-250-04</td><td>NF-250-BLK fish net frame 25 cm</td><td>12,000</td><td>12,000</td><td>COMMITTED ORDER</td></tr>
<tr><td>118-400-12</td><td>NF-400 koi net frame 40 cm</td><td>3,000</td><td>3,000</td><td>COMMITTED ORDER</td></tr>
</table>
<p class="note">Forecast lines with status COMMITTED ORDER are firm. Please build to forecast and confirm
ship dates in the portal by 06/28.</p>
""")))])

# p34: supplier acknowledges the forecast as an order and bought material for it.
case("p34_ack_forecast_material", ["RG006", "RG008"],
     "supplier acknowledges 'order of 9.000 pcs' from a forecast and bought tube and net for 9.000; only 50 samples on the PO",
     [("JP-OA-24-0158.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT No. JP-OA-24-0158"),
         ("p", "PT Jala Prima Nusantara, Sidoarjo, Jawa Timur, Indonesia - 13 May 2024"),
         ("table", [["Customer", "Bluebonnet Pet Centers, Inc., San Antonio, TX"],
                    ["Your PO", "BPC-PO-78150: 50 pcs samples NF-300 (production not released)"],
                    ["Your forecast 2025", "dated 02 May 2024: 9.000 pcs NF-300"],
                    ["Item", "NF-300 fish net frame 30 cm, aluminium 6063-T5, PE knotless net"]]),
         ("p", "We are happy to acknowledge your order of 9.000 pcs NF-300 according to your forecast 2025, "
               "delivery 750 pcs per month from January 2025."),
         ("p", "To secure the price, aluminium tube 6063-T5 Ø16 mm and PE knotless net for 9.000 pcs are "
               "purchased on 10 May 2024."),
         ("p", "Samples 50 pcs: ready 24 May 2024."),
         ("sp",),
         ("p", "Budi Santoso, Marketing Export  /  Rina Wulandari, PPIC"),
     ], author="Budi Santoso"))])

# p35: WeChat; supplier takes a forecast as an order and will run the balance after the samples.
case("p35_wechat_forecast_direct_run", ["RG007", "RG008"],
     "supplier takes 'forecast just for your info' as an order and plans to run 115 directly after samples are OK",
     [("WeChat_Jasmine_Lily.txt", T("""
WeChat - Chat with Lily Chen 陈莉 (Haoyue)
Exported 2024-06-04

2024-06-03 10:11 Jasmine Tan
Hi Lily, PO KAF-PO-24-0440 sent. 5 sample pumps HY-PP20000 only. Balance 115 not released, Mr Lim Boon Huat will release in writing after the pond trial.

2024-06-03 10:12 Jasmine Tan
Also our forecast 2025 is about 120 pcs, just for your info

2024-06-03 10:40 Lily Chen 陈莉
Received Jasmine 🙏 Your forecast 120 pcs we take as order, already plan production line for you in July.

2024-06-03 10:41 Lily Chen 陈莉
After 5 samples OK in your pond, we direct run the 115 pcs, no need wait paper, faster for you 😊

2024-06-03 11:05 Jasmine Tan
Samples can ship when?

2024-06-03 11:20 Lily Chen 陈莉
20 June ex-factory
"""))])

# ---- RG009 group
# p36: "approved" for QA samples, PO workflow and (not yet) production.
_t = T("""
Hi Murat,

Quick update on the EP-4500:

- Your pilot samples got approved by QA last week (SDR-24-0109), nice job.
- PO BPC-PO-78055 was approved in our system on Monday, so you'll see it in the portal as
  "approved".
- Production is NOT approved yet. The balance of 1,164 units stays on hold until Carla
  Whitfield signs a written release.

So for now it's the 36 pilot units only, which you already shipped.

Thanks,
Dwayne
""") + SIG_DWAYNE
case("p36_approved_three_ways", ["RG009"],
     "'approved' used for QA sample approval, PO workflow approval and production; scope itself complete",
     [("EP-4500_update.eml", eml_bytes(mail(
         "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>", "Murat Yilmaz <murat.yilmaz@egepompa.com.tr>",
         "EP-4500 update", "Wed, 29 May 2024 16:10:00 -0500", _t, html=alt_html(_t))))])

# p37: sample report using "release" for drawing, PO, sample and production.
case("p37_report_release_four_ways", ["RG009"],
     "'released' used for drawing release, SAP PO release, technical sample release and production release",
     [("BW-LUX120_Musterpruefbericht.docx", docx_bytes([
         ("h1", "Musterprüfbericht / Sample report BW-LUX 120"),
         ("table", [["Supplier", "Hsinlight Optoelectronics Co., Ltd., Taichung"],
                    ["Part", "BW-LUX 120 LED light bar 1200 mm, 24 V, IP67"],
                    ["Drawing", "HL-BW120 Rev D - released 12.04.2024"],
                    ["PO", "4500071940 - released in SAP 15.04.2024"],
                    ["Samples", "8 pcs received 21.05.2024"]]),
         ("h", "Ergebnis / Result"),
         ("p", "Sample release: RELEASED (technical release by quality, 27.05.2024). IP67 1 m / 30 min OK, "
               "EN 62471 exempt group, colour temperature 6.500 K ± 300 K, flicker < 1 %."),
         ("p", "Production release: not yet. The series quantity of 792 pcs remains not released until Dr. Jens "
               "Hagedorn signs the written production release."),
         ("sp",),
         ("p", "Sven Brinkmann, Qualität, 27.05.2024"),
     ], author="Sven Brinkmann"))])

# p38: SAP PO: FREIGEGEBEN (release strategy) next to sample and production "Freigabe".
case("p38_sap_po_freigabe_mixed", ["RG009"],
     "SAP release status 'FREIGEGEBEN/RELEASED', 'samples released for manufacture', 'Musterfreigabe' and 'Produktionsfreigabe' in one PO",
     [("4500071822.txt", T("""
Blauwerk Aquaristik GmbH                            BESTELLUNG / PURCHASE ORDER
Hafenstraße 41, 28217 Bremen
----------------------------------------------------------------------------------------
Bestellnr.: 4500071822     Datum: 06.05.2024     Freigabestatus: FREIGEGEBEN / RELEASED
                                                 (Freigabestrategie B2, Stufe 2 erledigt)
Lieferant: 70451 EGEPOMPA Su Teknolojileri A.S., Kemalpasa OSB, 35730 Izmir, TR
----------------------------------------------------------------------------------------
Pos   Material     Bezeichnung                                 Menge  ME   Preis EUR  Wert EUR
0010  BW-TP3000    Teichpumpe 3000 l/h, 25 W, Kabel 10 m          20  ST     31,20     624,00
                   Muster / samples
      Positionstext: Muster freigegeben zur Fertigung: 20 ST.
                     Samples released for manufacture: 20 pcs.
----------------------------------------------------------------------------------------
Kopftext:
Restmenge 1.980 ST ist nicht zur Produktion freigegeben. Produktionsfreigabe erst nach
Musterfreigabe durch die Qualität und schriftlich durch Dr. Jens Hagedorn.
Balance 1.980 pcs is not released for production. Production release only after sample
approval by quality and in writing by Dr. Jens Hagedorn.
Prüfung: EN 60335-2-55, IPX8, 1000 h Dauerlauf an 2 Mustern.
Zahlungsbedingung: 60 Tage netto       Lieferbedingung: FCA Izmir (Incoterms 2020)
"""))])

# p39: buyer portal: PO "RELEASED", "Release qty", sample release, production release.
case("p39_portal_release_status_mixed", ["RG009"],
     "portal uses 'released/release' for PO issue, sample QC and production in one status block",
     [("MZ-PO-24-0251.html", html_page("Mizukusa Supplier Portal - MZ-PO-24-0251", T("""
<h2>Mizukusa Garden &ndash; Supplier Portal</h2>
<p>Supplier: Sklárna Vysočina s.r.o. (S-0093) &middot; Buyer: Takeshi Morimoto</p>
<h3>Order MZ-PO-24-0251</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order status</td><td><b>RELEASED</b> (PO released to supplier 2024-05-10)</td></tr>
<tr><td>Item</td><td>MG-36C cube tank 36x36x36 cm, 6 mm extra clear, drawing SV-3636 Rev 1</td></tr>
<tr><td>Sample quantity</td><td>10 pcs</td></tr>
<tr><td>Release qty</td><td>10</td></tr>
<tr><td>Sample release</td><td>pending QC</td></tr>
<tr><td>Production release</td><td>not released &ndash; 590 pcs on hold</td></tr>
<tr><td>Production release by</td><td>Director Kenji Arakawa, in writing, after sample evaluation</td></tr>
</table>
""")))])

# p40: finance approved the deposit, samples approved, "you are approved to start. Please go ahead."
_t = T("""
Hi Lily,

Good news. Our finance approved the 30% deposit payment yesterday, TT will reach you in 2 days.
Mr Lim also approved the 6 sample units after 2 weeks in the quarantine tanks, UV output ok.

So you are approved to start. Please go ahead.

As per PO KAF-PO-24-0377 the balance 94 units still on hold, Mr Lim Boon Huat will sign the
written production release later.

Regards
Jasmine
""") + SIG_JASMINE
case("p40_finance_approved_go_ahead", ["RG002", "RG009", "RG012"],
     "deposit approval by finance and sample approval lead to 'you are approved to start. Please go ahead' with no quantity",
     [("HY-UV40_KAF.eml", eml_bytes(mail(
         "Jasmine Tan <jasmine.tan@kranjiarowana.com.sg>", "Lily Chen <lily.chen@haoyue-aqua.com>",
         "HY-UV40 - good news", "Thu, 30 May 2024 10:02:00 +0800", _t)))])

# ---- RG011 group
# p41: PO text says ten (10) samples, the line says 12.
case("p41_po_ten_vs_twelve", ["RG011"],
     "PO remarks ask for ten (10) sample tanks, the PO line orders 12",
     [("MZ-PO-24-0231.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Mizukusa Garden Co., Ltd., 3-1 Ofukacho, Kita-ku, Osaka 530-0011, Japan"),
         ("table", [["PO No.", "MZ-PO-24-0231", "Date", "2024-05-02"],
                    ["Supplier", "Sklarna Vysocina s.r.o., Jihlava, CZ", "Currency", "EUR"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                    ["1", "MG-60P", "Rimless tank 60x30x36 cm, 6 mm extra clear, drawing SV-6036 Rev 2 - SAMPLES",
                     "12 pcs", "52,00", "624,00"]]),
         ("sp",),
         ("p", "Remarks: Please make ten (10) sample tanks for our shop test. The production quantity 1,190 pcs "
               "is not released. Director Kenji Arakawa will sign the written production release after sample "
               "evaluation. Material for samples only."),
         ("p", "Issued by: Takeshi Morimoto, Purchasing"),
     ], title="MZ-PO-24-0231", author="Mizukusa Garden"))])

# p42: cover mail says PO ...114 for 30 samples; attached PO is ...141 for 36 samples.
_po = pdf([
    ("h1", "PURCHASE ORDER BPC-PO-78141"),
    ("p", "Bluebonnet Pet Centers, Inc., 4100 NW Loop 410, San Antonio, TX 78229 - Date 05/06/2024"),
    ("p", "Vendor: Foshan Haoyue Aquatic Equipment Co., Ltd. (V-55140)"),
    ("table", [["Line", "SKU", "Description", "Qty", "Unit USD", "Ext USD"],
               ["1", "204-024-01", "UVC-24 UV clarifier 24 W, 10 m cable - sample units", "36 ea", "24.80", "892.80"]]),
    ("sp",),
    ("p", "PO note: This PO covers the sample units only. The production balance of 1,164 ea is not released. "
          "Release after QA sample sign-off, by written release from Carla Whitfield (VP Merchandising)."),
    ("p", "Material authority: sample units only."),
], pagesize=LETTER, title="BPC-PO-78141", author="Bluebonnet Purchasing")
_t = T("""
Hi Lily,

Attached PO BPC-PO-78114 for thirty (30) sample units UVC-24.
Production balance 1,170 is not released until QA sample sign-off and a written release
by Carla Whitfield. Material: samples only.

Please confirm ship date.

Thanks,
Dwayne
""") + SIG_DWAYNE
case("p42_mail_vs_attached_po", ["RG011"],
     "cover mail: PO BPC-PO-78114, 30 samples (balance 1,170); attached PO: BPC-PO-78141, 36 samples (balance 1,164)",
     [("PO_UVC-24_samples.eml", eml_bytes(mail(
         "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>", "Lily Chen <lily.chen@haoyue-aqua.com>",
         "PO for UVC-24 samples", "Mon, 06 May 2024 13:55:00 -0500", _t,
         attachments=[("BPC-PO-78141.pdf", _po, PDF_MT)])))])

# p43: release letter: eintausend (1.000) in the text, 1.100 in the table.
case("p43_release_letter_words_vs_table", ["RG011"],
     "series release letter states eintausend (1.000) pcs in the text and 1.100 pcs in the table",
     [("SF-2024-011.docx", docx_bytes([
         ("h1", "Serienfreigabe / Production release SF-2024-011"),
         ("p", "Blauwerk Aquaristik GmbH, Bremen  →  Foshan Haoyue Aquatic Equipment Co., Ltd."),
         ("p", "Bezug / reference: PO 4500071120, BW-KF1200 canister filter, drawing HY-CF1200 Rev C"),
         ("p", "Die Musterprüfung (sample test, report QS-24-0412) wurde am 17.05.2024 bestanden. Hiermit geben wir "
               "eintausend (1.000) Stück zur Produktion frei. / We hereby release one thousand (1.000) pcs for "
               "production."),
         ("table", [["Position", "Menge / quantity"],
                    ["Muster (geliefert) / samples (delivered)", "20 ST"],
                    ["Freigegebene Menge / released quantity", "1.100 ST"],
                    ["Restmenge gesperrt / balance on hold", "1.980 ST"]]),
         ("p", "Die Restmenge bleibt gesperrt bis zur nächsten schriftlichen Freigabe. / The balance stays on hold "
               "until the next written release."),
         ("sp",),
         ("p", "Dr. Jens Hagedorn, Leiter Produktmanagement, Bremen, 21.05.2024"),
     ], author="Jens Hagedorn"))])

# ---- RG012
# p44: buyer forwards AP payment confirmation (rfc822): deposit paid, so start the run on the balance.
_ap = mail("Accounts Payable <ap@bluebonnetpet.com>", "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>",
           "Payment confirmation - V-55087 EGEPOMPA - BPC-PO-78120", "Fri, 07 Jun 2024 15:20:00 -0500", T("""
Payment confirmation

Vendor:        V-55087 EGEPOMPA SU TEKNOLOJILERI A.S.
PO:            BPC-PO-78120 (EP-15000 koi pond pump, 1,200 ea total)
Amount:        USD 9,504.00 (30% deposit)
Method:        international wire, value date 06/07/2024
Reference:     FW2406070031

This is an automated message from Bluebonnet Accounts Payable. Please do not reply.
"""))
_t = T("""
Murat,

See below from our AP: the deposit on the full 1,200 units of PO BPC-PO-78120 is paid.
The 12 pilot pumps went out last week, so you're good to start the run on the 1,188 balance
now - please don't wait for anything else. Send me the production schedule.

Dwayne
""") + SIG_DWAYNE
case("p44_fw_payment_start_balance", ["RG012"],
     "buyer forwards the deposit payment confirmation and tells supplier to start the 1,188 balance because it is paid",
     [("FW_BPC-PO-78120.eml", eml_bytes(mail(
         "Dwayne Kessler <dwayne.kessler@bluebonnetpet.com>", "Murat Yilmaz <murat.yilmaz@egepompa.com.tr>",
         "FW: Payment confirmation - V-55087 EGEPOMPA - BPC-PO-78120", "Mon, 10 Jun 2024 08:31:00 -0500", _t,
         attachments=[("rfc822", _ap)])))])

# ---- multi-file positives
# m2: PO for 8 samples (scope complete) + proforma for 80 pcs with production start after deposit.
case("m2_po_and_proforma", ["RG011", "RG012"],
     "PO 8 sample pumps vs proforma 80 pcs for the same PO; proforma says production starts after the 30% deposit",
     [("KAF-PO-24-0355.pdf", pdf([
         ("h1", "KRANJI AROWANA FARM PTE LTD"),
         ("h", "PURCHASE ORDER KAF-PO-24-0355"),
         ("table", [["Date", "09/05/2024"],
                    ["Supplier", "Foshan Haoyue Aquatic Equipment Co., Ltd., Foshan, Guangdong"],
                    ["Terms", "30% deposit, 70% before shipment"]]),
         ("sp",),
         ("table", [["No", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "HY-PP15000", "Pond pump 15000 l/h, 120 W, 10 m cable - samples", "8 units", "96.00",
                     "768.00"]]),
         ("sp",),
         ("p", "Remarks: 8 sample pumps for 30-day pond trial. Balance 112 units not released. After the trial, "
               "Mr Lim Boon Huat (Farm Manager) signs the written production release. Material: samples only."),
         ("p", "Issued by: Jasmine Tan, Purchasing"),
     ], title="KAF-PO-24-0355", author="Kranji Arowana Farm")),
      ("PI-HY-24-0355.pdf", pdf([
          ("h1", "PROFORMA INVOICE PI-HY-24-0355"),
          ("p", "Foshan Haoyue Aquatic Equipment Co., Ltd. - Shishan Industrial Park, Nanhai, Foshan, Guangdong"),
          ("table", [["Buyer", "Kranji Arowana Farm Pte Ltd, Singapore"],
                     ["Buyer's PO", "KAF-PO-24-0355"],
                     ["Date", "2024-05-11"]]),
          ("sp",),
          ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                     ["HY-PP15000", "Pond pump 15000 l/h, 120 W", "80 pcs", "96.00", "7,680.00"],
                     ["", "Deposit 30%", "", "", "2,304.00"],
                     ["", "Balance 70% before shipment", "", "", "5,376.00"]]),
          ("sp",),
          ("p", "Remark: Production start after 30% deposit received. Lead time 35 days after deposit."),
          ("p", "Bank: Bank of China Foshan Branch, SWIFT BKCHCNBJ46A, A/C 6688 0155 2290"),
      ], title="PI-HY-24-0355", author="Haoyue"))])

# m3: SAP PO (scope complete) + supplier confirmation: glass bought for 1.200, series directly after approval.
_sap = T("""
Blauwerk Aquaristik GmbH                            BESTELLUNG / PURCHASE ORDER
Hafenstraße 41, 28217 Bremen
----------------------------------------------------------------------------------------
Bestellnr.: 4500071810     Datum: 08.05.2024
Lieferant: 70388 Sklárna Vysočina s.r.o., Průmyslová 1200, 586 01 Jihlava, CZ
----------------------------------------------------------------------------------------
Pos   Material     Bezeichnung                                 Menge  ME   Preis EUR  Wert EUR
0010  BW-SC60      Becken 60x30x36 cm, 6 mm Optiwhite             15  ST     38,90     583,50
                   Muster / samples, Zeichnung BW-6036 Rev 4
----------------------------------------------------------------------------------------
Kopftext:
Musterbestellung: 15 Stück. Restmenge 1.185 Stück der Serie (gesamt 1.200) ist gesperrt
und nicht freigegeben. Serienfreigabe nur schriftlich durch Dr. Jens Hagedorn nach
bestandener Musterprüfung. Material: nur für Muster.
Sample order: 15 pcs. Balance 1.185 pcs of the series (total 1.200) is blocked and not
released. Series release only in writing by Dr. Jens Hagedorn after a passed sample test.
Material: samples only.
Liefertermin Muster: KW 22/2024     Lieferbedingung: DAP Bremen
""").replace("\n", "\r\n")
_t = T("""
Dear Mrs. Oltmanns,

we confirm your order 4500071810 for 15 pcs samples BW-SC60, delivery KW 22.

Information: we ordered already the Optiwhite 6 mm glass for all 1.200 tanks, because the
price goes up 8 % from 1.7. Glass arrives KW 24 and we store it for you.

After your sample approval we go directly into the series production, so no time is lost
and you don't need to send more paperwork.

""") + SIG_NOVOTNY + T("""

Od: Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>
Odesláno: středa 8. května 2024 11:02
Předmět: Bestellung 4500071810 BW-SC60

> Pos 0010 BW-SC60 Becken 60x30x36 cm, 6 mm Optiwhite, 15 ST Muster
> Restmenge 1.185 Stück der Serie (gesamt 1.200) ist gesperrt und nicht freigegeben.
> Serienfreigabe nur schriftlich durch Dr. Jens Hagedorn nach bestandener Musterprüfung.
> Material: nur für Muster.
""")
case("m3_sap_po_and_supplier_confirmation", ["RG006", "RG007"],
     "PO scope complete (15 samples, 1.185 blocked, Hagedorn); supplier bought glass for 1.200 and will go into series directly after sample approval",
     [("4500071810.txt", _sap),
      ("Re_4500071810.eml", eml_bytes(mail(
          "Petr Novotný <petr.novotny@sklarna-vysocina.cz>", "Katrin Oltmanns <k.oltmanns@blauwerk-aquaristik.de>",
          "RE: Bestellung 4500071810 BW-SC60", "Thu, 09 May 2024 08:40:00 +0200", _t,
          in_reply_to="<h185-bw-0508@blauwerk-aquaristik.de>")))])

# m4: DOCX PO 12 samples (scope complete) + supplier quote + LINE chat changing samples to 15.
case("m4_po_quote_chat_qty_change", ["RG011"],
     "PO orders 12 samples; buyer's LINE message asks for 15 samples on the same unchanged PO",
     [("MZ-PO-24-0212.docx", docx_bytes([
         ("h1", "PURCHASE ORDER MZ-PO-24-0212"),
         ("p", "Mizukusa Garden Co., Ltd., Osaka  →  Hsinlight Optoelectronics Co., Ltd., Taichung"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "LB-600", "Light bar 600 mm full spectrum, 24 V, IP67 - samples", "12 pcs", "42.00", "504.00"]]),
         ("h", "Scope"),
         ("p", "Released now: 12 pcs samples. The balance of 1,788 pcs is not released."),
         ("p", "Unlock: our sample evaluation (spectrum, 500 h burn-in), then a written production release "
               "signed by Director Kenji Arakawa."),
         ("p", "Material: sample quantity only."),
         ("sp",),
         ("p", "Takeshi Morimoto, Purchasing, 2024-04-30"),
     ], author="Takeshi Morimoto")),
      ("HL-Q-24-0418.pdf", pdf([
          ("h1", "Hsinlight Optoelectronics Co., Ltd."),
          ("p", "No. 55, Gongye 22nd Rd., Xitun Dist., Taichung 40768, Taiwan"),
          ("h", "Quotation HL-Q-24-0418"),
          ("table", [["Item", "Stage", "Qty", "Unit USD FOB Taichung", "Lead time"],
                     ["LB-600", "Samples", "12 pcs", "42.00", "3 weeks"],
                     ["LB-600", "Mass production", "1,800 pcs", "27.50", "6 weeks after release"]]),
          ("p", "LED 2835 mid-power, LM-80 6000 h, EN 62471, IP67, aluminium 6063 extrusion, 24 V DC PSE adapter."),
          ("p", "Kevin Lin, Sales Manager"),
      ], title="HL-Q-24-0418", author="Hsinlight")),
      ("LINE_Morimoto_Kevin.txt", T("""
[LINE] Chat history with Kevin Lin (Hsinlight)
Saved on: 2024/05/08 17:40

2024/05/07(Tue)
14:02	森本 武	Kevin-san, sorry one change. Please make 15 pcs sample LB-600, not 12. 3 pcs more for our shop display in Umeda.
14:03	森本 武	PO no change, same PO MZ-PO-24-0212.
14:30	Kevin Lin	OK Morimoto-san, 15 pcs samples noted 👍
14:31	Kevin Lin	Ship date same, 5/24
"""))])


# =================================================================== WRITE
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(185185).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h185_{i:02d}_{stem}"
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
