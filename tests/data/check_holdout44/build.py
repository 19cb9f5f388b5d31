#!/usr/bin/env python3
"""Generator for the releasegate check_holdout44 corpus (marine and offshore outfitting).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout44/build.py

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
    m["Message-ID"] = msgid or f"<h44-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h44")
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
TXT_MT = "text/plain"
HTML_MT = "text/html"


def q(text, depth=1):
    """Quote a message body the way mail clients do ('> ' per line)."""
    pre = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{pre} {line}" if line else pre)
    return "\n".join(out)


def text_to_html(text):
    """Very small text->HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = []
    for p in paras:
        lines = [escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            body.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">"
                        + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;"
            "font-size:11pt\">\n" + "\n".join(body) + "\n</body></html>\n")


def E(m):
    return eml_bytes(m)


# =================================================================== CLEAN
# c01 -- supplier quotation with prototype and series tiers, nothing authorized
case("c01_quote_tiers", [],
     "supplier quotation with prototype (2) and series (48) tiers; no authorization in the bundle",
     [("VA-Q-24-0318_rev1.pdf", pdf([
         ("h1", "VALVOLE ADRIATICHE S.r.l."),
         ("p", "Via del Lavoro 14, 60131 Ancona (AN), Italia - P.IVA IT02231450428 - "
               "certified ISO 9001:2015 / ISO 14001:2015"),
         ("h", "OFFERTA / QUOTATION No. VA-Q-24-0318 rev.1"),
         ("p", "Date: 27/03/2024. Your ref.: RFQ VDM-1127-BWTS-07. Attn.: Ms Sanne Bakker, Buyer, "
               "Van der Molen Scheepsbouw B.V., Hardinxveld-Giessendam (NL)."),
         ("p", "Project: Yard No. 1127-1130, ballast water treatment system piping. Class: DNV."),
         ("p", "Item: butterfly valve, double eccentric, lugged, DN 250 PN 16, face-to-face EN 558 "
               "series 13, top flange ISO 5211 F12, body EN-GJS-400-15, disc CF8M, EPDM seat, "
               "shell and seat test per EN 12266-1, certificate EN 10204 3.1 plus DNV product certificate."),
         ("table", [["Tier", "Scope", "Qty", "Unit price EUR", "Lead time"],
                    ["A - prototype", "Pre-series for hydrotest and fit check", "2 pcs", "2.480,00",
                     "6 weeks after order"],
                    ["B - series", "Yard No. 1127-1130, 12 valves per hull", "48 pcs", "1.915,00",
                     "10-12 weeks after order of the series"]]),
         ("p", "Tier B prices are valid only if the series is ordered within six (6) months of the "
               "tier A order. The disc machining fixture (EUR 3.400,00) is charged once with tier A."),
         ("h", "Conditions"),
         ("p", "Prices EXW Ancona (Incoterms 2020), seaworthy wooden cases included. Payment: 30% "
               "with order, balance 60 days from invoice date. Validity of this offer: 60 days. "
               "Maker's drawings and datasheets: 2 weeks after order, for your review and class "
               "submission. Our general conditions of sale VA-CGV-2023 apply."),
         ("p", "This document is a quotation. It is not an order confirmation and it does not reserve "
               "production capacity."),
         ("sp",),
         ("p", "Giulia Ferraro - Ufficio Commerciale / Sales - tel. +39 071 280 4410 - "
               "g.ferraro@valvoleadriatiche.it"),
     ], title="Quotation VA-Q-24-0318 rev.1", author="Valvole Adriatiche S.r.l."))])

# c02 -- WhatsApp: supplier asks about go-ahead for the balance, buyer restates the hold
case("c02_chat_question", [],
     "supplier's go-ahead question is not an approval; buyer reply names 2 released, 14 on hold, "
     "sign-off + written release by Ingrid Solberg, no plate for the 14",
     [("WhatsApp_Chat_GDE_Nordvik_NB112.txt", """\
12.03.2024, 08:14 - Katarzyna Wisniewska (GDE): Good morning Lars, the two sample panama chocks for NB 112 are machined, going to galvanizing tomorrow
12.03.2024, 08:15 - Katarzyna Wisniewska (GDE): <Media omitted>
12.03.2024, 08:15 - Katarzyna Wisniewska (GDE): <Media omitted>
12.03.2024, 08:31 - Lars Eide (Nordvik Verft): Morning! Looks good. Is the 3.1 cert for the plate already uploaded in the portal?
12.03.2024, 08:33 - Katarzyna Wisniewska (GDE): Yes, cert no. HS-24-11873, heat 5C2241
12.03.2024, 08:40 - Katarzyna Wisniewska (GDE): Question from our production planner Tomasz: do we have go-ahead for the other 14 chocks or still waiting? He wants to book the flame cutting machine for week 13
12.03.2024, 08:52 - Lars Eide (Nordvik Verft): Not yet. Only the 2 samples are released under PO 4510-2217. The other 14 are on hold, not released
12.03.2024, 08:53 - Lars Eide (Nordvik Verft): They unlock when Marit Olsen has signed off the samples after the fit check on board NB 112, and after that Ingrid Solberg sends you the written release. Ingrid is the one who releases, not me
12.03.2024, 08:54 - Lars Eide (Nordvik Verft): Until then please no cutting for the 14 and no plate bought for them
12.03.2024, 09:02 - Katarzyna Wisniewska (GDE): Understood, we wait for Ingrid's written release. Tomasz informed, the machine slot is cancelled
12.03.2024, 09:03 - Katarzyna Wisniewska (GDE): \U0001F44D
12.03.2024, 09:10 - Lars Eide (Nordvik Verft): Takk! Send the samples with the galvanizing report (min. 85 um) and the dimensional report please. Delivery address Ulsteinvik, gate 2, att. Marit
12.03.2024, 09:11 - Katarzyna Wisniewska (GDE): OK, DAP Ulsteinvik, truck leaves Friday
""")])

# c03 -- clearly labelled forecast
case("c03_labelled_forecast", [],
     "buyer's demand forecast clearly labelled not an order, no material purchase; nothing authorized",
     [("NB112-115_cable_ladder_forecast.docx", docx_bytes([
         ("h1", "Demand forecast - cable ladders and trays, NB 112-115"),
         ("p", "Nordvik Verft AS, Project Purchasing, Ulsteinvik. Issued 04.04.2024 to Pune Marine "
               "Cable Systems Pvt. Ltd. for capacity planning."),
         ("p", "FORECAST ONLY. THIS IS NOT AN ORDER. It does not authorize production and it does not "
               "authorize any purchase of material."),
         ("table", [["Hull", "Zone", "Type", "Forecast (m)", "Expected PO month"],
                    ["NB 112", "Engine room and casing", "HDG ladder 300 mm", "420", "Sep 2024"],
                    ["NB 113", "Engine room and casing", "HDG ladder 300 mm", "420", "Jan 2025"],
                    ["NB 114", "Engine room, casing, deck 3", "HDG ladder 300/450 mm", "395", "May 2025"],
                    ["NB 115", "Engine room, casing, deck 3", "HDG ladder 300/450 mm", "395", "Sep 2025"],
                    ["Total", "", "", "1.630", ""]]),
         ("p", "The figures come from the bulk material take-off (MTO rev B) and will change with "
               "detail design. Each hull will be ordered on its own purchase order when the cable "
               "routing for that hull is frozen. No metre in this table is ordered, committed or "
               "released."),
         ("p", "Please reply with your indicative lead time and your capacity per month for 300 mm and "
               "450 mm ladder, and whether DNV type approval certificate TAP00002MK covers the 450 mm "
               "rung spacing."),
         ("p", "Lars Eide, Project Purchaser, Nordvik Verft AS, +47 700 12 345"),
     ], author="Lars Eide"))])

# c04 -- scoped FAT acceptance, series not released, revised PO by named signer
_c04 = """\
Dear Mr Zhou,

Thank you for hosting the FAT of the prototype cabin module (type B2, two-berth crew cabin) in
Nantong on 4 and 5 June. Joost Verhoeven and the DNV surveyor have reported back to me, and the
minutes are attached to this mail chain.

Result: the prototype module is accepted for FAT purposes only. The seven punch items in the minutes
(door closer adjustment, two wet-unit sealant joints, ceiling panel gap at the light fitting, missing
fire rating label, grounding strap, drawing update) must be closed and photographed.

To make sure nobody reads more into this than we mean:
- Released for manufacture now: the one (1) prototype module only. Once the punch items are closed,
  please prepare it for shipment to Hardinxveld.
- The series of 23 modules in your offer JH-2024-088 is NOT released and not ordered yet. Please do
  not start cutting, panel pressing or wet-unit assembly for them.
- The series will be released by a revised PO (rev 2) signed by me, Hendrik de Vries, after DNV has
  reviewed the FAT report and our project team has signed off the punch-list closure.
- Material: sample-only. Please do not buy wall panels, ceiling cassettes or sanitary fittings for the
  series before that revised PO.

Thank you again for the good cooperation during the test, and for the excellent lunch.

Met vriendelijke groet,
"""
case("c04_scoped_fat_acceptance", [],
     "FAT acceptance scoped to the 1 prototype; 23 series not released; revised PO by Hendrik de Vries "
     "after DNV review + punch-list sign-off; sample-only material",
     [("Yard1131_prototype_FAT_result.eml", E(mail(
         "Hendrik de Vries <h.devries@vandermolen-scheepsbouw.nl>",
         "Zhou Jian <zhoujian@haixin-marine.cn>",
         "Yard No. 1131 - prototype cabin module B2 - FAT result and next steps",
         "Mon, 10 Jun 2024 08:47:00 +0200",
         _c04 + sig("Hendrik de Vries", "Inkoopmanager / Purchasing Manager",
                    "Van der Molen Scheepsbouw B.V.", "+31 184 61 22 00"),
         html=text_to_html(_c04 + "\nHendrik de Vries\nInkoopmanager / Purchasing Manager\n"
                                  "Van der Molen Scheepsbouw B.V."),
         cc="Joost Verhoeven <j.verhoeven@vandermolen-scheepsbouw.nl>",
         attachments=[("MoM_FAT_prototype_B2_yard1131.html", html_page("FAT minutes prototype B2", """\
<h2>Minutes of FAT &ndash; prototype cabin module B2, yard no. 1131</h2>
<p>Nantong, 4&ndash;5 June 2024 &middot; Present: Joost Verhoeven (Van der Molen), DNV surveyor, Zhou Jian and
Li Na (Jiangsu Haixin)</p>
<table>
<tr><th>No.</th><th>Punch item</th><th>Action by</th><th>Due</th></tr>
<tr><td>1</td><td>Door closer adjustment, closing time 4 s max.</td><td>Haixin</td><td>14.06</td></tr>
<tr><td>2</td><td>Wet-unit sealant joint at floor, port side</td><td>Haixin</td><td>14.06</td></tr>
<tr><td>3</td><td>Wet-unit sealant joint at shower tray</td><td>Haixin</td><td>14.06</td></tr>
<tr><td>4</td><td>Ceiling panel gap at light fitting, 4 mm</td><td>Haixin</td><td>14.06</td></tr>
<tr><td>5</td><td>Fire rating label missing on door B2-D1</td><td>Haixin</td><td>14.06</td></tr>
<tr><td>6</td><td>Grounding strap washbasin frame</td><td>Haixin</td><td>14.06</td></tr>
<tr><td>7</td><td>As-built drawing update, rev D</td><td>Haixin</td><td>21.06</td></tr>
</table>
<p>Noise 43 dB(A), weight 4,870 kg (limit 5,000 kg), leak test of wet unit: no leakage.</p>
<p>The test covers the one prototype module. Manufacturing scope is set by Van der Molen purchasing in
writing, not by these minutes.</p>
"""), HTML_MT)])))])

# c05 -- full-quantity PO, no sample stage, "proceed with all 36"
case("c05_full_qty_po", [],
     "full-quantity PO for 36 bollards, no sample stage and no balance; 'proceed' is scoped to all 36",
     [("DHI-PO-24-07781.pdf", pdf([
         ("h1", "DAESAN HEAVY INDUSTRIES CO., LTD."),
         ("p", "Outfitting Procurement Team, 1 Jangpyeong-ro, Geoje-si, Gyeongsangnam-do, Korea"),
         ("h", "PURCHASE ORDER No. DHI-PO-24-07781"),
         ("p", "Date: 2024-04-22. Vendor: Gdansk Deck Equipment Sp. z o.o., ul. Marynarki Polskiej 59, "
               "80-557 Gdansk, Poland. Vendor code: V-30418. Hull No.: 2391 / 2392 (PCTC 7,000 CEU). Class: KR."),
         ("table", [["Line", "Description", "Qty", "Hull", "Unit price USD", "Amount USD"],
                    ["10", "Double bollard 400, ISO 13795 type A, SWL 40 t, maker's drawing GDE-DB400 rev 3",
                     "18 EA", "2391", "1,240.00", "22,320.00"],
                    ["20", "Double bollard 400, ISO 13795 type A, SWL 40 t, maker's drawing GDE-DB400 rev 3",
                     "18 EA", "2392", "1,240.00", "22,320.00"],
                    ["", "Total", "36 EA", "", "", "44,640.00"]]),
         ("p", "Scope: this purchase order is for the full quantity of thirty-six (36) bollards. There is "
               "no sample or prototype stage on this order and no balance. Please proceed with "
               "manufacture of all 36 on receipt, following ITP DHI-ITP-OF-113 (H1 material, H2 "
               "dimensional, H3 proof load test witnessed by KR surveyor)."),
         ("p", "Delivery: FCA Gdynia, Hull 2391 set by 2024-07-15, Hull 2392 set by 2024-08-19. "
               "Marking: hull number and frame position stencilled on each bollard."),
         ("p", "Payment: 10% advance against advance payment bond, 90% T/T 30 days after delivery. "
               "Documents: EN 10204 3.1 certificates, KR product certificate, proof load report, "
               "painting report (Jotamastic 87, 2 x 150 um)."),
         ("p", "Issued by: Kim Min-jun, Outfitting Procurement. Checked: Lee Ji-hoon, Team Leader."),
     ], title="DHI-PO-24-07781", author="Daesan Heavy Industries"))])

# c06 -- ERP call-off with explicit staged material authority above the released quantity
case("c06_calloff_staged_material", [],
     "call-off releases 8 of 24; staged material authority for 24 castings is explicit; balance 16 "
     "held until next call-off after FAT sign-off; Tan Wei Ming named",
     [("SOM-CO-2024-0119.txt", """\
STRAITS OFFSHORE MARINE PTE LTD                 CALL-OFF / RELEASE              PAGE 1 OF 1
21 TUAS SOUTH AVENUE 9                          CALL-OFF NO  : SOM-CO-2024-0119
SINGAPORE 637xxx                                FRAME AGRMT  : SOM-FA-2023-044
                                                DATE         : 08.04.2024
SUPPLIER : MARMARA POMPA SANAYI A.S.            BUYER        : PRIYA RAMAN
           AYDINLI OSB, TUZLA / ISTANBUL TR     TEL          : +65 6861 4400
PROJECT  : FPSO TOPSIDES P-77, MODULES M1-M6
------------------------------------------------------------------------------------------
LN  MATERIAL          DESCRIPTION                               QTY  UOM  DELIVERY
10  PMP-CF-125-40     CENTRIFUGAL PUMP 125-40, SS316, ATEX      8    EA   2024-07-15
                      IIB T3, MOTOR 45 KW 440V 60HZ, SKID
                      MOUNTED, ABS CERT, DS REV 4
------------------------------------------------------------------------------------------
FRAME QUANTITY              : 24 EA
RELEASED BY THIS CALL-OFF   : 8 EA  (UNITS 1-8)
PREVIOUSLY RELEASED         : 0 EA
BALANCE NOT RELEASED        : 16 EA  - DO NOT MACHINE OR ASSEMBLE
MATERIAL AUTHORITY          : STAGED - CASTINGS (CASING + IMPELLER) FOR UP TO 24 EA MAY BE
                              BOUGHT AT BUYER'S LIABILITY. MACHINING AND ASSEMBLY LIMITED TO
                              THE 8 EA RELEASED. MOTORS: FOR THE 8 EA ONLY.
UNLOCK OF BALANCE           : NEXT CALL-OFF (SOM-CO-2024-0120), ISSUED ONLY AFTER FAT
                              SIGN-OFF OF UNIT 1 BY QA/QC (LIM BOON KIAT)
RELEASE AUTHORITY           : TAN WEI MING, PROCUREMENT MANAGER (LIMIT SGD 250,000)
------------------------------------------------------------------------------------------
INCOTERMS : CIF SINGAPORE          PAYMENT : 30 DAYS EOM AFTER DELIVERY
INSPECTION: ITP SOM-ITP-ME-021, HOLD POINTS H1 (MATERIAL) H2 (HYDROTEST) H3 (FAT)
PRICES    : AS PER FRAME AGREEMENT SOM-FA-2023-044 ANNEX B, USD 14,850.00 / EA
------------------------------------------------------------------------------------------
THIS DOCUMENT IS COMPUTER GENERATED AND VALID WITHOUT SIGNATURE.
""")])

