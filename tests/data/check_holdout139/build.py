#!/usr/bin/env python3
"""Generator for the releasegate check_holdout139 corpus (toys and juvenile products).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout139/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Renderer helpers copied from tests/data/check_holdout3/build.py (lines 1-203).
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
SEED = 139139


def case(name, expect, note, files):
    """files: list of (filename, bytes | str). The first file names the case folder."""
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
    m["Message-ID"] = msgid or f"<h139-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h139")
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


def quote_lines(text):
    """Prefix every line with '> ' (quoted reply)."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


# fictional parties used across the corpus
BT = "Brightfield Toys Inc."          # Minneapolis, US
HX = "Shantou Chenghai Huaxing Plastic Toys Co., Ltd."
PPL = "Puddle & Pip Ltd"              # Leeds, UK
SJ = "Dongguan Softjoy Plush Products Co., Ltd."
KK = "Kanga Kids Pty Ltd"             # Melbourne, AU
BD = "Binh Duong Kids Vehicle Co., Ltd."
JL = "Jouets Lumière SAS"             # Lyon, FR
HT = "Hoshino Toys Co., Ltd."         # Osaka, JP
SO = "Shantou Oriental Figure Factory"
TG = "Tallpine Games LLC"             # Portland, US
JW = "Jaipur Woodcraft Exports Pvt. Ltd."
MC = "PT Mainan Ceria Indonesia"      # Semarang, ID
EB = "Dongguan Everbright Packaging Co., Ltd."
LHG = "Little Harbour Games Ltd"      # Bristol, UK


# ======================================================================= CASES
# ---------------------------------------------------------------- batch 1
# c01 clean: US sample PO PDF, complete scope note
case("c01_bt_ep_po_complete", [],
     "sample PO for 12 EP samples: hold, sample sign-off + written release, named release authority, forecast labelled",
     [("PO_BT-240518.pdf", pdf([
         ("h1", "PURCHASE ORDER  BT-PO-240518"),
         ("p", f"{BT} | 2100 Hennepin Ave S, Minneapolis MN 55405, USA | purchasing@brightfieldtoys.com"),
         ("p", f"Vendor: {HX}, Lianxia Industrial Zone, Chenghai District, Shantou, Guangdong, China. "
               "Vendor no. 40213. Your quote: Q-HX-2291 dated 22 Apr 2024."),
         ("p", "PO date: 06 May 2024 | Buyer: Megan Ortiz, Product Developer | Terms: per Master Supply "
               "Agreement MSA-2023-07 | Ship via DHL Express, DAP Minneapolis"),
         ("table", [["Line", "SKU", "Description", "Scope", "Qty", "Amount (USD)"],
                    ["1", "BF-6FIG-RAPTOR-01", "6in articulated figure 'Raptor Rex', PVC body / ABS joints, "
                     "4-colour deco, sculpt v3", "EP sample", "12 pcs", "180.00 (lot)"]]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO covers the twelve (12) EP samples only. The production quantity in your quote "
               "Q-HX-2291 (4,800 pcs) is a forecast, not a firm quantity, and it is not released under this "
               "PO. Do not start production and do not buy production PVC, ABS or paint. Material "
               "authority: sample-only."),
         ("p", "The production balance is released only by a separate written production release signed by "
               "Dana Whitfield, Director of Sourcing, after EP sample sign-off by our product safety team "
               "(ASTM F963-17 pre-test at Bureau Veritas Shenzhen)."),
         ("h", "Other requirements"),
         ("p", "Samples to be packed individually in poly bags with the sample tag filled in (SKU, deco rev, "
               "date). Include the paint mask photos and the resin lot numbers. Ship no later than 24 May 2024 "
               "to: Brightfield Toys, Attn. Megan Ortiz, Product Development Lab, Minneapolis."),
         ("p", "Questions on this PO: Megan Ortiz, +1 612 555 0142, megan.ortiz@brightfieldtoys.com"),
     ], pagesize=LETTER, title="PO BT-PO-240518", author="Brightfield Toys purchasing"))])

# c02 clean: Indian supplier quote with sample and production tiers
case("c02_jw_quote_tiers", [],
     "supplier quote only: sample lot and three production tiers, no authorization in the bundle",
     [("JWE_Quotation_24-118.pdf", pdf([
         ("h1", "QUOTATION  JWE/Q/24-118"),
         ("p", f"{JW}, Plot 44, Sitapura Industrial Area, Jaipur 302022, Rajasthan, India. GSTIN 08AABCJ4412K1Z3"),
         ("p", f"To: {TG}, 1420 SE Water Ave, Portland OR 97214, USA. Attn: Marcus Bell, VP Operations"),
         ("p", "Date: 29 April 2024 | Validity: 60 days | Incoterm: FOB Mundra | Currency: USD"),
         ("p", "Item: Wooden marble run 'Cascade 48' (48 parts, beech + rubberwood, water-based paint), "
               "drawing TG-MR-048 rev C."),
         ("table", [["Option", "Description", "Quantity", "Unit price", "Remarks"],
                    ["A", "Sample lot, hand-finished", "10 sets", "USD 14.00", "ready 12 working days"],
                    ["B", "Production tier 1", "1,000 sets", "USD 6.40", "lead time 55 days"],
                    ["C", "Production tier 2", "3,000 sets", "USD 5.85", "lead time 65 days"],
                    ["D", "Production tier 3", "5,000 sets", "USD 5.40", "lead time 75 days"]]),
         ("sp",),
         ("p", "Notes: 1) Prices exclude the EN 71-1/-2/-3 and ASTM F963 tests, which are done at buyer's "
               "nominated lab at buyer's cost. 2) Paint colours to Pantone references on drawing rev C. "
               "3) Payment: 30% T/T with the production purchase order, 70% against copy B/L. "
               "4) Packing: 4 sets per export carton, carton size 62 x 42 x 38 cm."),
         ("p", "We thank you for the enquiry and look forward to your valued order."),
         ("p", "Rohit Sharma, Export Manager, +91 141 555 0187, rohit@jaipurwoodcraft.in"),
     ], title="JWE/Q/24-118", author="Jaipur Woodcraft Exports"))])

# c03 clean: supplier's go-ahead question quoting complete buyer scope
_c03_buyer = (
    "Hi Lan,\n\nPO KK-30417 is for 3 (three) EP samples of the 12V ride-on ute (item KK-RIDE-UTE12) "
    "only.\nThe remaining 1,497 units on your quote are not released - please don't order batteries, "
    "motors or body moulding material for them.\nProduction gets released only by a written release "
    "from me (Jack Hollis, Head of Product), once the EP samples have passed AS/NZS ISO 8124 testing at "
    "our lab and we've signed them off.\n\nCheers,\nJack")
case("c03_kk_supplier_question", [],
     "supplier asks whether the 1,497 may start; quoted buyer scope has quantity, hold, event and named person",
     [("RE_KK-30417_EP_samples.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@bdkidsvehicle.vn>", "Jack Hollis <jack.hollis@kangakids.com.au>",
         "RE: KK-30417 EP samples ride-on ute", "Thu, 16 May 2024 15:40:00 +0700",
         "Dear Jack,\n\nGood afternoon. The 3 EP samples are packed and go with DHL tomorrow, AWB will "
         "send you after pick up. Test report of battery pack (IEC 62133) also attached in the box.\n\n"
         "May I ask, do we have go-ahead for the 1,497 units mass production? Our battery supplier need "
         "45 days lead time, so we worry for the October ship date. Please advise when you can.\n\n"
         "Thank you and best regards,\nLan\n\n"
         "Nguyen Thi Lan | Sales Manager | Binh Duong Kids Vehicle Co., Ltd.\n"
         "Lot C7, Song Than 2 IZ, Di An, Binh Duong, Vietnam | +84 274 555 0193\n\n"
         "On Mon, 6 May 2024 at 10:02, Jack Hollis wrote:\n" + quote_lines(_c03_buyer) + "\n",
         in_reply_to="<kk-30417-0506@kangakids.com.au>")))])

# c04 clean: labelled rolling forecast, TXT
case("c04_ppl_forecast_txt", [],
     "rolling forecast labelled planning-only, not a PO, no authority given",
     [("PPL_rolling_forecast_W20.txt",
       "PUDDLE & PIP LTD                ROLLING FORECAST                 RUN 17/05/2024 06:10\n"
       "Unit 4, Kirkstall Rd, Leeds LS4 2AZ, United Kingdom\n"
       "SUPPLIER : SJ001  DONGGUAN SOFTJOY PLUSH PRODUCTS CO., LTD\n"
       "STATUS   : *** FORECAST - FOR PLANNING ONLY - THIS IS NOT A PURCHASE ORDER ***\n"
       "-------------------------------------------------------------------------------\n"
       "ITEM       DESCRIPTION                    JUN-24   JUL-24   AUG-24   SEP-24\n"
       "PP-OTT-25  PIP THE OTTER PLUSH 25CM        1,200    2,400    2,400    1,800\n"
       "PP-OWL-20  OLLIE OWL PLUSH 20CM              600    1,000    1,000      800\n"
       "PP-FOX-30  FERN FOX PLUSH 30CM (NEW)           0      500    1,500    1,500\n"
       "-------------------------------------------------------------------------------\n"
       "NOTES\n"
       " 1. Quantities above are estimates and may move +/-40% from run to run.\n"
       " 2. This forecast does not authorise production or the purchase of fabric, fibre,\n"
       "    eyes, labels or packaging. Only a numbered Puddle & Pip purchase order does.\n"
       " 3. PP-FOX-30 is still at PP sample stage - no order exists for it yet.\n"
       " 4. Queries: Harriet Cole, Buying Manager, +44 113 496 0571\n"
       "END OF REPORT\n")])

# c05 clean: DOCX PP sample disposition, scoped, hold, event, named person
case("c05_jl_pp_disposition", [],
     "PP sample approved for colour and fit only; balance 2,994 on hold; written release by named buyer after EN 71 report",
     [("Fiche_validation_PP_JL-2024-0612.docx", docx_bytes([
         ("h1", "Fiche de validation échantillon / Sample disposition"),
         ("p", f"{JL} - Service Qualité Produit, 14 rue Garibaldi, 69006 Lyon"),
         ("table", [["Champ / Field", "Valeur / Value"],
                    ["Article / Item", "Peluche lapin 'Pompon' 30 cm, réf. JL-PEL-POM30"],
                    ["Fournisseur / Supplier", SJ],
                    ["Commande / PO", "JL-2024-0612 (PP samples 6 pcs + production 2,994 pcs)"],
                    ["Échantillons reçus / Samples received", "6 PP samples, 13/05/2024"],
                    ["Décision / Disposition", "Approved for colour and fit only"],
                    ["Contrôleur / Inspector", "Élodie Fabre, QA Produit"]]),
         ("sp",),
         ("h", "Scope of this disposition"),
         ("p", "This is a technical sign-off of the six (6) PP samples. It does not release production. "
               "The production balance of 2,994 pcs on PO JL-2024-0612 remains on hold: please do not cut "
               "fabric or start sewing."),
         ("p", "Production will be released only by a written production release from Chloé Marchand, "
               "Responsable Achats, after we receive a passing EN 71-1/-2/-3 report from Bureau Veritas on "
               "the PP samples."),
         ("h", "Remarques / Remarks"),
         ("li", "Whisker embroidery: keep 3 stitches, thread Madeira 1800."),
         ("li", "Ear seam: reinforce with back-tack, 8 stitches/cm min."),
         ("li", "Hang tag: artwork v5 with the CE mark and the 'dès la naissance' age wording."),
     ], author="Élodie Fabre"))])

# c06 clean: full-quantity reorder with PDF PO, "please proceed with ... all 6,000"
_c06_po = pdf([
    ("h1", "PURCHASE ORDER TP-7731"),
    ("p", f"{TG}, 1420 SE Water Ave, Portland OR 97214 | AP: ap@tallpinegames.com"),
    ("p", f"Supplier: {MC}, Jl. Industri Raya 8, Kawasan Industri Wijayakusuma, Semarang 50186, Indonesia"),
    ("p", "Order type: REORDER - production (artwork and construction unchanged from PO TP-7410). "
          "Date: 20 May 2024. FOB Semarang. Payment net 60 days after B/L."),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "TP-1000-HARB", "1000-piece jigsaw 'Harbour at Dusk', 68 x 49 cm, box 1000-HARB rev 2",
                "3,000", "3.10", "9,300.00"],
               ["2", "TP-1000-ORCH", "1000-piece jigsaw 'Orchard Lane', 68 x 49 cm, box 1000-ORCH rev 1",
                "3,000", "3.10", "9,300.00"],
               ["", "", "TOTAL", "6,000", "", "18,600.00"]]),
    ("sp",),
    ("p", "This is a firm production order for the full quantity of 6,000 puzzles (3,000 per design). "
          "There is no sample stage and no balance: please proceed with production of all 6,000 units."),
    ("p", "Ex-factory date: 15 July 2024. Pre-shipment inspection AQL 2.5 by QIMA; booking via Tallpine "
          "logistics (logistics@tallpinegames.com)."),
])
case("c06_tg_full_reorder", [],
     "firm full-quantity reorder, 6,000 = 3,000 + 3,000, proceed scoped to the full quantity; '1000-piece' is a product name",
     [("TP-7731_reorder.eml", eml_bytes(mail(
         "Marcus Bell <marcus.bell@tallpinegames.com>", "Dewi Kartika <dewi@mainanceria.co.id>",
         "PO TP-7731 - reorder Harbour at Dusk / Orchard Lane", "Mon, 20 May 2024 08:15:00 -0700",
         "Hi Dewi,\n\nGood news - both 1000-piece designs sold through in the spring, so here is the "
         "reorder. PO TP-7731 is attached: 3,000 of each design, 6,000 puzzles in total, same boxes and "
         "same board as PO TP-7410.\n\nThis is a firm order for the full 6,000 - there is no sample step "
         "this time, so please proceed with production of all 6,000 units and confirm the ex-factory date "
         "of 15 July.\n\nThanks again for the great job on the last run.\n\nMarcus"
         + sig("Marcus Bell", "VP Operations", TG, "+1 503 555 0166"),
         html="<p>Hi Dewi,</p><p>Good news - both 1000-piece designs sold through in the spring, so here is "
              "the reorder. PO TP-7731 is attached: 3,000 of each design, <b>6,000 puzzles in total</b>, same "
              "boxes and same board as PO TP-7410.</p><p>This is a firm order for the full 6,000 - there is no "
              "sample step this time, so please proceed with production of all 6,000 units and confirm the "
              "ex-factory date of 15 July.</p><p>Thanks again for the great job on the last run.</p><p>Marcus</p>",
         attachments=[("PO_TP-7731.pdf", _c06_po, PDF_MT)])))])

