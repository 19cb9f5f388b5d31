#!/usr/bin/env python3
"""Generator for the releasegate check_holdout28 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout28/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, case order shuffled with seed 2828).

Descriptive case names: cNN_* are clean (expect []), rNN_* carry at least one risk.
The descriptive names appear only here; the folders on disk are neutral.
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
from collections import Counter
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
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def case(name, expect, note, files):
    assert all(r in RULES for r in expect), (name, expect)
    assert len(set(expect)) == len(expect), name
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


def D(s):
    """dedent a triple-quoted block and drop the leading newline."""
    return textwrap.dedent(s).lstrip("\n")


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py; message-id and boundary prefixes changed to h28)
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
    m["Message-ID"] = msgid or f"<h28-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h28")
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


def quote(text):
    """prefix every line with '> ' like a mail client does for a reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


def para_html(text):
    """plain text -> simple HTML paragraphs (for multipart/alternative bodies)."""
    parts = [p for p in text.strip("\n").split("\n\n")]
    return "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in parts)


# ------------------------------------------------------------ people / firms
SIG_KRAEMER_JA = sig("Jonas Albrecht", "Einkauf / Purchasing", "Krämer Maschinenbau GmbH, Bielefeld",
                     "+49 521 9630-214")
SIG_BERG_LV = sig("Lena Vogt", "Strategischer Einkauf / Purchasing", "Bergmann Fördertechnik GmbH, Augsburg",
                  "+49 821 4470-133")
SIG_NORD_ES = sig("Erik Sandberg", "Buyer, Purchasing", "Nordvik Hydraulik AB, Västerås", "+46 21 480 22 17")
SIG_SVEA_AL = sig("Anna Lindqvist", "Buyer", "Svea Crane AB, Jönköping", "+46 36 190 44 02")
SIG_WZM_KN = sig("Katarzyna Nowak", "Kupiec / Buyer", "Wielkopolskie Zakłady Maszyn S.A., Poznań",
                 "+48 61 852 40 19")
SIG_FERR_GM = sig("Giulia Mancini", "Ufficio Acquisti / Purchasing", "Ferretti Macchine Utensili S.p.A., Brescia",
                  "+39 030 218 7740")
SIG_LOMB_CV = sig("Chiara Venturi", "Buyer - Acquisti", "Lombardi Packaging Machines S.r.l., Bologna",
                  "+39 051 630 1182")
SIG_URQ_IE = sig("Iñigo Echeverría", "Compras / Purchasing", "Talleres Urquiza S.L., Vitoria-Gasteiz",
                 "+34 945 29 11 60")


# =================================================================== CLEAN
# ---- c01: SAP ME9F printout, German comma decimals ("8,000 ST" = 8 pcs), full scope note
c01 = D("""
    Krämer Maschinenbau GmbH                                  BESTELLUNG / PURCHASE ORDER
    Eckendorfer Str. 118
    33609 Bielefeld                                   Bestellnummer / PO no. : 4500087312
    Deutschland                                       Datum / Date           : 11.03.2024
                                                      Einkäufergruppe        : E12 J. Albrecht
                                                      Telefon                : +49 521 9630-214
    Lieferant / Supplier 200473
    Strojírna Hranice s.r.o.
    Tovární 1124
    753 01 Hranice
    Tschechien / Czech Republic

    Lieferbedingung : FCA Hranice (Incoterms 2020)
    Zahlungsbed.    : 60 Tage netto / 60 days net
    Währung         : EUR
    Ihr Angebot     : NAB-24-0117 vom 27.02.2024

    Pos.  Material        Kurztext                               Menge  ME     Preis/ME        Netto
    ----- --------------- ---------------------------------- --------- --- ------------ ------------
    00010 30-640-112      Antriebswelle / drive shaft            8,000  ST       142,50     1.140,00
                          Zeichnung 30-640-112 Index D
                          42CrMo4+QT, Allgemeintol. ISO 2768-mK
                          Freistich DIN 509-F 0,8x0,3
                          Liefertermin: KW 16/2024
                          Leistungsart: MUSTER / SAMPLE
    00020 SERV-EMPB       Erstmusterprüfbericht VDA Band 2       1,000  LE       380,00       380,00
                          inkl. Werkstoffzeugnis EN 10204-3.1
    ------------------------------------------------------------------------------------------------
                                                           Gesamtnettowert ohne MwSt EUR   1.520,00

    Bestelltext / PO note
      Scope: this PO covers the 8 (eight) sample shafts of item 00010 and the
      EMPB report of item 00020, nothing else. Your quotation NAB-24-0117 shows
      640 pcs in total (8 samples + 632 series). The 632 series shafts are a
      forecast and are NOT released by this PO. Do not start series production.
      Material: sample-only. Buy 42CrMo4 bar for the 8 samples only; material
      for the series is not at our liability.
      Unlock: the 632 pcs stay on hold until (1) our quality department has
      signed off the EMPB and (2) Dr. Petra Lindner, Leiterin Einkauf / Head of
      Purchasing, has sent a written production release naming the quantity.
      Please confirm this scope in your order acknowledgement.

    Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023), abrufbar unter
    www.kraemer-maschinenbau.example/aeb. Lieferungen nur mit Lieferschein und
    Angabe der Bestellnummer. Anlieferung Tor 3, Mo-Fr 06:30-14:00 Uhr.

    Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.
    Seite 1 von 1
""")
case("c01_sap_me9f_sample_po_full_scope", [],
     "SAP printout: 8 sample shafts ('8,000 ST' is German decimal), 632 series not released, "
     "sample-only material, EMPB sign-off + written release by named Head of Purchasing",
     [("ME9F_4500087312.txt", c01)])

# ---- c02: supplier quote with sample and production tiers, standalone
c02 = pdf([
    ("h1", "ANADOLU DÖKÜM San. ve Tic. A.S."),
    ("p", "Organize Sanayi Bölgesi 3. Cadde No: 14, 42300 Selçuklu / Konya, Türkiye - "
          "Tel +90 332 239 11 40 - export@anadoludokum.example"),
    ("h", "TEKLIF / QUOTATION AD-2024-0311"),
    ("table", [["Customer", "Bergmann Fördertechnik GmbH, Augsburg"],
               ["Your RFQ", "ANF-24-0088 dated 26.02.2024 (Lena Vogt)"],
               ["Part", "Seilrollenlager / rope sheave bracket 7714-310 Rev 02"],
               ["Material", "EN-GJS-400-15 acc. EN 1563, as-cast, shot blasted"],
               ["Date", "06.03.2024"],
               ["Validity", "60 days"]]),
    ("sp",),
    ("table", [["Pos", "Description", "Quantity", "Unit price EUR", "Remark"],
               ["1", "Sample castings from 3D-printed sand mould", "5 pcs", "410,00",
                "4 weeks after order"],
               ["2", "Series castings, lot size 1.000", "1.000 pcs", "38,60", "per lot"],
               ["3", "Series castings, lot size 2.500", "2.500 pcs", "36,90", "per lot"],
               ["4", "Series castings, lot size 5.000", "5.000 pcs", "35,20", "per lot"],
               ["5", "Aluminium match plate pattern (one-off)", "1 set", "7.800,00",
                "owned by customer after payment"]]),
    ("sp",),
    ("p", "Annual volume according to your RFQ: approx. 5.000 pcs. Prices are ex works Konya "
          "(EXW Incoterms 2020), packed on EUR pallets, wooden frames. Surcharge for alloy and "
          "scrap is calculated monthly on the basis of the Istanbul scrap index (base: March 2024)."),
    ("p", "Lead time for series castings: 6 weeks after your written series order. Sample "
          "castings are supplied with material certificate EN 10204-3.1, dimensional report "
          "and X-ray report (ASTM E446, level 2) for 2 pcs."),
    ("p", "Payment: tooling 50% with order, 50% after sample delivery; castings 60 days net."),
    ("p", "We thank you for your inquiry and remain at your disposal. Saygilarimizla / Best regards,"),
    ("p", "Mehmet Yilmaz - Export Sales Manager"),
], title="Quotation AD-2024-0311", author="Anadolu Dokum")
case("c02_supplier_quote_tiers_only", [],
     "standalone supplier quote with sample and 1.000/2.500/5.000 tiers; no authorization in bundle",
     [("Teklif_AD-2024-0311.pdf", c02)])

# ---- c03: supplier asks for a go-ahead on the balance, buyer declines with full scope (quoted thread)
c03_sup = D("""
    Dear Ms Nowak,

    the 20 first-article covers (PN 41-2207-05, 2 mm DC04, zinc plated) ship on
    Thursday with DHL Freight, together with the measurement report and the
    3.1 certificate for the coil.

    Quick question: do we have a go-ahead for the remaining bal. 480? Our laser
    line has free capacity in KW 18 and we could run them in one setup.

    S pozdravem / Best regards
    Tomáš Dvořák
    Key Account Manager
    Kovolis Brno s.r.o.
    +420 541 229 310
""")
c03_text = D("""
    Dear Mr Dvořák,

    thank you for the update and for shipping the FAI parts on Thursday.

    No, not yet: the 480 covers are not released. Please ship the 20
    first-article pieces only. Once our SQE, Marek Zieliński, has signed off
    the FAI report, I will send you a written release for the 480 - nothing
    should start before you have that release from me in writing. Please also
    buy material for the 20 pieces only; material for the 480 is not covered
    by us at this stage.

    I understand the KW 18 capacity would be convenient. If the FAI goes well I
    will do my best to send the release quickly.

    Pozdrawiam / Best regards
""") + SIG_WZM_KN + "\n" + "On Mon, 8 Apr 2024 at 14:12, Tomáš Dvořák <t.dvorak@kovolis.example> wrote:\n" + quote(c03_sup)
c03 = mail("Katarzyna Nowak <k.nowak@wzm-poznan.example>", "Tomáš Dvořák <t.dvorak@kovolis.example>",
           "RE: PO ZZ/2024/0588 - FAI covers 41-2207-05 - shipment Thursday",
           "Tue, 09 Apr 2024 08:41:00 +0200", c03_text,
           cc="Marek Zieliński <m.zielinski@wzm-poznan.example>",
           in_reply_to="<kov-88120@kovolis.example>")
case("c03_go_ahead_question_declined", [],
     "supplier asks 'go-ahead for bal. 480?' (question); buyer: 20 FAI only, 480 not released until "
     "FAI sign-off and her written release, material for 20 only",
     [("RE_PO_ZZ-2024-0588.eml", eml_bytes(c03))])

# ---- c04: labelled, non-binding rolling forecast on a supplier portal
_c04_rows = "".join(
    f"<tr><td>2024-W{w}</td><td>VH-2210 Rev C</td><td style='text-align:right'>{q}</td><td>forecast</td></tr>\n"
    for w, q in [(20, 120), (21, 120), (22, 160), (23, 160), (24, 160), (25, 200), (26, 200),
                 (27, 0), (28, 0), (29, 240), (30, 240), (31, 240), (32, 240)])
c04 = html_page("Nordvik Supplier Portal - demand forecast", f"""
<h2>Nordvik Hydraulik AB &mdash; Supplier Portal</h2>
<p>Supplier: <b>Pune Precision Castings Pvt. Ltd.</b> (vendor 700215) &nbsp;|&nbsp; Published 2024-05-13 06:00 CET
&nbsp;|&nbsp; Planner: Erik Sandberg</p>
<h3>Rolling demand forecast &mdash; valve housing VH-2210 (investment cast, 1.4408)</h3>
<div class="note"><b>Non-binding forecast.</b> These figures are for your capacity planning only. They are not a
purchase order, they release no production and they carry no material authority. Quantities are only released
for production by a written call-off from Nordvik purchasing. Weeks 27&ndash;28 are our summer shutdown.</div>
<table>
<tr><th>Week</th><th>Part / rev</th><th>Quantity (pcs)</th><th>Type</th></tr>
{_c04_rows}</table>
<p>Total weeks 20&ndash;32: 2 100 pcs (forecast). Next update: 2024-05-20.</p>
<p style="font-size:11px;color:#666">Nordvik Hydraulik AB &middot; Kopparlundsvägen 14 &middot; 721 30 Västerås &middot;
org.nr 556123-4567 &middot; This page is generated automatically. Questions: purchasing@nordvik.example</p>
""")
case("c04_labelled_nonbinding_forecast", [],
     "portal forecast clearly labelled non-binding, no release, no material authority",
     [("forecast_VH-2210_2024-W20.html", c04)])

# ---- c05: VDA 2 interim disposition with limits, with a named release for the 150 pcs
c05 = docx_bytes([
    ("h1", "PPAP / EMPB disposition (VDA Band 2)"),
    ("p", "Bergmann Fördertechnik GmbH - Lieferantenqualität / Supplier Quality"),
    ("table", [["Field", "Entry"],
               ["Part / index", "Getriebedeckel 7714-220, index 03 (AlSi9Cu3(Fe), HPDC)"],
               ["Supplier", "Fundição Lusa, Lda., Águeda (PT), vendor 300871"],
               ["Scheduling agreement", "LP 5500001934, 2.000 pcs (2024 volume)"],
               ["Samples submitted", "10 pcs, received 15.04.2024, EMPB no. EM-24-0417"],
               ["Decision", "INTERIM (vorläufig) - limited in quantity and time"],
               ["Assessed by", "Tobias Maier, SQE"]]),
    ("h", "Findings"),
    ("li", "Porosity in boss B3 exceeds VDA 2 class limit on 2 of 10 samples (CT scan report CT-0417-2)."),
    ("li", "All other dimensions within drawing tolerance; leak test 10/10 passed at 1,5 bar."),
    ("h", "Limits of this interim disposition"),
    ("p", "The interim disposition is valid for a maximum of 150 pcs or until 31.07.2024, "
          "whichever comes first. It covers parts from die no. 2 only."),
    ("h", "Production release for the interim quantity"),
    ("p", "Production of 150 (one hundred fifty) pcs is released with this document, "
          "call-off 7714-A-07. Any quantity above these 150 pcs is not released. The balance of "
          "1.850 pcs of the scheduling agreement stays on hold until the EMPB has been resubmitted "
          "with the corrected gating, signed off with the disposition 'approved', and Claudia "
          "Reiter, Head of Supply Chain, has issued a written release for it."),
    ("p", "Material authority: sample-only for the balance. Alloy for the 150 pcs only."),
    ("sp",),
    ("table", [["Role", "Name", "Date"],
               ["SQE (disposition)", "Tobias Maier", "22.04.2024"],
               ["Release authority (150 pcs)", "Claudia Reiter, Head of Supply Chain", "22.04.2024"]]),
], author="Tobias Maier")
case("c05_empb_interim_with_limits", [],
     "EMPB interim disposition limited to 150 pcs / date; 150 released in writing by named person; "
     "1.850 on hold until full sign-off + written release",
     [("EMPB_7714-220_EM-24-0417.docx", c05)])

# ---- c06: full-quantity PO with table, 'proceed' scoped to the 120 pcs
c06 = pdf([
    ("h1", "TALLERES URQUIZA S.L."),
    ("p", "Polígono Industrial Júndiz, c/ Lermandabide 21 - 01015 Vitoria-Gasteiz (Álava) - CIF B01234567"),
    ("h", "PEDIDO DE COMPRA / PURCHASE ORDER  PC-24-01377"),
    ("table", [["Proveedor / Supplier", "Prelucrari Mecanice Timis S.R.L., Timisoara (RO)"],
               ["Fecha / Date", "18/03/2024"],
               ["Comprador / Buyer", "Iñigo Echeverría"],
               ["Entrega / Delivery", "DAP Vitoria-Gasteiz, semana 17"],
               ["Pago / Payment", "60 días fecha factura"]]),
    ("sp",),
    ("table", [["Línea", "Referencia", "Descripción", "Cantidad", "Precio €", "Importe €"],
               ["1", "1200-34 Rev B", "Brida de acoplamiento / coupling flange, S355J2+N, "
                "EN 1092-1 PN16 drilling", "120 uds", "46,80", "5.616,00"],
               ["", "", "", "", "Total", "5.616,00"]]),
    ("sp",),
    ("p", "This is a firm order for the full quantity of 120 pcs. There is no further quantity "
          "under this order and no sample stage. Please proceed with the 120 pcs as per this "
          "order and drawing 1200-34 Rev B."),
    ("p", "Certificado 3.1 según EN 10204 con cada entrega. Protección anticorrosiva: aceite "
          "soluble, cajas de madera NIMF-15. Marcar cada caja con número de pedido y referencia."),
    ("p", "Condiciones generales de compra de Talleres Urquiza S.L. (edición 2022) aplicables."),
], title="PC-24-01377", author="Talleres Urquiza")
case("c06_full_quantity_po_proceed_scoped", [],
     "full-quantity PO for 120 pcs, no balance; 'proceed with the 120 pcs' is scoped",
     [("PC-24-01377.pdf", c06)])

