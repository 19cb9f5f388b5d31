#!/usr/bin/env python3
"""Generator for the releasegate check_holdout142 corpus (rail and transit components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout142/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, case order shuffled with seed 142142).
The renderer helpers are copied from check_holdout3/build.py.
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
PREFIX = "h142"
SEED = 142142


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
_FOLD = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ő": "o", "ű": "u"}


def _fold(t):
    """The PDF standard fonts only carry cp1252 glyphs: fold other letters to their base letter
    (Wiśniewski -> Wisniewski, Yılmaz -> Yilmaz), as many ERP PDF exports do."""
    import unicodedata
    out = []
    for ch in str(t):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _FOLD:
            out.append(_FOLD[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            base.encode("cp1252")
            out.append(base)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)
    (local change: text is folded to cp1252 first, see _fold)"""
    blocks = [(b[0],) + tuple(([[_fold(c) for c in r] for r in x] if b[0] == "table" else _fold(x))
                              for x in b[1:]) for b in blocks]
    title, author = _fold(title), _fold(author)
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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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


# ------------------------------------------------------------ local helpers
def sig_short(name, title, company, phone, extra=""):
    """A plain signature without the legal disclaimer (many suppliers write like this)."""
    s = f"\n\n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


def quote_lines(text):
    """Prefix every line with '> ' as a mail client does in a reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


def html_simple(paragraphs):
    """Very small text-to-HTML for the HTML alternative of an email."""
    out = []
    for p in paragraphs:
        out.append("<p>" + escape(p).replace("\n", "<br>") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">" + "".join(out) + "</body></html>"


# =================================================================== CASES
# (c.. = clean, p.. = positive; these names never leave this file)

# ---------------------------------------------------------------- batch 1

# c01: supplier quote with pilot and series tiers, no authorized quantity -> clean
case("c01_polmet_offer", [], "supplier offer alone shows pilot and forecast-basis series tiers; nothing is authorized",
     [("OF-2024-117_Polmet_Trainvia.pdf", pdf([
         ("h1", "OFFER OF/2024/117"),
         ("p", "Polmet Seating Sp. z o.o., ul. Przemysłowa 14, 85-758 Bydgoszcz, Poland. NIP 554-28-91-330. "
               "Tel. +48 52 340 17 00"),
         ("p", "To: Trainvia Matériel Roulant SAS, Direction Achats Projets, 59300 Valenciennes, France. "
               "Attn. Mrs. Sophie Laurent. Your RFQ: RFQ-TVR-24-0193 of 04.04.2024. Date: 19.04.2024."),
         ("p", "Subject: Seat frame, 2+2 standard class, part no. TVR-SF-2210 rev. C, drawing DRG 7700-412 Rev 12, "
               "welded S355 tube, powder coated RAL 7016."),
         ("p", "Dear Mrs. Laurent, thank you for your enquiry. We are pleased to offer as follows:"),
         ("table", [["Phase", "Quantity", "Unit price EUR", "Lead time"],
                    ["Pilot frames for FAI (EN 9100-style report)", "8 pcs", "690,00", "6 weeks after order"],
                    ["Series frames (quantity basis: forecast per your RFQ)", "1.920 pcs", "412,00",
                     "to be agreed per call-off"],
                    ["Welding jig, one-off", "1", "14.500,00", "5 weeks"]]),
         ("sp",),
         ("p", "Welding according to EN 15085-2 CL1, our certificate no. 0451/CL1/2023. Upholstery, EN 45545-2 HL3 "
               "fire testing and seat shells are not in the scope of this offer."),
         ("p", "Prices are EXW Bydgoszcz (Incoterms 2020), valid 90 days, steel surcharge according to index "
               "CRU HRC Europe, base April 2024. Payment 60 days after invoice."),
         ("p", "This offer is not an order confirmation. We are kindly asking to inform us about your decision "
               "until 30.06.2024."),
         ("p", "Best regards, Tomasz Wiśniewski, Key Account Manager Rail"),
     ], title="Offer OF/2024/117", author="Polmet Seating"))])


# c02: supplier asks whether it may go ahead with the balance -> a question, clean
_c02_body = """Dear Gareth,

I hope you are well. Short update from Poznań on order 4700021102:

- The 6 pilot window assemblies WA-1152-03 (drawing ARV-WA-0890 issue B, laminated glass 6.8 mm
  per EN 15152) left our plant on Tuesday with DHL Freight, CMR 24/0871. Delivery to Derby
  should be Monday 13 May, slot 08:00-10:00 at gate 4 as your logistics asked.
- Dimensional report and the glass bonding records are in the box and also uploaded to your
  portal.

My question: could you tell us if we have your go-ahead for the remaining 1,146 assemblies?
Our glass supplier needs to know by week 23, otherwise we lose the autumn furnace slot and the
lead time goes to 16 weeks. Until we hear from you nothing beyond the 6 pilot pieces is started
and no glass or aluminium is ordered for them.

Thank you in advance and have a nice weekend.
""" + sig_short("Piotr Zieliński", "Sales Engineer, Rail Projects", "Okna-Rail Sp. z o.o., Poznań",
                "+48 61 855 42 10")
case("c02_okna_question", [], "supplier asks whether it may go ahead with the remaining assemblies; a question, nothing authorized",
     [("RE_4700021102_pilot_windows_shipped.eml", eml_bytes(mail(
         "Piotr Zieliński <p.zielinski@okna-rail.pl>", "Gareth Hughes <gareth.hughes@albionrail.co.uk>",
         "4700021102 - pilot windows shipped / question on series", "Fri, 10 May 2024 14:22:05 +0200",
         _c02_body)))])


# c03: buyer portal page with a clearly labelled rolling forecast -> clean
_c03_rows = "".join(
    f"<tr><td>{m}</td><td>KS-480-220 Kabelsatz Führerstand</td><td style='text-align:right'>{q}</td>"
    f"<td>FORECAST</td></tr>"
    for m, q in [("07/2024", "4 Sätze"), ("08/2024", "6 Sätze"), ("09/2024", "8 Sätze"),
                 ("10/2024", "8 Sätze"), ("11/2024", "10 Sätze"), ("12/2024", "6 Sätze")])
case("c03_nordbahn_forecast", [], "rolling forecast page labelled not an order, no commercial cover, no material authority",
     [("SRM_Forecast_MoraviaKabel_KW19.html", html_page("Nordbahn SRM - Lieferantenprognose", f"""
<h2>Nordbahn Fahrzeugbau GmbH &ndash; Supplier Relationship Portal</h2>
<p>Lieferant / Supplier: <b>Moravia Kabel s.r.o.</b>, Ostrava (CZ) &nbsp;|&nbsp; Kreditor 300417 &nbsp;|&nbsp; Stand: KW 19/2024</p>
<div class="note"><b>ROLLING FORECAST &ndash; NOT AN ORDER.</b> The quantities below are planning information for
capacity only. They are not a purchase order, give no commercial cover and no material authority.
Only a signed call-off (Abruf) authorizes production or material purchase.</div>
<h3>Prognose / Forecast Projekt ICx-Mittelwagen</h3>
<table><tr><th>Monat</th><th>Material</th><th>Menge (Prognose)</th><th>Status</th></tr>
{_c03_rows}</table>
<p>Forecast total H2/2024: 42 Sätze (planning figure). Zeichnung 4711-220-000 Rev 20, Norm EN 50343.</p>
<p>Fragen zur Prognose: Katrin Schmidt, Einkauf Elektrik, +49 561 7730-412</p>
<p style="font-size:11px;color:#666">Diese Seite wurde automatisch erzeugt. Datenstand 06.05.2024 06:00.</p>
"""))])


# c04: buyer FAI disposition scoped to fit check, production not released, full scope -> clean
case("c04_albion_fai_disposition", [], "sample sign-off scoped to fit check; production not released; event and named releaser given",
     [("FAI_Disposition_ARV-BR-3310_EgeMekanik.docx", docx_bytes([
         ("h1", "First Article Inspection - Buyer Disposition"),
         ("p", "Albion Rail Vehicles Ltd, Litchurch Lane, Derby DE24 8AD. Supplier Quality."),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Ege Mekanik A.Ş., Kemalpaşa OSB, İzmir, Türkiye"],
                    ["Part", "Roof equipment bracket, ARV-BR-3310 issue D"],
                    ["Purchase order", "4700021183 (first-off samples)"],
                    ["FAI report ref.", "EGM-FAI-24-117, to EN 9100-style form, 3 parts measured"],
                    ["Material", "S355J2+N, certificate EN 10204 3.1, heat 41872"]]),
         ("sp",),
         ("h", "Characteristics"),
         ("table", [["Char.", "Nominal", "Tolerance", "Result"],
                    ["1 Hole pattern 4x M12x1.75", "pos. 0.2", "-", "OK"],
                    ["2 Flange thickness", "12.0", "+/-0.1", "12.04 / 12.02 / 11.97 OK"],
                    ["3 Surface roughness", "Ra 3.2", "max", "Ra 2.6 OK"],
                    ["4 Weld seam", "a4", "EN ISO 5817 C", "OK"]]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "Sample sign-off: approved for fit check on pilot vehicle 001 only. Production is not released."),
         ("p", "PO 4700021183 authorises the five (5) first-off brackets already delivered and nothing more. "
               "The balance of 1,245 brackets in the supplier's quotation stays not released. It will only be "
               "released in writing by Helen Marsh, Commercial Manager, after the type test on vehicle 001 has "
               "been passed. Until then please keep the balance on hold."),
         ("p", "Material authority: first-off quantity only. Do not buy bar or plate for the balance."),
         ("p", "Signed: Tom Whitaker, Supplier Quality Engineer, 21 May 2024"),
     ], author="Tom Whitaker"))])


# c05: full-quantity spares PO that says proceed -> clean
case("c05_nsr_spares_po", [], "full-quantity spares PO, scoped 'proceed with the 40 pcs', no balance",
     [("NSR-PO-77120.pdf", pdf([
         ("h1", "PURCHASE ORDER NSR-PO-77120"),
         ("p", "Northern Shires Rail Ltd - Fleet Engineering Stores, Heaton Lodge Depot, Mirfield WF14 0XX, UK."),
         ("p", "Supplier: Shree Ganesh Precision Engineering Pvt. Ltd., Plot 42, MIDC Bhosari, Pune 411026, India. "
               "Supplier no. 10877. Order date: 08 May 2024. Buyer: Daniel Okafor, Materials Buyer."),
         ("table", [["Line", "Part / description", "Drawing", "Qty", "Unit GBP", "Total GBP"],
                    ["10", "Brake panel mounting bracket, machined, zinc flake coated", "NSR-D-0400 issue 3",
                     "40", "37.50", "1,500.00"]]),
         ("sp",),
         ("p", "This is a firm order for the full quantity of forty (40) pieces. There is no sample stage and no "
               "further quantity under this order. Please proceed with the 40 pcs and confirm the ship date."),
         ("p", "Delivery: DAP Heaton Lodge Depot (Incoterms 2020), required by 05 July 2024. Quality: ISO 9001:2015 "
               "supplier, certificate of conformity and EN 10204 3.1 material certificate with each consignment."),
         ("p", "Packing: VCI bag per 10 pcs, cartons max 15 kg, labelled with PO number and line."),
         ("p", "Payment 60 days end of month. Our general purchasing conditions NSR-GPC-2023 apply."),
     ], title="NSR-PO-77120", author="Northern Shires Rail"))])


# c06: call-off with explicit staged material authority above released quantity -> clean
case("c06_nordbahn_calloff02", [], "call-off releases 4 car sets; explicit staged material authority up to 12; next call-off by named person",
     [("ABRUF_RV-2024-011_02.txt", """NORDBAHN FAHRZEUGBAU GMBH                                 Seite 1 / 1
Einkauf Elektrik - Werk Kassel
------------------------------------------------------------------------
ABRUF / CALL-OFF Nr. 02            zum Rahmenvertrag RV-2024-011
Lieferant   : 300417  Moravia Kabel s.r.o., Ostrava (CZ)
Datum       : 13.05.2024          Einkaeufergruppe: E12
------------------------------------------------------------------------
Pos  Material        Bezeichnung                        Menge  ME   Termin
0010 KS-480-220      Kabelsatz Fuehrerstand, Kit/Wagen      4  KIT  KW 27
     Wagen / car sets 05-08 (Zeichnung 4711-220-000 Rev 20)
------------------------------------------------------------------------
TEXT:
Released for production by this call-off: 4 car sets (kits for car sets
05, 06, 07 and 08). Call-off 01 (car sets 01-04) is delivered.

Material authority (staged): you may buy copper cable and connectors for
up to 12 car sets (car sets 05-16) at our liability. Fabrication is
allowed for car sets 05-08 only.

Car sets 09-40 of the frame contract are not released. Each further
quantity is released only by the next call-off, signed by Hans Becker,
Leiter Projekteinkauf.

Lieferung frei Werk Kassel, Tor 3. Bitte Abruf-Nr. auf Lieferschein.
------------------------------------------------------------------------
Gedruckt 13.05.2024 10:41   SAP ME9E   Benutzer KSCHMIDT
""")])


# c07: explicit recorded auto-conversion naming quantity, signer and conditions -> clean
_c07_body = """Dear Tomasz,

As discussed on Thursday, we record here the agreement on the series start. It is also written
in PO 4500318901 rev. 1 (attached to our portal), signed by Jean-Marc Delattre.

1. Ordered now: the 8 pilot seat frames TVR-SF-2210 rev. C only.
2. Auto-conversion (recorded): if our SQE, Nadia Benali, signs the FAI of the 8 pilot frames with
   the disposition "approved" (not interim, not rejected), that sign-off by itself releases the
   first series lot of 240 frames. No other paper is needed for these 240.
3. The remaining 1,680 series frames stay not released. They are released only by a written
   release from Jean-Marc Delattre, Responsable Achats Projet.
4. Material authority: steel tube and plate for 248 frames (8 pilot + 240) maximum.

Please confirm by return that Polmet has the same understanding. Merci d'avance.

Cordialement,
""" + sig("Sophie Laurent", "Acheteuse Projets", "Trainvia Matériel Roulant SAS, Valenciennes", "+33 3 27 51 40 00")
case("c07_trainvia_autoconversion", [], "explicit recorded auto-conversion with quantity, signer and condition; rest held for named releaser",
     [("Trainvia_PO4500318901_series_start_agreement.eml", eml_bytes(mail(
         "Sophie Laurent <sophie.laurent@trainvia.fr>", "Tomasz Wiśniewski <t.wisniewski@polmet-seating.pl>",
         "PO 4500318901 rev.1 - agreement series start seat frames", "Mon, 13 May 2024 16:05:00 +0200",
         _c07_body, cc="Jean-Marc Delattre <jm.delattre@trainvia.fr>")))])


# c08: old budget quote forwarded as message/rfc822, declared informational; complete scope -> clean
_c08_old = mail("Emre Yılmaz <emre.yilmaz@anadolukoruk.com.tr>", "procurement@albionrail.co.uk",
                "Budget quotation gangway bellows platform Aventa", "Wed, 16 Nov 2022 11:30:00 +0300",
                """Dear Sirs,

Thank you for your request. Budget prices for gangway bellows type GWB-46-A, EN 45545-2 HL3:

  - prototype set: 2 pcs, EUR 6,850 / pc
  - platform volume: 480 pcs, EUR 3,920 / pc (5 years)

Tooling for the frames EUR 28,000 one-off. Validity 60 days.

Best regards,
Emre Yılmaz
Export Sales Manager, Anadolu Körük Sanayi A.Ş., Bursa
""")
_c08_body = """Hello Emre,

Thanks for the call this morning. For background only I'm forwarding the 2022 budget quotation
your predecessor sent us. The 480 pcs platform figure in it is informational only and is not
released; nothing in that quotation authorises anything.

What is authorised: PO 4700021240 covers two (2) pilot gangway bellows GWB-46-A for unit 001,
nothing more. Please build those two now.

The remaining 46 bellows for the fleet are not released. They will only be released by a revised
PO signed by Helen Marsh, Commercial Manager, after the first-of-class inspection on unit 001.
Material authority is for the two pilot bellows only.

Delivery of the pilot pair DAP Derby, required 28 June. Fire test report EN 45545-2 HL3 with the
delivery please.