# c07 clean: ERP call-off, explicit staged material authority above released qty
case("c07_bt_calloff_staged", [],
     "call-off releases 2,000; staged material authority up to 6,000 at buyer liability is explicit; balance 6,000 held to next call-off by named person",
     [("CO-24-0077.txt",
       "BRIGHTFIELD TOYS INC.              CALL-OFF / PRODUCTION RELEASE          PAGE 1 OF 1\n"
       "2100 HENNEPIN AVE S, MINNEAPOLIS MN 55405                  PRINTED 03-JUN-2024 07:31\n"
       "================================================================================\n"
       "CALL-OFF NO  : CO-24-0077               BLANKET PO : BT-BPO-2401\n"
       "SUPPLIER     : 40213  SHANTOU CHENGHAI HUAXING PLASTIC TOYS CO LTD\n"
       "ITEM         : BF-4FIG-SET-03   4IN FIGURE 3-PACK 'DINO RANGERS'  DRG BF-4F-03 REV D\n"
       "--------------------------------------------------------------------------------\n"
       "QTY RELEASED THIS CALL-OFF ...................  2,000 SETS   EX-WORKS 12-JUL-2024\n"
       "CUM RELEASED TO DATE .........................  2,000 SETS\n"
       "BLANKET QTY (FORECAST - NOT RELEASED) ........  8,000 SETS\n"
       "BALANCE NOT RELEASED - DO NOT START ..........  6,000 SETS\n"
       "--------------------------------------------------------------------------------\n"
       "MATERIAL AUTHORITY : STAGED - SUPPLIER MAY BUY PVC COMPOUND, ABS AND PAINT FOR UP\n"
       "                     TO 6,000 SETS AT BUYER LIABILITY. NO MATERIAL BEYOND 6,000 SETS.\n"
       "                     STAGED MATERIAL IS NOT A PRODUCTION RELEASE.\n"
       "NEXT RELEASE       : CALL-OFF CO-24-0078, SIGNED BY DANA WHITFIELD (DIR. SOURCING),\n"
       "                     ISSUED ONLY AFTER LOT ACCEPTANCE OF CO-24-0077 AT MINNEAPOLIS DC.\n"
       "--------------------------------------------------------------------------------\n"
       "SAFETY : ASTM F963-17 + CPSIA LEAD/PHTHALATES REPORT PER LOT. CARTON MARKS PER SPEC BT-PK-11.\n"
       "CONTACT: MEGAN ORTIZ  +1 612 555 0142\n"
       "*** END OF CALL-OFF ***\n")])

# c08 clean: explicit recorded auto-conversion for 1,200; rest held (Japanese-English)
_c08_po = pdf([
    ("h1", "注文書 PURCHASE ORDER HT-24-0315 rev.2"),
    ("p", f"{HT}, 3-8-12 Minamisenba, Chuo-ku, Osaka 542-0081, Japan"),
    ("p", f"Supplier: {SO}, Longhu Industrial Park, Shantou, China"),
    ("table", [["Line", "Item", "Scope", "Qty", "Status"],
               ["1", "HT-FIG-KITSUNE 12cm PVC figure", "PP sample", "10 pcs", "released"],
               ["2", "HT-FIG-KITSUNE 12cm PVC figure", "production lot 1", "1,200 pcs",
                "auto-conversion per note 4"],
               ["3", "HT-FIG-KITSUNE 12cm PVC figure", "production lot 2-3", "2,400 pcs", "on hold"]]),
    ("p", "Note 4 (auto-conversion, agreed 8 May 2024): when Kenji Sato, Purchasing Manager, signs the PP "
          "sample approval sheet AND the ST 2016 safety test report on the PP samples is a pass, production "
          "lot 1 of 1,200 pcs is released by that signature, without a separate release letter. This applies "
          "to 1,200 pcs only."),
    ("p", "Note 5: lines 2-3, 2,400 pcs, are not released. They are released only by a separate written "
          "production release from Kenji Sato after lot acceptance of lot 1 at our Osaka warehouse."),
    ("p", "Note 6: material authority - material for the PP samples and for lot 1 (1,200 pcs) only."),
])
case("c08_ht_autoconversion", [],
     "explicit recorded auto-conversion naming 1,200 pcs, signer and conditions; 2,400 held to written release by Kenji Sato",
     [("HT-24-0315_rev2.eml", eml_bytes(mail(
         "Kenji Sato <k.sato@hoshino-toys.co.jp>", "Huang Wei <huangwei@orientalfigure.cn>",
         "PO HT-24-0315 rev.2 / Kitsune figure / auto-conversion agreement",
         "Fri, 10 May 2024 11:20:00 +0900",
         "Dear Mr. Huang,\n\nThank you very much for your kind support at the meeting on 8 May.\n"
         "Please find attached our PO HT-24-0315 rev.2. I summarize the points for your confirmation.\n\n"
         "1. PP sample: 10 pcs. This is released now. Please send to our Osaka office by 31 May.\n"
         "2. Production lot 1: 1,200 pcs. As agreed and recorded in note 4 of PO rev.2, when I (Kenji Sato, "
         "Purchasing Manager) sign the PP sample approval sheet AND the ST 2016 safety test of the PP "
         "samples is passed, lot 1 of 1,200 pcs is released automatically by my signature. No separate "
         "release letter for lot 1.\n"
         "3. Lots 2-3: 2,400 pcs. These are not released. Please do not start them. I will send a separate "
         "written production release for them after lot 1 is accepted at our Osaka warehouse.\n"
         "4. Material: you may buy material for the PP samples and lot 1 (1,200 pcs) only.\n\n"
         "If any point is different from your understanding, please tell me before 15 May.\n\n"
         "Best regards,\nKenji Sato\nPurchasing Manager, Hoshino Toys Co., Ltd.\nTEL +81-6-5555-0123\n",
         attachments=[("PO_HT-24-0315_rev2.pdf", _c08_po, PDF_MT)])))])

# r01 [RG001 RG003 RG004 RG005]: multi-file sample PO + quote with production qty
case("r01_bt_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 with supplier quote showing 6,000 beside it; nothing says the 6,000 is not released, no unlock event, no release person",
     [("PO_BT-240601.pdf", pdf([
         ("h1", "PURCHASE ORDER  BT-PO-240601"),
         ("p", f"{BT} | 2100 Hennepin Ave S, Minneapolis MN 55405, USA"),
         ("p", f"Vendor: {HX} (vendor no. 40213). Reference: your quotation HX-Q-3307 (attached)."),
         ("p", "PO date: 03 Jun 2024 | Buyer contact: Megan Ortiz | Ship via DHL Express DAP"),
         ("table", [["Line", "SKU", "Description", "Qty", "Amount (USD)"],
                    ["1", "BF-4FIG-SET-04", "4in figure 3-pack 'Dino Rangers wave 2', EP samples, deco rev B",
                     "24 pcs", "312.00"]]),
         ("sp",),
         ("p", "Please ship the samples by 21 June 2024 to the Product Development Lab, Attn. Megan Ortiz. "
               "Include the sample tags and the CPSIA lead screening result for the paint batch."),
         ("p", "Invoice to accounts payable with the PO number on every page. Terms per MSA-2023-07."),
     ], pagesize=LETTER, title="BT-PO-240601", author="Brightfield Toys purchasing")),
      ("Quotation_HX-Q-3307.pdf", pdf([
          ("h1", "QUOTATION HX-Q-3307"),
          ("p", f"{HX} | Tel +86 754 8555 0112 | sales@hxplastictoys.cn"),
          ("p", "Customer: Brightfield Toys Inc. | Date: 27 May 2024 | Valid 45 days | FOB Shantou"),
          ("table", [["Item", "Description", "Qty", "Unit price USD", "Remark"],
                     ["1", "Dino Rangers wave 2, 4in 3-pack, EP sample", "24 pcs", "13.00",
                      "10 days after PO"],
                     ["2", "Dino Rangers wave 2, 4in 3-pack, mass production", "6,000 pcs", "2.35",
                      "35 days"],
                     ["3", "Mould modification (3 cavities)", "1 lot", "1,450.00", "one time"]]),
          ("p", "Material: PVC 65A, ABS 757, non-toxic paint. Packing: 48 pcs / carton."),
          ("p", "Lily Chen, Sales Manager"),
      ], title="HX-Q-3307", author="Huaxing sales"))])

# r02 [RG001 RG003 RG004 RG005]: UK plush PP sample PO + HTML delivery schedule for 4,000
_r02_po = pdf([
    ("h1", "Puddle & Pip Ltd - Purchase Order PP-11842"),
    ("p", "Unit 4, Kirkstall Road, Leeds LS4 2AZ, United Kingdom | VAT GB 298 4417 10"),
    ("p", f"Supplier: {SJ}, Houjie Town, Dongguan, Guangdong"),
    ("table", [["Line", "Item", "Description", "Qty", "Price GBP"],
               ["1", "PP-OTT-25", "Pip the Otter plush 25cm, PP samples, fabric 'river brown' minky",
                "12", "96.00"]]),
    ("p", "Delivery: courier to Leeds by 7 June 2024. UKCA/CE label and EN 71-2 flammability sample "
          "test by supplier's lab."),
])
_r02_sched = html_page("Pip the Otter - delivery schedule", """
<h2>Pip the Otter 25cm (PP-OTT-25) - delivery schedule</h2>
<p>Puddle &amp; Pip Ltd / Dongguan Softjoy - version 2, 21 May 2024</p>
<table>
<tr><th>Week</th><th>Ex-factory qty</th><th>Destination</th></tr>
<tr><td>wk 32</td><td>1,000</td><td>Felixstowe (LCL)</td></tr>
<tr><td>wk 35</td><td>1,000</td><td>Felixstowe (20ft)</td></tr>
<tr><td>wk 38</td><td>1,000</td><td>Felixstowe (20ft)</td></tr>
<tr><td>wk 40</td><td>1,000</td><td>Felixstowe (20ft)</td></tr>
<tr><td><b>Total</b></td><td><b>4,000</b></td><td></td></tr>
</table>
<p>Cartons: 24 pcs per carton, carton marks as per PP-PK-03.</p>
""")
case("r02_ppl_pp_samples_schedule", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 PP samples sent with a delivery schedule for 4,000; nothing says the 4,000 is not released, no unlock event, no person",
     [("PP-11842_Pip_the_Otter.eml", eml_bytes(mail(
         "Tom Beckett <tom.beckett@puddleandpip.co.uk>", "Amy Liu <amy@softjoyplush.com>",
         "PO PP-11842 - Pip the Otter PP samples", "Tue, 21 May 2024 16:05:00 +0100",
         "Hi Amy,\n\nHope you're keeping well and that the rain has stopped in Dongguan!\n\n"
         "Please find attached PO PP-11842 for 12 PP samples of Pip the Otter (25cm) in the river brown "
         "minky we chose at the showroom. I've also attached our delivery schedule for the 4,000 pcs "
         "(wk 32 to wk 40) so you can plan the line.\n\nA few bits on the samples:\n"
         "- eyes: safety eyes 12mm, the darker brown please\n"
         "- tail: slightly fuller, as on the sketch from Friday\n"
         "- sewn-in label: artwork v4 with the UKCA mark\n\n"
         "Any questions just shout.\n\nCheers,\nTom"
         + sig("Tom Beckett", "Product Developer", PPL, "+44 113 496 0588"),
         attachments=[("PO_PP-11842.pdf", _r02_po, PDF_MT),
                      ("PP-OTT-25_delivery_schedule.html", _r02_sched, "text/html")])))])

# r03 [RG001 RG003 RG004]: Japanese ERP sample PO, programme qty 3,000 in remarks, release auth named
case("r03_ht_pkg_sample_erp", ["RG001", "RG003", "RG004"],
     "packaging sample PO for 10 with 'total program qty 3,000' in remarks, unlabelled; release authority named, no hold, no event",
     [("HT-24-0422_PO.txt",
       "HOSHINO TOYS CO.,LTD.            PURCHASE ORDER                 PO NO. HT-24-0422\n"
       "3-8-12 MINAMISENBA CHUO-KU OSAKA 542-0081            ISSUE DATE 2024/05/22  PAGE 1/1\n"
       "----------------------------------------------------------------------------------\n"
       "VENDOR       : 30871 DONGGUAN EVERBRIGHT PACKAGING CO.,LTD\n"
       "BUYER        : YUKI MORI (QA/PACKAGING)\n"
       "RELEASE AUTH : KENJI SATO (PURCHASING MANAGER)\n"
       "PAYMENT      : T/T 30 DAYS EOM        DELIVERY : DHL TO OSAKA OFFICE\n"
       "----------------------------------------------------------------------------------\n"
       "LN ITEM            DESCRIPTION                        TYPE      QTY  UOM   AMOUNT\n"
       "01 PKG-WB-KITSUNE  WINDOW BOX 4C+1 SPOT UV, MOCK-UP    SAMPLE     10  PCS  USD 85.00\n"
       "----------------------------------------------------------------------------------\n"
       "REMARKS:\n"
       "  TOTAL PROGRAM QTY 3,000 PCS.\n"
       "  DIELINE HT-DL-0422 REV 3. BOARD 350G SBS. PET WINDOW 0.25MM.\n"
       "  PLS SEND SAMPLES BY 2024/06/05 WITH PRINT PROOF AND COLOUR DRAWDOWN.\n"
       "  JAPANESE TEXT CHECK BY HOSHINO BEFORE PRINT.\n"
       "----------------------------------------------------------------------------------\n"
       "AUTHORIZED SIGNATURE: K.SATO                        *** END ***\n")])

# r04 [RG001 RG003 RG004 RG005]: UK sample PO PDF with production line 2,994 carrying no status
case("r04_lhg_sample_po_prod_line", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 jigsaws lists a production line of 2,994 with no 'not released' wording, no unlock event, no person",
     [("LHG-PO-0873.pdf", pdf([
         ("h1", "SAMPLE PURCHASE ORDER  LHG-PO-0873"),
         ("p", f"{LHG}, 9 Wapping Wharf, Bristol BS1 6WP, United Kingdom"),
         ("p", f"Supplier: {MC}, Semarang, Indonesia | Supplier ref: quotation MC-Q-118 (2 May 2024)"),
         ("p", "Scope: pre-production samples | Date: 24 May 2024 | Currency GBP | Incoterm FOB Semarang"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit", "Delivery"],
                    ["1", "LHG-500-HL", "500-piece jigsaw 'Harbour Lights', pre-production sample, "
                     "2mm blueboard, linen finish", "6", "boxes", "courier, 14 Jun 2024"],
                    ["2", "LHG-500-HL", "Production quantity as per quotation MC-Q-118", "2,994", "boxes",
                     "TBA"]]),
         ("sp",),
         ("p", "Samples: please include a loose-piece count sheet and the EN 71-3 migration screen for the "
               "printing inks. Box artwork file LHG-500-HL_box_v6.pdf."),
         ("p", "Buyer: Sophie Adeyemi, Buying Assistant, sophie@littleharbourgames.co.uk. Please quote "
               "the PO number on all documents."),
     ], title="LHG-PO-0873", author="Little Harbour Games"))])

# r05 [RG001 RG003 RG004]: French vendor portal, programme qty unlabelled, release authority named
case("r05_jl_portal_programme_qty", ["RG001", "RG003", "RG004"],
     "portal PO for 20 EP samples shows programme quantity 5 000 with no 'not released'; release authority named but no hold and no unlock event",
     [("portail_fournisseur_JL-2024-0702.html", html_page("Portail fournisseurs - JL-2024-0702", """
<h2>Jouets Lumière - Portail fournisseurs</h2>
<p>Fournisseur connecté : Shantou Chenghai Huaxing Plastic Toys Co., Ltd. (F-2291)</p>
<h3>Commande / Purchase order JL-2024-0702</h3>
<table>
<tr><th>Champ</th><th>Valeur</th></tr>
<tr><td>Article</td><td>Figurine chevalier 10 cm 'Sire Barnabé', réf. JL-FIG-BAR10</td></tr>
<tr><td>Date</td><td>27/05/2024</td></tr>
<tr><td>Acheteur / Buyer</td><td>Julien Roux</td></tr>
<tr><td>Responsable déblocage production / Production release authority</td><td>Chloé Marchand, Responsable Achats</td></tr>
<tr><td>Quantité programme / Programme quantity</td><td>5 000 pcs</td></tr>
</table>
<h3>Lignes / Lines</h3>
<table>
<tr><th>N°</th><th>Désignation</th><th>Type</th><th>Qté</th><th>Prix unitaire</th></tr>
<tr><td>1</td><td>Sire Barnabé 10 cm, PVC, déco 5 couleurs</td><td>Échantillons EP / EP samples</td><td>20</td><td>11,50 EUR</td></tr>
</table>
<p>Livraison : DHL Express, Lyon, avant le 14/06/2024. Normes : EN 71-1, EN 71-2, EN 71-3, REACH annexe XVII.</p>
<p class="note">Merci de confirmer la date d'expédition dans le portail (onglet 'Confirmations').</p>
""", lang="fr"))])

