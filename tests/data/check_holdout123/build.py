#!/usr/bin/env python3
"""Generator for the releasegate check_holdout123 corpus (marine hardware and boat parts).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout123/build.py

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


def case(name, expect, note, files, contains=()):
    """files: list of (filename, str|bytes). contains: formats carried inside EML attachments."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files,
                  "contains": tuple(contains)})


# ----------------------------------------------------------------- renderers
_FOLD = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "≤": "<=", "≥": ">=", "\u2011": "-"}


def _fold(s):
    """The standard PDF fonts only cover WinAnsi (cp1252): fold other letters to ASCII, as many
    ERP/PDF exports do (Gdańsk -> Gdansk, Şti. -> Sti.)."""
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            if ch in _FOLD:
                out.append(_FOLD[ch])
            else:
                base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
                out.append(base if base and base.isascii() else "?")
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0], _fold(b[1])) if len(b) > 1 and isinstance(b[1], str)
              else (b[0], [[_fold(str(c)) for c in r] for r in b[1]]) if b[0] == "table" else b
              for b in blocks]
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
    m["Message-ID"] = msgid or f"<h123-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h123")
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



def sig_short(name, title, company, phone):
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def txt(s):
    """strip a leading newline from triple-quoted text"""
    return s[1:] if s.startswith("\n") else s


# ==================================================================== CASES
# (cases are appended below in batches)

# ---------------------------------------------------------------- batch 1
# c01: supplier quote with sample and series tiers, Taiwanese foundry -> Dutch yard
case("c01_tw_quote_tiers", [], "supplier quote alone: pattern-sample and series tiers, no authorized quantity",
     [("Q-2411-0387_quotation.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Kao-Hsin Precision Casting Co., Ltd. - No. 88, Linhai 3rd Rd., Xiaogang Dist., Kaohsiung 812, Taiwan"),
         ("p", "To: Werf De Vries Jachtbouw B.V., Makkum (NL) - Attn. Mr. Joost Hoekstra, Inkoop"),
         ("p", "Quotation No.: Q-2411-0387    Date: 2024-03-11    Valid: 90 days    Terms: FOB Kaohsiung"),
         ("sp",),
         ("table", [
             ["Item", "Description", "Stage", "Qty", "Unit price USD", "Lead time"],
             ["1", "Mooring cleat 250 mm, AISI 316, investment cast, mirror polish, DWG WDV-CL-250 rev 3",
              "Pattern sample", "4 pcs", "96.00", "35 days after wax tool"],
             ["2", "Same as item 1", "Series production", "400 pcs", "31.50", "45 days after written release"],
             ["3", "Wax injection tool (one cavity)", "Tooling", "1 set", "2,850.00", "25 days"],
         ]),
         ("sp",),
         ("h", "Remarks"),
         ("p", "1. Series price is based on 400 pcs in one lot (100 boat sets x 4). Smaller lots: +12%."),
         ("p", "2. Salt-spray test per ISO 9227 NSS 500 h on 2 of the pattern samples, report included."),
         ("p", "3. The series lot is produced only against your separate written release. This quotation "
               "is not an order confirmation."),
         ("p", "4. Material certificates EN 10204 3.1 supplied with every lot."),
         ("sp",),
         ("p", "Best regards, Vivian Tsai / Sales Dept. / tel +886 7 871 2290 / vivian.tsai@kaohsin-cast.com.tw"),
     ], title="Quotation Q-2411-0387", author="Kao-Hsin Precision Casting"))])

# c02: supplier question about the balance under a fully scoped quoted PO
_q = txt("""
Hi Hemi,

Samples shipped today by DHL, AWB 48 1190 2273. Leak test video is in the shared folder also.

Kindly advise: do we have the green light for the balance 196 pcs? Our May production slot is still
open but we need to book it before 20 April, otherwise next slot is July.

Thank you and best regards,
Cindy Zhou
Export Sales | Ningbo Haiyue Marine Hardware Co., Ltd.
Tel +86 574 8766 1023 | WeChat cindy_haiyue

> -----Original Message-----
> From: Hemi Walker <hemi.walker@kauriboats.co.nz>
> Sent: Tuesday, 5 March 2024 3:12 p.m.
> To: Cindy Zhou <cindy@haiyue-marine.cn>
> Subject: PO 45-2210 - flush deck hatches 500x500
>
> Kia ora Cindy,
>
> PO 45-2210 is attached. It covers 4 (four) sample flush deck hatches, 500x500, smoked acrylic,
> only. The balance of 196 hatches on your quote is not released. It stays on hold until our QA
> signs off the samples after the leak test, and then I (Hemi Walker, Operations Manager) will
> release it in writing. Please buy material for the 4 samples only.
>
> Cheers,
> Hemi
> Kauri Coast Boats Ltd, Whangarei
""")
case("c02_cn_question_balance", [], "supplier asks whether the 196 are released; quoted buyer scope is complete",
     [("RE_PO_45-2210_samples_shipped.eml", eml_bytes(mail(
         "Cindy Zhou <cindy@haiyue-marine.cn>", "Hemi Walker <hemi.walker@kauriboats.co.nz>",
         "RE: PO 45-2210 - flush deck hatches 500x500", "Tue, 09 Apr 2024 10:41:00 +0800", _q,
         in_reply_to="<po452210@kauriboats.co.nz>")))])

# c03: clearly labelled forecast (Norwegian yard -> Polish stanchion maker), DOCX with table
case("c03_no_forecast_labelled", [], "labelled rolling forecast: not an order, no material authority",
     [("Forecast_2025_stanchions_Skjold.docx", docx_bytes([
         ("h1", "Rolling forecast 2025 - stanchions and pulpit fittings"),
         ("p", "From: Skjold Båtbyggeri AS, Rosendal, Norway - Purchasing"),
         ("p", "To: Stal-Mar Sp. z o.o., Gdynia, Poland - Mr. Tomasz Wiśniewski"),
         ("p", "Issued 2 April 2024, revision 1 (replaces the January issue)."),
         ("h", "Status of this document"),
         ("p", "This is a forecast for your capacity planning only. It is not a purchase order and not a "
               "commitment, and it gives no material authority. Quantities are released only by a "
               "call-off under blanket order 7700-118, signed by Ingrid Solberg (Supply Chain Manager)."),
         ("table", [
             ["Part", "Description", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],
             ["SKJ-ST-630", "Stanchion 630 mm, 25 mm tube, 316", "120", "160", "80", "40"],
             ["SKJ-PB-02", "Stanchion base, 3-hole, 316", "120", "160", "80", "40"],
             ["SKJ-PU-33", "Bow pulpit, 33 ft model, welded", "6", "8", "4", "2"],
         ]),
         ("p", "Basis: build plan of the Skjold 33 and 38 models (hull numbers 410-440). The build plan can "
               "move by a full quarter either way."),
         ("p", "Questions about this forecast: Ingrid Solberg, +47 53 48 12 20."),
     ], author="Skjold Batbyggeri"))])

# c04: full-quantity PO (US distributor -> Portuguese foundry), no sample stage, "proceed" scoped
case("c04_us_fullqty_po", [], "full-quantity dealer-stock PO with no balance; proceed names the quantities",
     [("PO_7718_Narragansett.pdf", pdf([
         ("h1", "PURCHASE ORDER 7718"),
         ("p", "Narragansett Marine Supply LLC, 410 Water St, Warren, RI 02885, USA"),
         ("p", "Supplier: Fundição Vale do Ave, Lda., Rua da Indústria 112, 4760-000 Vila Nova de Famalicão, Portugal"),
         ("p", "Date: March 18, 2024    Terms: Net 60    Incoterm: FCA Leixões    Currency: EUR"),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "Unit", "Price"],
             ["1", "NMS-HC-8-316", "Horn cleat 8 in, AISI 316, satin", "40", "pcs", "14.20"],
             ["2", "NMS-CH-6-316", "Skene chock 6 in pair, AISI 316", "60", "pcs", "11.85"],
             ["3", "NMS-PK-01", "Retail blister card + hardware pack", "100", "pcs", "0.90"],
         ]),
         ("sp",),
         ("p", "This PO covers the full quantity for our spring dealer stock. There is no sample stage and "
               "no balance: please proceed with the full 40 cleats and 60 chocks on lines 1 and 2, same "
               "finish and packing as your shipment of October 2023 (our PO 7310)."),
         ("p", "Quality: salt-spray ISO 9227 NSS 480 h on one piece per heat; material certificate EN 10204 "
               "3.1 per heat. Part marking NMS + heat number, no country-of-origin sticker on the part."),
         ("p", "Ship by: May 10, 2024. Consolidate with your other Narragansett orders if ready."),
         ("p", "Buyer: Megan O'Rourke, Purchasing - megan@narragansettmarine.com - (401) 555-0148"),
     ], pagesize=LETTER, title="PO 7718", author="Narragansett Marine Supply"))])

# c05: explicit recorded auto-conversion (Italian yard -> Turkish foundry), multipart/alternative
_t = txt("""
Dear Mr. Aydın,

please find below the scope of our order 24/0312 (bow roller, drawing CV-BR-114 rev D), as agreed in
our call of 4 March and written into the PO note, revision 1.

- Line 10: 6 (six) pattern-sample bow rollers. These are released now.
- Line 20: 114 pcs series. Not released today.
- Auto-conversion (agreed and recorded): if Ing. Paolo Guidi, our Technical Director, signs the
  first-article report with the disposition "approved" (not "interim"), that signed report by itself
  releases the 114 pcs of line 20. No further document is needed in that case.
- Any other disposition releases nothing: the 114 pcs then stay on hold until Ing. Guidi sends a
  written release.
- Material: you may buy material for the 6 samples only until the signed report reaches you.

The RINA inspector will witness the load test on two samples; please give us five working days'
notice.

Cordiali saluti / Best regards
Chiara Benedetti
Ufficio Acquisti - Cantiere Navale Versilmare S.r.l., Viareggio
+39 0584 38 2210
""")
_h = ("<p>Dear Mr. Aydın,</p><p>please find below the scope of our order <b>24/0312</b> (bow roller, drawing "
      "CV-BR-114 rev D), as agreed in our call of 4 March and written into the PO note, revision 1.</p><ul>"
      "<li><b>Line 10:</b> 6 (six) pattern-sample bow rollers. These are released now.</li>"
      "<li><b>Line 20:</b> 114 pcs series. Not released today.</li>"
      "<li><b>Auto-conversion (agreed and recorded):</b> if Ing. Paolo Guidi, our Technical Director, signs "
      "the first-article report with the disposition &quot;approved&quot; (not &quot;interim&quot;), that signed "
      "report by itself releases the 114 pcs of line 20. No further document is needed in that case.</li>"
      "<li>Any other disposition releases nothing: the 114 pcs then stay on hold until Ing. Guidi sends a "
      "written release.</li><li><b>Material:</b> you may buy material for the 6 samples only until the signed "
      "report reaches you.</li></ul><p>The RINA inspector will witness the load test on two samples; please "
      "give us five working days' notice.</p><p>Cordiali saluti / Best regards<br>Chiara Benedetti<br>Ufficio "
      "Acquisti - Cantiere Navale Versilmare S.r.l., Viareggio<br>+39 0584 38 2210</p>")
case("c05_it_explicit_autoconversion", [], "explicit recorded auto-conversion naming quantity, signer and condition",
     [("Ordine_24-0312_bow_roller.eml", eml_bytes(mail(
         "Chiara Benedetti <acquisti@versilmare.it>", "Mehmet Aydın <mehmet.aydin@egedokum.com.tr>",
         "Ordine 24/0312 - bow roller CV-BR-114 - scope and auto-conversion", "Thu, 07 Mar 2024 11:20:00 +0100",
         _t, html=_h, cc="Paolo Guidi <p.guidi@versilmare.it>")))])

# c06: proforma that says the deposit does not release production (Portuguese foundry -> Norwegian yard)
case("c06_pt_deposit_not_release", [], "supplier proforma: deposit secures the slot and explicitly does not release production",
     [("PI_2024-118_Skipsverft.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI 2024-118"),
         ("p", "Fundição Atlântica de Bronzes, S.A. - Zona Industrial de Aveiro, Lote 14, 3800-055 Aveiro, Portugal"),
         ("p", "Customer: Nordfjord Skipsverft AS, 6770 Nordfjordeid, Norway - att. Mr. Knut Eide"),
         ("p", "Date: 21/03/2024    Your enquiry: e-mail 14/03/2024    Our quotation ref.: Q-0442"),
         ("table", [
             ["Pos.", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "Sample propeller, 3-blade, NiAl bronze CuAl10Fe5Ni5, 18 x 14 in, RH, bore per DWG NS-P-18", "2", "1.340,00", "2.680,00"],
             ["2", "Pattern and core boxes", "1", "3.900,00", "3.900,00"],
             ["", "Total", "", "", "6.580,00"],
         ]),
         ("sp",),
         ("p", "Deposit: 30% of the total (EUR 1.974,00) before casting. Balance before dispatch."),
         ("p", "Please note: the deposit secures our foundry slot in week 17 and pays for the pattern. It does not "
               "release production. The series propellers (quotation Q-0442, forecast 48 pcs for your 2025 "
               "hulls) will be cast only after we receive your written production release."),
         ("p", "Class: DNV survey of the sample propellers can be arranged at our works; cost not included."),
         ("p", "Bank: Banco Português do Atlântico, IBAN PT50 0000 0000 0000 0000 0000 0, SWIFT BPATPTPL"),
         ("p", "Rui Carvalho - Departamento Comercial - +351 234 900 118"),
     ], title="PI 2024-118", author="Fundicao Atlantica"))])

# c07: call-off with explicit staged material authority above the released quantity (TXT ERP)
case("c07_nl_calloff_staged", [], "call-off releases 50; material staged to 200 is within an explicit staged authority",
     [("AFROEP_0004_4500012877.txt", txt("""
================================================================================================
 JACHTWERF HOLLANDIA B.V.   -  Industrieweg 22, 8321 VB Urk (NL)              SAP MM - ME9E PRINT
 CALL-OFF / AFROEP        : 0004                   DATE      : 15.04.2024
 BLANKET PO / RAAMCONTRACT: 4500012877             VENDOR    : 204177  STAL-MAR SP. Z O.O.
 MATERIAL                 : 100-STN-630-25         PLANT     : 1000 URK
 DESCRIPTION              : STANCHION 630MM TUBE 25X2 AISI316 W/ BASE
------------------------------------------------------------------------------------------------
 BLANKET QUANTITY                     :    600 PC
 RELEASED PREVIOUS CALL-OFFS (1-3)    :    100 PC
 RELEASED THIS CALL-OFF  (0004)       :     50 PC   DELIVERY 13.05.2024  DOCK 2
 CUMULATIVE RELEASED                  :    150 PC
 BALANCE NOT RELEASED                 :    450 PC   -> NEXT CALL-OFF (0005) ONLY
------------------------------------------------------------------------------------------------
 MATERIAL AUTHORITY (STAGED)          : TUBE + CAST BASES UP TO 200 PC AT BUYER LIABILITY
                                        (150 RELEASED + 50 STAGED FOR CALL-OFF 0005)
 VENDOR STOCK REPORT 12.04.2024       : TUBE 25X2 FOR 200 PC STAGED - WITHIN AUTHORITY
------------------------------------------------------------------------------------------------
 RELEASE AUTHORITY                    : J. VAN DIJK  (HOOFD INKOOP)
 NOTE: PRODUCTION OF THE 450 PC BALANCE ONLY AGAINST CALL-OFF SIGNED BY J. VAN DIJK.
       WELD PROCEDURE WPS-316-07, DRAWING 100-STN-630 REV 12, ISO 9227 NSS 1000 H.
================================================================================================
"""))])

