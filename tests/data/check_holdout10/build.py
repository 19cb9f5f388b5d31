#!/usr/bin/env python3
"""Generator for the releasegate check_holdout10 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout10/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers are copied from check_holdout3/build.py; every case below was
written by hand for this corpus.
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
    m["Message-ID"] = msgid or f"<h10-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h10")
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


# ------------------------------------------------------------ small helpers (h10)
def T(s):
    """Dedent a triple-quoted block and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(s):
    """Quote a message body the way mail clients do ("> " per line)."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


def as_html(s):
    """Plain text body -> simple HTML alternative (paragraphs, line breaks kept)."""
    paras = [p for p in s.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(x) for x in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
                     for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


def eml(m):
    return eml_bytes(m)

# =================================================================== CLEAN
# c01 Spanish tender-style PO, numbered clauses, table (signage / lighting)
case("c01_tender_po", [], "tender PO: 8 sample luminaires, balance 1.192 on hold, unlock = lab sign-off + written release by Lucía Ferrer; 1200 mm is a length", [
    ("PO_LEV-24-0318.pdf", pdf([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER LEV-24-0318"),
        ("p", "Iluminaciones Levante S.L. - Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 14, 46988 Paterna (Valencia). CIF B-96412233."),
        ("p", "Supplier: Extrusiones Lumínicas del Norte S.A., Avilés (Asturias). Order date: 06/05/2024. Tender reference: LIC-2024-07 (Metro València, estaciones L10)."),
        ("table", [
            ["Line", "Part / rev", "Description", "Qty", "Unit price", "Scope"],
            ["10", "LV-LIN-1200 rev C", "Linear luminaire 1200 mm, 4000 K, IP65, opal diffuser", "8", "142,50 EUR", "SAMPLE"],
            ["20", "LV-ACC-CLIP", "Mounting clip set (2 pcs per luminaire)", "8", "3,10 EUR", "SAMPLE"],
        ]),
        ("h", "Conditions of this order"),
        ("p", "1. Object. This order covers eight (8) sample luminaires LV-LIN-1200 rev C with their clip sets, for photometric, IP65 and glow-wire testing. It authorises the manufacture of these 8 units and nothing else."),
        ("p", "2. Quoted production quantity. Your offer OF-2291 of 22/04/2024 quotes 1.200 luminaires for the project. That figure is shown for reference only and is not released by this order."),
        ("p", "3. Balance. The balance of 1.192 luminaires remains on hold. Do not schedule it, do not launch it and do not buy profiles, LED boards or drivers for it."),
        ("p", "4. Unlock event. The balance can be released only after (a) our laboratory signs off the samples against EN 60598-1 and EN 60529, and (b) a written production release, with its own release number, is issued and signed by Dña. Lucía Ferrer Pons, Jefa de Compras."),
        ("p", "5. Material authority: sample-only. Material bought beyond the needs of the 8 samples is at the supplier's own risk."),
        ("p", "6. Delivery of samples: 31/05/2024, DAP Paterna, Incoterms 2020. Packaging: individual cartons, labelled with order and line number."),
        ("p", "7. Acceptance. Please return this order signed and stamped, confirming the scope in clause 1, within 5 working days."),
        ("p", "8. Jurisdiction: courts of Valencia. Spanish law applies. General purchasing conditions CGC-ILV rev 4 apply where not contradicted by this order."),
        ("sp",),
        ("p", "Lucía Ferrer Pons - Jefa de Compras / Head of Purchasing - compras@ilevante.es - +34 961 32 44 10"),
    ], title="PO LEV-24-0318", author="Iluminaciones Levante")),
])

# c02 Thai supplier quote with sample and production tiers (glass bottles)
case("c02_quotation", [], "supplier quote with sample tier 300 and production tier 60,000; quote alone authorizes nothing", [
    ("QT-67-0412_SiamGlassworks.html", html_page("Quotation QT-67-0412", f"""
<h2>SIAM GLASSWORKS CO., LTD.</h2>
<p>88/12 Moo 4, Bang Pu Industrial Estate, Samut Prakan 10280, Thailand &middot; Tax ID 0115537004412</p>
<h3>QUOTATION No. QT-67-0412</h3>
<p>Date: 12 May 2024 (B.E. 2567)<br>To: Khun Wanida Suksawat, Purchasing, Lanna Herbal Drinks Co., Ltd., Chiang Mai<br>
Subject: Flint glass bottle 250 ml, BVS 28 mm finish, embossed logo</p>
{html_table([
    ["Item", "Description", "Quantity", "Unit price (THB)", "Lead time"],
    ["1", "Sample lot, from existing mould, no emboss", "300 pcs", "9.80", "10 days"],
    ["2", "Production lot, embossed, new mould", "60,000 pcs", "4.15", "35 days after mould trial"],
    ["3", "Emboss mould set (one-off)", "1 set", "48,000.00", "25 days"],
])}
<p>Remarks:</p>
<ol>
<li>Prices are ex-works Samut Prakan, valid 60 days, VAT 7% not included.</li>
<li>The production price in item 2 is a price only. Production and mould making start only on your separate production PO or written release.</li>
<li>Pallet: 2,880 pcs per pallet, shrink wrapped. Breakage allowance 0.5%.</li>
<li>Glass conforms to food-contact requirements (Thai FDA, EU 1935/2004 declaration on request).</li>
</ol>
<p>Thank you very much for your kind consideration ka. We look forward to working with you.</p>
<p>Ms. Kanokporn Rattanakul<br>Sales Manager, Export &amp; Domestic<br>Siam Glassworks Co., Ltd. &middot; +66 2 709 4410</p>
""")),
])

# c03 Brazilian WhatsApp: supplier asks about go-ahead; buyer scopes it (bicycle components)
case("c03_whatsapp_pedalforte", [], "supplier's go-ahead question answered with 24 sample pairs only, bal. 1.176 on hold until ride test sign-off + Marta's written release", [
    ("whatsapp_pedalforte.txt", T("""
        WhatsApp Chat with Rafael Usinagem Vale
        [12/03/24 08:57] Rafael Usinagem Vale: Bom dia Marta! Update pedivela CR-170 rev B
        [12/03/24 08:58] Rafael Usinagem Vale: the 24 sample pairs are machined, anodizing tomorrow, laser logo Thursday
        [12/03/24 09:02] Rafael Usinagem Vale: <Media omitted>
        [12/03/24 09:05] Rafael Usinagem Vale: Quick question: do we have the go-ahead for the 1.200 pairs too or only the 24 samples? I need to plan the Romi CNC for April
        [12/03/24 09:31] Marta Souza: Bom dia Rafa! Ficaram bonitos 😍
        [12/03/24 09:33] Marta Souza: Only the 24 sample pairs. The other 1.176 pairs are NOT released, please don't cut bar stock for them
        [12/03/24 09:34] Marta Souza: They stay on hold until our ride test sign-off (ISO 4210-8 fatigue, 100.000 cycles at the lab in Joinville) and then a written release from me with a release number
        [12/03/24 09:34] Marta Souza: Marta Souza – Compras, Pedal Forte Bikes Ltda
        [12/03/24 09:40] Rafael Usinagem Vale: Entendido 👍 24 sample pairs only, bal. 1.176 on hold until your written release
        [12/03/24 09:41] Rafael Usinagem Vale: Samples ship Friday by Jadlog
        [12/03/24 09:41] Marta Souza: Perfeito, obrigada!
    """)),
])

# c04 Polish labelled forecast (HVAC sheet metal), ERP fixed-width
case("c04_forecast_klimatech", [], "labelled non-binding forecast, explicitly not an order; no authorization", [
    ("forecast_KT_H2-2024.txt", T("""
        KLIMATECH Sp. z o.o.                     ul. Przemysłowa 7, 62-080 Tarnowo Podgórne
        NIP 777-31-22-845                                     Wydruk / printed 03.06.2024 10:14
        ================================================================================
        PROGNOZA ZAPOTRZEBOWANIA / DEMAND FORECAST           NON-BINDING - NOT AN ORDER
        ================================================================================
        Dostawca / Supplier : 40217  Blacharstwo Przemysłowe Wiśniewski s.c., Kalisz
        Okres / Period      : 07.2024 - 12.2024
        --------------------------------------------------------------------------------
        Indeks          Opis / description                   07    08    09    10    11    12
        KT-DUCT-400x200 Kanał prostokątny L=1250 ocynk 0,8  900   900 1.100 1.200 1.200   800
        KT-ELB-400x200  Kolano 90st. 400x200 ocynk 0,8      220   220   260   300   300   200
        KT-TEE-315      Trójnik spiro fi 315                 80    80   120   120   120    60
        --------------------------------------------------------------------------------
        UWAGI / NOTES
        1. This forecast is for capacity planning only. It is not a purchase order, it
           authorises no production and no purchase of material (coil, sheet, flanges).
        2. Quantities are released only by monthly call-offs (zamówienia częściowe)
           signed by Ewa Kowalska, Kierownik Zakupów. Unreleased months carry no
           liability for KLIMATECH.
        3. Norms: EN 1505, EN 12237 leakage class C. Sheet DX51D+Z275.
        ================================================================================
        Strona 1/1                                   KLIMATECH - dział zakupów / purchasing
    """)),
])

# c05 Italian sample sign-off form: approved for fit check only (cosmetics pumps)
case("c05_sample_signoff_form", [], "sign-off form: samples approved for fit check only, 0 released for production, 19.950 on hold until stability sign-off + Giulia Ferri's written release", [
    ("SF-24-117_benestare_campioni.docx", docx_bytes([
        ("h1", "MODULO DI BENESTARE CAMPIONI / SAMPLE SIGN-OFF FORM SF-24-117"),
        ("p", "Cosmetica Brianzola S.r.l. - Via Valassina 41, 20851 Lissone (MB) - Qualità & Sviluppo Packaging"),
        ("table", [
            ["Campo / field", "Valore / value"],
            ["Articolo / part", "Pompa dosatrice airless 30 ml AP-30, ghiera 24/410, colore bianco RAL 9010"],
            ["Fornitore / supplier", "Plastiche Brianza S.p.A., Seregno"],
            ["Ordine / order", "OA-24-0877 (campionatura / sample order)"],
            ["Campioni ricevuti / samples received", "50 pz (cinquanta / fifty)"],
            ["Esito / disposition", "Approved for fit check only"],
            ["Quantità rilasciata per produzione / quantity released for production", "0 (zero)"],
        ]),
        ("sp",),
        ("p", "Esito: sample approved for fit check only (collar fit on bottle FL-30, torque 12 cNm, no leakage in 24 h inverted test). Production not released."),
        ("p", "The production balance of 19.950 pumps quoted in offer PB-118 stays on hold. It will be released only after (1) the functional sign-off at the end of the 28-day stability test with our bulk formula (40 °C / 75% RH), and (2) a written production release signed by Giulia Ferri, Responsabile Acquisti."),
        ("p", "Materiale / material authority: sample-only. Nessun acquisto di resina per la produzione / no resin purchases for production."),
        ("sp",),
        ("p", "Firmato / signed: ing. Davide Colombo, Qualità Packaging - 14/05/2024"),
        ("p", "Per presa visione / acknowledged: Giulia Ferri, Responsabile Acquisti - 14/05/2024"),
    ], author="Cosmetica Brianzola")),
])

# c06 Australian Sage printout, full-quantity PO that says proceed (marine hardware)
case("c06_sage_po_cleats", [], "full-quantity PO of 300 cleats, no sample stage and no balance; 'proceed with the 300 pcs' is scoped", [
    ("PO-031877_SouthernCross.txt", T("""
        SAGE 300 - PURCHASE ORDER                                        Page 1 of 1
        Southern Cross Marine Hardware Pty Ltd              ABN 51 824 753 556
        12 Hope Street, Fremantle WA 6160         Ph (08) 9335 1180
        -----------------------------------------------------------------------------
        PO No.   : PO-031877              Date     : 14/05/2024
        Vendor   : V0442  Bluewater Fittings (Jiangyin) Co. Ltd
        Ship via : Sea freight LCL to Fremantle, FOB Shanghai
        Buyer    : K. Doyle
        -----------------------------------------------------------------------------
        Ln  Item code          Description                        Qty  UoM  Unit AUD    Ext AUD
        01  SCM-CL-316-200     Cleat, 200 mm, 316 SS, mirror pol.  300  EA     18.40   5,520.00
        02  FRT-CARTON         Export cartons, 20 per carton        15  EA      0.00       0.00
        -----------------------------------------------------------------------------
                                                      Subtotal AUD         5,520.00
                                                      GST                     0.00
                                                      Total AUD            5,520.00
        -----------------------------------------------------------------------------
        Notes:
        Full production quantity. The 300 pcs on line 01 are the complete order - no
        sample stage, no call-offs and no further balance under this PO. Tooling and
        FAI were completed on PO-030912 last year. Please proceed with the 300 pcs;
        FAI report (dimensions + salt spray 96 h to AS 2331.3.1) with the shipment.
        Marking: SCM logo + "316" on underside, as per drawing SCM-CL-200 rev F.
        Payment 30 days EOM after B/L date.
        -----------------------------------------------------------------------------
        Authorised: Kieran Doyle, Purchasing Officer
    """)),
])

# c07 Nigerian call-off schedule with explicit staged material authority (battery packs)
case("c07_calloff_lagospower", [], "call-off releases 400 packs; explicit staged material authority for cells up to 1,200 packs; balance 1,600 on hold until next call-off by Oluwaseun Adeyemi", [
    ("CallOff_CO-2024-06_LPS.pdf", pdf([
        ("h1", "CALL-OFF SCHEDULE CO-2024-06"),
        ("p", "Lagos Power Systems Ltd, Plot 14 Oregun Industrial Layout, Ikeja, Lagos. RC 1188342."),
        ("p", "Supplier: Ikorodu Pack Assembly Ltd. Frame agreement FA-LPS-0091 for battery pack LPS-48V-50Ah (16S cells 21700, 5,000 mAh, IEC 62133-2:2017, UN 38.3). Frame quantity: 2,000 packs."),
        ("table", [
            ["Call-off", "Quantity", "Delivery", "Status"],
            ["Sample PO LPS-SP-118 (closed)", "12 packs", "delivered March", "sample sign-off done (PPAP file LPS-PP-031)"],
            ["CO-2024-06 (this call-off)", "400 packs", "week 27, DDP Ikeja", "RELEASED"],
            ["Balance under frame", "1,600 packs", "-", "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", "1. Released now: four hundred (400) packs. Build and ship these 400 only."),
        ("p", "2. The balance of 1,600 packs is not released. Each further quantity needs the next call-off, issued and signed by Mr. Oluwaseun Adeyemi, Head of Supply Chain, after lot acceptance of CO-2024-06 at our incoming inspection."),
        ("p", "3. Material authority: staged. You may buy and hold 21700 cells, BMS boards and nickel strip for up to 1,200 packs in total at Lagos Power Systems' liability (this includes the 400 released). Do not assemble, weld or test packs beyond the 400."),
        ("p", "4. Cells must come from the qualified cell lot list AVL-C-07; mixing cell lots within one pack is not allowed."),
        ("sp",),
        ("p", "Signed: Oluwaseun Adeyemi, Head of Supply Chain, 05/06/2024. Copy: Quality (Mrs. Bisi Ogunleye)."),
    ], title="CO-2024-06", author="Lagos Power Systems")),
])

# c08 French EML, explicit recorded auto-conversion (optical lenses)
_c08 = T("""
    Bonjour Julien,

    Suite à notre réunion du 6 mai à Annecy, voici comme promis l'accord de conversion par écrit / here is the conversion agreement in writing.

    Commande CA-24-1187 - lentille asphérique LA-25-F50, plan OPT-2231 ind. D

    1. Active quantity now: thirty (30) pilot lenses. Only these 30 are released today.
    2. Balance: 970 lenses of the 1,000 quoted in your offer DV-0455 are on hold.
    3. Recorded auto-conversion: IF the 30 pilot lenses receive an "approved" sample sign-off in our metrology report (MTF >= 0.45 at 50 lp/mm, surface quality 3/1(0.16) per ISO 10110-7), signed by Dr. Hélène Roux, Quality Manager, THEN that sign-off by itself releases the 970 lenses, with no further document. I agree to this conversion for a maximum of 970 lenses, valid until 30/09/2024.
    4. If the sign-off is interim or rejected, nothing more is released and the 970 stay on hold until my written release.
    5. Material authority: sample-only until the conversion in point 3 takes place.

    Merci de me confirmer la bonne réception et l'accord de votre côté.

    Bien cordialement,
    Claire Martin
    Responsable Achats
    Optique Rhône-Alpes SAS - 14 avenue du Pont de Tasset, 74960 Meythet
    +33 4 50 22 61 70