# c07 -- explicit recorded auto-conversion with quantity, signer and conditions
case("c07_explicit_auto_conversion", [],
     "explicit recorded auto-conversion: 10 skids on Erik Haugen's FAT sign-off with conditions; "
     "remaining 12 held for revised PO by Ingrid Solberg",
     [("Release_agreement_PO_4510-2245.pdf", pdf([
         ("h1", "Release agreement - PO 4510-2245"),
         ("p", "Between Nordvik Verft AS (buyer), Ulsteinvik, and Officine Meccaniche Liguri S.p.A. "
               "(supplier), Genova. Subject: emergency fire pump skids EFP, NB 113-116."),
         ("table", [["Stage", "Skids", "Status today", "What releases it", "Signed by"],
                    ["Prototype", "1 (FP-01)", "Released", "this PO", "Ingrid Solberg"],
                    ["Conversion lot", "10 (FP-02 to FP-11)", "Not released",
                     "FAT sign-off certificate of FP-01, result 'accepted without open items'",
                     "Erik Haugen"],
                    ["Remainder", "12 (FP-12 to FP-23)", "Not released", "revised PO", "Ingrid Solberg"]]),
         ("h", "Recorded auto-conversion"),
         ("p", "Agreed in writing on 18.04.2024 by Erik Haugen, Chief Engineer Outfitting, and Ingrid "
               "Solberg, Procurement Manager, and acknowledged by Alessandro Rossi for the supplier: "
               "when Erik Haugen signs the FAT sign-off certificate for FP-01 with the result 'accepted "
               "without open items', ten (10) skids, FP-02 to FP-11, are released by that signature "
               "without any further document."),
         ("p", "Conditions: the FAT is witnessed by the DNV surveyor; the sign-off is dated no later "
               "than 30.06.2024. If the sign-off carries open items, or is dated later, nothing is "
               "released by it and the ten skids stay on hold."),
         ("p", "The remaining twelve (12) skids, FP-12 to FP-23, stay on hold in any case. They are "
               "released only by a revised PO signed by Ingrid Solberg."),
         ("p", "Material authority: sample-only until the conversion takes effect; from then, material "
               "for the ten converted skids. No material for FP-12 to FP-23."),
         ("sp",),
         ("p", "Ulsteinvik / Genova, 18.04.2024 - Erik Haugen - Ingrid Solberg - Alessandro Rossi"),
     ], title="Release agreement PO 4510-2245", author="Nordvik Verft AS"))])

# c08 -- supplier: advance payment received, it does not release production
_c08_orig = """\
Dear Emre,

Please find attached PO DHI-PO-24-07802 (rev 0).

Scope: 1 (one) prototype bilge/ballast pump MP-BB 150 for FAT at your works.
Balance: the other 11 pumps in your quotation MP-Q-2024-188 are not released.
Release of the balance: only by a written release from Lee Ji-hoon (Team Leader, Outfitting
Procurement), after FAT sign-off by our machinery team.
Material: for the prototype only.

The 30% advance payment for the prototype will be remitted this week.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries"""
_c08 = f"""\
Dear Mr. Kim,

We confirm receipt of your advance payment of 30% (USD 8.460,00) on 11 April. Thank you.

To be clear from our side: the advance payment does not release production. Under your PO we build
one (1) prototype pump, model MP-BB 150, for the FAT planned on 20 May. The other 11 pumps in our
quotation stay not released, and we will not buy castings or motors for them.

As written in your PO, the balance is released only by a written release from Mr. Lee Ji-hoon after
your FAT sign-off. We will wait for this document.

FAT agenda and test procedure MP-TP-150 rev 2 will follow by Friday.

Saygilarimla / Best regards,
Emre Yilmaz
Export Sales Manager, Marmara Pompa Sanayi A.S.
Aydinli OSB, Tuzla / Istanbul - +90 216 593 12 40

On Tue, 9 Apr 2024 at 10:02, Kim Min-jun <mj.kim@daesan-hi.co.kr> wrote:
{q(_c08_orig)}
"""
case("c08_deposit_not_release", [],
     "supplier states the advance does not release production; quoted buyer PO names 1, balance 11 "
     "held, FAT sign-off + written release by Lee Ji-hoon",
     [("RE_PO_DHI-PO-24-07802_advance_received.eml", E(mail(
         "Emre Yilmaz <emre.yilmaz@marmarapompa.com.tr>",
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>",
         "RE: PO DHI-PO-24-07802 - prototype bilge pump / advance payment received",
         "Fri, 12 Apr 2024 15:20:00 +0300", _c08, in_reply_to="<po07802@daesan-hi.co.kr>")))])

# c09 -- supplier order acknowledgement restating the hold
case("c09_supplier_ack", [],
     "supplier acknowledgement restates 2 samples, balance 14 not released, sample-only material, "
     "release by Ingrid Solberg after Marit Olsen's sign-off",
     [("OA-2024-0311_Nordvik_4510-2231.docx", docx_bytes([
         ("h1", "Order Acknowledgement OA-2024-0311"),
         ("p", "Gdansk Deck Equipment Sp. z o.o., ul. Marynarki Polskiej 59, 80-557 Gdansk. "
               "Date: 19.03.2024. Customer: Nordvik Verft AS, Ulsteinvik. Your PO: 4510-2231 rev 0."),
         ("table", [["Item", "Description", "Qty now", "Scope"],
                    ["1", "Closed chock 400 x 250, DNV, drawing GDE-CC-400 rev 4", "2 pcs", "sample"]]),
         ("p", "We acknowledge the scope exactly as written in your PO:"),
         ("li", "2 (two) sample closed chocks, delivery 3 weeks, FCA Gdansk;"),
         ("li", "the balance of 14 chocks shown in our quotation Q-GDE-24-112 is not released and we "
                "will not start it;"),
         ("li", "material authority sample-only: we buy plate only for the 2 samples;"),
         ("li", "the balance is unlocked only by your written release, signed by Ingrid Solberg, "
                "after Marit Olsen's sample sign-off."),
         ("p", "Inspection per ITP GDE-ITP-07: dimensional check and MPI of welds, report with the "
               "delivery. Certificates: EN 10204 3.1 for plate (S355J2+N) and casting."),
         ("p", "Katarzyna Wisniewska, Project Manager, Gdansk Deck Equipment"),
     ], author="Katarzyna Wisniewska"))])

# c10 -- forwarded old quote (rfc822) declared informational
_c10_old = mail("Rajesh Kulkarni <rajesh.k@punemarinecable.in>",
                "Priya Raman <priya.raman@straitsoffshore.com.sg>",
                "Quotation PMC/Q/23/447 - HDG cable ladder CL-600 for P-77 modules",
                "Thu, 16 Nov 2023 11:05:00 +0530",
                """\
Dear Ms Priya,

Greetings from Pune!

Please find our best offer for HDG cable ladder CL-600 (600 mm wide, 100 mm side rail, rung pitch
300 mm, hot dip galvanized to ISO 1461), for modules M1-M6:

  Qty      : 600 m (300 lengths x 2 m) incl. 40 bends 90 deg and 24 tees
  Price    : INR 2,460 per m, bends INR 3,150 each, tees INR 3,400 each
  Delivery : 8 weeks from PO, FOB Nhava Sheva
  Validity : 30 days

Looking forward to your valued order.

Warm regards,
Rajesh Kulkarni
Business Development, Pune Marine Cable Systems Pvt. Ltd.
""")
_c10 = """\
Hi Rajesh,

Our PO SOM-PO-24-1187 is attached for the trial run: 40 m of HDG cable ladder CL-600 (20 lengths
of 2 m) plus 4 bends, as per sketch SK-M3-011. This PO covers those 40 m only.

The rest of the module quantity (balance approx. 560 m) is not released. It will be released only
by a written release from Tan Wei Ming, our Procurement Manager, after our site QA has signed off the
trial-run fit-up on module M3. Please buy strip only for the 40 m.

For information only I am forwarding your quote from last November for the full 600 m, because your
colleague asked for the price basis. Please do not plan production from it: the 600 m in that quote is
informational and not released.

Thanks and regards,
Priya
"""
case("c10_forwarded_old_quote", [],
     "PO for 40 m trial run; forwarded rfc822 quote with 600 m declared informational; balance 560 m "
     "held until QA sign-off and written release by Tan Wei Ming",
     [("SOM-PO-24-1187_trial_run.eml", E(mail(
         "Priya Raman <priya.raman@straitsoffshore.com.sg>",
         "Rajesh Kulkarni <rajesh.k@punemarinecable.in>",
         "PO SOM-PO-24-1187 - trial run 40 m cable ladder / FW: old quote for info",
         "Wed, 15 May 2024 16:40:00 +0800",
         _c10 + sig("Priya Raman", "Buyer, Procurement", "Straits Offshore Marine Pte Ltd", "+65 6861 4400"),
         attachments=[("SOM-PO-24-1187.pdf", pdf([
             ("h1", "STRAITS OFFSHORE MARINE PTE LTD"),
             ("h", "Purchase Order SOM-PO-24-1187"),
             ("p", "Date: 15.05.2024. Vendor: Pune Marine Cable Systems Pvt. Ltd., Chakan MIDC, Pune."),
             ("table", [["Line", "Description", "Qty", "Unit", "Unit price INR"],
                        ["1", "HDG cable ladder CL-600, 2 m lengths (trial run, module M3)", "40", "m", "2,460.00"],
                        ["2", "Bend 90 deg CL-600", "4", "pcs", "3,150.00"]]),
             ("p", "This PO covers the 40 m trial run only. Balance of approx. 560 m not released; "
                   "written release by Tan Wei Ming after QA sign-off of the trial-run fit-up."),
         ], title="SOM-PO-24-1187", author="Straits Offshore Marine"), PDF_MT),
             ("rfc822", _c10_old)])))])

# c11 -- quoted supplier assumption of auto-conversion, buyer corrects it
_c11_sup = """\
Dear Mr. Kim,

The 2 pcs sample gate valves DN150 PN25 will be ready on 15 May for your inspection.
Once you approve the samples we will roll straight into the 38 pcs, so delivery of all 40 can be
end of July.

Best regards
Chen Lei
Zhejiang Hengtai Valve Co., Ltd."""
_c11 = f"""\
Dear Chen Lei,

Thank you for update. Please note one correction to your mail below.

Sample approval does NOT convert to production. After our sample sign-off the remaining 38 valves are
still not released. Only a written release from Mr. Lee Ji-hoon (Team Leader, Outfitting Procurement)
will release them, and he will send it as a separate document with the quantity.

So please plan: 2 EA samples only now. No forging and no casting for the 38 EA before the written
release.

Inspection on 15 May OK for us, our inspector Mr. Jung will visit Wenzhou. Please prepare the
hydrotest (shell 37.5 bar, seat 27.5 bar) and the 3.1 certificates.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.
T +82 55 680 2114

-----Original Message-----
From: Chen Lei <chenlei@hengtaivalve.cn>
Sent: Monday, May 6, 2024 4:18 PM
To: Kim Min-jun <mj.kim@daesan-hi.co.kr>
Subject: sample valves DN150 - schedule

{q(_c11_sup)}
"""
case("c11_buyer_corrects_auto_conversion", [],
     "quoted supplier assumption of roll-over is corrected by the buyer: 2 samples only, 38 held, "
     "written release by Lee Ji-hoon after sign-off",
     [("RE_sample_valves_DN150_schedule.eml", E(mail(
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>", "Chen Lei <chenlei@hengtaivalve.cn>",
         "RE: sample valves DN150 - schedule", "Tue, 07 May 2024 09:31:00 +0900", _c11,
         in_reply_to="<20240506161800.77@hengtaivalve.cn>")))])

# c12 -- sample PO full of identifiers that look like quantities
case("c12_identifiers", [],
     "sample PO for 4; DN/PN/ISO/drawing rev/frame/article numbers are identifiers; series 60 "
     "informational and not released; sign-off + written release by Hendrik de Vries",
     [("Inkooporder_31-2024-0512.pdf", pdf([
         ("h1", "Van der Molen Scheepsbouw B.V."),
         ("p", "Rivierdijk 210, 3371 ED Hardinxveld-Giessendam - KvK 23045510 - ISO 9001:2015"),
         ("h", "INKOOPORDER / PURCHASE ORDER 31-2024-0512"),
         ("p", "Datum: 03-05-2024. Leverancier: Valvole Adriatiche S.r.l., Ancona. Bouwnummer / yard no. 1127. "
               "Kostenplaats 1127-742-250."),
         ("table", [["Pos", "Artikel", "Omschrijving / description", "Aantal", "Eenh.", "Prijs EUR"],
                    ["10", "4500-210-250",
                     "Butterfly valve DN 250 PN 16, EN 593, top flange ISO 5211 F12, drawing VA-4500-210 Rev 12, "
                     "DNV type approval certificate TAP00001KX",
                     "4", "st", "2.480,00"]]),
         ("p", "Sample order: this PO releases four (4) pre-series valves only, for a hydrotest at 24 bar "
               "(1.5 x PN 16) and a fit check in the ballast pump room, frame 42-48, with actuator torque "
               "250 Nm."),
         ("p", "The series of 60 valves in your quotation VA-Q-24-0402 is shown there for information "
               "only. It is not released."),
         ("p", "Unlock: sample sign-off by our piping engineer after the hydrotest, followed by a written "
               "release signed by Hendrik de Vries, Inkoopmanager. Material authority: sample-only."),
         ("p", "Leverdatum: week 24/2024, DAP Hardinxveld-Giessendam, ingang 3. Certificates EN 10204 3.1. "
               "Betaling 60 dagen netto."),
     ], title="Inkooporder 31-2024-0512", author="Van der Molen Scheepsbouw"))])

# c13 -- vendor document register with review codes, not a release
_c13_rows = [
    ("CFE-1203-001", "General arrangement drawing, SWL skid", "B", "Code 1 - accepted, no comments", "02.05.2024"),
    ("CFE-1203-002", "P&amp;ID and instrument list", "C", "Code 2 - accepted with comments", "06.05.2024"),
    ("CFE-1203-005", "Inspection and test plan (ITP)", "A", "Code 1 - accepted, no comments", "29.04.2024"),
    ("CFE-1203-007", "WPS / PQR, pipe spool welding", "A", "Code 3 - revise and resubmit", "08.05.2024"),
    ("CFE-1203-009", "Noise and vibration data sheet", "0", "For information", "30.04.2024"),
    ("CFE-1203-010", "ABS design review letter", "0", "For information", "10.05.2024"),
]
case("c13_vendor_document_register", [],
     "VDR review codes are technical only; note names 1 prototype released, 3 skids held, FAT sign-off "
     "+ written release by Tan Wei Ming",
     [("VDR_SOM-PO-24-1203.html", html_page("Vendor Document Register SOM-PO-24-1203", (
         "<h2>Straits Offshore Marine Pte Ltd - Vendor Document Register</h2>\n"
         "<p>PO SOM-PO-24-1203 &middot; Vendor: Chennai Flow Engineering Pvt. Ltd. &middot; "
         "Package: seawater lift pump skids SWL-01 to SWL-04 &middot; Project P-77 &middot; "
         "Register status 13.05.2024</p>\n<table>\n<tr><th>Doc no.</th><th>Title</th><th>Rev</th>"
         "<th>Review status</th><th>Returned</th></tr>\n"
         + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
                     for a, b, c, d, e in _c13_rows)
         + "\n</table>\n<p class=\"note\">Review codes are document review codes for the technical review "
           "only. They do not authorize manufacture. Manufacturing scope under this PO: one (1) prototype "
           "skid (SWL-01) for FAT. The remaining 3 skids (SWL-02 to SWL-04) are not released. They will be "
           "released only by a written release signed by Tan Wei Ming, Procurement Manager, after FAT "
           "sign-off of SWL-01 by QA/QC.</p>\n<p>Document control: doc.control@straitsoffshore.com.sg</p>")))])