# ---- c07: VDA 4905 call-off with explicit staged material authority above fab release
c07 = D("""
    511020070BERGMANN 0000BURSADOV  00417004162404150
    51201055-310-08              0000000320024041100000032002404110000000440000000560000000...
    5130124041700000400240424000004002405010000040024050800000400240515000004002405220000040...
    5130224052900000400240605000004002406120000040024061900000400
    519010000005
    ------------------------------------------------------------------------------------------
    BERGMANN FÖRDERTECHNIK GMBH - LIEFERABRUF / DELIVERY SCHEDULE (VDA 4905)
    ------------------------------------------------------------------------------------------
    Abruf-Nr. / call-off no.   : 00417      vom / dated : 15.04.2024   (previous: 00416)
    Lieferant / supplier       : Bursa Dövme A.S., Bursa (TR) - vendor 400922
    Lieferplan / sched. agr.   : LP 5500001877
    Sachnummer / part          : 55-310-08  Gabelkopf geschmiedet / forged clevis, 42CrMo4
    Werk / plant               : Augsburg, Abladestelle / unloading point: Tor 5
    Letzter Eingang / last GR  : LS 24-0381, 11.04.2024
    Eingangs-FZ / cum received : 3.200

    Fertigungsfreigabe (fabrication authorization)  bis FZ / up to cum : 4.400   = 1.200 pcs
    Materialfreigabe   (material authorization)     bis FZ / up to cum : 5.600   = 2.400 pcs

    Termin / date   KW      Menge / qty    Status
    17.04.2024      16          400        fix / firm - released for production
    24.04.2024      17          400        fix / firm - released for production
    01.05.2024      18          400        fix / firm - released for production
    08.05.2024      19          400        Vorschau / forecast - not released
    15.05.2024      20          400        Vorschau / forecast - not released
    22.05.2024      21          400        Vorschau / forecast - not released
    29.05.2024      22          400        Vorschau / forecast - not released
    05.06.2024      23          400        Vorschau / forecast - not released
    12.06.2024      24          400        Vorschau / forecast - not released
    19.06.2024      25          400        Vorschau / forecast - not released

    Hinweise / notes
    1. Production released by this call-off: the 1.200 pcs of weeks 16-18 only.
    2. Material authority (staged): you may buy 42CrMo4 billets for up to 2.400 pcs
       (cum 5.600) at Bergmann's liability. This covers raw material only - no
       forging, machining or heat treatment beyond the 1.200 pcs of note 1.
    3. Weeks 19-25 are forecast. They are not released for production; each week is
       released only by a following call-off.
    4. Call-offs are issued and signed by Stefan Huber, Disposition / MRP controller,
       Bergmann Fördertechnik GmbH, +49 821 4470-150. No other document releases
       quantities under LP 5500001877.
""")
case("c07_vda4905_calloff_staged_material", [],
     "VDA 4905 call-off: 1.200 fab released, explicit staged material authority 2.400, forecast weeks "
     "not released until next call-off by named MRP controller",
     [("LAB_00417_55-310-08.txt", c07)])

# ---- c08: explicit, recorded auto-conversion with quantity, signer and conditions
c08 = docx_bytes([
    ("h1", "Agreement on release by PPAP sign-off"),
    ("p", "Nordvik Hydraulik AB (buyer) - Pune Precision Castings Pvt. Ltd. (supplier)"),
    ("p", "Part: valve housing VH-2210 Rev C, investment cast 1.4408. Purchase order 4700-2291."),
    ("h", "1. Quantities under PO 4700-2291"),
    ("table", [["Line", "Scope", "Quantity", "Status on signature of this agreement"],
               ["10", "PPAP samples", "10", "released"],
               ["20", "Production", "400", "not released - see clause 2"]]),
    ("h", "2. Recorded auto-conversion"),
    ("p", "The parties record the following, and only the following, automatic release: if Lars Ek, "
          "Quality Manager of Nordvik Hydraulik AB, signs the PPAP (level 3) for the 10 samples of line "
          "10 with the disposition 'approved', that signed PPAP releases the 400 production castings of "
          "line 20 by itself, without a further release document, on the date of his signature."),
    ("h", "3. Conditions"),
    ("li", "Only the disposition 'approved' triggers clause 2. An interim or rejected disposition releases nothing."),
    ("li", "The automatic release is limited to the 400 pcs of line 20. It does not extend to any forecast."),
    ("li", "The annual forecast of 2.400 pcs shared with the supplier is not released by this agreement or by "
           "the PPAP. Any quantity beyond the 400 pcs is released only in writing by Karin Holm."),
    ("li", "A stop notice from Nordvik suspends clause 2 while it is in force."),
    ("h", "4. Recorded by"),
    ("table", [["Name", "Role", "Date"],
               ["Karin Holm", "Supply Chain Manager, release authority (limit SEK 1,5 M)", "2024-04-08"],
               ["Rajesh Kulkarni", "GM Marketing, Pune Precision Castings (acknowledged)", "2024-04-09"]]),
], author="Karin Holm")
case("c08_explicit_auto_conversion_agreement", [],
     "explicit recorded auto-conversion naming 400 pcs, signer (Lars Ek) and conditions; forecast "
     "2.400 not released; further release in writing by Karin Holm",
     [("Agreement_VH-2210_PPAP_release.docx", c08)])

# ---- c09: forwarded old quote (rfc822) with 5.000 pcs, declared informational
c09_old = mail("João Ferreira <joao.ferreira@fundicaolusa.example>",
               "Giulia Mancini <g.mancini@ferretti-mu.example>",
               "Proposta FL-23-0944 - carter alluminio CA-118",
               "Thu, 19 Oct 2023 16:05:00 +0100",
               D("""
                   Cara Giulia,

                   segue a nossa proposta / please find our offer for the aluminium gear
                   case CA-118 (AlSi10Mg, gravity die cast, T6):

                     - samples from sand mould ........ 30 pcs   EUR 96,00/pc
                     - series, gravity die ............ 5.000 pcs EUR 21,40/pc
                     - die (2 cavities) ............... EUR 24.500,00

                   Lead time series: 8 weeks after order. Validity 90 days.

                   Com os melhores cumprimentos,
                   João Ferreira
                   Comercial - Fundição Lusa, Lda.
               """))
c09_text = D("""
    Buongiorno João,

    attached is our PO 24/0412 for the 30 sample castings CA-118 (AlSi10Mg, T6) at
    EUR 96,00 per piece, delivery week 20 to our plant in Brescia.

    For reference I forward your offer of last October below. Please note: the
    5.000 pcs in that offer are informational only. Nothing from that offer is
    ordered or released except the 30 samples of this PO. The production quantity
    is not released; it needs (1) the sample sign-off by our quality manager Luca
    Gatti and then (2) a revised PO signed by Marco Bellandi, Responsabile
    Acquisti. Please buy alloy for the 30 samples only.

    Could you also confirm that the samples are poured in the final alloy and
    that you will include the X-ray report?

    Grazie e cordiali saluti
""") + SIG_FERR_GM
c09 = mail("Giulia Mancini <g.mancini@ferretti-mu.example>", "João Ferreira <joao.ferreira@fundicaolusa.example>",
           "PO 24/0412 - campioni CA-118 / fwd: Proposta FL-23-0944", "Mon, 15 Apr 2024 11:20:00 +0200",
           c09_text, attachments=[("rfc822", c09_old)])
case("c09_forwarded_old_quote_informational", [],
     "sample PO 30 pcs; forwarded old offer (rfc822) with 5.000 declared informational; hold, event "
     "(sample sign-off + revised PO) and named signer present",
     [("PO_24-0412_campioni.eml", eml_bytes(c09))])

# ---- c10: supplier says the advance does not release production; buyer scope quoted
c10_buyer = D("""
    Dear Rajesh,

    PO PC-24-01402 covers 16 sample castings of the pump casing PC-90 only. The
    remaining 984 pcs of your quotation are not released. They will be released
    only after our quality (Javier Ortiz) has signed off the samples, and only in
    writing from Ainhoa Garmendia, Jefa de Compras. The 30% advance on the
    tooling is a commercial condition of your proforma; it is not a production
    release.

    Saludos,
    Iñigo Echeverría
    Talleres Urquiza S.L.
""")
c10_text = D("""
    Dear Iñigo,

    We confirm receipt of your 30% advance of EUR 4.350,00 against proforma
    PI/24-25/077 (tooling for PC-90). Thank you.

    As agreed, the advance does not release production. We will cast only the
    16 sample pieces of PO PC-24-01402 and hold the balance of 984 pcs until we
    receive the written release from Ms Garmendia after your sample sign-off. No
    material will be bought for the 984 pcs before that.

    Wax pattern tool is in final polishing; first shell build is planned for
    22 April. Samples will be sent by air freight (DHL) with the full inspection
    report.

    Warm regards,
""") + sig("Rajesh Kulkarni", "GM - Marketing", "Pune Precision Castings Pvt. Ltd., Chakan MIDC, Pune",
           "+91 20 6712 4400") + "\n-----Original Message-----\nFrom: Iñigo Echeverría\nSent: 02 April 2024 09:14\n" + quote(c10_buyer)
c10 = mail("Rajesh Kulkarni <rajesh.k@puneprecision.example>", "Iñigo Echeverría <i.echeverria@urquiza.example>",
           "RE: PO PC-24-01402 / advance payment PC-90", "Thu, 11 Apr 2024 13:02:00 +0530", c10_text,
           in_reply_to="<urq-20240402-0914@urquiza.example>")
case("c10_deposit_does_not_release", [],
     "supplier: advance does not release production, only 16 samples, 984 held; buyer scope quoted "
     "with event and named release person",
     [("RE_PO_PC-24-01402.eml", eml_bytes(c10))])

# ---- c11: supplier acknowledgement restating the hold
c11 = pdf([
    ("h1", "STROJIRNA HRANICE s.r.o."),
    ("p", "Tovarni 1124, 753 01 Hranice, Czech Republic - ICO 25841234 - DIC CZ25841234"),
    ("h", "POTVRZENI OBJEDNAVKY / ORDER ACKNOWLEDGEMENT  OA-24-0388"),
    ("table", [["Customer", "Krämer Maschinenbau GmbH, Bielefeld"],
               ["Your PO", "4500087544 dated 20.03.2024 (Jonas Albrecht)"],
               ["Our offer", "NAB-24-0151"],
               ["Date", "22.03.2024"]]),
    ("sp",),
    ("table", [["Item", "Part", "Description", "Qty", "Price EUR", "Delivery"],
               ["00010", "HB-90-44 rev B", "Hydraulic manifold block, EN AW-6082 T6, samples", "12 pcs",
                "218,00", "KW 17/2024"],
               ["00020", "EMPB", "Initial sample report VDA 2", "1", "420,00", "with samples"]]),
    ("sp",),
    ("p", "We acknowledge the scope as written in your PO: 12 (twelve) sample pieces are ordered and "
          "released. The series quantity of 300 pcs quoted in our offer NAB-24-0151 is not released; we "
          "will not start it and we will not buy material for it. We understand that the series will be "
          "released only after your EMPB sign-off and a written release from Dr. Petra Lindner, Head of "
          "Purchasing. Acceptance of your order by us does not mean production start for the series."),
    ("p", "Delivery FCA Hranice. Payment 60 days net. Our general terms of delivery (2021) apply where "
          "your PO terms are silent."),
    ("p", "S pozdravem / Best regards - Petr Novak, obchodni oddeleni / sales"),
], title="OA-24-0388", author="Strojirna Hranice")
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates 12 samples released, 300 not released, EMPB sign-off + written "
     "release by named person; acceptance is not production start",
     [("OA-24-0388.pdf", c11)])

# ---- c12: Teams chat with scoped approvals
c12 = D("""
    Microsoft Teams - chat export
    Conversation: Nordvik / Metalpol - NV-BF-120 base frame
    Participants: Erik Sandberg (Nordvik Hydraulik AB), Lars Ek (Nordvik Hydraulik AB),
                  Piotr Kowalczyk (Metalpol Sp. z o.o.)
    Exported: 2024-04-19 16:02 CEST

    [2024-04-02 08:47] Erik Sandberg
    Hi Piotr, PO 4700-2296 is out. Go ahead with the 6 pilot frames only. The other 114
    frames stay on hold - not released.

    [2024-04-02 08:51] Piotr Kowalczyk
    Dzień dobry Erik 👋 received. 6 pilot frames, welding per WPS 112-03, EN 1090 EXC2.
    Material: we cut S355 for the 6 only, ok?

    [2024-04-02 08:53] Erik Sandberg
    Correct, material for the 6 only.

    [2024-04-16 10:20] Piotr Kowalczyk
    6 frames delivered yesterday to Västerås goods-in. VT + MT reports uploaded to the portal.

    [2024-04-18 15:37] Lars Ek
    Fit check on the test rig done today. Sample approved for fit check only - production
    NOT released. Two remarks on the paint thickness, see NCR-0418 (minor).

    [2024-04-18 15:41] Piotr Kowalczyk
    dziękuję Lars 👍 so when can we expect the release for the 114?

    [2024-04-18 15:58] Erik Sandberg
    After Lars has signed the PPAP (the paint remark must be closed first) Karin Holm will
    send you the written release for the 114. Not before. Please keep the jig ready but do
    not cut material for the 114 yet.

    [2024-04-18 16:01] Piotr Kowalczyk
    Understood, we wait for Karin's release 🙂
""")
case("c12_teams_scoped_approvals", [],
     "Teams chat: go ahead with 6 pilot frames only, 114 on hold, 'sample approved for fit check only', "
     "release after PPAP sign-off by Karin Holm in writing",
     [("Teams_export_NV-BF-120.txt", c12)])

# ---- c13: meeting minutes (HTML) with explicit staged material authority above the release
c13 = html_page("Minutes - kick-off crankshaft forging WZM / CFW", """
<h2>Minutes of meeting &mdash; supplier kick-off, crankshaft forging KW-300</h2>
<p><b>Date:</b> 2024-04-16, 10:00&ndash;11:30 CEST / 13:30&ndash;15:00 IST (MS Teams)<br>
<b>Buyer:</b> Wielkopolskie Zakłady Maszyn S.A. (WZM), Poznań &mdash; Katarzyna Nowak (purchasing), Marek Zieliński (SQE),
Tomasz Wójcik (Kierownik Zakupów / Purchasing Manager)<br>
<b>Supplier:</b> Coimbatore Forge Works Pvt. Ltd. &mdash; Senthil Kumar (Export Manager), R. Balaji (Production)<br>
<b>Minutes by:</b> Katarzyna Nowak</p>
<h3>1. Technical</h3>
<p>Drawing KW-300-01 rev. F discussed. Forging draft 5&deg;, flash line as per CFW proposal. Heat treatment: Q+T to
28&ndash;34 HRC. MPI 100% on pilot forgings. UT per EN 10228-3 class 3.</p>
<h3>2. Quantities and authority</h3>
<table>
<tr><th>Item</th><th>Decision</th><th>Owner</th></tr>
<tr><td>Production released now</td><td>50 pcs pilot forgings (PO ZZ/2024/0602, line 1)</td><td>T. Wójcik</td></tr>
<tr><td>Balance</td><td>250 pcs &mdash; on hold, not released</td><td>&mdash;</td></tr>
<tr><td>Unlock of the 250 pcs</td><td>PPAP sign-off by Marek Zieliński, then written release by Tomasz Wójcik</td><td>M. Zieliński / T. Wójcik</td></tr>
<tr><td>Material authority</td><td><b>staged</b>: CFW may buy 42CrMo4 billets for up to 300 forgings at WZM liability
(raw material only &mdash; no forging, heat treatment or machining beyond the 50 pilot pcs)</td><td>T. Wójcik</td></tr>
</table>
<h3>3. Logistics</h3>
<p>FOB Chennai, sea freight to Gdańsk, VCI + wooden cases (ISPM 15). Pilot forgings by air (DAP Poznań), cost on WZM.</p>
<h3>4. Next meeting</h3>
<p>2024-05-07, pilot forging review (photos, MPI results).</p>
""")
case("c13_minutes_staged_material_authority", [],
     "minutes: 50 pilot released, 250 on hold until PPAP sign-off + written release by named manager; "
     "explicit staged material authority for 300 (above release) is within authority",
     [("MoM_2024-04-16_KW-300.html", c13)])

# ---- c14: multi-file: PO (TXT) + supplier quote (PDF), quote's series figure declared informational
c14_po = D("""
    LOMBARDI PACKAGING MACHINES S.r.l.
    Via del Lavoro 41 - 40127 Bologna (BO) - P.IVA IT01234560371

    ORDINE DI ACQUISTO / PURCHASE ORDER          N. LPM-24-0923
    Data / date          : 08/04/2024
    Fornitore / supplier : Anadolu Döküm San. ve Tic. A.Ş., Konya (TR)
    Buyer                : Chiara Venturi  tel. +39 051 630 1182
    Resa / Incoterms     : FCA Konya
    Pagamento            : 60 gg d.f.f.m.

    Pos  Codice        Descrizione                                   Q.tà   UM   Prezzo €
    ---  ------------  --------------------------------------------  -----  ---  --------
    10   LPM-5512-A    Coperchio riduttore / gearbox cover,              6  PZ     385,00
                       EN-GJL-250, campioni / sample castings
    20   ATTR-5512     Modello / pattern (plate), one-off                 1  PZ   6.200,00

    NOTE / SCOPE
    - Only the 6 sample castings (pos. 10) and the pattern (pos. 20) are ordered.
    - Your quotation AD-Q-24-0207 (attached) shows a series quantity of 1.500 pcs.
      That figure is for information only and is not released by this order.
    - Series release only after our sample sign-off (dimensional report + X-ray)
      and a written release from Paolo Rinaldi, Direttore Supply Chain.
    - Material: sample-only. Buy iron for the 6 samples only.

    Documenti richiesti: certificato 3.1, rapporto dimensionale, RX su 2 pz.
""")
c14_q = pdf([
    ("h1", "ANADOLU DÖKÜM San. ve Tic. A.S."),
    ("h", "QUOTATION AD-Q-24-0207"),
    ("table", [["Customer", "Lombardi Packaging Machines S.r.l., Bologna"],
               ["Part", "Gearbox cover LPM-5512-A, EN-GJL-250"],
               ["Date", "21.03.2024"]]),
    ("sp",),
    ("table", [["Pos", "Description", "Qty", "Unit price EUR"],
               ["1", "Sample castings", "6 pcs", "385,00"],
               ["2", "Series castings", "1.500 pcs", "24,70"],
               ["3", "Pattern plate", "1", "6.200,00"]]),
    ("p", "Lead time samples 4 weeks; series 6 weeks after written series order. EXW/FCA Konya."),
    ("p", "Mehmet Yilmaz - Export Sales"),
], title="AD-Q-24-0207", author="Anadolu Dokum")
case("c14_multifile_po_with_informational_quote", [],
     "PO 6 samples + attached quote 1.500 declared informational/not released; event + named releaser; "
     "sample-only material",
     [("PO_LPM-24-0923.txt", c14_po), ("AD-Q-24-0207.pdf", c14_q)])

