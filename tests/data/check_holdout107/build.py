#!/usr/bin/env python3
"""Generator for the releasegate check_holdout107 corpus (laboratory consumables and glassware).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout107/build.py

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
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
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
            # column widths: every column at least as wide as its longest word, the rest of the
            # line shared in proportion to how much text each column holds
            avail = pagesize[0] - 100
            fn, fs = ss["BodyText"].fontName, ss["BodyText"].fontSize
            ncol = len(b[1][0])
            minw = [max(stringWidth(w, fn, fs) for r in b[1] for w in (str(r[j]).split() or [""])) + 14
                    for j in range(ncol)]
            prefw = [max(stringWidth(str(r[j]), fn, fs) for r in b[1]) + 14 for j in range(ncol)]
            if sum(prefw) <= avail:
                widths = [w * avail / sum(prefw) for w in prefw]
            elif sum(minw) >= avail:
                widths = [w * avail / sum(minw) for w in minw]
            else:
                extra = [pw - mw for pw, mw in zip(prefw, minw)]
                widths = [mw + (avail - sum(minw)) * e / sum(extra) for mw, e in zip(minw, extra)]
            t = Table(rows, hAlign="LEFT", colWidths=widths)
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
    m["Message-ID"] = msgid or f"<h107-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h107")
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
    """Normalise a text file body: strip the leading newline of triple-quoted strings."""
    return s.lstrip("\n")


def quote_lines(s):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in s.strip("\n").split("\n"))


def simple_html(text):
    """HTML alternative of a plain-text mail body, as a mail client would produce it."""
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "</body></html>\n")


# ====================================================================== CASES
# Internal names: cNN = clean (expect []), pNN = positive. Folder names are neutral.

# ------------------------------------------------------------------ batch 1

# c01: supplier quote on its own, sample and production tiers -> clean
case("c01_quote_tiers", [],
     "supplier quotation with evaluation-lot and production tiers; no authorization in the bundle",
     [("KD-Q-240418_quotation.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Ningbo Kangda Plastic Products Co., Ltd. | No. 17 Xingye Road, Yinzhou District, "
               "Ningbo 315100, Zhejiang, P.R. China | Tel +86 574 8812 3301"),
         ("p", "To: LabNova Distribution GmbH, Einkauf, Industriestr. 41, 68169 Mannheim, Germany "
               "| Attn.: Ms. Sabine Krüger"),
         ("p", "Quotation no.: KD-Q-240418 | Date: 18 April 2024 | Validity: 60 days"),
         ("h", "Product"),
         ("p", "Filter pipette tips 200 µL, low retention, sterile (SAL 10-6 per ISO 11137-2), "
               "DNase/RNase-free, pyrogen-free, racked 96 tips per rack, private label "
               "'LabNova ProLine', your cat. no. LN-FT200-96. Mould KD-M-2032 (32 cavities)."),
         ("table", [
             ["Tier", "Quantity", "Unit price (USD)", "Lead time"],
             ["Evaluation lot", "20 racks (1,920 tips)", "free of charge", "10 working days"],
             ["Production", "10,000 racks", "1.85 / rack", "35 days after your written release"],
             ["Production (alt.)", "25,000 racks", "1.62 / rack", "45 days after your written release"],
         ]),
         ("sp",),
         ("p", "Minimum order quantity for production: 5,000 racks. Each lot ships with a certificate "
               "of analysis (CoA) and sterility certificate. Private-label artwork to be supplied by "
               "LabNova as vector PDF."),
         ("p", "Payment terms: T/T 30% with order, 70% before shipment. Incoterms 2020: FOB Ningbo."),
         ("p", "This quotation is an offer only and is not an order confirmation. Prices are based on "
               "PP resin price index of April 2024."),
         ("p", "Sales contact: Ms. Cindy Zhou, Export Sales Manager, cindy.zhou@kangda-lab.cn"),
     ], title="Quotation KD-Q-240418", author="Ningbo Kangda"))])


# c02: supplier question about the balance -> clean
c02_text = """Dear Ms Tan,

Good day to you.

The 40 sample racks under your PO SL-PO-24-0311 were shipped out on Monday by DHL
(AWB 48 1177 2093), together with the CoA and the dimensional report. Kindly check on your
side once received.

Our production planner is asking: do we have your go-ahead for the balance 4,960 racks, or
should the moulding line stay idle until your QC sign-off? We understand the balance is on
hold until you confirm in writing, so we have not bought any resin beyond the sample
quantity. The colour masterbatch (Pantone 2925 C) is also only for the samples.

Kindly revert at your earliest convenience so we can plan the machine loading for June.

Thank you and best regards,
Nurul Aisyah binti Rahman
Customer Service Executive
Penang Polymer Labware Sdn Bhd
Plot 88, Bayan Lepas Industrial Zone Phase 4, 11900 Penang, Malaysia
Tel: +60 4 644 2190
"""
case("c02_supplier_question", [],
     "supplier asks whether the balance may start; a question, not an authorization; no material beyond samples",
     [("RE_sample_racks_SL-PO-24-0311.eml", eml_bytes(mail(
         "Nurul Aisyah <nurul.aisyah@penangpolymer.com.my>",
         "Wei Ling Tan <weiling.tan@singalab.com.sg>",
         "RE: Sample racks SL-PO-24-0311 - shipped / query on balance",
         "Wed, 22 May 2024 10:41:00 +0800", c02_text)))])


# c03: labelled forecast, SAP printout -> clean
c03_txt = txt("""
LabNova Distribution GmbH                                          Seite/Page 1 von/of 1
Einkauf / Purchasing - Mannheim
----------------------------------------------------------------------------------------
BEDARFSVORSCHAU / DEMAND FORECAST              Report ZMM_FC_02     Run: 06.05.2024 07:12
*** FORECAST - KEIN AUFTRAG / NOT A PURCHASE ORDER ***
----------------------------------------------------------------------------------------
Lieferant / Vendor : 700214  Zhejiang Jiuhe Medical Plastics Co., Ltd., Taizhou
Material           : 10045872  Petrischale 90 mm, PS, steril, 3 Nocken / Petri dish
                     90 mm, PS, sterile, triple vent, 20/sleeve, 500/case
----------------------------------------------------------------------------------------
Periode   | Menge (Kartons) | Status
----------+-----------------+--------------------------------------------------
2024/07   |             400 | PLAN (unverbindlich / non-binding)
2024/08   |             400 | PLAN (unverbindlich / non-binding)
2024/09   |             550 | PLAN (unverbindlich / non-binding)
2024/10   |             550 | PLAN (unverbindlich / non-binding)
2024/11   |             600 | PLAN (unverbindlich / non-binding)
2024/12   |             300 | PLAN (unverbindlich / non-binding)
----------+-----------------+--------------------------------------------------
Summe     |           2.800 |
----------------------------------------------------------------------------------------
Hinweis / Note:
Die obigen Mengen sind unverbindliche Planungszahlen. / The quantities above are
non-binding planning figures for your capacity planning only. They do not authorize
production, material purchase or shipment. Quantities become binding only through a
call-off (Abruf) signed by LabNova Purchasing.
----------------------------------------------------------------------------------------
Ansprechpartner / Contact: S. Krueger, +49 621 4402 118, einkauf@labnova.de
""")
case("c03_forecast_sap", [],
     "SAP demand forecast printout clearly labelled non-binding planning figures, not an order",
     [("ZMM_FC_02_700214.txt", c03_txt)])


# c04: complete sample PO with table, quote figure declared informational -> clean
case("c04_sample_po_complete", [],
     "sample PO for 12 vessels with hold, quote figure declared informational, unlock event and named release person",
     [("HB-4500012_PO.pdf", pdf([
         ("h1", "PURCHASE ORDER HB-4500012"),
         ("p", "Helix Bioworks Inc. | 210 Binney Street, Suite 4, Cambridge, MA 02142, USA"),
         ("p", "Supplier: Glasbläserei Hoffmann GmbH, Am Hofgarten 6, 97877 Wertheim, Germany "
               "(vendor no. 10388)"),
         ("p", "PO date: 2 May 2024 | Buyer: Jordan Meyers | Currency: EUR | Incoterms: FCA Wertheim"),
         ("table", [
             ["Line", "Item / description", "Drawing", "Qty", "Unit price", "Scope"],
             ["10", "Jacketed bioreactor vessel 2 L, borosilicate 3.3 (ISO 3585), 4x GL45 ports, "
                    "flat flange DN 120", "HB-DRW-2050 Rev B", "12", "EUR 385.00", "Sample"],
             ["20", "Pressure test certificate 0.5 bar, per vessel", "-", "12", "EUR 9.50", "Sample"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "This PO covers twelve (12) prototype vessels for evaluation in our 2 L perfusion "
               "runs, nothing more. Your quotation WH-2024-118 also lists a production quantity of "
               "150 vessels; that figure is for information only and is not released. The remaining "
               "138 vessels stay on hold."),
         ("p", "The production quantity can only be released after (1) our sample sign-off by "
               "Dr. Alicia Romero, Bioprocess Lead, and (2) a written release signed by Jordan Meyers, "
               "Procurement Lead, issued together with a revised PO."),
         ("p", "Material authority: sample quantity only. Please do not buy or cut borosilicate "
               "tubing for the production quantity before that release."),
         ("h", "Delivery and documents"),
         ("p", "Delivery by 14 June 2024 to Helix Bioworks, Receiving Dock B. Each vessel laser-"
               "marked with serial number; dimensional report per drawing HB-DRW-2050 Rev B "
               "(tolerances per DIN ISO 2768-m) to accompany the shipment."),
         ("p", "Questions: jordan.meyers@helixbioworks.com, +1 617 555 0142."),
     ], pagesize=LETTER, title="PO HB-4500012", author="Helix Bioworks"))])


# c05: sample approved for fit check only, quoting the original PO -> clean
c05_prev = """From: Tom Haddon <th412@gencore.cam.ac.uk>
Sent: 03 May 2024 11:20
Subject: PO CUGC-00931 - MJF plate adapter fixtures (samples)

Dear Kevin,

Please find our PO CUGC-00931 below.

PO CUGC-00931: ten (10) sample fixtures, MJF PA12, drawing CUGC-FX-0200 rev 3, for a fit
check on our liquid-handling deck. Samples only. The 190 production fixtures on your quote
SF-24-0577 are not released. They stay on hold until our validation run has been signed off
and I send you a written release with a revised PO.

Kind regards,
Tom Haddon
Procurement Officer, Genomics Core Facility"""
c05_text = f"""Dear Kevin,

Thanks very much - the 10 sample fixtures arrived on Tuesday and they sit nicely on the
Hamilton deck; the locating pins at 9.0 mm spacing are spot on.

To be clear on where we are: the samples are approved for the fit check only. Production
is not released. The 190 production fixtures stay on hold until we have done the
validation run next month (we need to see them through 50 autoclave cycles at 121 °C),
and Tom Haddon will then send you a written release together with the revised PO.
Please don't print anything further or buy powder for the 190 yet.

