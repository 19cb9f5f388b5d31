#!/usr/bin/env python3
"""Generator for the releasegate check_holdout211 corpus.

Domain: commercial refrigeration parts (display-case doors, evaporator fan guards, shelf
brackets, drain pans, gaskets, LED light rails). All companies and people are fictional.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout211/build.py

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
    m["Message-ID"] = msgid or f"<h211-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h211")
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


import textwrap  # noqa: E402


def T(s):
    """Dedent a hand-written block and drop the leading newline."""
    return textwrap.dedent(s).lstrip("\n")


def quote(text, level=1):
    """Prefix every line of text with '> ' (level times), as mail clients do."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


def PDF(blocks, **kw):
    """pdf() with a guard: the standard reportlab fonts only cover cp1252."""
    for b in blocks:
        for part in b[1:]:
            cells = part if isinstance(part, list) else [part]
            for c in cells:
                for x in (c if isinstance(c, (list, tuple)) else [c]):
                    str(x).encode("cp1252")
    return pdf(blocks, **kw)


def EML(m):
    return eml_bytes(m)


def DOCX(blocks, author):
    return docx_bytes(blocks, author=author)


def HTML(title, body, lang="en"):
    return html_page(title, body, lang=lang)


# ------------------------------------------------------------- people / firms
# Buyers
VAL = "Supermarchés Vallon SA"
CLAIRE = "Claire Fontanel <claire.fontanel@vallon-supermarches.fr>"
MATHIEU = "Mathieu Roussel <mathieu.roussel@vallon-supermarches.fr>"
SOPHIE = "Sophie Garnier <sophie.garnier@vallon-supermarches.fr>"
TR = "Grupo Tiendas Rapidito S.A. de C.V."
ALE = "Alejandra Treviño <alejandra.trevino@tiendasrapidito.com.mx>"
RODRIGO = "Rodrigo Salinas <rodrigo.salinas@tiendasrapidito.com.mx>"
MONICA = "Mónica Garza <monica.garza@tiendasrapidito.com.mx>"
MK = "Mekong Dairy Distribution JSC"
LAN = "Nguyễn Thị Lan <lan.nguyen@mekongdairy.vn>"
HUNG = "Trần Văn Hùng <hung.tran@mekongdairy.vn>"
MFB = "MacAndrew's Family Butchers Ltd"
FIONA = "Fiona Baird <fiona.baird@macandrewsbutchers.co.uk>"
CALLUM = "Callum Reid <callum.reid@macandrewsbutchers.co.uk>"
MFB_PURCH = "MacAndrew's Purchasing <purchasing@macandrewsbutchers.co.uk>"
# Suppliers
FV = "Frigotecnica Veneta S.r.l."
MARCO = "Marco Bellin <marco.bellin@frigotecnicaveneta.it>"
HL = "Hladtek d.o.o."
MATEJ = "Matej Kranjc <matej.kranjc@hladtek.si>"
QH = "Qingdao Haibin Refrigeration Parts Co., Ltd."
KEVIN = "Kevin Liu <kevin.liu@haibin-refparts.cn>"
SC = "Siam CoolLine Co., Ltd."
SOMCHAI = "Somchai Rattanakul <somchai@siamcoolline.co.th>"
PLOY = "Ploypailin Srisuk <ploy@siamcoolline.co.th>"
HP = "Hidegpont Kft."
GABOR = "Kovács Gábor <gabor.kovacs@hidegpont.hu>"
ESZTER = "Szabó Eszter <eszter.szabo@hidegpont.hu>"


# =================================================================== CLEAN

# c01 -- supplier quote with sample and production tiers; no authorization in it
case("c01_quote_tiers_doors", [],
     "supplier quote with a 6-door sample tier and a 1.200-door production tier; a quote authorizes nothing",
     [("offerta_FV-24-0318.pdf", PDF([
         ("h1", "Frigotecnica Veneta S.r.l."),
         ("p", "Via dell'Industria 41, 31033 Castelfranco Veneto (TV), Italia - P.IVA IT04411230265"),
         ("h", "OFFERTA / QUOTATION n. FV-24/0318 del 02/04/2024"),
         ("p", "Spett.le Supermarchés Vallon SA - Direction Achats Equipements, 69100 Villeurbanne (F). "
               "Att.ne Mme Claire Fontanel."),
         ("p", "Object: glass door for refrigerated display case, 3-pane heated, frame anodised, "
               "code VD-1250-3P, drawing VD-1250 Rev 14."),
         ("table", [["Pos", "Code", "Description", "Qty", "Unit price", "Total"],
                    ["10", "VD-1250-3P", "Sample doors (pre-series, hand assembled)", "6 pcs", "EUR 412,00", "EUR 2.472,00"],
                    ["20", "VD-1250-3P", "Production lot", "1.200 pcs", "EUR 318,50", "EUR 382.200,00"],
                    ["30", "ATT-1250", "Gluing jig for gasket (one time)", "1", "EUR 2.400,00", "EUR 2.400,00"]]),
         ("sp",),
         ("p", "Lead time samples: 5 weeks from your order. Lead time production: 8-10 weeks from your "
               "written production release. Glass 4 mm low-e, frame heater 230 V, conform to EN 60335-2-89 "
               "and ISO 23953-2. Hinge side right, handle 1.250 mm."),
         ("p", "Payment: 30% with order, balance 60 days end of month. Prices valid 60 days, ex works "
               "Castelfranco, packing in wooden crate included."),
         ("p", "We remain at your complete disposal for any clarification. Distinti saluti."),
         ("p", "Marco Bellin - Area Manager Export - Frigotecnica Veneta S.r.l. - ISO 9001:2015 cert. n. 21-Q-0318"),
     ], title="Offerta FV-24/0318", author="Marco Bellin"))])

# c02 -- buyer RFQ with three quantities, multipart/alternative
_t = T("""
    Hi Gábor,

    Could you quote us the DP-1200-304 drain pan please (drawing DP-1200 Rev 3, 1.2 mm AISI 304,
    4 x M6x1.0 weld studs, spigot Ø25) at three quantities:

      - a dozen (12) samples
      - 300 pcs
      - 600 pcs

    This is a request for quotation only, not an order - nothing to be made or bought yet.
    Lead times for each please, and tooling cost if there is any. Salt spray to ISO 9227, 480 h
    as before.

    If you could get it back to us by Friday 7th June that would be grand.

    Cheers,
    Fiona
    """) + sig("Fiona Baird", "Procurement", MFB + ", Perth", "+44 1738 000 111")
_h = ("<p>Hi Gábor,</p><p>Could you quote us the <b>DP-1200-304</b> drain pan please (drawing DP-1200 Rev 3, "
      "1.2 mm AISI 304, 4 x M6x1.0 weld studs, spigot Ø25) at three quantities:</p>"
      "<ul><li>a dozen (12) samples</li><li>300 pcs</li><li>600 pcs</li></ul>"
      "<p>This is a request for quotation only, not an order - nothing to be made or bought yet. "
      "Lead times for each please, and tooling cost if there is any. Salt spray to ISO 9227, 480 h as before.</p>"
      "<p>If you could get it back to us by Friday 7th June that would be grand.</p><p>Cheers,<br>Fiona</p>"
      "<p style='font-size:10px;color:#777'>Fiona Baird, Procurement, MacAndrew's Family Butchers Ltd, Perth</p>")
case("c02_rfq_drain_pans", [],
     "RFQ at 12 / 300 / 600 pcs, explicitly not an order; nothing authorized",
     [("message.eml", EML(mail(FIONA, GABOR, "RFQ - DP-1200 drain pans for the shop refits",
                               "Mon, 27 May 2024 10:14:00 +0100", _t, html=_h)))])

# c03 -- supplier asks for the go-ahead; buyer answers with the full scope
case("c03_whatsapp_brackets", [],
     "supplier's go-ahead question answered by buyer: only 15 released, 585 on hold until sign-off + written release by Mónica Garza",
     [("WhatsApp Chat - Hidegpont Rapidito.txt", T("""
        [12/06/24, 09:14:03] Szabó Eszter: Good morning Alejandra, the 15 sample brackets SB-450-300 are shipped by DHL today, AWB 4471 902 385
        [12/06/24, 09:14:40] Szabó Eszter: Can we have the go-ahead for the balance 585 pcs? Our laser line is free in week 27
        [12/06/24, 09:31:12] Alejandra Treviño: Hola Eszter!! gracias 🙏
        [12/06/24, 09:33:55] Alejandra Treviño: Not yet. Only the 15 muestras are released, the 585 stay on hold. Ing. Rodrigo Salinas has to sign off the samples first and after that Lic. Mónica Garza sends you the written release, she is the only one who can release the balance
        [12/06/24, 09:34:20] Alejandra Treviño: and please no steel for the 585 until then 🙂
        [12/06/24, 09:41:07] Szabó Eszter: Understood, we wait. Köszönöm, have a nice day!
        """))])

# c04 -- clearly labelled forecast
case("c04_forecast_fan_guards", [],
     "rolling demand forecast labelled not an order / not a commitment; authorizes nothing",
     [("MDD_demand_forecast_H2-2024.pdf", PDF([
         ("h1", "MEKONG DAIRY DISTRIBUTION JSC"),
         ("p", "Lot 14, Tra Noc 2 Industrial Park, Binh Thuy, Can Tho City, Viet Nam"),
         ("h", "ROLLING DEMAND FORECAST - NOT A PURCHASE ORDER"),
         ("p", "To: Hladtek d.o.o., Celje (Mr Matej Kranjc). Date: 03/06/2024. Part: FG-254-12 evaporator "
               "fan guard D254, wire 4 mm, drawing FG-254 Rev 12."),
         ("table", [["Month", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24", "Dec-24", "Total"],
                    ["Forecast qty (pcs)", "180", "220", "250", "240", "300", "310", "1.500"]]),
         ("sp",),
         ("p", "Kindly note this forecast is only for your capacity planning. It is not an order and not a "
               "commitment of Mekong Dairy; no material purchase and no production is authorized by this "
               "document. Quantities will be ordered by separate PO and released in writing by Mr Pham Minh "
               "Duc, Deputy Director."),
         ("p", "Forecast basis: 62 cold rooms in Mekong Delta depots, fan model 254 mm / 230 V."),
         ("p", "Prepared by: Nguyen Thi Lan - Purchasing."),
     ], title="Demand forecast H2-2024", author="Nguyen Thi Lan"))])

# c05 -- sample sign-off scoped to fit check, production not released
case("c05_signoff_record_doors", [],
     "sample sign-off 'approved for fit check only; production not released', balance 1.194 on hold until written release by Sophie Garnier",
     [("fiche_validation_VD-1250.docx", DOCX([
         ("h1", "Fiche de validation échantillons / Sample sign-off record"),
         ("table", [["Fournisseur / Supplier", "Frigotecnica Veneta S.r.l."],
                    ["Commande / PO", "4500012874"],
                    ["Article / Part", "VD-1250-3P porte vitrée chauffée, DRG VD-1250 Rev 14"],
                    ["Échantillons reçus / Samples received", "6 pcs, 11/06/2024, BL FV-DDT-1187"],
                    ["Contrôlé par / Checked by", "Mathieu Roussel, ingénieur froid commercial"]]),
         ("sp",),
         ("h", "Résultats / Results"),
         ("li", "Cotes / dimensions: OK (1.250 x 665 mm, tol. ±1)"),
         ("li", "Chauffage cadre / frame heater 230 V: OK, 48 h anti-buée test OK"),
         ("li", "Montage sur meuble Vallon type MV-4 / fit on cabinet: OK, joint à reprendre côté charnière"),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "Le solde de 1.194 portes reste en attente (on hold). La libération de production sera émise "
               "séparément, par écrit, par Sophie Garnier, Directrice Achats, après l'essai en magasin de "
               "Villeurbanne (4 semaines). Aucun achat de verre ou de cadres au-delà des 6 échantillons."),
         ("p", "Signé: Mathieu Roussel, 12/06/2024"),
     ], author="Mathieu Roussel"))])

# c06 -- full-quantity PO that says proceed
case("c06_po_full_quantity", [],
     "full and final 400-pc PO, no samples, no balance; 'proceed with the full 400 pcs' is scoped",
     [("OC_7700-1204.pdf", PDF([
         ("h1", "GRUPO TIENDAS RAPIDITO S.A. DE C.V."),
         ("p", "Av. Constitución 2150 Pte., Monterrey, N.L., México - RFC GTR-980512-KT3"),
         ("h", "ORDEN DE COMPRA / PURCHASE ORDER No. 7700-1204"),
         ("p", "Fecha / Date: 17/06/2024. Proveedor / Supplier: Hidegpont Kft., 6000 Kecskemét, Hungary "
               "(No. proveedor 40512). Comprador / Buyer: Alejandra Treviño."),
         ("table", [["Partida", "Código", "Descripción", "Cantidad", "Precio unit.", "Importe"],
                    ["10", "SB-450-300", "Ménsula para anaquel / shelf bracket 450 mm, Zn 12 µm", "400 pzas", "USD 3,85", "USD 1.540,00"]]),
         ("sp",),
         ("p", "This is a full and final quantity order: 400 pcs, no samples, no balance. Proceed with the "
               "full 400 pcs for delivery CW 30 at CEDIS Apodaca."),
         ("p", "Spec: DRG SB-450 Rev 7, load test 1.500 N per bracket, zinc ISO 2081 Fe//Zn12//C, "
               "slots for M5x0.8 screws. Supplier certified ISO 9001:2015."),
         ("p", "Condiciones de pago / payment: 60 días después de la entrega. Incoterm FCA Kecskemét."),
     ], title="OC 7700-1204", author="Alejandra Trevino"))])