# c08: WhatsApp, Kiwi buyer + Portuguese foundry, scoped approval "for fit only"
case("c08_nz_whatsapp_scoped_ok", [], "sample approved for fit only, series explicitly not released; full scope earlier in chat",
     [("WhatsApp Chat with Tiago - Fundicao Norte.txt", txt("""
12/03/2024, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/03/2024, 08:02 - Aroha Ngata: Morena Tiago, PO TB-2291 is in your inbox
12/03/2024, 08:03 - Aroha Ngata: it's for the 2 pattern samples of the stanchion base only. the other 198 on your quote stay on hold
12/03/2024, 08:04 - Aroha Ngata: they get released once the salt spray report is signed off by our QA, and the release comes from me by email. material for the 2 only pls
12/03/2024, 08:31 - Tiago Ferreira: Bom dia Aroha! Received, 2 pcs pattern sample, the 198 on hold. Understood 👍
12/03/2024, 08:32 - Tiago Ferreira: Wax pattern next week, casting week 13
27/03/2024, 19:40 - Tiago Ferreira: <Media omitted>
27/03/2024, 19:40 - Tiago Ferreira: samples polished, photo above. shipping tomorrow with TNT
05/04/2024, 10:15 - Aroha Ngata: samples arrived, mint finish 🙌
05/04/2024, 10:16 - Aroha Ngata: bolted one to hull 57 this arvo. pattern sample approved for fit only. series NOT released yet, salt spray still running (500h, done 26 April)
05/04/2024, 10:16 - Aroha Ngata: will email you when I release the 198
05/04/2024, 10:22 - Tiago Ferreira: Perfect, we wait for your email. Obrigado!
"""))])

# p01: supplier bought alloy for the whole quote, quoted buyer scope complete (Turkish foundry -> Italian yard)
_q = txt("""
Dear Giulia Hanım,

Thank you very much for your order. Wax patterns for the 4 samples are ready, casting is on Thursday
and we send you the dimensional report before shipment.

For your information: we have already bought the 316L ingot for all 120 pieces of our offer, because
nickel price is going up and our supplier gives the good price only until this Friday. We keep it in
our stock reserved for you, no problem. Of course the 116 pcs we will not start before your written
release.

Best regards / Saygılarımızla
Emre Kaya
Sales Engineer | Ege Hassas Döküm San. ve Tic. A.Ş. | Kemalpaşa OSB, İzmir
+90 232 877 40 12

-----Original Message-----
From: Giulia Ferri <g.ferri@cantierelaspezia.it>
Sent: 12 March 2024 16:05
To: Emre Kaya <emre.kaya@egehassas.com.tr>
Subject: Ordine 24/0455 - galloccia 300 mm

> Dear Emre,
>
> our order 24/0455 covers 4 (four) sample cleats 300 mm, AISI 316, investment cast, electropolished,
> drawing LS-GAL-300 rev B. The remaining 116 pcs of your offer are NOT released; they stay on hold
> until the samples pass our salt-spray test and I (Ing. Giulia Ferri, Technical Director) release
> them in writing. Material: for the 4 samples only.
>
> Regards
> Giulia Ferri
> Cantiere Navale del Golfo S.p.A., La Spezia
""")
case("p01_tr_ingot_whole_offer", ["RG006"], "supplier bought alloy for all 120 while only 4 samples are released and material authority is sample-only",
     [("RE_Ordine_24-0455.eml", eml_bytes(mail(
         "Emre Kaya <emre.kaya@egehassas.com.tr>", "Giulia Ferri <g.ferri@cantierelaspezia.it>",
         "RE: Ordine 24/0455 - galloccia 300 mm", "Wed, 13 Mar 2024 09:12:00 +0300", _q,
         in_reply_to="<ord240455@cantierelaspezia.it>")))])

# p02: WhatsApp, Norwegian buyer + Chinese prop shop: ingot booked for 40 while 3 released
case("p02_cn_props_ingot", ["RG006"], "supplier booked bronze for all 40 props; only 3 samples released, hold/event/person stated",
     [("WhatsApp Chat with Lily Wang Taizhou Props.txt", txt("""
[04.03.24, 09:12:40] Lars Haugen: Hi Lily, PO 24-0871 is sent to your mail
[04.03.24, 09:13:05] Lars Haugen: 3 sample props only. 4-blade 17x13, 2 x RH + 1 x LH, bore per drawing HB-P17 rev 4
[04.03.24, 09:14:31] Lars Haugen: the other 37 on your quote are not released. they wait for the sea trial sign-off on hull 212, then a written release from me (Lars Haugen, purchasing manager)
[04.03.24, 09:20:02] Lily Wang: Hi Lars! Received with thanks 🙏
[04.03.24, 09:20:18] Lily Wang: 3 pcs sample, clear
[04.03.24, 09:21:47] Lily Wang: DNV survey for the sample you want or not?
[04.03.24, 09:30:10] Lars Haugen: not for samples. for series yes, later
[18.03.24, 14:02:55] Lily Wang: Lars good news
[18.03.24, 14:03:40] Lily Wang: we booked NiAl bronze ingot for 40 pcs already, now in our warehouse. same heat for all, better for class certificate 😊
[18.03.24, 14:04:02] Lily Wang: sample machining next week
[18.03.24, 14:05:31] Lars Haugen: ok. send me photos of the samples before balancing pls
[18.03.24, 14:06:12] Lily Wang: sure!
"""))])

# p03: deposit read as release + core/prepreg for all 30 panels (Polish composite shop -> Dutch yard)
_q = txt("""
Dear Sanne,

The advance payment for PO 4500013355 arrived today on our account, thank you.

As the payment is in, we consider the order released and have started production. We also ordered the
prepreg and the PVC core for all 30 panels, so we can keep the autumn delivery for hulls 14 to 28.
The mould for the hatch-garage door is finished and waxed.

Kind regards / Z poważaniem
Paweł Zieliński
Project Manager | Baltic Composite Works Sp. z o.o. | ul. Marynarki Polskiej 71, Gdańsk
+48 58 320 44 17

> From: Sanne de Boer <s.deboer@friesejachtbouw.nl>
> Sent: Monday, 18 March 2024 10:44
> To: Paweł Zieliński <p.zielinski@balticcomposite.pl>
> Subject: PO 4500013355 - hatch-garage door panels
>
> Hi Paweł,
>
> PO 4500013355 is for 2 (two) sample hatch-garage door panels, carbon/PVC-foam sandwich, drawing
> 7720-HG-01 rev C. The balance of 28 panels (hulls 14 to 28) is not released. It will only be
> released after the sample sign-off by our engineering and a written release from me (Sanne de
> Boer, Head of Procurement). Advance payment of 30% on the samples as per your offer.
>
> Met vriendelijke groet,
> Sanne de Boer
> Friese Jachtbouw B.V., Sneek
""")
case("p03_pl_advance_core", ["RG006", "RG012"], "supplier treats the advance payment as release and orders core/prepreg for all 30 panels",
     [("RE_PO_4500013355.eml", eml_bytes(mail(
         "Paweł Zieliński <p.zielinski@balticcomposite.pl>", "Sanne de Boer <s.deboer@friesejachtbouw.nl>",
         "RE: PO 4500013355 - hatch-garage door panels", "Mon, 25 Mar 2024 15:30:00 +0100", _q,
         in_reply_to="<po4500013355@friesejachtbouw.nl>")))])

# p04: supplier MRP printout - bar ordered for the whole quote (Taiwanese CNC shop, US distributor)
case("p04_tw_mrp_printout", ["RG006"], "supplier MRP shows bar purchased for 600 while 12 released and 588 on hold",
     [("MRP_planned_orders_BMD-24117.txt", txt("""
SHIN-YI PRECISION CO., LTD.  TAICHUNG                      MRP PLANNED / FIRMED ORDERS      RUN 2024-04-08 07:30
CUSTOMER : BAYSIDE MARINE DISTRIBUTORS INC. (ST. PETERSBURG FL, USA)          CUST PO : BMD-24117  REV 0
------------------------------------------------------------------------------------------------------------
ITEM         DESCRIPTION                          REL QTY   HOLD QTY   STATUS
SB-316-25    STANCHION BASE 25MM 316 CAST+CNC          12        588   12 SAMPLE REL / 588 HOLD-NOT RELEASED
------------------------------------------------------------------------------------------------------------
MATERIAL REQUIREMENT
MAT CODE     DESCRIPTION                 FOR QTY   PUR ORDER    STATUS      DUE
316L-RB-50   316L ROUND BAR DIA 50          600    PUR-88121    ORDERED     2024-04-22
INS-M6       HELICOIL M6 316                2400    PUR-88122    ORDERED     2024-04-19
PKG-BOX-S    CARTON 6-PACK                   100    --           PLANNED
------------------------------------------------------------------------------------------------------------
REMARK (SALES K.H. LIN): BAR + INSERTS (2.4K) PURCHASED FOR FULL 600 TO SECURE MILL LOT 24-0318.
                         SERIES MACHINING WAIT CUSTOMER RELEASE.
PRINTED BY: KHLIN                                                                   PAGE 1 / 1
"""))])

# p05: DOCX status report: ingot and glass for 12 boat sets while 1 set released (Portuguese foundry -> Italian yard)
case("p05_pt_status_12_sets", ["RG006"], "supplier bought bronze and glass for 12 boat sets while only the sample set is released",
     [("Status_semana_15_Cantiere_Adriatico.docx", docx_bytes([
         ("h1", "Weekly production status - week 15/2024"),
         ("p", "Customer: Cantiere Adriatico Yachts S.r.l., Ancona - order CAY-24-061 (bronze opening portlights, 8 per boat set)"),
         ("p", "Prepared by: Ana Sousa, Planning - Bronzes do Minho, Lda., Braga"),
         ("table", [
             ["Item", "Released", "Produced", "Shipped", "Remarks"],
             ["Sample boat set (8 frames, DWG CAY-PL-350 rev 2)", "1 set", "1 set", "1 set", "DHL 1Z88-0045, delivered 4 April"],
             ["Boat sets 2-12 (88 frames)", "0", "0", "0", "On hold per your PO"],
         ]),
         ("sp",),
         ("p", "Boat sets 2 to 12 remain on hold as per your PO, awaiting your sample sign-off and the "
               "written release from Ing. Marco Rossi."),
         ("p", "To protect the lead time for the summer we have purchased the CuSn10 bronze ingot and the "
               "10 mm toughened glass for all 12 boat sets (96 frames). Everything is in our store, "
               "labelled with your order number."),
         ("p", "Open points: gasket colour (black or white) for the series; hinge pin material A4 confirmed."),
         ("p", "Next report: week 16."),
     ], author="Bronzes do Minho"))])

# p06: PO 8 sample davit arms vs supplier OC 10 samples + tube reserved for 80 (multi-file)
case("p06_us_tr_davit_po_oc", ["RG006", "RG011"], "PO releases 8 samples, supplier OC confirms 10 and reserves tube for 80 without material authority",
     [("PO_11872_Penobscot_Yachts.pdf", pdf([
         ("h1", "PURCHASE ORDER 11872"),
         ("p", "Penobscot Yacht Builders Inc., 25 Front Street, Belfast, ME 04915, USA"),
         ("p", "Vendor: Tuzla Marin Metal San. Ltd. Şti., Aydınlı Mah., Tuzla / İstanbul, Türkiye"),
         ("p", "Date: 02/26/2024    Ship via: air freight, DAP Belfast ME"),
         ("table", [
             ["Line", "Item", "Scope", "Qty", "Unit USD"],
             ["1", "Tender davit arm, 316 tube 60.3 x 3.0, DWG PYB-DV-60 rev C", "Sample", "8", "410.00"],
             ["2", "Tender davit arm, same", "Production - NOT RELEASED", "72", "265.00"],
         ]),
         ("sp",),
         ("p", "Line 1 (8 sample arms) is released. Line 2 (72 arms) is on hold and not released. It will be "
               "released only after the 2.2 kN proof-load test on the samples is signed off, by a written "
               "release from Dana Whitfield, VP Operations."),
         ("p", "Material authority: sample only. Do not buy tube or castings for line 2."),
         ("p", "Buyer: Tom Castellano, (207) 555-0190, tcastellano@penobscotyachts.com"),
     ], pagesize=LETTER, title="PO 11872", author="Penobscot Yacht Builders")),
      ("OC_TMM-24-0219_order_confirmation.pdf", pdf([
         ("h1", "ORDER CONFIRMATION TMM-24-0219"),
         ("p", "Tuzla Marin Metal San. Ltd. Şti. - İstanbul"),
         ("p", "To: Penobscot Yacht Builders Inc. - Mr. Tom Castellano    Date: 29.02.2024"),
         ("p", "Your order: PO 11872"),
         ("table", [
             ["Pos", "Description", "Qty", "Delivery"],
             ["1", "Tender davit arm, sample, DWG PYB-DV-60 rev C", "10 (ten) pcs", "week 14"],
         ]),
         ("sp",),
         ("p", "We confirm with thanks your PO 11872 for 10 (ten) sample davit arms as above."),
         ("p", "For the production arms we have reserved and paid the 316 tube 60.3 x 3.0 for 80 arms at our "
               "mill (Borusan lot 24-7712), so there will be no delay after the samples."),
         ("p", "Best regards, Selin Demir - Export Department"),
     ], title="OC TMM-24-0219", author="Tuzla Marin Metal"))])

