#!/usr/bin/env python3
"""Generator for the releasegate check_holdout181 corpus (winery and vineyard equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout181/build.py

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
    m["Message-ID"] = msgid or f"<h181-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h181")
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


# =================================================================== CLEAN
# Helpers added for this corpus ------------------------------------------------
def T(s):
    """Case text is written flush-left in triple quotes; drop the first newline."""
    return s[1:] if s.startswith("\n") else s


def html_of(text):
    """Plain mail text -> simple HTML body for the text/html alternative."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def quote(text, level=1):
    pre = "> " * level
    return "\n".join((pre + line).rstrip() for line in text.splitlines())


# --- people ------------------------------------------------------------------
# Buyers
GFW = "Greenock Flat Wines Pty Ltd"          # Barossa, South Australia
GFW_ADDR = "Gomersal Road, Greenock SA 5360, Australia"
VTG = "Grupo Viñas del Tinguiririca S.A."    # Colchagua, Chile
KV = "Kransvlei Estate (Pty) Ltd"            # Simondium, Western Cape, South Africa
OFC = "Oak Flat Custom Crush LLC"            # Lodi, California
# Suppliers
ENO = "Enotecnica Valpolesine S.r.l."        # San Bonifacio (VR), Italy: tanks, valves
DEL = "Pressoirs Delaunay SAS"               # Épernay, France: presses, membranes, press parts
VMO = "Vinotech Modra s.r.o."                # Modra, Slovakia: barrel racks, steel fabrication
OSH = "Wenzhou Ousheng Fluid Equipment Co., Ltd."  # Wenzhou, China: valves, fittings, change parts
APC = "Alambres y Postes Cuyo S.A."          # Luján de Cuyo, Mendoza, Argentina: posts, wire

A_KELLER = "Bronwyn Keller <bkeller@greenockflat.com.au>"
A_PITT = "Darren Pitt <dpitt@greenockflat.com.au>"
C_FUENTES = "Catalina Fuentes <cfuentes@vinastinguiririca.cl>"
C_ROJAS = "Felipe Rojas <frojas@vinastinguiririca.cl>"
C_ARAVENA = "Rodrigo Aravena <raravena@vinastinguiririca.cl>"
K_BOTHA = "Anika Botha <anika.botha@kransvlei.co.za>"
K_STEYN = "Johan Steyn <johan.steyn@kransvlei.co.za>"
O_DRISCOLL = "Megan Driscoll <mdriscoll@oakflatcrush.com>"
O_HAAS = "Tyler Haas <thaas@oakflatcrush.com>"
E_BELLIN = "Marco Bellin <m.bellin@enotecnica-vp.it>"
E_FERRARESI = "Giulia Ferraresi <g.ferraresi@enotecnica-vp.it>"
D_LEFEVRE = "Sandrine Lefèvre <s.lefevre@pressoirs-delaunay.fr>"
D_GARNIER = "Olivier Garnier <o.garnier@pressoirs-delaunay.fr>"
V_KOVAC = "Peter Kováč <kovac@vinotech-modra.sk>"
V_HRUSKOVA = "Zuzana Hrušková <hruskova@vinotech-modra.sk>"
W_ZHOU = "Linda Zhou <linda.zhou@ousheng-fluid.cn>"
W_CHEN = "Kevin Chen <kevin.chen@ousheng-fluid.cn>"
M_GUTIERREZ = "Martín Gutiérrez <mgutierrez@apcuyo.com.ar>"


def sig_it(name, title):
    return (f"\n--\n{name}\n{title}\nEnotecnica Valpolesine S.r.l.\nVia dell'Artigianato 14, 37047 "
            "San Bonifacio (VR) - Italia\nTel. +39 045 610 2231\n\n"
            "Questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario. "
            "This e-mail and its attachments are confidential and intended only for the addressee. "
            "If you received it by mistake please delete it and inform us. Rif. D.Lgs. 196/2003 e "
            "Reg. UE 2016/679.\n")


def sig_ar(name, title):
    return (f"\n--\n{name}\n{title}\nAlambres y Postes Cuyo S.A.\nRuta Prov. 15 km 21, Luján de Cuyo, "
            "Mendoza, Argentina\n+54 261 498 0712\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial. Si lo recibió por error, "
            "por favor elimínelo y avise al remitente. / This message is confidential.\n")


def sig_cl(name, title):
    return (f"\n--\n{name}\n{title}\nGrupo Viñas del Tinguiririca S.A.\nCamino a Lolol km 4, "
            "Santa Cruz, Colchagua, Chile\n+56 72 282 4410\n\n"
            "Este correo y sus adjuntos son confidenciales. No constituye oferta ni aceptación "
            "salvo indicación expresa. This e-mail is confidential.\n")


def sig_sk(name, title):
    return (f"\n--\nS pozdravom / Best regards\n{name}\n{title}\nVinotech Modra s.r.o.\n"
            "Štúrova 22, 900 01 Modra, Slovakia\nTel. +421 33 640 1187\n"
            "IČO 36 712 045, zapísaná v OR OS Bratislava I\n\n"
            "This e-mail is confidential and intended for the addressee only.\n")


def sig_fr(name, title):
    return (f"\n--\n{name}\n{title}\nPressoirs Delaunay SAS\n12 rue des Vignerons, 51200 Épernay, "
            "France\nTél. +33 3 26 51 40 20\n\n"
            "Ce message et ses pièces jointes sont confidentiels. This message and any attachments "
            "are confidential. If you are not the intended recipient please delete it.\n")


def sig_cn(name, title):
    return (f"\n--\nBest regards,\n{name}\n{title}\nWenzhou Ousheng Fluid Equipment Co., Ltd.\n"
            "No. 88 Binhai 3rd Road, Longwan District, Wenzhou, Zhejiang 325000, China\n"
            "Tel: +86 577 8600 1234  WeChat: ousheng_sales\n\n"
            "This email may contain confidential information. If you are not the intended "
            "recipient, please delete it.\n")


def sig_za(name, title):
    return (f"\n--\nKind regards\n{name}\n{title}\nKransvlei Estate (Pty) Ltd\nR45, Simondium, "
            "Western Cape 7670, South Africa\n+27 21 874 3360\n\n"
            "DISCLAIMER: This e-mail is subject to the Kransvlei Estate e-mail policy. It is "
            "confidential and may be privileged. No liability is accepted for viruses. "
            "Registration no. 1998/004411/07.\n")


def sig_au(name, title):
    return (f"\n--\n{name}\n{title}\nGreenock Flat Wines Pty Ltd\n{GFW_ADDR}\n+61 8 8562 8120\n\n"
            "This email and any attachments are confidential and may be subject to legal privilege. "
            "If you are not the intended recipient please notify the sender and delete it. "
            "Greenock Flat Wines acknowledges the Peramangk and Ngadjuri peoples.\n")


def sig_us(name, title):
    return (f"\n--\n{name} | {title}\nOak Flat Custom Crush LLC\n1440 N. Cherokee Lane, Lodi, "
            "CA 95240\n(209) 555-0147\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments "
            "are intended only for the named recipient(s). If you received it in error, please "
            "notify the sender and delete it.\n")

# c01 supplier quote with sample and production tiers (TXT printout) -----------
case("c01_quote_tiers", [], "supplier quote with sample and production tiers; no authorization in the bundle",
     [("QT-OS-240318.txt", T("""
WENZHOU OUSHENG FLUID EQUIPMENT CO., LTD.
No. 88 Binhai 3rd Road, Longwan District, Wenzhou, Zhejiang 325000, China
Tel +86 577 8600 1234      ISO 9001:2015 cert. no. 04524Q10077

                              QUOTATION
Quotation no.: QT-OS-240318                    Date: 2024-03-18
To:   Oak Flat Custom Crush LLC, 1440 N. Cherokee Lane, Lodi CA 95240, USA
Attn: Ms. Megan Driscoll, Purchasing
Your RFQ: OF-RFQ-0219 dated 2024-03-11

Item:     Sanitary butterfly valve DN50 (2"), tri-clamp ends ISO 2852,
          body AISI 316L, seat EPDM (FDA 21 CFR 177.2600), 4-position pull handle
Drawing:  OS-BV-050 Rev 3

 Qty tier            Unit price USD    Lead time
 -----------------------------------------------------------------
 Sample     10 pcs        48.50        15 days after drawing confirm
 Tier 1    100 pcs        31.20        35 days
 Tier 2    250 pcs        28.90        35 days
 Tier 3    600 pcs        26.40        45 days
 -----------------------------------------------------------------

Test:        100% seat leak test at 10 bar, 30 s. Material cert EN 10204 3.1.
Price term:  FOB Ningbo
Payment:     30% T/T in advance, 70% before shipment
Validity:    60 days from quotation date

Remark: The tiers above are for price reference only. Quantity to produce
will follow your purchase order and your written release. We do not buy
material before that.

Prepared by: Linda Zhou, Sales Dept.   linda.zhou@ousheng-fluid.cn
Checked by:  Kevin Chen, Engineering
""")) ])


# c02 buyer RFQ with three quantity scenarios (EML, multipart/alternative) ------
_t = T("""
Hi Peter,

Thanks for the call Tuesday. As promised, here's our RFQ for the stacking racks so we can
budget for harvest 2025. Could you quote three scenarios:

  A) two hundred (200) racks
  B) 400 racks
  C) 800 racks

Rack: two-barrel stacking rack for 225 L / 228 L barrels, powder coat RAL 7016, forklift
pockets both sides, stackable 4 high, per our drawing OFC-RK-228 rev B (sent with my last
email). Please add a price for 2 prototype racks by air freight, and lead times for each
scenario, EXW Modra and DAP Lodi.

Just so it's clear: this is a request for quotation only. It's not an order and nothing is
authorized yet, so please don't buy any steel. We'll send a PO once we've picked a scenario.

Quotes back by May 31 if you can swing it.

Thanks!
Megan
""") + sig_us("Megan Driscoll", "Purchasing")
case("c02_rfq_three_scenarios", [], "buyer RFQ with three quantity scenarios, explicitly not an order",
     [("msg_OF-RFQ-0231.eml", eml_bytes(mail(
         O_DRISCOLL, V_KOVAC, "RFQ OF-RFQ-0231 - two-barrel racks, 3 qty scenarios",
         "Wed, 15 May 2024 16:42:10 -0700", _t, html=html_of(_t),
         cc="Tyler Haas <thaas@oakflatcrush.com>")))])


# c03 WhatsApp: supplier asks for go-ahead, buyer answers with full scope (TXT) --
case("c03_chat_question_scoped_answer", [],
     "supplier's go-ahead question; buyer answers 120 trial posts only, 4.800 not released, event and Ignacio Letelier named",
     [("WhatsApp_Chat_APC_Felipe.txt", T("""
13/05/24, 09:41 - Martín Gutiérrez APC: Buen día Felipe! the posts for the trial block are ready, 120 pcs Z-profile 2,40 m
13/05/24, 09:41 - Martín Gutiérrez APC: question: do we have the go-ahead for the 4.800 also? we have a slot in the galvanizing line week 22
13/05/24, 09:58 - Felipe Rojas: Hola Martín. No, not yet 🙏
13/05/24, 09:59 - Felipe Rojas: Only the 120 trial posts on PO 4500018842. The other 4.800 are NOT released
13/05/24, 10:00 - Felipe Rojas: they wait for the wind-load check in the trial block (cuartel 7) after harvest. When the check report is signed, Ignacio Letelier sends the written release. only him can release it
13/05/24, 10:00 - Felipe Rojas: and pls dont buy steel for the 4.800, only for the 120
13/05/24, 10:02 - Martín Gutiérrez APC: Perfecto, entendido. 120 only, balance on hold until Ignacio's written release. I tell Diego to give the slot to other customer
13/05/24, 10:02 - Felipe Rojas: 👍 gracias Martín
13/05/24, 10:03 - Martín Gutiérrez APC: <Media omitted>
13/05/24, 10:03 - Martín Gutiérrez APC: foto del lote, 120 postes, zinc ok
"""))])


# c04 clearly labelled demand forecast (PDF) ------------------------------------
case("c04_labelled_forecast", [], "vineyard materials forecast labelled non-binding, not an order, no material authority",
     [("GFW_vineyard_plan_V25.pdf", pdf([
         ("h1", "Vineyard materials plan - Vintage 2025"),
         ("p", "Greenock Flat Wines Pty Ltd - Viticulture. Issued 3 June 2024 by Darren Pitt, "
               "Winery Operations Manager. Distribution: trellis suppliers on our panel."),
         ("h", "FORECAST - NON-BINDING - NOT A PURCHASE ORDER"),
         ("p", "The figures below are our planning forecast for the 2024/25 winter works "
               "(re-trellising of the Moppa and Ebenezer blocks). They are shared so you can plan "
               "capacity. This document does not order anything, does not release production and "
               "does not authorize you to buy material. Firm quantities will come on a separate "
               "purchase order with a written production release from Lachlan Morrow, Production "
               "Manager."),
         ("table", [
             ["Item", "Spec", "Block", "Forecast qty", "Needed on site"],
             ["Intermediate post Z 2,40 m", "ZnAl, AS/NZS 4680", "Moppa 3-5", "2,400 posts", "Jul 2024"],
             ["End post 2,70 m + anchor", "HDG 600 g/m2", "Moppa 3-5", "180 sets", "Jul 2024"],
             ["High-tensile wire 2,5 mm", "ZnAl 250 g/m2, EN 10244-2 Cl. A", "Moppa + Ebenezer",
              "12.500 m (approx. 25 coils)", "Aug 2024"],
             ["Wire gripples, medium", "-", "all", "a dozen boxes", "Aug 2024"],
         ]),
         ("sp",),
         ("p", "Forecast accuracy: +/- 20%. Block areas may change after the winter pruning "
               "survey. We will update this plan in August."),
     ], title="Vineyard materials plan V25", author="GFW Viticulture"))])


# c05 sample sign-off approved for fit check only (DOCX) -----------------------
case("c05_signoff_fit_check_only", [],
     "sample sign-off 'approved for fit check only; production not released', 36 on hold, Thandi Nkosi releases",
     [("SSR-24-009.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-24-009"),
         ("table", [
             ["Field", "Entry"],
             ["Buyer", "Kransvlei Estate (Pty) Ltd, Simondium"],
             ["Supplier", "Pressoirs Delaunay SAS, Épernay"],
             ["Part", "Press membrane MEM-PN80-EPDM for Delaunay PN 80 (8.000 L) press"],
             ["PO", "KV-PO-2024-0117"],
             ["Sample quantity", "four (4) membranes"],
             ["Quoted production quantity", "36 membranes (forecast basis)"],
             ["Disposition", "Approved for fit check only"],
         ]),
         ("h", "Result"),
         ("p", "The four sample membranes were fitted to press 2 on 7 May 2024. Fit to the drum and "
               "the clamping strips is correct, 2 bar leak test held for 30 minutes, no creasing "
               "at the drain side."),
         ("p", "Disposition: APPROVED for fit check only. This is a technical sign-off. Production "
               "is not released."),
         ("p", "The balance of thirty-six (36) membranes stays on hold. It will be released only by "
               "a written production release from Thandi Nkosi, Operations Director, after the "
               "first week of pressing with the sample membranes. Material authority: sample-only."),
         ("sp",),
         ("p", "Signed: Johan Steyn, Cellar Master, 8 May 2024"),
     ], author="Johan Steyn"))])