# c07 -- EDI call-off with staged material authority above the released quantity
case("c07_delfor_fan_guards", [],
     "call-off releases 800, forecast lines labelled not released, explicit staged material authority up to 2.000; next call-off + Sophie Garnier named",
     [("DELFOR_DF-2024-0731-0042.txt", T("""
        VALLON SA - EDI DELFOR D.96A - IMPRESSION / PRINTOUT
        ================================================================
        MSG REF   : DF-2024-0731-0042          DATE : 31.07.2024
        BUYER     : SUPERMARCHES VALLON SA, VILLEURBANNE   GLN 3012345000017
        SUPPLIER  : HLADTEK D.O.O., CELJE                  GLN 3830001234567
        SHIP TO   : PLATEFORME SAINT-PRIEST, DOCK 12
        ITEM      : FG-254-12  GRILLE VENTILATEUR D254 FIL 4MM  DRG FG-254 REV 12
        FRAME PO  : 4500013145 (COMMERCIAL COVER 3.000 PCS)
        ----------------------------------------------------------------
        FIRM - RELEASED FOR PRODUCTION
          WK 33/2024          400
          WK 35/2024          400
          CUM RELEASED        800
        FORECAST - NOT RELEASED - PLANNING ONLY
          WK 37/2024          400
          WK 39/2024          400
          WK 41/2024          400
        ----------------------------------------------------------------
        MATERIAL AUTHORIZATION (STAGED): WIRE ROD 4MM + ZINC FOR UP TO
        2.000 PCS AT BUYER LIABILITY. NO FINISHED PARTS BEYOND 800.
        PRODUCTION BEYOND THE CUM RELEASED 800 ONLY ON THE NEXT CALL-OFF.
        RELEASE AUTHORITY: SOPHIE GARNIER, DIRECTRICE ACHATS.
        ----------------------------------------------------------------
        UNB+UNOC:3+3012345000017:14+3830001234567:14+240731:0642+DF0731042'
        """))])

# c08 -- explicit, signed auto-conversion record
case("c08_autoconversion_drain_pans", [],
     "explicit, signed auto-conversion record naming quantity (288), signer and conditions; rest on hold until Alasdair Munro's written release",
     [("MFB-24-0211_DP-1200.docx", DOCX([
         ("h1", "Auto-conversion agreement - PO MFB-24-0211"),
         ("p", "Parties: MacAndrew's Family Butchers Ltd (buyer), Perth, and Hidegpont Kft. (supplier), Kecskemét."),
         ("p", "Part: DP-1200-304 drain pan, drawing DP-1200 Rev 4. PO MFB-24-0211 rev 1 covers 600 pcs."),
         ("h", "What is agreed, in writing, before the samples are judged"),
         ("num", "Hidegpont makes twelve (12) sample drain pans now. Material authority for now: sample-only."),
         ("num", "If Callum Reid (Shopfit & Refrigeration Technical) signs off the 12 samples as approved, "
                 "with no open deviation, by 15 July 2024, that sign-off releases 288 pcs (first production "
                 "lot) by itself. No further release letter is needed for these 288 pcs."),
         ("num", "If the sign-off is interim, rejected or later than 15 July 2024, nothing is released and "
                 "this auto-conversion lapses."),
         ("num", "The remaining 300 pcs stay on hold until a written release by Alasdair Munro."),
         ("table", [["Quantity", "Status"],
                    ["12", "samples - make now"],
                    ["288", "released automatically on an approved sign-off by 15/07/2024"],
                    ["300", "on hold - written release by A. Munro"]]),
         ("sp",),
         ("p", "Signed: Alasdair Munro, Operations Director (release authority, limit GBP 40.000), 3 June 2024."),
         ("p", "Acknowledged for Hidegpont Kft.: Kovács Gábor, sales manager, 4 June 2024."),
     ], author="Alasdair Munro"))])

# c09 -- old quote forwarded as rfc822, declared informational
_old = mail(SOMCHAI, LAN, "Quotation SCL-Q-23-118 LED rail LR-1500", "Thu, 09 Nov 2023 14:20:00 +0700",
            T("""
            Dear Khun Lan,

            Thank you for your inquiry. Please see our quotation:

            Quotation SCL-Q-23-118
            Item: LR-1500-24V LED light rail 1.500 mm, 24 V DC, 4000 K, IP65, L70 50.000 h
            Qty 5.000 pcs   THB 465.00 / pc   FOB Laem Chabang
            Lead time 6 weeks after PO. Validity 30 days.

            Best regards,
            Somchai
            """) + sig("Somchai Rattanakul", "Sales Manager", SC + ", Amata City Chonburi", "+66 38 000 111"))
_t = T("""
    Dear Khun Ploy,

    I forward the old quotation from last year (5.000 pcs LR-1500) only for information, to compare
    the price with your new offer. It is not an order and the 5.000 pcs is not released.

    Our current PO MD-24-0466 is only for 20 sample rails. The balance is not released until
    Mr Hùng signs off the samples and Mr Phạm Minh Đức gives the written release. Material for the
    20 samples only please.

    Thank you and best regards,
    Lan
    """) + sig("Nguyễn Thị Lan", "Purchasing Executive", MK + ", Can Tho", "+84 292 3800 111")
case("c09_fwd_old_quote", [],
     "2023 quote for 5.000 pcs forwarded as rfc822 'only for information... not released'; current PO 20 samples with hold, event, person",
     [("Fwd_quotation.eml", EML(mail(LAN, PLOY, "Fwd: Quotation SCL-Q-23-118 LED rail LR-1500 (for information)",
                                     "Tue, 18 Jun 2024 08:45:00 +0700", _t, attachments=[("rfc822", _old)])))])

# c10 -- buyer corrects a quoted supplier line that assumes auto-conversion (two-level quote)
_po = T("""
    Bonjour Marco,

    Please find our PO 4500012874: six (6) sample doors VD-1250-3P only.
    The balance of 1.194 doors is not released. Production release only in writing by
    Sophie Garnier, after the sample sign-off by Mathieu Roussel.

    Cordialement,
    Claire Fontanel
    """)
_rep = T("""
    Thank you Claire, confirmed 6 samples for week 24.
    Once Mathieu approves the samples we will roll straight into the 1.194 doors to keep week 38.

    Marco
    """)
_t = T("""
    Marco,

    No, please. The sample sign-off does not release the production. After Mathieu's sign-off you
    wait for the written release from Sophie Garnier; only then the 1.194 doors can start. Until
    that, no glass or frames beyond the 6 samples.

    Merci de me confirmer par retour.

    Claire
    """) + sig("Claire Fontanel", "Acheteuse équipements froid", VAL + ", Villeurbanne", "+33 4 72 00 11 22") + \
    "\n-----Message d'origine-----\nDe : Marco Bellin\nEnvoyé : lundi 3 juin 2024 17:02\n" + \
    "Objet : RE: Commande 4500012874 - portes VD-1250\n\n" + quote(
        _rep + "\n-----Original Message-----\nFrom: Claire Fontanel\nSent: lundi 3 juin 2024 09:30\n\n" + quote(_po))
case("c10_correction_reply", [],
     "supplier's quoted 'roll straight into the 1.194' is corrected by the buyer: sign-off does not release, written release by Sophie Garnier",
     [("RE_commande_4500012874.eml", EML(mail(CLAIRE, MARCO, "RE: RE: Commande 4500012874 - portes VD-1250",
                                             "Tue, 04 Jun 2024 08:20:00 +0200", _t,
                                             in_reply_to="<h211-fv-0603@frigotecnicaveneta.it>")))])

# c11 -- WeChat: deposit explicitly does not release production
case("c11_wechat_gasket", [],
     "supplier: 'deposit does not release production', only 50 m sample; buyer confirms hold, sign-off by Hùng, release letter by Đức",
     [("WeChat_Kevin_Liu_export.txt", T("""
        —————  2024-06-18  —————

        Kevin Liu 10:02
        Dear Ms Lan good morning. We received your 30% deposit for PO MD-24-0479, thank you 🙏

        Kevin Liu 10:03
        Just to be clear: deposit does not release production. Now we only make the 50 m sample gasket GK-1875-12, the 1.950 m balance wait your written release

        Nguyễn Thị Lan 10:20
        Yes correct Kevin, thank you. Mr Hùng will check the samples, after his sign-off Mr Đức will send you the release letter for the balance

        Kevin Liu 10:21
        OK noted 👍 we don't buy compound for balance before that

        Nguyễn Thị Lan 10:22
        👍
        """))])

# c12 -- supplier acknowledgement restating the hold; quoted PO; HTML attachment
_po = T("""
    Dear Kevin,

    Please find our PO 4500013051: 40 m sample gasket GK-1875-12 only.
    The balance of 2.360 m from your offer QH-2405-77 is not released, it stays on hold until
    the sample sign-off by Mathieu Roussel and a written release from Sophie Garnier.
    Material authority: sample-only.

    Best regards,
    Claire Fontanel
    """)
_t = T("""
    Dear Claire,

    We acknowledge your PO 4500013051 as written: 40 m sample gasket GK-1875-12 only.
    The balance 2.360 m is not released and on hold until sample sign-off by Mr Roussel and
    written release from Mrs Garnier. Material authority sample-only: we buy compound only for 40 m.

    Our order acknowledgement is attached. Samples ready 20 June.

    Best regards
    Kevin
    """) + sig("Kevin Liu", "Sales Manager", QH + ", Jiaozhou, Qingdao", "+86 532 8000 1111") + \
    "\n\n---- Original ----\nFrom: Claire Fontanel\nDate: 2024-06-05 09:02\n\n" + quote(_po)
_ack = HTML("Order acknowledgement OA-24-0615", T("""
    <h2>Qingdao Haibin Refrigeration Parts Co., Ltd. - Order Acknowledgement OA-24-0615</h2>
    <p>Customer: Supermarchés Vallon SA - Customer PO: 4500013051 - Date: 2024-06-06</p>
    <table><tr><th>Item</th><th>Description</th><th>Qty acknowledged</th><th>Scope</th></tr>
    <tr><td>GK-1875-12</td><td>Magnetic door gasket, profile 12, grey RAL 7035</td><td>40 m</td><td>sample</td></tr>
    <tr><td>GK-1875-12</td><td>Balance of offer QH-2405-77</td><td>2.360 m</td><td>not released - on hold</td></tr></table>
    <p class="note">Material authority: sample-only. Balance waits sample sign-off (M. Roussel) and written release (S. Garnier).</p>
    """))
case("c12_ack_gasket", [],
     "supplier acknowledgement restating sample-only scope, hold, sign-off and written release; quoted PO is complete",
     [("RE_PO_4500013051.eml", EML(mail(KEVIN, CLAIRE, "RE: PO 4500013051 - GK-1875 sample gasket",
                                       "Thu, 06 Jun 2024 10:31:00 +0800", _t,
                                       attachments=[("OA-24-0615.html", _ack, "text/html")],
                                       in_reply_to="<h211-vallon-0605@vallon-supermarches.fr>")))])

# c13 -- interim sign-off with quantity and date limits
case("c13_interim_signoff_brackets", [],
     "interim sample sign-off limited to 150 pcs / 31 Aug, 150 released by Mónica Garza, 450 on hold until full sign-off + her written release",
     [("registro_muestras_7700-1190.docx", DOCX([
         ("h1", "Registro de aprobación interina / Interim sample sign-off"),
         ("table", [["OC / PO", "7700-1190 (600 pzas)"],
                    ["Proveedor", "Hladtek d.o.o., Celje, Eslovenia"],
                    ["Parte", "SB-450-300 ménsula / shelf bracket, DRG SB-450 Rev 7"],
                    ["Muestras", "20 pzas recibidas 24/06/2024 (OC de muestras 7700-1189)"],
                    ["Ingeniería", "Ing. Rodrigo Salinas"]]),
         ("sp",),
         ("h", "Disposición / Disposition: INTERIM"),
         ("p", "Zinc 9 µm medido vs 12 µm especificado. Accepted as interim only: valid for 150 pcs maximum "
               "and until 31 Aug 2024, whichever comes first, for stores of zona Monterrey only."),
         ("h", "Liberación de producción / Production release"),
         ("p", "Lic. Mónica Garza released 150 pcs under release R-7700-1190-01 on 03/07/2024, within the interim limit."),
         ("p", "El saldo de 450 pzas queda en espera (on hold) hasta una aprobación completa de nuevas "
               "muestras con 12 µm y una liberación por escrito de Lic. Mónica Garza. Material: only for the 150 pcs."),
         ("p", "Firma: Ing. Rodrigo Salinas - 03/07/2024"),
     ], author="Rodrigo Salinas"))])

# c14 -- ERP PO full of quantity-like identifiers, complete scope note
case("c14_erp_po_identifiers", [],
     "sample PO for 12 with complete scope note; identifiers (DP-1200, 480 H, 1.4301, HK-Q-2406-1200, vendor 400512) are not quantities",
     [("PO_MFB-24-0388.txt", T("""
        MACANDREW'S FAMILY BUTCHERS LTD                         PURCHASE ORDER
        UNIT 12, INVERALMOND IND EST, PERTH PH1 3XX             PAGE 1 OF 1
        ---------------------------------------------------------------------------
        PO NO   : MFB-24-0388          DATE : 19/06/2024        REV : 0
        SUPPLIER: HIDEGPONT KFT, 6000 KECSKEMET, HU            VENDOR: 400512
        BUYER   : F BAIRD                                       TERMS : 30 DAYS EOM
        DELIVER : PERTH DEPOT, GOODS IN BAY 2                   INCOTERM: DAP PERTH
        ---------------------------------------------------------------------------
        LN ITEM             DESCRIPTION                      QTY UOM  UNIT GBP   EXT GBP
        01 DP-1200-304-R3   DRAIN PAN 1200 AISI304 1.2MM      12  EA     38.40    460.80
           DRG DP-1200 REV 3 / WELD STUDS M6X1.0 X4 / EN 10088-2 1.4301 / PASSIVATED
           SALT SPRAY ISO 9227 NSS 480 H / SPIGOT 25MM
        ---------------------------------------------------------------------------
                                                          PO TOTAL GBP     460.80
        PO NOTE:
        THIS PO COVERS 12 (TWELVE) SAMPLE DRAIN PANS ONLY.
        THE QUOTED SERIES QTY (588, QUOTE HK-Q-2406-1200) IS NOT RELEASED AND STAYS ON HOLD.
        MAKE AND SHIP THE 12 SAMPLES NOW. MATERIAL AUTHORITY: SAMPLE-ONLY.
        THE BALANCE UNLOCKS ONLY AFTER SAMPLE SIGN-OFF BY CALLUM REID AND A WRITTEN
        RELEASE FROM ALASDAIR MUNRO (OPERATIONS DIRECTOR).
        QUOTED SERIES QTY BASIS: FORECAST (STORE REFIT PLAN 2024/25).
        ---------------------------------------------------------------------------
        ISO 9001:2015 SUPPLIER REQUIRED. QUOTE OUR PO NO ON ALL DOCUMENTS.
        """))])