Cheers,
""" + sig("Gareth Hughes", "Senior Buyer, Interiors", "Albion Rail Vehicles Ltd", "+44 1332 250 600")
case("c08_albion_fwd_budget_quote", [], "forwarded old quote declared informational; PO scope 2 pilot bellows, hold, event, named releaser",
     [("Albion_PO4700021240_pilot_bellows.eml", eml_bytes(mail(
         "Gareth Hughes <gareth.hughes@albionrail.co.uk>", "Emre Yılmaz <emre.yilmaz@anadolukoruk.com.tr>",
         "PO 4700021240 pilot gangway bellows + old budget quote (FYI)", "Tue, 14 May 2024 10:02:00 +0100",
         _c08_body, attachments=[("rfc822", _c08_old)])))])


# p01: sample PO + supplier offer attached, nothing about the balance -> RG001 RG003 RG004 RG005
_p01_po = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER 4500318827"),
    ("p", "Trainvia Matériel Roulant SAS - Direction Achats Projets - 1 rue de l'Escaut, 59300 Valenciennes, France"),
    ("p", "Fournisseur / Supplier: Polmet Seating Sp. z o.o., Bydgoszcz (PL). Code fournisseur 220915. "
          "Date: 06/05/2024. Acheteur: S. Laurent. Projet: REGIO 2N-X, rame pilote TS-01."),
    ("table", [["Poste", "Article", "Désignation", "Qté", "PU EUR", "Montant EUR"],
               ["10", "TVR-SF-2210 C", "Châssis de siège 2+2, pilote (FAI)", "8", "690,00", "5 520,00"],
               ["20", "OUT-7700-412", "Gabarit de soudage", "1", "14 500,00", "14 500,00"]]),
    ("sp",),
    ("p", "Offre de référence: OF/2024/117 du 19/04/2024 (jointe). Livraison: DAP Valenciennes, hall 2, "
          "semaine 24. Rapport FAI selon EN 9100 avec la livraison. Soudure EN 15085-2 CL1."),
    ("p", "Conditions générales d'achat Trainvia CGA-2022 applicables. Paiement 60 jours fin de mois."),
], title="PO 4500318827", author="Trainvia")
_p01_offer = pdf([
    ("h1", "OFFER OF/2024/117"),
    ("p", "Polmet Seating Sp. z o.o., Bydgoszcz. To: Trainvia Matériel Roulant SAS. Date 19.04.2024."),
    ("table", [["Item", "Quantity", "Unit price EUR"],
               ["Seat frame TVR-SF-2210 rev. C - pilot", "8 pcs", "690,00"],
               ["Seat frame TVR-SF-2210 rev. C - series", "1.920 pcs", "412,00"],
               ["Welding jig", "1", "14.500,00"]]),
    ("p", "Lead time series: 240 frames per month from month 3. Steel surcharge per CRU index."),
], title="Offer OF/2024/117", author="Polmet Seating")
_p01_body = """Dear Tomasz,

Please find enclosed our purchase order 4500318827 for the pilot seat frames and the welding jig.
Your offer OF/2024/117 is attached to the order.

The frames must be in Valenciennes for the mock-up of the pilot train set TS-01 on 17 June, so
week 24 is really the latest. Thank you to confirm the reception of the order and the delivery
date by return.

Best regards,
""" + sig("Sophie Laurent", "Acheteuse Projets", "Trainvia Matériel Roulant SAS", "+33 3 27 51 40 00")
case("p01_trainvia_po_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 8 frames with the 1,920 series offer attached, nothing says the series is not released, no event, no releaser",
     [("PO_4500318827_Polmet.eml", eml_bytes(mail(
         "Sophie Laurent <sophie.laurent@trainvia.fr>", "Tomasz Wiśniewski <t.wisniewski@polmet-seating.pl>",
         "Commande 4500318827 - châssis pilotes TS-01", "Mon, 06 May 2024 15:40:00 +0200", _p01_body,
         html=html_simple(_p01_body.split("\n\n")),
         attachments=[("PO_4500318827.pdf", _p01_po, PDF_MT), ("OF-2024-117.pdf", _p01_offer, PDF_MT)])))])


# p02: folder with SAP sample PO + supplier quote showing 2,160; no hold -> RG001 RG003 RG004 RG005
case("p02_nordbahn_sample_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "first-sample PO for 12 harness sets in a bundle with the 2,160 series quote; balance never put on hold",
     [("BEST_4500882190.txt", """NORDBAHN FAHRZEUGBAU GMBH                    BESTELLUNG / PURCHASE ORDER
Einkauf Elektrik, Werk Kassel, Sandershaeuser Str. 34, 34123 Kassel
=========================================================================
Bestellnummer : 4500882190            Datum      : 02.05.2024
Lieferant     : 300417 Moravia Kabel s.r.o., Vitkovicka 3, Ostrava
Einkaeufergr. : E12                   Zahlung    : 45 Tage netto
Lieferbed.    : DAP Kassel Tor 3      Incoterms 2020
=========================================================================
Pos  Material        Kurztext                         Menge ME     Preis EUR
0010 KS-480-220      Kabelsatz Fuehrerstand Erstmuster   12 ST    1.284,00
     gem. Angebot AN-24-0331 vom 22.04.2024
     Zeichnung 4711-220-000 Rev 20, EN 50343, EN 45545-2 HL2
     Liefertermin KW 25
=========================================================================
Positionstext 0010:
Erstmuster mit Erstmusterpruefbericht (EMPB) nach VDA Band 2 bzw.
FAI-Bericht. Pruefprotokoll Durchgang / Isolation je Kabelsatz.
Verpackung: einzeln in ESD-Beutel, Gitterbox.
=========================================================================
Gesamtnettowert EUR 15.408,00
Es gelten unsere Allgemeinen Einkaufsbedingungen AEB 2023.
"""),
      ("AN-24-0331_Moravia_Kabel.pdf", pdf([
          ("h1", "NABÍDKA / QUOTATION AN-24-0331"),
          ("p", "Moravia Kabel s.r.o., Vítkovická 3, 702 00 Ostrava, Czech Republic. IČ 25841166."),
          ("p", "Customer: Nordbahn Fahrzeugbau GmbH, Kassel. Your enquiry of 10.04.2024, Mrs. K. Schmidt."),
          ("p", "Object: driver cab harness set KS-480-220 acc. to drawing 4711-220-000 Rev 20."),
          ("table", [["Phase", "Qty", "Price per set EUR", "Delivery"],
                     ["First samples incl. FAI report", "12 sets", "1.284,00", "7 weeks"],
                     ["Series (60 car sets x 36 sets)", "2.160 sets", "968,00", "from KW 36, 180 sets/month"]]),
          ("p", "Copper surcharge basis DEL 850 EUR/100 kg. Validity 3 months. Payment 45 days."),
          ("p", "Ing. Jana Dvořáková, obchodní oddělení / sales"),
      ], title="AN-24-0331", author="Moravia Kabel"))])


# p03: buyer supplier-portal PO page with ordered 6 and quoted series 1.152 side by side -> RG001 RG003 RG004 RG005
case("p03_iberica_portal_po", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO page: 6 pilot windows ordered, quoted series 1.152 in the next column with no not-released label, nothing on the balance",
     [("Portal_Pedido_4100077812.html", html_page("Portal de Proveedores - Pedido 4100077812", """
<h2>Ibérica de Material Ferroviario S.A. &ndash; Portal de Proveedores</h2>
<p>Proveedor: <b>Okna-Rail Sp. z o.o.</b> (Poznań, PL) &middot; N.º proveedor 71-0044 &middot; Idioma: EN</p>
<h3>Purchase order 4100077812 &ndash; status: SENT</h3>
<table>
<tr><th>Pos.</th><th>Part no.</th><th>Description</th><th>Qty ordered</th><th>Quoted production qty</th><th>Unit price EUR</th><th>Delivery</th></tr>
<tr><td>10</td><td>IMF-VT-3021 ind. B</td><td>Side window assembly, saloon, tinted, pilot unit</td><td style="text-align:right">6</td><td style="text-align:right">1.152</td><td style="text-align:right">1.240,00</td><td>28/06/2024</td></tr>
</table>
<p>Project: Cercanías Levante EMU, pilot train U-01. Quote ref. OR/2024/0412 rev. 1.</p>
<p>Delivery address: Ibérica de Material Ferroviario, Pol. Ind. Plaza, Calle Bari 12, 50197 Zaragoza. Gate B, 7:00&ndash;14:00.</p>
<p>Documents required: dimensional report, glass certificate EN 15152, CoC. Please acknowledge the order in the portal within 3 working days.</p>
<p>Contact: Marta Ruiz Calvo, Compras Proyectos, +34 976 55 81 20</p>
<p style="font-size:11px;color:#777">Ibérica de Material Ferroviario S.A. &middot; CIF A-50123456 &middot; Our general purchasing conditions apply.</p>
"""))])


# p04: DOCX PO with FAI qty column and a series qty column, nothing about the balance -> RG001 RG003 RG004 RG005
case("p04_deccan_po_footplates", ["RG001", "RG003", "RG004", "RG005"],
     "PO table shows FAI qty 4 and series qty 368 side by side; no hold, no event, no releaser",
     [("DRCW_PO_2024-25_0418.docx", docx_bytes([
         ("h1", "PURCHASE ORDER No. DRCW/PUR/2024-25/0418"),
         ("p", "Deccan Rail Coach Works Pvt. Ltd., SIPCOT Industrial Park, Sriperumbudur, Chennai 602105, India. "
               "GSTIN 33AABCD1234E1Z5."),
         ("p", "To: Changzhou Huayu Rail Parts Co., Ltd., No. 88 Longjin Road, Wujin District, Changzhou, Jiangsu, China."),
         ("p", "Ref.: Your quotation HY-Q-2404-061 dated 18.04.2024 and our discussions with Ms. Lily Zhang."),
         ("p", "Dear Sir/Madam, we are pleased to place our order on you for the following items:"),
         ("table", [["Sl. No.", "Item", "Drg. No.", "FAI Qty (ordered)", "Series Qty", "Unit Rate USD"],
                    ["1", "Gangway footplate, aluminium, anti-slip", "DRCW-GW-2231 Rev 03", "4 Nos", "368 Nos", "412.00"],
                    ["2", "Footplate hinge pin, SS 304", "DRCW-GW-2232 Rev 01", "8 Nos", "736 Nos", "6.80"]]),
         ("sp",),
         ("p", "Terms: FOB Shanghai. Payment by T/T 30 days from B/L date. Packing seaworthy, wooden boxes ISPM-15."),
         ("p", "Inspection: FAI report with material test certificates EN 10204 3.1 to reach us before dispatch. "
               "Third-party inspection may be carried out by our nominated agency."),
         ("p", "Kindly arrange FAI samples at the earliest and send your order acceptance."),
         ("p", "For Deccan Rail Coach Works Pvt. Ltd. - Authorised Signatory, Purchase Department"),
     ], author="DRCW Purchase"))])


# p05: Teams chat, buyer pastes the quote with series 600 next to 10 FAI; no hold -> RG001 RG003 RG004 RG005
case("p05_albion_teams_fai_brackets", ["RG001", "RG003", "RG004", "RG005"],
     "buyer chat: PO for 10 FAI brackets with the quote's 600 series pasted alongside; balance, event and releaser never stated",
     [("Teams_Albion-EgeMekanik_2024-05-15.txt", """Microsoft Teams - chat export
Conversation: Albion Rail / Ege Mekanik - roof brackets
Exported: 15/05/2024 17:02 (UTC+01:00)

[15/05/2024 09:14] Gareth Hughes (Albion Rail Vehicles):
Morning Mehmet, PO 4700021190 is out for the 10 FAI brackets ARV-BR-3325 issue A, you should have it in your inbox

[15/05/2024 09:15] Gareth Hughes (Albion Rail Vehicles):
from your quote so we're on the same page:
Q-0600 rev 2 / ARV-BR-3325 / FAI 10 pcs @ £48.00 / series 600 pcs @ £21.40 / LT 6 wks ARO

[15/05/2024 09:31] Mehmet Kaya (Ege Mekanik):
Good morning Gareth, received thank you. Material S355 we have in stock, 3.1 certs OK

[15/05/2024 09:33] Mehmet Kaya (Ege Mekanik):
One question, hot dip galvanizing or zinc flake? drawing says "see spec ARV-ES-014" but we dont have this spec

[15/05/2024 10:02] Gareth Hughes (Albion Rail Vehicles):
zinc flake, ARV-ES-014 issue C - I'll send it over now. Also please laser-mark the part number + batch, no stamps

[15/05/2024 10:03] Gareth Hughes (Albion Rail Vehicles):
<File: ARV-ES-014_C.pdf>

[15/05/2024 10:40] Mehmet Kaya (Ege Mekanik):
ok noted 👍 FAI samples ready week 25, we send with UPS to Derby

[15/05/2024 10:41] Gareth Hughes (Albion Rail Vehicles):
perfect, ta
""")])


# p06: hold stated and release person named, but no unlock event -> RG004
_p06_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4100078030"),
    ("p", "Ibérica de Material Ferroviario S.A., Calle Bari 12, 50197 Zaragoza, España."),
    ("p", "Supplier: Anadolu Körük Sanayi A.Ş., Nilüfer OSB, Bursa, Türkiye. Date: 09/05/2024."),
    ("table", [["Pos.", "Part no.", "Description", "Qty", "Unit EUR"],
               ["10", "GWB-46-A", "Gangway bellows, intercar, EN 45545-2 HL3 - pilot train U-01", "2", "6.850,00"]]),
    ("p", "Delivery DAP Zaragoza, 15/07/2024. Fire test report and CoC with delivery."),
], title="PO 4100078030", author="Iberica")
_p06_body = """Dear Emre,

Please find attached our order 4100078030. We confirm with this order only the two (2) pilot
gangway bellows for the train U-01, which you can start now.

The other 46 units of your offer AK-2024-118 are blocked. Please do not start them and do not buy
fabric or frames for them, until Marta Ruiz Calvo (myself) gives you the OK.

For the pilot pair, our engineering asks the handles in RAL 9005 instead of 7021 as in the
drawing, I will send you the concession by separate mail. Also the fire test report EN 45545-2
HL3 must come with the delivery, without it our reception cannot enter the material.

Thank you and best regards,

Marta Ruiz Calvo
Compras Proyectos
Ibérica de Material Ferroviario S.A. - Zaragoza
Tel. +34 976 55 81 20
"""
case("p06_iberica_bellows_blocked", ["RG004"],
     "2 pilot bellows authorized, other 46 blocked until the named buyer 'gives the OK' - no unlock event named",
     [("Pedido_4100078030_fuelles_piloto.eml", eml_bytes(mail(
         "Marta Ruiz Calvo <mruiz@iberica-mf.es>", "Emre Yılmaz <emre.yilmaz@anadolukoruk.com.tr>",
         "Pedido 4100078030 - pilot gangway bellows U-01", "Thu, 09 May 2024 12:18:00 +0200", _p06_body,
         attachments=[("PO_4100078030.pdf", _p06_po, PDF_MT)])))])


# p07: hold and event stated, release by "our management" (nobody named) -> RG005
_p07_body = """Dear Piotr,

Following our visit in Poznań last week, I send you the order 4500319044 for the side windows of
the REGIO 2N-X pilot train set.

To be very clear on the scope: only the 6 pilot window assemblies TVR-WA-0610 ind. B are ordered
now, please start them. The series balance (the 1,146 assemblies of your offer OR/2024/0398) is
not released before the FAI sign-off of the pilot windows and the written release of our
management. Please do not plan the series before that.

The FAI report must follow the EN 9100 format (our form F-QUA-112) and contain the glass
certificates EN 15152. Delivery DAP Valenciennes, hall 4, week 26 at the latest.

Thank you to acknowledge the order in our portal.

Bien cordialement,
""" + sig("Sophie Laurent", "Acheteuse Projets", "Trainvia Matériel Roulant SAS, Valenciennes", "+33 3 27 51 40 00")
case("p07_trainvia_windows_management", ["RG005"],
     "6 pilot windows authorized, balance not released until FAI sign-off and written release of 'our management' - nobody named",
     [("Commande_4500319044_fenetres_pilotes.eml", eml_bytes(mail(
         "Sophie Laurent <sophie.laurent@trainvia.fr>", "Piotr Zieliński <p.zielinski@okna-rail.pl>",
         "Commande 4500319044 - fenêtres pilotes REGIO 2N-X", "Wed, 15 May 2024 09:47:00 +0200", _p07_body)))])


# ---------------------------------------------------------------- batch 2

# c09: supplier assumes auto-conversion (quoted), buyer's reply corrects it with complete scope -> clean
_c09_sup = """Dear Mrs. Schmidt,