One small request for the production revision: could you add a 1.5 mm chamfer on the
front edge (see marked-up sketch from Tom's earlier email)? Not urgent.

Best wishes,
Fiona

Dr Fiona Walsh
Facility Manager, Genomics Core Facility
University of Cambridge

On 3 May 2024, Tom Haddon wrote:
{quote_lines(c05_prev)}
"""
case("c05_fitcheck_only", [],
     "samples approved for fit check only, production not released, validation run plus written release by named person",
     [("RE_CUGC-00931_sample_fixtures.eml", eml_bytes(mail(
         "Fiona Walsh <fw301@gencore.cam.ac.uk>",
         "Kevin Liu <kevin.liu@fuxin3d.com>",
         "RE: PO CUGC-00931 - MJF plate adapter fixtures (samples)",
         "Thu, 16 May 2024 15:02:00 +0100", c05_text,
         cc="Tom Haddon <th412@gencore.cam.ac.uk>")))])


# c06: full-quantity PO (DOCX with table) that says proceed with the full quantity -> clean
case("c06_full_qty_po_docx", [],
     "full-quantity PO for a qualified catalogue item; proceed scoped to the full 2,000 cases; no balance",
     [("NS-77120_purchase_order.docx", docx_bytes([
         ("h1", "Northfield Scientific LLC - Purchase Order NS-77120"),
         ("p", "Northfield Scientific LLC, 4400 Arlingate Lane, Columbus, OH 43228, USA"),
         ("p", "Vendor: Precisión Plásticos de Querétaro S.A. de C.V., Av. de la Luz 1204, "
               "Parque Industrial Benito Juárez, 76120 Querétaro, Qro., México"),
         ("p", "PO date: May 6, 2024   Buyer: Karen O'Donnell   Terms: Net 45   Incoterms: DAP Columbus"),
         ("table", [
             ["Line", "Cat. no.", "Description", "Qty", "UoM", "Unit price (USD)", "Ext. (USD)"],
             ["1", "PPQ-MCT-15", "Microcentrifuge tube 1.5 mL, PP, snap cap, natural, "
                                 "DNase/RNase-free, 500/bag, 10 bags/case", "2,000", "case",
              "38.40", "76,800.00"],
         ]),
         ("p", ""),
         ("p", "This is a full-quantity order for an existing catalogue item that your plant has "
               "supplied to us since 2021 (no samples required, no further quantities quoted). "
               "Please proceed with the full 2,000 cases."),
         ("p", "Delivery schedule: 500 cases each in weeks 24, 28, 32 and 36 of 2024."),
         ("p", "Each lot must ship with a certificate of analysis showing DNase, RNase and "
               "pyrogen results and the resin lot number. Pallets heat-treated (ISPM 15)."),
         ("p", "Please acknowledge this PO within 3 business days to purchasing@northfieldsci.com."),
         ("p", "Karen O'Donnell, Senior Buyer, Northfield Scientific LLC, +1 614 555 0187"),
     ], author="Karen O'Donnell"))])


# c07: call-off with explicit staged material authority above the released quantity -> clean
case("c07_calloff_staged_material", [],
     "call-off releases 500 cases; explicit staged material authority up to 2,000 cases; balance held until next call-off by named person",
     [("Abruf_RV-2024-017_02.pdf", pdf([
         ("h1", "ABRUF / CALL-OFF No. 2"),
         ("p", "LabNova Distribution GmbH, Industriestr. 41, 68169 Mannheim | USt-IdNr. DE 814 220 913"),
         ("p", "to: Zhejiang Jiuhe Medical Plastics Co., Ltd., Taizhou, Zhejiang, China (vendor 700214)"),
         ("p", "Rahmenvertrag / framework agreement RV-2024-017 | Date: 13.05.2024"),
         ("table", [
             ["Item", "Material", "Description", "Quantity", "Status"],
             ["1", "10045872", "Petri dish 90 mm, PS, sterile, triple vent, 500/case",
              "500 cases", "RELEASED by this call-off"],
             ["-", "10045872", "Framework total 2024 (forecast, non-binding)", "6.000 cases",
              "for planning only"],
             ["-", "10045872", "Already called off (Abruf 1, delivered)", "500 cases", "closed"],
         ]),
         ("sp",),
         ("h", "Production authority"),
         ("p", "Only the 500 cases of this call-off are released for production. The balance of "
               "5.000 cases under the framework is not released. The next quantity will only be "
               "released by call-off No. 3, which Sabine Krüger (Head of Purchasing) signs after "
               "lot acceptance of call-off No. 2 at our Mannheim warehouse."),
         ("h", "Material authority (staged)"),
         ("p", "You may buy and stage PS resin and sterile sleeves for up to 2.000 cases in total "
               "(this call-off plus the next three) at LabNova's liability. If LabNova does not call "
               "off that quantity by 31.12.2024, LabNova pays for the staged material at cost "
               "against proof of purchase. Material beyond 2.000 cases is at your own risk."),
         ("h", "Delivery"),
         ("p", "Delivery FOB Ningbo, ETD latest KW 26. CoA and sterility certificate (EO, per "
               "ISO 11135) per lot. Cartons labelled with our material number 10045872."),
         ("p", "gez. Sabine Krüger, Leitung Einkauf / Head of Purchasing, +49 621 4402 118"),
     ], title="Abruf 2 RV-2024-017", author="LabNova Einkauf"))])


# c08: explicit recorded auto-conversion in a quality agreement -> clean
case("c08_quality_agreement_autoconv", [],
     "quality agreement records an explicit auto-conversion naming quantity, signer and conditions; beyond it a named written release",
     [("QA-ANV-KVP-2024_quality_agreement.docx", docx_bytes([
         ("h1", "Quality Agreement QA-ANV-KVP-2024 (extract)"),
         ("p", "Between Anvaya Life Sciences Pvt Ltd, Plot 14, KIADB Bio-Pharma Park, Bengaluru 560099 "
               "(\"Anvaya\") and Kaveri Polymers Pvt Ltd, SIPCOT Phase II, Hosur 635109 (\"Supplier\")."),
         ("h", "5. Product"),
         ("p", "2 mL cryogenic vial, PP, external thread, silicone gasket, self-standing, printed "
               "white writing area, gamma sterilised (25 kGy), DNase/RNase-free. Anvaya part no. "
               "ANV-CV-2000, drawing ANV-D-118 Rev 4."),
         ("h", "6. Evaluation lot"),
         ("p", "The Supplier shall manufacture an evaluation lot EL-2024-07 of two hundred (200) "
               "vials under PO ANV/PO/24-25/0388. Only these 200 vials are authorised at present."),
         ("h", "7. Recorded auto-conversion"),
         ("p", "The parties agree and record the following auto-conversion: if Dr. Kavya Iyer, "
               "Head - Quality Assurance, Anvaya, records the sample sign-off of evaluation lot "
               "EL-2024-07 as 'approved' in writing, then Call-off 1 for five thousand (5,000) vials "
               "is released by that sign-off alone, without any further document. The sign-off must "
               "confirm leak test at -196 °C (LN2 vapour, 24 h) and thread torque per ANV-D-118."),
         ("p", "An 'interim' or 'rejected' sign-off releases nothing. Any quantity beyond Call-off 1 "
               "(the 2024-25 forecast of 60,000 vials is non-binding planning information) is not "
               "released and requires a separate written release signed by Mr. Rohit Deshpande, "
               "Head - Purchase, after lot acceptance of Call-off 1."),
         ("h", "8. Material"),
         ("p", "Material authority is limited to the quantity released at the time (200 vials now; "
               "5,000 vials after a recorded 'approved' sign-off)."),
         ("table", [
             ["Signed for Anvaya", "Signed for Supplier", "Date"],
             ["Rohit Deshpande, Head - Purchase; Dr. Kavya Iyer, Head - QA",
              "S. Murugan, Managing Director", "02-05-2024"],
         ]),
     ], author="Anvaya QA"))])


# p01: PO + quote attached, no hold language -> RG001 RG003 RG004 RG005
p01_po = pdf([
    ("h1", "PURCHASE ORDER HB-4500019"),
    ("p", "Helix Bioworks Inc. | 210 Binney Street, Suite 4, Cambridge, MA 02142, USA"),
    ("p", "Supplier: Glasbläserei Hoffmann GmbH, Am Hofgarten 6, 97877 Wertheim, Germany (vendor no. 10388)"),
    ("p", "PO date: 21 May 2024 | Buyer: Jordan Meyers | Currency: EUR | Incoterms: FCA Wertheim"),
    ("table", [
        ["Line", "Item / description", "Drawing", "Qty", "Unit price", "Total"],
        ["10", "Spinner flask 500 mL, borosilicate 3.3, side arms GL32, PTFE impeller shaft seat "
               "(prototype for evaluation)", "HB-DRW-2071 Rev A", "6", "EUR 240.00", "EUR 1,440.00"],
    ]),
    ("sp",),
    ("p", "Delivery by 28 June 2024. Please mark each flask with its serial number and include the "
          "dimensional report. Invoice to ap@helixbioworks.com quoting the PO number."),
    ("p", "Terms and conditions: Helix Bioworks standard purchasing terms rev. 2023-01 apply."),
], pagesize=LETTER, title="PO HB-4500019", author="Helix Bioworks")
p01_quote = pdf([
    ("h1", "Angebot / Quotation WH-2024-131"),
    ("p", "Glasbläserei Hoffmann GmbH - Laborglas nach Maß seit 1962 - Am Hofgarten 6, 97877 Wertheim"),
    ("p", "Kunde / customer: Helix Bioworks Inc., Mr. Jordan Meyers | Datum: 08.05.2024"),
    ("table", [
        ["Pos.", "Beschreibung / description", "Menge / qty", "Einzelpreis / unit", "Lieferzeit"],
        ["1", "Spinner flask 500 mL acc. to HB-DRW-2071 Rev A - prototypes", "6", "240,00 EUR", "5 weeks"],
        ["2", "Spinner flask 500 mL acc. to HB-DRW-2071 Rev A - series", "120", "118,00 EUR", "8 weeks"],
    ]),
    ("p", "Borosilikatglas 3.3 nach ISO 3585. Prices ex works, packing included. Valid 90 days."),
    ("p", "Mit freundlichen Grüßen / kind regards, Stefan Hoffmann, Geschäftsführer"),
], title="Quotation WH-2024-131", author="Glasblaeserei Hoffmann")
p01_text = """Hallo Herr Hoffmann,

please find attached our PO HB-4500019 for the 500 mL spinner flasks and, for reference, your
quotation WH-2024-131.

Could you confirm the delivery date by return? Our perfusion team would like to have the
flasks on the bench before the July 4th break.

Thanks and best regards,
Jordan
""" + sig("Jordan Meyers", "Procurement Lead", "Helix Bioworks Inc.", "+1 617 555 0142")
case("p01_po_with_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO for 6 flasks sent with a quote showing 120 series flasks; nothing says the 120 are not released, no event, no person",
     [("PO_HB-4500019_spinner_flasks.eml", eml_bytes(mail(
         "Jordan Meyers <jordan.meyers@helixbioworks.com>",
         "Stefan Hoffmann <s.hoffmann@glas-hoffmann.de>",
         "PO HB-4500019 - spinner flasks 500 mL",
         "Tue, 21 May 2024 14:05:00 -0400", p01_text,
         attachments=[("HB-4500019.pdf", p01_po, PDF_MT),
                      ("WH-2024-131_Angebot.pdf", p01_quote, PDF_MT)])))])


# p02: multi-file: SAP PO text + supplier quote -> RG001 RG003 RG004 RG005
p02_po = txt("""
LabNova Distribution GmbH - Einkauf                                    BESTELLUNG / PURCHASE ORDER
Industriestr. 41, 68169 Mannheim                                       Seite 1 / 1
=================================================================================================
Bestellnr./PO no. : 4500871234            Datum/Date : 06.05.2024     Einkaeufergruppe : E12
Lieferant/Vendor  : 700381 Ningbo Kangda Plastic Products Co., Ltd., Ningbo, CN
Ihr Angebot       : KD-Q-240418 vom 18.04.2024
Zahlungsbed.      : 30 Tage netto                 Incoterms : FOB Ningbo
-------------------------------------------------------------------------------------------------
Pos   Material    Bezeichnung                                   Menge  ME    Preis/USD   Wert/USD
-------------------------------------------------------------------------------------------------
00010 LN-FT200-96 Filterspitze 200 uL low retention steril       20   RAC        0,00       0,00
                  racked 96 - EVALUATION LOT / Evaluierungslos
                  Private Label 'LabNova ProLine'
-------------------------------------------------------------------------------------------------
Positionstext 00010:
Bitte CoA und Sterilitaetszertifikat (ISO 11137) beilegen. Etiketten gemaess Artwork
LN-ART-0092 Rev 2. / Please enclose CoA and sterility certificate. Labels per artwork
LN-ART-0092 Rev 2.
-------------------------------------------------------------------------------------------------
Liefertermin/Delivery : KW 22/2024          Lieferadresse : Wareneingang Tor 3, Mannheim
Gesamtwert netto      : 0,00 USD
-------------------------------------------------------------------------------------------------
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022). / Our general terms of purchase apply.
""")
p02_quote = pdf([
    ("h1", "QUOTATION"),
    ("p", "Ningbo Kangda Plastic Products Co., Ltd. | No. 17 Xingye Road, Yinzhou District, Ningbo"),
    ("p", "To: LabNova Distribution GmbH, Attn.: Ms. Sabine Krüger | Quotation no.: KD-Q-240418 | 18 April 2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
        ["1", "Filter tip 200 µL low retention, sterile, racked 96, private label - evaluation lot",
         "20 racks", "0.00", "10 working days"],
        ["2", "Same - production batch", "10,000 racks", "1.85", "35 days"],
    ]),
    ("p", "Each lot with CoA and sterility certificate. Payment T/T 30% with order, 70% before shipment."),
    ("p", "Ms. Cindy Zhou, Export Sales Manager"),
], title="KD-Q-240418", author="Ningbo Kangda")
case("p02_sap_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: SAP evaluation-lot PO for 20 racks plus quote with 10,000-rack production batch; no hold, event or release person",
     [("PO_4500871234.txt", p02_po), ("KD-Q-240418.pdf", p02_quote)])


# p03: DOCX PO quoting the production tier inline -> RG001 RG003 RG004 RG005
case("p03_docx_po_inline_quote", ["RG001", "RG003", "RG004", "RG005"],
     "evaluation PO for 50 cryovials copies the quote's 12,000 production lot beside it; no hold, unlock event or release person",
     [("AN-PO-24-25-0412.docx", docx_bytes([
         ("h1", "PURCHASE ORDER"),
         ("p", "Anvaya Life Sciences Pvt Ltd, Plot 14, KIADB Bio-Pharma Park, Hebbagodi, Bengaluru 560099. "
               "GSTIN 29AAKCA4471M1Z2"),
         ("p", "PO No.: AN/PO/24-25/0412     Date: 09-05-2024"),
         ("p", "To: M/s Chennai Polymers Pvt Ltd, 42 Sidco Industrial Estate, Ambattur, Chennai 600098"),
         ("p", "Kind Attn.: Mr. Senthil Kumar, Sales"),
         ("p", "Dear Sir, with reference to your quotation CP/Q/1187 dated 02-05-2024 and subsequent "
               "discussions, we are pleased to place our order as below:"),
         ("table", [
             ["Sl.", "Description", "Qty", "Rate (INR)", "Amount (INR)"],
             ["1", "2 mL cryovial, internal thread, self-standing, printed 'ANVAYA' logo, "
                   "gamma sterile - evaluation vials", "50 nos.", "0.00", "0.00"],
         ]),
         ("p", ""),
         ("p", "Reference - your quotation CP/Q/1187: evaluation vials 50 nos. @ INR 0.00 (free "
               "of cost); production lot 12,000 nos. @ INR 9.40 each; printing plate INR 6,500 one-time."),
         ("p", "Delivery: within 15 days, door delivery to our Hebbagodi stores. Kindly send test "
               "certificate (leak test, sterility) along with the material."),
         ("p", "Payment: 45 days from receipt of material and invoice."),
         ("p", "Kindly acknowledge receipt of this order."),
         ("p", "For Anvaya Life Sciences Pvt Ltd - Purchase Department"),
     ], author="Anvaya Purchase"))])


# p04: HTML distributor portal with supplier quote copied -> RG001 RG003 RG004 RG005
p04_body = """
<h2>SingaLab Supplies Pte Ltd &mdash; Supplier Collaboration Portal</h2>
<p>Purchase order <b>SL-PO-24-0388</b> &nbsp;|&nbsp; Supplier: Johor MicroMold Sdn Bhd (V-2217) &nbsp;|&nbsp;
Created 14 May 2024 by W. L. Tan &nbsp;|&nbsp; Currency SGD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Need date</th></tr>
<tr><td>1</td><td>SLS-TR96-BL</td><td>Tip rack 96-well, PP, autoclavable, custom blue, SingaLab logo (sample)</td>
<td>30</td><td>pcs</td><td>07-Jun-2024</td></tr>
</table>
<h3>Supplier quotation JMM-Q-5521 (copied from attachment)</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit price (SGD)</th><th>Remarks</th></tr>
<tr><td>Sample</td><td>30</td><td>0.00</td><td>from T1 mould trial</td></tr>
<tr><td>Production</td><td>3,000</td><td>1.20</td><td>MOQ 3,000; 4 weeks</td></tr>
<tr><td>Tooling</td><td>1 set</td><td>8,500.00</td><td>2-cavity, P20 steel</td></tr>
</table>
<p>Delivery address: SingaLab Supplies, 21 Kallang Avenue #06-172, Singapore 339412. Please upload
CoA and dimensional report to this portal before shipping.</p>
<p style="color:#666">Portal messages are not monitored after 6 pm SGT. For urgent matters call +65 6291 4470.</p>
"""
case("p04_portal_po_quote_copy", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample PO for 30 racks shows the copied quote with 3,000 production; no hold, event or named release person",
     [("SL-PO-24-0388_portal.html", html_page("SL-PO-24-0388", p04_body))])


# p05: multipart/alternative email with table: trial qty beside quoted volume -> RG001 RG003 RG004 RG005
p05_plain = """Hola Luis,

Following our Teams call, please supply the trial quantity below for our validation batch.

  Item        Description                                   This PO   Quoted volume
  PPQ-ST5-SC  5 mL sample tube, PP, screw cap, skirted,     250       25,000
              printed graduations, sterile

PO reference: PDL-PO-20931. Delivery DAP Leeds, please ship with the CoA and the
sterility certificate (EO). Our goods-in closes at 3 pm on Fridays.

Many thanks,
Gareth
""" + sig("Gareth Lomas", "Purchasing Manager", "Pennine Diagnostics Ltd, Leeds LS10 1AB, UK",
          "+44 113 496 0721")
p05_html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hola Luis,</p>
<p>Following our Teams call, please supply the trial quantity below for our validation batch.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Description</th><th>This PO</th><th>Quoted volume</th></tr>
<tr><td>PPQ-ST5-SC</td><td>5 mL sample tube, PP, screw cap, skirted, printed graduations, sterile</td>
<td>250</td><td>25,000</td></tr>
</table>
<p>PO reference: PDL-PO-20931. Delivery DAP Leeds, please ship with the CoA and the sterility
certificate (EO). Our goods-in closes at 3 pm on Fridays.</p>
<p>Many thanks,<br>Gareth</p>
<p style="font-size:9pt;color:#555">Gareth Lomas | Purchasing Manager | Pennine Diagnostics Ltd, Leeds LS10 1AB, UK
| +44 113 496 0721</p>
</body></html>"""
case("p05_email_table_volume", ["RG001", "RG003", "RG004", "RG005"],
     "trial PO for 250 tubes shows a 25,000 quoted volume column; no hold, unlock event or named release person",
     [("PDL-PO-20931_trial_tubes.eml", eml_bytes(mail(
         "Gareth Lomas <g.lomas@penninediagnostics.co.uk>",
         "Luis Hernández <lhernandez@ppqueretaro.com.mx>",
         "PDL-PO-20931 - 5 mL sample tubes, trial quantity",
         "Mon, 13 May 2024 09:18:00 +0100", p05_plain, html=p05_html)))])


# p06: quoted thread, buyer replies "green light" without scope -> RG002
p06_orig = """From: Megan Oduya <moduya@bioverdelabs.com>
Sent: Friday, May 10, 2024 4:12 PM
To: Lily Xu <lily.xu@clearline-labware.cn>
Subject: PO BV-2024-0456 - 96 deep-well plates 2.2 mL (samples)

Hi Lily,

PO BV-2024-0456 is attached. It covers twenty-four (24) sample deep-well plates only.
The 4,976 production plates on your quote are not released; they stay on hold until our
assay team signs off the samples and I send you a written release with a revised PO.

Thanks,
Megan Oduya
Procurement Manager, BioVerde Labs"""
p06_mid = f"""From: Lily Xu <lily.xu@clearline-labware.cn>
Sent: Tuesday, June 4, 2024 8:30 AM
To: Megan Oduya <moduya@bioverdelabs.com>
Subject: RE: PO BV-2024-0456 - 96 deep-well plates 2.2 mL (samples)

Dear Megan,

The 24 sample plates were delivered to your San Diego lab on 3 June (FedEx 7781 0329 4412).
Dimensional report and CoA are in the box. Please let us know your feedback.

Best regards,
Lily Xu
Suzhou Clearline Labware Co., Ltd.

{quote_lines(p06_orig)}"""
p06_text = f"""Hi Lily,

Team has been through them this week - all good from our side, you have the green light!
Thanks for turning these around so quickly, the well-to-well uniformity on the evaporation
test was better than our current plates.

Have a great weekend,
Megan

{quote_lines(p06_mid)}
"""
case("p06_thread_green_light", ["RG002"],
     "buyer's reply 'you have the green light' names neither sample-only nor a quantity; quoted PO scope is otherwise complete",
     [("RE_BV-2024-0456_deep-well_plates.eml", eml_bytes(mail(
         "Megan Oduya <moduya@bioverdelabs.com>",
         "Lily Xu <lily.xu@clearline-labware.cn>",
         "RE: RE: PO BV-2024-0456 - 96 deep-well plates 2.2 mL (samples)",
         "Fri, 7 Jun 2024 17:48:00 -0700", p06_text)))])


# p07: WhatsApp export, "ok approved pls proceed" -> RG002
p07_chat = txt("""
[03/06/24, 09:02:11] Wei Ling Tan: Morning Ravi. Sending PO SL-PO-24-0311 now, pls check email
[03/06/24, 09:02:40] Wei Ling Tan: PO SL-PO-24-0311 is for the 40 sample racks only. Balance 4,960 racks NOT released - on hold until our QC sign-off and my written release
[03/06/24, 09:15:03] Ravi Subramaniam: Noted Ms Tan, received. 40 pcs sample only 👍
[03/06/24, 09:15:30] Ravi Subramaniam: Will use the T1 mould, colour as per Pantone 2925C
[10/06/24, 16:44:52] Ravi Subramaniam: Samples sent by Pos Laju this morning, tracking EP512209874MY
[12/06/24, 11:20:09] Wei Ling Tan: Received, thanks. QC checking today
[14/06/24, 10:03:37] Ravi Subramaniam: Ms Tan any feedback on samples? Our line is free next week, can plan
[14/06/24, 10:05:12] Ravi Subramaniam: Boss asking 😅
[14/06/24, 13:41:26] Wei Ling Tan: Ok can, approved 👍 pls proceed
[14/06/24, 13:41:58] Ravi Subramaniam: Thank you Ms Tan!!
""")
case("p07_whatsapp_ok_approved", ["RG002"],
     "WhatsApp 'approved, pls proceed' in reply to a line-loading question, with no quantity or sample scope; earlier PO scope complete",
     [("WhatsApp_Chat_Ravi_Penang_Polymer.txt", p07_chat)])


# ------------------------------------------------------------------ batch 2

# c09: old quote forwarded as message/rfc822, declared informational -> clean
c09_old = mail("Proto3D Labs <sales@proto3dlabs.nl>",
               "Miriam Koch <m.koch@rheinland-zellkultur.de>",
               "Offerte 23-0917 magnetic separation stands",
               "Mon, 18 Sep 2023 10:00:00 +0200",
               """Dear Ms Koch,

as discussed, our offer 23-0917 for the magnetic separation stand (SLA, Tough 2000 resin):

  1 - 25 pcs          EUR 34.00 / pc
  1,000 pcs           EUR  6.80 / pc
  10,000 pcs          EUR  3.10 / pc

Lead time 3 weeks after order. Offer valid 30 days.

Met vriendelijke groet,
Daan Visser
Proto3D Labs B.V., Eindhoven
""")
c09_text = """Sehr geehrter Herr Brandt,

attached is our PO RZ-2024-0071 for fifteen (15) sample magnetic separation stands, drawing
RZ-MS-015 Rev 2 (SLA, autoclavable resin, N52 magnets pressed in).

Forwarded below, for context only, is the 2023 offer of our previous supplier with prices up
to 10,000 pcs. It is for information only: nothing in it is ordered or released, and its
quantities are not ours.

Only the 15 sample stands are released. Any production quantity (not yet decided) stays on
hold until Dr. Jonas Albrecht (CSO) has signed off the samples in our magnetic bead test and
I have issued a written release together with a revised PO. Please do not buy resin or
magnets beyond the 15 samples.

Mit freundlichen Grüßen
Miriam Koch
""" + sig("Miriam Koch", "Einkauf / Procurement", "Rheinland Zellkultur GmbH, Köln",
          "+49 221 9987 4410")
