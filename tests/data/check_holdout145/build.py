#!/usr/bin/env python3
"""Generator for the releasegate check_holdout145 corpus (medical devices and disposables).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout145/build.py

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
    m["Message-ID"] = msgid or f"<h145-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h145")
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
    return s.lstrip("\n")


def chat(lines):
    return "\n".join(lines) + "\n"


def main():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(145145).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h145_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n")
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    print(len(CASES), "cases;", sum(1 for c in CASES if not c["expect"]), "clean")
    for r in sorted(cnt):
        print(r, cnt[r])


# =================================================================== CASES
# ---------------------------------------------------------------- CLEAN 1
# c01: supplier quote with sample and production tiers, on its own
case("c01_cr_quote_tiers", [], "supplier quote alone with sample and production tiers; no authorization in bundle", [
    ("Cotizacion_TMC-Q24-0418.pdf", pdf([
        ("h1", "Tecnoplast Medica S.A. - Quotation"),
        ("p", "Zona Franca Coyol, Alajuela, Costa Rica  |  ISO 13485:2016 certified  |  Quote TMC-Q24-0418"),
        ("p", "Customer: NorthLake Vascular Inc., 1120 Lakeshore Dr, Plymouth MN 55441, USA. Attn: Rachel Moreno, Sourcing."),
        ("p", "Part: CS-4417 catheter shaft, Pebax 7233 / SS braid, 5F, length 110 cm, drawing 4417-000 Rev B."),
        ("table", [
            ["Tier", "Quantity", "Unit price USD", "Lead time"],
            ["Engineering samples (DV build)", "25", "38.50", "4 weeks ARO"],
            ["Production tier 1", "5,000", "6.10", "8 weeks"],
            ["Production tier 2", "10,000", "5.45", "8 weeks"],
        ]),
        ("sp",),
        ("p", "Notes: Prices are EXW Coyol, valid 60 days. Braid wire surcharge may apply if the LME index moves more than 8%. "
              "Sterilization (EO) not included; can be quoted separately with our partner in Heredia. "
              "Production lead time counts from receipt of your written production release and PO for the production quantity."),
        ("p", "Quoted by: Andrea Solis Vargas, Ejecutiva de Cuentas  |  asolis@tecnoplastmedica.cr  |  +506 2430 1188"),
    ], title="Quotation TMC-Q24-0418", author="Tecnoplast Medica")),
])

# c02: supplier question about the go-ahead (Costa Rican voice), no authorization
case("c02_cr_question_goahead", [], "supplier asks whether they have a go-ahead; a question authorizes nothing", [
    ("RE_housings_HB-220.eml", mail(
        "Marco Quesada <mquesada@plasticoscartago.cr>", "Rachel Moreno <rmoreno@northlakevascular.com>",
        "RE: housings HB-220 - consulta", "Mon, 13 May 2024 08:41:00 -0600",
        txt("""
Buenos dias Rachel,

Hope you had a nice weekend. Quick question before we plan next week's press schedule:

Do we have the go-ahead for the 1,200 housings, or is it only the 24 samples for now? Planning is asking
me and I prefer to have it from you in writing before anybody touches the tool for a long run.

Also, the tool T-220 is back from polishing (the texture VDI 24 on the cavity side is done).

Quedo atento / thanks a lot,
Marco
""") + sig("Marco Quesada Mora", "Ingeniero de Proyectos", "Plasticos Cartago S.A.", "+506 2551 7720"))),
])

# c03: labelled forecast (Oracle printout)
case("c03_oracle_forecast", [], "clearly labelled planning forecast; no order, no production or material authority", [
    ("PLANNING_SCHEDULE_NLV_0524.txt", txt("""
NORTHLAKE VASCULAR INC                    ORACLE EBS - SUPPLIER PLANNING SCHEDULE            PAGE 1
REPORT: PO_SUPPLY_FCST   RUN 05/06/2024 06:02                     ORG: PLY  (PLYMOUTH MN)
------------------------------------------------------------------------------------------------
*** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER - NO PRODUCTION OR MATERIAL AUTHORITY ***
*** QUANTITIES BELOW ARE PLANNING ESTIMATES AND MAY CHANGE WITHOUT NOTICE                ***
------------------------------------------------------------------------------------------------
SUPPLIER : 40182 PLASTICOS CARTAGO S.A.        SITE: CARTAGO CR
ITEM     : HB-220-01 REV C  HOUSING, HANDLE, PC/ABS, WHITE       UOM: EA
------------------------------------------------------------------------------------------------
BUCKET        START       END          FCST QTY    TYPE
------------------------------------------------------------------------------------------------
MONTH         07/01/24    07/31/24        1,500    FORECAST
MONTH         08/01/24    08/31/24        2,000    FORECAST
MONTH         09/01/24    09/30/24        2,000    FORECAST
QUARTER       10/01/24    12/31/24        6,500    FORECAST
------------------------------------------------------------------------------------------------
TOTAL HORIZON                            12,000    FORECAST
------------------------------------------------------------------------------------------------
COMMENTS: Planning view shared for capacity discussion only. Orders are placed only by a
PO or call-off. Contact: R. MORENO, SOURCING, x4471
*** END OF REPORT ***
""")),
])

# c04: sample approved for fit check only (German buyer, Irish CM), DOCX with table
case("c04_de_fitcheck_docx", [], "'approved for fit check only', production not released; hold, DVT sign-off, named release person", [
    ("Probenbefund_HSG-220_RevC.docx", docx_bytes([
        ("h1", "Sample disposition - housing HSG-220 Rev C"),
        ("p", "From: Medivera GmbH, Erlangen (Einkauf / Supplier Quality)   To: Shannon Precision Moulding Ltd, Shannon, Co. Clare"),
        ("p", "Reference: PO 4500087712 dated 08.04.2024; quote SPM-Q-3381; drawing 220-100 Rev C."),
        ("table", [
            ["Characteristic", "Nominal", "Tol.", "Result (n=30)", "Status"],
            ["Wall thickness A", "1,20 mm", "+/-0,05", "1,18-1,23", "OK"],
            ["Snap-fit force", "18 N", "+/-3", "16,9-19,8", "OK"],
            ["Gate vestige", "-", "max 0,2", "0,1", "OK"],
            ["Colour dE vs master", "-", "max 1,0", "0,6", "OK"],
        ]),
        ("sp",),
        ("p", "Disposition: the 30 DV samples are approved for fit check only. Production is not released."),
        ("p", "PO 4500087712 covers the 30 samples only. The balance of 1.470 units shown in quote SPM-Q-3381 is not released. "
              "It will be released only after design verification testing (DVT) is signed off and then only by a written "
              "production release signed by Dr. Katrin Vogel, Head of Supply Chain."),
        ("p", "Until then please do not schedule, buy material for, or mould any further HSG-220 parts. Material authority: sample-only."),
        ("p", "Mit freundlichen Gruessen / kind regards, Jonas Albrecht, Supplier Quality Engineer, Medivera GmbH"),
    ], author="J. Albrecht")),
])

# c05: full-quantity production PO with proceed; delivery split sums to the full quantity
case("c05_us_fullqty_po", [], "full-quantity production PO with 'proceed with the full 2,400'; split deliveries sum to the order; no balance", [
    ("PO_7700031845.pdf", pdf([
        ("h1", "PURCHASE ORDER 7700031845"),
        ("p", "NorthLake Vascular Inc.  |  1120 Lakeshore Dr, Plymouth MN 55441, USA  |  Date: 05/09/2024  |  Revision: 0"),
        ("p", "Supplier: Moldes de Precision del Noroeste S. de R.L. de C.V., Blvd. Insurgentes 1780, Tijuana, B.C., Mexico"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext USD", "Need date"],
            ["1", "LH-0032-02 Rev F", "Luer hub, female, PC clear (repeat part)", "1,200", "EA", "0.42", "504.00", "07/08/2024"],
            ["2", "LH-0032-02 Rev F", "Luer hub, female, PC clear (repeat part)", "1,200", "EA", "0.42", "504.00", "08/05/2024"],
            ["", "", "TOTAL", "2,400", "EA", "", "1,008.00", ""],
        ]),
        ("sp",),
        ("p", "Order scope: this is a production order for the full quantity of 2,400 EA, delivered in two shipments. "
              "Please proceed with manufacture of the full 2,400 pcs. No further quantity is covered or expected under this PO."),
        ("p", "Quality: manufacture per DHR template LH-0032; CoC and resin lot traceability with each shipment. "
              "ISO 594-2 / ISO 80369-7 connector gauging per control plan CP-0032 Rev 4."),
        ("p", "Shipping: FCA Otay Mesa, our carrier account. Terms: Net 45. NorthLake standard terms NLV-T&C-2023 apply."),
        ("p", "Issued by: Tom Becker, Buyer II, tbecker@northlakevascular.com, +1 763 555 0148"),
    ], pagesize=LETTER, title="PO 7700031845", author="NorthLake Vascular")),
])

# c06: call-off with explicit staged material authority above the released quantity (SAP printout)
case("c06_sap_calloff_staged", [], "call-off releases 500; explicit staged material authority up to 2,000; balance held until next call-off by named planner", [
    ("CALLOFF_5500001234_007.txt", txt("""
CORRIB MEDICAL DEVICES LTD - GALWAY                          SAP S/4 - DELIVERY SCHEDULE / CALL-OFF
--------------------------------------------------------------------------------------------------
Sched. agreement : 5500001234          Call-off no.: 007         Date: 02.05.2024
Vendor           : 300871 PENANG PRECISION MOULDING SDN BHD, BAYAN LEPAS FIZ, MALAYSIA
Material         : 10-4471-03  HOUSING, INFUSION PUMP, PC MAKROLON 2458   Rev. 03
--------------------------------------------------------------------------------------------------
Itm  Deliv.date   Sched.qty   Cum.qty    Type
0010 27.05.2024      250         250     FIRM - RELEASED FOR PRODUCTION
0010 10.06.2024      250         500     FIRM - RELEASED FOR PRODUCTION
--------------------------------------------------------------------------------------------------
HEADER TEXT:
Quantity released for production with this call-off: 500 EA (five hundred).
Material authority: STAGED - you may buy and hold raw material (Makrolon 2458, inserts 10-4471-90)
for up to 2,000 EA at Corrib Medical liability. This material authority does not release
production beyond the 500 EA above.
Remaining quantity of the scheduling agreement: NOT RELEASED. The next quantity is released only
by the next call-off, issued and signed by Niamh Doyle, Materials Planner (niamh.doyle@corribmed.ie).
Kanban loop: 2 bins x 250 EA, bin card KB-4471.
--------------------------------------------------------------------------------------------------
Printed by: NDOYLE        Page 1 of 1
"""))
])

# c07: explicit recorded auto-conversion in a quality agreement (Israeli buyer, Chinese CM), DOCX
case("c07_il_autoconv_qa", [], "explicit recorded auto-conversion naming quantity, signer and conditions; rest held by named signers", [
    ("Quality_Agreement_Annex_C_Rev2.docx", docx_bytes([
        ("h1", "Quality Agreement QA-0091 - Annex C: Validation lots and production start"),
        ("p", "Between: Arava Surgical Ltd., Caesarea Business Park, Israel (\"Arava\") and Suzhou Jinhe Medical Technology Co., Ltd., SIP, Suzhou, PRC (\"Supplier\")."),
        ("p", "Product: laparoscopic trocar cannula TC-12, drawing TC12-200 Rev E. Purchase order 4711-0330 (rev 2)."),
        ("h", "C.1 Quantity released now"),
        ("p", "600 units are released now: three validation lots of 200 units each (VL-1, VL-2, VL-3) for IQ/OQ/PQ and sterilization validation."),
        ("h", "C.2 Recorded auto-conversion"),
        ("p", "By this Annex the parties record the following auto-conversion: when Dr. Avi Mizrahi, VP Quality, signs the PQ report for VL-3 "
              "and the DHR of VL-1 to VL-3 shows no open NCR, 3,000 units are released for production by that signature, "
              "without a further release document. This auto-conversion was recorded on 02 May 2024 as release record RR-118."),
        ("h", "C.3 Balance"),
        ("p", "The remaining 7,000 units of the 10,600 quoted are not released. They are released only by a written release "
              "signed by Dr. Avi Mizrahi or Noa Peretz, Director Supply Chain, after launch review."),
        ("table", [
            ["Item", "Quantity", "Status", "Who"],
            ["Validation lots VL-1..3", "600", "released now", "PO 4711-0330"],
            ["Production step 1", "3,000", "released on PQ signature (RR-118)", "Dr. A. Mizrahi"],
            ["Balance", "7,000", "not released", "Dr. A. Mizrahi / N. Peretz"],
        ]),
        ("sp",),
        ("p", "Material authority: staged for 3,600 units (validation lots plus production step 1)."),
        ("p", "Signed for Arava: Noa Peretz     Signed for Supplier: Zhang Wei, General Manager"),
    ], author="N. Peretz")),
])

# c08: forwarded old quote (rfc822) declared informational; Japanese buyer
_old_quote = mail(
    "Sales Dept. <sales@ningbo-hengtai-pack.cn>", "Kenji Watanabe <k.watanabe@kansai-medical.co.jp>",
    "Quotation HT-2022-117 sterile pouch SP-150", "Thu, 17 Nov 2022 10:05:00 +0800",
    txt("""
