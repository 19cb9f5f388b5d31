#!/usr/bin/env python3
"""Generator for the releasegate check_holdout200 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout200/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h200-{_MSGN[0]:04d}@{dom}>"
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
        # only real multiparts get a boundary (not a forwarded message/rfc822 wrapper)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h200")
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




# ------------------------------------------------------------ extra helpers
def q(text, level=1):
    """Quote a block of text for a reply, '>' per level."""
    pre = ">" * level
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{pre} {line}".rstrip() if line.strip() else pre)
    return "\n".join(out)


def text_to_html(text):
    """Plain mail text -> simple HTML; quoted lines become nested blockquotes."""
    out, buf, depth = [], [], 0

    def flush():
        if buf:
            out.append("<p>" + "<br>\n".join(escape(x) for x in buf) + "</p>")
            buf.clear()

    for line in text.split("\n"):
        d = 0
        rest = line
        while rest.startswith(">"):
            d += 1
            rest = rest[1:].lstrip(" ") if rest[1:2] in (" ", ">", "") else rest[1:]
        if d != depth:
            flush()
            while depth < d:
                out.append('<blockquote style="border-left:2px solid #999;margin-left:6px;padding-left:8px">')
                depth += 1
            while depth > d:
                out.append("</blockquote>")
                depth -= 1
        if not rest.strip():
            flush()
        else:
            buf.append(rest)
    flush()
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def E(m):
    return eml_bytes(m)


# ------------------------------------------------------------ parties (all fictional)
# buyers
PL = "Piscinas Levante S.L."
PL_JAVIER = "Javier Ortuño <j.ortuno@piscinaslevante.es>"
PL_MARTA = "Marta Ibáñez <m.ibanez@piscinaslevante.es>"
PL_ALBERTO = "Alberto Sempere <a.sempere@piscinaslevante.es>"
CC = "Coral Coast Pool Supplies Pty Ltd"
CC_SHANE = "Shane Mitchell <shane.mitchell@coralcoastpools.com.au>"
CC_KYLIE = "Kylie Brennan <kylie.brennan@coralcoastpools.com.au>"
CC_DARREN = "Darren Pascoe <darren.pascoe@coralcoastpools.com.au>"
PK = "Palmetto Key Resorts LLC"
PK_TRICIA = "Tricia Delgado <tdelgado@palmettokeyresorts.com>"
PK_BRENT = "Brent Hollis <bhollis@palmettokeyresorts.com>"
PK_DANA = "Dana Whitcomb <dwhitcomb@palmettokeyresorts.com>"
AC = "Aegean Crest Hotels S.A."
AC_NIKOS = "Nikos Papadakis <n.papadakis@aegeancrest.gr>"
AC_ELENI = "Eleni Vlachou <e.vlachou@aegeancrest.gr>"
AC_STAVROS = "Stavros Kyriakidis <s.kyriakidis@aegeancrest.gr>"
# suppliers
MA = "Moldes Atlântico, Lda."
MA_RUI = "Rui Figueiredo <rui.figueiredo@moldesatlantico.pt>"
MA_ANA = "Ana Sofia Marques <anasofia.marques@moldesatlantico.pt>"
IB = "Idrotecnica Berici S.r.l."
IB_MATTEO = "Matteo Zanella <m.zanella@idrotecnicaberici.it>"
IB_CHIARA = "Chiara Bortolan <qualita@idrotecnicaberici.it>"
FL = "Foshan Lanbo Pool Equipment Co., Ltd."
FL_KEVIN = "Kevin Huang <kevin.huang@lanbopool.cn>"
PP = "Penang Polymer Works Sdn. Bhd."
PP_FARIDAH = "Faridah Osman <faridah@penangpolymer.com.my>"
PP_RAVI = "Ravi Subramaniam <ravi.s@penangpolymer.com.my>"
GF = "Galil Flow Technologies Ltd."
GF_YOSSI = "Yossi Ben-Ami <yossi@galilflow.co.il>"
GF_NOA = "Noa Peretz <noa.peretz@galilflow.co.il>"

SIG_JAVIER = sig("Javier Ortuño", "Departamento de Compras / Purchasing", PL + ", Elche (Alicante)", "+34 965 41 22 10")
SIG_SHANE = sig("Shane Mitchell", "Category Buyer - Pool Equipment", CC + ", Burleigh Heads QLD", "+61 7 5500 1234")
SIG_DARREN = sig("Darren Pascoe", "Head of Supply", CC + ", Burleigh Heads QLD", "+61 7 5500 1201")
SIG_TRICIA = sig("Tricia Delgado", "Procurement Manager", PK + ", Naples, FL", "+1 239 555 0142")
SIG_DANA = sig("Dana Whitcomb", "VP Construction", PK + ", Naples, FL", "+1 239 555 0101")
SIG_NIKOS = sig("Nikos Papadakis", "Procurement Manager", AC + ", Marousi - Athens", "+30 210 555 4410")
SIG_ELENI = sig("Eleni Vlachou", "Technical Manager MEP", AC + ", Marousi - Athens", "+30 210 555 4432")
SIG_RUI = sig("Rui Figueiredo", "Comercial", MA + ", Marinha Grande", "+351 244 555 310")
SIG_ANA = sig("Ana Sofia Marques", "Planeamento e Produção", MA + ", Marinha Grande", "+351 244 555 322")
SIG_MATTEO = sig("Matteo Zanella", "Ufficio Commerciale / Sales", IB + ", Arzignano (VI)", "+39 0444 555 871")
SIG_KEVIN = sig("Kevin Huang", "Sales Manager", FL + ", Nanhai, Foshan, Guangdong", "+86 757 5555 2088")
SIG_FARIDAH = sig("Faridah Osman", "Customer Service Executive", PP + ", Bayan Lepas, Penang", "+60 4 555 7120")
SIG_RAVI = sig("Ravi Subramaniam", "Operations Manager", PP + ", Bayan Lepas, Penang", "+60 4 555 7101")
SIG_YOSSI = sig("Yossi Ben-Ami", "VP Sales", GF + ", Karmiel", "+972 4 555 6610")
SIG_NOA = sig("Noa Peretz", "Operations Manager", GF + ", Karmiel", "+972 4 555 6625")


# =================================================================== CLEAN
# c01: supplier quote with sample and production tiers, no order in the bundle
case("c01", [], "supplier quote with sample and two production tiers; no authorization in the bundle, quote says it is not an order", [
    ("MA-Q-24-077.pdf", pdf([
        ("h1", "MOLDES ATLÂNTICO, LDA."),
        ("p", "Zona Industrial da Marinha Grande, Rua C, Lote 14 - 2430-000 Marinha Grande - Portugal"),
        ("h", "Proposta / Quotation MA-Q-24-077"),
        ("p", "Cliente / Customer: Piscinas Levante S.L., Elche - att. Sr. Javier Ortuño (Compras). "
              "Data / Date: 26/02/2024. Validade / Validity: 60 dias."),
        ("p", "Peça / Part: tampa de skimmer / skimmer lid SKL-250 Rev C, ASA UV-stabilised, white RAL 9010, "
              "drawing PL-DRG 4402 Rev 12. Material certificate EN 10204 2.2 with every lot."),
        ("table", [
            ["Fase / Phase", "Quantidade / Qty", "Preço unit. / Unit price", "Total"],
            ["Molde 2 cavidades / 2-cavity mould", "1", "-", "EUR 14.500,00"],
            ["Amostras T1 / T1 samples (from the production mould)", "20 pcs", "EUR 12,00", "EUR 240,00"],
            ["Série / production, tier A", "2.000 pcs", "EUR 3,85", "EUR 7.700,00"],
            ["Série / production, tier B", "5.000 pcs", "EUR 3,40", "EUR 17.000,00"],
        ]),
        ("sp",),
        ("p", "Prazo / lead time: mould 6 semanas; amostras 1 semana após T1; série 3 semanas após a vossa "
              "encomenda escrita de produção / series 3 weeks after your written production order."),
        ("p", "Notas: preços EXW Marinha Grande (Incoterms 2020). As quantidades de série servem só para o preço. "
              "Esta proposta não é uma encomenda e não obriga nenhuma das partes. / Series quantities are for "
              "pricing only. This quotation is not an order. UV test ISO 4892-2, 1.000 h, included with the samples."),
        ("p", "Com os melhores cumprimentos / Best regards - Rui Figueiredo, Comercial - +351 244 555 310"),
    ], title="Proposta MA-Q-24-077", author="Moldes Atlantico")),
])

# c02: buyer RFQ with three quantity scenarios, multipart/alternative
_t = """Hi Yossi,

Hope all is well up in Karmiel. We're pricing the spa package for the Naples Bay resort (Phase 1 and 2) and I'd like a quote on your SJ-2000 jet (1-1/2" NPT, 316 face ring, our drawing PKR-SK-2000 Rev 4).

Please quote three scenarios:
  A) 40 samples only (fit check in the mock-up spa)
  B) 40 samples + 1,200 production
  C) 40 samples + 3,600 production (if Phase 2 and the Key West property come in)

Plus tooling, lead time for each, and whether you'd hold pricing for 12 months.

Just so nobody's confused: this is a request for quotation only. There is no PO yet and nothing should be built or bought on the strength of this email. If and when we place an order, the PO will spell out the scope.

Quotes by April 19 if you can swing it.

Thanks!
Tricia
""" + SIG_TRICIA
case("c02", [], "RFQ with three quantity scenarios, says explicitly it is not an order", [
    ("RFQ_PKR-RFQ-0419.eml", E(mail(PK_TRICIA, GF_YOSSI, "RFQ PKR-RFQ-0419 - SJ-2000 spa jets, Naples Bay resort",
        "Tue, 02 Apr 2024 14:12:00 -0400", _t, html=text_to_html(_t), cc=PK_BRENT))),
])

# c03: WeChat group; supplier asks for go-ahead on the balance, buyer says not yet; scope complete
case("c03", [], "supplier's go-ahead question is not an approval; buyer scope (50 samples, hold, sign-off, Darren's written release) complete", [
    ("WeChat_Lanbo_CoralCoast_PH1500.txt", """WeChat chat history
Group: Lanbo x Coral Coast PH-1500
Exported: 2024-04-18 16:02 (UTC+8)
----------------------------------------------------------------

2024-03-28 07:14  Darren Pascoe:
Morning all. For the record: PO CC-45301 covers 50 sample pump housings PH-1500 only. The other 1,450 on your quote are NOT released. They stay on hold until Kylie signs off the samples and I send a written release. Material for the sample qty only please.

2024-03-28 07:20  Kevin Huang (Lanbo):
Received Darren, clear. 50pcs samples only, balance hold.

2024-04-16 12:03  Kevin Huang (Lanbo):
Shane, Darren, samples passed our pressure test 2.5 bar 30 min, report sent Kylie already. Can we get go-ahead for balance 1,450pcs? Our 650T machine have slot from 6 May.

2024-04-16 12:05  Kevin Huang (Lanbo):
[File] PH-1500_pressure_test_0416.pdf

2024-04-16 13:40  Shane Mitchell:
Not yet mate. Kylie's still got the samples on the bench, thermal cycling runs till next Fri. Balance stays on hold, and no resin for it either.

2024-04-16 13:42  Kevin Huang (Lanbo):
OK understand. We keep the slot but not start 👌

2024-04-17 06:11  Kylie Brennan:
Kevin, one q on the drain boss - can you send the cavity 2 CMM data as well?

2024-04-17 08:30  Kevin Huang (Lanbo):
Sure, will send today.
"""),
])

# c04: clearly labelled ERP forecast
case("c04", [], "ERP demand forecast, labelled not a PO / not a release / no material authorised", [
    ("CC_forecast_LNR-300_20240506.txt", """CORAL COAST POOL SUPPLIES PTY LTD                         ABN 00 000 000 000
SUPPLIER DEMAND FORECAST                                  RUN 06/05/2024 06:00
*** FORECAST ONLY - NOT A PURCHASE ORDER - NOT A RELEASE ***
================================================================================
SUPPLIER : 40117  PENANG POLYMER WORKS SDN BHD, BAYAN LEPAS
ITEM     : LNR-300-12V   LED NICHE RING 300MM ASA WHITE   DRG CC-2210 REV 3
           IEC 60598-2-18 / IPX8
--------------------------------------------------------------------------------
PERIOD        FCST QTY   BASIS
2024-Q3          1,200   FORECAST
2024-Q4          1,800   FORECAST
2025-Q1          2,400   FORECAST
2025-Q2          2,100   FORECAST
--------------------------------------------------------------------------------
TOTAL 12M        7,500
================================================================================
NOTES
1. THIS FORECAST IS FOR CAPACITY PLANNING ONLY. IT IS NOT A COMMITMENT TO BUY.
2. NO MATERIAL OR PRODUCTION IS AUTHORISED BY THIS FORECAST. QUANTITIES ARE
   AUTHORISED ONLY BY A PO LINE PLUS A WRITTEN RELEASE FROM CORAL COAST.
3. OPEN PO LINES FOR THIS ITEM AT RUN DATE: NONE.
CONTACT: SHANE MITCHELL, CATEGORY BUYER   +61 7 5500 1234
*** END OF REPORT ***
"""),
])

# c05: DOCX sample sign-off, fit check only, production not released
case("c05", [], "sample disposition approved for fit check only; 380 balance on hold until full sign-off and Kyriakidis's written release", [
    ("SSR-AC-24-031.docx", docx_bytes([
        ("h1", "Aegean Crest Hotels S.A. - Technical Department"),
        ("h", "SAMPLE SIGN-OFF RECORD  SSR-AC-24-031"),
        ("p", "Part: ladder handrail HR-316-1200, AISI 316 electropolished, drawing AC-MEP-3120 Rev 07, EN 13451-2."),
        ("p", "Supplier: Idrotecnica Berici S.r.l., Arzignano (VI). PO: AC-PO-2291 (16 samples; production balance 380 pcs)."),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Dimensions (12 points)", "per drawing", "OK"],
            ["Weld finish", "Ra <= 0,8 um", "OK after re-polish"],
            ["Salt spray ISO 9227 NSS", "1.000 h", "running, result 24/06"],
            ["Fit on Rhodes / Kos ladder anchors", "2 of 2 pools", "OK"],
        ]),
        ("sp",),
        ("h", "Disposition: APPROVED FOR FIT CHECK ONLY"),
        ("p", "This disposition covers the 16 samples and their use for the fit check in the Rhodes and Kos pools. "
              "It is not a production release. The production balance of 380 handrails remains on hold: it may not "
              "be started, and no material may be bought for it, until (1) the salt-spray result is in and the full "
              "sample sign-off is recorded by Eleni Vlachou, and (2) Stavros Kyriakidis, Group Technical Director, "
              "issues the written production release."),
        ("p", "Signed: Eleni Vlachou, Technical Manager MEP - 03/06/2024"),
    ], author="Eleni Vlachou")),
])

# c06: HTML buyer portal, full-quantity PO "proceed with the full 300"
case("c06", [], "full and final quantity PO (300 lids, no samples, no balance); 'proceed with the full 300 pcs' is scoped", [
    ("PKR-7702.html", html_page("Palmetto Key Resorts - Supplier Portal - PO PKR-7702", """
