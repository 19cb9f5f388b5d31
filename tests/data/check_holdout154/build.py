#!/usr/bin/env python3
"""Generator for the releasegate check_holdout154 corpus (eyewear and optical parts).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout154/build.py

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
    m["Message-ID"] = msgid or f"<h154-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h154")
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




def eml(m):
    return eml_bytes(m)


def att_pdf(fn, data):
    return (fn, data, PDF_MT)


def att_docx(fn, data):
    return (fn, data, DOCX_MT)


# ======================================================================= CASES
# descriptive names: cNN_* = clean (expect []), pNN_* = with risks.
# Each case: case(name, expect, note, [(filename, bytes|str), ...]); the first file's stem names the folder.

# ---------------------------------------------------------------- batch 1
# c01: supplier quotation with a sample tier and bulk price tiers, on its own (no authorization)
case("c01_supplier_quote_tiers", [],
     "Supplier quotation alone: sample set and bulk price tiers, no authorized quantity anywhere, so nothing to flag.",
     [("QH-2291_Huarui_quotation.pdf", pdf([
         ("h1", "XIAMEN HUARUI EYEWEAR CO., LTD."),
         ("p", "No. 88 Tongji Road, Tong'an Industrial Zone, Xiamen, Fujian 361100, P.R. China  |  Tel +86 592 555 0182"),
         ("h", "QUOTATION  No. QH-2291"),
         ("p", "To: Nordlys Eyewear ApS, Bredgade 41, 1260 Copenhagen K, Denmark  -  Attn. Ms. Mette Holm (Purchasing)"),
         ("p", "Date: 18 April 2024    Valid: 60 days    Currency: USD    Incoterm: FOB Xiamen"),
         ("p", "Model NL-204 'Skagen', acetate full-rim, size 50-19-145, 5-barrel OBE hinge, "
               "laser logo inside temple, demo lens with Nordlys print."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price", "Remarks"],
             ["1", "Sample set, 4 colourways x 3 pcs", "12 pcs", "28.00", "15 days after artwork OK"],
             ["2", "Bulk tier A, 300 pcs per colourway", "1,200 pcs", "9.80", "MOQ per colour 300"],
             ["3", "Bulk tier B, 600 pcs per colourway", "2,400 pcs", "9.20", ""],
             ["4", "Bulk tier C, 1,200 pcs per colourway", "4,800 pcs", "8.75", ""],
             ["5", "Microfibre pouch + hard case, printed", "per pc", "0.85", "optional"],
         ]),
         ("sp",),
         ("p", "Acetate: Mazzucchelli M49 sheets, colour codes per Nordlys colour card CC-24. Acetate mill lead "
               "time approx. 45 days; bulk lead time 60 days after acetate arrival."),
         ("p", "Payment (bulk): 30% deposit with written bulk order, 70% against copy of B/L. Samples: 100% "
               "before dispatch."),
         ("p", "This quotation is an offer only and is not an order confirmation."),
         ("sp",),
         ("p", "Lily Chen  -  Sales Manager, Export Dept.  -  lily.chen@huarui-eyewear.cn"),
     ], title="Quotation QH-2291", author="Lily Chen"))])

# c02: WhatsApp export, supplier asks to go ahead with bulk, buyer refuses and scopes
c02 = """[18/04/2024, 09:41:07] Lily Chen (Huarui): Good morning Sofie 🌞 colour chips for NL-204 sent by DHL yesterday, AWB 4471 2290 18
[18/04/2024, 09:43:55] Sofie Kjær: Morning Lily! Thanks. Did you get the new pantone for the Sage crystal? The first one was too green
[18/04/2024, 09:45:12] Lily Chen (Huarui): yes we got it, the mill can match, 2-3 days for chip
[18/04/2024, 10:02:11] Lily Chen (Huarui): Sofie, samples 12 pcs will be ready next Friday. Can we go ahead with the 1,200 bulk together to save time? Acetate mill needs 45 days 😅
[18/04/2024, 10:09:40] Sofie Kjær: No, please don't. Only the 12 samples (3 per colour) are ordered right now, PO 45-1187.
[18/04/2024, 10:10:02] Sofie Kjær: The bulk 1,200 is not released. When I have signed off the samples I will send you a written bulk release myself - not before, and no acetate for bulk until then.
[18/04/2024, 10:10:31] Sofie Kjær: I know the timing is tight, we'll look at it together once samples are here
[18/04/2024, 10:14:48] Lily Chen (Huarui): OK understood 👍 only 12 samples, bulk waiting your written release
[18/04/2024, 10:15:20] Lily Chen (Huarui): hinge will be the 5 barrel from OBE, same as NL-198
[18/04/2024, 10:16:03] Sofie Kjær: 👍 perfect
[18/04/2024, 10:16:40] Sofie Kjær: <Media omitted>
[18/04/2024, 10:17:05] Sofie Kjær: this is the engraving position, 12 mm from hinge
[18/04/2024, 10:21:33] Lily Chen (Huarui): received, will follow
"""
case("c02_whatsapp_goahead_question", [],
     "Supplier asks whether to go ahead with bulk (a question); buyer answers with 12 samples only, bulk not released, her own written release after sign-off.",
     [("WhatsApp Chat with Lily Chen Huarui.txt", c02)])

# c03: HTML portal page, clearly labelled non-binding forecast
c03_rows = "".join(
    f"<tr><td>{m}</td><td>{c}</td>" + "".join(f"<td>{q}</td>" for q in qs) + "</tr>\n"
    for m, c, qs in [
        ("HP-A14 Rainier", "C01 Black", (150, 150, 200, 200, 250)),
        ("HP-A14 Rainier", "C02 Dark Havana", (100, 100, 150, 150, 150)),
        ("HP-A14 Rainier", "C03 Fog Crystal", (50, 50, 100, 100, 100)),
        ("HP-T07 Cascade", "C11 Gunmetal", (200, 200, 200, 300, 300)),
        ("HP-T07 Cascade", "C12 Brushed Gold", (100, 100, 100, 150, 150)),
    ])
c03 = html_page("Harbor & Pine Optical - Supplier Portal - Rolling Forecast", f"""
<div style="background:#1d3b53;color:#fff;padding:8px">Harbor &amp; Pine Optical &middot; Supplier Collaboration Portal
&middot; logged in as: <b>xiamen.huarui</b></div>
<h2>Rolling forecast &mdash; Q3 2024 to Q3 2025</h2>
<p class="note"><b>NON-BINDING FORECAST.</b> This forecast is for capacity planning only. It is not a purchase order,
does not release production and does not authorize any material purchase. Quantities become firm only through a
purchase order or call-off issued and signed by Dana Whitfield, Director of Sourcing.</p>
<p>Published: 2024-05-06 &middot; Next update: 2024-06-03 &middot; Forecast cycle FC-24-05</p>
<table>
<tr><th>Style</th><th>Colourway</th><th>Q3-24</th><th>Q4-24</th><th>Q1-25</th><th>Q2-25</th><th>Q3-25</th></tr>
{c03_rows}</table>
<p>Units: frames. Forecast accuracy last 4 cycles: 81%. Questions: sourcing@harborpine.com</p>
<p style="font-size:11px;color:#666">&copy; 2024 Harbor &amp; Pine Optical, Inc., 1120 NW Everett St, Portland, OR 97209</p>
""")
case("c03_portal_forecast_labelled", [],
     "Forecast page clearly labelled non-binding, not a PO, no material authority; no authorization, nothing written as firm.",
     [("HP_portal_forecast_FC-24-05.html", c03)])

# c04: DOCX colour sample disposition, scoped to colour only
case("c04_colour_sample_colour_only", [],
     "Colour chip accepted for colour only; production explicitly not released, 8 prototypes active, bulk 392 on hold until prototype sign-off and Kenji Watanabe's written release.",
     [("KY-T22_colour_disposition.docx", docx_bytes([
         ("h1", "Colour Sample Disposition - KY-T22 'Ginza' titanium"),
         ("p", "Kiyomi Optical Co., Ltd. / Merchandising Dept. - to Sabae Kogei Frames Co., Ltd. (Mr. Hiroshi Yamada)"),
         ("p", "Date: 2024/05/09   Ref: PO K-24-118   Inspector: Aiko Sato"),
         ("table", [
             ["Colour", "IP plating code", "Result", "Comment"],
             ["C1 Matte Black", "IP-BK02", "re-submit", "too glossy vs. master"],
             ["C2 Gold", "IP-GD11", "re-submit", "yellow tone, please warmer"],
             ["C3 Antique Gold", "IP-AG07", "accepted for colour only", "matches master chip"],
             ["C4 Silver", "IP-SV01", "pending", "chip not received"],
         ]),
         ("p", "Colour C3 is accepted for colour only. This disposition does not cover fit, hinge torque or "
               "the nose pad arms; these will be checked on the prototype frames."),
         ("p", "Current order: PO K-24-118 for eight (8) prototype frames, 2 per colour. Production is not "
               "released. The bulk quantity of 392 frames stays on hold until the prototypes are signed off "
               "and Kenji Watanabe (Merchandising Manager) sends a written production release."),
         ("p", "Please send re-submitted chips for C1 and C2 by 2024/05/20. Thank you for your continued cooperation."),
         ("p", "Aiko Sato, QC / Kiyomi Optical Co., Ltd., Minato-ku, Tokyo"),
     ], author="Aiko Sato"))])

# c05: full-quantity production PO that says proceed
case("c05_full_qty_po_proceed", [],
     "Production PO for the full 600 frames with quantities named and no balance; 'proceed with production of the full 600 pcs' is scoped.",
     [("HP_PO_11840.pdf", pdf([
         ("h1", "PURCHASE ORDER 11840"),
         ("p", "Harbor & Pine Optical, Inc.  1120 NW Everett St, Portland, OR 97209, USA"),
         ("p", "Supplier: Sabae Kogei Frames Co., Ltd., 3-12 Shimo-machi, Sabae, Fukui 916-0000, Japan"),
         ("p", "PO date: May 10, 2024    Buyer: Dana Whitfield    Terms: Net 45 after B/L    Incoterm: FCA Osaka"),
         ("table", [
             ["Line", "Style / colour", "Description", "Qty", "Unit (JPY)", "Ship"],
             ["1", "HP-T07-C11 Gunmetal", "Titanium full-rim, 49-20-145, beta-ti temples", "200", "3,150", "Jul 26, 2024"],
             ["2", "HP-T07-C12 Brushed Gold", "same", "200", "3,150", "Jul 26, 2024"],
             ["3", "HP-T07-C13 Matte Navy", "same", "200", "3,150", "Jul 26, 2024"],
             ["", "", "Total", "600", "", ""],
         ]),
         ("sp",),
         ("p", "Scope: this PO is a production order for the full quantity of 600 frames. The pre-production "
               "sample was signed off on April 2, 2024 (ref. SS-0402, torque and plating report attached to "
               "our email of that date). No further quantities are planned under this PO."),
         ("p", "Please proceed with production of the full 600 pcs per the signed-off sample. Packing: 10 frames "
               "per inner box with silica gel, HP barcode label per frame, carton max. 12 kg."),
         ("p", "Quality: AQL 1.0 major / 2.5 minor per ISO 2859-1, inspection by our agent in Fukui before "
               "dispatch. Standard: ISO 12870:2016."),
         ("p", "Dana Whitfield, Director of Sourcing"),
     ], pagesize=LETTER, title="PO 11840", author="Dana Whitfield"))])

# c06: ERP call-off with explicit staged material authority above the released quantity
c06 = """OCCHIALI LUNARI S.R.L.                                      ORDINE DI CONSEGNA / CALL-OFF
Via Feltre 112, 32100 Belluno (BL) - P.IVA IT01234560251                     Pag. 1/1
=========================================================================================
FORNITORE / SUPPLIER : 700418  WENZHOU JINHAI OPTICAL CO., LTD. - OUHAI, WENZHOU
CONTRATTO QUADRO     : 4600000212   (BLANKET PO)          DATA / DATE : 06.05.2024
CALL-OFF NR.         : 03                                  BUYER       : G. MARCHETTI
-----------------------------------------------------------------------------------------
ART.        DESCRIZIONE                        COL.     QTY CALL-OFF   CONSEGNA / DELIVERY
LU-27-C1    ACETATE FRAME 'DOLOMITI' 52/18     NERO         100         28.06.2024
LU-27-C2    ACETATE FRAME 'DOLOMITI' 52/18     AVANA        150         28.06.2024
LU-27-C3    ACETATE FRAME 'DOLOMITI' 52/18     CRISTALLO    150         28.06.2024
                                                         ---------
                                     TOTALE CALL-OFF 03:    400
-----------------------------------------------------------------------------------------
CONTRATTO QUADRO QTY (COMMERCIAL COVER) ............ 2.400
CUM. RELEASED INCL. CALL-OFF 03 .................... 1.200   (01: 400 / 02: 400 / 03: 400)
BALANCE NOT RELEASED ............................... 1.200   - REQUIRES NEXT CALL-OFF
                                                             SIGNED BY G. MARCHETTI
MATERIAL AUTHORITY ................................. STAGED UP TO 1.800 FRAMES
   ACETATE SHEET (MAZZUCCHELLI) MAY BE BOUGHT FOR UP TO 1.800 FRAMES AT BUYER LIABILITY.
   NO FURTHER MATERIAL BEYOND 1.800 FRAMES WITHOUT A NEW WRITTEN MATERIAL AUTHORITY.
-----------------------------------------------------------------------------------------
NOTE: PRODUCE ONLY THE 400 PCS OF THIS CALL-OFF. PACKING PER SPEC LU-PK-05 REV 3.
      CERTIFICATE OF CONFORMITY EN ISO 12870 WITH EACH SHIPMENT.
FIRMA / SIGNATURE: G. MARCHETTI - RESP. ACQUISTI
"""
case("c06_erp_calloff_staged_material", [],
     "Call-off releases 400 (cum. 1,200); balance 1,200 not released until next call-off signed by G. Marchetti; explicit staged material authority to 1,800 frames is clean.",
     [("LUNARI_CALLOFF_4600000212-03.txt", c06)])

# c07: explicit, recorded auto-conversion
c07_txt = """Dear Stefano,

thank you for the call yesterday, it was very useful. As agreed, I confirm and record here the
arrangement for order PO 24-0877 (model LU-31 'Cortina', acetate, 4 colourways), so that we
both have it in writing:

1. Samples: twelve (12) frames, 3 per colourway, are released now under PO 24-0877.
2. Auto-conversion (agreed and recorded): if I, Lucia Ferri, sign off the 12 samples as approved
   in writing, 300 frames (75 per colourway) of first production are released at that moment,
   with no further document. No other sign-off converts anything.
3. The remaining 888 frames of the 1,200 quoted stay on hold. They are released only by a
   separate written release signed by me.
4. Material: you may buy acetate for 312 frames (12 + 300) at our liability, nothing more.

Please confirm by return that Fabbrica Ottica Cadorina agrees with points 1-4.

Colour references remain as per the colour card CC-LU-24 rev. B that Paolo sent on 29 April.