case("c09_forwarded_old_quote", [],
     "forwarded 2023 quote with 10,000 pcs declared informational; 15 samples released, hold, sign-off plus written release by named person",
     [("PO_RZ-2024-0071_magnetic_stands.eml", eml_bytes(mail(
         "Miriam Koch <m.koch@rheinland-zellkultur.de>",
         "Felix Brandt <f.brandt@druckwerk3d.de>",
         "Bestellung RZ-2024-0071 - Magnetständer Muster / sample stands",
         "Wed, 15 May 2024 11:30:00 +0200", c09_text,
         attachments=[("RZ-2024-0071.txt",
                       "PO RZ-2024-0071 | Rheinland Zellkultur GmbH | 15 (fifteen) sample magnetic "
                       "separation stands, drawing RZ-MS-015 Rev 2 | EUR 29.00/pc | delivery KW 23 | "
                       "samples only - production not released\n", "text/plain"),
                      ("rfc822", c09_old)])))])


# c10: quoted supplier auto-conversion assumption, buyer corrects it -> clean
c10_sup = """From: Lily Xu <lily.xu@clearline-labware.cn>
Sent: Monday, 13 May 2024 9:12 AM
To: Arjun Pillai <arjun.pillai@genexabio.sg>
Subject: RE: PO GX-45-00207 PCR plates

Dear Arjun,

Thank you for PO GX-45-00207. To save time, once your team approves the 24 sample PCR
plates we will roll straight into the 9,600 plates, our mould is ready.

Best regards,
Lily"""
c10_text = f"""Hi Lily,

Please don't. Sample sign-off does not release production here. The 9,600 plates stay on
hold until I send you a written release, and I will only do that after our sign-off of the
samples and a revised PO from our side. There is no automatic step from samples to
production.

For now please build only the 24 sample plates (skirted 96-well, 0.2 mL, clear, barcode on
the long side as per our artwork GX-ART-07).

Thanks,
Arjun

Arjun Pillai | Procurement Lead | Genexa Biosciences Pte Ltd
61 Science Park Road, #03-14, Singapore 117525 | +65 6773 0912

{quote_lines(c10_sup)}
"""
case("c10_buyer_corrects_autoconv", [],
     "quoted supplier assumption of roll-over is corrected by the named buyer; 24 samples only, hold, sign-off plus written release",
     [("RE_GX-45-00207_PCR_plates.eml", eml_bytes(mail(
         "Arjun Pillai <arjun.pillai@genexabio.sg>",
         "Lily Xu <lily.xu@clearline-labware.cn>",
         "RE: RE: PO GX-45-00207 PCR plates",
         "Mon, 13 May 2024 14:27:00 +0800", c10_text)))])


# c11: supplier proforma: advance does not release production -> clean
case("c11_proforma_advance", [],
     "supplier proforma: advance received, states explicitly that it does not release production; builds 6 samples only",
     [("VSGW-PI-2425-061_proforma.pdf", pdf([
         ("h1", "PROFORMA INVOICE"),
         ("p", "Vadodara Scientific Glass Works | 112/B GIDC Makarpura, Vadodara 390010, Gujarat, India "
               "| GSTIN 24AAGFV2218K1ZQ | Ph. +91 265 263 8815"),
         ("p", "PI No.: VSGW/PI/24-25/061   Date: 10-05-2024   Your PO: AN/PO/24-25/0397 dt. 02-05-2024"),
         ("p", "Buyer: Anvaya Life Sciences Pvt Ltd, Bengaluru 560099 - Kind Attn. Mr. Rohit Deshpande"),
         ("table", [
             ["Sr.", "Description", "HSN", "Qty", "Rate (INR)", "Amount (INR)"],
             ["1", "Jacketed reaction vessel 1 L, 3-neck (NS 29/32 centre, NS 14/23 side), "
                   "borosilicate 3.3, drawing ANV-G-044 Rev 1 - SAMPLE", "7017", "6 nos.", "10,500.00",
              "63,000.00"],
             ["", "IGST 18%", "", "", "", "11,340.00"],
             ["", "Total", "", "", "", "74,340.00"],
         ]),
         ("sp",),
         ("p", "Advance of 30% (INR 22,302) received with thanks on 08-05-2024 vide UTR HDFC0524881."),
         ("p", "Kindly note: the advance payment does not release production. As per your PO we "
               "shall manufacture only the 6 (six) sample vessels. The balance 594 nos. mentioned in "
               "our offer VSGW/Q/24-25/019 remain on hold, and we shall not start them or cut tubing "
               "for them until we receive a written release from Mr. Rohit Deshpande after your "
               "sample sign-off."),
         ("p", "Delivery: 3 weeks from date of advance. Packing: foam-in-place, wooden crate."),
         ("p", "For Vadodara Scientific Glass Works - (Hitesh Patel) Partner"),
     ], title="PI VSGW/PI/24-25/061", author="VSGW"))])


# c12: supplier acknowledgement restating the hold (DOCX) -> clean
case("c12_supplier_ack_docx", [],
     "supplier order acknowledgement restates 40 samples only, balance on hold, no material beyond samples, named release person",
     [("OA-PPL-24-1193_order_acknowledgement.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT OA-PPL-24-1193"),
         ("p", "Penang Polymer Labware Sdn Bhd (Co. No. 201501023318), Plot 88, Bayan Lepas Industrial "
               "Zone Phase 4, 11900 Penang, Malaysia"),
         ("p", "Customer: SingaLab Supplies Pte Ltd, 21 Kallang Avenue #06-172, Singapore 339412"),
         ("p", "Your PO: SL-PO-24-0415 dated 20 May 2024      Our ref.: OA-PPL-24-1193"),
         ("table", [
             ["Line", "Part no.", "Description", "Qty acknowledged", "Ship date"],
             ["1", "PPL-TR96-2925", "Tip rack 96-well, PP, autoclavable, Pantone 2925 C, SingaLab "
                                    "logo - SAMPLE", "40 pcs", "31 May 2024"],
         ]),
         ("p", ""),
         ("p", "We acknowledge your PO SL-PO-24-0415 for forty (40) sample racks only."),
         ("p", "The balance of 4,960 racks shown on our quotation PPL-Q-24-0877 is not released and "
               "stays on hold. We will not purchase resin or masterbatch beyond the 40 sample racks."),
         ("p", "Production of the balance will start only after Ms. Wei Ling Tan, Purchasing Manager, "
               "sends us a written release following your QC sign-off of the samples."),
         ("p", "Thank you for your order. For any query kindly contact the undersigned."),
         ("p", "Nurul Aisyah binti Rahman, Customer Service Executive, +60 4 644 2190"),
     ], author="Penang Polymer Labware"))])


# c13: full-quantity ERP printout, identifiers that look like quantities -> clean
c13_txt = txt("""
UNIVERSITAET HEIDELBERG - CORE FACILITY ZELLBIOLOGIE              BESTELLUNG / PURCHASE ORDER
Im Neuenheimer Feld 267, 69120 Heidelberg                          Blatt 1/1
=================================================================================================
Bestellung     : 4700052500                  Datum      : 03.06.2024
BANF           : 10005000                    Kostenst.  : 5000-250 (Zellbiologie)
Sachkonto      : 500010                      Einkaeufer : R. Vollmer (Zentraleinkauf)
Lieferant      : 10388 Glasblaeserei Hoffmann GmbH, Am Hofgarten 6, 97877 Wertheim
-------------------------------------------------------------------------------------------------
Pos  Bezeichnung / Description                          Zeichnung       Menge   ME   EUR/ME
-------------------------------------------------------------------------------------------------
10   Messkolben 250 ml mit Seitenarm, Klasse A           DRW-2500 Rev C     40   ST   46,20
     ISO 1042:1998, NS 14/23, Borosilikat 3.3 (DIN ISO 3585)
     volumetric flask 250 mL with side arm, class A
20   Konformitaetszertifikat nach DIN EN ISO 4787          -                 40   ST    3,10
     certificate of conformity per ISO 4787, per flask
-------------------------------------------------------------------------------------------------
Gesamtwert netto : 1.972,00 EUR
-------------------------------------------------------------------------------------------------
Lieferung: komplett, KW 27/2024, frei Haus, Anlieferung Gebaeude INF 267, Rampe 2.
Dies ist die Gesamtmenge; es folgen keine Teilmengen und es wurden keine weiteren Mengen angefragt.
This is the total quantity; no further quantities are planned or quoted.
Rechnung an: Universitaet Heidelberg, Kreditorenbuchhaltung, Postfach 10 57 60, 69047 Heidelberg
Es gelten die Einkaufsbedingungen der Universitaet Heidelberg (Stand 01/2023).
""")
case("c13_full_qty_erp_identifiers", [],
     "full-quantity university PO for 40 flasks; numbers like 4700052500, 5000-250, DRW-2500, ISO 1042:1998 are identifiers",
     [("Bestellung_4700052500.txt", c13_txt)])


# c14: interim sign-off with limits plus a scoped release R-1 -> clean
c14_text = """Dear Mr. Zhang,

thank you for the evaluation lot of 20 cases of the 55 mm contact plates (your quote
JH-Q-0912, our PO 4500872655).

1) Sample sign-off (Dr. Matthias Berger, QA): INTERIM. The stacking-ring height is 0.3 mm
   above drawing LN-CP55 Rev 3 but does not affect our filling line. The interim sign-off is
   limited to 300 cases and valid until 30.06.2024. The full sign-off needs parts from the
   corrected mould insert.

2) Release R-1 (Sabine Krüger, Purchasing): on the basis of that interim sign-off I release
   300 cases (three hundred) under PO 4500872655 Rev 1, delivery KW 27.

3) The remaining 9,700 cases of quote JH-Q-0912 are not released. They stay on hold until
   Dr. Berger records the full sign-off on parts from the corrected insert and I send you
   release R-2 in writing.

4) Material authority: PS resin and sleeves for the 300 cases of R-1 only.

Please confirm by return that you have planned exactly 300 cases.

Mit freundlichen Grüßen / best regards
Sabine Krüger
""" + sig("Sabine Krüger", "Leitung Einkauf / Head of Purchasing",
          "LabNova Distribution GmbH, Industriestr. 41, 68169 Mannheim", "+49 621 4402 118")
case("c14_interim_signoff_r1", [],
     "interim sign-off limited to 300 cases and a date; release R-1 of 300 by named person; rest held until full sign-off and R-2",
     [("R-1_contact_plates_4500872655.eml", eml_bytes(mail(
         "Sabine Krüger <s.krueger@labnova.de>",
         "Zhang Wei <zhangwei@jiuhe-med.com>",
         "PO 4500872655 - contact plates 55 mm: interim sign-off + release R-1 (300 cases)",
         "Thu, 23 May 2024 16:10:00 +0200", c14_text, html=simple_html(c14_text),
         cc="Matthias Berger <m.berger@labnova.de>")))])


# c15: Slack Connect export, scoped pilot go-ahead, material question refused -> clean
c15_chat = txt("""
Slack export - #helix-fuxin-fixtures (Slack Connect: Helix Bioworks <> Shenzhen Fuxin 3D)
Exported 2024-06-03 by jordan.meyers

2024-05-20 08:51  Kevin Liu (Fuxin): Hi all, quote SF-24-0611 updated in the canvas: 20 prototype holders + 480 production, MJF PA12 bead-blasted, dyed black
2024-05-20 09:14  Jordan Meyers (Helix): Thanks Kevin. PO HB-4500031 is going out today.
2024-05-20 09:16  Jordan Meyers (Helix): 📌 Pilot run: go ahead with the 20 prototype holders only. The 480 production holders are NOT released - I'll send the written release after Priya signs off the prototypes on our OT-2 deck.
2024-05-20 09:40  Priya Nair (Helix): Will test them in the OT-2 the week of the 3rd. Need to check the 2.0 mm tube clearance + 20 autoclave cycles
2024-05-21 02:12  Kevin Liu (Fuxin): Understood, 20 pcs only. Should we go ahead and order the PA12 for the 480 to save 2 weeks?
2024-05-21 07:55  Jordan Meyers (Helix): No, please don't - powder for the 20 prototypes only until you have the written release from me.
2024-05-21 08:02  Kevin Liu (Fuxin): 👍 copy that
2024-05-29 03:30  Kevin Liu (Fuxin): 20 holders shipped, DHL 39 1180 2297 (arrives Fri)
""")
case("c15_slack_scoped_pilot", [],
     "Slack: go-ahead scoped to 20 prototypes, 480 not released, sign-off plus written release by named buyer; supplier's material question refused",
     [("slack_helix-fuxin-fixtures.txt", c15_chat)])


# c16: WhatsApp, Malaysian/Indian English, scoped sample instruction -> clean
c16_chat = txt("""
17/05/2024, 10:02 - Lim Ah Seng (Johor MicroMold): Good morning sir. PO ANV/PO/24-25/0431 received, tq
17/05/2024, 10:03 - Lim Ah Seng (Johor MicroMold): Sir only the 30 pcs sample lah or can run all? Our quote got 3,000 pcs
17/05/2024, 10:21 - Rohit Deshpande (Anvaya): Good morning Mr Lim. Only the 30 sample racks please.
17/05/2024, 10:22 - Rohit Deshpande (Anvaya): Remaining 2,970 are on hold, not released. Once Dr Kavya signs off the samples I will send written release with revised PO. Till then no production and no resin purchase beyond the sample qty
17/05/2024, 10:25 - Lim Ah Seng (Johor MicroMold): Ok sir noted, 30 pcs only. Will send by 24th with CoA
17/05/2024, 10:25 - Rohit Deshpande (Anvaya): 👍 thank you
24/05/2024, 17:48 - Lim Ah Seng (Johor MicroMold): Sir samples out today, Gati AWB 6650192, reach Bengaluru Tuesday
""")
case("c16_whatsapp_scoped_samples", [],
     "WhatsApp: supplier asks 'only sample or all'; named buyer answers 30 only, 2,970 on hold until sign-off and his written release",
     [("WhatsApp_Chat_with_Lim_Ah_Seng.txt", c16_chat)])


# p08: folder: portal page (released 500, comment "Approved - proceed") + release notice (300) -> RG002 RG011
p08_html = """
<h2>NorthLink Supplier Portal &mdash; Northfield Scientific LLC</h2>
<p>PO <b>NS-78002</b> &nbsp;|&nbsp; Vendor: Precisión Plásticos de Querétaro (V-40117) &nbsp;|&nbsp; Buyer: K. O'Donnell</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>PO qty</th><th>Released qty</th><th>On hold</th><th>Status</th></tr>
<tr><td>1</td><td>PPQ-CT15-NS</td><td>15 mL conical tube, PP, sterile, Northfield print &mdash; samples</td>
<td>50 tubes</td><td>50 tubes</td><td>0</td><td>Received 24-May-2024</td></tr>
<tr><td>2</td><td>PPQ-CT15-NS</td><td>15 mL conical tube, PP, sterile, Northfield print, 500/case</td>
<td>2,000 cases</td><td>500 cases</td><td>1,500 cases</td><td>Open</td></tr>
</table>
<p class="note">Line 2 is released only as shown in the column &ldquo;Released qty&rdquo;. Quantities on hold are
not released until the next release notice, signed by Karen O'Donnell after lot acceptance of the previous release.</p>
<h3>Activity</h3>
<table>
<tr><th>Date</th><th>User</th><th>Comment</th></tr>
<tr><td>24-May-2024</td><td>E. Park (QA)</td><td>Samples received, testing started (leak, RCF 12,000 x g, sterility).</td></tr>
<tr><td>28-May-2024</td><td>E. Park (QA)</td><td>Sample sign-off recorded, report NS-QA-0588 attached.</td></tr>
<tr><td>31-May-2024</td><td>K. O'Donnell</td><td>Approved &ndash; proceed.</td></tr>
<tr><td>31-May-2024</td><td>L. Hern&aacute;ndez (vendor)</td><td>Gracias, noted.</td></tr>
</table>
"""
p08_notice = pdf([
    ("h1", "RELEASE NOTICE NS-78002-R1"),
    ("p", "Northfield Scientific LLC, 4400 Arlingate Lane, Columbus, OH 43228 | May 31, 2024"),
    ("p", "To: Precisión Plásticos de Querétaro S.A. de C.V. - Ing. Luis Hernández"),
    ("table", [
        ["PO / line", "Item", "Released by this notice", "Still on hold"],
        ["NS-78002 / 2", "PPQ-CT15-NS 15 mL conical tube, 500/case", "300 cases", "1,700 cases"],
    ]),
    ("sp",),
    ("p", "Sample sign-off recorded on May 28, 2024 by Dr. Elaine Park, QA (report NS-QA-0588)."),
    ("p", "This notice releases 300 cases of line 2 for production and delivery in week 26. The "
          "remaining 1,700 cases of line 2 stay on hold until release notice R2, signed by Karen "
          "O'Donnell, after lot acceptance of R1 at our Columbus warehouse."),
    ("p", "Karen O'Donnell, Senior Buyer (release authority up to USD 50,000)"),
], pagesize=LETTER, title="Release notice NS-78002-R1", author="Northfield Scientific")
case("p08_portal_vs_release_notice", ["RG002", "RG011"],
     "folder: portal shows 500 cases released, release notice R1 releases 300; portal comment 'Approved - proceed' is unscoped",
     [("NS-78002_NorthLink.html", html_page("NorthLink PO NS-78002", p08_html)),
      ("NS-78002-R1_release_notice.pdf", p08_notice)])


