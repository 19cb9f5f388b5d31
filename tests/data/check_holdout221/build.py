#!/usr/bin/env python3
"""Generator for the releasegate check_holdout221 corpus.

Domain: textile machinery spare parts (spindle inserts, heald frames, loom shuttles,
tension guides, carding wire clips, yarn-guide ceramics). All names are fictional.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout221/build.py

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
    m["Message-ID"] = msgid or f"<h221-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h221")
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



def mhtml(text):
    """Very small text -> HTML converter for the text/html alternative of a mail.
    Runs of lines starting with '>' become a blockquote (one level stripped)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        html, run = [], []
        for ln in para.split("\n") + [None]:
            if ln is not None and ln.startswith(">"):
                run.append(ln[1:].lstrip(" ") if ln.startswith("> ") else ln[1:])
                continue
            if run:
                html.append("<blockquote style=\"border-left:2px solid #999;padding-left:8px\">"
                            + "<br>\n".join(escape(r) for r in run) + "</blockquote>")
                run = []
            if ln is not None:
                html.append(escape(ln) + "<br>")
        out.append("<p>" + "\n".join(html) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def quote(text):
    """Prefix every line with '> ' (one level of a quoted reply)."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# ------------------------------------------------------------------ parties
# Buyers
BD = "Meghna Rotor Spinning Mills Ltd."          # Kashimpur, Gazipur, Bangladesh
PK = "Indus Indigo Denim (Pvt.) Ltd."            # Khurrianwala, Faisalabad, Pakistan
BE = "Vandewalle Tapijtweverij NV"               # Wielsbeke, Belgium
PE = "Hilanderia Andina Alpaca S.A.C."           # Arequipa, Peru
# Suppliers
CH = "Rheintal Spindeltechnik AG"                # Wil SG, Switzerland
DE = "Hellwig Webtechnik GmbH"                   # Moenchengladbach, Germany
IN = "Sri Kumaran Textile Spares Pvt. Ltd."      # Coimbatore, India
CN = "Changzhou Huayu Textile Accessories Co., Ltd."  # Wujin, Changzhou, China
JP = "Okamura Fine Ceramics Co., Ltd."           # Seto, Aichi, Japan

RAFIQ = "Md. Rafiqul Islam <rafiqul.islam@meghnarotor.com.bd>"
IMRAN = "Imran Qureshi <imran.qureshi@indusindigo.com.pk>"
SAIMA = "Saima Anwar <saima.anwar@indusindigo.com.pk>"
PIETER = "Pieter Verstraete <pieter.verstraete@vandewalle-tapijt.be>"
KOEN = "Koen Vermeulen <koen.vermeulen@vandewalle-tapijt.be>"
CARLOS = "Carlos Quispe Mamani <cquispe@andina-alpaca.com.pe>"
URS = "Urs Baumgartner <u.baumgartner@rheintal-spindel.ch>"
JUERGEN = "Juergen Brandt <j.brandt@hellwig-webtechnik.de>"
KATRIN = "Katrin Hoffmann <k.hoffmann@hellwig-webtechnik.de>"
SENTHIL = "R. Senthil Kumar <senthil@srikumaranspares.in>"
LILY = "Lily Zhang <lily.zhang@hy-textile.cn>"
CHEN = "Chen Hao <chenhao@hy-textile.cn>"
KENJI = "Kenji Watanabe <k-watanabe@okamura-ceramics.co.jp>"


# =================================================================== CLEAN
# c01 - supplier quote with sample and production tiers (PDF). No authorization in the bundle.
case("c01_swiss_quote_tiers", [],
     "Supplier quote with a 24 pcs sample tier and a 1 176 pcs production tier; a quote authorizes nothing.",
     [("RS-Q-24-0311.pdf", pdf([
         ("h1", "Offerte / Quotation RS-Q-24-0311"),
         ("p", "Rheintal Spindeltechnik AG, Toggenburgerstrasse 112, CH-9500 Wil SG, Switzerland. "
               "Tel. +41 71 913 44 00, verkauf@rheintal-spindel.ch"),
         ("p", "To: Meghna Rotor Spinning Mills Ltd., attn. Mr. Md. Rafiqul Islam, Sr. Manager Purchase, "
               "Kashimpur, Gazipur-1750, Bangladesh"),
         ("p", "Date: 08.04.2024. Your enquiry: e-mail of 02.04.2024. Valid until: 31.05.2024."),
         ("p", "Dear Mr. Islam, thank you for your enquiry. We are pleased to quote as follows for spindle "
               "bolster inserts for your ring frames RF-07 and RF-08 (HP-S 68 spindles, 2 x 600 spindle "
               "positions)."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price CHF", "Amount CHF"],
             ["10", "SBI-22/4", "Bolster insert, oil lubricated, drawing RS-2207 Rev. C - sample lot",
              "24 pcs", "46,80", "1'123,20"],
             ["20", "SBI-22/4", "Bolster insert, as pos. 10 - production lot (series)",
              "1 176 pcs", "38,50", "45'276,00"],
             ["30", "TOOL-2207", "Gauge set for incoming inspection (one-off)", "1 set", "380,00", "380,00"],
         ]),
         ("sp",),
         ("p", "Prices net, FCA Wil SG, seaworthy packing included. Payment: 30 days net after invoice."),
         ("p", "Delivery: sample lot 3 weeks after order. Production lot 9-10 weeks after your written "
               "production release."),
         ("p", "Technical: material 100Cr6, hardened 60+2 HRC, bore ground to H6. Run-in test 1000 h on our "
               "test frame at 18 000 rpm (sample lot only). Quality system ISO 9001:2015."),
         ("p", "This quotation is an offer. It is not an order confirmation and it does not oblige either "
               "party to a quantity."),
         ("p", "Freundliche Gruesse / Kind regards"),
         ("p", "Urs Baumgartner, Verkauf Export"),
     ], title="Quotation RS-Q-24-0311", author="Rheintal Spindeltechnik AG"))])

# c02 - buyer RFQ with three quantity scenarios (EML, multipart/alternative).
_t = """Dear Mr. Brandt, dear Juergen,

We are looking to replace the heald frames on our Wilton face-to-face looms in hall 3 (looms W31 to W42). Could you please make us your best offer for the aluminium heald frame HF-2300 (2300 mm working width, according to your drawing HW-4410 rev. 07) in three quantity scenarios:

  A) 12 pcs   - trial on one loom (W34)
  B) 96 pcs   - 8 frames per loom, 12 looms in hall 3
  C) 288 pcs  - all Wilton looms, phased over 2025

Please give also the price for the heald wire hooks as an option, and your lead time per scenario. Incoterm DAP Wielsbeke, please.

To be clear: this is only a request for quotation, not an order. Nothing should be made and no material bought on the basis of this mail. We decide after your offer and a trial.

Alvast bedankt en met vriendelijke groeten,
Pieter
""" + sig("Pieter Verstraete", "Aankoper / Purchaser technical goods", BE + ", Wielsbeke, Belgium",
          "+32 56 66 41 20")
case("c02_rfq_three_scenarios", [],
     "Buyer RFQ with 12/96/288 pcs scenarios that says it is not an order; an RFQ authorizes nothing.",
     [("RFQ_24-031.eml", eml_bytes(mail(
         PIETER, JUERGEN, "RFQ 24-031 - heald frames HF-2300 for Wilton looms",
         "Mon, 08 Apr 2024 10:14:00 +0200", _t, html=mhtml(_t))))])

# c03 - WhatsApp: supplier asks for the go-ahead under a complete scope; buyer says not yet.
case("c03_whatsapp_question", [],
     "Buyer scope in chat has 30 pcs, balance 2,970 not released, sign-off event and Imran as releaser; "
     "supplier's 'do we have go-ahead?' is a question.",
     [("WhatsApp_Chat_with_Senthil_SKTS.txt", """\
14/05/2024, 10:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
14/05/2024, 10:04 - Imran Qureshi IID: Assalam o Alaikum Senthil sb. PO IID-PO-24-0917 sent on mail just now
14/05/2024, 10:05 - Imran Qureshi IID: Scope pls note carefully: only 30 pcs flat clips FC-12 for sample. Balance 2,970 pcs NOT released
14/05/2024, 10:06 - Imran Qureshi IID: Balance will be released only after sample sign-off by Usman Tariq (maintenance spinning), and the release comes in writing from me only. Material also for 30 pcs only pls
14/05/2024, 10:09 - Senthil Kumar SKTS: Walaikum salam sir. Noted. 30 pcs sample only, balance on hold. Will send PI for samples today itself
14/05/2024, 10:09 - Senthil Kumar SKTS: 🙏
22/05/2024, 12:31 - Senthil Kumar SKTS: Sir spring steel 0.8 mm came today, samples in press tomorrow
29/05/2024, 16:40 - Senthil Kumar SKTS: Sir samples dispatched by DHL AWB 7781 4420 9912, 30 pcs. Test report also attached in mail
29/05/2024, 16:41 - Senthil Kumar SKTS: Kindly confirm sir do we have go-ahead for balance 2970 pcs? Our strip supplier is asking
29/05/2024, 17:15 - Imran Qureshi IID: Not yet Senthil sb. Samples will go on card C-14 next week, Usman sb will do sign-off. Till my written release nothing on balance pls
29/05/2024, 17:16 - Senthil Kumar SKTS: Ok sir understood 👍 we will wait
""")])

# c04 - ERP forecast printout, clearly labelled non-binding.
case("c04_erp_forecast_labelled", [],
     "ERP spares forecast labelled 'forecast only - non binding - not a purchase order'; no authorization.",
     [("MRSM_ERP_print_0506.txt", """\
MEGHNA ROTOR SPINNING MILLS LTD.                                   ERP: MRSM-ORA R12.2
KASHIMPUR, GAZIPUR-1750, BANGLADESH                                PRINT: 06-MAY-2024 11:32
USER: RAFIQ.PUR                                                    PAGE : 1 OF 1
==========================================================================================
REPORT   : SPARES REQUIREMENT FORECAST  JUL-2024 TO DEC-2024
STATUS   : *** FORECAST ONLY - NON BINDING - THIS IS NOT A PURCHASE ORDER ***
SEND TO  : REGISTERED VENDORS, CATEGORY 07 (TEXTILE SPARES) - FOR CAPACITY PLANNING
==========================================================================================
ITEM CODE    DESCRIPTION                           UOM    JUL    AUG    SEP    OCT    NOV    DEC    TOTAL
------------------------------------------------------------------------------------------
SP-07-0412   PIGTAIL GUIDE YG-0612 AL2O3 99.5%     PCS    300    300    400    400    300    300    2,000
SP-07-0220   SPINDLE BOLSTER INSERT SK-BI-22       PCS    400    400    400    400    400    400    2,400
SP-07-0316   FLAT CLIP FC-12 (CARD C-01..C-18)     PCS    500    500    500    500    500    500    3,000
SP-07-0451   TENSION GUIDE TG-30 (AUTOCONER)       PCS    120      0    120      0    120      0      360
------------------------------------------------------------------------------------------
NOTES:
1. ABOVE FIGURES ARE OUR PLANNING FORECAST FOR CAPACITY AND PRICE INDICATION ONLY.
2. NO QUANTITY IN THIS REPORT IS ORDERED OR RELEASED. SUPPLY ONLY AGAINST SEPARATE PO
   AND WRITTEN RELEASE.
3. VENDORS MUST NOT BUY MATERIAL OR PRODUCE AGAINST THIS FORECAST.
4. RING FRAMES RF-01..RF-12 (1,008 SPINDLES EACH) AND CARDS C-01..C-18 ARE THE CONSUMERS.

PREPARED BY : MD. RAFIQUL ISLAM, SR. MANAGER PURCHASE
CHECKED BY  : ENGR. TANVIR AHMED, DGM MAINTENANCE
==========================================================================================
                                   *** END OF REPORT ***
""")])

# c05 - sample sign-off record: approved for fit check only; production not released.
case("c05_signoff_fit_check_only", [],
     "Sign-off 'approved for fit check only'; 288 balance on hold until weaving trial and written release "
     "by Koen Vermeulen; scoped.",
     [("SSR-24-017.docx", docx_bytes([
         ("h1", "Sample sign-off record SSR-24-017"),
         ("p", "Vandewalle Tapijtweverij NV - Onderhoud / Maintenance, hall 3, Wielsbeke"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Aluminium heald frame HF-2300 (2300 mm), drawing HW-4410 rev. 07"],
             ["Supplier", "Hellwig Webtechnik GmbH, Moenchengladbach"],
             ["Purchase order", "VT-24-0588, pos. 10 (samples)"],
             ["Sample quantity", "a dozen (12) frames, received 21.05.2024"],
             ["Test", "mounting on Wilton loom W34, heald wire hook engagement, frame weight, 3 shifts"],
             ["Disposition", "Approved for fit check only"],
         ]),
         ("sp",),
         ("p", "Result: the 12 frames fit the loom and the hooks engage correctly. Frame weight 4,1 kg "
               "(drawing max. 4,3 kg)."),
         ("p", "This sign-off covers the fit check only. Production is not released by this sign-off."),
         ("p", "The production balance of 288 frames stays on hold. It can only be released after the "
               "4-week weaving trial on W34 (end of trial 28.06.2024), by a written release from "
               "Koen Vermeulen, plant manager."),
         ("p", "Hellwig may not buy aluminium profiles or rods beyond the 12 sample frames."),
         ("sp",),
         ("p", "Signed: Els De Smet, maintenance engineer, 31.05.2024"),
         ("p", "Copy: Pieter Verstraete (purchasing), Koen Vermeulen (plant manager), Hellwig Webtechnik GmbH"),
     ], author="Els De Smet"))])

# c06 - full-quantity PO, "proceed with the full 3,000 pcs" (PDF).
case("c06_full_quantity_po", [],
     "Full-quantity PO for 3,000 clips, samples already signed off under an earlier PO; no balance exists.",
     [("PO_4500019104.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500019104"),
         ("p", "Indus Indigo Denim (Pvt.) Ltd., 38-km Sheikhupura Road, Khurrianwala, Faisalabad, Pakistan. "
               "NTN 1234567-8"),
         ("p", "Vendor: Changzhou Huayu Textile Accessories Co., Ltd., No. 18 Hutang Road, Wujin District, "
               "Changzhou, Jiangsu, China. Vendor code 200731."),
         ("p", "PO date: 17.05.2024. Purch. group P07 (Spares Spinning). Currency USD. Incoterm FOB Shanghai."),
         ("table", [
             ["Item", "Material", "Description", "Qty", "Unit", "Price USD", "Value USD", "Delivery"],
             ["00010", "SP-0316-0018", "Flat clip HY-FC-18 for card clothing, spring steel 0.8 mm",
              "1,500", "PC", "0.42", "630.00", "15.07.2024"],
             ["00020", "SP-0316-0018", "Flat clip HY-FC-18, second lot", "1,500", "PC", "0.42", "630.00",
              "15.08.2024"],
             ["", "", "Total", "3,000", "PC", "", "1,260.00", ""],
         ]),
         ("sp",),
         ("p", "Scope: this is a firm order for the full quantity of three thousand (3,000) pcs in the two "
               "lots above. There is no sample stage and no balance on this PO: the samples of your lot "
               "HY-2404-07 were signed off under PO 4500018650 (sign-off SO-PK-24-0311 of 06.05.2024). "
               "You may proceed with the full 3,000 pcs."),
         ("p", "Payment: 30% advance T/T, 70% against copy of B/L. Packing: 100 pcs per poly bag, "
               "cartons max. 15 kg, marking IID + PO number."),
         ("p", "For cards C-01 to C-18 (flat tops 84 per card). Quality: ISO 9001:2015 certificate and "
               "hardness report per lot."),
         ("p", "Authorised signatory: Saima Anwar, Head of Procurement"),
     ], title="PO 4500019104", author="Indus Indigo Denim"))])

# c07 - ERP PO, full quantity in three schedule lines, quantity-like identifiers (TXT).
case("c07_erp_po_schedules", [],
     "ERP PO for the full 2,400 pcs in three 800-pcs schedules; no sample stage, no balance; 1,008 spindles "
     "and 500 h are identifiers.",
     [("MRSM_PO_24_1187.txt", """\