# r07 [RG002 RG004 RG005]: AU sample PO PDF: hold until further notice + "authorised to proceed"
case("r07_kk_po_further_notice", ["RG002", "RG004", "RG005"],
     "EP sample PO: balance on hold 'until further notice' (no event, no person) and an unscoped 'authorised to proceed'",
     [("KK-30455_purchase_order.pdf", pdf([
         ("h1", "Kanga Kids Pty Ltd - Purchase Order KK-30455"),
         ("p", "Level 3, 88 Gertrude St, Fitzroy VIC 3065, Australia | ABN 51 624 118 093"),
         ("p", f"Supplier: {BD}, Song Than 2 IZ, Di An, Binh Duong, Vietnam"),
         ("p", "Date: 28 May 2024 | Contact: Bree Nolan, Sourcing Coordinator | Currency AUD | FOB HCMC"),
         ("table", [["Line", "Item", "Description", "Qty", "Amount"],
                    ["1", "KK-RIDE-QUAD6", "6V ride-on quad 'Dusty', EP sample, sand colourway", "4 units",
                     "AUD 640.00"]]),
         ("sp",),
         ("p", "The balance of 1,196 units in quotation BD-Q-0519 is ON HOLD until further notice."),
         ("p", "Supplier is cleared to proceed."),
         ("p", "Compliance: AS/NZS ISO 8124.1, battery compartment screw-secured, button battery free. "
               "Please send the EP samples with the battery test report and the decal proof."),
     ], title="KK-30455", author="Kanga Kids"))])

# r08 [RG004]: US buyer, hold stated, named release person, no unlock event
case("r08_tg_hold_named_person_only", ["RG004"],
     "10 sample sets released, 2,990 on hold 'until further notice'; Karen Wu named as only releaser, but no event unlocks the balance",
     [("TG-5520_marble_run_samples.eml", eml_bytes(mail(
         "Marcus Bell <marcus.bell@tallpinegames.com>", "Rohit Sharma <rohit@jaipurwoodcraft.in>",
         "PO TG-5520 - Cascade 48 sample sets", "Wed, 15 May 2024 09:30:00 -0700",
         "Hi Rohit,\n\nThanks for turning quote JWE/Q/24-118 around so fast. PO TG-5520 is attached and "
         "covers the 10 sample sets of the Cascade 48 marble run (option A) only.\n\n"
         "The other 2,990 sets from your quote stay on hold until further notice - please don't cut or "
         "buy any beech or rubberwood for them yet. Karen Wu, our Head of Sourcing, is the only person "
         "who can release them; nobody else on our side can, me included.\n\n"
         "For the samples: paint per Pantone refs on drawing TG-MR-048 rev C, and please add two spare "
         "funnels in the box - the kids in our test group lose them.\n\nThanks,\nMarcus"
         + sig("Marcus Bell", "VP Operations", TG, "+1 503 555 0166"),
         cc="Karen Wu <karen.wu@tallpinegames.com>",
         attachments=[("TG-5520.txt",
                       "TALLPINE GAMES LLC            PURCHASE ORDER            TG-5520\n"
                       "1420 SE WATER AVE, PORTLAND OR 97214          DATE 05/15/2024\n"
                       "VENDOR: JAIPUR WOODCRAFT EXPORTS PVT LTD   REF QUOTE JWE/Q/24-118\n"
                       "LN ITEM       DESCRIPTION                          QTY  UNIT  USD\n"
                       "01 TG-MR-048  CASCADE 48 MARBLE RUN - SAMPLE SET    10  SET   14.00\n"
                       "TERMS NET 30 / SHIP FEDEX INTL PRIORITY / DRAWING TG-MR-048 REV C\n",
                       "text/plain")])))])

# ---------------------------------------------------------------- batch 2
# c09 clean: forwarded old quote (rfc822) with 50,000 declared informational
_c09_old = mail("Zhou Min <zhoumin@yzhappyplush.com>", "Harriet Cole <harriet.cole@puddleandpip.co.uk>",
                "Quotation keyring plush 10cm - 2023", "Tue, 12 Sep 2023 10:00:00 +0800",
                "Dear Harriet,\n\nAs requested please see our price for the keyring plush 10cm:\n\n"
                "  Qty 50,000 pcs  @ USD 0.62 / pc, FOB Shanghai\n"
                "  Sample 20 pcs  @ USD 3.00 / pc\n\n"
                "Lead time 40 days after order. Price valid 30 days.\n\n"
                "Best regards,\nZhou Min\nYangzhou Happy Plush Co., Ltd.\n")
case("c09_ppl_fwd_old_quote", [],
     "old 50,000 pcs quote forwarded as rfc822 and declared informational; 30 samples released, hold, named releaser, event",
     [("FW_keyring_plush_samples.eml", eml_bytes(mail(
         "Harriet Cole <harriet.cole@puddleandpip.co.uk>", "Amy Liu <amy@softjoyplush.com>",
         "PO PP-11907 keyring plush samples + FW: old quotation (for reference)",
         "Thu, 23 May 2024 11:48:00 +0100",
         "Hi Amy,\n\nAttached below is last year's quotation from our previous keyring supplier, forwarded "
         "for reference only so you can see the spec we used (10cm, bean-filled base, metal clip). The "
         "50,000 pcs figure in it is informational only - it is not an order and not a release.\n\n"
         "What is released is PO PP-11907: 30 (thirty) keyring plush samples, 10 each in otter, owl and "
         "fox. Nothing beyond those 30 samples is released - please don't book fabric or clips for "
         "production.\n\nProduction will be released only by a written release from me (Harriet Cole, "
         "Buying Manager) after the samples pass EN 71-1/-2/-3 at Intertek and our product team signs "
         "them off.\n\nThanks ever so much,\nHarriet"
         + sig("Harriet Cole", "Buying Manager", PPL, "+44 113 496 0571"),
         attachments=[("rfc822", _c09_old)])))])

# c10 clean: quoted supplier assumes roll-over, buyer corrects
_c10_sup = (
    "Dear Dana,\n\nThe 24 EP samples were sent by DHL today, AWB 48 1290 5531.\n"
    "Once you approve the samples we will roll straight into the 2,976 pcs so we can still make the "
    "September vessel.\n\nBest regards,\nLily Chen\nSales Manager, Huaxing Plastic Toys")
case("c10_bt_corrects_rollover", [],
     "supplier's quoted roll-over assumption is corrected by the buyer: 24 EP samples only, 2,976 held to Dana's written release after sign-off",
     [("RE_EP_samples_BT-PO-240612.eml", eml_bytes(mail(
         "Dana Whitfield <dana.whitfield@brightfieldtoys.com>", "Lily Chen <lily@hxplastictoys.cn>",
         "RE: EP samples BT-PO-240612 shipped", "Fri, 14 Jun 2024 07:55:00 -0500",
         "Hi Lily,\n\nThanks for the quick shipment. One important correction though: please don't roll "
         "into production when we sign off the samples. Sample sign-off does not start production.\n\n"
         "PO BT-PO-240612 covers the 24 EP samples only. The 2,976 pcs balance stays on hold until I send "
         "you a written production release, and I will only do that after our product safety team has "
         "signed off the EP samples. Please don't buy production PVC or paint before then either.\n\n"
         "I know September is tight - if the samples pass I'll turn the release around the same day.\n\n"
         "Best,\nDana" + sig("Dana Whitfield", "Director of Sourcing", BT, "+1 612 555 0101")
         + "\nOn Thu, 13 Jun 2024, Lily Chen wrote:\n" + quote_lines(_c10_sup) + "\n",
         cc="Megan Ortiz <megan.ortiz@brightfieldtoys.com>",
         in_reply_to="<hx-0613-lily@hxplastictoys.cn>")))])

# c11 clean: supplier says the deposit does not release production
case("c11_jw_deposit_not_release", [],
     "supplier confirms the jig deposit does not release production and waits for a written release",
     [("Cascade48_jigs_TG.eml", eml_bytes(mail(
         "Rohit Sharma <rohit@jaipurwoodcraft.in>", "Marcus Bell <marcus.bell@tallpinegames.com>",
         "Cascade 48 - jig deposit received, thank you", "Mon, 03 Jun 2024 17:20:00 +0530",
         "Dear Marcus,\n\nGreetings from Jaipur. We are in receipt of your remittance of USD 1,200.00 "
         "towards the CNC jigs and paint masks for the Cascade 48 marble run. Thank you for the prompt "
         "payment.\n\nKindly note for good order: this deposit covers the jigs only and does not release "
         "production. We will not start the production sets, nor purchase the beech timber for them, until "
         "we receive your written production release.\n\nThe 10 sample sets are in finishing and will be "
         "dispatched by FedEx on Thursday. Tracking will follow.\n\n"
         "Warm regards,\nRohit Sharma\nExport Manager | Jaipur Woodcraft Exports Pvt. Ltd.\n"
         "Plot 44, Sitapura Industrial Area, Jaipur 302022 | +91 141 555 0187\n")))])

# c12 clean: supplier portal acknowledgement restating the hold
case("c12_hx_ack_portal", [],
     "supplier acknowledgement restates: 20 EP samples only, 4,980 not released, written release by named person after EP sign-off",
     [("HX_order_acknowledgement_JL-2024-0715.html", html_page("Order acknowledgement JL-2024-0715", """
<h2>Huaxing Plastic Toys - Order Acknowledgement</h2>
<p>Ack. no. HX-ACK-24-0388 &nbsp;|&nbsp; Date 31 May 2024 &nbsp;|&nbsp; Customer: Jouets Lumière SAS, Lyon</p>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Scope</th><th>Qty</th><th>Ship</th></tr>
<tr><td>JL-2024-0715</td><td>JL-FIG-YSO10 figurine 'Dame Ysolde' 10 cm</td><td>EP samples</td><td>20</td><td>14 Jun 2024, DHL</td></tr>
</table>
<div class="note">
<p><b>Scope as acknowledged:</b> we acknowledge PO JL-2024-0715 for 20 EP samples only. The balance of
4,980 pcs is not released. We will not buy PVC, paint or packaging for it and we will not start production
until we receive a written production release from Ms Chloé Marchand (Responsable Achats), which she will
issue after the EP samples are signed off by Jouets Lumière QA.</p>
</div>
<p>Acknowledged by: Lily Chen, Sales Manager. Factory contact: Mr Zheng Hao, +86 754 8555 0119.</p>
"""))])

# c13 clean: retailer vendor portal, full-quantity replenishment PO
case("c13_hst_portal_full_po", [],
     "retailer FOB replenishment PO for the full 3,600 (1,200 x 3 SKUs), proceed scoped to the full quantity, no balance",
     [("HST_vendor_portal_PO_4500882190.html", html_page("Harbour Street Toys - PO 4500882190", """
<h2>Harbour Street Toys plc - Vendor Portal</h2>
<p>Vendor: Dongguan Softjoy Plush Products Co., Ltd. (V-10442) &nbsp;|&nbsp; Logged in: amy@softjoyplush.com</p>
<h3>Purchase order 4500882190 - FOB production order (replenishment)</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order date</td><td>04/06/2024</td></tr>
<tr><td>Status</td><td>Issued - awaiting vendor confirmation</td></tr>
<tr><td>Port of loading</td><td>Yantian</td></tr>
<tr><td>Handover date</td><td>19/08/2024</td></tr>
<tr><td>Buyer</td><td>Priya Nair, Buyer - Soft Toys</td></tr>
</table>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Qty</th><th>FOB GBP</th></tr>
<tr><td>10</td><td>2209114</td><td>Plush bear 'Barnaby' 30cm</td><td>1,200</td><td>3.05</td></tr>
<tr><td>20</td><td>2209115</td><td>Plush bunny 'Clover' 30cm</td><td>1,200</td><td>3.05</td></tr>
<tr><td>30</td><td>2209116</td><td>Plush lamb 'Wooly' 30cm</td><td>1,200</td><td>3.05</td></tr>
<tr><td></td><td></td><td><b>Order total</b></td><td><b>3,600</b></td><td></td></tr>
</table>
<p class="note">Repeat of styles shipped under PO 4500861077; gold seal samples on file. This order is firm for
the full 3,600 units - please proceed with production of the full order quantity of 3,600 units and confirm
the handover date.</p>
<p>Testing: EN 71-1/-2/-3 and UKCA per HST QA manual section 4; final inspection AQL 2.5/4.0.</p>
"""))])

# c14 clean: WhatsApp, complete scope, fit approval scoped
case("c14_kk_whatsapp_scoped", [],
     "WhatsApp: 5 PP samples only, 995 not released, written release by Jack Hollis after PP sign-off; later approval scoped to fit only",
     [("WhatsApp_Chat_Kanga_Kids_-_BD_balance_bike.txt",
       "[28/05/2024, 09:12:40] Bree Nolan: Morning Lan! PO KK-30466 just went out by email 🙂\n"
       "[28/05/2024, 09:13:05] Bree Nolan: It's for 5 PP samples of the balance bike (Scout 12\") only. "
       "The other 995 on your quote aren't released - no frames, no tyres, no saddles for those please\n"
       "[28/05/2024, 09:13:41] Bree Nolan: Jack Hollis will send a written release for production once "
       "we've signed off the PP samples. Nothing before that\n"
       "[28/05/2024, 09:20:02] Lan Nguyen: Good morning Bree, received with thanks. 5 PP sample only, "
       "understood\n"
       "[28/05/2024, 09:20:30] Lan Nguyen: Frame paint will use the sage green RAL 6021 ok?\n"
       "[28/05/2024, 09:22:11] Bree Nolan: Yep RAL 6021 👍\n"
       "[11/06/2024, 16:44:19] Lan Nguyen: <Media omitted>\n"
       "[11/06/2024, 16:44:19] Lan Nguyen: PP samples finish, photo for your check. Saddle height 30-38cm\n"
       "[11/06/2024, 17:02:53] Bree Nolan: They look great! Approved for fit and finish only - production "
       "is still not released, please wait for Jack's written release\n"
       "[11/06/2024, 17:03:20] Lan Nguyen: Noted, we wait 🙏\n")])

# c15 clean: PDF PO full of identifiers that look like quantities
case("c15_lhg_identifiers", [],
     "4 samples released; forecast 2,500 labelled not firm and not released; part numbers, drawing revs and norms look like quantities",
     [("LHG-PO-0901.pdf", pdf([
         ("h1", "SAMPLE PURCHASE ORDER  LHG-PO-0901"),
         ("p", f"{LHG}, 9 Wapping Wharf, Bristol BS1 6WP | Company no. 11907500"),
         ("p", f"Supplier: {MC}, Semarang | Supplier no. 2000-17"),
         ("table", [["Line", "Part no.", "Description", "Qty", "Unit price"],
                    ["1", "PN 2000-750-30", "750-piece jigsaw 'Clifton Bridge', 2mm greyboard, DRG 1500 rev 12, "
                     "box 300 x 200 x 55 mm", "4 boxes", "GBP 9.00"]]),
         ("sp",),
         ("p", "Standards: EN 71-1:2014+A1:2018, EN 71-3:2019+A1:2021, supplier certified ISO 9001:2015. "
               "Pallet label format PLT-5000, carton spec CS-1200."),
         ("h", "Scope"),
         ("p", "Only these four (4) sample boxes are released. Our forecast for this design is 2,500 boxes; "
               "it is not firm and it is not released - please do not print, cut or buy board for "
               "production."),
         ("p", "Production will be released only by a written production release from Oliver Pennock, "
               "Head of Buying, after sample sign-off by our product team and receipt of the EN 71-3 report."),
     ], title="LHG-PO-0901", author="Little Harbour Games"))])

