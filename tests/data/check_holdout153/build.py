#!/usr/bin/env python3
"""Generator for the releasegate check_holdout153 corpus (glass containers and closures).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout153/build.py

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
_PDF_FIX = str.maketrans({"ł": "l", "Ł": "L"})


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    # the built-in PDF fonts cannot draw the Polish l-stroke; write it as a plain l,
    # as many real export PDFs from Polish suppliers do
    blocks = [tuple(x.translate(_PDF_FIX) if isinstance(x, str) else
                    ([[str(c).translate(_PDF_FIX) for c in r] for r in x] if isinstance(x, list) else x)
                    for x in b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h153-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h153")
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


def T(s):
    """dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def H(s):
    """dedent an HTML fragment."""
    return textwrap.dedent(s).strip("\n")


# ====================================================================== CASES
# Descriptive names: c.. = clean, p.. = at least one risk. Only build.py shows them.


# =================================================================== batch 1 (clean)

# c01: supplier quotation with a sample tier and production tiers, nothing authorized
case("c01_quote_tiers_pl", [], "Polish glassworks quotation with mould-sample and production tiers; a quote alone authorizes nothing",
     [("Oferta_Q-BOR-24-0317.pdf", pdf([
         ("h1", "HUTA SZKŁA BOROWA Sp. z o.o."),
         ("p", "ul. Hutnicza 14, 59-300 Borowa, Polska  |  NIP 692-000-41-17  |  sales@hsborowa.pl"),
         ("h", "QUOTATION / OFERTA  Q-BOR-24-0317"),
         ("p", "Customer: Kilbrannan Distillery Ltd, Longrow Road, Campbeltown PA28 6HU, Scotland"),
         ("p", "Attn: Mr Iain Galbraith, Production Manager    Date: 11.03.2024    Valid until: 10.05.2024"),
         ("p", "Article: 'Kilbrannan Flagon' 70 cl, extra flint, embossed shoulder (stag + KILBRANNAN lettering), "
               "cork finish 18.5 mm bar-top, height 292 mm, weight 610 g ±15 g, drawing HSB-7015 rev. 3."),
         ("table", [
             ["Pos.", "Description", "Quantity", "Unit price EUR", "Remarks"],
             ["1", "Sample mould set (2 cavities), incl. blank + blow moulds", "1 set", "4.850,00", "one-off, tooling stays property of customer after payment"],
             ["2", "Mould samples from sample mould (bottle trial)", "60 pcs", "18,50", "hand-gathered, not annealed to production standard"],
             ["3", "Production, tier A", "30.000 pcs", "0,468", "1 furnace campaign"],
             ["4", "Production, tier B", "60.000 pcs", "0,431", "1 furnace campaign"],
             ["5", "Production, tier C", "120.000 pcs", "0,412", "2 campaigns, 2 call-offs"],
         ]),
         ("sp",),
         ("p", "Packing: 1.344 bottles per pallet (1200 x 1000 mm, 8 layers x 168, tier sheets + top frame, "
               "stretch-hooded). Pallet pattern drawing PP-7015 on request."),
         ("p", "Lead time: sample mould 5 weeks from order of pos. 1-2. Production: next free furnace slot, "
               "at present week 27 or week 33, six weeks after your written production order."),
         ("p", "Decoration (screen print, 2 colours) is not included and will be quoted separately after you send artwork."),
         ("p", "Payment: 30 days net from invoice date. Prices FCA Borowa, Incoterms 2020. Prices for pos. 3-5 "
               "depend on soda ash and energy surcharge valid on day of production order."),
         ("p", "This quotation is not an order confirmation. Quantities in pos. 3-5 are price tiers only."),
         ("sp",),
         ("p", "Prepared by: Marek Nowak, Key Account Manager UK & Ireland, +48 74 555 21 90"),
     ], title="Oferta Q-BOR-24-0317", author="Marek Nowak"))])


# c02: WhatsApp, supplier asks for a go-ahead, buyer answers with a scoped no
case("c02_chat_goahead_question", [], "Supplier asks whether the balance has a go-ahead; buyer answers no, restates 48 samples, hold, event and herself as release authority",
     [("WhatsApp Chat with Marek Nowak HSB.txt", T("""
        14/05/2024, 08:47 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        14/05/2024, 08:47 - Marek Nowak HSB: Good morning Fiona, samples from sample mould are packed, 48 pcs in 4 cartons, DHL pick up today 14:00
        14/05/2024, 08:48 - Marek Nowak HSB: Tracking I send when I have it
        14/05/2024, 09:02 - Fiona Mackay: Morning Marek, brilliant, thanks. Did the shoulder emboss come out sharper on cavity 2 this time?
        14/05/2024, 09:05 - Marek Nowak HSB: Yes much better, we polished the mould and corrected the vent. Photos:
        14/05/2024, 09:05 - Marek Nowak HSB: <Media omitted>
        14/05/2024, 09:05 - Marek Nowak HSB: <Media omitted>
        14/05/2024, 09:11 - Marek Nowak HSB: One question from planning. Furnace slot week 24 is still free for us. Do we have go-ahead for the balance 47 952 pcs or we wait?
        14/05/2024, 09:26 - Fiona Mackay: No go-ahead for the balance yet, sorry. Only the 48 mould samples are released on PO GD-4471. The remaining 47,952 stay on hold until our QA signs off the samples and I send you a written production release.
        14/05/2024, 09:27 - Fiona Mackay: Line trial at Keith is booked for 3 June. If it runs clean you'll get the written release from me that week, not before. Please don't buy batch or cartons for the balance in the meantime.
        14/05/2024, 09:31 - Marek Nowak HSB: Understood 👍 we keep balance on hold. I mark slot wk 24 as provisional only, no material purchase
        14/05/2024, 09:32 - Fiona Mackay: Perfect. Speak soon
        14/05/2024, 16:40 - Marek Nowak HSB: DHL 7731 0450 2219
        """))])


# c03: labelled rolling forecast, ERP printout
case("c03_erp_forecast_labelled", [], "ERP rolling forecast clearly labelled for capacity planning only, not an order, nothing authorized",
     [("FCST_VDN_2024-W22.txt", T("""
        BLUEGRASS BOURBON COMPANY LLC                                   RUN DATE 05/28/2024 06:14
        1 DISTILLERY LANE, BARDSTOWN KY 40004                           PAGE 1 OF 1
        ------------------------------------------------------------------------------------------
        REPORT  MRP-FC-210   SUPPLIER ROLLING FORECAST
        SUPPLIER 200418  VIDRIOS DEL NORTE SA DE CV, MONTERREY NL MEXICO
        *****************************************************************************************
        *  FORECAST ONLY - FOR CAPACITY PLANNING - THIS IS NOT A PURCHASE ORDER.                 *
        *  NO PRODUCTION AND NO MATERIAL PURCHASE IS AUTHORIZED BY THIS REPORT.                  *
        *  PRODUCTION IS AUTHORIZED ONLY BY A PO LINE WITH A WRITTEN RELEASE NUMBER.             *
        *****************************************************************************************
        ITEM        DESCRIPTION                     UOM   JUL-24   AUG-24   SEP-24   OCT-24   Q1-25
        ----------  ------------------------------  ----  -------  -------  -------  -------  -------
        GL-750-BB1  BTL 750ML FLINT BB FLASK EMB    EA     21,600   21,600   28,800   28,800   64,800
        GL-375-BB1  BTL 375ML FLINT BB FLASK EMB    EA      8,400        0    8,400        0   16,800
        GL-1750-BB  BTL 1.75L HANDLE FLINT          EA          0    6,480        0    6,480   12,960
        ----------  ------------------------------  ----  -------  -------  -------  -------  -------
        BASIS: SALES PLAN S&OP MAY-24 V2. FIGURES CHANGE WEEKLY. PALLET = 2,160 EA (750ML).
        NEXT FORECAST: 06/04/2024
        QUESTIONS: T. BRIGGS, PURCHASING  502-555-0147  TBRIGGS@BLUEGRASSBOURBON.COM
        ------------------------------------------------------------------------------------------
        END OF REPORT
        """))])


# c04: "approved for fit check only; production not released", multipart + txt attachment
_c04_txt = T("""
    Firth Botanical Gin Co. - sample closure check, PO FBG-0931
    Closure: ROPP 31.5 x 44 aluminium, lacquered matt black, hot-foil FIRTH on top
    Line: Leith bottling line 2, capper head set 4, date 21/05/2024

    sample  application torque (in-lbs)  removal torque  leak 30 min inverted  thread form
    S01     14.0                          11.5            pass                   ok
    S02     13.5                          11.0            pass                   ok
    S03     14.5                          12.0            pass                   ok
    S04     13.0                          10.5            pass                   ok
    S05     14.0                          11.5            pass                   print offset 0.6 mm
    ... (200 fitted, 20 measured)
    Result: fit, torque and leak within spec. Print registration on top still open (offset up to 0.6 mm vs 0.3 mm spec).
    """)
_c04_text = T("""
    Hi Elena,

    Thanks for getting the 200 sample closures over so quickly. We ran them on line 2 at Leith
    yesterday - results attached.

    Samples approved for fit check only. Torque and leak are fine, but the hot-foil registration on
    the top is still out (up to 0.6 mm against 0.3 mm), so the full sample report is not signed off.

    To be clear on PO FBG-0931: production is not released. The balance of 49,800 closures stays on
    hold until (1) our QA manager signs off the full sample report, including print registration, and
    (2) I send you a written production release. Please don't start lacquering or printing for the
    balance before you have that release from me.

    Could your print team send us a second set of 50 with corrected registration? That would go on a
    separate sample line, I'll raise it today.

    Have a good week,
    Euan
    """) + sig("Euan Fraser", "Purchasing Lead", "Firth Botanical Gin Co., 12 Bonnington Road, Edinburgh EH6 5JD", "+44 131 555 0192")
_c04_html = H("""
    <p>Hi Elena,</p>
    <p>Thanks for getting the 200 sample closures over so quickly. We ran them on line 2 at Leith
    yesterday - results attached.</p>
    <p><b>Samples approved for fit check only.</b> Torque and leak are fine, but the hot-foil registration on
    the top is still out (up to 0.6 mm against 0.3 mm), so the full sample report is not signed off.</p>
    <p>To be clear on PO FBG-0931: <b>production is not released</b>. The balance of 49,800 closures stays on
    hold until (1) our QA manager signs off the full sample report, including print registration, and
    (2) I send you a written production release. Please don't start lacquering or printing for the
    balance before you have that release from me.</p>
    <p>Could your print team send us a second set of 50 with corrected registration? That would go on a
    separate sample line, I'll raise it today.</p>
    <p>Have a good week,<br>Euan</p>
    <p>--<br>Euan Fraser<br>Purchasing Lead<br>Firth Botanical Gin Co.</p>
    """)
case("c04_fitcheck_only", [], "Sample closures 'approved for fit check only', production explicitly not released, balance on hold, event and named releaser",
     [("RE_ PO FBG-0931 sample closures.eml", mail(
         "Euan Fraser <euan.fraser@firthgin.co.uk>", "Elena Moretti <e.moretti@chiusurealpine.it>",
         "RE: PO FBG-0931 sample closures - fit check results", "Wed, 22 May 2024 10:14:00 +0100",
         _c04_text, html=_c04_html, cc="QA <qa@firthgin.co.uk>",
         attachments=[("FBG-0931_closure_check.txt", _c04_txt, "text/plain")]))])