# p07: Kiwi buyer + Chinese supplier chat: bare sample PO, supplier buys bar for the whole series
case("p07_nz_cn_bare_sample_bar", ["RG003", "RG004", "RG005", "RG006"],
     "sample PO with nothing about the balance, unlock event or releaser; supplier buys bar for the series",
     [("WhatsApp Chat with Jason Qingdao Marine.txt", txt("""
[2/04/24, 7:48:03 AM] Mike Tane: Kia ora Jason, PO 7713 coming through today for the 6 sample bow rollers, drawing BR-40 rev B
[2/04/24, 7:48:40 AM] Mike Tane: same polish as the chocks last year pls
[2/04/24, 9:15:22 AM] Jason Liu: Hi Mike, received PO 7713. 6 pcs sample, noted
[2/04/24, 9:16:01 AM] Jason Liu: also we already buy the 316 bar for the whole series, so series will be fast 😀
[2/04/24, 9:16:30 AM] Jason Liu: roller wheel is acetal white or black?
[2/04/24, 12:02:11 PM] Mike Tane: black. and can you DHL the samples to the yard not the office this time
[2/04/24, 12:02:48 PM] Mike Tane: 14 Port Road, Whangarei
[2/04/24, 12:05:37 PM] Jason Liu: ok no problem 👌
"""))])

# ---------------------------------------------------------------- batch 2
# c09: sample PO with hull table, fully scoped (Norwegian yard -> Polish composite shop)
case("c09_no_hull_table_po", [], "sample PO: one boat set released, hulls 302-310 on hold, event, releaser and material authority named",
     [("Innkjopsordre_24-1147.pdf", pdf([
         ("h1", "INNKJØPSORDRE / PURCHASE ORDER 24-1147"),
         ("p", "Hardanger Aluminiumsbåt AS, Sjøvegen 4, 5630 Strandebarm, Norway"),
         ("p", "Supplier: Pomorskie Kompozyty Sp. z o.o., ul. Portowa 9, 81-350 Gdynia, Poland"),
         ("p", "Date: 08.04.2024    Delivery terms: DAP Strandebarm    Payment: 45 days net"),
         ("p", "Part: foredeck hatch lid, vacuum-infused glass/PET-foam panel, drawing HAB-FH-07 rev 5. One boat set = 4 lids."),
         ("table", [
             ["Hull no.", "Boat sets", "Lids", "Scope", "Status"],
             ["301", "1", "4", "Sample", "Released"],
             ["302-310", "9", "36", "Series", "On hold - not released"],
             ["Total", "10", "40", "", ""],
         ]),
         ("sp",),
         ("p", "Released now: 4 lids for hull 301 (sample boat set). The 36 lids for hulls 302-310 are not "
               "released. They stay on hold until the sample set has passed the DNV-witnessed point-load test "
               "and our sample sign-off, and Kari Nilsen (Innkjøpssjef) sends a written release."),
         ("p", "Material authority: sample only (resin, glass and core for hull 301). Do not stage material "
               "for hulls 302-310."),
         ("p", "Contact: Kari Nilsen, +47 56 55 31 00, kari.nilsen@hab.no"),
     ], title="Innkjopsordre 24-1147", author="Hardanger Aluminiumsbat"))])

# c10: supplier acknowledgement restating the hold, quoted PO (Turkish foundry -> Dutch yard)
_q = txt("""
Dear Mr. Visser,

We acknowledge your PO 4500013410 as written:

- 3 (three) sample mooring cleats 200 mm, AISI 316, DWG KJ-MC-200 rev A: released, delivery week 18.
- Balance 297 pcs: on hold and not released, until your sample sign-off and a written release from you.
- Material: we buy material for the 3 samples only.

We will not start or stage anything for the 297 pcs before your written release.

Saygılarımızla / Kind regards
Burak Yıldız
Export Manager | Marmara Paslanmaz Döküm A.Ş. | Gebze OSB, Kocaeli
+90 262 751 22 80

-----Original Message-----
From: Bram Visser <b.visser@kustjachten.nl>
Sent: Tuesday, 2 April 2024 14:02
To: Burak Yıldız <burak@marmarapaslanmaz.com.tr>
Subject: PO 4500013410 - kikker 200 mm

> Dear Burak,
>
> PO 4500013410 is for 3 (three) sample cleats only. The other 297 on your quotation are not
> released and stay on hold until our sample sign-off; after that I (Bram Visser, Head of
> Purchasing) will send a written release. Please buy material for the 3 samples only.
>
> Met vriendelijke groet,
> Bram Visser
> Kustjachten Harlingen B.V.
""")
case("c10_tr_ack_restates_hold", [], "supplier acknowledgement restating active quantity, hold, unlock event and releaser",
     [("ACK_PO_4500013410.eml", eml_bytes(mail(
         "Burak Yıldız <burak@marmarapaslanmaz.com.tr>", "Bram Visser <b.visser@kustjachten.nl>",
         "ACK: PO 4500013410 - kikker 200 mm", "Wed, 03 Apr 2024 09:05:00 +0300", _q,
         in_reply_to="<po4500013410@kustjachten.nl>")))])

# c11: full-quantity ERP printout with identifiers that look like quantities
case("c11_us_erp_identifiers", [], "full-quantity PO, all 24 released; part numbers, revs and norms look like quantities",
     [("PO_P240331_print.txt", txt("""
CHESAPEAKE BAY YACHTWORKS INC            PURCHASE ORDER                         PAGE 1 OF 1
1200 EDGEWATER RD, ANNAPOLIS MD 21403                                    PO NO:  P240331
                                                                         DATE:   04/03/2024
VENDOR: 300417  FORMOSA MARINE STEEL CO., LTD.                           BUYER:  D. KOWALSKI
        NO. 17 GONGYE 2ND RD, ANPING DIST., TAINAN 708, TAIWAN           TERMS:  NET 45
---------------------------------------------------------------------------------------------
LN  PART NUMBER       REV  DESCRIPTION                            QTY  UOM   UNIT      EXT
 1  2500-316-24       12   CHAINPLATE 316 1/2IN X 2IN, HULL 1000      24  EA  118.00  2,832.00
                           SERIES, DWG CBY-1000-250 REV 12
 2  2500-316-24-BK    3    BACKING PLATE 316 1/4IN                    24  EA   21.50    516.00
---------------------------------------------------------------------------------------------
                                                               TOTAL USD           3,348.00
NOTES:
  FULL QUANTITY ORDER - NO SAMPLE STAGE, NO BALANCE. ALL 24 SETS RELEASED FOR PRODUCTION.
  MATERIAL ASTM A240 TYPE 316L, CERT EN 10204 3.1. VENDOR QMS ISO 9001:2015.
  ELECTROPOLISH PER ASTM B912. SALT SPRAY ASTM B117 1000 HRS ON 1 PC PER LOT.
  FOR HULLS 1041 THRU 1064 (BUILD SLOTS 2024-Q3). SHIP BY 06/14/2024 TO DOCK 2500 BLDG C.
  REF QUOTE FMS-Q-5000 DATED 03/22/2024.
AUTHORIZED: D. KOWALSKI, PURCHASING MGR
"""))])

# c12: buyer corrects a supplier who assumed auto-conversion (quoted supplier text does not count)
_q = txt("""
Hi Amy,

No - please do not start the 300. The sample sign-off does not release anything by itself.

To be clear on PO 24-5512: it covers the 5 sample tank fillers only. The 300 series pieces stay on hold
and are not released. After our QA has signed off the samples, I (Ole Brekke, Purchasing Manager)
will send you a written production release with the quantity. Until then, material for the 5 samples
only.

Thanks for the quick samples, they look good on the photos.

Best regards,
Ole Brekke
Purchasing Manager | Brekke Marine AS | Florø, Norway | +47 57 75 02 00

On Thu, 11 Apr 2024 at 08:14, Amy Zhang <amy@xmbluesea.com> wrote:
> Dear Ole,
> samples of the deck filler (fuel/water/waste, 38mm) finished, shipping on Monday by FedEx.
> After you approve samples we start the 300 pcs immediately so delivery in June is ok.
> Best regards
> Amy Zhang / Xiamen Blue Sea Marine Hardware
""")
case("c12_no_buyer_corrects_autoconv", [], "buyer reply rejects the supplier's assumed auto-conversion and restates full scope",
     [("Re_deck_filler_samples.eml", eml_bytes(mail(
         "Ole Brekke <ole@brekkemarine.no>", "Amy Zhang <amy@xmbluesea.com>",
         "Re: PO 24-5512 deck filler samples", "Thu, 11 Apr 2024 10:02:00 +0200", _q,
         in_reply_to="<amy-0411@xmbluesea.com>")))])

# c13: release letter that releases the whole balance after sign-off (Dutch yard -> Turkish foundry)
case("c13_nl_release_letter_full", [], "production release of the whole balance after recorded sign-off, named authority and second signer",
     [("Production_release_PR-0007.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-0007"),
         ("p", "Friese Jachtbouw B.V., Zwolsmanweg 40, 8606 KC Sneek, the Netherlands"),
         ("p", "To: Anadolu Marin Döküm Ltd. Şti., Manisa OSB, Türkiye - attn. Mr. Kemal Arslan"),
         ("p", "Date: 22 April 2024"),
         ("table", [
             ["Order", "Part", "PO qty", "Released before", "Released now", "Cumulative released", "Balance"],
             ["PO 4500013502", "Fairlead 160 mm, 316, DWG FJ-FL-160 rev 4", "240", "8 (samples)", "232", "240", "0"],
         ]),
         ("sp",),
         ("p", "Sample sign-off: approved on 18 April 2024, inspection report QA-24-091 (dimensions, salt-spray "
               "ISO 9227 NSS 720 h, finish)."),
         ("p", "With this release, 232 fairleads (line 20) are released for production. Together with the 8 "
               "samples this is the full PO quantity of 240; no balance remains."),
         ("p", "Material authority: 232 pcs, equal to this release."),
         ("p", "Authorized by: Sanne de Boer, Head of Procurement (release authority, limit EUR 50.000). "
               "Second signature: Jeroen Mulder, Operations Director."),
     ], title="Production release PR-0007", author="Friese Jachtbouw"))])

# c14: Teams export: engineering sign-off and buyer keeps series closed (Italian yard + Turkish supplier guest)
case("c14_it_teams_signoff_hold", [], "sample sign-off recorded; buyer states series still not released and names event and releaser",
     [("Teams_chat_export_hatch_rings.txt", txt("""
Microsoft Teams - chat export
Chat: "Hatch rings HR-520 / Ordine 24/0871"   Members: Luca Moretti (Cantiere Ligure Yachts), Federica Gallo (Cantiere Ligure Yachts), Kemal Arslan (Guest)
Exported: 19/04/2024 17:40

[15/04/2024 09:03] Luca Moretti
Kemal, recap for the new chat: ordine 24/0871 covers 4 sample hatch rings HR-520 only. The 140 series rings are on hold, not released.

[15/04/2024 09:05] Kemal Arslan (Guest)
Yes Luca, clear. 4 pcs sample, shipped last week with UPS.

[18/04/2024 16:21] Federica Gallo
Samples measured on the CMM, report QR-0415 attached. All dimensions inside tolerance, flatness 0.15 on 520 mm. Sample sign-off done from engineering side: the 4 samples are dimensionally approved.

[18/04/2024 16:30] Kemal Arslan (Guest)
Very good news, thank you Federica!

[18/04/2024 16:44] Luca Moretti
Thanks Federica. To be clear for Kemal: the sign-off is done, but the 140 series rings are still not released. I will send the production release with quantity once the RINA material certificate for the series heat is in our hands. Please do not buy bar for the 140 before that.

[18/04/2024 16:50] Kemal Arslan (Guest)
Understood, we wait for your release, Luca.
"""))])

# c15: buyer supplier-portal page with status table, fully scoped
case("c15_nl_portal_status", [], "portal page: 6 released, 294 on hold, unlock event, release authority, sample-only material",
     [("portal_order_4500013688.html", html_page("Supplier portal - order 4500013688", """
<div style="background:#003366;color:#fff;padding:6px">Rijnmond Yachts B.V. &middot; Supplier Portal &middot; logged in as: Fujian Dongsheng Marine (vendor 205511)</div>
<h2>Order 4500013688 &ndash; stainless stanchion base, 3-hole, 25 mm</h2>
<p>Drawing RY-SB-25 rev 7 &middot; Buyer: Femke Bakker &middot; Created 2024-03-28</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Status</th></tr>
<tr><td>10</td><td>Sample</td><td>6</td><td>Released &ndash; in transit (AWB 176-4432 9910)</td></tr>
<tr><td>20</td><td>Production</td><td>294</td><td>On hold &ndash; not released</td></tr>
</table>
<h3>Release conditions</h3>
<table>
<tr><th>Unlock event</th><td>Sample sign-off (salt-spray ISO 9227 NSS 720 h + fit on hull RY-62-014)</td></tr>
<tr><th>Release authority</th><td>Femke Bakker, Category Manager Deck Hardware</td></tr>
<tr><th>Material authority</th><td>Sample only (6 pcs)</td></tr>
</table>
<p class="note">Line 20 is released only by a written release from the release authority. Until then do not start or stage anything for line 20.</p>
<p><a href="#">Download PO PDF</a> &middot; <a href="#">Upload documents</a> &middot; <a href="#">Messages (2)</a></p>
"""))])

# p09: Taiwanese supplier assumes sample approval rolls into mass production (multipart + PDF FAI)
_t = txt("""
Dear Brian,

Good day. Attached pls find the FAI report for the 5 pcs samples of opening portlight OP-250,
all dimension OK and the water test 30 min no leak.

Once your side approve the samples, we will continue the mass production immediately, no need to
wait another PO or document, so the build slot of your June hulls is safe. Our line is prepared.

Any question please let me know.

Best regards,
Kevin Huang
Sales Manager
Tainan Sea-Light Marine Co., Ltd.
No. 3, Lane 55, Xinhe Rd., Annan Dist., Tainan, Taiwan
Tel: +886 6 256 1180
""")
_h = ("<p>Dear Brian,</p><p>Good day. Attached pls find the FAI report for the <b>5 pcs samples</b> of opening "
      "portlight OP-250, all dimension OK and the water test 30 min no leak.</p><p>Once your side approve the "
      "samples, we will continue the mass production immediately, no need to wait another PO or document, so "
      "the build slot of your June hulls is safe. Our line is prepared.</p><p>Any question please let me know."
      "</p><p>Best regards,<br>Kevin Huang<br>Sales Manager<br>Tainan Sea-Light Marine Co., Ltd.</p>")
