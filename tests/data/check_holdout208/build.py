#!/usr/bin/env python3
"""Generator for the releasegate check_holdout208 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout208/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: marine deck hardware (cleats, fairleads, stanchions and bases, deck hatches,
winch drums, anchor rollers). All companies and people are fictional.
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
from email.utils import format_datetime
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
    m["Message-ID"] = msgid or f"<h208-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h208")
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


# ----------------------------------------------------------------- small helpers (h208)
def dt(y, mo, d, h, mi, tzh):
    """RFC 5322 date with a fixed UTC offset (weekday computed, so it is always right)."""
    tz = _dt.timezone(_dt.timedelta(hours=tzh))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def q(text, level=1):
    """Quote text the way mail clients do ('> ' per level)."""
    pre = "> " * level
    return "\n".join(pre.rstrip() if not ln.strip() else pre + ln for ln in text.strip("\n").splitlines())


def to_html(text):
    """Simple HTML alternative for a plain-text mail body."""
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "</body></html>\n")


# people and addresses (fictional)
JUKKA = "Jukka Heinonen <jukka.heinonen@kallio-marine.fi>"
RIIKKA = "Riikka Laine <riikka.laine@kallio-marine.fi>"
TIMO = "Timo Virtanen <timo.virtanen@kallio-marine.fi>"
CLAIRE = "Claire Moreau <c.moreau@chantier-audierne.fr>"
JULIEN = "Julien Le Gall <j.legall@chantier-audierne.fr>"
HELENE = "Hélène Daviau <h.daviau@chantier-audierne.fr>"
SHANE = "Shane Whitlock <shane.whitlock@derwentworkboats.com.au>"
BEC = "Bec Harding <bec.harding@derwentworkboats.com.au>"
MICK = "Mick O'Donnell <mick.odonnell@derwentworkboats.com.au>"
ELENI = "Eleni Stavrou <e.stavrou@kyma-charter.gr>"
NIKOS = "Nikos Papadakis <n.papadakis@kyma-charter.gr>"
GIORGOS = "Giorgos Antoniou <g.antoniou@kyma-charter.gr>"
MARCO = "Marco Bertolini <m.bertolini@inoxnauticaligure.it>"
GIULIA = "Giulia Ferraro <g.ferraro@inoxnauticaligure.it>"
KEVIN = "Kevin Lin <kevin.lin@formosa-marine.com.tw>"
AMY = "Amy Chen <amy.chen@formosa-marine.com.tw>"
HAMISH = "Hamish Ritchie <hamish@haurakideckgear.co.nz>"
AROHA = "Aroha Ngata <aroha@haurakideckgear.co.nz>"
LILY = "Lily Zhou <lily.zhou@nb-haitong.cn>"
WANG = "Wang Jun <wangjun@nb-haitong.cn>"
IVANA = "Ivana Babić <ivana.babic@jadran-okov.hr>"
TOMISLAV = "Tomislav Kovač <tomislav.kovac@jadran-okov.hr>"

KALLIO = "Kallio Marine Oy, Satamakatu 12, 21100 Naantali, Finland"
AUDIERNE = "Chantier Naval Audierne SAS, 14 quai Louis Prunier, 17000 La Rochelle, France"
DERWENT = "Derwent Workboats Pty Ltd, 7 Wharf Road, Cambridge TAS 7170, Australia"
KYMA = "Kyma Yachting Charter S.A., Akti Lavriou 7, 19500 Lavrio, Greece"
INOX = "Inox Nautica Ligure S.r.l., Via del Molo 14, 19126 La Spezia (SP), Italia"
FORMOSA = "Formosa Marine Castings Co., Ltd., No. 88 Linhai 3rd Rd., Xiaogang Dist., Kaohsiung 812, Taiwan"
HAURAKI = "Hauraki Deck Gear Ltd, 41 Beaumont Street, Westhaven, Auckland 1010, New Zealand"
NINGBO = "Ningbo Haitong Marine Hardware Co., Ltd., No. 16 Xingye Road, Beilun, Ningbo, Zhejiang, China"
JADRAN = "Jadran Okov d.o.o., Put Supavla 21, 21000 Split, Hrvatska"

# =================================================================== CLEAN
# ---- c01: supplier quote with sample + three production tiers (PDF). Non-authorizing.
case("c01", [], "Supplier quote with sample lot and 600/1.200/2.400 tiers; no authorization in the bundle.", [
    ("quote_Q-INL-24-0412.pdf", pdf([
        ("h1", "INOX NAUTICA LIGURE S.r.l."),
        ("p", INOX + " - P.IVA IT01873450113 - Sistema qualità certificato ISO 9001:2015"),
        ("h", "OFFERTA / QUOTATION  Q-INL-24-0412"),
        ("p", "To: Kallio Marine Oy, Purchasing dept. - att. Mr. Jukka Heinonen.  Date: 08/04/2024.  "
              "Your ref.: RFQ KM-24-031 of 27/03/2024."),
        ("p", "Dear Mr. Heinonen, following your kind request we are pleased to quote you as below for the "
              "mooring cleat 250 mm, your drawing DRG 4410 Rev C."),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Unit price EUR", "Delivery"],
            ["10", "KM-CL250-316", "Sample lot - cleat 250 mm AISI 316, electropolished, DRG 4410 Rev C",
             "12 pcs", "48,00", "4 weeks"],
            ["20", "KM-CL250-316", "Series - tier A", "600 pcs", "24,90", "8 weeks from your release"],
            ["30", "KM-CL250-316", "Series - tier B", "1.200 pcs", "22,40", "8-10 weeks from your release"],
            ["40", "KM-CL250-316", "Series - tier C", "2.400 pcs", "21,10", "12 weeks from your release"],
            ["50", "ATT-PL-01", "Polishing fixture (one-time)", "1", "650,00", "with samples"],
        ]),
        ("sp",),
        ("p", "Notes: prices ex works La Spezia (EXW, Incoterms 2020), packing in wooden crates included. "
              "Fixing bolts M10x1.5 A4-70 not included. Salt spray test ISO 9227 NSS 1000 h on request, "
              "EUR 380,00 each test. Material certificate EN 10204 3.1 included."),
        ("p", "The series tiers are given for your price evaluation. The series quantity becomes binding "
              "only with your purchase order and your written production release after the sample "
              "sign-off. This offer is not an order confirmation."),
        ("p", "Validity: 90 days. Payment: 30 days end of month."),
        ("p", "Distinti saluti / Best regards - Marco Bertolini, Ufficio Commerciale - +39 0187 555 210"),
    ], title="Offerta Q-INL-24-0412", author="Inox Nautica Ligure")),
])

# ---- c02: buyer RFQ, multipart/alternative. A request, no authorization.
_t = """Hello Kevin,

We ask your offer for a new flush deck hatch, our drawing KM-D-2208 rev B (it is in our supplier
portal, same login as before).

Please quote:
- six (6) samples, cast aluminium, anodised, with seal and 2 pcs gas struts
- series price for 600 pcs and for 1 200 pcs per year. These volumes are estimate only, for the
  price level, no commitment from Kallio
- tooling separately
- lead time for samples and for series

Hatch must pass EN ISO 12216, design category A. Test report needed together with samples.

This is request for quotation only, not an order. Please send your offer latest 3.5.2024.

Br,
Jukka Heinonen
Purchasing
Kallio Marine Oy
Satamakatu 12, 21100 Naantali, Finland
+358 40 555 0172
"""
case("c02", [], "Buyer RFQ with six samples and estimate-only series volumes; explicitly not an order.", [
    ("RFQ_KM-24-044.eml", eml_bytes(mail(
        JUKKA, KEVIN, "RFQ KM-24-044 flush deck hatch 400x400", dt(2024, 4, 18, 10, 5, 3), _t,
        html=to_html(_t)))),
])

# ---- c03: WhatsApp, supplier question and a complete buyer answer.
case("c03", [], "Supplier asks if 180 are released; buyer: four samples only, 180 on hold until sign-off and Timo Virtanen's written release, sample material only.", [
    ("WhatsApp_Chat_Hauraki.txt", """14/05/2024, 08:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/05/2024, 08:12 - Hamish Ritchie: Morning Jukka, Hamish from Hauraki Deck Gear here. Got PO 4500-2231 thru, cheers 👍
14/05/2024, 08:14 - Hamish Ritchie: Quick one - do we have the go-ahead for the 180 anchor rollers or just the 4 samples for now? Foundry is asking if they should pour the lot in one go, bit cheaper that way
14/05/2024, 08:40 - Jukka Heinonen: Hi Hamish. Only the four (4) samples KM-AR-38 now.
14/05/2024, 08:41 - Jukka Heinonen: The 180 production pcs are not released. They stay on hold until Riikka Laine has signed off the samples and Timo Virtanen (our production director) sends you the written release. Only Timo can release them.
14/05/2024, 08:42 - Jukka Heinonen: So foundry pours only for the 4 samples please, no material for the 180 yet.
14/05/2024, 08:55 - Hamish Ritchie: Sweet as, understood. 4 samples only, 180 on hold till Timo's written release. I'll tell the foundry 👍
14/05/2024, 08:56 - Jukka Heinonen: 👍 Kiitos
"""),
])

# ---- c04: ERP forecast, clearly labelled.
case("c04", [], "Pronto supplier forecast, labelled forecast only with no production or material authority.", [
    ("Pronto_supplier_schedule_NHMH01.txt", """DERWENT WORKBOATS PTY LTD                         PRONTO Xi  -  SUPPLIER FORECAST
ABN 51 622 000 118                                Printed 03/06/2024 14:22   Page 1 of 1
7 Wharf Road, Cambridge TAS 7170                  User: SWHITLOCK

Supplier : NHMH01   NINGBO HAITONG MARINE HARDWARE CO., LTD.
Item     : DW-FL-150   FAIRLEAD CLOSED 150MM HDG     Drg DW-1150 Rev 4
UOM      : EA          Std pack 20                   Lead time 63 days

   *** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER ***
   *** NO PRODUCTION OR MATERIAL AUTHORITY IS GIVEN BY THIS DOCUMENT ***

Period     Hull programme                 Fcst qty   Status
--------   ----------------------------   --------   ---------
Q3-2024    DW-12 pilot boats x4                 48   FORECAST
Q4-2024    DW-12 x8                             96   FORECAST
Q1-2025    DW-12 x8, DW-15 x4                  168   FORECAST
Q2-2025    DW-12 x10, DW-15 x6                 288   FORECAST
--------                                      --------
Total next 12 months                           600   FORECAST

Remarks:
Forecast is for your capacity planning only and changes with our hull sales.
Purchase orders and production releases are sent separately, in writing.
Questions to Shane Whitlock, Purchasing, +61 3 6200 1188.
"""),
])

# ---- c05: sample sign-off for fit check only (DOCX).
case("c05", [], "Sample sign-off 'approved for fit check only; production not released', 3 samples, 160 on hold until report and written release by Hélène Daviau.", [
    ("PV_echantillons_CNA-HT-500.docx", docx_bytes([
        ("h1", "Procès-verbal échantillons / Sample sign-off record  PV-24-041"),
        ("p", "Chantier Naval Audierne SAS - Bureau d'études"),
        ("table", [
            ["Field", "Value"],
            ["Part", "CNA-HT-500 flush deck hatch 500x500, drawing CNA-D-500 ind. D"],
            ["Supplier", "Jadran Okov d.o.o., Split"],
            ["PO", "CNA-24-0318 (samples)"],
            ["Samples received", "3 pcs on 03/06/2024"],
            ["Checks", "fit on A42 hull n°7 deck mould; hinge torque; M8x1.25 inserts; hose test EN ISO 12216 pending"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "The three (3) sample hatches fit the deck cut-out of the A42 and the hinge side clears the "
              "genoa track. The hose test per EN ISO 12216 is not done yet (test report JO-TR-0412 expected "
              "wk 25)."),
        ("h", "Scope after this record"),
        ("li", "Quantity authorized now: the three (3) sample hatches of PO CNA-24-0318, already delivered. Nothing more."),
        ("li", "Production quantity 160 hatches: not released, stays on hold."),
        ("li", "Unlock: written production release, only after test report JO-TR-0412 is accepted by the bureau d'études."),
        ("li", "Who releases: Hélène Daviau, Directrice industrielle, in writing. Nobody else."),
        ("li", "Material authority: sample-only. Jadran Okov shall not buy aluminium plate for the series."),
        ("sp",),
        ("p", "Julien Le Gall, ingénieur bureau d'études - 05/06/2024"),
    ], author="Julien Le Gall")),
])

# ---- c06: full-quantity PO with 'proceed with the full 48'.
case("c06", [], "Full and final quantity PO for 48 catalogue stanchions and bases; no balance exists; 'proceed' is scoped to the 48.", [
    ("PO_KYM-24-164.pdf", pdf([
        ("h1", "KYMA YACHTING CHARTER S.A."),
        ("p", KYMA + " - VAT EL 099874321 - tel +30 22920 55 010"),
        ("h", "PURCHASE ORDER KYM-24-164"),
        ("p", "Date: 22/10/2024.  Supplier: Jadran Okov d.o.o., Split (supplier no. 30412).  "
              "Contact: Eleni Stavrou, Purchasing."),
        ("table", [
            ["Line", "Code", "Description", "Qty", "Unit price EUR", "Value EUR"],
            ["10", "JO-ST-760", "Stanchion 760 mm, tube 25x1,5 AISI 316, catalogue item", "48 pcs", "41,50", "1.992,00"],
            ["20", "JO-SB-25", "Stanchion base 25 mm, 7 deg, catalogue item", "48 pcs", "18,20", "873,60"],
            ["", "", "", "", "Total", "2.865,60"],
        ]),
        ("sp",),
        ("p", "Replacement parts for the Bavaria 46 fleet after season 2024. Catalogue items, no samples needed."),
        ("p", "Full and final quantity: forty-eight (48) stanchions and forty-eight (48) bases. This PO has no "
              "balance and no further lots. Please proceed with the full 48 + 48 pcs."),
        ("p", "Delivery: DAP Lavrio marina, before 15/02/2025. Packing: each stanchion in bubble foil, "
              "bases in cartons of 12."),
        ("p", "Payment: 60 days from invoice. Please send order confirmation to purchasing@kyma-charter.gr."),
        ("p", "Eleni Stavrou - Purchasing Department"),
    ], title="PO KYM-24-164", author="Kyma Yachting Charter")),
])

# ---- c07: X12 830 with fabrication 100 and explicit staged material authority 300.
case("c07", [], "X12 830 call-off: 100 released, explicit material authority staged to 300, 500 on hold until next call-off by Mick O'Donnell after inspection.", [
    ("edi830_DW-REL-0007.txt", """ISA*00*          *00*          *ZZ*DERWENTWB      *ZZ*NBHAITONG      *240715*0930*U*00401*000000208*0*P*>~
GS*PS*DERWENTWB*NBHAITONG*20240715*0930*208*X*004010~
ST*830*0001~
BFR*05*DW-REL-0007*DW-P-24117*DL*A*20240715*20250630*20240715~
N1*BY*DERWENT WORKBOATS PTY LTD*92*DWB~
N1*SU*NINGBO HAITONG MARINE HARDWARE CO LTD*92*NHMH01~
LIN**BP*DW-FL-150*EC*4~
UIT*EA~
ATH*FI*20240715*100**20240715~
ATH*MT*20240715*300**20240715~
FST*100*C*D*20240830~
FST*200*D*D*20241031~
FST*300*D*D*20250228~
CTT*1*600~
SE*14*0001~
GE*1*208~
IEA*1*000000208~