# c16 clean: DOCX staged material authority letter
case("c16_ppl_material_authority", [],
     "explicit staged material authority for 3,000 pcs of fabric/fibre at buyer liability; released only 10 PP samples; hold, event, named person",
     [("Material_authority_MA-PP-0044.docx", docx_bytes([
         ("h1", "Material Authority Statement MA-PP-0044"),
         ("p", f"From: {PPL}, Leeds | To: {SJ} | Date: 29 May 2024"),
         ("p", "Item: Fern Fox plush 30cm (PP-FOX-30), PO PP-11950"),
         ("table", [["", "Quantity", "Basis"],
                    ["Released for production (PP samples)", "10 pcs", "PO PP-11950"],
                    ["Material authority (staged)", "up to 3,000 pcs", "this statement"],
                    ["Production quantity", "3,000 pcs", "forecast - not released"]]),
         ("sp",),
         ("p", "Because the rust minky fabric has a 40-day lead time, Softjoy may buy and hold fabric, "
               "polyester fibre and safety eyes for up to 3,000 pcs at Puddle & Pip's liability (cap GBP "
               "4,200). This is a material authority only. Staged material is not a production release: "
               "do not cut or sew anything beyond the 10 PP samples."),
         ("p", "The 3,000 pcs will be released only by a written production release from Harriet Cole, "
               "Buying Manager, after the PP samples are signed off and pass EN 71-1/-2/-3."),
         ("p", "Signed: Harriet Cole, Buying Manager, Puddle & Pip Ltd"),
     ], author="Harriet Cole"))])

# r10 [RG005 RG009]: 'released' for lab, finance and production; no named releaser
case("r10_jl_release_mixed_terms", ["RG005", "RG009"],
     "'released' used for lab test, finance PO and production; hold and event stated but 'we' release, no named person",
     [("JL-2024-0730_Dame_Ysolde.eml", eml_bytes(mail(
         "Julien Roux <julien.roux@jouets-lumiere.fr>", "Lily Chen <lily@hxplastictoys.cn>",
         "Commande JL-2024-0730 - figurine Dame Ysolde / EP samples", "Wed, 05 Jun 2024 10:05:00 +0200",
         "Bonjour Lily,\n\nPlease find our order JL-2024-0730. It covers 24 EP samples of the figurine "
         "'Dame Ysolde' 10 cm (JL-FIG-YSO10), deco rev C.\n\n"
         "The balance of 2,976 pcs is not released. We will issue a production release for it after the "
         "samples are released by our lab (EN 71-3 report) and the PO is released by our finance "
         "department.\n\nFor the samples, please respect the Pantone list of 22 May and use the matte "
         "varnish on the armour.\n\nMerci et bonne journée,\nJulien\n\n"
         "Julien Roux | Chef de produit | Jouets Lumière SAS | 14 rue Garibaldi, 69006 Lyon | "
         "+33 4 72 55 01 38\n"
         "Ce message et ses pièces jointes sont confidentiels. / This message and its attachments are "
         "confidential.\n")))])

# r11 [RG003 RG004 RG005 RG010]: WhatsApp 'make the samples', nothing else
case("r11_ppl_whatsapp_make_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks the factory to make samples: no quantity, nothing on the balance, no event, no release person",
     [("WhatsApp_Chat_Tom_Beckett_-_Amy_Softjoy.txt",
       "[03/06/2024, 14:02:11] Tom Beckett: Hiya Amy! Hope all good\n"
       "[03/06/2024, 14:02:58] Tom Beckett: Can you make the samples for the new unicorn plush? Luna, "
       "30cm, the one from the sketch pack. Artwork v3 is in your inbox\n"
       "[03/06/2024, 14:03:30] Tom Beckett: PO to follow from Harriet later this week\n"
       "[03/06/2024, 14:15:47] Amy Liu: Hi Tom, received. We arrange sample room, about 7 working days 😊\n"
       "[03/06/2024, 14:16:20] Amy Liu: Horn use the gold glitter fabric or silver?\n"
       "[03/06/2024, 14:18:05] Tom Beckett: Gold glitter, like the one in your showroom please 🦄\n"
       "[03/06/2024, 14:18:40] Tom Beckett: and mane in the pastel rainbow yarn\n"
       "[03/06/2024, 14:19:02] Amy Liu: OK noted 👍\n")])

# r12 [RG010]: go ahead with samples 'per your quote', quantity never stated by the buyer
_r12_quote = docx_bytes([
    ("h1", "PT Mainan Ceria Indonesia - Quotation MC-Q-131"),
    ("p", "Jl. Industri Raya 8, Kawasan Industri Wijayakusuma, Semarang 50186 | Date: 27 May 2024"),
    ("p", "To: Tallpine Games LLC, Attn. Mr. Marcus Bell"),
    ("table", [["No", "Description", "Qty", "Price (USD)"],
               ["1", "Pre-production samples, 1000-piece jigsaw 'Lighthouse Row'", "8 boxes", "96.00 total"],
               ["2", "Mass production, same spec, FOB Semarang", "5,000 boxes", "3.05 / box"]]),
    ("p", "Lead time samples 10 working days, production 45 days. Price valid until 30 June 2024."),
    ("p", "Dewi Kartika, Sales & Marketing"),
], author="Dewi Kartika")
case("r12_tg_samples_per_quote", ["RG010"],
     "buyer authorizes pre-production samples 'as per your quote' without stating how many; hold, event and named releaser present",
     [("RE_Quotation_MC-Q-131.eml", eml_bytes(mail(
         "Marcus Bell <marcus.bell@tallpinegames.com>", "Dewi Kartika <dewi@mainanceria.co.id>",
         "RE: Quotation MC-Q-131 Lighthouse Row", "Tue, 28 May 2024 13:10:00 -0700",
         "Hi Dewi,\n\nThanks for quote MC-Q-131 (attached back for reference). Please go ahead with the "
         "pre-production samples as per your quote; PO number TP-7750 for your paperwork.\n\n"
         "The production quantity in the quote is not released - nothing beyond the samples may be started "
         "or bought. Production will only be released by a written release from me, Marcus Bell (VP "
         "Operations), after we sign off the pre-production samples.\n\n"
         "Board and finish as on Harbour at Dusk please.\n\nThanks!\nMarcus"
         + sig("Marcus Bell", "VP Operations", TG, "+1 503 555 0166"),
         attachments=[("MC-Q-131.docx", _r12_quote, DOCX_MT)],
         in_reply_to="<mc-q-131@mainanceria.co.id>")))])

# r13 [RG010]: WeChat, deco samples with no quantity; hold/event/person present
case("r13_bt_wechat_deco_samples", ["RG010"],
     "WeChat: deco samples authorized with no quantity; mass production not released, written release by Dana after sign-off",
     [("WeChat_export_Megan_Lily_0610.txt",
       "WeChat chat history export\nChat: Megan Ortiz (Brightfield) & Lily Chen 陈丽 (Huaxing)\n"
       "Exported: 2024-06-12 08:01\n"
       "------------------------------------------------------------\n"
       "2024-06-10 21:14  Megan Ortiz: Hi Lily, PO BT-240655 is out for the deco samples of the "
       "Raptor Rex repaint (blue/orange). Please start them this week\n"
       "2024-06-10 21:15  Megan Ortiz: The mass production is NOT released. Dana Whitfield will send a "
       "written production release after the deco samples are signed off by our safety team\n"
       "2024-06-10 21:40  Lily Chen 陈丽: ok noted Megan, deco samples start Monday 🙏\n"
       "2024-06-10 21:41  Lily Chen 陈丽: paint is PMS 2945C and 1505C right?\n"
       "2024-06-10 21:43  Megan Ortiz: yes, and the eye tampo in white\n"
       "2024-06-11 09:02  Lily Chen 陈丽: [Image]\n"
       "2024-06-11 09:02  Lily Chen 陈丽: paint mask ready\n"
       "2024-06-11 09:30  Megan Ortiz: 👍\n")])

# r14 [RG010]: PDF PO, sample qty 'as required'
case("r14_ht_po_as_required", ["RG010"],
     "PP sample line quantity 'as required for testing'; forecast held, written release by Kenji Sato after sign-off",
     [("HT-24-0510_PO.pdf", pdf([
         ("h1", "PURCHASE ORDER  HT-24-0510"),
         ("p", f"{HT}, Osaka | Supplier: {SO}, Shantou"),
         ("p", "Date: 2024/05/31 | Payment: T/T 30 days EOM | Delivery: DHL to Osaka office"),
         ("table", [["Line", "Item", "Description", "Qty", "Price"],
                    ["1", "HT-FIG-TANUKI", "Tanuki 12cm PVC figure, PP sample", "as required for testing",
                     "at cost"]]),
         ("sp",),
         ("p", "The production quantity 5,000 pcs (forecast) is not released. Please do not start production "
               "and do not purchase production material."),
         ("p", "Production will be released only by a written production release from Kenji Sato, "
               "Purchasing Manager, after PP sample sign-off and pass of the ST 2016 safety test."),
         ("p", "Please send the PP samples with the paint lot record and the mould cavity number marked."),
     ], title="HT-24-0510", author="Hoshino Toys purchasing"))])

# r15 [RG002 RG010]: WhatsApp, EP samples no quantity, later 'Approved, go ahead'
case("r15_kk_whatsapp_approved_go", ["RG002", "RG010"],
     "balance bike EP samples authorized without quantity; later 'Approved, go ahead' names neither sample-only nor a quantity",
     [("WhatsApp_Chat_Jack_Hollis_-_Lan.txt",
       "[04/06/2024, 10:31:07] Jack Hollis: Lan, PO KK-30488 is for EP samples of the Trail 16\" "
       "balance bike only\n"
       "[04/06/2024, 10:31:50] Jack Hollis: Bulk isn't released. You'll get a written release from me "
       "after we sign off the EP samples\n"
       "[04/06/2024, 10:45:12] Lan Nguyen: Dear Jack noted with thanks\n"
       "[18/06/2024, 15:20:33] Lan Nguyen: <Media omitted>\n"
       "[18/06/2024, 15:20:34] Lan Nguyen: <Media omitted>\n"
       "[18/06/2024, 15:21:10] Lan Nguyen: Jack, samples ready. Paint and decals ok? Frame weld we "
       "grind smooth as your comment\n"
       "[18/06/2024, 19:02:45] Jack Hollis: Approved, go ahead 👍\n"
       "[18/06/2024, 19:03:01] Lan Nguyen: Thank you Jack!\n")])

# r16 [RG002]: WhatsApp AU sandpit, complete scope, later 'Looks mint, go ahead!'
case("r16_kk_whatsapp_go_ahead", ["RG002"],
     "complete scope (6 EP samples, 2,994 held, written release by Jack after sign-off), then unscoped 'go ahead' to 'We go?'",
     [("WhatsApp_Chat_Bree_Nolan_-_Yuanli.txt",
       "[20/05/2024, 11:05:14] Bree Nolan: Hi Kevin, PO KK-30502 sent for the sandpit digger set - "
       "6 EP samples\n"
       "[20/05/2024, 11:05:59] Bree Nolan: Bal. 2,994 sets stays on hold, not released. Jack "
       "Hollis releases it in writing after we sign off the EP samples\n"
       "[20/05/2024, 11:30:26] Kevin Cai: Hi Bree well received, EP samples 10 days\n"
       "[30/05/2024, 09:48:02] Kevin Cai: <Media omitted>\n"
       "[30/05/2024, 09:48:40] Kevin Cai: Bree, mould modification done, colour matched to Pantone "
       "2728C and 123C. We go?\n"
       "[30/05/2024, 12:15:09] Bree Nolan: Looks mint, go ahead!\n"
       "[30/05/2024, 12:15:30] Kevin Cai: 👌\n")])

# ---------------------------------------------------------------- batch 3
# c17 clean: WeChat, packaging sample scope + factory acknowledgement (Chinese-English)
case("c17_eb_wechat_box_samples", [],
     "WeChat: 6 window-box samples only; 6,000 boxes not released; written release by Dana Whitfield after licensor sign-off; factory restates",
     [("WeChat_export_Everbright_box_samples.txt",
       "WeChat chat history export\nChat: Megan Ortiz (Brightfield) & 何小姐 Ada He (Everbright Packaging)\n"
       "------------------------------------------------------------\n"
       "2024-06-03 20:05  Megan Ortiz: Hi Ada, PO BT-PO-240690 is in your email. It's for 6 printed "
       "window-box samples of Dino Rangers wave 2 only\n"
       "2024-06-03 20:06  Megan Ortiz: The 6,000 box production run is not released. Please don't buy "
       "board or book the press for it\n"
       "2024-06-03 20:07  Megan Ortiz: Dana Whitfield will send the written production release after the "
       "licensor (StarLoop) signs off the printed box samples\n"
       "2024-06-03 20:31  Ada He 何: Dear Megan, well received. We only make 6 pcs sample, not start mass "
       "production, not buy paper board. Waiting Dana release letter after licensor sign off 🙏\n"
       "2024-06-03 20:32  Ada He 何: sample finish 6/12, with colour drawdown and 1 pcs white dummy\n"
       "2024-06-03 20:40  Megan Ortiz: perfect, thanks Ada!\n")])

# c18 clean: Japanese-English full balance release, multipart/alternative
_c18_txt = (
    "Dear Mr. Huang,\n\nThank you for your continuous support.\n\n"
    "PRODUCTION RELEASE No. PR-HT-0611\n"
    "PO: HT-24-0305 (Kappa 8cm PVC figure, HT-FIG-KAPPA)\n"
    "PP samples: 10 pcs, signed off by our QA on 3 June 2024 (ST 2016 test report JTL-24-05521, pass)\n"
    "Released quantity: 3,000 pcs = the full production balance of this PO\n"
    "Material: you may buy material for these 3,000 pcs.\n"
    "Ex-works date: 26 July 2024\n\n"
    "After this release nothing remains on hold under PO HT-24-0305.\n\n"
    "Best regards,\nKenji Sato\nPurchasing Manager\nHoshino Toys Co., Ltd.\nTEL +81-6-5555-0123\n")
case("c18_ht_full_release", [],
     "written release of the full 3,000 balance after PP sign-off, named signer; nothing left on hold",
     [("PR-HT-0611_production_release.eml", eml_bytes(mail(
         "Kenji Sato <k.sato@hoshino-toys.co.jp>", "Huang Wei <huangwei@orientalfigure.cn>",
         "【Production Release】PR-HT-0611 / PO HT-24-0305 Kappa figure", "Tue, 11 Jun 2024 14:00:00 +0900",
         _c18_txt,
         html="<p>Dear Mr. Huang,</p><p>Thank you for your continuous support.</p>"
              "<table border='1'><tr><th colspan='2'>PRODUCTION RELEASE No. PR-HT-0611</th></tr>"
              "<tr><td>PO</td><td>HT-24-0305 (Kappa 8cm PVC figure, HT-FIG-KAPPA)</td></tr>"
              "<tr><td>PP samples</td><td>10 pcs, signed off by our QA on 3 June 2024 (ST 2016 test report "
              "JTL-24-05521, pass)</td></tr>"
              "<tr><td>Released quantity</td><td><b>3,000 pcs</b> = the full production balance of this PO</td></tr>"
              "<tr><td>Material</td><td>you may buy material for these 3,000 pcs</td></tr>"
              "<tr><td>Ex-works date</td><td>26 July 2024</td></tr></table>"
              "<p>After this release nothing remains on hold under PO HT-24-0305.</p>"
              "<p>Best regards,<br>Kenji Sato<br>Purchasing Manager<br>Hoshino Toys Co., Ltd.</p>")))])

# c19 clean: PDF partial release letter, forecast labelled, remaining held to next written release
case("c19_kk_partial_release_letter", [],
     "release of 1,000 of a 4,000 forecast; 3,000 not released until next written release by Jack Hollis after lot acceptance",
     [("KK-PR-014_release_letter.pdf", pdf([
         ("h1", "Production Release KK-PR-014"),
         ("p", f"{KK}, Level 3, 88 Gertrude St, Fitzroy VIC 3065 | To: {BD}"),
         ("p", "Date: 7 June 2024 | PO: KK-30390 | Item: KK-RIDE-TRAC12 12V ride-on tractor 'Dusty Acres'"),
         ("table", [["", "Units"],
                    ["FY25 forecast (not firm, not released)", "4,000"],
                    ["Released by this letter (lot 1)", "1,000"],
                    ["Not released", "3,000"]]),
         ("sp",),
         ("p", "This letter releases 1,000 units (lot 1) for production, ex-factory 30 August 2024. You may "
               "buy motors, batteries and body material for these 1,000 units only."),
         ("p", "The remaining 3,000 units are not released. They will be released only by a further written "
               "release from me after lot acceptance of lot 1 at our Dandenong DC."),
         ("p", "Signed: Jack Hollis, Head of Product, Kanga Kids Pty Ltd"),
     ], title="KK-PR-014", author="Jack Hollis"))])