# c14 -- hold-point notice: passing the FAT hold point does not release the series
case("c14_hold_point_notice", [],
     "hold-point notice: 2 FAT units released, 4 skids held; written notice by Tan Wei Ming after FAT "
     "sign-off by Lim Boon Kiat; sample-only material",
     [("SOM-QA-HP-0087.pdf", pdf([
         ("h1", "QA/QC NOTICE - ITP HOLD POINT H3 (FAT)"),
         ("p", "Straits Offshore Marine Pte Ltd - Ref. SOM-QA-HP-0087 - Date 22.07.2024 - "
               "PO SOM-PO-24-1240 - Vendor: Chennai Flow Engineering Pvt. Ltd., Ambattur, Chennai"),
         ("table", [["ITP step", "Activity", "Type", "Status"],
                    ["H1", "Raw material verification, EN 10204 3.1", "Hold", "Cleared 03.06.2024"],
                    ["W2", "Casing hydrotest 1.5 x design pressure", "Witness", "Cleared 01.07.2024"],
                    ["H3", "FAT of FWB-01 and FWB-02 (performance, NPSH, vibration)", "Hold",
                     "Scheduled 14.08.2024, vendor works"]]),
         ("p", "Manufacture beyond the two (2) FAT units, FWB-01 and FWB-02, is not released. Units "
               "FWB-03 to FWB-06 (four skids) remain on hold."),
         ("p", "They will be released only by a written notice signed by Tan Wei Ming, Procurement "
               "Manager, after the witnessed FAT has been signed off by Lim Boon Kiat, QA/QC Lead. "
               "Clearing hold point H3 does not by itself release the four skids."),
         ("p", "Material: for FWB-01 and FWB-02 only. Please confirm attendance of your test engineer "
               "and calibration certificates of the flow meter (valid to at least 31.08.2024)."),
         ("p", "Lim Boon Kiat, QA/QC Lead, Straits Offshore Marine"),
     ], title="SOM-QA-HP-0087", author="Straits Offshore Marine"))])

# c15 -- multi-file: Dutch ERP PO 1.200,000 M and cover mail 1,200 m (same quantity), full order
case("c15_full_qty_eu_numbers", [],
     "full-quantity order; ERP '1.200,000 M' and mail '1,200 m' are the same quantity; two delivery "
     "lots of 600 m are a schedule, not a conflict",
     [("Inkooporder_31-2024-0533.txt", """\
VAN DER MOLEN SCHEEPSBOUW B.V.                                   INKOOPORDER
Rivierdijk 210, 3371 ED Hardinxveld-Giessendam                   Nummer : 31-2024-0533
                                                                 Datum  : 21-05-2024
Leverancier: 400871  PUNE MARINE CABLE SYSTEMS PVT. LTD.         Inkoper: S. BAKKER
             CHAKAN MIDC PHASE II, PUNE 410501, INDIA           Bouwnr : 1130
-------------------------------------------------------------------------------------
Pos  Artikel       Omschrijving                          Aantal  Eenh    Prijs    Bedrag
-------------------------------------------------------------------------------------
010  CL-400-HDG    Kabelladder 400 mm, thermisch verzinkt 1.200,000 M   18,40  22.080,00
                   ISO 1461, sporten h.o.h. 300 mm
020  CL-400-B90    Bocht 90 gr. 400 mm                      24,000 ST   41,50     996,00
-------------------------------------------------------------------------------------
                                                          Totaal excl. BTW  EUR 23.076,00
Tekst:
  Volledige bestelhoeveelheid / full order quantity. Geen monsterfase, geen restant.
  No sample stage, no balance.
  Levering in 2 delen: 600 m week 36, 600 m week 40. DAP Hardinxveld, ingang 3.
  Certificaten: EN 10204 2.2 + zinklaagdikte rapport.
  Betaling: 60 dagen netto na levering.
-------------------------------------------------------------------------------------
Op al onze inkooporders zijn onze algemene inkoopvoorwaarden (VDM-AIV 2022) van toepassing.
"""),
      ("Cover_mail_PO_31-2024-0533.eml", E(mail(
          "Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl>",
          "Anjali Deshpande <anjali.d@punemarinecable.in>",
          "PO 31-2024-0533 - cable ladder CL-400 for yard no. 1130",
          "Tue, 21 May 2024 14:12:00 +0200",
          """\
Dear Anjali,

Attached our PO 31-2024-0533 for the full 1,200 m of HDG cable ladder CL-400 plus 24 bends for yard
no. 1130. This is the complete order for this ladder size; there is no sample stage and nothing held
back. Please proceed with manufacture of all 1,200 m.

Delivery in two lots of 600 m each, week 36 and week 40, DAP our yard, gate 3 (delivery hours
07:00-15:30, please call the warehouse on +31 184 61 22 50 one day ahead).

Our ERP prints the quantity Dutch style as 1.200,000 M, that is one thousand two hundred metres.

Kind regards,
Sanne Bakker
Inkoper / Buyer
Van der Molen Scheepsbouw B.V.
""")))])

# c16 -- multi-file: PO docx (1 prototype) + supplier quote pdf (1 + 23), quote declared informational
case("c16_po_plus_quote", [],
     "PO releases 1 prototype; attached quote's 23 series modules declared for information and not "
     "released; FAT sign-off by Erik Haugen then revised PO by Ingrid Solberg",
     [("PO_4510-2260_NB113.docx", docx_bytes([
         ("h1", "Nordvik Verft AS - Purchase Order 4510-2260"),
         ("p", "Date: 24.04.2024. Supplier: Jiangsu Haixin Marine Accommodation Co., Ltd., Nantong. "
               "Project: NB 113, accommodation. Your quotation: JH-Q-2024-061."),
         ("table", [["Line", "Item", "Qty", "Unit price USD", "Delivery"],
                    ["1", "Prototype wet-unit module type WU-2, per drawing NV-113-ACC-0412 rev C", "1 set",
                     "18,900.00", "FAT wk 27, Nantong"]]),
         ("p", "This PO releases one (1) prototype module. The 23 series modules in your quotation "
               "JH-Q-2024-061 are shown there for information only; they are not ordered and not released."),
         ("p", "Please build the prototype only and prepare it for FAT. After FAT sign-off by Erik Haugen, "
               "Chief Engineer Outfitting, Ingrid Solberg, Procurement Manager, will issue a revised PO for "
               "the series. Material authority: prototype only."),
         ("p", "Documents: fire insulation A-60 certificates, DNV type approvals of panels, weight report."),
     ], author="Ingrid Solberg")),
      ("JH-Q-2024-061.pdf", pdf([
          ("h1", "JIANGSU HAIXIN MARINE ACCOMMODATION CO., LTD."),
          ("h", "Quotation JH-Q-2024-061"),
          ("p", "To: Nordvik Verft AS, Ms Ingrid Solberg. Date: 2024-04-08. Project NB 113."),
          ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
                     ["1", "Prototype wet-unit module WU-2", "1 set", "18,900.00", "10 weeks"],
                     ["2", "Series wet-unit module WU-2", "23 sets", "14,250.00", "14 weeks after series order"]]),
          ("p", "Terms: FOB Shanghai. Payment 30% T/T with order, 70% before shipment. Validity 45 days."),
          ("p", "Zhou Jian, Project Manager"),
      ], title="JH-Q-2024-061", author="Jiangsu Haixin"))])

# c17 -- Italian-English buyer mail, multipart/alternative, scoped pre-series
_c17 = """\
Buongiorno Giulia,

come d'accordo al telefono, here a short written summary so your planning has it in black and white.

Per favore, only the three (3) pre-series valves DN 200 (pos. 10 of our PO 31-2024-0540) are to be
built now. The rimanenti 45 valves of the series are not released - non rilasciate - so please do not
put them in the production plan and do not order bar stock or castings for them.

The 45 will be released with a written release from Hendrik de Vries, our Inkoopmanager, after our
sign-off of the pre-series (hydrotest and fit check on board yard no. 1128).

The pre-series should arrive by week 26, DAP Hardinxveld. Please put the yard number and pos. number
on the crates.

Grazie mille e buon fine settimana,
Luca Moretti
Buyer, Van der Molen Scheepsbouw B.V.
"""
case("c17_italian_english", [],
     "Italian-English mail: 3 pre-series released, 45 'non rilasciate', written release by Hendrik de "
     "Vries after pre-series sign-off",
     [("Ordine_31-2024-0540_pre-serie.eml", E(mail(
         "Luca Moretti <l.moretti@vandermolen-scheepsbouw.nl>",
         "Giulia Ferraro <g.ferraro@valvoleadriatiche.it>",
         "Ordine 31-2024-0540 - 3 valvole pre-serie / 3 pre-series valves only",
         "Fri, 31 May 2024 11:26:00 +0200", _c17, html=text_to_html(_c17))))])

# c18 -- KakaoTalk, Korean-English: sample 2 EA only, balance 38 EA hold
case("c18_kakaotalk", [],
     "Korean-English chat: sample 2 EA only, balance 38 EA not released, written release by Park "
     "Sung-ho after sample sign-off, no casting for the 38",
     [("KakaoTalk_Chats_Hengtai_sample_check_valve.txt", """\
Talk with Chen Lei (Hengtai Valve) Saved on : 2024-05-09 18:02

--------------- 2024년 5월 8일 수요일 ---------------
[Chen Lei] [오전 9:12] Mr. Kim good morning. Sample 2 EA swing check valve DN100 PN16 finish machining today
[Chen Lei] [오전 9:12] Hydrotest tomorrow 10:00, you want video?
[김민준] [오전 9:20] Yes please video. 감사합니다
[김민준] [오전 9:21] Also photo of nameplate. Must show DHI-2391-BW-114
[Chen Lei] [오전 9:40] OK
[Chen Lei] [오전 9:41] Our factory boss ask: can we prepare the 38 EA also same time? save time for you
[김민준] [오전 9:47] No no. Sample 2 EA only OK
[김민준] [오전 9:47] Balance 38 EA hold, not release
[김민준] [오전 9:49] After sample sign-off (our piping team test on board Hull 2391), 박성호 부장님 (Mr. Park Sung-ho, GM Procurement) send written release. Then you start 38 EA
[김민준] [오전 9:50] Before that no casting for 38 EA pls 🙏
[Chen Lei] [오전 9:58] Understand. Wait written release from Mr. Park
[Chen Lei] [오전 9:58] 👌
--------------- 2024년 5월 9일 목요일 ---------------
[Chen Lei] [오전 10:36] Hydrotest video
[Chen Lei] [오전 10:36] Video
[Chen Lei] [오전 10:37] shell 24 bar 3 min no leak, seat 17.6 bar ok
[김민준] [오전 10:52] 확인했습니다. Send with 3.1 cert and KR cert copy
""")])

# c19 -- FAT minutes, technical record only
case("c19_fat_minutes", [],
     "FAT minutes are a technical record; EFP-01 released only, EFP-02..06 not released; production "
     "release by Ingrid Solberg after Marit Olsen's sign-off; no castings for the series",
     [("MoM_FAT_EFP-01_PO_4510-2272.docx", docx_bytes([
         ("h1", "Minutes of Factory Acceptance Test - prototype emergency fire pump EFP-01"),
         ("p", "PO 4510-2272 - Nordvik Verft AS / Marmara Pompa Sanayi A.S. - Tuzla, 16.05.2024"),
         ("table", [["Name", "Company", "Role"],
                    ["Marit Olsen", "Nordvik Verft", "Project Engineer (buyer)"],
                    ["Knut Rise", "DNV", "Surveyor"],
                    ["Ayse Demir", "Marmara Pompa", "Project Manager"],
                    ["Burak Sahin", "Marmara Pompa", "Test Engineer"]]),
         ("h", "Test results"),
         ("table", [["Test", "Requirement", "Result"],
                    ["Hydrostatic test of casing", "1.5 x design pressure, 30 min, no leakage", "Passed"],
                    ["Performance at 5 points", "within +/-5% of curve MP-C-150-02", "Passed"],
                    ["Vibration", "ISO 10816-7 zone A", "2.1 mm/s, passed"],
                    ["Diesel start test", "6 consecutive starts", "Passed"]]),
         ("h", "Conclusions"),
         ("p", "The prototype EFP-01 is technically accepted at FAT, with two minor punch items "
               "(nameplate text, paint touch-up at the coupling guard)."),
         ("p", "These minutes are a technical record only and do not authorize production. Released "
               "under PO 4510-2272: EFP-01 only (1 pump). The five series pumps EFP-02 to EFP-06 remain "
               "not released. Their production release will be a separate written document from Ingrid "
               "Solberg, Procurement Manager, after Marit Olsen's sample sign-off is filed."),
         ("p", "The vendor confirmed that no castings or diesel engines have been ordered for EFP-02 to "
               "EFP-06."),
         ("p", "Signed for the minutes: Marit Olsen / Ayse Demir"),
     ], author="Marit Olsen"))])

# c20 -- full-quantity PO with milestone payments (HTML)
case("c20_milestone_full_po", [],
     "full-quantity PO for 6 pumps with milestone payments; payment plan is not treated as release; "
     "no balance",
     [("SOM-PO-24-1255.html", html_page("Purchase Order SOM-PO-24-1255", """\
<h2>Straits Offshore Marine Pte Ltd &ndash; Purchase Order SOM-PO-24-1255</h2>
<p>Date: 28.05.2024 &middot; Vendor: Chennai Flow Engineering Pvt. Ltd., Ambattur Industrial Estate, Chennai 600058
&middot; Project P-77 &middot; Buyer: Priya Raman</p>
<table>
<tr><th>Line</th><th>Tag</th><th>Description</th><th>Qty</th><th>Unit price USD</th></tr>
<tr><td>1</td><td>P-7701A/B/C</td><td>Seawater lift pump SWL-250, vertical, duplex 2205, 350 m3/h @ 45 m</td><td>3</td><td>68,400.00</td></tr>
<tr><td>2</td><td>P-7702A/B/C</td><td>Seawater lift pump SWL-250, vertical, duplex 2205, 350 m3/h @ 45 m</td><td>3</td><td>68,400.00</td></tr>
</table>
<p>Full order quantity: six (6) pumps. There is no sample or prototype stage on this order and no balance.
Manufacture of all six pumps is authorised by this PO, subject to the ITP hold points.</p>
<h3>Payment milestones</h3>
<table>
<tr><th>Milestone</th><th>Event</th><th>%</th></tr>
<tr><td>M1</td><td>Order acknowledgement and advance payment bond received</td><td>10</td></tr>
<tr><td>M2</td><td>FAT certificate signed</td><td>30</td></tr>
<tr><td>M3</td><td>Delivery CIF Singapore, documents complete</td><td>50</td></tr>
<tr><td>M4</td><td>Mechanical completion on module, or 6 months after delivery</td><td>10</td></tr>
</table>
<p>Class: ABS. Documentation per SOM-VDRL-ME-04. Liquidated damages 0.5% per week, max 10%.</p>
"""))])

# c21 -- supplier progress report, material within sample-only authority
case("c21_supplier_status_ok", [],
     "supplier progress report: castings for the 2 samples only, series not released and no material "
     "bought for it; non-authorizing",
     [("Progress_Report_07_DHI-PO-24-07815.html", html_page("Weekly progress report No. 7", """\
<h2>Zhejiang Hengtai Valve Co., Ltd. &ndash; Weekly progress report No. 7</h2>
<p>Customer: Daesan Heavy Industries &middot; PO DHI-PO-24-07815 &middot; Sample globe valves DN125 PN16 (2 EA)
&middot; Report date 2024-05-24</p>
<table>
<tr><th>No.</th><th>Activity</th><th>Status</th><th>%</th></tr>
<tr><td>1</td><td>Maker's drawing HT-GV-125 rev B submitted</td><td>Returned code 1</td><td>100</td></tr>
<tr><td>2</td><td>Body and bonnet castings, 2 EA (heat no. 24-0871)</td><td>Poured, fettled</td><td>100</td></tr>
<tr><td>3</td><td>Machining of 2 EA</td><td>In progress</td><td>60</td></tr>
<tr><td>4</td><td>Hydrotest, painting</td><td>Planned 2024-06-05</td><td>0</td></tr>
</table>
<p class="note">Material purchased: castings for the 2 sample valves only, per the PO material authority
(sample-only). No material is ordered for the 30 series valves. The series is not released and we wait for
the written release from Mr. Lee Ji-hoon.</p>
<p>Wang Fang, Project Coordinator</p>
"""))])