---------------------------------------------------------------------------
PRONTO EDI GATEWAY - HUMAN READABLE COPY            15/07/2024 09:30
Release DW-REL-0007 against PO DW-P-24117     Item DW-FL-150 Drg DW-1150 Rev 4
---------------------------------------------------------------------------
Samples: 10 pcs signed off 02/07/2024 by B. Harding (sample sign-off).

Released for production now (ATH FI, cumulative) ......  100 EA   firm, ship by 30/08/2024
Material authority, staged (ATH MT) ...................  300 EA   raw castings + zinc only,
    at Derwent's liability up to 300 units. This is material authority,
    NOT production authority beyond the 100 above.
Planning lines (FST type D) ...........................  200 EA   Oct 2024  - planning only
                                                         300 EA   Feb 2025  - planning only
Balance on hold .......................................  500 EA   NOT RELEASED

Unlock for the balance: next call-off, only after the first 100 pass incoming
inspection at Cambridge. Call-offs are signed by Mick O'Donnell, Operations Manager.
Questions: Shane Whitlock, Purchasing.
"""),
])

# ---- c08: signed auto-conversion record (DOCX).
case("c08", [], "Explicit signed auto-conversion record naming 600 of 1.200, the signer, the condition; the other 600 on hold for Timo Virtanen's written release.", [
    ("agreement_KM-CL250-316.docx", docx_bytes([
        ("h1", "Auto-conversion agreement - mooring cleat KM-CL250-316"),
        ("p", "Buyer: Kallio Marine Oy, Naantali.  Supplier: Inox Nautica Ligure S.r.l., La Spezia."),
        ("p", "Order: KM-CL250-316, DRG 4410 Rev C, quote Q-INL-24-0412. PO 4500-2241: line 10 twelve (12) "
              "sample pcs; line 20 1.200 production pcs as commercial cover."),
        ("h", "1. Active quantity today"),
        ("p", "Twelve (12) sample cleats only. Material authority today: sample-only."),
        ("h", "2. Auto-conversion (recorded before the sample sign-off)"),
        ("p", "If the sample sign-off of the 12 samples is recorded by Riikka Laine with the disposition "
              "'approved' (not 'interim', not 'rejected'), this sign-off releases 600 pcs of the 1.200 "
              "production pcs automatically, without a separate release letter. Kallio sends the "
              "sign-off record to Inox Nautica the same day."),
        ("p", "From that sign-off, material authority is staged up to 600 pcs."),
        ("h", "3. Balance"),
        ("p", "The other 600 pcs stay on hold. They are released only by a separate written release signed "
              "by Timo Virtanen, after the first 600 pcs pass incoming inspection in Naantali. No "
              "auto-conversion applies to them."),
        ("h", "Signatures"),
        ("table", [
            ["Name", "Role", "Date"],
            ["Timo Virtanen", "Production Director, Kallio Marine Oy - release authority (limit EUR 40 000)", "06.05.2024"],
            ["Marco Bertolini", "Ufficio Commerciale, Inox Nautica Ligure S.r.l.", "07.05.2024"],
        ]),
    ], author="Timo Virtanen")),
])

# ---- c09: old quote forwarded as message/rfc822, declared informational (RFQ).
_old = mail(KEVIN, CLAIRE, "Quotation Q-FMC-22-118 stanchion base 7 deg", dt(2022, 9, 14, 16, 20, 8),
            """Dear Ms. Moreau,

Thanks for your kindly inquiry. Please find our quotation for stanchion base 7 deg, CF8M investment
casting, electropolished, your drawing CNA-D-107 ind. B:

- samples 20 pcs: USD 18.50/pc
- 2,400 pcs: USD 7.40/pc
- 5,000 pcs: USD 6.85/pc
- wax injection die: USD 2,850.00 one time

Lead time: samples 25 days, series 45 days. Price valid 60 days.

Best regards,
Kevin Lin
Sales Manager
Formosa Marine Castings Co., Ltd.
+886 7 555 0321
""")
_t = """Bonjour Kevin,

Please find in attachment your old quotation from September 2022 for the stanchion base 7°
(tiers 2,400 and 5,000 pcs).

It is forwarded for information only, as price reference. Nothing in this old quote is ordered or
released. We need the same structure updated for 2025: 20 samples, 2 400 pcs and 5 000 pcs, plus
the die if it must be redone for drawing ind. C.

This is a request for quotation only. Thank you to answer before 30/04.

Cordialement,
Claire Moreau
Acheteuse / Buyer
Chantier Naval Audierne SAS
+33 5 46 00 12 34
"""
case("c09", [], "Old 2022 quote with 5,000 tier forwarded as rfc822 'for information only', new RFQ; no authorization.", [
    ("TR_Quotation_Q-FMC-22-118.eml", eml_bytes(mail(
        CLAIRE, KEVIN, "TR: Quotation Q-FMC-22-118 stanchion base 7 deg", dt(2024, 4, 16, 11, 2, 2), _t,
        attachments=[("rfc822", _old)]))),
])

# ---- c10: buyer corrects a quoted supplier line that assumes auto-conversion.
_lily = """Dear Eleni,

Hope you are doing well. Samples 10pcs cleat 200mm finish, will ship by DHL tomorrow, AWB will
send you.
Once you approve samples we will start mass production 1 500pcs directly so we can catch your
season. Please confirm.

Best regards
Lily Zhou
Sales Dept.
Ningbo Haitong Marine Hardware Co., Ltd.
"""
_t = """Dear Lily,

No, this is not correct, please read carefully. The approval of the samples does not start any
production.

Our PO KYM-24-207 is for ten (10) sample cleats only. The production quantity of 1 500 pcs is NOT
released. It will be released only with a separate written release signed by Mr Giorgos Antoniou,
Fleet Director, after our sample sign-off. Until then please do not buy material beyond the 10
samples.

Please send the AWB when you have it.

Kind regards,
Eleni Stavrou
""" + sig("Eleni Stavrou", "Purchasing", "Kyma Yachting Charter S.A., Lavrio", "+30 22920 55 012") + """
On Tue, 4 Jun 2024 at 10:41, Lily Zhou <lily.zhou@nb-haitong.cn> wrote:
""" + q(_lily) + "\n"
case("c10", [], "Buyer reply corrects quoted 'once you approve samples we start 1 500': 10 samples only, 1 500 not released until written release by Giorgos Antoniou after sign-off.", [
    ("RE_samples_cleat_200mm.eml", eml_bytes(mail(
        ELENI, LILY, "RE: samples cleat 200mm", dt(2024, 6, 4, 12, 15, 3), _t,
        in_reply_to="<h208-ning-0604@nb-haitong.cn>"))),
])

# ---- c11: WeChat, deposit explicitly NOT a release.
case("c11", [], "WeChat: supplier says deposit does not release production; buyer confirms 10 samples, 600 on hold until sign-off and Mick O'Donnell's written release.", [
    ("WeChat_Lily_Zhou.txt", """WeChat chat history with Lily Zhou 宁波海通 (exported 2024-06-05)
============================================================

2024-06-03 10:14:22 Lily Zhou
Hi Shane, deposit 30% USD 1,860.00 received today, thank you 🙏

2024-06-03 10:15:40 Lily Zhou
Kindly note: deposit is for tooling and 10pcs samples only, it does not release production. We only make 10pcs samples now and wait your written release for the 600pcs.

2024-06-03 10:52:07 Shane Whitlock
Spot on Lily, thanks. Ten (10) samples only.

2024-06-03 10:53:31 Shane Whitlock
The 600 production are on hold until Bec Harding signs off the samples and Mick O'Donnell sends the written release. No steel for the 600 yet pls.

2024-06-03 11:20:48 Lily Zhou
Noted with thanks. Only sample material in our store. Samples will ready around 24 June 😊

2024-06-03 11:21:02 Shane Whitlock
[Thumbs Up]
"""),
])

# ---- c12: supplier order confirmation restating the hold (PDF).
case("c12", [], "Supplier acknowledgement restating 8 samples only, 320 not released, sample-only material, release by Giorgos Antoniou after sign-off.", [
    ("potvrda_JO-OC-24-0177.pdf", pdf([
        ("h1", "JADRAN OKOV d.o.o."),
        ("p", JADRAN + " - OIB 55512345678 - ISO 9001:2015"),
        ("h", "POTVRDA NARUDŽBE / ORDER CONFIRMATION  JO-OC-24-0177"),
        ("p", "Customer: Kyma Yachting Charter S.A., Lavrio.  Your PO: KYM-24-118 of 12.04.2024.  Date: 15.04.2024."),
        ("table", [
            ["Pos.", "Code", "Description", "Qty", "Price EUR", "Amount EUR"],
            ["1", "KYM-ST-610", "Stanchion 610 mm, tube 25x1,5 AISI 316 - SAMPLE", "8 kom", "44,00", "352,00"],
            ["2", "-", "Bending tool for 610 mm (one time)", "1", "980,00", "980,00"],
            ["", "", "", "", "Total", "1.332,00"],
        ]),
        ("sp",),
        ("p", "We are confirming the scope as it is written in your PO: eight (8) sample stanchions only. "
              "The production quantity 320 kom is not released and we will not start it. We will not buy "
              "tube 25x1,5 AISI 316 for the production - material only for the samples."),
        ("p", "Production can start only after your sample sign-off and the written release from "
              "Mr. Giorgos Antoniou, Fleet Director, as your PO says."),
        ("p", "Delivery of samples: week 19, DAP Lavrio."),
        ("p", "Lijep pozdrav / Best regards - Ivana Babić, komercijala / commercial dept."),
    ], title="Order confirmation JO-OC-24-0177", author="Jadran Okov")),
])

# ---- c13: interim sign-off with quantity and date limits, named release.
case("c13", [], "Interim sign-off: 10 drums released by Mick O'Donnell, valid to 30/09/2024, 30 on hold until full sign-off and written release; material for 10 only.", [
    ("ISS-24-006_WD-200.docx", docx_bytes([
        ("h1", "Interim Sample Sign-off  ISS-24-006"),
        ("p", "Derwent Workboats Pty Ltd - Engineering"),
        ("table", [
            ["Item", "DW-WD-200 capstan winch drum 200 mm, bronze CuSn12, Drg DW-2200 Rev 2"],
            ["Supplier", "Hauraki Deck Gear Ltd, Auckland"],
            ["PO", "DW-P-24131 (2 samples) + DW-P-24166 (40 production drums, commercial cover)"],
            ["Samples", "2 pcs received 28/06/2024"],
            ["Finding", "porosity at the flange root, dye penetrant per ISO 3452-1 shows 2 indications < 1 mm"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("p", "Sample sign-off is interim, not full. Limits of the interim:"),
        ("li", "Quantity: up to ten (10) production drums."),
        ("li", "Expiry: 30/09/2024, or earlier if a full sign-off is recorded."),
        ("li", "Each drum dye-penetrant tested, report with the shipment."),
        ("h", "Production release under this interim"),
        ("p", "Production release for ten (10) drums: Mick O'Donnell, Operations Manager (release authority), signed 05/07/2024."),
        ("p", "The remaining 30 drums stay on hold. They need a full sample sign-off (after the new casting "
              "method, re-test of 2 drums) and then a written release from Mick O'Donnell."),
        ("p", "Material authority: bronze for the 10 drums only."),
        ("sp",),
        ("p", "Bec Harding, Design Engineer - 05/07/2024"),
    ], author="Bec Harding")),
])

# ---- c14: Finnish ERP full-quantity PO with three schedule lines.
case("c14", [], "ERP PO for 240 fairleads in three schedule lines of 80, stated as the full order with no balance; 'proceed' scoped to 240.", [
    ("ostotilaus_4500-2290.txt", """KALLIO MARINE OY                                          OSTOTILAUS / PURCHASE ORDER
Satamakatu 12, 21100 Naantali                             Nro / No   4500-2290
Y-tunnus 2345678-9                                        Pvm / Date 12.06.2024
                                                          Sivu / Page 1/1
Toimittaja / Supplier:
  Jadran Okov d.o.o.
  Put Supavla 21, 21000 Split, Croatia          Toimittajanro 70118

Ostaja / Buyer: Jukka Heinonen, +358 40 555 0172

Rivi Nimike        Nimitys / Description              Määrä  Yks  A-hinta EUR   Yhteensä EUR
---- ------------- ---------------------------------- ------ ---- ----------- -------------
  1  KM-FL-120     Fairlead 120 mm AISI 316 (1.4401)    240  kpl       17,80      4.272,00
                   acc. drawing KM-D-1120 rev 3, EN 10088-3

Toimitusaikataulu / Delivery schedule (rivi 1):
  vko 36 / wk 36     80 kpl
  vko 40 / wk 40     80 kpl
  vko 44 / wk 44     80 kpl
                    ---
                    240 kpl

Lisätiedot / Notes:
  Total quantity 240 pcs = the full order. No samples (repeat part, same as 2023) and no
  further balance. Proceed with the full 240 pcs according to the schedule above.
  Toimitusehto DAP Naantali (Incoterms 2020). Maksuehto 45 pv netto.
  Tilausvahvistus pyydetään / please send order confirmation within 3 days.

Yhteensä / Total EUR                                                             4.272,00
"""),
])

# ---- c15: buyer portal PO, full quantity, identifiers that look like quantities.
case("c15", [], "Portal PO for 36 catalogue cleats, full quantity; DRG 2000 Rev 12, ISO 9227 1000 h, M10x1.5 etc. are identifiers, not quantities.", [
    ("portal_PO_KYM-24-233.html", html_page("Kyma Supplier Portal - PO KYM-24-233", """
<h2>Kyma Yachting Charter S.A. &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Inox Nautica Ligure S.r.l.</b> (supplier 30977) &middot; <a href="#">Log out</a></p>
<h3>Purchase order KYM-24-233</h3>
<table>
<tr><th>Status</th><td>Issued 02/09/2024</td></tr>
<tr><th>Buyer</th><td>Eleni Stavrou, Purchasing</td></tr>
<tr><th>Order type</th><td>Catalogue item &ndash; full quantity (no samples, no balance)</td></tr>
<tr><th>Delivery</th><td>DAP Lavrio, by 31/01/2025</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price EUR</th><th>Value EUR</th></tr>
<tr><td>10</td><td>INL-CL-200/36</td><td>Cleat 200 mm AISI 316L (EN 10088-3 1.4404), DRG 2000 Rev 12, bolts M10x1.5 A4-70</td><td>36</td><td>27,90</td><td>1.004,40</td></tr>
</table>
<h3>Requirements</h3>
<ul>
<li>Quality system ISO 9001:2015, certificate copy on file.</li>
<li>Salt spray ISO 9227 NSS 1000 h &ndash; existing report TR-2023-1000 is accepted, no new test.</li>
<li>Marking: &laquo;KYMA 2024&raquo; laser, 3 mm letters, position per DRG 2000 Rev 12 detail B.</li>
<li>Packing: a dozen per carton, 3 cartons.</li>
</ul>
<div class="note">This PO is for the full quantity of 36 pcs. Proceed with the full 36 pcs. There is no balance after this order.</div>
<p style="color:#777">Kyma Supplier Portal v3.2 &middot; &copy; 2024 Kyma Yachting Charter S.A.</p>
""")),
])

# ---- c16: supplier status report restating hold and sample-only material (PDF).
case("c16", [], "Supplier weekly status: 20 samples shipped, material sample-only, 2 400 not released pending sign-off and Hélène Daviau's written release.", [
    ("FMC_status_WK27.pdf", pdf([
        ("h1", "Formosa Marine Castings Co., Ltd."),
        ("p", FORMOSA),
        ("h", "Weekly Status Report - WK27/2024 - Customer: Chantier Naval Audierne"),
        ("table", [
            ["Item", "Customer PO", "Qty", "Done", "Status"],
            ["CNA-SB-07 stanchion base 7 deg - samples", "CNA-24-0290", "20", "20", "shipped 05/07 DHL AWB 4421 0938 17"],
            ["CNA-SB-07 - series", "-", "2 400", "0", "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", "Material: CF8M investment castings bought for 20 pcs only (sample-only material authority as "
              "your PO). No material bought for the series."),
        ("p", "Next step: we wait your sample sign-off. Series start only after the written production "
              "release from Mme Hélène Daviau. Please kindly advise the result of the salt spray test "
              "(ISO 9227, 480 h) when available."),
        ("p", "Prepared by Amy Chen, PMC - checked by Kevin Lin, Sales Manager"),
    ], title="Weekly status WK27", author="Formosa Marine Castings")),
])

# ---- c17: Teams chat, go-ahead scoped to the 3 samples.
case("c17", [], "Teams: 'go ahead with the 3 sample hatches only', 160 not released until sign-off and Hélène Daviau's written release, no series material.", [
    ("Teams_chat_export.txt", """Microsoft Teams - chat export