Un caro saluto,
""" + sig("Lucia Ferri", "Head of Sourcing", "Occhiali Lunari S.r.l. - Belluno", "+39 0437 555 210")
c07_html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in c07_txt.split("\n\n")) + "</body></html>"
m = mail("Lucia Ferri <l.ferri@occhialilunari.it>", "Stefano De Bon <stefano@otticacadorina.it>",
         "PO 24-0877 LU-31 Cortina - samples and recorded auto-conversion", "Tue, 07 May 2024 10:12:00 +0200",
         c07_txt, html=c07_html, cc="Paolo Zanella <p.zanella@occhialilunari.it>")
case("c07_recorded_auto_conversion", [],
     "Explicit recorded auto-conversion naming quantity (300), signer (Lucia Ferri) and condition; rest on hold until her written release; material authority 312.",
     [("PO_24-0877_Cortina.eml", eml(m))])

# c08: old quote forwarded as rfc822, declared informational
inner = mail("Kevin Zhou <kevin@jinhai-optical.com>", "Renee Carlson <renee.carlson@brightlinevision.com>",
             "Quote BV titanium program 2023", "Thu, 14 Sep 2023 16:40:00 +0800",
             """Dear Renee,

please see our quote for the titanium program:

- Prototype frames: 20 pcs, USD 35.00/pc, 20 days
- Mass production: 5,000 pcs, USD 6.40/pc, 55 days after prototype approval
- Tooling for the hinge block: USD 1,800 one-time

Payment 30/70. Thank you and best regards,
Kevin Zhou
Wenzhou Jinhai Optical Co., Ltd.
""")
c08_txt = """Hi Kevin,

forwarding your 2023 quote below for the record only. The 5,000 pcs figure in it is informational:
it is not ordered and it is not released.

What we order now is PO BV-7719 for twenty (20) prototype frames of BV-Lex, 2 colourways x 10
(C1 matte black, C4 brushed gunmetal). Everything beyond the 20 prototypes stays on hold. It is
released only after we sign off the prototypes and I send you a written production release.
No material for production until then, please.

Prices per the updated quote you sent in March still apply to the prototypes.

Thanks,
""" + sig("Renee Carlson", "Director of Sourcing", "Brightline Vision, Inc. - Columbus, OH", "+1 614 555 0177")
m = mail("Renee Carlson <renee.carlson@brightlinevision.com>", "Kevin Zhou <kevin@jinhai-optical.com>",
         "Fwd: Quote BV titanium program 2023 / PO BV-7719 prototypes", "Mon, 13 May 2024 08:05:00 -0400",
         c08_txt, attachments=[("rfc822", inner)])
case("c08_fwd_old_quote_informational", [],
     "Old 5,000 pcs quote forwarded as rfc822 and declared informational/not released; 20 prototypes active, hold, sign-off + Renee Carlson's written release.",
     [("Fwd_Quote_BV_titanium_2023.eml", eml(m))])

# p01: sample PO + countersigned quote with bulk tier, nothing about the balance
p01_po = pdf([
    ("h1", "NORDLYS EYEWEAR ApS - PURCHASE ORDER 45-1187"),
    ("p", "Bredgade 41, 1260 Copenhagen K, Denmark - CVR 3849 1022"),
    ("p", "Supplier: Xiamen Huarui Eyewear Co., Ltd., Tong'an Industrial Zone, Xiamen"),
    ("p", "Order date: 22.04.2024   Delivery: 17.05.2024, DHL on our account 96 554 210   Currency: USD"),
    ("table", [
        ["Pos.", "Model / colour", "Description", "Qty", "Price", "Amount"],
        ["1", "NL-204 C1 Havana", "Skagen sample set", "3", "28.00", "84.00"],
        ["2", "NL-204 C2 Black", "Skagen sample set", "3", "28.00", "84.00"],
        ["3", "NL-204 C3 Crystal Sage", "Skagen sample set", "3", "28.00", "84.00"],
        ["4", "NL-204 C4 Tortoise Blue", "Skagen sample set", "3", "28.00", "84.00"],
        ["", "", "Total", "12", "", "336.00"],
    ]),
    ("sp",),
    ("p", "Terms according to quotation QH-2291. Colour card CC-24. Laser logo position per drawing NL-204-A rev 2."),
    ("p", "Mette Holm, Purchasing"),
], title="PO 45-1187", author="Mette Holm")
p01_q = pdf([
    ("h1", "XIAMEN HUARUI EYEWEAR CO., LTD. - QUOTATION QH-2291"),
    ("p", "To: Nordlys Eyewear ApS - Attn. Ms. Mette Holm.  Date 18 April 2024.  FOB Xiamen, USD."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price"],
        ["1", "NL-204 sample set, 4 colours x 3", "12 pcs", "28.00"],
        ["2", "NL-204 bulk, 4 colours x 300", "1,200 pcs", "9.80"],
    ]),
    ("p", "Lead time bulk: 60 days after acetate arrival. Payment bulk 30% deposit / 70% before shipment."),
    ("sp",),
    ("p", "Accepted for Nordlys Eyewear ApS:  M. Holm   22.04.2024"),
], title="Quotation QH-2291", author="Lily Chen")
p01_txt = """Dear Lily,

thank you for the quick turnaround on the quotation.

Please find attached our purchase order 45-1187 for the NL-204 Skagen sample set, and your
quotation QH-2291, which I have countersigned so the prices are locked.

Could you please confirm receipt and send the PI? Samples by DHL on our account as usual.

Have a nice weekend - here it is finally spring!

Venlig hilsen / Best regards
""" + sig("Mette Holm", "Purchaser", "Nordlys Eyewear ApS", "+45 33 55 01 87")
m = mail("Mette Holm <mh@nordlys-eyewear.dk>", "Lily Chen <lily.chen@huarui-eyewear.cn>",
         "PO 45-1187 NL-204 Skagen samples", "Mon, 22 Apr 2024 15:20:00 +0200", p01_txt,
         attachments=[att_pdf("PO_45-1187.pdf", p01_po), att_pdf("QH-2291_countersigned.pdf", p01_q)])
case("p01_sample_po_countersigned_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 12 sent with a countersigned quote showing 1,200 bulk; nothing says bulk is informational or not released, no unlock event, no release person.",
     [("PO_45-1187_NL-204.eml", eml(m))])

# p02: multi-file: ERP sample PO + supplier quote PDF with mass production quantity
p02_po = """BRIGHTLINE VISION, INC.                                         PURCHASE ORDER
4400 Easton Commons Way, Columbus OH 43219                      PO NO.  : BV-7802
                                                                PO DATE : 05/08/2024
VENDOR : 100233 WENZHOU JINHAI OPTICAL CO LTD                   BUYER   : R.OKAFOR
SHIP TO: BRIGHTLINE DC-2, 2100 REFUGEE RD, COLUMBUS OH 43207    TERMS   : NET 30
----------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                      QTY  UM    UNIT USD    EXT USD
10  BV-ROWAN-PR     ROWAN TITANIUM FRAME PROTOTYPE    10  EA       38.00     380.00
                    C1 MATTE BLACK 5 / C3 SAND 5
20  FRT-EXP         EXPRESS FREIGHT PROTO               1  LOT      95.00      95.00
----------------------------------------------------------------------------------
                                                           TOTAL USD        475.00
REF: VENDOR QUOTE WJ-Q-0415 (ATTACHED)
SPEC: BV-ROWAN DWG REV C, HINGE 1.4MM SCREW, ANSI Z80.5-2020
SHIP VIA: DHL EXPRESS ACCT 96 1022 440
*** ACKNOWLEDGE WITHIN 2 BUSINESS DAYS ***
"""
p02_q = pdf([
    ("h1", "WENZHOU JINHAI OPTICAL CO., LTD."),
    ("p", "Ouhai Economic Development Zone, Wenzhou, Zhejiang - www.jinhai-optical.com"),
    ("h", "QUOTE WJ-Q-0415"),
    ("p", "Customer: Brightline Vision, Inc. (Mr. Ray Okafor)   Date: 2024-04-15   Price term: FOB Wenzhou"),
    ("table", [
        ["No.", "Model", "Stage", "Qty", "USD/pc", "Lead time"],
        ["1", "BV-ROWAN titanium", "Prototype", "10 pcs", "38.00", "20 days"],
        ["2", "BV-ROWAN titanium", "Mass production (4 colours x 500)", "2,000 pcs", "7.15", "50 days"],
        ["3", "Hinge block mould", "Tooling", "1 set", "1,650.00", "25 days"],
    ]),
    ("p", "Material: beta-titanium temples, pure titanium front, IP plating. Packing: 1 pc/poly bag, 200 pcs/carton."),
    ("p", "Kevin Zhou, Sales"),
], title="WJ-Q-0415", author="Kevin Zhou")
case("p02_erp_proto_po_with_quote_file", ["RG001", "RG003", "RG004", "RG005"],
     "Folder: ERP PO for 10 prototypes referencing the attached quote showing 2,000 mass production; no hold, no unlock event, no release person.",
     [("BV-7802_PO.txt", p02_po), ("WJ-Q-0415_quote.pdf", p02_q)])

# p03: HTML buyer portal PO page with quoted qty column
p03 = html_page("Kiyomi Optical - Supplier Portal - PO K-24-140", """
<div style="background:#7a1c2c;color:#fff;padding:8px">KIYOMI OPTICAL Co., Ltd. &middot; Supplier Portal (サプライヤーポータル)</div>
<h2>Purchase Order K-24-140</h2>
<table>
<tr><th>Supplier</th><td>Sabae Kogei Frames Co., Ltd. (supplier code S-0311)</td></tr>
<tr><th>Status</th><td>Issued &middot; 2024/05/14</td></tr>
<tr><th>Buyer</th><td>Merchandising Dept. / Ms. Aiko Sato</td></tr>
<tr><th>Delivery</th><td>2024/06/21, to Kiyomi Tokyo HQ, Minato-ku</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>No.</th><th>Item</th><th>Description</th><th>Quoted qty</th><th>Order qty</th><th>Unit price (JPY)</th></tr>
<tr><td>1</td><td>KY-T31-PR</td><td>'Asakusa' titanium prototype, 47&#9633;21-140, C1/C2/C3/C4 x 2</td><td>800</td><td>8</td><td>9,800</td></tr>
<tr><td>2</td><td>KY-T31-NP</td><td>Nose pad arm, titanium, for prototypes</td><td>1,600</td><td>16</td><td>120</td></tr>
</table>
<p>Quotation ref: SK-Q-24-077 (2024/04/26). Drawing: KY-T31 Rev.3. Plating per Kiyomi standard KS-P-02.</p>
<p>Please confirm this order in the portal (button below) within 3 business days.</p>
<p><button>Confirm order</button> <button>Send message</button></p>
<p style="font-size:11px;color:#666">Kiyomi Optical Co., Ltd. &middot; 2-4-9 Minami-Aoyama, Minato-ku, Tokyo 107-0062</p>
""")
case("p03_portal_po_quoted_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO orders 8 prototypes with a 'Quoted qty 800' column beside it and no word on the balance, no unlock event, no release person.",
     [("K-24-140_portal.html", p03)])

# p04: DOCX PO letter for salesman samples with a production column
case("p04_docx_samples_with_production_column", ["RG001", "RG003", "RG004", "RG005"],
     "PO letter for 30 salesman samples with a 'Qtd. produção' column totalling 1.500 and nothing about that quantity being on hold, no unlock event, no release person.",
     [("VC-3390_pedido.docx", docx_bytes([
         ("h1", "Óticas Vista Clara Ltda. - Pedido de Compra / Purchase Order VC-3390"),
         ("p", "Rua Oscar Freire, 1210 - São Paulo/SP - CNPJ 12.345.678/0001-90"),
         ("p", "Para / To: Xiamen Huarui Eyewear Co., Ltd. - Att. Ms. Lily Chen"),
         ("p", "Data: 08/05/2024"),
         ("p", "Dear Lily, following our visit in Xiamen, please produce the salesman samples below for our "
               "convenção de vendas in July. This order is for the salesman samples."),
         ("table", [
             ["Modelo", "Cor", "Amostras", "Qtd. produção", "Preço unit. US$"],
             ["VC-88 'Ipanema'", "Preto brilho", "10", "500", "9,40"],
             ["VC-88 'Ipanema'", "Tartaruga", "10", "500", "9,40"],
             ["VC-88 'Ipanema'", "Cristal mel", "10", "500", "9,40"],
             ["Total", "", "30", "1.500", ""],
         ]),
         ("p", "Samples price US$ 26,00 per piece, frete aéreo por conta da Vista Clara (FedEx 2291-4410-7)."),
         ("p", "Gravação: logo VC na haste esquerda, 'Made in China' na haste direita. Estojo modelo E-12."),
         ("p", "Entrega das amostras: até 14/06/2024 no escritório de São Paulo."),
         ("p", "Atenciosamente / Best regards,"),
         ("p", "Rafael Moura - Comprador / Buyer - Óticas Vista Clara"),
     ], author="Rafael Moura"))])

# p05: US buyer, sample PO + forecast declared a firm order
p05_po = pdf([
    ("h1", "HARBOR & PINE OPTICAL - PURCHASE ORDER 11872"),
    ("p", "Vendor: Xiamen Huarui Eyewear Co., Ltd.    Date: May 13, 2024    Buyer: Tom Reyes"),
    ("table", [
        ["Line", "Style", "Description", "Qty", "Unit USD"],
        ["1", "HP-A14-C01", "Rainier acetate, salesman sample, Black", "4", "27.00"],
        ["2", "HP-A14-C02", "Rainier acetate, salesman sample, Dark Havana", "4", "27.00"],
        ["3", "HP-A14-C03", "Rainier acetate, salesman sample, Fog Crystal", "4", "27.00"],
        ["", "", "Total salesman samples", "12", ""],
    ]),
    ("p", "Ship by June 7, 2024 via FedEx IP, acct 2291-8812-0. Include 2 spare demo lenses per frame."),
], pagesize=LETTER, title="PO 11872", author="Tom Reyes")
p05_txt = """Hi Ken,

PO 11872 is attached for the 12 salesman samples of HP-A14 Rainier (3 colors x 4). Our reps need
them for the Vision Expo follow-up tour, so June 7 ship date is important.

Also, so you can plan: our 2025 forecast on this style is 2,400 frames. Please treat that as our
firm order for next year - we're good for it, and I'd rather you lock the line time now than
scramble in January.

Let me know if the Fog Crystal acetate is still available from the mill.

Thanks!
""" + sig("Tom Reyes", "Senior Buyer", "Harbor & Pine Optical, Inc. - Portland, OR", "+1 503 555 0134")
m = mail("Tom Reyes <treyes@harborpine.com>", "Ken Wu <ken.wu@huarui-eyewear.cn>",
         "PO 11872 - Rainier salesman samples + 2025 volume", "Mon, 13 May 2024 11:47:00 -0700", p05_txt,
         attachments=[att_pdf("PO_11872.pdf", p05_po)])
case("p05_sample_po_forecast_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "Sample PO for 12 with a 2,400 forecast written as 'our firm order for next year'; larger quantity not labelled informational, no hold, event or release person.",
     [("PO_11872_Rainier.eml", eml(m))])

# p06: ERP sample PO, balance on hold until further notice (no unlock event)
p06 = """OCCHIALI LUNARI S.R.L.                                  ORDINE D'ACQUISTO / PURCHASE ORDER
Via Feltre 112, 32100 Belluno (BL)                                      Pag. 1/1
=====================================================================================
NR. ORDINE : 24-0655            DATA : 02.05.2024           VALUTA / CURR. : USD
FORNITORE  : 700418 WENZHOU JINHAI OPTICAL CO., LTD.
TIPO       : CAMPIONATURA / SAMPLE ORDER
-------------------------------------------------------------------------------------
POS  ARTICOLO     DESCRIZIONE                       QTA   UM    PREZZO     IMPORTO
001  LU-35-C1     'MARMOLADA' ACETATO 54/17 NERO      3   PZ     27,50       82,50
002  LU-35-C2     'MARMOLADA' ACETATO 54/17 AVANA     3   PZ     27,50       82,50
003  LU-35-C3     'MARMOLADA' ACETATO 54/17 MIELE     3   PZ     27,50       82,50
004  LU-35-C4     'MARMOLADA' ACETATO 54/17 VERDE     3   PZ     27,50       82,50
                                                   ----              ----------
                                          TOTALE     12                  330,00