# c22 -- stop notice (EML + PDF): nothing more may start
_c22 = """\
Mehmet,

Following NCR-2024-0500 (undercut on the hatch coaming weld of sample HT-01), we place a stop on PO
HOC-24-0391 with immediate effect. Nothing more may start on this order - no cutting, welding or
painting - released or not, until I lift the stop in writing.

Status for the record:
- Released quantity stays the 2 sample hatches HT-01 and HT-02, both already built. No further units
  are authorised now.
- The balance of 10 hatches remains not released.
- After the stop is lifted, the balance can only be released by a written release from me, and only
  after Nina Vik, our QA Lead, has signed off the repaired HT-01.

The formal stop notice is attached. Please confirm receipt today and send your repair procedure.

Regards,
Sven Aas
Head of Procurement, Haugesund Offshore Contractors AS
+47 52 70 40 00
"""
case("c22_stop_notice", [],
     "stop notice: 2 released and built, none further; balance 10 held; release by Sven Aas after "
     "Nina Vik's sign-off of repaired sample",
     [("STOP_NOTICE_PO_HOC-24-0391.eml", E(mail(
         "Sven Aas <sven.aas@hoc-offshore.no>", "Mehmet Kaya <mehmet.kaya@izmirmarin.com.tr>",
         "STOP NOTICE - PO HOC-24-0391 deck hatches - NCR-2024-0500",
         "Thu, 20 Jun 2024 13:05:00 +0200", _c22,
         cc="Nina Vik <nina.vik@hoc-offshore.no>",
         attachments=[("Stop_notice_HOC-24-0391.pdf", pdf([
             ("h1", "STOP NOTICE"),
             ("p", "Haugesund Offshore Contractors AS - PO HOC-24-0391 - Supplier: Izmir Marin Ekipman "
                   "San. ve Tic. Ltd. Sti. - Date 20.06.2024 - Ref. NCR-2024-0500"),
             ("table", [["Item", "Quantity", "Status"],
                        ["Sample hatches HT-01, HT-02", "2", "Released, built, quarantined"],
                        ["Balance HT-03 to HT-12", "10", "Not released"],
                        ["Any further work", "-", "Stopped until lifted in writing by Sven Aas"]]),
             ("p", "Lifting the stop does not release the balance. The balance is released only by a "
                   "written release from Sven Aas after sign-off of the repaired HT-01 by Nina Vik."),
         ], title="Stop notice HOC-24-0391", author="Haugesund Offshore Contractors"), PDF_MT)])))])

# c23 -- long quoted thread, logistics; supplier restates the hold
_c23_a = """\
Dear Emre,

Thank you for the quick turnaround on the FAT date. Please find our PO 4510-2284 attached.

Scope: one (1) prototype ballast pump MP-BS 200 for NB 113, for FAT at your works.
The other 7 pumps in your offer MP-Q-2024-233 are not released.
They will be released by a written release from Ingrid Solberg, Procurement Manager, after our FAT
sign-off. Please buy material for the prototype only.

Med vennlig hilsen
Lars Eide
Project Purchaser, Nordvik Verft AS"""
_c23_b = f"""\
Hi Emre,

Good to hear the prototype passed the internal run test. A few practical points for shipping:
- nameplate must read "NB 113 - BALLAST PUMP No. 1 - P-113-301";
- please send the packing list and the crate drawing before booking;
- the DNV certificate copy must travel with the goods, the original by courier to Marit Olsen.

Also, I'll be on holiday weeks 29-30, Marit is your contact then.

Best regards,
Lars

-----Original Message-----
From: Lars Eide
Sent: 2 April 2024 13:50
Subject: PO 4510-2284 - prototype ballast pump

{q(_c23_a)}"""
_c23 = f"""\
Dear Lars,

Thank you for your message and have a good holiday!

Packing: one crate, 1.450 x 980 x 1.120 mm, gross weight 640 kg, net 512 kg. Crate drawing and
packing list attached to the portal today. We will book via Ambarli port, ETD 12 July, ETA Aalesund
about 2 August. The DNV certificate original goes by DHL to Marit Olsen, copy in the crate.

Nameplate text confirmed as you wrote it, photo follows after engraving.

As per your PO, only the one prototype pump is built. The other 7 pumps remain not released and we
wait for Ms Solberg's written release after your FAT sign-off; no material is ordered for them.

Saygilarimla / Best regards,
Emre Yilmaz
Export Sales Manager, Marmara Pompa Sanayi A.S.

From: Lars Eide <lars.eide@nordvikverft.no>
Sent: Thursday, June 27, 2024 09:14
Subject: RE: PO 4510-2284 - prototype ballast pump

{q(_c23_b)}
"""
case("c23_long_thread", [],
     "long logistics thread; quoted buyer PO scope names 1 released, 7 held, written release by Ingrid "
     "Solberg after FAT sign-off; supplier restates it",
     [("RE_RE_PO_4510-2284_prototype_ballast_pump.eml", E(mail(
         "Emre Yilmaz <emre.yilmaz@marmarapompa.com.tr>", "Lars Eide <lars.eide@nordvikverft.no>",
         "RE: RE: PO 4510-2284 - prototype ballast pump", "Fri, 28 Jun 2024 10:40:00 +0300", _c23,
         cc="Marit Olsen <marit.olsen@nordvikverft.no>",
         in_reply_to="<CAH-4510-2284-b@nordvikverft.no>")))])

# c24 -- interim sample disposition with quantity and expiry limits
case("c24_interim_disposition", [],
     "interim disposition limited to 6 units and 30 June; balance 18 held; re-test + written release by "
     "Lee Ji-hoon",
     [("Sample_disposition_QCV-A_interim.docx", docx_bytes([
         ("h1", "Sample Disposition - INTERIM"),
         ("p", "Daesan Heavy Industries, Outfitting Quality / Procurement. PO DHI-PO-24-07833. Supplier: "
               "Officine Meccaniche Liguri S.p.A. Part: quick-closing valve actuator QCV-A, drawing "
               "OML-QCV-A-02 rev 5. Hull 2391-2392."),
         ("table", [["Field", "Entry"],
                    ["Disposition", "Interim"],
                    ["Quantity limit", "Six (6) units, QCV-A-001 to QCV-A-006"],
                    ["Expiry", "30 June 2024"],
                    ["Deviation", "Coating DFT 240 um measured, 280 um specified"],
                    ["Condition", "Touch-up on board; re-test of coating on sample QCV-A-007"]]),
         ("p", "Released under this interim disposition: 6 units. Nothing beyond six units, and nothing "
               "after 30 June 2024."),
         ("p", "The balance of 18 units is not released. Full release of the balance only after the "
               "coating re-test on sample QCV-A-007 has been signed off and Lee Ji-hoon, Team Leader "
               "Outfitting Procurement, has issued a written release."),
         ("p", "Material authority: for the 6 units and the re-test sample only."),
         ("p", "Prepared: Kim Min-jun. Quality: Jung Dae-ho."),
     ], author="Kim Min-jun"))])

# c25 -- budget sign-off pending for two hulls, EML + DOCX PO
_c25 = """\
Dear Rajesh,

Attached please find PO DHI-PO-24-07840 for cable tray sets, Hull 2391: 14 sets.

The sets for Hull 2392 and Hull 2393 (28 sets in total) are not released. Our internal budget
sign-off for those two hulls is still pending. They will be released only after that budget sign-off
and by a written release from Mr. Park Sung-ho, General Manager, Procurement.

Please buy material only for the 14 sets of Hull 2391.

Delivery: Geoje yard, gate 3, by 2024-08-05. Please mark each bundle with hull no. and zone code.

Best regards,
Choi Eun-ji
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.
"""
case("c25_budget_pending", [],
     "partial PO for 14 sets; 28 sets for two hulls held pending budget sign-off and written release by "
     "Park Sung-ho; material for 14 only",
     [("PO_DHI-PO-24-07840_cable_tray.eml", E(mail(
         "Choi Eun-ji <ej.choi@daesan-hi.co.kr>", "Rajesh Kulkarni <rajesh.k@punemarinecable.in>",
         "PO DHI-PO-24-07840 - cable tray sets Hull 2391", "Mon, 03 Jun 2024 17:22:00 +0900", _c25,
         attachments=[("DHI-PO-24-07840.docx", docx_bytes([
             ("h1", "PURCHASE ORDER DHI-PO-24-07840"),
             ("p", "Daesan Heavy Industries Co., Ltd. - Vendor: Pune Marine Cable Systems Pvt. Ltd. - "
                   "Date 2024-06-03"),
             ("table", [["Line", "Description", "Qty", "Hull"],
                        ["10", "Cable tray set, E/R and casing, per MTO-2391-EL rev C", "14 SET", "2391"]]),
             ("p", "Hull 2392 and 2393 sets (28 SET) not released; release after internal budget "
                   "sign-off, by written release from Park Sung-ho."),
         ], author="Choi Eun-ji"), DOCX_MT)])))])

# =================================================================== RISKY
# r01 -- sample PO with the quote appended; series 46 sits beside the 2, nothing else said
case("r01_po_quote_appendix", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 with the quote appendix showing 46 series valves, unlabelled; balance, unlock "
     "event and release person never mentioned",
     [("PO_31-2024-0498.pdf", pdf([
         ("h1", "Van der Molen Scheepsbouw B.V."),
         ("h", "INKOOPORDER / PURCHASE ORDER 31-2024-0498"),
         ("p", "Datum: 15-04-2024. Leverancier: Valvole Adriatiche S.r.l., Via del Lavoro 14, Ancona. "
               "Bouwnummer 1127. Inkoper: Sanne Bakker."),
         ("table", [["Pos", "Omschrijving / description", "Aantal", "Prijs EUR", "Bedrag EUR"],
                    ["10", "Butterfly valve DN 300 PN 10, lugged, EPDM, ISO 5211 F14 - sample", "2",
                     "2.960,00", "5.920,00"]]),
         ("p", "Delivery: 6 weeks, DAP Hardinxveld-Giessendam, gate 3. Certificates EN 10204 3.1 and DNV "
               "product certificate. Payment 60 days net. Reference: your quotation VA-Q-24-0271, copy "
               "appended to this order."),
         ("h", "Appendix - quotation VA-Q-24-0271 (Valvole Adriatiche)"),
         ("table", [["Tier", "Scope", "Qty", "Unit price EUR", "Delivery"],
                    ["Prototype", "DN 300 PN 10 lugged", "2 pcs", "2.960,00", "6 weeks"],
                    ["Series", "Yard No. 1127-1129", "46 pcs", "2.240,00", "wk 30-38"]]),
         ("p", "Validity 60 days. Payment 30% with order of each tier."),
     ], title="PO 31-2024-0498", author="Van der Molen Scheepsbouw"))])

# r02 -- prototype PO with a delivery schedule showing the series; release authority named only
case("r02_po_delivery_schedule", ["RG001", "RG003", "RG004"],
     "PO line is 1 prototype module, but its delivery schedule lists 12 + 11 series modules with no "
     "'not released'; Ingrid Solberg named but no unlock event and no hold",
     [("PO_4510-2281_accommodation.docx", docx_bytes([
         ("h1", "Nordvik Verft AS - Purchase Order 4510-2281"),
         ("p", "Date: 02.05.2024. Supplier: Jiangsu Haixin Marine Accommodation Co., Ltd., Nantong, China. "
               "Project: NB 114 / NB 115, officer accommodation deck 4."),
         ("table", [["Line", "Item", "Qty", "Unit price USD"],
                    ["1", "Prototype cabin module type C1, single-berth officer cabin, drawing NV-114-ACC-0220 rev B",
                     "1 set", "21,600.00"]]),
         ("h", "Delivery schedule (from supplier quotation JH-Q-2024-075)"),
         ("table", [["Batch", "Modules", "Hull", "Ex works"],
                    ["Prototype", "1", "NB 114", "week 28"],
                    ["Series 1", "12", "NB 114", "week 40"],
                    ["Series 2", "11", "NB 115", "week 48"]]),
         ("p", "Fire integrity A-60 / B-15 per SOLAS, panels with DNV type approval certificates. Packing: sea-worthy, "
               "module wrapped, lifting points certified."),
         ("p", "Release authority for this package: Ingrid Solberg, Procurement Manager."),
         ("p", "Payment: 30% against advance payment guarantee, 70% 30 days after delivery."),
     ], author="Lars Eide"))])

# r03 -- buyer mail with PO and the supplier quote attached; 600 m unlabelled
_r03 = """\
Hi Anjali,

Please find attached our PO SOM-PO-24-1191 for the pilot lot: 4 (four) trial sections of cable tray
CT-450 with covers, for the fit-up trial on module M2.

Also attached is your quotation PMC/Q/24/112 rev 2 which the PO is placed against - please check that
the prices tie up and let me know if anything is off.

Delivery to Tuas yard by 30 June, please. Kindly send the mill certs and the galvanizing report with
the delivery, our receiving inspection will not book it in without them.

Thanks and regards,
Priya
"""
case("r03_mail_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 4 sections mailed with the quote showing 600 m production, unlabelled; nothing about "
     "the balance, an unlock event or who releases",
     [("SOM-PO-24-1191_pilot_lot.eml", E(mail(
         "Priya Raman <priya.raman@straitsoffshore.com.sg>", "Anjali Deshpande <anjali.d@punemarinecable.in>",
         "PO SOM-PO-24-1191 - pilot lot CT-450", "Tue, 21 May 2024 10:18:00 +0800",
         _r03 + sig("Priya Raman", "Buyer, Procurement", "Straits Offshore Marine Pte Ltd", "+65 6861 4400"),
         attachments=[
             ("SOM-PO-24-1191.pdf", pdf([
                 ("h1", "STRAITS OFFSHORE MARINE PTE LTD"),
                 ("h", "Purchase Order SOM-PO-24-1191"),
                 ("table", [["Line", "Description", "Qty", "Unit price INR"],
                            ["1", "Cable tray CT-450 HDG with cover, 3 m section (pilot lot, module M2)", "4 pcs",
                             "11,850.00"]]),
                 ("p", "Quotation ref.: PMC/Q/24/112 rev 2. Delivery: DAP Tuas, 30.06.2024."),
             ], title="SOM-PO-24-1191", author="Straits Offshore Marine"), PDF_MT),
             ("PMC-Q-24-112_rev2.pdf", pdf([
                 ("h1", "PUNE MARINE CABLE SYSTEMS PVT. LTD."),
                 ("h", "Quotation PMC/Q/24/112 rev 2"),
                 ("table", [["Item", "Description", "Qty", "Rate INR", "Delivery"],
                            ["1", "Pilot lot CT-450 with cover, 3 m", "4 pcs", "11,850.00", "3 weeks"],
                            ["2", "Production CT-450 with cover, modules M1-M6", "600 m", "3,720.00 per m",
                             "8 weeks"]]),
                 ("p", "Prices FOB Nhava Sheva. Payment 100% within 45 days of B/L."),
             ], title="PMC/Q/24/112 rev 2", author="Pune Marine Cable Systems"), PDF_MT)])))])

# r04 -- multi-file: portal PO view (HTML) + supplier quote (TXT) with 12 series pumps
case("r04_portal_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 1 prototype pump with the quote file showing 12 series pumps, no informational label; "
     "no hold, no unlock event, no release person",
     [("DHI-PO-24-07855_portal_view.html", html_page("DHI e-Procurement - PO DHI-PO-24-07855", """\
<h2>Daesan e-Procurement Portal &ndash; Purchase Order (supplier view)</h2>
<table>
<tr><th>PO no.</th><td>DHI-PO-24-07855</td><th>Status</th><td>Issued / awaiting acknowledgement</td></tr>
<tr><th>Vendor</th><td>Marmara Pompa Sanayi A.S. (V-41102)</td><th>Issue date</th><td>2024-05-14</td></tr>
<tr><th>Hull</th><td>2391-2393</td><th>Buyer</th><td>Outfitting Procurement Team</td></tr>
</table>
<h3>Items</h3>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price USD</th></tr>
<tr><td>1</td><td>BAL-PMP-200</td><td>Ballast pump MP-BS 200, 400 m3/h @ 30 m, KR class, prototype for FAT</td><td>1</td><td>EA</td><td>27,500.00</td></tr>
</table>
<p>Remarks: Supplier quotation MP-Q-2024-219 attached. Delivery CIF Busan. Please acknowledge in the portal within 3 working days.</p>
""")),
      ("MP-Q-2024-219.txt", """\
MARMARA POMPA SANAYI A.S.
Aydinli OSB, Tuzla / Istanbul - Turkiye
QUOTATION MP-Q-2024-219                                   Date: 02.05.2024
To: Daesan Heavy Industries, Outfitting Procurement (Mr. Kim Min-jun)
Subject: Ballast pumps MP-BS 200 for Hull 2391-2393

Option A  Prototype, 1 unit, incl. FAT witnessed by KR ........ USD 27.500,00
Option B  Series, 12 units (4 per hull, Hull 2391-2393) ...... USD 24.900,00 / unit
          Delivery series: 16 weeks, 4 units per month

Technical: casing GJS-400, impeller CuAl10Ni, shaft 1.4462, mechanical seal,
motor 75 kW 440 V 60 Hz IP56, KR certificate, test per ISO 9906 grade 2B.

Terms: CIF Busan, payment 30% advance, 70% against documents. Validity 60 days.

Emre Yilmaz - Export Sales Manager - +90 216 593 12 40
""")])