the 12 first-sample harness sets KS-480-220 are finished and tested, dispatch tomorrow with our
truck. Once you confirm the first samples are OK we continue directly with the series sets, the
series is already planned in our capacity from KW 36.

Best regards
Jana Dvořáková
Moravia Kabel s.r.o."""
_c09_body = """Dear Mrs. Dvořáková,

thank you for the quick work on the first samples.

Please don't continue directly. To avoid any misunderstanding:

- PO 4500882190 orders the 12 first-sample sets only. That is the only quantity you may build.
- Our first-sample sign-off (EMPB/FAI) releases nothing by itself.
- The series (2,160 sets of your quotation AN-24-0331) stays not released until Hans Becker,
  Leiter Projekteinkauf, signs a written release after the first samples are signed off by our
  supplier quality.
- Material authority: first samples only. Please do not buy copper or connectors for the series
  yet; a capacity reservation is fine.

I expect the sign-off in KW 26, the release decision follows in KW 27 at the earliest.

Mit freundlichen Grüßen / Best regards
""" + sig("Katrin Schmidt", "Einkauf Elektrik", "Nordbahn Fahrzeugbau GmbH, Kassel", "+49 561 7730-412") + \
    "\n\n-----Ursprüngliche Nachricht-----\nVon: Jana Dvořáková <dvorakova@moravia-kabel.cz>\nGesendet: Dienstag, 11. Juni 2024 15:02\n" \
    "An: Katrin Schmidt <katrin.schmidt@nordbahn-fzb.de>\nBetreff: 4500882190 first samples ready\n\n" + quote_lines(_c09_sup) + "\n"
case("c09_nordbahn_reply_no_autoconv", [], "quoted supplier auto-conversion assumption corrected by buyer reply with quantity, hold, event, releaser, material authority",
     [("AW_4500882190_first_samples_ready.eml", eml_bytes(mail(
         "Katrin Schmidt <katrin.schmidt@nordbahn-fzb.de>", "Jana Dvořáková <dvorakova@moravia-kabel.cz>",
         "AW: 4500882190 first samples ready", "Wed, 12 Jun 2024 08:31:00 +0200", _c09_body,
         in_reply_to="<h142-js-0611@moravia-kabel.cz>")))])


# c10: supplier states that the deposit does not release production -> clean
_c10_body = """Dear Mr. Rao,

Good day! Thank you for the advance payment of USD 4,944.00 for the footplate tooling and FAI
samples under your PO DRCW/PUR/2024-25/0418, we received it in our bank today (ref. TT 2405-883).

Please kindly note: the advance payment does not release production. We will make only the 4 FAI
footplates and 8 FAI hinge pins under your PO. The series footplates we will not start, and we
will not buy aluminium plate for them, until we receive your written production release.

FAI samples will be ready 14 June, we will send by DHL with the FAI report and the 3.1
certificates. Tooling photos attached in our next mail.

Thanks and best regards,
Lily Zhang
Sales Manager, Export Dept.
Changzhou Huayu Rail Parts Co., Ltd.
Tel: +86 519 8661 2271  WeChat: lilyzhang_hy
"""
case("c10_huayu_deposit_not_release", [], "supplier says the advance payment does not release production; builds FAI only",
     [("Huayu_advance_received_DRCW-0418.eml", eml_bytes(mail(
         "Lily Zhang <lily.zhang@hy-railparts.cn>", "S. Venkatesh Rao <venkatesh.rao@deccanrail.in>",
         "RE: Advance payment PO DRCW/PUR/2024-25/0418", "Thu, 23 May 2024 17:05:00 +0800", _c10_body,
         cc="Shreya Patel <shreya.patel@deccanrail.in>",
         html=html_simple(_c10_body.split("\n\n")))))])


# c11: supplier acknowledgement restates the hold -> clean
case("c11_ege_order_ack", [], "supplier order acknowledgement restates FAI-only scope and the hold",
     [("EGM_OrderAck_4700021190.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT / SİPARİŞ TEYİDİ"),
         ("p", "Ege Mekanik Makina San. ve Tic. A.Ş., Kemalpaşa OSB 12. Sokak No: 7, 35730 İzmir, Türkiye"),
         ("p", "To: Albion Rail Vehicles Ltd, Derby, UK. Attn. Mr. Gareth Hughes. Our ref. EGM-OA-24-0391. "
               "Date: 16.05.2024"),
         ("table", [["Your PO", "Part", "Description", "Qty", "Unit GBP", "Delivery"],
                    ["4700021190", "ARV-BR-3325 issue A", "Roof bracket, FAI samples", "10 pcs", "48.00",
                     "week 25, DAP Derby"]]),
         ("sp",),
         ("p", "We acknowledge your purchase order as it is written. Only the 10 FAI brackets are authorized "
               "under this PO. The 590 series brackets in our quotation Q-0600 rev 2 are not released. We will "
               "not start them and will not buy material for them until we receive a written release from "
               "Mrs. Helen Marsh after your FAI sign-off."),
         ("p", "Coating zinc flake acc. ARV-ES-014 issue C. Marking by laser, part number and batch. "
               "Material S355J2 from stock, EN 10204 3.1."),
         ("p", "Best regards, Mehmet Kaya, Export Manager"),
     ], title="Order acknowledgement", author="Ege Mekanik"))])


# c12: SAP sample PO with complete header text -> clean
case("c12_nordbahn_sap_po_brackets", [], "SAP PO: 5 first-article brackets, rest not released, FAI sign-off + written release by named person, material authority",
     [("BEST_4500882417_BrnoPrecision.txt", """NORDBAHN FAHRZEUGBAU GMBH                    BESTELLUNG / PURCHASE ORDER
Einkauf Mechanik, Werk Kassel
=========================================================================
Bestellnummer : 4500882417            Datum      : 21.05.2024
Lieferant     : 300522 Brno Precision Machining s.r.o., Brno (CZ)
Einkaeufergr. : M04                   Zahlung    : 45 Tage netto
Lieferbed.    : DAP Kassel Tor 1      Incoterms 2020
=========================================================================
Pos  Material        Kurztext                         Menge ME     Preis EUR
0010 4711-315-020    Konsole Dachgeraet, gefraest          5 ST      186,00
     Zeichnung 4711-315-020 Rev 12, Allgemeintol. ISO 2768-mK
     Liefertermin KW 27
=========================================================================
KOPFTEXT / HEADER TEXT:
FIRST ARTICLE ORDER. This PO covers 5 first-article brackets only.
The remaining 395 brackets of your quotation BP-2024-077 are NOT
released. They will be released only by a written release signed by
Hans Becker, Leiter Projekteinkauf, after our supplier quality has
signed off the first-article inspection (EMPB/FAI).
Material authority: first-article quantity only.
=========================================================================
Gesamtnettowert EUR 930,00
Es gelten unsere Allgemeinen Einkaufsbedingungen AEB 2023.
""")])


# c13: Teams chat with scoped go-ahead and complete scope -> clean
case("c13_deccan_teams_pilot_brackets", [], "chat: go ahead with 15 pilot brackets only; balance held until FAI sign-off + written release by named DGM; material only for 15",
     [("Teams_DRCW-ShreeGanesh_pilot_brackets.txt", """Microsoft Teams - chat export
Chat: DRCW Purchase <> Shree Ganesh Precision
Exported 27-05-2024 18:10 IST

[27-05-2024 10:02] Shreya Patel (Deccan Rail Coach Works):
Good morning Anil ji. PO DRCW/PUR/2024-25/0452 sent to you today for the underframe brackets DRCW-UF-1180 Rev 04

[27-05-2024 10:03] Shreya Patel (Deccan Rail Coach Works):
Please go ahead with the 15 pilot brackets only.
Balance 585 nos is not released until FAI sign-off by our QA (Ravi Kumar) and written release from S. Venkatesh Rao, DGM Purchase.

[27-05-2024 10:20] Anil Deshpande (Shree Ganesh Precision):
Good morning madam. Noted, only 15 nos. Shall we buy the EN8 bar for full 600 nos? Mill is giving good rate this month

[27-05-2024 10:24] Shreya Patel (Deccan Rail Coach Works):
No Anil ji, material only for the 15. We will not take liability for the balance material before the release.

[27-05-2024 10:25] Anil Deshpande (Shree Ganesh Precision):
Understood 👍 15 nos only. FAI report format same as last time?

[27-05-2024 10:31] Shreya Patel (Deccan Rail Coach Works):
Yes, QF-07 format with balloon drawing. Delivery by 20 June to Sriperumbudur stores please
""")])


# c14: interim sample disposition with quantity and expiry limits; release of 48 within limits; rest held -> clean
case("c14_rms_interim_disposition", [], "interim disposition limited to 48 frames until 30.06.; those 48 released in writing; 528 held for final sign-off and named releaser",
     [("RMS_Interim_Disposition_DEV-0117.docx", docx_bytes([
         ("h1", "Interim Disposition DEV-0117"),
         ("p", "RheinMain Stadtbahn GmbH, Betriebshof Ost, Technik Fahrzeuge, Frankfurt am Main."),
         ("table", [["Item", "Entry"],
                    ["Supplier", "Polmet Seating Sp. z o.o., Bydgoszcz"],
                    ["Order", "PO 4410023917 - seat frames for refurbishment of tram class S, 24 vehicles"],
                    ["Part", "RMS-SF-118 rev. B (refurbishment frame, 1 seat)"],
                    ["Samples", "12 sample frames delivered 06.05.2024, FAI report PM-FAI-24-052"],
                    ["Deviation", "Powder coating 70 µm measured, drawing requires 80 µm min."]]),
         ("sp",),
         ("h", "Disposition of the samples"),
         ("p", "Interim approval of the samples, limited to 48 frames (vehicles 01 and 02) and valid until 30.06.2024. "
               "Condition: corrective action on coating line, new coating report before the end date."),
         ("h", "Production release within the interim limits"),
         ("p", "48 frames are released for production by this document, signed below by Dr. Andrea Keller, "
               "Leiterin Beschaffung, as release authority."),
         ("p", "The balance of 528 frames of the quoted 576 remains not released. It will be released only after a "
               "final sample sign-off with the disposition 'approved' and a further written release by "
               "Dr. Andrea Keller."),
         ("p", "Material authority: powder and tube for the 48 released frames only."),
         ("table", [["Role", "Name", "Date"],
                    ["Quality (disposition)", "Stefan Vogt, Fahrzeugqualität", "17.05.2024"],
                    ["Release authority", "Dr. Andrea Keller, Leiterin Beschaffung", "17.05.2024"]]),
     ], author="RheinMain Stadtbahn"))])


# c15: full-quantity PO full of identifiers that look like quantities -> clean
case("c15_iberica_portal_full_po", [], "full-quantity PO; part numbers, drawing revs, norms and lot numbers look like quantities",
     [("Portal_Pedido_4100078211.html", html_page("Portal de Proveedores - Pedido 4100078211", """
<h2>Ibérica de Material Ferroviario S.A. &ndash; Portal de Proveedores</h2>
<p>Proveedor: <b>Brno Precision Machining s.r.o.</b> &middot; N.º proveedor 71-0108 &middot; Pedido emitido 20/05/2024</p>
<h3>Purchase order 4100078211 &ndash; firm order, total quantity</h3>
<table>
<tr><th>Pos.</th><th>Part no.</th><th>Description</th><th>Drawing</th><th>Qty</th><th>Unit EUR</th></tr>
<tr><td>10</td><td>2500-045-120</td><td>Soporte mecanizado caja de baterías / battery box bracket</td><td>DRG 4500 Rev 12</td><td style="text-align:right">250</td><td style="text-align:right">64,30</td></tr>
</table>
<p>This is a firm order for the total quantity of 250 brackets. There is no sample phase and no further quantity under this order.</p>
<ul>
<li>Thread M16x1.5 6H, general tolerances ISO 2768-mK, welding EN 15085-2 CL1 not applicable (machined from solid).</li>
<li>Material S355J2+N acc. EN 10025-2, certificate EN 10204 3.1. Marking: part no. + heat no. + lot (e.g. Lote 1000/24).</li>
<li>Previous non-conformity NCR-2024-0480 (burrs on bore &Oslash;22) closed; please keep the deburring step.</li>
<li>Delivery: 2 shipments of 125 pcs, 15/07/2024 and 30/08/2024, DAP Zaragoza, nave 1500, Gate B.</li>
</ul>
<p>Quality: supplier certified ISO 9001:2015 and ISO/TS 22163:2023. CoC with each delivery.</p>
<p>Contact: Javier Ortega Lasheras, Jefe de Compras, +34 976 55 81 00</p>
"""))])


# c16: production release letter releasing 240 of 1,146, rest held for further written releases by named person -> clean
case("c16_albion_release_letter", [], "release letter releases 240 assemblies after FAI and type test; 906 not released; named releaser; material authority 240",
     [("ARV_Production_Release_PR-2024-031.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-ARV-2024-031"),
         ("p", "Albion Rail Vehicles Ltd, Litchurch Lane, Derby DE24 8AD. To: Okna-Rail Sp. z o.o., Poznań. "
               "Date: 03 June 2024."),
         ("table", [["Item", "Detail"],
                    ["Part", "Side window assembly WA-1152-03, drawing ARV-WA-0890 issue B"],
                    ["Purchase order", "4700021102 rev 2 (commercial cover 6 pilot + 1,146 series assemblies)"],
                    ["Sample sign-off", "FAI ARV-Q-2024-210 approved 22 May 2024 (T. Whitaker, SQE)"],
                    ["Type test", "Unit 001 passed 30 May 2024, report ARV-TT-0417"],
                    ["Quantity released by this letter", "240 assemblies (series lot 1)"],
                    ["Not released", "906 assemblies (balance of the 1,146 series quantity)"]]),
         ("sp",),
         ("p", "Albion Rail Vehicles releases 240 window assemblies WA-1152-03 for production under PO 4700021102 "
               "rev 2. The PO is commercial cover only; production authority exists only for the quantities named "
               "in signed releases like this one."),
         ("p", "The remaining 906 assemblies are not released. Each further lot will be released only by a further "
               "written release signed by Helen Marsh, Commercial Manager."),
         ("p", "Material authority: glass and aluminium profiles for the 240 released assemblies."),
         ("p", "Signed: Helen Marsh, Commercial Manager (release authority)."),
     ], title="PR-ARV-2024-031", author="Albion Rail Vehicles"))])


# p08: WhatsApp export, balance on hold, named person will decide, no unlock event -> RG004
case("p08_deccan_whatsapp_hold", ["RG004"],
     "pilot lot 20 nos ordered, balance 480 on hold and the named DGM will decide - no event that unlocks it",
     [("WhatsApp_Chat_DRCW_Purchase_ShreeGanesh.txt", """WhatsApp Chat with DRCW Purchase - Shree Ganesh

14/05/24, 11:02 - Shreya Patel DRCW: Good morning Anil ji 🙏
14/05/24, 11:03 - Shreya Patel DRCW: PO no DRCW/PUR/2024-25/0433 mailed to you just now for side skirt brackets DRCW-SK-0775 Rev 02
14/05/24, 11:04 - Shreya Patel DRCW: Pilot lot 20 nos only. Balance 480 nos is on hold, pls do not start. Venkatesh Rao sir (DGM Purchase) will decide on the balance
14/05/24, 11:15 - Anil Deshpande SGP: Good morning madam. Received PO. Pilot 20 nos noted 👍
14/05/24, 11:16 - Anil Deshpande SGP: Drawing rev 02 has hole dia 18 H7 but model shows 18.5, which one to follow?
14/05/24, 11:40 - Shreya Patel DRCW: Follow drawing, 18 H7. Model will be corrected
14/05/24, 11:41 - Anil Deshpande SGP: Ok madam. Pilot dispatch 7 June by road, Chennai transit 3 days
14/05/24, 11:41 - Shreya Patel DRCW: 👍
14/05/24, 16:52 - Anil Deshpande SGP: <Media omitted>
14/05/24, 16:52 - Anil Deshpande SGP: Fixture photo for pilot lot
""")])


# p09: SAP PO printout, hold and event stated, release by an unnamed department -> RG005
case("p09_iberica_sap_prototype_harness", ["RG005"],
     "2 prototype harness sets ordered, balance blocked until FAI sign-off and written release from the purchasing department - no named person",
     [("PEDIDO_4100078150.txt", """IBERICA DE MATERIAL FERROVIARIO S.A.              PEDIDO DE COMPRA