-------------------------------------------------------------------------------------
NOTE:
 RIF. OFFERTA / QUOTE REF  WZ-Q-2291 (600 PZ)
 SAMPLE QTY 12 PZ ONLY.
 BALANCE 588 PZ ON HOLD UNTIL FURTHER NOTICE.
 RELEASE AUTHORITY: G. MARCHETTI, RESP. ACQUISTI.
 CERNIERA / HINGE: OBE 5 BARRE, VITE M1.4
 NORMA EN ISO 12870:2016 - MARCATURA CE
-------------------------------------------------------------------------------------
FIRMA: G. MARCHETTI
"""
case("p06_erp_hold_until_further_notice", ["RG004"],
     "Sample PO states 12 only, balance 588 on hold and names G. Marchetti, but 'until further notice' names no unlock event.",
     [("LUNARI_PO_24-0655.txt", p06)])

# p07: WhatsApp, prototypes without quantity, rest on hold with no event
p07 = """[09/05/2024 14:02] Rafael Moura: Stefano, bom dia! Tudo bem?
[09/05/2024 14:02] Rafael Moura: We loved the shapes you showed us at MIDO 😍
[09/05/2024 14:05] Stefano De Bon: Ciao Rafael! Grazie mille, happy to hear
[09/05/2024 14:07] Rafael Moura: Pode fazer os protótipos of the VC-Belluno in the 3 colours we chose: preto, havana and cristal rosé
[09/05/2024 14:08] Rafael Moura: same size as the demo, 51-19-145
[09/05/2024 14:11] Stefano De Bon: Perfetto. Acetate we have all 3 in stock. And for the production, what do we do?
[09/05/2024 14:15] Rafael Moura: the rest stays parado, on hold, no date yet
[09/05/2024 14:15] Rafael Moura: only I can release it
[09/05/2024 14:16] Stefano De Bon: capito 👍
[09/05/2024 14:18] Stefano De Bon: For the protos, logo on the temple like the demo, or inside?
[09/05/2024 14:21] Rafael Moura: inside left temple, white print, the file is in the email from Ana
[09/05/2024 14:22] Stefano De Bon: ok, 3 weeks from today
[09/05/2024 14:22] Rafael Moura: 🙏 obrigado
"""
case("p07_whatsapp_protos_no_qty_hold_no_event", ["RG004", "RG010"],
     "Buyer asks for prototypes in 3 colours without stating how many; rest on hold 'no date yet', only Rafael releases it - a person but no unlock event.",
     [("WhatsApp Chat - Stefano Cadorina.txt", p07)])

# ---------------------------------------------------------------- batch 2
# c09: supplier's auto-conversion assumption quoted under a correcting buyer reply
c09_txt = """Olá Somchai,

no - sample approval releases nothing on its own. Only the sixteen (16) samples of PO VC-3471
are ordered now. The 960 frames stay on hold: they start only on a written production release
signed by me, after we have signed off the samples here in São Paulo. Please do not plan line
time or book acetate for them before that.

I understand October is tight. If you send the samples by 7 June we can sign off by 14 June and
I will send the release the same day if everything is fine.

Obrigada e abraços,
""" + sig("Ana Ribeiro", "Head of Product", "Óticas Vista Clara Ltda. - São Paulo", "+55 11 5555 0190") + """

On Thu, 16 May 2024 at 10:02, Somchai Prasert <somchai@siamoptical.co.th> wrote:
> Dear Khun Ana,
>
> Thank you for PO VC-3471. The 16 samples are in production, finish next week.
> To keep your October delivery, after you approve the 16 samples we will start the
> bulk 960 straight away, no need to wait. We already reserve line 3 for you.
>
> Best regards,
> Somchai Prasert
> Sales Manager, Siam Optical Manufacturing Co., Ltd., Bangkok
"""
m = mail("Ana Ribeiro <ana.ribeiro@vistaclara.com.br>", "Somchai Prasert <somchai@siamoptical.co.th>",
         "Re: PO VC-3471 samples / bulk timing", "Thu, 16 May 2024 09:15:00 -0300", c09_txt,
         in_reply_to="<h154-sp-0516@siamoptical.co.th>")
case("c09_quoted_supplier_autoconv_corrected", [],
     "Supplier's 'start bulk after approval' is only quoted under the buyer's reply, which restates 16 samples, 960 on hold, sign-off plus Ana Ribeiro's written release.",
     [("Re_PO_VC-3471_samples.eml", eml(m))])

# c10: supplier says the deposit does not release production
c10_txt = """Dear Ms. Marchetti,

we received today your 30% deposit of USD 4,212.00 for our PI JH-24-0311, thank you very much.

Please note: the deposit does not release production. Under your PO 24-0701 we make only the
24 pcs salesman samples now (LU-40, 4 colours x 6). The bulk stays on hold and we do not buy
acetate for it until we receive your written bulk release.

Samples will be ready around 31 May, we will send photos before dispatch.

Best regards,
Kevin Zhou
Sales Dept. / Wenzhou Jinhai Optical Co., Ltd.
Tel +86 577 5550 8821  WeChat: kevinzhou_jh
"""
m = mail("Kevin Zhou <kevin@jinhai-optical.com>", "Giulia Marchetti <g.marchetti@occhialilunari.it>",
         "Deposit received PI JH-24-0311 / PO 24-0701", "Fri, 17 May 2024 16:22:00 +0800", c10_txt)
case("c10_supplier_deposit_not_release", [],
     "Supplier confirms deposit receipt and says the deposit does not release production; only 24 samples, bulk waits for written release.",
     [("JH-24-0311_PO_24-0701.eml", eml(m))])

# c11: supplier acknowledgement restating the hold
case("c11_supplier_ack_restates_hold", [],
     "Supplier order acknowledgement restates 8 prototypes only, 392 not released, no bulk titanium until Kenji Watanabe's written release after prototype sign-off.",
     [("SK_order_ack_K-24-118.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Sabae Kogei Frames Co., Ltd.  3-12 Shimo-machi, Sabae, Fukui, Japan  TEL 0778-55-0123"),
         ("p", "To: Kiyomi Optical Co., Ltd., Merchandising Dept.  Attn: Ms. Aiko Sato"),
         ("p", "Date: 2024/05/10   Our ref: SK-OA-24-061   Your PO: K-24-118"),
         ("table", [
             ["Item", "Description", "Qty", "Delivery"],
             ["KY-T22-PR", "'Ginza' titanium prototype frame, 2 pcs x 4 colours", "8 pcs", "2024/06/14"],
         ]),
         ("sp",),
         ("p", "We thank you for your order. We confirm PO K-24-118 for eight (8) prototype frames only."),
         ("p", "We understand the bulk quantity of 392 frames is not released. We will not purchase titanium "
               "wire or plating for bulk until we receive a written production release from Mr. Kenji Watanabe "
               "after the prototype sign-off."),
         ("p", "Please kindly note that the colour C4 chip will be sent together with the prototypes."),
         ("p", "Hiroshi Yamada, Sales Section Chief"),
     ], title="SK-OA-24-061", author="Hiroshi Yamada"))])

# c12: full-quantity ERP PO with identifiers that look like quantities
c12 = """BRIGHTLINE VISION, INC.                                         PURCHASE ORDER
4400 Easton Commons Way, Columbus OH 43219                      PO NO.  : BV-7900
                                                                PO DATE : 05/15/2024
VENDOR : 100451 SIAM OPTICAL MANUFACTURING CO LTD               BUYER   : R.OKAFOR
SHIP TO: BRIGHTLINE DC-2, 2100 REFUGEE RD, COLUMBUS OH 43207    TERMS   : NET 45
----------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                      QTY  UM    UNIT USD    EXT USD
10  5000-48-20      ACETATE FRAME 'LANE' 48-20-145    150  EA        8.90   1,335.00
                    COLOR 1450 CRYSTAL GREY
20  5000-48-20      ACETATE FRAME 'LANE' 48-20-145    100  EA        8.90     890.00
                    COLOR 2000 BLACK
----------------------------------------------------------------------------------
                                                           TOTAL USD      2,225.00
PRODUCTION ORDER FOR THE FULL QTY 250 EA. NO BALANCE, NO FURTHER RELEASES UNDER
THIS PO. PRE-PRODUCTION SAMPLE SIGNED OFF 04/22/2024, REF PPS-2210.
SPEC: DWG 5000 REV 12, HINGE SCREW M1.4X3.5, ISO 12870:2016, ANSI Z80.5-2020
PACK: 50 EA/CARTON, CARTON LABEL PER BV-LBL-300 REV 4
SHIP VIA: OCEAN LCL, READY DATE 07/12/2024
*** ACKNOWLEDGE WITHIN 2 BUSINESS DAYS ***
"""
case("c12_erp_full_po_lookalike_ids", [],
     "Full-quantity production PO (250) with no balance; item 5000-48-20, colour 1450/2000, DWG rev 12, ISO/ANSI norms are identifiers, not quantities.",
     [("BV-7900_PO.txt", c12)])

# c13: HTML buyer portal with line statuses, production line on hold
c13 = html_page("Nordlys Eyewear - Leverandørportal - PO 45-1210", """
<div style="background:#12343b;color:#fff;padding:8px">NORDLYS EYEWEAR &middot; Supplier portal &middot; Xiamen Huarui Eyewear Co., Ltd.</div>
<h2>PO 45-1210 &middot; NL-207 'Bornholm'</h2>
<p>Issued 2024-05-16 by Jonas Brandt, Head of Supply. Delivery address: Nordlys DC, Køge.</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>sample</td><td>NL-207 sample frames, 4 colourways x 5</td><td>20</td><td>RELEASED &ndash; produce now</td></tr>
<tr><td>20</td><td>production</td><td>NL-207 bulk, 4 colourways x 145</td><td>580</td><td>ON HOLD &ndash; not released</td></tr>
</table>
<div class="note"><b>What to do now:</b> produce and ship the 20 sample frames of line 10 only.<br>
Line 20 (580 frames) is not released. It is released only by a written production release from Jonas Brandt,
Head of Supply, after Nordlys has signed off the samples. No material for line 20 may be bought before that.</div>
<p>Attachments: NL-207 tech pack rev B (PDF), colour card CC-24 (PDF)</p>
<p><button>Acknowledge PO</button></p>
""")
case("c13_portal_lines_sample_released_bulk_hold", [],
     "Portal PO: sample line 20 released, production line 580 on hold, unlocked by Jonas Brandt's written release after sample sign-off.",
     [("portal_PO_45-1210.html", c13)])

# c14: WeChat export, buyer's sourcing agent scopes samples clearly
c14 = """微信聊天记录 / WeChat chat history
导出时间 Exported: 2024-05-20 18:02
聊天对象 Chat: 王经理 Wang Jun (Jinhai Optical)

2024-05-15 10:21:33 陈丽 Chen Li (Harbor & Pine):
王经理 hello, PO 11890 for HP-A19 sent to your email just now

2024-05-15 10:22:10 王经理 Wang Jun:
收到 received 👍 how many sample you need?

2024-05-15 10:24:45 陈丽 Chen Li (Harbor & Pine):
only 6 pcs per colour, 4 colours = 24 pcs samples. that's all for now

2024-05-15 10:25:30 陈丽 Chen Li (Harbor & Pine):
大货 bulk don't start, bulk is NOT released. bulk release comes only from me in writing after I sign off the samples

2024-05-15 10:26:02 王经理 Wang Jun:
明白 understood, only 24 samples. acetate for bulk also wait?

2024-05-15 10:26:40 陈丽 Chen Li (Harbor & Pine):
yes also wait. no acetate for bulk before my written release

2024-05-15 10:27:15 王经理 Wang Jun:
OK 好的

2024-05-15 10:40:02 王经理 Wang Jun:
[图片 Image]
temple tip like this? 