# c20 clean: multi-file folder: TXT PO + PDF quote + EML supplier acknowledgement
_c20_quote = pdf([
    ("h1", "QUOTATION  JWE/Q/24-131"),
    ("p", f"{JW} | To: {JL}, Attn. Chloé Marchand | Date: 21 May 2024 | FOB Mundra"),
    ("table", [["Option", "Description", "Qty", "Unit price EUR"],
               ["A", "Puzzle bois 'La Ferme' 12 pièces, samples", "8 pcs", "9.50"],
               ["B", "Same, production", "2,400 pcs", "3.20"]]),
    ("p", "Paint: water-based, EN 71-3 compliant. Tray: birch plywood 4mm. Validity 60 days."),
])
case("c20_jl_po_quote_ack_bundle", [],
     "bundle: PO for 8 samples says the quote's 2,400 is not released, names event and releaser; quote and supplier ack agree",
     [("JL-2024-0744_commande.txt",
       "JOUETS LUMIERE SAS        BON DE COMMANDE / PURCHASE ORDER        JL-2024-0744\n"
       "14 RUE GARIBALDI 69006 LYON                            DATE 28/05/2024\n"
       "FOURNISSEUR / SUPPLIER : JAIPUR WOODCRAFT EXPORTS PVT LTD (F-3310)\n"
       "DEVIS / QUOTE          : JWE/Q/24-131\n"
       "-----------------------------------------------------------------------------\n"
       "LIG ARTICLE        DESIGNATION                           TYPE       QTE   PU EUR\n"
       "001 JL-PZB-FERME12 PUZZLE BOIS 'LA FERME' 12 PIECES     ECHANT.      8     9,50\n"
       "-----------------------------------------------------------------------------\n"
       "NOTE / PORTEE - SCOPE:\n"
       " SEULS LES 8 ECHANTILLONS SONT DEBLOQUES. / ONLY THE 8 SAMPLES ARE RELEASED.\n"
       " LA QUANTITE SERIE DU DEVIS (2 400 PCS) N'EST PAS DEBLOQUEE. /\n"
       " THE PRODUCTION QTY IN THE QUOTE (2,400 PCS) IS NOT RELEASED - DO NOT START.\n"
       " DEBLOCAGE SERIE: ORDRE ECRIT SIGNE PAR CHLOE MARCHAND (RESP. ACHATS) APRES\n"
       " VALIDATION DES ECHANTILLONS ET RAPPORT EN 71-3 CONFORME. /\n"
       " PRODUCTION RELEASE: WRITTEN RELEASE SIGNED BY CHLOE MARCHAND AFTER SAMPLE\n"
       " SIGN-OFF AND A PASSING EN 71-3 REPORT.\n"
       "-----------------------------------------------------------------------------\n"
       "LIVRAISON: FEDEX INTERNATIONAL PRIORITY, LYON. PAIEMENT: 30 JOURS FIN DE MOIS.\n"),
      ("JWE_Q_24-131.pdf", _c20_quote),
      ("Ack_JL-2024-0744.eml", eml_bytes(mail(
          "Rohit Sharma <rohit@jaipurwoodcraft.in>", "Chloé Marchand <chloe.marchand@jouets-lumiere.fr>",
          "Order acknowledgement JL-2024-0744 - La Ferme puzzle samples", "Thu, 30 May 2024 12:10:00 +0530",
          "Dear Madame Marchand,\n\nWe acknowledge with thanks your order JL-2024-0744 for 8 sample pieces "
          "of the 'La Ferme' 12-piece wooden puzzle. As per your note, the 2,400 pcs of our quotation "
          "JWE/Q/24-131 are not released; we shall not start or buy birch ply for them until we receive "
          "your signed written release after sample sign-off and the EN 71-3 report.\n\n"
          "Samples will be dispatched on 10 June.\n\nWarm regards,\nRohit Sharma\nExport Manager, "
          "Jaipur Woodcraft Exports Pvt. Ltd.\n")))])

# c21 clean: HTML supplier status page, samples only, waiting for release
case("c21_sj_status_report", [],
     "supplier status page: samples shipped, material for samples only, production waiting for written release",
     [("Softjoy_customer_status_W23.html", html_page("Softjoy - customer order status W23", """
<h2>Dongguan Softjoy Plush Products - Customer Order Status</h2>
<p>Customer: Puddle &amp; Pip Ltd &middot; Week 23 &middot; updated 7 June 2024 by Amy Liu</p>
<table>
<tr><th>PO</th><th>Item</th><th>Stage</th><th>Qty</th><th>Status</th><th>Material</th></tr>
<tr><td>PP-11950</td><td>Fern Fox 30cm</td><td>PP samples</td><td>10</td><td>shipped 6 Jun, DHL 77 3190 4412</td><td>samples only</td></tr>
<tr><td>PP-11907</td><td>Keyring plush x3</td><td>samples</td><td>30</td><td>in sewing, ship 12 Jun</td><td>samples only</td></tr>
<tr><td>PP-11842</td><td>Pip the Otter 25cm</td><td>PP samples</td><td>12</td><td>comments received, remake</td><td>samples only</td></tr>
</table>
<p class="note">Production status: no production started for any of the items above. We are waiting for your
written production release before we buy fabric or fibre for production.</p>
<p>Factory holiday: Dragon Boat Festival 10 June, office closed one day.</p>
"""))])

# c22 clean: HTML licensor sign-off tracker
case("c22_bt_licensor_tracker", [],
     "licensing tracker: 18 deco samples released, 6,000 forecast not released, hold for licensor sign-off, written release by Dana Whitfield",
     [("Cosmo_Pups_licensor_tracker.html", html_page("Cosmo Pups - licensor sign-off tracker", """
<h2>Cosmo Pups figures (licensed) - licensor sign-off tracker</h2>
<p>Brightfield Toys Inc. &middot; Licensor agent: StarLoop Licensing, London &middot; Factory: Shantou Chenghai Huaxing
Plastic Toys &middot; updated 12 Jun 2024 by Megan Ortiz</p>
<table>
<tr><th>Stage</th><th>Submitted</th><th>Licensor sign-off</th><th>Comments</th></tr>
<tr><td>Concept / control art</td><td>02 Feb</td><td>received 14 Feb</td><td>-</td></tr>
<tr><td>Sculpt (3D print)</td><td>11 Mar</td><td>received 02 Apr</td><td>ears 5% bigger</td></tr>
<tr><td>Deco samples</td><td>10 Jun</td><td>pending</td><td>18 pcs under PO BT-PO-240630</td></tr>
<tr><td>PP samples</td><td>-</td><td>-</td><td>-</td></tr>
</table>
<div class="note">
<p><b>Production status:</b> released now = the 18 deco samples on PO BT-PO-240630, nothing else.
The forecast of 6,000 pcs is not released; production is on hold for licensor sign-off of the PP samples.
After that sign-off, Dana Whitfield (Director of Sourcing) will issue the written production release.
Do not buy production PVC or paint before it.</p>
</div>
"""))])

# c23 clean: buyer replies to a tiered quote: no PO yet, don't start anything
_c23_q = (
    "Dear Oliver,\n\nPlease find our offer for the 1000-piece jigsaw 'Bath Crescent':\n"
    "  - pre-production samples: 6 boxes, GBP 60 total\n"
    "  - 1,000 boxes: GBP 2.95 / box\n"
    "  - 3,000 boxes: GBP 2.60 / box\n"
    "FOB Semarang, 45 days after order.\n\nBest regards,\nDewi Kartika\nPT Mainan Ceria Indonesia")
case("c23_lhg_no_po_yet", [],
     "buyer replies to a tiered quote: still reviewing, no PO, nothing to start; no authorization anywhere",
     [("RE_offer_Bath_Crescent.eml", eml_bytes(mail(
         "Oliver Pennock <oliver@littleharbourgames.co.uk>", "Dewi Kartika <dewi@mainanceria.co.id>",
         "RE: Offer 1000-piece jigsaw Bath Crescent", "Fri, 07 Jun 2024 15:25:00 +0100",
         "Dear Dewi,\n\nThank you for the offer, very competitive as always. We're still reviewing the range "
         "internally and the artwork licence for Bath Crescent isn't signed yet, so there's no PO at this "
         "stage. Please don't start anything, not even the samples, until you receive a numbered PO from "
         "us.\n\nCould you hold the prices for 60 days? I expect a decision by the end of July.\n\n"
         "Kind regards,\nOliver" + sig("Oliver Pennock", "Head of Buying", LHG, "+44 117 496 0230")
         + "\nOn 5 Jun 2024, Dewi Kartika wrote:\n" + quote_lines(_c23_q) + "\n")))])

# c24 clean: DOCX interim disposition with quantity and date limits
case("c24_kk_interim_disposition", [],
     "interim disposition: 200 units max until 31 July, released in writing by Jack Hollis; balance 1,000 held to his written release after final sign-off",
     [("Interim_disposition_ID-KK-007.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ID-KK-007"),
         ("p", f"{KK} - Product Quality | Supplier: {BD}"),
         ("table", [["Field", "Entry"],
                    ["PO", "KK-30520 (PP samples 6 units + production 1,200 units)"],
                    ["Item", "KK-RIDE-QUAD6 6V ride-on quad 'Dusty', ocean blue"],
                    ["Finding", "decal edge lifting on the front fender after 48h humidity test"],
                    ["Disposition", "INTERIM"],
                    ["Quantity limit", "200 units maximum"],
                    ["Date limit", "ex-factory on or before 31 July 2024"],
                    ["Purpose", "Big W in-store trial, 40 stores"]]),
         ("sp",),
         ("p", "Production release under this interim disposition: 200 units with the current decal, released "
               "in writing by Jack Hollis, Head of Product (signature below). The balance of 1,000 units is not "
               "released."),
         ("p", "The 1,000 units will be released only by a written release from Jack Hollis, Head of Product, "
               "after final sign-off of corrected PP samples with the new decal adhesive."),
         ("p", "Prepared by: Mia Tran, Product Quality Engineer | Date: 14 June 2024"),
         ("p", "Production release of the 200 units signed: Jack Hollis, Head of Product, 14 June 2024"),
     ], author="Mia Tran"))])

# c25 clean: ERP firm PO with forecast section labelled information only
case("c25_bt_firm_plus_forecast", [],
     "firm PO line 3,000; forecast months labelled not released, released only by call-off signed by Dana Whitfield after lot acceptance",
     [("BT-PO-240705_print.txt",
       "BRIGHTFIELD TOYS INC.                PURCHASE ORDER                    BT-PO-240705\n"
       "2100 HENNEPIN AVE S MINNEAPOLIS MN 55405                   DATE 05-JUL-2024 PAGE 1\n"
       "VENDOR 40213 SHANTOU CHENGHAI HUAXING PLASTIC TOYS CO LTD\n"
       "==================================================================================\n"
       "FIRM LINES\n"
       "LN  SKU                DESCRIPTION                     QTY      UNIT   EX-WORKS\n"
       "01  BF-6FIG-RAPTOR-01  6IN FIGURE RAPTOR REX           3,000    PCS    16-AUG-2024\n"
       "    MATERIAL AUTHORITY: FIRM LINE QTY ONLY (3,000 PCS)\n"
       "----------------------------------------------------------------------------------\n"
       "FORECAST - INFORMATION ONLY - NOT RELEASED - NOT AN ORDER\n"
       "    SEP-2024   3,000 PCS\n"
       "    OCT-2024   3,000 PCS\n"
       "    NOV-2024   3,000 PCS\n"
       "    FORECAST MONTHS ARE RELEASED ONLY BY A CALL-OFF SIGNED BY DANA WHITFIELD\n"
       "    (DIRECTOR OF SOURCING), ISSUED AFTER LOT ACCEPTANCE OF THE PREVIOUS MONTH.\n"
       "==================================================================================\n"
       "TERMS PER MSA-2023-07. ASTM F963-17 / CPSIA REPORT PER LOT. INSPECTION AQL 2.5.\n"
       "BUYER: MEGAN ORTIZ                                   *** END OF PO ***\n")])

# r20 [RG002 RG012]: deposit sent, "So go ahead!" on a sample-only scope
_r20_prev = (
    "Hi Rohit,\n\nPO TG-5531 covers the 10 sample sets of the Cascade 48 deluxe only. The 2,990 "
    "balance is not released - Karen Wu will send a written release after we sign off the samples.\n\n"
    "Marcus")
_r20_tt = pdf([
    ("h1", "Outgoing Wire Transfer - Confirmation"),
    ("p", "Pacific Northwest Commerce Bank | Ref. OWT-20240612-00871"),
    ("table", [["Field", "Value"],
               ["Ordering customer", "Tallpine Games LLC"],
               ["Beneficiary", "Jaipur Woodcraft Exports Pvt. Ltd., HDFC Bank Jaipur"],
               ["Amount", "USD 5,265.00"],
               ["Remittance info", "30% deposit Cascade 48 deluxe production / TG-5531"],
               ["Value date", "12 Jun 2024"]]),
])
case("r20_tg_deposit_go_ahead", ["RG002", "RG012"],
     "buyer treats the production deposit as the start signal ('deposit went out today... So go ahead!') against a sample-only scope; go-ahead unscoped",
     [("TG-5531_Cascade48_deluxe.eml", eml_bytes(mail(
         "Marcus Bell <marcus.bell@tallpinegames.com>", "Rohit Sharma <rohit@jaipurwoodcraft.in>",
         "RE: TG-5531 Cascade 48 deluxe", "Wed, 12 Jun 2024 16:40:00 -0700",
         "Hi Rohit,\n\nThe 30% deposit for the Cascade 48 deluxe production went out today - TT copy "
         "attached. So go ahead!\n\nWe'd love to have them in Portland before Labor Day if at all possible.\n\n"
         "Thanks,\nMarcus" + sig("Marcus Bell", "VP Operations", TG, "+1 503 555 0166")
         + "\nOn Mon, 3 Jun 2024, Marcus Bell wrote:\n" + quote_lines(_r20_prev) + "\n",
         attachments=[("TT_copy_OWT-20240612-00871.pdf", _r20_tt, PDF_MT)])))])

# r21 [RG002 RG009]: WeChat, 'approved' for finance PO and QA samples, then 'ok proceed'
case("r21_bt_wechat_approved_proceed", ["RG002", "RG009"],
     "'approved' used for the finance PO and the QA sample result, then unscoped 'ok proceed'; original scope complete",
     [("WeChat_export_Megan_Lily_0618.txt",
       "WeChat chat history export\nChat: Megan Ortiz (Brightfield) & Lily Chen 陈丽 (Huaxing)\n"
       "Exported: 2024-06-19 07:45\n"
       "------------------------------------------------------------\n"
       "2024-06-03 22:10  Megan Ortiz: Lily, PO BT-PO-240710 covers 12 EP samples + 6 PP samples of the "
       "Stego Stomp figure. Production 5,982 pcs not released\n"
       "2024-06-03 22:11  Megan Ortiz: Production release only in writing from Dana Whitfield, after PP "
       "sample sign-off\n"
       "2024-06-03 22:30  Lily Chen 陈丽: noted 👍\n"
       "2024-06-18 20:02  Lily Chen 陈丽: Megan any update on PO payment term? also can we start next "
       "step? paint mask and tampo plate ready\n"
       "2024-06-18 20:40  Megan Ortiz: Finance approved the PO today and our QA approved the EP "
       "samples. ok proceed\n"
       "2024-06-18 20:41  Lily Chen 陈丽: great thank you Megan!! 🎉\n")])