Chat: Jadran Okov / CNA hatches (external)
Participants: Julien Le Gall (Chantier Naval Audierne), Tomislav Kovač (Jadran Okov d.o.o.)

[28/05/2024 10:02] Tomislav Kovač
Good morning Julien, the three sample hatches are welded and machined, we are waiting only for the gasket from Italy (Thursday). Can we go on with anodising?

[28/05/2024 10:19] Julien Le Gall
Bonjour Tomislav, yes, go ahead with the 3 sample hatches only, anodising included.

[28/05/2024 10:21] Julien Le Gall
The 160 production hatches are not released. They need our sample sign-off and after that the written release from Hélène Daviau. Please no aluminium plate for the series before that.

[28/05/2024 10:24] Tomislav Kovač
Clear, only 3 pcs. We send them Monday with the hose test report.

[28/05/2024 10:25] Julien Le Gall
Parfait, merci 👍
"""),
])

# ---- c18: sample PO mail with PDF attachment, fully scoped.
_po = pdf([
    ("h1", "KALLIO MARINE OY - PURCHASE ORDER 4500-2231"),
    ("p", KALLIO + " - Y-tunnus 2345678-9"),
    ("p", "Supplier: Hauraki Deck Gear Ltd, Auckland.  Date: 10.05.2024.  Buyer: Jukka Heinonen."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price NZD", "Value NZD"],
        ["10", "KM-AR-38", "Bow anchor roller, sample, drawing KM-D-0381 rev B", "4", "310,00", "1 240,00"],
    ]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "Active quantity: four (4) sample anchor rollers. Make and ship the 4 samples, then wait."),
    ("p", "Quoted production quantity 180 pcs: forecast, not released and not ordered by this PO."),
    ("p", "Balance on hold until the sample sign-off by Riikka Laine and a written production release "
          "signed by Timo Virtanen, Production Director."),
    ("p", "Material authority: sample-only."),
], title="PO 4500-2231", author="Kallio Marine")
_t = """Kia ora Hamish (I learned this from you :) ),

Attached PO 4500-2231 for four (4) sample anchor rollers KM-AR-38.

Please note the scope, it is also in the PO: only the 4 samples now. The 180 pcs in your quote is
our forecast and not released. Balance stays on hold until Riikka has signed off the samples and
Timo Virtanen sends the written production release. Material for samples only.

Br,
Jukka
""" + sig("Jukka Heinonen", "Purchasing", "Kallio Marine Oy, Naantali", "+358 40 555 0172")
case("c18", [], "Sample PO mail + PDF: 4 samples, 180 forecast not released, hold until sign-off and Timo Virtanen's written release, sample-only material.", [
    ("PO_4500-2231_mail.eml", eml_bytes(mail(
        JUKKA, HAMISH, "PO 4500-2231 anchor roller samples", dt(2024, 5, 10, 13, 40, 3), _t,
        html=to_html(_t), attachments=[("PO_4500-2231.pdf", _po, PDF_MT)]))),
])

# ---- c19: two files: ERP PO + supplier proforma that says payment does not release.
case("c19", [], "PO for 6 sample hatches fully scoped + proforma saying payment does not release production; series forecast not invoiced, not released.", [
    ("ostotilaus_4500-2268.txt", """KALLIO MARINE OY                                          OSTOTILAUS / PURCHASE ORDER
Satamakatu 12, 21100 Naantali                             Nro / No   4500-2268
                                                          Pvm / Date 20.05.2024
Toimittaja / Supplier: Formosa Marine Castings Co., Ltd., Kaohsiung, Taiwan  (70244)
Ostaja / Buyer: Jukka Heinonen

Rivi Nimike        Nimitys / Description                      Määrä  Yks  A-hinta USD   Yhteensä USD
---- ------------- ------------------------------------------ ------ ---- ----------- -------------
  1  KM-HT-400     Flush deck hatch 400x400 SAMPLE, KM-D-2208 B     6  kpl      240,00      1.440,00
  2  KM-HT-400-T   Die casting tool for hatch frame                 1  erä    6.800,00      6.800,00

Lisätiedot / Notes:
  Active quantity: six (6) sample hatches + tool.
  Series 1 200 pcs/year in your quote Q-FMC-24-0212 is our forecast only. It is NOT released.
  Balance on hold until sample sign-off (EN ISO 12216 test, Riikka Laine) and a written
  production release signed by Timo Virtanen, Production Director.
  Material authority: sample-only.

Yhteensä / Total USD                                                                     8.240,00
"""),
    ("PI_FMC-PI-24-0533.pdf", pdf([
        ("h1", "PROFORMA INVOICE"),
        ("p", "Formosa Marine Castings Co., Ltd. - " + FORMOSA),
        ("p", "PI No.: FMC-PI-24-0533   Date: May 22, 2024   Buyer: Kallio Marine Oy, Naantali   Your PO: 4500-2268"),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Flush deck hatch 400x400 KM-HT-400, samples", "6", "240.00", "1,440.00"],
            ["2", "Die casting tool, hatch frame KM-HT-400-T", "1 set", "6,800.00", "6,800.00"],
            ["", "", "", "Total", "8,240.00"],
            ["", "50% deposit by T/T", "", "", "4,120.00"],
        ]),
        ("sp",),
        ("p", "Remark: payment of this proforma covers the tool and the 6 samples only. Payment does not "
              "release production. Series 1 200 pcs/year is your forecast - not invoiced, not released. "
              "Series production start only after your written production release."),
        ("p", "Bank: Bank of Kaohsiung, SWIFT BKAOTWTK, A/C 102-33-0458821. Kevin Lin, Sales Manager."),
    ], title="PI FMC-PI-24-0533", author="Formosa Marine Castings")),
])

# ---- c20: minutes keeping the words apart (sample sign-off / PO issued / production release).
case("c20", [], "Minutes keep the words apart: 12 samples, PO issued, 1.200 not released until sign-off and Timo Virtanen's written release; forecast labelled.", [
    ("minutes_2024-05-22.docx", docx_bytes([
        ("h1", "Meeting minutes - Kallio Marine / Inox Nautica Ligure"),
        ("p", "Teams call 22.05.2024, 10:00-10:40 (FI time). Participants: Jukka Heinonen (purchasing), "
              "Riikka Laine (design engineering), Marco Bertolini and Giulia Ferraro (Inox Nautica Ligure). "
              "Minutes: Jukka Heinonen."),
        ("h", "1. Samples"),
        ("p", "The twelve (12) sample cleats KM-CL250-316 arrived 17.05. Dimensions OK. Salt spray ISO 9227 "
              "NSS 1000 h is running at VTT, result wk 23. Sample sign-off by Riikka Laine after the result."),
        ("h", "2. Purchase order"),
        ("p", "PO 4500-2217 was issued 10.04. for the 12 samples only (line 10). It does not cover the series."),
        ("h", "3. Production release"),
        ("p", "The series 1.200 pcs is not released. Balance on hold. Production release comes only in "
              "writing from Timo Virtanen, Production Director, after the sample sign-off."),
        ("h", "4. Material"),
        ("p", "Inox Nautica holds AISI 316 bar for the samples only. No bar purchase for the series before "
              "the production release."),
        ("h", "5. Forecast 2025"),
        ("p", "Kallio forecast 2025 is 1.200 pcs. This is a forecast, not an order and not a release."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Who", "When"],
            ["Send salt spray report", "Riikka Laine", "wk 23"],
            ["Sample sign-off record", "Riikka Laine", "wk 23"],
            ["Capacity check polishing line (no start)", "Giulia Ferraro", "wk 24"],
        ]),
    ], author="Jukka Heinonen")),
])

# ---- c21: portal release notice, 100 released, staged material authority 400.
case("c21", [], "Release notice: 100 of 1 500 released by Giorgos Antoniou, explicit staged material authority to 400, 1 400 on hold until next written release after inspection.", [
    ("release_notice_RN-KYM-24-011.html", html_page("Kyma Supplier Portal - Release notice RN-KYM-24-011", """
<h2>Kyma Yachting Charter S.A. &mdash; Supplier Portal</h2>
<p>Supplier: <b>Ningbo Haitong Marine Hardware Co., Ltd.</b> &middot; Order: cleat 200 mm KYM-CL-200, drawing KYM-D-0200 rev 3</p>
<h3>Production release RN-KYM-24-011</h3>
<table>
<tr><th>Reference</th><td>PO KYM-24-207 (samples) and PO KYM-24-244 (commercial cover 1 500 pcs)</td></tr>
<tr><th>Sample sign-off</th><td>signed off 18/06/2024, N. Papadakis, report KYM-SR-24-019</td></tr>
<tr><th>Released for production now</th><td><b>100 pcs</b></td></tr>
<tr><th>Material authority</th><td>staged: raw material (AISI 316 castings) for up to 400 pcs, at Kyma's liability</td></tr>
<tr><th>Balance on hold</th><td>1 400 pcs &ndash; NOT released</td></tr>
<tr><th>Unlock for the balance</th><td>next written release, after the first 100 pcs are inspected in Lavrio</td></tr>
<tr><th>Released by</th><td>Giorgos Antoniou, Fleet Director (release authority)</td></tr>
<tr><th>Date</th><td>20/06/2024</td></tr>
</table>
<div class="note">Build 100 pcs now. You may buy material for up to 400 pcs. Do not produce more than 100 pcs until the next written release from Giorgos Antoniou.</div>
<p style="color:#777">Kyma Supplier Portal v3.2</p>
""")),
])

# ---- c22: buyer portal, full quantity, 'Proceed with the full 6'.
case("c22", [], "Portal PO for 6 heavy bow rollers, full quantity, no samples or balance; 'proceed' scoped to 6.", [
    ("DW_portal_PO_DW-P-24188.html", html_page("Derwent Workboats Supplier Portal - PO DW-P-24188", """
<h2>Derwent Workboats &mdash; Supplier Portal</h2>
<p>Supplier: Hauraki Deck Gear Ltd (HAUR01) &middot; Buyer: Shane Whitlock</p>
<h3>PO DW-P-24188 &mdash; Issued 09/08/2024</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit NZD</th><th>Ext NZD</th></tr>
<tr><td>1</td><td>DW-AR-90</td><td>Heavy bow roller 90 mm sheave, galv., Drg DW-0900 Rev 6 (your std HDG-BR-90)</td><td>6</td><td>1,240.00</td><td>7,440.00</td></tr>
</table>
<p class="note">Full quantity order. Standard item already supplied in 2023, so no samples and no balance. Proceed with the full 6 rollers. Ship as one lot to Cambridge TAS.</p>
<p>Delivery: by 20/09/2024 &middot; Incoterms FCA Auckland &middot; Terms 30 days EOM</p>
<p style="color:#777">Questions: purchasing@derwentworkboats.com.au &middot; +61 3 6200 1188</p>
""")),
])

# ---- c23: supplier quote reply with tiers, quoted RFQ.
_rfq = """Hi Lily,

Can you pls quote closed fairlead 150mm HDG, our drg DW-1150 Rev 4:
- 10 samples
- price for about 600 pcs a year (estimate only, not committed)
- tooling

Cheers,
Shane Whitlock
Purchasing, Derwent Workboats
"""
_t = """Dear Shane,

Good day! Thanks for your inquiry. Pls find our best price for closed fairlead 150mm HDG as below:

Sample 10pcs: USD 38.00/pc
MOQ 500pcs: USD 11.20/pc
1000pcs: USD 10.40/pc
3000pcs: USD 9.60/pc
Tooling (mould + core box): USD 1,450.00

Material ZG230-450 cast steel, hot dip galvanized per ISO 1461, min 70 um.
Lead time: samples 20 days after tooling; mass production 35 days after your PO and your written
production release.
Payment: T/T 30% deposit, balance before shipment.
Price valid 30 days. This is quotation only.

Any question pls feel free contact me.

Best regards
Lily Zhou
Sales Dept. | Ningbo Haitong Marine Hardware Co., Ltd.
Tel: +86 574 5555 0188 | WeChat: lilyzhou_nbht

-----Original Message-----
From: Shane Whitlock <shane.whitlock@derwentworkboats.com.au>
Sent: Monday, 6 May 2024 3:12 PM
To: Lily Zhou <lily.zhou@nb-haitong.cn>
Subject: RFQ fairlead 150 closed

""" + q(_rfq) + "\n"
case("c23", [], "Supplier quote reply with 10 samples and 500/1000/3000 tiers under a quoted RFQ ('estimate only, not committed'); no authorization.", [
    ("RE_RFQ_fairlead_150_closed.eml", eml_bytes(mail(
        LILY, SHANE, "RE: RFQ fairlead 150 closed", dt(2024, 5, 7, 9, 30, 8), _t,
        in_reply_to="<h208-dw-0506@derwentworkboats.com.au>"))),
])

# ---- c24: forecast build plan, clearly labelled non-binding (PDF).
case("c24", [], "Build plan / forecast 2025 labelled non-binding, not an order, no production or material authority.", [
    ("plan_de_charge_2025.pdf", pdf([
        ("h1", "Plan de charge prévisionnel 2025"),
        ("p", "Chantier Naval Audierne SAS - Achats. Émis le 02/07/2024 par Claire Moreau. Destinataire: Formosa Marine Castings."),
        ("p", "PRÉVISIONNEL / FORECAST - non contractuel, non-binding. Ce document n'est pas une commande. "
              "This document is not an order and gives no production or material authority."),
        ("table", [
            ["Modèle", "Coques 2025 (prév.)", "Embases / coque", "Embases CNA-SB-07 (prév.)"],
            ["Audierne 38", "32", "24", "768"],
            ["Audierne 42", "28", "28", "784"],
            ["Audierne 46", "24", "32", "768"],
            ["Total", "84", "-", "2 320"],
        ]),
        ("sp",),
        ("p", "Ces chiffres changent avec les ventes du salon de La Rochelle (Grand Pavois) et de Düsseldorf. "
              "The purchase orders and the written production releases are sent separately, by the purchasing "
              "department and by the Direction industrielle."),
        ("p", "Contact: Claire Moreau, acheteuse, +33 5 46 00 12 34"),
    ], title="Plan de charge 2025", author="Chantier Naval Audierne")),
])

# ---- c25: supplier asks for go-ahead for the balance under a complete quoted scope.
_po_mail = """Dear Marco,

