#!/usr/bin/env python3
"""Generator for the releasegate check_holdout91 corpus (telecom enclosures and cable assemblies).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout91/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Renderer helpers copied from check_holdout3/build.py.
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
    m["Message-ID"] = msgid or f"<h91-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h91")
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


# ------------------------------------------------------------ small helpers
import email.utils as _eu  # noqa: E402


def dt(y, mo, d, h=9, mi=0, tz=1):
    """RFC 2822 date string with a fixed offset (hours)."""
    z = _dt.timezone(_dt.timedelta(hours=tz))
    return _eu.format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=z))


def quote(text):
    """Quote a previous message with '> ' prefixes."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n")) + "\n"


def t2h(text):
    """Very small text -> HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


TXT = "text/plain"
HTML_MT = "text/html"


# =================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = at least one risk.
# The names never reach the output; folders are h91_NN_<first-file-stem>.

# ------------------------------------------------------------------ batch 1 (clean)

# c01: a supplier quote with golden-unit / pilot / series tiers, nothing authorized.
case("c01_quote_tiers_cn", [],
     "supplier quote only (golden unit 3 / pilot 12 / series 600 forecast basis); no authorization in the bundle",
     [("HX-Q24-0417_Quotation.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Shenzhen Huaxin Enclosure Technology Co., Ltd. | No. 18 Fuyuan 2nd Road, Bao'an District, "
               "Shenzhen 518103, China | Tel +86 755 2960 1187 | www.huaxin-enclosure.cn"),
         ("p", "Quotation No.: HX-Q24-0417     Date: 2024-04-17     Valid until: 2024-06-16"),
         ("p", "To: Rheinfunk Netz GmbH, Einkauf Netzinfrastruktur, Attn. Mr. Lukas Krüger, "
               "Am Rheinufer 41, 50668 Köln, Germany"),
         ("p", "Dear Mr. Krüger, thanks for your inquiry of 9 April about the outdoor cabinet OC-1200 for the "
               "Köln-Süd cluster. Please kindly find our best offer as below. All prices FOB Shenzhen, USD."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
             ["1", "OC-1200 outdoor telecom cabinet, 1200 x 750 x 750 mm, aluminium 2.0 mm, RAL 7035, IP55, "
                   "1.5 kW DC air conditioner - golden unit for your type test", "3 pcs", "2,480.00",
              "25 days after PO"],
             ["2", "Same, pilot site batch", "12 pcs", "1,960.00", "35 days after PO"],
             ["3", "Same, series (price basis: your forecast, not ordered)", "600 pcs", "1,615.00",
              "45 days after PO, 150 pcs/week"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. This is a quotation only. Quantities in items 2 and 3 are for price calculation. We do not "
               "produce or buy material for any item without your written purchase order, and for series "
               "quantities we wait for your written production release."),
         ("p", "2. Fixtures for door and plinth welding: USD 3,200.00 one-time, charged with item 1."),
         ("p", "3. Payment: 30% T/T with PO, 70% before shipment. Packing: plywood case, fumigated (ISPM 15)."),
         ("p", "4. Type test support: IP55 report from our lab (IEC 60529) and salt spray 720 h report "
               "(ISO 9227) will be sent together with the golden units."),
         ("p", "Best regards,"),
         ("p", "Zhang Wei, Sales Manager Europe, zhang.wei@huaxin-enclosure.cn, +86 138 2651 0472"),
     ], title="Quotation HX-Q24-0417", author="Huaxin Sales"))])


# c02: supplier question about go-ahead, with a TXT test report attached. Not an approval.
_c02_report = """HAI PHONG PRECISION CABLE JSC - QC LAB
TEST REPORT QR-24-0521                         Date: 2024-05-06
Customer : Maple North Networks Inc.           PO: MNN-PO-4402
Product  : RF jumper 1/2" superflex, N-male / 4.3-10 male, 3 m
P/N      : HPC-J12-3000   (sample lot, 20 pcs)

No.  Test                     Spec             Result    Judge
1    VSWR 698-2700 MHz        <= 1.15          1.07 max  OK
2    PIM 2x43 dBm             <= -155 dBc      -161 dBc  OK
3    Insertion loss @2.2 GHz  <= 0.35 dB       0.29 dB   OK
4    Pull test connector      >= 450 N         612 N     OK
5    Marking / label          per spec MNN-7   ok        OK

Samples tested: 20/20     Failed: 0
Tested by: Pham Quoc Huy       Checked: Nguyen Thi Mai
"""

case("c02_supplier_question_vn", [],
     "supplier asks 'can we have go-ahead for the balance 1,980?' and states it is not released; a question, not an approval",
     [("RE_RF_jumper_samples_MNN-PO-4402.eml", eml_bytes(mail(
         "Nguyen Thi Mai <mai.nguyen@hpcable.com.vn>",
         "Megan Tremblay <megan.tremblay@maplenorth.ca>",
         "RF jumper samples MNN-PO-4402 finished - question on the balance",
         dt(2024, 5, 6, 16, 40, 7),
         """Dear Ms. Tremblay,

Good news from Hai Phong: the 20 pcs RF jumper samples (1/2" superflex, N-male to 4.3-10 male,
3 m, P/N HPC-J12-3000) are finished and passed VSWR and PIM in our lab, PIM -161 dBc worst case.
Test report QR-24-0521 is attached. We ship by DHL tomorrow, AWB number follows.

One question from our planning team: can we have go-ahead for the balance of 1,980 pcs on the
quotation? We understand this balance is not released yet, so we do not cut cable or buy
connectors for it until we receive your written release. If your release comes before 15 June,
we can still keep delivery week 30 for the Ontario rollout.

Thank you and have a nice day.
""" + sig("Nguyen Thi Mai", "Sales Executive - North America", "Hai Phong Precision Cable JSC",
          "+84 225 3856 214"),
         attachments=[("QR-24-0521_test_report.txt", _c02_report, TXT)])))])


# c03: labelled, non-binding rolling forecast (TXT).
case("c03_forecast_txt_in", [],
     "clearly labelled non-binding rolling forecast; says it is not a PO, not a call-off, no material liability",
     [("BTI_rolling_forecast_Jul-Dec2024.txt", """BHARAT TOWERNET INFRA PVT LTD                         Page 1 of 1
Plot 22, Sector 44, Gurugram 122003, Haryana, India
-----------------------------------------------------------------------------
ROLLING FORECAST - NON-BINDING                 Run date : 02.05.2024
Supplier : 40011873  KOCAELI KABIN SANAYI VE TICARET A.S.
Frame    : FA-BTI-2023-044 (outdoor cabinets, IP55)
-----------------------------------------------------------------------------
Month    Material      Description                        Forecast  UoM
-----------------------------------------------------------------------------
Jul-24   3100-0750     Outdoor cabinet 750 OD, 2 bay          120   EA
Aug-24   3100-0750     Outdoor cabinet 750 OD, 2 bay          180   EA
Sep-24   3100-0750     Outdoor cabinet 750 OD, 2 bay          240   EA
Oct-24   3100-0900     Outdoor cabinet 900 OD, 3 bay           60   EA
Nov-24   3100-0900     Outdoor cabinet 900 OD, 3 bay           90   EA
Dec-24   3100-0900     Outdoor cabinet 900 OD, 3 bay           90   EA
-----------------------------------------------------------------------------
NOTES
1. This forecast is for capacity planning only. It is NOT a purchase order,
   NOT a call-off and NOT a production release.
2. No material may be purchased against this forecast at Bharat TowerNet's
   liability.
3. Firm quantities are issued only as SAP call-offs under FA-BTI-2023-044,
   signed by Mr. Sandeep Kulkarni, GM - Sourcing.
4. Figures may change month to month (circle-wise rollout plan, Rajasthan and
   MP circles).
-----------------------------------------------------------------------------
Prepared by: Ankit Sharma, Supply Planning  (ankit.sharma@btinfra.in)
""")])


# c04: scoped technical approval of a golden unit, multipart/alternative.
_c04_text = """Hallo Herr Yılmaz,

thank you for the quick turnaround on GU-2.

The golden unit GU-2 of the OC-600 outdoor cabinet passed the IP55 test at our lab in Bremen
yesterday (report TR-24-118, IEC 60529, both doors, cable entry plate fitted). GU-2 is approved
for our type test file only. That is a technical sign-off and nothing more.

To be very clear on PO 4510023311:
- The only released quantity remains the 2 golden units, both now delivered.
- The 5 pilot-site cabinets and the 240 series cabinets are not released. Please do not start
  them and do not buy sheet or climate units for them.
- The production release for the pilot-site cabinets will come as a separate written release
  from Frau Katrin Vogt (Head of Rollout Procurement), after our internal budget decision for the
  Bremen-Nord cluster. The series needs its own written release from her later.

Two small points from the lab for your drawing file: the door stop angle is 110 degrees instead
of 120, and the earthing bolt label is missing on the plinth. Please include both in rev D.

Viele Grüße
""" + sig("Henrik Paulsen", "Rollout Engineering", "Nordwest Funknetz GmbH", "+49 421 3380 2261")

case("c04_scoped_approval_de", [],
     "golden unit 'approved for our type test file only'; pilot and series explicitly not released; event and named person given",
     [("AW_GU-2_OC-600_IP55.eml", eml_bytes(mail(
         "Henrik Paulsen <h.paulsen@nordwest-funknetz.de>",
         "Mehmet Yılmaz <mehmet.yilmaz@kocaelikabin.com.tr>",
         "AW: GU-2 OC-600 - Ergebnis IP55 / type test result",
         dt(2024, 5, 8, 10, 12, 2), _c04_text, html=t2h(_c04_text),
         cc="Katrin Vogt <k.vogt@nordwest-funknetz.de>")))])


# c05: full-quantity PO that says "proceed", with site drops; no sample stage, no balance.
case("c05_full_po_ca_mx", [],
     "full and final quantity PO (1,200 brackets + 1,200 U-bolt kits), 'proceed with the full 1,200'; drops split 400/400/400",
     [("LTI-PO-24-0617.pdf", pdf([
         ("h1", "PURCHASE ORDER LTI-PO-24-0617"),
         ("p", "Laurentian Telecom Integrators Inc. | 1450 rue Peel, Montréal QC H3A 1S8, Canada | "
               "GST/HST 84211 7705 RT0001"),
         ("p", "Supplier: Ensambles del Bajío S.A. de C.V., Parque Industrial Querétaro, Av. La Montaña 118, "
               "76220 Querétaro, Qro., México. Supplier no. 200431."),
         ("p", "PO date: 2024-05-02    Currency: USD    Incoterms: DAP site (Ontario), drop-ship to site"),
         ("table", [
             ["Line", "Part / Description", "Qty", "Unit", "Unit price", "Amount"],
             ["10", "BRK-AM-600 antenna pole mount bracket, S355, HDG per ASTM A123, dwg BRK-AM-600 rev 3",
              "1,200", "EA", "14.20", "17,040.00"],
             ["20", "UBK-M12 U-bolt kit M12 x 1.75, A2-70, for 60-114 mm pole", "1,200", "EA", "3.85",
              "4,620.00"],
             ["", "", "", "", "Total", "21,660.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This purchase order covers the full and final quantity for the Ontario small-cell rollout. "
               "There is no sample stage and no open balance on this order. Please proceed with the full "
               "1,200 brackets and 1,200 U-bolt kits per drawing BRK-AM-600 rev 3."),
         ("h", "Delivery"),
         ("table", [
             ["Drop", "Site / staging yard", "Brackets", "U-bolt kits", "Ship by"],
             ["1", "Mississauga yard, 6705 Millcreek Dr", "400", "400", "2024-06-14"],
             ["2", "Ottawa yard, 2450 Lancaster Rd", "400", "400", "2024-07-05"],
             ["3", "London ON yard, 1100 Dundas St E", "400", "400", "2024-07-26"],
         ]),
         ("p", "Each drop with packing list per site, galvanizing certificate and CoC. Pallets max 1,000 kg, "
               "heat-treated (ISPM 15). Book delivery 48 h ahead with the yard."),
         ("h", "Terms"),
         ("p", "Net 45 days after receipt. Laurentian general terms of purchase LTI-GT-2023 apply. "
               "Quality: ISO 9001:2015 certificate on file required."),
         ("p", "Buyer: Marc-André Lefebvre, Senior Buyer, malefebvre@laurentian-ti.ca, +1 514 555 0142"),
     ], pagesize=LETTER, title="LTI-PO-24-0617", author="Laurentian Procurement"))])


# c06: explicit recorded auto-conversion (DOCX with table).
case("c06_autoconversion_docx_br", [],
     "explicit recorded auto-conversion naming quantity (990), signer and conditions; samples 10 active; hold until sign-off",
     [("Acordo_Amostras_PO7700452.docx", docx_bytes([
         ("h1", "Acordo de Amostras e Liberação / Sample and Release Agreement"),
         ("p", "TorreSul Infraestrutura S.A. — Av. Ipiranga 6681, Porto Alegre/RS, Brasil (buyer)"),
         ("p", "Ningbo Sunlink Optical Co., Ltd. — No. 77 Jinhai Road, Beilun, Ningbo, China (supplier)"),
         ("p", "Purchase order: 7700452, dated 02/05/2024. Part: FOSC-24 fibre optic splice closure, "
               "24F, dome type, IP68, drawing TS-OSP-024 rev B."),
         ("h", "1. Quantities"),
         ("table", [
             ["Item", "Quantity", "Status on 02/05/2024"],
             ["Samples (amostras)", "10", "Released - build and ship now"],
             ["Production", "990", "Not released - converts only as described in clause 2"],
             ["Total quoted (Q-SL-24-0219)", "1,000", "-"],
         ]),
         ("h", "2. Auto-conversion (recorded)"),
         ("p", "When Eng. Rafael Menezes (Engenharia de Rede, TorreSul) signs the sample sign-off form "
               "SS-7700452 with the result 'approved', the 990 production closures are released by that "
               "signature, without any further document from TorreSul."),
         ("p", "This auto-conversion covers exactly 990 closures and nothing more. It was agreed and recorded "
               "on 02/05/2024 by Juliana Prado, Gerente de Suprimentos, who holds the release authority for "
               "this purchase order."),
         ("p", "If the sign-off result is 'interim' or 'rejected', nothing is released and the 990 stay on "
               "hold until Juliana Prado issues a written release."),
         ("h", "3. Material authority"),
         ("p", "Sample-only until the sign-off form is signed. No material for the 990 closures may be "
               "bought at TorreSul's liability before that."),
         ("h", "4. Logistics"),
         ("p", "Samples by air to TorreSul OSP lab, Rua Voluntários da Pátria 1200, Porto Alegre. "
               "Production: sea freight CIF Rio Grande, 4 lots of about 250 closures."),
         ("sp",),
         ("table", [
             ["For TorreSul", "For Ningbo Sunlink"],
             ["Juliana Prado, Gerente de Suprimentos", "Chen Hao, Export Sales Director"],
             ["Rafael Menezes, Engenharia de Rede", ""],
         ]),
     ], author="Juliana Prado"))])


# c07: supplier confirms deposit, says the deposit does not release production; PI attached.
_c07_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-FG-2024-0309"),
    ("p", "Foshan Greatwall Cabinet Co., Ltd. | Shishan Industrial Park, Nanhai District, Foshan, Guangdong, China"),
    ("p", "Buyer: Sahel TowerCo Nigeria Ltd, 14 Adeola Odeku Street, Victoria Island, Lagos, Nigeria"),
    ("p", "Reference: PO STN-PO-2291 dated 22 April 2024    Date: 2024-04-24    Currency: USD"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Amount USD", "Status"],
        ["1", "OC-1800 ODU outdoor cabinet, golden unit for type test", "4", "187.00", "748.00",
         "released by PO - in work"],
        ["2", "OC-1800 ODU outdoor cabinet, series", "146", "187.00", "27,302.00",
         "not released - on hold, shown for deposit calculation only"],
        ["", "Total project value", "", "", "28,050.00", ""],
        ["", "Deposit 30% (received 29-Apr-2024)", "", "", "8,415.00", ""],
    ]),
    ("sp",),
    ("p", "Note: payment of the deposit does not release production. Series cabinets are built only after "
          "the customer's written production release."),
    ("p", "Bank: Bank of China Foshan Branch, SWIFT BKCHCNBJ47A, A/C 7421 0000 1882 (USD)"),
], title="PI-FG-2024-0309", author="Foshan Greatwall")

case("c07_deposit_not_release_cn_ng", [],
     "supplier: 'the deposit does not release production'; restates 4 golden units active, 146 on hold until written release by named engineer",
     [("RE_STN-PO-2291_deposit.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@fsgreatwall.com>",
         "Engr. Chukwuemeka Obi <c.obi@saheltowerco.ng>",
         "RE: STN-PO-2291 - deposit received / scope of work",
         dt(2024, 4, 30, 11, 5, 8),
         """Dear Engr. Obi,

Good day to you. We confirm receipt of your 30% deposit, USD 8,415.00, on 29 April. Thank you.

Please note: the deposit does not release production. According to your PO STN-PO-2291 only the
4 golden unit cabinets (OC-1800 ODU) are in work now. The 146 series cabinets stay on hold until
your written release, which per your PO comes from you (Engr. Chukwuemeka Obi) after the type test
sign-off at your Ikeja yard. We have bought steel and locks for the 4 golden units only.

Updated proforma is attached for your finance team. The golden units will be ready on 20 May;
we propose air freight to Lagos (MMIA), about 5 days, or DHL express if you prefer.

