"""Generator for the check_holdout2 corpus (independent held-out evaluation of the document checker).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout2-venv && /tmp/holdout2-venv/bin/pip install reportlab python-docx
    /tmp/holdout2-venv/bin/python tests/data/check_holdout2/build.py
It rewrites cases/ and labels.json deterministically.
"""
import io
import json
import random
import shutil
import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle
import docx

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
LABELS = {}
_cur = None
_seed = 0


def case(name, expect, note):
    global _cur
    assert name not in LABELS, name
    _cur = CASES / name
    _cur.mkdir(parents=True)
    LABELS[name] = {"expect": sorted(expect), "facts": None, "note": note}


def write(fname, data):
    p = _cur / fname
    if isinstance(data, str):
        p.write_text(data.lstrip("\n"), encoding="utf-8")
    else:
        p.write_bytes(data)


# ---------------------------------------------------------------- PDF / DOCX
_ss = getSampleStyleSheet()


def pdf(blocks, title="document"):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", leftMargin=40, rightMargin=40)
    flow = []
    for kind, val in blocks:
        if kind == "h":
            flow.append(Paragraph(escape(val), _ss["Heading2"]))
        elif kind == "p":
            flow.append(Paragraph(escape(val), _ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(val, _ss["Code"]))
        elif kind == "table":
            t = Table([[Paragraph(escape(str(c)), _ss["BodyText"]) for c in row] for row in val])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            flow.append(t)
        flow.append(Spacer(1, 6))
    doc.build(flow)
    return buf.getvalue()


def docx_bytes(blocks):
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind in ("p", "pre"):
            for line in val.split("\n") if kind == "pre" else [val]:
                d.add_paragraph(line)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
    d.core_properties.author = ""
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:  # fixed timestamps: reproducible output
        for info in src.infolist():
            z.writestr(zipfile.ZipInfo(info.filename, (2024, 1, 1, 0, 0, 0)), src.read(info.filename), zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ---------------------------------------------------------------- email
def msg(frm, to, subject, date, text, html=None, attachments=(), forwarded=(), cc=None, reply_to_id=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%d.%d@%s>" % (len(subject) * 7919 + len(text), len(date), dom)
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
    m["MIME-Version"] = "1.0"
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mt in attachments:
        maint, sub = mt.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=sub, filename=fn)
        else:
            m.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    for f in forwarded:
        m.add_attachment(f)
    return m


def eml(*a, **k):
    global _seed
    _seed += 1
    random.seed(_seed)
    return bytes(msg(*a, **k))


def html_page(title, body):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>"
            "</head><body>\n%s\n</body></html>\n" % (escape(title), body))


def html_table(rows):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_to_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body>" + "".join(
        "<p>%s</p>" % escape(p).replace("\n", "<br>") for p in paras) + "</body></html>"


DISCLAIMER_DE = """
--
Mit freundlichen Gruessen / Best regards
{name}
{role}
Nordhavn Robotics GmbH | Industriestr. 2000 | 85748 Garching | Germany
T +49 89 1234 5600 | HRB 224466 | Managing Directors: A. Krause, B. Olsen

This e-mail and any attachments are confidential and may be legally privileged. If you are not
the intended recipient, please notify the sender and delete this e-mail. Any order is subject to
our General Terms of Purchase (GTP 2023), available at nordhavn.example/gtp.
"""

SIG_SUPPLIER_ISO = """
--
{name} | {role}
LayerForge 3D Ltd. - MJF / SLS / SLA print bureau
ISO 9001:2015 certified | Approved supplier to Tier-1 automotive since 2019
Unit 7, 1500 Parkway Road, Leeds LS11 5BD | +44 113 496 0123
Registered in England No. 10442781. VAT GB 298 7310 44.
"""

SIG_US = """
Thanks,
{name}
{role}
Keystone Precision Machining, Inc. | AS9100D / ITAR registered
4500 Industrial Blvd, Erie, PA 16509 | o: 814-555-0142 | c: 814-555-0199

CONFIDENTIALITY NOTICE: This message (including attachments) may contain confidential or
proprietary information and is intended only for the addressee. If you received it in error,
please delete it and notify the sender. Export-controlled data may be included (ITAR/EAR).
"""


