#!/usr/bin/env python3
"""Generator for the releasegate check_holdout216 corpus.

Industrial kitchen ventilation (hood canopies, grease filters, fan housings, duct access doors,
fire-damper frames, make-up air plenums). Buyers: an Irish catering contractor, a UAE hotel
group, a Japanese restaurant chain, a Brazilian airport concessionaire. Suppliers in Portugal,
Turkey, China (Jiangmen), Poland and Egypt. All names are fictional.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout216/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode, fixed DOCX
zip timestamps, seeded shuffle).
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
def _latin1_only(s):
    # the standard PDF fonts only carry WinAnsi glyphs; keep PDF text inside that set
    try:
        str(s).encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ValueError(f"non-WinAnsi character in PDF text: {s!r}") from exc


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    for b in blocks:
        kind = b[0]
        if kind in ("h", "h1", "p", "pre"):
            _latin1_only(b[1])
        elif kind == "table":
            for r in b[1]:
                for c in r:
                    _latin1_only(c)
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
    m["Message-ID"] = msgid or f"<h216-{_MSGN[0]:04d}@{dom}>"
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
        # only real multipart containers get a boundary (walk() also enters message/rfc822)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h216")
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


def sig_plain(*lines):
    """a signature without the standard disclaimer (chat-style or small-company mail)"""
    return "\n-- \n" + "\n".join(lines) + "\n"


def quote(text):
    """quote a message body the way mail clients do ('> ' per line; '>' on empty lines)"""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# people and addresses used throughout (all fictional)
GCS = "Glenmore Catering Services Ltd"
SIOBHAN = "Siobhán Kearney <siobhan.kearney@glenmorecatering.ie>"
DECLAN = "Declan Murphy <declan.murphy@glenmorecatering.ie>"
AOIFE = "Aoife Brennan <aoife.brennan@glenmorecatering.ie>"
ANH = "Al Noor Hospitality Group"
FAISAL = "Faisal Al Marri <faisal.almarri@alnoorhospitality.ae>"
PRIYA = "Priya Nair <priya.nair@alnoorhospitality.ae>"
OMAR = "Omar Khalil <omar.khalil@alnoorhospitality.ae>"
HMD = "Hanamaru Dining Co., Ltd."
TANAKA = "Kenji Tanaka <k-tanaka@hanamaru-dining.co.jp>"
SATO = "Hiroshi Sato <h-sato@hanamaru-dining.co.jp>"
AER = "Aerovia Gastronomia Concessões S.A."
MARIANA = "Mariana Souza <mariana.souza@aerovia.com.br>"
LUCIANA = "Luciana Ferreira <luciana.ferreira@aerovia.com.br>"
MV = "Metalúrgica Vouga, Lda."
RUI = "Rui Almeida <rui.almeida@metvouga.pt>"
SOFIA = "Sofia Pinto <sofia.pinto@metvouga.pt>"
KAYA = "Kaya Havalandırma San. ve Tic. A.Ş."
EMRE = "Emre Yılmaz <emre.yilmaz@kayahavalandirma.com.tr>"
HX = "Jiangmen Hengxin Stainless Kitchenware Co., Ltd."
LILY = "Lily Chen <lily.chen@hengxin-kitchen.cn>"
KEVIN = "Kevin Liang <kevin.liang@hengxin-kitchen.cn>"
WT = "Wentech Sp. z o.o."
TOMASZ = "Tomasz Nowak <t.nowak@wentech.pl>"
AGNIESZKA = "Agnieszka Wiśniewska <a.wisniewska@wentech.pl>"
NILE = "Nile Airtech Industries S.A.E."
AHMED = "Ahmed Farouk <ahmed.farouk@nileairtech.com.eg>"


# =================================================================== CLEAN
# c01: supplier quote with pilot and series tiers, on its own: no authorized quantity (conv. 4)
case("c01_vouga_quote_tiers", [],
     "supplier quote alone, pilot and series tiers; no authorization in the bundle",
     [("MV_proposta_2024-0117.pdf", pdf([
         ("h1", "METALURGICA VOUGA, LDA."),
         ("p", "Zona Industrial de Agueda, Lote 14 - 3750-101 Agueda - Portugal. NIF PT 507 118 240. "
               "Certified ISO 9001:2015. Tel. +351 234 600 118"),
         ("h", "PROPOSTA / QUOTATION No. MV-2024-0117"),
         ("table", [
             ["Client", "Glenmore Catering Services Ltd, Unit 7 Ballycoolin Business Park, Dublin 15, Ireland"],
             ["Attention", "Ms. Siobhan Kearney, Procurement"],
             ["Your reference", "RFQ GCS-RFQ-0319 - wall canopies, Leinster sites"],
             ["Date / validity", "11/03/2024 - 60 days"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Description", "Qty", "Unit price", "Total"],
             ["1", "Wall canopy HC-2400-304, 2400 x 1100 x 550 mm, AISI 304 1,2 mm, "
                   "DRG 2400-12 Rev 3, with 4 baffle filters - pilot units", "2", "EUR 2.140,00", "EUR 4.280,00"],
             ["2", "Wall canopy HC-2400-304, same spec - series", "60", "EUR 1.685,00", "EUR 101.100,00"],
             ["3", "Spare baffle filter GF-495-495-50, EN 16282-6, AISI 430", "24", "EUR 22,40", "EUR 537,60"],
         ]),
         ("sp",),
         ("p", "Lead time: pilot units 4 weeks after your order. Series: 6 to 8 weeks after your written "
               "production release; we do not buy sheet for the series before that."),
         ("p", "Quantity in position 2 is the quantity of your RFQ and is indicative only. An order for "
               "position 1 does not commit either side to position 2."),
         ("p", "Incoterms 2020 EXW Agueda, packing in wooden crates included. Payment 30 days end of month. "
               "Grease drip tray with 1 1/4\" drain, M8x1.25 hanging studs, 4 x hanging points per canopy."),
         ("sp",),
         ("p", "Com os melhores cumprimentos / Best regards,"),
         ("p", "Rui Almeida - Departamento Comercial - rui.almeida@metvouga.pt"),
     ], title="Proposta MV-2024-0117", author="Metalurgica Vouga"))])


# c02: buyer RFQ with three quantity scenarios (multipart/alternative); an enquiry, not an order
_c02_text = """Dear Emre,

Greetings from Al Noor.

Kindly quote your best price for centrifugal fan housings FH-560 (560 mm impeller, 2 mm DKP,
powder coated RAL 7035, access panel with M10 captive bolts) as per our spec AN-MEP-FH-07 rev 2,
in the below three scenarios:

  A) 2 nos samples only
  B) 2 nos samples + 24 nos (Jumeirah and Marina properties)
  C) 2 nos samples + 64 nos (full roll-out, 9 properties)

Please note this is an enquiry only and not an order. No PO will be issued until we have compared
the offers, and nothing should be made or bought against this RFQ.

Please mention in your offer:
- lead time for samples and for series
- payment terms
- DCD (Dubai Civil Defence) approval documents for the housing and the access panel
- whether the steel price is fixed for 90 days

Kindly revert by Thursday 14 March inshallah. Any clarification please call me.

Thanks & Regards,
Priya Nair
Purchasing Officer - Projects Procurement
Al Noor Hospitality Group, Al Barsha, Dubai, UAE
T +971 4 555 0142
"""
_c02_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Dear Emre,</p><p>Greetings from Al Noor.</p>
<p>Kindly quote your best price for centrifugal fan housings <b>FH-560</b> (560 mm impeller, 2 mm DKP,
powder coated RAL 7035, access panel with M10 captive bolts) as per our spec AN-MEP-FH-07 rev 2,
in the below three scenarios:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Scenario</th><th>Samples</th><th>Series</th><th>Remark</th></tr>
<tr><td>A</td><td>2 nos</td><td>-</td><td>samples only</td></tr>
<tr><td>B</td><td>2 nos</td><td>24 nos</td><td>Jumeirah and Marina</td></tr>
<tr><td>C</td><td>2 nos</td><td>64 nos</td><td>full roll-out, 9 properties</td></tr>
</table>
<p>Please note this is an <b>enquiry only and not an order</b>. No PO will be issued until we have
compared the offers, and nothing should be made or bought against this RFQ.</p>
<p>Please mention in your offer: lead time for samples and for series; payment terms; DCD (Dubai
Civil Defence) approval documents for the housing and the access panel; whether the steel price is
fixed for 90 days.</p>
<p>Kindly revert by Thursday 14 March inshallah. Any clarification please call me.</p>
<p>Thanks &amp; Regards,<br>Priya Nair<br>Purchasing Officer - Projects Procurement<br>
Al Noor Hospitality Group, Al Barsha, Dubai, UAE<br>T +971 4 555 0142</p>
</body></html>
"""
case("c02_alnoor_rfq_three_scenarios", [],
     "buyer RFQ with three quantity scenarios, says enquiry only; nothing authorized",
     [("RFQ_AN-RFQ-24-061.eml", eml_bytes(mail(
         PRIYA, EMRE, "RFQ AN-RFQ-24-061 - Fan housings FH-560 - Jumeirah / Marina / roll-out",
         "Mon, 04 Mar 2024 10:22:00 +0400", _c02_text, html=_c02_html,
         cc="Rashid Hamdan <rashid.hamdan@alnoorhospitality.ae>")))])


# c03: WeChat - supplier asks for the go-ahead for the balance, buyer says no; full scope above
case("c03_wechat_hengxin_goahead_question", [],
     "supplier question for go-ahead on the 57 answered 'not yet'; buyer scope names qty, hold, event, person",
     [("WeChat_Lily_Chen_2024-04.txt", """WeChat 聊天记录 / Chat history
与 Lily Chen (恒信不锈钢 Hengxin) 的聊天
Exported: 2024-04-22 18:05 by 田中 健二 Kenji Tanaka

————— 2024-03-28 —————
10:12 Kenji Tanaka (Hanamaru):
Lily-san, good morning. PO HD-2024-0188 is sent to your mail. Scope please check:
3 pcs sample make-up air plenum MUA-1800 (DRG MUA-1800 Rev.2) only.
57 pcs balance is NOT released. Release of the balance only after Morimoto-san sample sign-off and then written release from Sato-san (GM Store Development).
Material: for 3 samples only please.

10:40 Lily Chen:
收到 received Tanaka-san 🙏 we make 3 pcs sample first, material only for 3 pcs. thank you

————— 2024-04-19 —————
16:02 Lily Chen:
Tanaka-san, samples 3 pcs finished and shipped by DHL yesterday, AWB 5520 1188 04
Boss ask me, can we get go-ahead for the 57 pcs now? Our line is free in May 😊

16:30 Kenji Tanaka (Hanamaru):
Thank you for quick shipping. Sorry, not yet. Still only the 3 samples.
The 57 pcs stay on hold until Morimoto-san signs off the samples and Sato-san sends written release. Maybe middle of May I think.
Please do not buy material for 57 yet.

16:33 Lily Chen:
ok understand, we wait your release 👌

16:34 Lily Chen:
[Sticker]
"""),
      ])


# c04: buyer portal forecast page, clearly labelled as forecast, not an order
_c04_body = """<div style="background:#003b5c;color:#fff;padding:8px"><b>AEROVIA</b> &middot; Portal de Fornecedores / Supplier Portal</div>
<p>Fornecedor / Supplier: <b>Metalúrgica Vouga, Lda.</b> (cód. 200731) &nbsp;|&nbsp; Usuário: rui.almeida</p>
<h2>Previsão de demanda / Demand forecast 2024-2025</h2>
<div class="note"><b>PREVISÃO – NÃO É PEDIDO / FORECAST – NOT A PURCHASE ORDER.</b><br>
Valores indicativos para planejamento de capacidade. Esta previsão não autoriza produção nem compra
de material. / Indicative figures for capacity planning only. This forecast authorizes neither
production nor material purchase. Firm quantities come only with an SAP purchase order <i>and</i> a
written production release signed by Luciana Ferreira (Gerente de Suprimentos).</div>
<table>
<tr><th>Material</th><th>Descrição</th><th>Q3 2024</th><th>Q4 2024</th><th>S1 2025</th><th>Base</th></tr>
<tr><td>HC-3000-GRU</td><td>Coifa de parede 3000 mm inox 304</td><td>24</td><td>36</td><td>60</td><td>forecast</td></tr>
<tr><td>GF-495-495-50</td><td>Filtro baffle EN 16282-6</td><td>96</td><td>144</td><td>240</td><td>forecast</td></tr>
<tr><td>DAD-400-300</td><td>Porta de inspeção de duto</td><td>12</td><td>12</td><td>30</td><td>forecast</td></tr>
</table>
<p>Dúvidas / questions: mariana.souza@aerovia.com.br (Compras)</p>
<p style="color:#777;font-size:11px">Atualizado em 15/04/2024 08:00 BRT &middot; Revisão 7 &middot; Terminal 2 e Terminal 3 GRU</p>"""
case("c04_aerovia_portal_forecast", [],
     "buyer portal forecast page clearly labelled 'forecast - not a purchase order'",
     [("portal_previsao_demanda.html", html_page("Aerovia - Previsão de demanda", _c04_body, lang="pt-BR"))])


# c05: sample sign-off scoped to fit check, production not released, hold + event + person
case("c05_glenmore_signoff_fitcheck", [],
     "sign-off 'approved for fit check only; production not released'; balance 392 held until written release by Aoife Brennan",
     [("SSR-24-031_DAD-300-200.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-24-031"),
         ("table", [
             ["Part", "Duct access door DAD-300-200-G (galv. DX51D Z275, 1,0 mm, rockwool 25 mm)"],
             ["Drawing", "GCS-DRG-0412 Rev C"],
             ["Supplier", "Wentech Sp. z o.o., Bydgoszcz (quote WT/24/0211)"],
             ["Purchase order", "GCS-PO-240412 - 8 (eight) sample doors"],
             ["Samples received", "8 pcs, 16/04/2024, delivery note WZ 1184/04/2024"],
             ["Reviewed by", "Declan Murphy, Engineering Manager"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["#", "Check", "Result"],
             ["1", "Opening 300 x 200 mm, tol. +/- 1 mm", "OK (299,6 - 300,4)"],
             ["2", "Gasket continuity, cam latches x 2", "OK"],
             ["3", "Air leakage at 1000 Pa (EN 1751 class C)", "OK, 8 of 8"],
             ["4", "Hinge side fit on 350 mm duct at Naas Road kitchen", "Tight on 2 of 8, retest on revised hinge"],
         ]),
         ("h", "Disposition"),
         ("p", "Samples approved for fit check only; production not released."),
         ("p", "The 8 samples may be installed at Naas Road for the trial. The balance of 392 doors quoted "
               "on WT/24/0211 stays on hold. It will only be released by a separate written production "
               "release from Aoife Brennan, Head of Supply Chain, after the revised hinge passes the retest "
               "of check 4 and this record is reissued as a full sign-off."),
         ("p", "Material: Wentech to buy nothing for the 392 until that release."),
         ("sp",),
         ("p", "Signed: Declan Murphy    Date: 19/04/2024"),
     ], author="Declan Murphy"))])


# c06: full-quantity PO, repeat part, says proceed with the full quantity; no balance exists
case("c06_alnoor_po_full_qty_dampers", [],
     "full-quantity repeat PO (36 nos) with 'proceed with the full 36 nos'; no sample stage, no balance",
     [("AN-PO-24-0377.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Al Noor Hospitality Group - Projects Procurement - Al Barsha 1, Dubai, UAE - TRN 100 2233 4455 0003"),
         ("table", [
             ["PO No.", "AN-PO-24-0377", "Date", "08/04/2024"],
             ["Supplier", "Nile Airtech Industries S.A.E., 10th of Ramadan City, Egypt", "Vendor code", "V-30418"],
             ["Project", "Marina Bay Hotel - main kitchen exhaust", "Buyer", "Faisal Al Marri"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
             ["1", "FDF-600x400-EI120", "Fire-damper frame 600 x 400, EN 15650, tested EN 1366-2, "
                                        "EI 120 (ve i<->o) S, galv. 1,5 mm", "24", "nos", "118.50", "2,844.00"],
             ["2", "FDF-800x500-EI120", "Fire-damper frame 800 x 500, same spec", "12", "nos", "139.00", "1,668.00"],
             ["", "", "Total", "36", "nos", "", "4,512.00"],
         ]),
         ("sp",),
         ("p", "Repeat order. Both frame sizes were approved on PO AN-PO-23-0877 (MEP sign-off MS-23-114, "
               "DCD certificate 2023/FD/0418). No sample stage on this PO."),
         ("p", "This PO covers the full quantity of 36 nos. Please proceed with the full 36 nos as per "
               "the lines above. There is no further balance on this order."),
         ("p", "Delivery: DAP Jebel Ali, 6 weeks from PO date. Payment: 60 days from delivery against "
               "commercial invoice and certificate of origin. Marking: PO number and line on each crate."),
         ("sp",),
         ("p", "Faisal Al Marri, Procurement Manager - for Al Noor Hospitality Group"),
     ], title="AN-PO-24-0377", author="Al Noor Procurement"))])