Our PO 4500-2217 is attached. It is for twelve (12) sample cleats KM-CL250-316 only.

The series 1.200 pcs in your quote is not released. Balance on hold until the sample sign-off by
Riikka Laine and a written production release signed by Timo Virtanen, Production Director.
Material authority: sample-only.

Br,
Jukka Heinonen
Purchasing, Kallio Marine Oy
"""
_t = """Dear Jukka,

the 12 samples left today with Bartolini courier, tracking 0571 2240 1200.

Can we have the go-ahead for the balance of 1.200 pcs? We would like to book our polishing line for
week 30, it is getting full before August holidays. Please let us know.

Thank you in advance and best regards,
Marco Bertolini
Ufficio Commerciale
Inox Nautica Ligure S.r.l. - La Spezia
Tel. +39 0187 555 210

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. / This
message and its attachments are for the named addressees only.

Il giorno 10/04/2024 11:05, Jukka Heinonen <jukka.heinonen@kallio-marine.fi> ha scritto:
""" + q(_po_mail) + "\n"
case("c25", [], "Supplier question 'can we have the go-ahead for the balance of 1.200?' under a quoted complete buyer scope; a question is not an approval.", [
    ("Re_PO_4500-2217.eml", eml_bytes(mail(
        MARCO, JUKKA, "Re: PO 4500-2217 cleat samples", dt(2024, 5, 14, 16, 48, 2), _t,
        in_reply_to="<h208-km-0410@kallio-marine.fi>"))),
])


# =================================================================== POSITIVE
# ---- p01: sample PO with an unmarked series line.
case("p01", ["RG001", "RG003", "RG004", "RG005"], "Sample PO shows a 1.200 series line beside the 12 samples with nothing saying it is not released; no hold, no event, no release person.", [
    ("PO_4500-2217.pdf", pdf([
        ("h1", "KALLIO MARINE OY"),
        ("p", KALLIO + " - Y-tunnus 2345678-9 - puh. +358 2 555 0140"),
        ("h", "OSTOTILAUS / PURCHASE ORDER 4500-2217 - SAMPLE ORDER"),
        ("p", "Supplier: Inox Nautica Ligure S.r.l., La Spezia (70231).  Date: 10.04.2024.  "
              "Your offer: Q-INL-24-0412.  Buyer: Jukka Heinonen."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
            ["10", "KM-CL250-316", "Sample lot, mooring cleat 250 mm AISI 316, DRG 4410 Rev C", "12", "pcs", "48,00", "576,00"],
            ["20", "KM-CL250-316", "Series, mooring cleat 250 mm AISI 316, DRG 4410 Rev C", "1.200", "pcs", "22,40", ""],
            ["", "", "", "", "", "Order total", "576,00"],
        ]),
        ("sp",),
        ("p", "Samples with material certificate EN 10204 3.1 and salt spray report ISO 9227. Samples "
              "delivery wk 20, DAP Naantali. Series delivery according to separate schedule."),
        ("p", "Please confirm this order within 3 days to jukka.heinonen@kallio-marine.fi."),
        ("p", "Payment 45 days net. Our general purchase conditions KM-GPC 2021 apply."),
    ], title="PO 4500-2217", author="Kallio Marine")),
])

# ---- p02: cover mail 20 samples vs attached PO 24; 'on hold until further notice'.
_po = pdf([
    ("h1", "CHANTIER NAVAL AUDIERNE SAS"),
    ("p", AUDIERNE),
    ("h", "BON DE COMMANDE / PURCHASE ORDER  CNA-24-0290"),
    ("p", "Fournisseur: Formosa Marine Castings Co., Ltd. (FMC001).  Date: 29/04/2024.  Acheteuse: Claire Moreau."),
    ("table", [
        ["Ligne", "Article", "Désignation", "Qté", "PU USD", "Montant USD"],
        ["1", "CNA-SB-07", "Embase de chandelier 7° CF8M - échantillons / samples", "24", "18,50", "444,00"],
        ["2", "CNA-SB-07-T", "Moule cire / wax injection die", "1", "2 850,00", "2 850,00"],
        ["", "", "", "", "Total", "3 294,00"],
    ]),
    ("sp",),
    ("p", "Série / series: on hold."),
    ("p", "Livraison échantillons: DAP La Rochelle, semaine 24. Conditions: 30 jours fin de mois."),
], title="BC CNA-24-0290", author="Chantier Naval Audierne")
_quote = pdf([
    ("h1", "Formosa Marine Castings Co., Ltd."),
    ("h", "QUOTATION Q-FMC-24-0091"),
    ("p", "To: Chantier Naval Audierne - Ms. Claire Moreau.  Date: Apr 10, 2024.  Item: stanchion base 7 deg CNA-SB-07, CF8M."),
    ("table", [
        ["Item", "Qty", "Unit price USD", "Remark"],
        ["Samples", "20 pcs", "18.50", "25 days after die"],
        ["Series", "1,200 pcs", "7.90", "45 days"],
        ["Series", "2,400 pcs", "7.40", "45 days"],
        ["Series", "5,000 pcs", "6.85", "60 days"],
        ["Wax injection die", "1 set", "2,850.00", "one time"],
    ]),
    ("p", "Price FOB Kaohsiung. Valid 60 days. Kevin Lin, Sales Manager."),
], title="Quotation Q-FMC-24-0091", author="Formosa Marine Castings")
_t = """Bonjour Kevin,

Please find enclosed our PO CNA-24-0290 for twenty (20) sample stanchion bases CNA-SB-07 and the
wax die, and your quotation for reference.

The series of 2 400 pcs stays on hold until further notice.

Thank you to confirm the reception and the delivery date of the samples.

Cordialement,
Claire Moreau
Acheteuse
""" + sig("Claire Moreau", "Acheteuse / Buyer", "Chantier Naval Audierne SAS, La Rochelle", "+33 5 46 00 12 34")
case("p02", ["RG004", "RG005", "RG011"], "Cover mail says 20 samples, attached PO says 24; series 'on hold until further notice' names no event and no release person.", [
    ("BC_CNA-24-0290.eml", eml_bytes(mail(
        CLAIRE, KEVIN, "Commande CNA-24-0290 - embases chandeliers échantillons", dt(2024, 4, 29, 15, 12, 2), _t,
        attachments=[("BC_CNA-24-0290.pdf", _po, PDF_MT), ("Q-FMC-24-0091.pdf", _quote, PDF_MT)]))),
])

# ---- p03: WhatsApp, 'samples look mint, go ahead' after a scoped PO.
case("p03", ["RG002", "RG007"], "Scoped PO earlier in chat, then buyer: 'samples look mint ... go ahead' with no quantity; supplier takes it as start of the run, bypassing the written release.", [
    ("WhatsApp_Chat_Aroha_Ngata.txt", """03/06/2024, 09:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
03/06/2024, 09:02 - Shane Whitlock: G'day Aroha, Shane from Derwent. PO DW-P-24131 just went out by email
03/06/2024, 09:03 - Shane Whitlock: It's for 2 (two) sample drums DW-WD-200 only. The 40 production drums are not released - they wait for Bec's sample sign-off and a written release from Mick O'Donnell. Bronze for the samples only pls
03/06/2024, 09:20 - Aroha Ngata: Kia ora Shane, all good, got it. 2 samples, we'll have them to you in 3 weeks
25/06/2024, 16:47 - Aroha Ngata: Samples landed with you Tuesday I think? How did they go?
26/06/2024, 07:58 - Shane Whitlock: Samples look mint mate, Bec's happy with them. Go ahead 👍
26/06/2024, 08:10 - Aroha Ngata: Sweet as! We'll get the line set up for the run then, should start casting next week 🙂
26/06/2024, 08:11 - Shane Whitlock: 👍
"""),
])

# ---- p04: supplier status with material bought for 600, quoted complete PO scope.
_po_mail = """G'day Lily,

PO DW-P-24117 attached: ten (10) sample fairleads DW-FL-150 only.

The 600 production are NOT released. They are on hold until sample sign-off by Bec Harding and a
written release from Mick O'Donnell, Operations Manager. Material authority: samples only - pls
don't buy steel for the 600.

Cheers,
Shane Whitlock
Purchasing | Derwent Workboats Pty Ltd
"""
_t = """Dear Shane,

Good day. Update for fairlead 150mm:

1. 10pcs samples casting finish, now in hot dip galvanizing, will ship 18 June by DHL.
2. For saving the lead time, we already purchased the steel ZG230-450 for the 600pcs production and
   put in our warehouse, so after your release we can start quickly. Steel price is going up so
   this is good for you also.
3. Please see attached material purchase list.

Best regards
Lily Zhou
Sales Dept. | Ningbo Haitong Marine Hardware Co., Ltd.
Tel: +86 574 5555 0188

-----Original Message-----
From: Shane Whitlock <shane.whitlock@derwentworkboats.com.au>
Sent: Wednesday, 22 May 2024 11:02 AM
To: Lily Zhou <lily.zhou@nb-haitong.cn>
Subject: PO DW-P-24117 fairlead samples

""" + q(_po_mail) + "\n"
_att = """NINGBO HAITONG MARINE HARDWARE CO., LTD.   MATERIAL PURCHASE LIST   2024-06-07
Customer: DERWENT WORKBOATS   Item: DW-FL-150 FAIRLEAD 150MM HDG

No.  Material        Heat no.    Weight    For qty   Supplier              Status
1    ZG230-450       24-0611     3.1 t     610 pcs   Beilun Steel Foundry  IN STOCK
2    Zinc ingot 99.995  -        0.4 t     610 pcs   Ningbo Metals         IN STOCK
Remark: 610 = 600 production + 10 samples
"""
case("p04", ["RG006"], "Supplier reports steel bought for the 600 production while only 10 samples are released; quoted buyer PO gave sample-only material authority.", [
    ("RE_PO_DW-P-24117_update.eml", eml_bytes(mail(
        LILY, SHANE, "RE: PO DW-P-24117 fairlead samples - update", dt(2024, 6, 7, 14, 5, 8), _t,
        in_reply_to="<h208-dw-0522@derwentworkboats.com.au>",
        attachments=[("material_purchase_list.txt", _att, "text/plain")]))),
])

# ---- p05: ERP PO, balance on hold until further notice, release authority named, no event.
case("p05", ["RG004"], "ERP sample PO: 8 samples, 320 not released, on hold 'until further notice'; release authority named but no unlock event.", [
    ("SOFT1_PO_KYM-24-118.txt", """KYMA YACHTING CHARTER S.A.                                    SOFT1 ERP  v6.0
Akti Lavriou 7, 19500 Lavrio, Greece      VAT EL 099874321     Printed 12/04/2024 13:05
PURCHASE ORDER / ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ        No KYM-24-118          Date 12/04/2024
Supplier: 30412  JADRAN OKOV D.O.O., PUT SUPAVLA 21, 21000 SPLIT, CROATIA
Buyer:    E. STAVROU

Line Code          Description                               Qty  UoM   Price EUR   Value EUR
---- ------------- ---------------------------------------- ---- ----- ----------- -----------
  10 KYM-ST-610    STANCHION 610MM D25X1,5 AISI316 SAMPLE      8  PCS        44,00      352,00
  20 JO-BT-610     BENDING TOOL 610MM                          1  PCS       980,00      980,00
                                                                          ---------------------
                                                                    TOTAL EUR         1.332,00
NOTES:
 SAMPLE ORDER 8 PCS FOR FIT ON BAVARIA 46 / JEANNEAU 519 FLEET.
 PRODUCTION QTY 320 PCS: NOT RELEASED.
 BALANCE ON HOLD UNTIL FURTHER NOTICE.
 RELEASE AUTHORITY FOR THE BALANCE: G. ANTONIOU, FLEET DIRECTOR.
 MATERIAL: FOR SAMPLES ONLY.
 DELIVERY DAP LAVRIO WK 19. PAYMENT 60 DAYS.
"""),
])

# ---- p06: minutes using 'approval' for technical, commercial and production.
case("p06", ["RG009"], "Minutes use 'approved/approval' for the sample result, the finance PO approval and the production approval; scope otherwise complete.", [
    ("CR_reunion_2024-06-04.docx", docx_bytes([
        ("h1", "Compte rendu / Minutes - visio Jadran Okov - 04/06/2024"),
        ("p", "Participants: Julien Le Gall (bureau d'études), Claire Moreau (achats) - Chantier Naval Audierne; "
              "Ivana Babić, Tomislav Kovač - Jadran Okov. Rédaction: Claire Moreau."),
        ("h", "1. Échantillons / samples"),
        ("p", "The three (3) sample hatches CNA-HT-500 are approved by the bureau d'études (J. Le Gall): "
              "dimensions, hinge, M8x1.25 inserts OK. Salt spray ISO 9227 (480 h) still running."),
        ("h", "2. Commande série / series PO"),
        ("p", "The series PO CNA-24-0361 for 160 hatches is approved by the Direction financière on 03/06."),
        ("h", "3. Production"),
        ("p", "The production approval for the 160 hatches is still pending. Hélène Daviau gives the "
              "production approval in writing after the salt spray report is received and accepted. "
              "Until then the 160 hatches stay on hold; the only quantity made is the 3 samples."),
        ("h", "4. Matière / material"),
        ("p", "Jadran Okov bought aluminium plate for the 3 samples only."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Qui / who", "Date"],
            ["Send salt spray report ISO 9227", "Tomislav Kovač", "14/06"],
            ["Production approval decision", "Hélène Daviau", "after report"],
        ]),
    ], author="Claire Moreau")),
])

# ---- p07: buyer says deposit paid so supplier can start production.
_ivana = """Dear Mrs Stavrou,

Thank you for your mail. As agreed on the phone, please find the proforma PI-JO-24-072 for the 320
stanchions KYM-ST-610 (EUR 42,75/pc, total EUR 13.680,00) with 30% deposit, so you can plan your
payments.

Lijep pozdrav,
Ivana Babić
Jadran Okov d.o.o. - komercijala
"""
_t = """Dear Ivana,

We paid the deposit yesterday, EUR 4.104,00 (30% of PI-JO-24-072), the bank copy is below. So you
can start now the production of the 320 stanchions, we need them on the boats before Easter.

Bank copy: Piraeus Bank, value date 17/06/2024, beneficiary Jadran Okov d.o.o., IBAN HR12 2340 0091
1100 2233 4, amount EUR 4.104,00, ref PI-JO-24-072.

Kind regards,
Eleni Stavrou
""" + sig("Eleni Stavrou", "Purchasing", "Kyma Yachting Charter S.A., Lavrio", "+30 22920 55 012") + """
From: Ivana Babić <ivana.babic@jadran-okov.hr>
Sent: Friday, June 14, 2024 2:33 PM
To: Eleni Stavrou <e.stavrou@kyma-charter.gr>
Subject: Proforma PI-JO-24-072

