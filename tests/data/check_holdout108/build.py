#!/usr/bin/env python3
"""Generator for the releasegate check_holdout108 corpus (eyewear trade).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout108/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled with a fixed seed).

Case names inside this file: cNN_* are clean (expect []), pNN_* carry risks. The folder
names written to cases/ are neutral: h108_NN_<first-file-stem>.
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
SEED = 108108


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# pdf(), docx_bytes(), html_page(), mail(), eml_bytes() and sig() are copied from
# check_holdout3/build.py (message ids and MIME boundaries re-labelled h108).
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
    m["Message-ID"] = msgid or f"<h108-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h108")
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


# ------------------------------------------------------------- own helpers
def sig_short(name, title, company, phone, extra=""):
    """A plainer signature without the legal disclaimer (factories, small brands)."""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


def quote(text, depth=1):
    """Prefix every line with '> ' (depth times) as a mail client does in a reply."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n")) + "\n"


def html_from_text(text):
    """Minimal HTML alternative of a plain-text mail body (quoted lines become blockquotes)."""
    out, inq = [], False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:6px">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        body = ln.lstrip("> ") if q else ln
        out.append(escape(body) + "<br>")
    if inq:
        out.append("</blockquote>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(out) + "\n</body></html>\n"


def html_table(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    head = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>" for r in rows[1:])
    return f"<table{c}>\n<tr>{head}</tr>\n{body}\n</table>"


def fw(cols, widths):
    """One fixed-width ERP line."""
    out = ""
    for c, w in zip(cols, widths):
        s = str(c)
        out += (s.rjust(-w) if w < 0 else s.ljust(w))[: abs(w)]
    return out.rstrip()


# ============================================================ CASES BEGIN
# ------------------------------------------------------------- people
MO_HUGO = "Hugo Lambert <hugo.lambert@maison-olivier.fr>"
MO_CLAIRE = "Claire Dubois <claire.dubois@maison-olivier.fr>"
XH_LILY = "Lily Chen <lily.chen@haicang-optical.cn>"
OA_SANDRINE = "Sandrine Morel <s.morel@optique-atlantique.fr>"
OA_JULIEN = "Julien Petit <j.petit@optique-atlantique.fr>"
WO_KEVIN = "Kevin Wu <kevin.wu@ouhai-glasses.com>"
WL_JASON = "Jason Huang <jason@lucheng-metalframes.com>"
VT_LUCA = "Luca Bianchi <luca.bianchi@occhialeriavento.it>"
VT_GIULIA = "Giulia Ferri <giulia.ferri@occhialeriavento.it>"
CD_MARCO = "Marco Dal Col <m.dalcol@occhialeriacadore.it>"
BL_TYLER = "Tyler Brooks <tbrooks@brightlineoptical.com>"
BL_MEGAN = "Megan O'Connor <moconnor@brightlineoptical.com>"
SI_RAFAEL = "Rafael Lima <rafael.lima@soldeipanema.com.br>"
SI_ANA = "Ana Souza <ana.souza@soldeipanema.com.br>"
KZ_YUKI = "Yuki Sato <y.sato@kazeya-eyewear.jp>"
SK_TANAKA = "Tanaka Hiroshi <tanaka@sabae-kogei.co.jp>"
CS_JORDAN = "Jordan Reyes <jordan@coastlineshades.com>"
CS_DANA = "Dana Whitfield <dana@coastlineshades.com>"
BS_AMY = "Amy Lin <amy.lin@bluesea-lens.com>"
SG_ROHIT = "Rohit Mehta <export@shreeganeshcases.in>"

MO_SIG_HUGO = sig("Hugo Lambert", "Acheteur / Buyer", "Maison Olivier Lunettes SAS, 14 rue de Turenne, 75003 Paris",
                  "+33 1 42 71 00 18")
XH_SIG_LILY = sig_short("Lily Chen", "Sales Manager", "Xiamen Haicang Optical Co., Ltd.",
                        "Tel +86 592 6051 388 / WeChat lilychen_xhoptical",
                        "No. 18 Xinyang Road, Haicang District, Xiamen, Fujian 361026")
BL_SIG_TYLER = sig("Tyler Brooks", "Senior Buyer, Frames", "Brightline Optical Inc., 220 W Kinzie St, Chicago IL 60654",
                   "+1 312 555 0147")
KZ_SIG_YUKI = sig_short("Yuki Sato", "Purchasing Manager", "Kazeya Eyewear K.K. / 風屋アイウェア",
                        "3-12-9 Minami-Aoyama, Minato-ku, Tokyo 107-0062  Tel +81 3 5771 0392")
SK_SIG_TANAKA = sig_short("Tanaka Hiroshi", "Overseas Sales", "Sabae Kogei Frame Works Co., Ltd.",
                          "4-2-11 Kawada, Sabae-shi, Fukui 916-0016  Tel +81 778 51 2204")


# =================================================================== CLEAN (batch 1)
case("c01_pdf_po_protos_identifiers", [],
     "prototype PO with model/colour/size table: 24 protos active, 1,176 balance not released, hinge test + fit "
     "sign-off then written release by Claire Dubois, sample-only material; OL-1200 / 10,000 cycles / ISO 12870 are identifiers",
     [("BDC_OL-24-0117.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER"),
         ("p", "Maison Olivier Lunettes SAS, 14 rue de Turenne, 75003 Paris. SIRET 812 345 678 00021. "
               "TVA FR61 812345678."),
         ("table", [["PO no.", "Date", "Supplier", "Incoterm", "Payment"],
                    ["OL-24-0117", "3 June 2024", "Xiamen Haicang Optical Co., Ltd. (vendor 30418)", "DAP Paris",
                     "30 days end of month"]]),
         ("h", "Lines"),
         ("table", [["Line", "Model", "Colour", "Size", "Scope", "Qty", "Unit EUR"],
                    ["1", "OL-1200 'Rivoli' acetate", "01 Noir", "49-21-145", "Prototype", "4", "38,00"],
                    ["2", "OL-1200 'Rivoli' acetate", "07 Écaille blonde", "49-21-145", "Prototype", "4", "38,00"],
                    ["3", "OL-1200 'Rivoli' acetate", "12 Cristal rose", "49-21-145", "Prototype", "4", "38,00"],
                    ["4", "OL-1200 'Rivoli' acetate", "01 Noir", "51-21-145", "Prototype", "4", "38,00"],
                    ["5", "OL-1200 'Rivoli' acetate", "07 Écaille blonde", "51-21-145", "Prototype", "4", "38,00"],
                    ["6", "OL-1200 'Rivoli' acetate", "12 Cristal rose", "51-21-145", "Prototype", "4", "38,00"],
                    ["", "", "", "", "Total", "24", "912,00"]]),
         ("h", "Scope of this order (please read before planning)"),
         ("p", "This purchase order covers twenty-four (24) prototype frames only, as listed above. The production "
               "quantity of 1,200 frames shown in your quotation XH-Q-0588 is not released: the balance of 1,176 "
               "frames stays on hold. Do not cut acetate, laminate or start any other work for it."),
         ("p", "Material authority: sample only. Buy material for the 24 prototypes and nothing more."),
         ("p", "The balance can only be released after (1) the prototypes pass the hinge test per ISO 12870:2016 "
               "and our fit sign-off, and (2) Claire Dubois, Head of Sourcing, signs a written production release "
               "naming the quantity. A sample sign-off on its own does not release anything."),
         ("h", "Technical"),
         ("p", "Hinge endurance: 10,000 open/close cycles per Maison Olivier spec MO-QS-07 rev 3. Demo lenses. "
               "Temple logo laser-engraved per artwork OL1200_logo_v4. Core wire 1.2 mm."),
         ("p", "Delivery: prototypes by DHL Express to the Paris studio by 28 June 2024."),
         ("sp",),
         ("p", "Hugo Lambert, Acheteur, for Maison Olivier Lunettes SAS"),
     ], title="BDC OL-24-0117", author="Maison Olivier"))])

case("c02_pdf_supplier_quote_tiers", [],
     "supplier quote alone with prototype / pre-production / production tiers and MOQ; no authorized quantity",
     [("Quotation_WZOH-Q24-1500.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Wenzhou Ouhai Glasses Factory, No. 77 Nanbaixiang Industrial Zone, Ouhai District, Wenzhou, Zhejiang"),
         ("table", [["Quotation no.", "Date", "Customer", "Valid until"],
                    ["WZOH-Q24-1500", "2024-05-20", "Optique Atlantique SAS, Nantes (Ms Sandrine Morel)", "2024-07-19"]]),
         ("p", "Item: round metal frame 'AT-Ronde', monel front, beta-titanium temples, acetate tips, "
               "size 48-20-145, colours gold / silver / gunmetal. Nose pads silicone, push-in."),
         ("table", [["Stage", "Quantity", "Unit price USD", "Lead time"],
                    ["Hand-made prototype", "12 pcs", "28.00", "15 days"],
                    ["Pre-production (PP) samples", "60 pcs", "14.50", "25 days"],
                    ["Production", "1,500 pcs", "7.90", "45 days from written production release"],
                    ["Production", "3,000 pcs", "7.30", "50 days from written production release"]]),
         ("p", "MOQ production: 300 pcs per colour. Plating: IP gold 0.2 micron, nickel-free per EN 1811."),
         ("p", "Payment: 30% deposit together with the production purchase order, 70% before shipment. "
               "Samples: 100% in advance."),
         ("p", "Prices FOB Shanghai, packing 1 pc/poly bag, 200 pcs/carton. Tooling (front die) USD 650, one-off."),
         ("sp",),
         ("p", "Kevin Wu, Export Sales. This quotation is an offer only."),
     ], title="Quotation WZOH-Q24-1500", author="Wenzhou Ouhai"))])

_c03_orig = (
    "Bonjour Lily,\n\n"
    "PO OL-24-0117 is attached. To be very clear on scope:\n"
    "- active now: 24 prototype frames of the OL-1200 Rivoli (3 colours x 2 sizes x 4)\n"
    "- the 1,176 balance of your 1,200 quote is NOT released and stays on hold\n"
    "- release of the balance: only by written production release from Claire Dubois, after hinge test "
    "and fit sign-off on the protos\n"
    "- material: for the 24 protos only\n\n"
    "Merci et bonne journée,\nHugo\n"
)
_c03_txt = (
    "Dear Hugo,\n\n"
    "The 24 protos finished polishing this morning, they go DHL tomorrow (AWB will follow). Hinge screws "
    "are the 1.4 mm self-locking as agreed.\n\n"
    "One planning question: the Mazzucchelli acetate slot for your production closes on 21 June. Do we "
    "have a green light for the 1,176, or do we wait for Ms Dubois' written release? We have NOT ordered "
    "any acetate for the balance and will not do so before we receive it in writing. If the slot is lost, "
    "next one is about 5 weeks later.\n\n"
    "Thank you,\nLily\n" + XH_SIG_LILY + "\n\n"
    "-----Original Message-----\nFrom: Hugo Lambert\nSent: Monday, June 3, 2024 10:12 AM\n"
    "Subject: PO OL-24-0117 - Rivoli protos\n\n" + quote(_c03_orig)
)
case("c03_eml_supplier_question_green_light", [],
     "supplier asks 'do we have a green light for the 1,176?' (question) and confirms no acetate bought; "
     "buyer scope quoted below is complete",
     [("RE_PO_OL-24-0117.eml", mail(XH_LILY, MO_HUGO, "RE: PO OL-24-0117 - Rivoli protos",
                                     "Tue, 11 Jun 2024 16:40:05 +0800", _c03_txt, html=html_from_text(_c03_txt),
                                     cc=MO_CLAIRE))])

_c04 = "\n".join([
    "BRIGHTLINE OPTICAL INC.                                   RUN DATE 2024-06-14 06:02",
    "SUPPLIER FORECAST REPORT  (FC-H2-2024)                    PAGE 1 OF 1",
    "VENDOR 10077  XIAMEN HAICANG OPTICAL CO LTD",
    "",
    "*** THIS IS A FORECAST, NOT A PURCHASE ORDER. IT DOES NOT AUTHORIZE PRODUCTION OR  ***",
    "*** MATERIAL PURCHASES. QUANTITIES ARE NON-BINDING PLANNING ESTIMATES. PURCHASE    ***",
    "*** ORDERS AND PRODUCTION RELEASES ARE ISSUED SEPARATELY.                          ***",
    "",
    fw(["SKU", "DESCRIPTION", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "TOTAL"],
       [12, 28, -6, -6, -6, -6, -6, -6, -8]),
    "-" * 84,
    fw(["BL4410-BK", "WABASH ACET 52 MATTE BLK", "0", "600", "600", "400", "300", "300", "2,200"],
       [12, 28, -6, -6, -6, -6, -6, -6, -8]),
    fw(["BL4410-OL", "WABASH ACET 52 CRYS OLIVE", "0", "400", "400", "300", "200", "200", "1,500"],
       [12, 28, -6, -6, -6, -6, -6, -6, -8]),
    fw(["BL4415-TT", "LOOP ACET 50 TORTOISE", "0", "0", "500", "500", "400", "400", "1,800"],
       [12, 28, -6, -6, -6, -6, -6, -6, -8]),
    fw(["BL5020-GD", "LASALLE METAL 53 GOLD", "300", "300", "300", "300", "200", "200", "1,600"],
       [12, 28, -6, -6, -6, -6, -6, -6, -8]),
    "-" * 84,
    fw(["", "TOTAL", "300", "1,300", "1,800", "1,500", "1,100", "1,100", "7,100"],
       [12, 28, -6, -6, -6, -6, -6, -6, -8]),
    "",
    "NOTES: STORE COUNT 140 (+6 OPENINGS Q4). FORECAST REFRESHED MONTHLY.",
    "QUESTIONS: T. BROOKS, SENIOR BUYER, X0147",
    "END OF REPORT",
    "",
])
case("c04_txt_labelled_forecast", [],
     "ERP forecast printout explicitly labelled non-binding, no production or material authority",
     [("FC-H2-2024_vendor10077.txt", _c04)])

case("c05_docx_techpack_fit_only", [],
     "tech pack review: proto 3 approved for fit check only, production not released; proto 4 of 6 pcs "
     "authorised now; release by Yuki Sato in writing after colour + hinge sign-off",
     [("TP_KZ-07_Hanabi_proto3_review.docx", docx_bytes([
         ("h1", "KZ-07 'Hanabi' — Tech pack / proto 3 review"),
         ("p", "Kazeya Eyewear K.K. (Tokyo) for Sabae Kogei Frame Works Co., Ltd. Reviewer: Kenji Watanabe "
               "(design). Date: 2024-06-18. Reference quote SKF-Q-880."),
         ("table", [["Point", "Spec", "Measured proto 3", "Result"],
                    ["Lens width / bridge", "48 / 22", "48.1 / 21.9", "OK"],
                    ["Temple length", "145", "145", "OK"],
                    ["Pantoscopic tilt", "8°", "6°", "adjust on proto 4"],
                    ["Hinge", "5-barrel, 1.4 mm screw", "as spec", "OK"],
                    ["Colour 05 Sumi", "lab dip LD-05-b", "slightly warm", "re-dip"]]),
         ("h", "Disposition"),
         ("p", "Proto 3 is approved for fit check only. Production is not released."),
         ("h", "Next step"),
         ("p", "Proto 4: six (6) pieces, two per size (46, 48, 50), in the final colours 03 Kaki / 05 Sumi / 08 Ame "
               "after re-dip. These 6 pieces are the only units authorised at this stage."),
         ("p", "The production quantity in quote SKF-Q-880 stays on hold; nothing beyond the 6 proto-4 pieces may be "
               "started and no production acetate may be bought. Production is released only by a written "
               "production release from Yuki Sato (Purchasing Manager), after Kenji Watanabe signs off colour and "
               "hinge on proto 4."),
     ], author="Kenji Watanabe"))])