# c15 -- buyer portal PO with the complete scope note
case("c15_portal_po_led", [],
     "portal PO: active 20 sample rails, 1.480 forecast not released, sample-only material, sign-off by Roussel then written release by Garnier",
     [("commande_4500013102.html", HTML("Vallon - Portail fournisseurs - Commande 4500013102", T("""
        <h2>Supermarchés Vallon - Portail fournisseurs</h2>
        <p>Commande / PO <b>4500013102</b> - émise le 10/06/2024 - Fournisseur: Siam CoolLine Co., Ltd. (F-209340)</p>
        <table>
        <tr><th>Poste</th><th>Article</th><th>Désignation</th><th>Qté</th><th>PU</th><th>Montant</th></tr>
        <tr><td>00010</td><td>LR-1500-24V</td><td>Rampe LED 1.500 mm 24 V 4000 K IP65 - échantillons</td><td>20</td><td>EUR 41,00</td><td>EUR 820,00</td></tr>
        </table>
        <div class="note">
        <p><b>Scope of this PO</b></p>
        <p>Active quantity: 20 sample rails.</p>
        <p>The quoted production quantity of 1.480 rails is a forecast and is not released (on hold).</p>
        <p>Supplier action now: build and ship the 20 samples; buy material for 20 rails only (material authority: sample-only).</p>
        <p>Unlock event: sample sign-off by Mathieu Roussel, then a written release by Sophie Garnier (release authority, limit EUR 150.000).</p>
        </div>
        <p>Contact achats: Claire Fontanel - +33 4 72 00 11 22</p>
        """), lang="fr"))])

# c16 -- Teams go-ahead scoped to the sample doors only
case("c16_teams_sample_doors", [],
     "'go ahead with the 8 sample doors only', 392 on hold until Mathieu's sign-off and Sophie Garnier's written release",
     [("Teams_chat_Frigotecnica.txt", T("""
        Chat: Frigotecnica / Vallon - portes Marseille
        Exported 14/05/2024

        [14/05/2024 10:12] Marco Bellin (Frigotecnica Veneta): Buongiorno Claire, the glass for the samples is arrived, we can start the 8 sample doors for the Marseille version (VD-1250-3P-M). Ok for you?
        [14/05/2024 10:20] Claire Fontanel: Bonjour Marco, yes go ahead with the 8 sample doors only. The 392 others are not released, they stay on hold until Mathieu signs off the samples and Sophie Garnier sends you the release in writing.
        [14/05/2024 10:21] Marco Bellin (Frigotecnica Veneta): Perfetto, only 8. Grazie mille
        [14/05/2024 10:21] Claire Fontanel: 👍
        """))])

# c17 -- supplier status report restating hold and sample-only material
case("c17_status_report_led", [],
     "supplier weekly status: 20 released/produced, 1.480 on hold, material bought for 20 only; LM-80 6.000 h is a test duration",
     [("SCL_status_wk27.pdf", PDF([
         ("h1", "Siam CoolLine Co., Ltd."),
         ("p", "700/88 Moo 1, Amata City Chonburi Industrial Estate, Thailand"),
         ("h", "Weekly Order Status Report - Week 27/2024 - Customer: Mekong Dairy Distribution JSC"),
         ("table", [["PO", "Item", "Released", "Produced", "Shipped", "On hold", "Material bought"],
                    ["MD-24-0466", "LR-1500-24V LED rail", "20 (samples)", "20", "0", "1.480", "LED strip + profile for 20 pcs"]]),
         ("sp",),
         ("p", "Balance 1.480 pcs on hold, not released. We wait the sample sign-off by Mr Tran Van Hung and "
               "the written release from Mr Pham Minh Duc before any production or material purchase for the "
               "balance. Material authority: sample-only."),
         ("p", "Samples: burn-in 72 h done, LED source LM-80 report 6.000 h attached to shipment, IP65 test OK. "
               "Ship date samples: 08/07/2024 by air, AWB 217-4410 0966."),
         ("p", "Prepared by: Ploypailin Srisuk, Customer Service."),
     ], title="Status wk27", author="Ploypailin Srisuk"))])

# c18 -- production release letter with everything stated
case("c18_release_letter_pans", [],
     "release R-02 of 288 after sample sign-off; 12+288 released, remaining 300 on hold until next call-off by Alasdair Munro; staged material 300",
     [("MFB_release_R-02.pdf", PDF([
         ("h1", "MacAndrew's Family Butchers Ltd"),
         ("p", "Unit 12, Inveralmond Industrial Estate, Perth PH1 3XX, Scotland"),
         ("h", "PRODUCTION RELEASE No. R-02 - PO MFB-24-0388 rev 1"),
         ("p", "To: Hidegpont Kft., Kecskemét - attn. Kovács Gábor. Date: 18 July 2024."),
         ("p", "Following the sample sign-off of the 12 DP-1200-304 drain pans by Callum Reid on 15 July 2024 "
               "(report SR-0388), I release 288 pcs for production. PO MFB-24-0388 rev 1 covers 600 pcs."),
         ("table", [["Quantity", "Status"],
                    ["12", "samples - delivered and signed off"],
                    ["288", "released by this letter (R-02)"],
                    ["300", "on hold - not released"]]),
         ("sp",),
         ("p", "Released to date: 300 pcs (12 + 288). The remaining 300 pcs stay on hold until the next "
               "call-off, which only I can issue. Material authority: staged up to 300 pcs."),
         ("p", "Alasdair Munro - Operations Director (release authority)"),
     ], title="Release R-02", author="Alasdair Munro"))])

# c19 -- stop notice
case("c19_stop_notice", [],
     "stop notice: nothing may start, quantity authorized now zero, lifting only by Mónica Garza after 8D + new sample sign-off",
     [("aviso_STOP-2024-014.txt", T("""
        GRUPO TIENDAS RAPIDITO S.A. DE C.V. - AVISO DE PARO / STOP NOTICE
        ------------------------------------------------------------------
        Fecha / Date : 22/07/2024            Ref: STOP-2024-014
        Proveedor    : Hladtek d.o.o., Celje (Slovenia)
        OC / PO      : 7700-1190
        Parte / Part : SB-450-300 ménsula / shelf bracket, DRG SB-450 Rev 7
        ------------------------------------------------------------------
        Effective immediately: STOP. Nothing more may start on this order,
        released or not.
        Quantity authorized now: zero (0) - until the stop is lifted in writing.
        Status before the stop: 150 pcs released (R-7700-1190-01), 450 pcs on hold.
        Reason: zinc adhesion failure in cross-cut test ISO 2409 at store 0412
        (Guadalupe, N.L.).
        Lifting: only by written notice from Lic. Mónica Garza, after your 8D
        report and new samples signed off by Ing. Rodrigo Salinas.
        Please confirm receipt and send the WIP status today.

        Atentamente,
        Compras - Alejandra Treviño
        """))])

# c20 -- folder: cover mail + PO + supplier quote, quote declared for information only
_t = T("""
    Hi Marco,

    Please find attached our PO MFB-24-0415 for the four (4) sample doors VD-0900-2P, and your
    quote FV-24/0402 for reference. The 96 series doors in the quote are for information only -
    they are not released and are on hold until Callum Reid signs off the samples and Alasdair
    Munro sends a written release. Material for the 4 samples only please.

    Delivery of the samples to our Perth depot by 26 July would be great.

    Many thanks,
    Fiona
    """) + sig("Fiona Baird", "Procurement", MFB + ", Perth", "+44 1738 000 111")
_h = ("<p>Hi Marco,</p><p>Please find attached our PO <b>MFB-24-0415</b> for the four (4) sample doors VD-0900-2P, "
      "and your quote FV-24/0402 for reference. The 96 series doors in the quote are <b>for information only</b> - "
      "they are not released and are on hold until Callum Reid signs off the samples and Alasdair Munro sends "
      "a written release. Material for the 4 samples only please.</p>"
      "<p>Delivery of the samples to our Perth depot by 26 July would be great.</p><p>Many thanks,<br>Fiona</p>")
case("c20_cover_mail_doors", [],
     "cover mail + PO (4 samples, 96 on hold) + quote (4 / 96): the larger figure is declared information only and not released",
     [("cover_mail.eml", EML(mail(FIONA, MARCO, "PO MFB-24-0415 - sample doors VD-0900-2P",
                                  "Fri, 28 Jun 2024 11:05:00 +0100", _t, html=_h))),
      ("PO_MFB-24-0415.pdf", PDF([
          ("h1", "MacAndrew's Family Butchers Ltd - Purchase Order"),
          ("p", "PO MFB-24-0415 - 28/06/2024 - Supplier: Frigotecnica Veneta S.r.l., Castelfranco Veneto (IT)"),
          ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
                     ["1", "VD-0900-2P", "Glass door 900 mm, 2-pane heated, sample", "4", "398,00", "1.592,00"]]),
          ("sp",),
          ("p", "This PO covers 4 sample doors only. The series quantity of quote FV-24/0402 (96 doors) is "
                "not released and stays on hold. Unlock: sample sign-off by Callum Reid and a written release "
                "by Alasdair Munro, Operations Director. Material authority: sample-only."),
      ], title="PO MFB-24-0415", author="Fiona Baird")),
      ("quote_FV-24-0402.pdf", PDF([
          ("h1", "Frigotecnica Veneta S.r.l. - Offerta FV-24/0402"),
          ("p", "Spett.le MacAndrew's Family Butchers Ltd, Perth. Data: 20/06/2024."),
          ("table", [["Pos", "Code", "Description", "Qty", "Unit price"],
                     ["10", "VD-0900-2P", "Sample doors", "4 pcs", "EUR 398,00"],
                     ["20", "VD-0900-2P", "Series", "96 pcs", "EUR 289,00"]]),
          ("sp",),
          ("p", "Lead time samples 4 weeks; series 7 weeks from your written release. EN 60335-2-89. Validity 60 days."),
      ], title="Offerta FV-24/0402", author="Marco Bellin"))])

# c21 -- supplier portal order book: sample released, balance on hold
case("c21_supplier_portal_orders", [],
     "supplier order book: 15 released, 585 not released awaiting sign-off + written release by Mónica Garza; second order is a full 400-pc PO",
     [("ugyfelportal_rendelesek.html", HTML("Hidegpont - Customer portal - Order book", T("""
        <h2>Hidegpont Kft. - Ügyfélportál / Customer portal</h2>
        <p>Order book: <b>Grupo Tiendas Rapidito</b> (customer no. 30071) - status 2024.07.08</p>
        <table>
        <tr><th>Customer PO</th><th>Item</th><th>PO qty</th><th>Released</th><th>Produced</th><th>Shipped</th><th>On hold</th><th>Material authority</th></tr>
        <tr><td>7700-1182</td><td>SB-450-300</td><td>15 (samples)</td><td>15</td><td>15</td><td>15</td><td>585 - not released</td><td>sample-only</td></tr>
        <tr><td>7700-1204</td><td>SB-450-300</td><td>400 (full order)</td><td>400</td><td>120</td><td>0</td><td>-</td><td>400</td></tr>
        </table>
        <p class="note">The 585 pcs of 7700-1182 are not released. We will not start them or buy material for them
        before the sample sign-off by Ing. Rodrigo Salinas and the written release of Lic. Mónica Garza.</p>
        <p>Contact: Szabó Eszter, order processing, +36 76 000 111</p>
        """)))])

# c22 -- folder: Word PO + supplier order confirmation page
case("c22_word_po_gasket", [],
     "Word PO for 30 m sample gasket with full scope + supplier confirmation restating 30 m and the 1 170 m hold",
     [("MFB-24-0432.docx", DOCX([
         ("h1", "Purchase Order MFB-24-0432"),
         ("p", "MacAndrew's Family Butchers Ltd, Unit 12 Inveralmond Ind Est, Perth PH1 3XX. Date 12/06/2024."),
         ("p", "Supplier: Qingdao Haibin Refrigeration Parts Co., Ltd., Jiaozhou, Qingdao, China."),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
                    ["1", "GK-1875-12", "Magnetic door gasket, profile 12, grey, sample", "30 m", "3,40", "102,00"]]),
         ("sp",),
         ("p", "Scope: this PO covers 30 m of sample gasket only. The series quantity of 1 170 m in your "
               "quote QH-2406-12 is a forecast and is not released; it stays on hold."),
         ("p", "Unlock: sample sign-off by Callum Reid, then a written release by Alasdair Munro "
               "(Operations Director). Material authority: sample-only."),
         ("p", "Fiona Baird, Procurement"),
     ], author="Fiona Baird")),
      ("order_confirmation_OC-24-0877.html", HTML("Order Confirmation OC-24-0877", T("""
        <h2>Qingdao Haibin Refrigeration Parts Co., Ltd. - Order Confirmation OC-24-0877</h2>
        <p>Customer: MacAndrew's Family Butchers Ltd - Your PO: MFB-24-0432 - Date: 2024-06-13</p>
        <table><tr><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
        <tr><td>GK-1875-12</td><td>Magnetic door gasket profile 12 grey - sample</td><td>30 m</td><td>confirmed, ship 2024-06-24</td></tr>
        <tr><td>GK-1875-12</td><td>Series (quote QH-2406-12)</td><td>1 170 m</td><td>not released - on hold</td></tr></table>
        <p class="note">We wait the sample sign-off by Mr Callum Reid and the written release by Mr Alasdair Munro. Material bought for 30 m only.</p>
        """)))])

# c23 -- production release mail with text attachment
_rel = T("""
    PRODUCTION RELEASE RECORD
    Release no.     : R-7700-1182-01
    PO              : 7700-1182 rev 1 (600 pcs)
    Part            : SB-450-300 shelf bracket, DRG SB-450 Rev 7
    Unlock event    : sample sign-off 15 pcs, Ing. Rodrigo Salinas, 28/06/2024 (report PPAP-SB450-02)
    Released now    : 300 pcs
    Released to date: 315 pcs (15 samples + 300)
    On hold         : 285 pcs - until the next written release by Lic. Mónica Garza
    Material        : staged up to 300 pcs
    Authorized by   : Lic. Mónica Garza, Gerente de Cadena de Suministro
    """)