Best regards
Lily
""" + sig("Lily Chen", "Overseas Sales", "Foshan Greatwall Cabinet Co., Ltd.", "+86 757 8663 2019"),
         attachments=[("PI-FG-2024-0309.pdf", _c07_pi, PDF_MT)])))])


# c08: call-off with an explicit staged material authority above the released quantity.
case("c08_calloff_staged_material_de_vn", [],
     "call-off 400 sets; explicit staged material authority up to 1,600 sets at buyer's liability; balance 3,000 not released; next call-off event and signer named",
     [("Abruf_CO-3_RA-2023-17.pdf", pdf([
         ("h1", "Abruf / Call-off CO-3"),
         ("p", "Elbtal Netzbau GmbH | Washingtonstraße 16, 01139 Dresden | USt-IdNr. DE 291 447 108"),
         ("p", "To: Dong Nai PowerLink Cable JSC, Lot 6, Amata Industrial Park, Bien Hoa, Dong Nai, Vietnam"),
         ("p", "Frame agreement: RA-2023-17 (DC power cable sets for RRU, 2 x 16 mm², LSZH, 25 m, "
               "part no. EN-DCP-1625)    Date: 02.05.2024"),
         ("table", [
             ["", "Cable sets", "Status"],
             ["Frame quantity RA-2023-17", "4,000", "frame, not a release"],
             ["Released with CO-1 and CO-2", "600", "delivered"],
             ["Released with this call-off CO-3", "400", "build and ship now"],
             ["Balance", "3,000", "not released"],
         ]),
         ("sp",),
         ("h", "Material authority (staged)"),
         ("p", "You may buy copper conductor and LSZH compound for up to 1,600 cable sets in total: the 400 "
               "released with CO-3 plus 1,200 further sets. Material for the 1,200 further sets is at Elbtal's "
               "liability up to its material value only. It is not a release to produce them: do not cut, "
               "strand or jacket more than the 400 sets of CO-3."),
         ("h", "Next call-off"),
         ("p", "CO-4 will be issued after acceptance of site batch 3 (Leipzig-Ost) and is signed by "
               "Herr Jonas Albrecht, Leiter Beschaffung. Nothing beyond CO-3 may be produced before CO-4."),
         ("h", "Delivery"),
         ("p", "DAP Elbtal staging warehouse, Radeburger Str. 24, 01129 Dresden. Delivery KW 26. 40 sets per "
               "drum pallet, drum labels per EN-LOG-04."),
         ("p", "Jonas Albrecht, Leiter Beschaffung  |  j.albrecht@elbtal-netzbau.de  |  +49 351 4190 7720"),
     ], title="Call-off CO-3", author="Elbtal Netzbau Beschaffung"))])


# c09: SAP printout, full quantity PO with identifiers that look like quantities.
case("c09_sap_full_po_identifiers_in", [],
     "full-quantity SAP PO (36 + 36 EA, no balance); plant 1000, purch. group 480, material 600-480-12, DRG rev 12, IS/ISO norms are identifiers",
     [("PO_4700012500_print.txt", """DECCAN FIBRENET PVT LTD                                     PURCHASE ORDER
Plot 9, Financial District, Nanakramguda, Hyderabad 500032      Page 1 / 1
GSTIN 36AAGCD4471M1ZK
==================================================================================
PO No.        : 4700012500              PO Date     : 02.05.2024
Vendor        : 100487  PUNE METALFORMS PVT LTD, Chakan MIDC Ph-II, Pune 410501
Purch. Org.   : 1000                    Purch. Group: 480  (Passive Infra)
Plant         : 1000  Hyderabad DC      Stor. Loc.  : 0500
Payment terms : Z045  45 days from GRN  Incoterms   : FOR site
==================================================================================
Item Material      Short text                            Qty  UoM   Rate INR    Value INR
----------------------------------------------------------------------------------
0010 600-480-12    Cable tray bracket 600mm, HDG          36  EA      1,850.00    66,600.00
                   DRG TB-4800 Rev 12, IS 2062 E250 BR
                   galv. IS 4759 min 85 micron
0020 600-480-14    Cover plate for bracket 600mm          36  EA        420.00    15,120.00
----------------------------------------------------------------------------------
                                                   Net value          81,720.00
                                                   IGST 18%           14,709.60
                                                   Total INR          96,429.60
==================================================================================
HEADER TEXT
Full quantity order for site HYD-GACHIBOWLI-2 (36 sets). There is no sample
stage and no balance under this PO; no further quantity is planned against it.
Supply as per DRG TB-4800 Rev 12. Vendor to be ISO 9001:2015 certified.
Test certificate (coating thickness) and packing list with each consignment.
Delivery: 2 trucks to site, by 31.05.2024. Site contact: Mr. Ramesh, 98480 22117.
==================================================================================
Created by: SRAO_K (K. Srinivas Rao)          This is a system generated document.
""")])


# c10: quoted supplier message assuming roll-over, with a correct reply from the buyer.
_c10_quoted = """From: Luis Garza <lgarza@arnesesnorte.mx>
Sent: Wednesday, May 8, 2024 5:52 PM
To: Megan Tremblay <megan.tremblay@maplenorth.ca>
Subject: PO MNN-4411 pilot harnesses - ship Friday

Hi Megan,

the 8 pilot harnesses (DC power + alarm harness for the OD-2 cabinet, dwg MNN-HAR-02 rev A) ship
Friday with UPS, tracking to follow. Once your team signs off the pilot units we will roll
straight into the remaining 792 to keep your July date, unless you tell us otherwise.

Saludos,
Luis Garza
Arneses Industriales del Norte, S.A. de C.V.
"""

case("c10_correction_reply_ca_mx", [],
     "supplier assumed roll-over into 792 after pilot sign-off; buyer's reply corrects it: sign-off releases nothing, 792 on hold until her written release after ATP",
     [("RE_PO_MNN-4411_pilot_harnesses.eml", eml_bytes(mail(
         "Megan Tremblay <megan.tremblay@maplenorth.ca>",
         "Luis Garza <lgarza@arnesesnorte.mx>",
         "RE: PO MNN-4411 pilot harnesses - ship Friday",
         dt(2024, 5, 9, 8, 31, -4),
         """Hi Luis,

Thanks for the update, Friday works.

Please don't roll into the rest. Sign-off of the 8 pilot harnesses does not release anything by
itself. The 792 stay on hold until I send you a written release, and that only happens after the
pilot-site ATP in Barrie has passed. Only the 8 pilot harnesses are released on PO MNN-4411, and
please don't buy wire or terminals for the 792 yet.

I do appreciate you watching the July date. If the ATP goes well I'll try to get the release to
you the same day.

Megan
""" + sig("Megan Tremblay", "Procurement Lead, Network Deployment", "Maple North Networks Inc.",
          "+1 416 555 0187") + "\n" + quote(_c10_quoted),
         in_reply_to="<h91-0009@arnesesnorte.mx>")))])


# c11: buyer's supplier-portal page (HTML) with scope note and the supplier's acknowledgement.
case("c11_portal_ack_de_tr", [],
     "portal PO: 2 golden units released, 298 not released (forecast basis), unlock and named person, sample-only material; supplier ack restates it",
     [("portal_PO_4520009812.html", html_page("Westfalen Mobilfunk - Lieferantenportal - PO 4520009812", """
<h2>Westfalen Mobilfunk Infrastruktur GmbH &middot; Lieferantenportal</h2>
<p>Angemeldet als: <b>Emre Aydın</b> (Bursa Telekom Muhafaza A.Ş., Lieferant 300877) &middot; <a href="#">Abmelden</a></p>
<h3>Bestellung / Purchase order 4520009812</h3>
<table>
<tr><th>Bestelldatum</th><td>29.04.2024</td><th>Einkäufer</th><td>Tobias Brandt</td></tr>
<tr><th>Währung</th><td>EUR</td><th>Lieferbedingung</th><td>DAP Dortmund, Lager Hafen</td></tr>
</table>
<h4>Positionen</h4>
<table>
<tr><th>Pos.</th><th>Material</th><th>Text</th><th>Menge</th><th>Scope</th><th>Preis</th></tr>
<tr><td>10</td><td>BC-300-GU</td><td>Golden unit, outdoor battery cabinet BC-300, 2 x 48 V / 150 Ah shelves</td><td>2 ST</td><td>sample</td><td>2.140,00 EUR</td></tr>
</table>
<div class="note">
<b>Scope note</b><br>
Only the 2 golden units on pos. 10 are released. The quoted series quantity of 298 cabinets (quote BTM-Q-24-061, basis: forecast) is not released.<br>
Unlock: type test sign-off in our Dortmund lab, then a written production release by Dr. Anja Meissner (Leiterin Einkauf Netz).<br>
Material authority: sample-only.
</div>
<h4>Auftragsbestätigung / Acknowledgement</h4>
<table>
<tr><th>Datum</th><th>Von</th><th>Text</th></tr>
<tr><td>03.05.2024</td><td>Emre Aydın, Bursa Telekom Muhafaza</td><td>Acknowledged as written: we build the 2 golden units only. No material for the 298 series cabinets is purchased. Golden units ready KW 21, shipment by truck to Dortmund.</td></tr>
</table>
<p style="color:#777">Dokumente: Zeichnung BC-300 Rev. 4 (PDF), Prüfplan PP-BC-300 (PDF)</p>
""", lang="de"))])


# c12: PO change notice rev 1 that explicitly supersedes rev 0 (DOCX with table).
case("c12_po_rev1_supersedes_ng_cn", [],
     "PO rev 1 explicitly replaces rev 0 in full (10 -> 12 samples, rev 0 quantity cancelled); balance not released, unlock + named person",
     [("LMF-PO-0877_rev1.docx", docx_bytes([
         ("h1", "Purchase Order LMF-PO-0877 - Revision 1"),
         ("p", "Lagos Metro Fibre Ltd, 7 Kofo Abayomi Street, Victoria Island, Lagos, Nigeria"),
         ("p", "To: Hangzhou Fibertek Closure Co., Ltd., No. 560 Xingguo Road, Yuhang District, Hangzhou, China"),
         ("p", "Date of revision: 2 May 2024. Revision 1 replaces Revision 0 (dated 15 April 2024) in full."),
         ("h", "Reason for change"),
         ("p", "The sample quantity is increased from ten (10) to twelve (12) fibre closures, because the pilot "
               "site at Ikeja GRA needs two spare units. The Revision 0 quantity of ten (10) is cancelled and "
               "replaced; the authorised sample quantity is now twelve (12)."),
         ("h", "Lines"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Unit price USD"],
             ["10", "FOSC-H-48", "Dome closure 48F, heat-shrink seal, IP68, with 4 splice trays", "12",
              "Sample", "64.50"],
         ]),
         ("h", "Scope"),
         ("p", "The production quantity in your quotation HF-Q-0412 (1,488 closures, forecast basis) is not "
               "released. Unlock: sample sign-off by our OSP engineering team, followed by a written production "
               "release from Mrs. Adaeze Okafor, Head of Procurement. Material authority: sample-only."),
         ("h", "Delivery and documents"),
         ("p", "Air freight to Lagos (LOS), consignee Lagos Metro Fibre Ltd, Form M number to follow. "
               "SONCAP certificate and packing list required. Mark each carton with PO number and line."),
         ("p", "Issued by: Oluwaseun Bello, Procurement Officer, for Lagos Metro Fibre Ltd."),
     ], author="Oluwaseun Bello"))])


# c13: SAP sample PO with a complete scope note in the header text (TXT).
case("c13_sap_sample_po_in_cn", [],
     "SAP sample PO: 50 EA released, 4,950 not released (forecast basis), unlock via sign-off + revised PO by named category manager, sample-only material",
     [("PO_4500078812.txt", """KONKAN MOBILE NETWORKS LTD                                  PURCHASE ORDER
Tower B, 6th Floor, Mindspace, Airoli, Navi Mumbai 400708        Page 1 of 1
=================================================================================
PO Number   : 4500078812        Date        : 30.04.2024
Vendor      : 210556  ZHEJIANG HAOYU RF CABLE CO., LTD., Linping, Hangzhou, CN
Purch. Grp  : P17 (Passive RF)  Currency    : USD
Incoterms   : CIP Mumbai Air    Pay. terms  : 100% within 30 days of receipt
=================================================================================
Itm  Material     Description                                Qty  UoM  Price USD
---------------------------------------------------------------------------------
10   RFJ-12-2M    RF jumper 1/2in superflex, 4.3-10M / N-F,   50   EA      11.40
                  2.0 m, PIM <= -155 dBc (2x43 dBm)
                  Scope: SAMPLE
---------------------------------------------------------------------------------
                                                  Total value USD    570.00
=================================================================================
HEADER NOTE (PO text field, printed in full)
SAMPLE PO. Released now: 50 EA jumpers for PIM/VSWR sample test only.
The quoted production quantity of 4,950 EA (your quote ZH-Q-24-0311) is NOT
released - basis: forecast. Do not cut cable or buy connectors for it.
Unlock: sample sign-off by KMN RF Engineering, then a written release by
Mr. Arvind Raghunathan, Category Manager - Passive, issued as a revised PO.
Material authority: sample-only.
=================================================================================
Delivery : KMN Central Stores, Bhiwandi, by 25.05.2024
Docs     : Commercial invoice, packing list, test report per piece (PIM, VSWR)
Buyer    : Pooja Kulkarni  pooja.kulkarni@konkanmobile.in  +91 22 6180 4427
""")])


# c14: HTML call-off portal page, partial release done right.
case("c14_portal_release2_ca_mx", [],
     "call-off REL-0002: 150 released, 300 remaining not released, next release after cluster-2 ATP signed by named director; material for REL-0002 only",
     [("BT_release_REL-0002.html", html_page("Boréal Telecom - Supplier Portal - Release REL-0002", """
<h2>Boréal Telecom &middot; Supplier Portal</h2>
<p>Supplier: <b>Gabinetes Monterrey S.A. de C.V.</b> (vendor 55120) &middot; Agreement BT-FA-2024-03 &middot; Part OC-45-BT outdoor cabinet, 45U, IP55</p>
<h3>Release REL-0002 &middot; issued 2024-05-02</h3>
<table>
<tr><th>Release</th><th>Cabinets</th><th>Status</th><th>Ship to</th></tr>
<tr><td>REL-0001</td><td>150</td><td>delivered (2024-04-19)</td><td>Chicoutimi staging yard</td></tr>
<tr><td>REL-0002</td><td>150</td><td><b>released with this call-off - build and ship</b></td><td>Chicoutimi staging yard</td></tr>
<tr><td>Remaining under BT-FA-2024-03</td><td>300</td><td>not released</td><td>-</td></tr>
<tr><th>Agreement quantity</th><th>600</th><th></th><th></th></tr>
</table>
<div class="note">
REL-0002 authorizes 150 cabinets. The remaining 300 are not released.<br>
The next release (REL-0003) will only be issued after the ATP of cluster 2 (Saguenay) has been accepted, and it will be signed by Sophie Gagnon, Director Network Deployment.<br>
Material authority: material for the 150 cabinets of REL-0002 only.
</div>
<p>Delivery window: weeks 24-26. Please upload ASN and packing list 48 h before the truck leaves Monterrey. Customs broker: Livingston, Lacolle crossing.</p>
<p style="color:#777">Contact: achats@borealtelecom.ca &middot; +1 418 555 0110</p>
""", lang="en"))])


# c15: DOCX acceptance-test plan for golden units; technical document, states ATP pass is not a release.
case("c15_atp_plan_docx_de_cn", [],
     "ATP plan for 3 golden units: passing ATP is not a production release; 1,500 series not released, written release by named buyer after ATP report",
     [("ATP-GU-FOSC-96_v1.docx", docx_bytes([
         ("h1", "Acceptance Test Plan ATP-GU-FOSC-96 (v1.0)"),
         ("p", "Nordkabel Netz GmbH, Netzausbau Glasfaser, Hamburger Chaussee 77, 24113 Kiel"),
         ("p", "Supplier: Shenzhen Optiseal Technology Co., Ltd. Test objects: 3 golden units of the FOSC-96 "
               "inline closure under PO 4500091123."),
         ("h", "1. Purpose and scope"),
         ("p", "This ATP verifies the golden units against specification NK-SPEC-OSP-12 before any series "
               "decision. It is a technical document. Passing this ATP is not a production release."),
         ("p", "The quoted series of 1,500 closures is not released. The production release is a separate "
               "written document from Herr Matthias Köhler (Einkauf Netzausbau) and is issued only after the "
               "ATP report has been signed by the test lead."),
         ("h", "2. Tests"),
         ("table", [
             ["No.", "Test", "Reference", "Criterion", "Result"],
             ["T1", "Water immersion, 1.5 m, 72 h", "IEC 60529 (IP68)", "no water ingress", ""],
             ["T2", "Re-entry, 10 cycles", "IEC 61753-1", "seal intact, no leak at 20 kPa", ""],
             ["T3", "Cable retention, 12 mm cable", "NK-SPEC-OSP-12 §5.3", ">= 500 N, no slip", ""],
             ["T4", "Temperature cycling -40/+70 °C, 12 cycles", "IEC 61300-2-22", "attenuation change <= 0.1 dB",
              ""],
             ["T5", "Impact, 10 J at -15 °C", "IEC 61300-2-12", "no crack", ""],
         ]),
         ("h", "3. Procedure"),
         ("li", "Units are tested at the Nordkabel lab in Kiel; supplier may witness."),
         ("li", "Each result is recorded as pass or fail with photos; a fail on T1 or T2 ends the test."),
         ("li", "The ATP report is signed by the test lead and sent to Einkauf Netzausbau."),
         ("h", "4. Signatures"),
         ("table", [
             ["Role", "Name", "Signature / date"],
             ["Test lead (Nordkabel)", "Dr. Svenja Holm", ""],
             ["Supplier witness", "Zhou Ming (Optiseal)", ""],
         ]),
     ], author="Svenja Holm"))])


# ------------------------------------------------------------------ batch 2 (clean c16-c25, positives a1-a5)

# c16: production release letter that releases the full balance after sign-off (European numbers).
case("c16_release_letter_br_mx", [],
     "written release of 1.180 after sample sign-off of 20; together the full PO quantity 1.200, no balance; named releaser",
     [("PR-2024-031_Liberacao.pdf", pdf([
         ("h1", "LIBERAÇÃO DE PRODUÇÃO / PRODUCTION RELEASE PR-2024-031"),
         ("p", "Conecta Telecom Integração Ltda. | Av. das Nações Unidas 12901, Torre Norte, São Paulo/SP | "
               "CNPJ 12.345.678/0001-90"),
         ("p", "Para / To: Ensambles del Bajío S.A. de C.V., Av. La Montaña 118, Querétaro, México"),
         ("p", "Data / Date: 15/04/2024      Ref.: PO 4800033120 - conjunto de cabo de energia DC / DC power "
               "cable assembly CPA-16-25 (2 x 16 mm², 25 m, terminais M8, LSZH)"),
         ("table", [
             ["Item", "Quantidade / Quantity", "Status"],
             ["Amostras / samples (PO line 10)", "20",
              "delivered; sample sign-off 12/04/2024, report SO-0412, Eng. Paulo Ribeiro"],
             ["Produção / production (PO line 20)", "1.180", "released with this letter"],
             ["Total PO 4800033120", "1.200", "fully released - no balance"],
         ]),
         ("sp",),
         ("p", "With this letter, 1.180 cable assemblies are released for production. Together with the 20 "
               "samples, the full ordered quantity of 1.200 is now released; no balance remains on this PO."),
         ("p", "Material authority: material for the 1.180 assemblies."),
         ("p", "Entrega / delivery: DAP Conecta CD Cajamar/SP, weekly shipments per the schedule agreed with "
               "our logistics team (logistica@conectatelecom.com.br). Each shipment with CoC and hipot test "
               "record per assembly."),
         ("sp",),
         ("p", "Liberado por / released by: Carla Nunes, Gerente de Compras - carla.nunes@conectatelecom.com.br"),
     ], title="PR-2024-031", author="Carla Nunes"))])


# c17: WhatsApp export, buyer scopes golden units correctly, supplier confirms, logistics chatter.
case("c17_whatsapp_clean_ng_cn", [],
     "chat: 'make only the 6 golden units', 294 NOT released, release in writing from the named buyer after IP55 type test sign-off",
     [("WhatsApp_Chat_STN_x_Foshan_GW.txt", """02/05/2024, 09:14 - Tunde Bakare (Sahel TowerCo): Good morning all. PO STN-PO-2310 is out, check your mail.
