#!/usr/bin/env python3
"""Generator for the releasegate check_holdout162 corpus (footwear components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout162/build.py

Renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written by hand for this corpus.

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
    m["Message-ID"] = msgid or f"<h162-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h162")
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




def q(text):
    """Quote a message body the way mail clients do."""
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n")) + "\n"


def curve(sizes, pairs, label="Pairs"):
    """Size-curve table rows with a computed total."""
    return [["Size"] + [str(s) for s in sizes] + ["Total"],
            [label] + [f"{p:,}" for p in pairs] + [f"{sum(pairs):,}"]]


def enc(data):
    return data if isinstance(data, bytes) else data.encode("utf-8")


# ====================================================================== CASES
# Descriptive names: c.. = clean, p.. = positive. They appear only here, never in cases/.

# ---------------------------------------------------------------- batch 1
# c01: supplier quote with sample and bulk tiers (a quote authorizes nothing)
case("c01_pt_quote_tiers", [], "Supplier quote alone: proto/SMS/bulk tiers, no authorized quantity; lead time tied to written release.", [
    ("ORC_2024-0412_Harrow_Finch.pdf", pdf([
        ("h1", "Solados Ferreira & Filhos, Lda."),
        ("p", "Rua da Indústria 118, 4610-106 Felgueiras, Portugal  |  NIF PT 503 118 274  |  comercial@soladosferreira.pt"),
        ("h", "ORÇAMENTO / QUOTATION ORC 2024-0412"),
        ("p", "To: Harrow & Finch Ltd, Kingsthorpe Works, Northampton NN2 6LT, United Kingdom. "
              "Attn. Mr Oliver Pemberton / Ms Hannah Cole. Date: 16.04.2024."),
        ("p", "Article: SF-7731 commando lug outsole, natural rubber / SBR blend, Shore A 65 ± 3, "
              "abrasion per ISO 4649 ≤ 120 mm³, for Goodyear welted boot 'Ashby'. Last ref. HF-2400 (your last)."),
        ("table", [
            ["Item", "Qty", "Unit price", "Notes"],
            ["Proto pairs, UK 8 only", "2 prs", "38,00 €", "hand-trimmed, from 3D-printed mould"],
            ["SMS pairs, UK 6-11", "24 prs", "14,50 €", "from production moulds"],
            ["Bulk, your size curve", "2.400 prs", "6,85 €", "min. 300 prs per colour"],
            ["Bulk, tier 2", "5.000 prs", "6,40 €", "same curve"],
            ["Tooling per size (aluminium), UK 6-11 incl. half sizes", "11 moulds", "1.350,00 € each", "one-off"],
        ]),
        ("sp",),
        ("p", "Prices ex-works Felgueiras (Incoterms 2020 EXW), excl. VAT, valid 60 days. Colours: black, "
              "dark brown, stone. Lead time: moulds 5 weeks; SMS 3 weeks after mould trial; bulk 6 weeks "
              "from your written production release. Payment: tooling 50 % with order of moulds, balance at "
              "T1; pairs 30 days end of month."),
        ("p", "This quotation is an offer only. It is not an order confirmation."),
        ("p", "Com os melhores cumprimentos / Kind regards, Ana Sousa, Departamento Comercial, +351 255 318 440"),
    ], title="ORC 2024-0412", author="Ana Sousa")),
])

# c02: supplier asks whether it may go ahead; buyer's full scope quoted
_c02_buyer = """Minh,

PO 4500031877 for the TR-220 trail outsole is attached. Scope, so there is no doubt on either side:

- Now: 36 pairs wear-test samples, US men's 7-13 (curve on the PO).
- The 4,800 pairs bulk in your quote Q-BD-24-077 is NOT released. It stays on hold until (1) our
  wear-test sign-off and (2) a written release from me, Dana Whitfield. Nobody else at Ridgeline
  can release it.
- Material: buy compound for the 36 pairs only.

Thanks,
Dana
"""
case("c02_vn_question_goahead", [], "Supplier question 'can we go ahead with bulk?' is not an approval; quoted buyer scope has qty, hold, event, named releaser.", [
    ("RE_PO_4500031877_TR-220.eml", eml_bytes(mail(
        "Tran Van Minh <minh.tran@tanphurubber.vn>", "Dana Whitfield <dwhitfield@ridgelinefootwear.com>",
        "RE: PO 4500031877 - TR-220 wear test pairs", "Mon, 17 Jun 2024 10:41:00 +0700",
        "Dear Dana,\n\nGood morning. Your lab in Portland sent us the wear-test summary on Friday: all 36 "
        "pairs passed, no delamination, abrasion loss 96 mm3.\n\nCan we go ahead with the bulk 4,800 prs "
        "now, or do you still need to issue the written release? We do not start anything until we hear "
        "from you. Compound so far is only for the 36 test pairs, nothing more in stock for your article.\n\n"
        "Mould status: 13 sizes ready, T2 shots done.\n\nBest regards,\nMinh\n\nTran Van Minh | Sales Manager\n"
        "Tan Phu Rubber Co., Ltd. | Lot C-12, Song Than 2 IZ, Di An, Binh Duong, Vietnam | +84 274 3742 118\n\n"
        "-----Original Message-----\nFrom: Dana Whitfield <dwhitfield@ridgelinefootwear.com>\n"
        "Sent: Tuesday, May 7, 2024 4:12 PM\nSubject: PO 4500031877 - TR-220 wear test pairs\n\n" + q(_c02_buyer),
        in_reply_to="<po-4500031877@ridgelinefootwear.com>"))),
])

# c03: clearly labelled forecast
case("c03_de_forecast_labelled", [], "Labelled demand forecast: not an order, no production or material authority.", [
    ("Bedarfsvorschau_KW24_Sinar.txt", """LAUFWERK SCHUHFABRIK GMBH          Zweibruecker Str. 61, 66953 Pirmasens
BEDARFSVORSCHAU / DEMAND FORECAST                       Stand: 10.06.2024
An / To: PT Sinar Karet Abadi, Jl. Industri Raya III Blok AE No. 7, Tangerang
=============================================================================
*** FORECAST - NOT A PURCHASE ORDER - NO PRODUCTION RELEASE - NO MATERIAL ***
*** AUTHORITY. FOR CAPACITY PLANNING ONLY. QUANTITIES MAY CHANGE.          ***
=============================================================================
Art.-Nr.     Bezeichnung                    Jul 24  Aug 24  Sep 24  Okt 24
-----------  -----------------------------  ------  ------  ------  ------
3600-42      Laufsohle Gummi "Pfalz" schw.   1.200   1.800   2.400     900
3600-43      Laufsohle Gummi "Pfalz" braun     600     600   1.200     600
7720-10      Zwischensohle EVA 55 Asker C      800   1.000   1.000     800
-----------  -----------------------------  ------  ------  ------  ------
Summe Paar / total pairs                     2.600   3.400   4.600   2.300

Hinweise / notes:
1. This forecast is our best estimate for capacity planning. It is not an
   order and does not authorize production or the purchase of material.
2. Purchase orders and production releases are issued separately, in writing,
   by our purchasing department (Einkauf).
3. Sole compound per DIN ISO 20344:2022 (slip) and EN ISO 20345:2022; drawing
   LW-3600 Rev. 12 applies to all colours.

Rueckfragen / questions: Svenja Kraemer, Entwicklung, +49 6331 2270-415
"""),
])

# c04: full-quantity PO, no balance
case("c04_us_laces_full_po", [], "Full-quantity repeat PO (12,000 pairs) scoped 'proceed with the 12,000 pairs'; no balance exists.", [
    ("PO_4500033150_Jinlu.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500033150"),
        ("p", "Paloma Athletic, Inc. | 200 Summer Street, Boston, MA 02210 | purchasing@palomaathletic.com"),
        ("p", "Vendor: Xiamen Jinlu Laces & Webbing Co., Ltd., No. 66 Xinglin Rd, Jimei, Xiamen, China. "
              "Vendor no. 100482. PO date: 06/12/2024. Terms: FOB Xiamen, net 60. Currency USD."),
        ("table", [
            ["Line", "Item", "Description", "Qty (pairs)", "Unit", "Amount"],
            ["10", "LC-120-FLT-BLK", "Flat lace 120 cm, 8 mm, recycled PES, black, aglet 18 mm", "5,000", "0.182", "910.00"],
            ["20", "LC-120-FLT-WHT", "Flat lace 120 cm, 8 mm, recycled PES, white", "4,000", "0.182", "728.00"],
            ["30", "LC-120-FLT-SGE", "Flat lace 120 cm, 8 mm, recycled PES, sage (Pantone 16-0213)", "3,000", "0.188", "564.00"],
            ["", "", "Total", "12,000", "", "2,202.00"],
        ]),
        ("sp",),
        ("p", "Order note: this is a repeat of PO 4500019940 (same construction, same dye lots standard). "
              "No samples are required. This is a full-quantity production order: all 12,000 pairs on this PO "
              "are released for production. Please proceed with the 12,000 pairs and ship by 08/30/2024."),
        ("p", "Packing: 50 pairs per polybag, 1,000 pairs per carton, carton marks per Paloma Vendor Manual "
              "rev. 2024-1. Testing: aglet pull ≥ 60 N per ASTM D6193 style 1000 reference; colourfastness "
              "per ISO 105-C06."),
        ("p", "Buyer: Jenna Ortiz, Senior Buyer, (617) 555-0148"),
    ], pagesize=LETTER, title="PO 4500033150", author="Paloma Athletic")),
])

# c05: complete sample PO with size curve (IT buyer, CN supplier)
_c05_sizes = [39, 40, 41, 42, 43, 44, 45, 46]
_c05_pairs = [2, 3, 4, 5, 4, 3, 2, 1]
assert sum(_c05_pairs) == 24
case("c05_it_sample_po_curve", [], "Sample PO 24 pairs with size curve; bulk 4.800 not released; unlock wear-test sign-off + written release by Giulia Ferri; sample-only material.", [
    ("Ordine_24-0388_Hengsheng.pdf", pdf([
        ("h1", "Calzaturificio Ardenza S.r.l."),
        ("p", "Via Schiavonesca Priula 41, 31044 Montebelluna (TV), Italia  -  P.IVA IT 03481120264"),
        ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER N. 24-0388 del 14/05/2024"),
        ("p", "Fornitore / Supplier: Jinjiang Hengsheng Sole Co., Ltd., Chendai Town, Jinjiang, Fujian, China. "
              "Rif. offerta / your offer: OFF-HS-2024-118 del 29/04/2024."),
        ("p", "Articolo: suola in gomma ARD-M412 'Dolomiti', mescola antiscivolo, durezza 62 Shore A, "
              "disegno ARD-M412 rev. 03."),
        ("table", [
            ["Pos.", "Descrizione / description", "Q.tà / qty", "Prezzo / price", "Totale"],
            ["1", "Paia wear test / wear-test pairs, colore nero", "24 paia", "USD 9,80", "USD 235,20"],
        ]),
        ("sp",),
        ("p", "Curva taglie / size curve (wear test):"),
        ("table", curve(_c05_sizes, _c05_pairs, "Paia / pairs")),
        ("sp",),
        ("h", "Scope of this order - please read"),
        ("p", "1. This order releases 24 pairs only, for our wear test."),
        ("p", "2. The bulk of 4.800 pairs shown in your offer OFF-HS-2024-118 is not released by this order and "
              "stays on hold."),
        ("p", "3. Bulk can be released only after the wear-test sign-off by our lab, and then only by a written "
              "production release signed by Giulia Ferri, Head of Sourcing. Nobody else can release it."),
        ("p", "4. Material: buy rubber compound for the 24 pairs only. Compound for the bulk is at your own risk "
              "until the written release."),
        ("sp",),
        ("p", "Consegna / delivery: DHL Express to Montebelluna by 07/06/2024. Pagamento / payment: bonifico 30 gg d.f."),
        ("p", "Buyer: Matteo Zanin, Sviluppo prodotto, +39 0423 601 288"),
    ], title="Ordine 24-0388", author="Ardenza")),
])

# c06: call-off with explicit staged material authority above the released quantity
_c06_pairs = [60, 120, 180, 240, 240, 180, 100, 60, 20]
assert sum(_c06_pairs) == 1200
case("c06_de_calloff_staged_material", [], "Call-off 01 releases 1.200 of 4.800; staged material authority 2.400 explicit; rest on hold until call-off 02 after lot acceptance, signed by J. Hofmann.", [
    ("Abruf_4500071230_01.txt", """LAUFWERK SCHUHFABRIK GMBH - ABRUF / CALL-OFF                     Seite 1/1
Rahmenbestellung / blanket PO: 4500071230         Abruf-Nr. / call-off: 01
Lieferant / supplier: 400317  PHU AN SOLE CO., LTD.  TAN UYEN, BINH DUONG, VN
Datum: 03.07.2024                 Einkaeufer / buyer: J. HOFMANN  (EK-2)
--------------------------------------------------------------------------
Art.-Nr.  Bezeichnung                              Menge    ME    Termin
7720-10   PU-Zwischensohle "Trail X" 55 Asker C
          Rahmenmenge / blanket PO total           4.800    PAAR
          THIS CALL-OFF RELEASED (freigegeben)     1.200    PAAR  KW 34/24
          Previously released                          0    PAAR
          NOT RELEASED - ON HOLD                   3.600    PAAR
--------------------------------------------------------------------------
Groessenaufteilung / size curve call-off 01:
 EU      39   40   41   42   43   44   45   46   47   TOTAL
 PAAR    60  120  180  240  240  180  100   60   20   1.200

MATERIAL AUTHORITY (STAGED): supplier may buy PU system (polyol/isocyanate)
and release agent for up to 2.400 pairs at Laufwerk's liability. Any
material beyond 2.400 pairs is bought at the supplier's own risk.

HOLD: the remaining 3.600 pairs are not released. They can only be released
by call-off 02. Call-off 02 will be issued after lot acceptance of call-off
01 at our incoming inspection (Pirmasens) and must be signed by Juergen
Hofmann, Leiter Einkauf. E-mails from development or QA do not release pairs.

Drawing LW-7720 Rev. 08, density 0,28 g/cm3 +/- 0,02, test per ISO 20344.
Anlieferung DDP Pirmasens, Zahlung 60 Tage netto.
--------------------------------------------------------------------------
Laufwerk Schuhfabrik GmbH - HRB 30418 Zweibruecken - USt-IdNr. DE 149 301 776
"""),
])

# c07: explicit recorded auto-conversion with quantity, signer and conditions
_c07_txt = """Hi Budi,

Following our call on Monday (June 3), here is the written record so both teams work from the same
page on PA-RUN-09.

1. Released now: 30 pairs of wear-test samples, US 7-12 (curve in the PO). That is all you may
   produce today.
2. Bulk on PO 4500033402 line 20: 3,000 pairs. Not released.
3. Auto-conversion, agreed and recorded here: if I, Jenna Ortiz (Senior Buyer, release authority
   for this program), sign the wear-test report for PA-RUN-09 with the result PASS and no open
   comments, that signed report by itself releases 1,500 of the 3,000 pairs. No further document is
   needed for those 1,500 pairs. A report signed by anyone else, or a PASS with open comments,
   releases nothing.
4. The other 1,500 pairs stay on hold until lot acceptance of the first 1,500 pairs (QIMA
   inspection, Tangerang) and a separate written release from me.
5. Material: compound for the 30 pairs only until I sign the wear-test report; after that, for the
   1,500 released pairs only.

Please reply to confirm you have recorded the same on your side.

Thanks,
Jenna
""" + sig("Jenna Ortiz", "Senior Buyer, Footwear Components", "Paloma Athletic, Inc.", "+1 617 555 0148")
_c07_html = "<p>" + "</p>\n<p>".join(escape(p) for p in _c07_txt.split("\n\n")) + "</p>"
case("c07_us_recorded_autoconversion", [], "Explicit recorded auto-conversion naming 1,500 pairs, signer (Jenna Ortiz) and conditions; 30 pairs now; other 1,500 on hold to lot acceptance + written release.", [
    ("PO_4500033402_scope.eml", eml_bytes(mail(
        "Jenna Ortiz <jortiz@palomaathletic.com>", "Budi Santoso <budi.santoso@sinarkaret.co.id>",
        "PO 4500033402 - PA-RUN-09 outsole: scope and recorded auto-conversion",
        "Wed, 05 Jun 2024 08:30:00 -0400", _c07_txt, html=_c07_html,
        cc="Dewi Lestari <dewi.lestari@sinarkaret.co.id>"))),
])

# c08: supplier says the deposit does not release production
case("c08_br_deposit_not_release", [], "Supplier states the tooling deposit does not release production; keeps to 24 SMS pairs and bulk hold.", [
    ("RE_PO_4500032210_contrafortes.eml", eml_bytes(mail(
        "Fernanda Becker <fernanda@solados-valedosinos.com.br>", "Dana Whitfield <dwhitfield@ridgelinefootwear.com>",
        "Depósito recebido / deposit received - PO 4500032210 heel counters",
        "Thu, 23 May 2024 15:20:00 -0300",
        "Hi Dana, tudo bem?\n\nWe received today the 30% tooling deposit (USD 4.860,00) for the counter "
        "moulds, obrigada.\n\nJust to be clear on our side: the deposit pays the moulds and does not release "
        "production. We make only the 24 SMS pairs of PO 4500032210 (sizes 8-12, 5/5/5/5/4) and keep the "
        "3.000 pairs bulk on hold until the SMS sign-off and your written release, as your PO says. We buy no "
        "thermoplastic sheet for bulk before that.\n\nMoulds: T1 on 4 June, SMS ship by 14 June via FedEx "
        "IP, AWB to follow.\n\nAbraços,\nFernanda Becker\nExport / Comercial Exterior\nSolados Vale do Sinos "
        "Ltda. - Rua Bento Gonçalves 2230, Novo Hamburgo - RS, Brasil\n+55 51 3593 4410\n"))),
])

# ---------------------------------------------------------------- positives, batch 1
# p01: supplier already bought compound for the whole bulk (RG006)
_p01_buyer = """Lily,

