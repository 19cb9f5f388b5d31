#!/usr/bin/env python3
"""Generator for the releasegate check_holdout126 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout126/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case folders are shuffled with seed 126126.

Domain: agricultural machinery parts (tines, blades, hitch parts, hydraulic hoses,
cab panels, castings) between buyers in the US, Germany, France, Brazil and India
and suppliers in India, Turkey, China, Poland and Argentina.
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
    assert name not in {c["name"] for c in CASES}, name
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py, with this corpus's id prefixes)
_TRANSLIT = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G",
                           "ł": "l", "Ł": "L", "ę": "e", "ą": "a", "ś": "s", "ż": "z", "ź": "z",
                           "ć": "c", "ń": "n", "Ś": "S", "Ż": "Z"})


def _pdf_safe(s):
    """The base-14 PDF fonts only cover cp1252; drop diacritics outside it (as many real
    supplier PDFs do) instead of rendering black boxes."""
    s = str(s).translate(_TRANSLIT)
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(
        [[_pdf_safe(c) for c in r] for r in x] if b[0] == "table" else _pdf_safe(x)
        for x in b[1:]) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h126-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h126")
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


# ----------------------------------------------------------------- own small helpers
def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """Very small text->HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# ====================================================================== CASES
# Descriptive names: cNN_* = clean (expect []), pNN_* = with risks.
# Each case: case(name, expect, note, files) where files = [(filename, bytes|str), ...];
# the first file's stem becomes part of the neutral folder name.

# ------------------------------------------------------------------ batch 1
# c01: supplier quote with a sample tier and a series tier -> clean (no authorization)
case("c01_quote_tiers_hoses", [],
     "Turkish supplier quote with sample and series tiers; quotes authorize nothing and it says sample approval does not release the series",
     [("Teklif_TQ-2024-0318.pdf", pdf([
         ("h1", "ANADOLU HİDROLİK HORTUM SAN. VE TİC. A.Ş."),
         ("p", "Organize Sanayi Bölgesi, Yeşil Cad. No: 14, 16140 Nilüfer / Bursa, Türkiye  -  Tel +90 224 411 20 00"),
         ("h", "QUOTATION / TEKLİF  TQ-2024-0318"),
         ("table", [["To", "Kessler Landtechnik GmbH, Einkauf, Herr Jürgen Bauer"],
                    ["Your RFQ", "AF-24-0117 dated 19.02.2024"],
                    ["Date", "04.03.2024"],
                    ["Validity", "60 days"]]),
         ("sp",),
         ("p", "Dear Mr. Bauer, thank you for your inquiry. We are pleased to quote the hydraulic hose "
               "assembly for your forage harvester header drive as follows."),
         ("h", "Part"),
         ("table", [["Your PN", "Description", "Spec"],
                    ["4417-310-52", "Hose assembly 2SN DN12 (1/2\"), L = 1.250 mm",
                     "EN 857 2SC/2SN, fittings DKOL M22x1,5 24° cone (ISO 12151-2), crimped, "
                     "both ends 90° elbow, protection sleeve 300 mm"]]),
         ("sp",),
         ("h", "Prices"),
         ("table", [["Step", "Quantity", "Unit price EUR", "Lead time"],
                    ["1 - Sample assemblies (for your field test)", "30 pcs", "18,40", "2 weeks"],
                    ["2 - Series", "800 pcs per year (your RFQ estimate)", "9,85", "6 weeks after release order"],
                    ["Test report (burst test 4 x WP, 2 pcs)", "1 lot", "120,00", "with samples"]]),
         ("sp",),
         ("h", "Conditions"),
         ("p", "Samples and series are quoted as two separate steps. Approval of the samples by your field "
               "test does not release the series; series production starts only against your written "
               "release order, with quantity and delivery dates. We will not buy hose or fittings for the "
               "series before we have that order."),
         ("p", "Payment: 60 days net from invoice. Delivery: FCA Bursa, Incoterms 2020. Packing: "
               "coiled, 25 pcs per carton, cartons on EUR pallet."),
         ("p", "Quality: ISO 9001:2015 certified; 100 % pressure test at 2 x WP; batch traceability by "
               "laser marking on ferrule."),
         ("sp",),
         ("p", "Best regards / Saygılarımızla"),
         ("p", "Emre Yıldız - Export Sales Manager - emre.yildiz@anadoluhidrolik.com.tr"),
     ], title="Quotation TQ-2024-0318", author="Anadolu Hidrolik"))])


# c02: supplier asks whether it may go ahead with the balance -> a question, clean
_t = """Dear Mr. Hartman,

Good morning.

The 20 nos sample lift arms for PO 4500231877 (PN PL-88-4402 rev E, forged 42CrMo4, induction
hardened bore) have been dispatched today by DHL Express, AWB 77 4410 2291. Dimensional report,
material test certificate 3.1 per EN 10204 and hardness map are attached to the shipment and also
sent by separate mail to your SQE Mr. Brian Olsen.

Can we go ahead with the balance 1,480 nos? Our planning team would like to book the 1600 T forging
press for week 24 if possible, otherwise the next free slot is week 29.

For your information, we have not started anything for the balance. Raw material in our stores
is for the 20 samples only, and we will not buy bars for the balance until we receive your written
release. Kindly confirm in writing when the balance is released and who will sign it, so that our
planning can schedule accordingly.

Thanking you and assuring you of our best services at all times.

Regards,
Suresh Kulkarni
Manager - Exports
Deccan Forge Pvt. Ltd.
Plot 22, MIDC Chakan Phase II, Pune 410501, India
Mob: +91 98220 41177
"""
case("c02_supplier_question_balance", [],
     "Indian forging supplier asks 'can we go ahead with the balance 1,480?' and states nothing started; a question authorizes nothing",
     [("RE_PO_4500231877_samples_dispatched.eml", eml_bytes(mail(
         "Suresh Kulkarni <suresh.kulkarni@deccanforge.co.in>",
         "Dave Hartman <dhartman@prairieline-tractor.com>",
         "RE: PO 4500231877 - lift arm samples dispatched / balance 1,480 nos?",
         "Mon, 15 Apr 2024 10:12:00 +0530", _t, cc="Brian Olsen <bolsen@prairieline-tractor.com>")))])


# c03: buyer portal page with a clearly labelled forecast -> clean
_body = """<h2>Implementos Serra Gaúcha Ltda. &mdash; Portal de Fornecedores / Supplier Portal</h2>
<p>Fornecedor / Supplier: <b>Metalúrgica Río Cuarto S.A.</b> (cód. 200417) &nbsp;|&nbsp; Usuario: mgomez</p>
<h3>Previsão de demanda / Rolling forecast &mdash; Disco de grade 24&quot; recortado, PN ISG-4410-24</h3>
<div class="note"><b>PREVISÃO &mdash; NÃO É PEDIDO / FORECAST &mdash; NOT AN ORDER.</b>
These quantities are planning information for your capacity only. They are not a purchase order,
not a call-off and not a production release, and they give no material authority: buy steel only
against a released call-off. Released quantities appear only on call-offs (Programa de Entrega)
signed by Fernanda Ribeiro, Gerente de Compras.</div>
<br>
<table>
<tr><th>Mês / Month</th><th>Previsão / Forecast (pcs)</th><th>Status</th></tr>
<tr><td>07/2024</td><td>400</td><td>forecast</td></tr>
<tr><td>08/2024</td><td>400</td><td>forecast</td></tr>
<tr><td>09/2024</td><td>600</td><td>forecast</td></tr>
<tr><td>10/2024</td><td>800</td><td>forecast</td></tr>
<tr><td>11/2024</td><td>800</td><td>forecast</td></tr>
<tr><td>12/2024</td><td>300</td><td>forecast</td></tr>
<tr><td><b>Total 2º semestre</b></td><td><b>3.300</b></td><td>forecast</td></tr>
</table>
<p>Material: SAE 1080 / 65Mn, espessura 5 mm, têmpera 38&ndash;45 HRC. Desenho ISG-4410-24 rev. 06.</p>
<p>Última atualização / last update: 02/05/2024 07:30 (MRP run 18/2024). Dúvidas: compras@serragaucha.com.br</p>
"""
case("c03_portal_forecast_labelled", [],
     "Brazilian buyer portal forecast page, labelled forecast / not an order / no material authority; nothing authorized",
     [("portal_previsao_ISG-4410-24.html", html_page("Rolling forecast ISG-4410-24", _body, lang="pt-BR"))])


# c04: scoped technical sign-off of samples, with full scope -> clean (multipart/alternative)
_t = """Dear Mr. Nowak,

our field test team has finished the three-week test of the 40 sample spring tines (PN
4417-220-08, wire Ø 9,5 mm, 55SiCr6) on the tedders in Lower Saxony. Results are good: no
breakage, set below 2 mm after 120 ha.

Result: the samples are approved for the field test only. This is a technical sign-off of the
samples and not a production release.

To keep the scope clear:
- PO 4700019921 covers the 40 samples only, and they are delivered and invoiced.
- The balance of 2,960 tines from your quotation Q-24-118 remains not released.
- The balance will be released only by a written production release signed by me, and I can
  sign it only after our internal budget sign-off for the 2025 season build (expected end of June).
- Please do not buy wire and do not start forming for the balance until you have that release
  in hand.

The test report (TB-24-031) is attached for your process records.

Kind regards / Mit freundlichen Grüßen
Markus Brandt
Leiter Einkauf / Head of Purchasing
Kessler Landtechnik GmbH, Industriestraße 40, 33378 Rheda-Wiedenbrück
Tel. +49 5242 9170-210

Kessler Landtechnik GmbH - Sitz Rheda-Wiedenbrück - Amtsgericht Gütersloh HRB 5521
Geschäftsführer: Dr. Ulrike Sauer
"""
_tb = pdf([("h1", "Test report TB-24-031"),
           ("p", "Spring tine PN 4417-220-08, supplier Zakład Mechaniczny Kowal Sp. z o.o."),
           ("table", [["Criterion", "Target", "Result"],
                      ["Breakage after 120 ha", "0", "0 of 40"],
                      ["Permanent set", "< 3 mm", "1,4 - 1,9 mm"],
                      ["Coating damage", "none > 5 mm²", "none"]]),
           ("p", "Scope of this report: field test of 40 sample tines. It is a technical result only."),
           ], title="TB-24-031", author="Kessler Versuch")
case("c04_scoped_sample_signoff", [],
     "German buyer: samples approved for field test only, PO covers 40, balance 2,960 not released until budget sign-off and written release signed by Markus Brandt",
     [("Feldtest_Federzinken_4417-220-08.eml", eml_bytes(mail(
         "Markus Brandt <m.brandt@kessler-landtechnik.de>",
         "Piotr Nowak <p.nowak@kowal-zm.pl>",
         "Field test result spring tine 4417-220-08 - samples only, no production release",
         "Thu, 25 Apr 2024 16:40:00 +0200", _t, html=simple_html(_t),
         attachments=[("TB-24-031.pdf", _tb, PDF_MT)])))])


# c05: dealer stock order for full quantities, "proceed with the 500" -> clean
case("c05_dealer_stock_order_full", [],
     "US dealer stock order for full quantities of current service parts; no samples, no balance; 'proceed' is scoped to the 500",
     [("DSO-24-0615.pdf", pdf([
         ("h1", "HEARTLAND AG EQUIPMENT, INC."),
         ("p", "2210 W. Highway 30, Grand Island, NE 68803  -  Parts Department  -  (308) 555-0147"),
         ("h", "DEALER STOCK ORDER  DSO-24-0615"),
         ("table", [["Vendor", "Ludhiana Agri Blades Pvt. Ltd., Focal Point Phase V, Ludhiana 141010, Punjab, India"],
                    ["Order date", "06/03/2024"],
                    ["Ship via", "Ocean, FOB Nhava Sheva, to Omaha NE via Chicago rail ramp"],
                    ["Terms", "Net 60 days from B/L date"]]),
         ("sp",),
         ("table", [["Line", "Part no.", "Description", "Qty", "Unit", "Unit price USD", "Ext. USD"],
                    ["1", "RB-7712-45", "Rotary cutter blade 1/2\" x 4\" x 22-3/8\", CCW, heat treated 40-45 HRC", "500", "EA", "6.85", "3,425.00"],
                    ["2", "BK-5811-25", "Blade bolt kit 1-1/8\" with nut and lock washer", "500", "SET", "2.40", "1,200.00"],
                    ["", "", "", "", "", "Total", "4,625.00"]]),
         ("sp",),
         ("p", "This is a firm order for the full quantities listed above. These are current production "
               "service parts, same as your shipments under DSO-23-1104; no samples are required. Please "
               "proceed with the 500 blades and the 500 bolt kits and confirm the vessel and ETA."),
         ("p", "Marking: our part number and 'Made in India' stamped on each blade. Pack 10 blades per "
               "bundle, steel strapped, max 1,000 kg per pallet. Blades to match ASABE S483 dimensions."),
         ("sp",),
         ("p", "Ordered by: Kyle Brandt, Parts Manager"),
     ], pagesize=LETTER, title="DSO-24-0615", author="Heartland Ag Equipment"))])


# c06: explicit, recorded auto-conversion that names quantity, signer and conditions -> clean
case("c06_recorded_auto_conversion", [],
     "French buyer records an explicit auto-conversion (1,200 pcs, signer, conditions, PO covers it); tranche 2 held until written release by Sophie Marchand",
     [("Accord_perimetre_PO_45-88120.docx", docx_bytes([
         ("h1", "Scope agreement / Accord de périmètre - PO 45-88120"),
         ("p", "Agrivalle SAS, 12 route de Saumur, 49400 Distré, France  -  Ege Döküm Sanayi A.Ş., "
               "Kemalpaşa OSB, 35730 İzmir, Türkiye"),
         ("p", "Part: lower link ball casting PN AV-3310-02 rev B, EN-GJS-500-7, for 3-point hitch Cat. 2/3."),
         ("h", "1. Quantities on this order"),
         ("table", [["Step", "Quantity", "Status"],
                    ["Pilot samples (PPAP level 3)", "25 pcs", "released by PO 45-88120, delivered"],
                    ["Tranche 1", "1,200 pcs", "released automatically on PPAP sign-off, see §3"],
                    ["Tranche 2", "775 pcs", "not released, see §4"]]),
         ("h", "2. Commercial cover"),
         ("p", "PO 45-88120 revision 1 already covers 1,225 pcs (25 pilot samples + 1,200 tranche 1). "
               "Tranche 2 is not covered by any PO line."),
         ("h", "3. Auto-conversion (recorded)"),
         ("p", "By signing this agreement, Sophie Marchand, Directrice Achats and release authority of "
               "Agrivalle, records the following auto-conversion: if the PPAP sign-off for PN AV-3310-02 "
               "is given with the disposition 'approved' (PSW signed by Agrivalle supplier quality, no "
               "open deviation) on or before 30 September 2024, then 1,200 pcs (tranche 1) are released "
               "by that sign-off itself, without a further document. An interim or rejected disposition "
               "releases nothing."),
         ("h", "4. Tranche 2"),
         ("p", "Tranche 2 (775 pcs) stays on hold. It is released only by a separate written release "
               "signed by Sophie Marchand after the first 300 pcs of tranche 1 have passed incoming "
               "inspection at Distré, and after PO 45-88120 has been revised to cover it."),
         ("h", "5. Material authority"),
         ("p", "Staged: Ege Döküm may buy pig iron, steel scrap and alloys for up to 1,225 pcs at "
               "Agrivalle's liability. Nothing beyond that."),
         ("sp",),
         ("table", [["For Agrivalle SAS", "For Ege Döküm San. A.Ş."],
                    ["Sophie Marchand, Directrice Achats, 18/04/2024", "Fatma Yılmaz, Satış Müdürü, 19/04/2024"]]),
     ], author="Sophie Marchand"))])