# c06 buyer portal PO for the full quantity, "proceed with the full 36" (HTML) -
case("c06_portal_full_qty_po", [], "full-quantity PO (36 racks), no balance exists; 'proceed with the full 36 racks' is scoped",
     [("po_OF-24-0412.html", html_page("Oak Flat Supplier Portal - PO OF-24-0412", T("""
<h2>Oak Flat Custom Crush - Supplier Portal</h2>
<p>Logged in as: <b>Vinotech Modra s.r.o.</b> (vendor V3108) | <a href="#">Orders</a> | <a href="#">Invoices</a> | <a href="#">Documents</a></p>
<h3>Purchase Order OF-24-0412 &mdash; Rev 0</h3>
<table>
<tr><th>PO date</th><td>05/20/2024</td><th>Buyer</th><td>Megan Driscoll</td></tr>
<tr><th>Status</th><td>Issued</td><th>Incoterm</th><td>DAP Lodi, CA</td></tr>
</table>
<br>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit EUR</th><th>Ext EUR</th><th>Ship by</th></tr>
<tr><td>1</td><td>OFC-RK-228</td><td>Two-barrel stacking rack 225/228 L, RAL 7016, drawing OFC-RK-228 rev B</td><td>36</td><td>EA</td><td>142,00</td><td>5.112,00</td><td>07/15/2024</td></tr>
</table>
<div class="note"><b>Scope:</b> This PO covers the full quantity for the new barrel room. There is no sample lot and no
further quantity planned. Proceed with the full 36 racks. Ship complete, one container.</div>
<p>Packing: racks nested, 12 per bundle, strapped. Label each bundle with PO number and line.</p>
<p>Questions: purchasing@oakflatcrush.com &middot; (209) 555-0147</p>
""")))])


# c07 ERP PO, full quantity with schedule lines and quantity-like identifiers (TXT)
case("c07_erp_po_full_schedule", [], "full-quantity ERP PO with delivery schedule lines; identifiers look like quantities",
     [("KV-PO-2024-0133.txt", T("""
KRANSVLEI ESTATE (PTY) LTD                                   PURCHASE ORDER
R45, Simondium 7670, Western Cape, South Africa             Page 1 of 1
VAT no. 4470 1123 98

PO No.....: KV-PO-2024-0133        PO Date..: 2024-04-22      Revision: 0
Vendor....: 200481 WENZHOU OUSHENG FLUID EQUIPMENT CO LTD
Buyer.....: A. BOTHA (Procurement)  Currency.: USD           Incoterm: FOB NINGBO
Ship to...: KRANSVLEI ESTATE, CELLAR 1, SIMONDIUM            HS code..: 8481.80

Ln  Item         Description                                      Qty   UoM  Unit USD    Ext USD
--  -----------  -----------------------------------------------  ----  ---  --------  ---------
10  OS-TC-2000   Tri-clamp ferrule 2" 316L, ISO 2852, 21.5 mm      500   EA      1.85     925.00
20  OS-BV-050    Butterfly valve DN50 TC, DRG OS-BV-050 Rev 3       60   EA     31.20   1,872.00
30  OS-GK-2000   Clamp gasket 2" EPDM, FDA 21 CFR 177.2600        1000   EA      0.22     220.00
                                                                          TOTAL USD   3,017.00
Delivery schedule
  Ln 10   250 EA   ETA Cape Town 2024-06-15
  Ln 10   250 EA   ETA Cape Town 2024-08-15
  Ln 20    60 EA   ETA Cape Town 2024-06-15
  Ln 30  1000 EA   ETA Cape Town 2024-06-15

PO text:
  Full order quantity. All three lines are released for manufacture as
  stated above. No sample lot, no balance, no further call-offs on this PO.
  Repeat parts of PO KV-PO-2023-0871. Material certs EN 10204 3.1 with
  shipment. Supplier QMS ISO 9001:2015.

Payment: 30% on PI, 70% against copy B/L.
"""))])


# c08 call-off with explicit staged material authority above the release (EML) -
_t = T("""
Estimado Martín,

Herewith call-off no. 2 under our PO 4500019310 (Z-posts 2,40 m, quote QT-APC-0388 for 6.000 posts):

1. Released now: 1.200 posts for cuarteles 3 and 4. Delivery FCA Luján de Cuyo by 15-jul-2024.
2. The balance of 4.680 posts is NOT released. It stays on hold until call-off no. 3, which
   Ignacio Letelier (Gerente de Operaciones) signs after the winter planting progress review.
3. Material authority: staged, up to 3.000 posts worth of steel strip (DX51D+ZA 2,0 mm), at
   our liability. This is 1.800 posts worth above the released quantity; please do not slit,
   form or galvanize anything beyond the 1.200 released posts.

Trial posts (120) were delivered in April, thanks.

The signed call-off is attached for your file.

Saludos cordiales,
""") + sig_cl("Catalina Fuentes", "Jefa de Compras")
_att = docx_bytes([
    ("h1", "Call-off 2 - PO 4500019310"),
    ("table", [["", "Posts"],
               ["Quoted total (QT-APC-0388)", "6.000"],
               ["Trial lot (delivered)", "120"],
               ["Released by this call-off", "1.200"],
               ["Balance on hold (not released)", "4.680"],
               ["Material authority (staged, strip only)", "up to 3.000"]]),
    ("p", "Unlock event for the balance: call-off no. 3 signed by Ignacio Letelier."),
    ("p", "Signed: Ignacio Letelier, Gerente de Operaciones, 20-05-2024"),
], author="Catalina Fuentes")
case("c08_calloff_staged_material", [],
     "call-off releases 1.200, balance 4.680 on hold until call-off 3 by Ignacio Letelier; explicit staged material authority to 3.000",
     [("msg_calloff2_4500019310.eml", eml_bytes(mail(
         C_FUENTES, M_GUTIERREZ, "Call-off 2 / PO 4500019310 - postes Z 2,40 m",
         "Mon, 20 May 2024 10:05:00 -0400", _t, html=html_of(_t),
         cc="Ignacio Letelier <iletelier@vinastinguiririca.cl>",
         attachments=[("Calloff_2_4500019310.docx", _att, DOCX_MT)])))])


# c09 signed auto-conversion record (DOCX) ---------------------------------------
case("c09_signed_auto_conversion", [],
     "explicit recorded auto-conversion: quantity 10 sets, signer Thandi Nkosi, conditions; no balance beyond it",
     [("AC-2024-03.docx", docx_bytes([
         ("h1", "Auto-conversion agreement AC-2024-03"),
         ("p", "Kransvlei Estate (Pty) Ltd / Wenzhou Ousheng Fluid Equipment Co., Ltd."),
         ("table", [
             ["Item", "Detail"],
             ["Order", "Change parts set CP-375-B (star wheels, infeed scroll, guides) for 375 mL "
                       "Burgundy bottle, drawing KV-CP-375 Rev B"],
             ["PO", "KV-PO-2024-0141"],
             ["Sample quantity", "two (2) sets - released on the PO"],
             ["Quantity converted by this agreement", "ten (10) sets"],
             ["Sign-off owner", "Johan Steyn, Cellar Master"],
             ["Release authority", "Thandi Nkosi, Operations Director (limit ZAR 250 000)"],
         ]),
         ("h", "Agreement"),
         ("num", "If Johan Steyn records an APPROVED sample sign-off for the two sample sets after a "
                 "bottling trial of at least 2.000 bottles at 3.500 bottles per hour or more without "
                 "a jam, ten (10) sets are released for production automatically on the date of "
                 "that sign-off."),
         ("num", "An interim or rejected sign-off releases nothing. A stop from Kransvlei overrides "
                 "this agreement."),
         ("num", "No other quantity is released by this agreement. With the ten sets the order is "
                 "complete; there is no further balance."),
         ("num", "Material authority until the sign-off: sample-only (2 sets)."),
         ("p", "Recorded on 2 May 2024, before delivery of the sample sets."),
         ("sp",),
         ("p", "Signed for Kransvlei: Thandi Nkosi, Operations Director"),
         ("p", "Signed for Kransvlei: Johan Steyn, Cellar Master"),
         ("p", "Acknowledged for Ousheng: Linda Zhou, Sales"),
     ], author="Thandi Nkosi"))])


# c10 old quote forwarded as rfc822, declared informational (EML) ----------------
_old = mail(E_BELLIN, "Darren Pitt <dpitt@greenockflat.com.au>",
            "Offerta OF-22-0877 serbatoi VC 5000 L",
            "Thu, 13 Oct 2022 11:20:00 +0200",
            T("""
Dear Darren,

as promised please find our offer OF-22-0877:

  n. 12 variable capacity tanks VC 5000 L, AISI 304 (1.4301), 2B finish inside,
  floating lid with pneumatic gasket, DN 50 racking valve, sample cock 1/2"
  price EUR 9.850,00 each, EXW San Bonifacio
  delivery 14 weeks from order

Validity 30 days. We remain at your disposal for any clarification.
""") + sig_it("Marco Bellin", "Export Sales"))
_t = T("""
Hi Marco,

Darren found your 2022 offer for the VC 5000 tanks (forwarded below). I'm sending it for
reference only so you can see the spec we had then - the 12 tanks in it are informational,
not a quantity we're ordering.

Where we actually are: PO 45019 is for one (1) pilot tank only. The other tanks are not
released and stay on hold until the pilot tank has been through its first ferment and
Lachlan Morrow (Production Manager) sends you a written production release. Please only
buy sheet for the pilot tank.

Cheers,
Bronwyn
""") + sig_au("Bronwyn Keller", "Purchasing Officer")
case("c10_forwarded_old_quote", [],
     "old 2022 quote (12 tanks) forwarded as rfc822 and declared informational; current PO 1 pilot tank, hold, event, Lachlan Morrow",
     [("Fw_Offerta_OF-22-0877.eml", eml_bytes(mail(
         A_KELLER, E_BELLIN, "Fw: Offerta OF-22-0877 serbatoi VC 5000 L - for reference only",
         "Tue, 21 May 2024 09:14:00 +0930", _t, cc=A_PITT,
         attachments=[("rfc822", _old)])))])


# c11 buyer reply corrects a quoted supplier 'roll straight into production' (EML)
_q = T("""
Bonjour Darren,

The drainage screen sample (1 set) for your PX 80 is ready, we send it Friday by TNT.
Once you approve the sample we will roll straight into the 6 production sets, so you have
them before your vintage.

Cordialement,
Olivier Garnier
Export Sales - Pressoirs Delaunay
""")
_t = T("""
Hi Olivier,

Thanks - but no, please don't. Approving the sample is a technical sign-off only, it doesn't
release the 6 sets. The 6 production sets stay on hold until Lachlan Morrow (our Production
Manager) sends you a written production release, after we've run the sample through a full
press cycle on Shiraz.

For now: the 1 sample set on PO 45048 only, and screen material for that 1 set only.

Cheers,
Darren

On Wed, 22 May 2024 at 17:03, Olivier Garnier <o.garnier@pressoirs-delaunay.fr> wrote:
""") + quote(_q) + "\n" + sig_au("Darren Pitt", "Winery Operations Manager")
case("c11_reply_corrects_quoted_rollover", [],
     "quoted supplier assumes roll-over into the 6 sets; buyer reply corrects it: 1 sample set, 6 on hold, written release by Lachlan Morrow",
     [("RE_drainage_screen_PX80.eml", eml_bytes(mail(
         A_PITT, D_GARNIER, "RE: Drainage screen sample PX 80 - PO 45048",
         "Thu, 23 May 2024 08:31:00 +0930", _t, cc=A_KELLER,
         in_reply_to="<h181-px80-0522@pressoirs-delaunay.fr>")))])


# c12 WeChat: supplier says the deposit does not release production (TXT) -------
case("c12_wechat_deposit_not_release", [],
     "supplier: deposit does not release production; buyer confirms 8 sample sets only, 92 on hold, Tyler sign-off + Dana Whitcomb release",
     [("WeChat_export_OS_OakFlat.txt", T("""
WeChat chat history export - "Ousheng x Oak Flat"
Exported 2024-05-06 23:10

2024-05-06 09:14  Linda Zhou (Ousheng)
Dear Megan good morning! deposit USD 1,860.00 received today, thank you

2024-05-06 09:15  Linda Zhou (Ousheng)
Kindly note the deposit does not release production. We only make the 8 sample sets of star wheel + guide for 750ml Bordeaux now

2024-05-06 09:15  Linda Zhou (Ousheng)
The 92 sets wait for your written release

2024-05-06 09:31  Megan Driscoll
Correct, thanks Linda. 8 sample sets only on PO OF-24-0388. The 92 stay on hold until Tyler signs off the line trial and Dana Whitcomb sends you the written release

2024-05-06 09:32  Megan Driscoll
material for the 8 only please

2024-05-06 09:40  Linda Zhou (Ousheng)
OK noted 👌 8 sets, material for 8 sets. Sample ETD 05-20
"""))])


# c13 supplier acknowledgement restating the hold (PDF) --------------------------
case("c13_supplier_ack_restates_hold", [],
     "supplier acknowledgement: 24 sample racks only, 456 not released, sample-only material, Thandi Nkosi releases",
     [("OA-24-0211.pdf", pdf([
         ("h1", "Order Acknowledgement OA-24-0211"),
         ("p", "Vinotech Modra s.r.o., Štúrova 22, 900 01 Modra, Slovakia. ISO 9001:2015, EN 1090-2 EXC2."),
         ("p", "To: Kransvlei Estate (Pty) Ltd, Ms Anika Botha, Procurement. Your order: "
               "KV-PO-2024-0120 of 29.04.2024. Our quotation: NP-24-033."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit price EUR", "Delivery"],
             ["1", "BR-2-225", "Two-barrel rack for 225 L barriques, hot-dip galvanized (EN ISO 1461)",
              "24 pcs (sample lot)", "96,00", "week 24, FCA Modra"],
         ]),
         ("sp",),
         ("p", "We confirm to receive your order and we acknowledge its scope as written: "
               "twenty-four (24) sample racks only."),
         ("p", "The balance of 456 racks from our quotation NP-24-033 is not released and we will "
               "not start it. Steel material is purchased for 24 racks only (sample-only material "
               "authority)."),
         ("p", "We understand the balance will be released only in writing by Ms Thandi Nkosi, "
               "Operations Director, after the load test of the sample racks in your barrel hall."),
         ("sp",),
         ("p", "Packing: 2 pallets, gross weight approx. 1 170 kg. Galvanizing certificate EN 10204 "
               "3.1 with the goods."),
         ("p", "Modra, 30.04.2024 - Zuzana Hrušková, Project Manager"),
     ], title="OA-24-0211", author="Vinotech Modra"))])