Calle Bari 12 - 50197 Zaragoza                    PURCHASE ORDER
------------------------------------------------------------------------
N. pedido   : 4100078150          Fecha     : 16.05.2024
Proveedor   : 71-0093 CHANGZHOU HUAYU RAIL PARTS CO., LTD.
Grupo compr.: P07                 Cond. pago: 60 DIAS F.F.
Incoterms   : FCA SHANGHAI 2020
------------------------------------------------------------------------
Pos Material      Texto breve                       Cantidad UM  Precio EUR
010 IMF-CH-7712   MAZO CABLES TECHO / ROOF HARNESS       2  JGO   2.310,00
    PROTOTIPO U-01, PLANO IMF-E-7712 IND. C
    EN 50343 / EN 45545-2 HL3
------------------------------------------------------------------------
TEXTO CABECERA / HEADER TEXT:
ONLY 2 PROTOTYPE HARNESS SETS ARE ORDERED AND RELEASED WITH THIS PO.
THE BALANCE OF 238 SETS FROM QUOTATION HY-Q-2404-070 IS BLOCKED - NOT
RELEASED - UNTIL FAI SIGN-OFF OF THE PROTOTYPES AND WRITTEN RELEASE
FROM PURCHASING DEPARTMENT.
MATERIAL AUTHORITY: PROTOTYPE QUANTITY ONLY.
------------------------------------------------------------------------
VALOR NETO TOTAL EUR 4.620,00
CONDICIONES GENERALES DE COMPRA IMF-CGC-2021 APLICABLES.
""")])


# p10: scoped go-ahead to first-article pieces without a quantity; hold, event and person present -> RG010
_p10_body = """Dear Mr. Svoboda,

thank you for the good call on Monday. As agreed there, please go ahead with the first-article
pieces of the roof bracket 4711-315-044 under our PO 4500882455.

Everything beyond the first articles is not released. After our supplier quality has signed off
the FAI, Hans Becker (Leiter Projekteinkauf) will decide and, if positive, issue the written
release for the series. Material: first articles only, please.

Two technical points from the call:
1) Chamfer 1x45° on all outer edges as shown in section B-B, not 0.5.
2) The tapped holes M10 get helicoil inserts, we send you the spec by separate mail.

FAI report with full dimensional check and material certificate 3.1, please.

Mit freundlichen Grüßen
""" + sig("Katrin Schmidt", "Einkauf Mechanik", "Nordbahn Fahrzeugbau GmbH, Kassel", "+49 561 7730-412")
case("p10_nordbahn_first_articles_noqty", ["RG010"],
     "go-ahead for 'the first-article pieces as agreed' never states how many; hold, event and releaser are present",
     [("Nordbahn_4500882455_first_articles.eml", eml_bytes(mail(
         "Katrin Schmidt <katrin.schmidt@nordbahn-fzb.de>", "Martin Svoboda <svoboda@brno-precision.cz>",
         "4500882455 - first articles roof bracket", "Wed, 22 May 2024 11:10:00 +0200", _p10_body)))])


# p11: call-off refers to a schedule that is not in the bundle -> RG010
case("p11_nsr_calloff_no_schedule", ["RG010"],
     "call-off 03 authorizes car sets 'per attached schedule' (not attached); hold, next call-off and named signer present",
     [("NSR_CallOff_03_FR-2024-006.pdf", pdf([
         ("h1", "CALL-OFF 03 under Framework FR-2024-006"),
         ("p", "Northern Shires Rail Ltd - Fleet Engineering, Heaton Lodge Depot, Mirfield. Date: 24 May 2024."),
         ("p", "Supplier: Moravia Kabel s.r.o., Ostrava. Item: Saloon lighting harness NSR-E-2204 issue 5, "
               "one kit per car, Class 185 life-extension programme."),
         ("p", "Please manufacture and deliver the car sets as per the attached schedule, delivery to Heaton Lodge "
               "stores, goods-in bay 2, Monday to Friday 07:00-15:00."),
         ("p", "All other car sets of the framework remain not released. Each further quantity is released only "
               "by the next call-off, signed by Priya Sharma, Fleet Materials Manager."),
         ("p", "Material authority: for the car sets of this call-off only."),
         ("p", "Test: continuity and insulation test record per kit; EN 50343 labels; CoC with each delivery."),
         ("p", "Signed: Priya Sharma, Fleet Materials Manager"),
     ], title="Call-off 03", author="Northern Shires Rail"))])


# p12: chat instruction to start first-of-class harnesses with no quantity and nothing about the rest -> RG003 RG004 RG005 RG010
case("p12_iberica_teams_start_foc", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells supplier to start the first-of-class harnesses: no quantity, nothing on the balance, no event, no releaser",
     [("Teams_IMF_Huayu_2024-05-17.txt", """Microsoft Teams - exported conversation
Chat: IMF Compras / Huayu Rail Parts
Export date: 17/05/2024

[17/05/2024 08:52] Javier Ortega Lasheras (IMF):
Hola Lily, good morning. Small change of plan: you can start now with the first-of-class roof harnesses for the U-01, the PO paper follows tomorrow from Marta

[17/05/2024 08:53] Javier Ortega Lasheras (IMF):
our production moved the U-01 roof fitting to week 29 so we need them earlier than we said

[17/05/2024 09:40] Lily Zhang (Huayu):
Good afternoon Javier! Thank you, we will arrange. Connector HARTING Han 24E still same as drawing ind. C?

[17/05/2024 09:46] Javier Ortega Lasheras (IMF):
yes same, ind. C. And please label every harness with the car position (A1, A2, B1...) in Spanish and English

[17/05/2024 09:47] Lily Zhang (Huayu):
OK noted. We send photos before packing
""")])


# p13: quoted buyer scope is complete; buyer then answers "approved, go ahead" to an FAI + series schedule -> RG002
_p13_orig = """Dear Mrs. Dvořáková,

attached PO 4500882301 for the saloon door harness KS-512-040. To be clear on the scope:
the PO covers 12 first-sample sets only. The remaining 2,148 sets of your quotation are not
released until our first-sample sign-off and a written release signed by Hans Becker,
Leiter Projekteinkauf. Material authority: first samples only.

Best regards
Katrin Schmidt"""
_p13_sup = """Dear Mrs. Schmidt,

please find attached the FAI report for the 12 first-sample sets (all characteristics OK,
hipot 1.5 kV passed) and our proposed series schedule from KW 36 with 180 sets per month.

Please confirm.

Best regards
Jana Dvořáková
Moravia Kabel s.r.o., Ostrava

""" + quote_lines(_p13_orig)
_p13_body = "Hi Jana,\n\napproved, go ahead.\n\nKatrin\n\nSent from my iPhone\n\n" + \
    "On 29 May 2024, at 14:12, Jana Dvořáková <dvorakova@moravia-kabel.cz> wrote:\n\n" + quote_lines(_p13_sup) + "\n"
case("p13_nordbahn_approved_go_ahead", ["RG002"],
     "buyer's one-line 'approved, go ahead' answers an FAI report plus a series schedule; quoted PO scope is otherwise complete",
     [("Re_FAI_KS-512-040_series_schedule.eml", eml_bytes(mail(
         "Katrin Schmidt <katrin.schmidt@nordbahn-fzb.de>", "Jana Dvořáková <dvorakova@moravia-kabel.cz>",
         "Re: FAI report KS-512-040 + series schedule", "Wed, 29 May 2024 18:47:00 +0200", _p13_body,
         in_reply_to="<h142-jd-0529@moravia-kabel.cz>")))])


# p14: Teams chat; complete scope earlier, later "green light" with no scope -> RG002
case("p14_albion_teams_green_light", ["RG002"],
     "after first-of-class inspection the buyer posts 'green light from our side' with no quantity or sample scope; earlier scope complete",
     [("Teams_Albion_AnadoluKoruk_gangway.txt", """Microsoft Teams - chat export
Chat: Albion Interiors / Anadolu Körük - gangway GWB-46-A
Exported 12/06/2024 16:20 (UTC+01:00)

[14/05/2024 10:05] Gareth Hughes (Albion Rail Vehicles):
Hi Emre - PO 4700021240 is for the 2 pilot bellows for unit 001 only. The other 46 are not released until first-of-class inspection on 001 is passed and Helen Marsh (Commercial Manager) signs a revised PO. Material for the 2 pilots only please.

[14/05/2024 10:31] Emre Yılmaz (Anadolu Körük):
Dear Gareth, clear, thank you. 2 pilot pcs in production, delivery 28 June.

[11/06/2024 09:12] Emre Yılmaz (Anadolu Körük):
Good morning Gareth, our Ayşe hanım is in Derby tomorrow for the first-of-class inspection on unit 001. Do you need anything else from us?

[11/06/2024 09:40] Gareth Hughes (Albion Rail Vehicles):
just the fire test report original please, Tom wants to see the stamp

[12/06/2024 15:58] Gareth Hughes (Albion Rail Vehicles):
FOC on 001 went fine, Tom was happy with the fit and the seals. Green light from our side 👍

[12/06/2024 16:03] Emre Yılmaz (Anadolu Körük):
Great news, thank you Gareth! 🙏 We will plan accordingly
""")])


# p15: folder: complete PO + supplier FAI report carrying the buyer's decision "good to run" -> RG002
case("p15_deccan_po_and_fai_good_to_run", ["RG002"],
     "bundle: PO with complete scope, plus FAI report where the buyer's decision reads only 'Good to run'",
     [("DRCW_PO_2024-25_0461.pdf", pdf([
         ("h1", "PURCHASE ORDER DRCW/PUR/2024-25/0461"),
         ("p", "Deccan Rail Coach Works Pvt. Ltd., SIPCOT Industrial Park, Sriperumbudur, Chennai 602105."),
         ("p", "To: Shree Ganesh Precision Engineering Pvt. Ltd., MIDC Bhosari, Pune 411026. Date 06.05.2024."),
         ("table", [["Sl.", "Item", "Drg. No.", "Qty", "Rate INR", "Amount INR"],
                    ["1", "Brake cylinder mounting bracket, FAI samples", "DRCW-BC-0912 Rev 05", "6 Nos",
                     "2,450.00", "14,700.00"]]),
         ("sp",),
         ("p", "Scope: this PO covers 6 FAI samples only. The balance 594 Nos of your quotation SGP/Q/24/118 is not "
               "released. It will be released only by a written release from S. Venkatesh Rao, DGM Purchase, after "
               "FAI sign-off by our QA. Material authority: FAI quantity only."),
         ("p", "Delivery: Sriperumbudur stores within 4 weeks. FAI report in format QF-07 with balloon drawing."),
         ("p", "For Deccan Rail Coach Works Pvt. Ltd. - S. Venkatesh Rao, DGM Purchase"),
     ], title="DRCW PO 0461", author="DRCW Purchase")),
      ("SGP_FAI_Report_DRCW-BC-0912.docx", docx_bytes([
          ("h1", "FIRST ARTICLE INSPECTION REPORT"),
          ("p", "Shree Ganesh Precision Engineering Pvt. Ltd., Pune. Report no. SGP/FAI/24/061. Format QF-07."),
          ("table", [["Field", "Entry"],
                     ["Customer", "Deccan Rail Coach Works Pvt. Ltd."],
                     ["PO", "DRCW/PUR/2024-25/0461"],
                     ["Part / Drg.", "Brake cylinder mounting bracket / DRCW-BC-0912 Rev 05"],
                     ["Samples inspected", "6 Nos, heat no. K-22871, EN8 (080M40)"]]),
          ("sp",),
          ("table", [["Balloon", "Characteristic", "Spec", "Measured", "Result"],
                     ["1", "Bore dia", "32 H7", "32.012 / 32.010 / 32.015", "OK"],
                     ["2", "Hole PCD", "110 +/- 0.1", "110.04", "OK"],
                     ["3", "Thread", "M16x1.5", "Go / No-go OK", "OK"],
                     ["4", "Hardness", "201-255 HB", "226 HB", "OK"]]),
          ("sp",),
          ("p", "Supplier declaration: all characteristics conform. Inspected by R. Kulkarni, QA Incharge, 22.05.2024."),
          ("h", "Customer decision"),
          ("p", "Good to run. - S. Venkatesh Rao, DRCW, 28.05.2024"),
      ], author="Shree Ganesh QA"))])


# ---------------------------------------------------------------- batch 3

# c17: folder: SAP PO (10 FAI, quote informational), supplier quote, later release email for 300 -> clean
_c17_rel = """Estimado Mehmet,

Production release PR-IMF-24-019 for the battery box bracket IMF-SB-6610 ind. A:

Our quality signed off the FAI of the 10 pieces on 4 June (report IMF-CAL-24-088). With this
e-mail I release 300 brackets (series lot 1) for production, in addition to the 10 FAI pieces
already delivered under PO 4100078302. A revised PO with the series line follows from the system
tomorrow for the invoicing.

The remaining 890 brackets of your quotation EGM-Q-24-233 stay not released. Each next lot is
released only by a written release signed by me.

Material authority: S355 plate for the 300 released brackets.

Un saludo,

Javier Ortega Lasheras
Jefe de Compras
Ibérica de Material Ferroviario S.A.
Tel. +34 976 55 81 00
"""
case("c17_iberica_po_quote_release", [], "three-file bundle: FAI PO with quote declared information-only, quote, later release of 300 with 890 held; consistent",
     [("PEDIDO_4100078302.txt", """IBERICA DE MATERIAL FERROVIARIO S.A.              PEDIDO DE COMPRA
Calle Bari 12 - 50197 Zaragoza                    PURCHASE ORDER
------------------------------------------------------------------------
N. pedido   : 4100078302          Fecha     : 10.05.2024
Proveedor   : 71-0120 EGE MEKANIK A.S., IZMIR
Grupo compr.: P03                 Cond. pago: 60 DIAS F.F.
Incoterms   : DAP ZARAGOZA 2020
------------------------------------------------------------------------
Pos Material      Texto breve                       Cantidad UM  Precio EUR
010 IMF-SB-6610   SOPORTE CAJA BATERIAS - FAI            10  UN     92,00
    PLANO IMF-M-6610 IND. A, ISO 2768-mK
------------------------------------------------------------------------
TEXTO CABECERA / HEADER TEXT:
ORDERED NOW: 10 FAI PIECES.
THE SERIES QUANTITY IN QUOTATION EGM-Q-24-233 (1.190 PCS) IS FOR
INFORMATION ONLY AND IS NOT RELEASED. SERIES QUANTITIES ARE RELEASED
ONLY BY WRITTEN RELEASE SIGNED BY JAVIER ORTEGA LASHERAS, JEFE DE
COMPRAS, AFTER FAI SIGN-OFF BY IMF CALIDAD.
MATERIAL AUTHORITY: FAI QUANTITY ONLY.
------------------------------------------------------------------------
VALOR NETO TOTAL EUR 920,00
"""),
      ("EGM-Q-24-233.pdf", pdf([
          ("h1", "QUOTATION EGM-Q-24-233"),
          ("p", "Ege Mekanik A.Ş., İzmir. To: Ibérica de Material Ferroviario S.A., Zaragoza. 29.04.2024."),
          ("table", [["Item", "Qty", "Unit EUR", "Lead time"],
                     ["IMF-SB-6610 FAI pieces with report", "10 pcs", "92,00", "4 weeks"],
                     ["IMF-SB-6610 series", "1.190 pcs", "38,50", "6 weeks per lot of 300"]]),
          ("p", "Material S355J2 plate, laser cut, bent, zinc flake. Validity 60 days. Mehmet Kaya."),
      ], title="EGM-Q-24-233", author="Ege Mekanik")),
      ("Release_PR-IMF-24-019.eml", eml_bytes(mail(
          "Javier Ortega Lasheras <jortega@iberica-mf.es>", "Mehmet Kaya <mehmet.kaya@egemekanik.com.tr>",
          "PR-IMF-24-019 - release series lot 1 IMF-SB-6610", "Thu, 06 Jun 2024 13:25:00 +0200", _c17_rel,
          cc="Marta Ruiz Calvo <mruiz@iberica-mf.es>")))])


# c18: hold notice page -> clean
case("c18_trainvia_hold_notice", [], "hold notice: 8 pilot frames authorized, series on hold until FAI sign-off and written release by named person",
     [("Avis_de_suspension_4500319120.html", html_page("Avis de suspension / Hold notice - PO 4500319120", """