MEGHNA ROTOR SPINNING MILLS LTD.                        ***  PURCHASE ORDER  ***
KASHIMPUR, GAZIPUR-1750, BANGLADESH                      BIN: 000123456-0101
------------------------------------------------------------------------------------------
PO NO       : MRSM/PO/24/1187               PO DATE  : 12-MAY-2024
VENDOR      : SRI KUMARAN TEXTILE SPARES PVT LTD (V-20417)
              SF NO 412, AVINASHI ROAD, COIMBATORE-641 014, TAMIL NADU, INDIA
CURRENCY    : USD        INCOTERM : CFR CHATTOGRAM        PAYMENT : LC AT 90 DAYS SIGHT
BUYER       : MD. RAFIQUL ISLAM (PUR-07)
------------------------------------------------------------------------------------------
LN  ITEM CODE    DESCRIPTION                                 QTY   UOM    RATE      VALUE
01  SP-07-0220   SPINDLE BOLSTER INSERT SK-BI-22            2,400  PCS    6.10   14,640.00
                 DRG SK-2207 REV 03, MATL 100CR6
    SCHEDULE 1 :   800 PCS   DELIVERY 30-JUN-2024
    SCHEDULE 2 :   800 PCS   DELIVERY 31-JUL-2024
    SCHEDULE 3 :   800 PCS   DELIVERY 31-AUG-2024
------------------------------------------------------------------------------------------
                                                    TOTAL VALUE USD       14,640.00
REMARKS:
1. FULL AND FINAL QUANTITY 2,400 PCS FOR RING FRAMES RF-01 TO RF-03 (3 X 1,008 SPINDLES,
   PARTIAL REPLACEMENT).
2. SAMPLES ALREADY SIGNED OFF UNDER PO MRSM/PO/24/0318 (SIGN-OFF SO-24-031). NO SAMPLE
   STAGE ON THIS PO.
3. THIS PO AUTHORISES PRODUCTION OF THE FULL 2,400 PCS IN THE THREE SCHEDULES ABOVE.
   NO FURTHER RELEASE REQUIRED.
4. RUN-IN TEST 500 H ON ONE INSERT PER LOT, REPORT WITH EACH SHIPMENT. ISO 9001:2015.
5. MARKING: PO NO + LOT NO ON EACH CARTON.

PREPARED BY: MD. RAFIQUL ISLAM          AUTHORISED SIGNATORY: SHAHNAZ PARVIN, GM SUPPLY CHAIN
------------------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED PURCHASE ORDER.
""")])

# c08 - EDI call-off with explicit staged material authority above the released quantity (TXT).
case("c08_edi_calloff_staged", [],
     "Call-off releases 200 pcs; staged material authority up to 600 pcs explicit; 760 not released until "
     "call-off 3; Annelies Claeys named.",
     [("DELFOR_DF-24-00217.txt", """\
==== EDI DELFOR D96A - human-readable print ==== Vandewalle Tapijtweverij NV ====
Message ref        : DF-24-00217                    Date/time: 03.06.2024 07:45
Document           : CALL-OFF no. 2 against frame order VT-24-0611
Buyer              : Vandewalle Tapijtweverij NV, Wielsbeke (BE)   GLN 5412345000013
Supplier           : Rheintal Spindeltechnik AG, Wil SG (CH)        GLN 7612345000017
Item               : TG-45/2 disc tension guide, ceramic disc D45 mm, drg RS-4502 rev. B
Quoted total       : 1 000 pcs (quote RS-Q-24-0287)
--------------------------------------------------------------------------------
HISTORY
 Call-off 1 (20.03.2024)  : 40 pcs samples - signed off 22.04.2024 (SSR-24-009, creel W37)
 Call-off 2 (this message): 200 pcs released for production, delivery 24.06.2024
--------------------------------------------------------------------------------
QTY RELEASED FOR PRODUCTION (this call-off)  :   200 pcs
CUMULATIVE RELEASED (incl. samples)           :   240 pcs
BALANCE NOT RELEASED                          :   760 pcs
MATERIAL AUTHORITY (staged)                   :   up to 600 pcs
   Supplier may buy ceramic discs and steel bodies for up to 600 pcs at the
   buyer's liability. Material above 600 pcs is bought at supplier's own risk.
UNLOCK EVENT FOR BALANCE                      :   next call-off (call-off 3),
                                                  after the creel trial on W38
RELEASE AUTHORITY                             :   Annelies Claeys, supply chain
                                                  manager (signs all call-offs)
--------------------------------------------------------------------------------
Segments: UNH+DF-24-00217+DELFOR:D:96A:UN' BGM+241+VT-24-0611-CO2' QTY+1:200:PCE'
          QTY+79:240:PCE' QTY+3:760:PCE' FTX+AAI+++STAGED MATERIAL 600 PCE'
==== end of print ====
""")])

# c09 - signed auto-conversion record (DOCX).
case("c09_autoconversion_signed", [],
     "Explicit, signed auto-conversion of 288 shuttles on an APPROVED sign-off by Lucia Huaman before 30.06; "
     "signer, quantity, conditions stated.",
     [("AC-2024-03_OC-2024-0081.docx", docx_bytes([
         ("h1", "Acuerdo de auto-conversion / Auto-conversion agreement AC-2024-03"),
         ("p", "Hilanderia Andina Alpaca S.A.C., Parque Industrial, Arequipa, Peru - "
               "Hellwig Webtechnik GmbH, Moenchengladbach, Germany"),
         ("p", "Orden de compra / purchase order: OC-2024-0081. Part: shuttle SH-340 (cornel wood, steel "
               "tips, 340 mm) for the shuttle looms T-01 to T-08 (alpaca blankets)."),
         ("table", [
             ["Quantity", "Pcs", "Status"],
             ["Samples", "12", "authorised with OC-2024-0081"],
             ["Production released by auto-conversion (if conditions below are met)", "288", "see conditions"],
             ["Any quantity above 288", "-", "not released"],
         ]),
         ("sp",),
         ("p", "We record hereby, before the samples are evaluated, that the sample sign-off converts "
               "automatically into a production release, only under these conditions:"),
         ("num", "Quantity released by auto-conversion: 288 (two hundred eighty-eight) shuttles, nothing more."),
         ("num", "Condition: sample sign-off of the 12 sample shuttles with disposition APPROVED (not interim, "
                 "not rejected), signed by Ing. Lucia Huaman, maintenance engineer, after a 2-week test on "
                 "looms T-04 and T-05."),
         ("num", "Date limit: the sign-off must be dated on or before 30.06.2024. A later sign-off needs a "
                 "normal written release."),
         ("num", "Evidence: the signed sample sign-off sheet, sent by e-mail to Hellwig Webtechnik."),
         ("num", "Material: Hellwig may buy cornel wood blanks for 300 shuttles only after the sign-off "
                 "mail; until then for the 12 samples only."),
         ("sp",),
         ("p", "Firma / signed: Ing. Rodrigo Valdivia Chavez, Gerente de Operaciones, release authority "
               "(limit USD 50,000), 14.05.2024"),
         ("p", "Countersigned (second signature): Maria Fernanda Paredes, Gerente General, 14.05.2024"),
         ("p", "Acknowledged for the supplier: Katrin Hoffmann, Auftragsabwicklung, Hellwig Webtechnik GmbH, "
               "15.05.2024"),
     ], author="Rodrigo Valdivia"))])

# c10 - buyer scope mail forwarding an old quote (message/rfc822) declared informational.
_old = mail(KENJI, RAFIQ, "Quotation OFC-Q-21-118 / Pigtail guide YG-0612",
            "Thu, 11 Nov 2021 15:20:00 +0900", """\
Dear Mr. Islam,

Thank you very much for your inquiry. We are pleased to quote as follows.

  Item: Pigtail guide YG-0612, Al2O3 99.5%, matte finish, wire D1.6 mm
  500 pcs   : JPY 310 / pc
  5.000 pcs : JPY 245 / pc
  Delivery  : 6 weeks, FOB Nagoya
  Validity  : 3 months

We are looking forward to your kind order.

Best regards,
Kenji Watanabe
Overseas Sales Section
Okamura Fine Ceramics Co., Ltd.
""")
_t = """Dear Watanabe-san,

Good day. Our PO MRSM/PO/24/1203 for the pigtail guide YG-0612 is sent by our ERP today. Please note the scope:

- This PO covers thirty (30) sample pcs only.
- The production balance of 1,970 pcs (your quote OFC-Q-24-052, total 2,000 pcs) is not released.
- The balance can be released only after sample sign-off by Engr. Tanvir Ahmed (trial on RF-05), by written release from Ms. Shahnaz Parvin, GM Supply Chain.
- Material and firing: for the 30 samples only, please.

Below I forward your old quotation of 2021 with 5.000 pcs. Our finance asked why the price is increased, so it is only for price reference. It is informational only - the 5.000 pcs is not ordered and not released.

Thanks and best regards,
Rafiq
""" + sig("Md. Rafiqul Islam", "Sr. Manager, Purchase", BD + ", Kashimpur, Gazipur", "+880 2 4966 1122")
case("c10_fwd_old_quote_info", [],
     "PO scope complete (30 samples, 1,970 not released, sign-off event, Shahnaz Parvin); the forwarded "
     "2021 quote with 5.000 pcs is declared informational.",
     [("Fwd_OFC-Q-21-118.eml", eml_bytes(mail(
         RAFIQ, KENJI, "PO MRSM/PO/24/1203 YG-0612 samples - and FW: old quotation OFC-Q-21-118",
         "Mon, 13 May 2024 11:05:00 +0600", _t, attachments=[("rfc822", _old)])))])

# c11 - buyer corrects a quoted supplier line that assumes auto-conversion (quoted reply).
_q = """Dear Mrs. Anwar,

the 12 sample frames HF-1900 for your air-jet looms are ready for dispatch, airfreight Frankfurt - Lahore on Thursday.

Once your team approves the samples we will run the balance of 276 frames directly, without further paperwork, to keep your August date. Profiles are available in our stock.

Mit freundlichen Gruessen / Best regards
Juergen Brandt
Vertrieb Export, Hellwig Webtechnik GmbH"""
_t = """Dear Mr. Brandt,

Thank you for the update. But please note, this is not correct.

Sample approval does not release the balance. PO 4500018977 covers the 12 sample frames only. The balance of 276 frames remains on hold and is not released, also not after the samples pass. After sample sign-off by Mr. Usman Tariq, the balance needs a written release from me (Saima Anwar, Head of Procurement). Please do not cut profiles beyond the 12 samples.

The August date we will discuss after the sign-off.

Regards,
Saima

On Tue, 21 May 2024 at 14:02, Juergen Brandt <j.brandt@hellwig-webtechnik.de> wrote:
""" + quote(_q) + "\n" + sig("Saima Anwar", "Head of Procurement", PK + ", Faisalabad", "+92 41 471 2200")
case("c11_reply_corrects_autoconv", [],
     "Quoted supplier line 'once approved we run the 276' is corrected by the buyer: 12 samples only, balance "
     "on hold, sign-off + written release by Saima Anwar.",
     [("RE_HF-1900_samples.eml", eml_bytes(mail(
         SAIMA, JUERGEN, "RE: HF-1900 sample frames ready / PO 4500018977",
         "Tue, 21 May 2024 16:30:00 +0500", _t, in_reply_to="<h221-q-0011@hellwig-webtechnik.de>")))])

# c12 - WeChat: deposit paid; supplier says the deposit does not release production.
case("c12_wechat_deposit_not_release", [],
     "Buyer scope: 20 samples, 280 not released, sign-off + written release by Rodrigo Valdivia; supplier "
     "confirms deposit does not release production.",
     [("wechat_export_LilyZhang.txt", """\
WeChat chat history with "Lily Zhang 华宇纺织 Huayu"
Exported 2024-05-21

2024-05-20 09:14  Carlos Quispe
Hola Lily, buenos dias. The 30% deposit for OC-2024-0092 is paid today, swift copy I send in email.

2024-05-20 09:16  Carlos Quispe
Remember please: OC-2024-0092 is for 20 sample shuttles HY-SH-330 only. The other 280 are NOT released. Release only after our sample sign-off (Ing. Lucia Huaman, looms T-02/T-03), by written release signed by Ing. Rodrigo Valdivia.

2024-05-20 09:31  Lily Zhang 华宇纺织 Huayu
Dear Carlos, well received, thank you!
We confirm: deposit is received but deposit not release production. We only make 20 pcs samples now, 280 pcs wait your written release.

2024-05-20 09:32  Lily Zhang 华宇纺织 Huayu
persimmon wood we cut only for 20 pcs also 😊

2024-05-20 09:40  Carlos Quispe
Perfecto, muchas gracias Lily 👍
""")])

# c13 - supplier order confirmation restating the hold (PDF).
case("c13_supplier_ack_restates_hold", [],
     "Supplier order confirmation restates 12 samples only, 288 not released, material for 12, written "
     "release by Annelies Claeys; supplier document, clean.",
     [("AB-24-05117.pdf", pdf([
         ("h1", "Auftragsbestaetigung / Order confirmation AB-24-05117"),
         ("p", "Hellwig Webtechnik GmbH, Rheydter Strasse 240, D-41065 Moenchengladbach. "
               "USt-IdNr. DE 812 345 678"),
         ("p", "Customer: Vandewalle Tapijtweverij NV, Wielsbeke, Belgium. Your order VT-24-0602 of 13.05.2024. "
               "Our offer AN-24-0433."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price EUR", "Amount EUR"],
             ["1", "HF-2300", "Aluminium heald frame 2300 mm, drawing HW-4410 rev. 07 - sample", "12 pcs",
              "412,00", "4.944,00"],
             ["2", "FRACHT", "Freight DAP Wielsbeke", "1", "180,00", "180,00"],
         ]),
         ("sp",),
         ("p", "We confirm your order with the scope as written in your PO:"),
         ("p", "- 12 (twelve) sample heald frames only."),
         ("p", "- The remaining 288 frames of our offer AN-24-0433 are not released and not part of this "
               "confirmation."),
         ("p", "- We buy aluminium profiles and heald rods for the 12 sample frames only."),
         ("p", "- Before any production of the 288 frames we wait for your written release by "
               "Mrs. Annelies Claeys after your sample sign-off."),
         ("p", "Delivery of the samples: week 21/2024. Payment: 30 days net."),
         ("p", "Mit freundlichen Gruessen, Katrin Hoffmann, Auftragsabwicklung"),
     ], title="AB-24-05117", author="Hellwig Webtechnik GmbH"))])

# c14 - supplier portal order status; balance on hold, sample-only material (HTML).
case("c14_supplier_portal_hold", [],
     "Supplier portal: 50 samples shipped, balance 2,950 on hold awaiting written release by Saima Anwar "
     "after sign-off; material sample-only.",
     [("order_status_HY-SO-2404-33.html", html_page("Huayu customer portal - order HY-SO-2404-33", """\