# c07: supplier says the mould deposit does not release production -> clean (quoted reply)
_q = """Hi Amy,

Wire for the 30% deposit on mould T-4471 (USD 16,200.00) went out today from Wells Fargo,
ref. RRI-0417-22. Please confirm receipt.

Thanks,
Jason Reinholt
Buyer, Red River Implement Co.
"""
_t = """Dear Jason,

We received your 30% deposit for the tooling (mould T-4471, SMC roof panel PN RR-6610-05),
thank you very much.

Please note: the deposit pays for the tool only and it does not release production. Under PO
7100-3329 we will press the 24 T1 sample panels only. The balance of 4,976 panels from our
quotation stays on hold until your T1 sample sign-off and a written production release from
Ms. Linda Park, exactly as your PO note says. We have bought SMC sheet and gelcoat for the 24
samples only.

T1 trial is planned on 14 May on our 1,200 t press, samples ship by air on 17 May.

Best regards,
Amy Xu
Sales Engineer
Changzhou Hengli Composites Co., Ltd.
No. 88 Longcheng Avenue, Wujin District, Changzhou, Jiangsu, China
Tel: +86 519 8655 2070

On Tue, 23 Apr 2024 at 15:02, Jason Reinholt <jreinholt@redriverimplement.com> wrote:
""" + quote(_q) + "\n"
case("c07_deposit_not_release", [],
     "Chinese supplier: 'the deposit pays for the tool only and does not release production'; only 24 T1 samples, balance on hold until sign-off and Linda Park's written release",
     [("RE_Deposit_mould_T-4471.eml", eml_bytes(mail(
         "Amy Xu <amy.xu@hengli-composites.cn>",
         "Jason Reinholt <jreinholt@redriverimplement.com>",
         "RE: Deposit mould T-4471",
         "Wed, 24 Apr 2024 09:31:00 +0800", _t,
         in_reply_to="<rri-0417-22@redriverimplement.com>")))])


# c08: call-off with explicit staged material authority above the released quantity -> clean
case("c08_calloff_staged_material", [],
     "German call-off releases 2.000 pcs and gives an explicit staged coil authority up to 6.000 pcs at buyer's liability; further quantities only by call-off 4 from Dieter Schmid",
     [("Abruf_3_LP5500001187.pdf", pdf([
         ("h1", "Kessler Landtechnik GmbH"),
         ("p", "Industriestraße 40, 33378 Rheda-Wiedenbrück  -  Disposition / Materials Planning"),
         ("h", "LIEFERABRUF / CALL-OFF Nr. 3  zu Lieferplan / scheduling agreement 5500001187"),
         ("table", [["Lieferant / Supplier", "Zakład Mechaniczny Kowal Sp. z o.o., ul. Przemysłowa 7, 62-800 Kalisz, PL"],
                    ["Datum / Date", "02.05.2024"],
                    ["Material", "KL-2210-14 Zinkenhalter / tine holder bracket, S355MC t = 4 mm, KTL coated"]]),
         ("sp",),
         ("h", "Released quantity (Freigabe)"),
         ("table", [["Pos.", "Menge / Qty", "Liefertermin / Delivery", "Status"],
                    ["1", "2.000 Stk", "KW 27/2024", "released - fest / firm"]]),
         ("sp",),
         ("h", "Forecast (nicht freigegeben / not released)"),
         ("table", [["Menge / Qty", "Termin / Date", "Status"],
                    ["2.000 Stk", "KW 31/2024", "forecast - not released"],
                    ["2.000 Stk", "KW 35/2024", "forecast - not released"]]),
         ("sp",),
         ("h", "Material authority (Materialfreigabe)"),
         ("p", "Staged: you may buy and slit coil S355MC 4 mm for up to 6.000 pcs at Kessler's "
               "liability. This covers raw material only - no cutting, forming or coating beyond the "
               "2.000 pcs released above."),
         ("p", "Quantities beyond this call-off are not released. The next quantity is released only "
               "by call-off no. 4, issued and signed by Dieter Schmid (Disposition, release authority)."),
         ("sp",),
         ("p", "Lieferbedingungen: DAP Rheda-Wiedenbrück, Incoterms 2020. Verpackung: Gitterbox, max. "
               "500 Stk je Box, VDA 4902 Warenanhänger. Bei Fragen: d.schmid@kessler-landtechnik.de"),
     ], title="Call-off 3", author="Kessler Disposition"))])


# p01: supplier reports bars bought for the full quantity while only samples are released -> RG006
_t = """Dear Ms. Kowalczyk,

Good day. Please find below the status of your order.

1) 50 nos sample top link ends (PN PL-88-4410 rev C, forged 42CrMo4, Q&T 28-32 HRC):
   forging completed on 14-Mar, machining in progress, dispatch by air on 22-Mar.

2) Balance 2,950 nos: we understand this is not released and will be released in writing by
   Mr. Dave Hartman only after your field test sign-off. We have not started forging for the
   balance.

3) However, to protect the price and our slot at the mill (steel prices are increasing from
   April), we have already procured 42CrMo4 round bars, dia 65 mm, 11.6 MT, which is the full
   requirement for 3,000 nos. The bars are lying in our stores, tagged with your order number.
   Kindly note the same.

We will share the PPAP documents with the sample dispatch.

Thanks & regards,
Prakash Deshmukh
Sr. Executive - Sales (Exports)
Deccan Forge Pvt. Ltd., Chakan, Pune
+91 98503 22019
"""
case("p01_supplier_bars_full_qty", ["RG006"],
     "Indian forge restates the hold correctly but has bought 11.6 MT of bar for all 3,000 while only 50 samples are released, no material authority",
     [("Status_PO_4500232910.eml", eml_bytes(mail(
         "Prakash Deshmukh <prakash.d@deccanforge.co.in>",
         "Anna Kowalczyk <akowalczyk@prairieline-tractor.com>",
         "RE: PO 4500232910 - top link ends - weekly status",
         "Mon, 11 Mar 2024 11:05:00 +0530", _t, html=simple_html(_t))))])


# p02: WhatsApp, buyer scope is complete, supplier stocks fittings for all 800 -> RG006
_chat = """12.03.24, 09:41 - Emre Yıldız: Günaydın Jürgen bey, PO 4700020114 received, thank you 🙏
12.03.24, 09:44 - Jürgen Bauer: Morning Emre. To be very clear: the PO is for the 30 sample hose assemblies only (2SN DN12, 1.250 mm, 4417-310-52).
12.03.24, 09:45 - Jürgen Bauer: The other 770 from your quote are NOT released. They stay on hold until our field test sign-off, then I send you the written release. Nobody else here can release them.
12.03.24, 09:47 - Emre Yıldız: Understood, only 30 pcs. Field test takes how long?
12.03.24, 09:48 - Jürgen Bauer: 6 weeks on the forage harvesters, so end of April
12.03.24, 09:50 - Emre Yıldız: Ok. Samples ready Friday, we send with DHL
15.03.24, 16:12 - Emre Yıldız: <Media omitted>
15.03.24, 16:12 - Emre Yıldız: Samples packed, AWB 4471 0098 21
15.03.24, 16:30 - Jürgen Bauer: 👍
02.04.24, 11:03 - Emre Yıldız: Jürgen bey small info: we took the fittings and the 2SN hose for all 800 assemblies into our stock already, our supplier gave very good price this month 👍 so when your release comes we are fast
02.04.24, 11:20 - Jürgen Bauer: ?? Emre, nobody asked for that. Let's talk tomorrow 9:00
02.04.24, 11:21 - Emre Yıldız: Ok no problem, tomorrow
"""
case("p02_whatsapp_fittings_stocked", ["RG006"],
     "WhatsApp: buyer's scope is complete (30 samples, 770 on hold until field test sign-off, written release by Jürgen Bauer); supplier stocked hose and fittings for all 800",
     [("WhatsApp Chat mit Emre Yildiz.txt", _chat)])