# =================================================================== POSITIVE (batch 1)
_p01_po = pdf([
    ("h1", "PURCHASE ORDER OL-24-0142"),
    ("p", "Maison Olivier Lunettes SAS, 14 rue de Turenne, 75003 Paris"),
    ("table", [["Supplier", "Date", "Delivery", "Terms"],
               ["Xiamen Haicang Optical Co., Ltd.", "10 June 2024", "DHL to Paris studio before 12 July 2024",
                "see quotation XH-Q-0611"]]),
    ("table", [["Line", "Model", "Colour", "Lens", "Qty", "Unit EUR"],
               ["1", "OL-1310 'Rivoli Sun' acetate", "01 Noir", "cat. 3 G15", "8", "41,00"],
               ["2", "OL-1310 'Rivoli Sun' acetate", "07 Écaille blonde", "cat. 3 brown", "8", "41,00"],
               ["3", "OL-1310 'Rivoli Sun' acetate", "15 Vert bouteille", "cat. 3 G15", "8", "41,00"],
               ["", "", "", "Total", "24", "984,00"]]),
    ("p", "Prototypes for the Rivoli Sun capsule. Lenses per EN ISO 12312-1, engraving per artwork v2."),
    ("p", "Hugo Lambert, Acheteur"),
], title="PO OL-24-0142", author="Maison Olivier")
_p01_q = pdf([
    ("h1", "QUOTATION XH-Q-0611"),
    ("p", "Xiamen Haicang Optical Co., Ltd. To: Maison Olivier Lunettes, Mr Hugo Lambert. Date 2024-05-27."),
    ("table", [["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
               ["A", "OL-1310 Rivoli Sun prototypes, 3 colours", "24 pcs", "41.00", "3 weeks"],
               ["B", "OL-1310 Rivoli Sun production, 3 colours, incl. case + cloth", "1,200 pcs", "17.60",
                "50 days"]]),
    ("p", "Acetate Mazzucchelli. Lenses CR-39 cat. 3. Packing: 1 pc in microfibre pouch, 100 pcs/carton."),
    ("p", "Payment: samples 100% T/T in advance; production 30/70."),
], title="Quotation XH-Q-0611", author="Xiamen Haicang")
_p01_txt = (
    "Bonjour Lily,\n\n"
    "Please find attached our PO OL-24-0142 for the 24 prototypes of the Rivoli Sun capsule, together with "
    "your quotation XH-Q-0611.\n\n"
    "Delivery to the studio before 12 July please: we show the capsule to our wholesale clients at the "
    "pre-book in the Marais showroom on 22 July, so the timing is really tight.\n\n"
    "Merci beaucoup et à bientôt,\nHugo\n" + MO_SIG_HUGO
)
case("p01_eml_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 protos sent with the quote showing 1,200 production; nothing says the 1,200 is not "
     "released, no unlock event, no release person",
     [("PO_OL-24-0142.eml", mail(MO_HUGO, XH_LILY, "PO OL-24-0142 - Rivoli Sun protos", "Mon, 10 Jun 2024 11:05:31 +0200",
                                 _p01_txt, attachments=[("PO_OL-24-0142.pdf", _p01_po, PDF_MT),
                                                        ("XH-Q-0611.pdf", _p01_q, PDF_MT)]))])

_W = [4, 15, 38, -5, 5, -12, -11]
_p02 = "\n".join([
    "OPTIQUE ATLANTIQUE SAS                                   COMMANDE D'ACHAT / PURCHASE ORDER",
    "5 QUAI DE LA FOSSE 44000 NANTES            TEL 02 40 48 11 20",
    "",
    "NO COMMANDE : OA-2024-00871          DATE : 04/06/2024          PAGE : 1/1",
    "FOURNISSEUR : 40217 WENZHOU OUHAI GLASSES FACTORY",
    "ACHETEUR    : J. PETIT",
    "LIVRAISON   : ENTREPOT NANTES-CARQUEFOU, QUAI 4",
    "INCOTERM    : DAP          PAIEMENT : VIREMENT 100% A COMMANDE (ECHANTILLONS)",
    "",
    fw(["LN", "ARTICLE", "DESIGNATION", "QTE", "UNITE", "PU EUR", "MONTANT"], _W),
    "-" * 90,
    fw(["01", "OA-M-2208-GD", "PROTO MONTURE METAL RONDE OR 48-20", "6", "PCE", "28,00", "168,00"], _W),
    fw(["02", "OA-M-2208-SV", "PROTO MONTURE METAL RONDE ARGENT 48-20", "6", "PCE", "28,00", "168,00"], _W),
    "-" * 90,
    fw(["", "", "TOTAL HT", "12", "", "", "336,00"], _W),
    "",
    "NOTE : PROTOTYPES POUR TEST D'ESSAYAGE PANEL MAGASINS (8 MAGASINS PILOTES).",
    "       CHARNIERES FLEX, PLAQUETTES SILICONE. GRAVURE BRANCHE 'OA' + REF.",
    "       EXPEDITION DHL EXPRESS, FACTURE PROFORMA EN 2 EXEMPLAIRES.",
    "",
    "CONDITIONS GENERALES D'ACHAT : VOIR VERSO / CGA OA V2023-1",
    "",
])
case("p02_txt_erp_sample_po_bare", ["RG003", "RG004", "RG005"],
     "ERP prototype PO for 12 pcs, nothing about the balance, no unlock event, no release person",
     [("CDE_OA-2024-00871.txt", _p02)])

case("p03_docx_po_hold_until_further_notice", ["RG004"],
     "pre-series PO: 18 pcs active, saldo 1.782 on hold 'until further notice', only Giulia Ferri can lift it "
     "- a person but no unlock event",
     [("Ordine_VT-PO-24-0356.docx", docx_bytes([
         ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER n. VT-PO-24/0356"),
         ("p", "Occhialeria Vento S.r.l., Via Tortona 31, 20144 Milano. P.IVA 09876540961."),
         ("p", "Fornitore / Supplier: Occhialeria Cadore S.r.l., Zona Industriale 12, 32044 Pieve di Cadore (BL)."),
         ("p", "Data: 12/06/2024. Consegna pre-serie: franco Milano entro 19/07/2024."),
         ("table", [["Art.", "Colore", "Calibro", "Fase", "Q.tà", "Prezzo EUR"],
                    ["VT-2500 'Brera' sole", "001 Nero lucido", "50-20-140", "pre-serie", "6", "44,00"],
                    ["VT-2500 'Brera' sole", "102 Avana scuro", "50-20-140", "pre-serie", "6", "44,00"],
                    ["VT-2500 'Brera' sole", "210 Cristallo fumé", "50-20-140", "pre-serie", "6", "44,00"],
                    ["", "", "", "Totale", "18", "792,00"]]),
         ("h", "Note importanti / scope"),
         ("p", "With this order we release only the 18 pre-series pieces (6 per colour). The saldo of 1.782 pz "
               "(collection quantity 1.800 pz per your offerta 24/118) stays on hold until further notice: please do "
               "not start it and do not cut acetate for it. Materials: for the 18 pre-series pieces only."),
         ("p", "Only Giulia Ferri (Product Director) can lift the hold on the saldo."),
         ("p", "Lenti Barberini cat. 3, cerniere flex OBE, logo a caldo su asta interna. Test cerniera secondo "
               "ISO 12870. Imballo singolo con astuccio VT."),
         ("p", "Luca Bianchi — Ufficio Acquisti"),
     ], author="Luca Bianchi"))])

_p04_txt = (
    "Hi Lily,\n\n"
    "PO 4500088317 for the BL-4410 'Wabash' is in the portal as of this morning. Scope, so we're all on the "
    "same page:\n\n"
    "  * 40 pilot frames: 20 Matte Black, 20 Crystal Olive, size 52-19-145. These 40 are the only frames "
    "authorized right now. They go to 6 Chicago stores for a 3-week wear test.\n"
    "  * The balance of 2,360 frames in your quote XH-Q-0702 is NOT released. It stays on hold until the wear "
    "test is signed off and we issue PO revision 1 covering the production run. Please don't start any of it "
    "and don't buy acetate beyond the 40.\n"
    "  * Our merchandising team will let you know when that happens.\n\n"
    "Pilot frames needed at our DC (Bolingbrook) by July 19. Demo lenses are fine. Please send the "
    "ISO 12870 test report with the shipment.\n\n"
    "Thanks!\nTyler\n" + BL_SIG_TYLER
)
case("p04_eml_pilot_no_release_person", ["RG005"],
     "pilot PO: 40 active, 2,360 balance not released until wear-test sign-off + PO revision; only 'our "
     "merchandising team' - no named release person",
     [("PO_4500088317_pilot.eml", mail(BL_TYLER, XH_LILY, "PO 4500088317 - Wabash pilot (40 pcs)",
                                       "Thu, 13 Jun 2024 09:31:44 -0500", _p04_txt,
                                       html=html_from_text(_p04_txt)))])

_p05 = """[10/06/24, 08:47:12] Luca Bianchi (Vento): Buongiorno Marco! Colori finali confermati per la Brera sole: nero lucido, avana scuro, tartaruga miele, cristallo fumé
[10/06/24, 08:49:40] Marco Dal Col (Cadore): Buongiorno Luca 👍 e le lenti?
[10/06/24, 08:52:03] Luca Bianchi (Vento): Barberini cat. 3, grey / green / brown come da scheda tecnica rev. C
[10/06/24, 08:52:30] Luca Bianchi (Vento): per il cristallo fumé lente grey
[10/06/24, 09:10:55] Marco Dal Col (Cadore): ok. astucci li mandate voi o li prendiamo qui da Lecco?
[10/06/24, 09:12:18] Luca Bianchi (Vento): li mandiamo noi, arrivano settimana prossima
[10/06/24, 09:15:27] Luca Bianchi (Vento): So, officially: go ahead with the sample run in all four colours. The production lot is NOT released and stays on hold until Giulia Ferri signs the fit + hinge test report and sends you the written production release. Nothing else to start pls 🙏
[10/06/24, 09:16:02] Marco Dal Col (Cadore): Chiaro. Samples in all four colours, production on hold until Giulia's written release 👌
[10/06/24, 09:16:40] Marco Dal Col (Cadore): <Media omitted>
[10/06/24, 09:17:05] Marco Dal Col (Cadore): foto dell'acetato tartaruga miele, lotto nuovo
[10/06/24, 09:20:31] Luca Bianchi (Vento): bellissimo ❤️ grazie
"""
case("p05_whatsapp_sample_run_no_quantity", ["RG010"],
     "WhatsApp: 'go ahead with the sample run in all four colours' (sample-scoped) with hold, event and release "
     "person, but no sample quantity anywhere",
     [("WhatsApp Chat - Cadore x Vento.txt", _p05)])

_p06_orig = (
    "Tanaka-san,\n\n"
    "Thank you for your quotation SKF-Q-880. Please find our PO KZ-PO-2406 below.\n\n"
    "KZ-07 'Hanabi', titanium/acetate combination, size 48-22-145\n"
    "  First articles: 9 frames (3 each in 03 Kaki, 05 Sumi, 08 Ame)\n\n"
    "Only these 9 first articles are ordered now. The production quantity of 800 frames in your quotation "
    "is not released; it stays on hold until Kenji Watanabe signs off the first articles and I send you a "
    "written production release. Please buy material for the 9 first articles only.\n\n"
    "Best regards,\nYuki Sato\nPurchasing Manager, Kazeya Eyewear\n"
)
_p06_sup = (
    "Dear Sato-san,\n\n"
    "Please find attached the photographs of the lab dips for KZ-07 Hanabi (colours 03 Kaki, 05 Sumi, "
    "08 Ame), taken under D65 light. The Sumi is one half-tone darker than the previous dip, as Watanabe-san "
    "requested.\n\n"
    "We would be grateful for your comments.\n\n"
    "Best regards,\nTanaka\n"
)
_p06_txt = (
    "Tanaka-san,\n\n"
    "Thank you very much for the photos. The colours look beautiful, especially the Sumi — go ahead!\n\n"
    "Best regards,\nYuki\n" + KZ_SIG_YUKI + "\n"
    "On Wed, 19 Jun 2024 at 10:02, Tanaka Hiroshi <tanaka@sabae-kogei.co.jp> wrote:\n" + quote(_p06_sup) +
    ">\n> On Mon, 3 Jun 2024 at 14:20, Yuki Sato <y.sato@kazeya-eyewear.jp> wrote:\n" + quote(_p06_orig, 2)
)
case("p06_eml_thread_go_ahead_unscoped", ["RG002"],
     "buyer answers lab-dip photos with 'go ahead!' naming neither samples nor a quantity; the quoted PO gives "
     "full scope (9 active, 800 on hold, sign-off + written release by Yuki Sato)",
     [("RE_RE_KZ-07_lab_dips.eml", mail(KZ_YUKI, SK_TANAKA, "Re: Re: KZ-07 Hanabi lab dips",
                                         "Wed, 19 Jun 2024 17:48:09 +0900", _p06_txt))])

_p07_orig = (
    "Bonjour Lily,\n\n"
    "PO OL-24-0190 attached: 60 prototypes of the new optical line 'Marais' (OL-1450, 4 colours x 15).\n"
    "The production quantity of 3,000 frames from your quote is NOT released. Material authority is "
    "sample-only: please buy acetate for the 60 prototypes and nothing else. Claire Dubois will send the "
    "written production release after the fit session with our opticians on 15 July, if the protos pass.\n\n"
    "Merci,\nHugo\n"
)
_p07_txt = (
    "Dear Hugo,\n\n"
    "Good news: the 60 protos are in polishing now, we ship on 5 July with DHL.\n\n"
    "To protect the delivery for your September collection drop we have already ordered the Mazzucchelli "
    "acetate blocks for the full 3,000 frames (all 4 colours); the sheets arrived at our warehouse yesterday. "
    "So when Claire sends the release we can start cutting the same day, no waiting for material.\n\n"
    "Also attached the photo of the new engraved logo on the temple tip.\n\n"
    "Best regards,\nLily\n" + XH_SIG_LILY + "\n\n"
    "From: Hugo Lambert <hugo.lambert@maison-olivier.fr>\nDate: 2024-06-05 09:48\n"
    "Subject: PO OL-24-0190 Marais protos\n" + quote(_p07_orig)
)
case("p07_eml_supplier_bought_acetate_full", ["RG006"],
     "supplier reports acetate for the full 3,000 already bought while only 60 protos are released and material "
     "authority is sample-only",
     [("RE_PO_OL-24-0190_status.eml", mail(XH_LILY, MO_HUGO, "RE: PO OL-24-0190 Marais protos - status",
                                           "Fri, 21 Jun 2024 15:22:40 +0800", _p07_txt, cc=MO_CLAIRE))])

_p09_tab = html_table([
    ["Order", "Model", "Scope", "Released qty", "Produced", "Shipped", "Balance"],
    ["OA-2024-00902", "OA-M-3110 'Pilote' monel 56-15", "pre-series", "50", "50", "0", "1,450 awaiting customer release"],
])
_p09_mat = html_table([
    ["Material", "Purchased", "Covers", "Supplier", "Received"],
    ["Monel wire Ø2.2 mm", "180 kg", "1,500 frames", "Wenzhou Jinxin Metal", "2024-06-12"],
    ["OBE 5-barrel hinges", "3,000 pcs", "1,500 frames", "OBE (Germany) via agent", "2024-06-20"],
    ["Silicone nose pads", "3,000 pcs", "1,500 frames", "local", "2024-06-10"],
    ["Demo lenses 56 mm", "100 pcs", "50 frames", "local", "2024-06-05"],
])
_p09 = html_page("Order tracking - Optique Atlantique", f"""
<h2>Wenzhou Lucheng Precision Metal Frames — Customer order tracking</h2>
<p>Customer: <b>Optique Atlantique SAS</b> (Nantes) &nbsp;|&nbsp; Account manager: Jason Huang &nbsp;|&nbsp; Updated: 2024-06-24 18:00 CST</p>
<h3>Order status</h3>
{_p09_tab}
<h3>Material status</h3>
{_p09_mat}
<p class="note">Factory note: material for the full order has been purchased to secure the OBE hinge allocation
(OBE lead time is 10 weeks in summer). Pre-series 50 pcs passed internal hinge test (ISO 12870, 20,000 cycles) and
will ship with DHL on 2024-06-27.</p>
<p>Contact: jason@lucheng-metalframes.com · WeChat jasonhuang_wlm</p>
""")
case("p09_html_portal_material_full_order", ["RG006"],
     "supplier tracking page: 50 released, but wire, hinges and nose pads bought for 1,500 frames with no "
     "material authority",
     [("tracking_OA-2024-00902.html", _p09)])

_p10 = """WeChat chat history with Amy Lin 林艾米 (Bluesea Lens)
Exported 2024-07-03

2024-06-04 10:12  Jordan Reyes
Hi Amy! PO CS-1187 is in your inbox. 200 pairs polarized CR-39, base 6, smoke + brown, for the Drift samples ONLY. The 4,800 bulk pairs are NOT released. I'll send you a written release after our water-sport test sign-off in July. Please don't buy bulk film yet 🙏

2024-06-04 10:20  Amy Lin 林艾米
ok noted 👌 200 pairs sample, bulk wait your release

2024-06-04 10:21  Amy Lin 林艾米
coating mirror blue also for sample?

2024-06-04 10:25  Jordan Reyes
yes 100 smoke w/ blue mirror, 100 brown plain

2024-06-18 16:02  Amy Lin 林艾米
[Image]

2024-06-18 16:03  Amy Lin 林艾米
sample lens finish, ship tomorrow DHL to San Diego

2024-06-27 09:40  Amy Lin 林艾米
Jordan, polarizer film price up 8% from next month. So we already ordered film and blanks for 5000 pairs to lock the price, no worry, will use for your bulk 😊

2024-06-27 09:41  Amy Lin 林艾米
invoice for sample is attached in email

2024-06-27 11:15  Jordan Reyes
got the samples, they look good. talk next week
"""
case("p10_wechat_lens_blanks_locked", ["RG006"],
     "WeChat: 200 sample pairs released, bulk on hold pending Jordan's written release; supplier then orders film "
     "and blanks for 5,000 pairs to lock the price",
     [("wechat_Bluesea_AmyLin.txt", _p10)])

_p11_orig = (
    "Dear Rohit,\n\n"
    "Please find PO OL-24-0203 attached.\n\n"
    "Scope: 200 sample cases (hard case, cognac PU, hot-foil logo 'MAISON OLIVIER') for the boutique "
    "pre-launch only. The balance of 9,800 cases is not released; it is released only in writing by "
    "Claire Dubois after she signs off the 200 samples.\n"
    "The advance payment covers the 200 samples and the hot-foil die only. It does not release production.\n\n"
    "Best regards,\nHugo\n"
)
_p11_txt = (
    "Dear Sir,\n\n"
    "Greetings from Shree Ganesh Optical Cases!\n\n"
    "Thank you for the advance payment of EUR 1,450 received on 11.06.2024.\n\n"
    "As the advance is received, we have procured the full leather (Italian PU, cognac) and printed the inner "
    "boxes for the complete 10,000 cases, and cutting has started on line 2. This will help us to give you "
    "early delivery for your shops.\n\n"
    "Kindly confirm the hot-foil logo position: 12 mm from the hinge side or centred? Photo of both options "
    "attached.\n\n"
    "Thanks & Regards,\nRohit Mehta\nExport Manager\nShree Ganesh Optical Cases Pvt. Ltd.\n"
    "Gala 14, Bhiwandi Industrial Estate, Thane 421302, Maharashtra, India\nMob +91 98200 41736\n\n"
    "-----Original Message-----\nFrom: Hugo Lambert\nSent: 07 June 2024 14:02\nSubject: PO OL-24-0203 cases\n"
    + quote(_p11_orig)
)
case("p11_eml_advance_received_full_material", ["RG006", "RG012"],
     "case maker reads the advance payment as the go for 10,000 cases: full leather and boxes bought and cutting "
     "started, while 200 samples are released and the buyer wrote the advance does not release production",
     [("RE_PO_OL-24-0203.eml", mail(SG_ROHIT, MO_HUGO, "RE: PO OL-24-0203 cases - advance received",
                                    "Wed, 12 Jun 2024 12:30:00 +0530", _p11_txt))])

# =================================================================== batch 2
_W6 = [4, 14, 40, -7, 5, -9, -11]
_c06 = "\n".join([
    "OPTIQUE ATLANTIQUE SAS                                   COMMANDE D'ACHAT / PURCHASE ORDER",
    "5 QUAI DE LA FOSSE 44000 NANTES            TEL 02 40 48 11 20",
    "",
    "NO COMMANDE : OA-2024-00915          DATE : 17/06/2024          PAGE : 1/1",
    "FOURNISSEUR : 40388 SHREE GANESH OPTICAL CASES PVT LTD (BHIWANDI, IN)",
    "ACHETEUR    : S. MOREL",
    "LIVRAISON   : ENTREPOT NANTES-CARQUEFOU, QUAI 2   SEMAINE 35",
    "INCOTERM    : FCA NHAVA SHEVA     PAIEMENT : 60 JOURS DATE DE FACTURE",
    "",
    fw(["LN", "ARTICLE", "DESIGNATION", "QTE", "UNITE", "PU EUR", "MONTANT"], _W6),
    "-" * 90,
    fw(["01", "OA-ACC-0150", "CHIFFONNETTE MICROFIBRE 15X18 LOGO OA", "4 000", "PCE", "0,21", "840,00"], _W6),
    fw(["02", "OA-ACC-0162", "ETUI SOUPLE MICROFIBRE GRIS 17X9 LOGO", "2 000", "PCE", "0,48", "960,00"], _W6),
    "-" * 90,
    fw(["", "", "TOTAL HT", "6 000", "", "", "1 800,00"], _W6),
    "",
    "NOTE : COMMANDE FERME POUR LA QUANTITE TOTALE. PAS DE SOLDE, PAS D'ECHANTILLONS.",
    "       FIRM ORDER FOR THE FULL QUANTITY - NO BALANCE, NO SAMPLE STAGE.",
    "       PLEASE PROCEED WITH THE FULL 6,000 PCS (4,000 CLOTHS + 2,000 POUCHES).",
    "       ARTWORK PROOF SIGNED 28/05/2024 (FILE OA_LOGO_PANTONE_2955C).",
    "       OEKO-TEX STANDARD 100 CERTIFICATE TO BE SENT WITH THE SHIPMENT.",
    "       PACKING: 100 PCS / POLYBAG, 2,000 PCS / CARTON.",
    "",
    "CONDITIONS GENERALES D'ACHAT : VOIR VERSO / CGA OA V2023-1",
    "",
])
case("c06_txt_full_quantity_po_proceed", [],
     "full-quantity firm PO for 6,000 cloths and pouches, 'proceed with the full 6,000', no balance; European "
     "'4 000' format and Pantone/OEKO-TEX identifiers",
     [("CDE_OA-2024-00915.txt", _c06)])

_c07_co = pdf([
    ("h1", "CALL-OFF / PRODUCTION RELEASE No. 01"),
    ("p", "Brightline Optical Inc., 220 W Kinzie St, Chicago IL 60654"),
    ("table", [["Blanket PO", "Item", "Supplier", "Date"],
               ["4500079901", "BL-4415 'Loop' acetate, 50-21-145", "Xiamen Haicang Optical Co., Ltd.", "2024-06-24"]]),
    ("table", [["", "Frames"],
               ["Blanket PO commercial cover", "1,200"],
               ["Released by this call-off (01)", "400 (200 Tortoise, 200 Black)"],
               ["Balance not released", "800"]]),
    ("h", "Material authority (staged)"),
    ("p", "Xiamen Haicang may buy and hold acetate sheet, core wire and hinges for up to 1,200 frames at "
          "Brightline's liability. This is a staged material authority only: no cutting, milling or assembly "
          "beyond the 400 frames released above."),
    ("h", "Balance"),
    ("p", "The balance of 800 frames is not released. It will be released only by call-off 02, signed by "
          "Megan O'Connor, Director of Merchandise, after the sell-through review on September 15."),
    ("p", "Ship the 400 frames FOB Xiamen by August 9. Cartons labelled with blanket PO number and call-off 01."),
    ("sp",),
    ("p", "Megan O'Connor, Director of Merchandise"),
], pagesize=LETTER, title="Call-off 01 / 4500079901", author="Brightline Optical")
_c07_txt = (
    "Hi Lily,\n\n"
    "Attached is call-off 01 against blanket PO 4500079901 (BL-4415 Loop). In short: 400 frames released "
    "now, and you may stage material for up to the full 1,200 at our liability so the later call-offs don't "
    "wait on acetate. The other 800 frames stay on hold until I sign call-off 02 after our September 15 "
    "sell-through review.\n\n"
    "Thanks for turning the pilot around so fast — the stores love the tortoise.\n\n"
    "Megan\n"
    + sig("Megan O'Connor", "Director of Merchandise", "Brightline Optical Inc., Chicago", "+1 312 555 0102")
)
case("c07_eml_calloff_staged_material", [],
     "call-off releases 400 of a 1,200 blanket; explicit staged material authority up to 1,200 at buyer's "
     "liability; 800 on hold until call-off 02 signed by Megan O'Connor",
     [("Calloff01_4500079901.eml", mail(BL_MEGAN, XH_LILY, "Call-off 01 - blanket PO 4500079901 (BL-4415 Loop)",
                                        "Mon, 24 Jun 2024 08:15:00 -0500", _c07_txt, cc=BL_TYLER,
                                        attachments=[("CallOff01_4500079901.pdf", _c07_co, PDF_MT)]))])

case("c08_docx_recorded_auto_conversion", [],
     "explicit recorded auto-conversion: Ana Souza's APPROVED sign-off by 28 June releases lot 1 of 900 by "
     "itself, nothing else; 12 samples active; lot 2 held for her written release; signed by both parties",
     [("Acordo_SDI-PO-0457.docx", docx_bytes([
         ("h1", "Recorded auto-conversion agreement / Acordo de conversão automática"),
         ("p", "Order: SDI-PO-0457 — model SDI 'Arpoador' acetate sunglasses, 54-18-145, polarised cat. 3."),
         ("p", "Buyer: Sol de Ipanema Óculos Ltda., Rua Oscar Freire 1120, São Paulo SP. "
               "Supplier: Wenzhou Ouhai Glasses Factory, Wenzhou, Zhejiang."),
         ("table", [["Quantity", "Pcs", "Status today (05/06/2024)"],
                    ["Samples", "12", "authorised now (3 per colour x 4 colours)"],
                    ["Production lot 1", "900", "not released; converts only as described below"],
                    ["Production lot 2", "600", "not released; on hold"]]),
         ("h", "1. Auto-conversion (explicit and recorded)"),
         ("p", "Both parties agree that if Ana Souza (Diretora de Produto) signs sample sign-off form SDI-QF-03 "
               "with disposition APPROVED (not interim, not rejected) on or before 28 June 2024, that signed form "
               "releases production lot 1 of 900 pcs by itself, without any further document. Wenzhou Ouhai "
               "records the date of the signed form as the release date."),
         ("p", "The conversion releases nothing else. If the disposition is interim or rejected, or the form is "
               "signed after 28 June 2024, nothing is released and lot 1 stays on hold."),
         ("h", "2. Lot 2"),
         ("p", "Lot 2 (600 pcs) stays on hold. It is released only by a separate written release signed by "
               "Ana Souza after the sell-out review of lot 1."),
         ("h", "3. Material authority"),
         ("p", "Until the conversion in point 1 happens: material for the 12 samples only. After it: material "
               "for the 900 pcs of lot 1. Never for lot 2 without its written release."),
         ("p", "Signed: Ana Souza, Sol de Ipanema — 05/06/2024.   Kevin Wu, Wenzhou Ouhai — 06/06/2024."),
     ], author="Ana Souza"))])

_c09_old = mail("Marco Dal Col <m.dalcol@occhialeriacadore.it>", "Luca Bianchi <luca.bianchi@occhialeriavento.it>",
                "Offerta 22/311 - Brera", "Tue, 15 Nov 2022 11:20:00 +0100",
                "Buongiorno Luca,\n\nin allegato la nostra offerta 22/311 per la Brera:\n"
                "- campionatura 40 pz\n- produzione 5.000 pz, acetato Mazzucchelli M49 spessore 8 mm, "
                "cerniera flex, prezzo EUR 21,40/pz\n\nCordiali saluti\nMarco Dal Col\nOcchialeria Cadore S.r.l.\n")
_c09_txt = (
    "Ciao Marco,\n\n"
    "as promised I forward below your 2022 offer 22/311 for the Brera, only so your technical office can "
    "see the acetate spec we used then (M49, 8 mm). The 5.000 pz in that offer is informational only: it is "
    "not released and is not part of the current order.\n\n"
    "Current order, to be clear:\n"
    "- PO VT-PO-24/0371: 40 campioni (10 per colour, 4 colours) — these 40 are the only pieces released\n"
    "- the saldo of 1.960 pz from your offerta 24/140 is not released and stays on hold\n"
    "- Giulia Ferri releases the saldo in writing, after she signs off the 40 campioni (fit + hinge test "
    "ISO 12870)\n"
    "- acetate: only for the 40 campioni\n\n"
    "Grazie e buon lavoro,\nLuca\n"
    + sig("Luca Bianchi", "Ufficio Acquisti", "Occhialeria Vento S.r.l., Via Tortona 31, 20144 Milano",
          "+39 02 8942 1170")
)
case("c09_eml_forward_old_quote_informational", [],
     "old 2022 offer with 5.000 pz forwarded as message/rfc822 and declared informational / not released; "
     "current PO 40 samples with full scope",
     [("Fwd_Offerta_22-311.eml", mail(VT_LUCA, CD_MARCO, "Fwd: Offerta 22/311 - Brera (solo per riferimento acetato)",
                                      "Thu, 20 Jun 2024 10:02:13 +0200", _c09_txt, cc=VT_GIULIA,
                                      attachments=[("rfc822", _c09_old)]))])

_c10_sup = (
    "Dear Sato-san,\n\n"
    "Thank you for PO KZ-PO-2411. The 9 first articles will be ready on 8 July.\n"
    "To keep your September delivery, we plan to start the 800 frames directly after Watanabe-san "
    "approves the first articles. Please kindly confirm this schedule.\n\n"
    "Best regards,\nTanaka\n"
)
_c10_txt = (
    "Tanaka-san,\n\n"
    "Thank you for planning ahead, but please do not start the 800 on Watanabe's sign-off.\n\n"
    "Watanabe's sign-off of the first articles is a technical decision and does not release production. "
    "The 800 frames stay on hold until I send you a written production release stating the quantity. I "
    "expect to send it within three working days of the sign-off, so the September delivery should still be "
    "possible.\n\n"
    "Until then only the 9 first articles are ordered, and material is for those 9 only.\n\n"
    "Best regards,\nYuki Sato\n" + KZ_SIG_YUKI + "\n"
    "On Tue, 25 Jun 2024 at 09:15, Tanaka Hiroshi <tanaka@sabae-kogei.co.jp> wrote:\n" + quote(_c10_sup)
)
case("c10_eml_buyer_corrects_auto_conversion", [],
     "quoted supplier plan to start the 800 on first-article sign-off, answered by the buyer: sign-off releases "
     "nothing, 800 on hold until Yuki Sato's written release; 9 active",
     [("Re_KZ-PO-2411_schedule.eml", mail(KZ_YUKI, SK_TANAKA, "Re: KZ-PO-2411 schedule",
                                          "Tue, 25 Jun 2024 13:40:51 +0900", _c10_txt))])

_p13_orig = (
    "Hi Jason,\n\n"
    "PO CS-1203 attached: 24 samples of the 'Drift Ti' aviator (12 gold, 12 gunmetal), 58-14-140.\n"
    "Production quantity 2,400 is NOT released. Jordan Reyes will release it in writing after the salt-spray "
    "and hinge test sign-off. Material authority: samples only.\n\n"
    "Thanks,\nDana\n"
)
_p13_txt = (
    "Dear Dana,\n\n"
    "Thank you. Samples will ship 28 June by FedEx, tracking to follow.\n\n"
    "To save lead time, we have staged the beta-titanium wire and the nose pad arms for the 2,400 pcs in "
    "our warehouse (photos attached). Once you approve the samples we start soldering the 2,400 right away, "
    "so you get the goods mid-September for your fall drop.\n\n"
    "Plating: IP gold and IP gunmetal, salt spray 24h per ISO 12870 clause 8.\n\n"
    "Best regards\nJason Huang\nSales Manager\nWenzhou Lucheng Precision Metal Frames Co., Ltd.\n"
    "Tel +86 577 8836 2201\n\n"
    "------------------ Original ------------------\nFrom: Dana Whitfield <dana@coastlineshades.com>\n"
    "Date: Mon, Jun 10, 2024 08:12 AM\nSubject: PO CS-1203 Drift Ti samples\n\n" + quote(_p13_orig)
)
case("p13_eml_staged_wire_and_roll_on_approval", ["RG006", "RG007"],
     "supplier has staged titanium wire for 2,400 under a samples-only material authority and will start "
     "soldering on sample approval, though Jordan Reyes' written release is required",
     [("RE_PO_CS-1203.eml", mail(WL_JASON, CS_DANA, "RE: PO CS-1203 Drift Ti samples",
                                 "Tue, 18 Jun 2024 17:05:12 +0800", _p13_txt, cc=CS_JORDAN))])

_p14_orig = (
    "Hi Kevin,\n\n"
    "PO SDI-PO-0481 attached. Modelo 'Arpoador Kids', 46-16-125.\n"
    "  - 20 samples (5 per colour: preto, tartaruga, azul, rosa) — only these 20 are ordered now\n"
    "  - the balance of 1,480 pcs is NOT released\n"
    "  - production is released only by a written release from Ana Souza, after she signs off the samples "
    "(fit on our kids panel + UV400 test)\n\n"
    "Abraço,\nRafael\n"
)
_p14_txt = (
    "Dear Rafael,\n\n"
    "We confirm PO SDI-PO-0481 for 20 samples, delivery 10 July by DHL.\n\n"
    "As usual with our customers, as soon as Ms Ana approves the samples we roll straight into the 1,480 "
    "production, so you keep the slot for the Dia das Crianças deliveries in September.\n\n"
    "Kids hinge: spring hinge 5-barrel, screws with Loctite. UV400 report from SGS Shanghai.\n\n"
    "Best regards,\nKevin Wu\nExport Sales, Wenzhou Ouhai Glasses Factory\n+86 577 8812 6650\n\n"
    "> -----Original Message-----\n> From: Rafael Lima\n> Sent: Tuesday, June 11, 2024 10:03\n"
    "> Subject: PO SDI-PO-0481 Arpoador Kids\n>\n" + quote(_p14_orig)
)
case("p14_eml_supplier_rolls_into_balance", ["RG007"],
     "supplier acknowledgement says it will roll into the 1,480 as soon as the samples are approved, while the "
     "quoted PO requires Ana Souza's written release",
     [("RE_SDI-PO-0481.eml", mail(WO_KEVIN, SI_RAFAEL, "RE: PO SDI-PO-0481 Arpoador Kids",
                                  "Wed, 12 Jun 2024 09:44:30 +0800", _p14_txt, cc=SI_ANA))])

_p15_orig = (
    "Hi Lily,\n\n"
    "PO 4500088317 (BL-4410 Wabash) is live in the portal.\n"
    "  * 40 pilot frames are authorized now (20 Matte Black, 20 Crystal Olive).\n"
    "  * The balance of 2,360 frames is NOT released.\n"
    "  * It will be released only by a written production release from Megan O'Connor, after Priya "
    "Natarajan signs off the store wear test.\n"
    "  * Material for the 40 pilot frames only.\n\n"
    "Thanks,\nTyler\n"
)
_p15_txt = (
    "Hi Lily,\n\n"
    "Megan here — back from Vision Expo West, sorry for the radio silence.\n\n"
    "The wear test wraps up on Friday. Honestly, if Priya's report comes back clean, don't wait for my written "
    "release, just run the 2,360 so we make the October floor set. I'll sort out the paperwork with Tyler "
    "afterwards.\n\n"
    "The stores are asking for a navy colourway for spring — can you send two lab dips?\n\n"
    "Thanks!\nMegan\n"
    + sig("Megan O'Connor", "Director of Merchandise", "Brightline Optical Inc., Chicago", "+1 312 555 0102")
    + "\n\nOn Jun 13, 2024, at 9:31 AM, Tyler Brooks <tbrooks@brightlineoptical.com> wrote:\n" + quote(_p15_orig)
)
case("p15_eml_release_authority_waives_own_release", ["RG007"],
     "the named release authority tells the supplier to run the 2,360 if the wear-test report is clean, without "
     "the written release her own PO requires",
     [("Wabash_pilot_next_steps.eml", mail(BL_MEGAN, XH_LILY, "Re: PO 4500088317 - Wabash pilot (40 pcs)",
                                           "Tue, 02 Jul 2024 19:22:08 -0700", _p15_txt, cc=BL_TYLER))])

_p16_po = pdf([
    ("h1", "PURCHASE ORDER OL-24-0220"),
    ("p", "Maison Olivier Lunettes SAS, 14 rue de Turenne, 75003 Paris. Supplier: Xiamen Haicang Optical Co., Ltd."),
    ("table", [["Line", "Model", "Colour", "Qty", "Unit EUR"],
               ["1", "OL-1520 'Vosges' acetate 48-20", "01 Noir", "6", "39,00"],
               ["2", "OL-1520 'Vosges' acetate 48-20", "07 Écaille blonde", "6", "39,00"],
               ["3", "OL-1520 'Vosges' acetate 48-20", "22 Bleu nuit", "6", "39,00"],
               ["4", "OL-1520 'Vosges' acetate 48-20", "31 Miel", "6", "39,00"],
               ["", "", "Total prototypes", "24", "936,00"]]),
    ("p", "Scope: this PO covers the 24 prototypes above and nothing else. The balance of 1,176 frames (quote "
          "XH-Q-0655, production 1,200) is not released. It is released only by a written production release "
          "signed by Claire Dubois, Head of Sourcing, after fit and hinge sign-off on the prototypes. "
          "Material: prototypes only."),
    ("p", "Date 19 June 2024. Hugo Lambert, Acheteur."),
], title="PO OL-24-0220", author="Maison Olivier")
_p16_oc = docx_bytes([
    ("h1", "ORDER CONFIRMATION"),
    ("p", "Xiamen Haicang Optical Co., Ltd. — OC No. XH-OC-24-0388 — Date 2024-06-21"),
    ("p", "Customer: Maison Olivier Lunettes SAS. Your PO: OL-24-0220."),
    ("p", "We confirm your order as follows:"),
    ("table", [["Model", "Colour", "Qty", "Stage"],
               ["OL-1520 Vosges", "01 Noir", "6", "prototype"],
               ["OL-1520 Vosges", "07 Écaille blonde", "6", "prototype"],
               ["OL-1520 Vosges", "22 Bleu nuit", "6", "prototype"],
               ["OL-1520 Vosges", "31 Miel", "6", "prototype"],
               ["OL-1520 Vosges", "40 Rouge cerise", "6", "prototype"],
               ["", "Total", "30", ""]]),
    ("p", "Prototype delivery: 12 July 2024 by DHL."),
    ("p", "After your approval of the prototypes, mass production of 1,176 pcs follows automatically according to "
          "the Haicang standard terms of sale, clause 7, so the delivery date of the collection can be kept."),
    ("p", "Lily Chen, Sales Manager"),
], author="Lily Chen")
case("p16_multi_po_and_supplier_confirmation", ["RG007", "RG011"],
     "PO: 24 protos with full scope; supplier order confirmation lists 30 protos and says mass production of "
     "1,176 follows automatically after prototype approval",
     [("PO_OL-24-0220.pdf", _p16_po), ("OC_XH-OC-24-0388.docx", _p16_oc)])

_p17 = """[11/06/2024 09:02] Rafael Lima: Bom dia Kevin! PO SDI-PO-0502 sent by email just now
[11/06/2024 09:03] Rafael Lima: 12 protótipos of the 'Leblon' (3 per colour). The other 888 are NOT released - production only with a written release from Ana Souza after she signs off the proto. Material only for the 12 pls
[11/06/2024 09:30] Kevin Wu: Good morning Rafael. Received, thank you. 12 proto, 888 wait Ms Ana written release 👍
[11/06/2024 09:31] Kevin Wu: proto ready 25 June
[25/06/2024 18:44] Kevin Wu: <anexo: IMG_4471.jpg>
[25/06/2024 18:44] Kevin Wu: protos finished, DHL tomorrow. AWB 4417 2290 61
[26/06/2024 08:15] Rafael Lima: lindos!! 😍
[26/06/2024 08:17] Rafael Lima: Kevin, if the proto is ok at Friday's fitting, pode seguir direto with the 888, ok? No need to wait for Ana's written release, I talk to her 😉 we cannot lose the Black Friday window
[26/06/2024 08:40] Kevin Wu: ok understand 👌
"""
case("p17_whatsapp_buyer_skips_written_release", ["RG007"],
     "WhatsApp: buyer tells factory to go straight into the 888 if the proto passes Friday's fitting, skipping "
     "Ana Souza's written release that the PO requires",
     [("WhatsApp_Kevin_Wu_Ouhai.txt", _p17)])

case("p18_pdf_supplier_schedule_bulk_automatic", ["RG007"],
     "supplier production plan starts bulk of 2,000 automatically three days after PP sample approval, no "
     "recorded auto-conversion",
     [("Production_plan_CS-Drift.pdf", pdf([
         ("h1", "PRODUCTION PLAN"),
         ("p", "Xiamen Haicang Optical Co., Ltd. — Customer: Coastline Shades LLC, San Diego — Style: CS 'Drift' "
               "acetate sunglasses, 55-18-145, polarised TAC cat. 3 — Plan date: 2024-06-26 — Rev 2"),
         ("table", [["Step", "Activity", "Qty", "Planned date", "Remark"],
                    ["1", "PP sample making", "24 pcs", "2024-06-27 to 07-08", "4 colours x 6"],
                    ["2", "PP samples to customer (FedEx)", "24 pcs", "2024-07-09", ""],
                    ["3", "Customer approve PP sample", "-", "approx. 2024-07-19", "by e-mail"],
                    ["4", "Bulk production start", "2,000 pcs", "approval + 3 days",
                     "starts automatically, no further confirmation needed"],
                    ["5", "Inline + final QC (AQL 2.5)", "2,000 pcs", "2024-08-26", ""],
                    ["6", "ETD Xiamen", "2,000 pcs", "2024-08-30", "FOB Xiamen"]]),
         ("p", "Acetate: Mazzucchelli Tortoise 219 / Black / Olive Crystal / Honey. Lens: TAC polarised grey and "
               "brown. Packing: hard case + cloth, 1 pc/box, 60 pcs/carton."),
         ("p", "Prepared by: Zhang Wei, Factory Manager. Checked: Lily Chen."),
     ], title="Production plan CS Drift", author="Xiamen Haicang"))])

_p19_orig = (
    "Tanaka-san,\n\n"
    "Thank you for the swatches. For the order KZ-PO-2406:\n"
    "  - 9 first articles are ordered now (3 per colour).\n"
    "  - The production quantity of 800 frames is not released.\n"
    "  - I will send the written production release after Kenji Watanabe signs off the first articles.\n\n"
    "Best regards,\nYuki Sato\n"
)
_p19_txt = (
    "Dear Sato-san,\n\n"
    "We thank you for your release of the colour swatches on 12 June. Colours 03 Kaki, 05 Sumi and 08 Ame "
    "are now released for the first articles and the acetate has been cut.\n\n"
    "The first articles will be delivered to your Aoyama office on 5 July. After your approval of the first "
    "articles, we will proceed to mass production of the 800 frames without further notice, in order to meet "
    "your September collection drop.\n\n"
    "We are grateful for your continued patronage.\n\n"
    "Best regards,\nTanaka Hiroshi\n" + SK_SIG_TANAKA + "\n"
    "On Thu, 13 Jun 2024 at 11:30, Yuki Sato <y.sato@kazeya-eyewear.jp> wrote:\n" + quote(_p19_orig)
)
case("p19_eml_sabae_release_swatches_and_mass_production", ["RG007", "RG009"],
     "supplier uses 'release' for the colour-swatch approval and the quoted buyer uses it for production release; "
     "supplier will proceed to mass production of 800 on first-article approval without written release",
     [("Re_KZ-PO-2406_first_articles.eml", mail(SK_TANAKA, KZ_YUKI, "Re: KZ-PO-2406 first articles",
                                                "Mon, 17 Jun 2024 10:10:10 +0900", _p19_txt))])

case("p21_pdf_forecast_treated_as_firm_order", ["RG008"],
     "buyer letter asks the factory to treat the FY2025 forecast of 12,000 frames as its firm order",
     [("Brightline_FY2025_capacity_letter.pdf", pdf([
         ("h1", "FY2025 capacity letter"),
         ("p", "Brightline Optical Inc., 220 W Kinzie St, Chicago IL 60654. June 28, 2024."),
         ("p", "To: Xiamen Haicang Optical Co., Ltd., attn. Ms Lily Chen and Mr Zhang Wei."),
         ("p", "Dear Lily, dear Mr Zhang,"),
         ("p", "Thank you for a strong first half. As we open six new stores in Q4 and refresh the BL-44 acetate "
               "family in spring, we want to secure your line for next year. Our FY2025 volume forecast for the "
               "BL-44 family is below."),
         ("table", [["Quarter", "BL-4410 Wabash", "BL-4415 Loop", "BL-4420 Fulton", "Total"],
                    ["Q1 FY25", "1,000", "800", "700", "2,500"],
                    ["Q2 FY25", "1,400", "1,100", "1,000", "3,500"],
                    ["Q3 FY25", "1,200", "1,000", "800", "3,000"],
                    ["Q4 FY25", "1,200", "1,000", "800", "3,000"],
                    ["FY25", "4,800", "3,900", "3,300", "12,000"]]),
         ("p", "Please treat this forecast as our firm order for FY2025 and block your line capacity for it. "
               "Quarterly call-offs will specify colours and ship dates."),
         ("p", "Kind regards,"),
         ("p", "Megan O'Connor, Director of Merchandise"),
     ], pagesize=LETTER, title="FY2025 capacity letter", author="Brightline Optical"))])

_p22_fc = "\n".join([
    "KAZEYA EYEWEAR K.K. - ROLLING FORECAST AW24 / SS25            issued 2024-06-20",
    "to: Sabae Kogei Frame Works Co., Ltd.",
    "",
    "FORECAST ONLY - THIS IS NOT AN ORDER. No production, no material purchase.",
    "Orders follow as separate POs with written production releases.",
    "",
    fw(["model", "colour", "AW24", "SS25", "total"], [18, 12, -8, -8, -8]),
    fw(["KZ-07 Hanabi", "03 Kaki", "120", "180", "300"], [18, 12, -8, -8, -8]),
    fw(["KZ-07 Hanabi", "05 Sumi", "200", "250", "450"], [18, 12, -8, -8, -8]),
    fw(["KZ-07 Hanabi", "08 Ame", "100", "150", "250"], [18, 12, -8, -8, -8]),
    fw(["KZ-09 Tsuki", "01 Kuro", "80", "120", "200"], [18, 12, -8, -8, -8]),
    fw(["total", "", "500", "700", "1,200"], [18, 12, -8, -8, -8]),
    "",
    "contact: Yuki Sato, Purchasing Manager",
    "",
])
_p22_oc = pdf([
    ("h1", "ORDER CONFIRMATION"),
    ("p", "Sabae Kogei Frame Works Co., Ltd., 4-2-11 Kawada, Sabae-shi, Fukui 916-0016, Japan"),
    ("p", "To: Kazeya Eyewear K.K., Ms Yuki Sato. Our ref. SKF-OC-24-061. Date: 2024-06-24."),
    ("p", "Thank you very much for your order of 1,200 frames. We confirm the order quantities below and have "
          "scheduled them in our production plan."),
    ("table", [["Model", "Colour", "AW24 (delivery Sep)", "SS25 (delivery Jan)", "Total"],
               ["KZ-07 Hanabi", "03 Kaki", "120", "180", "300"],
               ["KZ-07 Hanabi", "05 Sumi", "200", "250", "450"],
               ["KZ-07 Hanabi", "08 Ame", "100", "150", "250"],
               ["KZ-09 Tsuki", "01 Kuro", "80", "120", "200"],
               ["Total", "", "500", "700", "1,200"]]),
    ("p", "Unit prices as per quotation SKF-Q-880 and SKF-Q-902. Payment 60 days after delivery."),
    ("p", "Tanaka Hiroshi, Overseas Sales"),
], title="Order confirmation SKF-OC-24-061", author="Sabae Kogei")
case("p22_multi_forecast_confirmed_as_order", ["RG008"],
     "buyer's rolling forecast is marked 'not an order'; the supplier's document confirms it as an order of 1,200 "
     "frames and schedules production",
     [("Kazeya_AW24_SS25.txt", _p22_fc), ("SKF-OC-24-061.pdf", _p22_oc)])

_p23_tab = html_table([
    ["SKU", "Description", "Mar", "Apr", "May", "Jun", "Total"],
    ["CS-DRIFT-TT", "Drift acetate tortoise, polarised brown", "400", "600", "600", "400", "2,000"],
    ["CS-DRIFT-BK", "Drift acetate black, polarised grey", "500", "700", "700", "500", "2,400"],
    ["CS-TIDE-CR", "Tide TR90 crystal, mirror blue", "300", "500", "500", "300", "1,600"],
    ["", "Total", "1,200", "1,800", "1,800", "1,200", "6,000"],
])
_p23 = html_page("Supplier portal - Forecast S/S 2025", f"""
<div style="background:#0b3d5c;color:#fff;padding:8px"><b>Coastline Shades</b> · Supplier Collaboration Portal</div>
<p>Supplier: <b>Xiamen Haicang Optical Co., Ltd.</b> &nbsp;|&nbsp; Document: <b>Forecast S/S 2025 (rolling, v3)</b>
&nbsp;|&nbsp; Published: 2024-07-01 by Dana Whitfield</p>
<p class="note"><b>Commitment status: FIRM.</b> The forecast quantities below are committed orders from Coastline Shades.
Please plan production for them; individual POs will be issued for invoicing only.</p>
{_p23_tab}
<p>Ship window: 45 days before each month. Port: FOB Xiamen. Questions: dana@coastlineshades.com</p>
<p style="color:#777;font-size:11px">Portal v4.2 · © Coastline Shades LLC · Terms of use</p>
""")
case("p23_html_portal_forecast_committed", ["RG008"],
     "buyer portal publishes a rolling forecast of 6,000 pcs with status FIRM 'committed orders'",
     [("portal_SS25_v3.html", _p23)])

# =================================================================== batch 3
_c11_orig = (
    "Hi Amy,\n\n"
    "PO CS-1240 is attached: 150 pairs of sample lenses, polarised, base 8 wrap, for the 'Tide' model "
    "(75 grey, 75 brown w/ silver mirror). The bulk of 3,000 pairs is NOT released. I'll send a written release "
    "after the impact test (FDA drop-ball) sign-off. Deposit invoice ok, we'll wire it this week.\n\n"
    "Jordan\n"
)
_c11_txt = (
    "Dear Jordan,\n\n"
    "Thank you, we received your 30% deposit USD 1,350 today for the sample lenses and the base 8 mould.\n\n"
    "Please note: the deposit does not release production. We make only the 150 pairs (75 grey, 75 brown "
    "silver mirror). For the 3,000 bulk pairs we wait for your written release after the drop-ball test, and "
    "we will not buy polarizer film for the bulk before it.\n\n"
    "Sample lenses ready 15 July, we send with the test report.\n\n"
    "Best regards\nAmy Lin\nSales Dept.\nXiamen Bluesea Optical Lens Co., Ltd.\nTel: +86 592 5712 903\n\n"
    "-------- Original message --------\nFrom: Jordan Reyes <jordan@coastlineshades.com>\n"
    "Date: 2024-06-24 18:02 (GMT-08:00)\nSubject: PO CS-1240 Tide sample lenses\n\n" + quote(_c11_orig)
)
case("c11_eml_deposit_does_not_release", [],
     "lens supplier confirms deposit received and states the deposit does not release production; 150 pairs "
     "only, bulk 3,000 waits for Jordan's written release after the drop-ball test",
     [("RE_PO_CS-1240.eml", mail(BS_AMY, CS_JORDAN, "RE: PO CS-1240 Tide sample lenses - deposit received",
                                         "Thu, 27 Jun 2024 14:18:00 +0800", _c11_txt,
                                         html=html_from_text(_c11_txt)))])

_c12 = """WeChat chat history: Tyler Brooks (Brightline) & Jason Huang 黄杰 (Lucheng Metal)
Exported on 2024-07-08 10:21

2024-06-26 21:04 Tyler Brooks (Brightline)
Hi Jason, PO 4500089002 just went out. 30 PP samples of the BL-5020 LaSalle, gold, 53-18-145. That's all for now.
2024-06-26 21:05 Tyler Brooks (Brightline)
The balance of 1,570 frames is NOT released. Megan O'Connor will release it in writing once we've signed off hinge + plating on the PPs.
2024-06-27 08:32 Jason Huang 黄杰
Good morning Tyler. Confirm: we make 30 PP samples only. Balance 1,570 pcs is on hold, not released. We do not buy material for the balance. We start balance only after written release from Ms Megan O'Connor.
2024-06-27 08:33 Jason Huang 黄杰
plating IP gold 0.3 micron ok?
2024-06-27 08:40 Tyler Brooks (Brightline)
0.3 is fine. nickel-free please, EN 1811
2024-06-27 08:41 Jason Huang 黄杰
👌
2024-07-05 17:12 Jason Huang 黄杰
[Photo]
2024-07-05 17:13 Jason Huang 黄杰
PP samples done, FedEx Monday. tracking 7751 2034 9921
"""
case("c12_wechat_supplier_ack_restates_hold", [],
     "WeChat: buyer scope (30 PP active, 1,570 balance not released, Megan O'Connor releases in writing after "
     "sign-off) and supplier acknowledgement restating it",
     [("WeChat_Tyler_Jason.txt", _c12)])

def _c13_po(rev, qty_rows, total, note, date):
    return pdf([
        ("h1", f"BON DE COMMANDE OA-2024-00930 — RÉVISION {rev}"),
        ("p", "Optique Atlantique SAS, 5 quai de la Fosse, 44000 Nantes. Fournisseur : Wenzhou Ouhai Glasses Factory "
              f"(40217). Date : {date}. Acheteuse : Sandrine Morel."),
        ("table", [["Ligne", "Article", "Coloris", "Calibre", "Qté", "PU EUR"]] + qty_rows +
         [["", "", "", "Total prototypes", str(total), ""]]),
        ("h", "Périmètre / scope"),
        ("p", note),
        ("p", "The production quantity of 1,500 frames (offer WZOH-Q24-1500) stays on hold. It is released only by a "
              "written production release signed by Sandrine Morel, Responsable Achats Montures, after the store "
              "panel fitting and the hinge test (ISO 12870) on the prototypes. Material: prototypes only."),
    ], title=f"OA-2024-00930 rev {rev}", author="Optique Atlantique")


_c13_rows0 = [[str(i + 1), "OA-M-2208 'Ronde'", c, "48-20", "6", "28,00"]
              for i, c in enumerate(["Or", "Argent", "Gun", "Or rose"])]
_c13_rows1 = [[str(i + 1), "OA-M-2208 'Ronde'", c, "48-20", "6", "28,00"]
              for i, c in enumerate(["Or", "Argent", "Gun", "Or rose", "Écaille miel", "Bleu marine"])]
case("c13_multi_po_rev1_supersedes_rev0", [],
     "PO revision 1 explicitly replaces revision 0 in full (24 -> 36 prototypes); each revision has complete scope; "
     "a superseded quantity is not a conflict",
     [("OA-2024-00930_rev0.pdf", _c13_po(0, _c13_rows0, 24,
       "This order covers 24 prototypes only (4 colours x 6). The balance of the production quantity, 1,476 "
       "frames, is not released.", "10/06/2024")),
      ("OA-2024-00930_rev1.pdf", _c13_po(1, _c13_rows1, 36,
       "Revision 1 replaces revision 0 in full. Change: prototype quantity increased from 24 to 36 (colours "
       "Écaille miel and Bleu marine added, 6 each). The active quantity is now 36 prototypes. The balance of the "
       "production quantity, 1,464 frames, is not released.", "18/06/2024"))])

_c14_tab = html_table([
    ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
    ["10", "BL-5000-250", "LaSalle metal 53-18-145, gold, demo lens", "First article", "10", "19.50"],
    ["20", "BL-5000-260", "LaSalle metal 53-18-145, silver, demo lens", "First article", "10", "19.50"],
])
_c14 = html_page("PO 4500090114 - Brightline Supplier Portal", f"""
<div style="background:#222;color:#fff;padding:8px"><b>Brightline Optical</b> · Supplier Portal · PO detail</div>
<p>PO <b>4500090114</b> &nbsp;|&nbsp; Vendor 10231 Wenzhou Lucheng Precision Metal Frames &nbsp;|&nbsp; Created 2024-07-01
&nbsp;|&nbsp; Buyer: Tyler Brooks &nbsp;|&nbsp; Ship-to: DC Bolingbrook, dock 14</p>
{_c14_tab}
<p><b>Total authorized now: 20 first-article frames.</b></p>
<div class="note">
<p><b>Scope note.</b> This PO covers the 20 first-article frames above and nothing else. The production quantity of
1,800 frames in quote LMF-Q-2500 is not released; the balance of 1,780 stays on hold. It is released only by a written
production release from Megan O'Connor (Director of Merchandise), after Priya Natarajan signs off the first-article
inspection. Material: first articles only.</p>
</div>
<h4>Technical requirements</h4>
<ul>
<li>Drawing DWG-2500 rev 12; frame per ISO 12870:2016 and ANSI Z80.5-2020.</li>
<li>Hinge endurance 5,000 open/close cycles without loosening beyond 0.3 N.</li>
<li>Nickel release per EN 1811:2011+A1:2015; plating IP gold 0.3 µm / rhodium.</li>
<li>Carton marks: PO 4500090114, item, qty, gross weight.</li>
</ul>
<p style="color:#777;font-size:11px">Printed 2024-07-01 14:22 CDT · portal build 2024.06.3</p>
""")
case("c14_html_portal_po_identifiers", [],
     "portal PO for 20 first articles with full scope note; DWG-2500 rev 12, LMF-Q-2500, 5,000 cycles, "
     "ISO/ANSI/EN norms are identifiers, not quantities",
     [("portal_PO_4500090114.html", _c14)])

_c15 = """[03/07/2024 10:05] Ana Souza: Kevin, bom dia! PO SDI-PO-0533 is in your email: only 3 protótipos of the 'Ipanema Slim' (1 per colour: preto, havana, cristal). The 1,500 production pcs are NOT released
[03/07/2024 10:06] Ana Souza: I will send the written release for the 1,500 after the UV400 + INMETRO test report is ok
[03/07/2024 10:31] Kevin Wu: Good morning Ms Ana, noted: 3 protos only, 1,500 on hold until your written release
[15/07/2024 19:02] Kevin Wu: <anexo: protos.jpg>
[15/07/2024 19:03] Kevin Wu: protos ready, DHL today
[19/07/2024 14:47] Ana Souza: Recebi! The 3 protos are approved for fit only - lindos 😍 Production is still NOT released, the 1,500 wait for the test report and my written release
[19/07/2024 14:48] Ana Souza: pls send me the INMETRO lab contact
[19/07/2024 15:10] Kevin Wu: ok Ms Ana, I send by email. Thank you 🙏
"""
case("c15_whatsapp_approved_for_fit_only", [],
     "WhatsApp: 3 protos 'approved for fit only', production explicitly not released; 1,500 wait for test report "
     "and Ana Souza's written release",
     [("WhatsApp_Ana_Souza_Kevin_Wu.txt", _c15)])

_c16_rows = [["Line", "SKU", "Description", "Colour", "Qty", "Unit USD", "Amount USD"],
             ["10", "BL4410-BK", "Wabash acetate 52-19-145", "Matte Black", "400", "16.20", "6,480.00"],
             ["20", "BL4410-OL", "Wabash acetate 52-19-145", "Crystal Olive", "300", "16.20", "4,860.00"],
             ["30", "BL4410-NV", "Wabash acetate 52-19-145", "Navy Fade", "250", "16.20", "4,050.00"],
             ["40", "BL4415-TT", "Loop acetate 50-21-145", "Tortoise", "350", "15.80", "5,530.00"],
             ["50", "BL4415-BK", "Loop acetate 50-21-145", "Black", "300", "15.80", "4,740.00"],
             ["60", "BL4415-HN", "Loop acetate 50-21-145", "Honey", "200", "15.80", "3,160.00"],
             ["", "", "", "Total", "1,800", "", "28,820.00"]]
case("c16_pdf_full_reorder_proceed", [],
     "reorder PO of running styles for the full 1,800 frames (table sums), 'proceed with the full 1,800', no sample "
     "stage, no balance",
     [("PO_4500091877_reorder.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500091877"),
         ("p", "Brightline Optical Inc., 220 W Kinzie St, Chicago IL 60654. Vendor 10077 Xiamen Haicang Optical Co., Ltd. "
               "PO date 2024-07-02. Buyer: Tyler Brooks. Terms: net 60. FOB Xiamen."),
         ("table", _c16_rows),
         ("p", "Reorder of running styles (PP samples signed off 2024-03). No sample stage and no balance: this PO is the full "
               "quantity. Please proceed with the full 1,800 frames."),
         ("p", "Ship by 2024-08-23. Packing per Brightline vendor manual v7: 1 frame per sleeve, 50 per inner, "
               "300 per master carton. UPC labels per SKU."),
     ], pagesize=LETTER, title="PO 4500091877", author="Brightline Optical"))])