02/05/2024, 09:15 - Tunde Bakare (Sahel TowerCo): Make only the 6 golden units please. The 294 for the Abuja cluster are NOT released. Release comes from me, in writing, after IP55 type test sign-off at our Kubwa yard.
02/05/2024, 09:31 - Lily Chen (Foshan GW): Noted Mr Tunde 👍 6 pcs only. Steel for 6 pcs only, nothing bought for the 294.
02/05/2024, 09:32 - Lily Chen (Foshan GW): Door lock same as STN-PO-2291? 3-point with padlock hasp?
02/05/2024, 09:40 - Tunde Bakare (Sahel TowerCo): Yes same lock. And add the anti-theft hinge cover we discussed
02/05/2024, 09:41 - Lily Chen (Foshan GW): OK will update drawing to rev E and send today
03/05/2024, 10:05 - Lily Chen (Foshan GW): <Media omitted>
03/05/2024, 10:05 - Lily Chen (Foshan GW): Drawing OC-1800 rev E for your check
03/05/2024, 11:47 - Tunde Bakare (Sahel TowerCo): Fine by me. Proceed with the 6 golden units on rev E.
16/05/2024, 15:02 - Lily Chen (Foshan GW): <Media omitted>
16/05/2024, 15:02 - Lily Chen (Foshan GW): Golden units packed, 6 crates. Air cargo or DHL?
16/05/2024, 15:20 - Chinedu Okeke (Sahel Logistics): Air cargo to Abuja NAIA pls, our agent is Skyway. I will send consignee details
16/05/2024, 15:21 - Tunde Bakare (Sahel TowerCo): Thanks Lily. Will revert after the type test 🙏
""")])


# c18: interim sign-off with quantity and expiry limits, release of 20 by named person, PDF form attached.
_c18_form = pdf([
    ("h1", "Disposition DISP-24-031"),
    ("p", "Nordwest Funknetz GmbH - Qualitätssicherung Passive Infrastruktur - Bremen"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "OC-800 outdoor cabinet, pilot-site version, dwg NWF-OC-800 rev B"],
        ["Supplier", "Gebze Metal Kabin San. ve Tic. A.S."],
        ["PO", "4510024480"],
        ["Deviation", "DEV-0112: door gasket EPDM 60 Shore A instead of silicone 50 Shore A"],
        ["Disposition", "INTERIM"],
        ["Quantity limit", "20 cabinets"],
        ["Valid until", "30.06.2024"],
        ["Condition", "gasket re-test (IP55 after 500 h UV) before final sign-off"],
        ["Signed (QA)", "Henrik Paulsen, 07.05.2024"],
    ]),
], title="DISP-24-031", author="Nordwest QA")

case("c18_interim_signoff_de_tr", [],
     "interim sign-off limited to 20 units until 30.06.2024; release of those 20 by named Leiterin Beschaffung; 380 not released pending final sign-off and her written release",
     [("Interim_OC-800_PO4510024480.eml", eml_bytes(mail(
         "Dr. Jana Richter <j.richter@nordwest-funknetz.de>",
         "Burak Demir <burak.demir@gebzemetalkabin.com.tr>",
         "Interim sign-off OC-800 pilot-site cabinets - DEV-0112",
         dt(2024, 5, 7, 14, 20, 2),
         """Sehr geehrter Herr Demir,

our QA has recorded an interim sign-off for the OC-800 pilot-site cabinets (PO 4510024480), see
the attached disposition DISP-24-031. The interim sign-off is limited to 20 cabinets and is valid
until 30.06.2024, because the door gasket deviation DEV-0112 (EPDM instead of silicone) is still
open.

Production release: with this e-mail I release these 20 cabinets for production. You may buy
material for the 20 units only.

The remaining 380 cabinets on the PO are not released. They need the final sign-off after the
gasket re-test (IP55 after 500 h UV) and a separate written release from me. Please do not cut,
bend or coat anything for them.

Delivery of the 20: two trucks to our Bremen-Hemelingen yard, KW 25 and KW 26.

Mit freundlichen Grüßen
""" + sig("Dr. Jana Richter", "Leiterin Beschaffung", "Nordwest Funknetz GmbH", "+49 421 3380 2200"),
         attachments=[("DISP-24-031.pdf", _c18_form, PDF_MT)])))])


# c19: full-quantity PO (DOCX) with a clearly labelled forecast column.
case("c19_po_forecast_column_ca_vn", [],
     "PO for 40 jumpers (24 + 16), forecast column labelled non-binding/not ordered; future quantities need new PO by named manager after budget sign-off",
     [("LTI-PO-24-0702.docx", docx_bytes([
         ("h1", "Purchase Order LTI-PO-24-0702"),
         ("p", "Laurentian Telecom Integrators Inc., 1450 rue Peel, Montréal QC H3A 1S8, Canada"),
         ("p", "Supplier: Hai Phong Precision Cable JSC, Lot B2, Nomura Industrial Zone, Hai Phong, Vietnam"),
         ("p", "Date: 2024-05-02. Project: Laval macro site swap LAV-031. Incoterms: DAP Laval."),
         ("table", [
             ["Line", "Part", "Description", "Order qty", "Forecast Q3 (non-binding, not ordered)"],
             ["10", "HPC-J12-1000", "RF jumper 1/2in, 4.3-10 M / 4.3-10 M, 1.0 m", "24", "1,200"],
             ["20", "HPC-J12-2000", "RF jumper 1/2in, 4.3-10 M / 4.3-10 M, 2.0 m", "16", "800"],
             ["", "", "Total ordered", "40", ""],
         ]),
         ("h", "Order scope"),
         ("p", "This PO orders 40 jumpers in total (24 + 16) for the Laval site swap. It is a full-quantity "
               "order: there is no sample stage and no open balance under this PO."),
         ("h", "Forecast"),
         ("p", "The forecast column is for your capacity planning only. Forecast quantities are not ordered "
               "and not released. Any future quantity needs a new PO signed by Liam O'Connor, Procurement "
               "Manager, after our quarterly budget sign-off."),
         ("p", "Material authority: the 40 ordered jumpers only."),
         ("h", "Quality and shipping"),
         ("li", "PIM <= -155 dBc (2 x 43 dBm) and VSWR <= 1.15, 100% tested, report per serial number."),
         ("li", "Ship by air, consolidated, labelled with PO line and site code LAV-031."),
         ("p", "Buyer: Marc-André Lefebvre, Senior Buyer, malefebvre@laurentian-ti.ca"),
     ], author="Marc-André Lefebvre"))])


# c20: hold notice (multipart/alternative), Portuguese-English.
_c20_text = """Prezado Mr. Chen,

AVISO DE RETENÇÃO / HOLD NOTICE - PO 7700461 (FOSC-48 caixa de emenda / splice closure)

Liberado até hoje / released to date: 24 pilot closures, delivered 18/04/2024 (goods receipt
5000123, Campinas warehouse).

Saldo / balance: 976 closures - ON HOLD until
  (a) the pilot-site ATP at the Campinas cluster is signed, and
  (b) a written release by me, Marcos Azevedo, Diretor de Suprimentos.

Até lá / until then: please do not buy material for the balance and do not start any production
step (moulding, tray assembly, kitting). The quotation prices remain valid as agreed until
31/08/2024.

The ATP is planned for week 22. I will inform you of the result in writing.

Atenciosamente,
""" + sig("Marcos Azevedo", "Diretor de Suprimentos", "TorreSul Infraestrutura S.A.", "+55 51 3012 4480")

case("c20_hold_notice_br_cn", [],
     "hold notice: 24 released to date, balance 976 on hold until pilot ATP signed and written release by named director; no material",
     [("Aviso_PO7700461.eml", eml_bytes(mail(
         "Marcos Azevedo <marcos.azevedo@torresul.com.br>",
         "Chen Hao <chenhao@sunlink-optical.cn>",
         "Aviso de retenção / Hold notice - PO 7700461",
         dt(2024, 5, 3, 10, 0, -3), _c20_text, html=t2h(_c20_text))))])


# c21: multi-file bundle: PO PDF + supplier quote PDF + supplier acknowledgement EML, all consistent.
_c21_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500093310"),
    ("p", "Rheinfunk Netz GmbH, Einkauf Netzinfrastruktur, Am Rheinufer 41, 50668 Köln"),
    ("p", "Lieferant: Shenzhen Optiseal Technology Co., Ltd., Building 7, Tianan Cyber Park, Longgang, Shenzhen"),
    ("p", "Datum: 02.05.2024    Angebot: OS-Q-2404-17    Zahlungsbedingung: 30 Tage netto"),
    ("table", [
        ["Pos.", "Material", "Beschreibung", "Menge", "Scope", "Preis USD"],
        ["10", "FOSC-96", "Inline splice closure 96F, IP68, 8 trays", "12 EA", "sample", "78.00"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "This PO releases the 12 sample closures only. The 1,188 production closures in quote OS-Q-2404-17 are "
          "not released. Unlock: sample sign-off by Rheinfunk OSP engineering, then a written production release "
          "by Frau Petra Hoffmann, Einkaufsleiterin. Material authority: sample-only."),
    ("p", "Lieferung: DHL Express an Rheinfunk Labor, Deutz-Mülheimer Str. 30, 51063 Köln."),
    ("p", "Sachbearbeiter: Lukas Krüger, +49 221 5573 1184"),
], title="PO 4500093310", author="Rheinfunk Einkauf")

_c21_quote = pdf([
    ("h1", "QUOTATION OS-Q-2404-17"),
    ("p", "Shenzhen Optiseal Technology Co., Ltd. - to Rheinfunk Netz GmbH, Mr. Lukas Krüger - 2024-04-22"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Basis"],
        ["1", "FOSC-96 inline closure, samples", "12 pcs", "78.00", "-"],
        ["2", "FOSC-96 inline closure, production", "1,188 pcs", "41.60", "customer forecast"],
    ]),
    ("p", "Lead time: samples 15 days; production 30 days after written production release, 300 pcs/week."),
    ("p", "Validity 90 days. FOB Shenzhen. Payment T/T 30 days."),
], title="OS-Q-2404-17", author="Optiseal Sales")

case("c21_bundle_po_quote_ack_de_cn", [],
     "3-file bundle: PO (12 samples, 1,188 not released, unlock + named releaser), quote tiers, supplier ack restating scope; consistent",
     [("PO_4500093310.pdf", _c21_po),
      ("Quote_OS-Q-2404-17.pdf", _c21_quote),
      ("AB_4500093310.eml", eml_bytes(mail(
          "Zhou Ming <zhouming@optiseal.com.cn>",
          "Lukas Krüger <l.krueger@rheinfunk-netz.de>",
          "Order acknowledgement PO 4500093310",
          dt(2024, 5, 3, 9, 12, 8),
          """Dear Mr. Krüger,

we acknowledge your PO 4500093310 as written: 12 sample closures FOSC-96 only.

The 1,188 production closures of our quotation OS-Q-2404-17 are not released. We have not bought
material for them and we will wait for the written production release from Frau Hoffmann after
your sample sign-off.

Samples ETD 24 May by DHL Express, AWB will follow.

Best regards
""" + sig("Zhou Ming", "Key Account Manager", "Shenzhen Optiseal Technology Co., Ltd.",
          "+86 755 8921 3306"))))])


# c22: supplier weekly status report (HTML), no authorization, series not released, no material.
case("c22_supplier_status_html_mx_ca", [],
     "supplier status page: 2 golden units done, 118 series not released, no material bought, waiting for sign-off and written release",
     [("GM_status_BT-PO-5521_wk19.html", html_page("Gabinetes Monterrey - Weekly status - BT-PO-5521", """
<h2>Gabinetes Monterrey S.A. de C.V. &middot; Reporte semanal / Weekly status</h2>
<p>Customer: <b>Boréal Telecom</b> &middot; PO BT-PO-5521 &middot; Part OC-42-BT outdoor cabinet &middot; Week 19 / 2024</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Release status</th><th>Produced</th><th>Shipped</th><th>Material</th></tr>
<tr><td>Golden units</td><td>2</td><td>released by PO</td><td>2</td><td>2 (2024-05-06, truck MTY-QC 4471)</td><td>bought for 2</td></tr>
<tr><td>Series</td><td>118</td><td>not released</td><td>0</td><td>0</td><td>none bought</td></tr>
</table>
<div class="note">We are waiting for your type test sign-off and the written release from Sophie Gagnon before any series work. No sheet, paint or locks have been ordered for the series.</div>
<h4>Open points</h4>
<ul>
<li>Door seal sample (EPDM, 40 Shore A) sent to your lab 2024-05-03 for the cold test.</li>
<li>Please confirm label language (EN/FR) for the series nameplate.</li>
</ul>
<p>Contacto: Rebeca Salinas, Customer Service &middot; rsalinas@gabinetesmty.mx &middot; +52 81 8340 2217</p>
""", lang="en"))])


# c23: kick-off minutes (DOCX with action table), clean scope.
case("c23_minutes_in_tr", [],
     "minutes: 10 pilot cabinets released; balance 190 not released; unlock pilot-site ATP + written release by named head of procurement; pilot-only material",
     [("MoM_kickoff_PO4600021187.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Kick-off, pilot cabinets OD-750"),
         ("p", "Date: 02.05.2024, 14:30 IST, MS Teams. Bharat TowerNet Infra Pvt Ltd (BTI) / Kocaeli Kabin "
               "Sanayi ve Ticaret A.Ş. (KK)"),
         ("p", "Attendees: Ms. Priya Nair (BTI, Head - Passive Infra Procurement), Mr. Rohit Agarwal (BTI, "
               "Rollout), Mr. Mehmet Yılmaz (KK, Export Sales), Ms. Zeynep Arslan (KK, Project Engineering)"),
         ("h", "1. Scope agreed"),
         ("table", [
             ["Topic", "Agreed"],
             ["Released now", "10 pilot cabinets OD-750 under PO 4600021187"],
             ["Balance", "190 cabinets - not released"],
             ["Unlock", "pilot-site ATP at Nashik passed, then written release by Ms. Priya Nair"],
             ["Material", "for the 10 pilot cabinets only"],
         ]),
         ("h", "2. Technical"),
         ("li", "Cabinet per BTI spec BTI-PI-SPEC-07 rev 3, IP55, 2 bays, RAL 7035."),
         ("li", "KK to share thermal calculation for 1.2 kW heat load by 09.05.2024."),
         ("li", "Earthing as per IS 3043; lifting eyes rated 4 x 250 kg."),
         ("h", "3. Action items"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "Ship 10 pilot cabinets, CIF Nhava Sheva", "KK - Mr. Yılmaz", "15.06.2024"],
             ["2", "Prepare Nashik pilot site and ATP checklist", "BTI - Mr. Agarwal", "20.06.2024"],
             ["3", "Send ATP result to KK in writing", "BTI - Ms. Nair", "after ATP"],
         ]),
         ("p", "Minutes by: Rohit Agarwal. Corrections within 3 working days, otherwise accepted as final."),
     ], author="Rohit Agarwal"))])


# c24: Portuguese-English sample PO email (multipart/alternative).
_c24_text = """Olá Mr. Wang,

segue o PO 4800033201 para 8 gabinetes outdoor OC-BR-900 (amostras) - eight (8) sample cabinets only.

O saldo de 392 gabinetes NÃO está liberado / the balance of 392 cabinets is NOT released.
Liberação somente por escrito por mim (Fernanda Lima, Coordenadora de Compras), depois da
assinatura do teste de tipo (type test sign-off) pela nossa engenharia em Sorocaba.
Material: somente para as 8 amostras / only for the 8 samples.

Entrega: frete aéreo até Viracopos (VCP), DDP Conecta Sorocaba. Favor enviar o packing list e o
certificado de pintura (salt spray 1000 h, ISO 9227) junto com a carga.

