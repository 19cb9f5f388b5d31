#!/usr/bin/env python3
"""Generator for the releasegate check_holdout80 corpus (power tools and accessories).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout80/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). The renderer helpers are copied from check_holdout3/build.py.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import unicodedata
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
SEED = 8080


def case(name, expect, note, files):
    """files: list of (filename, bytes | str). The first file names the case folder."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
_FOLD = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}


def _pdf_safe(s):
    """The standard PDF fonts only cover cp1252; fold other characters (Polish, Vietnamese) to ASCII
    the way many ERP printouts do, and drop CJK glyphs the base fonts cannot draw."""
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _FOLD:
            out.append(_FOLD[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        try:
            base.encode("cp1252")
            out.append(base)
        except UnicodeEncodeError:
            pass
    return re.sub(r" +/ *$", "", "".join(out))


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(
        ([[_pdf_safe(c) for c in r] for r in x] if isinstance(x, list) else _pdf_safe(x)) for x in b[1:])
        for b in blocks]
    title = _pdf_safe(title)
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
    m["Message-ID"] = msgid or f"<h80-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h80")
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


def sig_plain(name, title, company, phone, extra=""):
    """A signature without the legal disclaimer (many factories and small buyers use these)."""
    return f"\n\n{name}\n{title}\n{company}\n{phone}\n{extra}"


def quote(text, who=None, when=None):
    """Render a quoted reply block, Outlook/Gmail style."""
    head = f"On {when}, {who} wrote:\n" if who and when else ""
    return head + "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n")) + "\n"


def table_html(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = [f"<table{c}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(str(x))}</{tag}>" for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_to_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


# ================================================================== CASES
# (cases are added below in batches; clean cases are named c.., risky cases p..)


# =================================================================== CLEAN (batch 1)

# c01: US tool brand PDF PO with item table; sample line released, production line shown as memo and
# explicitly not released; unlock event + named person + sample-only material authority.
case("c01_ridgeline_po_housing", [],
     "PDF PO: 24 ED samples released; 4,800 memo line marked not released; sign-off + written release by named sourcing manager",
     [("PO_RT-240517.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Ridgeline Tool Co. - Purchasing - 4100 Fisher Rd, Columbus, OH 43228, USA - Tel +1 614 555 0142"),
         ("table", [["PO No.", "Date", "Vendor", "Terms", "Incoterm", "Buyer"],
                    ["RT-240517", "05/17/2024", "Ningbo Jinyu Plastic Mould Co., Ltd. (V-20931)",
                     "Net 30 after receipt", "FCA Ningbo (samples by air, DHL acct 96-4410)", "Dana Whitfield"]]),
         ("sp",),
         ("table", [["Line", "Part / Rev", "Description", "Qty", "Scope", "Unit USD", "Ext. USD"],
                    ["10", "RT-HSG-2045 rev C", "Housing set L/R, 20V compact drill/driver, PA6-GF30, black with yellow overmould (TPE) - ED samples from T1 tool", "24", "SAMPLE - released", "14.50", "348.00"],
                    ["20", "RT-HSG-2045 rev C", "Same part, quoted production quantity per quote NJ-Q-0412 (memo line, USD 0.00 committed)", "4,800", "PRODUCTION - NOT RELEASED, reference only", "2.35", "0.00"],
                    ["", "", "", "", "", "PO total", "348.00"]]),
         ("h", "Scope of this purchase order"),
         ("p", "1. Active quantity: the 24 ED samples on line 10 are the only quantity released by this PO. Mould them from the T1 tool, check them against drawing RT-HSG-2045 rev C and ship them by air."),
         ("p", "2. Line 20 is a memo line. The 4,800 pcs are the quoted production quantity, shown for reference; they are not released and no production may start against this PO. The quote basis for that quantity is a forecast, not a commitment."),
         ("p", "3. Unlock event: the balance stays on hold until (a) Ridgeline engineering has signed off the ED samples (1.5 m drop onto concrete, six faces; 50-cycle run-in test with motor and 20V pack fitted) and (b) Dana Whitfield, Sourcing Manager, has issued a written production release that names the quantity."),
         ("p", "4. Material authority: sample-only. Do not buy PA6-GF30, TPE or brass inserts for the production quantity."),
         ("h", "Other terms"),
         ("p", "Inspection: dimensional report on 5 pcs (cavity 1 and 2 marked), colour check against Ridgeline yellow master plaque RY-07. Please acknowledge this PO and its scope within 3 working days to purchasing@ridgelinetool.example."),
         ("p", "Ship-to: Ridgeline Tool Co., Engineering Lab, 2250 Spiegel Dr, Groveport, OH 43125. Mark the box: PO RT-240517 / ED SAMPLES / ATTN J. Pruitt."),
         ("sp",),
         ("p", "Issued by: Dana Whitfield, Sourcing Manager, Ridgeline Tool Co."),
     ], pagesize=LETTER, title="PO RT-240517", author="Dana Whitfield"))])

# c02: supplier quote alone, with tiers, sample approval explicitly does not start production.
case("c02_taichung_quote_tiers", [],
     "supplier quote with sample lot and production tiers; no authorization; production needs production PO + written release",
     [("TPB_Quotation_Q24-0388.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Taichung Precision Blade Co., Ltd. - No. 88, Gongye 3rd Rd, Xitun Dist., Taichung 40768, Taiwan - ISO 9001:2015 certified"),
         ("table", [["Quotation No.", "Date", "Customer", "Attn", "Valid until"],
                    ["Q24-0388", "2024-05-08", "Albion Builders' Merchants Ltd (Albion Pro private label)", "Tom Hargreaves, Category Buyer", "2024-07-07"]]),
         ("sp",),
         ("table", [["Item", "Description", "Sample lot", "2,000 pcs", "5,000 pcs", "10,000 pcs"],
                    ["AP-185-24T", "TCT framing blade 185 x 20 mm, 24T ATB, kerf 2.2 mm, laser-cut 75Cr1 body, anti-kickback shoulders", "10 pcs @ USD 9.80", "USD 3.05", "USD 2.88", "USD 2.71"],
                    ["AP-165-48T", "TCT fine-finish blade 165 x 20 mm, 48T ATB, kerf 1.6 mm, silver PTFE coating", "10 pcs @ USD 10.40", "USD 3.40", "USD 3.19", "USD 3.02"]]),
         ("h", "Packing"),
         ("p", "Blister card with euro hole and Albion Pro artwork (customer supplies print-ready files), 10 blisters per inner carton, 50 per master carton, carton marks per Albion supplier manual section 7."),
         ("h", "Lead time and terms"),
         ("p", "Sample lot: 15 working days after receipt of your sample PO. Production: 45 days after we receive your production PO and your written production release. Sample approval on its own does not start production."),
         ("p", "Payment: production orders 30% T/T with order, 70% against copy B/L. Sample lot: T/T before dispatch. FOB Taichung Port. Tiers apply per item per order; MOQ for production 2,000 pcs per item."),
         ("p", "Standards: EN 847-1 marking (max. rpm laser-etched), lead-free brazing, carbide grade K10/K20."),
         ("sp",),
         ("p", "Vivian Lin, Sales Manager Europe - vivian.lin@tpblade.example - +886 4 2359 0188"),
     ], title="Quotation Q24-0388", author="Vivian Lin"))])

# c03: WhatsApp: supplier asks "can we go ahead for the 3000pcs?", buyer says no, scope is complete.
case("c03_whatsapp_kaida_b40", [],
     "supplier question about going ahead (not an approval); buyer restates 12 PP samples only, 3,000 on hold, run-in + carton drop sign-off, written release by named buyer",
     [("WhatsApp Chat with Kevin Zhou Kaida.txt",
       "[12/06/2024, 09:14:02] Kevin Zhou Kaida: Good morning Priya, PP samples of the 4.0Ah pack CT-B40 finished drop test, 12/12 pass, report attached\n"
       "[12/06/2024, 09:14:40] Kevin Zhou Kaida: CT-B40_drop_test_report_v2.pdf • 6 pages <attached>\n"
       "[12/06/2024, 09:16:11] Kevin Zhou Kaida: Boss, can we go ahead for the 3000pcs? Line is free from 24th, cells we can get in 3 weeks\n"
       "[12/06/2024, 10:02:57] Priya Shah: Morning Kevin, thanks for the quick turnaround 🙏\n"
       "[12/06/2024, 10:04:30] Priya Shah: Not yet I'm afraid. Drop test is only half of it - I still need the 50-cycle charge/discharge run-in data and the carton drop (ISTA 2A) on a full master carton\n"
       "[12/06/2024, 10:05:48] Priya Shah: To be clear for your planning team: only the 12 PP samples are released. The 3,000 stay on hold - please don't start them and don't buy cells for them\n"
       "[12/06/2024, 10:07:15] Priya Shah: Once the run-in and the carton drop are signed off by our QA in Cheltenham I'll send you a written production release by email, with the quantity in it. That release comes from me, nobody else\n"
       "[12/06/2024, 10:09:02] Kevin Zhou Kaida: Understood Priya. We wait your written release. Cells only for the samples\n"
       "[12/06/2024, 10:09:10] Kevin Zhou Kaida: 👍\n"
       "[12/06/2024, 10:11:44] Priya Shah: Cheers. Can you also send the UN38.3 summary for the CT-B40 when you have it? Forwarder keeps asking\n"
       "[12/06/2024, 10:15:31] Kevin Zhou Kaida: Yes will send tomorrow morning China time\n")])

# c04: EDI 830 printout, clearly labelled forecast, zero fab/raw authorization.
case("c04_majster_830_forecast", [],
     "EDI 830 printout clearly labelled forecast only, zero fabrication/material authorization; not an authorization",
     [("830_MAJSTER_NHT_20240610.txt",
       "EDI X12 830 PLANNING SCHEDULE                           PRINTOUT  2024-06-10 07:41\n"
       "=============================================================================\n"
       "SENDER   : MAJSTER MARKET SP. Z O.O.       GLN 5901234000018\n"
       "RECEIVER : NINGBO HAITONG TOOLS CO LTD     VENDOR NO NHT-0087\n"
       "SCHEDULE : MM-830-2406-11                  HORIZON  WK27-WK38 2024\n"
       "TYPE     : FORECAST ONLY -- NOT AN ORDER -- NOT RELEASED\n"
       "FAB AUTH QTY : 0          RAW MATL AUTH QTY : 0\n"
       "-----------------------------------------------------------------------------\n"
       "ITEM         DESCRIPTION                    UOM  WK27 WK28 WK29 WK30 WK31 WK32\n"
       "HSS-S10-338  WIERTLA HSS 10SZT DIN 338      SET   0    0   1200  0    0   1500\n"
       "SDS-S05-PL   WIERTLA SDS-PLUS 5SZT          SET   0   800   0    0   800   0\n"
       "BIT-32-PH    BITY 32SZT PH/PZ/TX W KASECIE  SET   0    0    0   2400  0    0\n"
       "-----------------------------------------------------------------------------\n"
       "ITEM         DESCRIPTION                    UOM  WK33 WK34 WK35 WK36 WK37 WK38\n"
       "HSS-S10-338  WIERTLA HSS 10SZT DIN 338      SET   0    0   1200  0    0    0\n"
       "SDS-S05-PL   WIERTLA SDS-PLUS 5SZT          SET  800   0    0   800   0    0\n"
       "BIT-32-PH    BITY 32SZT PH/PZ/TX W KASECIE  SET   0    0    0    0   2400  0\n"
       "=============================================================================\n"
       "NOTES\n"
       " 1. QUANTITIES ABOVE ARE PLANNING FIGURES FOR YOUR CAPACITY VIEW ONLY.\n"
       "    THEY ARE NOT RELEASED AND CREATE NO LIABILITY FOR MAJSTER MARKET.\n"
       " 2. DO NOT PRODUCE OR BUY MATERIAL AGAINST THIS SCHEDULE.\n"
       " 3. ORDERS COME ONLY AS EDI 850 PURCHASE ORDERS FROM MAJSTER MARKET\n"
       "    PURCHASING (E. KACZMAREK, CATEGORY MANAGER TOOLS).\n"
       " 4. PROMOTIONAL QUANTITIES FOR THE AUTUMN LEAFLET (WK36) ARE INCLUDED AND\n"
       "    STILL SUBJECT TO THE PLANOGRAM DECISION.\n"
       "END OF SCHEDULE   SEGMENTS 48   CONTROL 000004117\n")])

# c05: DOCX release agreement with explicit recorded auto-conversion (quantity, signer, conditions).
case("c05_brenner_autoconversion_lc18", [],
     "explicit recorded auto-conversion: approved PP sign-off by named signer releases 1,000 pcs; 5,000 on hold until written release by named buyer; staged material 1,000",
     [("Brenner_Freigabevereinbarung_LC18.docx", docx_bytes([
         ("h1", "Release agreement - fast charger LC18 (PN 18-55-0100, drawing rev 04)"),
         ("p", "Between Brenner Werkzeuge GmbH, Einkauf, Heilbronner Str. 212, 70191 Stuttgart (\"Brenner\") and Suzhou Kaida Power Technology Co., Ltd., Suzhou Industrial Park (\"Kaida\"). Stuttgart / Suzhou, 21.05.2024."),
         ("h", "1. What is released now"),
         ("p", "Order 4500338812 (sample line) covers 30 PP samples of the LC18 charger built on the production SMT line. These 30 pcs are released now; ship by air to Brenner test lab, Stuttgart-Feuerbach."),
         ("h", "2. Quantities and status"),
         ("table", [["Quantity", "Status", "Unlock event", "Who"],
                    ["30 PP samples", "released", "-", "order 4500338812"],
                    ["1,000 pcs (first lot)", "not released; released automatically by an approved PP sample sign-off (see 3)", "PP sample sign-off with disposition 'approved'", "Dr. Katrin Vogel, Head of Quality, signs the sign-off"],
                    ["5,000 pcs (balance)", "not released; on hold", "written production release", "Markus Brenner, Einkaufsleiter"]]),
         ("h", "3. Auto-conversion (recorded)"),
         ("p", "Brenner and Kaida agree and record here: if Dr. Katrin Vogel signs the PP sample sign-off with the disposition 'approved', 1,000 pcs are released by that sign-off alone, without a further document. A disposition 'interim' or 'rejected' releases nothing. This auto-conversion applies to the first lot of 1,000 pcs only."),
         ("p", "The remaining 5,000 pcs are not released until Markus Brenner issues a written production release that names the quantity."),
         ("h", "4. Material authority"),
         ("p", "Staged: Kaida may buy PCBA components, housings and cable sets for up to 1,000 chargers at Brenner's liability. Nothing beyond that."),
         ("h", "5. Basis of the quoted quantity"),
         ("p", "The quoted production quantity of 6,000 pcs (1,000 + 5,000) is Brenner's forecast for 2024/25. It is not a commitment beyond what is released under this agreement."),
         ("sp",),
         ("table", [["For Brenner Werkzeuge GmbH", "For Suzhou Kaida Power Technology Co., Ltd."],
                    ["Markus Brenner, Einkaufsleiter", "Lily Chen, Account Manager"],
                    ["Dr. Katrin Vogel, Leiterin Qualität", "Zhang Wei, Plant Manager"]]),
     ], author="Markus Brenner"))])

# c06: Brazilian retailer vendor portal, full-quantity repeat PO, "proceed" scoped by quantity.
case("c06_casaforte_portal_repeat", [],
     "HTML vendor portal: full-quantity repeat PO 3,600 sets, no balance; 'proceed with the 3,600 sets' is scoped",
     [("portal_pedido_88213.html", html_page("Casa Forte - Portal do Fornecedor - Pedido 88213", """
<h2>Casa Forte Materiais de Construção S.A. &mdash; Portal do Fornecedor</h2>
<p>Fornecedor / Supplier: <b>Ningbo Haitong Tools Co., Ltd.</b> (cód. 40219) &nbsp;|&nbsp; Comprador: Marcelo Duarte &nbsp;|&nbsp; Emitido / issued: 03/06/2024</p>
<h3>Pedido de compra / Purchase order 88213 &mdash; reposição (replenishment)</h3>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>NCM</th><th>EAN</th><th>Qtd.</th><th>Preço FOB USD</th></tr>
<tr><td>1</td><td>FP-BR10-338</td><td>Jogo de brocas HSS 10 pçs DIN 338, estojo plástico, marca própria Forte Pro</td><td>8207.50.11</td><td>7891234567895</td><td>3.600 jogos</td><td>2,14</td></tr>
</table>
<div class="note">
<p><b>Quantidade total / full quantity:</b> 3.600 jogos (sets). This is a repeat order of an item already in our stock programme (last order 71540, same drawing, same blister). There is no sample stage and no balance: the 3.600 sets are the complete order and are released for production by this PO.</p>
<p>Please proceed with the 3.600 sets. Delivery in two 40' containers, ETD Ningbo 25/07 and 08/08, destination Santos, then DC Cajamar.</p>
</div>
<p>Pagamento: 60 dias após B/L. Inspeção pré-embarque por SGS, AQL 2.5 / 4.0. Marcação das caixas conforme manual do fornecedor Casa Forte, rev. 2023.</p>
<p style="color:#777">Documento gerado automaticamente pelo Portal do Fornecedor. Dúvidas: compras.ferramentas@casaforte.example</p>
""", lang="pt-BR"))])