_fai = pdf([
    ("h1", "FIRST ARTICLE INSPECTION REPORT"),
    ("p", "Tainan Sea-Light Marine Co., Ltd. - Report FAI-24-0412 - Part OP-250 opening portlight, 316 frame, 10 mm tempered glass"),
    ("p", "Customer: Narragansett Bay Yachts, Bristol RI - PO NBY-2404 - sample qty 5"),
    ("table", [
        ["No.", "Characteristic", "Nominal", "Tol.", "S1", "S2", "S3", "S4", "S5", "Result"],
        ["1", "Cut-out width", "250.0", "+/-0.5", "250.1", "250.2", "249.9", "250.0", "250.3", "OK"],
        ["2", "Cut-out height", "120.0", "+/-0.5", "120.0", "119.8", "120.1", "120.2", "120.0", "OK"],
        ["3", "Frame thickness", "6.0", "+/-0.2", "6.1", "6.0", "6.0", "5.9", "6.1", "OK"],
        ["4", "Water test 30 min", "no leak", "-", "OK", "OK", "OK", "OK", "OK", "OK"],
    ]),
    ("p", "Inspector: Chen Y.L.    Date: 2024-04-12"),
], title="FAI-24-0412", author="Tainan Sea-Light")
case("p09_tw_mass_production_after_approve", ["RG007"], "supplier says sample approval rolls straight into mass production without another document",
     [("FAI_report_OP-250_samples.eml", eml_bytes(mail(
         "Kevin Huang <kevin@sealight-tn.com.tw>", "Brian Sullivan <bsullivan@nbyachts.com>",
         "FAI report - OP-250 portlight samples - PO NBY-2404", "Fri, 12 Apr 2024 16:20:00 +0800",
         _t, html=_h, attachments=[("FAI-24-0412_OP-250.pdf", _fai, PDF_MT)])))],
     contains=("pdf",))