Attached PO 4500031990 for the TR-410 trail outsole. Scope: 36 pairs for wear test (size curve on the
PO). The bulk of 4,800 pairs in your quote is not released - nothing beyond the 36 pairs until our
wear-test sign-off and then a written release from me (Dana Whitfield).
Material: compound for the 36 pairs only.

Dana
"""
case("p01_cn_compound_full_bulk", ["RG006"], "Supplier reports compound bought for full 4,800 pairs while only 36 released and material was sample-only.", [
    ("RE_PO_4500031990_TR-410.eml", eml_bytes(mail(
        "Lily Chen <lily.chen@hengsheng-sole.com>", "Dana Whitfield <dwhitfield@ridgelinefootwear.com>",
        "RE: PO 4500031990 TR-410 outsole", "Fri, 10 May 2024 18:05:00 +0800",
        "Dear Dana,\n\nThanks for your PO, well received. The 36 pairs are planned in press line 3 next "
        "week, ETD 28 May by DHL, tracking will follow.\n\nFor your information, to protect the price and "
        "the lead time for your season, our purchasing already bought the rubber compound and carbon black "
        "for the full 4,800 pairs (about 2.1 tons); it is in our warehouse now. So when you release we can "
        "start at once, no waiting for material.\n\nColour chip for 'slate' will come with the pairs.\n\n"
        "Best regards\nLily Chen\nSales Dept. | Jinjiang Hengsheng Sole Co., Ltd.\nTel +86 595 8516 2207 | "
        "WeChat: lilychen_hs\n\n"
        "---- Original ----\nFrom: Dana Whitfield\nDate: Thu, May 9, 2024 10:02 AM\nSubject: PO 4500031990 TR-410 outsole\n\n"
        + q(_p01_buyer),
        in_reply_to="<po-4500031990@ridgelinefootwear.com>"))),
])

# p03: WhatsApp, Brazilian supplier bought material for all 3.000 pairs (RG006)
case("p03_br_whatsapp_counters", ["RG006"], "Chat: buyer scope complete (24 SMS, bulk on hold, Dana's written release after SMS sign-off); supplier bought sheet for all 3.000 pairs.", [
    ("WhatsApp Chat with Rodrigo Schmitt.txt", """[06/05/2024, 14:02:11] Kyle Brennan: Hey Rodrigo, PO 4500032277 is out for the heel counters (HC-88, 1.8 mm thermoplastic)
[06/05/2024, 14:02:40] Kyle Brennan: 24 pairs SMS only, sizes 8-12
[06/05/2024, 14:03:25] Kyle Brennan: The 3,000 pairs bulk is NOT released. Stays on hold until SMS sign-off + written release from Dana Whitfield (our sourcing director). Buy material for the 24 pairs only pls
[06/05/2024, 14:10:02] Rodrigo Schmitt: Beleza Kyle, understood 👍
[06/05/2024, 14:10:31] Rodrigo Schmitt: moulds T1 next week, I send photos
[13/05/2024, 09:47:18] Rodrigo Schmitt: <Media omitted>
[13/05/2024, 09:47:50] Rodrigo Schmitt: T1 counters size 10, the heel curve is ok now
[13/05/2024, 11:15:06] Kyle Brennan: Looks much better than the 3D print. Can you send 2 loose pieces with the SMS?
[13/05/2024, 11:16:22] Rodrigo Schmitt: sim, no problem
[20/05/2024, 16:31:40] Rodrigo Schmitt: Kyle, good news: this week we got a very good price on the thermoplastic sheet so we already bought the material for all 3.000 pares of counters 🙂 it is in stock here, 1.150 kg
[20/05/2024, 16:32:05] Rodrigo Schmitt: so when Dana releases we are fast
[20/05/2024, 17:02:44] Kyle Brennan: ok, I'll let Dana know. SMS still 31 May?
[20/05/2024, 17:05:10] Rodrigo Schmitt: yes 31/05 by FedEx
"""),
])

# p04: staged material authority 1,200 pairs exceeded by supplier (RG006), two files
case("p04_uk_id_staged_exceeded", ["RG006"], "Call-off releases 600, staged material authority 1,200; supplier's material report shows EVA bought for 2,400 pairs.", [
    ("HF_calloff_PO7715-01.txt", """HARROW & FINCH LTD                                   CALL-OFF / RELEASE NOTE
Kingsthorpe Works, Northampton NN2 6LT, UK               Page 1 of 1
--------------------------------------------------------------------------
PO:          HF-7715                 Call-off no.:  01
Supplier:    PT SINAR KARET ABADI, TANGERANG, BANTEN, INDONESIA (V-2291)
Date:        12/07/2024              Raised by:     O. PEMBERTON
--------------------------------------------------------------------------
Item        Description                               Qty      UoM
HF-MS-220   EVA midsole 'Brixworth', 52 Asker C
            PO total                                  4,800    PRS
            RELEASED BY THIS CALL-OFF                   600    PRS
            NOT RELEASED - ON HOLD                    4,200    PRS
Size curve (UK):   6   7   8   9  10  11  12   TOTAL
                  40  80 120 130 120  70  40     600
--------------------------------------------------------------------------
MATERIAL AUTHORITY: staged. Supplier may purchase EVA compound and pigment
for up to 1,200 pairs at Harrow & Finch's liability. Nothing above that.
HOLD: the 4,200 pairs on hold are released only by call-off 02, issued
after lot acceptance of call-off 01 and signed by Oliver Pemberton, Head of
Production Sourcing.
Delivery: FOB Jakarta, ETD wk 36. Drawing HF-MS-220 rev C.
--------------------------------------------------------------------------
"""),
    ("SKA_material_status_July.docx", docx_bytes([
        ("h1", "PT Sinar Karet Abadi - Material Status Report"),
        ("p", "Customer: Harrow & Finch Ltd (Northampton)   Report date: 26 July 2024   Prepared by: Dewi Lestari, PPIC"),
        ("h", "Open orders"),
        ("table", [
            ["Customer PO", "Article", "Released qty", "Material", "Purchased for", "Status", "Remark"],
            ["HF-7715 / CO-01", "HF-MS-220 EVA midsole", "600 prs", "EVA compound 18% VA + pigment grey", "2,400 prs equivalent (1,030 kg)", "received 22/07", "full lot from PT Sumber Kimia to get better price"],
            ["HF-7715 / CO-01", "HF-MS-220 EVA midsole", "600 prs", "blowing agent + crosslinker", "2,400 prs equivalent", "received 22/07", "same lot"],
        ]),
        ("sp",),
        ("h", "Production"),
        ("p", "Call-off 01 (600 prs): cutting and pressing 29/07 - 02/08, packing 05/08. Ready for inspection 06/08."),
        ("p", "Moulds: 7 sizes UK 6-12, all at T2 status, no open points."),
        ("p", "Contact: Dewi Lestari, dewi.lestari@sinarkaret.co.id, +62 21 5940 7781"),
    ], author="Dewi Lestari")),
])

# p05: deposit read as confirmation; TPU bought for whole bulk and injection scheduled (RG006, RG012)
_p05_buyer = """Kevin,

ecco il nostro ordine 24-0457 per i contrafforti TPU (heel counters) art. ARD-HC-03:
- 48 pairs SMS, sizes 36-41 (8/8/8/8/8/8), for our sales meeting in Riva del Garda.
- The bulk of 6.000 pairs in your offer is NOT released by this order. It stays on hold until the SMS
  sign-off by Matteo and my written production release (Giulia Ferri). Nobody else can release it.
- Material: TPU for the 48 pairs only.

Grazie,
Giulia
"""
case("p05_cn_deposit_tpu_bulk", ["RG006", "RG012"], "Supplier treats deposit as order confirmation, buys TPU for 6.000 pairs and schedules bulk while only 48 SMS released.", [
    ("RE_ordine_24-0457_contrafforti.eml", eml_bytes(mail(
        "Kevin Liu <kevin.liu@yuecheng-mould.cn>", "Giulia Ferri <g.ferri@ardenza.it>",
        "RE: ordine 24-0457 contrafforti TPU / heel counters", "Wed, 15 May 2024 17:48:00 +0800",
        "Dear Giulia,\n\nWe received the 30% deposit of proforma PI-YC-2405 today, thank you very much. So "
        "we understand the order is confirmed: we bought the TPU granules (Shore 95A, natural) for the whole "
        "6.000 pairs and the bulk injection starts on Monday 20 May on machine #7, after the 48 SMS pairs.\n\n"
        "SMS pairs will ship on 17 May by TNT, AWB tomorrow.\n\nBest regards,\nKevin Liu\nSales Manager\n"
        "Dongguan Yuecheng Moulding Co., Ltd. | Houjie Town, Dongguan, Guangdong | +86 769 8558 3120\n\n"
        "-----Original-----\nFrom: Giulia Ferri <g.ferri@ardenza.it>\nSent: 8 May 2024 11:20\n"
        "Subject: ordine 24-0457 contrafforti TPU / heel counters\n\n" + q(_p05_buyer),
        in_reply_to="<ord-24-0457@ardenza.it>"))),
])

# p06: compound mixed for bulk; supplier assumes CFM sign-off rolls into pressing (RG006, RG007)
_p06_buyer = """Dear Minh,

PO HF-7720 attached for the HF-W22 crepe-effect wedge. Please note the scope:
- 24 pairs confirmation samples (CFM), UK 6-11, as per the curve on the PO.
- The 2,400 pairs bulk is not released. It remains on hold until the CFM is signed off by our
  technical team and I then send a written release. Only I can release it.
- Material authority: CFM quantity only.

Kind regards,
Oliver Pemberton
Head of Production Sourcing, Harrow & Finch Ltd
"""
_p06_txt = ("Dear Oliver, dear Hannah,\n\nThe 24 CFM pairs were shipped today by UPS, AWB 1Z 8W4 7E2 04 1180 "
            "2240, ETA Northampton Monday.\n\nTo keep your delivery date, the compound for the 2,400 prs bulk is "
            "already mixed and stored in our cold room (crepe colour 'gum 3'). Once Hannah signs off the CFM we "
            "will go straight into pressing the bulk, so you get the soles in time for the August launch. Please "
            "send the sign-off as soon as possible.\n\nThank you and best regards,\nMinh\n"
            "Tran Van Minh | Sales Manager | Tan Phu Rubber Co., Ltd. | +84 274 3742 118\n\n"
            "________________________________\nFrom: Oliver Pemberton\nSent: 29 April 2024 09:14\n"
            "Subject: PO HF-7720 - HF-W22 wedge CFM\n\n" + q(_p06_buyer))
case("p06_vn_cfm_straight_into_bulk", ["RG006", "RG007"], "Supplier has mixed compound for 2,400 bulk (CFM-only material) and says CFM sign-off will roll straight into bulk pressing, contrary to written-release scope.", [
    ("CFM_shipped_HF-7720.eml", eml_bytes(mail(
        "Tran Van Minh <minh.tran@tanphurubber.vn>",
        "Oliver Pemberton <o.pemberton@harrowfinch.co.uk>, Hannah Cole <h.cole@harrowfinch.co.uk>",
        "RE: PO HF-7720 - HF-W22 wedge CFM - shipped", "Tue, 21 May 2024 16:02:00 +0700",
        _p06_txt, html="<html><body><pre style=\"font-family:Calibri\">" + escape(_p06_txt) + "</pre></body></html>",
        in_reply_to="<hf-7720@harrowfinch.co.uk>"))),
])

# p07: supplier MRP printout shows material bought for 3.600 pairs against a 13-pair size run (RG006)
case("p07_de_vn_mrp_printout", ["RG006"], "Buyer PO releases 13-pair size run, material sample-only; supplier MRP shows PU system purchased for 3.600 pairs.", [
    ("Bestellung_4500071488.txt", """LAUFWERK SCHUHFABRIK GMBH                               BESTELLUNG / PURCHASE ORDER
Zweibruecker Str. 61, 66953 Pirmasens                  Nr. 4500071488  vom 22.05.2024
-------------------------------------------------------------------------------------
Lieferant: 400522  VIET TIEN SOLE MATERIALS CO., LTD, NHON TRACH IZ, DONG NAI, VN
Ihre Ang. / your quote: VT-Q-0419 vom 02.05.2024        Einkaeufer: J. HOFMANN
-------------------------------------------------------------------------------------
Pos  Material    Bezeichnung                              Menge   ME    Preis EUR
010  7730-01     PU-Laufsohle "Westrich" schwarz             13   PAAR     24,00
                 Size run / Groessensatz EU 36-48, 1 Paar je Groesse
-------------------------------------------------------------------------------------
Bestelltext / PO note:
Diese Bestellung umfasst nur den Groessensatz (13 Paar). This PO covers the size run
of 13 pairs only. The series quantity of 3.600 pairs from your quote VT-Q-0419 is
NICHT freigegeben / NOT released and stays on hold. It is released only after the
size-run sign-off by our development (S. Kraemer), by a written production release
from Juergen Hofmann, Leiter Einkauf. Material: buy only for the 13 pairs.
-------------------------------------------------------------------------------------
Lieferung: DHL Express bis 21.06.2024    Zahlung: 60 Tage netto
"""),
    ("VT_MRP_report_SO24-0512.txt", """VIET TIEN SOLE MATERIALS CO., LTD          MRP / MATERIAL REQUISITION REPORT
RUN DATE 05/06/2024 07:12        USER: PPIC03          PAGE 1
================================================================================
SO NO.     CUSTOMER          ARTICLE    ORDER QTY  TYPE     DUE
SO24-0512  LAUFWERK (DE)     7730-01        13 PR  SAMPLE   14/06/2024
--------------------------------------------------------------------------------
MR NO.   MATERIAL                     REQ.BASIS     REQ QTY   UOM  STATUS
MR-0566  PU SYSTEM POLYOL A-7730      3,600 PR      1,224.0   KG   PO ISSUED/RCVD 40%
MR-0567  PU SYSTEM ISO B-7730         3,600 PR        648.0   KG   PO ISSUED
MR-0568  PIGMENT PASTE BLK 9005       3,600 PR         21.6   KG   RECEIVED
MR-0569  MOULD RELEASE AGENT WB-12    3,600 PR         40.0   L    RECEIVED
--------------------------------------------------------------------------------
REMARK: MATERIAL PLANNED ON SERIES QTY TO SECURE PRICE AND LEAD TIME.
        SAMPLE 13 PR TAKEN FROM SAME LOT.
================================================================================
*** END OF REPORT ***
"""),
])


# ---------------------------------------------------------------- batch 2
# c09: supplier acknowledgement that restates the hold
case("c09_pt_ack_restates_hold", [], "Supplier acknowledgement restates 24 SMS pairs, bulk 2.400 not released, no bulk material, release by Oliver Pemberton after SMS sign-off.", [
    ("Confirmacao_HF-7731.pdf", pdf([
        ("h1", "Solados Ferreira & Filhos, Lda."),
        ("p", "Rua da Indústria 118, 4610-106 Felgueiras, Portugal"),
        ("h", "CONFIRMAÇÃO DE ENCOMENDA / ORDER ACKNOWLEDGEMENT  CE-24-0233"),
        ("p", "Cliente / customer: Harrow & Finch Ltd, Northampton. Your PO: HF-7731 of 02.05.2024. "
              "Our quotation: ORC 2024-0412. Date: 06.05.2024."),
        ("table", [
            ["Pos.", "Artigo / article", "Descrição", "Qtd.", "Preço", "Entrega"],
            ["1", "SF-7731", "Commando lug outsole, black, SMS pairs UK 6-11 (4 prs per size)", "24 prs", "14,50 €", "31.05.2024"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO HF-7731 as written. It covers the 24 SMS pairs only."),
        ("p", "The 2.400 pairs of bulk in our quotation ORC 2024-0412 are not released. We will not start "
              "them and we will not buy rubber for them until we receive the written release from "
              "Mr Oliver Pemberton, which your PO says will follow only after the SMS sign-off."),
        ("p", "Moulds: 11 aluminium moulds in production, T1 planned 20.05.2024."),
        ("p", "Felgueiras, 06.05.2024 - Ana Sousa, Departamento Comercial"),
    ], title="CE-24-0233", author="Solados Ferreira")),
])

# c10: scoped fit sign-off
_c10_sup = """Dear Svenja,

The fit samples for 3600-42 (size 42 and 38, one pair each) were delivered to Pirmasens yesterday by
FedEx. Please let us know your comments.