""" + q(_ivana) + "\n"
case("p07", ["RG012"], "Buyer: 'We paid the deposit ... So you can start now the production of the 320 stanchions' - payment treated as production authority.", [
    ("RE_Proforma_PI-JO-24-072.eml", eml_bytes(mail(
        ELENI, IVANA, "RE: Proforma PI-JO-24-072", dt(2024, 6, 18, 9, 40, 3), _t,
        in_reply_to="<h208-jo-0614@jadran-okov.hr>"))),
])

# ---- p08: proforma stating mass production starts on deposit.
case("p08", ["RG012"], "Supplier proforma for die + 20 samples says 'mass production will start immediately upon receipt of deposit'.", [
    ("PI_FMC-PI-24-0518.pdf", pdf([
        ("h1", "PROFORMA INVOICE"),
        ("p", "Formosa Marine Castings Co., Ltd. - " + FORMOSA),
        ("p", "PI No.: FMC-PI-24-0518   Date: May 3, 2024   Buyer: Chantier Naval Audierne SAS, La Rochelle   Your PO: CNA-24-0290"),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Wax injection die, stanchion base 7 deg CNA-SB-07-T", "1 set", "2,850.00", "2,850.00"],
            ["2", "Stanchion base 7 deg CNA-SB-07, CF8M, samples", "20 pcs", "18.50", "370.00"],
            ["", "", "", "Total", "3,220.00"],
            ["", "Deposit 50% by T/T", "", "", "1,610.00"],
        ]),
        ("sp",),
        ("p", "Payment terms: 50% deposit by T/T, balance before shipment."),
        ("p", "Mass production will start immediately upon receipt of deposit, to keep your delivery for "
              "the boat show."),
        ("p", "Beneficiary bank: Bank of Kaohsiung, SWIFT BKAOTWTK, A/C 102-33-0458821."),
        ("p", "Thanks for your kindly support. Kevin Lin, Sales Manager."),
    ], title="PI FMC-PI-24-0518", author="Formosa Marine Castings")),
])

# ---- p09: EDIFACT DELFOR, forecast to be treated as firm order.
case("p09", ["RG008"], "DELFOR forecast 2025 (4 x 300 = 1.200) with firm commitment code and 'forecast to be treated as firm order'.", [
    ("DELFOR_KM-DF-2025-01.txt", """UNB+UNOC:3+KALLIOMARINE:ZZ+INOXNAUTICA:ZZ+240620:0815+20817'
UNH+1+DELFOR:D:96A:UN'
BGM+241+KM-DF-2025-01+9'
DTM+137:20240620:102'
FTX+AAI+++ENNUSTE 2025 KASITELLAAN KIINTEANA TILAUKSENA:FORECAST 2025 TO BE TREATED AS FIRM ORDER'
NAD+BY+KALLIO::92++KALLIO MARINE OY+SATAMAKATU 12+NAANTALI++21100+FI'
NAD+SE+INOXNL::92++INOX NAUTICA LIGURE SRL+VIA DEL MOLO 14+LA SPEZIA++19126+IT'
LIN+1++KM-CL250-316:BP'
PIA+1+4410C:DR'
SCC+1'
QTY+113:300:PCE'
DTM+64:20250113:102'
SCC+1'
QTY+113:300:PCE'
DTM+64:20250407:102'
SCC+1'
QTY+113:300:PCE'
DTM+64:20250707:102'
SCC+1'
QTY+113:300:PCE'
DTM+64:20251006:102'
UNT+21+1'
UNZ+1+20817'

==== Lemonsoft EDI - tulkinta / readable copy ====================================
Sanoma / message: DELFOR KM-DF-2025-01      20.06.2024 08:15
Ostaja / buyer:    Kallio Marine Oy, Naantali
Toimittaja:        Inox Nautica Ligure S.r.l., La Spezia
Nimike / item:     KM-CL250-316  mooring cleat 250 mm  (DRG 4410 Rev C)

Teksti: FORECAST 2025 TO BE TREATED AS FIRM ORDER

Jakso / period          Määrä / qty   SCC  Tila / status
vko 03/2025                  300      1    FIRM (commitment)
vko 15/2025                  300      1    FIRM (commitment)
vko 28/2025                  300      1    FIRM (commitment)
vko 41/2025                  300      1    FIRM (commitment)
Yhteensä / total 2025      1.200

Yhteyshenkilö: Jukka Heinonen, +358 40 555 0172
"""),
])

# ---- p10: sample mail without quantity + volume letter calling a forecast committed.
_vol = docx_bytes([
    ("h1", "Volume letter 2025 - anchor roller KM-AR-38"),
    ("p", "Kallio Marine Oy, Naantali - to Hauraki Deck Gear Ltd, Auckland - 15.05.2024"),
    ("p", "Our forecast for 2025 is 180 anchor rollers KM-AR-38 (models Kallio 38 and Kallio 42, about "
          "15 per month from February)."),
    ("p", "This volume is confirmed and committed by Kallio Marine. You can count on it and plan your "
          "capacity for the whole 180 pcs."),
    ("table", [
        ["Quarter 2025", "Q1", "Q2", "Q3", "Q4", "Total"],
        ["KM-AR-38", "30", "60", "60", "30", "180"],
    ]),
    ("p", "Timo Virtanen, Production Director"),
], author="Timo Virtanen")
_t = """Hi Hamish,

Please make the samples of the anchor roller KM-AR-38 as we discussed on the phone yesterday, drawing
KM-D-0381 rev B.

Production quantity is not released before Riikka Laine has signed off the samples and Timo Virtanen
has sent you the written release. Material only for the samples.

Attached our volume letter for 2025, so you can plan.

Br,
Jukka
""" + sig("Jukka Heinonen", "Purchasing", "Kallio Marine Oy, Naantali", "+358 40 555 0172")
case("p10", ["RG008", "RG010"], "Sample request never states how many samples; attached volume letter calls the 180 forecast 'confirmed and committed'.", [
    ("anchor_roller_samples.eml", eml_bytes(mail(
        JUKKA, HAMISH, "Anchor roller KM-AR-38 samples + volume 2025", dt(2024, 5, 15, 8, 55, 3), _t,
        html=to_html(_t), attachments=[("Volume_letter_2025_KM-AR-38.docx", _vol, DOCX_MT)]))),
])

# ---- p11: Teams, supplier rolls into the 2 400 on approval and has bought material for it.
case("p11", ["RG006", "RG007"], "Buyer scope in chat is complete; supplier then says approval rolls straight into the 2 400 and material for 2 400 is already bought; buyer does not correct.", [
    ("Teams_FMC_CNA.txt", """Microsoft Teams - chat export
Chat: Formosa / CNA stanchion bases
Participants: Claire Moreau (Chantier Naval Audierne), Kevin Lin (Formosa Marine Castings)

[30/04/2024 09:12] Claire Moreau
Hello Kevin, PO CNA-24-0290 is for 20 sample bases only. The 2 400 series are not released: they wait for our sample sign-off and the written release of Hélène Daviau. Material for the samples only please.

[30/04/2024 15:40] Kevin Lin
Dear Claire, well received, thank you.

[12/06/2024 08:05] Kevin Lin
Dear Claire, samples 20pcs ready for shipping on Friday.
For your information, once you approve the samples we roll directly into the 2 400 pcs series, so the delivery for your boat show can be kept.

[12/06/2024 08:07] Kevin Lin
CF8M material for 2 400 pcs is already bought and in stock at our foundry partner, no risk for lead time 👍

[12/06/2024 09:31] Claire Moreau
Ok, thanks for the info Kevin, bon week-end
"""),
])

# ---- p12: PO says ten (10) in text and 12 in the table.
case("p12", ["RG011"], "One PO states the sample quantity twice differently: 'ten (10)' in the header, 12 in the line table.", [
    ("PO_KYM-24-207.pdf", pdf([
        ("h1", "KYMA YACHTING CHARTER S.A."),
        ("p", KYMA),
        ("h", "PURCHASE ORDER KYM-24-207 - SAMPLE ORDER: ten (10) cleats 200 mm"),
        ("p", "Supplier: Ningbo Haitong Marine Hardware Co., Ltd. (30518).  Date: 21/05/2024.  Buyer: Eleni Stavrou."),
        ("table", [
            ["Line", "Code", "Description", "Qty", "Unit USD", "Value USD"],
            ["10", "KYM-CL-200", "Cleat 200 mm AISI 316, drawing KYM-D-0200 rev 3 - sample", "12", "9.80", "117.60"],
            ["20", "KYM-CL-200-M", "Casting mould", "1", "1,150.00", "1,150.00"],
        ]),
        ("sp",),
        ("p", "Production quantity 1 500 pcs is not released. Balance on hold until our sample sign-off and "
              "a written release signed by Giorgos Antoniou, Fleet Director."),
        ("p", "Material: samples only. Delivery of samples by DHL to Lavrio."),
    ], title="PO KYM-24-207", author="Kyma Yachting Charter")),
])

# ---- p13: three files, cover mail 10 samples vs PO 12; release 'through our ops team'.
_t = """G'day Lily,

PO DW-P-24140 for the ten (10) sample horn cleats DW-CL-300 is in the portal folder now, together with
your quote Q-NH-24-0388.

Production 800 pcs is not released. It stays on hold until the sample sign-off, and the release will
come through our ops team.

Cheers,
Shane
""" + sig("Shane Whitlock", "Purchasing", "Derwent Workboats Pty Ltd, Cambridge TAS", "+61 3 6200 1188")
case("p13", ["RG005", "RG011"], "Cover mail says 10 samples, the PO says 12; hold and sign-off named, but the release comes 'through our ops team' - no person.", [
    ("cover_mail_DW-P-24140.eml", eml_bytes(mail(
        SHANE, LILY, "PO DW-P-24140 horn cleat samples", dt(2024, 7, 2, 10, 20, 10), _t))),
    ("PO_DW-P-24140.pdf", pdf([
        ("h1", "DERWENT WORKBOATS PTY LTD"),
        ("p", DERWENT + " - ABN 51 622 000 118"),
        ("h", "PURCHASE ORDER DW-P-24140"),
        ("p", "Supplier: Ningbo Haitong Marine Hardware Co., Ltd. (NHMH01)   Date: 02/07/2024   Buyer: Shane Whitlock"),
        ("table", [
            ["Ln", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
            ["1", "DW-CL-300", "Horn cleat 300 mm HDG, Drg DW-1300 Rev 2 - SAMPLES", "12", "24.00", "288.00"],
        ]),
        ("sp",),
        ("p", "Production quantity 800 pcs: not released, on hold until sample sign-off. Release through our ops team."),
        ("p", "Material: for samples only."),
    ], title="PO DW-P-24140", author="Derwent Workboats")),
    ("quote_Q-NH-24-0388.pdf", pdf([
        ("h1", "Ningbo Haitong Marine Hardware Co., Ltd."),
        ("h", "QUOTATION Q-NH-24-0388"),
        ("p", "To: Derwent Workboats - Mr. Shane Whitlock.  Date: 2024-06-20.  Item: horn cleat 300mm HDG, drg DW-1300 Rev 2."),
        ("table", [
            ["Qty", "Unit price USD", "Lead time"],
            ["Samples 10pcs", "24.00", "25 days"],
            ["500pcs", "8.90", "35 days"],
            ["800pcs", "8.40", "35 days"],
            ["2000pcs", "7.80", "45 days"],
        ]),
        ("p", "Tooling USD 980.00. FOB Ningbo. T/T 30% deposit, balance before shipment. Lily Zhou, Sales."),
    ], title="Quotation Q-NH-24-0388", author="Ningbo Haitong")),
])

# ---- p14: engineering: 'Samples are approved ... please proceed with production', budget approved.
_po_mail = """Dear Marco,

Our PO 4500-2217 is attached. It is for twelve (12) sample cleats KM-CL250-316 only.

The series 1.200 pcs is not released. Balance on hold until the sample sign-off by Riikka Laine and a
written production release signed by Timo Virtanen, Production Director. Material authority:
sample-only.

Br,
Jukka Heinonen
Purchasing, Kallio Marine Oy
"""
_marco = """Dear Riikka,

the 12 samples should be with you since Friday. Please let us know the result when you can.

Best regards,
Marco Bertolini
Inox Nautica Ligure S.r.l.

Il giorno 10/04/2024 11:05, Jukka Heinonen <jukka.heinonen@kallio-marine.fi> ha scritto:
""" + q(_po_mail)
_t = """Hello Marco,

Samples are approved, thank you, good work. Please proceed with production. Our finance has approved
the budget for the series yesterday so everything is ok from our side.

Br,
Riikka
""" + sig("Riikka Laine", "Design Engineer", "Kallio Marine Oy, Naantali", "+358 40 555 0188") + """
On 3 Jun 2024, at 9:14, Marco Bertolini <m.bertolini@inoxnauticaligure.it> wrote:

""" + q(_marco) + "\n"
case("p14", ["RG002", "RG007", "RG009"], "After 'Samples are approved', engineering writes 'Please proceed with production' (no quantity), bypassing the quoted written release; 'approved' also used for budget.", [
    ("Re_Re_PO_4500-2217_samples.eml", eml_bytes(mail(
        RIIKKA, MARCO, "Re: Re: PO 4500-2217 cleat samples", dt(2024, 6, 4, 13, 2, 3), _t,
        cc=JUKKA, in_reply_to="<h208-inl-0603@inoxnauticaligure.it>"))),
])

# ---- p15: supplier portal: PO accepted = production start, material for 2 400 bought.
case("p15", ["RG006", "RG012"], "Supplier portal: PO acceptance opens a 2 400 production order and material for 2 400 is bought, while the customer PO text keeps the series on hold.", [
    ("FMC_order_tracking_CNA-24-0290.html", html_page("Formosa Marine Castings - Customer Order Tracking", """
<h2>Formosa Marine Castings Co., Ltd. &mdash; Customer Order Tracking</h2>
<p>Customer: <b>Chantier Naval Audierne SAS</b> &middot; Customer PO: <b>CNA-24-0290</b> &middot; Item: CNA-SB-07 stanchion base 7&deg; CF8M</p>
<h3>Customer PO text</h3>
<p class="note">Sample order 20 pcs. Series 2 400 pcs not released &ndash; release only in writing by H&eacute;l&egrave;ne Daviau after sample sign-off. Material for samples only.</p>
<h3>Status timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>2024-05-06</td><td>Customer PO received</td><td>Kevin Lin</td></tr>
<tr><td>2024-05-07</td><td>PO accepted &rarr; production order MO-24-1177 opened for 2 400 pcs (series) + 20 samples</td><td>Amy Chen</td></tr>
<tr><td>2024-05-09</td><td>CF8M material purchased for 2 420 pcs (2 400 series + 20 samples)</td><td>Purchasing</td></tr>
<tr><td>2024-05-20</td><td>Wax patterns samples done</td><td>Production</td></tr>
</table>
<p><b>Remark (PMC):</b> as usual PO acceptance = production start, to keep lead time.</p>
<p style="color:#777">FMC order tracking &middot; data refresh 2024-05-21 08:00</p>
""")),
])

# ---- p16: sign-off form, APPROVED three times, first batch without a number.
case("p16", ["RG002", "RG009", "RG010"], "Form marks technical, commercial and production 'APPROVED'; production released for 'first batch as discussed' with no quantity; rest on hold for Mick O'Donnell.", [
    ("SAF-24-019_WD-200.docx", docx_bytes([
        ("h1", "Sample Approval Form SAF-24-019"),
        ("p", "Derwent Workboats Pty Ltd - Cambridge TAS"),
        ("table", [
            ["Item", "DW-WD-200 capstan winch drum 200 mm, Drg DW-2200 Rev 2"],
            ["Supplier", "Hauraki Deck Gear Ltd"],
            ["Sample PO", "DW-P-24131"],
            ["Production quantity quoted", "40 drums (Q-HDG-2274)"],
        ]),
        ("h", "Approvals"),
        ("table", [
            ["Step", "Result", "By", "Date"],
            ["Technical approval", "APPROVED", "Bec Harding", "12/07/2024"],
            ["Commercial approval", "APPROVED", "Shane Whitlock", "12/07/2024"],
            ["Production approval", "APPROVED", "Shane Whitlock", "12/07/2024"],
        ]),
        ("p", "Quantity released for production: first batch as discussed with Hauraki on the phone."),
        ("p", "The rest of the 40 drums stays on hold until the first batch passes the load test at "
              "Cambridge and Mick O'Donnell, Operations Manager, sends the written release."),
        ("p", "Comments: bronze finish better than the old supplier. Keep the same foundry."),
    ], author="Shane Whitlock")),
])

# ---- p17: WeChat, balance 'released later', deposit -> production 1 500, buyer acknowledges.
case("p17", ["RG004", "RG005", "RG012"], "Buyer: 10 samples, 'the rest 1 500 will be released later' (no event, no person); supplier starts 1 500 because deposit received; buyer just notes it.", [
    ("WeChat_export_Eleni.txt", """WeChat chat history: Eleni Stavrou (Kyma) - Lily Zhou 宁波海通
