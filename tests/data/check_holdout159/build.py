#!/usr/bin/env python3
"""Generator for the releasegate check_holdout159 corpus (battery packs, BMS, cell holders, busbars).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout159/build.py

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
    m["Message-ID"] = msgid or f"<h159-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h159")
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


def txt(s):
    """Plain text file content; normalise leading newline."""
    return s.lstrip("\n")


DISC_DE = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "Diese E-Mail enthaelt vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. / This e-mail may "
    "contain confidential information. If you are not the intended recipient, please notify the "
    "sender and delete this e-mail.\n"
)


def sig_de(name, title, company, phone="+49 89 5550 100"):
    return DISC_DE.format(name=name, title=title, company=company, phone=phone)


def sig_plain(name, title, company, phone):
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


# ============================================================ CASES: batch 1 (clean)
# ---- c01: German PO, complete scope note, PDF with table
case("c01_kessler_po_bsample", [],
     "sample PO: 12 active, balance 1,988 not released, B-sample sign-off + written release by named person, sample-only material",
     [("PO_4500118823.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500118823"),
         ("table", [["Buyer", "Supplier"],
                    ["Kessler eDrive GmbH, Einkauf Batteriesysteme, Landsberger Str. 310, 80687 Muenchen",
                     "Shenzhen Voltcore Energy Co., Ltd., No. 18 Fuyong Rd, Bao'an District, Shenzhen 518103, China"]]),
         ("sp",),
         ("table", [["PO date", "Supplier no.", "Payment", "Incoterms", "Contact"],
                    ["06.05.2024", "70041", "30 days net", "FCA Shenzhen (Incoterms 2020)",
                     "Katrin Moeller, +49 89 5550 182"]]),
         ("sp",),
         ("table", [["Pos", "Material", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
                    ["10", "3100-4812-B", "Battery pack 48 V 20 Ah, B-sample, per DRG 3100-4812 Rev 04",
                     "12", "pcs", "318,00", "KW 26"],
                    ["20", "9900-0001", "UN 38.3 test (T1-T8) for the B-sample build, one-off",
                     "1", "LS", "1.450,00", "with delivery"]]),
         ("sp",),
         ("h", "Scope of this purchase order - please read before planning"),
         ("p", "1. This purchase order authorizes twelve (12) B-sample packs, position 10, and the "
               "UN 38.3 test in position 20. Nothing else may be built or shipped under it."),
         ("p", "2. Your quotation VC-Q-24-0419 also lists a series quantity of 2,000 packs. That figure is "
               "for information only. The balance of 1,988 packs is not released and is not covered by "
               "this purchase order."),
         ("p", "3. What to do now: build the 12 B-samples, run the UN 38.3 test and ship with the test "
               "summary. Do not reserve series capacity. Material authority under this PO is "
               "sample-only: do not buy cells, BMS boards or housings for the series."),
         ("p", "4. The balance can be released only after our engineering has signed off the B-samples "
               "(DV test report), and then only by a written production release from Katrin Moeller, "
               "Head of Purchasing Battery Systems, that quotes this PO number and the released quantity."),
         ("sp",),
         ("p", "Dangerous goods: UN3480, class 9, packed per IATA DGR and PI 965 Section IA. Each pack with "
               "its own test summary and SoC <= 30 %. Please confirm this order within 3 working days to "
               "einkauf-batterie@kessler-edrive.de."),
         ("p", "Our general terms of purchase (AEB 2023) apply. Kessler eDrive GmbH, Sitz Muenchen, HRB 231447, "
               "Geschaeftsfuehrer Dr. Tobias Renner, USt-IdNr. DE312445901."),
     ], title="PO 4500118823", author="Kessler eDrive GmbH"))])

# ---- c02: Taiwanese supplier quote with tiers (HTML), no authorization
case("c02_formosa_quote_tiers", [],
     "supplier quote with proto/pilot/production tiers; no authorized quantity, nothing released",
     [("FPE-Q240517-BMS.html", html_page("Quotation FPE-Q240517", """
<h2>Formosa Power Electronics Co., Ltd.</h2>
<p>No. 66, Xingbang Rd., Guishan Dist., Taoyuan City 333, Taiwan (R.O.C.) &middot; Tel +886 3 555 0172</p>
<h3>QUOTATION No. FPE-Q240517</h3>
<table>
<tr><th>Customer</th><td>Ridgeline Tools Inc., Dayton OH, attn. Mr. Mike Kowalczyk</td></tr>
<tr><th>Date</th><td>2024/05/17</td></tr>
<tr><th>Part</th><td>BMS board RT-BMS-20V-5S, 5S 20V, 40A cont., per your spec RT-ES-0412 rev. B</td></tr>
<tr><th>Validity</th><td>60 days</td></tr>
</table>
<br>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price (USD)</th><th>Lead time</th></tr>
<tr><td>Proto (A-sample)</td><td>20 pcs</td><td>38.00</td><td>4 weeks ARO</td></tr>
<tr><td>Pilot</td><td>200 pcs</td><td>16.90</td><td>6 weeks ARO</td></tr>
<tr><td>Production</td><td>5,000 pcs</td><td>11.40</td><td>8 weeks ARO</td></tr>
<tr><td>Production</td><td>10,000 pcs</td><td>10.85</td><td>8 weeks ARO</td></tr>
</table>
<p>NRE (SMT stencil, ICT fixture, EOL tester program): USD 2,850, one time.</p>
<h3>Remarks</h3>
<ol>
<li>MOQ for production is 2,500 pcs because of the reel quantity of the AFE IC (BQ76930).</li>
<li>Price based on copper LME 9,800 USD/t; PCB 4 layers 2 oz, FR-4 Tg170.</li>
<li>This quotation is not an order confirmation. Any quantity is built only against your PO, and production quantities only after your written production release.</li>
<li>Kindly note the allocation situation of MOSFETs; lead time may change after 2024/06/30.</li>
</ol>
<p>Should you have any question, please feel free to let us know.<br>
Best regards,<br>Jason Lin / Sales Manager, Formosa Power Electronics</p>
"""))])

# ---- c03: KakaoTalk, supplier asks for go-ahead on balance, buyer refuses with full scope
case("c03_kakao_daejin_balance_question", [],
     "supplier question about going ahead; buyer answer: only 20 C-samples, 480 on hold until test report sign-off, written release by named buyer",
     [("KakaoTalk_Seoyeon_Daejin_20240614.txt", txt("""
Seoyeon-Daejin C-sample 님과 카카오톡 대화
저장한 날짜 : 2024-06-14 18:02

--------------- 2024년 6월 12일 수요일 ---------------
[최유나 Choi Yu-na (Seoyeon)] [오전 9:41] 좋은 아침입니다 책임님 :)
[최유나 Choi Yu-na (Seoyeon)] [오전 9:42] 20 C-sample modules (SY-M51-280) finished EOL test yesterday, all pass. report in email
[최유나 Choi Yu-na (Seoyeon)] [오전 9:42] 사진
[이혜진 Lee Hye-jin (Daejin ESS)] [오전 10:05] Good news, thank you! Please ship them Friday to our Cheonan lab, dock 3. UN 38.3 summary in the box please
[최유나 Choi Yu-na (Seoyeon)] [오전 10:07] 네 OK. Friday pick-up 2pm
[최유나 Choi Yu-na (Seoyeon)] [오후 2:31] 책임님 one more question. our production team is asking: can we go ahead with the 480 balance? line 2 is free from next week and we have cells in warehouse
[이혜진 Lee Hye-jin (Daejin ESS)] [오후 3:02] No, please don't start anything. Only the 20 C-samples are released under PO 4510-2207.
[이혜진 Lee Hye-jin (Daejin ESS)] [오후 3:03] The balance of 480 modules is not released. It stays on hold until our engineering signs off the UL 1973 / UL 9540A test report of the C-samples. After that sign-off I will send you the written production release with the quantity. Please also don't use cells for our 480.
[이혜진 Lee Hye-jin (Daejin ESS)] [오후 3:03] 이혜진 / Lee Hye-jin, Purchasing Team, Daejin ESS
[최유나 Choi Yu-na (Seoyeon)] [오후 3:10] 네 알겠습니다! Understood, we use line 2 for other customer and wait your written release
[이혜진 Lee Hye-jin (Daejin ESS)] [오후 3:11] 감사합니다 :)

--------------- 2024년 6월 14일 금요일 ---------------
[최유나 Choi Yu-na (Seoyeon)] [오후 2:48] pick-up done, 2 pallets, DG class 9. tracking in email
[이혜진 Lee Hye-jin (Daejin ESS)] [오후 4:15] received thanks, good weekend
"""))])

# ---- c04: labelled rolling forecast, EML multipart/alternative
_c04_rows = [("Jul 2024", "0"), ("Aug 2024", "40"), ("Sep 2024", "120"), ("Oct 2024", "160"),
             ("Nov 2024", "160"), ("Dec 2024", "200")]
_c04_text = ("Hi Min-su,\n\nAttached below is our rolling forecast from the June planning round for the "
             "HB-M280 ESS modules.\n\n"
             "Please note: this is a FORECAST for your capacity planning only. It is non-binding, it is not an "
             "order and it is not a production release. It does not authorise you to buy cells or other "
             "material. Orders and releases come only as POs or call-offs signed by me.\n\n"
             "  Month      Modules (forecast)\n" +
             "".join(f"  {m:<10} {q:>6}\n" for m, q in _c04_rows) +
             "\nWe have some uncertainty on the Q4 figures, the grid-operator tender in Troms is not decided "
             "before end of September. I will update you in the July round.\n\n"
             "Also: could you send the updated cell traceability sheet for the C-sample lot? Our QA is "
             "asking for it.\n\nHa det bra,\nIngrid\n" +
             sig_plain("Ingrid Solberg", "Category Manager Battery Systems", "Nordvik Energilagring AS, Trondheim",
                       "+47 735 55 014"))
_c04_html = ("<p>Hi Min-su,</p><p>Attached below is our rolling forecast from the June planning round for the "
             "HB-M280 ESS modules.</p><p class='note'><b>Please note:</b> this is a FORECAST for your capacity "
             "planning only. It is non-binding, it is not an order and it is not a production release. It does "
             "not authorise you to buy cells or other material. Orders and releases come only as POs or "
             "call-offs signed by me.</p><table><tr><th>Month</th><th>Modules (forecast)</th></tr>" +
             "".join(f"<tr><td>{m}</td><td>{q}</td></tr>" for m, q in _c04_rows) +
             "</table><p>We have some uncertainty on the Q4 figures, the grid-operator tender in Troms is not "
             "decided before end of September. I will update you in the July round.</p><p>Also: could you send "
             "the updated cell traceability sheet for the C-sample lot? Our QA is asking for it.</p>"
             "<p>Ha det bra,<br>Ingrid</p><p>Ingrid Solberg<br>Category Manager Battery Systems<br>"
             "Nordvik Energilagring AS, Trondheim<br>+47 735 55 014</p>")
case("c04_nordvik_forecast", [],
     "clearly labelled non-binding rolling forecast; no authorization",
     [("Forecast_HB-M280_June2024.eml", eml_bytes(mail(
         "Ingrid Solberg <ingrid.solberg@nordvik-energi.no>", "Kim Min-su <ms.kim@hanbitcell.co.kr>",
         "Rolling forecast June 2024 - HB-M280 modules (non-binding)", "Mon, 03 Jun 2024 08:14:00 +0200",
         _c04_text, html=html_page("forecast", _c04_html), cc="Nordvik Planning <planning@nordvik-energi.no>")))])

# ---- c05: DOCX DV/PV test plan with tables; orders nothing
case("c05_brenner_test_plan", [],
     "buyer test plan: sample quantities for DV/PV, states it orders nothing and sign-off releases nothing",
     [("TP-BW-BMS-18-5S_DV-PV_rev2.docx", docx_bytes([
         ("h1", "DV / PV Test Plan - BMS board BW-BMS-18-5S"),
         ("p", "Document TP-BW-BMS-18-5S, revision 2, 22 May 2024. Owner: Dr. Sabine Keller, Battery "
               "Engineering, Brenner Werkzeuge GmbH, Nuernberg. Supplier: Hangzhou Lianxin Electronics Co., Ltd."),
         ("h", "1 Purpose and scope"),
         ("p", "This plan describes the design validation (DV) and product validation (PV) of the 18 V 5S "
               "battery management board for the BW18 cordless platform. It defines test samples, tests "
               "and pass criteria."),
         ("p", "This plan does not order parts. DV and PV samples are ordered by separate purchase orders. "
               "Signing off DV or PV does not release series production. The series production release is "
               "a separate written document from Joerg Albrecht (Purchasing) that names the quantity."),
         ("h", "2 Samples"),
         ("table", [["Phase", "Samples", "Build", "Sign-off by"],
                    ["DV", "6 boards", "hand-assembled, SMT line 2", "Dr. Sabine Keller"],
                    ["PV", "10 boards", "series tooling, series process", "Dr. Sabine Keller"]]),
         ("h", "3 Test matrix"),
         ("table", [["Test", "Standard", "Samples", "Pass criterion"],
                    ["Transport tests T1-T8", "UN 38.3 (Rev. 7, Amd. 1)", "in 3 packs", "no leak, no fire, OCV >= 90 %"],
                    ["Functional safety of charge cut-off", "IEC 62841-1, annex K", "2", "cut-off at 4.25 V +/- 25 mV"],
                    ["ESD", "IEC 61000-4-2, +/- 8 kV contact", "2", "no reset, no latch-up"],
                    ["Over-current", "internal BW-TS-120", "2", "trip at 120 A within 200 us"],
                    ["Drop 1 m on concrete", "IEC 62841-1 cl. 20", "in 3 packs", "no loose parts"]]),
         ("h", "4 Reporting"),
         ("p", "The supplier sends raw data and a summary within 5 working days of each test. Deviations are "
               "raised as NCR (form QF-8.7) and closed before sign-off."),
         ("num", "DV sign-off: all DV tests passed or deviation accepted in writing by Dr. Keller."),
         ("num", "PV sign-off: all PV tests passed on boards from series tooling."),
     ], author="Dr. Sabine Keller"))])

# ---- c06: SAP printout, full-quantity series PO, no balance
case("c06_ridgeline_sap_full_qty", [],
     "full-quantity series PO after PPAP; 'proceed with the full 3,000' scoped; no balance so absence rules do not apply",
     [("PO_4500207719_print.txt", txt("""
RIDGELINE TOOLS INC.                                        PURCHASE ORDER
4410 COMMERCE PKWY, DAYTON OH 45414                         PO NUMBER : 4500207719
                                                            PO DATE   : 05/21/2024
VENDOR   : 100388  SLASKIE BUSBAR SP. Z O.O.                PAGE      : 1 OF 1
           UL. TOSZECKA 102, 44-100 GLIWICE, POLAND
BUYER    : M. KOWALCZYK   (937) 555-0143
TERMS    : NET 60          INCOTERMS 2020: DAP DAYTON OH
CURRENCY : USD

ITEM  MATERIAL        DESCRIPTION                         QTY  UN  UNIT PRICE     NET VALUE  DELIV DATE
----- --------------- ------------------------------- ------- --- ---------- ------------- ----------
00010 RT-BB-2170-06   BUSBAR CU-ETP NI-PLATED 0.3MM     3,000  EA     0.8600      2,580.00 08/30/2024
                      DRG RT-BB-2170-06 REV C
                      SERIES SUPPLY - FULL QUANTITY
----- --------------- ------------------------------- ------- --- ---------- ------------- ----------
                                                       TOTAL NET VALUE USD         2,580.00

HEADER TEXT
THIS PO IS A SERIES ORDER FOR THE COMPLETE QUANTITY OF 3,000 PCS.
PPAP LEVEL 3 WAS SIGNED OFF ON 05/14/2024 (PSW ON FILE, REF PPAP-RT-0612).
PLEASE PROCEED WITH THE FULL 3,000 PCS. THERE IS NO BALANCE AND NOTHING
ON HOLD UNDER THIS PO. ANY ADDITIONAL QUANTITY NEEDS A NEW PO.

PACKING: 500 PCS PER VCI BAG, 6 BAGS PER CARTON, LABEL PER RT-LOG-07.
CERTS: MATERIAL CERT EN 10204 3.1 AND PLATING THICKNESS REPORT WITH
EACH SHIPMENT. RoHS/REACH DECLARATION ON FILE.