Regards,
Budi
"""
case("c10_de_fit_signoff_scoped", [], "Fit sample signed off for fit only; explicitly no production release; 24 wear-test pairs now; 3.600 on hold until J. Hofmann's written release after wear test.", [
    ("AW_Fit_3600-42.eml", eml_bytes(mail(
        "Svenja Krämer <s.kraemer@laufwerk-schuh.de>", "Budi Santoso <budi.santoso@sinarkaret.co.id>",
        "AW: Fit samples 3600-42 'Pfalz' outsole", "Tue, 11 Jun 2024 14:22:00 +0200",
        "Dear Budi,\n\nthank you, both pairs arrived in good condition. Our fit session was this morning with "
        "the last from Formas Oliveira.\n\nResult: the fit sample is signed off for fit only. Toe spring and "
        "heel pitch are fine; please keep the flex groove 2 mm deeper as marked on the photos.\n\n"
        "To be very clear: this fit sign-off does not release production. For now you may make only the 24 "
        "wear-test pairs on PO 4500071602. The series quantity of 3.600 pairs stays on hold. It will be "
        "released only in writing by Jürgen Hofmann (Leiter Einkauf), and only after the wear-test sign-off.\n\n"
        "Mit freundlichen Grüßen / best regards\nSvenja Krämer\nEntwicklung Sohlen | Laufwerk Schuhfabrik GmbH\n"
        "Zweibrücker Str. 61, 66953 Pirmasens | +49 6331 2270-415\n\n"
        "Laufwerk Schuhfabrik GmbH, Sitz Pirmasens, HRB 30418 Zweibrücken, Geschäftsführer: Dr. Peter Lang\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Budi Santoso <budi.santoso@sinarkaret.co.id>\n"
        "Gesendet: Montag, 10. Juni 2024 05:40\nBetreff: Fit samples 3600-42 'Pfalz' outsole\n\n" + q(_c10_sup),
        in_reply_to="<fit-3600-42@sinarkaret.co.id>",
        attachments=[("Fit_report_3600-42.docx", docx_bytes([
            ("h1", "Fit report 3600-42 'Pfalz' outsole"),
            ("p", "Laufwerk Schuhfabrik GmbH - Entwicklung | 11.06.2024 | Last: Formas Oliveira FO-3600, EU 42 and 38"),
            ("table", [
                ["Check", "Target", "Measured EU 42", "Measured EU 38", "Result"],
                ["Toe spring", "14 mm", "14 mm", "13,5 mm", "ok"],
                ["Heel pitch", "12 mm", "12 mm", "12 mm", "ok"],
                ["Flex groove depth", "4 mm", "2 mm", "2 mm", "deepen by 2 mm"],
                ["Sole/last edge fit", "± 1 mm", "0,5 mm", "0,8 mm", "ok"],
            ]),
            ("p", "Disposition: signed off for fit only. This report does not release production."),
            ("p", "Signed: Svenja Krämer"),
        ], author="Svenja Krämer"), DOCX_MT)]))),
])

# c11: identifiers that look like quantities (lasts PO, DOCX with table)
case("c11_uk_lasts_identifiers", [], "Sample lasts PO 11 pairs; production last set 120 pairs not released until SMS fit sign-off + Oliver Pemberton's written release; many quantity-like identifiers.", [
    ("HF-7740_lasts_PO.docx", docx_bytes([
        ("h1", "Harrow & Finch Ltd - Purchase Order HF-7740"),
        ("p", "Supplier: Formas Oliveira, Lda., Rua 25 de Abril 310, 3700-028 São João da Madeira, Portugal. "
              "PO date: 14 May 2024. Your quote FO-2024-3600 (17 April 2024)."),
        ("p", "Item: HDPE lasts, last reference HF-2400 'Ashby' (part no. 5000-240), toe spring 12 mm, heel "
              "height 25 mm, Goodyear welt allowance 4.5 mm. Digitised from master last rev. 20, file HF-L-1000.stl."),
        ("table", [
            ["Line", "Part no.", "Description", "Sizes", "Qty", "Unit price"],
            ["1", "5000-240-S", "Sample lasts, hinged, HDPE", "UK 6 - 11 incl. half sizes", "11 pairs", "€ 42,00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO covers the 11 pairs of sample lasts only (one pair per size)."),
        ("p", "The production last set in your quote FO-2024-3600 (120 pairs) is not released and stays on hold "
              "until the SMS fit sign-off at Northampton and a written release from Oliver Pemberton, Head of "
              "Production Sourcing. No other person at Harrow & Finch can release it."),
        ("p", "Deliver to Unit 4800, Bay 12, Kingsthorpe Works, Northampton NN2 6LT. Quality system of the "
              "supplier per ISO 9001:2015. Finished boots will be tested to EN ISO 20345:2022 S3; the lasts must "
              "allow a 200 J toe cap (EN 12568)."),
        ("p", "Contact: Hannah Cole, Footwear Developer, +44 1604 550 231."),
    ], author="Hannah Cole")),
])

# c12: old quote forwarded as message/rfc822, declared informational
_c12_old = mail("Rodrigo Schmitt <rodrigo@solados-valedosinos.com.br>", "Stefano Dal Molin <s.dalmolin@brentaoutdoor.it>",
                "Oferta / offer BO-OF-2023-77 outsole Grappa", "Mon, 16 Oct 2023 10:05:00 -0300",
                "Caro Stefano,\n\nas requested our offer for the Grappa outsole:\n\n- SMS pairs: 36 prs at USD 11,20\n"
                "- Bulk: 10.000 prs at USD 5,95 (min. 1.500 per colour)\n- Moulds: 12 sizes, USD 1.180,00 each\n\n"
                "Validity 90 days. Lead time bulk 45 days after your written release.\n\nAbraço,\nRodrigo\n")
_c12_txt = ("Rodrigo, buongiorno,\n\nbelow, for reference only, your offer of October 2023 (10.000 pairs). It is "
            "for information only: it is not an order and nothing in it is released.\n\nWhat counts is our PO 24-0502 "
            "(PDF attached): 36 pairs SMS only, sizes 40-45. The 3.000 pairs bulk for SS25 is not released and "
            "stays on hold until the SMS sign-off by our technical office and my written production release. "
            "Please do not buy compound beyond the 36 pairs.\n\nCordiali saluti,\nStefano Dal Molin\nSourcing Manager "
            "| Brenta Outdoor S.p.A. | Via Vicenza 12, 36063 Marostica (VI) | +39 0424 478 210\n")
case("c12_it_fwd_old_quote_info", [], "Old 10.000-pair offer forwarded as rfc822 and declared informational; PO 36 SMS pairs, bulk on hold until SMS sign-off + Stefano Dal Molin's written release.", [
    ("Fwd_offerta_Grappa_PO_24-0502.eml", eml_bytes(mail(
        "Stefano Dal Molin <s.dalmolin@brentaoutdoor.it>", "Rodrigo Schmitt <rodrigo@solados-valedosinos.com.br>",
        "Fwd: Oferta / offer BO-OF-2023-77 outsole Grappa + PO 24-0502", "Thu, 16 May 2024 09:10:00 +0200",
        _c12_txt,
        attachments=[("rfc822", _c12_old),
                     ("PO_24-0502_Brenta.pdf", pdf([
                         ("h1", "Brenta Outdoor S.p.A. - Ordine 24-0502"),
                         ("p", "Fornitore: Solados Vale do Sinos Ltda., Novo Hamburgo - RS, Brasil. Data 16/05/2024."),
                         ("table", [["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo"],
                                    ["1", "BO-GRP-01", "Suola Grappa, SMS pairs, EU 40-45 (6 per size)", "36 paia", "USD 11,20"]]),
                         ("sp",),
                         ("p", "Scope: this order releases the 36 SMS pairs only. The bulk of 3.000 pairs is not released "
                               "and stays on hold until the SMS sign-off by our technical office and a written production "
                               "release from Stefano Dal Molin, Sourcing Manager. Material: compound for 36 pairs only."),
                     ], title="Ordine 24-0502", author="Brenta Outdoor"), PDF_MT)]))),
])

# c13: quoted supplier assumption of auto-conversion, corrected by the buyer
_c13_sup = """Dear Jenna,

Fit samples (12 prs) of PA-TRL-04 will ship Friday. After you approve the fit sample we run the
3,000 prs bulk directly, no need for another paper, we already block the press for week 29.

Best regards
Lily
"""
case("c13_us_corrects_autoconversion", [], "Quoted supplier assumes fit approval rolls into bulk; buyer reply corrects it: 12 pairs only, 3,000 on hold until fit sign-off AND Jenna Ortiz's written release.", [
    ("RE_PA-TRL-04_fit_samples.eml", eml_bytes(mail(
        "Jenna Ortiz <jortiz@palomaathletic.com>", "Lily Chen <lily.chen@hengsheng-sole.com>",
        "RE: PA-TRL-04 fit samples / bulk plan", "Tue, 02 Jul 2024 19:45:00 -0400",
        "Hi Lily,\n\nThanks for the update, but no: the fit sample sign-off does not release the bulk.\n\n"
        "PO 4500033511 covers the 12 fit-sample pairs only. The 3,000 pairs stay on hold until two things "
        "happen: our fit sign-off, and then my written release (Jenna Ortiz). Please unblock the press for "
        "week 29 if you need it for other customers, and do not buy compound beyond the 12 pairs.\n\n"
        "Best,\nJenna\n" + sig("Jenna Ortiz", "Senior Buyer, Footwear Components", "Paloma Athletic, Inc.", "+1 617 555 0148")
        + "\nOn Tue, Jul 2, 2024 at 4:10 AM Lily Chen <lily.chen@hengsheng-sole.com> wrote:\n" + q(_c13_sup),
        in_reply_to="<trl04-fit@hengsheng-sole.com>"))),
])

# c14: WeChat export, correct scoping (IT buyer, CN supplier)
case("c14_it_cn_wechat_scoped", [], "WeChat: 12 fit pairs; bulk 2.400 not released until fit sign-off and Stefano Dal Molin's written release; supplier confirms material for 12 only.", [
    ("WeChat_Zoe_Lin_Jiahe.txt", """WeChat chat history with "Zoe Lin 林 (Jiahe Sole)"
Exported 2024-06-20 18:02

Stefano Dal Molin  2024-06-03 09:14
Zoe good morning, PO BO-24-118 sent by email just now

Stefano Dal Molin  2024-06-03 09:15
It is 12 paia fit sample, sizes 40-45, 2 pairs per size. Only these 12

Stefano Dal Molin  2024-06-03 09:17
Bulk 2.400 paia is NOT released. On hold until fit sign-off by our tech office and after that my written release (me, Stefano Dal Molin, Sourcing Manager). Nobody else from Brenta can release

Zoe Lin 林 (Jiahe Sole)  2024-06-03 09:31
OK Stefano, understand. Only 12 prs fit sample. Material we take only for 12 prs

Zoe Lin 林 (Jiahe Sole)  2024-06-03 09:32
[Sticker]

Stefano Dal Molin  2024-06-03 09:40
Perfect. Midsole density 0,24 like the last proto pls

Zoe Lin 林 (Jiahe Sole)  2024-06-03 09:44
yes 0.24 g/cm3, Asker C 50±3

Zoe Lin 林 (Jiahe Sole)  2024-06-07 16:20
Stefano, 10-12 June Dragon Boat holiday, factory closed 3 days. Fit sample ship 17 June still ok

Stefano Dal Molin  2024-06-07 16:58
ok buone feste! 🐉

Zoe Lin 林 (Jiahe Sole)  2024-06-17 11:03
[File] BO-24-118_fit_sample_packing_list.pdf

Zoe Lin 林 (Jiahe Sole)  2024-06-17 11:03
12 prs shipped DHL 4471 2208 91
"""),
])

# c15: supplier portal page with correct scope and sample-only material (HTML)
case("c15_id_portal_status_ok", [], "Supplier portal: 24 wear-test pairs released, 3.600 on hold, unlock wear-test sign-off + J. Hofmann's written release, material sample-only.", [
    ("SKA_portal_PO4500071602.html", html_page("PT Sinar Karet Abadi - Customer Portal - PO 4500071602", """
<h2>PT Sinar Karet Abadi &middot; Customer Portal</h2>
<p>Logged in as: <b>s.kraemer@laufwerk-schuh.de</b> (Laufwerk Schuhfabrik GmbH) &middot; last update 19 Jun 2024 08:00 WIB</p>
<h3>Order PO 4500071602 &mdash; Art. 3600-42 'Pfalz' rubber outsole, black</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Quantity released now</td><td>24 pairs (wear test), EU 39-46, 3/3/3/3/3/3/3/3</td></tr>
<tr><td>Series quantity (quote SKA-Q-24-061)</td><td>3.600 pairs &mdash; <b>NOT RELEASED, ON HOLD</b></td></tr>
<tr><td>Unlock event</td><td>wear-test sign-off, then written production release</td></tr>
<tr><td>Release authority (buyer)</td><td>Jürgen Hofmann, Leiter Einkauf &mdash; only he can release the series</td></tr>
<tr><td>Material authority</td><td>sample-only: compound issued for 24 pairs (11,8 kg)</td></tr>
<tr><td>Production status</td><td>24 pairs pressed 14 Jun, trimmed, packed; series not started</td></tr>
<tr><td>Shipment</td><td>FedEx IP 7781 2240 1180, ETA Pirmasens 21 Jun</td></tr>
</table>
<p class="note">Fit sample signed off for fit only on 11 Jun 2024 (S. Krämer). This sign-off does not release production.</p>
<p>Documents: PO_4500071602.pdf &middot; SKA-Q-24-061.pdf &middot; fit_report_3600-42.pdf</p>
<p style="font-size:11px;color:#777">&copy; 2024 PT Sinar Karet Abadi, Jl. Industri Raya III Blok AE No. 7, Tangerang, Banten 15135</p>
""")),
])

# c16: ERP printout, sample PO with complete note field (VN brand, CN supplier)
case("c16_vn_erp_sample_po", [], "ERP sample PO 120 SMS pairs; bulk 6,000 not released until CFM sign-off + written release by Nguyen Thi Lan; material SMS only.", [
    ("SS_PO_SP24-0219.txt", """SAIGON STRIDE JOINT STOCK COMPANY                     PURCHASE ORDER (SAMPLE)
Lot 14, Tan Thuan EPZ, District 7, Ho Chi Minh City     Print: 2024-05-20 10:31
================================================================================
PO NO.     : SP24-0219                 PO DATE : 2024-05-20   REV: 0
SUPPLIER   : V0773 PUTIAN JIAHE SOLE CO., LTD. - PUTIAN, FUJIAN, CHINA
CURRENCY   : USD                       TERMS   : T/T 30 DAYS AFTER B/L
BUYER      : NGUYEN THI LAN (SOURCING MANAGER)
================================================================================
LN  ITEM CODE      DESCRIPTION                      QTY   UOM   UNIT PR   AMOUNT
--  -------------  ------------------------------  ----   ---   -------  -------
1   SS-RUN-07-OS   RUBBER OUTSOLE 'MEKONG' SMS      120   PR      6.90    828.00
                   SIZE CURVE (US W 5-10):
                   5:10  6:20  7:30  8:30  9:20  10:10   TOTAL 120
================================================================================
PO NOTE (FIELD 1 OF 1):
THIS PO RELEASES 120 PRS SMS ONLY. BULK 6,000 PRS PER QUOTE JH-Q-0388 IS NOT
RELEASED AND STAYS ON HOLD UNTIL CFM SIGN-OFF BY SS DEVELOPMENT AND A WRITTEN
RELEASE FROM NGUYEN THI LAN (SOURCING MANAGER). NO OTHER PERSON MAY RELEASE.
MATERIAL: COMPOUND FOR 120 PRS SMS ONLY.
================================================================================
SHIP TO: SAIGON STRIDE DEV CENTER, TAN THUAN EPZ, D7, HCMC  ETA 2024-06-14
"""),
])

# p08: supplier says CFM sign-off launches 2.400 pairs without new document (RG007)
_p08_buyer = """Dear Ana,

Please find PO HF-7752 for the SF-7790 wedge sole attached.

This PO covers 24 confirmation (CFM) pairs only. The 2,400 pairs of bulk are NOT released by it.
Bulk stays on hold until (a) Hannah has signed off the CFM pairs and (b) I have sent you a written
production release. Only I, Oliver Pemberton, can release bulk quantities for Harrow & Finch.

Kind regards,
Oliver
"""
case("p08_pt_launch_after_cfm", ["RG007"], "Portuguese supplier states CFM sign-off will launch 2.400 pairs with no further document, against buyer's written-release scope (quoted, complete).", [
    ("RE_PO_HF-7752_SF-7790.eml", eml_bytes(mail(
        "Ana Sousa <ana.sousa@soladosferreira.pt>", "Oliver Pemberton <o.pemberton@harrowfinch.co.uk>",
        "RE: PO HF-7752 SF-7790 wedge", "Fri, 07 Jun 2024 11:36:00 +0100",
        "Dear Oliver,\n\nThank you for the order. The 24 CFM pairs will be ready on 21.06.\n\nTo help your "
        "timing: as soon as Hannah signs off the confirmation samples we will launch the 2.400 pairs "
        "immediately, there is no need to wait for a new document from you; this is how we always work with "
        "our UK customers and it saves two weeks.\n\nCom os melhores cumprimentos,\nAna Sousa\nDepartamento "
        "Comercial | Solados Ferreira & Filhos, Lda. | +351 255 318 440\n\n"
        "De: Oliver Pemberton <o.pemberton@harrowfinch.co.uk>\nEnviada: 5 de junho de 2024 16:02\n"
        "Assunto: PO HF-7752 SF-7790 wedge\n\n" + q(_p08_buyer),
        in_reply_to="<hf-7752@harrowfinch.co.uk>"))),
])

# p09: buyer's developer contradicts the written-release requirement (RG007)
_p09_po = """Lily, buongiorno,