# p09: buyer: PO accepted + deposit paid, "green light, go ahead" -> RG002 RG012
p09_orig = """From: Miriam Koch <m.koch@rheinland-zellkultur.de>
Sent: Montag, 6. Mai 2024 10:15
To: Grace Lin <grace.lin@huayu-labware.com>
Subject: PO RZ-2024-0093 vented caps for T-75 flasks

Dear Grace,

attached is PO RZ-2024-0093. It covers sixty (60) sample vented caps (0.22 µm PTFE membrane,
our drawing RZ-VC-075 Rev 1) for our pilot. The 5,940 production caps on your quote
HY-2404-33 are not released. They stay on hold until our pilot run is signed off and
Dr. Jonas Albrecht (CSO) sends you a written release.

Best regards,
Miriam Koch"""
p09_text = f"""Hi Grace,

your order confirmation for PO RZ-2024-0093 arrived this morning, thanks, and our accounts
team paid the 30% deposit (EUR 1,860.00, tooling and samples) yesterday - so: green light,
go ahead! Looking forward to the first boxes.

Beste Grüße
Miriam

Miriam Koch | Einkauf / Procurement | Rheinland Zellkultur GmbH | Köln

{quote_lines(p09_orig)}
"""
case("p09_deposit_green_light", ["RG002", "RG012"],
     "buyer treats order confirmation plus paid deposit as 'green light, go ahead', unscoped; the quoted PO scope is otherwise complete",
     [("RE_PO_RZ-2024-0093_vented_caps.eml", eml_bytes(mail(
         "Miriam Koch <m.koch@rheinland-zellkultur.de>",
         "Grace Lin <grace.lin@huayu-labware.com>",
         "AW: PO RZ-2024-0093 vented caps for T-75 flasks",
         "Thu, 16 May 2024 09:05:00 +0200", p09_text)))])


# p10: Teams chat: 'approved' for QA, for PO revision, then unscoped -> RG002 RG009
p10_chat = txt("""
Microsoft Teams - chat export
Chat: "LabNova / Kangda - 50 mL conical tubes"   (external participants: Kangda)
Exported by: s.krueger@labnova.de   Time zone: W. Europe (UTC+02:00)

[06.05.2024 09:10] Sabine Krüger (LabNova): Reminder for everybody: PO 4500873301 Rev 1 covers 24 sample tubes only. The other 9,976 tubes from quote KD-Q-240430 are not released - they wait for Dr. Berger's sample sign-off and my written release.
[06.05.2024 09:12] Mei Chen (Kangda): Noted Sabine, thank you. 24 pcs in production now.
[21.05.2024 14:02] Mei Chen (Kangda): Dear all, any result on the 24 samples? Thank you
[22.05.2024 11:47] Dr. Matthias Berger (LabNova): QA approved ✔ - dimensions, leak test at 90 kPa and RCF test at 12,000 x g on the 24 sample tubes all OK. Report QA-24-117 in the files tab.
[22.05.2024 11:52] Sabine Krüger (LabNova): Purchasing approved the PO revision yesterday (Rev 2, new payment terms).
[22.05.2024 11:53] Sabine Krüger (LabNova): @Mei Chen so from our side it's approved.
[22.05.2024 12:05] Mei Chen (Kangda): Thank you very much!! 😊
""")
case("p10_teams_approved_three_ways", ["RG002", "RG009"],
     "Teams chat uses 'approved' for the QA result, the PO revision and then an unscoped 'from our side it's approved'",
     [("Teams_chat_LabNova_Kangda_conical.txt", p10_chat)])


# p11: supplier reply: once samples approved, continue directly with the balance -> RG007
p11_orig = """From: Sabine Krüger <s.krueger@labnova.de>
Sent: Tuesday, 7 May 2024 15:40
To: Cindy Zhou <cindy.zhou@kangda-lab.cn>
Subject: PO 4500872210 - filter tips 1000 uL evaluation racks

Dear Cindy,

PO 4500872210 is attached: twenty (20) evaluation racks only. The remaining 9,980 racks of
quotation KD-Q-240502 are not released and remain on hold until our QA sign-off by
Dr. Matthias Berger and a written call-off signed by me.

Mit freundlichen Grüßen
Sabine Krüger
Leitung Einkauf, LabNova Distribution GmbH"""
p11_text = f"""Dear Sabine,

Well received PO 4500872210 with thanks. The 20 evaluation racks will be moulded on
Thursday and shipped with CoA and sterility certificate by next Wednesday.

To keep our moulding slot in June: once your lab approves the 20 sample racks, we will
continue directly with the 9,980 racks, so no need for you to send another document.
This way you will receive the goods 3 weeks earlier.

Best regards,
Cindy Zhou
Export Sales Manager
Ningbo Kangda Plastic Products Co., Ltd.
Tel +86 574 8812 3301 | WeChat: cindyzhou_kd

{quote_lines(p11_orig)}
"""
case("p11_supplier_continue_directly", ["RG007"],
     "supplier says it will continue directly with the 9,980 racks once the samples are approved, against the quoted written call-off requirement",
     [("RE_PO_4500872210_evaluation_racks.eml", eml_bytes(mail(
         "Cindy Zhou <cindy.zhou@kangda-lab.cn>",
         "Sabine Krüger <s.krueger@labnova.de>",
         "RE: PO 4500872210 - filter tips 1000 uL evaluation racks",
         "Wed, 8 May 2024 10:22:00 +0800", p11_text)))])


# p12: buyer's QA contradicts own PO: "if they pass sterility, just carry on with the rest" -> RG007
p12_po = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500872789"),
    ("p", "LabNova Distribution GmbH, Industriestr. 41, 68169 Mannheim | 27.05.2024"),
    ("p", "Lieferant: Zhejiang Jiuhe Medical Plastics Co., Ltd. (700214) - Attn. Mr. Zhang Wei"),
    ("table", [
        ["Pos.", "Material", "Beschreibung", "Menge", "Preis"],
        ["10", "10046120", "Petri dish 150 mm, PS, sterile (R), vented, evaluation quantity",
         "500 dishes (1 case)", "USD 0,00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO covers one (1) case of 500 dishes for our sterility and flatness testing. "
          "The remaining 19,500 dishes of your quote JH-Q-0930 are not released and stay on hold."),
    ("p", "Production of the remaining quantity can only be released by a written release signed by "
          "Sabine Krüger, Head of Purchasing, after Dr. Matthias Berger (QA) has signed off the "
          "evaluation case. Material authority: evaluation case only."),
    ("p", "gez. Sabine Krüger"),
], title="PO 4500872789", author="LabNova Einkauf")
p12_text = """Hi Mr. Zhang,

the PO is attached again, as you asked. The evaluation case arrived on Friday and we start
the sterility test (14 days incubation, TSA/SDA) on Monday.

To save time: if the dishes pass the sterility test, just carry on with the rest - no need
to wait for a paper from Sabine, she is on holiday until mid-August anyway. I will let you
know the result by e-mail.

Best regards
Matthias Berger
""" + sig("Dr. Matthias Berger", "Qualitätssicherung / QA", "LabNova Distribution GmbH, Mannheim",
          "+49 621 4402 130")
case("p12_qa_carry_on_with_rest", ["RG007"],
     "buyer's QA tells supplier to carry on with the rest if sterility passes, skipping the PO's written release by the named head of purchasing",
     [("PO_4500872789_sterility_test.eml", eml_bytes(mail(
         "Matthias Berger <m.berger@labnova.de>",
         "Zhang Wei <zhangwei@jiuhe-med.com>",
         "PO 4500872789 Petri dishes 150 mm - sterility test",
         "Fri, 31 May 2024 17:20:00 +0200", p12_text,
         attachments=[("4500872789.pdf", p12_po, PDF_MT)])))])


# p13: Slack export: supplier plans to flip straight into production; buyer changes pilot qty 20 -> 25 -> RG007 RG011
p13_chat = txt("""
#cellwise-fuxin  (Slack Connect)  - export 2024-06-10
---------------------------------------------------------------------
May 14th, 2024
[9:02 AM] Dana Whitfield (Cellwise): :pushpin: PO CW-PO-1187 is live: 20 pilot units of the CW-TH-04 tube holder (rev C), SLA, autoclavable resin. The 380 production units in quote SF-24-0702 are not released - they stay on hold until Omar's QC signs off the pilot units and I send a written release.
[9:40 PM] Zoe Wang (Fuxin Ops): Thanks Dana! FYI we will plan to flip straight into the 380 the day your QC passes the pilot lot, so no gap on the printers :slightly_smiling_face:
[9:41 PM] Kevin Liu (Fuxin): Pilot units will print Thursday, ship Monday
May 15th, 2024
[8:15 AM] Omar Haddad (Cellwise): Pilot units: please include 2 with the alternative snap fit (rev C-alt in the drive)
[8:31 AM] Dana Whitfield (Cellwise): Kevin - one change: please go ahead with 25 pilot units instead of 20, Omar needs extras for the autoclave abuse test. Same price per unit.
[8:50 PM] Kevin Liu (Fuxin): Ok noted :+1:
May 21st, 2024
[10:05 PM] Kevin Liu (Fuxin): Pilot units shipped UPS 1Z 4W8 77E 04 1192 3318
""")
case("p13_slack_flip_and_pilot_change", ["RG007", "RG011"],
     "supplier ops plan to flip into the 380 when QC passes (uncorrected); buyer asks for 25 pilot units while PO CW-PO-1187 says 20",
     [("slack_cellwise-fuxin.txt", p13_chat)])


# p14: folder: validation-batch PO + quality agreement clause "commercial batches follow automatically" -> RG007
p14_po = txt("""
GENEXA BIOSCIENCES PTE LTD                                   PURCHASE ORDER
61 Science Park Road, #03-14, Singapore 117525              PO No : GX-45-00219
UEN 201912345K                                               Date  : 20-MAY-2024
---------------------------------------------------------------------------------------
VENDOR : CHENNAI POLYMERS PVT LTD, 42 SIDCO IND. ESTATE, AMBATTUR, CHENNAI 600098
QUOTE  : CP/Q/1240 DT 10-MAY-2024        CURRENCY : USD       INCOTERMS : CIF SINGAPORE
---------------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                                  QTY      UOM   UNIT PRICE
01  GX-CT50-ST    50 ML CONICAL TUBE PP STERILE SKIRTED        1,500    EA    0.145
                  VALIDATION BATCH ONLY - 3 LOTS X 500
---------------------------------------------------------------------------------------
NOTE TO VENDOR:
THIS PO RELEASES THE VALIDATION BATCH OF 1,500 TUBES ONLY.
COMMERCIAL QTY OF 60,000 TUBES PER QUOTE CP/Q/1240 IS NOT RELEASED - ON HOLD UNTIL
VALIDATION REPORT SIGN-OFF BY DR ONG MEI LING (QA) AND A WRITTEN RELEASE SIGNED BY
ARJUN PILLAI (PROCUREMENT LEAD).
MATERIAL AUTHORITY: VALIDATION BATCH ONLY.
CoA + STERILITY CERT (GAMMA, ISO 11137) PER LOT.
---------------------------------------------------------------------------------------
AUTHORISED BY: ARJUN PILLAI                        PAGE 1 OF 1
""")
p14_qa = docx_bytes([
    ("h1", "Supply Quality Agreement SQA-GX-CP-01"),
    ("p", "Genexa Biosciences Pte Ltd (\"Genexa\") and Chennai Polymers Pvt Ltd (\"Supplier\"), version 1.0, 17 May 2024."),
    ("h", "3. Documentation"),
    ("p", "3.1 Every lot shall be supplied with a certificate of analysis (CoA) covering dimensions, "
          "leak test, RCF test (12,000 x g) and sterility (gamma, SAL 10-6, ISO 11137-2)."),
    ("p", "3.2 The Supplier shall keep batch records for 5 years."),
    ("h", "4. Validation and commercial supply"),
    ("p", "4.1 The Supplier shall produce a validation batch of three consecutive lots from the "
          "production mould under production conditions."),
    ("p", "4.2 Genexa QA reviews the validation report within 15 working days."),
    ("p", "4.3 On successful completion of the validation batch, the commercial batches shall follow "
          "automatically under this agreement, and the Supplier may schedule them without further notice "
          "to Genexa."),
    ("h", "5. Change control"),
    ("p", "5.1 No change of resin grade, mould, sterilisation site or packaging without 90 days' prior "
          "written notice to Genexa QA."),
    ("table", [["For Genexa", "For Supplier"],
               ["Dr. Ong Mei Ling, Head of QA", "R. Venkatesan, Director - Quality"]]),
], author="Genexa QA")
case("p14_po_plus_sqa_automatic", ["RG007"],
     "folder: validation-batch PO requires a written release, but the quality agreement says commercial batches follow automatically (no quantity, no signer)",
     [("GX-45-00219_PO.txt", p14_po), ("SQA-GX-CP-01.docx", p14_qa)])


# ------------------------------------------------------------------ batch 3

# c17: HTML portal with line statuses, on-hold line, quote declared informational -> clean
c17_body = """
<h2>SingaLab Supplies Pte Ltd &mdash; Supplier Collaboration Portal</h2>
<p>Purchase order <b>SL-PO-24-0452</b> &nbsp;|&nbsp; Supplier: Johor MicroMold Sdn Bhd (V-2217) &nbsp;|&nbsp;
Created 27 May 2024 by W. L. Tan &nbsp;|&nbsp; Currency SGD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Production status</th></tr>
<tr><td>1</td><td>SLS-TR384-GR</td><td>Tip rack 384-format, PP, autoclavable, grey (sample)</td><td>48</td>
<td>Released (samples only)</td></tr>
<tr><td>2</td><td>SLS-TR384-GR</td><td>Tip rack 384-format, PP, autoclavable, grey (production)</td><td>952</td>
<td><b>ON HOLD &mdash; not released</b></td></tr>
</table>
<div class="note">
<p><b>Scope:</b> only line 1 (48 sample racks) may be produced now. Line 2 (952 racks) is not released.
It will be released only after our QC sign-off of the 48 samples <i>and</i> a written release from
Wei Ling Tan, Purchasing Manager, uploaded to this portal. Material authority: line 1 only.</p>
<p>The figures of supplier quotation JMM-Q-5590 (48 / 952 / 5,000 per year) are shown for information only.
Nothing beyond line 1 is released by this PO.</p>
</div>
<h3>Supplier quotation JMM-Q-5590 (for information)</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit price (SGD)</th></tr>
<tr><td>Sample</td><td>48</td><td>0.00</td></tr>
<tr><td>First production lot</td><td>952</td><td>1.45</td></tr>
<tr><td>Annual (forecast basis)</td><td>5,000</td><td>1.30</td></tr>
</table>
<p>Documents required before shipping: CoA, dimensional report (SLS-D-384 rev 2), autoclave test 121 &deg;C / 20 min x 10.</p>
"""
case("c17_portal_line_status", [],
     "portal: 48 sample racks released, 952 line on hold, QC sign-off plus written release by named buyer, quote marked informational",
     [("SL-PO-24-0452_portal.html", html_page("SL-PO-24-0452", c17_body))])


# c18: full-quantity PO with 'approved vendor list' wording -> clean
case("c18_full_qty_avl", [],
     "full-quantity PO for a catalogue item; 'approved vendor list' is supplier qualification, not a production approval; no balance",
     [("GX-45-00233_PO.pdf", pdf([
         ("h1", "PURCHASE ORDER GX-45-00233"),
         ("p", "Genexa Biosciences Pte Ltd | 61 Science Park Road, #03-14, Singapore 117525"),
         ("p", "Supplier: Penang Polymer Labware Sdn Bhd, Bayan Lepas, Penang, Malaysia"),
         ("p", "Date: 04 June 2024 | Buyer: Arjun Pillai | Currency: USD | Incoterms: DAP Singapore"),
         ("table", [
             ["Ln", "Cat. no.", "Description", "Qty", "UoM", "Unit price", "Amount"],
             ["1", "PPL-T1000-RS", "Pipette tip 1000 µL, racked, sterile, DNase/RNase-free, "
                               "10 racks x 96 / case", "300", "case", "42.00", "12,600.00"],
             ["2", "PPL-T200-RS", "Pipette tip 200 µL, racked, sterile, DNase/RNase-free, "
                              "10 racks x 96 / case", "150", "case", "39.50", "5,925.00"],
         ]),
         ("sp",),
         ("p", "Penang Polymer Labware is on Genexa's approved vendor list (AVL-2024, qualified "
               "12 February 2024, audit report GX-AUD-0219)."),
         ("p", "This PO is for the full quantity shown above; there are no samples and no further "
               "quantities. Please manufacture and deliver 300 cases of line 1 and 150 cases of "
               "line 2, delivery by 5 July 2024."),
         ("p", "Each lot with certificate of analysis (DNase, RNase, human DNA, pyrogen, sterility). "
               "Shelf life on delivery at least 30 months."),
         ("p", "Arjun Pillai, Procurement Lead, +65 6773 0912"),
     ], title="PO GX-45-00233", author="Genexa"))])