Dear Mr. Watanabe,

Thanks for your inquiry. Please see our quotation for the sterile peel pouch SP-150 (medical paper / PET-PE):

  - 20,000 pcs  : USD 0.083 / pc
  - 50,000 pcs  : USD 0.071 / pc
  Lead time 25 days, FOB Ningbo.

Best regards
Lily Chen
Sales Dept., Ningbo Hengtai Packaging Co., Ltd.
"""))
case("c08_jp_fwd_oldquote", [], "forwarded 2022 quote declared information only; 20 samples active; hold, ISO 11135 sign-off, named release person", [
    ("PO_7100-2281_samples.eml", mail(
        "Kenji Watanabe <k.watanabe@kansai-medical.co.jp>", "Lily Chen <sales@ningbo-hengtai-pack.cn>",
        "PO 7100-2281 / SP-150 samples for sterilization validation", "Wed, 15 May 2024 14:20:00 +0900",
        txt("""
Dear Ms. Chen,

Thank you for your kind support always.

Please find our PO 7100-2281 for twenty (20) pieces sample sterile pouch SP-150, for our sterilization
validation according ISO 11135 (EO). Please make only these 20 pieces.

For your reference I forward your old quotation from 2022. The 20,000 pcs figure in it is for
information only. It is not ordered and not released.

Production quantity is not released. After the sterilization validation is signed off by our QA,
production can be released only by written release from me (Kenji Watanabe, Purchasing Manager).
Please do not purchase material for production before this.

Delivery of 20 pcs: by air, until 7 June please.

Best regards,
Kenji Watanabe
Purchasing Manager, Kansai Medical Devices Co., Ltd.
2-4-11 Awaza, Nishi-ku, Osaka 550-0011, Japan  Tel +81 6 6543 2210
"""),
        attachments=[("rfc822", _old_quote)])),
])

# c09: quoted supplier assumption of auto-conversion, corrected by buyer on top
case("c09_mx_correction_reply", [], "quoted supplier assumes FAI rolls into production; buyer's reply corrects it with qty, hold, event and named person", [
    ("RE_FAI_LH-0045.eml", mail(
        "Laura Jimenez-Hart <ljimenezhart@northlakevascular.com>", "Hector Ruelas <hruelas@mpnoroeste.mx>",
        "RE: FAI LH-0045 - next steps", "Fri, 17 May 2024 16:02:00 -0500",
        txt("""
Hector,

No - please don't. FAI sign-off does not release anything by itself.

To be clear on PO 7700031902: it covers the 20 FAI pieces only. The balance of 2,980 pcs is not
released. After we sign off the FAI, I will send a written release for the production quantity;
until you have that release from me, nothing beyond the 20 pcs gets moulded and no resin gets
bought for it.

Thanks for the quick turnaround on the CMM data, by the way - the cavity 3 report looks clean.

Laura Jimenez-Hart
Senior Buyer, NorthLake Vascular Inc.
+1 763 555 0162

-----Original Message-----
From: Hector Ruelas <hruelas@mpnoroeste.mx>
Sent: Friday, May 17, 2024 11:40 AM
Subject: FAI LH-0045 - next steps

> Hi Laura, FAI parts ship Monday with the full dimensional report.
> Once you approve the FAI we will roll into the 3,000 pcs automatically, ok? Just to keep
> the press loaded.
> Saludos, Hector
"""))),
])

# c10: supplier acknowledgement - deposit does not release production (Malaysian English)
case("c10_my_deposit_ack", [], "supplier ack: deposit does not release production; 40 samples only, balance on hold until PQ + named release", [
    ("Ack_PO_JP-44120.eml", mail(
        "Tan Mei Ling <meiling.tan@perlismed.com.my>", "Hiroshi Tanaka <h.tanaka@hokuto-med.co.jp>",
        "Acknowledgement PO JP-44120 - deposit received", "Tue, 21 May 2024 10:15:00 +0800",
        txt("""
Dear Tanaka-san,

Good day to you. We acknowledge receipt of PO JP-44120 and the 30% deposit, thank you.

Kindly note our understanding as below, please correct us if wrong:
1) The deposit does not release production. It is only for the tooling and sample stage.
2) We will make only the 40 pcs samples of moulded housing MH-77 (forty pieces).
3) Balance 4,960 pcs remain on hold until your written release, signed by Mr. Hiroshi Tanaka, after PQ is completed.
4) Material we bought is for the 40 pcs only, as per sample-only material authority.

Samples ready in week 24, we will revert with the FAI report lah.

Thanks & regards,
Tan Mei Ling
Customer Service Executive, Perlis Medical Plastics Sdn Bhd, Bayan Lepas, Penang
"""),
        html=html_page("Ack PO JP-44120", "<p>Dear Tanaka-san,</p><p>We acknowledge receipt of PO JP-44120 and the 30% deposit.</p>"
             "<ol><li>The deposit does not release production. It is only for the tooling and sample stage.</li>"
             "<li>We will make only the 40 pcs samples of moulded housing MH-77 (forty pieces).</li>"
             "<li>Balance 4,960 pcs remain on hold until your written release, signed by Mr. Hiroshi Tanaka, after PQ is completed.</li>"
             "<li>Material we bought is for the 40 pcs only, as per sample-only material authority.</li></ol>"
             "<p>Thanks &amp; regards,<br>Tan Mei Ling</p>"))),
])

# c12: deviation permit on a supplier portal (HTML table)
case("c12_ie_deviation_portal", [], "deviation permit on a full-quantity production PO; no balance, no approval wording", [
    ("portal_DP-2024-031.html", html_page("Deviation Permit DP-2024-031", """
<h2>Supplier Portal - Deviation Permit DP-2024-031</h2>
<p>Buyer: Lough Derg Medical Ltd, Nenagh, Co. Tipperary &nbsp;|&nbsp; Supplier: Zhejiang Kangli Precision Moulding Co., Ltd.</p>
<table>
<tr><th>PO</th><th>Line</th><th>Part</th><th>PO quantity</th><th>Covered by this permit</th></tr>
<tr><td>4500091122</td><td>10</td><td>SY-10 plunger rod Rev G</td><td>300</td><td>300 (lot L2405)</td></tr>
</table>
<p>Nonconformance: gate vestige up to 0.3 mm against 0.2 mm maximum on drawing SY10-001 Rev G, cosmetic area only.</p>
<p>Decision: deviation granted for lot L2405 only, for the full PO quantity of 300 units. This PO is a full-quantity production order; no balance remains.
Future lots must meet drawing. Permit granted by Ciara Nolan, Supplier Quality Engineer, 14 May 2024.</p>
<p class="note">Attach DP-2024-031 to the DHR of lot L2405 and reference it on the CoC.</p>
""")),
])

# c13: identifiers that look like quantities; complete sample PO (PDF)
case("c13_ie_identifiers_po", [], "quantity-like identifiers (PN, DRG, ISO, tool, quote numbers); 12 samples, hold, FAI, named release", [
    ("PO_2500-1000.pdf", pdf([
        ("h1", "Purchase Order 2500-1000"),
        ("p", "Atlantic Orthopaedic Instruments Ltd, IDA Business Park, Castlebar, Co. Mayo, Ireland  |  02/05/2024"),
        ("p", "Supplier: Precision Surgical Components Sdn Bhd, Batu Kawan Industrial Park, Penang, Malaysia"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope"],
            ["1", "PN 3000-250-14 Rev D", "Ratchet pawl, 17-4PH H900, drawing DRG 8800-0100", "12", "FAI samples"],
        ]),
        ("sp",),
        ("p", "Active quantity: 12 pcs FAI samples only. Tool T-5000 and fixture FX-1200 are existing."),
        ("p", "The remaining 1,488 pcs of quote Q-5000 are not released. They can be released only after FAI sign-off, "
              "and only by a written release from Sean Gallagher, Supply Chain Manager."),
        ("p", "Requirements: passivation per ASTM A967; cleanliness per ISO 19227; packaging per ISO 11607-1:2019 where applicable. "
              "Inspection AQL per ISO 2859-1, level II. Certificates: EN 10204 3.1."),
        ("p", "Material authority: sample-only."),
        ("p", "Buyer: Orla Keane, orla.keane@atlanticortho.ie, +353 94 902 3300"),
    ], title="PO 2500-1000", author="Atlantic Orthopaedic")),
])


# ---------------------------------------------------------------- CLEAN 2
# c14: Teams export, Israeli buyer, scoped go-ahead
case("c14_il_teams_scoped", [], "Teams chat: 'go ahead with the 24 DV units only', rest not released until DV report + written release from named buyer", [
    ("Teams_export_TC12_DV.txt", chat([
        "Microsoft Teams - chat export",
        "Chat: Arava / Jinhe - TC-12 DV build",
        "Exported: 16/05/2024 18:04 (UTC+03:00)",
        "",
        "[14/05/2024 09:02] Zhou Lin (Suzhou Jinhe Medical): Good morning Yael, tooling T1 shots look ok, CMM report uploaded to SharePoint /TC12/T1",
        "[14/05/2024 09:05] Zhou Lin (Suzhou Jinhe Medical): we can mould DV units this week, pls confirm qty",
        "[14/05/2024 09:31] Yael Ben-Ami (Arava Surgical): Thanks Zhou, saw the report, cannula OD cpk 1.8 nice",
        "[14/05/2024 09:33] Yael Ben-Ami (Arava Surgical): go ahead with the 24 DV units only, per PO 4711-0352 line 1",
        "[14/05/2024 09:34] Yael Ben-Ami (Arava Surgical): the other 476 on your quote are not released. they wait until our DV report is signed, then I send you a written release. nothing before that",
        "[14/05/2024 09:36] Zhou Lin (Suzhou Jinhe Medical): understood, 24 pcs only, resin for 24 only",
        "[14/05/2024 09:36] Yael Ben-Ami (Arava Surgical): \U0001F44D",
        "[14/05/2024 11:10] Zhou Lin (Suzhou Jinhe Medical): DHR template for DV lot attached, pls check traveller fields",
        "[14/05/2024 11:52] Yael Ben-Ami (Arava Surgical): looks fine, add EO load ID field pls",
    ])),
])

# c15: supplier-portal PO page with line table; German buyer, Mexican CM
case("c15_de_portal_polines", [], "portal PO: line 10 samples released, line 20 not released pending FAI + written release by named buyer", [
    ("portal_PO_4500119870.html", html_page("PO 4500119870 - Supplier Portal", """
<h2>Rheintal Medizintechnik GmbH - Supplier Portal</h2>
<p>Purchase order <b>4500119870</b> &nbsp;|&nbsp; Supplier: Inyectados Medicos de Chihuahua S.A. de C.V. &nbsp;|&nbsp; Currency EUR</p>
<table>
<tr><th>Line</th><th>Material</th><th>Text</th><th>Qty</th><th>Production status</th></tr>
<tr><td>10</td><td>RM-5521 Rev B</td><td>Y-connector body, PC, FAI samples</td><td>20</td><td>released</td></tr>
<tr><td>20</td><td>RM-5521 Rev B</td><td>Y-connector body, PC, production</td><td>980</td><td>NOT RELEASED</td></tr>
</table>
<div class="note">
<p>Only line 10 (20 pcs) may be produced now. Line 20 (980 pcs) is not released: it stays on hold until the FAI of line 10 is signed off by
our Supplier Quality, and is then released only by a written release from Stefan Krueger, Leiter Einkauf.</p>
<p>Material authority: sample-only (line 10).</p>
</div>
<p>Delivery address: Rheintal Medizintechnik GmbH, Wareneingang Tor 3, Industriestr. 14, 79618 Rheinfelden. Incoterms FCA Chihuahua.</p>
<p>Last change: 06.05.2024 10:44 by S. Krueger</p>
""", lang="de")),
])

# c16: Japanese English sample order with number in words, multipart/alternative
_c16_text = txt("""
Dear Mr. O'Sullivan,

I hope this mail finds you well.

Please manufacture twelve (12) pieces of the distal tip TP-08 (Pebax 3533, radiopaque 30% BaSO4)
for our design verification. This PO 5100-7734 is for these twelve (12) pieces only.

The remaining quantity 3,000 pcs in your quotation is not released yet. When our design
verification is finished and signed off, Ms. Yuko Sato (General Manager, Procurement) will
send you the written release. Before that, please do not start production or buy material for it.

We are very sorry for the many conditions, and thank you for your understanding.