2024-05-15 10:44:51 陈丽 Chen Li (Harbor & Pine):
yes this one, 145mm
"""
case("c14_wechat_agent_scopes_samples", [],
     "Buyer's sourcing manager: 24 samples only, bulk not released, bulk release only from her in writing after sample sign-off; no bulk material.",
     [("WeChat_WangJun_Jinhai.txt", c14)])

# c15: DOCX tech pack with indicative bulk labelled forecast/not released
case("c15_techpack_indicative_bulk", [],
     "Tech pack requests 10 prototypes; indicative 1,500 is labelled forecast and not released; release by PO revision signed by Mette Holm after prototype sign-off.",
     [("NL-210_techpack_revA.docx", docx_bytes([
         ("h1", "TECH PACK - NL-210 'Vesterhavet' - rev A"),
         ("p", "Nordlys Eyewear ApS, Copenhagen - to Sabae Kogei Frames Co., Ltd. - 2024-05-13"),
         ("h", "1. Product"),
         ("p", "Titanium panto frame, 48\u25a121-145, beta-titanium temples with acetate tips, adjustable nose pads. "
               "Finish: IP plating, 4 colourways. Logo: micro-engraved 'NORDLYS' on the right temple, 0.2 mm deep."),
         ("table", [
             ["Colourway", "Front", "Temple tips", "Prototypes"],
             ["C1", "Matte black", "Black", "2"],
             ["C2", "Brushed gold", "Havana", "2"],
             ["C3", "Gunmetal", "Grey crystal", "2"],
             ["C4", "Rose gold", "Blush crystal", "2"],
             ["C5", "Silver", "Clear", "2"],
             ["Total", "", "", "10"],
         ]),
         ("h", "2. Sample request and scope"),
         ("p", "Please make 2 prototypes per colourway, ten (10) in total, for delivery by 21 June 2024."),
         ("p", "This tech pack is not a production order. Indicative bulk quantity (forecast, not released): "
               "1,500 frames. Production will be released by a PO revision signed by Mette Holm, Purchasing, "
               "after Nordlys has signed off the prototypes. Please do not buy titanium for bulk."),
         ("h", "3. Testing"),
         ("p", "Hinge fatigue 500 cycles per EN ISO 12870, nickel release per EN 1811, salt-spray 24 h on plating."),
     ], author="Mette Holm"))])

# c16: full-quantity production PO with deposit terms
case("c16_full_po_deposit_terms", [],
     "Full production PO for 480 frames with no balance; deposit appears only as payment terms, not as the authority to produce.",
     [("VC-3455_PO.pdf", pdf([
         ("h1", "ÓTICAS VISTA CLARA LTDA. - PURCHASE ORDER VC-3455"),
         ("p", "Supplier: Siam Optical Manufacturing Co., Ltd., Bangna, Bangkok 10260, Thailand"),
         ("p", "Date: 20/05/2024   Buyer: Rafael Moura   Incoterm: FOB Laem Chabang   Currency: USD"),
         ("table", [
             ["Item", "Model / cor", "Qty", "Unit US$", "Total US$"],
             ["1", "VC-71 'Paraty' - Preto", "160", "8,60", "1.376,00"],
             ["2", "VC-71 'Paraty' - Havana", "160", "8,60", "1.376,00"],
             ["3", "VC-71 'Paraty' - Verde oliva", "160", "8,60", "1.376,00"],
             ["", "Total", "480", "", "4.128,00"],
         ]),
         ("sp",),
         ("p", "Scope: production order for the full quantity of 480 frames. Samples were signed off on 02/05/2024 "
               "(ref. SO-VC71-02). There is no balance and no further quantity under this order."),
         ("p", "Payment terms: 30% deposit by T/T, 70% by T/T against copy of B/L."),
         ("p", "Shipment: latest 31/07/2024. Packing: 1 frame per pouch, 10 per inner box, carton max 15 kg. "
               "Marking: 'Óticas Vista Clara - São Paulo - Made in Thailand'."),
         ("p", "Rafael Moura, Comprador"),
     ], title="PO VC-3455", author="Rafael Moura"))])

# p08: PDF PO, table total 24 vs text 30; unlock by an unnamed department
case("p08_po_table_vs_text_qty_dept_release", ["RG005", "RG011"],
     "PO table adds up to 24 prototypes but the text authorizes thirty (30); balance released after approval by 'our Quality department' - no named person.",
     [("BV-7811_PO.pdf", pdf([
         ("h1", "BRIGHTLINE VISION, INC. - PURCHASE ORDER BV-7811"),
         ("p", "Vendor: Siam Optical Manufacturing Co., Ltd.   Date: 05/16/2024   Terms: Net 30"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD"],
             ["10", "BV-MAPLE-C1", "Maple acetate prototype, Black", "6", "31.00"],
             ["20", "BV-MAPLE-C2", "Maple acetate prototype, Tortoise", "6", "31.00"],
             ["30", "BV-MAPLE-C3", "Maple acetate prototype, Rose Crystal", "6", "31.00"],
             ["40", "BV-MAPLE-C4", "Maple acetate prototype, Navy Fade", "6", "31.00"],
         ]),
         ("sp",),
         ("p", "Sample quantity: thirty (30) pcs of BV-Maple prototypes, for fit panel and store photography."),
         ("p", "The balance of the quoted 1,200 frames is not released by this PO. It will be released only after "
               "sample approval by our Quality department and a revised PO."),
         ("p", "Spec: BV-Maple drawing rev D; hinge OBE 5-barrel; ANSI Z80.5-2020. Ship via DHL acct 96 1022 440."),
         ("p", "Purchasing Department, Brightline Vision, Inc."),
     ], pagesize=LETTER, title="PO BV-7811", author="Brightline Purchasing"))])

# p09: prototypes in all colours, no quantity; hold, event and person present
p09_txt = """Caro Stefano,

grazie ancora for the dinner in Milano, the whole team was very happy with the new shapes.

Please go ahead with the prototypes of LU-44 'Cadini' for all the colours we picked at MIDO
(you have the list from Paolo, with the two new tortoise shades). Same construction as LU-31,
7-barrel hinge, core wire in the temples, logo plate inside right temple.

The bulk is not released. It needs a written release signed by me after we have signed off
the prototypes in Belluno. Please do not order acetate for the bulk before then.

Could you confirm a date for the prototypes? We would like them before the end of June.

Un saluto,
""" + sig("Giulia Marchetti", "Responsabile Acquisti / Purchasing Manager", "Occhiali Lunari S.r.l. - Belluno", "+39 0437 555 201")
p09_html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in p09_txt.split("\n\n")) + "</body></html>"
m = mail("Giulia Marchetti <g.marchetti@occhialilunari.it>", "Stefano De Bon <stefano@otticacadorina.it>",
         "LU-44 Cadini - prototipi / prototypes", "Wed, 15 May 2024 17:30:00 +0200", p09_txt, html=p09_html,
         cc="Paolo Zanella <p.zanella@occhialilunari.it>")
case("p09_protos_all_colours_no_qty", ["RG010"],
     "Go-ahead is scoped to prototypes and the bulk hold, sign-off event and Giulia's written release are stated, but no prototype quantity is given anywhere.",
     [("LU-44_Cadini_prototipi.eml", eml(m))])

# p10: HTML sample authorization 'quantity per your quotation'
p10 = html_page("Harbor & Pine Optical - Sample Authorization SA-24-031", """
<div style="background:#1d3b53;color:#fff;padding:8px">Harbor &amp; Pine Optical &middot; Supplier Collaboration Portal</div>
<h2>Sample Authorization SA-24-031</h2>
<table>
<tr><th>Supplier</th><td>Xiamen Huarui Eyewear Co., Ltd.</td></tr>
<tr><th>Style</th><td>HP-A22 'Olympic', acetate, all colourways in range plan RP-25-S</td></tr>
<tr><th>Authorized now</th><td>Salesman samples, quantity per your quotation HQ-0519</td></tr>
<tr><th>Production</th><td>Not released</td></tr>
<tr><th>Unlock</th><td>Sample sign-off by H&amp;P product team, then a written production release</td></tr>
<tr><th>Release authority</th><td>Dana Whitfield, Director of Sourcing</td></tr>
<tr><th>Material</th><td>Sample material only</td></tr>
</table>
<p>Ship samples to: Harbor &amp; Pine Optical, 1120 NW Everett St, Portland, OR 97209 &middot; FedEx IP acct 2291-8812-0</p>
<p>Issued 2024-05-17 09:14 PDT by treyes</p>
""")
case("p10_portal_sample_auth_qty_per_quote", ["RG010"],
     "Sample authorization states hold, unlock event and Dana Whitfield, but the authorized quantity is only 'per your quotation' - no active quantity.",
     [("SA-24-031.html", p10)])

# p11: bare 'please start the samples'
p11_txt = """Hi Somchai,

PO is in the portal. Please start the samples for the Lakeshore collection, thanks!

Ray

> From: Somchai Prasert <somchai@siamoptical.co.th>
> Sent: Tuesday, May 14, 2024 9:40 PM
> Subject: Lakeshore collection
>
> Dear Ray, the Lakeshore samples are ready to start, acetate in stock. Waiting your
> confirmation. Best regards, Somchai
""" + sig("Ray Okafor", "Buyer", "Brightline Vision, Inc.", "+1 614 555 0152")
m = mail("Ray Okafor <ray.okafor@brightlinevision.com>", "Somchai Prasert <somchai@siamoptical.co.th>",
         "RE: Lakeshore collection", "Wed, 15 May 2024 07:58:00 -0400", p11_txt)
case("p11_bare_start_samples", ["RG003", "RG004", "RG010", "RG005"],
     "Buyer's 'please start the samples' states no quantity, nothing about the balance, no unlock event and no release person.",
     [("RE_Lakeshore_collection.eml", eml(m))])

# p12: green light after photos; scope quoted in the thread
p12_txt = """Dear Yamada-san,

Thank you for the photos. Very nice finishing, especially the Antique Gold.

Green light from our side!

Best regards,
Aiko Sato
Merchandising Dept., Kiyomi Optical Co., Ltd.

-----Original Message-----
From: Hiroshi Yamada <yamada@sabae-kogei.jp>
Sent: Tuesday, May 21, 2024 6:12 PM
To: Aiko Sato <a.sato@kiyomi-optical.co.jp>
Subject: RE: PO K-24-152 KY-T40

Dear Ms. Sato,

Please see attached photos of the 18 samples. Kindly let us know your comments.

Best regards,
Hiroshi Yamada / Sabae Kogei Frames Co., Ltd.

> -----Original Message-----
> From: Aiko Sato <a.sato@kiyomi-optical.co.jp>
> Sent: Monday, May 13, 2024 10:05 AM
> Subject: PO K-24-152 KY-T40
>
> Dear Yamada-san,
>
> Please find PO K-24-152 for eighteen (18) sample frames of KY-T40 only.
> The bulk quantity of 1,782 frames is not released until we sign off the samples and
> Mr. Kenji Watanabe (Merchandising Manager) sends a written production release.
>
> Best regards, Aiko Sato
"""
m = mail("Aiko Sato <a.sato@kiyomi-optical.co.jp>", "Hiroshi Yamada <yamada@sabae-kogei.jp>",
         "RE: PO K-24-152 KY-T40", "Wed, 22 May 2024 09:31:00 +0900", p12_txt,
         in_reply_to="<h154-sk-0521@sabae-kogei.jp>")
case("p12_green_light_after_photos", ["RG002"],
     "Scope is complete in the quoted buyer PO email, but the reply 'Green light from our side!' names neither samples-only nor a quantity.",
     [("RE_PO_K-24-152_KY-T40.eml", eml(m))])

# p13: WhatsApp 'good to run'
p13 = """[20/05/2024, 08:12] Mette Holm: Hi Khun Niran, PO 45-3001 is out: 40 sample sets of the NL-S12 sun lenses (brown gradient, CR-39, 2 lenses per set) only
[20/05/2024, 08:13] Mette Holm: The 4,960 balance is NOT released until I sign off the samples and send the written release - Mette
[20/05/2024, 08:30] Niran (Siam Optical): Good morning Khun Mette, noted 🙏 40 sets sample only
[23/05/2024, 15:02] Niran (Siam Optical): coating test done, AR back side + hydrophobic. transmission 18%, cat 3
[23/05/2024, 15:02] Niran (Siam Optical): <attached: 00000041-PHOTO-2024-05-23-15-02-11.jpg>
[23/05/2024, 15:03] Niran (Siam Optical): <attached: 00000042-PHOTO-2024-05-23-15-02-40.jpg>
[23/05/2024, 15:03] Niran (Siam Optical): sample ok?
[23/05/2024, 16:47] Mette Holm: good to run 👍
[23/05/2024, 16:48] Niran (Siam Optical): 🙏🙏 thank you
"""
case("p13_whatsapp_good_to_run", ["RG002"],
     "Earlier messages scope 40 sample sets, 4,960 on hold, Mette's sign-off + written release; 'good to run 👍' is an unscoped approval.",
     [("WhatsApp Chat with Niran Siam Optical.txt", p13)])

# p14: DOCX evaluation report mixes 'approval' and ends 'Approved. Please proceed.'
case("p14_eval_report_approval_mixed_proceed", ["RG002", "RG009"],
     "Report uses 'approval' for sample, price and mass production, and ends 'Overall result: Approved. Please proceed.' without scope.",
     [("KY-T35_evaluation_report.docx", docx_bytes([
         ("h1", "Prototype Evaluation Report - KY-T35 'Shibuya'"),
         ("p", "Kiyomi Optical Co., Ltd. - Merchandising Dept. - Report No. ER-24-035 - 2024/05/24"),
         ("p", "Order: PO K-24-207, six (6) prototype frames (3 colours x 2). Bulk of 594 frames is not released "
               "until the production release is signed by Mr. Kenji Watanabe after the management meeting on 2024/06/03."),
         ("table", [
             ["Check item", "Standard", "Result"],
             ["Front width / bridge", "KY-T35 Rev.2 drawing", "OK (136.0 / 19.0 mm)"],
             ["Hinge torque", "0.9-1.3 N·cm", "OK (1.1)"],
             ["Plating adhesion", "KS-P-02 cross-cut", "OK"],
             ["Nose pad arm", "visual", "minor burr on C2, acceptable"],
         ]),
         ("h", "Approvals"),
         ("table", [
             ["Item", "Status", "By"],
             ["Approval of sample", "OK", "QC / A. Sato"],
             ["Approval of price", "OK", "Purchasing / T. Mori"],
             ["Approval of mass production", "after meeting 2024/06/03", "K. Watanabe"],
         ]),
         ("p", "Overall result: Approved. Please proceed."),
         ("p", "Aiko Sato, QC"),
     ], author="Aiko Sato"))])

# p15: WeChat, hold and person but no sample quantity; 'approved, proceed'
p15 = """WeChat chat history - 王经理 Wang Jun (Jinhai Optical)
Exported 2024-05-24

2024-05-20 21:10:05 Tom Reyes:
Hi Wang, please make samples of HP-A19 'Sitka' in the new colors from the range plan

2024-05-20 21:11:40 Tom Reyes:
bulk stays on hold until I sign off the samples and send you a written release. - Tom Reyes, Harbor & Pine

2024-05-21 08:03:12 王经理 Wang Jun:
OK Tom noted. samples start this week

2024-05-23 08:45:51 王经理 Wang Jun:
Tom, lens demo samples & colour chips both ready, which one first? also the new temple logo?

2024-05-23 22:17:09 Tom Reyes:
approved, proceed

2024-05-24 07:55:30 王经理 Wang Jun:
👌
"""
case("p15_wechat_approved_proceed_no_qty", ["RG002", "RG010"],
     "Hold, sign-off event and Tom as release person are stated, but no sample quantity is ever given and 'approved, proceed' is unscoped.",
     [("WeChat_WangJun_HP-A19.txt", p15)])

# ---------------------------------------------------------------- batch 3
# c17: Brazilian buyer, multipart email with DOCX PO attached, complete scope
c17_po = docx_bytes([
    ("h1", "Pedido de Compra VC-3480 - amostras / samples"),
    ("p", "Óticas Vista Clara Ltda. - Rua Oscar Freire, 1210 - São Paulo/SP"),
    ("p", "Fornecedor / Supplier: Fabbrica Ottica Cadorina S.r.l., Pieve di Cadore (BL), Italia"),
    ("p", "Data: 21/05/2024 - Moeda: EUR - Incoterm: FCA Venezia"),
    ("table", [
        ["Modelo", "Cor", "Amostras (qty)", "Preço unit. €"],
        ["VC-Trento", "Preto", "4", "42,00"],
        ["VC-Trento", "Havana escuro", "4", "42,00"],
        ["VC-Trento", "Cristal champagne", "4", "42,00"],
        ["Total", "", "12", "504,00"],
    ]),
    ("p", "Escopo / scope: este pedido cobre somente as 12 amostras. This order covers the 12 samples only."),
    ("p", "A produção (1.188 peças) não está liberada. Production (1,188 pcs) is not released by this order."),
    ("p", "Unlock: sample sign-off in São Paulo, then a written production release signed by Ana Ribeiro, "
          "Head of Product. Material: sample material only."),
    ("p", "Ana Ribeiro - Óticas Vista Clara"),
], author="Ana Ribeiro")
c17_txt = """Ciao Stefano, tudo bem?

Segue em anexo o pedido VC-3480 para as amostras do VC-Trento - please find attached our order
for the samples: 12 pieces, 4 per colour.

Só para deixar claro / just to be clear: the production of 1,188 pieces is not released with this
order. When we have signed off the samples here in São Paulo, I will send you a written production
release myself. Until then please use only sample material.

Could you send the samples by the 20th of June? Our team meets on the 25th.