# c14 interim sample disposition with quantity and date limits (DOCX) ------------
case("c14_interim_disposition_limits", [],
     "interim disposition limited to 120 posts in cuartel 7 until 30-Nov; not a production release; 4.680 on hold until Ignacio Letelier",
     [("ISD-2024-07.docx", docx_bytes([
         ("h1", "Disposición interina de muestras / Interim sample disposition ISD-2024-07"),
         ("table", [
             ["Campo / Field", "Detalle"],
             ["Proveedor / Supplier", "Alambres y Postes Cuyo S.A., Mendoza"],
             ["Artículo / Part", "Z-post 2,40 m, ZnAl, drawing VT-VIT-024 rev 2"],
             ["OC / PO", "4500018975"],
             ["Lote de muestra / Sample lot", "120 posts"],
             ["Resultado / Result", "Coating 238 g/m2 measured vs 250 g/m2 specified"],
             ["Disposición / Disposition", "INTERIM"],
         ]),
         ("h", "Limits"),
         ("li", "Quantity: the 120 sample posts only."),
         ("li", "Use: trial block cuartel 7 only."),
         ("li", "Valid until: 30-Nov-2024. After that the posts must be re-tested or replaced."),
         ("h", "Status of the order"),
         ("p", "This interim disposition is not a production release. The balance of 4.680 posts "
               "stays on hold until a full sign-off after the coating re-test (ISO 1460 method) and a "
               "written release from Ignacio Letelier, Gerente de Operaciones. Material authority "
               "remains sample-only."),
         ("sp",),
         ("p", "Firma: Felipe Rojas, Jefe de Viticultura, 17-06-2024"),
     ], author="Felipe Rojas"))])


# c15 deviation permit that leaves quantities untouched (PDF) --------------------
case("c15_deviation_permit", [],
     "deviation permit on weld finish for the 2 released pilot tanks; changes no quantity, releases nothing",
     [("DP-24-014.pdf", pdf([
         ("h1", "Deviation Permit DP-24-014"),
         ("table", [
             ["Supplier", "Enotecnica Valpolesine S.r.l."],
             ["Buyer", "Grupo Viñas del Tinguiririca S.A."],
             ["PO", "4500019022"],
             ["Part", "Fermentation tank VC 10000 L with cooling jacket, DRG EV-10000 Rev C"],
             ["Units concerned", "2 pilot tanks (serial 24-1187, 24-1188)"],
             ["Requirement", "Internal weld seams Ra <= 0,6 um"],
             ["Deviation", "Ra 0,8 um measured on 3 seams, tank bottom cone"],
         ]),
         ("sp",),
         ("p", "Decision: deviation accepted by the buyer for the two pilot tanks listed above. "
               "Reason: seams are in the cone, fully drained, cleanability verified with riboflavin "
               "test (EN 1672-2 annex)."),
         ("p", "This permit changes the surface finish requirement for these two pilot tanks only. "
               "It does not change any quantity and does not release any quantity. The hold on the "
               "balance of 10 tanks is unchanged: it is released only by a written release from "
               "Ignacio Letelier after the pilot fermentation."),
         ("sp",),
         ("p", "Rodrigo Aravena, Enólogo Jefe (buyer) - Giulia Ferraresi, Ufficio Tecnico (supplier) - 11/06/2024"),
     ], title="DP-24-014", author="Enotecnica"))])


# c16 Teams chat: go-ahead scoped to the 6 trial sets (TXT) ----------------------
case("c16_teams_scoped_go_ahead", [],
     "go-ahead scoped to the 6 trial sets only; 18 not released until trial report and Dana Whitcomb's written release",
     [("Teams_chat_CP-750-BX.txt", T("""
Microsoft Teams - chat export
Chat: CP-750-BX change parts (Oak Flat / Ousheng)
Participants: Tyler Haas (Oak Flat Custom Crush), Kevin Chen (Guest)

[5/14/2024 7:02 AM] Kevin Chen (Guest)
Hi Tyler, drawing CP-750-BX rev D received, thank you. We can start machining tomorrow. How many sets we make now?

[5/14/2024 7:20 AM] Tyler Haas
morning Kevin. go ahead with the 6 trial sets only - PO OF-24-0401 line 1

[5/14/2024 7:21 AM] Tyler Haas
the other 18 sets are not released. they wait for the line trial on bottling line 2. I sign the trial report, then Dana Whitcomb (our GM) sends you the written release. nobody else can release them

[5/14/2024 7:25 AM] Kevin Chen (Guest)
ok understand, 6 sets only. material only for 6 sets also?

[5/14/2024 7:26 AM] Tyler Haas
yes material for the 6 only 👍

[5/14/2024 7:26 AM] Kevin Chen (Guest)
👌
"""))])


# c17 supplier portal order book with labelled hold and labelled forecast (HTML)
case("c17_supplier_order_book", [],
     "supplier portal order book: sample lot with balance on hold, a full released order, and a labelled forecast not ordered",
     [("apc_portal_libro_pedidos.html", html_page("APC - Portal de clientes - Libro de pedidos", T("""
<h2>Alambres y Postes Cuyo S.A. &mdash; Portal de clientes</h2>
<p>Libro de pedidos / Order book &middot; actualizado 27-05-2024 07:00 (ART)</p>
<table>
<tr><th>Cliente / Customer</th><th>Ref.</th><th>Artículo</th><th>Cantidad</th><th>Tipo</th><th>Estado / Status</th></tr>
<tr><td>Grupo Viñas del Tinguiririca</td><td>OC 4500018842</td><td>Poste Z 2,40 m</td><td>120</td><td>Muestra / trial lot</td><td>Despachado 22-04</td></tr>
<tr><td>Grupo Viñas del Tinguiririca</td><td>OC 4500018842</td><td>Poste Z 2,40 m</td><td>4.800</td><td>Saldo / balance</td><td><b>En espera &ndash; NO liberado</b> (awaiting written release)</td></tr>
<tr><td>Greenock Flat Wines</td><td>PO 45040</td><td>Alambre HT 2,5 mm ZnAl</td><td>40 rollos</td><td>Pedido completo / full order</td><td>Liberado, en producción</td></tr>
<tr><td>Kransvlei Estate</td><td>&mdash;</td><td>Poste cabecera 2,70 m</td><td>900</td><td>Pronóstico / forecast</td><td>No pedido &ndash; sin compra de material</td></tr>
</table>
<p class="note">Las cantidades marcadas como pronóstico no son pedidos. Quantities marked forecast are not orders.
Only released quantities are scheduled in the plant and only for them we buy steel.</p>
""")))])


# c18 sample PO mail, multipart/alternative, quote PDF attached, complete scope (EML)
_quote = pdf([
    ("h1", "Offerta / Quotation Q-2407"),
    ("p", "Enotecnica Valpolesine S.r.l. - to Greenock Flat Wines Pty Ltd, att. Ms B. Keller - 29/04/2024"),
    ("table", [["Pos.", "Descrizione / Description", "Q.ty", "EUR each", "Delivery"],
               ["1", "Butterfly valve DN 65 DIN 11851, AISI 316L, EPDM - SAMPLE", "2", "164,00", "3 weeks"],
               ["2", "Butterfly valve DN 65 DIN 11851, AISI 316L, EPDM - series", "58", "121,50", "8 weeks"]]),
    ("p", "Prices EXW San Bonifacio. Payment 30 days end of month. Validity 60 days."),
], title="Q-2407", author="Enotecnica")
_t = T("""
Ciao Marco,

Please find below our PO 45017 for the DN 65 butterfly valves. Your quote Q-2407 is
attached for reference.

PO 45017 covers two (2) sample valves only.
- The remaining 58 valves in Q-2407 are not released. Please don't start them.
- What to do now: make the 2 samples and send them by air. Buy material for the 2 samples only.
- What unlocks the rest: sample sign-off by Sophie Tran (Assistant Winemaker) after a
  pump-over trial, then a written production release from Lachlan Morrow, Production Manager.
- The 58 in the quote is our forecast for vintage 2025, not a firm quantity.

Cheers,
Bronwyn
""") + sig_au("Bronwyn Keller", "Purchasing Officer")
case("c18_sample_po_full_scope_with_quote", [],
     "complete sample scope: 2 samples, 58 not released, sign-off + written release by Lachlan Morrow; attached quote figure covered",
     [("PO_45017_mail.eml", eml_bytes(mail(
         A_KELLER, E_BELLIN, "PO 45017 - DN 65 butterfly valves (2 samples)",
         "Mon, 06 May 2024 10:02:00 +0930", _t, html=html_of(_t),
         attachments=[("Q-2407.pdf", _quote, PDF_MT)])))])


# c19 EDI 850 printout, full-quantity PO (TXT) -------------------------------------
case("c19_edi850_full_qty", [],
     "EDI 850 for the full 24 sets, no balance; 'proceed with all 24 sets' is scoped; drawing rev 20, ISO numbers",
     [("EDI850_OF-24-0420.txt", T("""
*** OAK FLAT CUSTOM CRUSH - EDI OUTBOUND LOG - X12 850 PURCHASE ORDER ***
Trading partner: OUSHENG (V2231)     Sent 05/06/2024 10:30 PDT     ICN 000001170

ISA*00*          *00*          *ZZ*OAKFLATCRUSH   *ZZ*OUSHENGFLUID   *240506*1030*U*00401*000001170*0*P*>~
GS*PO*OAKFLAT*OUSHENG*20240506*1030*1170*X*004010~
ST*850*0001~
BEG*00*SA*OF-24-0420**20240506~
REF*DW*CP-750-BD REV 20~
DTM*002*20240715~
N1*ST*OAK FLAT CUSTOM CRUSH LLC*92*OFC01~
PO1*1*24*SE*412.00*PE*VP*CP-750-BD*BP*OF-CP-750BD~
PID*F****STAR WHEEL + GUIDE SET 750ML BURGUNDY POM-C~
MSG*FULL ORDER QUANTITY 24 SETS. NO SAMPLE LOT, NO BALANCE.~
MSG*PROCEED WITH ALL 24 SETS. SUPPLIER QMS ISO 9001:2015.~
CTT*1*24~
SE*12*0001~
GE*1*1170~
IEA*1*000001170~

--- translated ---
PO OF-24-0420   dated 05/06/2024   required 07/15/2024
Line 1  CP-750-BD  star wheel + guide set 750 mL Burgundy  24 SE @ 412.00 = 9,888.00 USD
Drawing CP-750-BD rev 20
Notes: full order quantity 24 sets, no sample lot, no balance. Proceed with all 24 sets.
997 functional ack received 05/06/2024 10:41 (accepted)
"""))])


# c20 supplier's go-ahead question under a complete quoted buyer scope (EML) -------
_q = T("""
Hi Peter,

PO OF-24-0377 is attached. It covers 4 prototype racks only.

The balance of 400 racks is not released and stays on hold until Tyler has load-tested the
prototypes in the barrel room and Dana Whitcomb (GM) sends you a written production release.
Please buy material for the 4 prototypes only.

Thanks,
Megan
""")
_t = T("""
Dear Megan,

the 4 prototype racks are finished and will be picked up Thursday by DHL Freight.

One question from our side: can we have the go-ahead for the balance 400 racks? Our steel mill
gives us an offer for tube 40x40x2 valid only until Friday 17.5., after that the price goes up
about 6%. If not possible, no problem, we just wait for your written release.

""") + sig_sk("Peter Kováč", "Sales Manager") + "\n-----Original Message-----\n" \
    "From: Megan Driscoll <mdriscoll@oakflatcrush.com>\nSent: Tuesday, April 30, 2024 3:12 PM\n" \
    "To: Peter Kováč\nSubject: PO OF-24-0377 prototype racks\n\n" + quote(_q) + "\n"
case("c20_supplier_question_quoted_scope", [],
     "supplier asks for go-ahead on the 400 (a question, not an approval); quoted buyer scope is complete",
     [("RE_PO_OF-24-0377.eml", eml_bytes(mail(
         V_KOVAC, O_DRISCOLL, "RE: PO OF-24-0377 prototype racks",
         "Mon, 13 May 2024 14:55:00 +0200", _t,
         in_reply_to="<h181-of0377@oakflatcrush.com>")))])


# c21 minutes that keep the words apart (DOCX) --------------------------------------
case("c21_minutes_words_apart", [],
     "minutes keep sample sign-off, PO issued and production release apart; 2 sets active, 10 on hold until revised PO + Thandi Nkosi",
     [("Minutes_2024-05-14_KV_Delaunay.docx", docx_bytes([
         ("h1", "Minutes - video call Kransvlei / Pressoirs Delaunay - 14 May 2024"),
         ("p", "Present: Anika Botha, Johan Steyn (Kransvlei); Sandrine Lefèvre, Julien Roux (Delaunay). "
               "Minutes: A. Botha."),
         ("h", "1. Sample sign-off - drain channel sets PN 80"),
         ("p", "Johan reported that the two sample drain-channel sets passed the technical sign-off on "
               "10 May (flow test at 1,8 bar, no deformation after 40 press cycles)."),
         ("h", "2. Purchase order"),
         ("p", "PO KV-PO-2024-0125 was issued on 2 May for the two sample sets. Commercial cover on "
               "that PO: 2 sets."),
         ("h", "3. Production release"),
         ("p", "Not given. The remaining ten (10) sets are not released. The production release will "
               "come in writing from Thandi Nkosi, Operations Director, once the revised PO for the "
               "10 sets is issued (expected end of May)."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Issue revised PO for 10 sets", "A. Botha", "31 May"],
                    ["Hold the 10 sets; no material beyond the 2 samples", "S. Lefèvre", "ongoing"],
                    ["Send EN 10204 3.1 certs for the samples", "J. Roux", "17 May"]]),
     ], author="Anika Botha"))])


# c22 supplier weekly status report restating hold and sample-only material (PDF) ---
case("c22_supplier_status_report", [],
     "supplier status report: 8 sample sets shipped, 92 on hold not released, material for 8 only; full order in machining",
     [("Ousheng_status_wk20.pdf", pdf([
         ("h1", "Weekly order status - week 20 / 2024"),
         ("p", "Wenzhou Ousheng Fluid Equipment Co., Ltd. - for Oak Flat Custom Crush LLC - 2024-05-17"),
         ("table", [
             ["PO", "Item", "Qty", "Status", "Material bought"],
             ["OF-24-0388", "Star wheel + guide set 750 mL Bordeaux - sample", "8 sets",
              "Shipped 05-15, DHL AWB 4417 2290 31", "for 8 sets (sample only)"],
             ["OF-24-0388", "Same - balance", "92 sets", "On hold - not released", "none"],
             ["OF-24-0420", "Star wheel + guide set 750 mL Burgundy (full order)", "24 sets",
              "CNC machining 15/24", "for 24 sets"],
         ]),
         ("sp",),
         ("p", "Remarks: we will not start the 92 sets before the written release from Ms Dana "
               "Whitcomb. Line trial feedback for the 8 sample sets is welcome any time."),
         ("p", "Prepared by Amy Xu, order desk. Checked by Linda Zhou."),
     ], title="Status wk20", author="Ousheng"))])