# c19: folder: complete sample PO + supplier acknowledgement + supplier quote -> clean
c19_po = pdf([
    ("h1", "PURCHASE ORDER PDL-PO-21044"),
    ("p", "Pennine Diagnostics Ltd | Unit 7, Hunslet Trading Estate, Leeds LS10 1AB, UK | VAT GB 284 1190 37"),
    ("p", "Supplier: Precisión Plásticos de Querétaro S.A. de C.V. - Ing. Luis Hernández | 3 June 2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Scope"],
        ["1", "PPQ-ST10-SC", "10 mL sample tube, PP, screw cap, conical base, sterile (EO)", "250",
         "GBP 0.00", "Trial / validation"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "This PO authorises two hundred and fifty (250) trial tubes for our validation batch and "
          "nothing else. The volume of 25,000 tubes in your quotation PPQ-COT-0788 is for information "
          "only and is not released; it stays on hold."),
    ("p", "The volume can be released only after Dr. Rachel Green (Quality Manager) has signed off the "
          "validation batch and Gareth Lomas (Purchasing Manager) has issued a written release with a "
          "revised PO. Material authority: 250 tubes only."),
    ("p", "Delivery DAP Leeds by 28 June 2024, with CoA and EO sterility certificate."),
], title="PDL-PO-21044", author="Pennine Diagnostics")
c19_ack = txt("""
PRECISION PLASTICOS DE QUERETARO S.A. DE C.V.            ACUSE DE PEDIDO / ORDER ACKNOWLEDGEMENT
Av. de la Luz 1204, Parque Industrial Benito Juarez, 76120 Queretaro, Qro.
----------------------------------------------------------------------------------------------
Cliente / Customer : PENNINE DIAGNOSTICS LTD, LEEDS, UK
Su pedido / PO     : PDL-PO-21044 (03-JUN-2024)        Nuestro folio : PPQ-OA-24-0391
----------------------------------------------------------------------------------------------
Partida  Articulo      Descripcion                                  Cant.   Entrega
1        PPQ-ST10-SC   Tubo 10 mL PP tapa rosca, esteril (EO)        250    21-JUN-2024
----------------------------------------------------------------------------------------------
We acknowledge 250 trial tubes only. The 25,000 tubes of our quote PPQ-COT-0788 are not
released and will not be scheduled. We will wait for the written release from Mr Gareth
Lomas after Dr Rachel Green signs off the validation batch.
Confirmamos 250 piezas de prueba unicamente. / Resin purchased: for the 250 pcs only.
----------------------------------------------------------------------------------------------
Atentamente, Ing. Luis Hernandez - Ventas Internacionales - +52 442 215 3380
""")
c19_quote = pdf([
    ("h1", "COTIZACIÓN / QUOTATION PPQ-COT-0788"),
    ("p", "Precisión Plásticos de Querétaro S.A. de C.V. | 20 May 2024 | valid 45 days"),
    ("p", "Customer: Pennine Diagnostics Ltd, Leeds - Attn. Mr. Gareth Lomas"),
    ("table", [
        ["Tier", "Quantity", "Unit price (GBP)", "Lead time"],
        ["Trial / validation", "250", "0.00", "3 weeks"],
        ["Volume", "25,000", "0.118", "6 weeks after release"],
        ["Volume", "100,000", "0.094", "8 weeks after release"],
    ]),
    ("p", "Sterilisation EO, validated per ISO 11135. Packing 50/bag, 500/case."),
], title="PPQ-COT-0788", author="PPQ")
case("c19_folder_po_ack_quote", [],
     "folder: complete trial PO (250), supplier ack restating hold, and quote tiers; everything consistent",
     [("PDL-PO-21044.pdf", c19_po), ("PPQ-OA-24-0391_ack.txt", c19_ack),
      ("PPQ-COT-0788_quote.pdf", c19_quote)])


# c20: release letter R-1 after sample sign-off (DOCX) -> clean
case("c20_release_letter_docx", [],
     "release letter: sign-off recorded, releases 60 vessels, remaining 78 on hold until lot acceptance and R-2 by named person",
     [("HB-4500012_Release_R-1.docx", docx_bytes([
         ("h1", "Production Release R-1 - PO HB-4500012 Rev 1"),
         ("p", "Helix Bioworks Inc., 210 Binney Street, Suite 4, Cambridge, MA 02142, USA"),
         ("p", "To: Glasbläserei Hoffmann GmbH, Mr. Stefan Hoffmann          Date: July 8, 2024"),
         ("table", [
             ["Item", "Drawing", "Quoted production qty", "Released by R-1", "Still on hold"],
             ["Jacketed bioreactor vessel 2 L", "HB-DRW-2050 Rev B", "138", "60", "78"],
         ]),
         ("p", ""),
         ("p", "Sample sign-off: recorded on July 2, 2024 by Dr. Alicia Romero, Bioprocess Lead "
               "(report HB-BP-0614: 12 of 12 vessels passed the 0.5 bar pressure test and the jacket "
               "flow test)."),
         ("p", "This letter releases sixty (60) vessels for production under PO HB-4500012 Rev 1, "
               "delivery in two shipments of 30 in weeks 33 and 36."),
         ("p", "The remaining 78 vessels are not released. They stay on hold until lot acceptance of "
               "the 60 vessels at our receiving inspection and a second written release (R-2) signed "
               "by me."),
         ("p", "Material authority: borosilicate tubing and GL45 fittings for the 60 released vessels only."),
         ("p", "Jordan Meyers, Procurement Lead (release authority up to USD 100,000)"),
     ], author="Jordan Meyers"))])


# c21: stop notice -> clean
c21_text = """Dear Lily,

STOP NOTICE - PO BV-2024-0456 (96 deep-well plates 2.2 mL)

Effective immediately, please stop all work on PO BV-2024-0456. This includes the 1,000
plates released under R-1, of which 400 have been delivered. Nothing more may start, released
or not, and no further material may be bought for this order.

Reason: NCR-BV-0412 - particles found in wells of lot 24-0518 (3 of 40 plates inspected).
Please send your containment actions and the 8D report by Friday.

The remaining 600 plates of R-1 and the 3,976 plates still on hold stay stopped until I lift
this stop in writing after we have closed NCR-BV-0412. A lift of the stop will state exactly
which quantity may restart.

Please acknowledge this stop notice by return e-mail.

Regards,
Megan
""" + sig("Megan Oduya", "Procurement Manager", "BioVerde Labs, 10165 Barnes Canyon Rd, San Diego, CA 92121",
          "+1 858 555 0163")
case("c21_stop_notice", [],
     "written stop by named buyer; nothing may start until she lifts it after NCR closure; quantities consistent",
     [("STOP_BV-2024-0456.eml", eml_bytes(mail(
         "Megan Oduya <moduya@bioverdelabs.com>",
         "Lily Xu <lily.xu@clearline-labware.cn>",
         "STOP NOTICE - PO BV-2024-0456 - NCR-BV-0412",
         "Tue, 2 Jul 2024 08:05:00 -0700", c21_text,
         cc="QA BioVerde <qa@bioverdelabs.com>")))])


# c22: German-English call-off with European number formats -> clean
c22_text = """Dear Cindy,

hiermit rufen wir ab / herewith we call off under Rahmenvertrag RV-2024-009:

  Abruf Nr. 4 / call-off no. 4
  Material 10044190  Pipettenspitze 10 ul, gestopft, steril / filter tip 10 uL, sterile
  Menge / quantity:  1.200 Kartons (one thousand two hundred cartons)
  Liefertermin:      KW 30/2024, FOB Ningbo

Only these 1.200 cartons are released by call-off no. 4. The framework figure of 24.000
cartons for 2024 is a planning forecast (unverbindlich / non-binding), not an order.
Anything beyond call-off no. 4 is not released; the next quantity needs call-off no. 5,
which I will sign after lot acceptance of call-off no. 4 in Mannheim.

Material authority: 1.200 cartons (this call-off) only.

Bitte bestätigen Sie den Abruf kurz / please confirm briefly.

Mit freundlichen Grüßen
Sabine Krüger
""" + sig("Sabine Krüger", "Leitung Einkauf / Head of Purchasing",
          "LabNova Distribution GmbH, Industriestr. 41, 68169 Mannheim", "+49 621 4402 118")
c22_html = ("<html><body style=\"font-family:Arial;font-size:10pt\">"
            + "".join(f"<p>{escape(par).replace(chr(10), '<br>')}</p>"
                      for par in c22_text.split("\n\n")) + "</body></html>")
c22_att = html_page("Abruf 4 RV-2024-009", """
<h2>LabNova Distribution GmbH &mdash; Abruf / call-off</h2>
<table>
<tr><th>Rahmenvertrag</th><th>Abruf</th><th>Material</th><th>Bezeichnung</th><th>Menge</th><th>Liefertermin</th></tr>
<tr><td>RV-2024-009</td><td>4</td><td>10044190</td><td>Pipettenspitze 10 &micro;l gestopft steril / filter tip 10 &micro;L sterile</td>
<td>1.200 Kartons</td><td>KW 30/2024</td></tr>
</table>
<p class="note">Freigegeben ist nur die Menge dieses Abrufs (1.200 Kartons). / Only the quantity of this call-off
(1.200 cartons) is released. Rahmenmenge 24.000 Kartons = Prognose, unverbindlich / framework quantity = forecast,
non-binding. Next quantity: Abruf 5, signed by Sabine Krüger after lot acceptance of Abruf 4.</p>
""", lang="de")
case("c22_german_calloff", [],
     "call-off 4 releases 1.200 cartons; 24.000 framework labelled non-binding forecast; rest held until call-off 5 signed by sender",
     [("Abruf_4_RV-2024-009.eml", eml_bytes(mail(
         "Sabine Krüger <s.krueger@labnova.de>",
         "Cindy Zhou <cindy.zhou@kangda-lab.cn>",
         "Abruf Nr. 4 / call-off no. 4 - RV-2024-009 - 1.200 Kartons",
         "Mon, 10 Jun 2024 08:45:00 +0200", c22_text, html=c22_html,
         attachments=[("Abruf_4_RV-2024-009.html", c22_att, "text/html")])))])


# c23: supplier status: tubing bought for samples only, asks for a material authority -> clean
c23_text = """Dear Mr. Meyers,

a short status on PO HB-4500012:

- The 12 prototype vessels are blown, the jackets are fused and annealed; pressure test
  tomorrow, dispatch on Friday as planned.
- We cut the borosilicate tubing (DN 120) for the 12 prototypes only. Nothing has been
  bought or cut for the 138 production vessels, which we understand are not released.

Our tubing supplier (Schott) has a lead time of 10 weeks at the moment. If you would like us
to stage glass tubing for the 138 production vessels ahead of your release, please send us a
written material authority stating the quantity and that Helix carries the cost if the
vessels are not ordered. Otherwise we will simply wait for your release.

Mit freundlichen Grüßen / kind regards
Stefan Hoffmann
Geschäftsführer, Glasbläserei Hoffmann GmbH
Am Hofgarten 6, 97877 Wertheim | +49 9342 3817 0
"""
case("c23_supplier_material_question", [],
     "supplier reports material bought for the 12 prototypes only and asks for a written material authority before staging",
     [("Status_HB-4500012_prototypes.eml", eml_bytes(mail(
         "Stefan Hoffmann <s.hoffmann@glas-hoffmann.de>",
         "Jordan Meyers <jordan.meyers@helixbioworks.com>",
         "Status PO HB-4500012 / question on glass tubing",
         "Wed, 5 Jun 2024 18:02:00 +0200", c23_text)))])


# c24: meeting minutes keeping sign-off, PO and production release apart -> clean
case("c24_meeting_minutes", [],
     "minutes keep sample sign-off, PO and production release apart; 12 fixtures only, 488 on hold, event and named person",
     [("Protokoll_2024-05-28_RZ_Druckwerk.docx", docx_bytes([
         ("h1", "Besprechungsprotokoll / Meeting minutes"),
         ("p", "Rheinland Zellkultur GmbH / Druckwerk 3D GmbH - Teams call, 28.05.2024, 14:00-14:40"),
         ("p", "Participants: Dr. Jonas Albrecht (CSO, RZ), Miriam Koch (Procurement, RZ), "
               "Felix Brandt (Sales, Druckwerk 3D), Lea Vogt (Production, Druckwerk 3D)"),
         ("h", "1. Sample fixtures (drawing RZ-FX-220 Rev 1, PA12, MJF)"),
         ("li", "Sample sign-off: the 12 sample fixtures are approved for dimensional fit only. The "
                "autoclave durability test (50 cycles, 134 °C) is still open; result expected KW 25."),
         ("li", "PO: RZ-2024-0088 was issued for the 12 sample fixtures only."),
         ("li", "Production release: not given. The 488 remaining fixtures of quote DW-A-24-311 stay on "
                "hold until Dr. Albrecht signs off the autoclave test and Miriam Koch sends a written "
                "release together with a revised PO."),
         ("h", "2. Material"),
         ("li", "Druckwerk 3D will not buy PA12 powder for the 488 fixtures before the written release. "
                "Powder on stock is sufficient for a repeat of the 12 samples if needed."),
         ("h", "3. Next steps"),
         ("table", [
             ["Action", "Who", "When"],
             ["Autoclave test 50 cycles", "J. Albrecht", "KW 25"],
             ["Revised drawing Rev 2 (chamfer 1.5 mm)", "L. Vogt", "07.06.2024"],
             ["Written release + revised PO (if test passed)", "M. Koch", "after test"],
         ]),
         ("p", "Protokoll: M. Koch"),
     ], author="Miriam Koch"))])


# c25: thread: supplier staged material within the explicit staged authority -> clean
c25_calloff = """From: Wei Ling Tan <weiling.tan@singalab.com.sg>
Sent: Monday, 3 June 2024 9:30 AM
To: Ravi Subramaniam <ravi.s@penangpolymer.com.my>
Subject: Call-off 1 - tip racks PPL-TR96-2925

Dear Ravi,

Call-off 1 under blanket order SL-BO-24-007:
- Released now: 500 tip racks (PPL-TR96-2925), delivery 28 June.
- Material authority (staged): you may buy and stage PP resin and masterbatch for up to
  1,500 racks at SingaLab's liability.
- The balance of 4,500 racks is not released. It stays on hold until call-off 2, which I
  will sign after lot acceptance of call-off 1.

Regards,
Wei Ling Tan
Purchasing Manager, SingaLab Supplies Pte Ltd"""
c25_text = f"""Dear Ms Tan,

Noted with thanks on call-off 1. Kindly be informed:

1. 500 racks are in production, moulding completes Wednesday, packing Thursday.
2. Per your material authority we have staged PP resin and the Pantone 2925 C masterbatch
   for 1,500 racks in total (500 for call-off 1 + 1,000 staged). Nothing beyond the 1,500.
3. We will not mould any of the balance until we receive your call-off 2.

Invoice for call-off 1 will follow with the shipping documents.

Thank you and regards,
Ravi Subramaniam
Sales Manager, Penang Polymer Labware Sdn Bhd
Tel: +60 4 644 2188

{quote_lines(c25_calloff)}
"""
case("c25_staged_within_authority", [],
     "call-off releases 500, explicit staged material authority 1,500; supplier stages exactly 1,500 and waits for call-off 2",
     [("RE_Call-off_1_tip_racks.eml", eml_bytes(mail(
         "Ravi Subramaniam <ravi.s@penangpolymer.com.my>",
         "Wei Ling Tan <weiling.tan@singalab.com.sg>",
         "RE: Call-off 1 - tip racks PPL-TR96-2925",
         "Tue, 4 Jun 2024 11:15:00 +0800", c25_text)))])


# p15: Indian glassworks: will proceed for balance after sample approval + tubing procured for all -> RG006 RG007
p15_orig = """From: K. Srinivas Rao <purchase.cif@uohyd.ac.in>
Sent: 06 May 2024 12:10
To: Hitesh Patel <hitesh@vsgw.in>
Subject: PO UoH/CIF/2024/118 - custom Schlenk flasks

Dear Sir,

Please find our PO UoH/CIF/2024/118 for ten (10) sample Schlenk flasks 250 mL as per
drawing CIF-SF-250 Rev 2. The balance 590 nos. of your offer VSGW/Q/24-25/022 is NOT
released and shall remain on hold. Supply of the balance will be released only by a
written release from Dr. Sandeep Reddy, Facility In-charge, after the samples pass our
vacuum test and a revised PO is issued.

Regards,
K. Srinivas Rao
Stores & Purchase Officer, Central Instrumentation Facility, University of Hyderabad"""
p15_text = f"""Respected Sir,

Greetings from Vadodara Scientific Glass Works.

We are in receipt of your PO UoH/CIF/2024/118 and thank you for the same. The 10 sample
flasks are under manufacturing and shall be dispatched by 20th May through Gati.

Kindly note, once your good self approves the sample flasks we shall be proceeding for the
balance 590 nos. without further communication, as per our standard practice, so that the
supply is not delayed. For the same reason we have already procured the borosilicate tubing
and PTFE stopcocks for all 600 nos., which are lying in our stores.

Please do the needful and revert with the sample feedback at the earliest.

Thanking you,
Hitesh Patel
Partner, Vadodara Scientific Glass Works
112/B GIDC Makarpura, Vadodara 390010 | +91 98250 44187

{quote_lines(p15_orig)}
"""
case("p15_glassworks_proceed_and_tubing", ["RG006", "RG007"],
     "supplier will proceed for the balance once samples are approved without written release, and has procured tubing for all 600 against 10 released",
     [("RE_PO_UoH-CIF-2024-118_Schlenk_flasks.eml", eml_bytes(mail(
         "Hitesh Patel <hitesh@vsgw.in>",
         "K. Srinivas Rao <purchase.cif@uohyd.ac.in>",
         "RE: PO UoH/CIF/2024/118 - custom Schlenk flasks",
         "Thu, 9 May 2024 11:48:00 +0530", p15_text,
         cc="Dr. Sandeep Reddy <sreddy.cif@uohyd.ac.in>")))])


# p16: WhatsApp, Malaysian maker: sample approved = run mass production, resin bought for 50k -> RG006 RG007
p16_chat = txt("""
[20/05/2024, 15:10:44] Arjun Pillai: Hi Mr Tan, PO GX-45-00226 sent to your email. 50 sample cryo boxes (81-place, PC, blue) only. The other 49,950 boxes are not released - on hold until our QC sign-off and my written release with revised PO
[20/05/2024, 15:12:01] Tan Boon Keat: Ok Mr Arjun received, thank you. 50pcs sample we run this week
[29/05/2024, 09:31:17] Tan Boon Keat: Sample out today by Ninja Van, reach you tomorrow
[05/06/2024, 17:02:55] Arjun Pillai: Hi Mr Tan, QC sign-off done for the 50 sample boxes, report attached in email. Freezer test -80 °C ok 👍
[05/06/2024, 17:20:38] Tan Boon Keat: Wah good news, thank you Mr Arjun!
[05/06/2024, 17:22:10] Tan Boon Keat: As usual sample approved means we can run mass production already. We already bought the PC resin for the 50k boxes last week, machine start Monday 🙏
""")
case("p16_whatsapp_sample_means_mass", ["RG006", "RG007"],
     "supplier reads sample sign-off as licence for mass production and has bought resin for 50k boxes while 50 are released",
     [("WhatsApp_Chat_KL_Precision_Moulding.txt", p16_chat)])