<h2>Changzhou Huayu Textile Accessories Co., Ltd. - Customer Portal</h2>
<p>Customer: <b>Indus Indigo Denim (Pvt.) Ltd.</b>, Faisalabad &nbsp;|&nbsp; Login: imran.qureshi &nbsp;|&nbsp; Last update: 2024-05-28 16:05 CST</p>
<h3>Order HY-SO-2404-33 (your PO 4500018790)</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>HY-FC-18 flat clip for card clothing, spring steel 0.8 mm</td></tr>
<tr><td>Ordered now (sample)</td><td>50 pcs</td></tr>
<tr><td>Shipped</td><td>50 pcs, 2024-05-24, SF Express SF1402 2299 7781</td></tr>
<tr><td>Balance</td><td>2 950 pcs - ON HOLD, waiting customer written release (Ms. Saima Anwar) after sample sign-off</td></tr>
<tr><td>Material authority</td><td>Sample only (50 pcs)</td></tr>
<tr><td>Material bought</td><td>steel strip for 50 pcs</td></tr>
<tr><td>Production of balance</td><td>not started</td></tr>
</table>
<p class="note">Balance quantity is shown for information. It is not released. We will not buy material or produce the balance before your written release.</p>
<p>Contact: Chen Hao, merchandiser, +86 519 8866 2031</p>
""")) ])

# c15 - interim sample sign-off with quantity and date limits (DOCX).
case("c15_interim_signoff_limits", [],
     "Interim disposition with 200 pcs / 30.09.2024 limits, release R-01 for 200 by Shahnaz Parvin, 1,770 "
     "not released until final sign-off.",
     [("ISS-24-006.docx", docx_bytes([
         ("h1", "Interim sample sign-off ISS-24-006"),
         ("p", "Meghna Rotor Spinning Mills Ltd. - Maintenance & Quality, Kashimpur, Gazipur"),
         ("table", [
             ["Item", "Entry"],
             ["Part", "Pigtail guide YG-0612, Al2O3 99.5%, Okamura Fine Ceramics Co., Ltd."],
             ["PO", "MRSM/PO/24/1203 (30 sample pcs) and amendment A1"],
             ["Trial", "ring frame RF-05, 72 h, Ne 30/1 combed, 17 500 rpm"],
             ["Findings", "dimensions OK; groove finish slightly rough on 3 of 30; hairiness +4% vs. reference"],
             ["Disposition", "INTERIM"],
             ["Interim limit - quantity", "up to 200 (two hundred) pcs"],
             ["Interim limit - date", "use until 30.09.2024"],
         ]),
         ("sp",),
         ("p", "Production release R-01 for 200 pcs is given under this interim disposition, signed by "
               "Ms. Shahnaz Parvin, GM Supply Chain (release authority). Okamura may fire and ship these "
               "200 pcs; material for 200 pcs only."),
         ("p", "The balance of 1,770 pcs is not released. It can be released only after final sign-off "
               "(Uster hairiness test on 3 frames) and a further written release from Ms. Shahnaz Parvin."),
         ("sp",),
         ("p", "Engr. Tanvir Ahmed, DGM Maintenance, 04.06.2024"),
         ("p", "Shahnaz Parvin, GM Supply Chain, 04.06.2024"),
     ], author="Tanvir Ahmed"))])

# c16 - deviation permit that leaves quantities untouched (PDF).
case("c16_deviation_permit", [],
     "Deviation accepted for 500 pcs already delivered under a full-quantity PO; states it changes no "
     "quantity and authorises no production.",
     [("DP-24-011.pdf", pdf([
         ("h1", "DEVIATION PERMIT DP-24-011"),
         ("p", "Indus Indigo Denim (Pvt.) Ltd. - Quality Assurance, Spinning Unit, Faisalabad"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Sri Kumaran Textile Spares Pvt. Ltd., Coimbatore"],
             ["Part", "Spindle bolster insert SK-BI-22, drawing SK-2207 Rev 03"],
             ["PO", "IID-PO-24-0702 (full quantity 500 pcs, no sample stage)"],
             ["Quantity concerned", "500 pcs, all delivered, GRN 50044712 of 02.05.2024"],
             ["Requirement", "bore surface finish Ra 0,4 um max."],
             ["Actual", "Ra 0,45 - 0,50 um (lab report QA-L-24-0415)"],
             ["Risk", "slightly higher running temperature; run test 1000 h showed no seizure"],
         ]),
         ("sp",),
         ("p", "Decision: deviation accepted for the 500 pcs already delivered under GRN 50044712 only."),
         ("p", "This permit does not change any PO quantity, does not authorise any further production, and "
               "does not change the drawing requirement for future lots (Ra 0,4 um max. stays)."),
         ("p", "Supplier corrective action (honing cycle) to be shown in 8D by 15.06.2024."),
         ("p", "Signed: Bilal Chaudhry, Director Technical, 10.05.2024"),
     ], title="DP-24-011", author="Indus Indigo Denim QA"))])

# c17 - Teams: go ahead with the 16 pilot frames only (TXT).
case("c17_teams_scoped_goahead", [],
     "'Go ahead with the 16 pilot heald frames only'; 284 not released; Koen releases in writing after trial "
     "sign-off; scoped.",
     [("Teams_chat_export_HF2300.txt", """\
Microsoft Teams - chat export
Chat: Vandewalle / Hellwig - HF-2300 pilot (external)
Participants: Pieter Verstraete, Els De Smet, Katrin Hoffmann (Guest)
Exported: 05/06/2024 17:02

[04/06/2024 09:12] Katrin Hoffmann (Hellwig Webtechnik GmbH) (Guest)
Good morning Pieter, the 16 pilot frames are planned for week 24. Before we start cutting profiles: do we have your go-ahead?

[04/06/2024 09:40] Pieter Verstraete
Hi Katrin, yes: go ahead with the 16 pilot heald frames only (PO VT-24-0644, pos. 10).

[04/06/2024 09:41] Pieter Verstraete
The balance of 284 frames is not released. Koen Vermeulen releases it in writing after the weaving trial sign-off on W35 (Els does the sign-off, planned end of July).

[04/06/2024 09:43] Katrin Hoffmann (Hellwig Webtechnik GmbH) (Guest)
Understood, thank you. 16 pcs only, profiles only for 16.

[04/06/2024 09:50] Els De Smet
👍 I will send the trial plan for W35 next week.
""")])

# c18 - SAP PO, full quantity, full of quantity-like identifiers (TXT).
case("c18_sap_po_identifiers", [],
     "Full-quantity SAP PO for 480 inserts (+960 screws); identifiers like SP-2207-1000, 1000 h, 18 000 rpm, "
     "M6x16, ISO 9001:2015 are not quantities.",
     [("ME9F_4500019230.txt", """\
Indus Indigo Denim (Pvt.) Ltd.                 Purchase Order                     Page 1 of 1
38-km Sheikhupura Road, Khurrianwala, Faisalabad
-------------------------------------------------------------------------------------------
PO number    4500019230          Date     21.05.2024       Doc. type  NB  Standard PO
Vendor       100480  Rheintal Spindeltechnik AG, Toggenburgerstrasse 112, CH-9500 Wil SG
Purch. group P07  Spares Spinning   Plant 1000  Faisalabad Spinning   Stor. loc. 1070
Currency     CHF                 Incoterms FCA Wil SG      Terms of payment  ZN30  30 days net
-------------------------------------------------------------------------------------------
Item  Material       Short text                                 Qty  Un   Net price   Net value
00010 SP-2207-1000   BOLSTER INSERT SBI-22/4 DRG RS-2207 REV C     480  PC       38.50   18,480.00
      Deliv. date 15.07.2024
00020 SP-0912-0016   SCREW DIN 912 M6x16 A2-70                     960  PC        0.22      211.20
      Deliv. date 15.07.2024
-------------------------------------------------------------------------------------------
                                                           Total net value CHF   18,691.20
Header text:
  Full quantity order. For ring frames RF-10 and RF-11 (2 x 480 spindles, HP-S 68).
  No sample stage on this PO - samples signed off under PO 4500018411 (sign-off
  SO-PK-24-0220, run test 1000 h at 18 000 rpm, QAP-1000 rev 12).
  Production of the full 480 inserts and 960 screws is authorised by this PO.
  Material 100Cr6 per EN ISO 683-17, hardness 60+2 HRC, thread M6x1.0 in the
  bolster, ISO 9001:2015 certificate required, 3.1 certificate per EN 10204.
  Packing: 24 pcs per carton, 20 cartons.
-------------------------------------------------------------------------------------------
Buyer: Imran Qureshi, P07, +92 41 471 2231          Signed: Saima Anwar, Head of Procurement
""")])

# c19 - buyer portal: firm full-quantity PO line plus a clearly labelled forecast (HTML).
case("c19_buyer_portal_forecast_labelled", [],
     "Portal shows a firm full-quantity PO (48 frames) and a forecast labelled non-binding, 'not an order "
     "and releases nothing'.",
     [("portal_hellwig_orders.html", html_page("Vandewalle supplier portal - Hellwig Webtechnik", """\
<h2>Vandewalle Tapijtweverij NV - Supplier Portal</h2>
<p>Supplier: <b>Hellwig Webtechnik GmbH</b> (supplier no. 30118) &nbsp;|&nbsp; Part: HF-2300 aluminium heald frame &nbsp;|&nbsp; Page generated 10.06.2024 08:00</p>
<h3>Firm purchase orders</h3>
<table>
<tr><th>PO</th><th>Pos.</th><th>Part</th><th>Qty</th><th>Delivery</th><th>Status</th></tr>
<tr><td>VT-24-0702</td><td>10</td><td>HF-2300</td><td>48 pcs</td><td>15.07.2024</td><td>Firm order - full quantity, production authorised</td></tr>
</table>
<p>PO VT-24-0702 has no sample stage (samples were signed off under VT-24-0588 / SSR-24-017) and no open balance.</p>
<h3>Forecast (non-binding)</h3>
<div class="note">The forecast below is for your capacity planning only. It is not an order and releases nothing: do not produce and do not buy material against it. Quantities may change every month.</div>
<table>
<tr><th>Period</th><th>Part</th><th>Forecast qty</th></tr>
<tr><td>Q4 2024</td><td>HF-2300</td><td>96 pcs</td></tr>
<tr><td>Q1 2025</td><td>HF-2300</td><td>72 pcs</td></tr>
<tr><td>Q2 2025</td><td>HF-2300</td><td>72 pcs</td></tr>
</table>
<p>Questions: Pieter Verstraete, purchasing, +32 56 66 41 20</p>
""", lang="en"))])

# c20 - production release letter (PDF).
case("c20_release_letter", [],
     "Release R-02 names 400 pcs, cumulative 800, 376 on hold until next written release after lot "
     "acceptance, Shahnaz Parvin + second approver; complete.",
     [("Release_R-02_MRSM-PO-24-0877.pdf", pdf([
         ("h1", "PRODUCTION RELEASE R-02"),
         ("p", "Meghna Rotor Spinning Mills Ltd., Kashimpur, Gazipur-1750, Bangladesh"),
         ("p", "To: Rheintal Spindeltechnik AG, Wil SG - attn. Mr. Urs Baumgartner / Mr. Reto Keller (AVOR)"),
         ("p", "PO MRSM/PO/24/0877 - bolster insert SBI-22/4, drawing RS-2207 Rev. C. Date: 29.05.2024."),
         ("table", [
             ["Step", "Reference", "Qty (pcs)", "Date"],
             ["Samples", "signed off SO-24-044", "24", "02.05.2024"],
             ["Release R-01", "first production lot", "400", "10.05.2024"],
             ["Release R-02", "this letter", "400", "29.05.2024"],
             ["Cumulative released", "", "800", ""],
             ["Balance not released", "", "376", ""],
         ]),
         ("sp",),
         ("p", "Quantity released by this letter: four hundred (400) pcs."),
         ("p", "Unlock event for R-02: acceptance of the first production lot (400 pcs) at our incoming "
               "inspection, lot acceptance LA-24-019 of 28.05.2024."),
         ("p", "The remaining balance of 376 pcs stays on hold until a next written release, after "
               "acceptance of the R-02 lot."),
         ("p", "Material authority: up to 800 pcs (the released quantity); no material for the balance."),
         ("p", "Authorised by: Shahnaz Parvin, GM Supply Chain (release authority, limit USD 60,000). "
               "Second approver: Abdul Karim Bhuiyan, Director Operations."),
     ], title="Release R-02", author="Meghna Rotor Spinning Mills"))])

# c21 - stop notice (EML, multipart/alternative, DOCX attachment).
_stop = docx_bytes([
    ("h1", "Stop notice SN-24-004"),
    ("p", "Indus Indigo Denim (Pvt.) Ltd. to Changzhou Huayu Textile Accessories Co., Ltd."),
    ("table", [
        ["Field", "Entry"],
        ["PO", "4500018790 - flat clip HY-FC-18"],
        ["Delivered so far", "40 pcs (sample lot)"],
        ["Reason", "cracked clips, NCR-24-0117"],
        ["Quantity authorised now", "0 (zero) beyond the 40 pcs delivered"],
        ["Balance", "2,960 pcs - on hold, not released"],
        ["Lifted by", "written notice from Imran Qureshi, after 8D accepted by Usman Tariq"],
    ]),
    ("p", "Issued 03.06.2024 by Imran Qureshi, Manager Purchase."),
], author="Imran Qureshi")
_t = """Dear Lily,

STOP NOTICE for PO 4500018790 (HY-FC-18 flat clips) - please see also attached SN-24-004.

We found cracked clips in the 40 pcs sample lot delivered (NCR-24-0117, photos in separate mail). With immediate effect nothing more may start on this order.

- Quantity authorised now: zero (0) beyond the 40 pcs already delivered.
- Balance 2,960 pcs stays on hold and is not released.
- The stop will be lifted only after your 8D report is accepted by Mr. Usman Tariq, and then only by written notice from me.

Please confirm by return mail that nothing is running.

Regards,
Imran
""" + sig("Imran Qureshi", "Manager Purchase", PK + ", Faisalabad", "+92 41 471 2231")
case("c21_stop_notice", [],
     "Stop notice: 0 authorised beyond 40 delivered, 2,960 on hold, lifted by written notice from Imran "
     "after 8D acceptance; complete.",
     [("NCR-24-0117_PO_4500018790.eml", eml_bytes(mail(
         IMRAN, LILY, "STOP - PO 4500018790 HY-FC-18 - NCR-24-0117",
         "Mon, 03 Jun 2024 09:20:00 +0500", _t, html=mhtml(_t),
         attachments=[("SN-24-004.docx", _stop, DOCX_MT)])))])

# c22 - supplier quote by mail with PDF attachment (sample / production tiers).
_qpdf = pdf([
    ("h1", "QUOTATION OFC-Q-24-061"),
    ("p", "Okamura Fine Ceramics Co., Ltd., 2-14 Kamagaya-cho, Seto-shi, Aichi 489-0000, Japan"),
    ("p", "Messrs. Hilanderia Andina Alpaca S.A.C., Arequipa, Peru - attn. Mr. Carlos Quispe Mamani"),
    ("p", "Date: May 9, 2024. Validity: 3 months. Terms: FOB Nagoya, T/T 30 days."),
    ("table", [
        ["No.", "Item", "Description", "Quantity", "Unit price (JPY)", "Amount (JPY)"],
        ["1", "YG-0408", "Eyelet yarn guide, Al2O3 99.5%, polished, ID 4.0 mm - sample", "20 pcs",
         "1,850", "37,000"],
        ["2", "YG-0408", "same as No. 1 - production", "2,000 pcs", "620", "1,240,000"],
    ]),
    ("p", "Lead time: samples 3 weeks; production 8 weeks after your order and written release."),
    ("p", "Remarks: surface roughness Ra 0.2 um, tested per JIS R 1601. ISO 9001:2015 certified factory."),
], title="OFC-Q-24-061", author="Okamura Fine Ceramics")
_t = """Dear Mr. Quispe,

Thank you very much for your inquiry of May 6.

Please find attached our quotation OFC-Q-24-061 for the ceramic eyelet guides YG-0408 for your alpaca worsted spinning. As you asked, we quote two quantities: sample 20 pcs and production 2,000 pcs.

Sample lead time is 3 weeks, production 8 weeks after your order and release.

If you have any question, please do not hesitate to contact me.
We are looking forward to your kind order.