PLEASE ACKNOWLEDGE WITHIN 48 HRS TO PURCHASING@RIDGELINETOOLS.COM
*** END OF PURCHASE ORDER ***
"""))])

# ---- c07: multi-file; call-off PDF with staged material authority above release + frame agreement DOCX
case("c07_alpenstrom_calloff_frame", [],
     "call-off releases 400 sets; staged resin authority up to 1,200 sets explicit; rest not released until call-off 04 by named buyer; frame agreement non-binding forecast",
     [("Abruf_03_RV-2024-017.pdf", pdf([
         ("h1", "Abruf / Call-off 03"),
         ("p", "Frame agreement RV-2024-017 - Alpenstrom Speicher GmbH, Kufsteiner Str. 88, 83022 Rosenheim - "
               "to Pannon Cell Kft., Kishegyesi ut 263, 4031 Debrecen, Hungary."),
         ("table", [["Call-off date", "Call-off no.", "Buyer contact", "Delivery address"],
                    ["12.06.2024", "03", "Stefanie Huber, +49 8031 555 270", "Werk Rosenheim, Tor 2"]]),
         ("sp",),
         ("table", [["Pos", "Part", "Description", "Released qty", "Delivery"],
                    ["10", "AS-CH-16S-02", "Cell holder top 16S, PC/ABS V-0, Rev 03", "400", "KW 36"],
                    ["20", "AS-CH-16S-03", "Cell holder bottom 16S, PC/ABS V-0, Rev 03", "400", "KW 36"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This call-off releases 400 sets (400 tops and 400 bottoms) for production and delivery in KW 36. "
               "Call-offs 01 and 02 (1,150 sets in total) are delivered and closed."),
         ("p", "Everything beyond these 400 sets is not released, including the rest of the annual forecast in "
               "the frame agreement. The next quantity is released only by call-off 04, signed by Stefanie Huber "
               "(Strategic Purchasing) or, in her absence, Florian Gruber."),
         ("h", "Material authority (frame agreement section 7.2)"),
         ("p", "Staged: you may buy and hold PC/ABS resin (Bayblend FR3010, black) for up to 1,200 sets in total "
               "at our liability, including the 400 sets of this call-off, so that the resin allocation for Q4 is "
               "secured. Moulding beyond the 400 released sets is not authorized."),
         ("p", "Packaging: KLT 4314, 50 sets per KLT, VDA 4902 label. Please confirm by return."),
     ], title="Abruf 03", author="Alpenstrom Speicher GmbH")),
      ("Rahmenvertrag_RV-2024-017.docx", docx_bytes([
          ("h1", "Rahmenvertrag / Frame Agreement RV-2024-017"),
          ("p", "between Alpenstrom Speicher GmbH, Rosenheim (Buyer) and Pannon Cell Kft., Debrecen (Supplier), "
                "signed 08.01.2024."),
          ("h", "1 Parts"),
          ("p", "Cell holders top and bottom for the 16S home storage module AS-HS-10, drawings AS-CH-16S-02 and "
                "AS-CH-16S-03, current revision."),
          ("h", "2 Prices"),
          ("table", [["Annual volume (sets)", "Price per set EUR"],
                     ["up to 10.000", "3,42"], ["10.001 - 25.000", "3,18"], ["above 25.000", "2,97"]]),
          ("h", "5 Forecast"),
          ("p", "Buyer sends a rolling 6-month forecast each month. The current annual forecast is about 24.000 sets. "
                "Forecasts are non-binding, are not orders and release nothing."),
          ("h", "6 Call-offs"),
          ("p", "Only written call-offs release production. Each call-off states the released quantity and is "
                "signed by a named member of Buyer's purchasing (at present Stefanie Huber; deputy Florian Gruber)."),
          ("h", "7 Material authority"),
          ("p", "7.1 Unless a call-off says otherwise, Supplier's material authority is limited to the released "
                "quantity. 7.2 A staged material authority above the released quantity is valid only when a "
                "call-off states it with a quantity; Buyer is liable for material within that stated quantity."),
          ("h", "8 Payment"),
          ("p", "45 days net from receipt of invoice. Tooling (2 moulds, 4 cavities each) is owned by Buyer."),
      ], author="Stefanie Huber"))])

# ---- c08: explicit recorded auto-conversion (EML + PDF record)
_c08_body = """Dear Amy,

Greetings from Pune. Further to our meeting at your Cixi plant on 14-May, please find attached the signed
auto-conversion record for PO 4700031562. For good order, the scope in short:

(a) Released now: ten (10) C-sample packs SEV-60V-30Ah, PO line 10. Kindly build and ship only these 10.

(b) Auto-conversion, as agreed and recorded in the attached sheet signed by both sides on 14-May-2024:
    if I, Sanjay Kulkarni, sign the C-sample sign-off sheet with disposition "approved" on or before
    30-Aug-2024, that sign-off by itself releases 500 packs under PO line 20. No other document is needed
    for those 500. An interim or rejected disposition converts nothing.

(c) The remaining 1,490 packs of the quoted 2,000 are not released. They will be released only by a
    separate written release from me after the AIS-156 Phase II PV test, quoting quantity and PO line.

(d) Material: sample-only until the sign-off. After an approved sign-off, cells and BMS for the 500
    converted packs only.

Kindly acknowledge this scope by return mail. Shipment of the C-samples by air, DG class 9, to our
Chakan plant, Gate 4.

Thanks and regards,
Sanjay
""" + sig("Sanjay Kulkarni", "Head - Sourcing, Battery Systems", "Sahyadri EV Pvt Ltd, Chakan MIDC, Pune 410501",
          "+91 20 5550 4471")
case("c08_sahyadri_auto_conversion", [],
     "explicit recorded auto-conversion naming 500 packs, signer, deadline and disposition; 10 active; 1,490 on hold with written release by named person",
     [("PO4700031562_scope.eml", eml_bytes(mail(
         "Sanjay Kulkarni <sanjay.kulkarni@sahyadri-ev.in>", "Amy Xu <amy.xu@helix-newenergy.cn>",
         "PO 4700031562 - C-sample packs - scope and recorded auto-conversion", "Thu, 16 May 2024 11:20:00 +0530",
         _c08_body, attachments=[("AutoConversion_Record_4700031562.pdf", pdf([
             ("h1", "Auto-conversion record"),
             ("table", [["Field", "Entry"],
                        ["Order", "PO 4700031562, part SEV-60V-30Ah, Sahyadri EV Pvt Ltd / Ningbo Helix New Energy Co., Ltd."],
                        ["Trigger", "C-sample sign-off sheet signed with disposition 'approved'"],
                        ["Quantity released by the trigger", "500 packs, PO line 20"],
                        ["Signer of the sign-off", "Sanjay Kulkarni, Head - Sourcing, Battery Systems"],
                        ["Deadline", "30-Aug-2024; after that date the trigger lapses"],
                        ["Not covered", "remaining 1,490 packs - written release required"],
                        ["Recorded on", "14-May-2024, Cixi"]]),
             ("sp",),
             ("p", "Signed: Sanjay Kulkarni (Sahyadri EV)      Signed: Amy Xu, Sales Director (Ningbo Helix)"),
         ], title="Auto-conversion record", author="Sahyadri EV"), PDF_MT)])))])

# ---- c09: supplier: deposit does not release production
case("c09_jinyu_deposit_not_release", [],
     "supplier: deposit is for the mould only and does not release production; waits for written release",
     [("RE_Deposit_mould_CH-21700-4P.eml", eml_bytes(mail(
         "Cathy Wu <cathy.wu@jinyu-precision.com.cn>", "Tyler Brooks <tbrooks@cascade-micromobility.com>",
         "RE: Deposit for cell holder mould CH-21700-4P", "Wed, 22 May 2024 16:05:00 +0800",
         """Dear Tyler,

Good day!

We have received your 50% deposit USD 9,600 for the tooling of cell holder mould CH-21700-4P (2 cavities,
P20 steel, hot runner) today, thank you very much.

Please kindly note: the deposit is for the mould only, it does not release production. Under your
PO 4500031177 we will make the T1 trial shots and send 50 pcs T1 samples with CMM report and the
UL 94 V-0 material certificate (Sabic Cycoloy FR). We will not start the 10,000 pcs production and
we will not buy resin for it until we receive your written production release.

Schedule:
- DFM report: already sent 05/15
- Steel cutting: from 05/27
- T1 trial: around 06/24
- T1 samples 50 pcs by express: around 06/28

Should you have any question please feel free to contact me.

Best regards,
Cathy Wu
Project Engineer
Xiamen Jinyu Precision Plastics Co., Ltd.
Tel: +86 592 555 8830
""", in_reply_to="<h159-cascade-0517@cascade-micromobility.com>")))])

# ---- c10: Polish supplier order confirmation restating the hold (PDF)
case("c10_wpc_order_confirmation", [],
     "supplier acknowledgement restating: 16 B-sample sets only, 800 not released, no copper bought, waits for written release from named buyer",
     [("OC_2024_0611_Havbris.pdf", pdf([
         ("h1", "Potwierdzenie zamowienia / Order confirmation OC/2024/0611"),
         ("p", "Wroclaw Power Components Sp. z o.o., ul. Strzegomska 140, 54-429 Wroclaw, Poland. NIP 894-555-21-07."),
         ("table", [["Customer", "Your PO", "Date", "Our contact"],
                    ["Havbris Marine Energy AS, Sandviksbodene 1, 5035 Bergen, Norway", "4500009221",
                     "11.06.2024", "Agnieszka Nowak"]]),
         ("sp",),
         ("table", [["Item", "Your PO item", "Part", "Qty confirmed", "Price EUR", "Delivery"],
                    ["1", "10", "HME-BB-700-A busbar set, B-sample, Rev B", "16 sets", "142,00", "19.07.2024"]]),
         ("sp",),
         ("p", "We confirm the 16 B-sample busbar sets of your PO item 10 only."),
         ("p", "We have noted that the production quantity of 800 sets shown in our offer OF-24-0233 is not "
               "released under this PO. We will not plan it and we will not order copper or insulation for it. "
               "As stated in your PO text, the production release will come in writing from Mr. Erik Nilsen "
               "after your B-sample sign-off."),
         ("p", "Delivery DAP Bergen, packed in wooden crate with VCI foil. Invoice after delivery, 30 days."),
         ("p", "Z powazaniem / Kind regards, Agnieszka Nowak, Customer Service Manager"),
     ], title="OC/2024/0611", author="Wroclaw Power Components"))])

# ---- c11: Teams chat, approval scoped to fit check only
case("c11_teams_voltaris_fitcheck", [],
     "B-samples approved for fit check only, production not released; 8 samples; 592 on hold until DV-07 sign-off; written release by named buyer",
     [("Teams_Voltaris_Dunamenti_busbar.txt", txt("""
Microsoft Teams - chat export
Chat: Voltaris / Dunamenti - 96V busbar B-samples
Participants: Peter Kovacs (Dunamenti Femtechnika Kft), Lena Hoffmann (Voltaris GmbH), Marco Schulz (Voltaris GmbH)

[10.06.2024 08:51] Peter Kovacs (Dunamenti Femtechnika Kft): Good morning, the 8 B-sample busbar sets arrived at your site on Friday, DHL 1Z 6X4 ... signed by "Gruber"
[10.06.2024 09:30] Lena Hoffmann (Voltaris GmbH): Morning Peter, yes they are here. We did the fit check on the module mock-up this morning, holes M6 all aligned, bending radius ok.
[10.06.2024 09:31] Lena Hoffmann (Voltaris GmbH): B-samples approved for fit check only. This is not a production release, and please do not buy copper for the series.
[10.06.2024 09:40] Peter Kovacs (Dunamenti Femtechnika Kft): Understood. So we wait. The 592 sets from the quote stay open?
[10.06.2024 09:52] Marco Schulz (Voltaris GmbH): Hi Peter, Marco from purchasing. Correct: PO 4500044120 covers the 8 B-samples only; the remaining 592 sets are not released.
[10.06.2024 09:53] Marco Schulz (Voltaris GmbH): Next step is the thermal cycling test DV-07 (-40/+85 C, 500 cycles). When Lena has signed off DV-07, I will send you a written production release with the quantity. Nothing before that.
[10.06.2024 10:02] Peter Kovacs (Dunamenti Femtechnika Kft): Clear, thank you both. I tell our scheduling. Have a nice day
[10.06.2024 10:03] Lena Hoffmann (Voltaris GmbH): 👍
"""))])

# ---- c12: PDF PO with identifiers that look like quantities
case("c12_mesa_po_identifiers", [],
     "sample PO, 6 A-sample boards; many identifiers that look like quantities (PN 2000-480-1000, DRG 7500 Rev 12, Building 2500); 494 on hold, sign-off + written release by named person",
     [("PO_MGS-24-0480.pdf", pdf([
         ("h1", "Purchase Order MGS-24-0480"),
         ("table", [["Buyer", "Supplier", "Date"],
                    ["Mesa Grid Storage LLC, 2500 W Alameda Dr, Tempe AZ 85282",
                     "Hangzhou Lianxin Electronics Co., Ltd., Binjiang District, Hangzhou, China", "May 28, 2024"]]),
         ("sp",),
         ("table", [["Line", "Part number", "Description", "Qty", "Unit price USD", "Ship by"],
                    ["1", "2000-480-1000", "BMS master board, A-sample, DRG 7500 Rev 12", "6", "412.00", "Jul 12, 2024"]]),
         ("sp",),
         ("p", "Reference: quotation HLX-Q-2405-112. Applicable: UL 1973 3rd Ed., UL 9540A, IEC 62619:2022, "
               "test spec TS-1200 Rev 3. Connector Molex 5025-8500 series; M4x0.7 screws, 1.2 Nm. NCR-2024-0480 "
               "from the previous proto build is closed."),
         ("h", "Scope"),
         ("p", "This PO authorizes six (6) A-sample boards only. The 500-piece pilot quantity in quotation "
               "HLX-Q-2405-112 is not released; the balance of 494 boards stays on hold."),
         ("p", "Build and ship the 6 A-samples. Material authority: sample-only. Do not order AFE ICs or PCBs "
               "for the pilot quantity."),
         ("p", "Unlock: after our engineering signs off the A-sample bench test per TS-1200 Rev 3, Dana Whitfield, "
               "Director of Supply Chain, may release a quantity in writing, quoting this PO. No other person or "
               "event releases the balance."),
         ("p", "Ship to: Building 2500, Dock 12, attn. Receiving. Include C of C and test log per board."),
     ], pagesize=LETTER, title="PO MGS-24-0480", author="Mesa Grid Storage"))])

# ---- c13: multi-file: PO declaring quote's series quantity informational + supplier quote
case("c13_hanul_po_plus_quote", [],
     "PO for 20 A-sample cell holders declares the quote's 3,000 series quantity informational and not released; event + named releaser; quote file in same bundle",
     [("PO_HM-2406-117.pdf", pdf([
         ("h1", "PURCHASE ORDER HM-2406-117"),
         ("p", "Hanul Mobility Co., Ltd., 5F, 42 Seongsuil-ro, Seongdong-gu, Seoul 04781, Korea"),
         ("p", "To: Taichung Precision Cell Holders Co., Ltd., Taichung Industrial Park, Taichung 407, Taiwan"),
         ("table", [["No.", "Item", "Spec", "Q'ty", "U/P (USD)", "Due"],
                    ["1", "HM-CH-18650-13S4P", "Cell holder 13S4P, A-sample (soft tool), Rev A", "20", "24.50", "2024-07-05"]]),
         ("sp",),
         ("p", "Remark 1. This PO is for 20 A-sample cell holders only."),
         ("p", "Remark 2. The series quantity 3,000 pcs written in your quotation TPC-24-0317 (attached) is for "
               "information only and it is not released. The balance is on hold."),
         ("p", "Remark 3. The balance can be released only after our R&D team signs off the A-samples (fit and "
               "vibration test, KS C IEC 62133-2), and then only by written release from Park Jae-hyun, "
               "Purchasing Team Leader. Please do not purchase resin for series before this."),
         ("p", "Payment T/T 30 days after receipt. Please sign and return the copy."),
     ], title="PO HM-2406-117", author="Hanul Mobility")),
      ("Quotation_TPC-24-0317.pdf", pdf([
          ("h1", "QUOTATION TPC-24-0317"),
          ("p", "Taichung Precision Cell Holders Co., Ltd. - To: Hanul Mobility, Mr. Park Jae-hyun - 2024/06/03"),
          ("table", [["Item", "Stage", "Q'ty", "Unit price USD", "Tooling USD", "Lead time"],
                     ["HM-CH-18650-13S4P", "A-sample (soft tool)", "20", "24.50", "1,800", "3 weeks"],
                     ["HM-CH-18650-13S4P", "Series (steel mould, 4 cav.)", "3,000", "1.86", "14,500", "6 weeks after mould"]]),
          ("p", "Material: PC UL94 V-0 (Lexan 940). Price EXW Taichung. Valid 90 days."),
      ], title="TPC-24-0317", author="Taichung Precision"))])

# ---- c14: buyer's reply corrects the supplier's auto-conversion assumption (quoted)
case("c14_brenner_reply_no_autoconversion", [],
     "quoted supplier assumption of auto-conversion, buyer reply corrects it: 8 A-samples only, series on hold, sign-off then written release from named buyer",
     [("RE_Shipment_A-samples_BW18-5.0.eml", eml_bytes(mail(
         "Joerg Albrecht <joerg.albrecht@brenner-werkzeuge.de>", "Kevin Liu <kevin.liu@jiarun-battery.com>",
         "RE: Shipment A-samples BW18 5.0Ah", "Tue, 11 Jun 2024 10:42:00 +0200",
         """Hello Kevin,

thanks for the shipping info, 12 June is fine, please send the AWB when you have it.

To your second point: no. The sign-off of the A-samples releases nothing by itself. The series needs a
separate written production release from me, with the quantity, and this release will come only after
our lab has signed off the A-samples and the B-sample phase is through. Until then please build only the
8 A-sample packs of PO 4500076120; the series quantity (balance) stays on hold, and please do not buy
cells for it.

I know the cell lead times are long. If you need a cell booking to keep your allocation, send me an
offer for it and I decide separately.

Best regards
Joerg Albrecht
""" + sig_de("Joerg Albrecht", "Einkauf Elektronik / Purchasing Electronics", "Brenner Werkzeuge GmbH, Nuernberg",
             "+49 911 5550 362") + """
> From: Kevin Liu <kevin.liu@jiarun-battery.com>
> Sent: Monday, June 10, 2024 5:18 PM
> Subject: Shipment A-samples BW18 5.0Ah
>
> Dear Joerg,
> 8 pcs A-sample packs will ship on 12th by DHL, UN 38.3 summary inside.
> We assume after A-sample OK we start the series lot directly to save time, cells are available now.
> Please confirm.
> Best regards, Kevin Liu, Dongguan Jiarun Battery Technology
""", in_reply_to="<jiarun-20240610-1718@jiarun-battery.com>")))])

# ---- c15: PO rev 2 explicitly replaces rev 1 (forwarded as message/rfc822)
_c15_rev1 = mail("Henrik Dahl <henrik.dahl@lofoten-eboats.no>", "Marta Zielinska <m.zielinska@balticpack.pl>",
                 "PO 4500009871 rev 1 - B-sample modules LB-48-120", "Mon, 13 May 2024 09:05:00 +0200",
                 """Hi Marta,