# ---- c15: WhatsApp, Italian/Portuguese, 'a dozen', question declined
c15 = D("""
    12/04/24, 10:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
    12/04/24, 10:14 - Giulia Mancini: Ciao Nuno! Ordine 24/0431 inviato per email
    12/04/24, 10:15 - Giulia Mancini: Solo i 12 campioni please - just the dozen sample guards (SG-40, 1,5 mm inox 304). The other 388 are NOT released
    12/04/24, 10:31 - Nuno Almeida: Olá Giulia 👋 ok, só 12. Understood. Laser programme ready, bending tomorrow
    12/04/24, 10:32 - Nuno Almeida: Chapa só para os 12, fica combinado
    15/04/24, 17:02 - Nuno Almeida: Giulia, podemos avançar com o resto? Can we move on with the rest in the same setup? saves us 1 setup 🙏
    15/04/24, 17:20 - Giulia Mancini: No, not yet sorry 🙏 The 388 wait for our check of the samples (Luca, quality) and for a written release from Marco Bellandi (Responsabile Acquisti)
    15/04/24, 17:21 - Giulia Mancini: I know it costs you a setup, we can talk about it with Marco
    15/04/24, 17:40 - Nuno Almeida: Ok, compreendido. We ship the 12 on Thursday with the report 👍
    18/04/24, 09:05 - Nuno Almeida: <Media omitted>
    18/04/24, 09:05 - Nuno Almeida: CMR attached, truck left 8:30
""")
case("c15_whatsapp_dozen_samples_question_declined", [],
     "WhatsApp: only the dozen samples, 388 not released until sample check + written release by named "
     "manager; supplier question to move on is declined",
     [("WhatsApp_Chat_Nuno_Almeida.txt", c15)])

# ---- c16: full-quantity PO full of identifiers that look like quantities
c16 = pdf([
    ("h1", "SVEA CRANE AB"),
    ("p", "Box 2040, 550 02 Jönköping, Sweden - VAT SE556789012301"),
    ("h", "INKÖPSORDER / PURCHASE ORDER 2024-3000-17"),
    ("table", [["Supplier", "Kovolis Brno s.r.o., Brno (CZ), vendor 30017"],
               ["Date", "2024-03-25"],
               ["Buyer", "Anna Lindqvist"],
               ["Delivery", "DAP Jönköping, hall 3000, gate 4, week 18"],
               ["Cost centre", "4000 / project 2500-CR"]]),
    ("sp",),
    ("table", [["Line", "Part no.", "Description", "Drawing rev", "Qty", "Unit price EUR"],
               ["10", "2500-1000-40", "Cover plate, S355MC EN 10149-2, 8 mm, 4x M16x1.5 weld nuts",
                "Rev 12", "40", "61,50"],
               ["20", "2500-1000-41", "EN 1090-2 EXC2 documentation, ISO 9001:2015 certificate copy",
                "-", "1", "0,00"]]),
    ("sp",),
    ("p", "This is a firm order for the full quantity of 40 (forty) pcs of line 10. The order has no "
          "balance and no further quantity. The annual volume of approx. 400 pcs mentioned in our RFQ "
          "RFQ-2024-118 is an estimate for information only; it is not ordered and not released."),
    ("p", "Marking: part no. and heat no. by stamp, 10 mm. Packaging: max 1000 kg per pallet, "
          "EUR pallet 1200x800. Paint: primer RAL 7035, 60 um."),
    ("p", "Svea Crane AB general purchasing conditions SC-GPC 2021 apply."),
], title="PO 2024-3000-17", author="Svea Crane")
case("c16_full_qty_po_identifier_numbers", [],
     "full-quantity PO 40 pcs, no balance; many quantity-like identifiers; annual 400 labelled "
     "information only, not released",
     [("PO_2024-3000-17.pdf", c16)])

# ---- c17: supplier 8D report, no authorization, no material beyond
c17 = docx_bytes([
    ("h1", "8D Report 8D-PMT-24-011"),
    ("table", [["Customer", "Bergmann Fördertechnik GmbH, Augsburg"],
               ["Supplier", "Prelucrări Mecanice Timiș S.R.L., Timișoara"],
               ["Part", "Welle / shaft 7720-015 index D"],
               ["Complaint", "Q-notification 200045112, 26.04.2024 - burr in cross bore Ø8"],
               ["Team", "Ioana Marin (production), Andrei Popescu (sales), Dan Stoica (QA)"]]),
    ("h", "D3 Containment"),
    ("p", "Sorting of the 180 shafts in stock at Bergmann by our service partner QSort (Augsburg) on "
          "29.04.2024: 11 pcs with burr found and reworked. Stock at Timișoara (36 pcs) 100% checked."),
    ("h", "D4 Root cause"),
    ("p", "Deburring tool (ball brush) worn beyond its change interval; interval was set by count, not "
          "by time. Detection: visual check with 3x magnifier did not cover the cross bore."),
    ("h", "D5/D6 Corrective actions"),
    ("li", "Tool change interval reduced from 800 to 400 parts; tool life counter in the CNC program."),
    ("li", "Borescope check of the cross bore added to the control plan (1 of 20 parts)."),
    ("h", "D7 Prevention"),
    ("p", "FMEA updated (line 34, occurrence 4 -> 2). Same change applied to parts 7720-016 and 7720-018."),
    ("h", "D8 Closure"),
    ("p", "Closure pending customer verification of the next delivery. Prepared by Dan Stoica, 03.05.2024."),
], author="Dan Stoica")
case("c17_supplier_8d_report", [],
     "8D report: containment and root cause, no authorization, no release or material wording",
     [("8D-PMT-24-011.docx", c17)])

# ---- c18: multipart/alternative release letter releasing the whole balance (nothing left on hold)
c18_text = D("""
    Dear Petr,

    Production release PR-2024-031 for PO 4700-2305, spool SP-18 (1.4404, machined).

    Following the FAI sign-off on 10 April 2024 (report FAI-2305-01, signed by
    Lars Ek, Quality Manager), I release the balance of 480 pcs for production.
    PO 4700-2305 revision 2, sent today, raises line 20 to 480 pcs accordingly.

    With this release the whole order of 500 pcs (20 FAI pieces + 480) is
    released. Nothing remains on hold under this PO.

    Delivery: 4 x 120 pcs, weeks 21, 23, 25 and 27, DAP Västerås.

    Best regards,
    Karin Holm
    Supply Chain Manager, Nordvik Hydraulik AB
    +46 21 480 22 00
""")
c18_html = f"""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Petr,</p>
<p><b>Production release PR-2024-031</b> for PO 4700-2305, spool SP-18 (1.4404, machined).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>FAI sign-off</th><td>10 April 2024, FAI-2305-01, Lars Ek (Quality Manager)</td></tr>
<tr><th>Released now</th><td>480 pcs (balance of the order)</td></tr>
<tr><th>Released in total</th><td>500 pcs = 20 FAI + 480</td></tr>
<tr><th>On hold</th><td>nothing</td></tr>
<tr><th>PO</th><td>4700-2305 revision 2 (line 20 = 480 pcs)</td></tr>
<tr><th>Delivery</th><td>4 x 120 pcs, weeks 21, 23, 25, 27, DAP V&auml;ster&aring;s</td></tr>
</table>
<p>Best regards,<br>Karin Holm<br>Supply Chain Manager, Nordvik Hydraulik AB</p>
</body></html>
"""
c18 = mail("Karin Holm <karin.holm@nordvik.example>", "Petr Novák <p.novak@strojirna-hranice.example>",
           "Production release PR-2024-031 - PO 4700-2305 rev 2 - SP-18", "Fri, 12 Apr 2024 15:30:00 +0200",
           c18_text, html=c18_html, cc="Erik Sandberg <erik.sandberg@nordvik.example>")
case("c18_release_of_full_balance_multipart", [],
     "release letter by named authority after FAI sign-off releases the whole 480 balance with revised "
     "PO; nothing left on hold",
     [("PR-2024-031_SP-18.eml", eml_bytes(c18))])

# ---- c19: stop notice, zero authorized, lift event and person named
c19 = html_page("Stop notice 4500087590", """
<h2>Krämer Maschinenbau GmbH &mdash; STOP NOTICE / LIEFER- UND FERTIGUNGSSTOPP</h2>
<table>
<tr><th>Order</th><td>PO 4500087590 &mdash; Lagergehäuse / bearing housing 20-310-04, EN-GJS-500-7</td></tr>
<tr><th>Supplier</th><td>Anadolu Döküm San. ve Tic. A.Ş., Konya</td></tr>
<tr><th>Date</th><td>06.05.2024, 07:45</td></tr>
<tr><th>Reason</th><td>Shrinkage porosity at bearing seat found in goods-in inspection (Q-Meldung 300117); 8D requested (8D-AD-0412)</td></tr>
</table>
<div class="note">
<p><b>Effective immediately, nothing more may start on this order, released or not.</b>
Quantity authorized to start now: <b>zero (0)</b>. This includes moulding, pouring, fettling and machining.</p>
<p>The 40 castings already poured remain at your site, quarantined and labelled.</p>
<p>The stop is lifted only in writing by Dr. Petra Lindner, Leiterin Einkauf, after the 8D has been closed and
the re-samples have been signed off by Sven Kuhlmann (Lieferantenqualität).</p>
</div>
<p>Please confirm receipt of this notice today. Contact: Jonas Albrecht, +49 521 9630-214.</p>
""")
case("c19_stop_notice", [],
     "stop notice: zero authorized, lift only in writing by named person after 8D closure and re-sample "
     "sign-off",
     [("Stopp_4500087590.html", c19)])

# ---- c20: Spanish email + PDF PO; 'anticipo' explicitly not a release
c20_pdf = pdf([
    ("h1", "TALLERES URQUIZA S.L."),
    ("h", "PEDIDO DE COMPRA PC-24-01455 - PEDIDO DE MUESTRAS"),
    ("table", [["Proveedor", "Fundição Lusa, Lda., Águeda (PT)"],
               ["Fecha", "22/04/2024"],
               ["Comprador", "Iñigo Echeverría"]]),
    ("sp",),
    ("table", [["Línea", "Referencia", "Descripción", "Cantidad", "Precio €"],
               ["1", "CB-77 rev A", "Carcasa bomba / pump housing, EN AC-42100 T6, muestras", "15 uds", "88,00"]]),
    ("sp",),
    ("p", "Alcance: solo se piden las 15 muestras. Las 585 uds restantes de la oferta FL-24-0212 NO "
          "están liberadas. Se liberarán solo después de la aprobación de las muestras por Javier Ortiz "
          "(Calidad) y con una liberación por escrito de Ainhoa Garmendia, Jefa de Compras."),
    ("p", "Scope: only the 15 samples are ordered. The remaining 585 pcs of offer FL-24-0212 are NOT "
          "released. They will be released only after sample approval by Javier Ortiz (Quality) and a "
          "written release from Ainhoa Garmendia, Head of Purchasing."),
    ("p", "Material: solo para las 15 muestras / for the 15 samples only."),
], title="PC-24-01455", author="Talleres Urquiza")
c20_text = D("""
    Hola João,

    adjunto el pedido PC-24-01455: pedido de muestras, 15 uds de la carcasa CB-77.

    Sobre el anticipo del 20% (utillaje) que pagamos la semana pasada: es solo
    una condición de pago de vuestra oferta y no libera la producción. Las 585
    uds restantes no están liberadas; ver el texto del pedido.

    In English, for your planning colleagues: the 20% tooling advance we paid
    last week is a payment term only and does not release production. Only the
    15 samples are ordered; the 585 pcs stay on hold until sample approval by
    Javier Ortiz and a written release from Ainhoa Garmendia.

    Un saludo,
""") + SIG_URQ_IE
c20 = mail("Iñigo Echeverría <i.echeverria@urquiza.example>", "João Ferreira <joao.ferreira@fundicaolusa.example>",
           "Pedido de muestras PC-24-01455 - CB-77", "Mon, 22 Apr 2024 12:10:00 +0200", c20_text,
           html="<html><body>" + para_html(c20_text) + "</body></html>",
           cc="Rita Santos <rita.santos@fundicaolusa.example>",
           attachments=[("PC-24-01455.pdf", c20_pdf, PDF_MT)])
case("c20_spanish_po_advance_not_release", [],
     "sample PO 15 pcs (PDF attached), 585 on hold until sample approval + written release by named "
     "head of purchasing; advance explicitly not a release",
     [("Pedido_PC-24-01455.eml", eml_bytes(c20))])

# ---- c21: supplier ERP status report, material for samples only, balance awaiting release
c21 = D("""
    PRELUCRARI MECANICE TIMIS S.R.L.                        RAPORT STADIU COMANDA
    Str. Industriilor 9, 300714 Timisoara                   ORDER STATUS REPORT
    ---------------------------------------------------------------------------------
    Client / customer : FERRETTI MACCHINE UTENSILI S.P.A. (cod 10455)
    Comanda client    : 24/0388          Comanda interna / internal: CI-2404-117
    Reper / part      : MANDRINO SP-32 rev. E  (42CrMo4 QT, Ø60 x 412)
    Data raport       : 26.04.2024 07:00
    ---------------------------------------------------------------------------------
    Lot          Cant.  Op.  Operatie / operation         Stare / status
    ------------ -----  ---  ---------------------------  ------------------------
    ESANT-01       10   010  Debitare / saw cut           TERMINAT / done
    ESANT-01       10   020  Strunjire CNC / turning      TERMINAT / done
    ESANT-01       10   030  Frezare / milling            IN LUCRU / WIP 6/10
    ESANT-01       10   040  Rectificare / grinding       ASTEPTARE / waiting
    ESANT-01       10   050  Control 3D (CMM)             ASTEPTARE / waiting
    ---------------------------------------------------------------------------------
    Materie prima / raw material
      Bara 42CrMo4 Ø65, sarja 24-3318 : rezervat 10 buc (esantioane / samples only)
      Nu exista comenzi de material pentru balanta / no material ordered for balance
    ---------------------------------------------------------------------------------
    Balanta / balance  590 buc : asteapta eliberare client / awaiting customer release
                                 nepornit / not started
    ---------------------------------------------------------------------------------
    Livrare esantioane estimata / sample delivery est.: 03.05.2024 (DHL Express)
    Intocmit / prepared: Ioana Marin, planificare productie
""")
case("c21_supplier_status_report_samples_only", [],
     "supplier status printout: 10 samples WIP, material reserved for samples only, balance 590 "
     "awaiting release and not started; no authorization in bundle",
     [("Raport_CI-2404-117.txt", c21)])

# ---- c22: buyer portal order status page with table
c22 = html_page("Svea Crane Supplier Portal - order 2024-3000-22", """
<h2>Svea Crane AB &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Bursa Dövme A.Ş.</b> (vendor 40118) &nbsp;|&nbsp; Order <b>2024-3000-22</b> &nbsp;|&nbsp; Part: crane hook HK-25, 34CrNiMo6, forged + machined</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Status</th><th>Delivery</th></tr>
<tr><td>10</td><td>Sample hooks (FAI + proof load test 2&times;WLL)</td><td>6</td><td>Active &mdash; released</td><td>2024-W20</td></tr>
<tr><td>20</td><td>Production hooks</td><td>294</td><td>On hold &mdash; not released</td><td>t.b.d.</td></tr>
</table>
<h3>Authority for this order</h3>
<table>
<tr><th>Material authority</th><td>Sample-only (billets for the 6 sample hooks)</td></tr>
<tr><th>Unlock of line 20</th><td>Sample sign-off by Svea Crane quality, then written release</td></tr>
<tr><th>Release authority</th><td>Johan Berg, Purchasing Manager</td></tr>
<tr><th>Buyer</th><td>Anna Lindqvist, +46 36 190 44 02</td></tr>
</table>
<p class="note">Please acknowledge the order scope with the button below. The acknowledgement confirms the scope as written above.</p>
<p>[ Acknowledge scope ] &nbsp; [ Download PO (PDF) ] &nbsp; [ Upload documents ]</p>
""")
case("c22_portal_status_table_complete", [],
     "portal page: 6 active, 294 on hold; unlock event, named release authority and sample-only "
     "material in a table",
     [("Portal_2024-3000-22.html", c22)])

# ---- c23: long thread with logistics; supplier asks to book full material, buyer refuses
c23_m1 = D("""
    Dear Chiara,

    thanks for PO LPM-24-0871 (25 sample forgings of drive lever DL-14).

    Some points before we start:
    1. Incoterms: your PO says CIF Genova. For 25 pcs we propose air freight
       FCA Chennai airport, series later by sea. OK?
    2. Packing: VCI bags + wooden box ISPM 15, max 25 kg per box.
    3. Certificates: EN 10204 3.1 from the mill + our forging certificate.
    4. Material: EN 42CrMo4 has 8 weeks lead time at the mill now. Shall we
       book the mill for the full 2,000 pcs so the series is not delayed?

    Regards,
    Senthil Kumar
    Export Manager, Coimbatore Forge Works Pvt. Ltd.
""")
c23_m2 = D("""
    Dear Senthil,

    1. Yes, FCA Chennai airport for the samples is fine, forwarder is Kühne+Nagel
       (booking ref will follow).
    2. OK.
    3. OK, please send the certificates by email before dispatch.
    4. No - please buy material for the 25 samples only. Material for the series
       is not authorized and is not at our liability. The 1,975 pcs are not
       released: they will be released only after our sample sign-off and a
       written release from Paolo Rinaldi, Direttore Supply Chain.

    Kind regards,
    Chiara Venturi
    Lombardi Packaging Machines
""")
c23_m3 = D("""
    Dear Chiara,

    noted on all points, material for 25 pcs only. Forging planned week 19,
    machining week 20, dispatch week 21. We will send photos of the first
    forgings.

    Regards,
    Senthil
""")
c23_text = D("""
    Dear Senthil,

    thanks. One more thing for the shipment: please put our PO number and the
    part number on the air waybill and on every box, our goods-in in Bologna
    rejects boxes without it. Dimensions and weight of the box by Friday please
    so that K+N can quote.

    Have a good weekend,
""") + SIG_LOMB_CV + "\nOn 25/04/2024 08:02, Senthil Kumar wrote:\n" + quote(
    c23_m3 + "\nOn 24/04/2024 17:45, Chiara Venturi wrote:\n" + quote(
        c23_m2 + "\nOn 24/04/2024 11:13, Senthil Kumar wrote:\n" + quote(c23_m1)))