Exported 2024-06-20

2024-05-21 11:02:15 Eleni Stavrou
Hello Lily, PO KYM-24-207 is sent by mail now, 10 samples cleat 200mm. The rest 1 500 will be released later.

2024-05-21 11:30:48 Lily Zhou
Received with thanks Eleni 😊 PI for mould and samples will send today

2024-06-19 16:44:02 Lily Zhou
Dear Eleni, deposit 30% received, thank you! So we start production 1 500pcs now, delivery end of August.

2024-06-19 17:10:27 Eleni Stavrou
Thanks Lily, noted.
"""),
])

# ---- p18: release letter for 60 with the quoted 160 beside it, nothing on the rest.
case("p18", ["RG001", "RG003", "RG004"], "Release letter releases 60 with the 160 quoted quantity beside it; nothing says the other 100 are not released, no event; signer named as release authority.", [
    ("lettre_lancement_CNA-REL-24-007.pdf", pdf([
        ("h1", "CHANTIER NAVAL AUDIERNE SAS"),
        ("p", AUDIERNE),
        ("h", "LETTRE DE LANCEMENT / PRODUCTION RELEASE  N° CNA-REL-24-007"),
        ("p", "À / to: Jadran Okov d.o.o., Split - Mme Ivana Babić.  La Rochelle, le 20/06/2024."),
        ("p", "Madame, following the sample sign-off of 14/06/2024 (PV-24-044), we release for production sixty "
              "(60) flush deck hatches CNA-HT-500, drawing CNA-D-500 ind. D, under our PO CNA-24-0361."),
        ("table", [
            ["Article", "Quantité devis / quoted qty", "Lancé / released now", "Livraison"],
            ["CNA-HT-500", "160", "60", "20 per month from September 2024"],
        ]),
        ("sp",),
        ("p", "Anodising colour: natural, 20 µm. Each hatch with hose test report per EN ISO 12216."),
        ("p", "Veuillez agréer, Madame, nos salutations distinguées."),
        ("p", "Hélène Daviau - Directrice industrielle - autorité de lancement / release authority"),
    ], title="Lettre de lancement CNA-REL-24-007", author="Chantier Naval Audierne")),
])

# ---- p19: supplier reads sample result as confirmation of 1.200 and has bought bar (2-level quote).
_po_mail = """Dear Marco,

Our PO 4500-2217 is attached. It is for twelve (12) sample cleats KM-CL250-316 only.

The series 1.200 pcs is not released. Balance on hold until the sample sign-off by Riikka Laine and a
written production release signed by Timo Virtanen, Production Director. Material authority:
sample-only.

Br,
Jukka Heinonen
Purchasing, Kallio Marine Oy
"""
_riikka = """Hello Marco,

The 12 sample cleats are ok for us. Sample sign-off done today, report KM-SR-24-031 attached.

Br,
Riikka Laine
Design Engineer, Kallio Marine Oy

-----Original Message-----
From: Jukka Heinonen <jukka.heinonen@kallio-marine.fi>
Sent: keskiviikko 10. huhtikuuta 2024 11.05
To: Marco Bertolini <m.bertolini@inoxnauticaligure.it>
Subject: PO 4500-2217 cleat samples

""" + q(_po_mail)
_t = """Dear Jukka, dear Riikka,

thank you very much for the good news!

As the samples are approved by Riikka, we consider the series confirmed and we proceed with the
1.200 pcs, delivery in 3 lots of 400 pcs from week 30.

To keep this date we have already bought the AISI 316 round bar for the full lot (1.260 kg, heat
24-1187, certificate 3.1 follows with the first lot).

Best regards,
Marco Bertolini
Ufficio Commerciale
Inox Nautica Ligure S.r.l.
Tel. +39 0187 555 210

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate.

-----Messaggio originale-----
Da: Riikka Laine <riikka.laine@kallio-marine.fi>
Inviato: martedì 11 giugno 2024 14:20
A: Marco Bertolini <m.bertolini@inoxnauticaligure.it>
Cc: Jukka Heinonen <jukka.heinonen@kallio-marine.fi>
Oggetto: RE: PO 4500-2217 cleat samples

""" + q(_riikka) + "\n"
case("p19", ["RG006", "RG007"], "Supplier: samples approved so the 1.200 series is confirmed and started, bar bought for the full lot; the two-level quoted PO required a written release and sample-only material.", [
    ("R_RE_PO_4500-2217.eml", eml_bytes(mail(
        MARCO, JUKKA, "R: RE: PO 4500-2217 cleat samples", dt(2024, 6, 12, 9, 12, 2), _t,
        cc=RIIKKA, in_reply_to="<h208-km-0611@kallio-marine.fi>"))),
])

# ---- p20: buyer portal presenting the season forecast as a firm order.
case("p20", ["RG008"], "Portal PO: 8 samples with complete hold, but the 320 'season 2025 fleet forecast' is to be treated as a firm order.", [
    ("portal_PO_KYM-24-118.html", html_page("Kyma Supplier Portal - PO KYM-24-118", """
<h2>Kyma Yachting Charter S.A. &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Jadran Okov d.o.o.</b> (supplier 30412)</p>
<h3>Purchase order KYM-24-118 &mdash; issued 12/04/2024</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Price EUR</th></tr>
<tr><td>10</td><td>KYM-ST-610</td><td>Stanchion 610 mm, 25x1,5 AISI 316 &ndash; sample</td><td>8</td><td>44,00</td></tr>
<tr><td>20</td><td>JO-BT-610</td><td>Bending tool 610 mm</td><td>1</td><td>980,00</td></tr>
</table>
<div class="note">
<p>Line 10 is the only quantity to produce now: 8 sample stanchions.</p>
<p>Production 320 pcs: not released, on hold until our sample sign-off and the written release by Giorgos Antoniou, Fleet Director. Material for the samples only.</p>
</div>
<h3>Season 2025</h3>
<p>Season 2025 fleet forecast: <b>320 stanchions KYM-ST-610</b>. Please treat this forecast as our firm order for 2025 and reserve your capacity for it.</p>
<p style="color:#777">Kyma Supplier Portal v3.2</p>
""")),
])

# ---- p21: Sage X3 PO note without any quantity.
case("p21", ["RG010"], "ERP sample PO with quantity 's/devis' (as per quote) only; hold, event and release person are stated but no active quantity.", [
    ("SageX3_BC_CNA-24-0301.txt", """CHANTIER NAVAL AUDIERNE SAS                      Sage X3 - BON DE COMMANDE / PURCHASE ORDER
14 quai Louis Prunier, 17000 La Rochelle         SIRET 812 345 678 00021
N° CNA-24-0301      Date 22/04/2024              Fournisseur: FMC001 FORMOSA MARINE CASTINGS CO LTD
Acheteur: C. MOREAU                              Devise: USD

Ligne  Article      Désignation                              Qté       PU        Montant
-----  -----------  ---------------------------------------  --------  --------  --------
1      CNA-SB-03    EMBASE CHANDELIER 3° CF8M ECHANTILLONS   s/devis   s/devis   s/devis

Texte commande / PO note:
  Echantillons selon votre devis Q-FMC-24-0087. Samples as per your quote.
  Series not released: the production stays on hold until our sample sign-off and the
  written release signed by Hélène Daviau, Directrice industrielle.
  Matière : échantillons uniquement / material for samples only.
  Livraison DAP La Rochelle. Règlement 30 jours fin de mois.
"""),
])

# ---- p22: 'go ahead and make the samples' with no number.
_t = """G'day Hamish,

Please go ahead and make the samples of the self-launching roller DW-AR-120 per your quote
Q-HDG-2291, rev 2 drawing.

The production run stays on hold till Bec Harding signs off the samples and Mick O'Donnell sends you
the written release. Material for the samples only, mate.

Cheers,
Shane
""" + sig("Shane Whitlock", "Purchasing", "Derwent Workboats Pty Ltd, Cambridge TAS", "+61 3 6200 1188")
case("p22", ["RG010"], "Go-ahead scoped to 'the samples' but never says how many; hold, event and Mick O'Donnell are named.", [
    ("DW-AR-120_samples.eml", eml_bytes(mail(
        SHANE, HAMISH, "DW-AR-120 samples", dt(2024, 8, 1, 11, 30, 10), _t, html=to_html(_t)))),
])

# ---- p23: PO text 'six (6)' vs table 8.
case("p23", ["RG011"], "PO states 'six (6) sample hatches' in the text and 8 in the line table.", [
    ("PO_4500-2270.pdf", pdf([
        ("h1", "KALLIO MARINE OY"),
        ("p", KALLIO),
        ("h", "PURCHASE ORDER 4500-2270"),
        ("p", "Supplier: Formosa Marine Castings Co., Ltd., Kaohsiung (70244).  Date: 27.05.2024.  Buyer: Jukka Heinonen."),
        ("p", "This order is for six (6) sample hatches KM-HT-400, drawing KM-D-2208 rev B, hard anodised."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Value USD"],
            ["10", "KM-HT-400", "Flush deck hatch 400x400, sample, hard anodised", "8", "255,00", "2 040,00"],
        ]),
        ("sp",),
        ("p", "Series 1 200 pcs/year in your quote: forecast, not released. Balance on hold until sample "
              "sign-off by Riikka Laine (EN ISO 12216 test) and written production release signed by Timo "
              "Virtanen, Production Director."),
        ("p", "Material authority: sample-only."),
    ], title="PO 4500-2270", author="Kallio Marine")),
])

# ---- p24: three files: PO 8 samples, supplier confirmation 10, supplier mail: tube for 320 bought.
case("p24", ["RG006", "RG011"], "Buyer PO says 8 samples, supplier confirmation says 10; supplier mail says tube for all 320 already bought while only samples are released.", [
    ("PO_KYM-24-119.pdf", pdf([
        ("h1", "KYMA YACHTING CHARTER S.A."),
        ("p", KYMA),
        ("h", "PURCHASE ORDER KYM-24-119"),
        ("p", "Supplier: Jadran Okov d.o.o. (30412).  Date: 15/04/2024.  Buyer: Eleni Stavrou."),
        ("table", [
            ["Line", "Code", "Description", "Qty", "Price EUR", "Value EUR"],
            ["10", "KYM-ST-685", "Stanchion 685 mm, 25x1,5 AISI 316, gate version - sample", "8", "47,00", "376,00"],
        ]),
        ("sp",),
        ("p", "Only the 8 samples now. Production 320 pcs is not released: on hold until our sample sign-off "
              "and the written release by Giorgos Antoniou, Fleet Director. Material for samples only."),
    ], title="PO KYM-24-119", author="Kyma Yachting Charter")),
    ("potvrda_JO-OC-24-0181.docx", docx_bytes([
        ("h1", "Potvrda narudžbe / Order confirmation JO-OC-24-0181"),
        ("p", "Jadran Okov d.o.o., Split - to Kyma Yachting Charter S.A. - your PO KYM-24-119"),
        ("table", [
            ["Pos.", "Code", "Description", "Qty", "Price EUR"],
            ["1", "KYM-ST-685", "Stanchion 685 mm gate version - sample", "10 kom", "47,00"],
        ]),
        ("p", "We confirm ten (10) sample stanchions, delivery week 20. Production 320 kom waits for the "
              "written release of Mr. Antoniou after sample sign-off."),
        ("p", "Ivana Babić, komercijala"),
    ], author="Ivana Babić")),
    ("mail_Tomislav_2024-05-08.txt", """From:    Tomislav Kovač <tomislav.kovac@jadran-okov.hr>
Sent:    Wednesday, 8 May 2024 07:51
To:      Nikos Papadakis <n.papadakis@kyma-charter.gr>
Cc:      Ivana Babić <ivana.babic@jadran-okov.hr>
Subject: KYM-ST-685 samples status

Dear Nikos,

samples of the gate stanchions are bent, now polishing. We send photos Friday.

For your information we already bought the tube 25x1,5 AISI 316 for all 320 pcs (about 230 m, 6 m
bars) and it is in our store, so the delivery can be quick after your release. The price of the
tube is going up every month.

Lijep pozdrav / best regards
Tomislav Kovač
Proizvodnja / Production
Jadran Okov d.o.o., Split
"""),
])

# ---- p25: two files: portal PO DW-P-24152 (10) vs supplier mail PO DW-P-24125 (12) + production on PO acceptance.
_sched = """NINGBO HAITONG - PRODUCTION SCHEDULE - Customer DERWENT WORKBOATS
PO DW-P-24125   Item DW-FL-200 closed fairlead 200mm HDG
Samples      12 pcs   casting wk 31   ship wk 33
Production  400 pcs   casting wk 32   ship wk 36
"""
_t = """Dear Shane,

Good day! We received your PO DW-P-24125 for 12pcs samples of fairlead 200mm, thank you very much.

We have accepted the PO in our system and so we arrange production 400pcs together with the samples
to save time, please see attached schedule.

Best regards
Lily Zhou
Sales Dept. | Ningbo Haitong Marine Hardware Co., Ltd.
Tel: +86 574 5555 0188
"""
case("p25", ["RG011", "RG012"], "Buyer portal PO DW-P-24152 for 10 samples; supplier mail cites PO DW-P-24125 for 12 and schedules the 400 because the PO was accepted.", [
    ("DW_portal_PO_DW-P-24152.html", html_page("Derwent Workboats Supplier Portal - PO DW-P-24152", """