<h2>Trainvia Matériel Roulant SAS &ndash; Direction Achats Projets</h2>
<h3>AVIS DE SUSPENSION / HOLD NOTICE &ndash; PO 4500319120</h3>
<table>
<tr><th>Supplier</th><td>Polmet Seating Sp. z o.o., Bydgoszcz</td></tr>
<tr><th>Part</th><td>TVR-SF-2210 rev. C &ndash; seat frame 2+2</td></tr>
<tr><th>Authorized now</th><td>8 pilot frames (FAI), delivery week 24</td></tr>
<tr><th>On hold &ndash; not released</th><td>1,920 series frames quoted in OF/2024/117</td></tr>
<tr><th>Unlock event</th><td>FAI sign-off of the 8 pilot frames, then a written release</td></tr>
<tr><th>Release authority</th><td>Jean-Marc Delattre, Responsable Achats Projet</td></tr>
<tr><th>Material authority</th><td>Pilot quantity only (8 frames)</td></tr>
</table>
<p class="note">The purchase order is commercial authority, not production authority. Please do not plan, buy
material for or start any series frame until you hold a written release signed by Jean-Marc Delattre.</p>
<p>Issued 21/05/2024 by Sophie Laurent, Acheteuse Projets. Questions: +33 3 27 51 40 00.</p>
"""))])


# c19: stop notice -> clean
_c19_cr = html_page("CR-ICx-0147", """
<h2>Change Request CR-ICx-0147</h2>
<table>
<tr><th>Title</th><td>Driver cab harness KS-480-220: new cab connector</td></tr>
<tr><th>Initiator</th><td>Nordbahn Engineering Elektrik, Dr. M. Lorenz</td></tr>
<tr><th>Reason</th><td>Obsolescence of connector X31 (supplier PCN 2024-117); replacement by HARTING Han 24E with coding C</td></tr>
<tr><th>Affected drawing</th><td>4711-220-000 Rev 20 &rarr; Rev 21 (in preparation)</td></tr>
<tr><th>Affected car sets</th><td>from car set 05</td></tr>
<tr><th>Status</th><td>impact analysis requested from supplier</td></tr>
</table>
<p>Technical contact: Dr. Michael Lorenz, +49 561 7730-655</p>
""")
_c19_body = """Dear Mrs. Dvořáková,

STOP NOTICE - Rahmenvertrag RV-2024-011, call-off 02 (car sets 05-08), harness KS-480-220

Because of change request CR-ICx-0147 (new cab connector, drawing 4711-220-000 Rev 21 in
preparation) we stop all work on this order with immediate effect. Nothing more may start -
released or not - until this stop is lifted in writing by Hans Becker, Leiter Projekteinkauf.

- Kits already finished: please keep them in your warehouse, do not ship.
- Kits in work: stop at the next safe point and tell us the status per car set.
- Material: do not buy anything further. Material already bought within the staged material
  authority of call-off 02 (up to 12 car sets) remains at our liability.
- Quantity authorized now: none (0) while the stop is in force. Car sets 09-40 remain not
  released; after the stop is lifted they are released only by the next call-off signed by
  Hans Becker.

We will send you the CR documents and an impact request by Friday. Thank you for your support.

Mit freundlichen Grüßen
""" + sig("Katrin Schmidt", "Einkauf Elektrik", "Nordbahn Fahrzeugbau GmbH, Kassel", "+49 561 7730-412")
case("c19_nordbahn_stop_notice", [], "stop notice: all work stopped until lifted in writing by named person; material within staged authority",
     [("STOP_RV-2024-011_Abruf02.eml", eml_bytes(mail(
         "Katrin Schmidt <katrin.schmidt@nordbahn-fzb.de>", "Jana Dvořáková <dvorakova@moravia-kabel.cz>",
         "STOP - RV-2024-011 Abruf 02 / CR-ICx-0147", "Tue, 04 Jun 2024 07:58:00 +0200", _c19_body,
         cc="Hans Becker <hans.becker@nordbahn-fzb.de>", extra={"Importance": "high"},
         attachments=[("CR-ICx-0147_summary.html", _c19_cr, "text/html")])))])


# c20: Indian English thread, long, complete scope amid logistics -> clean
_c20_first = """Dear Anil ji,

Greetings from DRCW!

Please find attached our PO No. DRCW/PUR/2024-25/0470 dated 28.05.2024 for Bogie side bearer
bracket DRCW-BG-3304 Rev 07.

Kindly note that only 24 Nos pilot lot is released vide this PO. Balance 576 Nos as per your
offer shall remain on hold and is not released till FAI sign-off by our QA and written release
by undersigned. RM procurement only for the pilot lot please.

Regards,
S. Venkatesh Rao
DGM Purchase, Deccan Rail Coach Works Pvt. Ltd."""
_c20_sup = """Dear Sir,

Thank you for the PO. We confirm pilot lot 24 Nos, dispatch on 21.06.2024.

Few points:
1. Transit insurance - your scope or ours? PO says FOR destination.
2. E-way bill will be generated from our GSTIN 27AAHCS5521K1ZQ, please confirm ship-to GSTIN.
3. Packing - wooden crate or pallet with stretch film?

Regards,
Anil Deshpande
Shree Ganesh Precision Engineering Pvt. Ltd.

""" + quote_lines(_c20_first)
_c20_body = """Dear Anil ji,

Please find replies below:

1. Transit insurance is in our scope, our open policy covers it. Kindly mention the PO no. on LR.
2. Ship-to GSTIN 33AABCD1234E1Z5, same as bill-to.
3. Pallet with stretch film is fine, max 500 kg per pallet, 4-way entry.

Also please send the FAI report in QF-07 format along with MTC 3.1 one week before dispatch,
so Ravi can plan the inspection. As already written, only the 24 Nos pilot lot is to be made;
the balance 576 Nos remains not released till FAI sign-off and my written release.

Thanks & Regards,
S. Venkatesh Rao
DGM Purchase
Deccan Rail Coach Works Pvt. Ltd., Sriperumbudur
Mob: +91 98400 12345

""" + quote_lines(_c20_sup)
case("c20_deccan_thread_logistics", [], "long Indian-English thread: 24 Nos pilot lot, balance 576 held till FAI sign-off and the signer's written release",
     [("RE_PO_0470_pilot_lot_queries.eml", eml_bytes(mail(
         "S. Venkatesh Rao <venkatesh.rao@deccanrail.in>", "Anil Deshpande <anil@shreeganeshprecision.in>",
         "RE: RE: PO No. DRCW/PUR/2024-25/0470 - Pilot lot - queries", "Fri, 31 May 2024 12:40:00 +0530",
         _c20_body, html=html_simple(_c20_body.split("\n\n")),
         cc="Shreya Patel <shreya.patel@deccanrail.in>, Ravi Kumar <ravi.kumar@deccanrail.in>",
         in_reply_to="<h142-sgp-0530@shreeganeshprecision.in>")))])


# c21: supplier weekly status report, building pilot only, no series material -> clean
case("c21_polmet_status_report", [], "supplier status report: building 8 pilot frames only, no series material, waiting for written release",
     [("Polmet_Weekly_Status_KW21_Trainvia.docx", docx_bytes([
         ("h1", "Weekly project status - Trainvia REGIO 2N-X"),
         ("p", "Polmet Seating Sp. z o.o. - week 21/2024 - prepared by Agnieszka Kowalczyk, Production Planning"),
         ("table", [["Order", "Part", "Authorized qty", "Status", "Next step"],
                    ["PO 4500319120", "TVR-SF-2210 rev. C pilot", "8", "6 welded, 2 in jig; coating week 22",
                     "FAI report week 23"],
                    ["PO 4500319120", "Welding jig OUT-7700-412", "1", "finished, in use", "-"]]),
         ("sp",),
         ("h", "Series"),
         ("p", "The series frames are not released. We have not bought tube or plate for the series and no series "
               "frame is planned in the shop. We wait for the written release from Mr. Jean-Marc Delattre after the "
               "FAI sign-off."),
         ("h", "Open points"),
         ("li", "Seat shell fixing holes: drawing DRG 7700-412 Rev 12 shows 4x M8, the shell supplier asks M6 - "
                "please confirm."),
         ("li", "Transport racks for the pilot frames: we propose 2 returnable racks, 4 frames each."),
     ], author="Polmet Seating"))])


# c22: delivery schedule with firm zone and labelled forecast zone, explicit staged material authority -> clean
case("c22_nordbahn_delivery_schedule", [], "schedule: firm zone 96 frames released, forecast zone labelled not released, explicit staged material authority",
     [("Lieferabrufplan_LAB-2024-23_Polmet.pdf", pdf([
         ("h1", "LIEFERABRUF / DELIVERY SCHEDULE LAB-2024-23"),
         ("p", "Nordbahn Fahrzeugbau GmbH, Werk Kassel - Einkauf Interieur. To: Polmet Seating Sp. z o.o. "
               "Frame contract RV-2023-044, seat frame NB-SF-0440 rev. F. Issued 03.06.2024 (week 23)."),
         ("table", [["Weeks", "Zone", "Quantity (frames)", "Status"],
                    ["24-27", "Firm (frozen schedule)", "96", "RELEASED by this schedule"],
                    ["28-31", "Forecast", "128", "not released - forecast only"],
                    ["32-40", "Forecast", "288", "not released - forecast only"]]),
         ("sp",),
         ("p", "Released for production by this schedule: 96 frames for weeks 24-27. The forecast quantities for "
               "weeks 28-40 are planning information only; they are not an order and not released. A forecast "
               "quantity becomes released only when it moves into the firm zone of a later schedule signed by "
               "Hans Becker, Leiter Projekteinkauf."),
         ("p", "Material authority (staged): in addition to the 96 released frames you may buy tube and powder for "
               "up to 64 frames of weeks 28-29 at our liability. No fabrication for weeks 28-40."),
         ("p", "Signed: Hans Becker, Leiter Projekteinkauf"),
     ], title="LAB-2024-23", author="Nordbahn Fahrzeugbau"))])


# c23: change request: PO rev C supersedes rev B, 8 -> 6 pilot frames, stated explicitly -> clean
_c23_po = docx_bytes([
    ("h1", "PURCHASE ORDER 4500319120 - REVISION C"),
    ("p", "Trainvia Matériel Roulant SAS, Direction Achats Projets, Valenciennes. Supplier: Polmet Seating Sp. z o.o."),
    ("p", "Revision C dated 27/05/2024 replaces revision B in full. Reason: change request CR-TVR-0211 "
          "(mock-up reduced from 4 to 3 seat rows)."),
    ("table", [["Line", "Part", "Description", "Qty rev B", "Qty rev C"],
               ["10", "TVR-SF-2210 rev. C", "Seat frame 2+2, pilot (FAI)", "8 (cancelled)", "6"]]),
    ("sp",),
    ("p", "Ordered now: 6 pilot frames. The series frames of offer OF/2024/117 are not released. They are "
          "released only by a written release of Jean-Marc Delattre, Responsable Achats Projet, after the FAI "
          "sign-off of the pilot frames."),
    ("p", "Material authority: pilot quantity (6 frames)."),
], author="Trainvia")
_c23_body = """Dear Tomasz,

Please find attached revision C of PO 4500319120. It replaces revision B completely: following
our change request CR-TVR-0211, the pilot quantity goes from 8 to 6 frames, because the mock-up
will have only 3 seat rows. Revision B (8 frames) is cancelled.

Your status report says 6 frames are welded and 2 are in the jig: please stop the 2 in the jig,
we will pay the work done on them, send us the cost.

Everything else is unchanged: the series is not released until the FAI sign-off and the
written release of Jean-Marc Delattre.

Cordialement,
""" + sig("Sophie Laurent", "Acheteuse Projets", "Trainvia Matériel Roulant SAS", "+33 3 27 51 40 00")
case("c23_trainvia_po_rev_c", [], "PO rev C explicitly replaces rev B (8 -> 6 pilot frames, rev B cancelled); scope complete",
     [("PO_4500319120_revC_CR-TVR-0211.eml", eml_bytes(mail(
         "Sophie Laurent <sophie.laurent@trainvia.fr>", "Tomasz Wiśniewski <t.wisniewski@polmet-seating.pl>",
         "PO 4500319120 rév. C - CR-TVR-0211", "Mon, 27 May 2024 17:20:00 +0200", _c23_body,
         attachments=[("PO_4500319120_rev_C.docx", _c23_po, DOCX_MT)])))])


# c24: PO with advance payment clause that expressly does not release production; complete scope -> clean
case("c24_rms_po_advance_clause", [], "PO with 30% advance; clause says payment is commercial only and releases nothing; scope complete",
     [("RMS_Bestellung_4410024102.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4410024102"),
         ("p", "RheinMain Stadtbahn GmbH, Beschaffung, Gutleutstraße 220, 60327 Frankfurt am Main."),
         ("p", "Lieferant / Supplier: Changzhou Huayu Rail Parts Co., Ltd., Changzhou, China. Datum: 22.05.2024."),
         ("table", [["Pos.", "Teil / Part", "Bezeichnung / Description", "Menge / Qty", "Preis EUR"],
                    ["10", "RMS-GW-330", "Übergangsplatte / gangway footplate, samples", "4", "520,00"]]),
         ("sp",),
         ("p", "Scope: this order covers 4 sample footplates. The balance of 92 footplates of your quotation "
               "HY-Q-2405-014 is not released. It will be released only after sample sign-off by our Fahrzeugqualität "
               "and a written release signed by Dr. Andrea Keller, Leiterin Beschaffung."),
         ("p", "Payment: 30 % advance payment on the sample order value, balance 60 days after delivery. The advance "
               "payment is a commercial matter only. It does not release production of anything and does not "
               "extend the quantity above."),
         ("p", "Material authority: sample quantity only. Delivery FCA Shanghai, Incoterms 2020."),
     ], title="Bestellung 4410024102", author="RheinMain Stadtbahn"))])


# p16: supplier bought tube for the whole series against a pilot-only scope (quoted, complete) -> RG006
_p16_orig = """Dear Tomasz,

PO 4500319377 is for the 8 pilot frames TVR-SF-2215 (1st class) only. The 640 series frames
of your offer are not released until the FAI sign-off and a written release of Jean-Marc
Delattre. Material authority: pilot quantity only.

Sophie Laurent, Trainvia"""
_p16_body = """Dear Sophie,

Short status on the 1st class pilot frames: all 8 frames are welded, coating on Thursday, FAI
report will follow in week 25 as planned.

One information: our steel supplier announced +11% from July. To protect the price for you we
have already bought the S355 tube and the plate for all 640 series frames, the material is
stored in our hall C and reserved for Trainvia. In this way the series price of our offer
stays valid also after July.

Best regards,
Tomasz

""" + sig_short("Tomasz Wiśniewski", "Key Account Manager Rail", "Polmet Seating Sp. z o.o., Bydgoszcz",
                "+48 52 340 17 25") + "\n" + quote_lines(_p16_orig) + "\n"
case("p16_polmet_tube_for_series", ["RG006"],
     "supplier has bought tube and plate for all 640 series frames while only 8 pilots are released and authority is pilot-only",
     [("RE_PO_4500319377_status_pilot_1st_class.eml", eml_bytes(mail(
         "Tomasz Wiśniewski <t.wisniewski@polmet-seating.pl>", "Sophie Laurent <sophie.laurent@trainvia.fr>",
         "RE: PO 4500319377 - status pilot frames 1st class", "Tue, 04 Jun 2024 10:15:00 +0200", _p16_body,
         in_reply_to="<h142-sl-0521@trainvia.fr>")))])


# p17: Teams chat, supplier has cut blanks for 200 brackets when 10 are released -> RG006
case("p17_albion_teams_blanks_cut", ["RG006"],
     "supplier mentions blanks laser-cut for 200 brackets with only 10 FAI released; scope otherwise complete",
     [("Teams_Albion_EgeMekanik_2024-06-03.txt", """Microsoft Teams - chat export