Um abraço,
""" + sig("Ana Ribeiro", "Head of Product", "Óticas Vista Clara Ltda.", "+55 11 5555 0190")
c17_html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in c17_txt.split("\n\n")) + "</body></html>"
m = mail("Ana Ribeiro <ana.ribeiro@vistaclara.com.br>", "Stefano De Bon <stefano@otticacadorina.it>",
         "Pedido VC-3480 amostras VC-Trento", "Tue, 21 May 2024 11:02:00 -0300", c17_txt, html=c17_html,
         attachments=[att_docx("VC-3480_amostras.docx", c17_po)])
case("c17_br_email_docx_po_scoped", [],
     "Email + DOCX PO: 12 samples only, 1,188 production not released, sample sign-off then Ana Ribeiro's written release, sample material only.",
     [("Pedido_VC-3480.eml", eml(m))])

# c18: supplier weekly status report, bulk not started and no material booked
c18 = """SIAM OPTICAL MANUFACTURING CO., LTD.
WEEKLY ORDER STATUS - CUSTOMER: NORDLYS EYEWEAR ApS
Week 21 / 2024 (20-24 May)             Prepared by: Niran Chaiyaporn, Customer Service
-----------------------------------------------------------------------------------

1) PO 45-3001  NL-S12 sun lens sample sets (CR-39 brown gradient)
   Sample sets ordered ..........  40 sets
   Status .......................  completed, QC passed, shipped DHL 5521 0093 44 on 24/05
   Bulk .........................  not started - waiting for your written release
   Material for bulk ............  not booked

2) PO 45-3012  NL-S14 demo lens, laser logo
   Samples ......................  20 pcs, in coating, finish 29/05
   Bulk .........................  not released, no action