# c23 deposit paid, explicitly not a release; SWIFT copy as text attachment (EML) --
_swift = T("""
{1:F01BCHICLRMAXXX0000000000}{2:I103BAPPIT22XXXXN}
:20:CLP240521-0087
:23B:CRED
:32A:240521EUR8865,00
:50K:/0012-5540-88
GRUPO VINAS DEL TINGUIRIRICA SA
SANTA CRUZ CHILE
:59:/IT60X0503459560000000012345
ENOTECNICA VALPOLESINE SRL
SAN BONIFACIO VR
:70:PF-24-118 ANTICIPO 30 PCT PO 4500019022
:71A:SHA
""")
_t = T("""
Estimado Marco,

Today we transferred the 30% deposit for your proforma PF-24-118 (EUR 8.865,00). The SWIFT
copy is attached.

Please note: the deposit does not release production. PO 4500019022 covers the 2 pilot
tanks VC 10000 only. The balance of 10 tanks stays on hold until the pilot tanks finish the
first fermentation and Ignacio Letelier (Gerente de Operaciones) sends you the written
release. Material only for the 2 pilot tanks, por favor.

Quedo atenta,
""") + sig_cl("Catalina Fuentes", "Jefa de Compras")
case("c23_deposit_not_release", [],
     "deposit paid and explicitly said not to release production; 2 pilot tanks active, 10 on hold, Ignacio Letelier",
     [("msg_PF-24-118.eml", eml_bytes(mail(
         C_FUENTES, E_BELLIN, "Anticipo PF-24-118 / PO 4500019022",
         "Tue, 21 May 2024 12:40:00 -0400", _t,
         attachments=[("MT103_PF-24-118.txt", _swift, "text/plain")])))])


# c24 ERP sample PO with complete scope note and quantity-like identifiers (TXT) --
case("c24_erp_sample_po_identifiers", [],
     "ERP sample PO: 3 EA active, 117 not released, sign-off + written release by L. Morrow; DN/PN/thread/EN identifiers",
     [("PO45044.txt", T("""
GREENOCK FLAT WINES PTY LTD                       ABN 51 624 117 005
Gomersal Road, Greenock SA 5360                   PURCHASE ORDER 45044
                                                  Date 21/05/2024  Page 1/1
Supplier: V00317 ENOTECNICA VALPOLESINE SRL
          Via dell'Artigianato 14, 37047 San Bonifacio VR, ITALY
Buyer   : B. KELLER       Terms: 30 DAYS EOM       Currency: EUR

Line Item        Description                                         Qty UOM   Price     Total
---- ----------- --------------------------------------------------- --- ---- ------- ---------
1    EV-SV-12    Sample cock G 1/2 (ISO 228-1), AISI 316L (1.4404),   3  EA    38,50    115,50
                 PN 16, DRG EV-SV-12 Rev 4, EN 10088-2, M20x1.5 nut
2    FREIGHT     Air freight samples                                  1  EA    95,00     95,00
                                                                          TOTAL EUR  210,50
SCOPE NOTE
  SAMPLE LOT - 3 EA ONLY.
  BALANCE OF 117 EA PER QUOTE Q-2411 IS NOT RELEASED - ON HOLD.
  MAKE THE 3 SAMPLES NOW. MATERIAL FOR 3 EA ONLY.
  BALANCE UNLOCKS ON SAMPLE SIGN-OFF (S. TRAN, ASST WINEMAKER) AND A WRITTEN
  PRODUCTION RELEASE FROM L. MORROW, PRODUCTION MANAGER.
  QUOTED 117 EA IS FORECAST, NOT FIRM.

Deliver to: Cellar door receiving, Greenock Flat Wines. Ref tank farm B.
"""))])


# c25 buyer supply plan (HTML) + supplier acknowledgement (EML), multi-file ---------
_plan = html_page("Greenock Flat - Supplier Hub - supply plan", T("""
<h2>Greenock Flat Wines &mdash; Supplier Hub</h2>
<p>Supplier: <b>Alambres y Postes Cuyo S.A.</b> &middot; Supply plan 2024-25 &middot; published 24/05/2024</p>
<h3>1. Released</h3>
<table>
<tr><th>PO</th><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>45040</td><td>High-tensile wire 2,5 mm ZnAl 250 g/m&sup2; (EN 10244-2 Cl. A), 650 kg coils</td><td>40 coils</td><td>RELEASED &ndash; full PO quantity, no balance</td></tr>
</table>
<h3>2. Forecast (not an order)</h3>
<table>
<tr><th>Season</th><th>Item</th><th>Forecast qty</th><th>Status</th></tr>
<tr><td>Vintage 2026 winter works</td><td>High-tensile wire 2,5 mm ZnAl</td><td>120 coils</td><td>Forecast only &ndash; not ordered, no material authority</td></tr>
</table>
<p class="note">Section 2 is a non-binding forecast to help you plan. Nothing in section 2 may be produced
and no wire rod may be bought for it. Firm quantities come only by PO with a written release from
Lachlan Morrow, Production Manager.</p>
"""))
_t = T("""
Dear Bronwyn,

we confirm your PO 45040 for 40 coils of HT wire 2,5 mm ZnAl, now in production, ready for
shipment 28-jun from Buenos Aires.

We also saw the supply plan in your hub. We note the 120 coils for 2026 are forecast only;
we will not buy wire rod for them until we receive a PO and written release.

Thank you and best regards,
""") + sig_ar("Martín Gutiérrez", "Export Sales")
case("c25_supply_plan_and_ack", [],
     "buyer supply plan: full-quantity release of 40 coils and a labelled forecast; supplier ack restates forecast status",
     [("supplier_hub_APC.html", _plan),
      ("msg_PO45040.eml", eml_bytes(mail(
          M_GUTIERREZ, A_KELLER, "PO 45040 confirmation / supply plan",
          "Mon, 27 May 2024 09:20:00 -0300", _t)))])


# =================================================================== POSITIVE
# p01 ERP sample PO with the quoted production quantity on it (TXT) ----------------
case("p01_erp_sample_po_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 racks prints quoted qty 480 with nothing saying it is not released; no hold, event or release person",
     [("PO45029.txt", T("""
GREENOCK FLAT WINES PTY LTD
Gomersal Rd, Greenock SA 5360 Australia          ABN 51 624 117 005
PURCHASE ORDER 45029                             Page 1
Order date 07/05/2024   Buyer: B. KELLER         Terms: 30 days EOM
Supplier  V00412 VINOTECH MODRA S.R.O., Stúrova 22, 900 01 Modra, SLOVAKIA
Ship to   Barrel Hall 2, Greenock Flat Wines

Ln  Item      Description                                 Qty  UOM  Unit EUR   Total EUR
--  --------  ------------------------------------------  ---  ---  --------  ----------
1   BR2-228   Two-barrel rack 228 L, RAL 7016,              20  EA     91,40    1.828,00
              DRG VT-228 Rev 2, EN 1090-2 EXC2
                                                               PO TOTAL EUR  1.828,00

Quote ref : NP-24-041   Quoted qty 480 EA @ EUR 86,50 (production tier)
Delivery  : 20 EA wk 26, DAP Greenock (Incoterms 2020)
Notes     : Sample racks for stacking trial in Barrel Hall 2, 4 high with full
            barrels. Please send weld procedure and galv certificate with goods.
"""))])


# p02 sample PO, balance on hold "until further notice", nobody named (EML, quoted) ----
_q = T("""
Estimada Catalina,

para preparar el pedido: can you confirm the quantity for the trial? Our quote QT-APC-0412
was for 6.000 posts total.

Saludos,
Martín
""")
_t = T("""
Hola Martín,

Confirmo: PO 4500019105 is for the trial posts only, 150 unidades, Z-profile 2,40 m. Please
deliver them to Fundo Los Boldos before 14-jun.

The balance of 5.850 posts is not released yet. It stays on hold until further notice, so
please don't schedule it.

Gracias,
Catalina

El jue, 2 may 2024 a las 16:10, Martín Gutiérrez <mgutierrez@apcuyo.com.ar> escribió:
""") + quote(_q) + "\n" + sig_cl("Catalina Fuentes", "Jefa de Compras")
case("p02_hold_until_further_notice", ["RG004", "RG005"],
     "150 trial posts, balance 5.850 on hold 'until further notice': no unlock event, nobody named to release",
     [("RE_cantidad_prueba.eml", eml_bytes(mail(
         C_FUENTES, M_GUTIERREZ, "RE: Cantidad lote de prueba / PO 4500019105",
         "Fri, 03 May 2024 09:30:00 -0400", _t,
         in_reply_to="<h181-apc-0502@apcuyo.com.ar>")))])


# p03 PDF PO: event named, release only by "internal approval from our side" -------
case("p03_po_release_from_our_side", ["RG005"],
     "4 sample membranes, 36 on hold until sign-off and 'internal approval from our side': no named release person",
     [("KV-PO-2024-0144.pdf", pdf([
         ("h1", "PURCHASE ORDER KV-PO-2024-0144"),
         ("p", "Kransvlei Estate (Pty) Ltd, R45, Simondium 7670, Western Cape, South Africa. "
               "VAT 4470 1123 98."),
         ("p", "Supplier: Pressoirs Delaunay SAS, 12 rue des Vignerons, 51200 Épernay, France. "
               "Your quotation DEV-24-1187. PO date: 06/05/2024. Buyer: Anika Botha."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "MEM-PN80-EPDM", "Press membrane for PN 80 (8.000 L), EPDM food grade, "
                                    "Reg. (EC) 1935/2004", "4", "1.240,00", "4.960,00"],
             ["2", "FRT", "Air freight CDG-CPT", "1", "610,00", "610,00"],
         ]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "Line 1 is a sample lot of four (4) membranes. The balance of 36 membranes in your "
               "quotation is not released and stays on hold until the sample sign-off after the "
               "first week of pressing and the internal approval from our side. Please buy membrane "
               "compound for the 4 samples only."),
         ("p", "Delivery: DAP Simondium, before 15 January 2025. Invoice to accounts@kransvlei.co.za "
               "quoting the PO number."),
     ], title="KV-PO-2024-0144", author="Kransvlei Procurement"))])


# p04 release person named, no unlock event (EML, quoted supplier question) -----------
_q = T("""
Dear Megan,

thank you for PO OF-24-0395. Please confirm: we make 10 pcs sample valve DN50 first, and the
other pcs when?

Best regards
Linda
""")
_t = T("""
Hi Linda,

Yes - PO OF-24-0395 is for 10 sample valves DN50 only. The remaining 590 valves are on hold
and not released. Dana Whitcomb, our GM, is the only person who can release them.

Material for the 10 samples only, please.

Thanks,
Megan

From: Linda Zhou <linda.zhou@ousheng-fluid.cn>
Sent: Thursday, May 2, 2024 6:41 PM
To: Megan Driscoll <mdriscoll@oakflatcrush.com>
Subject: PO OF-24-0395

""") + quote(_q) + "\n" + sig_us("Megan Driscoll", "Purchasing")
case("p04_person_named_no_event", ["RG004"],
     "10 samples, 590 on hold, Dana Whitcomb named as sole release authority, but no unlock event named",
     [("RE_PO_OF-24-0395.eml", eml_bytes(mail(
         O_DRISCOLL, W_ZHOU, "RE: PO OF-24-0395",
         "Thu, 02 May 2024 08:15:00 -0700", _t,
         in_reply_to="<h181-os0395@ousheng-fluid.cn>")))])


# p05 Teams: "quote approved, go ahead with the racks", no quantity anywhere (TXT) ----
case("p05_teams_quote_approved_go_ahead", ["RG002", "RG010"],
     "'quote approved, go ahead with the racks': unscoped go-ahead and no quantity authorized anywhere",
     [("Teams_OakFlat_Vinotech.txt", T("""
Microsoft Teams - chat export
Chat: Oak Flat / Vinotech racks
Participants: Megan Driscoll, Peter Kováč (Guest)

[5/9/2024 7:45 AM] Peter Kováč (Guest)
Good morning Megan, did you check our offer NP-24-052 for the BR-228 racks? The price is valid until end of May because of steel.

[5/9/2024 7:51 AM] Megan Driscoll
Morning Peter! yes went through it with Dana last night

[5/9/2024 7:52 AM] Megan Driscoll
quote approved, go ahead with the racks 👍

[5/9/2024 7:52 AM] Megan Driscoll
PO will come out of the system in a day or two

[5/9/2024 7:55 AM] Peter Kováč (Guest)
Thank you very much, we start cutting next week. Colour RAL 7016 like last time?

[5/9/2024 7:56 AM] Megan Driscoll
yep 7016
"""))])


# p06 sample request that never says how many samples (DOCX) -----------------------
case("p06_sample_request_no_qty", ["RG010"],
     "sample request with hold, event and Thandi Nkosi named, but never states how many sample sets are authorized",
     [("SR-24-05.docx", docx_bytes([
         ("h1", "Sample request SR-24-05"),
         ("p", "From: Kransvlei Estate (Pty) Ltd - Cellar. To: Wenzhou Ousheng Fluid Equipment Co., Ltd. "
               "Date: 9 May 2024. Reference: your quotation OS-Q-240402."),
         ("h", "Request"),
         ("p", "Please manufacture sample sets of the star wheel and infeed scroll for our 375 mL "
               "Burgundy bottle, drawing KV-CP-375 Rev B, for a line trial on our GAI monobloc."),
         ("h", "Production quantity"),
         ("p", "The production quantity in your quotation is not released. It stays on hold until "
               "Johan Steyn, Cellar Master, signs off the line trial and Thandi Nkosi, Operations "
               "Director, issues the written production release."),
         ("h", "Material"),
         ("p", "Buy material for the sample sets only."),
         ("sp",),
         ("p", "Johan Steyn, Cellar Master"),
     ], author="Johan Steyn"))])


# p07 supplier status: material for 600 and 'once you approve we run the 590' (EML) ---
_q = T("""
Hi Linda,

PO OF-24-0391 covers 10 sample valves DN65 only. The other 590 are not released; they stay on
hold until Tyler signs off the samples on the bottling line and Dana Whitcomb issues the
written release. Material for the 10 samples only, please.

Thanks,
Megan
""")
_t = T("""
Dear Megan,

Update for PO OF-24-0391: the 10 sample valves DN65 finished the seat leak test today
(summary attached), ship by DHL tomorrow, AWB follow.

Good news: we already ordered the 316L castings for all 600 valves to lock the price before
the July increase. Once you approve the samples we will run the 590 directly, so you can have
them before harvest.

""") + sig_cn("Linda Zhou", "Sales Manager") + "\n\nOn 2024-04-24 07:50, Megan Driscoll wrote:\n" + \
    quote(_q) + "\n"