# r05 -- WhatsApp: "you can go ahead" after quote 2 + 46; supplier plans both
case("r05_chat_go_ahead", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "buyer accepts the prices 'for the whole lot' (2 proto + 46 series) and says 'you can go ahead'; "
     "PO for 2, series never put on hold; no unlock event or release person",
     [("WhatsApp_Chat_Hengtai_Straits.txt", """\
[03/06/24, 10:02:11] Chen Lei: Hi Mr Tan good morning, our quote HT-Q-0611 sent yesterday by email: 2 pcs proto + 46 pcs series, ball valve DN80 class 300 trunnion, fire safe API 607
[03/06/24, 10:03:02] Chen Lei: price series is very sharp, only if we can plan together
[03/06/24, 10:05:40] Tan Wei Ming: Morning Chen. Saw it, prices ok for us for the whole lot
[03/06/24, 10:06:15] Tan Wei Ming: PO SOM-PO-24-1266 for the 2 proto is in your inbox
[03/06/24, 10:06:31] Tan Wei Ming: You can go ahead 👍
[03/06/24, 10:09:48] Chen Lei: Thank you Mr Tan!! We plan proto and series together then, foundry booking this week
[03/06/24, 10:10:02] Chen Lei: 🙏🙏
[03/06/24, 10:31:17] Tan Wei Ming: Pls send the ITP and the fire test cert for the review
[03/06/24, 10:32:40] Chen Lei: ok will send today
""")])

# r06 -- ERP PO for 3 samples with the quote's series and a forecast called firm
case("r06_erp_forecast_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "ERP sample PO for 3; text cites quote series 117 with no 'not released' and calls the 2025 "
     "forecast of 120 a firm commitment; no hold, event or release person",
     [("PO_4510-2290_print.txt", """\
NORDVIK VERFT AS                              INNKJOPSORDRE / PURCHASE ORDER
Skipsverftvegen 4, 6065 Ulsteinvik            PO NO    : 4510-2290    REV 0
Org.nr 912 345 678 MVA                        DATE     : 17.05.2024
                                              BUYER    : PUR-NB-02
SUPPLIER: 208113  VALVOLE ADRIATICHE S.R.L.   PROJECT  : NB 114 FW / SW SYSTEMS
          VIA DEL LAVORO 14, I-60131 ANCONA   DELIVERY : DAP ULSTEINVIK
----------------------------------------------------------------------------------
LINE  ITEM NO       DESCRIPTION                           QTY  UNIT      PRICE EUR
0010  V-BF-150-16   BUTTERFLY VALVE DN150 PN16 WAFER        3  PCS        1.150,00
                    EN 593, EPDM, ISO 5211 F07, SAMPLE
----------------------------------------------------------------------------------
TEXT:
  Sample valves for pressure test and fit check on NB 114, FW cooling line.
  Ref. your quotation VA-Q-24-0455: sample 3 pcs, series 117 pcs, wk 45/2024.
  Our forecast for 2025 for this valve is 120 pcs - please take this as a firm
  order commitment from Nordvik Verft and reserve capacity accordingly.
  Certificates EN 10204 3.1 + DNV product certificate. Marking per NV-STD-112.
----------------------------------------------------------------------------------
PAYMENT: 45 DAYS NET                   INCOTERMS 2020: DAP ULSTEINVIK
NORDVIK VERFT GENERAL PURCHASING CONDITIONS NV-GPC-2021 APPLY.
""")])

# r07 -- "green light from our side, go ahead" answering a supplier question; PO attachment is fine
_r07_sup = """\
Dear Mr Kim,

The 3.1 material certificates for the sample fairleads were reviewed by your QA last week and the KR
surveyor stamped our drawing GDE-FL-300 rev 2 yesterday.

Shall we start?

Best regards,
Marek Nowak
Sales Manager, Gdansk Deck Equipment Sp. z o.o."""
_r07 = f"""\
Dear Marek,

Yes - green light from our side, go ahead. Please keep the KR surveyor informed for the proof load
test and send us the test date one week in advance.

For completeness I attach the PO again, the old PDF had a wrong delivery address.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.

-----Original Message-----
From: Marek Nowak <marek.nowak@gde.com.pl>
Sent: Wednesday, June 12, 2024 3:40 PM
To: Kim Min-jun <mj.kim@daesan-hi.co.kr>
Subject: PO DHI-PO-24-07871 - sample fairleads

{q(_r07_sup)}
"""
case("r07_green_light_reply", ["RG002"],
     "'green light from our side, go ahead' names neither the samples nor a quantity; the attached PO "
     "itself scopes 2 samples, 22 held, sign-off + Lee Ji-hoon",
     [("RE_PO_DHI-PO-24-07871_sample_fairleads.eml", E(mail(
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>", "Marek Nowak <marek.nowak@gde.com.pl>",
         "RE: PO DHI-PO-24-07871 - sample fairleads", "Thu, 13 Jun 2024 08:55:00 +0900", _r07,
         in_reply_to="<b1f3-07871@gde.com.pl>",
         attachments=[("DHI-PO-24-07871_rev1.pdf", pdf([
             ("h1", "DAESAN HEAVY INDUSTRIES CO., LTD."),
             ("h", "PURCHASE ORDER DHI-PO-24-07871 rev 1"),
             ("table", [["Line", "Description", "Qty", "Hull"],
                        ["10", "Roller fairlead 300, drawing GDE-FL-300 rev 2, KR - SAMPLE", "2 EA", "2391"]]),
             ("p", "Sample order: 2 EA. Balance 22 EA (Hull 2391-2393) not released. The balance is "
                   "released only by written release from Lee Ji-hoon, Team Leader Outfitting Procurement, "
                   "after sample sign-off by the hull outfitting team. Material for the 2 samples only."),
             ("p", "Delivery: FCA Gdynia. Corrected delivery address: Daesan HI, Geoje yard gate 3."),
         ], title="DHI-PO-24-07871 rev 1", author="Daesan Heavy Industries"), PDF_MT)])))])

# r08 -- "approved" for class, finance and as a go-ahead
_r08_prev = """\
Dear Suresh,

To confirm the PO SOM-PO-24-1203 scope after yesterday's call:
- released now: 1 (one) prototype skid SWL-01 for FAT;
- SWL-02 to SWL-04 (3 skids) are not released;
- they are released only by a written release from Tan Wei Ming after FAT sign-off of SWL-01 by
  Lim Boon Kiat (QA/QC);
- material: for SWL-01 only.

Regards,
Priya Raman"""
_r08 = f"""\
Suresh,

Good news on two fronts: the maker's drawings are approved by ABS (letter attached to the VDR), and the
revised PO value for the new flange rating is approved by our finance committee this morning.

So it's approved - please go ahead.

Best,
Tan Wei Ming
Procurement Manager, Straits Offshore Marine Pte Ltd

From: Priya Raman
Sent: Monday, 13 May 2024 17:02
To: Suresh Iyer
Subject: SOM-PO-24-1203 scope

{q(_r08_prev)}
"""
case("r08_approved_three_ways", ["RG002", "RG009"],
     "'approved' used for ABS drawings, the finance decision and as the go-ahead; 'please go ahead' "
     "unscoped; quoted scope otherwise complete",
     [("RE_SOM-PO-24-1203_drawings_and_PO_value.eml", E(mail(
         "Tan Wei Ming <weiming.tan@straitsoffshore.com.sg>", "Suresh Iyer <suresh.iyer@chennaiflow.in>",
         "SOM-PO-24-1203 - approved", "Wed, 15 May 2024 11:47:00 +0800", _r08,
         html=text_to_html(_r08), cc="Priya Raman <priya.raman@straitsoffshore.com.sg>")))])

# r09 -- "offer accepted, please proceed" with no quantity
_r09 = """\
Hello Marek,

Thank you for your offer GDE-Q-24-0187 for the hatch cleats and quick-acting cleats for yard no. 1130,
and for the revised delivery time.

Offer accepted - please proceed as per your offer. Our formal PO follows from the system next week;
the number will be 31-2024-0561, please quote it on all documents.

Delivery address: Van der Molen Scheepsbouw, Rivierdijk 210, Hardinxveld-Giessendam, gate 3. Our
warehouse receives 07:00-15:30, Monday to Friday.

Met vriendelijke groet,
Sanne Bakker
Inkoper / Buyer
Van der Molen Scheepsbouw B.V.
T +31 184 61 22 00
"""
case("r09_offer_accepted_proceed", ["RG002", "RG010"],
     "'offer accepted - please proceed as per your offer' authorizes without any quantity and without "
     "scope",
     [("Offer_GDE-Q-24-0187_accepted.eml", E(mail(
         "Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl>", "Marek Nowak <marek.nowak@gde.com.pl>",
         "Your offer GDE-Q-24-0187 - hatch cleats yard no. 1130", "Thu, 06 Jun 2024 16:03:00 +0200",
         _r09)))])

# r10 -- hold-point notice: "HP-2 RELEASED, vendor may proceed with fabrication"
case("r10_hold_point_released", ["RG002", "RG009"],
     "'HP-2 is released' (inspection) beside production release wording; 'vendor may proceed with "
     "fabrication' unscoped though only SWL-01 is released",
     [("SOM-QA-HP-0061.pdf", pdf([
         ("h1", "QA/QC NOTICE - ITP HOLD POINT HP-2 (RAW MATERIAL)"),
         ("p", "Straits Offshore Marine Pte Ltd - Ref. SOM-QA-HP-0061 - 12.07.2024 - PO SOM-PO-24-1203 - "
               "Vendor: Chennai Flow Engineering Pvt. Ltd. - Seawater lift pump skids SWL-01 to SWL-04"),
         ("table", [["Item", "Document", "Result"],
                    ["Duplex 2205 plate, heat 4471-B", "EN 10204 3.1 cert. MTC-24-5521", "Verified"],
                    ["Duplex 2205 pipe, heat 88312", "EN 10204 3.1 cert. MTC-24-5530", "Verified"],
                    ["PMI on 10% of items", "PMI report CFE-PMI-019", "Conforming"]]),
         ("p", "Raw material inspection for the seawater lift pump skids SWL-01 to SWL-04 was carried out "
               "on 12.07.2024 at vendor works, Ambattur. HP-2 is hereby RELEASED. Vendor may proceed with "
               "fabrication."),
         ("p", "Contract reminder: only SWL-01 (1 skid) is released for manufacture. SWL-02 to SWL-04 are "
               "not released; their production release will be a separate written release from Tan Wei "
               "Ming after FAT sign-off of SWL-01."),
         ("p", "Inspector: Lim Boon Kiat, QA/QC Lead"),
     ], title="SOM-QA-HP-0061", author="Straits Offshore Marine"))])

# r12 -- Italian: advance paid, "procedete pure" with production as per offer
_r12 = """\
Buongiorno Alessandro,

grazie for the call this morning.

Abbiamo bonificato l'acconto del 30% ieri (bank ref. DNB 2024-06-11-0042), so the money is with you
now - procedete pure, please go ahead with production as per your offer OML-24-0093.

Ci sentiamo next week about the delivery schedule and the packing list format.

Hilsen / saluti,
Ola Bakke
Innkjoper / Buyer, Nordvik Verft AS
+47 700 12 360
"""
case("r12_acconto_procedete", ["RG002", "RG010", "RG012"],
     "advance payment given as the reason to start; 'go ahead with production as per your offer' is "
     "unscoped and states no quantity",
     [("Acconto_OML-24-0093.eml", E(mail(
         "Ola Bakke <ola.bakke@nordvikverft.no>", "Alessandro Rossi <a.rossi@oml-genova.it>",
         "Acconto / advance payment - offer OML-24-0093", "Wed, 12 Jun 2024 14:30:00 +0200", _r12)))])

# r13 -- "on hold until further notice", person named, no unlock event
case("r13_hold_until_further_notice", ["RG004"],
     "1 prototype door released, balance 17 'on hold until further notice'; Ingrid Solberg named but no "
     "event that unlocks the balance",
     [("PO_4510-2302_special_conditions.docx", docx_bytes([
         ("h1", "Purchase Order 4510-2302 - Special conditions"),
         ("p", "Nordvik Verft AS, Ulsteinvik. Supplier: Szczecin Steel Outfitting Sp. z o.o., ul. Stoczniowa 8, "
               "70-605 Szczecin. Date: 27.05.2024. Project: NB 114 / NB 115."),
         ("table", [["Line", "Description", "Qty", "Unit price EUR"],
                    ["1", "Prototype hydraulic sliding watertight door WTD 1200 x 2000, class 3, DNV, "
                          "drawing SSO-WTD-12-20 rev 6", "1 set", "38.700,00"]]),
         ("h", "1. Scope"),
         ("p", "Only the one (1) prototype door is released under this PO. The balance of 17 doors for "
               "NB 114-115 is on hold until further notice. Ingrid Solberg, Procurement Manager, will "
               "release it."),
         ("h", "2. Documentation"),
         ("p", "Maker's drawings, hydraulic diagram and control panel wiring for DNV submission within "
               "3 weeks. Final documentation in English, 2 hard copies and PDF."),
         ("h", "3. Inspection"),
         ("p", "Per ITP NV-ITP-114-07 with hold points for material, hose test and function test."),
         ("h", "4. Delivery and packing"),
         ("p", "DAP Ulsteinvik, weatherproof packing, door leaf fixed in frame with transport locks."),
         ("h", "5. Payment"),
         ("p", "30 days net after delivery and receipt of complete documentation."),
     ], author="Ingrid Solberg"))])

# r15 -- release letter, unlock by departments only
case("r15_release_letter_departments", ["RG005"],
     "2 prototypes released, balance 10 not released until engineering sign-off and a written release "
     "from 'yard procurement' - no named release person",
     [("Release_letter_31-2024-0577.pdf", pdf([
         ("h1", "Van der Molen Scheepsbouw B.V."),
         ("h", "Release letter - sample scope - PO 31-2024-0577"),
         ("p", "To: Marmara Pompa Sanayi A.S., Tuzla / Istanbul. Date: 11-06-2024. Subject: fresh-water "
               "hydrophore pumps MP-FW 40, yard no. 1129-1130."),
         ("table", [["Item", "Quantity", "Status"],
                    ["Prototype pumps MP-FW 40", "2", "Released for manufacture"],
                    ["Series pumps MP-FW 40", "10", "Not released"]]),
         ("p", "Released now: two (2) prototype fresh-water pumps for test on board yard no. 1129."),
         ("p", "The balance of 10 pumps for yard nos. 1129-1130 is not released. The balance will be "
               "released after sample sign-off by our engineering department and a written release "
               "from yard procurement."),
         ("p", "Please buy material for the two prototype pumps only."),
         ("sp",),
         ("p", "Afdeling Inkoop / Purchasing Department, Van der Molen Scheepsbouw B.V."),
     ], title="Release letter 31-2024-0577", author="Van der Molen Scheepsbouw"))])

# r16 -- WhatsApp: hold "till FAT ok and internal approval", then "just continue with the 11"
case("r16_chat_continue_after_fat", ["RG005", "RG007"],
     "hold until FAT and an unnamed 'internal approval'; later the PM says that if FAT is OK they can "
     "just continue with the remaining 11 without paperwork",
     [("WhatsApp_Chat_Haixin_VdM_1131.txt", """\
28/05/2024, 07:58 - Joost Verhoeven: Morning Zhou, reminder so it is in writing: only the 1 prototype module now. rest (11) on hold till FAT ok and our internal approval
28/05/2024, 08:20 - Zhou Jian: Good morning Mr Joost, understood, 1 prototype
28/05/2024, 08:21 - Zhou Jian: FAT date proposal 14 June, Nantong factory
28/05/2024, 08:35 - Joost Verhoeven: 14 June ok. I come with the DNV surveyor, 2 persons, pls arrange hotel near the factory
28/05/2024, 08:36 - Zhou Jian: No problem, Jinjiang hotel like last time
29/05/2024, 16:02 - Zhou Jian: <Media omitted>
29/05/2024, 16:02 - Zhou Jian: wet unit installed in prototype, photo
29/05/2024, 16:40 - Joost Verhoeven: Nice. Floor drain position ok?
29/05/2024, 16:44 - Zhou Jian: yes per drawing rev D, 150 mm from wall
03/06/2024, 09:12 - Joost Verhoeven: btw if FAT ok on the 14th your guys can just continue with the remaining 11, no need to wait for the paperwork, we are tight on schedule
03/06/2024, 09:15 - Zhou Jian: ok 👍 we continue after FAT then
03/06/2024, 09:15 - Zhou Jian: I tell production manager
""")])

