#!/usr/bin/env python3
"""Generator for the releasegate check_holdout66 corpus (eyewear sourcing).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout66/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers are copied from check_holdout3/build.py (lines 1-203).
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
    m["Message-ID"] = msgid or f"<h66-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h66")
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


# ------------------------------------------------------------ small helpers (own)
def para_html(text):
    """Plain text with blank-line paragraphs -> simple HTML (for multipart/alternative)."""
    out = []
    for chunk in text.strip("\n").split("\n\n"):
        lines = [escape(x) for x in chunk.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote_block(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
                     for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


# ====================================================================== CASES
# ---------------------------------------------------------------- batch 1

# c01 clean: Cadore supplier quote with proto / pre-series / production tiers, no authorization
case("c01_cadore_quote_tiers", [],
     "supplier quotation with proto, pre-series and production tiers; no authorized quantity in the bundle",
     [("Offerta_VB-2024-118.pdf", pdf([
         ("h1", "OCCHIALERIA VALBOITE S.r.l."),
         ("p", "Via Nazionale 41, 32040 Borca di Cadore (BL), Italia - P.IVA IT01234560258"),
         ("h", "OFFERTA / QUOTATION No. VB-2024-118"),
         ("p", "Date: 9 April 2024. To: Hudson & Pine Eyewear LLC, 55 Water Street, Brooklyn NY 11201. "
               "Attn: Ms. Nora Kaplan, Product Development."),
         ("p", "Model HP-Ridge, hand-made acetate front, 5-barrel hinge (Comotec), calibre 51/19-145, "
               "Mazzucchelli 1849 acetate, colours: 01 Black, 07 Whiskey Tortoise, 12 Sea Fog."),
         ("table", [
             ["Tier", "Description", "Quantity", "Unit price EUR", "Lead time"],
             ["A", "Prototipi (hand-finished, no logo)", "8 pcs", "95,00", "3 weeks"],
             ["B", "Pre-serie (full finishing, logo, demo lens)", "120 pcs", "41,50", "6 weeks"],
             ["C", "Produzione", "1.200 pcs", "27,80", "10-12 weeks from your written order"],
             ["C+", "Produzione", "2.400 pcs", "25,90", "12-14 weeks from your written order"],
         ]),
         ("sp",),
         ("p", "Prices ex-works Borca di Cadore, packing in single pouch included, case excluded. "
               "Acetate is purchased per order; minimum 60 pcs per colour for tiers C and C+."),
         ("p", "Payment: 30 days end of month from invoice date. Validity of this offer: 90 days."),
         ("p", "This document is a quotation only. It is not an order confirmation and commits "
               "neither party to any quantity."),
         ("p", "Cordiali saluti - Paolo De Lorenzo, Ufficio Commerciale, tel. +39 0435 482 117"),
     ], title="Offerta VB-2024-118", author="Occhialeria Valboite"))])


# c02 clean: WeChat, supplier asks to start bulk; buyer answers with full scope + hold + event + person
case("c02_wechat_bulk_question", [],
     "supplier asks to start bulk; buyer's reply states 16 protos only, 1,184 on hold, wear-test sign-off and written release by named product manager",
     [("wechat_export_delorme_hengtai.txt",
       "WeChat chat history export\n"
       "Group: Delorme Paris x Hengtai Metal (DL-308)\n"
       "Exported: 2024-04-11 08:30 (UTC+8)\n"
       "------------------------------------------------------------\n"
       "2024-04-08 09:12  Kevin Zhou 周凯 (Hengtai Sales)\n"
       "Good morning Sophie! Protos DL-308 titanium, 2 colours (gold / gunmetal), total 16 pcs finished. "
       "Ship today by DHL, AWB 4471 2093 55.\n\n"
       "2024-04-08 09:13  Kevin Zhou 周凯 (Hengtai Sales)\n"
       "[Image]\n\n"
       "2024-04-08 15:02  Sophie Marchand (Delorme)\n"
       "Merci Kevin, super. The engraving on the temple looks much cleaner this time.\n\n"
       "2024-04-10 15:40  Kevin Zhou 周凯 (Hengtai Sales)\n"
       "Sophie, our factory manager ask: can we start bulk 1,184 pcs? Titanium sheet need 30 days, "
       "if we start now we catch September shipment.\n\n"
       "2024-04-10 16:05  Sophie Marchand (Delorme)\n"
       "Hi Kevin, not yet, sorry. Only the 16 protos are released under PO DL-24-117. The 1,184 pcs "
       "stay on hold - please don't buy titanium sheet or start plating for them.\n\n"
       "2024-04-10 16:06  Sophie Marchand (Delorme)\n"
       "We do the wearing test in Paris on 18 April. After the sign-off I will send you the written "
       "production release myself (Sophie Marchand, cheffe de produit) with a release number. "
       "No release number = no bulk 🙏\n\n"
       "2024-04-10 16:11  Kevin Zhou 周凯 (Hengtai Sales)\n"
       "OK understood 👌 we wait for your release number. I tell factory manager.\n\n"
       "2024-04-10 16:12  Sophie Marchand (Delorme)\n"
       "Merci! Bonne soirée\n")])


# c03 clean: labelled non-binding forecast (DOCX with table)
case("c03_forecast_nonbinding", [],
     "rolling forecast clearly labelled non-binding, not an order, no material authority",
     [("HF_rolling_forecast_AW25.docx", docx_bytes([
         ("h1", "Harlow & Finch Opticians - Own-label acetate frames"),
         ("p", "Rolling forecast AW25 (issue 3, 22 April 2024) - NON-BINDING"),
         ("p", "Supplier: Wenzhou Jinhui Optical Co., Ltd. Prepared by: Rebecca Shaw, Category Buyer, Frames."),
         ("h", "Status of this document"),
         ("p", "This forecast is for capacity planning only. It is not a purchase order, it does not "
               "commit Harlow & Finch to any quantity and it does not authorise production or the "
               "purchase of acetate, hinges or cases. Quantities only become firm through an individual "
               "purchase order and a written production release from Harlow & Finch."),
         ("table", [
             ["Model", "Colour", "Jul-Sep forecast", "Oct-Dec forecast"],
             ["HF-Ada 50-19", "Black / Havana / Rose", "1,800", "2,100"],
             ["HF-Bea 52-18", "Tortoise / Crystal", "1,200", "1,500"],
             ["HF-Cal 54-17", "Black / Navy", "900", "900"],
             ["Total", "", "3,900", "4,500"],
         ]),
         ("sp",),
         ("p", "Forecast accuracy last season was +/- 25% per model. Please use the figures to plan "
               "line capacity and to warn us about acetate lead times above 45 days."),
         ("p", "Next forecast issue: 20 May 2024."),
     ], author="Rebecca Shaw"))])


# c04 clean: fit-check-only sign-off, production hold, event + named person (multipart/alternative)
_t = (
    "Dear Tanaka-san,\n\n"
    "Thank you for the twelve (12) protos of SR-05 (titanium bridge, acetate front) which arrived on Monday. "
    "Our PO AS-2404-09 covers only these 12 protos.\n\n"
    "We did the fit check with our opticians in Lyon on Wednesday. Result: the protos are signed off "
    "for fit check only. This does not release any production.\n\n"
    "Comments for the next proto round:\n"
    "- temple tip 2 mm longer (145 -> 147)\n"
    "- softer angle on the nose pad arms\n"
    "- colour 03 'bleu nuit' slightly too dark compared with the colour card\n\n"
    "Production of the 588 frames in your quotation HY-2404-31 stays on hold: please do not order "
    "titanium or start any plating for them. The production quantity will be released only after "
    "the wear-test sign-off (planned 20 May) and a written production release signed by me.\n\n"
    "Bien cordialement,\n"
    + sig("Claire Vasseur", "Responsable développement produit", "Atelier Sorel SAS, Lyon",
          "+33 4 78 00 12 34"))
case("c04_fitcheck_only", [],
     "protos signed off for fit check only; 12 protos active, 588 on hold until wear-test sign-off and release by named sender",
     [("SR-05_fit_check_result.eml", eml_bytes(mail(
         "Claire Vasseur <c.vasseur@atelier-sorel.example.fr>",
         "Tanaka Hiroshi <h.tanaka@hayashi-optical.example.jp>",
         "SR-05 protos - fit check result", "Thu, 25 Apr 2024 17:20:00 +0200",
         _t, html=para_html(_t))))])


# c05 clean: full-quantity reorder PO with colour table, "proceed with all 1,200"
case("c05_full_po_colour_table", [],
     "full-quantity repeat PO of 1,200 frames split per colour, proceed scoped to 1,200; no balance",
     [("Saltbush_PO_SB-2405-022.pdf", pdf([
         ("h1", "SALTBUSH EYEWEAR PTY LTD"),
         ("p", "12 Jonson Street, Byron Bay NSW 2481, Australia - ABN 51 824 753 556"),
         ("h", "PURCHASE ORDER SB-PO-2405-022"),
         ("p", "Date: 6 May 2024. Supplier: Shenzhen Kingray Sunglasses Co., Ltd., Bao'an District, Shenzhen."),
         ("p", "Model: COVE - TR90 front and temples, polarised TAC lens category 3, "
               "tested to AS/NZS 1067.1:2016. Repeat of the 2023 production, same golden sample GS-COVE-23."),
         ("table", [
             ["Line", "Colour", "Lens", "Qty", "Unit USD", "Amount USD"],
             ["1", "Matte Black", "Smoke polar", "480", "6.40", "3,072.00"],
             ["2", "Tortoise", "Brown polar", "360", "6.40", "2,304.00"],
             ["3", "Sand", "Brown polar", "240", "6.40", "1,536.00"],
             ["4", "Sea Glass", "Grey-green polar", "120", "6.60", "792.00"],
             ["", "Total", "", "1,200", "", "7,704.00"],
         ]),
         ("sp",),
         ("p", "This purchase order is for the full quantity of 1,200 frames. No samples are required. "
               "Please proceed with all 1,200 pcs as per the table above."),
         ("p", "Ex-factory: 15 August 2024. Shipping: FOB Yantian, forwarder Pacific Link (ref. PL-7741). "
               "Packing: 1 pc per microfibre pouch, 12 pcs per inner box, swing tag SB-HT-03."),
         ("p", "Payment: 60 days from B/L date. Authorised by: Jack Morrison, Operations Director."),
     ], title="PO SB-PO-2405-022", author="Saltbush Eyewear"))])


# p01 RG001 RG003 RG004 RG005: proto PO with attached quote showing production tiers, nothing on the balance
_t = (
    "Ciao Lily,\n\n"
    "as promised, attached is our PO SV-24-0311 for the protos of VT-214: 4 pcs each in C01 nero, "
    "C02 avana and C03 cristallo rosa, so 12 pcs in total. Prices as per your quotation LS-Q240417, "
    "which I attach as well so your accounting can match the two.\n\n"
    "Please use the Mazzucchelli blocks we picked together at MIDO and the 5-barrel hinges, "
    "and remember the logo goes on the inside of the left temple only. We need the protos in "
    "Milano by 24 May for the sales meeting, so DHL Express please.\n\n"
    "Grazie mille e buon lavoro!\n"
    "Giulia\n"
    + sig("Giulia Ferri", "Product Developer", "Studio Vetta Eyewear S.r.l., Milano", "+39 02 8700 4411"))
case("p01_proto_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "12-proto PO with the quote (900/1,800 production tiers) attached; nothing says the production quantity is not released, no event, no person",
     [("PO_SV-24-0311_protos_VT-214.eml", eml_bytes(mail(
         "Giulia Ferri <giulia.ferri@studiovetta.example.it>",
         "Lily Wang <lily@liansheng-optical.example.cn>",
         "PO SV-24-0311 - protos VT-214", "Tue, 30 Apr 2024 11:05:00 +0200",
         _t, html=para_html(_t),
         attachments=[
             ("PO_SV-24-0311.pdf", pdf([
                 ("h1", "Studio Vetta Eyewear S.r.l."),
                 ("p", "Via Tortona 27, 20144 Milano - P.IVA IT09876540961"),
                 ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER SV-24-0311"),
                 ("p", "Date 30/04/2024 - Supplier: Wenzhou Liansheng Optical Co., Ltd."),
                 ("table", [
                     ["Pos.", "Article", "Colour", "Qty", "Unit USD", "Total USD"],
                     ["1", "VT-214 proto 50-20-145", "C01 nero", "4", "38.00", "152.00"],
                     ["2", "VT-214 proto 50-20-145", "C02 avana", "4", "38.00", "152.00"],
                     ["3", "VT-214 proto 50-20-145", "C03 cristallo rosa", "4", "38.00", "152.00"],
                     ["", "", "Total", "12", "", "456.00"],
                 ]),
                 ("p", "Delivery: Milano by 24/05/2024, DHL Express, DAP. Ref. quotation LS-Q240417."),
             ], title="PO SV-24-0311", author="Studio Vetta"), PDF_MT),
             ("Quotation_LS-Q240417.pdf", pdf([
                 ("h1", "WENZHOU LIANSHENG OPTICAL CO., LTD."),
                 ("p", "No. 88 Xinqiao Industrial Zone, Ouhai District, Wenzhou, Zhejiang, China"),
                 ("h", "QUOTATION No. LS-Q240417"),
                 ("p", "To: Studio Vetta Eyewear S.r.l. Attn: Ms. Giulia Ferri. Date: 17 April 2024."),
                 ("table", [
                     ["Item", "Description", "Qty", "Unit USD", "Lead time"],
                     ["1", "VT-214 hand-made proto, 3 colours x 4 pcs", "12 pcs", "38.00", "15 days"],
                     ["2", "VT-214 production, 300 pcs per colour", "900 pcs", "9.80", "55 days"],
                     ["3", "VT-214 production, 600 pcs per colour", "1,800 pcs", "8.90", "60 days"],
                 ]),
                 ("p", "Material: Mazzucchelli M49 acetate, OBE 5-barrel hinge, demo lens with logo. "
                       "Prices FOB Wenzhou, valid 60 days."),
                 ("p", "Lily Wang, Sales Manager - lily@liansheng-optical.example.cn - +86 577 8821 0066"),
             ], title="Quotation LS-Q240417", author="Liansheng Optical"), PDF_MT),
         ])))])


# p02 RG002: WhatsApp, complete scope earlier, then "Yes go ahead" after proto photos
case("p02_whatsapp_go_ahead", ["RG002"],
     "scope stated fully at the start, but the buyer later answers 'can we go ahead?' with an unscoped 'Yes go ahead' after proto photos",
     [("WhatsApp_Chat_Jason_Jinhui.txt",
       "[12/03/2024, 08:41] Emily Carter: Morning Jason! PO MO-4471 attached again. Just to be clear it's "
       "for the 24 protos only (6 per colour). The 1,176 bulk is NOT released, please don't start it or "
       "buy acetate for it. We do a wear trial in 4 stores 25-29 March and if we sign the protos off "
       "I'll send the written bulk release myself (Emily Carter, Head of Product, Marlow Optical).\n"
       "[12/03/2024, 09:15] Jason Lin Jinhui: Dear Emily noted with thanks, 24 protos only 👌\n"
       "[12/03/2024, 09:16] Jason Lin Jinhui: Logo hot stamp silver or gold?\n"
       "[12/03/2024, 09:40] Emily Carter: Silver please, same as last season\n"
       "[22/03/2024, 07:02] Jason Lin Jinhui: Emily protos finished, QC done, photos here\n"
       "[22/03/2024, 07:02] Jason Lin Jinhui: <Media omitted>\n"
       "[22/03/2024, 07:03] Jason Lin Jinhui: <Media omitted>\n"
       "[22/03/2024, 07:05] Jason Lin Jinhui: Colour 3 tortoise is little bit darker than colour card, you accept?\n"
       "[22/03/2024, 10:31] Emily Carter: Oh they look gorgeous!! The tortoise is fine honestly, customers will love it\n"
       "[22/03/2024, 10:33] Jason Lin Jinhui: So we can go ahead?\n"
       "[22/03/2024, 10:34] Emily Carter: Yes go ahead 👍\n"
       "[22/03/2024, 10:34] Jason Lin Jinhui: 👍👍 thank you Emily\n"
       "[22/03/2024, 10:35] Emily Carter: Have a good weekend!\n")])


# p03 RG010: proto request with hold, event and named person, but no proto quantity
_t = (
    "Bonjour Peter,\n\n"
    "Merci for the colour card, it arrived yesterday in perfect condition. We have chosen the shape "
    "ML-11 'Colette' in three acetates: écaille blonde (your ref. Z-213), noir profond (Z-001) and "
    "vert bouteille (Z-187).\n\n"
    "Please make the protos of Colette in these three colours, a few pieces of each, enough for the "
    "wear test and the photos for the lookbook. Our PO ML-P-0042 will come from our accountant "
    "tomorrow, it will simply say 'protos Colette'.\n\n"
    "For the launch quantity: nothing is released. Please do not buy acetate blocks or hinges for "
    "production. The launch order is released only once we have signed off the protos after the "
    "wear test, and then Camille Roux (our directrice de production) sends you a written release "
    "with the quantity per colour.\n\n"
    "Tech details: calibre 49□21-145, 5-barrel flex hinge, demo lens with our logo on the left "
    "lens, rivets 'losange' silver.\n\n"
    "Merci beaucoup et à bientôt,\n"
    "Margaux\n\n"
    "Margaux Lenoir - Studio Margaux Lenoir - 14 rue de Saintonge, 75003 Paris\n")
case("p03_protos_no_quantity", ["RG010"],
     "proto request names hold, unlock event and Camille Roux, but never states how many protos are authorized ('a few pieces of each')",
     [("Colette_protos_ML-11.eml", eml_bytes(mail(
         "Margaux Lenoir <margaux@studio-lenoir.example.fr>",
         "Peter Xu <peter.xu@dongfang-optical.example.cn>",
         "Colette ML-11 - protos", "Mon, 15 Apr 2024 10:12:00 +0200", _t)))])


# p04 RG002 RG010: "Please proceed as discussed on the phone" for the pre-series; hold/event/person present
_t = (
    "Hi Paolo,\n\n"
    "Great call this morning, thanks for walking us through the hinge options and the new "
    "whiskey tortoise block. PO 88214 is in our system now and you should get the PDF from our "
    "ERP robot in a moment (it only shows the PO number and the price list reference, sorry, "
    "our system is like that).\n\n"
    "Please proceed as discussed on the phone.\n\n"
    "For the launch run: that is not released yet. Nothing beyond the pre-series should be "
    "started and no acetate bought for it. Tom Hargreaves (VP Sourcing) will release the launch "
    "run in writing once our team has signed off the pre-series here in New York.\n\n"
    "Shipping: DHL account 961 204 337, marks 'HP-RIDGE PRE-SERIES', commercial invoice in USD please.\n\n"
    "Cheers,\n"
    + sig("Nora Kaplan", "Product Development Manager", "Hudson & Pine Eyewear LLC, Brooklyn NY",
          "+1 718 555 0142"))
case("p04_proceed_as_discussed", ["RG002", "RG010"],
     "'Please proceed as discussed on the phone' names no quantity and no sample-only scope; pre-series quantity never written; hold/event/person present",
     [("HP-Ridge_pre-series_PO_88214.eml", eml_bytes(mail(
         "Nora Kaplan <nora@hudsonpine.example.com>",
         "Paolo De Lorenzo <commerciale@valboite.example.it>",
         "HP-Ridge pre-series / PO 88214", "Wed, 17 Apr 2024 16:48:00 -0400",
         _t, html=para_html(_t))))])


# p05 RG003 RG004 RG005: DOCX sample PO with table, nothing about the balance
case("p05_sample_po_docx", ["RG003", "RG004", "RG005"],
     "30-piece sample order (DOCX table) that never mentions the bulk: no hold, no unlock event, no release person",
     [("BO-SMP-24-0193.docx", docx_bytes([
         ("h1", "PURCHASE ORDER BO-SMP-24-0193"),
         ("p", "Brightside Opticians plc, Unit 4, Quayside Park, Leeds LS10 1DJ, United Kingdom"),
         ("p", "Supplier: Everbright Eyewear Manufacturing Co., Ltd., Longgang District, Shenzhen"),
         ("p", "Order type: SAMPLE ORDER - new own-label range 'Kirkby'. Date: 3 May 2024."),
         ("table", [
             ["Line", "Model", "Colour", "Qty", "Unit USD", "Total USD"],
             ["10", "KB-01 TR90", "Black", "10", "11.20", "112.00"],
             ["20", "KB-01 TR90", "Navy", "10", "11.20", "112.00"],
             ["30", "KB-02 TR90", "Crystal grey", "10", "11.90", "119.00"],
             ["", "", "Total", "30", "", "343.00"],
         ]),
         ("sp",),
         ("p", "Delivery: samples to Leeds by 14 June 2024 by courier on our account (UPS 8R2-117)."),
         ("p", "Specification: TR90 front, stainless steel temples with acetate tips, spring hinge, "
               "demo lens with Brightside logo, size 52-18-140. Compliance: EN ISO 12870:2018."),
         ("p", "Quotation reference: EB-Q-3381."),
         ("p", "Terms: Brightside standard terms of purchase v7. Invoices to accounts.payable@brightside.example.co.uk "
               "quoting the PO number."),
         ("p", "Issued by: Priya Nair, Buyer - Own Label"),
     ], author="Priya Nair"))])


# p06 RG004: hold "until further notice", person named, no event
case("p06_hold_until_further_notice", ["RG004"],
     "24-proto PO; balance 2,376 on hold 'until further notice' and only Sara Benetti may release, but no unlock event is named",
     [("Brenta_ODA_24-0577.pdf", pdf([
         ("h1", "OCCHIALI BRENTA S.r.l."),
         ("p", "Via dell'Industria 8, 35129 Padova - P.IVA IT04455660289"),
         ("h", "ORDINE DI ACQUISTO 24-0577"),
         ("p", "Data: 19/04/2024. Fornitore: Ruian Huaxin Optical Co., Ltd., Wenzhou. Offerta: HX-0912."),
         ("table", [
             ["Pos.", "Modello", "Colore", "Q.tà", "Prezzo USD", "Totale USD"],
             ["1", "BR-Onda proto 52-17-140", "Nero lucido", "6", "35.00", "210.00"],
             ["2", "BR-Onda proto 52-17-140", "Tartaruga", "6", "35.00", "210.00"],
             ["3", "BR-Onda proto 52-17-140", "Miele", "6", "35.00", "210.00"],
             ["4", "BR-Onda proto 52-17-140", "Verde salvia", "6", "35.00", "210.00"],
             ["", "", "Totale", "24", "", "840.00"],
         ]),
         ("sp",),
         ("p", "NOTE / NOTES: This PO covers the 24 protos only. The balance of 2,376 frames shown in "
               "your offer HX-0912 is on hold until further notice - do not cut acetate, do not order "
               "hinges or cases for it. Production quantities can be released only by Sara Benetti, "
               "Purchasing Manager."),
         ("p", "Consegna / delivery: Padova, DHL, entro 31/05/2024. Pagamento: bonifico 30 gg d.f."),
     ], title="ODA 24-0577", author="Occhiali Brenta"))])


# p07 RG005: buyer portal, scope + hold + event, but release owner is "the Purchasing team"
_body = (
    "<h2>SCOG Supplier Hub - Purchase Order 4500018823</h2>\n"
    "<p>Southern Cross Optical Group Pty Ltd &middot; 200 Collins Street, Melbourne VIC 3000</p>\n"
    "<p>Supplier: Hosokawa Frame Kogyo K.K., Sabae, Fukui &middot; Created: 2024-04-22 &middot; "
    "Currency: JPY &middot; Incoterm: FCA Osaka</p>\n"
    + html_table([
        ["Line", "Material", "Description", "Qty", "Scope", "Unit JPY", "Deliv. date"],
        ["10", "SC-TI-07-GM", "Titanium proto SC-TI-07, gunmetal, 50-20-145", "6", "sample", "9,800", "2024-05-31"],
        ["20", "SC-TI-07-GD", "Titanium proto SC-TI-07, gold, 50-20-145", "6", "sample", "9,800", "2024-05-31"],
    ]) +
    "\n<div class=\"note\"><b>Sample scope:</b> this PO covers 12 sample frames (lines 10-20). "
    "The production quantity is NOT released. Production may start only after (1) sample sign-off by "
    "our optical QA and (2) a revised PO adding production lines. Please contact the Purchasing team "
    "with any questions.</div>\n"
    "<p>Buyer contact: Purchasing team &lt;purchasing@scog.example.com.au&gt;</p>\n"
    "<p><small>Printed from SCOG Supplier Hub v5.2. Portal help: hub-support@scog.example.com.au</small></p>"
)
case("p07_portal_no_person", ["RG005"],
     "portal PO: 12 samples, production not released, unlock = QA sign-off + revised PO, but no named person (only 'the Purchasing team')",
     [("SCOG_PO_4500018823.html", html_page("SCOG Supplier Hub - PO 4500018823", _body))])


# p08 RG004 RG005: ERP printout, balance not released, no event, no person
case("p08_erp_sample_balance_nr", ["RG004", "RG005"],
     "ERP sample PO 40 pcs; balance 1,160 'not released - do not start' but no unlock event and no named release person (buyer code only)",
     [("LVC_PO_7700451.txt",
       "LAKESHORE VISION CENTERS INC              PURCHASE ORDER                 PAGE 1 OF 1\n"
       "2250 W. OGDEN AVE, NAPERVILLE IL 60540\n"
       "================================================================================\n"
       "PO NUMBER : 7700451            PO DATE : 04/15/2024        BUYER CODE : JMK\n"
       "VENDOR    : 300912  WENZHOU DONGFANG OPTICAL CO LTD\n"
       "SHIP TO   : DC-02 ROMEOVILLE IL 60446          TERMS : NET 60   FOB : NINGBO\n"
       "--------------------------------------------------------------------------------\n"
       "LN  ITEM          DESCRIPTION                        QTY  UOM  UNIT COST      EXT\n"
       "01  LV-AC-5520    ACETATE FRM 52-18-140 BLK SAMPLE    20  EA       14.50   290.00\n"
       "02  LV-AC-5520    ACETATE FRM 52-18-140 TRT SAMPLE    20  EA       14.50   290.00\n"
       "--------------------------------------------------------------------------------\n"
       "                                       TOTAL          40  EA               580.00\n"
       "\n"
       "NOTES:\n"
       "*** SAMPLE ORDER 40 PCS ONLY. BALANCE 1,160 PCS NOT RELEASED - DO NOT START. ***\n"
       "*** DO NOT PURCHASE MATERIAL FOR BALANCE.                                  ***\n"
       "PACK: POLYBAG + LVC STICKER, UPC ON BAG. SAMPLES VIA FEDEX ACCT 2231-8874-0.\n"
       "COMPLIANCE: ANSI Z80.5-2020 FRAME REQUIREMENTS.\n"
       "================================================================================\n"
       "THIS ORDER IS SUBJECT TO LVC TERMS AND CONDITIONS REV 11 (VENDOR MANUAL SEC. 4).\n")])


# p09 RG006: supplier books acetate and hinges for the full 1,782 against an 18-proto PO that forbids it
_quoted = (
    "Dear Vivian,\n\n"
    "Please find our PO AR-24-031 for 18 protos of AR-3 (6 each in Ecaille, Noir, Miel).\n"
    "The production quantity of 1,782 frames is not released. Please do not buy any material for it.\n"
    "The production release will come only after we sign off the protos at our wear test (week 23) "
    "and I send it to you in writing.\n\n"
    "Cordialement,\n"
    "Mathilde Garnier\n"
    "Responsable achats - Lunettes Arcadie, Nantes\n")
_t = (
    "Dear Mathilde,\n\n"
    "Thanks for your PO. We confirm the 18 protos AR-3 will be ready on 28 May, we send photos "
    "before shipping.\n\n"
    "Good news for your September launch: we already booked the Mazzucchelli acetate blocks for "
    "the full 1,782 frames and the 5-barrel hinges from our hinge supplier. The material arrives in "
    "our warehouse next week, so once you send the production release we save about 40 days.\n\n"
    "Best regards,\n"
    "Vivian Chen\n"
    "Sales Manager | Wenzhou Golden Bridge Optical Co., Ltd.\n"
    "Tel +86 577 8650 2231 | WeChat vivianchen_gb\n\n"
    "On Thu, 2 May 2024 at 10:15, Mathilde Garnier <m.garnier@arcadie.example.fr> wrote:\n"
    + quote_block(_quoted) + "\n")
case("p09_supplier_booked_material", ["RG006"],
     "supplier has bought acetate and hinges for the full 1,782 frames while only 18 protos are released and the PO forbids material",
     [("RE_PO_AR-24-031.eml", eml_bytes(mail(
         "Vivian Chen <vivian@goldenbridge-optical.example.cn>",
         "Mathilde Garnier <m.garnier@arcadie.example.fr>",
         "RE: PO AR-24-031 protos AR-3", "Fri, 3 May 2024 09:40:00 +0800", _t,
         in_reply_to="<arcadie-ar3-0502@arcadie.example.fr>")))])


# p10 RG006: buyer's developer asks supplier to order lens blanks for the full 5,000 "paperwork later"
_note = (
    "SALTBUSH EYEWEAR PTY LTD - PRE-SERIES RELEASE NOTE PSR-DRIFT-01\n"
    "Date: 08 May 2024      Supplier: Shenzhen Kingray Sunglasses Co., Ltd.\n"
    "Model: DRIFT (acetate front, stainless temples, polarised lens)\n"
    "--------------------------------------------------------------------\n"
    "Released now (pre-series):   100 frames (25 each: Black, Tort, Olive, Sand)\n"
    "Quoted production quantity:  5,000 frames (basis: firm)\n"
    "Balance on hold:             4,900 frames - NOT released, do not start\n"
    "Material authority:          pre-series only (100 frames' worth)\n"
    "Unlock event:                pre-series sign-off in Byron Bay + revised PO\n"
    "Release authority:           Jack Morrison, Operations Director\n"
    "--------------------------------------------------------------------\n")
_t = (
    "G'day Alan,\n\n"
    "Attached is the pre-series release note for DRIFT: 100 frames, 25 per colour. Everything else "
    "stays on hold as per the note, Jack will sort out the release after we've had them on faces.\n\n"
    "One thing though: your team said the grey polarised TAC lens blanks are 45+ days now. Please "
    "already order the lens blanks for the full 5,000 so we don't miss the Aussie summer. We'll "
    "sort out the paperwork once the pre-series is signed off.\n\n"
    "Cheers,\n"
    "Chloe\n\n"
    "Chloe Nguyen | Product Developer | Saltbush Eyewear | +61 2 6685 0194\n")
case("p10_buyer_asks_lens_blanks", ["RG006"],
     "release note gives material authority for 100 frames only, but the developer asks for lens blanks for the full 5,000 with 'paperwork later'",
     [("DRIFT_pre-series_release.eml", eml_bytes(mail(
         "Chloe Nguyen <chloe@saltbush.example.com.au>",
         "Alan Huang <alan@kingray-sunglasses.example.cn>",
         "DRIFT pre-series release + lens blanks", "Wed, 8 May 2024 14:22:00 +1000", _t,
         attachments=[("PSR-DRIFT-01.txt", _note, "text/plain")])))])


# ---------------------------------------------------------------- batch 2

# c06 clean: scheduling-agreement call-off with explicit staged material authority above the release
case("c06_calloff_staged_material", [],
     "call-off releases 300; staged material authority up to 900 at buyer liability; balance 2,076 on hold until lot-1 acceptance and call-off 003 signed by Helen Brooks",
     [("VE_calloff_5500001207-002.txt",
       "VANTAGE EYECARE LTD                 SCHEDULING AGREEMENT - CALL-OFF       2024-05-13\n"
       "Riverside House, 3 Temple Quay, Bristol BS1 6DZ\n"
       "==================================================================================\n"
       "AGREEMENT   : 5500001207          CALL-OFF NO : 002          CURRENCY : USD\n"
       "SUPPLIER    : 100488  RUIAN HUAXIN OPTICAL CO LTD, WENZHOU\n"
       "MATERIAL    : VE-ACE-4419  ACETATE FRAME 'WREN' 49-20-140\n"
       "----------------------------------------------------------------------------------\n"
       "AGREEMENT QTY (QUOTED, FIRM BASIS)          2,400 PCS\n"
       "CALL-OFF 001 (SAMPLES, SIGNED OFF 02.05.24)    24 PCS   DELIVERED\n"
       "CALL-OFF 002 - RELEASED FOR PRODUCTION        300 PCS\n"
       "   COLOUR SPLIT  BLK 120 / TRT 120 / ROSE 60\n"
       "   DELIVERY      15.07.2024 FOB NINGBO\n"
       "BALANCE ON HOLD - NOT RELEASED              2,076 PCS\n"
       "----------------------------------------------------------------------------------\n"
       "MATERIAL AUTHORITY : STAGED UP TO 900 PCS. SUPPLIER MAY BUY ACETATE BLOCKS AND\n"
       "                     HINGES FOR UP TO 900 FRAMES AT VANTAGE LIABILITY. NO CUTTING,\n"
       "                     MILLING OR ASSEMBLY BEYOND THE 300 RELEASED PCS.\n"
       "NEXT RELEASE       : BY CALL-OFF 003 ONLY, AFTER ACCEPTANCE OF LOT 1 AT OUR DC\n"
       "                     (AVONMOUTH), SIGNED BY HELEN BROOKS, HEAD OF SUPPLY.\n"
       "----------------------------------------------------------------------------------\n"
       "PACKING : 10 PCS/INNER, 100 PCS/CTN, VE LABEL V3 ON EACH POUCH\n"
       "STANDARD: EN ISO 12870:2018 / REACH ANNEX XVII NICKEL RELEASE TEST PER EN 1811\n"
       "==================================================================================\n"
       "ISSUED BY: T. OKAFOR (SUPPLY PLANNER)           PRINTED 13.05.2024 09:14 SAPSCM03\n")])


# c07 clean: explicit recorded auto-conversion naming quantity, signer and conditions (DOCX)
case("c07_explicit_autoconversion", [],
     "explicit signed auto-conversion: approved sign-off by James Whitcombe by 28 June releases lot 1 of 400; balance 600 needs written release; staged material within authority",
     [("KO-Ti-22_Avon_signoff_agreement.docx", docx_bytes([
         ("h1", "Sample sign-off and auto-conversion agreement - KO-Ti-22 'Avon'"),
         ("p", "Parties: Kestrel Optics Ltd, 8 Unity Street, Bristol (buyer) and Fujimoto Titanium "
               "Works Co., Ltd., Sabae, Fukui (supplier). Reference: PO KO-4410 rev 2."),
         ("h", "1. Current scope"),
         ("p", "PO KO-4410 rev 2 covers 20 hinge-test samples now (10 gold, 10 matte silver). The "
               "quoted production quantity of 1,000 frames is firm but is not released by this PO."),
         ("h", "2. Auto-conversion (agreed and recorded)"),
         ("p", "Both parties agree and record the following auto-conversion: if James Whitcombe, "
               "Technical Director of Kestrel Optics, signs the sample disposition form as 'approved' "
               "(not interim, not rejected) on or before 28 June 2024, that signed sign-off releases "
               "production lot 1 of 400 frames (200 gold, 200 matte silver) without any further "
               "document. The release takes effect on the date of his signature."),
         ("p", "If the disposition is interim or rejected, or is signed after 28 June 2024, nothing "
               "is released by it."),
         ("h", "3. Balance"),
         ("p", "The remaining 600 frames are not released by the sign-off. They are released only by "
               "a separate written release signed by James Whitcombe after lot 1 has passed our "
               "incoming inspection in Bristol."),
         ("h", "4. Material"),
         ("p", "Material authority: staged, up to 400 frames' worth of beta-titanium sheet and hinges "
               "at Kestrel's liability, until lot 1 is accepted."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Hinge-test samples", "20", "released (PO KO-4410 rev 2)"],
             ["Production lot 1", "400", "released automatically by an approved sign-off signed by J. Whitcombe on or before 28 Jun 2024"],
             ["Balance", "600", "not released; written release by J. Whitcombe after lot-1 inspection"],
         ]),
         ("sp",),
         ("p", "Signed for Kestrel Optics Ltd: James Whitcombe, Technical Director, 10 May 2024."),
         ("p", "Signed for Fujimoto Titanium Works: Fujimoto Kenji, President, 13 May 2024."),
     ], author="James Whitcombe"))])


# c08 clean: forwarded old quote (rfc822) declared informational; live PO fully scoped
_old = mail("Tony Zhang <tony@liansheng-optical.example.cn>",
            "Dana Whitaker <dana@ferrisvale.example.com>",
            "Quotation FV-Harbor", "Mon, 14 Nov 2022 16:02:00 +0800",
            "Dear Dana,\n\nPlease see our price for FV-Harbor acetate, 3 colours:\n"
            "  5,000 pcs   USD 7.10 / pc\n  10,000 pcs  USD 6.60 / pc\n"
            "Lead time 60 days after order, FOB Wenzhou. Price valid 30 days.\n\n"
            "Best regards\nTony Zhang\nWenzhou Liansheng Optical Co., Ltd.\n",
            msgid="<lsq-2022-1114@liansheng-optical.example.cn>")
_t = (
    "Hi Lily,\n\n"
    "Welcome aboard as our new contact! As you asked for the history of FV-Harbor, I'm forwarding "
    "below Tony's 2022 quote. The 5,000 / 10,000 pcs figures in that old quote are for information "
    "only - it was never ordered and nothing in it is released.\n\n"
    "What is live: our PO FV-2405-12 for thirty (30) samples of FV-Harbor v2 (10 each in black, amber and "
    "smoke). That is all you should make now.\n\n"
    "The production quantity for v2 is not released. It will be released only after the samples "
    "pass our fit panel in Portland and Dana Whitaker (Director of Sourcing) sends you a written "
    "release with the quantity per colour. Please don't order acetate for production before that.\n\n"
    "Thanks!\n"
    + sig("Megan O'Rourke", "Sourcing Coordinator", "Ferris & Vale Eyewear, Portland OR", "+1 503 555 0177"))
case("c08_forwarded_old_quote", [],
     "old 5,000/10,000 quote forwarded as rfc822 and declared informational; live PO 30 samples with hold, fit-panel event and Dana Whitaker",
     [("FW_Quotation_FV-Harbor.eml", eml_bytes(mail(
         "Megan O'Rourke <megan@ferrisvale.example.com>",
         "Lily Wang <lily@liansheng-optical.example.cn>",
         "FW: Quotation FV-Harbor (history) / PO FV-2405-12", "Thu, 9 May 2024 13:30:00 -0700",
         _t, cc="Dana Whitaker <dana@ferrisvale.example.com>",
         attachments=[("rfc822", _old)])))])


# c09 clean: supplier assumes roll-over into production, buyer corrects in reply
_quoted = (
    "Dear Sara madam,\n\n"
    "Greetings from Noida. The 15 samples of BR-Sole (metal, double bridge) are dispatched today by "
    "FedEx, AWB 7781 2204 9913.\n"
    "Once you approve the samples we will roll straight into the 1,485 pcs as per your order, so "
    "that we can ship before the Diwali holidays.\n\n"
    "Warm regards,\nRohit Sharma\nExport Manager, Sunrise Optical Industries, Noida (UP), India\n")
_t = (
    "Dear Rohit,\n\n"
    "thank you, the samples arrived this morning and look very good.\n\n"
    "One correction please: the sign-off of the samples does not release the 1,485. Our PO "
    "BR-24-0688 covers the 15 samples only; the remaining 1,485 frames are not released and must "
    "not be started. After our sample sign-off I will send you a separate written production "
    "release with the quantity and a release number - only that document allows you to start.\n\n"
    "Best regards,\n"
    + sig("Sara Benetti", "Purchasing Manager", "Occhiali Brenta S.r.l., Padova", "+39 049 880 2210")
    + "\n\nOn 6 May 2024, Rohit Sharma <rohit@sunrise-optical.example.in> wrote:\n"
    + quote_block(_quoted) + "\n")
case("c09_buyer_corrects_rollover", [],
     "supplier's quoted 'roll straight into the 1,485' is corrected by the buyer: 15 samples only, balance not released, written release by Sara Benetti after sign-off",
     [("RE_BR-Sole_samples_dispatch.eml", eml_bytes(mail(
         "Sara Benetti <s.benetti@occhialibrenta.example.it>",
         "Rohit Sharma <rohit@sunrise-optical.example.in>",
         "RE: BR-Sole samples dispatch", "Tue, 7 May 2024 09:05:00 +0200", _t,
         in_reply_to="<sunrise-0506-br@sunrise-optical.example.in>")))])


# c10 clean: supplier acknowledges deposit and states it does not release production
_quoted = (
    "Hi Coco,\n\n"
    "PO BSC-0321 attached. It covers the 36 PP samples only (12 each in Black, Honey, Smoke).\n"
    "The bulk of 1,164 isn't released. I (Mia Russo, Sourcing Lead) will send a written release once "
    "we've signed the samples off at our office.\n"
    "We'll pay the 30% deposit this week as per your payment terms - that is not a go for bulk.\n\n"
    "Cheers, Mia\n")
_t = (
    "Dear Mia,\n\n"
    "We received your 30% deposit USD 2,880.00 today, thank you very much.\n\n"
    "Please note: the deposit does not release production. As per your PO BSC-0321 we make only the "
    "36 pre-production samples now (12 each colour). The 1,164 pcs bulk stays on hold until we "
    "receive your written production release after your sample sign-off. We will buy the acetate "
    "for bulk only after your release.\n\n"
    "PP samples ETD 24 May by SF Express.\n\n"
    "Best regards,\n"
    "Coco Li\nSales Dept. | Shenzhen Yuelong Optical Co., Ltd. | Longhua, Shenzhen\n\n"
    "-----Original Message-----\n"
    "From: Mia Russo <mia@bondishade.example.com.au>\n"
    "Sent: Monday, 6 May 2024 11:20 AM\n"
    "Subject: PO BSC-0321 PP samples\n\n"
    + quote_block(_quoted) + "\n")
case("c10_deposit_not_release", [],
     "supplier confirms deposit received and states the deposit does not release production; quoted PO scope complete (36 samples, 1,164 on hold, Mia Russo)",
     [("RE_PO_BSC-0321_deposit.eml", eml_bytes(mail(
         "Coco Li <coco@yuelong-optical.example.cn>",
         "Mia Russo <mia@bondishade.example.com.au>",
         "RE: PO BSC-0321 PP samples - deposit received", "Thu, 9 May 2024 17:45:00 +0800", _t)))])


# p11 RG006 RG012: supplier reads deposit as start, buys acetate for full 2,376 and starts cutting
_quoted = (
    "Hi Peter,\n\n"
    "PO FV-2404-07 attached: 24 pre-production samples of FV-Lark (8 each in black, honey, moss).\n"
    "The production quantity (2,376 frames) is not released - please don't start it. Dana Whitaker "
    "will send a written production release after the samples pass our fit panel.\n"
    "Our AP team will wire the deposit this week as per your payment terms.\n\n"
    "Thanks, Megan\n")
_t = (
    "Dear Megan,\n\n"
    "Thank you, the 30% deposit arrived today.\n\n"
    "So we have started the production: acetate for the full 2,376 frames is ordered from "
    "Mazzucchelli Shanghai, and cutting of the fronts starts on Monday. The 24 samples will be "
    "ready at the same time, we send them by DHL.\n\n"
    "Best regards\n"
    "Peter Xu\n"
    "Wenzhou Dongfang Optical Co., Ltd.\n\n"
    "On 22 Apr 2024, at 18:02, Megan O'Rourke <megan@ferrisvale.example.com> wrote:\n"
    + quote_block(_quoted) + "\n")
case("p11_deposit_started_production", ["RG006", "RG012"],
     "supplier treats the deposit as the start signal and orders acetate for the full 2,376 while only 24 samples are released",
     [("RE_FV-Lark_PO_FV-2404-07.eml", eml_bytes(mail(
         "Peter Xu <peter.xu@dongfang-optical.example.cn>",
         "Megan O'Rourke <megan@ferrisvale.example.com>",
         "RE: FV-Lark PO FV-2404-07", "Fri, 26 Apr 2024 10:10:00 +0800", _t)))])


# p12 RG006 RG007: WeChat, supplier stages material for 1,200 and will start mass production on sample OK
case("p12_wechat_prepare_material", ["RG006", "RG007"],
     "supplier prepares acetate and hinges for 1,200 with only 20 protos released and says mass production starts directly on sample OK; buyer does not correct",
     [("wechat_DL-412_jinhui.txt",
       "微信聊天记录 / WeChat chat history\n"
       "Chat: Amy 林 (Jinhui Optical)  <->  Sophie Marchand (Maison Delorme)\n"
       "========================================\n"
       "2024/04/15 10:02 Sophie Marchand\n"
       "Hello Amy, PO DL-24-129 sent by email: 20 protos DL-412 (5 per colour). Bulk 1,180 is not "
       "released until the sign-off at our wear test and my written release (Sophie Marchand).\n\n"
       "2024/04/15 10:20 Amy 林\n"
       "Received PO, thank you dear\n\n"
       "2024/04/15 10:24 Amy 林\n"
       "Sophie for save time we prepare acetate and hinges for 1,200 pcs now. When you OK the samples "
       "we start mass production directly, no need wait\n\n"
       "2024/04/15 10:25 Amy 林\n"
       "[Sticker]\n\n"
       "2024/04/15 11:40 Sophie Marchand\n"
       "Merci Amy! Protos ready 30 April ok?\n\n"
       "2024/04/15 11:42 Amy 林\n"
       "Yes 30 April ready 👍 colour 4 need new block, 3 days more maybe\n\n"
       "2024/04/15 11:43 Sophie Marchand\n"
       "Ok no problem\n")])


# p13 RG006: multi-file; call-off with staged authority 600, supplier WIP shows material for 1,500
_calloff = (
    "SOUTHERN CROSS OPTICAL GROUP PTY LTD            CALL-OFF / RELEASE              No. CO-24-031\n"
    "200 Collins Street, Melbourne VIC 3000\n"
    "------------------------------------------------------------------------------------------\n"
    "Supplier   : Everbright Eyewear Manufacturing Co., Ltd. (Longgang, Shenzhen)  Vendor 40117\n"
    "Order      : SCOG-FR-2210  model SC-Acet-31 'Lorne' 51-19-145, 3 colours\n"
    "Date       : 02/05/2024\n"
    "------------------------------------------------------------------------------------------\n"
    "Order quantity (firm)                  1,800 pcs\n"
    "Released by this call-off                300 pcs   (Black 100 / Tort 100 / Blush 100)\n"
    "Balance on hold - NOT released         1,500 pcs\n"
    "Material authority                     staged up to 600 frames (acetate, hinges, demo lens)\n"
    "                                       at SCOG liability; nothing above 600.\n"
    "Unlock for next release                acceptance of lot 1 at Melbourne DC and call-off\n"
    "                                       CO-24-032 signed by Grace Patel, Category Manager Frames\n"
    "------------------------------------------------------------------------------------------\n"
    "Ship lot 1 by 28/06/2024, FOB Yantian. Label: SCOG EAN per colour, AS/NZS ISO 12870 statement.\n")
case("p13_calloff_and_wip_report", ["RG006"],
     "call-off releases 300 with staged material authority of 600; supplier WIP report shows acetate and hinges bought for 1,500 frames",
     [("SCOG_CO-24-031.txt", _calloff),
      ("Everbright_WIP_report_wk20.pdf", pdf([
          ("h1", "EVERBRIGHT EYEWEAR - WEEKLY WIP REPORT"),
          ("p", "Customer: Southern Cross Optical Group. Order SCOG-FR-2210 'Lorne'. Week 20 / 2024."),
          ("table", [
              ["Item", "Status", "Quantity", "Remark"],
              ["Released (call-off CO-24-031)", "in work", "300 pcs", "Black / Tort / Blush 100 each"],
              ["Acetate blocks purchased", "in warehouse", "for 1,500 frames", "one dye lot for colour consistency"],
              ["5-barrel hinges purchased", "in warehouse", "1,500 sets", "from Dongguan hinge supplier"],
              ["Fronts milled", "done", "300 pcs", "tumbling 72 h"],
              ["Assembly", "planned wk 23", "300 pcs", ""],
          ]),
          ("sp",),
          ("p", "Lot 1 on schedule for 28/06 FOB Yantian. QC report will be sent with the shipping documents."),
          ("p", "Prepared by: Ivy Zhang, Merchandiser."),
      ], title="WIP report wk20", author="Everbright"))])


# p14 RG006 RG008: forecast to be 'treated as firm' and acetate booked for 6,000 while 60 pre-series released
_t = (
    "Bonjour Lily,\n\n"
    "Ci-joint our forecast for the FW25 season: 6,000 frames across the four models (détail dans "
    "le fichier). Please treat it as firm and book the acetate for the 6,000 now, so we are sure to "
    "get the same colour lots for the whole season.\n\n"
    "Released today is only the pre-series: 60 pieces (15 per model) under PO OL-24-215. The "
    "production quantities stay on hold until we sign off the pre-series in Bordeaux and I send "
    "you the written release per model.\n\n"
    "Merci et bonne journée,\n"
    + sig("Antoine Mercier", "Acheteur montures", "Optique Lumière SA, Bordeaux", "+33 5 56 00 41 90"))
case("p14_forecast_treat_as_firm", ["RG006", "RG008"],
     "buyer asks to treat the 6,000 forecast as firm and to book acetate for all of it while only 60 pre-series pieces are released",
     [("FW25_forecast_OL.eml", eml_bytes(mail(
         "Antoine Mercier <a.mercier@optique-lumiere.example.fr>",
         "Lily Wang <lily@liansheng-optical.example.cn>",
         "Forecast FW25 + pre-series PO OL-24-215", "Mon, 13 May 2024 09:30:00 +0200", _t,
         attachments=[("Previsions_FW25_OL.docx", docx_bytes([
             ("h1", "Optique Lumière - Prévisions FW25 / Forecast FW25"),
             ("p", "Fournisseur: Wenzhou Liansheng Optical. Version du 13/05/2024."),
             ("table", [
                 ["Modèle", "Coloris", "Forecast"],
                 ["OL-Garonne", "noir / écaille", "1.800"],
                 ["OL-Médoc", "bordeaux / cristal", "1.500"],
                 ["OL-Arcachon", "bleu / miel", "1.500"],
                 ["OL-Landes", "vert / écaille", "1.200"],
                 ["Total", "", "6.000"],
             ]),
             ("sp",),
             ("p", "Pre-series released: 15 pièces par modèle (60), PO OL-24-215."),
         ], author="Antoine Mercier"), DOCX_MT)])))])


# p15 RG006: Indian case maker procured PU and shells for the full 10,000 programme against 50 samples
_quoted = (
    "Dear Mr Desai,\n\n"
    "PO MO-CS-118 covers 50 sample cases only (25 navy, 25 tan). The 10,000-case annual programme "
    "is a forecast and is not released. Bulk needs our sign-off of the samples and my written "
    "release.\n\n"
    "Kind regards,\nEmily Carter\nHead of Product, Marlow Optical Ltd\n")
_t = (
    "Dear Emily ji,\n\n"
    "Greetings from Mumbai!\n\n"
    "Happy to inform that the 50 sample cases (25 navy, 25 tan, hard shell with PU and Marlow "
    "deboss) are ready and will be couriered tomorrow by Blue Dart / DHL.\n\n"
    "Also to avoid the price increase in PU material after Diwali, we have procured the PU "
    "leather, microfibre lining and MDF shells for the complete 10,000 cases of your annual "
    "programme. The material is kept ready in our godown at Bhiwandi, so bulk can be delivered "
    "very fast.\n\n"
    "Kindly revert with your feedback on the samples.\n\n"
    "Thanks & regards,\n"
    "Nikhil Desai\nKrishna Case Industries, Bhiwandi, Maharashtra\n+91 22 2550 8812\n\n"
    "On 29-Apr-2024, Emily Carter wrote:\n"
    + quote_block(_quoted) + "\n")
case("p15_india_cases_material", ["RG006"],
     "case maker has procured PU, lining and shells for the full 10,000 programme while only 50 sample cases are released",
     [("Sample_cases_MO-CS-118.eml", eml_bytes(mail(
         "Nikhil Desai <nikhil@krishnacases.example.in>",
         "Emily Carter <emily.carter@marlowoptical.example.co.uk>",
         "Re: Sample cases MO-CS-118 ready", "Fri, 10 May 2024 15:35:00 +0530",
         _t, html=para_html(_t))))])


# p16 RG007: Shenzhen supplier will run the 3,000 on golden-sample approval without further confirmation
_quoted = (
    "Hi Ken,\n\n"
    "PO 88301 is for 6 golden samples of HP-Wire (3 gold, 3 gunmetal). The 3,000 production pcs "
    "are not released. Tom Hargreaves (VP Sourcing) will release them in writing after we sign off "
    "the golden samples in New York.\n\n"
    "Thanks, Nora\n")
_t = (
    "Dear Nora,\n\n"
    "Golden samples HP-Wire 6 pcs are shipped today by FedEx IP, AWB 7719 5520 1184, with the "
    "plating thickness report and the nickel release test (EN 1811) attached.\n\n"
    "To keep the timeline for your holiday launch, once you approve the golden sample we will run "
    "the 3,000 pcs immediately without further confirmation. Line is reserved from 3 June.\n\n"
    "Best regards,\n"
    "Ken Luo\nSales Manager, Shenzhen Hengtai Metal Frames Co., Ltd.\n\n"
    "> From: Nora Kaplan\n> Sent: 24 April 2024 21:10\n> Subject: PO 88301 HP-Wire golden samples\n>\n"
    + quote_block(_quoted) + "\n")
case("p16_run_on_golden_sample", ["RG007"],
     "supplier will run the 3,000 immediately on golden-sample approval without further confirmation, against the buyer's written-release requirement",
     [("RE_PO_88301_HP-Wire.eml", eml_bytes(mail(
         "Ken Luo <ken.luo@hengtai-metal.example.cn>",
         "Nora Kaplan <nora@hudsonpine.example.com>",
         "RE: PO 88301 HP-Wire golden samples", "Wed, 8 May 2024 18:20:00 +0800", _t)))])


# p17 RG007: buyer's PO requires a written release, but the cover mail says carry straight on if protos fit
_t = (
    "Hi Jenny,\n\n"
    "PO BH-0412 attached for the Finch protos, two dozen pcs (eight in each colour). Thanks for squeezing "
    "us in before the May Day break.\n\n"
    "Honestly, if the protos fit well at our review on Thursday, just carry straight on with the "
    "1,176 - no need to wait for paperwork from me, I'll send it when I'm back from Milan.\n\n"
    "Cheers,\nOliver\n\n"
    "Oliver Grant | Founder | Bramble & Hook Eyewear | 41 Columbia Road, London E2 7RG\n")
case("p17_carry_straight_on", ["RG007"],
     "PO says balance 1,176 only by written release after proto sign-off, but the cover mail tells the supplier to carry straight on if protos fit",
     [("PO_BH-0412_Finch_protos.eml", eml_bytes(mail(
         "Oliver Grant <oliver@brambleandhook.example.co.uk>",
         "Jenny Wu <jenny@goldenbridge-optical.example.cn>",
         "PO BH-0412 Finch protos", "Mon, 29 Apr 2024 19:02:00 +0100", _t,
         attachments=[("PO_BH-0412.pdf", pdf([
             ("h1", "Bramble & Hook Eyewear Ltd"),
             ("h", "Purchase Order BH-0412"),
             ("p", "Supplier: Wenzhou Golden Bridge Optical Co., Ltd. Date: 29 April 2024."),
             ("table", [
                 ["Line", "Item", "Colour", "Qty", "Unit USD"],
                 ["1", "BH-Finch proto 48-22-145", "Black", "8", "36.00"],
                 ["2", "BH-Finch proto 48-22-145", "Tokyo tortoise", "8", "36.00"],
                 ["3", "BH-Finch proto 48-22-145", "Champagne", "8", "36.00"],
                 ["", "Total", "", "24", ""],
             ]),
             ("sp",),
             ("p", "Scope: this PO covers 24 protos only. The balance of 1,176 frames is not released. "
                   "It is released only by a written release from Oliver Grant after the proto sign-off."),
         ], title="PO BH-0412", author="Bramble & Hook"), PDF_MT)])))])


# p18 RG007: Cadore order confirmation: production starts on the buyer's OK on samples, no further document
case("p18_conferma_ordine_start_on_ok", ["RG007"],
     "supplier's order confirmation states production starts as soon as the OK on the samples arrives, with no further document",
     [("Conferma_ordine_2024-311.pdf", pdf([
         ("h1", "OCCHIALERIA VALBOITE S.r.l."),
         ("p", "Via Nazionale 41, 32040 Borca di Cadore (BL) - tel. +39 0435 482 117"),
         ("h", "CONFERMA D'ORDINE / ORDER CONFIRMATION n. 2024/311"),
         ("p", "Cliente / Customer: Lunettes Arcadie SARL, 12 quai de la Fosse, 44000 Nantes. "
               "Vostro ordine / your order: AR-24-044 del 03/05/2024."),
         ("table", [
             ["Pos.", "Articolo", "Colore", "Q.tà", "Prezzo EUR"],
             ["1", "AR-Loire campione 50-19-145", "Écaille", "4", "88,00"],
             ["2", "AR-Loire campione 50-19-145", "Noir", "4", "88,00"],
             ["3", "AR-Loire campione 50-19-145", "Miel", "4", "88,00"],
             ["", "Totale campionatura", "", "12", "1.056,00"],
         ]),
         ("sp",),
         ("p", "Consegna campioni: settimana 22. / Sample delivery: week 22."),
         ("p", "Note: Come d'accordo telefonicamente con la Sig.ra Garnier, appena ricevuto il vostro "
               "benestare sui campioni partiamo subito con la produzione dell'ordine, senza attendere "
               "altri documenti. / As agreed by phone with Mrs Garnier, as soon as we receive your OK "
               "on the samples we start production of the order immediately, without waiting for any "
               "further document."),
         ("p", "Condizioni generali di vendita Valboite rev. 2023. Foro competente: Belluno."),
         ("p", "Paolo De Lorenzo - Ufficio Commerciale"),
     ], title="Conferma d'ordine 2024/311", author="Occhialeria Valboite"))])


# p19 RG002 RG007: WhatsApp, supplier asks to start 2,000 after sample approval, buyer says "approved, go for it"
case("p19_whatsapp_approved_go_for_it", ["RG002", "RG007"],
     "buyer who required a written release answers 'after sample approval we start the 2,000, ok?' with 'approved, go for it!'",
     [("WhatsApp_Chat_Alan_Kingray.txt",
       "[02/05/24, 9:14:07 AM] Jack Morrison: Alan, PO SB-0419 is for the 12 PP samples of TIDE (4 per "
       "colour). The 2,000 bulk is on hold till I sign the samples off and send the written release. Cheers\n"
       "[02/05/24, 9:30:51 AM] Alan Huang Kingray: Received Jack, thank you\n"
       "[16/05/24, 8:02:10 AM] Alan Huang Kingray: Jack good morning, 12 PP samples ready, pictures below\n"
       "[16/05/24, 8:02:11 AM] Alan Huang Kingray: image omitted\n"
       "[16/05/24, 8:02:11 AM] Alan Huang Kingray: image omitted\n"
       "[16/05/24, 8:03:40 AM] Alan Huang Kingray: After sample approval we start the 2,000 pcs, ok? "
       "Polarized lens we have in stock already for samples\n"
       "[16/05/24, 8:47:22 AM] Jack Morrison: Samples look unreal 😍 approved, go for it!\n"
       "[16/05/24, 8:47:59 AM] Alan Huang Kingray: Thank you Jack!! 🙏\n"
       "[16/05/24, 8:50:13 AM] Jack Morrison: Send the samples to Byron by FedEx pls, acct 6620-1193\n")])


# p20 RG007: supplier development plan says bulk starts automatically after SMS approval
case("p20_dev_plan_auto_bulk", ["RG007"],
     "supplier development plan states bulk production starts automatically after salesman-sample approval, with no recorded auto-conversion",
     [("Jinhui_development_plan_HF-Ada.docx", docx_bytes([
         ("h1", "Development & Production Plan - HF-Ada (own label)"),
         ("p", "Customer: Harlow & Finch Opticians. Supplier: Wenzhou Jinhui Optical Co., Ltd. "
               "Prepared by Jason Lin, 18 April 2024."),
         ("table", [
             ["Step", "What", "Who", "Target date"],
             ["1", "Proto in 3 colours (Black / Havana / Rose)", "Jinhui", "3 May"],
             ["2", "Proto fit check and comments", "H&F product team", "10 May"],
             ["3", "SMS (salesman samples) with final logo and demo lens", "Jinhui", "31 May"],
             ["4", "SMS approval", "H&F", "7 June"],
             ["5", "Bulk production starts automatically after SMS approval - no additional release needed", "Jinhui", "10 June"],
             ["6", "Inline QC and final inspection (AQL 2.5)", "Jinhui / H&F agent", "15 July"],
             ["7", "Ex-factory", "Jinhui", "22 July"],
         ]),
         ("sp",),
         ("p", "Acetate: Jinhui own-stock blocks for proto and SMS; bulk acetate ordered at step 5."),
         ("p", "Measurements: A 50.0 mm, DBL 19.0 mm, temple 145 mm, B 41.5 mm. Hinge: 5-barrel, "
               "screw M1.4. Tolerances per EN ISO 12870:2018."),
     ], author="Jason Lin"))])


# ---------------------------------------------------------------- batch 3

# c11 clean: buyer supplier-portal PO page, sample line released, production line on hold with event + person
_body = (
    "<h2>OttiCentro Italia - Portale Fornitori</h2>\n"
    "<p>Ordine d'acquisto / Purchase order <b>OC-PO-2024-1187</b> &middot; stato documento: emesso (issued) "
    "&middot; data 22/04/2024</p>\n"
    "<p>Fornitore: Hayashi Optical Works Co., Ltd., Sabae, Fukui, Japan &middot; Valuta JPY &middot; "
    "Incoterm FCA Nagoya</p>\n"
    + html_table([
        ["Riga", "Articolo", "Descrizione", "Q.tà", "Tipo", "Stato produzione"],
        ["10", "OC-TI-88", "Titanio, campioni 3 colori x 6", "18", "sample", "released - make now"],
        ["20", "OC-TI-88", "Titanio, produzione (quotazione HY-2404-77)", "2.160", "production", "ON HOLD - not released"],
    ]) +
    "\n<div class=\"note\"><b>Scope / Nota:</b> only line 10 (18 sample frames) may be made now. "
    "Line 20 (2.160 frames) is shown for commercial reference only and is not released: please do "
    "not buy titanium, plate or assemble for it. Material authority: sample-only. Line 20 will be "
    "released only after our sample sign-off (fit and plating test in Milano) and a written "
    "production release signed by Marco Bellini, Responsabile Acquisti Montature.</div>\n"
    "<p>Contatto: Marco Bellini &lt;m.bellini@otticentro.example.it&gt; &middot; tel. +39 02 4471 2290</p>\n"
    "<p><small>Portale Fornitori v3.8 &middot; le condizioni generali d'acquisto OttiCentro rev. 6 si "
    "applicano a ogni ordine.</small></p>"
)
case("c11_portal_line_on_hold", [],
     "portal PO: 18 samples released, 2,160 production line shown for reference and not released, sample-only material, sign-off + written release by Marco Bellini",
     [("OC-PO-2024-1187.html", html_page("OC-PO-2024-1187", _body, lang="it"))])


# c12 clean: full-quantity reorder with identifiers that look like quantities (DOCX table)
case("c12_identifiers_full_po", [],
     "full-quantity reorder of 360 frames; Art. 5000, DRG 1250 rev 14, OBE 1500-S, ISO numbers are identifiers, not quantities",
     [("Marlow_PO_MO-4519.docx", docx_bytes([
         ("h1", "Marlow Optical Ltd - Purchase Order MO-4519"),
         ("p", "14 Market Square, Marlow SL7 1DA, United Kingdom. Date: 7 May 2024."),
         ("p", "Supplier: Occhialeria Valboite S.r.l., Borca di Cadore (BL), Italy."),
         ("p", "Reorder of Art. 5000 'Henley', drawing DRG 1250 rev 14, hinge OBE 1500-S, calibre "
               "50□20-145. Acetate Mazzucchelli lot family 2024-0600. Frame standard EN ISO 12870:2018, "
               "test methods ISO 8624:2020 (measuring system) and EN 1811 (nickel release)."),
         ("table", [
             ["Line", "Article", "Colour", "Qty", "Unit EUR", "Amount EUR"],
             ["1", "Art. 5000 Henley", "C1 nero", "120", "31,40", "3.768,00"],
             ["2", "Art. 5000 Henley", "C7 tartaruga", "120", "31,40", "3.768,00"],
             ["3", "Art. 5000 Henley", "C12 grigio fumo", "120", "31,40", "3.768,00"],
             ["", "", "Total", "360", "", "11.304,00"],
         ]),
         ("sp",),
         ("p", "This is a full-quantity order: 360 frames in total, no samples and no further call-offs. "
               "Please proceed with the 360 frames as per the table, same finishing as order MO-4207."),
         ("p", "Delivery: DAP Marlow, week 27. Packing: single pouch, Marlow box style B-2."),
         ("p", "Emily Carter, Head of Product"),
     ], author="Emily Carter"))])


# c13 clean: interim disposition with quantity and expiry limits (PDF)
case("c13_interim_disposition", [],
     "interim sign-off releases 200 frames of C03 until 15 July under deviation; remaining 1,240 on hold until full sign-off and written release by named director",
     [("LVC_sample_disposition_LV-AC-6610.pdf", pdf([
         ("h1", "LAKESHORE VISION CENTERS INC."),
         ("h", "Sample Disposition and Release - Order LV-AC-6610"),
         ("p", "Supplier: Wenzhou Dongfang Optical Co., Ltd. Model: LV-AC-6610 acetate 51-18-140. "
               "Order quantity: 1,440 frames (480 per colour). Samples received: 24 (8 per colour)."),
         ("table", [
             ["Colour", "Sample result", "Disposition"],
             ["C01 Black", "lens groove 0.1 mm under spec", "rejected - resubmit 8 samples"],
             ["C02 Tortoise", "lens groove 0.1 mm under spec", "rejected - resubmit 8 samples"],
             ["C03 Crystal rose", "groove OK, colour slightly light", "INTERIM - see limits below"],
         ]),
         ("sp",),
         ("p", "Interim limits: up to 200 frames of colour C03 may be produced and shipped until "
               "15 July 2024 under deviation DEV-24-017 (colour tolerance widened to Delta E 2.0)."),
         ("p", "Released by this document: 200 frames, colour C03 only."),
         ("p", "Not released: the remaining 1,240 frames (C01 480, C02 480, C03 280). They stay on hold "
               "until the resubmitted samples receive a full sign-off and a written release is issued "
               "by Jennifer M. Kowalski, Director of Merchandise Sourcing. Material authority: C03 for "
               "200 frames only."),
         ("p", "Signed: Jennifer M. Kowalski, Director of Merchandise Sourcing - 03 May 2024"),
     ], pagesize=LETTER, title="Disposition LV-AC-6610", author="LVC Sourcing"))])


# c14 clean: WhatsApp, scoped go-ahead for the 60 pre-series pieces only
case("c14_whatsapp_scoped_go_ahead", [],
     "'go ahead with the 60 pre-series pieces only'; 1,140 on hold, store check then written release by the named sender",
     [("WhatsApp_Chat_Peter_Dongfang.txt",
       "[08/05/2024, 07:55] Peter Xu Dongfang: Good morning Emily, protos MO-Thames all ok in your side? "
       "Can we go ahead?\n"
       "[08/05/2024, 08:31] Emily Carter: Hi Peter! Yes - go ahead with the 60 pre-series pieces only "
       "(20 per colour), as per PO MO-4502.\n"
       "[08/05/2024, 08:32] Emily Carter: The 1,140 remaining stay on hold, please don't buy acetate "
       "for them. Once we've checked the pre-series in our stores I'll send the written release for "
       "the 1,140 myself.\n"
       "[08/05/2024, 08:40] Peter Xu Dongfang: Clear, 60 pcs pre-series only, bal. 1,140 wait for your "
       "written release 👌\n"
       "[08/05/2024, 08:41] Peter Xu Dongfang: Pre-series ready about 5 June\n"
       "[08/05/2024, 08:45] Emily Carter: Perfect, thanks Peter. (Emily Carter, Head of Product, Marlow Optical)\n")])


# c15 clean: full-quantity reorder, multipart/alternative with HTML table
_t = (
    "Hi Coco,\n\n"
    "Time for a reorder of Tamarama! PO BSC-0502 is for the full quantity of 600 frames, "
    "same spec as golden sample GS-TAM-23:\n\n"
    "  Black / smoke polar     240\n"
    "  Tort / brown polar      240\n"
    "  Clear / grey polar      120\n"
    "  Total                   600\n\n"
    "No samples needed this time. Please proceed with the 600 frames and let me know the "
    "ex-factory date. Cartons as last time (50 pcs per carton, Bondi Shade label on two sides).\n\n"
    "Cheers,\nMia\n\n"
    "Mia Russo | Sourcing Lead | Bondi Shade Co. | Sydney\n")
_h = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hi Coco,</p>"
      "<p>Time for a reorder of Tamarama! PO BSC-0502 is for the full quantity of <b>600 frames</b>, "
      "same spec as golden sample GS-TAM-23:</p>\n"
      + html_table([["Colour / lens", "Qty"], ["Black / smoke polar", "240"],
                    ["Tort / brown polar", "240"], ["Clear / grey polar", "120"], ["Total", "600"]])
      + "\n<p>No samples needed this time. Please proceed with the 600 frames and let me know the "
      "ex-factory date. Cartons as last time (50 pcs per carton, Bondi Shade label on two sides).</p>"
      "<p>Cheers,<br>Mia</p><p>Mia Russo | Sourcing Lead | Bondi Shade Co. | Sydney</p></body></html>\n")
case("c15_reorder_full_quantity", [],
     "reorder PO for the full 600 frames with colour split; proceed scoped to 600; no samples, no balance",
     [("Tamarama_reorder_BSC-0502.eml", eml_bytes(mail(
         "Mia Russo <mia@bondishade.example.com.au>",
         "Coco Li <coco@yuelong-optical.example.cn>",
         "Tamarama reorder - PO BSC-0502", "Tue, 14 May 2024 10:05:00 +1000", _t, html=_h)))])


# p21 RG007: supplier order-tracking portal auto-moves the order to mass production on sample approval
_body = (
    "<h2>Yuelong Optical - Customer Order Tracking</h2>\n"
    "<p>Customer: Ferris &amp; Vale Eyewear (Portland, OR) &middot; Model: FV-Dune sunglasses, TR90, "
    "polarised &middot; Customer PO: FV-2405-20</p>\n"
    + html_table([
        ["Stage", "Qty", "Status", "Updated"],
        ["PP samples", "18", "in production - ETD 30 May", "2024-05-15"],
        ["Bulk", "1,782", "on hold per customer PO - waiting for customer written release", "2024-05-15"],
    ]) +
    "\n<h3>Workflow</h3>\n<ol>\n"
    "<li>PP samples shipped with QC report.</li>\n"
    "<li>Customer checks the samples and clicks <i>Approve sample</i> in this portal.</li>\n"
    "<li>When the sample is approved, the system automatically moves the order to Mass Production and "
    "prints the job tickets for the bulk. No further action is needed from the customer.</li>\n"
    "</ol>\n"
    "<p><small>Yuelong OTS 2.1 &middot; questions: coco@yuelong-optical.example.cn</small></p>"
)
case("p21_portal_auto_mass_production", ["RG007"],
     "supplier portal records the customer hold but its workflow moves the order to mass production automatically when the sample is approved",
     [("Yuelong_order_tracking_FV-Dune.html", html_page("Order tracking FV-Dune", _body))])


# p24 RG011: multi-file, cover mail says 36 protos, the PO says 24
_t = (
    "Hi Jason,\n\n"
    "Our PO KO-4433 for the Severn protos is attached to this folder - three dozen protos, a dozen in each of the "
    "three colours (olive, blonde tortoise, black). Please use the new Mazzucchelli olive we "
    "discussed, not the old one.\n\n"
    "As always, nothing beyond the protos is released: the production quantity stays on hold until "
    "our proto sign-off in Bristol and a written release from James Whitcombe.\n\n"
    "Best,\n"
    + sig("Harriet Cole", "Product Developer", "Kestrel Optics Ltd, Bristol", "+44 117 496 0321"))
case("p24_cover_vs_po_quantity", ["RG011"],
     "cover email says three dozen protos (a dozen per colour) while the attached PO lists 8 per colour, 24 in total",
     [("KO-4433_Severn_protos.eml", eml_bytes(mail(
         "Harriet Cole <harriet@kestreloptics.example.co.uk>",
         "Jason Lin <jason@jinhui-optical.example.cn>",
         "KO-4433 Severn protos", "Wed, 1 May 2024 12:15:00 +0100", _t))),
      ("PO_KO-4433.pdf", pdf([
          ("h1", "KESTREL OPTICS LTD"),
          ("p", "8 Unity Street, Bristol BS1 5HH"),
          ("h", "PURCHASE ORDER KO-4433"),
          ("p", "Supplier: Wenzhou Jinhui Optical Co., Ltd. Date: 1 May 2024. Model: KO-Ac-15 'Severn' 50-21-145."),
          ("table", [
              ["Line", "Colour", "Qty", "Unit USD", "Total USD"],
              ["1", "Olive (Mazzucchelli new)", "8", "34.00", "272.00"],
              ["2", "Blonde tortoise", "8", "34.00", "272.00"],
              ["3", "Black", "8", "34.00", "272.00"],
              ["", "Total protos", "24", "", "816.00"],
          ]),
          ("sp",),
          ("p", "Scope: protos only. The production quantity (quotation JH-2404-19) is not released. "
                "Release only after proto sign-off in Bristol, in writing by James Whitcombe, "
                "Technical Director."),
      ], title="PO KO-4433", author="Kestrel Optics"))])


# p25 RG011: full-quantity order sheet, header 1,200 but colour lines add up to 1,320
case("p25_order_sheet_total_mismatch", ["RG011"],
     "full-quantity order sheet states 1,200 frames but the colour lines add up to 1,320",
     [("SCOG_order_sheet_Portsea.pdf", pdf([
         ("h1", "SOUTHERN CROSS OPTICAL GROUP"),
         ("h", "ORDER SHEET - SC-Sun-12 'Portsea' (full quantity)"),
         ("p", "PO 4500019044 - Supplier: Shenzhen Kingray Sunglasses Co., Ltd. - Date 10/05/2024"),
         ("p", "Order quantity: 1,200 frames in total, full quantity, no samples (repeat of golden sample "
               "GS-PRT-22). Please proceed with the 1,200 frames as per the colour split below."),
         ("table", [
             ["Colour", "Lens", "Qty", "Unit USD", "Ex-factory"],
             ["Black", "Smoke polar CAT 3", "480", "5.90", "20/07/2024"],
             ["Tortoise", "Brown polar CAT 3", "360", "5.90", "20/07/2024"],
             ["Olive", "G15 polar CAT 3", "240", "5.90", "20/07/2024"],
             ["Sand", "Brown gradient CAT 2", "240", "6.10", "20/07/2024"],
         ]),
         ("sp",),
         ("p", "Standards: AS/NZS 1067.1:2016 category marking on the left temple. Packing 12 pcs per "
               "inner, SCOG EAN per colour."),
         ("p", "Grace Patel, Category Manager Frames & Sun"),
     ], title="Order sheet Portsea", author="SCOG"))])


# p26 RG011: release email says 500, attached release letter says 450
_t = (
    "Bonjour Kevin,\n\n"
    "Good news: the DL-308 wear test is signed off. Following the sign-off on 18 April, we release "
    "500 frames of DL-308 as lot 1 (250 gold, 250 gunmetal). The formal release letter is attached.\n\n"
    "The rest of the 1,184 stays on hold until lot 1 passes our incoming inspection in Paris and I "
    "send the next written release.\n\n"
    "Bonne journée,\n"
    + sig("Sophie Marchand", "Cheffe de produit", "Maison Delorme, Paris", "+33 1 42 00 71 08"))
case("p26_release_mail_vs_letter", ["RG011"],
     "release email releases 500 frames (250/250) but the attached release letter says 450 frames (225/225)",
     [("DL-308_release_lot1.eml", eml_bytes(mail(
         "Sophie Marchand <s.marchand@delorme.example.fr>",
         "Kevin Zhou <kevin@hengtai-metal.example.cn>",
         "DL-308 - production release lot 1", "Mon, 22 Apr 2024 10:40:00 +0200", _t,
         attachments=[("Release_DL-308_no2.docx", docx_bytes([
             ("h1", "Maison Delorme - Production release no. 2"),
             ("p", "Order: DL-308 titanium, PO DL-24-117. Supplier: Shenzhen Hengtai Metal Frames Co., Ltd."),
             ("p", "Unlock event: wear-test sign-off of the 16 protos, 18 April 2024."),
             ("table", [
                 ["Colour", "Released now"],
                 ["Gold", "225"],
                 ["Gunmetal", "225"],
                 ["Total lot 1", "450"],
             ]),
             ("sp",),
             ("p", "Remaining 734 frames: on hold, not released, until lot 1 passes incoming inspection in "
                   "Paris and a further written release is issued."),
             ("p", "Authorised by: Sophie Marchand, cheffe de produit, 22/04/2024."),
         ], author="Sophie Marchand"), DOCX_MT)])))])


# p28 RG011: ERP call-off header 600 vs colour lines 660
case("p28_erp_calloff_sum", ["RG011"],
     "call-off header releases 600 pcs but the colour lines released add up to 660",
     [("VE_calloff_5500001311-001.txt",
       "VANTAGE EYECARE LTD                 SCHEDULING AGREEMENT - CALL-OFF       2024-05-20\n"
       "==================================================================================\n"
       "AGREEMENT   : 5500001311          CALL-OFF NO : 001          CURRENCY : USD\n"
       "SUPPLIER    : 100512  WENZHOU GOLDEN BRIDGE OPTICAL CO LTD\n"
       "MATERIAL    : VE-ACE-4502  ACETATE FRAME 'FINCH' 47-21-140\n"
       "----------------------------------------------------------------------------------\n"
       "AGREEMENT QTY (FIRM)                        1,800 PCS\n"
       "RELEASED QTY THIS CALL-OFF                    600 PCS\n"
       "  LN 10  BLK     RELEASED   240 PCS   DEL 28.06.2024\n"
       "  LN 20  TRT     RELEASED   240 PCS   DEL 28.06.2024\n"
       "  LN 30  ROSE    RELEASED   180 PCS   DEL 28.06.2024\n"
       "BALANCE ON HOLD - NOT RELEASED              1,200 PCS\n"
       "----------------------------------------------------------------------------------\n"
       "MATERIAL AUTHORITY : RELEASED QTY ONLY\n"
       "NEXT RELEASE       : CALL-OFF 002 AFTER LOT 1 ACCEPTANCE, SIGNED BY HELEN BROOKS,\n"
       "                     HEAD OF SUPPLY\n"
       "==================================================================================\n"
       "ISSUED BY: T. OKAFOR (SUPPLY PLANNER)           PRINTED 20.05.2024 08:02 SAPSCM03\n")])


# p29 RG011: buyer portal line released 240, buyer comment says produce 420
_body = (
    "<h2>H&amp;F Supplier Connect</h2>\n"
    "<p>Purchase order <b>HF-PO-77120</b> &middot; Supplier: Wenzhou Jinhui Optical Co., Ltd. &middot; "
    "Model HF-Bea 52-18 pre-series</p>\n"
    + html_table([
        ["Line", "Item", "Colour", "Released qty", "Status"],
        ["1", "HF-Bea pre-series", "Tortoise", "120", "released"],
        ["2", "HF-Bea pre-series", "Crystal", "120", "released"],
        ["", "", "Total released", "240", ""],
        ["3", "HF-Bea production (forecast basis)", "both", "2,160", "not released - on hold"],
    ]) +
    "\n<div class=\"note\"><b>Line 3</b> is released only after the pre-series sign-off in our "
    "Watford store lab and a written release by Rebecca Shaw, Category Buyer.</div>\n"
    "<h3>Comments</h3>\n"
    "<p><b>Rebecca Shaw, 13/05/2024 16:20:</b> Jason - as agreed on the call, please produce 420 "
    "for the pre-series so we can seed all our flagship stores. Thanks!</p>\n"
    "<p><b>Jason Lin, 13/05/2024 17:02:</b> Noted, thank you Rebecca.</p>\n"
)
case("p29_portal_comment_420", ["RG011"],
     "portal lines release 240 pre-series frames while the buyer's comment on the same PO asks to produce 420 for the pre-series",
     [("HF-PO-77120.html", html_page("HF-PO-77120", _body))])


# p31 RG011: forwarded release (rfc822) says 800, forwarding note says go ahead with the 1,000
_rel = mail("Tom Hargreaves <tom@hudsonpine.example.com>",
            "Nora Kaplan <nora@hudsonpine.example.com>",
            "Release HP-R-01 - HP-Ridge launch lot 1", "Tue, 21 May 2024 08:30:00 -0400",
            "Nora,\n\nPre-series signed off yesterday. Please pass this on to Valboite:\n\n"
            "RELEASE HP-R-01\nOrder: HP-Ridge, PO 88214 / quotation VB-2024-118\n"
            "Released now: 800 frames (launch lot 1) - 320 Black, 320 Whiskey Tortoise, 160 Sea Fog\n"
            "Balance: 1,600 frames on hold, not released, until lot-1 QC in New York and my next "
            "written release.\n\nTom Hargreaves\nVP Sourcing, Hudson & Pine Eyewear\n",
            msgid="<hp-r-01@hudsonpine.example.com>")
_t = (
    "Hi Paolo,\n\n"
    "See Tom's release below - please go ahead with the 1,000 as below and ship by the end of July. "
    "Sea Fog looked amazing at the pre-series review, everybody loved it.\n\n"
    "Thanks so much,\n"
    + sig("Nora Kaplan", "Product Development Manager", "Hudson & Pine Eyewear LLC, Brooklyn NY",
          "+1 718 555 0142"))
case("p31_forward_release_800_vs_1000", ["RG011"],
     "forwarded release HP-R-01 releases 800 frames, the forwarding note says go ahead with the 1,000 'as below'",
     [("FW_Release_HP-R-01.eml", eml_bytes(mail(
         "Nora Kaplan <nora@hudsonpine.example.com>",
         "Paolo De Lorenzo <commerciale@valboite.example.it>",
         "FW: Release HP-R-01 - HP-Ridge launch lot 1", "Tue, 21 May 2024 09:12:00 -0400", _t,
         attachments=[("rfc822", _rel)])))])


# p32 RG009 RG011: "release" used for the ERP/PO and for production; 900 in text vs 960 in the table
case("p32_release_note_mixed", ["RG009", "RG011"],
     "'released' used both for the PO in the ERP (1,500) and for production; production release stated as 900 in text but the table sums to 960",
     [("OL_note_de_lancement_OL-24-230.docx", docx_bytes([
         ("h1", "Optique Lumière - Note de lancement / Release note OL-24-230"),
         ("p", "Fournisseur / supplier: Wenzhou Liansheng Optical Co., Ltd. Date: 21/05/2024."),
         ("p", "PO OL-24-230 was released in our ERP on 6 May for 1,500 frames of OL-Garonne, after "
               "the budget committee. This is our commercial commitment for the season."),
         ("p", "Production release: following the pre-series sign-off on 17 May, we release 900 frames "
               "for production now, split as below."),
         ("table", [
             ["Coloris", "Released for production"],
             ["Noir", "400"],
             ["Écaille", "360"],
             ["Cristal", "200"],
         ]),
         ("sp",),
         ("p", "The remaining quantity is not released and stays on hold until lot 1 passes our "
               "incoming inspection in Bordeaux and Antoine Mercier, acheteur montures, sends the next "
               "written release."),
     ], author="Antoine Mercier"))])


# p33 RG012: full-quantity PO, deposit wired "so you can start the production"
_t = (
    "Ciao Lily,\n\n"
    "attached our PO SV-24-0402 for the VT-118 reorder: 1,200 frames, 400 per colour, as per the "
    "table. Abbiamo fatto il bonifico dell'acconto oggi (30%, swift copy attached to the proforma "
    "thread), so you can start the production of the 1,200 frames.\n\n"
    "Packing as last time, please send me the ex-factory date.\n\n"
    "Grazie!\nGiulia\n"
    + sig("Giulia Ferri", "Product Developer", "Studio Vetta Eyewear S.r.l., Milano", "+39 02 8700 4411"))
case("p33_deposit_wired_start", ["RG012"],
     "full-quantity PO of 1,200, but the cover mail makes the deposit transfer the trigger to start production",
     [("PO_SV-24-0402_VT-118_reorder.eml", eml_bytes(mail(
         "Giulia Ferri <giulia.ferri@studiovetta.example.it>",
         "Lily Wang <lily@liansheng-optical.example.cn>",
         "PO SV-24-0402 VT-118 reorder", "Thu, 16 May 2024 15:20:00 +0200", _t, html=para_html(_t),
         attachments=[("PO_SV-24-0402.pdf", pdf([
             ("h1", "Studio Vetta Eyewear S.r.l."),
             ("h", "ORDINE DI ACQUISTO / PURCHASE ORDER SV-24-0402"),
             ("p", "Supplier: Wenzhou Liansheng Optical Co., Ltd. Date 16/05/2024. Reorder VT-118 "
                   "(golden sample GS-VT118-23)."),
             ("table", [
                 ["Pos.", "Article", "Colour", "Qty", "Unit USD"],
                 ["1", "VT-118 49-21-145", "C01 nero", "400", "8.70"],
                 ["2", "VT-118 49-21-145", "C05 tartaruga miele", "400", "8.70"],
                 ["3", "VT-118 49-21-145", "C09 verde bosco", "400", "8.70"],
                 ["", "", "Total", "1,200", ""],
             ]),
             ("p", "Full quantity order. Payment: 30% deposit with order, 70% against copy B/L."),
         ], title="PO SV-24-0402", author="Studio Vetta"), PDF_MT)])))])


# p34 RG012: multi-file; proto PO fully scoped, supplier ack treats PO acceptance as opening production
_t = (
    "Dear Mathilde,\n\n"
    "PO AR-24-052 accepted ✔ Thank you for your trust!\n\n"
    "As the PO is accepted in our system, the production order PRD-24-0881 is now opened for "
    "AR-Ti-2 and the plating line is booked for week 24, so your launch is safe.\n\n"
    "Protos will be ready 27 May.\n\n"
    "Best regards,\n"
    "Kevin Zhou 周凯\nShenzhen Hengtai Metal Frames Co., Ltd.\nTel +86 755 2770 4418\n")
case("p34_po_accepted_production_opened", ["RG012"],
     "PO covers 10 protos with balance on hold; supplier's acknowledgement treats PO acceptance as opening the production order",
     [("PO_AR-24-052.pdf", pdf([
         ("h1", "LUNETTES ARCADIE SARL"),
         ("p", "12 quai de la Fosse, 44000 Nantes"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER AR-24-052"),
         ("p", "Fournisseur: Shenzhen Hengtai Metal Frames Co., Ltd. Date: 13/05/2024. "
               "Modèle AR-Ti-2, titane, 49-20-145."),
         ("table", [
             ["Ligne", "Désignation", "Coloris", "Qté", "Prix USD"],
             ["1", "AR-Ti-2 proto", "Or pâle", "5", "42.00"],
             ["2", "AR-Ti-2 proto", "Bronze", "5", "42.00"],
             ["", "Total", "", "10", ""],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers the 10 protos only. The quoted production quantity of 990 frames "
               "is not released. It is released only after our proto sign-off in Nantes and a written "
               "production release from Mathilde Garnier, Responsable achats."),
     ], title="PO AR-24-052", author="Lunettes Arcadie")),
      ("RE_PO_AR-24-052_accepted.eml", eml_bytes(mail(
          "Kevin Zhou <kevin@hengtai-metal.example.cn>",
          "Mathilde Garnier <m.garnier@arcadie.example.fr>",
          "RE: PO AR-24-052", "Wed, 15 May 2024 09:30:00 +0800", _t)))])


# ---------------------------------------------------------------- batch 4

# c16 clean: multi-file; proto PO declares the quote tiers informational, quote, supplier ack
case("c16_po_quote_ack_bundle", [],
     "PO for 24 protos declares quote tiers 1,176/2,376 informational and not released, sample-only material, sign-off + release by Claire Vasseur; quote and ack consistent",
     [("PO_AS-2405-14.pdf", pdf([
         ("h1", "ATELIER SOREL SAS"),
         ("p", "27 rue Mercière, 69002 Lyon - SIRET 812 345 678 00021"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER AS-2405-14"),
         ("p", "Fournisseur: Wenzhou Golden Bridge Optical Co., Ltd. Date: 14/05/2024. Modèle SR-09 acétate 48-22-145."),
         ("table", [
             ["Ligne", "Coloris", "Qté protos", "Prix USD"],
             ["1", "Écaille claire", "6", "37.00"],
             ["2", "Noir", "6", "37.00"],
             ["3", "Vert anglais", "6", "37.00"],
             ["4", "Rose thé", "6", "37.00"],
             ["", "Total", "24", ""],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers the 24 protos only. The production quantities in your quotation "
               "GB-Q-0433 (1,176 and 2,376 frames) are for information only and are not released."),
         ("p", "Material authority: sample-only - no acetate, hinges or cases for production."),
         ("p", "Unlock: production is released only after the proto sign-off at our wear test and a "
               "written production release signed by Claire Vasseur, Responsable développement produit."),
     ], title="PO AS-2405-14", author="Atelier Sorel")),
      ("Quotation_GB-Q-0433.pdf", pdf([
          ("h1", "WENZHOU GOLDEN BRIDGE OPTICAL CO., LTD."),
          ("h", "QUOTATION GB-Q-0433"),
          ("p", "Customer: Atelier Sorel SAS. Model SR-09 acetate. Date: 8 May 2024."),
          ("table", [
              ["Tier", "Quantity", "Unit USD", "Lead time"],
              ["Proto (4 colours x 6)", "24", "37.00", "18 days"],
              ["Production A", "1,176", "9.40", "55 days"],
              ["Production B", "2,376", "8.60", "60 days"],
          ]),
          ("p", "FOB Wenzhou. Validity 60 days. Vivian Chen, Sales Manager."),
      ], title="Quotation GB-Q-0433", author="Golden Bridge")),
      ("ACK_AS-2405-14.txt",
       "WENZHOU GOLDEN BRIDGE OPTICAL CO., LTD. - ORDER ACKNOWLEDGEMENT\n"
       "Customer PO : AS-2405-14 (Atelier Sorel SAS)\n"
       "Date        : 15-May-2024\n"
       "-----------------------------------------------------------\n"
       "We confirm: 24 protos SR-09 (4 colours x 6 pcs), ready 5-Jun-2024.\n"
       "Production quantities of quotation GB-Q-0433: NOT released, not planned.\n"
       "No acetate or hinges will be bought for production.\n"
       "We wait for the written production release signed by Ms Claire Vasseur.\n"
       "-----------------------------------------------------------\n"
       "Vivian Chen, Sales Manager\n")])


# c18 clean: supplier proforma for samples only, states payment does not release bulk
case("c18_proforma_samples_only", [],
     "supplier proforma for 20 samples; states bulk 1,980 is not included, not in production, and payment does not release bulk",
     [("PI-SOI-24-077.pdf", pdf([
         ("h1", "SUNRISE OPTICAL INDUSTRIES"),
         ("p", "C-41, Sector 63, Noida 201301, Uttar Pradesh, India - GSTIN 09ABCDE1234F1Z5"),
         ("h", "PROFORMA INVOICE PI-SOI-24-077"),
         ("p", "Buyer: Bramble & Hook Eyewear Ltd, 41 Columbia Road, London E2 7RG. Date: 09-May-2024. "
               "Your reference: PO BH-0430 (samples)."),
         ("table", [
             ["S.No.", "Description", "HSN", "Qty", "Rate USD", "Amount USD"],
             ["1", "BH-Wren metal frame sample, gold", "9003.19", "10", "18.00", "180.00"],
             ["2", "BH-Wren metal frame sample, silver", "9003.19", "10", "18.00", "180.00"],
             ["", "Courier (DHL)", "", "", "", "45.00"],
             ["", "Total", "", "20", "", "405.00"],
         ]),
         ("sp",),
         ("p", "This proforma covers the 20 sample frames only. The bulk quantity in our quotation "
               "(1,980 pcs) is not part of this proforma and is not in production."),
         ("p", "Payment of this proforma does not release bulk production. We will start bulk only on "
               "your written production release."),
         ("p", "Bank: State Bank of India, Sector 18 Noida, SWIFT SBININBB123 (example). "
               "For Sunrise Optical Industries - Rohit Sharma, Export Manager."),
     ], title="PI-SOI-24-077", author="Sunrise Optical"))])


# c19 clean: release email + DOCX letter for the complete remaining balance, after the unlock event
_t = (
    "Dear Fujimoto-san, dear Sato-san,\n\n"
    "I hope you are both well and that the rainy season has not started yet in Sabae. Thank you "
    "again for hosting Harriet and me in June - the visit to the plating line was the highlight "
    "of our trip.\n\n"
    "Lot 1 of KO-Ti-22 'Avon' (400 frames) passed our incoming inspection on 2 August with no "
    "major defects (AQL 1.0, two cosmetic minors on gold, both within our limit sample).\n\n"
    "Please find attached production release no. 2: it releases the remaining 600 frames "
    "(300 gold, 300 matte silver). With this release nothing remains on hold on PO KO-4410 rev 2.\n\n"
    "Could you please confirm the ex-factory date by return? Our forwarder will book the space from "
    "Osaka as before.\n\n"
    "With kind regards,\n"
    + sig("James Whitcombe", "Technical Director", "Kestrel Optics Ltd, Bristol", "+44 117 496 0300"))
case("c19_release_remaining_balance", [],
     "release letter after lot-1 inspection releases the complete remaining 600 frames, signed by the named director; no balance left",
     [("KO-Ti-22_release_no2.eml", eml_bytes(mail(
         "James Whitcombe <james@kestreloptics.example.co.uk>",
         "Fujimoto Kenji <k.fujimoto@fujimoto-ti.example.jp>",
         "KO-Ti-22 Avon - production release no. 2", "Mon, 5 Aug 2024 09:15:00 +0100", _t,
         cc="Sato Yumi <y.sato@fujimoto-ti.example.jp>",
         attachments=[("KO-4410_production_release_2.docx", docx_bytes([
             ("h1", "Kestrel Optics Ltd - Production release no. 2"),
             ("p", "Order: KO-Ti-22 'Avon', PO KO-4410 rev 2. Supplier: Fujimoto Titanium Works Co., Ltd., Sabae."),
             ("p", "Unlock event: lot 1 (400 frames) passed incoming inspection, Bristol, 2 August 2024."),
             ("table", [
                 ["Colour", "Released by this document"],
                 ["Gold", "300"],
                 ["Matte silver", "300"],
                 ["Total", "600"],
             ]),
             ("sp",),
             ("p", "Order status after this release: samples 20 (delivered), lot 1 400 (delivered), "
                   "lot 2 600 (released now). Balance on hold: none."),
             ("p", "Authorised by: James Whitcombe, Technical Director, 5 August 2024."),
         ], author="James Whitcombe"), DOCX_MT)])))])


# c20 clean: WeChat logistics and small talk, no authorization
case("c20_wechat_logistics", [],
     "logistics and admin chat (AWB, invoice, swatches, holidays); nothing is authorized",
     [("wechat_vetta_liansheng_logistics.txt",
       "WeChat chat history export - Lily Wang 王丽 <-> Giulia Ferri\n"
       "------------------------------------------------------------\n"
       "2024-05-27 08:10 Lily Wang 王丽\n"
       "Good morning Giulia, DHL for VT-214 protos picked up, AWB 5531 0298 77. Invoice and packing list in email 📎\n\n"
       "2024-05-27 08:11 Lily Wang 王丽\n"
       "[File] INV-LS-24-0519.pdf\n\n"
       "2024-05-27 14:02 Giulia Ferri\n"
       "Grazie Lily! Can you put the HS code 9003.11 on the invoice next time? Our customs broker asked\n\n"
       "2024-05-27 14:05 Lily Wang 王丽\n"
       "Sure, no problem\n\n"
       "2024-05-27 14:07 Giulia Ferri\n"
       "Also could you send me 2 extra acetate swatches of C03 cristallo rosa for our designer? No rush\n\n"
       "2024-05-27 14:09 Lily Wang 王丽\n"
       "OK I put in next DHL. By the way factory closed 10-12 June for Dragon Boat festival 🐉\n\n"
       "2024-05-27 14:10 Giulia Ferri\n"
       "Good to know, thanks! Buona festa 😊\n\n"
       "2024-05-30 09:30 Giulia Ferri\n"
       "Protos arrived, unpacking now. I'll come back after our review meeting next week\n")])


# c21 clean: tech pack DOCX that says it is not an order
case("c21_tech_pack_not_order", [],
     "tech pack with measurements table; states it is not an order and authorizes no quantity or material",
     [("HP-Wire_tech_pack_v3.docx", docx_bytes([
         ("h1", "Hudson & Pine Eyewear - Tech pack HP-Wire v3"),
         ("p", "Supplier: Shenzhen Hengtai Metal Frames Co., Ltd. Issued 30 April 2024 by Nora Kaplan."),
         ("h", "Status"),
         ("p", "This tech pack describes the product only. It is not a purchase order and does not "
               "authorise any quantity, production or material purchase. Quantities are authorised only "
               "by a Hudson & Pine PO and, for production, by a written release from Tom Hargreaves, "
               "VP Sourcing."),
         ("h", "Construction"),
         ("p", "Stainless steel 316L front (0.8 mm wire), beta-titanium temples, adjustable silicone pads, "
               "5-barrel hinge, acetate temple tips in matching colour. Plating: IP gold / IP gunmetal, "
               "salt-spray 24 h per ISO 9227, nickel release per EN 1811."),
         ("table", [
             ["Dimension", "Size 49", "Size 52", "Tolerance"],
             ["A (lens width)", "49.0 mm", "52.0 mm", "+/- 0.3"],
             ["DBL (bridge)", "21.0 mm", "20.0 mm", "+/- 0.3"],
             ["Temple length", "145 mm", "145 mm", "+/- 1.0"],
             ["B (lens height)", "42.5 mm", "44.0 mm", "+/- 0.3"],
             ["Front base curve", "4 base", "4 base", ""],
         ]),
         ("sp",),
         ("p", "Logo: laser on the inside of the left temple 'HUDSON & PINE / HP-WIRE 49-21-145'. "
               "Demo lens with removable sticker."),
     ], author="Nora Kaplan"))])


# p35 RG002 RG010 RG012: WhatsApp, deposit paid -> "crack on", no quantity from the buyer
case("p35_whatsapp_crack_on", ["RG002", "RG010", "RG012"],
     "buyer answers the supplier's deposit request with 'deposit's gone through, crack on'; payment as start signal, no quantity, unscoped",
     [("WhatsApp_Chat_Ray_Mingda.txt",
       "[20/05/2024, 10:12] Ray Chen Mingda: Hi Liam, PI for Coolangatta bulk sent to your email, "
       "1,500 pcs total 3 colours\n"
       "[20/05/2024, 10:12] Ray Chen Mingda: Pls arrange 30% deposit then we can start, ok?\n"
       "[20/05/2024, 10:15] Ray Chen Mingda: Lens supplier need 20 days for the new mirror colour\n"
       "[21/05/2024, 16:48] Liam Walsh: Deposit's gone through mate, crack on 👍\n"
       "[21/05/2024, 16:50] Ray Chen Mingda: Received with thanks Liam 🙏\n"
       "[21/05/2024, 16:51] Liam Walsh: Legend. Chat next week re cartons\n")])


# p36 RG012: supplier proforma makes the deposit the production trigger while PP samples are pending
case("p36_proforma_deposit_trigger", ["RG012"],
     "supplier proforma states production starts upon receipt of the 30% deposit, while the PP samples are still awaiting the buyer's comments",
     [("PI_DF-2405-061.pdf", pdf([
         ("h1", "WENZHOU DONGFANG OPTICAL CO., LTD."),
         ("p", "Building 3, Nanbaixiang Industrial Park, Ouhai, Wenzhou, Zhejiang"),
         ("h", "PROFORMA INVOICE DF-2405-061"),
         ("p", "To: Lakeshore Vision Centers Inc. Your ref.: LV-AC-7020. Date: 13 May 2024."),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "LV-AC-7020 acetate 53-17-145 black", "600", "7.85", "4,710.00"],
             ["2", "LV-AC-7020 acetate 53-17-145 tortoise", "600", "7.85", "4,710.00"],
             ["", "Total", "1,200", "", "9,420.00"],
         ]),
         ("sp",),
         ("p", "Sample status: PP samples sent 10 May by FedEx, waiting for your comments."),
         ("p", "Terms: 30% T/T deposit. Production will start upon receipt of the deposit. "
               "Balance 70% T/T before shipment against copy of packing list."),
         ("p", "Bank: Bank of China Wenzhou Branch, SWIFT BKCHCNBJ92A (example)."),
         ("p", "Peter Xu, Sales Dept."),
     ], title="PI DF-2405-061", author="Dongfang Optical"))])


# p37 RG009 RG012: 'approved' for samples, PO and production; deposit as the start signal
_t = (
    "Hi Tanaka-san,\n\n"
    "Good news from San Francisco! Our PO LO-2405-33 for the 600 titanium frames (LO-Ti-4, 300 "
    "gold / 300 antique silver) has been approved by finance, and the 30% deposit was paid "
    "yesterday - you should see it on Monday.\n\n"
    "The samples were approved by our optician team last month, so please consider this email your "
    "approval to start the 600 frames.\n\n"
    "Looking forward to seeing them in our stores for the holidays.\n\n"
    "Best,\n"
    + sig("Ethan Brooks", "Buyer, Frames", "Larkspur Optical, San Francisco CA", "+1 415 555 0163"))
case("p37_approved_by_finance_deposit", ["RG009", "RG012"],
     "'approved' used for the samples, the PO (finance) and the production start; the deposit payment is given as the reason to start",
     [("LO-2405-33_LO-Ti-4.eml", eml_bytes(mail(
         "Ethan Brooks <ethan@larkspuroptical.example.com>",
         "Tanaka Hiroshi <h.tanaka@hayashi-optical.example.jp>",
         "LO-2405-33 LO-Ti-4", "Fri, 17 May 2024 17:05:00 -0700", _t, html=para_html(_t))))])


# p38 RG009: 'approved' and 'released' each used for technical, commercial and production steps
_t = (
    "Hi Jason,\n\n"
    "Quick status on HF-Cal before the bank holiday:\n\n"
    "1) The protos are approved (fit and colour). Thank you for the quick turnaround.\n"
    "2) The PO HF-PO-77188 for the season quantity of 1,800 frames is approved by our finance director.\n"
    "3) Release for production will follow once the PO is released in SAP next week.\n\n"
    "To be clear: right now only the 18 protos are covered. The 1,782 production frames are not "
    "released, please don't buy acetate or hinges for them. The production release will come in "
    "writing from me after the SAP step.\n\n"
    "Have a lovely weekend,\n"
    + sig("Rebecca Shaw", "Category Buyer, Frames", "Harlow & Finch Opticians, Watford",
          "+44 1923 555 014"))
case("p38_status_approved_released", ["RG009"],
     "'approved' used for the protos and for the PO, 'released' for the SAP step and for production; scope, hold, event and person present",
     [("HF-Cal_status.eml", eml_bytes(mail(
         "Rebecca Shaw <rebecca.shaw@harlowfinch.example.co.uk>",
         "Jason Lin <jason@jinhui-optical.example.cn>",
         "HF-Cal status", "Fri, 24 May 2024 16:30:00 +0100", _t)))])


# p39 RG009: portal shows PO status 'RELEASED' (finance) next to production release fields
_body = (
    "<h2>LVC Vendor Portal - Purchase Order 7700512</h2>\n"
    "<table>\n<tr><th>PO status</th><td><b>RELEASED</b> (finance workflow completed 06/05/2024)</td></tr>\n"
    "<tr><th>Vendor</th><td>300918 Ruian Huaxin Optical Co Ltd</td></tr>\n"
    "<tr><th>Buyer</th><td>Jennifer M. Kowalski, Director of Merchandise Sourcing</td></tr>\n</table>\n"
    "<h3>Lines</h3>\n"
    + html_table([
        ["Ln", "Item", "Description", "Qty", "Production release"],
        ["01", "LV-AC-7101", "Acetate 50-20-140 samples, 3 colours x 8", "24", "released"],
        ["02", "LV-AC-7101", "Acetate 50-20-140 production", "2,376", "NOT RELEASED - on hold"],
    ]) +
    "\n<div class=\"note\">Line 02 will be released only after sample sign-off at our Naperville lab and "
    "a written release from Jennifer M. Kowalski. Material authority: samples only.</div>\n"
    "<p><small>LVC Vendor Portal 2024.1 - vendor manual section 4 applies.</small></p>"
)
case("p39_portal_po_released", ["RG009"],
     "portal shows the PO status as 'RELEASED' (finance workflow) beside a 'production release' column where the 2,376 are not released",
     [("LVC_portal_PO_7700512.html", html_page("LVC Vendor Portal - PO 7700512", _body))])


# p40 RG002 RG009: WeChat, colours approved, price approved, "all approved, go ahead!"
case("p40_wechat_all_approved", ["RG002", "RG009"],
     "'approved' used for colours (technical) and price (commercial), then 'All approved, go ahead!' with no quantity or sample scope",
     [("wechat_brenta_huaxin_BR-Vela.txt",
       "WeChat chat history - Sara Benetti <-> Jack Chen 陈杰 (Ruian Huaxin)\n"
       "------------------------------------------------------------\n"
       "2024-05-06 09:20 Sara Benetti\n"
       "Buongiorno Jack, PO 24-0630 is for 24 protos BR-Vela (6 per colour). The balance of 1,176 is on "
       "hold until our proto sign-off and my written release (Sara Benetti). Grazie!\n\n"
       "2024-05-06 09:41 Jack Chen 陈杰\n"
       "Good morning Sara, received 👌\n\n"
       "2024-05-14 10:02 Jack Chen 陈杰\n"
       "Sara, lab dips for BR-Vela colour card, photo attached. Also acetate price up, new price USD 9.40 "
       "for bulk. Please confirm\n\n"
       "2024-05-14 10:02 Jack Chen 陈杰\n"
       "[Image]\n\n"
       "2024-05-14 15:37 Sara Benetti\n"
       "Colours approved ✅ price approved too. All approved, go ahead!\n\n"
       "2024-05-14 15:40 Jack Chen 陈杰\n"
       "Thank you Sara!! 🙏🙏\n")])


# p42 RG008: forecast of 3,600 declared a firm commitment in a reply to the Sabae factory
_quoted = (
    "Dear Ms. Patel,\n\n"
    "Thank you for the call-off of 300 frames. For our annual planning of the titanium line, could "
    "you please tell us your expected volume for SC-TI-07 for the next 12 months?\n\n"
    "Best regards,\nHosokawa Ryo\nSales, Hosokawa Frame Kogyo K.K.\n")
_t = (
    "Dear Hosokawa-san,\n\n"
    "Thank you for asking. Our forecast for the next twelve months is 3,600 frames of SC-TI-07 "
    "(roughly 300 a month). Please consider it our firm commitment and plan your titanium line "
    "accordingly.\n\n"
    "Released for production today is call-off CO-24-040 only: 300 frames. Anything beyond the 300 "
    "is not released and needs our next call-off, signed by me after lot 1 has been accepted in "
    "Melbourne.\n\n"
    "Kind regards,\n"
    + sig("Grace Patel", "Category Manager Frames & Sun", "Southern Cross Optical Group Pty Ltd",
          "+61 3 9000 4471")
    + "\n\n-----Original Message-----\nFrom: Hosokawa Ryo\nSent: Tuesday, 14 May 2024 10:11\n"
    "Subject: SC-TI-07 annual volume\n\n" + quote_block(_quoted) + "\n")
case("p42_forecast_firm_commitment", ["RG008"],
     "12-month forecast of 3,600 frames declared 'our firm commitment'; current release 300 with hold, next call-off and named signer",
     [("RE_SC-TI-07_annual_volume.eml", eml_bytes(mail(
         "Grace Patel <grace.patel@scog.example.com.au>",
         "Hosokawa Ryo <r.hosokawa@hosokawa-kogyo.example.jp>",
         "RE: SC-TI-07 annual volume", "Wed, 15 May 2024 11:02:00 +1000", _t)))])


# p43 RG008: multi-file; non-binding forecast, supplier confirms it as a firm order of 5,000
case("p43_supplier_confirms_forecast", ["RG008"],
     "buyer's Q3 forecast is labelled non-binding; the supplier's confirmation calls it 'your firm order of 5,000 pcs'",
     [("VE_forecast_Q3_2024.docx", docx_bytes([
         ("h1", "Vantage Eyecare - Supplier forecast Q3 2024"),
         ("p", "Supplier: Ruian Huaxin Optical Co., Ltd. Issued: 2 May 2024 by T. Okafor, Supply Planner."),
         ("p", "Forecast only - non-binding. This document is not a purchase order or a call-off and "
               "does not authorise production or material purchase."),
         ("table", [
             ["Material", "Description", "Jul", "Aug", "Sep", "Q3 total"],
             ["VE-ACE-4419", "Wren 49-20-140", "800", "800", "900", "2,500"],
             ["VE-ACE-4502", "Finch 47-21-140", "700", "900", "900", "2,500"],
             ["", "Total", "1,500", "1,700", "1,800", "5,000"],
         ]),
     ], author="T. Okafor")),
      ("HX_order_confirmation_OC-24-118.pdf", pdf([
          ("h1", "RUIAN HUAXIN OPTICAL CO., LTD."),
          ("h", "ORDER CONFIRMATION OC-HX-24-118"),
          ("p", "To: Vantage Eyecare Ltd, Bristol. Date: 6 May 2024."),
          ("p", "Thank you for your firm order of 5,000 pcs (ref. your forecast Q3 2024 dated 2 May). "
                "We confirm the following production plan:"),
          ("table", [
              ["Model", "Jul", "Aug", "Sep", "Total"],
              ["Wren VE-ACE-4419", "800", "800", "900", "2,500"],
              ["Finch VE-ACE-4502", "700", "900", "900", "2,500"],
          ]),
          ("p", "Capacity on lines 2 and 3 is reserved for your order."),
          ("p", "Jack Chen, Sales Manager"),
      ], title="OC-HX-24-118", author="Ruian Huaxin"))])


# p44 RG008: planning schedule declares forecast lines binding purchase commitments
case("p44_schedule_fcst_binding", ["RG008"],
     "planning schedule releases the week-27 firm line but declares all forecast (FCST) lines binding purchase commitments",
     [("LVC_planning_schedule_830_wk20.txt",
       "LAKESHORE VISION CENTERS INC       MATERIAL RELEASE / PLANNING SCHEDULE (830)     WK 20-2024\n"
       "==========================================================================================\n"
       "VENDOR : 300912 WENZHOU DONGFANG OPTICAL CO LTD      ITEM : LV-AC-5520 ACETATE 52-18-140\n"
       "SCHEDULE ID : PS-5520-0520        HORIZON : WK 27 - WK 39\n"
       "------------------------------------------------------------------------------------------\n"
       "WEEK    TYPE   QTY    NOTE\n"
       "WK 27   FIRM    300   RELEASED FOR PRODUCTION - SHIP BY 07/05/2024\n"
       "WK 31   FCST    400\n"
       "WK 35   FCST    400\n"
       "WK 39   FCST    500\n"
       "------------------------------------------------------------------------------------------\n"
       "FCST LINES: DO NOT START PRODUCTION. A FCST LINE BECOMES A RELEASE ONLY WHEN IT TURNS FIRM ON A\n"
       "LATER SCHEDULE ISSUED BY J. M. KOWALSKI, DIRECTOR OF MERCHANDISE SOURCING.\n"
       "\n"
       "ALL QUANTITIES ON THIS SCHEDULE, INCLUDING FCST LINES, ARE BINDING PURCHASE COMMITMENTS OF\n"
       "LAKESHORE VISION CENTERS INC.\n"
       "==========================================================================================\n"
       "TRANSMITTED VIA EDI 830 / PRINTED COPY FOR VENDOR FILE\n")])


# p46 RG008: chat, 2k forecast for 2025 'consider it ordered'
case("p46_chat_consider_it_ordered", ["RG008"],
     "buyer writes the 2,000 forecast for 2025 as an order: 'consider it ordered, it's a done deal'",
     [("WhatsApp_Chat_Jenny_GoldenBridge.txt",
       "[03/06/2024, 10:02] Jenny Wu Golden Bridge: Oliver good morning, for next year planning how many "
       "Finch you think? We need to plan acetate contract with Mazzucchelli\n"
       "[03/06/2024, 10:30] Oliver Grant: Morning Jenny! Forecast is 2k Finch for 2025\n"
       "[03/06/2024, 10:31] Oliver Grant: Consider it ordered, honestly it's a done deal, the stores "
       "love it. PO will follow in January when the budget opens\n"
       "[03/06/2024, 10:33] Jenny Wu Golden Bridge: Great news!! 2,000 Finch for 2025, noted 👍\n"
       "[03/06/2024, 10:34] Oliver Grant: 🙌\n")])


# ---------------------------------------------------------------- batch 5

# c22 clean: Australian pre-series PO printout with every element of the scope
case("c22_preseries_po_complete", [],
     "pre-series PO: 50 frames active, 950 not released, sample-only material, unlock = pre-series sign-off + revised PO, Sienna Clarke releases",
     [("KOP_PO_PO-10442.txt",
       "KOOKABURRA OPTICAL PTY LTD                               PURCHASE ORDER  PO-10442\n"
       "Level 2, 88 Hay Street, Perth WA 6000          ABN 63 104 557 920\n"
       "------------------------------------------------------------------------------\n"
       "Date        : 21/05/2024            Currency : USD        Terms : 30 days EOM\n"
       "Supplier    : EVERBRIGHT EYEWEAR MANUFACTURING CO., LTD (LONGGANG, SHENZHEN)\n"
       "Deliver to  : Kookaburra DC, 14 Sheffield Road, Welshpool WA 6106\n"
       "------------------------------------------------------------------------------\n"
       "Item        Description                          Qty   Unit      Amount\n"
       "KO-SWAN-BK  Swan acetate 52-18-145 Black PRE-SER   25   12.80     320.00\n"
       "KO-SWAN-AM  Swan acetate 52-18-145 Amber PRE-SER   25   12.80     320.00\n"
       "                                           Total   50             640.00\n"
       "------------------------------------------------------------------------------\n"
       "SCOPE NOTE\n"
       "  Active quantity    : 50 pre-series frames (25 Black, 25 Amber) - make now.\n"
       "  Balance            : 950 frames of quotation EB-Q-3510 - NOT released.\n"
       "  Material authority : sample-only (pre-series 50 frames). No acetate for the balance.\n"
       "  Unlock event       : pre-series sign-off at our Perth office AND a revised PO\n"
       "                       adding the production lines.\n"
       "  Release authority  : Sienna Clarke, GM Merchandise.\n"
       "------------------------------------------------------------------------------\n"
       "Printed from NetSuite 24.1 by s.clarke - page 1/1\n")])


# c23 clean: Sabae full-quantity titanium PO (PDF)
case("c23_sabae_full_po", [],
     "firm full-quantity PO for 300 titanium frames (150/150), production of the 300 requested; no samples, no balance",
     [("Delorme_commande_DL-24-140.pdf", pdf([
         ("h1", "MAISON DELORME"),
         ("p", "18 rue de Turenne, 75004 Paris - SIRET 498 765 432 00017"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER DL-24-140"),
         ("p", "Fournisseur / supplier: Hosokawa Frame Kogyo K.K., Sabae, Fukui, Japon. Date: 16/05/2024."),
         ("p", "Modèle DL-TI-9 'Vosges', titane pur, plaquettes titane, 47-22-145. Référence prototype "
               "signé: DL-TI-9 PT-3 (sign-off du 2 mai 2024). Norme: ISO 12870:2016."),
         ("table", [
             ["Ligne", "Coloris", "Qté", "Prix JPY", "Montant JPY"],
             ["1", "Or mat", "150", "6.900", "1.035.000"],
             ["2", "Bleu nuit", "150", "6.900", "1.035.000"],
             ["", "Total", "300", "", "2.070.000"],
         ]),
         ("sp",),
         ("p", "Commande ferme pour la quantité totale de 300 montures - firm order for the full "
               "quantity of 300 frames. Merci de lancer la production des 300 montures selon le tableau "
               "/ please start production of the 300 frames as per the table."),
         ("p", "Livraison: FCA Osaka, semaine 30. Emballage: étui Delorme fourni par nos soins (300 pcs "
               "envoyés séparément)."),
         ("p", "Sophie Marchand, cheffe de produit"),
     ], title="DL-24-140", author="Maison Delorme"))])


# c25 clean: multi-file, buyer PO page (HTML) + Cadore order confirmation restating the scope
_body = (
    "<h2>Larkspur Optical - Purchase Order LO-2405-41</h2>\n"
    "<p>Vendor: Occhialeria Valboite S.r.l., Borca di Cadore &middot; Date: 05/21/2024 &middot; "
    "Ref. quotation VB-2024-131</p>\n"
    + html_table([
        ["Line", "Item", "Description", "Qty", "Unit EUR"],
        ["1", "LO-AC-12", "Hand-made proto, Black", "4", "92.00"],
        ["2", "LO-AC-12", "Hand-made proto, Honey tortoise", "4", "92.00"],
        ["3", "LO-AC-12", "Hand-made proto, Smoke", "4", "92.00"],
        ["", "", "Total", "12", ""],
    ]) +
    "\n<div class=\"note\"><b>Scope of this PO:</b> 12 protos only. The production quantity of 900 "
    "frames in quotation VB-2024-131 is not released. Material authority: sample-only. Production is "
    "released only after our proto sign-off in San Francisco and a written production release signed "
    "by Ethan Brooks, Buyer, Frames.</div>\n"
)
case("c25_po_html_and_conferma", [],
     "buyer PO (HTML) for 12 protos with hold, sample-only material, sign-off + release by Ethan Brooks; Cadore confirmation restates the same scope",
     [("LO-2405-41.html", html_page("PO LO-2405-41", _body)),
      ("Conferma_ordine_2024-329.pdf", pdf([
          ("h1", "OCCHIALERIA VALBOITE S.r.l."),
          ("h", "CONFERMA D'ORDINE n. 2024/329"),
          ("p", "Cliente: Larkspur Optical, San Francisco CA. Vostro ordine LO-2405-41 del 21/05/2024."),
          ("table", [
              ["Pos.", "Articolo", "Colore", "Q.tà"],
              ["1", "LO-AC-12 prototipo", "Nero", "4"],
              ["2", "LO-AC-12 prototipo", "Tartaruga miele", "4"],
              ["3", "LO-AC-12 prototipo", "Fumo", "4"],
              ["", "Totale", "", "12"],
          ]),
          ("sp",),
          ("p", "Confermiamo 12 prototipi. La produzione (900 pz, offerta VB-2024-131) NON è rilasciata e "
                "non è pianificata; nessun acquisto di acetato per la produzione. Attendiamo il vostro "
                "rilascio scritto firmato da Mr Ethan Brooks dopo il sign-off dei prototipi. / We confirm "
                "12 protos. Production (900 pcs) is NOT released and not planned; we wait for the "
                "written release signed by Mr Ethan Brooks after the proto sign-off."),
          ("p", "Paolo De Lorenzo - Ufficio Commerciale"),
      ], title="Conferma d'ordine 2024/329", author="Occhialeria Valboite"))])


# p47 RG001 RG003 RG004 RG005: DOCX sample PO with a production-quantity column, nothing on the balance
case("p47_sample_po_prod_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (DOCX) shows 18 protos and, in the same table, the 2,160 production quantity with no 'not released' note; no event, no person",
     [("Delorme_BC_echantillons_DL-24-151.docx", docx_bytes([
         ("h1", "Maison Delorme - Bon de commande échantillons DL-24-151"),
         ("p", "Fournisseur: Ruian Huaxin Optical Co., Ltd., Wenzhou. Date: 23/05/2024. Modèle DL-520 "
               "'Marais', acétate 50-20-145."),
         ("table", [
             ["Coloris", "Qté échantillons (ce BC)", "Qté production (devis HX-1044)", "Prix échantillon USD"],
             ["Noir", "6", "720", "34.00"],
             ["Écaille", "6", "720", "34.00"],
             ["Cristal fumé", "6", "720", "34.00"],
             ["Total", "18", "2,160", ""],
         ]),
         ("sp",),
         ("p", "Livraison des échantillons: Paris, DHL Express, avant le 20 juin 2024."),
         ("p", "Charnières 5 barillets, rivets losange argent, logo à chaud intérieur branche gauche."),
         ("p", "Sophie Marchand, cheffe de produit"),
     ], author="Sophie Marchand"))])


# p48 RG001 RG003 RG004 RG005: supplier gateway PO with sample qty beside launch qty and launch date
_body = (
    "<h2>Brightside Supplier Gateway</h2>\n"
    "<p>PO <b>BO-SMP-24-0211</b> &middot; Supplier: Shenzhen Everbright Eyewear &middot; Range: 'Harrogate' "
    "metal &middot; Buyer: Priya Nair</p>\n"
    + html_table([
        ["Style", "Colour", "Sample qty", "Launch qty", "Launch date"],
        ["HG-11", "Gold", "8", "800", "Oct 2024"],
        ["HG-11", "Gunmetal", "8", "800", "Oct 2024"],
        ["HG-12", "Rose gold", "8", "800", "Oct 2024"],
        ["Total", "", "24", "2,400", ""],
    ]) +
    "\n<p>Samples due in Leeds: 21 June 2024. Please upload the sample test reports (EN ISO 12870, "
    "EN 1811) to the Gateway before shipping.</p>\n"
    "<p><small>Brightside Supplier Gateway &middot; terms of purchase v7 apply</small></p>"
)
case("p48_gateway_launch_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO on the portal lists 24 samples beside a 2,400 launch quantity and launch date, with no hold, event or release person",
     [("Brightside_gateway_BO-SMP-24-0211.html", html_page("Brightside Supplier Gateway", _body))])


# p49 RG001 RG003 RG004 RG005: sample PO mail with HTML quote attachment showing 3,000 bulk
_t = (
    "Hi Ray,\n\n"
    "Thanks for the quote, and for the mirror lens swatches - the 'Atlantic blue' is exactly what "
    "we were after.\n\n"
    "PO PW-0098 attached for the Gwithian samples: go ahead with the 16 samples, 8 per colour "
    "(matte black / atlantic blue mirror, clear sand / gold mirror). Your quote is attached again "
    "so you have the spec in one place.\n\n"
    "Ta,\nKit\n\n"
    "Kit Trelawney | Founder | Penhallow Eyewear | St Ives, Cornwall\n")
_q = html_page("Quotation MD-Q-2417", (
    "<h2>Shenzhen Mingda Sunglasses Co., Ltd. - Quotation MD-Q-2417</h2>\n"
    "<p>Customer: Penhallow Eyewear. Model: Gwithian, TR90, polarised mirror CAT 3.</p>\n"
    + html_table([
        ["Item", "Qty", "Unit USD", "Lead time"],
        ["Samples (2 colours x 8)", "16", "15.00", "15 days"],
        ["Bulk", "3,000", "4.85", "45 days"],
    ]) + "\n<p>FOB Shenzhen. Lens UV400, AS/NZS 1067 and EN ISO 12312-1 test report included.</p>"))
case("p49_sample_mail_quote_html", ["RG001", "RG003", "RG004", "RG005"],
     "go-ahead scoped to 16 samples, but the attached quote shows 3,000 bulk with nothing saying it is not released; no event, no person",
     [("PW-0098_Gwithian_samples.eml", eml_bytes(mail(
         "Kit Trelawney <kit@penhallow.example.co.uk>",
         "Ray Chen <ray@mingda-sun.example.cn>",
         "PW-0098 Gwithian samples", "Tue, 21 May 2024 12:40:00 +0100", _t,
         attachments=[("PO_PW-0098.txt",
                       "PENHALLOW EYEWEAR LTD - PO PW-0098 - 21/05/2024\n"
                       "Supplier: Shenzhen Mingda Sunglasses Co., Ltd.\n"
                       "1  Gwithian sample, matte black / atlantic blue mirror   8 pcs  USD 15.00\n"
                       "2  Gwithian sample, clear sand / gold mirror             8 pcs  USD 15.00\n"
                       "   Total                                               16 pcs  USD 240.00\n",
                       "text/plain"),
                      ("Quotation_MD-Q-2417.html", _q, "text/html")])))])


# p50 RG001 RG003 RG004 RG005: multi-file, ERP sample PO + supplier quote with bulk tier as separate files
case("p50_erp_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 12 frames plus the supplier quote (1,200 bulk) in the same folder; nothing says the bulk is not released, no event, no person",
     [("OC_ODA_0004471.txt",
       "OTTICENTRO ITALIA S.P.A.        ORDINE D'ACQUISTO          N. 0004471   PAG. 001\n"
       "VIA SENATO 12 - 20121 MILANO    DATA 20/05/2024            DIVISA USD\n"
       "-------------------------------------------------------------------------------\n"
       "FORNITORE  0031207  SUNRISE OPTICAL INDUSTRIES - NOIDA (INDIA)\n"
       "RIF. OFFERTA  SOI-Q-24-102\n"
       "-------------------------------------------------------------------------------\n"
       "POS ARTICOLO      DESCRIZIONE                         Q.TA  UM   PREZZO   IMPORTO\n"
       "001 OC-MT-204-OR  MONTATURA METALLO 51-19-140 ORO      6   PZ    17,50    105,00\n"
       "002 OC-MT-204-AR  MONTATURA METALLO 51-19-140 ARG      6   PZ    17,50    105,00\n"
       "-------------------------------------------------------------------------------\n"
       "                                         TOTALE      12   PZ             210,00\n"
       "NOTE: CAMPIONATURA. SPEDIRE CON DHL A OTTICENTRO MILANO ENTRO IL 14/06/2024.\n"
       "      CERTIFICATO EN 1811 (NICHEL) OBBLIGATORIO.\n"
       "-------------------------------------------------------------------------------\n"
       "UFFICIO ACQUISTI - CONDIZIONI GENERALI OTTICENTRO REV. 6\n"),
      ("Sunrise_quotation_SOI-Q-24-102.pdf", pdf([
          ("h1", "SUNRISE OPTICAL INDUSTRIES"),
          ("h", "QUOTATION SOI-Q-24-102"),
          ("p", "To: OttiCentro Italia S.p.A., Milano. Date: 10-May-2024. Model OC-MT-204 metal 51-19-140."),
          ("table", [
              ["Item", "Qty", "Unit USD", "Delivery"],
              ["Samples gold / silver", "12 pcs", "17.50", "3 weeks"],
              ["Bulk gold / silver", "1,200 pcs", "5.90", "8 weeks"],
          ]),
          ("p", "Ex-works Noida. Plating: gold IP 0.2 micron, EN 1811 certificate per lot."),
          ("p", "Rohit Sharma, Export Manager"),
      ], title="Quotation SOI-Q-24-102", author="Sunrise Optical"))])


# p52 RG010: lens coating sample PO with hold, event and person but no sample quantity
case("p52_coating_samples_no_qty", ["RG010"],
     "coating sample PO (DOCX) names hold, lens-panel sign-off and Dana Whitaker, but the sample quantity is only 'as required for the panel'",
     [("FV-2405-31_coating_samples.docx", docx_bytes([
         ("h1", "Ferris & Vale Eyewear - PO FV-2405-31 - Lens coating samples"),
         ("p", "Supplier: Shenzhen Yuelong Optical Co., Ltd. Date: 22 May 2024. Model: FV-Dune sunglasses."),
         ("p", "Please coat sample lenses in the three mirror options below for our lens panel in "
               "Portland. Quantity: as required for the panel."),
         ("table", [
             ["Option", "Mirror coating", "Base lens", "Quantity"],
             ["A", "Blue flash", "Grey polar TAC", "as required"],
             ["B", "Silver flash", "Grey polar TAC", "as required"],
             ["C", "Rose gold flash", "Brown polar TAC", "as required"],
         ]),
         ("sp",),
         ("p", "Production coating for the FV-Dune bulk lenses is not released. Please do not coat or "
               "buy lenses for bulk. Production is released only after the lens panel sign-off and a "
               "written release from Dana Whitaker, Director of Sourcing."),
         ("p", "Test: EN ISO 12312-1 transmittance and ISO 9227 salt spray on coated samples."),
     ], author="Megan O'Rourke"))])


# p54 RG003 RG004 RG005 RG010: short mail asking for samples in the new colours, nothing else
_t = (
    "Hey Coco,\n\n"
    "Loved the new tortoise swatches, thank you! Please make the samples of Clovelly in the two "
    "new torts (honey and dark), same lens as Tamarama. Send them over when ready, DHL account as "
    "usual.\n\n"
    "Cheers,\nMia\n\n"
    "Mia Russo | Sourcing Lead | Bondi Shade Co. | Sydney\n")
case("p54_samples_new_torts", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for samples in two colours: no sample quantity, nothing on the balance, no unlock event, no release person",
     [("Clovelly_samples.eml", eml_bytes(mail(
         "Mia Russo <mia@bondishade.example.com.au>",
         "Coco Li <coco@yuelong-optical.example.cn>",
         "Clovelly samples - new torts", "Wed, 22 May 2024 08:55:00 +1000", _t)))])


# p56 RG002: sourcing-platform conversation (HTML), scope complete, then "Validé! ... you can go!"
_body = (
    "<h2>SourceLink - Order conversation ML-P-0057 'Simone'</h2>\n"
    "<p>Buyer: Studio Margaux Lenoir (Paris) &middot; Supplier: Wenzhou Dongfang Optical Co., Ltd.</p>\n"
    + html_table([
        ["Date", "From", "Message"],
        ["2024-05-02 11:05", "Camille Roux (Studio Margaux Lenoir)",
         "PO ML-P-0057: 30 protos 'Simone' (10 per colour: noir, écaille, vert). The launch quantity of "
         "1,470 is not released until the wear-test sign-off and a written release from me, Camille Roux."],
        ["2024-05-02 15:40", "Peter Xu (Dongfang)", "Received, 30 protos only, thank you Camille."],
        ["2024-05-28 09:12", "Peter Xu (Dongfang)",
         "Protos Simone finished, photos uploaded (12 files). Ready to continue?"],
        ["2024-05-28 18:47", "Margaux Lenoir (Studio Margaux Lenoir)",
         "Validé ! Tout est parfait, on y va 🚀 You can go!"],
        ["2024-05-28 19:02", "Peter Xu (Dongfang)", "Thank you Margaux 🙏"],
    ]) +
    "\n<p><small>SourceLink conversation export &middot; 5 messages &middot; attachments not included</small></p>"
)
case("p56_platform_valide_on_y_va", ["RG002"],
     "scope stated fully by Camille Roux, then the designer answers 'ready to continue?' with 'Validé ! ... on y va, you can go!' without quantity or sample scope",
     [("SourceLink_ML-P-0057.html", html_page("SourceLink ML-P-0057", _body))])


# ============================================================== END OF CASES
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")
    return s


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(6666).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"h66_{n:02d}_{_stem(c['files'][0][0])}"
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
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