Best regards,
Daisuke Mori
Procurement Dept., Shinagawa Catheter Works Co., Ltd.
4-1-8 Konan, Minato-ku, Tokyo 108-0075  /  +81 3 5461 7702
""")
case("c16_jp_twelve_multipart", [], "Japanese-English sample PO: twelve (12) only, 3,000 not released until DV sign-off and named GM's written release", [
    ("PO_5100-7734_TP-08.eml", mail(
        "Daisuke Mori <d.mori@shinagawa-cw.co.jp>", "Cathal O'Sullivan <cosullivan@bandonextrusion.ie>",
        "PO 5100-7734 distal tip TP-08 - design verification samples", "Thu, 09 May 2024 11:30:00 +0900",
        _c16_text,
        html=html_page("PO 5100-7734", "<p>Dear Mr. O'Sullivan,</p><p>Please manufacture <b>twelve (12) pieces</b> of the distal tip TP-08 for our design verification. "
                       "This PO 5100-7734 is for these twelve (12) pieces only.</p><p>The remaining quantity 3,000 pcs in your quotation is "
                       "<b>not released</b> yet. When our design verification is finished and signed off, Ms. Yuko Sato (General Manager, Procurement) "
                       "will send you the written release. Before that, please do not start production or buy material for it.</p>"
                       "<p>Best regards,<br>Daisuke Mori</p>"),
        cc="Yuko Sato <y.sato@shinagawa-cw.co.jp>")),
])

# c17: German-English sample PO as DOCX with table, European number format
case("c17_de_sample_docx", [], "German buyer DOCX: 50 samples, 9.950 not released until sterilisation validation sign-off, written release by named head of purchasing", [
    ("Bestellung_4500112233.docx", docx_bytes([
        ("h1", "Purchase order 4500112233"),
        ("p", "Medivera GmbH, Am Weichselgarten 7, 91058 Erlangen  -  Datum: 03.05.2024"),
        ("p", "Supplier: Tipperary Sterile Packaging Ltd, Clonmel, Co. Tipperary, Ireland"),
        ("table", [
            ["Pos.", "Material", "Description", "Quantity", "Price EUR", "Scope"],
            ["10", "SBS-3040", "Sterile barrier pouch 300x400, Tyvek 1073B / PET-PE", "50 Stk", "2,10", "samples"],
        ]),
        ("sp",),
        ("p", "This order covers 50 pieces (fifty) samples for our sterilisation validation (EO, ISO 11135) and seal strength tests (ASTM F88)."),
        ("p", "The remaining quantity of 9.950 pieces from your offer TSP-2024-088 is not released. It may only be released after the "
              "sterilisation validation report has been signed off, and then only in writing by Mr. Markus Lehmann, Head of Purchasing."),
        ("p", "Material authority: samples only. Please confirm this order within 3 working days."),
        ("p", "Contact: Petra Schneider, Strategic Buyer, +49 9131 7788 214"),
    ], author="P. Schneider")),
])

# c18: multi-file bundle: sample PO + supplier quote; PO declares quote tiers informational
case("c18_us_po_plus_quote", [], "PO (25 samples) + quote with 5,000/10,000 tiers declared information only; hold, FAI, named release person", [
    ("PO_880144.pdf", pdf([
        ("h1", "PURCHASE ORDER 880144"),
        ("p", "Beacon Hill Medical Devices, Inc., 60 Guest St, Boston MA 02135  |  05/07/2024"),
        ("p", "Supplier: Dongguan Huarui Medical Plastics Co., Ltd., Chang'an Town, Dongguan, Guangdong, China"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Scope"],
            ["1", "BH-HSG-310 Rev A", "Handpiece housing, upper, PC/ABS", "25", "EA", "FAI samples"],
        ]),
        ("sp",),
        ("p", "This PO authorizes the 25 FAI samples only. The 5,000 and 10,000 quantities in the attached quote HR-Q-2404-17 "
              "are for information only and are not released."),
        ("p", "Production will be released only after FAI sign-off by our Supplier Quality team, and only by a written release "
              "from Megan Carter, Director of Supply Chain. Material authority: FAI samples only."),
        ("p", "Buyer: Kevin Doyle, kdoyle@beaconhillmed.com"),
    ], pagesize=LETTER, title="PO 880144", author="Beacon Hill Medical")),
    ("Quote_HR-Q-2404-17.pdf", pdf([
        ("h1", "QUOTATION HR-Q-2404-17"),
        ("p", "Dongguan Huarui Medical Plastics Co., Ltd.  -  Class 8 cleanroom moulding  -  ISO 13485"),
        ("p", "To: Beacon Hill Medical Devices, Inc., Attn. Kevin Doyle"),
        ("table", [
            ["Item", "Qty", "Unit price USD", "Remark"],
            ["BH-HSG-310 Rev A FAI samples", "25", "12.00", "incl. FAI report"],
            ["BH-HSG-310 Rev A production", "5,000", "0.96", "FOB Shenzhen"],
            ["BH-HSG-310 Rev A production", "10,000", "0.88", "FOB Shenzhen"],
        ]),
        ("sp",),
        ("p", "Tooling: 2-cavity, P20 steel, USD 14,500, 6 weeks. Validity 90 days. Contact: Grace Liu, Sales Manager."),
    ], title="Quote HR-Q-2404-17", author="Huarui")),
])

# c19: hospital group, full-quantity order email with PO attachment, annual usage labelled not an order
case("c19_us_hospital_fullqty", [], "hospital group full-quantity order (600 boxes) with proceed; annual usage figure labelled planning only", [
    ("PO_MLH-240511.eml", mail(
        "Denise Walker <dwalker@mercylakes.org>", "Ventas <ventas@empaquesmedicosbaja.mx>",
        "PO MLH-240511 - printed instrument pouches", "Mon, 13 May 2024 13:25:00 -0500",
        txt("""
Hi Sofia,

Attached is PO MLH-240511 for 600 boxes (200 pouches per box) of the custom-printed self-seal
instrument pouches, 3.5 x 9 in, with our central sterile processing logo and the SPD-3 indicator.
This is the complete order - please proceed with the full 600 boxes and ship to our Fenton
distribution center.

For your planning only: our system-wide usage is around 2,400 boxes a year. That is not an order
and nothing beyond the 600 boxes is covered.

Thanks so much,
Denise
""") + sig("Denise Walker", "Buyer, Supply Chain Services", "Mercy Lakes Health System", "+1 314 555 0199"),
        attachments=[("PO_MLH-240511.pdf", pdf([
            ("h1", "Mercy Lakes Health System - Purchase Order MLH-240511"),
            ("table", [["Line", "Item", "Description", "Qty", "UOM", "Price"],
                       ["1", "SP-3590-MLH", "Self-seal pouch 3.5x9 in, printed, 200/bx", "600", "BX", "USD 18.40"]]),
            ("p", "Ship to: Mercy Lakes DC, 1450 Larkin Williams Rd, Fenton MO 63026. Terms Net 60. Full quantity order."),
        ], pagesize=LETTER, title="PO MLH-240511", author="Mercy Lakes"), PDF_MT)])),
])

# c20: SAP printout, German surgical instruments buyer, production item blocked
case("c20_sap_blocked_item", [], "SAP PO printout: item 10 15 samples, item 20 not released until FAI + written release by named Einkaufsleiter", [
    ("ME9F_4500120455.txt", txt("""
TUTTLINGER CHIRURGIE-INSTRUMENTE GMBH          PURCHASE ORDER / BESTELLUNG            4500120455
Gaensaecker 21, 78532 Tuttlingen                                              Datum: 06.05.2024
Lieferant: 701144  SHANGHAI YONGXIN PRECISION METAL CO LTD, SONGJIANG, SHANGHAI
------------------------------------------------------------------------------------------------
Pos  Material          Kurztext                                   Menge  ME   Preis/EUR   Status
------------------------------------------------------------------------------------------------
00010 TCI-BL-0470      Jaw insert, needle holder, 1.4021, samples      15  ST       14,20   OPEN
00020 TCI-BL-0470      Jaw insert, needle holder, 1.4021, series    1.485  ST        2,35   BLOCKED
------------------------------------------------------------------------------------------------
Kopftext / header text:
Only item 00010 (15 pcs samples) may be manufactured now.
Item 00020 (1.485 pcs) is blocked and NOT RELEASED for production. It will be released only after
first article inspection (FAI) of item 00010 is signed off, and then only by written release from
Herr Thomas Maier, Einkaufsleiter. Material authority: samples only.
Drawing TCI-BL-0470 Index C, hardness 50-54 HRC, passivation per ASTM A967.
------------------------------------------------------------------------------------------------
Sachbearbeiter: K. Roth  Tel. +49 7461 9655 30                                       Seite 1/1
""")),
])

# c21: interim disposition with limits, EML with PDF attachment (Irish buyer, Chinese CM)
case("c21_ie_interim_disposition", [], "interim sign-off releases 200 until 30 Sep by named signer; 1,800 not released until full sign-off + written release", [
    ("Interim_disposition_CV-14.eml", mail(
        "Aoife Byrne <aoife.byrne@shannonvalvetech.ie>", "Wang Jun <wangjun@xmchengda-med.com>",
        "CV-14 check valve - interim disposition ID-2024-009", "Wed, 22 May 2024 15:48:00 +0100",
        txt("""
Hi Wang Jun,

Grand, thanks for turning the capability data around so quickly. Attached is our interim disposition
ID-2024-009 for the CV-14 check valve.

In short: under the interim disposition you may produce 200 units (two hundred), valid until
30 September 2024 or until full sign-off, whichever comes first. The remaining 1,800 units on
PO 4400-2290 are not released. They stay on hold until the cracking-pressure study is closed
and full sign-off is given, and then only a written release from me releases them.

Material authority stays at 200 units' worth.

Any questions, give me a shout.

Aoife
""") + sig("Aoife Byrne", "Supplier Development Lead", "Shannon ValveTech Ltd, Shannon, Co. Clare", "+353 61 470 220"),
        attachments=[("ID-2024-009.pdf", pdf([
            ("h1", "Interim disposition ID-2024-009"),
            ("table", [["Part", "PO", "Interim quantity", "Expiry", "Signed"],
                       ["CV-14 Rev C", "4400-2290", "200", "30 Sep 2024", "Aoife Byrne"]]),
            ("p", "Open item: cracking pressure Cpk 1.21 (target 1.33). Containment: 100% leak test. "
                  "Balance of 1,800 units not released until full sign-off and written release by Aoife Byrne."),
        ], title="ID-2024-009", author="Shannon ValveTech"), PDF_MT)])),
])

# c22: supplier status report (Malaysian English), material within sample-only authority
case("c22_my_status_report", [], "supplier status report: material bought for the 50 samples only per sample-only authority; restates hold", [
    ("Weekly_Status_WK21_CorribMed.pdf", pdf([
        ("h1", "Weekly Project Status - WK21"),
        ("p", "Penang Precision Moulding Sdn Bhd  ->  Corrib Medical Devices Ltd   |   Project: 10-4480 drip chamber"),
        ("table", [
            ["Item", "Status", "Remark"],
            ["T1 trial", "done 20/5", "short shot cavity 2 fixed, steel safe"],
            ["Samples 50 pcs", "in moulding", "ship by DHL 29/5"],
            ["Resin Tritan MX731", "bought 6 kg", "enough for 50 pcs + purge only (sample-only material authority)"],
            ["Production qty", "not released", "waiting your written release (Ms. Niamh Doyle) after sample sign-off"],
        ]),
        ("sp",),
        ("p", "Remarks: We have not bought any production material and will not do so before the written release. "
              "Validation protocol IQ done, OQ planned WK23 pending your review of the DOE matrix."),
        ("p", "Prepared by: Lim Boon Keat, Project Engineer. Please revert if any query."),
    ], title="Status WK21", author="PPM")),
])

# c23: stop notice (Israeli buyer)
case("c23_il_stop_notice", [], "stop notice: released 100 stands, 900 not released; stop lifted only in writing by named director after CAPA, then separate release", [
    ("STOP_PO_4711-0410.eml", mail(
        "Noa Peretz <noa.peretz@aravasurgical.co.il>", "Zhang Wei <zhangwei@jinhe-med.cn>",
        "STOP - PO 4711-0410 seal housing SH-5", "Sun, 19 May 2024 08:05:00 +0300",
        txt("""
Zhang Wei, shalom,

Effective immediately there is a stop on PO 4711-0410 (seal housing SH-5). Nothing more may start,
released or not, until the stop is lifted.

Status for clarity:
- Released quantity stays 100 units; these are built already, please quarantine them.
- Balance 900 units: not released.

The stop will be lifted only by written notice from me after CAPA-2024-017 (flash on sealing lip)
is closed. Even then the 900 units need a separate written release from me before anything runs.

Please confirm receipt today.

Noa Peretz
Director Supply Chain | Arava Surgical Ltd. | +972 4 626 1180
"""))),
])

# c24: WhatsApp export, Israeli buyer answers supplier question with 'do not start the rest'
case("c24_il_whatsapp_no_rest", [], "WhatsApp: buyer answers 'do not start the rest', only 30 samples, 1,470 held until sterilization report + written release by named buyer", [
    ("WhatsApp Chat with Eitan Levi.txt", chat([
        "16/05/2024, 10:14 - Kevin Huang (Shenzhen Tianyi): Hi Eitan, 30 pcs samples finish moulding today",
        "16/05/2024, 10:15 - Kevin Huang (Shenzhen Tianyi): machine is free next week, we can start the rest?",
        "16/05/2024, 10:41 - Eitan Levi: Hi Kevin, great news on the samples",
        "16/05/2024, 10:42 - Eitan Levi: No, do not start the rest. Only the 30 samples",
        "16/05/2024, 10:44 - Eitan Levi: The other 1,470 are not released until our sterilization validation report is signed. Then I send you the written release. Not before",
        "16/05/2024, 10:45 - Kevin Huang (Shenzhen Tianyi): ok understand, we keep the machine for other customer",
        "16/05/2024, 10:45 - Kevin Huang (Shenzhen Tianyi): samples ship Monday by FedEx, AWB will send",
        "16/05/2024, 10:46 - Eitan Levi: Thanks! Todah",
    ])),
])

# c25: multi-file: release letter PDF + supplier acknowledgement TXT, consistent quantities
case("c25_ie_release_and_ack", [], "release letter R-3 (2,000) and supplier ack agree; remaining 3,000 not released until launch review + named release", [
    ("Release_R-3_PO_4400-2301.pdf", pdf([
        ("h1", "Production release R-3"),
        ("p", "Shannon ValveTech Ltd -> Tecnoplast Medica S.A., Coyol, Costa Rica   |   PO 4400-2301, part CV-20 Rev B   |   10 May 2024"),
        ("table", [
            ["Release", "Quantity", "Basis", "Signed"],
            ["R-1", "50", "samples", "A. Byrne"],
            ["R-2", "500", "after PQ sign-off", "A. Byrne"],
            ["R-3 (this letter)", "2,000", "after launch build review", "A. Byrne"],
            ["Not released", "3,000", "-", "-"],
        ]),
        ("sp",),
        ("p", "This letter releases 2,000 units (R-3). The remaining 3,000 units of PO 4400-2301 are not released; they need "
              "the next written release from Aoife Byrne, Supplier Development Lead, after the Q3 demand review."),
    ], title="Release R-3", author="Shannon ValveTech")),
    ("Acuse_R-3.txt", txt("""