<h2>Palmetto Key Resorts &mdash; Supplier Portal</h2>
<p><b>Purchase Order PKR-7702</b> &middot; Rev 0 &middot; issued 04/01/2024 &middot; Buyer: Tricia Delgado</p>
<p>Supplier: Penang Polymer Works Sdn. Bhd. (vendor 40233) &middot; Status: <b>Open &ndash; acknowledged by supplier 04/02/2024</b></p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Ext.</th></tr>
<tr><td>1</td><td>SKL-250-W</td><td>Skimmer lid, ASA white, per PKR-SK-0250 Rev 2</td><td>300</td><td>EA</td><td>USD 9.80</td><td>USD 2,940.00</td></tr>
</table>
<div class="note"><p>This PO covers the full and final quantity for the Naples Bay pool deck: 300 lids, one lot, no samples and no
further phases. There is no balance. Proceed with the full 300 pcs.</p>
<p>Ship by 05/31/2024, FOB Penang. Packing: 25 per carton, carton label with PO and line.</p></div>
<p>Terms: Net 45. Questions: tdelgado@palmettokeyresorts.com &middot; +1 239 555 0142</p>
""")),
])

# c07: EDI 862 call-off with staged material authority above the released quantity
case("c07", [], "EDI call-off: 500 released, staged material authority to 1,200 at buyer liability, balance only by next call-off signed Pascoe", [
    ("EDI862_CC-CO-0412.txt", """EDI 862 SHIPPING SCHEDULE / CALL-OFF -- HUMAN READABLE PRINT
ISA SENDER: CORALCOAST      RECEIVER: PENANGPOLY       CTRL 000004417
GS  SS  20240513  0612
--------------------------------------------------------------------------
BSS*05*CC-CO-0412*20240513****A
N1*ST*CORAL COAST DC BRENDALE QLD 4500
LIN**BP*LNR-300-12V*PO*CC-45120      LED NICHE RING 300MM
UIT*EA
FST*500*C*D*20240610          FIRM  - RELEASED FOR PRODUCTION
FST*700*D*D*20240715          PLAN  - FORECAST, NOT RELEASED
FST*760*D*D*20240819          PLAN  - FORECAST, NOT RELEASED
ATH*FI**500*20240610          FABRICATION AUTH   CUM 500 EA
ATH*MT**1200*20240715         MATERIAL AUTH      CUM 1,200 EA
--------------------------------------------------------------------------
NTE: MATERIAL AUTHORITY IS STAGED: PENANG POLYMER MAY BUY RESIN AND LED
NTE: BOARDS FOR UP TO 1,200 RINGS AT CORAL COAST LIABILITY. ONLY 500 RINGS
NTE: ARE RELEASED TO BUILD. THE 1,460 BALANCE IS NOT RELEASED; ANY FURTHER
NTE: QUANTITY IS RELEASED ONLY BY THE NEXT CALL-OFF.
NTE: AUTHORISED BY DARREN PASCOE, HEAD OF SUPPLY, CORAL COAST.
CTT*1*1960
SE*14*0001
"""),
])

# c08: signed explicit auto-conversion record
case("c08", [], "explicit recorded auto-conversion naming quantity (1.980), signer and conditions; 20 samples active, material sample-only", [
    ("AC-PL-MA-003.docx", docx_bytes([
        ("h1", "Acuerdo de auto-conversión / Auto-conversion agreement AC-PL-MA-003"),
        ("p", "Pedido / PO: 4500031872 - tapa de skimmer SKL-250 Rev C (plano PL-DRG 4402 Rev 12)."),
        ("p", "Comprador / Buyer: Piscinas Levante S.L., Elche. Proveedor / Supplier: Moldes Atlântico, Lda., Marinha Grande."),
        ("num", "Active quantity today: 20 T1 samples. Nothing more is released by this document today."),
        ("num", "Auto-conversion: when Marta Ibáñez (Ingeniería) records the sample sign-off of SKL-250 Rev C as "
                "approved (not interim), 1.980 pcs are released for production automatically, without a further "
                "document. This auto-conversion is agreed and recorded here before the samples are judged."),
        ("num", "Conditions: sign-off not later than 31/05/2024; no change to drawing PL-DRG 4402 Rev 12; price "
                "EUR 3,85 per quotation MA-Q-24-077. If a condition fails, the 1.980 pcs stay on hold until a "
                "written release from Alberto Sempere."),
        ("num", "An interim sign-off does not trigger this auto-conversion."),
        ("num", "Material authority until the sign-off: sample-only (ASA for the 20 samples)."),
        ("table", [
            ["Nombre / Name", "Función / Role", "Fecha / Date", "Firma / Signature"],
            ["Alberto Sempere", "Director de Operaciones (release authority)", "15/03/2024", "firmado / signed"],
            ["Javier Ortuño", "Compras / Purchasing", "15/03/2024", "firmado / signed"],
            ["Rui Figueiredo", "Moldes Atlântico - Comercial", "18/03/2024", "assinado / signed"],
        ]),
    ], author="Javier Ortuno")),
])

# c09: old quote forwarded as rfc822, declared informational; current scope complete
_inner = mail(IB_MATTEO, AC_NIKOS, "Offerta IB-OF-22-0915 corrimano HR-316-1200",
              "Wed, 14 Sep 2022 16:20:00 +0200",
              """Dear Mr Papadakis,

as requested our best offer for the Crete project:

  handrail HR-316-1200, AISI 316, electropolished, EN 13451-2
  quantity 4.000 pcs - EUR 61,50/pc - delivery 8 weeks from order
  samples 10 pcs - EUR 95,00/pc - 3 weeks

Validity 30 days. Transport DAP Piraeus.

Best regards
""" + SIG_MATTEO)
_t = """Dear Chiara,

as you asked, below the old offer from Matteo (2022) for the handrail, for reference of the price only.

The 4.000 pcs in that offer was a budget figure for the Crete project, which never went ahead. It is informational only, it is not an order and it does not apply today.

Current order is PO AC-PO-2291: sixteen (16) sample handrails only. The production balance of 380 pcs is not released; it will be released only in writing by Stavros Kyriakidis, Group Technical Director, after Eleni Vlachou signs off the samples. Material for the samples only, please.

Kind regards,
Nikos
""" + SIG_NIKOS
case("c09", [], "old 4.000 pcs quote forwarded as rfc822 and declared informational; current PO scope (16, hold, sign-off, Kyriakidis) complete", [
    ("Fw_Offerta_IB-OF-22-0915.eml", E(mail(AC_NIKOS, IB_CHIARA, "FW: Offerta IB-OF-22-0915 corrimano HR-316-1200",
        "Mon, 13 May 2024 10:05:00 +0300", _t, attachments=[("rfc822", _inner)], cc=IB_MATTEO))),
])

# c10: buyer reply correcting a quoted supplier auto-roll assumption
_quoted = """Dear Darren,

samples PH-1500 will be ready 22 April. Once you approve samples we roll straight into 1,450pcs run to save time, material we can order now. Please confirm.

Best regards
Kevin Huang"""
_t = """G'day Kevin,

No, please don't. Sample approval doesn't release the 1,450 - nothing rolls over automatically. PO CC-45301 is for the 50 samples only. The 1,450 balance stays on hold until Kylie Brennan signs off the samples, and then I send you a written release with the quantity on it. No material for the balance either, sample material only.

Happy for you to pencil in the machine time, just don't cut plastic or buy resin for it.

Cheers,
Darren
""" + SIG_DARREN + "\nOn Mon, 15 Apr 2024 at 18:22, Kevin Huang <kevin.huang@lanbopool.cn> wrote:\n" + q(_quoted) + "\n"
case("c10", [], "buyer reply corrects a quoted supplier 'roll straight into 1,450' line; quoted supplier text does not count; scope complete", [
    ("RE_PH-1500_samples.eml", E(mail(CC_DARREN, FL_KEVIN, "RE: PH-1500 samples / production",
        "Tue, 16 Apr 2024 08:47:00 +1000", _t, cc=CC_KYLIE, in_reply_to="<h200-k0415@lanbopool.cn>"))),
])

# c11: WhatsApp, supplier says deposit does not release production
case("c11", [], "WhatsApp: supplier says the deposit does not release production; buyer confirms 40 samples, hold, sign-off and his written release", [
    ("WhatsApp Chat with Faridah Penang Polymer.txt", """[12/04/2024, 10:02:11] Darren Pascoe: Hi Faridah, 30% tooling deposit for the LNR-300 mould went through this morning, remittance attached
[12/04/2024, 10:02:15] Darren Pascoe: <attached: 00000012-PHOTO-2024-04-12-10-02-15.jpg>
[12/04/2024, 10:15:40] Faridah Osman: Thank you Mr Darren, received with thanks. Just to confirm ah, the deposit does not release production right? We only do the 40 samples first
[12/04/2024, 10:18:02] Darren Pascoe: Correct. Deposit is for the tool only. PO CC-45120 covers the 40 sample rings, that's it for now. The other 1,960 stay on hold until Kylie signs off the samples and I send you the written release
[12/04/2024, 10:18:30] Darren Pascoe: and sample material only pls, no resin for the 1,960 yet
[12/04/2024, 10:19:12] Faridah Osman: Noted with thanks 🙏 will inform Ravi
[12/04/2024, 10:40:55] Faridah Osman: Samples ETD 3 May, will update you
"""),
])

# c12: supplier acknowledgement restating the hold
case("c12", [], "supplier acknowledgement restates 24 samples, balance 2,376 not released, Whitcomb written release after Hollis sign-off, sample-only material", [
    ("OA-24-0288.pdf", pdf([
        ("h1", "GALIL FLOW TECHNOLOGIES LTD."),
        ("p", "Industrial Park North, Karmiel, Israel - ISO 9001:2015 certified"),
        ("h", "Order Acknowledgement OA-24-0288"),
        ("p", "To: Palmetto Key Resorts LLC, Naples, FL - attn. Tricia Delgado, Procurement Manager. "
              "Your PO: PKR-7731 dated 03/26/2024. Our ref: GF-Q-24-019."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope", "Unit price"],
            ["1", "SJ-2000", "Spa jet 1-1/2\" NPT, 316 face ring, per PKR-SK-2000 Rev 4", "24", "Sample", "USD 38.00"],
            ["-", "SJ-2000", "Production balance per GF-Q-24-019", "2,376", "Not released - on hold", "-"],
        ]),
        ("sp",),
        ("p", "We acknowledge PO PKR-7731 as written: 24 sample spa jets only. The production balance of 2,376 pcs "
              "is not released. We will not build, and will not buy material for, any quantity beyond the 24 samples "
              "until we receive a written production release from Dana Whitcomb, VP Construction, after Brent Hollis "
              "has signed off the samples."),
        ("p", "Material authority: sample-only. Tooling: existing family mould T-2000, no charge."),
        ("p", "Samples ship 04/24/2024 via FedEx IP. Pressure test 3 bar / 10 min on 100% of the samples."),
        ("p", "Yossi Ben-Ami, VP Sales - yossi@galilflow.co.il"),
    ], pagesize=LETTER, title="Order Acknowledgement OA-24-0288", author="Galil Flow")),
])

# c13: interim sample sign-off with quantity and date limits, release of 200 within limits
case("c13", [], "interim sign-off with 200 pcs / 30-06 limits; Pascoe's written release of 200 within the limits; 1,760 on hold", [
    ("ISO-CC-0047.docx", docx_bytes([
        ("h1", "Coral Coast Pool Supplies - Product Engineering"),
        ("h", "INTERIM SAMPLE SIGN-OFF  ISO-CC-0047"),
        ("p", "Part: LNR-300-12V LED niche ring, drawing CC-2210 Rev 3, IEC 60598-2-18 (IPX8)."),
        ("p", "Supplier: Penang Polymer Works Sdn Bhd - PO CC-45120. Samples received: 40 pcs on 06/05/2024."),
        ("p", "Findings: lens clip retention OK (50 N pull, 40/40). Colour a touch off RAL 9016 (dE 1,6 against a "
              "limit of 1,0) - cosmetic, accepted within the limits below."),
        ("h", "Disposition: INTERIM"),
        ("table", [
            ["Limit", "Value"],
            ["Quantity limit", "200 pcs"],
            ["Expiry", "30/06/2024"],
            ["Condition", "colour corrected from the next resin lot; new colour plaque to Kylie before 20/06"],
        ]),
        ("sp",),
        ("p", "This interim sign-off is an engineering disposition. It releases nothing by itself."),
        ("p", "Production: Darren Pascoe (Head of Supply) released 200 pcs in writing, release REL-CC-0412 of "
              "08/05/2024, inside the interim limits above. The remaining 1,760 pcs of the quoted 1,960 stay on "
              "hold until a full (not interim) sample sign-off and a further written release from Darren Pascoe."),
        ("p", "Material: resin and LED boards for the 200 released pcs only."),
        ("p", "Signed: Kylie Brennan, Product Engineer - 08/05/2024"),
    ], author="Kylie Brennan")),
])

# c14: deviation permit that leaves quantities untouched
case("c14", [], "deviation permit for the 16 samples; states it changes no quantity, scope or release", [
    ("DP-24-014.pdf", pdf([
        ("h1", "IDROTECNICA BERICI S.r.l."),
        ("p", "Via dell'Industria 22, 36071 Arzignano (VI) - Italia"),
        ("h", "Richiesta di deroga / Deviation permit DP-24-014"),
        ("p", "Customer: Aegean Crest Hotels S.A. - PO AC-PO-2291 - Part HR-316-1200 ladder handrail, "
              "drawing AC-MEP-3120 Rev 07."),
        ("p", "Deviation: upper bend radius R 120 mm instead of R 125 mm +/-2 (bending die 2). Effect on fit: none, "
              "checked on the Kos ladder anchors."),
        ("table", [
            ["Characteristic", "Drawing", "Actual", "Effect"],
            ["Upper bend radius", "R125 +/-2", "R120", "none on fit"],
            ["Tube", "D 43 x 1,5", "D 43 x 1,5", "-"],
            ["Anchor spacing", "500 mm", "500 mm", "-"],
        ]),
        ("sp",),
        ("p", "Scope of this deviation: the 16 sample handrails only."),
        ("p", "This deviation does not change any quantity, scope or release. The PO quantities stay as written and "
              "the hold on the production balance stays as it is; nothing beyond the 16 samples is released by "
              "this permit."),
        ("p", "Customer decision: deviation accepted for the 16 samples - Eleni Vlachou, Technical Manager, 28/05/2024."),
        ("p", "Prepared by: Chiara Bortolan, Qualità."),
    ], title="Deviation permit DP-24-014", author="Idrotecnica Berici")),
])

# c15: ERP PO, full and final quantity, identifiers that look like quantities
case("c15", [], "full and final quantity PO for 1.200 laterals, no samples, no balance; numbers in identifiers (4400, 480, 500 h, 9001:2015)", [
    ("PO_4500032010.txt", """PISCINAS LEVANTE S.L.     CIF B00000000     Pol. Ind. Carrus, C/ Torno 12, 03206 Elche