# c07: EML call-off with PDF attachment; staged material authority above released quantity, named next call-off.
_c07_pdf = pdf([
    ("h1", "CALL-OFF 01"),
    ("p", "Albion Builders' Merchants Ltd - Category Tools & Hardware - Unit 4, Riverside Park, Warrington WA1 1RT, UK"),
    ("table", [["Blanket agreement", "Item", "Supplier", "Issued", "Issued by"],
               ["BA-2024-017", "ALB-BC-220 blow-moulded combi-kit case, 2-tool + 2 batteries, black/orange", "Binh Duong Case Industries Co., Ltd.", "08/07/2024", "Tom Hargreaves, Category Buyer"]]),
    ("sp",),
    ("table", [["Quantity", "Cases", "Status"],
               ["Blanket quantity (reference)", "6,000", "commercial frame only"],
               ["Released by this call-off", "2,000", "released - deliver wk 36 ex Cat Lai"],
               ["Cumulative released", "2,000", "-"],
               ["Not released", "4,000", "on hold until call-off 02 is issued by T. Hargreaves after the autumn sell-through review"],
               ["Material authority", "6,000 cases' worth", "staged: HDPE resin and steel hinge pins at Albion's liability"]]),
    ("p", "The material authority above is a material authority only. It does not release production beyond the 2,000 cases of this call-off."),
], title="Call-off 01 BA-2024-017", author="Tom Hargreaves")
_c07_txt = (
    "Hi Mai,\n\n"
    "Please find attached call-off 01 under blanket agreement BA-2024-017 for the ALB-BC-220 "
    "combi-kit case.\n\n"
    "This call-off releases 2,000 cases for delivery week 36 ex Cat Lai. The other 4,000 cases of "
    "the blanket are not released - they come with call-off 02, which I'll issue once our autumn "
    "sell-through review is done (mid-September).\n\n"
    "On material, as agreed on our Teams call last Thursday: you may now stage HDPE and hinge pins "
    "for up to 6,000 cases at Albion's liability, so you aren't caught by the resin lead time. "
    "That's a staged material authority, not a production release - please only blow-mould the "
    "2,000.\n\n"
    "Carton marks and the pallet pattern are unchanged from the sample lot. Our forwarder (Kuehne) "
    "will contact you about the booking for w/c 2 Sept.\n\n"
    "Many thanks,\nTom"
    + sig("Tom Hargreaves", "Category Buyer - Power Tool Accessories", "Albion Builders' Merchants Ltd", "+44 1925 555 210"))
case("c07_albion_calloff_staged", [],
     "call-off releases 2,000; staged material authority for 6,000 is explicit; 4,000 on hold until call-off 02 by named buyer",
     [("CallOff_01_ALB-BC-220.eml", eml_bytes(mail(
         "Tom Hargreaves <t.hargreaves@albion-bm.example>", "Nguyen Thi Mai <mai.nguyen@bdcase.example>",
         "Call-off 01 / BA-2024-017 / ALB-BC-220 combi-kit case", "Mon, 08 Jul 2024 10:12:00 +0100",
         _c07_txt, html=text_to_html(_c07_txt),
         attachments=[("CallOff_01_BA-2024-017.pdf", _c07_pdf, PDF_MT)])))])

# c08: supplier acknowledgement restating the hold, with the buyer's scope quoted.
_c08_txt = (
    "Hello Jason,\n\n"
    "We acknowledge PO RT-7781 dated 3 June for 40 pcs pilot TCT hole saws 68 mm (RT-HS68-TCT, "
    "drawing GC-2291 rev B).\n\n"
    "We understand the PO scope as written: the 40 pilot pcs are the only quantity released; the "
    "balance of 1,960 pcs is not released; we buy carbide tips and backing plates for the 40 pilot "
    "pcs only; and we wait for your written production release after FAI sign-off before we "
    "schedule anything more.\n\n"
    "Planned ship date of the pilots: 28 June, from Haifa by DHL Express, with the FAI form RT-QF-12 "
    "filled in and 3 pcs sectioned for the braze check.\n\n"
    "Best regards,\nYossi"
    + sig_plain("Yossi Ben-Ami", "Sales Engineer", "Galil Carbide Ltd., Karmiel, Israel", "+972 4 555 7120")
    + "\n" + quote(
        "Hi Yossi,\n\n"
        "PO RT-7781 attached. Scope: 40 pilot pcs released. Balance 1,960 pcs on hold until FAI\n"
        "sign-off (our own FAI form RT-QF-12 is fine, no AS9102 needed) and a written production\n"
        "release from me, Jason Ortiz. Material authority: pilot quantity only.\n\n"
        "Thanks,\nJason Ortiz | Sr. Buyer | Ridgeline Tool Co.",
        "Jason Ortiz <jortiz@ridgelinetool.example>", "Mon, 3 Jun 2024 at 16:40"))
case("c08_galil_ack_pilot", [],
     "supplier acknowledgement restates the hold; quoted buyer scope has 40 pilot pcs, balance on hold, FAI sign-off, written release by named buyer",
     [("Re_PO_RT-7781_pilot_holesaws.eml", eml_bytes(mail(
         "Yossi Ben-Ami <yossi@galilcarbide.example>", "Jason Ortiz <jortiz@ridgelinetool.example>",
         "RE: PO RT-7781 pilot hole saws 68mm", "Tue, 04 Jun 2024 09:31:00 +0300", _c08_txt,
         in_reply_to="<rt7781-po@ridgelinetool.example>")))])

# c09: supplier says the tooling deposit does not release production; buyer scope quoted.
_c09_txt = (
    "Dear Marcus,\n\n"
    "We received the 30% tooling deposit (USD 2,460) for the blister thermoform tool today, thank "
    "you.\n\n"
    "Please note for our team and yours: the deposit covers the tooling only and does not release "
    "production. We will make the 20 sample blisters with your printed insert cards and hold "
    "everything else until we get your written production release after the planogram fit check.\n\n"
    "Tool T0 trial is planned for 19 June, samples ship 24 June by FedEx IP to your Dallas store "
    "lab.\n\n"
    "Best regards,\nTran Van Hoang\nSales Executive\nSaigon Accessory Packaging JSC\n"
    "Lot C5, Tan Binh Industrial Park, Ho Chi Minh City\n\n"
    + quote(
        "Hoang,\n\n"
        "PO KH-55120 covers the blister thermoform tool and 20 sample blisters of KP-DB21 (21-pc drill\n"
        "bit set, Keystone Pro) only. The production blisters (your quote shows 25,000 pcs for the spring\n"
        "promo) are not released. I sign the production release myself, after the planogram fit check\n"
        "at our Dallas store lab. Tool deposit goes out this week.\n\n"
        "Marcus Lee\nMerchant, Private Label Tools | Keystone Hardware Supply",
        "Marcus Lee <mlee@keystonehw.example>", "Mon, Jun 10, 2024 at 8:02 AM"))
case("c09_saigon_deposit_not_release", [],
     "supplier states deposit does not release production; quoted buyer scope: 20 samples, 25,000 not released, fit-check + release by named merchant",
     [("Re_tooling_deposit_blister_KP-DB21.eml", eml_bytes(mail(
         "Tran Van Hoang <hoang.tran@saigonpack.example>", "Marcus Lee <mlee@keystonehw.example>",
         "RE: KP-DB21 blister tool - deposit received", "Thu, 13 Jun 2024 16:05:00 +0700", _c09_txt)))])

# c10: buyer forwards an old quote as message/rfc822 and declares its 10,000 informational.
_c10_inner = mail("Alice Wang <alice.wang@nbhaitong.example>", "Sabine Roth <s.roth@holzhaus.example>",
                  "Quotation SDS-plus drill bit set HH-SDS-7", "Tue, 14 Nov 2023 11:20:00 +0800",
                  "Dear Sabine,\n\nThanks for your inquiry. Please see our offer:\n\n"
                  "HH-SDS-7 SDS-plus hammer drill bit set 7 pcs (5/6/8x110, 6/8/10/12x160), 4-cutter "
                  "carbide head on 10 mm, in plastic cassette with HolzHaus Profi sleeve\n"
                  "- Sample 50 sets: USD 6.20/set\n"
                  "- Mass production 10,000 sets: USD 3.85/set, FOB Ningbo\n"
                  "- Lead time mass production 40 days\n\n"
                  "Price valid 30 days due to tungsten carbide price.\n\nBest regards\nAlice Wang\n"
                  "Ningbo Haitong Tools Co., Ltd.\n",
                  msgid="<q2023-1114-hhsds7@nbhaitong.example>")
_c10_txt = (
    "Hello Alice,\n\n"
    "as discussed on the phone I forward your old quote from November 2023 for the SDS-plus set "
    "HH-SDS-7, so your new colleague has the history.\n\n"
    "Please note: the 10,000 sets in that old quote are informational only and are not released. "
    "Our PO 450077 covers 50 sets ED samples - only these 50 sets are released.\n\n"
    "Everything beyond the 50 sets stays on hold until Jörg Kranz (QS) signs off the ED samples "
    "(drilling test in C25 concrete, 30 holes per bit, and the cassette drop test) and I send you a "
    "written production release with the quantity. Please do not buy carbide heads or cassettes "
    "beyond the 50 sets.\n\n"
    "Mit freundlichen Grüßen / best regards\nSabine Roth\nEinkäuferin Werkzeugzubehör\n"
    "HolzHaus AG, Baumarkt-Zentrale, Am Hafen 9, 28217 Bremen\n")
case("c10_holzhaus_fwd_old_quote", [],
     "old quote forwarded as rfc822; buyer declares its 10,000 informational and not released; 50 ED samples; sign-off by named QS + written release by named buyer",
     [("Fwd_altes_Angebot_SDS-plus.eml", eml_bytes(mail(
         "Sabine Roth <s.roth@holzhaus.example>", "Alice Wang <alice.wang@nbhaitong.example>",
         "WG: Quotation SDS-plus drill bit set HH-SDS-7 (old quote, info only)",
         "Wed, 05 Jun 2024 14:47:00 +0200", _c10_txt, attachments=[("rfc822", _c10_inner)])))])

# c11: ERP fixed-width PO printout with identifiers that look like quantities.
case("c11_keystone_po_print_identifiers", [],
     "ERP printout: 15 PP samples only; identifiers (KP-1000-500, DRG 5000/R12, vendor 500250, EXT 5000, EN 847-1) are not quantities; complete scope note",
     [("KHS_PO_PRINT_301744.txt",
       "KEYSTONE HARDWARE SUPPLY INC.                       PURCHASE ORDER      PAGE 1 OF 1\n"
       "1000 INDUSTRIAL PKWY, LANCASTER PA 17601            PO NO  : 301744\n"
       "TEL 717-555-0190                                    PO DATE: 06/03/2024\n"
       "                                                    REV    : 00\n"
       "VENDOR: 500250 TAICHUNG PRECISION BLADE CO LTD      BUYER  : M. LEE (EXT 5000)\n"
       "        NO. 88 GONGYE 3RD RD, TAICHUNG 40768 TW     TERMS  : NET 30\n"
       "SHIP TO: KHS QA LAB, BLDG 2, 1000 INDUSTRIAL PKWY   SHIP VIA: DHL EXPRESS ACCT 4471-220\n"
       "-------------------------------------------------------------------------------------\n"
       "LN ITEM         DESCRIPTION                    DRG/REV        QTY UOM  UNIT $   EXT $\n"
       "01 KP-1000-500  BLADE 7-1/4IN 24T TCT FRAMING  DRG 5000/R12    15 EA    11.00  165.00\n"
       "                SAMPLE LOT - PP SAMPLES ONLY\n"
       "-------------------------------------------------------------------------------------\n"
       "                                                        PO TOTAL USD          165.00\n"
       "SPEC : EN 847-1 MARKING, STEEL 75CR1 42-46 HRC, KERF 0.071IN (1.8MM), BORE 5/8IN\n"
       "       DIAMOND KNOCKOUT, MAX 6500 RPM ETCHED, ISO 9001:2015 CERT ON FILE\n"
       "PKG  : BLISTER CARD, UPC 0-12345-10005-0, 10 PER INNER / 40 PER MASTER\n"
       "*** SCOPE NOTE ***\n"
       "THIS PO RELEASES 15 PP SAMPLES ONLY (LN 01).\n"
       "THE PRODUCTION QTY IN QUOTE Q24-0411 IS NOT RELEASED. BALANCE ON HOLD.\n"
       "UNLOCK: PP SAMPLE SIGN-OFF BY KHS QA LAB + WRITTEN PRODUCTION RELEASE\n"
       "        FROM MARCUS LEE, MERCHANT, PRIVATE LABEL TOOLS.\n"
       "MATERIAL AUTHORITY: SAMPLE-ONLY. NO STEEL OR CARBIDE FOR PRODUCTION.\n"
       "*** END SCOPE NOTE ***\n"
       "ACKNOWLEDGE WITHIN 2 BUSINESS DAYS VIA VENDOR PORTAL. REFERENCE PO 301744 ON ALL DOCS.\n")])

# c12: retailer vendor portal page, sample line released, production line planned/not released.
case("c12_lonestar_portal_sample_po", [],
     "HTML vendor portal: 36 PP samples released; 3,564 planned, not released, open-to-buy not committed; PP sign-off + revised PO; named merchant",
     [("SupplierLink_PO_7700-2291.html", html_page("LSHH SupplierLink - PO 7700-2291", """
<h2>Lone Star Home &amp; Hardware &mdash; SupplierLink</h2>
<p>Vendor: <b>Everbright Hardware Taiwan Co., Ltd.</b> (vendor # 118-0442) &nbsp;&middot;&nbsp; Department 44 Seasonal Tools &nbsp;&middot;&nbsp; Merchant: Carla Jimenez</p>
<h3>Purchase Order 7700-2291 &nbsp;<small>Status: Issued 05/28/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Line status</th></tr>
<tr><td>1</td><td>LS-WL18-2K</td><td>18V LED work light 2000 lm, pivot head, bare tool &mdash; PP samples</td><td>36</td><td>Released (sample)</td></tr>
<tr><td>2</td><td>LS-WL18-2K</td><td>Same item, production</td><td>3,564</td><td>Planned &mdash; NOT released (open-to-buy, not committed)</td></tr>
</table>
<div class="note">
<p><b>Production release</b></p>
<ul>
<li>Active quantity: the 36 PP samples on line 1.</li>
<li>Line 2 (3,564 units) is not released. Do not start production or buy material for it.</li>
<li>Unlock event: PP sample sign-off by the LSHH Quality Lab (Dallas) and a revised PO that adds line 2 as a firm line.</li>
<li>Release owner: Carla Jimenez, Merchant, Seasonal Tools.</li>
<li>Material authority: sample-only.</li>
</ul>
</div>
<p>Routing: ship samples DHL Express to LSHH Quality Lab, 7800 Stemmons Fwy, Dallas TX 75247. Reference PO 7700-2291 on the airway bill.</p>
<p style="font-size:11px;color:#777">Planogram set: Spring 2025, modular 4ft B-07. Open-to-buy figures are planning data and are not orders.</p>
"""))])

# c13: Polish hold notice DOCX with an interim sign-off limit (quantity and date), table.
case("c13_wisla_hold_notice_interim", [],
     "hold notice: 40 T1 samples done; interim sign-off releases 500 pcs (or until 30.09) in writing; 9.100 on hold until T2 full sign-off + written release by named buyer",
     [("NW_hold_notice_obudowa_WS-144.docx", docx_bytes([
         ("h1", "Hold notice / Wstrzymanie produkcji"),
         ("p", "Narzędzia Wisła Sp. z o.o., Dział Zakupów, ul. Zabłocie 43, 30-701 Kraków, Poland"),
         ("p", "To: Plásticos del Bajío S.A. de C.V., Querétaro, Mexico - Attn. Ing. Alejandro Ruiz"),
         ("p", "Subject: housing for 14.4 V screwdriver WS-144, PN WS-144-02, drawing rev. D; PO 2024/0612/NW"),
         ("p", "Status: the 40 T1 samples were received on 3 June 2024. Sample sign-off: INTERIM - gate sink mark on the grip area, within cosmetic limit B of our standard NW-Q-07; all functional dimensions in tolerance."),
         ("table", [["Quantity", "Status"],
                    ["40 pcs T1 samples", "delivered, closed"],
                    ["500 pcs", "released by this notice under the interim sign-off; valid until 30.09.2024 or 500 pcs, whichever comes first"],
                    ["9.100 pcs", "NOT released - on hold"]]),
         ("p", "The 9.100 pcs stay on hold until (1) T2 samples with the corrected gate pass the full sample sign-off and (2) I issue a written release that names the quantity."),
         ("p", "Material authority: PP copolymer and brass inserts for the 500 released pieces only."),
         ("p", "Please confirm receipt of this notice by e-mail. Thank you for the quick T1 loop."),
         ("sp",),
         ("p", "Piotr Nowak, Kierownik Zakupów (Purchasing Manager), Narzędzia Wisła Sp. z o.o. - Kraków, 10.06.2024"),
     ], author="Piotr Nowak"))])