# p03: supplier order confirmation: coil bought and slit for 6.000 pcs, only call-off 2 released -> RG006
case("p03_oc_coil_slit_6000", ["RG006"],
     "Polish supplier order confirmation for call-off 2 (2.000 pcs) states coil bought and slit for 6.000 pcs; forecast labelled not released, no material authority given",
     [("Potwierdzenie_OC_2024_0457.pdf", pdf([
         ("h1", "Zakład Mechaniczny Kowal Sp. z o.o."),
         ("p", "ul. Przemysłowa 7, 62-800 Kalisz, Polska  -  NIP 618-20-44-117  -  tel. +48 62 766 10 40"),
         ("h", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION  OC/2024/0457"),
         ("table", [["Klient / Customer", "Kessler Landtechnik GmbH, Rheda-Wiedenbrück"],
                    ["Ref.", "Lieferplan 5500001188, Abruf / call-off no. 2 of 11.03.2024"],
                    ["Date", "13.03.2024"]]),
         ("sp",),
         ("table", [["PN", "Opis / Description", "Ilość / Qty", "Termin / Delivery", "Cena / Price EUR"],
                    ["KL-2210-16", "Tine holder bracket, S355MC 4 mm, KTL", "2.000 szt.", "KW 18/2024", "1,84"]]),
         ("sp",),
         ("p", "Forecast from your scheduling agreement (for information, not released): call-off 3 - "
               "2.000 szt., call-off 4 - 2.000 szt."),
         ("p", "Remark: to secure the steel price and our slitting capacity we have purchased coil "
               "S355MC 4 mm x 1.250 mm and slit it for 6.000 szt. (call-offs 2-4). The strip is stored "
               "in our warehouse hall B, labelled with your part number."),
         ("p", "Delivery DAP Rheda-Wiedenbrück. Payment 45 days net. Our general terms of sale apply."),
         ("sp",),
         ("p", "Z poważaniem / Kind regards - Piotr Nowak, Kierownik Sprzedaży / Sales Manager"),
     ], title="OC/2024/0457", author="Kowal ZM"))])


# p04: Argentine supplier quoting buyer's full scope: steel for all 1.500 in house, series starts directly after test -> RG006, RG007
_q = """Hola Martín,

PO 4512-0087 is attached. It covers 25 proto tines (cultivator S-tine 32x10, PN ISG-7720-32)
for the field test only. The other 1.475 tines of your quote are not released. They will be
released only by a written release from me, after the field test sign-off by our engineering.

Abraço,
Fernanda Ribeiro
Gerente de Compras - Implementos Serra Gaúcha Ltda.
"""
_t = """Hola Fernanda,

thank you, all clear with the 25 protos. They ship Monday by truck via Paso de los Libres,
invoice and packing list go with the driver.

One thing, so you know: we already have the spring steel (SAE 1070, 32x10) for the complete
1.500 tines in house. We bought it in February when the price was good, so no problem with
material on our side.

And as soon as the field test is OK we start directly the series, you don't need to send
anything more, so we gain three weeks for your season.

Saludos cordiales,
Martín Gómez
Jefe Comercial - Metalúrgica Río Cuarto S.A.
Ruta 8 km 601, Río Cuarto, Córdoba, Argentina
+54 358 464 2210

El vie, 5 abr 2024 a las 10:14, Fernanda Ribeiro <fernanda.ribeiro@serragaucha.com.br> escribió:
""" + quote(_q) + "\n"
case("p04_ar_steel_in_house_series_direct", ["RG006", "RG007"],
     "Supplier reply quoting the buyer's complete scope: steel for all 1.500 already bought, and series will start directly after a good field test with no further paper",
     [("RE_PO_4512-0087_protos.eml", eml_bytes(mail(
         "Martín Gómez <mgomez@metalurgicario4.com.ar>",
         "Fernanda Ribeiro <fernanda.ribeiro@serragaucha.com.br>",
         "RE: PO 4512-0087 - protos S-tine",
         "Mon, 08 Apr 2024 08:55:00 -0300", _t,
         in_reply_to="<isg-4512-0087@serragaucha.com.br>")))])


# p05: Teams, buyer scope complete, supplier has SMC reserved for 5k panels -> RG006
_chat = """Dana Kowalski  3/18/2024 8:02 AM
Hi Kevin, quick recap for the cab roof panels (PN 88-7710-02): PO 7100-3401 is for 25 panels for the field test. The remaining 4,975 are not released. Release happens only after the field test sign-off, and I'm the one who signs the release, in writing.

Kevin Zhao  3/18/2024 8:15 AM
Received Dana. 25 panels will be molded next week, we send photos.

Kevin Zhao  3/18/2024 8:16 AM
Also FYI our warehouse prepared the SMC material and gelcoat for the full 5k panels to save leadtime for the season build. It is reserved under your project number PL-CAB-24.

Dana Kowalski  3/18/2024 8:40 AM
Kevin, we released 25. Let me check with our materials manager what that reservation means for us, I'll come back to you.

Kevin Zhao  3/18/2024 8:41 AM
OK 👍
"""
case("p05_teams_smc_reserved_5k", ["RG006"],
     "Teams: buyer scope complete (25 released, 4,975 held until field test sign-off, Dana Kowalski signs); supplier has SMC reserved for the full 5k",
     [("Teams_chat_cab_roof_panels.txt", _chat)])


# p06: multi-file: PO for 40 samples + supplier acknowledgement for 60 and alloys bought for 1,000 -> RG006, RG011
_po = pdf([
    ("h1", "AGRIVALLE SAS"),
    ("p", "12 route de Saumur, 49400 Distré, France  -  Service Achats  -  +33 2 41 50 71 00"),
    ("h", "BON DE COMMANDE / PURCHASE ORDER  45-88204"),
    ("table", [["Fournisseur / Supplier", "Ege Döküm Sanayi A.Ş., Kemalpaşa OSB, 35730 İzmir, Türkiye"],
               ["Date", "08/04/2024"],
               ["Devis / Quote", "EGE-TKL-2024-066 of 27/03/2024"]]),
    ("sp",),
    ("table", [["Ligne", "Article", "Désignation", "Périmètre / Scope", "Qté", "PU EUR"],
               ["10", "AV-3315-01", "Hitch bracket casting EN-GJS-400-15, raw", "sample (PPAP level 3)", "40", "31,50"]]),
    ("sp",),
    ("p", "Ce bon de commande couvre 40 pièces échantillons pour PPAP uniquement. / This PO covers 40 "
          "sample castings for PPAP only."),
    ("p", "The quoted series quantity (1,000 pcs/year) is not released. Series quantities are released "
          "only by a written release from Sophie Marchand (Directrice Achats) after PPAP sign-off."),
    ("p", "Material: for the 40 samples only."),
    ("p", "Livraison / delivery: DAP Distré, Incoterms 2020, 15/05/2024."),
], title="PO 45-88204", author="Agrivalle Achats")
_ack = docx_bytes([
    ("h1", "ORDER ACKNOWLEDGEMENT EGE-OA-2024-118"),
    ("p", "Ege Döküm Sanayi A.Ş. - Kemalpaşa OSB, İzmir - www.egedokum.com.tr"),
    ("table", [["Customer", "Agrivalle SAS, Distré"],
               ["Your PO", "45-88204 dated 08/04/2024"],
               ["Part", "AV-3315-01 hitch bracket casting, EN-GJS-400-15"],
               ["Confirmed quantity", "60 pcs sample castings (PPAP)"],
               ["Delivery", "15/05/2024 DAP Distré"]]),
    ("sp",),
    ("p", "Dear Mme Marchand, we confirm your PO 45-88204 for 60 sample castings for PPAP. We note that "
          "the series quantity is not released and waits for your written release after PPAP sign-off."),
    ("p", "Note: to have one heat and one chemical analysis certificate for PPAP and later series, we "
          "have bought the pig iron, steel scrap and FeSiMg for the full 1,000 pcs. The material is "
          "reserved in our melt shop for your part."),
    ("p", "Best regards, Fatma Yılmaz, Satış Müdürü / Sales Manager"),
], author="Fatma Yilmaz")
case("p06_po40_ack60_alloys_1000", ["RG006", "RG011"],
     "Folder: PO for 40 PPAP samples (complete hold) and supplier acknowledgement confirming 60 samples and charge material bought for the full 1,000",
     [("PO_45-88204.pdf", _po), ("Order_Acknowledgement_EGE-OA-2024-118.docx", _ack)])


# p07: supplier visit report: forecast treated as confirmed order, coil booked for 60k -> RG006, RG008
_txt = """ZAKLAD MECHANICZNY KOWAL SP. Z O.O.                         RAPORT Z WIZYTY / VISIT REPORT
=========================================================================================
Date of visit : 22.04.2024            Place : Kalisz plant
Customer      : Kessler Landtechnik GmbH (Mr. Dieter Schmid, Disposition;
                Mr. Markus Brandt, Purchasing)
Our side      : P. Nowak (Sales), K. Wiśniewska (Planning), T. Zieliński (Quality)
Distribution  : participants, Kessler Landtechnik (by e-mail)
-----------------------------------------------------------------------------------------
1. Call-off 1 under scheduling agreement 5500001190 (PN KL-2210-21 tine holder):
   5.000 pcs released, delivery CW 20/2024. Production started CW 16, on time.
   Further quantities only by next call-offs (not yet released).

2. Annual volume 2025: Mr. Schmid presented the customer forecast of 60.000 pcs for 2025
   (no call-off yet). We treat these 60.000 pcs as a confirmed order and plan press
   capacity on line P3 accordingly (2 shifts from January 2025).

3. Coil: booked at the steel mill (Huta Częstochowa) for 60.000 pcs, approx. 84 t
   S355MC 4 mm, delivery in 4 lots from October 2024, to secure the 2024 price.

4. Quality: PPAP for KL-2210-21 closed 04/2024. Next layered audit Q3.

5. Packaging: new VDA Gitterbox labels from CW 22, sample label sent by e-mail.
-----------------------------------------------------------------------------------------
Prepared by: P. Nowak                                     Page 1/1
"""
case("p07_visit_report_forecast_firm_coil", ["RG006", "RG008"],
     "Supplier visit report treats the 60.000 pcs forecast as a confirmed order and books coil for 60.000 while call-off 1 released 5.000",
     [("Visit_report_2024-04-22_Kessler.txt", _txt)])


# ------------------------------------------------------------------ batch 2
# c09: supplier acknowledgement restating the hold, buyer's PO note quoted -> clean
_q = """PO 4500233015 - Deccan Forge Pvt. Ltd.

PO NOTE: SAMPLE PO. Active quantity: 12 pcs drawbar clevis PN PL-77-2091 rev D for PPAP.
Balance 1,188 pcs per quote Q/DF/24/112: NOT RELEASED.
Release of the balance requires PPAP sign-off AND a written release signed by Dave Hartman,
Purchasing Manager. Material authority: sample-only.

Dave Hartman
Purchasing Manager, Prairie Line Tractor Co., Ankeny, Iowa
"""
_t = """Dear Mr. Hartman,

We acknowledge receipt of PO 4500233015 and accept its scope as written:

- 12 (twelve) nos sample drawbar clevis, PN PL-77-2091 rev D, for PPAP submission.
- Balance 1,188 nos as per our quote Q/DF/24/112 is not released. We will not forge it and we
  will not buy material for it.
- The balance will be released only by a written release signed by you, after PPAP sign-off by
  your supplier quality.

Samples dispatch is planned for 10-Apr by air (DHL), PPAP level 3 documents with the parts.

Thanking you,
Suresh Kulkarni
Manager - Exports
Deccan Forge Pvt. Ltd., Pune

-----Original Message-----
From: Dave Hartman <dhartman@prairieline-tractor.com>
Sent: Tuesday, March 19, 2024 4:22 PM
To: Suresh Kulkarni <suresh.kulkarni@deccanforge.co.in>
Subject: PO 4500233015 - drawbar clevis samples

""" + quote(_q) + "\n"
case("c09_supplier_ack_restates_hold", [],
     "Indian supplier acknowledges the sample PO as written (12 pcs, 1,188 not released, PPAP sign-off + written release by Dave Hartman); quoted buyer note is complete",
     [("Acknowledgement_PO_4500233015.eml", eml_bytes(mail(
         "Suresh Kulkarni <suresh.kulkarni@deccanforge.co.in>",
         "Dave Hartman <dhartman@prairieline-tractor.com>",
         "Acknowledgement - PO 4500233015 - drawbar clevis samples",
         "Wed, 20 Mar 2024 12:40:00 +0530", _t)))])


# c10: complete sample PO with table, quote figure declared forecast/info -> clean
case("c10_sample_po_complete_table", [],
     "US sample PO: 10 castings now, quoted 2,400/yr declared forecast for information and not released, sample-only material, written release by Tom Lindgren after PPAP sign-off",
     [("PO_310-22871.pdf", pdf([
         ("h1", "RED RIVER IMPLEMENT CO."),
         ("p", "4100 Main Avenue, Fargo, ND 58103  -  Purchasing  -  (701) 555-0190"),
         ("h", "PURCHASE ORDER 310-22871"),
         ("table", [["Vendor", "Shandong Taida Castings Co., Ltd., Weifang, Shandong, China"],
                    ["Date", "03/11/2024"],
                    ["Buyer", "Jenna Sorensen"],
                    ["Terms", "Net 60, FOB Qingdao"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Scope", "Qty", "UoM", "Unit USD"],
                    ["1", "RR-5520-11", "Gauge wheel hub casting, ductile iron 65-45-12, as cast", "sample (PPAP level 3)", "10", "EA", "38.50"]]),
         ("sp",),
         ("h", "PO scope note"),
         ("p", "1. Build now: 10 sample castings only."),
         ("p", "2. Not released: all production quantities. Your quote QT-TD-2024-077 shows 2,400 EA per "
               "year; that figure is a forecast for information only and is not released by this PO."),
         ("p", "3. Material authority: sample-only - buy iron for the 10 samples only."),
         ("p", "4. Unlock: production quantities are released only by a written release signed by Tom "
               "Lindgren, Supply Chain Manager, after PPAP sign-off by our supplier quality."),
         ("sp",),
         ("p", "Requirements: PPAP per AIAG 4th ed., level 3; dimensional layout on 5 pcs; material "
               "certs per ASTM A536; casting marked RR + date code. Ship samples by air to Fargo."),
     ], pagesize=LETTER, title="PO 310-22871", author="Red River Purchasing"))])


# c11: SAP call-off printout: firm lines released, forecast lines labelled -> clean
_txt = """KESSLER LANDTECHNIK GMBH                                          Seite/Page 1
Industriestr. 40, D-33378 Rheda-Wiedenbrueck
------------------------------------------------------------------------------------
LIEFERABRUF / DELIVERY SCHEDULE (CALL-OFF)           Abruf-Nr./Call-off no. 0004
Lieferplan/Sched. agreement : 5500001211              Datum/Date : 02.05.2024
Lieferant/Vendor            : 700412 ANADOLU HIDROLIK HORTUM SAN. VE TIC. A.S.
                              ORGANIZE SANAYI BOLGESI, 16140 NILUFER/BURSA, TR
Material                    : 4417-310-55  HYDR.SCHLAUCHLTG 2SN DN10 L=980
Zeichnung/Drawing           : 4417-310-55 Index C
------------------------------------------------------------------------------------
Typ  Liefertermin/Date     Menge/Qty  ME    Kum.Menge   Status
F    KW 20/2024                  200  ST          200   FEST / FIRM - RELEASED
F    KW 22/2024                  200  ST          400   FEST / FIRM - RELEASED
P    KW 26/2024                  300  ST          700   FORECAST - NOT RELEASED
P    KW 30/2024                  300  ST        1.000   FORECAST - NOT RELEASED
------------------------------------------------------------------------------------
Hinweis / Note:
Only lines of type F are released (total 400 ST). Lines of type P are forecast for
your planning only: not released, no production, no material authority.
Next quantities are released only by the next call-off, issued by Petra Vogt
(Disposition). Materialfreigabe / material authority: 400 ST.
Anlieferung/Delivery : DAP Werk Rheda, Tor 3, Mo-Fr 06:00-14:00
Verpackung/Packing   : KLT 6428, 25 ST/KLT, Etikett VDA 4902
------------------------------------------------------------------------------------
Erstellt/Created: SAP MM / user PVOGT                       Druck/Print 02.05.2024 07:58
"""
case("c11_sap_calloff_forecast_lines", [],
     "German SAP call-off: 400 ST firm and released, forecast lines labelled not released, next call-off by Petra Vogt, material authority 400",
     [("Lieferabruf_0004_5500001211.txt", _txt)])


# c12: full-quantity service order, identifiers that look like quantities -> clean (TXT attachment)
_att = """BHARAT KRISHI YANTRA LTD. - SERVICE PARTS ORDER SPO-2024-0450
Date: 18-04-2024     Vendor: HEBEI JIUZHOU HYDRAULICS CO., LTD. (V-30021)
---------------------------------------------------------------------------
Sl  Part No.            Description                           Qty   UoM
1   BKY-2000-450-12     Hose assy SAE 100R2AT DN12 L=1250     150   NOS
2   BKY-2000-450-16     Hose assy SAE 100R2AT DN16 L=1600      80   NOS
---------------------------------------------------------------------------
Fittings ISO 8434-1 (M22x1.5 / M30x2), 24 deg cone, O-ring per ISO 3601
Test: ISO 1436, impulse 200,000 cycles report per batch
Drawing BKY-2000-450 rev 7; packing 10 NOS/bag, cartons max 25 kg
Delivery: CIF Nhava Sheva, on or before 30-06-2024
"""
_t = """Dear Ms. Chen,

Please find attached our service parts order SPO-2024-0450 for the hydraulic hose assemblies for
our 4510 and 5520 tractor series. This is a firm order for the full quantities: 150 nos of
BKY-2000-450-12 and 80 nos of BKY-2000-450-16. These are standard service parts already supplied
by you under SPO-2023-0912, no samples required.

Specification unchanged: SAE 100R2AT, fittings per ISO 8434-1, test per ISO 1436, drawing
BKY-2000-450 rev 7.

Please proceed with the full 150 + 80 nos and confirm the dispatch date and vessel.

Thanks and regards,
Rohit Verma
Sr. Manager - Purchase (Service Parts)
Bharat Krishi Yantra Ltd., Mohali, Punjab
+91 172 405 1180
"""
case("c12_service_order_identifiers", [],
     "Indian full-quantity service parts order (150 + 80), no balance; many identifiers look like quantities (2000-450-12, ISO 8434-1, 200,000 cycles, rev 7)",
     [("SPO-2024-0450_hoses.eml", eml_bytes(mail(
         "Rohit Verma <rohit.verma@bky-tractors.in>",
         "Chen Jing <chenjing@jiuzhou-hydraulics.cn>",
         "Service parts order SPO-2024-0450 - hose assemblies",
         "Thu, 18 Apr 2024 14:05:00 +0530", _t,
         attachments=[("SPO-2024-0450.txt", _att, "text/plain")])))])


# c13: production release email + DOCX release notice, whole balance released -> clean
_notice = docx_bytes([
    ("h1", "PRODUCTION RELEASE  PR-2024-031"),
    ("p", "Prairie Line Tractor Co., 1200 SE Oralabor Rd, Ankeny, IA 50021"),
    ("table", [["Field", "Value"],
               ["Supplier", "Deccan Forge Pvt. Ltd., Pune, India"],
               ["PO", "4500233015 revision 2"],
               ["Part", "PL-77-2091 rev D drawbar clevis"],
               ["Quantity released for production", "1,188 pcs"],
               ["Unlock event", "PPAP sign-off, level 3, PSW signed 04/22/2024 by SQE Brian Olsen"],
               ["Authorized by", "Dave Hartman, Purchasing Manager (release authority, limit USD 250,000)"],
               ["Second approver", "Karen Miller, Director Supply Chain"],
               ["Material authority", "1,188 pcs"]]),
    ("sp",),
    ("h", "Delivery schedule"),
    ("table", [["Month", "Qty"], ["June 2024", "400"], ["July 2024", "400"], ["August 2024", "388"]]),
    ("sp",),
    ("p", "With this release the whole quoted quantity is released; no quantity remains on hold on this order."),
], author="Dave Hartman")
_t = """Suresh,

PPAP sign-off for the drawbar clevis PL-77-2091 rev D was recorded on 04/22 (level 3, PSW
signed by Brian Olsen). PO 4500233015 has been revised (rev 2) and now covers 1,200 pcs:
the 12 samples plus 1,188 production.

With the attached production release PR-2024-031 I release the balance of 1,188 pcs for
production. That is the whole quoted quantity; nothing remains on hold. Material authority:
1,188 pcs. Delivery schedule is in the release notice.

Please acknowledge PR-2024-031 by return mail.

Dave
""" + sig("Dave Hartman", "Purchasing Manager", "Prairie Line Tractor Co.", "+1 515 555 0138")
case("c13_production_release_full_balance", [],
     "US production release of the whole balance (1,188) after PPAP sign-off, PO revised to cover, signed by release authority with second approver; nothing left on hold",
     [("PR-2024-031_drawbar_clevis.eml", eml_bytes(mail(
         "Dave Hartman <dhartman@prairieline-tractor.com>",
         "Suresh Kulkarni <suresh.kulkarni@deccanforge.co.in>",
         "PRODUCTION RELEASE PR-2024-031 - PO 4500233015 rev 2 - drawbar clevis",
         "Thu, 25 Apr 2024 08:10:00 -0500", _t, cc="Karen Miller <kmiller@prairieline-tractor.com>",
         attachments=[("PR-2024-031.docx", _notice, DOCX_MT)])))])


# c14: stop notice with the conditions to lift it -> clean
_txt = """IMPLEMENTOS SERRA GAUCHA LTDA.              AVISO DE PARADA / STOP NOTICE   SN-2024-007
Rod. RS-122 km 71, Caxias do Sul - RS, Brasil                      Data/Date: 29/04/2024
=========================================================================================
Para / To    : Metalurgica Rio Cuarto S.A. - Sr. Martin Gomez
Pedido / PO  : 4512-0091      Peca / Part: ISG-4410-24 disco de grade 24" recortado
-----------------------------------------------------------------------------------------
Com efeito imediato / With immediate effect:
NOTHING MORE MAY START ON THIS ORDER - no cutting, no heat treatment, no material purchase,
released quantities included.

Reason / Motivo : crack at notch root on 3 of 40 pilot blades after 60 h field test
                  (NCR-2024-0410, photos in attachment of our mail of 26/04).
Status          : 40 pilot blades released and delivered (NF 001.277).
                  Balance 1.460 blades: NOT RELEASED.
Lifting the stop: only in writing by Fernanda Ribeiro (Gerente de Compras), after your
                  8D report is closed and a new pilot lot has passed field-test sign-off.
-----------------------------------------------------------------------------------------
Please confirm receipt of this stop notice today.
Fernanda Ribeiro - fernanda.ribeiro@serragaucha.com.br - +55 54 3209 4400
"""
case("c14_stop_notice_conditions", [],
     "Brazilian stop notice: nothing may start; 40 pilot released and delivered, balance 1.460 not released; lifted only in writing by Fernanda Ribeiro after 8D close and new pilot sign-off",
     [("SN-2024-007_aviso_de_parada.txt", _txt)])


# c15: WhatsApp, supplier asks to launch the 580, buyer scopes clearly -> clean
_chat = """[18/04/2024, 10:02:11] Martín Gómez: Hola Claire! PO 45-88310 for the harrow tines arrived 👍
[18/04/2024, 10:03:40] Martín Gómez: Question: we quoted 20 protos + 580 pre-series. Can we already launch the 580 to gain time?
[18/04/2024, 10:15:02] Claire Dubois: Non, surtout pas 🙂 Only the 20 protos for now.
[18/04/2024, 10:16:31] Claire Dubois: The 580 are not released. They stay on hold until the field test sign-off in Beauce (mid-June), and then I send the written release myself.
[18/04/2024, 10:18:05] Martín Gómez: Ok perfect. And steel? we buy for 20 only?
[18/04/2024, 10:19:47] Claire Dubois: Oui, steel for the 20 protos only. Nothing for the 580 until my release.
[18/04/2024, 10:20:12] Martín Gómez: 👍 protos ship week 19
[18/04/2024, 10:20:30] Claire Dubois: Merci Martín, bonne journée
"""
case("c15_whatsapp_scoped_protos", [],
     "WhatsApp: supplier asks to launch the 580; French buyer (Claire Dubois) answers 20 protos only, 580 not released until field test sign-off and her written release, steel for 20 only",
     [("WhatsApp Chat with Claire Dubois.txt", _chat)])


# c16: PPAP interim disposition with quantity and date limits -> clean
case("c16_ppap_interim_limits", [],
     "Indian buyer PPAP interim disposition: 200 nos until 30-Jun, balance 1,300 not released, full production release in writing by Vikram Shah after full PPAP sign-off",
     [("PPAP_disposition_BKY-3310-07.docx", docx_bytes([
         ("h1", "PPAP DISPOSITION - INTERIM"),
         ("p", "Bharat Krishi Yantra Ltd. - Supplier Quality / Sourcing - Mohali, Punjab"),
         ("table", [["Field", "Value"],
                    ["Supplier", "Ningbo Dongfang Precision Casting Co., Ltd., Ningbo, Zhejiang, China"],
                    ["Part", "BKY-3310-07 rear axle hub casting, EN-GJS-500-7"],
                    ["PO", "4100-7765 (sample 15 nos delivered; series 1,500 nos quoted = 200 interim + 1,300 not released)"],
                    ["PPAP level", "3"],
                    ["Submission date", "08-04-2024"],
                    ["Disposition", "INTERIM"],
                    ["Limits", "200 nos, to be delivered by 30-06-2024"],
                    ["Open points", "porosity on X-ray zone B (2 of 15); Cpk 1.12 on bore 62H7 (target 1.33)"]]),
         ("sp",),
         ("p", "This interim sign-off allows production and delivery of 200 nos only, up to 30-06-2024. "
               "The balance of 1,300 nos under PO 4100-7765 is not released."),
         ("p", "The full production release of the balance will be issued in writing by Vikram Shah (GM - "
               "Sourcing) after full PPAP sign-off, i.e. PSW signed without open points."),
         ("p", "Material authority: 200 nos. Parts of the interim quantity must carry a yellow tag "
               "'INTERIM PPAP' and the heat number."),
         ("sp",),
         ("table", [["Supplier Quality", "Sourcing"],
                    ["Sneha Iyer, Sr. Engineer SQE, 16-04-2024", "Vikram Shah, GM - Sourcing, 16-04-2024"]]),
     ], author="Sneha Iyer"))])


# p08: supplier PPAP checklist: PSW signed -> serial production starts automatically -> RG007
case("p08_ppap_checklist_auto_start", ["RG007"],
     "Indian supplier's PPAP checklist says serial production starts automatically once the PSW is signed, no separate release needed",
     [("PPAP_Checklist_PL-88-4410.docx", docx_bytes([
         ("h1", "PPAP SUBMISSION CHECKLIST"),
         ("p", "Deccan Forge Pvt. Ltd., Chakan, Pune - Customer: Prairie Line Tractor Co. - Part: PL-88-4410 rev C "
               "top link end - PPAP level 3 - Submission no. DF/PPAP/24/017"),
         ("table", [["#", "Element", "Status", "Remarks"],
                    ["1", "Design records", "OK", "Drg PL-88-4410 rev C, ballooned"],
                    ["2", "Engineering change documents", "N/A", ""],
                    ["3", "Customer engineering sign-off", "N/A", ""],
                    ["4", "Design FMEA", "N/A", "customer design responsibility"],
                    ["5", "Process flow diagram", "OK", "PFD rev 02"],
                    ["6", "Process FMEA", "OK", "RPN > 100 actions closed"],
                    ["7", "Control plan", "OK", "CP rev 03"],
                    ["8", "MSA studies", "OK", "GR&R 8.4 % (bore gauge)"],
                    ["9", "Dimensional results", "OK", "5 nos, 64 characteristics"],
                    ["10", "Material / performance test results", "OK", "42CrMo4 per EN 10083-3, 3.1 cert"],
                    ["11", "Initial process studies", "OK", "Cpk 1.71 on dia 25 H8"],
                    ["12", "Qualified laboratory documentation", "OK", "NABL ISO/IEC 17025:2017"],
                    ["13", "Appearance approval report", "N/A", ""],
                    ["14", "Sample production parts", "OK", "50 nos shipped 22-Mar"],
                    ["15", "Master sample", "OK", "retained at DF"],
                    ["16", "Checking aids", "OK", "fixture DF-CF-112"],
                    ["17", "Customer-specific requirements", "OK", "PL-SQM-07"],
                    ["18", "Part submission warrant (PSW)", "Submitted", "awaiting customer signature"]]),
         ("sp",),
         ("h", "Next steps"),
         ("p", "After the PSW is signed by Prairie Line SQE, serial production of the annual volume starts "
               "automatically as per our production plan - no separate release is required from the "
               "customer. First serial lot will be forged in the week following PSW signature."),
         ("p", "Prepared by: Rahul Pawar, Quality Engineer   Checked by: S. Kulkarni, Manager - Exports"),
     ], author="Rahul Pawar"))])


# p09: buyer's test engineer tells supplier to run the rest without waiting for the written release -> RG007
_po = pdf([
    ("h1", "RED RIVER IMPLEMENT CO."),
    ("p", "4100 Main Avenue, Fargo, ND 58103  -  Purchasing"),
    ("h", "PURCHASE ORDER 310-22902"),
    ("table", [["Vendor", "Shandong Taida Castings Co., Ltd., Weifang, China"],
               ["Date", "02/26/2024"], ["Buyer", "Jenna Sorensen"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
               ["1", "RR-5530-04", "Wheel hub, ductile iron, machined", "sample (field test)", "16", "52.00"]]),
    ("sp",),
    ("p", "This PO covers 16 proto hubs for the field test. The balance of 1,184 pcs per quote "
          "TD-Q-2024-052 is not released. It is released only by a written release from Tom Lindgren, "
          "Supply Chain Manager, after field test sign-off. Material authority: 16 pcs."),
], pagesize=LETTER, title="PO 310-22902", author="Red River Purchasing")
_t = """Hi Lily,

Good news - the 16 proto hubs made it through 200 hours on the test rigs and the first 40 acres
of field work with no cracks and no bearing seat wear. Nice work by your team.

As far as I'm concerned you can keep the line running and do the rest of the 1,184 on the same
setup. No need to wait for the paperwork from purchasing, they'll catch up. The season build
starts in August and we can't lose the slot.

PO attached again for your reference.

Thanks,
Brad
""" + sig("Brad Nielsen", "Test Engineering Lead", "Red River Implement Co.", "+1 701 555 0177")
case("p09_test_engineer_keep_line_running", ["RG007"],
     "PO requires a written release by Tom Lindgren after field test sign-off; buyer's test engineer says after the good test to run the rest of the 1,184 without waiting for paperwork",
     [("Proto_hubs_test_result.eml", eml_bytes(mail(
         "Brad Nielsen <bnielsen@redriverimplement.com>",
         "Lily Wang <lily.wang@taida-castings.cn>",
         "Proto hubs - test result",
         "Fri, 19 Apr 2024 17:22:00 -0500", _t,
         attachments=[("PO_310-22902.pdf", _po, PDF_MT)])))])


# p10: WhatsApp, buyer agrees that the tester's OK starts the 580 without her written release -> RG007
_chat = """[22/04/2024, 09:12:30] Claire Dubois: Bonjour Martín, PO 45-88310 sent: 20 prototype harrow tines only. The rest (580) is not released, it waits for the field test sign-off and then my written release. Claire Dubois, Achats Agrivalle
[22/04/2024, 09:20:02] Martín Gómez: Perfecto, 20 protos 👍
[22/04/2024, 09:21:15] Martín Gómez: The field test is done by Jean-Marc in Beauce?
[22/04/2024, 09:25:40] Claire Dubois: Oui, Jean-Marc Roux does the field test, 3 weeks
[22/04/2024, 09:27:51] Martín Gómez: ok so when Jean-Marc says protos are bons, we start directly the 580, no need to wait your paper right?
[22/04/2024, 09:31:08] Claire Dubois: oui c'est ça, as soon as Jean-Marc is happy you can go 👍
[22/04/2024, 09:31:30] Martín Gómez: 💪 gracias
"""
case("p10_whatsapp_tester_ok_starts_580", ["RG007"],
     "WhatsApp: buyer first requires her written release, then agrees the tester's OK on the protos starts the 580 directly with no paper",
     [("WhatsApp Chat with Claire Dubois - harrow tines.txt", _chat)])


# p11: SAP PO: pilot 15, production 985 'follows automatically' after pilot approval -> RG001 RG003 RG005 RG007
_txt = """IMPLEMENTOS SERRA GAUCHA LTDA                                      PEDIDO DE COMPRA
CNPJ 88.412.330/0001-07                                             PURCHASE ORDER
Rod. RS-122 km 71 - Caxias do Sul - RS                             No. 4512-0102
-------------------------------------------------------------------------------------
Fornecedor/Vendor: 300215 LUDHIANA AGRI BLADES PVT LTD        Data: 05/03/2024
                   FOCAL POINT PHASE V, LUDHIANA 141010, INDIA Comprador: R. Costa
Cond.Pagto/Terms : 90 DDL                                      Incoterms: CFR Rio Grande
-------------------------------------------------------------------------------------
Item  Material       Descricao/Description               Qtd    UM  Preco USD   Total USD
00010 ISG-4410-26    DISCO GRADE 26" LISO 6MM            15     PC     21,40      321,00
                     Lote piloto / pilot lot
-------------------------------------------------------------------------------------
Texto do item / item text 00010:
Pilot lot for field test in Passo Fundo (soy stubble, 2024/25 season).
After approval of the pilot lot the production of 985 PC follows automatically
according to your quote LAB/Q/24/031, delivery of production from September 2024,
3 lots of approx. 330 PC.
Steel 28MnB5 / boron steel, hardness 48-52 HRC, drawing ISG-4410-26 rev. 03.
-------------------------------------------------------------------------------------
Total do pedido / order total USD                                            321,00
Impresso por/printed by RCOSTA 05/03/2024 14:51                          Pag. 1 de 1
"""
case("p11_sap_po_pilot_then_985_follows", ["RG001", "RG003", "RG005", "RG007"],
     "Brazilian SAP PO: 15 pilot discs; 985 production 'follows automatically' after pilot approval with delivery dates; nothing says 985 not released, nobody named to release",
     [("PEDIDO_4512-0102.txt", _txt)])


# p12: Teams, full scope by purchasing, then test engineer 'you're good to run, the rest can follow' -> RG002 RG007
_chat = """Mike Brennan  4/2/2024 9:05 AM
Anil, recap for the hitch pins PN RR-1180-32: PO 310-22950 is for 24 proto pins. The balance of 2,376 pins is not released. It gets released only after the pull-test sign-off, in writing, by me (Mike Brennan).

Anil Joshi  4/2/2024 9:40 AM
Noted Mike. 24 nos proto pins dispatched by courier on 8th.

Brad Nielsen  4/16/2024 2:12 PM
Anil, pins passed the pull test at 180 kN, no deformation. Nice job. You're good to run - the rest can follow on the same heat treat setup.

Anil Joshi  4/16/2024 2:30 PM
Thank you Brad! We will plan the balance on the press for next week then.

Anil Joshi  4/16/2024 2:31 PM
👍
"""
case("p12_teams_good_to_run_rest_follows", ["RG002", "RG007"],
     "Teams: purchasing scope is complete, then the test engineer writes 'you're good to run - the rest can follow' after the pull test; supplier plans the balance",
     [("Teams_hitch_pins_RR-1180-32.txt", _chat)])


# p13: Indian supplier acknowledgement: will start the balance on receipt of the sample approval mail -> RG007
_q = """PO 4700020377

PO NOTE: Sample order. Active quantity: 30 pcs gearbox housing cover PN 4417-505-02.
The balance of 1,470 pcs is NOT released. Release only by a separate written production
release signed by Markus Brandt after sample sign-off (Erstmusterprüfung).
"""
_t = """Dear Mr. Brandt,

Greetings from Rajkot!

We acknowledge your PO 4700020377 for 30 nos sample castings PN 4417-505-02 (gearbox housing
cover, EN-GJL-250). Your PO note is noted.

Pattern and core box are ready; samples will be poured on 29-Apr and machined in our CNC shop.
ISIR (Erstmusterprüfbericht) with 3.1 certificate will be sent with the samples.

To avoid any delay to your season build, we shall commence production of the balance 1,470 nos
immediately on receipt of your sample approval mail from your quality department.

Thanks & Regards,
Hitesh Patel
Director - Marketing
Rajkot Precision Castings Pvt. Ltd., GIDC Metoda, Rajkot 360021, Gujarat
+91 98240 66531

> -----Original Message-----
> From: Markus Brandt <m.brandt@kessler-landtechnik.de>
> Sent: 17 April 2024 10:02
> Subject: Bestellung / PO 4700020377
>
""" + quote(_q) + "\n"
case("p13_supplier_starts_on_approval_mail", ["RG007"],
     "Supplier ack quotes the buyer's complete note (30 samples, 1,470 held, written release by Markus Brandt) yet says it will start the 1,470 on the sample approval mail",
     [("ACK_PO_4700020377.eml", eml_bytes(mail(
         "Hitesh Patel <hitesh@rajkotprecision.co.in>",
         "Markus Brandt <m.brandt@kessler-landtechnik.de>",
         "ACK: PO 4700020377 - gearbox housing cover samples",
         "Thu, 18 Apr 2024 11:45:00 +0530", _t)))])


# p14: cover email says 20 samples, attached PO PDF says 24 -> RG011
_po = pdf([
    ("h1", "BHARAT KRISHI YANTRA LTD."),
    ("p", "Plot 7, Industrial Area Phase 8B, Mohali 160071, Punjab  -  Purchase Department"),
    ("h", "PURCHASE ORDER 4100-7801"),
    ("table", [["Supplier", "Konya Tarım Makina Parçaları San. Ltd. Şti., Konya OSB, Türkiye"],
               ["Date", "09-04-2024"], ["Your quotation", "KTM-Q-24-061"]]),
    ("sp",),
    ("table", [["Sl", "Part no.", "Description", "Scope", "Qty", "Rate USD"],
               ["1", "BKY-6060-LR rev 3", "Rotavator blade L-type, 60x7, boron steel, LH", "sample (field trial)", "24", "3.10"]]),
    ("sp",),
    ("p", "Sample quantity: 24 nos for field trial in Punjab. Balance 2,976 nos of your quotation is not "
          "released. It will be released in writing by Rohit Verma (Sr. Manager - Purchase) after field "
          "trial sign-off. Material authority: sample quantity only."),
    ("p", "Delivery: by air to Delhi, CPT, within 3 weeks."),
], title="PO 4100-7801", author="BKY Purchase")
_t = """Dear Mr. Aydın,

Please find attached our PO 4100-7801 for 20 nos sample rotavator blades (L-type, PN
BKY-6060-LR rev 3) for our field trial in Punjab this kharif season.

The balance 2,980 nos of your quotation KTM-Q-24-061 is not released. It will be released in
writing by me after field trial sign-off.

Kindly confirm the dispatch date.

Regards,
Rohit Verma
Sr. Manager - Purchase
Bharat Krishi Yantra Ltd.
+91 172 405 1180
"""
case("p14_email20_po24", ["RG011"],
     "Indian buyer's cover email says 20 sample blades (balance 2,980) while the attached PO says 24 (balance 2,976); otherwise complete",
     [("PO_4100-7801_rotavator_blades.eml", eml_bytes(mail(
         "Rohit Verma <rohit.verma@bky-tractors.in>",
         "Mehmet Aydın <mehmet.aydin@konyatarim.com.tr>",
         "PO 4100-7801 - sample rotavator blades",
         "Tue, 09 Apr 2024 15:20:00 +0530", _t,
         attachments=[("PO_4100-7801.pdf", _po, PDF_MT)])))])


# ------------------------------------------------------------------ batch 3
# c17: supplier PPAP checklist that states it is no production release -> clean (technical doc)
case("c17_ppap_checklist_technical", [],
     "Turkish supplier PPAP checklist; technical record only, says it is not a production release and series stays on hold until Sophie Marchand's written release",
     [("PPAP_kontrol_listesi_AV-3315-01.docx", docx_bytes([
         ("h1", "PPAP Kontrol Listesi / PPAP Checklist"),
         ("p", "Ege Döküm Sanayi A.Ş. - Customer: Agrivalle SAS - Part AV-3315-01 hitch bracket casting "
               "EN-GJS-400-15 - PO 45-88204 - Level 3"),
         ("table", [["No", "Element", "Durum / Status", "Not / Note"],
                    ["1", "Design records", "OK", "drawing AV-3315-01 ind. C"],
                    ["2", "Engineering change documents", "N/A", ""],
                    ["3", "Customer engineering sign-off", "N/A", ""],
                    ["5", "Process flow", "OK", "moulding line DISA 2070"],
                    ["6", "PFMEA", "OK", ""],
                    ["7", "Control plan", "OK", ""],
                    ["8", "MSA", "OK", "GR&R 9.6 %"],
                    ["9", "Dimensional results", "OK", "5 pcs, 112 characteristics"],
                    ["10", "Material tests", "OK", "EN 1563, nodularity > 90 %"],
                    ["11", "Initial process studies", "OK", "Cpk 1.67 hole 22H9"],
                    ["12", "Laboratory", "OK", "ISO/IEC 17025 (TÜRKAK AB-0417-T)"],
                    ["14", "Sample parts", "OK", "40 pcs shipped 14/05/2024"],
                    ["18", "PSW", "signed by supplier", "awaiting customer signature"]]),
         ("sp",),
         ("p", "Note: this checklist records the PPAP submission only. It is not a production release. "
               "Series quantities remain on hold, as stated on PO 45-88204, until a written release "
               "signed by Mme Sophie Marchand (Directrice Achats). We have material for the 40 samples "
               "only."),
         ("p", "Hazırlayan / prepared by: Kaan Demir, Kalite Mühendisi"),
     ], author="Kaan Demir"))])


# c18: buyer forwards an old quote (rfc822) for information only -> clean
_old = mail("Chen Yu <chenyu@huarui-hydraulic.cn>",
            "Rafael Costa <rafael.costa@serragaucha.com.br>",
            "Quotation HR-Q-2022-318 hydraulic hose assemblies",
            "Mon, 14 Nov 2022 10:20:00 +0800",
            """Dear Rafael,

As requested please see our quotation HR-Q-2022-318:

Hose assembly 1SN DN10 L=1450 mm, fittings JIC 7/8"-14 UNF
- samples 25 pcs: USD 14.50/pc
- series 5,000 pcs: USD 7.80/pc
- lead time 35 days after order

Valid 30 days. Best regards,
Chen Yu
Jiangsu Huarui Hydraulic Co., Ltd.
""")
_t = """Dear Ms. Chen,

I am forwarding below your quotation from November 2022 with the 5,000 pcs series price, for
information only. It is not an order and that quantity is not released.

Our current PO 4512-0120 covers 25 sample hose assemblies only. The series quantity is on hold
until the field test sign-off and a written release signed by me. Please do not plan or buy
anything for the series before that.

Could you re-quote the series at today's steel and rubber prices? Same drawing ISG-8820-10 rev. 02.

Obrigado e um abraço,
Rafael Costa
Gerente de Suprimentos
Implementos Serra Gaúcha Ltda., Caxias do Sul - RS
+55 54 3209 4417
"""
case("c18_forward_old_quote_info_only", [],
     "Brazilian buyer forwards a 2022 quote (5,000 series) as message/rfc822 for information only; PO covers 25 samples, series on hold until field test sign-off and Rafael Costa's written release",
     [("FW_Quotation_HR-Q-2022-318.eml", eml_bytes(mail(
         "Rafael Costa <rafael.costa@serragaucha.com.br>",
         "Chen Yu <chenyu@huarui-hydraulic.cn>",
         "FW: Quotation HR-Q-2022-318 - for information only / re-quote series",
         "Tue, 16 Apr 2024 09:05:00 -0300", _t,
         attachments=[("rfc822", _old)])))])


# c19: supplier weekly status report, nothing beyond released -> clean
_txt = """METALURGICA RIO CUARTO S.A. - ESTADO SEMANAL DE PEDIDOS / WEEKLY ORDER STATUS - CW 15/2024
Cliente / Customer: IMPLEMENTOS SERRA GAUCHA LTDA. (Sra. Fernanda Ribeiro)
=============================================================================================
PO         PN            Scope   Released  Produced  Shipped  Material on hand     Balance
---------  ------------  ------  --------  --------  -------  -------------------  ----------
4512-0087  ISG-7720-32   proto         25        25       25  steel for 25 only    1.475 NOT
           S-tine 32x10                                       (sample-only)        RELEASED
4512-0094  ISG-7730-40   proto         12        12        0  steel for 12 only    588 NOT
           S-tine 40x12                                       (sample-only)        RELEASED
=============================================================================================
Comments:
- No work started on the balances. No material bought for the balances.
- We wait for the written release from Sra. Fernanda Ribeiro after field-test sign-off,
  for each PO separately.
- 4512-0094: 12 protos ready, pick-up by TransSul planned 12/04.
Prepared by: Lucía Fernández, Planeamiento - lfernandez@metalurgicario4.com.ar
"""
case("c19_supplier_status_no_work_on_balance", [],
     "Argentine supplier weekly status: released = produced, material for protos only, balances not released, waiting for written release by Fernanda Ribeiro",
     [("Estado_semanal_CW15_2024.txt", _txt)])


# c20: folder: PO PDF + quote PDF + cover EML; quote's production figure declared info -> clean
_po = pdf([
    ("h1", "BHARAT KRISHI YANTRA LTD."),
    ("p", "Plot 7, Industrial Area Phase 8B, Mohali 160071, Punjab  -  Purchase Department"),
    ("h", "PURCHASE ORDER 4100-7830"),
    ("table", [["Supplier", "Changzhou Hengli Composites Co., Ltd., Changzhou, Jiangsu, China"],
               ["Date", "22-04-2024"], ["Quotation ref.", "HL-Q-2404 dated 11-04-2024"]]),
    ("sp",),
    ("table", [["Sl", "Part no.", "Description", "Scope", "Qty", "Rate USD"],
               ["1", "BKY-CAB-2210", "Cab roof panel, SMC, grained, RAL 7021", "sample (field trial)", "6", "148.00"]]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "This PO covers 6 nos sample cab roof panels. The production quantity shown on quotation "
          "HL-Q-2404 (1,800 nos per year) is for information only and is not released by this PO."),
    ("p", "Material authority: for the 6 samples only."),
    ("p", "The production balance will be released in writing by Rohit Verma (Sr. Manager - Purchase) "
          "after field trial sign-off and our internal budget sign-off."),
], title="PO 4100-7830", author="BKY Purchase")
_quote = pdf([
    ("h1", "Changzhou Hengli Composites Co., Ltd."),
    ("h", "QUOTATION HL-Q-2404"),
    ("table", [["Item", "Qty", "Unit price USD", "Remark"],
               ["Sample cab roof panel BKY-CAB-2210", "6 pcs", "148.00", "soft tool, 4 weeks"],
               ["Mass production", "1,800 pcs/year", "61.50", "hard tool T-2210, USD 42,000"]]),
    ("p", "Payment: tooling 50% with tool order, 50% after T1; parts 30 days after B/L."),
], title="HL-Q-2404", author="Hengli Sales")
_t = """Dear Amy,

Attached are our PO 4100-7830 for the 6 sample cab roof panels and your quotation HL-Q-2404 for
reference.

As written on the PO: only the 6 samples are released now. The 1,800 nos per year on your
quotation are for information only and not released; please buy material for the 6 samples
only. I will release the production balance in writing after the field trial sign-off and our
internal budget sign-off.

Regards,
Rohit Verma
Sr. Manager - Purchase, Bharat Krishi Yantra Ltd.
"""
case("c20_folder_po_quote_cover", [],
     "Folder: Indian PO for 6 sample panels + supplier quote with 1,800/yr + cover mail; quote figure declared information only, balance released in writing by Rohit Verma after sign-offs",
     [("PO_4100-7830.pdf", _po), ("Quotation_HL-Q-2404.pdf", _quote),
      ("Mail_PO_4100-7830.eml", eml_bytes(mail(
          "Rohit Verma <rohit.verma@bky-tractors.in>",
          "Amy Xu <amy.xu@hengli-composites.cn>",
          "PO 4100-7830 - 6 sample cab roof panels",
          "Mon, 22 Apr 2024 12:30:00 +0530", _t)))])


# c21: buyer corrects a quoted supplier assumption of auto-conversion -> clean
_q = """Jürgen bey, samples arrived ok? After your field test OK we start the 770 automatically, yes?
So we are fast for your season.

Emre Yıldız
Anadolu Hidrolik
"""
_t = """Hello Emre,

samples arrived, thank you.

No - the field test sign-off does not release anything by itself. The 770 hose assemblies stay
on hold until I send you the written release, and I will send it only after the field test
sign-off. For now: the 30 sample assemblies only, as on PO 4700020114.

Please do not buy hose or fittings for the 770 before my release.

Mit freundlichen Grüßen / Best regards
Jürgen Bauer
Einkauf / Purchasing
Kessler Landtechnik GmbH
Tel. +49 5242 9170-233

-----Ursprüngliche Nachricht-----
Von: Emre Yıldız <emre.yildiz@anadoluhidrolik.com.tr>
Gesendet: Donnerstag, 21. März 2024 08:14
An: Jürgen Bauer
Betreff: PO 4700020114 samples

""" + quote(_q) + "\n"
case("c21_buyer_corrects_auto_start", [],
     "Quoted supplier assumes auto start of the 770; German buyer replies the sign-off releases nothing by itself, 30 samples only, 770 held until his written release",
     [("AW_PO_4700020114_samples.eml", eml_bytes(mail(
         "Jürgen Bauer <j.bauer@kessler-landtechnik.de>",
         "Emre Yıldız <emre.yildiz@anadoluhidrolik.com.tr>",
         "AW: PO 4700020114 samples",
         "Thu, 21 Mar 2024 10:02:00 +0100", _t)))])


# c22: Teams, supplier asks about go-ahead and material for the 480, buyer says no -> clean
_chat = """Gurpreet Singh  5/6/2024 7:48 AM
Hi Karen, the 20 sample mower blades shipped Friday, tracking 1Z 8A4 417 04 9921 6650. Do we have a go-ahead for the 480? Also may we buy boron steel for the 480 now? Mill lead time is 10 weeks.

Karen Miller  5/6/2024 8:30 AM
Hi Gurpreet - not yet. The 480 are not released, and there is no material authority beyond the 20 samples.

Karen Miller  5/6/2024 8:31 AM
The 480 get released in writing by me once our field test sign-off is done, target end of June. If the mill lead time is a problem, send me a proposal and I'll look at a staged material authority, but nothing until you have it from me in writing.

Gurpreet Singh  5/6/2024 8:35 AM
Understood Karen. We will wait. Thank you.
"""
case("c22_teams_question_material_no", [],
     "Teams: Indian supplier asks for a go-ahead and to buy steel for the 480; US buyer Karen Miller says not released, no material authority, release in writing by her after field test sign-off",
     [("Teams_mower_blades_Karen_Miller.txt", _chat)])


# c23: folder: revised PO DOCX + production release letter PDF -> clean
_po = docx_bytes([
    ("h1", "Bestellung / Purchase Order 4700020555 - Änderung / Revision 2"),
    ("p", "Kessler Landtechnik GmbH, Einkauf - an / to: Konya Tarım Makina Parçaları San. Ltd. Şti., Konya OSB"),
    ("table", [["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Status"],
               ["10", "4417-620-11", "Mähmesser / mower knife section, 3 mm, 11-teeth", "20 Stk", "samples - delivered 03.04.2024"],
               ["20", "4417-620-11", "Mähmesser / mower knife section, series", "2.300 Stk", "released per PR-KL-2024-019"]]),
    ("sp",),
    ("p", "Revision 2 adds position 20 for the quantity released by production release PR-KL-2024-019. "
          "No further quantity exists on this order; order total 2.320 Stk."),
    ("p", "Liefertermine / delivery: 800 Stk KW 25, 800 Stk KW 29, 700 Stk KW 33. DAP Rheda-Wiedenbrück."),
    ("p", "Einkauf: Markus Brandt"),
], author="Markus Brandt")
_rel = pdf([
    ("h1", "Produktionsfreigabe / Production release PR-KL-2024-019"),
    ("p", "Kessler Landtechnik GmbH, Industriestraße 40, 33378 Rheda-Wiedenbrück"),
    ("table", [["Lieferant / Supplier", "Konya Tarım Makina Parçaları San. Ltd. Şti."],
               ["Teil / Part", "4417-620-11 mower knife section"],
               ["Bestellung / PO", "4700020555 Rev. 2"],
               ["Freigegebene Menge / Quantity released", "2.300 Stk (zweitausenddreihundert)"],
               ["Auslösendes Ereignis / Unlock event", "Erstmusterprüfbericht / sample sign-off dated 14.05.2024, EMPB no. 24-117"],
               ["Materialfreigabe / Material authority", "2.300 Stk"]]),
    ("sp",),
    ("p", "Following the sample sign-off of 14.05.2024, I release 2.300 pcs for production. PO 4700020555 "
          "Rev. 2 covers them. With this release nothing remains on hold on this order."),
    ("sp",),
    ("table", [["Freigabe / Release authority", "Zweite Unterschrift / Second signature"],
               ["Markus Brandt, Leiter Einkauf, 15.05.2024", "Dr. Ulrike Sauer, Geschäftsführerin, 15.05.2024"]]),
], title="PR-KL-2024-019", author="Markus Brandt")
case("c23_folder_revised_po_and_release", [],
     "Folder: German revised PO (20 samples delivered + 2.300 series) and production release letter for 2.300 after sample sign-off, two signatures, nothing left on hold",
     [("Bestellung_4700020555_Rev2.docx", _po), ("PR-KL-2024-019.pdf", _rel)])


# c24: model-year change letter, quantities as words, consistent -> clean
case("c24_my_change_words_numbers", [],
     "US model-year change letter: twelve (12) rev G samples, one thousand one hundred eighty-eight (1,188) not released until PPAP sign-off and written release by Dave Hartman",
     [("MY2025_change_PL-44-3020.pdf", pdf([
         ("h1", "Prairie Line Tractor Co."),
         ("p", "1200 SE Oralabor Rd, Ankeny, IA 50021  -  Global Purchasing"),
         ("p", "To: Zakład Mechaniczny Kowal Sp. z o.o., attn. Mr. Piotr Nowak  -  Date: April 8, 2024"),
         ("h", "Model-year 2025 change - fender bracket PL-44-3020 rev F to rev G"),
         ("p", "Dear Mr. Nowak,"),
         ("p", "For model year 2025 the fender bracket PL-44-3020 changes from rev F to rev G (two added "
               "M10 weld nuts for the new LED work light, ECN 24-0318). The current rev F call-offs are "
               "not affected by this letter."),
         ("p", "With PO 4500234120 we order twelve (12) sample brackets at rev G for PPAP. The remaining "
               "one thousand one hundred eighty-eight (1,188) rev G brackets of the MY2025 quantity are not "
               "released."),
         ("p", "They will be released only by a written release from Dave Hartman, Purchasing Manager, "
               "after PPAP sign-off of the rev G samples. Until then please use no material beyond the "
               "twelve samples."),
         ("table", [["Item", "Rev", "Quantity", "Status"],
                    ["PL-44-3020 samples", "G", "12", "ordered on PO 4500234120"],
                    ["PL-44-3020 MY2025 balance", "G", "1,188", "not released"]]),
         ("sp",),
         ("p", "Sincerely,"),
         ("p", "Dave Hartman, Purchasing Manager"),
     ], pagesize=LETTER, title="MY2025 change PL-44-3020", author="Prairie Line"))])


# c25: supplier portal tracking page consistent with the hold -> clean
_body = """<h2>Hengli Composites &mdash; Customer Order Tracking</h2>
<p>Customer: <b>Prairie Line Tractor Co.</b> &nbsp;|&nbsp; Project: PL-CAB-24 &nbsp;|&nbsp; Updated 2024-04-29 06:00 CST</p>
<table>
<tr><th>PO</th><th>Part</th><th>Scope</th><th>Released</th><th>Molded</th><th>Shipped</th><th>Balance</th><th>Material authority</th></tr>
<tr><td>7100-3401</td><td>88-7710-02 cab roof panel</td><td>sample (field test)</td><td>25</td><td>25</td><td>25</td><td>4,975 &mdash; on hold, not released</td><td>sample-only (25 panels)</td></tr>
</table>
<div class="note">Balance 4,975 is on hold. We wait for the customer's written release signed by Ms. Dana Kowalski
after field test sign-off. No molding and no material purchase for the balance before that release.</div>
<p>Shipment: 25 panels, B/L SHA-PL-240412, ETA Chicago 2024-05-21.</p>
"""
case("c25_supplier_portal_consistent", [],
     "Chinese supplier portal page: 25 released/molded/shipped, balance 4,975 on hold pending Dana Kowalski's written release after field test sign-off, sample-only material",
     [("order_tracking_PL-CAB-24.html", html_page("Order tracking PL-CAB-24", _body))])


# p15: folder: call-off TXT says 400, cover email says 450 -> RG011
_txt = """KESSLER LANDTECHNIK GMBH                                          Seite/Page 1
------------------------------------------------------------------------------------
LIEFERABRUF / DELIVERY SCHEDULE (CALL-OFF)           Abruf-Nr./Call-off no. 0007
Lieferplan/Sched. agreement : 5500001187              Datum/Date : 06.05.2024
Lieferant/Vendor            : 700388 ZAKLAD MECHANICZNY KOWAL SP. Z O.O., KALISZ
Material                    : KL-2210-18  ZINKENHALTER / TINE HOLDER LH
------------------------------------------------------------------------------------
Typ  Liefertermin/Date     Menge/Qty  ME    Status
F    KW 24/2024                  400  ST    FEST / FIRM - RELEASED
P    KW 28/2024                  450  ST    FORECAST - NOT RELEASED
P    KW 32/2024                  450  ST    FORECAST - NOT RELEASED
------------------------------------------------------------------------------------
Only lines of type F are released. P lines are forecast only, not released, no
material authority. Next quantities only by the next call-off from Petra Vogt.
Materialfreigabe / material authority: as released (F lines).
------------------------------------------------------------------------------------
Druck/Print 06.05.2024 08:12  user PVOGT
"""
_t = """Hello Mr. Nowak,

attached call-off 7 releases 450 pcs of tine holder KL-2210-18 LH for delivery CW 24. The later
lines are forecast only and not released; next quantities come with call-off 8 from me.

Please confirm by Wednesday.

Mit freundlichen Grüßen
Petra Vogt
Disposition / Materials Planning
Kessler Landtechnik GmbH, Rheda-Wiedenbrück
Tel. +49 5242 9170-318
"""
case("p15_calloff400_mail450", ["RG011"],
     "Folder: German call-off printout releases 400 ST firm, the cover mail from the same planner says the call-off releases 450",
     [("Lieferabruf_0007_5500001187.txt", _txt),
      ("Abruf_0007_KL-2210-18.eml", eml_bytes(mail(
          "Petra Vogt <p.vogt@kessler-landtechnik.de>",
          "Piotr Nowak <p.nowak@kowal-zm.pl>",
          "Lieferabruf 0007 / call-off 7 - KL-2210-18",
          "Mon, 06 May 2024 08:20:00 +0200", _t)))])


# p16: DOCX PO: table 25, text 'twenty-five (52)' -> RG011
case("p16_words_25_digits_52", ["RG011"],
     "Brazilian PO (DOCX): table says 25 pilot cylinders, text says 'twenty-five (52)'; two authorized quantities in one document",
     [("Pedido_4512-0133.docx", docx_bytes([
         ("h1", "Pedido de compra / Purchase order 4512-0133"),
         ("p", "Implementos Serra Gaúcha Ltda. - Rod. RS-122 km 71 - Caxias do Sul - RS - Brasil"),
         ("p", "Fornecedor / Supplier: Hebei Jiuzhou Hydraulics Co., Ltd., Cangzhou, Hebei, China"),
         ("table", [["Item", "PN", "Descrição / Description", "Escopo / Scope", "Qtd", "Preço USD"],
                    ["10", "ISG-8810-63", "Cilindro hidráulico / hydraulic cylinder 63/35-300, double acting", "pilot (field test)", "25", "86,00"]]),
         ("sp",),
         ("p", "This order covers twenty-five (52) pilot cylinders for field test on our 12-row planter "
               "marker arms."),
         ("p", "The quoted series quantity (1,000 pcs) is not released. It will be released in writing by "
               "Renata Alves (Compras) after field test sign-off. Material authority: pilot quantity only."),
         ("p", "Specification: working pressure 200 bar, test pressure 300 bar, rod chrome 25 µm, "
               "ports 3/4\" UNF ORB, paint RAL 2004. Delivery: CFR Rio Grande, 45 days."),
         ("p", "Renata Alves - Compradora Sênior - renata.alves@serragaucha.com.br"),
     ], author="Renata Alves"))])


# p17: PDF PO: line qty 60, note 'sample lot of 50 nos' -> RG011
case("p17_po_line60_note50", ["RG011"],
     "Indian PO PDF: line quantity 60 nos, scope note says sample lot of 50 nos; otherwise complete hold",
     [("PO_4100-7844.pdf", pdf([
         ("h1", "BHARAT KRISHI YANTRA LTD."),
         ("p", "Plot 7, Industrial Area Phase 8B, Mohali 160071  -  Purchase Department  -  GSTIN 03AABCB4417K1Z2"),
         ("h", "PURCHASE ORDER 4100-7844"),
         ("table", [["Supplier", "Shandong Taida Castings Co., Ltd., Weifang, China"],
                    ["Date", "25-04-2024"], ["Payment", "60 days from B/L"]]),
         ("sp",),
         ("table", [["Sl", "Part no.", "Description", "Scope", "Qty", "Rate USD"],
                    ["1", "BKY-3340-11", "Front axle support casting, EN-GJS-450-10", "sample (PPAP)", "60", "47.20"]]),
         ("sp",),
         ("p", "This PO is for the sample lot of 50 nos for PPAP level 3. The balance of the quoted annual "
               "quantity is not released. Production quantities will be released in writing by Vikram Shah "
               "(GM - Sourcing) after PPAP sign-off. Material authority: sample lot only."),
         ("p", "Delivery: by sea LCL, CIF Nhava Sheva. Marking: BKY logo + heat no. cast-on."),
     ], title="PO 4100-7844", author="BKY Purchase"))])


# p18: WhatsApp, buyer says 15 protos, later 'you build 12 protos, not more' -> RG011
_chat = """09.04.24, 08:30 - Jürgen Bauer: Hello Mehmet, PO 4700020610 is out: 15 proto knife sections for the new 3,5 m mower bar (4417-630-02).
09.04.24, 08:31 - Jürgen Bauer: The rest of the 5.000 from your offer stays on hold until our field-test sign-off, and then I release it in writing. Nothing for the series before that please.
09.04.24, 08:45 - Mehmet Aydın: Hello Jürgen bey, ok, protos only. Steel from stock is enough.
09.04.24, 08:46 - Mehmet Aydın: Delivery in 2 weeks ok?
09.04.24, 08:50 - Jürgen Bauer: 2 weeks ok.
11.04.24, 14:02 - Jürgen Bauer: Mehmet, to confirm: you build 12 protos, not more. Drawing index B, serrated edge top side.
11.04.24, 14:10 - Mehmet Aydın: Ok Jürgen bey 👍
"""
case("p18_whatsapp_15_then_12", ["RG011"],
     "WhatsApp: German buyer first orders 15 proto knife sections, two days later confirms 'you build 12 protos, not more'; hold, event and person are present",
     [("WhatsApp Chat mit Mehmet Aydin.txt", _chat)])


# p19: folder: German release letter 1.200 Stück, English cover mail 1,020 pcs -> RG011
_rel = pdf([
    ("h1", "Produktionsfreigabe PR-KL-2024-022"),
    ("p", "Kessler Landtechnik GmbH, Einkauf, Industriestraße 40, 33378 Rheda-Wiedenbrück"),
    ("p", "An / to: Rajkot Precision Castings Pvt. Ltd., GIDC Metoda, Rajkot, Indien"),
    ("table", [["Bestellung", "4700020377 Rev. 1"],
               ["Teil", "4417-505-02 Getriebegehäusedeckel / gearbox housing cover, EN-GJL-250"],
               ["Freigegebene Menge", "1.200 Stück (in Worten: eintausendzweihundert)"],
               ["Auslöser", "Erstmusterprüfung / sample sign-off vom 06.05.2024 (EMPB 24-121)"],
               ["Materialfreigabe", "1.200 Stück"]]),
    ("sp",),
    ("p", "Hiermit geben wir nach erfolgreicher Erstmusterprüfung 1.200 Stück zur Serienfertigung frei. "
          "Die Restmenge von 270 Stück bleibt gesperrt; sie wird nur durch eine weitere schriftliche "
          "Freigabe von Markus Brandt nach der Wareneingangsprüfung der ersten 300 Stück freigegeben."),
    ("sp",),
    ("p", "Markus Brandt, Leiter Einkauf, 07.05.2024"),
], title="PR-KL-2024-022", author="Markus Brandt")
_t = """Dear Hitesh,

attached is our production release PR-KL-2024-022 for the gearbox housing cover 4417-505-02.
After the sample sign-off of 6 May, 1,020 pcs are released for production. The remaining
quantity stays on hold as described in the letter (further written release by me after
incoming inspection of the first 300 pcs).

Please confirm the delivery plan.

Best regards
Markus Brandt
Leiter Einkauf / Head of Purchasing, Kessler Landtechnik GmbH
"""
case("p19_release_1200_mail_1020", ["RG011"],
     "Folder: German release letter releases 1.200 Stück (in words too), the English cover mail from the same signer says 1,020 pcs released",
     [("PR-KL-2024-022_Freigabe.pdf", _rel),
      ("Production_release_4417-505-02.eml", eml_bytes(mail(
          "Markus Brandt <m.brandt@kessler-landtechnik.de>",
          "Hitesh Patel <hitesh@rajkotprecision.co.in>",
          "Production release PR-KL-2024-022 - 4417-505-02",
          "Tue, 07 May 2024 13:15:00 +0200", _t)))])


# p20: US email: PO for 12 protos + quote with 3,000/yr attached "as basis", no hold anywhere -> RG001 RG003 RG004 RG005
_po = pdf([
    ("h1", "RED RIVER IMPLEMENT CO."),
    ("p", "4100 Main Avenue, Fargo, ND 58103  -  Purchasing"),
    ("h", "PURCHASE ORDER 310-23011"),
    ("table", [["Vendor", "Shandong Taida Castings Co., Ltd., Weifang, China"],
               ["Date", "04/02/2024"], ["Buyer", "Jenna Sorensen"], ["Terms", "Net 60"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext. USD"],
               ["1", "RR-5541-07", "Gauge wheel arm casting, proto", "12", "EA", "44.00", "528.00"]]),
    ("sp",),
    ("p", "Ship by air, DAP Fargo. Include material certs and first-article layout."),
], pagesize=LETTER, title="PO 310-23011", author="Red River Purchasing")
_quote = pdf([
    ("h1", "Shandong Taida Castings Co., Ltd."),
    ("h", "QUOTATION TD-Q-2024-091"),
    ("table", [["Item", "Quantity", "Unit price USD", "Lead time"],
               ["RR-5541-07 gauge wheel arm - proto", "12 pcs", "44.00", "4 weeks"],
               ["RR-5541-07 gauge wheel arm - production", "3,000 pcs/year", "11.20", "6 weeks"],
               ["Pattern and core box", "1 set", "6,800.00", "5 weeks"]]),
    ("p", "Prices FOB Qingdao. Validity 90 days."),
], title="TD-Q-2024-091", author="Taida Sales")
_t = """Hi Lily,

PO 310-23011 attached for the 12 proto gauge wheel arms, plus your quote TD-Q-2024-091 as the
basis for this business. Please ship the protos by air to Fargo as soon as they're ready -
we'd love to have them on the planter before the first week of May.

Thanks so much!
Jenna
""" + sig("Jenna Sorensen", "Buyer", "Red River Implement Co.", "+1 701 555 0164")
case("p20_po12_quote3000_as_basis", ["RG001", "RG003", "RG004", "RG005"],
     "US buyer mails a 12-proto PO with the supplier quote (3,000/yr) attached 'as the basis'; nothing says the 3,000 is not released, no unlock event, no release person",
     [("PO_310-23011_protos.eml", eml_bytes(mail(
         "Jenna Sorensen <jsorensen@redriverimplement.com>",
         "Lily Wang <lily.wang@taida-castings.cn>",
         "PO 310-23011 - proto gauge wheel arms",
         "Tue, 02 Apr 2024 10:48:00 -0500", _t,
         attachments=[("PO_310-23011.pdf", _po, PDF_MT), ("TD-Q-2024-091.pdf", _quote, PDF_MT)])))])


# p21: SAP PO printout: 8 samples, item text with series quantity and date -> RG001 RG003 RG004 RG005
_txt = """KESSLER LANDTECHNIK GMBH                                          BESTELLUNG
Industriestr. 40, D-33378 Rheda-Wiedenbrueck                      PURCHASE ORDER
------------------------------------------------------------------------------------
Bestell-Nr./PO no.: 4700020702        Datum/Date: 23.04.2024     Einkaeufer: T. Richter
Lieferant/Vendor  : 700455 KONYA TARIM MAKINA PARCALARI SAN. LTD. STI., KONYA OSB, TR
Zahlung/Terms     : 60 Tage netto                     Lieferbed.: DAP Rheda-Wiedenbrueck
------------------------------------------------------------------------------------
Pos  Material       Kurztext/Description                Menge  ME   Preis EUR  Wert EUR
00010 4417-640-05   ZINKENARM SCHWADER / RAKE TINE ARM       8  ST      38,00    304,00
                    Musterteile / sample parts
------------------------------------------------------------------------------------
Positionstext / item text 00010:
Musterteile gem. Zeichnung 4417-640-05 Index A, Werkstoff S690QL, verzinkt.
Serienmenge lt. Angebot KTM-Q-24-077: 4.000 ST, Liefertermin Serie ab KW 12/2025.
Series quantity per quote KTM-Q-24-077: 4.000 pcs, delivery series from CW 12/2025.
Erstmusterpruefbericht (EMPB) nach VDA Band 2 mit Musterlieferung.
------------------------------------------------------------------------------------
Gesamtwert netto / total net EUR                                            304,00
Es gelten unsere Einkaufsbedingungen (Stand 01/2023).
"""
case("p21_sap_po_series_qty_in_item_text", ["RG001", "RG003", "RG004", "RG005"],
     "German SAP PO for 8 sample parts; item text states series quantity 4.000 with a delivery date and nothing says it is not released; no event, no release person",
     [("Bestellung_4700020702.txt", _txt)])


# ------------------------------------------------------------------ batch 4
# p22: French buyer portal PO page: 6 protos plus series quantity column, no hold -> RG001 RG003 RG004 RG005
_body = """<h2>AGRIVALLE &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur : <b>Changzhou Hengli Composites Co., Ltd.</b> (F-20391) &nbsp;|&nbsp; Acheteur : Thomas Lefèvre</p>
<h3>Commande / Order 45-88390 &mdash; émise le 15/04/2024</h3>
<table>
<tr><th>Ligne</th><th>Article</th><th>Désignation</th><th>Qté commandée / Ordered qty</th><th>Délai proto</th><th>Qté série (devis HL-Q-2403)</th><th>Délai série</th><th>PU EUR</th></tr>
<tr><td>10</td><td>AV-CAB-0612</td><td>Panneau latéral cabine / cab side panel, SMC, RAL 9005</td><td>6</td><td>S18</td><td>900</td><td>S36</td><td>212,00</td></tr>
</table>
<p>Conditions : DAP Distré, Incoterms 2020. Paiement 60 jours fin de mois. Emballage : caisse bois ISPM 15.</p>
<p>Documents requis : rapport dimensionnel sur 2 pièces, certificat matière, fiche de données UL 94.</p>
<p>Merci d'accuser réception de cette commande sous 48 h via le bouton ci-dessous.</p>
<p>[ Accuser réception / Acknowledge ]</p>
"""
case("p22_portal_po_series_column", ["RG001", "RG003", "RG004", "RG005"],
     "French buyer portal order page: 6 proto panels ordered with a series quantity column (900, due S36) beside it; no hold, no unlock event, no release person",
     [("Commande_45-88390_portail.html", html_page("Commande 45-88390", _body, lang="fr"))])


# p23: DOCX proto order with an annual requirement column, nothing held -> RG001 RG003 RG004 RG005
case("p23_proto_order_annual_req_column", ["RG001", "RG003", "RG004", "RG005"],
     "Indian proto order (DOCX table) to a Chinese foundry lists 10 proto nos beside an annual requirement of 18,000 nos; nothing says it is not released, no event, no person",
     [("Proto_order_BKY-PR-24-019.docx", docx_bytes([
         ("h1", "PROTO ORDER BKY-PR-24-019"),
         ("p", "Bharat Krishi Yantra Ltd., Mohali - New Product Development / Purchase"),
         ("p", "To: Ningbo Dongfang Precision Casting Co., Ltd., Ningbo, Zhejiang - Attn. Mr. Jack Lin"),
         ("p", "Date: 12-03-2024   Project: BKY 5520 4WD, SOP Kharif 2025"),
         ("table", [["Sl", "Part no.", "Description", "Proto qty", "Annual requirement", "Target price USD"],
                    ["1", "BKY-3310-07", "Rear axle hub casting, EN-GJS-500-7", "10 nos", "18,000 nos", "23.50"],
                    ["2", "BKY-3310-09", "Front hub casting, EN-GJS-500-7", "10 nos", "18,000 nos", "19.80"]]),
         ("sp",),
         ("p", "Please supply proto parts as per the above table and submit ISIR with the parts. Annual "
               "requirement column as per our RFQ of January 2024."),
         ("p", "Delivery of protos: by air, CPT Delhi, within 6 weeks. Patterns to be made for series "
               "(metal pattern), cost to be amortised in the piece price."),
         ("p", "Regards, Anil Chauhan, Manager - NPD Purchase, +91 172 405 1192"),
     ], author="Anil Chauhan"))])


# p24: PDF PO: balance on hold 'until further notice', person named, no event -> RG004
case("p24_hold_until_further_notice", ["RG004"],
     "German PO: 16 samples, balance 1,184 on hold 'until further notice', only Katrin Hofmann can release it; no unlock event named",
     [("Bestellung_4700020733.pdf", pdf([
         ("h1", "Kessler Landtechnik GmbH"),
         ("p", "Industriestraße 40, 33378 Rheda-Wiedenbrück  -  Einkauf / Purchasing"),
         ("h", "BESTELLUNG / PURCHASE ORDER  4700020733"),
         ("table", [["Lieferant / Supplier", "Zakład Mechaniczny Kowal Sp. z o.o., Kalisz, PL"],
                    ["Datum / Date", "24.04.2024"],
                    ["Angebot / Quote", "KZM/OF/24/0212 (1.200 Stk)"]]),
         ("sp",),
         ("table", [["Pos.", "Material", "Bezeichnung / Description", "Menge / Qty", "Preis EUR"],
                    ["10", "KL-2230-03", "Stützradhalter / support wheel bracket, S355MC 6 mm, welded", "16 Stk (samples)", "24,60"]]),
         ("sp",),
         ("p", "Scope: this order covers 16 sample brackets only. The balance of 1,184 pcs of your "
               "quotation is on hold until further notice and not released. Only Mrs. Katrin Hofmann "
               "(Head of Purchasing) can release it. Material: for the 16 samples only."),
         ("p", "Lieferung / delivery: DAP Rheda-Wiedenbrück, KW 20/2024. EMPB nach VDA Band 2."),
     ], title="PO 4700020733", author="Kessler Einkauf"))])


# p25: EML: 20 panels, 380 'stay parked for now' -> RG004 RG005
_t = """Hi Kevin,

PO 7100-3455 is in your inbox - 20 cab side panels (88-7712-01, RH and LH, 10 each) for the
field test on the 2025 prototype tractors in Ankeny.

The other 380 panels from your quote stay parked for now - please don't start them.

For the 20: same SMC, same gelcoat as the roof panels, grain VW 0211. Ship by air, DAP Des
Moines. We need them on the dock by May 24 at the latest.

Thanks,
Jeff
""" + sig("Jeff Morris", "Buyer - Cab & Sheet Metal", "Prairie Line Tractor Co.", "+1 515 555 0152")
case("p25_panels_parked_for_now", ["RG004", "RG005"],
     "US buyer: 20 panels for field test, 'the other 380 stay parked for now' (balance held) but no unlock event and no one named to release them",
     [("PO_7100-3455_cab_side_panels.eml", eml_bytes(mail(
         "Jeff Morris <jmorris@prairieline-tractor.com>",
         "Kevin Zhao <kevin.zhao@hengli-composites.cn>",
         "PO 7100-3455 - 20 cab side panels for field test",
         "Wed, 01 May 2024 07:55:00 -0500", _t, html=simple_html(_t))))])


# p26: French buyer: 10 protos, balance not released until field test + written release, but only the design office named -> RG005
_t = """Bonjour Monsieur Nowak,

Commande 45-88415 : 10 protos seulement / 10 prototypes only (support de roue de jauge
AV-2240-07, tôle S355MC 8 mm, soudé, peint RAL 3020).

Le solde de 990 pièces de votre offre n'est pas libéré. / The balance of 990 pcs of your offer
is not released. It will be released by a written release after the field test sign-off by our
bureau d'études, once our management committee has agreed.

Merci de n'acheter la matière que pour les 10 protos. / Please buy material for the 10
prototypes only.

Livraison souhaitée : semaine 21, DAP Distré.

Cordialement,
Thomas Lefèvre
Acheteur projets
Agrivalle SAS - 12 route de Saumur - 49400 Distré
+33 2 41 50 71 24
"""
case("p26_fr_release_by_bureau_etudes", ["RG005"],
     "French buyer: 10 protos only, balance 990 not released until field test sign-off and written release, but the releaser is only 'our bureau d'etudes / management committee'",
     [("Commande_45-88415_protos.eml", eml_bytes(mail(
         "Thomas Lefèvre <t.lefevre@agrivalle.fr>",
         "Piotr Nowak <p.nowak@kowal-zm.pl>",
         "Commande 45-88415 - 10 protos / 10 prototypes only",
         "Thu, 02 May 2024 11:30:00 +0200", _t)))])


# p27: US email: start the prototypes, production held with event and person, but no prototype quantity -> RG010
_t = """Hi Anil,

Please start the prototype hitch brackets per drawing 77-1182 rev B (3-pt hitch, Cat. 2, 1/2"
A572-50 plate, weld per AWS D1.1). The PO number will follow from our system this week, reference
your quote DF/Q/24/201.

The production quantity of 1,500 is not released. It will be released in writing by me after
field-test sign-off, so nothing beyond the prototypes please, and no material for production.

Let me know your ship date for the protos.

Greg
""" + sig("Greg Olsen", "Senior Buyer", "Red River Implement Co.", "+1 701 555 0181")
case("p27_start_prototypes_no_qty", ["RG010"],
     "US buyer tells supplier to start the prototype hitch brackets; production 1,500 held with event and named releaser, but the prototype quantity is never stated",
     [("Prototype_hitch_brackets_77-1182.eml", eml_bytes(mail(
         "Greg Olsen <golsen@redriverimplement.com>",
         "Anil Joshi <anil.joshi@deccanforge.co.in>",
         "Prototype hitch brackets 77-1182 rev B",
         "Mon, 08 Apr 2024 13:05:00 -0500", _t)))])


# p28: WhatsApp, buyer: go ahead with the samples only, but never says how many -> RG010
_chat = """[10/04/2024 15:02] Martín Gómez: Hola Thiago, the tool for the new coulter disc 18" is ready 🔧
[10/04/2024 15:03] Martín Gómez: how many samples do you want? for the test we normally see 10 to 20
[10/04/2024 15:20] Thiago Alves: Oi Martín! Go ahead with the samples only.
[10/04/2024 15:21] Thiago Alves: The series stays on hold until the field-test sign-off, and the release comes only from me in writing (Thiago Alves, Compras).
[10/04/2024 15:22] Martín Gómez: ok, we make samples then 👍
[10/04/2024 15:22] Thiago Alves: Valeu!
"""
case("p28_whatsapp_samples_no_qty", ["RG010"],
     "WhatsApp: supplier asks how many samples; Brazilian buyer says 'go ahead with the samples only' and holds the series properly but never gives the sample quantity",
     [("WhatsApp Chat with Thiago Alves.txt", _chat)])


# p29: Teams: buyer says start the protos, PO follows, nothing else -> RG003 RG004 RG005 RG010
_chat = """Mehmet Aydın  15.04.2024 09:12
Tobias bey good morning, the tool for the new tedder tine arm is ready and first try-out parts look good. Shall we start?

Tobias Richter  15.04.2024 09:40
Morning Mehmet, great news. You can start the protos for the new tedder tine arm, PO follows next week. Thanks!

Mehmet Aydın  15.04.2024 09:41
👍 ok we start
"""
case("p29_teams_start_protos_po_follows", ["RG003", "RG004", "RG005", "RG010"],
     "Teams: German buyer says 'you can start the protos, PO follows'; no proto quantity, nothing about the series being held, no event, no release person",
     [("Teams_Zinkenarm_Mehmet.txt", _chat)])


# p30: Brazilian buyer: deposit paid so start the pilot lot; pilot quantity never stated -> RG010 RG012
_receipt = pdf([
    ("h1", "Banco do Sul S.A. - Comprovante de transferência internacional"),
    ("table", [["Ordenante", "Implementos Serra Gaúcha Ltda."],
               ["Beneficiário", "Jiangsu Huarui Hydraulic Co., Ltd. - Bank of China, Changzhou Branch"],
               ["Valor", "USD 1,350.00"],
               ["Referência", "PI HR-2024-118 DEPOSIT 30 PCT"],
               ["Data", "17/04/2024"],
               ["Nº operação", "0417-22019-BRSUL"]]),
], title="Comprovante", author="Banco do Sul")
_t = """Dear Ms. Chen,

The 30% deposit for the pilot lot was paid today, comprovante attached. So you can start the
pilot lot now.

The series of 2,000 hose assemblies is not released. It stays on hold until our field-test
sign-off, and then I release it in writing.

Obrigado,
Rafael Costa
Gerente de Suprimentos
Implementos Serra Gaúcha Ltda.
+55 54 3209 4417
"""
case("p30_deposit_paid_start_pilot", ["RG010", "RG012"],
     "Brazilian buyer: deposit paid 'so you can start the pilot lot now' (payment as start trigger); series held properly, but the pilot quantity is never stated",
     [("PI_HR-2024-118_pilot_lot.eml", eml_bytes(mail(
         "Rafael Costa <rafael.costa@serragaucha.com.br>",
         "Chen Yu <chenyu@huarui-hydraulic.cn>",
         "Deposit paid - pilot lot PI HR-2024-118",
         "Wed, 17 Apr 2024 16:40:00 -0300", _t,
         attachments=[("Comprovante_0417-22019.pdf", _receipt, PDF_MT)])))])


# p31: quoted thread: supplier offers samples then series, buyer: 'Approved, proceed.' -> RG002 RG003 RG004 RG005 RG010
_q = """Dear Tobias,

Thank you for the drawing of the new mower knife section 4417-630-05. We can supply sample
knives first and the series after your test. Please confirm how many samples you need and
whether we may proceed.

Best regards,
Mehmet Aydın
Konya Tarım Makina Parçaları
"""
_t = """Approved, proceed.

Thx
Tobias

--
Tobias Richter
Einkauf / Purchasing
Kessler Landtechnik GmbH
Tel. +49 5242 9170-241

Am 02.05.2024 um 10:12 schrieb Mehmet Aydın <mehmet.aydin@konyatarim.com.tr>:
""" + quote(_q) + "\n"
case("p31_approved_proceed_reply", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Supplier offers samples then series and asks how many; German buyer replies only 'Approved, proceed.' - unscoped, no quantity, no hold, no event, no person",
     [("AW_mower_knife_4417-630-05.eml", eml_bytes(mail(
         "Tobias Richter <t.richter@kessler-landtechnik.de>",
         "Mehmet Aydın <mehmet.aydin@konyatarim.com.tr>",
         "AW: new mower knife section 4417-630-05",
         "Thu, 02 May 2024 10:55:00 +0200", _t)))])


# p32: WhatsApp, purchasing scope complete, SQE then writes 'Green light from our side' -> RG002
_chat = """[03/04/2024, 10:10] Rohit Verma: Jack, PO 4100-7902 issued today: 10 nos sample rear axle hubs BKY-3310-07 only.
[03/04/2024, 10:11] Rohit Verma: Balance 1,490 nos is NOT released. Release only by me in writing after PPAP sign-off. Pls buy material for 10 nos only.
[03/04/2024, 10:30] Jack Lin: Noted Mr. Rohit. Samples ready 20 April.
[29/04/2024, 17:45] Sneha Iyer: Jack, PPAP docs reviewed, all good. Green light from our side 🚜
[29/04/2024, 17:50] Jack Lin: Thank you Ms. Sneha! 🙏
"""
case("p32_whatsapp_green_light_sqe", ["RG002"],
     "WhatsApp: Indian purchasing gives a complete sample scope; later the SQE writes 'Green light from our side' without saying for what or how many",
     [("WhatsApp Chat - BKY Ningbo Dongfang.txt", _chat)])


# p33: German buyer mail: 'approved' for a deviation and a price change, then 'Approved - please proceed' -> RG002 RG009
_t = """Dear Mr. Patel,

three points on the gearbox housing cover 4417-505-02:

1. Your deviation request DR-14 (core print moved 2 mm, wall thickness unchanged) is approved
   by our engineering.
2. Your price increase for EN-GJL-250 (+0,35 EUR/pc, scrap surcharge) is approved by our
   finance.
3. Approved - please proceed.

Reminder, PO note unchanged: PO 4700020377 covers 30 sample castings only; the balance of
1,470 pcs is not released until my written production release after sample sign-off.

Mit freundlichen Grüßen
Markus Brandt
Leiter Einkauf / Head of Purchasing
Kessler Landtechnik GmbH
"""
case("p33_approved_three_ways_proceed", ["RG002", "RG009"],
     "German buyer uses 'approved' for an engineering deviation, a finance price change and then 'Approved - please proceed' with no scope; PO note itself is complete",
     [("DR-14_price_4417-505-02.eml", eml_bytes(mail(
         "Markus Brandt <m.brandt@kessler-landtechnik.de>",
         "Hitesh Patel <hitesh@rajkotprecision.co.in>",
         "4417-505-02 - DR-14 / price / next steps",
         "Fri, 26 Apr 2024 15:05:00 +0200", _t, html=simple_html(_t))))])


# p34: folder: complete sample PO + FAI report stamped 'GOOD TO RUN' -> RG002
_po = pdf([
    ("h1", "Prairie Line Tractor Co."),
    ("p", "1200 SE Oralabor Rd, Ankeny, IA 50021  -  Global Purchasing"),
    ("h", "PURCHASE ORDER 4500234188"),
    ("table", [["Vendor", "Zakład Mechaniczny Kowal Sp. z o.o., Kalisz, Poland"],
               ["Date", "02/19/2024"], ["Buyer", "Dave Hartman"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
               ["10", "PL-44-3050", "Fender bracket RH, 5 mm HSLA, e-coat", "sample (FAI)", "24", "17.80"]]),
    ("sp",),
    ("p", "Sample PO: 24 pcs for first article inspection. The balance of 2,376 pcs per your quote is "
          "not released. It is released only in writing by Dave Hartman, Purchasing Manager, after FAI "
          "sign-off. Material authority: 24 pcs."),
], pagesize=LETTER, title="PO 4500234188", author="Prairie Line Purchasing")
_fai = pdf([
    ("h1", "First Article Inspection Report  FAI-24-0311"),
    ("table", [["Supplier", "ZM Kowal, Kalisz"], ["Part", "PL-44-3050 rev B fender bracket RH"],
               ["PO", "4500234188"], ["Inspected at", "supplier site, 03/14/2024"],
               ["Inspector", "T. Becker, SQE Prairie Line Europe"]]),
    ("sp",),
    ("table", [["Char.", "Nominal", "Tol.", "Measured (5 pcs)", "Result"],
               ["Hole pattern 4 x 13.5", "13.5", "+0.2/0", "13.55-13.62", "OK"],
               ["Flange angle", "92°", "±1°", "91.6-92.3°", "OK"],
               ["Overall length", "412", "±0.8", "411.7-412.4", "OK"],
               ["E-coat thickness", "20 µm", "min", "23-27", "OK"],
               ["Salt spray ASTM B117", "240 h", "no red rust", "pass", "OK"]]),
    ("sp",),
    ("p", "Disposition: GOOD TO RUN."),
    ("p", "Signed: T. Becker, SQE, 03/14/2024"),
], pagesize=LETTER, title="FAI-24-0311", author="T. Becker")
case("p34_folder_po_fai_good_to_run", ["RG002"],
     "Folder: complete sample PO (24 pcs, 2,376 held, FAI sign-off + written release by Dave Hartman) and FAI report with bare disposition 'GOOD TO RUN'",
     [("PO_4500234188.pdf", _po), ("FAI-24-0311_PL-44-3050.pdf", _fai)])


# p35: US dealer asks supplier to book the season forecast as a firm order -> RG008
_fc = html_page("2025 season forecast", """<h2>Heartland Ag Equipment &mdash; 2025 season forecast</h2>
<p>Part RB-7712-45 rotary cutter blade (CCW) &mdash; all four stores (Grand Island, Kearney, Hastings, York)</p>
<table>
<tr><th>Month</th><th>Forecast qty</th></tr>
<tr><td>Jan 2025</td><td>200</td></tr><tr><td>Feb 2025</td><td>300</td></tr>
<tr><td>Mar 2025</td><td>600</td></tr><tr><td>Apr 2025</td><td>900</td></tr>
<tr><td>May 2025</td><td>900</td></tr><tr><td>Jun 2025</td><td>700</td></tr>
<tr><td>Jul 2025</td><td>500</td></tr><tr><td>Aug 2025</td><td>300</td></tr>
<tr><td>Sep&ndash;Dec 2025</td><td>400</td></tr>
<tr><td><b>Total</b></td><td><b>4,800</b></td></tr>
</table>""")
_t = """Gurpreet,

Attached is our 2025 season forecast for the RB-7712-45 rotary cutter blades - 4,800 pcs across
the year, all four stores.

Please book this as our firm order and lock in the capacity. We're counting on every piece of
it; the spring rush starts in March and we can't be short again like this year.

Pricing as per DSO-24-0615. Individual DSOs with ship dates will follow.

Kyle
""" + sig("Kyle Brandt", "Parts Manager", "Heartland Ag Equipment, Inc.", "+1 308 555 0147")
case("p35_dealer_forecast_book_as_firm", ["RG008"],
     "US dealer sends the 2025 season forecast (4,800) and asks the supplier to book it as a firm order",
     [("RB-7712-45_2025_season.eml", eml_bytes(mail(
         "Kyle Brandt <kbrandt@heartlandag.com>",
         "Gurpreet Singh <gurpreet@ludhianaagriblades.in>",
         "2025 season forecast - rotary cutter blades",
         "Mon, 29 Apr 2024 08:20:00 -0500", _t,
         attachments=[("forecast_2025_RB-7712-45.html", _fc, "text/html")])))])


# p36: Chinese supplier order confirmation 'for your order of 12,000 pcs' citing the rolling forecast -> RG008
case("p36_oc_order_from_rolling_forecast", ["RG008"],
     "Chinese supplier's order confirmation thanks the buyer 'for your order of 12,000 pcs' per the buyer's rolling forecast and schedules it",
     [("HL-OC-24-0233.pdf", pdf([
         ("h1", "Changzhou Hengli Composites Co., Ltd."),
         ("p", "No. 88 Longcheng Avenue, Wujin District, Changzhou, Jiangsu 213161, China"),
         ("h", "ORDER CONFIRMATION  HL-OC-24-0233"),
         ("table", [["Customer", "Prairie Line Tractor Co., Ankeny, IA, USA"],
                    ["Reference", "Your rolling forecast FC-2024-11 (Jan - Dec 2025)"],
                    ["Date", "2024-04-30"]]),
         ("sp",),
         ("p", "Dear Ms. Kowalski, thank you for your order of 12,000 pcs cab roof panels PN 88-7710-02 as "
               "per your rolling forecast FC-2024-11. We confirm the following delivery schedule and have "
               "reserved press capacity on our 1,200 t line accordingly."),
         ("table", [["Quarter", "Quantity", "Ship date (FOB Shanghai)"],
                    ["Q1 2025", "3,000", "2025-01-15"],
                    ["Q2 2025", "4,000", "2025-04-10"],
                    ["Q3 2025", "3,000", "2025-07-10"],
                    ["Q4 2025", "2,000", "2025-10-10"],
                    ["Total", "12,000", ""]]),
         ("sp",),
         ("p", "Unit price USD 58.90 FOB Shanghai. Payment 60 days after B/L. Packing: 20 pcs per steel rack, "
               "racks returnable."),
         ("p", "Best regards, Amy Xu, Sales Engineer"),
     ], title="HL-OC-24-0233", author="Hengli Sales"))])


# ------------------------------------------------------------------ batch 5
# p37: French buyer portal: MRP forecast declared a firm commitment -> RG008
_body = """<h2>AGRIVALLE &mdash; Portail fournisseurs</h2>
<p>Fournisseur : <b>Ege Döküm Sanayi A.Ş.</b> (F-20177) &nbsp;|&nbsp; Article : AV-3310-02 rotule de bras inférieur / lower link ball casting</p>
<h3>Prévisions S27&ndash;S40 2024 (issues du calcul des besoins MRP) / MRP forecast CW 27&ndash;40</h3>
<div class="note">Ces prévisions valent engagement ferme d'Agrivalle. / These forecast quantities are a firm
commitment by Agrivalle: please plan your melt shop and moulding line on them.</div>
<br>
<table>
<tr><th>Semaine / Week</th><th>Quantité / Qty</th><th>Source</th></tr>
<tr><td>S27</td><td>150</td><td>MRP forecast</td></tr>
<tr><td>S29</td><td>150</td><td>MRP forecast</td></tr>
<tr><td>S31</td><td>200</td><td>MRP forecast</td></tr>
<tr><td>S33</td><td>200</td><td>MRP forecast</td></tr>
<tr><td>S36</td><td>250</td><td>MRP forecast</td></tr>
<tr><td>S38</td><td>250</td><td>MRP forecast</td></tr>
<tr><td>S40</td><td>200</td><td>MRP forecast</td></tr>
<tr><td><b>Total</b></td><td><b>1 400</b></td><td></td></tr>
</table>
<p>Contact : Sophie Marchand, Directrice Achats &mdash; s.marchand@agrivalle.fr</p>
"""
case("p37_portal_mrp_forecast_firm", ["RG008"],
     "French buyer portal page: MRP forecast quantities (1 400 pcs) declared a firm commitment by the buyer",
     [("portail_previsions_AV-3310-02.html", html_page("Prévisions AV-3310-02", _body, lang="fr"))])


# p38: Teams: buyer calls the MY2026 forecast a done deal / commitment -> RG008
_chat = """Piotr Nowak  22.04.2024 10:05
Good morning Mr. Brandt, for our capacity planning 2026: is the forecast of 3.000 main frames KL-5100-01 for model year 2026 still valid? We need to decide on the second welding robot.

Markus Brandt  22.04.2024 10:31
Morning Mr. Nowak. Yes. Our MY2026 forecast is 3.000 frames. Take it as a done deal - that is our commitment to you, you can count on every frame. Budget sign-off comes in Q4, the PO afterwards.

Piotr Nowak  22.04.2024 10:33
Thank you, then we order the robot this week.
"""
case("p38_teams_forecast_done_deal", ["RG008"],
     "Teams: German buyer calls the MY2026 forecast of 3.000 frames 'a done deal... our commitment'; supplier invests on it",
     [("Teams_KL-5100-01_MY2026.txt", _chat)])


# p39: DOCX minutes: 'release' used for drawing release, sample quantity and production release -> RG009
case("p39_minutes_release_three_ways", ["RG009"],
     "Meeting minutes use 'release' for the drawing (technical) and for production; scope itself is complete (12 samples, 1,488 held, PSW + written release by Dave Hartman)",
     [("MoM_PPAP_kickoff_PL-88-4420.docx", docx_bytes([
         ("h1", "Minutes of Meeting - PPAP kick-off PL-88-4420 lower link"),
         ("p", "Date: 06-Mar-2024 (Teams)   Participants: Dave Hartman, Brian Olsen (Prairie Line); "
               "Suresh Kulkarni, Rahul Pawar (Deccan Forge)"),
         ("table", [["#", "Topic", "Decision / status", "Owner"],
                    ["1", "Drawing release", "Rev C released by Prairie Line engineering on 04-Mar-2024 (ECN 24-0207). "
                                             "Deccan Forge to work to rev C only.", "B. Olsen"],
                    ["2", "Sample release", "12 nos released for PPAP on PO 4500233190.", "D. Hartman"],
                    ["3", "Production release", "Balance 1,488 nos not released. Released only by Dave Hartman in "
                                                "writing after PSW signature.", "D. Hartman"],
                    ["4", "Material", "Bars for 12 nos only. 42CrMo4, dia 55.", "S. Kulkarni"],
                    ["5", "PPAP timing", "Samples + level 3 file by 19-Apr-2024.", "R. Pawar"]]),
         ("sp",),
         ("p", "Next meeting: 22-Mar-2024, same time. Minutes by R. Pawar, circulated to all participants."),
     ], author="Rahul Pawar"))])


# p40: Turkish supplier uses 'approval' for samples, PO price and series production -> RG009
_t = """Dear Sophie Hanım,

Your approval for the 40 samples of AV-3315-01 we received yesterday, thank you very much, our
team is very happy.

But our finance department says we still need the approval of the PO from your side, because
PO 45-88204 still shows the old price (31,50 EUR instead of 33,10 EUR as in our revised offer of
02/04). After both approvals we wait for your approval for the series production, as agreed.

Please also note our new bank details from 01/06 (Ziraat Bankası, IBAN on the attached letter).

Saygılarımızla / Best regards,
Fatma Yılmaz
Satış Müdürü / Sales Manager
Ege Döküm Sanayi A.Ş., Kemalpaşa OSB, İzmir
+90 232 877 40 00
"""
case("p40_tr_approval_three_meanings", ["RG009"],
     "Turkish supplier uses 'approval' for the sample result, the PO price and the series production in one mail",
     [("AV-3315-01_samples_PO_price.eml", eml_bytes(mail(
         "Fatma Yılmaz <fatma.yilmaz@egedokum.com.tr>",
         "Sophie Marchand <s.marchand@agrivalle.fr>",
         "AV-3315-01 approvals",
         "Fri, 10 May 2024 09:40:00 +0300", _t)))])


# p41: Brazilian buyer portal approval log: 'Aprovado / Approved' for PPAP, PO value and pilot production -> RG009
_body = """<h2>Implementos Serra Gaúcha &mdash; Portal de Fornecedores</h2>
<p>Fornecedor: <b>Hebei Jiuzhou Hydraulics Co., Ltd.</b> &nbsp;|&nbsp; Pedido 4512-0140 &nbsp;|&nbsp; PN ISG-8810-80 cilindro 80/45-400</p>
<h3>Histórico de aprovações / Approval log</h3>
<table>
<tr><th>Data</th><th>Status</th><th>Objeto / Subject</th><th>Por / By</th></tr>
<tr><td>12/04/2024</td><td>Aprovado / Approved</td><td>PPAP nível 3 (amostras)</td><td>Eng. Paulo Lima, Engenharia</td></tr>
<tr><td>15/04/2024</td><td>Aprovado / Approved</td><td>Alteração de valor do pedido 4512-0140 (+3,5 %)</td><td>Financeiro</td></tr>
<tr><td>16/04/2024</td><td>Aprovado / Approved</td><td>Lote piloto 40 pcs para produção / pilot lot 40 pcs for production</td><td>Renata Alves, Compras</td></tr>
</table>
<div class="note">Série: saldo de 960 pcs NÃO liberado / series balance 960 pcs NOT released. Liberação somente por
escrito por Renata Alves após o sign-off do teste de campo / released only in writing by Renata Alves after field-test sign-off.</div>
"""
case("p41_portal_approval_log_mixed", ["RG009"],
     "Brazilian portal approval log uses 'Aprovado / Approved' for the PPAP samples, a PO value change and the pilot production lot; the scope note is complete",
     [("portal_pedido_4512-0140.html", html_page("Pedido 4512-0140", _body, lang="pt-BR"))])


# p42: Indian supplier: PO 'released' and advance received, 'as per release' started 2,000 -> RG009 RG012
_t = """Dear Greg Sir,

Greetings from Ludhiana!

We are pleased to inform you that your PO 310-23150 is released from your side and the advance
of USD 4,200 is also received in our bank today. So as per release we have started the
production of 2,000 nos disc blades 20" (PN RR-7720-20, 4 mm, boron steel).

First lot of 500 nos will be ready by 25th May, balance lots every two weeks. Inspection
report and photos will be shared before dispatch.

Thanking you and assuring our best services always,
Gurpreet Singh
Export Manager
Ludhiana Agri Blades Pvt. Ltd.
Focal Point Phase V, Ludhiana 141010
+91 98140 22367
"""
case("p42_in_po_released_advance_start", ["RG009", "RG012"],
     "Indian supplier: PO 'released' and advance received, 'so as per release' production of 2,000 started - payment/PO acceptance read as production authority, 'release' used two ways",
     [("PO_310-23150_disc_blades.eml", eml_bytes(mail(
         "Gurpreet Singh <gurpreet@ludhianaagriblades.in>",
         "Greg Olsen <golsen@redriverimplement.com>",
         "PO 310-23150 - production started",
         "Thu, 02 May 2024 18:10:00 +0530", _t)))])


# p43: WhatsApp, buyer: deposit sent, 'now you can fire up the machines' -> RG012
_chat = """[02/05/2024, 09:00] Renata Alves: Martín, PO 4512-0150 enviado: 20 pilot hitch pins ISG-5510-28 (Ø 28, 42CrMo4). The other 480 wait for the field-test sign-off and my written release. Renata Alves, Compras
[02/05/2024, 09:05] Martín Gómez: Recibido 👍 proforma with 30% advance sent by mail
[06/05/2024, 14:30] Renata Alves: Transferência do sinal feita ✅ deposit sent - now you can fire up the machines for the hitch pins 🙂
[06/05/2024, 14:32] Martín Gómez: Perfecto, we start Monday!
"""
case("p43_whatsapp_deposit_fire_up", ["RG012"],
     "WhatsApp: Brazilian buyer's scope is complete (20 pilot, 480 held, her written release) but then ties the start to the deposit: 'deposit sent - now you can fire up the machines'",
     [("WhatsApp Chat with Renata Alves.txt", _chat)])


# p44: Chinese quote: production starts upon receipt of deposit -> RG012
case("p44_quote_production_on_deposit", ["RG012"],
     "Chinese supplier quote with sample and series tiers states production will be started upon receipt of the 30% T/T deposit",
     [("Quotation_HR-Q-2024-077.pdf", pdf([
         ("h1", "Jiangsu Huarui Hydraulic Co., Ltd."),
         ("p", "No. 16 Hanjiang Road, Xinbei District, Changzhou, Jiangsu, China  -  Tel +86 519 8512 3300"),
         ("h", "QUOTATION  HR-Q-2024-077"),
         ("table", [["To", "Implementos Serra Gaúcha Ltda., Sr. Rafael Costa"],
                    ["Date", "2024-03-28"], ["Validity", "45 days"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit price USD"],
                    ["1", "Hose assy 2SN DN12 L=1600, JIC 1-1/16\" both ends, samples", "25 pcs", "12.90"],
                    ["2", "Same, series", "2,000 pcs", "6.95"]]),
         ("sp",),
         ("h", "Terms"),
         ("p", "Payment: 30% T/T deposit, balance 70% against copy of B/L."),
         ("p", "Production will be started upon receipt of the 30% T/T deposit. Lead time 30 days after deposit."),
         ("p", "Delivery: FOB Shanghai. Packing: carton + pallet. Standard: EN 853 2SN, ISO 12151-5 fittings."),
         ("p", "Sales: Chen Yu"),
     ], title="HR-Q-2024-077", author="Huarui Sales"))])


# p45: Turkish supplier: PO acceptance signed, so the complete programme is loaded into production; buyer PO mail forwarded -> RG012
_orig = mail("Tobias Richter <t.richter@kessler-landtechnik.de>",
             "Mehmet Aydın <mehmet.aydin@konyatarim.com.tr>",
             "Bestellung 4700020690 - hitch sets",
             "Mon, 13 May 2024 09:10:00 +0200",
             """Hello Mehmet,

PO 4700020690 attached: 40 sample lower-link hitch sets KL-6610-02 (ball, pin, lynch pin).
The balance of 760 sets is not released. It stays on hold until our field-test sign-off, and
then I release it in writing.

Please sign and return the PO acceptance.

Tobias Richter
Einkauf, Kessler Landtechnik GmbH
""")
_t = """Dear Tobias bey,

We signed and returned your PO acceptance today, your original mail is attached below.

With the PO acceptance signed, the order is confirmed on both sides, so we have loaded the
complete hitch set programme into production. Series deliveries from CW 30 as discussed.

Best regards,
Mehmet Aydın
Export Sales
Konya Tarım Makina Parçaları San. Ltd. Şti., Konya OSB
+90 332 239 11 50
"""
case("p45_tr_po_acceptance_loads_production", ["RG012"],
     "Turkish supplier says that with the signed PO acceptance it loaded the complete programme into production; forwarded buyer PO mail (rfc822) held the balance",
     [("AW_Bestellung_4700020690.eml", eml_bytes(mail(
         "Mehmet Aydın <mehmet.aydin@konyatarim.com.tr>",
         "Tobias Richter <t.richter@kessler-landtechnik.de>",
         "PO acceptance 4700020690 - hitch sets",
         "Wed, 15 May 2024 16:20:00 +0300", _t,
         attachments=[("rfc822", _orig)])))])


# ==== END OF CASES (main below) ====


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    rng = random.Random(126126)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    labels = {}
    for idx, ci in enumerate(order, 1):
        c = CASES[ci]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h126_{idx:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    build()