PEDIDO DE COMPRA / PURCHASE ORDER          No 4500032010          FECHA 08.04.2024
PROVEEDOR 300412   MOLDES ATLANTICO LDA   MARINHA GRANDE  PT
------------------------------------------------------------------------------------------
POS  MATERIAL       DESCRIPCION                            CANT.  UD   PRECIO     IMPORTE
010  FL-480-G112    COLECTOR LATERAL FILTRO / FILTER       1.200  UN   2,35 EUR   2.820,00 EUR
                    LATERAL 480 MM, ROSCA G 1 1/2, ABS
                    PLANO PL-DRG 4400 REV 12, EN 16713-1
------------------------------------------------------------------------------------------
TOTAL NETO                                                                    2.820,00 EUR
IVA 0% - ENTREGA INTRACOMUNITARIA
CONDICIONES: PAGO 60 DIAS FECHA FACTURA. ENTREGA 2024 SEMANA 20, DAP ELCHE.
REQUISITOS: ISO 9001:2015. ENSAYO DE PRESION 2,5 BAR / CICLADO 500 H SEGUN PL-TP-480.
TEXTO DE CABECERA:
  Cantidad total y definitiva: 1.200 unidades (mil doscientas). Pedido completo, sin
  muestras y sin saldo pendiente: no hay mas cantidades en este pedido. Pueden fabricar
  las 1.200 unidades.
  Full and final quantity: 1.200 pcs. No samples, no balance. You may produce the full 1.200.
COMPRAS: JAVIER ORTUNO    TEL +34 965 41 22 10    compras@piscinaslevante.es
"""),
])

# c16: Teams chat, go-ahead scoped to 12 pilot units
case("c16", [], "Teams: 'go ahead with the 12 pilot units only', balance 2,364 not released until Hollis sign-off and Whitcomb written release", [
    ("Teams_chat_GalilFlow_SJ-2000.txt", """Microsoft Teams - chat export
Chat: Galil Flow / Palmetto Key - SJ-2000 Key West
Participants: Tricia Delgado, Brent Hollis, Noa Peretz, Yossi Ben-Ami
Exported 4/12/2024

[4/9/2024 8:02 AM] Noa Peretz
Good morning. Pilot jets with the new 316 face ring are ready for machining. We need your confirmation for the 12 pilot units on PO PKR-7760, the drawing change Rev 4 -> Rev 5 is included.

[4/9/2024 8:40 AM] Brent Hollis
Rev 5 face ring looks right to me, the 0.5 mm chamfer is what we asked for.

[4/9/2024 9:05 AM] Tricia Delgado
Noa, go ahead with the 12 pilot units only. Production of the balance (2,364) is not released - that waits for Brent's sign-off on the pilots and then a written release from Dana Whitcomb. Pilot material only please.

[4/9/2024 9:07 AM] Noa Peretz
Clear. A dozen pilots only, balance on hold. Thank you.

[4/9/2024 9:10 AM] Yossi Ben-Ami
(like)
"""),
])

# c17: supplier portal order book with NOT RELEASED lines
case("c17", [], "supplier order book: sample lines plus production balances marked NOT RELEASED with their unlock; RFQ line marked quotation only", [
    ("lanbo_order_book_20240520.html", html_page("Lanbo Pool - Customer Order Book", """
<h2>Foshan Lanbo Pool Equipment &mdash; Customer Order Book</h2>
<p>Internal view for planning &middot; updated 2024-05-20 09:00 (UTC+8) &middot; owner: Kevin Huang</p>
<table>
<tr><th>Customer</th><th>PO</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>Coral Coast Pool Supplies</td><td>CC-45301</td><td>PH-1500 pump housing</td><td>Sample</td><td>50</td><td>Shipped 2024-04-12</td></tr>
<tr><td>Coral Coast Pool Supplies</td><td>CC-45301</td><td>PH-1500 pump housing</td><td>Production balance</td><td>1,450</td><td>NOT RELEASED &ndash; on hold until customer sample sign-off and written release from Darren Pascoe</td></tr>
<tr><td>Aegean Crest Hotels</td><td>AC-PO-2315</td><td>LNR-300 LED niche ring</td><td>Sample</td><td>60</td><td>In production</td></tr>
<tr><td>Aegean Crest Hotels</td><td>AC-PO-2315</td><td>LNR-300 LED niche ring</td><td>Production balance</td><td>1,940</td><td>NOT RELEASED &ndash; on hold until sample sign-off and written release by S. Kyriakidis</td></tr>
<tr><td>Palmetto Key Resorts</td><td>RFQ-PK-0502</td><td>SKL-250 skimmer lid</td><td>RFQ</td><td>600 / 2,400</td><td>Quotation sent, no order</td></tr>
</table>
<p class="note">Workshop rule: only lines with status "Sample" or "Released" may be scheduled. Do not buy material for
NOT RELEASED lines. RFQ lines are quotations only.</p>
""")),
])

# c18: supplier status mail with quoted buyer scope, multipart/alternative
_quoted = """Rui, Ana Sofia,

adjunto pedido 4500031872. Only the 20 samples (muestras) are authorised on this PO. The balance of 1.980 pcs from your quotation is NOT released. It is released only after Marta Ibáñez signs off the samples and Alberto Sempere sends the written production release. Material: only for samples.

Saludos,
Javier"""
_t = """Bom dia Javier,

status of SKL-250 Rev C:

- T1 samples: 20 pcs moulded on 02/04, measured, 18 characteristics OK, 1 (clip height) at upper limit.
- Samples sent today by DHL Express, AWB 12 3456 7890, with dimensional report and UV certificate ISO 4892-2 (1.000 h).
- Balance 1.980 pcs: on hold as your PO note says. We did not buy ASA for the series, only the sample material (25 kg). The mould stays on the press until 19/04; after that we take it off and set it again when we have your written release.

Any question, tell me.

Cumprimentos,
Ana Sofia
""" + SIG_ANA + "\nNo dia 11/03/2024 às 12:40, Javier Ortuño escreveu:\n" + q(_quoted) + "\n"
case("c18", [], "supplier status: samples shipped, 1.980 on hold, sample material only; quoted buyer scope complete", [
    ("RE_pedido_4500031872.eml", E(mail(MA_ANA, PL_JAVIER, "RE: pedido 4500031872 - SKL-250 Rev C",
        "Fri, 05 Apr 2024 11:15:00 +0100", _t, html=text_to_html(_t), cc=MA_RUI,
        in_reply_to="<h200-j0311@piscinaslevante.es>"))),
])

# c19: release letter for the full balance after sign-off
case("c19", [], "production release of the full 380 after recorded sample sign-off, signed by release authority; no remaining balance", [
    ("REL-AC-0057.pdf", pdf([
        ("h1", "AEGEAN CREST HOTELS S.A."),
        ("p", "Group Technical Department - 18 Kifisias Ave, 151 25 Marousi, Athens"),
        ("h", "PRODUCTION RELEASE REL-AC-0057"),
        ("p", "Date: 02/07/2024. To: Idrotecnica Berici S.r.l., att. Mr Matteo Zanella. "
              "Order: PO AC-PO-2291 rev 2. Part: HR-316-1200 ladder handrail, drawing AC-MEP-3120 Rev 07."),
        ("table", [
            ["Item", "Qty"],
            ["Samples (PO line 10, delivered 22/05/2024)", "16"],
            ["Production released by this letter (PO line 20)", "380"],
            ["Balance remaining after this release", "0"],
        ]),
        ("sp",),
        ("p", "Sample sign-off recorded on 28/06/2024 by Eleni Vlachou, Technical Manager (salt spray 1.000 h passed)."),
        ("p", "With this letter the full production quantity of three hundred eighty (380) handrails is released for "
              "manufacture and delivery in two lots: Rhodes two hundred (200), Kos one hundred eighty (180). "
              "Material may be bought for the 380."),
        ("p", "Released by: Stavros Kyriakidis, Group Technical Director (release authority). PO AC-PO-2291 rev 2, "
              "issued by Nikos Papadakis, Procurement, covers the 380 commercially."),
    ], title="Production release REL-AC-0057", author="Aegean Crest Hotels")),
])

# c20: DOCX minutes with a labelled non-binding forecast and complete sample scope
case("c20", [], "minutes: 24-sample scope with hold, Hollis sign-off and Whitcomb written release; forecast labelled non-binding", [
    ("Minutes_SJ-2000_kickoff_2024-03-28.docx", docx_bytes([
        ("h1", "Meeting minutes - Palmetto Key Resorts / Galil Flow"),
        ("p", "SJ-2000 spa jet kick-off - 03/28/2024, Teams. Attendees: Tricia Delgado, Brent Hollis (PKR); "
              "Yossi Ben-Ami, Noa Peretz (Galil Flow)."),
        ("h", "1. Scope of PO PKR-7731"),
        ("p", "24 sample jets only. The balance of 2,376 is not released: production is released only in writing by "
              "Dana Whitcomb, VP Construction, after Brent Hollis signs off the samples. Material: samples only."),
        ("h", "2. Forecast (non-binding, for capacity planning only)"),
        ("p", "Phase 2 Naples Bay: about 1,200 jets, Q1 2025. Key West property: about 2,400 jets, H2 2025. "
              "This is not an order and not a commitment; Galil will not buy material against it."),
        ("h", "3. Testing"),
        ("p", "Pressure 3 bar / 10 min; chlorine soak 500 h at 2 ppm per PKR-TS-11; thread gauge 1-1/2\" NPT L1."),
        ("h", "4. Actions"),
        ("table", [
            ["Action", "Owner", "Due"],
            ["Ship 24 samples", "Noa Peretz", "04/24"],
            ["Sample sign-off (fit in mock-up spa)", "Brent Hollis", "05/10"],
            ["Confirm Phase 2 schedule", "Tricia Delgado", "06/01"],
        ]),
    ], author="Tricia Delgado")),
])

# c21: mail saved as text, deposit explicitly does not release production
case("c21", [], "buyer mail: tooling deposit paid but 'does not release production'; 60 samples, 1.940 on hold until Vlachou sign-off and Kyriakidis written release", [
    ("AC-PO-2315_tooling_deposit.txt", """From: Nikos Papadakis <n.papadakis@aegeancrest.gr>
Sent: Tuesday, April 9, 2024 11:42 AM
To: Kevin Huang <kevin.huang@lanbopool.cn>
Cc: Eleni Vlachou <e.vlachou@aegeancrest.gr>
Subject: AC-PO-2315 / tooling deposit

Dear Kevin,

Today we transferred the 30% deposit for the LNR-300 tooling (USD 3.900,00). Please find the bank slip attached.

Please note: the deposit is for the tool. It does not release production. On PO AC-PO-2315 only the sixty (60) samples are authorised. The balance of 1.940 rings stays on hold until Mrs. Vlachou signs off the samples and Mr. Stavros Kyriakidis sends the written production release. Material for the samples only, please.

Kind regards / Με εκτίμηση,

Nikos Papadakis
Procurement Manager
Aegean Crest Hotels S.A.
18 Kifisias Ave, 151 25 Marousi, Athens
T +30 210 555 4410

This message and any attachments are confidential and intended for the addressee only.

Attachments: SWIFT_slip_0409.pdf
"""),
])

# c22: buyer portal PO with explicit staged material authority above the sample qty
case("c22", [], "portal PO: 50 samples active, staged material authority to 500, 1,950 not released until Brennan sign-off and Pascoe written release", [
    ("CC-45466.html", html_page("Coral Coast Supplier Hub - PO CC-45466", """
<h2>Coral Coast Pool Supplies &mdash; Supplier Hub</h2>
<p><b>Purchase Order CC-45466</b> &middot; supplier: Galil Flow Technologies Ltd. &middot; buyer: Shane Mitchell &middot; 22/04/2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>SJ-2000-AU</td><td>Spa jet, 40 mm solvent socket (AS/NZS 1477), 316 face</td><td>Sample</td><td>50</td><td>AUD 58.00</td></tr>
</table>
<div class="note">
<p><b>Active quantity:</b> 50 sample jets.</p>
<p><b>Material authority:</b> staged &mdash; Galil may buy 316L bar and ABS for up to 500 jets at Coral Coast's liability. This is material only; it releases no production beyond the 50 samples.</p>
<p><b>Production balance:</b> 1,950 jets (quote GF-Q-24-058) &mdash; not released. Unlock: sample sign-off by Kylie Brennan (Product Engineer), then a written release from Darren Pascoe (Head of Supply).</p>
</div>
<p>Delivery of samples: DAP Brendale QLD, by 31/05/2024.</p>
""")),
])

# c23: multi-file: cover mail + ERP PO + supplier quote; scope complete
_t = """Buongiorno Matteo,

adjunto / attached our PO 4500032077 for the spa jets IB-JT-45, and your offer IB-OF-24-0211 for reference.

As in the PO text: only the 30 sample jets are authorised now. The other 2.970 pcs in your offer are not released; they are released only after Marta Ibáñez signs off the samples and Alberto Sempere sends the written production release. Please buy material for the samples only.

Grazie e saludos,
Javier
""" + SIG_JAVIER
case("c23", [], "cover mail + PO + supplier quote: 30 samples, 2.970 not released until Ibáñez sign-off and Sempere written release; quote tiers covered", [
    ("envio_pedido_IB.eml", E(mail(PL_JAVIER, IB_MATTEO, "Pedido 4500032077 - IB-JT-45 / spa jets",
        "Thu, 18 Apr 2024 09:30:00 +0200", _t))),
    ("PO_4500032077.txt", """PISCINAS LEVANTE S.L.     CIF B00000000     Pol. Ind. Carrus, C/ Torno 12, 03206 Elche
PEDIDO DE COMPRA / PURCHASE ORDER          No 4500032077          FECHA 18.04.2024
PROVEEDOR 300877   IDROTECNICA BERICI SRL   ARZIGNANO (VI)  IT
------------------------------------------------------------------------------------------
POS  MATERIAL       DESCRIPCION                            CANT.  UD   PRECIO     IMPORTE
010  IB-JT-45       BOQUILLA HIDROMASAJE / SPA JET 45      30     UN   14,80 EUR    444,00 EUR
                    G 1 1/2, FRONTAL AISI 316 - MUESTRAS