_c17_rows = [["Item", "Quantity", "Unit price (JPY)", "Lead time"],
             ["First articles, KZ-09 Tsuki titanium, 2 colours", "6 pcs", "18,000", "4 weeks"],
             ["Production", "300 pcs", "7,800", "10 weeks from written production release"],
             ["Production", "600 pcs", "7,200", "12 weeks from written production release"]]
_c17_txt = (
    "Dear Sato-san,\n\n"
    "Thank you for your inquiry. Please find our quotation SKF-Q-902 for the KZ-09 'Tsuki'.\n\n"
    "  First articles, 2 colours (01 Kuro, 04 Gin): 6 pcs at JPY 18,000\n"
    "  Production: 300 pcs at JPY 7,800 / 600 pcs at JPY 7,200\n\n"
    "Titanium beta temples, pure titanium front, 5-barrel hinge made in Sabae, IP plating. "
    "The production quantities are indicative price tiers; production starts only on your written production "
    "release.\n\n"
    "Validity: 90 days. Delivery: ex works Sabae.\n\n"
    "Best regards,\nTanaka Hiroshi\n" + SK_SIG_TANAKA
)
_c17_html = ("<html><body style=\"font-family:Arial\"><p>Dear Sato-san,</p><p>Thank you for your inquiry. Please find our "
             "quotation <b>SKF-Q-902</b> for the KZ-09 'Tsuki'.</p>" + html_table(_c17_rows) +
             "<p>Titanium beta temples, pure titanium front, 5-barrel hinge made in Sabae, IP plating. The production "
             "quantities are indicative price tiers; production starts only on your written production release.</p>"
             "<p>Validity: 90 days. Delivery: ex works Sabae.</p><p>Best regards,<br>Tanaka Hiroshi<br>Sabae Kogei "
             "Frame Works Co., Ltd.</p></body></html>")