PO 4500009871 rev 1: ten (10) B-sample modules LB-48-120. The remaining 390 modules of the quoted 400 are
not released. They are released only by a written release from me after the B-sample sign-off (IEC 62619
and DNV test program). Material authority: sample-only.

Henrik
""")
case("c15_lofoten_po_rev2_supersedes", [],
     "PO rev 2 explicitly replaces rev 1 (10 -> 14 samples), rev 1 void; no conflicting quantities; complete scope",
     [("PO_4500009871_rev2.eml", eml_bytes(mail(
         "Henrik Dahl <henrik.dahl@lofoten-eboats.no>", "Marta Zielinska <m.zielinska@balticpack.pl>",
         "PO 4500009871 rev 2 - replaces rev 1", "Wed, 29 May 2024 14:30:00 +0200",
         """Hi Marta,

attached is PO 4500009871 rev 2. It replaces rev 1 (forwarded below for reference), and rev 1 is void.

The only change: the B-sample quantity goes from 10 to fourteen (14) modules. We need 4 extra modules for
the DNV type test at Hovik. Everything else is unchanged:

- active now: 14 B-sample modules LB-48-120
- the remaining 386 modules of the quoted 400 are not released
- they are released only by a written release from me after the B-sample sign-off
- material authority: sample-only

Could you confirm rev 2 and tell me if the 4 extra modules still make the 28 June ship date?

Takk og god dag,
Henrik
""" + sig_plain("Henrik Dahl", "Innkjop / Purchasing", "Lofoten eBoats AS, Svolvaer", "+47 760 55 218"),
         attachments=[("PO_4500009871_rev2.pdf", pdf([
             ("h1", "Purchase Order 4500009871 - revision 2"),
             ("p", "Lofoten eBoats AS to Baltic Pack Systems Sp. z o.o., Gdansk. Revision 2 replaces revision 1 in full."),
             ("table", [["Line", "Part", "Description", "Qty", "Price EUR"],
                        ["10", "LB-48-120", "Battery module 48 V 120 Ah, B-sample", "14", "1.980,00"]]),
             ("p", "Balance of the quoted 400 modules (386) is not released; release only in writing by Henrik Dahl "
                   "after B-sample sign-off. Material authority: sample-only."),
         ], title="PO 4500009871 rev 2", author="Lofoten eBoats"), PDF_MT), ("rfc822", _c15_rev1)])))])

# ============================================================ CASES: batch 2 (clean c16-c25)
# ---- c16: DOCX interim sign-off with limits + release R-01 within limits
case("c16_cascade_interim_signoff", [],
     "interim sample sign-off limited to 150 packs/date; release R-01 of 150 by named authority; 1,850 not released until full sign-off + written release; staged material explicit",
     [("SSR-CM-0042_signoff_R-01.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-CM-0042 and Production Release R-01"),
         ("table", [["Field", "Entry"],
                    ["Part", "CM-PK-36V-10Ah e-scooter battery pack, DRG CM-1042 Rev F"],
                    ["Supplier", "Seoyeon Battery Tech Co., Ltd., Ochang, Korea"],
                    ["PO", "4500031190: line 10 = 30 C-samples (delivered); line 20 = 2,000 production packs (commercial cover)"],
                    ["Samples evaluated", "30 C-sample packs, lot SY-C-0517"],
                    ["Disposition", "INTERIM"],
                    ["Limits of the interim disposition", "max. 150 packs; valid until 15 Nov 2024"],
                    ["Reason", "weld pull strength cell-to-busbar at lower spec limit (NCR-2024-0150); corrective action open"],
                    ["Signed off by", "Priya Natarajan, Battery Quality Engineering, 18 Jun 2024"]]),
         ("h", "Production release R-01"),
         ("p", "Released now: 150 packs of PO line 20, within the limits of the interim disposition above. "
               "Released by Rachel Ng, VP Operations (release authority), 19 Jun 2024."),
         ("p", "Not released: the remaining 1,850 packs of PO line 20. They stay on hold until the weld "
               "re-validation passes and the samples receive a full sign-off (disposition approved), and then "
               "only by a written release from Rachel Ng that names the quantity."),
         ("p", "Material authority: staged - cells (Samsung INR21700-50S) and BMS boards for up to 300 packs at "
               "Cascade's liability. Nothing beyond 300 packs may be bought."),
         ("h", "Distribution"),
         ("li", "Seoyeon Battery Tech: Choi Yu-na (sales), Jang Dong-hoon (production planning)"),
         ("li", "Cascade Micromobility: Tyler Brooks (purchasing), Priya Natarajan (quality)"),
     ], author="Rachel Ng"))])

# ---- c17: HTML buyer portal, order page with all scope fields
case("c17_havbris_portal_order", [],
     "buyer supplier-portal page: 24 active, 1,200 labelled forecast not released, unlock PV sign-off + written release, named release authority, sample-only",
     [("havbris_portal_PO4500009240.html", html_page("Havbris Supplier Portal - PO 4500009240", """
<div style="background:#0b3d5c;color:#fff;padding:6px">Havbris Marine Energy AS &middot; Supplier Portal &middot; logged in: Pannon Cell Kft (supplier 30077)</div>
<h2>Purchase order 4500009240 &middot; line 10</h2>
<table>
<tr><th>Part</th><td>HME-MOD-52-LFP module carrier, PV sample, Rev C</td></tr>
<tr><th>Scope</th><td>sample</td></tr>
<tr><th>Active quantity (released)</th><td>24 pcs</td></tr>
<tr><th>Production quantity</th><td>1,200 pcs &ndash; forecast, not released</td></tr>
<tr><th>Balance on hold</th><td>1,176 pcs</td></tr>
<tr><th>Unlock event</th><td>PV test sign-off (DNV-RU-SHIP Pt.6 Ch.2 battery test programme), then a written release</td></tr>
<tr><th>Release authority</th><td>Ole Martin Berg, Head of Procurement</td></tr>
<tr><th>Material authority</th><td>sample-only</td></tr>
<tr><th>Requested delivery</th><td>2024-08-09, DAP Bergen</td></tr>
</table>
<h3>History</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>2024-06-04</td><td>PO issued</td><td>Kari Nygard (buyer)</td></tr>
<tr><td>2024-06-05</td><td>Supplier acknowledged scope as written</td><td>Szabo Eszter (Pannon Cell)</td></tr>
<tr><td>2024-06-17</td><td>Drawing Rev C uploaded</td><td>Kari Nygard</td></tr>
</table>
<p class="note">Only the active quantity may be produced. Questions: kari.nygard@havbris.no</p>
"""))])

# ---- c18: PDF release letter for the complete remaining quantity
case("c18_ridgeline_full_release", [],
     "production release of the complete 5,000 after sign-off; nothing remains on hold; named signer",
     [("Production_Release_PR-2024-031.pdf", pdf([
         ("h1", "Production Release PR-2024-031"),
         ("p", "Ridgeline Tools Inc., 4410 Commerce Pkwy, Dayton OH 45414 - to Formosa Power Electronics Co., Ltd., "
               "Taoyuan, Taiwan - July 2, 2024"),
         ("table", [["PO", "Line", "Part", "Released quantity", "Ship window"],
                    ["4500208812", "20", "RT-BMS-20V-5S BMS board, Rev B", "5,000 pcs", "Aug 19 - Sep 27, 2024"]]),
         ("sp",),
         ("p", "Preconditions met: A-sample and pilot sign-off completed June 20, 2024 (report EV-1188); PPAP level 3 "
               "PSW signed June 27, 2024."),
         ("p", "This release covers 5,000 boards, which is the complete production quantity of PO line 20. The 20 "
               "proto boards of line 10 were delivered in May. After this release nothing on PO 4500208812 remains "
               "on hold. Material authority: full 5,000 boards."),
         ("p", "Any quantity above 5,000 needs a new PO and a new release."),
         ("sp",),
         ("p", "Laura Bennett, Director Global Sourcing (release authority)"),
         ("p", "cc: Mike Kowalczyk, Buyer; Formosa Power Electronics, Jason Lin"),
     ], pagesize=LETTER, title="PR-2024-031", author="Ridgeline Tools"))])

# ---- c19: Indian SAP printout, sample PO with complete note
case("c19_trident_sap_sample_note", [],
     "SAP printout: 4 A-sample packs; balance 996 not released; A-sample sign-off + written release by named GM; sample-only",
     [("PO_4100022871_SAP.txt", txt("""
TRIDENT POWER SYSTEMS PVT LTD                                   PURCHASE ORDER
PLOT 27, KIADB INDL AREA, BOMMASANDRA, BENGALURU 560099        NO.   4100022871
GSTIN 29AAECT5550K1Z3                                           DATE  04.06.2024
                                                                PAGE  1/1
VENDOR  : 200417 DONGGUAN JIARUN BATTERY TECHNOLOGY CO LTD
          CHANG'AN TOWN, DONGGUAN, GUANGDONG, CHINA
PURCH GRP: B21 BATTERY SYS   BUYER: MS. PRIYA RAGHAVAN  +91 80 5550 6612
PAYMENT : 30 DAYS FROM B/L   INCO: CIF CHENNAI

ITEM MATERIAL         SHORT TEXT                            QTY UOM     RATE USD   VALUE USD DEL.DATE
---- ---------------- ------------------------------- --------- --- ---------- ----------- ----------
  10 TPS-LFP-512-100  LFP PACK 51.2V 100AH TELECOM A-SMPL     4 NOS    1,240.00    4,960.00 15.07.2024
---- ---------------- ------------------------------- --------- --- ---------- ----------- ----------
                                                         TOTAL VALUE USD          4,960.00

ITEM TEXT / SCOPE NOTE (ITEM 10):
QTY RELEASED NOW: 4 NOS A-SAMPLE PACKS ONLY.
BALANCE 996 NOS OF QUOTE JR-Q-240409 (1000 NOS) IS NOT RELEASED - ON HOLD.
UNLOCK: A-SAMPLE SIGN-OFF BY TRIDENT R&D (IS 16046 PART 2 / IEC 62619
TESTS) FOLLOWED BY WRITTEN PRODUCTION RELEASE FROM MR. RAJESH IYER,
GM SOURCING, QUOTING THIS PO NO. AND THE QTY.
MATERIAL AUTHORITY: SAMPLE-ONLY. DO NOT PROCURE CELLS FOR BALANCE.

TERMS: AS PER TRIDENT GENERAL PURCHASE CONDITIONS TPS-GPC-07.
BIS REGISTRATION NO. AND UN 38.3 SUMMARY TO BE SENT WITH SHIPMENT.
THIS IS A COMPUTER GENERATED DOCUMENT, NO SIGNATURE REQUIRED.
"""))])

# ---- c20: WeChat, supplier asks to pre-buy cells, buyer keeps material sample-only
case("c20_wechat_dacheng_cells_question", [],
     "supplier asks to pre-buy cells; buyer: only for 30 samples, no series material, 970 on hold until B-sample sign-off, written release by named buyer",
     [("WeChat_Dacheng_Voltaris_export.txt", txt("""
WeChat chat history export - "Dacheng x Voltaris B-Muster"
Exported 2024-06-21 17:40

2024-06-19 09:12  Jenny Huang 黄静 (Dacheng Power): Morning Marco! 30 pcs B-sample 72V packs, assembly start tomorrow
2024-06-19 09:13  Jenny Huang 黄静 (Dacheng Power): one question: EVE tell us cell lead time now 16 weeks. can we pre-buy cells for series to keep allocation? maybe for 1000 packs
2024-06-19 10:47  Marco Schulz (Voltaris): Hi Jenny, thanks for asking first.
2024-06-19 10:48  Marco Schulz (Voltaris): Cells only for the 30 samples. Cells for the series: no, not authorized. Material authority on PO 4500052310 is sample-only.
2024-06-19 10:50  Marco Schulz (Voltaris): The 970 packs balance is not released. It stays on hold until our B-sample sign-off (vibration + thermal shock at our lab, planned KW 31). After that I send you the written release with the quantity.
2024-06-19 10:51  Marco Schulz (Voltaris): If you want to secure allocation, send me an offer for a cell booking fee and I decide. But nothing before I answer in writing.
2024-06-19 11:05  Jenny Huang 黄静 (Dacheng Power): OK understand 👌 we only buy for 30 samples. I ask EVE for booking price
2024-06-20 16:22  Jenny Huang 黄静 (Dacheng Power): [Image] cell incoming inspection, 30 packs = 30x24 = 720 cells + 10 spare
2024-06-20 16:30  Marco Schulz (Voltaris): 👍
"""))])

# ---- c21: supplier question with HTML status attachment
_c21_status = html_page("Status Nordvik C-sample / PV", """
<h3>Hanbit Cell Systems - project status for Nordvik Energilagring</h3>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>C-sample modules HB-M280 (PO 4500011874)</td><td>12</td><td>delivered 2024-05-30</td></tr>
<tr><td>PV lot</td><td>60</td><td>not started - waiting for your decision</td></tr>
<tr><td>Cells purchased</td><td>for 12 modules only</td><td>no cells bought for PV lot</td></tr>
</table>
<p>Prepared by Kim Min-su, 2024-06-24</p>
""")
case("c21_hanbit_proceed_question", [],
     "supplier asks whether it may proceed with the PV lot; question only, no cells bought beyond samples",
     [("PV_lot_HB-M280_status.eml", eml_bytes(mail(
         "Kim Min-su <ms.kim@hanbitcell.co.kr>", "Ingrid Solberg <ingrid.solberg@nordvik-energi.no>",
         "Question: PV lot HB-M280 - may we proceed?", "Mon, 24 Jun 2024 17:05:00 +0900",
         """Dear Ingrid,

Hope you are doing well.

Our C-sample test data was sent last week. Could you please confirm whether we may proceed with the
PV lot of 60 modules? We did not start anything yet and we did not purchase cells beyond the 12
C-samples. Our project status is attached.

If PV lot start is possible before end of July, we can keep the same line and operators as C-sample,
this is good for consistency. If your decision takes longer, no problem, just please let us know.

Thank you and best regards,
Kim Min-su
Manager, Overseas Sales Team
Hanbit Cell Systems Co., Ltd.
Osong Bio-valley, Cheongju, Korea
""", attachments=[("status_Nordvik_20240624.html", _c21_status, "text/html")])))])

# ---- c22: EML stop notice with DOCX attachment
case("c22_alpenstrom_stop_notice", [],
     "stop notice: nothing may start; authorized now none; lifted only after 8D closure by written notice from named person",
     [("STOP_busbar_AS-BB-16S.eml", eml_bytes(mail(
         "Stefanie Huber <s.huber@alpenstrom-speicher.de>", "Peter Kovacs <kovacs.peter@dunamenti-fem.hu>",
         "STOP - busbars AS-BB-16S - plating defect NCR-2024-0219", "Fri, 21 Jun 2024 13:10:00 +0200",
         """Hallo Peter,

as discussed on the phone: attached is our formal stop notice for busbar AS-BB-16S.

In short: nothing may start on this part from now on, whether it was released or not. That includes
call-off 05 (600 pcs), which is suspended by this stop. Quantity authorized now: none.

The stop is lifted only by a written notice from me after your 8D report for NCR-2024-0219 (nickel
peeling at the bend) is closed and our incoming inspection has checked the containment lot.

Please confirm receipt and tell me how many parts are in WIP and finished goods.

Viele Gruesse
Stefanie
""" + sig_de("Stefanie Huber", "Strategischer Einkauf / Strategic Purchasing", "Alpenstrom Speicher GmbH, Rosenheim",
             "+49 8031 555 270"),
         attachments=[("Stop_Notice_AS-BB-16S.docx", docx_bytes([
             ("h1", "Stop notice"),
             ("table", [["Part", "Supplier", "Issued", "Issued by"],
                        ["AS-BB-16S busbar, Rev D", "Dunamenti Femtechnika Kft., Dunaujvaros", "21.06.2024",
                         "Stefanie Huber, Strategic Purchasing"]]),
             ("p", "With immediate effect, no production, finishing or shipment of AS-BB-16S may start, released or not. "
                   "Call-off 05 (600 pcs) is suspended by this stop. Quantity authorized now: none."),
             ("p", "Lift: only by written notice from Stefanie Huber after closure of the 8D report for NCR-2024-0219 "
                   "and check of the containment lot."),
             ("p", "Parts already produced: keep in quarantine, label 'BLOCKED - NCR-2024-0219'."),
         ], author="Stefanie Huber"), DOCX_MT)])))])

# ---- c23: US buyer, multipart/alternative, proceed with 40 pilot-line packs only
_c23_text = """Hi Kelvin,

Good talking to you this morning. To put it in writing:

Please proceed with the 40 pilot-line packs only (PO 4500301455 line 10, BOP-56V-5Ah). Those 40 are what we
need for the PPAP run and the field test with our dealer panel in Charlotte.

The remaining 960 packs of the 1,000 on your quote are not released and stay on hold. They get released
only after the pilot-run sign-off (PPAP level 3, PSW signed by our quality team) and a revised PO that I
will issue. Until you have the revised PO in hand, please don't buy cells or housings for those 960.

Packaging for the pilot: individual boxes with the retail label draft, 8 per master carton, UN3480 marks.

Thanks, and have a good weekend.