De: Andrea Solis Vargas <asolis@tecnoplastmedica.cr>
Para: Aoife Byrne <aoife.byrne@shannonvalvetech.ie>
Fecha: 13 mayo 2024 09:20 -0600
Asunto: Acuse de recibo - release R-3 / PO 4400-2301

Hola Aoife,

We acknowledge your release R-3 for 2,000 units of CV-20 Rev B. We will schedule these 2,000 in
weeks 22-24. We note the remaining 3,000 units are not released and we will wait for your next
written release after the Q3 demand review.

Saludos cordiales,
Andrea Solis Vargas
Tecnoplast Medica S.A.
""")),
])


# ---------------------------------------------------------------- POSITIVE 1: absence rules, RG001, RG002
# p01: multi-file: bare FAI PO + quote with production tier
case("p01_us_bare_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 30 FAI samples 'per attached quote'; quote shows 5,000 production tier unlabelled; no hold, no unlock event, nobody named", [
    ("PO_SD-24-0877.pdf", pdf([
        ("h1", "PURCHASE ORDER SD-24-0877"),
        ("p", "Pacific Crest Surgical, Inc.  |  9855 Towne Centre Dr, San Diego CA 92121  |  05/03/2024"),
        ("p", "Supplier: Xiamen Chengda Medical Products Co., Ltd., Haicang District, Xiamen, Fujian"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Need by"],
            ["1", "PCS-TRG-118 Rev B", "Trigger, stapler handle, glass-filled nylon, FAI samples", "30", "9.50", "06/14/2024"],
        ]),
        ("sp",),
        ("p", "Pricing and tooling per attached quotation XC-Q-24-0311. Tool ownership: Pacific Crest."),
        ("p", "Quality: FAI per our SQM-07, full dimensional layout of 5 pcs, material certs, CoC. Ship DDP San Diego."),
        ("p", "Buyer: Jason Whitfield, jwhitfield@pacificcrestsurgical.com, +1 858 555 0131"),
    ], pagesize=LETTER, title="PO SD-24-0877", author="Pacific Crest Surgical")),
    ("XC-Q-24-0311.pdf", pdf([
        ("h1", "Quotation XC-Q-24-0311"),
        ("p", "Xiamen Chengda Medical Products Co., Ltd. - to Pacific Crest Surgical, Inc."),
        ("table", [
            ["Description", "Qty", "Unit price USD"],
            ["PCS-TRG-118 Rev B FAI samples", "30", "9.50"],
            ["PCS-TRG-118 Rev B production", "5,000", "0.74"],
            ["Tooling, 4-cavity, S136 hardened", "1 set", "18,200.00"],
        ]),
        ("p", "Lead time production 5 weeks after tooling. Payment: tooling 50/50, parts T/T 30 days."),
    ], title="Quotation XC-Q-24-0311", author="Chengda")),
])

# p02: Irish buyer, bare sample request by email
case("p02_ie_bare_sample_email", ["RG003", "RG004", "RG005"],
     "Irish buyer orders 40 validation pouches; never says the balance is not released, names no unlock event and no release authority", [
    ("PO_4400-2298_pouches.eml", mail(
        "Ciaran Gallagher <ciaran.gallagher@loughdergmed.ie>", "Wei Zhang <zhangwei@nbhengtai.cn>",
        "PO 4400-2298 - SP-220 pouches for sterilisation validation", "Tue, 07 May 2024 12:10:00 +0100",
        txt("""
Hi Wei,

Hope all's well in Ningbo. As discussed on the call on Friday, PO 4400-2298 is attached - could you
make 40 of the SP-220 pouches (Tyvek 1073B lid, 2 mm chevron seal) for our sterilisation
validation? We need them here by 31 May for the half-cycle runs.

Seal width and peel strength per spec SPC-220 rev 3 please, and put the seal parameters on the CoC.

Cheers,
Ciaran
""") + sig("Ciaran Gallagher", "Purchasing Specialist", "Lough Derg Medical Ltd, Nenagh, Co. Tipperary", "+353 67 440 210"),
        attachments=[("PO_4400-2298.txt", txt("""
LOUGH DERG MEDICAL LTD        PURCHASE ORDER 4400-2298        07-MAY-2024
SUPPLIER: NINGBO HENGTAI PACKAGING CO LTD
LINE 1  SP-220  STERILE PEEL POUCH 150X250 TYVEK/PET-PE   QTY 40 EA   EUR 1.90   DUE 31-MAY-2024
TERMS: NET 30   INCOTERMS: DAP NENAGH
"""), "text/plain")])),
])

# p03: WhatsApp, US buyer and Mexican CM, 10 samples, quote's 2k mentioned as if current
case("p03_mx_whatsapp_2k", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer asks for 10 samples and mentions the quote's 2k launch build with no 'not released'; no hold, event or release person", [
    ("WhatsApp Chat with Rodrigo Plasmed.txt", chat([
        "5/8/24, 7:52 AM - Brian Kowalski: morning Rodrigo! PO 55-2291 went out last night",
        "5/8/24, 7:53 AM - Brian Kowalski: pls make the 10 samples of the trigger housing TH-40, same resin as the proto (Makrolon 2458)",
        "5/8/24, 7:54 AM - Brian Kowalski: quote shows 2k for the launch build, price looks fine to us",
        "5/8/24, 8:20 AM - Rodrigo Paz (Plasmed Juarez): buenos dias Brian! received, thanks",
        "5/8/24, 8:21 AM - Rodrigo Paz (Plasmed Juarez): samples ready in 2 weeks, we send with full CMM",
        "5/8/24, 8:22 AM - Brian Kowalski: perfect, ship to El Paso warehouse as usual",
    ])),
])

# p04: Japanese buyer, evaluation pieces, multipart/alternative
case("p04_jp_eval_pieces", ["RG003", "RG004", "RG005"],
     "Japanese-English request for 12 evaluation pieces; nothing on balance, unlock event or release person", [
    ("Request_evaluation_pieces_IH-3.eml", mail(
        "Takeshi Yamamoto <t.yamamoto@kyoto-endo.co.jp>", "Chong Wai Kit <waikit.chong@kulimprecision.com.my>",
        "PO 6600-1182 / IH-3 insulation hub - evaluation pieces", "Fri, 10 May 2024 17:45:00 +0900",
        txt("""
Dear Mr. Chong,

Thank you very much for your quotation and the kind explanation at the web meeting.

We have issued PO 6600-1182. Please produce 12 pieces of the insulation hub IH-3 (PEEK, drawing
IH3-001 Rev A) for evaluation. We would like to receive them before end of June, if possible.

Please attach the inspection data of all 12 pieces and the material certificate.

Thank you for your cooperation.

Best regards,
Takeshi Yamamoto
Purchasing Section, Kyoto Endoscopy Co., Ltd.
"""),
        html=html_page("PO 6600-1182", "<p>Dear Mr. Chong,</p><p>We have issued PO 6600-1182. Please produce <b>12 pieces</b> of the insulation hub IH-3 "
                       "(PEEK, drawing IH3-001 Rev A) for evaluation.</p><p>Please attach the inspection data of all 12 pieces and the material certificate.</p>"
                       "<p>Best regards,<br>Takeshi Yamamoto</p>"))),
])

# p05: hospital group blanket release, Oracle printout
case("p05_us_blanket_release", ["RG001", "RG003", "RG004", "RG005"],
     "Oracle blanket release of 200 against a 1,000 agreement; 1,000 unlabelled, balance never said not released, no event, no named authority", [
    ("BLANKET_RELEASE_BPA-22041_R3.txt", txt("""
MERCY LAKES HEALTH SYSTEM                ORACLE PURCHASING - BLANKET RELEASE              PAGE 1 OF 1
--------------------------------------------------------------------------------------------------
AGREEMENT: BPA-22041           RELEASE NO: 3        RELEASE DATE: 14-MAY-2024      REV: 0
SUPPLIER : 88120 EMPAQUES MEDICOS DE BAJA SA DE CV, MEXICALI BC, MEXICO
BUYER    : WALKER, DENISE
--------------------------------------------------------------------------------------------------
AGREEMENT LINE 1: KIT-LAP-07 CUSTOM LAPAROSCOPY PACK, STERILE, CS/4     AGREED QTY: 1,000 CS
--------------------------------------------------------------------------------------------------
SHIP  ITEM          DESCRIPTION                           QTY   UOM   PRICE USD   PROMISED
1     KIT-LAP-07    CUSTOM LAPAROSCOPY PACK, STERILE      200   CS    212.00      10-JUN-2024
--------------------------------------------------------------------------------------------------
NOTES TO SUPPLIER:
PLEASE SHIP TO FENTON DC DOCK 4. EO STERILIZATION CERT AND LOT LIST WITH EACH SHIPMENT.
COMPONENT LIST PER BOM KIT-LAP-07 REV 5 (REF. DRAPE 7700, GOWN L, TROCAR 12 MM X2).
--------------------------------------------------------------------------------------------------
TOTAL THIS RELEASE: USD 42,400.00
"""))
])

# p06: hold 'until further notice' with a named person but no event
case("p06_jp_until_further_notice", ["RG004"],
     "balance 1,980 'on hold until further notice'; named person may lift it but no unlock event is named", [
    ("PO_KT-24-0512.pdf", pdf([
        ("h1", "PURCHASE ORDER KT-24-0512"),
        ("p", "Kitayama Medical Corporation, 3-15 Karasuma-dori, Shimogyo-ku, Kyoto 600-8411, Japan  |  2024/05/12"),
        ("p", "Supplier: Ballina Moulding Technologies Ltd, Ballina, Co. Mayo, Ireland"),
        ("table", [
            ["No.", "Part No.", "Description", "Quantity", "Unit price JPY"],
            ["1", "KM-SH-0093 Rev 2", "Sheath hub, PP, sample", "20", "2,400"],
        ]),
        ("sp",),
        ("p", "Only the 20 pieces of sample are ordered to manufacture now. The balance 1,980 pieces of your quotation "
              "BMT-Q-1145 is not released; it is on hold until further notice."),
        ("p", "Mr. Kenji Sato, Director of Purchasing, is the only person who may lift this hold."),
        ("p", "Please do not buy material for the balance. Delivery: DAP Kyoto by air."),
        ("p", "Issued by: Emi Fujita, Purchasing Dept."),
    ], title="PO KT-24-0512", author="Kitayama Medical")),
])

# p07: German buyer, 'internal approval' with no named person
case("p07_de_internal_approval", ["RG005"],
     "balance not released until sterilisation validation sign-off and 'our internal approval'; nobody named who may release", [
    ("Bestellung_4500121877.eml", mail(
        "Petra Schneider <p.schneider@medivera.de>", "Aine Moran <amoran@clonmelsterile.ie>",
        "Order 4500121877 - 50 sample trays TR-88", "Thu, 16 May 2024 09:12:00 +0200",
        txt("""
Dear Ms. Moran,

please find attached our order 4500121877 for 50 pieces (fifty) sample thermoformed trays TR-88
(PETG 0,75 mm) for the sterilisation validation and transport simulation (ISTA 3A).

The remaining 4.950 pieces of your offer CSP-24-031 are not released. They will be released only after
the sterilisation validation has been signed off and after our internal approval in the company.

Please confirm the delivery date for the 50 samples (we need them latest KW 24).

Mit freundlichen Gruessen / Best regards
Petra Schneider
Strategic Buyer, Medivera GmbH, Erlangen
Tel. +49 9131 7788 214
""")))
])

# p10: RG002 in an email thread; complete scope quoted below
case("p10_my_gate_question_approved", ["RG002"],
     "buyer answers a supplier question with bare 'Approved, go ahead.'; quoted buyer scope otherwise complete", [
    ("RE_RE_PO_4400-2315_gate.eml", mail(
        "Aoife Byrne <aoife.byrne@shannonvalvetech.ie>", "Lim Boon Keat <bklim@ppm.com.my>",
        "RE: RE: PO 4400-2315 spike housing - gate location", "Mon, 20 May 2024 14:05:00 +0100",
        txt("""
Approved, go ahead.

Thanks Boon Keat.

Aoife