Conversation: Albion Rail / Ege Mekanik - roof brackets ARV-BR-3340
Exported: 03/06/2024 15:44 (UTC+01:00)

[21/05/2024 09:02] Gareth Hughes (Albion Rail Vehicles):
Hi Mehmet, PO 4700021297 sent - 10 FAI brackets ARV-BR-3340 only. Remaining 590 not released until Tom signs off the FAI and Helen Marsh sends the written release. Material for the 10 only please

[21/05/2024 09:20] Mehmet Kaya (Ege Mekanik):
Noted Gareth thank you 👍

[03/06/2024 11:05] Mehmet Kaya (Ege Mekanik):
Hi Gareth, FAI brackets are in coating, ready Thursday

[03/06/2024 11:07] Mehmet Kaya (Ege Mekanik):
btw our laser was free last week so we cut the blanks for 200 pcs in one nesting, 10 for FAI and the rest waiting on the rack. saves setup cost for series 😊

[03/06/2024 11:30] Gareth Hughes (Albion Rail Vehicles):
can you send the FAI report Wednesday so Tom can look before the parts land?

[03/06/2024 11:31] Mehmet Kaya (Ege Mekanik):
yes sure
""")])


# p18: supplier customer-portal page: material for 40 car sets received while 2 car sets are released -> RG006
case("p18_moravia_portal_material", ["RG006"],
     "supplier portal: customer released 2 car sets, material for 40 car sets received and stocked, no material authority beyond call-off",
     [("MoraviaKabel_CustomerPortal_Order_RV-2024-019.html", html_page("Moravia Kabel - Customer portal", """
<h2>Moravia Kabel s.r.o. &ndash; Customer Portal</h2>
<p>Customer: <b>RheinMain Stadtbahn GmbH</b> &middot; Project: Tram class S refurbishment &middot; Frame contract RV-2024-019</p>
<h3>Order status &ndash; harness RMS-E-0918 (door control, 1 kit per vehicle)</h3>
<table>
<tr><th>Item</th><th>Value</th></tr>
<tr><td>Released by customer</td><td>2 vehicle kits (call-off 01, vehicles 01&ndash;02)</td></tr>
<tr><td>Not released by customer</td><td>22 vehicle kits (vehicles 03&ndash;24)</td></tr>
<tr><td>Produced</td><td>2 kits, tested, shipped 27.05.2024 (DL 24-1187)</td></tr>
<tr><td>Customer material authority</td><td>per call-off</td></tr>
<tr><td>Material status</td><td>Cable, connectors and sleeves received for 24 vehicle kits (complete frame contract), stock location Ostrava hala 3, rack 12&ndash;14</td></tr>
<tr><td>Next call-off</td><td>expected after vehicle 01 test run</td></tr>
</table>
<h3>Documents</h3>
<ul><li>FAI report MK-FAI-24-031 (PDF)</li><li>Test protocol hipot 1.5 kV (PDF)</li><li>CoC 24-1187 (PDF)</li></ul>
<p style="font-size:11px;color:#666">Last update 29.05.2024 14:10 by P. Novák, production manager.</p>
"""))])


# p19: staged material beyond an explicit staged material authority (call-off quoted, complete) -> RG006
_p19_calloff = """CALL-OFF 04 under Framework FR-2024-006 - saloon lighting harness NSR-E-2204 issue 5
Released for production by this call-off: 6 car sets (units 185 121-185 126).
Material authority (staged): copper and connectors for up to 12 car sets at our liability.
All further car sets are not released; each further quantity is released only by the next
call-off, signed by Priya Sharma, Fleet Materials Manager."""
_p19_body = """Dear Priya,

Thank you for call-off 04. The 6 car sets are in production, delivery to Heaton Lodge on
28 June as requested.

For your information: we have copper cable and connectors in house for 30 car sets now. Our
cable supplier offered us the volume price only for one lot, so we took it in one go - it is
better for everybody for the next call-offs.

Kind regards,
Jana Dvořáková
Sales, Moravia Kabel s.r.o.
Vítkovická 3, Ostrava, Czech Republic
+420 596 620 114

-----Original Message-----
From: Priya Sharma <priya.sharma@northernshiresrail.co.uk>
Sent: 30 May 2024 09:12
Subject: Call-off 04 FR-2024-006

""" + quote_lines(_p19_calloff) + "\n"
case("p19_moravia_beyond_staged", ["RG006"],
     "call-off releases 6 car sets with staged material authority up to 12; supplier has material for 30 car sets in house",
     [("RE_Call-off_04_FR-2024-006.eml", eml_bytes(mail(
         "Jana Dvořáková <dvorakova@moravia-kabel.cz>", "Priya Sharma <priya.sharma@northernshiresrail.co.uk>",
         "RE: Call-off 04 FR-2024-006", "Fri, 31 May 2024 13:02:00 +0200", _p19_body,
         in_reply_to="<h142-ps-0530@northernshiresrail.co.uk>")))])


# p20: supplier has balance bar stock in and will roll into the balance at FAI sign-off -> RG006 RG007
_p20_orig = """Dear Anil ji,

PO DRCW/PUR/2024-25/0452 covers 15 pilot brackets DRCW-UF-1180 Rev 04 only. Balance 585 Nos
is not released until FAI sign-off by our QA (Ravi Kumar) and written release from
S. Venkatesh Rao, DGM Purchase. Material only for the 15 Nos.

Regards, Shreya Patel, DRCW Purchase"""
_p20_body = """Respected Madam,

Greetings. Pilot 15 Nos are ready and FAI report is attached in QF-07 format. Kindly arrange
inspection by Ravi sir at the earliest.

We wish to inform that EN8 bar stock for the balance 585 Nos is already procured and kept in
our stores, mill TC available. So as soon as Ravi sir signs the FAI we will roll straight on
with the balance 585 Nos, no time will be lost and you will get first series lot within
3 weeks.

Thanking you,
Anil Deshpande
Director - Marketing
Shree Ganesh Precision Engineering Pvt. Ltd., Pune
+91 98220 44556

""" + quote_lines(_p20_orig) + "\n"
case("p20_shreeganesh_bar_and_roll_on", ["RG006", "RG007"],
     "supplier holds bar for the 585 balance (material authority was 15) and will roll straight on when FAI is signed",
     [("FAI_pilot_15Nos_DRCW-UF-1180.eml", eml_bytes(mail(
         "Anil Deshpande <anil@shreeganeshprecision.in>", "Shreya Patel <shreya.patel@deccanrail.in>",
         "FAI report - pilot 15 Nos - DRCW-UF-1180 Rev 04 - PO 0452", "Mon, 17 Jun 2024 10:05:00 +0530", _p20_body,
         cc="Ravi Kumar <ravi.kumar@deccanrail.in>",
         attachments=[("SGP_FAI_DRCW-UF-1180.txt", "FAI REPORT SGP/FAI/24/074 - DRCW-UF-1180 Rev 04 - 15 Nos - "
                       "all 23 characteristics OK - R. Kulkarni QA\n", "text/plain")])))])


# p21: supplier treats the advance as release and buys material for everything -> RG006 RG012
_p21_orig = """Dear Lily,

Our order 4410024140 covers 4 sample footplates RMS-GW-331 only. The balance of 368 footplates
is not released until sample sign-off by our Fahrzeugqualität and a written release signed by
Dr. Andrea Keller, Leiterin Beschaffung. Material authority: sample quantity only.
The 30% advance is due on order.

Best regards, Uwe Brandt, Beschaffung, RheinMain Stadtbahn GmbH"""
_p21_body = """Dear Mr. Brandt,

Good news! With your 30% advance payment received yesterday, we have released the job to our
workshop and ordered the 6061-T6 aluminium plate for all 372 pcs (4 samples + 368 series) from
the mill, arrival in 2 weeks. In this way we save the 5 weeks material lead time.

Samples will be ready 20 June.

Best regards,
Lily Zhang
Sales Manager, Changzhou Huayu Rail Parts Co., Ltd.
Tel +86 519 8661 2271

""" + quote_lines(_p21_orig) + "\n"
case("p21_huayu_advance_material", ["RG006", "RG012"],
     "supplier reads the advance payment as release of the job and orders plate for 372 pcs when 4 samples are authorized",
     [("RE_Order_4410024140_advance.eml", eml_bytes(mail(
         "Lily Zhang <lily.zhang@hy-railparts.cn>", "Uwe Brandt <uwe.brandt@rms-stadtbahn.de>",
         "RE: Order 4410024140 gangway footplates - advance", "Wed, 29 May 2024 16:40:00 +0800", _p21_body,
         html=html_simple(_p21_body.split("\n\n")), in_reply_to="<h142-ub-0522@rms-stadtbahn.de>")))])


# p22: supplier turns a labelled forecast into a firm order and buys material for it -> RG006 RG008
_p22_orig = """Dear Mr. Wiśniewski,

For your capacity planning, our rolling forecast for 2025: 960 seat frames RMS-SF-118 rev. B.
This is a FORECAST, not an order, and gives no material authority.

Currently released: call-off 07, 80 frames. Everything beyond call-off 07 is not released;
further quantities are released only by the next call-off signed by Dr. Andrea Keller,
Leiterin Beschaffung.

Uwe Brandt, Beschaffung, RheinMain Stadtbahn GmbH"""
_p22_body = """Dear Mr. Brandt,

Thank you for the information. We have booked your order for 960 frames for 2025 in our system
and, to guarantee the delivery, we have already bought the tube and the powder for all 960
frames. Deliveries of call-off 07 (80 frames) will be in week 26 as confirmed.

With kind regards,
Tomasz Wiśniewski
Key Account Manager Rail
Polmet Seating Sp. z o.o.

""" + quote_lines(_p22_orig) + "\n"
case("p22_polmet_forecast_booked", ["RG006", "RG008"],
     "supplier books the labelled 2025 forecast as an order for 960 frames and buys material for all of them; 80 released",
     [("RE_Forecast_2025_RMS-SF-118.eml", eml_bytes(mail(
         "Tomasz Wiśniewski <t.wisniewski@polmet-seating.pl>", "Uwe Brandt <uwe.brandt@rms-stadtbahn.de>",
         "RE: Forecast 2025 seat frames RMS-SF-118", "Thu, 06 Jun 2024 09:30:00 +0200", _p22_body,
         in_reply_to="<h142-ub-0605@rms-stadtbahn.de>")))])


# ---------------------------------------------------------------- batch 4

# p23: supplier order confirmation: series will follow automatically after type test approval -> RG007
case("p23_anadolu_order_confirmation", ["RG007"],
     "supplier order confirmation says the series bellows follow automatically once the pilot pair passes type test approval",
     [("AK-OC-24-077_Iberica_4100078030.pdf", pdf([
         ("h1", "SİPARİŞ TEYİDİ / ORDER CONFIRMATION AK-OC-24-077"),
         ("p", "Anadolu Körük Sanayi A.Ş., Nilüfer Organize Sanayi Bölgesi, 16140 Bursa, Türkiye. "
               "Tel +90 224 411 60 00."),
         ("p", "Customer: Ibérica de Material Ferroviario S.A., Zaragoza. Attn. Mrs. Marta Ruiz Calvo. "
               "Your PO 4100078030 of 09/05/2024. Date of confirmation: 13.05.2024."),
         ("table", [["Pos.", "Part", "Description", "Qty", "Unit EUR", "Delivery"],
                    ["10", "GWB-46-A", "Gangway bellows, EN 45545-2 HL3, pilot train U-01", "2", "6.850,00",
                     "15.07.2024 DAP Zaragoza"]]),
         ("sp",),
         ("p", "We thank you for your valued order and confirm the 2 pilot bellows as above. Handles RAL 9005 per "
               "your concession C-IMF-0412."),
         ("p", "Series: the series bellows for the fleet will follow automatically after your type test approval "
               "of the pilot pair. We have reserved the capacity of our sewing line in weeks 34 to 40 for you, so "
               "there will be no gap between pilot and series."),
         ("p", "Fire test report EN 45545-2 HL3 (R1, HL3) and CoC will accompany the delivery."),
         ("p", "Best regards, Emre Yılmaz, Export Sales Manager"),
     ], title="AK-OC-24-077", author="Anadolu Koruk"))])


# p24: buyer's project manager tells supplier to carry on into the balance at FAI sign-off, bypassing the written release -> RG007
_p24_orig = """Dear Jana,

PO 4700021330 covers 4 first-off harness sets ARV-E-5120 issue C only. The remaining 188
sets are not released until Tom Whitaker has signed off the FAI and Helen Marsh, Commercial
Manager, has issued the written release. Material for the 4 first-off sets only.

Regards, Gareth Hughes, Senior Buyer"""
_p24_body = """Hi Jana,

Rob here, I'm the project manager for the Class 7xx programme on the Albion side - Gareth
copied me in on the PO for the cab harnesses.

Frankly the programme can't afford another fortnight. Once Tom has signed the FAI, just carry
straight on into the 188 - don't sit waiting for Helen's paperwork, it'll catch up with you.
I'll square it with commercial.

Can you let me know your realistic date for the 4 first-off sets? The cab wiring on unit 001 is
planned for 8 July.

Thanks,
Rob

Rob Pearson
Project Manager, Class 7xx
Albion Rail Vehicles Ltd, Derby
+44 1332 250 711

-----Original Message-----
From: Gareth Hughes
Sent: 20 May 2024 11:04
To: Jana Dvořáková
Subject: PO 4700021330 first-off harness sets

""" + quote_lines(_p24_orig) + "\n"
case("p24_albion_pm_carry_on", ["RG007"],
     "buyer's project manager tells the supplier to carry straight on into the 188 once the FAI is signed, bypassing the required written release",
     [("Class7xx_cab_harness_timing.eml", eml_bytes(mail(
         "Rob Pearson <rob.pearson@albionrail.co.uk>", "Jana Dvořáková <dvorakova@moravia-kabel.cz>",
         "FW: PO 4700021330 first-off harness sets - timing", "Thu, 23 May 2024 17:52:00 +0100", _p24_body)))])


# p25: Teams chat: supplier says fire test OK so remaining bellows go into production Monday -> RG007
case("p25_iberica_teams_bellows_monday", ["RG007"],
     "supplier announces the remaining 46 bellows start Monday because the fire test passed; buyer's scope requires a written release",
     [("Teams_IMF_AnadoluKoruk_fuelles.txt", """Microsoft Teams - conversación exportada
Chat: IMF Compras / Anadolu Körük - fuelles GWB-46-A
Exportado: 21/06/2024 12:05

[09/05/2024 12:30] Marta Ruiz Calvo (IMF):
Hello Emre, PO 4100078031 sent: 2 pilot bellows for U-01. The other 46 are not released until the fire test report is accepted by our quality and Javier Ortega Lasheras (Jefe de Compras) sends the written release. Material only for the 2 pilots please

[09/05/2024 12:44] Emre Yılmaz (Anadolu Körük):
Hello Marta, understood, thank you. Pilot delivery 15 July

[20/06/2024 16:10] Emre Yılmaz (Anadolu Körük):
Good news Marta! Fire test EN 45545-2 at the lab came OK, R1 HL3 ✔

[20/06/2024 16:11] Emre Yılmaz (Anadolu Körük):
so as agreed we put the remaining 46 bellows into production on Monday, sewing line is ready 👍

[21/06/2024 09:02] Marta Ruiz Calvo (IMF):
send me the lab report pls, I forward to calidad

[21/06/2024 09:15] Emre Yılmaz (Anadolu Körük):
<File: AK_FireTest_EN45545_GWB-46-A.pdf>
""")])


# p26: supplier portal workflow: FAI approval automatically releases the series order -> RG007
case("p26_huayu_portal_workflow", ["RG007"],
     "supplier portal shows a workflow in which customer FAI approval triggers the series production order automatically",
     [("Huayu_CustomerPortal_DRCW-0418.html", html_page("Huayu Rail Parts - Order tracking", """