3) Open questions
   - NL-S12 carton label: please send the new EAN list (we have the 2023 one)
   - Holiday notice: factory closed 3 June (HM the Queen's Birthday)

Thank you and best regards,
Niran
"""
case("c18_supplier_weekly_status", [],
     "Supplier status report: samples completed, bulk not started, waiting for written release, no bulk material booked; nothing authorizes.",
     [("SIAM_weekly_status_W21.txt", c18)])

# c19: DOCX interim sample disposition with limits
case("c19_interim_disposition_limits", [],
     "Interim sign-off: 150 frames until 30 Aug with hinge screw deviation; remaining 450 of PO 11901 not released until corrected sample sign-off and Dana Whitfield's written release.",
     [("ISD-24-07_HP-T09.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ISD-24-07"),
         ("p", "Harbor & Pine Optical, Inc. - Product Quality - to Sabae Kogei Frames Co., Ltd."),
         ("p", "Style: HP-T09 'Whidbey' titanium. PO 11901 (commercial cover 600 frames). Date: May 22, 2024."),
         ("table", [
             ["Characteristic", "Requirement", "Sample result", "Disposition"],
             ["Hinge screw", "M1.4 x 3.2, Loctite 222", "M1.4 x 3.5 without thread lock", "deviation - interim"],
             ["Front width", "138.0 +/- 0.5 mm", "138.2", "OK"],
             ["IP plating colour", "master chip C12", "match", "OK"],
         ]),
         ("p", "Disposition: interim sign-off. Up to 150 frames may be produced and shipped until August 30, 2024 "
               "with the current hinge screw, provided each screw is thread-locked in assembly."),
         ("p", "The remaining 450 frames of PO 11901 are not released. They are released only after a corrected "
               "sample with the M1.4 x 3.2 screw is signed off and Dana Whitfield, Director of Sourcing, sends a "
               "written production release."),
         ("p", "Material: hinge screws for the 150 frames only."),
         ("p", "Prepared by: Yuki Tanaka, Quality Engineer. Acknowledged by supplier: ____________"),
     ], author="Yuki Tanaka"))])

# c20: buyer asks questions before any go-ahead
c20_txt = """Dear Yamada-san,

thank you for the prototypes of NL-210, they arrived in Copenhagen yesterday in very good
condition. The team likes the brushed gold a lot.

Before I can give the go-ahead on anything further I need two things from you:

1. the hinge fatigue report (500 cycles) for the beta-titanium temples, and
2. your lead time for 900 frames, if we were to release them in the second half of June.

Could you also tell me whether the rose gold IP plating can be made a touch lighter? Mette will
send the master chip by post.

Med venlig hilsen,
""" + sig("Jonas Brandt", "Head of Supply", "Nordlys Eyewear ApS", "+45 33 55 01 80")
m = mail("Jonas Brandt <jb@nordlys-eyewear.dk>", "Hiroshi Yamada <yamada@sabae-kogei.jp>",
         "NL-210 prototypes - questions", "Thu, 23 May 2024 14:40:00 +0200", c20_txt)
case("c20_buyer_questions_before_goahead", [],
     "Buyer asks for a test report and a lead time 'if we were to release' 900 frames; 'before I can give the go-ahead' is not an approval, nothing is authorized.",
     [("NL-210_prototypes_questions.eml", eml(m))])

# c21: staged material authority, supplier stays within it (reply with quoted buyer scope)
c21_txt = """Dear Jonas,

thank you for the clear instruction. We confirm:

- 20 sample frames NL-215 in work, ready 7 June
- acetate booked for 600 frames, within your staged material authority (invoice to follow only
  if you cancel, as per your terms)
- bulk 580 frames: not started, waiting for your written release

Best regards,
Lily Chen
Sales Manager, Xiamen Huarui Eyewear Co., Ltd.

> On 20 May 2024, at 09:12, Jonas Brandt <jb@nordlys-eyewear.dk> wrote:
>
> Dear Lily,
>
> PO 45-1241 for NL-215 'Møn':
> Release now: 20 sample frames (4 colourways x 5).
> Material authority: staged - you may book acetate for up to 600 frames at our liability.
> The 580-frame production balance is not released until we have signed off the samples and
> I send a written release.
>
> Best regards,
> Jonas Brandt, Head of Supply, Nordlys Eyewear ApS
"""
m = mail("Lily Chen <lily.chen@huarui-eyewear.cn>", "Jonas Brandt <jb@nordlys-eyewear.dk>",
         "Re: PO 45-1241 NL-215 release and material authority", "Wed, 22 May 2024 10:05:00 +0800", c21_txt,
         in_reply_to="<h154-nl-0520@nordlys-eyewear.dk>")
case("c21_staged_material_within_authority", [],
     "Buyer's quoted scope: 20 samples, staged material authority up to 600 frames, 580 on hold until Jonas's written release; supplier books exactly 600.",
     [("Re_PO_45-1241_NL-215.eml", eml(m))])

# c22: HTML call-off schedule with released column and non-binding forecast column
c22 = html_page("Brightline Vision - Vendor Portal - Call-off schedule BV-B-2024-07", """
<div style="background:#2b2b6b;color:#fff;padding:8px">BRIGHTLINE VISION &middot; Vendor Portal &middot; Wenzhou Jinhai Optical Co., Ltd.</div>
<h2>Blanket PO BV-B-2024 &middot; Call-off 07</h2>
<p>Commercial cover (blanket PO): 2,400 frames &middot; Style BV-Rowan titanium &middot; Issued 2024-05-24</p>
<table>
<tr><th>Colour</th><th>Released by call-off 07</th><th>Cumulative released</th><th>Forecast next 6 months (non-binding, not released)</th></tr>
<tr><td>C1 Matte Black</td><td>100</td><td>700</td><td>500</td></tr>
<tr><td>C3 Sand</td><td>60</td><td>420</td><td>300</td></tr>
<tr><td>C4 Olive</td><td>40</td><td>280</td><td>200</td></tr>
<tr><th>Total</th><th>200</th><th>1,400</th><th>1,000</th></tr>
</table>
<div class="note">Produce the 200 frames of call-off 07 only. Any further quantity needs the next call-off, signed by
Renee Carlson, Director of Sourcing. The forecast column is for planning and does not release production or material.
Material authority: released quantity only (1,400 frames cumulative).</div>
<p>Ship window: 2024-07-08 to 2024-07-15, FOB Wenzhou.</p>
""")
case("c22_calloff_released_vs_forecast_columns", [],
     "Call-off releases 200 (cum. 1,400 of 2,400 cover); forecast column labelled non-binding and not released; next call-off signed by Renee Carlson.",
     [("BV-B-2024_calloff07.html", c22)])

# c23: folder with ERP PO note + supplier quote, quote's bulk declared informational
c23_po = """OCCHIALI LUNARI S.R.L. - ORDINE D'ACQUISTO 24-0720                    24.05.2024
FORNITORE: 700418 WENZHOU JINHAI OPTICAL CO., LTD.
------------------------------------------------------------------------------------
POS  ARTICOLO   DESCRIZIONE                          QTA  UM  PREZZO USD
001  LU-48-C1   'PELMO' ACETATO 50/20 NERO             5  PZ       29,00
002  LU-48-C2   'PELMO' ACETATO 50/20 TARTARUGA        5  PZ       29,00
                                              TOT.    10
------------------------------------------------------------------------------------
NOTE PER IL FORNITORE / NOTE TO SUPPLIER:
 SAMPLE ORDER - 10 PZ ONLY.
 YOUR QUOTE WZ-Q-2310 (ATTACHED) SHOWS BULK 1.000 PZ: FOR INFORMATION ONLY, NOT RELEASED.
 BULK IS RELEASED ONLY BY A WRITTEN RELEASE SIGNED BY G. MARCHETTI AFTER SAMPLE SIGN-OFF.
 NO BULK MATERIAL BEFORE THAT.
------------------------------------------------------------------------------------
FIRMA: G. MARCHETTI - RESP. ACQUISTI
"""
c23_q = pdf([
    ("h1", "WENZHOU JINHAI OPTICAL CO., LTD. - QUOTE WZ-Q-2310"),
    ("p", "Customer: Occhiali Lunari S.r.l. (Ms. Giulia Marchetti)   Date: 2024-05-10   FOB Wenzhou, USD"),
    ("table", [
        ["No.", "Model", "Stage", "Qty", "USD/pc"],
        ["1", "LU-48 Pelmo acetate", "Sample", "10 pcs", "29.00"],
        ["2", "LU-48 Pelmo acetate", "Bulk (2 colours x 500)", "1,000 pcs", "8.40"],
    ]),
    ("p", "Lead time bulk 55 days after acetate arrival. Kevin Zhou, Sales."),
], title="WZ-Q-2310", author="Kevin Zhou")
case("c23_folder_po_quote_informational", [],
     "Folder: sample PO for 10 declares the attached quote's bulk 1.000 (= 1,000) informational/not released; written release by G. Marchetti after sign-off.",
     [("LUNARI_PO_24-0720.txt", c23_po), ("WZ-Q-2310.pdf", c23_q)])

# c24: WhatsApp, scoped go-ahead for 8 prototypes only
c24 = """[22/05/2024 10:31] Stefano De Bon: Buongiorno Rafael! Drawings for VC-Trento II ready, I send you the PDF by mail
[22/05/2024 10:40] Rafael Moura: Bom dia Stefano! vi, ficou lindo 😍
[22/05/2024 10:41] Stefano De Bon: so do we go ahead?
[22/05/2024 10:44] Rafael Moura: go ahead with the 8 prototypes only - 2 per colour, 4 colours
[22/05/2024 10:45] Rafael Moura: the remaining 792 are not released. they need our sign-off on the protos here in SP and then my written release
[22/05/2024 10:45] Stefano De Bon: chiaro, 8 prototipi e basta 👍
[22/05/2024 10:46] Stefano De Bon: acetate only for protos
[22/05/2024 10:46] Rafael Moura: exato
[22/05/2024 10:52] Stefano De Bon: 3 weeks, I will send photos before shipping
"""
case("c24_whatsapp_scoped_goahead", [],
     "'go ahead with the 8 prototypes only'; remaining 792 not released until sign-off and Rafael's written release.",
     [("WhatsApp Chat - Stefano De Bon.txt", c24)])

# c25: release email keeps sign-off / PO / production release apart, full quantity; HTML notice attached
c25_notice = html_page("Production release PR-24-019", """
<h2>Kiyomi Optical &middot; Production Release PR-24-019</h2>
<table>
<tr><th>Order</th><td>PO K-24-160 &middot; KY-T40 'Naka-Meguro' colour C2 Antique Gold</td></tr>
<tr><th>Sample sign-off</th><td>done 2024/05/27, report ER-24-040</td></tr>
<tr><th>PO quantity (commercial)</th><td>300 frames</td></tr>
<tr><th>Production release</th><td>300 frames &mdash; full PO quantity, no balance</td></tr>
<tr><th>Released by</th><td>Kenji Watanabe, Merchandising Manager</td></tr>
</table>
""")
c25_txt = """Dear Yamada-san,

please find the status of KY-T40 colour C2 in three separate steps:

- Sample sign-off: done on 27 May (report ER-24-040, attached last week).
- Purchase order: PO K-24-160 is issued for 300 frames of C2. This is the commercial document.
- Production release: I hereby release production of the full 300 frames of C2 under PO K-24-160.
  There is no balance on this PO.

The release notice PR-24-019 is attached for your file. Delivery 2024/07/26 as agreed.

Best regards,
Kenji Watanabe
Merchandising Manager, Kiyomi Optical Co., Ltd.
"""
m = mail("Kenji Watanabe <k.watanabe@kiyomi-optical.co.jp>", "Hiroshi Yamada <yamada@sabae-kogei.jp>",
         "KY-T40 C2 - production release PR-24-019", "Tue, 28 May 2024 08:50:00 +0900", c25_txt,
         cc="Aiko Sato <a.sato@kiyomi-optical.co.jp>",
         attachments=[("PR-24-019.html", c25_notice, "text/html")])
case("c25_release_terms_kept_apart", [],
     "Sample sign-off, PO issued and production release are named separately; full 300 released by Kenji Watanabe with no balance.",
     [("KY-T40_C2_release.eml", eml(m))])

# p16: supplier booked acetate for unreleased bulk and plans to roll into bulk on approval
p16_txt = """Dear Giulia,

good news on LU-42 'Antelao': the 24 samples are in polishing now, ready 5 June.

For the bulk (1,176 pcs, we know it is not released yet) we already booked the Mazzucchelli acetate
for the full quantity last week, because the mill now needs 45 days and we do not want to lose
your September delivery.

And once you approve the 24 samples we will roll straight into the bulk, so the line is ready
on the 10th of June.

Please let me know if the Avana colour on the attached photo is OK for you.

Best regards,
Kevin Zhou
Sales Dept. / Wenzhou Jinhai Optical Co., Ltd.
Tel +86 577 5550 8821
"""
m = mail("Kevin Zhou <kevin@jinhai-optical.com>", "Giulia Marchetti <g.marchetti@occhialilunari.it>",
         "LU-42 Antelao samples + bulk planning", "Mon, 27 May 2024 15:10:00 +0800", p16_txt)
case("p16_supplier_acetate_booked_rolls_into_bulk", ["RG006", "RG007"],
     "Supplier booked acetate for the unreleased 1,176 bulk with no material authority and says it will roll straight into bulk once samples are approved.",
     [("LU-42_Antelao_planning.eml", eml(m))])

# p17: WeChat, 24 vs 20 samples for the same PO; supplier cut titanium for bulk
p17 = """WeChat chat history - 王经理 Wang Jun (Jinhai Optical)
Exported 2024-05-29

2024-05-21 09:02:44 陈丽 Chen Li (Harbor & Pine):
王经理 PO 11905 for HP-T12 titanium = 24 pcs samples (6 per colour x 4)

2024-05-21 09:03:30 陈丽 Chen Li (Harbor & Pine):
bulk is NOT released until I sign off the samples and send you a written release

2024-05-21 09:15:12 王经理 Wang Jun:
收到 👍

2024-05-23 14:20:05 陈丽 Chen Li (Harbor & Pine):
reminder: 5 pcs per colour, 20 samples total, as in PO 11905. pls send photos before shipping

2024-05-23 14:41:18 王经理 Wang Jun:
OK. btw we already cut titanium wire for 3,000 temples, bulk not released we know but wire price is better now

2024-05-23 14:42:00 王经理 Wang Jun:
[图片 Image]

2024-05-23 15:05:33 陈丽 Chen Li (Harbor & Pine):
noted
"""
case("p17_wechat_24_vs_20_titanium_cut", ["RG006", "RG011"],
     "Buyer states PO 11905 as 24 samples, then as 20 samples 'as in PO'; supplier has cut titanium wire for 3,000 temples with no material authority.",
     [("WeChat_WangJun_HP-T12.txt", p17)])

# p18: supplier buys acetate for the whole run after buyer's 'at your own risk' remark
p18_txt = """Dear Tom,

thanks for the clear info. Acetate for the full 800 frames was ordered today from the mill,
ETA 20 June, so we are ready to go the day the release comes.

The 8 prototypes ship on Friday by FedEx.

Best regards,
Ken Wu
Xiamen Huarui Eyewear Co., Ltd.

-----Original Message-----
From: Tom Reyes <treyes@harborpine.com>
Sent: Friday, May 24, 2024 4:12 PM
To: Ken Wu <ken.wu@huarui-eyewear.cn>
Subject: PO 11911 HP-A25 Tahoma

Hi Ken,

Only the 8 prototypes of HP-A25 Tahoma are released (PO 11911). The bulk of 792 is not
released until we sign off the prototypes and Dana Whitfield sends a written production release.

That said, feel free to get the acetate in for the whole run so you're ready - at your own risk
of course, we can't commit to any material until Dana's release.

Tom
"""
m = mail("Ken Wu <ken.wu@huarui-eyewear.cn>", "Tom Reyes <treyes@harborpine.com>",
         "RE: PO 11911 HP-A25 Tahoma", "Mon, 27 May 2024 10:30:00 +0800", p18_txt,
         in_reply_to="<h154-hp-0524@harborpine.com>")
case("p18_acetate_for_whole_run_no_authority", ["RG006"],
     "Only 8 prototypes released and the buyer refuses material liability; supplier orders acetate for the full 800 frames - material beyond release without a material authority.",
     [("RE_PO_11911_HP-A25.eml", eml(m))])

# p19: supplier ERP order status printout with material ordered for unreleased bulk
p19 = """XIAMEN HUARUI EYEWEAR CO., LTD.            ORDER STATUS REPORT          PRINTED 2024-05-28 08:14
CUSTOMER: NORDLYS EYEWEAR ApS (C-0097)    SALES: LILY CHEN
======================================================================================================
CUST PO    MODEL    STAGE    QTY REL.   QTY PROD.  QTY SHIP.  STATUS
45-1230    NL-212   SAMPLE         25         25          0   QC DONE, SHIP 30/05
45-1230    NL-212   BULK            0          0          0   AWAITING CUSTOMER RELEASE (1,225 PCS)
------------------------------------------------------------------------------------------------------
MATERIAL
MAT CODE        DESCRIPTION                          FOR QTY    STATUS      SUPPLIER
AC-M49-112      ACETATE SHEET HAVANA 112             1,250 FRM  RECEIVED    MAZZUCCHELLI
AC-M49-007      ACETATE SHEET BLACK 007              1,250 FRM  RECEIVED    MAZZUCCHELLI
HG-OBE-5B       HINGE 5 BARREL OBE                     25 PRS   RECEIVED    OBE
------------------------------------------------------------------------------------------------------
REMARK: BULK MATERIAL BOOKED IN ADVANCE TO SECURE SEPT DELIVERY.
======================================================================================================
"""
case("p19_supplier_erp_material_ahead", ["RG006"],
     "Supplier status shows 25 released (samples) but acetate received for 1,250 frames booked in advance, with no material authority.",
     [("HUARUI_order_status_C-0097.txt", p19)])

# p20: supplier takes the deposit as confirmation and bought hinges for the bulk
p20_sched = """PRODUCTION SCHEDULE - HARBOR & PINE - PI SO-24-118
line 2   HP-A14 Rainier   bulk   2,400 pcs   start 27/05/2024   finish 05/07/2024
material: OBE hinge 5-barrel x 2,400 prs purchased 24/05/2024
acetate: 3 colours, in stock
"""
p20_txt = """Dear Mr. Tom,

Thank you for the deposit USD 6,480.00 for PI SO-24-118, received today.

Your PO 11880 say bulk is not released yet, but with the deposit we understand you confirm the
order, so production of the 2,400 pcs is started on line 2 today. We also purchased the OBE
hinges for all 2,400 frames to avoid the price increase in June.

Samples 40 pcs were shipped last week, tracking sent before.

Please see the schedule attached.

Best regards,
Somchai Prasert
Sales Manager
Siam Optical Manufacturing Co., Ltd.
Bangna-Trad Rd. km 23, Samut Prakan 10540, Thailand
"""
m = mail("Somchai Prasert <somchai@siamoptical.co.th>", "Tom Reyes <treyes@harborpine.com>",
         "Deposit received PI SO-24-118 - production started", "Mon, 27 May 2024 17:40:00 +0700", p20_txt,
         attachments=[("schedule_SO-24-118.txt", p20_sched, "text/plain")])
case("p20_supplier_deposit_starts_bulk_hinges", ["RG006", "RG012"],
     "Supplier treats the deposit as confirmation and starts the unreleased 2,400 bulk; hinges bought for 2,400 with no material authority.",
     [("SO-24-118_HarborPine.eml", eml(m))])

# p21: buyer's visit minutes record lens blanks bought for the whole bulk
case("p21_minutes_lens_blanks_prebought", ["RG006"],
     "Minutes: 50 sample pairs released, 4,950 on hold until sign-off and Jonas's written release; supplier already bought blanks for 5,000 pairs without material authority.",
     [("Minutes_visit_XiamenLensTech_2024-05-29.docx", docx_bytes([
         ("h1", "Minutes of meeting - Xiamen Lens Tech, 29 May 2024"),
         ("p", "Present: Jonas Brandt (Nordlys, Head of Supply), Mette Holm (Nordlys, Purchasing), "
               "Mr. Lin Wei (Xiamen Lens Tech, General Manager), Ms. Zhang Min (XLT, Sales)."),
         ("h", "1. Order status"),
         ("p", "PO 45-3050 covers fifty (50) pairs of polarized sun lens samples, brown, base 6, TAC. "
               "The bulk of 4,950 pairs is not released until Nordlys has signed off the samples and Jonas Brandt "
               "sends a written release."),
         ("h", "2. Material"),
         ("p", "Mr. Lin informed that polarized TAC lens blanks for 5,000 pairs were already purchased last month "
               "to lock the price before the film increase. Nordlys took note."),
         ("h", "3. Quality"),
         ("table", [
             ["Test", "Norm", "Status"],
             ["Polarization efficiency", "ISO 12312-1", "report due 7 June"],
             ["Impact (drop ball)", "FDA 21 CFR 801.410", "passed"],
             ["Coating adhesion", "internal XLT-Q-12", "passed"],
         ]),
         ("h", "4. Next steps"),
         ("li", "XLT to ship the 50 sample pairs by 10 June."),
         ("li", "Nordlys to check the 5,000-pair blank stock question internally."),
         ("p", "Minutes by Mette Holm, 30 May 2024."),
     ], author="Mette Holm"))])

# ---------------------------------------------------------------- batch 4
# p22: supplier MES page shows material staged for the unreleased bulk
p22 = html_page("Fabbrica Ottica Cadorina - MES - Commessa 24-118", """
<div style="background:#444;color:#fff;padding:8px">FOC &middot; MES Produzione &middot; Commessa / Job 24-118</div>
<h2>Job 24-118 &middot; Óticas Vista Clara &middot; VC-Trento</h2>
<table>
<tr><th>Stage</th><th>Customer doc</th><th>Qty released</th><th>Qty made</th><th>State</th></tr>
<tr><td>Samples</td><td>VC-3495</td><td>36</td><td>36</td><td>shipped 29/05</td></tr>
<tr><td>Bulk</td><td>&mdash;</td><td>0</td><td>0</td><td>waiting customer release (1,764)</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Code</th><th>Description</th><th>Staged for</th><th>Location</th></tr>
<tr><td>ACE-MZ-0091</td><td>Acetato Mazzucchelli nero lucido</td><td>600 frames</td><td>Magazzino B-12</td></tr>
<tr><td>ACE-MZ-2210</td><td>Acetato havana scuro</td><td>600 frames</td><td>Magazzino B-12</td></tr>
<tr><td>ACE-MZ-3307</td><td>Acetato cristallo champagne</td><td>600 frames</td><td>Magazzino B-13</td></tr>
<tr><td>CER-7B</td><td>Cerniera 7 barrel</td><td>1,800 pairs</td><td>Magazzino A-02</td></tr>
</table>
<p>Note (planner M. Da Rin): material staged for whole commessa to keep July slot.</p>
<p style="font-size:11px;color:#666">Printed 2024-05-30 07:42 &middot; user: mdarin</p>
""")
case("p22_mes_material_staged_bulk", ["RG006"],
     "Supplier MES: 36 samples released, bulk 1,764 awaiting release, yet acetate and hinges staged for 1,800 frames with no material authority.",
     [("FOC_MES_job_24-118.html", p22)])

# p23: staged authority 300 frames; supplier books 1,200
p23_txt = """Cara Lucia,

grazie, all clear. The 12 samples of LU-50 are in work, ready on 14 June.

Just to inform you: we booked the acetate with Mazzucchelli for 1,200 frames, not 300, because
their minimum is 300 frames per colour and you have 4 colours. I hope this is fine for you, it
was the only way to get the sheets before August.

Buona giornata,
Stefano De Bon
Fabbrica Ottica Cadorina S.r.l. - Pieve di Cadore

Il 24/05/2024 09:10, Lucia Ferri <l.ferri@occhialilunari.it> ha scritto:
> Ciao Stefano,
>
> PO 24-0930, LU-50 'Sorapiss':
> - released now: 12 samples (3 per colour)
> - material authority: staged, acetate for up to 300 frames at our liability
> - balance 1,188 not released until we sign off the samples and I send a written release
>
> Lucia Ferri, Head of Sourcing, Occhiali Lunari
"""
m = mail("Stefano De Bon <stefano@otticacadorina.it>", "Lucia Ferri <l.ferri@occhialilunari.it>",
         "Re: PO 24-0930 LU-50 Sorapiss", "Tue, 28 May 2024 08:20:00 +0200", p23_txt,
         in_reply_to="<h154-ol-0524@occhialilunari.it>")
case("p23_material_beyond_staged_authority", ["RG006"],
     "Buyer's quoted scope grants staged material for 300 frames; supplier books acetate for 1,200 frames - beyond both the release and the material authority.",
     [("Re_PO_24-0930_LU-50.eml", eml(m))])

# p24: Sabae supplier plans to proceed to bulk directly after prototype approval
p24_txt = """Dear Ms. Sato,

Thank you very much for your PO K-24-215 for the six (6) prototypes of KY-T44 'Yanaka'.

We are pleased to inform that titanium fronts are already brazed and plating will be done next week.

To keep the delivery in August, after your kind approval of the 6 prototypes we will proceed to
the bulk directly, without waiting for other document. We understand the bulk is not yet released
today, so we keep the line reserved for you from 17 June.

We appreciate your understanding.

Best regards,
Hiroshi Yamada
Sales Section Chief, Sabae Kogei Frames Co., Ltd.
3-12 Shimo-machi, Sabae, Fukui 916-0000 JAPAN  TEL 0778-55-0123
"""
m = mail("Hiroshi Yamada <yamada@sabae-kogei.jp>", "Aiko Sato <a.sato@kiyomi-optical.co.jp>",
         "PO K-24-215 KY-T44 prototypes - schedule", "Wed, 29 May 2024 11:15:00 +0900", p24_txt)
case("p24_sabae_proceed_to_bulk_after_approval", ["RG007"],
     "Supplier will 'proceed to the bulk directly' after prototype approval without any other document - implied auto-conversion.",
     [("K-24-215_KY-T44_schedule.eml", eml(m))])

# p25: product manager forwards the PO email and says carry on with bulk after sign-off
p25_inner = mail("Jonas Brandt <jb@nordlys-eyewear.dk>", "Lily Chen <lily.chen@huarui-eyewear.cn>",
                 "PO 45-1260 NL-220 'Fanø'", "Mon, 06 May 2024 09:00:00 +0200",
                 """Dear Lily,

PO 45-1260 for NL-220 'Fanø': sixteen (16) sample frames only, 4 per colourway.
The bulk of 784 frames is not released until we have signed off the samples and I send you a
written release. No bulk material before that, please.

Best regards,
Jonas Brandt
Head of Supply, Nordlys Eyewear ApS
""")
p25_txt = """Hi Lily,

good news - we signed off the NL-220 samples in our range meeting today, everyone loved the
Sand Crystal.

Jonas is travelling in the US until 20 June, so just carry on with the bulk. No need to wait for
his written release - the sign-off is what matters. I forward his original mail below so you have
the PO details at hand.

Have a great day!
""" + sig("Freja Lund", "Product Manager", "Nordlys Eyewear ApS", "+45 33 55 01 92")
m = mail("Freja Lund <fl@nordlys-eyewear.dk>", "Lily Chen <lily.chen@huarui-eyewear.cn>",
         "Fwd: PO 45-1260 NL-220 'Fanø' - samples signed off", "Thu, 30 May 2024 16:45:00 +0200", p25_txt,
         attachments=[("rfc822", p25_inner)])
case("p25_pm_carry_on_without_written_release", ["RG007"],
     "Forwarded PO requires Jonas's written release after sign-off; product manager says sign-off is enough, 'just carry on with the bulk'.",
     [("Fwd_PO_45-1260_NL-220.eml", eml(m))])

# p26: WhatsApp, supplier takes sample approval as go for bulk on Monday
p26 = """[27/05/2024, 09:05] Sofie Kjær: Hi Khun Niran, PO 45-3060 for the NL-S15 demo lenses: 12 samples only. The bulk 2,988 is not released until I sign off the samples and send the written release 🙏
[27/05/2024, 09:20] Niran (Siam Optical): noted Khun Sofie 👍 12 pcs sample
[29/05/2024, 13:44] Niran (Siam Optical): samples sent DHL 5521 0094 02
[31/05/2024, 10:12] Sofie Kjær: samples arrived, they look very good - signed off from my side, laser logo is perfect
[31/05/2024, 10:30] Niran (Siam Optical): thank you Khun Sofie! samples approved, so bulk goes into production Monday as planned 🙏🙏
[31/05/2024, 10:31] Niran (Siam Optical): we put it on line 3
"""
case("p26_whatsapp_signed_off_bulk_monday", ["RG007"],
     "Scope requires sign-off and a written release; after sign-off the supplier says 'samples approved, so bulk goes into production Monday'.",
     [("WhatsApp Chat with Niran Siam Optical (2).txt", p26)])

# p27: DOCX tech pack with automatic step from SMS approval into first production
case("p27_techpack_auto_first_production", ["RG007"],
     "Tech pack requests 10 prototypes, bulk not released, Dana Whitfield named, but step 3 says the factory proceeds automatically with first production after SMS approval.",
     [("HP-A30_techpack.docx", docx_bytes([
         ("h1", "Harbor & Pine Optical - Tech Pack HP-A30 'Olympia'"),
         ("p", "To: Fabbrica Ottica Cadorina S.r.l. (Stefano De Bon)   From: Tom Reyes, Senior Buyer   Date: 05/28/2024"),
         ("h", "Construction"),
         ("table", [
             ["Part", "Spec"],
             ["Front", "Mazzucchelli acetate 8 mm, keyhole bridge, 49-21-145"],
             ["Hinge", "7-barrel, riveted, 2 decorative rivets"],
             ["Temples", "core wire, acetate, logo plate 'H&P' inside"],
             ["Lens", "demo lens, H&P print"],
         ]),
         ("h", "Sample request"),
         ("p", "This tech pack requests ten (10) prototypes, 2 per colourway (5 colourways). Bulk is not released by "
               "this tech pack. Production release authority: Dana Whitfield, Director of Sourcing."),
         ("h", "Development process"),
         ("num", "Prototypes (this request)."),
         ("num", "Salesman samples (SMS) after prototype comments."),
         ("num", "After SMS approval, the factory proceeds automatically with first production "
                 "(SMU quantities per colourway as per range plan)."),
         ("p", "Testing: ANSI Z80.5-2020, nickel release EN 1811, hinge 500 cycles."),
     ], author="Tom Reyes"))])

# p28: folder: buyer PO 24 samples + supplier PI 20 samples with 'mass production will start immediately'
p28_po = pdf([
    ("h1", "OCCHIALI LUNARI S.R.L. - ORDINE D'ACQUISTO 24-0955"),
    ("p", "Fornitore: Wenzhou Jinhai Optical Co., Ltd.   Data: 27.05.2024   Valuta: USD"),
    ("table", [
        ["Pos.", "Articolo", "Descrizione", "Qta", "Prezzo"],
        ["1", "LU-52-C1", "'Civetta' acetato 52/19 nero", "6", "28,00"],
        ["2", "LU-52-C2", "'Civetta' acetato 52/19 avana", "6", "28,00"],
        ["3", "LU-52-C3", "'Civetta' acetato 52/19 miele", "6", "28,00"],
        ["4", "LU-52-C4", "'Civetta' acetato 52/19 blu", "6", "28,00"],
        ["", "", "Totale campioni / samples", "24", ""],
    ]),
    ("sp",),
    ("p", "Sample order: 24 pcs only. The bulk of 1,176 pcs is not released. It is released only by a written "
          "release signed by Giulia Marchetti (Resp. Acquisti) after sample sign-off. No bulk material."),
], title="PO 24-0955", author="Giulia Marchetti")
p28_pi = pdf([
    ("h1", "WENZHOU JINHAI OPTICAL CO., LTD. - PROFORMA INVOICE JH-24-0402"),
    ("p", "Buyer: Occhiali Lunari S.r.l.   Your PO: 24-0955   Date: 2024-05-29"),
    ("table", [
        ["No.", "Model", "Description", "Qty", "USD"],
        ["1", "LU-52", "Civetta acetate sample, 4 colours x 5", "20 pcs", "560.00"],
        ["2", "", "Express courier", "1", "65.00"],
        ["", "", "Total", "", "625.00"],
    ]),
    ("p", "Remarks: After sample confirmation, mass production will start immediately; delivery 45 days "
          "after sample approval. Bank: Bank of China, Wenzhou Branch."),
], title="PI JH-24-0402", author="Kevin Zhou")
case("p28_folder_po24_pi20_mass_production_immediately", ["RG007", "RG011"],
     "Folder: buyer PO authorizes 24 samples, supplier PI for the same PO states 20; PI says mass production starts immediately after sample confirmation.",
     [("LUNARI_PO_24-0955.pdf", p28_po), ("PI_JH-24-0402.pdf", p28_pi)])

# p29: supplier order tracker auto-schedules bulk after prototype approval
p29 = html_page("FOC Customer Tracker - VC-3502", """
<div style="background:#0b4f6c;color:#fff;padding:8px">Fabbrica Ottica Cadorina &middot; Customer order tracker</div>
<h2>Order VC-3502 &middot; Óticas Vista Clara &middot; VC-Cortina</h2>
<table>
<tr><th>Step</th><th>What</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>Prototypes (8 pcs, 4 colours x 2)</td><td>&#10004; shipped</td><td>20/05/2024</td></tr>
<tr><td>2</td><td>Prototype approved by customer</td><td>&#10004; done</td><td>27/05/2024</td></tr>
<tr><td>3</td><td>Bulk</td><td>auto-scheduled &rarr; line 4</td><td>start 10/06/2024</td></tr>
<tr><td>4</td><td>Final inspection</td><td>&mdash;</td><td>&mdash;</td></tr>
</table>
<p>Your contact: Stefano De Bon &middot; stefano@otticacadorina.it &middot; +39 0435 555 014</p>
""")
case("p29_tracker_bulk_auto_scheduled", ["RG007"],
     "Supplier tracker moves from 'prototype approved by customer' straight to 'bulk auto-scheduled' with no release - implied auto-conversion.",
     [("FOC_tracker_VC-3502.html", p29)])

# p30: product manager: if samples look good, carry on with the run
p30_txt = """Hi Kevin,

a quick note before the summer. PO 24-0912 covers the 16 sample frames of LU-55 'Tofane' only;
the bulk of 784 is not released until Giulia has signed off the samples and sends her written
release.

Giulia is the one who releases the bulk, but she is away the whole of August. So if the samples
look good when they arrive, carry on with the run so we don't lose the September delivery - we
will sort out the paperwork when she is back.

Grazie e buone vacanze anche a voi!
""" + sig("Francesca Bez", "Product Manager", "Occhiali Lunari S.r.l. - Belluno", "+39 0437 555 233")
p30_html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in p30_txt.split("\n\n")) + "</body></html>"
m = mail("Francesca Bez <f.bez@occhialilunari.it>", "Kevin Zhou <kevin@jinhai-optical.com>",
         "LU-55 Tofane - August", "Fri, 31 May 2024 12:05:00 +0200", p30_txt, html=p30_html,
         cc="Giulia Marchetti <g.marchetti@occhialilunari.it>")
case("p30_pm_if_samples_good_carry_on", ["RG007"],
     "Scope requires Giulia's written release after sign-off, yet the PM says if the samples look good, carry on with the run - sample OK rolls into production.",
     [("LU-55_Tofane_August.eml", eml(m))])

# p31: folder: labelled non-binding forecast + supplier confirms it as an order
p31_fc = html_page("Óticas Vista Clara - Previsão de demanda 2025", """
<h2>Óticas Vista Clara &middot; Previsão de demanda 2025 / Demand forecast 2025</h2>
<p class="note"><b>Não vinculante / non-binding.</b> Esta previsão não é um pedido. This forecast is not an order
and does not release production or material.</p>
<table>
<tr><th>Modelo</th><th>T1</th><th>T2</th><th>T3</th><th>T4</th><th>Total</th></tr>
<tr><td>VC-88 Ipanema</td><td>600</td><td>600</td><td>900</td><td>900</td><td>3.000</td></tr>
<tr><td>VC-71 Paraty</td><td>300</td><td>300</td><td>600</td><td>600</td><td>1.800</td></tr>
<tr><th>Total</th><td>900</td><td>900</td><td>1.500</td><td>1.500</td><td>4.800</td></tr>
</table>
<p>Enviado 15/05/2024 por Rafael Moura, Comprador.</p>
""", lang="pt-BR")
p31_oc = pdf([
    ("h1", "SIAM OPTICAL MANUFACTURING CO., LTD. - ORDER CONFIRMATION OC-24-077"),
    ("p", "To: Óticas Vista Clara Ltda. (Mr. Rafael Moura)   Date: 22 May 2024"),
    ("p", "We confirm your order of 4,800 pcs for 2025 as per your forecast dated 15/05/2024:"),
    ("table", [
        ["Model", "Qty 2025", "Unit USD", "Production plan"],
        ["VC-88 Ipanema", "3,000", "8.70", "Q1-Q4 2025, by quarter"],
        ["VC-71 Paraty", "1,800", "8.60", "Q1-Q4 2025, by quarter"],
        ["Total", "4,800", "", ""],
    ]),
    ("p", "Prices fixed for 2025. Thank you for your order."),
    ("p", "Somchai Prasert, Sales Manager"),
], title="OC-24-077", author="Somchai Prasert")
case("p31_folder_forecast_confirmed_as_order", ["RG008"],
     "Folder: buyer's forecast is labelled non-binding, but the supplier's confirmation turns it into 'your order of 4,800 pcs for 2025'.",
     [("VC_previsao_2025.html", p31_fc), ("OC-24-077_confirmation.pdf", p31_oc)])

# p32: buyer writes a quarterly forecast as a firm commitment
p32_txt = """Hi Kevin,

quick planning update for Q3. Our forecast for the BV-Rowan and BV-Lex families is 3,600 frames
across the 6 SKUs (split below). Please consider it a firm commitment and block the capacity
on your side for July-September.

  BV-Rowan C1 / C3 / C4 ........ 900 / 600 / 300
  BV-Lex   C1 / C2 / C4 ........ 900 / 500 / 400

Call-offs will come monthly as usual. Let me know if you see any issue with the acetate supply
for the Olive.

Thanks,
""" + sig("Ray Okafor", "Buyer", "Brightline Vision, Inc.", "+1 614 555 0152")
m = mail("Ray Okafor <ray.okafor@brightlinevision.com>", "Kevin Zhou <kevin@jinhai-optical.com>",
         "Q3 volume BV-Rowan / BV-Lex", "Fri, 31 May 2024 10:20:00 -0400", p32_txt)
case("p32_buyer_forecast_firm_commitment", ["RG008"],
     "Buyer presents the Q3 forecast of 3,600 frames as 'a firm commitment' - forecast written as a commitment.",
     [("Q3_volume_BV.eml", eml(m))])

# p33: ERP 'firm order' whose quantities are the demand forecast
p33 = """KIYOMI OPTICAL CO., LTD.                         PURCHASE ORDER / 発注書
2-4-9 Minami-Aoyama, Minato-ku, Tokyo                     PO NO : K-24-330
                                                          DATE  : 2024/05/31
SUPPLIER : S-0311 SABAE KOGEI FRAMES CO., LTD.            TYPE  : FIRM ORDER
------------------------------------------------------------------------------------
LINE  ITEM        DESCRIPTION                   QTY     UNIT JPY    DELIVERY
 1    KY-T40-C1   NAKA-MEGURO TI MATTE BLACK    1,200    3,400      FY2025 MONTHLY
 2    KY-T40-C2   NAKA-MEGURO TI ANTIQUE GOLD     800    3,400      FY2025 MONTHLY
 3    KY-T40-C4   NAKA-MEGURO TI SILVER           400    3,400      FY2025 MONTHLY
                                              -------
                                     TOTAL     2,400
------------------------------------------------------------------------------------
BASIS OF QUANTITIES: FY2025 DEMAND FORECAST (MERCHANDISING PLAN MP-25, 2024/05/20)
THIS FORECAST QUANTITY IS HEREBY ORDERED AS FIRM.
DRAWING KY-T40 REV.4 / PLATING KS-P-02 / JIS B 7285
SIGNED: T. MORI (PURCHASING)
"""
case("p33_erp_forecast_ordered_as_firm", ["RG008"],
     "ERP PO declares the FY2025 demand forecast 'hereby ordered as firm' - forecast written as an order.",
     [("K-24-330_PO.txt", p33)])

# p34: DOCX supply agreement makes the annual forecast binding
case("p34_agreement_forecast_binding", ["RG008"],
     "Supply agreement: 'This forecast is binding and shall be considered the Buyer's order for 2025' - forecast turned into a commitment.",
     [("Acordo_fornecimento_2025.docx", docx_bytes([
         ("h1", "Acordo de Fornecimento / Supply Agreement 2025"),
         ("p", "Between Óticas Vista Clara Ltda., São Paulo (Buyer) and Xiamen Huarui Eyewear Co., Ltd., Xiamen (Supplier)."),
         ("h", "1. Products"),
         ("p", "Acetate and metal optical frames of the Vista Clara own brand, per the model list in Annex A."),
         ("h", "2. Volume"),
         ("table", [
             ["Família / family", "Previsão anual / annual forecast"],
             ["Acetato", "14.000"],
             ["Metal", "6.000"],
             ["Total", "20.000"],
         ]),
         ("p", "Annual forecast 2025: 20.000 frames. This forecast is binding and shall be considered the Buyer's "
               "order for 2025. Monthly delivery schedules will be sent by the Buyer."),
         ("h", "3. Prices and payment"),
         ("p", "Prices per Annex B, fixed until 31/12/2025. Payment 30% deposit / 70% before shipment per delivery."),
         ("h", "4. Quality"),
         ("p", "ABNT NBR ISO 12870, AQL 1.0/2.5, pre-shipment inspection by Buyer's agent."),
         ("p", "São Paulo / Xiamen, 03/06/2024"),
     ], author="Rafael Moura"))])

# p35: Danish buyer uses 'approved' for sample, PO and bulk
p35_po = docx_bytes([
    ("h1", "Nordlys Eyewear ApS - PO 45-2201"),
    ("p", "Supplier: Xiamen Huarui Eyewear Co., Ltd. - Model NL-218 'Ærø' - Date 2024-05-24"),
    ("table", [
        ["Pos.", "Colour", "Sample frames"],
        ["1", "C1 Black", "6"],
        ["2", "C2 Honey Havana", "6"],
        ["3", "C3 Grey Crystal", "6"],
        ["4", "C4 Bottle Green", "6"],
        ["", "Total", "24"],
    ]),
    ("p", "Scope: 24 sample frames. The other 576 frames are not released until Jonas Brandt signs the release "
          "after the Nordlys range meeting."),
], author="Jonas Brandt")
p35_txt = """Dear Lily,

an update on NL-218 'Ærø':

The samples are approved (fit and colour), thank you, they are really beautiful. Finance also
approved the PO yesterday, so the invoice for the samples can go to ap@nordlys-eyewear.dk.

You will have the approval for the bulk after our range meeting on 14 June. Until then only the 24
sample frames of PO 45-2201 (attached again) apply; the other 576 are not released until I sign the
release after that meeting.

Med venlig hilsen,
""" + sig("Jonas Brandt", "Head of Supply", "Nordlys Eyewear ApS", "+45 33 55 01 80")
m = mail("Jonas Brandt <jb@nordlys-eyewear.dk>", "Lily Chen <lily.chen@huarui-eyewear.cn>",
         "NL-218 Aero - status", "Mon, 03 Jun 2024 09:25:00 +0200", p35_txt,
         attachments=[att_docx("PO_45-2201.docx", p35_po)])
case("p35_approved_three_meanings", ["RG009"],
     "'Approved' used for the sample (technical), the PO (finance/commercial) and 'the approval for the bulk' (production release) in one email.",
     [("NL-218_Aero_status.eml", eml(m))])

# p36: release letter uses 'release' three ways and states 200 vs 250
case("p36_release_letter_three_releases_200_vs_250", ["RG009", "RG011"],
     "Letter uses 'released' for ERP/finance, QC and production; text releases two hundred (200) while the table says 250 released.",
     [("HP_release_letter_11902.pdf", pdf([
         ("h1", "HARBOR & PINE OPTICAL - RELEASE LETTER"),
         ("p", "To: Siam Optical Manufacturing Co., Ltd. (Mr. Somchai Prasert)   Date: June 3, 2024"),
         ("p", "Re: PO 11902, HP-A14 Rainier, PO quantity 800 frames"),
         ("p", "PO 11902 was released in our ERP by Finance on May 3. The samples were released by QC on May 10 "
               "after the fit panel."),
         ("p", "We hereby release two hundred (200) frames for production, split as below."),
         ("table", [
             ["Colour", "Released qty", "Ship by"],
             ["C01 Black", "100", "Jul 19, 2024"],
             ["C02 Dark Havana", "100", "Jul 19, 2024"],
             ["C03 Fog Crystal", "50", "Jul 19, 2024"],
             ["Total", "250", ""],
         ]),
         ("p", "The remaining 550 frames are not released until the next call-off signed by Tom Reyes."),
         ("p", "Tom Reyes, Senior Buyer"),
     ], pagesize=LETTER, title="Release letter PO 11902", author="Tom Reyes"))])

# ---------------------------------------------------------------- batch 5
# p37: WhatsApp BR, 'aprovado/approval' for engineering, finance and production
p37 = """[03/06/2024 08:55] Rafael Moura: Lily bom dia! PO VC-3510 = 30 salesman samples of VC-90 'Leblon' (3 cores x 10)
[03/06/2024 08:56] Rafael Moura: bulk 1.470 fica parado until our diretoria meeting on 12/06 and my written release after it
[03/06/2024 09:10] Lily Chen (Huarui): Good morning Rafael, noted 👍 30 samples only
[07/06/2024 14:31] Lily Chen (Huarui): samples received in SP?
[07/06/2024 16:02] Rafael Moura: sim! chegaram ontem
[07/06/2024 16:05] Rafael Moura: amostras aprovadas pela engenharia ✅ fit perfect
[07/06/2024 16:05] Rafael Moura: pedido aprovado pelo financeiro ✅ invoice can come
[07/06/2024 16:06] Rafael Moura: approval for the produção next week, after the diretoria
[07/06/2024 16:10] Lily Chen (Huarui): 🙏 thank you, we wait
"""
case("p37_whatsapp_aprovado_three_ways", ["RG009"],
     "Scope is complete (30 samples, 1.470 on hold until board meeting and Rafael's release), but 'aprovado/approval' covers engineering, finance and production.",
     [("WhatsApp Chat with Lily Chen (VC-90).txt", p37)])

# p38: HTML portal, 'Approved' for technical, commercial and production
p38 = html_page("Brightline Vision - Vendor Portal - BV-Oak pilot", """
<div style="background:#2b2b6b;color:#fff;padding:8px">BRIGHTLINE VISION &middot; Vendor Portal &middot; Siam Optical Manufacturing Co., Ltd.</div>
<h2>BV-Oak acetate &middot; PO BV-7950 (1,000 frames)</h2>
<h3>Approval status</h3>
<table>
<tr><th>Approval</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Technical</td><td>Approved</td><td>QA &ndash; M. Ortiz</td><td>05/28/2024</td></tr>
<tr><td>Commercial</td><td>Approved</td><td>Finance &ndash; J. Kim</td><td>05/29/2024</td></tr>
<tr><td>Production</td><td>Approved &ndash; 50 pcs pilot</td><td>Sourcing &ndash; R. Carlson</td><td>06/03/2024</td></tr>
</table>
<div class="note">Released for production: 50 pcs pilot. Balance of 950 frames not released until pilot sign-off
and a written release by Renee Carlson, Director of Sourcing.</div>
<p>Documents: BV-Oak spec rev C &middot; packaging spec BV-PK-11 &middot; QA report QR-2405-118</p>
""")
case("p38_portal_approved_three_ways", ["RG009"],
     "Portal shows 'Approved' for technical, commercial and production rows; scope itself (50 pilot, 950 on hold, Renee Carlson) is complete.",
     [("BV-7950_portal_status.html", p38)])

# p39: folder: PO 24 samples + buyer email asking for 36 samples on the same PO
p39_po = pdf([
    ("h1", "HARBOR & PINE OPTICAL - PURCHASE ORDER 11930"),
    ("p", "Vendor: Xiamen Huarui Eyewear Co., Ltd.   Date: May 28, 2024   Buyer: Tom Reyes"),
    ("table", [
        ["Line", "Style", "Description", "Qty"],
        ["1", "HP-A27-C01", "Rainier II sample, Black", "6"],
        ["2", "HP-A27-C02", "Rainier II sample, Havana", "6"],
        ["3", "HP-A27-C03", "Rainier II sample, Fog", "6"],
        ["4", "HP-A27-C04", "Rainier II sample, Moss", "6"],
        ["", "", "Total sample frames", "24"],
    ]),
    ("p", "Samples only. The bulk of 1,176 frames is not released until H&P signs off the samples and Dana "
          "Whitfield, Director of Sourcing, sends a written production release."),
], pagesize=LETTER, title="PO 11930", author="Tom Reyes")
p39_txt = """Hi Ken,

for PO 11930 (Rainier II) please make 36 samples, 9 per color - our reps need extra sets for the
East Coast tour. Same ship date.

Bulk stays on hold as per the PO.

Thanks,
""" + sig("Tom Reyes", "Senior Buyer", "Harbor & Pine Optical, Inc. - Portland, OR", "+1 503 555 0134")
p39_m = mail("Tom Reyes <treyes@harborpine.com>", "Ken Wu <ken.wu@huarui-eyewear.cn>",
             "PO 11930 Rainier II samples", "Wed, 29 May 2024 13:02:00 -0700", p39_txt)
case("p39_folder_po24_email36", ["RG011"],
     "Folder: PO 11930 authorizes 24 sample frames; the buyer's email asks for 36 on the same PO - conflicting authorized quantities.",
     [("PO_11930.pdf", p39_po), ("PO_11930_samples_email.eml", eml(p39_m))])

# p40: release email says 350 'as in the PO note below', PO note says 300
p40_txt = """Ciao Kevin,

following the sample sign-off of 31 May, I release 350 pcs of LU-60 'Pelmo II' under PO 24-0980,
as in the PO note below. The rest of the 1,200 stays on hold until my next written release.

Material: acetate for the released quantity only.

Grazie,
""" + sig("Lucia Ferri", "Head of Sourcing", "Occhiali Lunari S.r.l. - Belluno", "+39 0437 555 210") + """
-------- Messaggio inoltrato / PO note --------
OCCHIALI LUNARI - PO 24-0980 - NOTE FIELD
RELEASE: 300 PCS LU-60 (100 NERO / 100 AVANA / 100 MIELE) AFTER SAMPLE SIGN-OFF.
BALANCE ON HOLD UNTIL NEXT WRITTEN RELEASE BY L. FERRI.
"""
m = mail("Lucia Ferri <l.ferri@occhialilunari.it>", "Kevin Zhou <kevin@jinhai-optical.com>",
         "PO 24-0980 LU-60 release", "Mon, 03 Jun 2024 10:40:00 +0200", p40_txt)
case("p40_release_350_vs_po_note_300", ["RG011"],
     "Release email releases 350 'as in the PO note below', while the included PO note releases 300 for the same order.",
     [("PO_24-0980_LU-60_release.eml", eml(m))])

# p41: ERP call-off header 400 vs lines 450
p41 = """BRIGHTLINE VISION, INC.                                              CALL-OFF / RELEASE
4400 Easton Commons Way, Columbus OH 43219                           BLANKET PO : BV-B-2024
                                                                     CALL-OFF   : 08
VENDOR : 100233 WENZHOU JINHAI OPTICAL CO LTD                        DATE       : 06/03/2024
CALL-OFF QTY : 400 EA                                                BUYER      : R.OKAFOR
-------------------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                         QTY   UM   SHIP DATE
10  BV-ROWAN-C1     ROWAN TITANIUM MATTE BLACK          200   EA   08/02/2024
20  BV-ROWAN-C3     ROWAN TITANIUM SAND                 150   EA   08/02/2024
30  BV-ROWAN-C4     ROWAN TITANIUM OLIVE                100   EA   08/02/2024
-------------------------------------------------------------------------------------------
BLANKET COVER 2,400 EA. BALANCE AFTER THIS CALL-OFF NOT RELEASED - NEXT CALL-OFF
SIGNED BY R. CARLSON, DIRECTOR OF SOURCING, REQUIRED.
MATERIAL: FOR RELEASED QTY ONLY.
*** PRODUCE ONLY THE QTY OF THIS CALL-OFF ***
"""
case("p41_erp_calloff_header_vs_lines", ["RG011"],
     "Call-off header says 400 EA while its lines add up to 450 - two authorized quantities in one document.",
     [("BV-B-2024_calloff08.txt", p41)])

# p42: buyer: deposit wired - go ahead!
p42_txt = """Deposit's been wired this morning (USD 4,750, ref FT24155-0087) - go ahead!

Tom

> From: Somchai Prasert <somchai@siamoptical.co.th>
> Sent: Monday, June 3, 2024 6:10 AM
> Subject: RE: PO 11950 HP-A31 Whistler
>
> Dear Mr. Tom, please find PI SO-24-131 attached. Kindly arrange 30% deposit.
> Best regards, Somchai
>
>> From: Tom Reyes <treyes@harborpine.com>
>> Sent: Tuesday, May 28, 2024 2:20 PM
>> Subject: PO 11950 HP-A31 Whistler
>>
>> Hi Somchai,
>> PO 11950 covers 16 sample frames of HP-A31 Whistler only. The 1,584 bulk is not
>> released until we sign off the samples and Dana Whitfield sends a written production release.
>> Tom Reyes, Senior Buyer, Harbor & Pine Optical
"""
m = mail("Tom Reyes <treyes@harborpine.com>", "Somchai Prasert <somchai@siamoptical.co.th>",
         "RE: PO 11950 HP-A31 Whistler", "Mon, 03 Jun 2024 08:02:00 -0700", p42_txt,
         in_reply_to="<h154-so-0603@siamoptical.co.th>")
case("p42_deposit_wired_go_ahead", ["RG002", "RG012"],
     "Quoted scope keeps bulk on hold, but the buyer replies 'Deposit's been wired - go ahead!': payment as the trigger and an unscoped go-ahead.",
     [("RE_PO_11950_HP-A31.eml", eml(m))])

# p43: WeChat, supplier reads PO acceptance as the start of bulk
p43 = """WeChat chat history - 王经理 Wang Jun (Jinhai Optical)
Exported 2024-06-04

2024-05-30 10:12:40 陈丽 Chen Li (Harbor & Pine):
PO 11960 HP-T15 = 20 samples only. bulk NOT released until I sign off the samples and send written release

2024-05-30 10:30:02 王经理 Wang Jun:
收到 Chen Li 👍

2024-06-03 17:48:55 王经理 Wang Jun:
PO 11960 accepted by our boss today ✅ so we arrange the bulk next week, line 5 is free

2024-06-03 17:49:20 王经理 Wang Jun:
[图片 Image]
"""
case("p43_wechat_po_accepted_bulk_next_week", ["RG012"],
     "Buyer scopes 20 samples with bulk on hold; supplier treats its own PO acceptance as the start of bulk next week.",
     [("WeChat_WangJun_HP-T15.txt", p43)])

# p44: folder: complete sample PO + supplier PI 'production commences upon receipt of deposit'
p44_po = """NORDLYS EYEWEAR ApS                                   PURCHASE ORDER 45-3080
Bredgade 41, 1260 Copenhagen K                        Date: 2024-05-31
Supplier: Siam Optical Manufacturing Co., Ltd.        Purchaser: Mette Holm
---------------------------------------------------------------------------
Pos  Item        Description                               Qty    Unit USD
1    NL-S20-SS   Sun lens sample sets, green G-15, CR-39     16    12.00
---------------------------------------------------------------------------
Scope: 16 sample sets only.
Bulk 1,584 sets: NOT released. Released only by a written release from
Mette Holm after Nordlys has signed off the samples.
Material: sample material only.
"""
p44_pi = pdf([
    ("h1", "SIAM OPTICAL MANUFACTURING CO., LTD. - PROFORMA INVOICE SO-24-140"),
    ("p", "Customer: Nordlys Eyewear ApS   Ref: PO 45-3080   Date: 3 June 2024   FOB Laem Chabang"),
    ("table", [
        ["No.", "Description", "Qty", "USD/set", "Amount"],
        ["1", "NL-S20 sun lens sample sets", "16", "12.00", "192.00"],
        ["2", "NL-S20 sun lens sets, bulk", "1,584", "4.10", "6,494.40"],
        ["", "Total", "", "", "6,686.40"],
    ]),
    ("p", "Terms: 50% deposit by T/T, balance before shipment. Production of all items commences upon "
          "receipt of 50% deposit."),
    ("p", "Somchai Prasert, Sales Manager"),
], title="PI SO-24-140", author="Somchai Prasert")
case("p44_folder_pi_production_on_deposit", ["RG012"],
     "Folder: buyer's PO releases 16 sample sets with bulk 1,584 on hold; supplier PI says production of all items commences upon receipt of the deposit.",
     [("Nordlys_PO_45-3080.txt", p44_po), ("PI_SO-24-140.pdf", p44_pi)])

# p45: DOCX letter from the buyer's import desk: LC open, consider bulk released
case("p45_lc_open_consider_bulk_released", ["RG012"],
     "Bulk is on hold until sample sign-off and Ana Ribeiro's release, but the import desk writes that since the LC is open the bulk can be considered released.",
     [("Carta_VC-3520_LC.docx", docx_bytes([
         ("h1", "Óticas Vista Clara Ltda. - Comércio Exterior"),
         ("p", "São Paulo, 04/06/2024"),
         ("p", "To: Xiamen Huarui Eyewear Co., Ltd. - Att. Ms. Lily Chen"),
         ("p", "Ref.: PO VC-3520 / PI HR-24-220 - VC-92 'Copacabana'"),
         ("p", "Dear Lily,"),
         ("p", "PO VC-3520 covered thirty (30) salesman samples. The bulk of 1.470 frames is on hold until the "
               "samples are signed off and Ana Ribeiro, Head of Product, sends the written production release."),
         ("p", "We inform you that the Letter of Credit no. 0224-LC-11873 was opened today at Banco Itaú for the "
               "full value of PI HR-24-220 (1.500 frames, US$ 14.250,00)."),
         ("p", "Since the LC is now open, please consider the bulk as released and start production. The samples are "
               "still with Ana for sign-off, but the payment is guaranteed."),
         ("table", [
             ["LC no.", "Bank", "Amount", "Expiry", "Latest shipment"],
             ["0224-LC-11873", "Banco Itaú S.A.", "US$ 14.250,00", "30/09/2024", "31/08/2024"],
         ]),
         ("p", "Atenciosamente,"),
         ("p", "Carlos Nunes - Comércio Exterior / Import Desk"),
     ], author="Carlos Nunes"))])



# ======================================================================== MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(154154).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h154_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