> From: Lim Boon Keat <bklim@ppm.com.my>
> Sent: Monday 20 May 2024 08:31
> Subject: RE: PO 4400-2315 spike housing - gate location
>
> Dear Aoife,
> Our mould flow shows a weld line near the spike root. We propose to move the gate 3 mm towards
> the flange (steel-safe change, 2 days). Please advise.
> Regards, Boon Keat
>
>> From: Aoife Byrne
>> Sent: Friday 10 May 2024 16:20
>> Subject: PO 4400-2315 spike housing
>>
>> Hi Boon Keat, PO 4400-2315 is for 30 samples of the IV spike housing SH-31 only.
>> The balance of 2,970 is not released; after sample sign-off I will send a written release.
>> Aoife Byrne, Supplier Development Lead
"""))),
])

# p11: Teams, green light on artwork; complete scope earlier in chat
case("p11_us_teams_greenlight", ["RG002"],
     "Teams chat: 'Green light from our side' on a label proof, naming neither sample-only nor a quantity; scope complete earlier in chat", [
    ("Teams_chat_PouchLabel.txt", chat([
        "Microsoft Teams - chat export",
        "Chat: Beacon Hill <> Huarui - pouch label BH-LBL-22",
        "",
        "[5/6/2024 8:14 AM] Kevin Doyle (Beacon Hill Medical): Hi Grace, PO 880161 is for the 20 sample pouches with the new label only. The 1,980 balance is not released - Megan Carter will send the written release once we sign off the samples.",
        "[5/6/2024 8:40 AM] Grace Liu (Huarui): Noted Kevin, thanks. Artwork proof v2 coming",
        "[5/9/2024 9:03 PM] Grace Liu (Huarui): proof v3 uploaded, UDI barcode moved 2 mm right, font Helvetica 7pt per your comment",
        "[5/10/2024 7:51 AM] Kevin Doyle (Beacon Hill Medical): Looks good. Green light from our side \U0001F7E2",
        "[5/10/2024 7:52 AM] Grace Liu (Huarui): thank you!",
    ])),
])

# p12: WhatsApp: 'good to run' on a sterilization question + supplier bought resin for whole lot
case("p12_mx_whatsapp_goodtorun_resin", ["RG002", "RG006"],
     "chat: buyer's bare 'good to run'; supplier then says resin for the whole 1,000 lot is already bought against sample-only authority", [
    ("WhatsApp Chat with Ing. Paola Rivas.txt", chat([
        "13/05/24, 09:10 - Megan Carter: Hola Paola. Confirming PO 880170: 25 samples of the irrigation tip IT-6 only. Material authority sample-only. The other 975 are not released until FAI sign-off and a written release from me",
        "13/05/24, 09:25 - Ing. Paola Rivas: Recibido Megan, 25 piezas",
        "15/05/24, 16:02 - Ing. Paola Rivas: Megan, our EO contractor in Tijuana changed the preconditioning to 45 min, same cycle otherwise. Ok for us?",
        "15/05/24, 16:30 - Megan Carter: Si, good to run \U0001F44D",
        "15/05/24, 16:31 - Ing. Paola Rivas: perfecto",
        "15/05/24, 16:33 - Ing. Paola Rivas: por cierto ya compramos la resina para todo el lote de 1,000 pzas, to lock the price before July increase",
        "15/05/24, 16:40 - Megan Carter: ok, let's talk tomorrow",
    ])),
])

# p13: portal page: 'APPROVED - proceed' banner, sample quantity never stated
case("p13_de_portal_approved_noqty", ["RG002", "RG010"],
     "portal banner 'APPROVED - proceed' without scope; sample line has no quantity anywhere; hold, FAI event and named releaser present", [
    ("portal_order_4500123301.html", html_page("Order 4500123301", """
<h2>Rheintal Medizintechnik GmbH - Supplier Portal</h2>
<p style="background:#d8f5d0;border:1px solid #6a6;padding:6px"><b>Status: APPROVED &ndash; proceed</b></p>
<p>Order <b>4500123301</b> &nbsp;|&nbsp; Supplier: Precision Surgical Components Sdn Bhd, Penang</p>
<table>
<tr><th>Item</th><th>Material</th><th>Text</th><th>Qty</th><th>Remark</th></tr>
<tr><td>10</td><td>RM-7710 Rev A</td><td>Trocar seal retainer, FAI parts</td><td>per FAI plan</td><td>sample</td></tr>
<tr><td>20</td><td>RM-7710 Rev A</td><td>Trocar seal retainer, series</td><td>-</td><td>not released</td></tr>
</table>
<div class="note">Series quantity (item 20) is not released. It will be released only after FAI sign-off, by written release from Stefan Krueger, Leiter Einkauf.</div>
<p>Documents: drawing RM-7710 Rev A, FAI plan FP-7710 (CTQ list), packaging spec PK-12.</p>
""")),
])

# p14: deposit paid, so go ahead
case("p14_us_deposit_goahead", ["RG002", "RG012"],
     "buyer: 'deposit wired this morning, so go ahead!' - payment treated as authority and an unscoped go-ahead; scope quoted below", [
    ("RE_PO_880190_deposit.eml", mail(
        "Jason Whitfield <jwhitfield@pacificcrestsurgical.com>", "Lily Chen <lchen@xmchengda-med.com>",
        "RE: PO 880190 - proforma / deposit", "Wed, 15 May 2024 10:02:00 -0700",
        txt("""
Hi Lily,

The 40% deposit on PO 880190 was wired this morning (ref. WF-0515-7731), so go ahead!

Let me know when the tool is in T1.

Jason

On Tue, May 14, 2024 at 9:15 PM Lily Chen <lchen@xmchengda-med.com> wrote:
> Dear Jason, attached proforma PI-24-0514 for the deposit. Once received we arrange.
> Lily
>
> On Mon, May 13, 2024 Jason Whitfield wrote:
>> Lily - PO 880190 covers 20 FAI samples of the jaw lever JL-9 only. The 4,980 balance in your
>> quote is not released; after FAI sign-off our Director of Supply Chain, Megan Carter, will
>> issue a written release. Material: sample-only.
""") + sig("Jason Whitfield", "Senior Buyer", "Pacific Crest Surgical, Inc.", "+1 858 555 0131"))),
])


# ---------------------------------------------------------------- POSITIVE 2: RG009, RG008, RG006
# p15: quality agreement mixes 'approval' for supplier qualification, samples and production
case("p15_ie_qa_approval_mixed", ["RG009"],
     "DOCX: 'approval' means supplier qualification, sample acceptance and production release in one document", [
    ("Supply_Quality_Agreement_SQA-031.docx", docx_bytes([
        ("h1", "Supply Quality Agreement SQA-031 (extract)"),
        ("p", "Parties: Atlantic Orthopaedic Instruments Ltd (Castlebar, Ireland) and Tecnoplast Medica S.A. (Coyol, Costa Rica)."),
        ("h", "4. Approvals"),
        ("num", "Supplier approval: Tecnoplast Medica is approved on the Atlantic ASL (ref. ASL-2024-17) for moulded components, class 7 cleanroom."),
        ("num", "Sample approval: the 40 sample units of handle insert HI-220 (PO 2500-1044) require approval by Atlantic Supplier Quality against drawing HI220-001 Rev C."),
        ("num", "Production approval: the balance of 3,960 units is not released. Production approval for the balance will be given in writing by Fiona Walsh, Operations Director, after sample approval."),
        ("h", "5. Change control"),
        ("p", "Any change of resin grade, colourant, mould, cavity or process window needs a change notice 60 days in advance and a new approval."),
        ("table", [
            ["Item", "Quantity", "Owner"],
            ["Sample units", "40", "Atlantic SQ"],
            ["Balance", "3,960 (not released)", "Fiona Walsh"],
        ]),
    ], author="Atlantic Orthopaedic")),
])

# p16: 'released' for QA lot release and for production release
case("p16_us_lot_release_vs_production", ["RG009"],
     "email uses 'released' for QA lot release after sterility testing and for production release of the balance", [
    ("RE_PQ_lot_24-118.eml", mail(
        "Priya Raman <praman@granitestatecardio.com>", "Declan Murphy <dmurphy@corkmicromould.ie>",
        "RE: PQ lot 24-118 shipment", "Tue, 28 May 2024 11:20:00 -0400",
        txt("""
Hi Declan,

Good news: lot 24-118 (the 50 PQ units of the valve introducer VI-7) was released by our QA on
Friday after the sterility test and bioburden results came back. Thanks for the clean DHR.

The remaining 1,950 units on PO 4600-5512 are not released yet. Production release of those will
come in writing from Dr. Anil Patel, VP Operations, once he signs the PQ report (target 7 June).

Could you send the resin lot certificates for lot 24-118 again? The scan was cut off.

Best,
Priya
""") + sig("Priya Raman", "Supplier Quality Engineer", "Granite State Cardio, Inc., Nashua NH", "+1 603 555 0177"),
        html=html_page("RE: PQ lot 24-118", "<p>Hi Declan,</p><p>Good news: lot 24-118 (the 50 PQ units of the valve introducer VI-7) was released by our QA on Friday "
                       "after the sterility test and bioburden results came back.</p><p>The remaining 1,950 units on PO 4600-5512 are not released yet. "
                       "Production release of those will come in writing from Dr. Anil Patel, VP Operations, once he signs the PQ report (target 7 June).</p>"
                       "<p>Best,<br>Priya</p>"))),
])

# p17: SAP PO printout: PO 'release strategy' (commercial) and production release on one page
case("p17_sap_release_strategy", ["RG009"],
     "SAP printout: 'released' for the PO's finance release strategy and for production release of the series item", [
    ("ME23N_4500124410.txt", txt("""
CORRIB MEDICAL DEVICES LTD                  PURCHASE ORDER 4500124410                     PAGE 1
Vendor: 300912 SUZHOU JINHE MEDICAL TECHNOLOGY CO LTD                         Date: 13.05.2024
--------------------------------------------------------------------------------------------------
RELEASE STRATEGY : Z2 (Finance)        RELEASE INDICATOR: R - RELEASED 13.05.2024 09:41 FIN02
--------------------------------------------------------------------------------------------------
Item  Material     Short text                                  Qty      Un   Net price EUR
00010 10-5520-01   Drip chamber, Tritan, PQ samples              60      EA        3,80
00020 10-5520-01   Drip chamber, Tritan, series               5.940      EA        0,41
--------------------------------------------------------------------------------------------------
Header text:
Item 00010 (60 EA) is released for production now.
Item 00020 (5.940 EA) is NOT released for production. Production release of item 00020 only by
written release from Niamh Doyle, Materials Planner, after PQ sign-off.
Material authority: item 00010 only.
--------------------------------------------------------------------------------------------------
Created by: NDOYLE
""")),
])

# p19: PDF PO with 'Approved by' (commercial), sample approval (technical), production approval (release)
case("p19_il_po_approved_by", ["RG009"],
     "PDF PO uses 'approved/approval' for the PO signature, for sample acceptance and for production release", [
    ("PO_4711-0388.pdf", pdf([
        ("h1", "PURCHASE ORDER 4711-0388"),
        ("p", "Arava Surgical Ltd., 4 Haeshel St., Caesarea Business Park 3088900, Israel  |  15/05/2024"),
        ("p", "Vendor: Shenzhen Tianyi Precision Medical Co., Ltd., Bao'an, Shenzhen"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Price USD"],
            ["1", "AR-CL-15 Rev B", "Clip applier jaw, 420 SS, samples", "25", "16.00"],
        ]),
        ("sp",),
        ("p", "Sample approval by Arava QA is required. The balance of 2,475 pcs per quotation TY-24-088 is not released; "
              "production approval for it will be given in writing by Eitan Levi, Procurement Manager, after sample approval."),
        ("p", "Material authority: samples only. Passivation per ASTM A967, laser mark per AR-LM-02."),
        ("p", "Approved by: Noa Peretz, Director Supply Chain (PO approval 15/05/2024)"),
    ], title="PO 4711-0388", author="Arava Surgical")),
])

# p20: buyer writes the FY25 forecast as a commitment
case("p20_ie_forecast_commitment", ["RG008"],
     "buyer email turns the FY25 forecast of 48,000 into 'our commitment ... consider it ordered'", [
    ("FY25_volumes_CV-14.eml", mail(
        "Aoife Byrne <aoife.byrne@shannonvalvetech.ie>", "Wang Jun <wangjun@xmchengda-med.com>",
        "FY25 volumes CV-14", "Thu, 30 May 2024 17:05:00 +0100",
        txt("""
Hi Wang Jun,

Following the business review last week, here's where we landed for next year.

Our FY25 forecast for the CV-14 check valve is 48,000 units. You can take that as our commitment -
consider it ordered - so please reserve the moulding capacity on the 16-cavity tool for it.
Quarterly split is roughly even, maybe a bit heavier in Q2 for the US launch.

We'll keep sending the monthly call-offs through the portal as usual.

Thanks again for hosting us in Xiamen, the cleanroom tour was very useful.