# r22 [RG006]: supplier bought fabric for full 8,000 while only 20 PP samples released
case("r22_sj_fabric_full_qty", ["RG006"],
     "supplier knows only 20 PP samples are released and 7,980 on hold, yet bought fabric and fibre for all 8,000",
     [("Softjoy_PP-11981_Ollie_Owl.eml", eml_bytes(mail(
         "Amy Liu <amy@softjoyplush.com>", "Harriet Cole <harriet.cole@puddleandpip.co.uk>",
         "PP-11981 Ollie Owl 20cm - PP samples and fabric", "Mon, 10 Jun 2024 18:22:00 +0800",
         "Dear Harriet,\n\nHope you had a nice weekend.\n\nThe 20 PP samples of Ollie Owl (PO PP-11981) "
         "finish sewing today and will ship Wednesday by DHL.\n\nWe understand only the 20 PP samples are "
         "released and the 7,980 balance is still on hold until your release. But the grey minky fabric "
         "mill told us price up 8% from July and lead time 45 days, so to protect your ship date we already "
         "bought the minky and the PP fibre for the full 8,000 pcs last Friday. It is stored in our "
         "warehouse and ready when you release.\n\nPlease also check the embroidered eye colour in the "
         "photos, we think the dark brown is better than black.\n\nBest regards,\nAmy Liu\nSales Manager | "
         "Dongguan Softjoy Plush Products Co., Ltd. | Houjie Town, Dongguan | +86 769 8555 0175\n")))])

# r23 [RG006]: WhatsApp, factory cut steel tube for 3,000 frames, buyer objects
case("r23_kk_whatsapp_tube_cut", ["RG006"],
     "complete scope (8 PP samples, 2,992 held, written release by Jack after PP sign-off); factory cut tube for 3,000 frames anyway",
     [("WhatsApp_Chat_Bree_Nolan_-_Lan_gokart.txt",
       "[05/06/2024, 08:55:31] Bree Nolan: Hi Lan, PO KK-30530 sent - 8 PP samples of the pedal go-kart "
       "'Redback'\n"
       "[05/06/2024, 08:56:10] Bree Nolan: The other 2,992 aren't released. Jack Hollis will release them "
       "in writing after we sign off the PP samples\n"
       "[05/06/2024, 09:20:44] Lan Nguyen: Good morning Bree, well noted\n"
       "[17/06/2024, 14:03:18] Lan Nguyen: Bree, update: PP samples will ready next Tuesday\n"
       "[17/06/2024, 14:04:02] Lan Nguyen: For save time we already cut the steel tube for 3,000 go-kart "
       "frames, so when Jack release we can weld immediately 💪\n"
       "[17/06/2024, 14:30:55] Bree Nolan: Lan, we never authorised that - please stop cutting and tell me "
       "what's already been cut\n"
       "[17/06/2024, 14:41:09] Lan Nguyen: Sorry Bree, understood, we stop. I send you the count tomorrow\n")])

# r24 [RG006]: multi-file: call-off with staged authority 2,000; supplier bought for 5,000
case("r24_bt_calloff_and_ack", ["RG006"],
     "call-off releases 1,000 with staged material authority up to 2,000; supplier acknowledgement reports resin bought for 5,000",
     [("CO-24-0081.txt",
       "BRIGHTFIELD TOYS INC.              CALL-OFF / PRODUCTION RELEASE          PAGE 1 OF 1\n"
       "2100 HENNEPIN AVE S, MINNEAPOLIS MN 55405                  PRINTED 17-JUN-2024 07:02\n"
       "================================================================================\n"
       "CALL-OFF NO  : CO-24-0081               BLANKET PO : BT-BPO-2403\n"
       "SUPPLIER     : 40213  SHANTOU CHENGHAI HUAXING PLASTIC TOYS CO LTD\n"
       "ITEM         : BF-6FIG-STEGO-02   6IN FIGURE 'STEGO STOMP'   DRG BF-6F-02 REV B\n"
       "--------------------------------------------------------------------------------\n"
       "QTY RELEASED THIS CALL-OFF ...................  1,000 PCS    EX-WORKS 26-JUL-2024\n"
       "BLANKET QTY (FORECAST - NOT RELEASED) ........  6,000 PCS\n"
       "BALANCE NOT RELEASED - DO NOT START ..........  5,000 PCS\n"
       "--------------------------------------------------------------------------------\n"
       "MATERIAL AUTHORITY : STAGED - PVC COMPOUND AND ABS FOR UP TO 2,000 PCS AT BUYER\n"
       "                     LIABILITY. NOTHING BEYOND 2,000 PCS.\n"
       "NEXT RELEASE       : CALL-OFF CO-24-0082 SIGNED BY DANA WHITFIELD AFTER LOT\n"
       "                     ACCEPTANCE OF CO-24-0081.\n"
       "*** END OF CALL-OFF ***\n"),
      ("RE_CO-24-0081_confirmation.eml", eml_bytes(mail(
          "Lily Chen <lily@hxplastictoys.cn>", "Megan Ortiz <megan.ortiz@brightfieldtoys.com>",
          "RE: Call-off CO-24-0081 Stego Stomp - confirmation", "Tue, 18 Jun 2024 10:15:00 +0800",
          "Dear Megan,\n\nWe confirm call-off CO-24-0081 for 1,000 pcs Stego Stomp, ex-works 26 July.\n\n"
          "For your information: PVC price go up from July, so to secure the price our purchasing already "
          "bought the PVC compound and ABS for 5,000 pcs this morning. It will be kept in our warehouse for "
          "the next call-offs.\n\nPaint and tampo plates as per BF-6F-02 rev B.\n\n"
          "Best regards,\nLily Chen\nSales Manager, Shantou Chenghai Huaxing Plastic Toys Co., Ltd.\n")))])

# r26 [RG002 RG006]: French portal: buyer 'Green light', supplier booked fabric for 3,000 on sample-only authority
case("r26_jl_portal_green_light_fabric", ["RG002", "RG006"],
     "portal: 12 EP samples released, material sample-only, yet supplier logs fabric for 3,000; buyer comment 'green light' unscoped",
     [("portail_JL-2024-0760_suivi.html", html_page("Portail fournisseurs - JL-2024-0760", """
<h2>Jouets Lumière - Portail fournisseurs - suivi commande</h2>
<p>Commande / PO <b>JL-2024-0760</b> &middot; Doudou renard 'Roussette' 25 cm (JL-DOU-ROU25) &middot;
Fournisseur : Dongguan Softjoy Plush Products Co., Ltd.</p>
<table>
<tr><th>Ligne</th><th>Portée / Scope</th><th>Qté</th><th>Statut</th></tr>
<tr><td>1</td><td>Échantillons EP / EP samples</td><td>12</td><td>débloqué / released</td></tr>
<tr><td>2</td><td>Production</td><td>3 000</td><td>non débloqué / not released</td></tr>
</table>
<p><b>Autorisation matière / Material authority :</b> échantillons uniquement / sample-only.</p>
<p><b>Déblocage production / Production release :</b> ordre écrit de Chloé Marchand (Responsable Achats) après
validation des échantillons EP / written release by Chloé Marchand after EP sample sign-off.</p>
<h3>Préparation matière (saisie fournisseur) / Material readiness (entered by supplier)</h3>
<table>
<tr><th>Date</th><th>Matière</th><th>Quantité</th><th>Couverture</th></tr>
<tr><td>10/06/2024</td><td>Minky orange 'rust', 320 g/m²</td><td>640 m, commandé et payé</td><td>3 000 pcs</td></tr>
<tr><td>10/06/2024</td><td>Ouate polyester / PP fibre</td><td>450 kg</td><td>3 000 pcs</td></tr>
</table>
<h3>Commentaires / Comments</h3>
<table>
<tr><th>Date</th><th>Auteur</th><th>Message</th></tr>
<tr><td>11/06/2024 09:12</td><td>Amy Liu (Softjoy)</td><td>EP samples sewing finished, photos uploaded. Please confirm.</td></tr>
<tr><td>12/06/2024 17:48</td><td>Julien Roux (Jouets Lumière)</td><td>Green light from our side 👍</td></tr>
</table>
""", lang="fr"))])

# ---------------------------------------------------------------- batch 4
# r27 [RG006 RG012]: supplier reads the deposit as go signal and buys material for all units
_r27_buyer = (
    "Hi Lan,\n\nPO KK-30560 is for 6 EP samples of the 12V jeep 'Outback'. The other 1,494 units are not "
    "released - I'll send a written release after we sign off the EP samples.\n"
    "We're paying the 30% deposit now only to lock your price for the season.\n\nJack")
case("r27_bd_deposit_start_material", ["RG006", "RG012"],
     "supplier treats the price-lock deposit as authority to start and buys motors/batteries for all 1,500 while only 6 EP samples are released",
     [("RE_KK-30560_Outback.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@bdkidsvehicle.vn>", "Jack Hollis <jack.hollis@kangakids.com.au>",
         "RE: KK-30560 jeep Outback - deposit", "Mon, 17 Jun 2024 11:05:00 +0700",
         "Dear Jack,\n\nThank you, we received your 30% deposit today (USD 14,850). Since the deposit is "
         "received, we start the mass production: we ordered the motors, gearboxes and 12V batteries for "
         "all 1,500 units and the line starts on 1 July.\n\nThe 6 EP samples are in "
         "final assembly, ship on Thursday.\n\nBest regards,\nLan\n\n"
         "Nguyen Thi Lan | Sales Manager | Binh Duong Kids Vehicle Co., Ltd. | +84 274 555 0193\n\n"
         "On Tue, 11 Jun 2024, Jack Hollis wrote:\n" + quote_lines(_r27_buyer) + "\n")))])

# r28 [RG006 RG007]: supplier plans to roll into bulk after PP sign-off; material already ordered
_r28_buyer = (
    "Bao,\n\nPO MR-2207 covers 4 PP sample sets of the 12V jeep 'Ridgeline' only. The 1,496 production "
    "sets are not released. I (Kyle Brennan) will send a written production release after we sign off "
    "the PP samples. Material for the samples only, please.\n\nKyle")
case("r28_bd_straight_to_bulk", ["RG006", "RG007"],
     "supplier: after PP approval we go straight into 1,496 sets without waiting, and steel/PE for them already ordered; buyer scope was sample-only",
     [("RE_MR-2207_PP_samples_Ridgeline.eml", eml_bytes(mail(
         "Pham Quoc Bao <bao.pham@bdkidsvehicle.vn>", "Kyle Brennan <kyle@marmotrideons.com>",
         "RE: MR-2207 PP samples Ridgeline", "Wed, 19 Jun 2024 09:40:00 +0700",
         "Dear Mr. Kyle,\n\nThe 4 PP sample sets will ship on Friday by FedEx.\n\n"
         "To make your October ETA, after your PP approval we go straight into the bulk 1,496 sets, no need "
         "to wait. The steel tube and the PE blow-moulding material for the 1,496 sets are already ordered "
         "and arrive next week.\n\nSeat belt webbing colour: we use black as PP sample, please confirm.\n\n"
         "Best regards,\nPham Quoc Bao\nFactory Director, Binh Duong Kids Vehicle Co., Ltd.\n\n"
         "On Jun 4, 2024, Kyle Brennan wrote:\n" + quote_lines(_r28_buyer) + "\n")))])

# r29 [RG006 RG008]: supplier report treats the forecast as an order and buys board for 20,000
case("r29_mc_weekly_report_forecast", ["RG006", "RG008"],
     "supplier report calls the 20,000 forecast 'your forecast order' and bought board/paper for 20,000 while 3,000 are released",
     [("MC_weekly_report_TG_W25.docx", docx_bytes([
         ("h1", "Weekly Production Report - Week 25"),
         ("p", f"{MC} -> {TG} | prepared by Dewi Kartika, 21 June 2024"),
         ("table", [["PO", "Item", "Released qty", "Status"],
                    ["TP-7760", "1000-piece jigsaw 'Lighthouse Row'", "3,000 boxes", "printing done, die-cutting 40%"],
                    ["TP-7731", "1000-piece 'Harbour at Dusk' / 'Orchard Lane'", "6,000 boxes", "packed, ex-factory 15 Jul"]]),
         ("sp",),
         ("h", "Material planning"),
         ("p", "As per your forecast order of 20,000 puzzles for Lighthouse Row in 2024 (17,000 of them not yet "
               "released by Tallpine), we have purchased the "
               "2mm greyboard and the 157gsm art paper for 20,000 puzzles, to avoid the price increase from "
               "the mill in July. The board is stored in our warehouse B."),
         ("h", "Quality"),
         ("p", "Piece fit test OK on all lots. One reject box lot (scuffed corners) replaced."),
     ], author="Dewi Kartika"))])

# r30 [RG007]: supplier: once you approve PP sample we directly run 4,800, no need new PO
_r30_buyer = (
    "Dear Mr. Huang,\n\nPO HT-24-0530 is for 6 PP samples of the Tengu 10cm figure. The production "
    "quantity 4,800 pcs is not released. Production will be released only by a written production "
    "release from me (Kenji Sato) after PP sample sign-off and pass of the ST 2016 test.\n\n"
    "Best regards,\nKenji Sato")
case("r30_so_direct_mass_production", ["RG007"],
     "supplier says it will run the 4,800 directly once the PP sample is approved, against a written-release scope",
     [("RE_HT-24-0530_PP_sample.eml", eml_bytes(mail(
         "Huang Wei <huangwei@orientalfigure.cn>", "Kenji Sato <k.sato@hoshino-toys.co.jp>",
         "RE: HT-24-0530 PP sample Tengu", "Thu, 20 Jun 2024 17:35:00 +0800",
         "Dear Mr. Sato,\n\nThank you for your PO. 6 pcs PP sample will finish on 28 June, we send to "
         "Osaka by DHL together with the ST test sample.\n\nFor save time, once you approve PP sample, we "
         "will directly run the mass production 4,800 pcs, no need new PO or other document. Our injection "
         "machine is reserved for first week of July.\n\nBest regards,\nHuang Wei\nShantou Oriental Figure "
         "Factory\nTel +86 754 8555 0177\n\n"
         "-----Original Message-----\nFrom: Kenji Sato\nSent: Monday, June 17, 2024 10:02 AM\n"
         + quote_lines(_r30_buyer) + "\n")))])

# r31 [RG007]: buyer contradicts her own written-release requirement (multipart)
_r31_prev = (
    "Hi Amy,\n\nPO PP-12010 is for 10 PP samples of Bramble Badger 25cm. The 2,990 balance is not "
    "released - production is released only by my written release after we sign off the samples.\n\nHarriet")
_r31_txt = (
    "Hi Amy,\n\nMei from our QA team is with you on Thursday for the golden sample of Bramble Badger. "
    "If she's happy with it, just keep the line running straight on into the main order - no need to wait "
    "for anything from me, I'll sort the paperwork when I'm back from holiday on the 8th.\n\n"
    "Shipping marks and carton labels are attached to Mei's visit plan.\n\nThanks so much,\nHarriet"
    + sig("Harriet Cole", "Buying Manager", PPL, "+44 113 496 0571")
    + "\nOn 22 May 2024, Harriet Cole wrote:\n" + quote_lines(_r31_prev) + "\n")