Jennifer
""" + sig("Jennifer Ortiz", "Sr. Commodity Manager, Batteries", "Bluewater Outdoor Power Inc., Charlotte NC", "+1 704 555 0188")
case("c23_bluewater_pilot_only", [],
     "'proceed with the 40 pilot-line packs only'; 960 on hold until PPAP sign-off + revised PO from named buyer; multipart/alternative",
     [("Pilot_build_BOP-56V.eml", eml_bytes(mail(
         "Jennifer Ortiz <jortiz@bluewater-op.com>", "Kelvin Zhou <kelvin.zhou@voltcore-energy.cn>",
         "Pilot build BOP-56V-5Ah - 40 packs", "Fri, 14 Jun 2024 11:35:00 -0400",
         _c23_text, html=html_page("pilot", "<pre style='font-family:Arial'>" + escape(_c23_text) + "</pre>"))))])

# ---- c24: Korean supplier status report (HTML), balance waiting for release
case("c24_seoyeon_status_report", [],
     "supplier status report: 20 B-samples in test; series 1,000 not started, waiting for written release; no series cells",
     [("Seoyeon_weekly_status_W26.html", html_page("Weekly status W26", """
<h2>Seoyeon Battery Tech &middot; Weekly project status W26 (2024-06-28)</h2>
<p>Customer: Hanul Mobility &middot; Project: e-bike pack HM-PK-48V-14Ah &middot; PM: Jang Dong-hoon</p>
<table>
<tr><th>Item</th><th>Released by customer</th><th>Built</th><th>Tested</th><th>Shipped</th><th>Remark</th></tr>
<tr><td>B-sample pack</td><td>20</td><td>20</td><td>14</td><td>0</td><td>UN 38.3 T1-T5 done, T6-T8 next week at KTR</td></tr>
<tr><td>Series pack</td><td>0</td><td>0</td><td>0</td><td>0</td><td>not started - waiting for written production release from Mr. Park Jae-hyun</td></tr>
</table>
<h3>Material</h3>
<ul>
<li>Cells LG INR21700-M50LT: 20 packs x 52 cells + 40 spare = 1,080 cells received. No cells ordered for series.</li>
<li>BMS boards: 22 pcs received (2 spare).</li>
</ul>
<h3>Issues</h3>
<ul>
<li>Housing gasket Shore A 50 vs drawing 60: deviation request DR-0613 sent 06/24, waiting for answer.</li>
</ul>
<p>Thank you. Seoyeon Battery Tech Co., Ltd. / Ochang</p>
"""))])

# ---- c25: Indian buyer: advance paid for cell booking only; does not release production
case("c25_kaveri_advance_cell_booking", [],
     "advance paid for cell booking under explicit staged authority (300 packs); advance does not release production; 25 samples active; hold, event, named releaser",
     [("Advance_cell_booking_KM-3W.eml", eml_bytes(mail(
         "Arvind Subramanian <arvind.s@kaverimotors.in>", "Kelvin Zhou <kelvin.zhou@voltcore-energy.cn>",
         "Advance remitted - cell booking for KM-3W pack - PI VC-240611", "Wed, 12 Jun 2024 15:48:00 +0530",
         """Dear Kelvin,

Greetings from Chennai.

We have remitted today the 20% advance of USD 14,300 against your PI VC-240611 (attached for reference).
Kindly note the purpose of this advance clearly, to avoid any confusion later:

1. The advance is only for the cell booking. Material authority is staged: you may book and buy LFP cells
   (EVE LF105) for up to 300 packs at Kaveri's liability. Nothing beyond 300 packs.
2. The advance does not release production. Released now are only the twenty-five (25) C-sample packs of
   PO 4600018834 line 10.
3. The balance of 2,975 packs on your quotation is not released. It will be released only after the
   C-sample sign-off (AIS-156 Phase II tests at ARAI, Pune) and then by a written release from me,
   stating the quantity.

Please confirm the above by return mail. Kindly share the cell lot numbers once the booking is confirmed
by EVE.

Thanks & regards,
Arvind
""" + sig("Arvind Subramanian", "DGM - Strategic Sourcing (Battery)", "Kaveri Motors Pvt Ltd, Oragadam, Chennai 602105",
          "+91 44 5550 2390"),
         attachments=[("PI_VC-240611.pdf", pdf([
             ("h1", "PROFORMA INVOICE VC-240611"),
             ("p", "Shenzhen Voltcore Energy Co., Ltd. to Kaveri Motors Pvt Ltd, Chennai. Date 2024-06-11."),
             ("table", [["Item", "Description", "Qty", "Amount USD"],
                        ["1", "Cell booking EVE LF105, for up to 300 packs (KM-3W-51V)", "1 lot", "71,500.00"],
                        ["", "Advance 20% payable now", "", "14,300.00"]]),
             ("p", "Bank: Bank of China, Shenzhen Branch. Beneficiary: Shenzhen Voltcore Energy Co., Ltd."),
         ], title="PI VC-240611", author="Shenzhen Voltcore"), PDF_MT)])))])


# ============================================================ CASES: batch 3 (risky: absence rules, RG001, RG002)
# ---- p01: EML with bare sample PO + quote showing series quantity
case("p01_voltaris_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "bare B-sample PO (12) sent with the quote showing 2,500 series; nothing says informational, no hold, no event, no releaser",
     [("Bestellung_4500051277.eml", eml_bytes(mail(
         "Thomas Brandt <thomas.brandt@voltaris.de>", "Jenny Huang <jenny.huang@dacheng-power.com>",
         "Bestellung 4500051277 - B-Muster Akkupack VX-48-CB", "Tue, 04 Jun 2024 10:02:00 +0200",
         """Dear Jenny,

attached you find our order 4500051277 for the B-samples of the cargo-bike pack VX-48-CB according to your
quotation DC-Q-2404-18. I attached the quotation again so that you have everything in one mail.

Delivery to our plant Stuttgart-Feuerbach in KW 27 please. The dangerous goods papers please send in
advance to our logistics (logistik@voltaris.de), they need 48 h for the booking.

Please send the order confirmation within 3 working days.

Mit freundlichen Gruessen / kind regards
Thomas Brandt
""" + sig_de("Thomas Brandt", "Einkauf / Purchasing", "Voltaris GmbH, Stuttgart", "+49 711 5550 431"),
         attachments=[
             ("Bestellung_4500051277.pdf", pdf([
                 ("h1", "Bestellung / Purchase order 4500051277"),
                 ("p", "Voltaris GmbH, Borsigstr. 20, 70469 Stuttgart - an / to Huizhou Dacheng Power Co., Ltd., "
                       "Zhongkai Hi-tech Zone, Huizhou, China. Datum 04.06.2024, Lieferantennr. 80112."),
                 ("table", [["Pos", "Material", "Bezeichnung / Description", "Menge", "Preis EUR", "Termin"],
                            ["10", "VX-48-CB-B", "Akkupack 48 V 25 Ah, B-Muster / B-sample, Zeichnung VX-48-CB Index C",
                             "12 Stk", "405,00", "KW 27"]]),
                 ("p", "Lieferbedingung: DAP Stuttgart (Incoterms 2020). Zahlung: 60 Tage netto. Es gelten unsere "
                       "Allgemeinen Einkaufsbedingungen (AEB 2022)."),
             ], title="Bestellung 4500051277", author="Voltaris GmbH"), PDF_MT),
             ("Quotation_DC-Q-2404-18.pdf", pdf([
                 ("h1", "QUOTATION DC-Q-2404-18"),
                 ("p", "Huizhou Dacheng Power Co., Ltd. - To: Voltaris GmbH, Mr. Thomas Brandt - Date: 2024-04-26"),
                 ("table", [["Item", "Stage", "Qty", "Unit price EUR", "Lead time"],
                            ["VX-48-CB", "B-sample", "12 pcs", "405.00", "5 weeks"],
                            ["VX-48-CB", "Series", "2,500 pcs", "231.00", "8 weeks"],
                            ["Tooling", "housing + cell holder moulds", "1 set", "18,600.00", "6 weeks"]]),
                 ("p", "Cells: EVE INR21700-50E. Validity 60 days. Payment: tooling 50% deposit."),
             ], title="DC-Q-2404-18", author="Huizhou Dacheng Power"), PDF_MT)])))])

# ---- p02: multi-file; SAP PO with a release-authority field but no hold/event + supplier quote page
case("p02_nordvik_sap_po_and_quote", ["RG001", "RG003", "RG004"],
     "C-sample PO (6) bundled with quote showing 1,800 series, not marked informational; release authority field names a person, but no hold and no unlock event",
     [("PO_4500011920_print.txt", txt("""
NORDVIK ENERGILAGRING AS                                  INNKJOPSORDRE / PURCHASE ORDER
BRATTORKAIA 17, 7010 TRONDHEIM, NORWAY                    PO NO.   : 4500011920
ORG.NR 921 555 407 MVA                                    PO DATE  : 10.06.2024
                                                          PAGE     : 1/1
SUPPLIER : 300214 HANBIT CELL SYSTEMS CO., LTD.
           OSONG BIO-VALLEY, CHEONGJU, CHUNGCHEONGBUK-DO, KOREA
BUYER    : INGRID SOLBERG   +47 735 55 014
PROD. RELEASE AUTHORITY : INGRID SOLBERG, CATEGORY MANAGER
TERMS    : 60 DAYS NET      INCOTERMS 2020: CIP TRONDHEIM
REFERENCE: QUOTATION HB-Q-240528 (FILED WITH THIS PO)

ITEM  MATERIAL       DESCRIPTION                          QTY  UN   UNIT PRICE      NET VALUE  DELIVERY
----- -------------- ---------------------------------- ----- --- ------------ -------------- ----------
00010 NV-HB-M314-C   RACK MODULE 51.2V 314AH C-SAMPLE       6  PC     2.910,00      17.460,00 26.07.2024
                     SPEC NV-ES-0314 REV 2, IEC 62619
----- -------------- ---------------------------------- ----- --- ------------ -------------- ----------
                                                       TOTAL NET VALUE NOK EQV EUR   17.460,00

DELIVERY TO: NORDVIK TEST CENTRE, HEGGSTADMOEN, GATE B
DG: UN3480 CLASS 9, SOC MAX 30 PCT. SEA + TRUCK ACCEPTED.
PLEASE CONFIRM WITHIN 5 DAYS TO INNKJOP@NORDVIK-ENERGI.NO
""")),
      ("HB-Q-240528_quotation.html", html_page("Quotation HB-Q-240528", """
<h2>HANBIT CELL SYSTEMS CO., LTD.</h2>
<h3>QUOTATION HB-Q-240528</h3>
<p>To: Nordvik Energilagring AS, Ms. Ingrid Solberg &middot; Date: 2024-05-28 &middot; Validity: 90 days</p>
<table>
<tr><th>No.</th><th>Model</th><th>Stage</th><th>Q'ty</th><th>Unit price (EUR)</th><th>L/T</th></tr>
<tr><td>1</td><td>HB-M314 rack module 51.2V 314Ah</td><td>C-sample</td><td>6 pcs</td><td>2,910.00</td><td>6 weeks</td></tr>
<tr><td>2</td><td>HB-M314 rack module 51.2V 314Ah</td><td>Series</td><td>1,800 pcs</td><td>1,645.00</td><td>10 weeks</td></tr>
</table>
<p>Cell: CATL 314Ah LFP. BMS: Hanbit HB-SBMS v4. Certification: IEC 62619, UN 38.3, UL 1973 (in progress).</p>
<p>Thank you for your interest. Kim Min-su / Overseas Sales Team</p>
"""))])

# ---- p03: Teams chat, PO for protos + quote's 5k series mentioned without being marked informational
case("p03_teams_ridgeline_formosa_protos", ["RG001", "RG003", "RG004", "RG005"],
     "buyer chat: PO for 20 protos, 5k production quantity mentioned beside it with nothing saying informational; no hold, event or releaser",
     [("Teams_Ridgeline_Formosa_BMS40V.txt", txt("""
Microsoft Teams - chat export
Chat: Ridgeline / FPE - 40V BMS
Participants: Mike Kowalczyk (Ridgeline Tools), Jason Lin (Formosa Power Electronics), Amber Tsai (Formosa Power Electronics)

[6/3/2024 8:02 AM] Mike Kowalczyk (Ridgeline Tools): Morning Jason - PO 4500208870 is out for the 20 protos of the RT-BMS-40V-10S, should be in your inbox.
[6/3/2024 8:03 AM] Mike Kowalczyk (Ridgeline Tools): Your quote had 20 protos + 5k production at $11.40, we're fine with the pricing on both.
[6/3/2024 8:05 AM] Mike Kowalczyk (Ridgeline Tools): Need an ICT report and the EOL log with each board. Ship to Dayton, attn. Eng. Lab.
[6/3/2024 8:41 PM] Jason Lin (Formosa Power Electronics): Good morning Mike (evening here :) ) received, thank you! Amber will send the order confirmation tomorrow.
[6/3/2024 8:42 PM] Jason Lin (Formosa Power Electronics): Lead time 4 weeks, so ETD around 7/1 from TPE.
[6/3/2024 8:44 PM] Amber Tsai (Formosa Power Electronics): Hi Mike, nice to meet you. Please kindly confirm the thermistor part no., spec shows 10k NTC B3435 but the BOM shows B3950
[6/4/2024 7:15 AM] Mike Kowalczyk (Ridgeline Tools): Hi Amber, B3435 is correct, BOM will be fixed in rev C.
[6/4/2024 7:16 AM] Amber Tsai (Formosa Power Electronics): Noted with thanks 🙏
"""))])

# ---- p04: DOCX PO: table 25 vs text twenty (20), quote series volume cited, bare otherwise
case("p04_ganga_po_docx_conflict", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "sample PO table says 25, text says twenty (20); quote's 60,000 pcs/annum cited beside it; no hold, event or releaser",
     [("PO_GEM-PUR-24-0577.docx", docx_bytes([
         ("h1", "PURCHASE ORDER GEM/PUR/24/0577"),
         ("p", "Ganga E-Mobility Pvt Ltd, C-41, Sector 63, Noida 201301, U.P., India. GSTIN 09AAGCG5550M1ZP."),
         ("p", "To: Dongguan Hongsheng Plastic Products Co., Ltd., Qingxi Town, Dongguan, Guangdong, China. "
               "Kind attn.: Ms. Lucy Mo. Date: 07-Jun-2024."),
         ("table", [["Sl.", "Part No.", "Description", "Qty", "Unit", "Rate USD", "Amount USD"],
                    ["1", "GEM-CH-21700-14S", "Cell holder 14S5P, PC+ABS V-0, sample, Drg. Rev 02", "25", "Nos", "6.80", "170.00"]]),
         ("sp",),
         ("p", "Dear Madam,"),
         ("p", "Kindly supply twenty (20) nos. samples of the above cell holder as per your quotation HS-Q-0522 "
               "(sample 25 pcs @ USD 6.80, series 60,000 pcs per annum @ USD 0.92)."),
         ("p", "Samples are required for our e-scooter pack trials at Noida. Kindly send the dimensional report "
               "and the UL 94 V-0 material certificate along with the samples."),
         ("h", "Terms and conditions"),
         ("num", "Delivery: by courier (DHL/FedEx) to our Noida works, within 3 weeks."),
         ("num", "Payment: 100% T/T against shipping documents."),
         ("num", "Packing: individual poly bags, carton with part no. and PO no."),
         ("num", "Any deviation to be informed in writing before dispatch."),
         ("p", "For Ganga E-Mobility Pvt Ltd"),
         ("p", "Rohit Malhotra, Manager - Purchase"),
     ], author="Rohit Malhotra"))])

# ---- p05: EML alt html + txt quote attachment; forecast declared firm; bare sample order
_p05_text = """Hello Peter,

as discussed at the Battery Show in Stuttgart, we order 30 sample sets of the busbar kit BW-BB-18-10S
(drawing Index B) for our new 36 V outdoor platform. Our PO number for this is 4500077013, the paper PO
follows from SAP tomorrow.

Your quotation (attached as text, the way you sent it) has 30 sample sets and 12.000 sets series. Our
forecast for 2025 is 12.000 sets - please treat it as firm, you can plan your capacity on it.

Delivery of the samples to Nuernberg, KW 28, with the material certificate EN 10204 3.1 for the copper
and the plating thickness measurements.

Best regards
Sandra Vogel
""" + sig_de("Sandra Vogel", "Einkauf Mechanik / Purchasing", "Brenner Werkzeuge GmbH, Nuernberg", "+49 911 5550 377")
case("p05_brenner_busbar_samples_firm_forecast", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "30 sample sets ordered; quote's 12,000 series shown and 2025 forecast declared firm; no hold, event or releaser",
     [("Order_busbar_samples_BW-BB-18-10S.eml", eml_bytes(mail(
         "Sandra Vogel <sandra.vogel@brenner-werkzeuge.de>", "Peter Kovacs <kovacs.peter@dunamenti-fem.hu>",
         "Order 4500077013 - 30 sample sets busbar kit BW-BB-18-10S", "Thu, 13 Jun 2024 15:20:00 +0200",
         _p05_text, html=html_page("order", "<pre style='font-family:Calibri'>" + escape(_p05_text) + "</pre>"),
         attachments=[("Ajanlat_DF-2024-118_quotation.txt", txt("""
DUNAMENTI FEMTECHNIKA KFT.          AJANLAT / QUOTATION DF-2024-118
Dunaujvaros, Papirgyari ut 6.       Date: 2024.05.30
Customer: Brenner Werkzeuge GmbH, Nuernberg - Ms. Sandra Vogel

Item  Part               Description                      Qty        Unit price EUR
1     BW-BB-18-10S       busbar kit 10S, Cu-ETP, Ni 3um   30 sets    14,80
2     BW-BB-18-10S       busbar kit 10S, series           12.000 sets 2,35
3     Tooling            progressive die, 1 set            1          9.400,00

Lead time samples 3 weeks, series 6 weeks after die approval.
Prices valid until 2024.08.31. Copper basis 8.900 EUR/t.
Kovacs Peter, sales engineer
"""), "text/plain")])))])

# ---- p06: SAP printout; bare sample PO, mass production tied to advance payment
case("p06_sahyadri_sap_advance", ["RG003", "RG004", "RG005", "RG012"],
     "8 A-sample PO; header says mass production commences on receipt of 30% advance; no hold, event or releaser",
     [("PO_4700032208.txt", txt("""