Aoife
""") + sig("Aoife Byrne", "Supplier Development Lead", "Shannon ValveTech Ltd", "+353 61 470 220"))),
])

# p21: supplier ack turns a forecast into an order and reads PO acceptance as production authority
case("p21_cn_ack_forecast_acceptance", ["RG008", "RG012"],
     "supplier ack calls the FY2025 forecast 'your order of 120,000' and treats its signed PO acceptance as production authority", [
    ("Order_confirmation_HT-OC-24-219.eml", mail(
        "Lily Chen <sales@ningbo-hengtai-pack.cn>", "Kenji Watanabe <k.watanabe@kansai-medical.co.jp>",
        "Order confirmation HT-OC-24-219 / SP-150", "Mon, 03 Jun 2024 09:30:00 +0800",
        txt("""
Dear Mr. Watanabe,

Thank you very much for your order of 120,000 pcs sterile pouch SP-150 (your FY2025 forecast).

We have signed and returned the PO acceptance today, so production is authorized from our side and
we will start the printing and pouch making in June to secure your supply.

Please find our order confirmation HT-OC-24-219 attached. Price USD 0.071/pc, FOB Ningbo.

Best regards
Lily Chen
Sales Dept., Ningbo Hengtai Packaging Co., Ltd.
"""),
        attachments=[("HT-OC-24-219.html", html_page("Order confirmation HT-OC-24-219", """
<h3>Ningbo Hengtai Packaging Co., Ltd. - Order Confirmation HT-OC-24-219</h3>
<p>Customer: Kansai Medical Devices Co., Ltd., Osaka &nbsp;|&nbsp; Date: 2024-06-03</p>
<table>
<tr><th>Item</th><th>Description</th><th>Order qty</th><th>Unit price</th><th>Remark</th></tr>
<tr><td>SP-150</td><td>Sterile peel pouch, medical paper / PET-PE</td><td>120,000 pcs</td><td>USD 0.071</td><td>FY2025 forecast quantity</td></tr>
</table>
<p>Delivery: monthly lots of 10,000 pcs from July 2024, FOB Ningbo.</p>
"""), "text/html")])),
])

# p22: Oracle planning schedule: forecast lines typed FIRM
case("p22_oracle_forecast_firm", ["RG008"],
     "planning schedule headed FORECAST but every forecast bucket typed 'FIRM - COMMITTED'", [
    ("SUPPLIER_SCHEDULE_PCS_0601.txt", txt("""
PACIFIC CREST SURGICAL INC               ORACLE EBS - SUPPLIER SCHEDULE (FORECAST)         PAGE 1
REPORT: PO_SUPPLY_FCST   RUN 06/01/2024 05:30                        ORG: SDG (SAN DIEGO CA)
------------------------------------------------------------------------------------------------
SUPPLIER : 51207 XIAMEN CHENGDA MEDICAL PRODUCTS CO LTD
ITEM     : PCS-TRG-118 REV B  TRIGGER, STAPLER HANDLE, PA6 GF30                       UOM: EA
------------------------------------------------------------------------------------------------
BUCKET        START       END          FCST QTY    TYPE
------------------------------------------------------------------------------------------------
MONTH         08/01/24    08/31/24        4,000    FIRM - COMMITTED
MONTH         09/01/24    09/30/24        4,000    FIRM - COMMITTED
QUARTER       10/01/24    12/31/24       12,000    FIRM - COMMITTED
------------------------------------------------------------------------------------------------
TOTAL HORIZON                            20,000
------------------------------------------------------------------------------------------------
COMMENTS: FORECAST QUANTITIES ABOVE ARE COMMITTED VOLUMES. PLEASE PLAN ACCORDINGLY.
CONTACT: J. WHITFIELD, SOURCING
*** END OF REPORT ***
""")),
])

# p23: WhatsApp, Malaysian supplier confirms a labelled forecast as PO quantity
case("p23_my_whatsapp_forecast_po", ["RG008"],
     "chat: buyer shares Q3 forecast labelled not a PO; supplier 'confirm as your PO qty' and books capacity", [
    ("WhatsApp Chat with Chong Wai Kit.txt", chat([
        "20/05/2024, 14:02 - Takeshi Yamamoto: Chong-san, sharing our Q3 forecast for IH-3 hub: about 20,000 pcs. forecast only, not PO yet",
        "20/05/2024, 14:03 - Takeshi Yamamoto: file is in the shared folder, sheet 'Q3 FCST'",
        "20/05/2024, 14:30 - Chong Wai Kit: Noted Yamamoto-san, thank you",
        "20/05/2024, 14:31 - Chong Wai Kit: We confirm the 20k as your PO qty for Q3 and book the capacity on machine 7 lah",
        "20/05/2024, 14:31 - Chong Wai Kit: will send OC tomorrow",
        "20/05/2024, 15:10 - Takeshi Yamamoto: Thank you for quick reply",
    ])),
])

# p24: hospital group letter confirms an estimated-usage forecast as an order
case("p24_us_hospital_commit_letter", ["RG008"],
     "hospital group letter: 2025 estimated usage (forecast, subject to change) 'confirmed as our order' for 3,600 cases", [
    ("Annual_volume_letter_2025.html", html_page("Mercy Lakes Health System - 2025 Volume Letter", """
<h2>Mercy Lakes Health System - 2025 Volume Letter</h2>
<p>To: Empaques Medicos de Baja S.A. de C.V., Mexicali &nbsp;|&nbsp; From: Supply Chain Services, St. Louis MO &nbsp;|&nbsp; June 3, 2024</p>
<p>Item: KIT-LAP-07 custom laparoscopy pack, sterile (BOM rev 5).</p>
<table>
<tr><th>Quarter 2025</th><th>Estimated usage (forecast), cases</th></tr>
<tr><td>Q1</td><td>900</td></tr><tr><td>Q2</td><td>900</td></tr><tr><td>Q3</td><td>900</td></tr><tr><td>Q4</td><td>900</td></tr>
<tr><td><b>Total</b></td><td><b>3,600</b></td></tr>
</table>
<p>The figures above are our estimated usage for 2025 and remain subject to change with surgical volumes.
We hereby confirm this forecast of 3,600 cases as our order for calendar year 2025.</p>
<p>Please direct questions to Denise Walker, Buyer, +1 314 555 0199.</p>
""")),
])

# p25: Costa Rican CM already bought tubing for the full run (quoted buyer scope complete)
case("p25_cr_tubing_full_run", ["RG006"],
     "supplier reply: Pebax tubing already bought for the full run against sample-only authority; quoted buyer scope complete", [
    ("RE_PO_7700031950_shafts.eml", mail(
        "Andrea Solis Vargas <asolis@tecnoplastmedica.cr>", "Rachel Moreno <rmoreno@northlakevascular.com>",
        "RE: PO 7700031950 - CS-4417 DV shafts", "Wed, 22 May 2024 07:58:00 -0600",
        txt("""
Hola Rachel,

Thanks for the PO. The 25 DV shafts are in the braider this week, we ship the 31st with the
dimensional report and tensile data.

Para asegurar el lead time: we already bought the Pebax 7233 tubing and the 304V braid wire for the
full production run, because the extruder in Heredia had only one slot left before August. It is
in our warehouse, so when you are ready we don't lose weeks.

Pura vida,
Andrea

> On 20 May 2024, Rachel Moreno wrote:
> Andrea, PO 7700031950 is for 25 DV shafts only. Material authority is sample-only. The balance of
> 4,975 pcs is not released; after DV sign-off, I (Rachel Moreno, Sourcing Manager) will send the
> written release.
""") + sig("Andrea Solis Vargas", "Ejecutiva de Cuentas", "Tecnoplast Medica S.A.", "+506 2430 1188"))),
])

# p27: Malaysian supplier status PDF: resin for 10,000 bought, 100 released
case("p27_my_status_resin_10k", ["RG006"],
     "supplier status report: resin bought for 10,000 pcs while 100 are released and no material authority beyond samples", [
    ("Project_Status_WK22_10-4490.pdf", pdf([
        ("h1", "Project Status Report - WK22"),
        ("p", "Penang Precision Moulding Sdn Bhd -> Corrib Medical Devices Ltd  |  Part 10-4490 roller clamp body"),
        ("table", [
            ["Item", "Status", "Remark"],
            ["Released qty", "100 pcs", "per PO 4500124502, samples"],
            ["Production qty 9,900", "not released", "wait for written release by Ms. Niamh Doyle after sample sign-off"],
            ["Resin POM Delrin 500P", "purchased 420 kg", "covers 10,000 pcs, arrived 24/5, stored in WH-2"],
            ["Mould", "T1 done", "cavity 3 ejector mark polished"],
        ]),
        ("sp",),
        ("p", "Remarks: Resin price increase 9% from July, so purchasing team decided to buy early for the whole quantity. "
              "Samples ship 6/6."),
        ("p", "Prepared by: Lim Boon Keat, Project Engineer"),
    ], title="Status WK22", author="PPM")),
])

# p28: multi-file: call-off releases 500 (material 500); supplier ack says 600 and staged 2,000
case("p28_calloff_ack_mismatch", ["RG006", "RG011"],
     "call-off releases 500 with material authority 500; supplier ack restates 600 and reports material staged for 2,000", [
    ("CALLOFF_5500001234_008.txt", txt("""
CORRIB MEDICAL DEVICES LTD - GALWAY                          SAP S/4 - DELIVERY SCHEDULE / CALL-OFF
--------------------------------------------------------------------------------------------------
Sched. agreement : 5500001234          Call-off no.: 008         Date: 24.05.2024
Vendor           : 300871 PENANG PRECISION MOULDING SDN BHD
Material         : 10-4471-03  HOUSING, INFUSION PUMP, PC MAKROLON 2458   Rev. 03
--------------------------------------------------------------------------------------------------
Itm  Deliv.date   Sched.qty   Cum.qty    Type
0010 24.06.2024      500         500     FIRM - RELEASED FOR PRODUCTION
--------------------------------------------------------------------------------------------------
HEADER TEXT:
Quantity released for production with this call-off: 500 EA.
Material authority: 500 EA only.
Remaining quantity of the scheduling agreement: NOT RELEASED until the next call-off, signed by
Niamh Doyle, Materials Planner.
""")),
    ("RE_Calloff_008.eml", mail(
        "Lim Boon Keat <bklim@ppm.com.my>", "Niamh Doyle <niamh.doyle@corribmed.ie>",
        "RE: Call-off 008 / 10-4471-03", "Mon, 27 May 2024 09:05:00 +0800",
        txt("""
Dear Niamh,

We acknowledge call-off 008 releasing 600 EA of 10-4471-03 for delivery 24/6.

To support the kanban and avoid the resin lead time, we have staged Makrolon 2458 and the
inserts 10-4471-90 for 2,000 EA in our warehouse.

Thanks & regards,
Lim Boon Keat
Project Engineer, Penang Precision Moulding Sdn Bhd
"""))),
])

# p29: Teams: supplier kitted components for the whole launch build
case("p29_ie_teams_kitted_3k", ["RG006"],
     "Teams: supplier has kitted components for the entire 3k launch build while only 150 PQ units are released", [
    ("Teams_export_launch_SV-2.txt", chat([
        "Microsoft Teams - chat export",
        "Chat: Lough Derg Medical <> Kangli - SV-2 launch",
        "",
        "[08/05/2024 10:20] Siobhan Kelly (Lough Derg Medical): Morning all. To be clear for the SV-2 stopcock: only the 150 PQ units are released (PO 4500093010). The 3,000 launch build is not released - it waits for PQ sign-off and then a written release from me.",
        "[08/05/2024 10:22] Zhao Min (Zhejiang Kangli): Received Siobhan.",
        "[21/05/2024 16:45] Zhao Min (Zhejiang Kangli): PQ units moulded and assembled, DHR in review",
        "[21/05/2024 16:47] Zhao Min (Zhejiang Kangli): FYI we've kitted all components (bodies, handles, O-rings) for the entire 3k launch build so the line is ready the day you sign",
        "[21/05/2024 17:02] Siobhan Kelly (Lough Derg Medical): ok - send me the PQ DHR when it's done",
    ])),
])

# p31: deposit received -> production booked and resin ordered for the full 5,000
case("p31_cn_deposit_resin_full", ["RG006", "RG012"],
     "supplier: deposit received, 'on that basis' production booked and resin/inserts ordered for the full 5,000; buyer scope quoted and complete", [
    ("RE_Deposit_PO_880201.eml", mail(
        "Grace Liu <grace.liu@huarui-med.cn>", "Kevin Doyle <kdoyle@beaconhillmed.com>",
        "RE: Deposit PO 880201 / BH-HSG-320", "Fri, 24 May 2024 18:20:00 +0800",
        txt("""
Dear Kevin,

Deposit received with thanks. On that basis we have booked the production run for week 27 and
ordered the PC/ABS resin and brass inserts for the full 5,000 pcs, so there will be no delay.

FAI samples will ship next Wednesday.

Best regards,
Grace Liu
Sales Manager, Dongguan Huarui Medical Plastics Co., Ltd.

> From: Kevin Doyle
> Sent: Thursday, May 23, 2024 9:14 AM
> Grace, 30% deposit for PO 880201 goes out today. The PO covers the 25 FAI samples only; the
> 4,975 balance is not released and material authority is FAI samples only. After FAI sign-off,
> Megan Carter will send the written release.
"""))),
])


# ---------------------------------------------------------------- POSITIVE 3: RG007, RG011, RG010, RG012, RG001
# p32: Mexican CM assumes sample sign-off rolls straight into production
case("p32_mx_roll_straight", ["RG007"],
     "supplier: once samples are signed off 'we roll straight into the 4,960'; quoted buyer scope requires a written release", [
    ("RE_PO_55-2305_muestras.eml", mail(
        "Rodrigo Paz <rpaz@plasmedjuarez.mx>", "Brian Kowalski <bkowalski@lonestarortho.com>",
        "RE: PO 55-2305 - muestras TH-42", "Thu, 23 May 2024 12:40:00 -0600",
        txt("""