case("c17_eml_sabae_quote_html_table", [],
     "supplier quotation (multipart/alternative with HTML table) with first-article and production tiers; "
     "no authorization",
     [("SKF-Q-902_quotation.eml", mail(SK_TANAKA, KZ_YUKI, "Quotation SKF-Q-902 / KZ-09 Tsuki",
                                       "Fri, 28 Jun 2024 16:00:00 +0900", _c17_txt, html=_c17_html))])

_p24 = """[08/07/2024 11:20] Rafael Lima: Kevin, tudo bem? Our previsão (forecast) for verão 2025 is 2.000 pcs of the Arpoador, 500 per colour (preto, tartaruga, verde, mel)
[08/07/2024 11:21] Rafael Lima: pode considerar como pedido firme, ok? We need the goods in Santos by end of October
[08/07/2024 11:23] Rafael Lima: 30% sinal paid today, so you can already start the production 🙌 comprovante below
[08/07/2024 11:23] Rafael Lima: <anexo: comprovante_swift_080724.pdf>
[08/07/2024 12:02] Kevin Wu: Thank you Rafael! We check with finance and start production 2.000 pcs next Monday
[08/07/2024 12:03] Kevin Wu: lens polarized same as samples?
[08/07/2024 12:10] Rafael Lima: sim, same as the approved samples. valeu!
"""
case("p24_whatsapp_forecast_firm_and_deposit_start", ["RG008", "RG012"],
     "WhatsApp: buyer calls the 2.000 pcs forecast a firm order and says the 30% deposit means production can start",
     [("WhatsApp_Rafael_Kevin_jul.txt", _p24)])