Obrigada e bom fim de semana!
""" + sig("Fernanda Lima", "Coordenadora de Compras", "Conecta Telecom Integração Ltda.", "+55 11 4003 7711")

case("c24_sample_po_ptbr_cn", [],
     "bilingual sample PO: eight (8) samples only, 392 NOT released, written release by named buyer after type test sign-off, sample-only material",
     [("PO_4800033201_amostras.eml", eml_bytes(mail(
         "Fernanda Lima <fernanda.lima@conectatelecom.com.br>",
         "Wang Lei <wanglei@fsgreatwall.com>",
         "PO 4800033201 - 8 gabinetes amostra / 8 sample cabinets",
         dt(2024, 5, 3, 17, 45, -3), _c24_text, html=t2h(_c24_text))))])


# c25: Teams chat export: scoped pilot PO and a hypothetical planning question about "the 2k".
case("c25_teams_chat_question_ca_vn", [],
     "chat: 30 pilot jumpers, 2,970 not released until pilot ATP sign-off + written release by named buyer; later 'if we go ahead with the 2k' is a labelled planning question",
     [("Teams_chat_MNN_HaiPhong.txt", """[5/2/2024 9:02 AM] Olivia Chen (Maple North Networks)
PO MNN-4420 for 30 pilot jumpers is in your inbox. The other 2,970 on your quote are not released. They need our pilot ATP sign-off and then a written release from me.
[5/2/2024 9:20 AM] Nguyen Thi Mai (Hai Phong Precision Cable)
Received, thank you Olivia. 30 pcs only, no cable booked for the rest.
[5/2/2024 9:21 AM] Nguyen Thi Mai (Hai Phong Precision Cable)
Length 1.5 m and 3 m mixed as per PO lines, right?
[5/2/2024 9:25 AM] Olivia Chen (Maple North Networks)
Yes, 18 x 1.5 m and 12 x 3 m
[5/14/2024 2:47 PM] Olivia Chen (Maple North Networks)
Planning question, not a go: if we go ahead with the 2k for the fall rollout next month, what's your lead time? The 2k is not released, we're just budgeting.
[5/14/2024 3:05 PM] Nguyen Thi Mai (Hai Phong Precision Cable)
About 5 weeks after your release if the cable stock is ok. Connectors 4.3-10 are 3 weeks.
[5/14/2024 3:06 PM] Olivia Chen (Maple North Networks)
Perfect, thanks 👍
""")])


# ------------------------------------------------------------------ positives a1-a5 (absence rules)

# a1: sample PO + supplier quote attached, nothing about the balance.
_a1_po = pdf([
    ("h1", "PURCHASE ORDER ITS/PO/24/0418"),
    ("p", "Ikeja Tower Services Ltd | 21 Oba Akran Avenue, Ikeja, Lagos, Nigeria | RC 1184422"),
    ("p", "Vendor: Shenzhen Huaxin Enclosure Technology Co., Ltd., Bao'an District, Shenzhen, China"),
    ("p", "Date: 18 April 2024    Currency: USD    Delivery: CFR Lagos (Apapa), air freight acceptable"),
    ("table", [
        ["S/N", "Description", "Qty", "Unit price", "Amount"],
        ["1", "OC-48U outdoor cabinet, 19in 48U, IP55, DC fan tray, golden unit", "4", "2,150.00", "8,600.00"],
        ["", "", "", "Total USD", "8,600.00"],
    ]),
    ("sp",),
    ("p", "Terms: supply as per your quotation HX-Q-24-0326. Payment 100% T/T before shipment. Warranty 24 months "
          "from delivery. Documents: commercial invoice, packing list, SONCAP certificate, Form M reference."),
    ("p", "Authorised: Engr. Babatunde Adewale, Procurement Officer"),
], title="ITS/PO/24/0418", author="ITS Procurement")

_a1_quote = pdf([
    ("h1", "QUOTATION HX-Q-24-0326"),
    ("p", "Shenzhen Huaxin Enclosure Technology Co., Ltd. - to Ikeja Tower Services Ltd - 2024-03-26"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Lead time"],
        ["1", "OC-48U outdoor cabinet, golden unit", "4 pcs", "2,150.00", "25 days"],
        ["2", "OC-48U outdoor cabinet, series", "196 pcs", "1,720.00", "40 days, 50 pcs/week"],
    ]),
    ("p", "Validity 60 days. CFR Lagos. Payment 30% deposit, 70% before shipment for series."),
], title="HX-Q-24-0326", author="Huaxin Sales")

case("a1_gu_po_with_quote_ng_cn", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 4 golden units 'as per your quotation' with the quote (4 + 196 series) attached; nothing says the 196 are not released, no unlock event, no release person",
     [("ITS-PO-24-0418_golden_units.eml", eml_bytes(mail(
         "Engr. Babatunde Adewale <b.adewale@ikejatower.ng>",
         "Zhao Lin <zhaolin@huaxin-enclosure.cn>",
         "PO ITS/PO/24/0418 - OC-48U golden units",
         dt(2024, 4, 18, 13, 26, 1),
         """Dear Ms. Zhao,

Good day. Kindly find attached our PO ITS/PO/24/0418 for the golden units of the OC-48U outdoor
cabinet, as per your quotation HX-Q-24-0326 (also attached).

Please confirm receipt and advise the ship date. We need them in Lagos before end of May. Kindly
ensure the SONCAP certificate is ready before shipment to avoid delays at Apapa.

Thank you.

Best regards,
""" + sig("Engr. Babatunde Adewale", "Procurement Officer", "Ikeja Tower Services Ltd", "+234 803 412 7719"),
         attachments=[("ITS-PO-24-0418.pdf", _a1_po, PDF_MT), ("HX-Q-24-0326.pdf", _a1_quote, PDF_MT)])))])


# a2: SAP sample PO referencing "25 + 5000" quote, nothing on the production quantity.
case("a2_sap_sample_ref_quote_in_cn", ["RG001", "RG003", "RG004", "RG005"],
     "SAP sample PO for 25 EA referencing a quote 'for 25 + 5000 nos'; the 5000 is not said to be unreleased; no hold, no unlock event, no release person",
     [("PO_4500081734.txt", """GANGA DIGITAL TOWERS LTD                                    PURCHASE ORDER
A-41, Sector 62, Noida 201309, Uttar Pradesh                      Page 1 of 1
==================================================================================
PO No.      : 4500081734           PO Date    : 29.04.2024
Vendor      : 210871  ZHEJIANG HAOYU RF CABLE CO., LTD., Linping, Hangzhou, CN
Purch. Grp  : R05 (RF Passive)     Currency   : USD
Incoterms   : CIP Delhi Air        Pay. terms : 100% against delivery docs
==================================================================================
Itm  Material     Description                                 Qty  UoM  Price USD
----------------------------------------------------------------------------------
10   GDT-RFJ-12   RF jumper 1/2in superflex, 4.3-10M / 4.3-10M,  25   EA      12.10
                  1.5 m, PIM <= -155 dBc (2x43 dBm)
----------------------------------------------------------------------------------
                                                  Total value USD      302.50
==================================================================================
HEADER TEXT
Ref: your quotation ZH-Q-24-0412 dt 04.04.2024 for 25 + 5000 nos.
Sample lot for PIM test at Noida lab.
Each jumper with serial no. label and individual PIM/VSWR plot.
==================================================================================
Delivery : GDT Central Warehouse, Dadri, by 20.05.2024
Buyer    : Amit Verma  amit.verma@gangatowers.in  +91 120 463 9021
This is a computer generated PO and does not require signature.
""")])


# a3: hold "until further notice", named release person, but no unlock event (multipart/alternative).
_a3_text = """Sehr geehrter Herr Aydın, dear Emre,

in SAP Ariba you will find PO 4500093402 for 3 golden units of the BC-480 outdoor battery cabinet,
drawing RF-BC-480 Rev. C, price as per your offer BTM-A-24-118.

The series quantity of 597 cabinets from your offer is not released and stays on hold until
further notice. Only I can release it, and only in writing.

Please deliver the golden units to our Köln-Porz warehouse by KW 22 (Monday to Thursday,
7:00-14:00, please announce the truck 24 h in advance). Each unit with the inspection report and
the load certificate for the battery shelves (4 x 120 kg).

Mit freundlichen Grüßen
""" + sig("Stefan Hartmann", "Leiter Einkauf Netzinfrastruktur", "Rheinfunk Netz GmbH", "+49 221 5573 1100")

case("a3_hold_until_further_notice_de_tr", ["RG004"],
     "3 golden units active, 597 on hold 'until further notice', only the named sender can release; no event that unlocks the balance",
     [("PO_4500093402_golden_units.eml", eml_bytes(mail(
         "Stefan Hartmann <s.hartmann@rheinfunk-netz.de>",
         "Emre Aydın <emre.aydin@bursatelekom.com.tr>",
         "PO 4500093402 - BC-480 golden units",
         dt(2024, 5, 6, 8, 55, 2), _a3_text, html=t2h(_a3_text))))])


# a4: sample PO (PDF) where the balance is released by "our Procurement department" - nobody named.
case("a4_po_department_release_ca_vn", ["RG005"],
     "10 samples active, balance 990 not released, unlock after sample sign-off, but release 'issued by our Procurement department' - no named person",
     [("BT-PO-5530.pdf", pdf([
         ("h1", "PURCHASE ORDER BT-PO-5530"),
         ("p", "Boréal Telecom | 900 boul. Charest Est, Québec QC G1K 3J4, Canada"),
         ("p", "Supplier: Bac Ninh Optical Components JSC, Que Vo Industrial Park, Bac Ninh, Vietnam (vendor 55187)"),
         ("p", "Date: 2024-05-01    Currency: CAD    Incoterms: DAP Québec (air)"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Unit price"],
             ["10", "FOSC-D-24", "Dome closure 24F, mechanical seal, IP68, 2 trays", "10 EA", "sample", "58.90"],
         ]),
         ("sp",),
         ("h", "Note"),
         ("p", "Sample PO. The balance of 990 closures in your quote BN-Q-0419 is not released. Release of the "
               "balance will follow after sample sign-off, issued by our Procurement department."),
         ("p", "Samples to: Boréal Telecom OSP Lab, 2700 boul. Laurier, Québec. Include cold-bend test "
               "results at -40 °C."),
         ("p", "Issued by: Boréal Telecom - Procurement (achats@borealtelecom.ca)"),
     ], pagesize=LETTER, title="BT-PO-5530", author="Boreal Procurement"))])


# a5: WhatsApp: sample scope with unnamed "internal approval"; later a forecast stated as firm commitment.
case("a5_whatsapp_internal_approval_forecast_br_cn", ["RG005", "RG008"],
     "chat: 5 samples only, 495 on hold, release needs 'internal approval in our company' (no person); planner calls the 6.000 forecast 'our firm commitment'",
     [("WhatsApp_Chat_Amazonia_Linkwell.txt", """[03/05/2024 08:47] Rodrigo Matos (Amazônia Telecom): Bom dia Jessica! PO 4900012230 enviado / sent. Só as 5 amostras de caixa de emenda FOSC-A-24 - only the 5 sample closures, ok?
[03/05/2024 08:48] Rodrigo Matos (Amazônia Telecom): The other 495 from your quote stay on hold. Release needs internal approval in our company after the sample test in Manaus.
[03/05/2024 09:02] Jessica Wu (GZ Linkwell): Good morning Rodrigo 😊 ok, 5 pcs only. ETD 15 May by air.
[03/05/2024 09:03] Jessica Wu (GZ Linkwell): Heat shrink kit included or separate?
[03/05/2024 09:10] Rodrigo Matos (Amazônia Telecom): Included pls. And labels in Portuguese
[03/05/2024 09:11] Jessica Wu (GZ Linkwell): 👌
[10/05/2024 14:22] Paula Serrano (Amazônia Planejamento): Olá Jessica, Paula from planning here. Previsão 2025 for the Norte region: 6.000 caixas de emenda FOSC-A-24.
[10/05/2024 14:23] Paula Serrano (Amazônia Planejamento): Consider this as our firm commitment for 2025, pode planejar a capacidade. Production only against our call-offs of course.
[10/05/2024 14:40] Jessica Wu (GZ Linkwell): Thank you Paula! Noted 👍
[15/05/2024 18:02] Jessica Wu (GZ Linkwell): Samples shipped, AWB 784-2291 0455, ETA Manaus 20/05
""")])


# ------------------------------------------------------------------ batch 3 (positives)

# a6: Indian sample-bracket PO, nothing about any later quantity.
_a6_po = pdf([
    ("h1", "PURCHASE ORDER SI/PUR/24-25/0112"),
    ("p", "Saurashtra Infratel Pvt Ltd | 3rd Floor, Shivalik Plaza, IIM Road, Ahmedabad 380015 | "
          "GSTIN 24AAKCS8812L1ZP"),
    ("p", "To: Konya Celik Yapi San. ve Tic. A.S., Organize Sanayi Bolgesi, 42300 Selcuklu/Konya, Turkiye"),
    ("p", "Date: 02.05.2024    Currency: USD    Delivery: CIF Mundra port    Payment: 30 days from B/L"),
    ("table", [
        ["Sl.", "Item", "Description", "Qty", "Scope", "Rate USD", "Amount USD"],
        ["1", "SI-AMB-3W", "3-way antenna mounting bracket, HDG, drg SI-AMB-3W rev 2", "15 nos", "Sample",
         "96.00", "1,440.00"],
    ]),
    ("sp",),
    ("p", "Galvanizing per ISO 1461, min. 85 micron; test certificate to accompany material. Pack in wooden "
          "crates, max 500 kg per crate. Marking: PO no. and item code on each crate."),
    ("p", "For Saurashtra Infratel Pvt Ltd - Hitesh Patel, Asst. Manager - Purchase"),
], title="SI/PUR/24-25/0112", author="Saurashtra Purchase")

case("a6_sample_brackets_in_tr", ["RG003", "RG004", "RG005"],
     "sample PO for 15 brackets for a pilot-site trial; never says any later quantity is not released, names no unlock event and no release person",
     [("SI-PUR-24-25-0112_sample_brackets.eml", eml_bytes(mail(
         "Hitesh Patel <hitesh.patel@saurashtrainfratel.in>",
         "Ahmet Kaya <ahmet.kaya@konyacelik.com.tr>",
         "PO SI/PUR/24-25/0112 - sample brackets for Rajkot pilot site",
         dt(2024, 5, 2, 11, 40, 5.5),
         """Dear Sir,

Greetings from Saurashtra Infratel.

Kindly arrange 15 nos. sample brackets (3-way antenna mounting, drg SI-AMB-3W rev 2) for our pilot
site trial at Rajkot. PO attached herewith for your reference and needful.

Kindly send the galvanizing test certificate (coating thickness) along with the material and share
the vessel details once booked. Please also confirm the bolt grade (8.8, HDG) in your drawing.

Thanks & regards,
""" + sig("Hitesh Patel", "Asst. Manager - Purchase", "Saurashtra Infratel Pvt Ltd", "+91 79 4006 2213"),
         attachments=[("SI-PUR-24-25-0112.pdf", _a6_po, PDF_MT)])))])


# a7: pilot PO with quote attached as HTML; names the release person but no hold and no event.
_a7_quote = html_page("Arneses Industriales del Norte - Quote AIN-Q-2404-33", """
<h2>Arneses Industriales del Norte, S.A. de C.V.</h2>
<p>Quote AIN-Q-2404-33 &middot; 2024-04-22 &middot; Customer: Prairie Link Communications (Calgary)</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Lead time</th></tr>
<tr><td>1</td><td>Jumper 1/2in, 4.3-10 M / N-M, 2 m - pilot</td><td>16</td><td>18.40</td><td>2 weeks</td></tr>
<tr><td>2</td><td>Jumper 1/2in, 4.3-10 M / N-M, 2 m - volume</td><td>1,984</td><td>11.75</td><td>5 weeks, 500/week</td></tr>
</table>
<p>FCA Monterrey. Validity 45 days.</p>
""")

case("a7_pilot_po_person_only_ca_mx", ["RG001", "RG003", "RG004"],
     "PO for 16 pilot jumpers with the quote (16 + 1,984 volume) attached; sender names herself as release signer but never says the 1,984 are not released and names no unlock event",
     [("PLC-24-1187_pilot_jumpers.eml", eml_bytes(mail(
         "Dana Whitfield <dana.whitfield@prairielink.ca>",
         "Luis Garza <lgarza@arnesesnorte.mx>",
         "PO PLC-24-1187 - pilot jumpers",
         dt(2024, 5, 6, 10, 15, -6),
         """Hi Luis,

PO PLC-24-1187 for the 16 pilot jumpers is in the portal, and your quote is attached so we're
looking at the same numbers.

Quick note on who's who, since we have a new PM on this project: I'm the one who signs production
releases for Prairie Link, so anything about volumes comes through me, not through the field team.

Pilot jumpers to our Red Deer pilot site by June 7 please (Gaetz Ave yard, call Trevor 48 h before).

Thanks!
Dana
""" + sig("Dana Whitfield", "Sourcing Lead, RAN", "Prairie Link Communications", "+1 403 555 0166"),
         attachments=[("AIN-Q-2404-33.html", _a7_quote, HTML_MT)])))])


# a8: portal order for samples with "quantity as agreed" - no quantity, no hold, no event, no person.
case("a8_portal_samples_no_qty_de_cn", ["RG003", "RG004", "RG005", "RG010"],
     "portal order for PDB-63 samples, quantity 'as agreed in Teams call', lump sum; no count, nothing on the later quantity, no event, no person",
     [("Bestellung_4510077120.html", html_page("Elbtal Netzbau - Bestellung 4510077120", """