------------------------------------------------------------------------------------------
TEXTO DE CABECERA:
  Muestras: 30 unidades. Es la unica cantidad autorizada en este pedido.
  Saldo de la oferta IB-OF-24-0211: 2.970 unidades - NO LIBERADO. Se libera solo
  despues de la firma de muestras por Marta Ibanez (Ingenieria) y con liberacion de
  produccion por escrito de Alberto Sempere (Director de Operaciones).
  Material: solo para las muestras.
  Only 30 samples are authorised. 2.970 balance NOT released until sample sign-off
  (Marta Ibanez) and written production release (Alberto Sempere). Sample material only.
COMPRAS: JAVIER ORTUNO    TEL +34 965 41 22 10
"""),
    ("IB-OF-24-0211.pdf", pdf([
        ("h1", "IDROTECNICA BERICI S.r.l."),
        ("h", "Offerta / Offer IB-OF-24-0211"),
        ("p", "Spett.le Piscinas Levante S.L., Elche - alla c.a. Sig. Javier Ortuño. Arzignano, 09/04/2024."),
        ("table", [
            ["Articolo / Item", "Q.tà / Qty", "Prezzo / Price", "Consegna / Delivery"],
            ["IB-JT-45 spa jet G 1 1/2, AISI 316 front - campioni / samples", "30", "EUR 14,80", "3 settimane"],
            ["IB-JT-45 - serie / series", "3.000", "EUR 9,60", "6 settimane"],
            ["IB-JT-45 - serie / series", "6.000", "EUR 8,90", "8 settimane"],
        ]),
        ("sp",),
        ("p", "Prezzi franco fabbrica. Validità 90 giorni. Prova di tenuta 1,5 bar. Certificato 3.1 EN 10204."),
        ("p", "Distinti saluti - Matteo Zanella, Ufficio Commerciale"),
    ], title="Offerta IB-OF-24-0211", author="Idrotecnica Berici")),
])

# c24: multi-file: DOCX PO with a production line held as commercial cover + supplier ack
case("c24", [], "PO with 25 sample line and 1.175 production line held as commercial cover only, Kyriakidis written release after Vlachou sign-off; supplier ack restates it", [
    ("AC-PO-2340.docx", docx_bytes([
        ("h1", "AEGEAN CREST HOTELS S.A. - PURCHASE ORDER AC-PO-2340"),
        ("p", "Supplier: Penang Polymer Works Sdn. Bhd., Bayan Lepas, Penang. Date: 15/04/2024. Buyer: Nikos Papadakis."),
        ("table", [
            ["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Status"],
            ["10", "SKL-250-W", "Skimmer lid ASA white, drawing AC-MEP-4402 Rev 03", "Sample", "25", "EUR 11,00", "Authorised"],
            ["20", "SKL-250-W", "Skimmer lid ASA white, drawing AC-MEP-4402 Rev 03", "Production", "1.175", "EUR 8,20", "NOT RELEASED - commercial cover only"],
        ]),
        ("sp",),
        ("p", "Only line 10 (twenty-five samples) may be produced now. Line 20 is commercial cover only: it reserves "
              "the price and the budget, it does not release production. Line 20 is released only by a written "
              "production release from Stavros Kyriakidis, Group Technical Director, after Eleni Vlachou signs off "
              "the samples."),
        ("p", "Material authority: sample-only."),
        ("p", "Delivery: DAP Piraeus. Payment: 60 days from invoice."),
    ], author="Nikos Papadakis")),
    ("PPW_ack_AC-PO-2340.txt", """PENANG POLYMER WORKS SDN. BHD.                    ORDER ACKNOWLEDGEMENT  OA-PPW-24-0193
Plot 88, Phase 4, Bayan Lepas FIZ, 11900 Penang, Malaysia

Customer : AEGEAN CREST HOTELS S.A., ATHENS
Your PO  : AC-PO-2340 dated 15/04/2024
Date     : 17/04/2024

LINE  ITEM        QTY     SCOPE        OUR STATUS
10    SKL-250-W   25      SAMPLE       ACCEPTED - WILL PRODUCE, ETD 10/05/2024
20    SKL-250-W   1,175   PRODUCTION   ACCEPTED AS COMMERCIAL COVER ONLY - NOT RELEASED

Remarks:
We acknowledge that line 20 is not released. We will not mould line 20 and will not buy
resin for it until we receive the written production release from Mr. Stavros Kyriakidis
after Mrs. Eleni Vlachou has signed off the samples. Material purchased: samples only.

Thank you for your order.
Faridah Osman
Customer Service Executive
"""),
])

# c25: supplier forwards buyer's partial release (rfc822, with HTML attachment) to ops
_rel_html = html_page("Production release REL-PKR-014", """
<h2>Palmetto Key Resorts &mdash; Production Release REL-PKR-014</h2>
<table>
<tr><th>PO</th><td>PKR-7731</td></tr>
<tr><th>Part</th><td>SJ-2000 spa jet, PKR-SK-2000 Rev 4</td></tr>
<tr><th>Sample sign-off</th><td>Brent Hollis, 04/30/2024 (24 samples)</td></tr>
<tr><th>Released by this notice</th><td>600</td></tr>
<tr><th>Balance on hold after this release</th><td>1,776</td></tr>
<tr><th>Next unlock</th><td>Phase 1 lot acceptance, then a further written release from Dana Whitcomb</td></tr>
<tr><th>Material authority</th><td>up to the 600 released</td></tr>
<tr><th>Released by</th><td>Dana Whitcomb, VP Construction</td></tr>
</table>
""")
_inner_t = """Galil team,

Brent Hollis signed off the 24 samples on 04/30. With this email I release 600 of the 2,376 balance for production (release REL-PKR-014, details attached).

The remaining 1,776 stay on hold. The next quantity will be released only by another written release from me, after Phase 1 lot acceptance. Material: up to the 600 released.

Dana Whitcomb
""" + SIG_DANA
_inner = mail(PK_DANA, GF_YOSSI, "Production release REL-PKR-014 - PO PKR-7731 SJ-2000",
              "Thu, 02 May 2024 16:05:00 -0400", _inner_t, html=text_to_html(_inner_t), cc=PK_TRICIA,
              attachments=[("REL-PKR-014.html", _rel_html, "text/html")])
_t = """Noa,

release from Palmetto below. Only 600 are released, the rest (1,776) stays on hold until Dana sends another release. Please schedule the 600 and not one more, and material for 600 only.

Yossi
""" + SIG_YOSSI
case("c25", [], "supplier forwards buyer's partial release (600 of 2,376) as rfc822; 1,776 on hold, next unlock and Whitcomb named", [
    ("Fwd_REL-PKR-014.eml", E(mail(GF_YOSSI, GF_NOA, "Fwd: Production release REL-PKR-014 - PO PKR-7731 SJ-2000",
        "Fri, 03 May 2024 08:12:00 +0300", _t, attachments=[("rfc822", _inner)]))),
])


# =================================================================== POSITIVE
# p01: ERP sample PO that prints the quoted series quantity with no hold
case("p01", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 20 prints the quoted series 2.000 with no hold, no unlock event, no release person", [
    ("PO_4500031872.txt", """PISCINAS LEVANTE S.L.     CIF B00000000     Pol. Ind. Carrus, C/ Torno 12, 03206 Elche
PEDIDO DE COMPRA / PURCHASE ORDER          No 4500031872          FECHA 11.03.2024
PROVEEDOR 300412   MOLDES ATLANTICO LDA   MARINHA GRANDE  PT
------------------------------------------------------------------------------------------
POS  MATERIAL       DESCRIPCION                            CANT.  UD   PRECIO       IMPORTE
010  SKL-250-C      TAPA SKIMMER / SKIMMER LID ASA         20     UN   12,00 EUR       240,00 EUR
                    BLANCO RAL 9010 - MUESTRAS T1
                    PLANO PL-DRG 4402 REV 12
020  MOLDE-SKL250   MOLDE 2 CAVIDADES SKL-250              1      UN   14.500,00 EUR 14.500,00 EUR
------------------------------------------------------------------------------------------
TOTAL NETO                                                                    14.740,00 EUR
CONDICIONES: PAGO MOLDE 50% PEDIDO / 50% T1 OK. RESTO 60 DIAS FECHA FACTURA.
TEXTO DE CABECERA:
  Segun su oferta MA-Q-24-077. Serie: 2.000 unidades a 3,85 EUR/ud, plazo 3 semanas.
  Enviar las muestras con informe dimensional y certificado UV 1.000 h (ISO 4892-2).
  As per your offer MA-Q-24-077: series 2.000 pcs at EUR 3,85. Please send samples with
  dimensional report.
COMPRAS: JAVIER ORTUNO    TEL +34 965 41 22 10
"""),
])

# p02: WhatsApp, colour plaque "Approved. Go ahead" with no scope
case("p02", ["RG002"], "'Approved. Go ahead' on a colour plaque names neither sample-only nor a quantity; supplier answers 'we proceed'; scope recap complete", [
    ("WhatsApp Chat with PPW LNR-300.txt", """[02/05/2024, 07:12:03] Darren Pascoe: Morning Ravi. Quick recap so we're all on the same page: PO CC-45120 = 40 sample LNR-300 rings only. The 1,960 balance is NOT released until Kylie signs off the samples and I send you a written release. Sample material only.
[02/05/2024, 07:30:44] Ravi Subramaniam: Noted boss 👍
[02/05/2024, 12:07:10] Ravi Subramaniam: Kylie, new colour plaque RAL 9016 with the UV additive, photo under D65 light box. Can check?
[02/05/2024, 12:07:15] Ravi Subramaniam: <attached: 00000031-PHOTO-2024-05-02-12-07-15.jpg>
[02/05/2024, 14:45:22] Kylie Brennan: Yep that's heaps closer, dE under 1 by my eye. Approved. Go ahead 👍
[02/05/2024, 14:51:09] Ravi Subramaniam: Ok thank you Kylie, we proceed 🙏
"""),
])

# p03: supplier mail: once approved we roll directly into the balance; quoted buyer scope complete
_quoted = """Yossi, Noa -

PO PKR-7731 attached. It covers 24 sample jets SJ-2000 only. The balance of 2,376 is not released. Production is released only by a written release from Dana Whitcomb, VP Construction, after Brent Hollis signs off the samples. Material authority: samples only.

Thanks,
Tricia"""
_t = """Hi Tricia,

Samples will ship Thursday with the pressure test report.

Good news on timing: once Brent approves them we roll directly into the 2,376 balance, no need to wait for paperwork, so you keep your Phase 1 opening date. We have the machine time booked from week 19.

Best,
Yossi
""" + SIG_YOSSI + "\nOn Tue, Mar 26, 2024 at 4:10 PM Tricia Delgado <tdelgado@palmettokeyresorts.com> wrote:\n" + q(_quoted) + "\n"
case("p03", ["RG007"], "supplier: 'once Brent approves them we roll directly into the 2,376 balance, no need to wait for paperwork'; quoted buyer scope complete", [
    ("RE_PKR-7731_SJ-2000.eml", E(mail(GF_YOSSI, PK_TRICIA, "RE: PO PKR-7731 - SJ-2000 samples",
        "Mon, 15 Apr 2024 17:30:00 +0300", _t, cc=GF_NOA, in_reply_to="<h200-t0326@palmettokeyresorts.com>"))),
])

# p04: PDF PO: production line starts on sample approval, no further release, nobody named
case("p04", ["RG005", "RG007"], "PO: 'when the samples are approved, proceed directly with line 20, no further release document'; no release authority named", [
    ("AC-PO-2291.pdf", pdf([
        ("h1", "AEGEAN CREST HOTELS S.A."),
        ("p", "Procurement Department - 18 Kifisias Ave, 151 25 Marousi, Athens - VAT EL 000000000"),
        ("h", "PURCHASE ORDER AC-PO-2291"),
        ("p", "Supplier: Idrotecnica Berici S.r.l., Arzignano (VI), Italy. Date: 20/05/2024. Currency: EUR."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["10", "HR-316-1200", "Ladder handrail AISI 316, 1200 mm, EN 13451-2 - samples", "16", "95,00", "1.520,00"],
            ["20", "HR-316-1200", "Ladder handrail AISI 316, 1200 mm - production", "380", "61,50", "23.370,00"],
            ["", "", "Total", "", "", "24.890,00"],
        ]),
        ("sp",),
        ("p", "Drawing AC-MEP-3120 Rev 07. Salt spray ISO 9227, 1.000 h on samples. Delivery DAP Rhodes / Kos."),
        ("p", "Line 20 is not to start before the samples are approved. When the samples are approved, proceed "
              "directly with line 20; no further release document is needed."),
        ("p", "Payment 60 days end of month. Nikos Papadakis, Procurement Manager."),
    ], title="Purchase Order AC-PO-2291", author="Aegean Crest Hotels")),
])

# p05: DOCX minutes: forecast confirmed as firm order
case("p05", ["RG008"], "minutes: 2025 forecast of 6.000 lids 'confirmed as firm order', supplier may count on it and reserve the press", [
    ("Acta_PL_MA_2024-03-21.docx", docx_bytes([
        ("h1", "Acta de reunión / Meeting minutes"),
        ("p", "Piscinas Levante / Moldes Atlântico - 21/03/2024, Elche. Asistentes / attendees: Javier Ortuño, "
              "Marta Ibáñez (PL); Rui Figueiredo (MA)."),
        ("h", "1. Molde SKL-250"),
        ("p", "T1 planned for 02/04. The sample PO 4500031872 is not changed by this meeting."),
        ("h", "2. Previsión 2025 / forecast 2025"),
        ("p", "PL expects 6.000 skimmer lids for the 2025 season (Costa Blanca + Murcia). Javier confirms the "
              "6.000 as firm order for 2025; MA can count on it and reserve the 350 t press from January."),
        ("h", "3. Precio / price"),
        ("p", "MA applies the 5.000+ tier price, EUR 3,40, to the 6.000."),
        ("h", "4. Próxima reunión / next meeting"),
        ("p", "After the sample sign-off, in Marinha Grande."),
        ("table", [
            ["Acción / Action", "Responsable", "Fecha"],
            ["T1 samples with UV 1.000 h report", "Rui Figueiredo", "10/04"],
            ["Sample check", "Marta Ibáñez", "19/04"],
        ]),
    ], author="Javier Ortuno")),
])

# p06: supplier status: bought material for the full 2,400 while samples only authorised
_quoted = """Noa, Yossi -
PO PKR-7731 attached. It covers 24 sample jets only. The 2,376 balance is not released; production needs a written release from Dana Whitcomb (VP Construction) after Brent Hollis signs off the samples. Material authority: samples only - please don't buy for the balance.
Tricia"""
_t = """Hi Tricia,

Update on SJ-2000, PO PKR-7731:

- 24 samples: machining done, pressure test tomorrow, they ship Monday 04/22.
- To protect the lead time for your Phase 1 opening, we already purchased the 316L bar (60 mm) and the ABS for the full 2,400 jets last week. It is in our stores, so when the release comes we can start immediately.
- Face ring polishing: subcontractor confirmed for week 18.

Best regards,
Noa
""" + SIG_NOA + "\nOn 3/26/2024 4:10 PM, Tricia Delgado wrote:\n" + q(_quoted) + "\n"
case("p06", ["RG006"], "supplier bought 316L and ABS for the full 2,400 while material authority is samples only; quoted buyer scope complete", [
    ("SJ-2000_status_wk16.eml", E(mail(GF_NOA, PK_TRICIA, "RE: PO PKR-7731 - SJ-2000 status wk 16",
        "Thu, 18 Apr 2024 15:02:00 +0300", _t, html=text_to_html(_t), cc=GF_YOSSI,
        in_reply_to="<h200-t0326b@palmettokeyresorts.com>"))),
])

# p07: WeChat: deposit paid, "that's your release"
case("p07", ["RG012"], "buyer: 'deposit's gone through ... so that's your release, start production' on a full-quantity PO", [
    ("WeChat_Kevin_Huang_CC-45388.txt", """WeChat chat history with Kevin Huang (Lanbo)
Exported: 2024-05-17 09:10
----------------------------------------------------------------

2024-05-14 10:02  Kevin Huang (Lanbo):
Shane, PI LB-PI-240514 for PO CC-45388 sent to your email. 1,500pcs SKL-250 skimmer lid, 30% deposit USD 4,455.00 please

2024-05-14 10:03  Kevin Huang (Lanbo):
Mould is ready on machine, we can start after you confirm

2024-05-14 11:47  Shane Mitchell:
No worries Kevin, accounts will pay it this week. PO is the full 1,500, same tool as last season, no samples this time

2024-05-16 15:20  Shane Mitchell:
Deposit's gone through this arvo, remittance is in your inbox. So that's your release, start production on the 1,500 👍

2024-05-16 15:31  Kevin Huang (Lanbo):
Received, thank you Shane. Production start tomorrow, ETD 20 June
"""),
])

# p08: supplier treats deposit as production release and buys material for 2,000
_pi = pdf([
    ("h1", "PENANG POLYMER WORKS SDN. BHD."),
    ("p", "Plot 88, Phase 4, Bayan Lepas FIZ, 11900 Penang, Malaysia - Co. Reg. 000000-X"),
    ("h", "PROFORMA INVOICE PPW-PI-2404-019"),
    ("p", "Bill to: Coral Coast Pool Supplies Pty Ltd, Burleigh Heads QLD. Your PO: CC-45120. Date: 03/04/2024."),
    ("table", [
        ["No", "Item", "Description", "Qty", "Unit price (AUD)", "Amount (AUD)"],
        ["1", "LNR-300-12V", "LED niche ring 300 mm - samples", "40", "12.50", "500.00"],
        ["2", "LNR-300-12V", "LED niche ring 300 mm - mass production", "1,960", "20.00", "39,200.00"],
        ["", "", "Total", "2,000", "", "39,700.00"],
    ]),
    ("sp",),
    ("p", "Payment terms: 30% deposit (AUD 11,910.00) by T/T; 70% balance before shipment."),
    ("p", "Terms: production starts upon receipt of deposit. Deposit received is taken as production release."),
    ("p", "Bank: Malayan Commercial Bank, Bayan Lepas branch, SWIFT MCBKMYKL (fictitious)."),
], title="Proforma invoice PPW-PI-2404-019", author="Penang Polymer Works")
_quoted = """Faridah,
PO CC-45120 is for 40 sample rings only. The 1,960 balance is NOT released until Kylie Brennan signs off the samples and I send a written release. Material: sample quantity only.
Darren Pascoe"""
_t = """Dear Mr Shane,

Good day. We acknowledge receipt of your 30% deposit (AUD 11,910.00) for PI PPW-PI-2404-019, thank you very much.

As per our terms on the PI, deposit received is taken as production release. So we have already ordered the PC lens and ASA resin and the LED boards for the total 2,000 pcs, and will start moulding the 1,960 pcs balance right after the 40 samples, target 20 May.

Attached the PI again for your record. Kindly let us know the forwarder.

Thanks & regards,
Faridah
""" + SIG_FARIDAH + "\n-----Original Message-----\nFrom: Darren Pascoe\nSent: Thursday, 28 March 2024 9:14 AM\nSubject: CC-45120 scope\n\n" + q(_quoted) + "\n"
case("p08", ["RG006", "RG012"], "supplier takes deposit as production release (mail and PI terms) and orders material for 2,000 against 40 released; quoted buyer scope complete", [
    ("RE_CC-45120_deposit_received.eml", E(mail(PP_FARIDAH, CC_SHANE, "RE: CC-45120 deposit received / production",
        "Mon, 15 Apr 2024 10:25:00 +0800", _t, cc=CC_DARREN,
        attachments=[("PPW-PI-2404-019.pdf", _pi, PDF_MT)], in_reply_to="<h200-d0328@coralcoastpools.com.au>"))),
])

# p09: buyer portal: "approved" for PO, samples and order; "Order approved. Supplier may proceed."
case("p09", ["RG002", "RG009"], "portal: 'approved' for PO (finance), samples (engineering) and order status; banner 'Supplier may proceed' is unscoped", [
    ("PKR-7790_portal.html", html_page("Palmetto Key Resorts - Supplier Portal - PKR-7790", """
<h2>Palmetto Key Resorts &mdash; Supplier Portal</h2>
<p><b>Order PKR-7790</b> &middot; LED niche rings, Naples Bay Phase 1 &middot; supplier: Foshan Lanbo Pool Equipment Co., Ltd.</p>
<table>
<tr><th>Step</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>PO approval</td><td>APPROVED</td><td>Finance (M. Ortega)</td><td>04/03/2024</td></tr>
<tr><td>Sample approval</td><td>APPROVED</td><td>Engineering (Brent Hollis)</td><td>04/29/2024</td></tr>
<tr><td>Order status</td><td>APPROVED</td><td>Procurement (T. Delgado)</td><td>04/05/2024</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>LNR-300 LED niche ring, 12 V, IP68</td><td>Sample</td><td>24</td><td>Delivered 04/19</td></tr>
<tr><td>2</td><td>LNR-300 LED niche ring, 12 V, IP68</td><td>Production balance</td><td>576</td><td>On hold &ndash; written release by Dana Whitcomb required after sample sign-off</td></tr>
</table>
<div class="note"><b>Order approved. Supplier may proceed.</b></div>
<p>Contact: Tricia Delgado, Procurement &middot; tdelgado@palmettokeyresorts.com</p>
""")),
])

# p10: Teams: "released in Oracle" (PO workflow) and "not released" (production)
case("p10", ["RG009"], "'released' used for the PO workflow in Oracle and for production; scope otherwise complete", [
    ("Teams_PKR-7731_PO.txt", """Microsoft Teams - chat export
Chat: Tricia Delgado, Yossi Ben-Ami
Exported 3/28/2024

[3/27/2024 10:15 AM] Yossi Ben-Ami
Tricia hi, we didn't get the PKR-7731 PO yet, is it stuck somewhere?

[3/27/2024 10:32 AM] Tricia Delgado
It was sitting with Finance. It's released in Oracle now, you'll get it by email within the hour.

[3/27/2024 10:33 AM] Tricia Delgado
Scope reminder: 24 sample jets. The 2,376 balance is not released - Dana Whitcomb sends a written release once Brent has signed off the samples.

[3/27/2024 10:41 AM] Yossi Ben-Ami
Great, thanks. Samples in 3-4 weeks, I'll confirm the date with the acknowledgement.
"""),
])

# p11: PDF PO for samples "as per quotation" - no sample quantity stated
case("p11", ["RG010"], "sample PO states no sample quantity ('as per quotation'); hold, unlock event and release authority present", [
    ("AC-PO-2362.pdf", pdf([
        ("h1", "AEGEAN CREST HOTELS S.A."),
        ("p", "Procurement Department - 18 Kifisias Ave, 151 25 Marousi, Athens"),
        ("h", "PURCHASE ORDER AC-PO-2362"),
        ("p", "Supplier: Foshan Lanbo Pool Equipment Co., Ltd., Nanhai, Foshan, Guangdong. Date: 06/05/2024. Currency: USD."),
        ("table", [
            ["Line", "Item", "Description", "Scope", "Qty", "Unit price"],
            ["10", "LB-SJ-38", "Spa jet, adjustable eyeball, 1-1/2\" BSP, white", "Sample", "as per quotation", "4,20"],
            ["-", "LB-SJ-38", "Production balance", "Production", "-", "not released"],
        ]),
        ("sp",),
        ("p", "Samples as per your quotation LB-Q-24-0311. The production balance is not released. It will be "
              "released only after the samples are signed off by Eleni Vlachou, Technical Manager, and Stavros "
              "Kyriakidis, Group Technical Director, issues a written production release. Material: samples only."),
        ("p", "Test: 2 bar leak test, 1 min, each sample. Packing: individual bag, carton 50."),
        ("p", "Nikos Papadakis, Procurement Manager."),
    ], title="Purchase Order AC-PO-2362", author="Aegean Crest Hotels")),
])

# p12: cover mail and attached PO disagree on PO number and sample quantity
_po = pdf([
    ("h1", "PISCINAS LEVANTE S.L."),
    ("p", "Pol. Ind. Carrús, C/ Torno 12, 03206 Elche (Alicante) - CIF B00000000"),
    ("h", "PEDIDO DE COMPRA / PURCHASE ORDER 4500031909"),
    ("p", "Proveedor / supplier: Moldes Atlântico, Lda. Fecha: 22.04.2024."),
    ("table", [
        ["Pos", "Material", "Descripción", "Cant.", "Precio", "Importe"],
        ["010", "SKL-250-D", "Tapa skimmer Rev D, ASA blanco - muestras", "20", "12,00 EUR", "240,00 EUR"],
    ]),
    ("sp",),
    ("p", "Solo las 20 muestras están autorizadas. El saldo de 1.980 unidades NO está liberado hasta que Marta "
          "Ibáñez firme las muestras y Alberto Sempere envíe la liberación de producción por escrito. "
          "Material: solo muestras."),
    ("p", "Only the 20 samples are authorised. The 1.980 balance is NOT released until Marta Ibáñez signs off the "
          "samples and Alberto Sempere sends the written production release. Sample material only."),
    ("p", "Compras: Javier Ortuño"),
], title="Pedido 4500031909", author="Piscinas Levante")
_t = """Hola Rui,

te adjunto el pedido 4500031990 por 25 muestras de la tapa SKL-250 Rev D (nuevo clip). Same conditions as Rev C.

Please confirm the date of the T2 samples.

Un saludo,
Javier
""" + SIG_JAVIER
case("p12", ["RG011"], "cover mail says PO 4500031990 for 25 samples; attached PO is 4500031909 for 20 samples", [
    ("Pedido_SKL-250_RevD.eml", E(mail(PL_JAVIER, MA_RUI, "Pedido muestras SKL-250 Rev D",
        "Mon, 22 Apr 2024 13:05:00 +0200", _t, attachments=[("PO_4500031909.pdf", _po, PDF_MT)]))),
])

# p13: two-level quoted thread; "Approved, please proceed" on a weld detail
_q2 = """Dear Matteo,

PO AC-PO-2291 attached. Please note the scope: sixteen (16) sample handrails only. The production balance of 380 pcs is not released. It will be released only in writing by Stavros Kyriakidis, Group Technical Director, after Eleni Vlachou signs off the samples. Material for the samples only.

Best regards,
Nikos Papadakis"""
_q1 = """Dear Mrs Vlachou,

attached the new weld detail Rev 08 as you requested, the gusset is now 5 mm. Please confirm so we can proceed.

Thanks and regards,
Matteo

On 20/05/2024 09:10, Nikos Papadakis wrote:
""" + q(_q2)
_t = """Dear Matteo,

the new weld detail (DRG AC-MEP-3120 Rev 08) is fine for us, I checked it with our structural engineer. Approved, please proceed.

Best regards,
Eleni
""" + SIG_ELENI + "\nOn 05/06/2024 17:48, Matteo Zanella wrote:\n" + q(_q1) + "\n"
case("p13", ["RG002"], "'Approved, please proceed' on a weld detail names no scope or quantity; buyer scope quoted two levels deep is complete", [
    ("RE_RE_AC-PO-2291_weld_detail.eml", E(mail(AC_ELENI, IB_MATTEO, "RE: RE: AC-PO-2291 handrail - weld detail Rev 08",
        "Thu, 06 Jun 2024 10:20:00 +0300", _t, cc=AC_NIKOS, in_reply_to="<h200-m0605@idrotecnicaberici.it>"))),
])

# p14: supplier weekly report: resin for the series bought while only samples authorised
case("p14", ["RG006"], "supplier report: ASA and inserts bought for the 2.000 series while 20 samples are authorised and balance on hold", [
    ("MA_relatorio_semanal_wk15.pdf", pdf([
        ("h1", "MOLDES ATLÂNTICO, LDA."),
        ("h", "Relatório semanal / Weekly report - semana 15 - Piscinas Levante"),
        ("table", [
            ["Peça / Part", "PO", "Autorizado agora / Authorised now", "Estado / Status"],
            ["SKL-250 Rev C tampa skimmer", "4500031872", "20 amostras / samples", "amostras enviadas 10/04"],
            ["SKL-250 Rev C série", "4500031872", "0 (saldo 1.980 em espera / on hold per PL PO note)", "aguarda aprovação das amostras"],
        ]),
        ("sp",),
        ("h", "Materiais / materials"),
        ("table", [
            ["Material", "Qtd comprada / bought", "Para / for"],
            ["ASA UV branco (AU-40)", "25 kg", "amostras / samples"],
            ["ASA UV branco (AU-40)", "2.600 kg", "série 2.000 pcs (comprado sem. 14)"],
            ["Insertos latão M5 / brass inserts M5", "4.000 pcs", "série 2.000 pcs"],
        ]),
        ("sp",),
        ("p", "Observações: compramos a resina da série antecipadamente porque o fornecedor sobe o preço em maio. "
              "Remarks: series resin bought in advance because the resin price goes up in May."),
        ("p", "Ana Sofia Marques - Planeamento"),
    ], title="Relatorio semanal wk15", author="Moldes Atlantico")),
])

# p15: WhatsApp: buyer tells supplier not to wait for the written release after sample check
case("p15", ["RG007"], "buyer contradicts his own written-release rule: 'if the samples pass Eleni's check, don't wait for the paper, continue with the 1.940'", [
    ("WhatsApp Chat with Kevin Lanbo.txt", """[10/04/2024, 09:31:18] Nikos Papadakis: Good morning Kevin. For AC-PO-2315: only the 60 sample rings now. The balance 1.940 is not released until Eleni signs off the samples and Mr Kyriakidis sends the written release.