# c07: call-off with explicit staged material authority above the released quantity
case("c07_glenmore_calloff_staged_material", [],
     "call-off releases 40, explicit staged material authority to 120, balance 360 held until next call-off by A. Brennan",
     [("CALLOFF_CO-GCS-0007.txt", """GLENMORE CATERING SERVICES LTD            DYNAMICS 365 - SCHEDULING AGREEMENT
PRINT DATE 22/04/2024 09:14                CALL-OFF / DELIVERY SCHEDULE
=====================================================================================
CALL-OFF NO ....... CO-GCS-0007           SCHED. AGREEMENT ... SA-5500231
SUPPLIER .......... V-10277 WENTECH SP. Z O.O., UL. PRZEMYSLOWA 18, 85-758 BYDGOSZCZ PL
ITEM .............. GF-495-495-50  BAFFLE GREASE FILTER 495X495X50 AISI 430, EN 16282-6
DRAWING ........... GCS-DRG-0395 REV 4
AGREEMENT QTY ..... 400 PCS (COMMERCIAL COVER PER SA-5500231)
-------------------------------------------------------------------------------------
CALL-OFF LINES (RELEASED FOR PRODUCTION AND DELIVERY)
 LINE  DELIV. DATE   QTY   UOM   DELIVER TO
 0010  13/05/2024     20   PCS   CENTRAL STORES, BALLYCOOLIN D15
 0020  27/05/2024     20   PCS   CENTRAL STORES, BALLYCOOLIN D15
                     ----
 RELEASED THIS CALL-OFF:  40 PCS
-------------------------------------------------------------------------------------
MATERIAL AUTHORITY: STAGED UP TO 120 PCS.
  GLENMORE ACCEPTS LIABILITY FOR RAW MATERIAL (AISI 430 COIL 0,8 MM) UP TO 120 PCS
  EQUIVALENT. NO MATERIAL BEYOND 120 PCS AT GLENMORE'S COST.
BALANCE 360 PCS NOT RELEASED. NEXT CALL-OFF REQUIRED FOR ANY FURTHER QTY,
  ISSUED IN WRITING BY AOIFE BRENNAN, HEAD OF SUPPLY CHAIN.
-------------------------------------------------------------------------------------
FORECAST (INFORMATION ONLY - NOT RELEASED, NO MATERIAL AUTHORITY BEYOND ABOVE)
 WK 27   40 PCS
 WK 31   40 PCS
 WK 35   60 PCS
-------------------------------------------------------------------------------------
CONTACT: SIOBHAN KEARNEY, PROCUREMENT  +353 1 555 0190
PAGE 1 OF 1                                                  *** END OF CALL-OFF ***
"""),
      ])


# c08: signed auto-conversion record (quantity, signer, conditions) - explicit, so clean
case("c08_hanamaru_autoconversion_record", [],
     "explicit signed auto-conversion record naming 294 pcs, signer and conditions; material sample-only until then",
     [("AC-2024-003_GF-495.docx", docx_bytes([
         ("h1", "Auto-conversion Record AC-2024-003"),
         ("p", "Hanamaru Dining Co., Ltd. - Store Development Dept., Osaka"),
         ("table", [
             ["Supplier", "Jiangmen Hengxin Stainless Kitchenware Co., Ltd."],
             ["Part", "Baffle grease filter GF-495 (495 x 495 x 50, SUS430), DRG GF-495 Rev.4"],
             ["Purchase order", "HD-2024-0211 (6 pcs sample; production line 294 pcs, commercial cover 300 pcs)"],
             ["Quoted production quantity", "294 pcs, basis: firm"],
         ]),
         ("h", "Statement"),
         ("p", "Hanamaru records here, in advance, that an APPROVED sample sign-off of the 6 sample filters "
               "by Yuki Morimoto (Facilities Engineering) releases 294 pcs for production by itself, without "
               "a further release letter."),
         ("h", "Conditions"),
         ("num", "The sign-off is 'approved'. An interim or rejected disposition releases nothing."),
         ("num", "The sign-off is dated on or before 31 May 2024."),
         ("num", "Drawing GF-495 Rev.4 is unchanged at the time of sign-off."),
         ("num", "No stop is in force on this order."),
         ("p", "If any condition is not met, the 294 pcs stay on hold until a written release signed by "
               "Hiroshi Sato."),
         ("p", "Material authority until conversion: sample-only (material for 6 pcs)."),
         ("sp",),
         ("table", [
             ["Role", "Name", "Signature / date"],
             ["Release authority", "Hiroshi Sato, General Manager, Store Development", "signed 10/04/2024"],
             ["Purchasing", "Kenji Tanaka", "signed 10/04/2024"],
             ["Supplier acknowledgement", "Zhou Wei, Factory Manager, Hengxin", "signed 11/04/2024"],
         ]),
     ], author="Kenji Tanaka"))])


# c09: old quote forwarded as message/rfc822, declared informational; current scope restated
_c09_old = mail(
    RUI, SIOBHAN, "Proposta MV-2022-0388 - canopies and baffle filters, all sites",
    "Wed, 16 Nov 2022 15:40:00 +0000",
    """Dear Siobhán,

Following our meeting in Dublin, please find our prices for the full programme:

  HC-2400-304 wall canopy, AISI 304 1,2 mm ........ 120 pcs  EUR 1.540,00 /pc
  GF-495-495-50 baffle filter, AISI 430 ........... 1.500 pcs  EUR 19,80 /pc
  DAD-300-200 access door ......................... 240 pcs  EUR 46,00 /pc

Prices based on stainless 304 at EUR 3,10/kg (Nov 2022). Delivery in lots as you prefer.
Valid until 31/12/2022.

Com os melhores cumprimentos,
Rui Almeida
Metalúrgica Vouga, Lda. - Comercial
+351 234 600 118
""")
_c09_text = """Rui,

As promised on the call, forwarding your 2022 offer below - for info only. It is the old pricing
we talked about, the steel basis has moved since. Nothing in that offer is ordered or released,
please don't read the 120 / 1.500 / 240 as quantities from us.

Current position is unchanged: PO GCS-PO-240388 covers the 2 (two) pilot canopies HC-2400 only.
The series quantity on your MV-2024-0117 is not released. It stays on hold until Declan Murphy
signs off the pilots, and then Aoife Brennan sends you a written production release. Material for
the two pilots only.

Could you send me a fresh price for the filters at today's steel? Thanks a mil.

Siobhán
""" + sig("Siobhán Kearney", "Procurement Lead", GCS + ", Ballycoolin, Dublin 15", "+353 1 555 0190")
case("c09_glenmore_fwd_old_quote", [],
     "old 2022 quote forwarded as rfc822 and declared info only; current PO 2 pilots, hold, event, person stated",
     [("Fwd_MV-2022-0388.eml", eml_bytes(mail(
         SIOBHAN, RUI, "FW: Proposta MV-2022-0388 - canopies and baffle filters, all sites (for info only)",
         "Tue, 16 Apr 2024 11:05:00 +0100", _c09_text, attachments=[("rfc822", _c09_old)])))])


# c10: buyer reply corrects a quoted supplier line that assumed auto-conversion
_c10_emre = """Dear Faisal Bey,

Good day. The 2 pcs sample FH-560 are ready for FAT on Monday in our Konya factory, you are welcome.
Once you approve the samples we start directly the series, so we save two weeks for your Marina
opening.

Best regards,
Emre Yılmaz
Export Sales Manager
Kaya Havalandırma San. ve Tic. A.Ş. - Konya OSB 3. Cad. No:14, Selçuklu/Konya
"""
_c10_text = """Dear Emre,

Thanks, good news on the samples. Rashid will join the FAT on Monday.

One correction to your mail below, please: sample approval does not release the series.
PO AN-PO-24-0318 covers the 2 sample housings only. The 62 nos balance stays on hold until Rashid
Hamdan signs off the samples AND Omar Khalil, our Director of Projects, issues a written production
release. Until you have that release in hand, no cutting and no sheet purchase for the 62 please.

Kindly confirm.

Best regards,
Faisal Al Marri
Procurement Manager
Al Noor Hospitality Group
""" + "\n" + "On Thu, 11 Apr 2024 at 16:20, Emre Yılmaz <emre.yilmaz@kayahavalandirma.com.tr> wrote:\n" + quote(_c10_emre) + \
    "\nThis e-mail is confidential and intended for the addressee only. Al Noor Hospitality Group L.L.C.\n"
case("c10_alnoor_corrects_quoted_autoconv", [],
     "buyer reply corrects quoted supplier 'once you approve the samples we start the series'; quoted supplier text does not count",
     [("RE_FAT_FH-560_samples.eml", eml_bytes(mail(
         FAISAL, EMRE, "RE: FAT FH-560 samples - Monday",
         "Thu, 11 Apr 2024 18:02:00 +0400", _c10_text,
         cc="Rashid Hamdan <rashid.hamdan@alnoorhospitality.ae>, " + OMAR,
         in_reply_to="<kaya-2024-0411-1620@kayahavalandirma.com.tr>")))])


# c11: WhatsApp - supplier says the deposit does not release production
case("c11_whatsapp_nile_deposit_not_release", [],
     "supplier: 'the deposit does not release production'; buyer scope names 2 samples, hold, event, person",
     [("WhatsApp Chat with Ahmed Farouk Nile Airtech.txt", """[12/04/2024, 11:02] Faisal Al Marri: Ahmed good morning. PO AN-PO-24-0402 sent to your email. 2 sample canopies HC-3000 only. Balance 46 nos NOT released until Rashid signs off the samples and Omar Khalil releases in writing. Deposit 30% on the samples value as per your PI-0412.
[12/04/2024, 11:15] Ahmed Farouk Nile Airtech: Dear Faisal, well received, thank you. I transfer to planning today
[12/04/2024, 11:15] Ahmed Farouk Nile Airtech: 👍
[16/04/2024, 09:40] Ahmed Farouk Nile Airtech: Good morning ya Faisal. Accounts confirm the 30% deposit is received, thanks a lot 🙏
[16/04/2024, 09:41] Ahmed Farouk Nile Airtech: Just to be clear from our side: the deposit does not release production. We make only the 2 samples. Nothing will be cut for the 46 until Mr. Omar written release.
[16/04/2024, 09:52] Faisal Al Marri: Exactly. Thanks Ahmed 👍
[16/04/2024, 09:53] Faisal Al Marri: When samples ready for inspection?
[16/04/2024, 10:07] Ahmed Farouk Nile Airtech: Inshallah 28/4, we send photos before
"""),
      ])


# c12: supplier acknowledgement restating the hold and sample-only material authority
case("c12_wentech_ack_restates_hold", [],
     "supplier acknowledgement restating 8 samples, 392 on hold until sign-off and Aoife Brennan's written release",
     [("Wentech_potwierdzenie_GCS-PO-240412.txt", """From: Tomasz Nowak <t.nowak@wentech.pl>
To: Siobhán Kearney <siobhan.kearney@glenmorecatering.ie>
Cc: Agnieszka Wiśniewska <a.wisniewska@wentech.pl>
Date: Wed, 10 Apr 2024 08:47:12 +0200
Subject: Order acknowledgement - PO GCS-PO-240412 - DAD-300-200-G

Dear Siobhán,

Thank you for the order. We acknowledge your PO GCS-PO-240412 as written:

- 8 (eight) pcs duct access door DAD-300-200-G, drawing GCS-DRG-0412 Rev C, as samples.
- The balance of 392 pcs from our offer WT/24/0211 is not released and stays on hold, until
  sample sign-off by Mr Declan Murphy and a written production release from Ms Aoife Brennan.
- Material authority: sample-only. We buy galvanised sheet DX51D Z275 1,0 mm only for 8 pcs.

Planned dispatch: week 16, by our own truck to Ballycoolin (via Rosslare).

With best regards / Z poważaniem
Tomasz Nowak
Key Account Manager
Wentech Sp. z o.o. | ul. Przemysłowa 18 | 85-758 Bydgoszcz | Poland
tel. +48 52 555 01 77

Wentech Sp. z o.o., Sąd Rejonowy w Bydgoszczy, XIII Wydział Gospodarczy KRS, NIP 554-000-11-22.
This message may contain confidential information.
"""),
      ])


# c13: interim sample disposition with quantity and date limits; explicitly not a release
case("c13_aerovia_interim_disposition", [],
     "interim sign-off limited to 20 units / 30-06; states it releases nothing; balance held until full sign-off and written release by Luciana Ferreira",
     [("ISS-2024-014_HC-3000-GRU.pdf", pdf([
         ("h1", "AEROVIA GASTRONOMIA CONCESSOES S.A."),
         ("p", "Engenharia de Instalacoes - Rod. Helio Smidt s/n, Aeroporto de Guarulhos, SP"),
         ("h", "Aprovacao de Amostra - Interim Sample Sign-off ISS-2024-014"),
         ("table", [
             ["Item", "HC-3000-GRU coifa de parede / wall canopy 3000 mm, inox 304 1,2 mm"],
             ["Desenho / drawing", "AER-MEP-3000 rev. D"],
             ["Fornecedor", "Metalurgica Vouga, Lda. (Agueda, PT)"],
             ["Pedido / PO", "4500018950 - 4 amostras / 4 samples"],
             ["Amostras recebidas", "4 pcs em 05/04/2024"],
         ]),
         ("sp",),
         ("table", [
             ["#", "Caracteristica", "Especificado", "Medido", "Status"],
             ["1", "Comprimento / length", "3000 +/- 2 mm", "2999 - 3001", "OK"],
             ["2", "Inclinacao da calha / gutter slope", "2,0 graus", "1,5 graus", "NOK"],
             ["3", "Encaixe filtros GF-495 (8 un.)", "sem folga", "OK", "OK"],
             ["4", "Solda TIG, passivacao", "ISO 5817 B", "OK", "OK"],
             ["5", "Nivel de ruido c/ exaustor 1200 m3/h", "< 55 dB(A)", "52 dB(A)", "OK"],
         ]),
         ("sp",),
         ("h", "Disposicao / Disposition: INTERIM"),
         ("p", "Limites / limits: maximum 20 units, valid until 30/06/2024, Terminal 2 food court only, "
               "with gutter slope 1,5 graus accepted under deviation."),
         ("p", "This interim disposition is a technical decision only and does not release production. "
               "Any production quantity within the limits above needs a separate written production "
               "release signed by Luciana Ferreira, Gerente de Suprimentos."),
         ("p", "The balance of the 150 units quoted (MV-2024-0142) is not released and stays on hold until "
               "a full sign-off on gutter rev. E samples and a written production release by Luciana Ferreira."),
         ("sp",),
         ("p", "Rafael Oliveira - Engenharia de Instalacoes - 12/04/2024"),
     ], title="ISS-2024-014", author="Rafael Oliveira"))])


# c14: full-quantity ERP PO full of identifiers that look like quantities
case("c14_hanamaru_erp_po_identifiers", [],
     "full-quantity repeat PO (120 + 40); part numbers, DRG revs, standards, test hours and threads are not quantities",
     [("HD-2024-0240_PO_print.txt", """HANAMARU DINING CO., LTD.  /  株式会社はなまるダイニング
STORE DEVELOPMENT DEPT. PURCHASING           PURCHASE ORDER (発注書)
PRINTED 2024/04/09 13:22  USER KTANAKA       PAGE 1/1
------------------------------------------------------------------------------------------
PO NO.      : HD-2024-0240           PO DATE   : 2024/04/09
SUPPLIER    : S-0930 JIANGMEN HENGXIN STAINLESS KITCHENWARE CO., LTD.
              NO.88 JIANGHAI 3RD RD, JIANGMEN, GUANGDONG, CHINA
DELIVER TO  : OSAKA DC, 2-15 NANKO-KITA, SUMINOE-KU, BAY 300
INCOTERMS   : FOB GUANGZHOU (NANSHA)       PAYMENT : T/T 60 DAYS B/L
------------------------------------------------------------------------------------------
LN  ITEM / DRAWING                        DESCRIPTION                    QTY  UOM  PRICE USD
10  PN 1200-495-50 / DRG 4950 REV 12      BAFFLE FILTER 495X495X50       120  PC       11.40
                                          SUS430, EN 16282-6, 3 BAFFLE
                                          HANDLES M8X1.25 WING NUT
20  PN 1800-430-12 / DRG 1800 REV 20      GREASE DRIP TRAY 1800 SUS304    40  PC       27.90
                                          1.0T JIS G 4305, DRAIN G1/2
------------------------------------------------------------------------------------------
TOTAL QTY 160 PC                                            TOTAL AMOUNT USD 2,484.00
------------------------------------------------------------------------------------------
REMARKS:
 1. REPEAT ORDER. BOTH PARTS APPROVED 2023 (SIGN-OFF SSR-23-088). NO SAMPLE STAGE.
 2. FULL QUANTITY ORDER. PLEASE MANUFACTURE AND DELIVER THE FULL QUANTITIES ABOVE.
 3. SALT SPRAY ISO 9227 NSS 480 H REPORT WITH SHIPMENT. SUPPLIER QMS ISO 9001:2015.
 4. PACKING: 10 PC PER CARTON, CARTON LABEL WITH PO NO. / LN / STORE CODE 2500-2599.
 5. LOT NO. FORMAT HX-YYWW-NNN. PALLET MAX 1000 KG.
------------------------------------------------------------------------------------------
ISSUED BY: KENJI TANAKA (PURCHASING)      SIGNED: H. SATO (GM)
"""),
      ])