# c14: WeChat export, Brazilian buyer, scoped approval (colour and fit for the 20 ED samples only).
case("c14_wechat_serraazul_jinyu", [],
     "WeChat: 'approved for the 20 ED samples only, production not released'; 2.980 balance waits for written release by the buyer after drop test",
     [("wechat_export_serra_azul_jinyu.txt",
       "WeChat chat history - 微信聊天记录\n"
       "Chat: Rafael Souza (Serra Azul) / Echo Xu 徐 (Jinyu Mould)\n"
       "Exported 2024-07-03 08:12\n\n"
       "2024-07-02 10:03:15 Echo Xu 徐 (Jinyu Mould)\n"
       "Rafael hello, ED sample 20pcs for kit case SA-KT-09 all finish, photo below\n\n"
       "2024-07-02 10:03:22 Echo Xu 徐 (Jinyu Mould)\n[Image]\n\n"
       "2024-07-02 10:05:40 Echo Xu 徐 (Jinyu Mould)\n"
       "colour Pantone 1665C matched, hinge ok, latch ok. you confirm pls\n\n"
       "2024-07-02 21:40:02 Rafael Souza (Serra Azul)\n"
       "Hi Echo, thanks! Colour and fit are approved for the 20 ED samples only. Production is not released yet.\n\n"
       "2024-07-02 21:41:18 Rafael Souza (Serra Azul)\n"
       "Please send the 20 pcs by courier to Joinville, we do the drop test here (1,2 m, 5 drops with the drill inside) and the run-in with the tool in the case.\n\n"
       "2024-07-02 21:42:50 Rafael Souza (Serra Azul)\n"
       "The 2.980 pcs balance waits for my written release after the drop test. Don't buy resin for them please.\n\n"
       "2024-07-02 21:50:07 Echo Xu 徐 (Jinyu Mould)\n"
       "ok understand, only 20pcs. waiting your release 🙏\n\n"
       "2024-07-02 21:51:30 Echo Xu 徐 (Jinyu Mould)\n"
       "courier DHL tomorrow, tracking I send you\n")])

# c15: full-balance production release, multipart/alternative; no balance remains.
_c15_txt = (
    "Dear Kevin,\n\n"
    "Following the FAI sign-off on 14 August (report CT-B40-FAI-02, all 38 characteristics in "
    "tolerance, run-in and ISTA 2A carton drop passed) I hereby release production of the CT-B40 "
    "4.0Ah battery pack:\n\n"
    "  Production release PR-0031 - 3,000 pcs - PO CT-24-0419\n\n"
    "This is the full production quantity of PO CT-24-0419. The 12 PP samples were a separate "
    "sample PO (CT-24-0388) and are closed. Nothing remains on hold after this release.\n\n"
    "Material authority: the full 3,000 pcs, cells included.\n\n"
    "Please confirm the ship plan - we'd like two lots, week 36 and week 38, FOB Shanghai.\n\n"
    "Kind regards,\nPriya"
    + sig("Priya Shah", "Head of Sourcing", "Cotswold Trade Tools Ltd, Cheltenham", "+44 1242 555 319"))
case("c15_cotswold_full_release", [],
     "written production release PR-0031 of the full 3,000 pcs production quantity; no balance remains; named releaser",
     [("Production_release_PR-0031_CT-B40.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@cotswoldtt.example>", "Kevin Zhou <kevin.zhou@kaidapower.example>",
         "Production release PR-0031 - CT-B40 4.0Ah pack - 3,000 pcs", "Thu, 15 Aug 2024 11:26:00 +0100",
         _c15_txt, html=text_to_html(_c15_txt), cc="QA Cheltenham <qa@cotswoldtt.example>")))])


# =================================================================== CLEAN (batch 2)

# c16: supplier asks "are we OK to run the balance?"; buyer says no, names review event and himself.
_c16_txt = (
    "Hello Ken,\n\n"
    "no - please do not run the balance yet.\n\n"
    "Release R-1 covers 1,000 blades and that is all you may build for now. The remaining 4,000 "
    "blades stay on hold until our quarterly range review on 8 July. If the range review keeps "
    "the item in the 2025 assortment, I will send release R-2 in writing with the quantity. I am "
    "the only person who signs releases for this article, so please ignore anything you hear "
    "from our sales people at the fair.\n\n"
    "Material authority stays at 1,000 blades. I understand the double changeover costs you time; "
    "if the review confirms the item we can talk about a set-up charge.\n\n"
    "Viele Grüße\nJens Möller\nStrategischer Einkauf Zubehör\nBrenner Werkzeuge GmbH, Stuttgart\n"
    "Tel. +49 711 555 3381\n\n"
    + quote(
        "Dear Jens,\n\n"
        "the 1,000 pcs from release R-1 (BW-OMT-32 bi-metal plunge cut blade 32 mm, 10-pack) are packed and\n"
        "ready for the container on 21 June. The line is still set up - are we OK to run the balance\n"
        "4,000 pcs next week so we don't need to change over twice?\n\n"
        "Best regards\nKen Huang\nEverbright Hardware Taiwan Co., Ltd.",
        "Ken Huang <ken.huang@everbright-tw.example>", "Fri, 14 Jun 2024 10:02"))
case("c16_brenner_hold_balance_review", [],
     "supplier's 'are we OK to run the balance?' is a quoted question; buyer holds 4,000 until range review and his written release R-2; R-1 = 1,000",
     [("AW_OMT_blades_run_balance.eml", eml_bytes(mail(
         "Jens Möller <j.moeller@brenner-werkzeuge.example>", "Ken Huang <ken.huang@everbright-tw.example>",
         "AW: BW-OMT-32 R-1 packed - run balance?", "Fri, 14 Jun 2024 15:44:00 +0200", _c16_txt,
         in_reply_to="<omt32-0614@everbright-tw.example>")))])

# c17: multi-file bundle: PO PDF + supplier quote PDF (tiers) + cover note TXT; tiers declared informational.
_c17_po = pdf([
    ("h1", "PURCHASE ORDER ALB-2024-1187"),
    ("p", "Albion Builders' Merchants Ltd - Unit 4, Riverside Park, Warrington WA1 1RT - VAT GB 123 4567 89"),
    ("table", [["Supplier", "Date", "Buyer", "Delivery"],
               ["Galil Carbide Ltd., Karmiel, Israel", "12/06/2024", "Tom Hargreaves", "DAP Warrington, by 19/07/2024"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit GBP", "Value GBP"],
               ["1", "ALB-HSK-9", "TCT hole saw kit 9 pcs (22-68 mm) + arbor + pilot drill, blow-moulded case - golden samples", "8 kits", "41.00", "328.00"]]),
    ("h", "Scope"),
    ("p", "Only the 8 golden sample kits on line 1 are released. Quote GC-Q-2291 is attached for reference: its production tiers (1,000 / 2,500 / 5,000 kits) are informational and not released."),
    ("p", "The balance stays on hold until our Quality (Dr. Helen Marsh) has signed off the golden samples and Tom Hargreaves, Category Buyer, has issued a written production release naming the quantity."),
    ("p", "Material authority: sample-only - no carbide tips, backing cups or cases for production."),
], title="PO ALB-2024-1187", author="Tom Hargreaves")
_c17_quote = pdf([
    ("h1", "Quotation GC-Q-2291"),
    ("p", "Galil Carbide Ltd. - Industrial Zone, Karmiel 2165101, Israel - Quotation date 02/06/2024 - valid 45 days"),
    ("table", [["Item", "Description", "Golden samples", "1,000 kits", "2,500 kits", "5,000 kits"],
               ["ALB-HSK-9", "TCT hole saw kit 9 pcs, arbor, pilot drill, case", "8 kits @ GBP 41.00", "GBP 17.90", "GBP 16.75", "GBP 15.95"]]),
    ("p", "Lead time: golden samples 3 weeks; production 8 weeks after production PO and written release. Tungsten price clause: +/- 3% if APT index moves more than 10%."),
    ("p", "Yossi Ben-Ami, Sales Engineer"),
], title="GC-Q-2291", author="Yossi Ben-Ami")
_c17_note = (
    "From: Tom Hargreaves <t.hargreaves@albion-bm.example>\n"
    "To: Yossi Ben-Ami <yossi@galilcarbide.example>\n"
    "Date: 12 June 2024 14:05\n"
    "Subject: PO ALB-2024-1187 - golden samples hole saw kit\n\n"
    "Hi Yossi,\n\n"
    "PO ALB-2024-1187 and your quote GC-Q-2291 attached. Please only make the 8 golden sample kits - "
    "the tiers in your quote are there for reference and nothing in production is released yet.\n\n"
    "Helen will do the sign-off (cut test in 20 mm mild steel and 18 mm ply, plus the case drop). "
    "If it's good I'll send the production release myself.\n\n"
    "Thanks,\nTom\n")
case("c17_albion_po_quote_bundle", [],
     "three-file bundle: PO 8 golden sample kits; attached quote tiers declared informational and not released; named sign-off and named releaser",
     [("ALB_PO_2024-1187.pdf", _c17_po), ("Galil_quote_GC-Q-2291.pdf", _c17_quote),
      ("cover_note.txt", _c17_note)])

# c18: PDF partial production release with explicit staged material authority above released quantity.
case("c18_brenner_release_r2_staged", [],
     "release R-2 1,000 blades (cumulative 1,500); 2,000 of 3,500 not released until R-3 by named buyer; explicit staged material authority 3,500",
     [("Freigabe_R-2_TPB_Kreissaegeblatt.pdf", pdf([
         ("h1", "Production release R-2"),
         ("p", "Brenner Werkzeuge GmbH - Beschaffung - Stuttgart. To: Taichung Precision Blade Co., Ltd., attn. Vivian Lin. Date: 01.07.2024."),
         ("table", [["Article", "PN", "Frame order", "Annual quantity"],
                    ["Circular saw blade 190 x 30 mm Z48, HM", "BW-KS-190-48", "4500337710", "3,500 blades (frame quantity, not a release)"]]),
         ("sp",),
         ("table", [["", "Blades"],
                    ["Released by R-1 (03.05.2024)", "500"],
                    ["Released by this release R-2", "1,000"],
                    ["Cumulative released", "1,500"],
                    ["Not released - on hold", "2,000"]]),
         ("p", "The 2,000 blades not released stay on hold until release R-3. Thomas Egger issues R-3 after the Q3 sell-in figures have been reviewed; nobody else can release this article."),
         ("p", "Material authority: staged. You may buy 75Cr1 steel blanks and carbide tips for up to 3,500 blades at our liability. This is a material authority only; it does not release production beyond the 1,500 blades above."),
         ("p", "Delivery of R-2: 1,000 blades, FOB Taichung, ETD week 33, packed 10 per inner, carton marks per Brenner Lieferantenhandbuch 4.2."),
         ("sp",),
         ("p", "Thomas Egger, Leiter Beschaffung, Brenner Werkzeuge GmbH"),
     ], title="Release R-2 BW-KS-190-48", author="Thomas Egger"))])

# c19: EDI 850 printout, full quantity, with a forecast block explicitly labelled not authorized.
case("c19_lonestar_850_full_qty", [],
     "EDI 850 full-quantity replenishment PO 1,440 units, no balance; forecast block labelled information only / not authorized",
     [("EDI850_LSHH_PO77003108.txt",
       "*** EDI 850 PURCHASE ORDER - HUMAN READABLE ***        RECEIVED 2024-06-18 02:14 UTC\n"
       "ISA SENDER: LSHHSUPPLY   ISA RECEIVER: EVERBRIGHTTW   ICN 000041907\n"
       "BEG 00 SA PO 7700-3108   DATE 20240617\n"
       "REF DP 44 (SEASONAL TOOLS)   REF IA 118-0442\n"
       "DTM 010 REQUESTED SHIP 20240812\n"
       "N1 ST LSHH DC 6 - 4600 MOUNTAIN CREEK PKWY DALLAS TX 75236\n"
       "----------------------------------------------------------------------\n"
       "PO1 LN  QTY   UOM  PRICE   BUYER ITEM    VENDOR ITEM   UPC\n"
       "PO1 001 1440  EA   17.85   LS-WL18-2K    EB-WL2000     0 84512 30071 6\n"
       "PID F  18V LED WORK LIGHT 2000LM BARE TOOL\n"
       "PO4 6 (INNER) / 24 (MASTER)\n"
       "CTT 1 LINE  HASH QTY 1440\n"
       "----------------------------------------------------------------------\n"
       "MSG  REPLENISHMENT ORDER. THIS PO AUTHORIZES 1440 UNITS - FULL QUANTITY.\n"
       "MSG  NO SAMPLE STAGE, NO BALANCE. ITEM IN STOCK PROGRAMME SINCE 2023.\n"
       "----------------------------------------------------------------------\n"
       "830 FORECAST BLOCK (FOR INFORMATION ONLY - NOT AUTHORIZED - NOT AN ORDER)\n"
       "LS-WL18-2K   Q4-2024  6000 EA    Q1-2025  4800 EA\n"
       "NO FABRICATION OR MATERIAL AUTHORIZATION IS GIVEN FOR FORECAST QUANTITIES.\n"
       "SE 31 SEGMENTS\n")])

# c20: supplier question about buying cells now; will not buy without written material authority.
_c20_txt = (
    "Dear Oliver,\n\n"
    "Quick update on FPT-B12 (12V 2.0Ah pack):\n\n"
    "- The 16 PP samples are in ageing test (7 days at 45 °C), results on Monday.\n"
    "- UN38.3 test booked at CTI Suzhou for 1 July.\n"
    "- Cell lead time from our cell supplier is now 10-12 weeks.\n\n"
    "Could you tell us whether we may buy the 18650 cells for the production quantity now, to "
    "protect your October date? We will not place the cell order until we receive your written "
    "material authority with a quantity. Until then we keep cells for the 16 samples only.\n\n"
    "Best regards,\nLily Chen\nAccount Manager Europe\nSuzhou Kaida Power Technology Co., Ltd.\n"
    "+86 512 5555 8123\n")
case("c20_kaida_question_cells", [],
     "supplier asks whether it may buy cells and will wait for written material authority; question, no material bought",
     [("Kaida_question_cells_FPT-B12.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@kaidapower.example>", "Oliver Grant <oliver.grant@fenlandpt.example>",
         "FPT-B12 status + question on cell purchase", "Thu, 20 Jun 2024 17:20:00 +0800", _c20_txt)))])

# c21: Brazilian buyer EML with DOCX PO attachment: PO for vendor set-up, 10 kits, 1.500 not released.
_c21_docx = docx_bytes([
    ("h1", "Pedido de Compra / Purchase Order CF-2024-0933"),
    ("p", "Casa Forte Materiais de Construção S.A. - Av. das Nações Unidas 14.171, São Paulo - SP - CNPJ 12.345.678/0001-90"),
    ("p", "Fornecedor: Ningbo Haitong Tools Co., Ltd. - Data: 17/06/2024 - Compradora: Juliana Morais"),
    ("table", [["Item", "Código", "Descrição", "Qtd.", "Preço USD", "Total USD"],
               ["1", "FP-100-KIT", "Kit 100 peças brocas e bits, maleta, marca Forte Pro - amostras (samples)", "10 kits", "24,00", "240,00"]]),
    ("p", "Escopo / scope: this PO covers only the 10 (ten) sample kits above. The production quantity of 1.500 kits in quotation NHT-Q-24-118 is not released."),
    ("p", "Liberação da produção / production release: only after the sample sign-off by our engineering in São Paulo (torque test of the bits, drop test of the case) and a written release signed by Juliana Morais."),
    ("p", "Material: samples only. Do not buy blister film or ABS for production."),
], author="Juliana Morais")
_c21_txt = (
    "Dear Alice,\n\n"
    "Segue our PO CF-2024-0933 in attachment. It is for our system (vendor registration and "
    "accounting), and it covers only 10 (ten) sample kits of the 100-pc drill and screwdriver bit "
    "kit FP-100.\n\n"
    "The production of 1.500 kits in your quotation is not released. We release production only "
    "after the sample sign-off of our engineering in São Paulo and a written release by me. Please "
    "don't buy the blister film or the ABS for the production case.\n\n"
    "Samples please by courier to our office, att. Eng. Paula Reis.\n\n"
    "Abraços,\nJuliana Morais\nCompradora - Ferramentas e Acessórios\nCasa Forte Materiais de "
    "Construção S.A.\n+55 11 5555 4420\n")
case("c21_casaforte_po_docx_attach", [],
     "EML + DOCX PO: PO for vendor set-up, 10 sample kits only, 1.500 not released until engineering sign-off and written release by named buyer",
     [("PO_CF-2024-0933_sample_kits.eml", eml_bytes(mail(
         "Juliana Morais <juliana.morais@casaforte.example>", "Alice Wang <alice.wang@nbhaitong.example>",
         "PO CF-2024-0933 - amostras kit FP-100", "Mon, 17 Jun 2024 13:30:00 -0300", _c21_txt,
         attachments=[("CF-2024-0933_PO.docx", _c21_docx, DOCX_MT)])))])

# c22: HTML sample disposition page with an interim limit (quantity + date), written release, named person.
case("c22_ridgeline_interim_disposition", [],
     "HTML interim disposition: 300 pcs or until 15 Oct released in writing by named director; 2,700 on hold until T2 full sign-off + written release",
     [("Ridgeline_SD-2024-118.html", html_page("Ridgeline Supplier Portal - Sample Disposition SD-2024-118", """
<h2>Ridgeline Tool Co. &mdash; Supplier Portal</h2>
<h3>Sample Disposition SD-2024-118</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Plásticos del Bajío S.A. de C.V., Querétaro (vendor V-31207)</td></tr>
<tr><td>Part</td><td>RT-OMT-HSG rev B &mdash; oscillating multi-tool housing, PA66-GF25</td></tr>
<tr><td>Samples evaluated</td><td>30 PP samples, received 09/03/2024</td></tr>
<tr><td>Disposition</td><td><b>INTERIM</b> &mdash; knit line at the LED window exceeds cosmetic class B; all CTQ dimensions in tolerance, drop test passed</td></tr>
<tr><td>Limit</td><td>300 pcs or until 10/15/2024, whichever comes first</td></tr>
<tr><td>Released under this disposition</td><td>300 pcs &mdash; written release RL-2024-118, signed by Hannah Kessler, Director of Sourcing</td></tr>
<tr><td>Balance</td><td>2,700 pcs &mdash; not released, on hold</td></tr>
<tr><td>Unlock event for the balance</td><td>full sample sign-off of T2 samples after the gate move, then a written release by Hannah Kessler</td></tr>
<tr><td>Material authority</td><td>300 pcs</td></tr>
</table>
<p class="note">An interim disposition is not a full sign-off. Pieces beyond the limit above must not be started.</p>
<p style="font-size:11px;color:#777">Record created 09/06/2024 by J. Pruitt (Supplier Quality). Printed from the supplier portal.</p>
"""))])