<h2>Elbtal Netzbau GmbH &middot; Lieferantenportal</h2>
<p>Lieferant: <b>Ningbo Kaida Electric Enclosure Co., Ltd.</b> (Lieferant 301455)</p>
<h3>Bestellung 4510077120 vom 03.05.2024</h3>
<table>
<tr><th>Pos.</th><th>Text</th><th>Menge</th><th>ME</th><th>Preis</th></tr>
<tr><td>10</td><td>Muster / samples: outdoor power distribution box PDB-63, 63 A, IP55, per drawing EN-PDB-63 Rev. B</td><td>as agreed in Teams call 29.04.</td><td>LS</td><td>2.400,00 EUR (lump sum)</td></tr>
</table>
<div class="note">
Please make the samples so that our lab in Dresden can start the type test in June. Ship by air, DAP Dresden, with the routine test report (IEC 61439-2) and the IP test report for each box.
</div>
<p>Einkäufer: Sandra Vogel &middot; s.vogel@elbtal-netzbau.de &middot; +49 351 4190 7731</p>
<p style="color:#777">Es gelten die Einkaufsbedingungen der Elbtal Netzbau GmbH, Stand 01/2024.</p>
""", lang="de"))])


# a9: multi-file: clean-looking sample PO + a cluster BoQ with a larger, unlabelled quantity.
_a9_po = pdf([
    ("h1", "PURCHASE ORDER 4700012611"),
    ("p", "Deccan Fibrenet Pvt Ltd | Plot 9, Financial District, Nanakramguda, Hyderabad 500032"),
    ("p", "Vendor: Shenzhen Optiseal Technology Co., Ltd., Longgang, Shenzhen, China (vendor 100912)"),
    ("p", "PO date: 03.05.2024    Currency: USD    Incoterms: CIP Hyderabad (air)"),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Scope", "Rate USD"],
        ["10", "FOSC-96-DF", "Dome closure 96F, IP68, 8 trays, per DF-OSP-SPEC-04", "24 EA", "Sample", "62.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Released now: 24 sample closures. The production quantity quoted (576 closures, basis: forecast) is "
          "not released. Unlock: sample sign-off by our OSP team, then a written release by Mr. K. Srinivas Rao, "
          "GM - Procurement. Material authority: sample-only."),
], title="PO 4700012611", author="Deccan Procurement")

_a9_boq = html_page("Hyderabad Phase 2 - Bill of Quantities", """
<h2>Deccan Fibrenet &middot; Hyderabad Cluster Rollout Phase 2 &middot; Bill of Quantities (OSP)</h2>
<p>Revision R3 &middot; 30.04.2024 &middot; Prepared by: Network Planning (Hyderabad)</p>
<table>
<tr><th>S.No</th><th>Item</th><th>Make / type</th><th>UoM</th><th>Qty</th><th>Delivery</th></tr>
<tr><td>1</td><td>Dome closure 96F, IP68</td><td>Optiseal FOSC-96-DF</td><td>nos</td><td>1,200</td><td>drop-ship to site per cluster plan</td></tr>
<tr><td>2</td><td>Splice tray 12F</td><td>Optiseal ST-12</td><td>nos</td><td>4,800</td><td>with closures</td></tr>
<tr><td>3</td><td>Pole clamp kit</td><td>local</td><td>sets</td><td>1,200</td><td>site</td></tr>
<tr><td>4</td><td>ODF 144F rack mount</td><td>local</td><td>nos</td><td>32</td><td>POP sites</td></tr>
</table>
<p>Clusters: Gachibowli, Kondapur, Madhapur, Kukatpally, Miyapur. Route length 486 km.</p>
""")

case("a9_po_plus_boq_in_cn", ["RG001"],
     "2-file bundle: sample PO (24, 576 not released, unlock + named person) plus a Phase 2 BoQ listing 1,200 closures and 4,800 trays from the supplier with nothing saying informational or not released",
     [("PO_4700012611.pdf", _a9_po), ("BoQ_HYD_Phase2_R3.html", _a9_boq)])


# a11: supplier order confirmation: production lot beside the samples, auto-start, material bought.
case("a11_order_confirmation_cn_de", ["RG001", "RG006", "RG007"],
     "supplier OC lists 12 samples and a 1,188 production lot with a delivery week, says the lot starts directly after sample approval, and material for 1,200 is ordered",
     [("OC-HX-24-0588.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-HX-24-0588"),
         ("p", "Shenzhen Huaxin Enclosure Technology Co., Ltd. | Bao'an District, Shenzhen 518103, China"),
         ("p", "Customer: Nordkabel Netz GmbH, Hamburger Chaussee 77, 24113 Kiel, Germany"),
         ("p", "Your PO: 4500093560 dated 2024-04-29     Our ref.: HX-Q24-0388     Date: 2024-05-02"),
         ("table", [
             ["Item", "Description", "Qty", "Delivery"],
             ["1", "ODC-12 outdoor distribution cabinet, samples", "12 pcs", "ETD week 21, by air"],
             ["2", "ODC-12 outdoor distribution cabinet, production lot", "1,188 pcs", "ETD week 30, by sea"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. The production lot will start directly after your approval of the 12 samples. No further "
               "document is needed, so week 30 is safe."),
         ("p", "2. For lead time reasons we have already ordered the SPCC and galvanized sheet and the 3-point "
               "locks for 1,200 pcs."),
         ("p", "3. Packing: export carton on pallet, 6 pcs per pallet. Marks as per your logistics manual NK-LOG-2."),
         ("p", "Thank you for your order!"),
         ("p", "Zhang Wei, Sales Manager Europe"),
     ], title="OC-HX-24-0588", author="Huaxin Sales"))])


# a12: DOCX sample PO with a "forecast ... treat as committed" annual volume table beside it.
case("a12_po_forecast_committed_ca_vn", ["RG001", "RG008"],
     "sample PO (20; 480 not released; event + named person) that also shows a 2025 forecast of 2,000 'please treat as committed volume' with nothing saying it is not released",
     [("PLC-24-1203.docx", docx_bytes([
         ("h1", "Purchase Order PLC-24-1203"),
         ("p", "Prairie Link Communications, 600 3rd Ave SW, Calgary AB T2P 0G5, Canada"),
         ("p", "Supplier: Dong Nai PowerLink Cable JSC, Amata Industrial Park, Bien Hoa, Dong Nai, Vietnam"),
         ("p", "Date: 2024-05-03    Incoterms: DAP Calgary    Payment: net 60"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Scope"],
             ["10", "DCP-2x10-30", "DC power cable 2 x 10 mm², LSZH, 30 m, lugs M8, for RRU", "20", "sample"],
         ]),
         ("h", "Scope"),
         ("p", "Sample PO: 20 cables released. The 480 production cables in your quote DN-Q-0327 are not "
               "released; release follows the sample sign-off, in writing, by Dana Whitfield, Sourcing Lead. "
               "Material authority: sample-only."),
         ("h", "Volume outlook 2025"),
         ("table", [
             ["Quarter", "Q1", "Q2", "Q3", "Q4", "Total"],
             ["DCP-2x10-30", "500", "500", "500", "500", "2,000"],
         ]),
         ("p", "Annual volume 2025: 2,000 cables. This is our forecast; please treat it as committed volume and "
               "plan your line capacity accordingly."),
         ("p", "Buyer: Dana Whitfield, dana.whitfield@prairielink.ca, +1 403 555 0166"),
     ], author="Dana Whitfield"))])


# p08: "green light - go ahead with production as discussed" - no quantity anywhere (multipart/alternative).
_p08_text = """Merhaba Mr. Demir,

thank you again for the good meeting in Istanbul last week and for the factory tour in Gebze,
the new powder line looks very good.

Drawing OC-900 rev C and the BoQ are agreed on our side. Green light from our side - go ahead
with production as discussed in Istanbul.

Please send us the packing list format and the pallet pattern before the first shipment, so our
warehouse in Dresden can plan the slots. Container booking via Kühne + Nagel as usual.

Beste Grüße / best regards
""" + sig("Sandra Vogel", "Einkauf", "Elbtal Netzbau GmbH", "+49 351 4190 7731")

case("p08_green_light_no_qty_de_tr", ["RG002", "RG010"],
     "buyer: 'Green light from our side - go ahead with production as discussed'; no quantity stated anywhere",
     [("OC-900_next_steps.eml", eml_bytes(mail(
         "Sandra Vogel <s.vogel@elbtal-netzbau.de>",
         "Burak Demir <burak.demir@gebzemetalkabin.com.tr>",
         "OC-900 - next steps after Istanbul",
         dt(2024, 5, 13, 9, 20, 2), _p08_text, html=t2h(_p08_text))))])


# p09: WhatsApp: scoped golden-unit PO, later a site manager posts "approved, go ahead".
case("p09_whatsapp_approved_go_ahead_ng_cn", ["RG002"],
     "chat: PO scoped to 6 golden units, 594 on hold, named releaser; later a buyer-side site manager answers a test video with 'approved, go ahead' - no scope, no quantity",
     [("WhatsApp_Chat_PHT_Everbright.txt", """06/05/2024, 10:02 - Engr. Ifeoma Nwosu (PH TowerServe): Good morning Kevin. PO PHT-PO-0933 is out for 6 golden units only. Bal. 594 stays on hold until type test sign-off; the release will be in writing from me.
06/05/2024, 10:09 - Kevin Liu (Dongguan Everbright): Received 👍 thank you madam
06/05/2024, 10:10 - Kevin Liu (Dongguan Everbright): Air cargo to Port Harcourt or Lagos?
06/05/2024, 10:14 - Engr. Ifeoma Nwosu (PH TowerServe): Port Harcourt please
20/05/2024, 16:31 - Kevin Liu (Dongguan Everbright): Golden units passed IP55 at our lab today, video below
20/05/2024, 16:31 - Kevin Liu (Dongguan Everbright): <Media omitted>
20/05/2024, 16:58 - Musa Ibrahim (PH TowerServe Sites): 👍 approved, go ahead
20/05/2024, 17:03 - Kevin Liu (Dongguan Everbright): Thank you Mr Musa 🙏
""")])


# p10: email "drawing rev D is approved. Please proceed." with minutes attached that use "release" twice.
_p10_mom = docx_bytes([
    ("h1", "Minutes of Meeting - weekly call, outdoor cabinet CNL-OC-40"),
    ("p", "Date: 06.05.2024. Coromandel Netlinks Pvt Ltd (CNL) / Xiamen Brightway Enclosure Co. (XB)."),
    ("p", "Present: Mr. R. Karthikeyan, Ms. Lakshmi Menon (CNL); Mr. Lin Jun, Ms. Chen Yu (XB)."),
    ("table", [
        ["No.", "Point", "Decision / status", "Owner"],
        ["1", "Pilot cabinets", "10 pilot cabinets released under PO 4600031177", "-"],
        ["2", "Balance", "390 cabinets not released", "-"],
        ["3", "Drawing", "Drawing release of rev D (gland plate change) to be done by CNL engineering this week",
         "CNL Engg"],
        ["4", "Production release", "Release of the 390 after pilot-site ATP at Vellore, signed by Ms. Lakshmi Menon "
                                    "(Head Procurement)", "Ms. Menon"],
        ["5", "Shipping", "Pilot cabinets CIF Chennai, ETD 28.05", "XB"],
    ]),
    ("p", "Minutes by R. Karthikeyan."),
], author="R. Karthikeyan")

case("p10_drawing_approved_proceed_in_cn", ["RG002", "RG009"],
     "buyer: 'drawing rev D is approved. Please proceed.' (no scope, no quantity); attached minutes use 'release' for the drawing release and for the production release",
     [("RE_CNL-OC-40_rev_D.eml", eml_bytes(mail(
         "R. Karthikeyan <r.karthikeyan@coromandelnet.in>",
         "Lin Jun <linjun@xmbrightway.com>",
         "RE: CNL-OC-40 rev D drawing",
         dt(2024, 5, 7, 12, 5, 5.5),
         """Dear Mr. Lin,

Your revised drawing CNL-OC-40 rev D with the gland plate change is approved. Please proceed.

MoM of yesterday's call is attached for your records. Kindly revert with the updated thermal
calculation for the 1.5 kW load by Friday.

Regards,
""" + sig("R. Karthikeyan", "Manager - Sourcing", "Coromandel Netlinks Pvt Ltd", "+91 44 4290 1187"),
         attachments=[("MoM_06-05-2024_CNL-OC-40.docx", _p10_mom, DOCX_MT)])))])


# p38: vendor-portal page: "Order approved", and "approval" for finance, sample and production.
case("p38_portal_order_approved_ca_mx", ["RG002", "RG009"],
     "portal banner 'Order approved' with no scope; 'approval' used for finance PO approval, sample approval and production approval",
     [("BT_portal_PO_BT-PO-5547.html", html_page("Boréal Telecom - Supplier Portal - PO BT-PO-5547", """
<h2>Boréal Telecom &middot; Supplier Portal</h2>
<p style="background:#e6ffe6;border:1px solid #6c6;padding:6px;font-size:16px"><b>Order approved &#10004;</b></p>
<table>
<tr><th>PO</th><td>BT-PO-5547</td><th>Supplier</th><td>Gabinetes Monterrey S.A. de C.V.</td></tr>
<tr><th>Approval status</th><td>Approved (Finance, 2024-05-02)</td><th>Buyer</th><td>Julien Fortin</td></tr>
</table>
<h4>Lines</h4>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Sample approval</th></tr>
<tr><td>10</td><td>ODC-8-BT</td><td>Outdoor distribution cabinet, golden unit</td><td>3</td><td>pending</td></tr>
</table>
<div class="note">
The 297 series cabinets in quote GM-Q-0611 are not released. Production approval for the 297 will be given by Sophie Gagnon, Director Network Deployment, after sample approval.
</div>
<p>Ship golden units to Boréal lab, 2700 boul. Laurier, Québec. Commercial invoice in CAD.</p>
""", lang="en"))])


# p11: buyer: down payment went out, "so you're good to run".
_p11_po = pdf([
    ("h1", "PURCHASE ORDER MNN-4450"),
    ("p", "Maple North Networks Inc. | 200 Wellington St W, Toronto ON M5V 3C7, Canada"),
    ("p", "Supplier: Ensambles del Bajío S.A. de C.V., Querétaro, México"),
    ("p", "Date: 2024-04-26    Terms: 25% down payment with PO, balance net 30 after delivery    Incoterms: DAP Toronto"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "SMB-220", "Small-cell strand mount bracket, 6061-T6, black anodized", "800", "22.50", "18,000.00"],
    ]),
    ("p", "Full quantity for the Toronto small-cell program, no sample stage. Deliver in two drops of 400."),
    ("p", "Buyer: Megan Tremblay, Procurement Lead"),
], pagesize=LETTER, title="MNN-4450", author="Maple North Procurement")

case("p11_down_payment_signal_ca_mx", ["RG012"],
     "full-quantity PO (800); buyer writes the down payment went out, 'consider that your signal to start the run' - payment used as production authority",
     [("MNN-4450_down_payment.eml", eml_bytes(mail(
         "Megan Tremblay <megan.tremblay@maplenorth.ca>",
         "Jorge Ramírez <jramirez@ensamblesbajio.mx>",
         "MNN-4450 down payment",
         dt(2024, 5, 3, 15, 10, -4),
         """Hola Jorge,

our AP team confirms the 25% down payment on PO MNN-4450 went out this morning (USD 4,500.00,
wire ref. RBC-0503-7781). Consider that your signal to start the run.

First drop of 400 to our Etobicoke yard by June 21 please. Same pallet labels as last year.

Thanks,
Megan
""" + sig("Megan Tremblay", "Procurement Lead, Network Deployment", "Maple North Networks Inc.",
          "+1 416 555 0187"),
         attachments=[("MNN-4450.pdf", _p11_po, PDF_MT)])))])


# p13: buyer invites pre-buying sheet for the rest: "we'll sort it out later".
case("p13_prebuy_sort_it_later_de_tr", ["RG006"],
     "scope is correct (2 golden units, 298 not released, named releaser after type test), but buyer invites pre-buying sheet 'for the rest', 'we'll sort it out later' - no explicit material authority",
     [("AW_4520009870_lead_time.eml", eml_bytes(mail(
         "Tobias Brandt <t.brandt@westfalen-mobilfunk.de>",
         "Burak Demir <burak.demir@gebzemetalkabin.com.tr>",
         "AW: PO 4520009870 OC-300 - lead time aluminium",
         dt(2024, 5, 10, 16, 2, 2),
         """Hallo Herr Demir,

thanks for the heads-up on the aluminium lead time.

Scope stays as in the PO: PO 4520009870 covers 2 golden units of the OC-300 outdoor cabinet. The
298 series cabinets are not released; the production release comes from Dr. Anja Meissner in
writing after the type test sign-off in Dortmund.

Regarding the 2 mm AlMg3 sheet: feel free to pre-buy the sheet for the rest if it helps your lead
time, we'll sort it out later. I'd rather not lose the summer slot.

Golden units please to Dortmund by KW 23.

Gruß
""" + sig("Tobias Brandt", "Projektleiter Rollout", "Westfalen Mobilfunk Infrastruktur GmbH",
          "+49 231 9770 4412") + "\n" + quote("""From: Burak Demir <burak.demir@gebzemetalkabin.com.tr>
Sent: Friday, 10 May 2024 11:48
Subject: PO 4520009870 OC-300 - lead time aluminium