_t = T("""
    Estimado Gábor, estimada Eszter,

    After the sample sign-off of the 15 brackets by Ing. Rodrigo Salinas on 28 June, I release
    three hundred (300) pcs SB-450-300 for production under PO 7700-1182 rev 1.

    The remaining 285 pcs stay on hold until my next written release. Material authority:
    staged up to 300 pcs. The release record is attached.

    Saludos cordiales,
    Mónica Garza
    """) + sig("Lic. Mónica Garza", "Gerente de Cadena de Suministro", TR + ", Monterrey", "+52 81 8000 1234")
_h = ("<p>Estimado Gábor, estimada Eszter,</p><p>After the sample sign-off of the 15 brackets by Ing. Rodrigo Salinas "
      "on 28 June, I release <b>three hundred (300) pcs</b> SB-450-300 for production under PO 7700-1182 rev 1.</p>"
      "<p>The remaining 285 pcs stay on hold until my next written release. Material authority: staged up to 300 pcs. "
      "The release record is attached.</p><p>Saludos cordiales,<br>Mónica Garza</p>")
case("c23_release_mail_brackets", [],
     "release mail + attached record: 300 released after sign-off, 285 on hold until Mónica Garza's next written release, staged material 300",
     [("Liberacion_produccion_1.eml", EML(mail(MONICA, GABOR, "Liberación de producción No. 1 / Production release no. 1 - PO 7700-1182",
                                              "Mon, 01 Jul 2024 17:40:00 -0600", _t, html=_h, cc=ESZTER,
                                              attachments=[("release_R-7700-1182-01.txt", _rel, "text/plain")])))])

# c24 -- supplier question about buying material; buyer says no (quoted reply)
_q = T("""
    Dear Ms Lan,

    Could we buy the wire rod for the whole 2.475 pcs balance now? Wire price from our mill
    (Štore) goes up about 6% from September. It would be a safe move for both.

    Lep pozdrav / Best regards,
    Matej Kranjc
    Hladtek d.o.o., Celje
    """)
_t = T("""
    Dear Matej,

    Thank you for the information. No, please don't buy. Material authority is sample-only, for
    the 25 samples. The 2.475 pcs balance is not released until Mr Hùng signs off the samples and
    Mr Phạm Minh Đức sends the written release.

    If price will increase, please send us a quotation for staged material and we will consider.

    Best regards,
    Lan
    """) + sig("Nguyễn Thị Lan", "Purchasing Executive", MK + ", Can Tho", "+84 292 3800 111") + \
    "\nOn Wed, 26 Jun 2024 at 15:12, Matej Kranjc <matej.kranjc@hladtek.si> wrote:\n" + quote(_q)
case("c24_reply_material_question", [],
     "supplier asks to buy wire for the balance; buyer refuses: sample-only for 25, balance 2.475 not released until Hùng's sign-off + Đức's written release",
     [("RE_wire_rod.eml", EML(mail(LAN, MATEJ, "RE: FG-254-12 wire rod for balance",
                                  "Thu, 27 Jun 2024 09:05:00 +0700", _t,
                                  in_reply_to="<h211-hl-0626@hladtek.si>")))])

# c25 -- WhatsApp keeping sign-off, PO and release apart
case("c25_whatsapp_drain_pans", [],
     "sign-off done, PO rev 1 issued for 600, production release not given yet (Alasdair in writing); nothing beyond 12",
     [("WhatsApp Chat with Kovacs Gabor.txt", T("""
        03/07/2024, 16:40 - Fiona Baird: Hiya Gábor, quick update on the drain pans. Callum's sample sign-off is done, all 12 passed (report SR-0388)
        03/07/2024, 16:41 - Fiona Baird: PO MFB-24-0388 rev 1 is issued, it covers the 600 now. Production release isn't given yet, that comes from Alasdair in writing, he's back Monday. So nothing beyond the 12 just yet please
        03/07/2024, 16:52 - Kovács Gábor: Thank you Fiona, clear. We wait for the written release from Mr Munro. Material only for the samples until then
        03/07/2024, 16:53 - Fiona Baird: Brilliant, cheers 👍
        """))])


# =================================================================== POSITIVE

# p01 -- sample PO mail with the full quote attached, nothing about the balance
_q = PDF([
    ("h1", "Frigotecnica Veneta S.r.l."),
    ("h", "OFFERTA / QUOTATION n. FV-24/0318 del 02/04/2024"),
    ("p", "Spett.le Supermarchés Vallon SA, Villeurbanne. Glass door VD-1250-3P, drawing VD-1250 Rev 14."),
    ("table", [["Pos", "Code", "Description", "Qty", "Unit price", "Total"],
               ["10", "VD-1250-3P", "Sample doors", "6 pcs", "EUR 412,00", "EUR 2.472,00"],
               ["20", "VD-1250-3P", "Production lot", "1.200 pcs", "EUR 318,50", "EUR 382.200,00"],
               ["30", "ATT-1250", "Gluing jig (one time)", "1", "EUR 2.400,00", "EUR 2.400,00"]]),
    ("sp",),
    ("p", "Lead time: samples 5 weeks, production 8-10 weeks. EN 60335-2-89. Prices valid 60 days."),
], title="Offerta FV-24/0318", author="Marco Bellin")
_t = T("""
    Bonjour Marco,

    Please find here our order PO 4500012874 for the six (6) sample doors VD-1250-3P, drawing
    VD-1250 Rev 14, at EUR 412,00 each. I attach also your offer FV-24/0318 for our files.

    Delivery of the samples wished week 24 at our platform of Saint-Priest (dock 12). The gluing
    jig ATT-1250 we pay together with the samples.

    Thank you for the good collaboration.

    Bien cordialement,
    Claire
    """) + sig("Claire Fontanel", "Acheteuse équipements froid", VAL + ", Villeurbanne", "+33 4 72 00 11 22")
_h = ("<p>Bonjour Marco,</p><p>Please find here our order PO <b>4500012874</b> for the six (6) sample doors VD-1250-3P, "
      "drawing VD-1250 Rev 14, at EUR 412,00 each. I attach also your offer FV-24/0318 for our files.</p>"
      "<p>Delivery of the samples wished week 24 at our platform of Saint-Priest (dock 12). The gluing jig ATT-1250 "
      "we pay together with the samples.</p><p>Thank you for the good collaboration.</p><p>Bien cordialement,<br>Claire</p>")
case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO mail for 6 sample doors with the quote (1.200 production) attached 'for our files'; nothing says the 1.200 is not released, no event, no person",
     [("Commande_4500012874.eml", EML(mail(CLAIRE, MARCO, "Commande 4500012874 - échantillons portes VD-1250",
                                          "Mon, 03 Jun 2024 09:30:00 +0200", _t, html=_h,
                                          attachments=[("Offerta_FV-24-0318.pdf", _q, PDF_MT)])))])

# p02 -- ERP PO: balance on hold "until further notice", release authority named
case("p02_erp_po_gasket", ["RG004"],
     "40 m sample, 2 360 m 'on hold until further notice', Sophie Garnier named as release authority: no unlock event",
     [("BC_4500013051.txt", T("""
        SUPERMARCHES VALLON SA - BON DE COMMANDE / PURCHASE ORDER
        ==========================================================================
        Commande / PO : 4500013051        Date : 05.06.2024     Acheteur : C. FONTANEL
        Fournisseur   : QINGDAO HAIBIN REFRIGERATION PARTS CO., LTD      (F-208811)
        Livraison     : PLATEFORME SAINT-PRIEST - DOCK 12 - INCOTERM DAP
        --------------------------------------------------------------------------
        Poste  Article       Désignation                       Qté  UQ  PU EUR  Montant
        00010  GK-1875-12    JOINT MAGNETIQUE PROFIL 12 GRIS    40   M    3,15   126,00
               RAL 7035 / SHORE A 65 / REACH + ROHS 2011/65/EU
        --------------------------------------------------------------------------
                                                         TOTAL HT EUR       126,00
        TEXTE DE COMMANDE / PO TEXT :
        CETTE COMMANDE COUVRE 40 M DE JOINT ECHANTILLON UNIQUEMENT.
        LE SOLDE DE 2 360 M DE VOTRE OFFRE QH-2405-77 N'EST PAS LIBERE :
        EN ATTENTE JUSQU'A NOUVEL ORDRE.
        THIS PO COVERS 40 M OF SAMPLE GASKET ONLY. THE BALANCE OF 2 360 M
        IS NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
        RELEASE AUTHORITY FOR THE BALANCE: SOPHIE GARNIER, DIRECTRICE ACHATS.
        MATERIAL: FOR THE 40 M SAMPLE QUANTITY ONLY.
        --------------------------------------------------------------------------
        CONDITIONS GENERALES D'ACHAT VALLON V2023-11 APPLICABLES.
        """))])

# p03 -- PO names the event but only a department as release authority
case("p03_po_brackets_dept", ["RG005"],
     "15 samples, 585 not released until sample approval + written release 'from the Compras department': no named person",
     [("OC_7700-1182.pdf", PDF([
         ("h1", "GRUPO TIENDAS RAPIDITO S.A. DE C.V."),
         ("p", "Av. Constitución 2150 Pte., Monterrey, N.L., México"),
         ("h", "ORDEN DE COMPRA / PURCHASE ORDER No. 7700-1182 rev 0"),
         ("p", "Fecha: 05/06/2024. Proveedor: Hidegpont Kft., Kecskemét, Hungary (40512). "
               "Elaboró: Departamento de Compras (compras@tiendasrapidito.com.mx)."),
         ("table", [["Partida", "Código", "Descripción", "Cantidad", "Precio unit.", "Importe"],
                    ["10", "SB-450-300", "Ménsula / shelf bracket 450 mm - MUESTRAS", "15 pzas", "USD 6,20", "USD 93,00"]]),
         ("sp",),
         ("p", "Sample order: 15 pcs only. The balance of 585 pcs from your quote HK-Q-2405-450 is NOT "
               "released - it stays on hold until the sample approval by our Engineering department "
               "(PPAP level 2) and a written production release from the Compras department."),
         ("p", "Material: for the 15 samples only. Spec DRG SB-450 Rev 7, load test 1.500 N, zinc 12 µm."),
     ], title="OC 7700-1182", author="Compras"))])

# p04 -- Teams: unscoped green light after a drawing change
case("p04_teams_green_light", ["RG002"],
     "scope (12 samples, 588 on hold, sign-off + Munro's written release) is in the chat, but 'You've got the green light' after the Rev 4 change names no quantity",
     [("Teams_MacAndrews_Hidegpont.txt", T("""
        Teams chat - MacAndrew's / Hidegpont - drain pans DP-1200
        ---------------------------------------------------------
        [10/06/2024 09:05] Fiona Baird: Morning Gábor. Just so it's in here too: PO MFB-24-0388 is for the 12 sample pans only. The other 588 are on hold till Callum signs the samples off and Alasdair Munro gives you a written release.
        [10/06/2024 09:31] Kovács Gábor: Good morning Fiona, understood. One question to Callum: drawing DP-1200 Rev 3 shows drain spigot Ø22, but your cabinets use Ø25 hose. Can we change to Ø25 (that would be Rev 4)?
        [11/06/2024 14:02] Callum Reid: Gábor, Ø25 is right, Rev 4 is fine by us. You've got the green light 👍
        [11/06/2024 14:05] Kovács Gábor: Thank you Callum!
        """))])

# p05 -- supplier status mail: material bought for the full batch (quoted PO)
_po = T("""
    Dear Kevin,

    PO 4500013051 covers 40 m sample gasket GK-1875-12 only. The balance of 2.360 m is not
    released, on hold until the sample sign-off by Mathieu Roussel and a written release by
    Sophie Garnier. Material authority: sample-only.

    Best regards,
    Claire Fontanel
    """)
_t = T("""
    Dear Claire,

    Good day! The sample gasket 40 m is finished, QC passed (hardness Shore A 65, magnet pull
    OK), we ship by DHL tomorrow, AWB will follow.

    For your information: to keep the price and the lead time we already purchased the PVC
    compound and the magnet strip for the full 2.400 m, because compound price up 8% from July.
    So after your written release we can deliver very fast.

    Best regards
    Kevin
    """) + sig("Kevin Liu", "Sales Manager", QH + ", Jiaozhou, Qingdao", "+86 532 8000 1111") + \
    "\n\n---- Original ----\nFrom: Claire Fontanel\nDate: 2024-06-05 09:02\nSubject: PO 4500013051\n\n" + quote(_po)
case("p05_status_mail_gasket", ["RG006"],
     "supplier bought compound and magnet strip for the full 2.400 m while only 40 m is released under a sample-only material authority",
     [("RE_PO_4500013051_status.eml", EML(mail(KEVIN, CLAIRE, "RE: PO 4500013051 - sample status",
                                              "Tue, 18 Jun 2024 16:45:00 +0800", _t,
                                              in_reply_to="<h211-vallon-0605b@vallon-supermarches.fr>")))])

# p06 -- supplier assumes sample approval rolls into the balance (quoted PO)
_po = T("""
    Bonjour Marco,

    Please find our PO 4500012874: six (6) sample doors VD-1250-3P only.
    The balance of 1.194 doors is not released. Production release only in writing by
    Sophie Garnier, after the sample sign-off by Mathieu Roussel.

    Cordialement,
    Claire Fontanel
    """)
_t = T("""
    Gentile Claire,

    thank you for the PO 4500012874. We confirm the 6 sample doors for week 24.

    To respect the opening of your stores in September, once Mr Roussel approves the samples we
    will continue directly with the 1.194 doors of the balance, without to wait other documents.
    In this way the delivery of week 38 is sure.

    Cordiali saluti / Best regards
    Marco Bellin
    """) + sig("Marco Bellin", "Area Manager Export", FV + ", Castelfranco Veneto", "+39 0423 000 111") + \
    "\n-----Messaggio originale-----\nDa: Claire Fontanel\nInviato: lunedì 3 giugno 2024 09:30\n\n" + quote(_po)