# r17 -- ERP PO: "remaining 14 not released", nothing else
case("r17_erp_remaining_not_released", ["RG004", "RG005"],
     "ERP sample PO: 2 samples, 'remaining 14 not released', but no event and no person who unlocks it",
     [("HOC-24-0402_bestilling.txt", """\
HAUGESUND OFFSHORE CONTRACTORS AS                  BESTILLING / PURCHASE ORDER
Karmsundgata 112, 5531 Haugesund                   NR / NO   : HOC-24-0402
                                                   DATO/DATE : 05.06.2024
LEVERANDOR / SUPPLIER                              INNKJOPER : HOC-PUR-03
  GDANSK DECK EQUIPMENT SP. Z O.O.                 PROSJEKT  : 24-017 FSV UPGRADE
  UL. MARYNARKI POLSKIEJ 59, 80-557 GDANSK, PL
---------------------------------------------------------------------------------
LINJE  VARENR        BESKRIVELSE / DESCRIPTION            ANTALL  ENH   PRIS EUR
10     MC-PAN-350    PANAMA CHOCK 350x250, DNV, SAMPLE          2  STK    1.420,00
                     TEGNING / DWG GDE-PC-350 REV 3
---------------------------------------------------------------------------------
TEKST / TEXT:
  Kun 2 provestykker / Only 2 samples.
  Remaining 14 not released.
  Sertifikat / certificate: EN 10204 3.1, DNV.
  Levering / delivery: FCA Gdansk, uke/week 27.
---------------------------------------------------------------------------------
BETALINGSBETINGELSER / PAYMENT: 30 DAGER NETTO / 30 DAYS NET
HOC GENERELLE INNKJOPSBETINGELSER / GENERAL PURCHASE CONDITIONS 2023 GJELDER.
""")])

# r18 -- Korean-English sample PO mail, nothing about the series
_r18 = """\
Dear Chen Lei,

안녕하세요. Please find attached PO DHI-PO-24-07862 for sample 2 EA butterfly valve DN400 PN10
(Hull 2391 ballast line), with 3.1 certificate and KR class certificate, as per your quotation
HT-Q-24-0602.

Delivery 4 weeks FOB Ningbo. Please confirm delivery date by return and send the maker's drawing for
our review.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.
T +82 55 680 2114
"""
case("r18_korean_sample_po", ["RG003", "RG004", "RG005"],
     "sample PO for 2 EA never says the rest is not released; no unlock event, no release person",
     [("PO_DHI-PO-24-07862_sample_valve.eml", E(mail(
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>", "Chen Lei <chenlei@hengtaivalve.cn>",
         "PO DHI-PO-24-07862 sample butterfly valve DN400", "Mon, 20 May 2024 13:40:00 +0900", _r18,
         attachments=[("DHI-PO-24-07862.pdf", pdf([
             ("h1", "DAESAN HEAVY INDUSTRIES CO., LTD."),
             ("h", "PURCHASE ORDER DHI-PO-24-07862"),
             ("table", [["Line", "Description", "Qty", "Unit price USD"],
                        ["10", "Butterfly valve DN400 PN10 double flanged, KR - sample", "2 EA", "1,960.00"]]),
             ("p", "Delivery FOB Ningbo, 4 weeks. Payment T/T 60 days after B/L."),
         ], title="DHI-PO-24-07862", author="Daesan Heavy Industries"), PDF_MT)])))])

# r19 -- supplier buys strip for all six modules against a pilot PO that says nothing else
_r19_orig = """\
Hi Rajesh,

Attached PO SOM-PO-24-1302 for 6 (six) pilot bends CL-600 90 deg for the trial fit on module M1.
Please send mill certs with the goods.

Thanks,
Priya"""
_r19 = f"""\
Dear Priya,

Thanks for PO SOM-PO-24-1302 for the six pilot bends.

To protect your schedule for modules M1-M6 we have already placed the mill order with JSW for the HDG
steel strip for the complete ladder run of all six modules; it arrives at our Chakan plant on 20 July.
The pilot bends will ship on 5 July by air, AWB to follow.

Kindly note our bank details have not changed, please ignore any mail saying otherwise.

Warm regards,
Rajesh Kulkarni
Business Development, Pune Marine Cable Systems Pvt. Ltd.
+91 20 6712 4400

On Fri, 14 Jun 2024, 15:11 Priya Raman <priya.raman@straitsoffshore.com.sg> wrote:
{q(_r19_orig)}
"""
case("r19_strip_for_all_modules", ["RG003", "RG004", "RG005", "RG006"],
     "pilot PO for 6 bends says nothing about the balance, an unlock event or a release person; "
     "supplier has bought strip for all six modules without material authority",
     [("RE_PO_SOM-PO-24-1302_pilot_bends.eml", E(mail(
         "Rajesh Kulkarni <rajesh.k@punemarinecable.in>", "Priya Raman <priya.raman@straitsoffshore.com.sg>",
         "RE: PO SOM-PO-24-1302 pilot bends", "Mon, 17 Jun 2024 12:02:00 +0530", _r19,
         in_reply_to="<SOM-1302-PR@straitsoffshore.com.sg>")))])

# r20 -- portal message: "make the samples, the rest is on hold"
case("r20_portal_make_samples", ["RG004", "RG005", "RG010"],
     "buyer portal message: make 'the samples', 'rest of the order is on hold' - no quantity, no unlock "
     "event, no named person",
     [("Supplier_portal_message_SOM-PO-24-1311.html", html_page("Supplier portal - message", """\
<h2>Straits Offshore Marine &ndash; Supplier Portal</h2>
<p><b>Message</b> &middot; PO SOM-PO-24-1311 &middot; from: Procurement (SOM) &middot; to: Izmir Marin Ekipman &middot; 2024-06-18 09:40</p>
<p>Dear Mehmet,</p>
<p>Please make the samples of the quick-acting hatch cover cleats as per drawing SOM-DWG-5510 rev 3 and our
PO SOM-PO-24-1311. The rest of the order is on hold.</p>
<table>
<tr><th>Drawing</th><th>Rev</th><th>Material</th><th>Finish</th><th>Thread</th></tr>
<tr><td>SOM-DWG-5510</td><td>3</td><td>S355J2+N / 1.4401 pin</td><td>HDG, ISO 1461</td><td>M20x2.5</td></tr>
<tr><td>SOM-DWG-5511</td><td>1</td><td>Neoprene packing 60 Shore A</td><td>-</td><td>-</td></tr>
</table>
<p>Please upload the inspection report and material certificates to the portal before dispatch.</p>
<p>Regards,<br>Procurement team</p>
"""))])

# r21 -- "released for construction" (drawings) and production release; prototype pumps without a number
case("r21_ifc_release_prototypes", ["RG009", "RG010"],
     "'released' used for IFC drawings and for production; 'the prototype pumps' authorized with no "
     "quantity anywhere",
     [("Production_instruction_4510-2315.docx", docx_bytes([
         ("h1", "Production instruction - cargo stripping pumps, PO 4510-2315"),
         ("p", "Nordvik Verft AS to Marmara Pompa Sanayi A.S. Date 05.06.2024. Project NB 115."),
         ("table", [["Document", "Title", "Rev", "Status"],
                    ["MP-CS-80-GA", "General arrangement, stripping pump", "0", "Released for construction (IFC)"],
                    ["MP-CS-80-XS", "Cross section and parts list", "0", "Released for construction (IFC)"],
                    ["MP-CS-80-DS", "Data sheet", "1", "DNV released 03.05.2024"]]),
         ("p", "The maker's drawings for the cargo stripping pumps are released for construction. Please "
               "manufacture the prototype pumps per PO 4510-2315 line 10 for the FAT."),
         ("p", "The series pumps are not released. Production release for the series will be issued in "
               "writing by Lars Eide after FAT sign-off."),
         ("p", "Material: for the prototype pumps only."),
     ], author="Lars Eide"))])

# r22 -- ERP call-off without a quantity, frame forecast called committed volume
case("r22_calloff_no_qty_forecast", ["RG008", "RG010"],
     "call-off line quantity is 'per MTO rev D' (not in the bundle); frame forecast 48 sets called a "
     "committed volume",
     [("DHI-CO-24-0033.txt", """\
DAESAN HEAVY INDUSTRIES CO., LTD.                      CALL-OFF ORDER
OUTFITTING PROCUREMENT TEAM                            NO.     : DHI-CO-24-0033
1 JANGPYEONG-RO, GEOJE-SI, KOREA                       DATE    : 2024-07-08
                                                       FRAME   : DHI-FA-24-003
VENDOR : PUNE MARINE CABLE SYSTEMS PVT. LTD. (V-50917)
-----------------------------------------------------------------------------------
LINE  DESCRIPTION                                   QTY            DELIVERY
10    CABLE TRAY SETS HULL 2392, E/R + CASING       PER MTO REV D  2024-09-02
      HDG, LADDER + PERFORATED TRAY, INCL. COVERS                  GEOJE GATE 3
-----------------------------------------------------------------------------------
REMARKS:
 1. PLEASE DELIVER NEXT LOT OF CABLE TRAYS FOR HULL 2392 PER MTO REV D.
 2. FRAME FORECAST: 4 HULLS X 12 SETS = 48 SETS - COMMITTED VOLUME,
    PLAN YOUR PRODUCTION ACCORDINGLY.
 3. BALANCE OF FRAME NOT RELEASED. NEXT CALL-OFF WILL BE ISSUED BY
    CHOI EUN-JI AFTER HULL 2392 TRAY INSTALLATION INSPECTION.
 4. PACKING: BUNDLED PER ZONE, HULL NO. AND ZONE CODE ON EACH BUNDLE.
-----------------------------------------------------------------------------------
PRICES AS PER FRAME AGREEMENT DHI-FA-24-003 ANNEX 2 (USD/SET).
""")])

# r23 -- supplier progress report: casings cast for all 24 against 1 released
case("r23_status_casings_all", ["RG006"],
     "supplier report: casings cast and motors ordered for all 24 pumps while the quoted scope releases "
     "1 and holds 23",
     [("Progress_Report_05_SOM-PO-24-1277.html", html_page("Progress report No. 5", """\
<h2>Marmara Pompa Sanayi A.S. &ndash; Progress Report No. 5</h2>
<p>Customer: Straits Offshore Marine &middot; PO SOM-PO-24-1277 &middot; Seawater cooling pumps MP-SW 250 &middot; 2024-06-21</p>
<div class="note">Customer scope (from PO text): 1 prototype pump MP-SW 250 for FAT. Balance 23 pumps not released &ndash;
released only by written release from Tan Wei Ming after FAT sign-off.</div>
<table>
<tr><th>No.</th><th>Activity</th><th>Status</th><th>Remarks</th></tr>
<tr><td>1</td><td>Prototype casing casting</td><td>Done</td><td>Heat 24-T-118</td></tr>
<tr><td>2</td><td>Prototype machining</td><td>60 %</td><td>Impeller balancing wk 26</td></tr>
<tr><td>3</td><td>Pump casings for all 24 pumps (prototype + series)</td><td>Cast in May</td><td>To secure the foundry slot, in our stock</td></tr>
<tr><td>4</td><td>Motors 55 kW, 24 pcs</td><td>Ordered</td><td>Delivery wk 30</td></tr>
<tr><td>5</td><td>FAT of prototype</td><td>Planned 18.07.2024</td><td>Witness: ABS + SOM QA/QC</td></tr>
</table>
<p>Ayse Demir, Project Manager &middot; +90 216 593 12 55</p>
"""))])

# r24 -- buyer: build the prototypes, but buy bar stock for the series now
_r24 = """\
Ciao Alessandro,

Please build the prototype actuators per PO 4510-2320 and drawing OML-ACT-90 rev 4 for the FAT.

The series actuators stay on hold until FAT sign-off by Erik Haugen and my written release.

But please buy the bar stock and the seal kits for the series already now - we will sort out the
paperwork later. The mill lead time for 17-4PH is killing us and I don't want to lose the slot.

Grazie,
Lars Eide
Project Purchaser, Nordvik Verft AS
+47 700 12 345
"""
case("r24_buy_stock_paperwork_later", ["RG006", "RG010"],
     "buyer asks for series bar stock 'now, paperwork later' with no stated material authority; "
     "prototype actuators authorized without a quantity",
     [("PO_4510-2320_prototype_actuators.eml", E(mail(
         "Lars Eide <lars.eide@nordvikverft.no>", "Alessandro Rossi <a.rossi@oml-genova.it>",
         "PO 4510-2320 - prototype actuators / material", "Tue, 18 Jun 2024 07:51:00 +0200", _r24)))])

# r25 -- chat: vendor PM ordered 6 engines and will roll on after FAT
case("r25_chat_engines_roll_on", ["RG006", "RG007"],
     "only FWP-01 released and 5 held, yet vendor has ordered 6 engines and says it will continue "
     "straight into FWP-02..06 after FAT",
     [("WhatsApp_Chat_ChennaiFlow_HOC.txt", """\
10/07/2024, 11:02 - Suresh Iyer (CFE): Good morning sir, prototype skid FWP-01 hydrotest completed, 15 bar 30 min no leak 👍
10/07/2024, 11:02 - Suresh Iyer (CFE): <Media omitted>
10/07/2024, 11:20 - Sven Aas (HOC): Good. Send the report to Nina please
10/07/2024, 11:21 - Sven Aas (HOC): Reminder: only FWP-01 (1 skid) is released. The other 5 skids are not released until FAT sign-off by Nina Vik and my written release
10/07/2024, 11:34 - Suresh Iyer (CFE): Noted sir
10/07/2024, 11:35 - Suresh Iyer (CFE): FYI we already ordered the 6 diesel engines from Cummins India to catch the slot, lead time is 16 weeks now
10/07/2024, 11:36 - Suresh Iyer (CFE): After FAT we continue straight with FWP-02 to 06 so that delivery is in time for your hook-up
10/07/2024, 11:52 - Sven Aas (HOC): Let's discuss at FAT. Date still 2 August?
10/07/2024, 11:53 - Suresh Iyer (CFE): yes sir 2 August, 09:00 Ambattur works
""")])

# r26 -- FAT minutes: two released quantities, material cut for modules 2-12
case("r26_fat_minutes_two_quantities", ["RG006", "RG011"],
     "FAT minutes state 1 prototype released in the scope recap and 2 prototype modules in the action "
     "list; panels already bought and cut for modules 2-12",
     [("MoM_FAT_prototype_C1_4510-2286.docx", docx_bytes([
         ("h1", "Minutes of Meeting - FAT prototype cabin module C1"),
         ("p", "PO 4510-2286 rev 1 - Nordvik Verft AS / Jiangsu Haixin Marine Accommodation - Nantong, "
               "27.06.2024"),
         ("h", "1. Scope recap"),
         ("p", "Per PO 4510-2286 rev 1: one (1) prototype module released. The series of 11 modules is not "
               "released until a revised PO signed by Ingrid Solberg after FAT sign-off."),
         ("h", "2. Findings"),
         ("table", [["No.", "Finding", "Responsible", "Due"],
                    ["1", "Door frame gap 6 mm at hinge side, max 3 mm", "JH", "05.07"],
                    ["2", "Fire rating labels missing on 2 ceiling panels", "JH", "05.07"],
                    ["3", "Vendor confirmed wall panels and ceiling cassettes for modules 2-12 are already "
                          "purchased and cut to size", "JH / NV", "info"],
                    ["4", "Noise measurement 44 dB(A), requirement 45 dB(A)", "-", "closed"]]),
         ("h", "3. Actions"),
         ("p", "A7: Yard confirmed the released quantity is two (2) prototype modules, C1 and C2, to be "
               "shipped together in one 40' flat rack."),
         ("p", "A8: Vendor to send punch-list closure photos by 05.07.2024."),
         ("p", "Signed: Erik Haugen (Nordvik Verft), Zhou Jian (Jiangsu Haixin)"),
     ], author="Erik Haugen"))])

# r27 -- supplier: advance received, so production started and forged bodies bought for all 60
_r27_orig = """\
Dear Wang Fang,

PO 31-2024-0590 attached: 4 (four) sample ball valves DN50 class 800, forged A105N.
The series of 56 valves is not released; it will be released only by a written release from Hendrik
de Vries after sample sign-off by our piping engineer.
Advance payment 30% on the sample order per your quotation terms.

Kind regards,
Sanne Bakker"""
_r27 = f"""\
Dear Sanne,

We received your advance payment yesterday, thank you very much.

So we have started production and bought the forged bodies for all 60 valves, to keep the delivery
date for your yard no. 1129 and 1130.

Samples will be ready for inspection on 8 July. Please advise the inspector name for the factory gate.

Best regards,
Wang Fang
Project Coordinator, Zhejiang Hengtai Valve Co., Ltd.

> From: Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl>
> Date: 2024-06-03 10:14
> Subject: PO 31-2024-0590
{q(_r27_orig)}
"""
case("r27_advance_started_all", ["RG006", "RG012"],
     "supplier treats the advance as the start signal and buys forged bodies for all 60 while only 4 "
     "samples are released",
     [("RE_PO_31-2024-0590_advance.eml", E(mail(
         "Wang Fang <wangfang@hengtaivalve.cn>", "Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl>",
         "RE: PO 31-2024-0590", "Wed, 19 Jun 2024 17:45:00 +0800", _r27)))])