<h2>Changzhou Huayu Rail Parts Co., Ltd. &ndash; Order Tracking</h2>
<p>Customer: <b>Deccan Rail Coach Works Pvt. Ltd.</b> &middot; Customer PO: DRCW/PUR/2024-25/0418 &middot; Our job: HY-J-24-0339</p>
<table>
<tr><th>Step</th><th>Description</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>PO received, order entered</td><td>Done</td><td>02.05.2024</td></tr>
<tr><td>2</td><td>Tooling and FAI samples (4 footplates, 8 hinge pins)</td><td>Done</td><td>31.05.2024</td></tr>
<tr><td>3</td><td>FAI report submitted to customer</td><td>Done</td><td>05.06.2024</td></tr>
<tr><td>4</td><td>FAI approved by customer</td><td>Waiting</td><td>-</td></tr>
<tr><td>5</td><td>Series production order released automatically (no further action by customer needed)</td><td>Planned</td><td>on step 4</td></tr>
<tr><td>6</td><td>Series shipment FOB Shanghai</td><td>Planned</td><td>-</td></tr>
</table>
<p>Questions: Lily Zhang, Sales Manager, lily.zhang@hy-railparts.cn, +86 519 8661 2271</p>
<p style="font-size:11px;color:#666">This page is updated automatically from our ERP every 4 hours.</p>
"""))])


# p28: email says 12 pilot windows, attached PO says 10; and the email lets the series follow the FAI -> RG007 RG011
_p28_po = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER 4500319502"),
    ("p", "Trainvia Matériel Roulant SAS, Valenciennes. Supplier: Okna-Rail Sp. z o.o., Poznań. Date 29/05/2024."),
    ("table", [["Poste", "Article", "Désignation", "Qté", "PU EUR"],
               ["10", "TVR-WA-0615 ind. A", "Fenêtre latérale, cabine de conduite - pilote", "10", "1 480,00"]]),
    ("sp",),
    ("p", "Scope: 10 pilot window assemblies. The balance of 1,142 assemblies of offer OR/2024/0431 is not "
          "released until the FAI sign-off and a written release by Jean-Marc Delattre, Responsable Achats Projet. "
          "Material authority: pilot quantity only."),
], title="PO 4500319502", author="Trainvia")
_p28_body = """Dear Piotr,

Please find attached our PO 4500319502 for the 12 pilot cab windows for the REGIO 2N-X.

The planning is very tight for the series, so as soon as the pilot windows pass our FAI you can
continue with the 1,142 series windows without waiting, to gain some weeks.

Delivery of the pilots DAP Valenciennes hall 4, week 27.

Cordialement,
""" + sig("Sophie Laurent", "Acheteuse Projets", "Trainvia Matériel Roulant SAS", "+33 3 27 51 40 00")
case("p28_trainvia_12_vs_10_and_continue", ["RG007", "RG011"],
     "email says 12 pilot windows, attached PO says 10; email also lets the series follow the FAI without the PO's written release",
     [("PO_4500319502_fenetres_cabine.eml", eml_bytes(mail(
         "Sophie Laurent <sophie.laurent@trainvia.fr>", "Piotr Zieliński <p.zielinski@okna-rail.pl>",
         "PO 4500319502 - fenêtres cabine pilotes", "Wed, 29 May 2024 11:55:00 +0200", _p28_body,
         attachments=[("PO_4500319502.pdf", _p28_po, PDF_MT)])))])


# p43: supplier FAI report: "approval" used for dimensional approval and series approval, series starts on it -> RG007 RG009
case("p43_ege_fai_series_approval", ["RG007", "RG009"],
     "supplier FAI report uses 'release' for the customer's dimensional FAI acceptance and for the series, and starts the series on it",
     [("EGM_FAI_ARV-BR-3340.docx", docx_bytes([
         ("h1", "FIRST ARTICLE INSPECTION REPORT EGM-FAI-24-131"),
         ("p", "Ege Mekanik A.Ş., İzmir - Quality Department. Customer: Albion Rail Vehicles Ltd. PO 4700021297."),
         ("table", [["Field", "Entry"],
                    ["Part", "ARV-BR-3340 issue A, roof bracket"],
                    ["FAI quantity", "10 pcs, 3 measured"],
                    ["Material", "S355J2, EN 10204 3.1, heat 42117"],
                    ["Coating", "Zinc flake ARV-ES-014 issue C, 12 µm measured"]]),
         ("sp",),
         ("table", [["No", "Characteristic", "Nominal", "Measured", "OK/NOK"],
                    ["1", "Slot width", "14 +0.2", "14.08", "OK"],
                    ["2", "Bend angle", "90° ±0.5°", "90.2°", "OK"],
                    ["3", "Hole M10 position", "pos 0.3", "0.12", "OK"]]),
         ("sp",),
         ("h", "Release"),
         ("p", "Customer release of FAI: released (dimensional and coating) by T. Whitaker, Albion SQE, 12.06.2024."),
         ("p", "Series release: follows from the above FAI release. Series production starts in week 26."),
         ("p", "Prepared: Ayhan Çelik, Quality Engineer. Checked: Mehmet Kaya."),
     ], author="Ege Mekanik QA"))])


# p29: email says 10 FAI brackets, attached PO says 12 -> RG011
_p29_po = pdf([
    ("h1", "PURCHASE ORDER 4700021355"),
    ("p", "Albion Rail Vehicles Ltd, Litchurch Lane, Derby DE24 8AD. Supplier: Ege Mekanik A.Ş., İzmir. 24 May 2024."),
    ("table", [["Line", "Part", "Description", "Qty", "Unit GBP"],
               ["10", "ARV-BR-3350 issue A", "Underframe bracket - FAI", "12", "52.00"]]),
    ("sp",),
    ("p", "This PO covers 12 FAI brackets. The balance of 588 brackets of quotation Q-0612 is not released. It will "
          "be released only by a written release from Helen Marsh, Commercial Manager, after FAI sign-off by "
          "Tom Whitaker, SQE. Material authority: FAI quantity only."),
], title="PO 4700021355", author="Albion Rail Vehicles")
_p29_body = """Hi Mehmet,

PO for the 10 FAI brackets ARV-BR-3350 attached. Same coating and marking as the roof brackets
(ARV-ES-014 issue C, laser marking).

FAI parts needed in Derby by 5 July please - they go on the underframe of unit 002.

Cheers,
""" + sig("Gareth Hughes", "Senior Buyer", "Albion Rail Vehicles Ltd", "+44 1332 250 600")
case("p29_albion_10_vs_12", ["RG011"],
     "email says the PO is for 10 FAI brackets; the attached PO orders 12 (balance 588 computed on 12)",
     [("PO_4700021355_FAI_underframe_brackets.eml", eml_bytes(mail(
         "Gareth Hughes <gareth.hughes@albionrail.co.uk>", "Mehmet Kaya <mehmet.kaya@egemekanik.com.tr>",
         "PO 4700021355 - FAI underframe brackets", "Fri, 24 May 2024 14:31:00 +0100", _p29_body,
         attachments=[("PO_4700021355.pdf", _p29_po, PDF_MT)])))])


# p30: folder: PO DOCX says 16 pilot windows, hold notice page says 12 authorized -> RG011
case("p30_rms_po_and_hold_notice", ["RG011"],
     "PO orders 16 pilot windows; the hold notice of the same order says 12 are authorized now",
     [("RMS_Bestellung_4410024188.docx", docx_bytes([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4410024188"),
         ("p", "RheinMain Stadtbahn GmbH, Beschaffung, Frankfurt am Main. Lieferant: Okna-Rail Sp. z o.o., Poznań."),
         ("p", "Datum 03.06.2024. Projekt: Tram class S refurbishment - side windows."),
         ("table", [["Pos.", "Teil", "Bezeichnung", "Menge", "Preis EUR"],
                    ["10", "RMS-FE-204", "Seitenfenster Fahrgastraum, pilot", "16", "980,00"]]),
         ("sp",),
         ("p", "Scope: 16 pilot windows. The remaining windows of your quotation OR/2024/0460 are not released until "
               "sample sign-off and a written release signed by Dr. Andrea Keller, Leiterin Beschaffung."),
         ("p", "Material authority: pilot quantity only."),
     ], author="RheinMain Stadtbahn")),
      ("RMS_Hold_Notice_4410024188.html", html_page("Hold notice 4410024188", """
<h2>RheinMain Stadtbahn GmbH &ndash; Beschaffung</h2>
<h3>Hold notice &ndash; PO 4410024188 (side windows RMS-FE-204)</h3>
<table>
<tr><th>Authorized now</th><td>12 pilot windows (vehicles 01&ndash;02)</td></tr>
<tr><th>Not released</th><td>all further windows of quotation OR/2024/0460</td></tr>
<tr><th>Unlock event</th><td>sample sign-off, then written release</td></tr>
<tr><th>Release authority</th><td>Dr. Andrea Keller, Leiterin Beschaffung</td></tr>
<tr><th>Material authority</th><td>pilot quantity only</td></tr>
</table>
<p>Issued 03.06.2024, Uwe Brandt, Beschaffung.</p>
"""))])


# p31: call-off text releases 4 car sets = 144 harnesses, the line says 180 -> RG011
case("p31_nordbahn_calloff_144_vs_180", ["RG011"],
     "call-off text releases 4 car sets = 144 harnesses while the call-off line carries 180",
     [("ABRUF_RV-2024-012_03.txt", """NORDBAHN FAHRZEUGBAU GMBH                                 Seite 1 / 1
Einkauf Elektrik - Werk Kassel
------------------------------------------------------------------------
ABRUF / CALL-OFF Nr. 03            zum Rahmenvertrag RV-2024-012
Lieferant   : 300417  Moravia Kabel s.r.o., Ostrava (CZ)
Datum       : 10.06.2024          Einkaeufergruppe: E12
------------------------------------------------------------------------
Pos  Material        Bezeichnung                        Menge  ME   Termin
0010 KS-490-310      Kabelsatz Fahrgastraum Beleuchtung   180  ST   KW 30
     Wagen / car sets 09-12 (Zeichnung 4711-310-000 Rev 08)
------------------------------------------------------------------------
TEXT:
Released for production by this call-off: 4 car sets (car sets 09-12),
i.e. 144 harnesses (36 per car set).

Car sets 13-40 are not released. Each further quantity is released only
by the next call-off, signed by Hans Becker, Leiter Projekteinkauf.
Material authority: quantity of this call-off only.
------------------------------------------------------------------------
Gedruckt 10.06.2024 14:02   SAP ME9E   Benutzer KSCHMIDT
""")])


# p32: PO writes the pilot quantity as "twenty (24)" -> RG011
case("p32_trainvia_twenty_24", ["RG011"],
     "PO states the pilot quantity as 'twenty (24)' - words and figures disagree",
     [("PO_4500319611_Polmet.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER 4500319611"),
         ("p", "Trainvia Matériel Roulant SAS - Direction Achats Projets - Valenciennes. Fournisseur: Polmet Seating "
               "Sp. z o.o. Date: 04/06/2024. Projet: OMNEO-X, rame pilote TS-02."),
         ("table", [["Poste", "Article", "Désignation", "PU EUR"],
                    ["10", "TVR-SF-2230 A", "Châssis strapontin / tip-up seat frame, pilot", "318,00"]]),
         ("sp",),
         ("p", "Quantity ordered: twenty (24) pilot tip-up seat frames for the pilot train set TS-02."),
         ("p", "The series quantity of offer OF/2024/133 is not released. It is released only by a written release of "
               "Jean-Marc Delattre, Responsable Achats Projet, after the FAI sign-off of the pilot frames. "
               "Material authority: pilot quantity only."),
         ("p", "Livraison DAP Valenciennes, hall 2, semaine 28. Rapport FAI selon EN 9100. Soudure EN 15085-2 CL1."),
     ], title="PO 4500319611", author="Trainvia"))])


# p33: Teams chat: buyer states 6 pilot windows authorized, later refers to the 8 authorized -> RG011
case("p33_iberica_teams_6_vs_8", ["RG011"],
     "buyer says the PO covers 6 pilot windows, later in the same chat refers to 'the 8 pilot windows we authorized'",
     [("Teams_IMF_OknaRail_ventanas.txt", """Microsoft Teams - conversación exportada
Chat: IMF Compras / Okna-Rail - ventanas IMF-VT-3021
Exportado: 14/06/2024 10:12

[03/06/2024 09:05] Marta Ruiz Calvo (IMF):
Dzień dobry Piotr :) PO 4100078390 is in the portal. It covers 6 pilot windows IMF-VT-3021 ind. B only. The series is not released until FAI sign-off and written release by Javier Ortega Lasheras, Jefe de Compras. Material for the pilot only

[03/06/2024 09:40] Piotr Zieliński (Okna-Rail):
Buenos días Marta! Thank you, we start the pilot now

[13/06/2024 15:22] Piotr Zieliński (Okna-Rail):
Marta, question about packing for the pilot, wooden crate or steel rack?

[14/06/2024 08:50] Marta Ruiz Calvo (IMF):
For the 8 pilot windows we authorized please use 2 returnable steel racks of 4, our logistics will send them back with the next truck

[14/06/2024 09:03] Piotr Zieliński (Okna-Rail):
ok 👍
""")])


# p38: delivery schedule: text releases 48, firm zone sums to 72; forecast declared a binding commitment -> RG008 RG011
case("p38_nordbahn_schedule_48_vs_72_binding", ["RG008", "RG011"],
     "schedule text releases 48 frames while the firm zone totals 72; the forecast zone is declared a binding purchase commitment",
     [("LAB-2024-25_Polmet_NB-SF-0440.txt", """NORDBAHN FAHRZEUGBAU GMBH - LIEFERABRUF / DELIVERY SCHEDULE LAB-2024-25
Frame contract RV-2023-044 - seat frame NB-SF-0440 rev. F - Polmet Seating
Issued 17.06.2024 (week 25) - Einkauf Interieur, Werk Kassel
==========================================================================
WEEK   ZONE                QTY   REMARK
 26    FIRM / FROZEN        24
 27    FIRM / FROZEN        24
 28    FIRM / FROZEN        24
 29    FORECAST             32
 30    FORECAST             32
 31-40 FORECAST            256
==========================================================================
This schedule releases 48 frames for production (firm zone).
Forecast quantities (weeks 29-40, 320 frames) are binding purchase
commitments of Nordbahn Fahrzeugbau.
Quantities outside the firm zone are not released for production; they
are released only by a later schedule signed by Hans Becker, Leiter
Projekteinkauf, that moves them into the firm zone.
Material authority: firm zone only.
==========================================================================
""")])


# ---------------------------------------------------------------- batch 5

# p35: buyer writes the 2025 forecast as a commitment -> RG008
_p35_body = """Hi Jana,

Thanks for turning call-off 02 round so quickly.

Call-off 02 (attached in the portal) releases 96 cab harness sets ARV-E-5120 issue C for
delivery in August. Everything beyond call-off 02 is not released; further quantities are
released only by the next call-off signed by Helen Marsh, Commercial Manager. Material
authority: call-off 02 quantity only.

Looking further ahead, as you asked for your capacity planning: our forecast for 2025 is
3,600 sets. Please take that forecast as our commitment - we'll take all of it, so you can
plan your people and your second crimping line on it with confidence.

The Class 7xx programme review is on 18 June, I'll update you after that.

Cheers,
""" + sig("Gareth Hughes", "Senior Buyer", "Albion Rail Vehicles Ltd", "+44 1332 250 600")
case("p35_albion_forecast_commitment", ["RG008"],
     "buyer tells the supplier to take the 3,600-set 2025 forecast as a commitment; the call-off itself is complete",
     [("Albion_calloff02_and_2025_forecast.eml", eml_bytes(mail(
         "Gareth Hughes <gareth.hughes@albionrail.co.uk>", "Jana Dvořáková <dvorakova@moravia-kabel.cz>",
         "Call-off 02 ARV-E-5120 + 2025 outlook", "Mon, 10 Jun 2024 12:12:00 +0100", _p35_body,
         html=html_simple(_p35_body.split("\n\n")))))])


# p36: chat: buyer says the tender forecast is as good as ordered -> RG008
case("p36_iberica_teams_tender_forecast", ["RG008"],
     "buyer calls the 14-train-set tender forecast 'as good as ordered'; prototype scope itself complete",
     [("Teams_IMF_Huayu_2024-06-05.txt", """Microsoft Teams - exported conversation
Chat: IMF Compras / Huayu Rail Parts
Export date: 05/06/2024

