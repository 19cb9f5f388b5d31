#!/usr/bin/env python3
"""Generator for the releasegate check_holdout213 corpus.

Domain: boat and yacht interiors (berth cushions, teak grates, galley fittings, locker latches,
headliner panels, porthole surrounds). All companies and people are fictional.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout213/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h213-{_MSGN[0]:04d}@{dom}>"
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
        # only real multipart containers get a boundary (not the message/rfc822 wrapper)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h213")
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


# ----------------------------------------------------------------- small text helpers
def T(s):
    """A hand-written block, dedented."""
    return textwrap.dedent(s).lstrip("\n")


def quote(s, level=1):
    """Prefix every line of s with '>' * level, as mail clients do."""
    mark = ">" * level
    out = []
    for ln in s.rstrip("\n").split("\n"):
        if not ln:
            out.append(mark)
        elif ln.startswith(">"):
            out.append(mark + ln)          # nested quote: '>>' as mail clients write it
        else:
            out.append(mark + " " + ln)
    return "\n".join(out) + "\n"


def text_to_html(s):
    """HTML alternative of a plain mail body (paragraphs, quoted lines as blockquote)."""
    out = []
    for para in s.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ")) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


# people (all fictional)
GREGOR = "Gregor Hribar <gregor.hribar@lipa-yachts.si>"
TINA = "Tina Zupan <tina.zupan@lipa-yachts.si>"
URSKA = "Urška Kralj <urska.kralj@lipa-yachts.si>"
MARCUS = "Marcus Bell <mbell@keysbluecharters.com>"
KELLY = "Kelly Ortiz <kortiz@keysbluecharters.com>"
EMRE = "Emre Yıldız <emre.yildiz@maviege.com.tr>"
SELIN = "Selin Aksoy <selin.aksoy@maviege.com.tr>"
JORIS = "Joris de Wit <j.dewit@vandam-refit.nl>"
MARLOES = "Marloes Bakker <m.bakker@vandam-refit.nl>"
IVANA = "Ivana Perić <ivana.peric@jadran-tapecirung.hr>"
GIULIA = "Giulia Bressan <giulia.bressan@bressannautica.it>"
SOMCHAI = "Somchai Wongsakul <somchai@siammarineteak.co.th>"
LILY = "Lily Chen <lily.chen@haiyunmarine.com.cn>"
KEVIN = "Kevin Lin <kevin.lin@haiyunmarine.com.cn>"
AGNIESZKA = "Agnieszka Wiśniewska <a.wisniewska@pomorskie-panele.pl>"

SIG_GREGOR = sig("Gregor Hribar", "Nabava / Purchasing", "Lipa Yachts d.o.o., Izola, Slovenia", "+386 5 640 21 10")
SIG_MARCUS = sig("Marcus Bell", "Purchasing", "Keys Blue Charters LLC, Fort Lauderdale, FL", "+1 954 555 0143")
SIG_EMRE = sig("Emre Yıldız", "Satınalma / Purchasing", "Mavi Ege Gulet Tersanesi, Bodrum", "+90 252 555 41 20")
SIG_JORIS = sig("Joris de Wit", "Inkoper / Purchaser", "Van Dam Binnenvaart Refit B.V., Werkendam", "+31 183 555 210")
SIG_IVANA = sig("Ivana Perić", "Prodaja / Sales", "Jadran Tapecirung d.o.o., Split, Croatia", "+385 21 555 310")
SIG_AGNIESZKA = sig("Agnieszka Wiśniewska", "Specjalista ds. sprzedaży / Sales", "Pomorskie Panele Sp. z o.o., Gdynia", "+48 58 555 12 40")
SIG_LILY = (
    "\n--\nBest regards,\nLily Chen | Sales Dept.\nXiamen Haiyun Marine Hardware Co., Ltd. 厦门海运船舶五金有限公司\n"
    "No. 88 Xiangyu Rd, Huli District, Xiamen, Fujian, China\nTel/WeChat +86 592 555 6610\n\n"
    "This e-mail and its attachments are confidential. If you are not the right receiver please delete it. "
    "Thank you.\n"
)


# =================================================================== CLEAN
# c01 - Croatian supplier quote with sample and production tiers, no authorization anywhere
case("c01_quote_tiers_hr", [], "supplier quote alone: sample tier 2 sets and production tier 24 sets, no authorized quantity (conv 4)", [
    ("Q-JT-2024-117.pdf", pdf([
        ("h1", "PONUDA / QUOTATION  Q-JT-2024-117"),
        ("p", "Jadran Tapecirung d.o.o. - Kopilica 14, 21000 Split, Croatia - OIB 48213377105 - tel +385 21 555 310"),
        ("p", "To: Keys Blue Charters LLC, 1800 SE 17th St, Fort Lauderdale, FL 33316, USA - attn. Mr. Marcus Bell, Purchasing"),
        ("p", "Date: 14.05.2024    Valid until: 13.07.2024    Your inquiry: e-mail of 07.05.2024"),
        ("h", "Salon cushion sets KB-SAL-380 Rev C - catamaran 42 ft, fleet refit"),
        ("table", [
            ["Pos", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
            ["1", "Sample set (one boat): salon U-sofa + 2 berth cushions, marine vinyl Ocean 2200 white, CMHR foam 35 kg/m3", "2", "set", "1.420,00", "2.840,00"],
            ["2", "Production sets, same specification as pos. 1", "24", "set", "1.185,00", "28.440,00"],
            ["3", "CNC cutting templates, one time", "1", "lot", "650,00", "650,00"],
        ]),
        ("p", "Quantity in pos. 2 is for the price only: twenty-four (24) sets = your fleet of 12 boats, 2 sets "
              "each, as you wrote. Price of pos. 2 is valid if ordered within 60 days."),
        ("h", "Conditions"),
        ("p", "Lead time samples: 3 weeks after PO and final drawings. Lead time production: 6 weeks after your "
              "written release for production. Fabric certified EN 1021-1 and EN 1021-2, foam CMHR. Packing: each "
              "cushion in PE bag, sets on pallet 1200x800. Delivery FCA Split, transport to Florida by your forwarder."),
        ("p", "Payment: 30% advance with order, balance before shipment. IBAN HR12 2340 0091 1100 2233 4."),
        ("p", "We thank you for the inquiry and remain at your disposal. Srdacan pozdrav / Best regards, "
              "Ivana Peric, Prodaja / Sales"),
    ], title="Q-JT-2024-117", author="Jadran Tapecirung")),
])

# c02 - Dutch RFQ with three scenarios
_t = T("""
    Hello Agnieszka,

    Please quote headliner panels HL-2400-600 for the refit of MTS Nijverheid (drawing VD-HL-118 rev 2,
    vinyl light grey, FR foam 5 mm backing, fire class per EN 13501-1, same as last year).

    We don't know yet how many ships the owner will do, so three scenarios please:
      A) 1 ship:  46 panels
      B) 3 ships: 138 panels
      C) 5 ships: 230 panels
    plus 4 sample panels for a fit check in the wheelhouse, priced separately.

    This is a request for quotation only, not an order. Nothing to make or to buy yet. When the owner
    decides, a PO will come separately from our purchasing system.

    Quote before 21 June if possible, delivery DAP Werkendam.

    Met vriendelijke groet / kind regards,
    Joris
    """) + SIG_JORIS
case("c02_rfq_scenarios_nl", [], "buyer RFQ with three quantity scenarios, explicitly not an order; no authorization", [
    ("RFQ_24-117.eml", eml_bytes(mail(JORIS, AGNIESZKA, "RFQ 24-117 headliner panels MTS Nijverheid + sister ships",
                                     "Mon, 03 Jun 2024 08:41:00 +0200", _t, html=text_to_html(_t)))),
])

# c03 - WhatsApp: supplier asks for the go-ahead, buyer says not yet
case("c03_whatsapp_question_th", [], "buyer's chat scope is complete (4 samples, 176 on hold, sign-off + written release by Dana); supplier's 'go ahead for balance?' is a question", [
    ("WhatsApp_Chat_Somchai_Siam_Teak.txt", T("""
        05/06/2024, 08:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        05/06/2024, 08:14 - Marcus Bell: Hi Khun Somchai, PO 7781 is out for the teak cockpit grates TG-1200-44. To be super clear: PO covers 4 sample grates only.
        05/06/2024, 08:15 - Marcus Bell: The other 176 on your quote are NOT released. They stay on hold until Kelly signs off the samples after the fit check on Blue Heron and Dana Whitfield sends you a written release.
        05/06/2024, 08:31 - Somchai Siam Teak: Well noted krub Khun Marcus. 4 pcs sample only. Teak we take from stock for 4 pcs only
        05/06/2024, 08:31 - Somchai Siam Teak: 🙏
        14/06/2024, 16:02 - Somchai Siam Teak: <Media omitted>
        14/06/2024, 16:03 - Somchai Siam Teak: Sample 4 pcs finish sanding, caulking cure 48 hr. Ship by DHL Monday
        14/06/2024, 16:20 - Marcus Bell: Thanks for the photos!
        18/06/2024, 09:47 - Somchai Siam Teak: DHL AWB 3321 7781 40 krub
        20/06/2024, 10:05 - Somchai Siam Teak: Khun Marcus sorry to ask, do we have go ahead for balance 176 pcs? Our kiln schedule is full after July na krub
        20/06/2024, 10:22 - Marcus Bell: Not yet. Samples land Monday, Kelly does the fit check that week. Balance stays on hold until Dana sends the written release, I'll ping you as soon as I know
        20/06/2024, 10:24 - Somchai Siam Teak: Ok krub we wait 🙏
        """)),
])

# c04 - ERP forecast printout clearly labelled
case("c04_forecast_labelled_si", [], "ERP forecast clearly labelled 'forecast only, not a purchase order, no commitment'", [
    ("LY_MRP_supplier_view_20240514.txt", T("""
        LIPA YACHTS d.o.o.   IZOLA                                               PAGE 1/1
        MATERIAL REQUIREMENTS - SUPPLIER FORECAST VIEW                RUN 14.05.2024 06:02
        ====================================================================================
        ***  FORECAST ONLY - THIS IS NOT A PURCHASE ORDER - NO COMMITMENT OF LIPA YACHTS  ***
        ***  DO NOT PRODUCE AND DO NOT BUY MATERIAL AGAINST THIS FORECAST                 ***
        ====================================================================================
        SUPPLIER   : 400871   XIAMEN HAIYUN MARINE HARDWARE CO., LTD.
        MATERIAL   : LL-25-316  PUSH-BUTTON LOCKER LATCH AISI 316, M5x0.8, 25 MM
        DRAWING    : LY-DRG 2500 REV 16
        BASIS      : PRODUCTION PLAN 2025 (LY 36 / LY 42) - SALES OUTLOOK 04/2024

        PERIOD      FORECAST QTY   UOM   HULLS   STATUS
        2025-01          180        PC      5    FORECAST
        2025-02          216        PC      6    FORECAST
        2025-03          216        PC      6    FORECAST
        2025-04          252        PC      7    FORECAST
        2025-05          216        PC      6    FORECAST
        2025-06          180        PC      5    FORECAST
        -------------------------------------------------
        TOTAL          1.260        PC     35

        NOTE: FIRM REQUIREMENTS ARE SENT ONLY AS PURCHASE ORDERS (DOC TYPE NB) WITH
              QUANTITY AND DATE. THIS PRINTOUT IS FOR YOUR CAPACITY PLANNING.
        CONTACT: GREGOR HRIBAR, NABAVA, +386 5 640 21 10
        """)),
])

# c05 - sample sign-off record: approved for fit check only; production not released
case("c05_signoff_scoped_us", [], "sample sign-off scoped to fit check; production not released; balance 24 on hold until sea trial + written release by Dana Whitfield", [
    ("SSR-2024-031_salon_cushions.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-2024-031"),
        ("p", "Keys Blue Charters LLC - Fleet Refit Program 2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "KB-SAL-380 Rev C salon cushion set (U-sofa + 2 berth cushions)"],
            ["Supplier", "Jadran Tapecirung d.o.o., Split"],
            ["PO / line", "PO 7790 line 1 - 2 sample sets"],
            ["Quoted production quantity", "24 sets (quote Q-JT-2024-117) - not released"],
            ["Checked on", "Blue Heron, 06/11/2024"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only. Production not released."),
        ("h", "Findings"),
        ("li", "Fit on U-sofa base OK, 5 mm gap at the aft corner is acceptable."),
        ("li", "Zipper to be moved to the underside on production sets (noted for drawing Rev D)."),
        ("li", "Piping color matches the swatch. Fire label EN 1021-1/-2 sewn in."),
        ("h", "What happens next"),
        ("p", "The balance of 24 sets stays on hold. It unlocks only after the sea trial on Blue Heron and a "
              "written production release from Dana Whitfield, Fleet Refit Manager. Material authority stays "
              "sample-only until then."),
        ("p", "Signed: Kelly Ortiz, Interiors Coordinator - 06/12/2024"),
    ], author="Kelly Ortiz")),
])

# c06 - full-quantity PO, no balance
case("c06_full_qty_po_tr", [], "full and final quantity PO (64 pcs), no sample stage, no balance; 'proceed with the full 64 pcs' is scoped", [
    ("MEG-PO-2024-0418.pdf", pdf([
        ("h1", "SATINALMA SIPARISI / PURCHASE ORDER  MEG-PO-2024-0418"),
        ("p", "Mavi Ege Gulet Tersanesi - Icmeler Mah. Tersane Sok. No 3, 48400 Bodrum / Mugla, Turkiye"),
        ("p", "Vendor: Siam Marine Teakworks Co., Ltd., 99/12 Moo 4, Bang Lamung, Chonburi 20150, Thailand"),
        ("p", "Date: 22.05.2024    Your quote: SMT-Q-2404 (18.05.2024)    Currency: USD"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Unit price", "Total"],
            ["10", "PS-350-T", "Teak porthole surround, round, dia. 350, DRG MEG-3500 Rev 4, 8 holes M6", "64", "pcs", "38,50", "2.464,00"],
        ]),
        ("p", "Total order value: USD 2.464,00. Delivery: CIF Bodrum, week 30."),
        ("h", "Order note"),
        ("p", "This is the full and final quantity for gulets 'Deniz Yildizi' and 'Aylin Sultan' (2 x 32 pcs). "
              "There is no sample stage and no balance on this order: the first article was signed off on our "
              "earlier order MEG-PO-2023-0907. Please proceed with the full 64 pcs (sixty-four) and buy teak "
              "for 64 pcs. ISO 9001:2015 certificate of your company please with the shipment."),
        ("p", "Issued by: Emre Yildiz, Satinalma / Purchasing"),
    ], title="MEG-PO-2024-0418", author="Mavi Ege Gulet Tersanesi")),
])

# c07 - EDI call-off with explicit staged material authority above the released quantity
case("c07_delfor_staged_material_nl", [], "call-off releases 40; staged material authority to 120 is explicit; forecast lines labelled not released; next call-off signed by Henk Visser", [
    ("DELFOR_VD-000312.txt", T("""
        EDI DELFOR D96A  -  HUMAN READABLE PRINT                      printed 03.06.2024 07:15
        ------------------------------------------------------------------------------------
        Message ref     : VD-DELFOR-000312          Call-off no.: 03
        Buyer           : VAN DAM BINNENVAART REFIT B.V.  (GLN 8719990000017)
        Supplier        : POMORSKIE PANELE SP. Z O.O.      (GLN 5909990000214)
        Scheduling agr. : VD-SA-2024-07
        Item            : HL-2400-600  HEADLINER PANEL 2400x600 VINYL LIGHT GREY
        Drawing         : VD-HL-118 rev 2

        LINE  TYPE        DELIVERY    QTY    CUM   REMARK
        1     FIRM        wk 25        40     40   released for production (call-off 03)
        2     PLANNING    wk 29        60    100   forecast - not released
        3     PLANNING    wk 33        60    160   forecast - not released
        4     PLANNING    wk 37        80    240   forecast - not released

        FAB AUTHORIZATION  (FAB) : CUM 40 PC   -> produce up to 40 panels
        MATERIAL AUTH.     (RAW) : CUM 120 PC  -> vinyl + FR foam for up to 120 panels (staged)

        FREE TEXT (buyer):
        Only line 1 is released for production: forty (40) panels. Lines 2-4 are forecast, not released,
        do not produce them. Material: you may buy vinyl and foam for up to 120 panels; this staged
        material authority is at our liability if the program stops. The next release comes only by the
        next call-off, signed by Henk Visser (bedrijfsleider).
        ------------------------------------------------------------------------------------
        END OF MESSAGE
        """)),
])

# c08 - signed auto-conversion record
case("c08_autoconversion_signed_si", [], "explicit recorded auto-conversion: quantity 18, signer Urška Kralj, conditions; remaining 18 need written release", [
    ("AC-LY-2024-03.docx", docx_bytes([
        ("h1", "Auto-conversion record AC-LY-2024-03"),
        ("p", "Lipa Yachts d.o.o., Izola  -  Jadran Tapecirung d.o.o., Split"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "BC-4200-FWD Rev B, V-berth cushion set fwd cabin, LY 42"],
            ["PO", "45-0192 rev 1 (line 10: 6 sample sets; line 20: 18 production sets)"],
            ["Quoted production quantity", "36 sets (quote JT-Q-2024-063), basis firm (LY 42 series 2024/25)"],
            ["Material authority", "staged, up to 24 sets (6 sample + 18 production)"],
        ]),
        ("h", "Statement"),
        ("p", "Lipa Yachts agrees that an APPROVED sample sign-off of the 6 sample sets, recorded by Tina Zupan "
              "(Engineering), releases eighteen (18) production sets (PO line 20) automatically, without a "
              "further release document."),
        ("h", "Conditions"),
        ("num", "The sign-off is recorded as 'approved' (not interim, not rejected) by 28.06.2024."),
        ("num", "No deviation is open on the samples."),
        ("num", "If the sign-off is interim or rejected, or comes after 28.06.2024, nothing is released by this record."),
        ("h", "Remaining quantity"),
        ("p", "The remaining 18 sets of the quote are not released by this record. They stay on hold until lot "
              "acceptance of the first 18 sets and a written release by Urška Kralj."),
        ("sp",),
        ("p", "Signed: Urška Kralj, Production Director (release authority) - 10.05.2024"),
        ("p", "Acknowledged for the supplier: Ivana Perić, Jadran Tapecirung d.o.o. - 13.05.2024"),
    ], author="Urška Kralj")),
])

# c09 - current scope + old quote forwarded as rfc822, declared informational
_old = mail(LILY, MARCUS, "Quotation HY-Q-22118 push latch", "Wed, 14 Sep 2022 16:20:00 +0800", T("""
    Dear Marcus,

    Thanks for your inquiry. Please find our price for the push latch (old type PL-20, chrome brass):

      1,500 pcs   USD 4.10/pc
      3,000 pcs   USD 3.85/pc

    FOB Xiamen, lead time 30 days. Samples free of charge.
    """) + SIG_LILY)
_t = T("""
    Hi Lily,

    PO 7802 covers twelve (12) sample push-button latches LL-25-316 for the fit check on our charter
    boats. That is the only quantity released now.

    The production balance (288 pcs on your quote HY-Q-24061) is not released. It unlocks after Kelly
    Ortiz signs off the samples and Dana Whitfield sends a written release. Material: buy for the 12
    samples only.

    Below I forward your 2022 quote for the old latch type, only so you can see what we paid back then.
    It is for information only: the 1,500 pcs on that old quote are not an order and not released,
    please ignore that quantity.

    Thanks,
    Marcus
    """) + SIG_MARCUS
case("c09_fwd_old_quote_us", [], "old quote with 1,500 pcs forwarded as rfc822 and declared informational; current scope complete (12 samples, 288 on hold, Kelly sign-off + Dana release)", [
    ("PO_7802_latches.eml", eml_bytes(mail(MARCUS, LILY, "PO 7802 sample latches + FW: old quote 2022",
                                          "Tue, 04 Jun 2024 14:05:00 -0400", _t, cc=KELLY,
                                          attachments=[("rfc822", _old)]))),
])

# c10 - buyer reply correcting a quoted supplier assumption of auto-conversion
_t = T("""
    Dear Lily,

    No, please don't do that. Sample approval is not a production release.

    PO MEG-PO-2024-0433 is for 10 (ten) sample sets of galley fittings only (gimbal bracket GF-80-316 +
    fiddle rail FR-600). The balance 590 sets on your quote stays on hold. After Selin Aksoy signs off
    the samples, Kaan Demirtaş (Yard Manager) will send a written release with the quantity. Without
    this written release nothing more than the 10 sets, and no material for the balance please.

    Kolay gelsin,
    Emre
    """) + SIG_EMRE + "\n" + T("""
    On Tue, 11 Jun 2024 at 10:02, Lily Chen <lily.chen@haiyunmarine.com.cn> wrote:
    """) + quote(T("""
    Dear Emre,

    Noted with thanks for your PO. Samples 10 sets will be ready 25 June.
    After you approve samples we will go directly to mass production of 590 sets, no need new document,
    to save time for your season.

    Best regards,
    Lily
    """))
case("c10_reply_corrects_autoconv_tr", [], "quoted supplier assumption of auto-conversion is corrected by the buyer; buyer scope complete (10 samples, 590 on hold, Selin sign-off, Kaan written release)", [
    ("RE_galley_fittings_samples.eml", eml_bytes(mail(EMRE, LILY, "RE: Sample gimbal brackets GF-80-316 - schedule",
                                                     "Tue, 11 Jun 2024 11:37:00 +0300", _t, cc=SELIN,
                                                     in_reply_to="<h213-lc-0611@haiyunmarine.com.cn>"))),
])

# c11 - WeChat: supplier states the deposit does not release production
case("c11_wechat_deposit_not_release_cn", [], "supplier says deposit is payment only and does not release production; buyer confirms 20 samples, 280 on hold until Kelly sign-off + Dana written release", [
    ("WeChat_Lily_Chen_Haiyun.txt", T("""
        WeChat chat history with Lily Chen(海运五金 Haiyun)
        Exported 2024-06-19 18:02
        ------------------------------------------------
        2024-06-03 21:14  Marcus Bell
        Hi Lily, PO 7815 sent by mail. 20 sample fiddle rails FR-600 polished 316 only.
        2024-06-03 21:15  Marcus Bell
        Balance 280 pcs not released, on hold until Kelly signs off the samples and Dana Whitfield sends a written release
        2024-06-04 08:40  Lily Chen(海运五金 Haiyun)
        Well noted Marcus 👌 PI HY-PI-24077 for sample lot + polishing fixture in your mail
        2024-06-12 22:05  Marcus Bell
        We paid the 30% deposit on PI HY-PI-24077 today
        2024-06-13 09:11  Lily Chen(海运五金 Haiyun)
        Received, thank you Marcus. Just to confirm: deposit is only payment, it does not release production.
        2024-06-13 09:12  Lily Chen(海运五金 Haiyun)
        We make only 20pcs sample fiddle rail. For 280pcs balance we wait written release from Ms. Dana after sample sign-off
        2024-06-13 09:30  Marcus Bell
        Correct 👍 20 samples only. Balance 280 on hold until Kelly signs off and Dana releases in writing
        2024-06-13 09:31  Lily Chen(海运五金 Haiyun)
        [OK]
        """)),
])

# c12 - supplier acknowledgement restating the hold (quoted reply, multipart/alternative)
_t = T("""
    Dear Mr Joris,

    Thank you for PO 4500-2290. We confirm the scope as written in your PO note:

    - 8 (eight) sample panels HL-2400-600 for fit check on MS Zwaluw, delivery week 26
    - balance 232 panels is not released, we do not produce them
    - material: we buy vinyl and foam for the 8 sample panels only
    - balance will be released only after sample sign-off by Mrs Marloes Bakker and written release
      from Mr Henk Visser

    Samples are in production from Monday.
    """) + SIG_AGNIESZKA + "\n" + T("""
    From: Joris de Wit <j.dewit@vandam-refit.nl>
    Sent: Thursday, 30 May 2024 15:12
    To: Agnieszka Wiśniewska
    Subject: PO 4500-2290 headliner panels - sample lot

    """) + quote(T("""
    Hello Agnieszka,

    PO 4500-2290 attached. PO note:
    Active now: 8 sample panels HL-2400-600 for the fit check on MS Zwaluw.
    The balance of 232 panels (your offer PP-Q-0408) is NOT released.
    Material authority: sample-only, vinyl and foam for 8 panels.
    Unlock: sample sign-off by Marloes Bakker, then written release by Henk Visser (bedrijfsleider).

    Gr. Joris
    """))
case("c12_ack_restates_hold_pl", [], "supplier acknowledgement restates the hold; quoted buyer PO note has active qty 8, hold on 232, event and Henk Visser", [
    ("RE_PO_4500-2290.eml", eml_bytes(mail(AGNIESZKA, JORIS, "RE: PO 4500-2290 headliner panels - sample lot",
                                          "Fri, 31 May 2024 09:03:00 +0200", _t, html=text_to_html(_t),
                                          in_reply_to="<h213-jdw-0530@vandam-refit.nl>"))),
])

# c13 - Italian supplier status report restating hold and sample-only material
case("c13_status_report_it", [], "supplier status report: samples only, series quantities shown as 'not released - information only', material bought for samples only", [
    ("SAL_07-2024_Lipa.pdf", pdf([
        ("h1", "STATO AVANZAMENTO / STATUS REPORT n. 07/2024"),
        ("p", "Bressan Nautica S.r.l. - Via dei Cantieri 7 - 34074 Monfalcone (GO) - P.IVA IT01234560318"),
        ("p", "Customer: Lipa Yachts d.o.o., Izola - att. Mr. Gregor Hribar, Ms. Tina Zupan"),
        ("p", "Your order: PO 45-0201 (sample lot)     Date: 07.06.2024"),
        ("h", "Sample lot - active"),
        ("table", [
            ["Item", "Description", "PO qty", "Status", "Material"],
            ["TG-1200-44 Rev 3", "Cockpit teak grate 1200 x 440, slats 44 mm", "4", "3 finished, 1 in sanding", "teak bought for 4 pcs only"],
            ["PS-350 Rev 1", "Teak porthole surround dia. 350", "6", "finished, ready for shipping", "teak bought for 6 pcs only"],
        ]),
        ("h", "Series - information only, NOT released"),
        ("table", [
            ["Item", "Quoted series qty", "Status"],
            ["TG-1200-44", "116", "on hold - waiting sample sign-off (Ms. Tina Zupan) and written release (Ms. Urska Kralj)"],
            ["PS-350", "180", "on hold - waiting sample sign-off (Ms. Tina Zupan) and written release (Ms. Urska Kralj)"],
        ]),
        ("p", "As per your PO note the material authority is sample only: we did not purchase teak for the "
              "series. Shipping of the sample lot planned 12.06.2024 by truck (Monfalcone - Izola, 1 day)."),
        ("p", "We remain at disposal for any clarification. Cordiali saluti, Giulia Bressan - Ufficio Commerciale"),
    ], title="Status report 07/2024", author="Bressan Nautica")),
])

# c14 - interim sign-off with limits, technical only, release by separate note
case("c14_interim_signoff_nl", [], "interim disposition with quantity (20) and expiry limits; states it releases nothing; release note by Henk Visser for 20; balance 100 on hold", [
    ("VD-SSO-2024-019.docx", docx_bytes([
        ("h1", "Monsterbeoordeling / Sample sign-off - INTERIM"),
        ("p", "Record VD-SSO-2024-019 - Van Dam Binnenvaart Refit B.V., Werkendam"),
        ("table", [
            ["Veld / Field", "Entry"],
            ["Part", "HL-2400-600 headliner panel 2400x600, vinyl light grey, drawing VD-HL-118 rev 2"],
            ["Supplier", "Pomorskie Panele Sp. z o.o., Gdynia"],
            ["PO", "4500-2275 rev 1 (line 10: 8 sample panels, line 20: 20 panels)"],
            ["Quoted production quantity", "120 panels (offer PP-Q-0395), plus the 8 samples"],
            ["Checked on", "MS Zwaluw, crew cabins + wheelhouse, 03.07.2024"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("li", "Quantity limit: 20 panels."),
        ("li", "Expiry: 31.07.2024."),
        ("li", "Reason: vinyl colour a little warmer than the master swatch (delta E 1,8). Acceptable for crew cabins only."),
        ("p", "This sign-off is a technical disposition. It does not release anything by itself."),
        ("h", "Production release"),
        ("p", "Production release for the 20 panels of line 20: release note VD-RN-0712, signed by Henk Visser "
              "(bedrijfsleider), 04.07.2024."),
        ("p", "The balance of 100 panels is not released. It unlocks after a full sign-off on a new colour batch "
              "and a written release by Henk Visser."),
        ("sp",),
        ("p", "Marloes Bakker, projectingenieur - 03.07.2024"),
    ], author="Marloes Bakker")),
])

# c15 - deviation permit that changes no quantity
case("c15_deviation_permit_si", [], "deviation permit on 4 sample grates; changes no quantity, releases nothing; balance 116 on hold until Tina's sign-off + Urška's written release", [
    ("DP-LY-0042.pdf", pdf([
        ("h1", "DEVIATION PERMIT DP-LY-0042"),
        ("p", "Lipa Yachts d.o.o. - Engineering - Izola, 05.06.2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "TG-1200-44 Rev 3, cockpit teak grate LY 42"],
            ["Supplier", "Bressan Nautica S.r.l., Monfalcone"],
            ["PO / line", "45-0201 line 10 - 4 sample grates"],
            ["Deviation", "teak slats 42 mm instead of 44 +/-0,5 mm; caulking black instead of grey"],
            ["Applies to", "the 4 sample grates only"],
            ["Reason", "fit check on hull 42-09; slat width has no effect on the fit"],
        ]),
        ("p", "This permit accepts a dimensional deviation on the 4 sample grates. It changes no quantity and "
              "releases no production. The balance of 116 grates remains on hold until sample sign-off by "
              "Tina Zupan and a written release by Urska Kralj. Series grates must be to drawing (44 mm)."),
        ("p", "Issued: Tina Zupan, Engineering / Interior design lead"),
    ], title="DP-LY-0042", author="Lipa Yachts Engineering")),
])

# c16 - Teams: go-ahead scoped to the 2 sample sets only
case("c16_teams_scoped_goahead_us", [], "'go ahead with the 2 sample cushion sets only'; 24 not released, on hold until Kelly sign-off + written release by Dana (me)", [
    ("Teams_KeysBlue_Jadran.txt", T("""
        Microsoft Teams - chat export
        Chat: Keys Blue / Jadran - salon cushions (external)
        Participants: Dana Whitfield, Marcus Bell, Ivana Perić (Guest)

        [6/12/2024 3:04 PM] Ivana Perić (Guest): Hi Dana, foam and vinyl for the samples arrived today. Can we start cutting?
        [6/12/2024 3:11 PM] Dana Whitfield: Yes - go ahead with the 2 sample cushion sets only (PO 7790).
        [6/12/2024 3:12 PM] Dana Whitfield: The other 24 sets are not released and stay on hold until Kelly signs off the samples after the sea trial and I send you a written release.
        [6/12/2024 3:15 PM] Ivana Perić (Guest): Clear, only 2 sets. Thank you!
        [6/12/2024 3:16 PM] Marcus Bell: 👍
        """)),
])

# c17 - ERP full-quantity PO full of quantity-like identifiers
case("c17_erp_identifiers_si", [], "full and final quantity 250 pcs, no balance; many identifiers that look like quantities (DRG 4400 R12, M5x0.8, 480 h, Hall 1200, cost centre 3000)", [
    ("NB_45-0250.txt", T("""
        LIPA YACHTS d.o.o. | Industrijska cesta 12 | 6310 Izola | SI 61234567
        NAROČILNICA / PURCHASE ORDER            45-0250     Rev 0     Date 07.05.2024
        ---------------------------------------------------------------------------------
        Supplier : 400871 Xiamen Haiyun Marine Hardware Co., Ltd., Xiamen, CN
        Incoterm : FOB Xiamen             Payment: 60 days end of month
        Project  : LY42-2024              Cost centre: 3000

        Pos  Material       Description                                 Qty   UoM  Price EUR   Value EUR
        10   LL-2500-316    Push latch AISI 316, M5x0.8, DRG 4400 R12     250   PC       4,35     1.087,50
        ---------------------------------------------------------------------------------
        Total value EUR 1.087,50

        Delivery : 250 PC week 28, goods-in Hall 1200 / gate 3, Izola
        Quality  : supplier certified ISO 9001:2015; salt spray ISO 9227 NSS 480 h without red rust;
                   material certificate EN 10204 3.1 with each lot
        Packing  : a dozen (12) latches per bag, bag label with PO and position
        Note     : Full and final quantity. 250 pcs (two hundred fifty) for hulls 31 to 40 of LY 42.
                   No sample stage on this order: sample sign-off was done under PO 45-0188
                   (FAI-2024-0016). Please produce and deliver the complete 250 pcs.

        Issued by: Gregor Hribar, Nabava / Purchasing
        """)),
])

# c18 - HTML buyer portal, full-quantity PO with three delivery schedule lines
case("c18_portal_full_qty_nl", [], "portal PO for the full 96 pcs in three schedule lines; no sample stage, no balance; 'proceed with the full 96 pcs' is scoped", [
    ("inkooporder_4500-2302.html", html_page("Inkooporder 4500-2302 - Van Dam leveranciersportaal", T("""
        <h2>Van Dam Binnenvaart Refit B.V. &ndash; Leveranciersportaal</h2>
        <p>Ingelogd als: Xiamen Haiyun Marine Hardware Co., Ltd. (leverancier 700318)</p>
        <h3>Inkooporder / Purchase order 4500-2302</h3>
        <table>
        <tr><th>Orderdatum</th><td>27.05.2024</td><th>Inkoper</th><td>Joris de Wit</td></tr>
        <tr><th>Status</th><td>Verzonden / Sent</td><th>Incoterm</th><td>FOB Xiamen</td></tr>
        </table>
        <h3>Regels / Lines</h3>
        <table>
        <tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Prijs USD</th><th>Bedrag USD</th></tr>
        <tr><td>10</td><td>FR-600</td><td>Galley fiddle rail 600 mm, AISI 316 polished, drawing VD-GF-600 rev 3</td><td>96</td><td>11,20</td><td>1.075,20</td></tr>
        </table>
        <h3>Leverschema / Delivery schedule</h3>
        <table>
        <tr><th>Schema</th><th>Week</th><th>Aantal</th></tr>
        <tr><td>1</td><td>27</td><td>32</td></tr>
        <tr><td>2</td><td>31</td><td>32</td></tr>
        <tr><td>3</td><td>35</td><td>32</td></tr>
        </table>
        <div class="note"><b>Opmerking inkoper / buyer note:</b> Full quantity order: 96 pcs for the galleys of
        MS Zwaluw, MTS Nijverheid and MS Arend (32 each). No sample stage and no balance: samples were signed off
        under PO 4500-2188. Please proceed with the full 96 pcs according to the delivery schedule.</div>
        <p><a href="#">Orderbevestiging versturen / Send acknowledgement</a></p>
        """), lang="nl")),
])

# c19 - HTML supplier portal with quote tiers
case("c19_supplier_portal_quote_cn", [], "supplier quotation page with sample and price-break tiers; explicitly a quotation, not an order; no authorization", [
    ("HY-Q-24088.html", html_page("Quotation HY-Q-24088 - Haiyun customer portal", T("""
        <h2>Xiamen Haiyun Marine Hardware Co., Ltd. &ndash; Customer Portal</h2>
        <p>Customer: Mavi Ege Gulet Tersanesi (Bodrum) &nbsp;|&nbsp; Contact: Lily Chen</p>
        <h3>Quotation HY-Q-24088 &nbsp; (date 2024-05-20, valid 60 days)</h3>
        <table>
        <tr><th>Item</th><th>Description</th><th>Qty tier</th><th>Unit price USD</th><th>Lead time</th></tr>
        <tr><td>LL-25-316</td><td>Push-button locker latch AISI 316, M5x0.8</td><td>10 pcs (sample)</td><td>9.80</td><td>15 days after PO</td></tr>
        <tr><td>LL-25-316</td><td>same</td><td>500 pcs</td><td>4.20</td><td>30 days after your written release</td></tr>
        <tr><td>LL-25-316</td><td>same</td><td>1,000 pcs</td><td>3.90</td><td>35 days after your written release</td></tr>
        <tr><td>LL-25-316</td><td>same</td><td>2,000 pcs</td><td>3.70</td><td>40 days after your written release</td></tr>
        </table>
        <p>Salt spray test ISO 9227 NSS 480 h report available. Factory ISO 9001:2015.</p>
        <p class="note">This page is a quotation only, it is not an order confirmation. Price tiers for reference of
        your purchasing.</p>
        <p><a href="#">Download PDF</a> | <a href="#">Ask a question</a></p>
        """))),
])

# c20 - labelled forecast mail, multipart/alternative
_t = T("""
    Dear Ivana hanım,

    For your capacity planning we share our forecast for the 2025 season: about 14 gulets to refit,
    approx. 9 cushion sets each, so around 126 sets.

    This is a forecast only. It is not an order and not a commitment of Mavi Ege. Please do not buy
    fabric or foam against this forecast. Real orders will come as separate PO with quantity, one per
    gulet, after the owners confirm.

    Our current PO MEG-PO-2024-0402 (full quantity 18 sets, already in production with you) is not
    affected by this mail.

    Saygılarımla / best regards,
    Emre
    """) + SIG_EMRE
case("c20_forecast_mail_tr", [], "forecast clearly labelled 'not an order and not a commitment', no material against it; current PO is a full-quantity PO", [
    ("Mavi_Ege_cushions_2024-05-22.eml", eml_bytes(mail(EMRE, IVANA, "2025 season - cushion sets forecast (NOT an order)",
                                               "Wed, 22 May 2024 10:15:00 +0300", _t, html=text_to_html(_t)))),
])

# c21 - sample PO with full scope and quoted production quantity marked informational
case("c21_sample_po_full_scope_tr", [], "PO note does all four jobs; quoted 60 pcs shown 'information only, NOT released'; material sample-only", [
    ("MEG-PO-2024-0447.pdf", pdf([
        ("h1", "PURCHASE ORDER  MEG-PO-2024-0447"),
        ("p", "Mavi Ege Gulet Tersanesi - Icmeler Mah. Tersane Sok. No 3, 48400 Bodrum / Mugla, Turkiye"),
        ("p", "To: Bressan Nautica S.r.l., Via dei Cantieri 7, 34074 Monfalcone (GO), Italy - att. Ms. Giulia Bressan"),
        ("p", "Date: 29.05.2024    Quote: BN-24-0331    Currency: EUR"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Price", "Amount"],
            ["10", "DG-800-38", "Teak deck shower grate 800 x 380, SAMPLE", "4", "pcs", "145,00", "580,00"],
        ]),
        ("h", "Quoted production quantity - information only, NOT released"),
        ("table", [
            ["Part", "Qty", "Price", "Basis"],
            ["DG-800-38", "60", "96,00", "forecast (depends on gulet owners)"],
        ]),
        ("h", "PO scope note"),
        ("p", "1) Active now: 4 (four) sample grates, line 10."),
        ("p", "2) The remaining 60 pcs are not released and are not covered by this PO."),
        ("p", "3) Please make the 4 samples. Material authority: sample only (teak for 4 pcs)."),
        ("p", "4) Unlock: sample sign-off by Selin Aksoy (Project Engineer), then written release and revised PO by Kaan Demirtas (Yard Manager)."),
        ("p", "Issued by: Emre Yildiz, Satinalma / Purchasing"),
    ], title="MEG-PO-2024-0447", author="Mavi Ege Gulet Tersanesi")),
])

# c22 - three documents of one order, all consistent: ERP PO rev 2 + release notice + supplier ack
_t = T("""
    Dear Mr Joris,

    we confirm your release REL-VD-0031 and PO 4500-2264 rev 2:

    - line 20: 40 (forty) headliner panels HL-2400-600 released for production, delivery week 29
    - material: vinyl and foam for the 40 panels
    - balance 74 panels not released, we do not start them; we wait your next written release from
      Mr Henk Visser after lot acceptance of the 40

    Thank you for the quick sign-off of the samples.
    """) + SIG_AGNIESZKA + "\n" + T("""
    On 14.06.2024 at 11:20, Joris de Wit wrote:
    """) + quote(T("""
    Agnieszka, attached release notice REL-VD-0031 (40 panels) and PO 4500-2264 rev 2 with the new
    line 20. The rest (74 panels) stays on hold, see the notice. Please acknowledge.
    Gr. Joris
    """))
case("c22_three_docs_consistent_nl", [], "PO rev 2, release notice and supplier ack agree: 40 released, 74 on hold until lot acceptance + written release by Henk Visser, material 40", [
    ("PO_4500-2264_rev2.txt", T("""
        VAN DAM BINNENVAART REFIT B.V.            INKOOPORDER / PURCHASE ORDER
        Havenweg 4, 4251 NP Werkendam             4500-2264   REVISIE 2   14.06.2024
        -------------------------------------------------------------------------------
        Leverancier : 700214 POMORSKIE PANELE SP. Z O.O., GDYNIA (PL)
        Offerte     : PP-Q-0388 (120 panels in total)
        -------------------------------------------------------------------------------
        Rgl  Artikel       Omschrijving                         Aantal  Eh   Prijs EUR  Bedrag EUR
        10   HL-2400-600   Headliner panel, SAMPLE (delivered)       6  ST       64,00      384,00
        20   HL-2400-600   Headliner panel, production              40  ST       51,40    2.056,00
        -------------------------------------------------------------------------------
        Totaal EUR 2.440,00

        Revisie 2: line 20 added for production release REL-VD-0031 (40 panels).
        The remaining 74 panels of offer PP-Q-0388 are not released and not ordered.
        Next release: after lot acceptance of line 20 and a written release by Henk Visser.
        Inkoper: Joris de Wit
        """)),
    ("REL-VD-0031.docx", docx_bytes([
        ("h1", "Release notice REL-VD-0031"),
        ("table", [
            ["Field", "Entry"],
            ["Order", "HL-2400-600 headliner panel, Pomorskie Panele, offer PP-Q-0388"],
            ["PO / line", "4500-2264 rev 2, line 20"],
            ["Released quantity", "40 panels"],
            ["Unlock event", "sample sign-off approved 12.06.2024 (VD-SSO-2024-021, Marloes Bakker)"],
            ["Material authority", "40 panels (equal to the released quantity)"],
            ["Balance on hold", "74 panels - unlock: lot acceptance of the 40 + next written release"],
            ["Authorized by", "Henk Visser, bedrijfsleider (release authority)"],
            ["Date", "14.06.2024"],
        ]),
        ("p", "Henk Visser"),
    ], author="Henk Visser")),
    ("RE_release_REL-VD-0031.eml", eml_bytes(mail(AGNIESZKA, JORIS, "RE: Release REL-VD-0031 / PO 4500-2264 rev 2",
                                                 "Fri, 14 Jun 2024 13:48:00 +0200", _t,
                                                 in_reply_to="<h213-jdw-0614@vandam-refit.nl>"))),
])

# c23 - minutes that keep sign-off, PO and production release apart
case("c23_minutes_terms_apart_si", [], "minutes keep 'sample sign-off', 'PO issued' and 'production release' apart; 3 sample sets active, 27 on hold until budget sign-off + revised PO + written release by Urška Kralj", [
    ("Zapisnik_2024-05-22_Jadran.docx", docx_bytes([
        ("h1", "Zapisnik sestanka / Minutes of meeting"),
        ("p", "Lipa Yachts d.o.o. / Jadran Tapecirung d.o.o. - Izola, 22.05.2024"),
        ("p", "Present: Gregor Hribar (nabava), Tina Zupan (engineering), Ivana Perić and Tomislav Babić (Jadran). "
              "Subject: saloon cushion set SC-3600 for LY 36, PO 45-0207."),
        ("h", "1. Sample sign-off"),
        ("p", "The 3 sample sets were checked on hull 36-07. Result: sample sign-off approved, recorded by Tina "
              "Zupan as SSO-LY-0058. This is a technical result only."),
        ("h", "2. Purchase order"),
        ("p", "PO 45-0207 was issued on 02.05.2024 for the 3 sample sets. Commercial cover: 3 sets."),
        ("h", "3. Production release"),
        ("p", "Not given. The balance of 27 sets (quote JT-Q-2024-088, basis firm) stays on hold. Urška Kralj "
              "will issue the written production release after the budget sign-off for the LY 36 series "
              "(expected week 24), together with a revised PO."),
        ("h", "4. Material"),
        ("p", "Sample only. Jadran does not buy fabric or foam for the 27 sets before the production release."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Who", "When"],
            ["1", "Send SSO-LY-0058 to Jadran", "T. Zupan", "24.05."],
            ["2", "Budget sign-off LY 36 series", "management", "wk 24"],
            ["3", "Written production release + revised PO", "U. Kralj / G. Hribar", "after action 2"],
        ]),
        ("p", "Zapisal / minutes: Gregor Hribar"),
    ], author="Gregor Hribar")),
])

# c24 - supplier asks to buy material for the whole series; buyer says no (quoted reply)
_t = T("""
    Hi Agnieszka,

    No, please don't order vinyl for all 240 panels. Material authority on PO 4500-2296 stays
    sample-only: vinyl and foam for the 8 sample panels.

    I understand the 6 weeks lead time. If Marloes is happy with the fit on MS Zwaluw I will ask Henk
    Visser for a staged material authority, in writing. Until you have that, nothing beyond the samples.

    The balance of 232 panels stays not released until sample sign-off by Marloes Bakker and a written
    release from Henk Visser.

    Gr. Joris
    """) + SIG_JORIS + "\n" + T("""
    Van: Agnieszka Wiśniewska <a.wisniewska@pomorskie-panele.pl>
    Verzonden: dinsdag 11 juni 2024 08:52
    Aan: Joris de Wit
    Onderwerp: PO 4500-2296 - vinyl order for complete series?

    """) + quote(T("""
    Dear Mr Joris,

    our vinyl supplier has now 6 weeks lead time. Can we order the vinyl for whole 240 panels now,
    so we are not late when you release? We will be careful with the stock.

    Best regards / Pozdrawiam
    Agnieszka
    """))
case("c24_material_question_refused_nl", [], "supplier asks to buy material for 240; buyer refuses: sample-only material, 8 samples, 232 on hold until Marloes sign-off + Henk written release", [
    ("RE_PO_4500-2296_vinyl.eml", eml_bytes(mail(JORIS, AGNIESZKA, "RE: PO 4500-2296 - vinyl order for complete series?",
                                                "Tue, 11 Jun 2024 10:30:00 +0200", _t, cc=MARLOES,
                                                in_reply_to="<h213-aw-0611@pomorskie-panele.pl>"))),
])

# c25 - proforma for the sample lot: payment does not release production
case("c25_proforma_not_release_hr", [], "supplier proforma for the sample lot says payment does not release the remaining 16 sets; written release by Kaan Demirtaş needed", [
    ("PI-JT-2024-052.pdf", pdf([
        ("h1", "PREDRACUN / PROFORMA INVOICE  PI-JT-2024-052"),
        ("p", "Jadran Tapecirung d.o.o. - Kopilica 14, 21000 Split, Croatia - OIB 48213377105"),
        ("p", "Buyer: Mavi Ege Gulet Tersanesi, Bodrum, Turkiye - your PO MEG-PO-2024-0421 (sample lot)"),
        ("p", "Date: 24.05.2024"),
        ("table", [
            ["Pos", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
            ["1", "Sample cushion set gulet 24 m (saloon + 2 cabins), marine vinyl, CMHR foam", "2", "set", "1.260,00", "2.520,00"],
            ["2", "Cutting templates", "1", "lot", "480,00", "480,00"],
            ["", "Total", "", "", "", "3.000,00"],
            ["", "Advance 50 %", "", "", "", "1.500,00"],
        ]),
        ("p", "This proforma covers the sample lot under your PO MEG-PO-2024-0421 only. Payment of this proforma "
              "does not release production of the remaining 16 sets of our quote JT-Q-2024-071. We start the "
              "series only after your written release signed by Mr Kaan Demirtas, after the sample sign-off."),
        ("p", "IBAN HR12 2340 0091 1100 2233 4 - SWIFT PBZGHR2X. Lijep pozdrav, Ivana Peric"),
    ], title="PI-JT-2024-052", author="Jadran Tapecirung")),
])

# ================================================================ POSITIVE
# p01 - sample PO with the quote's series quantity in a table, nothing else
case("p01_sample_po_quote_table_si", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 sets shows the quote's 48 series sets unmarked; never says the balance is not released, no unlock event, no release person", [
    ("NB_45-0214.pdf", pdf([
        ("h1", "NAROCILNICA / PURCHASE ORDER  45-0214"),
        ("p", "Lipa Yachts d.o.o. - Industrijska cesta 12 - 6310 Izola - Slovenia - ID SI61234567"),
        ("p", "Supplier: 400655 Jadran Tapecirung d.o.o., Kopilica 14, 21000 Split, Croatia"),
        ("p", "Date: 13.05.2024    Delivery: DAP Izola    Payment: 60 days"),
        ("table", [
            ["Pos", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
            ["10", "BC-4200-FWD", "V-berth cushion set fwd cabin LY 42, Rev B - sample", "6", "set", "685,00", "4.110,00"],
        ]),
        ("h", "Reference: offer JT-Q-2024-063 (Jadran Tapecirung)"),
        ("table", [
            ["Item", "Qty", "Price EUR", "Delivery"],
            ["Sample sets", "6", "685,00", "week 23"],
            ["Series sets LY 42 2024/25", "48", "590,00", "from week 30"],
        ]),
        ("p", "Please confirm this order within 3 days. Invoice always with our PO number. Fabric fire "
              "certificate EN 1021-1/-2 with the delivery."),
        ("p", "Issued by: Gregor Hribar, Nabava / Purchasing"),
    ], title="45-0214", author="Lipa Yachts")),
])

# p02 - mail authorizes 4 samples, attached quote shows 176 unmarked; release person named only
_q = pdf([
    ("h1", "QUOTATION SMT-Q-2406"),
    ("p", "Siam Marine Teakworks Co., Ltd. - 99/12 Moo 4, Bang Lamung, Chonburi 20150, Thailand"),
    ("p", "To: Keys Blue Charters LLC, Fort Lauderdale - Attn: Khun Marcus Bell    Date: 27 May 2024"),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "TG-0900-35 Rev A", "Teak swim platform grate 900 x 350, sample", "4", "210.00", "840.00"],
        ["2", "TG-0900-35 Rev A", "Teak swim platform grate 900 x 350, production", "176", "148.00", "26,048.00"],
    ]),
    ("p", "Lead time: sample 3 weeks, production 45 days. Burma teak grade A, moisture max 12%. FOB Laem Chabang."),
    ("p", "Payment: T/T 50% deposit, 50% before shipment."),
], title="SMT-Q-2406", author="Siam Marine Teakworks")
_t = T("""
    Hi Khun Somchai,

    Our PO 7796 went out through the portal this morning. It covers the 4 (four) sample swim platform
    grates TG-0900-35 Rev A. Your quote SMT-Q-2406 is attached again so everything is in one place.

    Please ship the samples by DHL to our Fort Lauderdale yard, attn Kelly Ortiz.

    Dana Whitfield is the release authority for this refit program, all questions on quantities go to her.

    Thanks!
    Marcus
    """) + SIG_MARCUS
case("p02_mail_quote_attached_us", ["RG001", "RG003", "RG004"],
     "mail authorizes 4 samples; attached quote shows 176 production grates unmarked; no hold, no unlock event; Dana named as release authority", [
    ("PO_7796_samples.eml", eml_bytes(mail(MARCUS, SOMCHAI, "PO 7796 swim platform grates - samples",
                                          "Tue, 28 May 2024 09:20:00 -0400", _t, cc=KELLY,
                                          attachments=[("SMT-Q-2406.pdf", _q, PDF_MT)]))),
])

# p03 - cover mail (10 samples) vs PO pdf (12 samples) vs supplier quote (10 + 230)
_t = T("""
    Hi Agnieszka,

    Attached PO 4500-2281 for the sample lot of headliner panels HL-2400-600 for MTS Nijverheid:
    10 (ten) sample panels.

    The balance of 230 panels from your offer PP-Q-0412 is not released. It is on hold until Marloes
    Bakker signs off the samples on board and Henk Visser sends a written release. Material: only for
    the 10 samples.

    Gr. Joris
    """) + SIG_JORIS
case("p03_three_files_qty_conflict_nl", ["RG011"],
     "cover mail says 10 sample panels, the PO PDF line says 12; scope otherwise complete and the quote's 230 is covered by the hold", [
    ("mail_PO_4500-2281.eml", eml_bytes(mail(JORIS, AGNIESZKA, "PO 4500-2281 headliner panels MTS Nijverheid - sample lot",
                                            "Thu, 06 Jun 2024 16:02:00 +0200", _t, cc=MARLOES))),
    ("PO_4500-2281.pdf", pdf([
        ("h1", "INKOOPORDER / PURCHASE ORDER 4500-2281"),
        ("p", "Van Dam Binnenvaart Refit B.V. - Havenweg 4 - 4251 NP Werkendam - NL"),
        ("p", "Leverancier: 700214 Pomorskie Panele Sp. z o.o., ul. Portowa 21, 81-350 Gdynia, PL"),
        ("p", "Orderdatum: 06.06.2024    Levering: DAP Werkendam, week 27    Offerte: PP-Q-0412"),
        ("table", [
            ["Regel", "Artikel", "Omschrijving", "Aantal", "Eh", "Prijs EUR", "Bedrag EUR"],
            ["10", "HL-2400-600", "Headliner panel 2400x600, vinyl light grey, SAMPLE", "12", "ST", "64,00", "768,00"],
        ]),
        ("p", "Totaal EUR 768,00"),
        ("p", "PO note: sample lot for the fit check on MTS Nijverheid. The balance is not released; unlock "
              "after sample sign-off by Marloes Bakker and written release by Henk Visser. Material: samples only."),
        ("p", "Inkoper: Joris de Wit"),
    ], title="4500-2281", author="Van Dam Binnenvaart Refit")),
    ("offer_PP-Q-0412.pdf", pdf([
        ("h1", "OFERTA / OFFER PP-Q-0412"),
        ("p", "Pomorskie Panele Sp. z o.o. - ul. Portowa 21, 81-350 Gdynia - NIP 5861234567"),
        ("p", "For: Van Dam Binnenvaart Refit B.V., Mr Joris de Wit    Date: 28.05.2024"),
        ("table", [
            ["Lp.", "Item", "Description", "Qty", "Price EUR", "Value EUR"],
            ["1", "HL-2400-600", "Headliner panel, sample for fit check", "10", "64,00", "640,00"],
            ["2", "HL-2400-600", "Headliner panel, series", "230", "51,40", "11.822,00"],
        ]),
        ("p", "Total 240 panels. Fire class EN 13501-1 B-s1,d0 test report attached on request. Delivery of the "
              "series 5 weeks after release. Pozdrawiamy, Agnieszka Wisniewska"),
    ], title="PP-Q-0412", author="Pomorskie Panele")),
])

# p04 - WhatsApp: complete scope, then an unscoped 'ok approved go ahead'
case("p04_whatsapp_unscoped_tr", ["RG002"],
     "scope complete earlier in the chat (4 samples, 60 on hold, Selin sign-off, Kaan written release); later 'ok approved go ahead' names neither sample-only nor a quantity", [
    ("WhatsApp_Chat_Emre_Somchai.txt", T("""
        03/06/2024, 10:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        03/06/2024, 10:02 - Emre Mavi Ege: Merhaba Khun Somchai. PO MEG-PO-2024-0429 sent by mail today
        03/06/2024, 10:04 - Emre Mavi Ege: Scope: 4 sample oval porthole surrounds PS-420 only. Balance 60 pcs not released, on hold until Selin Aksoy sign off the samples on the boat and Kaan Bey (Kaan Demirtaş, yard manager) send written release
        03/06/2024, 10:15 - Somchai Siam Teak: Well received krub. 4 pcs sample 🙏
        07/06/2024, 13:20 - Somchai Siam Teak: <Media omitted>
        07/06/2024, 13:21 - Somchai Siam Teak: This the router template for oval 420x260, pls check radius
        07/06/2024, 15:02 - Emre Mavi Ege: radius ok
        12/06/2024, 14:40 - Somchai Siam Teak: Khun Emre, teak for surround is dry now, moisture 11%. Template ready. We can start?
        12/06/2024, 14:52 - Emre Mavi Ege: ok approved go ahead 👍
        12/06/2024, 14:53 - Somchai Siam Teak: Thank you krub 🙏 we start tomorrow
        """)),
])

# p05 - multipart/alternative: drawing 'approved' + PO 'approved' -> go ahead
_t = T("""
    Dear Lily,

    drawing LY-GF-080 rev D is approved by our engineering (Tina) and PO 45-0226 was approved by our
    finance yesterday, so you can go ahead.

    For the record: PO 45-0226 is for 8 (eight) sample sets gimbal stove bracket GF-80-316 for hull
    42-11. The balance of 112 sets from your quote is not released; it stays on hold until Tina Zupan
    signs off the samples and Urška Kralj sends a written release.

    Lep pozdrav / Kind regards
    Gregor
    """) + SIG_GREGOR
case("p05_go_ahead_mixed_approved_si", ["RG002", "RG009"],
     "'so you can go ahead' with no scope; 'approved' used for the drawing (technical) and the PO (finance); scope paragraph otherwise complete", [
    ("PO_45-0226_galley.eml", eml_bytes(mail(GREGOR, LILY, "PO 45-0226 galley fittings - drawing rev D",
                                            "Wed, 29 May 2024 13:44:00 +0200", _t, html=text_to_html(_t), cc=TINA))),
])

# p06 - ERP PO for a sample lot: no hold, no event, no release person
case("p06_erp_sample_lot_bare_tr", ["RG003", "RG004", "RG005"],
     "sample lot of 2 sets with 'series production ... to follow'; never says the balance is not released, no unlock event, no named release authority", [
    ("MEG-PO-2024-0436.txt", T("""
        MAVI EGE GULET TERSANESI - BODRUM               SATINALMA SIPARISI / PURCHASE ORDER
        ===================================================================================
        PO NO    : MEG-PO-2024-0436               DATE : 28.05.2024
        VENDOR   : 120044 JADRAN TAPECIRUNG D.O.O., SPLIT (HR)
        REF      : QUOTE JT-Q-2024-079 DD 20.05.2024
        CURRENCY : EUR                            PAYMENT : 30 DAYS
        -----------------------------------------------------------------------------------
        LN  ITEM        DESCRIPTION                          QTY  UOM   PRICE      AMOUNT
        10  CS-GUL-24   CUSHION SET GULET 24M - SAMPLE LOT      2  SET   1.310,00   2.620,00
                        (SALOON + MASTER CABIN, FABRIC SUNPROOF NAVY)
        -----------------------------------------------------------------------------------
        TOTAL EUR 2.620,00
        DELIVERY : CPT BODRUM, WK 26
        REMARKS  : SAMPLE LOT FOR GULET "AYLIN SULTAN". SERIES PRODUCTION FOR OUR OTHER
                   GULETS ACCORDING TO YOUR QUOTE TO FOLLOW.
        ISSUED BY: EMRE YILDIZ - SATINALMA
        ===================================================================================
        """)),
])

# p07 - HTML buyer portal message: no quantity, hold 'until further notice', Henk named
case("p07_portal_until_further_notice_nl", ["RG004", "RG010"],
     "portal message asks for 'the sample panels' (lump sum, no quantity); series on hold 'until further notice' (no event); Henk Visser named", [
    ("berichten_4500-2308.html", html_page("Berichten - PO 4500-2308 - Van Dam leveranciersportaal", T("""
        <h2>Van Dam Binnenvaart Refit B.V. &ndash; Leveranciersportaal</h2>
        <p>Ingelogd als: Pomorskie Panele Sp. z o.o. (leverancier 700214)</p>
        <h3>Inkooporder 4500-2308 &ndash; HL-1800-500 headliner panel wheelhouse</h3>
        <table>
        <tr><th>Orderdatum</th><td>10.06.2024</td><th>Orderwaarde</th><td>EUR 1 150,00 (lump sum, sample lot)</td></tr>
        <tr><th>Status</th><td>Verzonden / Sent</td><th>Inkoper</th><td>Joris de Wit</td></tr>
        </table>
        <h3>Berichten / Messages</h3>
        <table>
        <tr><th>Datum</th><th>Van</th><th>Bericht</th></tr>
        <tr><td>10.06.2024 16:40</td><td>Joris de Wit</td><td>Hello Piotr, please make the sample panels for the fit check in the
        wheelhouse of MS Zwaluw, as we discussed on the phone (with the cut-out for the radar cable). The series, so the rest
        of the panels on your offer, stays on hold until further notice. Only Henk Visser can release it.</td></tr>
        <tr><td>11.06.2024 07:55</td><td>Piotr Kowalczyk</td><td>Dzień dobry, understood, we prepare the samples. Regards Piotr</td></tr>
        </table>
        <p><a href="#">Nieuw bericht / New message</a></p>
        """), lang="nl")),
])

# p08 - Teams: complete except the release person ('from our side' / 'from our office')
case("p08_teams_no_person_us", ["RG005"],
     "4 sample sets active, 20 not released, unlock = sample sign-off + written release 'from our side'; nobody named", [
    ("Teams_cockpit_cushions.txt", T("""
        Microsoft Teams - chat export
        Chat: KB cockpit cushions / Jadran (external)
        Participants: Marcus Bell, Ivana Perić (Guest)

        [5/30/2024 8:47 AM] Marcus Bell: Morning Ivana, PO 7805 just went out.
        [5/30/2024 8:48 AM] Marcus Bell: Scope for this one: 4 cockpit cushion sets KB-CPT-210 as samples, for Sea Lark and Blue Heron. The other 20 sets on your quote are not released. They unlock after the sample sign-off and a written release from our side.
        [5/30/2024 9:20 AM] Ivana Perić (Guest): Thanks Marcus. 4 sets samples, 20 on hold. Who will send the release?
        [5/30/2024 9:26 AM] Marcus Bell: Will come from our office once the samples are signed off. Just the 4 for now 👍
        [5/30/2024 9:27 AM] Ivana Perić (Guest): OK 👌
        """)),
])

# p09 - DOCX work instruction without the sample quantity
case("p09_instruction_no_qty_tr", ["RG010"],
     "instruction to start 'the sample grates' never states how many; hold, unlock event (Selin sign-off) and Kaan Demirtaş are all stated", [
    ("MEG-TI-2024-12.docx", docx_bytes([
        ("h1", "Tedarikçi Talimatı / Instruction to Supplier MEG-TI-2024-12"),
        ("p", "Mavi Ege Gulet Tersanesi, Bodrum - to Bressan Nautica S.r.l., Monfalcone - 04.06.2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "SG-1000-45 Rev 2 saloon sole teak grate"],
            ["Drawing", "MEG-2200 Rev 5"],
            ["PO", "MEG-PO-2024-0451 (sample lot)"],
            ["Boat", "gulet 'Kaptan Mehmet'"],
        ]),
        ("h", "Instruction"),
        ("p", "Please start the sample grates SG-1000-45 Rev 2 according to drawing MEG-2200 Rev 5 and the teak "
              "sample board we sent by courier. Slats 45 mm, gaps 8 mm, edges R3, no varnish."),
        ("p", "Production balance is not released. It unlocks only after sample sign-off by Selin Aksoy (Project "
              "Engineer) on board 'Kaptan Mehmet' and a written release by Kaan Demirtaş (Yard Manager)."),
        ("p", "Material: teak only for the samples."),
        ("p", "Emre Yıldız, Satınalma"),
    ], author="Emre Yıldız")),
])

# p10 - supplier bought material for all 26 sets against a sample-only authority (quoted reply)
_t = T("""
    Dear Marcus,

    status update: the 2 sample sets are in sewing, ready for shipping 21.06.

    To be fast for your season we already ordered the CMHR foam and the marine vinyl for the complete
    26 sets (2 samples + 24 production), material arrives next week. Like this, when you release, we
    can start immediately.

    Lijep pozdrav / Best regards
    Ivana
    """) + SIG_IVANA + "\n" + T("""
    -----Original Message-----
    From: Marcus Bell <mbell@keysbluecharters.com>
    Sent: Friday, May 31, 2024 11:05 AM
    To: Ivana Perić <ivana.peric@jadran-tapecirung.hr>
    Subject: PO 7811 salon cushions

    """) + quote(T("""
    Ivana, PO 7811 attached: 2 sample salon sets KB-SAL-380 only. The remaining 24 sets are not released
    and stay on hold until Kelly Ortiz signs off the samples and Dana Whitfield sends a written release.
    Material: buy for the 2 samples only.
    Marcus
    """))
case("p10_material_all_sets_hr", ["RG006"],
     "supplier ordered foam and vinyl for 26 sets while 2 are released and the material authority is sample-only; quoted buyer scope complete", [
    ("RE_PO_7811_status.eml", eml_bytes(mail(IVANA, MARCUS, "RE: PO 7811 salon cushions - status",
                                            "Mon, 10 Jun 2024 15:40:00 +0200", _t, cc=KELLY,
                                            in_reply_to="<h213-mb-0531@keysbluecharters.com>"))),
])

# p11 - supplier MRP printout buying material for 624 pcs against 24 released
case("p11_mrp_full_material_cn", ["RG006"],
     "supplier MRP buys bar, springs and O-rings for 624 pcs while only 24 samples are released and customer material authority is none/sample", [
    ("MRP_SO-24-0611.txt", T("""
        XIAMEN HAIYUN MARINE HARDWARE CO., LTD.  厦门海运船舶五金有限公司
        MRP RUN 2024-06-10 08:30          ERP: K3 WISE        PAGE 1
        ==========================================================================
        SALES ORDER  : SO-24-0611          CUSTOMER : LIPA YACHTS D.O.O. (SI)
        CUSTOMER PO  : 45-0231             PO TYPE  : SAMPLE ORDER
        ITEM         : LL-25-316  PUSH BUTTON LOCKER LATCH AISI316 M5x0.8
        RELEASED QTY : 24 PCS (SAMPLE)
        PLANNED QTY  : 600 PCS (QUOTE HY-Q-24052, SERIES, NOT RELEASED BY CUSTOMER)
        MAT. AUTH.   : NONE FROM CUSTOMER (SAMPLE ONLY)
        --------------------------------------------------------------------------
        MATERIAL     DESC                      NEED/PC   REQ QTY    PURCH ORDER    STATUS
        RM-316-BAR   SS316 ROUND BAR D22        0.085KG   53.0 KG   PO-RM-24-0388  ORDERED 06-08
        RM-SPR-05    SPRING SS 0.5MM            1         624 PCS   PO-RM-24-0389  ORDERED 06-08
        RM-OR-12     O-RING NBR 12x1.5          2       1,248 PCS   PO-RM-24-0390  ORDERED 06-09
        --------------------------------------------------------------------------
        BASIS FOR MATERIAL : 624 PCS (24 SAMPLE + 600 SERIES)
        REMARK             : BUY FULL MATERIAL NOW, 316 BAR PRICE GO UP IN JULY
        PLANNER            : ZHANG WEI
        """)),
])

# p12 - supplier: after sample approval we go directly to mass production (quoted buyer scope) + HTML attachment
_insp = html_page("Sample inspection LL-25-316", T("""
    <h3>Sample inspection summary - LL-25-316 - MEG-PO-2024-0440</h3>
    <table>
    <tr><th>Check</th><th>Spec</th><th>Result</th></tr>
    <tr><td>Thread</td><td>M5x0.8</td><td>OK (10/10)</td></tr>
    <tr><td>Button travel</td><td>4.0 +/- 0.3 mm</td><td>3.9 - 4.2 OK</td></tr>
    <tr><td>Salt spray</td><td>ISO 9227 NSS 480 h</td><td>running, report 26 June</td></tr>
    </table>
    <p>Inspector: Zhang Wei</p>
    """))
_t = T("""
    Dear Emre,

    Good day! Noted with thanks for your PO. 10 pcs sample latches will ship by FedEx on 20 June,
    tracking number we will send you.

    For save time for your season, when Ms. Selin approve the samples we will go directly to mass
    production of the 490 pcs, no need to wait new document.

    Attached the inspection summary of the samples.
    """) + SIG_LILY + "\n" + T("""
    ------------------ Original ------------------
    From: "Emre Yıldız" <emre.yildiz@maviege.com.tr>
    Date: Mon, Jun 3, 2024 04:12 PM
    Subject: MEG-PO-2024-0440 locker latch samples

    """) + quote(T("""
    Dear Lily,
    PO MEG-PO-2024-0440: 10 (ten) sample latches LL-25-316 only. Balance 490 pcs is not released.
    After sample sign-off by Selin Aksoy, Kaan Demirtaş will send written release.
    Emre
    """))
case("p12_supplier_roll_into_mp_cn", ["RG007"],
     "supplier says it will go directly to mass production of 490 when the samples are approved; buyer's quoted scope requires a written release and names Kaan Demirtaş", [
    ("RE_MEG-PO-2024-0440.eml", eml_bytes(mail(LILY, EMRE, "RE: MEG-PO-2024-0440 locker latch samples",
                                              "Wed, 12 Jun 2024 17:25:00 +0800", _t, cc=SELIN,
                                              in_reply_to="<h213-ey-0603@maviege.com.tr>",
                                              attachments=[("inspection_LL-25-316.html", _insp, "text/html")]))),
])

# p13 - minutes: buyer agrees to skip the written release once samples are OK
case("p13_minutes_buyer_skips_release_si", ["RG007"],
     "PO scope requires Tina's sign-off + Urška's written release; in the same minutes the buyer agrees the supplier just continues with 116 when the samples are OK", [
    ("Minutes_2024-05-16_Bressan.docx", docx_bytes([
        ("h1", "Zapisnik sestanka / Meeting minutes"),
        ("p", "Lipa Yachts d.o.o. / Bressan Nautica S.r.l. - Izola, 16.05.2024"),
        ("p", "Present: Gregor Hribar (purchasing), Tina Zupan (engineering), Giulia Bressan, Paolo Zanin (Bressan). "
              "Absent: Urška Kralj."),
        ("h", "1. PO 45-0219 - cockpit teak grates TG-1200-44 Rev 3"),
        ("p", "PO 45-0219 covers 4 sample grates, delivery week 24. The balance of 116 grates is on hold until "
              "sample sign-off by Tina Zupan and a written release by Urška Kralj (as in the PO note)."),
        ("h", "2. Lead time"),
        ("p", "Paolo Zanin explained that teak drying takes 3 weeks and asked how to save time. Proposal: as soon "
              "as the samples are OK, Bressan continues directly with the 116 grates, without waiting for a paper. "
              "G. Hribar agreed: when Tina is happy with the samples, Bressan just continues with the 116."),
        ("h", "3. Packaging and transport"),
        ("p", "Grates on pallet, corners protected, max 10 per pallet. Truck Monfalcone - Izola by Bressan."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Who", "When"],
            ["1", "Ship 4 sample grates", "Bressan", "wk 24"],
            ["2", "Fit check on hull 42-09", "T. Zupan", "wk 25"],
        ]),
        ("p", "Minutes: Gregor Hribar"),
    ], author="Gregor Hribar")),
])

# p14 - supplier order confirmation: forecast booked as firm order, production on deposit
case("p14_oc_forecast_firm_deposit_th", ["RG008", "RG012"],
     "supplier confirms the buyer's 2025 forecast mail as a 'firm order' of 240 pcs and makes the 30% deposit the start of production", [
    ("OC-SMT-24-0219.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-SMT-24-0219"),
        ("p", "Siam Marine Teakworks Co., Ltd. - 99/12 Moo 4, Bang Lamung, Chonburi 20150, Thailand - Tax ID 0205551012345"),
        ("p", "To: Mavi Ege Gulet Tersanesi, Bodrum, Turkey - Attn: Mr. Emre Yildiz    Date: 18 March 2024"),
        ("p", "Reference: your e-mail 'forecast 2025 season teak grates' dated 12.03.2024"),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD", "Status"],
            ["1", "DG-800-38", "Teak deck shower grate 800 x 380", "240", "92.00", "22,080.00", "FIRM ORDER - 2025 season"],
        ]),
        ("p", "Dear Khun Emre, we are pleased to confirm your firm order of 240 pcs (two hundred forty) teak deck "
              "shower grates for the 2025 season as per your forecast mail. Production will start immediately "
              "when we receive your 30% deposit (USD 6,624.00)."),
        ("p", "Delivery: 3 lots of 80 pcs, Nov 2024 / Jan 2025 / Mar 2025, CIF Bodrum."),
        ("p", "Best regards, Somchai Wongsakul, Sales Manager"),
    ], title="OC-SMT-24-0219", author="Siam Marine Teakworks")),
])

# p15 - EDI forecast declared firm by the buyer
case("p15_delfor_forecast_firm_nl", ["RG008"],
     "buyer's free text turns the planning (forecast) lines into a firm order and commitment: 'forecast ... is firm, consider it as our order'", [
    ("DELFOR_VD-000327.txt", T("""
        EDI DELFOR D96A  -  HUMAN READABLE PRINT                      printed 17.06.2024 07:15
        ------------------------------------------------------------------------------------
        Message ref     : VD-DELFOR-000327          Schedule type: 241 FORECAST
        Buyer           : VAN DAM BINNENVAART REFIT B.V.  (GLN 8719990000017)
        Supplier        : POMORSKIE PANELE SP. Z O.O.      (GLN 5909990000214)
        Scheduling agr. : VD-SA-2024-07
        Item            : HL-1800-500  HEADLINER PANEL WHEELHOUSE 1800x500 VINYL CREAM
        Drawing         : VD-HL-122 rev 1

        LINE  TYPE        DELIVERY    QTY    CUM
        1     PLANNING    wk 36        40     40
        2     PLANNING    wk 40        40     80
        3     PLANNING    wk 44        50    130
        4     PLANNING    wk 48        50    180

        FREE TEXT (buyer):
        Forecast weeks 36-48, in total 180 panels, is firm. Please consider it as our order and plan
        production accordingly. Van Dam commits to take all 180 panels.
        Contact: Joris de Wit, inkoop
        ------------------------------------------------------------------------------------
        END OF MESSAGE
        """)),
])

# p16 - sign-off record: 'released' for the NetSuite PO workflow and for production
case("p16_signoff_released_two_ways_us", ["RG009"],
     "'released' means the NetSuite PO approval workflow and production release in one record; 'approval' for samples and PO workflow; scope otherwise complete", [
    ("SSR-2024-044_headliner.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-2024-044"),
        ("p", "Keys Blue Charters LLC - Fleet Refit Program 2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "KB-HL-1200 salon headliner panel, catamaran 42 ft"],
            ["Supplier", "Pomorskie Panele Sp. z o.o., Gdynia"],
            ["PO / line", "PO 7819 line 1 - 6 sample panels"],
            ["Quoted fleet quantity", "48 panels"],
        ]),
        ("h", "Status"),
        ("li", "Sample disposition: APPROVED (fit, color, fire label)."),
        ("li", "PO 7819: released in NetSuite on 05/28/2024 (approval workflow complete)."),
        ("li", "Production: not released. Balance of 42 panels on hold until the sea-trial check and a written "
               "production release from Dana Whitfield, Fleet Refit Manager."),
        ("li", "Material authority: sample-only."),
        ("p", "Signed: Kelly Ortiz, Interiors Coordinator - 06/14/2024"),
    ], author="Kelly Ortiz")),
])

# p17 - release letter that never states the released quantity
case("p17_release_no_qty_si", ["RG010"],
     "production release for 'the first series lot' with the released-quantity field left without a number; hold, event (lot acceptance) and Urška Kralj stated", [
    ("LY-REL-2024-011.pdf", pdf([
        ("h1", "SPROSTITEV PROIZVODNJE / PRODUCTION RELEASE  LY-REL-2024-011"),
        ("p", "Lipa Yachts d.o.o. - Izola - 06.06.2024"),
        ("p", "To: Xiamen Haiyun Marine Hardware Co., Ltd., att. Ms. Lily Chen"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "GF-80-316 Rev D gimbal stove bracket"],
            ["PO", "45-0238 rev 1"],
            ["Sample sign-off", "SSO-LY-0061, 04.06.2024, Tina Zupan"],
            ["Released quantity", "first series lot (see PO rev 1)"],
            ["Material authority", "material for the first series lot only"],
        ]),
        ("p", "Following the sample sign-off of 04.06.2024 you are released to produce the first series lot per "
              "PO 45-0238 rev 1."),
        ("p", "The remaining quantity of your quote stays on hold until lot acceptance of this first lot at our "
              "goods-in and a new written release signed by me."),
        ("p", "Urska Kralj, Production Director"),
    ], title="LY-REL-2024-011", author="Lipa Yachts")),
])

# p18 - one PO states the sample quantity twice, differently
case("p18_po_six_vs_eight_tr", ["RG011"],
     "the PO scope note says six (6) sample sets, the PO line says 8 sets; scope otherwise complete", [
    ("MEG-PO-2024-0455.pdf", pdf([
        ("h1", "PURCHASE ORDER  MEG-PO-2024-0455"),
        ("p", "Mavi Ege Gulet Tersanesi - Icmeler Mah. Tersane Sok. No 3, 48400 Bodrum / Mugla, Turkiye"),
        ("p", "To: Jadran Tapecirung d.o.o., Kopilica 14, 21000 Split, Croatia - att. Ms. Ivana Peric"),
        ("p", "Date: 05.06.2024    Quote: JT-Q-2024-084    Currency: EUR"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Price", "Amount"],
            ["10", "CS-GUL-30", "Cushion set gulet 30 m (cabin), SAMPLE", "8", "set", "640,00", "5.120,00"],
        ]),
        ("h", "PO scope note"),
        ("p", "Active now: six (6) sample cushion sets for gulet 'Deniz Yildizi'. The balance of 30 sets is not "
              "released. It unlocks after sample sign-off by Selin Aksoy and a written release by Kaan Demirtas "
              "(Yard Manager). Material: for the samples only."),
        ("p", "Issued by: Emre Yildiz, Satinalma / Purchasing"),
    ], title="MEG-PO-2024-0455", author="Mavi Ege Gulet Tersanesi")),
])

# p19 - PO (12 pcs, PO 7795) vs supplier proforma (20 pcs, 'PO 7759')
case("p19_po_vs_proforma_us", ["RG011"],
     "buyer PO 7795 authorizes 12 sample latches; the supplier proforma for the same order says PO 7759 and 20 sample pcs", [
    ("PO_7795.txt", T("""
        KEYS BLUE CHARTERS LLC                                   PURCHASE ORDER
        1800 SE 17th St, Fort Lauderdale, FL 33316               PO #: 7795
        Phone (954) 555-0143                                     Date: 5/22/2024
        ------------------------------------------------------------------------
        Vendor:  XIAMEN HAIYUN MARINE HARDWARE CO., LTD. (V-00318)
        Ship To: Keys Blue Charters - Yard, attn Kelly Ortiz
        Terms:   Net 30          Ship via: DHL Express
        ------------------------------------------------------------------------
        Item          Description                              Qty   Rate     Amount
        LL-30-316     Flush pull latch AISI 316, SAMPLE         12   $8.40    $100.80
        ------------------------------------------------------------------------
                                                             Total   $100.80
        Memo: Sample order, 12 pcs only. Balance of 288 pcs on your quote HY-Q-24066 is not
              released; on hold until sample sign-off by Kelly Ortiz and a written release
              by Dana Whitfield. Material: samples only.
        Created by: Marcus Bell
        """)),
    ("HY-PI-24081.pdf", pdf([
        ("h1", "PROFORMA INVOICE HY-PI-24081"),
        ("p", "Xiamen Haiyun Marine Hardware Co., Ltd. - No. 88 Xiangyu Rd, Huli District, Xiamen, Fujian, China"),
        ("p", "Buyer: Keys Blue Charters LLC, Fort Lauderdale, FL, USA    Customer PO: 7759    Date: 2024-05-24"),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "LL-30-316", "Flush pull latch AISI 316, sample", "20", "8.40", "168.00"],
            ["2", "", "Express freight", "1", "45.00", "45.00"],
            ["", "", "Total", "", "", "213.00"],
        ]),
        ("p", "Production 280 pcs: after your written release. Payment: 100% T/T before shipment of samples."),
        ("p", "Bank: Bank of China Xiamen Branch, SWIFT BKCHCNBJ73A. Seller: Lily Chen"),
    ], title="HY-PI-24081", author="Xiamen Haiyun")),
])

# p20 - supplier reads the deposit as release and assumes sample approval (quoted buyer mail, text attachment)
_swift = T("""
    {1:F01ISBKTRISAXXX0000000000}{2:O1031030240614PBZGHR2XAXXX}
    :20:MEG2406140017
    :23B:CRED
    :32A:240614EUR5670,00
    :50K:/TR120006400000112340005678
    MAVI EGE GULET TERSANESI
    BODRUM
    :59:/HR1223400091100223345
    JADRAN TAPECIRUNG D.O.O.
    SPLIT
    :70:DEPOSIT 30 PCT MEG-PO-2024-0462
    :71A:SHA
    """)
_t = T("""
    Dear Mr Emre,

    thank you, we received today your deposit of 30% (EUR 5.670,00), swift copy in attachment.

    With this deposit we consider the order confirmed and we start the production of the 16 sets. The
    2 sample sets go to Bodrum this Friday; Ms Selin will approve them surely, so we continue directly
    with the series, no stop.

    Lijep pozdrav,
    Ivana
    """) + SIG_IVANA + "\n" + T("""
    On 07.06.2024 11:18, Emre Yıldız wrote:
    """) + quote(T("""
    Dear Ivana,
    PO MEG-PO-2024-0462: 2 sample cushion sets only. Balance 16 sets on hold until Selin Aksoy signs
    off the samples and Kaan Demirtaş sends written release.
    Deposit 30% on the full proforma will be paid this week for booking your capacity; it does not
    release production.
    Emre
    """))
case("p20_deposit_and_assumed_approval_hr", ["RG007", "RG012"],
     "supplier treats the deposit as order confirmation and starts the 16 sets, and assumes sample approval rolls into the series; quoted buyer scope says neither releases", [
    ("RE_MEG-PO-2024-0462.eml", eml_bytes(mail(IVANA, EMRE, "RE: MEG-PO-2024-0462 cushion sets - deposit",
                                                      "Fri, 14 Jun 2024 12:10:00 +0200", _t,
                                                      in_reply_to="<h213-ey-0607@maviege.com.tr>",
                                                      attachments=[("MT103_MEG2406140017.txt", _swift, "text/plain")]))),
])

# p21 - WhatsApp: 'Deposit paid, go ahead!'
case("p21_whatsapp_deposit_go_us", ["RG002", "RG012"],
     "scope complete at the start (6 samples, 114 on hold, Kelly + Dana); later 'Deposit paid ... Go ahead!' is unscoped and ties the start to payment", [
    ("WhatsApp_Chat_Nattaya_SMT.txt", T("""
        29/05/2024, 09:30 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        29/05/2024, 09:31 - Marcus Bell: Hi Nattaya, PO 7821 is for 6 sample teak trim rings KB-PS-300 (porthole surrounds). Balance 114 on hold until Kelly signs off the samples and Dana Whitfield releases in writing
        29/05/2024, 09:58 - Nattaya SMT: Well noted ka Khun Marcus. For start we need 50% deposit as per PI SMT-PI-2411 ka
        29/05/2024, 10:02 - Marcus Bell: ok will check with accounting
        04/06/2024, 17:45 - Marcus Bell: <Media omitted>
        04/06/2024, 17:45 - Marcus Bell: Deposit paid ✅ wire confirmation above. Go ahead!
        04/06/2024, 18:10 - Nattaya SMT: Thank you ka, we start 🙏🙏
        """)),
])

# p22 - sample PO with the quote's series quantity in the commercial conditions text
case("p22_sample_po_series_text_tr", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 surrounds repeats the quote's 90 series pcs and their delivery, unmarked; no hold, no event, no release person", [
    ("MEG-PO-2024-0458.pdf", pdf([
        ("h1", "PURCHASE ORDER  MEG-PO-2024-0458"),
        ("p", "Mavi Ege Gulet Tersanesi - Icmeler Mah. Tersane Sok. No 3, 48400 Bodrum / Mugla, Turkiye"),
        ("p", "To: Bressan Nautica S.r.l., Via dei Cantieri 7, 34074 Monfalcone (GO), Italy"),
        ("p", "Date: 10.06.2024    Currency: EUR    Delivery: DAP Bodrum"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Price", "Amount"],
            ["10", "PS-300-T", "Teak porthole surround round dia. 300, sample", "6", "pcs", "58,00", "348,00"],
        ]),
        ("h", "Commercial conditions (as per your quote BN-24-0377)"),
        ("p", "Samples: 6 pcs at EUR 58,00, delivery 3 weeks. Series: 90 pcs at EUR 41,50, delivery 5 weeks, "
              "shipment in two lots of 45 pcs. Payment 60 days from invoice. Packing: cardboard, 10 pcs per box."),
        ("p", "Please send your order confirmation by return. Thank you. Emre Yildiz, Satinalma / Purchasing"),
    ], title="MEG-PO-2024-0458", author="Mavi Ege Gulet Tersanesi")),
])

# p23 - HTML buyer portal PO page: sample line + quote data box with series quantity
case("p23_portal_quote_box_nl", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 8 sample panels shows 'series quantity 232' in a quote-data box, unmarked; no hold, no event, no release person", [
    ("inkooporder_4500-2313.html", html_page("Inkooporder 4500-2313 - Van Dam leveranciersportaal", T("""
        <h2>Van Dam Binnenvaart Refit B.V. &ndash; Leveranciersportaal</h2>
        <p>Ingelogd als: Pomorskie Panele Sp. z o.o. (leverancier 700214)</p>
        <h3>Inkooporder / Purchase order 4500-2313</h3>
        <table>
        <tr><th>Orderdatum</th><td>12.06.2024</td><th>Inkoper</th><td>Joris de Wit</td></tr>
        <tr><th>Status</th><td>Verzonden / Sent</td><th>Orderbevestiging</th><td>open</td></tr>
        </table>
        <h3>Regels / Lines</h3>
        <table>
        <tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Eh</th><th>Prijs EUR</th><th>Bedrag EUR</th></tr>
        <tr><td>10</td><td>HL-2400-600</td><td>Headliner panel 2400x600, vinyl light grey, sample</td><td>8</td><td>ST</td><td>64,00</td><td>512,00</td></tr>
        </table>
        <h3>Offertegegevens / Quote data</h3>
        <table>
        <tr><th>Offerte</th><td>PP-Q-0431</td></tr>
        <tr><th>Sample quantity</th><td>8 pcs</td></tr>
        <tr><th>Series quantity</th><td>232 pcs</td></tr>
        <tr><th>Series price</th><td>EUR 51,40</td></tr>
        <tr><th>Series delivery</th><td>week 34</td></tr>
        </table>
        <p><a href="#">Orderbevestiging versturen / Send acknowledgement</a> | <a href="#">Print PDF</a></p>
        """), lang="nl")),
])

# p24 - mail with PO pdf + quote pdf attached; quote shows 600; release person named only
_po = pdf([
    ("h1", "NAROCILNICA / PURCHASE ORDER  45-0244"),
    ("p", "Lipa Yachts d.o.o. - Industrijska cesta 12 - 6310 Izola - Slovenia"),
    ("p", "Supplier: 400871 Xiamen Haiyun Marine Hardware Co., Ltd., Xiamen, China    Date: 03.06.2024"),
    ("table", [
        ["Pos", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
        ["10", "LL-25-316", "Push-button locker latch AISI 316, M5x0.8 - sample", "24", "PC", "9,10", "218,40"],
    ]),
    ("p", "Delivery: samples in Izola latest week 27, by courier. Issued by: Gregor Hribar, Nabava"),
], title="45-0244", author="Lipa Yachts")
_qt = pdf([
    ("h1", "QUOTATION HY-Q-24052"),
    ("p", "Xiamen Haiyun Marine Hardware Co., Ltd. - Xiamen, Fujian, China"),
    ("p", "To: Lipa Yachts d.o.o., Mr. Gregor Hribar    Date: 2024-05-21    Valid: 60 days"),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit price EUR", "Amount EUR"],
        ["1", "LL-25-316", "Push latch AISI316, sample", "24", "9.10", "218.40"],
        ["2", "LL-25-316", "Push latch AISI316, mass production", "600", "3.95", "2,370.00"],
    ]),
    ("p", "Mass production lead time 30 days. Salt spray ISO 9227 NSS 480 h. FOB Xiamen."),
], title="HY-Q-24052", author="Xiamen Haiyun")
_t = T("""
    Dear Lily,

    in attachment you find our PO 45-0244 for 24 (twenty-four) sample push latches LL-25-316 and your
    quotation HY-Q-24052, as agreed in the last call. Samples we need in Izola latest week 27.

    For all questions about quantities and release please contact Mrs Urška Kralj, she is the release
    authority for the LY 42 program.

    Lep pozdrav,
    Gregor
    """) + SIG_GREGOR
case("p24_mail_po_and_quote_si", ["RG001", "RG003", "RG004"],
     "24 samples authorized; attached quote shows 600 mass-production pcs unmarked; no hold, no unlock event; Urška Kralj named as release authority", [
    ("PO_45-0244_latches.eml", eml_bytes(mail(GREGOR, LILY, "PO 45-0244 push latches LL-25-316",
                                             "Mon, 03 Jun 2024 10:05:00 +0200", _t,
                                             attachments=[("NB_45-0244.pdf", _po, PDF_MT),
                                                          ("HY-Q-24052.pdf", _qt, PDF_MT)]))),
])

# p25 - Word PO with a sample column and a production column
case("p25_docx_po_two_columns_us", ["RG001", "RG003", "RG004"],
     "sample order of 2 sets with an unmarked 'production qty 30' column; no hold, no event; Dana Whitfield named as release authority", [
    ("PO_7824_berth_cushions.docx", docx_bytes([
        ("h1", "PURCHASE ORDER 7824"),
        ("p", "Keys Blue Charters LLC - 1800 SE 17th St, Fort Lauderdale, FL 33316 - (954) 555-0143"),
        ("p", "Vendor: Jadran Tapecirung d.o.o., Split, Croatia      Date: 06/03/2024      Order type: Sample order"),
        ("table", [
            ["Item", "Description", "Sample qty", "Production qty", "Unit price (USD) sample / production"],
            ["1", "KB-BRT-190 berth cushion set, owner's cabin, Rev A", "2", "30", "1,280.00 / 1,040.00"],
        ]),
        ("p", "Order total: USD 2,560.00"),
        ("h", "Terms"),
        ("li", "Ship samples by air to Fort Lauderdale, attn Kelly Ortiz."),
        ("li", "Fabric: marine vinyl, color 'Harbor Sand', fire label EN 1021-1/-2."),
        ("li", "Release authority for this program: Dana Whitfield, Fleet Refit Manager."),
        ("p", "Marcus Bell, Purchasing"),
    ], author="Marcus Bell")),
])

# p26 - ERP PO line with the quote's series quantity 1.200
case("p26_erp_series_qty_si", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 10 sample panels prints 'QTY SERIES 1.200 PC' from the quote, unmarked; no hold, no event, no release person", [
    ("NB_45-0249.txt", T("""
        LIPA YACHTS d.o.o. | Industrijska cesta 12 | 6310 Izola | SI 61234567
        NAROČILNICA / PURCHASE ORDER            45-0249     Rev 0     Date 21.05.2024
        ---------------------------------------------------------------------------------
        Supplier : 400702 Pomorskie Panele Sp. z o.o., Gdynia, PL
        Incoterm : DAP Izola              Payment: 60 days

        POS 10   HL-LY42-CAB   HEADLINER PANEL CABIN LY 42, VINYL WHITE, REV C
                 QTY 10 PC     SAMPLE     PRICE 38,90 EUR     VALUE 389,00 EUR
                 QUOTE REF PP-Q-0399: QTY SERIES 1.200 PC / PRICE SERIES 27,40 EUR /
                 DELIVERY SERIES FROM WK 32
        ---------------------------------------------------------------------------------
        Total value EUR 389,00
        Delivery : 10 PC week 25, goods-in Hall 2 / gate 1
        Quality  : fire class EN 13501-1, test report with delivery
        Issued   : Gregor Hribar, Nabava / Purchasing
        """)),
])

# p27 - plain mail saved as text: samples per quote, nothing else
case("p27_mail_txt_samples_bare_tr", ["RG003", "RG004", "RG005", "RG010"],
     "PO 'for the samples ... per your quote': no quantity, never says the balance is not released, no event, no release person", [
    ("MEG-PO-2024-0466_mail.txt", T("""
        From:    Emre Yıldız <emre.yildiz@maviege.com.tr>
        To:      Lily Chen <lily.chen@haiyunmarine.com.cn>
        Date:    04.06.2024 11:20
        Subject: PO MEG-PO-2024-0466 galley fittings samples

        Dear Lily,

        Our PO MEG-PO-2024-0466 is issued for the samples of the galley fittings per your quote
        HY-Q-24090 (gimbal bracket GF-80-316 and fiddle rail FR-600, polished 316). Please start
        the samples and send us photos before shipping.

        The samples go to our boat "Deniz Yıldızı", fit check in Bodrum.

        Kolay gelsin,
        Emre

        --
        Emre Yıldız
        Satınalma / Purchasing
        Mavi Ege Gulet Tersanesi, Bodrum
        +90 252 555 41 20
        """)),
])

# p28 - multipart/alternative: samples 'as discussed', rest on hold until further notice
_t = T("""
    Dear Giulia,

    thank you for the offer BN-24-0402. PO 4500-2319 follows from our purchasing system today.

    Please make the sample grates as discussed with Paolo on the phone (the wheelhouse version with
    the drain cut-out). The rest stays on hold until further notice; don't start anything for the
    series.

    Met vriendelijke groet,
    Joris
    """) + SIG_JORIS
case("p28_mail_samples_as_discussed_nl", ["RG004", "RG005", "RG010"],
     "'the sample grates as discussed' has no quantity; rest on hold 'until further notice' names no event and no release person", [
    ("PO_4500-2319_teak.eml", eml_bytes(mail(JORIS, GIULIA, "PO 4500-2319 teak floor grates wheelhouse",
                                            "Wed, 12 Jun 2024 14:22:00 +0200", _t, html=text_to_html(_t)))),
])

# p29 - WhatsApp: 3 sample sets, rest on hold till further notice, nobody named
case("p29_whatsapp_further_notice_si", ["RG004", "RG005"],
     "3 sample sets active and the rest on hold 'till further notice'; no unlock event and no named release authority", [
    ("WhatsApp_Chat_Tomislav_Jadran.txt", T("""
        22/05/2024, 07:50 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        22/05/2024, 07:52 - Gregor Lipa: Živjo Tomislav, PO 45-0253 for 3 sample saloon sets LY 36 is in your mail
        22/05/2024, 07:53 - Gregor Lipa: Only the 3 sets please. The rest of the series stays on hold till further notice
        22/05/2024, 08:20 - Tomislav Jadran: Ok Gregor, 3 sets. When we can expect for the series?
        22/05/2024, 08:41 - Gregor Lipa: No idea yet honestly. I let you know
        22/05/2024, 08:42 - Tomislav Jadran: 👍
        """)),
])

# p30 - two-level quoted thread: supplier bought material for all 36 and assumes approval -> series
_gregor = T("""
    Ivana, PO 45-0258 attached: 6 sample sets BC-3600-AFT (aft cabin cushion LY 36).
    Balance 30 sets not released, on hold until Tina Zupan signs off the samples and Urška Kralj
    sends a written release. Material: only for the 6 sample sets.
    Gregor
    """)
_ivana1 = T("""
    Dear Gregor, confirmed, 6 sets sample in week 24.
    Ivana

    On 20.05.2024 09:14, Gregor Hribar wrote:
    """) + quote(_gregor)
_t = T("""
    Dear Gregor, dear Tina,

    samples are finished and go on the truck Thursday. Because the samples are same like last year
    model, we are sure they pass. So we already cut the foam and ordered the fabric for all 36 sets,
    and after Tina's approval we continue directly with the 30 sets, to deliver before the boat show.

    Lijep pozdrav,
    Tomislav Babić
    voditelj proizvodnje / production manager
    Jadran Tapecirung d.o.o.

    On 21.05.2024 08:02, Ivana Perić wrote:
    """) + quote(_ivana1)
case("p30_two_level_material_autoconv_hr", ["RG006", "RG007"],
     "supplier cut foam and ordered fabric for 36 sets against sample-only material authority and says it continues with the 30 after Tina's approval; buyer scope (quoted two levels down) requires Urška's written release", [
    ("RE_RE_PO_45-0258.eml", eml_bytes(mail("Tomislav Babić <tomislav.babic@jadran-tapecirung.hr>", GREGOR,
                                           "RE: RE: PO 45-0258 aft cabin cushions LY 36",
                                           "Tue, 11 Jun 2024 16:30:00 +0200", _t, cc=f"{TINA}, {IVANA}",
                                           in_reply_to="<h213-ip-0521@jadran-tapecirung.hr>"))),
])

# p31 - WeChat: deposit received -> mass production of 200, bar ordered for full quantity
case("p31_wechat_deposit_mass_production_cn", ["RG006", "RG012"],
     "buyer scope complete (10 samples, 190 on hold, Kelly + Dana); supplier starts mass production of 200 on the deposit and ordered 316 bar for the full quantity", [
    ("WeChat_Lily_Chen_GF-80.txt", T("""
        WeChat chat history with Lily Chen(海运五金 Haiyun)
        Exported 2024-06-20 07:45
        ------------------------------------------------
        2024-06-05 20:31  Marcus Bell
        Lily, PO 7830 is for 10 sample gimbal brackets GF-80-316. Balance 190 not released, on hold until Kelly signs off the samples and Dana Whitfield releases in writing
        2024-06-06 08:02  Lily Chen(海运五金 Haiyun)
        Well noted Marcus, thanks
        2024-06-06 08:03  Lily Chen(海运五金 Haiyun)
        [File] HY-PI-24093.pdf
        2024-06-13 21:40  Marcus Bell
        Deposit 30% sent today per PI HY-PI-24093
        2024-06-14 09:15  Lily Chen(海运五金 Haiyun)
        Received deposit, thank you! We start mass production now for 200pcs, 316 bar already ordered for full quantity, so delivery can be early 😊
        2024-06-14 09:15  Lily Chen(海运五金 Haiyun)
        [Photo]
        """)),
])

# p32 - supplier status report: forecast booked as firm order, teak bought for it
case("p32_status_forecast_firm_material_th", ["RG006", "RG008"],
     "supplier report lists the buyer's 2025 forecast (180) under firm orders and has bought teak for 180 while only 4 samples are released", [
    ("SMT_status_wk24.pdf", pdf([
        ("h1", "PRODUCTION STATUS REPORT - WEEK 24/2024"),
        ("p", "Siam Marine Teakworks Co., Ltd. - for Keys Blue Charters LLC, Fort Lauderdale"),
        ("h", "Firm orders"),
        ("table", [
            ["Order", "Item", "Description", "Qty", "Status"],
            ["PO 7797", "TG-0900-35 Rev A", "Swim platform grate, sample", "4", "shipped 12 June, DHL"],
            ["2025 refit forecast (Dana, 02.05.2024)", "TG-0900-35 Rev A", "Swim platform grate, production", "180", "firm order - teak purchased, in kiln"],
        ]),
        ("p", "Per Keys Blue forecast for the 2025 refit (e-mail of Khun Dana, 02.05.2024) we booked 180 pcs as "
              "firm order and purchased Burma teak grade A for 180 pcs (8,6 m3). Teak is in the kiln now, "
              "moisture 14% -> target 10-12%."),
        ("p", "Prepared by: Nattaya Srisuk, Sales Coordinator"),
    ], title="Status wk24", author="Siam Marine Teakworks")),
])

# p33 - supplier: 'approval of samples = approval of production' (DOCX attachment)
_rep = docx_bytes([
    ("h1", "Sample Inspection Report HY-IR-24-0617"),
    ("p", "Customer: Mavi Ege Gulet Tersanesi    Order: galley fittings sample lot"),
    ("table", [
        ["Item", "Check", "Spec", "Result"],
        ["GF-80-316", "Gimbal pivot bore", "dia. 8.0 H8", "OK"],
        ["GF-80-316", "Salt spray", "ISO 9227 NSS 480 h", "no red rust"],
        ["FR-600", "Length", "600 +/- 1 mm", "599.6 - 600.4 OK"],
        ["FR-600", "Polish", "Ra <= 0.4", "OK"],
    ]),
    ("p", "Inspector: Zhang Wei    Date: 2024-06-17"),
], author="Zhang Wei")
_t = T("""
    Dear Emre,

    Good news, the 10 sets samples of galley fittings (gimbal bracket + fiddle rail) shipped today by
    DHL, AWB 4471 2200 10.

    As usual in our factory, approval of samples = approval of production. So after Ms. Selin approve
    the samples we start the 290 sets immediately, please note.

    Attached the inspection report of the samples.

    Best regards,
    Kevin Lin
    Sales Dept. | Xiamen Haiyun Marine Hardware Co., Ltd.
    Tel +86 592 555 6612
    """)
case("p33_approval_equals_production_cn", ["RG007", "RG009"],
     "supplier: 'approval of samples = approval of production', starts 290 after Selin's approval; one word for technical approval and production release", [
    ("Galley_fittings_samples_shipped.eml", eml_bytes(mail(KEVIN, EMRE, "Galley fittings samples shipped - next step",
                                                          "Mon, 17 Jun 2024 18:05:00 +0800", _t, cc=SELIN,
                                                          attachments=[("HY-IR-24-0617.docx", _rep, DOCX_MT)]))),
])

# p34 - PO note: once samples are approved, proceed with the run of the remaining 42
case("p34_po_once_approved_proceed_si", ["RG005", "RG007"],
     "PO note: 'once the samples are approved, proceed with the run of the remaining 42 sets' - implied auto-conversion, no release person named", [
    ("NB_45-0261.pdf", pdf([
        ("h1", "NAROCILNICA / PURCHASE ORDER  45-0261"),
        ("p", "Lipa Yachts d.o.o. - Industrijska cesta 12 - 6310 Izola - Slovenia"),
        ("p", "Supplier: 400655 Jadran Tapecirung d.o.o., Kopilica 14, 21000 Split, Croatia    Date: 11.06.2024"),
        ("table", [
            ["Pos", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
            ["10", "BC-4200-FWD", "V-berth cushion set fwd cabin LY 42, Rev B - sample", "6", "set", "685,00", "4.110,00"],
        ]),
        ("h", "PO note"),
        ("p", "Line 10: 6 sample sets for hull 42-14, delivery week 26. Once the samples are approved, proceed with "
              "the run of the remaining 42 sets. Material: for the 6 sample sets only until then."),
        ("p", "Issued by: Gregor Hribar, Nabava / Purchasing"),
    ], title="45-0261", author="Lipa Yachts")),
])

# p35 - multipart/alternative: advance payment 'released' so 'release production'
_t = T("""
    Hi Lily,

    Good news: our finance released the advance payment (30%, USD 1,872.00) for PI HY-PI-24102 this
    morning. So you can release production on your side.

    Reminder: PO 7833 covers 16 sample flush latches LL-30-316 for the fit check. The balance of 184 pcs
    is not released until Kelly Ortiz signs off the samples and Dana Whitfield sends a written release.

    Thanks,
    Marcus
    """) + SIG_MARCUS
case("p35_payment_released_us", ["RG009", "RG012"],
     "'finance released the advance payment ... so you can release production': payment as trigger to produce, and 'release' used for payment and production", [
    ("PO_7833_LL-30-316.eml", eml_bytes(mail(MARCUS, LILY, "PO 7833 - advance payment",
                                          "Thu, 13 Jun 2024 10:12:00 -0400", _t, html=text_to_html(_t)))),
])

# p36 - supplier portal: PO accepted = production released; forecast listed as firm order
case("p36_supplier_portal_po_accept_pl", ["RG008", "RG012"],
     "supplier portal releases production automatically on PO acceptance (240 panels) and lists the buyer's Q4 forecast as a firm order", [
    ("PP_portal_Van_Dam.html", html_page("Pomorskie Panele - status zamówień / order status", T("""
        <h2>Pomorskie Panele Sp. z o.o. &ndash; Portal klienta / Customer portal</h2>
        <p>Klient / Customer: Van Dam Binnenvaart Refit B.V. &nbsp;|&nbsp; Opiekun / Account: Agnieszka Wiśniewska</p>
        <div class="note">Workflow: when the customer PO is accepted in this portal, the production order is
        released automatically (PO accepted = start of production).</div>
        <h3>Zamówienia / Orders</h3>
        <table>
        <tr><th>Customer PO</th><th>Item</th><th>Qty</th><th>Type</th><th>PO accepted</th><th>Production</th></tr>
        <tr><td>4500-2317</td><td>HL-2400-600 headliner panel</td><td>240</td><td>PO</td><td>03.06.2024</td><td>RELEASED (PO accepted) &ndash; PRD-24-0611, cutting wk 24</td></tr>
        <tr><td>VD forecast Q4/2024</td><td>HL-1800-500 headliner panel wheelhouse</td><td>180</td><td>firm order (from forecast)</td><td>&ndash;</td><td>planned wk 40</td></tr>
        </table>
        <p>Last update: 10.06.2024 06:00</p>
        """), lang="pl")),
])

# p37 - internal minutes: 'approval' for samples, PO and production
case("p37_minutes_approval_three_ways_si", ["RG009"],
     "'approved'/'approval' used for the sample check, the management PO approval and the production release; scope otherwise complete (6 active, 54 on hold, budget sign-off, Urška)", [
    ("Projektni_sestanek_LY36_2024-05-29.docx", docx_bytes([
        ("h1", "Projektni sestanek LY 36 interier / Project meeting LY 36 interior"),
        ("p", "Lipa Yachts d.o.o., internal - 29.05.2024. Present: G. Hribar, T. Zupan, U. Kralj, M. Kovačič"),
        ("h", "1. Porthole surrounds PS-350 (Siam Marine Teakworks)"),
        ("p", "Samples: 6 pcs delivered under PO 45-0266, approved by Tina (fit OK on hull 36-08)."),
        ("p", "PO 45-0266: approval by management received on 27.05."),
        ("p", "Production approval: still pending. Urška will give the approval for the remaining 54 pcs after the "
              "budget sign-off for the LY 36 series; until then the balance of 54 pcs is on hold and Siam does "
              "not start it."),
        ("h", "2. Headliner LY 36"),
        ("p", "Drawing Rev C to be sent to Pomorskie Panele by Tina, week 23."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Who", "When"],
            ["1", "Budget sign-off LY 36 series", "U. Kralj", "wk 24"],
            ["2", "Inform Siam Marine Teakworks about status", "G. Hribar", "30.05."],
        ]),
    ], author="Matej Kovačič")),
])

# p38 - NetSuite blanket PO: forecast booked as firm
case("p38_netsuite_forecast_firm_us", ["RG008"],
     "blanket PO line 'based on charter booking forecast 2025' is set to Firm and the memo asks to book the forecast as a firm order and commits to 36 sets", [
    ("BPO-2024-07_NetSuite.txt", T("""
        KEYS BLUE CHARTERS LLC - NetSuite                           Printed 06/07/2024 10:41 AM
        BLANKET PURCHASE ORDER   BPO-2024-07
        ---------------------------------------------------------------------------------------
        Vendor        : Jadran Tapecirung d.o.o. (V-00412)
        Subsidiary    : Keys Blue Charters LLC
        Period        : 01/01/2025 - 04/30/2025
        Buyer         : Marcus Bell
        ---------------------------------------------------------------------------------------
        Line  Item          Description                       Qty   Rate        Status   Need-by
        1     KB-SAL-380    Salon cushion set, Rev D           36   $1,290.00   Firm     02/15/2025
              Line note: based on charter booking forecast 2025 (12 boats x 3 sets)
        ---------------------------------------------------------------------------------------
        Memo: This is our forecast for the 2025 fleet refit - please book it as a firm order and
              plan your capacity. Keys Blue commits to the full 36 sets.
        """)),
])

# p39 - HTML yard portal: 'released' for PO workflow, QC and production
case("p39_yard_portal_released_three_ways_tr", ["RG009"],
     "portal timeline says the PO was 'released', samples 'released by QC', and production release is still pending; scope otherwise complete (4 active, 60 on hold, Kaan)", [
    ("MEG_portal_MEG-PO-2024-0470.html", html_page("Mavi Ege tedarikçi portalı - MEG-PO-2024-0470", T("""
        <h2>Mavi Ege Gulet Tersanesi &ndash; Tedarikçi Portalı / Supplier Portal</h2>
        <p>Supplier: Siam Marine Teakworks Co., Ltd. &nbsp;|&nbsp; Buyer: Emre Yıldız</p>
        <h3>Order MEG-PO-2024-0470 &ndash; PS-420 oval teak porthole surround</h3>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Line status</th></tr>
        <tr><td>10</td><td>PS-420</td><td>Oval porthole surround 420x260, sample</td><td>4</td><td>released</td></tr>
        </table>
        <h3>Timeline</h3>
        <table>
        <tr><th>Date</th><th>Event</th></tr>
        <tr><td>02.06.2024</td><td>PO MEG-PO-2024-0470 released (approval workflow: Emre Yıldız &rarr; Finance)</td></tr>
        <tr><td>14.06.2024</td><td>Samples received and released by QC (Selin Aksoy): fit OK on 'Kaptan Mehmet'</td></tr>
        <tr><td>&ndash;</td><td>Production release: not yet. Balance 60 pcs on hold until Kaan Demirtaş (Yard Manager) issues the written production release.</td></tr>
        </table>
        """), lang="tr")),
])

# p40 - Teams: unscoped green light, then forecast declared a firm order
case("p40_teams_green_light_forecast_nl", ["RG002", "RG008"],
     "scope complete (6 samples, 54 on hold, Marloes + Henk); Marloes's 'green light from my side' is unscoped; Joris declares the Q4 forecast a firm order", [
    ("Teams_VanDam_Pomorskie.txt", T("""
        Microsoft Teams - chat export
        Chat: Van Dam / Pomorskie - wheelhouse headliner (external)
        Participants: Joris de Wit, Marloes Bakker, Piotr Kowalczyk (Guest)

        [17-6-2024 09:02] Joris de Wit: Piotr, PO 4500-2322 for the 6 sample panels HL-1800-500 (wheelhouse) is in the portal. Only the 6. The 54 series panels are not released, on hold until Marloes signs off the samples on board and Henk Visser gives the written release.
        [17-6-2024 09:30] Piotr Kowalczyk (Guest): OK, 6 pcs. Question - the foil is in and the CNC program is ready. We can start?
        [17-6-2024 09:41] Marloes Bakker: green light from my side 👍
        [17-6-2024 09:42] Piotr Kowalczyk (Guest): super, thank you
        [17-6-2024 10:15] Joris de Wit: and for your planning: our Q4 forecast, 180 headliner panels HL-2400-600 for MS Zwaluw and MTS Nijverheid - you can take it as a firm order, we commit to it.
        [17-6-2024 10:20] Piotr Kowalczyk (Guest): Noted, I pass to Agnieszka
        """)),
])

# p41 - two-level quote: buyer replies 'good to run'
_scope = T("""
    Ivana - PO 7838: 4 sample cockpit cushion sets KB-CPT-210. The remaining 20 sets are not released,
    on hold until Kelly Ortiz signs off the samples and Dana Whitfield sends a written release.
    Marcus
    """)
_ivana = T("""
    Dear Marcus,

    fabric color is matched to Kelly's swatch and the CNC cutting file is checked. All is ready on our side.

    Best regards, Ivana

    On Mon, Jun 3, 2024 at 2:15 PM Marcus Bell <mbell@keysbluecharters.com> wrote:
    """) + quote(_scope)
_t = T("""
    Ivana - good to run. Thanks!
    Marcus

    On Thu, Jun 13, 2024 at 9:02 AM Ivana Perić <ivana.peric@jadran-tapecirung.hr> wrote:
    """) + quote(_ivana)
case("p41_good_to_run_us", ["RG002"],
     "buyer's 'good to run' names neither sample-only nor a quantity; the buyer's own scope (quoted two levels down) is complete", [
    ("RE_KB-CPT-210_ready.eml", eml_bytes(mail(MARCUS, IVANA, "RE: KB-CPT-210 cockpit cushions - ready",
                                              "Thu, 13 Jun 2024 10:48:00 -0400", _t,
                                              in_reply_to="<h213-ip-0613@jadran-tapecirung.hr>"))),
])

# p42 - HTML buyer portal message: 'Yes, go ahead' to 'can we start production?', no quantity anywhere
case("p42_vendor_hub_go_ahead_us", ["RG002", "RG010"],
     "buyer answers 'Can we start production?' with 'Yes, go ahead. Please ship in 2 lots' - no quantity, no scope", [
    ("VendorHub_PO_7840_messages.html", html_page("Vendor Hub - PO 7840 messages", T("""
        <h2>Keys Blue Charters &ndash; Vendor Hub</h2>
        <p>Vendor: Siam Marine Teakworks Co., Ltd. &nbsp;|&nbsp; Order: PO 7840 &ndash; TG-0900-35 teak swim platform grates &nbsp;|&nbsp; Status: Open</p>
        <h3>Messages</h3>
        <table>
        <tr><th>Date</th><th>From</th><th>Message</th></tr>
        <tr><td>06/17/2024 9:12 PM</td><td>Nattaya Srisuk (Siam Marine Teakworks)</td><td>Dear Khun Marcus, the sample grates arrived to Ms Kelly last week, she said fit is OK. Can we start production?</td></tr>
        <tr><td>06/18/2024 8:05 AM</td><td>Marcus Bell (Keys Blue)</td><td>Yes, go ahead. Please ship in 2 lots, first lot asap.</td></tr>
        <tr><td>06/18/2024 8:40 AM</td><td>Nattaya Srisuk (Siam Marine Teakworks)</td><td>Thank you ka, well noted.</td></tr>
        </table>
        <p><a href="#">Reply</a></p>
        """))),
])

# p43 - WhatsApp: buyer says 6 sample sets, later 8, same PO
case("p43_whatsapp_six_then_eight_tr", ["RG011"],
     "buyer states 6 sample sets for PO MEG-PO-2024-0474, next day 8 sample sets, with no change notice; scope otherwise complete", [
    ("WhatsApp_Chat_Emre_Ivana.txt", T("""
        04/06/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        04/06/2024, 09:05 - Emre Mavi Ege: Ivana hanım günaydın, PO MEG-PO-2024-0474: 6 sample cushion sets for "Deniz Yıldızı"
        04/06/2024, 09:06 - Emre Mavi Ege: Balance 30 sets not released, on hold until Selin signs off the samples and Kaan Bey (Kaan Demirtaş) sends written release
        04/06/2024, 09:40 - Ivana Jadran: Thank you Emre, noted 6 sets
        05/06/2024, 16:12 - Emre Mavi Ege: Ivana please remember, the 8 sample sets must be in Bodrum before 28 June, the boat leaves for charter 1 July
        05/06/2024, 16:30 - Ivana Jadran: 8 sets? I have 6 on the PO. Which is correct?
        """)),
])

# p44 - buyer portal PO (24 samples, full scope) + supplier OC (600 pcs, production on PO acceptance, material for 600)
case("p44_portal_po_vs_oc_si", ["RG006", "RG011", "RG012"],
     "buyer PO authorizes 24 samples (balance 576 on hold); supplier OC confirms 600 pcs, releases production on PO acceptance and orders bar for 600", [
    ("LY_portal_PO_45-0272.html", html_page("Lipa Yachts - portal za dobavitelje - 45-0272", T("""
        <h2>Lipa Yachts d.o.o. &ndash; Portal za dobavitelje / Supplier portal</h2>
        <p>Dobavitelj / Supplier: 400871 Xiamen Haiyun Marine Hardware Co., Ltd.</p>
        <h3>Naročilnica / Purchase order 45-0272 &ndash; 04.06.2024</h3>
        <table>
        <tr><th>Pos</th><th>Material</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price EUR</th></tr>
        <tr><td>10</td><td>LL-25-316</td><td>Push-button locker latch AISI 316, sample</td><td>24</td><td>PC</td><td>9,10</td></tr>
        </table>
        <div class="note"><b>PO scope note:</b> Active now: 24 sample latches (pos 10). The balance of 576 pcs of quote
        HY-Q-24052 is not released. Material authority: sample only. Unlock: sample sign-off by Tina Zupan and a written
        release by Urška Kralj (Production Director).</div>
        <p>Status: <b>Accepted by supplier 05.06.2024</b></p>
        """), lang="sl")),
    ("HY-OC-24-0655.txt", T("""
        XIAMEN HAIYUN MARINE HARDWARE CO., LTD.          ORDER CONFIRMATION / ORDRSP
        ==========================================================================
        OC NO        : HY-OC-24-0655                DATE : 2024-06-05
        CUSTOMER     : LIPA YACHTS D.O.O., IZOLA (SI)
        CUSTOMER PO  : 45-0272                      PO ACCEPTED : 2024-06-05
        --------------------------------------------------------------------------
        ITEM         DESCRIPTION                      CONFIRMED QTY   PRICE EUR
        LL-25-316    PUSH LATCH AISI316 M5x0.8            600 PCS     3.95 / 9.10 (sample)
        --------------------------------------------------------------------------
        PRODUCTION   : PO ACCEPTED -> PRODUCTION ORDER MO-24-0702 RELEASED FOR 600 PCS
        RAW MATERIAL : SS316 BAR D22 ORDERED FOR 600 PCS (PO-RM-24-0412)
        DELIVERY     : 24 PCS SAMPLE WK 26 / 576 PCS WK 31
        CONTACT      : LILY CHEN  +86 592 555 6610
        ==========================================================================
        """)),
])

# p45 - forward of the internal release (rfc822 with PDF): forwarding text says 150, release says 120
_rel = pdf([
    ("h1", "PRODUCTION RELEASE LY-REL-2024-014"),
    ("p", "Lipa Yachts d.o.o. - Izola - 05.06.2024"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "LL-25-316 push-button locker latch"],
        ["PO", "45-0277 rev 1"],
        ["Unlock event", "sample sign-off SSO-LY-0064, 03.06.2024, Tina Zupan"],
        ["Released quantity", "120 pcs"],
        ["Balance on hold", "480 pcs - until lot acceptance of the 120 and the next written release"],
        ["Material authority", "120 pcs"],
        ["Authorized by", "Urska Kralj, Production Director"],
    ]),
], title="LY-REL-2024-014", author="Lipa Yachts")
_inner = mail(URSKA, GREGOR, "Production release LY-REL-2024-014 LL-25-316", "Wed, 05 Jun 2024 17:02:00 +0200", T("""
    Gregor,

    after sample sign-off SSO-LY-0064 (Tina Zupan, 03.06.) I release 120 (one hundred twenty) push
    latches LL-25-316 for production under PO 45-0277 rev 1. The balance of 480 pcs remains on hold
    until lot acceptance of the 120 and my next written release. Material authority: 120 pcs.
    Release notice attached, please forward to Haiyun.

    Urška Kralj
    Production Director, Lipa Yachts d.o.o.
    """), attachments=[("LY-REL-2024-014.pdf", _rel, PDF_MT)])
_t = T("""
    Dear Lily,

    good news: the samples are approved and our management approved the production: 150 (one hundred
    fifty) latches LL-25-316 are released, see below the mail of Mrs Kralj. The rest of the series
    stays on hold until lot acceptance of these and a new written release from Mrs Kralj.

    Lep pozdrav,
    Gregor
    """) + SIG_GREGOR
case("p45_forward_release_150_vs_120_si", ["RG009", "RG011"],
     "forwarding mail says 150 released, the forwarded release (rfc822 + PDF) says 120; 'approved' used for the samples and for production", [
    ("FW_Production_release_LL-25-316.eml", eml_bytes(mail(GREGOR, LILY, "FW: Production release LY-REL-2024-014 LL-25-316",
                                                          "Thu, 06 Jun 2024 08:15:00 +0200", _t,
                                                          attachments=[("rfc822", _inner)]))),
])


# =================================================================== BUILD
def _folder_stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    assert len(CASES) == 70, len(CASES)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for rid in (f"RG{i:03d}" for i in range(1, 13)):
        assert sum(1 for c in CASES if rid in c["expect"]) >= 6, rid

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(213213).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h213_{i:02d}_{_folder_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