case("r31_ppl_keep_line_running", ["RG007"],
     "buyer tells the factory to run into the main order if the golden sample passes, overriding her own written-release rule",
     [("Bramble_Badger_golden_sample.eml", eml_bytes(mail(
         "Harriet Cole <harriet.cole@puddleandpip.co.uk>", "Amy Liu <amy@softjoyplush.com>",
         "Bramble Badger - golden sample visit Thursday", "Mon, 24 Jun 2024 17:50:00 +0100",
         _r31_txt,
         html="<p>Hi Amy,</p><p>Mei from our QA team is with you on Thursday for the golden sample of Bramble "
              "Badger. If she's happy with it, just keep the line running straight on into the main order - "
              "no need to wait for anything from me, I'll sort the paperwork when I'm back from holiday on "
              "the 8th.</p><p>Shipping marks and carton labels are attached to Mei's visit plan.</p>"
              "<p>Thanks so much,<br>Harriet</p>",
         cc="Mei Lin <mei.lin@puddleandpip.co.uk>")))])

# r32 [RG007]: factory's sample confirmation form: signing it triggers mass production
case("r32_hx_sample_confirmation_form", ["RG007"],
     "factory form says customer signature on the sample form triggers mass production per PO, no quantity or recorded agreement",
     [("HX_Sample_Confirmation_Form_JL-2024-0781.docx", docx_bytes([
         ("h1", "SAMPLE CONFIRMATION FORM 样品确认单"),
         ("p", f"{HX} | Form HX-QA-017 rev 4"),
         ("table", [["Field", "Content"],
                    ["Customer", "Jouets Lumière SAS"],
                    ["Customer PO", "JL-2024-0781"],
                    ["Item", "Figurine dragon 'Braise' 12 cm, JL-FIG-BRA12"],
                    ["Sample stage", "EP sample, 12 pcs"],
                    ["Material", "PVC 70A / ABS 757"],
                    ["Paint", "Pantone 1665C, 7621C, gold 871C"]]),
         ("sp",),
         ("h", "Customer decision"),
         ("p", "[ ] Confirmed      [ ] Confirmed with comments      [ ] Rejected"),
         ("p", "Comments: ____________________________________________"),
         ("p", "Customer signature / date: ______________________"),
         ("sp",),
         ("p", "Important: once customer sign this form, factory will arrange mass production per PO "
               "immediately. Any change after signature will be charged."),
     ], author="HX QA"))])

# r33 [RG007]: WeChat, buyer tells factory the sample card signature is enough to go to bulk
case("r33_ht_wechat_sample_card", ["RG007"],
     "buyer's scope requires his written release, then he tells the factory that signing the sample card lets them go straight to bulk",
     [("WeChat_export_Sato_Huang.txt",
       "WeChat chat history export\nChat: 佐藤健二 Kenji Sato (Hoshino) & 黄伟 Huang Wei (Oriental)\n"
       "------------------------------------------------------------\n"
       "2024-06-05 09:12  Kenji Sato: Mr. Huang, PO HT-24-0540 is sent. 8 PP samples of Kitsune 20cm "
       "deluxe. Bulk 1,992 pcs is not released. I send written release after PP sample sign-off and ST "
       "test pass\n"
       "2024-06-05 09:30  Huang Wei: 收到 well received 🙏\n"
       "2024-06-21 16:02  Huang Wei: [Image]\n"
       "2024-06-21 16:03  Huang Wei: Mr. Sato, PP sample ready. 样品OK就直接大货吗? Sample OK then "
       "direct bulk?\n"
       "2024-06-21 18:45  Kenji Sato: Yes, it is OK. When I sign the sample card you can go straight to "
       "bulk. No need to wait my letter\n"
       "2024-06-21 18:46  Huang Wei: 好的 OK thank you Mr. Sato\n")])

# r35 [RG007]: packaging quote says mass production starts automatically after PP sample approval
case("r35_eb_quote_auto_start", ["RG007"],
     "supplier quote: mass production starts automatically 3 days after PP sample approval, no further confirmation",
     [("Everbright_Quotation_EB-Q-24-215.pdf", pdf([
         ("h1", "QUOTATION  EB-Q-24-215"),
         ("p", f"{EB}, Chang'an Town, Dongguan, Guangdong | Tel +86 769 8555 0160"),
         ("p", f"To: {LHG}, Attn. Oliver Pennock | Date: 12 June 2024 | Valid 30 days | FOB Shenzhen"),
         ("table", [["Item", "Spec", "Qty", "Unit price USD"],
                    ["Jigsaw box lid + base, 1000 pcs size", "1200g greyboard wrapped, 4C + matt lam",
                     "PP sample 5 sets", "18.00 / set"],
                    ["Same", "same", "3,000 sets", "0.86"],
                    ["Same", "same", "5,000 sets", "0.74"]]),
         ("sp",),
         ("p", "Lead time: PP sample 7 working days after artwork. Mass production starts automatically 3 "
               "working days after PP sample approval; no further confirmation is needed from customer. "
               "Mass production lead time 18 days."),
         ("p", "Payment: 30% T/T deposit, 70% before shipment. Cartons 50 sets/ctn, export standard."),
         ("p", "Ada He, Sales Manager"),
     ], title="EB-Q-24-215", author="Everbright sales"))])

# r36 [RG007 RG009]: Japanese buyer: 'approval' for PO, sample and mass production; sample approval = production
case("r36_ht_approval_means_production", ["RG007", "RG009"],
     "buyer first requires written release, then says PP sample approval is also mass-production approval; 'approval' also used for the PO",
     [("HT-24-0551_PP_sample_schedule.eml", eml_bytes(mail(
         "Yuki Mori <y.mori@hoshino-toys.co.jp>", "Huang Wei <huangwei@orientalfigure.cn>",
         "HT-24-0551 Tanuki deluxe - PP sample schedule", "Tue, 25 Jun 2024 10:30:00 +0900",
         "Dear Mr. Huang,\n\nThank you for your cooperation always.\n\n"
         "1. PO HT-24-0551 is approved by our management on 24 June (commercial approval only). It covers PP sample 6 pcs and mass "
         "production 2,994 pcs.\n"
         "2. Mass production 2,994 pcs is not released now. Release will be by written production release "
         "from Mr. Kenji Sato after PP sample approval.\n"
         "3. PP sample: please send 6 pcs by 12 July for our QA check and the ST 2016 test.\n"
         "4. Anyway, in practice the approval of PP sample is also approval of mass production, so please "
         "prepare the line to start just after our PP sample approval.\n\n"
         "Best regards,\nYuki Mori\nQA / Packaging, Hoshino Toys Co., Ltd.\n",
         html="<p>Dear Mr. Huang,</p><p>Thank you for your cooperation always.</p><ol>"
              "<li>PO HT-24-0551 is approved by our management on 24 June (commercial approval only). It covers PP sample 6 pcs and mass "
              "production 2,994 pcs.</li><li>Mass production 2,994 pcs is not released now. Release will be "
              "by written production release from Mr. Kenji Sato after PP sample approval.</li>"
              "<li>PP sample: please send 6 pcs by 12 July for our QA check and the ST 2016 test.</li>"
              "<li>Anyway, in practice the approval of PP sample is also approval of mass production, so "
              "please prepare the line to start just after our PP sample approval.</li></ol>"
              "<p>Best regards,<br>Yuki Mori</p>",
         cc="Kenji Sato <k.sato@hoshino-toys.co.jp>")))])

# r37 [RG008]: DOCX buyer supply-plan letter calls the forecast a firm commitment
case("r37_hst_forecast_commitment", ["RG008"],
     "retailer letter states the AW24 forecast of 24,000 units is its firm commitment to the supplier",
     [("HST_AW24_supply_plan_Softjoy.docx", docx_bytes([
         ("h1", "AW24 Supply Plan - Soft Toys"),
         ("p", "Harbour Street Toys plc, Buying Office, 1 Canal Walk, Manchester M1 3LU"),
         ("p", f"To: {SJ}, Attn. Amy Liu | From: Priya Nair, Buyer - Soft Toys | 14 June 2024"),
         ("p", "Dear Amy, thank you for a strong SS24 season. Below is our AW24 forecast for the three "
               "heritage bears."),
         ("table", [["Article", "Description", "AW24 forecast (units)"],
                    ["2209114", "Plush bear 'Barnaby' 30cm", "10,000"],
                    ["2209117", "Plush bear 'Bertie' 40cm", "8,000"],
                    ["2209118", "Plush bear 'Bonnie' 20cm", "6,000"],
                    ["", "Total", "24,000"]]),
         ("sp",),
         ("p", "Please take this AW24 forecast of 24,000 units as our firm commitment to Softjoy for the "
               "season, and plan your sewing capacity accordingly."),
         ("p", "Purchase orders per delivery window will follow from the replenishment team."),
         ("p", "Kind regards, Priya Nair"),
     ], author="Priya Nair"))])

# r38 [RG008]: supplier order confirmation turns the buyer's forecast into a confirmed order
case("r38_jw_oc_from_forecast", ["RG008"],
     "supplier order confirmation lists 12,000 sets as a confirmed order 'as per your forecast'",
     [("JWE_Order_Confirmation_OC-24-077.pdf", pdf([
         ("h1", "ORDER CONFIRMATION  OC-24-077"),
         ("p", f"{JW}, Jaipur | To: {TG}, Portland | Date: 18 June 2024"),
         ("p", "Reference: your 2024-25 volume forecast e-mailed by Mr. Marcus Bell on 1 May 2024"),
         ("table", [["Item", "Description", "Confirmed order qty", "Unit USD", "Schedule"],
                    ["TG-MR-048", "Cascade 48 marble run", "8,000 sets", "5.85", "4 lots Sep-Dec"],
                    ["TG-MR-064", "Cascade 64 deluxe", "4,000 sets", "7.40", "2 lots Oct-Nov"],
                    ["", "Total", "12,000 sets", "", ""]]),
         ("sp",),
         ("p", "We are pleased to confirm the above quantities as your firm order, as per your forecast. "
               "Kindly countersign and return this confirmation within 7 days."),
         ("p", "Rohit Sharma, Export Manager"),
     ], title="OC-24-077", author="Jaipur Woodcraft Exports"))])

# ---------------------------------------------------------------- batch 5
# r39 [RG008]: blanket PO calls forecast months 'committed order quantities'
case("r39_kk_blanket_committed_forecast", ["RG008"],
     "blanket PO labels Aug-Oct forecast months as committed order quantities; release mechanics otherwise complete",
     [("KK-B-2024-02_blanket.txt",
       "KANGA KIDS PTY LTD              BLANKET PURCHASE ORDER               KK-B-2024-02\n"
       "LEVEL 3, 88 GERTRUDE ST, FITZROY VIC 3065                  ISSUED 24/06/2024\n"
       "SUPPLIER : BINH DUONG KIDS VEHICLE CO., LTD   (V0188)\n"
       "ITEM     : KK-RIDE-UTE12  12V RIDE-ON UTE 'BILLABONG'  - AS/NZS ISO 8124 COMPLIANT\n"
       "-------------------------------------------------------------------------------\n"
       "MONTH    QTY     TYPE       STATUS\n"
       "JUL-24   1,000   FIRM       RELEASED FOR PRODUCTION\n"
       "AUG-24   1,000   FORECAST   COMMITTED ORDER\n"
       "SEP-24   1,000   FORECAST   COMMITTED ORDER\n"
       "OCT-24   1,000   FORECAST   COMMITTED ORDER\n"
       "-------------------------------------------------------------------------------\n"
       "NOTES:\n"
       " 1. AUG-OCT FORECAST QUANTITIES ARE OUR COMMITTED ORDER QUANTITIES FOR THE SEASON.\n"
       " 2. AUG-OCT ARE NOT RELEASED FOR PRODUCTION. EACH MONTH IS RELEASED BY A CALL-OFF\n"
       "    SIGNED BY JACK HOLLIS (HEAD OF PRODUCT) AFTER LOT ACCEPTANCE OF THE PREVIOUS MONTH.\n"
       " 3. MATERIAL: JUL-24 QUANTITY ONLY.\n"
       " 4. FOB HO CHI MINH CITY. PAYMENT 30 DAYS AFTER B/L.\n"
       "CONTACT: BREE NOLAN, SOURCING COORDINATOR  +61 3 9555 0142\n")])

# r40 [RG008]: WhatsApp, supplier turns a planning forecast into a firm order
case("r40_mc_whatsapp_10k_firm", ["RG008"],
     "buyer gives ~10k as a planning forecast; supplier replies it takes 10k as firm order for 2025",
     [("WhatsApp_Chat_Oliver_Pennock_-_Dewi.txt",
       "[19/06/2024, 10:02:33] Oliver Pennock: Morning Dewi! Quick one - our forecast for next year on "
       "Clifton Bridge is around 10k, just for your planning\n"
       "[19/06/2024, 10:03:10] Oliver Pennock: Samples are still with our product team, I'll update you "
       "next week\n"
       "[19/06/2024, 11:47:21] Dewi Kartika: Selamat pagi Oliver, thank you for the info 🙏\n"
       "[19/06/2024, 11:48:02] Dewi Kartika: We take the 10k as firm order for 2025 and book the line for "
       "Jan-Mar 👍\n"
       "[19/06/2024, 11:48:40] Dewi Kartika: Will send you the schedule\n"
       "[19/06/2024, 12:30:15] Oliver Pennock: Great, speak soon\n")])

# r41 [RG009]: portal status uses RELEASED for QA sample, finance PO and production
case("r41_ppl_portal_release_status", ["RG009"],
     "portal status uses 'released' for the QA sample result, the finance PO and production; scope otherwise complete",
     [("PP_supplier_portal_PP-12044.html", html_page("Puddle & Pip supplier portal - PP-12044", """
<h2>Puddle &amp; Pip Ltd - Supplier Portal</h2>
<p>Supplier: SJ001 Dongguan Softjoy Plush Products Co., Ltd. &middot; PO <b>PP-12044</b> &middot;
Item PP-HED-22 Hazel Hedgehog plush 22cm &middot; refreshed 26/06/2024</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Quantity on PO</td><td>PP samples 12 + production 3,988</td></tr>
<tr><td>Sample</td><td>RELEASED (QA - M. Lin, 24/06)</td></tr>
<tr><td>PO</td><td>RELEASED (Finance, 25/06)</td></tr>
<tr><td>Production</td><td>NOT RELEASED</td></tr>
<tr><td>Active quantity</td><td>12 PP samples</td></tr>
<tr><td>Balance 3,988</td><td>on hold - do not cut or sew</td></tr>
<tr><td>Next step</td><td>written production release by Harriet Cole (Buying Manager) after EN 71-1/-2/-3 report pass on the PP samples</td></tr>
</table>
<p>Carton: 24 pcs/ctn &middot; Label: UKCA + CE &middot; Delivery: FOB Yantian</p>
"""))])

# r42 [RG009]: Japanese approval sheet: 'approved' for design, PO and production lot
case("r42_ht_approval_sheet", ["RG009"],
     "approval sheet uses 'approved' for design sign-off, commercial PO and production lot 1; lot 1 scoped, rest held with event and person",
     [("HT-24-0560_approval_sheet.docx", docx_bytes([
         ("h1", "承認書 APPROVAL SHEET  HT-24-0560"),
         ("p", f"{HT} -> {SO} | Item: HT-FIG-ONI 15cm PVC figure | Date: 2024/06/27"),
         ("table", [["No.", "Approval item", "Result", "By"],
                    ["1", "Design approval (PP sample, colour, paint)", "Approved", "Y. Mori (QA)"],
                    ["2", "Commercial approval (PO HT-24-0560, price USD 1.92)", "Approved", "Management"],
                    ["3", "Mass production approval", "Approved for lot 1 of 1,000 pcs only", "K. Sato"]]),
         ("sp",),
         ("p", "PO HT-24-0560 total: 3,000 pcs. Lot 1 (1,000 pcs) may start now, ex-works 9 August."),
         ("p", "Lots 2-3 (2,000 pcs) are not released. They will be released only by a written release from "
               "Kenji Sato, Purchasing Manager, after lot acceptance of lot 1 at our Osaka warehouse."),
         ("p", "Material: for lot 1 (1,000 pcs) only."),
     ], author="Yuki Mori"))])