_att = T("""
<html><body><h3>Seat leak test summary - OS-BV-065 sample lot</h3>
<table border="1"><tr><th>S/N</th><th>Test pressure</th><th>Hold</th><th>Result</th></tr>
<tr><td>2405-001 ... 2405-010</td><td>10 bar</td><td>30 s</td><td>10/10 PASS</td></tr></table>
<p>Tester: Kevin Chen. Gauge cal. no. WZ-CAL-2231, valid to 2024-12.</p></body></html>
""")
case("p07_supplier_material_and_rollover", ["RG006", "RG007"],
     "supplier bought castings for 600 against a sample-only authority and says approval of samples rolls into the 590",
     [("PO_OF-24-0391_update.eml", eml_bytes(mail(
         W_ZHOU, O_DRISCOLL, "RE: PO OF-24-0391 sample valves DN65 - update",
         "Wed, 08 May 2024 17:22:00 +0800", _t,
         in_reply_to="<h181-of0391@oakflatcrush.com>",
         attachments=[("leak_test_OS-BV-065.html", _att, "text/html")])))])


# p08 WeChat: buyer says deposit paid, so start production (TXT) --------------------
case("p08_wechat_deposit_start", ["RG012"],
     "buyer treats the deposit as the trigger to start production of the full order",
     [("WeChat_Kransvlei_Ousheng.txt", T("""
WeChat chat history - Anika Botha (Kransvlei) & Linda Zhou (Ousheng)
Exported 2024-04-30

2024-04-29 15:02 Anika Botha
Howzit Linda, we paid the 30% deposit on PI OS-PI-240411 this morning, POP attached

2024-04-29 15:02 Anika Botha
[File] POP_FNB_290424.pdf

2024-04-29 15:03 Anika Botha
so the deposit is in now, please start production 🙏

2024-04-29 15:20 Linda Zhou
Dear Anika, thank you! we check with finance and arrange. To confirm the PI: 300 pcs tri-clamp ferrule 2" and 60 pcs butterfly valve DN50?

2024-04-29 15:24 Anika Botha
yes the 300 ferrules and the 60 valves, that's the full order. no samples on this one, all repeat parts

2024-04-29 15:25 Anika Botha
shame I know it's tight, we need them before bottling end of June

2024-04-29 15:31 Linda Zhou
OK, we try our best 💪
"""))])


# p09 cover mail + PO + supplier quote: mail and PO disagree on the pilot quantity ----
_t = T("""
Ciao Marco,

Our PO 45052 for the VC 5000 tanks is attached, along with your offer OF-24-0311 for reference.

PO 45052 is for two (2) pilot tanks. The remaining 6 tanks in the offer are not released and
stay on hold until the pilot tanks have been through their first ferment and Lachlan Morrow
(Production Manager) sends you a written production release. Sheet for the pilot tanks only,
please.

Cheers,
Bronwyn
""") + sig_au("Bronwyn Keller", "Purchasing Officer")
_po = pdf([
    ("h1", "PURCHASE ORDER 45052"),
    ("p", "Greenock Flat Wines Pty Ltd, Gomersal Road, Greenock SA 5360. Date 20/05/2024. "
          "Buyer: B. Keller. Supplier: Enotecnica Valpolesine S.r.l. (V00317)."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "EV-VC5000", "Variable capacity tank VC 5000 L, AISI 304, DRG EV-5000 Rev C - PILOT",
         "1", "10.250,00", "10.250,00"],
    ]),
    ("sp",),
    ("p", "Scope: pilot tank only (1 EA). The balance of 7 tanks in offer OF-24-0311 is not released. "
          "It stays on hold until the pilot tank has completed its first ferment and Lachlan Morrow, "
          "Production Manager, issues a written production release. Material authority: pilot tank only."),
    ("p", "Delivery: DAP Greenock, week 36. Payment: 30 days EOM."),
], title="PO 45052", author="Greenock Flat Wines")
_quote = pdf([
    ("h1", "Offerta OF-24-0311"),
    ("p", "Enotecnica Valpolesine S.r.l. to Greenock Flat Wines - 02/05/2024"),
    ("table", [
        ["Pos.", "Descrizione", "Q.ty", "EUR cad.", "Consegna"],
        ["1", "Serbatoio VC 5000 L - pilota / pilot", "1-2", "10.250,00", "10 settimane"],
        ["2", "Serbatoio VC 5000 L - serie / series", "8", "9.640,00", "14 settimane"],
    ]),
    ("p", "Prezzi franco fabbrica. Validità 45 giorni."),
], title="OF-24-0311", author="Enotecnica")
case("p09_cover_mail_vs_po_pilot_qty", ["RG011"],
     "cover mail authorizes two (2) pilot tanks with 6 on hold; the PO itself says 1 pilot tank with 7 on hold",
     [("msg_PO45052.eml", eml_bytes(mail(
         A_KELLER, E_BELLIN, "PO 45052 - VC 5000 pilot tanks",
         "Mon, 20 May 2024 14:10:00 +0930", _t))),
      ("PO_45052.pdf", _po),
      ("Offerta_OF-24-0311.pdf", _quote)])


# p10 PO (TXT) + supplier proforma (PDF): quantity and PO number differ; deposit starts production
_po = T("""
KRANSVLEI ESTATE (PTY) LTD                                   PURCHASE ORDER
R45, Simondium 7670, Western Cape                            Page 1 of 1

PO No.....: KV-PO-2024-0150        PO Date..: 2024-05-10      Revision: 0
Vendor....: 200517 ENOTECNICA VALPOLESINE SRL
Buyer.....: A. BOTHA                Currency.: EUR            Incoterm: FCA VERONA

Ln  Item          Description                                   Qty  UoM   Unit EUR     Ext EUR
--  ------------  --------------------------------------------  ---  ---  ---------  ----------
10  EV-VC3000-P   Variable capacity tank VC 3000 L, AISI 304,      2   EA   6.480,00   12.960,00
                  DRG EV-3000 Rev B - PILOT
PO text:
  Pilot lot 2 tanks only. The balance of 10 tanks (quote OF-24-0298) is NOT
  released - on hold until Johan Steyn (Cellar Master) signs off the pilot
  tanks after the first ferment and Thandi Nkosi (Operations Director) sends
  the written production release. Material for the 2 pilot tanks only.
""")
_pi = pdf([
    ("h1", "FATTURA PROFORMA / PROFORMA INVOICE PF-24-0207"),
    ("p", "Enotecnica Valpolesine S.r.l., Via dell'Artigianato 14, 37047 San Bonifacio (VR). "
          "P.IVA IT03318450237. Date 14/05/2024."),
    ("p", "Customer: Kransvlei Estate (Pty) Ltd, Simondium, South Africa. Your order no.: KV-PO-2024-0105."),
    ("table", [
        ["Pos.", "Description", "Q.ty", "Unit EUR", "Amount EUR"],
        ["1", "Variable capacity tank VC 3000 L AISI 304, DRG EV-3000 Rev B", "12", "6.480,00", "77.760,00"],
        ["", "Advance payment 30%", "", "", "23.328,00"],
    ]),
    ("sp",),
    ("p", "Payment terms: 30% advance by bank transfer, balance before dispatch."),
    ("p", "Production will start upon receipt of the advance payment. Delivery 12 weeks from "
          "receipt of payment."),
    ("p", "Bank: Banco BPM, IBAN IT60 X050 3459 5600 0000 0012 345."),
], title="PF-24-0207", author="Enotecnica")
case("p10_po_vs_proforma_deposit", ["RG011", "RG012"],
     "PO authorizes 2 pilot tanks (KV-PO-2024-0150); proforma states 12 tanks on order KV-PO-2024-0105 and starts production on the advance",
     [("KV-PO-2024-0150.txt", _po), ("PF-24-0207.pdf", _pi)])


# p11 PO (PDF) + release letter (DOCX) + WhatsApp (TXT): 'approved' for two things, 2.000 vs 2.500
_po = pdf([
    ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500019230"),
    ("p", "Grupo Viñas del Tinguiririca S.A., Camino a Lolol km 4, Santa Cruz, Chile. RUT 96.884.120-3. "
          "Fecha: 08.05.2024. Comprador: C. Fuentes."),
    ("p", "Proveedor: Alambres y Postes Cuyo S.A. (100388), Luján de Cuyo, Mendoza. Quote QT-APC-0451."),
    ("table", [
        ["Pos.", "Material", "Texto", "Cantidad", "Alcance / scope", "Precio USD"],
        ["10", "VIT-Z240", "Poste Z 2,40 m ZnAl", "200", "Muestra / trial", "4,85"],
        ["20", "VIT-Z240", "Poste Z 2,40 m ZnAl", "5.800", "Producción - NO liberado", "4,10"],
    ]),
    ("sp",),
    ("p", "Pos. 20 is not released. It stays on hold until the trial report is signed by Felipe Rojas "
          "(Jefe de Viticultura) and Ignacio Letelier (Gerente de Operaciones) issues a written "
          "release by call-off. Material authority: trial posts only."),
], title="PO 4500019230", author="Viñas del Tinguiririca")
_letter = docx_bytes([
    ("h1", "Production release no. 1 - PO 4500019230"),
    ("p", "To: Alambres y Postes Cuyo S.A., att. Martín Gutiérrez. Santa Cruz, 5 June 2024."),
    ("p", "The trial posts were approved by Viticulture on 3 June (wind-load check in cuartel 7 OK). "
          "The PO change for position 20 (delivery split in three call-offs) was approved in SAP on "
          "4 June."),
    ("p", "Production is hereby released for 2.000 posts of position 20, delivery FCA Luján de Cuyo "
          "by 31 July 2024."),
    ("p", "The remaining 3.800 posts of position 20 stay on hold until call-off no. 2, signed by me. "
          "Material authority: 2.000 posts."),
    ("sp",),
    ("p", "Ignacio Letelier, Gerente de Operaciones"),
], author="Ignacio Letelier")
_chat = T("""
05/06/24, 18:12 - Felipe Rojas: Martín buenas tardes. Ignacio firmó hoy el release, 2.500 posts of the PO 4500019230, the letter goes by mail tomorrow
05/06/24, 18:13 - Felipe Rojas: delivery to Fundo Los Boldos like the trial ones
05/06/24, 18:20 - Martín Gutiérrez APC: Excelente noticia! 2.500 then. we start Monday in the roll former
05/06/24, 18:21 - Felipe Rojas: 👍
""")
case("p11_release_letter_vs_chat", ["RG009", "RG011"],
     "release letter uses 'approved' for the trial sign-off and the SAP PO change; it releases 2.000, the buyer's chat says 2.500",
     [("OC_4500019230.pdf", _po), ("Release_1_4500019230.docx", _letter),
      ("WhatsApp_Felipe_Martin.txt", _chat)])


# p12 buyer portal shows forecast volumes as firm orders (HTML) ------------------------
case("p12_portal_forecast_as_firm", ["RG008"],
     "buyer hub lists vintage 2025 quantities taken from the vineyard forecast as 'FIRM ORDER' to be committed",
     [("supplier_hub_orders.html", html_page("Greenock Flat - Supplier Hub - orders", T("""
<h2>Greenock Flat Wines &mdash; Supplier Hub</h2>
<p>Supplier: <b>Alambres y Postes Cuyo S.A.</b> &middot; Orders &middot; updated 04/06/2024 by D. Pitt</p>
<h3>Current purchase orders</h3>
<table>
<tr><th>PO</th><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>45040</td><td>High-tensile wire 2,5 mm ZnAl, 650 kg coils</td><td>40 coils</td><td>Released &ndash; full PO quantity</td></tr>
</table>
<h3>Vintage 2025 &mdash; confirmed volumes</h3>
<table>
<tr><th>Item</th><th>Qty</th><th>Basis</th><th>Status</th></tr>
<tr><td>High-tensile wire 2,5 mm ZnAl</td><td>160 coils</td><td>Vineyard forecast V25 (12 March)</td><td><b>FIRM ORDER</b></td></tr>
<tr><td>Intermediate post Z 2,40 m</td><td>2.400</td><td>Vineyard forecast V25 (12 March)</td><td><b>FIRM ORDER</b></td></tr>
</table>
<p class="note">The vintage 2025 volumes above come straight from our vineyard forecast. Please treat them as
firm orders &ndash; these are our committed quantities for next season, so book your capacity now.</p>
""")))])


# p13 supplier order confirmation: forecast confirmed as firm, material bought (PDF) ---
case("p13_supplier_oc_forecast_material", ["RG008", "RG006"],
     "supplier confirms the buyer's planting forecast as a firm order and has bought steel for 3.600 posts with no PO or material authority",
     [("OC-24-0560.pdf", pdf([
         ("h1", "Confirmación de pedido / Order confirmation OC-24-0560"),
         ("p", "Alambres y Postes Cuyo S.A. - Ruta Prov. 15 km 21, Luján de Cuyo, Mendoza. "
               "Fecha: 15/04/2024."),
         ("p", "Customer: Kransvlei Estate (Pty) Ltd, Simondium, South Africa. Customer reference: "
               "2025 planting forecast, e-mail R. du Toit of 02/04/2024. Customer PO: to follow."),
         ("table", [
             ["Item", "Description", "Qty", "USD unit", "Week"],
             ["POSTE-C270", "End post 2,70 m, HDG 600 g/m2, ISO 1461", "3.600", "9,20", "28-31"],
             ["ANC-60", "Earth anchor 60 cm", "3.600", "2,15", "28-31"],
         ]),
         ("sp",),
         ("p", "Based on your 2025 planting forecast we confirm the above as a firm order and have "
               "scheduled production in weeks 28 to 31."),
         ("p", "To secure the mill price we purchased on 10/04/2024 the steel strip and the wire rod "
               "for the complete 3.600 posts and anchors (approx. 41 t)."),
         ("p", "Martín Gutiérrez - Export Sales"),
     ], title="OC-24-0560", author="APC"))])


# p14 buyer writes a forecast as a firm commitment (EML, quoted question) ---------------
_q = T("""
Buongiorno Catalina,

for our workshop planning 2025 could you give us your forecast of tanks for next season?
Also the type (VC or fixed with jacket).

Grazie e cordiali saluti,
Marco
""")
_t = T("""
Hola Marco,

Para tu planificación: our forecast for season 2025 is 14 tanks VC 10000 with cooling
jacket, same spec as the pilot tanks (DRG EV-10000 Rev C).

Please take the 14 as a firm order from our side. We commit to them, so book the capacity in
your workshop for January-March 2025.

Saludos,
Catalina

De: Marco Bellin <m.bellin@enotecnica-vp.it>
Enviado: martes, 28 de mayo de 2024 10:03
Para: Catalina Fuentes
Asunto: Forecast 2025

""") + quote(_q) + "\n" + sig_cl("Catalina Fuentes", "Jefa de Compras")
case("p14_buyer_forecast_firm", ["RG008"],
     "buyer gives the 2025 forecast of 14 tanks and tells the supplier to take it as a firm order",
     [("RE_Enotecnica_2025.eml", eml_bytes(mail(
         C_FUENTES, E_BELLIN, "RE: Forecast 2025",
         "Tue, 28 May 2024 15:47:00 -0400", _t,
         in_reply_to="<h181-eno-fc2025@enotecnica-vp.it>")))])