<h2>Derwent Workboats &mdash; Supplier Portal</h2>
<p>Supplier: Ningbo Haitong Marine Hardware Co., Ltd. (NHMH01) &middot; Buyer: Shane Whitlock</p>
<h3>PO DW-P-24152 &mdash; Issued 22/07/2024</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext USD</th></tr>
<tr><td>1</td><td>DW-FL-200</td><td>Closed fairlead 200 mm HDG, Drg DW-1200 Rev 1 &ndash; SAMPLES</td><td>10</td><td>44.00</td><td>440.00</td></tr>
</table>
<div class="note">Ten (10) samples only. Production 400 pcs: NOT released, on hold until Bec Harding signs off the samples and Mick O'Donnell, Operations Manager, sends the written release. Material authority: samples only.</div>
<p style="color:#777">Questions: purchasing@derwentworkboats.com.au</p>
""")),
    ("PO_received_fairlead_200.eml", eml_bytes(mail(
        LILY, SHANE, "PO received - fairlead 200mm", dt(2024, 7, 24, 10, 2, 8), _t,
        attachments=[("production_schedule.txt", _sched, "text/plain")]))),
])

# ---- p26: sign-off record: 'this sample sign-off is the green light for the 2 400 series'.
case("p26", ["RG007"], "Sign-off record declares the sample sign-off itself the green light for the 2 400 series, against the PO's written-release requirement; no recorded auto-conversion.", [
    ("PV-24-033_CNA-SB-07.docx", docx_bytes([
        ("h1", "Procès-verbal échantillons PV-24-033"),
        ("p", "Chantier Naval Audierne SAS - bureau d'études - 24/06/2024"),
        ("table", [
            ["Pièce / part", "CNA-SB-07 embase de chandelier 7°, CF8M, plan CNA-D-107 ind. C"],
            ["Fournisseur", "Formosa Marine Castings Co., Ltd."],
            ["Commande", "CNA-24-0290: 20 échantillons; série 2 400 on hold until sample sign-off and written release by Hélène Daviau"],
            ["Échantillons reçus", "20 pcs le 17/06/2024"],
        ]),
        ("h", "Résultats / results"),
        ("p", "Dimensions OK (20/20). Pull test 5 kN on 3 pcs OK. Surface Ra 0,4 OK. Salt spray ISO 9227 "
              "480 h: no red rust."),
        ("h", "Décision"),
        ("p", "Samples conformes. This sample sign-off is the green light for the 2 400 series: Formosa may "
              "start the series as soon as this record is received, no separate letter needed."),
        ("sp",),
        ("p", "Julien Le Gall, bureau d'études"),
    ], author="Julien Le Gall")),
])

# ---- p27: supplier quote term: sample acceptance constitutes release of production quantity.
case("p27", ["RG007"], "Supplier quote term makes acceptance of the samples a release of the 40 production drums 'without further notice'.", [
    ("HDG_quote_Q-HDG-2274.pdf", pdf([
        ("h1", "Hauraki Deck Gear Ltd"),
        ("p", HAURAKI + " - NZBN 9429041234567"),
        ("h", "Quotation Q-HDG-2274 - capstan winch drum DW-WD-200"),
        ("p", "To: Derwent Workboats Pty Ltd, attn Shane Whitlock.  Date: 20 May 2024.  Drawing DW-2200 Rev 2."),
        ("table", [
            ["Item", "Qty", "Unit NZD", "Lead time"],
            ["Samples, bronze CuSn12, machined", "2", "1,150.00", "4 weeks"],
            ["Production", "40", "690.00", "8 weeks"],
            ["Production", "80", "640.00", "10 weeks"],
            ["Pattern + core box", "1", "2,400.00", "with samples"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Prices in NZD excl. GST, FCA Auckland. Valid 60 days."),
        ("p", "2. Acceptance of the samples by the customer constitutes release of the production quantity "
              "(40 drums). Production starts without further notice."),
        ("p", "3. Payment 30 days end of month. Patterns remain property of the customer once paid."),
        ("p", "Cheers, Hamish Ritchie - Sales - +64 9 555 0147"),
    ], title="Quotation Q-HDG-2274", author="Hauraki Deck Gear")),
])

# ---- p28: Viber, technical manager: once approved continue with the rest, no paper needed.
case("p28", ["RG007"], "Scoped PO in chat; then technical manager: 'Once they are approved you just continue with the rest, no need to wait for other paper'.", [
    ("Viber_Nikos_Ivana.txt", """Viber - chat history - Nikos Papadakis / Ivana Babić (Jadran Okov)
[15.04.24, 09:12:33] Nikos Papadakis: Ivana kalimera! PO KYM-24-118 is for 8 sample stanchions only. Production 320 not released, it waits our sample sign-off and the written release from Giorgos Antoniou.
[15.04.24, 09:30:05] Ivana Babić: Dobro jutro Nikos, clear, thank you. Samples week 19.
[10.05.24, 17:02:41] Ivana Babić: Samples delivered to Lavrio marina yesterday. Please tell us how they fit 🙂
[11.05.24, 10:15:18] Nikos Papadakis: They fit well on the Bavaria, I check the Jeanneau tomorrow.
[11.05.24, 10:16:02] Nikos Papadakis: Once they are approved you just continue with the rest, no need to wait for other paper from office 😉
[11.05.24, 10:40:55] Ivana Babić: Super, thank you! We prepare then.
"""),
])

# ---- p29: 'drawing approved, you can go ahead' in a thread whose instruction never gives a quantity.
_claire = """Bonjour Ivana,

Please make the sample hatches CNA-HT-500 per our drawing CNA-D-500. The series is not released until
our sample sign-off and the written release signed by Hélène Daviau, Directrice industrielle.
Material for the samples only.

Cordialement,
Claire Moreau
Acheteuse, Chantier Naval Audierne
"""
_ivana = """Dear Mr. Le Gall,

we send the updated drawing ind. D with the new hinge position (M8x1.25 inserts, 4 per side). Please
confirm if it is ok so we can continue.

Lijep pozdrav,
Ivana Babić
Jadran Okov d.o.o.

On 02.05.2024 14:10, Claire Moreau wrote:
""" + q(_claire)
_t = """Bonjour Ivana,

The hatch drawing CNA-D-500 ind. D is approved on our side, you can go ahead.

Cordialement,
Julien Le Gall
Ingénieur bureau d'études
Chantier Naval Audierne SAS - 14 quai Louis Prunier, 17000 La Rochelle

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.

Le 13/05/2024 à 08:47, Ivana Babić <ivana.babic@jadran-okov.hr> a écrit :
""" + q(_ivana) + "\n"
case("p29", ["RG002", "RG010"], "'Drawing ind. D is approved ... you can go ahead' names no scope or quantity; the quoted buyer instruction asks for 'the sample hatches' without a number.", [
    ("RE_plan_CNA-D-500_ind_D.eml", eml_bytes(mail(
        JULIEN, IVANA, "RE: plan CNA-D-500 ind. D", dt(2024, 5, 13, 11, 5, 2), _t,
        cc=CLAIRE, in_reply_to="<h208-jo-0513@jadran-okov.hr>"))),
])

# ---- p30: supplier portal message board: 'Drawing rev B approved, PO change approved - go ahead'.
case("p30", ["RG002", "RG009"], "Buyer comment 'Drawing rev B approved, PO change approved - go ahead' is unscoped and uses 'approved' for technical and commercial acts.", [
    ("HDG_customer_portal_4500-2231.html", html_page("Hauraki Deck Gear - customer portal", """
<h2>Hauraki Deck Gear &mdash; Customer Portal</h2>
<p>Customer: <b>Kallio Marine Oy</b> &middot; Job J-24-0388 &middot; Customer PO 4500-2231</p>
<h3>Order header</h3>
<table>
<tr><th>Item</th><td>KM-AR-38 bow anchor roller, drawing KM-D-0381</td></tr>
<tr><th>Customer PO text</th><td>Four (4) sample anchor rollers. Production 180 pcs not released; on hold until sample sign-off and a written release signed by Timo Virtanen (Kallio Marine). Material sample-only.</td></tr>
<tr><th>PO change</th><td>Rev 1 (20/05/2024): price NZD 310,00 &rarr; 325,00 for 316 pins</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>20/05/2024 14:02</td><td>Hamish Ritchie (HDG)</td><td>Drawing rev B with the 316 pin uploaded, plus the PO change for the pin cost. Let us know and we crack on.</td></tr>
<tr><td>21/05/2024 08:31</td><td>Jukka Heinonen (Kallio)</td><td>Drawing rev B approved, PO change approved &mdash; go ahead.</td></tr>
<tr><td>21/05/2024 08:45</td><td>Hamish Ritchie (HDG)</td><td>Choice, thanks Jukka.</td></tr>
</table>
<p style="color:#777">HDG portal &middot; logged in as jukka.heinonen@kallio-marine.fi</p>
""")),
])

# ---- p31: stop lifted, 'You may proceed', no quantity anywhere (mail saved as text).
case("p31", ["RG002", "RG010"], "Stop lifted with 'You may proceed' - no scope, no quantity anywhere; hold/event/person for the series are stated.", [
    ("mail_cleats_2024-06-17.txt", """From:	Jukka Heinonen <jukka.heinonen@kallio-marine.fi>
Sent:	maanantai 17. kesäkuuta 2024 8.12
To:	Marco Bertolini <m.bertolini@inoxnauticaligure.it>
Cc:	Riikka Laine <riikka.laine@kallio-marine.fi>
Subject:	STOP lifted - cleats KM-CL250-316

Hello Marco,

The stop from 3.6. on the cleats KM-CL250-316 is lifted now. VTT confirmed the pitting came from
their test chamber, not from your polishing, so the corrosion question is closed.

You may proceed.

The series balance stays on hold until the sample sign-off by Riikka Laine and the written release
from Timo Virtanen, Production Director.

Br,
Jukka

Jukka Heinonen
Purchasing | Kallio Marine Oy | Satamakatu 12, 21100 Naantali | +358 40 555 0172
"""),
])

# ---- p32: WhatsApp, 'Deposit paid this morning mate, you're good to run'.
case("p32", ["RG002", "RG012"], "After a complete sample scope, buyer: 'Deposit paid this morning mate, you're good to run' - unscoped and payment as trigger.", [
    ("WhatsApp_Chat_Wang_Jun.txt", """22/05/2024, 11:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
22/05/2024, 11:05 - Shane Whitlock: Hi Wang, Shane from Derwent. PO DW-P-24117 is for 10 sample fairleads DW-FL-150 only. 600 production not released - on hold till Bec Harding signs off the samples and Mick O'Donnell gives the written release. Steel for samples only pls
22/05/2024, 11:40 - Wang Jun: Hello Shane, well noted. Proforma for tooling + samples Lily will send today, please arrange deposit
28/05/2024, 09:15 - Shane Whitlock: Deposit paid this morning mate, you're good to run 👍
28/05/2024, 09:32 - Wang Jun: Thank you Shane! We start 👍
"""),
])

# ---- p33: supplier: PO accepted, therefore complete quantity starts; original buyer mail attached as rfc822.
_orig = mail(CLAIRE, IVANA, "Commande CNA-24-0318 - capots de pont échantillons", dt(2024, 5, 6, 10, 15, 2),
             """Bonjour Ivana,

Please find our PO CNA-24-0318 for three (3) sample hatches CNA-HT-500 in our portal.

The 160 series hatches are not released: they stay on hold until our sample sign-off and the written
release signed by Hélène Daviau, Directrice industrielle. Material for the 3 samples only.

Cordialement,
Claire Moreau
Acheteuse - Chantier Naval Audierne SAS
""")
_t = """Dear Mrs. Moreau,

We have received your PO CNA-24-0318 (your mail in attachment) and we accepted it in our system today.

Therefore we start the production of the complete quantity, 3 samples and 160 hatches, so you have
good delivery time for your summer boats.

Lijep pozdrav / Best regards,
Ivana Babić
Komercijala / Commercial
Jadran Okov d.o.o., Put Supavla 21, 21000 Split
+385 21 555 014

Ova poruka i prilozi su povjerljivi. / This message and attachments are confidential.
"""
case("p33", ["RG012"], "Supplier: PO accepted, 'therefore we start ... 3 samples and 160 hatches'; attached original buyer mail (rfc822) keeps the 160 on hold.", [
    ("PO_CNA-24-0318_potvrda.eml", eml_bytes(mail(
        IVANA, CLAIRE, "PO CNA-24-0318 - potvrda / confirmation", dt(2024, 5, 7, 13, 25, 2), _t,
        cc=TOMISLAV, attachments=[("rfc822", _orig)]))),
])

# ---- p34: supplier job report: 2 vs three (3) samples, bronze for 40 on order.
case("p34", ["RG006", "RG011"], "Supplier report gives the sample quantity as 2 in the table and 'three (3)' in the text, and has bronze for the 40 unreleased drums on order.", [
    ("HDG_job_report_J-24-0415.pdf", pdf([
        ("h1", "Hauraki Deck Gear Ltd"),
        ("p", HAURAKI),
        ("h", "Job status report J-24-0415 - Derwent Workboats - DW-WD-200 winch drum"),
        ("p", "Date: 14 June 2024.  Prepared by: Aroha Ngata, Operations."),
        ("table", [
            ["Line", "Customer PO", "Qty", "Status"],
            ["Samples", "DW-P-24131", "2", "machined, dye-pen test Thursday"],
            ["Production", "-", "40", "awaiting your release"],
        ]),
        ("sp",),
        ("p", "The three (3) sample drums on your PO are machined and will be dye-pen tested (ISO 3452-1) "
              "on Thursday, then shipped by air to Hobart."),
        ("p", "Material: bronze CuSn12 ingot for the 40 production drums is on order with our foundry in "
              "Onehunga (long lead, 9 weeks), arriving wk 31, so we can hit your launch date."),
        ("p", "Cheers, Aroha - +64 9 555 0147"),
    ], title="Job report J-24-0415", author="Hauraki Deck Gear")),
])

# ---- p35: supplier MRP: forecast converted to firm production order, bar bought for 1.200.
case("p35", ["RG006", "RG008"], "Supplier MRP converts the customer's 1.200 forecast into a firm production order and buys 1.260 kg bar while no customer production release was received.", [
    ("MRP_fabbisogni_KM-CL250-316.txt", """INOX NAUTICA LIGURE S.r.l.                 MRP - FABBISOGNI / REQUIREMENTS      Stampa 05/07/2024 07:30
Articolo: KM-CL250-316   Galloccia 250 mm AISI 316 lucidata   (cliente Kallio Marine Oy)
Disegno: DRG 4410 Rev C

Origine fabbisogno / source               Qtà      Tipo         Stato / status
----------------------------------------  -------  -----------  ----------------------------------------
Previsione cliente 2025 (Kallio)            1.200  PREVISIONE   -> convertita in ordine di produzione
OP 24/0733 produzione serie                 1.200  FIRM         lanciato in reparto 08/07
Rilascio produzione del cliente                 -  -            NON RICEVUTO / not received

Materiale / material                        Qtà      Stato        Documento
----------------------------------------  -------  -----------  ----------------------------------------
Barra tonda AISI 316 Ø60 (EN 10088-3)     1.260 kg ACQUISTATO   OF 24/1102 Acciai Liguri, consegnato 02/07
Dado M10x1.5 A4-70                         2.400   ACQUISTATO   OF 24/1105

Note: previsione convertita in ordine fermo su richiesta commerciale (M. Bertolini) per tenere la
settimana 30. / Forecast converted to firm production order on request of sales to keep wk 30.
Utente: GFERRARO
"""),
])

# ---- p36: buyer mail saved as text: forecast is our firm commitment.
case("p36", ["RG008"], "Buyer writes the 2025 forecast of 2 400 bases as 'our firm commitment for 2025'.", [
    ("Previsions_2025_embases.txt", """De :	Claire Moreau <c.moreau@chantier-audierne.fr>
Envoyé :	mardi 2 juillet 2024 16:20
À :	Kevin Lin <kevin.lin@formosa-marine.com.tw>
Cc :	Hélène Daviau <h.daviau@chantier-audierne.fr>
Objet :	Prévisions 2025 embases CNA-SB-07

Hello Kevin,