_p25_orig = (
    "Buongiorno Silvia,\n\n"
    "in allegato il nostro forecast FW25 per la Brera: 1.800 pz (600 per colore: nero, avana, cristallo fumé).\n"
    "This is a forecast only, not an order. Orders and production releases will follow separately.\n\n"
    "Grazie,\nLuca\n"
)
_p25_txt = (
    "Buongiorno Luca,\n\n"
    "thank you for the forecast FW25.\n\n"
    "We have entered it in our planning as confirmed order for 1.800 pz (Brera, 3 colours) and, to secure the "
    "Mazzucchelli acetate before the August closure, we already purchased the acetate sheets for all 1.800 pz. "
    "Production slot: weeks 38-42.\n\n"
    "Gli astucci: please confirm if you supply them as last season.\n\n"
    "Cordiali saluti / Best regards\n"
    "Silvia De Lorenzo\nPianificazione produzione\nOcchialeria Cadore S.r.l.\nZona Industriale 12, 32044 Pieve di "
    "Cadore (BL)\nTel. +39 0435 50 1122\n\n"
    "Le informazioni contenute in questa e-mail sono riservate. / This e-mail is confidential.\n\n"
    "Il giorno 2 lug 2024, alle ore 09:12, Luca Bianchi <luca.bianchi@occhialeriavento.it> ha scritto:\n"
    + quote(_p25_orig)
)
case("p25_eml_forecast_booked_and_acetate_bought", ["RG006", "RG008"],
     "factory enters the labelled FW25 forecast as a confirmed order of 1.800 pz and buys acetate for all of it, "
     "with nothing released",
     [("Re_FW25_Brera.eml", mail("Silvia De Lorenzo <s.delorenzo@occhialeriacadore.it>", VT_LUCA,
                                          "Re: Forecast FW25 Brera", "Wed, 03 Jul 2024 15:47:20 +0200", _p25_txt,
                                          cc=CD_MARCO))])

_p26_txt = (
    "Dear Lily,\n\n"
    "Good news: your quotation XH-Q-2400 for the 'Canal' optical frame is approved by our finance committee. "
    "PO OL-24-0251 follows this afternoon for 30 prototypes (5 colours x 6).\n\n"
    "These 30 prototypes are the only frames ordered now. The balance of 2,370 frames is on hold. Once the "
    "colours are approved by our design studio, I will send you the written production release for it — "
    "nothing before that, and please buy acetate for the 30 prototypes only.\n\n"
    "We are very excited about this one; the studio thinks it will be the hero frame of the spring collection.\n\n"
    "Bien à vous,\nClaire Dubois\nDirectrice Sourcing / Head of Sourcing\nMaison Olivier Lunettes SAS\n"
    "+33 1 42 71 00 11\n"
)
case("p26_eml_quote_approved_and_colours_approved", ["RG009"],
     "'approved' used for the finance approval of the quotation and for the studio's colour approval; scope "
     "otherwise complete (30 active, 2,370 on hold, Claire's written release)",
     [("Canal_quotation_XH-Q-2400.eml", mail(MO_CLAIRE, XH_LILY, "Canal - quotation XH-Q-2400 / PO to follow",
                                             "Thu, 04 Jul 2024 11:11:11 +0200", _p26_txt, cc=MO_HUGO))])

_p27_txt = (
    "Hi Lily,\n\n"
    "FYI PO 4500091230 (BL-4420 Fulton) was released in SAP this morning — the release strategy was completed "
    "by Finance, so you'll see it in the portal within the hour.\n\n"
    "Production: only the 36 pilot frames (18 Black, 18 Havana) are released. The balance of 1,764 frames stays "
    "on hold until Megan O'Connor sends the written production release after the wear-test sign-off. Material for "
    "the 36 only, please.\n\n"
    "Pilot needed at Bolingbrook by Aug 2.\n\n"
    "Thanks,\nTyler\n" + BL_SIG_TYLER
)
case("p27_eml_po_released_in_sap", ["RG009"],
     "'released' used for the SAP PO release strategy (commercial) and for the production release of 36 pilot "
     "frames; scope otherwise complete",
     [("PO_4500091230_Fulton.eml", mail(BL_TYLER, XH_LILY, "PO 4500091230 - Fulton pilot",
                                        "Mon, 08 Jul 2024 10:02:33 -0500", _p27_txt))])