# c23: PDF stop notice; nothing may start; lift by named person after 8D acceptance.
case("c23_albion_stop_notice", [],
     "stop notice: active quantity 0, R-1 suspended, 2,000 balance not released; lift only by named buyer's written notice after 8D acceptance",
     [("STOP_notice_ALB-CH-12.pdf", pdf([
         ("h1", "STOP NOTICE SN-07"),
         ("p", "Albion Builders' Merchants Ltd - Category Tools & Hardware - to Suzhou Kaida Power Technology Co., Ltd. (attn. Kevin Zhou) - 29/07/2024"),
         ("table", [["Order", "Item", "Issue"],
                    ["PO ALB-24-2210", "ALB-CH-12 12V charger, UK plug", "thermal cut-off opens late in 2 of 5 units at 40 °C ambient (NCR-2024-0412)"]]),
         ("h", "Effective immediately"),
         ("p", "Nothing more may start on this order, released or not. Active quantity under this notice: 0 pcs - no further work may start."),
         ("p", "Release R-1 (1,000 chargers) remains on record but is suspended: the 600 chargers already built may not ship, and the 400 not yet built may not start. The 2,000 pcs balance of the PO is not released and stays on hold."),
         ("p", "Lifting the stop: only by a written lift notice from Tom Hargreaves, Category Buyer, after Albion Quality has accepted your 8D report (root cause and containment for NCR-2024-0412)."),
         ("p", "Material: do not buy further components for this item while the stop is in force."),
         ("sp",),
         ("p", "Tom Hargreaves, Category Buyer - Power Tool Accessories"),
     ], title="Stop notice SN-07", author="Tom Hargreaves"))])

# c24: long thread about artwork and carton marks; artwork approved for artwork only; HTML attachment.
_c24_html = html_page("Carton marks KP-DB21", """
<h3>Keystone Pro KP-DB21 &mdash; carton marks and pallet spec (rev 3)</h3>
<table>
<tr><th>Mark</th><th>Content</th></tr>
<tr><td>Side A</td><td>KEYSTONE PRO / ITEM KP-DB21 / 21PC DRILL BIT SET / MADE IN VIETNAM</td></tr>
<tr><td>Side B</td><td>QTY 12 SETS / GW 6.4 KG / NW 5.9 KG / CARTON NO. __ OF __</td></tr>
<tr><td>Pallet</td><td>48 x 40 in GMA, max 60 in high, 8 cartons per layer</td></tr>
</table>
""")
_c24_txt = (
    "Hi Hoang,\n\n"
    "Thanks for v3 - the bleed is fixed and the UPC now scans on our hand-held.\n\n"
    "Artwork proof v3 for the blister card is approved - artwork only. That is not a production "
    "release: the 20 sample blisters under PO KH-55120 are still the only quantity you may make, and "
    "the 25,000 promo blisters stay not released until I sign the production release after the "
    "planogram fit check in Dallas.\n\n"
    "Carton marks rev 3 attached (we dropped the Spanish line). Please print the sample cartons "
    "with these so the DC can test the label scan.\n\n"
    "Marcus\n"
    + sig("Marcus Lee", "Merchant, Private Label Tools", "Keystone Hardware Supply Inc., Lancaster PA", "+1 717 555 0190")
    + "\n" + quote(
        "Dear Marcus,\n\n"
        "Please find attached blister card artwork proof v3 (PMS 7409 C yellow, 0.125\" bleed, UPC moved\n"
        "to back panel per your comment). Kindly confirm so we can make the printing plate for the\n"
        "20 sample blisters.\n\n"
        "Also, do you want the carton marks in English only, or English + Spanish as last year?\n\n"
        "Best regards,\nTran Van Hoang\nSaigon Accessory Packaging JSC\n\n"
        "> Hoang, v2 still has the UPC too close to the hang hole, and the bleed is cut on the left.\n"
        "> Can you fix both and resend? Marcus",
        "Tran Van Hoang <hoang.tran@saigonpack.example>", "Tue, Jun 18, 2024 at 9:12 PM"))
case("c24_keystone_artwork_thread", [],
     "long thread: artwork proof approved 'artwork only, not a production release'; 20 samples only, 25,000 not released until named merchant signs after fit check",
     [("RE_blister_card_artwork_v3_KP-DB21.eml", eml_bytes(mail(
         "Marcus Lee <mlee@keystonehw.example>", "Tran Van Hoang <hoang.tran@saigonpack.example>",
         "RE: KP-DB21 blister card artwork proof v3", "Wed, 19 Jun 2024 08:47:00 -0400", _c24_txt,
         in_reply_to="<kpdb21-art-v3@saigonpack.example>",
         attachments=[("KP-DB21_carton_marks_rev3.html", _c24_html, "text/html")])))])

# c25: Polish-English DOCX PO with quantities in words, table, complete scope.
case("c25_majster_po_words", [], 
     "DOCX PO: twelve (12) golden samples; one thousand nine hundred eighty-eight (1,988) sets not released; named sign-off + named releaser",
     [("MM_zamowienie_2024-07-155.docx", docx_bytes([
         ("h1", "Zamówienie / Purchase Order MM/2024/07/155"),
         ("p", "Majster Market Sp. z o.o., ul. Marywilska 34, 03-228 Warszawa, NIP 524-000-11-22"),
         ("p", "Supplier: Galil Carbide Ltd., Karmiel, Israel. Date: 08.07.2024. Category Manager: Ewa Kaczmarek."),
         ("table", [["Poz.", "Indeks", "Nazwa / description", "Ilość / qty", "Cena EUR", "Wartość EUR"],
                    ["1", "MP-OW-6", "Zestaw otwornic TCT 6 szt. (hole saw set 6 pcs, 25-64 mm) - golden samples", "12 kpl.", "38,50", "462,00"]]),
         ("p", "We order twelve (12) golden sample sets. Only these twelve sets are released by this order."),
         ("p", "The balance of one thousand nine hundred eighty-eight (1,988) sets from your offer GC-Q-2307 is not released and is on hold."),
         ("p", "Unlock: golden sample sign-off by our Quality (Agnieszka Lis) - cutting test in steel S235 and in plasterboard - and after that a written production release from Ewa Kaczmarek, Category Manager."),
         ("p", "Material authority: only for the 12 sample sets."),
         ("p", "Delivery: DAP Warszawa DC Marywilska, until 26.07.2024. Invoice in EUR, payment 30 days."),
         ("sp",),
         ("p", "Z poważaniem / best regards, Ewa Kaczmarek"),
     ], author="Ewa Kaczmarek"))])


# =================================================================== RISKY (batch 3)

# p01: Polish PDF sample PO; price block shows series 4.800 pcs beside the 24 samples, nothing says
# it is not released; no hold, no unlock event, no release person.
case("p01_wisla_po_price_block", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 ED samples with the quoted series quantity 4.800 in the price block, unlabelled; no hold, no unlock event, no release person",
     [("ZAMOWIENIE_2024-0588-NW.pdf", pdf([
         ("h1", "ZAMÓWIENIE / PURCHASE ORDER 2024/0588/NW"),
         ("p", "Narzędzia Wisła Sp. z o.o. - ul. Zabłocie 43, 30-701 Kraków - NIP 676-000-12-34"),
         ("table", [["Dostawca / Supplier", "Data / Date", "Kupiec / Buyer", "Warunki / Terms"],
                    ["Ningbo Jinyu Plastic Mould Co., Ltd.", "22.05.2024", "Mateusz Wójcik", "FCA Ningbo, 30 days"]]),
         ("sp",),
         ("table", [["Poz.", "Indeks", "Opis / description", "Ilość / qty", "Cena USD", "Wartość USD"],
                    ["1", "WS-AG125-H", "Obudowa szlifierki kątowej 125 mm, lewa+prawa, PA6-GF30 / angle grinder housing L+R - ED samples", "24 kpl.", "18,00", "432,00"]]),
         ("h", "Price basis (your quotation JY-Q-2404-17)"),
         ("table", [["", "Qty", "Unit USD", "Remark"],
                    ["ED samples", "24 kpl.", "18,00", "from T1 tool"],
                    ["Series production", "4.800 kpl.", "1,95", "tool amortised over series, delivery wk 40"]]),
         ("h", "Remarks"),
         ("p", "Please confirm this order within 3 working days. ED samples with measurement report (10 dimensions per cavity) and material certificate for PA6-GF30, colour RAL 7021 / green NW-04."),
         ("p", "Delivery of the ED samples by air to Narzędzia Wisła, Kraków, latest 21.06.2024. Invoice in USD, bank details as in vendor master."),
         ("sp",),
         ("p", "Mateusz Wójcik, Kupiec / Buyer, Narzędzia Wisła Sp. z o.o."),
     ], title="Zamowienie 2024/0588/NW", author="Mateusz Wojcik"))])

# p02: US retailer EML with PO PDF (10 sample sets) and supplier quote PDF (3,000 production) attached.
_p02_po = pdf([
    ("h1", "PURCHASE ORDER 7700-2377"),
    ("p", "Lone Star Home & Hardware - Dept 44 Seasonal Tools - 2100 N Stemmons Fwy, Dallas TX 75207"),
    ("table", [["Vendor", "Issued", "Merchant", "Terms"],
               ["Everbright Hardware Taiwan Co., Ltd. (118-0442)", "06/04/2024", "Carla Jimenez", "FOB Kaohsiung, Net 60"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Ext"],
               ["1", "LS-WL18-3K", "18V LED work light 3000 lm w/ tripod mount - sample sets", "10", "$42.00", "$420.00"]]),
    ("p", "Ship samples DHL Express to LSHH Quality Lab, 7800 Stemmons Fwy, Dallas TX 75247."),
], pagesize=LETTER, title="PO 7700-2377", author="Carla Jimenez")
_p02_quote = pdf([
    ("h1", "QUOTATION EB-Q-24061"),
    ("p", "Everbright Hardware Taiwan Co., Ltd. - 5F, No. 31, Zhonghua 4th Rd, Kaohsiung - for Lone Star Home & Hardware"),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Lead time"],
               ["EB-WL3000", "18V LED work light 3000 lm, tripod mount, LSHH colours - samples", "10 sets", "42.00", "3 weeks"],
               ["EB-WL3000", "Same, production", "3,000 sets", "19.40", "60 days"]]),
    ("p", "Carton marks: customer artwork, 4 per master carton. Payment: T/T 30/70. Valid 60 days."),
    ("p", "Ken Huang, Sales Manager"),
], title="EB-Q-24061", author="Ken Huang")
_p02_txt = (
    "Hi Ken,\n\n"
    "Attached is PO 7700-2377 for the 10 sample sets of the 18V work light. I'm also re-attaching your "
    "quote EB-Q-24061 with my markups on the carton marks (we need the Prop 65 line on the master "
    "carton too).\n\n"
    "Please ship the samples to our Quality Lab by June 28 - the buying team wants them for the line "
    "review on July 9.\n\n"
    "Thx!\nCarla"
    + sig("Carla Jimenez", "Merchant - Seasonal Tools (Dept 44)", "Lone Star Home & Hardware", "+1 214 555 0177"))
case("p02_lonestar_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "EML with sample PO (10 sets) and the supplier quote showing 3,000 production sets attached, nothing says informational/not released; no hold, event, person",
     [("PO_7700-2377_samples_work_light.eml", eml_bytes(mail(
         "Carla Jimenez <carla.jimenez@lshh.example>", "Ken Huang <ken.huang@everbright-tw.example>",
         "PO 7700-2377 - work light samples + quote markups", "Tue, 04 Jun 2024 16:18:00 -0500", _p02_txt,
         html=text_to_html(_p02_txt),
         attachments=[("PO_7700-2377.pdf", _p02_po, PDF_MT), ("EB-Q-24061_markup.pdf", _p02_quote, PDF_MT)])))])

# p03: Brazilian retailer portal: order qty 36 samples beside program qty 7.200, unlabelled.
case("p03_casaforte_portal_program_qty", ["RG001", "RG003", "RG004", "RG005"],
     "HTML portal: order qty 36 samples beside 'program qty 7.200' with no not-released label; no hold, event or person",
     [("portal_pedido_4410-778.html", html_page("Casa Forte - Portal do Fornecedor - Pedido 4410-778", """
<h2>Casa Forte Materiais de Construção S.A. &mdash; Portal do Fornecedor</h2>
<p>Fornecedor: <b>Binh Duong Case Industries Co., Ltd.</b> (cód. 40388) &nbsp;|&nbsp; Comprador: Marcelo Duarte &nbsp;|&nbsp; 11/06/2024</p>
<h3>Pedido 4410-778 &mdash; Maleta plástica para kit parafusadeira 12V (Forte Pro)</h3>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Item</td><td>FP-MAL-12V &mdash; maleta sopro PEAD, preta/laranja, 2 fechos</td></tr>
<tr><td>Qtd. pedido / order qty</td><td>36 (amostras / samples)</td></tr>
<tr><td>Qtd. programa / program qty</td><td>7.200</td></tr>
<tr><td>Preço amostra / sample price</td><td>USD 9,50</td></tr>
<tr><td>Preço programa / program price</td><td>USD 3,12</td></tr>
<tr><td>Entrega amostras</td><td>05/07/2024 &mdash; courier para CD Cajamar, att. Qualidade</td></tr>
<tr><td>Status</td><td>Confirmado pelo fornecedor</td></tr>
</table>
<p>Observações: amostras com inserto termoformado para parafusadeira FP-P12 e 2 baterias; cor laranja Pantone 151C; logotipo Forte Pro em relevo na tampa.</p>
<p style="color:#777">Documento gerado automaticamente. Dúvidas: compras.ferramentas@casaforte.example</p>
""", lang="pt-BR"))])

# p04: UK ERP call-off printout with blanket and BAL columns, balance not said to be on hold.
case("p04_cotswold_calloff_print_bal", ["RG001", "RG003", "RG004", "RG005"],
     "ERP call-off printout: 500 called off, blanket 6,000 and BAL 5,500 shown with nothing saying not released; no unlock event or release person",
     [("CTT_CALLOFF_PRINT_CO-0017.txt",
       "COTSWOLD TRADE TOOLS LTD            CALL-OFF / SCHEDULE RELEASE     PRINTED 01/07/2024\n"
       "UNIT 9 KINGSDITCH TRADING EST, CHELTENHAM GL51 9NU                   PAGE 1\n"
       "SUPPLIER : NHT-0211 NINGBO HAITONG TOOLS CO LTD\n"
       "CALL-OFF : CO-0017          BLANKET PO : CT-BL-2024-06     BUYER : G. HUGHES\n"
       "--------------------------------------------------------------------------------\n"
       "ITEM       DESCRIPTION                    BLANKET   THIS C/O   CUM C/O     BAL\n"
       "CT-SDS-5   SDS+ DRILL BIT SET 5PC CASE      6,000        500        500   5,500\n"
       "--------------------------------------------------------------------------------\n"
       "DELIVERY  : 500 SETS FOB NINGBO, ETD 02/08/2024, CONSOLIDATE WITH CO-0016\n"
       "PACKING   : 10 SETS / INNER, 40 SETS / MASTER, CARTON MARKS PER CTT-SM-04\n"
       "LABELS    : EAN 5 012345 678900 ON EACH CASE, TRADE PRICE STICKER NOT REQUIRED\n"
       "QUALITY   : AQL 1.0 CRITICAL / 2.5 MAJOR, PSI BY QIMA BEFORE LOADING\n"
       "--------------------------------------------------------------------------------\n"
       "PLEASE CONFIRM CALL-OFF AND ETD BY RETURN.    G. HUGHES, BUYER, 01242 555 322\n")])

# p05: three-file bundle (Polish retailer): PO printout 12 samples + quote PDF with 2,400 + cover EML.
_p05_po = (
    "MAJSTER MARKET SP. Z O.O.                 ZAMOWIENIE / PURCHASE ORDER\n"
    "UL. MARYWILSKA 34, 03-228 WARSZAWA        NR: MM/2024/07/111\n"
    "                                          DATA: 2024-07-03\n"
    "DOSTAWCA: SUZHOU KAIDA POWER TECHNOLOGY CO LTD (KOD 70455)\n"
    "------------------------------------------------------------------------\n"
    "POZ INDEKS     OPIS                                 ILOSC  J.M.  CENA USD\n"
    "  1 MP-B20     AKUMULATOR 18V 2,0AH MAJSTER PRO       12   SZT     31,00\n"
    "               PROBKI / SAMPLES (TUV-GS + DROP TEST)\n"
    "------------------------------------------------------------------------\n"
    "WARTOSC RAZEM USD: 372,00        DOSTAWA: DAP WARSZAWA, KURIER\n"
    "TERMIN: 2024-07-31               PLATNOSC: 30 DNI\n"
    "OSOBA KONTAKTOWA: EWA KACZMAREK, KATEGORIA NARZEDZIA, +48 22 555 1190\n")
