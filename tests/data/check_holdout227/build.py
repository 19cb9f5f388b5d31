#!/usr/bin/env python3
"""Generator for the releasegate check_holdout227 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout227/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: hydroponic and vertical-farm hardware (grow-tray inserts, NFT channel end caps,
LED bar clips, nutrient-manifold brackets, rack casters). All names are fictional.
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


def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


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
    m["Message-ID"] = msgid or f"<h227-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h227")
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


def quote(text, level=1):
    """Prefix every line of text with '> ' (level times), as mail clients do."""
    p = "> " * level
    return "\n".join((p + ln).rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


def text_to_html(text):
    """Very small text->HTML conversion for the text/html alternative of a mail."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:8px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial\">\n"
            + "\n".join(out) + "\n</body></html>\n")


# ------------------------------------------------------------------ people
WH = "Westhoek Kasprojecten B.V."
WH_PH = "+31 174 62 4410"
SV = "Sahab Vertical Farms FZ-LLC"
SV_PH = "+971 4 880 2176"
AZ = "Aozora Plant Factory Co., Ltd."
AZ_PH = "+81 4-7133-2290"
CB = "Agrícola Cordillera Berries SpA"
CB_PH = "+56 42 243 1180"
AP = "Arava Polymer Works Ltd."
AP_PH = "+972 8-627-4410"
PP = "Plásticos Poniente S.L."
PP_PH = "+34 950 48 22 16"
LY = "Shouguang Lvyuan Agri-Equipment Co., Ltd."
LY_PH = "+86 536 521 7788"
HF = "Hsin-Feng Precision Plastics Co., Ltd."
HF_PH = "+886 4 2359 6610"
SA = "Saigon AgriMetal Co., Ltd."
SA_PH = "+84 274 3628 115"

JOOST = "Joost van der Meer <joost.vandermeer@westhoek-kas.nl>"
MARIEKE = "Marieke Bos <marieke.bos@westhoek-kas.nl>"
SANDER = "Sander Hoekstra <sander.hoekstra@westhoek-kas.nl>"
FAISAL = "Faisal Al Mazrouei <faisal.almazrouei@sahabfarms.ae>"
PRIYA = "Priya Menon <priya.menon@sahabfarms.ae>"
OMAR = "Omar Al Suwaidi <omar.alsuwaidi@sahabfarms.ae>"
TAKAHASHI = "Kenji Takahashi <k.takahashi@aozora-pf.co.jp>"
SATO = "Yuko Sato <y.sato@aozora-pf.co.jp>"
NAKAMURA = "Hiroshi Nakamura <h.nakamura@aozora-pf.co.jp>"
CATALINA = "Catalina Rojas <crojas@cordilleraberries.cl>"
IGNACIO = "Ignacio Pérez <iperez@cordilleraberries.cl>"
RODRIGO = "Rodrigo Fuentes <rfuentes@cordilleraberries.cl>"
AVI = "Avi Ben-David <avi@aravapolymer.co.il>"
NOA = "Noa Shapira <noa.s@aravapolymer.co.il>"
JAVIER = "Javier Moreno <jmoreno@plasticosponiente.es>"
LUCIA = "Lucía Fernández <lfernandez@plasticosponiente.es>"
LEO = "Leo Wang <leo.wang@lvyuan-agri.cn>"
SUNNY = "Sunny Liu <sunny.liu@lvyuan-agri.cn>"
KEVIN = "Kevin Lin <kevin.lin@hsinfeng-pp.com.tw>"
AMY = "Amy Chen <amy.chen@hsinfeng-pp.com.tw>"
MINH = "Nguyen Van Minh <minh.nv@saigonagrimetal.vn>"
HUONG = "Tran Thi Huong <huong.tt@saigonagrimetal.vn>"


def eml(name, m):
    return (name, eml_bytes(m))


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorized quantity)
case("c01_supplier_quote_tiers", [],
     "Israeli supplier quote with a 48 pcs sample tier and 4.800/9.600 production tiers; a quote authorizes nothing",
     [("APW-Q-24-118.pdf", pdf([
         ("h1", "ARAVA POLYMER WORKS LTD."),
         ("p", "Emek Sara Industrial Zone, Be'er Sheva, Israel  |  +972 8-627-4410  |  ISO 9001:2015 cert. no. IL-QM-20417"),
         ("h", "QUOTATION APW-Q-24-118"),
         ("p", "Date: 14.05.2024    Valid: 60 days    Customer: Westhoek Kasprojecten B.V., Honselersdijk (NL)    "
               "Attn: Mr. Joost van der Meer, Inkoop"),
         ("p", "Item: grow-tray insert GTI-1020-72, 72 cells, PP black, for standard 1020 flat, per drawing "
               "GTI-1020 Rev D. Wall 0,6 mm. Food contact PP grade per EU 10/2011 (declaration on request)."),
         ("table", [
             ["Tier", "Quantity", "Unit price", "Lead time"],
             ["Sample lot", "48 pcs", "EUR 2,90", "3 weeks from PO"],
             ["Production A", "4.800 pcs", "EUR 0,42", "6 weeks from written release"],
             ["Production B", "9.600 pcs", "EUR 0,37", "7 weeks from written release"],
         ]),
         ("sp",),
         ("p", "Mould: single-cavity aluminium insert tool, EUR 6.400 one-off, or amortized over the first 9.600 pcs "
               "(+ EUR 0,07/pc)."),
         ("p", "Prices EXW Be'er Sheva (Incoterms 2020). Payment 30 days net. Packing 240 pcs per carton."),
         ("p", "Please note this is an offer only. Sample lot is made after we receive a PO for the samples. Production "
               "tiers are made only after your written release, not before."),
         ("p", "Avi Ben-David, Sales Manager Europe"),
     ], title="Quotation APW-Q-24-118", author="Arava Polymer Works"))])


# c02 RFQ with three quantity scenarios (multipart/alternative)
_t = T("""
    Dear Kevin,

    Greetings from Dubai. Hope you are doing well.

    Kindly quote us the LED bar clip LBC-25 (for 25 mm LED bars, PC black, UL 94 V-0) as per attached
    drawing LBC-25 Rev C that I sent last week. We need prices for three scenarios please:

      Scenario 1:  5,000 pcs per year
      Scenario 2: 20,000 pcs per year
      Scenario 3: 60,000 pcs per year (if our second farm in Al Ain goes ahead)

    Plus fifty (50) samples for our fit test on the racks. Please also mention tooling cost, lead time and
    MOQ per shipment.

    Please note this is a request for quotation only, not an order. We will issue a PO after
    comparing the offers.

    Appreciate your quick reply, latest by Thursday inshallah.

    Best regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH)
case("c02_rfq_three_scenarios", [],
     "Gulf buyer RFQ for LED bar clips with 5,000/20,000/60,000 scenarios and 50 samples, explicitly not an order",
     [eml("RFQ_LBC-25.eml", mail(FAISAL, KEVIN, "RFQ - LED bar clip LBC-25 - 3 scenarios",
                                  "Mon, 13 May 2024 10:12:00 +0400", _t, html=text_to_html(_t)))])


# c03 supplier asks for the go-ahead on the balance, under a complete quoted scope (two levels)
_t = T("""
    Dear Ms Catalina,

    Thank you. The 20 samples RC-125-BR finish and ship by DHL today, AWB 77 4120 5583.

    Please kindly confirm, can we have the go-ahead for the balance 580 pcs? We wait your written
    release, we not start before.

    Best regards,
    Minh
""") + sig("Nguyen Van Minh", "Sales Executive", SA, SA_PH) + "\n" + T("""
    -----Original Message-----
    From: Catalina Rojas <crojas@cordilleraberries.cl>
    Sent: Tuesday, 21 May 2024 16:40
    To: Nguyen Van Minh
    Subject: RE: OC 4500-2231 ruedas RC-125-BR

""") + quote(T("""
    Estimado Minh,

    Confirmo: OC 4500-2231 covers only the twenty (20) sample casters RC-125-BR. The balance of
    580 pcs from your quote SAM-Q-24-061 is NOT released. It will be released only in writing by
    Rodrigo Fuentes (Gerente de Operaciones), after Ignacio Pérez signs off the samples.
    Material: only for the 20 samples, please.

    Saludos,
    Catalina Rojas
    Compras - Agrícola Cordillera Berries SpA

    -----Original Message-----
    From: Nguyen Van Minh
    Sent: Tuesday, 21 May 2024 09:05
""")) + quote(T("""
    Dear Catalina, we receive OC 4500-2231. Please confirm scope, only samples or also the 600 pcs?
    Thank you.
"""), level=2)
case("c03_supplier_question_under_scope", [],
     "Vietnamese supplier asks for the go-ahead on the 580 balance; quoted buyer scope names 20 active, hold, sign-off and Rodrigo Fuentes",
     [eml("RE_RE_OC_4500-2231.eml", mail(MINH, CATALINA, "RE: RE: OC 4500-2231 ruedas RC-125-BR",
                                          "Thu, 06 Jun 2024 15:22:00 +0700", _t,
                                          in_reply_to="<h227-cr2231@cordilleraberries.cl>"))])


# c04 clearly labelled EDI 830 forecast
case("c04_edi830_labelled_forecast", [],
     "Japanese buyer's X12 830 planning schedule: FST qualifier D (planning), note says forecast only, not an order, no authorization",
     [("AZ_830_20240610.txt", T("""
    ====================================================================
     AOZORA PLANT FACTORY CO., LTD. - EDI OUTBOUND - TRANSLATION PRINT
     Transaction set : 830 PLANNING SCHEDULE W/ RELEASE CAPABILITY
     Partner         : SHOUGUANG LVYUAN AGRI-EQUIPMENT CO LTD (LYAGRI01)
     Control no.     : 000004417        Printed: 2024-06-10 07:31 JST
    ====================================================================
    ISA*00*          *00*          *ZZ*AOZORAPF       *ZZ*LYAGRI01       *240610*0731*U*00401*000004417*0*P*>~
    BFR*05*AZ-FC-2024-24**DL*A*20240701*20241229*20240610~
    NTE*GEN*FORECAST ONLY - NOT AN ORDER. NO FABRICATION OR MATERIAL AUTHORIZATION.~
    NTE*GEN*ORDERS ONLY BY SEPARATE PO AND WRITTEN RELEASE.~
    N1*ST*AOZORA PLANT FACTORY KASHIWA NO.2*92*KSW2~
    LIN**BP*NMB-316-40*EC*REV C~
    UIT*EA~
    PID*F****NUTRIENT MANIFOLD BRACKET SS316 40MM M8X1.25~
    FST*120*D*W*20240701~
    FST*120*D*W*20240708~
    FST*240*D*W*20240805~
    FST*240*D*W*20240902~
    FST*480*D*M*20241001~
    FST*480*D*M*20241101~
    FST*600*D*M*20241201~
    CTT*1*2280~
    SE*17*4417~

    --- human readable summary -------------------------------------------
    Part NMB-316-40 Rev C (SS316, 40 mm pipe, M8x1.25 stud)
    Forecast qualifier: D = PLANNING (not firm)
    Horizon 01.07.2024 - 29.12.2024, total 2.280 EA (information only)
    No ATH segment sent: no fabrication authorization, no material authorization.
    Questions: k.takahashi@aozora-pf.co.jp (Purchasing)
    ----------------------------------------------------------------------
"""))])


# c05 sample sign-off "approved for fit check only; production not released" (DOCX)
case("c05_signoff_fit_check_only", [],
     "Dutch sign-off record: approved for fit check only, 3.960 not released, release by Sander Hoekstra after sign-off and trial",
     [("Aftekening_EC-100x50_S1.docx", docx_bytes([
         ("h1", "Sample sign-off record SO-WH-24-031"),
         ("p", "Westhoek Kasprojecten B.V. - Engineering, Honselersdijk"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "NFT channel end cap EC-100x50, drawing EC-10050 Rev B"],
             ["Supplier", "Plásticos Poniente S.L., El Ejido"],
             ["PO", "4500-7712 (forty (40) samples)"],
             ["Samples received", "40 pcs on 27-05-2024"],
             ["Checked by", "Marieke Bos, Project Engineer"],
         ]),
         ("h", "Measurements (5 pcs)"),
         ("table", [
             ["Characteristic", "Nominal", "Measured", "Result"],
             ["Inner width", "100,0 +0,3/-0", "100,1 - 100,2", "OK"],
             ["Inner height", "50,0 +0,3/-0", "50,1 - 50,3", "OK"],
             ["Drain spout ID", "16,0 +/-0,2", "15,9 - 16,1", "OK"],
             ["Leak test 0,2 bar, 30 min", "no leak", "no leak", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "Samples approved for fit check only; production not released."),
         ("p", "The quoted production quantity of 3.960 pcs (quote PP-24-077) is not released by this record. "
               "Production release needs a separate written release by Sander Hoekstra (Supply Chain Manager), "
               "after this sign-off and after the 4-week trial in greenhouse 3 at Honselersdijk."),
         ("p", "Material authority for the supplier: sample-only."),
         ("p", "Signed: M. Bos, 29-05-2024"),
     ], author="Marieke Bos"))])


# c06 full-quantity PO, "proceed with the full 600"
case("c06_full_quantity_po", [],
     "Chilean full-quantity PO for 600 casters with three schedule lines summing to 600; no balance exists",
     [("OC_4500-2250.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500-2250"),
         ("p", "Agrícola Cordillera Berries SpA - Camino a Pinto km 6, Chillán, Chile - RUT 76.418.220-5"),
         ("p", "Proveedor / Supplier: Saigon AgriMetal Co., Ltd., VSIP II, Binh Duong, Vietnam"),
         ("p", "Fecha: 03-06-2024    Moneda: USD    Incoterm: FOB Ho Chi Minh City"),
         ("table", [
             ["Pos", "Código", "Descripción", "Cant.", "Precio", "Total"],
             ["10", "RC-125-BR-150", "Rack caster 125 mm, braked, 150 kg, stem M12x1.75, per EN 12532",
              "600 pcs", "USD 3,85", "USD 2.310,00"],
         ]),
         ("sp",),
         ("h", "Entregas / delivery schedule (same line 10)"),
         ("table", [
             ["Schedule line", "Qty", "ETD"],
             ["1", "200 pcs", "wk 28"],
             ["2", "200 pcs", "wk 31"],
             ["3", "200 pcs", "wk 34"],
             ["Total", "600 pcs", ""],
         ]),
         ("sp",),
         ("p", "This PO is for the full and final quantity of 600 pcs. There is no sample lot, no balance and no "
               "further release for this order. Proceed with the full 600 pcs."),
         ("p", "Salt spray 480 h per ISO 9227 on zinc plating, certificate with shipment 1."),
         ("p", "Catalina Rojas, Compras"),
     ], title="OC 4500-2250", author="Agricola Cordillera Berries"))])


# c07 EDI call-off with explicit staged material authority above the released quantity
case("c07_calloff_staged_material", [],
     "Call-off releases 200 with an explicit staged material authority up to 1.000; balance 1.800 on hold until next call-off, Omar Al Suwaidi",
     [("SVF-CO-0003.txt", T("""
    SAHAB VERTICAL FARMS FZ-LLC              CALL-OFF / RELEASE NOTICE
    Dubai Industrial City, UAE               No. SVF-CO-0003
    ---------------------------------------------------------------------
    Supplier   : SHOUGUANG LVYUAN AGRI-EQUIPMENT CO., LTD. (vendor 200318)
    Agreement  : SVF-SA-2024-07 (quote LY-Q-2390, 2.000 pcs production)
    Part       : EC-100x50  NFT channel end cap, PVC-U grey, drg EC-10050 Rev B
    Date       : 17.06.2024
    ---------------------------------------------------------------------
    RELEASE TYPE          QTY (PCS)   CUM.     DELIVERY
    FAB  (production)        200        200    FOB Qingdao wk 29
    RAW  (material)        1.000      1.000    staged, not to be processed
    ---------------------------------------------------------------------
    RELEASED FOR PRODUCTION NOW  : 200 PCS
    MATERIAL AUTHORITY           : STAGED up to 1.000 pcs equivalent of PVC-U
                                   compound, at buyer liability. Staging only,
                                   no moulding beyond the 200 pcs above.
    BALANCE OF QUOTED 2.000 PCS  : 1.800 PCS NOT RELEASED - on hold until the
                                   next call-off (SVF-CO-0004).
    AUTHORIZED BY                : Omar Al Suwaidi, COO (release authority)
    ---------------------------------------------------------------------
    Pls confirm by return. Thanks & regards - Procurement, Faisal Al Mazrouei
"""))])


# c08 signed auto-conversion record
case("c08_signed_auto_conversion", [],
     "Explicit signed auto-conversion: approved sign-off by Yuko Sato before 31-08 releases 2.970 pcs; signer Hiroshi Nakamura; until then not released",
     [("AC-2024-03_LBC-25.docx", docx_bytes([
         ("h1", "Auto-conversion agreement AC-2024-03"),
         ("p", "Aozora Plant Factory Co., Ltd. (buyer) / Hsin-Feng Precision Plastics Co., Ltd. (supplier)"),
         ("table", [
             ["Item", "Content"],
             ["Part", "LED bar clip LBC-25, drawing LBC-25 Rev C, PC UL 94 V-0 black"],
             ["PO", "AZ-PO-24-0905: 30 pcs samples (active now)"],
             ["Quote", "HF-Q-5521: 30 samples + 2.970 pcs production"],
             ["Quantity converted", "2.970 pcs"],
             ["Condition", "Sample sign-off disposition APPROVED (not interim) by Yuko Sato (Quality Engineer), recorded "
                           "as SO-2024-017, dated on or before 31 August 2024"],
             ["Effect", "That approved sign-off releases the 2.970 pcs by itself. No further release document."],
             ["Until then", "The 2.970 pcs are not released. Material authority: sample-only."],
             ["If interim or rejected", "No conversion. Balance stays on hold until written release by Hiroshi Nakamura."],
         ]),
         ("sp",),
         ("p", "Signed for the buyer: Hiroshi Nakamura, Plant Manager (release authority), 10 June 2024"),
         ("p", "Acknowledged for the supplier: Kevin Lin, Sales Manager, 11 June 2024"),
     ], author="Hiroshi Nakamura"))])


# c09 old quote with 5.000 forwarded as rfc822, declared informational
_old = mail(JAVIER, JOOST, "Oferta PP-2023-311 tapones EC-100x50", "Wed, 18 Oct 2023 12:40:00 +0200", T("""
    Hola Joost,

    As promised our offer for the end caps EC-100x50:
      5.000 pcs  EUR 0,31 / pc
      10.000 pcs EUR 0,27 / pc
    Mould EUR 4.900. Lead time 5 weeks.

    Un saludo,
    Javier
""") + sig("Javier Moreno", "Comercial / Export", PP, PP_PH), msgid="<h227-old311@plasticosponiente.es>")
_t = T("""
    Hi Javier,

    For your reference I forward your old offer from October 2023 (the one with 5.000 pcs) so we
    talk about the same tool. This is informational only: old pricing, not an order, and the 5.000
    pcs are not released.

    The current order is PO 4500-7712 and it covers the forty (40) samples EC-100x50 only. The
    balance of the production quantity stays on hold until Marieke Bos signs off the samples and
    Sander Hoekstra (Supply Chain Manager) sends the written release.

    Groeten,
    Joost
""") + sig("Joost van der Meer", "Inkoper", WH, WH_PH)
case("c09_old_quote_forwarded_informational", [],
     "Old 5.000 pcs quote forwarded as message/rfc822, declared informational; current PO 40 samples with hold, sign-off and Sander Hoekstra",
     [eml("FW_Oferta_PP-2023-311.eml", mail(JOOST, JAVIER, "FW: Oferta PP-2023-311 tapones EC-100x50",
                                             "Tue, 04 Jun 2024 08:47:00 +0200", _t, attachments=[("rfc822", _old)]))])


# c10 buyer reply corrects a quoted supplier "roll straight into production"
_t = T("""
    Dear Avi,

    No please. The approval of the samples does NOT release the 2.352 pcs.

    Only the 48 sample inserts GTI-1020-72 are released under PO SVF-PO-0419. The balance of
    2.352 pcs stays on hold until (1) Priya Menon signs off the samples and (2) Omar Al Suwaidi,
    our COO, issues a written release. Please do not buy material beyond the 48 samples.

    Thanks for understanding.

    Best regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH) + "\n" + T("""

    On Sun, 9 Jun 2024 at 11:02, Avi Ben-David <avi@aravapolymer.co.il> wrote:
""") + quote(T("""
    Hi Faisal,
    Samples shipped with Aramex today. Once you approve the samples we will roll straight into the
    2.352 production, so you have them before Eid.
    Avi
"""))
case("c10_buyer_corrects_quoted_rollover", [],
     "Buyer reply corrects quoted supplier's 'roll straight into the 2.352'; 48 active, hold, sign-off + written release by Omar Al Suwaidi",
     [eml("RE_samples_GTI-1020-72.eml", mail(FAISAL, AVI, "RE: samples GTI-1020-72 shipped",
                                             "Sun, 09 Jun 2024 13:30:00 +0400", _t,
                                             in_reply_to="<h227-avi0609@aravapolymer.co.il>"))])