ordine 24-0391 in allegato per la suola ARD-W220 'Cadore':
- 30 paia wear test (taglie 39-44, 5 per taglia). Only these 30 pairs are released.
- La produzione di 4.800 paia NON e' rilasciata / bulk 4.800 pairs NOT released. It stays on hold
  until the wear-test sign-off and then a written production release signed by me, Giulia Ferri.
- Compound only for the 30 pairs.

Giulia Ferri
Head of Sourcing, Calzaturificio Ardenza S.r.l.
"""
case("p09_it_dev_skip_written_release", ["RG007"], "Buyer's developer says a good wear-test report means start the 4.800 pairs without Giulia's written release (implied auto-conversion).", [
    ("Re_ordine_24-0391_wear_test.eml", eml_bytes(mail(
        "Matteo Zanin <m.zanin@ardenza.it>", "Lily Chen <lily.chen@hengsheng-sole.com>",
        "Re: ordine 24-0391 ARD-W220 - wear test timing", "Wed, 26 Jun 2024 18:12:00 +0200",
        "Ciao Lily,\n\nthe testers bring back the 30 pairs on Friday and the lab report is ready Monday.\n\n"
        "If the report is good, just carry on with the 4.800 pairs straight away, no need to wait for "
        "Giulia's letter, she is at the fair in Hong Kong until the 12th and we cannot lose two weeks.\n\n"
        "Un saluto,\nMatteo\n\nMatteo Zanin - Sviluppo prodotto\nCalzaturificio Ardenza S.r.l. - Montebelluna (TV)\n"
        "+39 0423 601 288\n\nQuesta e-mail e' destinata unicamente al destinatario. / This e-mail is intended "
        "for the addressee only.\n\n"
        "Il giorno 3 giu 2024, alle ore 10:05, Giulia Ferri <g.ferri@ardenza.it> ha scritto:\n" + q(_p09_po),
        in_reply_to="<ord-24-0391@ardenza.it>"))),
])

# p10: tech pack: bulk commences automatically on CFM approval, nobody named (RG005, RG007)
case("p10_uk_techpack_auto_bulk", ["RG005", "RG007"], "Tech pack: 24 SMS now, bulk 2,400 on hold until CFM approval, then 'commences automatically'; no signer, no named release authority.", [
    ("HF-W30_techpack_v3.docx", docx_bytes([
        ("h1", "Tech Pack HF-W30 'Rothwell' - Outsole & Heel"),
        ("p", "Harrow & Finch Ltd, Northampton | Supplier: Solados Ferreira & Filhos, Lda., Felgueiras | "
              "Version 3, 20 May 2024 | Prepared by: Hannah Cole, Footwear Developer"),
        ("h", "1. Specification"),
        ("table", [
            ["Component", "Material", "Spec", "Test"],
            ["Outsole", "Nitrile rubber, black", "Shore A 60 ± 3, 6 mm lug depth", "ISO 4649 ≤ 150 mm³; SATRA TM144 slip"],
            ["Heel block", "Microcellular rubber", "25 mm stacked look, density 0.65", "heel attachment ≥ 700 N"],
            ["Rand", "Rubber, dark brown", "8 mm, bevelled", "-"],
        ]),
        ("h", "2. Size curve (bulk, UK)"),
        ("table", curve(["6", "7", "8", "9", "10", "11"], [200, 360, 560, 600, 440, 240])),
        ("h", "3. Sampling and bulk"),
        ("p", "SMS: 24 pairs (UK 6-11, 4 per size). This is the only quantity released now."),
        ("p", "Bulk: 2,400 pairs (curve above) is not released until the CFM sample is approved."),
        ("p", "Bulk production commences automatically on CFM approval; please plan moulds and press capacity "
              "so the first 600 pairs can leave Felgueiras within 4 weeks of that date."),
        ("p", "Material: compound for the 24 SMS pairs only before CFM approval."),
        ("h", "4. Packing"),
        ("p", "Pairs strapped, 20 pairs per carton, carton label with PO, article, size, quantity."),
    ], author="Hannah Cole")),
])


# p11: supplier portal workflow shows bulk auto-start after fit approval (RG007)
case("p11_cn_portal_autostart", ["RG007"], "Supplier portal copies complete buyer scope but its workflow plans bulk 6,000 to start automatically after fit approval.", [
    ("Jiahe_portal_order_4500032390.html", html_page("Jiahe Sole Customer Center - Order 4500032390", """
<h2>莆田佳禾鞋材 Putian Jiahe Sole Co., Ltd. &middot; Customer Center</h2>
<p>Customer: <b>Ridgeline Footwear Co.</b> (Portland, OR) &middot; Order: <b>4500032390</b> &middot; Article: RL-TR-12 EVA/rubber combo midsole-outsole</p>
<h3>Buyer PO note (copied from PO 4500032390)</h3>
<p class="note">12 fit sample pairs only (US 8, 9, 10 - 4 pairs each). Bulk 6,000 pairs is not released and stays on hold until our fit sign-off and a written release from Dana Whitfield, Sourcing Director. Material for the 12 pairs only.</p>
<h3>Order workflow</h3>
<table>
<tr><th>Step</th><th>Task</th><th>Qty</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>Fit sample production</td><td>12 prs</td><td>done</td><td>2024-06-18</td></tr>
<tr><td>2</td><td>Fit sample shipped (UPS 1Z 9A2 71F 04 4410 7782)</td><td>12 prs</td><td>done</td><td>2024-06-19</td></tr>
<tr><td>3</td><td>Fit sample approval by customer</td><td>-</td><td>waiting</td><td>-</td></tr>
<tr><td>4</td><td>Bulk production (auto-start after step 3)</td><td>6,000 prs</td><td>scheduled</td><td>plan 2024-07-15</td></tr>
<tr><td>5</td><td>Inspection + shipment FOB Xiamen</td><td>6,000 prs</td><td>scheduled</td><td>plan 2024-08-20</td></tr>
</table>
<p>Note from Jiahe planning: step 4 starts by itself when step 3 is closed, so your delivery window is kept.</p>
<p>Contact: Zoe Lin &middot; zoe.lin@jiahesole.cn &middot; +86 594 2688 510</p>
""")),
])

# p14: German PO with complete scope, but its own general terms convert sample sign-off into series (RG007)
case("p14_de_po_terms_autoconvert", ["RG007"], "PO scope requires J. Hofmann's written release after wear-test sign-off, but the PO's own terms say series continues after sample sign-off without further notice.", [
    ("Bestellung_4500071655_Vale.pdf", pdf([
        ("h1", "Laufwerk Schuhfabrik GmbH"),
        ("p", "Zweibrücker Str. 61, 66953 Pirmasens, Deutschland"),
        ("h", "BESTELLUNG / PURCHASE ORDER 4500071655 vom 04.06.2024"),
        ("p", "Lieferant / supplier: Solados Vale do Sinos Ltda., Rua Bento Gonçalves 2230, Novo Hamburgo - RS, "
              "Brasil. Ihr Angebot / your offer: SVS-0524-11."),
        ("table", [
            ["Pos.", "Material", "Bezeichnung / description", "Menge", "Preis"],
            ["010", "7745-02", "Gummi-Laufsohle 'Haardt', braun - Tragetest / wear test, EU 40-45, 4 Paar je Größe", "24 Paar", "USD 8,40"],
        ]),
        ("sp",),
        ("h", "Bestelltext / scope"),
        ("p", "Diese Bestellung gibt nur 24 Paar für den Tragetest frei. This PO covers the 24 wear-test pairs only. "
              "The series quantity of 3.600 pairs in your offer SVS-0524-11 is not released and stays on hold. It "
              "will be released only by a written production release from Jürgen Hofmann, Leiter Einkauf, after "
              "the wear-test sign-off by our development. Material: for the 24 pairs only."),
        ("h", "Allgemeine Einkaufsbedingungen (Auszug) / general terms of purchase (extract)"),
        ("p", "5. Deliveries DDP Pirmasens (Incoterms 2020) unless agreed otherwise. 6. Each delivery with delivery "
              "note stating PO number and position."),
        ("p", "7. Muster / samples: after sign-off of the samples by the buyer, the supplier shall continue with "
              "series production of the quoted series quantity without further notice."),
        ("p", "8. Payment 60 days net. 9. Place of jurisdiction: Zweibrücken. German law applies (CISG excluded)."),
    ], title="Bestellung 4500071655", author="Laufwerk")),
])

# p16: supplier acknowledgement: bulk starts automatically, compound reserved and paid (RG006, RG007)
_p16_buyer = """Dear Budi,

attached our PO 4500071690 for art. 3610-01 'Sickinger' EVA/rubber unit sole.

- 36 pairs for the wear test, EU 39-47 (4 per size). These 36 pairs are all you may make.
- The series of 3.600 pairs is NOT released. It stays on hold until the wear-test sign-off and a
  written production release from me (Juergen Hofmann, Leiter Einkauf).
- Material: for the 36 pairs only.

Best regards
Juergen Hofmann
"""
case("p16_id_ack_auto_start_reserved", ["RG006", "RG007"], "Supplier ack: bulk 3.600 starts automatically when wear-test report OK; compound for 3.600 already reserved and paid; buyer scope quoted complete.", [
    ("OA_SKA-24-0871_Laufwerk.eml", eml_bytes(mail(
        "Budi Santoso <budi.santoso@sinarkaret.co.id>", "Jürgen Hofmann <j.hofmann@laufwerk-schuh.de>",
        "RE: PO 4500071690 art. 3610-01 - order acknowledgement", "Mon, 17 Jun 2024 09:05:00 +0700",
        "Dear Mr Hofmann,\n\nThank you for your PO. Please find our order acknowledgement OA SKA-24-0871 "
        "attached.\n\nBest regards,\nBudi Santoso\nMarketing Manager | PT Sinar Karet Abadi | +62 21 5940 7700\n\n"
        "-----Original Message-----\nFrom: Jürgen Hofmann\nSent: Friday, 14 June 2024 15:30\n"
        "Subject: PO 4500071690 art. 3610-01\n\n" + q(_p16_buyer),
        attachments=[("OA_SKA-24-0871.pdf", pdf([
            ("h1", "PT SINAR KARET ABADI"),
            ("p", "Jl. Industri Raya III Blok AE No. 7, Tangerang, Banten 15135, Indonesia"),
            ("h", "ORDER ACKNOWLEDGEMENT  OA SKA-24-0871"),
            ("table", [["Customer", "Customer PO", "Article", "Qty", "Unit price", "ETD"],
                       ["Laufwerk Schuhfabrik GmbH", "4500071690", "3610-01 unit sole, wear test", "36 prs", "USD 7.90", "05-Jul-2024"]]),
            ("sp",),
            ("p", "Remarks:"),
            ("p", "1. As usual for our customers, bulk 3.600 prs will be started automatically when the wear-test "
                  "report is OK, to keep the season delivery."),
            ("p", "2. EVA and rubber compound for 3.600 prs are already reserved and paid to our compound vendor "
                  "(PT Sumber Kimia) to secure delivery."),
            ("p", "3. Moulds: 9 sizes, T2 passed our QC."),
            ("p", "Authorised signature: Budi Santoso, 17-Jun-2024"),
        ], title="OA SKA-24-0871", author="PT Sinar Karet Abadi"), PDF_MT)],
        in_reply_to="<po-4500071690@laufwerk-schuh.de>"))),
])

# p17: PO table says 36 pairs, note says twenty-four (24) pairs (RG011)
_p17_sizes = [40, 41, 42, 43, 44, 45]
_p17_pairs = [6, 6, 6, 6, 6, 6]
assert sum(_p17_pairs) == 36
case("p17_it_po_36_vs_24", ["RG011"], "PO line and size curve authorize 36 pairs; the scope note authorizes 'ventiquattro (24)' pairs.", [
    ("Ordine_BO-24-131_PhuAn.pdf", pdf([
        ("h1", "Brenta Outdoor S.p.A."),
        ("p", "Via Vicenza 12, 36063 Marostica (VI) - Italia"),
        ("h", "ORDINE DI ACQUISTO BO-24-131 del 10/06/2024"),
        ("p", "Fornitore: Phu An Sole Co., Ltd., Tan Uyen, Binh Duong, Vietnam. Vostra offerta PA-Q-2405-09."),
        ("table", [
            ["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo USD"],
            ["1", "BO-ASG-02", "Intersuola PU 'Asiago', wear test, nero", "36 paia", "12,50"],
        ]),
        ("sp",),
        ("table", curve(_p17_sizes, _p17_pairs, "Paia")),
        ("sp",),
        ("h", "Note all'ordine / order notes"),
        ("p", "Wear test con ventiquattro (24) paia: please produce twenty-four pairs for our testers in Asiago "
              "and ship them together by DHL."),
        ("p", "La produzione di 2.400 paia NON è rilasciata. The bulk of 2.400 pairs is not released and stays on "
              "hold until the wear-test sign-off by our technical office and a written production release from "
              "Stefano Dal Molin, Sourcing Manager. Material: for the wear-test pairs only."),
        ("p", "Consegna entro / delivery by 12/07/2024. Pagamento 60 gg d.f.f.m."),
    ], title="Ordine BO-24-131", author="Brenta Outdoor")),
])


# ---------------------------------------------------------------- batch 3
# c17: DOCX tech pack with table and a complete scope section (VN brand, CN supplier)
case("c17_vn_techpack_scope_ok", [], "Tech pack: 60 SMS pairs now; bulk 6,000 not released until CFM sign-off + Nguyen Thi Lan's written release; material SMS only.", [
    ("SS-RUN-08_techpack_r2.docx", docx_bytes([
        ("h1", "SAIGON STRIDE - TECH PACK SS-RUN-08 'Hoi An' (outsole + midsole)"),
        ("p", "Supplier: Jinjiang Hengsheng Sole Co., Ltd. | Revision 2, 03/06/2024 | Developer: Pham Quoc Bao"),
        ("h", "Bill of materials"),
        ("table", [
            ["Part", "Material", "Colour", "Hardness / density", "Remark"],
            ["Outsole", "Rubber (NR/BR), 30% recycled", "Lotus pink / black", "Shore A 58 ± 3", "herringbone forefoot, ISO 20871 abrasion"],
            ["Midsole", "Phylon (compression-moulded EVA)", "Off-white", "Asker C 55 ± 3, 0.20 g/cm3", "heel 28 mm / forefoot 20 mm"],
            ["Logo", "TPU heat transfer", "Black", "-", "artwork SS-LOGO-2024-v5"],
        ]),
        ("h", "SMS size curve (US women)"),
        ("table", curve(["5", "6", "7", "8", "9", "10"], [6, 10, 14, 14, 10, 6])),
        ("h", "Quantities and release"),
        ("p", "Released now: 60 SMS pairs (curve above), under PO SP24-0231."),
        ("p", "Bulk: 6,000 pairs per quote HS-Q-24-190. The bulk is not released and stays on hold."),
        ("p", "Unlock: (1) CFM sign-off by Saigon Stride development; (2) a written production release from "
              "Nguyen Thi Lan, Sourcing Manager. Only Ms Lan can release bulk."),
        ("p", "Material: compound and EVA for the 60 SMS pairs only until the written release."),
        ("h", "Testing"),
        ("p", "Bond strength outsole/midsole ≥ 3.0 N/mm (SATRA TM411); flex 30,000 cycles at -5 °C without crack growth > 4 mm."),
    ], author="Pham Quoc Bao")),
])

# c18: written release letter releasing the full balance after sign-off (no balance left)
_c18_pairs = [160, 280, 400, 480, 440, 360, 180, 100]
assert sum(_c18_pairs) == 2400
case("c18_uk_release_letter_full_balance", [], "Written production release by Oliver Pemberton for the entire 2,400-pair balance after SMS sign-off; nothing left on hold.", [
    ("HF-REL-0042.pdf", pdf([
        ("h1", "Harrow & Finch Ltd - Production Release HF-REL-0042"),
        ("p", "To: Solados Ferreira & Filhos, Lda., Felgueiras (attn. Ana Sousa). Date: 14 June 2024."),
        ("p", "PO: HF-7731, article SF-7731 commando lug outsole, black. Your acknowledgement CE-24-0233."),
        ("p", "Basis: the 24 SMS pairs were signed off by Hannah Cole (Footwear Developer) on 12 June 2024, "
              "sign-off record HF-SO-0187, no open comments."),
        ("h", "Release"),
        ("p", "By this letter Harrow & Finch releases 2,400 pairs for production, per the size curve below. This is "
              "the entire remaining quantity of PO HF-7731; after this release nothing is left on hold under this PO."),
        ("table", curve(["6", "6.5", "7", "7.5", "8", "9", "10", "11"], _c18_pairs)),
        ("sp",),
        ("p", "Material authority: for the 2,400 released pairs. Delivery: 600 pairs ex-works by 26 July, the rest "
              "by 23 August 2024."),
        ("p", "Signed: Oliver Pemberton, Head of Production Sourcing (release authority, limit GBP 50,000)."),
    ], title="HF-REL-0042", author="Oliver Pemberton")),
])

# c19: partial release 1 of 3, multipart/alternative with an HTML table
_c19_sizes = ["7", "8", "9", "10", "11", "12", "13"]
_c19_pairs = [100, 200, 320, 360, 320, 200, 100]
assert sum(_c19_pairs) == 1600
_c19_txt = ("Hi Minh,\n\nLot acceptance of the wear-test pairs is closed, so here is release 1 of 3 under PO 4500031877 "
            "(TR-220 outsole):\n\n- Released now: 1,600 of the 4,800 pairs, size curve below.\n- The other 3,200 pairs "
            "remain on hold and are not released. Release 2 will come from me after lot acceptance of these 1,600 "
            "pairs by Pacific Inspection at your factory.\n- Material: compound for the 1,600 released pairs only.\n\n"
            "Size curve release 1 (US men's):\n" + "  ".join(f"{s}:{p}" for s, p in zip(_c19_sizes, _c19_pairs))
            + "   total 1,600\n\nShip FOB Ho Chi Minh by Aug 16.\n\nThanks,\nDana\n"
            + sig("Dana Whitfield", "Sourcing Director", "Ridgeline Footwear Co., Portland OR", "+1 503 555 0172"))
_c19_html = ("<p>Hi Minh,</p><p>Lot acceptance of the wear-test pairs is closed, so here is <b>release 1 of 3</b> under "
             "PO 4500031877 (TR-220 outsole):</p><ul><li>Released now: <b>1,600 of the 4,800 pairs</b>, size curve below.</li>"
             "<li>The other 3,200 pairs remain on hold and are not released. Release 2 will come from me after lot "
             "acceptance of these 1,600 pairs by Pacific Inspection at your factory.</li><li>Material: compound for the "
             "1,600 released pairs only.</li></ul><table><tr><th>US</th>" + "".join(f"<th>{s}</th>" for s in _c19_sizes)
             + "<th>Total</th></tr><tr><td>pairs</td>" + "".join(f"<td>{p:,}</td>" for p in _c19_pairs)
             + "<td>1,600</td></tr></table><p>Ship FOB Ho Chi Minh by Aug 16.</p><p>Thanks,<br>Dana<br>Dana Whitfield, "
             "Sourcing Director, Ridgeline Footwear Co.</p>")
case("c19_us_release_1_of_3", [], "Release 1 of 3: 1,600 of 4,800 released; 3,200 on hold until release 2 from Dana after lot acceptance; material for released pairs.", [
    ("Release_1_PO4500031877.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@ridgelinefootwear.com>", "Tran Van Minh <minh.tran@tanphurubber.vn>",
        "Release 1 of 3 - PO 4500031877 TR-220", "Mon, 08 Jul 2024 13:15:00 -0700", _c19_txt, html=_c19_html))),
])

# c20: interim sample disposition with limits, production release signed separately
case("c20_de_interim_disposition", [], "Interim sign-off (600 pairs, until 31.08.) kept apart from production release of 600 pairs signed by J. Hofmann; 4.200 on hold until final sign-off + written release.", [
    ("Interim_7720-10_PhuAn.pdf", pdf([
        ("h1", "Laufwerk Schuhfabrik GmbH"),
        ("h", "Interim sample disposition and production release - art. 7720-10 PU midsole 'Trail X'"),
        ("p", "Supplier: Phu An Sole Co., Ltd., Binh Duong. Blanket PO 4500071230 (4.800 pairs). Date: 29.07.2024."),
        ("h", "Part A - Sample sign-off (development)"),
        ("table", [
            ["Item", "Result"],
            ["Disposition", "INTERIM"],
            ["Deviation", "density 0,31 g/cm3 (spec 0,28 ± 0,02); hardness and bond strength within spec"],
            ["Limit", "valid for max. 600 pairs and until 31.08.2024, whichever comes first"],
            ["Condition", "corrected mould venting (8D PA-24-019) before any pair beyond the 600"],
            ["Signed", "Svenja Krämer, Entwicklung Sohlen"],
        ]),
        ("p", "Part A is a technical disposition only. It does not release any pairs."),
        ("h", "Part B - Production release (purchasing)"),
        ("p", "Released for production: 600 pairs of 7720-10 within the limits of Part A. Material authority: for "
              "these 600 pairs."),
        ("p", "The remaining 4.200 pairs of the blanket PO are not released. They need the final sample sign-off "
              "on the corrected moulds and then a written production release from Jürgen Hofmann."),
        ("p", "Signed: Jürgen Hofmann, Leiter Einkauf, 29.07.2024"),
    ], title="Interim 7720-10", author="Laufwerk")),
])

# c21: stop notice
case("c21_it_stop_notice", [], "Stop notice: nothing may start (0 pairs), stop lifted only by Giulia Ferri's written notice after 8D review.", [
    ("ordine_24-0512_ARD-HC-05.eml", eml_bytes(mail(
        "Giulia Ferri <g.ferri@ardenza.it>", "Kevin Liu <kevin.liu@yuecheng-mould.cn>",
        "STOP - ordine 24-0512 contrafforti ARD-HC-05", "Tue, 30 Jul 2024 08:02:00 +0200",
        "Kevin,\n\nwe found cracks at the heel curve on 11 of the 400 pairs received on 26 July (size 38 and "
        "39, lot 24-0512-02).\n\nWith this e-mail I put a stop on order 24-0512. From now nothing more may be "
        "started on this order: not the 1.200 pairs released in June that are still open, and nothing else. "
        "Quantity you may produce while the stop is in force: zero (0) pairs.\n\nThe stop will be lifted only "
        "by a written notice from me, Giulia Ferri, after we have reviewed your 8D report and the new cross-"
        "section samples. Please send the 8D by 9 August.\n\nGrazie,\nGiulia Ferri\nHead of Sourcing - "
        "Calzaturificio Ardenza S.r.l.\nVia Schiavonesca Priula 41, 31044 Montebelluna (TV) - +39 0423 601 200\n"))),
])

# c22: WhatsApp, supplier asks for the go-ahead on bal. 480, buyer says not yet
case("c22_br_it_whatsapp_not_yet", [], "Supplier's go-ahead question for bal. 480 answered 'not yet': only 24 pairs; balance on hold until SMS sign-off and Giulia's written release.", [
    ("WhatsApp Chat - Fernanda Becker.txt", """[02/07/2024, 13:40:12] Fernanda Becker: Bom dia Giulia! SMS 24 pairs of PO 24-0533 are finished, pics below