# p10: buyer PO contradicts its own written-release requirement (Dutch yard -> Chinese supplier)
case("p10_nl_po_contradicts_release", ["RG007"], "PO requires a written release but its remarks let salt-spray pass roll into line 2",
     [("Inkooporder_4500013720.pdf", pdf([
         ("h1", "INKOOPORDER / PURCHASE ORDER 4500013720"),
         ("p", "Van Leeuwen Yachting B.V., Oude Haven 3, 8713 JS Hindeloopen, the Netherlands"),
         ("p", "Leverancier / Supplier: Guangzhou Haitong Stainless Products Co., Ltd., Panyu District, Guangzhou, China"),
         ("p", "Datum: 11-03-2024    Levering: FCA Shenzhen    Betaling: 30 dagen"),
         ("table", [
             ["Regel", "Artikel", "Omschrijving", "Scope", "Aantal", "Prijs USD"],
             ["10", "VLY-HH-45", "Hatch hinge set 316, DWG VLY-HH-45 rev 2", "Sample", "10", "38.00"],
             ["20", "VLY-HH-45", "Hatch hinge set 316, DWG VLY-HH-45 rev 2", "Production", "190", "19.40"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Line 10 (10 sample sets) is released. Line 20 (190 sets) is not released. It is released only "
               "in writing by Anna de Vries (Manager Inkoop) after the sample sign-off."),
         ("h", "Opmerkingen / Remarks"),
         ("p", "To save time in the build slot of hulls VL-41 to VL-46: when the samples pass our salt-spray "
               "test, you can continue with line 20 straight away, the paperwork will follow."),
         ("p", "Packing: 10 sets per carton, cartons labelled with article number and PO number."),
         ("p", "Contact: Anna de Vries, +31 514 52 1190, inkoop@vanleeuwenyachting.nl"),
     ], title="Inkooporder 4500013720", author="Van Leeuwen Yachting"))])

# p11: multi-file: scoped PO + WhatsApp where buyer's production manager lets first casting roll on
case("p11_nz_po_plus_chat_crack_on", ["RG007"], "PO requires written release; in chat the buyer's manager says a good first casting means crack on with the rest",
     [("PO_HC-3318_mast_step.pdf", pdf([
         ("h1", "PURCHASE ORDER HC-3318"),
         ("p", "Hauraki Catamarans Ltd, 22 Beach Road, Te Atatū Peninsula, Auckland 0610, New Zealand"),
         ("p", "Supplier: Kaohsiung Hong-Yi Casting Co., Ltd., Taiwan"),
         ("p", "Date: 19/03/2024    Currency: NZD    Freight: FOB Kaohsiung"),
         ("table", [
             ["Line", "Part", "Scope", "Qty", "Status"],
             ["1", "Mast step casting, LM6 aluminium, DWG HC-MS-12 rev F", "First casting", "2", "Released"],
             ["2", "Mast step casting, same", "Series (46 boat sets)", "46", "Not released - on hold"],
         ]),
         ("sp",),
         ("p", "Line 2 is released only after the first casting is signed off (X-ray + load test at our yard) "
               "and Rewi Parata, Production Manager, sends a written release. Material: 2 first castings only."),
     ], title="PO HC-3318", author="Hauraki Catamarans")),
      ("WhatsApp Chat with Rewi Parata.txt", txt("""
[28/03/24, 4:12:09 PM] Grace Lin: Hi Rewi, first castings poured today, X-ray tomorrow at our side too
[28/03/24, 4:12:44 PM] Grace Lin: after you approve first casting we go straight to the 46 yes? to keep your slot in May
[28/03/24, 5:40:31 PM] Rewi Parata: yep if the first casting's good just crack on with the rest mate, no need to wait for me
[28/03/24, 5:41:02 PM] Rewi Parata: we're flat out here, the less paperwork the better 😅
[28/03/24, 5:45:17 PM] Grace Lin: OK 👍 thank you Rewi
"""))])

# p12: Italian buyer: "approval" for samples, series and PO; series follows automatically
_t = txt("""
Dear Mr. Chen,

thank you for the samples of the rudder bearing bushes, they arrived in Fano on Monday.

Our order 24/118 is for 6 (six) sample bushes; the 234 series pieces are not released for the moment,
the release will be given in writing by Ing. Sara Lombardi.

The approval of the samples is planned for week 20 in our yard (dimensional check and water absorption
test). After the approval of the samples, the approval of the series follows automatically, so you can
already plan the production for June. The approval of the PO by our direction is already done.

Best regards / Cordiali saluti
Davide Marchetti
Ufficio Acquisti
Fano Yachts S.r.l. - Via del Cantiere 7, 61032 Fano (PU)
Tel. +39 0721 80 4400
""")
case("p12_it_approval_three_meanings", ["RG007", "RG009"],
     "'approval' used for sample, series and PO; series said to follow sample approval automatically, against the written-release rule",
     [("Ordine_24-118_rudder_bushes.eml", eml_bytes(mail(
         "Davide Marchetti <acquisti@fanoyachts.it>", "Chen Wei <chenwei@xm-polymer.com>",
         "Ordine 24/118 - rudder bearing bushes - samples received", "Wed, 08 May 2024 12:10:00 +0200", _t)))])

# p13: DOCX supplier acknowledgement with automatic launch per supplier terms (Polish stanchion maker)
case("p13_pl_ack_auto_launch", ["RG007"], "supplier acknowledgement: balance not released now but launched automatically on sample sign-off per supplier terms",
     [("Order_acknowledgement_ZS-24-0415.docx", docx_bytes([
         ("h1", "Order acknowledgement ZS-24-0415"),
         ("p", "Stal-Mar Sp. z o.o., ul. Hutnicza 40, 81-061 Gdynia, Poland"),
         ("p", "Customer: Zeeland Sloepen B.V., Yerseke (NL) - PO NL-24-331 of 12 April 2024"),
         ("table", [
             ["Pos.", "Item", "Qty", "Delivery"],
             ["1", "Stanchion 610 mm, 25 x 2.0 tube AISI 316, sample", "5", "week 19"],
             ["2", "Stanchion 610 mm, series", "95", "see note"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO NL-24-331 for the 5 sample stanchions (pos. 1)."),
         ("p", "Note to pos. 2: the balance of 95 pcs is not released at this time. Upon your sample sign-off "
               "the 95 pcs will be launched into production automatically, as per § 7 of our General Terms "
               "of Sale, so that delivery can follow four weeks after the sign-off."),
         ("p", "Tomasz Wiśniewski, Sales Manager, +48 58 340 11 90"),
     ], author="Stal-Mar"))])

# p14: Norwegian buyer: when samples pass, just run the 48; no releaser named
_t = txt("""
Hei Mert,

PO 3350-17 is attached: 2 (two) sample flush hatches, size 60, frame anodised black, drawing
LB-FH-60 rev 3. The other 48 hatches on your offer are not released for now.

When the samples pass the leak test and the load test here at the yard, just run the 48 - no need to
wait for more paperwork from us. We want the hatches on hulls 118 to 141 before the summer.

Delivery of the samples DAP Lyngdal, please mark the boxes "PROTO".

Med vennlig hilsen
Silje Thorsen
Innkjøper | Lyngdal Båt AS | +47 38 34 55 10
""")
case("p14_no_just_run_48", ["RG005", "RG007"], "sample pass said to trigger the 48 with no further paperwork; no person named to release",
     [("PO_3350-17_flush_hatches.eml", eml_bytes(mail(
         "Silje Thorsen <silje@lyngdalbat.no>", "Mert Öztürk <mert@akdenizmarine.com.tr>",
         "PO 3350-17 - sample flush hatches size 60", "Mon, 15 Apr 2024 08:30:00 +0200", _t,
         attachments=[("PO_3350-17.txt", txt("""
LYNGDAL BAT AS - INNKJOPSORDRE 3350-17 - 15.04.2024
LEV: AKDENIZ MARINE EKIPMAN SAN. A.S., ANTALYA
POS 1  FLUSH HATCH SIZE 60 BLACK, DWG LB-FH-60 REV 3   SAMPLE   2 STK   EUR 212,00
TOTAL EUR 424,00   LEVERING DAP LYNGDAL
"""), "text/plain")])))],
     contains=("txt",))

# p16: supplier reply: confirms 6 samples (PO says 4) and will roll into the 94 on approval
_q = txt("""
Dear Kevin,

Thank you for the PO for the 6 sample winch pads, drawing CM-WP-08 rev B. Castings are planned for
week 17 and machining the week after.

The 94 pcs balance is not released yet, understood. As usual, once you approve the samples we roll
straight into the 94 so you keep your June slot - no need to send anything else.

Com os melhores cumprimentos,
Inês Martins
Customer Service | Metalúrgica Costa Verde, Lda. | Viana do Castelo, Portugal
+351 258 800 415

-----Original Message-----
From: Kevin Marsh <kmarsh@capemarine.com>
Sent: Monday, April 15, 2024 11:20 AM
To: Inês Martins <ines.martins@mcverde.pt>
Subject: PO 5520 winch pads

> Inês,
> PO 5520 attached: 4 (four) sample winch pads, cast 316, drawing CM-WP-08 rev B. The balance of 96
> is not released; it stays on hold until your samples pass our fit check on hull 77, and then I
> (Kevin Marsh, Production Director) release it in writing.
> Thanks, Kevin
> Cape Marine Boatworks, Beaufort NC
""")
case("p16_pt_six_vs_four_roll_on", ["RG007", "RG011"], "supplier confirms 6 samples against a PO for 4 and says approval rolls straight into the balance",
     [("RE_PO_5520_winch_pads.eml", eml_bytes(mail(
         "Inês Martins <ines.martins@mcverde.pt>", "Kevin Marsh <kmarsh@capemarine.com>",
         "RE: PO 5520 winch pads", "Tue, 16 Apr 2024 10:05:00 +0100", _q,
         in_reply_to="<po5520@capemarine.com>")))])

# ---------------------------------------------------------------- batch 3
# p17: PO hull table sums to 6 sample panels, header says 8 (US yard -> Polish composite shop)
case("p17_us_pl_hull_table_8_vs_6", ["RG011"], "PO header releases 8 sample panels but the hull table releases 6",
     [("PO_SC-24-0712_hardtop_panels.pdf", pdf([
         ("h1", "PURCHASE ORDER SC-24-0712"),
         ("p", "Sunshine Coast Boatworks LLC, 3100 Marina Way, Stuart, FL 34994, USA"),
         ("p", "Vendor: Baltic Composite Works Sp. z o.o., ul. Marynarki Polskiej 71, 80-557 Gdańsk, Poland"),
         ("p", "Date: 04/01/2024    Incoterm: FCA Gdynia    Payment: net 30 after receipt"),
         ("p", "Released now: sample hardtop panels, 8 pcs (eight), for fit-up on the first two hulls."),
         ("table", [
             ["Hull", "Boat sets", "Panels", "Scope", "Status"],
             ["SC36-2241", "1", "3", "Sample", "Released"],
             ["SC36-2242", "1", "3", "Sample", "Released"],
             ["SC36-2243 to 2260", "18", "54", "Production", "NOT RELEASED - hold"],
         ]),
         ("sp",),
         ("p", "The 54 production panels for hulls 2243-2260 are not released. They stay on hold until the "
               "sample panels pass fit-up and the UV/gelcoat check (sample sign-off), and Marcus Reed, "
               "Director of Operations, releases them in writing."),
         ("p", "Material authority: sample panels only."),
         ("p", "Panel: carbon/E-glass with Corecell M80, DWG SC36-HT-3 rev E. Gelcoat RAL 9010."),
     ], pagesize=LETTER, title="PO SC-24-0712", author="Sunshine Coast Boatworks"))])

# p18: multi-file: ERP PO for 12 sample cleats + buyer e-mail confirming 10 samples
case("p18_no_cn_po12_mail10", ["RG011"], "ERP PO releases twelve samples, the buyer's e-mail confirms ten",
     [("Innkjopsordre_4410-22.txt", txt("""
VESTKYST YACHTS AS                                      INNKJØPSORDRE / PURCHASE ORDER
Hamnegata 12, 6060 Hareid, Norge                         Ordrenr : 4410-22
Org.nr 918 224 551 MVA                                   Dato    : 02.04.2024
                                                         Vår ref : Tor Eriksen
Leverandør: Shenzhen Oceanic Hardware Co., Ltd. (lev.nr 30129)
--------------------------------------------------------------------------------------------
Pos  Varenr        Beskrivelse                              Omfang    Antall  Enh   Pris USD
 1   VY-CL-200     Fortøyningskrok / cleat 200 mm AISI316   SAMPLE        12  STK      22,40
 2   VY-CL-200     Same, series (hull 551-600)               HOLD        488  STK      11,90
--------------------------------------------------------------------------------------------
Pos 2 er IKKE frigitt / NOT RELEASED. Frigis kun etter godkjent prøve (sample sign-off) og
skriftlig frigivelse fra innkjøpssjef Tor Eriksen. Materiale kun for pos 1.
Pos 2 is released only after the sample sign-off, by a written release from Tor Eriksen
(Purchasing Manager). Material for pos 1 only.
Leveringsadresse: Vestkyst Yachts AS, Kai 3, 6060 Hareid
""")),
      ("Mail_samples_with_fairleads.eml", eml_bytes(mail(
          "Tor Eriksen <tor.eriksen@vestkystyachts.no>", "Sunny Li <sunny@oceanic-hw.cn>",
          "PO 4410-22 cleat samples - ship with fairleads", "Thu, 04 Apr 2024 13:15:00 +0200", txt("""
Hi Sunny,

Just to confirm: PO 4410-22 covers ten (10) sample cleats. Please ship them together with the fairlead
samples from PO 4410-19 in one carton, so we pay the freight only once.

Series stays on hold as written in the PO.

Best regards
Tor Eriksen
Innkjøpssjef | Vestkyst Yachts AS | +47 70 01 44 90
"""))))])

# p19: e-mail says 3 boat sets released, attached DOCX call-off says 2 (Italian yard -> Taiwanese supplier)
_calloff = docx_bytes([
    ("h1", "Call-off n. 3 - blanket order CM-BO-2024-07"),
    ("p", "Cantiere Marche Yachts S.p.A., Pesaro - to Formosa Deck Hardware Co., Ltd., Taichung"),
    ("p", "Date: 10/04/2024"),
    ("table", [
        ["Hull", "Boat sets", "Stanchions", "Bases", "Released by this call-off"],
        ["CM46-031", "1", "14", "14", "yes"],
        ["CM46-032", "1", "14", "14", "yes"],
        ["Total this call-off", "2", "28", "28", ""],
    ]),
    ("p", "Further boat sets are not released and will be released only by the next call-off."),
    ("p", "Release authority: Ing. Alessandro Conti, Supply Chain Manager."),
], author="Cantiere Marche Yachts")
case("p19_it_tw_mail3_calloff2", ["RG011"], "covering e-mail releases 3 boat sets, the attached call-off releases 2",
     [("Call-off_3_CM-BO-2024-07.eml", eml_bytes(mail(
         "Alessandro Conti <a.conti@cantieremarche.it>", "Jenny Hsu <jenny@formosadeck.com.tw>",
         "Call-off n. 3 - stanchions and bases CM46", "Wed, 10 Apr 2024 17:40:00 +0200", txt("""
Dear Jenny,

with the attached call-off n. 3 we release 3 boat sets of stanchions and bases (hulls 031 to 033),
14 stanchions and 14 bases per boat set. Delivery as usual to our warehouse in Pesaro, week 22.

Everything else stays as in the blanket order.

Best regards
Alessandro Conti
Supply Chain Manager - Cantiere Marche Yachts S.p.A.
Strada della Romagna 120, 61121 Pesaro - +39 0721 40 1122
"""), attachments=[("Call-off_3.docx", _calloff, DOCX_MT)])))],
     contains=("docx",))

# p20: HTML portal: summary says 25 released, line table says 20
case("p20_us_portal_25_vs_20", ["RG011"], "portal summary shows 25 released, the release line shows 20",
     [("vendor_portal_PO_CB-8841.html", html_page("Vendor portal - PO CB-8841", """
<div style="background:#1b4d3e;color:#fff;padding:6px">Carolina Bay Yachts &middot; Vendor Portal &middot; Vendor: Kaohsiung Hong-Yi Casting Co., Ltd.</div>
<h2>PO CB-8841 &ndash; Rev 1 &ndash; Bronze thru-hull fitting 1-1/2&quot;</h2>
<table>
<tr><th>Order quantity</th><td>400</td></tr>
<tr><th>Released quantity</th><td>25</td></tr>
<tr><th>On hold (not released)</th><td>375</td></tr>
<tr><th>Unlock event</th><td>Sample sign-off (ABYC H-27 pull test + X-ray)</td></tr>
<tr><th>Release authority</th><td>Jessica Hale, Supply Chain Director</td></tr>
</table>
<h3>Releases</h3>
<table>
<tr><th>Release no.</th><th>Date</th><th>Scope</th><th>Quantity</th><th>Authorized by</th></tr>
<tr><td>R-001</td><td>03/20/2024</td><td>Sample</td><td>20</td><td>Jessica Hale</td></tr>
</table>
<p class="note">Only quantities listed under Releases may be produced. The remaining quantity is not released until the release authority issues a new release in writing.</p>
"""))])

# p21: Teams chat: twelve samples, later fifteen; nothing said about the rest
case("p21_no_tr_teams_12_then_15", ["RG003", "RG004", "RG005", "RG011"],
     "buyer authorizes twelve sample brackets, later refers to fifteen; nothing about the balance, its unlock or its releaser",
     [("Teams_davit_brackets.txt", txt("""
Teams chat export - "Davit brackets DB-90" - participants: Håkon Lie (Fjordline Boats AS), Onur Çelik (Guest, Karadeniz Metal)

02.04.2024 10:14  Håkon Lie
Hi Onur, PO 2024-0577 is out. Please go ahead with twelve (12) sample davit brackets DB-90, hot-dip galvanized, drawing FB-DB-90 rev 2.

02.04.2024 10:31  Onur Çelik (Guest)
Thank you Håkon, we start this week. Galvanizing is outside, 3 days.

09.04.2024 15:02  Onur Çelik (Guest)
Brackets welded, photo in the files tab. Do you want the test certificate EN 1090 with the samples?

09.04.2024 15:20  Håkon Lie
Yes please. And as agreed, the fifteen samples in one crate, 5 go straight to hull 88 in Brattvåg.

09.04.2024 15:24  Onur Çelik (Guest)
OK
"""))])

# p23: supplier reads deposit as start; quoted buyer PO names no release person
_q = txt("""
Dear Ryan,

We received your T/T deposit today, thank you. So we arrange the production now, ETD 35 days from
today, we will send photos every week.

Best regards
Helen Xu
Sales | Foshan Jinhai Marine Products Co., Ltd.
Tel +86 757 2288 6610 | WhatsApp +86 139 2288 6610

------------------ Original ------------------
From: "Ryan Cole" <ryan@gulfcoastchandlery.com>
Date: Mon, Mar 25, 2024 09:40 AM
To: "Helen Xu" <helen@jinhai-marine.cn>
Subject: PO 7790 - deck hatch 450 samples

> Helen,
> PO 7790 attached: 5 sample deck hatches 450 x 450, tinted. The balance of 145 on your quote is not
> released; it stays on hold until the sample sign-off, then internal approval from our side.
> 30% deposit on tooling and samples per your PI 24-0311, wire goes out this week.
> Ryan Cole
> Gulf Coast Chandlery Supply, Mobile AL
""")
case("p23_cn_deposit_arrange_production", ["RG005", "RG012"],
     "supplier arranges production on receipt of the deposit; quoted buyer scope names no person to release the balance",
     [("Re_PO_7790.eml", eml_bytes(mail(
         "Helen Xu <helen@jinhai-marine.cn>", "Ryan Cole <ryan@gulfcoastchandlery.com>",
         "Re: PO 7790 - deck hatch 450 samples", "Thu, 28 Mar 2024 17:02:00 +0800", _q,
         in_reply_to="<po7790@gulfcoastchandlery.com>")))])

# p24: Italian buyer WhatsApp: deposit paid so start the samples; sample quantity never stated
case("p24_it_whatsapp_bonifico", ["RG010", "RG012"],
     "buyer treats the deposit as the start signal; no sample quantity is stated anywhere",
     [("WhatsApp Chat con Kemal Egeli Inox.txt", txt("""
[21/03/24, 09:41:12] Davide Rinaldi: Buongiorno Kemal, PO 24/3310 is sent by email, stanchions 600 mm drawing RS-ST-600 rev C
[21/03/24, 09:55:30] Kemal Şahin: Günaydın Davide, received 👍 proforma for the deposit I send today
[22/03/24, 11:02:05] Kemal Şahin: proforma PI-2403-77 sent
[26/03/24, 16:18:44] Davide Rinaldi: bonifico fatto for the deposit ✅ so you can start the sample stanchions
[26/03/24, 16:19:20] Davide Rinaldi: the series stays on hold until I sign off the samples and send you the written release
[26/03/24, 16:25:02] Kemal Şahin: ok thank you, we start Monday
"""))])

# p25: supplier customer-portal page: deposit receipt triggers production release
case("p25_cn_portal_deposit_trigger", ["RG012"], "supplier portal: production released automatically on deposit receipt",
     [("order_status_JH-SO-240415.html", html_page("Order status JH-SO-240415", """
<h2>Jinhai Marine &ndash; customer order tracking</h2>
<p>Customer: Bayside Marine Distributors Inc. &middot; Your PO: BMD-24131 &middot; Sales order: JH-SO-240415</p>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th></tr>
<tr><td>Order received</td><td>2024-04-02</td><td>done</td></tr>
<tr><td>Proforma PI-240402 issued</td><td>2024-04-02</td><td>done</td></tr>
<tr><td>Deposit 30% received</td><td>2024-04-09</td><td>done</td></tr>
<tr><td>Production released to workshop</td><td>2024-04-09</td><td>done (automatic on deposit receipt)</td></tr>
<tr><td>Quality inspection</td><td></td><td>pending</td></tr>
<tr><td>Shipment</td><td></td><td>pending</td></tr>
</table>
<p>Item: boarding ladder 4-step, 316, telescopic &middot; tube 25 mm &middot; finish mirror polish</p>
<p class="note">Dear customer, our system releases production automatically when the deposit is received. Balance payment is due before shipment against copy of B/L.</p>
"""))])

# p26: Turkish PI: production starts on down payment; forecast written as confirmed order
case("p26_tr_pi_downpayment_forecast", ["RG008", "RG012"],
     "supplier PI starts production on down payment and books the buyer's forecast as a confirmed order",
     [("Proforma_PI-24-0388_Akdeniz.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-24-0388"),
         ("p", "Akdeniz Marine Ekipman San. ve Tic. A.Ş., Antalya Serbest Bölge, Türkiye"),
         ("p", "Buyer: Noord-Hollandse Jachtbouw B.V., Enkhuizen (NL)    Date: 03.04.2024"),
         ("table", [
             ["Pos.", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "Anchor roller 40 mm, 316, samples, DWG NHJ-AR-40 rev 1", "6", "142,00", "852,00"],
             ["2", "Anchor roller 40 mm, series 2025 (your forecast 600 pcs)", "600", "58,00", "34.800,00"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Down payment 30% of the total. Production starts automatically on receipt of the down "
               "payment; no further confirmation is needed."),
         ("p", "2. Your forecast 2025 of 600 pcs is hereby confirmed as a firm order at the series price above "
               "and scheduled in our plan for January-March 2025."),
         ("p", "3. Delivery: samples 4 weeks, series as scheduled. EXW Antalya."),
         ("p", "Mert Öztürk - Export Sales - +90 242 259 30 40"),
     ], title="PI-24-0388", author="Akdeniz Marine"))])

# p55: Kiwi buyer + Taiwanese supplier chat: scope stated, then "deposit's gone through, so go for it"
case("p55_nz_tw_deposit_go_for_it", ["RG002", "RG012"],
     "buyer answers the deposit question with an unscoped 'go for it', making the payment the start signal",
     [("WhatsApp Chat with Tama Rangi.txt", txt("""
[11/03/24, 10:02:17 AM] Tama Rangi: Kia ora Peter, PO 6610 is in your inbox. 4 sample stern ladders SL-5, 316, drawing TR-SL-5 rev 2
[11/03/24, 10:03:02 AM] Tama Rangi: the other 36 are on hold till the sea trial sign-off on boat 12, then I release them in writing
[11/03/24, 11:20:45 AM] Peter Lin: Hi Tama, received, thank you. 4 pcs sample. PI for the 30% deposit sent to your accounts team
[19/03/24, 2:14:09 PM] Peter Lin: Tama, deposit received? we are ready on our side
[20/03/24, 8:05:51 AM] Tama Rangi: yep deposit's gone through this morning, so go for it 👍
[20/03/24, 8:07:30 AM] Peter Lin: OK thank you! start today
"""))])

# c17: DOCX interim sample disposition with limits (Italian yard -> Turkish foundry)
case("c17_it_interim_disposition", [], "interim sample sign-off with quantity and date limit; limited release named, balance on hold with event and releaser",
     [("Disposizione_campioni_interim_ICM-24-019.docx", docx_bytes([
         ("h1", "Sample disposition ICM-24-019 - INTERIM"),
         ("p", "Cantiere Tirreno Yachts S.r.l., Livorno - Engineering / Qualità"),
         ("p", "Supplier: Ege Hassas Döküm A.Ş., İzmir - order 24/0599, bow fitting casting, DWG CTY-BF-22 rev C"),
         ("table", [
             ["Item", "Value"],
             ["Sample disposition", "Interim (not full sign-off)"],
             ["Reason", "Surface roughness Ra 0.9 µm on the inner radius vs. Ra 0.6 µm required; dimensions and salt-spray OK"],
             ["Interim limit", "24 pcs, valid until 30 June 2024"],
             ["Production release under this interim", "R-01: 24 pcs (hulls CT52-07 to CT52-12, 4 per hull), authorized by Ing. Roberto Bianchi"],
             ["Balance", "216 pcs on hold - not released"],
             ["Unlock event for the balance", "Full sample sign-off on 3 re-polished samples"],
             ["Release authority", "Ing. Roberto Bianchi, Operations Director"],
             ["Material authority", "24 pcs (equal to R-01)"],
         ]),
         ("sp",),
         ("p", "Only the 24 pcs of release R-01 may be produced. The 216 pcs remain on hold until the full "
               "sample sign-off and a written release signed by Ing. Roberto Bianchi."),
         ("p", "Signed: Elena Ricci, Quality Engineer - 22/04/2024"),
     ], author="Cantiere Tirreno Yachts"))])

# c18: stop notice (Dutch yard -> Chinese supplier)
_t = txt("""
Dear Mr. Zhao,

STOP NOTICE - order 4500013801, cast winch base WB-60.

Effective immediately there is a stop on this order. Nothing more may be started, released or not,
until the stop is lifted in writing.

- Released to date: 40 pcs. 20 are delivered; the 20 finished pieces in your store may still ship.
- Do not start machining, polishing or casting of any other piece.
- Balance of 160 pcs: on hold and not released.
- The stop is lifted only when our corrective-action report 8D-24-017 (porosity at the mounting
  bosses) is closed, and then only by a written notice from Pieter Smit, Quality Director.

Please confirm receipt of this notice today.

Met vriendelijke groet,
Pieter Smit
Quality Director | Zuiderzee Jachtbouw B.V. | Lemmer | +31 514 56 2200
""")
case("c18_nl_stop_notice", [], "stop notice: released quantity stated, nothing more may start, lift event and lifter named",
     [("STOP_order_4500013801.eml", eml_bytes(mail(
         "Pieter Smit <p.smit@zuiderzeejachtbouw.nl>", "Zhao Lei <zhaolei@dlmarine.cn>",
         "STOP NOTICE - order 4500013801 winch base WB-60", "Tue, 16 Apr 2024 08:10:00 +0200", _t,
         cc="Inkoop <inkoop@zuiderzeejachtbouw.nl>")))])

# c19: multi-file: PO + supplier quote, PO declares quote's 500 tier informational
case("c19_us_tw_po_plus_quote", [], "PO releases 10 samples and says the quote's 500 tier is informational and not released",
     [("PO_44120_Seaway_Marine.pdf", pdf([
         ("h1", "PURCHASE ORDER 44120"),
         ("p", "Seaway Marine Distributors Inc., 800 Harbor Blvd, Green Bay, WI 54303, USA"),
         ("p", "Vendor: Taichung Jin-Feng Precision Co., Ltd., Taiwan - quote TJF-Q-24-0219 attached for reference"),
         ("p", "Date: 03/05/2024"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit USD"],
             ["1", "SMD-SB-1", "Stanchion base 1 in, 316, 3-hole, sample", "10", "18.60"],
         ]),
         ("sp",),
         ("p", "This PO releases the 10 sample bases on line 1 only. The 100 pcs and 500 pcs tiers on the attached "
               "quote are for information only and are not released. Any production quantity stays on hold until our "
               "sample sign-off and a written release from Rachel Novak, Purchasing Manager."),
         ("p", "Material authority: 10 sample pieces only."),
     ], pagesize=LETTER, title="PO 44120", author="Seaway Marine Distributors")),
      ("Quote_TJF-Q-24-0219.pdf", pdf([
         ("h1", "QUOTATION TJF-Q-24-0219"),
         ("p", "Taichung Jin-Feng Precision Co., Ltd. - to Seaway Marine Distributors Inc."),
         ("table", [
             ["Qty", "Unit USD", "Remark"],
             ["10 (sample)", "18.60", "incl. CMM report"],
             ["100", "9.80", ""],
             ["500", "7.45", "one lot"],
         ]),
         ("p", "Validity 60 days. Tooling (fixture) USD 650 one-time."),
     ], title="TJF-Q-24-0219", author="Taichung Jin-Feng"))])

# c20: forwarded old quote (message/rfc822) declared informational (Norwegian buyer -> Chinese supplier)
_old = mail("Sunny Li <sunny@oceanic-hw.cn>", "Tor Eriksen <tor.eriksen@vestkystyachts.no>",
            "Quotation SZ-Q-23-118 cleats and fairleads", "Mon, 06 Nov 2023 10:00:00 +0800", txt("""
Dear Tor,

Please find our quotation SZ-Q-23-118:

- Fairlead 150 mm AISI 316: sample 20 pcs USD 31.00, MOQ 5.000 pcs USD 6.20
- Cleat 200 mm AISI 316: sample 20 pcs USD 22.40, MOQ 5.000 pcs USD 5.10

Validity 90 days. FOB Shenzhen.

Best regards
Sunny Li
"""))
_t = txt("""
Hi Sunny,

For reference I forward your quotation from November (attached). The 5.000 pcs figures in it are for
information only and are not released; we do not need that volume.

This order, PO 4410-19: 20 (twenty) sample fairleads 150 mm only. Everything beyond the 20 stays on
hold until our sample sign-off and a written release from me (Tor Eriksen, Innkjøpssjef). Material for
the 20 samples only please.

Best regards
Tor Eriksen
Vestkyst Yachts AS
""")
case("c20_no_fwd_old_quote_info", [], "forwarded old quote with 5.000 pcs declared informational; sample PO fully scoped",
     [("FW_Quotation_SZ-Q-23-118.eml", eml_bytes(mail(
         "Tor Eriksen <tor.eriksen@vestkystyachts.no>", "Sunny Li <sunny@oceanic-hw.cn>",
         "PO 4410-19 fairlead samples / FW: Quotation SZ-Q-23-118", "Tue, 02 Apr 2024 11:30:00 +0200", _t,
         attachments=[("rfc822", _old)])))],
     contains=("rfc822",))

# c21: internal buyer thread asking whether to give the go-ahead; answer keeps the hold
_t = txt("""
Luca,

no, not yet. The samples passed the dimensional check, but the RINA certificate of the series heat is
still missing. Keep the 380 on hold; you send the release when the certificate is in.

Sofia

Sofia Colombo
Responsabile Qualità | Cantiere Ligure Yachts S.p.A. | Genova

-----Messaggio originale-----
Da: Luca Moretti
Inviato: lunedì 22 aprile 2024 10:12
A: Sofia Colombo
Oggetto: bollards BL-200 - go-ahead?

> Sofia,
> Kemal (Anadolu Marin) asks if he can start the series. Our PO 24/0902 covers the 20 sample
> bollards only; the 380 are on hold until the samples are signed off and the RINA certificate is in,
> and then I release them in writing.
> Can we give them the go-ahead for the 380, or do we wait for RINA?
> Luca Moretti, Buyer
""")
case("c21_it_internal_goahead_question", [], "internal question about a go-ahead; the answer keeps the hold; quoted PO scope complete",
     [("RE_bollards_BL-200.eml", eml_bytes(mail(
         "Sofia Colombo <s.colombo@cantiereligure.it>", "Luca Moretti <l.moretti@cantiereligure.it>",
         "RE: bollards BL-200 - go-ahead?", "Mon, 22 Apr 2024 11:02:00 +0200", _t)))])

# ---------------------------------------------------------------- batch 4
# p28: US buyer calls the model-year forecast a firm commitment
_t = txt("""
Hi Vicky,

Attached is our forecast for model year 2025: 60 boat sets of the T26 deck hardware kit (cleats,
chocks, rod holders, bow eye), spread over March to October.

You can consider this a firm commitment from Tidewater - we will take all 60, so please book all
60 as an order on your side. Monthly quantities are in the sheet.

Thanks,
Brandon Keller
Purchasing Manager | Tidewater Skiffs Inc. | Chesapeake, VA | (757) 555-0177
""")
case("p28_us_forecast_firm_commitment", ["RG008"], "buyer writes the model-year forecast of 60 boat sets as a firm commitment to be booked as an order",
     [("MY2025_T26_deck_kits.eml", eml_bytes(mail(
         "Brandon Keller <bkeller@tidewaterskiffs.com>", "Vicky Chen <vicky@ningbo-seastar.cn>",
         "MY2025 forecast - T26 deck hardware kits", "Tue, 09 Apr 2024 14:22:00 -0400", _t,
         attachments=[("MY2025_forecast_T26.txt", txt("""
TIDEWATER SKIFFS - T26 DECK HARDWARE KIT - MY2025
MONTH    MAR APR MAY JUN JUL AUG SEP OCT  TOTAL
KITS       6   8  10  10   8   8   6   4     60
"""), "text/plain")])))],
     contains=("txt",))

# p29: Polish supplier books a labelled forecast as a confirmed order; original attached as message/rfc822
_orig = mail("Ingrid Solberg <ingrid.solberg@skjoldbat.no>", "Tomasz Wiśniewski <t.wisniewski@stalmar.pl>",
             "Forecast Q3 2024 - stanchions", "Mon, 08 Apr 2024 09:00:00 +0200", txt("""
Hi Tomasz,

Our forecast for Q3 2024, for your capacity planning: about 1.8k stanchions SKJ-ST-630 (1.800 pcs).
This is a forecast only, not an order. Call-offs follow as usual.

Best regards
Ingrid Solberg
Supply Chain Manager, Skjold Båtbyggeri AS
"""))
_t = txt("""
Dear Ingrid,

Thank you for your forecast for Q3 (your mail below, attached).

We have booked the 1.800 stanchions for Q3 as a confirmed order in our system (our order no.
ZS-24-0490) and reserved the capacity on the bending and welding line for weeks 27-38. Order
confirmation will follow this week.

Kind regards,
Tomasz Wiśniewski
Sales Manager | Stal-Mar Sp. z o.o. | Gdynia | +48 58 340 11 90
""")
case("p29_pl_forecast_booked_confirmed", ["RG008"], "supplier books the buyer's labelled 1.800 forecast as a confirmed order",
     [("RE_Q3_2024_stanchions.eml", eml_bytes(mail(
         "Tomasz Wiśniewski <t.wisniewski@stalmar.pl>", "Ingrid Solberg <ingrid.solberg@skjoldbat.no>",
         "RE: Forecast Q3 2024 - stanchions", "Wed, 10 Apr 2024 08:45:00 +0200", _t,
         attachments=[("rfc822", _orig)])))],
     contains=("rfc822",))

# p30: Taiwanese supplier ERP: customer forecast loaded as a firm sales order
case("p30_tw_erp_forecast_to_firm_so", ["RG008"], "supplier ERP converts the customer forecast into a firm sales order",
     [("SO_entry_SO-24-0912.txt", txt("""
FORMOSA DECK HARDWARE CO., LTD.       SALES ORDER ENTRY / 銷貨訂單            2024/04/11 10:02
-----------------------------------------------------------------------------------------------
SO NO.      : SO-24-0912                 ORDER TYPE : FIRM
CUSTOMER    : C0417 CANTIERE MARCHE YACHTS SPA (PESARO, IT)
SOURCE DOC  : CUSTOMER FORECAST FCST-2025-H1 (E-MAIL 2024/04/08)
-----------------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                       QTY    REQ DATE     STATUS
01  FDH-ST-610     STANCHION 610MM 316 25X2          420    2025/01/15   FIRM
02  FDH-SB-25      STANCHION BASE 25MM 3-HOLE        420    2025/01/15   FIRM
03  FDH-PU-46      BOW PULPIT CM46                    30    2025/02/15   FIRM
-----------------------------------------------------------------------------------------------
REMARK: CUSTOMER FORECAST H1-2025 ENTERED AS FIRM SO PER SALES MGR J. HSU.
        CAPACITY BOOKED LINE 2 (BENDING) WK 46-52.
ENTERED BY: AMY.L
"""))])

# p31: Norwegian sample PO with an annual forecast line written as a binding commitment
case("p31_no_pt_po_forecast_binding", ["RG008"], "PO line calls the 2,400 pcs annual forecast a binding purchase commitment",
     [("PO_24-2290_Nordfjord.pdf", pdf([
         ("h1", "PURCHASE ORDER 24-2290"),
         ("p", "Nordfjord Skipsverft AS, Verftsvegen 2, 6770 Nordfjordeid, Norway"),
         ("p", "Supplier: Fundição Atlântica de Bronzes, S.A., Aveiro, Portugal"),
         ("p", "Date: 15.04.2024    Delivery: DAP Nordfjordeid    Payment: 60 days"),
         ("table", [
             ["Line", "Description", "Scope", "Qty", "Status"],
             ["1", "Bronze seacock 1 1/2 in, CuSn5Zn5Pb5, DWG NS-SC-15 rev 3", "Sample", "6", "Released"],
             ["2", "Bronze seacock 1 1/2 in, same", "Annual requirement 2025 (forecast)", "2,400", "Not released for production"],
         ]),
         ("sp",),
         ("p", "Line 1: 6 sample seacocks are released. Line 2 is not released for production; quantities will "
               "be released by call-offs signed by Knut Eide (Purchasing Manager) after the sample sign-off "
               "(DNV-witnessed pressure test)."),
         ("p", "The 2,400 pcs forecast on line 2 is our committed annual volume for 2025 and a binding purchase "
               "commitment of Nordfjord Skipsverft AS; please plan your foundry capacity on it."),
         ("p", "Material authority: sample only (line 1)."),
     ], title="PO 24-2290", author="Nordfjord Skipsverft"))])

# p32: Kiwi buyer chat: next-season forecast "locked in as an order"
case("p32_nz_chat_lock_in_forecast", ["RG008"], "buyer tells supplier to lock in next season's forecast of 40 hatches as an order",
     [("WhatsApp Chat with Cindy Haiyue.txt", txt("""
[10/04/24, 3:02:11 PM] Cindy Zhou: Hi Hemi, for our planning can you share your forecast for next season?
[10/04/24, 3:40:45 PM] Hemi Walker: kia ora Cindy, forecast for next season is 40 hatches, boats 60 to 70, same 500x500 smoked
[10/04/24, 3:41:30 PM] Hemi Walker: honestly it's a done deal, lock them in as an order, we're good for it
[10/04/24, 3:42:02 PM] Hemi Walker: PO paperwork in Sept when the new financial year opens
[10/04/24, 3:50:17 PM] Cindy Zhou: OK Hemi, I put 40 pcs in our order book 👍
"""))])

# p33: DOCX drawing notes: "approval" for class, commercial and production
case("p33_it_drawing_notes_approval", ["RG009"], "drawing notes use 'approval' for class/technical, commercial (CFO) and production",
     [("Drawing_notes_CL-DV-300_revB.docx", docx_bytes([
         ("h1", "Drawing notes - tender davit CL-DV-300 rev B"),
         ("p", "Cantiere Ligure Yachts S.p.A., Genova - Ufficio Tecnico"),
         ("h", "General notes"),
         ("num", "Material: AISI 316L tube 76.1 x 3.0 and plate 12 mm; welds per ISO 15614-1, WPS CL-W-07."),
         ("num", "Surface: electropolished, Ra ≤ 0.6 µm on visible surfaces."),
         ("num", "Load test: 1.5 x SWL (SWL 350 kg), 10 min, no permanent deformation."),
         ("h", "Approval"),
         ("num", "The 3 samples require approval by the RINA surveyor (load test and weld inspection)."),
         ("num", "After approval, the purchase order will be submitted for approval to our CFO."),
         ("num", "Production approval follows and will be communicated to the supplier by the buyer."),
         ("table", [
             ["Rev", "Date", "Change", "By"],
             ["A", "12/02/2024", "First issue", "M. Greco"],
             ["B", "04/04/2024", "Weld symbol at base plate, note 3 load", "M. Greco"],
         ]),
     ], author="Cantiere Ligure Yachts"))])

# p34: Dutch buyer uses "release" for drawing, samples (QA) and production
_t = txt("""
Hi Zhao,

Release note for the winch base WB-60, order 4500013812:

1. Drawing WB-60 rev D is released (technical release, see attachment in the portal).
2. The 6 samples are released for production now.
3. The 194 series pieces are not released. The series release follows after the sample release by
   our QA, and will be signed by me (Jeroen Mulder).

Please confirm.

Met vriendelijke groet,
Jeroen Mulder
Operations Director | Zuiderzee Jachtbouw B.V. | Lemmer
""")
case("p34_nl_release_three_meanings", ["RG009"], "'release' used for drawing (technical), sample QA result and production in one note",
     [("WB-60_order_4500013812.eml", eml_bytes(mail(
         "Jeroen Mulder <j.mulder@zuiderzeejachtbouw.nl>", "Zhao Lei <zhaolei@dlmarine.cn>",
         "Release note WB-60 - order 4500013812", "Wed, 03 Apr 2024 09:35:00 +0200", _t)))])

# p35: WhatsApp: "yes approved" answered to an open question; later it meant the PO, not the samples
case("p35_us_tr_yes_approved", ["RG002", "RG009"], "unscoped 'yes approved', later explained as the PO approval by finance, not the samples",
     [("WhatsApp Chat with Jake Morris.txt", txt("""
[01/04/2024, 10:05] Jake Morris: Hi Cem, PO 88-104 sent. 3 sample props, 3-blade 15x11 RH, DWG SF-P15 rev 2
[01/04/2024, 10:06] Jake Morris: the other 27 are not released until the sea trial sign-off on hull 14, then I release them in writing
[01/04/2024, 10:30] Cem Yılmaz: Thank you Jake, noted
[08/04/2024, 09:12] Cem Yılmaz: Jake is it approved? we are waiting
[08/04/2024, 12:47] Jake Morris: yes approved 👍
[08/04/2024, 12:50] Cem Yılmaz: great thanks, we plan the foundry then
[09/04/2024, 08:20] Jake Morris: sorry Cem to clarify - approved meant our finance approved the PO yesterday. samples are not approved yet, sea trial is next week
[09/04/2024, 08:31] Cem Yılmaz: ok understood
"""))])

# p36: buyer portal: "Approval" for engineering and purchasing, "release" for drawing and production
case("p36_nl_portal_approval_columns", ["RG009"], "portal uses 'release' both for the drawing (technical) and for production of line 20",
     [("portal_order_4500013777.html", html_page("Supplier portal - order 4500013777", """
<div style="background:#003366;color:#fff;padding:6px">Rijnmond Yachts B.V. &middot; Supplier Portal &middot; vendor: Egeli Inox Ltd. (205640)</div>
<h2>Order 4500013777 &ndash; hatch frame HF-600, cast 316</h2>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Status</th></tr>
<tr><td>10</td><td>Sample</td><td>4</td><td>Delivered 2024-04-05</td></tr>
<tr><td>20</td><td>Production</td><td>116</td><td>On hold &ndash; not released</td></tr>
</table>
<h3>Approval and release status</h3>
<table>
<tr><th>Step</th><th>Owner</th><th>Status</th></tr>
<tr><td>Sample sign-off (engineering)</td><td>R. Jansen</td><td>Approved &ndash; 4 samples, 2024-04-11</td></tr>
<tr><td>Commercial (purchasing)</td><td>F. Bakker</td><td>PO issued, budget booked, 2024-03-20</td></tr>
<tr><td>Release (engineering)</td><td>R. Jansen</td><td>Drawing HF-600 rev 7 released</td></tr>
<tr><td>Release (production, line 20)</td><td>Femke Bakker, Category Manager</td><td>Pending &ndash; after sample sign-off, in writing</td></tr>
</table>
<p class="note">Line 20 (116 pcs) may not be started until the production release is issued by Femke Bakker.</p>
"""))])

# p37: WhatsApp: Kiwi buyer "you're good to go" after sample photos
case("p37_nz_tr_good_to_go", ["RG002"], "after sample photos the buyer answers 'you're good to go' without naming samples or a quantity",
     [("WhatsApp Chat with Ngaire Thompson.txt", txt("""
[04/03/24, 8:15:02 AM] Ngaire Thompson: Morning Serkan, PO HB-5540 is through. 4 pattern samples of the winch pad WP-3 only
[04/03/24, 8:16:10 AM] Ngaire Thompson: the other 116 stay on hold until we've signed off the samples, then I'll release them in writing
[04/03/24, 8:40:33 AM] Serkan Aksoy: Good morning Ngaire, thank you, 4 pcs pattern samples 👍
[22/03/24, 6:02:47 PM] Serkan Aksoy: <Media omitted>
[22/03/24, 6:02:48 PM] Serkan Aksoy: <Media omitted>
[22/03/24, 6:03:30 PM] Serkan Aksoy: samples finished, polish and the M10 threads, photos above. What do you think?
[23/03/24, 9:11:05 AM] Ngaire Thompson: looks mint, you're good to go 👍
[23/03/24, 9:15:40 AM] Serkan Aksoy: super, thank you!!
"""))])

# p38: Dutch buyer "You may proceed." on top of a thread with full scope
_t = txt("""
Hi Ahmet,

Samples are okay for us. You may proceed.

Groet,
Femke

Femke Bakker | Category Manager Deck Hardware | Rijnmond Yachts B.V. | Rotterdam

> On 12 Apr 2024, at 10:02, Ahmet Koç <ahmet@egeliinox.com.tr> wrote:
>
> Dear Femke, samples are in your warehouse since Monday. Please advise next step.
> Ahmet
>
>> On 18 Mar 2024, at 15:40, Femke Bakker <f.bakker@rijnmondyachts.nl> wrote:
>>
>> Ahmet, order 4500013790: 4 sample hatch frames HF-450. The balance of 116 is not released; it
>> stays on hold until our sample sign-off, and after that I will release it in writing.
>> Femke
""")
case("p38_nl_you_may_proceed", ["RG002"], "buyer answers 'You may proceed' with no quantity or sample scope",
     [("Re_samples_HF-450.eml", eml_bytes(mail(
         "Femke Bakker <f.bakker@rijnmondyachts.nl>", "Ahmet Koç <ahmet@egeliinox.com.tr>",
         "Re: order 4500013790 HF-450 samples", "Mon, 15 Apr 2024 16:20:00 +0200", _t,
         in_reply_to="<ak-0412@egeliinox.com.tr>")))])

# p39: Norwegian buyer "Green light from our side!" (multipart) with scoped PO attached
_po = pdf([
    ("h1", "INNKJØPSORDRE 24-1311"),
    ("p", "Brekke Marine AS, Florø - to Pomorskie Kompozyty Sp. z o.o., Gdynia    Date: 20.03.2024"),
    ("table", [
        ["Line", "Part", "Scope", "Qty", "Status"],
        ["1", "Helm console moulding, DWG BM-HC-02 rev 4", "Sample", "2", "Released"],
        ["2", "Helm console moulding, same", "Series", "58", "On hold - not released"],
    ]),
    ("p", "Line 2 is released only after the sample sign-off (fit on hull BM-760 and colour check) by a "
          "written release from Ole Brekke, Purchasing Manager."),
], title="PO 24-1311", author="Brekke Marine")
_t = txt("""
Hei Marta,

Thanks for the quick work on the consoles and for the class paperwork.

Green light from our side!

Have a good weekend.

Ole

Ole Brekke
Purchasing Manager | Brekke Marine AS | Florø, Norway | +47 57 75 02 00
""")
_h = ("<p>Hei Marta,</p><p>Thanks for the quick work on the consoles and for the class paperwork.</p>"
      "<p><b>Green light from our side!</b></p><p>Have a good weekend.</p><p>Ole</p>"
      "<p>Ole Brekke<br>Purchasing Manager | Brekke Marine AS | Florø, Norway</p>")
case("p39_no_green_light", ["RG002"], "'Green light from our side!' names neither samples nor a quantity; attached PO is otherwise complete",
     [("Helm_consoles_BM-HC-02.eml", eml_bytes(mail(
         "Ole Brekke <ole@brekkemarine.no>", "Marta Nowak <m.nowak@pomorskie-kompozyty.pl>",
         "Helm consoles BM-HC-02", "Fri, 12 Apr 2024 15:48:00 +0200", _t, html=_h,
         attachments=[("PO_24-1311.pdf", _po, PDF_MT)])))],
     contains=("pdf",))

# p40: US receiving inspection report: "APPROVED. Supplier may proceed."
case("p40_us_inspection_may_proceed", ["RG002"], "inspection report disposition 'Supplier may proceed' without scope; order block is otherwise complete",
     [("RIR-24-0133_stanchion_bases.pdf", pdf([
         ("h1", "RECEIVING INSPECTION REPORT RIR-24-0133"),
         ("p", "Bayside Marine Distributors Inc., Quality Dept., St. Petersburg, FL"),
         ("p", "Vendor: Shin-Yi Precision Co., Ltd., Taichung    Part: SB-316-25 stanchion base 25 mm"),
         ("h", "Order status"),
         ("p", "PO BMD-24140: 6 sample pcs released. 594 production pcs not released; released only by a written "
               "release from Carla Nunes, Purchasing Director, after sample sign-off."),
         ("table", [
             ["Check", "Spec", "Result"],
             ["Tube bore", "25.4 +0.2/-0", "25.50 / 25.52 / 25.49 / 25.51 / 25.50 / 25.53"],
             ["Set screw M6", "go/no-go", "OK 6/6"],
             ["Salt spray ASTM B117", "240 h, no red rust", "OK (2 pcs)"],
             ["Finish", "Satin, no pits", "OK"],
         ]),
         ("sp",),
         ("p", "Disposition: APPROVED. Supplier may proceed."),
         ("p", "Inspector: Luis Ortega    Date: 04/16/2024"),
     ], pagesize=LETTER, title="RIR-24-0133", author="Bayside Marine Distributors"))])

# c22: full-quantity spares-kit PO for dealer stock: "good to run the full 120"
case("c22_it_spares_kits_full", [], "full-quantity spares-kit PO; 'good to run' names the full 120",
     [("Ordine_ND-24-077_kit_ricambi.pdf", pdf([
         ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER ND-24-077"),
         ("p", "Nautica Distribuzione S.r.l., Via dell'Industria 18, 30175 Venezia-Marghera, Italy"),
         ("p", "Supplier: Ningbo Seastar Marine Hardware Co., Ltd., China    Date: 05/04/2024"),
         ("table", [
             ["Pos.", "Code", "Description", "Qty", "Unit EUR"],
             ["1", "ND-KIT-DH-S", "Spares kit deck hatch: 2 gas struts, 1 seal 3 m, 4 hinge pins, screws", "120", "18,40"],
         ]),
         ("sp",),
         ("p", "Dealer stock order. This order covers the full quantity; there is no sample stage and no balance. "
               "All 120 spares kits are released: you are good to run the full 120, same content and bag labels "
               "as order ND-23-210."),
         ("p", "Delivery: CIF Venezia, by 15/06/2024. Packing: 20 kits per carton, EAN label per kit."),
         ("p", "Buyer: Giorgia Pellegrini, +39 041 53 11 020"),
     ], title="ND-24-077", author="Nautica Distribuzione"))])

# c23: HTML revised PO (rev 2) that releases the whole balance after sign-off
case("c23_no_revised_po_portal", [], "revised PO releases the remaining 36 lids after sample sign-off; no balance left",
     [("PO_24-1203_rev2.html", html_page("PO 24-1203 rev 2", """
<h2>Hardanger Aluminiumsbåt AS &ndash; Purchase order 24-1203, revision 2</h2>
<p>Supplier: Pomorskie Kompozyty Sp. z o.o., Gdynia &middot; Part: foredeck hatch lid HAB-FH-09 rev 2 &middot; Date of revision: 19.04.2024</p>
<table>
<tr><th>Revision</th><th>Date</th><th>Lines</th><th>Released by this revision</th><th>Cumulative released</th></tr>
<tr><td>0</td><td>08.03.2024</td><td>Sample set hull 401: 4 lids</td><td>4</td><td>4</td></tr>
<tr><td>1</td><td>02.04.2024</td><td>Series hulls 402-410: 36 lids added, not released</td><td>0</td><td>4</td></tr>
<tr><td>2</td><td>19.04.2024</td><td>Series hulls 402-410: 36 lids</td><td>36</td><td>40</td></tr>
</table>
<p>Sample sign-off: approved 17.04.2024 (DNV-witnessed point-load test, report HAB-QA-24-31).</p>
<p>With revision 2, the 36 lids for hulls 402-410 are released for production. Cumulative released: 40 = PO quantity. No balance remains.</p>
<p>Material authority: 36 lids, equal to this release.</p>
<p>Authorized: Kari Nilsen, Innkjøpssjef (release authority).</p>
"""))])

# ---------------------------------------------------------------- batch 5
# p41: full-quantity PO e-mail with the supplier's tier quote attached, tiers not declared informational
_quote = pdf([
    ("h1", "QUOTATION KH-Q-24-0305"),
    ("p", "Kao-Hsin Precision Casting Co., Ltd., Kaohsiung - to Båtutstyr Nord AS, Tromsø"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD"],
        ["1", "Mooring cleat 200 mm, AISI 316, mirror polish", "50", "34.80"],
        ["", "", "200", "27.10"],
        ["", "", "500", "22.60"],
    ]),
    ("p", "FOB Kaohsiung. Validity 60 days. Lead time 40 days."),
], title="KH-Q-24-0305", author="Kao-Hsin")
_t = txt("""
Hi Vivian,

Please find attached our PO 31-0455 for 50 pcs mooring cleat 200 mm, mirror polish, as per your
quotation KH-Q-24-0305 (attached). This is a full order for dealer stock: please produce the
50 pcs and ship by sea to Tromsø, one carton per 10 pcs.

PO 31-0455
Line 1: cleat 200 mm AISI 316, 50 pcs, USD 34.80, total USD 1,740.00

Best regards
Sigrid Johansen
Innkjøp | Båtutstyr Nord AS | Tromsø | +47 77 60 12 40
""")
case("p41_no_tw_fullpo_with_tiers", ["RG001"], "PO for 50 with the supplier's 200/500 tiers attached and nothing saying they are informational",
     [("PO_31-0455_cleats.eml", eml_bytes(mail(
         "Sigrid Johansen <sigrid@batutstyrnord.no>", "Vivian Tsai <vivian.tsai@kaohsin-cast.com.tw>",
         "PO 31-0455 - mooring cleat 200 mm", "Mon, 08 Apr 2024 10:10:00 +0200", _t,
         attachments=[("KH-Q-24-0305.pdf", _quote, PDF_MT)])))],
     contains=("pdf",))

# p42: bare sample PO e-mail with the quote (sample 4 / series 240) attached
_quote = pdf([
    ("h1", "ORÇAMENTO / QUOTATION 2024-0219"),
    ("p", "Bronzes do Minho, Lda., Braga - to Cantiere Adriatico Yachts S.r.l., Ancona"),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit EUR", "Lead time"],
        ["1", "Opening portlight 350 x 150, bronze CuSn10, 10 mm toughened glass - samples", "4", "268,00", "5 weeks"],
        ["2", "Same - series", "240", "141,00", "8 weeks"],
    ]),
    ("p", "Pattern cost EUR 1.850,00 one-time. Prices ex works Braga."),
], title="Quotation 2024-0219", author="Bronzes do Minho")
_t = txt("""
Buongiorno Ana,

please find attached our order 24/0677 for 4 (four) sample bronze portlights 350 x 150, as per your
quotation 2024-0219 (attached). Drawing CAY-PL-350 rev 2.

Please confirm the delivery date of the samples.

Cordiali saluti
Matteo Fabbri
Ufficio Acquisti - Cantiere Adriatico Yachts S.r.l.
Via Mattei 40, 60125 Ancona - tel. +39 071 20 88 310
""")
case("p42_it_pt_bare_sample_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 with the 240 series quote attached; nothing about the balance, its unlock or its releaser",
     [("Ordine_24-0677_oblo.eml", eml_bytes(mail(
         "Matteo Fabbri <acquisti@cantiereadriatico.it>", "Ana Sousa <ana.sousa@bronzesdominho.pt>",
         "Ordine 24/0677 - campioni oblò 350x150", "Tue, 19 Mar 2024 12:00:00 +0100", _t,
         attachments=[("Ordine_24-0677.pdf", pdf([
             ("h1", "ORDINE D'ACQUISTO 24/0677"),
             ("p", "Cantiere Adriatico Yachts S.r.l., Ancona - to Bronzes do Minho, Lda., Braga    Date: 19/03/2024"),
             ("table", [["Pos.", "Description", "Qty", "Unit EUR"],
                        ["1", "Opening portlight 350 x 150, sample, DWG CAY-PL-350 rev 2", "4", "268,00"]]),
         ], title="Ordine 24/0677", author="Cantiere Adriatico Yachts"), PDF_MT),
                      ("Quotation_2024-0219.pdf", _quote, PDF_MT)])))],
     contains=("pdf",))