# r29 -- supplier: "forecast order of 120 sets", coils bought for 120
_r29_orig = """\
Dear Anjali,

PO DHI-PO-24-07888 attached: 4 sample tray sets, Hull 2391 casing.
Balance not released; release only by written release from Park Sung-ho (GM Procurement) after our
sample sign-off.
FYI, the forecast of 120 sets for Hulls 2391-2400 is for information only - not released, not an
order.

Best regards,
Choi Eun-ji"""
_r29 = f"""\
Dear Ms Choi,

Greetings from Pune!

Based on your forecast order of 120 tray sets for Hulls 2391-2400, we have bought the HDG coils for
120 sets to lock the steel price before the June increase. Coils are stored under cover at our
Chakan plant.

The 4 sample sets were dispatched today by air, AWB 176-2231 4410.

Warm regards,
Anjali Deshpande
Key Account Manager, Pune Marine Cable Systems Pvt. Ltd.

-----Original Message-----
From: Choi Eun-ji <ej.choi@daesan-hi.co.kr>
Sent: 22 May 2024 09:10
Subject: PO DHI-PO-24-07888 sample tray sets
{q(_r29_orig)}
"""
case("r29_forecast_order_coils", ["RG006", "RG008"],
     "supplier calls the labelled forecast a 'forecast order' and has bought coils for 120 sets against "
     "4 released samples",
     [("RE_PO_DHI-PO-24-07888_coils.eml", E(mail(
         "Anjali Deshpande <anjali.d@punemarinecable.in>", "Choi Eun-ji <ej.choi@daesan-hi.co.kr>",
         "RE: PO DHI-PO-24-07888 sample tray sets", "Fri, 31 May 2024 18:20:00 +0530", _r29,
         html=text_to_html(_r29))))])

# r30 -- buyer contradicts own written-release requirement after FAT
_r30 = """\
Dear Mr Zhou,

FAT is fixed for 14 March in Nantong, Mr. Jung and the KR surveyor will attend.

To save time: if the FAT passes, your team can just carry on with the other eleven modules right after
- no need to wait for Mr. Lee's paper, he will sign it afterwards anyway.

PO DHI-PO-24-07720 attached again for your reference.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.
"""
case("r30_carry_on_after_fat", ["RG007"],
     "PO requires a written release by Lee Ji-hoon after FAT sign-off, but the buyer says a passed FAT is "
     "enough to carry on with the eleven",
     [("FAT_14_March_prototype_module.eml", E(mail(
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>", "Zhou Jian <zhoujian@haixin-marine.cn>",
         "FAT 14 March - prototype accommodation module", "Mon, 04 Mar 2024 10:05:00 +0900", _r30,
         attachments=[("DHI-PO-24-07720.docx", docx_bytes([
             ("h1", "PURCHASE ORDER DHI-PO-24-07720"),
             ("p", "Daesan Heavy Industries - Vendor: Jiangsu Haixin Marine Accommodation Co., Ltd. - "
                   "Hull 2391 - Date 2024-01-22"),
             ("table", [["Line", "Description", "Qty"],
                        ["10", "Prototype accommodation module, 2-berth crew cabin, KR", "1 SET"]]),
             ("p", "Series of 11 modules not released. Release only by written release from Lee Ji-hoon, "
                   "Team Leader Outfitting Procurement, after FAT sign-off. Material for the prototype only."),
         ], author="Kim Min-jun"), DOCX_MT)])))])

# r31 -- supplier order confirmation: will roll directly into the series on sample approval
case("r31_supplier_oc_roll_into_series", ["RG007"],
     "order confirmation quotes the hold correctly but plans to roll straight into the 46 on sample "
     "approval, slot booked",
     [("OC-24-0611_Nordvik.pdf", pdf([
         ("h1", "VALVOLE ADRIATICHE S.r.l."),
         ("h", "CONFERMA D'ORDINE / ORDER CONFIRMATION OC-24-0611"),
         ("p", "Customer: Nordvik Verft AS, Ulsteinvik. Your PO: 4510-2333. Date: 24/06/2024."),
         ("table", [["Pos", "Description", "Qty", "Price EUR", "Delivery"],
                    ["1", "Butterfly valve DN 200 PN 16, lugged, sample", "2 pcs", "1.780,00", "wk 30"]]),
         ("p", "Customer note (from your PO): 'Sample quantity 2 pcs. Balance 46 not released. Release only "
               "by written release from Ingrid Solberg after sample sign-off.'"),
         ("p", "Our planning: upon your sample approval we will roll directly into the 46 series valves to "
               "meet the NB 114 date. Series slot booked in our machining department wk 32-36."),
         ("p", "Our general conditions of sale VA-CGV-2023 apply. Giulia Ferraro, Sales."),
     ], title="OC-24-0611", author="Valvole Adriatiche S.r.l."))])

# r32 -- "once the samples are approved, that approval is also your release for the series"
_r32_orig = """\
Marek,

PO 31-2024-0548 attached: 2 (two) sample quick-acting hatch cleats QC-40.
Balance 38 not released. Release only by a written release from me after sample sign-off by our
outfitting engineer.

Hendrik de Vries"""
_r32 = f"""\
Marek,

Thanks, the 2 sample cleats arrive Monday, our outfitting engineer will check them on the hatch
coaming of yard no. 1130 on Tuesday.

Your revised price of EUR 86,50 per cleat is accepted; PO rev 1 follows from the system.

And to keep things simple: once the samples are approved, that approval is also your release for the
series - no separate paperwork needed.

Groet,
Hendrik de Vries
Inkoopmanager, Van der Molen Scheepsbouw B.V.

-----Oorspronkelijk bericht-----
Van: Hendrik de Vries
Verzonden: maandag 3 juni 2024 09:02
Onderwerp: PO 31-2024-0548 sample hatch cleats

{q(_r32_orig)}
"""
case("r32_approval_is_release", ["RG007", "RG009"],
     "buyer declares sample approval to be the series release with no recorded quantity or conditions; "
     "'approval' used for the technical sample approval and as the production release",
     [("RE_PO_31-2024-0548_hatch_cleats.eml", E(mail(
         "Hendrik de Vries <h.devries@vandermolen-scheepsbouw.nl>", "Marek Nowak <marek.nowak@gde.com.pl>",
         "RE: PO 31-2024-0548 sample hatch cleats", "Thu, 13 Jun 2024 15:31:00 +0200", _r32)))])

# r33 -- FAT minutes (PDF): vendor will continue with the series without interruption; yard noted
case("r33_fat_minutes_continue", ["RG007"],
     "FAT minutes record the vendor's intention to continue into the 5 series pumps right after FAT, "
     "noted by the yard, although the scope needs a written release",
     [("MoM_FAT_MP-SW250_SOM-PO-24-1342.pdf", pdf([
         ("h1", "Minutes of Meeting - FAT prototype pump MP-SW 250"),
         ("p", "PO SOM-PO-24-1342 - Straits Offshore Marine / Marmara Pompa - Tuzla, 18.07.2024"),
         ("table", [["Attendee", "Company"],
                    ["Lim Boon Kiat (QA/QC Lead)", "Straits Offshore Marine"],
                    ["Ahmet Koc (Surveyor)", "ABS"],
                    ["Ayse Demir (Project Manager)", "Marmara Pompa"]]),
         ("h", "1. Scope"),
         ("p", "1 prototype released under PO SOM-PO-24-1342. The 5 series pumps are not released; release "
               "by written release from Tan Wei Ming after FAT sign-off."),
         ("h", "2. Results"),
         ("table", [["Test", "Result"],
                    ["Performance, 5 points, ISO 9906 grade 2B", "Within tolerance"],
                    ["NPSH3 at rated flow", "3.1 m, guaranteed 3.5 m"],
                    ["Vibration", "2.4 mm/s"],
                    ["Noise", "82 dB(A) at 1 m"]]),
         ("h", "3. Discussion"),
         ("p", "3.1 FAT sign-off pending closure of two punch items (coupling guard, nameplate)."),
         ("p", "3.2 Vendor (A. Demir) stated that, as the FAT results are within tolerance, the vendor will "
               "continue with the series pumps without interruption from next week so that the delivery "
               "date can be kept. Yard noted."),
         ("p", "3.3 Shipping marks and preservation per SOM-SPEC-PK-02."),
     ], title="MoM FAT MP-SW 250", author="Straits Offshore Marine"))])

# r34 -- Italian supplier: "appena approvati i campioni, partiamo con la serie"
_r34_orig = """\
Gentile Alessandro,

PO 31-2024-0566: 2 (due) sample actuators for the bow thruster tunnel valves.
Balance 18 not released. Release only by a written release from Hendrik de Vries after sample sign-off.

Saluti,
Sanne Bakker"""
_r34 = f"""\
Gentile Sanne,

i campioni sono pronti - the samples are ready for your inspection on 12 June, at our works in
Genova Sestri Ponente, 10:00.

Appena approvati i campioni, partiamo subito con la serie: as soon as the samples are approved we
start the series straight away, so the 18 actuators can ship in September as you need them.

Cordiali saluti,
Alessandro Rossi
Project Manager, Officine Meccaniche Liguri S.p.A.
Via Merano 31, 16154 Genova - tel. +39 010 650 2210

Il giorno lun 27 mag 2024 alle ore 09:20 Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl> ha scritto:
{q(_r34_orig)}
"""
case("r34_appena_approvati", ["RG007"],
     "Italian supplier plans to start the 18 as soon as the samples are approved, against a quoted scope "
     "that needs a written release",
     [("Campioni_pronti_31-2024-0566.eml", E(mail(
         "Alessandro Rossi <a.rossi@oml-genova.it>", "Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl>",
         "Re: PO 31-2024-0566 - campioni pronti / samples ready", "Tue, 04 Jun 2024 12:10:00 +0200",
         _r34, html=text_to_html(_r34))))])

# r35 -- Polish supplier: forged blanks for all 16 and deemed approval by Friday
_r35_orig = """\
Marek,

PO HOC-24-0419: 2 sample closed chocks CC-400.
Remaining 14 not released; release only by my written release after sample sign-off by Nina Vik.

Sven Aas"""
_r35 = f"""\
Dear Sven,

Samples dispatched today (2 pcs closed chocks CC-400), delivery note attached, truck GD 4417K, ETA
Haugesund Thursday.

We have already ordered the forged blanks for all 16 chocks - forge lead time is 10 weeks now.
Unless we hear otherwise by Friday 14 June, we will treat the samples as approved and start the
remaining 14.

Z powazaniem / Best regards,
Marek Nowak
Sales Manager, Gdansk Deck Equipment Sp. z o.o.

On 03.06.2024 10:12, Sven Aas wrote:
{q(_r35_orig)}
"""
case("r35_deemed_approval_forgings", ["RG006", "RG007"],
     "supplier has ordered forged blanks for 16 against 2 released and will treat silence as sample "
     "approval and start the remaining 14",
     [("Samples_dispatched_HOC-24-0419.eml", E(mail(
         "Marek Nowak <marek.nowak@gde.com.pl>", "Sven Aas <sven.aas@hoc-offshore.no>",
         "Re: PO HOC-24-0419 - samples dispatched", "Mon, 10 Jun 2024 14:48:00 +0200", _r35,
         attachments=[("WZ-2024-0611_delivery_note.docx", docx_bytes([
             ("h1", "Delivery note WZ-2024-0611"),
             ("p", "Gdansk Deck Equipment Sp. z o.o. - Customer: Haugesund Offshore Contractors AS - PO HOC-24-0419"),
             ("table", [["Item", "Description", "Qty", "Weight kg"],
                        ["1", "Closed chock CC-400, sample, HDG", "2", "2 x 186"]]),
             ("p", "Transport: truck GD 4417K, DAP Haugesund. Documents: 3.1 certificates, MPI report."),
         ], author="Gdansk Deck Equipment"), DOCX_MT)])))])

# r37 -- cover mail says 3 samples, attached PO says 2
_r37 = """\
Dear Emre,

Please find attached PO DHI-PO-24-07901 for three (3) sample bilge pumps MP-BB 100 for FAT.
The balance of 9 pumps is not released; release only by written release from Lee Ji-hoon after our
FAT sign-off. Material for the samples only.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.
"""
case("r37_cover_mail_vs_po", ["RG011"],
     "cover mail authorizes 3 samples (balance 9), attached PO authorizes 2 samples (balance 10)",
     [("PO_DHI-PO-24-07901_sample_bilge_pumps.eml", E(mail(
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>", "Emre Yilmaz <emre.yilmaz@marmarapompa.com.tr>",
         "PO DHI-PO-24-07901 sample bilge pumps", "Tue, 25 Jun 2024 09:12:00 +0900", _r37,
         attachments=[("DHI-PO-24-07901.pdf", pdf([
             ("h1", "DAESAN HEAVY INDUSTRIES CO., LTD."),
             ("h", "PURCHASE ORDER DHI-PO-24-07901"),
             ("table", [["Line", "Description", "Qty", "Unit price USD"],
                        ["10", "Bilge pump MP-BB 100, KR, sample for FAT", "2 EA", "9,400.00"]]),
             ("p", "Sample quantity 2 EA. Balance 10 EA not released. Release by written release from Lee "
                   "Ji-hoon after FAT sign-off. Material for the samples only."),
         ], title="DHI-PO-24-07901", author="Daesan Heavy Industries"), PDF_MT)])))])

# r38 -- multi-file: PO docx (4 pilot sections) vs release letter pdf (6 pilot sections)
case("r38_po_vs_release_letter", ["RG011"],
     "PO releases a pilot lot of four sections; the release letter for the same pilot lot says six",
     [("SOM-PO-24-1350.docx", docx_bytes([
         ("h1", "Straits Offshore Marine Pte Ltd - Purchase Order SOM-PO-24-1350"),
         ("p", "Vendor: Pune Marine Cable Systems Pvt. Ltd. Date: 01.07.2024. Project P-77, module M4."),
         ("table", [["Line", "Description", "Qty", "Unit price INR"],
                    ["1", "Cable tray CT-300 HDG, 3 m section, pilot lot", "4 pcs", "9,200.00"]]),
         ("p", "Pilot lot: four (4) sections released. The production quantity of 296 sections for modules "
               "M4-M6 is not released; it will be released by written release from Tan Wei Ming after "
               "pilot sign-off by Lim Boon Kiat. Material for the pilot lot only."),
     ], author="Priya Raman")),
      ("Release_No1_SOM-PO-24-1350.pdf", pdf([
          ("h1", "STRAITS OFFSHORE MARINE PTE LTD"),
          ("h", "Release No. 1 - PO SOM-PO-24-1350 - pilot lot"),
          ("p", "Date: 03.07.2024. To: Pune Marine Cable Systems Pvt. Ltd."),
          ("p", "This letter confirms the pilot lot released under PO SOM-PO-24-1350: six (6) sections of "
                "cable tray CT-300 HDG for the trial fit on module M4. The production quantity remains not "
                "released until pilot sign-off by Lim Boon Kiat and a written release from Tan Wei Ming."),
          ("p", "Tan Wei Ming, Procurement Manager"),
      ], title="Release No. 1 SOM-PO-24-1350", author="Straits Offshore Marine"))])

# r39 -- ERP call-off: header says 8 released, the line says 10
case("r39_erp_header_vs_line", ["RG011"],
     "call-off header 'released qty 8' but the call-off line quantity is 10 for the same release",
     [("NV-CO-2024-0047_print.txt", """\
NORDVIK VERFT AS                               AVROP / CALL-OFF
Skipsverftvegen 4, 6065 Ulsteinvik             AVROP NR  : NV-CO-2024-0047
                                               RAMMEAVT. : NV-RA-2023-019
                                               DATO      : 02.07.2024
LEVERANDOR: ZHEJIANG HENGTAI VALVE CO., LTD.   PROSJEKT  : NB 114
            WENZHOU, ZHEJIANG, CHINA
RELEASED QTY THIS CALL-OFF : 8 PCS
----------------------------------------------------------------------------------
LINJE  VARE           BESKRIVELSE                          AVROP  ENH   LEVERING
0010   V-GT-100-25    GATE VALVE DN100 PN25 CAST STEEL       10   PCS   UKE 36
                      GP240GH, DNV, 3.1
----------------------------------------------------------------------------------
FRAME QUANTITY             : 58 PCS
BALANCE NOT RELEASED       : 48 PCS
UNLOCK                     : NEXT CALL-OFF, AFTER INSTALLATION SIGN-OFF NB 114
RELEASED BY                : LARS EIDE, PROJECT PURCHASER
MATERIAL AUTHORITY         : FOR THE RELEASED QUANTITY ONLY
----------------------------------------------------------------------------------
PRISER IHT. RAMMEAVTALE NV-RA-2023-019 VEDLEGG 1.  LEVERING DAP ULSTEINVIK.
""")])