[02/07/2024, 13:40:30] Fernanda Becker: <Media omitted>
[02/07/2024, 13:40:31] Fernanda Becker: <Media omitted>
[02/07/2024, 13:42:05] Fernanda Becker: do we have go-ahead for bal. 480 prs? machine is free next week
[02/07/2024, 14:15:48] Giulia Ferri: Ciao Fernanda, bellissime!
[02/07/2024, 14:17:20] Giulia Ferri: No go-ahead yet. Only the 24 pairs for now. Bal. 480 pairs is still on hold until the SMS sign-off (Matteo, next Tuesday) and after that my written release. Not before, please
[02/07/2024, 14:18:02] Fernanda Becker: entendido 👍 we wait
[02/07/2024, 14:18:40] Fernanda Becker: ship the 24 by DHL today?
[02/07/2024, 14:19:11] Giulia Ferri: sì, DHL today, account 95 4471 220
"""),
])

# c23: buyer pays tooling deposit, says it releases no pairs
case("c23_us_tooling_deposit_scoped", [], "Buyer pays tooling deposit, states it releases no pairs; 24 SMS pairs now; bulk 5,000 on hold until SMS sign-off + Jenna Ortiz's written release.", [
    ("PO_4500033620_PA-CRT-02.eml", eml_bytes(mail(
        "Jenna Ortiz <jortiz@palomaathletic.com>", "Lily Chen <lily.chen@hengsheng-sole.com>",
        "PO 4500033620 - tooling payment sent", "Fri, 19 Jul 2024 10:20:00 -0400",
        "Hi Lily,\n\nOur AP team sent the 50% tooling deposit (USD 7,150.00) for the 11 outsole moulds of PA-CRT-02 "
        "this morning; the SWIFT copy is attached to the remittance advice you will get from AP.\n\nThe deposit "
        "pays for the moulds only. It does not release any pairs. What is released today is the 24 SMS pairs of "
        "PO 4500033620, nothing else. The 5,000 pairs of bulk are not released and stay on hold until the SMS "
        "sign-off and then my written release.\n\nBest,\nJenna\n"
        + sig("Jenna Ortiz", "Senior Buyer, Footwear Components", "Paloma Athletic, Inc.", "+1 617 555 0148")))),
])

# c24: multi-file: cover mail + PO + quote, bulk figure declared informational
_c24_po = pdf([
    ("h1", "HARROW & FINCH LTD - PURCHASE ORDER HF-7768"),
    ("p", "Supplier: Jinjiang Hengsheng Sole Co., Ltd., Chendai Town, Jinjiang, Fujian, China. Date: 21 June 2024."),
    ("table", [
        ["Line", "Article", "Description", "Qty", "Unit price"],
        ["1", "HF-TRK-05", "Rubber trek outsole, SMS pairs, UK 6-11 (4 per size)", "24 prs", "USD 12.00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO authorizes the 24 SMS pairs only. The bulk quantities in your quotation HS-Q-24-215 "
          "(6,000 and 12,000 pairs) are for information only and are not released. Bulk can be released only after the SMS "
          "sign-off by Hannah Cole, by a written release from Oliver Pemberton, Head of Production Sourcing."),
    ("p", "Material authority: SMS quantity only. Delivery: 26 July 2024, courier to Northampton."),
], title="PO HF-7768", author="Harrow & Finch")
_c24_quote = pdf([
    ("h1", "JINJIANG HENGSHENG SOLE CO., LTD."),
    ("h", "QUOTATION HS-Q-24-215"),
    ("p", "Customer: Harrow & Finch Ltd. Article: HF-TRK-05 rubber trek outsole. Date: 10 June 2024."),
    ("table", [
        ["Qty", "Unit price (USD, FOB Xiamen)", "Lead time"],
        ["SMS 24 prs", "12.00", "25 days"],
        ["Bulk 6,000 prs", "5.35", "50 days from written release"],
        ["Bulk 12,000 prs", "5.10", "60 days from written release"],
    ]),
    ("p", "Moulds: 11 sizes x USD 1,300. Valid 90 days. Lily Chen, Sales Dept."),
], title="HS-Q-24-215", author="Hengsheng")
case("c24_uk_cn_bundle_quote_info", [], "Bundle of cover mail, PO and quote: PO states 24 SMS pairs, quote's 6,000 and 12,000 tiers declared for information only, release by Oliver Pemberton after SMS sign-off.", [
    ("Mail_PO_HF-7768.eml", eml_bytes(mail(
        "Hannah Cole <h.cole@harrowfinch.co.uk>", "Lily Chen <lily.chen@hengsheng-sole.com>",
        "PO HF-7768 - HF-TRK-05 SMS", "Fri, 21 Jun 2024 12:40:00 +0100",
        "Hi Lily,\n\nPlease find PO HF-7768 for the SMS pairs, and your quotation for our files. Please read the "
        "scope note on the PO.\n\nCheers,\nHannah\n"
        + sig("Hannah Cole", "Footwear Developer", "Harrow & Finch Ltd", "+44 1604 550 231")))),
    ("PO_HF-7768.pdf", _c24_po),
    ("Quotation_HS-Q-24-215.pdf", _c24_quote),
])

# c25: supplier status report, multipart/alternative with a TXT packing list
_c25_txt = ("Dear Ms Lan,\n\nWeekly status for PO SP24-0231 (SS-RUN-08 'Hoi An'):\n\n1. 60 SMS pairs: pressed and "
            "assembled, QC passed 58/60, the 2 rejects remade on 25/06. Ship 28/06 by DHL, packing list attached.\n"
            "2. Material: we bought compound and EVA for the 60 SMS pairs only. Nothing bought for bulk.\n3. Bulk "
            "6,000 prs: not started. We wait for the CFM sign-off and then your written release.\n\nBest regards,\n"
            "Chen Jiaying (Lily)\nJinjiang Hengsheng Sole Co., Ltd.\n")
case("c25_cn_status_sms_only", [], "Supplier status: SMS only, material for 60 pairs, bulk not started pending CFM sign-off and Ms Lan's written release.", [
    ("Status_SP24-0231_wk26.eml", eml_bytes(mail(
        "Lily Chen <lily.chen@hengsheng-sole.com>", "Nguyen Thi Lan <lan.nguyen@saigonstride.vn>",
        "Weekly status PO SP24-0231 - wk 26", "Wed, 26 Jun 2024 17:30:00 +0800", _c25_txt,
        html="<html><body><p>" + escape(_c25_txt).replace("\n", "<br>") + "</p></body></html>",
        attachments=[("PL_SP24-0231.txt", "PACKING LIST SP24-0231  SS-RUN-08 SMS\nCTN 1/1  US W 5:6 6:10 7:14 8:14 9:10 10:6  TOTAL 60 PRS\nN.W. 14.2 KG  G.W. 16.0 KG  45x35x30 CM\n", "text/plain")]))),
])


# ---------------------------------------------------------------- batch 4
# p18: PO says 60 SMS pairs, cover mail asks for seventy-two (72) (RG011), two files
case("p18_uk_id_sms_60_vs_72", ["RG011"], "PO printout authorizes 60 SMS pairs; cover e-mail asks for seventy-two (72) SMS pairs; scope otherwise complete.", [
    ("Mail_HF-7781_SMS.eml", eml_bytes(mail(
        "Hannah Cole <h.cole@harrowfinch.co.uk>", "Dewi Lestari <dewi.lestari@sinarkaret.co.id>",
        "HF-7781 'Brixworth II' SMS - PO attached separately", "Mon, 24 Jun 2024 09:55:00 +0100",
        "Hi Dewi,\n\nOliver has sent the PO printout for the Brixworth II midsole SMS through the portal this "
        "morning.\n\nPlease make seventy-two (72) SMS pairs this time, 12 per size UK 6-11, because our German "
        "sales team joins the September sell-in. Colour: charcoal, same as the lab dip LD-0612.\n\nThe bulk "
        "stays on hold exactly as written on the PO.\n\nMany thanks,\nHannah\n"
        + sig("Hannah Cole", "Footwear Developer", "Harrow & Finch Ltd", "+44 1604 550 231")))),
    ("HF-7781_PO_printout.txt", """HARROW & FINCH LTD                                        PURCHASE ORDER
Kingsthorpe Works, Northampton NN2 6LT, UK                    HF-7781 rev 0
--------------------------------------------------------------------------
Supplier : PT SINAR KARET ABADI, TANGERANG, INDONESIA (V-2291)
Date     : 24/06/2024          Buyer: O. PEMBERTON       Currency: USD
--------------------------------------------------------------------------
Line Item        Description                         Qty  UoM   Price
1    HF-MS-230   EVA midsole 'Brixworth II', SMS      60  PRS    9.20
                 UK 6-11, 10 pairs per size
--------------------------------------------------------------------------
SCOPE: THIS PO RELEASES THE 60 SMS PAIRS ONLY. THE BULK OF 3,600 PAIRS
(QUOTE SKA-Q-24-077) IS NOT RELEASED AND STAYS ON HOLD UNTIL THE SMS SIGN-
OFF AND A WRITTEN RELEASE FROM OLIVER PEMBERTON, HEAD OF PRODUCTION
SOURCING. MATERIAL: SMS QUANTITY ONLY.
--------------------------------------------------------------------------
Delivery: courier to Northampton by 26/07/2024
"""),
])

# p19: call-off line 1,200 pairs, size curve totals 1,320 (RG011)
_p19_sizes = ["7", "8", "9", "10", "11", "12", "13"]
_p19_pairs = [80, 160, 260, 300, 260, 160, 100]
assert sum(_p19_pairs) == 1320
case("p19_us_calloff_curve_mismatch", ["RG011"], "Release 01 line says 1,200 pairs but its size curve totals 1,320; hold, event and Jenna Ortiz named.", [
    ("Release_01_PO4500033700.pdf", pdf([
        ("h1", "PALOMA ATHLETIC, INC. - PRODUCTION RELEASE 01"),
        ("p", "PO 4500033700, article PA-RUN-11 PU midsole. Supplier: Phu An Sole Co., Ltd., Tan Uyen, Binh Duong, "
              "Vietnam. Date: 07/22/2024."),
        ("table", [
            ["Item", "Qty (pairs)"],
            ["PO total", "4,800"],
            ["Released by this release 01", "1,200"],
            ["Not released, on hold", "3,600"],
        ]),
        ("sp",),
        ("p", "Size curve, release 01 (US men's):"),
        ("table", curve(_p19_sizes, _p19_pairs)),
        ("sp",),
        ("p", "The pairs on hold are released only by release 02, which Jenna Ortiz (Senior Buyer) will issue in "
              "writing after lot acceptance of release 01 at final inspection. Material authority: for the pairs "
              "of release 01 only."),
        ("p", "Ship FOB Ho Chi Minh City by 09/06/2024."),
    ], pagesize=LETTER, title="Release 01 PO 4500033700", author="Paloma Athletic")),
])

# p20: WeChat says 200 SMS pairs, tech pack says 240 (RG011), two files
_p20_sizes = ["5", "6", "7", "8", "9", "10"]
_p20_pairs = [20, 40, 60, 60, 40, 20]
assert sum(_p20_pairs) == 240
case("p20_vn_cn_wechat_vs_techpack", ["RG011"], "Buyer's WeChat authorizes 200 SMS pairs; the buyer's tech pack for the same order states 240 SMS pairs.", [
    ("WeChat_Wang_Hao_Jiahe.txt", """WeChat chat history with "Wang Hao (Jiahe Sole)"