# c05: full-quantity repeat PO, "proceed with the full ..." names the quantity
case("c05_full_qty_po", [], "Repeat PO for the full 24,192 bottles, no sample and no balance; 'proceed' names the quantity",
     [("CRV_PO_30558.pdf", pdf([
         ("h1", "Calder Ridge Vineyards"),
         ("p", "4410 Silverado Trail, Napa, CA 94558, USA  |  purchasing@calderridge.com"),
         ("h", "PURCHASE ORDER 30558"),
         ("table", [
             ["Supplier", "Vidreira do Lis, S.A., Zona Industrial, 2430-028 Marinha Grande, Portugal"],
             ["PO date", "June 3, 2024"],
             ["Buyer", "Priya Raman, Packaging Buyer"],
             ["Incoterms", "FOB Leixões, container 40' HC"],
             ["Payment terms", "Net 60"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext. USD"],
             ["1", "BTL-750-BDX-AG", "750 ml Bordeaux Bourgogne-shoulder, antique green, punt 28 mm, "
                                     "cork finish 18.5 mm, mould VL-2209 (repeat, unchanged)", "24,192", "EA", "0.298", "7,209.22"],
             ["", "", "Packed 18 pallets x 1,344 (pattern VL-PP-12)", "", "", "", ""],
         ]),
         ("sp",),
         ("p", "Repeat of PO 29117 (2023 vintage). Same mould, same colour, same pallet pattern; no samples "
               "needed. Please proceed with the full 24,192 bottles for the July furnace campaign and "
               "confirm the ship week."),
         ("p", "Delivery: one 40' HC, ex works ready by week 31. Labels for pallets per our routing guide rev 6."),
         ("p", "Certificate of conformity and food-contact declaration (EU 10/2011 & FDA) with shipment."),
         ("sp",),
         ("p", "Issued by: Priya Raman, Packaging Buyer, +1 707 555 0134"),
     ], pagesize=LETTER, title="PO 30558", author="Priya Raman"))])


# c06: call-off with explicit staged material authority above the released quantity (DOCX table)
case("c06_calloff_staged_material", [], "Call-off 2 releases 9,600; explicit staged material authority up to 30,000 (above released 19,200) is clean; hold, next call-off and named releaser stated",
     [("Call-off 02 PO BE-2207.docx", docx_bytes([
         ("h1", "Boranup Estate - Call-off No. 2"),
         ("p", "To: Hebei Yongxin Glass Packaging Co., Ltd - attn. Tony Wang"),
         ("p", "From: Tess Kirby, Operations Manager, Boranup Estate, Caves Road, Margaret River WA 6285"),
         ("p", "Date: 6 June 2024     PO: BE-2207 (750 ml Burgundy, Georgia green, screwcap finish BVS 30H60)"),
         ("table", [
             ["", "Bottles"],
             ["PO BE-2207 commercial cover", "48,000"],
             ["Call-off 1 (12 Feb 2024), delivered", "9,600"],
             ["This call-off No. 2", "9,600"],
             ["Total released after this call-off", "19,200"],
             ["Balance on hold (not released)", "28,800"],
         ]),
         ("sp",),
         ("p", "Production release: please produce and ship 9,600 bottles (8 pallets of 1,200) under this "
               "call-off for the vintage bottling in late August."),
         ("p", "Material authority (staged): you may buy glass batch materials and cartons for up to 30,000 "
               "bottles at Boranup Estate's liability, so the third call-off can run from the same furnace "
               "campaign. Anything bought beyond 30,000 bottles' worth is at your own risk."),
         ("p", "The remaining 28,800 bottles are not released. Each further quantity needs its own call-off "
               "in writing signed by me (Tess Kirby); no other person at Boranup can release glass."),
         ("p", "Shipping: 1 x 40' HC from Tianjin, CIF Fremantle. Shipping marks as per call-off 1."),
         ("sp",),
         ("p", "Tess Kirby"),
         ("p", "Operations Manager | +61 8 9755 0182 | tess@boranupestate.com.au"),
     ], author="Tess Kirby"))])


# c07: explicit recorded auto-conversion, named quantity, signer and conditions (PDF letter)
case("c07_explicit_autoconversion", [], "Release arrangement letter records an explicit auto-conversion with quantity, signer, conditions and countersignature; clean by convention 9",
     [("CDF-24-118 production release arrangement.pdf", pdf([
         ("h1", "COGNAC DELAUNAY & FILS"),
         ("p", "12 quai de l'Échassier, 16100 Cognac, France  -  SIRET 412 000 118 00017"),
         ("p", "To: Vetreria Valdarno S.p.A., Via Aretina 210, 52025 Montevarchi (AR), Italia - "
               "attn. Sig.ra Giulia Bianchi, Customer Service"),
         ("p", "Cognac, 17 April 2024"),
         ("h", "Subject: PO CDF-24-118, carafe 'Delaunay XO' 70 cl - production release arrangement"),
         ("p", "Dear Giulia,"),
         ("p", "Further to our call of 15 April, this letter records how the production quantity on PO "
               "CDF-24-118 will be released. It replaces nothing in the PO; it adds the release rule."),
         ("table", [
             ["PO line", "Scope", "Quantity", "Status today"],
             ["10", "Mould samples, carafe XO 70 cl, extra-white flint", "36", "released"],
             ["20", "Production, same article", "47,964", "on hold - not released"],
         ]),
         ("sp",),
         ("p", "Auto-conversion (recorded): if Sophie Marchetti records the sample sign-off of the 36 mould "
               "samples on our form SSO-118 as 'approved' with no deviation, that signed form releases the "
               "47,964 bottles of line 20 for production by itself, with no further letter. The form will "
               "be e-mailed to you the same day. An interim disposition, a disposition with a deviation, "
               "or a rejection releases nothing; line 20 then stays on hold until a separate written "
               "release from Sophie Marchetti."),
         ("p", "Material authority: sample-only until the signed form SSO-118 reaches you."),
         ("p", "Sophie Marchetti holds release authority up to 50,000 bottles for this article. Thierry "
               "Delaunay countersigns this arrangement as second approver under our release policy."),
         ("sp",),
         ("p", "Kind regards,"),
         ("p", "Sophie Marchetti - Packaging Development Manager"),
         ("p", "Countersigned: Thierry Delaunay - Directeur Général"),
     ], title="CDF-24-118 release arrangement", author="Sophie Marchetti"))])


# c08: forwarded rfc822 old quote with 60,000 declared informational
_c08_old = mail("Katarzyna Lewandowska <k.lewandowska@hsjaslo.pl>", "Callum Reid <callum.reid@glenbrae.co.uk>",
                "Offer 2023/611 - Glenbrae 70cl Heritage", "Thu, 19 Oct 2023 15:22:00 +0200",
                T("""
                Dear Mr Reid,

                as discussed in Glasgow, please find our offer for the Heritage 70cl bottle:

                - sample mould + 60 mould samples ............ EUR 5.200,00 lump sum
                - production 60.000 pcs ...................... EUR 0,447 / pcs
                - screen print 2 colours (optional) .......... EUR 0,089 / pcs

                Pallet: 1.344 pcs, 1200x1000. Lead time production 7 weeks.
                Offer valid 90 days.

                Best regards
                Katarzyna Lewandowska
                Export Sales, Huta Szkła Jasło Sp. z o.o.
                """))
case("c08_fwd_old_quote_info", [], "Forwarded 2023 quote (60,000) declared informational and not an order; PO covers 60 samples with hold, event and named releaser",
     [("FW_ Offer 2023-611 - PO GD-4502.eml", mail(
         "Callum Reid <callum.reid@glenbrae.co.uk>", "Katarzyna Lewandowska <k.lewandowska@hsjaslo.pl>",
         "FW: Offer 2023/611 for reference - PO GD-4502 (mould samples)", "Mon, 08 Apr 2024 11:05:00 +0100",
         T("""
         Dear Katarzyna,

         Good to speak last week. As promised, PO GD-4502 is now in your inbox from our system. It covers
         the sample mould and sixty (60) mould samples of the Heritage 70cl - nothing else.

         I'm forwarding your offer from October below only so your colleagues have the mould spec and the
         price structure in one place. For information only: the 60,000 in that offer is a price basis,
         not an order, and it is not released. The production balance stays on hold until our QA has
         signed off the mould samples and Fiona Mackay (Packaging Manager) sends you a written production
         release. Fiona is the only person at Glenbrae who can release bottles.

         Could you confirm the sample mould lead time is still five weeks? We'd like the bottle trial at
         Keith before the summer shutdown.

         Kind regards,
         Callum
         """) + sig("Callum Reid", "Buyer - Dry Goods", "Glenbrae Distillers Ltd, Keith, Banffshire AB55 5BS", "+44 1542 555 310"),
         attachments=[("rfc822", _c08_old)]))])


# c09: quoted supplier message assumes auto-conversion; buyer's reply corrects it
case("c09_quoted_autoconv_corrected", [], "Supplier's quoted line assumes samples roll into mass production; buyer reply corrects: samples only, balance on hold, written release by named director",
     [("Re_ LF-2290 samples ETD.eml", mail(
         "Hamish Campbell <hamish@lochfada.scot>", "Wendy Zhang <wendy@xzhuaxing-glass.com>",
         "Re: LF-2290 samples ETD", "Fri, 26 Apr 2024 08:31:00 +0100",
         T("""
         Wendy,

         Please don't. Sample sign-off will not release the 29,970. Only the 30 sample bottles on PO
         LF-2290 are released. The balance stays on hold until I send you a written production release
         after our sign-off of the samples, and I'm the only one here who can release it.

         If the October vessel gets tight we'll talk about it on a call, but nothing starts without that
         letter from me. No batch, no cartons either, please.

         Samples ETD 3 May is fine, thank you. Please send them by courier to the distillery, not to the
         bonded warehouse in Glasgow.

         Cheers,
         Hamish

         Hamish Campbell
         Operations Director, Loch Fada Distillery, Port Ellen, Isle of Islay PA42 7EB
         +44 1496 555 208

         On Thu, 25 Apr 2024 at 10:12, Wendy Zhang <wendy@xzhuaxing-glass.com> wrote:
         > Dear Hamish,
         >
         > Good news, the 30 samples bottles are finish and we will ship 3 May by DHL.
         > Once you approve the samples we will start mass production of the 29,970 pcs immediately
         > to catch the October vessel from Lianyungang. Please advise.
         >
         > Best regards
         > Wendy Zhang
         > Sales Manager | Xuzhou Huaxing Glass Products Co., Ltd
         > Tel: +86 516 5555 8821
         """)))])


# c10: supplier says the deposit does not release production (EML + proforma PDF)
case("c10_deposit_not_release", [], "Supplier confirms mould deposit received and states it does not release production; only 72 samples, balance on hold pending named buyer's written release",
     [("Deposit received - WC-3315 mould.eml", mail(
         "Lily Chen <lily.chen@jinhaiglass.cn>", "Kylie Nguyen <kylie@wattleandchilli.com.au>",
         "Deposit received - WC-3315 mould", "Tue, 16 Apr 2024 14:02:00 +0800",
         T("""
         Dear Kylie,

         Good day! We have received your deposit USD 4,200.00 for the woozy 150ml mould (PI JH-24-0412,
         attached again for your file). Thank you.

         Please note the deposit covers the mould making only. It does not release production.
         We will make only the 72 sample bottles on your PO WC-3315. The balance 23,928 pcs stay on hold
         until we receive the written production release from Ms Kylie Nguyen.

         Mould will be finish around 10 May, samples ship by air around 20 May.

         Best regards,
         Lily Chen
         Export Dept. | Shandong Jinhai Glassware Co., Ltd | Zibo, Shandong
         Tel/WeChat: +86 533 555 0671
         """),
         attachments=[("PI JH-24-0412.pdf", pdf([
             ("h1", "SHANDONG JINHAI GLASSWARE CO., LTD"),
             ("h", "PROFORMA INVOICE  JH-24-0412"),
             ("p", "Buyer: Wattle & Chilli Pty Ltd, 22 Gawler Place, Adelaide SA 5000, Australia"),
             ("table", [
                 ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                 ["1", "Mould 150ml woozy, 4 cavities, neck 24/410", "1 set", "4,200.00", "4,200.00"],
                 ["2", "Sample bottles from new mould, flint", "72 pcs", "0.00", "free of charge"],
             ]),
             ("sp",),
             ("p", "Payment: 100% T/T for the mould before mould making. Samples free of charge."),
             ("p", "Bank: Bank of China, Zibo Branch, SWIFT BKCHCNBJ560."),
         ], title="PI JH-24-0412", author="Lily Chen"), PDF_MT)]))])


# c11: supplier acknowledgement restating the hold (Portuguese cork)
case("c11_cork_ack_restates_hold", [], "Cork supplier acknowledgement restates 500 samples only, 100,000 quote quantity on hold pending named buyer's written release after sample sign-off; material for samples only",
     [("AR_ML-2024-061_Corticeira_Sao_Paio.pdf", pdf([
         ("h1", "Corticeira São Paio, Lda."),
         ("p", "Rua da Cortiça 88, 4520-115 Santa Maria da Feira, Portugal  -  NIF 503 118 020"),
         ("h", "ORDER ACKNOWLEDGEMENT / CONFIRMAÇÃO DE ENCOMENDA  AR-24-0733"),
         ("p", "Customer: Maison Larrouy, Domaine de Lasserre, 32800 Eauze, France - Mme Amélie Roux"),
         ("p", "Your order: ML-2024-061 of 4 March 2024          Our ref.: Inês Ferreira"),
         ("table", [
             ["Item", "Description", "Qty", "Unit EUR", "Delivery"],
             ["1", "T-cork, natural cork shank 19.5 x 27 mm, grade Flor, beech head 32 x 14 mm "
                   "stained walnut, hot-foil gold 'LARROUY' on top", "500", "0,62", "week 14"],
         ]),
         ("sp",),
         ("p", "We acknowledge your order as written: only the 500 sample T-corks above are released. "
               "The production quantity of our quotation OF-24-0219 (100.000 T-corks) is not released and "
               "stays on hold until your written production release, signed by Mme Amélie Roux, after "
               "your sign-off of the samples."),
         ("p", "Material: we use cork and heads for the 500 samples only. No bark or beech heads are bought "
               "for the production quantity before your release."),
         ("p", "TCA: releasable 2,4,6-TCA ≤ 0,5 ng/l by GC-MS, certificate with delivery. Moisture 4-8 %."),
         ("sp",),
         ("p", "Inês Ferreira - Customer Service Export - +351 256 555 410 - ines.ferreira@csaopaio.pt"),
     ], title="AR-24-0733", author="Ines Ferreira"))])


# c12: sample PO full of identifiers that look like quantities
case("c12_identifiers_sample_po", [], "Sample PO for 300 closures with many number-like identifiers; quoted 120,000 declared not released; hold, event and named releaser present",
     [("PRC_PO_7750-0300.pdf", pdf([
         ("h1", "PALMETTO RUM CO."),
         ("p", "2000 Meeting Street Rd, Charleston, SC 29405  |  Tel 843-555-0750"),
         ("h", "PURCHASE ORDER 7750-0300  (sample)"),
         ("table", [
             ["Vendor", "Capsule Valtrompia S.p.A., Via Industriale 5000, 25063 Gardone V.T. (BS), Italy"],
             ["Vendor no.", "V-1200"],
             ["Date", "05/06/2024"],
             ["Ship to", "Palmetto Rum Co., Dock 3, attn QA lab"],
         ]),
         ("sp",),
         ("table", [
             ["Ln", "Part no.", "Description", "Qty", "Unit EUR"],
             ["1", "PN 3000-750-RC rev 12", "Aluminium screw cap 30 x 60, BVS 30H60 neck finish, "
                   "Saranex liner, 4-colour offset + emboss 'PALMETTO', drawing CV-5000 rev 20", "300", "0.95"],
         ]),
         ("sp",),
         ("p", "Scope: line 1 is a sample lot of three hundred (300) caps only, for the capping trial on our "
               "Zalkin head (set 2400) and the 1000 h UV test. The 120,000 caps in your quote Q-24-1750 "
               "are not released by this PO; that quantity stays on hold."),
         ("p", "Unlock: production is released only by a written release from Beth Alvarez, Operations "
               "Manager, after our QA signs off the sample lot. Until then, sample material only."),
         ("p", "Quality: ISO 9001:2015 certificate, DIN EN ISO 8317 child-resistance not required, "
               "REACH 1907/2006 and 21 CFR 175.300 declarations. Colour Pantone 7406 C, ΔE ≤ 1.5."),
         ("p", "Packing: 2,000 caps per carton max, 40 cartons per pallet max. Lot code format YYWW-0300."),
         ("sp",),
         ("p", "Buyer: Beth Alvarez, Operations Manager"),
     ], pagesize=LETTER, title="PO 7750-0300", author="Beth Alvarez"))])


# c13: multi-file - buyer PO (Spanish-English) + supplier quote; the 30,000 is declared informational
case("c13_po_plus_quote_mx", [], "Two files: PO for 60 pilot bottles declares the quote's 30,000 informational and not released, with hold, event and named releaser; quote alone authorizes nothing",
     [("OC-TLA-0712.pdf", pdf([
         ("h1", "TEQUILA LOS ALTOS, S.A. de C.V."),
         ("p", "Carretera Arandas-Atotonilco km 4.5, Arandas, Jalisco, México  -  RFC TLA-980312-AB1"),
         ("h", "ORDEN DE COMPRA / PURCHASE ORDER  OC-TLA-0712"),
         ("table", [
             ["Proveedor / Supplier", "Vidrios Finos de Occidente, S.A. de C.V., Zapopan, Jal."],
             ["Fecha / Date", "22/04/2024"],
             ["Comprador / Buyer", "Jorge Orozco, Compras"],
             ["Cotización / Quote", "COT-VFO-881 del 15/04/2024"],
         ]),
         ("sp",),
         ("table", [
             ["Partida", "Descripción", "Cantidad", "Precio MXN", "Importe MXN"],
             ["1", "Botella piloto 'Altos Reposado' 750 ml, cristal extra flint, agave embossed, "
                   "molde muestra VFO-M-750-22, boca corcho 21.5 mm", "60 pzas", "145.00", "8,700.00"],
         ]),
         ("sp",),
         ("p", "ALCANCE / SCOPE: This OC covers 60 pilot bottles (botellas piloto) only, for our bottle trial "
               "on the Arandas line. La cantidad de producción de 30,000 pzas en la cotización COT-VFO-881 es "
               "informativa - it is not an order and is NOT released."),
         ("p", "SALDO / BALANCE: on hold. Production is released only by a written liberación de producción "
               "signed by Guadalupe Ramírez, Gerente de Compras, after Calidad signs off the pilot bottles."),
         ("p", "Material: vidrio y empaque solo para las 60 piezas. Entrega en planta Arandas, lunes a viernes 8-15 h."),
         ("sp",),
         ("p", "Jorge Orozco - Compras - jorozco@tequilalosaltos.mx - +52 348 555 0712"),
     ], title="OC-TLA-0712", author="Jorge Orozco")),
      ("COT-VFO-881.pdf", pdf([
         ("h1", "Vidrios Finos de Occidente"),
         ("p", "Periférico Poniente 7120, Zapopan, Jalisco  -  ventas@vfo.com.mx"),
         ("h", "COTIZACIÓN COT-VFO-881"),
         ("p", "Cliente: Tequila Los Altos - Atn. Lic. Guadalupe Ramírez     Fecha: 15/04/2024"),
         ("table", [
             ["Concepto", "Cantidad", "Precio unitario MXN", "Notas"],
             ["Molde muestra (1 cavidad)", "1", "38,000.00", "4 semanas"],
             ["Botellas piloto del molde muestra", "60 pzas", "145.00", "entrega 1 semana después del molde"],
             ["Producción, extra flint, empaque en tarima 1,080 pzas", "30,000 pzas", "9.85", "campaña de horno semana 28 o 35"],
         ]),
         ("sp",),
         ("p", "Vigencia 30 días. Precios más IVA. LAB Zapopan."),
         ("p", "Atentamente, Mariana Torres, Ejecutiva de Ventas"),
     ], title="COT-VFO-881", author="Mariana Torres"))])


# c14: HTML supplier portal status page (non-authorizing) that shows the hold
case("c14_portal_status_hold", [], "Supplier B2B portal status page: sample lot shipped, balance shown on hold awaiting the customer's written release; a status report authorizes nothing",
     [("vidreira_do_lis_portal_encomenda_24-1187.html", html_page("Vidreira do Lis - B2B - Encomenda 24-1187", H("""
        <div style="background:#0b3d5c;color:#fff;padding:6px">Vidreira do Lis, S.A. &nbsp;|&nbsp; Portal de Clientes &nbsp;|&nbsp; Château Vérac (cliente 40711) &nbsp;|&nbsp; <a style="color:#fff" href="#">Sair</a></div>
        <h2>Encomenda / Order 24-1187</h2>
        <p>Customer PO: <b>CV-2024-019</b> &nbsp; Article: BDX 750 ml 'Vérac' tradition, feuille-morte, embossed crest, mould VL-3310</p>
        <table>
          <tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th><th>Updated</th></tr>
          <tr><td>1</td><td>Mould samples (bottle trial)</td><td>120</td><td>Shipped 06/05/2024, CMR 88120</td><td>06/05/2024</td></tr>
          <tr><td>2</td><td>Production balance</td><td>35,880</td><td>ON HOLD - awaiting customer's written production release</td><td>06/05/2024</td></tr>
        </table>
        <p class="note">Release authority on file for this customer: Mme Claire Dubois, Supply Chain Manager.
        Line 2 will not be scheduled until her written release is received and registered. Material reserved: samples only.</p>
        <h3>Documents</h3>
        <ul><li>Customer PO CV-2024-019 (PDF)</li><li>Quality certificate samples QC-24-1187-S</li><li>Pallet pattern VL-PP-09 rev 2</li></ul>
        <h3>Messages</h3>
        <table>
          <tr><th>Date</th><th>From</th><th>Message</th></tr>
          <tr><td>06/05/2024</td><td>Ana Sousa (VdL)</td><td>Samples left today by truck, ETA Bordeaux Thursday. Please let us know the trial date.</td></tr>
          <tr><td>07/05/2024</td><td>Claire Dubois (Château Vérac)</td><td>Merci Ana. Bottling trial planned 21/05 at the château. I will write to you after the sign-off.</td></tr>
        </table>
        <p style="color:#777;font-size:11px">© 2024 Vidreira do Lis, S.A. - Marinha Grande - Todos os direitos reservados</p>
        """), lang="pt"))])


# c15: ERP fixed-width printout of a sample PO with full scope
case("c15_erp_sample_po_full_scope", [], "ERP PO printout: 150 sample bar-tops only, production quantity on hold, sample sign-off + written release by named buyer",
     [("PO_HRD-11872.txt", T("""
        HUDSON RYE DISTILLING LLC            PURCHASE ORDER              PO NO.  HRD-11872
        88 RIVER STREET, KINGSTON NY 12401                               DATE    04/29/2024
                                                                         REV     0
        VENDOR: 40227  TAMPAS DOURO, LDA                                 BUYER   K.OKAFOR
                       ZONA INDUSTRIAL DE ALHEIRA, LOTE 12               TERMS   NET 45
                       4560-164 PENAFIEL, PORTUGAL                       FOB     PORTO
        SHIP TO:       HUDSON RYE DISTILLING - RECEIVING, DOOR 2
        ----------------------------------------------------------------------------------
        LN  ITEM        DESCRIPTION                          QTY  UOM  UNIT EUR   EXT EUR
        --  ----------  -----------------------------------  ---  ---  --------  --------
        01  BT-195-HR1  BAR-TOP STOPPER 19.5MM SYNTH SHANK,   150  EA     0.880    132.00
                        WALNUT HEAD 33MM, LASER 'HR' TOP,
                        DWG BT-195 REV C
        02  FRT         AIR FREIGHT SAMPLES                     1  LOT   95.000     95.00
        ----------------------------------------------------------------------------------
                                                                       TOTAL EUR  227.00
        NOTES:
        1. SAMPLE LOT ONLY - 150 EA FOR FIT/PULL TEST ON 750ML RYE BOTTLE.
        2. PRODUCTION QTY IN QUOTE TD-Q-0391 NOT RELEASED - BALANCE ON HOLD.
        3. PRODUCTION RELEASED ONLY BY WRITTEN RELEASE FROM KEN OKAFOR (PURCHASING MGR)
           AFTER QA SIGN-OFF OF SAMPLE LOT.
        4. NO MATERIAL PURCHASE BEYOND SAMPLE LOT.
        5. ACKNOWLEDGE THIS PO BY EMAIL TO PURCHASING@HUDSONRYE.COM WITHIN 3 DAYS.
        ----------------------------------------------------------------------------------
        AUTHORIZED SIGNATURE: K. OKAFOR                       PAGE 1 / 1
        """))])


# c16: WhatsApp Mexican Spanish-English, scoped go-ahead with hold, event and named releaser
case("c16_chat_scoped_goahead_mx", [], "Buyer's go-ahead is scoped to 60 pilot bottles; rest explicitly not released until named director signs line trial and sends written release",
     [("WhatsApp Chat with Ing Roberto Salas VT.txt", T("""
        [03/06/24, 10:02:11] Ing Roberto Salas VT: Buen día Paola 👋 ya tenemos el molde muestra del frasco 150 ml listo
        [03/06/24, 10:02:40] Ing Roberto Salas VT: Podemos sacar las botellas piloto el jueves. Cuántas necesitan para la prueba de línea?
        [03/06/24, 10:15:03] Paola Méndez: Buen día Ing! Qué buena noticia
        [03/06/24, 10:16:27] Paola Méndez: Go ahead with the 60 botellas piloto only 👍 PO SDC-2291 ya está en su correo
        [03/06/24, 10:17:45] Paola Méndez: El resto (11,940 pzas) NO está liberado. Queda en hold hasta que Diego Hernández firme la prueba de línea y les mande la liberación de producción por escrito
        [03/06/24, 10:18:02] Paola Méndez: please no compren vidrio ni cajas para el resto todavía
        [03/06/24, 10:21:36] Ing Roberto Salas VT: Entendido, solo 60 piloto. El saldo queda en espera de la liberación escrita del Sr. Hernández
        [03/06/24, 10:22:10] Ing Roberto Salas VT: Se las mandamos por Estafeta el viernes
        [03/06/24, 10:22:48] Paola Méndez: Gracias!! 🌶️
        [07/06/24, 17:05:12] Ing Roberto Salas VT: Guía Estafeta 4471 1200 8865
        """))])


# c17: DOCX decoration specification with a labelled volume estimate, no authorizing text
case("c17_decoration_spec_docx", [], "Decoration specification with table; annual volume labelled as estimate, not an order; no authorization",
     [("KRW_Screen print spec Shiraz 2023.docx", docx_bytes([
         ("h1", "Kalimna Ridge Wines - Decoration Specification"),
         ("p", "Article: 750 ml Burgundy 'Old Vine Shiraz', antique green, ACL screen print 2 colours"),
         ("p", "Decorator: Decorazioni Vetro Veneto S.r.l., Via dell'Artigianato 18, 31044 Montebelluna (TV), Italy"),
         ("p", "Spec no. KRW-DS-014, issue 3, 12 March 2024 - owner: Sarah Lowe, Packaging"),
         ("h", "1. Artwork"),
         ("table", [
             ["Element", "Colour", "Ink", "Position", "Tolerance"],
             ["Front panel 'KALIMNA RIDGE' + vine", "Pantone 871 C metallic gold", "organic UV, lead-free", "centre 95 mm from base", "± 0.5 mm"],
             ["Back panel text + AU/NZ statements", "White", "organic UV", "centre 95 mm from base, 180°", "± 0.5 mm"],
             ["Neck band", "Pantone 871 C", "organic UV", "15 mm below finish", "± 0.3 mm"],
         ]),
         ("sp",),
         ("h", "2. Tests"),
         ("li", "Adhesion: cross-hatch ISO 2409, class 0-1."),
         ("li", "Abrasion: line simulator 10 min, no visible wear on gold."),
         ("li", "Ice-bucket test: 24 h in iced water, no loss of print."),
         ("li", "Dishwasher test not required (single trip)."),
         ("h", "3. Strike-off"),
         ("p", "Screen print strike-off on 12 bottles per colour change, to be checked by Sarah Lowe against the "
               "master sample held at Nuriootpa. Strike-off results are recorded on form KRW-SO-02."),
         ("h", "4. Volumes (estimate)"),
         ("p", "Estimated annual volume around 18,000 decorated bottles, split over two bottling runs. This is a "
               "planning estimate, not an order; quantities are ordered by PO only."),
         ("h", "5. Packing"),
         ("p", "Re-palletised on original pallet pattern, 1,200 bottles per pallet, tier sheets replaced, "
               "pallet label with spec no. and print date."),
     ], author="Sarah Lowe"))])


# c18: buyer asks a question about going ahead early (no authorization)
case("c18_buyer_question_early_run", [], "Buyer only asks whether two pallets before sign-off would be possible and says it is not an order; no authorization, no risk",
     [("BOC-370 jar - trade fair September.eml", mail(
         "Lucie Garnier <l.garnier@moutarderie-berthier.fr>", "Katarzyna Lewandowska <k.lewandowska@hsjaslo.pl>",
         "Question - 370 ml jar, possible early run?", "Thu, 13 Jun 2024 16:48:00 +0200",
         T("""
         Bonjour Katarzyna,

         A quick question, not an order: our marketing team asks whether it would be technically possible
         to run two pallets of the 370 ml jar (TO 82 finish) before we finish the sample sign-off, so that
         they have jars for the trade fair in September.

         I need to know three things before I even discuss it internally:
           - the earliest furnace slot if it were requested,
           - the minimum quantity you would accept for such a short run,
           - the extra cost for a separate job change.

         Please don't plan or buy anything on the basis of this mail. It is only a question; if we decide
         to do it you will receive a separate written document from us.

         Merci et bonne soirée,
         Lucie
         """) + sig("Lucie Garnier", "Acheteuse emballages", "Moutarderie Berthier SAS, 21000 Dijon, France", "+33 3 80 55 50 21")))])


# c19: interim sample disposition with limits and a release within it (PDF tables)
case("c19_interim_disposition", [], "Interim sample disposition limited to 6,480 bottles with expiry; release R-1 within the limit by named authority; balance on hold until full sign-off and further written release",
     [("BBC interim disposition + release R-1 PO 45-2207.pdf", pdf([
         ("h1", "Bluegrass Bourbon Company"),
         ("h", "Sample disposition and production release - PO 45-2207"),
         ("p", "Supplier: Vidrios del Norte, S.A. de C.V., Av. Industrial 1400, Monterrey NL, Mexico"),
         ("p", "Article: GL-750-BB1, 750 ml flint flask, embossed 'BB' seal, mould VDN-5522"),
         ("table", [
             ["Item", "Detail"],
             ["Samples received", "36 bottles, 4 cavities, 05/20/2024"],
             ["Disposition", "INTERIM - cavity 3 wall thickness 1.6 mm min vs 1.8 mm spec; cavities 1, 2, 4 conform"],
             ["Interim limit", "max 6,480 bottles (3 pallets), cavities 1, 2, 4 only, expires 07/31/2024"],
             ["Signed off by", "Marcus Hale, QA Manager, 05/24/2024"],
         ]),
         ("sp",),
         ("table", [
             ["Release", "Quantity", "Authority", "Status"],
             ["R-1", "6,480 bottles (3 pallets x 2,160)", "Dana Whitfield, Director of Supply Chain", "released 05/24/2024"],
             ["Balance of PO 45-2207", "41,520 bottles", "-", "on hold, not released"],
         ]),
         ("sp",),
         ("p", "The balance of 41,520 bottles is not released. It can only be released after a full sample "
               "sign-off (corrected cavity 3, new samples) and a further written release from Dana Whitfield."),
         ("p", "Material authority: glass batch for R-1 only. Cavity 3 must be blocked for R-1."),
         ("sp",),
         ("p", "Dana Whitfield - Director of Supply Chain - 502-555-0190"),
     ], pagesize=LETTER, title="Disposition and release PO 45-2207", author="Dana Whitfield"))])


# c20: WhatsApp call-off per pallet against a frame, with hold of the uncalled rest
case("c20_chat_calloff_pallets", [], "Chat call-off of 6 pallets (8,064) against a frame; uncalled 18 pallets explicitly on hold, next call-off in writing by named buyer",
     [("WhatsApp Chat with Euan Fraser Firth Gin.txt", T("""
        [21/08/2024, 07:58:40] Agnieszka Wójcik HSB: Dzień dobry Euan, planning here. Furnace campaign for Firth 70cl is wk 37. How many pallets you want this time?
        [21/08/2024, 08:40:12] Euan Fraser: Morning Agnieszka! Call-off 4 against frame FBG-F24: 6 pallets = 8,064 bottles (6 x 1,344). Same pattern as before, tier sheets + top frame
        [21/08/2024, 08:41:05] Euan Fraser: That's all for wk 37. The other 18 pallets of the frame stay uncalled and on hold, please don't run them in the same campaign
        [21/08/2024, 08:41:50] Euan Fraser: Next call-off will come from me in writing, probably October when we see Christmas sales
        [21/08/2024, 08:45:33] Agnieszka Wójcik HSB: OK noted: call-off 4 = 6 pal / 8 064 pcs. Rest 18 pal on hold until your next written call-off
        [21/08/2024, 08:46:01] Agnieszka Wójcik HSB: Truck booking for wk 38 I send Friday
        [21/08/2024, 08:46:20] Euan Fraser: Cheers 👍 and say hi to Marek
        [21/08/2024, 09:12:57] Agnieszka Wójcik HSB: 😊
        """))])


# c21: stop notice
case("c21_stop_notice", [], "Buyer stop notice: nothing further may start, released or not, until the named sender lifts the stop in writing",
     [("DVS-0419 - neck finish change.eml", mail(
         "Bec Hollis <bec@derwentvalleyspirits.com.au>", "Kevin Liu <kevin.liu@xzhuaxing-glass.com>",
         "STOP - PO DVS-0419 - do not start anything further", "Mon, 01 Jul 2024 09:40:00 +1000",
         T("""
         Hi Kevin,

         Please treat this as a formal stop on PO DVS-0419 (500 ml Derwent gin bottle, frosted).

         Our bottling line supplier has changed the neck handling parts and we need to re-check the finish
         dimensions before anything else is made. From now on:

           - do not start anything further on DVS-0419, including the 3 pallets released under R-2 that
             you told me are not started yet;
           - finish nothing, pack nothing that isn't already packed;
           - hold the goods already packed in your warehouse, do not book the container.

         This stop stays in force until I lift it in writing. I'll send you the new finish drawing by
         Friday.

         Sorry for the disruption, and thanks for your help with this.

         Bec
         """) + sig("Bec Hollis", "Operations Manager", "Derwent Valley Spirits Pty Ltd, New Norfolk TAS 7140, Australia", "+61 3 6261 5550"),
         cc="Ops <ops@derwentvalleyspirits.com.au>"))])


# c22: full release of the balance after sign-off, revised PO covers it (EML + PDF)
case("c22_full_release_after_signoff", [], "Release letter releases the whole remaining 99,500 after sign-off, revised PO covers 100,000; nothing remains on hold",
     [("Production release R-1 - ML-2024-061 rev 2.eml", mail(
         "Amélie Roux <a.roux@maison-larrouy.fr>", "Inês Ferreira <ines.ferreira@csaopaio.pt>",
         "Production release R-1 - ML-2024-061 rev 2", "Fri, 10 May 2024 15:20:00 +0200",
         T("""
         Bonjour Inês,

         Good news: the 500 sample T-corks passed. Our sample sign-off was recorded on 2 May (extraction
         force 25-32 daN, TCA certificate OK, hot-foil fine).

         Please find attached:
           - PO ML-2024-061 rev 2, which now covers 100,000 T-corks (500 samples + 99,500 production);
           - our production release R-1 for the 99,500.

         With R-1 nothing remains on hold on this PO. Delivery in two lots as agreed: 49,500 in week 26,
         50,000 in week 30.

         Bien cordialement,
         Amélie
         """) + sig("Amélie Roux", "Responsable Achats", "Maison Larrouy, Domaine de Lasserre, 32800 Eauze, France", "+33 5 62 55 09 41"),
         attachments=[("ML-2024-061 release R-1.pdf", pdf([
             ("h1", "MAISON LARROUY - Armagnac"),
             ("h", "Production release R-1"),
             ("table", [
                 ["PO", "ML-2024-061 rev 2 (commercial cover 100,000 T-corks)"],
                 ["Supplier", "Corticeira São Paio, Lda."],
                 ["Article", "T-cork 19.5 x 27 mm, Flor grade, beech head walnut, hot-foil LARROUY"],
                 ["Samples", "500, sample sign-off recorded 02/05/2024"],
                 ["Released by R-1", "99,500 T-corks"],
                 ["Total released on PO", "100,000 (500 samples + 99,500)"],
                 ["Remaining on hold", "0"],
                 ["Released by", "Amélie Roux, Responsable Achats (release authority)"],
             ]),
             ("sp",),
             ("p", "Delivery: 49,500 in week 26, 50,000 in week 30, DAP Eauze."),
         ], title="Release R-1", author="Amelie Roux"), PDF_MT)]))])


# c23: buyer pays a deposit and says it does not release production
case("c23_buyer_deposit_not_release", [], "Buyer pays 30% deposit but states it secures mould and slot only and does not release production; 48 samples released, balance on hold pending named buyer's written release",
     [("Deposit paid PI HY-0617 - PHW-5120.eml", mail(
         "Nathan Cole <nathan@piccadillyhillswines.com.au>", "Tony Wang <tony.wang@hy-glasspack.com>",
         "Deposit paid PI HY-0617 - PO PHW-5120", "Wed, 19 Jun 2024 12:10:00 +0930",
         T("""
         G'day Tony,

         We've paid the 30% deposit on PI HY-0617 this morning (AUD 6,840, remittance advice from our
         bank attached).

         Just so there's no crossed wires: that payment secures the new mould and your furnace slot in
         week 33, that's all. It does not release production. What's released right now on PO PHW-5120
         is the 48 sample bottles for our bottle trial, nothing more.

         The 23,952 balance stays on hold until we've signed off the trial bottles and I send you a written
         production release. I'm the only one here who can do that, so if anyone else from our end asks
         you to start, please check with me first.

         Cheers,
         Nathan
         """) + sig("Nathan Cole", "General Manager", "Piccadilly Hills Wines, Piccadilly SA 5151, Australia", "+61 8 8555 0321"),
         html=H("""
         <p>G'day Tony,</p>
         <p>We've paid the 30% deposit on PI HY-0617 this morning (AUD 6,840, remittance advice from our bank attached).</p>
         <p>Just so there's no crossed wires: that payment secures the new mould and your furnace slot in
         week 33, that's all. <b>It does not release production.</b> What's released right now on PO PHW-5120
         is the 48 sample bottles for our bottle trial, nothing more.</p>
         <p>The 23,952 balance stays on hold until we've signed off the trial bottles and I send you a written
         production release. I'm the only one here who can do that, so if anyone else from our end asks
         you to start, please check with me first.</p>
         <p>Cheers,<br>Nathan</p>
         <p>--<br>Nathan Cole<br>General Manager<br>Piccadilly Hills Wines</p>
         """),
         attachments=[("Remittance_Advice_0619_HY-0617.html", html_page("Remittance advice", H("""
            <h3>Bank SA &middot; Business Banking &middot; Remittance Advice</h3>
            <table>
              <tr><th>Payer</th><td>Piccadilly Hills Wines Pty Ltd</td></tr>
              <tr><th>Beneficiary</th><td>Hebei Yongxin Glass Packaging Co., Ltd</td></tr>
              <tr><th>Beneficiary bank</th><td>Industrial and Commercial Bank of China, Xingtai Branch</td></tr>
              <tr><th>Amount</th><td>AUD 6,840.00</td></tr>
              <tr><th>Value date</th><td>19/06/2024</td></tr>
              <tr><th>Reference</th><td>PI HY-0617 30PCT DEPOSIT MOULD AND SLOT</td></tr>
              <tr><th>Transaction no.</th><td>IT2406190033187</td></tr>
            </table>
            <p style="font-size:11px">This advice is generated automatically. Please do not reply.</p>
            """)), "text/html")]))])


# c24: long thread with logistics and pleasantries; buyer scope quoted, supplier confirms
case("c24_long_thread_scope_confirmed", [], "Long supplier/buyer thread about pallets and trucks; buyer's original scope (120 samples, balance on hold, named releaser, event) quoted and confirmed",
     [("RE_ RE_ RE_ CV-2024-022 trial bottles - pallet + truck.eml", mail(
         "Pedro Carvalho <pedro.carvalho@vidreira-atlantica.pt>", "Claire Dubois <c.dubois@chateau-verac.fr>",
         "RE: RE: RE: CV-2024-022 trial bottles - pallet + truck", "Tue, 21 May 2024 17:42:00 +0100",
         T("""
         Bonjour Claire,

         Thank you. Then we send the 120 trial bottles on one Euro pallet (1200 x 800) with the
         Transportes Leirosa groupage truck on Monday 27/05, delivery at the château Thursday 30/05 in the
         morning. The driver will call the number you gave, +33 5 57 55 41 20, one hour before.

         For the production balance nothing changes on our side: it stays on hold, we reserve no furnace
         time and no material until your written release. Ana has noted it in our system.

         Obrigado and have a nice evening,
         Pedro

         Pedro Carvalho
         Key Account Manager France | Vidreira Atlântica, S.A. | Marinha Grande
         +351 244 555 730

         -----Original Message-----
         From: Claire Dubois <c.dubois@chateau-verac.fr>
         Sent: Tuesday, May 21, 2024 3:05 PM
         To: Pedro Carvalho <pedro.carvalho@vidreira-atlantica.pt>
         Subject: RE: RE: CV-2024-022 trial bottles - pallet + truck

         Pedro,

         One Euro pallet is fine, but please a Euro pallet and not a 1200 x 1000, our forklift at the
         château is small. Delivery on Thursday morning is perfect, before 11 h if possible. Our cellar
         master is there only in the morning.

         Claire

         -----Original Message-----
         From: Pedro Carvalho
         Sent: Tuesday, May 21, 2024 10:20 AM
         To: Claire Dubois
         Subject: RE: CV-2024-022 trial bottles - pallet + truck

         Bonjour Claire,

         The 120 trial bottles are packed. Do you prefer one pallet or two half pallets? And can the
         truck come on Thursday 30/05?

         Pedro

         -----Original Message-----
         From: Claire Dubois
         Sent: Monday, April 29, 2024 9:12 AM
         To: Pedro Carvalho
         Subject: CV-2024-022 trial bottles

         Bonjour Pedro,

         Please find our PO CV-2024-022 attached in the portal. It covers 120 trial bottles from the
         sample mould (Bordelaise 'Vérac Réserve', 75 cl, feuille-morte) and nothing else.

         The production quantity you quoted (36,000) is not released. It stays on hold until we have
         signed off the trial bottles after the bottling trial and I send you a written production
         release. I am the only one at Château Vérac who can release it.

         Bien à vous,
         Claire Dubois
         Responsable Supply Chain, Château Vérac, 33250 Pauillac
         """)))])


# c25: HTML supplier quote with MOQ tiers (decoration, China) - quote alone authorizes nothing
case("c25_html_quote_moq_tiers", [], "Chinese decorator's HTML quotation with sample fee and MOQ/production tiers; no authorization in the bundle",
     [("Quotation_MJ-Q2406-118_BayouPepper.html", html_page("Guangzhou Meijia Decoration - Quotation MJ-Q2406-118", H("""
        <h2>GUANGZHOU MEIJIA GLASS DECORATION CO., LTD</h2>
        <p>No. 18 Xingye Road, Huadu District, Guangzhou &nbsp;|&nbsp; Tel +86 20 5555 3318 &nbsp;|&nbsp; amy.huang@meijia-deco.com</p>
        <h3>QUOTATION No. MJ-Q2406-118</h3>
        <p>To: Bayou Pepper Co., Breaux Bridge, Louisiana, USA &nbsp; Attn: Ms. Jolene Thibodeaux<br>
        Date: June 4, 2024 &nbsp; Valid: 45 days</p>
        <p>Item: 5 oz woozy bottle, flint, 2-colour screen print (red Pantone 186 C + black), 360° wrap, organic ink, baking 180 °C</p>
        <table>
          <tr><th>Stage</th><th>Quantity</th><th>Unit price USD</th><th>Remark</th></tr>
          <tr><td>Screen + strike-off samples</td><td>50 pcs</td><td>120.00 (lot)</td><td>5 working days, photos + 10 pcs by DHL</td></tr>
          <tr><td>MOQ production</td><td>20,000 pcs</td><td>0.072</td><td>bottles supplied by customer's glass maker</td></tr>
          <tr><td>Production</td><td>50,000 pcs</td><td>0.061</td><td></td></tr>
          <tr><td>Production</td><td>100,000 pcs</td><td>0.055</td><td></td></tr>
        </table>
        <p>Packing: original glass maker cartons re-used, 96 pcs/carton, 60 cartons/pallet.</p>
        <p>Lead time: 15-20 days after production order and arrival of undecorated bottles.</p>
        <p>Payment: T/T 30 days after B/L.</p>
        <p>Remark: prices are for reference per quantity tier; this quotation is not an order confirmation.</p>
        <p>Best regards,<br>Amy Huang<br>Sales Manager</p>
        """)))])


# =================================================================== batch 3 (risks: absence rules, RG001)

# p01: bare sample PO, project volume shown in the PO, nothing about the balance
case("p01_bare_sample_po_pdf", ["RG001", "RG003", "RG004", "RG005"], "Sample PO for 60 mould samples shows 60,000 project volume with no informational/not-released wording; no hold, no unlock event, no releaser",
     [("KD_PO_24-0288.pdf", pdf([
         ("h1", "KILBRANNAN DISTILLERY LTD"),
         ("p", "Longrow Road, Campbeltown, Argyll PA28 6HU, Scotland  -  VAT GB 118 5521 09"),
         ("h", "PURCHASE ORDER  KD-24-0288"),
         ("table", [
             ["Supplier", "Huta Szkła Borowa Sp. z o.o., ul. Hutnicza 14, 59-300 Borowa, Poland"],
             ["Your quotation", "Q-BOR-24-0317 dated 11.03.2024"],
             ["Project volume", "60,000 bottles (tier B, EUR 0.431)"],
             ["Order date", "25 March 2024"],
             ["Delivery to", "Kilbrannan Distillery, bottling hall, goods in"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "Sample mould set, 2 cavities, 'Kilbrannan Flagon' 70cl, drawing HSB-7015 rev. 3", "1 set", "4,850.00", "4,850.00"],
             ["2", "Mould samples for bottle trial, extra flint", "60", "18.50", "1,110.00"],
         ]),
         ("sp",),
         ("p", "Please send the mould samples to the bottling hall, attention Shona Bell, and include the "
               "cavity number on each carton. We will run the bottle trial on the Campbeltown line within "
               "two weeks of receipt."),
         ("p", "Invoices to accounts@kilbrannan.scot quoting the PO number. Our standard terms and "
               "conditions of purchase (rev. 2019) apply."),
         ("sp",),
         ("p", "Iain Galbraith, Production Manager"),
     ], title="PO KD-24-0288", author="Iain Galbraith"))])


# p02: EML with PO PDF + supplier quote PDF, bare sample PO, quote shows 20,000 MOQ
_p02_po = pdf([
    ("h1", "Derwent Valley Spirits Pty Ltd"),
    ("p", "14 Lachlan Rd, New Norfolk TAS 7140  |  ABN 51 600 118 388"),
    ("h", "Purchase Order DVS-0388"),
    ("table", [
        ["Supplier", "Xuzhou Huaxing Glass Products Co., Ltd, Xuzhou, Jiangsu, China"],
        ["Date", "12 March 2024"],
        ["Ref", "Your quotation HX-Q-240305"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "700 ml 'Derwent' gin bottle, super flint, heavy base 18 mm, bar-top finish, "
              "acid-etched frost, sample from new mould", "30", "6.00", "180.00"],
        ["2", "Express freight samples to New Norfolk", "1", "240.00", "240.00"],
    ]),
    ("sp",),
    ("p", "Samples required by 30 April for the bottling trial at the distillery."),
    ("p", "Ordered by: Bec Hollis, Operations Manager"),
], title="PO DVS-0388", author="Bec Hollis")
_p02_q = pdf([
    ("h1", "XUZHOU HUAXING GLASS PRODUCTS CO., LTD"),
    ("h", "QUOTATION HX-Q-240305"),
    ("p", "To: Derwent Valley Spirits, Ms Bec Hollis     Date: 2024-03-05"),
    ("table", [
        ["Item", "Spec", "Qty", "Price USD", "Remark"],
        ["Mould", "700ml gin, 2 cavity", "1 set", "3,600.00", "25 days"],
        ["Samples", "from new mould, frosted", "30 pcs", "6.00", "by air"],
        ["Mass production", "super flint, frosted, 40 pcs/carton", "20,000 pcs (MOQ)", "0.86", "FOB Lianyungang"],
    ]),
    ("sp",),
    ("p", "Production lead time 35 days. Payment T/T 30% deposit, 70% against B/L copy."),
], title="HX-Q-240305", author="Kevin Liu")
case("p02_eml_po_and_quote_au", ["RG001", "RG003", "RG004", "RG005"], "Email sends a 30-sample PO with the supplier quote (20,000 MOQ production) attached, nothing saying the 20,000 is informational; no hold, no event, no releaser",
     [("PO DVS-0388 - sample bottles.eml", mail(
         "Bec Hollis <bec@derwentvalleyspirits.com.au>", "Kevin Liu <kevin.liu@xzhuaxing-glass.com>",
         "PO DVS-0388 - sample bottles", "Tue, 12 Mar 2024 16:25:00 +1100",
         T("""
         Hi Kevin,

         Thanks for the quick turnaround on the quote. Our PO DVS-0388 for the 30 sample bottles is
         attached, and I've put your quotation back in as well so we're all working off the same page.

         The frosting on the last lot from your competitor was a bit patchy near the heel, so please have
         a good look at that on the samples. If you can send a couple of photos before they go out that'd
         be ace.

         Ta,
         Bec
         """) + sig("Bec Hollis", "Operations Manager", "Derwent Valley Spirits Pty Ltd", "+61 3 6261 5550"),
         attachments=[("PO DVS-0388.pdf", _p02_po, PDF_MT), ("HX-Q-240305.pdf", _p02_q, PDF_MT)]))])


# p03: multi-file - DOCX PO for sample T-corks + separate supplier quote PDF with 100,000
case("p03_multi_docx_po_cork_quote", ["RG001", "RG003", "RG004", "RG005"], "Folder: DOCX PO for 400 sample stoppers plus the cork supplier's quote with 100,000 production; nothing says the 100,000 is informational or on hold, no event, no releaser",
     [("Bon de commande DP-24-017.docx", docx_bytes([
         ("h1", "Domaine de Peyrelongue - Bas-Armagnac"),
         ("p", "Lieu-dit Peyrelongue, 40240 Labastide-d'Armagnac, France"),
         ("h", "Bon de commande / Purchase order DP-24-017"),
         ("p", "Fournisseur / Supplier: Cortiças Lusitânia, S.A., Rua do Montado 41, 4535-401 Lourosa, Portugal"),
         ("p", "Date: 08/04/2024 - Réf. devis / quote ref.: CL-ORC-24-0208"),
         ("table", [
             ["Poste", "Désignation", "Quantité", "Prix unit. EUR", "Montant EUR"],
             ["1", "Bouchon à tête, shank liège naturel 1er choix 19,5 x 30 mm, tête bois hêtre noirci 34 mm, marquage feu 'PEYRELONGUE'", "400", "0,71", "284,00"],
             ["2", "Frais de marquage (fer à chaud, une fois)", "1", "150,00", "150,00"],
         ]),
         ("sp",),
         ("p", "Samples to be sent to the chai for a trial on our new 50 cl carafe (bouche 18,5 mm). "
               "Please join the TCA certificate and the dimension report."),
         ("p", "Livraison: DAP Labastide-d'Armagnac, avant le 10 mai 2024."),
         ("p", "Merci de confirmer réception de cette commande par e-mail."),
         ("sp",),
         ("p", "Hélène Lacoste - Achats & Logistique - h.lacoste@peyrelongue.fr - +33 5 58 55 04 17"),
     ], author="Helene Lacoste")),
      ("Orcamento CL-ORC-24-0208.pdf", pdf([
         ("h1", "CORTIÇAS LUSITÂNIA, S.A."),
         ("p", "Rua do Montado 41, 4535-401 Lourosa  -  www.corticas-lusitania.pt"),
         ("h", "ORÇAMENTO / QUOTATION  CL-ORC-24-0208"),
         ("p", "Cliente: Domaine de Peyrelongue - Mme Hélène Lacoste        Data: 02/04/2024"),
         ("table", [
             ["Ref.", "Description", "Quantity", "EUR / unit"],
             ["TH-195-30", "Bar-top, natural cork 1st grade 19,5 x 30, beech head 34 mm black, hot brand", "400 (samples)", "0,71"],
             ["TH-195-30", "idem, production", "100.000", "0,38"],
             ["-", "Branding iron (one-off)", "1", "150,00"],
         ]),
         ("sp",),
         ("p", "Delivery production: 5 weeks. Payment 60 days. Validity 3 months."),
         ("p", "João Almeida - Export Sales"),
     ], title="CL-ORC-24-0208", author="Joao Almeida"))])


# p04: ERP fixed-width PO, sample line + quoted annual volume, nothing on the balance
case("p04_erp_sample_po_quoted_vol", ["RG001", "RG003", "RG004", "RG005"], "ERP sample PO for 24 bottles prints a quoted annual volume of 72,000 with no informational/not-released wording; no hold, event or releaser",
     [("PO_OHD-300415.txt", T("""
        OZARK HOLLOW DISTILLERY INC                                    PURCHASE ORDER
        2210 W SUNSHINE ST, SPRINGFIELD MO 65807                       PO#    OHD-300415
                                                                       DATE   02/26/2024
        VENDOR  #10488                                                 BUYER  C.PRUITT
        VIDRIOS DEL NORTE SA DE CV                                     TERMS  NET 30
        AV INDUSTRIAL 1400, MONTERREY NL 64000 MEXICO                  SHIPVIA FEDEX INTL PRIORITY
        ---------------------------------------------------------------------------------------------
        LN ITEM         DESCRIPTION                               QTY UOM     UNIT       EXT
        -- ------------ ---------------------------------------- ---- --- ---------- ----------
        1  GL-750-OH    750ML AMBER 'OZARK HOLLOW' ROUND, EMB       24 EA       9.50     228.00
                        SHOULDER, BAR-TOP 21.5MM, SAMPLE MOULD
                        QUOTE VDN-Q-4471   QUOTED ANNUAL VOL 72,000 EA @ 0.74
        2  FRT-INTL     FREIGHT SAMPLES                              1 LOT    180.00     180.00
        ---------------------------------------------------------------------------------------------
                                                                         PO TOTAL USD     408.00
        COMMENTS:
          PLS SHIP SAMPLES TO DISTILLERY ATTN QA LAB. INCLUDE CAVITY ID ON EACH BOTTLE.
          DIMENSIONAL REPORT + ANNEALING (POLARISCOPE) RESULTS WITH SHIPMENT.
          THIS PO IS SUBJECT TO OHD TERMS REV 07/2021. ACKNOWLEDGE WITHIN 48 HRS.
        ---------------------------------------------------------------------------------------------
        PRINTED 02/26/2024 14:06 BY CPRUITT                                       PAGE 1 OF 1
        """))])


# p05: WhatsApp, buyer orders a dozen decorated samples, supplier's 18,000 beside it
case("p05_chat_dozen_samples_au_it", ["RG001", "RG003", "RG004", "RG005"], "Chat: buyer orders a dozen (12) decorated samples beside the supplier's 18,000 production figure; never says the 18,000 is not released, no event, no releaser",
     [("WhatsApp Chat with Francesca Rossi DVV.txt", T("""
        [08/04/2024, 18:31:02] Francesca Rossi DVV: Ciao Sarah! Artwork for Old Vine Shiraz received, screens can be ready next week
        [08/04/2024, 18:31:40] Francesca Rossi DVV: As in our offer: strike-off 12 decorated samples, then 18.000 bottles in production on your glass, 2 colours gold+white
        [08/04/2024, 18:32:15] Francesca Rossi DVV: Bottles from your glassworks arrive 22 April by truck, confirmed by them
        [08/04/2024, 19:05:48] Sarah Lowe: Hi Francesca, great stuff, thanks!
        [08/04/2024, 19:07:12] Sarah Lowe: Send us a dozen (12) decorated samples on the new screens please, 6 with the gold at 95 mm and 6 at 100 mm so Mick can choose
        [08/04/2024, 19:07:59] Sarah Lowe: PO 5521 coming from our system tomorrow morning (your evening)
        [08/04/2024, 19:08:30] Sarah Lowe: Courier to the winery at Nuriootpa pls, not the warehouse
        [08/04/2024, 19:15:03] Francesca Rossi DVV: Perfetto 👍 12 pcs, 6+6. I send tracking when they leave
        [09/04/2024, 09:12:44] Francesca Rossi DVV: PO 5521 received, grazie
        """))])


# p06: HTML buyer portal PO page - balance on hold until further notice, no event, no releaser
case("p06_portal_po_hold_no_event", ["RG004", "RG005"], "Buyer portal PO releases one gross (144) sample bottles and puts the 50,000 on hold 'until further notice': no unlock event, no named releaser",
     [("BayouPepper_SupplierPortal_PO_BPC-6612.html", html_page("Bayou Pepper Co. Supplier Portal - PO BPC-6612", H("""
        <div style="background:#8b1a1a;color:#fff;padding:6px"><b>Bayou Pepper Co.</b> Supplier Portal &nbsp;|&nbsp; Logged in: Shandong Jinhai Glassware (vendor 7731)</div>
        <h2>Purchase Order BPC-6612</h2>
        <table>
          <tr><th>PO date</th><td>03/18/2024</td><th>Buyer</th><td>Jolene Thibodeaux</td></tr>
          <tr><th>Ship to</th><td>Bayou Pepper Co., 1020 Rees St, Breaux Bridge LA 70517</td><th>Incoterms</th><td>FOB Qingdao</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
          <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Status</th></tr>
          <tr><td>1</td><td>WZ-5OZ-FL</td><td>5 oz woozy, flint, 24/410 finish, new mould samples</td><td>144 (one gross)</td><td>0.00</td><td>Released</td></tr>
          <tr><td>2</td><td>WZ-5OZ-FL</td><td>5 oz woozy, production per quote JH-Q-0311</td><td>50,000</td><td>0.118</td><td>Not released</td></tr>
        </table>
        <div class="note"><b>Buyer note:</b> Ship the one gross of samples by air to Breaux Bridge. Line 2 (50,000) is not released
        and stays on hold until further notice. Do not schedule it.</div>
        <h3>Attachments</h3>
        <ul><li>WZ-5OZ drawing rev B.pdf</li><li>BPC vendor routing guide 2024.pdf</li></ul>
        <p style="font-size:11px;color:#666">Acknowledge this PO within 3 business days using the Acknowledge button. Questions: purchasing@bayoupepper.com</p>
        """)))])


# p07: PDF PO (Spanish-English), hold until revised PO, but no named releaser (department only)
case("p07_po_mx_dept_only", ["RG005"], "Mezcal PO releases 48 pilot bottles, holds the 24,000 until a revised PO, but names no person who may release (signed by the purchasing department only)",
     [("OC_MSR-0457.pdf", pdf([
         ("h1", "MEZCALERA SANTA RITA, S.A. de C.V."),
         ("p", "Camino a Matatlán s/n, Santiago Matatlán, Oaxaca  -  compras@mezcalsantarita.mx"),
         ("h", "ORDEN DE COMPRA  MSR-0457"),
         ("table", [
             ["Proveedor", "Vidriera Tlaquepaque, S.A. de C.V., Tlaquepaque, Jalisco"],
             ["Fecha", "11/03/2024"],
             ["Condiciones", "30 días"],
         ]),
         ("sp",),
         ("table", [
             ["Partida", "Descripción", "Cantidad", "P.U. MXN", "Importe MXN"],
             ["1", "Botella 'Santa Rita Espadín' 750 ml, vidrio ámbar, cuello largo, boca corcho 21.5 mm - piloto del molde muestra", "48", "120.00", "5,760.00"],
         ]),
         ("sp",),
         ("p", "Esta OC ampara únicamente las 48 botellas piloto. This PO covers the 48 pilot bottles only."),
         ("p", "La cantidad de producción cotizada (24,000 pzas) NO está liberada: queda en espera hasta que "
               "emitamos una OC revisada para producción. The 24,000 stay on hold until we issue a revised PO."),
         ("p", "Entregar en palenque Santiago Matatlán con certificado de calidad."),
         ("sp",),
         ("p", "Atentamente, Departamento de Compras, Mezcalera Santa Rita"),
     ], title="OC MSR-0457", author="Compras"))])


# p08: "Proceed as discussed" + PO PDF with hold and a named person, but no unlock event
_p08_po = pdf([
    ("h1", "Cascade Fir Spirits"),
    ("p", "915 SE Water Ave, Portland, OR 97214"),
    ("h", "PURCHASE ORDER CFS-2024-0091"),
    ("table", [
        ["Vendor", "Chiusure Alpine S.r.l., Via dei Boschi 22, 38068 Rovereto (TN), Italy"],
        ["Date", "04/02/2024"],
        ["Quote", "CA-OFF-24-117"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Description", "Qty", "Unit EUR"],
        ["1", "Aluminium screw cap 28 x 44 (GPI 28-400 compatible), matt green, foil-stamped fir tree, sample lot", "250", "0.34"],
        ["2", "Same, production (quote CA-OFF-24-117)", "59,750", "0.112"],
    ]),
    ("sp",),
    ("p", "Line 1 is released: 250 sample caps for the capping trial. Line 2, the balance of 59,750, is not "
          "released and stays on hold. Jenna Holt (VP Operations) is the only person who can lift the hold "
          "on line 2."),
    ("p", "Buyer: Sam Ortiz, Purchasing"),
], pagesize=LETTER, title="PO CFS-2024-0091", author="Sam Ortiz")
case("p08_proceed_as_discussed", ["RG002", "RG004"], "Cover email says only 'proceed as discussed' (unscoped); attached PO holds the 59,750 and names Jenna Holt, but names no unlock event",
     [("CFS-2024-0091 caps.eml", mail(
         "Sam Ortiz <sam@cascadefir.com>", "Elena Moretti <e.moretti@chiusurealpine.it>",
         "CFS-2024-0091 caps", "Tue, 02 Apr 2024 17:55:00 -0700",
         T("""
         Hi Elena,

         Great call this morning - thanks for walking us through the foil options. PO attached.

         Proceed as discussed.

         Sam
         --
         Sam Ortiz | Purchasing | Cascade Fir Spirits | 503-555-0148
         """),
         attachments=[("PO CFS-2024-0091.pdf", _p08_po, PDF_MT)]))])


# p09: cork supplier reads the forecast as an order and buys bark for it; buyer's quoted note has no named releaser
case("p09_cork_forecast_bark_bought", ["RG005", "RG006", "RG008"], "Cork supplier confirms a 250,000 forecast as an order and has bought bark for all of it; quoted buyer note holds the balance pending sign-off and 'internal approval from our side' but names no releaser",
     [("RE_ SGD-0772 sample stoppers and 2025.eml", mail(
         "João Almeida <joao.almeida@corticas-lusitania.pt>", "Alasdair Robertson <a.robertson@strathmoreglen.scot>",
         "RE: SGD-0772 sample stoppers and 2025", "Wed, 15 May 2024 11:37:00 +0100",
         T("""
         Dear Alasdair,

         Thank you for the PO and for the 2025 figures.

         The 2.000 sample stoppers for the line trial are in production and will leave Lourosa on
         24 May by groupage, ETA Perth 31 May.

         As per your forecast for 2025 of 250.000 stoppers, received on 3 May, we confirm your order for
         the 250.000 stoppers and we reserve our capacity in the first semester. To secure the Flor grade
         and the colour of the shank, we have already bought the natural cork bark for the whole
         quantity at the May auction in Coruche.

         Best regards,
         João Almeida
         Export Sales | Cortiças Lusitânia, S.A. | Lourosa, Portugal
         +351 227 555 140

         -----Original Message-----
         From: Alasdair Robertson <a.robertson@strathmoreglen.scot>
         Sent: 06 May 2024 15:10
         To: João Almeida
         Subject: SGD-0772 sample stoppers and 2025

         Hello João,

         PO SGD-0772 attached. Note on the PO:
         "2,000 sample stoppers (synthetic-free natural shank 19.5 x 27, oak head 30 mm) for the line
         trial at Aberfeldy. The balance of the year's requirement is not released and stays on hold
         until sample sign-off and internal approval from our side."

         Kind regards,
         Alasdair Robertson
         Supply Chain, Strathmore Glen Distillery, Aberfeldy PH15 2EB
         """)))])


# p10: multi-file - buyer PO (TXT) holds balance "until further notice"; supplier ack says coil ordered for the full quantity
case("p10_multi_po_hold_ack_coil", ["RG004", "RG005", "RG006"], "Folder: PO releases 300 sample caps, holds 74,700 'until further notice' (no event, no releaser); supplier acknowledgement says coil ordered for 75,000 caps",
     [("PO_KGC-2406.txt", T("""
        KINLOCH GIN COMPANY LTD                 PURCHASE ORDER KGC-2406
        Unit 4, Annat Point, Corpach, Fort William PH33 7NA
        Tel 01397 555 204                        Date: 17/06/2024

        To:  Capsule Valtrompia S.p.A.
             Via Industriale 5000, 25063 Gardone Val Trompia (BS), Italy
             Attn: Paolo Gatti, Area Manager UK

        Your quote: CV-Q-24-0588 (sample lot 300 / production 75,000)

        Line  Description                                              Qty      Unit GBP
        ----  -------------------------------------------------------  -------  --------
        1     ROPP closure 30 x 60, BVS 30H60 finish, metallic         300      0.90
              teal, 2-colour litho + emboss, Saranex liner -
              SAMPLE LOT for capping trial

        Notes:
        Only line 1 is released. The remaining 74,700 closures from your
        quote are not released and remain on hold until further notice.
        Please deliver samples to Corpach by 12/07/2024.

        Kinloch Gin Company Ltd - purchasing@kinlochgin.scot
        """)),
      ("OC_CV-24-1290_Kinloch.pdf", pdf([
         ("h1", "CAPSULE VALTROMPIA S.p.A."),
         ("p", "Via Industriale 5000, 25063 Gardone Val Trompia (BS) - P.IVA IT 01850000987"),
         ("h", "CONFERMA D'ORDINE / ORDER CONFIRMATION  CV-24-1290"),
         ("p", "Customer: Kinloch Gin Company Ltd - your order KGC-2406 of 17/06/2024"),
         ("table", [
             ["Pos.", "Article", "Qty", "Price GBP", "Delivery"],
             ["1", "ROPP 30x60 BVS, metallic teal, litho 2c + emboss, Saranex - samples", "300", "0,90", "wk 27"],
         ]),
         ("sp",),
         ("p", "Note: to protect your launch date we have already ordered from the rolling mill the "
               "aluminium coil (alloy 8011, 0,21 mm, lacquered teal) for 75.000 closures. Mill lead time "
               "is 10 weeks, coil arrival expected week 35."),
         ("p", "Samples will be sent by express courier. Transport document to follow."),
         ("sp",),
         ("p", "Paolo Gatti - Area Manager UK & Ireland - +39 030 555 7712"),
     ], title="OC CV-24-1290", author="Paolo Gatti"))])


# p11: supplier email with MRP printout: batch for 72,000 purchased; quoted buyer scope names a person but no event
_p11_mrp = T("""
    VIDRIOS DEL NORTE SA DE CV            MRP - MATERIAL STATUS BY CUSTOMER ORDER     10/06/2024 07:45
    PLANTA MONTERREY                       ORDEN CLIENTE  PV-24-3318  (LONE STAR AGAVE / PO LSA-1150)
    ------------------------------------------------------------------------------------------------
    ARTICULO        GL-750-LSA AMBAR 750ML 'LONE STAR' CUADRADA, MOLDE VDN-6610
    CANT. LIBERADA  2,400 PZAS (PRUEBA DE LINEA)      CANT. COTIZADA  72,000 PZAS
    ------------------------------------------------------------------------------------------------
    MATERIAL                 UM   REQ. P/72,000   EXISTENCIA   COMPRADO   ESTATUS
    ARENA SILICA            TON         31.7          12.0        19.7    COMPRADO
    CARBONATO DE SODIO      TON          9.4           0.0         9.4    COMPRADO
    COLORANTE AMBAR (FE/S)  KG         410             0         410      COMPRADO
    CAJA CORRUGADA 12 PZAS  PZA      6,000             0       6,000      COMPRADO
    SEPARADOR CARTON        PZA      6,000             0       6,000      COMPRADO
    ------------------------------------------------------------------------------------------------
    ESTATUS ORDEN: MATERIAL COMPLETO PARA 72,000 PZAS. HORNO 2 SEMANA 26.
    """)
case("p11_mrp_batch_full_qty", ["RG004", "RG006"], "Supplier reports batch, colourant and cartons purchased for 72,000 against a 2,400-bottle line-trial release; quoted buyer scope holds the balance and names the COO but names no unlock event",
     [("RE_ LSA-1150 line trial bottles - material status.eml", mail(
         "Alejandro Garza <agarza@vidriosdelnorte.mx>", "Carla Ybarra <carla@lonestaragave.com>",
         "RE: LSA-1150 line trial bottles - material status", "Mon, 10 Jun 2024 08:20:00 -0600",
         T("""
         Hola Carla,

         Good morning. The 2,400 bottles for the line trial run in furnace 2 on week 26 as planned.

         As you can see in the attached MRP report, we have the material complete for the 72,000:
         sand, soda, amber colourant and the corrugated cases are purchased, so there is no risk on
         supply when you need the rest. Cases are printed with the Lone Star logo.

         Saludos,
         Ing. Alejandro Garza
         Gerente de Cuenta | Vidrios del Norte, S.A. de C.V. | Monterrey, N.L.
         +52 81 5555 1400

         > From: Carla Ybarra
         > Sent: Monday, May 27, 2024 9:02 AM
         > Subject: LSA-1150 line trial bottles
         >
         > Alejandro, PO LSA-1150 is in your inbox. Release for the line trial: 2,400 bottles (1 pallet).
         > The balance of the 72,000 stays parked until Ray Delgado (our COO) decides. Please plan
         > the trial bottles for week 26.
         > Carla Ybarra, Purchasing, Lone Star Agave Spirits, Austin TX
         """),
         attachments=[("MRP_PV-24-3318.txt", _p11_mrp, "text/plain")]))])


# p13: SAP "PO released" vs production release; sample run quantity never stated
case("p13_sap_released_qty_per_call", ["RG009", "RG010"], "Email uses 'released' for the SAP PO (commercial) and for production; the sample run quantity is 'as per Tuesday's call', never stated",
     [("PO 4500088412 - bar-top samples.eml", mail(
         "Megan Kowalczyk <mkowalczyk@driftlessspirits.com>", "Sofia Costa <sofia.costa@tampasdouro.pt>",
         "PO 4500088412 - bar-top samples", "Thu, 16 May 2024 10:02:00 -0500",
         T("""
         Hi Sofia,

         PO 4500088412 was released in SAP yesterday for the sample run of the new bar-tops (walnut head,
         laser 'DS' top, 21.5 mm synthetic shank) - quantity as per Tuesday's call. You should have the
         PDF from our system by now.

         The production balance is not released. Production release is a separate step: it comes from me
         in writing once our QA has signed off the samples on the 750 ml Driftless rye bottle.

         Can you send the samples with the pull-force results (we need 25-35 daN)?

         Thanks!
         Megan
         """) + sig("Megan Kowalczyk", "Purchasing Manager", "Driftless Spirits Co., Viroqua, WI 54665", "+1 608 555 0172"),
         html=H("""
         <p>Hi Sofia,</p>
         <p>PO 4500088412 was <b>released in SAP</b> yesterday for the sample run of the new bar-tops (walnut head,
         laser 'DS' top, 21.5 mm synthetic shank) - quantity as per Tuesday's call. You should have the PDF from our system by now.</p>
         <p>The production balance is <b>not released</b>. Production release is a separate step: it comes from me
         in writing once our QA has signed off the samples on the 750 ml Driftless rye bottle.</p>
         <p>Can you send the samples with the pull-force results (we need 25-35 daN)?</p>
         <p>Thanks!<br>Megan</p>
         <p>--<br>Megan Kowalczyk | Purchasing Manager | Driftless Spirits Co.</p>
         """)))])


# p14: PDF PO with "approval" used for commercial and technical; sample quantity TBC
case("p14_po_approval_twice_qty_tbc", ["RG009", "RG010"], "PO uses 'approval' for both commercial (PO signed) and technical (bottle trial); sample line quantity is 'TBC', no active quantity",
     [("BC_DF-2024-033.pdf", pdf([
         ("h1", "DOMAINE FONTCLAIRE"),
         ("p", "Route de Saint-Chinian, 34360 Pierrerue, France  -  achats@fontclaire.fr"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER  DF-2024-033"),
         ("table", [
             ["Fournisseur", "Huta Szkła Jasło Sp. z o.o., ul. Szklana 3, 38-200 Jasło, Pologne"],
             ["Date", "04/03/2024"],
             ["Article", "Bouteille 'Fontclaire Terroir' 75 cl, Bourgogne lourde 700 g, vert olive, écusson en relief"],
         ]),
         ("sp",),
         ("table", [
             ["Ligne", "Désignation", "Quantité", "Prix EUR"],
             ["1", "Bouteilles échantillons du moule d'essai (essai de tirage)", "TBC - selon planning moule", "12,00 / pce"],
             ["2", "Production (devis HSJ-2024-118)", "42 000", "0,39 / pce"],
         ]),
         ("sp",),
         ("p", "Commercial approval: given - this PO is signed by the direction."),
         ("p", "Technical approval: pending - bottle trial on our Gai bottling line."),
         ("p", "Line 2 is not released: the 42,000 bottles stay on hold until Olivier Mas, directeur technique, "
               "sends the written production release after technical approval of the sample bottles."),
         ("sp",),
         ("p", "Olivier Mas - Directeur technique"),
     ], title="BC DF-2024-033", author="Olivier Mas"))])


# p15: WhatsApp, "unas cuantas piezas" - no active quantity
case("p15_chat_unas_cuantas", ["RG010"], "Chat: buyer asks for 'a few pieces' from the new mould; hold, event and named releaser present but no quantity authorized now",
     [("WhatsApp Chat with Mariana Torres VFO.txt", T("""
        [15/07/24, 12:10:45] Mariana Torres VFO: Lic. Lupita buenas tardes, el molde nuevo de la Altos Blanco 1 L ya pasó la prueba en frío 🙌
        [15/07/24, 12:11:20] Mariana Torres VFO: El ing. dice que podemos meterlo en la máquina IS 3 el miércoles
        [15/07/24, 12:40:02] Guadalupe Ramírez: Buenas tardes Mariana, excelente
        [15/07/24, 12:41:33] Guadalupe Ramírez: Saquen unas cuantas piezas del molde nuevo para la prueba de botella en Arandas porfa, the OC TLA-0740 is already in your mail
        [15/07/24, 12:42:10] Guadalupe Ramírez: El resto NO está liberado. Queda on hold hasta que yo firme la prueba de botella y les mande la liberación de producción por escrito
        [15/07/24, 12:42:55] Guadalupe Ramírez: Ni vidrio ni cajas para producción todavía eh
        [15/07/24, 12:50:19] Mariana Torres VFO: Entendido 👌 solo piezas para la prueba
        [15/07/24, 12:50:40] Mariana Torres VFO: Se las llevamos el viernes a Arandas
        [15/07/24, 12:51:02] Guadalupe Ramírez: Gracias!!
        """))])


# p16: DOCX trial request: "enough for a two-hour trial" and "carry straight on with the balance if clean"
case("p16_docx_trial_carry_on", ["RG007", "RG010"], "Buyer's trial request gives no bottle quantity ('enough for a two-hour trial') and, despite requiring a written release, says to carry straight on with the balance if the trial is clean",
     [("YGE line trial request - Hebei Yongxin.docx", docx_bytes([
         ("h1", "Yarra Glen Estate - Line trial request"),
         ("p", "To: Hebei Yongxin Glass Packaging Co., Ltd - Tony Wang"),
         ("p", "From: Jess Park, Operations Manager, Yarra Glen Estate, Melba Hwy, Yarra Glen VIC 3775"),
         ("p", "Date: 22 July 2024        PO: YGE-1407 (750 ml Bordeaux 'Yarra Glen Reserve', flint, screwcap BVS 30H60)"),
         ("h", "What we need now"),
         ("p", "Please produce enough bottles for a two-hour trial on our Krones filler at Yarra Glen "
               "(filler runs about 6,000 bph but we'll run slower on the trial). Packed on the standard "
               "pallet pattern, with the cavity number readable on every bottle."),
         ("h", "Balance"),
         ("table", [
             ["", "Bottles"],
             ["Quoted production (quote HY-Q-24-233)", "47,000"],
             ["Status", "on hold - needs a written release from Jess Park"],
         ]),
         ("sp",),
         ("p", "The balance needs my written release after the trial bottles are signed off."),
         ("p", "That said, if the trial runs clean on the day, carry straight on with the balance so we "
               "don't lose your furnace slot - we'll tidy up the paperwork afterwards."),
         ("h", "Trial details"),
         ("li", "Trial date: 14 August 2024, 7 am start."),
         ("li", "Capsule: 30 x 60 BVS, Stelvin-type, from our closure supplier."),
         ("li", "Contact on the day: Jess Park, 0412 555 907."),
     ], author="Jess Park"))])


# p17: "a few pallets" for the line trial + buy batch for the whole campaign
case("p17_few_pallets_batch_whole_campaign", ["RG006", "RG010"], "Buyer asks for 'a few pallets' (no quantity) and tells the glassworks to get flint batch and cartons in for the whole 48,000 campaign without any material authority",
     [("GD-4520 line trial pallets.eml", mail(
         "Fiona Mackay <fiona.mackay@glenbrae.co.uk>", "Marek Nowak <m.nowak@hsborowa.pl>",
         "GD-4520 line trial pallets", "Mon, 08 Jul 2024 13:15:00 +0100",
         T("""
         Hi Marek,

         Hope the summer's treating you well over there. Thanks for the photos of the 12YO shoulder, the
         lettering looks much crisper now.

         For the line trial at Keith on the new labeller, please run a few pallets of the 12YO 70cl off the
         sample mould on PO GD-4520. The production balance of 48,000 is not released: it stays on hold
         until our QA signs off the line trial and I send you a written production release.

         One thing so we're not waiting later: no need for paperwork on the material, just get the flint
         batch and the printed cartons in for the whole 48,000 campaign now.

         Best,
         Fiona
         """) + sig("Fiona Mackay", "Packaging Manager", "Glenbrae Distillers Ltd, Keith, Banffshire AB55 5BS", "+44 1542 555 302")))])


# =================================================================== batch 4 (RG002, RG007, RG008 ...)

# p18: buyer answers a supplier summary with a bare "approved"; supplier summary says 60 samples vs PO 48
case("p18_approved_summary_60_vs_48", ["RG002", "RG011"], "Buyer replies 'approved' to a multi-item supplier summary (unscoped); the summary prints 60 sample bottles while the quoted PO note releases 48",
     [("RE_ FBG-1044 strike-off - summary before we start.eml", mail(
         "Morag Sinclair <morag.sinclair@firthgin.co.uk>", "Francesca Rossi <f.rossi@decorvetroveneto.it>",
         "RE: FBG-1044 strike-off - summary before we start", "Tue, 11 Jun 2024 09:04:00 +0100",
         T("""
         Hi Francesca,

         All looks grand - approved.

         Cheers,
         Morag

         Morag Sinclair | Brand Manager | Firth Botanical Gin Co. | Edinburgh

         On Mon, 10 Jun 2024 at 17:48, Francesca Rossi <f.rossi@decorvetroveneto.it> wrote:
         > Dear Morag,
         >
         > before we start, a short summary so we are aligned:
         >
         > 1) Screens: 2 colours, copper Pantone 876 C + black, artwork v5 received 7 June.
         > 2) Strike-off: we will print the 60 sample bottles on Thursday 13 June on your glass.
         > 3) Pallet pattern: re-palletised on your original pattern, 1.344 per pallet.
         > 4) Furnace (annealing lehr) slot for baking: Thursday afternoon.
         > 5) Courier to Edinburgh Friday, DHL Express.
         >
         > Please confirm.
         > Francesca Rossi, Customer Service, Decorazioni Vetro Veneto S.r.l.
         >
         > -----Original Message-----
         > From: Euan Fraser <euan.fraser@firthgin.co.uk>
         > Sent: 03 June 2024 11:20
         > Subject: PO FBG-1044 strike-off samples
         >
         > Francesca, PO FBG-1044 covers 48 decorated sample bottles (strike-off) only. The balance
         > of 24,000 decorated bottles is not released: it stays on hold until I send you a written
         > production release after our sign-off of the strike-off.
         > Euan Fraser, Purchasing Lead
         """)))])


# p19: WhatsApp, supplier has batch for the full 30k in the silo, buyer replies "good to run"
case("p19_chat_good_to_run_silo", ["RG002", "RG006"], "Chat: supplier says batch for the full 30k is already in the silo against a 120-sample release; buyer answers 'good to run' without scope",
     [("WhatsApp Chat with Lily Chen Jinhai.txt", T("""
        [02/09/2024, 10:14:05] Jase Murphy: Hi Lily, PO WC-3390 is through. 120 sample bottles of the 250 ml sauce bottle released. Balance 29,880 on hold till Kylie Nguyen signs off the line trial and sends you a written release
        [02/09/2024, 10:20:41] Lily Chen Jinhai: Received, thank you Jase 🙏
        [10/09/2024, 15:02:18] Lily Chen Jinhai: Hello Jase, update: mould is ready, finish 38 mm lug checked ok
        [10/09/2024, 15:03:02] Lily Chen Jinhai: Batch material for full 30k is already mixed in our silo, so colour will be same for samples and mass production
        [10/09/2024, 15:03:40] Lily Chen Jinhai: Furnace line 3 on Thursday. OK?
        [10/09/2024, 15:30:27] Jase Murphy: good to run 👍
        [10/09/2024, 15:31:10] Lily Chen Jinhai: 👌
        [13/09/2024, 18:45:52] Lily Chen Jinhai: <Media omitted>
        [13/09/2024, 18:46:10] Lily Chen Jinhai: Running now
        """))])


# p20: HTML buyer portal: "PO status: Released (finance)" + "Green light from brand team"
case("p20_portal_released_green_light", ["RG002", "RG009"], "Buyer portal: 'Released' used for the finance PO status and for production release; brand comment gives an unscoped 'green light'",
     [("CalderRidge_SupplierHub_PO_30612.html", html_page("Calder Ridge Vineyards - Supplier Hub - PO 30612", H("""
        <h2>Calder Ridge Vineyards &middot; Supplier Hub</h2>
        <p>Supplier: <b>Vidreira do Lis, S.A.</b> &nbsp; Contact: Ana Sousa</p>
        <h3>PO 30612 &mdash; 750 ml Bordeaux 'Calder Ridge Estate', antique green, new embossed crest</h3>
        <table>
          <tr><th>PO status</th><td><b>Released</b> (finance approval 03/14/2024, budget 2024-PKG-07)</td></tr>
          <tr><th>Buyer</th><td>Priya Raman, Packaging Buyer</td></tr>
          <tr><th>Production release authority</th><td>Tom Calder, Director of Operations</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
          <tr><th>Line</th><th>Scope</th><th>Qty</th><th>State</th></tr>
          <tr><td>1</td><td>Mould samples for bottle trial</td><td>120</td><td>released for production of samples</td></tr>
          <tr><td>2</td><td>Production balance</td><td>35,880</td><td>on hold &mdash; production release only by written release from Tom Calder after bottle-trial sign-off</td></tr>
        </table>
        <h3>Comments</h3>
        <table>
          <tr><th>Date</th><th>Author</th><th>Comment</th></tr>
          <tr><td>03/28/2024</td><td>Ana Sousa (Vidreira do Lis)</td><td>Photos of the crest emboss on samples from cavity 1-4 uploaded. Furnace slot week 17 possible if needed.</td></tr>
          <tr><td>03/29/2024</td><td>Hannah Brooks (Calder Ridge Brand)</td><td>Crest looks stunning! Green light from the brand team &#127881;</td></tr>
        </table>
        <p style="font-size:11px;color:#777">Supplier Hub v3.2 &middot; Calder Ridge Vineyards, Napa CA</p>
        """)))])


# p21: WhatsApp, buyer: once sign-off done "you've got the green light" (contradicts his written release)
case("p21_chat_green_light_after_signoff", ["RG002", "RG007"], "Chat: buyer set a written-release requirement, later says once samples are signed off 'you've got the green light' - unscoped and implies sign-off rolls into production",
     [("WhatsApp Chat with Amy Huang Meijia.txt", T("""
        [20/05/2024, 09:30:12] Hamish Campbell: Morning Amy. PO LF-2315 is with you: 24 decorated sample bottles only, the 10-year-old with the gold wrap print
        [20/05/2024, 09:31:02] Hamish Campbell: Balance 11,976 stays on hold until I send you the written production release after our sign-off
        [20/05/2024, 09:45:47] Amy Huang Meijia: Good morning Hamish, well noted. Screens ready Wednesday
        [29/05/2024, 16:02:30] Amy Huang Meijia: Samples arrived at your distillery today by DHL, please check 😊
        [30/05/2024, 11:18:05] Hamish Campbell: Samples look mint, gold is spot on this time
        [30/05/2024, 11:18:49] Hamish Campbell: Kirsty's doing the abrasion and ice-bucket tests Monday. Once she's signed them off you've got the green light 🚦
        [30/05/2024, 11:25:13] Amy Huang Meijia: Great!! We will prepare
        """))])


# p22: buyer pays the deposit and writes "you're good to go ahead"
case("p22_deposit_good_to_go_ahead", ["RG002", "RG012"], "Buyer treats the deposit payment as the start signal ('deposit went out - you're good to go ahead'), unscoped; quoted PO otherwise complete",
     [("RE_ PI XH-24-0519 deposit - SDC-2302.eml", mail(
         "Diego Hernández <diego.hernandez@salsasdonachayo.mx>", "Wendy Zhang <wendy@xzhuaxing-glass.com>",
         "RE: PI XH-24-0519 deposit - SDC-2302", "Mon, 27 May 2024 19:40:00 -0600",
         T("""
         Hi Wendy,

         Deposit went out this morning (MT103 attached to the mail from our bank). You're good to go ahead.

         Saludos,
         Diego

         Diego Hernández
         Director de Operaciones | Salsas Doña Chayo, S.A. de C.V. | Iztapalapa, CDMX
         +52 55 5555 2302

         -----Mensaje original-----
         De: Wendy Zhang <wendy@xzhuaxing-glass.com>
         Enviado: viernes, 24 de mayo de 2024 03:15
         Para: Diego Hernández
         Asunto: PI XH-24-0519 deposit - SDC-2302

         Dear Diego,
         Please find PI XH-24-0519 for the 30% deposit. When deposit arrive please tell us.
         Best regards, Wendy

         -----Mensaje original-----
         De: Diego Hernández
         Enviado: lunes, 13 de mayo de 2024 10:02
         Para: Wendy Zhang
         Asunto: PO SDC-2302

         Wendy, PO SDC-2302 attached: 96 sample bottles (8 oz salsa bottle, amber, 38 mm lug) are
         released. The balance of 47,904 is on hold until I send you a written production release after
         our line trial sign-off.
         Diego
         """)))])


# p23: Polish glassworks plans the balance straight after sign-off and has bought colourant for all of it
case("p23_pl_balance_after_signoff_colourant", ["RG006", "RG007"], "Glassworks plans to run the balance directly after sample sign-off (buyer requires a written release) and has already bought colourant and cartons for 60,000",
     [("RE_ BND-0611 mould samples - planning.eml", mail(
         "Marek Nowak <m.nowak@hsborowa.pl>", "Catriona MacLeod <catriona.macleod@balnagowan.scot>",
         "RE: BND-0611 mould samples - planning", "Thu, 06 Jun 2024 14:55:00 +0200",
         T("""
         Dear Catriona,

         thank you for the order, well received. The 60 mould samples (amber 70cl 'Balnagowan Cask')
         are planned on the sample machine on 18.06, delivery to Tain by DHL on 21.06.

         To avoid a gap in the furnace, we will plan the balance to run directly after your sample
         sign-off - our planning has kept week 28 for it. The amber colourant and the printed cartons for
         60.000 szt. are already purchased, so everything is ready on our side.

         Best regards / Pozdrawiam
         Marek Nowak
         Key Account Manager UK & Ireland
         Huta Szkła Borowa Sp. z o.o.
         +48 74 555 21 90

         -----Original Message-----
         From: Catriona MacLeod <catriona.macleod@balnagowan.scot>
         Sent: Wednesday, June 5, 2024 10:41 AM
         To: Marek Nowak <m.nowak@hsborowa.pl>
         Subject: BND-0611 mould samples

         Marek,

         Our PO BND-0611 is attached: 60 mould samples only. The 60,000 production bottles in your
         quote are not released; they stay on hold until we have signed off the samples and I send you
         a written production release.

         Catriona MacLeod
         Head of Packaging, Balnagowan Distillers, Tain, Ross-shire
         """)))])


# p25: multi-file - complete sample PO + supplier acknowledgement that says production follows automatically
case("p25_multi_po_ack_auto_follow", ["RG007"], "Folder: cognac PO (36 samples, 47,964 on hold, written release by named manager) and glassworks acknowledgement saying production follows automatically on sample approval",
     [("PO_CDF-24-131.pdf", pdf([
         ("h1", "COGNAC DELAUNAY & FILS"),
         ("p", "12 quai de l'Échassier, 16100 Cognac, France"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER  CDF-24-131"),
         ("table", [
             ["Fournisseur", "Vetreria Valdarno S.p.A., Montevarchi (AR), Italia"],
             ["Date", "06/05/2024"],
             ["Article", "Carafe 'Delaunay VSOP' 70 cl, extra-white flint, heavy base, bouchage tête 19,5"],
         ]),
         ("sp",),
         ("table", [
             ["Ligne", "Scope", "Qté", "Prix EUR", "Statut"],
             ["10", "Mould samples", "36", "22,00", "released"],
             ["20", "Production", "47 964", "1,18", "on hold - not released"],
         ]),
         ("sp",),
         ("p", "Line 20 is released only by a written production release signed by Sophie Marchetti, "
               "Packaging Development Manager, after our sample sign-off. Material authority: samples only."),
         ("sp",),
         ("p", "Sophie Marchetti - Packaging Development Manager"),
     ], title="PO CDF-24-131", author="Sophie Marchetti")),
      ("Conferma_ordine_VV-24-0877.pdf", pdf([
         ("h1", "VETRERIA VALDARNO S.p.A."),
         ("p", "Via Aretina 210, 52025 Montevarchi (AR) - Italia"),
         ("h", "CONFERMA D'ORDINE / ORDER ACKNOWLEDGEMENT  VV-24-0877"),
         ("p", "Customer: Cognac Delaunay & Fils - your PO CDF-24-131 of 06/05/2024"),
         ("table", [
             ["Pos.", "Articolo", "Q.tà", "Consegna"],
             ["10", "Carafe VSOP 70 cl extra-white - campioni stampo", "36", "sett. 22"],
         ]),
         ("sp",),
         ("p", "Upon your approval of the samples, the production of 47.964 pcs will follow automatically "
               "in the first available furnace campaign (provisionally week 27)."),
         ("p", "Giulia Bianchi - Customer Service"),
     ], title="VV-24-0877", author="Giulia Bianchi"))])


# p26: buyer contradicts her own written-release requirement in a later mail
case("p26_enchainez_no_letter", ["RG007"], "Buyer's quoted PO requires her written release; her later mail says if the line trial is fine, run straight on into the rest without waiting for her letter",
     [("Line trial mardi - CV-2024-027.eml", mail(
         "Claire Dubois <c.dubois@chateau-verac.fr>", "Ana Sousa <ana.sousa@vidreiradolis.pt>",
         "Line trial mardi - CV-2024-027", "Fri, 14 Jun 2024 18:02:00 +0200",
         T("""
         Bonjour Ana,

         The line trial with your 96 sample bottles is on Tuesday morning at the château. I am on holiday
         from Wednesday for two weeks, so to keep things simple: si tout va bien mardi, enchaînez
         directement sur le reste - no need to wait for my letter. Our cellar master will call you after
         the trial.

         Bonnes vacances à vous aussi in July!
         Claire

         Claire Dubois
         Responsable Supply Chain - Château Vérac - 33250 Pauillac
         +33 5 57 55 41 20

         -----Original Message-----
         From: Claire Dubois
         Sent: Monday, May 13, 2024 8:50 AM
         To: Ana Sousa
         Subject: CV-2024-027

         Ana, PO CV-2024-027 is in your portal: 96 sample bottles (Bordelaise blanche 75 cl, extra flint)
         for the line trial. The balance of 29,904 is not released and stays on hold until I send you a
         written production release after the line trial sign-off.
         Claire
         """)))])


# p27: supplier portal says balance production starts automatically on sample approval
case("p27_portal_auto_start", ["RG007"], "Chinese glassworks' portal states the balance starts automatically once samples are approved in the portal; no recorded auto-conversion",
     [("huaxing_customer_portal_order_HX24-0931.html", html_page("Huaxing Glass - Customer Portal - Order HX24-0931", H("""
        <div style="background:#1d4e89;color:#fff;padding:6px">XUZHOU HUAXING GLASS PRODUCTS CO., LTD &middot; Customer Portal &middot; Noosa Heads Rum Co. (AU-0311)</div>
        <h2>Order HX24-0931 &nbsp;<small>(your PO NHR-0450)</small></h2>
        <p>Product: 700 ml 'Noosa Heads' rum bottle, super flint, embossed wave, bar-top finish</p>
        <table>
          <tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>
          <tr><td>1. Mould</td><td>1 set</td><td>Done</td><td>2024-07-02</td></tr>
          <tr><td>2. Samples</td><td>36 pcs</td><td>Shipped (DHL 8820 1144 53)</td><td>2024-07-09</td></tr>
          <tr><td>3. Sample approval</td><td>-</td><td>Waiting for customer</td><td>-</td></tr>
          <tr><td>4. Mass production of balance</td><td>-</td><td>Starts automatically once samples are approved in the portal</td><td>-</td></tr>
          <tr><td>5. Loading</td><td>-</td><td>-</td><td>-</td></tr>
        </table>
        <p><button>Approve samples</button> &nbsp; <button>Reject samples</button> &nbsp; <button>Send comment</button></p>
        <p class="note">Tip: to keep your delivery date, please approve samples within 5 days of arrival. Mass production is then arranged automatically in the next furnace slot.</p>
        <p style="font-size:11px;color:#777">Huaxing Glass &copy; 2024 &middot; ISO 9001:2015 &middot; FSSC 22000</p>
        """)))])


# p28: WhatsApp Mexican, supplier: with your OK of the samples we start straight into the balance
case("p28_chat_mx_visto_bueno_arrancamos", ["RG007"], "Chat: buyer released 36 samples with a written-release rule; supplier says with the OK of the samples they start the 29,964 straight away, uncorrected",
     [("WhatsApp Chat with Ing Hugo Lomeli CJ.txt", T("""
        [02/07/24, 09:10:22] Rodrigo Villaseñor: Buen día Ing. Hugo, ya les llegó la OC LC-118? 36 botellas muestra de la raicilla 750 ml, ámbar
        [02/07/24, 09:11:05] Rodrigo Villaseñor: El resto (29,964) no está liberado hasta que yo firme las muestras y les mande la liberación por escrito
        [02/07/24, 09:30:47] Ing Hugo Lomeli CJ: Buen día Rodrigo, sí llegó, gracias 👍
        [12/07/24, 17:12:03] Ing Hugo Lomeli CJ: Las muestras llegan el lunes a Mascota
        [12/07/24, 17:12:55] Ing Hugo Lomeli CJ: Con su visto bueno de las muestras arrancamos directo las 29,964, ya tenemos el horno apartado para la semana 30 🔥
        [12/07/24, 17:40:18] Rodrigo Villaseñor: Gracias Ing, nos vemos el lunes
        """))])


# p29: buyer: "that approval is your approval to run the balance" (approval for technical and production; auto roll)
_p29_po = pdf([
    ("h1", "PALMETTO RUM CO."),
    ("h", "PURCHASE ORDER 7750-0322"),
    ("table", [
        ["Vendor", "Chiusure Alpine S.r.l., Rovereto (TN), Italy"],
        ["Date", "06/10/2024"],
    ]),
    ("sp",),
    ("table", [
        ["Ln", "Description", "Qty", "Status"],
        ["1", "Synthetic-shank bar-top, 21.5 mm, pewter-look head 'PALMETTO', sample lot", "500", "released"],
        ["2", "Same, production", "249,500", "on hold, not released"],
    ]),
    ("sp",),
    ("p", "Line 2 is released only by a written production release from Beth Alvarez, Operations Manager, "
          "after QA sign-off of the sample lot."),
], pagesize=LETTER, title="PO 7750-0322", author="Beth Alvarez")
case("p29_approval_is_your_approval", ["RG007", "RG009"], "Ops manager writes that QA's approval of the samples 'is your approval to run the balance' - one word for technical and production, sign-off rolls into production despite the PO's written-release rule",
     [("7750-0322 bar-top samples - timing.eml", mail(
         "Beth Alvarez <balvarez@palmettorum.com>", "Elena Moretti <e.moretti@chiusurealpine.it>",
         "7750-0322 bar-top samples - timing", "Thu, 13 Jun 2024 08:45:00 -0400",
         T("""
         Hi Elena,

         Thanks for confirming the sample lot ships on the 21st. Our PO is attached again for reference.

         We're tight on the holiday launch, so let's keep it simple: Marcus Greene (QA) will test the 500
         samples the week they land. Once QA approves the samples, that approval is your approval to run
         the balance - no need to wait on anything else from me, just get it rolling.

         Talk soon,
         Beth
         """) + sig("Beth Alvarez", "Operations Manager", "Palmetto Rum Co., Charleston SC", "+1 843 555 0751"),
         attachments=[("PO 7750-0322.pdf", _p29_po, PDF_MT)]))])


# =================================================================== batch 5 (RG008, RG009, RG011, RG012)

# p30: buyer sends a forecast and asks to book it as the order
_p30_fc = T("""
    KILBRANNAN DISTILLERY LTD - GLASS FORECAST 2025
    Supplier: Huta Szkla Jaslo Sp. z o.o.            Issued: 02/09/2024 by I. Galbraith
    Article: 'Kilbrannan Flagon' 70cl extra flint, emb. shoulder (mould HSJ-7015)

    Campaign   Month    Bottles    Pallets (1,344)
    --------   ------   --------   ---------------
    C1         Jan-25     26,880        20
    C2         Feb-25     26,880        20
    C3         Mar-25     40,320        30
    C4         Apr-25     26,880        20
    ...
    C14        Dec-25     40,320        30
    --------   ------   --------   ---------------
    TOTAL 2025           420,000      ~312

    Basis: sales plan FY25 v1 (board 28/08/2024).
    """)
case("p30_forecast_book_as_order", ["RG008"], "Buyer sends the 2025 forecast (420,000) and asks the glassworks to book it as the order for next year",
     [("2025 forecast - Kilbrannan Flagon.eml", mail(
         "Iain Galbraith <iain.galbraith@kilbrannan.scot>", "Katarzyna Lewandowska <k.lewandowska@hsjaslo.pl>",
         "2025 forecast - Kilbrannan Flagon", "Mon, 02 Sep 2024 15:30:00 +0100",
         T("""
         Dear Katarzyna,

         Attached is our glass forecast for 2025 - fourteen campaigns, 420,000 bottles of the Flagon in
         total. Please book it as our order for next year, so we're sure of the furnace slots; I'd rather
         not fight for capacity in March again.

         Thanks again for hosting Shona and me in Jasło in June. The new decorating line is impressive.

         Kind regards,
         Iain
         """) + sig("Iain Galbraith", "Production Manager", "Kilbrannan Distillery Ltd, Campbeltown PA28 6HU", "+44 1586 555 118"),
         html=H("""
         <p>Dear Katarzyna,</p>
         <p>Attached is our glass forecast for 2025 - fourteen campaigns, 420,000 bottles of the Flagon in
         total. <b>Please book it as our order for next year</b>, so we're sure of the furnace slots; I'd rather
         not fight for capacity in March again.</p>
         <p>Thanks again for hosting Shona and me in Jasło in June. The new decorating line is impressive.</p>
         <p>Kind regards,<br>Iain</p>
         <p style="color:#666">Iain Galbraith | Production Manager | Kilbrannan Distillery Ltd</p>
         """),
         attachments=[("Kilbrannan glass forecast 2025.txt", _p30_fc, "text/plain")]))])


# p31: supplier order confirmation turns a forecast into an order
case("p31_oc_forecast_as_order_cn", ["RG008"], "Chinese glassworks' order confirmation confirms 96,000 bottles 'based on your forecast' and schedules production",
     [("HY-OC-24-311 Boranup.pdf", pdf([
         ("h1", "HEBEI YONGXIN GLASS PACKAGING CO., LTD"),
         ("p", "Shahe Economic Development Zone, Xingtai, Hebei, China  |  Tel +86 319 555 0288"),
         ("h", "ORDER CONFIRMATION  HY-OC-24-311"),
         ("p", "Customer: Boranup Estate, Margaret River WA, Australia - Attn: Ms Tess Kirby"),
         ("p", "Date: 2024-09-09"),
         ("p", "Thank you for your order. Based on your forecast dated 2 September 2024 for Q3/Q4 2025, we "
               "confirm your order of 96,000 pcs and have scheduled production as below."),
         ("table", [
             ["Item", "Description", "Qty", "Production month", "ETD Tianjin"],
             ["1", "750 ml Burgundy, Georgia green, BVS 30H60", "48,000", "2025-05", "2025-06"],
             ["2", "750 ml Burgundy, Georgia green, BVS 30H60", "48,000", "2025-08", "2025-09"],
         ]),
         ("sp",),
         ("p", "Packing: 1,200 pcs/pallet, 24 pallets per 40'HC. Price USD 0.305/pc FOB Tianjin as per 2024 contract."),
         ("p", "Tony Wang - Sales Director"),
     ], title="HY-OC-24-311", author="Tony Wang"))])


# p32: DOCX supply agreement annex writes the forecast as a firm commitment
case("p32_annex_forecast_commitment", ["RG008"], "Email attaches a signed supply-agreement annex (DOCX) that labels 180,000 jars a forecast and then calls it the buyer's firm commitment that the supplier may produce against",
     [("Annexe 2 signee - contrat Berthier HSJ.eml", mail(
         "Lucie Garnier <l.garnier@moutarderie-berthier.fr>", "Katarzyna Lewandowska <k.lewandowska@hsjaslo.pl>",
         "Annexe 2 signée - contrat Berthier / HSJ", "Wed, 20 Nov 2024 17:05:00 +0100",
         T("""
         Bonjour Katarzyna,

         Please find attached Annex 2 of our supply agreement, signed on our side. The paper originals
         follow by post this week, two copies, please send one back signed.

         Annexes 3 and 4 (prices, energy surcharge) are unchanged from the draft of 5 November.

         Merci encore pour la visite à Dijon, and see you in Jasło in the spring.

         Lucie
         """) + sig("Lucie Garnier", "Acheteuse emballages", "Moutarderie Berthier SAS, 21000 Dijon, France", "+33 3 80 55 50 21"),
         attachments=[("Annexe 2 - Volumes 2025 - Berthier HSJ.docx", docx_bytes([
         ("h1", "Contrat d'approvisionnement Berthier / HSJ - Annexe 2"),
         ("p", "Moutarderie Berthier SAS, 21000 Dijon (the Buyer) and Huta Szkła Jasło Sp. z o.o., Jasło (the Supplier)"),
         ("h", "Annex 2 - Volumes and forecast 2025"),
         ("table", [
             ["Article", "Description", "Forecast 2025", "Pallet (jars)"],
             ["BOC-370-TO82", "Bocal 370 ml, extra flint, TO 82 finish", "180.000", "2.016"],
             ["BOC-210-TO66", "Bocal 210 ml, extra flint, TO 66 finish", "96.000", "3.120"],
         ]),
         ("sp",),
         ("p", "2.1 The forecast above is the Buyer's firm commitment for 2025. The Supplier may produce and "
               "stock against it without waiting for monthly call-offs."),
         ("p", "2.2 Monthly call-offs are sent by the Buyer's purchasing department by the 10th of each month "
               "for the following month."),
         ("p", "2.3 Prices: see Annex 3. Energy surcharge per Annex 4."),
         ("sp",),
         ("p", "Dijon / Jasło, 20 November 2024"),
         ("p", "For the Buyer: Lucie Garnier, Acheteuse emballages          For the Supplier: Katarzyna Lewandowska, Export Sales"),
     ], author="Lucie Garnier"), DOCX_MT)]))])


# p33: chat - call-off 7 with scope; then Christmas forecast "treat as firm" + buy material for the whole lot
case("p33_chat_xmas_forecast_firm_material", ["RG006", "RG008"], "Chat: after a scoped call-off of 4 pallets the buyer says the Christmas forecast should be treated as firm and asks for flint and cartons for the whole lot",
     [("WhatsApp Chat with Agnieszka Wojcik HSB.txt", T("""
        [05/09/2024, 08:12:40] Gregor Dunn: Morning Agnieszka! Call-off 7 against PO ACS-0915: 4 pallets = 5,376 bottles of the 50cl Ailsa gin. Rest of the PO stays on hold until my next written call-off
        [05/09/2024, 08:20:11] Agnieszka Wójcik HSB: Good morning Gregor, noted: call-off 7 = 4 pal / 5 376 pcs, wk 38
        [05/09/2024, 08:21:02] Agnieszka Wójcik HSB: Do you have already view for Q4? Furnace is getting full
        [05/09/2024, 08:40:35] Gregor Dunn: Aye, the Christmas forecast is 8 pallets a week from mid-October to mid-December
        [05/09/2024, 08:41:10] Gregor Dunn: Just treat that as firm and keep them coming
        [05/09/2024, 08:41:55] Gregor Dunn: And get the flint and the printed cartons in for the whole lot so we don't get caught short like last year
        [05/09/2024, 08:50:03] Agnieszka Wójcik HSB: OK 👍 I inform Marek and purchasing
        [05/09/2024, 08:50:21] Gregor Dunn: Cheers hen
        """))])


# p34: ERP forecast printout stamped as firm order
case("p34_erp_forecast_firm_produce", ["RG008"], "ERP forecast report marks forecast weeks as 'FIRM ORDER - PRODUCE' and tells the supplier to produce to it",
     [("OHD_SCHED_FCST_W35.txt", T("""
        OZARK HOLLOW DISTILLERY INC        SUPPLIER SCHEDULE / FORECAST         RUN 08/26/2024 05:30
        VENDOR #10488 VIDRIOS DEL NORTE SA DE CV                                 PAGE 1
        ITEM GL-750-OH  750ML AMBER 'OZARK HOLLOW' ROUND EMB                     UOM EA
        -----------------------------------------------------------------------------------------
        WEEK     TYPE     QTY       CUM QTY   STATUS
        -------  -------  --------  --------  -------------------------------------------
        2024-38  FCST      8,640      8,640   FIRM ORDER - PRODUCE
        2024-40  FCST      8,640     17,280   FIRM ORDER - PRODUCE
        2024-42  FCST     12,960     30,240   FIRM ORDER - PRODUCE
        2024-44  FCST     12,960     43,200   FIRM ORDER - PRODUCE
        2024-46  FCST      8,640     51,840   FIRM ORDER - PRODUCE
        2024-48  FCST      4,320     56,160   FIRM ORDER - PRODUCE
        -----------------------------------------------------------------------------------------
        NOTE: TREAT ALL FORECAST WEEKS ABOVE AS FIRM. PRODUCE AND SHIP PER WEEK SHOWN.
              PALLET = 2,160 EA. DELIVER TO BARDSTOWN RD WAREHOUSE, DOOR 4.
        CONTACT: C.PRUITT 417-555-0415
        -----------------------------------------------------------------------------------------
        """))])


# p35: "release" used for ERP PO, artwork and production
case("p35_release_three_ways", ["RG009"], "Email uses 'released' for the ERP PO (commercial), the artwork (technical) and production; quantities, hold, event and releaser otherwise present",
     [("PO 5560 - strike-off Shiraz magnum.eml", mail(
         "Sarah Lowe <sarah.lowe@kalimnaridge.com.au>", "Francesca Rossi <f.rossi@decorvetroveneto.it>",
         "PO 5560 - strike-off Shiraz magnum", "Wed, 24 Jul 2024 17:20:00 +0930",
         T("""
         Hi Francesca,

         PO 5560 was released in our ERP today, so that's the commercial release done. The artwork for the
         1.5 L magnum is released as well - v3 with the corrected vine, attached to the PO.

         What's released for you to print now is the strike-off only: 12 decorated magnums, gold + white.
         The balance of 2,988 magnums is on hold. Production release will follow from me in writing once
         Mick has signed off the strike-off.

         Bottles arrive from the glassworks on 5 August.

         Thanks heaps,
         Sarah
         """) + sig("Sarah Lowe", "Packaging Coordinator", "Kalimna Ridge Wines, Nuriootpa SA 5355, Australia", "+61 8 8562 5550")))])


# p36: DOCX job sheet, "released" for artwork (technical) and for production
case("p36_docx_job_sheet_released", ["RG009"], "Decoration job sheet uses 'released' for the signed artwork proof (technical) and for the production of the strike-off; hold, event and releaser present",
     [("Fiche de lancement DG-24-0419.docx", docx_bytes([
         ("h1", "Fiche de lancement / Job sheet DG-24-0419"),
         ("p", "Client: Cognac Delaunay & Fils, Cognac - PO CDF-24-140"),
         ("p", "Decorator: Dekor-Glas Sp. z o.o., ul. Przemysłowa 7, 58-500 Jelenia Góra, Poland"),
         ("p", "Article: Carafe VSOP 70 cl, screen print 1 colour gold 'DELAUNAY' + precious-metal neck band"),
         ("table", [
             ["Step", "Quantity", "Status", "By / date"],
             ["Artwork proof (BAT)", "-", "Released", "Sophie Marchetti, 12/04/2024"],
             ["Strike-off samples", "24", "Released", "Sophie Marchetti, 12/04/2024"],
             ["Production balance", "11,976", "Not released - on hold", "-"],
         ]),
         ("sp",),
         ("p", "The production balance of 11,976 carafes is released only by a written production release "
               "from Sophie Marchetti after the strike-off sign-off."),
         ("p", "Gold: Heraeus liquid gold 12 %, firing 560 °C. Registration tolerance ± 0,3 mm."),
     ], author="Dekor-Glas"))])


# p37: multi-file - PO note says release R-1 = 2,000, release letter says 2,400
case("p37_multi_po_2000_letter_2400", ["RG011"], "Folder: PO printout says release R-1 is 2,000 bottles, the release letter for the same order says 2,400",
     [("PO_WC-3402.txt", T("""
        WATTLE & CHILLI PTY LTD          PURCHASE ORDER WC-3402       DATE 12/08/2024
        22 Gawler Place, Adelaide SA 5000                              REV  1
        SUPPLIER: HUTA SZKLA JASLO SP. Z O.O., JASLO, POLAND

        LN  ITEM          DESCRIPTION                              QTY      UNIT EUR
        --  ------------  ---------------------------------------  -------  --------
        10  WZ-150-AMB    150 ML WOOZY AMBER 24/410 - SAMPLES           72    free
        20  WZ-150-AMB    150 ML WOOZY AMBER 24/410 - PRODUCTION    23,928    0.142

        PO NOTES:
        - SAMPLES SIGNED OFF 05/08/2024 (LINE TRIAL ADELAIDE).
        - LINE 20: PRODUCTION RELEASE R-1 = 2,000 BOTTLES. REMAINING 21,928 ON HOLD.
        - FURTHER RELEASES ONLY BY WRITTEN RELEASE FROM K. NGUYEN, OPS DIRECTOR.
        - MATERIAL AUTHORITY: RELEASED QTY ONLY.
        """)),
      ("Release R-1 WC-3402.pdf", pdf([
         ("h1", "Wattle & Chilli Pty Ltd"),
         ("h", "Production release R-1 - PO WC-3402"),
         ("p", "To: Huta Szkła Jasło Sp. z o.o. - Katarzyna Lewandowska"),
         ("p", "Date: 12 August 2024"),
         ("p", "Following our sign-off of the 72 sample woozies on 5 August, we release 2,400 bottles "
               "(two pallets of 1,200) of the 150 ml amber woozy for production under PO WC-3402, line 20."),
         ("p", "The rest of line 20 stays on hold. Further quantities need another written release from me."),
         ("sp",),
         ("p", "Kylie Nguyen - Operations Director"),
     ], title="Release R-1 WC-3402", author="Kylie Nguyen"))])


# p38: PDF PO header says 36 samples, line table says 48
case("p38_po_header_36_line_48", ["RG011"], "Bourbon PO header box authorizes 36 sample bottles while the line table on the same PO authorizes 48; hold, event and releaser present",
     [("BBC_PO_45-2240.pdf", pdf([
         ("h1", "Bluegrass Bourbon Company"),
         ("p", "1 Distillery Lane, Bardstown, KY 40004"),
         ("h", "PURCHASE ORDER 45-2240"),
         ("table", [
             ["Vendor", "Vidriera Tlaquepaque, S.A. de C.V., Tlaquepaque, Jalisco, Mexico"],
             ["Date", "07/15/2024"],
             ["Scope", "Sample quantity: 36 bottles (mould samples). Production not released."],
             ["Release authority", "Dana Whitfield, Director of Supply Chain"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD"],
             ["1", "GL-375-BB2", "375 ml flint flask 'BB Single Barrel', embossed seal, mould samples", "48", "7.50"],
             ["2", "GL-375-BB2", "Production per quote VT-Q-2219", "on hold", "0.61"],
         ]),
         ("sp",),
         ("p", "Line 2 (quoted 24,000) stays on hold until QA signs off the mould samples and Dana Whitfield "
               "issues a written production release."),
         ("p", "Ship samples to Bardstown QA lab with polariscope and dimensional reports."),
         ("sp",),
         ("p", "Buyer: Tyler Briggs, Purchasing - 502-555-0147"),
     ], pagesize=LETTER, title="PO 45-2240", author="Tyler Briggs"))])


# p39: one email: call-off 3 = 6 pallets, then "the 8 pallets released today"
case("p39_calloff_6_then_8", ["RG011"], "Call-off email releases 6 pallets (7,200) and later in the same mail refers to 'the 8 pallets released today'",
     [("Call-off 3 - PO PHW-5120.eml", mail(
         "Nathan Cole <nathan@piccadillyhillswines.com.au>", "Tony Wang <tony.wang@hy-glasspack.com>",
         "Call-off 3 - PO PHW-5120", "Tue, 03 Sep 2024 10:05:00 +0930",
         T("""
         G'day Tony,

         Call-off 3 against PO PHW-5120 (750 ml Bordeaux, flint, BVS 30H60): please produce 6 pallets =
         7,200 bottles for the vintage bottling in November.

         The rest of the PO stays on hold. The next call-off will come from me in writing, once we know the
         2025 chardonnay volumes.

         Shipping: the 8 pallets released today should go on the first vessel out of Tianjin after
         14 October, CIF Adelaide, as usual with Gulf Agency as our broker.

         Hope the weather's treating you better than here - it's bucketing down in the Hills.

         Cheers,
         Nathan
         """) + sig("Nathan Cole", "General Manager", "Piccadilly Hills Wines, Piccadilly SA 5151", "+61 8 8555 0321"),
         html=H("""
         <div style="font-family:Calibri,sans-serif">
         <p>G'day Tony,</p>
         <p>Call-off 3 against PO PHW-5120 (750 ml Bordeaux, flint, BVS 30H60): please produce <b>6 pallets =
         7,200 bottles</b> for the vintage bottling in November.</p>
         <p>The rest of the PO stays on hold. The next call-off will come from me in writing, once we know the
         2025 chardonnay volumes.</p>
         <p>Shipping: the 8 pallets released today should go on the first vessel out of Tianjin after
         14 October, CIF Adelaide, as usual with Gulf Agency as our broker.</p>
         <p>Hope the weather's treating you better than here - it's bucketing down in the Hills.</p>
         <p>Cheers,<br>Nathan</p>
         <p style="color:#555">Nathan Cole | General Manager | Piccadilly Hills Wines</p>
         </div>
         """)))])


# p40: WhatsApp, liberación 5 = 12 tarimas, later "las 14 tarimas de la liberación 5"
case("p40_chat_liberacion_12_vs_14", ["RG011"], "Chat: release 5 is 12 pallets (12,960), later the buyer ships 'the 14 pallets of release 5'",
     [("WhatsApp Chat with Jorge Orozco TLA.txt", T("""
        [19/08/24, 09:02:14] Jorge Orozco TLA: Buenos días Mariana ☀️
        [19/08/24, 09:03:40] Jorge Orozco TLA: Liberación 5 contra contrato TLA-2024-C: 12 tarimas = 12,960 pzas de la Altos Reposado 750 ml
        [19/08/24, 09:04:22] Jorge Orozco TLA: El resto del contrato sigue en hold hasta la liberación 6 por escrito de Lupita Ramírez
        [19/08/24, 09:15:51] Mariana Torres VFO: Buenos días Jorge! Anotado. Horno semana 35
        [19/08/24, 13:30:08] Mariana Torres VFO: Para el embarque, a dónde las mandamos? Arandas o bodega GDL?
        [19/08/24, 13:47:36] Jorge Orozco TLA: Las 14 tarimas de la liberación 5 van a Arandas el lunes 2 de sept, andén 3
        [19/08/24, 13:48:02] Jorge Orozco TLA: con certificado de calidad por lote porfa
        [19/08/24, 13:55:44] Mariana Torres VFO: 👌
        """))])


# p41: DOCX call-off, released 9,600 bottles vs 8 pallets x 1,320 = 10,560
case("p41_docx_calloff_pallet_math", ["RG011"], "Call-off form states 9,600 bottles released and, in its table, 8 pallets x 1,320 = 10,560 released",
     [("Call-off 4 - KRW-2211 - Jinhai.docx", docx_bytes([
         ("h1", "Kalimna Ridge Wines - Call-off 4"),
         ("p", "To: Shandong Jinhai Glassware Co., Ltd - Lily Chen"),
         ("p", "PO: KRW-2211, 750 ml Burgundy 'Old Vine', antique green, cork finish 18.5 mm"),
         ("p", "Date: 1 October 2024"),
         ("p", "Quantity released with this call-off: 9,600 bottles, for the February bottling."),
         ("table", [
             ["", "Value"],
             ["Pallets released", "8"],
             ["Bottles per pallet (pattern JH-PP-750B)", "1,320"],
             ["Bottles released", "10,560"],
             ["PO balance after this call-off", "on hold - not released"],
         ]),
         ("sp",),
         ("p", "The PO balance stays on hold; the next quantity needs call-off 5 in writing from Sarah Lowe."),
         ("p", "Shipping: FOB Qingdao, ETD by 30 November. Container 40' HC."),
         ("sp",),
         ("p", "Sarah Lowe - Packaging Coordinator"),
     ], author="Sarah Lowe"))])


# p42: supplier treats PO acceptance as production authority and runs 5,000 against a 4,000 release
case("p42_po_accepted_running_5000", ["RG011", "RG012"], "Closure converter says PO acceptance confirms production and it will run 5,000 closures of release R-2, which the quoted buyer release states as 4,000",
     [("RE_ GD-4555 release R-2 closures.eml", mail(
         "Paolo Gatti <p.gatti@capsulevaltrompia.it>", "Callum Reid <callum.reid@glenbrae.co.uk>",
         "RE: GD-4555 release R-2 closures", "Wed, 18 Sep 2024 12:20:00 +0200",
         T("""
         Dear Callum,

         thank you. Your PO GD-4555 is accepted in our system, and with the PO accepted the order is
         confirmed for production: we are running the 5.000 closures of release R-2 next week on line 4.

         Delivery to Keith in week 41 with our usual haulier.

         Best regards,
         Paolo Gatti
         Area Manager UK & Ireland - Capsule Valtrompia S.p.A.
         +39 030 555 7712

         -----Original Message-----
         From: Callum Reid <callum.reid@glenbrae.co.uk>
         Sent: 17 September 2024 16:02
         To: Paolo Gatti
         Subject: GD-4555 release R-2 closures

         Paolo, PO GD-4555 revision 1 is attached. Release R-2 is 4,000 closures (ROPP 31.5 x 44, Glenbrae
         12YO). The remaining closures on the PO stay on hold until Fiona Mackay sends the next written
         release.
         Callum Reid, Buyer - Dry Goods, Glenbrae Distillers
         """)))])


# p43: ERP call-off printout (European numbers): QTE LIBEREE 12.000 vs note 15.000
case("p43_erp_appel_12000_vs_15000", ["RG011"], "ERP call-off printout shows released quantity 12.000 jars in the line and 15.000 jars in the note of the same document",
     [("APPEL_LIV_BER-7_HSJ.txt", T("""
        MOUTARDERIE BERTHIER SAS - DIJON              APPEL DE LIVRAISON / CALL-OFF   N° BER-7
        CONTRAT: CT-2024-HSJ-01                        DATE: 14.10.2024
        FOURNISSEUR: HUTA SZKLA JASLO SP. Z O.O. - 38-200 JASLO - POLOGNE
        =========================================================================================
        ARTICLE        DESIGNATION                         QTE LIBEREE  UNITE  LIVRAISON
        -------------  ----------------------------------  -----------  -----  ----------
        BOC-370-TO82   BOCAL 370 ML EXTRA BLANC TO 82          12.000   PCE    S.46/2024
        =========================================================================================
        NOTE:  LIBERATION 15.000 BOCAUX POUR LA SEMAINE 46 SELON L. GARNIER.
               SOLDE DU CONTRAT EN ATTENTE - NON LIBERE.
               PROCHAIN APPEL DE LIVRAISON PAR ECRIT DE LUCIE GARNIER UNIQUEMENT.
               PALETTE 2.016 PCES, 1200X800, CERCLAGE + HOUSSE.
        =========================================================================================
        EDITE PAR: LGARNIER                                                   PAGE 1/1
        """))])


# p44: supplier: deposit received, so slot booked, batch bought for all 24,000 and run starts
case("p44_deposit_received_run_starts", ["RG006", "RG012"], "Supplier treats the deposit as the start signal (slot booked, production starts 10 June) and has bought batch for the full 24,000 against a 48-sample release",
     [("RE_ BPC-6640 deposit.eml", mail(
         "Lily Chen <lily.chen@jinhaiglass.cn>", "Jolene Thibodeaux <jolene@bayoupepper.com>",
         "RE: BPC-6640 deposit", "Wed, 29 May 2024 09:15:00 +0800",
         T("""
         Dear Jolene,

         Deposit received, thank you very much! So we booked the furnace slot, bought the batch material for
         the full 24,000 pcs, and production starts 10 June. Loading plan I send next week.

         Best regards,
         Lily Chen
         Export Dept. | Shandong Jinhai Glassware Co., Ltd

         -----Original Message-----
         From: Jolene Thibodeaux <jolene@bayoupepper.com>
         Sent: Tuesday, May 28, 2024 4:40 PM
         To: Lily Chen
         Subject: BPC-6640 deposit

         Hi Lily, wire for the 30% deposit on PI JH-24-0520 went out today.
         For the record, PO BPC-6640 releases 48 sample bottles (10 oz hot sauce, flint, 28 mm ROPP).
         The balance of 23,952 is on hold until I send a written production release after our line trial
         sign-off.
         Jolene Thibodeaux, Purchasing, Bayou Pepper Co.
         """)))])


# p45: buyer: deposit paid - that should let you get the full run going
_p45_old = mail("Tess Kirby <tess@boranupestate.com.au>", "Tony Wang <tony.wang@hy-glasspack.com>",
                "PO BE-2301 - sparkling 750 ml samples", "Mon, 10 Jun 2024 09:12:00 +0800",
                T("""
                Tony, PO BE-2301: 48 sample bottles (750 ml sparkling, champagne green, crown 29 mm) are
                released. The balance of 35,952 is on hold until I send you a written production release
                after our bottling trial sign-off.

                Tess Kirby | Operations Manager | Boranup Estate
                """))
case("p45_deposit_full_run_going", ["RG012"], "Buyer says the paid deposit should let the supplier get the full run going, although her own earlier mail (attached as message/rfc822) holds the balance for her written release",
     [("Deposit paid - BE-2301.eml", mail(
         "Tess Kirby <tess@boranupestate.com.au>", "Tony Wang <tony.wang@hy-glasspack.com>",
         "Deposit paid - BE-2301", "Thu, 04 Jul 2024 11:30:00 +0800",
         T("""
         Hi Tony,

         We've paid the 30% deposit per your PI HY-0702 this morning - that should let you get the full run
         going for the sparkling bottle. Remittance advice will come from our accounts team.

         The samples fitted the crown capper nicely, by the way. Good job on the finish.

         Cheers,
         Tess

         Tess Kirby | Operations Manager | Boranup Estate | +61 8 9755 0182

         (My June mail with the PO scope is attached below for reference.)
         """),
         attachments=[("rfc822", _p45_old)]))])


# p46: WhatsApp Mexican, anticipo paid so start production
case("p46_chat_anticipo_arranquen", ["RG012"], "Chat: buyer released 60 pilot bottles with a written-release rule, then says the advance payment is done so production can start",
     [("WhatsApp Chat with Paola Mendez SDC.txt", T("""
        [01/07/24, 10:05:31] Paola Méndez SDC: Ing. Roberto buen día! OC SDC-2330 ya está en su correo
        [01/07/24, 10:06:12] Paola Méndez SDC: 60 botellas piloto liberadas del frasco 250 ml. El resto (23,940) en hold hasta la liberación de producción por escrito de Diego Hernández después de la prueba de línea
        [01/07/24, 10:20:48] Ing Roberto Salas VT: Buen día Paola, recibida 👍 Les mando la proforma del anticipo
        [03/07/24, 12:44:09] Ing Roberto Salas VT: <attached: PF-VT-0703.pdf>
        [05/07/24, 16:31:27] Paola Méndez SDC: Ya quedó el pago del anticipo ✅ so ya pueden arrancar producción 🙌
        [05/07/24, 16:33:02] Ing Roberto Salas VT: Excelente, gracias! Lo programamos
        """))])


# p47: multi-file - complete sample PO + supplier proforma: production starts on receipt of deposit
case("p47_multi_po_pi_deposit_start", ["RG012"], "Folder: complete sample PO (48, balance on hold, written release by named director) and supplier proforma saying production of 60,000 starts on receipt of the deposit",
     [("PO_CSC-0088.pdf", pdf([
         ("h1", "Cuillin Spirits Co. Ltd"),
         ("p", "Old Creamery, Carbost, Isle of Skye IV47 8SR"),
         ("h", "PURCHASE ORDER CSC-0088"),
         ("table", [
             ["Supplier", "Xuzhou Huaxing Glass Products Co., Ltd, Xuzhou, Jiangsu, China"],
             ["Date", "22 April 2024"],
             ["Article", "70cl 'Cuillin' gin bottle, super flint, slate-effect spray, bar-top finish"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Scope", "Qty", "Unit USD", "Status"],
             ["1", "Samples from new mould", "48", "7.00", "released"],
             ["2", "Production", "59,952", "0.94", "on hold - not released"],
         ]),
         ("sp",),
         ("p", "Line 2 is released only by a written production release from Rhona MacInnes, Operations "
               "Director, after we sign off the samples on our bottling line. Material: samples only."),
         ("sp",),
         ("p", "Rhona MacInnes - Operations Director"),
     ], title="PO CSC-0088", author="Rhona MacInnes")),
      ("PI_HX-PI-240430.pdf", pdf([
         ("h1", "XUZHOU HUAXING GLASS PRODUCTS CO., LTD"),
         ("h", "PROFORMA INVOICE  HX-PI-240430"),
         ("p", "Buyer: Cuillin Spirits Co. Ltd, Isle of Skye, UK     Your PO: CSC-0088"),
         ("table", [
             ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "70cl gin bottle 'Cuillin', slate spray", "60,000 pcs", "0.94", "56,400.00"],
             ["", "30% deposit due", "", "", "16,920.00"],
         ]),
         ("sp",),
         ("p", "Terms: 30% T/T deposit, balance 70% against B/L copy."),
         ("p", "Production of the 60,000 pcs will start upon receipt of the deposit. Lead time 30 days."),
         ("p", "Wendy Zhang - Sales Manager"),
     ], title="HX-PI-240430", author="Wendy Zhang"))])


# ================================================================== END CASES


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(153153).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")
        folder = f"h153_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir(parents=True)
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases, {clean} clean, {len(CASES) - clean} with risks")


if __name__ == "__main__":
    build()