[10/04/2024, 09:40:02] Kevin Huang: Good morning Mr Nikos, well received 👍
[22/04/2024, 15:12:45] Kevin Huang: Mr Nikos, samples ship this Friday by DHL. For the 1.940 we need 4 weeks, your Rhodes opening is very tight
[22/04/2024, 15:30:09] Nikos Papadakis: I know. Listen, if the samples pass Eleni's check, don't wait for the paper from Stavros, continue directly with the 1.940. We fix the paperwork after
[22/04/2024, 15:31:40] Kevin Huang: OK understand, when Mrs Eleni say OK we start immediately 👍
[22/04/2024, 15:32:02] Nikos Papadakis: 👍
"""),
])

# p16: forecast csv attached, buyer says treat it as firm order
_csv = """item,period,qty,basis
LNR-300-12V,2024-07,600,FORECAST
LNR-300-12V,2024-08,600,FORECAST
LNR-300-12V,2024-09,600,FORECAST
LNR-300-12V,2024-10,900,FORECAST
LNR-300-12V,2024-11,900,FORECAST
LNR-300-12V,2024-12,900,FORECAST
LNR-300-12V,2025-01,800,FORECAST
LNR-300-12V,2025-02,800,FORECAST
LNR-300-12V,2025-03,800,FORECAST
LNR-300-12V,2025-04,300,FORECAST
LNR-300-12V,2025-05,150,FORECAST
LNR-300-12V,2025-06,150,FORECAST
TOTAL,,7500,
"""
_t = """Hi Faridah,

Attached is our 12-month demand for the LNR-300 ring (csv out of the planning system).

Please treat the 7,500 pcs as our firm order for FY25 and lock in the capacity and the resin pricing on that basis. We'll send you POs month by month against it.

Any dramas, give me a bell.

Cheers,
Shane
""" + SIG_SHANE
case("p16", ["RG008"], "buyer: 'treat the 7,500 pcs as our firm order for FY25' over a demand file whose lines say FORECAST", [
    ("FY25_demand_LNR-300.eml", E(mail(CC_SHANE, PP_FARIDAH, "FY25 demand LNR-300",
        "Wed, 08 May 2024 16:40:00 +1000", _t, cc=PP_RAVI,
        attachments=[("LNR-300_demand_FY25.csv", _csv, "text/csv")]))),
])

# p17: supplier portal lists the buyer's forecast as CONFIRMED ORDER
case("p17", ["RG008"], "supplier portal shows the FY25 forecast of 7,500 as 'CONFIRMED ORDER - capacity booked'; sample line and hold are correct", [
    ("ppw_customer_portal_CC.html", html_page("PPW Customer Portal - Coral Coast", """
<h2>Penang Polymer Works &mdash; Customer Portal</h2>
<p>Customer: <b>Coral Coast Pool Supplies Pty Ltd</b> &middot; account 40117 &middot; last update 13/05/2024</p>
<h3>Orders</h3>
<table>
<tr><th>Ref</th><th>Item</th><th>Type</th><th>Qty</th><th>Status</th></tr>
<tr><td>PO CC-45120</td><td>LNR-300-12V LED niche ring</td><td>Sample</td><td>40</td><td>Shipped 03/05/2024</td></tr>
<tr><td>PO CC-45120</td><td>LNR-300-12V LED niche ring</td><td>Balance</td><td>1,960</td><td>NOT RELEASED &ndash; waiting sample sign-off (K. Brennan) and written release from Darren Pascoe</td></tr>
<tr><td>FY25 plan</td><td>LNR-300-12V LED niche ring</td><td>Customer forecast FY25</td><td>7,500</td><td><b>CONFIRMED ORDER &ndash; capacity booked</b></td></tr>
</table>
<p>Contact: Faridah Osman, Customer Service &middot; +60 4 555 7120</p>
""")),
])

# p18: DOCX record: "approval" for PO, samples and production
case("p18", ["RG009"], "record uses 'approval' for the PO (finance), the samples (engineering) and production; scope and hold complete", [
    ("SAR-PKR-0031.docx", docx_bytes([
        ("h1", "Palmetto Key Resorts - Approval record SAR-PKR-0031"),
        ("p", "Order: PO PKR-7731 - SJ-2000 spa jet - Galil Flow Technologies Ltd."),
        ("table", [
            ["Approval", "Status", "By", "Date"],
            ["PO approval (Finance)", "Approved", "M. Ortega, Finance", "03/25/2024"],
            ["Sample approval (Engineering)", "Approved", "Brent Hollis", "05/06/2024"],
            ["Production approval", "Pending", "Dana Whitcomb", "-"],
        ]),
        ("sp",),
        ("p", "Scope: 24 sample jets. The balance of 2,376 is not released. Production approval needs a written "
              "release from Dana Whitcomb, VP Construction, after the sample sign-off above."),
        ("p", "Prepared by Tricia Delgado, Procurement Manager."),
    ], author="Tricia Delgado")),
])

# p19: mail as text: "go ahead with the samples" without a quantity
case("p19", ["RG010"], "'please go ahead with the samples' with no sample quantity anywhere; hold, event and Kyriakidis named", [
    ("AC-PO-2388_samples.txt", """From: Nikos Papadakis <n.papadakis@aegeancrest.gr>
Sent: Thursday, May 16, 2024 9:05 AM
To: Faridah Osman <faridah@penangpolymer.com.my>
Cc: Eleni Vlachou <e.vlachou@aegeancrest.gr>
Subject: AC-PO-2388 skimmer lids Kos - samples

Dear Mrs Osman,

thank you for the offer. Please go ahead with the samples of the skimmer lid SKL-250 for the Kos pools, in the grey colour RAL 7035.

The rest of the quantity stays on hold. It is released only when Mrs Vlachou signs off the samples and Mr Stavros Kyriakidis sends the written release. Material for samples only please.

Kind regards,
Nikos Papadakis
Procurement Manager
Aegean Crest Hotels S.A.
T +30 210 555 4410
"""),
])

# p20: PDF PO states the sample quantity twice, differently
case("p20", ["RG011"], "PO table says 30 samples, PO text says 'thirty-six (36)' samples", [
    ("CC-45512.pdf", pdf([
        ("h1", "CORAL COAST POOL SUPPLIES PTY LTD"),
        ("p", "14 Reedy Creek Rd, Burleigh Heads QLD 4220 - ABN 00 000 000 000"),
        ("h", "PURCHASE ORDER CC-45512"),
        ("p", "Supplier: Foshan Lanbo Pool Equipment Co., Ltd. Date: 20/05/2024. Currency: USD."),
        ("table", [
            ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Price"],
            ["1", "PH-1500-R2", "Pump housing 1.5 HP, PP-GF30, drawing CC-3150 Rev 2", "Sample", "30", "EA", "26.00"],
        ]),
        ("sp",),
        ("p", "Thirty-six (36) sample pump housings are authorised on this PO. The 1,470 production balance is "
              "not released until Kylie Brennan signs off the samples and Darren Pascoe sends the written release. "
              "Material for samples only."),
        ("p", "Test: hydrostatic 2.5 bar / 30 min, thermal cycling 5-40 C x 200 cycles."),
        ("p", "Buyer: Shane Mitchell"),
    ], title="Purchase Order CC-45512", author="Coral Coast Pool Supplies")),
])

# p21: supplier confirmation (DOCX attached) says 18 samples; quoted buyer PO says 16
_conf = docx_bytes([
    ("h1", "IDROTECNICA BERICI S.r.l. - Conferma d'ordine CO-24-0518"),
    ("p", "Cliente / customer: Aegean Crest Hotels S.A., Atene. Vs. ordine / your PO: AC-PO-2291 del 20/05/2024."),
    ("table", [
        ["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo", "Consegna"],
        ["10", "HR-316-1200", "Corrimano scala / ladder handrail AISI 316 - campioni", "18", "EUR 95,00", "sett. 23"],
    ]),
    ("sp",),
    ("p", "Saldo produzione: in attesa come da vostro ordine / production balance on hold as per your PO."),
    ("p", "Matteo Zanella - Ufficio Commerciale"),
], author="Matteo Zanella")
_quoted = """Dear Matteo,
PO AC-PO-2291 attached: sixteen (16) sample handrails only. The balance of 380 pcs is not released; it is released only in writing by Stavros Kyriakidis after Eleni Vlachou signs off the samples. Material for the samples only.
Nikos Papadakis"""
_t = """Dear Mr Papadakis,

thank you for your order AC-PO-2291. Please find attached our order confirmation CO-24-0518: eighteen (18) sample handrails HR-316-1200, delivery week 23.

Production balance remains on hold as per your note.

Best regards,
Matteo
""" + SIG_MATTEO + "\nIl 20/05/2024 09:10, Nikos Papadakis ha scritto:\n" + q(_quoted) + "\n"
case("p21", ["RG011"], "supplier confirmation (mail and DOCX) says 18 samples; the quoted buyer PO says sixteen (16)", [
    ("Conferma_ordine_AC-PO-2291.eml", E(mail(IB_MATTEO, AC_NIKOS, "R: AC-PO-2291 - conferma d'ordine CO-24-0518",
        "Wed, 22 May 2024 11:45:00 +0200", _t, attachments=[("CO-24-0518.docx", _conf, DOCX_MT)],
        in_reply_to="<h200-n0520@aegeancrest.gr>"))),
])

# p22: supplier treats signed PO acceptance as go for production
case("p22", ["RG012"], "supplier: signed PO acceptance treated as 'the go for production' of the 2,376 balance; quoted buyer scope complete", [
    ("RE_PKR-7731_PO_acceptance.txt", """From: Yossi Ben-Ami <yossi@galilflow.co.il>
Sent: Wednesday, April 3, 2024 6:02 PM
To: Tricia Delgado <tdelgado@palmettokeyresorts.com>
Subject: RE: PKR-7731 - PO acceptance

Hi Tricia,

Signed PO acceptance attached. Since the acceptance is now signed by both sides, we treat it as the go for production and will start the 2,376 balance on 05/06 in parallel with the samples, to hit your Phase 1 date.

Best,
Yossi

Yossi Ben-Ami | VP Sales | Galil Flow Technologies Ltd. | Karmiel, Israel | +972 4 555 6610

-----Original Message-----
From: Tricia Delgado <tdelgado@palmettokeyresorts.com>
Sent: Tuesday, April 2, 2024 11:20 AM
To: Yossi Ben-Ami <yossi@galilflow.co.il>
Subject: PKR-7731 - PO acceptance

Yossi,

Please sign and return the PO acceptance for PKR-7731. Reminder of the scope: 24 sample jets only. The 2,376 balance is not released; production only on a written release from Dana Whitcomb after Brent Hollis signs off the samples.

Thanks,
Tricia
"""),
])

# p23: hold and named releaser, but no unlock event ("until further notice")
_t = """Hi Faridah,

PO CC-45120 is for the forty (40) sample rings only. The 1,960 balance is on hold - not released, and no material for it please.

I'm the one who releases it and I'll do that when I'm ready. Can't give you a date yet, so hold until further notice.

Cheers,
Darren
""" + SIG_DARREN
case("p23", ["RG004"], "40 samples, balance on hold, Darren ('I') releases it 'when I'm ready ... until further notice' - no unlock event", [
    ("CC-45120_scope.eml", E(mail(CC_DARREN, PP_FARIDAH, "CC-45120 - scope", "Thu, 28 Mar 2024 09:14:00 +1000",
        _t, html=text_to_html(_t), cc=CC_SHANE))),
])

# p24: PDF PO: hold "until further notice", nobody named
case("p24", ["RG004", "RG005"], "30 samples authorised, 2.970 'on hold until further notice': no unlock event, no release person", [
    ("PO_4500032150.pdf", pdf([
        ("h1", "PISCINAS LEVANTE S.L."),
        ("p", "Pol. Ind. Carrús, C/ Torno 12, 03206 Elche (Alicante) - CIF B00000000"),
        ("h", "PURCHASE ORDER / PEDIDO 4500032150"),
        ("p", "Supplier: Galil Flow Technologies Ltd., Karmiel, Israel. Date: 29.04.2024. Incoterms: DAP Elche."),
        ("table", [
            ["Pos", "Part", "Description", "Qty", "Unit price", "Amount"],
            ["010", "SJ-2000-G", "Spa jet G 1 1/2, 316 face ring, EN 16582-1 compliant", "30", "EUR 36,00", "EUR 1.080,00"],
        ]),
        ("sp",),
        ("p", "Only the 30 sample jets are authorised. The balance of 2.970 jets of your offer GF-Q-24-044 stays on "
              "hold until further notice. No material for the balance."),
        ("p", "Javier Ortuño, Compras."),
    ], title="Pedido 4500032150", author="Piscinas Levante")),
])

# p25: DOCX minutes: "approved" technical and commercial; release "by our side"
case("p25", ["RG005", "RG009"], "minutes: 'approved' for samples (technical) and PO (commercial); balance released 'by our side' - no named person", [
    ("Minutes_AC_IB_2024-05-14.docx", docx_bytes([
        ("h1", "Minutes - Aegean Crest / Idrotecnica Berici"),
        ("p", "Handrail HR-316-1200 - 14/05/2024, Teams. Attendees: Nikos Papadakis, Eleni Vlachou (AC); "
              "Matteo Zanella, Chiara Bortolan (IB)."),
        ("num", "Samples: the sixteen (16) samples were approved by Eleni (technical); salt spray 1.000 h still running."),
        ("num", "PO AC-PO-2291 rev 1 approved by AC management (commercial) on 10/05."),
        ("num", "Production balance of 380 pcs: not released. It will be released after the final sample sign-off, by our side."),
        ("num", "IB keeps material for the samples only."),
        ("table", [
            ["Action", "Who", "When"],
            ["Send salt spray report", "Chiara Bortolan", "24/06"],
            ["Final sample sign-off", "Eleni Vlachou", "28/06"],
        ]),
    ], author="Nikos Papadakis")),
])

# p26: WeChat: "approved, go ahead" with no quantity anywhere
case("p26", ["RG002", "RG010"], "'approved, go ahead' after a mould change, unscoped; no quantity stated anywhere in the chat", [
    ("WeChat_Lanbo_CC-45210_skimmer.txt", """WeChat chat history
Group: Lanbo x Coral Coast skimmer lid
Exported: 2024-05-09 11:30 (UTC+8)
----------------------------------------------------------------

2024-04-22 06:55  Darren Pascoe:
Kevin - PO CC-45210 is for the sample skimmer lids only for now. Production balance is not released till Kylie signs off the samples and I send the written release. Material for the samples only.

2024-04-22 08:02  Kevin Huang (Lanbo):
OK Darren, noted.