_p05_quote = pdf([
    ("h1", "QUOTATION KD-Q-2406-33"),
    ("p", "Suzhou Kaida Power Technology Co., Ltd. - 88 Xinghu St, Suzhou Industrial Park - to Majster Market Sp. z o.o."),
    ("table", [["Item", "Spec", "Qty", "Unit price USD", "Remark"],
               ["MP-B20", "18V 2.0Ah Li-ion pack, 5S1P 18650 2000mAh, fuel gauge, Majster Pro housing", "12 pcs", "31.00", "samples"],
               ["MP-B20", "same", "2,400 pcs", "14.60", "mass production, 45 days"]]),
    ("p", "Certification: UN38.3, IEC 62133-2:2017; TÜV-GS at customer cost. Packing 1 pc/colour box, 20 pcs per carton."),
    ("p", "Lily Chen, Account Manager Europe"),
], title="KD-Q-2406-33", author="Lily Chen")
_p05_txt = (
    "Dzień dobry Lily,\n\n"
    "in attachment our PO MM/2024/07/111 for the 12 pcs samples of the MP-B20 battery and your "
    "quotation KD-Q-2406-33 again.\n\n"
    "Please start as soon as possible, we need the samples for the TÜV-GS test in Kraków and for our "
    "own drop test. Please send also the MSDS and UN38.3 summary with the samples.\n\n"
    "Best regards\nEwa Kaczmarek\nCategory Manager Narzędzia / Tools\nMajster Market Sp. z o.o.\n")
case("p05_majster_po_quote_mail_bundle", ["RG001", "RG003", "RG004", "RG005"],
     "three-file bundle: PO printout for 12 samples, supplier quote with 2,400 production pcs, cover mail; nothing says 2,400 not released; no hold, event, person",
     [("MM_PO_2024-07-111.txt", _p05_po), ("Kaida_quote_KD-Q-2406-33.pdf", _p05_quote),
      ("PO_and_quote_MP-B20.eml", eml_bytes(mail(
          "Ewa Kaczmarek <e.kaczmarek@majster.example>", "Lily Chen <lily.chen@kaidapower.example>",
          "PO MM/2024/07/111 - MP-B20 samples", "Wed, 03 Jul 2024 10:40:00 +0200", _p05_txt)))])

# p06: US brand: pilot PO 200 sets attached, forecast 6,000 'treat it as committed'.
_p06_po = pdf([
    ("h1", "PURCHASE ORDER RT-240602"),
    ("p", "Ridgeline Tool Co. - Purchasing - Columbus, OH"),
    ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Ext USD"],
               ["10", "RT-TI29", "29-pc titanium-coated HSS drill bit set, metal index case - pilot run", "200", "7.40", "1,480.00"]]),
    ("p", "Vendor: Ningbo Haitong Tools Co., Ltd. Delivery: pilot sets FCA Ningbo by 07/26/2024. Buyer: Dana Whitfield."),
], pagesize=LETTER, title="PO RT-240602", author="Dana Whitfield")
_p06_txt = (
    "Alice -\n\n"
    "PO RT-240602 attached for the 200-set pilot run of the 29-pc titanium drill bit set (RT-TI29). "
    "We need the pilot sets in Columbus by Aug 15 for the planogram reset at our two test stores.\n\n"
    "On volume: our forecast for FY25 is 6,000 sets and you can count on that. Treat it as committed "
    "so you can lock in your capacity and the coating slots with your PVD sub-supplier.\n\n"
    "Let me know if the case insert drawing rev 2 works for your tooling.\n\n"
    "Best,\nDana"
    + sig("Dana Whitfield", "Sourcing Manager", "Ridgeline Tool Co.", "+1 614 555 0142"))
case("p06_ridgeline_pilot_forecast_committed", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "pilot PO 200 sets; buyer says FY25 forecast 6,000 'treat it as committed' (forecast as firm, larger qty not labelled not released); no hold, event or person for the balance",
     [("RT-240602_pilot_run_RT-TI29.eml", eml_bytes(mail(
         "Dana Whitfield <dwhitfield@ridgelinetool.example>", "Alice Wang <alice.wang@nbhaitong.example>",
         "RT-TI29 pilot PO + FY25 volume", "Fri, 07 Jun 2024 12:03:00 -0400", _p06_txt,
         attachments=[("PO_RT-240602.pdf", _p06_po, PDF_MT)])))])

# p07: UK DOCX sample order with no word on production at all.
case("p07_fenland_sample_order", ["RG003", "RG004", "RG005"],
     "sample order for six golden samples that never says the production balance is not released, names no unlock event and no release person",
     [("FPT_Sample_Order_SO-5512.docx", docx_bytes([
         ("h1", "Sample Order SO-5512"),
         ("p", "Fenland Power Tools Ltd - 14 Fengate, Peterborough PE1 5XG - Company No. 08812345"),
         ("p", "To: Everbright Hardware Taiwan Co., Ltd., attn. Ken Huang. Date: 24 June 2024."),
         ("table", [["Line", "Our ref", "Description", "Qty", "Unit (USD)", "Total (USD)"],
                    ["1", "FPT-165-48", "165 mm 48T fine-finish TCT blade, 20 mm bore, Fenland green, for the FPT 2025 range", "6 (six)", "12.00", "72.00"]]),
         ("p", "These golden samples are for our 2025 range launch (trade show at Toolfair, Birmingham, October). Please laser-etch the Fenland logo and max rpm per EN 847-1."),
         ("p", "Delivery: DDP Peterborough by 15 July 2024. Please include the material cert for the body steel and the braze test report."),
         ("p", "Invoice: quote our order number SO-5512; payment 30 days from invoice."),
         ("sp",),
         ("p", "Oliver Grant, Sourcing Lead, Fenland Power Tools Ltd"),
     ], author="Oliver Grant"))])

# p08: WhatsApp, Polish buyer: 30 T1 cases, rest on hold 'until further notice', release only from me.
case("p08_whatsapp_wisla_further_notice", ["RG004"],
     "chat: 30 T1 cases active, 5.970 on hold 'until further notice', releaser named (me, Mateusz); no unlock event",
     [("WhatsApp Chat - Mai BDC.txt",
       "18.06.2024, 08:02 - Nguyen Thi Mai (BDC): Good morning Mateusz! T1 tool for case WS-BC-18 is ready, we can blow 30 pcs samples tomorrow\n"
       "18.06.2024, 08:03 - Nguyen Thi Mai (BDC): Colour black + green NW-04 like master plaque\n"
       "18.06.2024, 08:31 - Mateusz Wójcik (Narzędzia Wisła): Dzień dobry Mai, great news\n"
       "18.06.2024, 08:33 - Mateusz Wójcik (Narzędzia Wisła): Only 30 pcs T1 cases for now, please. The rest of the 5.970 stays on hold until further notice\n"
       "18.06.2024, 08:34 - Mateusz Wójcik (Narzędzia Wisła): Release of the rest only from me, Mateusz. Not from our sales, not from the trade fair people\n"
       "18.06.2024, 08:35 - Mateusz Wójcik (Narzędzia Wisła): And resin only for the 30 pcs\n"
       "18.06.2024, 08:40 - Nguyen Thi Mai (BDC): Noted, 30 pcs T1 only 👌 resin for 30 pcs only\n"
       "18.06.2024, 08:41 - Nguyen Thi Mai (BDC): Courier to Kraków or to your Gdynia warehouse?\n"
       "18.06.2024, 08:52 - Mateusz Wójcik (Narzędzia Wisła): Kraków office please, att. Mateusz, ul. Zabłocie 43\n")])

# p09: vendor portal: 'PO status RELEASED' (commercial) beside production release (RG009); release by a team (RG005).
case("p09_keystone_portal_team_release", ["RG005", "RG009"],
     "HTML portal: 'released' used for PO status sent to vendor and for production release; production release issued by 'the Merchandising team', no named person",
     [("KVC_PO_KH-56004.html", html_page("Keystone Vendor Central - PO KH-56004", """
<h2>Keystone Hardware Supply &mdash; Vendor Central</h2>
<p>Vendor: <b>Plásticos del Bajío S.A. de C.V.</b> (vendor 500871) &nbsp;|&nbsp; Category: Private Label Tools</p>
<h3>PO KH-56004 &mdash; 20V impact driver housing set KP-ID20-HSG rev A</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>PO status</td><td><b>RELEASED</b> (released to vendor 06/11/2024 after budget check)</td></tr>
<tr><td>Line 1</td><td>18 golden samples &mdash; released</td></tr>
<tr><td>Line 2</td><td>3,582 production sets &mdash; NOT released</td></tr>
<tr><td>Production release</td><td>pending golden sample sign-off and a revised PO; production release will be issued by the Merchandising team</td></tr>
<tr><td>Material authority</td><td>sample-only</td></tr>
</table>
<p class="note">Vendors must not start line 2 before the production release.</p>
<p style="font-size:11px;color:#777">Keystone Vendor Central &middot; printed 06/12/2024 09:40 ET</p>
"""))])

# p10: German EML with PO PDF: 30 PP samples only; remaining 2.970 not released until internal approval
# and revised order 'from our side' (no named person).
_p10_po = pdf([
    ("h1", "Bestellung / Purchase order 4500339020"),
    ("p", "Brenner Werkzeuge GmbH - Einkauf - Heilbronner Str. 212, 70191 Stuttgart"),
    ("table", [["Pos.", "Material", "Bezeichnung / description", "Menge", "Preis EUR", "Wert EUR"],
               ["10", "BW-SDS-MX14", "SDS-max Meißel Spitz 18 x 400 mm / SDS-max point chisel - PP samples", "30 ST", "9,20", "276,00"]]),
    ("p", "Lieferung: DAP Stuttgart, KW 29. Zahlung: 30 Tage netto. Es gelten unsere Einkaufsbedingungen (Stand 01/2024)."),
], title="Bestellung 4500339020", author="Claudia Hartmann")
_p10_txt = (
    "Dear Mr. Huang,\n\n"
    "attached you find our order 4500339020 for the PP samples of the SDS-max point chisel "
    "BW-SDS-MX14.\n\n"
    "Only the 30 PP samples are to be produced. The remaining 2.970 pcs of your offer are not "
    "released until our internal approval is complete and a revised order is issued from our side.\n\n"
    "Please buy material (42CrMo4) only for the 30 samples. Hardness test report (HRC 55-58 at the "
    "tip) and the chisel impact test on our Hilti TE 70 test rig will be part of the evaluation.\n\n"
    "Mit freundlichen Grüßen / best regards\n\n"
    "i.A. Claudia Hartmann\nEinkauf\nBrenner Werkzeuge GmbH\nTel. +49 711 555 3370\n"
    "Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 700123\n")
case("p10_brenner_from_our_side", ["RG005"],
     "30 PP samples only, 2.970 not released until internal approval + revised order 'from our side'; nobody named who may release",
     [("Bestellung_4500339020_PP_samples.eml", eml_bytes(mail(
         "Claudia Hartmann <c.hartmann@brenner-werkzeuge.example>", "Ken Huang <ken.huang@everbright-tw.example>",
         "Bestellung 4500339020 - PP samples BW-SDS-MX14", "Tue, 25 Jun 2024 09:15:00 +0200", _p10_txt,
         attachments=[("4500339020.pdf", _p10_po, PDF_MT)])))])

# p11: sample request with no quantity; balance on hold until sign-off + written release by named buyer.
_p11_txt = (
    "Hi Lily,\n\n"
    "Please make ED samples of the new 12V charger housing (FPT-CH12) in the Fenland green/black "
    "colourway for our drop test and run-in test. Pricing as per your quote KD-Q-2405-19.\n\n"
    "The production quantity stays on hold - nothing beyond the samples may start - until our lab in "
    "Peterborough signs off the drop and run-in tests and I send you a written production release "
    "with the quantity. Material for the samples only, please.\n\n"
    "Could you use the 2.1 mm wall on the rear vents as discussed? We had two cracks in the last "
    "drop on the old design.\n\n"
    "Cheers,\nOliver"
    + sig("Oliver Grant", "Sourcing Lead", "Fenland Power Tools Ltd", "+44 1733 555 208"))
case("p11_fenland_samples_no_qty", ["RG010"],
     "sample request with hold, unlock event and named releaser but never states how many ED samples are authorized",
     [("ED_samples_FPT-CH12_housing.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@fenlandpt.example>", "Lily Chen <lily.chen@kaidapower.example>",
         "ED samples FPT-CH12 charger housing", "Mon, 01 Jul 2024 14:22:00 +0100", _p11_txt,
         html=text_to_html(_p11_txt))))])

# p12: call-off printout with no quantity.
case("p12_lonestar_calloff_no_qty", ["RG010"],
     "call-off notice tells supplier to ship for the store set but states no quantity; remaining blanket not released until next call-off by named merchant",
     [("LSHH_CALLOFF_CO-0044.txt",
       "LONE STAR HOME & HARDWARE                         CALL-OFF NOTICE CO-0044\n"
       "DEPT 44 SEASONAL TOOLS                            ISSUED 07/01/2024\n"
       "VENDOR 118-0442 EVERBRIGHT HARDWARE TAIWAN CO LTD\n"
       "BLANKET PO 7700-2000 / ITEM LS-WL18-2K 18V LED WORK LIGHT\n"
       "---------------------------------------------------------------------\n"
       "PLEASE PRODUCE AND SHIP FOR THE SPRING STORE SET, WEEK 31,\n"
       "PER THE ATTACHED ROUTING GUIDE AND STORE ALLOCATION (TO FOLLOW FROM\n"
       "ALLOCATION TEAM).\n"
       "REMAINING BLANKET QUANTITY IS NOT RELEASED. NEXT CALL-OFF WILL BE\n"
       "ISSUED BY C. JIMENEZ, MERCHANT, AFTER THE WEEK 30 SELL-THROUGH REVIEW.\n"
       "---------------------------------------------------------------------\n"
       "ROUTING : CONSOLIDATOR OEC KAOHSIUNG, CFS CUTOFF 07/22\n"
       "LABELS  : GS1-128 CARTON LABEL, ASN (EDI 856) REQUIRED BEFORE DEPARTURE\n"
       "CONTACT : CARLA JIMENEZ  214-555-0177\n")])

# p13: WhatsApp (Brazil buyer to Mexican supplier): start the pilot run, no quantity.
case("p13_whatsapp_serraazul_pilot", ["RG010"],
     "chat: 'please mould the pilot lot' with no pilot quantity; everything after the pilot on hold until named buyer signs run-in report and sends written release",
     [("WhatsApp Chat with Alejandro Ruiz.txt",
       "[02/07/24 11:05:12] Alejandro Ruiz (Plásticos del Bajío): Buenos días Thiago, the T2 correction on the guard housing SA-GC-185 is done, gate moved 4 mm like your comment\n"
       "[02/07/24 11:05:40] Alejandro Ruiz (Plásticos del Bajío): dimensional report attached, all OK\n"
       "[02/07/24 11:06:02] Alejandro Ruiz (Plásticos del Bajío): SA-GC-185_T2_dim_report.pdf <attached>\n"
       "[02/07/24 14:48:19] Thiago Almeida (Serra Azul): Bom dia Alejandro! Report looks good, thanks for the fast loop\n"
       "[02/07/24 14:50:33] Thiago Almeida (Serra Azul): Please mould the pilot lot of the guard housing now, same material lot as T2\n"
       "[02/07/24 14:51:57] Thiago Almeida (Serra Azul): Everything after the pilot stays on hold until I sign the run-in test report and send you the written release\n"
       "[02/07/24 14:52:30] Thiago Almeida (Serra Azul): Material only for the pilot, por favor\n"
       "[02/07/24 15:10:04] Alejandro Ruiz (Plásticos del Bajío): Perfecto, we start tomorrow first shift 👍\n")])

# p14: Polish buyer: deposit sent so start production of the first lot (no qty); TXT SWIFT copy attached.
_p14_swift = (
    "SWIFT MT103 - COPY FOR BENEFICIARY\n"
    ":20:NW240612-0088\n"
    ":23B:CRED\n"
    ":32A:240612USD8640,00\n"
    ":50K:/PL61109010140000071219812874\n"
    "NARZEDZIA WISLA SP Z O O\n"
    "UL. ZABLOCIE 43, 30-701 KRAKOW\n"
    ":59:/NRA1234567890\n"
    "NINGBO JINYU PLASTIC MOULD CO LTD\n"
    ":70:PO 2024/0588/NW DEPOSIT 30 PCT\n"
    ":71A:SHA\n")
_p14_txt = (
    "Dear Echo,\n\n"
    "the 30% deposit (USD 8 640) was sent today, SWIFT copy in attachment.\n\n"
    "So please start production of the first lot of WS-AG125 housings.\n\n"
    "Everything beyond the first lot stays on hold until our run-in test report is signed by me and "
    "I send you a written release.\n\n"
    "Please send weekly the production status with photos.\n\n"
    "Best regards\nMateusz Wójcik\nKupiec / Buyer\nNarzędzia Wisła Sp. z o.o., Kraków\n")
case("p14_wisla_deposit_first_lot", ["RG010", "RG012"],
     "deposit sent 'so please start production of the first lot' (payment as release); first lot quantity never stated",
     [("WS-AG125_status_0612.eml", eml_bytes(mail(
         "Mateusz Wójcik <m.wojcik@narzedzia-wisla.example>", "Echo Xu <echo.xu@jinyumould.example>",
         "WS-AG125 deposit paid", "Wed, 12 Jun 2024 15:02:00 +0200", _p14_txt,
         attachments=[("SWIFT_MT103_copy.txt", _p14_swift, "text/plain")])))])