# p15 minutes: forecast confirmed as an order, 'approved' for samples and finance (DOCX) -
case("p15_minutes_forecast_order_approvals", ["RG008", "RG009"],
     "minutes confirm the 1.200-rack 2025 budget forecast as an order; 'approved' used for the sample racks and for the PO revision",
     [("Minutes_KV_Vinotech_2024-05-16.docx", docx_bytes([
         ("h1", "Minutes - Kransvlei / Vinotech - 16 May 2024 (Teams)"),
         ("p", "Present: Anika Botha, Johan Steyn (Kransvlei); Zuzana Hrušková, Peter Kováč (Vinotech)."),
         ("h", "1. Sample racks - PO KV-PO-2024-0120"),
         ("p", "Load test on the 24 sample racks passed on 9 May (4 high, full 225 L barrels, 72 h). "
               "The sample racks are approved by Johan."),
         ("p", "The balance of 456 racks is not released yet. Thandi Nkosi will send the written "
               "production release once the revised PO is issued."),
         ("h", "2. PO revision"),
         ("p", "The revised PO for the 456 racks is approved by finance (FIN-24-077) and will be "
               "issued next week."),
         ("h", "3. Barrel hall 3 - 2025"),
         ("p", "Kransvlei's 2025 budget forecast is a dozen bays, about 1.200 racks. Anika confirmed "
               "the 1.200 racks as an order for 2025. Vinotech to reserve capacity January-March 2025."),
         ("h", "Actions"),
         ("table", [["Action", "Who", "When"],
                    ["Issue revised PO (456 racks)", "A. Botha", "24 May"],
                    ["Reserve 2025 capacity", "P. Kováč", "June"],
                    ["Galvanizing certificates to Kransvlei", "Z. Hrušková", "20 May"]]),
     ], author="Anika Botha"))])


# p16 'approved' for the pilot tank and for the PO change; release itself complete (EML) --
_t = T("""
Buongiorno Marco,

Good news from Colchagua: the pilot tank is approved. Rodrigo finished the first
fermentation last week, no problems with the cooling jacket or the floating lid.

Also the PO change for the 10 tanks was approved by our finance committee yesterday.

The production release will come separately, in writing, from Ignacio Letelier. Until then
the 10 tanks remain on hold; only the pilot tank (1) is released on PO 4500019366.

Saludos cordiales,
""") + sig_cl("Catalina Fuentes", "Jefa de Compras")
case("p16_approved_tech_and_commercial", ["RG009"],
     "'approved' used both for the pilot-tank technical result and the finance approval of the PO change; scope otherwise complete",
     [("msg_4500019366.eml", eml_bytes(mail(
         C_FUENTES, E_BELLIN, "PO 4500019366 - pilot tank / PO change",
         "Thu, 30 May 2024 11:18:00 -0400", _t, html=html_of(_t),
         cc="Rodrigo Aravena <raravena@vinastinguiririca.cl>")))])


# p17 WhatsApp: buyer tells supplier to roll on after the samples, against the PO (TXT) --
case("p17_whatsapp_buyer_rollover", ["RG007"],
     "PO requires Thandi Nkosi's written release; purchasing says once Johan is happy with the samples just carry on with the 36",
     [("WhatsApp_Chat_Olivier_Delaunay.txt", T("""
[02/05/2024, 11:04:12] Olivier Garnier Delaunay: Bonjour Anika, the 4 sample membranes leave Épernay today by DHL. The PO KV-PO-2024-0117 says the 36 others need a written release from Mme Nkosi after the trials, correct?
[02/05/2024, 11:30:40] Anika Botha: Hi Olivier, yes that's what the PO says
[02/05/2024, 11:31:05] Anika Botha: but harvest is crazy busy, so once Johan is happy with the samples just carry on with the other 36. no need to wait for the paperwork from Thandi
[02/05/2024, 11:33:51] Olivier Garnier Delaunay: OK so when Johan approve the samples, we launch the 36 membranes directly?
[02/05/2024, 11:40:02] Anika Botha: ja, that's fine 👍
[02/05/2024, 11:40:30] Olivier Garnier Delaunay: Parfait, merci Anika
"""))])


# p18 supplier acknowledgement announcing automatic launch after sample approval (PDF) ----
case("p18_supplier_ack_auto_launch", ["RG007"],
     "supplier acknowledgement: production run launched automatically once the sample membrane is approved, no recorded auto-conversion",
     [("AR-24-0388.pdf", pdf([
         ("h1", "Accusé de réception de commande / Order acknowledgement AR-24-0388"),
         ("p", "Pressoirs Delaunay SAS, 12 rue des Vignerons, 51200 Épernay - SIRET 412 887 045 00027"),
         ("p", "Customer: Greenock Flat Wines Pty Ltd, Greenock SA. Your PO 45036 of 13/05/2024."),
         ("table", [
             ["Pos.", "Ref.", "Désignation / Description", "Qté", "PU EUR", "Délai"],
             ["1", "MEM-PX80-NBR", "Membrane pressoir PX 80, NBR alimentaire", "1", "1.390,00", "sem. 24"],
         ]),
         ("sp",),
         ("p", "We thank you for your order and confirm it as above (1 sample membrane)."),
         ("p", "As agreed with your winemaker by phone, as soon as the sample membrane is approved "
               "we will launch the production run automatically, without waiting for another "
               "document, so that the membranes are ready before your vintage."),
         ("p", "We remain at your disposal. Sandrine Lefèvre, Administration des ventes."),
     ], title="AR-24-0388", author="Pressoirs Delaunay"))])


# p19 supplier: PO accepted, so all 480 started, steel bought for all (EML, quoted PO) -----
_q = T("""
Dear Zuzana,

Please find PO KV-PO-2024-0160 for 20 sample racks BR-300 (hogsheads). The balance of 460
racks is not released. It stays on hold until the load test of the sample racks in barrel
hall 2 and a written release from Thandi Nkosi, Operations Director. Material for the 20
sample racks only.

Kind regards
Anika
""")
_t = T("""
Dear Anika,

thank you for your order. We confirm that your PO KV-PO-2024-0160 is accepted in our system,
so we have started the production for all 480 racks BR-300 and we ordered the steel tubes
40x40x3 for the complete quantity, to be on time for your season.

Sample racks will be ready in week 23.

""") + sig_sk("Zuzana Hrušková", "Project Manager") + "\n\nOn 21.05.2024 08:12, Anika Botha wrote:\n" + \
    quote(_q) + "\n"
case("p19_supplier_po_accepted_starts_all", ["RG006", "RG012"],
     "supplier treats PO acceptance as authority to start all 480 and buys tubes for all, against a 20-rack sample scope",
     [("RE_KV-PO-2024-0160.eml", eml_bytes(mail(
         V_HRUSKOVA, K_BOTHA, "RE: PO KV-PO-2024-0160 sample racks BR-300",
         "Wed, 22 May 2024 13:05:00 +0200", _t,
         in_reply_to="<h181-kv0160@kransvlei.co.za>")))])


# p20 supplier portal: deposit received = released to production (HTML) -----------------
case("p20_supplier_portal_deposit_release", ["RG012"],
     "supplier portal workflow releases orders to production automatically when the deposit is received",
     [("ousheng_portal_orders.html", html_page("Ousheng customer portal - orders", T("""
<h2>Wenzhou Ousheng Fluid Equipment &mdash; Customer Portal</h2>
<p>Order workflow: <b>1. PO received</b> &rarr; <b>2. Deposit received</b> &rarr; <b>3. Released to production</b> &rarr; 4. QC &rarr; 5. Shipped</p>
<p class="note">Production starts automatically when the deposit is received. No separate release is needed.</p>
<table>
<tr><th>Customer</th><th>PO</th><th>Item</th><th>Qty</th><th>Deposit</th><th>Status</th></tr>
<tr><td>Oak Flat Custom Crush</td><td>OF-24-0420</td><td>Star wheel + guide set 750 mL Burgundy</td><td>24 sets</td><td>Received 2024-05-08</td><td>Released to production</td></tr>
<tr><td>Kransvlei Estate</td><td>KV-PO-2024-0133</td><td>Tri-clamp ferrule 2" / BV DN50 / gasket 2"</td><td>500 / 60 / 1000</td><td>Received 2024-04-29</td><td>Released to production</td></tr>
<tr><td>Greenock Flat Wines</td><td>45063</td><td>Sample cock 1/2" 316L</td><td>40</td><td>Pending</td><td>Will be released to production when deposit is received</td></tr>
</table>
<p>Last update 2024-05-20 08:00 CST &middot; Contact: order desk Amy Xu, amy.xu@ousheng-fluid.cn</p>
""")))])


# p21 supplier MRP printout: forecast loaded as firm order, steel bought for it (TXT) ------
case("p21_supplier_mrp_forecast_firm", ["RG006", "RG008"],
     "supplier MRP loads the customer's season forecast as a firm order and shows steel bought for 6.000 posts against 150 released",
     [("MRP_run_2024-05-13.txt", T("""
ALAMBRES Y POSTES CUYO S.A.            ERP APC v7.4          PLAN DE MATERIALES (MRP)
Corrida / run: 2024-05-13 06:00        Planta Luján de Cuyo   Usuario: DFUNES
==========================================================================================
Cliente / customer : 3012 GRUPO VINAS DEL TINGUIRIRICA (CL)
Artículo / item    : POSTE-Z-240   Poste intermedio Z 2,40 m ZnAl   (plano VT-VIT-024 rev 2)

DEMANDA / DEMAND
  Tipo          Cantidad   Fecha       Referencia
  ------------  --------   ----------  ------------------------------------------------
  PED FIRME          150   2024-05-31  OC 4500019105 pos 10 (trial posts) - liberado
  PED FIRME        5.850   2024-08-30  Pronóstico cliente temporada 2025 (mail C. Fuentes 02/05)
  ------------  --------
  TOTAL            6.000

MATERIALES / MATERIALS                      Requerido    Stock    Comprado   OC proveedor
  Fleje DX51D+ZA 2,0 x 182 mm (t)              41,4        0,0       41,4     OCP-88213
  Zinc-Al lingote (kg)                          960          0        960     OCP-88214

OBS: pronóstico del cliente cargado como pedido firme para asegurar cupo de galvanizado
     y precio de acería. / customer forecast entered as firm order to lock galv slot and
     mill price.  -- D. Funes, PCP
==========================================================================================
Página 1 de 1
"""))])


# p22 supplier progress report: sheet for all 8 tanks, balance starts on deposit (PDF) ----
case("p22_supplier_progress_deposit", ["RG006", "RG012"],
     "supplier bought sheet for all 8 tanks against 1 released and will start the 7 on receipt of the deposit",
     [("SAL_PO45022_wk21.pdf", pdf([
         ("h1", "Stato avanzamento ordine / Order progress report"),
         ("p", "Enotecnica Valpolesine S.r.l. - Customer: Greenock Flat Wines Pty Ltd - PO 45022 - "
               "report date 24/05/2024"),
         ("table", [
             ["Item", "Qty", "Phase", "Progress"],
             ["Pilot tank VC 5000 L, AISI 304 (1.4301)", "1", "Welding shell + cone", "80%"],
             ["Series tanks VC 5000 L", "7", "Not released on PO 45022 (pilot only) - not started", "0%"],
         ]),
         ("sp",),
         ("p", "Material: on 6 May we purchased the 1.4301 2B sheet 3 mm for all 8 tanks "
               "(approx. 4.100 kg) to hold the mill price of EUR 3,85/kg."),
         ("p", "Series tanks: production of the 7 tanks will start as soon as we receive your "
               "deposit payment (30%) for them. Proforma PF-24-0219 attached to our mail."),
         ("p", "Pressure test of the pilot tank (EN 13445 hydrostatic, 1,5 bar jacket) planned "
               "week 23. Andrea Zanon, Production Planning."),
     ], title="SAL PO45022", author="Enotecnica"))])


# p23 minutes: bar stock for all 24 sets already staged; 'approved' twice (DOCX) ----------
case("p23_minutes_material_staged_approvals", ["RG006", "RG009"],
     "minutes record material staged for 24 sets against 6 released with no material authority; 'approved' for the trial and the PO",
     [("Minutes_OakFlat_Ousheng_2024-05-15.docx", docx_bytes([
         ("h1", "Weekly call Oak Flat / Ousheng - 15 May 2024"),
         ("p", "Attendees: Tyler Haas, Megan Driscoll (Oak Flat); Kevin Chen, Linda Zhou (Ousheng)."),
         ("h", "1. Trial sets CP-750-BX"),
         ("p", "The 6 trial change-part sets ran on bottling line 2 on 13 May, 3 shifts, 41.000 "
               "bottles, no jams. Trial sets approved by Tyler."),
         ("h", "2. Purchase order"),
         ("p", "PO OF-24-0401 was approved in Oracle on 14 May (rev 1, freight terms)."),
         ("h", "3. Balance"),
         ("p", "The balance of 18 sets is not released. Dana Whitcomb will send the written "
               "production release after the revised PO is issued."),
         ("h", "4. Material"),
         ("p", "Kevin confirmed the POM-C bar stock and the 316 shafts for all 24 sets are already "
               "staged at Ousheng (bought in April)."),
         ("h", "Next call"),
         ("p", "22 May 2024, 5 PM PDT / 8 AM CST."),
     ], author="Megan Driscoll"))])


# p24 sample PO mail with supplier quote attached, nothing on the balance (EML + PDF) ------
_quote = pdf([
    ("h1", "Devis / Quotation DEV-24-1203"),
    ("p", "Pressoirs Delaunay SAS - for Greenock Flat Wines Pty Ltd - 30/04/2024"),
    ("table", [
        ["Ref.", "Désignation", "Qté", "PU EUR", "Délai"],
        ["MEM-PX50-EPDM", "Membrane PX 50, EPDM - sample", "2", "1.240,00", "4 semaines"],
        ["MEM-PX50-EPDM", "Membrane PX 50, EPDM - production", "16", "1.090,00", "8 semaines"],
    ]),
    ("p", "Prix départ Épernay. Validité 60 jours."),
], title="DEV-24-1203", author="Pressoirs Delaunay")
_t = T("""
Bonjour Sandrine,

Please find our PO 45031 below.

Please make the 2 sample membranes for our PX 50 press per your quote DEV-24-1203
(attached). PO value EUR 2.480,00 + freight. Delivery to Greenock by end of June please.

Cheers,
Bronwyn
""") + sig_au("Bronwyn Keller", "Purchasing Officer")
case("p24_sample_po_mail_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "2 sample membranes ordered with the quote attached showing 16 production; balance never said to be on hold, no event, no person",
     [("PO_45031.eml", eml_bytes(mail(
         A_KELLER, D_LEFEVRE, "PO 45031 - membranes PX 50",
         "Wed, 15 May 2024 11:26:00 +0930", _t, html=html_of(_t),
         attachments=[("DEV-24-1203.pdf", _quote, PDF_MT)])))])