c23 = mail("Chiara Venturi <c.venturi@lombardi-pm.example>", "Senthil Kumar <senthil@cfw-forge.example>",
           "RE: RE: RE: PO LPM-24-0871 - DL-14 samples - shipping / material", "Fri, 26 Apr 2024 10:05:00 +0200",
           c23_text, in_reply_to="<cfw-7781@cfw-forge.example>")
case("c23_long_thread_material_sample_only", [],
     "long quoted thread on logistics; buyer refuses full material booking: material for 25 only, "
     "1,975 not released until sample sign-off + written release by named director",
     [("RE_PO_LPM-24-0871.eml", eml_bytes(c23))])

# ---- c24: buyer corrects a supplier's assumed auto-conversion (quoted supplier text)
c24_sup = D("""
    Dear Mr Albrecht,

    the 40 sample castings of lever housing 20-455-02 are in heat treatment.
    We plan to continue directly with the 760 series pieces once you approve
    the samples, to use the same wax pattern set-up and save two weeks.

    Best regards,
    Rajesh Kulkarni
    Pune Precision Castings Pvt. Ltd.
""")
c24_text = D("""
    Dear Rajesh,

    please don't. Sample sign-off does not release the series.

    Only the 40 samples of PO 4500087601 are released. The 760 series pieces
    stay on hold until (1) our EMPB sign-off and (2) a separate written release
    from Dr. Petra Lindner, Head of Purchasing. Please do not buy wax, ceramic
    or alloy for more than the 40 pieces.

    I understand the set-up argument. If it matters, send me the cost of a second
    set-up and I will put it in front of Dr. Lindner together with the EMPB.

    Mit freundlichen Grüßen / Best regards
""") + SIG_KRAEMER_JA + "\n\nOn 16.04.2024 11:42, Rajesh Kulkarni wrote:\n" + quote(c24_sup)
c24 = mail("Jonas Albrecht <j.albrecht@kraemer-mb.example>", "Rajesh Kulkarni <rajesh.k@puneprecision.example>",
           "RE: 20-455-02 samples / series plan", "Tue, 16 Apr 2024 14:20:00 +0200", c24_text,
           in_reply_to="<ppc-24-0416-1142@puneprecision.example>")
case("c24_buyer_corrects_supplier_assumption", [],
     "quoted supplier assumes roll-over into series; buyer's reply refutes it: 40 only, 760 on hold "
     "until EMPB sign-off and written release by named head of purchasing",
     [("RE_20-455-02_series_plan.eml", eml_bytes(c24))])

# ---- c25: weldment PO (DOCX with table); quote line with series figure labelled informational
c25 = docx_bytes([
    ("h1", "Nordvik Hydraulik AB - Purchase Order 4700-2318"),
    ("p", "Supplier: Metalpol Sp. z o.o., ul. Krakowska 180, 52-015 Wrocław, Poland (vendor 700340)"),
    ("p", "Date: 2024-04-03   Buyer: Erik Sandberg   Delivery: DAP Västerås, week 19"),
    ("table", [["Line", "Part", "Description", "Qty", "Unit price EUR"],
               ["10", "NV-BF-240 rev A", "Base frame weldment, S355J2, EN 1090-2 EXC2, primed - sample", "3",
                "1 240,00"],
               ["20", "DOC-1090", "Welding documentation (WPS, WPQR, VT/MT reports)", "1", "150,00"],
               ["info", "Q-2400 pos. 2", "Series frames, 240 pcs/year (your quote Q-2400) - information only, NOT released",
                "-", "-"]]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "Only the 3 sample frames of line 10 and the documentation of line 20 are ordered now. The "
          "series of your quote Q-2400 is on hold and not released."),
    ("p", "The series will be released only after PPAP sign-off by Lars Ek, Quality Manager, and a "
          "written release from Karin Holm, Supply Chain Manager."),
    ("p", "Material authority: sample-only. Steel for the 3 sample frames only."),
    ("p", "Nordvik General Terms of Purchase NGTP-2022 apply. Please acknowledge within 3 working days."),
], author="Erik Sandberg")
case("c25_docx_weldment_po_table", [],
     "DOCX PO with table: 3 sample frames; quote series 240/yr labelled information only and not "
     "released; PPAP sign-off + written release by named manager; sample-only material",
     [("PO_4700-2318.docx", c25)])


# =================================================================== RISKY
# ---- r01: multi-file: sample PO (PDF) + quote (PDF) with series 1.200; PO silent on the rest
r01_po = pdf([
    ("h1", "Krämer Maschinenbau GmbH"),
    ("p", "Eckendorfer Str. 118 - 33609 Bielefeld - Deutschland"),
    ("h", "Bestellung / Purchase order 4500087650"),
    ("table", [["Lieferant / supplier", "Anadolu Döküm San. ve Tic. A.S., Konya (TR) - 200512"],
               ["Datum / date", "04.03.2024"],
               ["Ansprechpartner / contact", "Jonas Albrecht, +49 521 9630-214"],
               ["Lieferbedingung", "FCA Konya (Incoterms 2020)"],
               ["Ihr Angebot / your quote", "AD-2024-0355 vom 28.02.2024"]]),
    ("sp",),
    ("table", [["Pos.", "Material", "Bezeichnung", "Menge", "Preis/ME EUR", "Wert EUR"],
               ["00010", "20-118-07", "Lagerbock / bearing block, EN-GJS-400-15, Musterteile / sample castings",
                "6 ST", "395,00", "2.370,00"],
               ["00020", "MOD-20-118", "Modelleinrichtung / pattern equipment", "1 LE", "8.900,00", "8.900,00"]]),
    ("sp",),
    ("p", "Gemäß Ihrem Angebot AD-2024-0355 (Anlage). Please deliver the sample castings with material "
          "certificate EN 10204-3.1, a full dimensional report and X-ray on 2 pcs. Liefertermin KW 18/2024."),
    ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023)."),
], title="Bestellung 4500087650", author="Kraemer Maschinenbau")
r01_q = pdf([
    ("h1", "ANADOLU DÖKÜM San. ve Tic. A.S."),
    ("h", "TEKLIF / QUOTATION AD-2024-0355"),
    ("table", [["Customer", "Krämer Maschinenbau GmbH, Bielefeld"],
               ["Part", "Bearing block 20-118-07, EN-GJS-400-15"],
               ["Date", "28.02.2024"]]),
    ("sp",),
    ("table", [["Pos", "Description", "Quantity", "Unit price EUR"],
               ["1", "Sample castings", "6 pcs", "395,00"],
               ["2", "Series castings (annual volume)", "1.200 pcs", "31,80"],
               ["3", "Pattern equipment, aluminium", "1 set", "8.900,00"]]),
    ("p", "Series delivery: 200 pcs per month from week 24/2024. Lead time samples: 5 weeks after order."),
    ("p", "Mehmet Yilmaz - Export Sales Manager"),
], title="AD-2024-0355", author="Anadolu Dokum")
case("r01_multifile_sample_po_with_quote_1200", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 6 pcs with attached quote showing 1.200 series and monthly delivery plan; nothing says "
     "the series is informational/not released, no unlock event, no release person",
     [("Bestellung_4500087650.pdf", r01_po), ("Angebot_AD-2024-0355.pdf", r01_q)])