""")
case("c08_autoconversion_ora", [], "explicit recorded auto-conversion naming 970 lenses, signer and conditions; 30 pilots released; hold otherwise", [
    ("CA-24-1187_conversion.eml", eml(mail(
        "Claire Martin <c.martin@optique-ra.fr>", "Julien Faure <j.faure@lentilles-jura.fr>",
        "CA-24-1187 - accord de conversion / auto-conversion agreement (30 pilotes)",
        "Tue, 07 May 2024 16:42:10 +0200", _c08, html=as_html(_c08)))),
])

# c09 Israeli EML forwarding an old quote as rfc822, declared informational (toys EN 71)
_c09_old = mail("Wei Zhang <wei@happymould-toys.cn>", "Yael Ben-David <yael@kiddotoys.co.il>",
                "Quotation Q-2023-881 vinyl figure 12cm", "Mon, 16 Oct 2023 11:20:00 +0800", T("""
    Dear Yael,

    Thanks for your inquiry. Please see our quotation Q-2023-881:

    Item: vinyl figure 12 cm, 4 colours spray, EN 71-1/-2/-3 materials
    Quantity: 10,000 pcs   Unit price: USD 0.86  FOB Shenzhen
    Mould: USD 3,200 (2 cavities), 25 days
    Sample: USD 2.50/pc, 60 pcs, 12 days after mould
    Payment: mould 100% with order, goods 30/70

    Looking forward to your order.

    Best regards
    Wei Zhang
    Sales, Happy Mould Toys Co., Ltd.
"""))
_c09 = T("""
    Hi Wei,

    Forwarding your quote from last October below only so that you have the mould and colour references in one place. Its 10,000 pcs figure is informational only and is not released.

    Our PO KT-5521 covers 60 sample figures only (sixty). Please make the mould and the 60 samples, nothing more.

    The production quantity is not released and stays on hold until our EN 71-1/-2/-3 lab report (SGS Israel) is signed off and I send you a written production release with a release number.

    Shana tova in advance - we are closed 2-4 October.

    Yael
""") + sig("Yael Ben-David", "Purchasing Manager", "Kiddo Toys Ltd, Petah Tikva", "+972 3 921 5540")
case("c09_fwd_old_quote_kiddo", [], "old quote with 10,000 forwarded as rfc822 and declared informational; PO = 60 samples; hold, EN 71 sign-off, Yael's written release", [
    ("Fwd_Q-2023-881.eml", eml(mail(
        "Yael Ben-David <yael@kiddotoys.co.il>", "Wei Zhang <wei@happymould-toys.cn>",
        "Fwd: Quotation Q-2023-881 vinyl figure 12cm - PO KT-5521 samples only",
        "Sun, 19 May 2024 10:05:00 +0300", _c09, attachments=[("rfc822", _c09_old)]))),
])

# c10 Australian buyer corrects a quoted Thai supplier assumption (food-grade silicone)
_c10_sup = T("""
    Dear Mr. Mark,

    Good news krub, the 40 pcs sample seals (LSR 50 Shore A, blue) will ship Friday by DHL, tracking to follow.

    Once samples OK we run the rest 4,960 pcs straight after to save time, OK?

    Best regards,
    Nok
    Siam Silicone Products Co., Ltd.
""")
_c10 = T("""
    G'day Nok,

    Thanks for the update, good to hear the seals are on their way.

    No, please don't. Our sample sign-off will not release the 4,960. Make and ship the 40 sample seals only. The balance of 4,960 stays on hold until our food-contact test (LFGB migration + FDA 21 CFR 177.2600) is signed off and I send you a written release with a release number. Nothing gets run before that.

    Cheers,
    Mark
""") + sig("Mark Ellis", "Procurement Lead", "Coastal Kitchen Co. Pty Ltd, Geelong VIC", "+61 3 5221 0870") + \
    "\nOn Wed, 22 May 2024 at 14:03, Nok <nok@siamsilicone.co.th> wrote:\n" + quote(_c10_sup)
case("c10_reply_no_autorun", [], "quoted supplier auto-run assumption corrected by buyer: 40 samples only, 4,960 on hold until food-contact sign-off + Mark Ellis's written release", [
    ("RE_sample_seals_CK-7730.eml", eml(mail(
        "Mark Ellis <mark.ellis@coastalkitchen.com.au>", "Nok <nok@siamsilicone.co.th>",
        "RE: CK-7730 sample seals shipping Friday", "Thu, 23 May 2024 08:12:00 +1000", _c10,
        in_reply_to="<h10-sup-c10@siamsilicone.co.th>"))),
])

# c11 Polish buyer, marketplace trade messages; supplier: deposit does not release production (cosmetics jars)
case("c11_trade_messages_jars", [], "deposit for sample order; supplier says deposit does not release production; 300 jars only, 20,000 on hold until sign-off + Agnieszka's written release", [
    ("trade_messages_order_8841.txt", T("""
        Trade Manager - conversation export
        Order No. 2024-05-8841 (Trade Assurance)  |  Buyer: Beauté Polska Sp. z o.o.  |  Supplier: Yuyao Lily Packaging Co., Ltd.
        ------------------------------------------------------------------------------
        2024-05-20 09:12  Agnieszka Wróbel (buyer):
          Hello Lily, deposit 30% for the SAMPLE order paid today via Trade Assurance.
          Sample order = 300 pcs jar 50 ml PP double wall, 3 colours (100 white,
          100 nude, 100 black), cap with silver line.

        2024-05-20 15:40  Lily Chen (supplier):
          Dear Agnieszka, deposit received, thank you!
          Please note: deposit does not release production. We make only the 300
          sample jars now. The 20,000 pcs mass order is not released until your
          written release after the sample check.

        2024-05-20 16:02  Agnieszka Wróbel (buyer):
          Correct, thank you. Only the 300 sample jars. The 20,000 stays on hold until
          our sample sign-off (drop test + compatibility with our cream, 4 weeks) and
          my written release. Pozdrawiam - Agnieszka Wróbel, Kierownik Zakupów.

        2024-05-21 08:30  Lily Chen (supplier):
          Noted with thanks. Samples ready in 12 days, we will send photos first.
        ------------------------------------------------------------------------------
    """)),
])

# c12 Polish supplier acknowledgement restating the hold (HVAC dampers for French buyer)
case("c12_ack_stalform", [], "supplier acknowledgement restating: 16 sample dampers, 784 not released, unlock by Sophie Lambert's written release after sign-off", [
    ("PZ-24-0533_acknowledgement.pdf", pdf([
        ("h1", "POTWIERDZENIE ZAMÓWIENIA / ORDER ACKNOWLEDGEMENT PZ/24/0533"),
        ("p", "ZPH Stal-Form Sp.j., ul. Hutnicza 22, 41-300 Dabrowa Gornicza. NIP 629-24-88-310."),
        ("p", "Customer: Climavent SAS, ZI des Chesnes, 38070 Saint-Quentin-Fallavier, France. Your PO: CVC-24-0771 of 08/05/2024."),
        ("table", [
            ["Pos.", "Item", "Description", "Qty", "Scope"],
            ["1", "RD-315", "Round damper fi 315, galvanised, EN 1751 class 3", "16", "samples"],
            ["2", "RD-315", "Balance of quotation OF/24/212", "784", "not released"],
        ]),
        ("sp",),
        ("p", "We confirm the scope of your PO as written: sixteen (16) sample dampers RD-315. Delivery of the samples: week 22, DAP Saint-Quentin-Fallavier."),
        ("p", "The balance of 784 dampers from quotation OF/24/212 is not released. We will not start it and we will not buy steel for it."),
        ("p", "We understand the balance can be unlocked only by a written production release from Mme Sophie Lambert, Acheteuse, after your sample sign-off (leakage test EN 1751)."),
        ("sp",),
        ("p", "Z powazaniem / Best regards - Krzysztof Mazur, Dzial Sprzedazy / Sales, ZPH Stal-Form. 10/05/2024."),
    ], title="PZ/24/0533", author="ZPH Stal-Form")),
])

# c13 Spanish quality deviation permit that releases nothing more (HVAC brackets)
case("c13_deviation_permit", [], "deviation permit limited to the 60 pcs of CO-14; 540 on hold until next call-off by Javier Ortega after lot acceptance", [
    ("DV-2024-019_desviacion.docx", docx_bytes([
        ("h1", "SOLICITUD DE DESVIACIÓN / DEVIATION PERMIT DV-2024-019"),
        ("p", "Aerotermia Navarra S.A. - Calidad Proveedores / Supplier Quality. Pamplona, 21/05/2024."),
        ("table", [
            ["Campo / field", "Detalle / detail"],
            ["Proveedor / supplier", "Chapas y Plegados Ebro S.L., Tudela"],
            ["Pieza / part", "SB-220 support bracket, S235JR 3 mm, zinc plated"],
            ["Pedido / order", "Contract AN-24-055, call-off CO-14"],
            ["Cantidad afectada / quantity affected", "60 pcs (lot 2405-14)"],
            ["Desviación / deviation", "Hole Ø8,5 at 42 mm instead of 40 ±0,5 mm from edge"],
            ["Decisión / decision", "Deviation accepted, use as is, for lot 2405-14 only"],
        ]),
        ("sp",),
        ("p", "This permit covers only the 60 pcs already produced under call-off CO-14. It releases no additional quantity and it does not change the drawing SB-220 rev 3."),
        ("p", "The remaining 540 brackets of the 600 contract quantity stay on hold. They are released only by the next call-off, signed by Javier Ortega Ruiz, Jefe de Compras, after lot acceptance of CO-14 at incoming inspection."),
        ("p", "Corrective action: supplier to correct the bending stop before any further call-off (8D due 05/06/2024)."),
        ("sp",),
        ("p", "Firmas / signatures: Itziar Goñi (Calidad Proveedores) - Javier Ortega Ruiz (Jefe de Compras)"),
    ], author="Aerotermia Navarra")),
])

# c14 Italian interim disposition with limits, EML + PDF (bicycle components)
_c14_pdf = pdf([
    ("h1", "INTERIM DISPOSITION / BENESTARE PROVVISORIO ID-24-022"),
    ("p", "Ciclotecnica Veneta S.r.l. - Via dell'Artigianato 9, 31050 Ponzano Veneto (TV)."),
    ("table", [
        ["Field", "Value"],
        ["Part", "Brake lever BL-22 rev 3, forged AlSi 6082-T6"],
        ["Supplier", "Forgiature Bresciane S.r.l., Lumezzane"],
        ["PO", "CV-24-1460 - 3.000 pcs on order"],
        ["Disposition", "INTERIM sign-off"],
        ["Quantity limit", "200 pcs (duecento)"],
        ["Expiry", "30/06/2024"],
        ["Open item", "Fatigue test EN ISO 4210-6 (in progress at lab)"],
    ]),
    ("sp",),
    ("p", "Released now: 200 pcs, for production use until 30/06/2024 while the fatigue test is completed."),
    ("p", "Balance: 2.800 pcs of the 3.000 on order are not released and stay on hold until the full sign-off (fatigue test passed) and a written production release from Luca Bianchi, Buyer."),
    ("p", "Material authority: forgings blanks for the 200 pcs only."),
    ("sp",),
    ("p", "Quality: ing. Sara Zanin - Purchasing: Luca Bianchi - 03/06/2024"),
], title="ID-24-022", author="Ciclotecnica Veneta")
_c14 = T("""
    Buongiorno Roberto,

    in allegato il benestare provvisorio ID-24-022 for the brake lever BL-22 rev 3.

    In short: interim sign-off, max 200 pcs, valid until 30 June. The other 2.800 pcs of the order stay on hold until the fatigue test is passed and I send you the written production release.

    Please confirm you have planned only the 200 pcs.

    Grazie e buona giornata,
    Luca
""") + sig("Luca Bianchi", "Buyer - Ufficio Acquisti", "Ciclotecnica Veneta S.r.l.", "+39 0422 96 71 20")
case("c14_interim_disposition", [], "interim sign-off with 200 pcs / date limit; 2.800 on hold until full sign-off + Luca Bianchi's written release", [
    ("ID-24-022_interim_BL-22.eml", eml(mail(
        "Luca Bianchi <l.bianchi@ciclotecnicaveneta.it>", "Roberto Gatti <r.gatti@forgiaturebresciane.it>",
        "BL-22 rev 3 - benestare provvisorio / interim disposition ID-24-022",
        "Mon, 03 Jun 2024 11:30:00 +0200", _c14,
        attachments=[("ID-24-022.pdf", _c14_pdf, PDF_MT)]))),
])

# c15 Nigerian DOCX PO full of identifiers that look like quantities (battery packs)
case("c15_po_naijavolt", [], "sample PO for 8 packs; 5000 mAh, DWG-2000 rev 12, 500 cycles, IEC 62133-2:2017 are identifiers; 600 production not released; hold, lab sign-off, Ngozi Eze", [
    ("NV-PO-2024-0412.docx", docx_bytes([
        ("h1", "PURCHASE ORDER NV-PO-2024-0412"),
        ("p", "Naija Volt Energy Ltd, 27 Aminu Kano Crescent, Wuse II, Abuja. Supplier: Ikorodu Pack Assembly Ltd, Lagos."),
        ("table", [
            ["Line", "Part number", "Description", "Qty", "Unit NGN"],
            ["1", "BP-4S2P-5000", "Li-ion pack 4S2P, 14.4 V, 5000 mAh, cells 21700, drawing DWG-2000 rev 12", "8", "61,500.00"],
            ["2", "TR-1500", "Test report set: IEC 62133-2:2017 + UN 38.3 summary", "1", "95,000.00"],
        ]),
        ("sp",),
        ("p", "Scope of this order: eight (8) sample packs only."),
        ("p", "The production quantity of 600 packs in your quotation QN-0093 is not released by this PO. It stays on hold until our lab signs off the samples (500 cycles at 1C, capacity retention >= 80%) and Mrs. Ngozi Eze, Procurement Manager, issues a written production release."),
        ("p", "Material authority: sample-only. Do not buy cells for the 600 packs."),
        ("p", "Delivery: 3 weeks, DAP Abuja. Invoice to accounts@naijavolt.ng quoting NV-PO-2024-0412."),
        ("sp",),
        ("p", "Authorised by: Ngozi Eze, Procurement Manager - 10/05/2024"),
    ], author="Naija Volt Energy")),
])

# c16 French meeting minutes in HTML, scoped decisions (illuminated signage)
case("c16_minutes_kickoff", [], "minutes: 4 prototype sets only; roll-out 120 sets on hold until on-site sign-off + Camille Dubois's written release; material sample-only", [
    ("CR_kickoff_enseignes_2024-04-22.html", html_page("Compte rendu kick-off enseignes", f"""