# p25 Teams: scope complete, then 'drawing rev C approved, green light from us' (TXT) -------
case("p25_teams_green_light", ["RG002"],
     "scope stated completely earlier, then an unscoped 'green light from us' after a drawing approval",
     [("Teams_VTG_Enotecnica_valvole.txt", T("""
Microsoft Teams - export chat
Chat: Válvulas DN 80 - PO 4500019340
Participants: Catalina Fuentes, Rodrigo Aravena, Marco Bellin (Guest), Giulia Ferraresi (Guest)

[03/05/2024 9:12] Catalina Fuentes
Marco, Giulia: PO 4500019340 is for 3 sample butterfly valves DN 80 only. The balance of 57 valves is not released, it stays on hold until Rodrigo signs off the samples and Ignacio Letelier sends the written release. Material for 3 only.

[03/05/2024 9:30] Marco Bellin (Guest)
Ok Catalina, chiaro. 3 samples.

[10/05/2024 15:02] Giulia Ferraresi (Guest)
Buongiorno Rodrigo, we uploaded drawing EV-BF-080 rev C with your comments (seat EPDM, handle with lock). Can you check?

[10/05/2024 16:45] Rodrigo Aravena
Hola Giulia, revisado. Drawing rev C approved.

[10/05/2024 16:45] Rodrigo Aravena
Green light from us 👍

[10/05/2024 16:50] Giulia Ferraresi (Guest)
Perfetto, grazie Rodrigo! We pass to the workshop.
"""))])


# p26 'Surface finish approved. Please proceed.' with complete PO attached (EML + PDF) ------
_po = pdf([
    ("h1", "PURCHASE ORDER KV-PO-2024-0138"),
    ("p", "Kransvlei Estate (Pty) Ltd, Simondium. Date 25/04/2024. Buyer: A. Botha. "
          "Supplier: Enotecnica Valpolesine S.r.l."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR"],
        ["1", "EV-SV-12", "Sample cock G 1/2, 316L, PN 16, DRG EV-SV-12 Rev 4 - SAMPLE", "5", "38,50"],
    ]),
    ("sp",),
    ("p", "Scope: 5 sample cocks only. The balance of 95 cocks (quote Q-2398) is not released and "
          "stays on hold until Johan Steyn signs off the samples after one month in tank and "
          "Thandi Nkosi, Operations Director, issues the written production release. Material for "
          "the 5 samples only."),
], title="KV-PO-2024-0138", author="Kransvlei")
_t = T("""
Hi Giulia,

Thanks for the photos of the polishing trial on the first body. Surface finish approved.

Please proceed.

PO attached again for your file.

""") + sig_za("Johan Steyn", "Cellar Master")
case("p26_finish_approved_please_proceed", ["RG002"],
     "'Surface finish approved. Please proceed.' names neither the samples nor a quantity; attached PO scope is complete",
     [("msg_finish_EV-SV-12.eml", eml_bytes(mail(
         K_STEYN, E_FERRARESI, "Sample cocks EV-SV-12 - polishing",
         "Tue, 07 May 2024 09:48:00 +0200", _t,
         cc="Anika Botha <anika.botha@kransvlei.co.za>",
         attachments=[("KV-PO-2024-0138.pdf", _po, PDF_MT)])))])


# p27 EDI 830: bottling forecast sent as firm, committed orders (TXT) -----------------------
case("p27_edi830_forecast_firm", ["RG008"],
     "830 planning schedule built from the S&OP bottling forecast, every week flagged firm and declared committed orders",
     [("EDI830_OF-FC-2024-21.txt", T("""
*** OAK FLAT CUSTOM CRUSH - EDI OUTBOUND LOG - X12 830 PLANNING SCHEDULE ***
Trading partner: OUSHENG (V2231)     Sent 05/20/2024 06:00 PDT     ICN 000001244

ST*830*0007~
BFR*00**OF-FC-2024-21*DL*A*20240603*20240930*20240520~
N1*ST*OAK FLAT CUSTOM CRUSH LLC*92*OFC01~
N1*SU*WENZHOU OUSHENG FLUID EQUIPMENT*92*V2231~
LIN**BP*OF-CP-750BX*VP*CP-750-BX~
UIT*SE~
FST*24*C*W*20240603~
FST*24*C*W*20240701~
FST*36*C*W*20240805~
FST*36*C*W*20240902~
FST*12*C*W*20240930~
MSG*SOURCE S&OP BOTTLING FORECAST MAY-24 (CLIENT WINERIES)~
MSG*THIS FORECAST IS OUR FIRM ORDER. ALL WEEKS ARE COMMITTED. SCHEDULE AND SHIP.~
CTT*1*132~
SE*15*0007~

--- translated ---
Planning schedule OF-FC-2024-21   horizon 06/03/2024 - 09/30/2024
Item CP-750-BX change-part set 750 mL Bordeaux
  wk of 06/03   24 sets   FIRM (C)
  wk of 07/01   24 sets   FIRM (C)
  wk of 08/05   36 sets   FIRM (C)
  wk of 09/02   36 sets   FIRM (C)
  wk of 09/30   12 sets   FIRM (C)
  total        132 sets
Notes: source = S&OP bottling forecast May-24 (client wineries).
       This forecast is our firm order. All weeks are committed - schedule and ship.
"""))])


# p28 PDF PO: release authority named, nothing on hold, no event ---------------------------
case("p28_po_authority_only", ["RG003", "RG004"],
     "sample PO for 20 racks names Thandi Nkosi as release authority but never says the balance is not released and names no event",
     [("KV-PO-2024-0162.pdf", pdf([
         ("h1", "PURCHASE ORDER KV-PO-2024-0162"),
         ("p", "Kransvlei Estate (Pty) Ltd, R45, Simondium 7670. Date 27/05/2024. Buyer: Anika Botha."),
         ("p", "Supplier: Vinotech Modra s.r.o., Štúrova 22, 900 01 Modra, Slovakia. Per your "
               "quotation NP-24-060."),
         ("table", [
             ["Line", "Article", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "BR-300", "Hogshead rack 300 L, HDG (EN ISO 1461), sample lot", "20", "104,00", "2.080,00"],
         ]),
         ("sp",),
         ("p", "Sample racks for the barrel hall 2 stacking trial. Delivery FCA Modra, week 27."),
         ("p", "Release authority for the production quantity: Thandi Nkosi, Operations Director."),
         ("p", "Invoices to accounts@kransvlei.co.za quoting the PO number. 60 days from invoice."),
     ], title="KV-PO-2024-0162", author="Kransvlei"))])


# p29 SAP PO printout states the sample quantity twice differently (TXT) --------------------
case("p29_sap_po_qty_twice", ["RG011"],
     "header text says two (2) sample valves, the item line says 4 (balance 196): one PO, two authorized quantities",
     [("OC_4500019402.txt", T("""
GRUPO VIÑAS DEL TINGUIRIRICA S.A.                 ORDEN DE COMPRA / PURCHASE ORDER
RUT 96.884.120-3                                  Nº 4500019402     Fecha 16.05.2024
Camino a Lolol km 4, Santa Cruz - Chile           Comprador: C. FUENTES (G07)

Proveedor: 200944  WENZHOU OUSHENG FLUID EQUIPMENT CO LTD
Cond. pago: 30% anticipo / 70% contra BL     Incoterm: FOB NINGBO     Moneda: USD

Texto cabecera / header text:
  Muestras: dos (2) válvulas de muestreo / two (2) sample valves for the
  fermentation tanks, for test in bodega 2 during vintage.
  Saldo 196 válvulas NO liberado - en espera hasta firma de muestras por
  Rodrigo Aravena y liberación escrita de Ignacio Letelier (Gerente de
  Operaciones). Material solo para las muestras.

Pos  Material     Texto                                      Cant.  UM   Precio    Valor
---  -----------  -----------------------------------------  -----  --  --------  -------
10   VAL-SMP-12   Válvula de muestreo 1/2" 316L, PN 10,          4  UN     14,60    58,40
                  DRG OS-SV-12 Rev 5, rosca G 1/2
20   FLETE        Courier DHL muestras                           1  UN     85,00    85,00
                                                                  Total USD      143,40
Entrega: Bodega 2, Fundo Los Boldos, Santa Cruz.      Fecha entrega: 14.06.2024
"""))])


# p30 buyer portal PO page with the quote tiers shown, no hold (HTML) ----------------------
case("p30_buyer_portal_po_with_quote", ["RG001", "RG003", "RG004"],
     "portal PO for 10 sample valves shows the quote's 600 tier beside it; release authority named, no hold, no event",
     [("portal_PO_OF-24-0398.html", html_page("Oak Flat Supplier Portal - PO OF-24-0398", T("""
<h2>Oak Flat Custom Crush - Supplier Portal</h2>
<p>Logged in as: <b>Wenzhou Ousheng Fluid Equipment</b> (vendor V2231)</p>
<h3>Purchase Order OF-24-0398 &mdash; Rev 0 &mdash; 04/25/2024</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext USD</th></tr>
<tr><td>1</td><td>OS-BV-065</td><td>Butterfly valve DN65 tri-clamp 316L, EPDM &mdash; SAMPLE</td><td>10</td><td>52.00</td><td>520.00</td></tr>
</table>
<h4>Linked quotation QT-OS-240402</h4>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit USD</th><th>Lead time</th></tr>
<tr><td>Sample</td><td>10</td><td>52.00</td><td>15 days</td></tr>
<tr><td>Production</td><td>600</td><td>27.80</td><td>45 days</td></tr>
</table>
<p><b>Release authority:</b> Dana Whitcomb, General Manager</p>
<p>Ship samples by air to Oak Flat Custom Crush, 1440 N. Cherokee Lane, Lodi CA 95240. Attn: Tyler Haas.</p>
""")))])


# p31 WhatsApp: supplier starts all 4.000 on the deposit and bought strip for all (TXT) ------
case("p31_whatsapp_deposit_starts_all", ["RG006", "RG012"],
     "buyer scope is 200 trial posts; supplier reads the 30% deposit as a start for all 4.000 and has bought strip for all",
     [("WhatsApp_Chat_Catalina_APC.txt", T("""
06/05/24, 10:15 - Catalina Fuentes: Martín, te confirmo PO 4500019475: 200 postes de prueba only. The other 3.800 are NOT released, they wait until Felipe signs the trial report and Ignacio Letelier sends the written release. Material only for the 200
06/05/24, 10:22 - Martín Gutiérrez APC: Recibido Catalina, gracias
06/05/24, 10:22 - Martín Gutiérrez APC: te mando la proforma del anticipo
20/05/24, 17:40 - Martín Gutiérrez APC: Catalina buenas tardes! recibimos el anticipo del 30% hoy, muchas gracias 🙌
20/05/24, 17:41 - Martín Gutiérrez APC: so with the deposit in we start the 4.000 posts next Monday, trial + series together, better for the galvanizing
20/05/24, 17:41 - Martín Gutiérrez APC: and we already bought the steel strip for all 4.000, price was going up in June
20/05/24, 18:05 - Catalina Fuentes: Martín I'm in a meeting, I call you tomorrow morning
"""))])


# p32 supplier: with the deposit in, straight into the 6 tanks once the pilot is approved (EML)
_q = T("""
Estimado Marco,

PO 4500019460 covers one (1) pilot tank VC 7500 only. The remaining 6 tanks are not released.
They stay on hold until the pilot tank finishes its first fermentation and Ignacio Letelier
sends the written production release. Material for the pilot tank only, por favor.

Saludos,
Catalina
""")
_t = T("""
Dear Catalina,

thank you, the deposit of 30% for the proforma PF-24-0226 is received today.

With the deposit in hand, as soon as Rodrigo approves the pilot tank we go straight into the
6 tanks without waiting, so you have them in the cellar for vintage 2025. Our workshop slot
is reserved from week 36.

Cordiali saluti,
""") + sig_it("Marco Bellin", "Export Sales") + "\n\nIl giorno 14/05/2024 16:22, Catalina Fuentes ha scritto:\n" + \
    quote(_q) + "\n"
case("p32_supplier_deposit_and_rollover", ["RG007", "RG012"],
     "supplier treats the deposit plus the pilot approval as the start of the 6 tanks, against the quoted written-release scope",
     [("RE_PO_4500019460.eml", eml_bytes(mail(
         E_BELLIN, C_FUENTES, "RE: PO 4500019460 pilot tank VC 7500",
         "Fri, 24 May 2024 10:11:00 +0200", _t,
         in_reply_to="<h181-vtg19460@vinastinguiririca.cl>")))])


# p33 mail saved as text: 'approved'/'released' for three things, release by 'la gerencia' (TXT)
case("p33_mail_txt_mixed_terms_gerencia", ["RG005", "RG009"],
     "'approved' and 'released' each used for the trial, the SAP PO and production; release needs 'approval of the gerencia', nobody named",
     [("Mail_postes_prueba_4500019512.txt", T("""
From:    Catalina Fuentes <cfuentes@vinastinguiririca.cl>
Sent:    Wednesday, 22 May 2024 12:03
To:      Martín Gutiérrez <mgutierrez@apcuyo.com.ar>
Cc:      Felipe Rojas <frojas@vinastinguiririca.cl>
Subject: Postes de prueba / PO 4500019512

Hola Martín,

News on the trial posts: they are approved by Felipe (wind test in cuartel 2 OK, no bending).
The PO change for the balance is approved too, finance released it in SAP this morning.

But the production release of the 3.900 posts is not yet given. It needs the approval of
the gerencia first.

So for now: only the 100 trial posts are released. The 3.900 stay on hold until the gerencia
sends you the written production release. No material for the 3.900 please.

Saludos,
Catalina

--
Catalina Fuentes
Jefa de Compras
Grupo Viñas del Tinguiririca S.A.
Camino a Lolol km 4, Santa Cruz, Colchagua, Chile
+56 72 282 4410
Este correo y sus adjuntos son confidenciales.
"""))])