# p15: German DOCX memo: 'release' used for drawing release, SAP PO release and production release; pilot lot w/o qty.
case("p15_brenner_pilot_release_memo", ["RG009", "RG010"],
     "memo uses 'released' for drawing (technical), PO in SAP (commercial) and production; 'start the pilot lot' without a quantity",
     [("Brenner_Freigabe_Pilotlos_HT-55.docx", docx_bytes([
         ("h1", "Freigabe / Release - hedge trimmer housing HT-55"),
         ("p", "Brenner Werkzeuge GmbH, Beschaffung, to Plásticos del Bajío S.A. de C.V., attn. Ing. Alejandro Ruiz. Stuttgart, 09.07.2024."),
         ("table", [["Item", "Status"],
                    ["Drawing BW-HT-55 rev F", "released by engineering (technical release, 04.07.2024)"],
                    ["PO 4500341177", "released in SAP (05.07.2024)"],
                    ["Pilot lot", "released - please start"],
                    ["Series balance", "on hold"]]),
         ("p", "With the drawing released and the PO released, please start the pilot lot of the HT-55 housing (upper and lower shell, PA6-GF15, grey/red)."),
         ("p", "The series balance stays on hold until the PP sample sign-off by Dr. Katrin Vogel (Head of Quality) and a written production release from Thomas Egger, Leiter Beschaffung."),
         ("p", "Please send the pilot parts with the cavity-marked measurement report (CMM, 24 characteristics) to our lab in Stuttgart-Feuerbach."),
         ("sp",),
         ("p", "Thomas Egger, Leiter Beschaffung"),
     ], author="Thomas Egger"))])


# =================================================================== RISKY (batch 4)

# p16: WhatsApp, UK buyer: complete scope earlier, later "crack on" after the latch fix (unscoped).
case("p16_whatsapp_fenland_crack_on", ["RG002"],
     "chat: complete scope (30 samples, 4,970 on hold, drop-test sign-off, written release by Oliver); later 'spot on, crack on' names neither samples nor a quantity",
     [("WhatsApp Chat with Mai BDC Case.txt",
       "[10/06/2024, 08:15:03] Oliver Grant: Morning Mai, PO FPT-2291 sent by email just now\n"
       "[10/06/2024, 08:16:20] Oliver Grant: It's for 30 sample cases only (FPT-KC-18 kit case). The other 4,970 are not released - they wait for the drop-test sign-off here in Peterborough and then my written release\n"
       "[10/06/2024, 08:16:41] Oliver Grant: Resin for the 30 only please\n"
       "[10/06/2024, 09:02:17] Nguyen Thi Mai (BDC): Good afternoon Oliver, received, thank you. 30 pcs samples only, noted\n"
       "[21/06/2024, 15:40:55] Nguyen Thi Mai (BDC): Oliver, latch modified like your comment, now 2 mm longer hook. Photo\n"
       "[21/06/2024, 15:41:02] Nguyen Thi Mai (BDC): <Media omitted>\n"
       "[21/06/2024, 15:41:30] Nguyen Thi Mai (BDC): also hinge pin changed to stainless. ok?\n"
       "[21/06/2024, 16:05:12] Oliver Grant: Yep that's spot on, crack on 👍\n"
       "[21/06/2024, 16:05:40] Oliver Grant: Have a good weekend\n"
       "[21/06/2024, 16:07:03] Nguyen Thi Mai (BDC): Thank you Oliver! we arrange, have a nice weekend 😊\n")])

# p17: EML thread: supplier sends PP report; buyer replies "green light from our side" (unscoped).
_p17_txt = (
    "Nice work Alejandro - green light from our side.\n\n"
    "Please send the PPAP-lite binder (dims, material certs, the drop-test video) to Jen Pruitt for "
    "the file.\n\n"
    "Jason"
    + sig("Jason Ortiz", "Sr. Buyer", "Ridgeline Tool Co.", "+1 614 555 0149")
    + "\n" + quote(
        "Hi Jason,\n\n"
        "PP sample report for the jigsaw housing RT-JS-HSG rev D attached: all 42 dimensions in tolerance,\n"
        "Cpk 1.67 on the motor boss diameter, 1.5 m drop test passed on all 30 samples, no whitening at the\n"
        "shoe mount. Samples shipped today by FedEx, AWB 7781 2290 4410.\n\n"
        "Saludos,\nAlejandro Ruiz\nIngeniero de Proyectos, Plásticos del Bajío S.A. de C.V.\n\n"
        "> Alejandro,\n"
        "> PO RT-240611 scope: 30 PP samples released. The balance of 2,970 pcs is not released and stays\n"
        "> on hold until our lab signs off the PP samples and I send a written production release.\n"
        "> Material authority: sample-only.\n"
        "> Jason Ortiz, Sr. Buyer, Ridgeline Tool Co.",
        "Alejandro Ruiz <aruiz@plasticosbajio.example>", "Tue, Jul 9, 2024 at 6:12 PM"))
case("p17_ridgeline_green_light", ["RG002"],
     "buyer's 'green light from our side' after the PP report names neither sample-only nor a quantity; quoted PO scope is otherwise complete",
     [("RE_PP_report_RT-JS-HSG.eml", eml_bytes(mail(
         "Jason Ortiz <jortiz@ridgelinetool.example>", "Alejandro Ruiz <aruiz@plasticosbajio.example>",
         "RE: PP sample report RT-JS-HSG rev D", "Wed, 10 Jul 2024 08:30:00 -0400", _p17_txt,
         in_reply_to="<rtjs-pp-0709@plasticosbajio.example>")))])

# p18: German buyer: artwork approved by marketing, order approved by controlling, "you can proceed".
_p18_txt = (
    "Hello Alice,\n\n"
    "good news from Bremen: the sleeve artwork for the cassette is approved by our marketing, and the "
    "order is now also approved by our controlling. You can proceed.\n\n"
    "Please send me the updated ship schedule by Friday.\n\n"
    "Mit freundlichen Grüßen\nSabine Roth\nEinkäuferin Werkzeugzubehör\nHolzHaus AG, Bremen\n"
    "Tel. +49 421 555 6612\n\n"
    + quote(
        "Hello Alice,\n\n"
        "PO 450091 is attached. It covers 50 sets ED samples of the SDS-plus set HH-SDS-9 only. The 9.950\n"
        "sets of the spring promotion are not released until Jörg Kranz (QS) has signed off the ED samples\n"
        "and I have sent you a written production release with the quantity.\n\n"
        "Sabine Roth",
        "Sabine Roth <s.roth@holzhaus.example>", "Mon, 03.06.2024 um 11:05"))
case("p18_holzhaus_proceed_two_approvals", ["RG002", "RG009"],
     "'approved' used for artwork (technical) and order (commercial/controlling) in one breath, then an unscoped 'you can proceed'; quoted PO scope complete",
     [("AW_HH-SDS-9_artwork_and_order.eml", eml_bytes(mail(
         "Sabine Roth <s.roth@holzhaus.example>", "Alice Wang <alice.wang@nbhaitong.example>",
         "AW: HH-SDS-9 sleeve artwork / order", "Tue, 18 Jun 2024 16:20:00 +0200", _p18_txt)))])

# p19: US merchant: "golden samples passed. Go ahead and roll right into the production run, no paperwork".
_p19_txt = (
    "Ken -\n\n"
    "Golden samples passed the drop and run-in tests at our Dallas lab this morning, nice job.\n\n"
    "Go ahead and roll right into the production run - no need to wait on paperwork from me, we're "
    "tight on the spring set.\n\n"
    "Carla"
    + sig("Carla Jimenez", "Merchant - Seasonal Tools (Dept 44)", "Lone Star Home & Hardware", "+1 214 555 0177")
    + "\n" + quote(
        "Ken, PO 7700-2455 for the 18V jobsite fan LS-FAN18: 24 golden samples released. The 2,976 units\n"
        "of line 2 are not released until the golden samples pass sign-off at our Quality Lab AND I send\n"
        "a written production release. Material authority: sample-only. - Carla Jimenez, Merchant",
        "Carla Jimenez <carla.jimenez@lshh.example>", "Tue, May 14, 2024 at 3:31 PM"))
case("p19_lonestar_go_ahead_roll", ["RG002", "RG007"],
     "after golden samples pass, merchant says 'go ahead and roll right into the production run, no need to wait on paperwork' - unscoped and sample approval rolling into production against her own written-release rule",
     [("Golden_samples_LS-FAN18.eml", eml_bytes(mail(
         "Carla Jimenez <carla.jimenez@lshh.example>", "Ken Huang <ken.huang@everbright-tw.example>",
         "RE: LS-FAN18 golden samples", "Thu, 20 Jun 2024 11:47:00 -0500", _p19_txt)))])

# p20: WeChat, Polish buyer: deposit paid today, "so you have green light!".
case("p20_wechat_majster_deposit_green", ["RG002", "RG012"],
     "chat: complete scope (24 ED sets, 2 376 on hold until sign-off + written release by Ewa); later 'deposit paid today, so you have green light!' - payment as release, unscoped",
     [("wechat_Jack_Lou_Majster.txt",
       "微信 WeChat - Chat history with Jack Lou 楼 (Ningbo Haitong)\n"
       "----------------------------------------------------------\n"
       "2024-08-05 09:12  Ewa Kaczmarek\n"
       "Hi Jack, PO MM/2024/08/201 = 24 sets ED samples only (bit set MP-BIT-45). The 2 376 sets balance is on hold until ED sample sign-off by Agnieszka Lis (our quality) and then a written release from me.\n"
       "2024-08-05 09:30  Jack Lou 楼 (Ningbo Haitong)\n"
       "OK Ewa, 24 sets ED sample, we start tomorrow\n"
       "2024-08-12 16:44  Jack Lou 楼 (Ningbo Haitong)\n"
       "Ewa, the deposit for mould of the case not receive yet, our finance ask 😅\n"
       "2024-08-13 10:03  Ewa Kaczmarek\n"
       "Deposit paid today, 30%. So you have green light! 🚀\n"
       "2024-08-13 10:05  Jack Lou 楼 (Ningbo Haitong)\n"
       "Thank you Ewa!! we arrange\n")])

# p21: supplier status email: cells bought for the full 2,000 packs; buyer's complete scope quoted.
_p21_txt = (
    "Dear Dana,\n\n"
    "Update on RT-B50 (20V 5.0Ah pack):\n\n"
    "1. The 20 PP samples passed our internal UN38.3 pre-test (altitude, thermal, vibration, shock). "
    "Official test at CTI Suzhou on 8 July.\n"
    "2. Because the 21700 cell lead time is now 12 weeks, we have already placed the cell order for "
    "the full 2,000 packs (10,000 cells) with our cell supplier to protect your Q4 date.\n"
    "3. PP samples ship on Friday by air, AWB to follow.\n\n"
    "Best regards,\nLily Chen\nAccount Manager\nSuzhou Kaida Power Technology Co., Ltd.\n\n"
    + quote(
        "Lily, PO RT-240590 note: 20 PP samples of RT-B50 released. The production quantity of 2,000\n"
        "packs is not released; it stays on hold until our engineering signs off the PP samples and I\n"
        "issue a written production release. Material authority: sample-only (cells for the 20 samples).\n"
        "Dana Whitfield, Sourcing Manager, Ridgeline Tool Co.",
        "Dana Whitfield <dwhitfield@ridgelinetool.example>", "Wed, Jun 5, 2024 at 10:14 AM"))
case("p21_kaida_cells_full_qty", ["RG006"],
     "supplier has already ordered cells for the full 2,000 packs while only 20 PP samples are released and material authority is sample-only",
     [("RT-B50_status_wk26.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@kaidapower.example>", "Dana Whitfield <dwhitfield@ridgelinetool.example>",
         "RT-B50 status wk 26", "Wed, 26 Jun 2024 18:02:00 +0800", _p21_txt)))])

# p22: WeChat, Chinese-English: M2 wire rod for all 5000 sets already in warehouse.
case("p22_wechat_keystone_m2_steel", ["RG006"],
     "chat: supplier already bought M2 steel for the whole program while only 15 sample sets are released (4,985 not released)",
     [("WeChat_Marcus_Lee_JackLou.txt",
       "WeChat export  |  Marcus Lee (Keystone)  <->  Jack Lou 楼 (Ningbo Haitong)\n\n"
       "[2024-06-03 21:15] Marcus Lee (Keystone): Jack, PO 301799 is only the 15 sample sets of KP-HSS21 (21-pc HSS set, DIN 338). 4,985 sets not released - they wait for golden sample sign-off by our QA lab and my written release.\n"
       "[2024-06-04 08:20] Jack Lou 楼 (Ningbo Haitong): ok Marcus 15 sets sample, understand\n"
       "[2024-06-17 09:02] Jack Lou 楼 (Ningbo Haitong): Marcus good morning. HSS M2 price go up 8% next month, so we already buy the M2 wire rod for the whole program, it arrive our warehouse yesterday. no worry, sample still on time 28th\n"
       "[2024-06-17 09:03] Jack Lou 楼 (Ningbo Haitong): [Image] warehouse photo\n"
       "[2024-06-17 21:40] Marcus Lee (Keystone): Hm, we never gave you a material authority for that. Let's talk tomorrow on the call.\n"
       "[2024-06-17 21:41] Jack Lou 楼 (Ningbo Haitong): ok boss 🙏\n")])

# p23: buyer suggests getting resin for the whole 5,000 in now (no explicit material authority).
_p23_txt = (
    "Alejandro,\n\n"
    "Drop-test results on the 30 T1 samples should come back from our lab by the 19th.\n\n"
    "While we wait: you might want to get the PC/ABS in for the full production run now - lead times are "
    "terrible at the moment and the design's frozen as far as I'm concerned. Production itself stays "
    "on hold until I send the written release after sign-off, obviously.\n\n"
    "Cheers,\nOliver"
    + sig("Oliver Grant", "Sourcing Lead", "Fenland Power Tools Ltd", "+44 1733 555 208")
    + "\n" + quote(
        "PO FPT-2305 - scope: 30 T1 samples of the grinder housing FPT-GH-210 released. The remaining\n"
        "4,970 pcs are not released and stay on hold until our lab signs off the drop test and I send a\n"
        "written production release. Material authority: sample-only.\n"
        "Oliver Grant, Sourcing Lead",
        "Oliver Grant <oliver.grant@fenlandpt.example>", "Mon, 3 Jun 2024 at 09:40"))
case("p23_fenland_buyer_resin_whole_run", ["RG006"],
     "buyer nudges supplier to buy PC/ABS for the full production run while only 30 T1 samples are released and the PO's material authority is sample-only",
     [("FPT-GH-210_drop_test_timing.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@fenlandpt.example>", "Alejandro Ruiz <aruiz@plasticosbajio.example>",
         "FPT-GH-210 - drop test timing", "Wed, 12 Jun 2024 10:05:00 +0100", _p23_txt)))])

# p24: two-file bundle: PO (10 PP sample blades, complete scope) + supplier weekly status PDF
# showing steel and carbide bought for 3,000 blades.
_p24_po = pdf([
    ("h1", "PURCHASE ORDER CT-24-0455"),
    ("p", "Cotswold Trade Tools Ltd - Unit 9, Kingsditch Trading Estate, Cheltenham GL51 9NU"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
               ["1", "CT-FR-190", "190 mm 24T framing blade, 30 mm bore, Cotswold blue - PP samples", "10", "14.00", "140.00"]]),
    ("h", "Scope"),
    ("p", "Only the 10 PP sample blades on line 1 are released. The production quantity of 3,000 blades in quotation Q24-0402 is not released and stays on hold until Cotswold QA has signed off the PP samples and Priya Shah, Head of Sourcing, has sent a written production release."),
    ("p", "Material authority: sample-only."),
    ("p", "Supplier: Taichung Precision Blade Co., Ltd. - Date: 20/06/2024 - Delivery: DHL to QA Cheltenham."),
], title="PO CT-24-0455", author="Priya Shah")
_p24_report = pdf([
    ("h1", "Weekly project status - wk 27"),
    ("p", "Taichung Precision Blade Co., Ltd. for Cotswold Trade Tools Ltd - project CT-FR-190 - prepared by Vivian Lin, 05/07/2024"),
    ("table", [["Item", "Status", "Remark"],
               ["PP samples (10 pcs)", "brazing done, grinding wk 28", "ship 12/07 by DHL"],
               ["Steel 75Cr1 coil", "ordered 6.2 t, arrived 02/07", "covers 3,000 blades"],
               ["Carbide tips K20", "72,000 pcs ordered", "3,000 blades x 24T"],
               ["Laser cutting", "blanks for samples cut", "production blanks planned wk 30"],
               ["Blister card", "artwork v2 waiting for your comment", "-"]]),
    ("p", "Remark: we bought the steel and the carbide for the whole quantity in advance, to keep your September delivery."),
], title="CT-FR-190 status wk27", author="Vivian Lin")
case("p24_cotswold_po_status_report", ["RG006"],
     "two-file bundle: PO releases 10 PP samples with sample-only material authority; supplier status report shows steel and carbide bought for 3,000 blades",
     [("PO_CT-24-0455.pdf", _p24_po), ("TPB_status_wk27_CT-FR-190.pdf", _p24_report)])

# p25: supplier bought M42 strip for whole promotion + "once you approve the golden samples we start mass production".
_p25_txt = (
    "Dear Sabine,\n\n"
    "thank you for the PO. The 10 golden sample kits will be ready on 12 July.\n\n"
    "To keep your October promotion date we have already bought the M42 bi-metal strip for the whole "
    "promotion quantity, so once you approve the golden samples we start the mass production the "
    "next day.\n\n"
    "Kind regards,\nYossi Ben-Ami\nSales Engineer, Galil Carbide Ltd.\n+972 4 555 7120\n\n"
    + quote(
        "Dear Mr. Ben-Ami,\n\n"
        "PO 450112 covers 10 golden sample kits of the bi-metal hole saw kit HH-LS-11 only. The 2.490\n"
        "kits of the October promotion are not released; they stay on hold until Jörg Kranz (QS) signs\n"
        "off the golden samples and I send you a written production release. Material authority:\n"
        "sample-only.\n\n"
        "Sabine Roth, Einkäuferin, HolzHaus AG",
        "Sabine Roth <s.roth@holzhaus.example>", "Tue, 18 Jun 2024 09:12"))