# p43: multi-file: fully scoped PO + drawing notes with an unmarked 250 pcs batch size
case("p43_us_tr_po_plus_drawing_notes", ["RG001"], "drawing notes in the bundle show a 250 pcs series batch with nothing saying it is informational",
     [("PO_11940_Penobscot_Yachts.pdf", pdf([
         ("h1", "PURCHASE ORDER 11940"),
         ("p", "Penobscot Yacht Builders Inc., 25 Front Street, Belfast, ME 04915, USA"),
         ("p", "Vendor: Tuzla Marin Metal San. Ltd. Şti., Tuzla / İstanbul, Türkiye    Date: 04/08/2024"),
         ("table", [
             ["Line", "Item", "Scope", "Qty", "Status"],
             ["1", "Swim-platform davit, 316, DWG PYB-SPD-2 rev A", "Sample", "2", "Released"],
             ["2", "Swim-platform davit, same", "Production", "38", "Not released - on hold"],
         ]),
         ("sp",),
         ("p", "Line 2 (38 davits) is released only after the sample proof-load test is signed off, by a written "
               "release from Dana Whitfield, VP Operations. Material authority: 2 samples only."),
     ], pagesize=LETTER, title="PO 11940", author="Penobscot Yacht Builders")),
      ("Drawing_notes_PYB-SPD-2.docx", docx_bytes([
         ("h1", "PYB-SPD-2 swim-platform davit - drawing notes rev A"),
         ("num", "Material: 316L tube 50.8 x 2.77, base plate 316L 10 mm. Certificates EN 10204 3.1."),
         ("num", "Welding: TIG, full penetration at base, passivate after welding per ASTM A967."),
         ("num", "Proof load: 2 x SWL (SWL 150 kg) for 5 min, no permanent set."),
         ("num", "Production batch: 250 pcs. Lot traceability by heat number engraved on the base plate."),
         ("num", "Packing: each davit in bubble wrap and wooden crate, 2 per crate."),
     ], author="Penobscot Yacht Builders"))])