case("p28_docx_techpack_approval_statuses", ["RG009"],
     "tech pack uses 'approved' for lab dip (technical), costing (commercial) and production status; scope "
     "otherwise complete",
     [("TP_KZ-09_Tsuki_status.docx", docx_bytes([
         ("h1", "KZ-09 'Tsuki' — tech pack status sheet"),
         ("p", "Kazeya Eyewear K.K. → Sabae Kogei Frame Works Co., Ltd. Order KZ-PO-2420. Updated 2024-07-09 by "
               "Kenji Watanabe."),
         ("table", [["Item", "Status", "By / date"],
                    ["Lab dip 01 Kuro (IP black)", "Approved", "K. Watanabe, 05/07"],
                    ["Lab dip 04 Gin (IP silver)", "Approved", "K. Watanabe, 05/07"],
                    ["Costing (quote SKF-Q-902, 300 pcs tier)", "Approved", "Finance, 08/07"],
                    ["Production", "Not approved — awaiting first articles", "Y. Sato"]]),
         ("h", "Order scope"),
         ("p", "Six (6) first articles are ordered now: 3 in 01 Kuro, 3 in 04 Gin. The production quantity of 300 "
               "frames is not released and stays on hold. Yuki Sato (Purchasing Manager) will send a written "
               "production release after Kenji Watanabe signs off the first articles. Material for the 6 first "
               "articles only."),
         ("h", "Construction"),
         ("li", "Front: pure titanium, 0.9 mm, hand-polished"),
         ("li", "Temples: beta titanium, acetate tips 01 black / 04 grey crystal"),
         ("li", "Hinge: 5-barrel, Sabae made, screw M1.4"),
     ], author="Kenji Watanabe"))])

_p31_rows = [["Ligne", "Article", "Coloris", "Qté", "PU EUR", "Montant"],
             ["1", "OA-A-4120 'Erdre' acétate 50-19", "Noir", "6", "31,00", "186,00"],
             ["2", "OA-A-4120 'Erdre' acétate 50-19", "Écaille", "6", "31,00", "186,00"],
             ["3", "OA-A-4120 'Erdre' acétate 50-19", "Cristal", "6", "31,00", "186,00"],
             ["4", "OA-A-4120 'Erdre' acétate 50-19", "Vert sapin", "6", "31,00", "186,00"],
             ["", "", "Total", "24", "", "744,00"]]
case("p31_pdf_po_words_vs_table", ["RG011"],
     "PO note says twelve (12) prototypes, the line table adds up to 24; hold, unlock event and release person "
     "are stated",
     [("BC_OA-2024-00944.pdf", pdf([
         ("h1", "BON DE COMMANDE OA-2024-00944"),
         ("p", "Optique Atlantique SAS, 5 quai de la Fosse, 44000 Nantes — Fournisseur : Wenzhou Ouhai Glasses Factory — "
               "Date : 01/07/2024 — Acheteur : Julien Petit"),
         ("table", _p31_rows),
         ("h", "Note / scope"),
         ("p", "Commande de douze (12) prototypes / this order covers twelve (12) prototype frames for our store panel. "
               "The balance of the production quantity (1,488 frames of 1,500) is not released. It is released only "
               "in writing by Sandrine Morel, Responsable Achats Montures, after the panel fitting and the hinge test "
               "are signed off. Material for the prototypes only."),
         ("p", "Livraison DHL Express, entrepôt Carquefou. Gravure intérieure branche 'OA 4120'."),
     ], title="BC OA-2024-00944", author="Optique Atlantique"))])

_W32 = [6, 12, 34, -6, 5, -10]
_p32_po = "\n".join([
    "BRIGHTLINE OPTICAL INC            PURCHASE ORDER                 PO 4500092001",
    "VENDOR 10077 XIAMEN HAICANG OPTICAL CO LTD         DATE 07/10/24   BUYER T.BROOKS",
    "",
    fw(["LINE", "ITEM", "DESCRIPTION", "QTY", "UOM", "PRICE"], _W32),
    fw(["00010", "BL4420-BK", "FULTON ACET 51-20-145 BLACK PILOT", "30", "EA", "16.90"], _W32),
    fw(["00020", "BL4420-HV", "FULTON ACET 51-20-145 HAVANA PILOT", "30", "EA", "16.90"], _W32),
    fw(["", "", "TOTAL", "60", "", ""], _W32),
    "",
    "SCOPE: PILOT 60 FRAMES ONLY. BALANCE 1,940 FRAMES (QUOTE XH-Q-0702) NOT RELEASED.",
    "UNLOCK: WEAR-TEST SIGN-OFF, THEN WRITTEN PRODUCTION RELEASE BY M. O'CONNOR,",
    "        DIRECTOR OF MERCHANDISE. MATERIAL: PILOT QTY ONLY.",
    "SHIP TO: DC BOLINGBROOK IL. FOB XIAMEN.",
    "",
])
_p32_txt = (
    "Hi Lily,\n\n"
    "Quick note on PO 4500092001 (Fulton): you're cleared for 80 pilot frames — 40 Black, 40 Havana — for the "
    "store wear test. The production balance stays on hold until my written release after the wear-test "
    "sign-off.\n\n"
    "Best,\nMegan\n"
    + sig("Megan O'Connor", "Director of Merchandise", "Brightline Optical Inc., Chicago", "+1 312 555 0102")
)
case("p32_multi_erp_po_and_release_mail", ["RG011"],
     "ERP PO releases 60 pilot frames; the release authority's mail for the same PO clears 80; hold, event and "
     "person are stated",
     [("PO_4500092001.txt", _p32_po),
      ("Fulton_pilot_release.eml", mail(BL_MEGAN, XH_LILY, "PO 4500092001 Fulton - pilot",
                                        "Thu, 11 Jul 2024 08:05:00 -0500", _p32_txt, cc=BL_TYLER))])

_p34_doc = docx_bytes([
    ("h1", "RILASCIO DI PRODUZIONE n. 1"),
    ("p", "Occhialeria Vento S.r.l. → Occhialeria Cadore S.r.l. — Ordine VT-PO-24/0398 — Art. VT-2500 'Brera' sole"),
    ("table", [["Voce", "Pz"],
               ["Quantità collezione (offerta 24/118)", "3.000"],
               ["Rilasciata con il presente documento (primo drop)", "1.200"],
               ["Saldo non rilasciato", "1.800"]]),
    ("p", "Il saldo resta bloccato fino al rilascio n. 2, firmato da Giulia Ferri dopo il sell-in del pre-book "
          "(fine settembre). Materiali: solo per i pezzi rilasciati."),
    ("p", "Milano, 15/07/2024 — Giulia Ferri, Product Director"),
], author="Giulia Ferri")
_p34_txt = (
    "Ciao Marco,\n\n"
    "the campionatura passed fit and hinge test, complimenti al reparto.\n\n"
    "With this mail we release the first drop of 1,500 pcs of the Brera (500 per colour). The rest of the "
    "collection stays on hold until rilascio n. 2, which I will sign after the pre-book sell-in at the end of "
    "September. Rilascio n. 1 is attached.\n\n"
    "Consegna primo drop: entro il 13 settembre, franco Milano.\n\n"
    "Un caro saluto,\nGiulia\n"
    + sig("Giulia Ferri", "Product Director", "Occhialeria Vento S.r.l., Via Tortona 31, 20144 Milano",
          "+39 02 8942 1100")
)
case("p34_eml_release_mail_vs_attached_letter", ["RG011"],
     "release mail says first drop of 1,500 pcs, the attached release letter says 1.200 released (saldo 1.800); "
     "hold, event and person are stated",
     [("Rilascio_1_Brera.eml", mail(VT_GIULIA, CD_MARCO, "Brera - rilascio produzione n. 1",
                                    "Mon, 15 Jul 2024 17:30:00 +0200", _p34_txt, cc=VT_LUCA,
                                    attachments=[("Rilascio_1_VT-PO-24-0398.docx", _p34_doc, DOCX_MT)]))])

# =================================================================== batch 4
_c18_pl = "\n".join([
    "OCCHIALERIA CADORE S.R.L. - PACKING LIST",
    "DDT n. 1187/24 del 18/07/2024        Cliente: Occhialeria Vento S.r.l., Milano",
    "Rif. ordine: VT-PO-24/0371 (campionatura)",
    "",
    fw(["Art.", "Colore", "Calibro", "Pz"], [22, 22, 10, -5]),
    fw(["VT-2500 Brera sole", "001 Nero lucido", "50-20", "10"], [22, 22, 10, -5]),
    fw(["VT-2500 Brera sole", "102 Avana scuro", "50-20", "10"], [22, 22, 10, -5]),
    fw(["VT-2500 Brera sole", "115 Tartaruga miele", "50-20", "10"], [22, 22, 10, -5]),
    fw(["VT-2500 Brera sole", "210 Cristallo fumé", "50-20", "10"], [22, 22, 10, -5]),
    fw(["Totale", "", "", "40"], [22, 22, 10, -5]),
    "",
    "Colli: 1   Peso lordo: 6,2 kg   Vettore: DHL Express AWB 5520 1189 04",
    "",
])
_c18_txt = (
    "Ciao Luca,\n\n"
    "the 40 campioni of the Brera left today with DHL (AWB 5520 1189 04), packing list attached. Test report "
    "ISO 12870 (hinge + salt spray) follows tomorrow from the lab in Longarone.\n\n"
    "For planning: we have not bought any material for the production and we keep it that way. The acetate "
    "for the saldo will be ordered only after Giulia's written release; from that day the lead time is 7 "
    "weeks.\n\n"
    "Buona giornata,\nMarco\n\n"
    "Marco Dal Col\nResponsabile Commerciale\nOcchialeria Cadore S.r.l.\nZona Industriale 12, 32044 Pieve di Cadore "
    "(BL)\nTel. +39 0435 50 1120\n"
)
case("c18_eml_supplier_status_no_material", [],
     "supplier status report: samples shipped, no material bought for production, acetate only after Giulia's "
     "written release; TXT packing list attached",
     [("Campioni_Brera_spediti.eml", mail(CD_MARCO, VT_LUCA, "Campioni Brera spediti / samples shipped",
                                          "Thu, 18 Jul 2024 16:05:44 +0200", _c18_txt,
                                          attachments=[("PackingList_DDT_1187-24.txt", _c18_pl, "text/plain")]))])

case("c19_pdf_interim_disposition_limits", [],
     "interim sample disposition: 150 frames released for the pre-launch with expiry, balance 2,210 not released "
     "until corrected hinge screws are signed off and Megan O'Connor releases in writing",
     [("Interim_disposition_BL-4410.pdf", pdf([
         ("h1", "Sample disposition & limited production release"),
         ("p", "Brightline Optical Inc. — Item BL-4410 'Wabash' acetate 52-19-145 — PO 4500088317 rev 1 — "
               "Supplier: Xiamen Haicang Optical Co., Ltd. — Date: 2024-07-03"),
         ("table", [["Field", "Value"],
                    ["Pilot frames evaluated", "40 (wear test, 6 stores, 3 weeks)"],
                    ["Disposition", "INTERIM (not final)"],
                    ["Finding", "2 of 40 frames: temple screw loosened after 2 weeks (no thread locker)"],
                    ["Quantity released now", "150 frames (75 Matte Black, 75 Crystal Olive)"],
                    ["Purpose / limit", "store pre-launch in 6 stores only"],
                    ["Expiry", "frames shipped by 2024-07-31; after that date nothing further under this interim"],
                    ["Balance not released", "2,210 frames"]]),
         ("p", "The 150 frames must use thread-locked temple screws. The balance of 2,210 frames stays on hold. It "
               "will be released only by a written production release from Megan O'Connor, Director of "
               "Merchandise, after Priya Natarajan (Product Engineer) signs off 10 frames with the corrected "
               "screws. Material: for the 150 frames only."),
         ("p", "Released by: Megan O'Connor, Director of Merchandise (release authority). Disposition by: "
               "Priya Natarajan, Product Engineer."),
     ], pagesize=LETTER, title="Interim disposition BL-4410", author="Brightline Optical"))])

_c20_tab = html_table([
    ["Item", "Descrição / description", "Fase", "Qtd"],
    ["1", "Estojo rígido couro sintético caramelo 16x6,5 cm, logo SOL DE IPANEMA hot stamping dourado", "amostra / sample", "30"],
    ["2", "Flanela microfibra 15x15 cm, estampa 'Arpoador'", "amostra / sample", "20"],
])
_c20 = html_page("Pedido SDI-PO-0561 - Portal de Fornecedores", f"""
<div style="background:#f29f05;padding:8px"><b>Sol de Ipanema Óculos</b> · Portal de Fornecedores</div>
<p>Pedido de compra / PO <b>SDI-PO-0561</b> · Fornecedor: Shree Ganesh Optical Cases Pvt. Ltd. (Bhiwandi, India) ·
Data: 16/07/2024 · Comprador: Rafael Lima</p>
{_c20_tab}
<p><b>Total desta fase / total now: 50 amostras (30 estojos + 20 flanelas).</b></p>
<div class="note">
<p><b>PT:</b> Este pedido cobre somente as 50 amostras acima. O saldo (4.950 estojos e 4.980 flanelas) NÃO está
liberado. A produção só é liberada por escrito por Ana Souza, Diretora de Produto, depois da aprovação das amostras
(teste de abrasão e cor). Material somente para as amostras.</p>
<p><b>EN:</b> This PO covers only the 50 samples above. The balance (4,950 cases and 4,980 cloths) is NOT released.
Production is released only in writing by Ana Souza, Product Director, after the samples are signed off (abrasion
and colour test). Material for the samples only.</p>
</div>
<p>Entrega: DHL Express para Rua Oscar Freire 1120, São Paulo SP. Pagamento das amostras: 100% antecipado.</p>
""", lang="pt-BR")
case("c20_html_portal_br_cases_bilingual", [],
     "Brazilian portal PO (Portuguese/English) for 50 sample cases and cloths; balance not released; Ana Souza "
     "releases in writing after sample sign-off; European '4.950' format",
     [("Pedido_SDI-PO-0561.html", _c20)])

_c21_tp = docx_bytes([
    ("h1", "KZ-11 'Kumo' — tech pack rev A"),
    ("p", "Kazeya Eyewear K.K. — designer Kenji Watanabe — for Sabae Kogei Frame Works — 2024-07-10"),
    ("table", [["Point", "Spec", "Tolerance"],
               ["Eye size / bridge", "47 / 23", "±0.3"],
               ["Temple length", "148", "±1"],
               ["Front material", "acetate 01 Kuro / 06 Kohaku (amber)", "lab dip LD-KU-03"],
               ["Bridge", "titanium keyhole, IP gold", "-"],
               ["Hinge", "7-barrel, screw M1.4", "-"],
               ["First articles", "8 pcs (4 per colour)", "-"]]),
    ("p", "Engraving inside left temple: KAZEYA 47□23 148 / MADE IN SABAE JAPAN."),
])
_c21_txt = (
    "Tanaka-san,\n\n"
    "Please find the tech pack for the KZ-11 'Kumo' attached, and our PO KZ-PO-2431:\n\n"
    "  - 8 first articles (4 in 01 Kuro, 4 in 06 Kohaku). These are the only frames ordered now.\n"
    "  - The production quantity of 500 frames in your quotation SKF-Q-915 is not released.\n"
    "  - I will send a written production release after Kenji Watanabe signs off the first articles.\n"
    "  - Material: for the 8 first articles only.\n\n"
    "Delivery of the first articles to Aoyama by 9 August, if possible.\n\n"
    "Best regards,\nYuki Sato\n" + KZ_SIG_YUKI
)
case("c21_eml_sample_po_docx_techpack", [],
     "sample PO mail (8 first articles, 500 not released, Yuki Sato's written release after Kenji's sign-off) "
     "with DOCX tech pack table attached",
     [("KZ-PO-2431_Kumo.eml", mail(KZ_YUKI, SK_TANAKA, "KZ-PO-2431 KZ-11 Kumo first articles + tech pack",
                                   "Wed, 10 Jul 2024 18:20:00 +0900", _c21_txt,
                                   attachments=[("TP_KZ-11_Kumo_revA.docx", _c21_tp, DOCX_MT)]))])