# c11 WhatsApp: supplier says the deposit does not release production
case("c11_whatsapp_deposit_not_release", [],
     "WhatsApp: supplier states the deposit does not release production; buyer confirms 40 only, 1.160 held until sign-off and Rodrigo's written release",
     [("WhatsApp Chat - Javier Moreno.txt", T("""
    04/06/2024, 09:12 - Javier Moreno: Buenos días Catalina 👋
    04/06/2024, 09:13 - Javier Moreno: Recibimos el anticipo del 30% para el molde y las muestras, gracias!
    04/06/2024, 09:14 - Javier Moreno: Just to be clear for everybody: the deposit does not release production. We make only the 40 samples EC-100x50 until your written release
    04/06/2024, 09:31 - Catalina Rojas: Hola Javier, perfecto, gracias 🙏
    04/06/2024, 09:58 - Rodrigo Fuentes: Correcto Javier. Solo 40 muestras EC-100x50 (OC 4500-2302)
    04/06/2024, 09:59 - Rodrigo Fuentes: El saldo de 1.160 queda retenido / on hold hasta el sign-off de las muestras por Ignacio y mi liberación por escrito. Rodrigo Fuentes, Gerente de Operaciones
    04/06/2024, 10:05 - Javier Moreno: 👍 entendido. Muestras salen semana 25
    04/06/2024, 10:06 - Javier Moreno: <Media omitted>
"""))])