Dear Mr. Brandt,
our aluminium supplier informs lead time for 2 mm AlMg3 sheet is now 14 weeks. Golden units are
not affected, we have sheet in stock for them.
Best regards, Burak Demir"""),
         in_reply_to="<gmk-2024-0510-1148@gebzemetalkabin.com.tr>")))])


# p14: multi-file: correct pilot PO + supplier weekly status saying sheet for 500 sets arrived.
_p14_po = pdf([
    ("h1", "PURCHASE ORDER KTI/PO/2024/0212"),
    ("p", "Kano Telecom Infrastructure Ltd | 5 Murtala Mohammed Way, Kano, Nigeria"),
    ("p", "Supplier: Suzhou Ruilian Metal Products Co., Ltd., Wuzhong District, Suzhou, China"),
    ("p", "Date: 22 April 2024    Currency: USD    Incoterms: CFR Lagos (Apapa)"),
    ("table", [
        ["S/N", "Description", "Qty", "Scope", "Unit USD"],
        ["1", "SC-20 shelter cabinet, pilot version, galvanized + RAL 7035", "20", "pilot", "640.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Quoted total 500 cabinets (20 pilot + 480 series). Only the 20 pilot cabinets are released by this PO. "
          "The 480 series cabinets are not released; they are released only after the pilot-site ATP in Kano, "
          "in writing, by Alhaji Sani Bello, Director Procurement. Material authority: pilot quantity only."),
    ("p", "Authorised signatory: Alhaji Sani Bello, Director Procurement"),
], title="KTI/PO/2024/0212", author="KTI Procurement")

case("p14_po_plus_status_material_ng_cn", ["RG006"],
     "2-file bundle: PO releases 20 pilot cabinets with pilot-only material authority; supplier status reports sheet for 500 sets arrived and powder for 500 sets ordered",
     [("KTI-PO-2024-0212.pdf", _p14_po),
      ("Ruilian_weekly_status_wk19.txt", """SUZHOU RUILIAN METAL PRODUCTS CO., LTD.
WEEKLY STATUS REPORT - WEEK 19 / 2024
Customer : Kano Telecom Infrastructure Ltd     PO: KTI/PO/2024/0212
Product  : SC-20 shelter cabinet
-------------------------------------------------------------------
1. Pilot cabinets (20 pcs)
   - Laser cutting finished 20/20, bending 14/20, welding start 13-May
   - Galvanizing slot booked 20-May, powder coating 23-May
   - ETD Shanghai 05-Jun, vessel to be confirmed

2. Material status
   - SPCC sheet 1.5 mm for 500 sets arrived our warehouse 06-May
   - Powder RAL 7035 for 500 sets ordered, arrive 15-May
   - Locks and hinges: samples only

3. Open points
   - Please confirm cable entry gland size (M32 or M40)
   - Please send pilot-site ATP checklist, we want to prepare

Prepared by: Sun Yue (Project Coordinator)  sunyue@ruilianmetal.cn
""")])


# p17: meeting minutes: supplier reports he already pre-purchased trays/gaskets for 3 site batches.
case("p17_minutes_prepurchased_in_cn", ["RG006"],
     "minutes: 40 pilot closures released, 3 site batches (1,200) not released; supplier states he already pre-purchased trays and gaskets for the 3 site batches - no material authority",
     [("MoM_weekly_MFG_Optiseal_wk19.docx", docx_bytes([
         ("h1", "Minutes - weekly call Malabar Fibre Grid / Shenzhen Optiseal"),
         ("p", "Date: 09.05.2024. Present: Mr. Vikram Sethi, Ms. Anjali Pillai (MFG); Mr. Zhou Ming (Optiseal)."),
         ("h", "1. Status of order"),
         ("table", [
             ["Item", "Status"],
             ["Pilot batch, PO 4600040121", "40 closures released; ETD 24.05.2024"],
             ["Site batches 1-3 (3 x 400 = 1,200 closures)", "not released; release after pilot ATP at Kochi, "
                                                           "by Mr. Vikram Sethi (Head - Supply Chain)"],
         ]),
         ("h", "2. Discussion"),
         ("p", "2.1 Mr. Zhou (Optiseal) informed that he has already pre-purchased the splice trays and gasket "
               "sets for the 3 site batches to protect the lead time, because the tray moulder is fully booked "
               "in June. MFG to check internally."),
         ("p", "2.2 Pilot ATP at Kochi (Kakkanad POP) planned for week 24; Ms. Pillai to send the checklist."),
         ("p", "2.3 Labelling: closure ID labels in English and Malayalam not needed; English only."),
         ("h", "3. Actions"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "Send AWB for pilot batch", "Optiseal", "24.05.2024"],
             ["2", "ATP checklist to Optiseal", "Ms. Pillai", "17.05.2024"],
         ]),
         ("p", "Minutes by: Anjali Pillai"),
     ], author="Anjali Pillai"))])


# p19: supplier forwards (message/rfc822) the steel mill's confirmation for the complete 600 brackets.
_p19_inner = mail(
    "Sales - Ereğli Steel Service <sales@eregli-steelservice.com.tr>",
    "Mehmet Kaya <mehmet.kaya@konyacelik.com.tr>",
    "Sipariş onayı / Order confirmation SC-24-1188",
    dt(2024, 5, 8, 10, 30, 3),
    """Dear Mr. Kaya,

we confirm your order SC-24-1188:

  Material : S355JR flat bar 100 x 10 mm and plate 12 mm, EN 10025-2
  Quantity : 42,000 kg (42 t)
  Project  : Abuja Backbone - tower brackets TB-600, complete 600 pcs
  Delivery : week 22, to Konya OSB plant
  Price    : as agreed, payment 60 days

Mill certificates EN 10204 3.1 will follow with the delivery.

Best regards
Ereğli Steel Service - Sales
""")

case("p19_forward_steel_order_tr_ng", ["RG006"],
     "supplier forwards its steel mill confirmation for 42 t 'complete 600 pcs' brackets while only 12 sample brackets are released",
     [("FW_steel_for_TB-600.eml", eml_bytes(mail(
         "Mehmet Kaya <mehmet.kaya@konyacelik.com.tr>",
         "Engr. Chinonso Okonkwo <c.okonkwo@abujabackbone.ng>",
         "FW: Order confirmation SC-24-1188 - steel for TB-600 brackets",
         dt(2024, 5, 8, 13, 15, 3),
         """Dear Engr. Okonkwo,

FYI, please see below the confirmation from our steel mill: 42 t S355JR for your complete 600
tower brackets, delivery week 22. So we are ready on the material side.

As per your PO only the 12 sample brackets are released; we wait for your written release after
the load test for the remaining 588.

The 12 samples will be galvanized next week and shipped by air to Abuja.

Kind regards,
""" + sig("Mehmet Kaya", "Export Sales Manager", "Konya Çelik Yapı San. ve Tic. A.Ş.", "+90 332 239 4410"),
         attachments=[("rfc822", _p19_inner)])))])


# ------------------------------------------------------------------ batch 4 (positives)

# p20: supplier reads the advance as order confirmation, buys steel for all 150, starts Monday.
_p20_buyer = """From: Olumide Adeyemi <o.adeyemi@lekkinetworks.ng>
Sent: Monday, 22 April 2024 10:14
To: Amy Wu <amy.wu@topsun-enclosure.com>
Subject: PO LNI-PO-0520 - golden unit cabinets

Dear Amy,

PO LNI-PO-0520 is attached: 4 golden unit cabinets (OC-1500 shelter cabinet) only.
The 146 series cabinets are NOT released until the type test sign-off in Lagos and a written
release by me (Olumide Adeyemi, Head of Supply Chain).

Please send the proforma for the advance as agreed with our finance team, they want to pay the
30% on the full project value this quarter to hold the price.

Regards,
Olumide"""

case("p20_advance_means_confirmed_cn_ng", ["RG006", "RG012"],
     "supplier: advance received 'means order confirmed', steel ordered for all 150 and production starts Monday, while the quoted buyer PO releases 4 golden units only",
     [("RE_PO_LNI-PO-0520_advance.eml", eml_bytes(mail(
         "Amy Wu <amy.wu@topsun-enclosure.com>",
         "Olumide Adeyemi <o.adeyemi@lekkinetworks.ng>",
         "RE: PO LNI-PO-0520 - golden unit cabinets",
         dt(2024, 5, 6, 9, 48, 8),
         """Dear Mr. Adeyemi,

We received your 30% advance for proforma PI-TS-2024-118 (150 cabinets), thank you very much.

As usual, payment received means order confirmed, so we already ordered the steel for all 150
cabinets and production starts on Monday. The 4 golden units are in painting now and will ship
first by air.

Best regards,
Amy Wu
Zhongshan Topsun Enclosure Co., Ltd.
Tel: +86 760 8812 5530

""" + quote(_p20_buyer), in_reply_to="<lni-0422-1014@lekkinetworks.ng>")))])


# p26: VN supplier says sample sign-off is "the trigger" for 3,000 and cable for 3,000 already booked.
_p26_po = pdf([
    ("h1", "PURCHASE ORDER GLW-24-0311"),
    ("p", "Great Lakes Wireless Integration Inc. | 3200 Deziel Dr, Windsor ON N8W 5K8, Canada"),
    ("p", "Supplier: Hai Phong Precision Cable JSC, Nomura Industrial Zone, Hai Phong, Vietnam"),
    ("p", "Date: 2024-04-30    Incoterms: DAP Windsor (air)    Payment: net 45"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope", "Unit USD"],
        ["1", "GLW-J400-5", "Jumper LMR-400 equivalent, N-M / N-M, 5 m", "30", "sample", "24.80"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Quoted total 3,000 jumpers (30 samples + 2,970 production). Only the 30 samples are released. "
          "The 2,970 are not released; they are released only by a written release from Adam Novak, "
          "Purchasing Manager, after sample sign-off. Material authority: sample-only."),
], pagesize=LETTER, title="GLW-24-0311", author="GLW Purchasing")

case("p26_signoff_is_trigger_vn_ca", ["RG006", "RG007"],
     "supplier: golden sample sign-off is 'the trigger for the 3,000', will not wait for another document; cable for the 3,000 already booked and arrived; PO (attached) says sample-only and written release",
     [("RE_GLW-24-0311_samples.eml", eml_bytes(mail(
         "Tran Van Minh <minh.tran@hpcable.com.vn>",
         "Adam Novak <anovak@greatlakeswireless.ca>",
         "RE: PO GLW-24-0311 - samples and rollout schedule",
         dt(2024, 5, 9, 15, 30, 7),
         """Dear Mr. Novak,

Thank you for PO GLW-24-0311 (attached back for your reference) for the 30 sample jumpers. The
samples will be ready on 17 May, PIM and VSWR report included.

Per our understanding the golden sample sign-off is the trigger for the 3,000 jumpers; we will not
wait for another document, to keep your rollout date in July.

Also good news: the LMR-400 type cable for the 3,000 jumpers is already booked and arrived at our
warehouse last week, so there is no risk on material.

Best regards,
""" + sig("Tran Van Minh", "Sales Manager", "Hai Phong Precision Cable JSC", "+84 225 3856 230"),
         attachments=[("GLW-24-0311.pdf", _p26_po, PDF_MT)])))])


# p29: supplier confirms a non-binding forecast "as your order" and buys cable for 3,000.
_p29_buyer = """From: Nikhil Deshpande <nikhil.deshpande@vidarbhatelecom.in>
Sent: 29 April 2024 17:02
To: Sales Haoyu <sales@haoyu-rf.com>
Subject: FY25 forecast - RF jumpers

Dear Team Haoyu,

Please find below our FY25 forecast for 1/2in RF jumpers: 12,000 nos in total (Q1 2,500,
Q2 3,500, Q3 3,500, Q4 2,500). This is non-binding and for your capacity planning only.

Regards,
Nikhil Deshpande, Sr. Manager - Procurement"""

case("p29_forecast_confirmed_as_order_cn_in", ["RG006", "RG008"],
     "buyer's quoted forecast is labelled non-binding; supplier 'confirms this as your order for FY25' and has purchased cable for the first 3,000 jumpers",
     [("RE_FY25_forecast_RF_jumpers.eml", eml_bytes(mail(
         "Sophie Xu <sales@haoyu-rf.com>",
         "Nikhil Deshpande <nikhil.deshpande@vidarbhatelecom.in>",
         "RE: FY25 forecast - RF jumpers",
         dt(2024, 5, 2, 10, 20, 8),
         """Dear Mr. Deshpande,

Thank you for sharing your FY25 forecast of 12,000 RF jumpers. We confirm this as your order for
FY25 and have put it into our production plan.

To secure the copper price we have already purchased the 1/2in superflex cable for the first
3,000 jumpers of this order. Delivery schedule per quarter as in your mail.

Best regards
Sophie Xu
Overseas Sales, Zhejiang Haoyu RF Cable Co., Ltd.
+86 571 8620 4471

""" + quote(_p29_buyer), in_reply_to="<vts-0429-1702@vidarbhatelecom.in>")))])


# p22: buyer's PM contradicts the written-release requirement: "just keep the line running into the 792".
_p22_rachel = """From: Rachel MacDonald <rmacdonald@fundycoast.ca>
Sent: April 29, 2024 11:20 AM
To: Jorge Ramírez <jramirez@ensamblesbajio.mx>
Cc: Greg Thibodeau <gthibodeau@fundycoast.ca>
Subject: PO FCN-PO-2207 hybrid cables

Jorge,
PO FCN-PO-2207 covers the 8 pilot hybrid fibre/power cables (HFC-6F-2x6, 30 m). The other 792
are on hold. They are released only by my written release after the pilot-site ATP in Moncton.
Rachel MacDonald, Procurement Lead"""

_p22_jorge = """From: Jorge Ramírez <jramirez@ensamblesbajio.mx>
Sent: May 9, 2024 4:05 PM
To: Greg Thibodeau <gthibodeau@fundycoast.ca>
Subject: RE: PO FCN-PO-2207 hybrid cables

Hi Greg, pilot cables delivered to Moncton on Tuesday. When is the ATP? We want to plan the line
for June.
Jorge

""" + quote(_p22_rachel)

case("p22_keep_line_running_ca_mx", ["RG007"],
     "PM writes 'if the pilot cables pass, just keep the line running into the 792 - no need to wait for the paperwork' against the quoted written-release requirement",
     [("RE_FCN-PO-2207_ATP_date.eml", eml_bytes(mail(
         "Greg Thibodeau <gthibodeau@fundycoast.ca>",
         "Jorge Ramírez <jramirez@ensamblesbajio.mx>",
         "RE: PO FCN-PO-2207 hybrid cables",
         dt(2024, 5, 10, 8, 12, -3),
         """Hi Jorge,

ATP at the Moncton pilot site is Tuesday the 14th, Dave's crew will do the OTDR and the DC drop
test. If the pilot cables pass, just keep the line running into the 792 - no need to wait for the
paperwork, Rachel will catch up.

Cheers,
Greg Thibodeau
Project Manager, RAN Modernization
Fundy Coast Networks
+1 902 555 0134

""" + quote(_p22_jorge), cc="Rachel MacDonald <rmacdonald@fundycoast.ca>",
         in_reply_to="<ebj-0509-1605@ensamblesbajio.mx>")))])


# p23: Brazilian ATP plan (DOCX): "after a successful ATP the supplier continues automatically".
case("p23_atp_auto_continue_br_tr", ["RG007"],
     "ATP plan for 3 golden units names the buyer's release person, then says after a successful ATP the supplier continues automatically with the site batches - no recorded auto-conversion, no quantity, no signer",
     [("Plano_ATP_OC-BR-220_v2.docx", docx_bytes([
         ("h1", "Plano de Teste de Aceitação (ATP) - Gabinete outdoor OC-BR-220"),
         ("p", "Nordeste Torres S.A., Av. Eng. Domingos Ferreira 4060, Recife/PE - Engenharia de Infraestrutura"),
         ("p", "Fornecedor / supplier: Kocaeli Kabin Sanayi ve Ticaret A.Ş. - objetos de teste / test objects: "
               "3 golden units (PO 7700512)."),
         ("h", "1. Objetivo / purpose"),
         ("p", "Verify the golden units against specification NT-ESP-GAB-05 rev 2 at the pilot site Recife-Boa "
               "Viagem before the cluster rollout."),
         ("h", "2. Testes / tests"),
         ("table", [
             ["No.", "Teste / test", "Norma / reference", "Critério / criterion"],
             ["1", "Grau de proteção / IP55", "IEC 60529", "no ingress"],
             ["2", "Térmico / thermal, 1.8 kW, 45 °C ambient", "NT-ESP-GAB-05 §7", "internal <= 50 °C"],
             ["3", "Aterramento / earthing", "NBR 5419", "< 10 ohm"],
             ["4", "Porta e fechadura / door and lock", "NT-ESP-GAB-05 §9", "3-point, 1,000 cycles"],
         ]),
         ("h", "3. Resultado / outcome"),
         ("p", "Os lotes de site não estão liberados por este pedido de teste / the site batches are not released "
               "by this test order. Liberação de produção / production release: Sra. Luana Freitas, Gerente de "
               "Compras."),
         ("p", "Após ATP aprovado / after a successful ATP, the supplier continues automatically with the site "
               "batches (lotes de site 1-4), without further instruction, so the cluster rollout keeps its date."),
         ("h", "4. Assinaturas / signatures"),
         ("table", [
             ["Função / role", "Nome / name"],
             ["Engenharia Nordeste Torres", "Eng. Tiago Albuquerque"],
             ["Kocaeli Kabin", "Zeynep Arslan"],
         ]),
     ], author="Tiago Albuquerque"))])


# p24+p52: WhatsApp: site engineer confirms "report ok means you start"; supplier later starts the 190 on the advance.
case("p24_whatsapp_report_ok_advance_in_tr", ["RG007", "RG012"],
     "chat: PO 10 pilot, 190 not released, written release by named buyer; site engineer agrees 'report ok means you start'; supplier later starts the 190 because the advance was received",
     [("WhatsApp_Chat_TTC_Bursa.txt", """[06/05/24, 10:31:12] Naveen Reddy (TTC Procurement): PO 4600051190 issued for 10 pilot cabinets OD-600. Balance 190 not released. Release will be by me in writing after the IP55 report and the pilot site ATP.