# p17: buyer release authority away: "if the fit check is OK just keep printing" -> RG007
p17_orig = """From: Dr Helen Marsh <helen.marsh@manchester-icg.ac.uk>
Sent: 22 May 2024 10:04
To: Felix Brandt <f.brandt@druckwerk3d.de>
Subject: PO UM-ICG-5521 - SLA plate lid holders

Dear Felix,

PO UM-ICG-5521 attached for ten (10) sample plate-lid holders (drawing ICG-LH-03 rev B).
The 190 production holders on your quote DW-A-24-298 are not released and stay on hold.
I will release them in writing myself once the fit check on our robot deck has passed.

Best wishes,
Helen"""
p17_text = f"""Dear Felix,

Quick note before I disappear: I'm at a conference in Boston for the next two weeks and
mostly offline.

The 10 sample holders arrived yesterday, thank you. Priyanka will do the fit check on the
robot deck on Tuesday. If her fit check comes back OK, just keep printing and I'll sort out
the paperwork when I'm back - no point having your printers idle for a fortnight.

Best wishes,
Helen

Dr Helen Marsh
Laboratory Manager, Institute of Cancer Genomics
The University of Manchester

{quote_lines(p17_orig)}
"""
case("p17_keep_printing_if_ok", ["RG007"],
     "named release authority says to keep printing if the fit check is OK and do the paperwork later, contradicting her own written release",
     [("RE_UM-ICG-5521_lid_holders.eml", eml_bytes(mail(
         "Helen Marsh <helen.marsh@manchester-icg.ac.uk>",
         "Felix Brandt <f.brandt@druckwerk3d.de>",
         "RE: PO UM-ICG-5521 - SLA plate lid holders",
         "Fri, 31 May 2024 07:45:00 +0100", p17_text,
         cc="Priyanka Shah <priyanka.shah@manchester-icg.ac.uk>")))])


# p18: folder: complete PO + supplier order confirmation "series starts automatically after sample approval" -> RG007
p18_po = pdf([
    ("h1", "Bestellung / Purchase Order ZA-2024-0147"),
    ("p", "Zellwerk Analytics GmbH, Chausseestraße 88, 10115 Berlin | 14.05.2024"),
    ("p", "Lieferant: Druckwerk 3D GmbH, Spinnereistraße 7, 04179 Leipzig - Herr Felix Brandt"),
    ("table", [
        ["Pos.", "Artikel", "Beschreibung", "Menge", "Preis"],
        ["1", "ZA-HLD-07", "Halterung für Durchflusszelle / flow-cell holder, MJF PA12, "
                          "Zeichnung ZA-HLD-07 Rev A - Muster / samples", "5 Stk.", "38,00 EUR"],
    ]),
    ("sp",),
    ("p", "Umfang / scope: Diese Bestellung umfasst nur die 5 Muster. This order covers the 5 samples "
          "only. Die Serie von 500 Stk. aus Ihrem Angebot DW-A-24-305 ist nicht freigegeben / the "
          "series of 500 pcs from your offer is not released and stays on hold."),
    ("p", "Die Serie wird erst nach unserer Musterprüfung durch Dr. Tobias Wendt (CTO) und einer "
          "schriftlichen Freigabe von Lena Schubert (Einkauf) mit geänderter Bestellung freigegeben. / "
          "The series will be released only after our sample test by Dr. Tobias Wendt and a written "
          "release by Lena Schubert (Purchasing) with a revised PO."),
    ("p", "Lena Schubert, Einkauf, +49 30 2084 1177"),
], title="Bestellung ZA-2024-0147", author="Zellwerk Analytics")
p18_ab = pdf([
    ("h1", "Auftragsbestätigung / Order confirmation AB-24-0588"),
    ("p", "Druckwerk 3D GmbH, Spinnereistraße 7, 04179 Leipzig | 15.05.2024"),
    ("p", "Kunde: Zellwerk Analytics GmbH, Berlin - Ihre Bestellung ZA-2024-0147 vom 14.05.2024"),
    ("table", [
        ["Pos.", "Artikel", "Menge", "Liefertermin"],
        ["1", "ZA-HLD-07 Rev A, MJF PA12, Muster", "5 Stk.", "KW 22"],
    ]),
    ("sp",),
    ("p", "Vielen Dank für Ihren Auftrag. Wir bestätigen 5 Muster zum Liefertermin KW 22."),
    ("p", "Hinweis: Nach positiver Musterprüfung Ihrerseits starten wir automatisch die Serie, Sie müssen nichts "
          "weiter veranlassen. / Note: after your sample approval we start the series automatically; "
          "no further action is needed on your side."),
    ("p", "Es gelten unsere AGB (Stand 01/2024). Felix Brandt, Vertrieb"),
], title="AB-24-0588", author="Druckwerk 3D")
case("p18_po_plus_ab_automatic_series", ["RG007"],
     "folder: complete sample PO; supplier order confirmation says the series starts automatically after sample approval",
     [("ZA-2024-0147_Bestellung.pdf", p18_po), ("AB-24-0588_Auftragsbestaetigung.pdf", p18_ab)])


# p19: supplier MRP printout: resin ordered for the forecast volume -> RG006
p19_txt = txt("""
NINGBO KANGDA PLASTIC PRODUCTS CO., LTD.            MRP STATUS - CUSTOMER ORDER VIEW
ERP: Kingdee K/3 WISE        Report: MRP-CO-07      Printed: 2024-06-11 16:40   User: ops_li
=======================================================================================
Customer     : C0117  LabNova Distribution GmbH (Mannheim)
Product      : KD-FT1000-96L   Filter tip 1000uL low retention, racked, LabNova label
Customer PO  : 4500872210
---------------------------------------------------------------------------------------
Quantity (racks)
  Released by customer (evaluation)  :        20
  Customer forecast, non-binding     :    10,000
  Produced                           :        20
  Shipped                            :        20
---------------------------------------------------------------------------------------
Material requirement / purchase status
  Item        Description                  Req. basis       Qty        PR/PO        Status
  RM-PP-H30S  PP homopolymer H30S (kg)     10,000 racks     1,850 kg   PO-M-24-0611  RECEIVED
  RM-PE-FLT   PE filter discs 1000uL       10,000 racks    960,000     PO-M-24-0612  ORDERED
  PK-LN-LBL   Rack label LabNova ProLine   10,000 racks     10,000     PO-M-24-0613  ORDERED
---------------------------------------------------------------------------------------
Planner remark: material bought for full forecast to secure June moulding slot.
=======================================================================================
""")
case("p19_supplier_mrp_printout", ["RG006"],
     "supplier MRP shows resin, filters and labels bought for 10,000 racks while 20 are released; no material authority",
     [("MRP-CO-07_C0117_LabNova.txt", p19_txt)])


# p20: buyer e-mail contradicts the PO's sample-only material authority -> RG006
p20_po = docx_bytes([
    ("h1", "Purchase Order PDL-PO-21090"),
    ("p", "Pennine Diagnostics Ltd, Unit 7, Hunslet Trading Estate, Leeds LS10 1AB, UK - 12 June 2024"),
    ("p", "Supplier: Precisión Plásticos de Querétaro S.A. de C.V. - Ing. Luis Hernández"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price"],
        ["1", "PPQ-UC30-SC", "30 mL universal container, PS, screw cap, sterile - trial", "200", "GBP 0.00"],
    ]),
    ("p", ""),
    ("p", "This PO covers two hundred (200) trial containers only. The 40,000 containers in your "
          "quotation PPQ-COT-0812 are not released and stay on hold until Dr. Rachel Green has signed "
          "off the trial lot and Gareth Lomas has issued a written release with a revised PO."),
    ("p", "Material authority: sample-only (resin for the 200 trial containers)."),
], author="Pennine Diagnostics")
p20_text = """Hola Luis,

PO PDL-PO-21090 for the 200 trial containers is attached.

One more thing from our side: the GPPS grade you quoted has a 9-week lead time at the
moment, so there's no need to wait - get the resin in for the whole 40,000 now, it'll be
used eventually anyway and it saves us two months if the trial goes well. No need for a
formal material authority, we'll sort the paperwork out later.

Cheers,
Gareth
""" + sig("Gareth Lomas", "Purchasing Manager", "Pennine Diagnostics Ltd, Leeds LS10 1AB, UK",
          "+44 113 496 0721")
case("p20_buyer_get_resin_in", ["RG006"],
     "buyer tells supplier to buy resin for the whole 40,000 while the attached PO releases 200 and states sample-only material authority",
     [("PDL-PO-21090_trial_containers.eml", eml_bytes(mail(
         "Gareth Lomas <g.lomas@penninediagnostics.co.uk>",
         "Luis Hernández <lhernandez@ppqueretaro.com.mx>",
         "PDL-PO-21090 - 30 mL universal containers, trial",
         "Wed, 12 Jun 2024 10:02:00 +0100", p20_text,
         attachments=[("PDL-PO-21090.docx", p20_po, DOCX_MT)])))])


# ------------------------------------------------------------------ batch 4

# p21: supplier: deposit received, so resin for 200k ordered and moulding started -> RG006 RG012
p21_orig = """From: Karen O'Donnell <kodonnell@northfieldsci.com>
Sent: Monday, May 20, 2024 1:14 PM
To: Jason He <jason.he@everbright-labware.com>
Subject: PO NS-78140 - 2.0 mL screw-cap microtubes (samples)

Hi Jason,

PO NS-78140 is attached: two thousand (2,000) sample 2.0 mL screw-cap microtubes for our
catalogue launch evaluation. The 198,000 tubes in your quote EB-Q-2405-17 are not released.
They stay on hold until Dr. Elaine Park (QA) signs off the samples and I send you a written
release with a revised PO.

Payment terms as quoted: 30% deposit with PO (sample value + tooling), balance net 30.

Thanks,
Karen O'Donnell
Senior Buyer, Northfield Scientific LLC"""
p21_text = f"""Dear Karen,

Good day! We received your deposit USD 3,450 today, thank you very much.

Since the deposit is received, we have placed the order for the PP resin (Moplen HP548R)
for the 200k tubes and started moulding this morning, so your launch stock will be ready in
time for the catalogue. Samples will ship with the first pallets.

Any question please feel free to contact me.

Best regards
Jason He
Sales Manager | Dongguan Everbright Labware Co., Ltd.
Tel/WhatsApp: +86 138 2691 0457

{quote_lines(p21_orig)}
"""
case("p21_deposit_resin_200k", ["RG006", "RG012"],
     "supplier treats the deposit as start signal, buys resin for 200k and starts moulding while only 2,000 samples are released",
     [("RE_PO_NS-78140_microtubes.eml", eml_bytes(mail(
         "Jason He <jason.he@everbright-labware.com>",
         "Karen O'Donnell <kodonnell@northfieldsci.com>",
         "RE: PO NS-78140 - 2.0 mL screw-cap microtubes (samples)",
         "Thu, 23 May 2024 16:55:00 +0800", p21_text)))])


# p22: staged material beyond the explicit staged authority -> RG006
p22_orig = """From: Wei Ling Tan <weiling.tan@singalab.com.sg>
Sent: Tuesday, 11 June 2024 10:02 AM
To: Lim Ah Seng <ahseng.lim@johormicromold.com.my>
Subject: Call-off 1 - blanket order SL-BO-24-011 - tip racks 384

Dear Mr Lim,

Call-off 1 under blanket order SL-BO-24-011:
- Released: 400 racks SLS-TR384-GR, delivery 5 July.
- Material authority (staged): PP resin for up to 1,000 racks in total at SingaLab's liability.
- The balance of 2,600 racks is not released and stays on hold until call-off 2, which I
  will sign after lot acceptance of call-off 1.

Regards,
Wei Ling Tan
Purchasing Manager, SingaLab Supplies Pte Ltd"""
p22_text = f"""Dear Ms Tan,

Thank you for the call-off 1. Update from our side:

- 400 racks are running on machine 7 (Engel 120T), finish by Friday.
- To get the better resin price from our distributor we have staged PP resin for 3,000
  racks (the full blanket quantity), delivered to our store yesterday.

We will wait for your call-off 2 before moulding more racks.

Best regards,
Lim Ah Seng
Business Development Manager
Johor MicroMold Sdn Bhd, Jalan Perindustrian 3, 81400 Senai, Johor | +60 7 599 3021

{quote_lines(p22_orig)}
"""
case("p22_staged_beyond_authority", ["RG006"],
     "call-off allows staging for 1,000 racks; supplier has staged resin for 3,000",
     [("RE_Call-off_1_SL-BO-24-011.eml", eml_bytes(mail(
         "Lim Ah Seng <ahseng.lim@johormicromold.com.my>",
         "Wei Ling Tan <weiling.tan@singalab.com.sg>",
         "RE: Call-off 1 - blanket order SL-BO-24-011 - tip racks 384",
         "Wed, 12 Jun 2024 09:40:00 +0800", p22_text)))])


# p23: supplier weekly status report (DOCX): powder bought for all 400 fixtures -> RG006
case("p23_status_report_powder", ["RG006"],
     "3D-print bureau status report: PA12 powder bought for all 400 fixtures although only 20 prototypes are released",
     [("Fuxin_Weekly_Status_WK23_ZA-FX.docx", docx_bytes([
         ("h1", "Weekly Project Status Report - WK23/2024"),
         ("p", "Project: ZA-FX-400 flow-cell fixtures | Customer: Zellwerk Analytics GmbH, Berlin | "
               "Supplier: Shenzhen Fuxin 3D Technology Co., Ltd."),
         ("p", "Prepared by: Kevin Liu, Project Engineer | Date: 2024-06-07"),
         ("h", "1. Summary"),
         ("table", [
             ["Work package", "Status", "Comment"],
             ["Prototypes (20 pcs, PO ZA-2024-0151)", "Done", "Printed MJF 5200, bead-blasted, shipped 05 Jun"],
             ["Dimensional report", "Done", "CMM report FX-CMM-0233 uploaded"],
             ["Production (380 pcs)", "On hold", "Waiting for customer written release"],
             ["Material", "Purchased", "See section 3"],
         ]),
         ("h", "2. Technical"),
         ("p", "Wall thickness at the clamp lip measured 1.48-1.55 mm (nominal 1.5 mm). Warpage within "
               "0.2 mm over 140 mm. Recommend dyeing black for production to hide powder marks."),
         ("h", "3. Material"),
         ("p", "To lock the PA12 powder price before the July increase (+11%), we have purchased 180 kg "
               "of HP 3D HR PA12, sufficient for all 400 fixtures, although only the 20 prototypes are "
               "released and the 380 production fixtures are on hold pending your written release."),
         ("h", "4. Next steps"),
         ("li", "Customer feedback on prototypes (expected WK25)."),
         ("li", "Production start after written release from Ms. Lena Schubert."),
     ], author="Kevin Liu"))])


# p24: PDF PO: table says 24, scope note says twelve (12); release by unnamed department -> RG005 RG011
case("p24_po_24_vs_twelve", ["RG005", "RG011"],
     "PO table says 24 evaluation packs, scope note releases twelve (12); release only by 'Cellwise Procurement', no named person",
     [("CW-PO-1203.pdf", pdf([
         ("h1", "PURCHASE ORDER CW-PO-1203"),
         ("p", "Cellwise Therapeutics, Inc. | 300 A Street, Boston, MA 02210 | June 3, 2024"),
         ("p", "Vendor: Suzhou Clearline Labware Co., Ltd., Suzhou Industrial Park, Jiangsu, China"),
         ("table", [
             ["Line", "Vendor part", "Description", "Qty", "UoM", "Unit price"],
             ["1", "SC-24W-CWX", "24-well cell culture plate, PS, CWX surface treatment, sterile, "
                               "individually wrapped - evaluation", "24", "pack (5 plates)", "USD 0.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO releases twelve (12) evaluation packs only. The 2,400 production packs in quote "
               "SC-24-118 are not released and stay on hold until our cell-attachment study is signed "
               "off and a written release is issued by Cellwise Procurement together with a revised PO."),
         ("p", "Material authority: evaluation packs only. Ship with CoA (sterility, endotoxin < 0.1 EU/mL)."),
         ("p", "Ship to: Cellwise Therapeutics, Receiving, 300 A Street, Boston MA 02210. Attn: Process Development."),
     ], pagesize=LETTER, title="CW-PO-1203", author="Cellwise Procurement"))])


# p25: German call-off PDF says 1.200 cartons, covering e-mail says 1,500 -> RG011
p25_pdf = pdf([
    ("h1", "ABRUF / CALL-OFF No. 3"),
    ("p", "LabNova Distribution GmbH, Industriestr. 41, 68169 Mannheim | 17.06.2024"),
    ("p", "an / to: Zhejiang Jiuhe Medical Plastics Co., Ltd. (700214) | Rahmenvertrag RV-2024-017"),
    ("table", [
        ["Pos.", "Material", "Beschreibung", "Menge", "Liefertermin"],
        ["1", "10045872", "Petrischale 90 mm, PS, steril, 3 Nocken / Petri dish 90 mm", "1.200 Kartons", "KW 31"],
    ]),
    ("sp",),
    ("p", "Nur die Menge dieses Abrufs ist freigegeben / only the quantity of this call-off is released. "
          "Der Rest des Rahmenvertrags (Planmenge, unverbindlich) ist nicht freigegeben und bleibt gesperrt "
          "bis Abruf Nr. 4, den Sabine Krüger nach Wareneingangsprüfung von Abruf Nr. 3 unterschreibt."),
    ("p", "Materialdisposition / material authority: nur für diesen Abruf / this call-off only."),
    ("p", "gez. Sabine Krüger, Leitung Einkauf"),
], title="Abruf 3 RV-2024-017", author="LabNova Einkauf")
p25_text = """Dear Mr. Zhang,

please find attached our call-off no. 3 under RV-2024-017.

Please produce 1,500 cartons of the 90 mm petri dishes under this call-off, delivery KW 31,
FOB Ningbo. CoA and EO sterility certificate per lot as usual.

The rest of the framework stays on hold until call-off no. 4 as written in the PDF.

Mit freundlichen Grüßen
Sabine Krüger
""" + sig("Sabine Krüger", "Leitung Einkauf / Head of Purchasing",
          "LabNova Distribution GmbH, Industriestr. 41, 68169 Mannheim", "+49 621 4402 118")
case("p25_calloff_1200_vs_1500", ["RG011"],
     "call-off PDF releases 1.200 cartons, the covering e-mail asks for 1,500 cartons under the same call-off",
     [("Abruf_3_RV-2024-017.eml", eml_bytes(mail(
         "Sabine Krüger <s.krueger@labnova.de>",
         "Zhang Wei <zhangwei@jiuhe-med.com>",
         "Abruf Nr. 3 / call-off no. 3 - RV-2024-017",
         "Mon, 17 Jun 2024 13:20:00 +0200", p25_text,
         attachments=[("Abruf_3_RV-2024-017.pdf", p25_pdf, PDF_MT)])))])


# p26: Indian PO: table 100 nos., text says one thousand (1,000) nos. -> RG011
case("p26_po_100_vs_one_thousand", ["RG011"],
     "PO table orders 100 pilot vials, the note says manufacture one thousand (1,000) pilot-lot vials; hold, event and person present",
     [("BBI-PO-24-0233.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Bharat BioInnovations Pvt Ltd | S.No. 42/2, Hinjewadi Phase II, Pune 411057 | GSTIN 27AAECB5512H1Z8"),
         ("p", "PO No.: BBI/PO/24/0233    Date: 11-06-2024"),
         ("p", "To: M/s Kaveri Polymers Pvt Ltd, SIPCOT Phase II, Hosur 635109, Tamil Nadu"),
         ("table", [
             ["Sr.", "Description", "Qty", "Rate (INR)", "Amount (INR)"],
             ["1", "5 mL cryovial, external thread, printed, gamma sterile, BBI drawing BBI-CV-05 "
                   "Rev 3 - pilot lot", "100 nos.", "11.20", "1,120.00"],
         ]),
         ("sp",),
         ("p", "Terms: Kindly manufacture and supply one thousand (1,000) nos. pilot lot vials only "
               "as per above. Balance 49,000 nos. of your offer KP/OFF/24-25/071 is not released and "
               "shall be on hold till QC clearance of the pilot lot by Dr. Meera Kulkarni (QC Head) and "
               "written release by the undersigned."),
         ("p", "Delivery: within 3 weeks, door delivery Hinjewadi. Test certificate (leak, sterility, "
               "torque) to accompany material. Payment: 30 days from receipt."),
         ("p", "For Bharat BioInnovations Pvt Ltd - Nikhil Joshi, Purchase Manager"),
     ], title="BBI/PO/24/0233", author="Bharat BioInnovations"))])