case("p25_galil_strip_and_roll", ["RG006", "RG007"],
     "supplier bought strip for the whole promotion quantity (material beyond the 10 released kits) and says mass production starts the day after golden-sample approval",
     [("RE_PO_450112_HH-LS-11.eml", eml_bytes(mail(
         "Yossi Ben-Ami <yossi@galilcarbide.example>", "Sabine Roth <s.roth@holzhaus.example>",
         "RE: PO 450112 - HH-LS-11 golden samples", "Wed, 19 Jun 2024 10:44:00 +0300", _p25_txt)))])

# p26: supplier: deposit received, "production starts with the deposit", strip bought for the whole order.
_p26_txt = (
    "Dear Ewa,\n\n"
    "thank you, we received your 30% deposit today.\n\n"
    "As our terms say, production starts with the deposit: we have bought the HCS and bi-metal strip "
    "for the whole order and laser cutting of the blanks started this morning. The 12 golden sample "
    "sets go out by DHL on Monday.\n\n"
    "Best regards,\nVivian Lin\nSales Manager Europe\nTaichung Precision Blade Co., Ltd.\n\n"
    + quote(
        "Dear Vivian,\n\n"
        "PO MM/2024/06/140: 12 golden sample sets of the jigsaw blade assortment MP-JS-20 (20 pcs\n"
        "T-shank) only. The 4.988 sets are not released and stay on hold until golden sample sign-off by\n"
        "Agnieszka Lis and my written release. The deposit is for the fixtures and printing plates.\n\n"
        "Best regards, Ewa Kaczmarek",
        "Ewa Kaczmarek <e.kaczmarek@majster.example>", "Mon, 10 Jun 2024 at 14:02"))
case("p26_taichung_deposit_starts_production", ["RG006", "RG012"],
     "supplier treats the deposit as production start and has bought strip for the whole order while only 12 golden sample sets are released",
     [("RE_MP-JS-20_golden_samples.eml", eml_bytes(mail(
         "Vivian Lin <vivian.lin@tpblade.example>", "Ewa Kaczmarek <e.kaczmarek@majster.example>",
         "RE: MP-JS-20 deposit", "Thu, 13 Jun 2024 17:30:00 +0800", _p26_txt)))])

# p27: two-file bundle: release letter 800 pcs (material authority 800) + supplier ack "release for 1,000 pcs,
# material for 1,000 ordered".
_p27_rel = pdf([
    ("h1", "Production release PR-RT-0057"),
    ("p", "Ridgeline Tool Co. - Sourcing - to Ningbo Jinyu Plastic Mould Co., Ltd., attn. Echo Xu - 07/22/2024"),
    ("table", [["Part", "PO", "Released by this release", "Balance not released"],
               ["RT-HSG-2045 rev C housing set", "RT-240517 (rev 2)", "800 pcs", "4,000 pcs"]]),
    ("p", "The 4,000 pcs balance stays on hold until release PR-RT-0058, which Dana Whitfield issues after the first-lot field test (20 drills at contractor sites for 4 weeks)."),
    ("p", "Material authority: 800 pcs."),
    ("p", "Dana Whitfield, Sourcing Manager"),
], pagesize=LETTER, title="PR-RT-0057", author="Dana Whitfield")
_p27_txt = (
    "Dear Dana,\n\n"
    "Thank you for production release PR-RT-0057 for 1,000 pcs.\n\n"
    "We confirm 1,000 pcs housing sets ship week 33, and the PA6-GF30 and TPE for the 1,000 pcs are "
    "already ordered. Moulding starts Monday on the 450T press.\n\n"
    "Best regards\nEcho Xu\nSales Dept.\nNingbo Jinyu Plastic Mould Co., Ltd.\n")
case("p27_ridgeline_release_vs_ack", ["RG006", "RG011"],
     "two-file bundle: release letter says 800 pcs (material authority 800); supplier acknowledgement says release for 1,000 pcs and material for 1,000 ordered",
     [("PR-RT-0057_release.pdf", _p27_rel),
      ("RE_PR-RT-0057_confirm.eml", eml_bytes(mail(
          "Echo Xu <echo.xu@jinyumould.example>", "Dana Whitfield <dwhitfield@ridgelinetool.example>",
          "RE: Production release PR-RT-0057", "Tue, 23 Jul 2024 09:15:00 +0800", _p27_txt)))])

# p28: supplier: "as soon as you approve the samples we will roll straight into the 2,376 sets".
_p28_txt = (
    "Hi Marcus,\n\n"
    "The 24 T1 samples of the KP-CS20 circular saw housing shipped today by FedEx (AWB 7790 1123 "
    "5588), dimensional report and material certs in the box.\n\n"
    "Good news on capacity: the 350T press is reserved for you from week 34, so as soon as you "
    "approve the samples we will roll straight into the production of the 2,376 sets, no need to "
    "wait for another document.\n\n"
    "Saludos,\nAlejandro Ruiz\nIngeniero de Proyectos\nPlásticos del Bajío S.A. de C.V., Querétaro\n"
    "+52 442 555 0190\n\n"
    + quote(
        "Alejandro, PO KH-56190 covers 24 T1 samples of KP-CS20 (upper + lower guard housing). The\n"
        "2,376 production sets are not released; they stay on hold until the T1 sign-off at our QA lab\n"
        "and my written production release. Material authority: sample-only.\n"
        "Marcus Lee, Merchant, Private Label Tools",
        "Marcus Lee <mlee@keystonehw.example>", "Mon, Jul 1, 2024 at 11:20 AM"))
case("p28_bajio_roll_straight", ["RG007"],
     "supplier says production of the 2,376 sets follows sample approval with no further document, contradicting the written-release requirement",
     [("T1_samples_shipped_KP-CS20.eml", eml_bytes(mail(
         "Alejandro Ruiz <aruiz@plasticosbajio.example>", "Marcus Lee <mlee@keystonehw.example>",
         "KP-CS20 T1 samples shipped", "Fri, 26 Jul 2024 17:48:00 -0600", _p28_txt)))])

# p29: product manager forwards the buyer's PO email (message/rfc822) and says keep the line running.
_p29_inner = mail("Priya Shah <priya.shah@cotswoldtt.example>", "Kevin Zhou <kevin.zhou@kaidapower.example>",
                  "PO CT-24-0502 - CT-C18 PP samples", "Mon, 10 Jun 2024 09:05:00 +0100",
                  "Dear Kevin,\n\nPO CT-24-0502 attached for 10 PP samples of the CT-C18 dual-port charger.\n\n"
                  "The production quantity of 1,990 pcs is not released. It stays on hold until the PP "
                  "samples pass the drop test and the 48 h run-in here, and I send you a written "
                  "production release. Material authority: sample-only.\n\nKind regards,\nPriya Shah\n"
                  "Head of Sourcing, Cotswold Trade Tools Ltd\n",
                  msgid="<ct240502-po@cotswoldtt.example>")
_p29_txt = (
    "Kevin -\n\n"
    "Forwarding Priya's PO mail below since you asked about timing for the CT-C18.\n\n"
    "If the PP samples pass the drop test on Thursday, just keep the line running into the "
    "production lot - no point stopping the SMT line and restarting it a week later. We'll sort the "
    "formal stuff afterwards.\n\n"
    "Cheers,\nMark Bennett\nProduct Manager - Charging & Batteries\nCotswold Trade Tools Ltd\n")
case("p29_cotswold_pm_keep_line_running", ["RG007"],
     "product manager says if PP samples pass the drop test 'keep the line running into the production lot', bypassing the forwarded PO's written-release requirement",
     [("Fw_PO_CT-24-0502_timing.eml", eml_bytes(mail(
         "Mark Bennett <mark.bennett@cotswoldtt.example>", "Kevin Zhou <kevin.zhou@kaidapower.example>",
         "Fw: PO CT-24-0502 - CT-C18 PP samples (timing)", "Tue, 18 Jun 2024 17:12:00 +0100", _p29_txt,
         attachments=[("rfc822", _p29_inner)])))])

# p30: supplier's production schedule PDF: mass production starts automatically after sample approval.
case("p30_jinyu_schedule_auto_start", ["RG007"],
     "supplier schedule states mass production starts automatically after customer sample approval, no separate order needed",
     [("Jinyu_production_schedule_WS-AG125.pdf", pdf([
         ("h1", "Production schedule / 生产计划"),
         ("p", "Ningbo Jinyu Plastic Mould Co., Ltd. - customer: Narzędzia Wisła Sp. z o.o. - part WS-AG125-H angle grinder housing L+R - prepared by Echo Xu, 2024-06-03"),
         ("table", [["Week", "Step", "Responsible", "Remark"],
                    ["wk 23", "T1 trial, 24 sets ED samples", "Jinyu", "PA6-GF30, RAL 7021 + green NW-04"],
                    ["wk 24", "ED samples ship by air", "Jinyu", "DHL to Kraków"],
                    ["wk 26-27", "Customer sample approval", "Narzędzia Wisła", "drop test, run-in test"],
                    ["wk 28", "Mass production start", "Jinyu", "automatic after sample approval"],
                    ["wk 31", "Container loading", "Jinyu", "FCA Ningbo"]]),
         ("p", "Note: mass production will start automatically after customer sample approval, as per our standard procedure. No separate order or document is needed to start the mass production."),
         ("p", "Mould maintenance planned wk 30 (2 days). Please inform us early if the colour changes."),
     ], title="Production schedule WS-AG125", author="Echo Xu"))])


# =================================================================== RISKY (batch 5)

# p31: WhatsApp, Brazilian buyer: paid the sample invoice "so you are covered", start the rest when your QC is happy.
case("p31_whatsapp_serraazul_paid_continue", ["RG007", "RG012"],
     "chat: after a complete scope, buyer says the paid sample invoice means 'you are covered' and to start the rest once the supplier's own QC is happy with the samples",
     [("WhatsApp Chat with Jack Lou Haitong.txt",
       "08/07/2024 10:12 - Thiago Almeida (Serra Azul): Bom dia Jack! PO SA-2024-311 sent: 20 jogos amostra ED only (kit brocas SA-BR-15, 15 pcs in metal case)\n"
       "08/07/2024 10:13 - Thiago Almeida (Serra Azul): The 1.980 jogos balance is NOT released, it waits the ED sample sign-off by Eng. Paula Reis + my written release\n"
       "08/07/2024 10:40 - Jack Lou 楼 (Ningbo Haitong): Good morning Thiago, received. 20 sets ED sample\n"
       "22/07/2024 15:02 - Jack Lou 楼 (Ningbo Haitong): Thiago, sample invoice USD 180 please arrange payment, thank you\n"
       "22/07/2024 15:03 - Jack Lou 楼 (Ningbo Haitong): samples finish 25th\n"
       "23/07/2024 08:47 - Thiago Almeida (Serra Azul): Paid the sample invoice just now, so you are covered 👍\n"
       "23/07/2024 08:48 - Thiago Almeida (Serra Azul): Start the rest as soon as your own QC is happy with the samples, we are short on time for Black Friday\n"
       "23/07/2024 09:15 - Jack Lou 楼 (Ningbo Haitong): OK Thiago, we arrange after QC 👌\n")])

# p32: German DOCX PO: "Upon approval of the samples by our Quality department, the supplier shall continue
# with the 2,000 pcs without further notice" - no named signer, no recorded auto-conversion.
case("p32_kessler_po_qa_continue", ["RG005", "RG007"],
     "PO: 20 samples, 2,000 not released yet, but 'upon approval of the samples by our Quality department, continue with the 2,000 pcs without further notice' - implied auto-conversion, no named person",
     [("Kessler_Bestellung_4500879912.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 4500879912"),
         ("p", "Kessler & Söhne Elektrowerkzeuge GmbH - Einkauf - Südwestpark 60, 90449 Nürnberg"),
         ("p", "Lieferant / supplier: Everbright Hardware Taiwan Co., Ltd., Kaohsiung. Datum: 27.06.2024. Einkäufer: Frank Lehmann."),
         ("table", [["Pos.", "Material", "Bezeichnung / description", "Menge", "Preis EUR", "Wert EUR"],
                    ["10", "KS-JS-115", "Sägeblattaufnahme Stichsäge, komplett / jigsaw blade clamp assembly, MIM + spring - samples", "20 ST", "6,80", "136,00"]]),
         ("h", "Terms of this order"),
         ("num", "This order covers 20 (twenty) samples."),
         ("num", "The production quantity of 2,000 pcs is not released yet."),
         ("num", "Upon approval of the samples by our Quality department, the supplier shall continue with the 2,000 pcs without further notice."),
         ("num", "Delivery of samples: DAP Nürnberg, KW 30, with hardness report (spring) and 10-piece dimensional report."),
         ("p", "Es gelten die Allgemeinen Einkaufsbedingungen der Kessler & Söhne Elektrowerkzeuge GmbH, Stand 03/2023."),
         ("sp",),
         ("p", "i.A. Frank Lehmann, Einkauf"),
     ], author="Frank Lehmann"))])

# p33: supplier quote alone with "sample approval will be treated as confirmation of the production order".
case("p33_bdcase_quote_sample_confirms", ["RG007"],
     "supplier quote alone (no authorized quantity) states sample approval is treated as confirmation of the production order and mass production starts 3 days later",
     [("BDC_Quotation_BDC-Q-24-077.pdf", pdf([
         ("h1", "QUOTATION BDC-Q-24-077"),
         ("p", "Binh Duong Case Industries Co., Ltd. - Lot A12, VSIP II, Thu Dau Mot, Binh Duong, Vietnam - to Albion Builders' Merchants Ltd, attn. Tom Hargreaves - 2024-06-20"),
         ("table", [["Item", "Description", "Samples", "3,000 pcs", "6,000 pcs"],
                    ["ALB-BC-180", "Blow-moulded case for 18V drill + 2 batteries + charger, HDPE, black/orange, 2 metal latches", "10 pcs @ USD 14.00", "USD 4.85", "USD 4.52"]]),
         ("h", "Terms"),
         ("p", "Mould cost USD 9,800 (50% with sample order, 50% at sample approval). Lead time: samples 25 days after mould deposit; mass production 30 days."),
         ("p", "Sample approval will be treated as confirmation of the production order at the quoted quantity. Mass production starts 3 days after sample approval."),
         ("p", "Payment production: 30% deposit, 70% against copy of B/L. FOB Cat Lai. Quote valid 60 days."),
         ("p", "Nguyen Thi Mai, Sales Manager"),
     ], title="BDC-Q-24-077", author="Nguyen Thi Mai"))])

# p34: US retailer planning letter DOCX: "2025 forecast (binding) ... consider this forecast as our order".
case("p34_keystone_binding_forecast", ["RG008"],
     "planning letter calls the 2025 forecast binding and asks the supplier to consider it as the order",
     [("Keystone_2025_stock_programme.docx", docx_bytes([
         ("h1", "2025 Stock Programme - Keystone Pro drill & drive accessories"),
         ("p", "Keystone Hardware Supply Inc., Planning & Replenishment, Lancaster PA - to Ningbo Haitong Tools Co., Ltd., attn. Jack Lou - July 15, 2024"),
         ("p", "Dear Jack, thank you for a strong 2024. Below is our 2025 forecast for the Keystone Pro drill & drive range, by quarter."),
         ("table", [["Item", "Description", "Q1", "Q2", "Q3", "Q4", "Total 2025"],
                    ["KP-HSS21", "21-pc HSS drill bit set, DIN 338", "3,000", "2,500", "2,500", "4,000", "12,000"],
                    ["KP-DD45", "45-pc drill & drive set, blow-mould case", "4,000", "3,000", "3,000", "8,000", "18,000"],
                    ["KP-SDS7", "7-pc SDS-plus set", "2,500", "2,000", "2,000", "3,500", "10,000"]]),
         ("p", "This forecast is binding. Please consider this forecast as our order for 2025 and reserve capacity accordingly. Weekly replenishment (EDI 850) will draw against it."),
         ("p", "Promotional quantities for Father's Day and Black Friday are included in Q2 and Q4."),
         ("sp",),
         ("p", "Rebecca Tran, Planning Manager, Private Label Tools"),
     ], author="Rebecca Tran"))])

# p35: supplier confirms a "forecast order" of 24,000; the buyer's quoted text calls it non-binding.
_p35_txt = (
    "Dear Mr. Brenner,\n\n"
    "thank you for your forecast order of 24,000 chargers LC18 for 2025. We confirm it and have "
    "planned our SMT line accordingly: 2,000 pcs per month from January, line 3.\n\n"
    "We will send the order confirmation with the monthly delivery plan next week.\n\n"
    "Best regards,\nLily Chen\nAccount Manager Europe\nSuzhou Kaida Power Technology Co., Ltd.\n\n"
    + quote(
        "Dear Ms. Chen,\n\n"
        "please find our non-binding 2025 forecast for the LC18: 24,000 pcs, about 2,000 pcs per month.\n"
        "It is for your capacity planning only and is not an order. Call-offs follow monthly.\n\n"
        "Mit freundlichen Grüßen\nMarkus Brenner, Einkaufsleiter",
        "Markus Brenner <m.brenner@brenner-werkzeuge.example>", "Mon, 08.07.2024 um 08:30"))