[06/05/24, 10:44:50] Emre Aydın (Bursa Telekom): Received sir 🙏 10 pcs
[06/05/24, 10:45:31] Emre Aydın (Bursa Telekom): Gland plate M40 or M32?
[06/05/24, 11:02:07] Suresh Babu (TTC Site Engg): M40 x 4 and M25 x 2
[13/05/24, 17:20:40] Emre Aydın (Bursa Telekom): Sir, once the IP55 report is ok we start balance 190 cabinets directly, yes? To save time for monsoon
[13/05/24, 17:26:03] Suresh Babu (TTC Site Engg): Yes yes no issue, report ok means you start
[13/05/24, 17:26:30] Emre Aydın (Bursa Telekom): 👍👍
[20/05/24, 09:12:18] Emre Aydın (Bursa Telekom): Advance payment for pilot lot received, thank you sir. So we have started the 190 also
[20/05/24, 09:15:44] Emre Aydın (Bursa Telekom): IP55 report will come Thursday from the lab
""")])


# p25: supplier quote (PDF) stating the series starts automatically on FAI approval.
case("p25_quote_auto_start_mx_br", ["RG007"],
     "supplier quote term: 'production of the series (2,400 pcs) starts automatically upon your approval of the FAI samples; no separate release is required'",
     [("COT-2024-0417_AIN.pdf", pdf([
         ("h1", "COTIZACIÓN / QUOTATION COT-2024-0417"),
         ("p", "Arneses Industriales del Norte, S.A. de C.V. | Av. Ruiz Cortines 4410, Monterrey, N.L., México"),
         ("p", "Cliente / customer: Nordeste Torres S.A., Recife/PE, Brasil - Attn. Sra. Luana Freitas, Compras"),
         ("p", "Fecha: 2024-04-17    Validez: 60 días    Moneda: USD    Incoterms: FCA Monterrey"),
         ("table", [
             ["Partida", "Descripción", "Cantidad", "Precio unitario", "Entrega"],
             ["1", "Arnés de alarma / alarm harness ALH-12, 12 pares, 3 m - FAI samples", "24 pcs", "31.50",
              "3 semanas"],
             ["2", "Arnés de alarma ALH-12 - serie / series", "2,400 pcs", "17.90", "6 semanas, 600/semana"],
         ]),
         ("sp",),
         ("p", "Condiciones / terms:"),
         ("p", "1. Production of the series (2,400 pcs) starts automatically upon your approval of the FAI samples; "
               "no separate release is required."),
         ("p", "2. FAI report per AIAG format with dimensional and continuity results for each sample."),
         ("p", "3. Payment: 30 days after invoice. Prices based on copper LME USD 9,400/t; adjustment above +/- 5%."),
         ("p", "Atentamente, Luis Garza - Gerente Comercial"),
     ], title="COT-2024-0417", author="AIN Comercial"))])


# p28: buyer: "once our engineers are satisfied ... roll straight into the 294"; no named release person.
case("p28_engineers_satisfied_roll_ng_cn", ["RG005", "RG007"],
     "buyer: 6 golden units, 294 on hold, 'once our engineers are satisfied ... you can roll straight into the 294 - no need to wait for another letter'; no named release authority",
     [("ECL-PO-0388_golden_units.eml", eml_bytes(mail(
         "Chidi Eze <chidi.eze@enuguconnect.ng>",
         "Huang Mei <huangmei@xmbrightway.com>",
         "PO ECL-PO-0388 - OC-1500 golden units",
         dt(2024, 5, 2, 14, 5, 1),
         """Dear Ms. Huang,

Good afternoon. Our PO ECL-PO-0388 is below for your action:

  Item   : OC-1500 shelter cabinet, 2 bay, with 48V DC distribution
  Qty    : 6 (six) golden units
  Price  : USD 1,480.00 each, CFR Lagos
  Needed : Enugu store by 15 June 2024

The other 294 cabinets on your quotation are on hold for now. Once our engineers are satisfied
with the golden units, you can roll straight into the 294 - no need to wait for another letter
from us, we know the rainy season will slow the sites.

Kindly acknowledge.

Regards,
Chidi Eze
Procurement Officer, Enugu Connect Ltd
+234 809 551 2207
""")))])


# p37: supplier thanks for "approval" of samples and reads it as covering production.
_p37_buyer = """From: Jan Petersen <j.petersen@hansa-glasfaser.de>
Sent: Tuesday, 7 May 2024 15:40
To: Liu Yang <liuyang@hzfibertek.com>
Subject: FOSC-H-96 samples - sign-off

Dear Mr. Liu,

the 12 samples of the FOSC-H-96 are signed off for fit and function (report HG-QS-24-044).

This is not a production release: the 1,188 closures remain on hold until the written release
from Frau Birte Lorenzen (Leitung Einkauf) after our budget sign-off in June.

Best regards
Jan Petersen, Technischer Einkauf"""

case("p37_approval_covers_production_cn_de", ["RG007", "RG009"],
     "supplier replies to a scoped sample sign-off: 'thank you for the approval of the 12 samples ... we understand the approval covers the production as well, so we will start the series'",
     [("RE_FOSC-H-96_samples.eml", eml_bytes(mail(
         "Liu Yang <liuyang@hzfibertek.com>",
         "Jan Petersen <j.petersen@hansa-glasfaser.de>",
         "RE: FOSC-H-96 samples - sign-off",
         dt(2024, 5, 8, 9, 2, 8),
         """Dear Mr. Petersen,

Thank you very much for the approval of the 12 samples! Our team is very happy.

We understand the approval covers the production as well, so we will start the series on Monday
to keep your Q3 schedule. First container ETD Ningbo end of June.

Best regards
Liu Yang
Hangzhou Fibertek Closure Co., Ltd.
+86 571 8732 1190

""" + quote(_p37_buyer), in_reply_to="<hg-0507-1540@hansa-glasfaser.de>")))])


# p30: schedule agreement page (HTML) calling forecast quantities binding commitments.
case("p30_schedule_forecast_binding_de_vn", ["RG008"],
     "schedule page: call-off 400 released correctly, but the forecast of 4,800 is labelled 'binding purchase commitment of Nordkabel'",
     [("Lieferplan_LP-5500123.html", html_page("Nordkabel Netz - Lieferplan LP-5500123", """
<h2>Nordkabel Netz GmbH &middot; Lieferplan / schedule agreement LP-5500123</h2>
<p>Lieferant: <b>Bac Ninh Optical Components JSC</b> &middot; Material: FOSC-D-48 dome closure 48F &middot; Stand: 02.05.2024</p>
<table>
<tr><th>Zeitraum / period</th><th>Menge / qty</th><th>Art / type</th><th>Status</th></tr>
<tr><td>KW 19-22</td><td>400</td><td>Lieferabruf LA-0017</td><td>released - produce and ship</td></tr>
<tr><td>KW 23-40</td><td>4,800</td><td>Forecast</td><td>binding purchase commitment of Nordkabel</td></tr>
</table>
<div class="note">
Production authority exists only for LA-0017 (400 closures); forecast quantities are produced only against call-offs.<br>
Forecast quantities on this schedule are binding purchase commitments of Nordkabel Netz GmbH.<br>
The next call-off LA-0018 follows the site acceptance of cluster Kiel-Nord and is signed by Lars Brandt, Disposition.
</div>
<p>Anlieferung: Nordkabel Lager Neumünster, Rendsburger Str. 190. Avis 24 h vorher an lager@nordkabel-netz.de</p>
""", lang="de"))])


# p32: frame-agreement annex (DOCX): forecast volume declared non-binding, then "Buyer commits to purchase" it.
case("p32_frame_annex_commit_forecast_ca_mx", ["RG008"],
     "frame annex calls 2,400 cabinets a non-binding forecast, then states 'Buyer commits to purchase the forecast volume of 2,400 cabinets in 2025'",
     [("FA-GLW-2024_Annex_B.docx", docx_bytes([
         ("h1", "Annex B to Frame Agreement FA-GLW-2024 - Volumes"),
         ("p", "Between Great Lakes Wireless Integration Inc. (Buyer) and Gabinetes Monterrey S.A. de C.V. (Supplier)."),
         ("h", "B.1 Forecast"),
         ("p", "The 2025 volume of 2,400 outdoor cabinets OC-42-GL is Buyer's non-binding forecast, split as below."),
         ("table", [
             ["Quarter", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Total"],
             ["OC-42-GL", "400", "800", "800", "400", "2,400"],
         ]),
         ("h", "B.2 Call-offs"),
         ("p", "Production authority exists only under individual call-offs signed by Adam Novak, Purchasing Manager. "
               "Each call-off names its quantity and delivery week."),
         ("h", "B.3 Volume commitment"),
         ("p", "Buyer commits to purchase the forecast volume of 2,400 cabinets in 2025. Supplier may plan capacity "
               "and rely on this volume."),
         ("h", "B.4 Price"),
         ("p", "USD 1,245.00 per cabinet FCA Monterrey; steel index adjustment per Annex C."),
         ("sp",),
         ("table", [
             ["For Buyer", "For Supplier"],
             ["Adam Novak, Purchasing Manager", "Rebeca Salinas, Directora Comercial"],
         ]),
     ], author="Adam Novak"))])


# p35: German buyer uses "approval" for technical, board (commercial) and production (multipart/alternative).
_p35_text = """Sehr geehrter Herr Yılmaz,

golden unit GU-01 of the BC-600 battery cabinet is approved from the technical side: IP55 and the
thermal test at 45 °C passed in our lab in Garching, report IN-QS-24-061.

The approval of the 598 series cabinets still needs our investment board. After the board
approval you will receive the approval for production from Herr Dirk Lammers (Leiter Einkauf) in
writing. Until then the 598 remain on hold. PO 4530001122 covers the 2 golden units only.

Please send the updated drawing with the new cable gland plate (rev F) by end of next week.

Mit freundlichen Grüßen
""" + sig("Florian Huber", "Technischer Einkauf", "Isartal Netz GmbH", "+49 89 2180 5540")

case("p35_approval_three_meanings_de_tr", ["RG009"],
     "'approved' (technical), 'approval of the 598 ... investment board' (commercial) and 'approval for production' (release) - one word for three things; scope otherwise complete",
     [("GU-01_BC-600_result.eml", eml_bytes(mail(
         "Florian Huber <f.huber@isartal-netz.de>",
         "Mehmet Yılmaz <mehmet.yilmaz@kocaelikabin.com.tr>",
         "GU-01 BC-600 - Ergebnis / result",
         dt(2024, 5, 14, 11, 30, 2), _p35_text, html=t2h(_p35_text),
         cc="Dirk Lammers <d.lammers@isartal-netz.de>")))])


# p60: SAP PO printout: "PO status: RELEASED (release strategy)" beside a production-release note.
case("p60_sap_po_released_status_in_cn", ["RG009"],
     "SAP printout shows 'PO status: RELEASED (Rel. strategy P2 - Finance)' (commercial) next to a note on 'production release' of the 288 balance",
     [("PO_4500090415.txt", """RAYALASEEMA INFRA TOWERS LTD                                PURCHASE ORDER
Survey No. 118, Industrial Estate, Anantapur 515001, A.P.          Page 1 of 1
=================================================================================
PO Number   : 4500090415         PO Date    : 02.05.2024
PO status   : RELEASED  (Rel. strategy P2 - Finance, 02.05.2024 16:40)
Vendor      : 220314  FOSHAN GREATWALL CABINET CO., LTD., Nanhai, Foshan, CN
Purch. Grp  : T02 (Tower Infra)  Currency   : USD
Incoterms   : CIF Chennai        Pay. terms : 30% advance, 70% against B/L
=================================================================================
Itm  Material     Description                                Qty  UoM  Price USD
---------------------------------------------------------------------------------
10   RIT-ODC-2B   Outdoor cabinet 2 bay, IP55, golden unit    12   EA     1,390.00
---------------------------------------------------------------------------------
                                                  Total value USD  16,680.00
=================================================================================
HEADER NOTE
Sample PO - 12 EA golden unit outdoor cabinets for type test.
Balance 288 EA NOT released. Production release of the balance only by
written release from Mr. S. Venkatesh, DGM Procurement, after type test
sign-off at Anantapur yard. Material authority: 12 EA only.
=================================================================================
Delivery : RIT Stores Anantapur by 30.06.2024
Buyer    : G. Lakshmi Prasanna  lakshmi.p@rit-towers.in  +91 8554 270 116
""")])


# p07: Canadian buyer orders golden units for type test without stating how many.
case("p07_golden_units_no_count_ca_cn", ["RG010"],
     "buyer: 'please build the golden units for the CSA/IP55 type test'; series not released, unlock and named releaser given, but no count of golden units anywhere",
     [("MNN-CAB-220_golden_units.eml", eml_bytes(mail(
         "Olivia Chen <olivia.chen@maplenorth.ca>",
         "Zhang Wei <zhang.wei@huaxin-enclosure.cn>",
         "MNN-CAB-220 - golden units for type test",
         dt(2024, 5, 3, 9, 40, -4),
         """Hi Zhang Wei,

Following our call on Tuesday: please build the golden units for the CSA / IP55 type test per
drawing MNN-CAB-220 rev B (cold-climate version, heater 2 x 300 W, -40 °C rated gaskets).
Purchasing will send the PO reference by Monday; pricing as per your offer HX-Q24-0401.

This order is for the golden units only. No series quantity is released. Any series release
follows our type test sign-off in Mississauga and comes in writing from me.

Ship to: Maple North Test Lab, 6705 Millcreek Dr, Unit 4, Mississauga ON L5N 5M4.

Thanks,
Olivia
""" + sig("Olivia Chen", "Sourcing Manager, Access Network", "Maple North Networks Inc.", "+1 416 555 0152"))))])


# p55: call-off TXT with "quantity per attached site list" - no list, no number.
case("p55_calloff_no_qty_br_cn", ["RG010"],
     "call-off text: 'quantity: per attached site list' but no list is attached and no number is given; remaining volume not released, next call-off event and signer named",
     [("CHAMADA_04_AQ-2023-09.txt", """PARANA FIBRA REDES LTDA                     CHAMADA DE ENTREGA / CALL-OFF
Rua Marechal Deodoro 630, Curitiba/PR         No. 04 - 03/05/2024
-----------------------------------------------------------------------------
Acordo quadro / frame agreement : AQ-2023-09
Fornecedor / supplier           : Guangzhou Linkwell Fiber Co., Ltd.
Item                            : FOSC-48 caixa de emenda / splice closure 48F
-----------------------------------------------------------------------------
Quantidade / quantity : conforme lista de sites anexa / per attached site
                        list (cluster Curitiba Sul)
Entrega / delivery    : drop-ship to sites, DAP, semanas 24-26
Preço / price         : conforme AQ-2023-09, anexo A
-----------------------------------------------------------------------------
Volume restante do acordo / remaining frame volume: NÃO LIBERADO / not
released. A próxima chamada (05) será emitida após o aceite do cluster
Curitiba Sul e assinada por Beatriz Castro, Gerente de Suprimentos.
-----------------------------------------------------------------------------
Contato logística: Diego Rocha, (41) 3025-1180, logistica@paranafibra.com.br
""")])


# ------------------------------------------------------------------ batch 5 (positives)

# p57: Slack export: "start cutting the jumpers ... same as last time", "green light from me" - no number.
case("p57_slack_same_as_last_time_ca_vn", ["RG002", "RG010"],
     "chat: field ops asks to start cutting jumpers 'same as last time, you have the numbers' and gives 'the green light from me'; no quantity anywhere",
     [("slack_fundycoast-hpc_2024-05-15.txt", """#fundycoast-hpc-rollout  (exported 2024-05-16)

[2024-05-15 08:12] Kyle Burke (Fundy Coast): Hey Minh, pls start cutting the jumpers for the Saint John cluster, same as last time. Same lengths, 4.3-10 both ends
[2024-05-15 08:30] Tran Van Minh (Hai Phong Cable): Good morning Kyle. How many pcs? And which PO?
[2024-05-15 08:41] Kyle Burke (Fundy Coast): same as last time, you have the numbers. PO to follow from purchasing
[2024-05-15 08:42] Kyle Burke (Fundy Coast): you have the green light from me, we're tight on the towers
[2024-05-15 08:50] Tran Van Minh (Hai Phong Cable): OK Kyle :+1:
[2024-05-15 09:05] Tran Van Minh (Hai Phong Cable): cable stock ok, connectors arrive Friday
""")])


# p41: cover email says "ten (10) golden units", attached PO says 12.
_p41_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500101777"),
    ("p", "Spree Netzbau GmbH | Rudower Chaussee 29, 12489 Berlin | USt-IdNr. DE 318 552 904"),
    ("p", "Lieferant: Shenzhen Optiseal Technology Co., Ltd., Longgang, Shenzhen, China"),
    ("p", "Datum: 06.05.2024    Angebot: OS-Q-2405-02    Lieferung: DAP Berlin (air)"),
    ("table", [
        ["Pos.", "Material", "Beschreibung", "Menge", "Scope", "Preis USD"],
        ["10", "FOSC-B-144", "Inline closure 144F, IP68, 12 trays - golden unit", "12 EA", "sample", "96.00"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "Sample PO: 12 golden units released. The 1,188 production closures in quote OS-Q-2405-02 are not released. "
          "Unlock: type test sign-off at our lab in Berlin-Adlershof, then a written production release by "
          "Frau Claudia Winter, Leiterin Einkauf. Material authority: sample-only."),
    ("p", "Sachbearbeiter: Paul Schneider, +49 30 6392 1170"),
], title="PO 4500101777", author="Spree Einkauf")

case("p41_email_ten_po_twelve_de_cn", ["RG011"],
     "cover email: 'PO ... for the ten (10) golden units'; attached PO line and scope note: 12 golden units",
     [("PO_4500101777_FOSC-B-144.eml", eml_bytes(mail(
         "Paul Schneider <p.schneider@spree-netzbau.de>",
         "Zhou Ming <zhouming@optiseal.com.cn>",
         "PO 4500101777 - FOSC-B-144 golden units",
         dt(2024, 5, 6, 13, 50, 2),
         """Hello Mr. Zhou,

attached is PO 4500101777 for the ten (10) golden units of the FOSC-B-144 closure for our type
test in Berlin-Adlershof.

As written in the PO, the 1,188 production closures are not released; the production release
comes in writing from Frau Claudia Winter after the type test sign-off.

Please confirm the delivery date and send the air waybill as soon as available.