Best regards,
""" + sig("Kenji Watanabe", "Overseas Sales Section", JP + ", Seto, Aichi, Japan", "+81 561 82 3301")
case("c22_quote_mail_pdf", [],
     "Supplier sends a quote (20 sample / 2,000 production) with PDF attached; no authorization in the bundle.",
     [("Quotation_OFC-Q-24-061.eml", eml_bytes(mail(
         KENJI, CARLOS, "Quotation OFC-Q-24-061 / Ceramic eyelet guide YG-0408",
         "Thu, 09 May 2024 17:48:00 +0900", _t,
         attachments=[("OFC-Q-24-061.pdf", _qpdf, PDF_MT)])))])

# c23 - buyer PO with complete scope note and a deposit that does not release production (PDF).
case("c23_po_full_scope_deposit", [],
     "PO for 20 sample shuttles: 480 not released, sign-off by Lucia + written release by Rodrigo Valdivia; "
     "deposit explicitly does not release production.",
     [("OC-2024-0103.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC-2024-0103"),
         ("p", "Hilanderia Andina Alpaca S.A.C., Parque Industrial Calle 4 N 110, Arequipa, Peru. RUC 20451234567"),
         ("p", "Proveedor / supplier: Hellwig Webtechnik GmbH, Moenchengladbach, Germany. Oferta AN-24-0415."),
         ("p", "Fecha / date: 22.05.2024. Moneda EUR. Incoterm CPT Arequipa."),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "Precio EUR", "Total EUR"],
             ["10", "SH-340", "Lanzadera / shuttle SH-340, cornel wood, steel tips - MUESTRAS / samples",
              "20", "64,00", "1.280,00"],
             ["20", "FLETE", "Flete aereo / air freight", "1", "210,00", "210,00"],
         ]),
         ("sp",),
         ("h", "ALCANCE / SCOPE"),
         ("p", "1. This OC authorises twenty (20) sample shuttles only."),
         ("p", "2. The production quantity of 480 shuttles in your offer AN-24-0415 is NOT released by this OC."),
         ("p", "3. Please make and ship the 20 samples. Buy material (cornel wood blanks, steel tips) for "
               "20 pcs only."),
         ("p", "4. The 480 will be released only after sample sign-off (Ing. Lucia Huaman, 3 weeks loom test "
               "on T-01/T-02), by a written release signed by Ing. Rodrigo Valdivia, Gerente de Operaciones."),
         ("p", "5. Pago / payment: 30% deposit with this OC. The deposit covers the samples and the freight "
               "only and does not release production."),
         ("p", "Comprador / buyer: Carlos Quispe Mamani, Jefe de Compras"),
     ], title="OC-2024-0103", author="Hilanderia Andina Alpaca"))])

# c24 - minutes that keep sample sign-off, PO issued and production release apart (DOCX).
case("c24_minutes_words_apart", [],
     "Minutes keep 'sample sign-off', 'PO issued' and 'production release' apart; R-01 800 pcs, 1,576 not "
     "released until first-lot acceptance, Shahnaz Parvin.",
     [("MoM_2024-05-16_SriKumaran.docx", docx_bytes([
         ("h1", "Minutes of meeting - supplier visit Sri Kumaran Textile Spares"),
         ("p", "Date: 16.05.2024. Place: Meghna Rotor Spinning Mills, Kashimpur, Gazipur."),
         ("p", "Present: Ms. Shahnaz Parvin (GM Supply Chain), Engr. Tanvir Ahmed (DGM Maintenance), "
               "Md. Rafiqul Islam (Purchase); Mr. R. Senthil Kumar, Mr. K. Lakshmi Narayanan (Sri Kumaran)."),
         ("h", "1. Sample sign-off"),
         ("p", "Sample sign-off SO-24-051 for the 24 sample inserts SK-BI-22: disposition approved (technical, "
               "Engr. Tanvir Ahmed, 14.05.2024). Run test 500 h on RF-02 without noise."),
         ("h", "2. Purchase order"),
         ("p", "PO MRSM/PO/24/1150 was issued on 15.05.2024 for 2,376 production pcs (commercial cover)."),
         ("h", "3. Production release"),
         ("p", "Production release R-01 issued today by Ms. Shahnaz Parvin for 800 pcs (first lot, "
               "delivery 30.06.2024)."),
         ("p", "The remaining 1,576 pcs are not released. Next release R-02 only after acceptance of the first "
               "lot at our incoming inspection, by written release of Ms. Shahnaz Parvin."),
         ("h", "4. Material"),
         ("p", "Sri Kumaran may buy 100Cr6 bar for the 800 released pcs only."),
         ("h", "Actions"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "Send R-01 letter by mail", "Rafiqul Islam", "16.05.2024"],
             ["2", "Confirm first-lot date", "Senthil Kumar", "20.05.2024"],
         ]),
     ], author="Md. Rafiqul Islam"))])

# c25 - cover mail + PO + supplier quote; the quote's 1 960 production is declared informational.
_t = """Dear Mr. Baumgartner,

Please find attached our PO VT-24-0655 for the TG-45/2 tension guides, and for reference your quote RS-Q-24-0298.

Scope of this PO, please read carefully:
- PO VT-24-0655 covers 40 sample tension guides only (creel trial on loom W37).
- Your quote shows also 1 960 pcs production. This figure is for information only; it is not ordered and not released.
- Please buy material for the 40 samples only.
- The 1 960 pcs can only be released after the sample sign-off (Els De Smet, maintenance) by a written release from Annelies Claeys, supply chain manager.

Met vriendelijke groeten,
Pieter
""" + sig("Pieter Verstraete", "Aankoper / Purchaser technical goods", BE + ", Wielsbeke, Belgium",
          "+32 56 66 41 20")
case("c25_bundle_cover_po_quote", [],
     "Bundle: cover mail declares the quote's 1 960 informational and not released, PO for 40 samples, "
     "sign-off + written release by Annelies Claeys.",
     [("Mail_PO_VT-24-0655.eml", eml_bytes(mail(
         PIETER, URS, "PO VT-24-0655 - TG-45/2 samples - scope", "Wed, 15 May 2024 08:55:00 +0200",
         _t, html=mhtml(_t), cc=KOEN))),
      ("PO_VT-24-0655.pdf", pdf([
          ("h1", "Bestelbon / Purchase order VT-24-0655"),
          ("p", "Vandewalle Tapijtweverij NV, Industrielaan 31, B-8710 Wielsbeke. BTW BE 0412.345.678"),
          ("p", "Supplier: Rheintal Spindeltechnik AG, Wil SG (CH). Quote RS-Q-24-0298. Date 15.05.2024."),
          ("table", [
              ["Pos.", "Art.", "Omschrijving / description", "Qty", "Price CHF", "Total CHF"],
              ["10", "TG-45/2", "Disc tension guide, ceramic disc D45 mm, drg RS-4502 rev. B - SAMPLES",
               "40", "14,90", "596,00"],
          ]),
          ("sp",),
          ("p", "Scope: 40 sample pcs only. The production quantity of the quote is not released by this "
                "PO. Release of production only after sample sign-off, in writing by Annelies Claeys. "
                "Material for 40 pcs only."),
          ("p", "Delivery: DAP Wielsbeke, week 23/2024. Payment 60 days end of month."),
      ], title="PO VT-24-0655", author="Vandewalle Tapijtweverij")),
      ("RS-Q-24-0298.pdf", pdf([
          ("h1", "Offerte / Quotation RS-Q-24-0298"),
          ("p", "Rheintal Spindeltechnik AG, Wil SG - to Vandewalle Tapijtweverij NV, Wielsbeke, "
                "attn. Mr. Pieter Verstraete. Date 29.04.2024, valid 60 days."),
          ("table", [
              ["Pos.", "Article", "Description", "Qty", "Unit price CHF", "Amount CHF"],
              ["10", "TG-45/2", "Disc tension guide for creel, ceramic disc D45 mm - samples", "40 pcs",
               "14,90", "596,00"],
              ["20", "TG-45/2", "as pos. 10 - production", "1 960 pcs", "9,75", "19'110,00"],
          ]),
          ("p", "Delivery samples 3 weeks, production 8 weeks after written release. FCA Wil SG."),
          ("p", "Kind regards, Urs Baumgartner, Verkauf Export"),
      ], title="RS-Q-24-0298", author="Rheintal Spindeltechnik AG"))])

# ================================================================ POSITIVE
# p01 - WhatsApp: "Approved, go ahead" on a drawing revision (unscoped) + forecast called a firm order.
case("p01_whatsapp_goahead_forecast_firm", ["RG002", "RG008"],
     "Unscoped 'Approved, go ahead' after a drawing revision on a sample-stage order; the 2025 forecast of "
     "4,800 is called a firm order.",
     [("WhatsApp_Chat_with_Senthil_Coimbatore.txt", """\
06/05/2024, 09:30 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
06/05/2024, 09:31 - Rafiq MRSM Purchase: Senthil da, PO MRSM/PO/24/1102 sent. 24 pcs SK-BI-22 sample only. Balance 2,376 not released
06/05/2024, 09:32 - Rafiq MRSM Purchase: Balance release after sample sign-off by Engr Tanvir, written release will come from Shahnaz Parvin madam (GM SCM)
06/05/2024, 09:40 - Senthil SKTS Cbe: Good morning sir, received with thanks. Noted sir 🙏
13/05/2024, 15:02 - Senthil SKTS Cbe: Sir as per Tanvir sir comment we changed the oil groove and chamfer, drawing SK-2207 rev 04 sent in mail. Kindly check and confirm sir
13/05/2024, 17:48 - Tanvir Ahmed MRSM: Rev 04 checked, ok from our side. Approved, go ahead.
13/05/2024, 17:50 - Senthil SKTS Cbe: Thank you sir 👍
13/05/2024, 18:05 - Rafiq MRSM Purchase: Senthil da one more thing. For 2025 our forecast for SK-BI-22 is 4,800 pcs. Consider it as firm order from Meghna, book your capacity and plan accordingly
13/05/2024, 18:06 - Senthil SKTS Cbe: Sure sir, we will put in our 2025 plan as confirmed order. Thank you for your support sir
""")])

# p02 - PO: balance on hold "until further notice" (no unlock event), releaser named.
case("p02_po_hold_until_further_notice", ["RG004"],
     "Sample PO: 50 pcs, balance 2,950 on hold 'until further notice', Saima Anwar named; no unlock event.",
     [("PO_4500019012.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500019012"),
         ("p", "Indus Indigo Denim (Pvt.) Ltd., 38-km Sheikhupura Road, Khurrianwala, Faisalabad, Pakistan"),
         ("p", "Vendor: Changzhou Huayu Textile Accessories Co., Ltd., Wujin District, Changzhou, China. "
               "Your quotation HY-Q-24-0419."),
         ("p", "PO date: 08.05.2024. Currency USD. Incoterm CPT Lahore (air)."),
         ("table", [
             ["Item", "Material", "Description", "Qty", "Unit", "Price USD", "Value USD"],
             ["00010", "SP-0316-0018", "Flat clip HY-FC-18, spring steel 0.8 mm - SAMPLE", "50", "PC", "0.60",
              "30.00"],
             ["00020", "FREIGHT", "Courier charges", "1", "LS", "45.00", "45.00"],
         ]),
         ("sp",),
         ("p", "Sample order: fifty (50) pcs only."),
         ("p", "The balance of 2,950 pcs of your quotation HY-Q-24-0419 is on hold and not released until "
               "further notice."),
         ("p", "Release authority for the balance: Ms. Saima Anwar, Head of Procurement."),
         ("p", "Material for the 50 pcs only."),
         ("p", "Authorised signatory: Imran Qureshi, Manager Purchase"),
     ], title="PO 4500019012", author="Indus Indigo Denim"))])

# p03 - mail with a forwarded internal note (rfc822): 12 samples, rest on hold, "we'll see later".
_koen = mail(KOEN, PIETER, "Hellwig HF-2300", "Fri, 10 May 2024 18:12:00 +0200", """\
Pieter,

OK for 12 sample frames with Hellwig, for W34.
The rest stays on hold - we will see later what we do with hall 3, no decision yet. I am the release authority for this project.

Koen
""")
_t = """Dear Juergen,

Please find our PO VT-24-0671 for 12 sample heald frames HF-2300 (drawing HW-4410 rev. 07), delivery to Wielsbeke week 22.

Only these 12 are ordered now. The other 288 frames of your offer AN-24-0433 remain on hold and are not released. Please buy profiles for the 12 samples only.

Release authority for this project is Koen Vermeulen, our plant manager. I forward his note below for your information.

Met vriendelijke groeten,
Pieter
""" + sig("Pieter Verstraete", "Aankoper / Purchaser technical goods", BE + ", Wielsbeke, Belgium",
          "+32 56 66 41 20")
case("p03_mail_fwd_hold_no_event", ["RG004"],
     "12 samples, 288 on hold, Koen named release authority (forwarded note), but 'we will see later' names "
     "no unlock event.",
     [("PO_VT-24-0671_mail.eml", eml_bytes(mail(
         PIETER, JUERGEN, "PO VT-24-0671 - 12 sample frames HF-2300", "Mon, 13 May 2024 08:40:00 +0200",
         _t, html=mhtml(_t), attachments=[("rfc822", _koen)])))])

# p04 - ERP PO: released "by written release from management" (no named person).
case("p04_erp_po_management_release", ["RG005"],
     "ERP sample PO: 30 pcs, 1,970 not released until sign-off + written release 'from management'; no named "
     "release authority.",
     [("MRSM_PO_24_1215.txt", """\
MEGHNA ROTOR SPINNING MILLS LTD.                        ***  PURCHASE ORDER  ***
KASHIMPUR, GAZIPUR-1750, BANGLADESH
------------------------------------------------------------------------------------------
PO NO       : MRSM/PO/24/1215               PO DATE  : 14-MAY-2024
VENDOR      : OKAMURA FINE CERAMICS CO., LTD. (V-30552), SETO, AICHI, JAPAN
CURRENCY    : JPY        INCOTERM : CPT DHAKA (AIR)        PAYMENT : TT 30 DAYS
------------------------------------------------------------------------------------------
LN  ITEM CODE    DESCRIPTION                                 QTY   UOM      RATE       VALUE
01  SP-07-0412   PIGTAIL GUIDE YG-0612 AL2O3 99.5% - SAMPLE     30  PCS     1,450     43,500
------------------------------------------------------------------------------------------
REMARKS:
1. SAMPLE ONLY - 30 PCS.
2. BALANCE 1,970 PCS (YOUR QUOTE OFC-Q-24-052, TOTAL 2,000 PCS) NOT RELEASED.
3. BALANCE WILL BE RELEASED ONLY AFTER SAMPLE SIGN-OFF (TRIAL ON RF-05), BY WRITTEN
   RELEASE FROM MANAGEMENT.
4. MATERIAL FOR 30 PCS ONLY.
5. TEST CERTIFICATE (AL2O3 99.5%, HARDNESS HV 1500) WITH SHIPMENT.

PREPARED BY: MD. RAFIQUL ISLAM (PUR-07)
------------------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED PURCHASE ORDER.
""")])

# p05 - hold notice: release "by our Gerencia" (no named person) (DOCX).
case("p05_hold_notice_gerencia", ["RG005"],
     "Hold notice: 20 samples, 1.980 on hold until sign-off and revised OC; release by 'our Gerencia', no "
     "named person.",
     [("HN-2024-02.docx", docx_bytes([
         ("h1", "Aviso de retencion / Hold notice HN-2024-02"),
         ("p", "Hilanderia Andina Alpaca S.A.C., Arequipa - to Okamura Fine Ceramics Co., Ltd., Seto, Japan"),
         ("p", "Ref.: OC-2024-0110, eyelet yarn guide YG-0408 (Al2O3), your quotation OFC-Q-24-061."),
         ("p", "Fecha / date: 27.05.2024"),
         ("p", "Estimado Sr. Watanabe / Dear Mr. Watanabe,"),
         ("p", "We confirm: OC-2024-0110 authorises 20 (veinte) sample guides only."),
         ("p", "The balance of 1.980 guides remains on hold and is not released."),
         ("p", "Release of the balance requires (1) our sample sign-off after two weeks trial on ring frame "
               "HR-3 (Nm 2/28 alpaca), and (2) a revised OC with the production quantity."),
         ("p", "The release will be given in writing by our Gerencia."),
         ("p", "Please fire material for the 20 samples only."),
         ("sp",),
         ("p", "Atentamente / kind regards,"),
         ("p", "Carlos Quispe Mamani, Jefe de Compras / Departamento de Compras"),
     ], author="Carlos Quispe"))])

# p06 - supplier order tracker: material bought for the full lot, sample-only authority (HTML).
case("p06_supplier_tracker_material_full", ["RG006"],
     "Supplier tracker: 24 released, 2,376 not released, material authority sample only, yet 100Cr6 bought "
     "for 2,400 pcs.",
     [("SK_order_tracker_SO-24-0388.html", html_page("Sri Kumaran - customer order tracker", """\