_c22_po = pdf([
    ("h1", "PURCHASE ORDER CS-1266"),
    ("p", "Coastline Shades LLC, 1840 Newport Ave, San Diego CA 92107 → Xiamen Haicang Optical Co., Ltd. "
          "Date 2024-07-08. Buyer: Dana Whitfield."),
    ("table", [["Line", "Style", "Colour", "Qty", "Unit USD"],
               ["1", "CS 'Drift' acetate sunglass 55-18-145", "Tortoise / brown polarised", "8", "24.00"],
               ["2", "CS 'Drift' acetate sunglass 55-18-145", "Black / grey polarised", "8", "24.00"],
               ["3", "CS 'Drift' acetate sunglass 55-18-145", "Olive crystal / G15", "8", "24.00"],
               ["", "", "Total PP samples", "24", "576.00"]]),
    ("p", "Scope: 24 PP samples only. The production quantity of 2,000 in quotation XH-Q-0733 is not released; the "
          "balance of 1,976 stays on hold. It is released only by a written production release from Jordan Reyes "
          "(Founder), after the water test and hinge test on the PP samples are signed off. Material authority: "
          "samples only."),
], pagesize=LETTER, title="PO CS-1266", author="Coastline Shades")
_c22_q = pdf([
    ("h1", "QUOTATION XH-Q-0733"),
    ("p", "Xiamen Haicang Optical Co., Ltd. → Coastline Shades LLC (Ms Dana Whitfield). 2024-06-30."),
    ("table", [["Item", "Qty", "Unit USD", "Lead time"],
               ["CS Drift PP samples, 3 colours", "24 pcs", "24.00", "20 days"],
               ["CS Drift production, 3 colours", "2,000 pcs", "9.80", "45 days from written release"]]),
    ("p", "Acetate Mazzucchelli, TAC polarised cat. 3, hard case + cloth included in production price."),
], title="Quotation XH-Q-0733", author="Xiamen Haicang")
_c22_ack = (
    "Dear Dana,\n\n"
    "We confirm PO CS-1266 for 24 PP samples (8 per colour), delivery 30 July.\n\n"
    "The 1,976 balance stays on hold: we will not buy material for it and will not start it before Mr Jordan "
    "Reyes' written production release after your water and hinge tests.\n\n"
    "Best regards,\nLily\n" + XH_SIG_LILY
)
case("c22_multi_po_quote_ack", [],
     "folder with PO (24 PP active, 1,976 on hold, Jordan Reyes' written release after tests), the supplier quote "
     "and the supplier's acknowledgement restating the scope",
     [("PO_CS-1266.pdf", _c22_po), ("XH-Q-0733.pdf", _c22_q),
      ("ACK_PO_CS-1266.eml", mail(XH_LILY, CS_DANA, "ACK: PO CS-1266 Drift PP samples",
                                  "Tue, 09 Jul 2024 10:00:00 +0800", _c22_ack, cc=CS_JORDAN))])

_c23_txt = (
    "Hi Lily,\n\n"
    "A quick lead-time question, for planning only — this is not a release.\n\n"
    "If Claire's written production release for the 1,176 frames of the OL-1200 Rivoli reached you on 14 "
    "June, could you still ship by 30 September? Or would that need the Mazzucchelli slot you mentioned?\n\n"
    "Nothing changes on the order today: PO OL-24-0117 covers the 24 prototypes only, the 1,176 stay on hold "
    "until Claire Dubois signs the written production release after the hinge test and our fit sign-off, and "
    "material is for the 24 prototypes only.\n\n"
    "Merci !\nHugo\n" + MO_SIG_HUGO
)
case("c23_eml_buyer_leadtime_question", [],
     "buyer asks a hypothetical lead-time question, says it is not a release and restates the complete scope",
     [("OL-24-0117_delai.eml", mail(MO_HUGO, XH_LILY, "OL-24-0117 - lead-time question (not a release)",
                                             "Wed, 05 Jun 2024 09:30:00 +0200", _c23_txt))])

_c24 = "\n".join([
    "BRIGHTLINE OPTICAL INC             SCHEDULING AGREEMENT - CALL-OFF / RELEASE",
    "AGREEMENT 5500001207   VENDOR 10231 WENZHOU LUCHENG PRECISION METAL FRAMES",
    "CALL-OFF NO 03         DATE 07/15/24         BUYER T.BROOKS",
    "ITEM BL5020-GD  LASALLE METAL 53-18-145 GOLD",
    "",
    fw(["", "QTY", "STATUS"], [38, -8, 30]),
    fw(["AGREEMENT QTY (COMMERCIAL COVER)", "1,200", ""], [38, -8, 30]),
    fw(["CALL-OFF 01  05/02/24", "300", "  RELEASED, DELIVERED"], [38, -8, 30]),
    fw(["CALL-OFF 02  06/10/24", "300", "  RELEASED, DELIVERED"], [38, -8, 30]),
    fw(["CALL-OFF 03  07/15/24  (THIS RELEASE)", "300", "  RELEASED NOW, SHIP BY 08/30/24"], [38, -8, 30]),
    fw(["BALANCE", "300", "  NOT RELEASED"], [38, -8, 30]),
    "",
    "THIS CALL-OFF RELEASES 300 FRAMES. THE REMAINING 300 OF THE AGREEMENT ARE NOT",
    "RELEASED AND ARE RELEASED ONLY BY CALL-OFF 04, SIGNED BY M. O'CONNOR, DIRECTOR",
    "OF MERCHANDISE, AFTER THE Q4 SELL-THROUGH REVIEW.",
    "MATERIAL AUTHORITY: QTY OF THIS CALL-OFF (300) ONLY.",
    "",
    "SHIP TO DC BOLINGBROOK IL 60440. LABEL CARTONS WITH AGREEMENT + CALL-OFF NO.",
    "",
])
case("c24_txt_calloff_against_agreement", [],
     "ERP call-off 03 releases 300 of a 1,200 agreement (two earlier call-offs delivered); remaining 300 held for "
     "call-off 04 signed by M. O'Connor; material for 300",
     [("CALLOFF_5500001207_03.txt", _c24)])

_c25_1 = (
    "Ciao Marco,\n\n"
    "ecco il PO VT-PO-24/0412 per la 'Navigli' optical:\n"
    "- 24 campioni (4 colours x 6) — the only pieces ordered now\n"
    "- saldo 1.176 pz not released, on hold\n"
    "- Giulia Ferri releases the saldo in writing after fit + hinge sign-off on the campioni\n"
    "- materials for the 24 campioni only\n\n"
    "Luca\n"
)
_c25_2 = (
    "Ciao Luca,\n\n"
    "confermo: 24 campioni, saldo on hold until Giulia's written release, acetate only for the campioni.\n"
    "Domanda: demo lens with logo VENTO in pad print, white or grey?\n\n"
    "Marco\n"
)
_c25_3 = (
    "White please, 6 mm high, centred on the right lens. We send 24 astucci with GLS on Monday.\n\nLuca\n"
)
_c25_4 = (
    "Perfetto. The campioni ship Friday 26/07 with DHL, DDT to follow. From 10 to 25 August we are closed for "
    "the holidays (ferie), the office answers e-mails on 19-20 August only.\n\nMarco\n"
)
_c25_txt = (
    "Grazie Marco, perfetto.\n\n"
    "We will look at the campioni in the first week of August with Giulia. Reminder for the planning during the "
    "holidays: nothing beyond the 24 campioni until Giulia sends the written release.\n\n"
    "Buone ferie a tutti in Cadore!\nLuca\n"
    + sig("Luca Bianchi", "Ufficio Acquisti", "Occhialeria Vento S.r.l., Via Tortona 31, 20144 Milano",
          "+39 02 8942 1170")
    + "\nIl 23/07/2024 11:02, Marco Dal Col ha scritto:\n" + quote(_c25_4)
    + ">\n> Il 22/07/2024 18:40, Luca Bianchi ha scritto:\n" + quote(_c25_3, 2)
    + ">>\n>> Il 22/07/2024 09:15, Marco Dal Col ha scritto:\n" + quote(_c25_2, 3)
    + ">>>\n>>> Il 19/07/2024 17:20, Luca Bianchi ha scritto:\n" + quote(_c25_1, 4)
)
case("c25_eml_long_thread_all_scoped", [],
     "four-level quoted thread: PO scope (24 active, saldo 1.176 on hold, Giulia's written release), supplier "
     "confirmation, logistics and holidays; nothing risky",
     [("Re_Navigli_VT-PO-24-0412.eml", mail(VT_LUCA, CD_MARCO, "Re: Re: Re: Navigli VT-PO-24/0412 campioni",
                                           "Tue, 23 Jul 2024 12:15:00 +0200", _c25_txt,
                                           html=html_from_text(_c25_txt)))])

_p35 = """WeChat chat history: Jordan Reyes (Coastline) & Lily Chen 陈丽 (Haicang)
Exported 2024-08-02

2024-07-22 19:12 Jordan Reyes (Coastline)
Lily — production release for Drift drop 1 is in your email, signed by me: 2,400 pcs, 600 per colour (tortoise, black, olive, honey).
2024-07-22 19:13 Jordan Reyes (Coastline)
Drop 2 (1,600) stays on hold until I sign release #2 after the sell-through review in November. Material only for drop 1 pls
2024-07-22 19:40 Lily Chen 陈丽
Received, thank you Jordan! We start cutting Monday
2024-07-23 08:05 Lily Chen 陈丽
for the honey colour, Mazzucchelli only has 8 mm, ok?
2024-07-23 08:30 Jordan Reyes (Coastline)
8 mm fine. ok so 2k for drop 1 confirmed, 500 each colour 👍
2024-07-23 08:31 Lily Chen 陈丽
ok noted 2k 👌
2024-07-23 08:31 Lily Chen 陈丽
[Sticker]
"""
case("p35_wechat_release_2400_then_2k", ["RG011"],
     "WeChat: signed release of 2,400 for drop 1 (600 per colour), then the same buyer confirms '2k for drop 1, "
     "500 each'; drop 2 hold, event and person are stated",
     [("WeChat_Jordan_Lily_drop1.txt", _p35)])

_p36_snap = html_page("PO 4500092210 - Brightline Supplier Portal", """
<div style="background:#222;color:#fff;padding:8px"><b>Brightline Optical</b> · Supplier Portal · PO detail (snapshot)</div>
<p>PO <b>4500092210</b> · Vendor 10231 Wenzhou Lucheng Precision Metal Frames · Changed 2024-07-24 · Buyer: Tyler Brooks</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>PO qty</th><th>Released qty</th></tr>
<tr><td>10</td><td>BL5030-SV</td><td>Grant titanium 50-20-145 silver</td><td>First article</td><td>40</td><td>48</td></tr>
</table>
<div class="note">Production quantity (quote LMF-Q-2611): 1,200 frames. The balance beyond the first articles is not
released; it is released only by a written production release from Megan O'Connor after Priya Natarajan signs off
the first-article inspection. Material: first articles only.</div>
""")
_p36_txt = (
    "Hi Jason,\n\n"
    "PO 4500092210 (Grant titanium) was changed this morning — new ship date Aug 16. Snapshot of the portal page "
    "attached so you have it offline.\n\n"
    "Thanks,\nTyler\n" + BL_SIG_TYLER
)
case("p36_eml_portal_snapshot_po_vs_released", ["RG011"],
     "portal snapshot attached as HTML: first-article line with PO qty 40 and released qty 48; hold, event and "
     "release person are stated",
     [("PO_4500092210_changed.eml", mail(BL_TYLER, WL_JASON, "PO 4500092210 changed - Grant titanium FA",
                                         "Wed, 24 Jul 2024 11:40:00 -0500", _p36_txt,
                                         attachments=[("PO_4500092210_snapshot.html", _p36_snap, "text/html")]))])

case("p37_docx_size_curve_sum_differs", ["RG011"],
     "tech pack states 30 authorised samples, its size-curve table adds up to 36; hold, event and person stated",
     [("TP_KZ-12_Sora_samples.docx", docx_bytes([
         ("h1", "KZ-12 'Sora' — sample order & size curve"),
         ("p", "Kazeya Eyewear K.K. → Sabae Kogei Frame Works. Order KZ-PO-2440. 2024-07-25. Colour 02 Shiro-kame "
               "(white tortoise)."),
         ("p", "Authorised sample quantity: 30 pcs, for the store fitting panel in Tokyo and Osaka."),
         ("table", [["Size", "Eye / bridge / temple", "Sample pcs"],
                    ["S", "46□20-140", "10"],
                    ["M", "48□20-145", "14"],
                    ["L", "50□21-145", "12"]]),
         ("p", "The production quantity of 600 frames is not released and stays on hold. Yuki Sato (Purchasing "
               "Manager) will send a written production release after Kenji Watanabe signs off the samples. "
               "Material for the samples only."),
     ], author="Yuki Sato"))])

_p39_orig = (
    "Dear Kevin,\n\n"
    "Please find PO OA-2024-00961 attached: twelve (12) prototypes of the 'Loire' acetate frame.\n"
    "The balance of 1,488 frames of your offer is not released. It will be released only by my written "
    "production release after the store panel sign-off. The 30% deposit on this PO covers the tooling and the "
    "prototypes.\n\n"
    "Cordialement,\nSandrine Morel\nResponsable Achats Montures, Optique Atlantique\n"
)
_p39_txt = (
    "Dear Ms Morel,\n\n"
    "We received your 30% deposit yesterday, thank you very much. So the production of the 1,488 is now running, "
    "ETD Ningbo 15 August, vessel booking next week.\n\n"
    "The 12 prototypes were sent by DHL on Monday, AWB 7702 3381 55.\n\n"
    "Best regards,\nKevin Wu\nExport Sales, Wenzhou Ouhai Glasses Factory\n+86 577 8812 6650\n\n"
    "-----Original Message-----\nFrom: Sandrine Morel\nSent: 2024-07-02 10:15\nSubject: PO OA-2024-00961 Loire\n"
    + quote(_p39_orig)
)
case("p39_eml_deposit_received_production_running", ["RG012"],
     "supplier starts the 1,488 because the deposit arrived, though the quoted PO releases 12 prototypes and says "
     "the deposit covers tooling and prototypes",
     [("RE_PO_OA-2024-00961.eml", mail(WO_KEVIN, OA_SANDRINE, "RE: PO OA-2024-00961 Loire",
                                       "Thu, 11 Jul 2024 09:20:00 +0800", _p39_txt, cc=OA_JULIEN))])

_p40_orig = (
    "Hi Rohit,\n\n"
    "PO 4500092455 is attached. It covers 24,000 printed microfiber cloths commercially, but only 500 are "
    "released now: a print proof run for the store test. The other 23,500 are NOT released. Megan O'Connor will "
    "release them in writing after the print and colour-fastness sign-off. Material for the 500 only.\n\n"
    "Tyler\n"
)
_p40_txt = (
    "Dear Tyler Sir,\n\n"
    "Greetings from Shree Ganesh Optical Cases!\n\n"
    "We are pleased to inform you that your PO 4500092455 is accepted in our system. With the PO acceptance, "
    "production of the complete 24,000 pcs is confirmed and scheduled on our printing line from 22 July, so "
    "your stores will get the cloths well before the holiday season.\n\n"
    "Please find the pro-forma invoice and the colour-fastness test plan attached.\n\n"
    "Thanks & Regards,\nRohit Mehta\nExport Manager\nShree Ganesh Optical Cases Pvt. Ltd.\nMob +91 98200 41736\n\n"
    "-----Original Message-----\nFrom: Tyler Brooks\nSent: 15 July 2024 21:40\nSubject: PO 4500092455 cloths\n"
    + quote(_p40_orig)
)
case("p40_eml_po_acceptance_means_production", ["RG012"],
     "supplier says PO acceptance confirms production of all 24,000 cloths, while the quoted PO releases 500 and "
     "keeps 23,500 on hold for Megan's written release",
     [("RE_PO_4500092455.eml", mail(SG_ROHIT, BL_TYLER, "RE: PO 4500092455 cloths - PO accepted",
                                    "Tue, 16 Jul 2024 11:05:00 +0530", _p40_txt))])

case("p42_pdf_po_sample_and_production_columns", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO table with a 'Production qty' column (1,250 per colour) beside the sample qty; nothing about the "
     "balance, no unlock event, no release person",
     [("PO_CS-1288.pdf", pdf([
         ("h1", "PURCHASE ORDER CS-1288"),
         ("p", "Coastline Shades LLC, 1840 Newport Ave, San Diego CA 92107. Vendor: Xiamen Haicang Optical Co., Ltd. "
               "Date: 2024-07-29. Buyer: Dana Whitfield. Terms: samples prepaid; FOB Xiamen."),
         ("table", [["Line", "Style", "Colour / lens", "Sample qty", "Production qty", "Unit USD (sample)"],
                    ["1", "CS 'Tide' TR90 wrap 62-15-125", "Crystal / blue mirror", "6", "1,250", "18.00"],
                    ["2", "CS 'Tide' TR90 wrap 62-15-125", "Matte black / grey", "6", "1,250", "18.00"],
                    ["3", "CS 'Tide' TR90 wrap 62-15-125", "Sand / brown", "6", "1,250", "18.00"],
                    ["4", "CS 'Tide' TR90 wrap 62-15-125", "Sea green / G15", "6", "1,250", "18.00"],
                    ["", "", "Total", "24", "5,000", "432.00"]]),
         ("p", "Lenses polarised TAC cat. 3 per ANSI Z80.3. Logo on temple: white pad print. Samples by FedEx to "
               "San Diego by Aug 20."),
         ("p", "Dana Whitfield, Operations & Purchasing"),
     ], pagesize=LETTER, title="PO CS-1288", author="Coastline Shades"))])