Hola Brian,

The 40 samples of TH-42 are moulded, CMM tomorrow, ship Monday to El Paso.

We keep the tool in the press: en cuanto firmen las muestras, we roll straight into the 4,960 so you
have parts for the August launch without waiting.

Saludos,
Rodrigo Paz
Gerente de Proyectos, Plasmed Juarez S.A. de C.V.

> On May 9, 2024, Brian Kowalski wrote:
> Rodrigo, PO 55-2305 is for 40 samples of TH-42 only. The balance of 4,960 is not released.
> After sample sign-off I will send a written release - Brian Kowalski, Purchasing Manager.
"""))),
])

# p33: buyer contradicts his own written-release requirement
case("p33_us_no_need_paperwork", ["RG007"],
     "buyer: once PQ passes 'just keep going on the 2,000 - no need to wait for Dana's paperwork', contradicting the written-release requirement", [
    ("Dana_out_PQ_VI-9.eml", mail(
        "Tyler Grant <tgrant@granitestatecardio.com>", "Declan Murphy <dmurphy@corkmicromould.ie>",
        "VI-9 - PQ timing / Dana out", "Fri, 31 May 2024 15:10:00 -0400",
        txt("""
Hey Declan,

Quick heads-up: Dana Kessler is out on leave until mid-July.

As you know PO 4600-5540 covers the 60 PQ units; the 2,000 production units are not released and
Dana was going to sign the written release after PQ. Since she's out: once PQ passes, just keep
going on the 2,000 - no need to wait for Dana's paperwork. We can tidy up the documents when
she's back.

Thanks, have a good weekend.

Tyler
""") + sig("Tyler Grant", "Buyer", "Granite State Cardio, Inc., Nashua NH", "+1 603 555 0184"))),
])

# p34: supplier quote terms make sample approval the production release
case("p34_cn_quote_terms_autostart", ["RG007"],
     "supplier quote terms: sample approval 'constitutes release of the production quantity', production starts automatically", [
    ("Quotation_TY-24-102.pdf", pdf([
        ("h1", "QUOTATION TY-24-102"),
        ("p", "Shenzhen Tianyi Precision Medical Co., Ltd.  ->  Arava Surgical Ltd., Attn. Eitan Levi"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD"],
            ["1", "AR-GR-08 grasper jaw, 17-4PH, samples", "30", "18.00"],
            ["2", "AR-GR-08 grasper jaw, 17-4PH, production", "3,000", "2.15"],
        ]),
        ("sp",),
        ("h", "Terms and conditions"),
        ("p", "1. Validity 60 days. 2. Payment: 30% with order, 70% before shipment. 3. Packing: individual PE bag, 50 pcs/box."),
        ("p", "4. Sample approval constitutes release of the production quantity. Production starts automatically 3 working days "
              "after sample approval unless the customer objects in writing."),
        ("p", "5. Tooling and fixtures remain at supplier site, 3 years maintenance included."),
        ("p", "Prepared by: Kevin Huang, Sales Engineer"),
    ], title="Quotation TY-24-102", author="Tianyi")),
])

# p35: WhatsApp Costa Rica: buyer says 15 then 12 samples; supplier assumes auto-start of production
case("p35_cr_whatsapp_15_12_autostart", ["RG007", "RG011"],
     "chat: buyer gives 15 samples then 'the 12 samples as per PO'; supplier says production starts as soon as samples are signed off", [
    ("WhatsApp Chat with Marco Quesada.txt", chat([
        "06/05/24, 08:12 - Rachel Moreno: Hola Marco! PO 7700032004 is for 15 samples of HB-230. The other 2,985 are not released until sample sign-off and then a written release from me",
        "06/05/24, 08:30 - Marco Quesada: Buenos dias Rachel, recibido \U0001F44C",
        "14/05/24, 17:05 - Marco Quesada: muestras listas, CMM report mañana",
        "14/05/24, 17:06 - Marco Quesada: apenas aprueben las muestras arrancamos con la produccion de las 2,985, so you have parts in July",
        "14/05/24, 18:22 - Rachel Moreno: great, ship the 12 samples Friday as per PO please",
        "14/05/24, 18:25 - Marco Quesada: ok Rachel",
    ])),
])

# p36: PO makes FAI sign-off the release of line 20 without naming a signer
case("p36_de_fai_equals_release", ["RG005", "RG007"],
     "PO: 'FAI sign-off = release of line 20; continue without further notice' - no signer recorded, nobody named to release", [
    ("PO_4500126604.pdf", pdf([
        ("h1", "Purchase order 4500126604"),
        ("p", "Rheintal Medizintechnik GmbH, Industriestr. 14, 79618 Rheinfelden  |  21.05.2024"),
        ("p", "Supplier: Inyectados Medicos de Chihuahua S.A. de C.V., Chihuahua, Mexico"),
        ("table", [
            ["Line", "Material", "Text", "Qty", "Status"],
            ["10", "RM-5530 Rev A", "Stopcock handle, FAI parts", "20", "to produce now"],
            ["20", "RM-5530 Rev A", "Stopcock handle, series", "2.980", "not released before FAI"],
        ]),
        ("sp",),
        ("p", "FAI sign-off = release of line 20. The supplier shall continue with line 20 after FAI sign-off without further notice."),
        ("p", "Material authority: line 10 only until FAI sign-off. Packaging per PK-12, 100 pcs per bag, double bagged."),
        ("p", "Einkauf: Julia Brandt, Tel. +49 7623 9910 27"),
    ], title="PO 4500126604", author="Rheintal")),
])

# p37: Malaysian ack: 'auto proceed to mass production as usual practice'
case("p37_my_ack_auto_proceed", ["RG007"],
     "supplier ack: after DV sample sign-off 'we will auto proceed to mass production of the balance' as usual practice", [
    ("RE_PO_6600-1190_ack.eml", mail(
        "Chong Wai Kit <waikit.chong@kulimprecision.com.my>", "Takeshi Yamamoto <t.yamamoto@kyoto-endo.co.jp>",
        "RE: PO 6600-1190 IH-5 DV samples - acknowledgement", "Tue, 14 May 2024 16:20:00 +0800",
        txt("""
Dear Yamamoto-san,

Noted with thanks and we acknowledge PO 6600-1190 for 30 pcs DV samples of IH-5.

After your QA sign off the DV samples, we will auto proceed to mass production of the balance
1,970 pcs as per our usual practice, to save time for your launch.

DV samples target ship date 7 June.

Thanks & best regards,
Chong Wai Kit
Senior Project Engineer, Kulim Precision Engineering Sdn Bhd, Kulim Hi-Tech Park, Kedah

> From: Takeshi Yamamoto
> Please produce 30 pieces DV samples of IH-5 (PO 6600-1190). The balance 1,970 pcs is not released.
> After our DV sign-off, Mr. Kenji Sato (Director of Purchasing) will send the written release.
"""))),
])

# p38: supplier rolls into the 2k right after sign-off and already has resin for it
case("p38_cn_rolling_2k_resin", ["RG006", "RG007"],
     "supplier: expecting sign-off Friday, 'rolling straight into the 2k' and resin for it already in house; quoted scope sample-only", [
    ("RE_SV-3_samples_status.eml", mail(
        "Zhao Min <zhaomin@kangli-mould.cn>", "Siobhan Kelly <siobhan.kelly@loughdergmed.ie>",
        "RE: SV-3 samples status", "Mon, 27 May 2024 19:40:00 +0800",
        txt("""
Hi Siobhan,

Samples passed our internal leak test 100%. We expect your sign-off on Friday, so we're rolling
straight into the 2k right after - the PC resin for it is already here in our warehouse.

Best regards
Zhao Min
Project Manager, Zhejiang Kangli Precision Moulding Co., Ltd.

> From: Siobhan Kelly
> Sent: 13 May 2024 10:02
> Zhao Min, PO 4500093044 covers 30 samples of the SV-3 stopcock only, material authority
> sample-only. The production quantity of 2,000 is not released - it needs sample sign-off and
> then a written release from me.
"""))),
])

# p39: multi-file: SAP PO says 24 samples, buyer email asks for 30
case("p39_de_po24_mail30", ["RG011"],
     "SAP PO states 24 samples; the buyer's cover email asks for 30 samples of the same order", [
    ("ME9F_4500125519.txt", txt("""
RHEINTAL MEDIZINTECHNIK GMBH                 PURCHASE ORDER / BESTELLUNG                 4500125519
Lieferant: 802210 INYECTADOS MEDICOS DE CHIHUAHUA SA DE CV                         Datum: 15.05.2024
------------------------------------------------------------------------------------------------
Pos   Material        Kurztext                                    Menge  ME   Preis/EUR
00010 RM-5525 Rev C   Luer lock collar, PC, samples                  24  ST        6,50
------------------------------------------------------------------------------------------------
Kopftext:
Samples only. The series quantity of 2.976 pcs (offer IMC-24-077) is NOT released. Release only
after sample sign-off, by written release from Stefan Krueger, Leiter Einkauf.
Material authority: samples only.
""")),
    ("Bestellung_4500125519_Muster.eml", mail(
        "Julia Brandt <j.brandt@rheintal-mt.de>", "Luis Carrillo <lcarrillo@imchihuahua.mx>",
        "Bestellung 4500125519 - Muster RM-5525", "Wed, 15 May 2024 13:30:00 +0200",
        txt("""
Dear Mr. Carrillo,

attached our order 4500125519. Please produce the 30 samples of the luer lock collar RM-5525 Rev C
and send them with the measurement report (all characteristics of drawing RM-5525, 5 pcs) by KW 24.

The series quantity stays not released as written in the order.

Mit freundlichen Gruessen
Julia Brandt
Einkauf, Rheintal Medizintechnik GmbH
"""))),
])

# p40: release letter: table says 1,000, text says 1,200
case("p40_ie_release_1000_1200", ["RG011"],
     "release letter: table releases 1,000 units, body text releases 1,200 units of the same PO", [
    ("Release_R-2_PO_4400-2320.pdf", pdf([
        ("h1", "Production release R-2"),
        ("p", "Shannon ValveTech Ltd -> Xiamen Chengda Medical Products Co., Ltd.  |  PO 4400-2320, CV-16 Rev A  |  29 May 2024"),
        ("table", [
            ["Release", "Quantity", "Basis"],
            ["R-1", "40", "samples"],
            ["R-2 (this letter)", "1,000", "after PQ sign-off 24 May 2024"],
        ]),
        ("sp",),
        ("p", "With this letter we release 1,200 units of CV-16 Rev A for production. All other quantity on PO 4400-2320 remains "
              "not released until the next written release from Aoife Byrne, Supplier Development Lead, after the Q3 demand review."),
        ("p", "Material authority: equal to the quantity released."),
        ("p", "Signed: Aoife Byrne"),
    ], title="Release R-2", author="Shannon ValveTech")),
])

# p41: EML says 500, attached DOCX release notice says 800
case("p41_jp_mail500_docx800", ["RG011"],
     "email body releases 500 pcs; attached release notice RN-0042 of the same order states 800 pcs", [
    ("Release_notice_RN-0042.eml", mail(
        "Hiroshi Tanaka <h.tanaka@hokuto-med.co.jp>", "Tan Mei Ling <meiling.tan@perlismed.com.my>",
        "Release notice RN-0042 / PO JP-44120 / MH-77", "Mon, 03 Jun 2024 10:00:00 +0900",
        txt("""
Dear Ms. Tan,

Thank you for the good PQ result. Please find attached our release notice RN-0042.

We release 500 pcs of the balance of moulded housing MH-77 for production. Please deliver by
end of July.

Best regards,
Hiroshi Tanaka
Purchasing Manager, Hokuto Medical Co., Ltd., Sapporo
"""),
        attachments=[("RN-0042.docx", docx_bytes([
            ("h1", "Release notice RN-0042"),
            ("p", "Hokuto Medical Co., Ltd. -> Perlis Medical Plastics Sdn Bhd. PO JP-44120, moulded housing MH-77."),
            ("table", [["Item", "Quantity"], ["Samples (delivered)", "40"], ["Released by this notice", "800"], ["Not released", "4,160"]]),
            ("p", "The remaining 4,160 pcs stay not released until our next written release signed by Hiroshi Tanaka after the Q3 demand review."),
        ], author="H. Tanaka"), DOCX_MT)])),
])

# p43: Oracle PO: line qty 50, note asks for fifty-five (55)
case("p43_oracle_50_vs_55", ["RG011"],
     "Oracle PO printout: line quantity 50 samples, notes to supplier ask for fifty-five (55) sample pieces", [
    ("PO_7700032110.txt", txt("""