# p27: supplier acknowledgement confirms 240 against a PO for 24 -> RG011
p27_orig = """From: Arjun Pillai <arjun.pillai@genexabio.sg>
Sent: Friday, 7 June 2024 4:02 PM
To: Lim Ah Seng <ahseng.lim@johormicromold.com.my>
Subject: PO GX-45-00241 - 96-well PCR plate racks (samples)

Dear Mr Lim,

PO GX-45-00241 attached: twenty-four (24) sample PCR plate racks, drawing GX-RK-96 rev A.
The 5,976 production racks on your quote JMM-Q-5610 are not released and stay on hold until
our QA signs off the samples and I send you a written release with a revised PO.

Regards,
Arjun Pillai
Procurement Lead, Genexa Biosciences Pte Ltd"""
p27_text = f"""Dear Arjun,

Thank you for your PO. We confirm your PO GX-45-00241 for 240 pcs sample racks, delivery
21 June 2024 ex-works Senai, with dimensional report and material cert (PP, USP Class VI).

Please advise the courier account number for the shipment.

Best regards,
Lim Ah Seng
Business Development Manager
Johor MicroMold Sdn Bhd | +60 7 599 3021

{quote_lines(p27_orig)}
"""
case("p27_ack_240_vs_24", ["RG011"],
     "supplier acknowledgement confirms 240 sample racks against a PO for twenty-four (24)",
     [("RE_PO_GX-45-00241_sample_racks.eml", eml_bytes(mail(
         "Lim Ah Seng <ahseng.lim@johormicromold.com.my>",
         "Arjun Pillai <arjun.pillai@genexabio.sg>",
         "RE: PO GX-45-00241 - 96-well PCR plate racks (samples)",
         "Mon, 10 Jun 2024 10:12:00 +0800", p27_text)))])


# p28: WeChat export: two dozen samples vs PO 30; supplier starts mass production on mould deposit -> RG011 RG012
p28_chat = txt("""
WeChat chat history with "Jason He (Everbright)"  -  exported 2024-06-20
------------------------------------------------------------------------
2024-05-27 08:14  Megan Oduya: Hi Jason, PO BV-2024-0502 sent by email: 30 sample magnetic bead tubes (1.5 mL, low-bind, amber). Remaining 9,970 tubes are not released - on hold until our assay sign-off and my written release.
2024-05-27 08:20  Jason He: ok received, thank you Megan
2024-05-28 09:03  Megan Oduya: Actually pls make two dozen samples, that's enough for our assay plates
2024-05-28 09:05  Jason He: ok, 24 pcs 👌
2024-06-18 15:41  Jason He: Megan, we received the mould deposit USD 2,000, thank you! So we start the mass production now 💪 all tubes ready end of July
2024-06-18 15:42  Jason He: [Image]
""")
case("p28_wechat_dozen_and_deposit", ["RG011", "RG012"],
     "chat changes the sample quantity to two dozen while the PO says 30; supplier starts mass production because the mould deposit arrived",
     [("WeChat_Jason_He_Everbright.txt", p28_chat)])


# p29: supplier: deposit received, arranging mass production -> RG012
p29_orig = """From: Arjun Pillai <arjun.pillai@genexabio.sg>
Sent: Monday, 3 June 2024 11:30 AM
To: Cindy Zhou <cindy.zhou@kangda-lab.cn>
Subject: PO GX-45-00251 - 10 uL filter tips, Genexa label

Dear Cindy,

PO GX-45-00251 attached: ten (10) sample racks of the 10 uL filter tips with Genexa label.
The 4,990 racks of your quote KD-Q-240527 are not released; they stay on hold until our
QA sign-off of the samples and my written release with a revised PO.
Payment: 30% deposit for the printing plate and samples, as quoted.

Regards,
Arjun Pillai
Procurement Lead, Genexa Biosciences Pte Ltd"""
p29_text = f"""Dear Arjun,

Well received your 30% deposit for the printing plate and samples, thank you.

As the deposit is received, we are arranging the mass production now, it will be ready in
25 days and we will send you the CoA before shipment.

Best regards,
Cindy Zhou
Export Sales Manager
Ningbo Kangda Plastic Products Co., Ltd. | +86 574 8812 3301

{quote_lines(p29_orig)}
"""
case("p29_deposit_mass_production", ["RG012"],
     "supplier arranges mass production because the deposit arrived, while the quoted PO holds the balance until a written release",
     [("RE_PO_GX-45-00251_filter_tips.eml", eml_bytes(mail(
         "Cindy Zhou <cindy.zhou@kangda-lab.cn>",
         "Arjun Pillai <arjun.pillai@genexabio.sg>",
         "RE: PO GX-45-00251 - 10 uL filter tips, Genexa label",
         "Wed, 5 Jun 2024 09:48:00 +0800", p29_text)))])


# p30: Indian buyer: hold "until further notice", later "advance remitted, hence start" -> RG004 RG012
p30_orig = """From: Nikhil Joshi <purchase@bharatbio.in>
Sent: 14 May 2024 10:40
To: Hitesh Patel <hitesh@vsgw.in>
Subject: PO BBI/PO/24/0207 - jacketed vessels 2 L

Dear Hiteshbhai,

Please find attached our PO BBI/PO/24/0207 for four (4) sample jacketed vessels 2 L as per
drawing BBI-G-021 Rev 0. Balance 36 nos. as per your offer are on hold until further notice
from the undersigned.

Regards,
Nikhil Joshi
Purchase Manager, Bharat BioInnovations Pvt Ltd, Pune"""
p30_text = f"""Dear Hiteshbhai,

Greetings. Advance of INR 1,20,000/- (50% of your proforma VSGW/PI/24-25/066 for the full
40 nos.) has been remitted today vide UTR SBIN424168093311, hence kindly start the
manufacturing of the vessels at the earliest. Kindly confirm the dispatch schedule.

Regards,
Nikhil Joshi
Purchase Manager
Bharat BioInnovations Pvt Ltd, Pune | +91 20 6710 4418

{quote_lines(p30_orig)}
"""
case("p30_advance_remitted_start", ["RG004", "RG012"],
     "balance held only 'until further notice' (no unlock event); later the buyer treats the advance on the full proforma as the start signal",
     [("RE_BBI-PO-24-0207_advance.eml", eml_bytes(mail(
         "Nikhil Joshi <purchase@bharatbio.in>",
         "Hitesh Patel <hitesh@vsgw.in>",
         "RE: PO BBI/PO/24/0207 - jacketed vessels 2 L - advance remitted",
         "Mon, 27 May 2024 15:05:00 +0530", p30_text)))])


# p31: folder: complete sample PO + supplier sales contract "PO acceptance is the production release" -> RG012
p31_po = pdf([
    ("h1", "PURCHASE ORDER CW-PO-1215"),
    ("p", "Cellwise Therapeutics, Inc. | 300 A Street, Boston, MA 02210 | June 10, 2024"),
    ("p", "Vendor: Dongguan Everbright Labware Co., Ltd. - Jason He"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price"],
        ["1", "EB-CV2-CW", "2 mL cryovial, internal thread, 2D barcode base, sterile - samples", "100", "USD 0.00"],
    ]),
    ("sp",),
    ("p", "This PO covers one hundred (100) sample cryovials only. The 19,900 vials in your quote "
          "EB-Q-2406-02 are not released and stay on hold until Dr. Omar Haddad signs off the samples "
          "(barcode read rate and LN2 leak test) and Dana Whitfield, Sr. Buyer, sends a written release "
          "with a revised PO. Material authority: samples only."),
    ("p", "Dana Whitfield, Sr. Buyer, +1 617 555 0199"),
], pagesize=LETTER, title="CW-PO-1215", author="Cellwise")
p31_contract = pdf([
    ("h1", "SALES CONTRACT No. EB-SC-240611"),
    ("p", "Seller: Dongguan Everbright Labware Co., Ltd., Chang'an Town, Dongguan, Guangdong, China"),
    ("p", "Buyer: Cellwise Therapeutics, Inc., Boston, MA, USA | Buyer's PO: CW-PO-1215"),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "EB-CV2-CW", "2 mL cryovial, internal thread, 2D barcode, sterile (samples)", "100 pcs",
         "USD 0.00", "USD 0.00"],
    ]),
    ("sp",),
    ("h", "General terms"),
    ("p", "1. Quality: per Seller's standard and the Buyer's drawing. CoA supplied with each lot."),
    ("p", "2. Production: mass production of the quantities in Seller's quotation starts once the Buyer's "
          "purchase order has been received and accepted by the Seller. The Seller's acceptance of the "
          "purchase order is the production release; no further confirmation is required."),
    ("p", "3. Shipment: FOB Shenzhen. 4. Payment: T/T 30% deposit, 70% against B/L copy."),
    ("p", "5. Claims within 30 days after arrival of goods at destination."),
    ("p", "Seller: Jason He (signed)     Buyer: ____________"),
], title="EB-SC-240611", author="Everbright")
case("p31_po_plus_sales_contract", ["RG012"],
     "folder: complete 100-vial sample PO; supplier sales contract says its acceptance of the PO is the production release for the quoted quantities",
     [("CW-PO-1215.pdf", p31_po), ("EB-SC-240611_sales_contract.pdf", p31_contract)])


# p32: buyer: forecast 'give or take', please treat as firm order -> RG008
p32_text = """Hola Luis,

Planning season again! Our forecast for 2025 on the 1.5 mL microcentrifuge tubes
(PPQ-MCT-15) is around 48,000 cases, give or take, depending on how the new distributor in
Texas ramps up.

Please treat this as our firm order for 2025 and plan your capacity and resin accordingly.
Monthly quantities will come as POs from our ERP as usual.

Also - could you send me the updated CoA template with the new pyrogen method? Our QA wants
it on file before the audit in September.

Thanks and have a great weekend,
Karen
""" + sig("Karen O'Donnell", "Senior Buyer", "Northfield Scientific LLC, Columbus OH",
          "+1 614 555 0187")
case("p32_forecast_treat_as_firm", ["RG008"],
     "buyer calls a 'give or take' 2025 forecast of 48,000 cases a firm order",
     [("2025_forecast_microtubes.eml", eml_bytes(mail(
         "Karen O'Donnell <kodonnell@northfieldsci.com>",
         "Luis Hernández <lhernandez@ppqueretaro.com.mx>",
         "2025 forecast - 1.5 mL tubes",
         "Fri, 14 Jun 2024 15:30:00 -0400", p32_text, html=simple_html(p32_text))))])


# p33: SAP scheduling agreement: forecast zone declared binding -> RG008
p33_txt = txt("""
LabNova Distribution GmbH                                   LIEFERPLANEINTEILUNG / DELIVERY SCHEDULE
Einkauf Mannheim                                                         Seite 1 / 1
==================================================================================================
Lieferplan / sched. agreement : 5500001234         Version : 0007          Datum : 10.06.2024
Lieferant / vendor            : 700381 Ningbo Kangda Plastic Products Co., Ltd.
Material                      : LN-FT200-96  Filterspitze 200 ul low retention steril, racked 96
--------------------------------------------------------------------------------------------------
Einteilung  | Zeitraum   | Menge (Racks) | Zone
------------+------------+---------------+---------------------------------------------------------
0001        | KW 25      |         1.000 | Fix / firm
0002        | KW 27      |         1.000 | Fix / firm
0003        | 2024/08    |         3.000 | Prognose / forecast
0004        | 2024/09    |         3.000 | Prognose / forecast
0005        | 2024/10    |         4.000 | Prognose / forecast
0006        | Q4/2024    |        10.000 | Prognose / forecast
--------------------------------------------------------------------------------------------------
Kopftext / header text:
Alle Mengen dieser Einteilung einschliesslich der Prognosezone sind verbindliche Bestellmengen.
All quantities in this schedule, including the forecast zone, are binding order quantities
and are committed by LabNova.
--------------------------------------------------------------------------------------------------
Ansprechpartner: S. Krueger, +49 621 4402 118
""")
case("p33_sap_schedule_forecast_binding", ["RG008"],
     "SAP delivery schedule declares its forecast zone to be binding, committed order quantities",
     [("Lieferplan_5500001234_V0007.txt", p33_txt)])


# ------------------------------------------------------------------ batch 5

# p34: supplier writes the forecast as an order and buys resin for the full year -> RG006 RG008
p34_orig = """From: Arjun Pillai <arjun.pillai@genexabio.sg>
Sent: Tuesday, 28 May 2024 2:15 PM
To: Senthil Kumar <senthil@chennaipolymers.in>
Subject: 50 mL conical tubes - call-off 1 and 2025 forecast

Dear Senthil,

- Call-off 1: 10,000 tubes GX-CT50-ST are released, delivery CIF Singapore by 15 July.
- Forecast 2025 (non-binding, for planning only): 120,000 tubes.
- Anything beyond call-off 1 is not released and needs call-off 2, which I will sign after
  lot acceptance of call-off 1. Material authority: call-off quantity only.

Regards,
Arjun Pillai
Procurement Lead, Genexa Biosciences Pte Ltd"""
p34_text = f"""Dear Arjun Sir,

Greetings from Chennai Polymers.

Thank you for the call-off 1, production is scheduled from 10th June.

As per your forecast order of 1,20,000 nos. for 2025 we have blocked the capacity on our
Toyo 180T machine and the same is committed from our side. We have also procured the PP
resin (Reliance Repol H350FG) for the full year requirement to avoid the price hike
expected in Q3.

Kindly send the call-off schedule for 2025 at your convenience.

Thanks & Regards,
Senthil Kumar
Manager - Sales & Exports
Chennai Polymers Pvt Ltd, 42 Sidco Industrial Estate, Ambattur, Chennai 600098
Mob: +91 98410 27733

{quote_lines(p34_orig)}
"""
case("p34_forecast_order_resin_year", ["RG006", "RG008"],
     "supplier calls the non-binding 120,000 forecast a 'forecast order', commits it and buys resin for the full year while 10,000 are released",
     [("RE_call-off_1_and_2025_forecast.eml", eml_bytes(mail(
         "Senthil Kumar <senthil@chennaipolymers.in>",
         "Arjun Pillai <arjun.pillai@genexabio.sg>",
         "RE: 50 mL conical tubes - call-off 1 and 2025 forecast",
         "Thu, 30 May 2024 12:20:00 +0530", p34_text)))])


