#!/usr/bin/env python3
"""Generator for the releasegate check_holdout90 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout90/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h90-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h90")
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


# ------------------------------------------------------------- extra helpers
from email.utils import format_datetime  # noqa: E402


def edate(y, mo, d, h=9, mi=0, tz="+0000"):
    """RFC 2822 date with the right weekday, for a fixed local time and offset."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=_dt.timezone(off)))


def quote(text):
    """Quote a previous message the way mail clients do ("> " on each line)."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def eml(*a, **k):
    return eml_bytes(mail(*a, **k))


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(9090).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h90_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    print("  ".join(f"{k}:{v}" for k, v in counts.items()))


# =================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. They never reach the folders.

# ------------------------------------------------------------------ batch 1
# c01: PDF sample PO with line table and a complete scope note. Part number contains 2400 and 118.
case("c01_corvane_dv_sample_po", [],
     "Sample PO for 12 DV hubs: active qty, 2,400 balance on hold (forecast), unlock FAI sign-off + "
     "written release by named director, sample-only material; PN CV-2400-118 is an identifier",
     [("PO_CVM-24-0412.pdf", pdf([
         ("h1", "PURCHASE ORDER CVM-24-0412"),
         ("p", "Corvane Medical, Inc. | 41 Harbor Point Drive, Suite 300 | Boston, MA 02210 | USA"),
         ("p", "Supplier: Precisión Médica del Valle S.A., Zona Franca Coyol, Edificio B-7, Alajuela, "
               "Costa Rica. Supplier no. 100482."),
         ("p", "PO date: 12 April 2024. Buyer: Jordan Whitfield, Sr. Buyer (jwhitfield@corvanemed.com). "
               "Payment terms: Net 45. Incoterms 2020: FCA SJO. Quality requirements: ISO 13485:2016, "
               "supplier quality agreement SQA-CVM-0031 rev 2."),
         ("table", [
             ["Line", "Part / Rev", "Description", "Scope", "Qty", "UoM", "Unit price", "Amount"],
             ["1", "CV-2400-118 Rev C", "Hub, 6F guide catheter, PC overmould on Pebax, DV build",
              "SAMPLE", "12", "pcs", "USD 38.00", "USD 456.00"],
             ["2", "FAI-SVC", "First article inspection report, full dimensional per DWG CV-2400-118 "
              "Rev C, with DHR excerpt", "SERVICE", "1", "lot", "USD 650.00", "USD 650.00"],
             ["", "", "", "", "", "", "Total", "USD 1,106.00"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "This purchase order releases twelve (12) pieces of CV-2400-118 Rev C for our design "
               "verification (DV) build, plus the FAI report. Nothing else is released."),
         ("p", "The production quantity in your quotation PMV-Q-1187 (2,400 pcs per year, basis: forecast) "
               "is not released and stays on hold. Please do not schedule, kit or start any part of it."),
         ("p", "What to do now: mould, inspect and ship the 12 DV pieces with the FAI report by "
               "24 May 2024."),
         ("p", "What unlocks the balance: our Quality Engineering signs off the FAI and the DV results; "
               "after that, a written production release (or a revised PO) issued by Siobhan Keane, "
               "Director of Supply Chain. The FAI sign-off by itself releases nothing."),
         ("p", "Material authority: sample-only. Buy resin and Pebax inserts for the 12 pieces only; "
               "material bought beyond that is at the supplier's cost."),
         ("sp",),
         ("p", "Ship to: Corvane Medical, Receiving Dock 2, 41 Harbor Point Drive, Boston MA 02210. "
               "Mark cartons with PO and line number. Certificate of conformance required with each "
               "shipment. This PO is governed by Corvane Terms and Conditions of Purchase rev 4 (2023)."),
     ], pagesize=LETTER, title="PO CVM-24-0412", author="Corvane Medical"))])

# c02: supplier quote with tiers, sent by e-mail with PDF attachment; supplier asks, does not authorize.
_c02_quote = pdf([
    ("h1", "QUOTATION PMM-Q24-0331"),
    ("p", "Penang MedTech Moulding Sdn. Bhd. | Plot 88, Bayan Lepas Free Industrial Zone Phase 4, "
          "11900 Penang, Malaysia | ISO 13485:2016 cert. no. MY-13485-0772"),
    ("p", "Customer: NeuroTide Ltd., 6 HaTnufa St., Yokneam Illit, Israel. Attn: Ms. Yael Shapira."),
    ("p", "Item: NT-200 controller housing, top + bottom, PC-ABS (Cycoloy HC1204HF), light grey, "
          "ultrasonic weld joint. Drawings NT-200-HSG-01 rev B and NT-200-HSG-02 rev B."),
    ("table", [
        ["Stage", "Quantity", "Unit price (USD)", "Lead time"],
        ["T1 samples (2-cavity tool)", "30 sets", "22.00", "6 weeks after tool kick-off"],
        ["PV lot", "300 sets", "4.10", "3 weeks"],
        ["Commercial, annual", "5,000 sets", "2.65", "4 weeks per call-off"],
        ["Tooling, 2-cavity, P20 steel", "1 set", "18,400.00", "6 weeks"],
    ]),
    ("p", "Prices valid 90 days. FOB Penang. Payment: tooling 50% with order, 50% on T1 sample "
          "sign-off; parts Net 30. The PV and commercial quantities are quoted for pricing only; "
          "they are built only against your separate written production release."),
    ("p", "Prepared by: Lim Mei Ling, Sales Engineer."),
], title="Quotation PMM-Q24-0331", author="Penang MedTech Moulding")
case("c02_penang_quote_tiers", [],
     "Supplier quote with sample/PV/commercial tiers and a question whether to proceed; no authorized "
     "quantity, quote says tiers are pricing only",
     [("Quotation_PMM-Q24-0331.eml", eml(
         "Lim Mei Ling <meiling.lim@penangmedtech.com.my>",
         "Yael Shapira <yael.s@neurotide.co.il>",
         "Quotation PMM-Q24-0331 - NT-200 housing",
         edate(2024, 4, 3, 10, 41, "+0800"),
         "Dear Ms. Yael,\n\n"
         "Good day to you. Thank you for your RFQ of 28 March for the NT-200 controller housing.\n\n"
         "Please find attached our quotation PMM-Q24-0331. We have quoted the T1 samples, the PV lot and "
         "the annual commercial quantity as requested, so you can compare the unit prices. The tool is "
         "2-cavity, P20 steel, with hot runner; if you prefer H13 for longer life we can re-quote.\n\n"
         "Some points for your info:\n"
         "- Resin Cycoloy HC1204HF is in stock at our distributor, lead time now 2 weeks.\n"
         "- Our cleanroom is ISO Class 8, we can do the bagging in the cleanroom as well.\n"
         "- The commercial price assumes 4 call-offs per year.\n\n"
         "Kindly let us know if you would like us to proceed with the tooling and T1 samples. We will "
         "wait for your PO and the sample scope before we start anything.\n\n"
         "Thank you and have a nice day.\n"
         + sig("Lim Mei Ling", "Sales Engineer", "Penang MedTech Moulding Sdn. Bhd.", "+60 4 644 0218"),
         attachments=[("Quotation_PMM-Q24-0331.pdf", _c02_quote, PDF_MT)]))])

# c03: Teams chat; supplier asks about a go-ahead, buyer answers with scope, hold, event and person.
case("c03_sefira_teams_pv_question", [],
     "Supplier asks for go-ahead on 300 PV kits; buyer: only 30 DV kits released, 300 on hold until "
     "DV report sign-off, written PV release from named buyer; question is not an approval",
     [("Teams_Sefira_CartagoKitting_2024-05-14.txt",
       "Microsoft Teams - chat export\n"
       "Chat: Sefira SK-300 kit / Cartago Kitting\n"
       "Participants: Yael Ohana (Sefira Medical), Dr. Amir Levi (Sefira Medical), "
       "Andrés Mora (Cartago Kitting Services)\n"
       "Exported: 14/05/2024 17:20 (UTC+03:00)\n"
       "----------------------------------------------------------------\n"
       "[14/05/2024 08:02] Andrés Mora: Buenos días Yael! quick one\n"
       "[14/05/2024 08:03] Andrés Mora: the 30 DV kits SK-300 are packed, sterile load went "
       "to Synergy yesterday, EO cycle 3 of 3, should be back Thursday\n"
       "[14/05/2024 08:04] Andrés Mora: do we have the go-ahead for the PV lot of 300 kits? our "
       "line 2 is free from week 22 and I want to book it\n"
       "[14/05/2024 08:31] Yael Ohana: Boker tov Andrés. Not yet.\n"
       "[14/05/2024 08:32] Yael Ohana: Only the 30 DV kits on PO SF-4471 are released. The 300 PV "
       "kits are on hold, nothing on them please, also don't buy the trays and lids for them yet\n"
       "[14/05/2024 08:33] Yael Ohana: PV release will come from me in writing (revised PO) once "
       "Amir signs off the DV report. Earliest realistic is end of week 23\n"
       "[14/05/2024 08:35] Dr. Amir Levi: Confirm. I need the DV kits + the EO cycle records + "
       "residuals (ISO 10993-7) before I can sign anything\n"
       "[14/05/2024 08:40] Andrés Mora: understood, we wait for the written release. I keep line 2 "
       "tentative only, no material\n"
       "[14/05/2024 08:41] Andrés Mora: DV kits ship Thursday with DHR and CoC 👍\n"
       "[14/05/2024 08:42] Yael Ohana: perfect, toda!\n")])

# c04: HTML buyer portal: call-off with released qty (German and English number formats agree),
# forecast table labelled non-binding, next call-off + named signer as the unlock.
case("c04_halvex_portal_calloff", [],
     "Portal call-off releasing 1,200 (1.200 Stk) with forecast clearly non-binding; next call-off "
     "signed by named planner after incoming inspection; German number format is consistent",
     [("Lieferabruf_2024-07_HX-INS-0311.html", html_page(
         "Halvex Lieferantenportal - Lieferabruf 2024-07",
         "<h2>Halvex Orthopaedics GmbH &ndash; Lieferantenportal</h2>\n"
         "<p>Lieferant / Supplier: <b>Shannon Medical Moulding Ltd.</b>, Smithstown Industrial Estate, "
         "Shannon, Co. Clare, Ireland &nbsp;|&nbsp; Rahmenbestellung / blanket PO 5500-0419</p>\n"
         "<p>Artikel: HX-INS-0311 Index 04 &ndash; Siebkorb-Einlage / tray insert, PPSU, "
         "steam-sterilisable (ISO 17665-1)</p>\n"
         "<h3>Lieferabruf / Call-off 2024-07 (released)</h3>\n"
         "<table><tr><th>Position</th><th>Menge (Stk)</th><th>Liefertermin</th><th>Status</th></tr>\n"
         "<tr><td>10</td><td>1.200</td><td>KW 29 / 15.07.2024</td><td>freigegeben / released for production</td></tr>\n"
         "</table>\n"
         "<p>This call-off releases 1,200 pcs for production and delivery in week 29. Material may be "
         "bought for these 1,200 pcs only.</p>\n"
         "<h3>Vorschau / Forecast (non-binding)</h3>\n"
         "<div class=\"note\">The figures below are a planning forecast. They are not an order and give "
         "no production or material authority.</div>\n"
         "<table><tr><th>Monat</th><th>Forecast (Stk)</th></tr>\n"
         "<tr><td>August 2024</td><td>1.500</td></tr>\n"
         "<tr><td>September 2024</td><td>1.500</td></tr>\n"
         "<tr><td>Oktober 2024</td><td>2.000</td></tr></table>\n"
         "<p>Each month is released only by its own call-off, signed by Markus Feld (Materials "
         "Planning), and only after the previous call-off has passed incoming inspection in "
         "Tuttlingen.</p>\n"
         "<p style=\"color:#666\">Halvex Orthopaedics GmbH &middot; Take-Weg 14 &middot; 78532 "
         "Tuttlingen &middot; Portal v3.8 &middot; generated 01.07.2024 06:00</p>", lang="de"))])

# c05: DOCX build and release plan with an explicit, signed auto-conversion for a named quantity.
case("c05_aurelys_build_release_plan", [],
     "Build plan with explicit recorded auto-conversion (450 PV assemblies, named signer, conditions); "
     "commercial 6,000/yr forecast not released, written release by named VP; staged material cap",
     [("AUR-IS-40_Build_and_Release_Plan_rev2.docx", docx_bytes([
         ("h1", "AUR-IS-40 infusion set tubing - Build and Release Plan, rev 2"),
         ("p", "Parties: Aurelys SA, Route de la Corniche 9, 1066 Epalinges, Switzerland (buyer) and "
               "Johor Precision Extrusion Sdn. Bhd., Jalan Perindustrian 7, 81400 Senai, Johor, "
               "Malaysia (supplier). Part: AUR-IS-40-TUB rev D, tubing assembly with luer and clamp."),
         ("h", "1. Builds"),
         ("table", [
             ["Build", "Quantity", "Status", "Basis"],
             ["Engineering build (EB)", "40 assemblies", "delivered 04/2024", "PO AUR-7781"],
             ["DV build", "120 assemblies", "released for production", "PO AUR-7802 line 1"],
             ["PV lots", "450 assemblies (3 lots of 150)", "not released; see section 4",
              "PO AUR-7802 line 2"],
             ["Commercial launch", "6,000 per year (forecast)", "not released; see section 5",
              "no PO yet"],
         ]),
         ("h", "2. Active quantity"),
         ("p", "Released for production today: the 120 DV assemblies on PO AUR-7802 line 1."),
         ("h", "3. DV sign-off"),
         ("p", "The DV build is signed off by Dr. Léa Bonvin, Head of Quality, Aurelys SA, on the "
               "sample sign-off form QF-118, after review of the DHR, the bond pull tests (ISO 80369-7 "
               "luer) and the particulate results."),
         ("h", "4. Recorded auto-conversion for the PV lots"),
         ("p", "Both parties agree, and sign below, that when Dr. Léa Bonvin records the DV sign-off on "
               "QF-118 with the disposition 'approved' and no NCMR is open against the DV lots, the 450 "
               "PV assemblies (three lots of 150) on PO AUR-7802 line 2 are released for production by "
               "this clause, without a further document. The clause covers those 450 assemblies only. "
               "An interim or a rejected disposition does not trigger it."),
         ("h", "5. Commercial launch quantity"),
         ("p", "The commercial launch quantity (6,000 assemblies per year) is a forecast and is not "
               "released. It is released only by a written production release signed by Thomas "
               "Berger, VP Operations, after the PV lots have passed PQ and Aurelys has issued a "
               "commercial PO."),
         ("h", "6. Material authority"),
         ("p", "Staged material authority: the supplier may buy Pellethane 2363-80AE compound, luers "
               "and clamps for up to 570 assemblies (120 DV + 450 PV) at Aurelys' liability. Nothing "
               "may be bought for the commercial quantity."),
         ("h", "Signatures"),
         ("table", [
             ["For Aurelys SA", "For Johor Precision Extrusion"],
             ["Thomas Berger, VP Operations, 2 May 2024", "Tan Wei Jie, General Manager, 2 May 2024"],
             ["Dr. Léa Bonvin, Head of Quality, 2 May 2024", ""],
         ]),
     ], author="Aurelys SA"))])

# c06: full-quantity PO by e-mail (text + HTML alternative, TXT PO export attached), "proceed" scoped.
_c06_po = (
    "MERIDIA RESPIRATORY INC.                     PURCHASE ORDER\n"
    "1800 Fernbrook Ln N, Plymouth MN 55447       PO NO: 77812   REV: 0\n"
    "                                             DATE:  06-MAY-2024\n"
    "VENDOR: 30991  JUAREZ STERILE PACKAGING S.A. DE C.V.\n"
    "        Av. Tecnologico 1770, Cd. Juarez, Chih., MX\n"
    "------------------------------------------------------------------------\n"
    "LN  ITEM              DESCRIPTION                  QTY   UOM  UNIT    EXT\n"
    "1   MR-POU-0450 B     HEADER POUCH TYVEK/PET-PE  5,000   EA   0.412  2,060.00\n"
    "                      9x14 IN, CHEVRON PEEL\n"
    "------------------------------------------------------------------------\n"
    "TOTAL USD 2,060.00     TERMS NET 60     FOB ORIGIN     SHIP VIA: ESTES LTL\n"
    "NOTES: FULL QUANTITY ORDER. NO BALANCE, NO FURTHER CALL-OFFS ON THIS PO.\n"
    "       SEAL VALIDATION PER ISO 11607-2 ON FILE (VAL-JSP-0217).\n"
)
case("c06_meridia_full_qty_pouches", [],
     "Full-quantity PO for 5,000 pouches, no balance; 'proceed with the full 5,000' is scoped; PN "
     "MR-POU-0450 and ISO 11607-2 are identifiers",
     [("PO_77812_pouches.eml", eml(
         "Dana Kowalski <dkowalski@meridiaresp.com>",
         "Rogelio Ibarra <ribarra@juarezsterilepack.mx>",
         "PO 77812 - MR-POU-0450 header pouches, 5,000 ea",
         edate(2024, 5, 6, 14, 5, "-0500"),
         "Hi Rogelio,\n\n"
         "Attached is PO 77812 for 5,000 header pouches, MR-POU-0450 Rev B (9 x 14 in, chevron peel). "
         "This PO is the entire quantity we need for the launch: 5,000 pcs, no balance and no further "
         "call-offs under it.\n\n"
         "Please proceed with the full 5,000 and confirm the ship date. Seal validation VAL-JSP-0217 "
         "covers this pouch, so no new OQ is needed. We'd like the shipment in two pallets, lot "
         "traceability on every carton label, and the CoC with seal strength data (ASTM F88) per "
         "lot.\n\n"
         "Thanks, and say hi to the team in Juárez.\n\n"
         "Dana\n"
         + sig("Dana Kowalski", "Supply Chain Manager", "Meridia Respiratory Inc.", "+1 763 555 0148"),
         html="<p>Hi Rogelio,</p><p>Attached is PO 77812 for <b>5,000</b> header pouches, MR-POU-0450 "
              "Rev B (9 x 14 in, chevron peel). This PO is the entire quantity we need for the launch: "
              "5,000 pcs, no balance and no further call-offs under it.</p><p>Please proceed with the "
              "full 5,000 and confirm the ship date. Seal validation VAL-JSP-0217 covers this pouch, so "
              "no new OQ is needed. We'd like the shipment in two pallets, lot traceability on every "
              "carton label, and the CoC with seal strength data (ASTM F88) per lot.</p><p>Thanks, and "
              "say hi to the team in Ju&aacute;rez.</p><p>Dana<br>Dana Kowalski | Supply Chain Manager | "
              "Meridia Respiratory Inc.</p>",
         attachments=[("PO_77812.txt", _c06_po, "text/plain")]))])

# c07: supplier e-mail: deposit covers tooling only and does not release production.
case("c07_hengrui_deposit_tooling_only", [],
     "Supplier confirms deposit is for tooling only and does not release production; builds 20 T1 "
     "samples, 4,000 production qty held until written release",
     [("RE_Deposit_T-2231.eml", eml(
         "Chen Hao <chenhao@hengrui-medplastics.cn>",
         "Stefan Albrecht <s.albrecht@kestrel-endoscopy.de>",
         "RE: Deposit T-2231 / KE-BOD-0210 handle body",
         edate(2024, 3, 19, 16, 22, "+0800"),
         "Dear Mr. Albrecht,\n\n"
         "Thank you, we received today the 30% deposit (EUR 7,350.00) for mould T-2231, handle body "
         "KE-BOD-0210 Rev A. Mould steel S136 is ordered, the mould flow report is attached to the "
         "previous mail.\n\n"
         "To avoid misunderstanding: the deposit is for the mould only, it does not release "
         "production. We will shoot only the 20 pcs T1 samples for your dimensional check and the "
         "biocompatibility samples. The 4,000 pcs production quantity in our offer stays on hold until "
         "we receive your written production release.\n\n"
         "T1 is planned for 26 April. We will send the T1 report and the CMM data before the samples "
         "leave Suzhou.\n\n"
         "Best regards\n"
         + sig("Chen Hao", "Project Manager", "Suzhou Hengrui Medical Plastics Co., Ltd.",
               "+86 512 6283 4410")))])

# c08: ERP call-off printout with explicit staged material authority above the released quantity.
case("c08_brightwater_erp_calloff_staged", [],
     "ERP call-off releasing 1,000 with explicit staged material authority up to 5,000 at buyer "
     "liability; balance 4,000 on hold until call-off 02 signed by named manager after lot acceptance",
     [("BSL_CALLOFF_PO7100233_01.txt",
       "BRIGHTWATER SURGICAL LTD          ORACLE EBS R12   PROD      PAGE 1 OF 1\n"
       "NATIONAL TECHNOLOGY PARK, LIMERICK V94 X2K3, IRELAND\n"
       "RELEASE (CALL-OFF) AGAINST BLANKET PURCHASE AGREEMENT\n"
       "========================================================================\n"
       "BPA NO      : 7100233          RELEASE NO : 01        DATE : 03-JUN-2024\n"
       "SUPPLIER    : WESTBAY POLYMER SOLUTIONS LTD (SITE GALWAY-01)\n"
       "BUYER       : BYRNE, TADHG (SUPPLY CHAIN MGR)\n"
       "ITEM        : BS-TUB-0612 REV E  MULTI-LUMEN TUBING 4.2FR PEBAX 6333, 1200MM\n"
       "------------------------------------------------------------------------\n"
       "QUOTED QTY (FORECAST)          :   5,000 PCS\n"
       "RELEASED FOR PRODUCTION (THIS) :   1,000 PCS    NEED-BY 28-JUN-2024\n"
       "CUMULATIVE RELEASED            :   1,000 PCS\n"
       "BALANCE ON HOLD                :   4,000 PCS\n"
       "------------------------------------------------------------------------\n"
       "RELEASE NOTES:\n"
       " 1. PRODUCE AND SHIP 1,000 PCS ONLY UNDER THIS RELEASE.\n"
       " 2. MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY AND HOLD PEBAX 6333 SA01\n"
       "    COMPOUND FOR UP TO 5,000 PCS AT BUYER LIABILITY. NO EXTRUSION BEYOND\n"
       "    1,000 PCS.\n"
       " 3. BALANCE 4,000 PCS NOT RELEASED. RELEASED ONLY BY CALL-OFF 02, SIGNED BY\n"
       "    T. BYRNE, AFTER LOT ACCEPTANCE OF CALL-OFF 01 AT INCOMING INSPECTION.\n"
       " 4. DHR AND COC WITH EACH LOT. ISO 13485:2016 / SQA-BSL-014.\n"
       "========================================================================\n"
       "APPROVAL ROUTE: CREATED BYRNE T  03-JUN-2024 09:12\n"
       "*** END OF REPORT ***\n")])

# p01: PDF sample PO that prints the quote's tier table with the production tiers, no hold language.
case("p01_pellucid_po_with_tier_table", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 20 PV pieces reproduces the quote tiers (5,000 / 20,000) with nothing saying they "
     "are not released; no hold, no unlock event, no release person",
     [("PO_PD-24-0917.pdf", pdf([
         ("h1", "Purchase Order PD-24-0917"),
         ("p", "Pellucid Diagnostics, Inc. | 17 Technology Dr., Irvine, CA 92618 | "
               "purchasing@pellucid-dx.com"),
         ("p", "Vendor: Shenzhen Anbo Medical Device Co., Ltd., 3/F Bldg 2, Tongfuyu Industrial Park, "
               "Bao'an District, Shenzhen 518103, China. Vendor ID V-2217."),
         ("p", "Date: 17 September 2024. Buyer: Marisol Vega. Terms: Net 30. Ship: FedEx IP, "
               "account 4471-2290-3."),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit", "Price", "Ext."],
             ["1", "PDX-CRT-200 Rev A", "Cartridge lid, PC (Makrolon 2458), ultrasonic weld, PV samples",
              "20", "ea", "14.50", "290.00"],
             ["2", "INSP-DIM", "Dimensional report, 5 pcs, CMM", "1", "lot", "180.00", "180.00"],
         ]),
         ("sp",),
         ("h", "Pricing per your quotation SZA-Q-0588"),
         ("table", [
             ["Quantity", "Unit price (USD)", "Notes"],
             ["20 pcs", "14.50", "PV samples, soft tool"],
             ["5,000 pcs", "1.85", "production, 4-cav hard tool"],
             ["20,000 pcs", "1.42", "production, 4-cav hard tool"],
         ]),
         ("sp",),
         ("p", "Please ship with certificate of conformance and material certs (USP Class VI). Parts to "
               "be bagged in 10s, labelled with PO, item, rev and lot. Delivery required by "
               "18 October 2024 to Irvine receiving."),
         ("p", "Questions on this PO: Marisol Vega, +1 949 555 0172."),
     ], pagesize=LETTER, title="PO PD-24-0917", author="Pellucid Diagnostics"))])

# p02: Irish buyer e-mail with DOCX PO: sample line plus launch-quantity line with no status.
_p02_po = docx_bytes([
    ("h1", "Lumaris Vascular Ltd - Purchase Order LV-30554"),
    ("p", "Lumaris Vascular Ltd, Unit 4, Ballybrit Business Park, Galway H91 K2R6, Ireland. "
          "VAT IE 3344812PH."),
    ("p", "Supplier: Johor Precision Extrusion Sdn. Bhd., Jalan Perindustrian 7, 81400 Senai, Johor, "
          "Malaysia. Supplier no. 20417."),
    ("p", "Date: 21 May 2024. Buyer: Ciara Nolan. Currency: EUR. Terms: 60 days EOM. Incoterms: "
          "DAP Galway."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Total"],
        ["10", "LV-TRI-0305 rev B", "Tri-lumen tubing, Pebax 7233, 0.305 in OD, sample coils",
         "25 coils", "€ 64.00", "€ 1,600.00"],
        ["20", "LV-TRI-0305 rev B", "Tri-lumen tubing, launch quantity, quote JPE-Q-2207",
         "1,000 coils", "€ 11.80", "€ 11,800.00"],
    ]),
    ("p", "Documentation: CoC, dimensional report per coil (laser micrometer), resin lot traceability. "
          "Supplier to comply with Lumaris SQA rev 3 and ISO 13485:2016."),
    ("p", "Delivery line 10: week 25."),
])
case("p02_lumaris_po_launch_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO carries 25 sample coils and a 1,000-coil launch line 'so accounts can set you up' with no "
     "status; balance never said not released, no unlock event, no release person",
     [("LV-30554_sample_coils.eml", eml(
         "Ciara Nolan <ciara.nolan@lumarisvascular.ie>",
         "Siti Aminah <siti.aminah@jpextrusion.com.my>",
         "PO LV-30554 - tri-lumen sample coils",
         edate(2024, 5, 21, 11, 17, "+0100"),
         "Hi Siti,\n\n"
         "Grand, thanks for turning the quote around so quickly. PO LV-30554 attached for the 25 sample "
         "coils of the tri-lumen (LV-TRI-0305 rev B).\n\n"
         "I've put the launch quantity of 1,000 coils from your quote JPE-Q-2207 on the PO as well, "
         "with the tier price, so our accounts team can get you set up on the system without another "
         "round of paperwork. Saves us all a bit of hassle.\n\n"
         "The sample coils are for our bench testing and the animal study in September, so week 25 "
         "would be great if you can manage it. Laser mic data per coil please, same as last time.\n\n"
         "Any questions give me a shout.\n\n"
         "Thanks a million,\nCiara\n"
         + sig("Ciara Nolan", "Buyer", "Lumaris Vascular Ltd", "+353 91 555 210"),
         attachments=[("PO_LV-30554.docx", _p02_po, DOCX_MT)]))])

# p03: supplier order confirmation: confirms the sample and a 'mass production' qty from a forecast.
case("p03_hengrui_order_confirmation", ["RG001", "RG008"],
     "Supplier confirmation lists 20 samples and a 3,000 pcs 'mass production' quantity from the "
     "customer's annual forecast as a confirmed order with a delivery date",
     [("OC-24-0611_Sefira.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-24-0611"),
         ("p", "Suzhou Hengrui Medical Plastics Co., Ltd. | No. 58 Fengli Street, Suzhou Industrial Park, "
               "Jiangsu 215021, China"),
         ("p", "To: Sefira Medical Ltd., 14 Hamada St., Caesarea Business Park, Israel. "
               "Attn: Mr. Eitan Golan, Purchasing."),
         ("p", "Your PO: SF-4502 dated 3 June 2024. Our ref: Offer HR-2024-0457."),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Delivery"],
             ["1", "SK-300-LID rev 2", "Tray lid, PETG 0.75 mm, thermoformed, samples", "20 pcs",
              "28 June 2024"],
             ["2", "SK-300-LID rev 2", "Mass production as per your annual forecast", "3,000 pcs",
              "15 August 2024"],
         ]),
         ("p", "We confirm the above order. Mass production quantity of 3,000 pcs is confirmed per your "
               "annual forecast and planned in our schedule for delivery on 15 August 2024."),
         ("p", "Packing: 50 pcs per PE bag, double bagged, cleanroom ISO Class 7. Shipment by air, "
               "DAP Haifa. Payment T/T 30 days."),
         ("p", "Confirmed by: Zhou Li, Sales Department. Date: 5 June 2024."),
     ], title="Order confirmation OC-24-0611", author="Suzhou Hengrui"))])

# p04: SAP PO printout, German/English, sample line and series line, European number format.
case("p04_halvex_sap_po_two_lines", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO with 15 first-article pcs and a 1.485 series line with no status or hold; no unlock "
     "event, no release person",
     [("Bestellung_4500219877.txt",
       "HALVEX ORTHOPAEDICS GMBH                        BESTELLUNG / PURCHASE ORDER\n"
       "Take-Weg 14, D-78532 Tuttlingen                 Nr. 4500219877   Datum 08.04.2024\n"
       "Lieferant 700318  TECNOPLAST MEDICA DE TIJUANA S. DE R.L. DE C.V.\n"
       "                  Blvd. Insurgentes 20210, Tijuana, B.C., Mexico\n"
       "Einkaeufer: Katrin Huber  Tel. +49 7461 555 230  Zahlung: 60 Tage netto\n"
       "Lieferbedingung: DAP Tuttlingen (Incoterms 2020)\n"
       "-------------------------------------------------------------------------------\n"
       "Pos   Material           Bezeichnung                    Menge  ME   Preis EUR\n"
       "-------------------------------------------------------------------------------\n"
       "00010 HX-TRY-0188 Idx03  Sterilisiersieb-Einlage PPSU      15  ST     48,00\n"
       "                         Erstmuster / first article\n"
       "                         Liefertermin 17.05.2024\n"
       "00020 HX-TRY-0188 Idx03  Sterilisiersieb-Einlage PPSU   1.485  ST      6,90\n"
       "                         Serie / series\n"
       "                         Liefertermin 12.07.2024\n"
       "-------------------------------------------------------------------------------\n"
       "Gesamtmenge 1.500 ST                       Gesamtwert EUR 10.966,50\n"
       "\n"
       "Kopftext: Erstmusterpruefbericht nach VDA Band 2 / FAI report required with pos. 00010.\n"
       "Werkstoffzeugnis 3.1 nach EN 10204. Dampfsterilisation 134 C validiert (ISO 17665-1).\n"
       "Bitte Auftragsbestaetigung innerhalb 3 Arbeitstagen an einkauf@halvex-ortho.de.\n"
       "Es gelten unsere Einkaufsbedingungen AEB 2022.\n")])

# p05: German buyer e-mail ordering 8 first samples; forwards the supplier's offer (8 / 4.000) as rfc822
# "so your order desk has the prices", with no word that the series quantity is not released.
_p05_offer = mail(
    "Chen Rui <sales@ruitai-medprecision.cn>",
    "Stefan Albrecht <s.albrecht@kestrel-endoscopy.de>",
    "Offer RT-24-0193 distal tip housing KE-TIP-0420",
    edate(2024, 4, 29, 15, 2, "+0800"),
    "Dear Mr. Albrecht,\n\n"
    "Thank you for your inquiry. Our offer RT-24-0193 for KE-TIP-0420 Rev B distal tip housing, "
    "PEEK (Victrex 450G), micro-moulded:\n\n"
    "  8 pcs first samples (Erstmuster) ........ EUR 95,00 / pc\n"
    "  series 4.000 pcs / year ................. EUR 6,40 / pc\n"
    "  mould (1-cavity, micro) ................. EUR 21.500,00\n\n"
    "Lead time samples 5 weeks after order, series 4 weeks. Prices EXW Dongguan, valid 60 days.\n\n"
    "Best regards\nChen Rui\nDongguan Ruitai Precision Medical Co., Ltd.\n")
case("p05_kestrel_erstmuster_fwd_offer", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer orders 8 first samples and forwards the offer with 4.000 pcs/year 'for the prices'; "
     "series quantity not called informational or not released; no hold, event or person",
     [("Bestellung_4510-3387_Erstmuster.eml", eml(
         "Stefan Albrecht <s.albrecht@kestrel-endoscopy.de>",
         "Chen Rui <sales@ruitai-medprecision.cn>",
         "Bestellung 4510-3387 - Erstmuster KE-TIP-0420",
         edate(2024, 5, 7, 8, 46, "+0200"),
         "Dear Mr. Chen,\n\n"
         "please find below our order for the first samples:\n\n"
         "  PO 4510-3387\n"
         "  8 Stück Erstmuster / 8 pcs first samples, KE-TIP-0420 Rev B, distal tip housing, PEEK\n"
         "  Price EUR 95,00 / pc, mould EUR 21.500,00 as offered\n"
         "  Delivery to Kestrel Endoscopy GmbH, Am Wetterkreuz 21, 91058 Erlangen, latest KW 26\n\n"
         "Your offer is forwarded below again, so your order desk has all prices in one place.\n\n"
         "With the samples we need an Erstmusterprüfbericht (VDA Band 2) with all dimensions of "
         "drawing KE-TIP-0420 Rev B and a material certificate for the PEEK lot.\n\n"
         "Mit freundlichen Grüßen / best regards\n"
         "Stefan Albrecht\nStrategischer Einkauf\nKestrel Endoscopy GmbH\n"
         "Tel. +49 9131 555 8812\n\n"
         "Kestrel Endoscopy GmbH, Sitz Erlangen, Amtsgericht Fürth HRB 17720, "
         "Geschäftsführer: Dr. Jonas Keller\n",
         attachments=[("rfc822", _p05_offer)]))])

# p06: supplier customer-portal page: shows production qty scheduled and resin received for it.
case("p06_penang_portal_order_tracker", ["RG001", "RG006"],
     "Supplier portal shows 60 DV sets released beside a 6,000-set production qty with a start week "
     "and no not-released label, and resin received for the 6,000",
     [("PMM_CustomerPortal_NT-2291.html", html_page(
         "Penang MedTech Moulding - Customer Order Tracker",
         "<h2>Penang MedTech Moulding Sdn. Bhd. &ndash; Customer Order Tracker</h2>\n"
         "<p>Customer: <b>NeuroTide Ltd.</b> (Yokneam Illit) &nbsp;|&nbsp; Customer PO: NT-2291 "
         "&nbsp;|&nbsp; Our job: PMM-J-24-0815</p>\n"
         "<p>Item: NT-200 controller housing top + bottom, PC-ABS, tool T-0331 (2-cav)</p>\n"
         "<table>\n<tr><th>Stage</th><th>Qty (sets)</th><th>Status</th><th>Date</th></tr>\n"
         "<tr><td>DV build (PO NT-2291)</td><td>60</td><td>released - moulding done, in QC</td>"
         "<td>12 Jul 2024</td></tr>\n"
         "<tr><td>Production</td><td>6,000</td><td>planned, start wk 33</td><td>12 Aug 2024</td></tr>\n"
         "</table>\n"
         "<h3>Material</h3>\n"
         "<table>\n<tr><th>Material</th><th>For qty (sets)</th><th>Status</th></tr>\n"
         "<tr><td>Cycoloy HC1204HF, light grey RAL 7035</td><td>6,000</td><td>received, in bonded "
         "store</td></tr>\n"
         "<tr><td>Anti-static bags 200x300</td><td>6,000</td><td>received</td></tr>\n"
         "</table>\n"
         "<p>Next action: ship DV sets with FAI report, ETD 19 Jul 2024 (air, DAP Tel Aviv).</p>\n"
         "<p style=\"color:#666\">Updated by: Lim Mei Ling, 12 Jul 2024 17:40 MYT</p>"))])

# p07: Israeli buyer: prepayment as the trigger to start the DV units; sample PO silent on balance.
case("p07_neurotide_prepayment_dv_leads", ["RG003", "RG004", "RG005", "RG012"],
     "Buyer says prepayment went through 'so you can start' the 20 DV leads; sample order never says "
     "the quoted balance is not released, no unlock event, no release person",
     [("PO_NT-7788.eml", eml(
         "Noa Peretz <noa.peretz@neurotide.co.il>",
         "Esteban Solís <esolis@heredia-cathcomp.co.cr>",
         "PO NT-7788 - prepayment done",
         edate(2024, 6, 10, 9, 4, "+0300"),
         "Hi Esteban,\n\n"
         "We transferred the prepayment for PO NT-7788 this morning (USD 4,200.00, ref. "
         "FX-2024-06-1187), so you can start on the 20 DV electrode lead subassemblies (NT-LD-040 "
         "rev C), per your quote HCC-Q-1140.\n\n"
         "We need them in Yokneam by 15 July for the DV build, it's tight. Please send the weld pull "
         "test data and the CoC with the shipment, and use the same Pt-Ir wire lot for all 20 if "
         "possible.\n\n"
         "Let me know the tracking when they ship.\n\n"
         "Thanks!\nNoa\n\n"
         "Noa Peretz | Operations & Supply | NeuroTide Ltd. | +972 4 555 6620\n"
         "This message may contain confidential information. If you are not the intended recipient, "
         "please delete it.\n"))])

# ------------------------------------------------------------------ batch 2
# c09: supplier assumed sample sign-off rolls into the 600 (quoted); buyer corrects it.
_c09_prev = (
    "From: Jorge Castañeda <jcastaneda@tecnoplast-tij.mx>\n"
    "Sent: Thursday, 16 May 2024 17:48\n"
    "To: Priya Raman <praman@quillonbio.com>\n"
    "Subject: QB-HSG-11 T1 samples\n\n"
    "Hi Priya,\n\n"
    "T1 samples (10 pcs) ship today by FedEx, tracking 7781 2290 4410. Dimensional report attached, "
    "all CTQs in, cavity 2 has the gate vestige at 0.18 mm vs 0.20 max.\n\n"
    "Once you sign off the samples we'll go straight into the 600 so we hold the launch date.\n\n"
    "Saludos,\nJorge\n"
)
case("c09_quillon_reply_no_autoconversion", [],
     "Quoted supplier assumes sign-off rolls into the 600; buyer reply: sample sign-off releases "
     "nothing, PO is 10 T1 samples only, 600 not released until her written release (revised PO)",
     [("RE_QB-HSG-11_T1_samples.eml", eml(
         "Priya Raman <praman@quillonbio.com>",
         "Jorge Castañeda <jcastaneda@tecnoplast-tij.mx>",
         "RE: QB-HSG-11 T1 samples",
         edate(2024, 5, 16, 18, 30, "-0700"),
         "Jorge,\n\n"
         "Thanks for the fast turnaround, and for flagging the gate vestige.\n\n"
         "On the 600: please don't. A sample sign-off doesn't release anything on our side. PO QB-1187 "
         "covers the 10 T1 samples only; the 600 are not released. After our QE (Mark Liu) signs off the "
         "samples, I will send a written production release, as a revised PO QB-1187 rev 1, for the "
         "600. That revised PO is the only document that starts the run. No resin for the 600 yet "
         "either, please.\n\n"
         "I know the launch date is tight. If Mark's review goes well I can turn the revised PO around "
         "in a day.\n\n"
         "Best,\nPriya\n"
         + sig("Priya Raman", "Supply Chain Manager", "Quillon Biosystems, Inc.", "+1 858 555 0193")
         + "\n" + quote(_c09_prev) + "\n",
         in_reply_to="<h90-jc-0516@tecnoplast-tij.mx>"))])

# c10: supplier acknowledgement PDF that restates the hold on the balance.
case("c10_gdl_medpack_acknowledgement", [],
     "Supplier acknowledgement of a 24-pouch sample PO restating that the 1,176 balance is not "
     "released, no film bought, waiting for written release from the named buyer after sign-off",
     [("Acknowledgement_TA-24-0088.pdf", pdf([
         ("h1", "Order Acknowledgement / Acuse de Pedido"),
         ("p", "Guadalajara MedPack S.A. de C.V. | Periférico Sur 7980, Tlaquepaque, Jalisco, México | "
               "ISO 13485:2016 / ISO 11607-1:2019"),
         ("p", "Customer: Tessaline AG, Baarerstrasse 112, 6300 Zug, Switzerland. Attn. Mr. Reto Meier, "
               "Head of Supply Chain."),
         ("table", [
             ["Customer PO", "Line", "Item", "Qty", "Ship date"],
             ["TA-24-0088", "1", "TS-9-POU rev 2, sterile barrier pouch 120 x 260 mm, samples",
              "24 pcs", "14 June 2024"],
         ]),
         ("p", "We acknowledge PO TA-24-0088 as written: 24 sample pouches for your seal-strength and "
               "transit testing (ISTA 3A)."),
         ("p", "We understand that the balance of 1,176 pouches in our quote GMP-Q-301 is not released. "
               "We will not buy film or schedule any production for it. We will wait for the written "
               "production release from Mr. Reto Meier, which you will issue after your seal-strength "
               "sign-off of the 24 samples."),
         ("p", "Samples will be sealed on validated sealer S-04 (OQ/PQ report VAL-GMP-0412) and shipped "
               "with the seal parameters and a certificate of conformance."),
         ("p", "Acknowledged by: Mariana Robles, Customer Service / Atención a Clientes, 31 May 2024."),
     ], title="Acknowledgement TA-24-0088", author="Guadalajara MedPack"))])

# c11: DOCX NCMR deviation disposition, scoped to one lot; identifiers that look like quantities.
case("c11_brightwater_ncmr_deviation", [],
     "NCMR use-as-is disposition limited to one lot of 340 pcs; states it changes no release; "
     "NCMR-2024-0500 and DEV-0340 are identifiers",
     [("NCMR-2024-0500_disposition.docx", docx_bytes([
         ("h1", "NCMR-2024-0500 - Material Review Board disposition"),
         ("p", "Brightwater Surgical Ltd, National Technology Park, Limerick, Ireland."),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Westbay Polymer Solutions Ltd, Galway"],
             ["Item", "BS-TUB-0612 rev E, multi-lumen tubing 4.2Fr, 1200 mm"],
             ["Lot", "WB-24-1187 (340 pcs), received 11 June 2024 under BPA 7100233 call-off 01"],
             ["Nonconformance", "Outer diameter 1.412 mm on 6 of 32 samples vs 1.400 +/- 0.010 mm"],
             ["Disposition", "Use as is, deviation DEV-0340"],
             ["Scope of disposition", "Lot WB-24-1187 only (340 pcs)"],
         ]),
         ("h", "Rationale"),
         ("p", "The OD deviation of 0.002 mm above the upper limit has no effect on the fit with the "
               "hub (interference checked on 10 assemblies, pull force 28-31 N vs 15 N min). "
               "Risk file RM-BS-0612 reviewed, no new hazard."),
         ("h", "Decision"),
         ("p", "The MRB approves deviation DEV-0340 for lot WB-24-1187 (340 pcs) only. Any further lot "
               "must meet the drawing. The supplier must raise a SCAR response by 12 July 2024."),
         ("p", "This disposition concerns product conformity only. It does not change the release "
               "status of BPA 7100233: call-off 02 has not been issued and the balance remains on hold."),
         ("p", "MRB: Dr. Orla Fitzgerald (Quality), Tadhg Byrne (Supply Chain), Kevin Moran (R&D). "
               "Date: 20 June 2024."),
     ], author="Brightwater Surgical"))])

# c12: buyer forwards an old quote with 20,000 pcs and declares it informational; new pilot PO scoped.
_c12_oldquote = mail(
    "Zhou Li <sales@hengrui-medplastics.cn>",
    "Katrin Huber <k.huber@halvex-ortho.de>",
    "Quotation HR-2023-0912 trial caddy HX-CAD-0072",
    edate(2023, 9, 12, 10, 15, "+0800"),
    "Dear Ms. Huber,\n\n"
    "Please see our quotation HR-2023-0912 for the trial caddy HX-CAD-0072 (PPSU, steam "
    "sterilisable):\n\n"
    "  pilot 50 pcs ............... USD 31.00 / pc\n"
    "  20,000 pcs / year .......... USD 3.95 / pc\n"
    "  mould 1+1 family ........... USD 24,800.00\n\n"
    "Valid 90 days.\n\nBest regards\nZhou Li\nSuzhou Hengrui Medical Plastics Co., Ltd.\n")
case("c12_halvex_fwd_old_quote_informational", [],
     "New PO for 50 pilot pcs; forwarded 2023 quote with 20,000/yr declared reference only and not "
     "released; balance on hold until PV sign-off and revised PO from named buyer",
     [("PO_4500221043_pilot_caddy.eml", eml(
         "Katrin Huber <k.huber@halvex-ortho.de>",
         "Zhou Li <sales@hengrui-medplastics.cn>",
         "PO 4500221043 - pilot HX-CAD-0072 / FW: Quotation HR-2023-0912",
         edate(2024, 2, 20, 13, 10, "+0100"),
         "Dear Ms. Zhou,\n\n"
         "attached below you find your quotation from last September once more, because our "
         "controlling asked me to keep the prices in one thread. Please read it as reference only: "
         "the 20,000 pcs in that quote are informational, they are not an order and not released.\n\n"
         "What we order now is PO 4500221043: 50 pilot pieces HX-CAD-0072 Index 02, at USD 31.00, "
         "delivery KW 14. These 50 pieces are released for production.\n\n"
         "Everything beyond the 50 pieces stays on hold. It can only be released after our PV "
         "sign-off of the pilot lot and then by a revised PO that I will issue. Please buy PPSU for "
         "the 50 pieces only.\n\n"
         "Mit freundlichen Grüßen\n"
         "Katrin Huber\nLeiterin Einkauf / Head of Purchasing\nHalvex Orthopaedics GmbH\n"
         "Take-Weg 14, 78532 Tuttlingen | Tel. +49 7461 555 230\n",
         attachments=[("rfc822", _c12_oldquote)]))])

# c13: HTML buyer portal: interim sample disposition with quantity and expiry limits, release within it.
case("c13_pellucid_portal_interim", [],
     "Interim disposition limited to 200 units / 30 Jun 2024; release R-03 of 200 issued by named "
     "director within it; 1,800 balance on hold until final sign-off and his written release",
     [("Pellucid_SupplierPortal_Disposition_SD-0417.html", html_page(
         "Pellucid Supplier Portal - Sample disposition SD-0417",
         "<h2>Pellucid Diagnostics &ndash; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Shenzhen Anbo Medical Device Co., Ltd.</b> &nbsp;|&nbsp; Item PDX-CRT-200 "
         "Rev A, cartridge lid &nbsp;|&nbsp; PO PD-24-0917 rev 2</p>\n"
         "<h3>Sample disposition SD-0417</h3>\n"
         "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
         "<tr><td>Samples reviewed</td><td>20 PV samples, lot SZA-0917-01</td></tr>\n"
         "<tr><td>Disposition</td><td>INTERIM</td></tr>\n"
         "<tr><td>Limit</td><td>max. 200 units; expires 30 Jun 2024; for the clinical build only</td></tr>\n"
         "<tr><td>Open items</td><td>weld flash on 3 of 20 lids; supplier CAPA-SZA-118 due 15 Jun</td></tr>\n"
         "<tr><td>Signed off by</td><td>Hannah Park, Supplier Quality Engineer, 22 May 2024</td></tr>\n"
         "</table>\n"
         "<h3>Production release</h3>\n"
         "<table>\n<tr><th>Release</th><th>Quantity</th><th>Issued by</th><th>Status</th></tr>\n"
         "<tr><td>R-03</td><td>200 units</td><td>Carlos Medina, Director Supply Chain</td>"
         "<td>released for production, ship by 20 Jun 2024</td></tr>\n"
         "<tr><td>Balance</td><td>1,800 units</td><td>&ndash;</td><td>on hold, not released</td></tr>\n"
         "</table>\n"
         "<div class=\"note\">The 1,800-unit balance is released only after a final (non-interim) "
         "sample sign-off and a written release from Carlos Medina. The interim disposition does not "
         "extend beyond 200 units or past 30 Jun 2024. Material authority: 200 units.</div>\n"
         "<p style=\"color:#666\">Pellucid Diagnostics, Inc. &middot; 17 Technology Dr., Irvine CA "
         "&middot; portal build 2024.05.2</p>"))])

# c14: full-quantity ERP PO full of identifiers that look like quantities.
case("c14_corvane_erp_full_kit_po", [],
     "Full-quantity PO for 300 kits with no balance; CV-KIT-1500-30, DWG 4000-112 Rev 12, "
     "ISO 11135:2014, lot 2024-0500 and 25 kGy are identifiers, not quantities",
     [("CVM_PO_4500-8812_kits.txt",
       "CORVANE MEDICAL INC            NETSUITE  PURCHASE ORDER           PAGE 1/1\n"
       "41 HARBOR POINT DR STE 300, BOSTON MA 02210\n"
       "PO#: 4500-8812     DATE: 07/15/2024     BUYER: J. WHITFIELD\n"
       "VENDOR: CARTAGO KITTING SERVICES S.A. (V-10211)\n"
       "        ZONA FRANCA LA LIMA, CARTAGO, COSTA RICA\n"
       "SHIP TO: CORVANE DC, 2200 CABOT BLVD W, LANGHORNE PA 19047\n"
       "-------------------------------------------------------------------------\n"
       "LN ITEM             DESCRIPTION                    QTY  UOM   PRICE     AMOUNT\n"
       " 1 CV-KIT-1500-30   6F ACCESS PROCEDURE KIT,        300  KIT   41.20  12,360.00\n"
       "                    STERILE, PER DWG 4000-112 REV 12\n"
       "-------------------------------------------------------------------------\n"
       "                                                      TOTAL USD 12,360.00\n"
       "NOTES:\n"
       " - FULL ORDER QUANTITY 300 KITS. NO BALANCE, NO FOLLOW-ON RELEASES UNDER THIS PO.\n"
       " - EO STERILIZATION PER ISO 11135:2014, SAL 10-6, VALIDATION REPORT EO-VAL-2024-0500.\n"
       " - PACKAGING PER ISO 11607-1:2019; POUCH VENDOR LOT FORMAT YYYY-NNNN (E.G. 2024-0500).\n"
       " - GUIDEWIRE COMPONENT GAMMA-IRRADIATED 25 KGY BY SUB-SUPPLIER, COC REQUIRED.\n"
       " - DHR, COC AND STERILIZATION CERT WITH SHIPMENT. UDI LABELS PER CVM-LBL-0030.\n"
       " - TERMS NET 45. FCA SJO. QUALITY AGREEMENT SQA-CVM-0044 REV 1.\n"
       "-------------------------------------------------------------------------\n"
       "AUTHORIZED BY: J. WHITFIELD, SR. BUYER\n")])

# c15: supplier question (Malay-English) whether to buy compound for the balance; supplier waits.
case("c15_johor_question_material_balance", [],
     "Supplier asks whether it may buy compound for the 2,940 balance, states the balance is not "
     "released and that nothing will be bought until written confirmation; a question is not authority",
     [("Pilot_shipped_SK-300-EXT.eml", eml(
         "Siti Aminah <siti.aminah@jpextrusion.com.my>",
         "Eitan Golan <eitan.g@sefira-med.co.il>",
         "SK-300-EXT extension line - pilot 60 pcs shipped / compound lead time",
         edate(2024, 7, 2, 15, 55, "+0800"),
         "Dear Mr. Eitan,\n\n"
         "Good afternoon. We have shipped the 60 pcs pilot of SK-300-EXT extension line today by DHL "
         "(AWB 4471 8820 13), with the DHR, CoC and the kink test results. All 60 pcs passed the "
         "leak test at 300 kPa.\n\n"
         "One matter for your advice please. Our PVC compound supplier (DEHP-free, Mediplast grade) "
         "informed us that lead time has increased to 8 weeks from August onwards. May we know whether "
         "we can proceed to purchase the compound for the balance 2,940 pcs, which we understand is not "
         "yet released? If we buy now, the compound will be at your liability, so we need your written "
         "confirmation first. We will not buy anything until we receive it.\n\n"
         "Kindly advise at your convenience. Thank you.\n"
         + sig("Siti Aminah", "Customer Service Executive", "Johor Precision Extrusion Sdn. Bhd.",
               "+60 7 599 1042")))])

# c16: multi-file: sample PO PDF that declares the quote tiers reference-only, plus the supplier quote PDF.
case("c16_brightwater_po_plus_quote", [],
     "Two-file bundle: PO releases 40 shafts, says the quote tiers (4,000 / 10,000) are reference "
     "only and on hold until R&D sign-off and written release by named lead; supplier quote alongside",
     [("PO_BSL-7731.pdf", pdf([
         ("h1", "Purchase Order BSL-7731"),
         ("p", "Brightwater Surgical Ltd, National Technology Park, Limerick V94 X2K3, Ireland."),
         ("p", "Supplier: Heredia Catheter Components S.R.L., Parque Industrial Global Park, Heredia, "
               "Costa Rica. Date: 9 July 2024. Currency USD. Terms 60 days."),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
             ["1", "BS-SHA-090 rev B", "Braided shaft 9F, PTFE liner, 304 SS braid, 950 mm", "SAMPLE",
              "40", "18.75", "750.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO releases forty (40) shafts for our design verification. Nothing else is "
               "released."),
         ("p", "The production tiers in the attached quote HCC-Q-1212 (4,000 and 10,000 pcs) are shown "
               "for reference only. None of them is released; the balance stays on hold."),
         ("p", "Unlock: the balance can be released only after our R&D signs off the 40 samples, and "
               "then only by a written release or revised PO issued by Róisín Daly, Supply Chain Lead."),
         ("p", "Material authority: sample-only. Now: build and ship the 40 shafts with DHR and "
               "tensile data by 16 August 2024."),
     ], title="PO BSL-7731", author="Brightwater Surgical")),
      ("Quote_HCC-Q-1212.pdf", pdf([
          ("h1", "Cotización / Quotation HCC-Q-1212"),
          ("p", "Heredia Catheter Components S.R.L. | Global Park, Heredia, Costa Rica"),
          ("p", "Customer: Brightwater Surgical Ltd. Item: BS-SHA-090 rev B braided shaft 9F."),
          ("table", [
              ["Quantity", "Unit price USD", "Lead time"],
              ["40 (samples)", "18.75", "4 weeks"],
              ["4,000", "6.20", "6 weeks"],
              ["10,000", "5.35", "6 weeks"],
          ]),
          ("p", "Prices valid 60 days, FCA SJO. Braid wire and liner lead time 3 weeks."),
          ("p", "Prepared by: Valeria Chaves, Ventas."),
      ], title="Quote HCC-Q-1212", author="Heredia Catheter Components"))])

# p08: start-up founder asks for 'some samples', no quantity, nothing about the balance.
case("p08_halcyon_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "Founder authorizes 'some samples' with a PO to follow: no quantity, quote balance never said "
     "not released, no unlock event, no release person",
     [("Samples_introducer_hub.eml", eml(
         "Ben Adeyemi <ben@halcyonneuro.com>",
         "Mauricio Arce <marce@pmvalle.co.cr>",
         "Introducer hub - let's get going",
         edate(2024, 8, 22, 21, 14, "-0400"),
         "Hey Mauricio,\n\n"
         "Great talking yesterday, and thanks for walking us through the Coyol line on video. The team "
         "was impressed.\n\n"
         "We'd like to get going. Please run some samples of the introducer sheath hub (HN-INT-014, "
         "rev A drawing from Tuesday) for us first, so the engineers can get their hands on them and "
         "do the bench work before the animal lab. Ship to our Cambridge office, 1 Broadway, 14th "
         "floor. Our accountant will send the PO this week, per your quote PMV-Q-1203.\n\n"
         "Colour: the translucent blue you showed us is perfect.\n\n"
         "Cheers,\nBen\n\n"
         "Ben Adeyemi\nCo-founder & CEO, Halcyon Neuro Inc.\nCambridge, MA\n"
         "Sent from my iPhone\n"))])

# p09: Swiss PDF PO: pilot lot quantity only 'per build plan', further quantity on hold until further notice.
case("p09_tessaline_po_per_build_plan", ["RG004", "RG005", "RG010"],
     "PO for a pilot lot with qty 'see build plan' and value cap only; further quantity on hold 'until "
     "further notice' (no event) with nobody named to release it",
     [("Bestellung_TA-24-0131.pdf", pdf([
         ("h1", "Bestellung / Purchase Order TA-24-0131"),
         ("p", "Tessaline AG | Baarerstrasse 112 | 6300 Zug | Schweiz | MWST CHE-412.887.203"),
         ("p", "Lieferant / Supplier: Guadalajara MedPack S.A. de C.V., Periférico Sur 7980, "
               "Tlaquepaque, Jalisco, México."),
         ("p", "Datum: 12.08.2024. Währung: CHF. Zahlungsbedingungen: 30 Tage netto. "
               "Lieferbedingung: DAP Zug."),
         ("table", [
             ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis", "Betrag"],
             ["10", "TS-9-POU rev 2", "Sterilbarriere-Beutel 120 x 260 mm, Pilotlos / pilot lot",
              "siehe / see BP-TS9-07", "CHF 0.58", "max. CHF 6'000.00"],
         ]),
         ("sp",),
         ("p", "Diese Bestellung umfasst nur das Pilotlos gemäss Bauplan BP-TS9-07. / This order covers "
               "the pilot lot according to build plan BP-TS9-07 only."),
         ("p", "Weitere Mengen sind bis auf Weiteres gesperrt. / Any further quantity is on hold until "
               "further notice."),
         ("p", "Versiegelung auf validierter Siegelmaschine (IQ/OQ/PQ), Siegelnahtfestigkeit nach "
               "ASTM F88, Prüfbericht mit jeder Lieferung. ISO 11607-1:2019."),
         ("p", "Tessaline AG, Einkauf"),
     ], title="Bestellung TA-24-0131", author="Tessaline AG"))])

# p10: Irish buyer: twelve (12) clinical kits, later 'the 10 clinical kits'; named releaser, no event.
case("p10_brightwater_twelve_vs_ten_kits", ["RG004", "RG011"],
     "E-mail authorizes twelve (12) clinical kits and later asks to ship 'the 10 clinical kits'; "
     "988 held and named buyer will release them, but no unlock event is named",
     [("BS-5520_clinical_kits.eml", eml(
         "Aoife Brennan <aoife.brennan@brightwatersurgical.ie>",
         "Fabiola Quesada <fquesada@cartagokitting.cr>",
         "PO BS-5520 - clinical-build kits BS-KIT-210",
         edate(2024, 6, 4, 10, 22, "+0100"),
         "Hi Fabiola,\n\n"
         "Following on from our call this morning, thanks again for making time so early your side.\n\n"
         "PO BS-5520 is for twelve (12) clinical-build kits BS-KIT-210 only. The remaining 988 kits on "
         "your quote CKS-Q-0561 are not released, so please don't jump the gun on those. I'll release "
         "them myself in due course.\n\n"
         "A few bits for the clinical kits:\n"
         "- the Tuohy needle from the new sub-supplier is fine, the 510(k) file has been updated\n"
         "- EO with the standard cycle, residuals report with the DHR\n"
         "- IFU rev 4, English only for the clinical build\n\n"
         "To confirm, please ship the 10 clinical kits by 28 June to our Limerick site, attention "
         "goods-in.\n\n"
         "Thanks a million,\nAoife\n"
         + sig("Aoife Brennan", "Supply Chain Lead", "Brightwater Surgical Ltd", "+353 61 555 480")))])

# p11: ERP printout: line qty 24 vs note 'ship 42 samples'; balance blocked, named release authority,
# no unlock event. Part number MR-MSK-024 contains 024.
case("p11_meridia_erp_24_vs_42", ["RG004", "RG011"],
     "ERP PO line is 24 samples, note says ship 42 samples; balance 4,976 blocked with a named "
     "release authority but no unlock event; MR-MSK-024 is an identifier",
     [("MRI_PO_78104_JDE.txt",
       "MERIDIA RESPIRATORY INC      JD EDWARDS E1   P4310   PURCHASE ORDER PRINT\n"
       "ORDER NO 78104  OP   BR/PLT 10 PLYMOUTH MN        ORDER DATE 09/03/2024\n"
       "SUPPLIER 40227  PENANG MEDTECH MOULDING SDN BHD, BAYAN LEPAS, PENANG MY\n"
       "BUYER    DKOWALSKI                                CURRENCY USD  TERMS N60\n"
       "--------------------------------------------------------------------------\n"
       "LINE  ITEM          DESCRIPTION               QTY ORD  UM  UNIT COST    EXTENDED\n"
       "1.000 MR-MSK-024    MASK FRAME, NASAL, PC         24  EA    19.0000      456.00\n"
       "                    SAMPLE / FIT TEST\n"
       "--------------------------------------------------------------------------\n"
       "QUOTED QTY PMM-Q24-0702 ............ 5,000 EA\n"
       "BAL 4,976 ........................... BLOCKED - NOT RELEASED\n"
       "RELEASE AUTH ....................... D. KOWALSKI, SUPPLY CHAIN MGR\n"
       "--------------------------------------------------------------------------\n"
       "ORDER TEXT:\n"
       "  SHIP 42 SAMPLES TO PLYMOUTH MN FOR FIT TEST STUDY FT-2024-09.\n"
       "  SAMPLES MUST BE FROM THE PRODUCTION TOOL (T-0702, 4 CAV), MARK CAVITY NO.\n"
       "  COC + DIMENSIONAL REPORT (5 PCS PER CAVITY) REQUIRED.\n"
       "  ISO 18562 VOC TEST REPORT ON FILE - NO NEW TEST.\n"
       "--------------------------------------------------------------------------\n"
       "TOTAL ORDER                                                      456.00\n")])

# p12: DOCX release letter: text releases 1,500, table says 1,200; balance on hold until PQ sign-off
# and a written release 'from our side' (nobody named).
case("p12_quillon_release_letter_1500_vs_1200", ["RG005", "RG011"],
     "Release letter text releases one thousand five hundred (1,500) pouches, its table says 1,200 "
     "released; balance held until PQ sign-off and written release 'from our side' (no named person)",
     [("Production_Release_01_QB-POU-220.docx", docx_bytes([
         ("h1", "Production Release No. 01"),
         ("p", "Quillon Biosystems, Inc., 9920 Pacific Heights Blvd, San Diego, CA 92121, USA"),
         ("p", "To: Juárez Sterile Packaging S.A. de C.V., Av. Tecnológico 1770, Cd. Juárez, "
               "Chihuahua, México. Attn: Rogelio Ibarra."),
         ("p", "Date: 26 August 2024. Reference: PO QB-1204 rev 1; quote JSP-Q-0388 (3,000 pouches)."),
         ("p", "Item: QB-POU-220 rev C, sterile barrier pouch for the QB-11 reagent cartridge, "
               "Tyvek 1073B / PET-PE, chevron seal."),
         ("p", "With this letter we release one thousand five hundred (1,500) pouches of QB-POU-220 for "
               "production, following the successful OQ runs on your sealer S-02 (report "
               "VAL-JSP-0388)."),
         ("table", [
             ["", "Quantity (pcs)"],
             ["Quoted quantity (JSP-Q-0388)", "3,000"],
             ["Released now (Release 01)", "1,200"],
             ["Balance on hold", "1,800"],
         ]),
         ("p", "The balance stays on hold until the PQ report has been signed off and a written release "
               "from our side follows."),
         ("p", "Please ship in two deliveries, first half by 20 September. Lot traceability on every "
               "carton; seal strength (ASTM F88) and dye penetration (ASTM F1929) results per lot."),
         ("p", "Purchasing Department, Quillon Biosystems, Inc."),
     ], author="Quillon Biosystems"))])

# p13: Swiss buyer: 'approved' for the DV samples and for the PO by finance; balance release in writing,
# no named person (a department signs off the report).
case("p13_tessaline_approved_twice", ["RG005", "RG009"],
     "'Approved' used for the DV samples (technical) and for the PO by finance (commercial); 1,188 "
     "held until DV report sign-off by the Quality department, release 'in writing' by nobody named",
     [("DV_samples_TS-9-HSG.eml", eml(
         "Reto Meier <reto.meier@tessaline.ch>",
         "Niamh Walsh <niamh.walsh@shannonmedmoulding.ie>",
         "TS-9 housing - DV samples / PO TA-24-0107",
         edate(2024, 7, 18, 16, 40, "+0200"),
         "Dear Niamh,\n\n"
         "Good news from Zug: the 12 DV samples of the TS-9 housing are approved. Fit with the "
         "cartridge and the snap force are fine, and the colour matches the master sample.\n\n"
         "Also, Finance approved PO TA-24-0107 yesterday, covering these 12 units, so you will receive "
         "the payment within the usual 30 days.\n\n"
         "The production quantity of 1,188 units remains on hold. It will be released in writing "
         "once the DV report has been signed off by our Quality department; I expect this in August. "
         "Until then the 12 units are the only released quantity, so please keep the tool in "
         "storage.\n\n"
         "Kind regards\n"
         "Reto Meier\nHead of Supply Chain\nTessaline AG | Baarerstrasse 112 | 6300 Zug\n"
         "+41 41 555 72 10\n"))])

# p14: e-mail thread: buyer's scoped PO quoted at the bottom; supplier asks 'OK to start?'; buyer QE
# replies with an unscoped green light.
_p14_orig = (
    "From: Marisol Vega <mvega@pellucid-dx.com>\n"
    "Sent: Monday, 3 June 2024 08:15\n"
    "To: Jorge Castañeda <jcastaneda@tecnoplast-tij.mx>\n"
    "Cc: Greg Olsen <golsen@pellucid-dx.com>\n"
    "Subject: PO PD-24-1033 reader housing PDX-RDR-100\n\n"
    "Jorge,\n\n"
    "PO PD-24-1033 is attached. It releases 30 engineering-build (EB) units of the reader housing "
    "PDX-RDR-100 rev B. The remaining 970 units of your quote are not released and stay on hold until "
    "Greg signs off the EB units and I send a written release.\n\n"
    "Marisol Vega, Senior Buyer, Pellucid Diagnostics\n"
)
_p14_sup = (
    "From: Jorge Castañeda <jcastaneda@tecnoplast-tij.mx>\n"
    "Sent: Thursday, 20 June 2024 16:02\n"
    "To: Greg Olsen <golsen@pellucid-dx.com>\n"
    "Cc: Marisol Vega <mvega@pellucid-dx.com>\n"
    "Subject: RE: PO PD-24-1033 reader housing PDX-RDR-100\n\n"
    "Hi Greg,\n\n"
    "Update: tool T-118 is qualified, IQ/OQ signed on our side, resin (Lexan HPS1R) is dried and "
    "the 350 t press is free from Monday. OK to start?\n\n"
    "Saludos,\nJorge\n\n"
    + quote(_p14_orig) + "\n"
)
case("p14_pellucid_thread_green_light", ["RG002"],
     "Thread: buyer's quoted PO scope (30 EB units, 970 held until sign-off + written release by "
     "named buyer); QE answers supplier's 'OK to start?' with an unscoped 'green light from our side'",
     [("RE_PO_PD-24-1033_reader_housing.eml", eml(
         "Greg Olsen <golsen@pellucid-dx.com>",
         "Jorge Castañeda <jcastaneda@tecnoplast-tij.mx>",
         "RE: PO PD-24-1033 reader housing PDX-RDR-100",
         edate(2024, 6, 20, 17, 5, "-0700"),
         "Hi Jorge,\n\n"
         "Nice work on the tool. Green light from our side, you're good to run 👍\n\n"
         "Greg\n\n"
         "Greg Olsen | Quality Engineer | Pellucid Diagnostics, Inc.\n\n"
         + quote(_p14_sup) + "\n",
         cc="Marisol Vega <mvega@pellucid-dx.com>",
         in_reply_to="<h90-jc-0620@tecnoplast-tij.mx>"))])

# ------------------------------------------------------------------ batch 3
# c17: DOCX buyer build plan, each row with its status; LV-BAL-0600 is an identifier.
case("c17_lumaris_build_plan_status", [],
     "Build plan: 60 DV units released; PV 3x200 and commercial 8,000/yr (forecast) not released, "
     "unlock DV sign-off + written release by named director; material DV-only",
     [("LV-BAL-0600_build_plan_v3.docx", docx_bytes([
         ("h1", "LV-BAL-0600 balloon catheter - supplier build plan v3"),
         ("p", "Lumaris Vascular Ltd (Galway) with Westbay Polymer Solutions Ltd (Galway). Prepared by "
               "Declan Murphy, Operations Director, 2 July 2024."),
         ("table", [
             ["Build", "Quantity", "Status", "PO / release"],
             ["Engineering build (EB)", "20", "delivered, closed", "PO LV-30412"],
             ["Design verification (DV)", "60", "released for production", "PO LV-30588 line 1"],
             ["Process validation (PV)", "3 lots x 200 = 600", "not released", "none"],
             ["Commercial", "8,000 per year, forecast", "not released", "none"],
         ]),
         ("h", "What Westbay should do now"),
         ("li", "Extrude, neck and weld the 60 DV units; DHR and leak test (ISO 10555-4) per unit."),
         ("li", "Material: buy Pebax 7233 and nylon 12 balloon tubing for the 60 DV units only."),
         ("h", "How the PV lots and the commercial quantity get released"),
         ("p", "Neither the PV lots nor the commercial quantity may be started, scheduled or have "
               "material bought for them. The PV lots are released only after Lumaris R&D signs off "
               "the DV results, and then only by a written release from Declan Murphy. The commercial "
               "figure is a forecast; it is released, if at all, by a separate written release from "
               "Declan Murphy after the PV lots pass PQ."),
         ("h", "Contacts"),
         ("table", [
             ["Role", "Lumaris", "Westbay"],
             ["Release authority", "Declan Murphy", "-"],
             ["Quality", "Dr. Sinéad Ryan", "Paul Keane"],
             ["Purchasing / planning", "Ciara Nolan", "Gráinne Flynn"],
         ]),
     ], author="Lumaris Vascular"))])

# c18: Irish buyer thread: samples signed off for fit check only; go ahead with the 15 EB units only.
_c18_prev = (
    "From: Wang Jun <wangjun@anbo-meddevice.cn>\n"
    "Sent: 8 October 2024 09:40\n"
    "To: Eoin Walsh <eoin.walsh@atlanticendo.ie>; Gráinne O'Sullivan <grainne.osullivan@atlanticendo.ie>\n"
    "Subject: AE-VLV-0150 haemostasis valve housing - T0 samples\n\n"
    "Dear Gráinne, Eoin,\n\n"
    "Did you receive the 5 pcs T0 samples? Please let us know your comments. Can we go ahead with "
    "the engineering build of 15 pcs?\n\n"
    "Best regards\nWang Jun\nShenzhen Anbo Medical Device Co., Ltd.\n"
)
case("c18_atlantic_scoped_go_ahead", [],
     "Irish buyer: T0 samples signed off for fit check only, production not released; 'go ahead "
     "with the 15 EB units only'; 2,985 parked until DV sign-off and written release by named head",
     [("RE_AE-VLV-0150_T0_samples.eml", eml(
         "Gráinne O'Sullivan <grainne.osullivan@atlanticendo.ie>",
         "Wang Jun <wangjun@anbo-meddevice.cn>",
         "RE: AE-VLV-0150 haemostasis valve housing - T0 samples",
         edate(2024, 10, 9, 14, 2, "+0100"),
         "Hi Wang Jun,\n\n"
         "Yes, the 5 T0 samples landed in Cork on Monday, thanks a million. Our lads had a good go at "
         "them yesterday.\n\n"
         "The 5 T0 samples are signed off for fit check only; production isn't released. The seal "
         "seat is grand, but the luer thread on cavity 2 is a bit tight, so please tweak that before "
         "the next shots.\n\n"
         "Go ahead with the 15 engineering-build units only, under PO AE-24-0318. The other 2,985 on "
         "your quote stay parked: nothing is released on them until we've signed off our DV build, "
         "and after that Eoin will send you the written release himself. No resin for them either, "
         "please.\n\n"
         "Talk soon,\nGráinne\n\n"
         "Gráinne O'Sullivan | Supplier Quality Engineer | Atlantic Endovascular DAC\n"
         "Model Farm Road, Cork T12 X8F2 | +353 21 555 0917\n\n"
         "Eoin Walsh, Head of Operations, is the release authority for AE-VLV-0150.\n\n"
         + quote(_c18_prev) + "\n",
         cc="Eoin Walsh <eoin.walsh@atlanticendo.ie>",
         in_reply_to="<h90-wj-1008@anbo-meddevice.cn>"))])

# c19: WhatsApp export, Spanish-English; buyer scopes 10 units; supplier waits for written release.
case("c19_neurotide_whatsapp_cadaver_lab", [],
     "WhatsApp: buyer says only the 10 for the cadaver lab, 490 on hold until DV report sign-off, "
     "then she sends the written release; supplier confirms it will wait",
     [("WhatsApp_Chat_NeuroTide_Tecnoplast.txt",
       "WhatsApp Chat with NeuroTide / Tecnoplast NT-CLP\n"
       "\n"
       "[6/3/24, 10:14:22] Lupita Herrera: Hola Dana! buenos días 🙂\n"
       "[6/3/24, 10:14:51] Lupita Herrera: the NT-CLP-05 clip molds are ready, first shots look "
       "good. How many do you need for the cadaver lab?\n"
       "[6/3/24, 10:20:03] Dana Levi: hi Lupita! great news\n"
       "[6/3/24, 10:20:40] Dana Levi: ok. only the 10 for the cadaver lab, on PO NT-7815. "
       "rest (490) on hold\n"
       "[6/3/24, 10:21:12] Dana Levi: the 490 stay on hold until the DV report is signed off by our "
       "QA, then I send you the release in writing. not before pls\n"
       "[6/3/24, 10:21:30] Dana Levi: and no resin for the 490 yet\n"
       "[6/3/24, 10:25:47] Lupita Herrera: perfecto, no arrancamos lo demás hasta tener tu release "
       "por escrito 👍\n"
       "[6/3/24, 10:26:02] Lupita Herrera: the 10 go out Friday by DHL with the CoC\n"
       "[6/3/24, 10:26:30] Dana Levi: toda raba! 🙏\n"
       "[6/3/24, 11:02:15] Lupita Herrera: <attached: IMG_20240603_1101.jpg>\n"
       "[6/3/24, 11:02:40] Lupita Herrera: cavity 1 and 2 side by side\n")])

# c20: PDF call-off (release no. 3) with cumulative figures; remaining balance on hold.
case("c20_aurelys_calloff_release3", [],
     "Release no. 3 of 2,500 pouches; cumulative 7,500 of 10,000 quoted; remaining 2,500 on hold "
     "until call-off 4 by named manager after lot acceptance; material for this release only",
     [("Aurelys_Release_03_AUR-POU-11.pdf", pdf([
         ("h1", "Production release (call-off) no. 3"),
         ("p", "Aurelys SA | Route de la Corniche 9 | 1066 Epalinges | Switzerland"),
         ("p", "Supplier: Guadalajara MedPack S.A. de C.V., Tlaquepaque, Jalisco, México. "
               "Agreement: blanket PO AUR-8010, quote GMP-Q-288 (10,000 pouches)."),
         ("p", "Item: AUR-POU-11 rev B, peel pouch for the AUR-IS-40 infusion set, 90 x 310 mm."),
         ("table", [
             ["Release", "Date", "Quantity", "Status"],
             ["1", "08.04.2024", "2,500", "delivered, accepted"],
             ["2", "03.06.2024", "2,500", "delivered, accepted"],
             ["3 (this release)", "05.08.2024", "2,500", "released for production"],
             ["Cumulative released", "", "7,500", ""],
             ["Balance on hold", "", "2,500", "not released"],
         ]),
         ("p", "This call-off releases 2,500 pouches for production, delivery by 13 September 2024. "
               "Material may be bought for these 2,500 pouches only."),
         ("p", "The remaining 2,500 pouches stay on hold. They are released only by call-off no. 4, "
               "which Hannah Roth, Supply Chain Manager, will issue after lot acceptance of release 3 "
               "at our incoming inspection."),
         ("p", "Hannah Roth, Supply Chain Manager, Aurelys SA, 5 August 2024"),
     ], title="Aurelys release 3", author="Aurelys SA"))])

# c22: HTML buyer portal release notice for the PV lot, after DV sign-off.
case("c22_sefira_portal_release_notice", [],
     "Portal release notice: 300 PV kits released by named buyer after DV sign-off; commercial "
     "forecast 6,000/yr not released until PQ sign-off and her written release",
     [("Sefira_Portal_RN-0007.html", html_page(
         "Sefira Supplier Portal - Release notice RN-0007",
         "<h2>Sefira Medical Ltd. &ndash; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Cartago Kitting Services S.A.</b> &nbsp;|&nbsp; Item: SK-300 single-use "
         "OR kit, rev 5 &nbsp;|&nbsp; PO SF-4471 rev 1</p>\n"
         "<h3>Release notice RN-0007</h3>\n"
         "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
         "<tr><td>Released quantity</td><td>300 kits (PV lot, 3 x 100)</td></tr>\n"
         "<tr><td>Unlock event</td><td>DV report signed off by Dr. Amir Levi, 4 Jun 2024</td></tr>\n"
         "<tr><td>Released by</td><td>Yael Ohana, Supply Chain Manager</td></tr>\n"
         "<tr><td>Material authority</td><td>300 kits</td></tr>\n"
         "<tr><td>Ship by</td><td>12 Jul 2024, EO sterilised, with DHR</td></tr>\n"
         "</table>\n"
         "<div class=\"note\">Commercial quantity: forecast 6,000 kits per year. Not released. It will "
         "be released only after PQ sign-off and then by a written release from Yael Ohana. No "
         "material may be bought for it.</div>\n"
         "<p>Questions: yael.o@sefira-med.co.il &middot; +972 4 555 3190</p>\n"
         "<p style=\"color:#666\">Sefira Medical Ltd. &middot; 14 Hamada St., Caesarea &middot; "
         "notice generated 05/06/2024 08:30 IDT</p>"))])

# c23: SAP printout with sample line and blocked production line.
case("c23_kestrel_sap_blocked_line", [],
     "SAP PO: line 10 20 samples released, line 20 980 pcs blocked/not released until FAI "
     "sign-off and revised PO by named buyer; sample-only material",
     [("Kestrel_PO_4510-3502.txt",
       "KESTREL ENDOSCOPY GMBH             SAP S/4HANA  ME9F   BESTELLUNG 4510-3502\n"
       "Am Wetterkreuz 21, 91058 Erlangen  Datum 22.05.2024  Einkaeufer S. ALBRECHT\n"
       "Lieferant 811204 DONGGUAN RUITAI PRECISION MEDICAL CO., LTD., DONGGUAN, CN\n"
       "Zahlungsbed. 45 Tage netto    Incoterms FCA Shenzhen\n"
       "------------------------------------------------------------------------------\n"
       "Pos   Material          Kurztext                      Menge  ME  Status\n"
       "------------------------------------------------------------------------------\n"
       "00010 KE-TIP-0420 B     Distale Spitze PEEK, Muster      20  ST  FREIGEGEBEN / RELEASED\n"
       "00020 KE-TIP-0420 B     Distale Spitze PEEK, Serie      980  ST  GESPERRT / BLOCKED\n"
       "------------------------------------------------------------------------------\n"
       "Positionstext 00020:\n"
       "  NICHT ZUR FERTIGUNG FREIGEGEBEN / NOT RELEASED FOR PRODUCTION.\n"
       "  FREIGABE NUR DURCH GEAENDERTE BESTELLUNG (REVISED PO) VON S. ALBRECHT\n"
       "  NACH UNTERZEICHNUNG DES ERSTMUSTERPRUEFBERICHTS / AFTER FAI SIGN-OFF.\n"
       "  KEIN MATERIALEINKAUF FUER POS. 00020 / NO MATERIAL FOR LINE 00020.\n"
       "Kopftext:\n"
       "  Material nur fuer Pos. 00010 (20 ST). EMPB nach VDA Band 2.\n"
       "  ISO 13485:2016, QSV QSV-KE-009.\n")])

# c24: PDF PO revision that releases the whole remaining quantity; no balance left.
case("c24_corvane_po_rev2_full_release", [],
     "PO revision 2 releases the remaining 2,388 after FAI sign-off, signed by named director; "
     "12 + 2,388 = 2,400, no balance remains",
     [("PO_CVM-24-0412_rev2.pdf", pdf([
         ("h1", "PURCHASE ORDER CVM-24-0412 - REVISION 2"),
         ("p", "Corvane Medical, Inc. | 41 Harbor Point Drive, Suite 300 | Boston, MA 02210 | USA"),
         ("p", "Supplier: Precisión Médica del Valle S.A., Zona Franca Coyol, Alajuela, Costa Rica."),
         ("p", "Revision date: 3 July 2024. Reason for revision: production release after FAI "
               "sign-off."),
         ("table", [
             ["Line", "Part / Rev", "Description", "Scope", "Qty", "Status"],
             ["1", "CV-2400-118 Rev C", "Hub, 6F guide catheter, DV build", "SAMPLE", "12",
              "delivered 22 May 2024"],
             ["2", "FAI-SVC", "FAI report", "SERVICE", "1 lot", "delivered"],
             ["3", "CV-2400-118 Rev C", "Hub, 6F guide catheter", "PRODUCTION", "2,388",
              "released for production"],
         ]),
         ("sp",),
         ("p", "Our Quality Engineering signed off the FAI and the DV results on 28 June 2024 "
               "(record QF-CVM-0412). With this revision, line 3 releases the remaining 2,388 pcs for "
               "production. Together with the 12 DV pieces, the full quoted 2,400 pcs are now "
               "released; no balance remains on this order. Quantity basis: firm."),
         ("p", "Material authority: 2,388 pcs. Deliveries: 1,200 pcs by 16 August, 1,188 pcs by "
               "13 September 2024."),
         ("p", "Issued by Siobhan Keane, Director of Supply Chain, Corvane Medical, Inc."),
     ], pagesize=LETTER, title="PO CVM-24-0412 rev 2", author="Corvane Medical"))])

# c25: DOCX supplier quality agreement section: sample sign-off vs production release; no quantities.
case("c25_neurotide_sqa_section9", [],
     "Quality agreement section defining sample sign-off, PO and production release separately; "
     "no order quantities, not an authorization",
     [("SQA-NT-007_section9.docx", docx_bytes([
         ("h1", "Supplier Quality Agreement SQA-NT-007 - Section 9"),
         ("p", "Between NeuroTide Ltd., Yokneam Illit, Israel, and Penang MedTech Moulding Sdn. Bhd., "
               "Penang, Malaysia. Revision 3, effective 1 March 2024."),
         ("h", "9.1 Sample sign-off"),
         ("p", "NeuroTide Quality signs off samples (first articles, DV and PV builds) on form "
               "QF-NT-21. A sample sign-off is a technical disposition: signed off, interim (with a "
               "quantity or date limit) or rejected. A sample sign-off does not authorize production."),
         ("h", "9.2 Purchase orders"),
         ("p", "A purchase order is a commercial document. It commits NeuroTide to pay for the "
               "quantities on it. It does not by itself authorize production of quantities beyond "
               "those it expressly states are released."),
         ("h", "9.3 Production release"),
         ("p", "Production is authorized only by a written production release that states the "
               "quantity, the event that allowed it and the NeuroTide person who issued it. "
               "Production releases are issued only by the persons listed in Annex C (release "
               "authorities), within the limits stated there."),
         ("h", "9.4 Material"),
         ("p", "The supplier buys material at NeuroTide's liability only within a written material "
               "authority. Material bought beyond it is at the supplier's risk."),
         ("h", "9.5 Payments"),
         ("p", "Deposits, prepayments and tooling payments are commercial matters. They do not "
               "authorize production."),
         ("h", "Annex C - Release authorities"),
         ("table", [
             ["Name", "Function", "Limit"],
             ["Yael Shapira", "VP Supply Chain", "up to USD 250,000 per release"],
             ["Dr. Gal Mizrahi", "COO", "no limit; second approver above USD 250,000"],
         ]),
     ], author="NeuroTide Ltd."))])

# p15: Teams chat: scope stated; supplier asks 'shall we continue?' after a tool fix; 'yes, proceed'.
case("p15_halvex_teams_yes_proceed", ["RG002"],
     "Chat states call-off scope (1,500 released, September held until next call-off signed by "
     "named planner); after a cavity re-cut the supplier asks 'shall we continue?' and quality "
     "answers 'yes, proceed' with no quantity",
     [("Teams_Halvex_Shannon_HX-LID-0207.txt",
       "Microsoft Teams - Chat export\n"
       "Chat name: HX-LID-0207 / Shannon Medical Moulding\n"
       "Members: Markus Feld (Halvex), Jan Kraus (Halvex), Niamh Walsh (Shannon Medical Moulding), "
       "Pádraig Hogan (Shannon Medical Moulding)\n"
       "Export date: 21.08.2024\n"
       "========================================================================\n"
       "05.08.2024 07:48  Markus Feld\n"
       "  Morning all. Reminder for HX-LID-0207: call-off 2024-08 under blanket PO 5500-0419 releases "
       "1,500 pcs, nothing beyond. September is on hold until I sign call-off 2024-09, and that only "
       "happens after the August lot passes incoming inspection in Tuttlingen.\n"
       "05.08.2024 09:02  Niamh Walsh\n"
       "  Understood Markus, thanks. Moulding starts Wednesday.\n"
       "14.08.2024 15:31  Pádraig Hogan\n"
       "  Jan, ejector pin mark on cavity 3 was out again (0.07 deep vs 0.05). Tool went to the "
       "toolroom, cavity 3 re-cut and polished. New CMM data attached, 5 shots per cavity, all in "
       "spec now.\n"
       "14.08.2024 15:33  Pádraig Hogan\n"
       "  📎 CMM_HX-LID-0207_cav3_recut.pdf\n"
       "14.08.2024 15:34  Pádraig Hogan\n"
       "  Press 7 is set up again. Shall we continue?\n"
       "14.08.2024 16:10  Jan Kraus\n"
       "  Thanks Pádraig, data looks fine. Yes, proceed.\n"
       "14.08.2024 16:11  Pádraig Hogan\n"
       "  👍\n"
       "20.08.2024 11:20  Niamh Walsh\n"
       "  FYI shipment for call-off 2024-08 leaves Shannon Friday, DHR + CoC in the box.\n")])

# p16: PDF engineering change notice: scope stated, then 'ECN approved. Supplier may proceed.'
case("p16_corvane_ecn_may_proceed", ["RG002"],
     "ECN states PO scope (30 samples released, 970 held until PV sign-off and written release by "
     "named director) but closes with 'approved. Supplier may proceed.' naming no quantity",
     [("ECN-2291_hub_bond_length.pdf", pdf([
         ("h1", "Engineering Change Notice ECN-2291"),
         ("p", "Corvane Medical, Inc. | Document control | Boston, MA"),
         ("table", [
             ["Field", "Entry"],
             ["Title", "Hub bond length 4.0 mm -> 4.5 mm"],
             ["Part", "CV-3100-020 Rev D -> Rev E, hub/shaft assembly 5F"],
             ["Supplier", "Heredia Catheter Components S.R.L., Costa Rica"],
             ["Reason", "Bond pull strength margin (ISO 10555-1 Annex F): 12.8 N min vs 10 N spec"],
             ["Validation impact", "Bond strength re-test on 30 pcs; no change to IQ/OQ of the "
                                   "UV cure station"],
         ]),
         ("h", "Affected orders"),
         ("p", "PO CVM-24-0588: line 1, 30 sample assemblies, released. The remaining 970 assemblies "
               "of quote HCC-Q-1176 are not released and stay on hold until PV sign-off and a written "
               "release from Siobhan Keane, Director of Supply Chain."),
         ("h", "Implementation"),
         ("p", "Supplier to update the work instruction WI-HCC-311 and the bonding fixture, and to "
               "mark parts built to Rev E with lot suffix E."),
         ("h", "Disposition"),
         ("p", "ECN-2291 approved. Supplier may proceed."),
         ("p", "Change board: R. Okafor (R&D), Hannah Cho (QE), J. Whitfield (Purchasing). "
               "Date 9 May 2024."),
     ], pagesize=LETTER, title="ECN-2291", author="Corvane Medical"))])

# p18: DOCX meeting minutes: scope recorded, then a process-change item closed 'approved, good to run'.
case("p18_kestrel_minutes_good_to_run", ["RG002"],
     "Minutes record the scope (20 T1 samples, 4,000 not released until EMPB sign-off and revised PO "
     "from named buyer); a later item closes with 'approved, supplier is good to run' with no quantity",
     [("Minutes_T1_review_KE-BOD-0210.docx", docx_bytes([
         ("h1", "Minutes - T1 review, KE-BOD-0210 handle body"),
         ("p", "Video call, 14 May 2024, 09:00-10:10 CET. Kestrel Endoscopy GmbH: Stefan Albrecht "
               "(Purchasing), Dr. Jonas Keller (Managing Director), Lisa Brandt (Quality). Suzhou "
               "Hengrui: Chen Hao (Project Manager), Zhou Li (Sales)."),
         ("h", "1. Order status"),
         ("p", "PO 4510-3122 covers the 20 T1 sample pieces only. The 4,000 pcs production quantity "
               "in the offer is not released. It can be released only after the EMPB (first article "
               "report) has been signed off by Lisa Brandt, and then by a revised PO issued by Stefan "
               "Albrecht."),
         ("h", "2. T1 results"),
         ("p", "CMM data of 5 pcs per cavity reviewed. Two dimensions at the upper limit (snap hook "
               "width 1.52 / 1.50 +0.03). Hengrui to adjust the steel by 0.02 mm. Lisa Brandt will "
               "finish the EMPB review after the T2 shots."),
         ("h", "3. Texture"),
         ("p", "Grip texture MT-11010 accepted as sampled."),
         ("h", "4. Cleanroom bagging"),
         ("p", "Hengrui proposes to move the bagging into the ISO 8 cleanroom and to change from PE "
               "bags to sealed PE/PA bags. Decision: approved, supplier is good to run."),
         ("h", "Actions"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "Steel adjustment snap hook", "Chen Hao", "24 May 2024"],
             ["2", "T2 shots + CMM report", "Chen Hao", "31 May 2024"],
             ["3", "EMPB review", "Lisa Brandt", "7 June 2024"],
         ]),
         ("p", "Minutes: Stefan Albrecht"),
     ], author="Kestrel Endoscopy"))])

# p19: WeChat-style export: scope stated; later 'deposit paid yesterday so green light from us'.
case("p19_neurotide_chat_deposit_green_light", ["RG002", "RG012"],
     "Chat states 30 EB units released and 470 held until EB report sign-off + written release by "
     "the buyer; later the buyer answers a deposit question with 'paid, so green light from us'",
     [("Chat_NeuroTide_Anbo_NT-4471.txt",
       "=== Chat export: NT-4471 enclosure (NeuroTide / Shenzhen Anbo) ===\n"
       "2024-04-02 10:11  Tomer Ben-David: Hi Wang Jun, PO NT-4471 is in your inbox. It covers 30 EB "
       "units of the NT-ENC-30 enclosure only. The balance of 470 is on hold until Dr. Gal Mizrahi "
       "signs the EB report, then I send a written release.\n"
       "2024-04-02 10:40  Wang Jun: Received, thank you Tomer. Tool kick-off today.\n"
       "2024-04-22 16:05  Wang Jun: T1 done, photos attached. [image] [image]\n"
       "2024-04-22 16:06  Wang Jun: Tomer, one thing: the tooling deposit invoice ANB-INV-0588 is "
       "still open in our system, can you check with finance?\n"
       "2024-04-23 09:12  Tomer Ben-David: paid yesterday 🙂 so green light from us\n"
       "2024-04-23 09:30  Wang Jun: Great, thank you! We start then.\n"
       "2024-04-23 09:31  Wang Jun: Production planning will send the schedule tomorrow.\n")])

# p20: supplier e-mail: bought resin for the full 12,000 while only 150 PV pcs are released.
case("p20_penang_resin_full_qty", ["RG006"],
     "Supplier states only 150 PV pcs are released and the balance is not, yet it has bought resin "
     "for the full 12,000 pcs to secure allocation, with no material authority",
     [("AUR-WP-07_status.eml", eml(
         "Lim Mei Ling <meiling.lim@penangmedtech.com.my>",
         "Thomas Berger <thomas.berger@aurelys.ch>",
         "AUR-WP-07 pump cover - PV lot status and resin allocation",
         edate(2024, 9, 5, 11, 20, "+0800"),
         "Dear Mr. Thomas,\n\n"
         "Good day. Update on the AUR-WP-07 pump cover:\n\n"
         "1. PV lot 150 pcs: moulding completed on 3 Sept, now in final inspection. The DHR and the "
         "PQ samples will ship on 10 Sept.\n"
         "2. Resin: Covestro informed all customers of an allocation on Makrolon Rx1805 for Q4 because "
         "of a plant turnaround. To protect your launch, we have gone ahead to purchase the resin for "
         "the full 12,000 pcs, and it is already confirmed by the distributor, delivery end of "
         "September.\n\n"
         "We understand that only the 150 PV pcs are released for now and the balance is not yet "
         "released. The resin will be kept in our bonded store under your part number.\n\n"
         "Please do not hesitate to contact me if you have any question.\n\n"
         "Thank you and best regards.\n"
         + sig("Lim Mei Ling", "Sales Engineer", "Penang MedTech Moulding Sdn. Bhd.",
               "+60 4 644 0218")))])

# p21: supplier HTML weekly status: film received for 12,000 pouches, 2,000 released.
case("p21_juarez_weekly_report_film", ["RG006"],
     "Supplier weekly report: 2,000 released, 10,000 balance labelled not released, but Tyvek and "
     "film received for 12,000 pouches with no material authority",
     [("JSP_Weekly_Status_wk27_Meridia.html", html_page(
         "Juárez Sterile Packaging - Weekly status wk 27",
         "<h2>Juárez Sterile Packaging S.A. de C.V. &ndash; Weekly customer status, week 27 / 2024</h2>\n"
         "<p>Customer: <b>Meridia Respiratory Inc.</b> &nbsp;|&nbsp; PO 77931 &nbsp;|&nbsp; Item "
         "MR-POU-0610 rev A, breathing-circuit pouch 12 x 20 in</p>\n"
         "<h3>Order status</h3>\n"
         "<table>\n<tr><th></th><th>Pouches</th></tr>\n"
         "<tr><td>Released quantity (PO 77931 line 1)</td><td>2,000</td></tr>\n"
         "<tr><td>Produced to date</td><td>1,350</td></tr>\n"
         "<tr><td>Open balance (not released)</td><td>10,000</td></tr>\n</table>\n"
         "<h3>Material</h3>\n"
         "<table>\n<tr><th>Material</th><th>Received</th><th>Covers</th></tr>\n"
         "<tr><td>Tyvek 1073B, 24 in rolls</td><td>14 rolls</td><td>12,000 pouches</td></tr>\n"
         "<tr><td>PET/PE film 48 ga / 2.5 mil</td><td>9 rolls</td><td>12,000 pouches</td></tr>\n"
         "<tr><td>Header labels</td><td>12,500</td><td>12,000 pouches + scrap</td></tr>\n</table>\n"
         "<h3>Quality</h3>\n"
         "<p>Seal strength (ASTM F88) lot 24-27-01: mean 5.8 N/15 mm, min 4.9. Dye penetration "
         "(ASTM F1929): 0 leaks in 32. No NCMR open.</p>\n"
         "<h3>Shipping</h3>\n"
         "<p>Remaining 650 pouches of the released 2,000 ship 12 July via Estes LTL.</p>\n"
         "<p style=\"color:#666\">Prepared by Rogelio Ibarra, Customer Service &middot; "
         "5 July 2024</p>"))])

# p22: WhatsApp: buyer scopes 150 pilot shafts; supplier takes the pilot payment as go for the series
# and says it has already kitted Pebax for the 3k.
case("p22_corvane_whatsapp_payment_pebax", ["RG006", "RG012"],
     "Buyer: 150 pilot shafts only, rest of 3,000 held until DV sign-off + written release by named "
     "director; supplier takes pilot payment as go for the series and has kitted Pebax for the 3k",
     [("WhatsApp_Chat_Corvane_PMV.txt",
       "WhatsApp Chat with Karla Jiménez (PMV)\n"
       "\n"
       "[7/15/24, 8:02:11 AM] Jordan Whitfield: Morning Karla. PO CVM-24-0702 is out: 150 pilot "
       "shafts CV-SHF-550 only. The rest of the 3,000 is on hold until our DV sign-off, then Siobhan "
       "Keane sends the written release\n"
       "[7/15/24, 8:30:45 AM] Karla Jiménez: Buenos días Jordan, received 👍\n"
       "[8/9/24, 4:12:03 PM] Karla Jiménez: Jordan, the payment for the pilot invoice came in ✅ "
       "thank you!!\n"
       "[8/9/24, 4:12:40 PM] Karla Jiménez: so we take it as the go for the serie, arrancamos el "
       "lunes\n"
       "[8/9/24, 4:13:58 PM] Karla Jiménez: also we already pulled the Pebax 6333 for the 3k from our "
       "stock and kitted it to your job, to save time in the changeover\n"
       "[8/9/24, 4:40:21 PM] Jordan Whitfield: noted, I'll check with Siobhan and come back to you\n")])

# ------------------------------------------------------------------ batch 4
# p23: supplier liability letter: material bought for 8,000 shafts, 500 released.
case("p23_westbay_material_liability_letter", ["RG006"],
     "Supplier letter: 500 shafts released, 7,500 balance not released, yet Pebax and liner bought "
     "for 8,000 shafts 'in anticipation of the launch' and liability requested; no material authority",
     [("Westbay_letter_WPS-LUM-2410-03.pdf", pdf([
         ("h1", "Westbay Polymer Solutions Ltd"),
         ("p", "Unit 12, Galway Technology Park, Parkmore, Galway H91 T2Y8, Ireland | ISO 13485:2016"),
         ("p", "To: Lumaris Vascular Ltd, Unit 4, Ballybrit Business Park, Galway. Attn: Declan Murphy, "
               "Operations Director."),
         ("p", "Date: 14 October 2024. Our ref: WPS/LUM/2410-03."),
         ("h", "Re: LV-GW-0350 guide catheter shaft - programme material"),
         ("p", "Dear Declan,"),
         ("p", "Thank you for your note of 9 October that the commercial launch of the LV-GW-0350 "
               "programme moves to Q2 2025. Below is the status of the programme on our side, as you "
               "asked."),
         ("table", [
             ["", "Shafts"],
             ["Released to date (PO LV-30611 and release 1)", "500"],
             ["Produced and shipped", "500"],
             ["Quoted programme quantity (quote WPS-Q-0874)", "8,000"],
             ["Balance, not released", "7,500"],
         ]),
         ("p", "In anticipation of the launch, and given the 14-week lead time, we purchased in March "
               "the following material for the full programme:"),
         ("table", [
             ["Material", "Quantity", "Sufficient for", "Value EUR"],
             ["Pebax 7233 SA01, natural", "40 kg", "8,000 shafts", "2,960.00"],
             ["PTFE etched liner 0.058 in ID", "8,200 m", "8,000 shafts", "11,480.00"],
             ["304V braid wire 0.001 x 0.005 in", "12 spools", "8,000 shafts", "4,320.00"],
         ]),
         ("p", "As the material is customer-specific, we kindly ask Lumaris to confirm its liability for "
               "the material above (EUR 18,760.00), or to agree a schedule for its use."),
         ("p", "Kind regards,"),
         ("p", "Paul Keane, Commercial Manager, Westbay Polymer Solutions Ltd"),
     ], title="Material liability LV-GW-0350", author="Westbay Polymer Solutions"))])

# p24: buyer release e-mail that is complete, but then invites buying resin for the held balance.
case("p24_quillon_no_harm_resin", ["RG006"],
     "Buyer releases 300 PV units, holds 2,700 until PQ sign-off + his written release, then tells "
     "the supplier there's 'no harm getting the resin in for the rest' with no material authority",
     [("QB-1240_PV_release.eml", eml(
         "Evan Brooks <ebrooks@quillonbio.com>",
         "Jorge Castañeda <jcastaneda@tecnoplast-tij.mx>",
         "QB-1240 rev 1 - PV release, QB-BSE-14 analyzer base",
         edate(2024, 9, 17, 10, 5, "-0700"),
         "Hi Jorge,\n\n"
         "Good news: the EB units passed drop and IEC 60601-1 enclosure testing.\n\n"
         "PO QB-1240 rev 1 releases 300 units of QB-BSE-14 (analyzer base, rev D) for the PV build. "
         "Please ship them in three lots of 100 with the DHR per lot. The remaining 2,700 on your quote "
         "are on hold until the PQ report is signed off, and then only with a written release from "
         "me.\n\n"
         "That said, no harm getting the resin in for the rest so you're not waiting on it when we're "
         "ready. Lexan 940 has been slow lately.\n\n"
         "Shout if anything's unclear.\n\n"
         "Evan\n"
         + sig("Evan Brooks", "Buyer / Planner", "Quillon Biosystems, Inc.", "+1 858 555 0107"),
         html="<p>Hi Jorge,</p><p>Good news: the EB units passed drop and IEC 60601-1 enclosure "
              "testing.</p><p>PO QB-1240 rev 1 releases <b>300 units</b> of QB-BSE-14 (analyzer "
              "base, rev D) for the PV build. Please ship them in three lots of 100 with the DHR per lot. "
              "The remaining 2,700 on your quote are on hold until the PQ report is signed off, and then "
              "only with a written release from me.</p><p>That said, no harm getting the resin in for "
              "the rest so you're not waiting on it when we're ready. Lexan 940 has been slow lately."
              "</p><p>Shout if anything's unclear.</p><p>Evan<br>Evan Brooks | Buyer / Planner | "
              "Quillon Biosystems, Inc.</p>"))])

# p25: DOCX supplier production plan: lot 1 released, lots 2-5 awaiting release, material ordered for all.
case("p25_shannon_production_plan_material", ["RG006"],
     "Supplier production plan: lot 1 (500) released, lots 2-5 awaiting release, but resin and "
     "inserts ordered and received for all 2,500 trays with no material authority",
     [("SMM_Production_Plan_TS-9-TRY.docx", docx_bytes([
         ("h1", "Production plan - TS-9-TRY cartridge tray"),
         ("p", "Shannon Medical Moulding Ltd, Smithstown Industrial Estate, Shannon, Co. Clare. "
               "Customer: Tessaline AG, Zug. Prepared by Niamh Walsh, Customer Programme Manager, "
               "29 August 2024."),
         ("h", "Lots"),
         ("table", [
             ["Lot", "Quantity", "Customer status", "Moulding week"],
             ["1", "500", "released (PO TA-24-0150, release 1)", "wk 36"],
             ["2", "500", "awaiting customer release", "wk 40 (provisional)"],
             ["3", "500", "awaiting customer release", "wk 44 (provisional)"],
             ["4", "500", "awaiting customer release", "wk 48 (provisional)"],
             ["5", "500", "awaiting customer release", "wk 2/2025 (provisional)"],
         ]),
         ("h", "Material plan"),
         ("table", [
             ["Material", "For lots", "Quantity", "Status"],
             ["PC Makrolon 2458, natural", "1-5", "2,500 trays (410 kg)", "ordered 12 Aug, received"],
             ["M2 brass heat-set inserts", "1-5", "10,000 pcs (4 per tray)", "ordered 12 Aug, received"],
             ["Cleanroom bags 250 x 350", "1-5", "2,600", "in stock"],
         ]),
         ("p", "Material for all five lots was ordered together to get the volume price break and to "
               "avoid the resin lead time between lots."),
         ("h", "Quality"),
         ("p", "Lot 1 will be moulded on press 4 (validated, PQ report SMM-PQ-0932). Each lot ships "
               "with DHR, CoC and 32-piece dimensional sample per cavity."),
     ], author="Shannon Medical Moulding"))])

# p27: supplier e-mail (Spanish-English): once the FAI is signed off, they continue directly into
# production. No production number.
case("p27_heredia_continue_after_fai", ["RG007"],
     "Supplier states that once the buyer signs off the FAI it will continue directly with the "
     "production run, treating sample sign-off as production authority; no auto-conversion recorded",
     [("FAI_pieces_AE-SHA-070.eml", eml(
         "Esteban Solís <esolis@heredia-cathcomp.co.cr>",
         "Gráinne O'Sullivan <grainne.osullivan@atlanticendo.ie>",
         "AE-SHA-070 - FAI pieces ship Thursday",
         edate(2024, 11, 5, 15, 48, "-0600"),
         "Hola Gráinne,\n\n"
         "Good news, the FAI pieces of the AE-SHA-070 shaft are finished and they ship on Thursday by "
         "FedEx, with the FAI report (all 46 characteristics of drawing AE-SHA-070 rev C), the tensile "
         "data and the material certs.\n\n"
         "To keep your timeline: once you sign off the FAI we continue directly with the production "
         "run. We leave the line set up and the braider loaded, so no time is lost between FAI and "
         "production.\n\n"
         "Cualquier duda me avisa.\n\n"
         "Saludos cordiales,\n"
         + sig("Esteban Solís", "Gerente de Proyectos / Project Manager",
               "Heredia Catheter Components S.R.L.", "+506 2555 0193"),
         html="<p>Hola Gr&aacute;inne,</p><p>Good news, the FAI pieces of the AE-SHA-070 shaft are "
              "finished and they ship on Thursday by FedEx, with the FAI report (all 46 characteristics "
              "of drawing AE-SHA-070 rev C), the tensile data and the material certs.</p><p>To keep "
              "your timeline: once you sign off the FAI we continue directly with the production run. "
              "We leave the line set up and the braider loaded, so no time is lost between FAI and "
              "production.</p><p>Cualquier duda me avisa.</p><p>Saludos cordiales,<br>Esteban "
              "Sol&iacute;s<br>Gerente de Proyectos / Project Manager<br>Heredia Catheter Components "
              "S.R.L.</p>"))])

# p28: two-file bundle: PO with a complete scope note; later e-mail from the same release authority
# tells the supplier to carry on after FAI without waiting for her release.
case("p28_meridia_po_then_carry_on", ["RG007"],
     "PO requires a written release from the named manager after FAI sign-off; her later e-mail "
     "says once the FAI looks OK just carry on with the rest without waiting for her release",
     [("PO_MRI-78220.pdf", pdf([
         ("h1", "PURCHASE ORDER MRI-78220"),
         ("p", "Meridia Respiratory Inc. | 1800 Fernbrook Ln N | Plymouth, MN 55447 | USA"),
         ("p", "Vendor: Johor Precision Extrusion Sdn. Bhd., Jalan Perindustrian 7, 81400 Senai, "
               "Johor, Malaysia. Date: 12 August 2024. Terms: Net 60. FOB Port Klang."),
         ("table", [
             ["Ln", "Item", "Description", "Scope", "Qty", "UoM"],
             ["1", "MR-TUB-22 rev B", "Corrugated breathing tube 22 mm, 1.6 m, EVA, FAI pieces",
              "SAMPLE", "20", "ea"],
         ]),
         ("sp",),
         ("p", "Scope: this PO releases 20 FAI pieces only. The balance of 1,980 pieces in quote "
               "JPE-Q-2291 is not released and remains on hold."),
         ("p", "Unlock: the balance will be released only after our QE signs off the FAI report, and "
               "then only by a written release from Dana Kowalski, Supply Chain Manager."),
         ("p", "Material authority: sample-only (20 pieces)."),
     ], pagesize=LETTER, title="PO MRI-78220", author="Meridia Respiratory")),
      ("Quick_one_MR-TUB-22.eml", eml(
          "Dana Kowalski <dkowalski@meridiaresp.com>",
          "Siti Aminah <siti.aminah@jpextrusion.com.my>",
          "Quick one - MR-TUB-22",
          edate(2024, 8, 27, 7, 55, "-0500"),
          "Hi Siti,\n\n"
          "Quick one to save us a week: once the FAI looks OK on our side, just carry on with the "
          "rest. You don't need to wait for a separate release from me.\n\n"
          "FAI pieces should land here Thursday, right? Let me know the AWB when you have it.\n\n"
          "Thanks!\nDana\n"
          + sig("Dana Kowalski", "Supply Chain Manager", "Meridia Respiratory Inc.",
                "+1 763 555 0148")))])

# p29: Teams chat: buyer scope is complete; supplier (Malaysian English) says it will roll into the
# PV build as soon as the DV report is signed.
case("p29_corvane_teams_roll_into_pv", ["RG007"],
     "Chat: buyer releases 40 DV handles, PV 3x100 on hold until DV report sign-off and a revised PO "
     "from the named director; supplier says it will roll into the PV build as soon as QE signs",
     [("Teams_Corvane_PenangMedTech_CV-CTL-200.txt",
       "Microsoft Teams chat export\n"
       "Chat: CV-CTL-200 handle - Corvane / PMM\n"
       "Participants: Jordan Whitfield, Hannah Cho (Corvane Medical); Lim Mei Ling, Ooi Kah Seng "
       "(Penang MedTech Moulding)\n"
       "------------------------------------------------------------------------\n"
       "[26/08/2024 21:05] Jordan Whitfield: Evening all. PO CVM-24-0815 is out for the CV-CTL-200 "
       "steerable handle: 40 DV units released. PV lots (3 x 100) are on hold until Hannah signs off "
       "the DV report; after that Siobhan Keane issues a revised PO for them.\n"
       "[27/08/2024 08:40] Lim Mei Ling: Noted Jordan, thank you. Tool T-0815 already on press 12.\n"
       "[03/09/2024 09:15] Ooi Kah Seng: DV 40 units moulded and assembled, function test 40/40 "
       "pass. Shipping Thursday with DHR.\n"
       "[03/09/2024 09:17] Ooi Kah Seng: To save time we will keep the line warm and roll into the PV "
       "build as soon as your QE signs the DV report lah, so PV can ship end Sept\n"
       "[03/09/2024 21:30] Hannah Cho: Thanks Kah Seng. DV review is planned for 12 Sept.\n"
       "[04/09/2024 08:02] Lim Mei Ling: 👍\n")])

# p30: supplier quote PDF whose terms treat PO + down payment as manufacturing authority and sample
# approval as release of the production quantity.
case("p30_ruitai_quote_terms", ["RG007", "RG012"],
     "Supplier quote terms: PO plus down payment authorizes manufacture of the production quantity; "
     "customer's sample approval constitutes release of the production order",
     [("Ruitai_Quotation_RT-24-0288.pdf", pdf([
         ("h1", "QUOTATION RT-24-0288"),
         ("p", "Dongguan Ruitai Precision Medical Co., Ltd. | No. 12 Keji Road, Songshan Lake, "
               "Dongguan, Guangdong 523808, China"),
         ("p", "Customer: Tessaline AG, Baarerstrasse 112, 6300 Zug, Switzerland. Attn: Mr. Reto Meier."),
         ("p", "Item: TS-9-VLV check valve body, PC, micro-moulded, drawing TS-9-VLV-001 rev 3. "
               "Date: 4 September 2024."),
         ("table", [
             ["Stage", "Quantity", "Unit price (CHF)", "Lead time"],
             ["Samples", "30 pcs", "12.50", "5 weeks"],
             ["Production", "10,000 pcs", "0.94", "4 weeks after release"],
             ["Mould 2-cavity", "1 set", "16,900.00", "5 weeks"],
         ]),
         ("h", "Terms and conditions of sale"),
         ("p", "1. Prices EXW Dongguan, valid 60 days. 2. Payment: mould 50% down payment with order, "
               "50% after sample approval; parts T/T 30 days. 3. Packing: PE bag, 500 pcs per carton."),
         ("p", "4. A purchase order referring to this quotation, together with receipt of the down "
               "payment, authorizes the Seller to manufacture the quoted production quantity."),
         ("p", "5. The Customer's approval of the samples constitutes release of the production order "
               "at the quoted production quantity. No separate confirmation is required."),
         ("p", "6. Cancellation after release: material and work in progress will be charged."),
         ("p", "Sales: Chen Rui, sales@ruitai-medprecision.cn"),
     ], title="Quotation RT-24-0288", author="Dongguan Ruitai"))])

# p31: DOCX supplier validation master plan: commercial production starts automatically upon PQ sign-off.
case("p31_cartago_vmp_auto_commercial", ["RG007"],
     "Supplier validation plan: PV lots per PO; gate PV->commercial says commercial lot 1 starts "
     "automatically on the customer's PQ sign-off with no further release; nothing recorded by buyer",
     [("VMP-CKS-044_BS-KIT-220.docx", docx_bytes([
         ("h1", "Validation Master Plan VMP-CKS-044"),
         ("p", "Cartago Kitting Services S.A., Zona Franca La Lima, Cartago, Costa Rica. Customer: "
               "Brightwater Surgical Ltd, Limerick. Product: BS-KIT-220 single-use access kit, EO "
               "sterilised. Revision B, 2 September 2024. Author: Fabiola Quesada, Validation Lead."),
         ("h", "1. Scope"),
         ("p", "Kit assembly line K-3, heat sealer HS-07 and the EO sterilisation at the contract "
               "steriliser, for the BS-KIT-220 kit."),
         ("h", "2. Qualification"),
         ("table", [
             ["Step", "Content", "Report"],
             ["IQ", "Line K-3, sealer HS-07, label printer", "IQ-CKS-044"],
             ["OQ", "Seal window 165-185 C, 0.4-0.6 s; worst-case challenge", "OQ-CKS-044"],
             ["PQ", "3 consecutive PV lots of 50 kits (PO BS-5580)", "PQ-CKS-044"],
             ["Sterile validation", "Half-cycle EO per ISO 11135, sterile validation lot", "SV-CKS-044"],
         ]),
         ("h", "3. Acceptance criteria"),
         ("p", "Seal strength >= 1.2 N/15 mm (ASTM F88), no channels (ASTM F1929), bioburden within "
               "limits, EO residuals per ISO 10993-7, packaging per ISO 11607-1/-2."),
         ("h", "4. Gate PV to commercial"),
         ("p", "Commercial lot 1 starts automatically upon the customer's sign-off of the PQ report. No "
               "further release from the customer is needed."),
         ("h", "5. Documentation"),
         ("p", "DHR per lot, PQ summary report, sterilisation certificate, CoC."),
     ], author="Cartago Kitting Services"))])

# p32: supplier HTML order tracker: next step production auto-starts when the customer approves the sample.
case("p32_hengrui_tracker_autostart", ["RG007"],
     "Supplier order tracker: pilot 50 released; next step 'mass production - auto-start when "
     "sample approved by customer, no further confirmation needed'",
     [("Hengrui_OrderTracker_HX-CAD-0075.html", html_page(
         "Hengrui customer order tracker",
         "<h2>Suzhou Hengrui Medical Plastics &ndash; Customer Order Tracker</h2>\n"
         "<p>Customer: <b>Halvex Orthopaedics GmbH</b> &nbsp;|&nbsp; Customer PO 4500223310 "
         "&nbsp;|&nbsp; Item HX-CAD-0075 Index 01, trial caddy, PPSU</p>\n"
         "<table>\n<tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>\n"
         "<tr><td>Mould T-2307 build</td><td>1 set</td><td>done</td><td>2024-06-28</td></tr>\n"
         "<tr><td>Pilot lot (PO 4500223310)</td><td>50 pcs</td><td>released &ndash; shipped</td>"
         "<td>2024-07-19</td></tr>\n"
         "<tr><td>Sample approval (customer)</td><td>&ndash;</td><td>waiting</td><td>&ndash;</td></tr>\n"
         "<tr><td>Mass production</td><td>&ndash;</td><td>auto-start when sample approved by customer "
         "(no further confirmation needed)</td><td>&ndash;</td></tr>\n"
         "</table>\n"
         "<p>Material: PPSU Radel R-5000 for the 50 pilot pcs, consumed.</p>\n"
         "<p style=\"color:#666\">Last update 2024-07-22 by Zhou Li (Sales)</p>"))])

# p33: Israeli buyer: holds the balance, then says once samples check out just keep going with the rest.
case("p33_sefira_keep_going", ["RG005", "RG007"],
     "Buyer says 985 are on hold, then 'once the samples check out, just keep going with the rest, "
     "no need to wait for another document'; no named release person",
     [("SK-300-POU_samples_PO_SF-4560.eml", eml(
         "Eitan Golan <eitan.g@sefira-med.co.il>",
         "Rogelio Ibarra <ribarra@juarezsterilepack.mx>",
         "PO SF-4560 - SK-300-POU samples",
         edate(2024, 6, 24, 8, 31, "+0300"),
         "Hi Rogelio,\n\n"
         "PO SF-4560 is attached in the portal. It is for 15 sample pouches SK-300-POU (the big header "
         "pouch for the OR kit). The balance of 985 pouches from your quote is on hold for now.\n\n"
         "Listen, the timeline is crazy, so to save time: once the samples check out on our side, just "
         "keep going with the rest, no need to wait for another document from us.\n\n"
         "Samples to Caesarea please, attention Eitan Golan, with the seal parameters. Our lab will do "
         "seal strength and bubble leak the same week.\n\n"
         "Thanks,\nEitan\n\n"
         "Eitan Golan | Purchasing | Sefira Medical Ltd. | 14 Hamada St., Caesarea | +972 4 555 3122\n"))])

# p34: Mexican supplier: 'approval' of the FAI equals 'approval' of the production lot; will start the 1,200.
case("p34_tecnoplast_fai_approval_is_production_approval", ["RG007", "RG009"],
     "Supplier writes that the approval of the FAI is at the same time the approval of the production "
     "lot and will start the 1,200 pcs on it: auto-conversion assumed, 'approval' used for both",
     [("RE_AUR-WP-09_FAI_timeline.eml", eml(
         "Ricardo Salgado <rsalgado@tecnoplast-tij.mx>",
         "Thomas Berger <thomas.berger@aurelys.ch>",
         "RE: AUR-WP-09 FAI timeline",
         edate(2024, 10, 2, 11, 5, "-0700"),
         "Dear Thomas,\n\n"
         "Thank you for the call. Here the timeline for the AUR-WP-09 battery door as we discussed:\n\n"
         "- 10 Oct: FAI pieces moulded (cavity 1 and 2), CMM report\n"
         "- 14 Oct: FAI package ship to Epalinges by DHL\n"
         "- 21-25 Oct: your review\n\n"
         "As we understand, the approval of the FAI is at the same time the approval of the production "
         "lot, so once we have your approval we start the 1,200 pcs immediately and ship in week 46.\n\n"
         "Please let me know if the dates are ok for you.\n\n"
         "Saludos,\n"
         + sig("Ricardo Salgado", "Program Manager", "Tecnoplast Médica de Tijuana S. de R.L. de C.V.",
               "+52 664 555 0281")))])

# ------------------------------------------------------------------ batch 5
# p35: buyer e-mail calls the 2025 forecast a firm commitment and asks it to be treated as the order;
# HTML forecast table attached.
_p35_fc = html_page(
    "Meridia forecast 2025 - MR-MSK-030",
    "<h3>Meridia Respiratory &ndash; Forecast 2025 &ndash; MR-MSK-030 nasal mask frame</h3>\n"
    "<table><tr><th>Quarter</th><th>Units</th></tr>\n"
    "<tr><td>Q1 2025</td><td>9,000</td></tr><tr><td>Q2 2025</td><td>12,000</td></tr>\n"
    "<tr><td>Q3 2025</td><td>13,000</td></tr><tr><td>Q4 2025</td><td>14,000</td></tr>\n"
    "<tr><th>Total</th><th>48,000</th></tr></table>\n"
    "<p>Source: S&amp;OP cycle October 2024.</p>")
case("p35_meridia_forecast_firm_commitment", ["RG008"],
     "Buyer tells the supplier the 48,000 forecast for 2025 is a firm commitment to be treated as "
     "the order, with the forecast table attached",
     [("QBR_followup_MR-MSK-030.eml", eml(
         "Rachel Lindqvist <rlindqvist@meridiaresp.com>",
         "Ricardo Salgado <rsalgado@tecnoplast-tij.mx>",
         "2025 volumes MR-MSK-030 - please plan capacity",
         edate(2024, 10, 28, 13, 40, "-0500"),
         "Ricardo,\n\n"
         "Following up on our QBR in Tijuana. Attached is our 2025 forecast for the MR-MSK-030 nasal "
         "mask frame, 48,000 units in total.\n\n"
         "I know our forecasts have been all over the place this year, so let me be clear: the 48,000 "
         "for 2025 is a firm commitment from Meridia. Please treat it as our order and plan the second "
         "tool and the press capacity accordingly. Purchasing will send the POs quarterly.\n\n"
         "Let's review progress on the second tool at the December call.\n\n"
         "Rachel\n"
         + sig("Rachel Lindqvist", "VP Operations", "Meridia Respiratory Inc.", "+1 763 555 0100"),
         attachments=[("Forecast_2025_MR-MSK-030.html", _p35_fc, "text/html")]))])

# p36: HTML buyer portal: 'released' used for the PO approval workflow and for production; supply-plan
# tab calls a forecast a firm purchase commitment.
case("p36_pellucid_portal_released_twice", ["RG008", "RG009"],
     "Portal shows PO status 'RELEASED (approval workflow complete)' beside lines 'released for "
     "production'; supply plan labels the Q1 2025 forecast a firm purchase commitment",
     [("Pellucid_Portal_PO_PD-24-1201.html", html_page(
         "Pellucid Supplier Portal - PO PD-24-1201",
         "<h2>Pellucid Diagnostics &ndash; Supplier Portal</h2>\n"
         "<p>Supplier: <b>Shenzhen Anbo Medical Device Co., Ltd.</b> &nbsp;|&nbsp; Item PDX-CRT-210 "
         "Rev B, cartridge body</p>\n"
         "<h3>Purchase order PD-24-1201</h3>\n"
         "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
         "<tr><td>PO status</td><td>RELEASED (approval workflow complete 12 Aug 2024, Finance + "
         "Purchasing)</td></tr>\n"
         "<tr><td>Buyer</td><td>Marisol Vega</td></tr></table>\n"
         "<table>\n<tr><th>Line</th><th>Description</th><th>Qty</th><th>Status</th></tr>\n"
         "<tr><td>1</td><td>PV lot</td><td>200</td><td>released for production</td></tr>\n"
         "<tr><td>2</td><td>Balance of quote SZA-Q-0702</td><td>1,800</td><td>not released &ndash; "
         "requires PV sign-off and a written release by Carlos Medina, Director Supply Chain</td></tr>\n"
         "</table>\n"
         "<h3>Supply plan</h3>\n"
         "<table>\n<tr><th>Period</th><th>Quantity</th><th>Type</th></tr>\n"
         "<tr><td>Q1 2025</td><td>6,000</td><td>forecast &ndash; firm purchase commitment</td></tr>\n"
         "<tr><td>Q2 2025</td><td>8,000</td><td>forecast</td></tr>\n"
         "</table>\n"
         "<p style=\"color:#666\">Pellucid Diagnostics, Inc. &middot; portal build 2024.08.1</p>"))])

# p37: supplier ERP sales order printout created from the customer's forecast, typed as a firm order.
case("p37_gdl_medpack_so_from_forecast", ["RG008"],
     "Supplier ERP sales order created from the customer's Q4 forecast and typed 'pedido firme / "
     "firm order' for 9,000 pouches",
     [("GMP_SalesOrder_SO-24-8812.txt",
       "GUADALAJARA MEDPACK S.A. DE C.V.        SAP BUSINESS ONE     ORDEN DE VENTA / SALES ORDER\n"
       "Periferico Sur 7980, Tlaquepaque, Jal.  Impreso: 02/09/2024 08:14   Usuario: mrobles\n"
       "==========================================================================================\n"
       "No. OV / SO no.      : SO-24-8812\n"
       "Cliente / Customer   : C-0417 TESSALINE AG, ZUG (CH)\n"
       "Ref. cliente         : PRONOSTICO / FORECAST FC-TS9-Q4-2024 (rec. 29/08/2024)\n"
       "Tipo / Type          : PEDIDO FIRME / FIRM ORDER\n"
       "Origen / Origin      : Convertido de pronostico del cliente / converted from customer forecast\n"
       "------------------------------------------------------------------------------------------\n"
       "Lin Articulo        Descripcion                          Cant.    UM  Fecha entrega\n"
       "1   TS-9-POU rev 2  Bolsa barrera esteril 120x260 mm     3,000    PZ  04/10/2024\n"
       "2   TS-9-POU rev 2  Bolsa barrera esteril 120x260 mm     3,000    PZ  01/11/2024\n"
       "3   TS-9-POU rev 2  Bolsa barrera esteril 120x260 mm     3,000    PZ  29/11/2024\n"
       "------------------------------------------------------------------------------------------\n"
       "Total                                                    9,000    PZ\n"
       "Notas: Programar en linea de sellado S-04 segun fechas / schedule on sealer S-04.\n"
       "==========================================================================================\n")])

# p38: Teams chat (Irish buyer): 300 released for the clinical build, later 'the 250 for clinical';
# next year's 12k forecast called 'as good as a PO'.
case("p38_atlantic_chat_300_vs_250_forecast", ["RG008", "RG011"],
     "Chat: buyer releases 300 for the clinical build, later writes 'as agreed, the 250 for "
     "clinical'; also calls next year's 12k forecast as good as a PO",
     [("Teams_Atlantic_Heredia_AE-SHA-070.txt",
       "Microsoft Teams - chat export\n"
       "Chat: AE-SHA-070 shaft | Atlantic Endovascular <> Heredia Catheter Components\n"
       "Participants: Eoin Walsh, Gráinne O'Sullivan (Atlantic Endovascular); Esteban Solís "
       "(Heredia Catheter Components)\n"
       "------------------------------------------------------------------------\n"
       "[12/11/2024 09:14] Eoin Walsh: Morning Esteban. FAI is signed off, well done to the team.\n"
       "[12/11/2024 09:15] Eoin Walsh: I'm releasing 300 shafts for the clinical build, PO "
       "AE-24-0455 rev 1 is on its way. The rest of the 2,000 stays on hold until our clinical data "
       "review, and then I'll release it in writing.\n"
       "[12/11/2024 09:40] Esteban Solís: Gracias Eoin! We plan the 300 for week 48.\n"
       "[12/11/2024 09:42] Esteban Solís: And for 2025, can you share a forecast? Braid wire lead "
       "time is 10 weeks now.\n"
       "[12/11/2024 10:05] Eoin Walsh: 12k for next year. Honestly that 12k is as good as a PO, you "
       "can bank on it.\n"
       "[19/11/2024 16:20] Esteban Solís: Eoin, liner for the clinical build arrived, we start "
       "Monday.\n"
       "[19/11/2024 16:31] Eoin Walsh: Brilliant. As agreed, the 250 for clinical, boxed in 25s "
       "please, DHR per box.\n"
       "[19/11/2024 16:33] Gráinne O'Sullivan: + tensile data for the first and last box 🙏\n")])

# p40: DOCX buyer build plan: 'released' for a drawing revision and for production; PV 3 x 100 in the
# table but 250 in the summary.
case("p40_neurotide_build_plan_released_drawing", ["RG009", "RG011"],
     "Build plan says the drawing rev C 'is released' and the PV lots are 'released for production' "
     "(one word, two meanings); table gives 3 x 100 = 300, summary says 250 released",
     [("NT-200_PV_build_plan.docx", docx_bytes([
         ("h1", "NT-200 controller housing - PV build plan"),
         ("p", "NeuroTide Ltd., Yokneam Illit, Israel, for Penang MedTech Moulding Sdn. Bhd. "
               "Prepared by Yael Shapira, VP Supply Chain, 9 September 2024."),
         ("h", "1. Design status"),
         ("p", "Drawing NT-200-HSG-01 rev C is released. Changes from rev B: snap rib +0.1 mm, gate "
               "moved to the inside face. Rev B parts must not be shipped."),
         ("h", "2. PV lots"),
         ("table", [
             ["Lot", "Quantity (sets)", "Status", "Ship by"],
             ["PV-1", "100", "released for production", "4 Oct 2024"],
             ["PV-2", "100", "released for production", "11 Oct 2024"],
             ["PV-3", "100", "released for production", "18 Oct 2024"],
         ]),
         ("h", "3. Summary"),
         ("p", "Total PV quantity released: 250 sets (PO NT-2291 rev 2)."),
         ("p", "The commercial quantity (5,000 sets per year in quote PMM-Q24-0331) is not released. "
               "It will be released only after PQ sign-off and then by a written release from Yael "
               "Shapira."),
         ("h", "4. Material"),
         ("p", "Buy Cycoloy HC1204HF for the PV lots only."),
     ], author="NeuroTide Ltd."))])

# p41: WhatsApp-style chat: 'approval' for QA on samples, procurement on budget, and the start of 100 units.
case("p41_sefira_chat_three_approvals", ["RG009"],
     "Buyer chat uses 'approval' for QA's sample disposition, procurement's budget and her own "
     "production go for 100 units; 900 held until clinical results sign-off, released by her in writing",
     [("Chat_Sefira_Anbo_SK-400.txt",
       "WhatsApp Chat with Michal Ben-Ami (Sefira)\n"
       "\n"
       "[2024-09-30, 14:02] Wang Jun: Hello Michal, any news on the SK-400 trays? Our line is "
       "waiting 🙏\n"
       "[2024-09-30, 14:20] Michal Ben-Ami: Yes! QA approval on the samples - done.\n"
       "[2024-09-30, 14:20] Michal Ben-Ami: Procurement approval on the budget - done.\n"
       "[2024-09-30, 14:21] Michal Ben-Ami: So now you have my approval to start 100 units for the "
       "clinical build.\n"
       "[2024-09-30, 14:22] Michal Ben-Ami: The other 900 are not released until the clinical build "
       "results are signed off. Then I release them in writing, not before.\n"
       "[2024-09-30, 14:23] Michal Ben-Ami: PETG for the 100 only please\n"
       "[2024-09-30, 14:40] Wang Jun: Understood, 100 units only. Thank you Michal!\n"
       "[2024-09-30, 14:41] Michal Ben-Ami: 👍 Michal Ben-Ami, VP Operations, Sefira Medical\n")])

# p42: Irish buyer asks to build 'the PV lot' without a quantity; commercial held with event and person.
case("p42_lumaris_build_the_pv_lot", ["RG010"],
     "Buyer asks the supplier to build 'the PV lot' and ship by week 24 without stating how many; "
     "commercial quantity held until PQ sign-off and his written release",
     [("PV_lot_LV-DIL-0410.eml", eml(
         "Declan Murphy <declan.murphy@lumarisvascular.ie>",
         "Gráinne Flynn <grainne.flynn@westbaypolymer.ie>",
         "LV-DIL-0410 dilator - PV lot",
         edate(2024, 5, 13, 9, 12, "+0100"),
         "Hi Gráinne,\n\n"
         "Hope the weekend was good. The DV report for the LV-DIL-0410 dilator is signed off, so we're "
         "moving on.\n\n"
         "Please build the PV lot for us and ship to Galway by week 24. Same process as the DV units, "
         "validated tipping parameters from OQ report WPS-OQ-0410, DHR and tip profile data with the "
         "lot. PO LV-30590 to follow from Ciara today.\n\n"
         "The commercial quantity stays on hold until PQ sign-off and a written release from me. No "
         "material for it yet, please.\n\n"
         "Thanks a million,\nDeclan\n"
         + sig("Declan Murphy", "Operations Director", "Lumaris Vascular Ltd", "+353 91 555 200"),
         html="<p>Hi Gr&aacute;inne,</p><p>Hope the weekend was good. The DV report for the LV-DIL-0410 "
              "dilator is signed off, so we're moving on.</p><p>Please build the PV lot for us and ship "
              "to Galway by week 24. Same process as the DV units, validated tipping parameters from OQ "
              "report WPS-OQ-0410, DHR and tip profile data with the lot. PO LV-30590 to follow from "
              "Ciara today.</p><p>The commercial quantity stays on hold until PQ sign-off and a written "
              "release from me. No material for it yet, please.</p><p>Thanks a million,<br>Declan</p>"))])

# p43: chat: 'start the clinical build', never a quantity; supplier asks 'so we go?' -> 'go for it'.
case("p43_neurotide_chat_go_for_it", ["RG002", "RG010"],
     "Chat authorizes 'the clinical build' with no quantity anywhere and answers 'so we go?' with "
     "'go for it'; the rest is held until 30-day follow-up sign-off and the COO's written release",
     [("Chat_NeuroTide_Cartago_NT-KIT-12.txt",
       "WhatsApp Chat with Fabiola Quesada (Cartago Kitting)\n"
       "\n"
       "[8/5/24, 07:45:10] Gal Mizrahi: Buenos días Fabiola. Please start the clinical build of the "
       "NT-KIT-12 kit for Dr. Cohen's study at Rambam this week, ship to our Haifa site.\n"
       "[8/5/24, 07:46:02] Gal Mizrahi: Everything beyond the clinical build stays on hold until our "
       "clinical team signs off the 30-day follow-up data. Then I release it in writing.\n"
       "[8/5/24, 08:30:44] Fabiola Quesada: Buenos días Gal! Kits components are in house, EO slot "
       "booked for the 14th.\n"
       "[8/5/24, 08:31:09] Fabiola Quesada: so we go?\n"
       "[8/5/24, 08:35:51] Gal Mizrahi: go for it 🚀\n"
       "[8/5/24, 08:36:20] Fabiola Quesada: 👍 starting today\n"
       "[8/5/24, 08:36:42] Gal Mizrahi: Gal Mizrahi, COO, NeuroTide\n")])

# p44: DOCX release letter: releases 'the first production tranche' without a quantity.
case("p44_kestrel_first_tranche_letter", ["RG010"],
     "Release letter releases 'the first production tranche' but never says how many; further "
     "tranches held until lot acceptance and written release by the named MD",
     [("Kestrel_Produktionsfreigabe_KE-BOD-0230.docx", docx_bytes([
         ("h1", "Produktionsfreigabe / Production release"),
         ("p", "Kestrel Endoscopy GmbH, Am Wetterkreuz 21, 91058 Erlangen, Germany"),
         ("p", "An / To: Dongguan Ruitai Precision Medical Co., Ltd., Songshan Lake, Dongguan, China. "
               "Attn. Mr. Chen Rui."),
         ("p", "Datum / Date: 30.09.2024. Bestellung / PO: 4510-3640. Angebot / offer: RT-24-0231."),
         ("p", "Artikel / item: KE-BOD-0230 Rev C, handle body, PC/ABS, colour RAL 9003."),
         ("p", "The first article report (EMPB) for KE-BOD-0230 Rev C was signed off by our quality "
               "department on 26.09.2024."),
         ("p", "With this letter we release the first production tranche of KE-BOD-0230 Rev C under "
               "PO 4510-3640. Please deliver it by KW 45 to Erlangen, with CoC, material certificate "
               "and the 5-piece dimensional report."),
         ("p", "Further tranches are not released. Each further tranche needs a written release by "
               "Dr. Jonas Keller, Managing Director, after lot acceptance of the preceding tranche at "
               "our incoming inspection."),
         ("p", "Material: only for the first tranche."),
         ("p", "Mit freundlichen Grüßen / kind regards"),
         ("p", "Dr. Jonas Keller, Geschäftsführer / Managing Director"),
     ], author="Kestrel Endoscopy"))])

_p45_po = pdf([
         ("h1", "Purchase Order AE-24-0402"),
         ("p", "Atlantic Endovascular DAC | Model Farm Road | Cork T12 X8F2 | Ireland"),
         ("p", "Supplier: Shenzhen Anbo Medical Device Co., Ltd., Bao'an District, Shenzhen, China. "
               "Date: 21 October 2024. Currency: EUR. Terms: 60 days. FCA Shenzhen."),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
             ["1", "AE-CAP-0220 rev A", "End cap, PC, haemostasis valve, PV lot", "PV", "50",
              "€ 3.40", "€ 170.00"],
         ]),
         ("sp",),
         ("p", "This PO releases fifty (50) end caps for the PV lot. The balance of quote ANB-Q-0920 "
               "(5,000 pcs) is not released and stays on hold until PV sign-off by our Quality and a "
               "written release from Eoin Walsh, Head of Operations. Material authority: 50 pcs."),
     ], title="PO AE-24-0402", author="Atlantic Endovascular")
# p45: two-file bundle: PO PDF releases 50 end caps with a full scope note; buyer planner's e-mail says
# 'as per the attached PO please run 500'.
case("p45_atlantic_po50_mail500", ["RG011"],
     "PO releases fifty (50) PV end caps with hold, unlock and named releaser; the planner's cover "
     "e-mail asks to 'run 500' as per the attached PO",
     [("PO_AE-24-0402.pdf", _p45_po),
      ("PO_AE-24-0402_cover.eml", eml(
          "Conor Byrne <conor.byrne@atlanticendo.ie>",
          "Wang Jun <wangjun@anbo-meddevice.cn>",
          "PO AE-24-0402 - AE-CAP-0220 end caps",
          edate(2024, 10, 21, 15, 2, "+0100"),
          "Hi Wang Jun,\n\n"
          "As per the attached PO AE-24-0402, please run 500 pcs of the AE-CAP-0220 end cap, delivery "
          "week 47 to Cork. Please send the CoC and the dimensional report before shipping.\n\n"
          "Thanks,\nConor\n\n"
          "Conor Byrne | Production Planner | Atlantic Endovascular DAC | +353 21 555 0930\n",
          attachments=[("PO_AE-24-0402.pdf", _p45_po, PDF_MT)]))])

# p46: full-quantity PDF PO: header total 120, line table 100; terms make acknowledgement the
# authorization to manufacture.
case("p46_halcyon_po_120_vs_100_ack_terms", ["RG011", "RG012"],
     "Full-quantity PO: header says 120 pcs, the line says 100; terms say the supplier's "
     "acknowledgement of the PO constitutes authorization to manufacture",
     [("Halcyon_PO_HN-0007.pdf", pdf([
         ("h1", "PURCHASE ORDER HN-0007"),
         ("p", "Halcyon Neuro Inc. | 1 Broadway, 14th floor | Cambridge, MA 02142 | USA"),
         ("table", [
             ["PO date", "Vendor", "Total quantity", "Total value"],
             ["2 Oct 2024", "Precisión Médica del Valle S.A. (Coyol, Costa Rica)", "120 pcs",
              "USD 2,760.00"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
             ["1", "HN-INT-014 rev B", "Introducer sheath hub, PC, translucent blue", "100", "23.00",
              "2,300.00"],
         ]),
         ("sp",),
         ("p", "This PO covers our complete requirement for the animal study and the first-in-human "
               "build. There is no balance and no follow-on order."),
         ("h", "Terms"),
         ("p", "1. Supplier's acknowledgement of this Purchase Order constitutes authorization to "
               "manufacture the quantities stated. 2. Net 30 from receipt of goods. 3. Certificate of "
               "conformance and lot traceability required. 4. Supplier maintains ISO 13485:2016 "
               "certification."),
         ("p", "Authorized by: Ben Adeyemi, CEO"),
     ], pagesize=LETTER, title="PO HN-0007", author="Halcyon Neuro"))])

# p49: two-file bundle: German call-off PDF releases 2.500 Stück; English cover e-mail says 2,000.
case("p49_halvex_abruf_2500_vs_mail_2000", ["RG011"],
     "Call-off PDF releases 2.500 Stück (German format), cover e-mail says 2,000 units released; "
     "balance held until call-off 4 signed by named buyer after incoming inspection",
     [("Abruf_03_HX-TRY-0188.pdf", pdf([
         ("h1", "Lieferabruf Nr. 3 / Call-off no. 3"),
         ("p", "Halvex Orthopaedics GmbH | Take-Weg 14 | 78532 Tuttlingen"),
         ("p", "Lieferant: Tecnoplast Médica de Tijuana S. de R.L. de C.V., Tijuana, B.C., Mexico. "
               "Rahmenbestellung 5500-0388. Datum 02.09.2024."),
         ("table", [
             ["Pos.", "Material", "Bezeichnung", "Menge", "Liefertermin", "Status"],
             ["10", "HX-TRY-0188 Idx 03", "Sterilisiersieb-Einlage PPSU", "2.500 Stück", "KW 40",
              "zur Fertigung freigegeben"],
         ]),
         ("sp",),
         ("p", "Mit diesem Abruf werden 2.500 Stück zur Fertigung freigegeben. Restmenge der "
               "Rahmenbestellung bleibt gesperrt bis Abruf Nr. 4, unterschrieben von Katrin Huber "
               "nach bestandener Wareneingangsprüfung von Abruf Nr. 3. / This call-off releases 2.500 "
               "pieces for production. The balance of the blanket order remains blocked until "
               "call-off no. 4, signed by Katrin Huber after call-off no. 3 has passed incoming "
               "inspection."),
         ("p", "Material nur für diesen Abruf. / Material for this call-off only."),
         ("p", "Katrin Huber, Leiterin Einkauf"),
     ], title="Abruf 3", author="Halvex Orthopaedics")),
      ("Abruf_03_cover_mail.eml", eml(
          "Katrin Huber <k.huber@halvex-ortho.de>",
          "Ricardo Salgado <rsalgado@tecnoplast-tij.mx>",
          "Call-off 3 HX-TRY-0188",
          edate(2024, 9, 2, 10, 30, "+0200"),
          "Dear Ricardo,\n\n"
          "attached you find call-off no. 3 for HX-TRY-0188: 2,000 units released for production, "
          "delivery week 40 to Tuttlingen. The rest of the blanket order stays blocked until call-off "
          "no. 4.\n\n"
          "Please confirm the delivery date by Wednesday.\n\n"
          "Best regards\nKatrin Huber\nHead of Purchasing, Halvex Orthopaedics GmbH\n"))])

# p51: Chinese supplier: per its T&C the deposit releases production; schedules 5,000 pcs.
case("p51_anbo_deposit_releases_production", ["RG012"],
     "Supplier says receipt of the deposit releases production per its T&C clause 7 and has "
     "scheduled the 5,000 pcs",
     [("PO_LV-30702_LV-HUB-0118.eml", eml(
         "Wang Jun <wangjun@anbo-meddevice.cn>",
         "Ciara Nolan <ciara.nolan@lumarisvascular.ie>",
         "Deposit received - PO LV-30702 LV-HUB-0118",
         edate(2024, 11, 18, 17, 10, "+0800"),
         "Dear Ciara,\n\n"
         "We received your deposit for PO LV-30702 (EUR 3,850.00) today, thank you very much.\n\n"
         "As per clause 7 of our terms and conditions, receipt of the deposit releases production, so "
         "the 5,000 pcs LV-HUB-0118 hub are now scheduled in week 14 on our 4-cavity mould.\n\n"
         "Please confirm the shipping mark and if you need the DHR in English only.\n\n"
         "Best regards\n"
         + sig("Wang Jun", "Account Manager", "Shenzhen Anbo Medical Device Co., Ltd.",
               "+86 755 2760 4418"),
         html="<p>Dear Ciara,</p><p>We received your deposit for PO LV-30702 (EUR 3,850.00) today, "
              "thank you very much.</p><p>As per clause 7 of our terms and conditions, receipt of the "
              "deposit releases production, so the 5,000 pcs LV-HUB-0118 hub are now scheduled in week "
              "14 on our 4-cavity mould.</p><p>Please confirm the "
              "shipping mark and if you need the DHR in English only.</p><p>Best regards<br>Wang Jun<br>"
              "Account Manager, Shenzhen Anbo Medical Device Co., Ltd.</p>"))])

# p53: HTML buyer portal message: 'approved' for budget and PO (commercial) and for starting the pilot.
case("p53_tessaline_portal_approved_to_start", ["RG009"],
     "Portal message: budget approved and PO approved in SAP (commercial), 'so you are approved to "
     "start' the 200-unit pilot (production); 1,800 held until PQ sign-off and his written release",
     [("Tessaline_Portal_Message_TA-24-0190.html", html_page(
         "Tessaline Supplier Portal - Message",
         "<h2>Tessaline AG &ndash; Supplier Portal &ndash; Messages</h2>\n"
         "<table>\n<tr><th>From</th><td>Lukas Frei, Category Buyer, Tessaline AG</td></tr>\n"
         "<tr><th>To</th><td>Shannon Medical Moulding Ltd. &ndash; Niamh Walsh</td></tr>\n"
         "<tr><th>Date</th><td>16.09.2024 11:02</td></tr>\n"
         "<tr><th>Subject</th><td>TS-9-CLP clip &ndash; PO TA-24-0190</td></tr>\n</table>\n"
         "<p>Dear Niamh,</p>\n"
         "<p>The budget for the TS-9-CLP clip is approved and PO TA-24-0190 is approved in SAP, so you "
         "are approved to start the pilot run of 200 units.</p>\n"
         "<p>The remaining 1,800 units of your quote stay on hold until the PQ report is signed off, and "
         "then only with a written release from me.</p>\n"
         "<table>\n<tr><th>Item</th><th>Pilot run</th><th>On hold</th><th>Ship by</th></tr>\n"
         "<tr><td>TS-9-CLP rev 1</td><td>200</td><td>1,800</td><td>25.10.2024</td></tr>\n</table>\n"
         "<p>Kind regards<br>Lukas Frei</p>\n"
         "<p style=\"color:#666\">Tessaline AG &middot; Baarerstrasse 112 &middot; 6300 Zug</p>"))])

# ==== END OF CASES ====

if __name__ == "__main__":
    build()