# p44: US buyer chat: 8 pilot props today, "full run is 80"; nothing about the balance
case("p44_us_cn_chat_pilot_props", ["RG001", "RG003", "RG004", "RG005"],
     "buyer sends a PO for 8 pilot props and mentions the full run of 80 with nothing saying it is not released",
     [("WeChat_export_Jiangsu_Props.txt", txt("""
WeChat chat history export - "Jiangsu Haida Propeller - Lakeside Boats"
2024-03-18 21:04  Tyler Brooks (Lakeside Boats): Hi Grace, PO L-2207 for the 8 pilot props going out today, 3-blade aluminum 14.25 x 19, spline per drawing LB-PR-19 rev 1
2024-03-18 21:05  Tyler Brooks (Lakeside Boats): full run is 80 for the season
2024-03-18 21:06  Tyler Brooks (Lakeside Boats): need the pilot ones by end of April for the boat show demo boats
2024-03-19 08:31  Grace Zhou (Haida): Good morning Tyler, noted, thank you! Pilot 8 pcs end of April OK
2024-03-19 08:33  Grace Zhou (Haida): color black or silver anodize?
2024-03-19 09:10  Tyler Brooks (Lakeside Boats): black
"""))])

# p49: fully scoped sample PO with an unmarked annual usage of 1,000 pcs in the part data block
case("p49_us_tr_po_annual_usage", ["RG001"], "part data shows 1,000 pcs annual usage beside a 4-sample release with nothing saying it is informational",
     [("PO_00048377_Bluewater.pdf", pdf([
         ("h1", "PURCHASE ORDER 00048377"),
         ("p", "Bluewater Yacht Company, 45 Shipyard Lane, Portsmouth NH 03801, USA"),
         ("p", "Vendor: Marmara Paslanmaz Döküm A.Ş., Gebze OSB, Kocaeli, Türkiye    Date: 04/10/2024"),
         ("table", [
             ["Line", "Item", "Scope", "Qty", "Status"],
             ["1", "Hollow-base cleat 10 in, cast 316, DWG BW-CL-10 rev 3", "Sample", "4", "Released"],
             ["2", "Hollow-base cleat 10 in, same", "Production (hulls 81-104)", "96", "Not released - on hold"],
         ]),
         ("sp",),
         ("p", "Line 2 stays on hold until the 4 samples pass our salt-spray test and the sample sign-off; it is then "
               "released in writing by Gregory Hall, VP Manufacturing. Material authority: sample only."),
         ("h", "Part data"),
         ("table", [
             ["Field", "Value"],
             ["Part", "BW-CL-10"],
             ["Annual usage, all models", "1,000 pcs"],
             ["Finish", "Electropolished"],
             ["Marking", "BW + heat no."],
         ]),
     ], pagesize=LETTER, title="PO 00048377", author="Bluewater Yacht Company"))])