2024-05-07 16:20  Kevin Huang (Lanbo):
Shane, T2 mould modification finish (hinge boss +0.3mm), new dimension report attached. Can start?

2024-05-07 16:21  Kevin Huang (Lanbo):
[File] SKL_T2_dimension_report.xlsx

2024-05-08 09:14  Shane Mitchell:
Yep all good mate, approved, go ahead 👍

2024-05-08 09:20  Kevin Huang (Lanbo):
Thank you Shane! 🙏
"""),
])

# p27: buyer: tooling invoice paid, "so please go ahead"; scope quoted two levels down
_q2 = """Faridah,
PO PKR-7815 attached: 20 sample rings only. The 780 balance is not released until Brent Hollis signs off the samples and Dana Whitcomb sends a written release. Material for the samples only.
Tricia"""
_q1 = """Dear Ms Tricia,

Good day. Kindly arrange payment of tooling invoice PPW-INV-0331 (USD 6,200.00) so that we can proceed.

Thank you & regards,
Faridah

On 4/8/2024 10:02 AM, Tricia Delgado wrote:
""" + q(_q2)
_t = """Hi Faridah,

Tooling invoice PPW-INV-0331 was paid today (wire ref 0417-PKR). So please go ahead.

Thanks,
Tricia
""" + SIG_TRICIA + "\nOn 4/15/2024 9:30 PM, Faridah Osman wrote:\n" + q(_q1) + "\n"
case("p27", ["RG002", "RG012"], "buyer: 'tooling invoice was paid today. So please go ahead' - payment as trigger, unscoped go-ahead; quoted scope complete", [
    ("RE_PPW-INV-0331.eml", E(mail(PK_TRICIA, PP_FARIDAH, "RE: RE: PKR-7815 tooling invoice PPW-INV-0331",
        "Wed, 17 Apr 2024 13:45:00 -0400", _t, in_reply_to="<h200-f0415@penangpolymer.com.my>"))),
])

# p28: WhatsApp: "adelante / go ahead" and supplier orders resin for 2.000
case("p28", ["RG002", "RG006"], "buyer 'adelante! go ahead' unscoped; supplier then orders ASA for the full 2.000 against 20 authorised samples", [
    ("WhatsApp Chat with Rui Figueiredo.txt", """[18/03/24, 9:05:12] Javier Ortuño: Buenos días Rui. Recordatorio pedido 4500031872: solo 20 muestras. El resto (1.980) NO liberado hasta que Marta firme las muestras y Alberto Sempere mande la liberación por escrito. Material solo para muestras 🙏
[18/03/24, 9:20:40] Rui Figueiredo: Bom dia Javier, ok entendido 👍
[03/04/24, 17:48:02] Rui Figueiredo: Javier, the mould is corrected (clip height -0,2 mm), photos attached. We can go?
[03/04/24, 17:48:10] Rui Figueiredo: <adjunto: IMG-20240403-WA0007.jpg>
[03/04/24, 18:30:55] Javier Ortuño: ok perfecto Rui, adelante! go ahead
[03/04/24, 18:34:21] Rui Figueiredo: Obrigado! Then we order already the ASA for the full 2.000 so we don't lose time with the resin supplier
"""),
])

# p29: supplier treats labelled forecast as confirmed order and buys material for it
_quoted = """Dear Kevin,

for your planning only: our forecast for 2025 is about 4.800 LNR-300 rings (Rhodes, Kos, Crete). This is a forecast, not an order.

Current PO AC-PO-2315 remains sixty (60) samples only; the balance of 1.940 is not released until Eleni Vlachou signs off the samples and Stavros Kyriakidis sends the written release.

Best regards,
Nikos"""
_t = """Dear Mr. Nikos,

Thank you for your 2025 forecast. We take the 4.800 pcs as your confirmed order for 2025, and we already bought the PC lens material and LED strips for all 4.800 pcs to keep the price.

Samples 60 pcs will ship next week.

Best regards,
Kevin Huang
""" + SIG_KEVIN + "\n------------------ Original ------------------\nFrom: Nikos Papadakis\nDate: Tue, Apr 30, 2024 10:15 AM\nSubject: 2025 forecast LNR-300\n\n" + q(_quoted) + "\n"
case("p29", ["RG006", "RG008"], "supplier takes labelled 4.800 forecast as confirmed order and buys lens and LED material for all 4.800", [
    ("RE_2025_forecast_LNR-300.eml", E(mail(FL_KEVIN, AC_NIKOS, "RE: 2025 forecast LNR-300",
        "Thu, 02 May 2024 15:20:00 +0800", _t, in_reply_to="<h200-n0430@aegeancrest.gr>"))),
])

# p30: supplier status report: 24 vs 30 samples, material staged for 600
case("p30", ["RG006", "RG011"], "supplier report says 24 samples authorised in the summary and 30 released in the table; material staged for 600 production jets", [
    ("GF_status_PKR_20240415.pdf", pdf([
        ("h1", "GALIL FLOW TECHNOLOGIES LTD."),
        ("h", "Order status report - Palmetto Key Resorts - 04/15/2024"),
        ("p", "Summary: authorized now on PO PKR-7731: 24 sample jets. Production balance on hold pending the "
              "customer's written release."),
        ("table", [
            ["PO", "Part", "Scope", "Qty released", "Qty built", "Status"],
            ["PKR-7731", "SJ-2000", "Samples", "30", "30", "pressure test 3 bar"],
            ["PKR-7731", "SJ-2000", "Production", "0", "0", "on hold"],
        ]),
        ("sp",),
        ("h", "Material"),
        ("table", [
            ["Material", "Qty", "Covers"],
            ["316L bar 60 mm", "180 m", "600 jets"],
            ["ABS body blanks", "600", "600 jets"],
            ["EPDM O-rings 2-226", "1,200", "600 jets"],
        ]),
        ("sp",),
        ("p", "Remark: material for the first 600 production jets is staged to shorten the lead time after release."),
        ("p", "Noa Peretz, Operations Manager"),
    ], pagesize=LETTER, title="Order status report", author="Galil Flow")),
])

# p31: supplier cut tubes for all 380 because sample approval = start of production
_quoted = """Dear Matteo,

PO AC-PO-2291 attached: sixteen (16) sample handrails only. The production balance of 380 pcs is not released; it is released only in writing by Stavros Kyriakidis, Group Technical Director, after Eleni Vlachou signs off the samples. Material for the samples only.

Best regards,
Nikos Papadakis"""
_t = """Dear Mr. Papadakis, dear Mrs. Vlachou,

the 16 samples will be ready on Friday.

For your information we have already cut and bent the tubes for all 380 handrails, because as soon as Mrs. Vlachou approves the samples we go directly in production of the 380, so we are ready for the Rhodes opening.

Best regards,
Matteo
""" + SIG_MATTEO + "\nIl 20/05/2024 09:10, Nikos Papadakis ha scritto:\n" + q(_quoted) + "\n"
case("p31", ["RG006", "RG007"], "supplier cut tubes for all 380 and says sample approval means going directly into production; quoted scope needs Kyriakidis written release", [
    ("R_AC-PO-2291_campioni.eml", E(mail(IB_MATTEO, AC_NIKOS, "R: AC-PO-2291 - campioni / samples",
        "Tue, 04 Jun 2024 16:10:00 +0200", _t, html=text_to_html(_t), cc=AC_ELENI,
        in_reply_to="<h200-n0520b@aegeancrest.gr>"))),
])

# p32: DOCX engineering memo: sample approval also "approves" the series
case("p32", ["RG007", "RG009"], "engineering memo: samples approved, 'with this approval the series of 1.980 is also approved' - no recorded auto-conversion; 'approved' technical and production", [
    ("Nota_muestras_SKL-250.docx", docx_bytes([
        ("h1", "PISCINAS LEVANTE S.L. - Departamento de Ingeniería"),
        ("h", "Nota de aprobación de muestras / Sample approval memo - SKL-250 Rev C"),
        ("p", "Para / to: Moldes Atlântico (Rui Figueiredo, Ana Sofia Marques). CC: Javier Ortuño. Fecha: 16/04/2024."),
        ("table", [
            ["Característica", "Especificación", "Resultado"],
            ["Altura clip / clip height", "6,0 +/-0,1", "6,08 OK"],
            ["Planitud / flatness", "<= 0,5", "0,31 OK"],
            ["Color / colour RAL 9010", "dE <= 1,0", "0,6 OK"],
            ["UV ISO 4892-2", "1.000 h", "OK"],
        ]),
        ("sp",),
        ("p", "Resultado: las 20 muestras T1 están aprobadas. Result: the 20 T1 samples are approved."),
        ("p", "Con esta aprobación la serie de 1.980 unidades (pedido 4500031872) queda también aprobada y Moldes "
              "Atlântico puede empezar la serie sin esperar otro documento. With this approval the series of 1.980 "
              "pcs is also approved and Moldes Atlântico can start the series without waiting for another document."),
        ("p", "Marta Ibáñez, Jefa de Ingeniería"),
    ], author="Marta Ibanez")),
])

# p33: supplier enters forecast as firm order and will run straight after sample approval
case("p33", ["RG007", "RG008"], "supplier enters the labelled 7,500 forecast as firm order and will run the 1,960 straight after Kylie's approval without a release", [
    ("RE_FY25_forecast_LNR-300.txt", """From: Ravi Subramaniam <ravi.s@penangpolymer.com.my>
Sent: Friday, 10 May 2024 4:55 PM
To: Shane Mitchell <shane.mitchell@coralcoastpools.com.au>
Cc: Faridah Osman <faridah@penangpolymer.com.my>
Subject: RE: FY25 forecast LNR-300

Dear Shane,

Well noted your FY25 forecast 7,500 pcs, we have entered it as firm order in our system.

Once Kylie approve the samples we will straight away run the first 1,960 pcs, no need to wait for separate release, to save time for your spring season.

Thanks & best regards,
Ravi Subramaniam
Operations Manager, Penang Polymer Works Sdn. Bhd.

-----Original Message-----
From: Shane Mitchell <shane.mitchell@coralcoastpools.com.au>
Sent: Thursday, 9 May 2024 3:12 PM
To: Ravi Subramaniam <ravi.s@penangpolymer.com.my>
Subject: FY25 forecast LNR-300

Hi Ravi,

FY25 forecast attached, for planning only - it's not an order. PO CC-45120 stays at 40 samples; the 1,960 balance isn't released until Kylie Brennan signs off the samples and Darren Pascoe sends a written release.

Cheers,
Shane
"""),
])

# p34: supplier tracking page: production starts automatically on sample approval; 24 vs 20 samples
case("p34", ["RG007", "RG011"], "supplier page: production 'starts automatically when customer approves samples'; header 24 samples vs line 20", [
    ("galilflow_tracking_PKR-7731.html", html_page("Galil Flow - Order tracking PKR-7731", """
<h2>Galil Flow Technologies &mdash; Customer Order Tracking</h2>
<p>Customer: Palmetto Key Resorts LLC &middot; PO <b>PKR-7731</b> &middot; part SJ-2000 spa jet (PKR-SK-2000 Rev 4)</p>
<p><b>Sample quantity:</b> 24 jets</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th><th>Next step</th></tr>
<tr><td>1</td><td>Sample</td><td>20</td><td>Pressure test passed</td><td>Ship 04/24</td></tr>
<tr><td>2</td><td>Production</td><td>2,376</td><td>Scheduled wk 19</td><td>Starts automatically when customer approves samples</td></tr>
</table>
<div class="note">Production line 2 is scheduled to start automatically on your sample approval &mdash; no further action is needed from your side.</div>
<p>Questions: Noa Peretz, Operations &middot; noa.peretz@galilflow.co.il</p>
""")),
])

# p35: multi-file: PO (complete scope) + proforma with wrong PO number and deposit-triggered production
case("p35", ["RG011", "RG012"], "PO AC-PO-2315 (complete scope) vs proforma quoting PO AC-PO-2351 and 'production of the 1.940 will start upon receipt of deposit'", [
    ("AC-PO-2315.pdf", pdf([
        ("h1", "AEGEAN CREST HOTELS S.A."),
        ("p", "Procurement Department - 18 Kifisias Ave, 151 25 Marousi, Athens"),
        ("h", "PURCHASE ORDER AC-PO-2315"),
        ("p", "Supplier: Foshan Lanbo Pool Equipment Co., Ltd. Date: 02/04/2024. Currency: USD."),
        ("table", [
            ["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
            ["10", "LNR-300-12V", "LED niche ring 300 mm, 12 V, IP68", "Sample", "60", "14,50", "870,00"],
            ["20", "TOOL-LNR300", "Mould LNR-300 (30% deposit with order)", "Tooling", "1", "13.000,00", "13.000,00"],
        ]),
        ("sp",),
        ("p", "Only the sixty (60) samples are authorised. The production balance of 1.940 rings is not released; it "
              "is released only after Eleni Vlachou signs off the samples and Stavros Kyriakidis sends the written "
              "production release. Material: samples only."),
        ("p", "Nikos Papadakis, Procurement Manager"),
    ], title="Purchase Order AC-PO-2315", author="Aegean Crest Hotels")),
    ("LB-PI-240416.pdf", pdf([
        ("h1", "FOSHAN LANBO POOL EQUIPMENT CO., LTD."),
        ("p", "No. 8 Gongye Rd, Shishan Town, Nanhai District, Foshan, Guangdong, China"),
        ("h", "PROFORMA INVOICE LB-PI-240416"),
        ("p", "Buyer: Aegean Crest Hotels S.A. PO No.: AC-PO-2351. Date: 2024-04-16. Payment: T/T."),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "LNR-300 LED niche ring samples", "60", "14.50", "870.00"],
            ["2", "LNR-300 LED niche ring mass production", "1,940", "11.20", "21,728.00"],
            ["3", "Mould LNR-300", "1", "13,000.00", "13,000.00"],
            ["", "Total", "", "", "35,598.00"],
        ]),
        ("sp",),
        ("p", "Deposit 30%: USD 10,679.40. Production of the 1,940 pcs will start upon receipt of the 30% deposit. "
              "Balance 70% against copy of B/L."),
        ("p", "Kevin Huang, Sales Manager"),
    ], title="Proforma invoice LB-PI-240416", author="Foshan Lanbo")),
])

# p36: buyer: PO approved, deposit paid, "so the order is released"; technical approval still pending
case("p36", ["RG009", "RG012"], "buyer: PO 'approved' by committee + deposit paid 'so the order is released, start production'; 'approval' also used for the drawing", [
    ("Pedido_4500032044_IB-JT-45.txt", """De: Javier Ortuño <j.ortuno@piscinaslevante.es>
Enviado el: jueves, 2 de mayo de 2024 12:18
Para: Matteo Zanella <m.zanella@idrotecnicaberici.it>
Asunto: Pedido 4500032044 - IB-JT-45

Hola Matteo,