# r44 [RG011]: multi-file: PO for 24 EP samples, buyer email speaks of 36
case("r44_bt_po_24_mail_36", ["RG011"],
     "PO releases 24 EP samples (complete scope) but the buyer's covering email asks for the 36 EP samples on the same PO",
     [("PO_BT-240720.pdf", pdf([
         ("h1", "PURCHASE ORDER  BT-PO-240720"),
         ("p", f"{BT} | Vendor: {HX} (40213) | PO date: 01 Jul 2024 | Buyer: Megan Ortiz"),
         ("table", [["Line", "SKU", "Description", "Scope", "Qty"],
                    ["1", "BF-4FIG-PTERO-05", "4in figure 'Ptero Patrol', 3 deco variants", "EP sample",
                     "24 pcs"]]),
         ("sp",),
         ("p", "Scope: this PO covers the 24 EP samples only. The production quantity (forecast 4,800 pcs) "
               "is not released; do not start production or buy production material."),
         ("p", "Production release: a written production release signed by Dana Whitfield, Director of "
               "Sourcing, after EP sample sign-off."),
     ], pagesize=LETTER, title="BT-PO-240720", author="Brightfield Toys purchasing")),
      ("PO_BT-240720_cover_mail.eml", eml_bytes(mail(
          "Megan Ortiz <megan.ortiz@brightfieldtoys.com>", "Lily Chen <lily@hxplastictoys.cn>",
          "PO BT-PO-240720 Ptero Patrol EP samples", "Mon, 01 Jul 2024 08:20:00 -0500",
          "Hi Lily,\n\nPO BT-PO-240720 is attached. Please make the 36 EP samples on this PO - 12 of each "
          "deco variant - and ship them by 19 July so we can take them to the buyer meeting in Bentonville.\n\n"
          "Production stays on hold as written on the PO.\n\nThanks!\nMegan"
          + sig("Megan Ortiz", "Product Developer", BT, "+1 612 555 0142"))))])

# r45 [RG011]: PDF PO line says 12, note says six
case("r45_lhg_po_12_vs_six", ["RG011"],
     "PO line quantity 12 sample boxes but the scope note releases six (6); otherwise complete",
     [("LHG-PO-0915.pdf", pdf([
         ("h1", "SAMPLE PURCHASE ORDER  LHG-PO-0915"),
         ("p", f"{LHG}, Bristol | Supplier: {MC}, Semarang | Date: 28 June 2024"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price"],
                    ["1", "LHG-1000-SS", "1000-piece jigsaw 'Suspension Sunset', pre-production sample",
                     "12 boxes", "GBP 10.00"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO releases six (6) pre-production sample boxes only. The production quantity "
               "(forecast 3,000 boxes) is not released - do not print or cut board for production."),
         ("p", "Production will be released only by a written production release from Oliver Pennock, Head "
               "of Buying, after sample sign-off and a passing EN 71-3 report."),
         ("p", "Ship by courier to Bristol; include the piece count sheet."),
     ], title="LHG-PO-0915", author="Little Harbour Games"))])

# r47 [RG011]: release email says 2,000, attached release letter says 2,500
_r47_letter = pdf([
    ("h1", "Production Release KK-PR-019"),
    ("p", f"{KK} -> {BD} | Date: 28 June 2024 | PO KK-30600 | Item KK-RIDE-JEEP12 12V jeep 'Outback'"),
    ("table", [["", "Units"],
               ["Season forecast (not firm)", "5,000"],
               ["Released by this letter", "2,500"],
               ["Not released", "2,500"]]),
    ("p", "The units not released will be released only by a further written release from Jack Hollis, "
          "Head of Product, after lot acceptance of this lot at our Dandenong DC."),
    ("p", "Material: for the released quantity only."),
])
case("r47_kk_release_2000_vs_2500", ["RG011"],
     "release email releases 2,000 (3,000 held) while the attached release letter for the same PO releases 2,500 (2,500 held)",
     [("KK-PR-019_release.eml", eml_bytes(mail(
         "Jack Hollis <jack.hollis@kangakids.com.au>", "Nguyen Thi Lan <lan.nguyen@bdkidsvehicle.vn>",
         "Production release KK-PR-019 - Outback jeep", "Fri, 28 Jun 2024 16:30:00 +1000",
         "Hi Lan,\n\nGreat news - the EP samples passed and we've signed them off. Release KK-PR-019 is "
         "attached.\n\nThis releases 2,000 units of the Outback jeep (PO KK-30600) for production, ex-factory "
         "end of August. The remaining 3,000 of the season forecast stay on hold until my next written "
         "release, which comes after we accept this lot at Dandenong.\n\nCheers,\nJack"
         + sig("Jack Hollis", "Head of Product", KK, "+61 3 9555 0100"),
         attachments=[("KK-PR-019.pdf", _r47_letter, PDF_MT)])))])

# r48 [RG011]: WhatsApp: PO covers 48 PP samples, later 'ship all 60 PP samples on PO'
case("r48_ppl_whatsapp_48_vs_60", ["RG011"],
     "buyer states PO covers 48 PP samples, later asks to ship all 60 PP samples on the same PO",
     [("WhatsApp_Chat_Harriet_Cole_-_Amy.txt",
       "[10/06/2024, 09:01:12] Harriet Cole: Morning Amy - PO PP-12033 is through. It covers 48 PP "
       "samples of the keyring range (16 each of otter, owl, fox)\n"
       "[10/06/2024, 09:01:58] Harriet Cole: Production isn't released. I'll send a written release "
       "once they pass EN71 at Intertek\n"
       "[10/06/2024, 09:20:40] Amy Liu: Good morning Harriet, well received 😊\n"
       "[24/06/2024, 15:12:09] Amy Liu: Harriet the keyring samples finish tomorrow\n"
       "[24/06/2024, 15:30:27] Harriet Cole: Brilliant! Please ship all 60 PP samples on PO PP-12033 to "
       "Leeds by Friday - the Toy Fair preview is Monday\n"
       "[24/06/2024, 15:31:02] Amy Liu: OK 👍\n")])

# r49 [RG005 RG011]: DOCX interim disposition: 300 in table, 250 in text, no named releaser
case("r49_kk_interim_300_vs_250", ["RG005", "RG011"],
     "interim disposition gives 300 units in the table and 250 in the text; balance held to corrected-sample sign-off but 'our product team' releases",
     [("Interim_disposition_ID-KK-009.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ID-KK-009"),
         ("p", f"{KK} - Product Quality | Supplier: {BD}"),
         ("table", [["Field", "Entry"],
                    ["PO", "KK-30575 (PP samples 4 units + production 1,500 units)"],
                    ["Item", "KK-SCOOT-3W three-wheel scooter 'Zippy'"],
                    ["Finding", "LED wheel flicker at low speed"],
                    ["Disposition", "INTERIM"],
                    ["Quantity limit", "300 units"],
                    ["Date limit", "ex-factory on or before 15 August 2024"]]),
         ("sp",),
         ("p", "The interim quantity is limited to 250 units with the current LED wheels, for the Kmart "
               "online launch."),
         ("p", "The rest of the 1,500 units is not released. It will be released by our product team after "
               "sign-off of corrected PP samples with the new LED driver."),
         ("p", "Prepared by: Mia Tran, Product Quality Engineer | 1 July 2024"),
     ], author="Mia Tran"))])

# r50 [RG011]: multi-file: call-off 1.200 (European format), supplier ack confirms 1,800
case("r50_jl_calloff_ack_mismatch", ["RG011"],
     "call-off releases 1.200 pcs (European format = 1,200); supplier acknowledgement confirms 1,800 for the same call-off",
     [("JL_appel_livraison_CL-03.txt",
       "JOUETS LUMIERE SAS            APPEL DE LIVRAISON / CALL-OFF          N° CL-03\n"
       "CONTRAT-CADRE / FRAME CONTRACT : JL-FC-2024-11        DATE : 01/07/2024\n"
       "FOURNISSEUR / SUPPLIER : DONGGUAN SOFTJOY PLUSH PRODUCTS CO., LTD\n"
       "ARTICLE : JL-PEL-POM30  PELUCHE LAPIN 'POMPON' 30 CM\n"
       "-----------------------------------------------------------------------------\n"
       "QUANTITE APPELEE / CALLED-OFF QTY ..............  1.200 PCS  EXW 20/08/2024\n"
       "QTE CONTRAT NON APPELEE / NOT RELEASED .........  4.800 PCS  - NE PAS LANCER / DO NOT START\n"
       "MATIERE / MATERIAL ..............................  POUR 1.200 PCS UNIQUEMENT / FOR 1.200 PCS ONLY\n"
       "PROCHAIN APPEL / NEXT CALL-OFF : CL-04, SIGNE PAR CHLOE MARCHAND (RESP. ACHATS),\n"
       "  APRES RECEPTION ET ACCEPTATION DU LOT CL-03 / AFTER LOT ACCEPTANCE OF CL-03\n"
       "-----------------------------------------------------------------------------\n"
       "EN 71-1/-2/-3 - ETIQUETAGE CE - CARTONS 20 PCS\n"),
      ("RE_CL-03_confirmation.eml", eml_bytes(mail(
          "Amy Liu <amy@softjoyplush.com>", "Chloé Marchand <chloe.marchand@jouets-lumiere.fr>",
          "RE: Appel de livraison CL-03 Pompon", "Tue, 02 Jul 2024 09:45:00 +0800",
          "Dear Chloé,\n\nThank you. We confirm your call-off CL-03 for 1,800 pcs Pompon rabbit 30cm, EXW "
          "20 August. Cutting will start on Monday.\n\nBest regards,\nAmy Liu\nSales Manager, Dongguan "
          "Softjoy Plush Products Co., Ltd.\n")))])

# r51 [RG004 RG011]: HTML portal: lines say 500 released, release notice says 5,000
case("r51_bt_portal_500_vs_5000", ["RG004", "RG011"],
     "portal line shows 500 released while the release notice box says 5,000 released; balance on hold 'until further notice' (no event)",
     [("BT_vendor_portal_release_R-2407.html", html_page("Brightfield vendor portal - release R-2407", """
<h2>Brightfield Toys - Vendor Portal</h2>
<p>Vendor: Shantou Chenghai Huaxing Plastic Toys Co., Ltd. (40213)</p>
<h3>Order BT-PO-240733 - 'Trike Rex' 8in vinyl figure</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>PP samples</td><td>10</td><td>shipped 14 Jun</td></tr>
<tr><td>2</td><td>Production lot 1</td><td>500</td><td>released (R-2407)</td></tr>
<tr><td>3</td><td>Production balance</td><td>5,490</td><td>on hold until further notice</td></tr>
</table>
<div class="note">
<p><b>Release notice R-2407</b> (02 Jul 2024): 5,000 pcs of BF-8FIG-TRIKE are released for production,
ex-works 30 Aug 2024. Signed: Dana Whitfield, Director of Sourcing.</p>
</div>
<p>Release authority for the balance: Dana Whitfield. Material authority: released quantity only.</p>
"""))])

# r52 [RG012]: supplier starts mass production because the deposit arrived
_r52_buyer = (
    "Dear Ada,\n\nPO LHG-PO-0920 covers 10 printed box samples for the 1000-piece range. The 5,000 "
    "production boxes are not released - production will be released only by my written release after "
    "sample sign-off.\nWe'll pay the 30% deposit invoice now so that you can reserve press time.\n\n"
    "Oliver Pennock, Head of Buying")
case("r52_eb_deposit_started", ["RG012"],
     "supplier starts mass production of 5,000 boxes because the deposit arrived, though the buyer held production to a written release",
     [("RE_LHG-PO-0920_box_samples.eml", eml_bytes(mail(
         "Ada He <ada@everbrightpack.cn>", "Oliver Pennock <oliver@littleharbourgames.co.uk>",
         "RE: LHG-PO-0920 box samples / deposit", "Thu, 04 Jul 2024 14:20:00 +0800",
         "Dear Oliver,\n\nGood day. We received your 30% deposit this morning, thank you. So we have started "
         "mass production of the 5,000 puzzle boxes to keep your schedule; the printing is planned for "
         "Saturday.\n\nThe 10 box samples will ship with DHL tomorrow.\n\nBest regards,\nAda He\nSales "
         "Manager | Dongguan Everbright Packaging Co., Ltd.\n\n"
         "> On 28 Jun 2024, Oliver Pennock wrote:\n" + quote_lines(_r52_buyer) + "\n")))])

# r53 [RG012]: WeChat, supplier reads PO acceptance as production authority
case("r53_hx_wechat_po_accepted", ["RG012"],
     "buyer scope: 16 EP samples, 4,984 held to written release by Chloé Marchand after sign-off; factory says PO accepted in ERP so mass production is scheduled",
     [("WeChat_export_Julien_Zheng.txt",
       "WeChat chat history export\nChat: Julien Roux (Jouets Lumière) & 郑浩 Zheng Hao (Huaxing)\n"
       "------------------------------------------------------------\n"
       "2024-06-26 10:15  Julien Roux: Bonjour Mr Zheng, PO JL-2024-0790 is in your mailbox: 16 EP "
       "samples of the griffon figure 'Grifou'\n"
       "2024-06-26 10:16  Julien Roux: Production 4,984 pcs is not released. Chloé Marchand will send the "
       "written release after EP sample sign-off\n"
       "2024-06-26 16:40  Zheng Hao 郑浩: Julien hello. PO already accepted in our ERP, so mass production "
       "is scheduled from 1 July, we start injection then. EP sample also same week\n"
       "2024-06-26 16:41  Zheng Hao 郑浩: [Image]\n"
       "2024-06-26 16:41  Zheng Hao 郑浩: this is the production plan\n")])

# r54 [RG012]: supplier PI: production starts on receipt of deposit
_r54_pi = pdf([
    ("h1", "PROFORMA INVOICE  PI-MC-24-0712"),
    ("p", f"{MC}, Semarang | Buyer: {TG}, Portland | Date: 05 July 2024 | Ref. PO TP-7768"),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "1000-piece jigsaw 'Lighthouse Row II', pre-production samples", "8 boxes", "12.00",
                "96.00"],
               ["2", "1000-piece jigsaw 'Lighthouse Row II', mass production", "5,000 boxes", "3.05",
                "15,250.00"],
               ["", "30% deposit due now", "", "", "4,603.80"]]),
    ("p", "Terms: mass production commences upon receipt of the 30% deposit. Balance 70% before shipment."),
    ("p", "Bank: Bank Mandiri, Semarang branch, SWIFT BMRIIDJA."),
])
_r54_buyer = (
    "Hi Dewi,\n\nPO TP-7768 is for 8 pre-production samples of Lighthouse Row II. The 5,000 production "
    "boxes are not released - only a written release from me, Marcus Bell (VP Operations), after we sign "
    "off the samples releases them.\n\nMarcus")
case("r54_mc_pi_deposit_starts", ["RG012"],
     "supplier's PI and reply say mass production of 5,000 starts when the deposit arrives; buyer's quoted scope held it to a written release",
     [("RE_TP-7768_proforma.eml", eml_bytes(mail(
         "Dewi Kartika <dewi@mainanceria.co.id>", "Marcus Bell <marcus.bell@tallpinegames.com>",
         "RE: TP-7768 Lighthouse Row II - proforma invoice", "Fri, 05 Jul 2024 13:00:00 +0700",
         "Dear Marcus,\n\nPlease find attached our proforma invoice PI-MC-24-0712. Production of the 5,000 "
         "boxes will start as soon as we receive the 30% deposit, so please arrange at your earliest "
         "convenience.\n\nSamples ship on Tuesday.\n\nSalam hangat,\nDewi Kartika\nSales & Marketing, PT "
         "Mainan Ceria Indonesia\n\n"
         "On Tue, 2 Jul 2024, Marcus Bell wrote:\n" + quote_lines(_r54_buyer) + "\n",
         attachments=[("PI-MC-24-0712.pdf", _r54_pi, PDF_MT)])))])


# ======================================================================= MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"h139_{i:02d}_{stem}"
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
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean) -> {OUT}")


if __name__ == "__main__":
    main()