_p44_po = pdf([
    ("h1", "BON DE COMMANDE OA-2024-00977"),
    ("p", "Optique Atlantique SAS → Wenzhou Lucheng Precision Metal Frames. Date : 22/07/2024. Acheteuse : Sandrine Morel."),
    ("table", [["Ligne", "Article", "Coloris", "Qté", "PU USD"],
               ["1", "OA-M-3110 'Pilote' 56-15", "Or", "10", "24,00"],
               ["2", "OA-M-3110 'Pilote' 56-15", "Gun", "10", "24,00"],
               ["3", "OA-M-3110 'Pilote' 56-15", "Argent", "10", "24,00"],
               ["", "", "Total prototypes", "30", "720,00"]]),
    ("p", "Scope: the first order for this model is 600 frames. This PO releases the 30 prototypes above only. The "
          "balance of 570 frames of the first order is not released; it is released only in writing by Sandrine "
          "Morel, Responsable Achats Montures, after the store panel fitting and the hinge test are signed off. "
          "Material: prototypes only."),
    ("p", "Tech pack OA-M-3110 rev B attached."),
], title="BC OA-2024-00977", author="Optique Atlantique")
_p44_tp = docx_bytes([
    ("h1", "Fiche technique / tech pack OA-M-3110 'Pilote' — rev B"),
    ("table", [["Champ / field", "Valeur / value"],
               ["Client", "Optique Atlantique SAS — studio produit"],
               ["Modèle", "OA-M-3110 'Pilote', aviateur monel, double pont"],
               ["Calibre", "56□15-145"],
               ["Coloris", "Or / Gun / Argent"],
               ["Bulk qty", "5,000 pcs"],
               ["Delivery bulk", "week 40, DC Carquefou"],
               ["Charnière", "OBE 5 barrels, vis M1.4"],
               ["Plaquettes", "silicone, vissées"]]),
    ("p", "Gravure intérieure branche gauche : OA 3110 56□15 145. Étui : OA-ACC-0162."),
], author="Studio produit OA")
case("p44_multi_po_and_techpack_bulk_qty", ["RG001"],
     "PO releases 30 protos and holds the 570 balance of a 600 first order; the attached tech pack shows 'Bulk qty "
     "5,000 pcs' with a delivery week and nothing saying it is informational or not released",
     [("BC_OA-2024-00977.pdf", _p44_po), ("TP_OA-M-3110_revB.docx", _p44_tp)])

# =================================================================== batch 5
_p45_q = pdf([
    ("h1", "QUOTATION SKF-Q-931"),
    ("p", "Sabae Kogei Frame Works Co., Ltd. → Kazeya Eyewear K.K. (Ms Yuki Sato). 2024-07-18. Model KZ-14 'Yukimi', "
          "acetate 49□21-145, colours 01 Kuro / 07 Yuki-shiro."),
    ("table", [["Item", "Quantity", "Unit price (JPY)", "Delivery"],
               ["First articles", "8 pcs", "16,500", "3 weeks"],
               ["1st drop", "400 pcs", "6,900", "September"],
               ["2nd drop", "1,600 pcs", "6,400", "October - November"]]),
    ("p", "Acetate: Takiron / Mazzucchelli. Hinge 5-barrel. Ex works Sabae. Payment 60 days."),
], title="Quotation SKF-Q-931", author="Sabae Kogei")
_p45_txt = (
    "Tanaka-san,\n\n"
    "Thank you for your quotation SKF-Q-931 (attached). Our PO "
    "KZ-PO-2452 for the KZ-14 'Yukimi':\n\n"
    "  - 8 first articles (4 in 01 Kuro, 4 in 07 Yuki-shiro). Only these 8 are ordered now.\n"
    "  - The first drop is 400 frames. The remaining 392 frames of the first drop are not released.\n"
    "  - I will send the written production release for them after Kenji Watanabe signs off the first articles.\n"
    "  - Material: for the 8 first articles only.\n\n"
    "Best regards,\nYuki Sato\n" + KZ_SIG_YUKI
)
case("p45_eml_po_first_drop_quote_second_drop", ["RG001"],
     "PO releases 8 first articles and holds the 392 rest of a 400 first drop; the attached quote also shows a 2nd "
     "drop of 1,600 pcs with nothing saying it is informational or not released",
     [("KZ-PO-2452_Yukimi.eml", mail(KZ_YUKI, SK_TANAKA, "KZ-PO-2452 KZ-14 Yukimi first articles",
                                     "Fri, 19 Jul 2024 15:45:00 +0900", _p45_txt,
                                     attachments=[("SKF-Q-931.pdf", _p45_q, PDF_MT)]))])

_p46 = """[7/15/24, 4:02:11 PM] Jordan Reyes: Hey Lily! PO CS-1301 just went out for the Harbor: 18 PP samples, 6 per colour (sand, navy, tortoise)
[7/15/24, 4:03:40 PM] Jordan Reyes: The 1,782 production pcs are NOT released. I'll send you a written release after our beach wear-test sign-off. Material for the 18 only 🙏
[7/15/24, 7:15:02 PM] Lily Chen: Hi Jordan, received. 18 PP, production wait your written release 👌
[7/29/24, 8:31:55 PM] Lily Chen: PP samples finished, photos here
[7/29/24, 8:32:10 PM] Lily Chen: <attached: 00000041-PHOTO-2024-07-29-20-32-10.jpg>
[7/29/24, 8:32:11 PM] Lily Chen: <attached: 00000042-PHOTO-2024-07-29-20-32-11.jpg>
[7/29/24, 9:05:47 PM] Jordan Reyes: these look 🔥🔥 the navy is perfect
[7/29/24, 9:06:02 PM] Jordan Reyes: green light from us!
[7/29/24, 9:20:13 PM] Lily Chen: Thank you Jordan 🙏
"""
case("p46_whatsapp_green_light_unscoped", ["RG002"],
     "WhatsApp: after PP photos the buyer writes 'green light from us!' without saying samples or a quantity; the "
     "chat's earlier scope is complete",
     [("WhatsApp Chat with Lily Chen Haicang.txt", _p46)])

_p47_orig = (
    "Ciao Marco,\n\n"
    "PO VT-PO-24/0433 per la 'Duomo' sole:\n"
    "- 30 campioni (3 colori x 10), solo questi sono ordinati adesso\n"
    "- saldo 2.970 pz non rilasciato / not released\n"
    "- Giulia Ferri releases the saldo in writing after she signs off the campioni\n"
    "- materiale solo per i campioni\n\n"
    "Luca\n"
)
_p47_txt = (
    "Ciao Marco,\n\n"
    "the 30% acconto on the full order was wired yesterday (CRO 0306 9023 7715), so procedete pure — "
    "you can go ahead! 👍\n\n"
    "Fammi sapere le date di consegna quando le hai.\n\n"
    "Grazie,\nLuca\n"
    + sig("Luca Bianchi", "Ufficio Acquisti", "Occhialeria Vento S.r.l., Via Tortona 31, 20144 Milano",
          "+39 02 8942 1170")
    + "\nIl 01/07/2024 10:30, Luca Bianchi ha scritto:\n" + quote(_p47_orig)
)
case("p47_eml_acconto_wired_procedete", ["RG002", "RG012"],
     "buyer: deposit on the full order wired, 'so procedete pure - you can go ahead!' - payment as the trigger and "
     "an unscoped go-ahead; the quoted PO scope is complete",
     [("Duomo_VT-PO-24-0433.eml", mail(VT_LUCA, CD_MARCO, "Duomo - acconto bonificato", "Tue, 30 Jul 2024 09:10:00 +0200",
                                 _p47_txt))])

case("p49_docx_evaluation_report_approved_proceed", ["RG002"],
     "prototype evaluation report concludes 'APPROVED - proceed' without sample-only or a quantity; order scope "
     "block is complete",
     [("Rapport_evaluation_OL-1610.docx", docx_bytes([
         ("h1", "Rapport d'évaluation prototypes / Prototype evaluation report"),
         ("p", "Maison Olivier Lunettes — Model OL-1610 'Bastille' acetate 50-20-145 — Supplier Xiamen Haicang — "
               "PO OL-24-0266 — Evaluated 2024-07-24 by Élodie Marchand (studio) and Hugo Lambert (purchasing)."),
         ("p", "Order scope (standard block): PO OL-24-0266 covers 24 prototypes. The balance of 1,176 frames is not "
               "released; it is released only by a written production release signed by Claire Dubois, Head of "
               "Sourcing, after the fit and hinge sign-off. Material: prototypes only."),
         ("table", [["Check", "Requirement", "Result"],
                    ["Fit on panel (12 wearers)", "no pressure points", "OK"],
                    ["Hinge endurance", "ISO 12870:2016, 10,000 cycles", "OK"],
                    ["Colour 07 Écaille blonde", "per lab dip LD-07-c", "OK"],
                    ["Colour 22 Bleu nuit", "per lab dip LD-22-a", "OK"],
                    ["Temple engraving", "artwork v3", "OK"]]),
         ("h", "Result"),
         ("p", "APPROVED — proceed."),
         ("p", "Comments: slightly reduce the polishing on the inner temple core wire area (cosmetic)."),
     ], author="Élodie Marchand"))])

_p50_orig = (
    "Hi Jason,\n\n"
    "PO CS-1315 attached: 12 samples of the 'Pier Ti' (6 gold, 6 matte black).\n"
    "The production quantity of 1,188 is NOT released. Jordan Reyes releases it in writing after the salt-spray "
    "test sign-off. Material authority: samples only.\n\n"
    "Dana\n"
)
_p50_txt = (
    "Jason —\n\n"
    "Budget's approved on our end and the plating colors are approved too. Go ahead! 🤙\n\n"
    "Jordan\n\nJordan Reyes | Founder | Coastline Shades | San Diego CA | @coastlineshades\n\n"
    "On Tue, Jul 30, 2024 at 7:14 AM Dana Whitfield <dana@coastlineshades.com> wrote:\n" + quote(_p50_orig)
)
case("p50_eml_budget_and_colours_approved_go_ahead", ["RG002", "RG009"],
     "'approved' for the budget (commercial) and for plating colours (technical), then an unscoped 'Go ahead!'; "
     "the quoted PO scope is complete",
     [("Re_PO_CS-1315_Pier_Ti.eml", mail(CS_JORDAN, WL_JASON, "Re: PO CS-1315 Pier Ti samples",
                                          "Thu, 01 Aug 2024 17:55:00 -0700", _p50_txt, cc=CS_DANA,
                                          html=html_from_text(_p50_txt)))])

_p51_txt = (
    "Bonjour Kevin,\n\n"
    "Suite à notre appel d'hier : release for the pre-series of the 'Loire' as discussed on the phone — please "
    "start.\n\n"
    "The rest of the order stays on hold and is not released until the hinge test (ISO 12870) and the store "
    "panel fitting on the pre-series are signed off by me and I send you the written production release. "
    "Material: for the pre-series only, please.\n\n"
    "Merci de m'envoyer la date d'expédition DHL.\n\n"
    "Cordialement,\nSandrine Morel\nResponsable Achats Montures\nOptique Atlantique SAS — 5 quai de la Fosse, "
    "44000 Nantes\nTél. 02 40 48 11 26\n"
)
case("p51_eml_preseries_as_discussed_no_qty", ["RG010"],
     "buyer releases 'the pre-series as discussed on the phone' without a quantity; hold, unlock event and release "
     "person (Sandrine, 'me') are stated",
     [("Loire_preserie.eml", mail(OA_SANDRINE, WO_KEVIN, "Loire - pré-série / pre-series",
                                  "Tue, 23 Jul 2024 08:45:00 +0200", _p51_txt, cc=OA_JULIEN))])

_W52 = [4, 14, 40, -10, 4, -12]
_p52 = "\n".join([
    "SOL DE IPANEMA OCULOS LTDA            PEDIDO DE COMPRA / PURCHASE ORDER     No SDI-PO-0590",
    "RUA OSCAR FREIRE 1120 - SAO PAULO SP   CNPJ 12.345.678/0001-90",
    "FORNECEDOR: 000412 XIAMEN HAICANG OPTICAL CO LTD             EMISSAO: 29/07/2024",
    "COMPRADOR : RAFAEL LIMA                                      COND.PGTO: 100% ANTECIPADO",
    "",
    fw(["IT", "PRODUTO", "DESCRICAO", "QTD", "UN", "VL UNIT"], _W52),
    "-" * 88,
    fw(["01", "SDI-AMO-0590", "AMOSTRAS OCULOS SOL 'GAVEA' ACETATO", "VER FICHA", "PC", "USD 26,00"], _W52),
    fw(["", "", "CONFORME FICHA TECNICA GAVEA REV A", "", "", ""], _W52),
    "-" * 88,
    "",
    "OBS: AMOSTRAS / SAMPLES AS PER TECH PACK GAVEA REV A (COLOURS AND QTY PER COLOUR",
    "     IN THE TECH PACK). LENTES POLARIZADAS CAT.3. SHIP DHL EXPRESS TO SAO PAULO.",
    "     INVOICE IN USD, NCM 9004.10.00.",
    "",
])
case("p52_txt_erp_samples_qty_see_techpack", ["RG003", "RG004", "RG005", "RG010"],
     "ERP sample PO with quantity 'VER FICHA' (see tech pack, not in the bundle); nothing about the balance, no "
     "unlock event, no release person",
     [("PEDIDO_SDI-PO-0590.txt", _p52)])

_p53 = html_page("Call-off 02 - agreement 5500001310", """
<div style="background:#222;color:#fff;padding:8px"><b>Brightline Optical</b> · Supplier Portal · Scheduling agreement</div>
<p>Agreement <b>5500001310</b> · BL-4415 'Loop' acetate 50-21-145 · Vendor 10077 Xiamen Haicang Optical Co., Ltd.</p>
<table>
<tr><th>Document</th><th>Date</th><th>Content</th><th>Status</th></tr>
<tr><td>Agreement</td><td>2024-04-02</td><td>commercial cover 4,800 frames</td><td>active</td></tr>
<tr><td>Call-off 01</td><td>2024-05-06</td><td>1,200 frames, wave 1</td><td>delivered</td></tr>
<tr><td>Call-off 02</td><td>2024-07-29</td><td>Midwest store allocation, wave 2 (see allocation file ALLOC-W2)</td><td>released</td></tr>
</table>
<div class="note"><b>Call-off 02 note (buyer):</b> Please produce and ship the wave 2 Midwest allocation as per allocation file
ALLOC-W2, ship by Sept 13. The remaining agreement quantity after wave 2 is not released; it will be released only by
call-off 03, signed by Megan O'Connor, after the Q4 sell-through review.</div>
<h4>Vendor comments</h4>
<table>
<tr><th>Date</th><th>By</th><th>Comment</th></tr>
<tr><td>2024-07-30</td><td>Lily Chen (Xiamen Haicang)</td><td>Received call-off 02. Acetate sheets and hinges for the full
remaining agreement (3,600 frames) have been purchased and are in our stock, to protect lead time for the next waves.</td></tr>
</table>
""")
case("p53_html_calloff_allocation_no_qty_material_full", ["RG006", "RG010"],
     "portal call-off releases 'the wave 2 Midwest allocation' with no quantity (file not in bundle); vendor comment "
     "says material for the full remaining 3,600 frames is bought",
     [("portal_calloff02_5500001310.html", _p53)])

case("p54_docx_release_letter_first_lot_no_qty", ["RG010"],
     "release letter releases 'the first production lot ... per the quantities agreed in our meeting' without "
     "stating a quantity; hold, release no. 2 event and Yuki Sato named",
     [("Production_release_1_KZ-07.docx", docx_bytes([
         ("h1", "Production release No. 1"),
         ("p", "Kazeya Eyewear K.K., 3-12-9 Minami-Aoyama, Minato-ku, Tokyo → Sabae Kogei Frame Works Co., Ltd., Sabae."),
         ("p", "Order: KZ-PO-2406 — KZ-07 'Hanabi' — Date: 2024-07-16"),
         ("p", "The first articles were signed off by Kenji Watanabe on 12 July 2024."),
         ("p", "We hereby release the first production lot of the KZ-07 'Hanabi' in colours 03 Kaki, 05 Sumi and "
               "08 Ame, per the quantities agreed in our meeting in Sabae on 10 July."),
         ("p", "The remaining quantity of the order stays on hold and is not released. It will be released only by "
               "production release No. 2, which Yuki Sato will sign after the sell-through review in November."),
         ("p", "Material: for the first production lot only."),
         ("p", "Yuki Sato, Purchasing Manager"),
     ], author="Yuki Sato"))])

_p55 = """WeChat chat history with Lily Chen 陈丽 (Haicang Optical)
Exported 2024-08-05

2024-07-24 15:10  Lily Chen 陈丽
Hugo, for the 'Oberkampf' production: MOQ 1,500 pcs per model, price EUR 15.20, lead time 50 days

2024-07-24 15:11  Lily Chen 陈丽
acetate Mazzucchelli, 3 colours as your design

2024-07-24 17:48  Hugo Lambert
ok 👍 make 6 samples per colour first pls: noir, écaille, cristal rose. Ship DHL to the studio, rue de Turenne

2024-07-24 17:49  Hugo Lambert
PO number OL-24-0279 for the invoice

2024-07-24 18:02  Lily Chen 陈丽
ok, 18 samples, ready in 3 weeks 👌

2024-08-05 10:30  Lily Chen 陈丽
[Photo]
"""
case("p55_wechat_samples_after_moq_message", ["RG001", "RG003", "RG004", "RG005"],
     "WeChat: supplier states production MOQ 1,500; buyer orders 6 samples per colour (18) and says nothing about the "
     "production quantity, its unlock event or who releases it",
     [("wechat_Haicang_LilyChen_Oberkampf.txt", _p55)])

# === END CASES ===


# ================================================================== build
def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h108_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, EmailMessage):
                p.write_bytes(eml_bytes(data))
            elif isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean, {len(CASES) - n_clean} with risks)")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