SAHYADRI EV PVT LTD                                               PURCHASE ORDER
PLOT A-12, CHAKAN MIDC PHASE II, PUNE 410501                     PO NO : 4700032208
GSTIN 27AAJCS5550H1Z2                                             DATE  : 18.06.2024
VENDOR : 500871  NINGBO HELIX NEW ENERGY CO LTD, CIXI, ZHEJIANG
BUYER  : VIKRAM DESHPANDE   +91 20 5550 4480
INCO   : CIF NHAVA SHEVA    CURR: USD

LINE MATERIAL          DESCRIPTION                              QTY UOM    RATE      VALUE
---- ----------------- -------------------------------------- ---- --- -------- ----------
  10 SEV-72V-40AH-A    LI-ION PACK 72V 40AH, A-SAMPLE            8 NOS   1,385.00  11,080.00
                       AS PER SPEC SEV/BAT/ES/031 REV 1
---- ----------------- -------------------------------------- ---- --- -------- ----------
                                                          TOTAL USD            11,080.00

HEADER TEXT:
1. PAYMENT: 30% ADVANCE AGAINST PI, BALANCE 70% AGAINST COPY OF B/L.
2. MASS PRODUCTION TO COMMENCE ON RECEIPT OF 30% ADVANCE.
3. PACKS TO BE SUPPLIED WITH UN 38.3 SUMMARY, MSDS AND AIS-156 TEST PLAN.
4. WARRANTY: 24 MONTHS FROM DATE OF DISPATCH.
5. ALL DISPUTES SUBJECT TO PUNE JURISDICTION.

FOR SAHYADRI EV PVT LTD - AUTHORISED SIGNATORY
"""))])

# ---- p07: KakaoTalk, buyer asks for samples without quantity; nothing else
case("p07_kakao_hanul_daeho_cellholder", ["RG003", "RG004", "RG005", "RG010"],
     "buyer chat asks supplier to make DV samples with no quantity, no hold, no event, no releaser",
     [("KakaoTalk_Hanul_Daeho_20240603.txt", txt("""
Daeho Plastics 김과장님 님과 카카오톡 대화
저장한 날짜 : 2024-06-05 11:20

--------------- 2024년 6월 3일 월요일 ---------------
[박재현 Park Jae-hyun (Hanul)] [오후 1:15] 과장님 안녕하세요~ Hanul 박재현입니다
[박재현 Park Jae-hyun (Hanul)] [오후 1:16] DV용 13S 셀홀더 샘플 좀 만들어 주세요. Please make samples of the 13S cell holder (HM-CH-18650-13S4P rev B) for our DV test, thank you~
[김동욱 Kim Dong-wook (Daeho)] [오후 1:40] 네 알겠습니다 👍 which color? black or natural?
[박재현 Park Jae-hyun (Hanul)] [오후 1:42] black, same as last time. UL94 V-0 material
[김동욱 Kim Dong-wook (Daeho)] [오후 1:43] OK. soft tool is ready, 2 weeks possible
[박재현 Park Jae-hyun (Hanul)] [오후 1:44] 좋습니다. PO number I send tomorrow by mail
[김동욱 Kim Dong-wook (Daeho)] [오후 1:45] 감사합니다~

--------------- 2024년 6월 4일 화요일 ---------------
[박재현 Park Jae-hyun (Hanul)] [오전 9:05] PO HM-2406-131 sent to your mail
[김동욱 Kim Dong-wook (Daeho)] [오전 9:30] received, thank you
"""))])

# ---- p08: PDF PO: hold and named releaser, but "until further notice" (no unlock event)
case("p08_havbris_po_further_notice", ["RG004"],
     "10 sample kits active; balance 1,190 not released, on hold until further notice (no event); named release authority",
     [("PO_4500009288.pdf", pdf([
         ("h1", "Purchase Order 4500009288"),
         ("p", "Havbris Marine Energy AS, Sandviksbodene 1, 5035 Bergen, Norway - to Wroclaw Power Components Sp. z o.o., "
               "ul. Strzegomska 140, 54-429 Wroclaw, Poland."),
         ("table", [["Date", "Buyer", "Payment", "Delivery"],
                    ["14.06.2024", "Kari Nygard, +47 555 62 114", "30 days net", "DAP Bergen"]]),
         ("sp",),
         ("table", [["Item", "Part", "Description", "Qty", "Price EUR", "Delivery date"],
                    ["10", "HME-BBK-52", "Busbar kit 52 V module, sample, Rev A", "10 sets", "96,00", "26.07.2024"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO covers ten (10) sample busbar kits. The balance of 1,190 sets from your offer OF-24-0241 is not "
               "released and is on hold until further notice."),
         ("p", "Release of any further quantity only by Ole Martin Berg, Head of Procurement. Material authority: "
               "sample-only."),
         ("p", "Marking: part number and PO number on each bag. Certificates: EN 10204 3.1 for copper."),
     ], title="PO 4500009288", author="Havbris Marine Energy"))])


# ---- p09: EML: proceed with the B-samples, hold/event/person present, but no quantity anywhere
case("p09_lofoten_proceed_no_qty", ["RG010"],
     "authorization to proceed with the B-samples never states how many; hold, unlock event and named releaser present",
     [("B-samples_LB-24-200.eml", eml_bytes(mail(
         "Henrik Dahl <henrik.dahl@lofoten-eboats.no>", "Agnieszka Nowak <a.nowak@wpc-wroclaw.pl>",
         "B-samples LB-24-200 busbar set - as agreed on Tuesday", "Thu, 06 Jun 2024 13:47:00 +0200",
         """Hi Agnieszka,

thanks for the good call on Tuesday, also to Pawel for the explanation of the new bending tool.

As agreed, we would like you to proceed with the B-samples of the busbar set LB-24-200 that we discussed,
in the Rev C geometry with the extra M8 stud for the shunt. PO number follows from our SAP, please use
4500009944 as reference in the meantime.

The series balance stays on hold. It will be released only after our DV sign-off of the B-samples
(thermal cycling and salt spray per IEC 60068-2-52), and the written release will come from me.
Material authority is sample-only, so please don't order copper for the series yet.

One more thing: the salt spray test needs parts with the final nickel thickness, 5 um minimum.

Takk for hjelpen,
Henrik
""" + sig_plain("Henrik Dahl", "Innkjop / Purchasing", "Lofoten eBoats AS, Svolvaer", "+47 760 55 218"))))])

# ---- p10: WeChat, advance paid -> start pilot batch, no quantity
case("p10_wechat_kessler_advance_pilot", ["RG010", "RG012"],
     "buyer: advance paid, please start the pilot batch (payment as trigger); no quantity stated; hold, PV sign-off event and named releaser present",
     [("WeChat_Kessler_Voltcore_pilot.txt", txt("""
WeChat chat history export - "Kessler x Voltcore PV"
Exported 2024-06-27 09:02

2024-06-24 08:30  Kelvin Zhou 周凯文 (Voltcore): Good morning Markus, PI for pilot batch sent last week, any news?
2024-06-24 14:02  Markus Lehner (Kessler eDrive): Hi Kelvin, yes finance sent the transfer today
2024-06-25 09:10  Markus Lehner (Kessler eDrive): Advance is paid ✅ bank slip in your mail. Please start the pilot batch for PV as agreed on the call.
2024-06-25 09:12  Markus Lehner (Kessler eDrive): The rest stays on hold until our PV report is signed off by engineering. Release for the rest only from me in writing. Markus Lehner, purchasing battery systems
2024-06-25 09:40  Kelvin Zhou 周凯文 (Voltcore): Received with thanks 🙏 we start pilot batch on line 3 Thursday
2024-06-25 09:41  Kelvin Zhou 周凯文 (Voltcore): packaging same as B-sample?
2024-06-25 10:05  Markus Lehner (Kessler eDrive): yes, same as B-sample, plus the new label with QR code
"""))])

# ---- p11: HTML call-off page without quantity, department as releaser
case("p11_trident_portal_calloff", ["RG005", "RG010"],
     "call-off page states no quantity ('as per schedule'); remaining frame quantity not released until next call-off, issued by a department (no named person)",
     [("Trident_portal_DCO-0032.html", html_page("Trident Supplier Portal - Delivery call-off DCO-0032", """
<div style="background:#7a1f1f;color:#fff;padding:6px">Trident Power Systems Pvt Ltd &middot; Supplier Portal &middot; Vendor 200533 Taichung Precision Cell Holders Co., Ltd.</div>
<h2>Delivery call-off DCO-0032</h2>
<table>
<tr><th>Scheduling agreement</th><td>5500000418</td></tr>
<tr><th>Part</th><td>TPS-CH-32140-16S cell holder 16S, PC V-0</td></tr>
<tr><th>Call-off quantity</th><td>next lot as per delivery schedule</td></tr>
<tr><th>Delivery week</th><td>38 / 2024, CIF Chennai</td></tr>
<tr><th>Status</th><td>open - please acknowledge</td></tr>
</table>
<h3>Notes from buyer</h3>
<p class="note">Please produce and ship the next lot against this call-off. The remaining quantity of the scheduling
agreement is not released; it is released only by the next call-off, which will be issued by our Logistics Department.</p>
<h3>Documents</h3>
<ul><li>Drawing TPS-CH-32140-16S Rev 04 (PDF)</li><li>Packing standard TPS-PKG-11</li></ul>
<p style="font-size:11px;color:#666">Portal v3.2 &middot; For support write to vendorportal@tridentpower.in</p>
"""))])

# ---- p12: DOCX sample request: go ahead with C-sample build, qty TBC, releaser named, no event
case("p12_daejin_sample_request_form", ["RG004", "RG010"],
     "sample request: C-sample build scoped sample-only but quantity 'to be confirmed'; production not released; release authority named; no unlock event",
     [("Sample_Request_DJ-SR-0611.docx", docx_bytes([
         ("h1", "Sample Request Form DJ-SR-0611"),
         ("table", [["Field", "Entry"],
                    ["Requester", "Daejin ESS Co., Ltd., Cheonan - Purchasing Team"],
                    ["Supplier", "Hangzhou Lianxin Electronics Co., Ltd."],
                    ["Part", "DJ-BMS-R16 rack BMS slave board, Rev 1.3"],
                    ["Sample stage", "C-sample"],
                    ["Quantity", "to be confirmed by engineering"],
                    ["Required date", "2024-08-02"],
                    ["Related PO", "4510-2261"]]),
         ("sp",),
         ("p", "Please go ahead with the C-sample build (sample-only)."),
         ("p", "The production volume is not released."),
         ("p", "Release authority: Lee Hye-jin, Purchasing Team."),
         ("h", "Technical notes"),
         ("li", "Cell voltage accuracy +/- 2 mV at 25 C; balancing current 150 mA."),
         ("li", "Isolated CAN, 500 kbit/s, connector per DJ-STD-0042."),
         ("li", "Conformal coating per IPC-CC-830, thickness 25-75 um."),
     ], author="Lee Hye-jin"))])

# ---- p13: EML thread: "Approved from our side, go ahead" after DV data; PO complete
_p13_orig = """Dear Amy,

PO 4600019902 for sixteen (16) B-sample packs GEM-60V-32Ah attached. The balance of 1,984 packs on your
quotation is not released. It will be released only after the B-sample sign-off (DV data review and
AIS-156 tests) by a written release from me. Material authority: sample-only.

Regards,
Rohit Malhotra
"""
case("p13_ganga_thread_go_ahead", ["RG002"],
     "buyer reply 'Approved from our side, go ahead' after DV data, naming neither sample-only nor a quantity; quoted PO mail and PDF otherwise complete",
     [("RE_RE_PO_4600019902_DV_data.eml", eml_bytes(mail(
         "Rohit Malhotra <rohit.malhotra@ganga-emobility.in>", "Amy Xu <amy.xu@helix-newenergy.cn>",
         "RE: RE: PO 4600019902 - B-sample packs GEM-60V-32Ah - DV data", "Mon, 24 Jun 2024 18:12:00 +0530",
         """Hi Amy,

Thanks for the DV data, our team went through it today. Capacity and IR are well within spec.

Approved from our side, go ahead.

Regards,
Rohit
""" + sig("Rohit Malhotra", "Manager - Purchase", "Ganga E-Mobility Pvt Ltd, Noida", "+91 120 555 0917") + """
> From: Amy Xu <amy.xu@helix-newenergy.cn>
> Sent: Friday, June 21, 2024 4:55 PM
> Subject: RE: PO 4600019902 - B-sample packs GEM-60V-32Ah
>
> Dear Rohit,
> please find attached the DV test data of the 16 B-sample packs (capacity at 0.5C, IR, thermal at 1C).
> Please advise the next step.
> Best regards, Amy Xu, Ningbo Helix New Energy
>
>> From: Rohit Malhotra <rohit.malhotra@ganga-emobility.in>
>> Sent: Monday, May 20, 2024 11:02 AM
>> Subject: PO 4600019902 - B-sample packs GEM-60V-32Ah
>>
""" + "".join(">> " + l + "\n" if l else ">>\n" for l in _p13_orig.splitlines()),
         in_reply_to="<helix-20240621-1655@helix-newenergy.cn>",
         attachments=[("PO_4600019902.pdf", pdf([
             ("h1", "PURCHASE ORDER 4600019902"),
             ("p", "Ganga E-Mobility Pvt Ltd, Noida - to Ningbo Helix New Energy Co., Ltd., Cixi. Date 20-May-2024."),
             ("table", [["Sl.", "Part", "Description", "Qty", "Rate USD"],
                        ["1", "GEM-60V-32Ah-B", "Li-ion pack 60 V 32 Ah, B-sample", "16 Nos", "742.00"]]),
             ("p", "Scope: 16 B-sample packs only. Balance of 1,984 packs of quotation NH-Q-2404-07 is not released; "
                   "release only by written release from Rohit Malhotra, Manager - Purchase, after B-sample sign-off "
                   "(DV data review and AIS-156 tests). Material authority: sample-only."),
         ], title="PO 4600019902", author="Ganga E-Mobility"), PDF_MT)])))])

# ---- p14: Teams chat: scope set early, later "Green light from our side"
case("p14_teams_havbris_hanbit_green_light", ["RG002"],
     "buyer 'Green light from our side' after supplier reports passed pre-checks; no sample-only or quantity in it; scope complete earlier in chat",
     [("Teams_Havbris_Hanbit_Csample.txt", txt("""
Microsoft Teams - chat export
Chat: Havbris / Hanbit - marine module HME-M96
Participants: Kari Nygard (Havbris Marine Energy AS), Ole Martin Berg (Havbris Marine Energy AS), Kim Min-su (Hanbit Cell Systems), Yoon Seo-jin (Hanbit Cell Systems)

[03.06.2024 09:10] Kari Nygard (Havbris Marine Energy AS): Hi Min-su, PO 4500009305 is in your inbox. For the record here as well: it covers 10 C-sample modules HME-M96. The remaining 390 modules are not released. They are released only after our PV sign-off (DNV battery test programme) and only in writing by Ole Martin Berg. Material authority sample-only.
[03.06.2024 09:31] Kim Min-su (Hanbit Cell Systems): Thank you Kari, well received. We confirm 10 C-sample modules.
[03.06.2024 09:33] Ole Martin Berg (Havbris Marine Energy AS): Welcome on board, looking forward to the samples.
[18.06.2024 02:14] Yoon Seo-jin (Hanbit Cell Systems): Good morning. Update: modules passed our internal UN 38.3 pre-check and the 72 h soak test. Report uploaded to SharePoint /HME-M96/C-sample. How do we continue?
[18.06.2024 08:05] Kari Nygard (Havbris Marine Energy AS): Nice work, thanks Seo-jin! Green light from our side 👍
[18.06.2024 08:20] Yoon Seo-jin (Hanbit Cell Systems): Thank you 😊
[18.06.2024 08:21] Kari Nygard (Havbris Marine Energy AS): Please also send the cell lot list, our QA needs it for the DNV file.
"""))])

# ---- p15: WeChat: tooling deposit paid -> "Go ahead."
case("p15_wechat_voltaris_deposit_go_ahead", ["RG002", "RG012"],
     "buyer: 'Deposit paid this morning. Go ahead.' - payment used as the trigger and the go-ahead is unscoped; scope otherwise complete earlier",
     [("WeChat_Voltaris_Dacheng_tooling.txt", txt("""
WeChat chat history export - "Voltaris x Dacheng VX-60"
Exported 2024-07-03 16:45

2024-06-10 10:02  Thomas Brandt (Voltaris): Hi Jenny, PO 4500051420 for the VX-60 B-samples is sent: 6 B-sample packs. The 1,494 packs balance is not released. Release only after our B-sample sign-off, in writing from me. Material only for the 6 samples please.
2024-06-10 10:30  Jenny Huang 黄静 (Dacheng Power): Received Thomas, thank you! For the housing mould we need the 50% tooling deposit first, PI DC-PI-0610 sent
2024-06-10 10:31  Thomas Brandt (Voltaris): ok, I pass it to finance
2024-07-01 17:05  Jenny Huang 黄静 (Dacheng Power): Hi Thomas, mould T1 is done, parts look good. photos ⬇️ our boss says we start the packs when the deposit is in
2024-07-01 17:05  Jenny Huang 黄静 (Dacheng Power): [Image] [Image]
2024-07-03 08:47  Thomas Brandt (Voltaris): Deposit paid this morning, bank slip attached. Go ahead.
2024-07-03 08:47  Thomas Brandt (Voltaris): [File] Zahlungsavis_DC-PI-0610.pdf
2024-07-03 09:15  Jenny Huang 黄静 (Dacheng Power): Thank you!! 👍 we arrange
"""))])

# ---- p16: HTML buyer portal sample submission with "Approved - proceed" comment
case("p16_mesa_portal_sample_submission", ["RG002"],
     "portal sample submission: buyer comment 'Approved - proceed' without sample-only or quantity; scope fields complete",
     [("MesaGrid_portal_SS-0117.html", html_page("Mesa Grid Storage Supplier Portal - Sample submission SS-0117", """