case("p06_supplier_rolls_into_balance", ["RG007"],
     "supplier: 'once Mr Roussel approves the samples we will continue directly with the 1.194 doors' although the quoted PO needs Sophie Garnier's written release",
     [("RE_Commande_4500012874.eml", EML(mail(MARCO, CLAIRE, "RE: Commande 4500012874 - portes VD-1250",
                                             "Mon, 03 Jun 2024 17:02:00 +0200", _t,
                                             in_reply_to="<h211-vallon-0603@vallon-supermarches.fr>")))])

# p07 -- purchase plan: forecast written as a firm order
case("p07_purchase_plan_2025", ["RG008"],
     "2025 quarterly forecast of 4.200 fan guards declared 'our firm order... we commit to take all'",
     [("MDD_purchase_plan_2025.pdf", PDF([
         ("h1", "MEKONG DAIRY DISTRIBUTION JSC"),
         ("p", "Lot 14, Tra Noc 2 Industrial Park, Binh Thuy, Can Tho City, Viet Nam"),
         ("h", "KE HOACH MUA HANG 2025 / PURCHASE PLAN 2025"),
         ("p", "To: Hladtek d.o.o., Celje - Mr Matej Kranjc. Date: 15/08/2024. Item: FG-254-12 evaporator "
               "fan guard D254, drawing FG-254 Rev 12."),
         ("table", [["Quarter", "Q1-2025", "Q2-2025", "Q3-2025", "Q4-2025", "Total"],
                    ["Forecast qty (pcs)", "900", "1.200", "1.200", "900", "4.200"]]),
         ("sp",),
         ("p", "Dear Sir, this forecast is our firm order for 2025. Please produce and keep the stock in "
               "Celje for monthly delivery; Mekong Dairy commits to take all 4.200 pcs."),
         ("p", "Price as per your quotation HL-24-201 (EUR 2,35 / pc FCA Koper). Packing 50 pcs / carton."),
         ("p", "Nguyen Thi Lan - Purchasing"),
     ], title="Purchase plan 2025", author="Nguyen Thi Lan"))])

# p08 -- minutes: "approved" for samples, PO and production
case("p08_minutes_approved", ["RG009"],
     "'approved' used for the sample result, the finance approval of the PO and the production approval; scope itself is complete",
     [("CR_reunion_VD-1250_28-05.docx", DOCX([
         ("h1", "Compte rendu de réunion / Minutes - portes VD-1250"),
         ("p", "Date: 28/05/2024, Teams. Présents: C. Fontanel, M. Roussel (Vallon); M. Bellin, G. Zanetti (Frigotecnica Veneta)."),
         ("num", "Samples: the 6 sample doors are approved by Mathieu Roussel (fog test 48 h OK, heater 230 V OK)."),
         ("num", "PO 4500012874 rev 1: approved by finance on 27/05 (EUR 382.200, covers the 1.200 doors)."),
         ("num", "Production: the balance of 1.194 doors is not released. Production approval will be given by "
                 "Sophie Garnier in writing, after the in-store trial at Villeurbanne (4 weeks)."),
         ("num", "Material: for the 6 samples only until then."),
         ("p", "Prochaine réunion: 25/06/2024. Rédigé par C. Fontanel."),
     ], author="Claire Fontanel"))])

# p09 -- portal PO with no stated quantity
case("p09_portal_po_no_qty", ["RG010"],
     "sample PO line says 'según cotización' with no number; hold, event and named release person are present",
     [("portal_OC_7700-1215.html", HTML("Tiendas Rapidito - Portal de Proveedores - OC 7700-1215", T("""
        <h2>Tiendas Rapidito - Portal de Proveedores</h2>
        <p>Orden de compra <b>7700-1215</b> - 20/06/2024 - Proveedor: Qingdao Haibin Refrigeration Parts Co., Ltd.</p>
        <table>
        <tr><th>Partida</th><th>Código</th><th>Descripción</th><th>Cantidad</th><th>Precio</th></tr>
        <tr><td>10</td><td>DP-0800-304</td><td>Charola de drenado / drain pan 800 mm AISI 304 - muestras</td><td>según cotización QH-2406-31</td><td>USD 14,90</td></tr>
        </table>
        <div class="note">
        <p>Pedido de muestras. The production balance of the quotation is NOT released and stays on hold until the sample
        sign-off by Ing. Rodrigo Salinas and a written release by Lic. Mónica Garza (Gerente de Cadena de Suministro).</p>
        <p>Material: samples only.</p>
        </div>
        """), lang="es"))])