Here our forecast for 2025 for the stanchion bases CNA-SB-07: 2 400 pcs, 600 per quarter (A38, A42
and A46 together).

Please consider this forecast as our firm commitment for 2025. You can reserve the foundry capacity
on this basis, we will not reduce it.

Cordialement,
Claire Moreau
Acheteuse / Buyer
Chantier Naval Audierne SAS - 14 quai Louis Prunier, 17000 La Rochelle
Tél. +33 5 46 00 12 34
"""),
])

# ---- p37: supplier thanks for 'your order of 1 500' under a quoted labelled forecast.
case("p37", ["RG008"], "Supplier thanks the buyer for 'your order of 1 500pcs' and plans production, under a quoted buyer mail that says forecast only, not an order.", [
    ("RE_Forecast_2025_cleats.txt", """From: Lily Zhou <lily.zhou@nb-haitong.cn>
Sent: Friday, May 17, 2024 4:05 PM
To: Eleni Stavrou <e.stavrou@kyma-charter.gr>
Subject: RE: Forecast 2025 cleats

Dear Eleni,

Thank you very much for your order of 1 500pcs cleat 200mm for 2025! We have put it in our production
plan for Feb-Mar 2025 and will inform you the shipping schedule soon.

Best regards
Lily Zhou
Sales Dept. | Ningbo Haitong Marine Hardware Co., Ltd.

-----Original Message-----
From: Eleni Stavrou <e.stavrou@kyma-charter.gr>
Sent: Thursday, May 16, 2024 11:48 AM
To: Lily Zhou <lily.zhou@nb-haitong.cn>
Subject: Forecast 2025 cleats

> Dear Lily,
>
> For your planning, our forecast for season 2025 is approximately 1 500 cleats 200 mm
> (KYM-CL-200). This is a forecast only, not an order. The sample PO follows next week.
>
> Kind regards,
> Eleni Stavrou
> Purchasing, Kyma Yachting Charter S.A.
"""),
])

# ---- p38: minutes: forecast agreed as firm order + 'approved' for technical/budget/production.
case("p38", ["RG008", "RG009"], "Minutes call the FY25 forecast of 600 'our firm order' and use 'approved/approve' for the samples, the Board budget and the production.", [
    ("minutes_supplier_review_NHMH.docx", docx_bytes([
        ("h1", "Supplier review - Ningbo Haitong - 18/07/2024"),
        ("p", "Teams. Derwent: Shane Whitlock, Bec Harding, Mick O'Donnell. Ningbo Haitong: Lily Zhou, Wang Jun. Minutes: Shane Whitlock."),
        ("h", "1. Fairlead 180 samples"),
        ("p", "The 10 samples DW-FL-180 are approved by Bec Harding (technical approval), report SR-24-044."),
        ("h", "2. FY25 volume"),
        ("p", "FY25 forecast is 600 fairleads DW-FL-180. Shane confirmed this forecast is now our firm order "
              "for FY25; Ningbo can schedule it in two lots of 300."),
        ("h", "3. Budget"),
        ("p", "The FY25 budget for the fairleads was approved by the Board on 15/07."),
        ("h", "4. Production"),
        ("p", "Mick O'Donnell will approve the production of the 600 in writing once the first-article report "
              "FAR-24-031 is in. Nothing beyond the 10 samples is released today."),
        ("h", "5. Material"),
        ("p", "Steel for the samples only until Mick's written approval."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Owner", "Due"],
            ["First-article report FAR-24-031", "Wang Jun", "02/08"],
            ["Written production approval", "Mick O'Donnell", "after FAR"],
        ]),
    ], author="Shane Whitlock")),
])

# ---- p39: 'PO released in our system ... release of production will follow after sample release from our side'.
_wf = html_page("PO release workflow 4500-2275", """
<h3>Kallio Marine Oy &mdash; PO release workflow</h3>
<table>
<tr><th>PO</th><td>4500-2275</td></tr>
<tr><th>Supplier</th><td>Formosa Marine Castings Co., Ltd. (70244)</td></tr>
<tr><th>Item</th><td>KM-HT-400 flush deck hatch, samples</td></tr>
</table>
<table>
<tr><th>Level</th><th>Approver</th><th>Status</th><th>Time</th></tr>
<tr><td>1 Purchasing</td><td>J. Heinonen</td><td>RELEASED</td><td>28.05.2024 09:12</td></tr>
<tr><td>2 Finance (cost centre 410)</td><td>M. Salo</td><td>RELEASED</td><td>28.05.2024 10:40</td></tr>
</table>
<p>Overall status: <b>RELEASED</b> &ndash; transmitted to supplier.</p>
""")
_t = """Hello Kevin,

PO 4500-2275 for the hatch samples has been released in our system today (release strategy, 2
levels), workflow print attached.

Release of production will follow after sample release from our side.

Br,
Jukka
""" + sig("Jukka Heinonen", "Purchasing", "Kallio Marine Oy, Naantali", "+358 40 555 0172")
case("p39", ["RG005", "RG009", "RG010"], "'Released' used for the PO workflow, the sample result and production; no sample quantity; release 'from our side' names no person.", [
    ("PO_4500-2275_mail.eml", eml_bytes(mail(
        JUKKA, KEVIN, "PO 4500-2275 released", dt(2024, 5, 28, 11, 2, 3), _t, html=to_html(_t),
        attachments=[("workflow_4500-2275.html", _wf, "text/html")]))),
])

# ---- p40: cover mail + sample PO + quote with 40 drums; nothing about the balance.
_po = pdf([
    ("h1", "DERWENT WORKBOATS PTY LTD"),
    ("p", DERWENT + " - ABN 51 622 000 118"),
    ("h", "PURCHASE ORDER DW-P-24131"),
    ("p", "Supplier: Hauraki Deck Gear Ltd (HAUR01)   Date: 03/06/2024   Buyer: Shane Whitlock"),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "Unit NZD", "Ext NZD"],
        ["1", "DW-WD-200", "Capstan winch drum 200 mm bronze, Drg DW-2200 Rev 2 - sample", "2", "1,150.00", "2,300.00"],
        ["2", "DW-WD-200-P", "Pattern + core box", "1", "2,400.00", "2,400.00"],
    ]),
    ("sp",),
    ("p", "Deliver to: Derwent Workboats, 7 Wharf Road, Cambridge TAS 7170. Terms 30 days EOM."),
], title="PO DW-P-24131", author="Derwent Workboats")
_quote = pdf([
    ("h1", "Hauraki Deck Gear Ltd"),
    ("h", "Quotation Q-HDG-2274 - capstan winch drum DW-WD-200"),
    ("p", "To: Derwent Workboats Pty Ltd, attn Shane Whitlock.  Date: 20 May 2024."),
    ("table", [
        ["Item", "Qty", "Unit NZD", "Lead time"],
        ["Samples", "2", "1,150.00", "4 weeks"],
        ["Production", "40", "690.00", "8 weeks"],
        ["Pattern + core box", "1", "2,400.00", "with samples"],
    ]),
    ("p", "Prices NZD excl. GST, FCA Auckland, valid 60 days. Hamish Ritchie, Sales."),
], title="Quotation Q-HDG-2274", author="Hauraki Deck Gear")
_t = """G'day Hamish,

PO DW-P-24131 attached for the two (2) sample drums DW-WD-200 plus the pattern. Your quote
Q-HDG-2274 is attached too, with the production price we agreed on the phone.

Cheers,
Shane
""" + sig("Shane Whitlock", "Purchasing", "Derwent Workboats Pty Ltd, Cambridge TAS", "+61 3 6200 1188")
case("p40", ["RG001", "RG003", "RG004", "RG005"], "Sample PO for 2 drums sent with the quote showing 40 production drums; nothing says the 40 are not released, no event, no release person.", [
    ("PO_DW-P-24131.eml", eml_bytes(mail(
        SHANE, HAMISH, "PO DW-P-24131 winch drum samples", dt(2024, 6, 3, 9, 0, 10), _t,
        attachments=[("PO_DW-P-24131.pdf", _po, PDF_MT), ("Q-HDG-2274.pdf", _quote, PDF_MT)]))),
])

# ---- p41: buyer portal sample PO with a production-quantity column; release authority named only.
case("p41", ["RG001", "RG003", "RG004"], "Portal sample PO shows 'Production qty 600' next to 10 samples, unmarked; names the release authority but no hold and no event.", [
    ("DW_portal_PO_DW-P-24117.html", html_page("Derwent Workboats Supplier Portal - PO DW-P-24117", """
<h2>Derwent Workboats &mdash; Supplier Portal</h2>
<p>Supplier: Ningbo Haitong Marine Hardware Co., Ltd. (NHMH01) &middot; Buyer: Shane Whitlock</p>
<h3>PO DW-P-24117 &mdash; Issued 22/05/2024 &mdash; PO type: SAMPLE</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Sample qty</th><th>Production qty</th><th>Unit USD sample</th><th>Unit USD production</th></tr>
<tr><td>1</td><td>DW-FL-150</td><td>Closed fairlead 150 mm HDG, Drg DW-1150 Rev 4</td><td>10</td><td>600</td><td>38.00</td><td>11.20</td></tr>
<tr><td>2</td><td>DW-FL-150-T</td><td>Tooling (mould + core box)</td><td>1</td><td>&ndash;</td><td>1,450.00</td><td>&ndash;</td></tr>
</table>
<p>Release authority: Mick O'Donnell, Operations Manager.</p>
<p>Samples by DHL to Cambridge TAS. Terms: T/T, see proforma.</p>
<p style="color:#777">Questions: purchasing@derwentworkboats.com.au</p>
""")),
])

# ---- p42: ERP sample PO with an unmarked series line.
case("p42", ["RG001", "RG003", "RG004", "RG005"], "ERP sample order lists a series line of 400 bases beside the 8 samples with no hold, no event and no release person.", [
    ("SOFT1_PO_KYM-24-131.txt", """KYMA YACHTING CHARTER S.A.                                    SOFT1 ERP  v6.0
Akti Lavriou 7, 19500 Lavrio, Greece      VAT EL 099874321     Printed 03/05/2024 10:41
PURCHASE ORDER / ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ        No KYM-24-131          Date 03/05/2024
Supplier: 30412  JADRAN OKOV D.O.O., PUT SUPAVLA 21, 21000 SPLIT, CROATIA
Buyer:    E. STAVROU

Line Code          Description                               Qty  UoM   Price EUR   Value EUR
---- ------------- ---------------------------------------- ---- ----- ----------- -----------
  10 KYM-SB-25     STANCHION BASE 25MM 3DEG AISI316 SAMPLE     8  PCS        21,30      170,40
  20 KYM-SB-25     STANCHION BASE 25MM 3DEG AISI316 SERIES   400  PCS        16,90
                                                                          ---------------------
                                                                    TOTAL EUR           170,40
NOTES:
 SAMPLE ORDER. BASES FOR 25MM STANCHIONS, HOLE PATTERN 4X M8, SEE DRG KYM-D-0325 REV 2.
 SAMPLES DAP LAVRIO WK 22. PAYMENT 60 DAYS.
"""),
])

# ---- p43: order letter with the series quantity beside the 3 samples; release person named only.
case("p43", ["RG001", "RG003", "RG004"], "Order letter for 3 samples states the series quantity 160 with price and delivery; names the release authority, never says the series is not released or what unlocks it.", [
    ("lettre_commande_CNA-HT-500.docx", docx_bytes([
        ("h1", "Lettre de commande / Order letter"),
        ("p", "Chantier Naval Audierne SAS - La Rochelle, le 06/05/2024"),
        ("p", "À / to: Jadran Okov d.o.o., Split - Mme Ivana Babić"),
        ("p", "Objet: capots de pont affleurants 500x500 CNA-HT-500 - commande d'échantillons, PO CNA-24-0318"),
        ("p", "Madame,"),
        ("p", "Further to your offer JO-P-24-033, we order three (3) sample hatches CNA-HT-500, drawing "
              "CNA-D-500 ind. D, at EUR 412,00 each, delivery week 22."),
        ("table", [
            ["", "Quantité / qty", "Prix unitaire EUR", "Livraison"],
            ["Échantillons / samples", "3", "412,00", "semaine 22 / 2024"],
            ["Série / series", "160", "286,00", "2025, 20 par mois"],
        ]),
        ("p", "Interlocutrice pour le lancement / production release authority: Hélène Daviau, "
              "Directrice industrielle."),
        ("p", "Nous vous prions d'agréer, Madame, nos salutations distinguées."),
        ("p", "Claire Moreau, acheteuse"),
    ], author="Claire Moreau")),
])

# ---- p44: WeChat: 10 samples and 'The production quantity is 1 500 pcs as in your quote'.
case("p44", ["RG001", "RG003", "RG004", "RG005"], "Buyer chat: PO for 10 samples and 'the production quantity is 1 500 pcs as in your quote' with delivery date; no hold, event or release person.", [
    ("WeChat_Lily_Eleni_May.txt", """WeChat chat history: Eleni Stavrou (Kyma) - Lily Zhou 宁波海通
Exported 2024-05-24

2024-05-21 10:48:31 Eleni Stavrou
Hi Lily, PO KYM-24-207 for 10 samples cleat 200mm is sent today by email.

2024-05-21 10:49:50 Eleni Stavrou
The production quantity is 1 500 pcs as in your quote, delivery Feb 2025 to Lavrio.

2024-05-21 11:05:12 Lily Zhou
Received, thank you Eleni! 🙏 We will send PI today.
"""),
])

# ---- p45: plain sample PO mail + PDF, nothing about the rest.
_po = pdf([
    ("h1", "KYMA YACHTING CHARTER S.A."),
    ("p", KYMA),
    ("h", "PURCHASE ORDER KYM-24-219"),
    ("p", "Supplier: Inox Nautica Ligure S.r.l. (30977).  Date: 30/05/2024.  Buyer: Eleni Stavrou.  Order type: SAMPLES."),
    ("table", [
        ["Line", "Code", "Description", "Qty", "Price EUR", "Value EUR"],
        ["10", "KYM-FL-160", "Fairlead 160 mm AISI 316, open type, drawing KYM-D-0160 rev 1 - sample", "5", "52,00", "260,00"],
    ]),
    ("sp",),
    ("p", "Delivery: DAP Lavrio, week 26. Payment 60 days."),
], title="PO KYM-24-219", author="Kyma Yachting Charter")
_t = """Dear Marco,

Please find attached our PO KYM-24-219 for the five (5) sample fairleads KYM-FL-160.

After the samples we need the fairleads for the refit of the whole fleet (14 yachts) this winter.

Kind regards,
Eleni Stavrou
""" + sig("Eleni Stavrou", "Purchasing", "Kyma Yachting Charter S.A., Lavrio", "+30 22920 55 012")
case("p45", ["RG003", "RG004", "RG005"], "Sample PO for 5 fairleads with a fleet refit to follow; never says the rest is not released, no event, no release person.", [
    ("PO_KYM-24-219.eml", eml_bytes(mail(
        ELENI, MARCO, "PO KYM-24-219 sample fairleads", dt(2024, 5, 30, 12, 20, 3), _t, html=to_html(_t),
        attachments=[("PO_KYM-24-219.pdf", _po, PDF_MT)]))),
])


# =================================================================== WRITE
def _bytes(data):
    if isinstance(data, EmailMessage):
        return eml_bytes(data)
    if isinstance(data, str):
        return data.encode("utf-8")
    return data


def main():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(CASES)
    random.Random(208208).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h208_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(_bytes(data))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