# c12 supplier acknowledgement restating the hold
case("c12_supplier_ack_restates_hold", [],
     "Taiwanese order acknowledgement restates 36 samples only, 3.564 not released, sample-only material, wait for Sander Hoekstra's release",
     [("OA-24-0631.pdf", pdf([
         ("h1", "HSIN-FENG PRECISION PLASTICS CO., LTD."),
         ("p", "Taichung Industrial Park, Taichung 407, Taiwan  |  Tel +886 4 2359 6610"),
         ("h", "ORDER ACKNOWLEDGEMENT  OA-24-0631"),
         ("p", "Customer: Westhoek Kasprojecten B.V.     Your PO: 4500-7790 dd 05.06.2024     Our quote: HF-Q-5530"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price", "Ship date"],
             ["1", "LBC-25", "LED bar clip 25 mm, PC UL 94 V-0, drg LBC-25 Rev C", "36 pcs (samples)", "USD 1.20",
              "2024/06/21"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO scope as written:"),
         ("p", "1. Sample only, 36 pcs. 2. Balance 3.564 pcs of quote HF-Q-5530 is not released. "
               "3. Material: sample-only, we buy no resin for the balance. 4. We will wait for written release "
               "from Mr. Sander Hoekstra (Supply Chain Manager) after your sample sign-off."),
         ("p", "Thank you for your order. Amy Chen, Project Manager"),
     ], title="OA-24-0631", author="Hsin-Feng Precision Plastics"))])


# c13 interim sign-off with quantity and date limits, separate release
case("c13_interim_signoff_limits", [],
     "Interim sign-off limited to 300 pcs / 30-09-2024; separate release REL-AZ-0042 for 300; balance 2.700 held until full sign-off and Nakamura's release",
     [("SO-2024-022_NMB-316-40.docx", docx_bytes([
         ("h1", "Sample sign-off SO-2024-022 (interim)"),
         ("p", "Aozora Plant Factory Co., Ltd. Quality Assurance - Kashiwa No.2 plant"),
         ("table", [
             ["Item", "Record"],
             ["Part", "Nutrient manifold bracket NMB-316-40 Rev C, SS316, M8x1.25 stud"],
             ["Supplier", "Shouguang Lvyuan Agri-Equipment Co., Ltd."],
             ["Samples", "20 pcs, PO AZ-PO-24-0911"],
             ["Finding", "Weld bead height 0,8 mm (spec max 0,5 mm). No function effect, deviation DV-24-09."],
             ["Disposition", "INTERIM"],
             ["Limits", "max 300 pcs; valid until 30 September 2024"],
             ["Signed", "Yuko Sato, Quality Engineer, 02 July 2024"],
         ]),
         ("sp",),
         ("p", "This sign-off is not a production release."),
         ("p", "Production release REL-AZ-0042 for 300 pcs was issued separately by Hiroshi Nakamura (Plant Manager) "
               "on 03 July 2024, within the interim limits."),
         ("p", "Balance of the quoted 3.000 pcs, i.e. 2.700 pcs, remains on hold until a full sign-off (APPROVED) and a "
               "written release by Hiroshi Nakamura."),
     ], author="Yuko Sato"))])


# c14 SAP full-quantity PO full of quantity-like identifiers
case("c14_sap_full_qty_identifiers", [],
     "Dutch SAP PO for 240 casters, full and final quantity; identifiers (DRG 2400 Rev 12, M12x1.75, 480 h, EN 12532, ISO 9001:2015) are not quantities",
     [("ME9F_4500007744.txt", T("""
    Westhoek Kasprojecten B.V.                                    BESTELLING / PURCHASE ORDER
    Kassenweg 14, 2675 KB Honselersdijk                           Nr. 4500007744   Datum 10.06.2024
    KvK 27114093  BTW NL8154.22.901.B01                           Blad 1 van 1
    ------------------------------------------------------------------------------------------
    Leverancier 100872   Saigon AgriMetal Co., Ltd., VSIP II, Thu Dau Mot, Binh Duong, VN
    Inkoper      J. van der Meer   tel +31 174 62 4410
    Leverwaarde  EUR                Incoterm FCA Ho Chi Minh City
    ------------------------------------------------------------------------------------------
    Pos  Materiaal        Omschrijving                               Hoev.  Eh  Prijs/Eh  Netto
    00010 1020-28-0500    Zwenkwiel RC-125-BR-150 geremd              240   ST  3,62     868,80
          Tek. DRG 2400 Rev 12 | steel M12x1.75 | 150 kg/wiel
          Zoutsproeitest 480 h ISO 9227 | EN 12532 | ISO 9001:2015 lev.
          Leverdatum 26.07.2024
    ------------------------------------------------------------------------------------------
    Totaal netto EUR 868,80
    Kopteksten:
      Deze bestelling is de volledige en definitieve hoeveelheid: 240 ST. Er is geen
      restant en geen verdere vrijgave. / This PO is the full and final quantity of 240 pcs,
      no balance, no further release. Please produce and ship the 240 pcs.
      Pallet max 1.200 mm hoog, 4 pallets max.
    ------------------------------------------------------------------------------------------
    Algemene inkoopvoorwaarden Westhoek 2023 van toepassing.
"""))])


# c15 supplier portal order book showing the balance on hold
case("c15_supplier_portal_orderbook", [],
     "Chinese supplier portal order book: 25 sets released, 2.475 on hold waiting written release by Omar Al Suwaidi after sample sign-off, sample-only material",
     [("lvyuan_orderbook_SVF.html", html_page("Lvyuan Customer Order Book - Sahab Vertical Farms", T("""
    <h2>Shouguang Lvyuan Agri-Equipment - Customer Order Book</h2>
    <p>Customer: <b>Sahab Vertical Farms FZ-LLC</b> (Dubai) &nbsp;|&nbsp; Updated 2024-06-18 16:05 CST &nbsp;|&nbsp; User: sunny.liu</p>
    <table>
    <tr><th>PO</th><th>Line</th><th>Part</th><th>Type</th><th>Released qty</th><th>Quoted qty</th><th>Status</th></tr>
    <tr><td>SVF-PO-0412</td><td>10</td><td>NMB-316-40 Rev C</td><td>Sample</td><td>25 sets</td><td>25 sets</td><td>Welding</td></tr>
    <tr><td>SVF-PO-0412</td><td>-</td><td>NMB-316-40 Rev C</td><td>Production balance</td><td>0</td><td>2.475 sets</td><td>ON HOLD - not released</td></tr>
    </table>
    <div class="note">Balance 2.475 sets: NOT released. We wait customer written release by Mr. Omar Al Suwaidi (COO) after the sample sign-off by Ms. Priya Menon.<br>
    Material authority: sample-only (SS316 sheet for 25 sets). No material bought for the balance.</div>
    <p style="color:#777">Lvyuan ERP export v3.2 - for customer view</p>
""")))])


# c16 Teams: scoped go-ahead for a dozen pilot clips only
case("c16_teams_scoped_pilot_goahead", [],
     "Teams chat: go ahead with a dozen (12) pilot clips only; rest of the 3.600 not released until Marieke's sign-off and Sander Hoekstra's written release",
     [("Teams_LBC-25_pilot.txt", T("""
    Chat: Westhoek / Hsin-Feng - LBC-25 pilot
    Exported 12-06-2024 17:44

    Amy Chen  12/06 09:02
    Good morning Joost, we received PO 4500-7795. Can we start?

    Joost van der Meer  12/06 09:20
    Morning Amy. Yes - go ahead with a dozen pilot clips only (12 pcs).
    The rest of the 3.600 stays on hold, not released, until Marieke signs off the pilot and Sander Hoekstra sends the written release.

    Amy Chen  12/06 09:22
    Noted with thanks. 12 pcs pilot only, balance on hold 👍

    Marieke Bos  12/06 09:40
    Amy, please send 3 pcs with CMM report first, rest by courier together.

    Amy Chen  12/06 09:41
    OK Marieke
"""))])


# c17 buyer portal PO with a complete scope note
case("c17_buyer_portal_po_complete", [],
     "Gulf buyer portal PO: 50 samples active, 4.950 informational and not released until sample sign-off and Omar Al Suwaidi's written release",
     [("SVF-PO-0433.html", html_page("Sahab Supplier Portal - PO SVF-PO-0433", T("""
    <h2>Sahab Vertical Farms - Supplier Portal</h2>
    <p>Purchase Order <b>SVF-PO-0433</b> &nbsp; Rev 0 &nbsp; Issued 2024-06-02 &nbsp; Supplier: Hsin-Feng Precision Plastics Co., Ltd.</p>
    <table>
    <tr><th>Line</th><th>Part</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th></tr>
    <tr><td>1</td><td>LBC-25</td><td>LED bar clip 25 mm, PC UL 94 V-0, drg Rev C</td><td>sample</td><td>50 pcs</td><td>USD 1.15</td></tr>
    </table>
    <div class="note"><b>Scope note</b><br>
    Active quantity: 50 sample pcs (line 1) - please make and ship these now.<br>
    Quoted production quantity 4,950 pcs (quote HF-Q-5540) is shown for information only and is NOT released.<br>
    Unlock: sample sign-off by Priya Menon, then written release by Omar Al Suwaidi (COO).<br>
    Material authority: sample-only. Production quantity basis: forecast.</div>
    <p>Buyer: Faisal Al Mazrouei, Procurement Manager</p>
""")))])


# c18 sample PO PDF with production quantity labelled informational
case("c18_sample_po_informational_qty", [],
     "Japanese sample PO: 60 active, quote's 6.000 marked for information only and not released; sign-off by Yuko Sato, release by Hiroshi Nakamura",
     [("AZ-PO-24-0918.pdf", pdf([
         ("h1", "PURCHASE ORDER  AZ-PO-24-0918"),
         ("p", "Aozora Plant Factory Co., Ltd. / Purchasing Section - Kashiwa-no-ha, Kashiwa, Chiba, Japan"),
         ("p", "To: Arava Polymer Works Ltd.   Date: 2024/06/05   Payment: end of month + 60 days   Currency: JPY"),
         ("table", [
             ["No.", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
             ["1", "GTI-1020-72", "Grow-tray insert 72 cells, PP, Rev D", "Sample", "60 pcs", "JPY 480", "JPY 28,800"],
             ["-", "(reference)", "Quote APW-Q-24-131 production quantity", "for information only", "6,000 pcs",
              "-", "not ordered"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1) This PO releases the 60 sample pcs only. The 6,000 pcs in the reference line are for information "
               "only and are not released."),
         ("p", "2) Production release will be given in writing by Hiroshi Nakamura (Plant Manager) after sample "
               "sign-off by Yuko Sato (QA)."),
         ("p", "3) Material authority: sample-only."),
         ("p", "We appreciate your kind cooperation. Kenji Takahashi, Purchasing"),
     ], title="AZ-PO-24-0918", author="Aozora Plant Factory"))])


# c19 multi-file: cover mail + PO + supplier quote, complete scope
_t = T("""
    Estimado Kevin,

    Adjunto / attached you find our OC 4500-2260 for twenty-four (24) samples LBC-25, and your
    quotation HF-Q-5552 for reference.

    Only the 24 samples are released. The 2.376 pcs of production in your quotation are for
    information only, not released. The release needs sample sign-off by Ignacio Pérez and then
    a written release by Rodrigo Fuentes (Gerente de Operaciones).

    Saludos cordiales,
    Catalina
""") + sig("Catalina Rojas", "Compras", CB, CB_PH)
case("c19_cover_po_quote_complete", [],
     "Cover mail + PO + quote: 24 samples active, 2.376 informational/not released, sign-off by Ignacio Pérez, release by Rodrigo Fuentes",
     [eml("mail_OC_4500-2260.eml", mail(CATALINA, KEVIN, "OC 4500-2260 muestras LBC-25",
                                         "Wed, 05 Jun 2024 11:05:00 -0400", _t)),
      ("OC_4500-2260.pdf", pdf([
          ("h1", "ORDEN DE COMPRA 4500-2260"),
          ("p", "Agrícola Cordillera Berries SpA - Chillán, Chile    Proveedor: Hsin-Feng Precision Plastics Co., Ltd."),
          ("table", [
              ["Pos", "Código", "Descripción", "Alcance", "Cant.", "Precio"],
              ["10", "LBC-25", "Clip barra LED 25 mm, PC UL 94 V-0", "Muestra / sample", "24 pcs", "USD 1,30"],
          ]),
          ("sp",),
          ("p", "Alcance / scope: esta OC cubre solo 24 muestras. Production quantity of quote HF-Q-5552 (2.376 pcs) "
                "is not released. Unlock: sample sign-off (Ignacio Pérez, Ingeniería), then written release by Rodrigo "
                "Fuentes, Gerente de Operaciones. Material: sample-only."),
          ("p", "Catalina Rojas, Compras"),
      ], title="OC 4500-2260", author="Agricola Cordillera Berries")),
      ("HF-Q-5552.pdf", pdf([
          ("h1", "HSIN-FENG PRECISION PLASTICS - QUOTATION HF-Q-5552"),
          ("p", "To: Agrícola Cordillera Berries SpA   Date: 2024/05/28   Valid: 45 days"),
          ("table", [
              ["Stage", "Qty", "Unit price (USD)", "Lead time"],
              ["Samples", "24 pcs", "1.30", "2 weeks"],
              ["Production", "2,376 pcs", "0.21", "5 weeks after release"],
          ]),
          ("sp",),
          ("p", "Tooling USD 3,200 (2-cavity). FOB Taichung. Kevin Lin, Sales"),
      ], title="HF-Q-5552", author="Hsin-Feng"))])


# c20 supplier status report: sample-only material
case("c20_supplier_status_sample_only", [],
     "Vietnamese status report: material bought for the 30 samples only per sample-only authority; balance 2.970 not released, nothing bought for it",
     [("SAM_status_wk25_SVF.pdf", pdf([
         ("h1", "SAIGON AGRIMETAL CO., LTD. - WEEKLY STATUS REPORT"),
         ("p", "Customer: Sahab Vertical Farms FZ-LLC    Week 25 / 2024    Prepared by: Tran Thi Huong, Planning"),
         ("table", [
             ["PO", "Part", "Scope", "Qty", "Status", "Material"],
             ["SVF-PO-0440", "RC-125-BR", "Samples", "30 pcs", "Assembly done, QC 19/6", "Bought for 30 pcs only"],
             ["SVF-PO-0440", "RC-125-BR", "Balance", "2,970 pcs", "Not released", "None bought"],
         ]),
         ("sp",),
         ("p", "Dear Faisal, samples 30 pcs ready, ship 21/6 by air. Material is purchased for the 30 samples only, "
               "according sample-only material authority in your PO. For the balance 2,970 pcs we not buy any steel "
               "or wheel until we get your written release."),
         ("p", "Load test 150 kg x 4 casters, 24 h: pass. Salt spray 240 h: in test."),
     ], title="Status wk25", author="Saigon AgriMetal"))])


# c21 buyer: deposit paid, explicitly does not release production (multipart/alternative)
_t = T("""
    Dear Leo,

    Good day. We have paid the 30% tooling deposit today, USD 1,860, ref. our TT of 11 June.

    Please note: this payment does NOT release production. Only the ten (10) T1 samples NMB-316-40
    under PO SVF-PO-0451 are released. The balance of 990 pcs stays on hold until Priya Menon signs
    off the T1 samples and Omar Al Suwaidi (COO) gives the written release.

    Kindly share the T1 date.

    Thanks and regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH)
case("c21_deposit_does_not_release", [],
     "Gulf buyer mail: tooling deposit paid but 'does NOT release production'; 10 T1 samples active, 990 held until sign-off and Omar's written release",
     [eml("SVF-PO-0451_T1.eml", mail(FAISAL, LEO, "Tooling deposit paid - SVF-PO-0451 NMB-316-40",
                                                   "Tue, 11 Jun 2024 14:10:00 +0400", _t, html=text_to_html(_t),
                                                   cc=PRIYA))])


# c22 buyer season demand plan labelled non-binding forecast
case("c22_season_plan_labelled_forecast", [],
     "Chilean season demand plan labelled non-binding forecast, not an order, no material authority",
     [("Plan_demanda_2024-25.pdf", pdf([
         ("h1", "Plan de demanda temporada 2024-25 / Season demand plan"),
         ("p", "Agrícola Cordillera Berries SpA - Operaciones. Versión 2, 14-06-2024."),
         ("p", "PRONÓSTICO NO VINCULANTE / NON-BINDING FORECAST. This is not an order and gives no material "
               "authority. Orders only by OC and written release."),
         ("table", [
             ["Part", "Supplier", "Sep", "Oct", "Nov", "Dec", "Total"],
             ["RC-125-BR casters", "Saigon AgriMetal", "400", "400", "200", "0", "1.000"],
             ["EC-100x50 end caps", "Plásticos Poniente", "1.200", "1.200", "600", "0", "3.000"],
             ["LBC-25 LED clips", "Hsin-Feng", "0", "1.500", "1.500", "500", "3.500"],
         ]),
         ("sp",),
         ("p", "Basis: 14 ha new tabletop strawberry, tunnels T5-T9. Numbers may change +/- 30 %."),
         ("p", "Rodrigo Fuentes, Gerente de Operaciones"),
     ], title="Plan demanda 2024-25", author="Agricola Cordillera Berries"))])


# c23 WeChat: supplier asks to start mass production, buyer answers with the full scope
case("c23_wechat_question_scoped_answer", [],
     "WeChat: supplier asks to start 4.950; buyer says not yet, PO only 50 samples, 4.950 not released until Marieke's sign-off and Sander Hoekstra's release",
     [("WeChat_Leo_Wang_2024-06.txt", T("""
    WeChat chat history with Leo Wang (Lvyuan)
    ————— 2024-06-14 —————
    Leo Wang 09:15
    Joost hello, samples 50pcs GTI-1020-72 finished, photo below
    Leo Wang 09:15
    [Photo]
    Leo Wang 09:16
    Can start mass production 4950pcs? our machine is free next week
    Joost van der Meer 10:02
    Hi Leo, nice work. But not yet. PO 4500-7801 is only for the 50 samples.
    Joost van der Meer 10:03
    The 4.950 are NOT released. First Marieke checks the samples (sample sign-off), then Sander Hoekstra sends the written release. Material only for 50 pcs pls
    Leo Wang 10:05
    OK understand 👌 we wait your release
    Leo Wang 10:05
    samples ship DHL tomorrow
"""))])


# c24 minutes that keep the words apart
case("c24_minutes_words_apart", [],
     "Minutes keep sample sign-off, PO issued and production release apart; 40 active, 1.960 held until revised PO and Omar Al Suwaidi's written release",
     [("Minutes_SVF_PP_2024-06-19.docx", docx_bytes([
         ("h1", "Minutes - Sahab / Plásticos Poniente - EC-100x50"),
         ("p", "Teams call, 19 June 2024. Present: Faisal Al Mazrouei, Priya Menon (Sahab); Javier Moreno, Lucía "
               "Fernández (Plásticos Poniente)."),
         ("num", "Sample sign-off: done by Priya Menon on 17 June; disposition approved for the 40 samples (fit on "
                 "the 100x50 NFT gullies, no leak at 0,2 bar)."),
         ("num", "PO issued: SVF-PO-0460, commercial cover 40 pcs (the samples). No PO line for the production yet."),
         ("num", "Production release: not given. The 1.960 pcs balance is on hold. Trigger: revised PO covering the "
                 "1.960 pcs, then written release by Omar Al Suwaidi (COO)."),
         ("num", "Material: sample-only until the written release. Javier confirmed no compound ordered for the balance."),
         ("num", "Next call: 3 July."),
         ("p", "Minutes: F. Al Mazrouei"),
     ], author="Faisal Al Mazrouei"))])


# c25 multi-file: TXT PO + PDF proforma; deposit does not release production
case("c25_po_plus_proforma_deposit_clean", [],
     "Japanese sample PO (20 casters, hold, sign-off, Nakamura) + Vietnamese proforma stating the deposit is for samples and does not release production",
     [("AZ-PO-24-0927.txt", T("""
    AOZORA PLANT FACTORY CO., LTD.        PURCHASE ORDER                No. AZ-PO-24-0927
    Purchasing Section                     Issue date: 2024/06/12       Page 1/1
    Vendor: SAIGON AGRIMETAL CO., LTD. (V-20611)
    -------------------------------------------------------------------------------
    No. ITEM            DESCRIPTION                          QTY   UNIT  PRICE(USD)
    01  RC-125-BR-150   RACK CASTER 125MM BRAKED 150KG       20    PC    4.40
                        SCOPE: SAMPLE
    -------------------------------------------------------------------------------
    REMARKS
    - This PO is for 20 pcs sample only.
    - Balance of quote SAM-Q-24-077 (1,980 pcs) is not released.
    - Production release: written release by Hiroshi Nakamura (Plant Manager)
      after sample sign-off by Yuko Sato (QA).
    - Material authority: sample-only.
    Issued by: Kenji Takahashi (Purchasing)
""")),
      ("SAM-PI-24-069.pdf", pdf([
          ("h1", "SAIGON AGRIMETAL CO., LTD. - PROFORMA INVOICE SAM-PI-24-069"),
          ("p", "Buyer: Aozora Plant Factory Co., Ltd.   Your PO: AZ-PO-24-0927   Date: 13/06/2024"),
          ("table", [
              ["No", "Item", "Description", "Qty", "Unit price", "Amount"],
              ["1", "RC-125-BR-150", "Rack caster 125 mm braked, samples", "20 pcs", "USD 4.40", "USD 88.00"],
              ["2", "-", "Air freight samples", "1", "USD 65.00", "USD 65.00"],
              ["", "", "", "", "Total", "USD 153.00"],
          ]),
          ("sp",),
          ("p", "Payment: 30% deposit USD 45.90 by T/T, balance before shipment."),
          ("p", "Note: deposit is for the samples only. The deposit does not release production; balance 1,980 pcs "
                "stays not released until your written release."),
          ("p", "Bank: Vietcombank Binh Duong branch, SWIFT BFTVVNVX, acc. 0281 000 4417 22"),
      ], title="SAM-PI-24-069", author="Saigon AgriMetal"))])


# =================================================================== POSITIVE
# p01 PO table shows the quote's 4.000 beside the 40 samples; nothing about hold/event/person
case("p01_po_table_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Dutch sample PO for 40 end caps lists the quote's 4.000 pcs in the table; no hold, no unlock event, no release person",
     [("PO_4500-7740.pdf", pdf([
         ("h1", "INKOOPORDER / PURCHASE ORDER 4500-7740"),
         ("p", "Westhoek Kasprojecten B.V. - Kassenweg 14, 2675 KB Honselersdijk - Nederland"),
         ("p", "Leverancier: Plásticos Poniente S.L., El Ejido (Almería)    Datum: 11-06-2024    Valuta: EUR"),
         ("table", [
             ["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs", "Offerte ref."],
             ["10", "EC-100x50-G", "NFT eindkap / end cap 100x50, PVC grijs, tek. EC-10050 Rev B, samples", "40 st",
              "EUR 1,95", "PP-24-077: 4.000 st a EUR 0,29"],
         ]),
         ("sp",),
         ("p", "Levering samples naar Honselersdijk, week 25. Graag orderbevestiging per mail."),
         ("p", "Met vriendelijke groet, Joost van der Meer, Inkoper"),
     ], title="PO 4500-7740", author="Westhoek Kasprojecten"))])


# p02 mail + PDF PO: 25 sample sets next to the quote's 2.500; release authority named, no hold/event
_po = pdf([
    ("h1", "PURCHASE ORDER SVF-PO-0471"),
    ("p", "Sahab Vertical Farms FZ-LLC, Dubai Industrial City, UAE    Date: 16-Jun-2024"),
    ("p", "Supplier: Shouguang Lvyuan Agri-Equipment Co., Ltd."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "NMB-316-40", "Nutrient manifold bracket SS316, 40 mm, M8x1.25 (samples)", "25 sets", "USD 9.80",
         "USD 245.00"],
    ]),
    ("sp",),
    ("p", "Terms: FOB Qingdao, 100% T/T before shipment."),
], title="SVF-PO-0471", author="Sahab Vertical Farms")
_t = T("""
    Dear Leo,

    Greetings. Please find attached our PO SVF-PO-0471 for twenty-five (25) sets of nutrient
    manifold bracket NMB-316-40 as samples, as per your quotation LY-Q-2406 for 2,500 sets at
    USD 4.10/set.

    Release authority on our side is Mr. Omar Al Suwaidi (COO).

    Kindly confirm receipt and ship by 15 July.

    Best regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH)
case("p02_mail_po_quote_qty_named_authority", ["RG001", "RG003", "RG004"],
     "Mail with PO for 25 sample sets cites the quote's 2,500 sets unmarked; Omar Al Suwaidi named but no hold and no unlock event",
     [eml("PO_SVF-PO-0471.eml", mail(FAISAL, LEO, "PO SVF-PO-0471 - NMB-316-40 samples",
                                     "Sun, 16 Jun 2024 09:40:00 +0400", _t,
                                     attachments=[("SVF-PO-0471.pdf", _po, PDF_MT)]))])


# p03 ERP PO printout with the annual quantity in the header
case("p03_erp_po_annual_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Japanese ERP sample PO for 30 LED clips shows 'ANNUAL REQ. QTY 3,000' in the header; no hold, event or release person",
     [("AZ-PO-24-0902.txt", T("""
    *** AOZORA PLANT FACTORY CO., LTD. ***                  PURCHASE ORDER
    Purchasing Section  TEL 04-7133-2290                    PO No.   AZ-PO-24-0902
                                                            Date     2024/06/03
    VENDOR : HSIN-FENG PRECISION PLASTICS CO., LTD. (V-20577)
    QUOTE  : HF-Q-5521          ANNUAL REQ. QTY : 3,000 PC
    DELIVERY TO : KASHIWA NO.2 PLANT, RECEIVING DOCK B
    ------------------------------------------------------------------------------
    LN  ITEM CODE    DESCRIPTION                         QTY    UNIT   U/PRICE (JPY)
    001 LBC-25       LED BAR CLIP 25MM PC UL94 V-0       30     PC     185
                     DRG LBC-25 REV C / SAMPLE
    ------------------------------------------------------------------------------
    TOTAL AMOUNT (JPY)                                                 5,550
    REMARKS: Please deliver samples until 2024/07/12. Inspection report attach please.
             Thank you for your cooperation always.
    ISSUED BY: K. TAKAHASHI
"""))])


# p04 buyer portal with quoted quantity column
case("p04_portal_po_quoted_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "Chilean buyer portal PO: 20 sample casters with a 'Cant. cotizada 2.000' column; nothing says it is informational or on hold, no event, no person",
     [("OC_4500-2288.html", html_page("Portal Proveedores - OC 4500-2288", T("""
    <h2>Agrícola Cordillera Berries SpA - Portal Proveedores</h2>
    <p>Orden de compra <b>4500-2288</b> &nbsp;|&nbsp; Proveedor: Saigon AgriMetal Co., Ltd. &nbsp;|&nbsp; Fecha: 10-06-2024 &nbsp;|&nbsp; Estado: Emitida</p>
    <table>
    <tr><th>Ítem</th><th>Código</th><th>Descripción</th><th>Cant. OC</th><th>Cant. cotizada</th><th>Precio unit.</th><th>Entrega</th></tr>
    <tr><td>10</td><td>RC-125-BR-150</td><td>Rueda rack 125 mm con freno, 150 kg - muestras</td><td>20</td><td>2.000</td><td>USD 3,85</td><td>semana 27</td></tr>
    </table>
    <p>Cotización proveedor: SAM-Q-24-088 &nbsp;|&nbsp; Condición de pago: 30 días &nbsp;|&nbsp; Incoterm: FOB HCMC</p>
    <p>Comprador: Catalina Rojas (crojas@cordilleraberries.cl)</p>
""", ), lang="es"))])


# p05 DOCX order letter: samples and production quantity side by side
case("p05_order_letter_both_quantities", ["RG001", "RG003", "RG004", "RG005"],
     "Dutch order letter lists 48 samples and 4.800 production side by side and says proceed with the samples; no hold, no event, no release person",
     [("Bestelbrief_GTI-1020-72.docx", docx_bytes([
         ("h1", "Bestelbrief / Order letter"),
         ("p", "Westhoek Kasprojecten B.V., Honselersdijk - 12 juni 2024"),
         ("p", "Aan: Arava Polymer Works Ltd., t.a.v. Avi Ben-David"),
         ("p", "Betreft: grow-tray insert GTI-1020-72, tekening GTI-1020 Rev D, uw offerte APW-Q-24-118"),
         ("table", [
             ["Scope", "Quantity", "Price"],
             ["Samples", "48 pcs", "EUR 2,90"],
             ["Production quantity", "4.800 pcs", "EUR 0,42"],
         ]),
         ("sp",),
         ("p", "Beste Avi, thank you for the good offer. Please proceed with the samples and send them to our "
               "project site in Honselersdijk. Samples in black please, same PP grade as production."),
         ("p", "Met vriendelijke groet,"),
         ("p", "Joost van der Meer, Inkoper"),
     ], author="Joost van der Meer"))])


# p06 supplier order confirmation: forecast confirmed as order, next to the 36 samples
case("p06_supplier_oc_forecast_as_order", ["RG001", "RG008"],
     "Vietnamese order confirmation puts 3.600 pcs of customer forecast beside the 36 samples and confirms it as an order with production weeks",
     [("SAM-OC-24-118.pdf", pdf([
         ("h1", "SAIGON AGRIMETAL CO., LTD. - ORDER CONFIRMATION"),
         ("p", "No. SAM-OC-24-118    Date: 18/06/2024    Customer: Sahab Vertical Farms FZ-LLC    Customer PO: SVF-PO-0482"),
         ("table", [
             ["No", "Item", "Description", "Qty", "Basis", "Schedule"],
             ["1", "RC-125-BR-150", "Rack caster 125 mm braked 150 kg - samples", "36 pcs", "PO SVF-PO-0482", "ETD wk 27"],
             ["2", "RC-125-BR-150", "Rack caster 125 mm braked 150 kg", "3,600 pcs", "customer forecast Q4-2024",
              "production wk 34-36"],
         ]),
         ("sp",),
         ("p", "Dear Faisal, we are pleased to confirm your order as above. The forecast quantity 3,600 pcs is "
               "confirmed as order and booked in our production plan wk 34-36, ETD wk 37."),
         ("p", "Thank you for your trust. Nguyen Van Minh, Sales Executive"),
     ], title="SAM-OC-24-118", author="Saigon AgriMetal"))])


# p07 multi-file: cover mail says sixty (60), PO says 50
_t = T("""
    Dear Mr. Moreno,

    Thank you very much for your quotation PP-24-102.

    Please find our PO AZ-PO-24-0913 for sixty (60) pieces samples of end cap EC-100x50. The
    production quantity is not released now; please see the remarks in the PO.

    We are looking forward to receive the samples.

    Best regards,
    Kenji Takahashi
""") + sig("Kenji Takahashi", "Purchasing Section", AZ, AZ_PH)
case("p07_cover_po_quote_qty_mismatch", ["RG011"],
     "Cover mail says sixty (60) samples, the PO printout says 50 pcs for the same PO AZ-PO-24-0913; PO otherwise has a complete scope",
     [eml("mail_AZ-PO-24-0913.eml", mail(TAKAHASHI, JAVIER, "PO AZ-PO-24-0913 / EC-100x50 samples",
                                         "Fri, 07 Jun 2024 10:30:00 +0900", _t)),
      ("AZ-PO-24-0913.txt", T("""
    AOZORA PLANT FACTORY CO., LTD.        PURCHASE ORDER                No. AZ-PO-24-0913
    Purchasing Section                     Issue date: 2024/06/07       Page 1/1
    Vendor: PLASTICOS PONIENTE S.L. (V-20602)
    -------------------------------------------------------------------------------
    No. ITEM            DESCRIPTION                          QTY   UNIT  PRICE(EUR)
    01  EC-100X50-G     NFT END CAP 100X50 PVC GREY REV B    50    PC    1.80
                        SCOPE: SAMPLE
    -------------------------------------------------------------------------------
    REMARKS
    - This PO is for sample only.
    - Production quantity of quote PP-24-102 (2,000 PC) is not released.
    - Release only after sample sign-off by Yuko Sato (QA) and written release
      from Hiroshi Nakamura (Plant Manager).
    - Material authority: sample-only.
    Issued by: Kenji Takahashi (Purchasing)
""")),
      ("PP-24-102.pdf", pdf([
          ("h1", "PLÁSTICOS PONIENTE S.L. - OFERTA / QUOTATION PP-24-102"),
          ("p", "Cliente: Aozora Plant Factory Co., Ltd. (Japan)    Fecha: 28/05/2024"),
          ("table", [
              ["Concepto", "Cantidad", "Precio unitario", "Plazo"],
              ["Muestras / samples", "60 uds", "EUR 1,80", "3 semanas"],
              ["Serie / production", "2.000 uds", "EUR 0,33", "5 semanas tras liberación"],
          ]),
          ("sp",),
          ("p", "Molde EUR 4.900. Portes EXW El Ejido. Javier Moreno, Comercial."),
      ], title="PP-24-102", author="Plasticos Poniente"))])


# p08 WhatsApp: deposit transferred, "go ahead!"
case("p08_whatsapp_deposit_go_ahead", ["RG002", "RG012"],
     "WhatsApp: after a complete scope (40, hold, sign-off, Rodrigo) the buyer writes 'anticipo transferido... go ahead!' - unscoped and payment as release",
     [("WhatsApp Chat - Javier PP.txt", T("""
    [05/06/24, 10:02:11] Catalina Rojas: Hola Javier, OC 4500-2302 enviada: 40 muestras tapa EC-100x50 solamente
    [05/06/24, 10:02:40] Catalina Rojas: El saldo de 1.160 NO está liberado hasta sign-off de muestras (Ignacio) y liberación escrita de Rodrigo Fuentes
    [05/06/24, 10:15:03] Javier Moreno: Recibido 👍 40 muestras. Para el molde necesitamos anticipo 30% como hablamos
    [05/06/24, 10:16:22] Catalina Rojas: ok lo vemos con finanzas
    [12/06/24, 17:48:09] Catalina Rojas: Javier, transferencia del anticipo hecha hoy 🙌 go ahead!
    [12/06/24, 17:51:30] Javier Moreno: Perfecto, gracias! Arrancamos el lunes
    [12/06/24, 17:51:44] Javier Moreno: ‎image omitted
"""))])


# p09 mail: "ECN approved. Green light" with the PO scope quoted two levels down
_t = T("""
    Hi Kevin,

    ECN-0412 is approved. Green light from our side, thanks!

    Regards,
    Marieke
""") + sig("Marieke Bos", "Project Engineer", WH, WH_PH) + "\n" + T("""

    Van: Kevin Lin <kevin.lin@hsinfeng-pp.com.tw>
    Verzonden: maandag 17 juni 2024 04:12
    Aan: Marieke Bos
    Onderwerp: ECN-0412 LBC-25 rib height

""") + quote(T("""
    Dear Marieke,

    We propose ECN-0412: rib height 1,2 -> 1,5 mm to improve clip retention on the 25 mm bar.
    Tool change 3 days. Please approve.

    Kevin

    On 2024/06/10 Joost van der Meer wrote:
""")) + quote(T("""
    Kevin, PO 4500-7811 covers 36 sample clips LBC-25 only. The balance of 3.564 pcs is not
    released until Marieke Bos signs off the samples and Sander Hoekstra sends the written release.
"""), level=2)
case("p09_ecn_approved_green_light", ["RG002"],
     "Engineer's 'ECN-0412 is approved. Green light from our side' names no quantity or sample scope; quoted PO scope covers the absence rules",
     [eml("RE_ECN-0412_LBC-25.eml", mail(MARIEKE, KEVIN, "RE: ECN-0412 LBC-25 rib height",
                                        "Mon, 17 Jun 2024 08:55:00 +0200", _t, cc=JOOST,
                                        in_reply_to="<h227-kl0412@hsinfeng-pp.com.tw>"))])


# p10 Teams: samples approved, "please proceed with production run"
case("p10_teams_samples_ok_proceed", ["RG002", "RG007"],
     "Teams: purchasing writes 'approved. Please proceed with production run' after samples, contradicting the written-release-by-Nakamura scope; no quantity",
     [("Teams_Aozora_Arava.txt", T("""
    [Microsoft Teams] Aozora x Arava - GTI-1020-72
    Exported 2024-06-28

    Kenji Takahashi  2024/06/06 09:11
    Dear Noa-san, PO AZ-PO-24-0920 issued: 30 pcs sample GTI-1020-72 only.
    Balance 2,970 pcs is not released. Release will be in writing by Hiroshi Nakamura after Yuko Sato signs off the samples.

    Noa Shapira  2024/06/06 09:30
    Thanks Kenji-san, noted. Samples ship next week.

    Noa Shapira  2024/06/26 15:02
    Hi Kenji-san, did the samples arrive OK? Any feedback from QA?

    Kenji Takahashi  2024/06/27 10:18
    Sato-san checked the samples, no problem, approved.
    Please proceed with production run. Thank you for your support.

    Noa Shapira  2024/06/27 10:25
    Great news! We schedule the moulding 🙂
"""))])


# p11 mail (multipart/alternative): "budget approved, samples approved, so you are approved to go ahead"
_t = T("""
    Dear Avi,

    Good news. Management has approved the budget, Priya has approved the samples, so you are
    approved to go ahead.

    Thanks for the support, appreciate it.

    Best regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH) + "\n" + T("""

    On Thu, 13 Jun 2024 at 16:20, Avi Ben-David <avi@aravapolymer.co.il> wrote:
""") + quote(T("""
    Dear Faisal,
    The samples (60 pcs GTI-1020-72) were delivered to your Dubai farm on 11 June, POD attached.
    Waiting for your feedback.
    Avi

    On Mon, 27 May 2024 at 10:05, Faisal Al Mazrouei wrote:
""")) + quote(T("""
    Avi, PO SVF-PO-0425 is for 60 sample inserts only. The balance of 2,940 pcs is on hold until
    Priya signs off the samples and Omar Al Suwaidi (COO) gives the written release.
"""), level=2)
case("p11_approved_three_ways_go_ahead", ["RG002", "RG007", "RG009"],
     "'approved' used for budget, samples and production; 'approved to go ahead' unscoped and rolls the sample approval into production against the written-release scope",
     [eml("RE_samples_delivered_SVF-PO-0425.eml", mail(FAISAL, AVI, "RE: samples delivered - SVF-PO-0425",
                                                       "Sun, 16 Jun 2024 11:45:00 +0400", _t, html=text_to_html(_t),
                                                       in_reply_to="<h227-avi0613@aravapolymer.co.il>"))])


# p12 PO change notice: header 40 vs line 50, "Approved - good to run"
case("p12_po_change_good_to_run_qty_conflict", ["RG002", "RG011"],
     "Dutch PO change notice: header says 40 sample casters, line says 50; 'Approved - good to run' is unscoped; scope note otherwise complete",
     [("PO_4500-7760_wijziging02.pdf", pdf([
         ("h1", "PO CHANGE NOTICE 4500-7760 / CHANGE 02"),
         ("p", "Westhoek Kasprojecten B.V., Honselersdijk    Leverancier: Saigon AgriMetal Co., Ltd.    Datum 14-06-2024"),
         ("p", "Sample quantity: 40 pcs RC-125-BR-150"),
         ("table", [
             ["Pos", "Artikel", "Omschrijving", "Aantal", "Oud leverdatum", "Nieuw leverdatum"],
             ["10", "RC-125-BR-150", "Zwenkwiel 125 mm geremd 150 kg, samples", "50 st", "wk 26", "wk 28"],
         ]),
         ("sp",),
         ("p", "Change: delivery date moved from week 26 to week 28 (site not ready). Approved - good to run."),
         ("p", "Scope (unchanged): the balance of the quoted 1.200 pcs is not released. Release after sample sign-off "
               "by Marieke Bos and written release by Sander Hoekstra, Supply Chain Manager."),
         ("p", "Joost van der Meer, Inkoper"),
     ], title="PO 4500-7760 change 02", author="Westhoek Kasprojecten"))])


# p13 WeChat: "PO is sent. Green light, go ahead" - no quantity, no hold, no event, no person
case("p13_wechat_green_light_bare", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "WeChat: after the supplier quotes 24 samples / 2,400 mass, buyer writes 'PO is sent. Green light, go ahead' - no quantity, hold, event or person",
     [("WeChat_Sunny_Liu.txt", T("""
    WeChat chat history with Sunny Liu (Lvyuan)
    ————— 2024-06-05 —————
    Sunny Liu 14:20
    Dear Joost, quotation LY-Q-2411 sent to your email. GTI-1020-72: sample 24pcs, mass production 2400pcs, unit price USD 0.39
    Sunny Liu 14:21
    When can we start?
    ————— 2024-06-06 —————
    Joost van der Meer 08:47
    Thanks Sunny. PO is sent. Green light, go ahead 👍
    Sunny Liu 08:52
    OK thanks!! we arrange 🙏
"""))])


# p14 EDI 850 sample PO, bare
case("p14_edi850_sample_bare", ["RG003", "RG004", "RG005"],
     "EDI 850 sample PO for 36 LED clips referencing the quote; never says the balance is not released, no unlock event, no release person",
     [("SVF_850_0437.txt", T("""
    ==== EDI 850 PURCHASE ORDER - INBOUND TRANSLATION (HSIN-FENG EDI GATEWAY) ====
    ISA*00*          *00*          *ZZ*SAHABVF        *ZZ*HSINFENG       *240612*1105*U*00401*000000917*0*P*>~
    GS*PO*SAHABVF*HSINFENG*20240612*1105*917*X*004010~
    ST*850*0001~
    BEG*00*SA*SVF-PO-0437**20240612~
    REF*PR*HF-Q-5540~
    N1*ST*SAHAB VERTICAL FARMS FZ-LLC*92*DXB-IC~
    PO1*1*36*EA*1.15*PE*BP*LBC-25*EC*REV C~
    PID*F****LED BAR CLIP 25MM PC UL94 V-0 - SAMPLE~
    DTM*002*20240705~
    MSG*SAMPLES. SHIP BY AIR TO DUBAI. ATTN PRIYA MENON~
    CTT*1*36~
    SE*10*0001~
    GE*1*917~
    IEA*1*000000917~
    --- readable ---------------------------------------------------------------
    PO SVF-PO-0437 / line 1 / LBC-25 Rev C / 36 EA @ USD 1.15 / need 05-Jul-2024
    Quote ref HF-Q-5540 / samples / air freight
"""))])


# p15 mail: samples "quantity as per your quotation", balance "until further notice", authority named
_t = T("""
    Estimado Leo,

    Thank you for the quotation LY-Q-2419. Please start the samples of nutrient manifold bracket
    NMB-316-40, quantity as per your quotation.

    The balance stays on hold until further notice.
    Release authority: Rodrigo Fuentes, Gerente de Operaciones.

    Saludos,
    Catalina Rojas
""") + sig("Catalina Rojas", "Compras", CB, CB_PH)
case("p15_samples_qty_per_quote_until_further_notice", ["RG004", "RG010"],
     "Chilean mail starts the samples 'quantity as per your quotation' (no quantity stated) and holds the balance 'until further notice'; Rodrigo Fuentes named",
     [eml("Muestras_NMB-316-40.eml", mail(CATALINA, LEO, "Muestras NMB-316-40 / LY-Q-2419",
                                          "Mon, 10 Jun 2024 12:14:00 -0400", _t))])


# p16 quoted reply: "on hold until further notice", no person (multipart/alternative)
_t = T("""
    Dear Minh-san,

    Thank you for your mail.

    The PO AZ-PO-24-0931 covers the 20 pcs samples only. The balance 1,980 pcs is on hold until
    further notice. Please do not start it.

    Best regards,
    Kenji Takahashi
""") + sig("Kenji Takahashi", "Purchasing Section", AZ, AZ_PH) + "\n" + T("""

    From: Nguyen Van Minh <minh.nv@saigonagrimetal.vn>
    Sent: Friday, June 14, 2024 11:20 AM
    Subject: PO AZ-PO-24-0931 casters

""") + quote(T("""
    Dear Takahashi-san,
    We receive PO AZ-PO-24-0931 for 20 caster samples, thank you. Please advise the status of the
    balance 1,980 pcs? Our factory can plan July.
    Best regards, Minh
"""))
case("p16_hold_until_further_notice_no_person", ["RG004", "RG005"],
     "Japanese reply: 20 samples only, balance 1,980 'on hold until further notice' - no unlock event and nobody named to release it",
     [eml("RE_PO_AZ-PO-24-0931.eml", mail(TAKAHASHI, MINH, "RE: PO AZ-PO-24-0931 casters",
                                          "Mon, 17 Jun 2024 09:05:00 +0900", _t, html=text_to_html(_t),
                                          in_reply_to="<h227-minh0614@saigonagrimetal.vn>"))])


# p17 SAP printout: release strategy RELEASED + production release "from our side"
case("p17_sap_released_our_side", ["RG005", "RG009"],
     "SAP PO marked RELEASED/approved by release strategy while 'release' and 'approval' also mean production and samples; release 'from our side' names no person",
     [("ME23N_4500007752.txt", T("""
    SAP  ME23N  Display Purchase Order 4500007752                         11.06.2024  14:32
    ------------------------------------------------------------------------------------------
    Doc. type NB Standard PO      Vendor 100915 Plásticos Poniente S.L.   Purch. org. WH01
    Release strategy  Z1          Release indicator R  RELEASED
    Release status    approved 11.06.2024 by KST-MGR (cost centre 4410 Teelttechniek)
    ------------------------------------------------------------------------------------------
    Item  Material        Short text                          PO qty  OUn  Net price  Curr
    00010 EC-100X50-G     NFT eindkap 100x50 PVC grijs SAMPLE     40  ST       1,95  EUR
          Deliv. date 21.06.2024   Plant WH10 Honselersdijk
    ------------------------------------------------------------------------------------------
    Header text:
      Sample PO: 40 ST. The remaining 3.960 ST of quotation PP-24-077 are not released.
      Production release of the remaining 3.960 ST only after sample approval and a
      written release from our side.
    ------------------------------------------------------------------------------------------
    Created by JVDMEER  11.06.2024
"""))])


# p18 DOCX interim sign-off: limit 300 vs released 350; release by a department
case("p18_interim_300_vs_released_350", ["RG005", "RG011"],
     "Gulf interim sign-off limits to 300 sets but the same record releases 350 for production; release by 'Procurement department' (no named person)",
     [("SVF-SO-0009_NMB-316-40.docx", docx_bytes([
         ("h1", "Sample sign-off - NMB-316-40 (Shouguang Lvyuan)"),
         ("p", "Sahab Vertical Farms FZ-LLC - Farm Engineering. Record SVF-SO-0009, 24 June 2024."),
         ("table", [
             ["Item", "Entry"],
             ["Samples", "25 sets from PO SVF-PO-0412"],
             ["Quoted production", "2,475 sets (quote LY-Q-2390)"],
             ["Finding", "Slot width 8,6 mm vs 8,4 +/-0,1 mm. Bolts M8x1.25 still fit. Accept as interim."],
             ["Disposition", "INTERIM"],
             ["Interim limit", "300 sets, valid until 31 Aug 2024"],
         ]),
         ("h", "Production release"),
         ("p", "Released for production: 350 sets (first rack line, hall B). Release per Procurement department."),
         ("p", "The remaining quoted quantity stays on hold until the corrected samples are signed off; release "
               "will be done by Procurement department."),
         ("p", "Signed: Priya Menon, Farm Engineering Lead"),
     ], author="Priya Menon"))])


# p19 buyer portal: "Approved" for PO, drawing and production; "from our side"
case("p19_portal_approved_three_meanings", ["RG005", "RG009"],
     "Japanese buyer portal uses 'Approved' for PO (commercial), drawing (technical) and production approval; production approval 'from our side', no named person",
     [("AZ_portal_AZ-PO-24-0940.html", html_page("Aozora Supplier Portal - AZ-PO-24-0940", T("""
    <h2>Aozora Plant Factory - Supplier Portal</h2>
    <p>Supplier: Hsin-Feng Precision Plastics Co., Ltd. &nbsp;|&nbsp; Login: amy.chen &nbsp;|&nbsp; 2024/06/20</p>
    <table>
    <tr><th>Object</th><th>Reference</th><th>Status</th><th>Date</th></tr>
    <tr><td>Purchase order</td><td>AZ-PO-24-0940 (30 pcs LBC-25 sample)</td><td>Approved</td><td>2024/06/04</td></tr>
    <tr><td>Drawing</td><td>LBC-25 Rev C</td><td>Approved</td><td>2024/06/10</td></tr>
    <tr><td>Production (2,970 pcs)</td><td>quote HF-Q-5521</td><td>Approval pending</td><td>-</td></tr>
    </table>
    <div class="note">Production 2,970 pcs is not released. It will be approved from our side after sample sign-off,
    by written release. Please make only the 30 sample pcs now. Material: sample-only.</div>
    <p>Contact: Purchasing Section, k.takahashi@aozora-pf.co.jp</p>
""")))])


# p20 multipart mail: forty samples "as per your quotation", nothing else
_t = T("""
    Dear Javier,

    Hope you are well. Kindly produce forty (40) samples of end cap EC-100x50 as per your
    quotation PP-24-090. Colour grey RAL 7037 please. Our PO will follow from the system.

    Please share the dispatch date.

    Regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH)
case("p20_forty_samples_bare_mail", ["RG003", "RG004", "RG005"],
     "Gulf buyer asks for forty (40) samples per quote; no word that the production balance is not released, no unlock event, no release person",
     [eml("Samples_EC-100x50.eml", mail(FAISAL, JAVIER, "Samples EC-100x50 - PP-24-090",
                                        "Wed, 05 Jun 2024 15:30:00 +0400", _t, html=text_to_html(_t)))])


# p21 mail + DOCX drawing notes: samples without a quantity, rest of the scope complete
_notes = docx_bytes([
    ("h1", "Notas de dibujo / drawing notes LBC-25 Rev C"),
    ("li", "Material: PC, UL 94 V-0, black, UV stabilized."),
    ("li", "Clip for 25 mm LED bar, snap force 20-30 N."),
    ("li", "No flash on the clip lips; gate on the back side."),
    ("li", "Marking: LBC-25 / Rev C / cavity number."),
], author="Ignacio Perez")
_t = T("""
    Estimado Kevin,

    The OC will come from our SAP next week. Meanwhile please start the samples of LBC-25 as per
    your quotation, with the drawing notes attached (Rev C).

    The production balance stays on hold until the samples are signed off by Ignacio Pérez and
    Rodrigo Fuentes (Gerente de Operaciones) releases it in writing.

    Saludos,
    Catalina
""") + sig("Catalina Rojas", "Compras", CB, CB_PH)
case("p21_samples_no_quantity_docx_notes", ["RG010"],
     "Chilean mail starts the LBC-25 samples 'as per your quotation' with no quantity anywhere; hold, sign-off event and Rodrigo Fuentes are stated",
     [eml("Inicio_muestras_LBC-25.eml", mail(CATALINA, KEVIN, "Inicio muestras LBC-25",
                                             "Thu, 13 Jun 2024 09:50:00 -0400", _t,
                                             attachments=[("Notas_LBC-25_RevC.docx", _notes, DOCX_MT)]))])


# p22 Teams: "go ahead with the pilot lot only" - no quantity
case("p22_teams_pilot_lot_no_qty", ["RG010"],
     "Teams: 'go ahead with the pilot lot of RC-125-BR only', series on hold until Marieke's sign-off and Sander's written release; the pilot quantity is never stated",
     [("Teams_Westhoek_SAM.txt", T("""
    Chat: Westhoek <> Saigon AgriMetal (casters)
    Exported 19-06-2024 08:10

    Sander Hoekstra  18/06 10:12
    Hi Huong, go ahead with the pilot lot of RC-125-BR only. The series quantity stays on hold, not released, until Marieke signs off the pilot casters and I send a written release. Sander Hoekstra, SCM

    Tran Thi Huong  18/06 10:40
    Dear Sander, noted with thanks. How many pcs for the pilot lot?

    Sander Hoekstra  18/06 11:02
    as in the quote, thx

    Tran Thi Huong  18/06 11:05
    Ok sir 👍
"""))])


# p23 buyer portal release page: pilot run released, quantity TBC
case("p23_portal_release_qty_tbc", ["RG010"],
     "Gulf portal release notice releases the pilot run with 'Quantity: TBC'; hold, sign-off event and Omar Al Suwaidi are stated",
     [("SVF-REL-0007.html", html_page("Sahab Supplier Portal - Release SVF-REL-0007", T("""
    <h2>Sahab Vertical Farms - Release notice</h2>
    <table>
    <tr><th>Release no.</th><td>SVF-REL-0007</td></tr>
    <tr><th>Supplier</th><td>Arava Polymer Works Ltd.</td></tr>
    <tr><th>Part</th><td>GTI-1020-72 grow-tray insert, drg GTI-1020 Rev D</td></tr>
    <tr><th>PO</th><td>SVF-PO-0455</td></tr>
    <tr><th>Released</th><td>Pilot run</td></tr>
    <tr><th>Quantity</th><td>TBC (to be confirmed by farm planning)</td></tr>
    <tr><th>Date</th><td>2024-06-25</td></tr>
    </table>
    <div class="note">The production balance is on hold until the pilot run is signed off by Priya Menon (Farm Engineering)
    and a written release is issued by Omar Al Suwaidi (COO).</div>
""")))])


# p24 mail + MT103 text attachment: deposit paid, so start the production batch (no quantity)
_mt103 = T("""
    {1:F01NBADAEAAXXXX0000000000}{2:O1030915240612BKCHCNBJXXXX00000000002406120915N}
    {4:
    :20:SVF240612TT0031
    :23B:CRED
    :32A:240612USD1860,00
    :50K:/AE070331234567890123456
    SAHAB VERTICAL FARMS FZ-LLC
    DUBAI INDUSTRIAL CITY UAE
    :59:/6228480010004417
    SHOUGUANG LVYUAN AGRI-EQUIPMENT CO LTD
    SHOUGUANG SHANDONG CN
    :70:DEPOSIT 30PCT NMB-316-40 SVF-PO-0466
    :71A:SHA
    -}
""")
_t = T("""
    Dear Leo,

    We have paid the 30% deposit today, MT103 copy attached.

    So please start the production batch of NMB-316-40 and share the schedule with Priya.

    Best regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH)
case("p24_deposit_paid_start_batch", ["RG010", "RG012"],
     "Gulf buyer: 'We have paid the 30% deposit... So please start the production batch' - payment as authority and no quantity stated",
     [eml("SVF-PO-0466_NMB-316-40.eml", mail(FAISAL, LEO, "Deposit paid - SVF-PO-0466",
                                          "Wed, 12 Jun 2024 10:05:00 +0400", _t, cc=PRIYA,
                                          attachments=[("MT103_SVF240612TT0031.txt", _mt103, "text/plain")]))])


# p25 supplier status report: resin for 5.000 bought against 50 released
case("p25_status_resin_full_qty", ["RG006"],
     "Chinese weekly status: PP resin for 5.000 inserts purchased to lock the price while only the 50 samples are released (balance marked not released)",
     [("Lvyuan_status_wk25_Westhoek.pdf", pdf([
         ("h1", "SHOUGUANG LVYUAN AGRI-EQUIPMENT - WEEKLY STATUS wk 25"),
         ("p", "Customer: Westhoek Kasprojecten B.V.    Prepared: Sunny Liu, merchandiser    Date: 2024-06-21"),
         ("table", [
             ["PO", "Part", "Qty", "Status", "Remark"],
             ["4500-7830", "GTI-1020-72 samples", "50 pcs", "Finished, in QC", "ship DHL 24/6"],
             ["4500-7830", "GTI-1020-72 balance", "4,950 pcs", "Not released by customer yet", "-"],
         ]),
         ("sp",),
         ("h", "Material"),
         ("p", "PP resin (Sinopec K8003, black masterbatch 2%) for 5,000 pcs purchased on 12 June to lock the price, "
               "because resin price go up in July. Material is in our warehouse now."),
         ("p", "Mould T1 ok, cycle time 14 s. Cavity 1+1."),
     ], title="Status wk25", author="Shouguang Lvyuan"))])


# p26 supplier reply under a complete quoted scope: steel and wheels bought for all 600
_t = T("""
    Dear Ms Catalina,

    Thank you for your clear information.

    Samples 20 pcs will ship on Friday. For save time we already purchase the steel plate and PU
    wheels for all 600 casters, so when you release we can deliver fast.

    Best regards,
    Minh
""") + sig("Nguyen Van Minh", "Sales Executive", SA, SA_PH) + "\n" + T("""

    -----Original Message-----
    From: Catalina Rojas <crojas@cordilleraberries.cl>
    Sent: Monday, June 10, 2024 5:12 PM
    Subject: OC 4500-2322 muestras RC-125-BR

""") + quote(T("""
    Estimado Minh, OC 4500-2322 is for 20 sample casters RC-125-BR only. The balance of 580 pcs is
    not released until Ignacio Pérez signs off the samples and Rodrigo Fuentes (Gerente de
    Operaciones) releases it in writing. Material only for the 20 samples please.
    Catalina
"""))
case("p26_supplier_bought_material_all_600", ["RG006"],
     "Vietnamese supplier reply: steel and PU wheels already bought for all 600 casters while only 20 samples are released (quoted scope is complete)",
     [eml("RE_OC_4500-2322.eml", mail(MINH, CATALINA, "RE: OC 4500-2322 muestras RC-125-BR",
                                      "Tue, 11 Jun 2024 16:40:00 +0700", _t,
                                      in_reply_to="<h227-cr2322@cordilleraberries.cl>"))])


# p27 supplier MRP printout: forecast converted to firm SO, resin bought for 3.600
case("p27_mrp_forecast_firm_material", ["RG001", "RG006", "RG008"],
     "Taiwanese MRP: forecast 3,600 converted to a firm SO beside the 30 pcs sample PO, nothing marks it unreleased; resin PO released for 3,630 pcs",
     [("MRP_LBC-25_20240614.txt", T("""
    HSIN-FENG PRECISION PLASTICS  -  MRP RUN LIST            RUN 2024/06/14 02:00  PLANT TC1
    Item: LBC-25 LED BAR CLIP 25MM (PC UL94 V-0 BLK)         Planner: AMY.C
    ==========================================================================================
    DEMAND
    SO#        CUST     TYPE        QTY     DUE         SOURCE
    SO-240588  AOZORA   SAMPLE        30    2024/07/12  PO AZ-PO-24-0902
    SO-240601  AOZORA   FIRM       3,600    2024/09/30  CUST FORECAST AZ-FC-Q3 -> CONVERTED TO FIRM SO
    ------------------------------------------------------------------------------------------
    SUPPLY / PLANNED ORDERS
    PR#        ITEM             QTY (KG)  FOR PCS   STATUS
    PR-24-1177 PC-V0-BLK RESIN     14.7     3,630   RELEASED -> PO-24-0733 (Chi Mei dealer)
    WO-24-0412 LBC-25                -         30   RELEASED (sample)
    WO-24-0413 LBC-25                -      3,600   PLANNED  start 2024/08/19
    ==========================================================================================
    Note: forecast AZ-FC-Q3 treated as firm order per sales (K.Lin) 06/13.
"""))])


# p28 supplier portal: SS316 cut for 1.000 brackets against 50 released
case("p28_supplier_portal_material_cut", ["RG006"],
     "Chinese supplier portal: SS316 sheet cut for 1.000 brackets while only 50 samples are released; balance shown as waiting release",
     [("lvyuan_portal_Aozora.html", html_page("Lvyuan Customer Portal - Aozora", T("""
    <h2>Lvyuan Agri-Equipment - Customer Portal</h2>
    <p>Customer: Aozora Plant Factory Co., Ltd. &nbsp;|&nbsp; Part NMB-316-40 Rev C &nbsp;|&nbsp; Update 2024-06-22</p>
    <table>
    <tr><th>PO</th><th>Scope</th><th>Qty</th><th>Production</th><th>Material</th></tr>
    <tr><td>AZ-PO-24-0944</td><td>Sample</td><td>50 pcs</td><td>Finished, packing</td><td>used</td></tr>
    <tr><td>-</td><td>Balance</td><td>950 pcs</td><td>Waiting customer release</td><td>SS316 2.0 mm sheet cut for 1.000 brackets (ready for bending)</td></tr>
    </table>
    <p class="note">To keep your delivery in August we prepare the material in advance. Laser cutting finished 21 June.</p>
""")))])


# p29 WhatsApp: supplier takes the deposit as the go, orders PP for all 2.400
case("p29_whatsapp_deposit_material_all", ["RG006", "RG012"],
     "WhatsApp: Israeli supplier 'Since the deposit is in, we ordered the PP for all 2,400 inserts and start the line' against a 24-sample scope",
     [("WhatsApp Chat - Avi Ben-David.txt", T("""
    03/06/2024, 11:04 - Faisal Al Mazrouei: Hi Avi, PO SVF-PO-0457 sent: 24 sample inserts GTI-1020-72 only
    03/06/2024, 11:05 - Faisal Al Mazrouei: Balance 2,376 on hold until Priya signs off the samples and Omar Al Suwaidi gives written release
    03/06/2024, 11:20 - Avi Ben-David: Got it Faisal, thanks 🙏 proforma for the 20% deposit coming
    10/06/2024, 09:31 - Faisal Al Mazrouei: Deposit 20% transferred today as per proforma
    10/06/2024, 09:48 - Avi Ben-David: Got it, thanks Faisal 🙏
    10/06/2024, 09:49 - Avi Ben-David: Since the deposit is in, we ordered the PP for all 2,400 inserts and start the line next week. Yalla 💪
"""))])


# p30 supplier weekly report (DOCX): compound for 3.960 in stock; once approved start directly
case("p30_supplier_report_material_rollover", ["RG006", "RG007"],
     "Spanish weekly report: compound for the 3.960 balance received; 'once the samples are approved we start the 3.960 directly'",
     [("Informe_semanal_wk24_Westhoek.docx", docx_bytes([
         ("h1", "Informe semanal / weekly report - semana 24"),
         ("p", "Plásticos Poniente S.L. -> Westhoek Kasprojecten B.V. (Joost van der Meer)"),
         ("table", [
             ["Pedido", "Artículo", "Cantidad", "Estado"],
             ["PO 4500-7712", "EC-100x50-G muestras", "40 uds", "Inyección OK, embalaje"],
             ["-", "EC-100x50-G balance", "3.960 uds", "not released yet by Westhoek"],
         ]),
         ("sp",),
         ("p", "Material: compuesto PVC gris for the full 3.960 pcs received in our warehouse on 13/06 (lote 24-311)."),
         ("p", "Once the samples are approved we start the 3.960 directly, so delivery week 30 is safe."),
         ("p", "Un saludo, Lucía Fernández - Producción"),
     ], author="Lucia Fernandez"))])


# p31 supplier reply + HTML status attachment: "PO released... samples released... release production directly"
_status = html_page("Arava ERP - order status", T("""
    <h3>Arava Polymer Works - order status export</h3>
    <table>
    <tr><th>Customer PO</th><th>Item</th><th>Qty</th><th>Status</th></tr>
    <tr><td>AZ-PO-24-0952</td><td>GTI-1020-72 samples</td><td>60</td><td>RELEASED</td></tr>
    <tr><td>AZ-PO-24-0952</td><td>GTI-1020-72 QC lot</td><td>60</td><td>RELEASED TO QC 01/07</td></tr>
    </table>
"""))
_t = T("""
    Dear Takahashi-san,

    Thank you for the PO. Your PO is released in our ERP (status page attached). The samples are
    released to QC on Monday 1 July.

    Once the samples are approved we release the production of the 5,940 pcs directly, so you get
    them before end of August.

    Kind regards,
    Noa
""") + sig("Noa Shapira", "Operations Manager", AP, AP_PH) + "\n" + T("""

    On 24/06/2024 10:02, Kenji Takahashi wrote:
""") + quote(T("""
    Dear Noa-san,
    PO AZ-PO-24-0952: 60 samples GTI-1020-72 only. The balance 5,940 pcs is not released until
    sample sign-off by Yuko Sato and written release by Hiroshi Nakamura (Plant Manager).
    Best regards, Kenji Takahashi
"""))
case("p31_released_three_ways_rollover", ["RG007", "RG009"],
     "Israeli supplier uses 'released' for ERP order entry, QC and production, and says once samples are approved it releases the 5,940 directly",
     [eml("RE_AZ-PO-24-0952.eml", mail(NOA, TAKAHASHI, "RE: AZ-PO-24-0952 GTI-1020-72 samples",
                                       "Thu, 27 Jun 2024 13:14:00 +0300", _t,
                                       in_reply_to="<h227-kt0952@aozora-pf.co.jp>",
                                       attachments=[("order_status_AZ-PO-24-0952.html", _status, "text/html")]))])


# p32 supplier web quote: sample approval deemed production release
case("p32_web_quote_approval_is_release", ["RG007"],
     "Taiwanese web quote with tiers states 'approval of samples will be deemed as release of the production quantity'",
     [("HF-Q-5561.html", html_page("Hsin-Feng online quotation HF-Q-5561", T("""
    <h2>Hsin-Feng Precision Plastics - Online Quotation</h2>
    <p>Quotation <b>HF-Q-5561</b> &nbsp;|&nbsp; Customer: Westhoek Kasprojecten B.V. &nbsp;|&nbsp; Date 2024/06/18 &nbsp;|&nbsp; Valid 30 days</p>
    <table>
    <tr><th>Stage</th><th>Part</th><th>Qty</th><th>Unit price (USD)</th><th>Lead time</th></tr>
    <tr><td>Samples</td><td>LBC-25 Rev C</td><td>36</td><td>1.20</td><td>14 days</td></tr>
    <tr><td>Production</td><td>LBC-25 Rev C</td><td>3,600</td><td>0.19</td><td>30 days</td></tr>
    </table>
    <h3>Terms</h3>
    <ol>
    <li>Tooling USD 3,200, 50% with PO, 50% at T1.</li>
    <li>Approval of samples will be deemed as release of the production quantity. No separate PO or release document is needed.</li>
    <li>FOB Taichung. Payment T/T 30 days.</li>
    </ol>
    <p>Kevin Lin, Sales Manager &nbsp;|&nbsp; kevin.lin@hsinfeng-pp.com.tw</p>
""")))])


# p33 WeChat: supplier says after the T1 OK it starts 990 immediately, no paper
case("p33_wechat_after_ok_mass_production", ["RG007"],
     "WeChat: under a complete buyer scope, the Shouguang supplier says after the T1 OK they begin mass production of 990 immediately, no PO or paper needed",
     [("WeChat_Leo_Wang_SVF.txt", T("""
    WeChat chat history with Leo Wang (Lvyuan)
    ————— 2024-06-12 —————
    Faisal Al Mazrouei 10:31
    Hi Leo, PO SVF-PO-0466 is for 10 T1 samples NMB-316-40 only
    Faisal Al Mazrouei 10:32
    Balance 990pcs on hold until Priya signs off T1 and Omar Al Suwaidi gives written release
    Leo Wang 10:40
    OK Faisal sir 👌
    ————— 2024-06-20 —————
    Leo Wang 16:05
    T1 samples sent by SF Express, tracking SF1420 6677 8091
    Leo Wang 16:07
    After you OK the T1 sample, we begin mass production 990pcs immediately, no need another PO or paper, save time for you 😊
    Faisal Al Mazrouei 18:22
    Let me check with Omar
"""))])


# p34 buyer sign-off record: production may start on the basis of this sign-off
case("p34_signoff_balance_may_start", ["RG007"],
     "Japanese sample sign-off says production of the 2,970 balance may start on the basis of this sign-off; no auto-conversion was recorded",
     [("SO-2024-019_LBC-25.docx", docx_bytes([
         ("h1", "Sample sign-off SO-2024-019"),
         ("p", "Aozora Plant Factory Co., Ltd. - Quality Assurance"),
         ("table", [
             ["Item", "Record"],
             ["Part", "LED bar clip LBC-25 Rev C"],
             ["Supplier", "Hsin-Feng Precision Plastics Co., Ltd."],
             ["Samples", "30 pcs, PO AZ-PO-24-0948"],
             ["Checks", "Snap force 24-27 N (spec 20-30 N) OK; UL 94 V-0 certificate OK; fit on 25 mm bar OK"],
             ["Disposition", "APPROVED"],
         ]),
         ("sp",),
         ("p", "Production of the 2,970 pcs balance may start on the basis of this sign-off."),
         ("p", "Signed: Yuko Sato, Quality Engineer, 2024/06/24"),
     ], author="Yuko Sato"))])


# p35 EDI DELFOR printout: forecast marked firm
case("p35_delfor_forecast_firm", ["RG008"],
     "Dutch DELFOR sends forecast weeks with SCC+1 (firm) and 'quantities below are firm orders' while the PO covers 36 samples with a complete scope",
     [("DELFOR_WH-DF-24-25.txt", T("""
    UNB+UNOC:3+8712345000017:14+4719000123450:14+240617:0800+WH0000412'
    UNH+1+DELFOR:D:96A:UN'
    BGM+241+WH-DF-24-25+9'
    DTM+137:20240617:102'
    FTX+AAI+++CURRENT PO 4500-7815 COVERS 36 SAMPLE PCS LBC-25 ONLY. BALANCE NOT RELEASED UNTIL SAMPLE SIGN-OFF BY M. BOS AND WRITTEN RELEASE BY S. HOEKSTRA (SCM)'
    FTX+AAI+++QUANTITIES BELOW ARE FIRM ORDERS. PLEASE PLAN PRODUCTION ACCORDINGLY'
    NAD+BY+8712345000017::9++WESTHOEK KASPROJECTEN BV'
    NAD+SU+4719000123450::9++HSIN-FENG PRECISION PLASTICS'
    LIN+1++LBC-25:IN'
    PIA+1+REVC:EC'
    SCC+1'
    QTY+113:600:PCE'
    DTM+2:20240819:102'
    QTY+113:600:PCE'
    DTM+2:20240902:102'
    QTY+113:1200:PCE'
    DTM+2:20240916:102'
    QTY+113:1200:PCE'
    DTM+2:20241007:102'
    UNT+21+1'
    UNZ+1+WH0000412'

    ---- readable (Westhoek EDI monitor) ----
    DELFOR WH-DF-24-25  LBC-25 Rev C  commitment level SCC 1 = FIRM
    wk34 600 | wk36 600 | wk38 1.200 | wk41 1.200   total 3.600 pcs
"""))])


# p36 mail forwarding an internal planning mail (rfc822): forecast to be treated as firm order
_int = mail(PRIYA, FAISAL, "LED clips forecast 2025", "Tue, 18 Jun 2024 08:12:00 +0400", T("""
    Faisal,

    For the supplier talks: our 2025 forecast for LED bar clips LBC-25 is 12,000 pcs
    (Q1 2,000 / Q2 3,000 / Q3 3,500 / Q4 3,500), depends on the Al Ain farm.

    Priya
"""), msgid="<h227-pm0618@sahabfarms.ae>")
_t = T("""
    Dear Kevin,

    Forwarding our internal planning mail below. Our 2025 forecast is 12,000 LED clips. Please
    treat this as our firm order and book your moulding capacity for 2025.

    The current PO SVF-PO-0474 is for 36 samples; the production quantity is not released until
    Priya Menon signs off the samples and Omar Al Suwaidi gives the written release.

    Best regards,
    Faisal
""") + sig("Faisal Al Mazrouei", "Procurement Manager", SV, SV_PH)
case("p36_forecast_treated_as_firm_order", ["RG008"],
     "Gulf buyer forwards an internal 12,000 pcs forecast (rfc822) and asks the supplier to treat it as a firm order; sample PO scope is complete",
     [eml("FW_LED_clips_2025.eml", mail(FAISAL, KEVIN, "FW: LED clips forecast 2025",
                                                 "Wed, 19 Jun 2024 11:30:00 +0400", _t,
                                                 attachments=[("rfc822", _int)]))])


# p37 buyer portal forecast page: "pedido firme"
case("p37_portal_forecast_firm_commitment", ["RG008"],
     "Chilean portal forecast page says the season quantities are 'pedido firme / firm commitment'; the PO section beside it has a complete scope",
     [("Portal_proveedores_SAM.html", html_page("Portal Proveedores - Pronóstico temporada", T("""
    <h2>Agrícola Cordillera Berries - Portal Proveedores</h2>
    <p>Proveedor: Saigon AgriMetal Co., Ltd. &nbsp;|&nbsp; Actualizado 15-06-2024</p>
    <h3>Órdenes abiertas</h3>
    <table>
    <tr><th>OC</th><th>Código</th><th>Alcance</th><th>Cant.</th><th>Nota</th></tr>
    <tr><td>4500-2315</td><td>RC-125-BR-150</td><td>muestra / sample</td><td>20</td>
    <td>Saldo 2.980 no liberado / not released until sample sign-off by Ignacio Pérez and written release by Rodrigo Fuentes</td></tr>
    </table>
    <h3>Pronóstico temporada 2024-25</h3>
    <table>
    <tr><th>Mes</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dic</th><th>Total</th></tr>
    <tr><td>RC-125-BR-150</td><td>800</td><td>1.000</td><td>800</td><td>400</td><td>3.000</td></tr>
    </table>
    <p class="note">Estas cantidades son pedido firme / these quantities are a firm commitment. Please plan your capacity.</p>
""", ), lang="es"))])


# p38 WhatsApp: forecast "tómalo como pedido firme" and the samples change from 20 to 25
case("p38_whatsapp_firm_forecast_20_vs_25", ["RG008", "RG011"],
     "WhatsApp: release authority calls the 3.000 season projection a firm order; buyer first authorizes 20 samples, later asks ETD for 25",
     [("WhatsApp Chat - Minh SAM.txt", T("""
    [07/06/24, 09:20:05] Catalina Rojas: Minh, OC 4500-2320: 20 muestras RC-125-BR only
    [07/06/24, 09:20:41] Catalina Rojas: Saldo 2.980 not released until sign-off (Ignacio Pérez) and written release from Rodrigo Fuentes
    [07/06/24, 09:35:12] Nguyen Van Minh: Dear Catalina noted 20 pcs sample 👍
    [11/06/24, 18:02:33] Rodrigo Fuentes: Minh, la proyección de temporada son 3.000 ruedas, tómalo como pedido firme ok? Plan your capacity
    [11/06/24, 18:10:07] Nguyen Van Minh: Thank you Mr Rodrigo, we plan 3.000 pcs
    [14/06/24, 08:44:50] Catalina Rojas: Minh pls confirm ETD for the 25 samples
    [14/06/24, 09:01:15] Nguyen Van Minh: ETD 21/6 by air
"""))])


# p39 DOCX minutes: tooling invoice paid = production release; "approved" three ways
case("p39_minutes_paid_invoice_is_release", ["RG009", "RG012"],
     "Minutes: tooling invoice paid so production of 4.752 'can be considered released'; 'approved' used for samples, SAP PO and production",
     [("Notulen_Westhoek_Arava_2024-06-20.docx", docx_bytes([
         ("h1", "Notulen / minutes - Westhoek & Arava - GTI-1020-72"),
         ("p", "20 juni 2024, Teams. Aanwezig: Joost van der Meer, Marieke Bos (Westhoek); Avi Ben-David, Noa Shapira (Arava)."),
         ("num", "Tooling invoice APW-INV-0611 (EUR 6.400) paid on 10-06. Joost: with this payment Arava can consider "
                 "the production of the 4.752 inserts as released."),
         ("num", "Samples (48 pcs): approved by Marieke on dimensions and fit in the 1020 flats."),
         ("num", "PO 4500-7798: approved in SAP on 07-06."),
         ("num", "Production approval: see point 1."),
         ("num", "Arava to send the production schedule by 24-06. Delivery in 2 lots."),
         ("p", "Notulist: J. van der Meer"),
     ], author="Joost van der Meer"))])


# p40 DOCX release letter: "released" for drawing, PO and production
case("p40_release_letter_released_three_ways", ["RG009"],
     "Japanese release letter: 'released' for the drawing, the PO budget and the 500 pcs production; hold, lot-acceptance event and Nakamura are stated",
     [("AZ-REL-0051.docx", docx_bytes([
         ("h1", "Release letter AZ-REL-0051"),
         ("p", "Aozora Plant Factory Co., Ltd. -> Shouguang Lvyuan Agri-Equipment Co., Ltd.    2024/06/26"),
         ("p", "Part: nutrient manifold bracket NMB-316-40"),
         ("num", "Drawing NMB-316-40 Rev C is released."),
         ("num", "PO AZ-PO-24-0960 is released (budget)."),
         ("num", "Release of production: 500 pcs."),
         ("num", "The balance of 1,500 pcs is on hold until lot acceptance of the first 500 pcs and the next written "
                 "release by Hiroshi Nakamura."),
         ("p", "Hiroshi Nakamura, Plant Manager"),
     ], author="Hiroshi Nakamura"))])


# p41 mail says PO 4500-7852 for thirty (30); attached PDF is PO 4500-7825 for 36
_po = pdf([
    ("h1", "INKOOPORDER / PURCHASE ORDER 4500-7825"),
    ("p", "Westhoek Kasprojecten B.V., Honselersdijk    Leverancier: Arava Polymer Works Ltd.    Datum 18-06-2024"),
    ("table", [
        ["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs"],
        ["10", "GTI-1020-72", "Grow-tray insert 72 cells PP black, Rev D - samples", "36 st", "EUR 2,90"],
    ]),
    ("sp",),
    ("p", "Scope: samples only. The production quantity of quote APW-Q-24-131 is not released. Release after sample "
          "sign-off by Marieke Bos and written release by Sander Hoekstra (Supply Chain Manager). Material: sample-only."),
    ("p", "Joost van der Meer, Inkoper"),
], title="PO 4500-7825", author="Westhoek Kasprojecten")
_t = T("""
    Hoi Avi,

    Please find attached PO 4500-7852 for thirty (30) grow-tray insert samples GTI-1020-72.
    Delivery to Honselersdijk please, week 27.

    Groeten,
    Joost
""") + sig("Joost van der Meer", "Inkoper", WH, WH_PH)
case("p41_mail_vs_pdf_po_number_qty", ["RG011"],
     "Cover mail: PO 4500-7852 for thirty (30) samples; attached PDF: PO 4500-7825 for 36 - PO number and quantity disagree; PDF scope complete",
     [eml("PO_4500-7852_samples.eml", mail(JOOST, AVI, "PO 4500-7852 samples GTI-1020-72",
                                           "Tue, 18 Jun 2024 14:22:00 +0200", _t,
                                           attachments=[("PO_4500-7825.pdf", _po, PDF_MT)]))])


# p42 multi-file: PO 24 samples + proforma 20 samples, "on receipt of the deposit we start mass production"
case("p42_po_vs_proforma_deposit_start", ["RG011", "RG012"],
     "Gulf PO for 24 sample casters vs Vietnamese proforma for 20 on the same PO; proforma says mass production starts on receipt of the deposit",
     [("SVF-PO-0490.txt", T("""
    SAHAB VERTICAL FARMS FZ-LLC - PURCHASE ORDER SVF-PO-0490            Date 20-Jun-2024
    Supplier : Saigon AgriMetal Co., Ltd. (SUP-0118)
    ------------------------------------------------------------------------------
    Line Item            Description                         Qty   UoM  Price USD
    1    RC-125-BR-150   Rack caster 125mm braked 150kg      24    PCS  4.20
                         scope: SAMPLE
    ------------------------------------------------------------------------------
    Scope note: 24 sample pcs only. The quoted production quantity is NOT released.
    Unlock: sample sign-off by Priya Menon, then written release by Omar Al Suwaidi (COO).
    Material authority: sample-only.
    Buyer: Faisal Al Mazrouei
""")),
      ("SAM-PI-24-081.pdf", pdf([
          ("h1", "SAIGON AGRIMETAL CO., LTD. - PROFORMA INVOICE SAM-PI-24-081"),
          ("p", "Buyer: Sahab Vertical Farms FZ-LLC    Your PO: SVF-PO-0490    Date: 21/06/2024"),
          ("table", [
              ["No", "Item", "Description", "Qty", "Unit price", "Amount"],
              ["1", "RC-125-BR-150", "Rack caster 125 mm braked 150 kg - samples", "20 pcs", "USD 4.20", "USD 84.00"],
              ["", "", "", "", "Total", "USD 84.00"],
          ]),
          ("sp",),
          ("p", "Payment: 30% deposit by T/T. On receipt of the deposit we start mass production as per our quotation "
                "SAM-Q-24-095."),
          ("p", "Bank: Vietcombank Binh Duong branch, SWIFT BFTVVNVX"),
      ], title="SAM-PI-24-081", author="Saigon AgriMetal"))])


# p43 supplier proforma for mass production: starts on receipt of deposit
case("p43_proforma_mass_production_on_deposit", ["RG012"],
     "Chinese proforma for 4,950 pcs mass production: 'mass production will start on receipt of the deposit'",
     [("LY-PI-24-0312.pdf", pdf([
         ("h1", "SHOUGUANG LVYUAN AGRI-EQUIPMENT CO., LTD."),
         ("p", "Shengcheng Street, Shouguang, Shandong, China   Tel +86 536 521 7788"),
         ("h", "PROFORMA INVOICE  LY-PI-24-0312"),
         ("p", "Buyer: Westhoek Kasprojecten B.V.    Ref: quotation LY-Q-2411    Date: 2024-06-24"),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["1", "GTI-1020-72", "Grow-tray insert 72 cells PP black - mass production", "4,950 pcs", "USD 0.39",
              "USD 1,930.50"],
         ]),
         ("sp",),
         ("p", "Payment: 30% T/T deposit USD 579.15, balance 70% before shipment."),
         ("p", "Mass production will start on receipt of the deposit. Lead time 25 days after deposit."),
         ("p", "Bank: Bank of China Shouguang Sub-branch, SWIFT BKCHCNBJ500"),
     ], title="LY-PI-24-0312", author="Shouguang Lvyuan"))])


# p44 supplier ERP: PO accepted = released to production
case("p44_erp_po_accepted_released", ["RG012"],
     "Vietnamese ERP order status: 'PO ACCEPTED = RELEASED TO PRODUCTION (no customer release needed)' for a 600 pcs work order",
     [("SAM_ERP_SO-24-0588.txt", T("""
    SAIGON AGRIMETAL ERP v5  -  SALES ORDER STATUS                  12/06/2024 15:40
    ------------------------------------------------------------------------------------
    SO No.        : SO-24-0588
    Customer      : AGRICOLA CORDILLERA BERRIES SPA (C-0231)
    Customer PO   : 4500-2340   received 10/06/2024
    Item          : RC-125-BR-150  RACK CASTER 125MM BRAKED 150KG
    ------------------------------------------------------------------------------------
    EVENT LOG
    10/06 09:12  PO received (EDI)                        user: MINH.NV
    12/06 14:55  PO ACCEPTED - order confirmation sent    user: MINH.NV
    12/06 14:55  STATUS -> RELEASED TO PRODUCTION         auto
                 rule R-07: PO ACCEPTED = RELEASED TO PRODUCTION (no customer release needed)
    12/06 15:02  WO-24-1190 created  qty 600  start 17/06  line PRESS-2
    ------------------------------------------------------------------------------------
"""))])


# p45 mail + DOCX scope note: on hold "until further notice", release authority named
_note = docx_bytes([
    ("h1", "PO scope note - PO 4500-7870"),
    ("p", "Part: rack caster RC-125-BR-150 (125 mm, braked, 150 kg), DRG 2400 Rev 12"),
    ("p", "Active quantity: twenty-four (24) sample casters."),
    ("p", "The balance of the quoted 1.176 pcs is on hold until further notice."),
    ("p", "Release authority: Sander Hoekstra, Supply Chain Manager."),
    ("p", "Material authority: sample-only."),
], author="Joost van der Meer")
_t = T("""
    Hi Minh,

    Please find the scope note for PO 4500-7870 attached. Samples to Honselersdijk by week 28
    please.

    Groeten,
    Joost
""") + sig("Joost van der Meer", "Inkoper", WH, WH_PH)
case("p45_scope_note_until_further_notice", ["RG004"],
     "Dutch scope note: 24 samples active, balance 1.176 'on hold until further notice', Sander Hoekstra named; no unlock event",
     [eml("PO_4500-7870.eml", mail(JOOST, MINH, "PO 4500-7870 RC-125-BR samples - scope note",
                                         "Fri, 21 Jun 2024 10:10:00 +0200", _t,
                                         attachments=[("Scope_PO_4500-7870.docx", _note, DOCX_MT)]))])


# =================================================================== BUILD
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("_")


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    cases = list(CASES)
    random.Random(227227).shuffle(cases)
    labels = {}
    for n, c in enumerate(cases, 1):
        folder = f"h227_{n:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    build()