# p10 -- folder: PO (20 samples) and proforma (25 samples)
case("p10_po_led_rails", ["RG011"],
     "PO 4500013102 for 20 sample rails vs the supplier's proforma for the same PO with 25",
     [("PO_4500013102.pdf", PDF([
         ("h1", "Supermarchés Vallon SA - Bon de commande / Purchase order"),
         ("p", "PO 4500013102 - 10/06/2024 - Fournisseur: Siam CoolLine Co., Ltd., Chonburi (F-209340)"),
         ("table", [["Poste", "Article", "Désignation", "Qté", "PU EUR", "Montant EUR"],
                    ["00010", "LR-1500-24V", "Rampe LED 1.500 mm 24 V - échantillons", "20", "41,00", "820,00"]]),
         ("sp",),
         ("p", "Scope: 20 sample rails. The quoted 1.480 rails are not released (on hold) until the sample "
               "sign-off by Mathieu Roussel and a written release by Sophie Garnier. Material authority: sample-only."),
     ], title="PO 4500013102", author="Claire Fontanel")),
      ("proforma_PI-SCL-24-0611.pdf", PDF([
          ("h1", "Siam CoolLine Co., Ltd. - PROFORMA INVOICE"),
          ("p", "PI no. PI-SCL-24-0611 - Date 11/06/2024 - Buyer: Supermarches Vallon SA - Your PO: 4500013102"),
          ("table", [["No.", "Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
                     ["1", "LR-1500-24V", "LED light rail 1.500 mm 24 V 4000 K - sample", "25 pcs", "41,00", "1.025,00"],
                     ["2", "FRT", "Air freight to Lyon", "1", "180,00", "180,00"]]),
          ("sp",),
          ("p", "Total EUR 1.205,00. Payment: T/T before shipment of the samples. Bank: Kasikornbank, Amata branch."),
      ], title="PI-SCL-24-0611", author="Ploypailin Srisuk"))])

# p11 -- WhatsApp: deposit paid, so start production
case("p11_whatsapp_deposit", ["RG012"],
     "buyer: 'anticipo is paid... so you can start the production of the 585', sample sign-off still open",
     [("WhatsApp Chat - Eszter Hidegpont.txt", T("""
        [02/07/24, 11:20:45] Alejandra Treviño: Hola Eszter, buenas! Te confirmo que finanzas ya pagó el anticipo del 30% de la OC 7700-1182 rev 1, te mando el comprobante
        [02/07/24, 11:20:51] Alejandra Treviño: <attached: 00000041-PHOTO-2024-07-02-11-20-51.jpg>
        [02/07/24, 11:21:30] Alejandra Treviño: So you can start the production of the 585 pcs please, we need them for the new stores in Saltillo 🙏
        [02/07/24, 11:40:02] Szabó Eszter: Thank you Alejandra. Just to check, the sample sign-off from Ing. Salinas is done?
        [02/07/24, 11:52:19] Alejandra Treviño: not yet, he is in Saltillo this week, but the anticipo is paid so it's fine, start the 585
        [02/07/24, 11:53:40] Szabó Eszter: OK 👍
        """))])

# p12 -- sample PO showing the quoted series quantity with no hold
case("p12_po_series_reference", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 sample pans notes the quoted series of 588 at GBP 24,90 with nothing saying it is not released; no event, no person",
     [("PO_MFB-24-0301.pdf", PDF([
         ("h1", "MacAndrew's Family Butchers Ltd - Purchase Order"),
         ("p", "Unit 12, Inveralmond Industrial Estate, Perth PH1 3XX. PO MFB-24-0301 - 22/05/2024."),
         ("p", "Supplier: Hidegpont Kft., 6000 Kecskemét, Hungary. Vendor 400512."),
         ("table", [["Ln", "Item", "Description", "Qty", "Unit GBP", "Ext GBP"],
                    ["01", "DP-1200-304", "Drain pan 1200 mm AISI 304 - samples", "12", "38,40", "460,80"]]),
         ("sp",),
         ("p", "Quoted series: 588 pcs at GBP 24,90 (your quote HK-Q-2405-1200)."),
         ("p", "Samples required for wk 25 at Perth depot. Drawing DP-1200 Rev 3, salt spray ISO 9227 480 h."),
         ("p", "Fiona Baird, Procurement"),
     ], title="PO MFB-24-0301", author="Fiona Baird"))])

# p13 -- buyer: samples OK, "please proceed" (quoted own PO requiring a written release)
_po = T("""
    Dear Matej,

    Please see PO MD-24-0451: 25 sample fan guards FG-254-12 only.
    Balance 2.475 pcs is not released, on hold until sample sign-off by Mr Trần Văn Hùng and the
    written release letter from Mr Phạm Minh Đức (Deputy Director).

    Best regards,
    Lan
    """)
_t = T("""
    Dear Matej,

    Good news, the 25 sample fan guards arrive Can Tho warehouse yesterday and Mr Hùng checked,
    all dimension OK and fit good on the evaporator.

    Please proceed.

    Thank you and best regards,
    Lan
    """) + sig("Nguyễn Thị Lan", "Purchasing Executive", MK + ", Can Tho", "+84 292 3800 111") + \
    "\nOn 10/06/2024 08:15, Nguyễn Thị Lan wrote:\n" + quote(_po)
case("p13_samples_ok_proceed", ["RG002", "RG007"],
     "after the sample check the buyer writes an unscoped 'Please proceed', contradicting her own quoted written-release requirement",
     [("RE_PO_MD-24-0451.eml", EML(mail(LAN, MATEJ, "RE: PO MD-24-0451 fan guard samples",
                                       "Wed, 03 Jul 2024 10:12:00 +0700", _t,
                                       in_reply_to="<h211-mk-0610@mekongdairy.vn>")))])

# p14 -- sign-off record using "release" for the drawing and for production
case("p14_signoff_release_twice", ["RG009"],
     "'released' used for the drawing (technical) and for production; scope, hold, event and person all stated",
     [("bien_ban_nghiem_thu_LR-1500.docx", DOCX([
         ("h1", "BIÊN BẢN NGHIỆM THU MẪU / SAMPLE SIGN-OFF RECORD"),
         ("table", [["PO", "MD-24-0466"],
                    ["Supplier", "Siam CoolLine Co., Ltd., Chonburi"],
                    ["Item", "LR-1500-24V LED light rail"],
                    ["Samples", "20 pcs"]]),
         ("sp",),
         ("p", "Drawing LR-1500 Rev 5 released by Engineering on 02/07/2024 (cable exit moved 35 mm)."),
         ("p", "Test: burn-in 1.000 h at 5 °C, no failure; IP65 spray OK; 4000 K ± 150 K."),
         ("p", "Result: sample sign-off OK - Trần Văn Hùng, cold chain engineer."),
         ("p", "Production release: the balance 1.480 pcs is not released yet. It will be released by written "
               "release letter from Mr Phạm Minh Đức after this record is countersigned."),
     ], author="Tran Van Hung"))])

# p15 -- supplier reads the deposit as release and buys material for all (quoted PO)
_po = T("""
    Dear Somchai,

    PO 4500013102: 20 sample rails LR-1500-24V only. Balance 1.480 not released, on hold until
    sample sign-off by Mathieu Roussel and written release by Sophie Garnier. Material authority
    sample-only. The 30% deposit of the programme will be paid as agreed in the frame contract.

    Best regards,
    Claire Fontanel
    """)
_t = T("""
    Dear Khun Claire,

    Thank you very much, we received your deposit 30% (EUR 18.000) today.

    So we start production all 1.500 pcs LR-1500-24V now, and we already ordered the LED chips and
    the aluminium profile for 1.500 pcs from our vendor. Expected finish in 3 weeks.

    Best regards,
    Somchai
    """) + sig("Somchai Rattanakul", "Sales Manager", SC + ", Amata City Chonburi", "+66 38 000 111") + \
    "\nOn Mon, 10 Jun 2024, Claire Fontanel wrote:\n" + quote(_po)
case("p15_deposit_start_all", ["RG006", "RG012"],
     "supplier: deposit received 'so we start production all 1.500' and ordered material for 1.500 while 20 are released",
     [("RE_PO_4500013102.eml", EML(mail(SOMCHAI, CLAIRE, "RE: PO 4500013102 - deposit received",
                                               "Fri, 21 Jun 2024 15:30:00 +0700", _t,
                                               in_reply_to="<h211-vallon-0610@vallon-supermarches.fr>")))])

# p16 -- proforma: production starts when the deposit arrives
case("p16_proforma_deposit", ["RG012"],
     "supplier proforma: 'deposit received = order confirmed and production released'",
     [("PI-QH-240615.pdf", PDF([
         ("h1", "QINGDAO HAIBIN REFRIGERATION PARTS CO., LTD."),
         ("p", "No. 18 Haibin Road, Jiaozhou Economic Development Zone, Qingdao, Shandong, China"),
         ("h", "PROFORMA INVOICE  PI-QH-240615"),
         ("p", "To: MacAndrew's Family Butchers Ltd, Perth, UK - Attn: Ms Fiona Baird. Your ref: e-mail 14/06/2024. Date: 2024-06-15."),
         ("table", [["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "GK-1875-12", "Magnetic door gasket profile 12, grey RAL 7035", "1.200 m", "2,85", "3.420,00"],
                    ["2", "CTN", "Export carton + pallet", "1", "45,00", "45,00"]]),
         ("sp",),
         ("p", "Total: USD 3.465,00. Payment: 30% deposit by T/T, 70% before shipment."),
         ("p", "Remark: deposit received = order confirmed and production released. Production will start "
               "immediately when the deposit arrives, lead time 25 days after deposit."),
         ("p", "Bank: Bank of China, Qingdao Jiaozhou sub-branch, SWIFT BKCHCNBJ500."),
     ], title="PI-QH-240615", author="Kevin Liu"))])

# p17 -- supplier ERP: PO acceptance released the series, material bought for all
case("p17_erp_status_series", ["RG006", "RG012"],
     "supplier ERP: 'PO ACCEPTED -> RELEASED TO PRODUCTION' for the 585 on hold, sheet purchased for 600",
     [("VR-24-0907_status.txt", T("""
        HIDEGPONT KFT. - ERP - RENDELÉS ÁLLAPOT / ORDER STATUS        Printed: 2024.07.04 08:12
        ------------------------------------------------------------------------------------------
        Customer   : GRUPO TIENDAS RAPIDITO (MX)          Cust.no : 30071
        Cust PO    : 7700-1182 rev 1                      Our order: VR-24-0907
        Item       : SB-450-300 SHELF BRACKET 450MM ZN 12UM   DRG SB-450 REV 7
        Cust PO text (copied): "15 PCS SAMPLES. BALANCE 585 PCS NOT RELEASED - ON HOLD UNTIL
                     SAMPLE SIGN-OFF BY ING. RODRIGO SALINAS AND WRITTEN RELEASE BY
                     LIC. MONICA GARZA."
        ------------------------------------------------------------------------------------------
        Line  Type     Qty   Status
        10    SAMPLE    15   SHIPPED 21.06.2024 (DHL 4471 902 385)
        20    SERIES   585   PO ACCEPTED 03.07.2024 -> RELEASED TO PRODUCTION (auto on PO acceptance)
        ------------------------------------------------------------------------------------------
        Material   : DC01 sheet 2.0 mm for 600 pcs - PURCHASED (PO-HP-4471, 1.350 kg)
        Routing    : laser wk 28 / bending wk 28 / zinc (subcontract Kalocsa) wk 29
        Comment (Tóth B.): customer PO accepted in system, series started, wk 28 laser.
        """))])

# p18 -- buyer: deposit sent, "go-ahead for the series", no quantity
_t = T("""
    Bonjour Marco,

    The transfer of the acompte (30 %) for the order 4500012990 has left yesterday from our bank,
    you should have it Thursday (ref. VIR-2024-06-1187).

    So you have our go-ahead for the series. Please tell me the delivery week.

    Bien cordialement,
    Claire
    """) + sig("Claire Fontanel", "Acheteuse équipements froid", VAL + ", Villeurbanne", "+33 4 72 00 11 22")
_h = ("<p>Bonjour Marco,</p><p>The transfer of the acompte (30 %) for the order 4500012990 has left yesterday from our bank, "
      "you should have it Thursday (ref. VIR-2024-06-1187).</p><p>So you have our go-ahead for the series. "
      "Please tell me the delivery week.</p><p>Bien cordialement,<br>Claire</p>")
case("p18_acompte_go_ahead", ["RG002", "RG010", "RG012"],
     "'acompte' transfer sent 'so you have our go-ahead for the series': payment as release, no quantity",
     [("Commande_4500012990.eml", EML(mail(CLAIRE, MARCO, "Acompte commande 4500012990",
                                         "Tue, 25 Jun 2024 18:02:00 +0200", _t, html=_h)))])

# p19 -- supplier portal: "Approved" twice, series released on down payment
case("p19_portal_down_payment", ["RG009", "RG012"],
     "supplier portal: 'Approved' for the quote and for internal QC of samples; series 'Released - down payment received'",
     [("area_clienti_MFB-24-0415.html", HTML("Frigotecnica Veneta - Area Clienti", T("""
        <h2>Frigotecnica Veneta - Area Clienti</h2>
        <p>Cliente: MacAndrew's Family Butchers Ltd - Ordine cliente / customer PO: <b>MFB-24-0415</b> - aggiornato 08/07/2024</p>
        <table>
        <tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>
        <tr><td>Quote FV-24/0402</td><td>-</td><td>Approved (customer PO received)</td><td>28/06/2024</td></tr>
        <tr><td>Samples VD-0900-2P</td><td>4</td><td>Approved by Frigotecnica QC (internal inspection)</td><td>04/07/2024</td></tr>
        <tr><td>Customer sample sign-off</td><td>4</td><td>pending</td><td>-</td></tr>
        <tr><td>Series VD-0900-2P</td><td>96</td><td>Released - down payment received (30%)</td><td>05/07/2024</td></tr>
        </table>
        <p class="note">Approved orders with the down payment received are released automatically to production planning.</p>
        """), lang="it"))])

# p20 -- supplier turns a forwarded forecast into a "firm order" and books material
_fc = mail(LAN, SOMCHAI, "Forecast 2025 LR-1500 (for planning only)", "Mon, 12 Aug 2024 09:00:00 +0700", T("""
    Dear Khun Somchai,

    For your planning, our forecast 2025 for LED rail LR-1500-24V is about 3.000 pcs
    (new cold rooms in 40 depots). This is forecast only, not an order. We will send PO
    per quarter.

    Best regards,
    Lan
    """) + sig("Nguyễn Thị Lan", "Purchasing Executive", MK + ", Can Tho", "+84 292 3800 111"))
_t = T("""
    Dear Khun Lan,

    Thank you for your firm order of 3.000 pcs LR-1500-24V for 2025 (your mail below).

    We already booked the LED chips and the aluminium profile for 3.000 pcs with our vendor to
    secure the price before Chinese New Year. Please send the PO number for our system.

    Best regards,
    Somchai
    """) + sig("Somchai Rattanakul", "Sales Manager", SC + ", Amata City Chonburi", "+66 38 000 111")
case("p20_fwd_forecast_firm", ["RG006", "RG008"],
     "supplier calls the forwarded 'forecast only, not an order' a firm order of 3.000 and books material for 3.000 with nothing released",
     [("Fwd_Forecast_2025.eml", EML(mail(SOMCHAI, LAN, "Fwd: Forecast 2025 LR-1500 - order confirmation",
                                        "Wed, 14 Aug 2024 11:20:00 +0700", _t, attachments=[("rfc822", _fc)])))])

# p21 -- DELFOR: forecast lines declared a firm commitment
case("p21_delfor_firm_forecast", ["RG008"],
     "call-off releases 800 with staged material 1.200; forecast weeks (4.800) are 'A FIRM COMMITMENT OF VALLON'",
     [("DELFOR_DF-2024-0814-0007.txt", T("""
        VALLON SA - EDI DELFOR D.96A - IMPRESSION / PRINTOUT
        ================================================================
        MSG REF   : DF-2024-0814-0007          DATE : 14.08.2024
        BUYER     : SUPERMARCHES VALLON SA, VILLEURBANNE   GLN 3012345000017
        SUPPLIER  : HLADTEK D.O.O., CELJE                  GLN 3830001234567
        ITEM      : FG-254-12  GRILLE VENTILATEUR D254 FIL 4MM  DRG FG-254 REV 12
        ----------------------------------------------------------------
        FIRM - RELEASED FOR PRODUCTION
          WK 35/2024          400
          WK 37/2024          400
          CUM RELEASED        800
        FORECAST WK 39-52 - NOT RELEASED FOR PRODUCTION
          WK 39-43/2024     1.600
          WK 44-48/2024     1.600
          WK 49-52/2024     1.600
          TOTAL FORECAST    4.800
        NOTE: THE FORECAST QUANTITIES ARE A FIRM COMMITMENT OF VALLON.
              PLEASE RESERVE CAPACITY AND PLAN ON THEM.
        ----------------------------------------------------------------
        MATERIAL AUTHORIZATION (STAGED): WIRE + ZINC FOR UP TO 1.200 PCS.
        PRODUCTION BEYOND 800 ONLY ON THE NEXT CALL-OFF.
        RELEASE AUTHORITY: SOPHIE GARNIER, DIRECTRICE ACHATS.
        ----------------------------------------------------------------
        """))])

# p22 -- minutes: forecast as firm commitment, supplier's automatic start noted without objection
case("p22_minutes_vn_si", ["RG007", "RG008"],
     "minutes record 12.000/yr forecast as 'firm commitment' and Hladtek's automatic start of 2.475 after sample sign-off, against the written-release rule",
     [("Minutes_Mekong_Hladtek_2024-07-09.docx", DOCX([
         ("h1", "Minutes of meeting - Mekong Dairy / Hladtek"),
         ("p", "Date: 09/07/2024, Can Tho office + Teams. Attendees: Nguyễn Thị Lan, Trần Văn Hùng (Mekong Dairy); "
               "Matej Kranjc, Nina Zupan (Hladtek)."),
         ("h", "1. PO MD-24-0451"),
         ("p", "PO covers 25 sample fan guards FG-254-12. Balance 2.475 pcs not released; written release letter "
               "from Mr Phạm Minh Đức needed."),
         ("p", "Hladtek informed: after the sample sign-off by Mr Hùng they will start the 2.475 pcs automatically "
               "to meet the Tết season. Noted."),
         ("h", "2. Volume 2025"),
         ("p", "Sales forecast 2025: 12.000 pcs (80 depots). Mekong Dairy confirms this as firm commitment, "
               "Hladtek can plan capacity on it. Production of it is not released; PO per quarter."),
         ("h", "3. Next steps"),
         ("li", "Mr Hùng: sample check by 19/07."),
         ("li", "Hladtek: send PPAP documents and material certificates EN 10204 3.1."),
     ], author="Nguyen Thi Lan"))])

# p23 -- business review: volume "approved" as firm order, samples "approved"
case("p23_review_minutes_pans", ["RG008", "RG009"],
     "review minutes: 2025 roll-out volume 1.800 'approved, treat it as a firm order' and samples 'approved' (commercial + technical)",
     [("MFB_Hidegpont_Q3_review.docx", DOCX([
         ("h1", "Quarterly review - MacAndrew's / Hidegpont"),
         ("p", "20 August 2024, Perth. Present: Alasdair Munro, Fiona Baird, Callum Reid; Kovács Gábor (Hidegpont)."),
         ("h", "Store roll-out 2025"),
         ("p", "Plan: 18 shops x 100 drain pans = 1.800 DP-1200-304 (forecast from the roll-out plan). "
               "Alasdair: this volume is approved, treat it as a firm order and plan the capacity. Production "
               "of it is not released; call-offs by Alasdair only."),
         ("h", "Drain pan Rev 4 samples"),
         ("p", "12 samples DP-1200 Rev 4 (spigot Ø25) approved by Callum on 15 July."),
         ("h", "Current order MFB-24-0388 rev 1"),
         ("p", "300 released to date (R-02); 300 on hold until the next call-off by Alasdair."),
         ("p", "Actions: Gábor to send capacity plan for 2025 by 6 September."),
     ], author="Fiona Baird"))])

# p24 -- WeChat: supplier takes a labelled forecast as the order and buys sheet
case("p24_wechat_forecast_order", ["RG006", "RG008"],
     "buyer labels 2.400 as forecast 'no es orden'; supplier 'take your 2.400 pcs as order' and buys sheet for 2.400",
     [("WeChat_export_QingdaoHaibin.txt", T("""
        Chat history with "Kevin Liu 刘凯 (Qingdao Haibin)"
        ==================================================

        Alejandra Treviño 2024-07-08 10:15
        Hola Kevin! PO 7700-1233 is only for the 10 sample drain pans DP-0800-304. The rest is forecast, NOT released, on hold until Ing. Salinas signs off the samples and Lic. Mónica Garza releases in writing

        Alejandra Treviño 2024-07-08 10:16
        Forecast 2025 (no es orden): 2.400 charolas DP-0800 for the 120 new stores

        Kevin Liu 刘凯 (Qingdao Haibin) 2024-07-08 10:40
        Thank you Alejandra! We take your 2.400 pcs as order 😊

        Kevin Liu 刘凯 (Qingdao Haibin) 2024-07-08 10:41
        We start buy stainless sheet 304 for 2.400 pcs this week, price good now, Baosteel

        Alejandra Treviño 2024-07-08 11:02
        Kevin when do you ship the 10 samples?

        Kevin Liu 刘凯 (Qingdao Haibin) 2024-07-08 11:05
        Samples ship 15 July by DHL
        """))])

# p25 -- supplier status report: sheet bought for 600 against 12 released
case("p25_status_report_pans", ["RG006"],
     "supplier report: 12 released, 588 on hold, but sheet purchased for the full 600 without a material authority",
     [("Hidegpont_order_status_2024-06-28.pdf", PDF([
         ("h1", "Hidegpont Kft."),
         ("p", "6000 Kecskemét, Szent István krt. 18, Hungary"),
         ("h", "Order status report - MacAndrew's Family Butchers - 2024.06.28"),
         ("table", [["PO", "Item", "PO qty", "Released", "Produced", "Shipped", "Balance on hold", "Material purchased"],
                    ["MFB-24-0388", "DP-1200-304", "12", "12", "12", "12", "588 (not released)", "sheet for 600 pcs (1,9 t)"]]),
         ("sp",),
         ("p", "Remark: because of the steel surcharge from July we purchased the 1,2 mm AISI 304 sheet for the "
               "full 600 pcs already on 20 June. The 588 pcs are not released; we will start only after the "
               "written release of Mr Munro."),
         ("p", "Samples: 12 pcs shipped 24.06 (GLS 8804 1120 766), salt spray 480 h report attached."),
         ("p", "Kovács Gábor, sales manager"),
     ], title="Order status", author="Kovacs Gabor"))])

# p26 -- buyer portal PO: programme quantity column, no hold
case("p26_portal_programme_qty", ["RG001", "RG003", "RG004"],
     "portal PO for 25 samples shows 'quantité programme 1.200' with no hold and no event; release authority is named",
     [("commande_4500013222.html", HTML("Vallon - Portail fournisseurs - Commande 4500013222", T("""
        <h2>Supermarchés Vallon - Portail fournisseurs</h2>
        <p>Commande / PO <b>4500013222</b> - 24/07/2024 - Fournisseur: Hladtek d.o.o., Celje (F-207715)</p>
        <table>
        <tr><th>Poste</th><th>Article</th><th>Désignation</th><th>Qté commande</th><th>Quantité programme (offre HL-24-097)</th><th>PU</th></tr>
        <tr><td>00010</td><td>FG-254-12</td><td>Grille ventilateur D254 - échantillons</td><td>25</td><td>1.200</td><td>EUR 4,80</td></tr>
        </table>
        <p>Livraison: plateforme Saint-Priest, semaine 34. DRG FG-254 Rev 12, fil 4 mm, zingage + poudre RAL 9010.</p>
        <p>Interlocuteur achats: Claire Fontanel. Autorité de libération / release authority: Sophie Garnier, Directrice Achats.</p>
        """), lang="fr"))])

# p27 -- supplier portal: material for the programme, automatic start after sample approval
case("p27_supplier_portal_auto", ["RG006", "RG007"],
     "supplier portal: wire ordered for 2.500 with 25 released; 'customer sample approval -> production run of 2.475 starts automatically'",
     [("hladtek_portal_MD-24-0451.html", HTML("Hladtek - portal za kupce - MD-24-0451", T("""
        <h2>Hladtek d.o.o. - Portal za kupce / Customer portal</h2>
        <p>Customer: Mekong Dairy Distribution JSC - PO <b>MD-24-0451</b> - FG-254-12 fan guard - status 2024-07-05</p>
        <table>
        <tr><th>Line</th><th>Qty</th><th>Status</th></tr>
        <tr><td>Samples</td><td>25</td><td>released, shipped 2024-06-28</td></tr>
        <tr><td>Balance</td><td>2.475</td><td>not released</td></tr>
        </table>
        <p><b>Material:</b> wire rod 4 mm ordered for 2.500 pcs (supplier Jeklotrg d.o.o., delivery week 29).</p>
        <p><b>Next step:</b> customer sample approval &rarr; production run of 2.475 pcs starts automatically.</p>
        <p>Contact: Matej Kranjc, +386 3 000 11 22</p>
        """)))])

# p28 -- Word PO: sample and series columns, nothing on hold
case("p28_word_po_doors", ["RG001", "RG003", "RG004", "RG005"],
     "Word PO asks for 4 sample doors with a 'series qty 96' column; nothing says not released, no event, no release person",
     [("PO_MFB-24-0402.docx", DOCX([
         ("h1", "Purchase Order MFB-24-0402"),
         ("p", "MacAndrew's Family Butchers Ltd, Unit 12 Inveralmond Ind Est, Perth PH1 3XX - 14/06/2024"),
         ("p", "To: Frigotecnica Veneta S.r.l., Castelfranco Veneto, Italy - Marco Bellin"),
         ("table", [["Item", "Description", "Sample qty", "Series qty", "Unit EUR (sample)", "Total EUR"],
                    ["VD-0900-2P", "Glass door 900 mm 2-pane heated, for serve-over chiller", "4", "96", "398,00", "1.592,00"]]),
         ("sp",),
         ("p", "Please make the four sample doors for our Perth shop. Delivery by end of July."),
         ("p", "Many thanks, Fiona Baird, Procurement"),
     ], author="Fiona Baird"))])

# p29 -- Teams: engineer says the sign-off rolls into the balance
case("p29_teams_crack_on", ["RG007"],
     "engineer: once he signs off the samples 'crack on wi' the other 588, nae need to wait on a letter' against Munro's written release",
     [("Teams_drain_pans_Jun24.txt", T("""
        Teams chat - MacAndrew's / Hidegpont
        [13/06/2024 08:50] Fiona Baird: Gábor, for the record: 12 sample pans on PO MFB-24-0388, the other 588 on hold till Callum signs off the samples and Alasdair Munro sends you a written release.
        [13/06/2024 09:12] Kovács Gábor: Noted Fiona, thank you.
        [13/06/2024 16:37] Callum Reid: Gábor, samples are due Monday aye? Once I've signed them off just crack on wi' the other 588, nae need to wait on a letter. We're tight for the Dundee shop.
        [13/06/2024 16:45] Kovács Gábor: OK Callum, we will plan the laser for week 26 then.
        """))])

# p30 -- order confirmation: series starts automatically on PPAP approval and down payment
case("p30_order_confirmation_auto", ["RG007", "RG012"],
     "supplier order confirmation: series 'will start automatically after your PPAP approval and the receipt of the 30% down payment'",
     [("VR-24-0951_order_confirmation.pdf", PDF([
         ("h1", "Hidegpont Kft."),
         ("p", "6000 Kecskemét, Szent István krt. 18, Hungary - EU VAT HU12345678"),
         ("h", "RENDELÉSVISSZAIGAZOLÁS / ORDER CONFIRMATION VR-24-0951"),
         ("p", "Customer: Grupo Tiendas Rapidito S.A. de C.V., Monterrey - Customer PO: 7700-1240 - Date: 2024.07.10"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Delivery"],
                    ["10", "SB-600-350", "Shelf bracket 600 mm, Zn 12 um - sample", "20 pcs", "7,10", "CW 30"]]),
         ("sp",),
         ("p", "The series quantity of your quotation HK-Q-2406-600 will start automatically after your PPAP "
               "approval and the receipt of the 30% down payment; no further release document is needed."),
         ("p", "Drawing SB-600 Rev 2, load test 2.000 N, ISO 9001:2015. Szabó Eszter - order processing."),
     ], title="VR-24-0951", author="Szabo Eszter"))])

# p31 -- X12 850: 20 samples, quoted programme quantity in a note
case("p31_x12_850_brackets", ["RG001", "RG003", "RG004", "RG005"],
     "EDI 850 for 20 samples with MSG 'QUOTED PROGRAM QTY 2000 PCS'; no hold, no event, no release person",
     [("EDI_850_7700-1262.txt", T("""
        GRUPO TIENDAS RAPIDITO - EDI OUTBOUND LOG - X12 850 PURCHASE ORDER
        Trading partner: HLADTEK D.O.O. (HLADTEKSI01)      Sent: 2024-07-15 10:32 CST
        -----------------------------------------------------------------------------
        ISA*00*          *00*          *ZZ*RAPIDITOMX01   *ZZ*HLADTEKSI01    *240715*1032*U*00401*000004471*0*P*>~
        GS*PO*RAPIDITOMX01*HLADTEKSI01*20240715*1032*4471*X*004010~
        ST*850*0001~
        BEG*00*SA*7700-1262**20240715~
        REF*IA*30088~
        PER*BD*ALEJANDRA TREVINO*TE*+52 81 8000 1234~
        DTM*002*20240809~
        N9*L1*NOTES~
        MSG*SAMPLES FOR PPAP - SHELF BRACKET SB-450-300 DRG REV 7~
        MSG*QUOTED PROGRAM QTY 2000 PCS (QUOTE HL-24-130) USD 3.60~
        PO1*1*20*EA*6.10**BP*SB-450-300*VP*HL-SB450-300~
        PID*F****SHELF BRACKET 450MM ZN 12UM SAMPLE~
        CTT*1*20~
        SE*12*0001~
        GE*1*4471~
        IEA*1*000004471~
        -----------------------------------------------------------------------------
        HUMAN READABLE
        PO 7700-1262   DATE 2024-07-15   REQ DELIVERY 2024-08-09
        LINE 1   SB-450-300   QTY 20 EA   USD 6.10   SAMPLES FOR PPAP
        NOTE     QUOTED PROGRAM QTY 2000 PCS (QUOTE HL-24-130) USD 3.60
        """))])

# p32 -- SAP: "released" for the PO workflow and for production
case("p32_sap_release_strategy", ["RG009"],
     "SAP release strategy 'RELEASED' (commercial workflow) next to 'PRODUCTION RELEASE: 25 ... RELEASED' and the written production release",
     [("ME23N_4500013190.txt", T("""
        SAP ECC - ME23N - AFFICHER COMMANDE / DISPLAY PURCHASE ORDER
        Imprimé le 12.07.2024 15:40                       Utilisateur CFONTANEL
        -----------------------------------------------------------------------------
        Commande d'achat   4500013190    Type NB    Org. achats VA01   Groupe F12
        Fournisseur        207715 HLADTEK D.O.O., CELJE, SI
        Stratégie de libération / Release strategy : V1 (2 niveaux)
          Niveau 10  Acheteuse          C. FONTANEL   libéré / released  11.07.2024
          Niveau 20  Directrice Achats  S. GARNIER    libéré / released  12.07.2024
        Statut libération / Release status : RELEASED
        -----------------------------------------------------------------------------
        Poste 00010  FG-254-12  GRILLE VENT. D254 FIL 4MM   25 PCE   4,80 EUR
                     Livraison 09.08.2024  Plateforme Saint-Priest
        -----------------------------------------------------------------------------
        Texte en-tête / Header text:
         PRODUCTION RELEASE: 25 SAMPLE FAN GUARDS RELEASED.
         BALANCE 1.175 PCS NOT RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY M. ROUSSEL
         AND WRITTEN PRODUCTION RELEASE BY S. GARNIER.
         MATERIAL AUTHORITY: SAMPLE-ONLY.
        """))])

# p33 -- mail: PO "approved", drawing "approved"; 20 samples, then 25
_po = DOCX([
    ("h1", "Orden de compra / Purchase order 7700-1240"),
    ("p", "Grupo Tiendas Rapidito S.A. de C.V., Monterrey - 08/07/2024 - Proveedor: Hidegpont Kft."),
    ("table", [["Partida", "Código", "Descripción", "Cantidad", "Precio USD"],
               ["10", "SB-600-350", "Ménsula 600 mm - muestras", "20 pzas", "7,10"]]),
    ("sp",),
    ("p", "Series 580 pcs: not released, on hold until sample sign-off by Ing. Rodrigo Salinas and a written "
          "release by Lic. Mónica Garza. Material: samples only."),
], author="Alejandra Trevino")
_t = T("""
    Hola Eszter,

    Good news: the PO 7700-1240 is approved in our system (finance approved it yesterday), and
    Ing. Rodrigo Salinas approved the drawing SB-600 Rev 2 this morning. PO attached.

    Please send the twenty (20) samples SB-600-350 for the PPAP. The series of 580 pcs is not
    released and stays on hold until Ing. Salinas signs off the samples and Lic. Mónica Garza
    sends the written release.

    Saludos,
    Alejandra

    PS: please ship the 25 muestras by DHL Express to CEDIS Apodaca, our account 96 0041 552.
    """) + sig("Alejandra Treviño", "Compras - Equipos de refrigeración", TR + ", Monterrey", "+52 81 8000 1234")
case("p33_mail_po_approved", ["RG009", "RG011"],
     "'approved' for the PO (finance) and for the drawing; the mail asks for 20 samples and in the PS for 25",
     [("OC_7700-1240_muestras.eml", EML(mail(ALE, ESZTER, "OC 7700-1240 aprobada - muestras SB-600",
                                            "Tue, 09 Jul 2024 12:15:00 -0600", _t,
                                            attachments=[("OC_7700-1240.docx", _po, DOCX_MT)])))])

# p34 -- WhatsApp: sample PO and the quote's roll-out quantity in one breath
case("p34_whatsapp_gasket_rollout", ["RG001", "RG003", "RG004", "RG005"],
     "buyer: PO for 30 m samples, 'your quote had 1,200 m for the full roll-out' with no hold, no event, no release person",
     [("WhatsApp Chat with Kevin Liu.txt", T("""
        14/06/2024, 10:02 - Fiona Baird: Morning Kevin, PO MFB-24-0317 is through for 30 m of the GK-1875 gasket samples, grey. Your quote had 1,200 m for the full roll-out, that's the 14 shops
        14/06/2024, 10:03 - Fiona Baird: Samples to Perth by the 5th July if you can
        14/06/2024, 10:30 - Kevin Liu: Good morning Fiona, received with thanks! Samples ready 1 July 👍
        14/06/2024, 10:31 - Fiona Baird: Magic, ta
        """))])

# p35 -- cover mail says 8 sample doors, attached PO says 6
_po = PDF([
    ("h1", "Supermarchés Vallon SA - Bon de commande / Purchase order"),
    ("p", "PO 4500012874 - 03/06/2024 - Fournisseur: Frigotecnica Veneta S.r.l. (F-206602)"),
    ("table", [["Poste", "Article", "Désignation", "Qté", "PU EUR", "Montant EUR"],
               ["00010", "VD-1250-3P", "Porte vitrée chauffée 3 vitrages - échantillons", "6", "412,00", "2.472,00"]]),
    ("sp",),
    ("p", "Scope: 6 sample doors. Balance 1.194 doors not released - on hold until the sample sign-off by "
          "Mathieu Roussel and a written release by Sophie Garnier. Material authority: sample-only."),
], title="PO 4500012874", author="Claire Fontanel")
_t = T("""
    Bonjour Marco,

    Ci-joint our PO 4500012874 for eight (8) sample doors VD-1250-3P, drawing Rev 14.
    The balance stays on hold as written on the PO.

    Cordialement,
    Claire
    """) + sig("Claire Fontanel", "Acheteuse équipements froid", VAL + ", Villeurbanne", "+33 4 72 00 11 22")
case("p35_cover_mail_eight", ["RG011"],
     "cover mail: 'eight (8) sample doors'; attached PO: 6 sample doors (scope otherwise complete)",
     [("PO_4500012874_envoi.eml", EML(mail(CLAIRE, MARCO, "PO 4500012874 - sample doors",
                                          "Mon, 03 Jun 2024 09:35:00 +0200", _t,
                                          attachments=[("PO_4500012874.pdf", _po, PDF_MT)])))])

# p36 -- ERP PO: line quantity 30, note says twenty (20)
case("p36_erp_po_30_vs_20", ["RG011"],
     "ERP PO line QTY 30 while the note says 'VEINTE (20) PZAS' samples; hold, event, person present",
     [("OC_7700-1251.txt", T("""
        GRUPO TIENDAS RAPIDITO - SISTEMA DE COMPRAS - ORDEN DE COMPRA
        ===============================================================================
        OC: 7700-1251        FECHA: 24/07/2024        PROVEEDOR: HLADTEK D.O.O. (30088)
        COMPRADOR: A. TREVINO                          MONEDA: USD
        -------------------------------------------------------------------------------
        PARTIDA  CODIGO       DESCRIPCION                        CANT  UM    P.UNIT   IMPORTE
        10       SB-450-300   MENSULA ANAQUEL 450MM ZN 12UM        30  PZA     6.10    183.00
        -------------------------------------------------------------------------------
        NOTAS:
        PEDIDO DE MUESTRAS: VEINTE (20) PZAS MENSULA SB-450-300 PARA PPAP.
        EL SALDO DE LA COTIZACION HL-24-118 NO ESTA LIBERADO - EN ESPERA HASTA LA
        APROBACION DE MUESTRAS POR ING. RODRIGO SALINAS Y LA LIBERACION POR ESCRITO
        DE LIC. MONICA GARZA.
        BALANCE OF QUOTE HL-24-118 NOT RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY
        ING. RODRIGO SALINAS AND WRITTEN RELEASE BY LIC. MONICA GARZA.
        MATERIAL: SOLO MUESTRAS / SAMPLES ONLY.
        """))])

# p37 -- folder: PO, supplier order confirmation with another PO number and quantity, cover mail
case("p37_po_fan_guards_oc", ["RG006", "RG011"],
     "PO MD-24-0512 for 25 samples vs supplier confirmation for 'PO MD-24-0521', 40 samples; supplier ordered wire for 2.500",
     [("PO_MD-24-0512.txt", T("""
        MEKONG DAIRY DISTRIBUTION JSC - PURCHASE ORDER / DON DAT HANG
        ---------------------------------------------------------------------
        PO No.   : MD-24-0512            Date: 22/07/2024
        Supplier : HLADTEK D.O.O., CELJE, SLOVENIA   (V-1187)
        Ship to  : Kho Tra Noc 2, Can Tho
        ---------------------------------------------------------------------
        No  Item        Description                       Qty   Unit EUR  Amount
        1   FG-254-12   Fan guard D254 wire 4mm - sample   25   6,20      155,00
        ---------------------------------------------------------------------
        Note: 25 sample fan guards only. Balance 2.475 pcs not released, on hold
        until sample sign-off by Mr Tran Van Hung and written release letter from
        Mr Pham Minh Duc (Deputy Director). Material authority: sample-only.
        Prepared: Nguyen Thi Lan (Purchasing)
        """)),
      ("HL-OC-24-331.html", HTML("Hladtek - Order confirmation HL-OC-24-331", T("""
        <h2>Hladtek d.o.o. - Potrditev naročila / Order confirmation HL-OC-24-331</h2>
        <p>Customer: Mekong Dairy Distribution JSC - Your PO: <b>MD-24-0521</b> - Date: 23.07.2024</p>
        <table><tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>Delivery</th></tr>
        <tr><td>1</td><td>FG-254-12</td><td>Fan guard D254, wire 4 mm, zinc + powder RAL 9010 - samples</td><td>40 pcs</td><td>week 33</td></tr></table>
        <p>Balance: 2.460 pcs, waiting your release.</p>
        <p class="note">Material: wire rod 4 mm for the complete programme of 2.500 pcs is ordered to secure the delivery time.</p>
        """))),
      ("mail_HL-OC-24-331.eml", EML(mail(MATEJ, LAN, "Order confirmation HL-OC-24-331",
                                         "Tue, 23 Jul 2024 14:05:00 +0200", T("""
        Dear Ms Lan,

        please find our order confirmation HL-OC-24-331 for your PO MD-24-0521, 40 sample fan guards
        FG-254-12, delivery week 33. It is also online in our customer portal.

        Lep pozdrav / Best regards,
        Matej Kranjc
        """) + sig("Matej Kranjc", "Sales", HL + ", Celje", "+386 3 000 11 22"))))])

# p38 -- release letter: table 400, text 450; Q4 forecast called a firm commitment
case("p38_release_letter_400_450", ["RG008", "RG011"],
     "release R-03 table says 400, text 'four hundred and fifty (450)'; Q4 forecast of 900 'is a firm commitment'",
     [("MFB_release_R-03.docx", DOCX([
         ("h1", "Production release R-03"),
         ("p", "MacAndrew's Family Butchers Ltd, Perth - 16 September 2024"),
         ("p", "To: Hidegpont Kft., Kecskemét - Kovács Gábor. PO MFB-24-0460 (1.000 pcs DP-1200-304)."),
         ("table", [["Release", "Item", "Quantity", "Delivery"],
                    ["R-03", "DP-1200-304 drain pan", "400 pcs", "wk 40 and wk 42"]]),
         ("sp",),
         ("p", "Samples were signed off by Callum Reid on 2 September (SR-0460). I hereby release four hundred "
               "and fifty (450) drain pans for production. The rest of PO MFB-24-0460 stays on hold until my "
               "next call-off. Material authority: staged up to the quantity released by this letter."),
         ("p", "Our Q4 store forecast of 900 pcs is a firm commitment from MacAndrew's - please reserve the "
               "capacity. It is not released for production."),
         ("p", "Alasdair Munro, Operations Director"),
     ], author="Alasdair Munro"))])

# p39 -- release mail (300) vs attached release note (350), unnamed purchasing team
_rn = PDF([
    ("h1", "MacAndrew's Family Butchers Ltd - Release note RN-0471-01"),
    ("p", "PO MFB-24-0471 (1.000 pcs DP-1200-304) - Supplier Hidegpont Kft. - 04/09/2024"),
    ("table", [["Item", "Released quantity", "Remaining"],
               ["DP-1200-304 drain pan", "350 pcs", "on hold until next call-off"]]),
    ("sp",),
    ("p", "Issued by: Purchasing."),
], title="RN-0471-01", author="Purchasing")
_t = T("""
    Dear Gábor,

    Samples were signed off on 2 September. Please take this mail as release of 300 drain pans
    DP-1200-304 on PO MFB-24-0471 (1.000 pcs). The remaining quantity stays on hold until the next
    call-off. Material for the released quantity only.

    Release note attached.

    Kind regards,
    Purchasing Team
    MacAndrew's Family Butchers Ltd
    """) + "\n-- \nThis e-mail is confidential and intended for the addressee only. MacAndrew's Family " \
           "Butchers Ltd, registered in Scotland SC123456.\n"
case("p39_release_mail_300_350", ["RG005", "RG011"],
     "release mail says 300, attached release note 350; signed only 'Purchasing Team', no named person for the balance",
     [("Release_MFB-24-0471.eml", EML(mail(MFB_PURCH, GABOR, "Release - PO MFB-24-0471 drain pans",
                                          "Wed, 04 Sep 2024 10:10:00 +0100", _t,
                                          attachments=[("RN-0471-01.pdf", _rn, PDF_MT)])))])

# p40 -- Sage PO: status APPROVED, samples "to be approved", quantity "as per quote"
case("p40_sage_po_as_per_quote", ["RG009", "RG010"],
     "PO status 'APPROVED' (budget) and 'samples to be approved' (technical); sample line quantity 'AS PER QUOTE'",
     [("Sage_PO_MFB-24-0440.txt", T("""
        SAGE 200 - PURCHASE ORDER PRINT                       MACANDREW'S FAMILY BUTCHERS LTD
        --------------------------------------------------------------------------------------
        Order No : MFB-24-0440                  Order Date : 12/07/2024
        Supplier : QINGH001  QINGDAO HAIBIN REFRIGERATION PARTS CO LTD
        PO STATUS: APPROVED (K. DOIG 12/07/24 - BUDGET CODE 5120 SHOPFIT)
        --------------------------------------------------------------------------------------
        Line 1  GK-1875-12  MAGNETIC GASKET PROFILE 12 BLACK - SAMPLE
                QTY: AS PER QUOTE QH-2407-05          UNIT USD 3.40
        --------------------------------------------------------------------------------------
        Notes:
        SAMPLES TO BE APPROVED BY CALLUM REID BEFORE ANY SERIES.
        SERIES NOT RELEASED - ON HOLD UNTIL WRITTEN RELEASE FROM ALASDAIR MUNRO.
        MATERIAL FOR SAMPLES ONLY.
        """))])

# p41 -- "lancer les échantillons selon votre offre", no number
_t = T("""
    Bonjour Marco,

    Merci de lancer les échantillons de la porte VD-1500-4P selon votre offre FV-24/0355.

    La série reste bloquée / the series stays blocked, not released, until the sample sign-off by
    Mathieu Roussel and the written release by Sophie Garnier. Matière : uniquement pour les
    échantillons.

    Cordialement,
    Claire
    """) + sig("Claire Fontanel", "Acheteuse équipements froid", VAL + ", Villeurbanne", "+33 4 72 00 11 22")
_h = ("<p>Bonjour Marco,</p><p>Merci de lancer les échantillons de la porte VD-1500-4P selon votre offre FV-24/0355.</p>"
      "<p>La série reste bloquée / the series stays blocked, <b>not released</b>, until the sample sign-off by Mathieu "
      "Roussel and the written release by Sophie Garnier. Matière : uniquement pour les échantillons.</p>"
      "<p>Cordialement,<br>Claire</p>")
case("p41_launch_samples_per_offer", ["RG010"],
     "'lancer les échantillons selon votre offre' states no sample quantity; hold, event and person present",
     [("Echantillons_VD-1500.eml", EML(mail(CLAIRE, MARCO, "Echantillons VD-1500-4P",
                                           "Thu, 11 Jul 2024 14:22:00 +0200", _t, html=_h)))])

# p42 -- quote stamped "APPROVED - GO AHEAD" by the buyer
case("p42_quote_stamped_go_ahead", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "tiered quote (10 / 1.000 / 3.000) countersigned 'APPROVED - GO AHEAD' with no quantity or scope, nothing on hold",
     [("QH-2406-52.pdf", PDF([
         ("h1", "QINGDAO HAIBIN REFRIGERATION PARTS CO., LTD."),
         ("h", "QUOTATION QH-2406-52"),
         ("p", "To: Mekong Dairy Distribution JSC, Can Tho - Ms Nguyen Thi Lan. Date: 2024-06-20."),
         ("p", "Item: DP-0600-304 drain pan 600 mm, AISI 304, 1,0 mm, drawing DP-0600 Rev 2."),
         ("table", [["Tier", "Qty", "Unit USD", "Lead time"],
                    ["Sample", "10 pcs", "18,50", "15 days"],
                    ["Production", "1.000 pcs", "9,80", "30 days"],
                    ["Production", "3.000 pcs", "8,90", "35 days"]]),
         ("sp",),
         ("p", "FOB Qingdao. Payment T/T 30/70. Validity 30 days. Kevin Liu, Sales Manager."),
         ("sp",),
         ("p", "APPROVED - GO AHEAD."),
         ("p", "Nguyen Thi Lan, Purchasing, Mekong Dairy Distribution JSC - 24/06/2024"),
     ], title="QH-2406-52", author="Kevin Liu"))])

# p43 -- WhatsApp: "go ahead with samples, the rest please wait"
case("p43_whatsapp_rest_wait", ["RG004", "RG005", "RG010"],
     "'ok go ahead with samples, the rest please wait': sample-scoped, rest held, but no number, no event, no person",
     [("WhatsApp Chat - Ploy Siam CoolLine.txt", T("""
        [24/06/2024, 14:02:11] Ploy Siam CoolLine: Sawasdee ka Khun Lan 🙏 samples LR-1200 we can make next week, you confirm ka?
        [24/06/2024, 14:30:45] Lan Mekong Dairy: ok go ahead with samples, the rest please wait
        [24/06/2024, 14:31:02] Ploy Siam CoolLine: Khob khun ka, noted 👍
        """))])

# p44 -- "good to run" under a quoted colour question (two-level quote)
_po = T("""
    Hi Kevin,

    PO MFB-24-0432 is for 30 m of sample gasket GK-1875-12 only. The 1,170 m series is a forecast,
    not released, on hold until Callum Reid signs off the samples and Alasdair Munro gives a
    written release. Material for the 30 m only.

    Cheers,
    Fiona
    """)
_q = T("""
    Dear Fiona,

    The grey RAL 7035 compound is out of stock now, can we use RAL 7040 (little bit darker)?
    All other the same, hardness Shore A 65.

    Best regards
    Kevin
    """)
_t = T("""
    Aye that's fine Kevin, good to run.

    Cheers,
    Fiona
    """) + sig("Fiona Baird", "Procurement", MFB + ", Perth", "+44 1738 000 111") + \
    "\nOn 17 Jun 2024, at 03:12, Kevin Liu <kevin.liu@haibin-refparts.cn> wrote:\n" + quote(_q) + \
    "> \n> On 12 Jun 2024, Fiona Baird wrote:\n" + quote(_po, 2)
case("p44_good_to_run", ["RG002"],
     "colour question answered 'Aye that's fine Kevin, good to run' with no quantity; quoted PO scope is complete",
     [("RE_RE_gasket_colour.eml", EML(mail(FIONA, KEVIN, "RE: RE: PO MFB-24-0432 gasket colour",
                                          "Mon, 17 Jun 2024 08:40:00 +0100", _t,
                                          in_reply_to="<h211-qh-0617@haibin-refparts.cn>")))])

# p45 -- WeChat: "OK approved, go ahead" on sample photos; supplier starts mass production
case("p45_wechat_approved_mass", ["RG002", "RG007"],
     "buyer 'OK approved, go ahead' on sample photos; supplier 'we start mass production 2 360 m' though the chat states the written-release rule",
     [("WeChat_Vallon_Haibin.txt", T("""
        Chat history with "Claire Fontanel (Vallon)"
        ============================================

        Claire Fontanel (Vallon) 2024-06-05 09:10
        Kevin, PO 4500013051 sent by mail: 40 m sample only, balance 2 360 m on hold until sample sign-off by Mathieu and written release by Sophie Garnier

        Kevin Liu 刘凯 2024-06-05 09:30
        Received 👍

        Kevin Liu 刘凯 2024-06-21 15:02
        Dear Claire, photos of sample gasket GK-1875 (40 m) [Image] [Image]

        Claire Fontanel (Vallon) 2024-06-21 15:40
        OK approved, go ahead 👍

        Kevin Liu 刘凯 2024-06-21 15:41
        Thank you! We start mass production 2 360 m tomorrow 💪
        """))])


# =================================================================== BUILD
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(211211).shuffle(order)
    labels = {}
    for pos, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h211_{pos:02d}_{slug}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases ({clean} clean) written to {OUT}")


if __name__ == "__main__":
    main()