# c15: supplier portal status page restating the hold and sample-only material
_c15_body = """<div style="background:#b71c1c;color:#fff;padding:8px"><b>恒信 HENGXIN</b> Customer Order Tracking 客户订单跟踪</div>
<p>Customer: <b>Hanamaru Dining Co., Ltd.</b> (Osaka) &nbsp; Customer PO: <b>HD-2024-0188</b> &nbsp; Our SO: HX-SO-240331-07</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Status 状态</th></tr>
<tr><td>MUA-1800 (Rev.2)</td><td>Make-up air plenum 1800 mm, SUS304 1.0t, perforated face</td><td>3 (sample)</td><td>Shipped 18/04, DHL AWB 5520 1188 04</td></tr>
<tr><td>MUA-1800 (Rev.2)</td><td>Mass production</td><td>57</td><td><b>NOT RELEASED – on hold.</b> Waiting customer sample sign-off (Ms. Morimoto) and written release from Mr. Hiroshi Sato.</td></tr>
</table>
<h3>Material 物料</h3>
<table>
<tr><th>Material</th><th>Bought for</th><th>Authority</th></tr>
<tr><td>SUS304 1.0t sheet 1219x2438</td><td>3 pcs</td><td>sample-only (customer PO note)</td></tr>
<tr><td>Perforated sheet 3 mm hole</td><td>3 pcs</td><td>sample-only</td></tr>
</table>
<p class="note">Production planning will not schedule the 57 pcs until the customer written release is uploaded here.</p>
<p style="font-size:11px;color:#777">Last update 2024-04-19 17:10 CST by Lily Chen (Sales Dept.) · ISO 9001:2015 cert. no. 00124Q3309R1M</p>"""
case("c15_hengxin_portal_status_hold", [],
     "supplier portal: 3 samples shipped, 57 not released/on hold pending sign-off and Sato's written release; material sample-only",
     [("order_tracking_HD-2024-0188.html", html_page("Hengxin - Order Tracking HD-2024-0188", _c15_body, lang="en"))])


# c16: Teams chat - go-ahead scoped to the 6 sample frames only
case("c16_teams_glenmore_scoped_goahead", [],
     "'go ahead with the 6 sample frames only'; 114 on hold until Declan's sign-off and Aoife Brennan's written release",
     [("Teams_chat_Glenmore_Wentech_FDF.txt", """Microsoft Teams - chat export
Chat: Glenmore / Wentech – FDF frames Cork sites
Participants: Siobhán Kearney (Glenmore Catering Services), Tomasz Nowak (Wentech) (External), Declan Murphy (Glenmore Catering Services)
Exported: 23/04/2024 17:02

[09/04/2024 14:03] Tomasz Nowak (External)
Hi Siobhán, drawings FDF-600x400 rev B received, thank you. Can we start?

[09/04/2024 14:10] Siobhán Kearney
Hi Tomasz, yes - go ahead with the 6 sample frames only (PO GCS-PO-240431). The other 114 on your quote are not released. They stay on hold until Declan signs off the samples after checking them against the EN 1366-2 test report, and then Aoife Brennan sends you the written production release.

[09/04/2024 14:12] Siobhán Kearney
Material for the 6 only please 🙂

[09/04/2024 14:20] Tomasz Nowak (External)
Clear, 6 pcs only, material for 6. Thx!

[09/04/2024 14:21] Declan Murphy
Tomasz, pls send the weld map with the samples. Cheers

[09/04/2024 14:30] Tomasz Nowak (External)
👍 will do
"""),
      ])


# c17: PO with a complete scope note (active qty, hold, what to do now, unlock event and owner)
case("c17_aerovia_po_scope_note", [],
     "PO scope note: 2 sample housings released, 38 (forecast basis) not released, sample-only material, unlock = sign-off by Rafael + written release by Luciana",
     [("Pedido_4500018842.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER"),
         ("p", "Aerovia Gastronomia Concessoes S.A. - CNPJ 12.345.678/0001-90 - Suprimentos - Guarulhos SP, Brasil"),
         ("table", [
             ["Pedido / PO", "4500018842", "Data", "03/04/2024"],
             ["Fornecedor", "Kaya Havalandirma San. ve Tic. A.S., Konya, Turkiye", "Cod. fornecedor", "300912"],
             ["Comprador", "Mariana Souza", "Cotacao / quote", "KY-Q-24-0092"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Material", "Descricao", "Escopo / scope", "Qtde", "UN", "Preco USD", "Total USD"],
             ["10", "FH-560-R2", "Caixa do ventilador / fan housing 560 mm, DKP 2 mm, RAL 7035",
              "sample", "2", "PC", "1,180.00", "2,360.00"],
         ]),
         ("sp",),
         ("h", "Nota de escopo / Scope note"),
         ("p", "This PO releases 2 (two) sample fan housings FH-560-R2 only."),
         ("p", "The production quantity of 38 pcs on quote KY-Q-24-0092 (basis: forecast) is NOT released and "
               "stays on hold."),
         ("p", "Supplier, now: build and ship the 2 samples. Buy material for the 2 samples only "
               "(material authority: sample-only)."),
         ("p", "Unlock: the 38 pcs can only be released after sample sign-off by Rafael Oliveira (Engenharia) "
               "and a written production release signed by Luciana Ferreira (Gerente de Suprimentos)."),
         ("sp",),
         ("p", "Entrega: DAP Guarulhos, Incoterms 2020. Pagamento: 45 dias da entrega. NCM 8414.90.39."),
     ], title="Pedido 4500018842", author="Aerovia Suprimentos"))])


# c18: minutes keep technical sign-off, PO and production release apart
case("c18_alnoor_nile_minutes_terms_apart", [],
     "minutes: sample sign-off (technical), PO (commercial) and production release (not given) kept apart; 30 held until revised PO + Omar Khalil's release",
     [("MoM_MUA-2400_sample_review.docx", docx_bytes([
         ("h1", "Minutes of Meeting – Sample review MUA-2400 plenums"),
         ("p", "Date: 23 April 2024, 11:00 GST. Venue: Al Noor projects office, Al Barsha / Zoom."),
         ("p", "Attendees: Rashid Hamdan (MEP Engineer, Al Noor), Faisal Al Marri (Procurement Manager, Al Noor), "
               "Ahmed Farouk (Sales Engineer, Nile Airtech), Mostafa Hassan (Plant Manager, Nile Airtech)."),
         ("h", "1. Sample sign-off (technical)"),
         ("p", "Rashid confirmed the 2 sample make-up air plenums MUA-2400 meet spec AN-MEP-MUA-03: perforated "
               "face 3 mm, plenum static pressure test at 250 Pa passed, welds OK. Sample sign-off SSO-24-023 "
               "given today. This is a technical sign-off only."),
         ("h", "2. Purchase order (commercial)"),
         ("p", "PO AN-PO-24-0366 covers the 2 samples (commercial cover 2 nos). A revised PO AN-PO-24-0366 rev 1 "
               "for the remaining 30 nos is in preparation by Faisal."),
         ("h", "3. Production release"),
         ("p", "Not given. The remaining 30 nos stay on hold. Omar Khalil (Director of Projects) will issue the "
               "written production release once PO rev 1 is issued. Nile Airtech will not start before that."),
         ("h", "4. Material"),
         ("p", "Material authority stays sample-only. Mostafa confirmed no sheet is bought or reserved for the 30 nos."),
         ("h", "Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Issue PO AN-PO-24-0366 rev 1 (30 nos)", "Faisal Al Marri", "30/04/2024"],
             ["2", "Written production release for the 30 nos", "Omar Khalil", "after action 1"],
             ["3", "Send DCD test certificate copy", "Ahmed Farouk", "26/04/2024"],
         ]),
     ], author="Faisal Al Marri"))])


# c19: X12 850 full-quantity PO with three delivery schedule lines; no balance
case("c19_aerovia_x12_850_full_schedule", [],
     "EDI 850 full-quantity order, 90 canopies in three scheduled lots of 30; part approved before, no sample stage",
     [("X12_850_4500019107.txt", """ISA*00*          *00*          *ZZ*AEROVIAGRU     *ZZ*MVOUGAPT       *240415*1030*U*00401*000000412*0*P*>~
GS*PO*AEROVIAGRU*MVOUGAPT*20240415*1030*412*X*004010~
ST*850*0412~
BEG*00*SA*4500019107**20240415~
REF*PJ*GRU-T3-PRACA-ALIMENTACAO~
PER*BD*MARIANA SOUZA*EM*mariana.souza@aerovia.com.br~
N1*BT*AEROVIA GASTRONOMIA CONCESSOES SA~
N1*ST*AEROVIA CD GUARULHOS*92*GRU-CD01~
PO1*10*90*EA*1685.00*PE*VP*HC-3000-304*PD*WALL CANOPY 3000MM AISI 304 DRG AER-MEP-3000 REV D~
SCH*30*EA***002*20240610~
SCH*30*EA***002*20240708~
SCH*30*EA***002*20240805~
MSG*FULL QUANTITY ORDER. PART APPROVED ON PO 4500016630, NO SAMPLE STAGE.~
MSG*PROCEED WITH ALL 90 PCS PER THE THREE DELIVERY DATES ABOVE.~
CTT*1*90~
SE*15*0412~
GE*1*412~
IEA*1*000000412~

---------------------------------------------------------------------------
EDI TRANSLATION (Aerovia SAP PI/PO - human readable)
---------------------------------------------------------------------------
Pedido 4500019107 de 15/04/2024   Fornecedor: Metalurgica Vouga Lda (200731)
Item 10  HC-3000-304 coifa de parede 3000 mm    Qtde total 90 UN   USD 1685.00/UN
  Remessa 1  30 UN  10/06/2024
  Remessa 2  30 UN  08/07/2024
  Remessa 3  30 UN  05/08/2024
Nota: pedido de quantidade total, peca aprovada no pedido 4500016630. Sem fase
de amostra. Prosseguir com as 90 UN conforme as datas acima.
Comprador: Mariana Souza  (11) 5555-0131
"""),
      ])


# c20: written release for the whole balance, after sign-off, with the sign-off record attached
_c20_sso = docx_bytes([
    ("h1", "Sample Sign-off SSO-24-019"),
    ("table", [
        ["Part", "Fan housing FH-560 (DKP 2 mm, RAL 7035), spec AN-MEP-FH-07 rev 2"],
        ["Supplier", "Kaya Havalandırma San. ve Tic. A.Ş., Konya"],
        ["Samples", "2 nos, FAT at Konya 15/04/2024"],
        ["Disposition", "APPROVED (technical)"],
        ["Signed", "Rashid Hamdan, MEP Engineer, 17/04/2024"],
    ]),
    ("p", "Vibration 2,8 mm/s at 1450 rpm (limit 4,5). Access panel leak test passed. Weld visual OK."),
    ("p", "This sign-off is a technical disposition. It releases no production quantity; production is "
          "released only by a written release of the Director of Projects."),
], author="Rashid Hamdan")
_c20_text = """Dear Emre,

Following the sample sign-off SSO-24-019 by Rashid Hamdan (approved, 17 April, attached) and our
revised PO AN-PO-24-0318 rev 1, which now covers 64 nos, I hereby release production of the
remaining 62 nos fan housings FH-560.

With the 2 samples already delivered, the total released is 64 nos = the full PO quantity.
Nothing remains on hold on this order.

Release no.: REL-AN-24-007
Delivery: 3 lots as per PO rev 1 (22 / 20 / 20 nos), DAP Jebel Ali.

Best regards,
Omar Khalil
Director of Projects (release authority)
Al Noor Hospitality Group
"""
_c20_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Dear Emre,</p>
<p>Following the sample sign-off <b>SSO-24-019</b> by Rashid Hamdan (approved, 17 April, attached) and our
revised PO <b>AN-PO-24-0318 rev 1</b>, which now covers 64 nos, I hereby release production of the
remaining <b>62 nos</b> fan housings FH-560.</p>
<p>With the 2 samples already delivered, the total released is 64 nos = the full PO quantity.
Nothing remains on hold on this order.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Release no.</td><td>REL-AN-24-007</td></tr>
<tr><td>Released now</td><td>62 nos</td></tr>
<tr><td>Total released on PO</td><td>64 nos (2 samples + 62)</td></tr>
<tr><td>Delivery</td><td>3 lots as per PO rev 1 (22 / 20 / 20 nos), DAP Jebel Ali</td></tr>
</table>
<p>Best regards,<br>Omar Khalil<br>Director of Projects (release authority)<br>Al Noor Hospitality Group</p>
</body></html>
"""
case("c20_alnoor_release_mail_full_balance", [],
     "written release REL-AN-24-007 of the remaining 62 after approved sign-off and revised PO; total released = full PO, no balance",
     [("REL-AN-24-007.eml", eml_bytes(mail(
         OMAR, EMRE, "PRODUCTION RELEASE REL-AN-24-007 - PO AN-PO-24-0318 rev 1 - FH-560",
         "Thu, 18 Apr 2024 09:30:00 +0400", _c20_text, html=_c20_html,
         cc=FAISAL + ", Rashid Hamdan <rashid.hamdan@alnoorhospitality.ae>",
         attachments=[("SSO-24-019_FH-560.docx", _c20_sso, DOCX_MT)])))])


# c21: supplier quote mail with tiers and a PDF quotation attached; no authorization
_c21_pdf = pdf([
    ("h1", "JIANGMEN HENGXIN STAINLESS KITCHENWARE CO., LTD."),
    ("p", "No.88 Jianghai 3rd Road, Jiangmen, Guangdong 529000, China. Tel +86 750 555 0188"),
    ("h", "QUOTATION JHX-Q240322"),
    ("table", [
        ["To", "Glenmore Catering Services Ltd - Ms. Siobhan Kearney"],
        ["Date", "2024-03-22"],
        ["Validity", "30 days"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty tier", "Unit price USD", "Lead time"],
        ["GF-495-495-50", "Baffle grease filter 495x495x50, SS430 0.8 mm, EN 16282-6", "10 (sample)", "18.50", "10 days"],
        ["GF-495-495-50", "same", "500 (MOQ)", "11.20", "25 days"],
        ["GF-495-495-50", "same", "1,000", "10.40", "30 days"],
    ]),
    ("sp",),
    ("p", "Terms: FOB Guangzhou. Payment T/T 30% deposit, balance before shipment. Lead time counted from "
          "your written order and production release. Tiers are price breaks, not an order."),
    ("p", "Packing: 10 pcs per carton, 40 cartons per pallet. Salt spray 240 h report available."),
], title="JHX-Q240322", author="Hengxin Sales")
_c21_text = """Dear Siobhán,

Nice day! Thanks for your inquiry of baffle filters.

Attached pls find our quotation JHX-Q240322:
 - sample 10 pcs: USD 18.50/pc
 - 500 pcs (MOQ): USD 11.20/pc
 - 1,000 pcs: USD 10.40/pc

Sample lead time 10 days. For mass production 25-30 days after your written order and production
release. Price is based on SS430 price this month. We can add a dozen spare handles free with the
samples if you like.

Any question pls feel free to contact me. Looking forward to your kind reply!

Best regards
Kevin Liang
Sales Dept.
Jiangmen Hengxin Stainless Kitchenware Co., Ltd.
Tel/WeChat: +86 138 0000 5521
"""
case("c21_hengxin_quote_mail_pdf", [],
     "supplier quote mail with sample/500/1,000 tiers and PDF quotation; no authorized quantity in the bundle",
     [("Quotation_JHX-Q240322.eml", eml_bytes(mail(
         KEVIN, SIOBHAN, "Quotation JHX-Q240322 baffle filter GF-495 / Hengxin",
         "Fri, 22 Mar 2024 16:48:00 +0800", _c21_text,
         attachments=[("JHX-Q240322.pdf", _c21_pdf, PDF_MT)])))])


# c22: stop notice - nothing more may start; only the finished samples may ship
_c22_text = """Dear Ahmed,

With immediate effect we put a STOP on PO AN-PO-24-0402 (HC-3000 canopies, Marina Bay Hotel).

Nothing more may start on this order, released or not, until I lift this stop in writing.
Reason: the kitchen layout at Marina has changed and the hood length is under review by our
consultant.

- The 2 sample canopies that are already finished may be crated and shipped as planned. That is
  the only quantity active on this order.
- The balance of 46 nos remains not released. After the stop is lifted it will still need the
  sample sign-off by Rashid Hamdan and my written production release.
- Please do not buy or cut any sheet for the 46 nos.

Kindly acknowledge by reply.

Regards,
Omar Khalil
Director of Projects
Al Noor Hospitality Group
"""
case("c22_alnoor_stop_notice", [],
     "stop notice: nothing more may start until lifted by Omar Khalil; only the 2 finished samples may ship; 46 not released",
     [("STOP_AN-PO-24-0402.eml", eml_bytes(mail(
         OMAR, AHMED, "STOP NOTICE - PO AN-PO-24-0402 - HC-3000 canopies",
         "Sun, 21 Apr 2024 08:15:00 +0400",
         _c22_text + sig("Omar Khalil", "Director of Projects", ANH + ", Dubai", "+971 4 555 0100"),
         cc=FAISAL + ", Rashid Hamdan <rashid.hamdan@alnoorhospitality.ae>",
         extra={"Importance": "high"})))])


# c23: supplier status mail quoting the buyer's scope; HTML status report attached
_c23_buyer = """Sofia,

Just to confirm the scope: PO GCS-PO-240388 covers 2 (two) pilot canopies HC-2400 only.
The 60 series canopies quoted on MV-2024-0117 are not released. They stay on hold until
Declan Murphy signs off the pilots and Aoife Brennan issues a written production release.
Material: for the two pilots only.