<h2>Sri Kumaran Textile Spares Pvt. Ltd. - Customer Order Tracker</h2>
<p>Customer: <b>Meghna Rotor Spinning Mills Ltd.</b>, Gazipur &nbsp;|&nbsp; Our SO: SK/SO/24/0388 &nbsp;|&nbsp; Updated: 27-05-2024 18:20 IST</p>
<table>
<tr><th>Field</th><th>Status</th></tr>
<tr><td>Customer PO</td><td>MRSM/PO/24/1102</td></tr>
<tr><td>Item</td><td>SK-BI-22 spindle bolster insert, drg SK-2207 rev 04</td></tr>
<tr><td>Released qty</td><td>24 pcs (sample)</td></tr>
<tr><td>Balance</td><td>2,376 pcs - not released, awaiting customer written release</td></tr>
<tr><td>Material authority from customer</td><td>Sample only</td></tr>
<tr><td>Samples</td><td>dispatched 22-05-2024, DHL 5510 2287 61</td></tr>
<tr><td>Raw material</td><td>100Cr6 bright bar 28 mm procured for 2,400 pcs (full lot) on 15-05-2024, to avoid 10 weeks mill lead time. Stored at our Kurichi godown.</td></tr>
<tr><td>Production of balance</td><td>not started</td></tr>
</table>
<p>Prepared by: K. Lakshmi Narayanan, Production Manager</p>
""")) ])

# p07 - supplier reply assumes sign-off rolls into the 288 (quoted buyer scope).
_q = """Dear Juergen,

PO VT-24-0588: 12 sample frames HF-2300 only. The balance of 288 frames is not released. After the sample sign-off (Els De Smet), Koen Vermeulen will release the balance in writing. Material only for 12, please.

Groeten,
Pieter"""
_t = """Dear Pieter,

the 12 sample frames HF-2300 left today with Dachser, delivery Wielsbeke on Thursday. Delivery note LS-24-11873.

As soon as your sign-off on the samples comes, we start the 288 frames directly, so you do not lose time for hall 3. The planning is already done for week 27.

Best regards
Juergen

Am 06.05.2024 um 11:20 schrieb Pieter Verstraete:
""" + quote(_q) + "\n" + sig("Juergen Brandt", "Vertrieb Export", DE + ", Moenchengladbach",
                               "+49 2161 55 70 0")
case("p07_supplier_assumes_rollover", ["RG007"],
     "Supplier: 'as soon as your sign-off comes, we start the 288 directly'; quoted buyer scope requires a "
     "written release by Koen.",
     [("AW_PO_VT-24-0588.eml", eml_bytes(mail(
         JUERGEN, PIETER, "AW: PO VT-24-0588 HF-2300 samples", "Mon, 20 May 2024 15:10:00 +0200", _t,
         in_reply_to="<h221-q-0588@vandewalle-tapijt.be>")))])

# p08 - WhatsApp: buyer engineer says the samples approval starts the 280, "no need to wait for papers".
case("p08_whatsapp_buyer_contradicts_release", ["RG007"],
     "Buyer engineer: 'when I approve them you can start the 280 directly, no need to wait for papers from "
     "Rodrigo' - contradicts the written release.",
     [("WhatsApp_Chat_with_Lily_Huayu.txt", """\
20/05/2024, 09:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
20/05/2024, 09:06 - Carlos Quispe Andina: Lily, I add Lucia from maintenance in the group
20/05/2024, 09:06 - Carlos Quispe Andina added Lucia Huaman
20/05/2024, 09:08 - Carlos Quispe Andina: Reminder scope OC-2024-0092: 20 sample shuttles HY-SH-330 only. The 280 are not released. Release after sample sign-off, by written release of Ing. Rodrigo Valdivia
20/05/2024, 09:15 - Lily Zhang Huayu: Well noted Carlos 👌
03/06/2024, 11:40 - Lucia Huaman: Hola Lily, I am Lucia, maintenance. The samples arrived, I test them on looms T-02 and T-03 this week
03/06/2024, 11:42 - Lucia Huaman: When I approve them you can start the 280 directly, no need to wait for papers from Rodrigo, we are in a hurry for the winter collection 🙏
03/06/2024, 11:50 - Lily Zhang Huayu: OK Lucia, noted. We wait your result
""")])

# p09 - forecast document that calls its quantities a firm commitment (PDF).
case("p09_forecast_called_firm", ["RG008"],
     "Document titled spares demand forecast says the quantities are a firm commitment to be treated as "
     "confirmed orders.",
     [("IID_H1-2025_spares.pdf", pdf([
         ("h1", "SPARES DEMAND FORECAST H1-2025"),
         ("p", "Indus Indigo Denim (Pvt.) Ltd., Procurement - to Sri Kumaran Textile Spares Pvt. Ltd., "
               "Coimbatore. Date: 24.05.2024."),
         ("table", [
             ["Item", "Description", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"],
             ["FC-12", "Flat clip for card clothing", "500", "500", "500", "500", "500", "500", "3,000"],
             ["TG-30", "Tension guide, autoconer", "60", "60", "60", "60", "60", "60", "360"],
             ["SK-BI-22", "Spindle bolster insert", "400", "0", "400", "0", "400", "0", "1,200"],
         ]),
         ("sp",),
         ("p", "Dear Senthil sb,"),
         ("p", "These forecast quantities are our firm commitment for H1-2025. Please treat them as confirmed "
               "orders and plan your production accordingly. Formal POs will follow month by month."),
         ("p", "Regards, Saima Anwar, Head of Procurement"),
     ], title="Spares demand forecast H1-2025", author="Indus Indigo Denim"))])

# p10 - supplier calls a forwarded non-binding forecast a firm order (rfc822 + HTML attachment).
_fc = mail(RAFIQ, KENJI, "FORECAST FY2025 - YG-0612 (non-binding)", "Tue, 21 May 2024 10:00:00 +0600", """\
Dear Watanabe-san,

For your capacity planning only, our FORECAST for FY2025 (Jan-Dec):

  YG-0612 pigtail guide : 6,000 pcs (approx. 500 pcs per month)

This is a non-binding forecast, not an order. Orders will come by separate PO and written release.

Best regards,
Rafiq
""")
_sched = html_page("Okamura production schedule FY2025", """\
<h3>Okamura Fine Ceramics - Production schedule FY2025 - Meghna Rotor Spinning Mills</h3>
<table>
<tr><th>Month</th><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>2025-01</td><td>YG-0612</td><td>500</td><td>Order confirmed</td></tr>
<tr><td>2025-02</td><td>YG-0612</td><td>500</td><td>Order confirmed</td></tr>
<tr><td>2025-03</td><td>YG-0612</td><td>500</td><td>Order confirmed</td></tr>
<tr><td>2025-04 .. 2025-12</td><td>YG-0612</td><td>4,500</td><td>Order confirmed</td></tr>
<tr><td>Total</td><td></td><td>6,000</td><td></td></tr>
</table>
""")
_t = """Dear Mr. Islam,

Thank you very much for your firm order of 6,000 pcs YG-0612 for FY2025 (please see your mail below).

We have put the 6,000 pcs in our production schedule, 500 pcs every month from January 2025. Please find attached the schedule.

We appreciate your continuous support.

Best regards,
""" + sig("Kenji Watanabe", "Overseas Sales Section", JP + ", Seto, Aichi, Japan", "+81 561 82 3301")
case("p10_supplier_forecast_as_order", ["RG008"],
     "Supplier thanks for a 'firm order of 6,000' and schedules it; the forwarded buyer mail says non-binding "
     "forecast.",
     [("Okamura_FY2025_schedule.eml", eml_bytes(mail(
         KENJI, RAFIQ, "Your order FY2025 YG-0612 / production schedule", "Thu, 23 May 2024 16:30:00 +0900",
         _t, attachments=[("rfc822", _fc), ("schedule_FY2025.html", _sched, "text/html")])))])

# p11 - evaluation record: "approved" for samples, finance and production (DOCX).
case("p11_record_approved_three_ways", ["RG009"],
     "'Approved' used for the sample (technical), the PO amendment (finance) and production of 600; scope "
     "otherwise complete.",
     [("Eval_record_YG-0612.docx", docx_bytes([
         ("h1", "Sample evaluation and production record - YG-0612"),
         ("p", "Meghna Rotor Spinning Mills Ltd. - PO MRSM/PO/24/1203 - supplier Okamura Fine Ceramics"),
         ("table", [
             ["No.", "Subject", "Status", "By / date"],
             ["1", "Samples (30 pcs)", "approved - dimensions, Ra, groove finish OK", "Engr. Tanvir Ahmed, 20.05.2024"],
             ["2", "PO amendment A1 (1,970 pcs)", "approved by Finance, budget code SP-07", "Finance, 22.05.2024"],
             ["3", "Production", "approved for the first 600 pcs", "Ms. Shahnaz Parvin, 24.05.2024"],
         ]),
         ("sp",),
         ("p", "Production is approved for the first 600 pcs by Ms. Shahnaz Parvin, GM Supply Chain. The "
               "remaining 1,370 pcs are not released until acceptance of the first 600-pc lot at incoming "
               "inspection and a further written release from Ms. Shahnaz Parvin."),
         ("p", "Okamura may buy alumina powder for 600 pcs only."),
         ("p", "Prepared: Md. Rafiqul Islam, Purchase, 24.05.2024"),
     ], author="Md. Rafiqul Islam"))])

# p12 - buyer portal: "released" for PO workflow, sample trial and production (HTML).
case("p12_portal_released_three_ways", ["RG009"],
     "Portal uses 'RELEASED' for the finance PO workflow, for the sample trial and for production of 200; "
     "scope otherwise complete.",
     [("portal_VT-24-0690.html", html_page("Vandewalle supplier portal - PO VT-24-0690", """\
<h2>Vandewalle Tapijtweverij NV - Supplier Portal</h2>
<p>Supplier: <b>Rheintal Spindeltechnik AG</b> &nbsp;|&nbsp; PO <b>VT-24-0690</b> &nbsp;|&nbsp; Part TG-45/2 disc tension guide</p>
<table>
<tr><th>Field</th><th>Status</th></tr>
<tr><td>PO status</td><td>RELEASED (released by Finance workflow, 03.06.2024)</td></tr>
<tr><td>Sample status</td><td>RELEASED for creel trial (40 pcs) - trial on W37 ok</td></tr>
<tr><td>Production</td><td>200 pcs released for production (release PR-24-031, Annelies Claeys)</td></tr>
<tr><td>Balance</td><td>760 pcs - not released; next release after creel trial sign-off on W38, by Annelies Claeys</td></tr>
<tr><td>Material</td><td>for 200 pcs only</td></tr>
</table>
<p>Contact: Pieter Verstraete, purchasing</p>
""")) ])

# p13 - buyer portal message: "proceed with the sample lot only", no quantity anywhere (HTML).
case("p13_portal_message_no_qty", ["RG010"],
     "'Proceed with the sample lot only' with hold, sign-off event and Imran ('me') named, but the sample "
     "quantity is never stated.",
     [("portal_msg_4500019150.html", html_page("Indus Indigo supplier portal - message", """\
<h2>Indus Indigo Denim - Supplier Portal</h2>
<p>Supplier: <b>Sri Kumaran Textile Spares Pvt. Ltd.</b> (vendor 100512) &nbsp;|&nbsp; PO 4500019150 &nbsp;|&nbsp; Item FC-12 flat clip</p>
<table>
<tr><th>PO</th><th>Created</th><th>Buyer</th><th>Attachments</th></tr>
<tr><td>4500019150</td><td>27.05.2024</td><td>Imran Qureshi (P07)</td><td>PO PDF - not yet uploaded</td></tr>
</table>
<h3>Message from buyer</h3>
<div class="note">
<p>Dear Senthil sb,</p>
<p>Please proceed with the sample lot only, as per your quotation SK/Q/2024/188.</p>
<p>The balance stays on hold and is not released. It will be released only after sample sign-off by Usman Tariq (maintenance spinning), by written release from me.</p>
<p>Regards,<br>Imran Qureshi, Manager Purchase</p>
</div>
""")) ])

# p14 - EDI call-off for "the pilot lot" without a quantity (TXT).
case("p14_calloff_pilot_no_qty", ["RG010"],
     "Call-off 1 releases 'the pilot lot' for the creel trial; hold, call-off 2 event and Annelies Claeys "
     "named; quantity field empty.",
     [("DELFOR_DF-24-00188.txt", """\
==== EDI DELFOR D96A - human-readable print ==== Vandewalle Tapijtweverij NV ====
Message ref        : DF-24-00188                    Date/time: 14.05.2024 07:45
Document           : CALL-OFF no. 1 against frame order VT-24-0640
Buyer              : Vandewalle Tapijtweverij NV, Wielsbeke (BE)   GLN 5412345000013
Supplier           : Rheintal Spindeltechnik AG, Wil SG (CH)        GLN 7612345000017
Item               : TG-45/2 disc tension guide, ceramic disc D45 mm, drg RS-4502 rev. B
--------------------------------------------------------------------------------
FREE TEXT (FTX+AAI)
  Call-off 1 releases the pilot lot of TG-45/2 for the creel trial on loom W37,
  as discussed with Mr. Keller on 07.05.2024.
  Remaining balance of the frame order: on hold, not released.
  Unlock event for the balance: call-off 2, after the creel trial sign-off.
  Release authority: Annelies Claeys, supply chain manager.
--------------------------------------------------------------------------------
QTY RELEASED (QTY+1)                          :   ---
DELIVERY DATE (DTM+2)                         :   05.06.2024
--------------------------------------------------------------------------------
Segments: UNH+DF-24-00188+DELFOR:D:96A:UN' BGM+241+VT-24-0640-CO1' QTY+1::PCE'
          DTM+2:20240605:102' FTX+AAI+++PILOT LOT CREEL TRIAL W37'
==== end of print ====
""")])

# p15 - cover mail and attached PO disagree on PO number and quantity (EML + PDF).
_po = pdf([
    ("h1", "PURCHASE ORDER 4500018823"),
    ("p", "Indus Indigo Denim (Pvt.) Ltd., 38-km Sheikhupura Road, Khurrianwala, Faisalabad, Pakistan"),
    ("p", "Vendor: Rheintal Spindeltechnik AG, Wil SG, Switzerland. Quotation RS-Q-24-0344. Date 15.05.2024."),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Unit", "Price CHF", "Value CHF"],
        ["00010", "SP-2207-1000", "Bolster insert SBI-22/4 drg RS-2207 Rev C - SAMPLE", "24", "PC", "46.80",
         "1,123.20"],
    ]),
    ("sp",),
    ("p", "Sample only, 24 pcs. Balance 1,176 pcs not released. Release after sample sign-off (Usman Tariq), "
          "by written release from Saima Anwar, Head of Procurement. Material for samples only."),
], title="PO 4500018823", author="Indus Indigo Denim")
_t = """Dear Mr. Baumgartner,

Please find attached our PO 4500018832 for thirty (30) sample bolster inserts SBI-22/4.

Balance 1,170 pcs is not released. Release will be after sample sign-off by Mr. Usman Tariq, by written release from Ms. Saima Anwar, Head of Procurement. Material for the samples only please.

Kindly confirm the delivery date.

Best regards,
Imran
""" + sig("Imran Qureshi", "Manager Purchase", PK + ", Faisalabad", "+92 41 471 2231")
case("p15_mail_vs_po_number_qty", ["RG011"],
     "Mail says PO 4500018832 for 30 samples / 1,170 balance; attached PO is 4500018823 for 24 samples / 1,176 "
     "balance.",
     [("PO_samples_SBI-22-4.eml", eml_bytes(mail(
         IMRAN, URS, "PO for samples SBI-22/4", "Wed, 15 May 2024 12:10:00 +0500", _t,
         attachments=[("PO_4500018823.pdf", _po, PDF_MT)])))])

# p16 - minutes: release of 96 frames in the text, 72 in the action table (DOCX).
case("p16_minutes_96_vs_72", ["RG011"],
     "Minutes: Koen releases 96 frames in item 2 (192 remain) but the action table says released qty 72.",
     [("Verslag_Hellwig_2024-06-18.docx", docx_bytes([
         ("h1", "Verslag / Minutes - weekly call Hellwig Webtechnik"),
         ("p", "Date: 18.06.2024 (Teams). Present: Koen Vermeulen, Pieter Verstraete, Els De Smet; "
               "Juergen Brandt, Katrin Hoffmann (Hellwig)."),
         ("h", "1. Samples"),
         ("p", "Sample sign-off SSR-24-017 of 31.05.2024 (12 frames HF-2300, W34) is signed by Els."),
         ("h", "2. Production release"),
         ("p", "Production release PR-24-007: Koen Vermeulen releases 96 heald frames for hall 3 "
               "(looms W31-W42, 8 per loom). Hellwig may buy profiles for these 96 frames."),
         ("p", "The remaining frames (288 - 96 = 192) stay on hold until the weaving trial report of W34 "
               "(end of July); then written release by Koen."),
         ("h", "3. Actions"),
         ("table", [
             ["Ref.", "Action", "Qty", "Owner", "Due"],
             ["PR-24-007", "Send release letter to Hellwig - released qty", "72", "Koen Vermeulen", "19.06.2024"],
             ["A-2", "Send delivery plan for hall 3", "-", "Katrin Hoffmann", "21.06.2024"],
         ]),
         ("p", "Next call: 25.06.2024."),
     ], author="Pieter Verstraete"))])

# p17 - supplier reads the advance payment as release of the balance (quoted PO scope).
_q = """Dear Chen,