NORTHLAKE VASCULAR INC            STANDARD PURCHASE ORDER 7700032110   REV 0       PAGE 1 OF 1
--------------------------------------------------------------------------------------------------
SUPPLIER: 40182 PLASTICOS CARTAGO S.A., CARTAGO, COSTA RICA            DATE: 05/20/2024
SHIP TO : NORTHLAKE VASCULAR INC, 1120 LAKESHORE DR, PLYMOUTH MN 55441
--------------------------------------------------------------------------------------------------
LINE ITEM          REV  DESCRIPTION                       QTY  UOM  UNIT PRICE   NEED BY
1    HB-240-01     A    HOUSING, HANDLE, PC/ABS, SAMPLE    50  EA      22.00     06/21/2024
--------------------------------------------------------------------------------------------------
NOTES TO SUPPLIER:
PLEASE MANUFACTURE FIFTY-FIVE (55) SAMPLE PIECES FOR DESIGN VERIFICATION.
PRODUCTION QUANTITY PER QUOTE PC-Q-2411 (3,000 EA) IS NOT RELEASED. PRODUCTION WILL BE RELEASED
ONLY BY WRITTEN RELEASE FROM RACHEL MORENO, SOURCING MANAGER, AFTER DV SIGN-OFF.
MATERIAL AUTHORITY: SAMPLES ONLY.
--------------------------------------------------------------------------------------------------
BUYER: TOM BECKER                                     TOTAL: USD 1,100.00
"""))
])

# p44: German-English email: drawing 'released' and 1.500 released vs attached notice 1,200
case("p44_de_drawing_released_1500", ["RG009", "RG011"],
     "email: drawing 'released' by R&D and '1.500 pcs released for production'; attached release notice says 1,200", [
    ("Freigabe_HSG-220_Serie.eml", mail(
        "Jonas Albrecht <j.albrecht@medivera.de>", "Conor Walsh <cwalsh@shannonprecision.ie>",
        "HSG-220 - drawing Rev D and series quantity", "Tue, 04 Jun 2024 14:15:00 +0200",
        txt("""
Dear Conor,

two things for HSG-220:

1. Drawing 220-100 Rev D is released by our R&D since yesterday (snap-fit radius changed to R0,4).
2. We release 1.500 pcs for series production with Rev D, see attached release notice from Dr. Vogel.

The rest of the PO quantity remains not released until DVT sign-off of Rev D and the next written
release by Dr. Katrin Vogel.

Mit freundlichen Gruessen
Jonas Albrecht
Supplier Quality Engineer, Medivera GmbH
"""),
        attachments=[("Release_notice_HSG-220_03.pdf", pdf([
            ("h1", "Release notice 03 - HSG-220"),
            ("p", "Medivera GmbH -> Shannon Precision Moulding Ltd. PO 4500087712, housing HSG-220 Rev D."),
            ("table", [["Quantity released for production", "Signed", "Date"], ["1,200 pcs", "Dr. Katrin Vogel, Head of Supply Chain", "04.06.2024"]]),
            ("p", "Remaining quantity not released until DVT sign-off of Rev D and a further written release by Dr. Katrin Vogel."),
        ], title="Release notice 03", author="Medivera"), PDF_MT)])),
])

# p45: go ahead with the pilot parts - quantity never stated
case("p45_ie_pilot_parts_noqty", ["RG010"],
     "buyer: 'go ahead with the pilot parts for the DV build per drawing' - no quantity anywhere; hold, DV event, named releaser present", [
    ("Pilot_parts_HI-230.eml", mail(
        "Fiona Walsh <fiona.walsh@atlanticortho.ie>", "Andrea Solis Vargas <asolis@tecnoplastmedica.cr>",
        "HI-230 handle insert - pilot parts", "Wed, 08 May 2024 11:45:00 +0100",
        txt("""
Hi Andrea,

Thanks for the call this morning - great to finally put faces to names.

Please go ahead with the pilot parts only, for the DV build per drawing HI230-001 Rev A, in the
natural PEEK, and send them with the full dimensional report and the resin CoA.

The production quantity is not released. Once the DV build is signed off I'll issue a written
release myself (Fiona Walsh, Operations Director) - nothing beyond the pilot parts until then,
and no production material either.

Talk soon,
Fiona
""") + sig("Fiona Walsh", "Operations Director", "Atlantic Orthopaedic Instruments Ltd, Castlebar", "+353 94 902 3301"))),
])

# p46: written release with no quantity
case("p46_il_release_noqty", ["RG010"],
     "written production release names no quantity; remaining quantity held until next written release by named director after launch review", [
    ("Release_SH-5_PO_4711-0420.eml", mail(
        "Noa Peretz <noa.peretz@aravasurgical.co.il>", "Zhang Wei <zhangwei@jinhe-med.cn>",
        "Production release - SH-5 seal housing - PO 4711-0420", "Tue, 04 Jun 2024 09:40:00 +0300",
        txt("""
Zhang Wei, good morning,

Following the PQ sign-off last Thursday, this is our written release for production of the SH-5
seal housing under PO 4711-0420, Rev F of drawing SH5-010.

The remaining quantity of the PO stays on hold until the next written release, signed by me, after
the launch review in September.

Please send the production schedule and the DHR template for the first production lot.

Regards,
Noa Peretz
Director Supply Chain | Arava Surgical Ltd.
"""))),
])

# p47: Teams: start the validation lots, no quantity
case("p47_jp_teams_validation_lots", ["RG010"],
     "Teams: buyer says 'please start the validation lots'; no unit or lot quantity anywhere; rest held until PQ report + written release from buyer", [
    ("Teams_export_IH-5_validation.txt", chat([
        "Microsoft Teams - chat export",
        "Chat: Kyoto Endoscopy / Kulim Precision - IH-5 validation",
        "",
        "[03/06/2024 09:15] Chong Wai Kit (Kulim Precision): Good morning Yamamoto-san, OQ report uploaded, all runs within window",
        "[03/06/2024 10:02] Takeshi Yamamoto (Kyoto Endoscopy): Thank you. We checked OQ report, no comment",
        "[03/06/2024 10:03] Takeshi Yamamoto (Kyoto Endoscopy): Please start the validation lots",
        "[03/06/2024 10:04] Takeshi Yamamoto (Kyoto Endoscopy): Rest is on hold until PQ report is signed. After that I will send written release",
        "[03/06/2024 10:20] Chong Wai Kit (Kulim Precision): Noted, we start Wednesday",
    ])),
])

# p48: DOCX sample order with quantity 'as agreed in the call'
case("p48_us_docx_as_agreed", ["RG010"],
     "DOCX sample order: quantity column 'as agreed in our call', never a number; hold, FAI, named release person present", [
    ("Sample_order_LS-55.docx", docx_bytes([
        ("h1", "Sample order - LS-55 suction tip"),
        ("p", "Lone Star Orthopedics LLC, Austin TX -> Plasmed Juarez S.A. de C.V., Ciudad Juarez, Chih."),
        ("p", "Reference PO 55-2330, drawing LS55-002 Rev B, material Lexan HPS1R (USP Class VI)."),
        ("table", [
            ["Part", "Description", "Quantity", "Scope"],
            ["LS-55-01", "Suction tip, Yankauer style, clear", "as agreed in our call", "samples for FAI"],
        ]),
        ("sp",),
        ("p", "Only the FAI samples are covered now. The production quantity is not released; after FAI sign-off, "
              "Brian Kowalski, Purchasing Manager, will send the written release."),
        ("p", "Material authority: FAI samples only. Ship DAP El Paso, TX."),
    ], author="B. Kowalski")),
])

# p50: Japanese buyer: advance payment completed, so please start manufacturing (full-quantity PO)
case("p50_jp_advance_paid_start", ["RG012"],
     "buyer: advance payment completed, 'so please kindly start the manufacturing' - payment treated as production authority", [
    ("Advance_payment_PO_6600-1201.eml", mail(
        "Takeshi Yamamoto <t.yamamoto@kyoto-endo.co.jp>", "Chong Wai Kit <waikit.chong@kulimprecision.com.my>",
        "PO 6600-1201 / advance payment completed", "Wed, 05 Jun 2024 15:00:00 +0900",
        txt("""
Dear Mr. Chong,

Thank you for your continuous support.

We have completed the advance payment 50% for PO 6600-1201 (IH-3 insulation hub, 3,000 pcs).
Remittance advice is attached for your confirmation.

So please kindly start the manufacturing.

Best regards,
Takeshi Yamamoto
Purchasing Section, Kyoto Endoscopy Co., Ltd.
"""),
        attachments=[("Remittance_advice_0605.txt", txt("""
REMITTANCE ADVICE  -  MUFG BANK, KYOTO BRANCH
DATE: 2024/06/05   VALUE DATE: 2024/06/05
ORDERING CUSTOMER: KYOTO ENDOSCOPY CO LTD
BENEFICIARY: KULIM PRECISION ENGINEERING SDN BHD
AMOUNT: USD 3,675.00   REF: PO 6600-1201 ADVANCE 50%
"""), "text/plain")])),
])

# p51: Mexican CM: deposit received, production run on the schedule
case("p51_mx_deposit_scheduled", ["RG012"],
     "supplier: 'deposit received - on that basis the production run is on the schedule for week 32'; quoted buyer scope complete", [
    ("RE_Anticipo_PO_4711-0433.eml", mail(
        "Luis Carrillo <lcarrillo@imchihuahua.mx>", "Eitan Levi <eitan.levi@aravasurgical.co.il>",
        "RE: Anticipo PO 4711-0433", "Thu, 30 May 2024 10:10:00 -0600",
        txt("""
Hola Eitan,

Deposit received, muchas gracias. On that basis the production run is on the schedule for week 32,
right after your samples.

Samples (25 pcs) ship next Tuesday by FedEx Priority.

Saludos,
Luis Carrillo
Ventas, Inyectados Medicos de Chihuahua

> From: Eitan Levi
> Luis - the deposit for PO 4711-0433 was sent today. This PO covers 25 samples of the trocar
> valve TV-9 only. The 2,475 balance is not released until sample sign-off and my written release.
> Eitan Levi, Procurement Manager
"""))),
])

# p54: EML: PO scope complete for the first lot, but attached quote shows larger tiers unlabelled
case("p54_us_po_quote_tiers_attached", ["RG001"],
     "email states 20 FAI samples and holds the 980 first-lot balance, but attached quote also shows 5,000 and 25,000 tiers with nothing saying informational", [
    ("PO_880210_FAI.eml", mail(
        "Kevin Doyle <kdoyle@beaconhillmed.com>", "Grace Liu <grace.liu@huarui-med.cn>",
        "PO 880210 - BH-CAP-12 FAI samples", "Mon, 03 Jun 2024 08:35:00 -0400",
        txt("""
Hi Grace,

PO 880210 is attached for 20 FAI samples of the BH-CAP-12 end cap, priced per your quote
HR-Q-2405-09 (attached).

The balance of the first production lot (980 pcs) is not released. After FAI sign-off, Megan
Carter, Director of Supply Chain, will send the written release. Material authority: FAI samples only.

Thanks,
Kevin
""") + sig("Kevin Doyle", "Buyer", "Beacon Hill Medical Devices, Inc.", "+1 617 555 0120"),
        html=html_page("PO 880210", "<p>Hi Grace,</p><p>PO 880210 is attached for <b>20 FAI samples</b> of the BH-CAP-12 end cap, priced per your quote "
                       "HR-Q-2405-09 (attached).</p><p>The balance of the first production lot (980 pcs) is not released. "
                       "After FAI sign-off, Megan Carter, Director of Supply Chain, will send the written release. Material authority: FAI samples only.</p>"
                       "<p>Thanks,<br>Kevin</p>"),
        attachments=[("Quote_HR-Q-2405-09.pdf", pdf([
            ("h1", "QUOTATION HR-Q-2405-09"),
            ("p", "Dongguan Huarui Medical Plastics Co., Ltd. -> Beacon Hill Medical Devices, Inc."),
            ("table", [["Item", "Qty", "Unit price USD"],
                       ["BH-CAP-12 FAI samples", "20", "9.00"],
                       ["BH-CAP-12 first lot", "1,000", "0.62"],
                       ["BH-CAP-12 production", "5,000", "0.48"],
                       ["BH-CAP-12 production", "25,000", "0.39"]]),
            ("p", "Validity 90 days. FOB Shenzhen."),
        ], title="Quote HR-Q-2405-09", author="Huarui"), PDF_MT)])),
])

# p55: DOCX release notice with program table listing the launch build without status
case("p55_il_release_launch_table", ["RG001"],
     "release notice: 200 DV units released, remaining 300 DV held; program table lists launch build 3,000 with no status", [
    ("Release_notice_TC-14_DV.docx", docx_bytes([
        ("h1", "Release notice RN-TC14-01"),
        ("p", "Arava Surgical Ltd. -> Suzhou Jinhe Medical Technology Co., Ltd.  |  PO 4711-0445, trocar cannula TC-14  |  06/06/2024"),
        ("p", "Released now: 200 units of the DV build."),
        ("p", "The remaining 300 DV units are not released until the DV report for the first 200 is signed; then Yael Ben-Ami, "
              "Sourcing Lead, will send a written release."),
        ("h", "Program quantities"),
        ("table", [
            ["Build", "Quantity", "Timing"],
            ["DV build", "500", "Jun-Jul 2024"],
            ["Launch build", "3,000", "Oct 2024"],
        ]),
        ("sp",),
        ("p", "Material authority: 200 units."),
        ("p", "Signed: Yael Ben-Ami"),
    ], author="Y. Ben-Ami")),
])


# ---- END OF CASES ----

if __name__ == "__main__":
    main()