Exported 2024-07-05 09:40

Nguyen Thi Lan  2024-06-24 10:02
Mr Wang, PO SP24-0247 for SS-TRL-03 'Sapa' is in your mailbox

Nguyen Thi Lan  2024-06-24 10:03
pls make 200 prs SMS, curve in tech pack. Only SMS now

Nguyen Thi Lan  2024-06-24 10:05
bulk 5,000 prs NOT released, on hold until CFM sign-off and then my written release (Nguyen Thi Lan, Sourcing Manager). Material only for SMS pls

Wang Hao (Jiahe Sole)  2024-06-24 10:30
收到 received Ms Lan. SMS first, bulk wait your release

Wang Hao (Jiahe Sole)  2024-06-24 10:31
outsole colour 'moss' lab dip send tomorrow

Nguyen Thi Lan  2024-06-24 11:12
👍 cảm ơn

Wang Hao (Jiahe Sole)  2024-07-03 16:45
[Photo]

Wang Hao (Jiahe Sole)  2024-07-03 16:45
moss colour ok? delta E 0.8
"""),
    ("SS-TRL-03_techpack_r1.docx", docx_bytes([
        ("h1", "SAIGON STRIDE - TECH PACK SS-TRL-03 'Sapa' trail outsole"),
        ("p", "Supplier: Putian Jiahe Sole Co., Ltd. | PO SP24-0247 | Revision 1, 24/06/2024 | Developer: Pham Quoc Bao"),
        ("h", "Specification"),
        ("table", [
            ["Part", "Material", "Spec"],
            ["Outsole", "Rubber, 5 mm lugs, colour moss", "Shore A 65 ± 3, DIN abrasion ≤ 110 mm³"],
            ["Rock plate", "TPU 1.2 mm", "forefoot only"],
        ]),
        ("h", "SMS quantity"),
        ("p", "SMS quantity for this PO: 240 pairs, size curve below."),
        ("table", curve(_p20_sizes, _p20_pairs)),
        ("p", "Bulk (5,000 pairs) is not covered by this tech pack; see the PO note."),
    ], author="Pham Quoc Bao")),
])

# p21: "thirty-six (63) pairs" (RG011)
case("p21_de_words_vs_digits", ["RG011"], "Release mail: 'thirty-six (63) pairs' for the wear test - words and digits give different authorized quantities.", [
    ("PO_4500071702_Tragetest.eml", eml_bytes(mail(
        "Jürgen Hofmann <j.hofmann@laufwerk-schuh.de>", "Le Van Hung <hung.le@viettien-sole.vn>",
        "PO 4500071702 - Tragetest / wear test 7730-02", "Tue, 09 Jul 2024 10:48:00 +0200",
        "Dear Mr Hung,\n\nwith PO 4500071702 we order the wear-test pairs for art. 7730-02 'Westrich II': "
        "thirty-six (63) pairs, EU 39-47, black, delivery to Pirmasens by 9 August.\n\nThe series quantity of "
        "3.600 pairs is not released and stays on hold. It will be released only after the wear-test sign-off "
        "by our development, with a written production release from me. Please buy material for the wear-test "
        "pairs only.\n\nMit freundlichen Grüßen\nJürgen Hofmann\nLeiter Einkauf\nLaufwerk Schuhfabrik GmbH, "
        "Zweibrücker Str. 61, 66953 Pirmasens\nTel. +49 6331 2270-300\n\nSitz der Gesellschaft: Pirmasens, "
        "Registergericht Zweibrücken HRB 30418\n"))),
])

# p22: release mail says 600 pairs, attached release record says 500 (RG011)
_p22_txt = ("Hi Dewi,\n\nRelease 2 for PO 4500032515 (RL-MS-40 midsole) is attached as the record from our "
            "supplier portal.\n\nReleased now: 600 pairs, same curve split as release 1. The remaining 2,400 "
            "pairs stay on hold and are not released; release 3 will come from me after lot acceptance of this "
            "release at your factory. Material: for the released pairs only.\n\nThanks,\nDana\n"
            + sig("Dana Whitfield", "Sourcing Director", "Ridgeline Footwear Co., Portland OR", "+1 503 555 0172"))
_p22_html = html_page("Ridgeline Supplier Portal - Release record", """
<h2>Ridgeline Footwear Co. &middot; Supplier Portal</h2>
<h3>Release record REL-4500032515-02</h3>
<table>
<tr><th>PO</th><td>4500032515</td></tr>
<tr><th>Article</th><td>RL-MS-40 EVA midsole, 48 Asker C</td></tr>
<tr><th>Supplier</th><td>PT Sinar Karet Abadi (V-3318)</td></tr>
<tr><th>PO quantity</th><td>3,500 pairs</td></tr>
<tr><th>Released previously (REL-01)</th><td>500 pairs</td></tr>
<tr><th>Quantity released (REL-02)</th><td>500 pairs</td></tr>
<tr><th>Unlock event</th><td>lot acceptance of REL-01 (done 07/10/2024)</td></tr>
<tr><th>Released by</th><td>Dana Whitfield, Sourcing Director</td></tr>
<tr><th>Date</th><td>07/12/2024</td></tr>
</table>
""")
case("p22_us_id_release_600_vs_500", ["RG011"], "Release mail says 600 pairs released now; the attached portal release record for the same release says 500 pairs.", [
    ("Release_2_PO4500032515.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@ridgelinefootwear.com>", "Dewi Lestari <dewi.lestari@sinarkaret.co.id>",
        "Release 2 - PO 4500032515 RL-MS-40", "Fri, 12 Jul 2024 15:05:00 -0700", _p22_txt,
        attachments=[("REL-4500032515-02.html", _p22_html, "text/html")]))),
])

# p23: ERP call-off 1.200 pairs vs note 'produce 1.000 paia' (RG011)
case("p23_it_pt_erp_calloff_note", ["RG011"], "ERP call-off 02 releases 1.200 pairs; the call-off's own note says produce 1.000 pairs.", [
    ("ARDENZA_CALLOFF_24-0388-02.txt", """CALZATURIFICIO ARDENZA S.R.L. - MONTEBELLUNA (TV)          RICHIAMO / CALL-OFF
------------------------------------------------------------------------------
Ordine quadro / blanket PO : 24-0410                Richiamo / call-off: 02
Fornitore / supplier       : F0921 SOLADOS FERREIRA & FILHOS LDA - FELGUEIRAS PT
Data / date                : 18/07/2024            Buyer: G. FERRI
------------------------------------------------------------------------------
Articolo     Descrizione                            Q.ta      UM   Consegna
ARD-M430     Suola gomma 'Nevegal' testa di moro
             Q.ta ordine quadro / blanket total      4.800     PA
             Rilasciato richiamo 01 (done)             800     PA
             RILASCIATO QUESTO RICHIAMO / THIS       1.200     PA   06/09/2024
             NON RILASCIATO / ON HOLD                2.800     PA
------------------------------------------------------------------------------
NOTE: Please produce 1.000 paia on this call-off, curve as call-off 01.
The 2.800 pairs on hold are released only by call-off 03, which Giulia
Ferri (Head of Sourcing) will sign after lot acceptance of call-off 02 at
our incoming inspection. Material: for the pairs of this call-off only.
------------------------------------------------------------------------------
"""),
])

# p25: developer treats the wired deposit as the start signal (RG012)
_p25_po = """Zoe,

PO 4500032601 for the RL-TR-15 outsole is attached. This PO releases the 12 fit-sample pairs only
(US 8/9/10, 4 each). The 6,000 pairs bulk is not released and stays on hold until our fit sign-off
and then a written release from me, Dana Whitfield. Material for the 12 pairs only.

Dana
"""
case("p25_us_cn_deposit_start_signal", ["RG012"], "Buyer's developer: deposit wired, 'so you can get the bulk started' - payment treated as production authority; quoted PO scope complete.", [
    ("RE_RL-TR-15_PI_schedule.eml", eml_bytes(mail(
        "Kyle Brennan <kbrennan@ridgelinefootwear.com>", "Zoe Lin <zoe.lin@jiahesole.cn>",
        "RE: RL-TR-15 outsole - PI and schedule", "Thu, 11 Jul 2024 09:12:00 -0700",
        "Hey Zoe,\n\nAP wired the 30% deposit on your PI-JH-24-0711 this morning (USD 11,340.00, ref "
        "RFT-88213). So that's the money side done and you can get the bulk started - we really need the first "
        "container in September.\n\nFit pairs looked good on the scan, physical pairs arrive Monday.\n\nCheers,\n"
        "Kyle\n\nKyle Brennan | Footwear Developer | Ridgeline Footwear Co. | +1 503 555 0190\n\n"
        "On Jul 1, 2024, at 8:02 AM, Dana Whitfield <dwhitfield@ridgelinefootwear.com> wrote:\n" + q(_p25_po),
        in_reply_to="<po-4500032601@ridgelinefootwear.com>"))),
])

# p26: supplier: tooling invoice paid, so order confirmed and bulk starts (RG012)
_p26_po = """Dear Lily,

PO SP24-0262 for SS-RUN-09 is attached: 120 SMS pairs, curve on the PO. The bulk of 6,000 pairs
is not released; it stays on hold until the CFM sign-off and my written release (Nguyen Thi Lan,
Sourcing Manager). Please buy compound for the 120 SMS pairs only.

Best regards,
Lan
"""
case("p26_cn_vn_tooling_paid_start", ["RG012"], "Supplier reads the paid tooling invoice as order confirmation and plans the 6,000-pair bulk; quoted buyer scope complete.", [
    ("RE_SP24-0262_moulds.eml", eml_bytes(mail(
        "Lily Chen <lily.chen@hengsheng-sole.com>", "Nguyen Thi Lan <lan.nguyen@saigonstride.vn>",
        "RE: PO SP24-0262 SS-RUN-09 - moulds and schedule", "Mon, 15 Jul 2024 11:26:00 +0800",
        "Dear Ms Lan,\n\nThank you, your payment of the mould invoice INV-HS-24-1187 (11 sizes, USD 14,300.00) "
        "arrived today. Since the tooling is paid, we consider the order confirmed and we start the bulk "
        "6,000 prs from 22 July, right after the 120 SMS pairs, to keep your October ETD.\n\nBest regards\n"
        "Lily Chen\nSales Dept. | Jinjiang Hengsheng Sole Co., Ltd. | +86 595 8516 2207\n\n"
        "---- Original ----\nFrom: Nguyen Thi Lan\nDate: 2024-07-02 14:10\nSubject: PO SP24-0262 SS-RUN-09\n\n"
        + q(_p26_po), in_reply_to="<sp24-0262@saigonstride.vn>"))),
])

# p27: sample PO + supplier pro-forma saying production starts on deposit (RG012), two files
case("p27_us_br_po_and_proforma", ["RG012"], "Buyer PO releases 24 SMS pairs with complete hold; supplier pro-forma for the 3.000-pair bulk says production starts on receipt of the deposit.", [
    ("PO_4500033655_Paloma.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500033655"),
        ("p", "Paloma Athletic, Inc., 200 Summer Street, Boston, MA 02210. Vendor: Solados Vale do Sinos Ltda., "
              "Novo Hamburgo - RS, Brazil. Date: 07/08/2024."),
        ("table", [["Line", "Item", "Description", "Qty", "Unit price"],
                   ["10", "PA-CRT-05-HC", "TPU heel counter, SMS pairs US W 6-10 (24 prs: 4/5/6/5/4)", "24 prs", "USD 6.80"]]),
        ("sp",),
        ("p", "Scope: this PO releases the 24 SMS pairs only. The 3,000-pair bulk quoted in SVS-0624-03 is not "
              "released and stays on hold until the SMS sign-off and then a written release from Jenna Ortiz, "
              "Senior Buyer. Material for the 24 pairs only."),
    ], pagesize=LETTER, title="PO 4500033655", author="Paloma Athletic")),
    ("Proforma_PI-SVS-24-061.pdf", pdf([
        ("h1", "SOLADOS VALE DO SINOS LTDA."),
        ("p", "Rua Bento Gonçalves 2230, Novo Hamburgo - RS, Brasil - CNPJ 88.417.226/0001-09"),
        ("h", "PROFORMA INVOICE PI-SVS-24-061"),
        ("p", "Customer: Paloma Athletic, Inc. Your ref: PO 4500033655 / article PA-CRT-05-HC. Date: 10/07/2024."),
        ("table", [["Description", "Qty", "Unit price USD", "Amount USD"],
                   ["TPU heel counter PA-CRT-05-HC, bulk", "3.000 prs", "2,95", "8.850,00"],
                   ["30% deposit due now", "", "", "2.655,00"]]),
        ("sp",),
        ("p", "Terms: 30% T/T deposit, balance against copy of B/L. Production starts upon receipt of the 30% "
              "deposit; delivery 35 days after deposit. Bank: Banco do Brasil, ag. 0112, SWIFT BRASBRRJPAE."),
        ("p", "Fernanda Becker - Export"),
    ], title="PI-SVS-24-061", author="Solados Vale do Sinos")),
])

# p28: supplier reads PO acceptance in its system as authority to cut the full 2.400 (RG012)
_p28_po = """Rui, bom dia,

ordine BO-24-140 allegato: 36 pairs SMS of the 'Lessinia' cupsole, EU 38-46 (4 per size).
The bulk of 2.400 pairs is not released by this order. It stays on hold until the SMS sign-off by
our technical office and my written production release (Stefano Dal Molin). Compound for the 36
pairs only, please.

Stefano
"""
case("p28_pt_it_po_accepted_schedule", ["RG012"], "Supplier: PO accepted in our system, so full 2.400 pairs scheduled - PO acceptance read as production authority.", [
    ("RE_ordine_BO-24-140.eml", eml_bytes(mail(
        "Rui Ferreira <rui.ferreira@soladosferreira.pt>", "Stefano Dal Molin <s.dalmolin@brentaoutdoor.it>",
        "RE: ordine BO-24-140 cupsole Lessinia", "Wed, 03 Jul 2024 17:20:00 +0100",
        "Caro Stefano,\n\nYour order BO-24-140 was accepted in our system today (order confirmation OC-24-1190 "
        "will follow by post). So we have scheduled the cutting and vulcanisation of the full 2.400 pairs in "
        "week 30, after the 36 SMS pairs, to be sure you have the goods before the August holidays.\n\n"
        "Cumprimentos,\nRui Ferreira\nDirector Comercial | Solados Ferreira & Filhos, Lda. | +351 255 318 400\n\n"
        "De: Stefano Dal Molin\nEnviada: 2 de julho de 2024 12:44\nAssunto: ordine BO-24-140 cupsole Lessinia\n\n"
        + q(_p28_po), in_reply_to="<bo-24-140@brentaoutdoor.it>"))),
])

# p30: forecast to be treated as a binding order (RG008)
case("p30_de_forecast_binding", ["RG008"], "Buyer writes AW25 forecast of 9.600 pairs and asks the supplier to treat it as a firm order.", [
    ("Mail_7720-10_AW25.eml", eml_bytes(mail(
        "Jürgen Hofmann <j.hofmann@laufwerk-schuh.de>", "Phu An Sales <sales@phuansole.vn>",
        "Bedarfsplanung AW25 / forecast AW25 - art. 7720-10", "Mon, 15 Jul 2024 08:40:00 +0200",
        "Dear Ms Thao,\n\nhere is our forecast for the AW25 season for art. 7720-10 'Trail X' PU midsole:\n\n"
        "  Sep 24   2.400 Paar\n  Okt 24   3.200 Paar\n  Nov 24   2.400 Paar\n  Dez 24   1.600 Paar\n"
        "  -----------------\n  total    9.600 Paar\n\nPlease treat these 9.600 pairs as our firm order for AW25 and "
        "reserve the press capacity accordingly. Nothing is released for production by this e-mail: production "
        "is released only by my monthly call-offs.\n\n"
        "Mit freundlichen Grüßen\nJürgen Hofmann\nLeiter Einkauf | Laufwerk Schuhfabrik GmbH | +49 6331 2270-300\n"))),
])

# p31: labelled forecast + supplier confirms it as an order of 20,000 pairs (RG008), two files
case("p31_us_id_forecast_confirmed_order", ["RG008"], "Buyer's forecast is labelled not-an-order; supplier's order confirmation confirms 'your order for 20,000 pairs' per that forecast.", [
    ("SKA_Order_Confirmation_OC-24-0912.pdf", pdf([
        ("h1", "PT SINAR KARET ABADI"),
        ("h", "ORDER CONFIRMATION OC-24-0912"),
        ("p", "Customer: Paloma Athletic, Inc., Boston MA. Date: 06-May-2024. Article: PA-RUN-09 rubber outsole."),
        ("p", "We thank you and confirm your order for 20,000 pairs according to your forecast of 03-May-2024:"),
        ("table", [["Month", "Pairs", "ETD Jakarta"],
                   ["Jul 2024", "4,000", "31-Jul"], ["Aug 2024", "5,000", "30-Aug"],
                   ["Sep 2024", "6,000", "30-Sep"], ["Oct 2024", "5,000", "31-Oct"],
                   ["Total", "20,000", ""]]),
        ("p", "Price USD 4.85/pair FOB Jakarta as per quotation SKA-Q-24-030. Budi Santoso, Marketing Manager."),
    ], title="OC-24-0912", author="PT Sinar Karet Abadi")),
    ("Paloma_rolling_forecast_2024-05-03.txt", """PALOMA ATHLETIC, INC.  -  ROLLING FORECAST                     2024-05-03