PO MRSM/PO/24/1278 for tension guides HY-TG-30:
Line 1 - sample 20 pcs.
Line 2 - production 580 pcs - NOT RELEASED, on hold until sample sign-off by Engr. Tanvir Ahmed and written release from Ms. Shahnaz Parvin.
Advance 30% of PO value as per your PI.

Regards,
Rafiq"""
_t = """Dear Mr. Rafiq,

Good day! We received your 30% advance today (USD 702.00), thank you very much.

So we have started production of the 580 pcs also, together with the 20 samples, to save time for you. All will ship together end of June.

Best regards
Chen Hao
Merchandiser
Changzhou Huayu Textile Accessories Co., Ltd.
Tel +86 519 8866 2031

-----Original Message-----
From: Md. Rafiqul Islam <rafiqul.islam@meghnarotor.com.bd>
Sent: Monday, May 27, 2024 11:02 AM
Subject: PO MRSM/PO/24/1278 HY-TG-30

""" + quote(_q) + "\n"
case("p17_supplier_advance_starts_balance", ["RG012"],
     "Supplier: advance received, 'so we have started production of the 580 pcs also'; quoted PO says the "
     "580 are not released.",
     [("RE_PO_MRSM-PO-24-1278.eml", eml_bytes(mail(
         CHEN, RAFIQ, "RE: PO MRSM/PO/24/1278 HY-TG-30", "Tue, 28 May 2024 15:40:00 +0800", _t,
         in_reply_to="<h221-q-1278@meghnarotor.com.bd>")))])

# p18 - WhatsApp: buyer says the deposit is paid, so start the production.
case("p18_whatsapp_deposit_start", ["RG012"],
     "Buyer: 'deposit is transferred today, so please start the production' on a 12-sample OC whose 288 "
     "balance waits for a written release.",
     [("WhatsApp_Chat_with_Juergen_Hellwig.txt", """\
15/05/2024, 16:20 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
15/05/2024, 16:21 - Carlos Quispe Andina: Hello Juergen, OC-2024-0081 sent today by mail. 12 sample shuttles SH-340 only. The 288 remain on hold, not released. Release after sample sign-off (Lucia) by written release from Ing. Rodrigo Valdivia
15/05/2024, 16:35 - Juergen Brandt Hellwig: Hello Carlos, thank you, well received. Proforma for OC-2024-0081 follows tomorrow, 30% advance as agreed
27/05/2024, 10:02 - Carlos Quispe Andina: Buenos dias Juergen, the deposit is transferred today, BCP swift copy in your mail
27/05/2024, 10:03 - Carlos Quispe Andina: So please start the production, we need the shuttles before August for the winter collection 🙏
27/05/2024, 10:30 - Juergen Brandt Hellwig: Thank you Carlos, we start
""")])

# p19 - mail with PO for samples and the supplier quote attached; nothing says the 1 176 is not released.
_qpdf = pdf([
    ("h1", "Offerte / Quotation RS-Q-24-0344"),
    ("p", "Rheintal Spindeltechnik AG, Wil SG - to Indus Indigo Denim (Pvt.) Ltd., Faisalabad, attn. "
          "Mr. Imran Qureshi. Date 30.04.2024, valid 60 days."),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Unit price CHF", "Amount CHF"],
        ["10", "SBI-22/4", "Bolster insert, drawing RS-2207 Rev. C - sample lot", "24 pcs", "46,80", "1'123,20"],
        ["20", "SBI-22/4", "as pos. 10 - production lot", "1 176 pcs", "38,50", "45'276,00"],
    ]),
    ("p", "Delivery: samples 3 weeks, production 9-10 weeks. FCA Wil SG. ISO 9001:2015."),
    ("p", "Urs Baumgartner, Verkauf Export"),
], title="RS-Q-24-0344", author="Rheintal Spindeltechnik AG")
_t = """Dear Mr. Baumgartner,

Thank you for your quotation RS-Q-24-0344.

Please find our PO 4500019188 for 24 pcs SBI-22/4 bolster inserts as samples; your quotation is attached again for reference.

Release authority for this part on our side is Ms. Saima Anwar, Head of Procurement.

Please confirm the delivery date at your earliest.

Best regards,
Imran
""" + sig("Imran Qureshi", "Manager Purchase", PK + ", Faisalabad", "+92 41 471 2231")
case("p19_mail_po_with_quote", ["RG001", "RG003", "RG004"],
     "24 samples ordered, attached quote shows 1 176 production, nothing says not released or names an "
     "event; Saima Anwar named.",
     [("PO_4500019188_SBI.eml", eml_bytes(mail(
         IMRAN, URS, "PO 4500019188 - SBI-22/4 samples", "Thu, 16 May 2024 10:25:00 +0500", _t,
         attachments=[("RS-Q-24-0344.pdf", _qpdf, PDF_MT)])))])

# p20 - PO for samples printing the quoted production quantity (PDF).
case("p20_po_prints_production_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 50 clips prints 'quoted production quantity 2,950 pcs, delivery Q3'; no hold, event or "
     "releaser.",
     [("MRSM_PO_24_1240.pdf", pdf([
         ("h1", "PURCHASE ORDER MRSM/PO/24/1240"),
         ("p", "Meghna Rotor Spinning Mills Ltd., Kashimpur, Gazipur-1750, Bangladesh"),
         ("p", "Vendor: Changzhou Huayu Textile Accessories Co., Ltd., Changzhou, China. Your quote HY-Q-24-0507."),
         ("p", "PO date: 20.05.2024. Currency USD. Incoterm CPT Dhaka (courier)."),
         ("table", [
             ["Ln", "Item code", "Description", "Scope", "Qty", "Rate USD", "Value USD"],
             ["01", "SP-07-0316", "Flat clip HY-FC-18 for card clothing (cards C-01..C-18)", "sample", "50 pcs",
              "0.45", "22.50"],
         ]),
         ("sp",),
         ("p", "Remarks: quoted production quantity 2,950 pcs, delivery Q3-2024, as per your quote "
               "HY-Q-24-0507 at USD 0.40."),
         ("p", "Please send the samples by courier with hardness report (HRC 48-52)."),
         ("p", "Prepared by: Md. Rafiqul Islam, Sr. Manager Purchase"),
     ], title="PO MRSM/PO/24/1240", author="Meghna Rotor Spinning Mills"))])

# p21 - OC: 12 samples in the table, fifteen in the notes, offer's 288 printed beside (PDF).
case("p21_oc_12_vs_15_with_offer", ["RG001", "RG003", "RG004", "RG011"],
     "OC table says 12 samples, notes say fifteen (15); offer's 288 production printed with nothing saying "
     "not released; releaser named, no event.",
     [("OC-2024-0120.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC-2024-0120"),
         ("p", "Hilanderia Andina Alpaca S.A.C., Arequipa, Peru - Proveedor: Hellwig Webtechnik GmbH, "
               "Moenchengladbach. Fecha 03.06.2024."),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "Precio EUR", "Total EUR"],
             ["10", "SH-340", "Lanzadera SH-340 / shuttle, cornel wood - muestras / samples", "12", "64,00",
              "768,00"],
         ]),
         ("sp",),
         ("p", "Observaciones / notes:"),
         ("p", "Your offer AN-24-0415: 12 samples + 288 production shuttles, delivery of production "
               "September 2024."),
         ("p", "Please send fifteen (15) samples by air to Arequipa, looms T-01 to T-03 are waiting."),
         ("p", "Production release authority: Ing. Rodrigo Valdivia, Gerente de Operaciones."),
         ("p", "Comprador: Carlos Quispe Mamani"),
     ], title="OC-2024-0120", author="Hilanderia Andina Alpaca"))])

# p22 - ERP PO: 12 samples plus "forecast 2025: 288 pcs - this is firm" (TXT).
case("p22_erp_po_forecast_firm", ["RG001", "RG003", "RG004", "RG008"],
     "Sample PO for 12 frames with comment 'Forecast 2025: 288 pcs - this is firm, count on it'; no hold or "
     "event; Koen named.",
     [("VT-24-0715_print.txt", """\
Vandewalle Tapijtweverij NV                                   Bestelling / Purchase Order
Industrielaan 31, B-8710 Wielsbeke                            Nr.   VT-24-0715
BTW BE 0412.345.678                                           Datum 04.06.2024
-----------------------------------------------------------------------------------------
Leverancier / supplier : 30118  Hellwig Webtechnik GmbH, Rheydter Strasse 240,
                                D-41065 Moenchengladbach
Levering / delivery    : DAP Wielsbeke, week 25
Betaling / payment     : 60 dagen einde maand
-----------------------------------------------------------------------------------------
Lijn   Artikel    Omschrijving                              Aantal  Eenh.  Prijs    Bedrag
10000  HF-2300    Heald frame alu 2300 mm, drg HW-4410/07      12   ST    412,00  4.944,00
                  STALEN / samples for loom W36
-----------------------------------------------------------------------------------------
                                                          Totaal excl. BTW EUR  4.944,00
Opmerkingen / comments:
  - Forecast 2025: 288 pcs HF-2300 - this is firm, you can count on it and reserve
    capacity for it.
  - Release authority: Koen Vermeulen, plant manager.
  - Please send the samples with the measurement report (flatness 0,3 mm / 2300 mm).
-----------------------------------------------------------------------------------------
Aankoper / buyer: Pieter Verstraete   tel. +32 56 66 41 20
""")])

# p23 - buyer e-procurement page: sample line with the quoted batch in line details (HTML).
case("p23_buyer_portal_quoted_batch", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer portal PO: 24 samples, line detail 'quoted batch quantity 1 176 pcs'; no hold, event or releaser.",
     [("eproc_MRSM-PO-24-1262.html", html_page("Meghna Rotor e-Procurement - PO MRSM/PO/24/1262", """\
<h2>Meghna Rotor Spinning Mills - e-Procurement</h2>
<p>PO <b>MRSM/PO/24/1262</b> &nbsp;|&nbsp; Vendor: Rheintal Spindeltechnik AG (V-40118) &nbsp;|&nbsp; Status: Sent to vendor 21-05-2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Type</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>SP-07-0221</td><td>Bolster insert SBI-22/4, drg RS-2207 Rev. C</td><td>Sample</td><td>24 pcs</td><td>CHF 46,80</td></tr>
</table>
<h3>Line 1 - details</h3>
<table>
<tr><td>Quote reference</td><td>RS-Q-24-0311</td></tr>
<tr><td>Quoted batch quantity</td><td>1 176 pcs, lead time 9-10 weeks, CHF 38,50</td></tr>
<tr><td>For machine</td><td>ring frames RF-07 / RF-08 (2 x 600 spindles)</td></tr>
</table>
<h3>Note to vendor</h3>
<p>Please send samples ASAP, RF-07 is waiting. - Rafiq</p>
""")) ])

# p24 - supplier reply: steel bought for the full 2,400; quoted buyer mail has no hold (EML + text att).
_q = """Dear Senthil,

Please supply 24 pcs sample SK-BI-22 against our PO MRSM/PO/24/1290, as per your quote SK/Q/2024/211 (24 sample / 2,376 production).

Release authority: Ms. Shahnaz Parvin, GM Supply Chain.

Regards,
Rafiq"""
_rm = """SRI KUMARAN TEXTILE SPARES PVT LTD - RAW MATERIAL PURCHASE
Ref: SK/SO/24/0402  Customer: MEGHNA ROTOR  PO MRSM/PO/24/1290
--------------------------------------------------------------
Material            : 100Cr6 bright bar dia 28 mm
Supplier            : Sri Ganesh Steels, Coimbatore, GRN 24-1187
Weight              : 1.2 t
Sufficient for      : 2,400 pcs SK-BI-22 (24 sample + 2,376 production)
Date                : 25-05-2024
"""
_t = """Dear Sir,

Greetings from Coimbatore!

Thank you for the PO. Samples will be ready by 05th June.

To keep your delivery, we have purchased the 100Cr6 steel bars for the full 2,400 pcs already, purchase details attached for your kind information.

Thanks & regards,
R. Senthil Kumar
Marketing Manager
Sri Kumaran Textile Spares Pvt. Ltd., Coimbatore
+91 422 257 1190

On Mon, May 20, 2024 at 10:14 AM Md. Rafiqul Islam <rafiqul.islam@meghnarotor.com.bd> wrote:
""" + quote(_q) + "\n"
case("p24_supplier_bought_full_steel", ["RG001", "RG003", "RG004", "RG006"],
     "Quoted buyer PO: 24 samples beside quote's 2,376, no hold/event (Shahnaz named); supplier bought steel "
     "for 2,400 without material authority.",
     [("Re_PO_MRSM-PO-24-1290.eml", eml_bytes(mail(
         SENTHIL, RAFIQ, "Re: PO MRSM/PO/24/1290 SK-BI-22 sample", "Sat, 25 May 2024 17:15:00 +0530", _t,
         in_reply_to="<h221-q-1290@meghnarotor.com.bd>",
         attachments=[("RM_purchase_SK-SO-24-0402.txt", _rm, "text/plain")])))])

# p25 - bundle: ERP PO (no hold) + sample sign-off record + supplier mail rolling into production.
_t = """Dear Mr. Islam,

Thank you very much for sending the sample sign-off sheet SO-24-063 from Engr. Tanvir.

As the samples are approved, we proceed with the production of 1,970 pcs YG-0612 now. Delivery will be end of July, FOB Nagoya, by sea.

We thank you for your kind support.

Best regards,
""" + sig("Kenji Watanabe", "Overseas Sales Section", JP + ", Seto, Aichi, Japan", "+81 561 82 3301")
case("p25_bundle_po_signoff_supplier_proceeds", ["RG001", "RG003", "RG004", "RG007"],
     "Bundle: PO for 30 samples lists quote's 1,970 with no hold or event (Shahnaz named); supplier reads "
     "the sample sign-off as start of the 1,970.",
     [("MRSM_PO_24_1311.txt", """\
MEGHNA ROTOR SPINNING MILLS LTD.                        ***  PURCHASE ORDER  ***
KASHIMPUR, GAZIPUR-1750, BANGLADESH
------------------------------------------------------------------------------------------
PO NO       : MRSM/PO/24/1311               PO DATE  : 16-MAY-2024
VENDOR      : OKAMURA FINE CERAMICS CO., LTD. (V-30552), SETO, AICHI, JAPAN
CURRENCY    : JPY        INCOTERM : CPT DHAKA (AIR)        PAYMENT : TT 30 DAYS
------------------------------------------------------------------------------------------
LN  ITEM CODE    DESCRIPTION                                 QTY   UOM      RATE       VALUE
01  SP-07-0412   PIGTAIL GUIDE YG-0612 AL2O3 99.5% - SAMPLE     30  PCS     1,450     43,500
------------------------------------------------------------------------------------------
REMARKS:
1. REF QUOTE OFC-Q-24-052: 30 PCS SAMPLE / 1,970 PCS PRODUCTION @ JPY 520.
2. PRODUCTION RELEASE AUTHORITY: MS. SHAHNAZ PARVIN, GM SUPPLY CHAIN.
3. SAMPLES WITH TEST CERTIFICATE, FOR TRIAL ON RF-05 (1,008 SPINDLES).