Thanks,
Siobhán
"""
_c23_html_att = html_page("Estado de produção GCS-PO-240388", """<h3>Metalúrgica Vouga – Estado de produção / production status</h3>
<p>Cliente: Glenmore Catering Services Ltd &nbsp; Encomenda / PO: GCS-PO-240388 &nbsp; OF 24-0417</p>
<table>
<tr><th>Operação</th><th>Piloto 1</th><th>Piloto 2</th></tr>
<tr><td>Corte laser</td><td>feito</td><td>feito</td></tr>
<tr><td>Quinagem / bending</td><td>feito</td><td>feito</td></tr>
<tr><td>Soldadura TIG</td><td>24/04</td><td>24/04</td></tr>
<tr><td>Passivação</td><td>25/04</td><td>25/04</td></tr>
<tr><td>Expedição</td><td>26/04</td><td>26/04</td></tr>
</table>
<p>Série (60 un.): <b>em espera / on hold – não libertada pelo cliente</b>. Sem material comprado.</p>""", lang="pt-PT")
_c23_text = """Dear Siobhán,

Status of the 2 pilot canopies HC-2400: laser and bending done, TIG welding tomorrow,
passivation Thursday, ready for dispatch Friday 26/04. Detail in the attached sheet.

As per your mail below we keep the 60 series canopies on hold. No material is bought for them -
only the sheets 1,2 mm for the two pilots were cut.

Cumprimentos / Best regards,
Sofia Pinto
Planeamento e Produção
Metalúrgica Vouga, Lda. | Zona Industrial de Águeda, Lote 14 | 3750-101 Águeda
+351 234 600 121

Esta mensagem é confidencial. This message is confidential.

""" + "De: Siobhán Kearney <siobhan.kearney@glenmorecatering.ie>\nEnviada: 9 de abril de 2024 10:12\n" + \
    "Para: Sofia Pinto <sofia.pinto@metvouga.pt>\nAssunto: PO GCS-PO-240388 - pilot canopies - scope\n\n" + quote(_c23_buyer)
_c23_html = "<html><body><p>Dear Siobhán,</p><p>Status of the 2 pilot canopies HC-2400: laser and bending done, TIG welding tomorrow, passivation Thursday, ready for dispatch Friday 26/04. Detail in the attached sheet.</p><p>As per your mail below we keep the 60 series canopies on hold. No material is bought for them - only the sheets 1,2 mm for the two pilots were cut.</p><p>Cumprimentos / Best regards,<br>Sofia Pinto<br>Planeamento e Produção<br>Metalúrgica Vouga, Lda.</p><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\"><p>Sofia,</p><p>Just to confirm the scope: PO GCS-PO-240388 covers 2 (two) pilot canopies HC-2400 only. The 60 series canopies quoted on MV-2024-0117 are not released. They stay on hold until Declan Murphy signs off the pilots and Aoife Brennan issues a written production release. Material: for the two pilots only.</p><p>Thanks,<br>Siobhán</p></blockquote></body></html>\n"
case("c23_vouga_status_quoted_scope", [],
     "supplier status mail restating hold under the quoted buyer scope (2 pilots, 60 held, sign-off + Aoife Brennan's release); HTML status attached",
     [("RE_PO_GCS-PO-240388_status.eml", eml_bytes(mail(
         SOFIA, SIOBHAN, "RE: PO GCS-PO-240388 - pilot canopies - scope",
         "Tue, 23 Apr 2024 17:31:00 +0100", _c23_text, html=_c23_html, cc=RUI,
         in_reply_to="<h216-gcs-0409-1012@glenmorecatering.ie>",
         attachments=[("estado_producao_OF24-0417.html", _c23_html_att, "text/html")])))])


# c24: two files - buyer forecast portal page (labelled) + supplier mail that reads it as forecast
_c24_body = """<div style="background:#f4a300;padding:8px"><b>はなまる Hanamaru Dining</b> – Supplier Portal (サプライヤーポータル)</div>
<h2>需要予測 Demand forecast FY2024 H2 – Jiangmen Hengxin</h2>
<p class="note"><b>This is a FORECAST, not an order (注文ではありません).</b> Figures are for your capacity planning.
They authorize no production and no material purchase. Orders come only by PO, and production quantities only by
written release from Hiroshi Sato (GM Store Development).</p>
<table>
<tr><th>Item</th><th>Description</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Jan</th><th>Feb</th><th>Mar</th></tr>
<tr><td>HC-2100</td><td>Hood canopy 2100 SUS304</td><td>8</td><td>8</td><td>12</td><td>6</td><td>6</td><td>10</td></tr>
<tr><td>GF-495</td><td>Baffle filter 495x495x50</td><td>40</td><td>40</td><td>60</td><td>30</td><td>30</td><td>50</td></tr>
</table>
<p>Open PO: HD-2024-0263 – HC-2100 sample 6 pcs only (production not released).</p>
<p style="font-size:11px;color:#777">Forecast version 2024-04-15 / Store opening plan rev.9 / contact k-tanaka@hanamaru-dining.co.jp</p>"""
case("c24_hanamaru_forecast_plus_supplier_mail", [],
     "labelled forecast portal page + supplier mail confirming forecast only, material for the 6 samples only",
     [("portal_forecast_FY2024H2.html", html_page("Hanamaru Supplier Portal - Forecast", _c24_body, lang="ja")),
      ("mail_Lily_Chen_forecast_received.txt", """From: Lily Chen <lily.chen@hengxin-kitchen.cn>
To: Kenji Tanaka <k-tanaka@hanamaru-dining.co.jp>
Date: Tue, 16 Apr 2024 09:12:40 +0800
Subject: RE: Forecast FY2024 H2 uploaded

Dear Tanaka-san,

Good morning! We received your forecast FY2024 H2 in portal, thank you very much.

Understood it is forecast only, not order. We use it only for our capacity plan for Oct-Mar.
We buy no material beyond the 6 sample canopies of PO HD-2024-0263, and we wait your PO and
written release from Mr. Sato before any mass production.

Any change pls kindly inform.

Best regards
Lily Chen
Sales Dept. | Jiangmen Hengxin Stainless Kitchenware Co., Ltd.
Tel +86 750 555 0188 | WeChat lilychen_hx
"""),
      ])


# c25: deviation permit on the pilots that changes no quantity and releases nothing
case("c25_glenmore_deviation_permit", [],
     "deviation permit (M8 instead of M6 rivnuts) on the 2 pilots; no quantity change, not a release; 60 held until sign-off + Aoife Brennan",
     [("DP-24-007_HC-2400.docx", docx_bytes([
         ("h1", "Deviation Permit DP-24-007"),
         ("table", [
             ["Part", "Wall canopy HC-2400-304, DRG 2400-12 Rev 3, item 14 (hanging bracket)"],
             ["Supplier", "Metalúrgica Vouga, Lda., Águeda"],
             ["Order", "PO GCS-PO-240388 – 2 pilot canopies"],
             ["Requested by", "Rui Almeida (Vouga), 15/04/2024"],
         ]),
         ("h", "Deviation"),
         ("p", "Use M8x1.25 rivnuts instead of M6x1.0 at the 4 hanging points (item 14). Hanging rods "
               "on site to be changed to M8 accordingly. Load test 4 x 150 kg witnessed by Vouga."),
         ("h", "Scope"),
         ("p", "This permit covers the 2 pilot canopies only. It changes no quantity and it is not a "
               "production release."),
         ("p", "The 60 series canopies remain not released until Declan Murphy signs off the pilots and "
               "Aoife Brennan issues a written production release. Whether the M8 change carries into the "
               "series will be decided at that sign-off."),
         ("sp",),
         ("table", [
             ["Role", "Name", "Date"],
             ["Engineering", "Declan Murphy, Engineering Manager", "17/04/2024"],
             ["Procurement", "Siobhán Kearney, Procurement Lead", "17/04/2024"],
         ]),
     ], author="Declan Murphy"))])


# =================================================================== POSITIVE
# p01: three files - cover mail + sample PO + supplier quote with 146 series; nothing marks the
#      146 as not released, no hold, no unlock event, no release person
_p01_text = """Bom dia Rui,

Segue em anexo o nosso pedido 4500018950 para as 4 coifas amostra HC-3000-GRU, e também a vossa
proposta MV-2024-0142 (4 amostras + 146 série).

Please confirm receipt and the delivery date for the samples, the Terminal 2 works start in June
and Rafael wants to see the hoods before.

Obrigada!
Mariana Souza
Compradora – Suprimentos
Aerovia Gastronomia Concessões S.A. | Aeroporto Internacional de Guarulhos
+55 11 5555-0131

Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, por favor
avise o remetente e apague-a.
"""
_p01_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Bom dia Rui,</p>
<p>Segue em anexo o nosso pedido <b>4500018950</b> para as 4 coifas amostra HC-3000-GRU, e também a vossa
proposta MV-2024-0142 (4 amostras + 146 série).</p>
<p>Please confirm receipt and the delivery date for the samples, the Terminal 2 works start in June
and Rafael wants to see the hoods before.</p>
<p>Obrigada!<br>Mariana Souza<br>Compradora – Suprimentos<br>Aerovia Gastronomia Concessões S.A.</p>
<p style="font-size:10px;color:#888">Esta mensagem pode conter informação confidencial.</p>
</body></html>
"""
case("p01_aerovia_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "cover mail + 4-sample PO + quote with 146 series unmarked; no hold, no unlock event, no release person",
     [("email_pedido_4500018950.eml", eml_bytes(mail(
         MARIANA, RUI, "Pedido 4500018950 - coifas amostra HC-3000-GRU",
         "Tue, 19 Mar 2024 09:12:00 -0300", _p01_text, html=_p01_html,
         cc="Rafael Oliveira <rafael.oliveira@aerovia.com.br>"))),
      ("4500018950.pdf", pdf([
          ("h1", "PEDIDO DE COMPRA 4500018950"),
          ("p", "Aerovia Gastronomia Concessoes S.A. - CNPJ 12.345.678/0001-90 - Suprimentos, Guarulhos SP"),
          ("table", [
              ["Fornecedor", "Metalurgica Vouga, Lda. (200731)", "Data", "19/03/2024"],
              ["Comprador", "Mariana Souza", "Ref. cotacao", "MV-2024-0142"],
          ]),
          ("sp",),
          ("table", [
              ["Item", "Material", "Descricao", "Qtde", "UN", "Preco EUR", "Total EUR"],
              ["10", "HC-3000-GRU", "Coifa de parede 3000 mm inox 304 1,2 mm - amostra, desenho AER-MEP-3000 rev. C",
               "4", "UN", "2.310,00", "9.240,00"],
          ]),
          ("sp",),
          ("p", "Entrega: DAP Guarulhos, Incoterms 2020, ate 30/04/2024. Pagamento: 45 dias da entrega."),
          ("p", "Favor mencionar o numero do pedido na fatura e no packing list."),
      ], title="Pedido 4500018950", author="Aerovia Suprimentos")),
      ("MV-2024-0142.pdf", pdf([
          ("h1", "METALURGICA VOUGA, LDA."),
          ("p", "Zona Industrial de Agueda, Lote 14 - 3750-101 Agueda - Portugal. ISO 9001:2015"),
          ("h", "PROPOSTA No. MV-2024-0142"),
          ("p", "Cliente: Aerovia Gastronomia Concessoes S.A. - Att. Sra. Mariana Souza. Data: 04/03/2024."),
          ("table", [
              ["Pos.", "Descricao", "Qtd.", "Preco unit.", "Total"],
              ["1", "Coifa HC-3000-GRU, inox 304 1,2 mm - amostras", "4", "EUR 2.310,00", "EUR 9.240,00"],
              ["2", "Coifa HC-3000-GRU - serie Terminal 2 / Terminal 3", "146", "EUR 1.790,00", "EUR 261.340,00"],
          ]),
          ("sp",),
          ("p", "Prazo: amostras 5 semanas; serie 8 semanas, entregas de 30 unidades por mes."),
          ("p", "Condicoes: DAP Guarulhos. Pagamento 45 dias. Validade 60 dias."),
          ("p", "Rui Almeida - Comercial"),
      ], title="Proposta MV-2024-0142", author="Metalurgica Vouga")),
      ])