# ---- r02: Italian PO email with two PDFs (PO + quote 800); release person named, no hold, no event
r02_po = pdf([
    ("h1", "FERRETTI MACCHINE UTENSILI S.p.A."),
    ("p", "Via Industriale 88 - 25016 Ghedi (BS) - P.IVA IT02345670987"),
    ("h", "ORDINE DI ACQUISTO N. 24/0455"),
    ("table", [["Fornitore", "Bursa Dövme A.S., Bursa (TR)"],
               ["Data", "03/04/2024"],
               ["Buyer", "Giulia Mancini"]]),
    ("sp",),
    ("table", [["Pos", "Codice", "Descrizione", "Q.tà", "Prezzo €"],
               ["10", "L-220 rev. B", "Leva forgiata / forged lever, C45, campionatura", "10 pz", "74,00"],
               ["20", "STAMPO-L220", "Stampo di forgiatura / forging die", "1", "11.600,00"]]),
    ("p", "Resa FCA Bursa. Pagamento: stampo 30% all'ordine, saldo a campionatura; pezzi 60 gg d.f."),
], title="ODA 24/0455", author="Ferretti")
r02_q = pdf([
    ("h1", "BURSA DÖVME A.S."),
    ("h", "OFFER BD-OF-24-118"),
    ("table", [["Customer", "Ferretti Macchine Utensili S.p.A."],
               ["Part", "Forged lever L-220, C45"],
               ["Date", "21.03.2024"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Price EUR"],
               ["1", "Samples (first-off forgings, machined datum faces)", "10 pcs", "74,00"],
               ["2", "Production forgings", "800 pcs", "9,85"],
               ["3", "Forging die incl. trimming tool", "1 set", "11.600,00"]]),
    ("p", "Production lead time 5 weeks. Emre Kaya, Sales."),
], title="BD-OF-24-118", author="Bursa Dovme")
r02_text = D("""
    Buongiorno Emre,

    in allegato il nostro ordine 24/0455 per 10 pezzi campione della leva forgiata
    L-220 e lo stampo, prezzi come da vostra offerta BD-OF-24-118 (allegata anche
    quella, per comodità del vostro ufficio tecnico).

    Please send the 10 sample forgings with the dimensional report and the
    hardness values; drawing L-220 rev. B is attached to the PO in our portal.

    For everything concerning the production lot, the release authority at
    Ferretti is Marco Bellandi, Responsabile Acquisti (m.bellandi@ferretti-mu.example).

    Grazie e buona giornata,
""") + SIG_FERR_GM
r02 = mail("Giulia Mancini <g.mancini@ferretti-mu.example>", "Emre Kaya <emre.kaya@bursadovme.example>",
           "Ordine 24/0455 - leva L-220 - campionatura", "Wed, 03 Apr 2024 09:12:00 +0200", r02_text,
           attachments=[("ODA_24-0455.pdf", r02_po, PDF_MT), ("BD-OF-24-118.pdf", r02_q, PDF_MT)])
case("r02_italian_po_with_quote_800_authority_named", ["RG001", "RG003", "RG004"],
     "10 sample forgings ordered, attached offer shows 800 production forgings unlabelled; release "
     "authority named but nothing says the 800 are not released and no unlock event",
     [("ODA_24-0455_mail.eml", eml_bytes(r02))])

# ---- r03: Polish PO DOCX with a 'project quantity' column next to the sample quantity
r03 = docx_bytes([
    ("h1", "ZAMÓWIENIE / PURCHASE ORDER ZZ/2024/0611"),
    ("p", "Wielkopolskie Zakłady Maszyn S.A., ul. Głogowska 218, 60-104 Poznań, NIP 7770001234"),
    ("p", "Dostawca / supplier: Strojírna Hranice s.r.o., Tovární 1124, 753 01 Hranice (CZ)"),
    ("p", "Data / date: 2024-03-28     Kupiec / buyer: Katarzyna Nowak     Warunki dostawy: DAP Poznań"),
    ("table", [["Lp.", "Indeks", "Nazwa / description", "Rysunek", "Ilość zamówiona / ordered",
                "Ilość projektowa / project qty", "Cena EUR"],
               ["1", "VB-55", "Korpus zaworu / valve body, EN-GJS-500-7, obróbka / machined - próbki",
                "55-800-2 rev. C", "5 szt.", "800 szt.", "164,00"],
               ["2", "VB-55-DOK", "Raport pomiarowy + atest 3.1", "-", "1 kpl.", "-", "0,00"]]),
    ("sp",),
    ("p", "Termin dostawy / delivery: tydzień 18 / week 18. Płatność: 60 dni."),
    ("p", "Prosimy o potwierdzenie zamówienia w ciągu 3 dni roboczych. Please confirm within 3 working days."),
    ("p", "Ogólne warunki zakupu WZM (OWZ 2023) obowiązują. Faktury wyłącznie w formie elektronicznej "
          "na adres faktury@wzm-poznan.example."),
], author="Katarzyna Nowak")
case("r03_polish_po_project_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "PO table: 5 sample valve bodies ordered with a 'project qty 800' column beside it, nothing saying "
     "800 is informational/not released; no unlock event or release person",
     [("ZZ-2024-0611.docx", r03)])

# ---- r04: portal PO view: ordered 12 vs quoted series 960; release authority listed, no hold, no event
r04 = html_page("Nordvik Supplier Portal - PO 4700-2340", """
<h2>Nordvik Hydraulik AB &mdash; Supplier Portal</h2>
<p>Vendor: <b>Prelucrări Mecanice Timiș S.R.L.</b> (700388) &nbsp;|&nbsp; PO <b>4700-2340</b> &nbsp;|&nbsp; created 2024-04-09</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Ordered</th><th>Quoted series</th><th>Price EUR</th><th>Need date</th></tr>
<tr><td>10</td><td>PR-32-500</td><td>Piston rod &Oslash;32, 42CrMo4 + hard chrome 20&micro;m, sample</td><td>12</td><td>960</td><td>57,40</td><td>2024-W19</td></tr>
<tr><td>20</td><td>FAI-PR32</td><td>First article inspection report (AS9102 forms 1&ndash;3)</td><td>1</td><td>&mdash;</td><td>250,00</td><td>2024-W19</td></tr>
</table>
<h3>Contacts</h3>
<table>
<tr><th>Buyer</th><td>Erik Sandberg, +46 21 480 22 17</td></tr>
<tr><th>Quality</th><td>Lars Ek</td></tr>
<tr><th>Release authority</th><td>Karin Holm, Supply Chain Manager</td></tr>
</table>
<p>Please acknowledge the PO within 3 working days. Quote reference: PMT-OF-24-0093.</p>
""")
case("r04_portal_po_view_quoted_series_column", ["RG001", "RG003", "RG004"],
     "portal PO: 12 sample rods ordered beside 'quoted series 960' with no not-released label; release "
     "authority listed but no hold statement and no unlock event",
     [("Portal_PO_4700-2340.html", r04)])

# ---- r05: WhatsApp: buyer orders prototypes and pastes the offer with the series price
r05 = D("""
    [14/03/2024, 11:02:17] Iñigo Echeverría: Hi Emre, pls make the 4 prototypes of the hook block HB-12 as in your offer below
    [14/03/2024, 11:02:40] Iñigo Echeverría: BURSA DÖVME offer BD-OF-24-131 - HB-12 hook block, 34CrMo4 forged
    prototypes 4 pcs  EUR 690/pc
    series 400 pcs  EUR 58,20/pc
    die  EUR 9.400 (50% advance)
    delivery series 6 weeks
    [14/03/2024, 11:03:05] Iñigo Echeverría: drawing HB-12 rev 2 is in your mail since yesterday
    [14/03/2024, 11:20:51] Emre Kaya: Thank you Iñigo Bey 🙏 received. We start Monday
    [14/03/2024, 11:21:30] Emre Kaya: Die design is finished, I send you the die drawing for info
    [14/03/2024, 11:24:02] Iñigo Echeverría: 👍 perfect
""")
case("r05_whatsapp_prototypes_pasted_offer", ["RG001", "RG003", "RG004", "RG005"],
     "chat: 4 prototypes ordered next to pasted offer with series 400 unlabelled; nothing on the "
     "balance, no unlock event, no release person",
     [("WhatsApp_Chat_Emre_Kaya.txt", r05)])

# ---- r07: quoted thread; buyer answers a drawing-change question with a bare "go ahead"
r07_scope = D("""
    Dear Andrei,

    PO 4510-2291 is in our portal since this morning: 20 sample shafts 7720-015
    (pos. 10) for the EMPB. The balance of 380 pcs is not released - it will be
    released only after EMPB sign-off by Tobias Maier (SQE) and a written
    release from Claudia Reiter, Head of Supply Chain. Material for the 20
    samples only, please.

    Best regards,
    Lena Vogt
""")
r07_sup = D("""
    Dear Lena,

    drawing 7720-015 index D arrived today. The cross bore tolerance changed
    from H7 to G6 and the chamfer at the shoulder is now 0,5x45°. We adapted
    the CNC program and ordered a new reamer (delivery Monday).

    OK to proceed?

    Best regards,
    Andrei Popescu
    Sales Engineer, Prelucrări Mecanice Timiș S.R.L.
    +40 256 294 180
""") + "\nOn 02.04.2024 10:15, Lena Vogt wrote:\n" + quote(r07_scope)
r07_text = D("""
    Hi Andrei,

    yes, go ahead.

    Thanks for the quick reaction on index D.
""") + SIG_BERG_LV + "\nOn 09.04.2024 16:48, Andrei Popescu wrote:\n" + quote(r07_sup)
r07 = mail("Lena Vogt <lena.vogt@bergmann-foerdertechnik.example>", "Andrei Popescu <a.popescu@pm-timis.example>",
           "RE: PO 4510-2291 - Welle 7720-015 Index D", "Wed, 10 Apr 2024 07:58:00 +0200", r07_text,
           in_reply_to="<pmt-2404-0948@pm-timis.example>")
case("r07_bare_go_ahead_after_drawing_change", ["RG002"],
     "buyer answers 'OK to proceed?' with a bare 'yes, go ahead' - no quantity, not scoped to samples; "
     "quoted scope (20 samples, 380 held, EMPB sign-off, Claudia Reiter) covers the absence rules",
     [("RE_PO_4510-2291_Index_D.eml", eml_bytes(r07))])

# ---- r08: Teams chat, Polish buyer gives an unscoped green light
r08 = D("""
    Microsoft Teams - chat export
    Conversation: WZM / Metalpol - RM-64 rama spawana (welded frame)
    Participants: Katarzyna Nowak (WZM), Marek Zieliński (WZM), Piotr Kowalczyk (Metalpol)
    Exported: 2024-04-26 08:10

    [2024-04-05 09:02] Katarzyna Nowak
    Dzień dobry Piotr. Zamówienie ZZ/2024/0640 is in your inbox: 4 pilot frames RM-64 only.
    The remaining 76 frames are not released. They will be released after FAI sign-off by
    Marek and a written release from Tomasz Wójcik (Kierownik Zakupów).

    [2024-04-05 09:30] Piotr Kowalczyk
    Dzień dobry, thank you. Steel for the 4 pilot frames is in stock. We need to qualify the
    WPS for the 20 mm fillet first, will take ~2 weeks.

    [2024-04-19 14:12] Piotr Kowalczyk
    Update: WPQR done (EN ISO 15614-1), welders certified per EN ISO 9606-1, jig is ready and
    measured. Can we start?

    [2024-04-19 14:40] Katarzyna Nowak
    super, green light 👍

    [2024-04-19 14:41] Piotr Kowalczyk
    👍 dziękuję

    [2024-04-25 11:05] Marek Zieliński
    Piotr, please send the WPQR as PDF for our file, thanks.
""")
case("r08_teams_unscoped_green_light", ["RG002"],
     "Teams: 'Can we start?' answered 'green light' without a quantity or sample scope; earlier buyer "
     "message gives 4 pilot frames, 76 held, FAI sign-off, named release person",
     [("Teams_WZM_Metalpol_RM-64.txt", r08)])

# ---- r09: WhatsApp, Turkish supplier, Italian buyer: "good to run"
r09 = D("""
    02/04/2024, 16:45 - Chiara Venturi: Buongiorno Ayşe! PO LPM-24-0960 sent: 8 sample castings of the housing LPM-6620 only. The 592 series pcs are on hold, no release until our X-ray + dimensional sign-off and a written release from Paolo Rinaldi
    02/04/2024, 16:52 - Ayşe Demir: Merhaba Chiara Hanım, tamam, received 🙏 8 samples
    10/04/2024, 09:18 - Ayşe Demir: Pattern is ready, core box ok, first pour Thursday
    10/04/2024, 09:18 - Ayşe Demir: <Media omitted>
    10/04/2024, 09:19 - Ayşe Demir: Başlayalım mı? shall we start?
    10/04/2024, 09:40 - Chiara Venturi: Tamam! Good to run 😊
    10/04/2024, 09:41 - Ayşe Demir: Teşekkürler 🙏🙏
""")
case("r09_whatsapp_good_to_run", ["RG002"],
     "WhatsApp: supplier asks 'shall we start?', buyer replies 'Good to run' with no quantity or sample "
     "scope; earlier message gives 8 samples, 592 held, event and named releaser",
     [("WhatsApp_Chat_Ayse_Demir.txt", r09)])

# ---- r10: minutes PDF: 'approved' for tooling budget and for start of production (unscoped)
r10 = pdf([
    ("h1", "Besprechungsprotokoll / Minutes of meeting"),
    ("table", [["Projekt", "Getriebegehäuse GH-410 (AlSi7Mg0,3, Sandguss)"],
               ["Datum / Ort", "17.04.2024, Krämer Bielefeld, Raum E2.14 / Teams"],
               ["Teilnehmer", "Krämer: J. Albrecht (Einkauf), S. Kuhlmann (Lieferantenqualität), "
                "M. Otte (Controlling); Fundição Lusa: J. Ferreira, R. Santos"],
               ["Protokoll", "Jonas Albrecht"]]),
    ("sp",),
    ("table", [["Nr.", "Thema", "Ergebnis / result", "Wer"],
               ["1", "Scope PO 4500087702",
                "PO covers 10 sample housings. The 990 series pcs are not released; release only after EMPB "
                "sign-off by S. Kuhlmann and a written release by Dr. Petra Lindner.", "Einkauf"],
               ["2", "Tooling budget (core boxes, EUR 18.400)", "Approved by Controlling (M. Otte).", "Controlling"],
               ["3", "Sample status", "10 samples delivered KW 14; EMPB documents incomplete (CT scan missing).",
                "Fundição Lusa"],
               ["4", "Start of production GH-410", "Approved.", "Fundição Lusa"],
               ["5", "Logistics", "Returnable racks, 12 pcs per rack, FCA Águeda; milk run every 2 weeks.",
                "R. Santos"]]),
    ("sp",),
    ("p", "Nächster Termin / next meeting: 15.05.2024. Verteiler: alle Teilnehmer, P. Lindner."),
], title="Protokoll GH-410 2024-04-17", author="Jonas Albrecht")
case("r10_minutes_approved_budget_and_sop", ["RG002", "RG009"],
     "minutes: 'Start of production - Approved.' without quantity or sample scope; 'approved' also used "
     "for the tooling budget (commercial); item 1 supplies quantity, hold, event and person",
     [("Protokoll_GH-410_2024-04-17.pdf", r10)])

# ---- r12: quote approved, technical change approved, 'Go ahead!'
r12_sup = D("""
    Dear Anna,

    two points on bracket SB-220 (PO 2024-3000-31):
    1) Revised quote KB-24-077 with the steel surcharge (+0,60 EUR/pc) is in your
       mailbox since Monday.
    2) We changed the bending sequence (bend 3 before bend 2) to keep the hole
       position within ±0,2. New programme is ready.

    Can you confirm both?

    S pozdravem,
    Tomáš Dvořák
    Kovolis Brno s.r.o.
""")
r12_po = D("""
    PO 2024-3000-31: 5 sample brackets SB-220 only. The 495 pcs are not released
    until our sample sign-off and a written release from Johan Berg, Purchasing
    Manager.
""")
r12_text = D("""
    Hi Tomáš,

    Quote approved - Johan signed it yesterday.
    New bending sequence approved too, Lars had a look at it this morning.

    Go ahead!
""") + SIG_SVEA_AL + "\nOn 2024-04-17 13:05, Tomáš Dvořák wrote:\n" + quote(
    r12_sup + "\n> (from PO mail 2024-03-29, Anna Lindqvist)\n" + quote(r12_po))
r12 = mail("Anna Lindqvist <anna.lindqvist@sveacrane.example>", "Tomáš Dvořák <t.dvorak@kovolis.example>",
           "RE: SB-220 - quote KB-24-077 / bending sequence", "Thu, 18 Apr 2024 09:31:00 +0200", r12_text,
           html="<html><body>" + para_html(r12_text) + "</body></html>",
           in_reply_to="<kov-88301@kovolis.example>")
case("r12_quote_and_change_approved_go_ahead", ["RG002", "RG009"],
     "'approved' used for the quote (commercial) and the bending change (technical), then an unscoped "
     "'Go ahead!'; quoted PO scope gives 5 samples, 495 held, sign-off, Johan Berg",
     [("RE_SB-220_quote_bending.eml", eml_bytes(r12))])

# ---- r13: German sample order email with PO PDF; says nothing about what comes after the samples
r13_pdf = pdf([
    ("h1", "Bergmann Fördertechnik GmbH"),
    ("p", "Industriestraße 40 - 86167 Augsburg"),
    ("h", "Bestellung 4510-2310"),
    ("table", [["Lieferant", "Kovolis Brno s.r.o., Brno (CZ) - 300221"],
               ["Datum", "08.04.2024"],
               ["Einkäufer", "Lena Vogt"],
               ["Lieferbedingung", "DAP Augsburg, Tor 5"]]),
    ("sp",),
    ("table", [["Pos", "Material", "Kurztext", "Menge", "Preis EUR"],
               ["10", "88-140-3", "Abdeckblech / cover sheet, DC01 1,5 mm, verzinkt - Muster", "10 ST", "23,40"],
               ["20", "PRUEF", "Messprotokoll (alle Merkmale) / full measurement report", "1 LE", "180,00"]]),
    ("sp",),
    ("p", "Liefertermin: KW 20/2024. Bitte Bestellnummer auf allen Papieren angeben."),
], title="Bestellung 4510-2310", author="Bergmann")
r13_text = D("""
    Sehr geehrter Herr Dvořák,

    anbei unsere Bestellung 4510-2310 über 10 Stück Muster des Abdeckblechs
    88-140-3 (DC01, 1,5 mm, verzinkt) inkl. Messprotokoll.

    Bitte beachten Sie Zeichnungsstand 88-140-3 Index c (Biegeradius jetzt R2).
    Liefertermin KW 20.

    Für Rückfragen stehe ich Ihnen gern zur Verfügung.

    Mit freundlichen Grüßen
""") + SIG_BERG_LV
r13 = mail("Lena Vogt <lena.vogt@bergmann-foerdertechnik.example>", "Tomáš Dvořák <t.dvorak@kovolis.example>",
           "Musterbestellung 4510-2310 - Abdeckblech 88-140-3", "Mon, 08 Apr 2024 10:02:00 +0200", r13_text,
           attachments=[("Bestellung_4510-2310.pdf", r13_pdf, PDF_MT)])
case("r13_german_sample_order_silent_on_rest", ["RG003", "RG004", "RG005"],
     "sample order for 10 pcs: never says later quantities are not released, no unlock event, no "
     "release person",
     [("Musterbestellung_4510-2310.eml", eml_bytes(r13))])

# ---- r15: hold with a named person but only 'until further notice' (no event)
r15 = pdf([
    ("h1", "TALLERES URQUIZA S.L."),
    ("h", "PEDIDO DE COMPRA / PURCHASE ORDER PC-24-01490"),
    ("table", [["Proveedor / supplier", "Anadolu Döküm San. ve Tic. A.S., Konya (TR)"],
               ["Fecha / date", "09/04/2024"],
               ["Comprador / buyer", "Iñigo Echeverría"],
               ["Entrega / delivery", "FCA Konya, semana 19"]]),
    ("sp",),
    ("table", [["Línea", "Referencia", "Descripción", "Cantidad", "Precio €"],
               ["1", "CB-310 rev C", "Cuerpo de bomba / pump body, EN-GJL-250 - muestras / samples", "15 uds", "142,00"],
               ["2", "CB-310 rev C", "Cuerpo de bomba - resto del pedido / balance", "485 uds", "36,50"]]),
    ("sp",),
    ("p", "Line 1: the 15 sample castings are released now."),
    ("p", "Line 2: the balance of 485 pcs is on hold until further notice. Ainhoa Garmendia, Jefa de "
          "Compras, is the only person who can release it. Do not pour, machine or buy material for line 2."),
    ("p", "Certificado EN 10204-3.1 y informe dimensional con las muestras."),
], title="PC-24-01490", author="Talleres Urquiza")
case("r15_hold_until_further_notice_person_named", ["RG004"],
     "15 samples released, 485 on hold 'until further notice'; release person named but no unlock "
     "event (no sign-off, revised PO, call-off or written-release trigger)",
     [("PC-24-01490.pdf", r15)])

# ---- r16: hold and event, but only 'our purchasing department' releases
r16 = docx_bytes([
    ("h1", "ORDINE DI ACQUISTO 24/0470"),
    ("p", "Ferretti Macchine Utensili S.p.A. - Via Industriale 88, 25016 Ghedi (BS)"),
    ("p", "Fornitore: Prelucrări Mecanice Timiș S.R.L., Timișoara (RO)     Data: 10/04/2024"),
    ("table", [["Pos", "Codice", "Descrizione", "Q.tà", "Prezzo €", "Consegna"],
               ["10", "SP-40 rev. C", "Mandrino / spindle shaft, 42CrMo4 QT - campionatura", "10 pz", "212,00", "sett. 20"],
               ["20", "SP-40 rev. C", "Mandrino - serie", "290 pz", "96,50", "da definire"]]),
    ("sp",),
    ("h", "Note"),
    ("p", "Pos. 10: the 10 sample shafts are ordered and may be produced now."),
    ("p", "Pos. 20: the remaining 290 pz are NOT released. They will be released after the sample "
          "inspection (collaudo campioni) has been signed off and after a written release from our "
          "purchasing department. Until then please do not start pos. 20 and buy material for pos. 10 only."),
    ("p", "Referente / contact: ufficio acquisti, acquisti@ferretti-mu.example, tel. +39 030 218 7700"),
], author="Ufficio Acquisti")
case("r16_release_by_unnamed_department", ["RG005"],
     "10 samples, 290 not released until sample sign-off and written release 'from our purchasing "
     "department' - no named person",
     [("ODA_24-0470.docx", r16)])

# ---- r17: HTML notice: samples without a number, series held without event or person
r17 = html_page("Sample order - lifting eye LE-16", """
<h2>Svea Crane AB &mdash; sample order</h2>
<p><b>To:</b> Pune Precision Castings Pvt. Ltd. &nbsp;|&nbsp; <b>Order:</b> 2024-3000-29 &nbsp;|&nbsp; <b>Date:</b> 2024-04-11</p>
<p><b>Part:</b> lifting eye LE-16, investment cast 1.6582 (34CrNiMo6), drawing LE-16 rev 4, proof load 2 &times; WLL.</p>
<div class="note">
<p>Please produce the first-article samples per drawing LE-16 rev 4 and send them with the FAI report
(AS9102 forms 1&ndash;3 are acceptable) and the proof-load certificates.</p>
<p>The series quantity of 600 pcs is not released. Do not start it.</p>
</div>
<p>Marking: heat number and &ldquo;SC&rdquo; logo, cast-in. Packing: individual VCI bags, carton, EUR pallet.</p>
<p>Svea Crane AB &mdash; Purchasing &middot; purchasing@sveacrane.example</p>
""")
case("r17_samples_without_number_series_held", ["RG004", "RG005", "RG010"],
     "sample authorization never gives the sample quantity; series 600 not released but no unlock event "
     "and no named release person",
     [("LE-16_sample_order.html", r17)])

# ---- r21: supplier reply: bar bought for all 600 and plans to roll straight into the 580
r21_buyer = D("""
    Dear Petr,

    please find PO 4700-2352 attached: 20 FAI pieces of spool SP-25 (line 10).
    The remaining 580 pcs (line 20) are not released. They will be released only
    after FAI sign-off by Lars Ek and a written release from Karin Holm, Supply
    Chain Manager. Material authority: sample-only.

    Best regards,
    Erik Sandberg
    Nordvik Hydraulik AB
""")
r21_text = D("""
    Dear Erik,

    thank you, PO 4700-2352 received and understood, 20 FAI pieces.

    FYI: to secure the slot at the mill we have already ordered the 42CrMo4 bar
    Ø45 for all 600 pcs (delivery KW 19, heat certificates will follow). This
    way we can roll straight into the 580 as soon as Lars signs off the FAI -
    no time lost on your side.

    FAI pieces: turning KW 18, grinding KW 19, FAI report and parts KW 20.

    S pozdravem / Best regards
    Petr Novák
    obchodní oddělení / Sales
    Strojírna Hranice s.r.o.
    +420 581 600 217
""") + "\n\n-----Original Message-----\nFrom: Erik Sandberg <erik.sandberg@nordvik.example>\nSent: Monday, April 22, 2024 9:12 AM\nSubject: PO 4700-2352 - SP-25\n\n" + quote(r21_buyer)
r21 = mail("Petr Novák <p.novak@strojirna-hranice.example>", "Erik Sandberg <erik.sandberg@nordvik.example>",
           "RE: PO 4700-2352 - SP-25", "Tue, 23 Apr 2024 11:37:00 +0200", r21_text,
           in_reply_to="<nvk-4700-2352@nordvik.example>")
case("r21_supplier_bought_bar_for_600_rolls_on", ["RG006", "RG007"],
     "supplier bought bar for all 600 against a sample-only material authority and plans to roll into "
     "the 580 on FAI sign-off; buyer scope quoted is otherwise complete",
     [("RE_PO_4700-2352_SP-25.eml", eml_bytes(r21))])

# ---- r22: supplier MRP printout: material ordered for the whole lot while 40 are released
r22 = D("""
    PRELUCRARI MECANICE TIMIS S.R.L.            PLANIFICARE NECESAR MATERIALE / MRP LIST
    Rulare / run: 15.04.2024 05:30   Utilizator: IMARIN   Pagina 1/1
    ======================================================================================
    Client      : BERGMANN FOERDERTECHNIK GMBH (cod 10871)
    Comanda cl. : 4510-2345           Reper: BOLT 7720-044 idx B  (42CrMo4 QT, Ø38x260)
    Cant. eliberata de client / customer released qty : 40 buc  (esantioane / samples)
    Balanta / balance                                  : 960 buc - neeliberata de client /
                                                         not released by customer
    ======================================================================================
    Cod mat.   Denumire                  Necesar   UM   Stoc   Comanda furnizor    Termen
    ---------  ------------------------  --------  ---  -----  ------------------  --------
    MP-4217    Bara 42CrMo4 Ø40 QT          3.150  kg      0   CF-7712 / 12.04.24  KW 18
               (necesar pentru / need for 1.000 buc = lot complet)
    SDV-118    Freza profil M20x2               4  buc     1   CF-7713 / 12.04.24  KW 17
    AMB-03     Cutie lemn 1200x800             10  buc     2   -                   -
    ======================================================================================
    Observatii planificare / planner note:
    materie prima comandata pentru tot lotul (1.000 buc) ca sa prindem pretul de la
    otelarie valabil pana la 30.04 - raw material ordered for the whole lot (1.000 pcs)
    to catch the mill price valid until 30.04.
    ======================================================================================
""")
case("r22_supplier_mrp_material_for_whole_lot", ["RG006"],
     "supplier MRP printout: 40 released, balance 960 not released, yet bar ordered for the whole "
     "1.000-pc lot with no material authority",
     [("MRP_CI-2404-131.txt", r22)])

# ---- r23: supplier internal kick-off minutes: billets bought for 1,500 while 50 are released
r23 = docx_bytes([
    ("h1", "Internal Kick-off Meeting - Ferretti connecting rod CR-75"),
    ("p", "Coimbatore Forge Works Pvt. Ltd. - Minutes No. CFW/KOM/24/031 - 19 April 2024"),
    ("p", "Present: Senthil Kumar (Export), R. Balaji (Production), K. Meena (Purchase), S. Arun (Quality)"),
    ("table", [["Item", "Discussion / decision", "Responsible", "Target"],
               ["1. Customer scope", "Ferretti PO 24/0481: 50 pilot forgings released. Balance 1,450 pcs not "
                "released - customer releases it after PPAP sign-off by Luca Gatti and written release by "
                "Marco Bellandi.", "Senthil", "-"],
               ["2. Die", "Die sinking completed; trial forging 24 April.", "Balaji", "24.04"],
               ["3. Raw material", "42CrMo4 billets for the full 1,500 pcs ordered from Sunflag on 18.04 to get "
                "the 1,500-lot price break (approx. 3.9 t). Delivery 10 May.", "Meena", "10.05"],
               ["4. PPAP", "Control plan, PFMEA and MSA to be ready before pilot dispatch.", "Arun", "06.05"],
               ["5. Logistics", "Pilot by air DAP Ghedi; series by sea via Genova.", "Senthil", "-"]]),
    ("sp",),
    ("p", "Next review: 26 April 2024."),
], author="S. Arun")
case("r23_supplier_kickoff_billets_for_1500", ["RG006"],
     "supplier minutes: 50 pilot released, 1,450 not released, but billets for the full 1,500 bought with "
     "no material authority",
     [("CFW_KOM_24_031.docx", r23)])

# ---- r25: WhatsApp: steel for all 300 in the yard, 'as soon as samples OK we weld the rest'
r25 = D("""
    22/04/24, 08:12 - Giulia Mancini: Buongiorno Piotr! PO 24/0490: 5 sample welded bases only, the other 295 are NOT released. Release comes after our sample check (Luca) and a written release from Marco Bellandi
    22/04/24, 08:40 - Piotr Kowalczyk: Dzień dobry Giulia 👌 understood, 5 samples first
    22/04/24, 08:41 - Piotr Kowalczyk: btw S355 plates for all 300 bases already in our yard, bought last week, very good price from the mill 💪
    22/04/24, 08:42 - Piotr Kowalczyk: so as soon as your samples are OK we weld the rest straight away, no waiting
    22/04/24, 09:15 - Giulia Mancini: Piotr can you call me tomorrow morning? I am in a meeting all day
    22/04/24, 09:16 - Piotr Kowalczyk: sure, 9:00 ok 👍
""")
case("r25_whatsapp_plates_for_300_weld_rest_after_samples", ["RG006", "RG007"],
     "supplier bought plate for all 300 while 5 are released, and assumes sample OK rolls into welding "
     "the rest; buyer's scope message is complete",
     [("WhatsApp_Chat_Piotr_Kowalczyk.txt", r25)])

# ---- r26: supplier capacity & material plan: forecast called commitment, billets for 8.000
r26 = html_page("Capacity and material plan 2024 - Svea Crane", """
<h2>Bursa Dövme A.Ş. &mdash; Capacity &amp; material plan 2024</h2>
<p>Customer: <b>Svea Crane AB</b> &nbsp;|&nbsp; Part: hook shank HS-40 (34CrNiMo6) &nbsp;|&nbsp; Prepared by: Burak Şahin, Production Planning &nbsp;|&nbsp; Rev. 3, 2024-04-12</p>
<table>
<tr><th>Item</th><th>Quantity</th><th>Source</th></tr>
<tr><td>Customer commitment 2024</td><td>8k pcs (8.000)</td><td>Svea forecast e-mail of 2024-02-12</td></tr>
<tr><td>Released by call-off</td><td>600 pcs</td><td>call-off 2024-3000-27, Johan Berg</td></tr>
<tr><td>Not released</td><td>7.400 pcs</td><td>&mdash;</td></tr>
<tr><td>Billets 34CrNiMo6 purchased (in stock)</td><td>8.000 pcs equivalent (62 t)</td><td>PO to Asil Çelik, 2024-03-04</td></tr>
</table>
<h3>Press capacity (1.600 t line)</h3>
<table>
<tr><th>Month</th><th>Shifts reserved</th><th>Pcs</th></tr>
<tr><td>May</td><td>6</td><td>600</td></tr>
<tr><td>June&ndash;December</td><td>7 per month</td><td>1.000 per month</td></tr>
</table>
<p class="note">Planning basis: the customer commitment of 8.000 pcs. Steel is secured for the whole year.</p>
""")
case("r26_capacity_plan_forecast_as_commitment_billets", ["RG006", "RG008"],
     "supplier plan calls the 8.000 forecast a 'customer commitment' and has billets for 8.000 in stock "
     "while 600 are released, with no material authority",
     [("Kapasite_plani_HS-40_2024.html", r26)])

# ---- r27: supplier confirms 60 samples (PO says 40) and forwards planner note: castings for 960 ordered
r27_fwd = mail("Jana Svobodová <j.svobodova@strojirna-hranice.example>",
               "Petr Novák <p.novak@strojirna-hranice.example>",
               "WZM VB-72 - odlitky / castings", "Wed, 17 Apr 2024 07:55:00 +0200",
               D("""
                   Ahoj Petře,

                   for WZM valve body VB-72: I have ordered the raw castings for the whole
                   960 pcs from Slévárna Olomouc today (their price is valid only this
                   week). The first 60 castings come next Tuesday for the samples, the rest
                   in May. Machining of the samples is planned on the DMU 65 in week 18.

                   Jana
                   plánování výroby / production planning
               """))
r27_buyer = D("""
    Dear Mr Novák,

    attached is zamówienie ZZ/2024/0655: 40 sample valve bodies VB-72. The
    remaining 920 pcs are not released; they will be released after FAI sign-off
    by Marek Zieliński and a written release from Tomasz Wójcik, Kierownik
    Zakupów. Material authority: sample-only.

    Pozdrawiam,
    Katarzyna Nowak
""")
r27_text = D("""
    Dear Ms Nowak,

    thank you for order ZZ/2024/0655. We confirm the 60 sample pieces of valve
    body VB-72, delivery week 19, DAP Poznań.

    Please see below the note from our planning for the castings.

    S pozdravem / Best regards
    Petr Novák
    obchodní oddělení / Sales
    Strojírna Hranice s.r.o.

""") + "\nOn 16.04.2024 13:20, Katarzyna Nowak wrote:\n" + quote(r27_buyer)
r27 = mail("Petr Novák <p.novak@strojirna-hranice.example>", "Katarzyna Nowak <k.nowak@wzm-poznan.example>",
           "RE: ZZ/2024/0655 - VB-72 - confirmation", "Wed, 17 Apr 2024 09:40:00 +0200", r27_text,
           attachments=[("rfc822", r27_fwd)], in_reply_to="<wzm-0655@wzm-poznan.example>")
case("r27_supplier_confirms_60_vs_40_castings_for_960", ["RG006", "RG011"],
     "supplier confirms 60 samples where the quoted PO authorizes 40; forwarded planner note: castings "
     "for all 960 ordered against sample-only material authority",
     [("RE_ZZ-2024-0655_VB-72.eml", eml_bytes(r27))])

# ---- r28: supplier reads the advance payment as a start signal and buys billets for all 1,000
r28_buyer = D("""
    Dear Emre,

    PO 4500087733 covers 25 sample forgings of fork head 20-512-03 only. The
    remaining 975 are not released - the production release comes only after
    EMPB sign-off and in writing from Dr. Petra Lindner, Head of Purchasing.
    The advance payment in your proforma is a payment term, not a production
    release.

    Best regards,
    Jonas Albrecht
""")
r28_text = D("""
    Dear Jonas Bey,

    we received your advance payment of EUR 6.000,00 yesterday, thank you very
    much.

    With the advance in hand we have bought the billets for all 1,000 forgings
    and started forging this week, so the series will be ready early. The 25
    samples will be taken from the first batch and sent to you by express.

    Best regards / Saygılarımızla
    Emre Kaya
    Sales Manager, Bursa Dövme A.Ş.
    +90 224 243 18 00
""") + "\nOn 11.04.2024, Jonas Albrecht wrote:\n" + quote(r28_buyer)
r28 = mail("Emre Kaya <emre.kaya@bursadovme.example>", "Jonas Albrecht <j.albrecht@kraemer-mb.example>",
           "RE: PO 4500087733 - advance payment received", "Mon, 22 Apr 2024 10:15:00 +0300", r28_text,
           in_reply_to="<kmb-87733@kraemer-mb.example>")
case("r28_supplier_advance_received_billets_for_1000", ["RG006", "RG012"],
     "supplier treats the advance payment as authority to start and buys billets for all 1,000 while 25 "
     "are released; buyer scope quoted is complete",
     [("RE_PO_4500087733.eml", eml_bytes(r28))])

# ---- r29: supplier (multipart) assumes sample approval rolls into the 1.200 series
r29_buyer = D("""
    Dear Mr Yılmaz,

    PO 4500087740: 8 sample castings of housing 20-240-11 (EN-GJS-400-18-LT).
    Only the 8 samples are released. The series quantity of 1.200 pcs is not
    released; it needs EMPB sign-off by Sven Kuhlmann and a written production
    release from Dr. Petra Lindner, Head of Purchasing.

    Mit freundlichen Grüßen
    Jonas Albrecht
""")
r29_text = D("""
    Dear Mr Albrecht,

    the 8 sample castings of housing 20-240-11 are poured and fettled; machining
    of the datum faces is running this week. Shipment in week 17 by groupage
    truck, FCA Konya, with 3.1 certificate, X-ray films (2 pcs) and the
    dimensional report.

    Once you approve the samples we will go straight into the series of 1.200
    pcs - the pattern stays on the moulding line, so there is no changeover and
    you gain about three weeks.

    Saygılarımızla / Best regards
    Mehmet Yılmaz
    Export Sales Manager, Anadolu Döküm San. ve Tic. A.Ş.
    +90 332 239 11 40
""") + "\nOn 28.03.2024 08:30, Jonas Albrecht wrote:\n" + quote(r29_buyer)
r29 = mail("Mehmet Yılmaz <m.yilmaz@anadoludokum.example>", "Jonas Albrecht <j.albrecht@kraemer-mb.example>",
           "RE: PO 4500087740 - samples 20-240-11 - status", "Tue, 16 Apr 2024 15:05:00 +0300", r29_text,
           html="<html><body>" + para_html(r29_text) + "</body></html>",
           in_reply_to="<kmb-87740@kraemer-mb.example>")
case("r29_supplier_straight_into_series_after_approval", ["RG007"],
     "supplier: 'once you approve the samples we will go straight into the series of 1.200' although the "
     "quoted PO requires a written release by a named person",
     [("RE_PO_4500087740_status.eml", eml_bytes(r29))])

# ---- r30: supplier order acknowledgement: series starts automatically on PPAP approval
r30 = pdf([
    ("h1", "PUNE PRECISION CASTINGS PVT. LTD."),
    ("p", "Plot B-14, Chakan MIDC Phase II, Pune 410501, India - GSTIN 27AABCP1234L1Z5"),
    ("h", "ORDER ACKNOWLEDGEMENT OA/PPC/24-25/019"),
    ("table", [["Customer", "Bergmann Fördertechnik GmbH, Augsburg"],
               ["Your PO", "4510-2334 dated 12.04.2024 (Lena Vogt)"],
               ["Part", "Impeller IM-160, investment cast 1.4408, drawing IM-160 rev D"],
               ["Date", "16.04.2024"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Price EUR", "Status as per your PO"],
               ["10", "PPAP samples incl. PPAP level 3 documents", "10 pcs", "185,00", "released"],
               ["20", "Series castings", "490 pcs", "41,20", "on hold - pending your release"]]),
    ("sp",),
    ("h", "Delivery schedule"),
    ("p", "PPAP samples: 5 weeks from date of this acknowledgement, by air, DAP Augsburg."),
    ("p", "Series production will start automatically upon PPAP approval; the 490 pcs will be "
          "dispatched 6 weeks after PPAP approval by sea, CIF Hamburg."),
    ("p", "Terms: as per your PO; our general terms of sale do not apply."),
    ("p", "For Pune Precision Castings Pvt. Ltd. - Priya Deshpande, PPC / Rajesh Kulkarni, GM Marketing"),
], title="OA/PPC/24-25/019", author="Pune Precision Castings")
case("r30_order_ack_series_starts_on_ppap", ["RG007"],
     "supplier acknowledgement: 'series production will start automatically upon PPAP approval' with no "
     "recorded auto-conversion",
     [("OA_PPC_24-25_019.pdf", r30)])

# ---- r31: Teams chat: buyer contradicts his own written-release requirement
r31 = D("""
    Microsoft Teams - chat export
    Conversation: Krämer / Strojírna Hranice - flange 30-702-05
    Participants: Jonas Albrecht (Krämer Maschinenbau GmbH), Petr Novák (Strojírna Hranice s.r.o.)
    Exported: 2024-04-24 17:20

    [2024-04-03 10:14] Jonas Albrecht
    Hallo Herr Novák, PO 4500087755 is in your mailbox: 10 sample flanges 30-702-05 released,
    390 on hold. For the 390 you need the EMPB sign-off from Sven Kuhlmann and my written
    release. Material for the 10 only.

    [2024-04-03 10:30] Petr Novák
    Dobrý den, thank you, understood.

    [2024-04-23 16:02] Petr Novák
    Samples are finishing tomorrow, CMM report Friday. Shall we stop the machine after the 10
    or keep it set up? Setup costs us ~4 hours.

    [2024-04-23 16:20] Jonas Albrecht
    If the CMM report is fine, just keep the machine running for the rest - no need to wait for
    the paperwork from our side 😉

    [2024-04-23 16:21] Petr Novák
    Perfect, thank you!
""")
case("r31_teams_buyer_keep_running_if_cmm_fine", ["RG007"],
     "buyer tells supplier to keep running the rest if the CMM report is fine, without waiting for his "
     "own written release - sample result treated as production authority",
     [("Teams_Kraemer_Hranice_30-702-05.txt", r31)])

# ---- r32: meeting minutes: PO scope correct, but 'SOP directly after EMPB approval'
r32 = html_page("Minutes - quality planning VS-18", """
<h2>Minutes &mdash; quality planning meeting, valve stem VS-18</h2>
<p><b>Date:</b> 2024-04-22 &nbsp;|&nbsp; <b>Place:</b> Prelucrări Mecanice Timiș, Timișoara (visit) &nbsp;|&nbsp;
<b>Participants:</b> Marek Zieliński (WZM, SQE), Katarzyna Nowak (WZM, purchasing), Andrei Popescu (PMT, sales),
Ioana Marin (PMT, production), Dan Stoica (PMT, quality) &nbsp;|&nbsp; <b>Minutes:</b> Katarzyna Nowak</p>
<table>
<tr><th>#</th><th>Topic</th><th>Decision / action</th><th>Who</th><th>When</th></tr>
<tr><td>1</td><td>Order scope</td><td>PO ZZ/2024/0672: 30 sample stems released now. Balance 1,170 on hold until EMPB
sign-off by Marek Zieliński and a written release from Tomasz Wójcik (Kierownik Zakupów).</td><td>K. Nowak</td><td>&mdash;</td></tr>
<tr><td>2</td><td>Control plan</td><td>Add 100% eddy-current check on the seat diameter; Cpk &ge; 1,67 on &Oslash;12 f7.</td><td>D. Stoica</td><td>W18</td></tr>
<tr><td>3</td><td>Gauges</td><td>Thread ring gauges M12x1,25 6g to be calibrated (certificate to WZM).</td><td>D. Stoica</td><td>W18</td></tr>
<tr><td>4</td><td>EMPB</td><td>EMPB submission with 30 samples, cpk study on 25 pcs.</td><td>I. Marin</td><td>W20</td></tr>
<tr><td>5</td><td>SOP</td><td>PMT starts series production directly after EMPB approval &mdash; target W24.</td><td>I. Marin</td><td>W24</td></tr>
<tr><td>6</td><td>Packaging</td><td>KLT 6428, 150 pcs per box, VCI paper.</td><td>A. Popescu</td><td>W20</td></tr>
</table>
<p>Next meeting: after EMPB submission.</p>
""")
case("r32_minutes_sop_directly_after_empb", ["RG007"],
     "minutes item 5: series starts directly after EMPB approval, contradicting item 1's written release "
     "by a named person; no recorded auto-conversion",
     [("MoM_VS-18_2024-04-22.html", r32)])

# ---- r33: supplier production plan: forecast as 'firm demand' and series start right after PPAP
r33 = D("""
    COIMBATORE FORGE WORKS PVT. LTD.                     PRODUCTION PLAN  CFW/PPC/2024-W18
    Customer : NORDVIK HYDRAULIK AB, Vasteras (SE)
    Part     : YOKE YK-60  (EN 42CrMo4, forged + machined)   Drg YK-60 rev 3
    Prepared : S. Arun / PPC                                   Date: 29-Apr-2024
    ----------------------------------------------------------------------------------
    Customer firm demand 2024   : 4,800 pcs  (Nordvik forecast dated 15-Mar-2024)
    Released by customer        : 20 pcs PPAP samples (PO 4700-2361)
    Series 4,800 pcs            : not yet released by customer
    ----------------------------------------------------------------------------------
    Week   Activity                                      Qty     Status
    W19    Forging of PPAP samples                        20     in progress
    W20    Machining + inspection of PPAP samples         20     planned
    W21    PPAP samples dispatch by air                   20     planned
    W22    Nordvik PPAP approval (expected)                -     -
    W23    Series forging starts immediately after
           PPAP approval                                 600     planned
    W24-W30 Series forging / machining                4,200     planned
    ----------------------------------------------------------------------------------
    Remarks: die life 12,000 strokes, no die change required for the 4,800 pcs.
""")
case("r33_production_plan_firm_demand_after_ppap", ["RG007", "RG008"],
     "supplier plan labels the Nordvik forecast 'firm demand' and schedules series forging immediately "
     "after PPAP approval although the series is not released",
     [("CFW_PPC_2024-W18.txt", r33)])

# ---- r35: SQE visit report (DOCX): 'sample release' vs 'production release', and automatic follow-on
r35 = docx_bytes([
    ("h1", "Lieferantenbesuch / Supplier visit report"),
    ("table", [["Supplier", "Prelucrări Mecanice Timiș S.R.L., Timișoara"],
               ["Date", "25.04.2024"],
               ["Bergmann", "Tobias Maier (SQE)"],
               ["Supplier side", "Andrei Popescu (sales), Ioana Marin (production), Dan Stoica (quality)"],
               ["Part", "Zwischenwelle / intermediate shaft 7720-030 index A"]]),
    ("h", "1. Order status"),
    ("p", "PO 4510-2360 covers 15 sample pcs. The balance of 585 pcs is on hold until the written "
          "production release by Claudia Reiter after EMPB sign-off."),
    ("h", "2. Process audit (VDA 6.3 P6, short)"),
    ("li", "Turning cell: CNC program version control OK, first-part approval documented."),
    ("li", "Hardening: subcontracted (Termo Banat); furnace charts available."),
    ("li", "Finding: measuring room temperature not logged -> action Dan Stoica, KW 19."),
    ("h", "3. Timing"),
    ("p", "Sample release (Musterfreigabe) planned KW 19. Agreed with Mr Popescu: after sample release "
          "the production release follows automatically, so PMT can plan series start for KW 20."),
    ("p", "Report: Tobias Maier, 26.04.2024. Distribution: L. Vogt, C. Reiter."),
], author="Tobias Maier")
case("r35_visit_report_sample_release_automatic", ["RG007", "RG009"],
     "'release' used for the sample approval (Musterfreigabe) and the production release; and the "
     "production release is said to follow the sample release automatically, with no recorded "
     "auto-conversion by the release authority",
     [("Besuchsbericht_PMT_2024-04-25.docx", r35)])

# ---- r36: buyer writes the 2025 forecast as a firm order (with DOCX attachment of the forecast)
r36_docx = docx_bytes([
    ("h1", "Svea Crane AB - demand forecast 2025"),
    ("p", "Part: bracket SB-220 (S355MC 6 mm, laser cut + bent, primed). Supplier: Kovolis Brno s.r.o."),
    ("table", [["Month", "Forecast (pcs)"],
               ["Jan", "900"], ["Feb", "1.000"], ["Mar", "1.100"], ["Apr", "1.100"], ["May", "1.000"],
               ["Jun", "1.000"], ["Jul", "600"], ["Aug", "900"], ["Sep", "1.100"], ["Oct", "1.100"],
               ["Nov", "1.100"], ["Dec", "1.100"], ["Total 2025", "12.000"]]),
    ("p", "Basis: sales plan S&OP 2024-Q2. Accuracy ±20%."),
], author="Anna Lindqvist")
r36_text = D("""
    Hi Tomáš,

    as promised, attached is our forecast for 2025 for bracket SB-220: approx.
    12.000 pcs, roughly 1.000 per month. It may still move by ±20% depending on
    the crane orders.

    Please consider this forecast our firm order for 2025 and book the laser and
    press brake capacity accordingly. Delivery dates as per the monthly split
    in the attachment.

    Thanks and have a nice weekend,
""") + SIG_SVEA_AL
r36 = mail("Anna Lindqvist <anna.lindqvist@sveacrane.example>", "Tomáš Dvořák <t.dvorak@kovolis.example>",
           "SB-220 - forecast 2025", "Fri, 26 Apr 2024 14:48:00 +0200", r36_text,
           cc="Johan Berg <johan.berg@sveacrane.example>",
           attachments=[("Forecast_2025_SB-220.docx", r36_docx, DOCX_MT)])
case("r36_buyer_forecast_as_firm_order", ["RG008"],
     "buyer calls a ±20% forecast of 12.000 pcs 'our firm order for 2025'; no release or material "
     "wording, so no other rule applies",
     [("SB-220_forecast_2025.eml", eml_bytes(r36))])

# ---- r37: supplier order confirmation turns a delivery forecast into firm orders; start tied to advance
r37 = pdf([
    ("h1", "ANADOLU DÖKÜM San. ve Tic. A.S."),
    ("h", "SIPARIS TEYIDI / ORDER CONFIRMATION AD-OC-24-0231"),
    ("table", [["Customer", "Lombardi Packaging Machines S.r.l., Bologna"],
               ["Reference", "Your delivery forecast of 05.04.2024 (weeks 16-28), Chiara Venturi"],
               ["Part", "Frame casting LPM-4410, EN-GJL-250"],
               ["Date", "09.04.2024"]]),
    ("sp",),
    ("table", [["Week", "Quantity (pcs)", "Unit price EUR", "Amount EUR"],
               ["16-19", "1.200", "31,40", "37.680,00"],
               ["20-24", "1.200", "31,40", "37.680,00"],
               ["25-28", "1.200", "31,40", "37.680,00"],
               ["Total", "3.600", "", "113.040,00"]]),
    ("sp",),
    ("p", "We thank you for your order and confirm the forecast quantities above as firm orders. "
          "Total confirmed order quantity: 3.600 pcs."),
    ("p", "Payment: 30% advance, balance 60 days. Production will start upon receipt of your 30% advance."),
    ("p", "Delivery FCA Konya. Mehmet Yilmaz, Export Sales Manager."),
], title="AD-OC-24-0231", author="Anadolu Dokum")
case("r37_supplier_confirms_forecast_as_order_start_on_advance", ["RG008", "RG012"],
     "supplier confirms a delivery forecast as firm orders (3.600) and ties production start to the "
     "advance payment",
     [("AD-OC-24-0231.pdf", r37)])

# ---- r38: VDA 4915-style DELFOR text with forecast lines labelled as firm orders
r38 = D("""
    UNB+UNOC:3+NORDVIK:ZZ+BURSADOVME:ZZ+240506:0600+DF240506001'
    UNH+1+DELFOR:D:97A:UN'
    BGM+241+DF-2024-19+9'
    DTM+137:20240506:102'
    ...
    ============================================================================
    NORDVIK HYDRAULIK AB - DELIVERY SCHEDULE (DELFOR, human-readable)
    Lieferplan / scheduling agreement : SA 5600-0142
    Supplier                           : Bursa Dövme A.S. (vendor 700502)
    Part                               : 60-220-14  forged yoke, 42CrMo4
    Issued by                          : Erik Sandberg, Purchasing  (+46 21 480 22 17)
    ----------------------------------------------------------------------------
    FIRM - RELEASED FOR PRODUCTION (Feinabruf)
      2024-W19   Mon 80  Tue 80  Wed 80  Thu 80  Fri 80      total 400 pcs
    ----------------------------------------------------------------------------
    FORECAST WEEKS - FIRM ORDER QUANTITIES (binding, please plan accordingly)
      2024-W20   400     2024-W24   400     2024-W28     0
      2024-W21   400     2024-W25   400     2024-W29     0
      2024-W22   400     2024-W26   400     2024-W30   400
      2024-W23   400     2024-W27   400     2024-W31   400
                                               forecast total 4.800 pcs
    ----------------------------------------------------------------------------
    Notes
    - Production release: week 19 only (400 pcs). Weeks 20-31 are not released for
      production; each week is released only by the next DELFOR issued by Erik
      Sandberg.
    - Material authority: raw material for the 400 pcs of week 19 only.
    - Cum received (FZ): 11.600 pcs, last ASN 24-0491.
    ============================================================================
    UNT+42+1'
    UNZ+1+DF240506001'
""")
case("r38_delfor_forecast_labelled_firm_orders", ["RG008"],
     "DELFOR: forecast weeks headed 'firm order quantities (binding)' though not released; firm week, "
     "next-DELFOR event and named issuer are present",
     [("DELFOR_SA5600-0142_W19.txt", r38)])

# ---- r42: SAP PO printout: 'released' for the release strategy (commercial) and for production
r42 = D("""
    Bergmann Fördertechnik GmbH                              BESTELLUNG / PURCHASE ORDER
    Industriestraße 40, 86167 Augsburg                   Bestellnummer : 4510-2377
                                                         Datum         : 16.04.2024
    Lieferant 300912                                     Einkäufer     : L. Vogt (B07)
    Pune Precision Castings Pvt. Ltd.
    Plot B-14, Chakan MIDC Phase II, Pune 410501, Indien

    Freigabestrategie / release strategy : B2 (Controlling > 10 TEUR)
    Freigabestatus / release status      : RELEASED / freigegeben 16.04.2024 13:52 (M. Brandt)

    Pos.  Material     Kurztext                                  Menge  ME     Preis/ME
    ----- ------------ ------------------------------------ ---------- --- ------------
    00010 7714-505     Laufrad / impeller 1.4408, Muster          12,000  ST       185,00
    00020 7714-505     Laufrad / impeller 1.4408, Serie          588,000  ST        41,20
    00030 WKZ-7714-505 Wachsspritzwerkzeug / wax tool              1,000  LE    14.800,00

    Bestelltext / PO note
      Scope: 12 sample castings (item 00010) are released for production.
      The balance of 588 pcs (item 00020) is not released. Production release
      only after EMPB sign-off by Tobias Maier (SQE) and a written production
      release by Claudia Reiter, Head of Supply Chain.
      Material: alloy for the 12 samples only.

    Lieferbedingung: CIF Hamburg (Incoterms 2020). Zahlung: 90 Tage netto.
    Seite 1 von 1
""")
case("r42_sap_po_release_strategy_and_production_release", ["RG009"],
     "'released' means the SAP release strategy (commercial approval of the PO) and also production "
     "release in the same printout; scope otherwise complete",
     [("PO_4510-2377_print.txt", r42)])

# ---- r43: Denglish email: 'sample release' given vs 'production release' to follow
r43_text = D("""
    Dear Mr Novák,

    good news: the sample release for the 10 flanges 30-702-05 was given yesterday
    by our quality, Mr Kuhlmann (Musterfreigabe erteilt, EMPB no. EM-24-0388).

    Please note this is not the production release. Only the 10 sample flanges
    of PO 4500087755 are released so far; the 390 pcs remain not released. The production release comes only in writing from Dr. Petra
    Lindner, Head of Purchasing, after the budget sign-off for the series, which
    we expect next week.

    Please keep the fixture; material for the 390 is not yet covered.

    Mit freundlichen Grüßen / Best regards
""") + SIG_KRAEMER_JA
r43 = mail("Jonas Albrecht <j.albrecht@kraemer-mb.example>", "Petr Novák <p.novak@strojirna-hranice.example>",
           "30-702-05 - Musterfreigabe / sample release", "Fri, 03 May 2024 08:15:00 +0200", r43_text,
           html="<html><body>" + para_html(r43_text) + "</body></html>")
case("r43_denglish_sample_release_vs_production_release", ["RG009"],
     "'release' used for the technical sample approval (Musterfreigabe) and for the production release; "
     "quantities, hold, budget sign-off and named releaser present",
     [("Mail_30-702-05.eml", eml_bytes(r43))])

# ---- r45: HTML: drawing 'released' (technical) and 'release of pilot parts' without a quantity
r45 = html_page("Drawing release and pilot parts - LPM-7731", """
<h2>Lombardi Packaging Machines &mdash; Release notice</h2>
<p><b>To:</b> Metalúrgica do Vouga, S.A. &mdash; Nuno Almeida &nbsp;|&nbsp; <b>Order:</b> LPM-24-0988 &nbsp;|&nbsp; <b>Date:</b> 2024-04-05</p>
<h3>1. Drawing release</h3>
<p>Drawing LPM-7731 rev. D (safety guard, 1,5 mm AISI 304, brushed) is released &mdash; technical release of
03.04.2024 by our design office. Rev. C is obsolete.</p>
<h3>2. Release of pilot parts</h3>
<p>Please produce the pilot guards in rev. D and send them for our check (dimensional + fit on machine LPM-PX2).</p>
<h3>3. Series</h3>
<div class="note">The series quantity of 800 pcs is not released until the pilot guards have been signed off by our
quality and Paolo Rinaldi, Direttore Supply Chain, has sent a written release.</div>
<p>Contact: Chiara Venturi, +39 051 630 1182</p>
""")
case("r45_drawing_release_and_pilot_parts_without_qty", ["RG009", "RG010"],
     "'release' used for the drawing (technical) and for the pilot parts (production); the pilot "
     "authorization gives no quantity",
     [("Release_notice_LPM-7731.html", r45)])

# ---- r47: multipart email: 'proceed with the sample lot only' - but how many?
r47_text = D("""
    Dear Rajesh,

    thank you for the revised quotation Q-PP-1187 rev 1 for the valve bonnet
    VB-400 (1.4408, investment cast).

    Please proceed with the sample lot only, as discussed in our call on
    Tuesday. The production quantity (1.000 pcs) is not released. It will be
    released only after PPAP sign-off by Lars Ek, Quality Manager, and a written
    release from Karin Holm, Supply Chain Manager. Material authority:
    sample-only.

    PO 4700-2372 for the tooling and the sample lot follows from our ERP today.
    Please send the PPAP documents (level 3) together with the samples.

    Best regards,
""") + SIG_NORD_ES
r47 = mail("Erik Sandberg <erik.sandberg@nordvik.example>", "Rajesh Kulkarni <rajesh.k@puneprecision.example>",
           "VB-400 - sample lot / Q-PP-1187 rev 1", "Thu, 18 Apr 2024 10:44:00 +0200", r47_text,
           html="<html><body>" + para_html(r47_text) + "</body></html>")
case("r47_proceed_with_sample_lot_no_number", ["RG010"],
     "'proceed with the sample lot only' is scoped to samples but never says how many; production 1.000 "
     "not released with PPAP sign-off + named releaser",
     [("VB-400_sample_lot.eml", eml_bytes(r47))])

# ---- r49: PO PDF: quantity 'per VDA 2 sampling plan'
r49 = pdf([
    ("h1", "WIELKOPOLSKIE ZAKLADY MASZYN S.A."),
    ("p", "ul. Glogowska 218, 60-104 Poznan, Polska - NIP 7770001234"),
    ("h", "ZAMOWIENIE / PURCHASE ORDER ZZ/2024/0690"),
    ("table", [["Dostawca / supplier", "Kovolis Brno s.r.o., Brno (CZ)"],
               ["Data / date", "2024-04-24"],
               ["Kupiec / buyer", "Katarzyna Nowak"],
               ["Dostawa / delivery", "DAP Poznan, tydzien 21"]]),
    ("sp",),
    ("table", [["Lp.", "Indeks", "Nazwa / description", "Ilosc / qty", "Cena EUR"],
               ["1", "OB-19", "Oslona / housing cover, DC04 2 mm, powder coated RAL 9005 - probki / samples",
                "per VDA 2 sampling plan", "31,00 / szt."],
               ["2", "OB-19-EMPB", "EMPB (VDA 2) incl. measurement report", "1", "240,00"]]),
    ("sp",),
    ("p", "Only the sample quantity required by the VDA 2 sampling plan is ordered. The series (forecast "
          "2.400 pcs/yr, non-binding) is not released; it will be released after EMPB sign-off by Marek "
          "Zielinski and a written release from Tomasz Wojcik, Kierownik Zakupow. Material: for the "
          "samples only."),
], title="ZZ/2024/0690", author="WZM")
case("r49_po_qty_per_sampling_plan", ["RG010"],
     "sample PO line says 'per VDA 2 sampling plan' instead of a number; hold, event and named releaser "
     "present; forecast labelled non-binding",
     [("ZZ-2024-0690.pdf", r49)])

# ---- r50: release letter for 'the pilot lot' without a number
r50 = docx_bytes([
    ("h1", "Release of pilot lot - crane hook HS-50"),
    ("p", "Svea Crane AB, Box 2040, 550 02 Jönköping - to Bursa Dövme A.Ş., Bursa (TR)"),
    ("p", "Order 2024-3000-35     Date: 2024-04-29"),
    ("p", "Dear Mr Kaya,"),
    ("p", "Following the sample sign-off (report FAI-HS50-02, proof load 2 x WLL passed, signed by our quality "
          "department on 2024-04-26), I release the pilot lot of crane hook HS-50 for production, forged and "
          "machined to drawing HS-50 rev 7."),
    ("p", "The remaining series is not released. The next release will follow the acceptance of the pilot lot "
          "at our goods-in and will again be issued in writing by me."),
    ("p", "Material authority: billets for the pilot lot only."),
    ("p", "Kind regards,"),
    ("p", "Johan Berg, Purchasing Manager, Svea Crane AB"),
], author="Johan Berg")
case("r50_pilot_lot_release_without_qty", ["RG010"],
     "written release by named manager for 'the pilot lot' gives no quantity; the rest is held until pilot "
     "lot acceptance and his next written release",
     [("Release_pilot_lot_HS-50.docx", r50)])

# ---- r53: multi-file: ERP PO printout says 12 samples, the cover email says 15
r53_po = D("""
    TALLERES URQUIZA S.L.                           PEDIDO DE COMPRA / PURCHASE ORDER
    Pol. Ind. Júndiz, c/ Lermandabide 21            Nº pedido : PC-24-01511
    01015 Vitoria-Gasteiz                           Fecha     : 24/04/2024
                                                    Comprador : I. Echeverría (C03)
    Proveedor 500318
    KOVOLIS BRNO s.r.o.
    Hněvkovského 65, 617 00 Brno, República Checa

    Lín  Referencia     Descripción                              Cant.  UD   Precio €
    ---  -------------  ---------------------------------------  -----  ---  --------
    10   TP-880 rev B   Tapa protección / guard cover, S235JR      12    UDS     48,00
                        3 mm, plegado + pintado RAL 5015
                        MUESTRAS / SAMPLES
    20   TP-880 rev B   Tapa protección - serie                   588    UDS     11,90
                        NO LIBERADO / NOT RELEASED

    Observaciones / notes:
      Line 10: 12 sample covers released.
      Line 20: the 588 series covers are not released. They will be released
      only after sample approval by Javier Ortiz (Calidad) and a written release
      from Ainhoa Garmendia, Jefa de Compras. Material for line 10 only.

    Entrega DAP Vitoria-Gasteiz, semana 20. Pago 60 días.
""")
r53_mail = mail("Iñigo Echeverría <i.echeverria@urquiza.example>", "Tomáš Dvořák <t.dvorak@kovolis.example>",
                "Pedido PC-24-01511 - TP-880 muestras", "Wed, 24 Apr 2024 16:20:00 +0200",
                D("""
                    Dear Tomáš,

                    our PO PC-24-01511 is in your supplier portal. As agreed on the phone,
                    please make 15 sample covers TP-880 rev B, painted RAL 5015, for our
                    assembly trial in week 20.

                    Please send the measurement report with the samples.

                    Un saludo,
                """) + SIG_URQ_IE)
case("r53_multifile_po_12_cover_mail_15", ["RG011"],
     "PO printout releases 12 sample covers, the cover email of the same order asks for 15; hold, "
     "event and named releaser in the PO",
     [("PC-24-01511.txt", r53_po), ("Mail_PC-24-01511.eml", eml_bytes(r53_mail))])

# ---- r54: PDF PO: header 'twenty (20)' samples vs line quantity 25
r54 = pdf([
    ("h1", "FERRETTI MACCHINE UTENSILI S.p.A."),
    ("h", "ORDINE DI ACQUISTO N. 24/0502 - CAMPIONATURA"),
    ("table", [["Fornitore", "Kovolis Brno s.r.o., Brno (CZ)"],
               ["Data", "26/04/2024"],
               ["Buyer", "Giulia Mancini"],
               ["Quantità campioni / sample quantity", "twenty (20) pcs"]]),
    ("sp",),
    ("table", [["Pos", "Codice", "Descrizione", "Q.tà", "Prezzo €"],
               ["10", "CP-205 rev. A", "Carter di protezione / guard, DC01 2 mm, verniciato - campioni", "25 pz", "39,00"],
               ["20", "CP-205 rev. A", "Carter di protezione - serie (non rilasciata / not released)", "380 pz", "12,70"]]),
    ("sp",),
    ("p", "Scope: only the sample guards are released now. The 380 series pcs (pos. 20) are not released; "
          "they will be released after the collaudo campioni (sample sign-off) by Luca Gatti and a written "
          "release from Marco Bellandi, Responsabile Acquisti. Lamiera solo per i campioni / sheet for the "
          "samples only."),
    ("p", "Resa DAP Ghedi, settimana 21. Pagamento 60 gg d.f.f.m."),
], title="ODA 24/0502", author="Ferretti")
case("r54_po_header_20_line_25", ["RG011"],
     "same PO states the sample quantity as 'twenty (20)' in the header and 25 in the line; hold, event "
     "and named releaser present",
     [("ODA_24-0502.pdf", r54)])

# ---- r55: call-off email says 400 released, attached call-off says 450 firm
r55_att = D("""
    BERGMANN FÖRDERTECHNIK GMBH - LIEFERABRUF / DELIVERY SCHEDULE (VDA 4905)
    Abruf-Nr. 00421 vom 13.05.2024     Lieferplan LP 5500001877
    Lieferant: Bursa Dövme A.S. (400922)     Sachnummer 55-310-08 Gabelkopf
    Eingangs-FZ / cum received: 4.400

    Termin        KW    Menge    Status
    22.05.2024    21      450    fix / firm - released for production
    29.05.2024    22      400    Vorschau / forecast - not released
    05.06.2024    23      400    Vorschau / forecast - not released
    12.06.2024    24      400    Vorschau / forecast - not released

    Materialfreigabe bis FZ 6.400 (staged material authority, billets only)
    Abruf erstellt von / issued by: Stefan Huber, Disposition
""")
r55_text = D("""
    Hallo Herr Kaya,

    anbei der Abruf 00421 für den Gabelkopf 55-310-08.

    Released for production this week: 400 pcs for delivery on 22.05. Weeks 22
    onwards are forecast and not released; they are released only with the next
    call-off from me. Material authority unchanged: billets up to cum 6.400.

    Bitte bestätigen Sie den Liefertermin bis Mittwoch.

    Mit freundlichen Grüßen
    Stefan Huber
    Disposition / MRP controller
    Bergmann Fördertechnik GmbH
    +49 821 4470-150
""")
r55 = mail("Stefan Huber <stefan.huber@bergmann-foerdertechnik.example>", "Emre Kaya <emre.kaya@bursadovme.example>",
           "Abruf 00421 - 55-310-08", "Mon, 13 May 2024 07:30:00 +0200", r55_text,
           attachments=[("Abruf_00421.txt", r55_att, "text/plain")])
case("r55_calloff_mail_400_attachment_450", ["RG011"],
     "call-off email releases 400 for week 21, the attached call-off shows 450 firm for the same week",
     [("Abruf_00421_mail.eml", eml_bytes(r55))])

# ---- r56: Teams: release of 60 frames in chat vs pasted PO revision with 80
r56 = D("""
    Microsoft Teams - chat export
    Conversation: Urquiza / Metalpol - bastidor BT-300 (welded frame)
    Participants: Iñigo Echeverría (Talleres Urquiza), Piotr Kowalczyk (Metalpol)
    Exported: 2024-05-08 12:00

    [2024-05-06 09:10] Iñigo Echeverría
    Buenos días Piotr. Good news: the release for the 60 frames of line 20 is signed today by
    Ainhoa Garmendia (release R-24-044). PO rev 3 follows. The remaining frames stay on hold
    until the first 60 have passed lot acceptance at our goods-in and Ainhoa sends the next
    written release.

    [2024-05-06 09:25] Piotr Kowalczyk
    Dzień dobry Iñigo, great, thank you 👍 we plan welding from week 20.

    [2024-05-07 15:42] Iñigo Echeverría
    Here is the text of PO rev 3 for your file:
    "PO PC-24-01530 rev 3 - line 20: bastidor BT-300, production, 80 pcs released
    (release R-24-044, A. Garmendia). Further frames on hold until lot acceptance of this
    quantity and the next written release by A. Garmendia."

    [2024-05-07 15:50] Piotr Kowalczyk
    ok received
""")
case("r56_teams_release_60_vs_po_rev_80", ["RG011"],
     "same release R-24-044 stated as 60 frames in the chat and as 80 in the pasted PO revision",
     [("Teams_Urquiza_Metalpol_BT-300.txt", r56)])

# ---- r57: multi-file: PO (PDF) holds 360 on line 20; release letter (DOCX) releases 'the balance of 380'
r57_po = pdf([
    ("h1", "SVEA CRANE AB"),
    ("h", "PURCHASE ORDER 2024-3000-44"),
    ("table", [["Supplier", "Prelucrari Mecanice Timis S.R.L., Timisoara (RO)"],
               ["Date", "2024-03-14"],
               ["Buyer", "Anna Lindqvist"],
               ["Delivery", "DAP Jönköping"]]),
    ("sp",),
    ("table", [["Line", "Part", "Description", "Qty", "Unit price EUR", "Status"],
               ["10", "SH-70 rev 2", "Sheave shaft, 42CrMo4 QT, induction hardened - FAI pieces", "20", "96,00",
                "released"],
               ["20", "SH-70 rev 2", "Sheave shaft - production", "360", "38,40",
                "on hold - not released"]]),
    ("sp",),
    ("p", "Line 20 will be released only after FAI sign-off by Svea Crane quality and a written release from "
          "Johan Berg, Purchasing Manager. Material authority: sample-only (bar for the 20 FAI pieces)."),
], title="PO 2024-3000-44", author="Svea Crane")
r57_rel = docx_bytes([
    ("h1", "Production release - PO 2024-3000-44"),
    ("p", "Svea Crane AB - to Prelucrări Mecanice Timiș S.R.L., attn. Andrei Popescu"),
    ("p", "Date: 2024-04-30"),
    ("p", "Following the FAI sign-off of 2024-04-26 (FAI report SH70-FAI-01, signed by Svea Crane quality), "
          "I release the balance of 380 pcs of sheave shaft SH-70 rev 2 for production."),
    ("p", "Delivery in two lots, weeks 24 and 27, DAP Jönköping."),
    ("p", "Johan Berg, Purchasing Manager, Svea Crane AB"),
], author="Johan Berg")
case("r57_multifile_po_360_release_letter_380", ["RG011"],
     "PO holds 360 on line 20 but the release letter for the same order releases 'the balance of 380'",
     [("PO_2024-3000-44.pdf", r57_po), ("Release_2024-3000-44.docx", r57_rel)])

# ---- r59: multi-file: buyer PO (DOCX) 50 pilot forgings; supplier acknowledgement (PDF) confirms 500
r59_po = docx_bytes([
    ("h1", "TALLERES URQUIZA S.L. - PEDIDO DE COMPRA PC-24-01544"),
    ("p", "Proveedor: Coimbatore Forge Works Pvt. Ltd., Coimbatore (IN)     Fecha: 15/04/2024"),
    ("table", [["Línea", "Referencia", "Descripción", "Cantidad", "Precio €", "Estado"],
               ["1", "CA-33 rev 1", "Brazo de conexión forjado / connecting arm forging, 42CrMo4 - preserie / pilot",
                "50", "21,40", "liberado / released"],
               ["2", "CA-33 rev 1", "Brazo de conexión - serie", "450", "12,90", "NO liberado / on hold"]]),
    ("sp",),
    ("p", "Line 2 is on hold until PPAP sign-off by Javier Ortiz (Calidad) and a written release from Ainhoa "
          "Garmendia, Jefa de Compras. Material authority: sample-only (billets for the 50 pilot forgings)."),
    ("p", "Entrega: FOB Chennai, semana 22. Pago 60 días fecha factura."),
    ("p", "Comprador: Iñigo Echeverría"),
], author="Iñigo Echeverría")
r59_oa = pdf([
    ("h1", "COIMBATORE FORGE WORKS PVT. LTD."),
    ("p", "SF 212, Avinashi Road, Coimbatore 641014, Tamil Nadu, India"),
    ("h", "ORDER ACKNOWLEDGEMENT CFW/OA/24/0117"),
    ("table", [["Customer", "Talleres Urquiza S.L., Vitoria-Gasteiz"],
               ["Your PO", "PC-24-01544 dated 15/04/2024"],
               ["Date", "18/04/2024"]]),
    ("sp",),
    ("table", [["Item", "Part", "Description", "Qty", "Price EUR", "Delivery"],
               ["1", "CA-33 rev 1", "Connecting arm forging, 42CrMo4", "500 pcs", "as per PO", "week 22, FOB Chennai"]]),
    ("sp",),
    ("p", "We confirm your order as above. Test certificates EN 10204 3.1 and dimensional report will accompany "
          "the shipment."),
    ("p", "Senthil Kumar, Export Manager"),
], title="CFW/OA/24/0117", author="Coimbatore Forge Works")
case("r59_multifile_po_50_ack_500", ["RG011"],
     "buyer PO releases 50 pilot forgings (450 on hold); supplier acknowledgement of the same PO confirms "
     "500 pcs for week 22",
     [("PC-24-01544.docx", r59_po), ("CFW_OA_24_0117.pdf", r59_oa)])

# ---- r61: supplier: down payment received, order 'active in production' (HTML proforma attached)
r61_buyer = D("""
    Dear João,

    PO 4510-2390: 12 sample housings 7714-240 (AlSi9Cu3, HPDC). The balance of
    588 pcs is not released - release only after EMPB sign-off by Tobias Maier
    and a written release from Claudia Reiter, Head of Supply Chain. Alloy for
    the 12 samples only.

    Best regards,
    Lena Vogt
""")
r61_pi = html_page("Proforma FL-PI-24-061", """
<h2>Fundição Lusa, Lda. &mdash; FATURA PROFORMA / PROFORMA INVOICE FL-PI-24-061</h2>
<p>Cliente: Bergmann Fördertechnik GmbH &nbsp;|&nbsp; Encomenda / PO: 4510-2390 &nbsp;|&nbsp; Data: 2024-04-10</p>
<table>
<tr><th>Descrição</th><th>Valor EUR</th></tr>
<tr><td>Molde HPDC 7714-240 (2 cavidades)</td><td>18.200,00</td></tr>
<tr><td>Sinal 30% / down payment 30%</td><td>5.460,00</td></tr>
</table>
<p>IBAN PT50 0000 0000 0000 0000 0000 0 &middot; BIC XXXXPTPL</p>
""", lang="pt")
r61_text = D("""
    Dear Lena,

    we confirm receipt of the 30% down payment (EUR 5.460,00) against proforma
    FL-PI-24-061, thank you.

    With the down payment received the order is now active in production:
    melting and die casting are scheduled for week 19, trimming and machining
    week 20. We will keep you informed.

    Com os melhores cumprimentos / Best regards
    João Ferreira
    Comercial - Fundição Lusa, Lda.
    +351 234 600 120
""") + "\nOn 10/04/2024 09:02, Lena Vogt wrote:\n" + quote(r61_buyer)
r61 = mail("João Ferreira <joao.ferreira@fundicaolusa.example>", "Lena Vogt <lena.vogt@bergmann-foerdertechnik.example>",
           "RE: PO 4510-2390 - down payment received", "Thu, 25 Apr 2024 17:12:00 +0100", r61_text,
           attachments=[("FL-PI-24-061.html", r61_pi, "text/html")], in_reply_to="<bfg-2390@bergmann-foerdertechnik.example>")
case("r61_supplier_down_payment_order_active", ["RG012"],
     "supplier: 'with the down payment received the order is now active in production'; quoted buyer "
     "scope (12 samples, 588 held, EMPB sign-off, Claudia Reiter) complete",
     [("RE_PO_4510-2390.eml", eml_bytes(r61))])

# ---- r62: Teams: supplier treats PO acceptance in the portal as the go signal; coil for all 800
r62 = D("""
    Microsoft Teams - chat export
    Conversation: Bergmann / Kovolis - Abdeckhaube 88-220
    Participants: Lena Vogt (Bergmann Fördertechnik), Tomáš Dvořák (Kovolis Brno)
    Exported: 2024-04-30 09:00

    [2024-04-22 13:05] Lena Vogt
    Hallo Tomáš, PO 4510-2401 is in your portal: 10 sample covers 88-220. The other 790 are
    not released until EMPB sign-off by Tobias Maier and a written release from Claudia Reiter.

    [2024-04-29 08:12] Tomáš Dvořák
    PO accepted in portal ✔️ Since the PO is accepted on both sides we have put the
    production run into the laser schedule for KW 21 and ordered the coil for all 800 covers.

    [2024-04-29 08:30] Lena Vogt
    Which run?? I'll call you in 5 min.
""")
case("r62_teams_po_accepted_means_production", ["RG006", "RG012"],
     "supplier treats PO acceptance as authority to schedule the production run and buys coil for all "
     "800 while 10 are released",
     [("Teams_Bergmann_Kovolis_88-220.txt", r62)])

# ---- r66: buyer's accounts payable: 'with the deposit paid you can start the order' (SWIFT copy attached)
r66_buyer = D("""
    Dear Senthil,

    zamówienie ZZ/2024/0701: 20 PPAP sample forgings of the yoke JK-14. The
    balance of 200 pcs is on hold until PPAP sign-off by Marek Zieliński and a
    written release from Tomasz Wójcik, Kierownik Zakupów. Material for the 20
    samples only.

    Pozdrawiam,
    Katarzyna Nowak
""")
r66_swift = D("""
    {1:F01PKOPPLPWAXXX0000000000}{2:I103SBININBBXXXXN}{4:
    :20:WZM240506-0117
    :23B:CRED
    :32A:240506EUR4180,00
    :50K:/PL00000000000000000000000000
    WIELKOPOLSKIE ZAKLADY MASZYN SA
    UL. GLOGOWSKA 218 60-104 POZNAN
    :59:/IN0000000000000
    COIMBATORE FORGE WORKS PVT LTD
    :70:ADVANCE 20 PCT PI-CFW-24-061
    PO ZZ/2024/0701
    :71A:SHA
    -}
""")
r66_text = D("""
    Dear Sir,

    please find attached the SWIFT confirmation of the advance payment (zaliczka)
    of 20% per your proforma PI-CFW-24-061, EUR 4.180,00, value date 06.05.2024.

    With the deposit paid you can start the order. Kindly confirm the dispatch
    date to Ms Nowak.

    Z poważaniem / Kind regards
    Anna Kamińska
    Księgowość / Accounts Payable
    Wielkopolskie Zakłady Maszyn S.A.
""") + "\n-----Original Message-----\nFrom: Katarzyna Nowak\nSent: Tuesday, April 23, 2024 11:02\nTo: Senthil Kumar\nSubject: ZZ/2024/0701 - JK-14\n\n" + quote(r66_buyer)
r66 = mail("Anna Kamińska <a.kaminska@wzm-poznan.example>", "Senthil Kumar <senthil@cfw-forge.example>",
           "FW: ZZ/2024/0701 - advance payment / zaliczka", "Mon, 06 May 2024 12:40:00 +0200", r66_text,
           cc="Katarzyna Nowak <k.nowak@wzm-poznan.example>",
           attachments=[("SWIFT_MT103_WZM240506-0117.txt", r66_swift, "text/plain")])
case("r66_accounts_payable_deposit_paid_start", ["RG012"],
     "buyer's accounts payable: 'with the deposit paid you can start the order' although the quoted PO "
     "holds the 200 pcs until PPAP sign-off and a named release",
     [("FW_ZZ-2024-0701_JK-14.eml", eml_bytes(r66))])


# =================================================================== writer
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert len(CASES) == 70, len(CASES)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(2828).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h28_{n:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        fns = [fn for fn, _ in c["files"]]
        assert len(fns) == len(set(fns)), c["name"]
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")

    # summary
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  multi-rule: {multi}")
    for r in RULES:
        print(f"  {r}: {per_rule[r]}")
    for r in RULES:
        need = 7 if r in ("RG006", "RG007", "RG011") else 5
        assert per_rule[r] >= need, (r, per_rule[r])
    fmt_files = Counter()
    fmt_cases = Counter()
    for c in CASES:
        seen = set()
        for fn, _ in c["files"]:
            ext = fn.rsplit(".", 1)[-1].upper()
            fmt_files[ext] += 1
            seen.add(ext)
        fmt_cases.update(seen)
    print("top-level files per format:", dict(fmt_files))
    print("cases per format (top-level):", dict(fmt_cases))
    print("multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