[05/06/2024 08:31] Javier Ortega Lasheras (IMF):
Hola Lily. Reminder on PO 4100078150: only the 2 prototype roof harness sets are ordered. The series is not released until the FAI sign-off of the prototypes and a written release signed by me, Javier Ortega Lasheras, Jefe de Compras. Material for the 2 prototypes only

[05/06/2024 09:12] Lily Zhang (Huayu):
Good afternoon Javier, understood. For our capacity plan next year, how many train sets will the series be?

[05/06/2024 09:20] Javier Ortega Lasheras (IMF):
the tender forecast is 14 train sets, 70 cars. Between us you can consider it as good as ordered - we have the first lot and the operator never cancels. Plan your capacity on 14 sets

[05/06/2024 09:22] Lily Zhang (Huayu):
Thank you Javier! Very helpful 🙏

[05/06/2024 09:25] Javier Ortega Lasheras (IMF):
de nada. Prototypes still for week 29?

[05/06/2024 09:26] Lily Zhang (Huayu):
Yes, week 29 FCA Shanghai
""")])


# p37: buyer SRM order book counts the forecast in the firm order quantity -> RG008
case("p37_rms_order_book_incl_forecast", ["RG008"],
     "buyer portal shows a firm order quantity of 1,200 frames that includes 720 forecast frames; the call-off scope is complete",
     [("RMS_SRM_Auftragsbestand_Polmet.html", html_page("RMS Lieferantenportal - Auftragsbestand", """
<h2>RheinMain Stadtbahn GmbH &ndash; Lieferantenportal</h2>
<p>Lieferant: <b>Polmet Seating Sp. z o.o.</b> &middot; Rahmenvertrag RV-2024-021 &middot; Teil RMS-SF-118 rev. B</p>
<h3>Auftragsbestand / Order book 2025</h3>
<table>
<tr><th>Item</th><th>Frames</th></tr>
<tr><td>Firm order quantity 2025 (includes Q3/Q4 forecast of 720 frames)</td><td style="text-align:right">1,200</td></tr>
<tr><td>Released for production: call-off 08</td><td style="text-align:right">80</td></tr>
</table>
<p>Further quantities are not released for production. They are released only by the next call-off signed by
Dr. Andrea Keller, Leiterin Beschaffung. Material authority: call-off 08 quantity only.</p>
<p>Delivery call-off 08: KW 30, Betriebshof Ost, Rampe 2. Contact: Uwe Brandt, Beschaffung, +49 69 2132-5518.</p>
"""))])


# p39: "approved" used for the FAI (technical) and the series budget (commercial) -> RG009
_p39_body = """Dear Mrs. Dvořáková,

an update on the saloon door harness KS-512-040:

- PO 4500882301 covers the 12 first-sample sets only; they are delivered and paid.
- The FAI of the 12 first-sample sets was approved by our supplier quality on 3 June.
- The series budget of 2,148 sets was approved by our finance board yesterday.

The series sets are still not released. Hans Becker, Leiter Projekteinkauf, will sign the
written release once the PPAP documents (control plan, PFMEA) are complete - target KW 25.
Material authority remains first samples only until then.

Mit freundlichen Grüßen
""" + sig("Katrin Schmidt", "Einkauf Elektrik", "Nordbahn Fahrzeugbau GmbH, Kassel", "+49 561 7730-412")
case("p39_nordbahn_approved_twice", ["RG009"],
     "'approved' used for the FAI (technical) and for the series budget (commercial) in one message; scope otherwise complete",
     [("KS-512-040_status_FAI_budget.eml", eml_bytes(mail(
         "Katrin Schmidt <katrin.schmidt@nordbahn-fzb.de>", "Jana Dvořáková <dvorakova@moravia-kabel.cz>",
         "KS-512-040 - status FAI / series", "Thu, 06 Jun 2024 10:40:00 +0200", _p39_body)))])


# p40: chat: PO "released in SAP" (commercial) and production release in the same thread -> RG009
case("p40_nordbahn_teams_sap_released", ["RG009"],
     "chat uses 'released' for the SAP PO approval workflow and for production release",
     [("Teams_Nordbahn_BrnoPrecision.txt", """Microsoft Teams - Chat-Export
Chat: Nordbahn Einkauf Mechanik / Brno Precision
Exportiert: 28.05.2024 16:40

[28.05.2024 09:12] Katrin Schmidt (Nordbahn):
Dobrý den Herr Svoboda, the PO 4500882520 for the roof bracket 4711-315-050 was released in SAP yesterday after the Freigabestrategie, you get the PDF by mail today

[28.05.2024 09:14] Katrin Schmidt (Nordbahn):
Scope: 6 first-article pieces. The remaining 294 are not released until our supplier quality signs off the FAI and Hans Becker (Leiter Projekteinkauf) signs the written release. Material for the 6 first articles only

[28.05.2024 09:50] Martin Svoboda (Brno Precision):
Good morning Mrs. Schmidt, thank you. 6 pcs noted, first articles in KW 26

[28.05.2024 09:52] Martin Svoboda (Brno Precision):
Drawing shows surface Ra 1.6 on the mounting face, is Ra 3.2 acceptable? then we can mill in one setup

[28.05.2024 10:30] Katrin Schmidt (Nordbahn):
I ask our design and come back to you tomorrow
""")])


# p41: supplier portal page of the buyer: PO "RELEASED" (workflow) and production "not released" -> RG009
case("p41_trainvia_portal_po_released", ["RG009"],
     "buyer portal shows PO status RELEASED (approval workflow) next to a production release section; same word, two meanings",
     [("Trainvia_Portail_Fournisseurs_PO4500319700.html", html_page("Portail fournisseurs Trainvia - PO 4500319700", """
<h2>Trainvia Matériel Roulant SAS &ndash; Portail fournisseurs</h2>
<p>Fournisseur: <b>Polmet Seating Sp. z o.o.</b> &middot; Code 220915</p>
<h3>PO 4500319700 &ndash; seat frame 1st class TVR-SF-2240 rev. A</h3>
<table>
<tr><th>PO status</th><td><b>RELEASED</b> &#10003; (approval workflow complete: buyer, finance controller, purchasing director &ndash; 30/05/2024)</td></tr>
<tr><th>Production release</th><td>8 pilot frames authorized now</td></tr>
<tr><th>Series (640 frames)</th><td>NOT RELEASED &ndash; released only by a written release of Jean-Marc Delattre, Responsable Achats Projet, after FAI sign-off</td></tr>
<tr><th>Material authority</th><td>pilot quantity only</td></tr>
<tr><th>Delivery</th><td>DAP Valenciennes, hall 2, week 28</td></tr>
</table>
<p>Please acknowledge the PO in the portal. Contact: Sophie Laurent, Acheteuse Projets.</p>
"""))])


# p42: buyer reply: "both approved" (fire test report + price increase) and "go ahead" -> RG002 RG009
_p42_orig = """Dear Mr. Wiśniewski,

PO 4410023990 covers 12 sample frames RMS-SF-118 rev. B. The balance of 564 frames is not
released until sample sign-off by our Fahrzeugqualität and a written release signed by
Dr. Andrea Keller, Leiterin Beschaffung. Material authority: sample quantity only.

Uwe Brandt, Beschaffung"""
_p42_sup = """Dear Mr. Brandt,

attached please find the EN 45545-2 fire test report for the seat cover fabric (R21, HL2) and
our request for a price adjustment of +4,5 % for the series frames because of the steel index.
We would be grateful for your feedback.

With kind regards
Tomasz Wiśniewski
Polmet Seating

""" + quote_lines(_p42_orig)
_p42_body = "Dear Mr. Wiśniewski,\n\nboth approved - the fire test report and the price increase. Go ahead.\n\n" \
    "Regards\nUwe Brandt\nBeschaffung, RheinMain Stadtbahn GmbH\n+49 69 2132-5518\n\n" + quote_lines(_p42_sup) + "\n"
case("p42_rms_both_approved_go_ahead", ["RG002", "RG009"],
     "buyer answers 'both approved' (technical test report and commercial price increase) and an unscoped 'go ahead'",
     [("AW_Fire_test_and_price_RMS-SF-118.eml", eml_bytes(mail(
         "Uwe Brandt <uwe.brandt@rms-stadtbahn.de>", "Tomasz Wiśniewski <t.wisniewski@polmet-seating.pl>",
         "AW: Fire test report + price adjustment RMS-SF-118", "Tue, 11 Jun 2024 15:03:00 +0200", _p42_body,
         in_reply_to="<h142-tw-0610@polmet-seating.pl>")))])


# p44: letter releases a drawing (technical) and "the pilot lot" (production, no quantity) -> RG009 RG010
case("p44_iberica_release_letter_drawing_pilot", ["RG009", "RG010"],
     "letter 'releases' a drawing revision and 'the pilot lot' with no quantity; series held for named person after FAI",
     [("IMF-RL-24-007_Huayu.pdf", pdf([
         ("h1", "RELEASE LETTER IMF-RL-24-007"),
         ("p", "Ibérica de Material Ferroviario S.A., Calle Bari 12, 50197 Zaragoza. To: Changzhou Huayu Rail Parts "
               "Co., Ltd. Date: 07/06/2024. Ref.: PO 4100078160, roof harness IMF-CH-7714."),
         ("p", "Dear Ms. Zhang,"),
         ("p", "We hereby release drawing IMF-E-7714 ind. D for manufacture. Changes against ind. C: connector "
               "X12 rotated 90°, sleeve length 220 mm, label text in Spanish and English."),
         ("p", "We also release the pilot lot of roof harnesses under PO 4100078160 for production."),
         ("p", "Nothing beyond the pilot lot is released. Series quantities of quotation HY-Q-2404-071 are released "
               "only by a written release signed by Javier Ortega Lasheras, Jefe de Compras, after the FAI sign-off "
               "of the pilot lot. Material authority: pilot lot only."),
         ("p", "Yours sincerely, Javier Ortega Lasheras, Jefe de Compras"),
     ], title="IMF-RL-24-007", author="Iberica"))])


# p45: supplier reads payment of the tooling invoice as release of the complete lot -> RG012
_p45_orig = """Hello Emre,

PO 4700021240 covers two (2) pilot gangway bellows GWB-46-A for unit 001, nothing more.
The remaining 46 bellows are not released; they will only be released by a revised PO signed
by Helen Marsh, Commercial Manager, after the first-of-class inspection on unit 001. Material
authority is for the two pilot bellows only. The frame tooling is invoiced separately.

Gareth Hughes, Senior Buyer, Albion Rail Vehicles"""
_p45_body = """Dear Gareth,

Good day. Today we received your payment of our tooling invoice AK-INV-24-0311 (EUR 28,000.00),
many thanks for the quick payment.

We understand that with this payment the complete gangway lot is released, so we will start
the production of all bellows in week 22 together with the pilot pair. This gives you a big
advantage in the delivery time.

Best regards,
Emre Yılmaz
Export Sales Manager
Anadolu Körük Sanayi A.Ş., Bursa
+90 224 411 60 12

""" + quote_lines(_p45_orig) + "\n"
case("p45_anadolu_payment_as_release", ["RG012"],
     "supplier reads the paid tooling invoice as release of the complete gangway lot; buyer's quoted scope is complete",
     [("RE_PO_4700021240_tooling_payment.eml", eml_bytes(mail(
         "Emre Yılmaz <emre.yilmaz@anadolukoruk.com.tr>", "Gareth Hughes <gareth.hughes@albionrail.co.uk>",
         "RE: PO 4700021240 - tooling invoice paid", "Fri, 24 May 2024 14:48:00 +0300", _p45_body,
         in_reply_to="<h142-gh-0514@albionrail.co.uk>")))])


# p46: supplier proforma: series production starts on receipt of the advance -> RG012
case("p46_huayu_proforma_advance", ["RG012"],
     "supplier proforma says series production starts on receipt of the 30% advance",
     [("HY-PI-2405-022_Proforma_DRCW.pdf", pdf([
         ("h1", "PROFORMA INVOICE HY-PI-2405-022"),
         ("p", "Changzhou Huayu Rail Parts Co., Ltd., No. 88 Longjin Road, Wujin District, Changzhou, Jiangsu, China."),
         ("p", "Buyer: Deccan Rail Coach Works Pvt. Ltd., Sriperumbudur, Chennai, India. Your PO: "
               "DRCW/PUR/2024-25/0418. Date: 08.05.2024."),
         ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "Tooling for gangway footplate DRCW-GW-2231", "1 set", "2,950.00", "2,950.00"],
                    ["2", "FAI footplates DRCW-GW-2231 Rev 03", "4 pcs", "412.00", "1,648.00"],
                    ["3", "FAI hinge pins DRCW-GW-2232 Rev 01", "8 pcs", "6.80", "54.40"]]),
         ("sp",),
         ("p", "Total USD 4,652.40. Advance payment 30 % by T/T to Bank of China, Changzhou Branch, "
               "SWIFT BKCHCNBJ95H, A/C 4658 7201 9934."),
         ("p", "Remarks: Production of the series footplates will commence immediately upon receipt of the 30% "
               "advance payment."),
         ("p", "Packing: export wooden case, ISPM-15. Shipment FOB Shanghai."),
     ], title="HY-PI-2405-022", author="Huayu Rail Parts"))])


# p48: buyer: LC opened for the full PO value - "consider this your green light" -> RG002 RG012
_p48_orig = """Dear Lily,

PO DRCW/PUR/2024-25/0418 rev 1 covers 4 FAI footplates and 8 FAI hinge pins only. The series
quantities are not released until FAI sign-off by our QA and written release from undersigned.
Material only for the FAI quantities.

Regards,
S. Venkatesh Rao, DGM Purchase"""
_p48_body = """Dear Lily,

Greetings from Chennai!

This is to inform that LC No. 0417ILC24000871 has been opened today through State Bank of
India, Chennai Main Branch, for the full PO value, advising bank Bank of China, Changzhou.
Consider this as your green light.

Kindly share your production schedule and the shipment plan at the earliest.

Thanks & Regards,
S. Venkatesh Rao
DGM Purchase
Deccan Rail Coach Works Pvt. Ltd.
Mob: +91 98400 12345

""" + quote_lines(_p48_orig) + "\n"
case("p48_deccan_lc_green_light", ["RG002", "RG012"],
     "buyer says the opened LC is 'your green light' - payment instrument treated as authority, approval without scope",
     [("LC_opened_PO_0418.eml", eml_bytes(mail(
         "S. Venkatesh Rao <venkatesh.rao@deccanrail.in>", "Lily Zhang <lily.zhang@hy-railparts.cn>",
         "LC opened - PO DRCW/PUR/2024-25/0418", "Tue, 21 May 2024 16:20:00 +0530", _p48_body,
         cc="Shreya Patel <shreya.patel@deccanrail.in>")))])


# p49: buyer: deposit paid "releases the pilot lot"; the pilot quantity is never stated -> RG010 RG012
_p49_body = """Hello Mehmet,

Your order acknowledgement for PO 4100078412 is received, thank you. Our 20% deposit for the
tooling and the pilot lot was paid today (transfer ref. IMF-TR-240612-07), which releases the
pilot lot - please start it.

The series quantities stay not released until the FAI sign-off by IMF Calidad and a written
release signed by Javier Ortega Lasheras, Jefe de Compras. Material authority: pilot lot only.

For the pilot lot please use the returnable racks, our logistics will send 3 racks with the
truck of Thursday.

Un saludo,

Marta Ruiz Calvo
Compras Proyectos
Ibérica de Material Ferroviario S.A. - Zaragoza
Tel. +34 976 55 81 20
"""
case("p49_iberica_deposit_releases_pilot", ["RG010", "RG012"],
     "buyer says the paid deposit releases the pilot lot; no pilot quantity stated anywhere; series hold complete",
     [("PO_4100078412_deposit_pilot_lot.eml", eml_bytes(mail(
         "Marta Ruiz Calvo <mruiz@iberica-mf.es>", "Mehmet Kaya <mehmet.kaya@egemekanik.com.tr>",
         "PO 4100078412 - deposit paid / pilot lot", "Wed, 12 Jun 2024 13:10:00 +0200", _p49_body)))])


# ==================================================================== END CASES


def _stem(fn):
    s = fn.rsplit(".", 1)[0]
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")
    return s


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        first = c["files"][0][0]
        folder = f"{PREFIX}_{nn:02d}_{_stem(first)}"
        d = OUT / folder
        d.mkdir(parents=True)
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
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
    build()