# p02: two files - sample PO (ERP text) + supplier proforma for 64 pcs under the same PO number
#      that starts production on the advance payment
case("p02_alnoor_po_plus_kaya_proforma", ["RG011", "RG012"],
     "PO states 2 samples, proforma under the same PO states 64 pcs; proforma says production starts on advance payment",
     [("AN-PO-24-0355_oracle_print.txt", """AL NOOR HOSPITALITY GROUP L.L.C.                      ORACLE EBS - PURCHASE ORDER
PROJECTS PROCUREMENT, AL BARSHA 1, DUBAI, U.A.E.      PRINTED 02-APR-2024 10:41
====================================================================================
PO NUMBER   : AN-PO-24-0355        REV : 0        TYPE : STANDARD
SUPPLIER    : 41277  KAYA HAVALANDIRMA SAN. VE TIC. A.S.
              KONYA ORGANIZE SANAYI BOLGESI 3. CAD. NO:14, SELCUKLU / KONYA, TURKIYE
BUYER       : FAISAL AL MARRI
SHIP TO     : AL NOOR CENTRAL WAREHOUSE, DIP 2, DUBAI
------------------------------------------------------------------------------------
LINE  ITEM          DESCRIPTION                              QTY  UOM   PRICE USD
1     FH-560-R2     FAN HOUSING 560MM DKP 2MM RAL 7035         2  NOS    1,150.00
                    SAMPLE - FOR FAT AND MEP SIGN-OFF
------------------------------------------------------------------------------------
                                                     TOTAL USD           2,300.00
NOTE TO SUPPLIER:
 THIS PO IS FOR 2 NOS SAMPLES ONLY. BALANCE 62 NOS (YOUR OFFER KY-Q-24-0071) NOT
 RELEASED UNTIL SAMPLE SIGN-OFF BY RASHID HAMDAN (MEP) AND WRITTEN PRODUCTION
 RELEASE BY OMAR KHALIL (DIRECTOR OF PROJECTS).
 MATERIAL AUTHORITY: SAMPLE-ONLY.
 PAYMENT: 30 DAYS FROM DELIVERY.
------------------------------------------------------------------------------------
"""),
      ("PI-2024-118_Kaya.pdf", pdf([
          ("h1", "PROFORMA INVOICE"),
          ("p", "Kaya Havalandirma San. ve Tic. A.S. - Konya OSB 3. Cad. No:14 Selcuklu/Konya - Vergi No 578 000 1144"),
          ("table", [
              ["PI No.", "PI-2024-118", "Date", "05.04.2024"],
              ["Customer", "Al Noor Hospitality Group L.L.C., Dubai", "Your PO", "AN-PO-24-0355"],
          ]),
          ("sp",),
          ("table", [
              ["No", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
              ["1", "Fan housing FH-560-R2, DKP 2 mm, RAL 7035 (samples incl.)", "64", "pcs", "1,150.00", "73,600.00"],
              ["", "Advance payment 30 %", "", "", "", "22,080.00"],
          ]),
          ("sp",),
          ("p", "Payment: 30 % advance by T/T, balance before loading."),
          ("p", "Production starts upon receipt of the advance payment. Delivery 6 weeks after advance."),
          ("p", "Bank: Turkiye Is Bankasi, Konya OSB branch, IBAN TR00 0006 4000 0014 2000 1234 56, SWIFT ISBKTRIS"),
          ("p", "Emre Yilmaz - Export Sales Manager"),
      ], title="PI-2024-118", author="Kaya Export")),
      ])


# p03: three files - PO (2 samples + 60 production cover), release mail for 40, supplier
#      acknowledgement confirming 60 released
case("p03_hanamaru_po_release_ack_disagree", ["RG011"],
     "release mail releases 40 pcs, supplier acknowledgement confirms 60 pcs released for the same PO",
     [("HD-2024-0297_rev1.pdf", pdf([
          ("h1", "PURCHASE ORDER HD-2024-0297 rev.1"),
          ("p", "Hanamaru Dining Co., Ltd. - Store Development Dept. - 3-5-12 Minamisemba, Chuo-ku, Osaka"),
          ("table", [
              ["Supplier", "Jiangmen Hengxin Stainless Kitchenware Co., Ltd.", "Date", "2024/04/02"],
              ["Buyer", "Kenji Tanaka", "Quotation", "JHX-Q240305"],
          ]),
          ("sp",),
          ("table", [
              ["Ln", "Item", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
              ["10", "HC-1800", "Hood canopy 1800 SUS304 1.0t, DRG HC-1800 Rev.3", "sample", "2", "690.00", "1,380.00"],
              ["20", "HC-1800", "Hood canopy 1800 SUS304 1.0t, DRG HC-1800 Rev.3", "production", "60", "540.00", "32,400.00"],
          ]),
          ("sp",),
          ("p", "Line 10 samples: signed off by Yuki Morimoto on 2024/03/27 (SSR-HD-0327)."),
          ("p", "Line 20 is commercial cover only. Production quantities under line 20 are released only by "
                "written release from Hiroshi Sato (GM Store Development), lot by lot. Quantity not released "
                "stays on hold. Material authority: up to the released quantity."),
      ], title="HD-2024-0297 rev.1", author="Hanamaru Purchasing")),
      ("REL-HD-24-005.eml", eml_bytes(mail(
          SATO, LILY, "Production release REL-HD-24-005 / PO HD-2024-0297 HC-1800",
          "Mon, 08 Apr 2024 10:00:00 +0900",
          """Dear Ms. Lily Chen,

Thank you for the good samples.

By this mail I release production of 40 pcs HC-1800 (first lot) under PO HD-2024-0297 line 20.
Release no. REL-HD-24-005. Delivery to Osaka DC by 2024/06/10.

The remaining 20 pcs of line 20 stay on hold. They need my next written release, after our
store opening schedule for autumn is fixed.

Best regards,
Hiroshi Sato
General Manager, Store Development
Hanamaru Dining Co., Ltd.
""", cc=TANAKA))),
      ("Hengxin_order_confirmation_HD-2024-0297.txt", """From: Lily Chen <lily.chen@hengxin-kitchen.cn>
To: Hiroshi Sato <h-sato@hanamaru-dining.co.jp>
Cc: Kenji Tanaka <k-tanaka@hanamaru-dining.co.jp>
Date: Mon, 08 Apr 2024 15:26:03 +0800
Subject: RE: Production release REL-HD-24-005 / PO HD-2024-0297 HC-1800

Dear Mr. Sato,

Thank you very much for your release!

We confirm production release for 60 pcs HC-1800 under PO HD-2024-0297 line 20, release
REL-HD-24-005. Production will start from next Monday, delivery to Osaka DC by 2024/06/10
as requested.

Best regards
Lily Chen
Sales Dept. | Jiangmen Hengxin Stainless Kitchenware Co., Ltd.
"""),
      ])


# p04: Teams - full scope first, later an unscoped "go ahead so"
case("p04_teams_glenmore_go_ahead_so", ["RG002"],
     "after a complete scope (10 samples, 290 held, sign-off + Aoife Brennan), buyer writes 'grand, go ahead so' with no quantity or sample scope",
     [("Teams_Glenmore_Wentech_DAD-400.txt", """Microsoft Teams - chat export
Chat: Wentech access doors – Cork & Limerick sites
Participants: Siobhán Kearney (Glenmore Catering Services), Tomasz Nowak (Wentech) (External)
Exported: 26/04/2024 10:15

[03/04/2024 09:20] Siobhán Kearney
Morning Tomasz. PO GCS-PO-240455 is out to you: 10 sample doors DAD-400-300 only. The 290 on your quote stay on hold until Declan signs off the samples and Aoife Brennan releases them in writing. Material for the 10 only.

[03/04/2024 09:41] Tomasz Nowak (External)
Good morning, received. 10 pcs samples, material for 10. OK

[24/04/2024 15:02] Tomasz Nowak (External)
Hi Siobhán, we changed the hinge to stainless piano hinge as Declan asked in the review. Photo below. OK for you?

[24/04/2024 15:02] Tomasz Nowak (External)
[Image: DAD-400-300_hinge_v2.jpg]

[24/04/2024 15:37] Siobhán Kearney
That hinge detail is grand, go ahead so 👍

[24/04/2024 15:38] Tomasz Nowak (External)
Super, thank you!
"""),
      ])


# p05: WhatsApp - "only the sample frames", no number; "rest on hold until further notice"
case("p05_whatsapp_alnoor_until_further_notice", ["RG004", "RG010"],
     "buyer: 'only the sample frames for now, rest on hold until further notice, I will confirm' - no quantity, no unlock event",
     [("WhatsApp Chat with Faisal Al Marri.txt", """[08/04/2024, 13:05] Ahmed Farouk Nile Airtech: Good afternoon Faisal, we received the PO for the fire damper frames FDF-600x400, thank you 🙏
[08/04/2024, 13:06] Ahmed Farouk Nile Airtech: Our planning ask when we can start the full batch? We have free slot on the press brake next week
[08/04/2024, 13:31] Faisal Al Marri: Hi Ahmed. Only the sample frames for now ya Ahmed
[08/04/2024, 13:32] Faisal Al Marri: The rest is on hold until further notice. I will confirm to you
[08/04/2024, 13:32] Faisal Al Marri: Faisal
[08/04/2024, 13:40] Ahmed Farouk Nile Airtech: Noted with thanks, we wait your confirmation
"""),
      ])


# p06: SAP PO printout - 24 sample filters, project quantity 2.400 unmarked; release person named
#      but no hold and no unlock event
case("p06_aerovia_sap_po_project_qty", ["RG001", "RG003", "RG004"],
     "sample PO 24 UN with 'quantidade do projeto 2.400 UN' unmarked; names release person but no hold and no unlock event",
     [("SAP_ME9F_4500019230.txt", """AEROVIA GASTRONOMIA CONCESSOES S.A.                        SAP ECC 6.0 - ME9F
PEDIDO DE COMPRA / PURCHASE ORDER                          Impresso 16.04.2024 14:02
--------------------------------------------------------------------------------------
Pedido          4500019230                 Data do documento   16.04.2024
Fornecedor      300977 JIANGMEN HENGXIN STAINLESS KITCHENWARE CO LTD, JIANGMEN CN
Org. compras    AE01  Grupo compradores  M07 (Mariana Souza)
Cond. pgto      N045 45 dias      Incoterms  FOB GUANGZHOU
--------------------------------------------------------------------------------------
Item  Material        Texto breve                          Qtde      UN   Preco USD
00010 GF-495-495-50   FILTRO BAFFLE 495X495X50 AISI430       24       UN       18.50
                      AMOSTRA / SAMPLE - EN 16282-6
                                                        Valor total USD    444.00
--------------------------------------------------------------------------------------
Texto de cabecalho:
  Quantidade do projeto 2.400 UN (lojas GRU T2/T3, CGH e BSB).
  Liberacao de producao: Luciana Ferreira, Gerente de Suprimentos.
  Favor enviar certificado de material EN 10204 3.1 com as amostras.
--------------------------------------------------------------------------------------
Pagina 1 de 1
"""),
      ])


# p07: X12 850 - balance on hold pending sample sign-off, released by "purchasing dept"
case("p07_hanamaru_x12_850_dept_release", ["RG005"],
     "EDI 850: 6 samples, balance 294 on hold pending sample sign-off, release 'by purchasing dept' - no named person",
     [("EDI850_HD-2024-0312.txt", """ISA*00*          *00*          *ZZ*HANAMARUOSA    *ZZ*HENGXINJM      *240412*0915*U*00401*000000731*0*P*>~
GS*PO*HANAMARUOSA*HENGXINJM*20240412*0915*731*X*004010~
ST*850*0731~
BEG*00*SA*HD-2024-0312**20240412~
REF*VR*S-0930~
PER*BD*KENJI TANAKA*TE*81-6-5555-0120~
N1*ST*HANAMARU OSAKA DC*92*OSA-DC1~
PO1*10*6*EA*14.90*PE*VP*GF-495*PD*BAFFLE FILTER 495X495X50 SUS430 SAMPLE~
PO1*20*294*EA*11.40*PE*VP*GF-495*PD*BAFFLE FILTER 495X495X50 SUS430 PRODUCTION~
MSG*LINE 20 BAL 294 EA ON HOLD. NOT RELEASED.~
MSG*RELEASE OF LINE 20 ONLY AFTER SAMPLE SIGN-OFF OF LINE 10.~
MSG*RELEASE BY PURCHASING DEPT.~
MSG*MATERIAL AUTHORITY SAMPLE ONLY (6 EA).~
CTT*2*300~
SE*14*0731~
GE*1*731~
IEA*1*000000731~
"""),
      ])


# p08: WeChat - supplier proposes rolling into mass production on sample approval; buyer "ok"
case("p08_wechat_hengxin_roll_into_mass", ["RG007"],
     "supplier: 'once you approve the samples we start directly mass production 490 pcs' and buyer answers 'ok', against her own written-release scope",
     [("WeChat_Kevin_Liang_export.txt", """WeChat Chat History with Kevin Liang 梁凯文 (Hengxin)
Exported by Siobhán Kearney, 2024-04-25

2024-04-02 11:14  Siobhán Kearney
Hi Kevin, PO GCS-PO-240470 sent by mail. 10 sample baffle filters only. The 490 are not released, on hold until Declan signs off the samples and Aoife Brennan sends the written release. Material for 10 only pls.

2024-04-02 11:30  Kevin Liang
Received Siobhán, thank you! 10 pcs sample, material for 10 only 👌

2024-04-24 17:52  Kevin Liang
Siobhán, samples 10 pcs will finish Friday, send by FedEx Monday.
Once you approve the samples we start directly mass production 490 pcs, to catch the September vessel. ok?

2024-04-24 18:05  Siobhán Kearney
ok 👍 thanks Kevin

2024-04-24 18:06  Kevin Liang
[Thumbs Up]
"""),
      ])


# p09: supplier mail (saved as text) - forecast read as an order, material bought for all of it
case("p09_wentech_forecast_order_material", ["RG006", "RG008"],
     "supplier treats the buyer's forecast of 400 as an order, plans it and buys sheet for all 400 while only 20 samples are on PO",
     [("Wentech_mail_plan_wk36.txt", """From: Agnieszka Wiśniewska <a.wisniewska@wentech.pl>
To: Siobhán Kearney <siobhan.kearney@glenmorecatering.ie>
Cc: Tomasz Nowak <t.nowak@wentech.pl>
Date: Thu, 18 Apr 2024 13:05:44 +0200
Subject: Production plan baffle filters GF-495 - week 36

Dear Mrs Kearney,

According to your forecast order of 400 pcs baffle filters GF-495-495-50 we have planned the
production in week 36 (2.09 - 6.09.2024), with delivery to Ballycoolin in week 38.

To keep the price from our offer we have already ordered the stainless sheet 1.4016 (AISI 430)
0,8 mm for all 400 pcs from our steel service centre (approx. 1 170 kg, delivery week 20).

The 20 sample filters from PO GCS-PO-240419 are in production now and will be shipped in week 17.

In case of questions please contact me.

Z poważaniem / Kind regards
Agnieszka Wiśniewska
Production Planning
Wentech Sp. z o.o. | ul. Przemysłowa 18 | 85-758 Bydgoszcz
tel. +48 52 555 01 80
"""),
      ])


# p10: supplier MRP printout - forecast converted to firm, material bought for 64, production
#      order released on PO acceptance + advance
case("p10_kaya_mrp_printout", ["RG006", "RG008", "RG012"],
     "supplier MRP: forecast 62 converted to FIRM, material reserved/bought for 64 sets vs 2 released, production order RELEASED on PO acceptance + advance",
     [("KAYA_MRP_SO24-0318.txt", """KAYA HAVALANDIRMA SAN. VE TIC. A.S.              LOGO TIGER - MRP RAPORU / MRP REPORT
URETIM PLANLAMA / PRODUCTION PLANNING            Tarih 18.04.2024 07:30   Kullanici: BDEMIR
=========================================================================================
MUSTERI / CUSTOMER : 120-0457 AL NOOR HOSPITALITY GROUP LLC - DUBAI
SIPARIS / SO       : SO 24-0318      MUSTERI PO: AN-PO-24-0318
MALZEME / ITEM     : FH-560-R2  FAN HOUSING 560 MM DKP 2 MM RAL 7035
-----------------------------------------------------------------------------------------
TALEP / DEMAND
  Musteri onayli miktar (customer release qty) .......       2 AD
  Musteri tahmini (customer forecast) ...............      62 AD
    -> STATUS: FIRM (forecast converted to firm planned orders 16.04.2024, B. Demir)
  TOPLAM PLAN / TOTAL PLANNED .......................      64 AD
-----------------------------------------------------------------------------------------
MALZEME / MATERIAL
  DKP SAC 2 MM 1250X2500 ........ 64 set   SATINALMA PO TR-SA-24-551  (ordered 16.04, ETA 25.04)
  KAYNAK TELI SG2 1,0 MM ........ 64 set   from stock, reserved
  TOZ BOYA RAL 7035 ............. 64 set   reserved
-----------------------------------------------------------------------------------------
URETIM EMRI / PRODUCTION ORDER
  UE-24-1187   FH-560-R2   64 AD   STATUS: SERBEST / RELEASED
  Release basis: customer PO accepted 03.04.2024 + advance payment received 12.04.2024
-----------------------------------------------------------------------------------------
NOT: Numune / samples 2 AD - FAT 15.04.2024 Konya.
=========================================================================================
"""),
      ])


# p11: WhatsApp - deposit paid, PO still in approval, "so pls start the production" (no quantity)
case("p11_whatsapp_alnoor_deposit_start", ["RG010", "RG012"],
     "buyer: PO still in finance approval but 'deposit transferred so pls start the production' - payment as release, no quantity stated",
     [("WhatsApp Chat with Priya Nair Al Noor.txt", """[02/04/2024, 10:12] Ahmed Farouk Nile Airtech: Dear Ms Priya good morning, PI-0402 for the HC-3000 canopies Marina Bay sent to your email. Kindly check
[02/04/2024, 10:40] Priya Nair: Received Ahmed, thanks. PO is still in approval with our finance, Faisal is travelling this week
[09/04/2024, 16:55] Priya Nair: Ahmed, deposit 30% transferred today, swift copy in your email
[09/04/2024, 16:55] Priya Nair: So pls start the production, we need them before the handover 🙏
[09/04/2024, 17:20] Ahmed Farouk Nile Airtech: Thank you Ms Priya, we will check with accounts and inform the factory inshallah
"""),
      ])


# p12: ERP PO with "1 LOT" samples - hold, event and release person stated, but no unit quantity
case("p12_glenmore_erp_po_one_lot", ["RG010"],
     "sample PO line '1 LOT ... samples as per quote'; hold, unlock event and Declan Murphy named, but no authorized quantity",
     [("GCS-PO-240466_D365.txt", """GLENMORE CATERING SERVICES LTD                              PURCHASE ORDER
Unit 7, Ballycoolin Business Park, Dublin 15, D15 XY00         Dynamics 365 Business Central
VAT IE 9876543X                                                Printed 11/04/2024 12:30
------------------------------------------------------------------------------------------
PO No.:        GCS-PO-240466               Order date:   11/04/2024
Vendor:        V-10277 Wentech Sp. z o.o., ul. Przemysłowa 18, 85-758 Bydgoszcz, PL
Your quote:    WT/24/0233                  Buyer:        Siobhán Kearney
Ship to:       Central Stores, Ballycoolin  Terms:        30 days EOM, DAP Incoterms 2020
------------------------------------------------------------------------------------------
Line  Item No.         Description                                  Qty  UoM     Amount EUR
10    DAD-300-200-G    Duct access door 300x200 galv., GCS-DRG-0412   1  LOT       1.240,00
                       Rev C - samples as per quote WT/24/0233
------------------------------------------------------------------------------------------
                                                          Total excl. VAT EUR    1.240,00
PO NOTE:
Samples authorised. Balance on hold pending sample sign-off. Production release by
Declan Murphy, Engineering Manager, in writing after sign-off. Material for samples only.
------------------------------------------------------------------------------------------
Please quote PO number on all delivery notes and invoices. Page 1 of 1
"""),
      ])


# p13: Teams - "released" for the drawing and for production; 20 pcs then "as I said 25 pcs"
case("p13_teams_hanamaru_20_then_25", ["RG009", "RG011"],
     "same chat releases 'first lot 20 pcs' then 'as I said, 25 pcs released'; 'released' also used for the drawing",
     [("Teams_Hanamaru_Hengxin_HC-1800.txt", """Microsoft Teams チャットのエクスポート / chat export
Chat: HC-1800 2nd store batch (Hanamaru / Hengxin)
Participants: 田中 健二 Kenji Tanaka, Zhou Wei (Hengxin) (外部 External)

2024/04/15 10:02 田中 健二 Kenji Tanaka
Zhou-san, good morning. Drawing HC-1800 Rev.4 is released today (drain position change). Please use Rev.4.

2024/04/15 10:05 田中 健二 Kenji Tanaka
And production: release 20 pcs first lot please, PO HD-2024-0315 line 20. Remaining pcs on hold until Sato-san's written release for lot 2.

2024/04/15 10:31 Zhou Wei (External)
Received Tanaka-san. Rev.4 noted. First lot we start Wednesday.

2024/04/17 14:48 Zhou Wei (External)
Tanaka-san, material cut today. Please confirm lot 1 quantity again, our sales says different number

2024/04/17 15:10 田中 健二 Kenji Tanaka
As I said, 25 pcs released for first lot. Rest on hold until Sato-san's release for lot 2.

2024/04/17 15:12 Zhou Wei (External)
ok 25 pcs, thank you
"""),
      ])


# p14: plain mail - pilot-only go-ahead, quote "(2 + 58)" shown, nothing about the 58
case("p14_glenmore_mail_two_pilots", ["RG001", "RG003", "RG004", "RG005"],
     "'go ahead with the two pilots' beside 'quote (2 + 58)'; never says the 58 are not released, no event, no release person",
     [("mail_GCS-PO-240501_pilots.txt", """From: Siobhán Kearney <siobhan.kearney@glenmorecatering.ie>
To: Rui Almeida <rui.almeida@metvouga.pt>
Date: Fri, 12 Apr 2024 16:44:09 +0100
Subject: PO GCS-PO-240501 - HC-3000 pilots

Hi Rui,

PO GCS-PO-240501 is live in our system for two (2) pilot canopies HC-3000, as per your
quote MV-2024-0151 (2 + 58). Go ahead with the two pilots.

Declan would like them in Ballycoolin by the 20th of May if at all possible, we're fitting the
first one in the Naas Road kitchen the week after.

Have a good weekend,
Siobhán

--
Siobhán Kearney | Procurement Lead
Glenmore Catering Services Ltd | Unit 7 Ballycoolin Business Park | Dublin 15
+353 1 555 0190
"""),
      ])


# p15: EDI 830 planning schedule with forecast qualifiers, but a note says the quantities are firm
case("p15_aerovia_x12_830_firm_note", ["RG008"],
     "830 planning schedule (FST qualifier D = planning) with note 'quantities below are firm orders, produce and ship'",
     [("X12_830_AER_MV_2024-15.txt", """ISA*00*          *00*          *ZZ*AEROVIAGRU     *ZZ*MVOUGAPT       *240412*0800*U*00401*000000398*0*P*>~
GS*PS*AEROVIAGRU*MVOUGAPT*20240412*0800*398*X*004010~
ST*830*0398~
BFR*05**AER-FC-2024-15*DL*A*20240701*20241231*20240412~
N1*ST*AEROVIA CD GUARULHOS*92*GRU-CD01~
LIN**BP*HC-3000-304*VP*HC-3000-304~
UIT*EA~
FST*24*D*M*20240701~
FST*24*D*M*20240801~
FST*36*D*M*20240901~
FST*36*D*M*20241001~
FST*30*D*M*20241101~
FST*30*D*M*20241201~
CTT*1*180~
SE*13*0398~
GE*1*398~
IEA*1*000000398~

------------------------------------------------------------------
AEROVIA - PROGRAMA DE ENTREGAS / PLANNING SCHEDULE  (texto anexo)
------------------------------------------------------------------
Fornecedor: Metalurgica Vouga Lda (200731)   Item: HC-3000-304
  07/2024  24    08/2024  24    09/2024  36
  10/2024  36    11/2024  30    12/2024  30      TOTAL 180
NOTA: AS QUANTIDADES ACIMA SAO PEDIDOS FIRMES. QUANTITIES ABOVE ARE FIRM
ORDERS - SUPPLIER TO PRODUCE AND SHIP AS SCHEDULED. NO FURTHER PO WILL BE SENT.
Compras: Mariana Souza
------------------------------------------------------------------
"""),
      ])


# p16: two-level quoted thread - buyer scope (quoted twice), supplier asks, buyer "approved ...
#      approved also. Please proceed."
_p16_l2 = """Lily-san,

PO HD-2024-0301 is attached. Scope: 3 pcs sample hood canopy HC-1500 only.
The 45 pcs balance is not released. It stays on hold until Morimoto-san signs off the samples,
and then Sato-san (GM) sends the written production release. Material for 3 pcs only please.

Best regards,
Kenji Tanaka
"""
_p16_l1 = """Dear Tanaka-san,

Samples 3 pcs HC-1500 finished, photos attached. We changed the drain plug to G1/2 as Morimoto-san
asked, also the PO price is updated for this change in your system I think.
Please confirm we can proceed?

Best regards
Lily Chen

On 2024/03/21 9:40, Kenji Tanaka wrote:
""" + quote(_p16_l2)
_p16_text = """Lily-san,

Thank you. Drawing change is approved, PO revision is approved also. Please proceed.

Best regards,
Kenji Tanaka
Purchasing, Store Development Dept.
Hanamaru Dining Co., Ltd.
TEL 06-5555-0120

On 2024/04/16 17:05, Lily Chen <lily.chen@hengxin-kitchen.cn> wrote:
""" + quote(_p16_l1) + """
このメールは機密情報を含む場合があります。/ This e-mail may contain confidential information.
"""
case("p16_hanamaru_thread_please_proceed", ["RG002", "RG009"],
     "buyer reply 'drawing change is approved, PO revision is approved also. Please proceed.' under a two-level quoted scope; unscoped proceed, approval used technical + commercial",
     [("RE_RE_HC-1500_samples.eml", eml_bytes(mail(
         TANAKA, LILY, "RE: RE: PO HD-2024-0301 HC-1500 samples",
         "Wed, 17 Apr 2024 09:12:00 +0900", _p16_text,
         in_reply_to="<hx-20240416-1705@hengxin-kitchen.cn>")))])


# p17: multipart/alternative - drawing approved, "green light, podem começar" for a sample PO whose
#      series is mentioned; no quantity scope in the green light, no hold, no event, no person
_p17_text = """Oi Rui, tudo bem?

O pedido 4500019004 para as 4 amostras HC-3000-GRU saiu ontem, conforme a vossa proposta
MV-2024-0149 (amostras + série Terminal 3).

Rafael checked drawing rev. D this morning - aprovado! So green light, podem começar!

Qualquer coisa me liga.
Abraço,
Mariana

Mariana Souza | Compradora – Suprimentos
Aerovia Gastronomia Concessões S.A.
+55 11 5555-0131
"""
_p17_html = """<html><body style="font-family:Arial,sans-serif">
<p>Oi Rui, tudo bem?</p>
<p>O pedido <b>4500019004</b> para as 4 amostras HC-3000-GRU saiu ontem, conforme a vossa proposta
MV-2024-0149 (amostras + série Terminal 3).</p>
<p>Rafael checked drawing rev. D this morning - <b>aprovado!</b> So <span style="color:green"><b>green light</b></span>, podem começar! &#128077;</p>
<p>Qualquer coisa me liga.<br>Abraço,<br>Mariana</p>
<p style="color:#666;font-size:11px">Mariana Souza | Compradora – Suprimentos<br>Aerovia Gastronomia Concessões S.A.<br>+55 11 5555-0131</p>
</body></html>
"""
case("p17_aerovia_green_light_mail", ["RG002", "RG003", "RG004", "RG005"],
     "'green light, podem começar' after drawing approval, unscoped; PO is for 4 samples of a quote with a series, no hold, no event, no person",
     [("Re_desenho_revD.eml", eml_bytes(mail(
         MARIANA, RUI, "Desenho rev. D aprovado - HC-3000-GRU",
         "Wed, 10 Apr 2024 11:48:00 -0300", _p17_text, html=_p17_html,
         cc="Rafael Oliveira <rafael.oliveira@aerovia.com.br>")))])


# p18: balance held until sign-off and "our written release" - no named person
case("p18_glenmore_mail_our_written_release", ["RG005"],
     "6 sample frames, 154 not released until samples signed off and 'our written release' - nobody named",
     [("GCS-PO-240462_FDF-800.eml", eml_bytes(mail(
         SIOBHAN, TOMASZ, "PO GCS-PO-240462 - FDF-800x500 sample frames",
         "Mon, 15 Apr 2024 10:20:00 +0100",
         """Hi Tomasz,

PO GCS-PO-240462 attached in the portal for 6 (six) sample fire-damper frames FDF-800x500,
drawing GCS-DRG-0440 Rev A, EN 15650 / EI 120 as per your quote WT/24/0240.

The balance of 154 frames on that quote is not released. It stays on hold until the samples
are signed off by our engineering team and you have our written release.

Material for the 6 samples only, please.

Thanks a million,
Siobhán
""" + sig("Siobhán Kearney", "Procurement Lead", GCS, "+353 1 555 0190"))))])


# p19: supplier reply under the quoted buyer scope - bought coil for all 300 hoods
_p19_buyer = """Lily-san,

PO HD-2024-0322: 3 pcs sample canopy HC-1200 only.
297 pcs are not released, on hold until Morimoto-san sample sign-off and written release by
Sato-san. Material: for 3 samples only.

Kenji Tanaka
"""
_p19_text = """Dear Tanaka-san,

Good news, samples 3 pcs HC-1200 will finish next week Tuesday.

Also for your information, we already purchased SUS304 coil 1.0t for whole 300 pcs hoods
(about 4.2 ton) to lock the price, because nickel price go up very fast this month. No extra
cost for you now, we keep the coil in our warehouse.

Best regards
Lily Chen
Sales Dept. | Jiangmen Hengxin Stainless Kitchenware Co., Ltd.
Tel +86 750 555 0188

-----Original Message-----
From: Kenji Tanaka <k-tanaka@hanamaru-dining.co.jp>
Sent: 2024-04-03 10:15
To: Lily Chen
Subject: PO HD-2024-0322 HC-1200 samples

""" + quote(_p19_buyer)
case("p19_hengxin_coil_for_300", ["RG006"],
     "supplier bought coil for all 300 hoods while the quoted buyer scope releases 3 samples with sample-only material",
     [("RE_PO_HD-2024-0322.eml", eml_bytes(mail(
         LILY, TANAKA, "RE: PO HD-2024-0322 HC-1200 samples",
         "Thu, 18 Apr 2024 15:33:00 +0800", _p19_text,
         in_reply_to="<h216-hmd-0403-1015@hanamaru-dining.co.jp>")))])


# p20: buyer (release authority named) says: if the samples are approved, proceed with 57 directly
_p20_q = """Dear Tanaka-san,

Thank you for PO HD-2024-0307 for 3 pcs sample fan housing FH-450. Can we know when we can start
the series? Our workshop is full from June.

Best regards,
Emre Yılmaz
Kaya Havalandırma
"""
_p20_text = """Dear Emre-san,

Thank you for your mail.

The release authority for this order is me. The 57 pcs are not released now.
Please make the 3 sample fan housings first. If Morimoto-san approves the samples, you can
proceed with the 57 pcs directly, no need to wait my mail. It will save time for the autumn
store openings.

Best regards,
Kenji Tanaka
Purchasing, Store Development Dept.
Hanamaru Dining Co., Ltd.

> -----Original Message-----
> From: Emre Yılmaz
> Sent: Monday, April 8, 2024 4:02 PM
""" + quote(_p20_q)
case("p20_hanamaru_if_approved_proceed", ["RG007"],
     "buyer release authority: 'if Morimoto-san approves the samples, proceed with the 57 pcs directly, no need to wait my mail' - no recorded auto-conversion",
     [("RE_HD-2024-0307_FH-450.eml", eml_bytes(mail(
         TANAKA, EMRE, "RE: PO HD-2024-0307 FH-450 samples - series start?",
         "Tue, 09 Apr 2024 10:05:00 +0900", _p20_text,
         in_reply_to="<kaya-2024-0408-1602@kayahavalandirma.com.tr>")))])


# p21: forecast PDF (labelled) sent with a mail that calls it a commitment and "consider it ordered"
_p21_pdf = pdf([
    ("h1", "Hanamaru Dining - FY2025 Forecast"),
    ("p", "Supplier: Jiangmen Hengxin Stainless Kitchenware Co., Ltd. Prepared 2024/04/10 by K. Tanaka."),
    ("table", [
        ["Item", "Description", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)", "FY2025"],
        ["GF-495", "Baffle filter 495x495x50 SUS430", "360", "420", "540", "480", "1,800"],
    ]),
    ("sp",),
    ("p", "Forecast based on store opening plan rev.9 (28 new stores)."),
], title="FY2025 forecast", author="Kenji Tanaka")
case("p21_hanamaru_forecast_commitment_mail", ["RG008"],
     "mail calls the FY2025 forecast of 1,800 filters 'our commitment ... consider it as ordered'; current PO scope otherwise complete",
     [("FY2025_forecast_GF-495.eml", eml_bytes(mail(
         TANAKA, LILY, "FY2025 forecast GF-495 baffle filters",
         "Thu, 11 Apr 2024 14:20:00 +0900",
         """Lily-san,

Please find attached our FY2025 forecast for GF-495.

This is our commitment: 1,800 pcs baffle filters GF-495 for FY2025. Please reserve your capacity
and consider it as ordered, so you can plan the steel.

About the current PO HD-2024-0275: it is still 6 pcs samples only. The production balance of 294
pcs on that PO is not released; Sato-san will release it in writing after Morimoto-san signs off
the samples.

Best regards,
Kenji Tanaka
Purchasing, Store Development Dept.
Hanamaru Dining Co., Ltd.
""", attachments=[("Hanamaru_FY2025_forecast_GF-495.pdf", _p21_pdf, PDF_MT)])))])


# p22: multipart/alternative - "approved" for pilots, PO, budget and "approved to go" for 20
_p22_text = """Hi Rui,

Good news at last. The pilots are approved (Declan signed them off on Tuesday), the PO revision
is approved in Dynamics, and the board approved the budget yesterday, so you're approved to go
for the first twenty (20) canopies HC-2400 on PO GCS-PO-240388 rev 1.

The remaining 40 stay on hold until my written production release for lot 2.

Talk soon,
Aoife

Aoife Brennan
Head of Supply Chain
Glenmore Catering Services Ltd
"""
_p22_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Rui,</p>
<p>Good news at last. The pilots are <b>approved</b> (Declan signed them off on Tuesday), the PO revision
is <b>approved</b> in Dynamics, and the board <b>approved</b> the budget yesterday, so you're approved to go
for the <b>first twenty (20) canopies</b> HC-2400 on PO GCS-PO-240388 rev 1.</p>
<p>The remaining 40 stay on hold until my written production release for lot 2.</p>
<p>Talk soon,<br>Aoife</p>
<p style="color:#555">Aoife Brennan<br>Head of Supply Chain<br>Glenmore Catering Services Ltd</p>
</body></html>
"""
case("p22_glenmore_approved_three_ways", ["RG009"],
     "'approved' used for pilot sign-off, PO revision, budget and the production go for 20; quantity, hold, event and person are stated",
     [("Pilots_HC-2400_update.eml", eml_bytes(mail(
         AOIFE, RUI, "HC-2400 pilots - update and first lot",
         "Thu, 25 Apr 2024 12:02:00 +0100", _p22_text, html=_p22_html, cc=SIOBHAN + ", " + DECLAN)))])


# p23: buyer reply "start with the samples as discussed" - no quantity; the quoted supplier
#      question asks "2 or 3?"
_p23_q = """Dear Faisal Bey,

We have received your PO AN-PO-24-0391 for fan housings FH-630, thank you. How many samples do
you need for the FAT, 2 or 3 pcs? On the call Rashid Bey said maybe 3.

Best regards,
Emre Yılmaz
"""
_p23_text = """Dear Emre,

Please start with the samples as discussed in the call.

The remainder stays on hold until our MEP sign-off of the samples; then Omar Khalil will release
it in writing.

Regards,
Faisal

""" + "On Mon, 15 Apr 2024 at 11:02, Emre Yılmaz <emre.yilmaz@kayahavalandirma.com.tr> wrote:\n" + quote(_p23_q) + \
    sig("Faisal Al Marri", "Procurement Manager", ANH, "+971 4 555 0111")
case("p23_alnoor_start_samples_as_discussed", ["RG010"],
     "buyer: 'start with the samples as discussed' in reply to '2 or 3?'; hold, event and Omar Khalil stated, no authorized quantity",
     [("RE_PO_AN-PO-24-0391_samples.eml", eml_bytes(mail(
         FAISAL, EMRE, "RE: PO AN-PO-24-0391 FH-630 - sample quantity?",
         "Mon, 15 Apr 2024 13:40:00 +0400", _p23_text,
         in_reply_to="<kaya-2024-0415-1102@kayahavalandirma.com.tr>")))])


# p24: cover mail says PO AN-PO-24-0415 for two samples, the attached PDF is AN-PO-24-0451 for three
_p24_pdf = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Al Noor Hospitality Group - Projects Procurement - Al Barsha 1, Dubai, UAE"),
    ("table", [
        ["PO No.", "AN-PO-24-0451", "Date", "14/04/2024"],
        ["Supplier", "Nile Airtech Industries S.A.E.", "Buyer", "Priya Nair"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit price USD"],
        ["1", "FDF-600x400-EI120", "Fire-damper frame 600x400, EN 15650, EI 120 S", "sample", "3", "125.00"],
    ]),
    ("sp",),
    ("p", "Note: samples only. The balance of the 120 nos quoted (NA-Q-24-077) is not released and stays on "
          "hold until sample sign-off by Rashid Hamdan and written production release by Omar Khalil. "
          "Material: samples only."),
], title="AN-PO-24-0451", author="Al Noor Procurement")
_p24_text = """Dear Ahmed,

Please find attached PO AN-PO-24-0415 for two (2) sample fire-damper frames FDF-600x400.
The balance of the 120 nos on your offer is not released and stays on hold until Rashid signs off
the samples and Omar Khalil releases it in writing. Material for the samples only.

Kindly acknowledge.

Thanks & Regards,
Priya Nair
Purchasing Officer - Projects Procurement
Al Noor Hospitality Group
"""
case("p24_alnoor_mail_po_number_mismatch", ["RG011"],
     "cover mail: PO AN-PO-24-0415 for two samples; attached PO is AN-PO-24-0451 for three samples",
     [("PO_FDF-600x400_samples.eml", eml_bytes(mail(
         PRIYA, AHMED, "PO AN-PO-24-0415 - FDF-600x400 sample frames",
         "Sun, 14 Apr 2024 11:25:00 +0400", _p24_text,
         html="<html><body><p>Dear Ahmed,</p><p>Please find attached PO <b>AN-PO-24-0415</b> for two (2) sample "
              "fire-damper frames FDF-600x400. The balance of the 120 nos on your offer is not released and stays "
              "on hold until Rashid signs off the samples and Omar Khalil releases it in writing. Material for the "
              "samples only.</p><p>Kindly acknowledge.</p><p>Thanks &amp; Regards,<br>Priya Nair<br>Purchasing "
              "Officer - Projects Procurement<br>Al Noor Hospitality Group</p></body></html>\n",
         attachments=[("AN-PO-24-0451.pdf", _p24_pdf, PDF_MT)])))])


# p25: supplier reply under the quoted buyer scope: deposit received, so mass production of 116
#      starts now and steel is bought
_p25_buyer = """Hi Lily,

PO GCS-PO-240488 is attached: 4 sample canopies HC-2000 plus the press-brake tooling.
Deposit: we'll pay 30% of the PO value (samples + tooling) on your PI, as agreed.
The other 116 canopies on your quote are not released. They stay on hold until Declan signs off
the samples and Aoife Brennan sends you a written production release. Material for the 4 only.

Thanks,
Siobhán
"""
_p25_text = """Dear Siobhán,

Good news, we received your 30% deposit today, thank you very much!

So we start mass production of the 116 pcs HC-2000 now together with the samples, and we buy
the SUS304 steel this week to keep the good price. Samples will be ready 10 May.

Best regards
Lily Chen
Sales Dept. | Jiangmen Hengxin Stainless Kitchenware Co., Ltd.
Tel +86 750 555 0188 | WeChat lilychen_hx

----- 原始邮件 / Original -----
发件人 From: Siobhán Kearney <siobhan.kearney@glenmorecatering.ie>
日期 Date: 2024-04-05 11:02
主题 Subject: PO GCS-PO-240488 HC-2000 samples + tooling

""" + quote(_p25_buyer)
case("p25_hengxin_deposit_mass_production", ["RG006", "RG012"],
     "supplier: 'received your 30% deposit, so we start mass production of the 116 and buy the steel' under a quoted scope that holds the 116",
     [("RE_PO_GCS-PO-240488_HC-2000.eml", eml_bytes(mail(
         LILY, SIOBHAN, "RE: PO GCS-PO-240488 HC-2000 samples + tooling",
         "Mon, 22 Apr 2024 10:18:00 +0800", _p25_text,
         in_reply_to="<h216-gcs-0405-1102@glenmorecatering.ie>")))])


# p26: buyer forwards the finance payment confirmation (rfc822, with a text attachment) and
#      writes "sinal pago, podem iniciar a produção" - no quantity
_p26_inner = mail(
    "Contas a Pagar <contasapagar@aerovia.com.br>", MARIANA,
    "Confirmação de pagamento - sinal PI MV-PI-24-031",
    "Fri, 12 Apr 2024 15:02:00 -0300",
    """Mariana, boa tarde.

Confirmamos o pagamento do sinal de 30% referente à fatura proforma MV-PI-24-031
(Metalúrgica Vouga), valor EUR 80.550,00, via SWIFT hoje. Comprovante em anexo.

Att.,
Contas a Pagar – Financeiro
Aerovia Gastronomia Concessões S.A.
""",
    attachments=[("comprovante_SWIFT_MT103.txt", """{1:F01ITAUBRSPAXXX0000000000}{2:I103BCOMPTPLXXXXN}
:20:AER240412-0031
:23B:CRED
:32A:240412EUR80550,00
:50K:/0001-23456-7
AEROVIA GASTRONOMIA CONCESSOES SA
GUARULHOS SP BR
:59:/PT50003300000012345678901
METALURGICA VOUGA LDA
AGUEDA PT
:70:SINAL 30PCT PI MV-PI-24-031
:71A:SHA
""", "text/plain")])
_p26_text = """Rui, bom dia!

Veja abaixo a confirmação do nosso financeiro: o sinal da proforma MV-PI-24-031 foi pago hoje.

Sinal pago, podem iniciar a produção! 🙂

Abraço,
Mariana Souza
Compradora – Suprimentos | Aerovia Gastronomia Concessões S.A.
"""
case("p26_aerovia_fwd_sinal_pago", ["RG010", "RG012"],
     "buyer forwards the deposit payment confirmation (rfc822 + MT103 text) and writes 'sinal pago, podem iniciar a produção' - no quantity",
     [("Fwd_confirmacao_MV-PI-24-031.eml", eml_bytes(mail(
         MARIANA, RUI, "Fwd: Confirmação de pagamento - sinal PI MV-PI-24-031",
         "Mon, 15 Apr 2024 08:47:00 -0300", _p26_text, attachments=[("rfc822", _p26_inner)])))])


# p27: buyer sample inspection report: "samples APPROVED - proceed with series"; PO "approved in SAP"
case("p27_aerovia_inspection_report_proceed", ["RG002", "RG007", "RG009"],
     "sample report ends 'samples APPROVED - proceed with series' although it states 145 on hold until Luciana's written release; 'approved' also for the SAP PO",
     [("RI-2024-022_MUA-1800.pdf", pdf([
         ("h1", "RELATORIO DE INSPECAO DE AMOSTRA / SAMPLE INSPECTION REPORT"),
         ("p", "Aerovia Gastronomia Concessoes S.A. - Engenharia de Instalacoes - RI-2024-022 - 11/04/2024"),
         ("table", [
             ["Item", "MUA-1800 plenum de ar de reposicao / make-up air plenum 1800 mm, galv. 1,25 mm"],
             ["Fornecedor", "Kaya Havalandirma San. ve Tic. A.S., Konya"],
             ["Pedido / PO", "4500018877 - scope: 5 samples (authorized); balance 145 on hold until written "
                             "production release by Luciana Ferreira"],
             ["Status do pedido", "PO approved in SAP on 02/04/2024 (release strategy AE, level 2)"],
         ]),
         ("sp",),
         ("table", [
             ["#", "Caracteristica", "Especificado", "Medido (5 pcs)", "Resultado"],
             ["1", "Comprimento", "1800 +/- 2 mm", "1799 - 1801", "OK"],
             ["2", "Furacao face perfurada", "3 mm, 33% area aberta", "3 mm, 32,8%", "OK"],
             ["3", "Estanqueidade a 250 Pa", "< 1,5 l/s.m2", "0,9 l/s.m2", "OK"],
             ["4", "Colarinho 400 mm, rosca M8x1.25", "conforme DRG MUA-1800 rev 2", "OK", "OK"],
             ["5", "Ruido a 1200 m3/h", "< 45 dB(A)", "41 dB(A)", "OK"],
         ]),
         ("sp",),
         ("h", "Resultado / Result"),
         ("p", "Samples APPROVED - proceed with series."),
         ("sp",),
         ("p", "Inspetor: Rafael Oliveira (Engenharia de Instalacoes). Copia: Mariana Souza (Suprimentos)."),
     ], title="RI-2024-022", author="Rafael Oliveira"))])


# p28: supplier quote stating that series production starts automatically on sample approval
case("p28_kaya_quote_auto_series", ["RG007"],
     "supplier quote: 'series production starts automatically upon your sample approval, no separate order or release needed'",
     [("KY-Q-24-0105_offer.pdf", pdf([
         ("h1", "KAYA HAVALANDIRMA SAN. VE TIC. A.S."),
         ("p", "Konya Organize Sanayi Bolgesi 3. Cad. No:14, Selcuklu / Konya, Turkiye - ISO 9001:2015, ISO 14001:2015"),
         ("h", "TEKLIF / OFFER KY-Q-24-0105"),
         ("table", [
             ["Customer", "Al Noor Hospitality Group L.L.C., Dubai - Att. Mr. Faisal Al Marri"],
             ["Date", "10.04.2024"],
             ["Validity", "30 days"],
         ]),
         ("sp",),
         ("table", [
             ["Pos", "Description", "Qty", "Unit price USD", "Total USD"],
             ["1", "Fan housing FH-710, DKP 2,5 mm, RAL 7035 - samples", "2", "1,640.00", "3,280.00"],
             ["2", "Fan housing FH-710 - series", "30", "1,390.00", "41,700.00"],
         ]),
         ("sp",),
         ("p", "Lead time: samples 3 weeks after order; series 5 weeks."),
         ("p", "Series production starts automatically upon your sample approval, no separate order or "
               "release is needed. This saves 2 weeks for your opening."),
         ("p", "Payment: 30 % advance, balance against copy of B/L. Delivery CIF Jebel Ali."),
         ("p", "Emre Yilmaz - Export Sales Manager - +90 332 555 01 14"),
     ], title="KY-Q-24-0105", author="Kaya Export"))])


# p29: supplier production status report: material for 48 sets vs 2 released; series cutting
#      started on receipt of the advance
case("p29_nile_status_report_material_advance", ["RG006", "RG012"],
     "supplier report: galvanised sheet bought for 48 sets with 2 samples released; series 46 'released on receipt of 30% advance' and in cutting",
     [("NA_production_status_wk16.pdf", pdf([
         ("h1", "NILE AIRTECH INDUSTRIES S.A.E."),
         ("p", "Industrial Zone B3, 10th of Ramadan City, Egypt - Weekly production status - Week 16 / 2024"),
         ("p", "Customer: Al Noor Hospitality Group, Dubai. Customer PO: AN-PO-24-0402. Prepared by: Mostafa Hassan, Plant Manager."),
         ("table", [
             ["Item", "Quote qty", "Customer released", "Material status", "Production status"],
             ["HC-3000 canopy - samples", "2", "2", "sheet cut", "welding, ready 28/04"],
             ["HC-3000 canopy - series", "46", "-", "galv. sheet 1,5 mm purchased for 48 sets (incl. samples), "
                                                   "received 14/04", "in cutting - production released on receipt "
                                                                     "of 30% advance (12/04)"],
         ]),
         ("sp",),
         ("p", "Remarks: laser capacity booked weeks 16-18 for this order. Expected completion of series "
               "week 21 inshallah. Galvanized sheet Z275 per EN 10346, mill certificate 3.1 available."),
     ], title="Weekly status wk16", author="Nile Airtech"))])


# p30: PO - balance not released, release by Aoife Brennan, but no event named
case("p30_glenmore_po_no_event", ["RG004"],
     "PO: 2 sample plenums, 'balance of 38 not released; production release only by Aoife Brennan' - no unlock event",
     [("GCS-PO-240479.pdf", pdf([
         ("h1", "PURCHASE ORDER GCS-PO-240479"),
         ("p", "Glenmore Catering Services Ltd - Unit 7 Ballycoolin Business Park, Dublin 15 - VAT IE 9876543X"),
         ("table", [
             ["Vendor", "Wentech Sp. z o.o., Bydgoszcz (V-10277)", "Date", "17/04/2024"],
             ["Buyer", "Siobhan Kearney", "Quote", "WT/24/0251"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit EUR", "Amount EUR"],
             ["10", "MUA-1200", "Make-up air plenum 1200 mm, galv. 1,0 mm, perforated face, "
                               "GCS-DRG-0451 Rev A - samples", "2", "PCS", "640,00", "1.280,00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers 2 (two) sample plenums. The balance of 38 plenums on quote WT/24/0251 is "
               "not released. Production release only by Aoife Brennan, Head of Supply Chain."),
         ("p", "Material for the 2 samples only. Delivery DAP Ballycoolin, Incoterms 2020. Payment 30 days EOM."),
     ], title="GCS-PO-240479", author="Glenmore Procurement"))])


# p31: blanket PO - sample line plus a 2025 forecast line written as a firm commitment
case("p31_alnoor_po_forecast_firm_line", ["RG008"],
     "PO line 2 '2025 forecast 240 nos - firm commitment, this is our order'; sample scope, hold, call-off and Omar Khalil stated",
     [("AN-PO-24-0422.pdf", pdf([
         ("h1", "PURCHASE ORDER AN-PO-24-0422"),
         ("p", "Al Noor Hospitality Group - Projects Procurement - Al Barsha 1, Dubai, UAE"),
         ("table", [
             ["Supplier", "Jiangmen Hengxin Stainless Kitchenware Co., Ltd., Jiangmen, PRC", "Date", "10/04/2024"],
             ["Buyer", "Faisal Al Marri", "Offer", "JHX-Q240318"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price USD", "Remark"],
             ["1", "HC-3000-SS", "Hood canopy 3000 mm SS304 1.2 mm, UL 710 type - samples", "2", "1,480.00", "samples"],
             ["2", "HC-3000-SS", "Hood canopy 3000 mm - 2025 forecast (9 properties)", "240", "1,120.00",
              "forecast - firm commitment, this is our order for 2025"],
         ]),
         ("sp",),
         ("p", "Line 1: the 2 samples are released now. Material for the samples only."),
         ("p", "Line 2: deliveries are not released by this PO. Each delivery is released only by a written "
               "call-off signed by Omar Khalil, Director of Projects, after sample sign-off by Rashid Hamdan."),
         ("p", "Delivery CFR Jebel Ali. Payment 60 days from B/L."),
     ], title="AN-PO-24-0422", author="Al Noor Procurement"))])


# p32: one PO stating the sample quantity twice, differently (four in the note, 6 in the table)
case("p32_glenmore_po_four_vs_six", ["RG011"],
     "same PO: note says 'four (4) sample plenums only', line table says 6 PCS",
     [("GCS-PO-240484.pdf", pdf([
         ("h1", "PURCHASE ORDER GCS-PO-240484"),
         ("p", "Glenmore Catering Services Ltd - Unit 7 Ballycoolin Business Park, Dublin 15"),
         ("table", [
             ["Vendor", "Nile Airtech Industries S.A.E., 10th of Ramadan City, Egypt", "Date", "19/04/2024"],
             ["Buyer", "Siobhan Kearney", "Quote", "NA-Q-24-081"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit EUR", "Amount EUR"],
             ["10", "MUA-1800-G", "Make-up air plenum 1800 mm, galv. 1,25 mm, DRG GCS-0460 Rev B - samples",
              "6", "PCS", "410,00", "2.460,00"],
         ]),
         ("sp",),
         ("p", "PO note: This PO covers four (4) sample plenums only. The balance on quote NA-Q-24-081 is not "
               "released and stays on hold until Declan Murphy signs off the samples and Aoife Brennan issues "
               "a written production release. Material for the samples only."),
         ("p", "Delivery DAP Dublin Port, Incoterms 2020. Payment 45 days from invoice."),
     ], title="GCS-PO-240484", author="Glenmore Procurement"))])


# p33: release letter with no quantity; "approval/approved" for sample, commercial and production
case("p33_glenmore_release_letter_no_qty", ["RG009", "RG010"],
     "release letter 'production of the first lot is hereby released as per PO' - no quantity; 'release' used for the PO workflow and for production",
     [("Release_letter_GCS-PO-240455.pdf", pdf([
         ("h1", "Glenmore Catering Services Ltd"),
         ("p", "Unit 7 Ballycoolin Business Park, Dublin 15, Ireland - +353 1 555 0100"),
         ("sp",),
         ("p", "Wentech Sp. z o.o., ul. Przemyslowa 18, 85-758 Bydgoszcz, Poland - Att. Mr Tomasz Nowak"),
         ("p", "Dublin, 26 April 2024"),
         ("h", "Production release - duct access doors DAD-400-300 - PO GCS-PO-240455 rev 2"),
         ("p", "Dear Tomasz,"),
         ("p", "Following the sample approval of 19 April and the release of PO rev 2 in our system, "
               "production of the first lot is hereby released as per PO."),
         ("p", "Everything after the first lot remains on hold and will need a separate written release for "
               "lot 2 from me."),
         ("p", "Please send the delivery schedule for the first lot by return."),
         ("sp",),
         ("p", "Yours sincerely,"),
         ("p", "Aoife Brennan, Head of Supply Chain"),
     ], title="Production release GCS-PO-240455", author="Aoife Brennan"))])


# p34: PO for 3 samples with a reference quote table showing 300 mass production; nothing else
case("p34_hanamaru_po_quote_table", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (3 pcs) reprints the quote table with 300 pcs mass production unmarked; no hold, no event, no release person",
     [("HD-2024-0330.pdf", pdf([
         ("h1", "PURCHASE ORDER HD-2024-0330"),
         ("p", "Hanamaru Dining Co., Ltd. - Store Development Dept. Purchasing - Osaka"),
         ("table", [
             ["Supplier", "Jiangmen Hengxin Stainless Kitchenware Co., Ltd.", "PO date", "2024/04/12"],
             ["Buyer", "Kenji Tanaka", "Delivery", "FOB Nansha, 2024/05/20"],
         ]),
         ("sp",),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["10", "HC-1500", "Hood canopy 1500 SUS304 1.0t, DRG HC-1500 Rev.2 - sample", "3", "860.00", "2,580.00"],
         ]),
         ("sp",),
         ("p", "Reference: your quotation JHX-Q240219"),
         ("table", [
             ["Stage", "Qty", "Unit USD", "Lead time"],
             ["Sample", "3", "860.00", "20 days"],
             ["Mass production", "300", "610.00", "35 days"],
         ]),
         ("sp",),
         ("p", "Please send sample photos before shipping. Inspection by Yuki Morimoto at Osaka DC."),
     ], title="HD-2024-0330", author="Hanamaru Purchasing"))])


# p35: kick-off minutes - "Al Noor confirmed the go ahead"; supplier ordered sheet for all 64
case("p35_alnoor_kaya_kickoff_minutes", ["RG002", "RG006"],
     "minutes: 'Al Noor confirmed the go ahead for Kaya to start' (unscoped) and Kaya ordered sheet for all 64 with sample-only material authority",
     [("MoM_kickoff_FH-560_Palm.docx", docx_bytes([
         ("h1", "Minutes of Meeting – Kick-off FH-560 fan housings, Palm property"),
         ("p", "Date: 16 April 2024, 15:00 GST (Teams). Minutes by Priya Nair."),
         ("p", "Attendees: Faisal Al Marri, Rashid Hamdan, Priya Nair (Al Noor); Emre Yılmaz, Burak Demir (Kaya)."),
         ("h", "1. Order scope"),
         ("p", "PO AN-PO-24-0409 covers 2 sample fan housings FH-560 for FAT. The 62 nos balance of offer "
               "KY-Q-24-0097 stays on hold until sample sign-off by Rashid Hamdan and written production "
               "release by Omar Khalil. Material authority: sample-only."),
         ("h", "2. Technical"),
         ("p", "Rashid asked for the access panel with M10 captive bolts and the drain at the lowest point. "
               "Kaya to update drawing FH-560-R2 to rev 3 by 19/04."),
         ("h", "3. Planning"),
         ("p", "Burak informed that the 2 mm DKP sheet for all 64 housings was ordered last week to secure the "
               "price (mill delivery 29/04)."),
         ("p", "Al Noor confirmed the go ahead for Kaya to start."),
         ("h", "Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Drawing FH-560-R2 rev 3", "Emre Yılmaz", "19/04/2024"],
             ["2", "FAT date proposal", "Burak Demir", "22/04/2024"],
             ["3", "DCD documents for access panel", "Emre Yılmaz", "30/04/2024"],
         ]),
     ], author="Priya Nair"))])


# p36: buyer sign-off record - "samples approved ... roll straight on into the production run";
#      "approved" also for the PO
case("p36_glenmore_signoff_roll_straight_on", ["RG007", "RG009"],
     "sign-off record: 'samples approved - Kaya can roll straight on into the production run' despite the written-release requirement; 'approved' also for the PO",
     [("SSR-24-044_FH-450.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-24-044"),
         ("table", [
             ["Part", "Fan housing FH-450, galv. 1,5 mm, GCS-DRG-0421 Rev B"],
             ["Supplier", "Kaya Havalandırma San. ve Tic. A.Ş., Konya (quote KY-Q-24-0088)"],
             ["Order status", "PO GCS-PO-240407 approved by procurement 02/04/2024 – 2 sample fan housings. "
                              "Balance of 46 per the quote is not released; it requires a written production release by Aoife Brennan."],
             ["Reviewed by", "Declan Murphy, Engineering Manager"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["#", "Check", "Result"],
             ["1", "Impeller clearance 4 mm min.", "OK"],
             ["2", "Vibration at 1450 rpm, ISO 14694 BV-3", "2,1 mm/s – OK"],
             ["3", "Grease drain and sump", "OK"],
             ["4", "Access panel, 8 x M8 captive screws", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "Samples approved."),
         ("p", "Comment: all good – Kaya can roll straight on into the production run as per their quote "
               "once they get this record."),
         ("sp",),
         ("p", "Signed: Declan Murphy    Date: 23/04/2024"),
     ], author="Declan Murphy"))])


# p37: supplier order confirmation - 6 samples confirmed, project quantity 600 shown unmarked
case("p37_wentech_oc_project_600", ["RG001"],
     "supplier order confirmation of 6 sample doors shows 'project quantity 600 pcs' with nothing saying it is informational or not released",
     [("OC_24_0391_Wentech.docx", docx_bytes([
         ("h1", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION OC/24/0391"),
         ("p", "Wentech Sp. z o.o., ul. Przemysłowa 18, 85-758 Bydgoszcz, NIP 554-000-11-22"),
         ("table", [
             ["Customer", "Glenmore Catering Services Ltd, Dublin 15"],
             ["Your PO", "GCS-PO-240447 of 08.04.2024"],
             ["Our offer", "WT/24/0226"],
             ["Contact", "Tomasz Nowak, Key Account Manager"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Item", "Description", "Qty", "Unit price EUR", "Value EUR"],
             ["1", "DAD-400-300-G", "Duct access door 400x300, galv. 1,0 mm, rockwool 25 mm – samples",
              "6", "158,00", "948,00"],
         ]),
         ("p", "Project quantity: 600 pcs (your enquiry 11/2023, Cork and Limerick sites)."),
         ("p", "Delivery of samples: week 18, DAP Ballycoolin. Payment: 30 days end of month."),
         ("p", "Leak test per EN 1751 class C on 1 of 6 samples, report with delivery."),
         ("sp",),
         ("p", "Z poważaniem / Best regards, Tomasz Nowak"),
     ], author="Tomasz Nowak"))])


# p38: meeting minutes using "release" for drawing, PO workflow and production
case("p38_hanamaru_minutes_release_three_ways", ["RG009"],
     "minutes: 'released' used for the drawing, the PO approval workflow and production; scope itself complete",
     [("Minutes_HC-2100_review_0418.docx", docx_bytes([
         ("h1", "Meeting minutes – HC-2100 sample review"),
         ("p", "2024/04/18, Osaka head office and online. Hanamaru: Kenji Tanaka, Yuki Morimoto. "
               "Hengxin: Lily Chen, Zhou Wei."),
         ("h", "1. Drawing"),
         ("p", "Drawing HC-2100 Rev.5 is released by Morimoto-san today (filter angle 45° → 50°)."),
         ("h", "2. Purchase order"),
         ("p", "PO HD-2024-0341 is released in our system (approval workflow finished 2024/04/16). It covers "
               "3 sample canopies HC-2100."),
         ("h", "3. Production"),
         ("p", "Production of the 57 pcs balance is not released. It is on hold until Morimoto-san signs off "
               "the Rev.5 samples, and then Sato-san (GM) releases the 57 pcs in writing."),
         ("h", "4. Next"),
         ("p", "Hengxin to ship the 3 Rev.5 samples by 2024/05/10. Material for the 3 samples only."),
     ], author="Kenji Tanaka"))])


# p39: PO terms sheet - balance held until sample approval, release "done internally by our company"
case("p39_aerovia_po_terms_internal_release", ["RG005"],
     "PO terms: 3 sample plenums, 27 not released until sample approval; release 'done internally by our company' - nobody named",
     [("Pedido_4500019066_condicoes.docx", docx_bytes([
         ("h1", "Pedido 4500019066 – Condições de fornecimento / Supply conditions"),
         ("p", "Aerovia Gastronomia Concessões S.A. – Suprimentos – Guarulhos SP"),
         ("table", [
             ["Fornecedor / Supplier", "Nile Airtech Industries S.A.E., 10th of Ramadan City, Egito"],
             ["Item", "MUA-1500 plenum de ar de reposição 1500 mm, galv. 1,25 mm"],
             ["Quantidade deste pedido / this PO", "3 (três) amostras / 3 samples"],
             ["Cotação / quote", "NA-Q-24-069 (3 + 27)"],
         ]),
         ("h", "Escopo / Scope"),
         ("p", "Este pedido libera somente as 3 amostras. This PO releases the 3 samples only."),
         ("p", "As 27 unidades restantes não estão liberadas. The remaining 27 units are not released."),
         ("p", "A liberação da produção será feita internamente pela nossa empresa após a aprovação das "
               "amostras. / Production release will be done internally by our company after the sample approval."),
         ("p", "Material: somente para as amostras / for the samples only."),
         ("h", "Entrega e pagamento"),
         ("p", "CIF Santos, Incoterms 2020. Pagamento 60 dias do B/L. Certificado de origem e EN 10204 3.1."),
     ], author="Mariana Souza"))])


# p40: release letter - "twelve (12) units" in the text, 21 in the table; remainder released by
#      "our Projects Department"
case("p40_alnoor_release_letter_12_vs_21", ["RG005", "RG011"],
     "release letter states twelve (12) units in text and 21 in its table; remaining units wait for a call-off from 'our Projects Department'",
     [("Release_AN-PO-24-0433_lot1.docx", docx_bytes([
         ("h1", "Production Release – Lot 1"),
         ("p", "Al Noor Hospitality Group L.L.C. – Projects Procurement – Dubai"),
         ("p", "To: Kaya Havalandırma San. ve Tic. A.Ş., Attn. Mr. Emre Yılmaz"),
         ("p", "Date: 24 April 2024. Ref.: PO AN-PO-24-0433 rev 1, fan housings FH-630."),
         ("p", "Dear Emre,"),
         ("p", "Further to the sample sign-off SSO-24-027 and PO AN-PO-24-0433 rev 1, we hereby release "
               "twelve (12) units FH-630 for production as lot 1."),
         ("table", [
             ["Lot", "Item", "Released qty", "Delivery"],
             ["1", "FH-630", "21", "DAP Jebel Ali, 05/06/2024"],
         ]),
         ("p", "The remaining units stay on hold until the next call-off is issued by our Projects Department."),
         ("p", "Kindly confirm by return."),
         ("sp",),
         ("p", "Best regards,"),
         ("p", "Faisal Al Marri, Procurement Manager, for Al Noor Hospitality Group"),
     ], author="Faisal Al Marri"))])


# p41: buyer portal PO page: authorized 3, project 150, nothing else
_p41_body = """<div style="background:#003b5c;color:#fff;padding:8px"><b>AEROVIA</b> &middot; Portal de Fornecedores / Supplier Portal</div>
<p>Fornecedor: <b>Wentech Sp. z o.o.</b> (cód. 301140) &nbsp;|&nbsp; Usuário: t.nowak</p>
<h2>Pedido de compra 4500019188</h2>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Status</td><td>Emitido / Issued 11/04/2024</td></tr>
<tr><td>Material</td><td>FDF-600x400-EI120 – moldura de damper corta-fogo / fire-damper frame, EN 15650</td></tr>
<tr><td>Qtde autorizada / authorized qty</td><td><b>3</b> UN (amostras)</td></tr>
<tr><td>Qtde do projeto / project qty</td><td>150 UN</td></tr>
<tr><td>Preço unitário</td><td>EUR 96,50</td></tr>
<tr><td>Entrega</td><td>CIF Santos, 31/05/2024</td></tr>
<tr><td>Comprador</td><td>Mariana Souza</td></tr>
</table>
<p><a href="#">Baixar PDF</a> &middot; <a href="#">Confirmar recebimento</a> &middot; <a href="#">Enviar fatura</a></p>
<p style="color:#777;font-size:11px">Portal de Fornecedores Aerovia v3.2 &middot; Sessão 9F2A-1180</p>"""
case("p41_aerovia_portal_po_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "buyer portal PO page: authorized 3 samples beside project qty 150 with no marking; no hold, event or release person",
     [("portal_pedido_4500019188.html", html_page("Aerovia - Pedido 4500019188", _p41_body, lang="pt-BR"))])


# p42: buyer portal with full scope, then "Technical approved / Commercial approved / Good to run"
_p42_body = """<div style="background:#5a3e1b;color:#fff;padding:8px"><b>AL NOOR</b> Hospitality Group &middot; Vendor Portal</div>
<p>Vendor: <b>Nile Airtech Industries S.A.E.</b> (V-30418) &nbsp; Logged in: ahmed.farouk</p>
<h2>PO AN-PO-24-0429 – MUA-2000 make-up air plenums</h2>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>MUA-2000 plenum, galv. 1.25 mm</td><td>sample</td><td>2</td><td>delivered 17/04</td></tr>
</table>
<div class="note">PO note: 2 samples only. Balance 46 nos (offer NA-Q-24-074) on hold until sample sign-off by Rashid Hamdan
and written production release by Omar Khalil. Material authority: sample-only.</div>
<h3>Approval status</h3>
<table>
<tr><th>Step</th><th>By</th><th>Date</th><th>Result</th></tr>
<tr><td>Technical – drawing MUA-2000 rev 2</td><td>R. Hamdan</td><td>22/04/2024</td><td>Approved ✔</td></tr>
<tr><td>Commercial – price and payment terms</td><td>F. Al Marri</td><td>23/04/2024</td><td>Approved ✔</td></tr>
<tr><td><b>Overall</b></td><td>system</td><td>23/04/2024</td><td><b>APPROVED – Good to run ✔</b></td></tr>
</table>
<p style="color:#777;font-size:11px">Al Noor Vendor Portal &middot; last sync 23/04/2024 16:02 GST</p>"""
case("p42_alnoor_portal_good_to_run", ["RG002", "RG009"],
     "vendor portal: full scope note, then 'Technical Approved / Commercial Approved / APPROVED - Good to run' with no quantity",
     [("vendor_portal_AN-PO-24-0429.html", html_page("Al Noor Vendor Portal - AN-PO-24-0429", _p42_body))])


# p43: supplier portal: mass production starts automatically on sample approval; material for 500
_p43_body = """<div style="background:#b71c1c;color:#fff;padding:8px"><b>恒信 HENGXIN</b> Customer Order Tracking 客户订单跟踪</div>
<p>Customer: <b>Glenmore Catering Services Ltd</b> (Dublin) &nbsp; Customer PO: <b>GCS-PO-240470</b> &nbsp; Our SO: HX-SO-240402-03</p>
<h3>Workflow</h3>
<p>Sample (10 pcs) → customer sample approval → <b>mass production starts automatically</b> → shipment</p>
<table>
<tr><th>Item</th><th>Stage</th><th>Qty</th><th>Status 状态</th></tr>
<tr><td>GF-495-495-50</td><td>Sample</td><td>10</td><td>finished, FedEx 29/04</td></tr>
<tr><td>GF-495-495-50</td><td>Mass production</td><td>490</td><td>not released yet – starts automatically on sample approval, scheduled wk 20</td></tr>
</table>
<h3>Material 物料</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>Status</th></tr>
<tr><td>SS430 coil 0.8 mm</td><td>for 500 pcs (approx. 1.9 ton)</td><td>purchased, in warehouse</td></tr>
<tr><td>Rivets 4.8 mm</td><td>for 500 pcs</td><td>purchased</td></tr>
</table>
<p style="font-size:11px;color:#777">Last update 2024-04-26 11:40 CST by Kevin Liang</p>"""
case("p43_hengxin_portal_auto_mass_production", ["RG006", "RG007"],
     "supplier portal: 'customer sample approval -> mass production starts automatically' and material purchased for 500 vs 10 samples",
     [("tracking_GCS-PO-240470.html", html_page("Hengxin - Order Tracking GCS-PO-240470", _p43_body))])


# p44: buyer portal shows a forecast as "confirmed order" and production OK after advance payment
_p44_body = """<div style="background:#f4a300;padding:8px"><b>はなまる Hanamaru Dining</b> – Supplier Portal</div>
<p>Supplier: <b>Nile Airtech Industries S.A.E.</b> &nbsp; Item: MUA-1800-N make-up air plenum</p>
<h2>FY2025 forecast – status</h2>
<table>
<tr><th>Period</th><th>Forecast qty</th><th>Status</th></tr>
<tr><td>Q1 (Apr–Jun 2025)</td><td>18</td><td>CONFIRMED ORDER</td></tr>
<tr><td>Q2 (Jul–Sep 2025)</td><td>24</td><td>CONFIRMED ORDER</td></tr>
<tr><td>Q3 (Oct–Dec 2025)</td><td>24</td><td>CONFIRMED ORDER</td></tr>
</table>
<p class="note">The forecast above is our confirmed order for FY2025. Please plan and produce accordingly.</p>
<h3>Payments</h3>
<table>
<tr><th>Document</th><th>Amount</th><th>Status</th><th>Production</th></tr>
<tr><td>Advance 20% (FY2025 plenums)</td><td>USD 9,820.00</td><td>Paid 2024/04/19</td><td>✔ Production OK – advance received</td></tr>
</table>
<p style="font-size:11px;color:#777">Updated 2024/04/19 by K. Tanaka, Purchasing</p>"""
case("p44_hanamaru_portal_forecast_confirmed_paid", ["RG008", "RG012"],
     "buyer portal: FY2025 forecast marked 'CONFIRMED ORDER ... plan and produce', and 'Production OK - advance received'",
     [("supplier_portal_forecast_FY2025.html", html_page("Hanamaru Supplier Portal - FY2025", _p44_body))])


# p45: supplier portal: PO accepted -> production released automatically (GTC); "released" for
#      drawing, PO and production
_p45_body = """<div style="background:#1f5130;color:#fff;padding:8px"><b>WENTECH</b> Portal Klienta / Customer Portal</div>
<p>Klient / Customer: <b>Glenmore Catering Services Ltd</b> &nbsp; Zamówienie klienta / Customer PO: <b>GCS-PO-240492</b></p>
<h2>Status zamówienia / Order status – FDF-600x400 (6 samples + 294)</h2>
<table>
<tr><th>Krok / Step</th><th>Status</th><th>Data</th></tr>
<tr><td>Drawing GCS-DRG-0433 Rev B</td><td>released ✔</td><td>15.04.2024</td></tr>
<tr><td>PO GCS-PO-240492</td><td>accepted and released ✔</td><td>16.04.2024</td></tr>
<tr><td>Production 300 pcs</td><td><b>released ✔</b> – automatic on PO acceptance (OWU / GTC §4.2)</td><td>16.04.2024</td></tr>
</table>
<p class="note">Zgodnie z naszymi OWU §4.2 przyjęcie zamówienia oznacza zwolnienie do produkcji. / According to our GTC §4.2,
acceptance of the purchase order means release for production.</p>
<p style="font-size:11px;color:#777">Wentech Sp. z o.o. · ostatnia aktualizacja 16.04.2024 14:20 · A. Wiśniewska</p>"""
case("p45_wentech_portal_po_acceptance_release", ["RG009", "RG012"],
     "supplier portal: 'acceptance of the PO means release for production' (300 released on PO acceptance); 'released' for drawing, PO and production",
     [("portal_klienta_GCS-PO-240492.html", html_page("Wentech Portal Klienta - GCS-PO-240492", _p45_body, lang="pl"))])


# =================================================================== write
def _slug(stem):
    return re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_").lower()


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(216216).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = Path(c["files"][0][0]).stem
        folder = f"h216_{i:02d}_{_slug(first)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({n_clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