Vendor: PT SINAR KARET ABADI (V-3012)       Article: PA-RUN-09 rubber outsole
------------------------------------------------------------------------------
FORECAST ONLY - NOT A PURCHASE ORDER. NO PRODUCTION OR MATERIAL AUTHORITY.
------------------------------------------------------------------------------
Month        Jul-24   Aug-24   Sep-24   Oct-24    Total
Pairs         4,000    5,000    6,000    5,000   20,000
------------------------------------------------------------------------------
Purchase orders and written releases are issued separately by Paloma
Purchasing. Questions: Jenna Ortiz, Senior Buyer, (617) 555-0148
"""),
])

# p32: PO line 20 writes a season forecast as a firm purchase commitment (RG008)
case("p32_us_vn_po_forecast_committed", ["RG008"], "PO: line 10 36 wear-test pairs released; line 20 'FY25 forecast 6,000 prs - firm purchase commitment' (not released for production, but forecast written as commitment).", [
    ("Ridgeline_portal_PO_4500032720.html", html_page("Ridgeline Supplier Portal - PO 4500032720", """
<h2>Ridgeline Footwear Co. &middot; Supplier Portal</h2>
<p>1420 NW Lovejoy St, Portland, OR 97209 &middot; Vendor: <b>Tan Phu Rubber Co., Ltd.</b> (V-3105), Song Than 2 IZ, Di An, Binh Duong, Vietnam</p>
<h3>Purchase order 4500032720 &middot; PO date 07/15/2024 &middot; FOB Ho Chi Minh City, net 60</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty (pairs)</th><th>Status</th></tr>
<tr><td>10</td><td>RL-TR-22</td><td>Rubber trail outsole, wear-test pairs, US 7-12 (6 per size)</td><td>36</td><td>released</td></tr>
<tr><td>20</td><td>RL-TR-22</td><td>FY25 forecast - firm purchase commitment</td><td>6,000</td><td>committed, not released for production</td></tr>
</table>
<p class="note">Line 10 is released. Line 20 is our committed FY25 volume; it is not released for production until the wear-test sign-off and a written release from Dana Whitfield, Sourcing Director. Material: for line 10 only.</p>
<p>Acknowledge this PO with the button below within 3 business days.</p>
<p><button disabled>Acknowledge PO</button></p>
""")),
])

# p33: WhatsApp: forecast 5k, 'take it as firm' (RG008)
case("p33_uk_pt_whatsapp_forecast_firm", ["RG008"], "Chat: buyer gives AW25 forecast of 5k pairs and says 'take it as firm'.", [
    ("WhatsApp Chat with Ana Sousa.txt", """[17/07/2024, 10:04:51] Hannah Cole: Morning Ana! quick one about AW25
[17/07/2024, 10:05:30] Hannah Cole: our forecast for the Ashby sole SF-7731 is 5k prs for AW25, split roughly 40% black 40% brown 20% stone
[17/07/2024, 10:06:12] Hannah Cole: take it as firm, you can plan on it 👍 Oliver will send the paperwork after the summer
[17/07/2024, 10:21:40] Ana Sousa: Bom dia Hannah! Thank you, very useful for our planning
[17/07/2024, 10:22:15] Ana Sousa: factory closed 5-23 August as usual
[17/07/2024, 10:23:02] Hannah Cole: noted, enjoy the break ☀️
"""),
])

# p36: 'release' used for technical, commercial and production meanings (RG009)
case("p36_de_vn_release_three_ways", ["RG009"], "'Release' used for lab sample approval (Musterfreigabe), SAP PO release and production release in one mail; scope otherwise complete.", [
    ("Status_7730-02_Westrich_II.eml", eml_bytes(mail(
        "Svenja Krämer <s.kraemer@laufwerk-schuh.de>", "Le Van Hung <hung.le@viettien-sole.vn>",
        "7730-02 Westrich II - status of releases", "Thu, 18 Jul 2024 16:05:00 +0200",
        "Dear Mr Hung,\n\nshort status on 7730-02 'Westrich II':\n\n1. Sample release: our lab has released the "
        "proto pairs (Musterfreigabe), hardness and abrasion OK.\n2. PO release: PO 4500071702 for the 36 "
        "wear-test pairs was released in SAP today by purchasing, so you will receive it tomorrow. Please make "
        "these 36 pairs now.\n3. Production release: the series of 3.600 pairs is not released and stays on "
        "hold. It will be released only in writing by Jürgen Hofmann, after the wear-test sign-off.\n\n"
        "Material: for the 36 wear-test pairs only.\n\nViele Grüße\nSvenja Krämer\nEntwicklung Sohlen | Laufwerk "
        "Schuhfabrik GmbH | +49 6331 2270-415\n"))),
])


# ---------------------------------------------------------------- batch 5
# p37: 'approved/approval' for CFM (technical), cost sheet (commercial) and bulk (production) (RG009)
case("p37_uk_vn_approved_three_ways", ["RG009"], "'Approved/approval' used for CFM, cost sheet and bulk release in one mail; 30 wear-test pairs now, 2,400 on hold until Oliver's written release after wear test.", [
    ("HF-W25_update.eml", eml_bytes(mail(
        "Oliver Pemberton <o.pemberton@harrowfinch.co.uk>", "Tran Van Minh <minh.tran@tanphurubber.vn>",
        "HF-W25 wedge - CFM, costing and next steps", "Thu, 04 Jul 2024 17:10:00 +0100",
        "Dear Minh,\n\nGood news on HF-W25: the CFM was approved by our technical team on Tuesday, and finance "
        "approved your revised cost sheet (USD 7.15/pair FOB) yesterday.\n\nBulk approval for the 2,400 pairs is "
        "still with me. I will give it in writing once the wear-test pairs have passed our wear test. Until then "
        "please make only the 30 wear-test pairs (UK 6-11, 5 per size) and keep the 2,400 pairs on hold. "
        "Material for the 30 pairs only.\n\nKind regards,\nOliver\n"
        + sig("Oliver Pemberton", "Head of Production Sourcing", "Harrow & Finch Ltd", "+44 1604 550 200"),
        html="<p>Dear Minh,</p><p>Good news on HF-W25: the CFM was approved by our technical team on Tuesday, and "
             "finance approved your revised cost sheet (USD 7.15/pair FOB) yesterday.</p><p><b>Bulk approval</b> for "
             "the 2,400 pairs is still with me. I will give it in writing once the wear-test pairs have passed our "
             "wear test. Until then please make only the <b>30 wear-test pairs</b> (UK 6-11, 5 per size) and keep the "
             "2,400 pairs on hold. Material for the 30 pairs only.</p><p>Kind regards,<br>Oliver</p>"
             "<p style=\"color:#666;font-size:11px\">Oliver Pemberton | Head of Production Sourcing | Harrow &amp; "
             "Finch Ltd | +44 1604 550 200</p>"))),
])

# p38: tech pack 'approval status' table mixes technical, commercial and production approval (RG009)
case("p38_vn_techpack_approval_table", ["RG009"], "Tech pack table uses 'approval' for material (lab), costing (finance) and bulk (production release); SMS 120 now, bulk hold, event and Ms Lan named.", [
    ("SS-RUN-10_techpack_r3.docx", docx_bytes([
        ("h1", "SAIGON STRIDE - TECH PACK SS-RUN-10 'Nha Trang' (outsole)"),
        ("p", "Supplier: Putian Jiahe Sole Co., Ltd. | PO SP24-0275 | Revision 3, 12/07/2024 | Developer: Pham Quoc Bao"),
        ("h", "Quantities"),
        ("p", "Released now: 120 SMS pairs (US W 5-10: 10/20/30/30/20/10). Bulk 6,000 pairs: not released, on hold."),
        ("h", "Approval status"),
        ("table", [
            ["Approval", "Status", "By", "Date"],
            ["Material approval (lab: rubber, colour, abrasion)", "approved", "SS lab", "05/07/2024"],
            ["Costing approval (USD 6.95 FOB)", "approved", "SS finance", "09/07/2024"],
            ["Bulk approval (6,000 pairs)", "NOT approved - needs CFM sign-off, then written release from Nguyen Thi Lan, Sourcing Manager", "-", "-"],
        ]),
        ("h", "Material"),
        ("p", "Compound for the 120 SMS pairs only until the bulk is released in writing."),
    ], author="Pham Quoc Bao")),
])

# p39: supplier uses 'approved/approval' for PO acceptance, SMS sign-off and bulk release (RG009)
_p39_po = """Kevin,

ordine BO-24-152 allegato: 48 pairs SMS of the TPU heel counter BO-HC-11 (EU 38-45, 6 per size).
The bulk of 3.000 pairs is NOT released. It stays on hold until the SMS sign-off by Luca Bordignon
(technical office) and then my written production release (Stefano Dal Molin). TPU for 48 pairs only.

Stefano
"""
case("p39_cn_it_supplier_approvals", ["RG009"], "Supplier mail: PO 'approved by our boss', SMS 'approved' by buyer's team, waiting 'your approval for bulk' - one word, three meanings.", [
    ("RE_BO-24-152_heel_counter.eml", eml_bytes(mail(
        "Kevin Liu <kevin.liu@yuecheng-mould.cn>", "Stefano Dal Molin <s.dalmolin@brentaoutdoor.it>",
        "RE: ordine BO-24-152 heel counter BO-HC-11", "Wed, 17 Jul 2024 10:02:00 +0800",
        "Dear Stefano,\n\nGood news: your PO BO-24-152 was approved by our boss yesterday, and Luca approved the "
        "SMS on Monday (his mail with the photos). So now we only wait your approval for the bulk 3.000 pairs. "
        "Please send it soon so we can book machine #7 for August.\n\nBest regards,\nKevin Liu\nSales Manager | "
        "Dongguan Yuecheng Moulding Co., Ltd. | +86 769 8558 3120\n\n"
        "-----Original-----\nFrom: Stefano Dal Molin\nSent: 1 Jul 2024 09:31\nSubject: ordine BO-24-152 heel counter BO-HC-11\n\n"
        + q(_p39_po), in_reply_to="<bo-24-152@brentaoutdoor.it>"))),
])

# p40: WhatsApp 'Approved!' with no scope + 'price approved' (RG002, RG009)
case("p40_it_br_whatsapp_approved", ["RG002", "RG009"], "Chat: after SMS photos and 'can we go?', buyer answers 'Approved!' with no scope, then 'price approved by our CFO' - unscoped approval and mixed approval terms.", [
    ("WhatsApp Chat - Rodrigo Schmitt SVS.txt", """[01/07/2024, 09:12:03] Stefano Dal Molin: Rodrigo buongiorno, PO BO-24-160 sent for the 'Grappa II' outsole
[01/07/2024, 09:13:10] Stefano Dal Molin: 36 SMS pairs, EU 40-45, 6 per size
[01/07/2024, 09:14:41] Stefano Dal Molin: bulk 2.400 pairs is NOT released. On hold until SMS sign-off by our tech office + my written release (Stefano Dal Molin). Compound only for 36 prs
[01/07/2024, 09:30:22] Rodrigo Schmitt: ok Stefano, entendido 👍
[15/07/2024, 18:02:47] Rodrigo Schmitt: <Media omitted>
[15/07/2024, 18:02:48] Rodrigo Schmitt: <Media omitted>
[15/07/2024, 18:03:30] Rodrigo Schmitt: SMS finished, all 36. Stefano, can we go?
[15/07/2024, 21:40:12] Stefano Dal Molin: Approved! 👍👍
[15/07/2024, 21:41:05] Stefano Dal Molin: also the price is approved by our CFO yesterday, 5,95 ok
[15/07/2024, 21:45:33] Rodrigo Schmitt: 🎉 obrigado!!
"""),
])

# p41: 'please make the wear-test pairs' with no number; release by 'our' side only (RG005, RG010)
case("p41_it_cn_no_qty_no_person", ["RG005", "RG010"], "Buyer asks for 'the wear-test pairs' with no quantity; bulk hold and unlock event stated, but release only 'ours' - no named person.", [
    ("Wear_test_ARD-W240.eml", eml_bytes(mail(
        "Giulia Ferri <g.ferri@ardenza.it>", "Lily Chen <lily.chen@hengsheng-sole.com>",
        "ARD-W240 'Civetta' - wear test", "Mon, 22 Jul 2024 11:30:00 +0200",
        "Ciao Lily,\n\nthe fit session went well. Please make the wear-test pairs for our testers now; Matteo "
        "will send you the size list in the next days.\n\nThe bulk of 4.800 paia is not released and remains on "
        "hold until the wear-test sign-off and our written production release. Compound only for the wear-test "
        "pairs, please.\n\nGrazie e buona giornata,\nGiulia\n\nCalzaturificio Ardenza S.r.l. - Via Schiavonesca "
        "Priula 41, 31044 Montebelluna (TV) - www.ardenza.it\n"))),
])

# p42: WeChat 'go ahead with the SMS pairs' (scoped, but no number), hold 'until further notice' (RG004, RG010)
case("p42_uk_cn_wechat_until_notice", ["RG004", "RG010"], "WeChat: go ahead with 'the SMS pairs' (no number); bulk on hold 'until further notice', only Oliver can release - no unlock event.", [
    ("WeChat_Kevin_Liu_Yuecheng.txt", """WeChat chat history with "Kevin Liu 刘 (Yuecheng)"
Exported 2024-07-26 15:20

Oliver Pemberton  2024-07-08 08:41
Morning Kevin. TPU counters HF-HC-09 for the Rothwell boot

Oliver Pemberton  2024-07-08 08:42
pls go ahead with the SMS pairs for our sales meeting, sizes as per Hannah's sheet

Oliver Pemberton  2024-07-08 08:44
bulk 2,400 prs stays on hold until further notice. Only I can release it (Oliver Pemberton)

Kevin Liu 刘 (Yuecheng)  2024-07-08 09:02
ok Oliver, SMS first. Hannah's sheet we wait

Kevin Liu 刘 (Yuecheng)  2024-07-08 09:03
mould for size UK 11 need 5 more days

Oliver Pemberton  2024-07-08 09:10
fine

Kevin Liu 刘 (Yuecheng)  2024-07-19 17:26
[Photo]

Kevin Liu 刘 (Yuecheng)  2024-07-19 17:26
first shots size 8, wall 1.6 mm ok
"""),
])

# p43: proto order with quantity TBC and no hold, event or person (RG003, RG004, RG005, RG010)
case("p43_vn_erp_proto_tbc", ["RG003", "RG004", "RG005", "RG010"], "ERP proto order: qty TBC, bulk programme referenced, nothing says the bulk is not released, no unlock event, no release person.", [
    ("SS_PROTO_PR24-0088.txt", """SAIGON STRIDE JOINT STOCK COMPANY                        PROTO / SAMPLE ORDER
Lot 14, Tan Thuan EPZ, District 7, Ho Chi Minh City     Print: 2024-07-10 14:02
================================================================================
ORDER NO.  : PR24-0088                  DATE    : 2024-07-10   REV: 0
SUPPLIER   : V0512 TAN PHU RUBBER CO., LTD. - DI AN, BINH DUONG
PROGRAM    : SS26 'DA LAT' RUNNING - BULK PER QUOTE TP-Q-25-004
BUYER      : PHAM QUOC BAO (DEVELOPMENT)
================================================================================
LN  ITEM CODE       DESCRIPTION                     QTY   UOM   UNIT PR  AMOUNT
--  --------------  ------------------------------  ----  ---   -------  ------
1   SS-DL-01-OS     RUBBER OUTSOLE PROTO PAIRS       TBC   PR      FOC      -
                    SIZES PER DEVELOPER
2   SS-DL-01-TL     OUTSOLE TOOLING (3D PRINT)         1   SET   180.00  180.00
================================================================================
REMARKS: PROTO PAIRS FOR FIT AND FLEX TEST. COLOUR 'SUNRISE' PANTONE 16-1358.
         HARDNESS SHORE A 60 +/- 3. SHIP TO DEV CENTER D7.