# p35: university standing order: estimated annual usage declared a commitment -> RG008
case("p35_standing_order_estimate_commitment", ["RG008"],
     "core-facility standing order turns an estimated annual usage (forecast) into a commitment that may be relied on as an order",
     [("SO-CUGC-2024-03_standing_order.docx", docx_bytes([
         ("h1", "Standing Order SO-CUGC-2024-03"),
         ("p", "University of Cambridge - Genomics Core Facility, Tennis Court Road, Cambridge CB2 1QW"),
         ("p", "Supplier: Suzhou Clearline Labware Co., Ltd. - Ms Lily Xu          Date: 3 June 2024"),
         ("table", [
             ["Item", "Description", "Estimated annual usage", "Call-off 1 (June)"],
             ["SC-384-LV-CUGC", "384-well PCR plate, low-volume, black frame, skirted, "
                                "barcoded (Facility artwork v4)", "3,600 plates", "300 plates"],
         ]),
         ("p", ""),
         ("h", "Terms"),
         ("num", "The estimated annual usage of 3,600 plates is a forecast based on our 2023 consumption. "
                 "This estimate constitutes the Facility's commitment for the year 2024/25 and may be "
                 "relied on by the supplier as an order."),
         ("num", "Call-off 1 releases 300 plates for delivery in June. Nothing beyond the current call-off "
                 "is released; each further call-off is sent by Tom Haddon (Procurement Officer) by e-mail "
                 "after goods-in inspection of the previous delivery."),
         ("num", "Each delivery with certificate of analysis (DNase/RNase, human DNA, PCR inhibitors)."),
         ("num", "Invoices to the University of Cambridge, Accounts Payable, quoting SO-CUGC-2024-03."),
         ("p", "Tom Haddon, Procurement Officer, Genomics Core Facility, +44 1223 760 412"),
     ], author="Tom Haddon"))])


# p36: SAP sample PO: 'Release status RELEASED' (internal approval) + production release by an unnamed dept -> RG005 RG009
p36_txt = txt("""
LabNova Distribution GmbH - Einkauf                                 BESTELLUNG / PURCHASE ORDER
Industriestr. 41, 68169 Mannheim                                     Seite 1 / 1
==================================================================================================
Bestellnr./PO no.  : 4500873502          Datum/Date : 12.06.2024        Einkaeufergruppe : E14
Lieferant/Vendor   : 10388 Glasblaeserei Hoffmann GmbH, Am Hofgarten 6, 97877 Wertheim
Freigabestrategie  : Z1 (Einkaufsleitung)
Freigabestatus     : FREIGEGEBEN / Release status: RELEASED   (12.06.2024 08:41)
--------------------------------------------------------------------------------------------------
Pos   Material    Bezeichnung                                     Menge  ME   Preis/EUR   Wert/EUR
--------------------------------------------------------------------------------------------------
00010 LN-MB-1000A Laborflasche 1000 ml braun, GL45, Skala           10   ST      14,80     148,00
                  LabNova-Druck / media bottle 1000 mL amber,
                  GL45, printed - MUSTER / SAMPLES
--------------------------------------------------------------------------------------------------
Positionstext 00010:
Nur 10 Muster. Die restlichen 490 Flaschen aus Angebot WH-2024-140 sind nicht
freigegeben. / 10 samples only. The remaining 490 bottles of quote WH-2024-140 are not
released. Production release of the 490 only by written production release from LabNova
Purchasing after sample sign-off by LabNova QA.
--------------------------------------------------------------------------------------------------
Liefertermin/Delivery : KW 26/2024          Lieferadresse : Wareneingang Tor 3, Mannheim
Gesamtwert netto      : 148,00 EUR
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022).
""")
case("p36_sap_release_status_released", ["RG005", "RG009"],
     "SAP sample PO shows 'Release status: RELEASED' (internal PO approval) beside 'production release'; release only by unnamed LabNova Purchasing",
     [("PO_4500873502.txt", p36_txt)])


# p37: 'approval' used for validation result, finance sign-off on the PO and the production go -> RG009
p37_orig = """From: Tom Haddon <th412@gencore.cam.ac.uk>
Sent: 03 May 2024 11:20
To: Kevin Liu <kevin.liu@fuxin3d.com>
Subject: PO CUGC-00931 - MJF plate adapter fixtures (samples)

Dear Kevin,

PO CUGC-00931: ten (10) sample fixtures, MJF PA12, drawing CUGC-FX-0200 rev 3. Samples
only. The 190 production fixtures on your quote SF-24-0577 are not released; they stay on
hold until Dr Walsh's validation run has been signed off and I send you a written release
with a revised PO.

Kind regards,
Tom Haddon
Procurement Officer, Genomics Core Facility"""
p37_text = f"""Dear Kevin,

Good news on the plate adapters: the 10 sample fixtures got approval in Dr Walsh's
validation run yesterday (50 autoclave cycles, no cracking, pins within 0.05 mm).

The revised PO CUGC-00931 Rev 1 for the 190 production fixtures also got approval from the
Finance Committee this morning. I'm now waiting for the final approval from the Head of
Department; once that approval is in, you'll have it from me in writing.

Kind regards,
Tom

Tom Haddon
Procurement Officer, Genomics Core Facility, University of Cambridge

{quote_lines(p37_orig)}
"""
case("p37_approval_three_meanings", ["RG009"],
     "'approval' used for the validation result, the finance sign-off of the revised PO and the pending production go",
     [("RE_CUGC-00931_validation_PO_Rev1.eml", eml_bytes(mail(
         "Tom Haddon <th412@gencore.cam.ac.uk>",
         "Kevin Liu <kevin.liu@fuxin3d.com>",
         "RE: PO CUGC-00931 - plate adapters: validation + PO Rev 1",
         "Wed, 12 Jun 2024 12:31:00 +0100", p37_text)))])


# p38: DOCX 'Freigabeprotokoll': release used for drawing, sample, PO and production -> RG009
case("p38_freigabeprotokoll", ["RG009"],
     "release record uses 'release/Freigabe' for drawing, samples, the PO and production; scope otherwise complete",
     [("Freigabeprotokoll_ZA-KL-12.docx", docx_bytes([
         ("h1", "Freigabeprotokoll / Release record ZA-KL-12"),
         ("p", "Zellwerk Analytics GmbH, Berlin - Lieferant / supplier: Druckwerk 3D GmbH, Leipzig"),
         ("p", "Teil / part: ZA-KL-12 Klemme für Schlauchpumpe / tubing-pump clamp, MJF PA12"),
         ("table", [
             ["Freigabe / release", "Gegenstand / subject", "Status", "Wer / who", "Datum"],
             ["Zeichnungsfreigabe / drawing release", "ZA-KL-12 Rev B", "released", "Dr. Tobias Wendt", "03.06.2024"],
             ["Musterfreigabe / sample release", "8 sample clamps (PO ZA-2024-0162)", "released for fit check",
              "Dr. Tobias Wendt", "11.06.2024"],
             ["Bestellfreigabe / PO release", "PO ZA-2024-0162, 8 pcs", "released", "Lena Schubert", "29.05.2024"],
             ["Serienfreigabe / production release", "392 clamps (offer DW-A-24-330)", "NOT released - on hold",
              "Lena Schubert", "-"],
         ]),
         ("p", ""),
         ("p", "Only the 8 sample clamps are in production. The 392 production clamps stay on hold until "
               "the pump endurance test (500 h) is signed off by Dr. Tobias Wendt and Lena Schubert "
               "issues the production release in writing with a revised PO."),
         ("p", "Erstellt / prepared: L. Schubert, Einkauf, 12.06.2024"),
     ], author="Lena Schubert"))])


# p39: portal page: 'approval' used for sample, PO and production -> RG009
p39_body = """
<h2>NorthLink Supplier Portal &mdash; Northfield Scientific LLC</h2>
<p>PO <b>NS-78215</b> &nbsp;|&nbsp; Vendor: Dongguan Everbright Labware (V-40233) &nbsp;|&nbsp; Buyer: K. O'Donnell</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>EB-PCR8-NS</td><td>0.2 mL PCR 8-strip tubes with caps, clear &mdash; samples</td><td>120 strips</td><td>Delivered</td></tr>
<tr><td>2</td><td>EB-PCR8-NS</td><td>0.2 mL PCR 8-strip tubes with caps, clear, 125 strips/bag</td><td>12,000 strips</td><td>On hold &mdash; not released</td></tr>
</table>
<h3>Approvals</h3>
<table>
<tr><th>Approval</th><th>Scope</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Sample approval</td><td>120 sample strips (thermal cycling, cap seal)</td><td>APPROVED</td><td>Dr. E. Park, QA</td><td>06-Jun-2024</td></tr>
<tr><td>PO approval</td><td>PO NS-78215 Rev 1, commercial terms for 120 + 12,000 strips</td><td>APPROVED</td><td>Finance, level 2</td><td>07-Jun-2024</td></tr>
<tr><td>Production approval</td><td>Line 2, 12,000 strips</td><td>PENDING</td><td>K. O'Donnell</td><td>&mdash;</td></tr>
</table>
<p class="note">Line 2 may not be produced until Karen O'Donnell gives the production approval in writing after lot
acceptance of the samples at our Columbus warehouse. Only line 1 (120 strips) was authorized.</p>
"""
case("p39_portal_approvals_table", ["RG009"],
     "portal uses 'approval/APPROVED' for the sample result, the PO and production; holds and named person present",
     [("NS-78215_NorthLink.html", html_page("NorthLink PO NS-78215", p39_body))])


# p40: go ahead with the evaluation lot only, hold complete, but no quantity anywhere -> RG010
p40_text = """Hi Cindy,

Thanks for the revised offer on the 4 mL sample tubes with the Pennine print.

Please go ahead with the evaluation lot only. The production quantity on your offer stays
on hold: it is not released until Dr. Rachel Green (Quality Manager) has signed off the
evaluation tubes and I have sent you a written release together with a revised PO. Please
buy material for the evaluation lot only.

Our PO number for the evaluation lot is PDL-PO-21102; please quote it on the delivery note
and on the CoA.

Many thanks,
Gareth
""" + sig("Gareth Lomas", "Purchasing Manager", "Pennine Diagnostics Ltd, Leeds LS10 1AB, UK",
          "+44 113 496 0721")
case("p40_evaluation_lot_no_qty", ["RG010"],
     "go-ahead scoped to 'the evaluation lot only' with hold, event and named person, but no quantity is ever stated",
     [("PDL-PO-21102_evaluation_lot.eml", eml_bytes(mail(
         "Gareth Lomas <g.lomas@penninediagnostics.co.uk>",
         "Cindy Zhou <cindy.zhou@kangda-lab.cn>",
         "PDL-PO-21102 - 4 mL sample tubes, evaluation lot",
         "Tue, 18 Jun 2024 11:40:00 +0100", p40_text, html=simple_html(p40_text))))])


# p41: "please make the samples as per your offer" - nothing else -> RG003 RG004 RG005 RG010
p41_text = """Hi Grace,

Thanks for the offer HY-2405-12 and the nice call on Tuesday. Please make the samples of the
vented T-175 caps as per your offer, with the blue cap colour we discussed (RAL 5015) and
our logo on the top.

We'd like to have them in Cologne by the end of June for our pilot line. Delivery address
and invoice address as on the last order; please quote our reference RZ-2024-0118.

Beste Grüße
Miriam
""" + sig("Miriam Koch", "Einkauf / Procurement", "Rheinland Zellkultur GmbH, Köln",
          "+49 221 9987 4410")
case("p41_make_samples_as_per_offer", ["RG003", "RG004", "RG005", "RG010"],
     "sample order 'as per your offer' with no quantity, no statement that the rest is not released, no unlock event, no release person",
     [("RZ-2024-0118_sample_caps.eml", eml_bytes(mail(
         "Miriam Koch <m.koch@rheinland-zellkultur.de>",
         "Grace Lin <grace.lin@huayu-labware.com>",
         "Samples vented T-175 caps - our ref. RZ-2024-0118",
         "Thu, 30 May 2024 10:10:00 +0200", p41_text)))])


# p42: e-procurement sample request page: "the sample set as offered in section A" - no quantity -> RG010
p42_body = """
<h2>SICB e-Procurement &mdash; Sample Request SICB-SRF-2024-017</h2>
<p>Singapore Institute for Cell Biology &middot; Advanced Microscopy Core &middot; 8 Biomedical Grove, #05-11, Singapore 138665<br>
Submitted 05 Jun 2024 10:42 SGT &middot; Status: <b>Sent to supplier</b> &middot; Cost centre MIC-2024-OPS</p>
<table>
<tr><th>Field</th><th>Entry</th></tr>
<tr><td>Supplier</td><td>Penang Polymer Labware Sdn Bhd &mdash; Mr. Ravi Subramaniam</td></tr>
<tr><td>Product</td><td>35 mm imaging dish, #1.5H glass bottom (170 &micro;m &plusmn; 5 &micro;m), 20 mm well, TC-treated, sterile</td></tr>
<tr><td>Quotation</td><td>PPL-Q-24-0990 dated 28 May 2024</td></tr>
<tr><td>Requested now</td><td>The sample set as offered in section A of the quotation</td></tr>
<tr><td>Production quantity (section B)</td><td>NOT released &mdash; on hold</td></tr>
<tr><td>Unlock</td><td>Sample sign-off by Dr. Aisha Rahman (Core Manager) after the imaging test, then a written
release by Mr. Daniel Goh (Procurement) with a PO amendment</td></tr>
<tr><td>Material authority</td><td>Samples only</td></tr>
<tr><td>Delivery</td><td>DAP Singapore, attn. Microscopy Core, by 28 June 2024</td></tr>
</table>
<p>Please include the glass thickness certificate and the CoA (sterility, endotoxin) with the sample set.</p>
<p>Requested by: Dr. Aisha Rahman &middot; Authorised signatory: Daniel Goh, Procurement</p>
<p style="color:#666">This request was generated by SICB e-Procurement. Replies to this page are not monitored;
please write to procurement@sicb.example.sg.</p>
"""
case("p42_sample_request_form", ["RG010"],
     "sample request refers to 'the sample set in section A' of the quote without a quantity; hold, event and named persons present",
     [("SICB-SRF-2024-017_sample_request.html", html_page("Sample Request SICB-SRF-2024-017", p42_body))])


# p43: "produce the pilot batch, rest on hold until further notice from me" -> RG004 RG010
p43_text = """Dear Mr. Murugan,

Further to our telephonic discussion, please produce the pilot batch of the ANV-CV-5000
5 mL cryovials with the new gasket material (silicone, Shore A 50) at the earliest.

Remaining quantity is on hold until further notice from me. Kindly do not start anything
beyond the pilot batch.

Please send the leak test report (LN2 vapour, 24 h) and the CoA along with the material.

Thanks & Regards,
Rohit Deshpande
Head - Purchase
Anvaya Life Sciences Pvt Ltd, Bengaluru | +91 80 4123 9900
"""
case("p43_pilot_batch_further_notice", ["RG004", "RG010"],
     "pilot batch authorized without a quantity; rest on hold 'until further notice from me' names a person but no unlock event",
     [("Pilot_batch_ANV-CV-5000.eml", eml_bytes(mail(
         "Rohit Deshpande <rohit.d@anvayalife.in>",
         "S. Murugan <murugan@kaveripolymers.in>",
         "Pilot batch - ANV-CV-5000 cryovials (new gasket)",
         "Tue, 4 Jun 2024 18:22:00 +0530", p43_text)))])


# p44: release letter for "the first tranche" without a quantity -> RG010
case("p44_release_first_tranche", ["RG010"],
     "release letter releases 'the first tranche' without stating how many plates; hold, event and named person present",
     [("BV-2024-0456_Release_R-1.docx", docx_bytes([
         ("h1", "Production Release R-1 - PO BV-2024-0456 Rev 1"),
         ("p", "BioVerde Labs, 10165 Barnes Canyon Road, San Diego, CA 92121, USA"),
         ("p", "To: Suzhou Clearline Labware Co., Ltd. - Ms. Lily Xu          Date: June 19, 2024"),
         ("p", "Subject: 96 deep-well plates 2.2 mL, drawing BV-DW-22 Rev C"),
         ("p", "Sample sign-off: recorded on June 14, 2024 by Dr. Nina Alvarez, Assay Development Lead "
               "(evaporation and well-to-well uniformity tests passed on all sample plates)."),
         ("p", "This letter releases the first tranche of the production plates, as per the delivery plan "
               "discussed on our call of June 17. Please ship by sea, LCL, to our San Diego warehouse."),
         ("p", "All other production plates remain on hold. They will only be released after lot acceptance "
               "of the first tranche at our receiving inspection and a second written release (R-2) signed "
               "by me."),
         ("p", "Material authority: the first tranche only."),
         ("p", "Megan Oduya, Procurement Manager, BioVerde Labs (release authority)"),
     ], author="Megan Oduya"))])


# p45: portal forecast page labels forecast quantities as binding commitments -> RG008
p45_body = """
<h2>NorthLink Supplier Portal &mdash; Forecast collaboration</h2>
<p>Vendor: Precisión Plásticos de Querétaro (V-40117) &nbsp;|&nbsp; Item: PPQ-CT50-NS 50 mL conical tube, sterile, 500/case
&nbsp;|&nbsp; Published 17-Jun-2024 by K. O'Donnell</p>
<table>
<tr><th>Period</th><th>Type</th><th>Qty (cases)</th><th>Status</th></tr>
<tr><td>Jul-2024</td><td>PO NS-78301</td><td>400</td><td>Released</td></tr>
<tr><td>Aug-2024</td><td>Forecast</td><td>450</td><td>Committed</td></tr>
<tr><td>Sep-2024</td><td>Forecast</td><td>450</td><td>Committed</td></tr>
<tr><td>Q4-2024</td><td>Forecast</td><td>1,500</td><td>Committed</td></tr>
<tr><td>H1-2025</td><td>Forecast</td><td>3,200</td><td>Committed</td></tr>
</table>
<p class="note">Forecast lines with status &ldquo;Committed&rdquo; are binding purchase commitments of Northfield
Scientific; you may plan production against them as against a purchase order.</p>
<p style="color:#666">Questions: purchasing@northfieldsci.com &middot; +1 614 555 0187</p>
"""
case("p45_portal_forecast_committed", ["RG008"],
     "portal forecast page marks forecast lines 'Committed' and says they may be planned against as a purchase order",
     [("NorthLink_forecast_PPQ-CT50-NS.html", html_page("NorthLink forecast", p45_body))])


# ==== END CASES


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(107107).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        first_stem = Path(c["files"][0][0]).stem
        first_stem = re.sub(r"[^A-Za-z0-9_-]+", "_", first_stem)
        folder = f"h107_{nn:02d}_{first_stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for v in labels.values():
        for r in v["expect"]:
            counts[r] += 1
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {clean}  risky: {len(labels) - clean}")
    print("  ".join(f"{k}:{v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