PREPARED BY: MD. RAFIQUL ISLAM (PUR-07)
------------------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED PURCHASE ORDER.
"""),
      ("SO-24-063.docx", docx_bytes([
          ("h1", "Sample sign-off SO-24-063"),
          ("p", "Meghna Rotor Spinning Mills Ltd. - Maintenance, Kashimpur"),
          ("table", [
              ["Field", "Entry"],
              ["Part", "Pigtail guide YG-0612, Okamura Fine Ceramics"],
              ["PO", "MRSM/PO/24/1311"],
              ["Samples", "30 pcs, trial RF-05, 72 h, Ne 30/1"],
              ["Disposition", "approved (technical sample sign-off: dimensions, Ra, groove finish)"],
          ]),
          ("p", "Signed: Engr. Tanvir Ahmed, DGM Maintenance, 03.06.2024"),
      ], author="Tanvir Ahmed")),
      ("Okamura_mail_0604.eml", eml_bytes(mail(
          KENJI, RAFIQ, "YG-0612 sample sign-off / production", "Tue, 04 Jun 2024 10:15:00 +0900", _t,
          cc="Tanvir Ahmed <tanvir.ahmed@meghnarotor.com.bd>")))])

# p26 - SAP sample PO: nothing about a balance, an event or a releaser (TXT).
case("p26_sap_sample_po_bare", ["RG003", "RG004", "RG005"],
     "SAP sample order for 20 tension guides; never says the rest is not released, names no event and no "
     "release authority.",
     [("ME9F_4500019301.txt", """\
Indus Indigo Denim (Pvt.) Ltd.                 Purchase Order                     Page 1 of 1
38-km Sheikhupura Road, Khurrianwala, Faisalabad
-------------------------------------------------------------------------------------------
PO number    4500019301          Date     29.05.2024       Doc. type  ZSMP Sample order
Vendor       200731  Changzhou Huayu Textile Accessories Co., Ltd., Changzhou, China
Purch. group P07  Spares Spinning   Plant 1000  Faisalabad Spinning
Currency     USD                 Incoterms CPT Lahore      Terms of payment  ZT00  T/T advance
-------------------------------------------------------------------------------------------
Item  Material       Short text                                 Qty  Un   Net price   Net value
00010 SP-0451-0030   TENSION GUIDE HY-TG-30 AUTOCONER - SAMPLE       20  PC        2.10       42.00
      Deliv. date 20.06.2024
-------------------------------------------------------------------------------------------
                                                           Total net value USD       42.00
Header text:
  Sample order against your quotation HY-Q-24-0533.
  Please send samples with test certificate by courier (DHL account 96 1234 567).
  For autoconer machines AC-01 to AC-06 (60 drums each).
-------------------------------------------------------------------------------------------
Buyer: Imran Qureshi, P07, +92 41 471 2231
""")])

# p27 - two-level thread: "approved" by finance and "our approval - go ahead" (EML, multipart/alt).
_l2 = """Dear Juergen,

PO VT-24-0588: 12 sample frames HF-2300 only. The balance of 288 frames is not released. After the sample sign-off (Els De Smet), Koen Vermeulen will release the balance in writing.

Groeten,
Pieter"""
_l1 = """Dear Pieter, dear Mr. Vermeulen,

the samples are installed on W34 since last week. Could you let us know the result, and how we go on?

Best regards
Juergen Brandt

Am 06.05.2024 um 11:20 schrieb Pieter Verstraete:
""" + quote(_l2)
_t = """Hello Juergen,

The frames passed the trial on W34, Els signed off the 12 samples yesterday. Our PO change is also approved by finance now.

So you have our approval - go ahead.

Koen

On 10.06.2024 at 09:02, Juergen Brandt wrote:
""" + quote(_l1) + "\n" + sig("Koen Vermeulen", "Plant manager", BE + ", Wielsbeke", "+32 56 66 41 00")
case("p27_thread_approval_go_ahead", ["RG002", "RG009"],
     "Release authority writes 'you have our approval - go ahead' with no quantity; 'approved' also used for "
     "the finance PO change.",
     [("RE_AW_PO_VT-24-0588.eml", eml_bytes(mail(
         KOEN, JUERGEN, "RE: AW: PO VT-24-0588 HF-2300 samples", "Tue, 11 Jun 2024 17:25:00 +0200", _t,
         html=mhtml(_t), cc=PIETER, in_reply_to="<h221-q-0588b@hellwig-webtechnik.de>")))])

# p28 - Teams: "yes approved, once the report is signed just proceed with the run" (TXT).
case("p28_teams_proceed_with_run", ["RG002", "RG007"],
     "Buyer engineer: 'yes approved. Once the report is signed, just proceed with the run' - unscoped, and the "
     "sign-off is said to roll into production.",
     [("Teams_export_TG45_creel.txt", """\
Microsoft Teams - chat export
Chat: TG-45/2 creel trial W37 (external)
Participants: Pieter Verstraete, Els De Smet, Reto Keller (Guest)
Exported: 12/06/2024 08:10

[27/05/2024 08:31] Pieter Verstraete
Reto, for the record: PO VT-24-0690 is 40 sample tension guides only. The balance of 960 is not released. Release after the creel trial sign-off, by written release from Annelies Claeys.

[27/05/2024 08:45] Reto Keller (Rheintal Spindeltechnik AG) (Guest)
Thank you, noted.

[11/06/2024 14:02] Reto Keller (Rheintal Spindeltechnik AG) (Guest)
Guten Tag Frau De Smet, the 40 samples are measured, the report follows today. Do we have everything from your side?

[11/06/2024 14:20] Els De Smet
Hi Reto, yes approved. Once the report is signed, just proceed with the run.

[11/06/2024 14:22] Reto Keller (Rheintal Spindeltechnik AG) (Guest)
Perfect, merci!
""")])

# p29 - WhatsApp: "Deposit paid today. Go ahead please" - no quantity, payment as trigger.
case("p29_whatsapp_deposit_go_ahead", ["RG002", "RG010", "RG012"],
     "Buyer: 'Deposit paid today ... Go ahead please' - no quantity from the buyer, unscoped go-ahead, deposit "
     "as the trigger.",
     [("WhatsApp_Chat_with_Lily_Zhang.txt", """\
21/05/2024, 08:50 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
21/05/2024, 08:52 - Lily Zhang Huayu: Dear Imran, PI HY-PI-2405-21 for 3,000 pcs flat clips HY-FC-18 sent in your mail, kindly arrange 30% advance 🙏
21/05/2024, 09:40 - Imran Qureshi IID: Ok Lily will check with accounts
24/05/2024, 15:12 - Imran Qureshi IID: Deposit paid today, swift copy in mail
24/05/2024, 15:12 - Imran Qureshi IID: Go ahead please, we need clips before Eid
24/05/2024, 15:30 - Lily Zhang Huayu: Received with thanks, we start 💪
""")])

# p30 - buyer portal PO page: "on HOLD until further notice, management will decide" (HTML).
case("p30_portal_hold_management", ["RG004", "RG005"],
     "Portal PO: 50 samples, balance 2,950 on hold 'until further notice'; 'management will decide' - no "
     "event, no named releaser.",
     [("portal_PO_4500019340.html", html_page("Indus Indigo supplier portal - PO 4500019340", """\
<h2>Indus Indigo Denim - Supplier Portal</h2>
<p>Supplier: <b>Changzhou Huayu Textile Accessories Co., Ltd.</b> (vendor 200731) &nbsp;|&nbsp; PO <b>4500019340</b> &nbsp;|&nbsp; 30.05.2024</p>
<table>
<tr><th>Item</th><th>Material</th><th>Short text</th><th>Qty</th><th>Price</th></tr>
<tr><td>00010</td><td>SP-0316-0018</td><td>Flat clip HY-FC-18 - sample</td><td>50 PC</td><td>USD 0.60</td></tr>
</table>
<h3>Buyer note</h3>
<div class="note">Only 50 pcs sample. Balance 2,950 pcs on HOLD until further notice. Management will decide on the balance. Material for 50 pcs only.<br>- Imran Qureshi, Manager Purchase</div>
""")) ])

# p31 - supplier reply: wood and tips prepared for 300 shuttles; quoted buyer scope: release by "our management".
_q = """Dear Lily,

OC-2024-0077: 12 sample shuttles HY-SH-330 only. The balance of 288 is not released until our sample sign-off and a written release from our management.

Saludos,
Carlos Quispe Mamani
Jefe de Compras, Hilanderia Andina Alpaca S.A.C."""
_t = """Dear Carlos,

Thanks for your mail. Samples are in production, ready 10 June.

For save time, we already prepared the persimmon wood blanks and the metal tips for 300 shuttles, so when the release come we can start at once.

Best regards
Lily Zhang
Sales Manager, Changzhou Huayu Textile Accessories Co., Ltd.
Tel +86 519 8866 2018 / WeChat lilyzhang_hy

------------------ Original ------------------
From: "Carlos Quispe Mamani" <cquispe@andina-alpaca.com.pe>
Date: Fri, May 17, 2024 09:12 PM
Subject: OC-2024-0077 samples

""" + quote(_q) + "\n"
case("p31_supplier_material_300_mgmt", ["RG005", "RG006"],
     "Supplier prepared wood and tips for 300 shuttles while 12 are authorized; quoted buyer scope names only "
     "'our management' as releaser.",
     [("Re_OC-2024-0077.eml", eml_bytes(mail(
         LILY, CARLOS, "Re: OC-2024-0077 samples", "Mon, 20 May 2024 10:05:00 +0800", _t,
         in_reply_to="<h221-q-0077@andina-alpaca.com.pe>")))])

# p32 - supplier status report: advance received -> production order and material for 3,000 (PDF).
case("p32_status_advance_full_material", ["RG006", "RG012"],
     "Supplier report: 30 released, balance awaiting release, but 'since the advance is received' production "
     "order and steel opened for 3,000.",
     [("SK_status_IID-PO-24-0917.pdf", pdf([
         ("h1", "PRODUCTION STATUS REPORT"),
         ("p", "Sri Kumaran Textile Spares Pvt. Ltd., Avinashi Road, Coimbatore-641 014. Date: 24-05-2024."),
         ("p", "Customer: Indus Indigo Denim (Pvt.) Ltd., Faisalabad. Customer PO: IID-PO-24-0917. "
               "Item: FC-12 flat clip, spring steel 0.8 mm."),
         ("table", [
             ["Field", "Status"],
             ["Customer release", "30 pcs (samples)"],
             ["Balance 2,970 pcs", "customer written release pending"],
             ["Advance payment", "30% received 20-05-2024 (HBL TT ref. 0520-7741)"],
             ["Production order", "PRD-24-331 opened 21-05-2024 for 3,000 pcs, on receipt of advance"],
             ["Raw material", "spring steel strip 0.8 mm issued for 3,000 pcs"],
             ["Samples", "30 pcs dispatched 24-05-2024, DHL 7781 4420 9912"],
         ]),
         ("sp",),
         ("p", "Remarks: Since the advance is received, we have opened the production order for the full "
               "quantity and issued the material, so that delivery of balance can be done within 3 weeks of "
               "your release."),
         ("p", "K. Lakshmi Narayanan, Production Manager"),
     ], title="Production status IID-PO-24-0917", author="Sri Kumaran Textile Spares"))])

# p33 - minutes: purchaser says sample approval is the production approval for the 288 (DOCX).
case("p33_minutes_sample_is_production", ["RG007", "RG009"],
     "Minutes: PO needs written release by Koen, but purchaser says 'the sample approval is our approval for "
     "production, start the 288'; 'approval' double meaning.",
     [("MoM_Hellwig_2024-06-05.docx", docx_bytes([
         ("h1", "Minutes of meeting Vandewalle - Hellwig, 05.06.2024"),
         ("p", "Place: Wielsbeke. Present: Pieter Verstraete (purchasing), Els De Smet (maintenance); "
               "Juergen Brandt (Hellwig)."),
         ("h", "1. Status samples"),
         ("p", "PO VT-24-0588 covers 12 sample heald frames HF-2300. The balance of 288 frames is not "
               "released; per the PO it needs a written release by Koen Vermeulen after the sample sign-off. "
               "Trial on W34 is running; Els expects to give her approval end of next week."),
         ("h", "2. Production"),
         ("p", "Hellwig asked whether the sample approval is also the approval for production of the 288 "
               "frames. Pieter: yes - no need to wait for Koen's paper, the sample approval is our approval "
               "for production. Hellwig can start the 288 the same day Els approves the samples."),
         ("h", "3. Next meeting"),
         ("p", "19.06.2024, Teams."),
         ("p", "Minutes: Pieter Verstraete"),
     ], author="Pieter Verstraete"))])

# p34 - supplier: "firm order of 6,000 (your forecast)", alumina bought for 6,000; quoted release R-01 500.
_q = """Dear Watanabe-san,

Release R-01 for YG-0612 under PO MRSM/PO/24/1330: 500 pcs, delivery end of June.

The rest of our FY2025 forecast (5,500 pcs) is not released and not ordered. Next release only after acceptance of the R-01 lot, by written release from Ms. Shahnaz Parvin, GM Supply Chain.

Best regards,
Rafiq"""
_t = """Dear Mr. Islam,

Thank you very much for the release R-01 and for your firm order for FY2025 of 6,000 pcs YG-0612 according to your forecast F-2025-01.

To secure the delivery for the whole year, we have procured the high-purity alumina powder for 6,000 pcs last week.

The released quantity of 500 pcs will be shipped end of June as requested.

Best regards,
""" + sig("Kenji Watanabe", "Overseas Sales Section", JP + ", Seto, Aichi, Japan", "+81 561 82 3301") + """
----- Original Message -----
From: Md. Rafiqul Islam
Date: 2024/06/03 12:40
Subject: Release R-01 YG-0612

""" + quote(_q) + "\n"
case("p34_supplier_forecast_firm_powder", ["RG006", "RG008"],
     "Supplier calls the FY2025 forecast a 'firm order of 6,000' and bought alumina for 6,000 while 500 are "
     "released; quoted release says the rest is not released.",
     [("RE_Release_R-01_YG-0612.eml", eml_bytes(mail(
         KENJI, RAFIQ, "RE: Release R-01 YG-0612", "Wed, 05 Jun 2024 09:30:00 +0900", _t,
         in_reply_to="<h221-q-1330@meghnarotor.com.bd>")))])

# p35 - supplier: bank "released" the deposit, so the order is "released for production" (quoted scope).
_q = """Dear Mrs. Hoffmann,

OC-2024-0081: 12 sample shuttles SH-340 only. The balance of 288 is not released; release after sample sign-off, by written release from Ing. Rodrigo Valdivia. 30% deposit as per your offer.

Saludos cordiales,
Carlos Quispe Mamani"""
_t = """Dear Mr. Quispe,

thank you for your payment. Your bank has released the deposit on 27.05., so the order is released for production in our system.

The 12 samples will be ready in week 24, the balance follows in week 30.

Mit freundlichen Gruessen / Kind regards
Katrin Hoffmann
Auftragsabwicklung, Hellwig Webtechnik GmbH
Rheydter Strasse 240, D-41065 Moenchengladbach, Tel. +49 2161 55 70 14

Hellwig Webtechnik GmbH, Sitz Moenchengladbach, Amtsgericht Moenchengladbach HRB 12345, Geschaeftsfuehrer: Dieter Schulze

-----Urspruengliche Nachricht-----
Von: Carlos Quispe Mamani <cquispe@andina-alpaca.com.pe>
Gesendet: Mittwoch, 15. Mai 2024 16:20
Betreff: OC-2024-0081

""" + quote(_q) + "\n"
case("p35_supplier_deposit_released", ["RG009", "RG012"],
     "Supplier: bank 'released' the deposit, 'so the order is released for production', balance in week 30; "
     "quoted scope holds the 288.",
     [("AW_OC-2024-0081.eml", eml_bytes(mail(
         KATRIN, CARLOS, "AW: OC-2024-0081", "Tue, 28 May 2024 11:45:00 +0200", _t,
         in_reply_to="<h221-q-0081@andina-alpaca.com.pe>")))])

# p36 - WhatsApp: "please go ahead with the tension guides. Balance will be on hold."
case("p36_whatsapp_go_ahead_balance_hold", ["RG002", "RG004", "RG005", "RG010"],
     "'Please go ahead with the tension guides. Balance will be on hold.' - no quantity, no event, no releaser, "
     "unscoped go-ahead.",
     [("WhatsApp_Chat_with_Chen_Hao.txt", """\