Best regards
""" + sig("Paul Schneider", "Einkauf Netzinfrastruktur", "Spree Netzbau GmbH", "+49 30 6392 1170"),
         attachments=[("PO_4500101777.pdf", _p41_po, PDF_MT)])))])


# p42: multi-file: call-off TXT says 150, the buyer's email for the same call-off says 160.
case("p42_calloff_150_email_160_br_mx", ["RG011"],
     "2-file bundle: call-off CO-0007 releases 150 cables; the buyer's email for CO-0007 asks to produce 160",
     [("CHAMADA_CO-0007.txt", """NORDESTE TORRES S.A.                          CHAMADA DE ENTREGA / CALL-OFF
Av. Eng. Domingos Ferreira 4060, Recife/PE     CO-0007 - 06/05/2024
-----------------------------------------------------------------------------
Acordo quadro / frame agreement : FA-NT-2024-02
Fornecedor / supplier           : Ensambles del Bajío S.A. de C.V.
Item                            : CPA-10-15 cabo de energia DC / DC power cable
                                  2 x 10 mm², 15 m, terminais M6
-----------------------------------------------------------------------------
Quantidade liberada / quantity released : 150 unidades / units
Lote de site / site batch               : 7 (Recife Norte)
Entrega / delivery                      : DAP Recife, até 14/06/2024
-----------------------------------------------------------------------------
Volume restante do acordo / remaining frame volume: 1.350 - NÃO LIBERADO /
not released. Próxima chamada após aceite do lote de site 7, assinada por
João Carvalho, Gerente de Suprimentos.
-----------------------------------------------------------------------------
"""),
      ("RE_CO-0007_site_batch_7.eml", eml_bytes(mail(
          "João Carvalho <joao.carvalho@nordestetorres.com.br>",
          "Jorge Ramírez <jramirez@ensamblesbajio.mx>",
          "CO-0007 - site batch 7 Recife Norte",
          dt(2024, 5, 6, 16, 25, -3),
          """Hola Jorge, tudo bem?

Segue a chamada CO-0007 (também no portal). Please produce 160 cables CPA-10-15 for site batch 7
(Recife Norte) and ship by 14/06 to our Recife warehouse.

Labels: site code + cable number, same as batch 6. The crimp pull-test record is needed for
every lot.

Abraço,
""" + sig("João Carvalho", "Gerente de Suprimentos", "Nordeste Torres S.A.", "+55 81 3031 2290"))))])


# p43+p33: WhatsApp: PO 8 pilot, an engineer asks for 10; later the Q3 forecast "take it as confirmed order".
case("p43_whatsapp_8_vs_10_forecast_ng_tr", ["RG008", "RG011"],
     "chat: PO releases 8 pilot cabinets, a buyer engineer then says 'make it 10 for the pilot'; later the Q3 forecast of 900 is called a 'confirmed order'",
     [("WhatsApp_Chat_DTN_Gebze.txt", """07/05/2024, 11:02 - Engr. Efe Omonigho (Delta Towers): Good morning Burak. PO DTN-PO-0455 sent: 8 pilot cabinets for the Warri pilot site. The balance 192 is not released until the pilot ATP sign-off; release in writing from me.
07/05/2024, 11:20 - Burak Demir (Gebze Metal Kabin): Noted, 8 pcs. Thank you Engr. Efe
07/05/2024, 11:21 - Burak Demir (Gebze Metal Kabin): Plinth height 200 or 300 mm?
07/05/2024, 11:35 - Kelechi Nwankwo (Delta Towers Projects): 300mm, flood area
07/05/2024, 11:36 - Kelechi Nwankwo (Delta Towers Projects): And make it 10 for the pilot abeg, we need 2 extra as spares for the site
07/05/2024, 11:40 - Burak Demir (Gebze Metal Kabin): 👍
14/05/2024, 09:15 - Engr. Efe Omonigho (Delta Towers): Our Q3 forecast is 900 cabinets for the Delta cluster rollout. Take it as confirmed order for your capacity, we go raise the PO later. Don't start anything yet.
14/05/2024, 09:31 - Burak Demir (Gebze Metal Kabin): Very good news, thank you 🙏
""")])


# p44: multi-file: German PO says 1.200 Stk.; the release letter for the same PO says 1,500 pcs.
_p44_po = pdf([
    ("h1", "Bestellung 4500102250"),
    ("p", "Neckar Funk Infrastruktur GmbH | Heilbronner Str. 150, 70191 Stuttgart"),
    ("p", "Lieferant: Dong Nai PowerLink Cable JSC, Amata Industrial Park, Bien Hoa, Vietnam (Lief.-Nr. 300912)"),
    ("p", "Bestelldatum: 15.04.2024    Währung: EUR    Lieferbedingung: DAP Stuttgart-Hafen    Zahlung: 60 Tage netto"),
    ("table", [
        ["Pos.", "Material", "Bezeichnung", "Menge", "Preis/Stk.", "Wert"],
        ["10", "NF-DC-2x25", "DC-Kabel 2 x 25 mm², LSZH, 20 m, konfektioniert (M10)", "1.200 Stk.", "38,40 EUR",
         "46.080,00 EUR"],
    ]),
    ("sp",),
    ("p", "Serienbestellung nach Muster-Sign-off vom 10.01.2024 (Muster unter Bestellung 4500100990). "
          "Liefertermin KW 26, Teillieferungen nach Abruf des Lagers möglich."),
    ("p", "Einkauf: Thomas Berger, Leiter Einkauf, +49 711 2580 3300"),
], title="Bestellung 4500102250", author="Neckar Funk Einkauf")

case("p44_po_1200_release_1500_de_vn", ["RG011"],
     "2-file bundle: PO 4500102250 orders 1.200 Stk.; the production release letter for that PO releases 1,500 pcs",
     [("PO_4500102250.pdf", _p44_po),
      ("Freigabe_RL-0042.docx", docx_bytes([
          ("h1", "Production release RL-0042"),
          ("p", "Neckar Funk Infrastruktur GmbH, Einkauf, Heilbronner Str. 150, 70191 Stuttgart"),
          ("p", "To: Dong Nai PowerLink Cable JSC - Ms. Le Thi Thu, Key Account"),
          ("p", "Date: 02.05.2024"),
          ("table", [
              ["PO", "Part", "Released quantity", "Delivery"],
              ["4500102250", "NF-DC-2x25 DC power cable 2 x 25 mm², 20 m", "1,500 pcs", "KW 26-28"],
          ]),
          ("p", "Following the sample sign-off of 10 January 2024, we release 1,500 pcs of the DC power cable "
                "NF-DC-2x25 for production against PO 4500102250. Material authority: as released."),
          ("p", "Thomas Berger, Leiter Einkauf"),
      ], author="Thomas Berger"))])


# p45+p54: supplier ack confirms 25 samples against a PO for 24 and says the series starts on the deposit.
_p45_buyer = """From: Adaeze Okafor <a.okafor@lagosmetrofibre.ng>
Sent: Thursday, 2 May 2024 10:05
To: Pham Thu Ha <ha.pham@bacninh-optical.vn>
Subject: PO LMF-PO-0931 - sample closures

Dear Ms. Pham,

PO LMF-PO-0931 is attached: 24 sample closures FOSC-D-24. The balance of 976 is not released
until sample sign-off by our OSP engineering and a written release from me.

Regards,
Mrs. Adaeze Okafor
Head of Procurement, Lagos Metro Fibre Ltd"""

_p45_oc = pdf([
    ("h1", "ORDER CONFIRMATION BN-OC-24-0207"),
    ("p", "Bac Ninh Optical Components JSC | Que Vo Industrial Park, Bac Ninh, Vietnam"),
    ("p", "Customer: Lagos Metro Fibre Ltd, Victoria Island, Lagos    Your PO: LMF-PO-0931    Date: 2024-05-03"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Delivery"],
        ["1", "FOSC-D-24 dome closure 24F, samples", "25", "49.00", "by air, 20 May 2024"],
    ]),
    ("p", "Standard terms: production of series quantities starts on receipt of the 30% deposit."),
], title="BN-OC-24-0207", author="Bac Ninh Sales")

case("p45_ack_25_vs_24_deposit_vn_ng", ["RG011", "RG012"],
     "supplier confirms '25 sample closures as per your PO' against a quoted PO of 24, and states the 976 series start when the 30% deposit arrives",
     [("RE_LMF-PO-0931_confirmation.eml", eml_bytes(mail(
         "Pham Thu Ha <ha.pham@bacninh-optical.vn>",
         "Adaeze Okafor <a.okafor@lagosmetrofibre.ng>",
         "RE: PO LMF-PO-0931 - sample closures",
         dt(2024, 5, 3, 14, 40, 7),
         """Dear Mrs. Okafor,

Thank you for your order. We confirm 25 sample closures FOSC-D-24 as per your PO LMF-PO-0931,
delivery by air on 20 May. Order confirmation BN-OC-24-0207 is attached.

For the series: according to our standard terms, production of the 976 pcs starts when we receive
the 30% deposit, so please ask your finance team to arrange it early to keep the rollout date.

Best regards,
""" + sig("Pham Thu Ha", "Export Sales", "Bac Ninh Optical Components JSC", "+84 222 3617 405") + "\n" +
         quote(_p45_buyer),
         attachments=[("BN-OC-24-0207.pdf", _p45_oc, PDF_MT)],
         in_reply_to="<lmf-0502-1005@lagosmetrofibre.ng>")))])


# p46: release letter (DOCX): table says 240, text says "two hundred (200)"; "released" also for the drawing.
case("p46_release_letter_240_vs_200_in", ["RG009", "RG011"],
     "release letter: table 'released quantity 240', text 'we hereby release two hundred (200)'; 'released' also used for the drawing release",
     [("PRL-DF-24-017.docx", docx_bytes([
         ("h1", "PRODUCTION RELEASE LETTER PRL/DF/24/017"),
         ("p", "Deccan Fibrenet Pvt Ltd, Plot 9, Financial District, Nanakramguda, Hyderabad 500032"),
         ("p", "To: Pune Metalforms Pvt Ltd, Chakan MIDC Ph-II, Pune 410501. Kind attn.: Mr. Sachin Joshi"),
         ("p", "Date: 06.05.2024"),
         ("table", [
             ["PO", "Material", "Description", "Released quantity"],
             ["4700012720", "600-480-12", "Cable tray bracket 600 mm, HDG, DRG TB-4800 Rev 12", "240"],
         ]),
         ("sp",),
         ("p", "Dear Sir,"),
         ("p", "Drawing TB-4800 Rev 12 was released by our engineering on 10.04.2024 after the sample trial at "
               "Gachibowli. We hereby release two hundred (200) cable tray brackets for production against PO "
               "4700012720, for site batch 1 (Kondapur and Madhapur)."),
         ("p", "The remaining 360 brackets on the PO are not released. The next release follows the acceptance of "
               "site batch 1 and will be signed by Mr. K. Srinivas Rao, GM - Procurement."),
         ("p", "Material authority: for the released quantity only. Galvanizing certificate with each truck."),
         ("p", "Thanking you,"),
         ("p", "K. Srinivas Rao, GM - Procurement"),
     ], author="K. Srinivas Rao"))])


# p48: quoted chain: release for site batch 2 says 300; the same buyer later says batch 2 is 320.
_p48_release = """From: Adam Novak <anovak@greatlakeswireless.ca>
Sent: May 6, 2024 9:10 AM
To: Pham Thu Ha <ha.pham@bacninh-optical.vn>
Subject: Release - site batch 2 - FOSC-D-48

Ha,
Release for site batch 2: 300 closures FOSC-D-48 under PO GLW-24-0288. The remaining 900 are not
released; the next release follows the site acceptance of batch 2 and comes from me.
Adam Novak, Purchasing Manager"""

_p48_question = """From: Pham Thu Ha <ha.pham@bacninh-optical.vn>
Sent: May 8, 2024 10:22 PM
To: Adam Novak <anovak@greatlakeswireless.ca>
Subject: RE: Release - site batch 2 - FOSC-D-48

Dear Adam, could you confirm packing for batch 2: 20 pcs per carton as batch 1?
Thank you, Ha

""" + quote(_p48_release)

case("p48_thread_300_vs_320_ca_vn", ["RG011"],
     "same buyer: quoted release for site batch 2 = 300 closures; his later reply 'site batch 2 is 320 closures, please go ahead with those'",
     [("RE_Release_site_batch_2.eml", eml_bytes(mail(
         "Adam Novak <anovak@greatlakeswireless.ca>",
         "Pham Thu Ha <ha.pham@bacninh-optical.vn>",
         "RE: Release - site batch 2 - FOSC-D-48",
         dt(2024, 5, 9, 8, 5, -4),
         """Hi Ha,

yes, 20 per carton like batch 1 is fine, with the site label on two sides.

As said, site batch 2 is 320 closures, please go ahead with those and ship by June 14 to our
Windsor yard.

Thanks,
Adam
""" + sig("Adam Novak", "Purchasing Manager", "Great Lakes Wireless Integration Inc.", "+1 519 555 0177") +
         "\n" + quote(_p48_question), in_reply_to="<bno-0508-2222@bacninh-optical.vn>")))])


# p49: buyer: advance paid on the PI for 300 cabinets, "kindly commence manufacturing ... as the advance has been paid".
_p49_pi = pdf([
    ("h1", "PROFORMA INVOICE PI TS-2024-077"),
    ("p", "Zhongshan Topsun Enclosure Co., Ltd. | Torch Development Zone, Zhongshan, Guangdong, China"),
    ("p", "Buyer: Plateau Telecom Infrastructure Ltd, 12 Ahmadu Bello Way, Jos, Plateau State, Nigeria"),
    ("p", "Date: 2024-04-25    Currency: USD    Incoterms: CFR Lagos (Apapa)"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "OC-1200N outdoor cabinet, 2 bay, galvanized + RAL 7035, with 48V DC PDU", "300", "1,180.00",
         "354,000.00"],
        ["", "Advance 40%", "", "", "141,600.00"],
        ["", "Balance 60% against B/L copy", "", "", "212,400.00"],
    ]),
    ("p", "Production lead time 45 days. Bank: ICBC Zhongshan Branch, SWIFT ICBKCNBJGDG."),
], title="PI TS-2024-077", author="Topsun Sales")

case("p49_advance_paid_commence_ng_cn", ["RG012"],
     "buyer: 'we have paid the 40% advance ... kindly commence manufacturing immediately as the advance has been paid' - payment treated as the production start signal (full 300, no sample stage)",
     [("Advance_PI_TS-2024-077.eml", eml_bytes(mail(
         "Dauda Musa <dauda.musa@plateautelecom.ng>",
         "Amy Wu <amy.wu@topsun-enclosure.com>",
         "Advance payment - PI TS-2024-077 - 300 cabinets",
         dt(2024, 5, 7, 12, 10, 1),
         """Dear Ms. Wu,

Good day. We have paid the 40% advance (USD 141,600.00) on PI TS-2024-077 for the 300 cabinets,
this is the full quantity for the Jos-Bauchi rollout. MT103 reference: UBN/FX/24/05/0731.

Kindly commence manufacturing immediately as the advance has been paid, and share the production
schedule and photos weekly.

Thank you.

Best regards,
""" + sig("Dauda Musa", "Head, Procurement & Logistics", "Plateau Telecom Infrastructure Ltd", "+234 806 770 1298"),
         attachments=[("PI_TS-2024-077.pdf", _p49_pi, PDF_MT)])))])


# p50: supplier took portal acceptance of its OC (buyer comment "Looks good, go ahead") as the start of the series.
_p50_portal = """From: Great Lakes Wireless Supplier Portal <noreply@portal.greatlakeswireless.ca>
Sent: Friday, May 10, 2024 4:41 PM
To: Rebeca Salinas <rsalinas@gabinetesmty.mx>
Subject: [GLW Portal] Order confirmation OC-GM-2211 accepted

Order confirmation OC-GM-2211 for PO GLW-24-0402 was accepted by Adam Novak on 2024-05-10.
Comment: Looks good, go ahead 👍"""

_p50_po = """From: Adam Novak <anovak@greatlakeswireless.ca>
Sent: Thursday, May 2, 2024 2:15 PM
To: Rebeca Salinas <rsalinas@gabinetesmty.mx>
Subject: PO GLW-24-0402

Rebeca,
PO GLW-24-0402: 3 golden units only. The 297 series cabinets are not released; release in writing
from me after type test sign-off.
Adam Novak, Purchasing Manager"""

case("p50_portal_acceptance_as_go_mx_ca", ["RG002", "RG012"],
     "supplier: since the buyer accepted the order confirmation in the portal ('Looks good, go ahead'), 'we took that as the go' and started the series; the quoted PO releases 3 golden units only",
     [("RE_OC-GM-2211_accepted.eml", eml_bytes(mail(
         "Rebeca Salinas <rsalinas@gabinetesmty.mx>",
         "Adam Novak <anovak@greatlakeswireless.ca>",
         "RE: [GLW Portal] Order confirmation OC-GM-2211 accepted",
         dt(2024, 5, 13, 10, 5, -6),
         """Hi Adam,

since you accepted our order confirmation OC-GM-2211 in your supplier portal on Friday, we took
that as the go and production of the series cabinets started this morning. The 3 golden units
ship to your Windsor lab on Wednesday as planned.

We will send the weekly status every Monday.

Saludos,
""" + sig("Rebeca Salinas", "Directora Comercial", "Gabinetes Monterrey S.A. de C.V.", "+52 81 8340 2200") +
         "\n" + quote(_p50_portal) + ">\n" + quote(_p50_po),
         in_reply_to="<glw-portal-0510-1641@portal.greatlakeswireless.ca>")))])


# @@CASES_END@@


# =================================================================== build
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(9191).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = Path(c["files"][0][0]).stem
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+", first), first
        folder = f"h91_{i:02d}_{first}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        for r in c["expect"]:
            assert r in RULES, r
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {r: sum(1 for c in CASES if r in c["expect"]) for r in RULES}
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{r}={n}" for r, n in counts.items()))


if __name__ == "__main__":
    build()