# p34 sample inspection report: approved, supplier may continue with the 460 (DOCX) -------
case("p34_inspection_report_continue", ["RG007"],
     "sample inspection report turns the sample approval into production of the remaining 460 racks; no recorded auto-conversion",
     [("SIR-24-011.docx", docx_bytes([
         ("h1", "Sample Inspection Report SIR-24-011"),
         ("table", [
             ["Supplier", "Vinotech Modra s.r.o."],
             ["Part", "Two-barrel rack BR2-228, DRG VT-228 Rev 2"],
             ["Reference", "PO 45061, sample lot 20 racks"],
             ["Inspected by", "Sophie Tran, Assistant Winemaker"],
             ["Date", "12 June 2024"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Stacking 4 high, full 228 L barrels, 48 h", "no deflection > 3 mm", "1,2 mm - OK"],
             ["Galvanizing thickness", ">= 70 um (AS/NZS 4680)", "86 um avg - OK"],
             ["Forklift pockets", "fit 1.070 mm tines", "OK"],
             ["Weld visual (EN ISO 5817 level C)", "no cracks, no undercut", "OK"],
         ]),
         ("h", "Conclusion"),
         ("p", "Sample lot: APPROVED."),
         ("p", "The supplier may continue with the remaining 460 racks."),
         ("sp",),
         ("p", "Sophie Tran"),
     ], author="Sophie Tran"))])


# p35 ERP PO: sample 'lot' with no quantity of parts stated (TXT) ------------------------
case("p35_erp_po_lot_no_qty", ["RG010"],
     "sample PO line is '1 LOT, qty as per quote'; hold, event and Dana Whitcomb are named but the authorized quantity is never stated",
     [("PO_OF-24-0433.txt", T("""
OAK FLAT CUSTOM CRUSH LLC                      PURCHASE ORDER  OF-24-0433   REV 0
1440 N. CHEROKEE LANE, LODI CA 95240           DATE 05/22/2024  PAGE 1
VENDOR: V2231 WENZHOU OUSHENG FLUID EQUIPMENT CO LTD
BUYER : M. DRISCOLL     TERMS: NET 30     SHIP VIA: DHL EXPRESS

LINE  ITEM         DESCRIPTION                              QTY  UOM     PRICE       EXT
----  -----------  ---------------------------------------  ---  ---  --------  --------
1     OF-GD-375    GUIDE RAIL SET 375ML SPLIT, SAMPLES        1  LOT    950.00    950.00
                   DRG OF-GD-375 REV 3, UHMW-PE + 304
                                                               PO TOTAL USD    950.00
NOTES:
  SAMPLE LOT - SAMPLE QTY AS PER QUOTE QT-OS-240427.
  PRODUCTION QTY NOT RELEASED - ON HOLD UNTIL LINE TRIAL SIGN-OFF BY T. HAAS
  AND WRITTEN PRODUCTION RELEASE BY D. WHITCOMB (GM).
  MATERIAL FOR THE SAMPLE LOT ONLY.
"""))])


# p36 WhatsApp: 'good to start on the pilot posts', no number, nothing on hold (TXT) --------
case("p36_whatsapp_start_pilot_posts", ["RG003", "RG004", "RG005", "RG010"],
     "buyer starts 'the pilot posts' with no number, and says nothing about the balance, an unlock event or who releases",
     [("WhatsApp_Chat_Darren_APC.txt", T("""
[28/05/2024, 08:47:10] Darren Pitt: G'day Martín, Darren from Greenock Flat. Sophie's finished the layout for the Moppa block trial
[28/05/2024, 08:47:55] Darren Pitt: we're good to start on the pilot posts, can you get them going this week? same spec as the quote, Z 2.4 m ZnAl
[28/05/2024, 08:48:20] Darren Pitt: PO number is 45068, Bronwyn will email the paperwork
[28/05/2024, 09:30:02] Martín Gutiérrez APC: Hola Darren! perfect, we start this week. Delivery by sea to Adelaide, around 5 weeks
[28/05/2024, 09:31:40] Darren Pitt: legend, cheers mate
"""))])


# p37 buyer forwards internal capex approval as rfc822: 'it's approved! go ahead' (EML) -----
_inner = mail("Karen Whitlock <kwhitlock@greenockflat.com.au>",
              "Darren Pitt <dpitt@greenockflat.com.au>",
              "Capex CX-24-017 tank farm extension - approved",
              "Thu, 30 May 2024 17:05:00 +0930",
              T("""
Darren,

The board approved capex CX-24-017 (tank farm extension, Enotecnica offer OF-24-0290,
AUD 214.800 incl. install) at today's meeting. Cost centre 4410, depreciation from FY25.

Karen
""") + sig_au("Karen Whitlock", "Chief Financial Officer"))
_t = T("""
Marco,

See below - the capex is approved, so the tanks are approved too! Go ahead.

PO to follow from Bronwyn next week.

Cheers,
Darren
""") + sig_au("Darren Pitt", "Winery Operations Manager")
case("p37_forwarded_capex_go_ahead", ["RG002", "RG009", "RG010"],
     "forwarded board capex approval turned into 'it's approved! Go ahead.': unscoped, no quantity, 'approved' for budget and go-ahead",
     [("Fw_Capex_CX-24-017.eml", eml_bytes(mail(
         A_PITT, E_BELLIN, "Fw: Capex CX-24-017 tank farm extension - approved",
         "Fri, 31 May 2024 08:02:00 +0930", _t,
         attachments=[("rfc822", _inner)])))])


# p38 Teams: 'rough plan' of 30 tanks declared a firm commitment (TXT) -----------------------
case("p38_teams_rough_plan_firm", ["RG008"],
     "buyer gives a rough plan (forecast) of 30 tanks and tells the supplier to book it as an order, a firm commitment",
     [("Teams_GFW_Enotecnica.txt", T("""
Microsoft Teams - chat export
Chat: Greenock Flat / Enotecnica - 2025
Participants: Darren Pitt, Marco Bellin (Guest)

[3/06/2024 4:12 PM] Marco Bellin (Guest)
Hi Darren, for our 2025 production plan, how many tanks you think for the new cellar?

[3/06/2024 4:30 PM] Darren Pitt
Hey Marco. rough plan for the 2025 tank farm is 30 tanks VC 10000, maybe a couple more if the Ebenezer fruit comes in

[3/06/2024 4:31 PM] Darren Pitt
consider that a firm commitment from us, you can book the 30 as an order

[3/06/2024 4:40 PM] Marco Bellin (Guest)
Thank you Darren, very clear. I put 30 pcs in the plan for Jan-Apr 2025.
"""))])


# p39 two-level quoted thread: PO says 3 pilot doors, buyer later says 4; release by 'área técnica'
_lvl2 = T("""
Estimado Marco,

PO 4500019588 is for 3 pilot manway doors (oval 420x320, AISI 316, DRG EV-MD-420 Rev A) for
the retrofit of tanks T-14 to T-16. The balance of 37 doors is not released. It stays on hold
until the pilot doors pass the pressure test and are signed off by our área técnica.
Material for the 3 pilot doors only.

Saludos,
Catalina
""")
_lvl1 = T("""
Dear Catalina,

we confirm PO 4500019588: 3 pilot manway doors, shipment by air 24/6. One question: for the
balance 37 doors, we wait for your written release, correct?

Best regards,
Marco

Il giorno 08/05/2024 11:40, Catalina Fuentes ha scritto:
""") + quote(_lvl2)
_t = T("""
Hola Marco,

Yes, please wait. So as agreed: the 4 pilot doors now, shipment by air 24/6 to Santa Cruz.
The balance stays on hold until the pressure test sign-off.

Saludos,
Catalina

Il giorno 10/05/2024 09:05, Marco Bellin ha scritto:
""") + quote(_lvl1) + "\n" + sig_cl("Catalina Fuentes", "Jefa de Compras")
case("p39_thread_pilot_doors_3_vs_4", ["RG005", "RG011"],
     "quoted PO says 3 pilot doors, buyer's reply says 4; balance on hold until sign-off by 'our área técnica', no named release person",
     [("RE_RE_PO_4500019588.eml", eml_bytes(mail(
         C_FUENTES, E_BELLIN, "RE: RE: PO 4500019588 pilot manway doors",
         "Fri, 10 May 2024 12:30:00 -0400", _t,
         in_reply_to="<h181-eno19588b@enotecnica-vp.it>")))])


# p40 PDF PO: note says four (4) sets, line says 6, quote tier 24 shown; authority only -------
case("p40_po_note_vs_line_with_quote", ["RG001", "RG003", "RG004", "RG011"],
     "PO note says four (4) sample sets, the line says 6; the quote's 24-set tier is printed beside it with nothing on hold; only Dana Whitcomb named",
     [("OF-24-0409.pdf", pdf([
         ("h1", "PURCHASE ORDER OF-24-0409"),
         ("p", "Oak Flat Custom Crush LLC, 1440 N. Cherokee Lane, Lodi CA 95240. PO date 05/10/2024. "
               "Buyer: Megan Driscoll. Vendor: Wenzhou Ousheng Fluid Equipment Co., Ltd. (V2231)."),
         ("p", "Note: Sample lot: four (4) change-part sets (infeed scroll + star wheels + guides) for "
               "the line trial on bottling line 1."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
             ["1", "CP-750-BB", "Change-part set 750 mL Bordeaux Bell, POM-C, DRG CP-750-BB rev 2",
              "6", "460.00", "2,760.00"],
         ]),
         ("sp",),
         ("p", "Quote reference QT-OS-240415:"),
         ("table", [
             ["Tier", "Qty", "Unit USD"],
             ["Sample", "4-6 sets", "460.00"],
             ["Production", "24 sets", "398.00"],
         ]),
         ("sp",),
         ("p", "Release authority: Dana Whitcomb, General Manager."),
         ("p", "Ship by air, DAP Lodi. Terms net 30. Please confirm by e-mail."),
     ], pagesize=LETTER, title="OF-24-0409", author="Oak Flat Custom Crush"))])


# p41 PDF release letter: 'released' for the ERP PO and for production; contradicts itself --
case("p41_release_letter_rollover_terms", ["RG007", "RG009"],
     "letter says the 6 need Lachlan Morrow's written release, then lets the supplier carry on once the pilots are approved; 'released' for ERP PO and production",
     [("PR-24-004.pdf", pdf([
         ("h1", "Production release PR-24-004"),
         ("p", "Greenock Flat Wines Pty Ltd to Enotecnica Valpolesine S.r.l., att. Marco Bellin. "
               "Greenock, 4 June 2024."),
         ("table", [
             ["PO", "Item", "Qty on PO", "Released for production now"],
             ["45058", "Variable capacity tank VC 5000 L, DRG EV-5000 Rev C", "8", "2 (pilot tanks)"],
         ]),
         ("sp",),
         ("p", "PO 45058 was released in our ERP on 2 May (commercial release, cost centre 4410)."),
         ("p", "Production release: the two (2) pilot tanks are released for production now."),
         ("p", "The remaining six (6) tanks are not released. They need a separate written "
               "production release from Lachlan Morrow, Production Manager, after the pilot tanks "
               "have finished their first ferment."),
         ("p", "Having said that - once the pilot tanks are approved, feel free to carry on with the "
               "six so we don't lose time before vintage."),
         ("sp",),
         ("p", "Bronwyn Keller, Purchasing Officer"),
     ], title="PR-24-004", author="Greenock Flat Wines"))])


# p42 supplier quote with buyer acceptance stamp for the 2 samples (PDF) ---------------------
case("p42_quote_accepted_stamp", ["RG001", "RG003", "RG004", "RG005"],
     "buyer's acceptance stamp on a two-tier quote orders the 2 sample screens; 12 production screens beside it, nothing on hold, no event or release person",
     [("DEV-24-1231_scan.pdf", pdf([
         ("h1", "Devis / Quotation DEV-24-1231"),
         ("p", "Pressoirs Delaunay SAS, 12 rue des Vignerons, 51200 Épernay. For: Greenock Flat Wines "
               "Pty Ltd, Mr Darren Pitt. Date: 16/05/2024."),
         ("table", [
             ["Ref.", "Désignation / Description", "Qté", "PU EUR", "Délai"],
             ["GRL-PX80", "Grille de drainage PX 80, inox 316L / drain screen - échantillon", "2",
              "690,00", "3 semaines"],
             ["GRL-PX80", "Grille de drainage PX 80 - série / production", "12", "545,00", "7 semaines"],
         ]),
         ("p", "Prix départ usine, emballage compris. Validité 60 jours. Paiement 30 jours fin de mois."),
         ("sp",),
         ("h", "ACCEPTED"),
         ("pre", "ACCEPTED - PO 45066 - go ahead with the 2 sample screens.\n"
                 "B. Keller, Purchasing, Greenock Flat Wines  23/05/2024"),
     ], title="DEV-24-1231", author="Pressoirs Delaunay"))])


# p43 minutes: complete scope, then 'samples approved, go ahead with production' (DOCX) -------
case("p43_minutes_go_ahead_production", ["RG002", "RG007"],
     "minutes state the written-release scope, then record 'Ousheng to go ahead with production' after the sample approval",
     [("Minutes_KV_Ousheng_2024-05-23.docx", docx_bytes([
         ("h1", "Minutes - Kransvlei / Ousheng - 23 May 2024"),
         ("p", "Present: Johan Steyn, Anika Botha (Kransvlei); Linda Zhou, Kevin Chen (Ousheng)."),
         ("h", "1. Order status"),
         ("p", "PO KV-PO-2024-0152 covers 2 sample change-part sets (375 mL Burgundy, DRG KV-CP-375 "
               "Rev B). The 10 production sets are not released; they stay on hold until Thandi "
               "Nkosi sends the written production release after the bottling trial."),
         ("h", "2. Bottling trial 21 May"),
         ("p", "2.400 bottles at 3.600 bph, one jam at the infeed (label side), fixed by a 0,5 mm "
               "shim. Samples approved by Johan."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Ousheng to go ahead with production", "L. Zhou", "asap"],
                    ["Send shim drawing to Kevin", "J. Steyn", "24 May"]]),
     ], author="Anika Botha"))])


# p44 supplier portal order detail: PO qty 10 beside quote qty 600, no note (HTML) -----------
case("p44_supplier_portal_po_vs_quote_qty", ["RG001"],
     "supplier portal shows PO qty 10 (sample) beside quote qty 600 with nothing saying the 600 is not released",
     [("ousheng_order_OF-24-0440.html", html_page("Ousheng customer portal - order OF-24-0440", T("""
<h2>Wenzhou Ousheng Fluid Equipment &mdash; Order detail</h2>
<table>
<tr><th>Customer</th><td>Oak Flat Custom Crush LLC</td><th>PO</th><td>OF-24-0440</td></tr>
<tr><th>Item</th><td>OS-BV-050 butterfly valve DN50 tri-clamp 316L, DRG OS-BV-050 Rev 3</td><th>Quote</th><td>QT-OS-240430</td></tr>
</table>
<br>
<table>
<tr><th>PO qty</th><th>Quote qty</th><th>Unit USD</th><th>Ship date</th><th>Workshop</th></tr>
<tr><td>10 (sample)</td><td>600</td><td>48.50 / 26.40</td><td>2024-06-12</td><td>Line B, CNC 3</td></tr>
</table>
<p>Order desk: Amy Xu &middot; Engineer: Kevin Chen &middot; last update 2024-05-27</p>
""")))])


# p45 buyer hub message: 'Proof approved. Good to run.' (HTML) -------------------------------
case("p45_hub_proof_good_to_run", ["RG002", "RG010"],
     "'Proof approved. Good to run.' for the rack name plates: unscoped, and no quantity authorized anywhere",
     [("supplier_hub_messages.html", html_page("Greenock Flat - Supplier Hub - messages", T("""
<h2>Greenock Flat Wines &mdash; Supplier Hub</h2>
<p>Supplier: <b>Vinotech Modra s.r.o.</b> &middot; Messages</p>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>29/05/2024 17:12</td><td>Peter Kováč (Vinotech)</td><td>Dear Darren, attached is the proof of the laser-etched
name plate with your logo for the racks (plate 120x40 mm, 1,5 mm stainless). Please confirm.<br>
<i>Attachment: GFW_plate_proof_v2.pdf</i></td></tr>
<tr><td>30/05/2024 08:03</td><td>Darren Pitt (Greenock Flat)</td><td>Proof approved. Good to run.</td></tr>
<tr><td>30/05/2024 08:20</td><td>Peter Kováč (Vinotech)</td><td>Thank you, we pass it to the workshop.</td></tr>
</table>
""")))])


# =================================================================== BUILD
def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9._-]+", "_", s)


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(181181).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h181_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({clean} clean) to {OUT}")


if __name__ == "__main__":
    build()