02/06/2024, 11:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
02/06/2024, 11:12 - Chen Hao Huayu: Dear Mr. Rafiq, tension guide HY-TG-30 quotation sent in your mail, sample price and mass production price inside
02/06/2024, 11:13 - Chen Hao Huayu: [Photo] IMG-20240602-WA0007.jpg
03/06/2024, 10:41 - Rafiq MRSM Purchase: Chen bhai, please go ahead with the tension guides. Balance will be on hold
03/06/2024, 10:44 - Chen Hao Huayu: OK got it, thank you Mr. Rafiq! 👍
""")])

# p37 - bundle: PO for 20 sample shuttles (complete scope) + supplier proforma for 300, production on advance.
case("p37_bundle_po_vs_proforma", ["RG011", "RG012"],
     "PO authorizes 20 samples (280 not released); the supplier's proforma for the same order bills 300 pcs "
     "and says production starts on receipt of the advance.",
     [("OC-2024-0092.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC-2024-0092"),
         ("p", "Hilanderia Andina Alpaca S.A.C., Arequipa, Peru - Proveedor: Changzhou Huayu Textile "
               "Accessories Co., Ltd., Changzhou, China. Cotizacion HY-Q-24-0488. Fecha 14.05.2024."),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "Precio USD", "Total USD"],
             ["10", "HY-SH-330", "Lanzadera / shuttle HY-SH-330, persimmon wood - muestras / samples", "20",
              "21,00", "420,00"],
         ]),
         ("sp",),
         ("p", "Alcance / scope: this OC authorises twenty (20) sample shuttles only. The other 280 shuttles "
               "of your quotation are NOT released. Release only after our sample sign-off (Ing. Lucia "
               "Huaman), by written release signed by Ing. Rodrigo Valdivia. Material for 20 pcs only."),
         ("p", "Pago / payment: 30% deposit, balance before shipment."),
         ("p", "Comprador: Carlos Quispe Mamani, Jefe de Compras"),
     ], title="OC-2024-0092", author="Hilanderia Andina Alpaca")),
      ("HY-PI-2405-09.pdf", pdf([
          ("h1", "PROFORMA INVOICE HY-PI-2405-09"),
          ("p", "Changzhou Huayu Textile Accessories Co., Ltd., No. 18 Hutang Road, Wujin District, Changzhou, "
                "Jiangsu, China. Tel +86 519 8866 2018."),
          ("p", "Buyer: Hilanderia Andina Alpaca S.A.C., Arequipa, Peru. Your order: OC-2024-0092. "
                "Date: 2024-05-16."),
          ("table", [
              ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "HY-SH-330", "Shuttle, persimmon wood, steel tips, 330 mm", "300 pcs", "18.50", "5,550.00"],
              ["", "", "Total", "300 pcs", "", "5,550.00"],
          ]),
          ("sp",),
          ("p", "Payment terms: 30% T/T advance (USD 1,665.00), 70% before shipment."),
          ("p", "Production starts upon receipt of the advance. Delivery: 35 days after advance, FOB Shanghai."),
          ("p", "Bank: Bank of China, Changzhou Branch, SWIFT BKCHCNBJ95A, A/C 4567 8901 2345."),
          ("p", "Lily Zhang, Sales Manager"),
      ], title="HY-PI-2405-09", author="Changzhou Huayu"))])

# p38 - mail: "please start with some samples first, PO will follow" (EML, multipart/alt).
_t = """Dear Urs,

Thanks for your offer RS-Q-24-0298.

Please start with some samples of the TG-45/2 guides first, so Els can try them on the creel of W37. The PO will follow next week from our system.

Groeten,
Pieter
""" + sig("Pieter Verstraete", "Aankoper / Purchaser technical goods", BE + ", Wielsbeke, Belgium",
          "+32 56 66 41 20")
case("p38_mail_some_samples_first", ["RG003", "RG004", "RG005", "RG010"],
     "'Please start with some samples first' - no sample quantity, nothing about the balance, no event, no "
     "releaser.",
     [("TG-45-2_samples.eml", eml_bytes(mail(
         PIETER, URS, "TG-45/2 samples", "Wed, 08 May 2024 14:05:00 +0200", _t, html=mhtml(_t))))])

# p39 - WhatsApp: supplier staged strip for the 2,970 balance, will run once samples approved.
case("p39_whatsapp_staged_and_rollover", ["RG006", "RG007"],
     "Supplier: 'staged spring steel strip for 2,970 balance also, once Usman sir approves sample we will run "
     "immediately'; buyer scope is 30 samples, material 30.",
     [("WhatsApp_Chat_with_Imran_IID.txt", """\
27/05/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
27/05/2024, 09:02 - Imran Qureshi IID: Senthil sb PO IID-PO-24-0955 on mail. 30 pcs FC-12 sample only. Balance 2,970 NOT released
27/05/2024, 09:03 - Imran Qureshi IID: Release after sample sign-off by Usman Tariq, written release from me. Material only 30 pcs pls
27/05/2024, 09:20 - Senthil SKTS Cbe: Noted sir 🙏
07/06/2024, 18:11 - Senthil SKTS Cbe: Sir samples ready, dispatch tomorrow by DHL
07/06/2024, 18:13 - Senthil SKTS Cbe: Sir for your info, we have staged spring steel strip for 2,970 balance also. Once Usman sir approves sample we will run immediately, no time loss 🙏
""")])

# p40 - buyer portal: "the 2025 forecast of 6,000 pcs is approved, treat as firm order"; "approved" 3 ways.
case("p40_portal_forecast_approved_firm", ["RG008", "RG009"],
     "Portal: forecast 6,000 'is approved ... treat it as a firm order'; 'approved' also for the sample and the "
     "finance PO.",
     [("eproc_schedule_2025_Okamura.html", html_page("Meghna Rotor e-Procurement - supply schedule 2025", """\
<h2>Meghna Rotor Spinning Mills - e-Procurement</h2>
<p>Vendor: <b>Okamura Fine Ceramics Co., Ltd.</b> (V-30552) &nbsp;|&nbsp; Item SP-07-0412 pigtail guide YG-0612</p>
<table>
<tr><th>Topic</th><th>Status</th><th>By / date</th></tr>
<tr><td>Sample (30 pcs)</td><td>approved</td><td>Engr. Tanvir Ahmed, 20-05-2024</td></tr>
<tr><td>PO MRSM/PO/24/1203</td><td>approved by Finance</td><td>22-05-2024</td></tr>
<tr><td>Forecast 2025</td><td>6,000 pcs - approved</td><td>Md. Rafiqul Islam, 28-05-2024</td></tr>
</table>
<h3>Forecast 2025</h3>
<table>
<tr><th>Quarter</th><th>Forecast qty</th></tr>
<tr><td>Q1</td><td>1,500</td></tr><tr><td>Q2</td><td>1,500</td></tr><tr><td>Q3</td><td>1,500</td></tr><tr><td>Q4</td><td>1,500</td></tr>
</table>
<div class="note">Note to vendor: the 2025 forecast of 6,000 pcs is approved. Please treat it as a firm order and plan your production monthly.</div>
""")) ])

# p41 - ERP OC print: 24 in the line, veinte (20) in the scope text; release "by our management" (TXT).
case("p41_erp_oc_24_vs_20", ["RG005", "RG011"],
     "OC line says 24 sample guides, scope text says veinte (20); 1.980 not released until sign-off and revised "
     "OC, released 'by our management'.",
     [("OC-2024-0131_print.txt", """\
HILANDERIA ANDINA ALPACA S.A.C.                       ORDEN DE COMPRA / PURCHASE ORDER
PARQUE INDUSTRIAL CALLE 4 N 110, AREQUIPA - PERU      RUC 20451234567
========================================================================================
OC NRO      : OC-2024-0131                FECHA    : 05/06/2024
PROVEEDOR   : OKAMURA FINE CERAMICS CO., LTD. - SETO, AICHI, JAPON
MONEDA      : JPY        INCOTERM : CPT AREQUIPA (AEREO)    PAGO : T/T 30 DIAS
COTIZACION  : OFC-Q-24-061
========================================================================================
ITEM  CODIGO    DESCRIPCION                                   CANT  UND   P.UNIT     TOTAL
10    YG-0408   GUIA CERAMICA OJAL / EYELET GUIDE AL2O3
                MUESTRA / SAMPLE                                24  PZA    1,850    44,400
========================================================================================
OBSERVACIONES / REMARKS:
 - Alcance: esta OC autoriza veinte (20) guias de muestra solamente.
 - El saldo de 1.980 guias NO esta liberado / the balance of 1.980 is NOT released.
 - Balance released only after sample sign-off (trial ring frame HR-3, Nm 2/28) and a
   revised OC, by our management.
 - Material only for the samples.
========================================================================================
ELABORADO POR: CQUISPE                    JEFE DE COMPRAS: CARLOS QUISPE MAMANI
""")])

# p42 - supplier reply: "once deposit arrive and you approve the sample, we directly run 2,950".
_q = """Dear Lily,

PO 4500019066: 50 pcs flat clips HY-FC-18 sample. Balance 2,950 not released. Release after sample sign-off (Usman Tariq) by written release from me.

Regards,
Imran Qureshi
Manager Purchase, Indus Indigo Denim (Pvt.) Ltd."""
_t = """Dear Imran,

Thanks for the PO, well received.

Once your deposit arrive and you approve the sample, we will directly run mass production 2,950 pcs, no need to wait more document, to save your time.

Best regards
Lily Zhang
Sales Manager
Changzhou Huayu Textile Accessories Co., Ltd.
Tel +86 519 8866 2018

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.

------------------ Original ------------------
From: "Imran Qureshi" <imran.qureshi@indusindigo.com.pk>
Date: Mon, May 13, 2024 12:20 PM
Subject: PO 4500019066

""" + quote(_q) + "\n"
case("p42_supplier_deposit_and_approval_run", ["RG007", "RG012"],
     "Supplier: 'once your deposit arrive and you approve the sample, we will directly run mass production "
     "2,950 pcs'; quoted scope needs a written release.",
     [("Re_PO_4500019066.eml", eml_bytes(mail(
         LILY, IMRAN, "Re: PO 4500019066", "Tue, 14 May 2024 09:15:00 +0800", _t,
         in_reply_to="<h221-q-9066@indusindigo.com.pk>")))])

# p43 - minutes: "approved" for samples and budget; pilot lot with no quantity (DOCX).
case("p43_minutes_pilot_no_qty", ["RG009", "RG010"],
     "Minutes: 'approved' for the samples (technical) and the budget (commercial); Sri Kumaran may make 'the "
     "pilot lot' - quantity never stated.",
     [("MoM_FC-12_2024-05-27.docx", docx_bytes([
         ("h1", "Minutes - review meeting flat clips FC-12"),
         ("p", "Meghna Rotor Spinning Mills Ltd. and Sri Kumaran Textile Spares Pvt. Ltd., 27.05.2024, Gazipur."),
         ("p", "Present: Engr. Tanvir Ahmed, Md. Rafiqul Islam, Ms. Shahnaz Parvin (Meghna); "
               "Mr. R. Senthil Kumar (Sri Kumaran)."),
         ("num", "Samples (30 pcs FC-12): approved, technical, by Engr. Tanvir Ahmed - clip holds on the flat "
                 "tops of card C-07 after 2 weeks."),
         ("num", "Budget for the FC-12 clips 2024: approved by Mr. Abdul Karim Bhuiyan, Director Operations."),
         ("num", "Sri Kumaran may make the pilot lot for cards C-01 to C-06 from next week."),
         ("num", "The balance after the pilot lot stays on hold until acceptance of the pilot lot at our "
                 "incoming inspection; then written release by Ms. Shahnaz Parvin."),
         ("num", "Next review: after pilot lot delivery."),
         ("p", "Minutes: Md. Rafiqul Islam"),
     ], author="Md. Rafiqul Islam"))])

# p44 - Teams: "Green light 👍" after the sample run (TXT).
case("p44_teams_green_light", ["RG002"],
     "Buyer engineer: 'running smooth on RF-12 ... Green light 👍' - unscoped; the complete scope is stated "
     "earlier in the chat.",
     [("Teams_export_SBI_RF12.txt", """\
Microsoft Teams - chat export
Chat: IID / Rheintal - SBI-22/4 inserts (external)
Participants: Imran Qureshi, Usman Tariq, Reto Keller (Guest)
Exported: 14/06/2024 11:30

[17/05/2024 10:05] Imran Qureshi
Dear Mr. Keller, scope of PO 4500019188: 24 sample inserts SBI-22/4 only. Balance 1,176 not released. Release after sample sign-off by Usman Tariq, by written release from Saima Anwar.

[17/05/2024 10:20] Reto Keller (Rheintal Spindeltechnik AG) (Guest)
Noted, thank you Mr. Qureshi.

[12/06/2024 16:41] Reto Keller (Rheintal Spindeltechnik AG) (Guest)
Good afternoon Mr. Tariq, how are the sample inserts running on RF-12? Any noise or heating?

[13/06/2024 09:15] Usman Tariq
Reto sb, inserts running smooth on RF-12 since 4 days, vibration within limit, temp ok at 18 000 rpm.

[13/06/2024 09:16] Usman Tariq
Green light 👍

[13/06/2024 09:30] Reto Keller (Rheintal Spindeltechnik AG) (Guest)
Very good news, thank you!
""")])

# p45 - bundle: ERP PO for 30 samples (complete scope) + supplier OC for 36 and material for 3,000.
case("p45_bundle_po_vs_oc_material", ["RG006", "RG011"],
     "PO authorizes 30 samples (2,970 not released, material 30); supplier OC confirms 36 samples and strip "
     "bought for 3,000.",
     [("IID-PO-24-0966.txt", """\
INDUS INDIGO DENIM (PVT.) LTD.  -  PURCHASE ORDER (LOCAL ERP)          PRINTED 28/05/2024 10:14
38-KM SHEIKHUPURA ROAD, KHURRIANWALA, FAISALABAD
==============================================================================================
PO NO     : IID-PO-24-0966          DATE : 28/05/2024        VENDOR : SRI KUMARAN TEXTILE SPARES
                                                                      PVT LTD, COIMBATORE (INDIA)
CURRENCY  : USD                     TERMS: CFR KARACHI        QUOTE  : SK/Q/2024/188
==============================================================================================
SR  ITEM       DESCRIPTION                                   QTY   UOM    RATE     AMOUNT
1   FC-12      FLAT CLIP FOR CARD CLOTHING, SPRING STEEL        30   PCS    0.55      16.50
               0.8 MM - SAMPLE
==============================================================================================
SCOPE:
- THIS PO AUTHORISES 30 (THIRTY) SAMPLE CLIPS ONLY.
- BALANCE 2,970 PCS OF QUOTE SK/Q/2024/188 IS NOT RELEASED.
- RELEASE OF BALANCE ONLY AFTER SAMPLE SIGN-OFF BY USMAN TARIQ, BY WRITTEN RELEASE FROM
  IMRAN QURESHI, MANAGER PURCHASE.
- MATERIAL AUTHORITY: SAMPLE ONLY (30 PCS).
==============================================================================================
PREPARED: IMRAN QURESHI                     CHECKED: SAIMA ANWAR
"""),
      ("SK_OC_24-0517.pdf", pdf([
          ("h1", "ORDER CONFIRMATION SK/OC/24/0517"),
          ("p", "Sri Kumaran Textile Spares Pvt. Ltd., SF No 412, Avinashi Road, Coimbatore-641 014, India. "
                "GSTIN 33AABCS1234K1Z5."),
          ("p", "Customer: Indus Indigo Denim (Pvt.) Ltd., Faisalabad. Your PO: IID-PO-24-0966 dt 28/05/2024. "
                "Date: 29/05/2024."),
          ("table", [
              ["Sl.", "Item", "Description", "Qty", "Rate USD", "Amount USD"],
              ["1", "FC-12", "Flat clip for card clothing, spring steel 0.8 mm - sample", "36 pcs", "0.55", "19.80"],
          ]),
          ("sp",),
          ("p", "We confirm the sample order for thirty-six (36) pcs. Dispatch by DHL on 10/06/2024."),
          ("p", "Raw material: spring steel strip 0.8 mm x 18 mm already procured for 3,000 pcs, to give "
                "short delivery of the balance after your release."),
          ("p", "For Sri Kumaran Textile Spares Pvt. Ltd. - R. Senthil Kumar, Marketing Manager"),
      ], title="SK/OC/24/0517", author="Sri Kumaran Textile Spares"))])


# =================================================================== OUTPUT
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(221221).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h221_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