<div style="background:#333;color:#fff;padding:6px">Mesa Grid Storage LLC &middot; Supplier Portal &middot; Supplier: Hangzhou Lianxin Electronics (V-20931)</div>
<h2>Sample submission SS-0117</h2>
<table>
<tr><th>PO / line</th><td>MGS-24-0512 / 1</td></tr>
<tr><th>Part</th><td>2000-480-1100 BMS slave board, B-sample, DRG 7510 Rev 4</td></tr>
<tr><th>Active quantity</th><td>8 boards (sample)</td></tr>
<tr><th>Balance</th><td>492 boards - not released</td></tr>
<tr><th>Unlock event</th><td>B-sample sign-off per TS-1200 Rev 3, followed by written release</td></tr>
<tr><th>Release authority</th><td>Dana Whitfield, Director of Supply Chain</td></tr>
<tr><th>Material authority</th><td>sample-only</td></tr>
</table>
<h3>Submission</h3>
<table>
<tr><th>Date</th><th>From</th><th>Entry</th></tr>
<tr><td>2024-06-12</td><td>Zhou Bin (supplier)</td><td>8 B-sample boards shipped, AWB 784 5550 1123. Test logs attached.</td></tr>
<tr><td>2024-06-20</td><td>Raj Patel (MGS engineering)</td><td>Bench test per TS-1200 done on 8/8 boards, results uploaded.</td></tr>
<tr><td>2024-06-21</td><td>Dana Whitfield (MGS)</td><td>Approved &#10004; &mdash; proceed.</td></tr>
</table>
<p style="font-size:11px;color:#666">Attachments: SS-0117_testlogs.zip, TS-1200_results.pdf</p>
"""))])

# ---- p17: DOCX meeting minutes: "has the go-ahead"
case("p17_bluewater_minutes_go_ahead", ["RG002"],
     "meeting minutes: 'supplier has the go-ahead' naming neither sample-only nor a quantity; sample scope complete elsewhere in the minutes",
     [("Minutes_Bluewater_Slaskie_2024-06-26.docx", docx_bytes([
         ("h1", "Minutes - Bluewater / Slaskie Busbar - busbar BOP-BB-56 review"),
         ("p", "Date: June 26, 2024, MS Teams, 9:00-10:10 EDT. Minutes: Jennifer Ortiz."),
         ("table", [["Bluewater Outdoor Power", "Slaskie Busbar Sp. z o.o."],
                    ["Jennifer Ortiz (Sr. Commodity Manager), Mark Ellison (Quality), Dev Sharma (Pack Engineering)",
                     "Tomasz Wojcik (Key Account), Ewa Lis (Process Engineering)"]]),
         ("h", "1. Order status"),
         ("p", "PO 4500301502 covers 50 sample busbars BOP-BB-56 only. The balance of 4,950 pcs on quotation "
               "SB/24/0412 is not released. It is released only after PPAP sign-off, by a written release from "
               "Jennifer Ortiz. Material authority: sample-only."),
         ("h", "2. Sample results"),
         ("p", "Mark Ellison presented the CMM results of the 50 samples: all dimensions in tolerance, Cpk on hole "
               "position 1.67. Nickel thickness 4.1-5.3 um (spec 3-6 um). Pull test on the laser weld passed."),
         ("h", "3. Decisions"),
         ("li", "Slaskie Busbar has the go-ahead."),
         ("li", "Drawing note 7 (burr height) to be clarified by Dev Sharma by July 3."),
         ("h", "4. Action items"),
         ("table", [["#", "Action", "Owner", "Due"],
                    ["1", "Send updated control plan rev 3", "Ewa Lis", "Jul 5"],
                    ["2", "Clarify burr height note", "Dev Sharma", "Jul 3"],
                    ["3", "Packaging trial with VCI bags", "Tomasz Wojcik", "Jul 12"]]),
     ], author="Jennifer Ortiz"))])


# ============================================================ CASES: batch 4 (RG006, RG007, RG008)
# ---- p18: supplier reply: cells ordered for 2,000 packs while 20 A-samples released (quoted PO complete)
_p18_orig = """Dear Kelvin,

attached our PO 4500119004: twenty (20) A-sample packs KE-36-LT. The balance of 1,980 packs in your
quotation is not released. It can only be released after our A-sample sign-off, by a written production
release from me. Material authority: sample-only, please do not buy cells for the balance.

Best regards
Katrin Moeller
"""
case("p18_voltcore_cells_booked_2000", ["RG006"],
     "supplier ordered cells for 2,000 packs to secure allocation while only 20 A-samples are released and material authority is sample-only",
     [("RE_PO_4500119004_A-samples.eml", eml_bytes(mail(
         "Kelvin Zhou <kelvin.zhou@voltcore-energy.cn>", "Katrin Moeller <katrin.moeller@kessler-edrive.de>",
         "RE: PO 4500119004 - A-sample packs KE-36-LT", "Fri, 07 Jun 2024 17:33:00 +0800",
         """Dear Katrin,

Thanks for your PO 4500119004, well received. We confirm 20 pcs A-sample delivery in week 30.

Please kindly note: EVE cell allocation for Q4 is very tight now, many customers are booking. So to secure
your project we have already placed the order to EVE for the cells for 2,000 packs (48,000 pcs INR21700-50E),
delivery in October. This way there will be no delay when you start the series.

Order confirmation will follow on Monday from our sales assistant Ms. Li.

Best regards,
Kelvin Zhou
Key Account Manager Europe
Shenzhen Voltcore Energy Co., Ltd.
Tel: +86 755 5550 8712

""" + "".join("> " + l + "\n" if l else ">\n" for l in _p18_orig.splitlines()),
         in_reply_to="<h159-kessler-0606@kessler-edrive.de>")))])

# ---- p19: KakaoTalk: buyer tells supplier to put series cells on order; supplier assumes sign-off = SOP
case("p19_kakao_hanul_seoyeon_cells_sop", ["RG006", "RG007"],
     "buyer: 'series cells on order by now, just do it, paperwork later' (no explicit material authority); supplier: B-sample approval = SOP start automatically",
     [("KakaoTalk_Hanul_Seoyeon_HM-PK-36V.txt", txt("""
Seoyeon 최유나 님과 카카오톡 대화
저장한 날짜 : 2024-07-02 19:11

--------------- 2024년 6월 24일 월요일 ---------------
[박재현 Park Jae-hyun (Hanul)] [오전 10:02] 유나씨 안녕하세요, PO HM-2407-009 메일로 보냈어요
[박재현 Park Jae-hyun (Hanul)] [오전 10:04] For the record: B-sample 15 packs HM-PK-36V only. The balance of 985 packs is not released. Release only after B-sample sign-off by our R&D, and then a written release from me (박재현 Park Jae-hyun, purchasing). Material: only for the 15 samples.
[최유나 Choi Yu-na (Seoyeon)] [오전 10:30] 네 확인했습니다! 15 B-sample, delivery W31

--------------- 2024년 7월 1일 월요일 ---------------
[최유나 Choi Yu-na (Seoyeon)] [오후 3:12] 과장님, production team asks about schedule. We plan like this: B-sample 승인 = SOP start, ramp-up automatically in W40, same as Hanul last project. OK?
[박재현 Park Jae-hyun (Hanul)] [오후 4:40] I am in meeting, later
[최유나 Choi Yu-na (Seoyeon)] [오후 4:41] 네~
[박재현 Park Jae-hyun (Hanul)] [오후 6:05] About cells: Samsung 50S lead time is 18 weeks now. You'll need the series cells on order by now — just do it, we sort the paperwork later.
[최유나 Choi Yu-na (Seoyeon)] [오후 6:07] 알겠습니다 👍 I tell purchasing tomorrow
[박재현 Park Jae-hyun (Hanul)] [오후 6:08] thanks, 수고하세요
"""))])

# ---- p20: PDF supplier status report: copper for 3,000; PO acceptance read as series go
case("p20_slaskie_status_report", ["RG006", "RG012"],
     "supplier status report: PO accepted in ERP so series production scheduled (PO acceptance as authority); copper for 3,000 bought while 40 B-samples released",
     [("Status_report_AS-BB-48_2024-06-21.pdf", pdf([
         ("h1", "Project status report - busbar AS-BB-48"),
         ("p", "Slaskie Busbar Sp. z o.o., ul. Toszecka 102, 44-100 Gliwice - for Alpenstrom Speicher GmbH, Ms. Stefanie Huber - "
               "21.06.2024 - prepared by Tomasz Wojcik, Key Account Manager"),
         ("table", [["Item", "Released by customer", "Status"],
                    ["B-sample busbar AS-BB-48, PO 4500062231", "40 pcs", "produced 40, shipped 06.06.2024, CMM report sent"],
                    ["Series busbar AS-BB-48", "-", "PO accepted in our ERP on 12.06.2024; series production scheduled for week 29"],
                    ["Copper Cu-ETP strip 0.8 x 40 mm", "-", "received 18.06.2024 for 3,000 busbars, heat no. 24-5531"],
                    ["Nickel plating", "-", "subcontractor Galwanizernia Bytom booked for week 30"]]),
         ("sp",),
         ("h", "Comments"),
         ("p", "Since your PO was accepted in our system on 12.06, the order is confirmed and we have scheduled the "
               "series production for week 29, so that the first delivery can arrive in Rosenheim in week 31."),
         ("p", "The copper was bought early because the mill announced a price increase of 6 % from July."),
         ("p", "Open point: please send the PPAP level you require for the series (we propose level 3)."),
     ], title="Status report AS-BB-48", author="Slaskie Busbar"))])

# ---- p21: supplier-side HTML project board: cells booked for 800 packs on a 'firm forecast'
case("p21_helix_project_board_cells", ["RG006", "RG008"],
     "supplier project page: cells booked for 800 packs based on the customer's 'firm forecast', while only 12 B-samples are released",
     [("Helix_project_board_TPS-NMC-48.html", html_page("Ningbo Helix - customer project board", """
<div style="background:#1d5c3a;color:#fff;padding:6px">Ningbo Helix New Energy &middot; Project board &middot; Customer: Trident Power Systems Pvt Ltd (Bengaluru)</div>
<h2>Project TPS-NMC-48 (48V 50Ah telecom backup pack)</h2>
<table>
<tr><th>Customer PO</th><td>4100023150</td></tr>
<tr><th>Released by customer</th><td>12 B-sample packs</td></tr>
<tr><th>Balance</th><td>not released per customer PO (written release Mr. Rajesh Iyer after B-sample sign-off)</td></tr>
<tr><th>Project manager</th><td>Amy Xu</td></tr>
</table>
<h3>Material planning</h3>
<table>
<tr><th>Material</th><th>Qty booked</th><th>For</th><th>Basis</th><th>Status</th></tr>
<tr><td>Cells Lishen LR2170SD 4.8Ah</td><td>12,800</td><td>800 packs</td><td>customer firm forecast Q4 2024: 800 packs</td><td>PO to Lishen placed 2024-06-14</td></tr>
<tr><td>BMS board HLX-B48</td><td>12</td><td>12 B-samples</td><td>customer PO</td><td>received</td></tr>
<tr><td>Steel housing 1.5 mm</td><td>12</td><td>12 B-samples</td><td>customer PO</td><td>in paint shop</td></tr>
</table>
<p>Last update 2024-06-18 by Amy Xu</p>
"""))])

# ---- p22: Teams chat: supplier already cut copper for the full lot; buyer objects
case("p22_teams_lofoten_wpc_copper_cut", ["RG006"],
     "supplier already cut copper strips for the full 1,500 lot while 20 samples are released; buyer's reply restates complete scope",
     [("Teams_Lofoten_WPC_LB-24-300.txt", txt("""
Microsoft Teams - chat export
Chat: Lofoten eBoats / WPC - LB-24-300
Participants: Henrik Dahl (Lofoten eBoats AS), Pawel Grabowski (Wroclaw Power Components), Agnieszka Nowak (Wroclaw Power Components)

[19.06.2024 11:02] Pawel Grabowski (Wroclaw Power Components): Hi Henrik, short update from production. The 20 sample sets LB-24-300 are bent and go to plating tomorrow.
[19.06.2024 11:03] Pawel Grabowski (Wroclaw Power Components): Also: we already cut the copper strips for the full 1,500 lot, to save a second set-up of the slitter. Parts are waiting in our stock, nicely packed.
[19.06.2024 11:40] Henrik Dahl (Lofoten eBoats AS): Hi Pawel, thanks for the update on the samples. The copper for the lot was not authorized, please don't do that again.
[19.06.2024 11:42] Henrik Dahl (Lofoten eBoats AS): PO 4500009960 covers the 20 sample sets only; the 1,480 are on hold until our PV sign-off, and then released only in writing by me. Material authority is sample-only.
[19.06.2024 11:55] Agnieszka Nowak (Wroclaw Power Components): Henrik, understood, sorry for this. We will discuss internally how to handle the cut strips and come back to you.
[19.06.2024 11:56] Henrik Dahl (Lofoten eBoats AS): ok, thanks
"""))])

# ---- p23: Hungarian supplier staged material for 600 sets against a staged authority of 200
_p23_orig = """Dear Eszter,

PO 4500009377 releases twenty (20) module carriers HME-MC-48, PV samples. The balance of 780 of the
quoted 800 is not released until the PV sign-off, then only in writing by Ole Martin Berg.

Material authority: staged - PA6 GF30 resin and brass inserts for up to 200 carriers at our liability.
Nothing beyond 200.

Best regards
Kari Nygard, Havbris Marine Energy AS
"""
case("p23_pannon_staged_600_vs_200", ["RG006"],
     "supplier staged resin and inserts for 600 sets 'in line with' a quoted staged material authority of only 200; release 20",
     [("RE_PO_4500009377_material.eml", eml_bytes(mail(
         "Szabo Eszter <eszter.szabo@pannoncell.hu>", "Kari Nygard <kari.nygard@havbris.no>",
         "RE: PO 4500009377 - module carriers HME-MC-48 - material status", "Tue, 25 Jun 2024 09:58:00 +0200",
         """Dear Kari,

thank you for the PO, we confirm the 20 PV sample carriers for delivery in week 31.

I would like to inform you that we have purchased and staged the PA6 GF30 resin (BASF Ultramid B3WG6) and
the brass M5 inserts for 600 sets, in line with your material authority, so that the ramp-up will be smooth
after your PV sign-off. The material is stored in our Debrecen warehouse, dry and labelled with your part
number.

The PV samples will be moulded on the series tool in week 29. Measurement report and material certificate
will come with the delivery.

Udvozlettel / Best regards,
Szabo Eszter
Key Account Manager
Pannon Cell Kft., Kishegyesi ut 263, 4031 Debrecen, Hungary
+36 52 555 318

""" + "".join("> " + l + "\n" if l else ">\n" for l in _p23_orig.splitlines()),
         in_reply_to="<h159-havbris-0620@havbris.no>")))])

# ---- p24: DOCX supplier project plan: cell purchase for SOP batch + sign-off = SOP start automatically
case("p24_seoyeon_project_plan", ["RG006", "RG007"],
     "supplier plan: cells for the SOP batch bought in W32 while only 12 C-samples released; 'SOP starts automatically after C-sample sign-off'",
     [("Seoyeon_project_plan_CM-PK-48V.docx", docx_bytes([
         ("h1", "Project plan CM-PK-48V-15Ah (Cascade Micromobility)"),
         ("p", "Seoyeon Battery Tech Co., Ltd., Ochang - PM Jang Dong-hoon - version 3, 2024-06-20"),
         ("h", "1. Status"),
         ("p", "12 C-sample packs released by customer PO 4500031266 are in assembly. Customer test at Portland "
               "planned W35."),
         ("h", "2. Schedule"),
         ("table", [["Week", "Activity", "Owner", "Remark"],
                    ["W28", "C-sample build (12 pcs)", "Seoyeon production", "line 1"],
                    ["W30", "C-sample shipment by air", "Seoyeon logistics", "DG class 9"],
                    ["W32", "Cell purchase for SOP batch: Samsung INR21700-50S, 62,400 cells", "Seoyeon purchasing",
                     "to meet 18-week lead time"],
                    ["W35", "C-sample test at customer (UL 2271, vibration)", "Cascade", ""],
                    ["W36", "C-sample sign-off", "Cascade", ""],
                    ["W37", "SOP start", "Seoyeon production", "starts automatically after C-sample sign-off, no new PO needed"]]),
         ("h", "3. Risks"),
         ("li", "Cell allocation Samsung Q4: high - mitigated by early cell purchase in W32."),
         ("li", "Housing gasket material change: medium - deviation request DR-0613 open."),
     ], author="Jang Dong-hoon"))])

# ---- p25: PDF capacity reservation letter: 'committed forecast' + cells booked for 10,000
case("p25_jiarun_capacity_letter", ["RG006", "RG008"],
     "supplier letter calls the 10,000 forecast 'committed' and has booked cells for 10,000 packs while 10 B-samples are released",
     [("Capacity_reservation_JR-CR-2406.pdf", pdf([
         ("h1", "Capacity reservation confirmation JR-CR-2406"),
         ("p", "Dongguan Jiarun Battery Technology Co., Ltd. - To: Trident Power Systems Pvt Ltd, Ms. Priya Raghavan - "
               "Date: 2024-06-26"),
         ("p", "Dear Ms. Priya,"),
         ("p", "Thank you for sharing your FY2025 plan for the telecom pack TPS-LFP-48-50. Based on your committed "
               "forecast of 10,000 packs for FY2025, we are pleased to confirm the following reservation:"),
         ("table", [["Item", "Reserved", "Remark"],
                    ["Assembly capacity, line 4", "900 packs / month from Oct 2024", "2 shifts"],
                    ["LFP cells EVE LF50K", "for 10,000 packs (160,000 cells)", "booked and 30% prepaid to EVE on 2024-06-20"],
                    ["BMS board JR-BMS-16S", "for 10,000 packs", "AFE IC reserved at distributor"]]),
         ("sp",),
         ("p", "We understand that under PO 4100023014 only the 10 B-sample packs are released, and the 10,000 packs "
               "are not yet released for production."),
         ("p", "Please kindly note the cell booking cannot be cancelled after 2024-07-31."),
         ("p", "Best regards, Kevin Liu, Sales Director"),
     ], title="JR-CR-2406", author="Dongguan Jiarun"))])

# ---- p26: US buyer contradicts own written-release requirement; PO attached
_p26_text = ("""Hi Kevin,