<h2>Compte rendu de réunion / Meeting minutes</h2>
<p><b>Objet :</b> Kick-off enseignes lumineuses magasins 2024 - <b>Date :</b> 22/04/2024, Lyon (Teams + site)<br>
<b>Participants :</b> Signalétique Lyonnaise - Camille Dubois (Acheteuse), Thomas Girard (Bureau d'études); Neon Ibérica S.L. - Jordi Puig (Key account), Laia Serra (Producción).</p>
<h3>Décisions / Decisions</h3>
{html_table([
    ["#", "Décision", "Responsable"],
    ["1", "PO SL-24-330 covers 4 (four) prototype sets of illuminated letters («BOULANGERIE», 600 mm cap height) only.", "C. Dubois"],
    ["2", "The roll-out quantity of 120 sets for the stores is not released by SL-24-330; it stays on hold.", "C. Dubois"],
    ["3", "Unlock event: prototype sign-off on site in Lyon (brightness, IP44, fixing) and then a written production release signed by Camille Dubois.", "T. Girard / C. Dubois"],
    ["4", "Material: sample-only. No acrylic sheet, LED modules or power supplies to be bought for the 120 sets.", "J. Puig"],
])}
<h3>Actions</h3>
<ul>
<li>Neon Ibérica: prototypes ready 24/05, transport by own van (Barcelona - Lyon).</li>
<li>Signalétique Lyonnaise: send final artwork (RAL 3020 returns) by 29/04.</li>
<li>Next meeting: 27/05/2024, 10h00, on site.</li>
</ul>
<p class="note">Rédigé par / written by: Thomas Girard - diffusion: participants.</p>
""", lang="fr")),
])

# c17 Australian supplier newsletter (marine hardware)
case("c17_newsletter_bluewater", [], "supplier newsletter: capacity, certification, trade show; no order and no authorization", [
    ("Bluewater_newsletter_winter2024.html", html_page("Bluewater Fittings - Winter 2024 newsletter", """
<h1>Bluewater Fittings - Winter 2024 news</h1>
<p>G'day from the workshop in Henderson! A quick round-up of what has been happening this season.</p>
<h3>New electropolishing line</h3>
<p>Our second electropolishing tank is now running. It lifts our capacity to around 5,000 small parts a week in 316 stainless and gives a brighter finish on cleats, fairleads and deck hinges.</p>
<h3>ISO 9001:2015 recertification</h3>
<p>We passed our recertification audit in June with zero major findings. Certificate no. AU-QMS-22417 is on our website.</p>
<h3>Price update</h3>
<p>Nickel surcharges eased by about 6% since March, so 316 bar-stock items in our catalogue are coming down from 1 August. Castings stay at current pricing.</p>
<h3>See us at SCIBS</h3>
<p>Find us at the Sanctuary Cove International Boat Show, stand C-112. Bring your drawings - our engineers will be on the stand every day.</p>
<h3>A reminder on samples</h3>
<p>When you order samples from us, we build the samples and nothing more. Production quantities are scheduled only when your written production release for them reaches us.</p>
<p>Cheers,<br>The Bluewater Fittings team &middot; 4 Cockburn Rd, Henderson WA 6166 &middot; (08) 9410 2277</p>
<p style="font-size:10px">You are receiving this because you are a Bluewater customer. Unsubscribe any time.</p>
""")),
])

# c18 Brazilian multi-file: Odoo PO + PDF quote (cosmetics tubes)
case("c18_odoo_P00457", [], "bundle: Odoo sample PO 500 tubes + supplier quote with 100.000 tier; PO says 100.000 not released, hold, stability sign-off, revised PO by Fernanda Lima", [
    ("P00457_BelaFlor.txt", T("""
        Bela Flor Cosméticos Ltda                                   Pedido de Compra P00457
        Rua Cel. Oscar Porto, 812 - Paraíso, São Paulo/SP           CNPJ 12.448.903/0001-71
        ---------------------------------------------------------------------------------------
        Fornecedor:  Tubos Paulista Embalagens Ltda              Data do pedido: 15/05/2024
        Referência do fornecedor: PR-2024-118                    Comprador: Fernanda Lima
        ---------------------------------------------------------------------------------------
        Descrição                                  Data prevista   Qtd        Preço unit.  Subtotal
        [TB-50-PE] Bisnaga 50 ml PE, 4 cores,      05/06/2024      500,00 Un  R$ 1,12      R$ 560,00
        tampa flip-top 20/410
        [FRETE] Frete CIF São Paulo                05/06/2024        1,00 Un  R$ 85,00     R$ 85,00
        ---------------------------------------------------------------------------------------
                                                                 Total sem impostos  R$ 645,00
                                                                 Impostos            R$ 116,10
                                                                 Total               R$ 761,10
        Termos e condições / notes:
        PEDIDO DE AMOSTRAS / SAMPLE ORDER: 500 tubes only.
        The production quantity of 100.000 tubes shown in your proposta PR-2024-118 is not
        released by this PO. That balance stays on hold until (1) our stability and
        compatibility test sign-off (90 days, 40 °C) and (2) a revised PO issued by
        Fernanda Lima, Gerente de Compras.
        Material authority: sample-only.
    """)),
    ("Proposta_PR-2024-118.pdf", pdf([
        ("h1", "PROPOSTA COMERCIAL PR-2024-118"),
        ("p", "Tubos Paulista Embalagens Ltda - Av. Industrial 1500, Diadema/SP. Para: Bela Flor Cosméticos Ltda, A/C Fernanda Lima."),
        ("table", [
            ["Item", "Descrição", "Quantidade", "Preço unit.", "Prazo"],
            ["1", "Amostras - bisnaga 50 ml PE, impressão 4 cores", "500 un", "R$ 1,12", "15 dias"],
            ["2", "Produção - bisnaga 50 ml PE, impressão 4 cores", "100.000 un", "R$ 0,41", "30 dias após pedido de produção"],
            ["3", "Clichês / printing plates", "1 jogo", "R$ 1.850,00", "10 dias"],
        ]),
        ("p", "Validade da proposta: 90 dias. Pagamento: 28 dias. Frete CIF Grande São Paulo."),
        ("p", "Atenciosamente, Ricardo Almeida - Comercial."),
    ], title="PR-2024-118", author="Tubos Paulista")),
])

# c19 Thai Dynamics printout, full quantity (glass bottles)
case("c19_dynamics_full_qty", [], "Dynamics full-quantity PO 12,000 bottles in 2 lots of 6,000; no sample, no balance", [
    ("PO-000873_CMCB.txt", T("""
        Microsoft Dynamics 365 Business Central                          PURCHASE ORDER
        Chiang Mai Craft Beverages Co., Ltd.                             No. PO-000873
        199/3 Moo 2, San Kamphaeng Rd., Chiang Mai 50130                 Date 17/05/2024
        Tax ID 0505561002213                                             Page 1
        Vendor: V-00058  Siam Glassworks Co., Ltd., Samut Prakan
        Purchaser: Somchai Wongsakul        Payment terms: 45 DAYS     Shipment: DAP Chiang Mai
        ------------------------------------------------------------------------------------
        No.        Description                         Quantity  UoM   Direct Unit Cost   Amount
        BT-AMB-330 Amber bottle 330 ml, 26 mm crown    12,000   PCS          3.95     47,400.00
        ------------------------------------------------------------------------------------
                                                        Total THB Excl. VAT         47,400.00
                                                        VAT 7%                       3,318.00
                                                        Total THB Incl. VAT         50,718.00
        Comments:
        Complete order quantity 12,000 pcs. No samples and no call-offs on this order
        (bottle already in use, mould BT-330-02). Deliver in 2 lots of 6,000 pcs:
        lot 1 week 24, lot 2 week 27. Pallets to be returned.
        Authorised by: Somchai Wongsakul, Procurement Director
    """)),
])

# c20 Israeli buyer / Polish supplier status thread (optical lenses)
_c20_buyer = T("""
    Hello Marek,

    PO GO-7714 covers 25 sample lenses only (achromat AC-25-100, N-BK7/N-SF5).
    The 1,500 production lenses are not released; they stay on hold until our interferometer sign-off (lambda/4 at 633 nm) and a written release from me.

    Noa Levi
    Procurement, Galilee Optics Ltd., Yokneam
""")
_c20 = T("""
    Dear Noa,

    Status PO GO-7714: the 25 sample lenses are polished, centring done, AR coating on Tuesday. Ship date 6 June by FedEx.

    We hold glass blanks for the 25 samples only. Blanks for the 1,500 production lenses will be ordered only after your written release, as your PO states.

    Kind regards / Z poważaniem,
    Marek Dudek
    Optika Kraków Sp. z o.o.
    +48 12 644 91 30

    On 14.05.2024 09:40, Noa Levi wrote:
""") + quote(_c20_buyer)
case("c20_status_optika", [], "supplier status: blanks for 25 samples only; quoted buyer PO scope complete (25 samples, 1,500 on hold, interferometer sign-off, Noa Levi)", [
    ("Status_GO-7714.eml", eml(mail(
        "Marek Dudek <m.dudek@optika-krakow.pl>", "Noa Levi <noa.levi@galileeoptics.co.il>",
        "RE: PO GO-7714 - status samples", "Thu, 30 May 2024 13:22:00 +0200", _c20,
        in_reply_to="<h10-buyer-c20@galileeoptics.co.il>"))),
])

# c21 Australian supplier-portal PO page with scope table (carbon rims)
case("c21_portal_po_88213", [], "portal PO: line 1 10 sample rims released, line 2 990 on hold until Jack Thompson's written release after ISO 4210-7 sign-off", [
    ("portal_PO_88213.html", html_page("Supplier portal - PO 88213", f"""
<div style="background:#20364f;color:#fff;padding:6px">Outback Cycles Pty Ltd &middot; Supplier Portal &middot; logged in as: Hanoi Carbon Works (V-2210)</div>
<h2>Purchase order 88213</h2>
<p>Issued 20/05/2024 by Jack Thompson &middot; Delivery to: 3/41 Kensington Rd, Adelaide SA 5068</p>
{html_table([
    ["Line", "Part", "Description", "Qty", "Scope", "Status"],
    ["1", "RIM-CX-700", "Carbon rim 700c, 28H, 30 mm deep, disc only", "10", "Sample", "Released"],
    ["2", "RIM-CX-700", "Carbon rim 700c, 28H, 30 mm deep, disc only", "990", "Production", "ON HOLD - not released"],
])}
<div class="note"><b>Scope note:</b> Build the 10 sample rims on line 1 now. Line 2 (990 rims) is not released. It is unlocked only by a written production release from Jack Thompson, Category Manager, after the sample sign-off (ISO 4210-7 impact test and spoke-hole pull test). Material authority: sample-only - no prepreg to be cut for line 2.</div>
<p>Attachments: DRW-RIM-CX-700_revB.pdf &middot; Layup schedule LS-07</p>
<p style="color:#777">Portal v4.2 &middot; Acknowledge this PO with the button below.</p>
""")),
])

# c22 Israeli buyer EML with explicit staged material authority (HVAC casings)
_c22 = T("""
    Hi Tomasz,

    Following our call, here is the written position for order NCS-3310, rooftop unit casing panels RTU-P-12:

    - Production released now: 200 casings (call-off 1). Please build and deliver these 200.
    - Balance: 600 casings of the 800 ordered are not released. They stay on hold until call-off 2, which I will sign after lot acceptance of call-off 1 at our plant in Sderot.
    - Material authority: staged. You may buy and hold galvanised coil DX51D+Z275, 1.2 mm, for up to 800 casings at our liability. Do not cut, punch or form anything beyond the 200.

    Thanks, and let me know the coil delivery date.

    Avi
""") + sig("Avi Cohen", "Procurement Manager", "Negev Climate Systems Ltd.", "+972 8 661 2040")
case("c22_staged_material_ncs", [], "200 released, 600 on hold until call-off 2 signed by Avi Cohen after lot acceptance; explicit staged coil authority up to 800", [
    ("NCS-3310_material_authority.eml", eml(mail(
        "Avi Cohen <avi.cohen@negevclimate.co.il>", "Tomasz Lewandowski <t.lewandowski@metal-rzeszow.pl>",
        "NCS-3310 - call-off 1 and material authority", "Wed, 12 Jun 2024 17:05:00 +0300", _c22,
        html=as_html(_c22)))),
])

# c23 Italian production release letter for the whole remaining balance (glass bottles)
case("c23_release_letter_oleificio", [], "written production release of the whole remaining 19.800 after sample sign-off, signed by Francesca Moretti; nothing left on hold", [
    ("PR-2024-007_rilascio_produzione.pdf", pdf([
        ("h1", "RILASCIO DI PRODUZIONE / PRODUCTION RELEASE No. PR-2024-007"),
        ("p", "Oleificio Toscano Val d'Orcia S.r.l. - Loc. Il Casello 3, 53027 San Quirico d'Orcia (SI)."),
        ("p", "To: Vetreria Ligure S.p.A., Savona. Order 24/0192 - bottle 'Marasca' 500 ml, UVAG glass, finish GPI 31,5."),
        ("table", [
            ["", "Quantity"],
            ["Order 24/0192 total", "20.000 bottles"],
            ["Samples (delivered, sample sign-off SS-24-031 of 12/04/2024)", "200 bottles"],
            ["Released for production by this letter", "19.800 bottles"],
            ["Remaining on hold after this release", "0"],
        ]),
        ("sp",),
        ("p", "With this letter we release for production 19.800 (diciannovemilaottocento) bottles, the whole remaining balance of order 24/0192. The samples were signed off on 12/04/2024 (report SS-24-031)."),
        ("p", "Delivery in 4 lots of 4.950 bottles, weeks 26, 28, 30, 32, on EPAL pallets."),
        ("sp",),
        ("p", "Authorised by: Francesca Moretti, Responsabile Acquisti - 20/05/2024 - firma / signature"),
    ], title="PR-2024-007", author="Oleificio Toscano")),
])

# c24 Nigerian Teams chat export, green light scoped (food-grade silicone)
case("c24_teams_chat_sahel", [], "green light for the 25 sample gaskets only; 2,475 parked until QA sign-off + Chinedu's written release", [
    ("teams_chat_pearl_silicone.txt", T("""
        Microsoft Teams - chat export
        Chat: Sahel Foods / Pearl Silicone - gaskets GK-90 (food grade)
        ------------------------------------------------------------------
        Tue 04/06/2024 10:11  Kunle Adeyemi (Pearl Silicone)
            Good morning sir. Compound test sheet for the platinum-cured silicone is in
            the files tab. Mould GK-90 is ready, 8 cavities.
        Tue 04/06/2024 10:25  Chinedu Okafor (Sahel Foods)
            Morning Kunle, well done. You have green light for the 25 sample gaskets
            only. The remaining 2,475 stay parked - not released - until our QA signs
            off the samples (NAFDAC migration test + 72 h steam test) and I send a
            written release.
        Tue 04/06/2024 10:26  Chinedu Okafor (Sahel Foods)
            Chinedu Okafor, Procurement, Sahel Foods Processing Ltd, Kano
        Tue 04/06/2024 10:31  Kunle Adeyemi (Pearl Silicone)
            Noted sir, 25 samples only. Will send by GIG Logistics on Friday.
        ------------------------------------------------------------------
    """)),
])

# c25 Spanish Sage printout, sample PO for toys
case("c25_sage_pedido_muestras", [], "Sage sample PO 36 plush toys; 4.000 not released, hold until EN 71 sign-off (AITEX) + revised PO signed by Marta Giménez", [
    ("PC-24-0907_JuguetesAlicante.txt", T("""
        SAGE 200 - PEDIDO DE COMPRA                                  Hoja 1/1
        JUGUETES ALICANTE S.L.   CIF B-03991204   Av. de la Industria 22, 03440 Ibi
        ----------------------------------------------------------------------------
        Pedido  : PC-24/0907            Fecha  : 27/05/2024
        Proveed.: 4310 DONGGUAN HAPPY PLUSH CO., LTD.
        Forma pago: T/T 30 días         Portes : DAP Ibi
        ----------------------------------------------------------------------------
        Artículo         Descripción                        Cant.   Precio    Importe
        PEL-OSO-30       Peluche oso 30 cm, EN 71-1/2/3        36    4,80 $   172,80 $
        ENV-MUESTRAS     Envío muestras courier                 1   45,00 $    45,00 $
        ----------------------------------------------------------------------------
                                                        Total pedido     217,80 $
        Observaciones:
        SOLO MUESTRAS / SAMPLES ONLY: 36 pcs.
        La cantidad de producción (4.000 uds, oferta HP-2291) NO está liberada / is
        not released by this order. Balance on hold until the EN 71 test report from
        AITEX is signed off and a revised PO is signed by Marta Giménez, Directora de
        Compras.
        ----------------------------------------------------------------------------
    """)),
])

# =================================================================== RISKY
# p01 Spanish EML: bare sample PO with quote attached (signage light boxes)
_p01_quote = pdf([
    ("h1", "OFERTA / QUOTATION OFE-0877"),
    ("p", "LedForma Unipessoal Lda - Zona Industrial de Oiã, 3770-059 Oliveira do Bairro, Portugal."),
    ("p", "Cliente: Rótulos Mediterráneo S.L., Murcia. Ref.: caixa de luz dupla face 800 x 600 mm, LED edge-lit, perfil alumínio anodizado."),
    ("table", [
        ["Item", "Descrição / description", "Qtd.", "Preço unit.", "Prazo"],
        ["1", "Light box 800 x 600, double sided - sample", "6", "210,00 EUR", "3 semanas"],
        ["2", "Light box 800 x 600, double sided - series", "650", "128,00 EUR", "6 semanas"],
        ["3", "Embalagem individual + palete", "-", "incl.", "-"],
    ]),
    ("p", "Validade: 60 dias. Transporte: DAP Murcia, incluído a partir de 100 unidades."),
    ("p", "Joana Ferreira - Comercial - +351 234 720 155"),
], title="OFE-0877", author="LedForma")
_p01 = T("""
    Hola Joana,

    Adjunto el pedido / please find our PO RM-24-1140 for six (6) sample light boxes 800 x 600 double sided, as per your quote OFE-0877 (attached again so that we have everything in one mail).

    Entrega: Polígono Oeste, Calle Perú 14, 30820 Alcantarilla (Murcia). Please confirm the delivery date for the 6 samples and send the RAL of the profile before anodising.

    Un saludo,
    Sergio
""") + sig("Sergio Navarro", "Compras", "Rótulos Mediterráneo S.L.", "+34 968 80 12 44")
case("p01_sample_po_quote_rm", ["RG001", "RG003", "RG004", "RG005"], "6 sample PO with quote showing 650 series, no hold, no unlock event, no release person", [
    ("PO_RM-24-1140.eml", eml(mail(
        "Sergio Navarro <compras@rotulosmediterraneo.es>", "Joana Ferreira <joana@ledforma.pt>",
        "Pedido RM-24-1140 - 6 muestras caja de luz", "Mon, 13 May 2024 12:48:00 +0200", _p01,
        attachments=[("OFE-0877_LedForma.pdf", _p01_quote, PDF_MT)]))),
])

# p02 Australian multi-file: full-quantity PO + quote with larger tier (marine hinges)
case("p02_sage_po_hinges", ["RG001"], "full-quantity PO of 250 with the quote's 2,500 tier in the same folder and nothing saying it is informational", [
    ("PO-032044_SouthernCross.txt", T("""
        SAGE 300 - PURCHASE ORDER                                        Page 1 of 1
        Southern Cross Marine Hardware Pty Ltd              ABN 51 824 753 556
        12 Hope Street, Fremantle WA 6160         Ph (08) 9335 1180
        -----------------------------------------------------------------------------
        PO No.   : PO-032044              Date     : 28/05/2024
        Vendor   : V0442  Bluewater Fittings (Jiangyin) Co. Ltd
        Buyer    : K. Doyle
        -----------------------------------------------------------------------------
        Ln  Item code          Description                        Qty  UoM  Unit AUD    Ext AUD
        01  SCM-HH-090         Hatch hinge 90 mm, 316 SS, pin      250  EA      9.85   2,462.50
        -----------------------------------------------------------------------------
                                                      Total AUD            2,462.50
        -----------------------------------------------------------------------------
        Notes:
        As per your quotation BW-Q-5512 (copy in this folder). Build to drawing
        SCM-HH-090 rev D. Passivation to ASTM A967. Ship with the next consolidation.
        -----------------------------------------------------------------------------
        Authorised: Kieran Doyle, Purchasing Officer
    """)),
    ("BW-Q-5512_quotation.pdf", pdf([
        ("h1", "QUOTATION BW-Q-5512"),
        ("p", "Bluewater Fittings (Jiangyin) Co. Ltd - for Southern Cross Marine Hardware Pty Ltd. Date 20/05/2024."),
        ("table", [
            ["Item", "Description", "Qty", "Unit AUD", "Tooling"],
            ["SCM-HH-090", "Hatch hinge 90 mm, 316 SS, investment cast + polished", "250", "9.85", "existing"],
            ["SCM-HH-090", "Hatch hinge 90 mm, 316 SS, investment cast + polished", "2,500", "6.90", "existing"],
        ]),
        ("p", "FOB Shanghai. Lead time 35 days. Price valid 45 days."),
        ("p", "Best regards, Jenny Xu, Export Sales."),
    ], title="BW-Q-5512", author="Bluewater Fittings")),
])

# p03 Polish DOCX PO: hold until further notice, named person, no event (HVAC)
case("p03_zamowienie_wentylacja", ["RG004"], "12 samples, balance 1.188 on hold 'until further notice', only Ewa Kowalska may release: no unlock event", [
    ("ZK-2024-0611_zamowienie.docx", docx_bytes([
        ("h1", "ZAMÓWIENIE / PURCHASE ORDER ZK/2024/0611"),
        ("p", "Wentylacja Pomorze Sp. z o.o., ul. Elbląska 120, 80-718 Gdańsk. NIP 583-31-90-224."),
        ("p", "Dostawca / supplier: Blacharstwo Nowak s.c., Tczew. Data: 16.05.2024. Oferta / quotation: OF-24-077 (1.200 szt.)."),
        ("table", [
            ["Lp.", "Indeks", "Opis / description", "Ilość / qty", "Cena netto PLN"],
            ["1", "TP-500/315", "Redukcja prostokąt-okrąg 500x300 / fi 315, ocynk 0,8 mm", "12 szt.", "86,00"],
            ["2", "TRANSPORT", "Dostawa próbek / sample delivery", "1", "150,00"],
        ]),
        ("sp",),
        ("p", "Zamówienie na próbki / sample order: 12 pcs (dwanaście)."),
        ("p", "The balance of 1.188 pcs from your offer OF-24-077 is NOT released - wstrzymane do odwołania / on hold until further notice. Only Ewa Kowalska, Kierownik Zakupów, can release it."),
        ("p", "Termin dostawy próbek / sample delivery: 31.05.2024. Płatność 30 dni."),
        ("sp",),
        ("p", "Ewa Kowalska - Kierownik Zakupów - e.kowalska@wentylacja-pomorze.pl"),
    ], author="Wentylacja Pomorze")),
])

# p04 Italian EML multipart: no named person (cosmetics pumps)
_p04 = T("""
    Gentile Sig. Rossi,

    con la presente vi trasmettiamo il nostro ordine OA-24-2231 / herewith our order OA-24-2231 for fifty (50) sample lotion pumps 24/410, dip tube 180 mm, colour white.

    The balance of 19.950 pumps quoted in your offer DV-24-311 is not released and stays on hold. It can be released only after the sample sign-off (compatibility test, 4 weeks at 45 °C with our body lotion) and a revised PO from our purchasing department.

    Consegna campioni: entro il 7 giugno, franco nostro magazzino di Erba.

    Distinti saluti / Best regards,

    Ufficio Acquisti
    Cosmetica Lariana S.p.A. - Via per Como 18, 22036 Erba (CO)
    tel. +39 031 64 02 11
""")
case("p04_ordine_pompe_lariana", ["RG005"], "50 samples, 19.950 on hold until sign-off + revised PO 'from our purchasing department': nobody named", [
    ("OA-24-2231_ordine_campioni.eml", eml(mail(
        "Ufficio Acquisti <acquisti@cosmeticalariana.it>", "Andrea Rossi <a.rossi@dosatorinord.it>",
        "Ordine OA-24-2231 - campionatura pompe 24/410", "Fri, 17 May 2024 10:02:00 +0200", _p04,
        html=as_html(_p04)))),
])

# p05 Nigerian WhatsApp: pilot packs started with no quantity (battery packs)
case("p05_whatsapp_eko_pilot", ["RG010"], "buyer starts the pilot packs with hold, unlock event and named person but never says how many; supplier even asks", [
    ("whatsapp_kano_pack.txt", T("""
        WhatsApp Chat with Ibrahim Kano Pack
        03/06/2024, 10:02 - Ibrahim Kano Pack: Good morning ma. Quote QN-0117 was sent by email yesterday. Cells for the pilot have arrived, we are ready on our side.
        03/06/2024, 10:15 - Adaeze Nwosu: Morning Ibrahim. Thanks. Please start the pilot packs for the e-keke battery, 48 V / 100 Ah, same BMS as the drawing EK-BP-48100 rev 2.
        03/06/2024, 10:16 - Adaeze Nwosu: The production packs are NOT released. They remain on hold until our lab signs off the pilot packs (vibration + UN 38.3 summary) and I send you a written release with a number.
        03/06/2024, 10:16 - Adaeze Nwosu: Adaeze Nwosu, Head of Procurement, Eko E-Mobility Ltd
        03/06/2024, 10:20 - Ibrahim Kano Pack: Noted ma 🙏 How many pilot packs do you want?
        03/06/2024, 12:47 - Ibrahim Kano Pack: Ma, still waiting on the pilot quantity
        03/06/2024, 18:05 - Adaeze Nwosu: Sorry, meetings all day. I will call you tomorrow morning
    """)),
])

# p06 Brazilian multi-file: scoped PDF PO + WhatsApp unscoped approval (bicycle stems)
case("p06_pc_trilha_stems", ["RG002"], "PO fully scoped (24 samples, hold, fatigue sign-off, Carla Mendes); buyer then writes 'Aprovado, pode seguir / approved, go ahead' with no scope", [
    ("PC-2024-0388_Trilha.pdf", pdf([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER PC-2024-0388"),
        ("p", "Trilha Bikes Ltda - Rua Sinimbu 2101, Caxias do Sul/RS. CNPJ 09.331.227/0001-40."),
        ("p", "Fornecedor: Forjados Caxias Ind. Metalúrgica Ltda. Data: 08/04/2024. Proposta: FC-0912."),
        ("table", [
            ["Item", "Código", "Descrição", "Qtd", "Preço unit."],
            ["1", "ST-35 rev A", "Mesa / stem 35 mm clamp, 80 mm, AL 6061-T6 forjada", "24", "R$ 62,00"],
        ]),
        ("p", "Escopo: vinte e quatro (24) sample stems ST-35 rev A only."),
        ("p", "The balance of 2.376 stems of the 2.400 quoted in FC-0912 is not released. It stays on hold until our fatigue test sign-off (ISO 4210-5) and a written release by Carla Mendes, Gerente de Suprimentos."),
        ("p", "Material authority: sample-only."),
        ("p", "Carla Mendes - Gerente de Suprimentos - (54) 3025 7710"),
    ], title="PC-2024-0388", author="Trilha Bikes")),
    ("whatsapp_forjados_caxias.txt", T("""
        WhatsApp Chat with Diego Forjados Caxias
        [02/05/24 16:20] Diego Forjados Caxias: Boa tarde Carla! Fotos das 24 amostras ST-35
        [02/05/24 16:20] Diego Forjados Caxias: <Media omitted>
        [02/05/24 16:21] Diego Forjados Caxias: <Media omitted>
        [02/05/24 16:22] Diego Forjados Caxias: Dimensional all ok 👌 clamp 35,00 / 35,02, laudo segue por email
        [02/05/24 17:48] Carla Mendes: Ficaram lindas!! 😍
        [02/05/24 17:49] Carla Mendes: Aprovado, pode seguir 👍 / approved, go ahead
        [02/05/24 17:55] Diego Forjados Caxias: Show, obrigado Carla! 🙌
    """)),
])

# p07 Polish supplier status report: coil bought for the full unreleased quantity (HVAC)
case("p07_status_metalplast", ["RG006"], "supplier report: 30 samples released, 1 500 not released, yet galvanised sheet bought for the full 1 500 without material authority", [
    ("Raport_statusu_tydz21_Metalplast.pdf", pdf([
        ("h1", "RAPORT STATUSU / STATUS REPORT - week 21/2024"),
        ("p", "Metalplast Bielsko Sp. z o.o. for Aerotherm Iberia S.L. (Zaragoza). Order AI-24-0388, plenum box PB-600."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Sample plenum boxes PB-600", "30", "cutting done, welding week 22, shipment week 23"],
            ["Production plenum boxes PB-600", "1 500", "not yet released - waiting for your written release"],
            ["Drawing", "PB-600 rev E", "received 14.05.2024"],
        ]),
        ("sp",),
        ("p", "Purchasing: to protect the lead time, we have already purchased and received galvanised sheet DX51D Z275, 1,0 mm, for the full 1 500 boxes (18,2 t), from Huta Katowice stock. Steel prices are going up, so this was the safe choice for both of us."),
        ("p", "Quality: first sample box measured, all dimensions within ISO 2768-m. Leakage test per EN 1507 planned for week 22."),
        ("p", "Next report: week 22. Kontakt: Pawel Grabowski, kierownik projektu, +48 33 822 40 15."),
    ], title="Status report wk21", author="Metalplast Bielsko")),
])

# p08 Thai supplier reply: compound bought for the whole order (food-grade silicone, Australian buyer)
_p08_buyer = T("""
    Hi Pim,

    PO KK-8841 attached: 40 sample spatula heads, food-grade LSR, platinum cured, colour Pantone 7541 C.
    The 3,960 remaining of the 4,000 are not released - on hold until our LFGB migration test is signed off and I send a written release.

    Thanks,
    Liam Harris
    Purchasing Manager, Kookaburra Kitchenware Pty Ltd
""")
_p08 = T("""
    Dear Liam,

    Thank you for PO KK-8841, well received krub. The 40 sample heads will be moulded next Tuesday.

    FYI we have already ordered the LSR compound and the colour masterbatch for the full 4,000 heads, because compound lead time from the supplier is 6 weeks and we do not want to delay you later.

    Best regards,
    Pimchanok (Pim)
    Siam Silicone Products Co., Ltd. - Rayong
    +66 38 650 221

    On 27 May 2024, Liam Harris wrote:
""") + quote(_p08_buyer)
case("p08_reply_lsr_kookaburra", ["RG006"], "supplier orders LSR compound for the full 4,000 while only 40 samples are released and no material authority exists", [
    ("RE_PO_KK-8841.eml", eml(mail(
        "Pimchanok <pim@siamsilicone.co.th>", "Liam Harris <liam@kookaburrakitchen.com.au>",
        "RE: PO KK-8841 sample spatula heads", "Tue, 28 May 2024 09:14:00 +0700", _p08,
        in_reply_to="<h10-buyer-p08@kookaburrakitchen.com.au>"))),
])

# p09 Thai buyer, marketplace messages: supplier reads deposit as release and buys resin (cosmetics jars)
case("p09_trade_messages_siambeauty", ["RG006", "RG012"], "supplier treats deposit as the start signal and buys resin/caps for all 10,000 while only 100 samples are authorized", [
    ("trade_messages_PI-2291.txt", T("""
        Message Center - order conversation
        Buyer: Siam Beauty Lab Co., Ltd. (Bangkok)   Supplier: Ningbo Jiayi Packaging Co., Ltd.
        -----------------------------------------------------------------------------
        [2024-04-29 10:05] Ploy Chaiyaporn:
        Hi Cindy, placing sample order through Trade Assurance: 100 pcs acrylic jar
        30 g, rose gold cap, logo hot stamping. The 10,000 pcs production is NOT
        released. I will send a written release after sample sign-off by our QC team.
        - Ploy Chaiyaporn, Purchasing Manager

        [2024-04-29 14:40] Cindy Wu:
        Dear Ploy, well noted, thank you. Sample 100 pcs ready in 7 days.

        [2024-05-09 09:12] Ploy Chaiyaporn:
        Hi Cindy, finance paid the deposit on PI-2291 today so our price is locked
        before the July increase.

        [2024-05-09 11:28] Cindy Wu:
        Dear Ploy, we received your deposit on PI-2291 today, thank you so much!
        So we have already bought the acrylic resin and the caps for all 10,000 pcs
        and we start moulding tomorrow, so you get fast delivery 😊
        -----------------------------------------------------------------------------
    """)),
])

# p10 French supplier: validation of samples is enough to launch the series (optical lenses)
_p10_buyer = T("""
    Commande CA-24-1302 : 30 pilot lenses only (lentille ménisque LM-18).
    The 2,000 series lenses are not released; they stay on hold until our metrology sign-off and a written release signed by me.

    Hélène Roux - Acheteuse, Vision Alpes Optique SAS
""")
_p10 = T("""
    Bonjour Madame Roux,

    Les 30 lentilles pilotes partent demain par Chronopost, avec le rapport de contrôle (centrage, épaisseur au centre 2,10 mm).

    Bonne nouvelle pour le planning : our polishing line is reserved for week 24, so we will launch the 2,000 series lenses straight after your metrology sign-off, to win time. For us the validation of the pilot lenses is enough, no need for an additional document from your side.

    Cordialement,
    Julien Marchand
    Responsable commercial - Optiques de Précision du Jura
    +33 3 81 46 20 90

    Le 02/05/2024 à 11:10, Hélène Roux a écrit :
""") + quote(_p10_buyer)
case("p10_supplier_launch_series", ["RG007"], "supplier will launch the 2,000 series on metrology sign-off with 'no need for an additional document', against the quoted written-release requirement", [
    ("RE_CA-24-1302_pilotes.eml", eml(mail(
        "Julien Marchand <j.marchand@optiques-jura.fr>", "Hélène Roux <h.roux@visionalpes.fr>",
        "RE: Commande CA-24-1302 - lentilles pilotes", "Tue, 14 May 2024 15:36:00 +0200", _p10,
        in_reply_to="<h10-buyer-p10@visionalpes.fr>"))),
])

# p11 Israeli buyer contradicts her own written-release requirement (toys, EML + DOCX PO)
_p11_po = docx_bytes([
    ("h1", "PURCHASE ORDER KT-5608"),
    ("p", "Kiddo Toys Ltd, 9 HaMelacha St, Petah Tikva 4951409, Israel. Supplier: Shantou Soft Friends Toys Co., Ltd."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "PL-BEAR-25", "Plush bear 25 cm, embroidered eyes, EN 71-1/-2/-3", "48", "3.90"],
    ]),
    ("sp",),
    ("p", "Scope: forty-eight (48) sample bears only."),
    ("p", "The balance of 4,952 of the 5,000 quoted is not released. It stays on hold until the EN 71 lab report is signed off and Yael Ben-David, Purchasing Manager, sends a written production release."),
    ("p", "Material authority: sample-only."),
    ("p", "Yael Ben-David - Purchasing Manager - 26/05/2024"),
], author="Kiddo Toys")
_p11 = T("""
    Hi Kevin,

    Attached is PO KT-5608 for the sample bears.

    One more thing, because the season is close: if the lab is happy with the samples, just carry on with the rest - no need to wait for a release from me, I'm travelling most of June anyway.

    Thanks!
    Yael
""") + sig("Yael Ben-David", "Purchasing Manager", "Kiddo Toys Ltd, Petah Tikva", "+972 3 921 5540")
case("p11_po_kiddo_bears", ["RG007"], "PO requires Yael's written release, but her cover mail says carry on with the rest once the lab is happy: implied auto-conversion", [
    ("KT-5608_cover.eml", eml(mail(
        "Yael Ben-David <yael@kiddotoys.co.il>", "Kevin Lin <kevin@softfriends-toys.cn>",
        "PO KT-5608 - sample bears", "Sun, 26 May 2024 09:30:00 +0300", _p11,
        attachments=[("KT-5608.docx", _p11_po, DOCX_MT)]))),
])

# p12 Spanish DOCX meeting minutes: supplier will start on sample sign-off, no objection (signage totems)
case("p12_acta_reunion_totems", ["RG007"], "minutes record a written-release requirement, then the supplier's plan to start the 790 totems as soon as the sample sign-off arrives, unchallenged", [
    ("Acta_reunion_GSC-24-077.docx", docx_bytes([
        ("h1", "ACTA DE REUNIÓN / MEETING MINUTES"),
        ("p", "Proyecto: tótems informativos red de concesionarios. Fecha: 09/05/2024, Valladolid. Asistentes: Grupo Señalética Castilla - Álvaro Martín (Director de Compras), Inés Calvo (Ingeniería); Acrílicos Duero S.L. - Rubén Sastre (Gerente), Pilar Hoyos (Producción)."),
        ("h", "1. Pedido / order"),
        ("p", "PO GSC-24-077 covers 10 sample totems only. The balance of 790 totems is on hold until the sample sign-off and a written production release signed by Álvaro Martín."),
        ("h", "2. Planificación / planning (Acrílicos Duero)"),
        ("p", "Rubén Sastre explained that, as usual with this type of project, Acrílicos Duero will start the 790 totems as soon as the sample sign-off arrives, so that the August installation date can be kept. No objection was raised."),
        ("h", "3. Técnica"),
        ("table", [
            ["Tema", "Acuerdo", "Responsable"],
            ["Vinilo", "3M 3630 translucent, colour per brand book", "Inés Calvo"],
            ["Iluminación", "LED 24 V, 6500 K, IP65 driver", "Pilar Hoyos"],
            ["Anclaje", "Base plate 400 x 400, M12 chemical anchors", "Inés Calvo"],
        ]),
        ("h", "4. Próxima reunión"),
        ("p", "06/06/2024 - sample review at Acrílicos Duero, Palencia."),
        ("p", "Redactado por: Inés Calvo."),
    ], author="Grupo Señalética Castilla")),
])

# p14 Italian supplier: approval of the samples = approval of production (bicycle chainrings)
_p14_buyer = T("""
    Ordine VF-24-0610: 20 sample chainrings CR-50T (50 denti, BCD 110) only.
    The remaining 1.980 pcs are not released. They stay on hold until our engineering sign-off on the samples and a written production release from me.

    Marco Bellini - Acquisti, Velotech Friuli S.r.l.
""")
_p14 = T("""
    Buongiorno Marco,

    i 20 campioni CR-50T sono pronti, anodizzati neri, spediamo domani con BRT.

    As usual for us, approval of the samples is also the approval of production: once your engineering approves the 20 samples we start the rest of the series (1.980 pcs) the same week, so we keep the slot on the CNC.

    Cordiali saluti,
    Davide Ferraro
    Ufficio Commerciale - Meccanica Fine Lumezzane S.r.l.
    +39 030 871 2244

    Il 15/05/2024 09:02, Marco Bellini ha scritto:
""") + quote(_p14_buyer)
case("p14_reply_chainrings", ["RG007", "RG009"], "supplier: 'approval of the samples is also the approval of production', starting 1.980 on sample approval against the quoted written-release requirement", [
    ("RE_ordine_VF-24-0610.eml", eml(mail(
        "Davide Ferraro <d.ferraro@meccanicafine.it>", "Marco Bellini <m.bellini@velotechfriuli.it>",
        "R: Ordine VF-24-0610 campioni CR-50T", "Wed, 29 May 2024 17:20:00 +0200", _p14,
        in_reply_to="<h10-buyer-p14@velotechfriuli.it>"))),
])

# p15 Nigerian buyer, marketplace: supplier says production starts automatically after sample OK + deposit (glass bottles)
case("p15_trade_messages_obi", ["RG007", "RG012"], "supplier: after sample ok and 30% deposit, mass production starts automatically, while buyer reserved a written release", [
    ("trade_messages_obi_beverages.txt", T("""
        Trade Manager - conversation export
        Buyer: Obi Beverages Ltd (Onitsha, Nigeria)   Supplier: Xuzhou Crystal Glass Products Co., Ltd.
        ------------------------------------------------------------------------------
        2024-05-06 08:41  Emeka Obi (buyer):
          Good morning. Sample order: 120 pcs 750 ml flint bottles, bar top finish,
          as per your catalogue item XC-750B. Mass production 24,000 pcs is not
          released until our sample sign-off and my written release.
          Emeka Obi, Managing Director

        2024-05-06 10:15  Sophia Liu (supplier):
          Dear Emeka, thank you! Sample 120 pcs will ship next week by DHL.
          For the mass order: after you confirm the sample ok and pay the 30% deposit,
          mass production will start automatically, no need other document. This is
          our normal way, very fast 👍

        2024-05-07 07:30  Emeka Obi (buyer):
          Thank you Sophia. Kindly send the DHL tracking when ready.
        ------------------------------------------------------------------------------
    """)),
])

# p16 Polish buyer: forecast to be treated as firm order (HVAC elbows)
_p16_att = T("""
    TERMO-INSTAL GDANSK Sp. z o.o. - FORECAST H2 2024
    Supplier : Perfiles y Conductos Aragón S.L. (vendor 30118)
    Item     : EL-90-500x300  kolano / elbow 90 deg, galvanised 0,8 mm
    ---------------------------------------------------
    Month        Qty (pcs)
    2024-07          800
    2024-08          800
    2024-09        1.000
    2024-10        1.200
    2024-11        1.200
    2024-12        1.000
    ---------------------------------------------------
    H2 total       6.000
""")
_p16 = T("""
    Dear Carlos,

    Please find attached our forecast for H2 2024 for the rectangular duct elbows EL-90-500x300 (6.000 pcs in total, month by month in the file).

    Please treat this forecast as our firm order for H2 and book the press brake capacity accordingly. Call-offs with delivery dates will follow monthly from me.

    Pozdrawiam / best regards,
    Piotr Zieliński
    Kierownik Zakupów / Purchasing Manager
    Termo-Instal Gdańsk Sp. z o.o. - ul. Marynarki Polskiej 96, 80-557 Gdańsk
    +48 58 340 77 12
""")
case("p16_forecast_termoinstal", ["RG008"], "buyer asks supplier to treat the H2 forecast of 6.000 as a firm order", [
    ("Forecast_H2-2024_Termo-Instal.eml", eml(mail(
        "Piotr Zieliński <p.zielinski@termo-instal.pl>", "Carlos Gil <carlos.gil@perfilesaragon.es>",
        "Forecast H2 2024 - kolana EL-90", "Mon, 10 Jun 2024 08:20:00 +0200", _p16,
        attachments=[("forecast_H2_2024_EL-90.txt", _p16_att, "text/plain")]))),
])

# p17 Thai supplier order confirmation built from a forecast (glass bottles)
case("p17_so_confirmation_siam", ["RG008"], "supplier confirms 'your order of 240,000 bottles for 2025 as per your annual forecast'", [
    ("SO-67-0551_confirmation.pdf", pdf([
        ("h1", "SALES ORDER CONFIRMATION SO-67-0551"),
        ("p", "Siam Glassworks Co., Ltd., 88/12 Moo 4, Bang Pu Industrial Estate, Samut Prakan 10280."),
        ("p", "Customer: Phuket Spirits Co., Ltd., 55 Chao Fa Rd, Phuket 83000. Attn: Khun Arthit Boonmee, Purchasing."),
        ("p", "With thanks we confirm your order of 240,000 amber bottles 700 ml (spirit, bar top) for the year 2025, as per your annual forecast FC-2025 dated 02/05/2024."),
        ("table", [
            ["Campaign", "Quantity", "Production month", "Delivery"],
            ["1", "60,000", "January 2025", "February 2025"],
            ["2", "60,000", "April 2025", "May 2025"],
            ["3", "60,000", "July 2025", "August 2025"],
            ["4", "60,000", "October 2025", "November 2025"],
        ]),
        ("p", "Unit price THB 6.20, DAP Phuket, pallets returnable. Price fixed for 2025 subject to soda ash surcharge clause."),
        ("p", "Ms. Kanokporn Rattanakul, Sales Manager, 20 May 2024."),
    ], title="SO-67-0551", author="Siam Glassworks")),
])

# p18 Australian thread: forecast 'as good as an order', supplier buys extrusions for all 150 (signage)
_p18_buyer = T("""
    Hi Dan,

    PO HS-2291 covers 20 pylon sign frames, released now for the Stage 1 stores. The remaining 130 frames for the roll-out are not released - they're on hold until Stage 1 site sign-off and my written release.

    Our forecast for those 130 Stage 2 frames is as good as a firm order though, so plan on it.

    Cheers,
    Jess Walker
    Procurement Manager, Harbour Signs Pty Ltd, Sydney
""")
_p18 = T("""
    Thanks Jess,

    All good on the 20 frames, cutting starts Monday.

    On the back of your note we've ordered the 6063-T5 extrusions and the 3 mm ACM panels for all 150 frames, so we're not caught short when Stage 2 lands.

    Regards,
    Dan Kowalczyk
    Operations Manager - AluProfile Fabrication (Dandenong VIC)
    (03) 9794 5520

    On Tue, 4 Jun 2024 at 09:02, Jess Walker <jess.walker@harboursigns.com.au> wrote:
""") + quote(_p18_buyer)
case("p18_reply_extrusions", ["RG006", "RG008"], "buyer calls the 130-frame forecast 'as good as a firm order'; supplier buys extrusions and panels for all 150 with only 20 released", [
    ("RE_PO_HS-2291.eml", eml(mail(
        "Dan Kowalczyk <dan@aluprofile.com.au>", "Jess Walker <jess.walker@harboursigns.com.au>",
        "RE: PO HS-2291 pylon frames", "Wed, 05 Jun 2024 11:47:00 +1000", _p18,
        in_reply_to="<h10-buyer-p18@harboursigns.com.au>"))),
])

# p19 Spanish EML: "released" for the PO in SAP and for production (lighting)
_p19 = T("""
    Hola Marco,

    Update on order ITA-24-0456 (downlight DL-150, 18 W, 3000 K):

    The PO was released in SAP yesterday (release strategy level 2, finance), so the commercial side is done and you will receive the PDF automatically.

    The 15 sample downlights are the only quantity you may produce now. The production release for the other 1.485 pcs will come separately, in writing from me, after our photometric sign-off (goniophotometer report + UGR < 19). Until then that balance stays on hold.

    Gracias y un saludo,
    Pilar
""") + sig("Pilar Sanz", "Responsable de Compras", "Iluminación Técnica Aragón S.A., Zaragoza", "+34 976 47 12 30")
case("p19_sap_release_downlights", ["RG009"], "'released in SAP' (commercial) and 'production release' in one mail: one word for two acts; scope otherwise complete", [
    ("ITA-24-0456_update.eml", eml(mail(
        "Pilar Sanz <p.sanz@ita-iluminacion.es>", "Marco Conti <marco.conti@luceprogetti.it>",
        "ITA-24-0456 downlights - PO status", "Thu, 16 May 2024 09:50:00 +0200", _p19,
        html=as_html(_p19)))),
])

# p20 Nigerian EML: 'approval' for technical, commercial and production (solar battery packs)
_p20 = T("""
    Dear Mr. Lin,

    Please see the approval status for order SS-2024-118 (LiFePO4 battery packs 12.8 V 100 Ah):

    - Technical approval: DONE - the 8 pilot packs passed our capacity and thermal tests.
    - Commercial approval: DONE - price and payment terms for the 400 packs agreed by our finance team.
    - Production approval: PENDING - the remaining 392 packs are not released; they stay on hold until I sign the production release (target 20 June).

    So only the 8 pilot packs are authorised at this time.

    Kind regards,
    Chioma Eze
    Supply Chain Manager, Sahara Solar Ltd
    14 Ahmadu Bello Way, Kaduna
    +234 803 555 0192
""")
case("p20_approval_status_sahara", ["RG009"], "'approval' used for technical, commercial and production approval in one status mail; scope otherwise complete", [
    ("SS-2024-118_approval_status.eml", eml(mail(
        "Chioma Eze <chioma.eze@saharasolar.ng>", "Lin Hao <linhao@greencell-pack.com>",
        "SS-2024-118 approval status", "Tue, 04 Jun 2024 13:05:00 +0100", _p20))),
])

# p21 Brazilian multi-file: scoped DOCX PO + WhatsApp "tudo aprovado" (cosmetics sprayers)
case("p21_pc_jardim_sprayers", ["RG002", "RG009"], "PO fully scoped; chat: samples approved, price approved, 'so it's approved on our side': mixed meanings and an unscoped approval", [
    ("PC-4471_JardimTropical.docx", docx_bytes([
        ("h1", "PEDIDO DE COMPRA PC-4471"),
        ("p", "Jardim Tropical Cosméticos Ltda - Rod. Anhanguera km 104, Sumaré/SP. Fornecedor: Bombas & Válvulas Paulista Ltda."),
        ("table", [
            ["Item", "Código", "Descrição", "Qtd", "Preço"],
            ["1", "MS-24/410-W", "Válvula spray mist 24/410, branca, tubo 200 mm", "60", "R$ 0,95"],
        ]),
        ("sp",),
        ("p", "Escopo: sessenta (60) sample mist sprayers only."),
        ("p", "The balance of 11.940 of the 12.000 quoted is not released. It stays on hold until our compatibility test sign-off (30 days, álcool 70%) and a written release by Renata Alves, Coordenadora de Compras."),
        ("p", "Renata Alves - Coordenadora de Compras - 10/04/2024"),
    ], author="Jardim Tropical")),
    ("whatsapp_bombas_paulista.txt", T("""
        WhatsApp Chat with Thiago Bombas Paulista
        [13/05/24 11:02] Thiago Bombas Paulista: Oi Renata, tudo bem? Alguma novidade das amostras MS-24/410? 🙏
        [13/05/24 14:37] Renata Alves: Oi Thiago! Tudo aprovado!! 🎉
        [13/05/24 14:38] Renata Alves: samples approved by the lab, price approved by the diretoria, so it's approved on our side
        [13/05/24 14:40] Thiago Bombas Paulista: Que ótimo!! Obrigado Renata 👏
    """)),
])

# p23 Thai LINE chat: approved, go ahead with the run, no quantity anywhere (marine castings)
case("p23_line_chat_bollards", ["RG002", "RG010"], "buyer: 'OK approved, go ahead with the run' after sample photos; no quantity anywhere", [
    ("LINE_chat_chonburi_castings.txt", T("""
        [LINE] Chat history with Krit - Chonburi Marine Castings
        Saved on: 2024/06/11 18:02

        2024/06/10(Mon)
        09:14	Krit CMC	Sawasdee krub Khun Anan
        09:15	Krit CMC	Sample bollards BL-150 finished, polished, photos below krub
        09:15	Krit CMC	[Photo]
        09:15	Krit CMC	[Photo]
        09:16	Krit CMC	Height 150 mm OK, base holes 4 x M12 OK. When can we start the run?
        13:40	Anan Andaman Yacht	Photos look good krub 👍
        13:41	Anan Andaman Yacht	OK approved, go ahead with the run
        13:41	Anan Andaman Yacht	Need them before high season please
        13:45	Krit CMC	Khob khun krub! We start tomorrow
    """)),
])

# p24 Italian multi-file: PO says 200 sample tubes, cover mail says 250 (cosmetics tubes)
_p24 = T("""
    Buongiorno Stefano,

    come anticipato al telefono, la PO 24-0712 (separate PDF) is for the 250 sample tubes (duecentocinquanta), aluminium 30 ml, inner lacquer, white base coat + 2 colours.

    The rest remains on hold as written in the PO.

    Grazie, buona giornata
    Chiara
""") + sig("Chiara Galli", "Responsabile Acquisti", "Profumi del Garda S.r.l., Salò (BS)", "+39 0365 52 18 40")
case("p24_oda_tubetti", ["RG011"], "PO says 200 sample tubes, cover mail for the same PO says 250", [
    ("ODA_24-0712.pdf", pdf([
        ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER 24-0712"),
        ("p", "Profumi del Garda S.r.l., Via Tavine 12, 25087 Salò (BS). Fornitore: Tubettificio Lombardo S.p.A., Bergamo."),
        ("table", [
            ["Pos.", "Codice", "Descrizione", "Q.tà", "Prezzo"],
            ["10", "TA-30-AL", "Tubetto alluminio 30 ml, Ø 22 mm, laccatura interna, 2 colori", "200", "0,48 EUR"],
        ]),
        ("p", "Campionatura / sample lot: 200 tubes."),
        ("p", "The balance of the 30.000 tubes quoted (offerta TL-24-098) is not released. It stays on hold until the sample sign-off (compatibility with our hand cream, 8 weeks) and a written production release signed by Chiara Galli, Responsabile Acquisti."),
        ("p", "Chiara Galli - 21/05/2024"),
    ], title="ODA 24-0712", author="Profumi del Garda")),
    ("Mail_PO_24-0712.eml", eml(mail(
        "Chiara Galli <c.galli@profumidelgarda.it>", "Stefano Ricci <s.ricci@tubettificiolombardo.it>",
        "PO 24-0712 campionatura tubetti", "Tue, 21 May 2024 15:10:00 +0200", _p24))),
])

# p25 French PDF PO: header 40 pcs, line 45 pcs (optical lenses)
case("p25_bon_de_commande_osi", ["RG011"], "same PO: header says 40 pcs pilot lot, the line says 45", [
    ("BC-24-0419_OSI.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER BC-24-0419"),
        ("p", "Optique Savoie Industries SAS - 120 rue des Bouvières, 74370 Argonay. SIRET 441 227 903 00028."),
        ("p", "Fournisseur : Photonika Lodz Sp. z o.o. - Date : 24/05/2024 - Quantité commandée / qty ordered : 40 pcs (pilot lot)."),
        ("table", [
            ["Ligne", "Référence", "Désignation", "Qté", "PU EUR"],
            ["1", "LENS-PCX-12", "Lentille plan-convexe Ø12 f=25, N-BK7, AR 400-700 nm", "45", "14,20"],
            ["2", "CERT-MET", "Rapport de métrologie (interféromètre)", "1", "120,00"],
        ]),
        ("sp",),
        ("p", "Pilot lot only. The series quantity of 2,000 lenses is not released; it stays on hold until our metrology sign-off and a written release signed by Mme Aurélie Blanc, Responsable Achats."),
        ("p", "Livraison : DAP Argonay, semaine 25. Paiement : 45 jours fin de mois."),
        ("p", "Aurélie Blanc - Responsable Achats"),
    ], title="BC-24-0419", author="Optique Savoie Industries")),
])

# p26 Israeli multi-file: release letter 2,000 vs call-off 1,800 (toys)
case("p26_release_PR-0031_gal", ["RG011"], "release letter releases 2,000 sets; call-off for the same order releases 1,800", [
    ("Release_PR-0031.pdf", pdf([
        ("h1", "PRODUCTION RELEASE PR-0031"),
        ("p", "Gal Toys Ltd, 31 Ha'Taasiya St, Ra'anana. Order GT-5490 - building blocks set BB-120 (120 pcs per set, EN 71-1/-3)."),
        ("p", "Released now: 2,000 sets (two thousand), following lot acceptance of the sample lot."),
        ("p", "The balance of 6,000 sets of the 8,000 ordered is not released. It stays on hold until the next release, issued after lot acceptance of this lot and signed by Dana Shapiro, Procurement Manager."),
        ("p", "Dana Shapiro - Procurement Manager - 02/06/2024"),
    ], title="PR-0031", author="Gal Toys")),
    ("CallOff_GT-5490-01.txt", T("""
        GAL TOYS LTD - CALL-OFF                       GT-5490-01
        Date: 02/06/2024          Supplier: Ningbo BrickPlay Toys Co., Ltd.
        Order: GT-5490            Item: BB-120 building blocks set
        --------------------------------------------------------------
        Call-off 01 quantity      :  1,800 sets
        Delivery                  :  week 30, FOB Ningbo
        Remaining on order        :  6,200 sets - ON HOLD
        --------------------------------------------------------------
        Remaining sets are released only by the next call-off, signed by
        Dana Shapiro, Procurement Manager, after lot acceptance of call-off 01.
    """)),
])

# p28 Spanish multi-file: Odoo PO 300 sample bottles vs mail 350 (glass bottles)
_p28 = T("""
    Hola Andrés,

    Te confirmo el pedido de muestras P00913: trescientas cincuenta (350) botellas bordelesa 75 cl, vidrio extra-flint, para la prueba de embotellado en la línea 2.

    El resto sigue en espera / the rest stays on hold, as in the PO notes.

    Un abrazo,
    Laura
""") + sig("Laura Prieto", "Responsable de Compras", "Bodegas Ribera Alta S.L., Aranda de Duero", "+34 947 50 66 21")
case("p28_odoo_P00913_ribera", ["RG011"], "Odoo PO says 300,00 sample bottles; buyer's mail for the same PO says 350", [
    ("P00913_RiberaAlta.txt", T("""
        Bodegas Ribera Alta S.L.                                  Pedido de compra P00913
        Ctra. Burgos-Madrid km 162, 09400 Aranda de Duero         CIF B-09554321
        ------------------------------------------------------------------------------------
        Proveedor: Vidriera del Ebro S.A.                Fecha del pedido: 29/05/2024
        Referencia del proveedor: PV-24-0877             Comprador: Laura Prieto
        ------------------------------------------------------------------------------------
        Descripción                                 Fecha prevista  Cant.          Precio unit.
        [BOR-75-XF] Botella bordelesa 75 cl         12/06/2024      300,00 Unid.   0,52 €
        extra-flint, boca corcho 18,5 mm
        ------------------------------------------------------------------------------------
                                                              Base imponible      156,00 €
                                                              IVA 21%              32,76 €
                                                              Total               188,76 €
        Notas:
        PEDIDO DE MUESTRAS. The 60.000 bottles of offer PV-24-0877 are not released by
        this order; they stay on hold until the bottling trial sign-off and a written
        production release signed by Laura Prieto, Responsable de Compras.
    """)),
    ("Confirmacion_P00913.eml", eml(mail(
        "Laura Prieto <compras@riberaalta.es>", "Andrés Lozano <a.lozano@vidrieradelebro.es>",
        "P00913 muestras botella bordelesa", "Wed, 29 May 2024 18:03:00 +0200", _p28))),
])

# p29 Australian EML + PDF acknowledgement: ack says 600 released and tube bought for 600 (bicycle handlebars)
_p29_buyer = T("""
    Release REL-07, order ST-2024-031 (alloy handlebar HB-780, 31.8 mm):
    500 handlebars released now. The remaining 1,500 of the 2,000 are on hold until the next release, after lot acceptance of REL-07, signed by me.

    Hamish McLeod
    Supply Manager, Southern Trails Bikes Pty Ltd
""")
_p29_ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-1187"),
    ("p", "Componentes Bici Euskadi S.L., Pol. Ind. Arriaga, 20870 Elgoibar (Gipuzkoa)."),
    ("p", "Customer: Southern Trails Bikes Pty Ltd, Brisbane. Your order ST-2024-031, release REL-07."),
    ("table", [
        ["Item", "Description", "Released quantity", "Delivery"],
        ["HB-780", "Alloy handlebar 780 mm, 31.8 mm clamp, 6061-T6", "600", "week 29, FOB Bilbao"],
    ]),
    ("p", "Material: we have ordered aluminium 6061-T6 tube (Ø31.8 x 2.0 mm) for 600 handlebars, delivery to our plant week 25."),
    ("p", "Iñaki Etxeberria - Export Sales - 12/06/2024"),
], title="OA-24-1187", author="Componentes Bici Euskadi")
_p29 = T("""
    Kaixo Hamish,

    Thank you for release REL-07. Please find our order acknowledgement OA-24-1187 attached.

    Best regards / Saludos,
    Iñaki Etxeberria
    Componentes Bici Euskadi S.L.

    On 11/06/2024 08:15, Hamish McLeod wrote:
""") + quote(_p29_buyer)
case("p29_ack_handlebars", ["RG006", "RG011"], "buyer released 500; supplier acknowledgement states 600 released and tube bought for 600", [
    ("OA-24-1187_ack.eml", eml(mail(
        "Iñaki Etxeberria <export@cbeuskadi.es>", "Hamish McLeod <hamish@southerntrails.com.au>",
        "RE: Release REL-07 order ST-2024-031", "Wed, 12 Jun 2024 10:40:00 +0200", _p29,
        in_reply_to="<h10-buyer-p29@southerntrails.com.au>",
        attachments=[("OA-24-1187.pdf", _p29_ack, PDF_MT)]))),
])

# p30 Thai DOCX deviation form: 1,000 vs REL-3's 800 in one document (LED driver housings)
case("p30_deviation_bkk_lighting", ["RG011"], "one form: REL-3 quantity 800, but the deviation 'covers the released lot of 1,000 pcs'", [
    ("DV-67-044_deviation.docx", docx_bytes([
        ("h1", "QUALITY DEVIATION FORM DV-67-044"),
        ("p", "Bangkok Lighting Fixtures Co., Ltd. - Supplier Quality. Date 07/06/2024."),
        ("table", [
            ["Field", "Detail"],
            ["Supplier", "Rayong Die Casting Co., Ltd."],
            ["Part", "LED driver housing DH-60, ADC12, powder coat RAL 9006"],
            ["Order / release", "PO BLF-2024-118, release REL-3"],
            ["Quantity released under REL-3", "800 pcs"],
            ["Deviation", "Powder coat thickness 55-60 µm instead of 60-80 µm"],
            ["Decision", "Use as is (indoor luminaires only)"],
        ]),
        ("sp",),
        ("p", "This deviation covers the released lot of 1,000 pcs under REL-3."),
        ("p", "Balance of the order (1,200 pcs) remains on hold until REL-4, which Khun Siriporn Thongchai, Purchasing Manager, will sign after lot acceptance of REL-3."),
        ("p", "Signed: Khun Nattapong (SQE) - Khun Siriporn Thongchai (Purchasing Manager)"),
    ], author="Bangkok Lighting Fixtures")),
])

# p31 Spanish EML thread: deposit wired, so start production (toys)
_p31_buyer = T("""
    PO XT-24-0318: 36 sample dolls only (muñeca 35 cm, vinyl, EN 71-1/-2/-3).
    The balance of 3,564 of the 3,600 quoted is not released - on hold until the EN 71 report from AIJU is signed off and I send a written production release.

    Nuria Pastor - Compras, Xixona Toys S.L.
""")
_p31 = T("""
    Hi Kelvin,

    Good news: we've just wired the 30 % deposit for the full order (USD 7,980, swift copy attached in the next mail), so you can get the production started now - we'd really like the goods in Xixona before October for the Christmas catalogue.

    Saludos,
    Nuria
""") + sig("Nuria Pastor", "Compras", "Xixona Toys S.L.", "+34 965 61 08 90") + \
    "\nOn 14/05/2024 10:12, Nuria Pastor wrote:\n" + quote(_p31_buyer)
case("p31_deposit_start_xixona", ["RG012"], "buyer: deposit wired for the full order, 'so you can get the production started now', against her own written-release requirement", [
    ("Deposit_XT-24-0318.eml", eml(mail(
        "Nuria Pastor <nuria@xixonatoys.es>", "Kelvin Ho <kelvin@dollcraft-sz.com>",
        "XT-24-0318 deposit paid", "Fri, 07 Jun 2024 12:30:00 +0200", _p31,
        in_reply_to="<h10-buyer-p31@xixonatoys.es>"))),
])

# p32 Polish supplier: signed PO acceptance = authorisation to manufacture (marine, Israeli buyer)
_p32_buyer = T("""
    PO HMS-2207: 12 sample bronze through-hull fittings TH-38 (1 1/2" BSP).
    The 1,188 remaining are not released; they stay on hold until our pressure-test sign-off and my written release.

    Avi Katz
    Purchasing, Haifa Marine Supply Ltd.
""")
_p32 = T("""
    Dzień dobry Mr. Katz,

    thank you, we received your PO HMS-2207 and returned the signed order acceptance today (scan attached to the portal).

    In line with our general terms of sale (§4.2), the signed acceptance is our authorisation to manufacture, so the job is now scheduled in our foundry for week 26.

    Z poważaniem / Best regards,
    Katarzyna Wójcik
    Customer Service - Metal-Mar Gdynia Sp. z o.o.
    +48 58 627 31 40

    W dniu 03.06.2024 o 09:55, Avi Katz pisze:
""") + quote(_p32_buyer)
case("p32_acceptance_metalmar", ["RG012"], "supplier: signed PO acceptance is 'our authorisation to manufacture', job scheduled, while the quoted PO releases only 12 samples", [
    ("RE_PO_HMS-2207.eml", eml(mail(
        "Katarzyna Wójcik <k.wojcik@metal-mar.pl>", "Avi Katz <avi@haifamarine.co.il>",
        "RE: PO HMS-2207 through-hull fittings", "Tue, 04 Jun 2024 14:18:00 +0200", _p32,
        in_reply_to="<h10-buyer-p32@haifamarine.co.il>"))),
])

# p33 Brazilian WhatsApp: Pix deposit paid, so the factory can start (bicycle saddles)
case("p33_whatsapp_pix_saddles", ["RG012"], "buyer scoped 30 samples, later: 'deposit paid via Pix, so the factory can start now'", [
    ("whatsapp_injetora_abc.txt", T("""
        WhatsApp Chat with Rodrigo Injetora ABC
        [20/05/24 10:12] Juliana Prado: Rodrigo, confirmando: 30 amostras of saddle base SB-270 only
        [20/05/24 10:13] Juliana Prado: The 3.000 are NOT released – on hold until our test sign-off (impact + 48 h UV) and my written release. Juliana Prado, Compras, Rota Bike Componentes
        [20/05/24 10:20] Rodrigo Injetora ABC: Beleza Juliana, 30 amostras 👍
        [03/06/24 15:02] Rodrigo Injetora ABC: Juliana, boleto do sinal (30%) enviado por email
        [05/06/24 09:41] Juliana Prado: Pix do sinal de 30% feito agora ✅
        [05/06/24 09:42] Juliana Prado: deposit paid, so the factory can start now 🙏 precisamos para o catálogo de novembro
        [05/06/24 09:50] Rodrigo Injetora ABC: Recebido! Obrigado 🙌
    """)),
])

# p35 Thai Odoo printout: bare sample order (marine shackles)
case("p35_odoo_P00231_pattaya", ["RG003", "RG004", "RG005"], "sample order of 10 shackles with no hold on the rest, no unlock event, no release person; WLL 1,000 kg is a rating", [
    ("P00231_PattayaMarina.txt", T("""
        Pattaya Marina Supplies Co., Ltd.                        Purchase Order P00231
        88/9 Moo 5, Sukhumvit Rd., Na Kluea, Bang Lamung, Chonburi 20150
        Tax ID 0205558012776
        ---------------------------------------------------------------------------------
        Vendor: Chonburi Marine Castings Co., Ltd.        Order Date: 03/06/2024
        Vendor Reference: QT-2024-0088                    Purchase Representative: Anan S.
        ---------------------------------------------------------------------------------
        Description                                Date Req.    Qty         Unit Price   Amount
        [PMS-SH-10] Bow shackle 10 mm, AISI 316,   17/06/2024   10.00 Units   185.00    1,850.00
        WLL 1,000 kg, screw pin - Sample
        [DLV] Delivery Chonburi-Pattaya            17/06/2024    1.00 Units   300.00      300.00
        ---------------------------------------------------------------------------------
                                                         Untaxed Amount        2,150.00 THB
                                                         VAT 7%                  150.50 THB
                                                         Total                 2,300.50 THB
        Terms and Conditions:
        Sample order for testing ka (proof load test at our yard). Please send mill
        certificate 3.1 with the samples. Thank you.
    """)),
])

# p36 Italian PDF PO with production pricing row, nothing on hold (glass bottles)
case("p36_ordine_valpadana", ["RG001", "RG003", "RG004", "RG005"], "PO for 200 sample bottles that repeats the offer table with 50.000 pcs; no hold, no unlock event, no release person", [
    ("Ordine_DV-24-155_Valpadana.pdf", pdf([
        ("h1", "ORDINE DI ACQUISTO N. DV-24-155"),
        ("p", "Distilleria Valpadana S.r.l. - Strada Provinciale 10 n. 44, 46100 Mantova. P.IVA 01984560207."),
        ("p", "Fornitore: Vetreria Ligure S.p.A., Savona. Data: 22/05/2024. Rif. offerta: 24/118."),
        ("table", [
            ["Pos.", "Articolo", "Descrizione", "Quantità", "Prezzo"],
            ["1", "BT-GRAPPA-50", "Bottiglia grappa 50 cl, vetro extra bianco, tappo a fungo - campionatura", "200", "1,10 EUR"],
        ]),
        ("h", "Condizioni economiche da offerta 24/118"),
        ("table", [
            ["Articolo", "Quantità", "Prezzo unitario", "Stampo"],
            ["BT-GRAPPA-50", "200", "1,10 EUR", "esistente"],
            ["BT-GRAPPA-50", "50.000", "0,38 EUR", "esistente"],
        ]),
        ("sp",),
        ("p", "Consegna campioni: entro il 14/06/2024, franco nostro stabilimento. Imballo: cartoni da 12."),
        ("p", "Pagamento: 60 gg d.f.f.m. Condizioni generali di acquisto Valpadana rev. 2023."),
        ("p", "Ufficio Acquisti - Distilleria Valpadana S.r.l."),
    ], title="DV-24-155", author="Distilleria Valpadana")),
])

# p40 French EML multipart: launch the sample lot, no quantity (lighting)
_p40 = T("""
    Bonjour Sandro,

    Merci pour l'offre et pour la visite de mardi.

    Lancez les échantillons du projecteur FL-80 (please launch the sample lot of the FL-80 floodlight, per drawing FL-80 ind. B, 80 W, 4000 K, optic 60°).

    La production reste bloquée / production stays on hold: nothing beyond the samples is released until our photometric sign-off and my written production release.

    Cordialement,
    Nicolas Perrin
    Acheteur - Éclairage Urbain Lyonnais SAS
    18 rue Marius Berliet, 69008 Lyon - +33 4 78 76 20 15
""")
case("p40_lancement_echantillons", ["RG010"], "sample lot launched with hold, unlock event and named buyer, but the sample quantity is never stated", [
    ("FL-80_lancement_echantillons.eml", eml(mail(
        "Nicolas Perrin <n.perrin@eul-eclairage.fr>", "Sandro Moretti <sandro@lucetecnica.it>",
        "FL-80 - lancement échantillons", "Thu, 23 May 2024 11:25:00 +0200", _p40,
        html=as_html(_p40)))),
])

# p41 Italian supplier acknowledgement (DOCX): bar cut for the whole 2.000 (marine hardware, Nigerian buyer)
case("p41_conferma_nautica_inox", ["RG006"], "supplier ack restates 20 samples and the hold, but has already cut 316L bar for the whole 2.000", [
    ("Conferma_ordine_24-388.docx", docx_bytes([
        ("h1", "CONFERMA D'ORDINE / ORDER ACKNOWLEDGEMENT n. 24/388"),
        ("p", "Nautica Inox Liguria S.r.l., Via Merano 33, 16154 Genova. To: Lagos Lagoon Marine Ltd, Victoria Island, Lagos - Mr. Tunde Bakare."),
        ("table", [
            ["Pos.", "Articolo", "Descrizione", "Q.tà", "Stato"],
            ["1", "SB-40-316L", "Base candeliere / stanchion base Ø 40 mm, AISI 316L, lucidata", "20", "in produzione (campioni)"],
            ["2", "SB-40-316L", "Balance of your enquiry", "1.980", "non rilasciato / not released"],
        ]),
        ("sp",),
        ("p", "Your PO LLM-0091: we confirm that only the 20 samples are in production. The remaining 1.980 pcs are not released and wait for your written release (Mr. Tunde Bakare) after your sample sign-off."),
        ("p", "Nota: to keep the delivery date of the series, we have already cut AISI 316L bar Ø 40 mm for the whole 2.000 pcs (approx. 1.150 kg). The cut blanks are stored in our warehouse."),
        ("p", "Consegna campioni: settimana 25, DAP Lagos via Genova - Lagos consolidation."),
        ("p", "Cordiali saluti - Elena Parodi, Ufficio Vendite Estero"),
    ], author="Nautica Inox Liguria")),
])

# p43 Spanish supplier: aluminium for all 3.000 and production the day after sample OK (bicycle stems, French buyer)
_p43_buyer = T("""
    PO VA-2024-219 : 20 sample stems only (potence ST-60, 60 mm, 31.8).
    The 2.980 remaining are not released; they stay on hold until our fatigue test sign-off (EN ISO 4210-5) and my written release.

    Pierre Lefèvre - Acheteur, Vélo Alpin SAS, Grenoble
""")
_p43 = T("""
    Hola / Bonjour Pierre,

    Good news: the 20 sample stems are in anodising, they ship Thursday.

    We have already bought the 7075 aluminium for all 3.000 stems, so once you give us the OK on the samples we start production the very next day - no time lost for your season.

    Un saludo,
    Jon Aranburu
    Talleres Mecánicos Aralar S.L. - Lazkao (Gipuzkoa)
    +34 943 88 14 02

    Le 16/05/2024 à 14:20, Pierre Lefèvre a écrit :
""") + quote(_p43_buyer)
case("p43_reply_aralar_stems", ["RG006", "RG007"], "supplier bought 7075 for all 3.000 and will start production the day after the sample OK, against the quoted written-release hold", [
    ("RE_PO_VA-2024-219.eml", eml(mail(
        "Jon Aranburu <jon@talleresaralar.es>", "Pierre Lefèvre <p.lefevre@veloalpin.fr>",
        "RE: PO VA-2024-219 potences échantillons", "Mon, 27 May 2024 16:05:00 +0200", _p43,
        in_reply_to="<h10-buyer-p43@veloalpin.fr>"))),
])

# p44 Thai EML: call-off PDF scoped, reply 'looks great, proceed!' (cosmetics airless bottles)
_p44_co = pdf([
    ("h1", "CALL-OFF CO-03"),
    ("p", "Chiang Rai Herbal Cosmetics Co., Ltd. - 77 Moo 3, Phahonyothin Rd., Chiang Rai 57000."),
    ("p", "Supplier: Pack Asia Plastics Co., Ltd. Frame order CRH-2024-07, airless bottle AB-50 (50 ml, PP, white)."),
    ("table", [
        ["", "Quantity"],
        ["Frame order", "6,000 pcs"],
        ["Released by CO-03", "1,500 pcs"],
        ["Balance on hold", "4,500 pcs"],
    ]),
    ("p", "The balance of 4,500 pcs is not released. It is released only by call-off CO-04, which Pimchanok Srisuk, Purchasing Manager, will issue after lot acceptance of CO-03."),
    ("p", "Pimchanok Srisuk - 29/05/2024"),
], title="CO-03", author="Chiang Rai Herbal Cosmetics")
_p44_sup = T("""
    Dear Khun Pim,

    First-off samples from CO-03 attached (photos + measurement sheet). All dimensions in spec, pump dosage 0.20 ml.

    Please let us know.

    Best regards,
    Alan Tan
    Pack Asia Plastics Co., Ltd.
""")
_p44 = T("""
    Dear Alan,

    Looks great, proceed! Thank you ka.

    Pim
""") + sig("Pimchanok Srisuk", "Purchasing Manager", "Chiang Rai Herbal Cosmetics Co., Ltd.", "+66 53 711 402") + \
    "\nOn Mon, 3 Jun 2024 at 16:20, Alan Tan <alan.tan@packasia.co.th> wrote:\n" + quote(_p44_sup)
case("p44_reply_proceed_airless", ["RG002"], "call-off fully scoped (1,500 released, 4,500 on hold, CO-04 by Pimchanok); reply 'Looks great, proceed!' names no quantity", [
    ("RE_first-off_CO-03.eml", eml(mail(
        "Pimchanok Srisuk <pim@crherbal.co.th>", "Alan Tan <alan.tan@packasia.co.th>",
        "RE: First-off samples CO-03", "Tue, 04 Jun 2024 09:05:00 +0700", _p44,
        in_reply_to="<h10-sup-p44@packasia.co.th>",
        attachments=[("CO-03_CRH-2024-07.pdf", _p44_co, PDF_MT)]))),
])

# p45 Polish portal page: green light, quantity field empty (glass bottles for a brewery)
case("p45_portal_browar", ["RG002", "RG010"], "portal: sample lot with empty quantity field, hold + unlock + Piotr Wiśniewski stated; message 'Green light from our side'", [
    ("portal_ZAM-2024-331.html", html_page("Portal dostawcy - ZAM-2024-331", f"""
<div style="background:#7a1f1f;color:#fff;padding:6px">Browar Mazurski S.A. &middot; Portal dostawcy / Supplier portal &middot; Huta Szkła Krosno-Wschód (D-0177)</div>
<h2>Zamówienie / Order ZAM-2024-331</h2>
{html_table([
    ["Pozycja", "Indeks", "Opis / description", "Zakres / scope", "Ilość / qty", "Status"],
    ["1", "BUT-05-NRW", "Butelka 0,5 L NRW, szkło brązowe, korona 26 mm", "Sample lot", "—", "Released"],
    ["2", "BUT-05-NRW", "Butelka 0,5 L NRW - production", "Production", "per forecast", "NOT released - on hold"],
])}
<div class="note">Production is not released. It stays on hold until the sample sign-off (line trial at 36,000 bottles/h filler speed, pasteuriser test) and a written production release signed by Piotr Wiśniewski, Dyrektor Zakupów.</div>
<h3>Wiadomości / messages</h3>
<table>
<tr><th>Data</th><th>Od / from</th><th>Treść / message</th></tr>
<tr><td>2024-06-03 11:20</td><td>Huta Szkła Krosno-Wschód</td><td>Mould for sample lot ready. Please confirm.</td></tr>
<tr><td>2024-06-03 15:02</td><td>Piotr Wiśniewski (Browar Mazurski)</td><td>Green light from our side 👍</td></tr>
</table>
""", lang="pl")),
])

# p46 French EML: 'release' for technical, commercial and production (cosmetics pumps)
_p46 = T("""
    Bonjour Marco,

    Bonne nouvelle : your 50 sample pumps are validated by our lab, so the technical release is done on our side.

    The PO release in our ERP (commercial release, budget) is also done this morning.

    The production release of the 9.950 remaining pumps is still pending: that balance stays on hold until I sign the production release after the 3-month stability test.

    Only the 50 samples are authorised today.

    Cordialement,
    Élodie Garnier
    Acheteuse packaging - Cosmétiques de Grasse SAS
    +33 4 93 40 18 62
""")
case("p46_release_terms_grasse", ["RG009"], "'release' used for technical, commercial (PO in ERP) and production release; scope otherwise complete", [
    ("Pompes_50_echantillons.eml", eml(mail(
        "Élodie Garnier <e.garnier@cosmetiques-grasse.fr>", "Marco Villa <m.villa@pompeitalia.it>",
        "Pompes PM-20 - statut", "Fri, 31 May 2024 10:48:00 +0200", _p46))),
])

# p48 Italian supplier DOCX letter: annual forecast confirmed as an order (foam pumps, Israeli buyer)
case("p48_lettera_dosatori_veneti", ["RG008"], "supplier thanks for 'your order of 80.000 foam pumps for 2025 according to your forecast' and reserves capacity", [
    ("Lettera_conferma_2025_DosatoriVeneti.docx", docx_bytes([
        ("p", "Dosatori Veneti S.r.l. - Via dell'Industria 56, 36040 Grisignano di Zocco (VI)"),
        ("p", "Spett.le Ein Gedi Naturals Ltd., Kibbutz Ein Gedi, Israel - c.a. Ms. Michal Peretz, Procurement"),
        ("p", "Vicenza, 16/09/2024"),
        ("p", "Oggetto: conferma ordine annuale 2025 - pompa schiuma F-43 / annual order 2025 - foam pump F-43"),
        ("p", "Gentile Ms. Peretz,"),
        ("p", "we thank you for your order of 80.000 foam pumps F-43 (43 mm, 0,4 ml) for 2025, according to your forecast of 12/09/2024, and we are pleased to confirm it."),
        ("table", [
            ["Trimestre / quarter", "Quantità / qty", "Consegna / delivery"],
            ["Q1 2025", "20.000", "febbraio"],
            ["Q2 2025", "20.000", "maggio"],
            ["Q3 2025", "20.000", "agosto"],
            ["Q4 2025", "20.000", "novembre"],
        ]),
        ("p", "We have reserved capacity on injection line 4 and on assembly cell A2 for the whole quantity. Prices as per our offer 2025-017, valid for the year."),
        ("p", "Restiamo a disposizione. Cordiali saluti,"),
        ("p", "Federico Zanella - Direttore Commerciale"),
    ], author="Dosatori Veneti")),
])

# p49 Nigerian EML: 12-month forecast to be taken as firm purchase commitment (solar battery packs)
_p49 = T("""
    Dear Sir,

    Greetings from Abeokuta.

    Find below our 12-month forecast for the 24 V 200 Ah battery cabinets (model OS-BC-24200):

    Jul 2024 - Dec 2024: 150 units per month
    Jan 2025 - Jun 2025: 250 units per month
    Total: 2,400 units

    Kindly take this forecast as our firm purchase commitment for the year and plan your production capacity accordingly. Purchase orders will be raised quarterly by our procurement unit.

    Thank you and God bless.

    Yours faithfully,
    Funmilayo Adebayo (Mrs.)
    Head, Procurement - Ogun Solar Ltd
    KM 8 Abeokuta-Lagos Expressway, Abeokuta
    +234 805 311 2290
""")
case("p49_forecast_ogun_solar", ["RG008"], "buyer: 'take this forecast as our firm purchase commitment for the year'", [
    ("Forecast_12m_OgunSolar.eml", eml(mail(
        "Funmilayo Adebayo <f.adebayo@ogunsolar.ng>", "Sales <sales@greencell-pack.com>",
        "12-month forecast OS-BC-24200", "Mon, 24 Jun 2024 09:30:00 +0100", _p49))),
])

# p50 Australian multi-file: sample PO + quote; unlock event and person named, balance never held (optical lenses)
case("p50_po_coralcoast_lenses", ["RG001", "RG003"], "25 sample lenses, quote in folder shows 2,500; unlock event (sign-off + revised PO) and Sarah O'Brien named, but nothing says the 2,500 / balance is not released", [
    ("PO-CCO-1184.txt", T("""
        CORAL COAST OPTICS PTY LTD                 ABN 33 614 270 918
        Unit 6, 22 Enterprise St, Cairns QLD 4870
        ===========================================================================
        PURCHASE ORDER  PO-CCO-1184                       Date: 21/05/2024
        Supplier: Galilee Precision Optics Ltd., Migdal HaEmek, Israel
        Quote ref: GPO-Q-771 (copy in this folder)
        ===========================================================================
        Item  Part no.      Description                          Qty   Unit USD
        1     DC-50-F100    Doublet 50 mm, f=100 mm, VIS AR      25    38.00
        ---------------------------------------------------------------------------
        Notes:
        Twenty-five (25) sample lenses as per quotation GPO-Q-771.
        After sample sign-off (interferometer check at our Cairns lab), Sarah
        O'Brien, Purchasing Manager, will issue a revised PO for production.
        Ship DHL Express, DAP Cairns. Commercial invoice + CoC with shipment.
        ===========================================================================
        Sarah O'Brien - Purchasing Manager - purchasing@coralcoastoptics.com.au
    """)),
    ("GPO-Q-771_quotation.pdf", pdf([
        ("h1", "QUOTATION GPO-Q-771"),
        ("p", "Galilee Precision Optics Ltd., Industrial Zone, Migdal HaEmek 2310001, Israel. To: Coral Coast Optics Pty Ltd, Cairns."),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Lead time"],
            ["DC-50-F100", "Achromatic doublet 50 mm, f=100 mm, VIS AR", "25", "38.00", "4 weeks"],
            ["DC-50-F100", "Achromatic doublet 50 mm, f=100 mm, VIS AR", "2,500", "17.40", "10 weeks"],
        ]),
        ("p", "Prices EXW Migdal HaEmek. Valid 60 days. Surface quality 40-20, centration < 3 arcmin."),
        ("p", "Shira Mizrahi, Sales Engineer."),
    ], title="GPO-Q-771", author="Galilee Precision Optics")),
])

# p52 Thai WhatsApp: "please make samples first", nothing else (cosmetics tubes)
case("p52_whatsapp_samples_first", ["RG003", "RG004", "RG005", "RG010"], "buyer asks for samples with no quantity, no hold on the mass order, no unlock event, no release person", [
    ("whatsapp_guangzhou_tube.txt", T("""
        WhatsApp Chat with Mr. Chen Guangzhou Tube
        [28/05/2024, 09:40] Mr. Chen Guangzhou Tube: Hello Khun Nattaya, artwork received, thank you. Tube 100 ml, diameter 35 mm, 5 colour offset + hot stamping, right?
        [28/05/2024, 09:41] Mr. Chen Guangzhou Tube: How many pcs for mass order? Need to book the printing line
        [28/05/2024, 11:03] Nattaya Bangkok Glow: Hello Mr. Chen, yes correct ka 🙏
        [28/05/2024, 11:04] Nattaya Bangkok Glow: Please make samples first ka, send to us for check. Same design as the artwork I sent
        [28/05/2024, 11:05] Nattaya Bangkok Glow: Our address same as last time, Bangkok Glow Cosmetics, Lat Phrao
        [28/05/2024, 11:20] Mr. Chen Guangzhou Tube: OK no problem 👍
    """)),
])

# p54 Nigerian WhatsApp: supplier will run the 975 once samples are approved; buyer answers 'Ok' (food-grade silicone)
case("p54_whatsapp_kaduna_gaskets", ["RG007"], "buyer scoped 25 samples and a written release; supplier: once you approve the samples we run the 975 straight, no need for paper; buyer replies 'Ok'", [
    ("whatsapp_silicone_works.txt", T("""
        WhatsApp Chat with Tayo Silicone Works
        [10/06/2024, 08:55] Halima Bello: Good morning Tayo. PO KF-0342 is for 25 sample gasket sets only (food grade silicone, 3 sizes per set)
        [10/06/2024, 08:56] Halima Bello: The other 975 sets are not released - on hold until our QA sign-off and my written release. Halima Bello, Procurement, Kaduna Foods Ltd
        [10/06/2024, 09:30] Tayo Silicone Works: Good morning ma, well received 🙏
        [10/06/2024, 09:32] Tayo Silicone Works: Once una approve the samples we go run the 975 straight, no need to wait for paper, so that delivery no go late
        [10/06/2024, 10:14] Halima Bello: Ok. Send the samples by Friday please
        [10/06/2024, 10:15] Tayo Silicone Works: Sure ma 👍
    """)),
])

# p55 Brazilian DOCX PO: table 36, text 'trinta (30)' (bicycle derailleur hangers)
case("p55_pedido_serra_gaucha", ["RG011"], "same PO: table line 36 pcs, text 'trinta (30) amostras'", [
    ("PC-2024-0712_SerraGaucha.docx", docx_bytes([
        ("h1", "PEDIDO DE COMPRA PC-2024-0712"),
        ("p", "Serra Gaúcha Bikes Ltda - Av. Júlio de Castilhos 3300, Bento Gonçalves/RS. Fornecedor: Usinados Farroupilha Ltda."),
        ("table", [
            ["Item", "Código", "Descrição", "Qtd", "Preço unit."],
            ["1", "DH-12 rev C", "Gancheira / derailleur hanger DH-12, AL 7075-T6, anodizada preta", "36", "R$ 18,50"],
        ]),
        ("sp",),
        ("p", "Escopo: trinta (30) amostras de gancheira DH-12 rev C."),
        ("p", "The production quantity of the 5.000 quoted (proposta UF-24-233) is not released. It stays on hold until our alignment and bending test sign-off and a written release by Gustavo Rech, Gerente de Compras."),
        ("p", "Gustavo Rech - Gerente de Compras - 06/06/2024"),
    ], author="Serra Gaucha Bikes")),
])

# p56 Nigerian EML + HTML quote: bare sample PO (street-light heads)
_p56_quote = html_page("Quotation LC-Q-3390", f"""
<h2>LUMENCRAFT CO., LTD.</h2>
<p>Amata City Industrial Estate, Chonburi, Thailand</p>
<h3>Quotation LC-Q-3390</h3>
<p>To: Abuja Signs &amp; Lighting Ltd - Attn: Mr. Musa Danjuma &middot; Date: 30 May 2024</p>
{html_table([
    ["Item", "Model", "Description", "Qty", "Unit USD"],
    ["1", "SL-120W", "LED street-light head 120 W, 5700 K, IP66, Type II optic - sample", "5", "96.00"],
    ["2", "SL-120W", "LED street-light head 120 W, 5700 K, IP66, Type II optic", "800", "61.50"],
])}
<p>FOB Laem Chabang. Validity 45 days. Warranty 5 years on driver and LED module.</p>
<p>Best regards, Ms. Apinya Chansiri, Export Sales</p>
""")
_p56 = T("""
    Good day Sir,

    Please find below our PO ASL-0556 for five (5) sample street-light heads, model SL-120W, as per your quotation LC-Q-3390 (attached).

    Kindly confirm the ship date and send the proforma for the samples. Delivery by air to Nnamdi Azikiwe airport, Abuja.

    Thank you and God bless.

    Musa Danjuma
    Purchasing, Abuja Signs & Lighting Ltd
    Plot 1187 Idu Industrial Area, Abuja
    +234 809 440 7731
""")
case("p56_po_abuja_streetlights", ["RG001", "RG003", "RG004", "RG005"], "5 sample PO with quote attached showing 800; no hold, no unlock event, no release person", [
    ("PO_ASL-0556.eml", eml(mail(
        "Musa Danjuma <musa.danjuma@abujasigns.ng>", "Apinya Chansiri <apinya@lumencraft.co.th>",
        "PO ASL-0556 - 5 sample street-light heads", "Fri, 31 May 2024 11:15:00 +0100", _p56,
        attachments=[("LC-Q-3390.html", _p56_quote, "text/html")]))),
])


# =================================================================== BUILD
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(20240610).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h10_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return order, labels


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order, labels = build()
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")