================================================================================
"""),
])

# p44: buyer portal sample order record without a quantity (RG010)
case("p44_us_portal_qty_tba", ["RG010"], "Buyer portal record: fit-sample order with quantity 'to be advised'; bulk 3,000 not released until fit sign-off and Jenna Ortiz's written release.", [
    ("Paloma_supplier_portal_SO-2291.html", html_page("Paloma Athletic Supplier Portal - Sample order SO-2291", """
<h2>Paloma Athletic &middot; Supplier Portal</h2>
<p>Vendor: <b>Phu An Sole Co., Ltd.</b> (V-3390) &middot; signed in as thao.nguyen@phuansole.vn</p>
<h3>Sample order SO-2291 &mdash; PA-TRL-06 PU midsole</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order type</td><td>Fit samples</td></tr>
<tr><td>Quantity to produce now</td><td>to be advised by Paloma development</td></tr>
<tr><td>Sizes</td><td>see development sheet (pending)</td></tr>
<tr><td>Bulk (quote PA-Q-0711)</td><td>3,000 pairs &mdash; not released, on hold</td></tr>
<tr><td>Unlock</td><td>fit sign-off, then written release</td></tr>
<tr><td>Bulk release authority</td><td>Jenna Ortiz, Senior Buyer</td></tr>
<tr><td>Material</td><td>fit-sample quantity only</td></tr>
<tr><td>Ship by</td><td>08/09/2024, courier to Boston</td></tr>
</table>
<p class="note">Questions: jortiz@palomaathletic.com</p>
""")),
])

# p45: 'go ahead with the first batch' - no scope, no number (RG002, RG010)
case("p45_us_vn_first_batch", ["RG002", "RG010"], "Buyer: 'go ahead with the first batch' - no quantity and not sample-scoped; rest of 4,800 on hold until Jenna's written release after wear-test sign-off.", [
    ("RE_PA-RUN-11_start.eml", eml_bytes(mail(
        "Jenna Ortiz <jortiz@palomaathletic.com>", "Nguyen Thi Thao <thao.nguyen@phuansole.vn>",
        "RE: PA-RUN-11 midsole - start?", "Tue, 16 Jul 2024 08:55:00 -0400",
        "Hi Thao,\n\nThanks for the quick turnaround on the moulds. Go ahead with the first batch, and keep the rest "
        "of the 4,800 on hold until my written release after the wear-test sign-off.\n\nBest,\nJenna\n"
        + sig("Jenna Ortiz", "Senior Buyer, Footwear Components", "Paloma Athletic, Inc.", "+1 617 555 0148")
        + "\nOn Tue, Jul 16, 2024 at 5:20 AM Nguyen Thi Thao <thao.nguyen@phuansole.vn> wrote:\n"
        + q("Dear Jenna,\n\nAll 7 moulds of PA-RUN-11 are finished and T1 shots look good. When can we start?\n\nThao\n"),
        in_reply_to="<pa-run-11-start@phuansole.vn>"))),
])


# p46: PO for 24 SMS pairs + separate quote with 6.000 bulk, nothing about the bulk (RG001, RG003, RG004, RG005)
case("p46_de_pt_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"], "Two files: PO releases 24 SMS pairs 'prices per attached quote'; quote shows 6.000-pair bulk; nothing says bulk is not released, no event, no person.", [
    ("Bestellung_4500071744.pdf", pdf([
        ("h1", "Laufwerk Schuhfabrik GmbH"),
        ("h", "BESTELLUNG / PURCHASE ORDER 4500071744 vom 23.07.2024"),
        ("p", "Lieferant: Solados Ferreira & Filhos, Lda., Felgueiras, Portugal. Ansprechpartner: Ana Sousa."),
        ("table", [
            ["Pos.", "Material", "Bezeichnung", "Menge", "Preis EUR"],
            ["010", "3650-01", "Gummi-Laufsohle 'Donnersberg', SMS, EU 39-46 (3 Paar je Größe)", "24 Paar", "15,20"],
        ]),
        ("sp",),
        ("p", "Preise gemäß Ihrem Angebot ORC 2024-0530 (anbei). Prices per your quotation ORC 2024-0530 (attached)."),
        ("p", "Lieferung: DDP Pirmasens bis 30.08.2024. Zahlung: 60 Tage netto. Es gelten unsere Allgemeinen "
              "Einkaufsbedingungen. Zeichnung LW-3650 Rev. 04."),
        ("p", "Einkauf: Jürgen Hofmann"),
    ], title="Bestellung 4500071744", author="Laufwerk")),
    ("ORC_2024-0530_Laufwerk.pdf", pdf([
        ("h1", "Solados Ferreira & Filhos, Lda."),
        ("h", "ORÇAMENTO / QUOTATION ORC 2024-0530"),
        ("p", "Cliente: Laufwerk Schuhfabrik GmbH, Pirmasens. Artigo: 3650-01 'Donnersberg' rubber outsole. 09.07.2024."),
        ("table", [
            ["Item", "Qty", "Unit price", "Lead time"],
            ["SMS pairs EU 39-46", "24 prs", "15,20 €", "4 weeks"],
            ["Bulk, curve per customer", "6.000 prs", "7,10 €", "6 weeks"],
            ["Moulds (8 sizes)", "8", "1.290,00 €", "5 weeks"],
        ]),
        ("p", "Valid 60 days. Ana Sousa, Departamento Comercial."),
    ], title="ORC 2024-0530", author="Solados Ferreira")),
])

# p47: mail with PO (12 fit pairs) and quote (6,000 bulk) attached, no scope (RG001, RG003, RG004, RG005)
case("p47_us_cn_mail_po_quote", ["RG001", "RG003", "RG004", "RG005"], "Mail with fit-sample PO (12 pairs) and supplier quote (6,000 bulk) attached; no hold, no unlock event, no release person.", [
    ("PO_4500032811_RL-TR-30.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@ridgelinefootwear.com>", "Lily Chen <lily.chen@hengsheng-sole.com>",
        "PO 4500032811 - RL-TR-30 fit samples", "Wed, 24 Jul 2024 14:40:00 -0700",
        "Hi Lily,\n\nPO 4500032811 for the RL-TR-30 fit samples is attached, 12 pairs, together with your quote "
        "Q-HS-24-301 so our numbers match. Ship to Portland by Aug 23 please.\n\nThanks!\nDana\n"
        + sig("Dana Whitfield", "Sourcing Director", "Ridgeline Footwear Co., Portland OR", "+1 503 555 0172"),
        attachments=[
            ("PO_4500032811.pdf", pdf([
                ("h1", "RIDGELINE FOOTWEAR CO. - PURCHASE ORDER 4500032811"),
                ("p", "Vendor: Jinjiang Hengsheng Sole Co., Ltd. Date: 07/24/2024. Terms: FOB Xiamen, net 60."),
                ("table", [["Line", "Item", "Description", "Qty", "Unit price"],
                           ["10", "RL-TR-30", "Rubber trail outsole, fit samples, US 8/9/10 (4 each)", "12 prs", "USD 18.00"]]),
            ], pagesize=LETTER, title="PO 4500032811", author="Ridgeline"), PDF_MT),
            ("Q-HS-24-301.pdf", pdf([
                ("h1", "JINJIANG HENGSHENG SOLE CO., LTD. - QUOTATION Q-HS-24-301"),
                ("p", "Customer: Ridgeline Footwear Co. Article: RL-TR-30. Date: 07/12/2024."),
                ("table", [["Qty", "USD/pair FOB Xiamen", "Lead time"],
                           ["Fit samples 12 prs", "18.00", "20 days"],
                           ["Bulk 6,000 prs", "5.60", "45 days"]]),
                ("p", "Moulds 13 sizes x USD 1,250. Lily Chen."),
            ], title="Q-HS-24-301", author="Hengsheng"), PDF_MT),
        ]))),
])

# p48: tech pack lists sample qty and quoted bulk qty side by side, no scope (RG001, RG003, RG004, RG005)
case("p48_de_id_techpack_bulk_qty", ["RG001", "RG003", "RG004", "RG005"], "Tech pack asks for 13-pair size run and lists 'bulk qty 3.600' beside it with nothing saying it is not released; no event, no person.", [
    ("Lastenheft_3660-01_v2.docx", docx_bytes([
        ("h1", "Laufwerk - Lastenheft / Tech Pack 3660-01 'Falkenstein'"),
        ("p", "Supplier: PT Sinar Karet Abadi, Tangerang | PO 4500071760 | Version 2, 25.07.2024 | Entwicklung: Svenja Krämer"),
        ("table", [
            ["Item", "Value"],
            ["Component", "Rubber cupsole, 2-colour (black / gum)"],
            ["Hardness", "Shore A 62 ± 3"],
            ["Slip", "EN ISO 13287 SRC"],
            ["Sample qty", "13 Paar size run (EU 36-48, 1 pair per size)"],
            ["Bulk qty (quote SKA-Q-24-090)", "3.600 Paar"],
            ["Delivery size run", "KW 35, DHL to Pirmasens"],
        ]),
        ("sp",),
        ("p", "Please produce the size run (13 Paar) under PO 4500071760 and send the moulding report with it."),
    ], author="Svenja Krämer")),
])

# p49: WhatsApp: PO for 36 wear-test pairs, bulk price for 6,000 'ok', nothing else (RG001, RG003, RG004, RG005)
case("p49_vn_cn_whatsapp_price_ok", ["RG001", "RG003", "RG004", "RG005"], "Chat: buyer sends PO for 36 wear-test pairs and accepts the price for 6,000 bulk pairs; nothing says bulk is not released, no event, no person.", [
    ("WhatsApp Chat - Lily Chen Hengsheng.txt", """[18/07/2024, 15:02:10] Nguyen Thi Lan: Hi Lily, PO SP24-0290 sent for SS-RUN-12 'Quy Nhon', 36 prs wear test
[18/07/2024, 15:02:55] Nguyen Thi Lan: price 6.40 for bulk 6,000 prs is ok for us
[18/07/2024, 15:03:20] Nguyen Thi Lan: colour 'ocean' same as lab dip 2
[18/07/2024, 15:20:44] Lily Chen: Thank you Ms Lan!! 🙏
[18/07/2024, 15:21:30] Lily Chen: wear test 36 prs ship 8 Aug ok?
[18/07/2024, 15:40:02] Nguyen Thi Lan: ok 8 Aug
"""),
])

# p50: ERP PO: 24 proto pairs, header text calls a forecast 3.600 'binding' (RG001, RG003, RG004, RG005, RG008)
case("p50_de_pt_erp_binding_forecast", ["RG001", "RG003", "RG004", "RG005", "RG008"], "ERP PO releases 24 proto pairs; header calls the 3.600-pair forecast a binding annual quantity; no hold, event or person.", [
    ("LW_BEST_4500071771.txt", """LAUFWERK SCHUHFABRIK GMBH                               BESTELLUNG / PURCHASE ORDER
Zweibruecker Str. 61, 66953 Pirmasens                  Nr. 4500071771  vom 29.07.2024
-------------------------------------------------------------------------------------
Lieferant: 400611  SOLADOS FERREIRA & FILHOS LDA, FELGUEIRAS, PT
Einkaeufer: J. HOFMANN          Waehrung: EUR          Zahlung: 60 Tage netto
-------------------------------------------------------------------------------------
Kopftext / header text:
Jahresbedarf 2025 lt. Forecast: 3.600 Paar - verbindlich.
Binding annual quantity 2025 as per forecast: 3.600 pairs.
-------------------------------------------------------------------------------------
Pos  Material    Bezeichnung                              Menge   ME    Preis EUR
010  3670-01     Gummi-Laufsohle "Kalmit" Proto               24   PAAR     18,00
                 EU 40-45, 4 Paar je Groesse
-------------------------------------------------------------------------------------
Lieferung: DDP Pirmasens bis 06.09.2024
Zeichnung LW-3670 Rev. 02; Pruefung nach DIN EN ISO 20344:2022
"""),
])

# p56: 'you're good to run' after wear-test results, no quantity or scope (RG002)
_p56_po = """Minh,

PO 4500032840 for the RL-TR-35 outsole is attached: 36 wear-test pairs (US 7-12, 6 per size). The
4,800 pairs bulk is not released and stays on hold until the wear-test sign-off and a written
release from me, Dana Whitfield. Compound for the 36 pairs only.

Dana
"""
_p56_sup = ("Dear Dana,\n\nWear-test report from your lab attached: all 36 pairs pass, abrasion 88 mm3, no "
            "separation after 300 km. Please let us know.\n\nBest regards,\nMinh\n\n"
            "From: Dana Whitfield\nSent: Monday, June 3, 2024 9:40 AM\nSubject: PO 4500032840 RL-TR-35\n\n" + q(_p56_po))
case("p56_us_vn_good_to_run", ["RG002"], "Release authority answers wear-test results with 'you're good to run' - no quantity, not sample-scoped; quoted PO scope complete.", [
    ("RE_RE_PO_4500032840_RL-TR-35.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@ridgelinefootwear.com>", "Tran Van Minh <minh.tran@tanphurubber.vn>",
        "RE: RE: PO 4500032840 RL-TR-35 - wear test results", "Fri, 26 Jul 2024 16:32:00 -0700",
        "Nice work, Minh - you're good to run. Talk next week about the container booking.\n\nDana\n\n"
        "Sent from my iPhone\n\n"
        "On Jul 26, 2024, at 2:05 AM, Tran Van Minh <minh.tran@tanphurubber.vn> wrote:\n" + q(_p56_sup),
        in_reply_to="<rl-tr-35-wt@tanphurubber.vn>"))),
])

# p57: WhatsApp 'ok approved' after CFM photos (RG002)
case("p57_uk_pt_whatsapp_ok_approved", ["RG002"], "Chat: developer answers CFM photos with 'ok approved' - no scope or quantity; earlier scope (24 CFM, 2,400 hold, Oliver's written release after CFM sign-off) complete.", [
    ("WhatsApp Chat with Ana Sousa SF.txt", """[08/07/2024, 09:15:40] Hannah Cole: Hi Ana, PO HF-7790 for the SF-7795 'Kettering' sole went out this morning
[08/07/2024, 09:16:22] Hannah Cole: 24 CFM pairs, UK 6-11 (4 per size). Bulk 2,400 prs not released - on hold until CFM sign-off and then Oliver Pemberton's written release. Rubber only for the 24 prs pls
[08/07/2024, 09:40:05] Ana Sousa: Bom dia Hannah, all clear 👍
[24/07/2024, 16:02:31] Ana Sousa: <Media omitted>
[24/07/2024, 16:02:32] Ana Sousa: <Media omitted>
[24/07/2024, 16:02:33] Ana Sousa: <Media omitted>
[24/07/2024, 16:03:10] Ana Sousa: CFM pairs finished, stone colour as the lab dip. All good for you?
[24/07/2024, 17:45:58] Hannah Cole: ok approved 👍 lovely work
[24/07/2024, 17:46:20] Ana Sousa: obrigada!! 😊
"""),
])

# p59: 'green light from Marostica' after SMS photos (RG002)
_p59_po = """Kevin,

ordine BO-24-171 allegato: 48 SMS pairs of the TPU heel counter BO-HC-14, EU 38-45 (6 per size).
Bulk 3.000 pairs NOT released: on hold until the SMS sign-off by Luca Bordignon and my written
production release (Stefano Dal Molin). TPU for the 48 pairs only.

Stefano
"""
_p59_sup = ("Dear Stefano,\n\nSMS 48 pairs BO-HC-14 finished, photos attached, wall thickness 1,8 mm all sizes. "
            "Waiting your feedback.\n\nKevin\n\n-----Original-----\nFrom: Stefano Dal Molin\nSent: 3 Jul 2024\n"
            "Subject: ordine BO-24-171\n\n" + q(_p59_po))
case("p59_it_cn_green_light", ["RG002"], "Buyer answers SMS photos with 'green light from Marostica' - unscoped; quoted PO scope complete.", [
    ("Re_ordine_BO-24-171_SMS.eml", eml_bytes(mail(
        "Stefano Dal Molin <s.dalmolin@brentaoutdoor.it>", "Kevin Liu <kevin.liu@yuecheng-mould.cn>",
        "Re: ordine BO-24-171 - SMS photos", "Thu, 25 Jul 2024 19:12:00 +0200",
        "Ciao Kevin,\n\nbellissime, tutto ok. Green light from Marostica! 🙂\n\nStefano\n\nStefano Dal Molin - "
        "Sourcing Manager\nBrenta Outdoor S.p.A. - Via Vicenza 12, 36063 Marostica (VI)\n\n"
        "Il giorno 25 lug 2024, alle ore 04:11, Kevin Liu <kevin.liu@yuecheng-mould.cn> ha scritto:\n" + q(_p59_sup),
        in_reply_to="<bo-24-171-sms@yuecheng-mould.cn>"))),
])


# ======================================================================= MAIN
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(162162).shuffle(order)
    labels = {}
    for idx, ci in enumerate(order, 1):
        c = CASES[ci]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h162_{idx:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            (d / fn).write_bytes(enc(data))
        for r in c["expect"]:
            assert re.fullmatch(r"RG0(0[1-9]|1[0-2])", r), r
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary
    from collections import Counter
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(per_rule):
        print(f"  {r}: {per_rule[r]}")


if __name__ == "__main__":
    build()