Thanks for the update, glad the C-samples are on the way to TUV in Fremont. Test slot is confirmed for July 8.

To save time: if the C-samples pass UL 2271, just keep the line running and build out the order. No need to
wait for paperwork from Rachel, I'll make sure it catches up.

Also please double-check the label artwork, marketing changed the logo color to Pantone 7711 C.

Cheers,
Tyler
""" + sig("Tyler Brooks", "Buyer, Battery & Electronics", "Cascade Micromobility Inc., Portland OR", "+1 503 555 0162"))
case("p26_cascade_keep_line_running", ["RG007"],
     "buyer: 'if the C-samples pass UL 2271, just keep the line running and build out the order' - contradicts the PO's written release by named person",
     [("C-samples_UL2271_next_steps.eml", eml_bytes(mail(
         "Tyler Brooks <tbrooks@cascade-micromobility.com>", "Kevin Liu <kevin.liu@jiarun-battery.com>",
         "C-samples CM-PK-52V - UL 2271 and next steps", "Wed, 26 Jun 2024 16:20:00 -0700",
         _p26_text, html=html_page("mail", "<div style='font-family:Calibri'>" + escape(_p26_text).replace("\n", "<br>\n") + "</div>"),
         attachments=[("PO_4500031302.pdf", pdf([
             ("h1", "Purchase Order 4500031302"),
             ("p", "Cascade Micromobility Inc., 2200 NW Front Ave, Portland OR 97209 - to Dongguan Jiarun Battery Technology "
                   "Co., Ltd. - May 29, 2024"),
             ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Scope"],
                        ["10", "CM-PK-52V-C", "Battery pack 52 V 13 Ah, C-sample", "20", "268.00", "released"],
                        ["20", "CM-PK-52V", "Battery pack 52 V 13 Ah, production", "1,000", "171.00", "not released"]]),
             ("p", "Line 10 (20 C-samples) is released. Line 20 (1,000 packs) is commercial cover only and is not released. "
                   "It is released only after C-sample sign-off (UL 2271 and Cascade vibration test), by a written release "
                   "from Rachel Ng, VP Operations, naming the quantity. Material authority: sample-only."),
         ], pagesize=LETTER, title="PO 4500031302", author="Cascade Micromobility"), PDF_MT)])))])

# ---- p27: PDF supplier quote with T&C: sample approval constitutes release of series quantity
case("p27_lianxin_quote_terms", ["RG007"],
     "supplier quote term: customer's sample approval constitutes release of the quoted series quantity and production starts automatically",
     [("HLX-Q-2406-201.pdf", pdf([
         ("h1", "QUOTATION HLX-Q-2406-201"),
         ("p", "Hangzhou Lianxin Electronics Co., Ltd., No. 1180 Bin'an Rd, Binjiang District, Hangzhou 310052 - "
               "To: Daejin ESS Co., Ltd., Purchasing Team, Ms. Lee Hye-jin - Date: 2024-06-19"),
         ("table", [["Item", "Part", "Stage", "Qty", "Unit price USD", "Lead time"],
                    ["1", "DJ-BMS-R16 slave board", "C-sample", "10 pcs", "96.00", "4 weeks"],
                    ["2", "DJ-BMS-R16 slave board", "Series", "3,000 pcs", "41.20", "8 weeks"],
                    ["3", "EOL test fixture", "one time", "1 set", "3,900.00", "5 weeks"]]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Prices FOB Shanghai, USD, valid 60 days."),
         ("p", "2. Payment: samples 100% T/T in advance; series 30 days after B/L."),
         ("p", "3. Warranty 24 months from shipment."),
         ("p", "4. Customer's approval of the samples constitutes release of the series quantity quoted above. "
               "Series production starts automatically two weeks after sample approval."),
         ("p", "5. Engineering changes after sample approval are charged at cost."),
         ("p", "Zhou Bin, Sales Manager Overseas"),
     ], title="HLX-Q-2406-201", author="Hangzhou Lianxin"))])

# ---- p28: DOCX buyer test plan: after PV sign-off supplier rolls straight into series supply
case("p28_voltaris_test_plan_rollover", ["RG007"],
     "buyer test plan: 'after PV sign-off the supplier rolls straight into series supply, no further document' - implied auto-conversion without quantity, signer or record",
     [("Testplan_VX-60_B-C-PV.docx", docx_bytes([
         ("h1", "Test plan battery pack VX-60 - B-sample, C-sample, PV"),
         ("p", "Voltaris GmbH, Battery Engineering, Lena Hoffmann - document TP-VX60-003, revision 1, 14.06.2024. "
               "Supplier: Huizhou Dacheng Power Co., Ltd."),
         ("h", "1 Scope"),
         ("p", "This plan defines the validation tests for the VX-60 pack. It does not order parts; samples are ordered "
               "by separate purchase orders."),
         ("h", "2 Test phases"),
         ("table", [["Phase", "Samples", "Main tests", "Location"],
                    ["B-sample", "6", "ISO 12405-4 capacity, DCIR, thermal", "Voltaris lab Feuerbach"],
                    ["C-sample", "12", "UN 38.3, IEC 62660-2, vibration ISO 16750-3", "TUV SUD Garching"],
                    ["PV", "20", "EN 50604-1, salt mist, IP67", "TUV SUD Garching"]]),
         ("h", "3 Pass criteria"),
         ("li", "Capacity >= 60 Ah at 0.5 C, 25 C."),
         ("li", "No leakage, no fire, no rupture in any abuse test."),
         ("li", "Cell voltage spread <= 20 mV after 100 cycles."),
         ("h", "4 After PV"),
         ("p", "After successful PV sign-off the supplier rolls straight into series supply; no further document is needed."),
         ("h", "5 Reporting"),
         ("p", "Test reports within 5 working days in the Voltaris template QF-7.3-02."),
     ], author="Lena Hoffmann"))])

# ---- p29: EML: engineer forwards procedure: FAI approval automatically releases PO balance; PO says otherwise
case("p29_mesa_fai_procedure", ["RG007"],
     "buyer engineer: per procedure, FAI approval automatically releases the remaining PO balance - contradicts the PO's written release by named director",
     [("FAI_boards_MGS-24-0533.eml", eml_bytes(mail(
         "Raj Patel <raj.patel@mesagridstorage.com>", "Zhou Bin <zhoubin@lianxin-elec.cn>",
         "FAI boards MGS-24-0533 - how it works on our side", "Thu, 20 Jun 2024 09:15:00 -0700",
         """Hi Zhou Bin,

you asked on the call how the FAI works with us. Quick summary:

- You ship the 5 FAI boards with the AS9102-style FAI report (we use forms 1-3).
- I do the bench test per TS-1200 Rev 3 and the dimensional check of the heat sink.
- Per our procedure QP-7.4.1 rev 3, FAI approval automatically releases the remaining PO balance, so once I
  sign the FAI you can go straight into production, no need to wait for anything else.

Purchasing attached the PO again since you could not find it.

Thanks,
Raj
""" + sig("Raj Patel", "Senior Hardware Engineer", "Mesa Grid Storage LLC, Tempe AZ", "+1 480 555 0139"),
         cc="Dana Whitfield <dana.whitfield@mesagridstorage.com>",
         attachments=[("PO_MGS-24-0533.pdf", pdf([
             ("h1", "Purchase Order MGS-24-0533"),
             ("p", "Mesa Grid Storage LLC, 2500 W Alameda Dr, Tempe AZ 85282 - to Hangzhou Lianxin Electronics Co., Ltd. - June 3, 2024"),
             ("table", [["Line", "Part number", "Description", "Qty", "Unit USD"],
                        ["1", "2000-480-1200", "String controller board, FAI, DRG 7520 Rev 2", "5", "388.00"]]),
             ("p", "Scope: this PO releases five (5) FAI boards. The balance of 995 boards from quotation HLX-Q-2405-140 "
                   "is not released. It is released only by a written release from Dana Whitfield, Director of Supply "
                   "Chain, after FAI sign-off, quoting this PO and the quantity. Material authority: sample-only."),
         ], pagesize=LETTER, title="PO MGS-24-0533", author="Mesa Grid Storage"), PDF_MT)])))])

# ---- p30: EML Indian buyer: treat FY25 forecast as firm order
case("p30_trident_forecast_firm_order", ["RG008"],
     "buyer asks supplier to treat the FY 2024-25 forecast of 24,000 as a firm order",
     [("FY25_forecast_TPS-CH-32140.eml", eml_bytes(mail(
         "Priya Raghavan <priya.raghavan@tridentpower.in>", "Vivian Huang <vivian.huang@tpc-holders.com.tw>",
         "FY 2024-25 forecast - cell holder TPS-CH-32140-16S", "Tue, 02 Jul 2024 12:05:00 +0530",
         """Dear Vivian,

Greetings from Bengaluru!

Please find below our FY 2024-25 forecast for the cell holder TPS-CH-32140-16S. Kindly treat this forecast
of 24,000 nos. as our firm order for the year and plan your moulding capacity accordingly.

    Quarter        Qty (nos.)
    Q2 (Jul-Sep)    4,500
    Q3 (Oct-Dec)    6,000
    Q4 (Jan-Mar)    7,500
    Q1 FY26         6,000
    ---------------------
    Total          24,000

Monthly delivery call-offs will continue through our supplier portal as before.

Also, kindly share the revised packing proposal (we need 200 nos. per carton instead of 250 due to weight).

Thanks & regards,
Priya
""" + sig("Priya Raghavan", "Manager - Purchase, Battery Systems", "Trident Power Systems Pvt Ltd, Bengaluru",
          "+91 80 5550 6612"))))])

# ---- p31: Taiwanese supplier thanks for "your order" after a labelled forecast (quoted)
case("p31_formosa_thanks_for_order", ["RG008"],
     "supplier reply calls a quoted non-binding H2 forecast 'your order of 6,000 BMS boards'",
     [("RE_H2_forecast_RT-BMS.eml", eml_bytes(mail(
         "Jason Lin <jason.lin@formosa-pe.com.tw>", "Mike Kowalczyk <mkowalczyk@ridgelinetools.com>",
         "RE: H2 forecast RT-BMS-20V-5S", "Thu, 27 Jun 2024 10:22:00 +0800",
         """Dear Mike,

Thank you for your order of 6,000 BMS boards RT-BMS-20V-5S for H2. We have reserved the SMT line capacity
for July to December according to your monthly quantity, and our planning team will send the detailed
production schedule next week.

Kindly note the price for 6,000 pcs follows our 5,000 pcs tier, USD 11.40.

Best regards,
Jason Lin
Sales Manager
Formosa Power Electronics Co., Ltd.
Tel: +886 3 555 0172

> From: Mike Kowalczyk <mkowalczyk@ridgelinetools.com>
> Sent: Wednesday, June 26, 2024 2:40 PM
> Subject: H2 forecast RT-BMS-20V-5S
>
> Jason,
> here's our H2 forecast for the 20V BMS, for your capacity planning. Non-binding, not an order.
>   Jul 500 / Aug 800 / Sep 1,000 / Oct 1,200 / Nov 1,300 / Dec 1,200  = 6,000
> Actual quantities come with POs and production releases as usual.
> Mike
""", in_reply_to="<h159-ridgeline-0626@ridgelinetools.com>")))])

# ---- p32: PDF German forecast declared binding commitment
case("p32_kessler_forecast_binding", ["RG008"],
     "buyer's forecast document declares the forecast quantities binding and a purchase commitment",
     [("Vorschau_H2-2024_KE-48.pdf", pdf([
         ("h1", "Bedarfsvorschau / Forecast H2 2024"),
         ("p", "Kessler eDrive GmbH, Einkauf Batteriesysteme - an / to Shenzhen Voltcore Energy Co., Ltd. - Stand 28.06.2024"),
         ("table", [["Material", "Bezeichnung", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", "Summe"],
                    ["3100-4812", "Akkupack 48 V 20 Ah", "0", "150", "300", "350", "350", "250", "1.400"],
                    ["3100-3610", "Akkupack 36 V 14 Ah", "200", "200", "250", "250", "300", "300", "1.500"]]),
         ("sp",),
         ("p", "Die Mengen dieser Vorschau sind verbindlich. / The quantities in this forecast are binding and "
               "constitute our purchase commitment for H2 2024."),
         ("p", "Lieferabrufe folgen monatlich ueber EDI (VDA 4905). Rueckfragen: Katrin Moeller, +49 89 5550 182."),
     ], title="Forecast H2 2024", author="Kessler eDrive GmbH"))])


# ============================================================ CASES: batch 5 (RG009, RG011, RG012)
# ---- p33: EML buyer uses "approval" for lab sign-off, budget and series release
_p33_text = ("""Hello Kevin,

PO 4500076388 for twelve (12) B-sample packs BW18 8.0Ah went out this morning from SAP. The remaining
1,188 packs of your quotation JR-Q-2405-22 are not released. Material only for the 12 samples, please.

How it continues: once our lab has given the approval of the B-samples and our controlling has given the
budget approval for the series tooling, I will send you the approval for the series.

The lab needs the B-samples by 26 July at the latest, otherwise we miss the climate chamber slot in August.

Best regards
Joerg Albrecht
""" + sig_de("Joerg Albrecht", "Einkauf Elektronik / Purchasing Electronics", "Brenner Werkzeuge GmbH, Nuernberg",
             "+49 911 5550 362"))
case("p33_brenner_three_approvals", ["RG009"],
     "'approval' used for the lab's B-sample sign-off, the budget decision and the series release; scope otherwise complete",
     [("PO_4500076388_B-samples_next_steps.eml", eml_bytes(mail(
         "Joerg Albrecht <joerg.albrecht@brenner-werkzeuge.de>", "Kevin Liu <kevin.liu@jiarun-battery.com>",
         "PO 4500076388 - B-samples BW18 8.0Ah - how it continues", "Mon, 17 Jun 2024 08:55:00 +0200",
         _p33_text, html=html_page("mail", "<div style='font-family:Arial'>" + escape(_p33_text).replace("\n", "<br>\n") + "</div>"))))])

# ---- p34: PDF PO: "release" for drawing, sample sign-off and production
case("p34_kessler_po_release_word", ["RG009"],
     "'release(d)' used for the drawing, for the sample sign-off and for production; scope otherwise complete",
     [("PO_4500119230.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500119230"),
         ("p", "Kessler eDrive GmbH, Landsberger Str. 310, 80687 Muenchen - to Taichung Precision Cell Holders Co., Ltd., "
               "Taichung Industrial Park, Taiwan - 19.06.2024"),
         ("table", [["Pos", "Material", "Description", "Qty", "Price EUR", "Delivery"],
                    ["10", "KE-CH-21700-10S", "Cell holder 10S4P, sample, PC V-0", "10 pcs", "31,00", "KW 30"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "Drawing KE-CH-21700-10S was released in Rev D on 03.05.2024; please use only Rev D."),
         ("p", "This order covers 10 samples. The balance of 1.490 pcs of your quotation TPC-24-0402 is not released."),
         ("p", "Production release of the balance only after sample release by Dr. Anja Vogt (Quality), and then by a "
               "written release from Katrin Moeller, Head of Purchasing Battery Systems. Material authority: sample-only."),
         ("p", "Please confirm within 3 working days. Our general terms of purchase (AEB 2023) apply."),
     ], title="PO 4500119230", author="Kessler eDrive GmbH"))])

# ---- p35: DOCX release note mixing firmware release and production release
case("p35_ridgeline_release_note_fw", ["RG009"],
     "document titled 'Release note' uses release for the firmware (technical) and for the production quantity; scope otherwise complete",
     [("Release_Note_RN-BMS20-231.docx", docx_bytes([
         ("h1", "Release Note RN-BMS20-231"),
         ("p", "Ridgeline Tools Inc. - Engineering & Purchasing - to Formosa Power Electronics Co., Ltd. - July 1, 2024"),
         ("h", "Firmware"),
         ("p", "Firmware 2.3.1 for the BMS board RT-BMS-20V-5S is released. Changes: charge cut-off hysteresis 50 mV, "
               "new fault code F17 for NTC open, CRC 0x5A3C."),
         ("h", "Release"),
         ("table", [["PO", "Line", "Release quantity", "Use"],
                    ["4500209034", "10", "50 boards", "pilot build with firmware 2.3.1"]]),
         ("p", "The balance of 4,950 boards is not released. It is released only after PV sign-off of the pilot boards, "
               "by a written release from Laura Bennett, Director Global Sourcing."),
         ("p", "Material authority: for the 50 pilot boards only."),
         ("h", "Contacts"),
         ("li", "Firmware: Greg Novak, Firmware Lead"),
         ("li", "Purchasing: Mike Kowalczyk, Buyer"),
     ], author="Greg Novak"))])

# ---- p36: Korean supplier: "this approval is also the production approval" -> SOP
case("p36_hanbit_approval_is_production", ["RG007", "RG009"],
     "supplier treats the engineering B-sample approval as the production approval and plans SOP; one word for technical approval and production release",
     [("B-sample_result_HB-M314.eml", eml_bytes(mail(
         "Yoon Seo-jin <sj.yoon@hanbitcell.co.kr>", "Ingrid Solberg <ingrid.solberg@nordvik-energi.no>",
         "B-sample result HB-M314 - SOP plan", "Wed, 03 Jul 2024 15:40:00 +0900",
         """Dear Ingrid,