def build_clean():
    # c01 ---------------------------------------------------------------
    case("clean_3dp_sample_po_erp_fixedwidth", [],
         "ERP fixed-width sample PO: 10 pcs active, balance 2,490 explicitly on hold, event + named releaser; PO no. and dates look like quantities")
    write("PO_4500012500.txt", """
NORDHAVN ROBOTICS GMBH                                   PURCHASE ORDER
Industriestr. 2000, 85748 Garching                       PO NO.   : 4500012500
                                                         PO DATE  : 2024-03-11
VENDOR: 700215  LAYERFORGE 3D LTD                        CURRENCY : EUR
        UNIT 7, 1500 PARKWAY ROAD, LEEDS                  PAY TERMS: 30 DAYS NET
--------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                 QTY   UOM   UNIT PRICE      AMOUNT
--------------------------------------------------------------------------------
10  7700-120 REV B  GRIPPER FINGER PA12 MJF      10    EA        14.50      145.00
                    SCOPE: SAMPLE LOT
                    DELIV: 2024-03-25
--------------------------------------------------------------------------------
                                                        TOTAL NET EUR      145.00
HEADER NOTE:
 THIS PO COVERS 10 SAMPLE PCS ONLY. PRODUCTION BALANCE (2,490 PCS PER QUOTE
 LF-24-0311) IS NOT RELEASED AND REMAINS ON HOLD. DO NOT BUY MATERIAL BEYOND THE
 SAMPLE LOT. THE BALANCE IS RELEASED ONLY BY A WRITTEN RELEASE FROM HENRIK DAHL
 (PURCHASING MANAGER) AFTER SAMPLE SIGN-OFF BY NORDHAVN ENGINEERING.
BUYER: K. VOSS  TEL +49 89 1234 5621
""")

    # c02 ---------------------------------------------------------------
    case("clean_fit_check_only_eml", [],
         "Buyer engineering: samples approved for fit check only, production not released, PPAP + named releaser; supplier signature says 'Approved supplier'")
    body = """Hi Tom,

The 5 samples delivered against PO 4471-0900 are approved for fit check only; production is not released.

The 1,200 pcs production balance stays on hold. Once PPAP is approved, Sarah Okafor (Supply Chain Lead) will send you a written release for it. Until then please do not schedule or buy material for the production quantity.

Cheers,
Lukas Brandt
Mechanical Engineering
""" + DISCLAIMER_DE.format(name="Lukas Brandt", role="Mechanical Engineer")
    quoted = """

On Mon, 15 Apr 2024 at 16:02, Tom Reilly <tom.reilly@layerforge.example> wrote:
> Hi Lukas, 5 pcs shipped today, tracking 1Z999AA10123456784. Let us know how the fit check goes.
> """ + SIG_SUPPLIER_ISO.format(name="Tom Reilly", role="Account Manager").replace("\n", "\n> ")
    write("RE_samples_4471.eml", eml("Lukas Brandt <l.brandt@nordhavn.example>", "Tom Reilly <tom.reilly@layerforge.example>",
                                      "RE: PO 4471-0900 samples - fit check", "Wed, 17 Apr 2024 10:22:41 +0200",
                                      body + quoted, html=text_to_html(body + quoted)))

    # c03 ---------------------------------------------------------------
    case("clean_cnc_quote_production_prices_pdf", [],
         "Supplier quote only (no authorization): first-article and production price breaks")
    write("Q-240517-KPM.pdf", pdf([
        ("h", "Keystone Precision Machining - Quotation Q-240517"),
        ("p", "Customer: Brightline Medical Devices, Attn: Rachel Ng. Date: May 17, 2024. Valid 30 days."),
        ("p", "Part: BMD-2210 rev C Manifold block, 6061-T6, clear anodize per MIL-A-8625 Type II."),
        ("table", [["Item", "Qty", "Unit price", "Lead time"],
                   ["First article (FAI per AS9102)", "3 ea", "$412.00", "3 wks ARO"],
                   ["Production", "250 ea", "$88.40", "6 wks after release"],
                   ["Production", "1,000 ea", "$71.15", "8 wks after release"],
                   ["Production", "2,500 ea", "$64.90", "10 wks after release"]]),
        ("p", "Production prices are quoted for information; production quantities are built only against your written production release. NRE/fixturing $1,150 one time."),
        ("p", "Terms: Net 30. FOB Erie, PA. Quote prepared by Dan Kowalski, Estimating."),
    ], "Quotation"))

    # c04 ---------------------------------------------------------------
    case("clean_forecast_830_nonbinding_txt", [],
         "EDI-830-style planning schedule pasted as text, clearly labelled forecast / not an order / no FAB or RAW authorization")
    write("planning_schedule_wk18.txt", """
*** PLANNING SCHEDULE (X12 830 extract) - FORECAST ONLY - NOT A PURCHASE ORDER ***
Ship-to: VELO E-MOBILITY S.R.L., Plant 2, Via Torino 44, Verona
Supplier: 30118 PLASTIMOLD SPA          Schedule issued: 2024-04-29
Part: VM-3321-A  Battery cover, PC/ABS V0, black   Schedule type: PLANNING (DL)
Authorizations: FAB 0 / RAW 0   (no fabrication or raw material authorization)

 Week     Date        Qty      Type
 2024-19  2024-05-06   4,000   FORECAST
 2024-20  2024-05-13   4,000   FORECAST
 2024-21  2024-05-20   6,000   FORECAST
 2024-22  2024-05-27   6,000   FORECAST
 2024-23  2024-06-03   8,000   FORECAST
 Cum. planned:        28,000

Note: quantities are non-binding planning figures. Firm requirements are sent only as
call-off releases (862) signed by Giulia Ferri, Materials Manager.
""")

    # c05 ---------------------------------------------------------------
    case("clean_supplier_question_eml", [],
         "Supplier asks before starting the 3,000; states it has not bought material beyond the 20 FAI pcs; a question, not an authorization")
    body = """Hi Rachel,

FAI report for the 20 pcs of BMD-4410 is attached. Before we put anything on the floor: may we start the 3,000 pcs production quantity, or do we wait for a written release? So far we have bought bar stock for the 20 FAI pieces only.

Could you also confirm who on your side signs the release?
""" + SIG_US.format(name="Dan Kowalski", role="Program Manager")
    write("question_before_start.eml", eml("Dan Kowalski <dkowalski@keystone-pm.example>", "Rachel Ng <rng@brightline-med.example>",
                                           "BMD-4410 FAI done - OK to start production?", "Thu, 06 Jun 2024 14:05:10 -0400",
                                           body, attachments=[("FAI_BMD-4410_summary.txt", "AS9102 Form 3 summary: 20 of 20 pcs, 48 characteristics, 0 nonconformances.\n", "text/plain")]))

    # c06 ---------------------------------------------------------------
    case("clean_buyer_question_chat_txt", [],
         "Teams chat: buyer only asks lead times / prices for a future 5k run, explicitly 'not an order'")
    write("teams_chat_export.txt", """
[2024-02-07 09:12] Priya Raman (Velo E-Mobility): morning Marco - quick q on VM-3321 housings
[2024-02-07 09:12] Priya Raman (Velo E-Mobility): if the T1 shots pass, what lead time would you need for 5k pcs? and is 0.84 EUR still the price at that volume?
[2024-02-07 09:14] Marco Bellini (Plastimold): hi Priya, 5k would be ~3 weeks after we get a release, 0.84 holds up to 10k
[2024-02-07 09:15] Priya Raman (Velo E-Mobility): ok thx. just planning - this is not an order, nothing to start yet
[2024-02-07 09:15] Marco Bellini (Plastimold): understood 👍
""")

    # c07 ---------------------------------------------------------------
    case("clean_auto_conversion_recorded_docx", [],
         "Explicit recorded auto-conversion (named quantity, sign-off owner, recorded by release authority) + active 24 samples + rest on hold")
    write("PO_note_and_release_terms_88-4410.docx", docx_bytes([
        ("h", "Purchase order 88-4410 - release terms"),
        ("p", "Supplier: Rapidform Additive GmbH. Part: HX-210 rev 3 heat-exchanger insert, AlSi10Mg LPBF."),
        ("table", [["Line", "Scope", "Qty", "Unit price EUR"], ["1", "sample", "24", "61.00"], ["2", "production", "1,000", "38.50"]]),
        ("p", "Active now: 24 sample pcs (line 1). Line 2 (1,000 pcs) is commercial cover only and is not released."),
        ("p", "Auto-conversion (recorded): when Lena Fischer (Quality) records an approved sample sign-off, 800 pcs of line 2 are released automatically, without a further document. This auto-conversion was recorded by Tomasz Nowak (release authority) on 2024-05-02."),
        ("p", "The remaining 200 pcs of line 2 stay on hold until a written release from Tomasz Nowak after delivery of the first 800 pcs."),
        ("p", "Material authority: sample-only until the auto-conversion takes effect."),
    ]))

    # c08 ---------------------------------------------------------------
    case("clean_material_authority_staged_html", [],
         "HTML ERP PO: 250 released, 750 on hold with event+person, explicit staged material authority 1,000; supplier stages within it")
    write("PO_31-7781.html", html_page("Purchase Order 31-7781", """
<h1>Purchase Order 31-7781</h1>
<p>Buyer: Velo E-Mobility S.r.l. &middot; Supplier: LayerForge 3D Ltd &middot; Date: 2024-06-03</p>
""" + html_table([["Line", "Part", "Scope", "Qty", "Status", "Price EUR"],
                  ["1", "VM-1180 cable clip PA12", "production", "250", "released", "1.92"],
                  ["2", "VM-1180 cable clip PA12", "production", "750", "on hold - commercial cover only", "1.92"]]) + """
<p><b>Released now:</b> 250 pcs (line 1).</p>
<p><b>Balance:</b> 750 pcs (line 2) are not released. They are released only by a written release from Priya Raman (Operations Director) after the revised PO for the Q3 build is issued.</p>
<p><b>Material authority:</b> staged up to 1,000 pcs' worth of PA12 powder at Velo's liability.</p>
"""))
    write("RE_PO_31-7781_material.eml", eml("Tom Reilly <tom.reilly@layerforge.example>", "Priya Raman <p.raman@velo-em.example>",
        "RE: PO 31-7781", "Tue, 04 Jun 2024 08:41:00 +0100",
        """Hi Priya,

Per the material authority on PO 31-7781 we have staged PA12 powder for 1,000 pcs. We are printing the 250 released pcs this week; the 750 stay on hold until your written release.
""" + SIG_SUPPLIER_ISO.format(name="Tom Reilly", role="Account Manager")))

    # c09 ---------------------------------------------------------------
    case("clean_full_production_po_html", [],
         "HTML ERP PO for the full quoted 400 pcs production with release statement; 'Approved by' is the ERP signature field; quote attached has same qty")
    write("PO_2024-00788.html", html_page("PO 2024-00788", """
<table><tr><td><b>BRIGHTLINE MEDICAL DEVICES</b><br>PURCHASE ORDER 2024-00788</td><td>Date 05/28/2024<br>Rev 0</td></tr></table>
""" + html_table([["Ln", "Item", "Description", "Qty", "UoM", "Unit $", "Ext $"],
                  ["1", "BMD-2210-C", "Manifold block, 6061-T6, anodized", "400", "EA", "78.20", "31,280.00"]]) + """
<p>Production release: 400 pcs per quote Q-240517, authorized by Rachel Ng (Supply Chain Manager). This is the full quantity of this order; there is no further balance.</p>
<p>Ship to: Brightline Medical, 2000 Commerce Dr, Minneapolis, MN 55401. Terms: Net 30.</p>
<p>Approved by: R. Ng &nbsp; 05/28/2024</p>
"""))
    write("Q-240517-R1.pdf", pdf([
        ("h", "Keystone Precision Machining - Quotation Q-240517 rev 1"),
        ("table", [["Part", "Qty", "Unit price"], ["BMD-2210 rev C", "400 ea", "$78.20"]]),
        ("p", "Lead time 7 weeks ARO. FOB Erie, PA."),
    ], "Quote"))

    # c10 ---------------------------------------------------------------
    case("clean_blanket_calloff", [],
         "Blanket order as commercial frame only + call-off releasing 600 with remaining blanket balance held, event and named releaser")
    write("blanket_BO-2024-07.txt", """
BLANKET PURCHASE AGREEMENT BO-2024-07
Buyer: Velo E-Mobility S.r.l.     Supplier: Plastimold S.p.A.
Part: VM-3321-A Battery cover     Agreement qty: 5,000 pcs over 12 months     Price: EUR 0.84/pc

This agreement is a commercial frame only. It gives no production or material authority.
Production authority exists only in call-off releases signed by Giulia Ferri
(Materials Manager, Velo). Each call-off names its quantity and delivery week.
""")
    write("calloff_03.eml", eml("Giulia Ferri <g.ferri@velo-em.example>", "Marco Bellini <m.bellini@plastimold.example>",
        "Call-off 03 against BO-2024-07", "Mon, 13 May 2024 11:30:00 +0200",
        """Ciao Marco,

Call-off 03 against blanket BO-2024-07: please produce 600 pcs VM-3321-A for delivery in week 22.

Remaining blanket balance after this call-off: 2,800 pcs, not released. The next call-off will come from me, in writing, after our monthly S&OP review on 10 June.

Grazie,
Giulia Ferri
Materials Manager - Velo E-Mobility
"""))

    # c11 ---------------------------------------------------------------
    case("clean_ppap_interim_pdf", [],
         "PPAP interim (Class B) approval limited to 300 pcs / date; balance of 4,000 not released; PSW + written release by named SQE manager")
    write("PPAP_interim_VM-5500.pdf", pdf([
        ("h", "PPAP Interim Approval - VM-5500 rev B (Level 3)"),
        ("table", [["Field", "Value"], ["Supplier", "Plastimold S.p.A. (30118)"], ["PO", "4500-4000-17"],
                   ["Disposition", "INTERIM - Class B"], ["Limit", "300 pcs or until 2024-08-31, whichever comes first"],
                   ["Open items", "Cpk 1.21 on dim 14 (target 1.33); gauge R&R pending"]]),
        ("p", "Under this interim approval the supplier may produce and ship 300 pcs. The balance of the 4,000 pcs on the PO is not released."),
        ("p", "The balance is released only after full PPAP approval (signed PSW) and a written release by Amelia Grant (SQE Manager)."),
        ("p", "Signed: Amelia Grant, SQE Manager, 2024-06-12"),
    ], "PPAP interim"))

    # c12 ---------------------------------------------------------------
    case("clean_stop_notice_eml", [],
         "Written stop: nothing more may start; 150 released/complete; 350 not released; lifted by named person after root-cause report")
    body = """Owen here - formal stop on order 7731-44 (bracket SM-7731 rev E).

STOP: do not start any further units, released or not, effective immediately. Released to date: 150 pcs (complete, in our dock). The balance of 350 pcs is not released.

The stop will be lifted only in writing by me (Owen Price, Purchasing Manager) after we accept your root-cause report for NCR-2291. Please confirm receipt.

Owen Price
Purchasing Manager, Hallam Conveyors Ltd
"""
    write("STOP_7731-44.eml", eml("Owen Price <owen.price@hallam-conveyors.example>", "ops@brightsheet.example",
                                  "STOP - order 7731-44 - do not start further units", "Fri, 21 Jun 2024 15:47:12 +0100", body,
                                  html=text_to_html(body)))

    # c13 ---------------------------------------------------------------
    case("clean_fai_report_and_scoped_po", [],
         "Supplier AS9102 FAI report (with its own 'Approved by' QA field) + scoped sample PO; FAI report is not an authorization")
    write("FAI_BMD-4410_AS9102.pdf", pdf([
        ("h", "First Article Inspection Report (AS9102 Rev C) - Form 1"),
        ("table", [["Part number", "BMD-4410", "Rev", "B"], ["FAI sample qty", "5", "PO", "2024-00612"],
                   ["Supplier", "Keystone Precision Machining", "Report no.", "FAI-0931"]]),
        ("p", "Result: all 61 characteristics conform. Full FAI."),
        ("p", "Production quantity on the order (1,500 pcs) is not released; awaiting customer written release."),
        ("p", "Prepared by: M. Ortiz (Inspector)   Approved by: J. Hale (Supplier QA Manager)   Date: 06/04/2024"),
    ], "FAI"))
    write("PO_2024-00612.txt", """
BRIGHTLINE MEDICAL DEVICES - PURCHASE ORDER 2024-00612        06/01/2024
Vendor: KEYSTONE PRECISION MACHINING
Ln 1  BMD-4410 rev B  Valve body  QTY 5 EA  FIRST ARTICLE ONLY  $395.00
Note: Only the 5 first-article pcs are authorized. The production quantity of 1,500 pcs
is NOT released. It will be released by written release from Rachel Ng (Supply Chain
Manager) after our Quality signs off the FAI.
""")

    # c14 ---------------------------------------------------------------
    case("clean_nonnative_kindly_arrange_samples", [],
         "Non-native English buyer: 30 pcs sample only, rest 2,970 not released, named releaser after sample sign-off")
    body = """Dear Mr. Reilly,

Kindly arrange the production of 30 pcs sample only for part SZ-0815 (PO 2024-3000). The rest quantity 2,970 pcs is not released, please not to start it and not to buy material for it.

Release of the rest will come only as written release from Mr. Zhang Wei (Purchase Manager) after our sample sign-off.

Thanks and best regards,
Li Na
Shenzhen Orbit Drones Co., Ltd.
"""
    write("sample_order_SZ-0815.eml", eml("Li Na <lina@orbit-drones.example>", "Tom Reilly <tom.reilly@layerforge.example>",
                                           "PO 2024-3000 sample 30pcs", "Tue, 09 Jul 2024 09:03:55 +0800", body))

    # c15 ---------------------------------------------------------------
    case("clean_minutes_pilot_docx", [],
         "Meeting minutes: pilot lot 60 released by named person; balance 1,940 on hold; unlock = revised PO after capex sign-off, written release")
    write("minutes_2024-05-14_pilot_review.docx", docx_bytes([
        ("h", "Minutes - pilot review SM-5120 enclosure, 14 May 2024"),
        ("p", "Attendees: R. Castillo (Hallam, Purchasing), J. Okoye (Hallam, Eng.), S. Patel (BrightSheet Fabrication)."),
        ("h", "Decisions"),
        ("li", "Pilot lot of 60 pcs is released (authorized by R. Castillo, Purchasing Manager)."),
        ("li", "Balance of 1,940 pcs remains on hold and is not released."),
        ("li", "Unlock event: revised PO after internal capex sign-off; then a written release from R. Castillo."),
        ("h", "Actions"),
        ("li", "BrightSheet: laser + brake the 60 pilot pcs, powder coat RAL 7035, ship by 31 May."),
        ("li", "J. Okoye: send flat-pattern rev D by 16 May."),
    ]))

    # c16 ---------------------------------------------------------------
    case("clean_quoted_question_reply_eml", [],
         "Buyer answers a quoted supplier question ('go ahead with the full 2,000?') with No + scoped 12 samples; quoted text is a question")
    body = """No - please run the 12 samples on PO 4500-2000 only.

The 1,988 pcs balance is not released. Dana Kim (Purchasing) will issue a written release after FAI sign-off.

Dana

On Wed, 3 Jul 2024, Sam Patel wrote:
> Hi Dana,
> shall we go ahead with the full 2,000 now to hit your August date? We could
> nest everything on one sheet run.
> Sam
"""
    write("RE_4500-2000_full_run.eml", eml("Dana Kim <dkim@arcwell.example>", "Sam Patel <sam@brightsheet.example>",
                                            "RE: 4500-2000 - full run?", "Wed, 03 Jul 2024 17:20:00 -0500", body))

    # c17 ---------------------------------------------------------------
    case("clean_slack_scoped_run_txt", [],
         "Slack export: 'you're clear to run 150 pcs' scoped as pilot lot, other 850 on hold until named person's written release after line trial")
    write("slack_export_ems.txt", """
#proj-tidewater-pcba  (exported 2024-08-02)
Ines Duarte [10:02 AM]  hey Kofi, FAI boards checked out fine on our side
Ines Duarte [10:03 AM]  you're clear to run 150 pcs - that's the pilot lot, nothing more
Ines Duarte [10:03 AM]  the other 850 stay on hold until Mei Tanaka (ops mgr) signs the written release after the line trial
Kofi Mensah [10:05 AM]  got it: 150 pilot only, 850 on hold. will not kit the 850
""")

    # c18 ---------------------------------------------------------------
    case("clean_release_notice_html", [],
         "Release notice: 1,500 of 3,000 released after sample sign-off by named authority within limit; balance held with next event and person")
    write("release_R-0042.html", html_page("Release R-0042", """
<h2>Release notice R-0042</h2>
""" + html_table([["Order", "Part", "Released now", "Quoted production qty", "Unlock event", "Authorized by"],
                  ["HC-2231", "SM-2231 guard, 2 mm DC01", "1,500 pcs", "3,000 pcs", "sample sign-off (recorded 2024-04-03)", "Farah Haddad, release authority (limit 2,000 pcs)"]]) + """
<p>Balance: 1,500 pcs are not released. The next release requires a written release from Farah Haddad after delivery of lot 1.</p>
"""))

    # c19 ---------------------------------------------------------------
    case("clean_supplier_ack_docx", [],
         "Supplier acknowledgement restates scope (8 samples, 992 not released, no material) + scoped PO")
    write("Acknowledgement_PO_88123.docx", docx_bytes([
        ("h", "Order acknowledgement - PO 88123"),
        ("p", "Rapidform Additive GmbH acknowledges PO 88123 from Nordhavn Robotics for 8 sample pcs of 7700-455 rev A only."),
        ("p", "We understand that the 992 production pcs are not released. We will not purchase material or start production for them until we receive a written release from Ms. Laura Jensen after sample sign-off."),
        ("p", "Sample delivery: week 31. Kind regards, Felix Braun, Sales Engineer."),
    ]))
    write("PO_88123.txt", """
PO 88123 / 2024-07-08 / Nordhavn Robotics GmbH -> Rapidform Additive GmbH
10  7700-455 A  TI6AL4V BRACKET LPBF   8 EA   SAMPLE     EUR 120.00
PO note: 8 sample pcs only. Balance of 992 pcs is not released; release only in writing by
Laura Jensen (Head of Purchasing) after sample sign-off.
""")

    # c20 ---------------------------------------------------------------
    case("clean_sheetmetal_samples_rejected_eml", [],
         "Samples rejected; nothing beyond re-submission of 10 rev C samples; 500 not started; named releaser after sign-off of rev C")
    write("NCR-119_samples_rejected.eml", eml("Jonas Berg <jonas.berg@hallam-conveyors.example>", "Sam Patel <sam@brightsheet.example>",
        "SM-4402 samples rejected - NCR-119", "Mon, 22 Apr 2024 13:10:00 +0100",
        """Sam,

The SM-4402 samples are rejected (NCR-119, flange angle 88.2 deg vs 90 +/-0.5). Nothing is released beyond the 10 samples already delivered; do not start the 500 production pcs.

Please re-submit 10 samples at rev C. The production quantity is released only by a written release from me after the rev C samples are signed off.

Jonas Berg
Purchasing, Hallam Conveyors
"""))

    # c21 ---------------------------------------------------------------
    case("clean_deposit_not_release_eml", [],
         "Deposit paid but explicitly 'does not authorize production'; active 15 samples; 1,000 held until named release after sign-off")
    proforma = pdf([("h", "PROFORMA INVOICE PI-2200"), ("p", "Orbit Drones order SZ-2200, deposit 30% of USD 8,400.00 = USD 2,520.00"),
                    ("p", "Bank: HSBC HK, acct 400-123456-001")], "Proforma")
    write("deposit_and_scope.eml", eml("Carla Diaz <cdiaz@tidewater-elec.example>", "Kofi Mensah <kofi@accra-ems.example>",
        "Deposit for SZ-2200 / scope reminder", "Thu, 11 Jul 2024 16:00:00 -0400",
        """Hi Kofi,

We paid the 30% deposit on PI-2200 today. Note: the deposit is a commercial prepayment only and does not authorize production.

Active now: 15 sample boards. Production of the 1,000 boards starts only on a written release from me (Carla Diaz, Supply Manager) after sample sign-off.

Carla
""", attachments=[("PI-2200.pdf", proforma, "application/pdf")]))

    # c22 ---------------------------------------------------------------
    case("clean_forecast_labelled_docx", [],
         "Rolling 12-month forecast DOCX, explicitly non-binding / not a PO / no production or material authority")
    write("rolling_forecast_2024H2.docx", docx_bytes([
        ("h", "Rolling forecast H2 2024 - NON-BINDING"),
        ("p", "For capacity planning only. This forecast is not a purchase order and authorizes no production and no material purchase."),
        ("table", [["Part", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                   ["7700-120 B", "500", "500", "750", "750", "1,000", "1,000"],
                   ["7700-455 A", "0", "120", "120", "240", "240", "240"]]),
        ("p", "Releases follow separately, in writing, from Henrik Dahl (Purchasing Manager)."),
    ]))

    # c23 ---------------------------------------------------------------
    case("clean_moulder_quote_html", [],
         "Injection moulder quote in HTML: tooling, T1 samples and production tiers with forecast basis; no authorization")
    write("quote_PM-Q-8812.html", html_page("Quotation PM-Q-8812", """
<h2>Plastimold S.p.A. - Offerta / Quotation PM-Q-8812</h2>
<p>Cliente: Velo E-Mobility S.r.l. - Part VM-5500 rev B, PA66 GF30</p>
""" + html_table([["Item", "Quantity", "Price EUR", "Notes"],
                  ["2-cavity steel tool (P20)", "1", "18,500.00", "T1 in 7 weeks"],
                  ["T1 sample shots", "50 pcs", "incl.", "with dimensional report"],
                  ["Production", "10,000 pcs/yr", "0.61 /pc", "basis: forecast"],
                  ["Production", "50,000 pcs/yr", "0.52 /pc", "basis: forecast"]]) + """
<p>Production quantities above are your annual forecast and are shown for pricing only.</p>
<p>Validity 60 days. Resa: FCA Brescia. Payment: tooling 50% with order, 50% at T1.</p>
"""))

    # c24 ---------------------------------------------------------------
    case("clean_ems_proto_po_pdf", [],
         "PDF PO from EMS customer: 25 prototype PCBAs; 975 balance not released; written release by named person after EVT sign-off")
    write("PO_TW-24-1188.pdf", pdf([
        ("h", "Tidewater Electronics - Purchase Order TW-24-1188"),
        ("p", "Vendor: Accra EMS Ltd. Date: 2024-06-18. Ship via DHL Express, DAP Norfolk VA."),
        ("table", [["Line", "P/N", "Description", "Qty", "Unit", "Price USD"],
                   ["1", "TW-PCBA-1188 rev 02", "Sensor board assembly, prototype", "25", "ea", "48.00"]]),
        ("p", "Scope: 25 prototype boards only. The remaining 975 boards of the program are not released and are on hold."),
        ("p", "They will be released by a written release from Carla Diaz (Supply Manager) after EVT sign-off. Material authority: prototype quantity only."),
    ], "PO"))

    # c25 ---------------------------------------------------------------
    case("clean_po_quote_informational", [],
         "Sample PO + attached quote with production qty; PO says quote is for information, 1,000 not released, event + named releaser")
    write("PO_4500013377.txt", """
PO 4500013377   2024-04-02   Nordhavn Robotics GmbH
Vendor 700215 LayerForge 3D Ltd
10  7700-300 REV A  CAMERA MOUNT PA12   QTY 6 EA   SAMPLE   EUR 22.00
Note: Quote LF-24-0402 is attached for information only. Its production quantity of 1,000
pcs is not released. Production is released only by written release from Henrik Dahl
(Purchasing Manager) after sample sign-off.
""")
    write("LF-24-0402.pdf", pdf([("h", "LayerForge 3D - Quote LF-24-0402"),
                                 ("table", [["Qty", "Unit EUR"], ["6 (samples)", "22.00"], ["1,000 (production)", "7.40"]])], "Quote"))

    # c26 ---------------------------------------------------------------
    case("clean_fwd_old_supplier_msg_eml", [],
         "Buyer forwards (message/rfc822) an old supplier message about starting on deposit; per convention forwarded non-authorization is context; outer mail corrects it")
    old = msg("Kofi Mensah <kofi@accra-ems.example>", "Carla Diaz <cdiaz@tidewater-elec.example>", "SZ-2200 plan",
              "Mon, 01 Jul 2024 08:00:00 +0000",
              "Hi Carla, as soon as we see the deposit we'll start the full 2,000 boards. Kofi\n")
    write("FW_SZ-2200_plan.eml", eml("Carla Diaz <cdiaz@tidewater-elec.example>", "Kofi Mensah <kofi@accra-ems.example>",
        "FW: SZ-2200 plan - correction", "Fri, 12 Jul 2024 09:30:00 -0400",
        """Kofi,

Forwarding your note from 1 July (attached) because it is not how this order works. To be clear: the deposit does not release production.

Released now: 15 sample boards. The 1,985 remaining boards are not released; I (Carla Diaz, Supply Manager) will send a written release after sample sign-off.

Carla
""", forwarded=[old]))

    # c27 ---------------------------------------------------------------
    case("clean_same_qty_different_notation", [],
         "Same 1,500 written as '1,500 EA', '1.5k' and 'one thousand five hundred pieces' across PO, email and ack - no conflict")
    write("PO_HC-1500-24.txt", """
HALLAM CONVEYORS LTD  PURCHASE ORDER HC-1500-24  DATE 02/05/2024
SUPPLIER: BRIGHTSHEET FABRICATION
ITEM SM-1500 rev B  SIDE PANEL 1.5MM GALV   qty: 1,500 EA   GBP 6.10   PRODUCTION
This order is the full quantity; there is no balance.
""")
    write("release_HC-1500-24.eml", eml("Owen Price <owen.price@hallam-conveyors.example>", "Sam Patel <sam@brightsheet.example>",
        "HC-1500-24 released", "Thu, 02 May 2024 10:15:00 +0100",
        "Sam - SM-1500 side panels: 1.5k released for production on HC-1500-24 (full qty). Owen Price, Purchasing Manager\n"))
    write("ack_HC-1500-24.docx", docx_bytes([("p", "BrightSheet Fabrication acknowledges PO HC-1500-24: one thousand five hundred pieces (1,500) of SM-1500 rev B, released for production by Owen Price on 2 May 2024. Ship wk 21.")]))


def scoped_po(po, date, buyer, supplier, part, active, price, balance, person, role, event, variant=0):
    """A correctly scoped sample/partial PO (all four jobs), in several ERP habits."""
    if variant == 0:
        return f"""
{buyer.upper():<50} PURCHASE ORDER {po}
DATE {date}        VENDOR: {supplier.upper()}
----------------------------------------------------------------------------
LN  ITEM                          QTY      SCOPE       UNIT PRICE
10  {part:<28}  {active:<7}  SAMPLE      {price}
----------------------------------------------------------------------------
PO NOTE: ACTIVE QUANTITY {active} SAMPLE PCS. THE PRODUCTION BALANCE OF {balance} PCS IS
NOT RELEASED. IT IS RELEASED ONLY BY A WRITTEN RELEASE FROM {person.upper()} ({role.upper()})
AFTER {event.upper()}.
"""
    if variant == 1:
        return f"""
Purchase Order {po} ({date})
Buyer: {buyer} / Supplier: {supplier}
Item: {part} - Qty {active} pcs - sample lot - {price}
Scope note: Build {active} sample pcs now. The remaining {balance} pcs are on hold and not released.
Unlock: {event}; the balance is then released in writing by {person}, {role}.
"""
    return f"""
{buyer} | PO {po} | {date}
To: {supplier}
Pos. 1  {part}  {active} Stk/pcs  (Muster / samples)  {price}
Hinweis / Note: Only the {active} samples are authorized. Balance {balance} pcs: not released, on hold
until {event}; release exclusively by {person} ({role}) in writing.
"""


def build_positive():
    # p01 ---------------------------------------------------------------
    case("po_plus_quote_no_scope_3dp", ["RG001", "RG003", "RG004", "RG005"],
         "Sample PO (20 pcs) with attached quote showing 2,000 production; PO never says balance is held, no event, no releaser")
    write("PO_4500014020.txt", """
NORDHAVN ROBOTICS GMBH                                   PURCHASE ORDER
                                                         PO NO.   : 4500014020
VENDOR: 700215  LAYERFORGE 3D LTD                        PO DATE  : 2024-05-06
--------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                 QTY   UOM   UNIT PRICE      AMOUNT
10  7700-610 REV A  SENSOR HOUSING PA12 MJF      20    EA        18.00      360.00
                    REF. QUOTE LF-24-0419 (ATTACHED)
--------------------------------------------------------------------------------
HEADER NOTE: PLEASE CONFIRM DELIVERY DATE. INVOICE TO AP@NORDHAVN.EXAMPLE
""")
    write("LF-24-0419.pdf", pdf([("h", "LayerForge 3D Ltd - Quotation LF-24-0419"),
        ("p", "Customer: Nordhavn Robotics GmbH. Part 7700-610 rev A sensor housing, PA12 MJF, bead blasted, dyed black."),
        ("table", [["Phase", "Qty", "Unit EUR", "Total EUR"], ["Samples", "20", "18.00", "360.00"], ["Production", "2,000", "6.25", "12,500.00"]]),
        ("p", "Lead time: samples 5 working days; production 3 weeks.")], "Quote"))

    # p02 ---------------------------------------------------------------
    case("samples_great_go_ahead_eml", ["RG001", "RG002", "RG003", "RG004", "RG005"],
         "'Samples look great - go ahead!' with attached sample PO (10) and quote (1,000); nothing scopes or holds the balance")
    po = """PO 2024-00733 Brightline Medical -> Keystone Precision
1  BMD-3300 rev A  Pump cover  10 EA  $96.00  Ref quote Q-240402
"""
    quote_html = html_page("Q-240402", "<h3>Keystone Quote Q-240402</h3>" + html_table(
        [["Qty", "Unit $"], ["10 (first article)", "96.00"], ["1,000 (production)", "31.50"]]))
    write("RE_BMD-3300_samples.eml", eml("Rachel Ng <rng@brightline-med.example>", "Dan Kowalski <dkowalski@keystone-pm.example>",
        "RE: BMD-3300 samples shipped", "Tue, 30 Apr 2024 11:02:00 -0500",
        """Dan,

Samples look great - go ahead!

Rachel

-----Original Message-----
From: Dan Kowalski
Sent: Friday, April 26, 2024 3:10 PM
Subject: BMD-3300 samples shipped

Rachel, the 10 pcs shipped UPS today. PO and quote attached for reference.
""" + SIG_US.format(name="Dan Kowalski", role="Program Manager"),
        attachments=[("PO_2024-00733.txt", po, "text/plain"), ("Q-240402.html", quote_html, "text/html")]))

    # p03 ---------------------------------------------------------------
    case("chat_release_the_hounds", ["RG002"],
         "Chat: 'release the hounds' after samples pass, no quantity; the PO in the bundle is otherwise fully scoped")
    write("PO_SM-8800.txt", scoped_po("HC-8800-24", "2024-03-04", "Hallam Conveyors Ltd", "BrightSheet Fabrication",
                                      "SM-8800 rev A chute liner", "12", "GBP 41.00", "588", "Owen Price", "Purchasing Manager",
                                      "sample sign-off by Hallam engineering"))
    write("whatsapp_export.txt", """
[19/03/2024, 16:40:11] Sam Patel (BrightSheet): Samples for SM-8800 went out this morning, 12 off, photos attached
[19/03/2024, 17:02:45] Jamie Okoye (Hallam): seen them, they fit the frame perfectly
[19/03/2024, 17:03:02] Jamie Okoye (Hallam): release the hounds 🐕🐕
[19/03/2024, 17:05:30] Sam Patel (BrightSheet): 😂 will do
""")

    # p04 ---------------------------------------------------------------
    case("fire_up_the_machines_pdf_po", ["RG002"],
         "Email 'PO attached - fire up the machines!' with no quantity in the instruction; attached production PO is the whole order (no balance)")
    po = pdf([("h", "ARCWELL INDUSTRIAL - PURCHASE ORDER 4500117"),
              ("table", [["Line", "Part", "Qty", "Unit $"], ["1", "AW-1171 rev D spindle spacer, 4140 HT", "500", "12.80"]]),
              ("p", "Scope: production. Full order quantity; no further balance. Terms Net 45.")], "PO")
    write("PO_4500117_fire_up.eml", eml("Dana Kim <dkim@arcwell.example>", "Dan Kowalski <dkowalski@keystone-pm.example>",
        "PO 4500117", "Mon, 08 Jul 2024 07:55:00 -0500",
        "Dan - PO 4500117 attached. Fire up the machines!\n\nDana Kim | Buyer | Arcwell Industrial | 2500 W Lake St, Chicago IL\n",
        attachments=[("PO_4500117.pdf", po, "application/pdf")]))

    # p05 ---------------------------------------------------------------
    case("supplier_deposit_let_it_rip", ["RG012"],
         "Supplier reads the deposit as go-ahead ('deposit received ... let it rip on the full lot'); buyer PO is fully scoped")
    write("PO_SZ-0990.txt", scoped_po("2024-0990", "2024-06-20", "Shenzhen Orbit Drones Co., Ltd.", "LayerForge 3D Ltd",
                                      "SZ-0990 arm clamp PA12", "50", "USD 4.10", "4,950", "Zhang Wei", "Purchase Manager",
                                      "sample sign-off", variant=1))
    write("RE_deposit.eml", eml("Tom Reilly <tom.reilly@layerforge.example>", "Li Na <lina@orbit-drones.example>",
        "RE: SZ-0990 deposit", "Wed, 26 Jun 2024 12:00:00 +0100",
        "Hi Li Na,\n\nThanks, deposit received! We'll let it rip on the full lot on Monday.\n" + SIG_SUPPLIER_ISO.format(name="Tom Reilly", role="Account Manager")))

    # p06 ---------------------------------------------------------------
    case("supplier_ack_po_accepted_docx", ["RG012"],
         "Supplier acknowledgement treats PO acceptance as authority to produce 2,250; PO (number 310-2250) is scoped to 25 samples")
    write("PO_310-2250.txt", scoped_po("310-2250", "2024-04-15", "Arcwell Industrial", "Keystone Precision Machining",
                                       "AW-2250 rev B bracket", "25", "USD 9.40", "2,225", "Dana Kim", "Buyer",
                                       "FAI sign-off by Arcwell Quality", variant=2))
    write("Order_Confirmation_KPM-OC-5521.docx", docx_bytes([
        ("h", "Order Confirmation KPM-OC-5521"),
        ("p", "Customer PO: 310-2250. Part AW-2250 rev B bracket."),
        ("p", "We accept PO 310-2250. As the PO is accepted, production of the 2,250 brackets will start in week 19 and material is being scheduled accordingly."),
        ("p", "Keystone Precision Machining, Inc. - Order Desk"),
    ]))

    # p07 ---------------------------------------------------------------
    case("engineer_roll_straight_into_run", ["RG007"],
         "Buyer engineer: 'once the samples are approved just roll straight into the 1,485 - no need to wait for paperwork'; PO scoped")
    write("PO_4500015000.txt", scoped_po("4500015000", "2024-05-21", "Nordhavn Robotics GmbH", "LayerForge 3D Ltd",
                                         "7700-700 REV C CABLE GUIDE", "15", "EUR 9.00", "1,485", "Ana Costa", "Purchasing Manager",
                                         "sample sign-off"))
    write("FYI_cable_guide.eml", eml("Lukas Brandt <l.brandt@nordhavn.example>", "Tom Reilly <tom.reilly@layerforge.example>",
        "7700-700 samples", "Thu, 23 May 2024 08:10:00 +0200",
        "Hi Tom,\n\nFYI once the samples are approved, just roll straight into the 1,485 - no need to wait for paperwork, we are tight on time.\n\nLukas\n"
        + DISCLAIMER_DE.format(name="Lukas Brandt", role="Mechanical Engineer")))

    # p08 ---------------------------------------------------------------
    case("supplier_roll_into_after_fai_html_only", ["RG007"],
         "Supplier (HTML-only mail): 'as usual we'll roll into the 4,000 pc run as soon as you approve the FAI'; PO PDF scoped")
    write("PO_2024-00820.pdf", pdf([("h", "Brightline Medical Devices - PO 2024-00820"),
        ("table", [["Ln", "Item", "Qty", "Scope", "Unit $"], ["1", "BMD-8200 rev A bezel", "8", "first article", "55.00"]]),
        ("p", "Only the 8 first-article pcs are authorized. The 4,000 pcs production quantity is not released; it will be released in writing by Rachel Ng (Supply Chain Manager) after FAI sign-off.")], "PO"))
    m = EmailMessage()
    m["From"] = "Dan Kowalski <dkowalski@keystone-pm.example>"
    m["To"] = "Rachel Ng <rng@brightline-med.example>"
    m["Subject"] = "BMD-8200 FAI schedule"
    m["Date"] = "Mon, 10 Jun 2024 09:00:00 -0400"
    m.set_content("<html><body><p>Hi Rachel,</p><p>FAI parts ship Thursday. As usual, we&#39;ll roll into the <b>4,000 pc</b> production run as soon as you approve the FAI, so you get parts by end of July.</p><p>Dan</p></body></html>", subtype="html")
    random.seed(999)
    write("BMD-8200_FAI_schedule.eml", bytes(m))

    # p09 ---------------------------------------------------------------
    case("forecast_months_marked_firm_txt", ["RG008"],
         "Forecast schedule marks Aug/Sep forecast quantities 'FIRM - committed'; the release itself is scoped to July 2,000")
    write("release_july.html", html_page("Release 07", "<p>Release 07 - VM-3321-A: <b>2,000 pcs</b> for July delivery are released by Giulia Ferri (Materials Manager).</p>"
        "<p>August and September quantities are not released; they are released in writing by Giulia Ferri after the monthly S&amp;OP review.</p>"))
    write("forecast_Q3.txt", """
VELO E-MOBILITY - SUPPLIER FORECAST Q3 2024 - VM-3321-A (Plastimold)
Month   Qty     Status
JUL     2,000   released (Release 07)
AUG     3,000   FORECAST - FIRM, committed
SEP     3,000   FORECAST - FIRM, committed
Planner comment: treat Aug and Sep as our firm order and plan the press accordingly.
""")

    # p10 ---------------------------------------------------------------
    case("forecast_commitment_email_docx_attached", ["RG008"],
         "Buyer: 'consider the 24,000 pcs annual forecast an order - we commit to it' (forecast DOCX attached); current PO scoped to 500")
    fc = docx_bytes([("h", "Annual forecast 2025 - AW-2250"), ("table", [["Quarter", "Qty"], ["Q1", "6,000"], ["Q2", "6,000"], ["Q3", "6,000"], ["Q4", "6,000"], ["Total", "24,000"]])])
    write("PO_AW-2250-P1.txt", scoped_po("AW-2250-P1", "2024-11-04", "Arcwell Industrial", "Keystone Precision Machining",
                                        "AW-2250 rev B bracket", "500", "USD 7.90", "23,500", "Dana Kim", "Buyer",
                                        "the Q1 2025 revised PO", variant=1).replace("sample lot", "pilot production lot").replace("sample pcs", "pcs"))
    write("2025_forecast.eml", eml("Greg Holt <gholt@arcwell.example>", "Dan Kowalski <dkowalski@keystone-pm.example>",
        "2025 forecast AW-2250", "Tue, 05 Nov 2024 10:00:00 -0600",
        "Dan,\n\nAttached is our 2025 forecast. Consider the 24,000 pcs annual forecast an order - we commit to it, so plan capacity and build ahead as you see fit.\n\nGreg Holt\nVP Operations, Arcwell Industrial\n",
        attachments=[("forecast_2025_AW-2250.docx", fc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))

    # p11 ---------------------------------------------------------------
    case("mixed_approval_three_meanings_eml", ["RG009"],
         "'approval' used for engineering sign-off, finance approval and the production release of 780 in one mail; PO scoped")
    write("PO_4500016020.txt", scoped_po("4500016020", "2024-06-03", "Nordhavn Robotics GmbH", "Rapidform Additive GmbH",
                                         "HX-220 REV 1 MANIFOLD", "20", "EUR 95.00", "780", "Ravi Menon", "Release Authority",
                                         "sample sign-off and internal budget sign-off"))
    write("status_HX-220.eml", eml("Ravi Menon <r.menon@nordhavn.example>", "Felix Braun <f.braun@rapidform.example>",
        "HX-220 status", "Fri, 21 Jun 2024 16:30:00 +0200",
        """Hi Felix,

Engineering approval on the 20 samples is done. We still need the finance approval for the budget. As soon as that approval is in, I will send you the approval for the 780 pcs.

Ravi
""" + DISCLAIMER_DE.format(name="Ravi Menon", role="Release Authority")))

    # p12 ---------------------------------------------------------------
    case("mixed_release_word_html", ["RG009"],
         "HTML mail export: 'released' for drawing release, sample acceptance and production release at once; quantities otherwise scoped")
    write("mail_export_SM-9100.html", html_page("RE: SM-9100", """
<div><b>From:</b> Jonas Berg &lt;jonas.berg@hallam-conveyors.example&gt;<br><b>To:</b> Sam Patel<br><b>Subject:</b> RE: SM-9100<br><b>Date:</b> 14 Aug 2024</div>
<p>Sam,</p>
<p>Drawing rev D is released. The 6 samples are released too (QA checked them yesterday). Production release will follow.</p>
<p>For the avoidance of doubt: active now are the 6 samples only; the 494 production pcs are not released and stay on hold until I send a written release after the sample sign-off report is filed.</p>
<p>Jonas Berg, Purchasing</p>
"""))

    # p13 ---------------------------------------------------------------
    case("supplier_bought_barstock_full_lot", ["RG006"],
         "Supplier already ordered 6061 bar for the full 1,200 pcs while only 12 FAI pcs are released and no material authority exists")
    write("PO_4500118.pdf", pdf([("h", "ARCWELL INDUSTRIAL - PURCHASE ORDER 4500118"),
        ("table", [["Line", "Part", "Qty", "Scope"], ["1", "AW-1180 rev A housing, 6061-T6", "12", "FAI"]]),
        ("p", "Active quantity: 12 FAI pcs. Balance of 1,188 pcs not released; released only in writing by Dana Kim (Buyer) after FAI sign-off. Material authority: FAI quantity only.")], "PO"))
    write("RE_4500118_leadtime.eml", eml("Dan Kowalski <dkowalski@keystone-pm.example>", "Dana Kim <dkim@arcwell.example>",
        "RE: 4500118 lead time", "Wed, 17 Jul 2024 13:44:00 -0400",
        "Dana,\n\nTo secure the lead time we've already ordered 6061 bar stock for the full 1,200 pcs; it lands next week. FAI parts will be with you Friday.\n" + SIG_US.format(name="Dan Kowalski", role="Program Manager")))

    # p14 ---------------------------------------------------------------
    case("minutes_powder_staged_full_run_docx", ["RG006"],
         "Weekly minutes record PA12 powder staged for the full 3,000 pcs; only 30 samples released, no material authority stated")
    write("PO_31-8830.txt", scoped_po("31-8830", "2024-08-01", "Velo E-Mobility S.r.l.", "LayerForge 3D Ltd",
                                      "VM-8830 duct PA12", "30", "EUR 5.60", "2,970", "Priya Raman", "Operations Director",
                                      "sample sign-off", variant=2))
    write("weekly_call_minutes_wk33.docx", docx_bytes([
        ("h", "Velo / LayerForge weekly call - wk 33"),
        ("li", "VM-8830 samples (30 pcs) printed, shipping Tuesday."),
        ("li", "Status: PA12 powder for the full 3,000 pcs already staged at LayerForge (lead-time risk on HP 3D HR PA12)."),
        ("li", "Next call: wk 34."),
    ]))

    # p15 ---------------------------------------------------------------
    case("po_25_samples_email_30", ["RG011"],
         "PO authorizes 25 samples; buyer email says 'go ahead with the 30 samples' on the same PO")
    write("PO_4500-3301.txt", scoped_po("4500-3301", "2024-02-12", "Arcwell Industrial", "BrightSheet Fabrication",
                                        "AW-3301 rev C cover", "25", "USD 14.00", "975", "Dana Kim", "Buyer", "sample sign-off"))
    write("samples_4500-3301.eml", eml("Dana Kim <dkim@arcwell.example>", "Sam Patel <sam@brightsheet.example>",
        "4500-3301 samples", "Wed, 14 Feb 2024 09:00:00 -0600",
        "Sam, please go ahead with the 30 samples on PO 4500-3301, we need them by the 28th. Dana\n"))

    # p16 ---------------------------------------------------------------
    case("html_po_400_release_450", ["RG011"],
         "HTML PO covers and releases 400; the buyer's release email says 450 released for the same order")
    write("PO_2024-00950.html", html_page("PO 2024-00950", html_table([["Ln", "Item", "Qty", "UoM", "Unit $"], ["1", "BMD-9500 rev B clip", "400", "EA", "3.10"]])
        + "<p>Production, full order quantity: 400 pcs released by Rachel Ng (Supply Chain Manager). No further balance.</p>"))
    write("release_9500.eml", eml("Rachel Ng <rng@brightline-med.example>", "Dan Kowalski <dkowalski@keystone-pm.example>",
        "BMD-9500 release", "Mon, 19 Aug 2024 08:00:00 -0500",
        "Dan,\n\nRelease for BMD-9500 on PO 2024-00950: 450 pcs released for production.\n\nRachel Ng\nSupply Chain Manager\n"))

    # p17 ---------------------------------------------------------------
    case("release_without_quantity_eml", ["RG002", "RG010"],
         "Buyer: 'production is released, Sarah signed off the samples' with no quantity anywhere in the bundle")
    body = "Hi Tom,\n\nGood news - Sarah signed off the samples this morning, so production is released. Go ahead.\n\nHenrik Dahl\nPurchasing Manager\n"
    write("production_released.eml", eml("Henrik Dahl <h.dahl@nordhavn.example>", "Tom Reilly <tom.reilly@layerforge.example>",
        "7700-120 production", "Tue, 26 Mar 2024 14:00:00 +0100", body, html=text_to_html(body)))

    # p18 ---------------------------------------------------------------
    case("samples_per_quote_no_quantity", ["RG010"],
         "PO note authorizes 'the samples per quote' without stating how many; balance hold, event and releaser present")
    write("PO_note_4500017001.txt", """
PO 4500017001 - Nordhavn Robotics GmbH - 2024-07-01 - Vendor: LayerForge 3D Ltd
Line 10: 7700-810 rev A lens bezel, PA12 MJF, per quote LF-24-0625
PO note: Please produce the samples per quote LF-24-0625. The production quantity is not
released; it is released only by written release from Henrik Dahl (Purchasing Manager) after
sample sign-off.
""")
    write("LF-24-0625.pdf", pdf([("h", "LayerForge 3D - Quote LF-24-0625"), ("table", [["Phase", "Qty", "Unit EUR"], ["Samples", "10", "16.00"], ["Production", "1,000", "5.10"]])], "Quote"))

    # p19 ---------------------------------------------------------------
    case("docx_authorize_sample_build_no_qty", ["RG010"],
         "DOCX letter authorizes 'the sample build' for a part, never states how many; production held with event and named releaser")
    write("sample_authorization_55-1020.docx", docx_bytes([
        ("h", "Sample build authorization"),
        ("p", "Tidewater Electronics hereby authorizes the sample build for TW-55-1020 rev A (sensor hub) under PO TW-24-1020."),
        ("p", "The production quantity is not released. It will be released by written release from Elena Petrova (Program Manager) after PPAP approval."),
        ("p", "Date: 2024-09-02"),
    ]))

    # p20 ---------------------------------------------------------------
    case("pdf_po_no_hold_statement", ["RG003"],
         "Sample PO names event and releaser for further releases but never says the remaining production balance is not released")
    write("PO_HC-2030.pdf", pdf([("h", "HALLAM CONVEYORS - PURCHASE ORDER HC-2030"),
        ("table", [["Item", "Qty", "Scope", "GBP"], ["SM-2030 rev A hopper panel", "30", "sample", "22.50"]]),
        ("p", "Active: 30 sample pcs. Next step: sample sign-off by Hallam engineering; after that, further releases are issued in writing by Owen Price (Purchasing Manager).")], "PO"))

    # p21 ---------------------------------------------------------------
    case("html_po_note_contact_for_release", ["RG004"],
         "HTML PO: 12 samples, 1,188 not released, 'contact Juergen Weber for release' - no unlock event named")
    write("PO_88-1200.html", html_page("PO 88-1200", html_table([["Pos", "Teil", "Menge", "Scope"], ["1", "HX-120 rev 2 nozzle", "12", "samples"]])
        + "<p>Samples only (12 pcs). The remaining 1,188 pcs are not released. Contact J&uuml;rgen Weber (Einkaufsleiter / Head of Purchasing) for release.</p>"))

    # p22 ---------------------------------------------------------------
    case("txt_po_note_no_person", ["RG005"],
         "PO note: 20 samples, balance 1,980 on hold until sample sign-off - nobody named who releases it")
    write("PO_note_VM-2000.txt", """
PO 31-2000 / Velo E-Mobility / LayerForge 3D / VM-2000 fan shroud
Note field: Active quantity 20 samples. Balance 1,980 pcs on hold until sample sign-off.
Do not start production of the balance.
""")

    # p23 ---------------------------------------------------------------
    case("nonnative_pls_to_start_no_person", ["RG005"],
         "Non-native: 'pls to start 50 pcs sample, rest 4,950 not release until sample approve' - no named releaser")
    write("start_sample.eml", eml("Li Na <lina@orbit-drones.example>", "Felix Braun <f.braun@rapidform.example>",
        "SZ-4950 pls start sample", "Mon, 02 Sep 2024 10:11:00 +0800",
        "Dear Felix,\n\npls to start 50 pcs sample for SZ-4950 (PO 2024-5000). rest qty 4,950 pls wait, is not release until sample approve from our side.\n\nthanks\nLi Na\n"))

    # p24 ---------------------------------------------------------------
    case("we_give_you_the_go", ["RG002"],
         "Non-native 'we give you the go for production' with no quantity; attached/bundled PO is a full 300-pc production order")
    write("PO_2024-0300.txt", """
SHENZHEN ORBIT DRONES CO., LTD.  PO 2024-0300  2024-08-12
Supplier: Accra EMS Ltd
1  SZ-ESC-03 motor controller PCBA  300 pcs  USD 21.00  production (full order, no balance)
""")
    write("go_for_production.eml", eml("Li Na <lina@orbit-drones.example>", "Kofi Mensah <kofi@accra-ems.example>",
        "SZ-ESC-03", "Tue, 13 Aug 2024 09:20:00 +0800",
        "Dear Kofi,\n\nWe give you the go for production. Please inform the ship date.\n\nBest regards\nLi Na\n"))

    # p25 ---------------------------------------------------------------
    case("green_light_multipart_pdf_po", ["RG002"],
         "'Green light from our side' after samples (multipart/alternative + scoped PDF PO attached) - which quantity is not said")
    po = pdf([("h", "Tidewater Electronics - PO TW-24-0808"),
              ("table", [["Line", "P/N", "Qty", "Scope"], ["1", "TW-PCBA-0808 rev 01", "8", "prototype"]]),
              ("p", "Active: 8 prototype boards. Balance of 492 boards not released; written release by Carla Diaz (Supply Manager) after EVT sign-off.")], "PO")
    body = "Kofi,\n\nBoards arrived, thanks for the quick turn. Green light from our side!\n\nIvan\nHW Engineering, Tidewater Electronics\n"
    write("RE_TW-0808_boards.eml", eml("Ivan Sokolov <isokolov@tidewater-elec.example>", "Kofi Mensah <kofi@accra-ems.example>",
        "RE: TW-0808 prototypes shipped", "Thu, 25 Jul 2024 18:05:00 -0400", body, html=text_to_html(body),
        attachments=[("PO_TW-24-0808.pdf", po, "application/pdf")]))

    # p26 ---------------------------------------------------------------
    case("good_to_go_on_the_full_lot", ["RG002"],
         "'Samples look mint - we're good to go on the full lot' with no number; the DOCX PO is scoped to 10 samples")
    write("PO_HC-1010.docx", docx_bytes([("h", "Hallam Conveyors - Purchase Order HC-1010"),
        ("table", [["Item", "Qty", "Scope"], ["SM-1010 rev B belt guard", "10", "sample"]]),
        ("p", "Only the 10 samples are released. The production balance of 990 pcs is not released and is on hold until sample sign-off; release only in writing by Owen Price (Purchasing Manager).")]))
    write("samples_mint.eml", eml("Jamie Okoye <j.okoye@hallam-conveyors.example>", "Sam Patel <sam@brightsheet.example>",
        "SM-1010 samples", "Fri, 05 Apr 2024 12:30:00 +0100",
        "Sam - samples look mint, we're good to go on the full lot. Cheers, Jamie\n\nJamie Okoye | Project Engineer | Hallam Conveyors Ltd\nThis email is confidential. Hallam Conveyors Ltd, registered in England 01234567.\n"))

    # p27 ---------------------------------------------------------------
    case("ap_clerk_deposit_wired_start", ["RG012"],
         "Accounts payable: 'deposit wired, that means you can start production of the 1,980 pcs balance now'; PO scoped to 20 samples")
    write("PO_4500-8812.txt", scoped_po("4500-8812", "2024-05-02", "Arcwell Industrial", "LayerForge 3D Ltd",
                                        "AW-8812 rev A grip", "20", "USD 6.00", "1,980", "Dana Kim", "Buyer", "sample sign-off"))
    write("deposit_wired.eml", eml("Accounts Payable <ap@arcwell.example>", "accounts@layerforge.example",
        "Payment advice PO 4500-8812", "Fri, 10 May 2024 15:00:00 -0500",
        "Hello,\n\nThe deposit for PO 4500-8812 (USD 3,600.00) has been wired today, ref. WT-558120. That means you can start production of the 1,980 pcs balance now.\n\nArcwell Accounts Payable\n"))

    # p28 ---------------------------------------------------------------
    case("docx_po_with_quote_table_no_scope", ["RG001", "RG003", "RG004", "RG005"],
         "DOCX PO for 10 samples embedding the quote table with 1,000 production; nothing says the 1,000 is not released")
    write("PO_88-2024-117.docx", docx_bytes([
        ("h", "Bestellung / Purchase Order 88-2024-117"),
        ("p", "Nordhavn Robotics GmbH to Rapidform Additive GmbH, 2024-08-19."),
        ("table", [["Pos", "Part", "Qty", "Price EUR"], ["1", "HX-330 rev 1 swirl insert", "10", "74.00"]]),
        ("p", "Quote reference RA-Q-4471:"),
        ("table", [["Quantity", "Unit price EUR"], ["10 samples", "74.00"], ["1,000 production", "29.80"]]),
        ("p", "Please confirm delivery date."),
    ]))

    # p29 ---------------------------------------------------------------
    case("fwd_manager_approved_proceed", ["RG002"],
         "Engineer forwards (message/rfc822) manager's 'Approved - proceed.' and adds 'please proceed accordingly'; scoped PO attached")
    inner = msg("Greg Holt <gholt@arcwell.example>", "Dana Kim <dkim@arcwell.example>", "RE: AW-4120 samples",
                "Mon, 09 Sep 2024 07:40:00 -0500", "Approved - proceed.\n\nGreg\n")
    po = pdf([("h", "ARCWELL - PO 4500-4120"), ("table", [["Line", "Part", "Qty", "Scope"], ["1", "AW-4120 rev A flange", "6", "FAI"]]),
              ("p", "Only 6 FAI pcs authorized. Production balance of 594 pcs not released; released in writing by Greg Holt (VP Operations) after FAI sign-off.")], "PO")
    write("FW_AW-4120.eml", eml("Dana Kim <dkim@arcwell.example>", "Dan Kowalski <dkowalski@keystone-pm.example>",
        "FW: RE: AW-4120 samples", "Mon, 09 Sep 2024 08:02:00 -0500",
        "Dan,\n\nSee below from Greg, please proceed accordingly.\n\nDana\n",
        attachments=[("PO_4500-4120.pdf", po, "application/pdf")], forwarded=[inner]))

    # p30 ---------------------------------------------------------------
    case("quoted_own_prior_go_ahead", ["RG002"],
         "Buyer re-sends with its own earlier instruction quoted ('> Approved, go ahead with production.') - an authorization the supplier can act on")
    write("PO_31-5500.txt", scoped_po("31-5500", "2024-03-18", "Velo E-Mobility S.r.l.", "Plastimold S.p.A.",
                                      "VM-5500 rev B bracket PA66", "50", "EUR 0.90", "9,950", "Giulia Ferri", "Materials Manager",
                                      "PPAP approval"))
    write("RE_RE_VM-5500.eml", eml("Giulia Ferri <g.ferri@velo-em.example>", "Marco Bellini <m.bellini@plastimold.example>",
        "RE: RE: VM-5500 T1", "Thu, 04 Apr 2024 17:00:00 +0200",
        """Marco, PO attached again as you asked.

Giulia

> From: Giulia Ferri
> Sent: Thursday, 4 April 2024 11:12
> Subject: RE: VM-5500 T1
>
> Approved, go ahead with production.
""", attachments=[("PO_31-5500.txt", scoped_po("31-5500", "2024-03-18", "Velo E-Mobility S.r.l.", "Plastimold S.p.A.",
                  "VM-5500 rev B bracket PA66", "50", "EUR 0.90", "9,950", "Giulia Ferri", "Materials Manager", "PPAP approval"), "text/plain")]))

    # p31 ---------------------------------------------------------------
    case("moulder_tool_approved_go_ahead", ["RG001", "RG002", "RG003", "RG004", "RG005"],
         "HTML PO tooling + 200 T1 shots, quote PDF with 50,000/yr beside it, buyer mail 'Tool approved, go ahead.' - nothing held")
    write("PO_31-9900.html", html_page("PO 31-9900", html_table([["Line", "Item", "Qty", "EUR"], ["1", "Tool VM-9900 2-cav", "1", "21,000.00"], ["2", "VM-9900 T1 sample shots", "200", "incl."]])
        + "<p>Per quote PM-Q-9900 attached.</p>"))
    write("PM-Q-9900.pdf", pdf([("h", "Plastimold - Quotation PM-Q-9900"), ("table", [["Item", "Qty", "EUR"], ["Tool", "1", "21,000.00"], ["T1 samples", "200", "incl."], ["Production", "50,000 pcs/yr", "0.47/pc"]])], "Quote"))
    write("tool_ok.eml", eml("Priya Raman <p.raman@velo-em.example>", "Marco Bellini <m.bellini@plastimold.example>",
        "VM-9900 T1", "Wed, 18 Sep 2024 10:00:00 +0200", "Marco,\n\nTool approved, go ahead.\n\nPriya\n"))

    # p32 ---------------------------------------------------------------
    case("ems_chat_paid_proforma_send_it", ["RG002", "RG012"],
         "WeChat-style export: 'boards look good send it' and 'we paid the proforma so you're good'; the final 'yep full 2k' names the quantity")
    write("chat_export.txt", """
2024-10-03 21:14  Zhang Wei (Orbit Drones): boards look good 👍 send it
2024-10-03 21:15  Zhang Wei (Orbit Drones): we paid the proforma so you're good
2024-10-03 21:20  Kofi Mensah (Accra EMS): ok so we run all 2k?
2024-10-03 21:22  Zhang Wei (Orbit Drones): yep full 2k
""")

    # p33 ---------------------------------------------------------------
    case("sheetmetal_minutes_pdf_multi", ["RG002", "RG006", "RG009", "RG010"],
         "Minutes PDF: 'Samples approved. Approval to proceed with production given.' no quantity; sheet bought for 2,000; approval used twice")
    write("minutes_2024-09-20.pdf", pdf([("h", "Project meeting - SM-6200 cabinet - 20 Sep 2024"),
        ("p", "Present: Hallam Conveyors (R. Castillo, J. Okoye); BrightSheet Fabrication (S. Patel)."),
        ("p", "1. Samples approved."),
        ("p", "2. Approval to proceed with production given."),
        ("p", "3. Material: BrightSheet has bought 1.5 mm DC01 sheet for 2,000 pcs."),
        ("p", "4. AOB: next meeting 4 Oct.")], "Minutes"))

    # p34 ---------------------------------------------------------------
    case("blanket_forecast_called_firm_pdf", ["RG008"],
         "Blanket PDF states 'forecast annual volume 12,000 pcs - firm order'; call-off releases 1,000 and holds the rest properly")
    write("blanket_BO-HC-12000.pdf", pdf([("h", "Hallam Conveyors - Blanket Order BO-HC-12000"),
        ("p", "Supplier: BrightSheet Fabrication. Part SM-1200 rev C bracket, 3 mm S355."),
        ("p", "Forecast annual volume 12,000 pcs - firm order. Price GBP 2.35/pc fixed for 12 months."),
        ("p", "Deliveries by call-off.")], "Blanket"))
    write("calloff_01.eml", eml("Owen Price <owen.price@hallam-conveyors.example>", "Sam Patel <sam@brightsheet.example>",
        "BO-HC-12000 call-off 01", "Mon, 07 Oct 2024 09:00:00 +0100",
        "Sam,\n\nCall-off 01: 1,000 pcs SM-1200 released, delivery wk 43. The rest of the blanket is not released; the next call-off comes from me in writing after the November stock review.\n\nOwen Price, Purchasing Manager\n"))

    # p35 ---------------------------------------------------------------
    case("edi830_weeks_declared_firm", ["RG008"],
         "Pasted 830 schedule with planner note 'wk 28-35 are firm commitments, build to them' while the release covers only wk 27")
    write("830_pasted.txt", """
ISA*00*          *00*          *ZZ*VELOEM         *ZZ*PLASTIMOLD     *240701*0800*U*00401*000000118*0*P*>~
BFR*05*830-118**DL*A*20240701*20240901*20240701~
LIN**BP*VM-3321-A~
FST*3000*C*W*20240701~
FST*3000*D*W*20240708~
FST*3500*D*W*20240715~
FST*3500*D*W*20240722~
FST*4000*D*W*20240729~
-- planner note (A. Demir): weeks 28-35 are firm commitments from our side, build to them.
""")
    write("release_wk27.txt", """
Release 44 / VM-3321-A / Velo E-Mobility -> Plastimold
Released: 3,000 pcs for delivery week 27.
Weeks 28 onward are forecast and not released; they are released by written release from
Aylin Demir (Supply Planner, release authority) after the weekly MRP run.
""")

    # p36 ---------------------------------------------------------------
    case("supplier_html_job_released_on_acceptance", ["RG012"],
         "Supplier HTML mail: 'your PO is accepted in our system, the job is released to the shop floor for all 750'; PO scoped to 10")
    write("PO_HC-0750.txt", scoped_po("HC-0750", "2024-06-10", "Hallam Conveyors Ltd", "BrightSheet Fabrication",
                                      "SM-0750 rev A tray", "10", "GBP 18.00", "740", "Owen Price", "Purchasing Manager",
                                      "sample sign-off", variant=1))
    write("order_entry_confirmation.html", html_page("Order entry", """
<p>Dear Owen,</p>
<p>Your PO HC-0750 is accepted in our system, so the job is released to the shop floor for all 750 units. Expected completion: week 27.</p>
<p>Kind regards,<br>Order Entry - BrightSheet Fabrication Ltd<br><small>Registered in England 09876543. ISO 9001 / ISO 14001.</small></p>
"""))

    # p37 ---------------------------------------------------------------
    case("crack_on_after_first_offs", ["RG007"],
         "UK buyer: 'once Dave's happy with the first-offs, crack on with the rest of the batch (245)'; PO PDF scoped")
    write("PO_HC-0250.pdf", pdf([("h", "HALLAM CONVEYORS LTD - PO HC-0250"),
        ("table", [["Item", "Qty", "Scope"], ["SM-0250 rev B roller bracket", "5", "first-off"]]),
        ("p", "Active: 5 first-off pcs. The remaining 245 pcs are not released and are on hold; they will be released in writing by Sophie Hart (Purchasing Manager) after first-off sign-off.")], "PO"))
    write("first_offs.eml", eml("Sophie Hart <s.hart@hallam-conveyors.example>", "Sam Patel <sam@brightsheet.example>",
        "SM-0250 first-offs", "Tue, 16 Jul 2024 08:30:00 +0100",
        "Morning Sam,\n\nOnce Dave's happy with the first-offs, crack on with the rest of the batch (245 pcs) - no need to wait for me.\n\nSophie\n"))

    # p38 ---------------------------------------------------------------
    case("eml_docx_po_no_named_releaser", ["RG005"],
         "EML with DOCX PO: 10 samples, 990 on hold pending FAI sign-off and revised PO - nobody named who releases")
    po = docx_bytes([("h", "PO TW-24-0990"), ("table", [["Line", "P/N", "Qty"], ["1", "TW-PCBA-0990 rev 03", "10"]]),
                     ("p", "10 pcs samples. Balance 990 pcs on hold and not released pending FAI sign-off and a revised PO.")])
    write("PO_TW-24-0990.eml", eml("Purchasing <purchasing@tidewater-elec.example>", "Kofi Mensah <kofi@accra-ems.example>",
        "Purchase Order TW-24-0990", "Mon, 30 Sep 2024 11:00:00 -0400",
        "Please find attached purchase order TW-24-0990. Kindly acknowledge within 2 business days.\n\nTidewater Electronics Purchasing\n",
        attachments=[("PO_TW-24-0990.docx", po, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))

    # p39 ---------------------------------------------------------------
    case("ppap_mixed_approval_html", ["RG009"],
         "HTML status page uses 'approval' for PSW (technical), PO finance (commercial) and production (release) at once")
    write("ppap_status.html", html_page("PPAP status VM-7700", html_table([["Item", "Status"],
        ["PSW approval", "interim - 100 pcs"], ["PO approval", "completed by finance"], ["Production approval", "pending"]])
        + "<p>Active now: 100 pcs under the interim PSW. The remaining 4,900 pcs are not released; written release by Amelia Grant (SQE Manager) after full PSW.</p>"))

    # p40 ---------------------------------------------------------------
    case("supplier_status_resin_purchased_pdf", ["RG006"],
         "Supplier status PDF: resin for 40,000 shots purchased while 500 T1 shots are released with sample-only material authority")
    rpt = pdf([("h", "Plastimold - Project status VM-4000"), ("table", [["Topic", "Status"], ["Tool", "T1 done"], ["T1 shots", "500 pcs shipped"],
              ["Material", "resin for 40,000 shots purchased, 2 lots in house"]])], "Status")
    write("PO_31-4000.txt", scoped_po("31-4000", "2024-05-15", "Velo E-Mobility S.r.l.", "Plastimold S.p.A.", "VM-4000 rev A lid",
                                      "500", "EUR 0.70", "39,500", "Giulia Ferri", "Materials Manager", "PPAP approval")
          + "MATERIAL AUTHORITY: SAMPLE-ONLY.\n")
    write("status_wk24.eml", eml("Marco Bellini <m.bellini@plastimold.example>", "Giulia Ferri <g.ferri@velo-em.example>",
        "VM-4000 status wk24", "Fri, 14 Jun 2024 17:00:00 +0200", "Ciao Giulia, status report attached. Marco\n",
        attachments=[("status_VM-4000_wk24.pdf", rpt, "application/pdf")]))

    # p41 ---------------------------------------------------------------
    case("approved_reply_to_quoted_question", ["RG002", "RG010"],
         "Buyer replies just 'Approved.' to a quoted supplier question; its own words state no quantity and no scope")
    write("RE_FAI_495.eml", eml("Rachel Ng <rng@brightline-med.example>", "Dan Kowalski <dkowalski@keystone-pm.example>",
        "RE: BMD-5000 FAI report", "Thu, 12 Sep 2024 16:45:00 -0500",
        "Approved.\n\nRachel\n\nOn Sep 12, 2024, Dan Kowalski wrote:\n> Rachel, attached FAI report for the 5 pcs. OK to release the remaining 495?\n"))

    # p42 ---------------------------------------------------------------
    case("chat_invoice_paid_kicked_off", ["RG012"],
         "Supplier in chat: 'tooling invoice paid, so we've kicked off production of the 5k'; earlier buyer message scopes T1 50 pcs")
    write("teams_export.txt", """
[2024-05-02 10:00] Ken Adams (Arcwell): reminder: T1 samples 50 pcs only. Production (5,000) is not released until PPAP approval and my written release. - Ken Adams, Purchasing Manager
[2024-05-20 14:31] Marco Bellini (Plastimold): good news, tooling invoice paid, so we've kicked off production of the 5k
""")

    # p43 ---------------------------------------------------------------
    case("three_docs_40_vs_50", ["RG011"],
         "PDF PO and DOCX ack say 40 samples; buyer email asks to ship 'the 50 samples' authorized on the same PO")
    write("PO_88-4040.pdf", pdf([("h", "Nordhavn Robotics - PO 88-4040"), ("table", [["Pos", "Part", "Qty", "Scope"], ["10", "7700-404 rev A", "40", "sample"]]),
        ("p", "40 sample pcs authorized. Balance 960 pcs not released; written release by Laura Jensen (Head of Purchasing) after sample sign-off.")], "PO"))
    write("ack_88-4040.docx", docx_bytes([("p", "Rapidform confirms PO 88-4040: 40 sample pcs of 7700-404 rev A; balance 960 pcs not released.")]))
    write("ship_samples.eml", eml("Laura Jensen <l.jensen@nordhavn.example>", "Felix Braun <f.braun@rapidform.example>",
        "88-4040", "Wed, 21 Aug 2024 10:00:00 +0200",
        "Felix, the 50 samples on PO 88-4040 are authorized - please ship them by Friday. Laura\n"))

    # p44 ---------------------------------------------------------------
    case("words_vs_digits_conflict", ["RG011"],
         "PO 'qty: 2,000 ea' production; release email 'you're clear to run two thousand five hundred pieces' on the same PO")
    write("PO_AW-6060.txt", """
ARCWELL INDUSTRIAL   PO AW-6060   2024-10-01
Vendor: BRIGHTSHEET FABRICATION
1  AW-6060 rev B  chassis rail  qty: 2,000 ea  USD 3.75  PRODUCTION  (full order, no balance)
""")
    write("clear_to_run.eml", eml("Dana Kim <dkim@arcwell.example>", "Sam Patel <sam@brightsheet.example>",
        "AW-6060 release", "Thu, 03 Oct 2024 09:00:00 -0500",
        "Sam, you're clear to run two thousand five hundred pieces of AW-6060 on PO AW-6060. Dana Kim, Buyer\n"))

    # p45 ---------------------------------------------------------------
    case("confluence_pilot_authorized_no_qty", ["RG010"],
         "Confluence-export minutes: 'pilot build authorized', balance on hold until PPAP, release by named person - pilot quantity never stated")
    write("meeting_notes_export.html", html_page("Meeting notes 2024-06-28", """
<h1>2024-06-28 Sensor hub build review</h1>
<h2>Decisions</h2>
<ul><li>Pilot build authorized for TW-55-2000 at Accra EMS.</li>
<li>Production balance on hold (not released) until PPAP approval.</li>
<li>Release of the balance by Nora Svensson (Director Supply Chain), in writing.</li></ul>
<h2>Action items</h2>
<ul><li>Kofi: confirm SMT slot.</li></ul>
"""))

    # p46 ---------------------------------------------------------------
    case("nonnative_proceed_mass_production_deposit", ["RG001", "RG002", "RG003", "RG004", "RG005", "RG012"],
         "'Please to proceed for mass production, deposit already transferred' with unscoped sample PO (30) and quote (3,000) attached")
    po = "PO 2024-3030  Shenzhen Orbit Drones -> LayerForge 3D\n1  SZ-3030 canopy SLA  30 pcs  USD 11.00  ref quote LF-24-0730\n"
    q = "LayerForge quote LF-24-0730\nSZ-3030 canopy, SLA Tough 2000\n  30 pcs sample       USD 11.00\n  3,000 pcs production USD 3.20\n"
    write("mass_production.eml", eml("Zhang Wei <zhangwei@orbit-drones.example>", "Tom Reilly <tom.reilly@layerforge.example>",
        "SZ-3030 mass production", "Mon, 29 Jul 2024 08:00:00 +0800",
        "Dear Tom,\n\nWe are happy with samples. Please to proceed for mass production, the deposit is already transferred.\n\nBest regards\nZhang Wei\nPurchase Manager\n",
        attachments=[("PO_2024-3030.txt", po, "text/plain"), ("LF-24-0730.txt", q, "text/plain")]))

    # p47 ---------------------------------------------------------------
    case("html_mail_release_by_name_no_event", ["RG004"],
         "Multipart mail: 24 samples active, 2,376 not released, 'only Keiko Sato can release it' - no unlock event named")
    body = "Hi Felix,\n\nPO 88-2400: please build the 24 samples only. The balance of 2,376 pcs is not released. Only Keiko Sato (Purchasing Director) can release it.\n\nRegards\nLaura Jensen\n"
    write("PO_88-2400_scope.eml", eml("Laura Jensen <l.jensen@nordhavn.example>", "Felix Braun <f.braun@rapidform.example>",
        "PO 88-2400 scope", "Tue, 01 Oct 2024 09:00:00 +0200", body, html=text_to_html(body)))

    # p48 ---------------------------------------------------------------
    case("chat_once_sample_ok_directly_run", ["RG007"],
         "Chat: buyer 'yes, once samples approved you can directly run the 5000 pcs' after a properly scoped sample message")
    write("wechat_export.txt", """
2024-08-05 09:00 Li Na (Orbit Drones): PO 2024-5050: 20 pcs sample only. 5,000 pcs production is not released, Zhang Wei (Purchase Manager) release it in writing after sample sign-off.
2024-08-05 09:30 Felix Braun (Rapidform): understood. after you approve sample we directly make the 5000 pcs, ok?
2024-08-05 09:41 Li Na (Orbit Drones): yes, once samples approved you can directly run the 5000 pcs
""")

    # p49 ---------------------------------------------------------------
    case("supplier_ordered_sheet_for_all_800", ["RG006"],
         "Supplier multipart mail: 'we've ordered the 3 mm 5052 sheets for all 800 pcs' while 8 samples are released and no material authority exists")
    write("PO_AW-0800.txt", scoped_po("AW-0800", "2024-09-09", "Arcwell Industrial", "BrightSheet Fabrication",
                                      "AW-0800 rev A enclosure", "8", "USD 30.00", "792", "Dana Kim", "Buyer", "sample sign-off", variant=2))
    body = "Hi Dana,\n\nSamples are on the laser today. We've ordered the 3 mm 5052 sheets for all 800 pcs so they are here when you need them.\n\nSam Patel | BrightSheet Fabrication\n"
    write("sheets_ordered.eml", eml("Sam Patel <sam@brightsheet.example>", "Dana Kim <dkim@arcwell.example>",
        "AW-0800 update", "Wed, 11 Sep 2024 12:00:00 +0100", body, html=text_to_html(body)))

    # p50 ---------------------------------------------------------------
    case("docx_minutes_release_three_ways", ["RG009"],
         "DOCX minutes use 'release' for drawing release, sample acceptance and production release; quantities otherwise scoped")
    write("minutes_release_review.docx", docx_bytes([("h", "Release review - HX-900 - 2024-10-10"),
        ("li", "Drawing HX-900 rev 4 released by engineering."),
        ("li", "Samples (16 pcs) released by quality after CT scan."),
        ("li", "Production release: not yet. The 1,184 production pcs are not released; Tomasz Nowak (release authority) issues the written release after the sample sign-off is filed.")]))

    # p51 ---------------------------------------------------------------
    case("release_1500_ack_1200", ["RG011"],
         "Release notice HTML releases 1,500; supplier acknowledgement DOCX records the released quantity as 1,200")
    write("release_R-0051.html", html_page("Release R-0051", "<p>Release R-0051, order HC-3000: <b>1,500 pcs</b> released by Farah Haddad (release authority) after sample sign-off. Balance 1,500 pcs not released; next written release by Farah Haddad after lot 1 delivery.</p>"))
    write("ack_R-0051.docx", docx_bytes([("p", "BrightSheet acknowledges release R-0051 for order HC-3000: released quantity 1,200 pcs. Remaining quantity on hold.")]))


if __name__ == "__main__":
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir()
    build_clean()
    build_positive()
    (HERE / "labels.json").write_text(json.dumps(LABELS, indent=2, sort_keys=True) + "\n")
    print(len(LABELS), "cases")