# p45: DOCX letter authorising pilot production with no quantity and nothing about the rest
case("p45_no_pl_pilot_letter", ["RG003", "RG004", "RG005", "RG010"],
     "letter authorises pilot production with no quantity and says nothing about the balance, its unlock or its releaser",
     [("Letter_FB-DA-75_2024-04-03.docx", docx_bytes([
         ("p", "Fjordline Boats AS, Brattvåg, Norway"),
         ("p", "To: Stal-Mar Sp. z o.o., ul. Hutnicza 40, 81-061 Gdynia, Poland"),
         ("p", "Ålesund, 3 April 2024"),
         ("h", "Authorisation for pilot production - davit arms FB-DA-75"),
         ("p", "Dear Mr. Wiśniewski,"),
         ("p", "Following our meeting at the yard on 28 March, we hereby authorise pilot production of the davit "
               "arms FB-DA-75, drawing rev 3, tube 76.1 x 3.6 AISI 316L, under our PO 2024-0611."),
         ("p", "Please ship the pilot parts to our yard in Brattvåg by week 20 and include the weld inspection "
               "records and the EN 10204 3.1 certificates."),
         ("p", "Kind regards,"),
         ("p", "Håkon Lie, Purchasing, Fjordline Boats AS"),
     ], author="Fjordline Boats"))])

# p52: US buyer: go ahead with the samples (no number anywhere); hold, event and releaser stated
_t = txt("""
Hi Jenny,

Please go ahead with the samples of the hatch hinge per drawing CB-H-220 rev C, same polish as the
handrail stanchions you did for us.

The production run stays on hold and is not released. It will be released only after the samples pass
our 500 h salt-spray test, by a written release from me (Laura Bennett, Purchasing Manager).

Please send the material certificate with the samples.

Thanks,
Laura Bennett
Purchasing Manager | Carolina Bay Yachts | Wilmington, NC | (910) 555-0122
""")
case("p52_us_tw_go_ahead_samples_no_qty", ["RG010"], "go-ahead for 'the samples' with no sample quantity stated anywhere",
     [("Hatch_hinge_CB-H-220.eml", eml_bytes(mail(
         "Laura Bennett <lbennett@carolinabayyachts.com>", "Jenny Hsu <jenny@formosadeck.com.tw>",
         "Hatch hinge CB-H-220 - samples", "Thu, 21 Mar 2024 13:30:00 -0400", _t)))])

# p53: PO for a "sample lot as per quotation" without quantity; balance on hold "until further notice"
case("p53_no_cn_po_sample_lot_further_notice", ["RG004", "RG010"],
     "PO authorises a sample lot with no quantity; balance on hold until further notice (no unlock event)",
     [("PO_24-0982_Skjold.pdf", pdf([
         ("h1", "INNKJØPSORDRE / PURCHASE ORDER 24-0982"),
         ("p", "Skjold Båtbyggeri AS, Rosendal, Norway - to Shenzhen Oceanic Hardware Co., Ltd., China"),
         ("p", "Date: 26.03.2024    Your quotation: Q-2400 (dated 11.03.2024)"),
         ("table", [
             ["Pos", "Part", "Description", "Qty", "Price"],
             ["1", "SKJ-FL-150", "Fairlead 150 mm, AISI 316 - sample lot as per quotation Q-2400", "lot", "as quoted"],
         ]),
         ("sp",),
         ("p", "This PO covers the sample lot only. The balance of your quotation is on hold until further notice. "
               "Release authority: Ingrid Solberg, Supply Chain Manager."),
         ("p", "Material: for the sample lot only."),
     ], title="PO 24-0982", author="Skjold Batbyggeri"))])

# p54: Teams: Italian buyer, first castings without a number, rest waits "till I say so"
case("p54_it_tr_teams_first_castings", ["RG004", "RG010"],
     "buyer releases 'the first castings' without a number; the rest waits for his say-so, no unlock event",
     [("Teams_export_cleat_CT-GAL-250.txt", txt("""
Microsoft Teams - chat export
Chat: "Galloccia CT-GAL-250"   Members: Marco Bellini (Cantiere Tirreno Yachts), Kemal Arslan (Guest)
Exported: 12/04/2024 18:02

[08/04/2024 11:20] Kemal Arslan (Guest)
Marco, wax tool is finished. Shall we pour?

[08/04/2024 11:34] Marco Bellini
Yes Kemal, go ahead with the first castings of the cleat, drawing CT-GAL-250 rev 1. The rest waits till I say so.

[08/04/2024 11:36] Kemal Arslan (Guest)
OK, first castings this week, I send pictures.

[12/04/2024 16:50] Kemal Arslan (Guest)
First castings done, shot blasted, pictures in files. Polishing Monday.
"""))])

# c24: supplier status report restating the hold, multipart with an HTML packing list attached
_pl = html_page("Packing list PL-24-0418", """
<h2>Packing list PL-24-0418</h2>
<p>Shipper: Tainan Sea-Light Marine Co., Ltd. &middot; Consignee: Rijnmond Yachts B.V., Rotterdam &middot; Order 4500013861</p>
<table>
<tr><th>Carton</th><th>Content</th><th>Qty</th><th>Gross kg</th></tr>
<tr><td>1/1</td><td>Opening portlight OP-300, sample</td><td>6</td><td>14.2</td></tr>
</table>
<p>Courier: FedEx IP 7781 2290 4410</p>
""")
_t = txt("""
Dear Ms. Vos,

Status of order 4500013861 (opening portlight OP-300):

- The 6 samples were shipped today by FedEx, packing list attached.
- The balance of 94 pcs is on hold. We will not start it until we receive your written release after
  your sample sign-off.
- Material: we purchased glass and frame profile for the 6 samples only.

Best regards,
Kevin Huang
Sales Manager | Tainan Sea-Light Marine Co., Ltd. | +886 6 256 1180
""")
_h = ("<p>Dear Ms. Vos,</p><p>Status of order 4500013861 (opening portlight OP-300):</p><ul>"
      "<li>The 6 samples were shipped today by FedEx, packing list attached.</li>"
      "<li>The balance of 94 pcs is on hold. We will not start it until we receive your written release after "
      "your sample sign-off.</li><li>Material: we purchased glass and frame profile for the 6 samples only.</li>"
      "</ul><p>Best regards,<br>Kevin Huang<br>Sales Manager | Tainan Sea-Light Marine Co., Ltd.</p>")
case("c24_tw_status_holding", [], "supplier status report: samples shipped, balance held for the buyer's written release, sample-only material",
     [("Status_order_4500013861.eml", eml_bytes(mail(
         "Kevin Huang <kevin@sealight-tn.com.tw>", "Marloes Vos <m.vos@rijnmondyachts.nl>",
         "Status order 4500013861 - OP-300 samples shipped", "Thu, 18 Apr 2024 17:30:00 +0800", _t, html=_h,
         attachments=[("PL-24-0418.html", _pl, "text/html")])))],
     contains=("html",))

# c25: multi-file: scoped ERP PO + chat where the buyer refuses material for the balance
case("c25_no_tr_po_plus_chat_material", [], "supplier asks to buy bar for the series; buyer limits material to the 6 samples; PO fully scoped",
     [("Innkjopsordre_24-1420.txt", txt("""
BREKKE MARINE AS            INNKJØPSORDRE 24-1420            DATO 09.04.2024
LEVERANDØR: EGELI INOX LTD. STI., ISTANBUL                   VÅR REF: OLE BREKKE
----------------------------------------------------------------------------------
POS  VARE          BESKRIVELSE                       OMFANG     ANTALL   STATUS
10   BM-BR-60      BOW ROLLER 60MM 316 DWG REV 2     SAMPLE          6   FRIGITT / RELEASED
20   BM-BR-60      BOW ROLLER 60MM 316               SERIE         294   HOLD - NOT RELEASED
----------------------------------------------------------------------------------
POS 20 FRIGIS KUN SKRIFTLIG AV OLE BREKKE (INNKJØPSSJEF) ETTER SAMPLE SIGN-OFF.
POS 20 IS RELEASED ONLY IN WRITING BY OLE BREKKE (PURCHASING MGR) AFTER SAMPLE SIGN-OFF.
MATERIALE / MATERIAL: KUN FOR POS 10 / POS 10 ONLY (6 STK).
""")),
      ("WhatsApp Chat with Ahmet Egeli.txt", txt("""
[10/04/2024, 09:40] Ahmet Koç: Good morning Ole, PO 24-1420 received, 6 samples OK
[10/04/2024, 09:41] Ahmet Koç: question: can we buy the 316 bar for all 300 now? mill price is good this month
[10/04/2024, 10:15] Ole Brekke: Morning Ahmet. No, bar for the 6 samples only please
[10/04/2024, 10:16] Ole Brekke: no material for the bal. 294 until my written release after the sample sign-off
[10/04/2024, 10:20] Ahmet Koç: Understood 👍 only 6
"""))])

# ==================================================================== END CASES


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(123123).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h123_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    rc = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)} clean {clean} risky {len(CASES) - clean} multi-rule {multi}")
    for r in sorted(rc):
        print(f"  {r} {rc[r]}")
    ext = Counter()
    case_ext = Counter()
    for c in CASES:
        seen = set()
        for fn, _ in c["files"]:
            e = Path(fn).suffix.lower().lstrip(".")
            ext[e] += 1
            seen.add(e)
        for e in c.get("contains", ()):
            seen.add(e)
        for e in seen:
            case_ext[e] += 1
    print("  top-level files:", dict(sorted(ext.items())))
    print("  cases containing:", dict(sorted(case_ext.items())))
    print("  multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