# r40 -- HTML PO: line qty 2, note says one prototype
case("r40_html_po_line_vs_note", ["RG011"],
     "PO line quantity 2 prototype units but the PO note says it releases one (1) prototype",
     [("PO_31-2024-0602.html", html_page("Inkooporder 31-2024-0602", """\
<h2>Van der Molen Scheepsbouw B.V. &ndash; Inkooporder / Purchase Order 31-2024-0602</h2>
<p>Datum 20-06-2024 &middot; Leverancier: Jiangsu Haixin Marine Accommodation Co., Ltd. &middot; Bouwnummer 1131</p>
<table>
<tr><th>Pos</th><th>Omschrijving</th><th>Aantal</th><th>Eenheid</th><th>Prijs USD</th></tr>
<tr><td>10</td><td>Prototype prefabricated sanitary unit PSU-3, crew cabins, drawing VDM-1131-ACC-088 rev A</td><td>2</td><td>st</td><td>7,850.00</td></tr>
</table>
<p class="note">This PO releases one (1) prototype unit for FAT. The 22 series units are not released; they will be
released by a revised PO signed by Hendrik de Vries after FAT sign-off. Material for the prototype only.</p>
<p>Levering FOB Shanghai. Betaling 30% vooruit tegen bankgarantie, 70% na levering.</p>
"""))])

# r41 -- chat: "release 6 bollards" then "as agreed, 4 bollards released"
case("r41_chat_six_then_four", ["RG011"],
     "the buyer releases 6 bollards for Hull 2391 and later restates the same release as 4",
     [("WhatsApp_Chat_DHI_GDE_bollards.txt", """\
[2024-06-03 08:40] Kim Min-jun: Marek, good morning. Release 6 bollards for Hull 2391 now (PO DHI-PO-24-07893)
[2024-06-03 08:41] Kim Min-jun: Rest 30 on hold until Hull 2391 installation check and written release by Mr. Lee Ji-hoon
[2024-06-03 08:55] Marek Nowak: Good morning, ok 6 pcs for 2391, thank you
[2024-06-03 08:56] Marek Nowak: Material for 6 only, understood
[2024-06-07 14:12] Marek Nowak: Proof load test booked 19 June with KR surveyor
[2024-06-07 14:30] Kim Min-jun: ok thanks
[2024-06-11 10:05] Kim Min-jun: As agreed, 4 bollards released for Hull 2391 - pls confirm delivery date
[2024-06-11 10:22] Marek Nowak: Delivery FCA Gdynia 12 July
""")])

# r42 -- release mail "bal. 480 m" vs attached call-off printout 460 m
_r42 = """\
Anjali,

Following the sign-off of the 40 m trial run by Joost Verhoeven on 2 July, I hereby release bal. 480 m
of cable ladder CL-300 for yard no. 1129. The remaining 80 m stays on hold until the cable routing of
deck 5 is frozen and a further written release from me.

The call-off printout from our ERP is attached.

Met vriendelijke groet,
Hendrik de Vries
Inkoopmanager, Van der Molen Scheepsbouw B.V.
"""
case("r42_release_480_vs_460", ["RG011"],
     "release mail releases 480 m, the attached ERP call-off for the same release prints 460 m",
     [("Release_CL-300_yard1129.eml", E(mail(
         "Hendrik de Vries <h.devries@vandermolen-scheepsbouw.nl>",
         "Anjali Deshpande <anjali.d@punemarinecable.in>",
         "Release cable ladder CL-300 - yard no. 1129", "Thu, 04 Jul 2024 11:30:00 +0200", _r42,
         attachments=[("Afroep_31-2024-0581-02.txt", """\
VAN DER MOLEN SCHEEPSBOUW B.V.                   AFROEP / CALL-OFF 31-2024-0581-02
Leverancier: PUNE MARINE CABLE SYSTEMS            Datum: 04-07-2024    Bouwnr: 1129
-------------------------------------------------------------------------------
Pos  Artikel      Omschrijving                             Vrijgegeven  Eenh
010  CL-300-HDG   Kabelladder 300 mm thermisch verzinkt        460,000  M
-------------------------------------------------------------------------------
Restant niet vrijgegeven / balance not released:                80,000  M
Vrijgave door / released by: H. de Vries
""", TXT_MT)])))])

# r43 -- long-lead schedule: option hulls (forecast) listed as firm order
case("r43_long_lead_schedule", ["RG008"],
     "long-lead schedule lists the undeclared option hulls, basis 'forecast', as a firm order committed "
     "to the vendor",
     [("P-77_long_lead_items_schedule_rev3.docx", docx_bytes([
         ("h1", "Project P-77 - Long-lead items schedule, rev 3"),
         ("p", "Straits Offshore Marine Pte Ltd, Project Procurement. Issued 08.07.2024 to long-lead vendors "
               "for information on need dates."),
         ("table", [["Item", "Vendor", "Scope", "Qty", "Basis", "Status", "Need date"],
                    ["Seawater lift pumps SWL-250", "Chennai Flow", "Hull A topsides", "6",
                     "PO SOM-PO-24-1255", "In manufacture", "11/2024"],
                    ["Seawater lift pumps SWL-250", "Chennai Flow", "Option hulls B and C (not yet declared "
                     "by client)", "12", "Forecast", "Firm order - committed to vendor", "06/2025"],
                    ["Fire water pumps FWB", "Chennai Flow", "Hull A", "6", "PO SOM-PO-24-1240",
                     "FAT 14.08.2024", "12/2024"]]),
         ("p", "Option hulls B and C depend on the client's declaration expected in Q4 2024."),
         ("p", "Contact: Priya Raman, Buyer."),
     ], author="Priya Raman"))])

# r44 -- supplier quote: series as firm order per forecast; production starts on advance
case("r44_quote_advance_starts_series", ["RG008", "RG012"],
     "supplier quote books the customer's forecast as a firm series order and says series production "
     "starts on receipt of the advance, no release needed",
     [("CFE-Q-24-0311.pdf", pdf([
         ("h1", "CHENNAI FLOW ENGINEERING PVT. LTD."),
         ("p", "Plot 41, Ambattur Industrial Estate, Chennai 600058 - ISO 9001:2015 - ABS / DNV recognised "
               "manufacturer"),
         ("h", "Quotation CFE-Q-24-0311"),
         ("p", "To: Haugesund Offshore Contractors AS, Mr Sven Aas. Date: 14.05.2024. Subject: diesel-driven "
               "fire water pump skids FWP."),
         ("table", [["Item", "Scope", "Qty", "Price USD", "Lead time"],
                    ["1", "Prototype skid FWP-01 incl. FAT", "1", "142,000.00", "20 weeks"],
                    ["2", "Series skids FWP-02 to FWP-06 - firm order per customer's 2025 forecast", "5",
                     "128,500.00 each", "24 weeks"]]),
         ("p", "Series production will start as soon as the 30% advance payment is received; no separate "
               "release is needed."),
         ("p", "Terms: FCA Chennai. Validity 45 days. Warranty 18 months from delivery or 12 months from "
               "commissioning."),
         ("p", "Suresh Iyer, Project Manager"),
     ], title="CFE-Q-24-0311", author="Chennai Flow Engineering"))])

# r45 -- Korean yard: forecast 240 EA "confirmed order quantity"
_r45 = """\
Dear Chen Lei,

For your foundry planning, below our forecast for gate valves DN200 PN16 for the 4 series hulls
2394-2397:

  Hull 2394 : 60 EA
  Hull 2395 : 60 EA
  Hull 2396 : 60 EA
  Hull 2397 : 60 EA
  Total     : 240 EA

Please take this forecast qty 240 EA as confirmed order quantity and reserve your foundry capacity
for Q1 2025. PO per hull will be issued by our system later.

Best regards,
Kim Min-jun
Outfitting Procurement, Daesan Heavy Industries Co., Ltd.
"""
case("r45_forecast_confirmed_order", ["RG008"],
     "buyer asks the supplier to take the forecast of 240 EA as a confirmed order quantity",
     [("Forecast_gate_valve_DN200_Hull_2394-2397.eml", E(mail(
         "Kim Min-jun <mj.kim@daesan-hi.co.kr>", "Chen Lei <chenlei@hengtaivalve.cn>",
         "Forecast gate valve DN200 - Hull 2394~2397", "Fri, 12 Jul 2024 16:45:00 +0900", _r45)))])

# r46 -- sample evaluation report: "approval" for technical, commercial and production
case("r46_three_approvals", ["RG009"],
     "one word 'approval' carries technical sample approval, commercial PO approval and production "
     "approval; each is scoped, so only the mixed terms are at risk",
     [("Sample_evaluation_DHI-PO-24-07910.docx", docx_bytes([
         ("h1", "Sample Evaluation Report and Status - PO DHI-PO-24-07910"),
         ("p", "Daesan Heavy Industries, Outfitting Procurement. Supplier: Valvole Adriatiche S.r.l. Part: "
               "butterfly valve DN 350 PN 10, drawing VA-4500-350 rev 3. Hull 2392-2393. Date 2024-05-13."),
         ("table", [["Item", "Status", "Scope"],
                    ["Technical approval", "Granted", "the 2 sample valves (KR witnessed hydrotest 08.05)"],
                    ["Commercial approval", "Granted", "PO rev 1 for the 2 sample valves"],
                    ["Production approval", "Not yet", "the 22 series valves remain not released"]]),
         ("p", "Production approval for the 22 series valves will be given in writing by Lee Ji-hoon, Team "
               "Leader Outfitting Procurement, after the coating re-inspection of the samples on 20 May has "
               "been signed off."),
         ("p", "Material: for the 2 samples only."),
         ("p", "Prepared by: Kim Min-jun"),
     ], author="Kim Min-jun"))])

# r48 -- "commercial release" (OA accepted + payment) treated as release for production
_r48 = """\
Dear Emre,

Commercial release is done on our side: your order acknowledgement OA-MP-24-0377 for PO 4510-2350
(full order, 8 pumps, no sample stage) is accepted, and the 30% milestone payment went out today (value date 19.06.2024).

Consider this your release for production of the 8 pumps.

Please send the updated production schedule and the FAT procedure by next week.

Med vennlig hilsen
Ingrid Solberg
Procurement Manager, Nordvik Verft AS
"""
case("r48_commercial_release_payment", ["RG009", "RG012"],
     "'release' used for the commercial step (OA accepted, milestone paid) and for production, and the "
     "payment is presented as the production release",
     [("PO_4510-2350_commercial_release.eml", E(mail(
         "Ingrid Solberg <ingrid.solberg@nordvikverft.no>", "Emre Yilmaz <emre.yilmaz@marmarapompa.com.tr>",
         "PO 4510-2350 - commercial release", "Wed, 19 Jun 2024 14:02:00 +0200", _r48,
         html=text_to_html(_r48))))])

# r49 -- buyer: milestone 1 paid, nothing stops you from starting the series of 22
_r49_orig = """\
Dear Mr Zhou,

PO 31-2024-0611 rev 1: 2 (two) prototype sanitary units PSU-3 for FAT.
The 22 series units are not released; they will be released by a revised PO signed by Hendrik de
Vries after FAT sign-off. Material for the prototypes only.

Kind regards,
Sanne Bakker"""
_r49 = f"""\
Dear Mr Zhou,

FYI, milestone 1 (20% on order) was paid today, EUR 38.400,00, bank reference ING 2406-77120.

So nothing stops you now from starting the series of 22 units - the money side is settled.

Kind regards,
Sanne Bakker
Inkoper / Buyer, Van der Molen Scheepsbouw B.V.

> On 24 Jun 2024, at 09:30, Sanne Bakker wrote:
{q(_r49_orig)}
"""
case("r49_milestone_paid_start_series", ["RG012"],
     "buyer presents the milestone payment as the reason the 22 series units can start, against a scope "
     "that needs a revised PO",
     [("Milestone_1_paid_31-2024-0611.eml", E(mail(
         "Sanne Bakker <s.bakker@vandermolen-scheepsbouw.nl>", "Zhou Jian <zhoujian@haixin-marine.cn>",
         "Milestone 1 paid - PO 31-2024-0611", "Fri, 28 Jun 2024 16:10:00 +0200", _r49)))])

# r51 -- forwarded L/C advice (rfc822): "L/C is opened, so you can start the 3 series skids"
_r51_lc = mail("Trade Finance Desk <tradefinance@straitsoffshore.com.sg>",
               "Priya Raman <priya.raman@straitsoffshore.com.sg>",
               "LC issued - DBS-LC-24-00871 - Chennai Flow Engineering",
               "Mon, 05 Aug 2024 10:02:00 +0800",
               """\
Priya,

Documentary credit issued today:

  LC no.        : DBS-LC-24-00871
  Issuing bank  : DBS Bank Ltd, Singapore
  Beneficiary   : Chennai Flow Engineering Pvt. Ltd.
  Amount        : USD 205,800.00
  Expiry        : 30.11.2024, Chennai
  Documents     : commercial invoice, packing list, B/L, FAT certificate, ABS certificate

SWIFT MT700 sent to State Bank of India, Ambattur branch.

Trade Finance Desk
""")
_r51 = """\
Suresh,

See below from our trade finance desk - the L/C is opened, so you can start the 3 series skids
FWB-04 to FWB-06 now.

The PO is attached again for your file.

Regards,
Priya Raman
Buyer, Straits Offshore Marine Pte Ltd
"""
case("r51_lc_opened_start", ["RG012"],
     "buyer forwards the L/C advice and says the opened L/C means the 3 series skids can start; the PO "
     "requires FAT sign-off and a written release by Tan Wei Ming",
     [("FW_LC_issued_SOM-PO-24-1380.eml", E(mail(
         "Priya Raman <priya.raman@straitsoffshore.com.sg>", "Suresh Iyer <suresh.iyer@chennaiflow.in>",
         "FW: LC issued - DBS-LC-24-00871 - SOM-PO-24-1380", "Mon, 05 Aug 2024 11:15:00 +0800", _r51,
         attachments=[("rfc822", _r51_lc),
                      ("SOM-PO-24-1380.pdf", pdf([
                          ("h1", "STRAITS OFFSHORE MARINE PTE LTD"),
                          ("h", "Purchase Order SOM-PO-24-1380"),
                          ("table", [["Line", "Description", "Qty", "Unit price USD"],
                                     ["1", "Fire water booster skid FWB, prototype units FWB-01 to FWB-03", "3",
                                      "68,600.00"]]),
                          ("p", "Released: the 3 prototype skids FWB-01 to FWB-03. The 3 series skids FWB-04 "
                                "to FWB-06 are not released; they are released only by a written release "
                                "from Tan Wei Ming after FAT sign-off by Lim Boon Kiat. Material for the "
                                "released skids only."),
                      ], title="SOM-PO-24-1380", author="Straits Offshore Marine"), PDF_MT)])))])


# ===================================================================== build
def _formats(files):
    """Return (top-level extensions, set of formats contained incl. attachments, mime notes)."""
    from email import message_from_bytes
    top, contained, notes = [], set(), []
    for fn, data in files:
        ext = fn.rsplit(".", 1)[-1].lower()
        top.append(ext)
        contained.add(ext)
        if ext == "eml":
            m = message_from_bytes(data, policy=policy.default)
            for part in m.walk():
                ct = part.get_content_type()
                if ct == "multipart/alternative":
                    notes.append("multipart/alternative")
                elif ct == "message/rfc822":
                    notes.append("rfc822")
                elif part.get_filename():
                    e2 = part.get_filename().rsplit(".", 1)[-1].lower()
                    contained.add(e2)
                    notes.append(f"att:{e2}")
            body = m.get_body(preferencelist=("plain",))
            if body is not None and re.search(r"^>", body.get_content(), re.M):
                notes.append("quoted")
    return top, contained, notes


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(4444).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h44_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")

    # summary for the README
    from collections import Counter
    rules, top, cont, notes = Counter(), Counter(), Counter(), Counter()
    multi_rule = multi_file = 0
    for c in CASES:
        rules.update(c["expect"])
        multi_rule += len(c["expect"]) > 1
        multi_file += len(c["files"]) > 1
        t, ct, n = _formats(c["files"])
        top.update(t)
        cont.update(ct)
        notes.update(n)
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases {len(CASES)} clean {clean} risky {len(CASES) - clean} "
          f"multi-rule {multi_rule} multi-file {multi_file}")
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")
    print("  top-level files:", dict(sorted(top.items())))
    print("  cases containing:", dict(sorted(cont.items())))
    print("  inside EML:", dict(sorted(notes.items())))


if __name__ == "__main__":
    main()