Thank you very much for the good news from your test centre.

The B-sample approval from your engineering (Mr. Eriksen) was received yesterday. We understand this
approval is also the production approval, so we will start SOP from next Monday, 8 July, on our line 3.

Please let me know your preferred pallet configuration for series (2 or 3 modules per pallet). For B-sample
we used 2 per pallet.

Thank you and best regards,
Yoon Seo-jin
Project Manager, Overseas Sales Team
Hanbit Cell Systems Co., Ltd.
"""))) ])

# ---- p37: SAP printout: PO 'RELEASE STATUS: RELEASED' + production release by a department
case("p37_alpenstrom_sap_release_strategy", ["RG005", "RG009"],
     "SAP header 'release status: released' (PO commercial approval) beside a production-release note; release by purchasing dept, no named person",
     [("PO_4500062455_SAP.txt", txt("""
ALPENSTROM SPEICHER GMBH                                     BESTELLUNG / PURCHASE ORDER
KUFSTEINER STR. 88, 83022 ROSENHEIM                         NUMMER   : 4500062455
                                                            DATUM    : 20.06.2024
LIEFERANT: 700291 DUNAMENTI FEMTECHNIKA KFT.                SEITE    : 1/1
           PAPIRGYARI UT 6, 2400 DUNAUJVAROS, UNGARN
EINKAEUFER: F. GRUBER   +49 8031 555 274
FREIGABESTRATEGIE / RELEASE STRATEGY : P2 (2 STUFEN)
FREIGABESTATUS / RELEASE STATUS      : RELEASED 20.06.2024
ZAHLUNG: 45 TAGE NETTO    INCOTERMS 2020: DAP ROSENHEIM

POS   MATERIAL        KURZTEXT                            MENGE  ME     PREIS EUR      NETTOWERT  LIEFERDATUM
----- --------------- --------------------------------- ------- --- ------------ -------------- -----------
00010 AS-BB-48-K      BUSBAR KIT 48V MODUL B-MUSTER          12  ST        38,50         462,00  KW 30
                      ZEICHNUNG AS-BB-48-K INDEX C
----- --------------- --------------------------------- ------- --- ------------ -------------- -----------
                                                             GESAMTNETTOWERT EUR             462,00

POSITIONSTEXT 00010:
12 PCS B-SAMPLE ONLY.
BALANCE 588 PCS OF OFFER DF-2024-131 NOT RELEASED.
PRODUCTION RELEASE OF BALANCE AFTER PV REPORT SIGN-OFF BY OUR ENGINEERING DEPT.
RELEASE BY PURCHASING DEPT.
MATERIAL AUTHORITY: SAMPLE-ONLY.

ES GELTEN UNSERE ALLGEMEINEN EINKAUFSBEDINGUNGEN (AEB 2022).
"""))])

# ---- p38: multi-file: PO PDF says 20 samples, buyer's cover e-mail says 24
case("p38_kaveri_po_and_cover_mail", ["RG011"],
     "PO PDF authorizes 20 C-samples; buyer's separate cover mail asks for 24 without revising the PO",
     [("PO_4600018990.pdf", pdf([
         ("h1", "PURCHASE ORDER 4600018990"),
         ("p", "Kaveri Motors Pvt Ltd, Oragadam, Chennai 602105 - to Ningbo Helix New Energy Co., Ltd., Cixi - 03-Jun-2024"),
         ("table", [["Sl.", "Part", "Description", "Qty", "Rate USD"],
                    ["1", "KM-3W-51V-C", "LFP pack 51.2 V 105 Ah, C-sample", "20 Nos", "1,115.00"]]),
         ("p", "Scope: twenty (20) C-sample packs are released. The balance of 1,980 packs on quotation NH-Q-2405-19 is not "
               "released; it is released only after C-sample sign-off (AIS-156 Phase II at ARAI), by a written release "
               "from Arvind Subramanian, DGM - Strategic Sourcing. Material authority: sample-only."),
     ], title="PO 4600018990", author="Kaveri Motors")),
      ("PO_4600018990_cover_mail.eml", eml_bytes(mail(
          "Arvind Subramanian <arvind.s@kaverimotors.in>", "Amy Xu <amy.xu@helix-newenergy.cn>",
          "PO 4600018990 - C-sample packs KM-3W", "Mon, 03 Jun 2024 17:25:00 +0530",
          """Dear Amy,

Our PO 4600018990 has gone out from SAP separately. Kindly make the 24 C-sample packs as discussed in
the call, 4 of them will go directly to ARAI Pune for the AIS-156 tests.

Balance not released, as written in the PO.

Please share the cell lot traceability along with the dispatch documents.

Thanks & regards,
Arvind
""" + sig("Arvind Subramanian", "DGM - Strategic Sourcing (Battery)", "Kaveri Motors Pvt Ltd, Chennai", "+91 44 5550 2390"))))])

# ---- p39: EML says release 300, attached release form says 350
case("p39_bluewater_release_300_vs_350", ["RG011"],
     "release e-mail says 300 packs, attached release form says 350 packs for the same release",
     [("Production_release_R-1_BOP-56V.eml", eml_bytes(mail(
         "Jennifer Ortiz <jortiz@bluewater-op.com>", "Kelvin Zhou <kelvin.zhou@voltcore-energy.cn>",
         "Production release R-1 - BOP-56V-5Ah", "Tue, 09 Jul 2024 10:05:00 -0400",
         """Hi Kelvin,

Good news: PPAP for BOP-56V-5Ah is signed off (PSW signed July 8 by Mark Ellison, Quality).

With this email we release 300 packs for production under revised PO 4500301455 rev 1, line 20. Release form
R-1 is attached. The remaining 660 packs are not released; they come with release R-2 from me after the
first 300 have passed our incoming inspection.

Target ship date for the first container: August 23.

Thanks,
Jennifer
""" + sig("Jennifer Ortiz", "Sr. Commodity Manager, Batteries", "Bluewater Outdoor Power Inc., Charlotte NC", "+1 704 555 0188"),
         attachments=[("Release_R-1_BOP-56V.pdf", pdf([
             ("h1", "Production release R-1"),
             ("table", [["PO", "Line", "Part", "Released quantity", "Released by", "Date"],
                        ["4500301455 rev 1", "20", "BOP-56V-5Ah", "350 packs", "Jennifer Ortiz, Sr. Commodity Manager",
                         "July 9, 2024"]]),
             ("p", "Unlock event met: PPAP sign-off (PSW July 8, 2024). Balance not released; next release R-2 after incoming "
                   "inspection of the first lot, by Jennifer Ortiz."),
         ], pagesize=LETTER, title="Release R-1", author="Bluewater Outdoor Power"), PDF_MT)])))])

# ---- p40: WeChat: 10 A-samples then "8 A-samples only"; supplier assumes sign-off = go for full lot
case("p40_wechat_alpenstrom_voltcore", ["RG007", "RG011"],
     "buyer states 10 A-samples, later '8 A-samples only' with no revision; supplier says A-sample sign-off will be taken as go for the full lot",
     [("WeChat_Alpenstrom_Voltcore_AS-HS-10.txt", txt("""
WeChat chat history export - "Alpenstrom x Voltcore AS-HS-10"
Exported 2024-07-05 12:30

2024-06-12 09:05  Florian Gruber (Alpenstrom): Hello Lily, PO 4500062390 is sent: 10 A-sample packs AS-HS-10 (home storage 10 kWh). The rest of the 500 is not released. It is released only after our A-sample sign-off and then by written release from me, Florian Gruber.
2024-06-12 09:40  Lily Chen 陈莉 (Voltcore): Received, thank you Florian! 10 A-samples, ETD 15 July
2024-06-28 14:10  Lily Chen 陈莉 (Voltcore): Florian, cell incoming OK, assembly starts Monday
2024-07-01 08:32  Florian Gruber (Alpenstrom): As agreed, 8 A-samples only. Delivery to Rosenheim, Tor 2.
2024-07-01 09:15  Lily Chen 陈莉 (Voltcore): OK. And after you sign off A-samples we take it as go for the full lot, same like last project with Alpenstrom, so we save 3 weeks 😊
2024-07-01 09:50  Florian Gruber (Alpenstrom): Please send the DG documents 3 days before pick-up.
2024-07-01 09:52  Lily Chen 陈莉 (Voltcore): sure 👌
"""))])

# ---- p41: ERP printout: line qty 40, note says 60 pilot released; balance "will advise"
case("p41_daejin_erp_40_vs_60", ["RG004", "RG005", "RG011"],
     "PO line 40 pcs but note says 60 pilot pcs released; balance not released 'will advise' (no event, no person)",
     [("PO_4510-2274_ERP.txt", txt("""
DAEJIN ESS CO., LTD.                                         PURCHASE ORDER (발주서)
87, SEONGGEO-GIL, SEOBUK-GU, CHEONAN, KOREA                  PO NO    : 4510-2274
                                                             PO DATE  : 2024-06-21
VENDOR  : V-10877 HANGZHOU LIANXIN ELECTRONICS CO., LTD.
BUYER   : LEE HYE-JIN   +82 41 555 2280
TERMS   : T/T 30 DAYS    FOB SHANGHAI

NO  ITEM CODE        DESCRIPTION                         Q'TY  UNIT   U/PRICE USD     AMOUNT USD  DUE DATE
--- ---------------- ---------------------------------- ----- ---- ------------- -------------- ----------
  1 DJ-BMS-R16-P     RACK BMS SLAVE BOARD, PILOT LOT       40  EA          58.00       2,320.00 2024-08-09
                     REV 1.4, CONFORMAL COATED
--- ---------------- ---------------------------------- ----- ---- ------------- -------------- ----------
                                                              TOTAL USD           2,320.00

REMARK:
60 PCS PILOT RELEASED FOR PRODUCTION.
BALANCE NOT RELEASED. WILL ADVISE LATER.
PACKING: ESD BAG, 20 EA PER CARTON. EOL TEST DATA PER BOARD (CSV).
"""))])

# ---- p42: HTML buyer portal: released quantity 200 vs call-off message 250
case("p42_kessler_portal_200_vs_250", ["RG011"],
     "portal line shows released quantity 200 for release R-02 while the buyer's call-off message on the same page asks for 250",
     [("Kessler_Lieferantenportal_R-02.html", html_page("Kessler eDrive Lieferantenportal - Freigabe R-02", """
<div style="background:#003b6f;color:#fff;padding:6px">Kessler eDrive GmbH &middot; Lieferantenportal &middot; Lieferant 70041 Shenzhen Voltcore Energy Co., Ltd.</div>
<h2>Bestellung 4500118990 &middot; Position 20 &middot; Serienfreigabe R-02</h2>
<table>
<tr><th>Material</th><td>3100-4812 Akkupack 48 V 20 Ah, Serie</td></tr>
<tr><th>Released quantity (R-02)</th><td>200 packs</td></tr>
<tr><th>Released by</th><td>Katrin Moeller, Head of Purchasing Battery Systems</td></tr>
<tr><th>Balance</th><td>not released; next release R-03 after 8D closure of NCR-2024-0311, in writing by Katrin Moeller</td></tr>
<tr><th>Material authority</th><td>released quantity only</td></tr>
<tr><th>Delivery</th><td>KW 34, FCA Shenzhen</td></tr>
</table>
<h3>Nachrichten / Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>2024-07-08</td><td>Katrin Moeller (Kessler)</td><td>Call-off R-02: please produce 250 packs for delivery in KW 34. Labels per VDA 4902, 10 packs per pallet.</td></tr>
<tr><td>2024-07-09</td><td>Kelvin Zhou (Voltcore)</td><td>Received, production planned week 31.</td></tr>
</table>
"""))])

# ---- p43: EML forwards the original release (500) and states 400 "as released"
_p43_fwd = mail("Ingrid Solberg <ingrid.solberg@nordvik-energi.no>", "Kim Min-su <ms.kim@hanbitcell.co.kr>",
                "Production release PR-01 - HB-M280 modules", "Tue, 18 Jun 2024 10:30:00 +0200",
                """Hi Min-su,

C-sample sign-off is done (report NV-TR-0288). With this mail I release 500 modules HB-M280 for production
under PO 4500011874, line 20. The remaining 1,300 modules of the line are not released; they need a
further written release from me after the field test at Heggstadmoen.

Ingrid
""")
case("p43_nordvik_forward_500_vs_400", ["RG011"],
     "forwarded original release PR-01 says 500 modules; the new mail says 'PR-01 released 400 modules'",
     [("FW_Production_release_PR-01.eml", eml_bytes(mail(
         "Ingrid Solberg <ingrid.solberg@nordvik-energi.no>", "Lee Ji-hoon <jh.lee@hanbitcell.co.kr>",
         "FW: Production release PR-01 - HB-M280 modules", "Mon, 01 Jul 2024 09:12:00 +0200",
         """Hei Ji-hoon,

welcome as our new contact, Min-su told me you take over the Nordvik account from today.

For your file I forward the production release PR-01 below. To confirm: PR-01 released 400 modules HB-M280,
all for August, in two shipments of 200. Nothing else is released; the next release comes from me after the
field test.

Best regards / Hilsen
Ingrid
""" + sig_plain("Ingrid Solberg", "Category Manager Battery Systems", "Nordvik Energilagring AS, Trondheim",
                "+47 735 55 014"),
         attachments=[("rfc822", _p43_fwd)])))])

# ---- p44: PDF call-off: weekly lines sum to 1,000, total says 1.200
case("p44_brenner_calloff_sum_mismatch", ["RG011"],
     "call-off schedule lines sum to 1,000 but the stated total released with the call-off is 1.200",
     [("Lieferabruf_07_BW-BB-18-10S.pdf", pdf([
         ("h1", "Lieferabruf / Call-off 07"),
         ("p", "Brenner Werkzeuge GmbH, Nuernberg - an / to Dunamenti Femtechnika Kft., Dunaujvaros - frame agreement "
               "RV-BW-2024-03 - 01.07.2024"),
         ("table", [["Material", "Bezeichnung", "KW 32", "KW 34", "KW 36"],
                    ["BW-BB-18-10S", "Busbar kit 10S, series", "400", "300", "300"]]),
         ("sp",),
         ("p", "Gesamt freigegeben mit diesem Abruf / total released with this call-off: 1.200 Stk."),
         ("p", "The remaining frame quantity is not released. It is released only by call-off 08, signed by Sandra Vogel "
               "(Purchasing). Material authority: released quantity only."),
         ("p", "Lieferung DAP Nuernberg, Wareneingang Tor 4, Mo-Fr 6-14 Uhr. VDA-Label, KLT 6428."),
     ], title="Lieferabruf 07", author="Brenner Werkzeuge"))])

# ---- p45: PDF proforma invoice: mass production starts upon receipt of deposit
case("p45_dacheng_proforma_deposit", ["RG012"],
     "supplier proforma: 'mass production will start upon receipt of the 30% deposit' - deposit as authority to produce",
     [("PI_DC-PI-0702.pdf", pdf([
         ("h1", "PROFORMA INVOICE DC-PI-0702"),
         ("p", "Huizhou Dacheng Power Co., Ltd., Zhongkai Hi-tech Zone, Huizhou, Guangdong - To: Cascade Micromobility Inc., "
               "Portland OR, attn. Mr. Tyler Brooks - Date: 2024-07-02"),
         ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "Housing mould CM-PK-52V (2 cavities)", "1 set", "16,800.00", "16,800.00"],
                    ["2", "C-sample pack CM-PK-52V, ref. your PO 4500031340", "20 pcs", "268.00", "5,360.00"],
                    ["", "Total", "", "", "22,160.00"]]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Payment: 30% deposit by T/T, balance before shipment."),
         ("p", "2. Mass production will start upon receipt of the 30% deposit."),
         ("p", "3. Delivery: FOB Shenzhen, 35 days."),
         ("p", "Bank: Industrial and Commercial Bank of China, Huizhou Branch, SWIFT ICBKCNBJGDG. "
               "Beneficiary: Huizhou Dacheng Power Co., Ltd."),
     ], title="PI DC-PI-0702", author="Huizhou Dacheng Power"))])


# ==================================================================== WRITER
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _formats_in(fn, data):
    """Formats contained in one top-level file (the file itself plus EML attachments)."""
    ext = Path(fn).suffix.lower().lstrip(".")
    found = {ext}
    if ext == "eml":
        import email
        msg = email.message_from_bytes(data if isinstance(data, bytes) else data.encode(), policy=policy.default)
        for part in msg.walk():
            name = part.get_filename()
            if name:
                found.add(Path(name).suffix.lower().lstrip("."))
    return found


def build():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(159159).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h159_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        for r in c["expect"]:
            assert r in RULES, r
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary
    n = len(order)
    clean = sum(1 for c in order if not c["expect"])
    print(f"cases {n}  clean {clean}  risky {n - clean}  multi-rule {sum(1 for c in order if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {sum(1 for c in order if r in c['expect'])}")
    top, contains = {}, {}
    for c in order:
        seen = set()
        for fn, data in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            top[ext] = top.get(ext, 0) + 1
            seen |= _formats_in(fn, data)
        for e in seen:
            contains[e] = contains.get(e, 0) + 1
    for e in sorted(top, key=lambda k: -top[k]):
        print(f"  format {e}: top-level files {top[e]}, cases containing {contains.get(e, 0)}")
    print(f"  multi-file cases: {sum(1 for c in order if len(c['files']) > 1)}")


if __name__ == "__main__":
    build()