the PO 4500032044 for 1.200 spa jets IB-JT-45 is approved by our Comité de Compras, and yesterday we paid the 30% deposit (EUR 5.328,00). So the order is released, you can start the production.

The technical approval of the drawing is still with Marta (approval of Rev 3 expected this week).

Un saludo,
Javier Ortuño
Departamento de Compras
Piscinas Levante S.L. - Elche
Tel. +34 965 41 22 10
"""),
])

# p37: Teams: deposit paid, "so please start the samples"; no sample quantity
case("p37", ["RG010", "RG012"], "buyer: tooling deposit paid 'so please start the samples' - payment as trigger; no sample quantity stated", [
    ("Teams_AegeanCrest_GalilFlow.txt", """Microsoft Teams - chat export
Chat: Aegean Crest - Galil Flow | SJ-2000 Rhodes spa
Participants: Nikos Papadakis, Yossi Ben-Ami
Exported 12/6/2024

[10/6/2024 11:02] Yossi Ben-Ami
Nikos, shalom. Any news about the tooling deposit? Our toolroom is waiting for it.

[10/6/2024 11:20] Nikos Papadakis
Yes Yossi, the deposit for the tooling is paid this morning, so please start the samples.

[10/6/2024 11:21] Nikos Papadakis
Production quantity is not released, it waits for Eleni's sign-off of the samples and the written release from Mr. Stavros Kyriakidis.

[10/6/2024 11:25] Yossi Ben-Ami
Great, thanks. We start the samples tomorrow.
"""),
])

# p38: Spanish buyer portal: sample quantity "TBC", release by "the Purchasing Department"
case("p38", ["RG005", "RG010"], "portal PO: sample quantity 'to be confirmed', balance released by 'the Purchasing Department' - no quantity, no named person", [
    ("portal_pedido_4500032101.html", html_page("Portal de Proveedores - Piscinas Levante - 4500032101", """
<h2>Piscinas Levante &mdash; Portal de Proveedores</h2>
<p><b>Pedido / PO 4500032101</b> &middot; proveedor: Penang Polymer Works Sdn. Bhd. &middot; fecha 07.05.2024</p>
<table>
<tr><th>Pos</th><th>Material</th><th>Descripción</th><th>Alcance / scope</th><th>Cantidad / qty</th></tr>
<tr><td>010</td><td>LNR-270-PL</td><td>Anillo nicho LED 270 mm / LED niche ring, blanco</td><td>Muestras / samples</td><td>a confirmar / TBC</td></tr>
</table>
<div class="note">
<p>Solo muestras autorizadas. El saldo de producción no está liberado hasta la firma de las muestras por Ingeniería.</p>
<p>Only samples are authorised. The production balance is not released until the samples are signed off by Engineering.
Production release: by the Purchasing Department (Departamento de Compras).</p>
</div>
<p>Plano PL-DRG 4410 Rev 02 &middot; IP68 &middot; EN 60598-2-18</p>
""", lang="es")),
])

# p39: multi-file: cover mail (24) vs PO (20) + quote; PO prints production qty with no hold
_t = """Hi Yossi,

Our PO PKR-7745 for 24 sample SJ-2000 jets is attached, along with your quote for reference.

Please confirm the ship date when you can.

Thanks!
Tricia
""" + SIG_TRICIA
case("p39", ["RG001", "RG003", "RG004", "RG005", "RG011"], "cover mail says 24 samples, PO says 20; PO and quote show 2,400 production with no hold, event or release person", [
    ("email_2024-04-02_PKR-7745.eml", E(mail(PK_TRICIA, GF_YOSSI, "PO PKR-7745 - SJ-2000 samples",
        "Tue, 02 Apr 2024 10:20:00 -0400", _t))),
    ("PKR-7745.pdf", pdf([
        ("h1", "PALMETTO KEY RESORTS LLC"),
        ("p", "4100 Gulf Shore Blvd N, Naples, FL 34103"),
        ("h", "PURCHASE ORDER PKR-7745"),
        ("p", "Vendor: Galil Flow Technologies Ltd., Karmiel, Israel. Date: 04/02/2024. Ship to: Naples Bay project site."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Ext."],
            ["1", "SJ-2000", "Spa jet 1-1/2\" NPT, 316 face - samples", "20", "EA", "USD 38.00", "USD 760.00"],
        ]),
        ("sp",),
        ("p", "Per Galil quote GF-Q-24-031: production 2,400 pcs at USD 21.50, lead time 8 weeks."),
        ("p", "Terms: Net 45. Tricia Delgado, Procurement Manager."),
    ], pagesize=LETTER, title="PO PKR-7745", author="Palmetto Key Resorts")),
    ("GF-Q-24-031.pdf", pdf([
        ("h1", "GALIL FLOW TECHNOLOGIES LTD."),
        ("h", "Quotation GF-Q-24-031"),
        ("p", "To: Palmetto Key Resorts LLC, attn. Tricia Delgado. Date: 03/20/2024. Valid 90 days."),
        ("table", [
            ["Item", "Qty", "Unit price", "Lead time"],
            ["SJ-2000 samples", "24", "USD 38.00", "3 weeks"],
            ["SJ-2000 production", "2,400", "USD 21.50", "8 weeks"],
            ["SJ-2000 production", "4,800", "USD 19.90", "10 weeks"],
        ]),
        ("sp",),
        ("p", "Thread 1-1/2\" NPT per ASME B1.20.1. Pressure test 3 bar. Yossi Ben-Ami, VP Sales."),
    ], pagesize=LETTER, title="Quotation GF-Q-24-031", author="Galil Flow")),
])

# p40: mail + PDF PO: production quantity shown, release authority named, no hold, no event
_po = pdf([
    ("h1", "CORAL COAST POOL SUPPLIES PTY LTD"),
    ("p", "14 Reedy Creek Rd, Burleigh Heads QLD 4220"),
    ("h", "PURCHASE ORDER CC-45301"),
    ("p", "Supplier: Foshan Lanbo Pool Equipment Co., Ltd. Date: 25/03/2024. Currency: USD."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Price", "Total"],
        ["1", "PH-1500-R2", "Pump housing 1.5 HP, PP-GF30 - samples", "50", "EA", "26.00", "1,300.00"],
        ["-", "PH-1500-R2", "Production per quote LB-Q-24-0207", "1,450", "EA", "18.20", "26,390.00"],
    ]),
    ("sp",),
    ("p", "Hydrostatic 2.5 bar / 30 min on all samples. Buyer: Shane Mitchell."),
], title="Purchase Order CC-45301", author="Coral Coast Pool Supplies")
_t = """Hi Kevin,

PO CC-45301 attached for 50 sample pump housings PH-1500.

Your quote has the production run at 1,450 pcs @ USD 18.20 (LB-Q-24-0207), that's on the PO as well.

Darren Pascoe is the release authority on this one.

Cheers,
Shane
""" + SIG_SHANE
case("p40", ["RG001", "RG003", "RG004"], "50 samples with the 1,450 production shown on the PO and in the mail, no hold and no unlock event; release authority named", [
    ("CC-45301_PH-1500.eml", E(mail(CC_SHANE, FL_KEVIN, "PO CC-45301 - PH-1500 pump housing",
        "Mon, 25 Mar 2024 15:30:00 +1000", _t, html=text_to_html(_t), cc=CC_DARREN,
        attachments=[("CC-45301.pdf", _po, PDF_MT)]))),
])

# p41: EDI 850: 12 samples and "committed volume" 9,600 with no hold
case("p41", ["RG001", "RG003", "RG004", "RG005", "RG008"], "EDI PO for 12 samples states 2025 annual requirement 9,600 as 'committed volume'; no hold, event or release person", [
    ("X12_850_PKR-7812.txt", """X12 850 PURCHASE ORDER -- PRINT                      PALMETTO KEY RESORTS LLC
ISA SENDER: PALMETTOKEY     RECEIVER: PENANGPOLY      CTRL 000000781
-------------------------------------------------------------------------
BEG*00*SA*PKR-7812**20240415
REF*IA*40233
DTM*002*20240520
N1*ST*PALMETTO KEY - NAPLES BAY SITE*92*NB01
PO1*1*12*EA*9.80**BP*SKL-250-W*VP*PPW-SKL250
PID*F****SKIMMER LID ASA WHITE PER PKR-SK-0250 REV 2 - SAMPLE LOT
MSG*SAMPLES 12 EA FOR FIT CHECK AT NAPLES BAY, SHIP AIR.
MSG*ANNUAL REQUIREMENT 2025: 9,600 EA. THIS IS OUR COMMITTED VOLUME
MSG*FOR 2025 - PLEASE PLAN CAPACITY AND PRICING ON 9,600 EA.
CTT*1*12
SE*12*0001
-------------------------------------------------------------------------
BUYER: TRICIA DELGADO  +1 239 555 0142
"""),
])

# p42: buyer portal PO for 30 samples shows quoted production 1 170 with no hold
case("p42", ["RG001", "RG003", "RG004", "RG005"], "portal PO for 30 sample handrails shows quoted production run 1 170 with delivery date, no hold, event or release person", [
    ("CC-45420_supplier_hub.html", html_page("Coral Coast Supplier Hub - PO CC-45420", """
<h2>Coral Coast Pool Supplies &mdash; Supplier Hub</h2>
<p><b>Purchase Order CC-45420</b> &middot; supplier: Idrotecnica Berici S.r.l. &middot; 09/04/2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Price</th><th>Total</th></tr>
<tr><td>1</td><td>HR-316-1200</td><td>Ladder handrail 316, 1200 mm, EN 13451-2 &ndash; samples</td><td>30</td><td>EUR 64,00</td><td>EUR 1.920,00</td></tr>
</table>
<div class="note">Quoted production run (IB-OF-24-0140): 1 170 pcs @ EUR 41,20. Delivery DAP Brisbane by October for the summer season.</div>
<p>Ordered by Shane Mitchell, Category Buyer &middot; +61 7 5500 1234</p>
""")),
])

# p43: "approved, go ahead" on a drawing + attached PO with production line and no hold
_po = pdf([
    ("h1", "AEGEAN CREST HOTELS S.A."),
    ("p", "Procurement Department - 18 Kifisias Ave, 151 25 Marousi, Athens"),
    ("h", "PURCHASE ORDER AC-PO-2377"),
    ("p", "Supplier: Moldes Atlântico, Lda., Marinha Grande, Portugal. Date: 13/05/2024. Currency: EUR."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["10", "SKL-250-G", "Skimmer lid ASA grey RAL 7035, logo insert - samples", "16", "12,50", "200,00"],
        ["20", "SKL-250-G", "Skimmer lid ASA grey RAL 7035, logo insert - production", "1.184", "4,10", "4.854,40"],
    ]),
    ("sp",),
    ("p", "Drawing AC-MEP-4402 Rev 03. Delivery DAP Piraeus. Payment 60 days."),
    ("p", "Nikos Papadakis, Procurement Manager"),
], title="Purchase Order AC-PO-2377", author="Aegean Crest Hotels")
_t = """Dear Rui,

the drawing AC-MEP-4402 Rev 03 with the logo insert is approved, go ahead!

Our PO AC-PO-2377 is attached for reference.

Best regards,
Nikos
""" + SIG_NIKOS
case("p43", ["RG001", "RG002", "RG003", "RG004", "RG005"], "'approved, go ahead!' unscoped; attached PO has 16 samples and a 1.184 production line with no hold, event or release person", [
    ("AC-PO-2377_drawing_Rev03.eml", E(mail(AC_NIKOS, MA_RUI, "AC-PO-2377 skimmer lid - drawing Rev 03",
        "Tue, 14 May 2024 12:30:00 +0300", _t, attachments=[("AC-PO-2377.pdf", _po, PDF_MT)]))),
])

# p44: PDF PO "APPROVED" status + sample "approval"; production qty shown; release authority named
case("p44", ["RG001", "RG003", "RG004", "RG009"], "PO status APPROVED (purchasing committee) and samples for 'approval' by engineering; 4.800 production shown with no hold or unlock event; Sempere named", [
    ("PO_4500032133.pdf", pdf([
        ("h1", "PISCINAS LEVANTE S.L."),
        ("p", "Pol. Ind. Carrús, C/ Torno 12, 03206 Elche (Alicante) - CIF B00000000"),
        ("h", "PURCHASE ORDER / PEDIDO 4500032133"),
        ("p", "Status: APPROVED (Comité de Compras, 02.05.2024). Supplier: Penang Polymer Works Sdn. Bhd. Date: 02.05.2024."),
        ("table", [
            ["Pos", "Part", "Description", "Qty", "Unit price", "Amount"],
            ["010", "FL-480-G112", "Filter lateral 480 mm, G 1 1/2, ABS - samples", "24", "EUR 4,10", "EUR 98,40"],
        ]),
        ("sp",),
        ("p", "Samples to be shipped with dimensional report, for approval by Marta Ibáñez (Ingeniería)."),
        ("p", "Production quantity per your quotation PPW-Q-24-0088: 4.800 pcs at EUR 2,05. Drawing PL-DRG 4400 Rev 12; "
              "pressure cycling 500 h per PL-TP-480."),
        ("p", "Release authority for this order: Alberto Sempere, Director de Operaciones."),
        ("p", "Javier Ortuño, Compras."),
    ], title="Pedido 4500032133", author="Piscinas Levante")),
])

# p45: DOCX letter authorising sample manufacture with no quantity, no hold, no event, no releaser
case("p45", ["RG003", "RG004", "RG005", "RG010"], "letter authorises manufacture of 'the sample spa jets' per an offer with samples and series: no quantity, no hold, no event, no release person", [
    ("AC_letter_GF_samples.docx", docx_bytes([
        ("h1", "AEGEAN CREST HOTELS S.A. - Procurement Department"),
        ("p", "Athens, 22/04/2024"),
        ("p", "To: Galil Flow Technologies Ltd., Karmiel, Israel - att. Mr. Yossi Ben-Ami"),
        ("h", "Letter of authorisation - sample spa jets"),
        ("p", "Dear Mr. Ben-Ami,"),
        ("p", "Following your offer GF-Q-24-051 (samples and series for the Rhodes and Kos spas), we hereby authorise "
              "you to proceed with the manufacture of the sample spa jets SJ-2000 in the G 1 1/2 version, with the "
              "316 face ring per our drawing AC-MEP-5120 Rev 02."),
        ("p", "Please ship them with the pressure test report (3 bar / 10 min) and material certificates EN 10204 3.1."),
        ("p", "The invoice should be addressed to Aegean Crest Hotels S.A., VAT EL 000000000."),
        ("p", "Yours sincerely,"),
        ("p", "Nikos Papadakis, Procurement Manager"),
    ], author="Nikos Papadakis")),
])


# =================================================================== BUILD
def _stem(fn):
    stem = Path(fn).stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
    return stem


def main():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    order = list(CASES)
    random.Random(200200).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h200_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