case("p35_kaida_forecast_order", ["RG008"],
     "supplier turns the buyer's non-binding forecast into a 'forecast order of 24,000' it confirms and plans against",
     [("RE_LC18_planning_2025.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@kaidapower.example>", "Markus Brenner <m.brenner@brenner-werkzeuge.example>",
         "RE: LC18 forecast 2025", "Wed, 10 Jul 2024 11:10:00 +0800", _p35_txt)))])

# p36: WeChat, Polish buyer: "the 15k in forecast file is sure, consider it confirmed order".
case("p36_wechat_majster_15k_confirmed", ["RG008"],
     "chat: buyer tells supplier the 15k in the forecast file is sure and to consider it a confirmed order",
     [("WeChat_Tomasz_Zielinski_JackLou.txt",
       "WeChat chat history  Tomasz Zieliński (Majster Market)  /  Jack Lou 楼 (Ningbo Haitong)\n\n"
       "2024-09-02 14:20  Jack Lou 楼 (Ningbo Haitong)\n"
       "Tomasz hello, we receive your forecast excel for 2025. For container planning, how sure is this 15k sets bit case MP-BC-32?\n\n"
       "2024-09-02 14:58  Tomasz Zieliński (Majster Market)\n"
       "Hi Jack, don't worry about the word forecast in the file. The 15k is sure, consider it confirmed order for 2025, we take everything 💪\n\n"
       "2024-09-02 15:01  Tomasz Zieliński (Majster Market)\n"
       "Containers monthly from February, 40'HC to Gdańsk\n\n"
       "2024-09-02 15:05  Jack Lou 楼 (Ningbo Haitong)\n"
       "Great, thank you Tomasz! we plan like this\n")])

# p37: Brazilian retailer EML (text + HTML table): forecast of 8.000 cases "is our commitment, consider it as a PO".
_p37_txt = (
    "Dear Mai,\n\n"
    "Good news: the forecast of 8.000 tool cases FP-MAL-18 for the Dia dos Pais promotion is our "
    "commitment, you can consider it as a purchase order. The formal PO comes in September when our "
    "open-to-buy opens.\n\n"
    "Month split (forecast):\n"
    "  May/2025   3.000\n  Jun/2025   3.000\n  Jul/2025   2.000\n\n"
    "Abraços,\nMarcelo Duarte\nGerente de Categoria - Ferramentas\nCasa Forte Materiais de "
    "Construção S.A.\n")
_p37_html = ("<html><body><p>Dear Mai,</p><p>Good news: the forecast of 8.000 tool cases FP-MAL-18 for the "
             "Dia dos Pais promotion is our commitment, you can consider it as a purchase order. The formal "
             "PO comes in September when our open-to-buy opens.</p>"
             + table_html([["Month", "Forecast (cases)"], ["May/2025", "3.000"], ["Jun/2025", "3.000"],
                           ["Jul/2025", "2.000"]])
             + "<p>Abraços,<br>Marcelo Duarte<br>Gerente de Categoria - Ferramentas<br>Casa Forte Materiais de "
               "Construção S.A.</p></body></html>")
case("p37_casaforte_forecast_commitment", ["RG008"],
     "buyer writes the promotion forecast of 8.000 cases is a commitment to be considered a purchase order",
     [("Dia_dos_Pais_2025_FP-MAL-18.eml", eml_bytes(mail(
         "Marcelo Duarte <marcelo.duarte@casaforte.example>", "Nguyen Thi Mai <mai.nguyen@bdcase.example>",
         "Forecast Dia dos Pais 2025 - FP-MAL-18", "Thu, 22 Aug 2024 18:20:00 -0300", _p37_txt,
         html=_p37_html)))])

# p38: German buyer: "PO has been released in SAP" + "production release" (RG009); scope otherwise complete.
_p38_txt = (
    "Dear Echo,\n\n"
    "PO 4500881234 has been released in SAP today (four-eyes check, budget holder signed). It covers "
    "24 ED samples of the multi-tool housing KS-MT-300 (PA6-GF30, anthracite/red).\n\n"
    "The balance of 2,376 pcs stays on hold until the ED samples are signed off by our lab in "
    "Nürnberg and I give the production release in writing. Material for the 24 samples only, "
    "please.\n\n"
    "Please send the T1 report together with the samples.\n\n"
    "Mit freundlichen Grüßen\nFrank Lehmann\nEinkauf\nKessler & Söhne Elektrowerkzeuge GmbH\n"
    "Tel. +49 911 555 2040\n")
case("p38_kessler_sap_released", ["RG009"],
     "'released in SAP' (commercial PO release) and 'production release' in the same mail; 24 ED samples, 2,376 on hold, sign-off + written release by Frank",
     [("PO_4500881234_KS-MT-300.eml", eml_bytes(mail(
         "Frank Lehmann <f.lehmann@kessler-soehne.example>", "Echo Xu <echo.xu@jinyumould.example>",
         "PO 4500881234 - KS-MT-300 ED samples", "Mon, 24 Jun 2024 10:02:00 +0200", _p38_txt,
         html=text_to_html(_p38_txt))))])

# p39: supplier's HTML project tracker: "APPROVED" for drawing (technical), PO (commercial), production pending approval.
case("p39_bajio_tracker_approved", ["RG009"],
     "supplier tracker uses 'approved' for the drawing (technical), the PO (commercial) and production ('waiting approval')",
     [("PdB_project_tracker_FPT-RS-18.html", html_page("Plásticos del Bajío - Project tracker FPT-RS-18", """
<h2>Plásticos del Bajío S.A. de C.V. &mdash; Project tracker</h2>
<p>Customer: Fenland Power Tools Ltd &nbsp;|&nbsp; Project: FPT-RS-18 reciprocating saw housing (L/R shells + nose cap) &nbsp;|&nbsp; Owner: Ing. Alejandro Ruiz &nbsp;|&nbsp; Updated 2024-07-12</p>
<table>
<tr><th>Milestone</th><th>Status</th><th>Date</th><th>Comment</th></tr>
<tr><td>Drawing FPT-RS-18 rev D</td><td>APPROVED</td><td>2024-06-12</td><td>customer engineering, after rib change</td></tr>
<tr><td>PO FPT-2340</td><td>APPROVED</td><td>2024-06-14</td><td>received and accepted by our sales</td></tr>
<tr><td>Mould T1</td><td>done</td><td>2024-07-01</td><td>4-cavity family mould</td></tr>
<tr><td>T1 samples (30 pcs)</td><td>shipped</td><td>2024-07-08</td><td>FedEx to Peterborough</td></tr>
<tr><td>Production</td><td>waiting approval</td><td>&mdash;</td><td>press 12 reserved wk 32</td></tr>
</table>
<p>Next review call: Tuesday 16:00 UK time.</p>
"""))])

# p40: two-file bundle: PO PDF says 24 golden samples; buyer's e-mail says make 30.
_p40_po = pdf([
    ("h1", "PURCHASE ORDER ALB-2024-1262"),
    ("p", "Albion Builders' Merchants Ltd - Unit 4, Riverside Park, Warrington WA1 1RT"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Value USD"],
               ["1", "ALB-SL-20", "20V LED site light 4000 lm, tripod, IP54 - golden samples", "24", "38.00", "912.00"]]),
    ("h", "Scope"),
    ("p", "Only the 24 golden samples on line 1 are released. The production quantity of 1,976 pcs is not released and stays on hold until our Quality (Dr. Helen Marsh) signs off the golden samples and Tom Hargreaves, Category Buyer, issues a written production release."),
    ("p", "Material authority: sample-only. Supplier: Everbright Hardware Taiwan Co., Ltd. Date: 01/07/2024."),
], title="PO ALB-2024-1262", author="Tom Hargreaves")
_p40_txt = (
    "Hi Ken,\n\n"
    "PO ALB-2024-1262 attached. As discussed on the call, please make 30 golden samples - we need the "
    "extra six for the buying team and the marketing shoot.\n\n"
    "Everything else as per the PO.\n\n"
    "Thanks,\nTom"
    + sig("Tom Hargreaves", "Category Buyer - Power Tool Accessories", "Albion Builders' Merchants Ltd", "+44 1925 555 210"))
case("p40_albion_po_24_mail_30", ["RG011"],
     "two-file bundle: PO releases 24 golden samples; the buyer's covering e-mail asks for 30",
     [("ALB_PO_2024-1262.pdf", _p40_po),
      ("Golden_samples_ALB-SL-20.eml", eml_bytes(mail(
          "Tom Hargreaves <t.hargreaves@albion-bm.example>", "Ken Huang <ken.huang@everbright-tw.example>",
          "PO ALB-2024-1262 - golden samples ALB-SL-20", "Mon, 01 Jul 2024 15:40:00 +0100", _p40_txt)))])

# p41: Brazilian DOCX PO: table says 20 samples, text says twenty-five (25).
case("p41_serraazul_po_20_vs_25", ["RG011"],
     "PO table line 20 ED samples, PO text orders twenty-five (25); balance, unlock event and releaser are stated",
     [("SerraAzul_PO_SA-2024-298.docx", docx_bytes([
         ("h1", "Pedido de Compra SA-2024-298"),
         ("p", "Ferramentas Serra Azul Ltda. - Rua Dona Francisca 8300, Distrito Industrial, Joinville - SC - to Galil Carbide Ltd., Karmiel, Israel - 04/07/2024"),
         ("table", [["Item", "Código", "Descrição", "Qtd.", "Preço USD", "Total USD"],
                    ["1", "SA-SC-TCT9", "Kit serras copo TCT 9 pçs / TCT hole saw kit 9 pcs - amostras ED", "20", "39,00", "780,00"]]),
         ("p", "We order twenty-five (25) ED samples of the TCT hole saw kit SA-SC-TCT9 for the drilling test in our Joinville lab."),
         ("p", "The production balance of 2.000 kits is not released. It stays on hold until the ED sample sign-off by our engineering and a written release from Rafael Souza, Comprador."),
         ("p", "Material authority: samples only. Delivery DAP Joinville by 09/08/2024."),
         ("sp",),
         ("p", "Rafael Souza, Comprador, Ferramentas Serra Azul Ltda."),
     ], author="Rafael Souza"))])

# p42: release e-mail says 1,200 blades; attached release PDF says 800.
_p42_pdf = pdf([
    ("h1", "Production release PR-KP-014"),
    ("p", "Keystone Hardware Supply Inc. - Private Label Tools - to Taichung Precision Blade Co., Ltd. - 02/03/2025"),
    ("table", [["Item", "Released quantity", "Balance not released", "Next release"],
               ["KP-1000-500 7-1/4in 24T framing blade", "800 blades", "3,200 blades", "by Marcus Lee after the April sell-through review"]]),
    ("p", "Material authority: 800 blades. Ship FOB Taichung, ETD week 9."),
    ("p", "Marcus Lee, Merchant, Private Label Tools"),
], pagesize=LETTER, title="PR-KP-014", author="Marcus Lee")
_p42_txt = (
    "Vivian,\n\n"
    "Production release PR-KP-014 attached: 1,200 blades for the spring planogram.\n\n"
    "The balance stays on hold until my next release after the April sell-through read.\n\n"
    "Thanks for the fast turnaround on the PP samples.\n\n"
    "Marcus"
    + sig("Marcus Lee", "Merchant, Private Label Tools", "Keystone Hardware Supply Inc., Lancaster PA", "+1 717 555 0190"))
case("p42_keystone_release_mail_vs_pdf", ["RG011"],
     "release e-mail says 1,200 blades, the attached release PR-KP-014 says 800",
     [("Release_PR-KP-014_blades.eml", eml_bytes(mail(
         "Marcus Lee <mlee@keystonehw.example>", "Vivian Lin <vivian.lin@tpblade.example>",
         "Production release PR-KP-014", "Mon, 03 Feb 2025 09:10:00 -0500", _p42_txt,
         attachments=[("PR-KP-014.pdf", _p42_pdf, PDF_MT)])))])

# p43: two-file bundle: release printout QTY 1,500; WeChat from the same buyer "make 2k packs".
_p43_print = (
    "FENLAND POWER TOOLS LTD               PRODUCTION RELEASE             PRINTED 05/08/2024\n"
    "14 FENGATE, PETERBOROUGH PE1 5XG\n"
    "SUPPLIER : SUZHOU KAIDA POWER TECHNOLOGY CO LTD (V0442)\n"
    "PO       : FPT-2288      ITEM : FPT-B18-40  18V 4.0AH PACK, FENLAND GREEN\n"
    "------------------------------------------------------------------------------\n"
    "RELEASE 01    QTY   1,500 EA    SHIP WK 38 FOB SHANGHAI\n"
    "BALANCE       QTY   3,500 EA    NOT RELEASED\n"
    "NEXT RELEASE  BY S. CLARKE, BUYER, AFTER THE 6-WEEK FIELD TRIAL OF RELEASE 01\n"
    "MATERIAL AUTHORITY : 1,500 PACKS (CELLS INCLUDED)\n"
    "------------------------------------------------------------------------------\n"
    "ISSUED BY SOPHIE CLARKE, BUYER   01733 555 214\n")
_p43_chat = (
    "WeChat - Sophie Clarke (Fenland) / Kevin Zhou (Kaida)\n\n"
    "2024-08-05 16:02 Sophie Clarke (Fenland)\n"
    "Hi Kevin, release 01 for the FPT-B18-40 is in the portal now\n\n"
    "2024-08-05 16:03 Sophie Clarke (Fenland)\n"
    "For the first lot please make 2k packs. The rest stays on hold until the field trial is done and I send release 02\n\n"
    "2024-08-05 16:20 Kevin Zhou (Kaida)\n"
    "Received Sophie, thanks. Cells booking today\n")
case("p43_fenland_release_vs_wechat", ["RG011"],
     "two-file bundle: release printout says 1,500 packs; the same buyer's WeChat says make 2k packs for the first lot",
     [("FPT_release_print_R01.txt", _p43_print), ("WeChat_Kevin_Zhou_Kaida.txt", _p43_chat)])

# p44: supplier acknowledgement confirms 50 T1 samples against a PO for 40, and treats PO acceptance as production start.
_p44_txt = (
    "Estimado Piotr,\n\n"
    "we return your PO 2024/0655/NW countersigned, thank you.\n\n"
    "We confirm 50 pcs T1 samples of the WS-DR18 drill housing, ship date 19 July by air.\n\n"
    "Per our general terms of sale, acceptance of the PO means production start, so we will schedule "
    "the series run right after the T1 samples to keep your September launch.\n\n"
    "Saludos cordiales,\nIng. Alejandro Ruiz\nIngeniero de Proyectos\nPlásticos del Bajío S.A. de C.V.\n\n"
    + quote(
        "Dear Alejandro,\n\n"
        "PO 2024/0655/NW attached: 40 T1 samples of the WS-DR18 drill housing. The series quantity of\n"
        "9.960 pcs is not released; it stays on hold until T1 sign-off and a written release from me,\n"
        "Piotr Nowak. Material: samples only.\n\n"
        "Best regards, Piotr Nowak, Kierownik Zakupów",
        "Piotr Nowak <p.nowak@narzedzia-wisla.example>", "Mon, 1 Jul 2024 at 10:00"))
case("p44_bajio_ack_50_po_acceptance", ["RG011", "RG012"],
     "supplier acknowledgement confirms 50 T1 samples against the PO's 40 and treats PO acceptance as production start",
     [("RE_PO_2024-0655-NW_countersigned.eml", eml_bytes(mail(
         "Alejandro Ruiz <aruiz@plasticosbajio.example>", "Piotr Nowak <p.nowak@narzedzia-wisla.example>",
         "RE: PO 2024/0655/NW - WS-DR18 T1 samples", "Wed, 03 Jul 2024 12:35:00 -0600", _p44_txt)))])

# p45: EDI 850 printout: header/message says 1,200 units, the only PO line says 960.
case("p45_lonestar_850_header_vs_line", ["RG011"],
     "full-quantity EDI 850: the PO1 line authorizes 960 units while the hash total and the message say 1,200",
     [("EDI850_LSHH_PO77003377.txt",
       "*** EDI 850 PURCHASE ORDER - HUMAN READABLE ***        RECEIVED 2024-07-09 03:02 UTC\n"
       "ISA SENDER: LSHHSUPPLY   ISA RECEIVER: EVERBRIGHTTW   ICN 000042288\n"
       "BEG 00 SA PO 7700-3377   DATE 20240708\n"
       "REF DP 44 (SEASONAL TOOLS)   REF IA 118-0442\n"
       "DTM 010 REQUESTED SHIP 20240902\n"
       "N1 ST LSHH DC 2 - 8707 RESEARCH BLVD AUSTIN TX 78758\n"
       "----------------------------------------------------------------------\n"
       "PO1 LN  QTY   UOM  PRICE   BUYER ITEM    VENDOR ITEM   UPC\n"
       "PO1 001 960   EA   21.40   LS-FAN18      EB-FAN18      0 84512 30088 4\n"
       "PID F  18V JOBSITE FAN 10IN BARE TOOL\n"
       "PO4 4 (INNER) / 8 (MASTER)\n"
       "CTT 1 LINE  HASH QTY 1200\n"
       "----------------------------------------------------------------------\n"
       "MSG  REPLENISHMENT ORDER. THIS PO AUTHORIZES 1200 UNITS - FULL QUANTITY.\n"
       "MSG  NO SAMPLE STAGE, NO BALANCE.\n"
       "SE 27 SEGMENTS\n")])


# ======================================================== END OF CASES


# ================================================================== BUILD
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = sorted(CASES, key=lambda c: c["name"])
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, start=1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem).strip("_")
        folder = f"h80_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    build()
