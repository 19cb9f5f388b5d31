#!/usr/bin/env python3
"""Generator for the releasegate check_holdout16 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout16/build.py

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
_FONTS = {}


def _pdf_fonts():
    """Register DejaVu TTFs when present so Turkish, Baltic, Greek and Cyrillic text survives
    extraction; fall back to the standard fonts otherwise."""
    if not _FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        base = Path("/usr/share/fonts/truetype/dejavu")
        try:
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(base / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(base / "DejaVuSans-Bold.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVuSansMono", str(base / "DejaVuSansMono.ttf")))
            _FONTS.update(body="DejaVuSans", bold="DejaVuSans-Bold", mono="DejaVuSansMono")
        except Exception:  # pragma: no cover - font not installed
            _FONTS.update(body="Helvetica", bold="Helvetica-Bold", mono="Courier")
    return _FONTS


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    f = _pdf_fonts()
    for k in ("BodyText", "Heading2", "Title", "Code"):
        ss[k].fontName = f["mono"] if k == "Code" else (f["bold"] if k in ("Heading2", "Title") else f["body"])
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
    m["Message-ID"] = msgid or f"<h16-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h16")
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


def sig(name, title, company, phone="+358 40 555 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


TXT_MT = "text/plain"
HTML_MT = "text/html"


def sig2(lines, disclaimer=""):
    """A free-form signature block: lines joined, then an optional disclaimer."""
    s = "\n-- \n" + "\n".join(lines) + "\n"
    if disclaimer:
        s += "\n" + disclaimer + "\n"
    return s


KVKK = ("Bu e-posta ve ekleri yalnızca alıcısına yöneliktir ve gizli bilgi içerebilir. "
        "This e-mail and its attachments are intended only for the addressee and may contain "
        "confidential information (KVKK 6698).")
FI_DISC = ("Tämä viesti voi sisältää luottamuksellista tietoa. This message may contain confidential "
           "information. If you are not the intended recipient, please delete it.")
LT_DISC = ("Šiame el. laiške esanti informacija yra konfidenciali. The information in this e-mail is "
           "confidential and intended solely for the addressee.")
IS_DISC = ("Þessi tölvupóstur er trúnaðarmál. This e-mail is confidential; if it reached you by mistake "
           "please tell the sender and delete it.")
GR_DISC = ("Το παρόν μήνυμα είναι εμπιστευτικό. This message is confidential and may be legally "
           "privileged. Please consider the environment before printing.")
BG_DISC = ("Това съобщение е поверително. This message is confidential. Ako не сте адресат, моля "
           "изтрийте го / if you are not the addressee please delete it.")
RO_DISC = ("Acest mesaj este confidențial. This message is confidential; any unauthorised use is "
           "prohibited. Mesajul nu constituie ofertă fermă.")
LV_DISC = ("Šis e-pasts ir konfidenciāls. This e-mail is confidential. Please think about the "
           "environment before printing.")
EE_DISC = ("See e-kiri on konfidentsiaalne. This e-mail is confidential and intended for the "
           "addressee only.")
UA_DISC = ("Цей лист є конфіденційним. This letter is confidential and intended for the addressee only.")


# ====================================================================== CLEAN

# c01 -- Turkish leather workshop quote with sample and production tiers, on its own.
case("c01_quote_tiers_alone", [],
     "supplier quote alone: sample 12 and production 1.200 tiers, no authorized quantity",
     [("Teklif_Q-2406-118.pdf", pdf([
         ("h1", "KAYA DERİ ÜRÜNLERİ LTD. ŞTİ."),
         ("p", "Organize Sanayi Bölgesi 3. Cadde No: 14, 20330 Merkezefendi / DENİZLİ — Tel +90 258 555 0147"),
         ("h", "FİYAT TEKLİFİ / QUOTATION  Q-2406-118"),
         ("p", "Tarih / Date: 04.06.2024    Müşteri / Customer: Pohjola Design Oy, Helsinki (Att. Ms. Laura Niemi)"),
         ("p", "Konu / Subject: Tote bag 'Saimaa', Art. 4471, vegetable-tanned cow leather 1,4–1,6 mm, "
               "natural edge paint, YKK Excella zip No. 5, cotton lining 220 g/m²."),
         ("table", [
             ["Poz.", "Artikel", "Açıklama / Description", "Miktar / Qty", "Birim fiyat / Unit", "Termin / Lead time"],
             ["1", "Art. 4471", "Numune / sample, 2 colours (cognac, black)", "12 adet", "EUR 68,00", "3 weeks after PO"],
             ["2", "Art. 4471", "Seri üretim / production lot", "1.200 adet", "EUR 41,50", "8 weeks after order"],
             ["3", "—", "Embossing die 'Pohjola' logo, one-off", "1", "EUR 140,00", "with samples"],
         ]),
         ("sp",),
         ("p", "Koşullar / Terms: EXW Denizli (Incoterms 2020). Payment 30 % with order, 70 % before "
               "shipment. Leather tested to EN ISO 17075-1 (Cr VI < 3 mg/kg) and REACH Annex XVII. "
               "Colour tolerance ΔE ≤ 1,5 against the agreed swatch card. Prices valid 60 days."),
         ("p", "Miktar toleransı / quantity tolerance on production lots: ± 2 %."),
         ("p", "Saygılarımızla / Best regards,"),
         ("p", "Mehmet Kaya — Satış Müdürü / Sales Manager"),
     ], title="Q-2406-118", author="Kaya Deri"))])


# c02 -- Greek yacht builder PO (DOCX with table), complete scope note.
case("c02_yacht_po_docx_full_scope", [],
     "sample PO for 6 stanchion bases: active qty, 294 on hold, unlock event and named releaser all stated",
     [("PO_2024-0613_KymaYachts.docx", docx_bytes([
         ("h1", "KYMA YACHTS S.A. — PURCHASE ORDER 2024/0613"),
         ("p", "Akti Miaouli 71, 185 37 Piraeus, Greece · VAT EL 099887766 · procurement@kymayachts.gr"),
         ("p", "Supplier: Tuzla Hassas Döküm San. ve Tic. A.Ş., Aydınlı OSB, 34953 Tuzla / İstanbul"),
         ("p", "Your offer: TD-7731 dated 28.05.2024 · Date of PO: 03.06.2024 · Currency: EUR · Incoterms: DAP Perama shipyard"),
         ("table", [
             ["Line", "Part no.", "Rev", "Description", "Qty", "Scope", "Unit price", "Amount"],
             ["10", "KY-STB-316-40", "3", "Stanchion base, AISI 316 investment cast, Ø25 socket, electropolished",
              "6", "sample", "54,00", "324,00"],
             ["20", "—", "—", "Material certificate EN 10204 3.1 + dimensional report", "1", "doc", "0,00", "0,00"],
         ]),
         ("h", "Scope of this order"),
         ("p", "1. This PO covers six (6) sample stanchion bases only. Please cast, machine and electropolish "
               "the 6 pieces and ship them with the 3.1 certificate and the dimensional report."),
         ("p", "2. The production quantity of 294 pcs from your offer TD-7731 (300 pcs in total) is NOT released "
               "by this PO and stays on hold."),
         ("p", "3. The 294 pcs can only be released by a written release from Nikos Papadakis, Head of "
               "Procurement, after our sample sign-off. Sample sign-off requires the salt-spray test "
               "(480 h, ISO 9227 NSS) and a fit check on hull no. 31."),
         ("p", "4. Material authority: sample-only. Please do not buy, cut or pour material for the 294 pcs "
               "before the written release."),
         ("p", "5. The production quantity in your offer is firm in price for 6 months; its timing is open."),
         ("h", "General"),
         ("p", "Marking: part number + heat number, laser, 3 mm characters. Packing: each piece in VCI bag. "
               "Please confirm this PO within 3 working days. Our general purchasing conditions KY-GPC-2021 apply."),
         ("p", "Με εκτίμηση / Kind regards,"),
         ("p", "Eleni Georgiou, Buyer — on behalf of Nikos Papadakis, Head of Procurement"),
     ], author="Eleni Georgiou"))])


# c03 -- Icelandic buyer, multipart/alternative email with PO in the text.
_c03_txt = """Sæl Rasa,

thank you for the quick offer BPW-24-0412 and for the nice samples of the material last month — the
guys in Grindavík liked the feel of the 1000-grade UHMW much better than what we use now.

Here is our order, the PDF copy comes from accounting (they send it from SAP, it takes a day):

  PO 4500-11873 — Baltic Polymer Works UAB
  Line 1: Scraper blade UHMW-PE 1000, drawing HB-2210 rev. B, 40 pcs (forty), EUR 17,20/pc
  Delivery: DAP Hafnarfjörður, by 28 June 2024, via Eimskip from Klaipėda

Only these 40 blades are ordered now. The other 1,960 pcs from your offer (2,000 in total) are not
released — please don't cut them and don't order more sheet than the 40 need.

When the 40 have run two weeks on the filleting line, our production manager Hjalti signs the sample
off. After that I send a written release for the 1,960 (or a part of them) together with a revised
PO. Nothing else releases them — not the sign-off alone and not an invoice.

The drawing says 8 x Ø6.5 holes on a 120 mm pitch; please keep the chamfer 1x45° on the wear edge.

Weather here is still 6 degrees, hope you have proper summer in Klaipėda!

Kær kveðja / best regards,
Guðrún
""" + sig2(["Guðrún Sigurðardóttir", "Innkaupastjóri / Purchasing Manager", "Hafbúnaður ehf.",
            "Lónsbraut 6, 220 Hafnarfjörður, Iceland", "+354 555 0123"], IS_DISC)
_c03_html = ("<p>Sæl Rasa,</p><p>thank you for the quick offer BPW-24-0412 and for the nice samples of the "
             "material last month.</p><p>Here is our order:</p>"
             "<table><tr><th>PO</th><th>Line</th><th>Item</th><th>Qty</th><th>Price</th></tr>"
             "<tr><td>4500-11873</td><td>1</td><td>Scraper blade UHMW-PE 1000, HB-2210 rev. B</td>"
             "<td>40 pcs (forty)</td><td>EUR 17,20</td></tr></table>"
             "<p>Only these 40 blades are ordered now. The other 1,960 pcs from your offer (2,000 in total) "
             "are not released — please don't cut them and don't order more sheet than the 40 need.</p>"
             "<p>When the 40 have run two weeks on the filleting line, our production manager Hjalti signs "
             "the sample off. After that I send a written release for the 1,960 (or a part of them) "
             "together with a revised PO. Nothing else releases them — not the sign-off alone and not an "
             "invoice.</p><p>Kær kveðja,<br>Guðrún Sigurðardóttir<br>Innkaupastjóri / Purchasing Manager"
             "<br>Hafbúnaður ehf.</p>")
case("c03_is_po_email_alt", [],
     "multipart PO email: 40 active, 1,960 not released, sign-off + written release by the signing buyer",
     [("PO_4500-11873.eml", mail(
         "Guðrún Sigurðardóttir <gudrun@hafbunadur.is>", "Rasa Jankauskaitė <rasa@bpw.lt>",
         "PO 4500-11873 scraper blades HB-2210 — 40 pcs", "Mon, 03 Jun 2024 10:41:00 +0000",
         _c03_txt, html=_c03_html))])


# c04 -- Labelled rolling forecast (HTML table), Ukrainian buyer to Romanian moulder.
case("c04_forecast_labelled_html", [],
     "rolling forecast clearly labelled not an order, no production or material authority",
     [("Forecast_FC-2024-Q3Q4.html", html_page("Rolling forecast Q3–Q4 2024", """
<h2>ТОВ «Агротермінал Південь» — Rolling forecast / Прогноз / Prognoză</h2>
<p>To: Plastcraft SRL, Bacău — attn. dl. Bogdan Munteanu<br>
Item: folding crate 600x400x320, PP, colour RAL 5015, EN 13117-1, food contact (EU) 10/2011<br>
Our ref: FC-2024-Q3Q4, issued 01.07.2024</p>
<div class="note"><b>FORECAST ONLY — NOT AN ORDER.</b> These figures are planning information. They give
no production authority and no material authority. They may change by ±30&nbsp;% month to month.
Firm quantities come only as numbered call-offs signed by Oksana Kovalenko, Head of Procurement.</div>
<table>
<tr><th>Month</th><th>Forecast qty (pcs)</th><th>Harvest</th><th>Comment</th></tr>
<tr><td>07/2024</td><td>8 000</td><td>apricot, cherry</td><td>call-off 07 already sent</td></tr>
<tr><td>08/2024</td><td>12 000</td><td>peach, plum</td><td>depends on weather</td></tr>
<tr><td>09/2024</td><td>15 000</td><td>apple, grape</td><td>peak</td></tr>
<tr><td>10/2024</td><td>9 000</td><td>apple</td><td></td></tr>
<tr><td>11/2024</td><td>3 000</td><td>—</td><td></td></tr>
<tr><td>12/2024</td><td>1 500</td><td>—</td><td>stock reduction</td></tr>
</table>
<p>Total H2: 48 500 pcs (forecast). Pallet: 120 crates, 1200x800.</p>
<p>З повагою / Best regards,<br>Oksana Kovalenko<br>Head of Procurement · +380 48 555 0190</p>
""", lang="en"))])


# c05 -- Supplier's go-ahead question with the buyer's complete scope quoted below.
_c05 = """Dear Mikko,

the 40 sample bodies (DN50 PN16, CF8M, drawing VV-5050 rev. 2) passed our internal X-ray and
will go out with Friday's truck to Vantaa. The 3.1 certificates for heats 24-118 and 24-119 are
in the box.

One question: can we go ahead with the remaining 760 bodies, or do we wait for your sample
sign-off? Our melt slot in week 27 is still open. We have NOT ordered any alloy beyond the 40 and
we keep it like that until we hear from you.

Поздрави / Best regards,
Stoyan
""" + sig2(["Stoyan Georgiev", "Sales Engineer", "Plovdiv Precision Cast EOOD",
            "Industrial Zone Sever, 4003 Plovdiv, Bulgaria", "+359 32 555 014"], BG_DISC) + """
On 22.05.2024 08:15, Mikko Laine wrote:
> Hello Stoyan,
>
> PO 7700-4471 is attached. It covers 40 sample valve bodies only. The remaining 760 of the
> 800 in your quotation PPC-Q-0988 are not released.
>
> They will be released only by my written release, after our sample sign-off
> (shell and seat test per EN 12266-1, rate A). Material authority: sample-only.
>
> Br, Mikko Laine
> Category Manager, Virtaus Valves Oy
"""
case("c05_supplier_question_quoted_scope", [],
     "supplier asks whether to go ahead; buyer's quoted scope is complete; question is not an approval",
     [("RE_PO_7700-4471_samples.eml", mail(
         "Stoyan Georgiev <s.georgiev@ppcast.bg>", "Mikko Laine <mikko.laine@virtausvalves.fi>",
         "RE: PO 7700-4471 sample bodies VV-5050", "Wed, 12 Jun 2024 16:02:00 +0300", _c05,
         in_reply_to="<7700-4471@virtausvalves.fi>"))])


# c06 -- Full-quantity PO, Visma printout, no balance.
_c06 = """Puitmaja Kodu OÜ                                         OSTUTELLIMUS / PURCHASE ORDER
Ringtee 37, 50105 Tartu                                  Nr.        PK-2024-0311
Reg. 14455667  KMKR EE102233445                          Kuupäev    10.06.2024
                                                         Leht       1/1
Tarnija / Supplier:                                      Tarne / Delivery:
  SIA Rīgas Mēbeļu Fabrika                                 DAP Tartu, Ringtee 37
  Krasta iela 88, Rīga LV-1019                              Nädal / week 30/2024
  Reg. 40003998877                                       Maksetingimus: 30 päeva netto

Rida  Kood          Nimetus / Description                     Kogus  Üh   Hind     Summa
----  ------------  ----------------------------------------  -----  ---  -------  ---------
 1    KF-600-720    Kitchen front 600x720, MDF 19, RAL 9010     210  tk     38,40   8 064,00
 2    KF-400-720    Kitchen front 400x720, MDF 19, RAL 9010      84  tk     29,10   2 444,40
 3    KF-600-360    Drawer front 600x360, MDF 19, RAL 9010       56  tk     21,70   1 215,20
                                                             -----                ---------
                                                               350                11 723,60
                                                                  KM 22%            2 579,19
                                                                  KOKKU / TOTAL    14 302,79 EUR

Märkused / Notes:
  Fronts for 14 houses, project Raadi II (type "Kask 96").
  This order covers the complete quantity. No samples, no further call-offs.
  Please proceed with the 350 pcs as listed; edge banding ABS 1 mm, hinge drilling per
  drawing PK-KF-01 rev 4 (35 mm cup, 22.5 mm from edge). Surface per EN 14749, class 2.

Koostas / Prepared by: Marju Saar, ostujuht / purchasing manager   tel +372 7 555 018
Visma Horizon  10.06.2024 14:22  kasutaja MSAAR
"""
case("c06_visma_full_qty", [],
     "full-quantity PO (350, no samples, no further call-offs) with a scoped 'proceed'",
     [("Ostutellimus_PK-2024-0311.txt", _c06)])


# c07 -- Recorded auto-conversion in a contract annex (PDF).
case("c07_annex_autoconversion", [],
     "explicit recorded auto-conversion naming quantity, signer and conditions; sample-only material until then",
     [("Annex2_SA-2024-07.pdf", pdf([
         ("h1", "ANNEX 2 to Supply Agreement SA-2024-07"),
         ("p", "between Kauno Medicina UAB, Savanorių pr. 321, LT-50120 Kaunas (Buyer) and SIA Medplast, "
               "Rūpnīcu iela 5, Olaine LV-2114 (Supplier)"),
         ("h", "Sample lot and recorded auto-conversion — PO 45-7781"),
         ("table", [
             ["Item", "REF", "Qty", "Scope", "Status at signature"],
             ["Luer-lock syringe 10 ml, sterile EO", "ML-10LL", "200", "sample (validation lot)", "released by PO 45-7781"],
             ["Luer-lock syringe 10 ml, sterile EO", "ML-10LL", "48,000", "production", "not released — see 3."],
         ]),
         ("sp",),
         ("p", "1. Active quantity: two hundred (200) sample syringes. The Supplier makes these now."),
         ("p", "2. The production quantity of 48,000 syringes is not released at the signature of this Annex."),
         ("p", "3. Auto-conversion (recorded by both parties): if the sample sign-off of the 200-piece lot is "
               "recorded with the disposition 'approved' (not 'interim', not 'rejected') and signed by "
               "Dr. Rūta Jankauskienė, QA Director of the Buyer, then that sign-off releases the 48,000 "
               "syringes without any further document, provided that (a) the sign-off is dated on or before "
               "30.09.2024, (b) the cytotoxicity report per ISO 10993-5 is attached to it and (c) no stop "
               "is in force. An interim or rejected disposition releases nothing."),
         ("p", "4. Material authority: sample-only until the conversion in 3. takes effect; from then, "
               "material for up to 48,000 pieces."),
         ("p", "5. Any other release or change of quantity needs a written release signed by Dr. Rūta "
               "Jankauskienė and countersigned by Mindaugas Petrauskas, Procurement Director."),
         ("sp",),
         ("table", [
             ["For the Buyer", "For the Supplier"],
             ["Mindaugas Petrauskas, Procurement Director — signed 14.06.2024",
              "Jānis Ozoliņš, Valdes loceklis — signed 14.06.2024"],
             ["Dr. Rūta Jankauskienė, QA Director — signed 14.06.2024", ""],
         ]),
     ], title="Annex 2 SA-2024-07", author="Kauno Medicina UAB"))])


# c08 -- Supplier: "the deposit does not release production".
_c08 = """Dear Kertu Hanım,

we received today your 30 % deposit of EUR 4.860,00 for proforma PF-2024-311 — teşekkür ederiz.

To be very clear from our side: the deposit does not release production. Under your PO MM-0452 we
make only the 24 sample pieces (style MM-K12 'Pärnu' knit cardigan, 3 colours x 8 sizes). The
remaining 1.176 pcs (1.200 in total) stay on hold until your written release, Ms. Kertu Kask, after
your sample sign-off in Tallinn. We will not dye the yarn for the 1.176 pcs before that.

Lab dips for colour 19-4052 TCX (Classic Blue) are in the courier today, DHL AWB 5512 3390 41.
Samples leave Bursa on 21 June.

Saygılarımla / Best regards,
Serkan Öztürk
""" + sig2(["Serkan Öztürk", "Export Sales", "Bursa Örme Tekstil San. A.Ş.",
            "Demirtaş OSB, Mavi Cad. No: 7, 16245 Osmangazi / Bursa", "+90 224 555 0172"], KVKK)
case("c08_deposit_not_release", [],
     "supplier confirms deposit received and that it does not release production; restates hold and releaser",
     [("PF-2024-311_PO_MM-0452.eml", mail(
         "Serkan Öztürk <serkan@bursaorme.com.tr>", "Kertu Kask <kertu@metsjameri.ee>",
         "PF-2024-311 deposit received / PO MM-0452", "Thu, 13 Jun 2024 15:20:00 +0300", _c08))])


# c09 -- Call-off with an explicit staged material authority above the released quantity (PDF).
case("c09_calloff_staged_material", [],
     "call-off releases 200; explicit staged material authority for 1,000 bodies; balance on hold until call-off 03 signed by named manager",
     [("CallOff_02_IV-BL-2024-05.pdf", pdf([
         ("h1", "ILMAVENTTI OY — CALL-OFF 02"),
         ("p", "Hatanpään valtatie 48, 33900 Tampere · Y-tunnus 2877665-1"),
         ("p", "Supplier: Valvex SRL, Str. Zizinului 110, 500407 Brașov, Romania"),
         ("p", "Blanket order IV-BL-2024-05 · Item: zone valve body DN20, brass CW617N, drawing IV-2020 rev. E · "
               "Blanket quantity 5,000 pcs"),
         ("table", [
             ["Call-off", "Released now", "Cumulative released", "Balance on hold", "Delivery"],
             ["01 (sample lot, signed off 12.04.2024)", "20", "20", "4,980", "delivered"],
             ["02 (this call-off)", "200", "220", "4,780", "week 30 / 2024"],
         ]),
         ("sp",),
         ("p", "Released by this call-off: 200 pcs (two hundred). Please produce and ship the 200."),
         ("p", "Balance on hold: 4,780 pcs. They are not released."),
         ("p", "Unlock event: call-off 03, issued in writing and signed by Anna-Kaisa Heikkinen, Supply "
               "Chain Manager. No other document releases the balance."),
         ("p", "Material authority: staged. You may buy and hold CW617N forgings for up to 1,000 valve "
               "bodies at Ilmaventti's liability. This is material authority only; it releases no "
               "production beyond the 220 cumulative."),
         ("p", "The blanket quantity is firm for pricing until 31.12.2024; the call-off timing is open."),
         ("sp",),
         ("p", "Tampere, 17.06.2024 — Anna-Kaisa Heikkinen, Supply Chain Manager"),
     ], title="Call-off 02", author="Ilmaventti Oy"))])


# c10 -- PO (HTML table) full of identifiers that look like quantities.
case("c10_po_identifiers_html", [],
     "sample PO 20 crates with full scope; part numbers, mould no., norms and PO no. look like quantities",
     [("PO_2024-600_Saefang.html", html_page("PO 2024-600", """
<h2>Sæfang hf. — Innkaupapöntun / Purchase order 2024-600</h2>
<p>Fiskislóð 45, 101 Reykjavík · kt. 550298-1234<br>
Supplier: ТОВ «Львівпласт» / Lvivplast LLC, vul. Promyslova 12, 79024 Lviv, Ukraine<br>
Date: 05.06.2024 · Your offer LP-1500-24 · Delivery DAP Reykjavík via Rotterdam</p>
<table>
<tr><th>Line</th><th>Part no.</th><th>Description</th><th>Mould</th><th>Qty</th><th>Scope</th><th>Unit EUR</th></tr>
<tr><td>1</td><td>600-400-320</td><td>Fish crate 600x400x320, HDPE, RAL 5015, drain holes 8x Ø10</td>
<td>T-2500</td><td>20</td><td>sample</td><td>11,90</td></tr>
</table>
<p>Standards: EN 13117-1:2000, food contact Reg. (EC) 1935/2004 and (EU) 10/2011. Stacking load 5 x 25 kg.</p>
<div class="note">
<p><b>Scope.</b> This PO releases twenty (20) sample crates only. The remaining 4,980 crates of the
5,000 in offer LP-1500-24 are not released.</p>
<p><b>Unlock.</b> The 4,980 are released only by a written release signed by Einar Helgason,
Framkvæmdastjóri innkaupa (Head of Purchasing), after our freezer test sign-off (-30 °C for 72 h, drop
test at -18 °C).</p>
<p><b>Material.</b> Material authority is sample-only. Please do not buy granulate for the 4,980.</p>
</div>
<p>Virðingarfyllst,<br>Einar Helgason · +354 555 0166 · einar@saefang.is</p>
"""))])


# c11 -- Supplier acknowledgement (DOCX) restating the hold.
case("c11_ack_restates_hold_docx", [],
     "supplier acknowledgement restating 1 sample element active, 47 not released, unlock and releaser",
     [("Acknowledgement_HK-2024-118.docx", docx_bytes([
         ("h1", "SIA Koka Mājas — Pasūtījuma apstiprinājums / Order acknowledgement"),
         ("p", "Rūpniecības iela 3, Cēsis, LV-4101 · Reg. 44103055512"),
         ("p", "To: Hirsikoti Oy, Juha Korhonen, Hankintapäällikkö · Your PO HK-2024-118 of 04.06.2024"),
         ("table", [
             ["Pos.", "Item", "House type", "Qty acknowledged", "Scope"],
             ["1", "Wall element W-12, glulam 200x240 + CLT 100", "Koivu 120", "1", "sample"],
             ["2", "Wall elements for the remaining houses", "Koivu 120", "47", "not released"],
         ]),
         ("p", "We acknowledge your PO HK-2024-118 as written:"),
         ("li", "We produce one (1) sample wall element now, delivery to Lahti week 28."),
         ("li", "The remaining 47 elements are not released. We will not buy the glulam for them and not "
                "book CNC time on the Hundegger line."),
         ("li", "They will be released only by a written release from Juha Korhonen after your factory "
                "inspection sign-off."),
         ("p", "Moisture content at delivery 12 % ± 2 %, formaldehyde class E1. Transport on our own trailer."),
         ("p", "Ar cieņu / Best regards — Artūrs Kalniņš, Sales Manager, +371 2955 0143"),
     ], author="Artūrs Kalniņš"))])


# c12 -- Hold notice as plain text.
_c12 = """VÉLSMIÐJAN NORÐURÁS EHF.                          Óseyri 18, 603 Akureyri, Iceland
=====================================================================================
HOLD NOTICE  HN-24-017                                  Date: 18.06.2024
To:   Gebze CNC Makina San. Tic. Ltd. Şti. (Att. Emre Doğan)
Re:   PO 24-0233  Gearbox housing, fish-skinning machine NS-40, drawing NA-3310 rev C
-------------------------------------------------------------------------------------
Released:   8 (eight) first-article housings — machine and ship these as planned.
On hold:    bal. 32 of 40 — NOT released.
Reason:     FAI pending; bore Ø62 H7 position changed in rev C.
Unlock:     FAI sign-off by our quality department AND a written release signed by
            Sigríður Jónsdóttir, Operations Director. Both are needed.
Material:   sample-only. Castings EN-GJS-400-15 for 8 pcs only; do not order the 32.
-------------------------------------------------------------------------------------
Questions: sigridur@norduras.is  /  +354 460 0150
"""
case("c12_hold_notice_txt", [],
     "hold notice: 8 released, bal. 32 on hold, FAI sign-off + written release by named director",
     [("HoldNotice_HN-24-017.txt", _c12)])


# c13 -- Release notice (PDF, table) with explicit staged material authority.
case("c13_release_notice_pdf", [],
     "release notice: 2,000 released of 20,000, 18,000 on hold until next call-off by named person, explicit staged film authority",
     [("Release_RL-2024-009.pdf", pdf([
         ("h1", "NUTISILT OÜ — RELEASE NOTICE RL-2024-009"),
         ("p", "Mustamäe tee 55, 10621 Tallinn · To: Painoelektro Oy, Teknologiantie 14, 90590 Oulu"),
         ("p", "Order: NFC inlay label NS-118 rev C, 54 x 86 mm, PET 50 µm, Ag-ink antenna, NTAG 213 chip"),
         ("table", [
             ["Frame quantity", "Released by this notice", "Cumulative released", "On hold"],
             ["20,000", "2,000", "2,000", "18,000"],
         ]),
         ("sp",),
         ("p", "Evidence: sample sign-off SS-2024-004 of 07.06.2024, disposition approved (read range "
               "≥ 4 cm at 13.56 MHz, 100 of 100 samples)."),
         ("p", "Released now: 2,000 labels (two thousand). Please print, convert and ship them."),
         ("p", "On hold: 18,000 labels — not released. Unlock event: the next call-off, signed in writing "
               "by Kadri Tamm, Supply Manager."),
         ("p", "Material authority: staged — PET film and silver ink for up to 5,000 labels may be bought "
               "at Nutisilt's liability. Beyond 5,000: none."),
         ("p", "Tallinn, 10.06.2024 — Kadri Tamm, Supply Manager (release authority)"),
     ], title="RL-2024-009", author="Nutisilt OÜ"))])


# c14 -- Stop notice by email.
_c14 = """Dear Mr. Yılmaz,

following the design change on hull no. 31 (deck camber modified by our naval architect), we put a
STOP on PO 2024/0613, effective immediately.

While the stop is in force nothing more may start on this order: not the 6 sample stanchion bases
(released) and of course not the 294 production pieces, which were never released and stay on hold.
If the 6 are already poured, please keep them and tell us their status; we will pay for work done
up to today.

The stop is lifted only by a written notice from Nikos Papadakis, Head of Procurement. We expect
to know by 5 July.

Sorry for the trouble — the owner changed his mind twice this month.

Με εκτίμηση,
Eleni Georgiou
""" + sig2(["Eleni Georgiou", "Buyer, Procurement", "Kyma Yachts S.A.", "Akti Miaouli 71, 185 37 Piraeus",
            "+30 210 555 0133"], GR_DISC)
case("c14_stop_notice_eml", [],
     "stop notice: nothing may start; production never released; lifted only in writing by named person",
     [("PO_2024-0613_hull31.eml", mail(
         "Eleni Georgiou <e.georgiou@kymayachts.gr>", "Hakan Yılmaz <hakan@tuzlahassas.com.tr>",
         "STOP - PO 2024/0613 stanchion bases", "Tue, 18 Jun 2024 11:05:00 +0300", _c14,
         cc="Nikos Papadakis <n.papadakis@kymayachts.gr>"))])


# c15 -- Meeting minutes (DOCX) with an interim sign-off and a limited release.
case("c15_minutes_interim_docx", [],
     "minutes: interim sign-off limited to 150; written release for 150 by named manager; 2,850 on hold until full sign-off + written release",
     [("Minutes_2024-06-20_SofiaArmatura.docx", docx_bytes([
         ("h1", "Minutes of meeting — Ilmaventti Oy / Sofia Armatura AD"),
         ("p", "Date: 20.06.2024, Teams, 10:00–11:15 EET. Present: Anna-Kaisa Heikkinen (Ilmaventti, Supply "
               "Chain Manager), Ville Rantanen (Ilmaventti, Quality), Petar Ivanov (Sofia Armatura, Sales), "
               "Desislava Koleva (Sofia Armatura, Quality)."),
         ("p", "Order: thermostatic radiator valve body TRV-15, brass CW617N, drawing IV-1515 rev. B; "
               "PO IV-2024-0188: 30 samples; quoted production quantity 3,000 pcs."),
         ("table", [
             ["#", "Topic", "Outcome", "Owner", "Due"],
             ["1", "Sample lot 30 pcs — dimensional report", "2 features out (thread depth M30x1.5, +0.2 mm). "
              "Sample sign-off recorded as INTERIM: valid for max. 150 pcs and until 30.09.2024.", "V. Rantanen", "done"],
             ["2", "Limited production", "Written release RL-0042 for 150 pcs issued today by Anna-Kaisa "
              "Heikkinen within the interim limit.", "A-K. Heikkinen", "20.06."],
             ["3", "Balance", "2,850 pcs stay on hold — not released. They need a full sign-off (corrected "
              "thread depth, 5 pcs re-measured) and a written release from Anna-Kaisa Heikkinen.", "D. Koleva", "wk 32"],
             ["4", "Material", "Material authority: 150 pcs only (sample-only beyond RL-0042).", "P. Ivanov", "—"],
             ["5", "Logistics", "Pallets 1200x800, max 600 kg, via Ruse–Giurgiu, Mon/Thu pick-up.", "P. Ivanov", "—"],
         ]),
         ("p", "Next meeting: 18.07.2024. Minutes by V. Rantanen; no comments received within 48 h = accepted."),
     ], author="Ville Rantanen"))])


# c16 -- Buyer corrects a quoted supplier assumption of auto-conversion.
_c16 = """Bună ziua Taras,

no — please read our PO again. The sample sign-off does not release the 180 cabinets.

Only the 2 sample carcasses are on order (PO CB-24-0917). The 180 cabinets stay on hold until I
send you a written release after our sample sign-off. Please do not buy the board for the 180
before that, and do not plan them in your press line.

The delivery date for the 180 will be agreed in the written release, so you lose nothing.

Mulțumesc,
Andrei
""" + sig2(["Andrei Popescu", "Purchasing Manager", "Casa Bucătăria SRL",
            "Str. Fabricii 22, 400632 Cluj-Napoca, România", "+40 264 555 077"], RO_DISC) + """
-----Original Message-----
From: Taras Hnatyuk <taras@karpatymebli.com.ua>
Sent: Monday, 17 June 2024 09:12
Subject: PO CB-24-0917 samples

> Dear Andrei,
> we will deliver the 2 sample carcasses (model Someș, oak veneer) on 26 June. After your approval we
> start immediately with the 180 cabinets so we keep the August date.
> Best regards, Taras
"""
case("c16_reply_corrects_assumption", [],
     "quoted supplier assumes auto-conversion; buyer's reply corrects it with complete scope (quoted non-authorization ignored)",
     [("RE_PO_CB-24-0917_samples.eml", mail(
         "Andrei Popescu <andrei.popescu@casabucataria.ro>", "Taras Hnatyuk <taras@karpatymebli.com.ua>",
         "RE: PO CB-24-0917 samples", "Mon, 17 Jun 2024 11:47:00 +0300", _c16,
         in_reply_to="<cb-24-0917-1@karpatymebli.com.ua>"))])


# c17 -- Old quote forwarded as message/rfc822 and declared informational.
_c17_old = mail("Kaspar Lepp <kaspar@virumedtech.ee>", "Ieva Balčiūnė <ieva@kaunomedicina.lt>",
                "Offer VM-2023-441 urinary catheter CH14", "Tue, 14 Nov 2023 13:30:00 +0200",
                """Dear Ieva,

please find our offer VM-2023-441:

  Foley catheter CH14, 2-way, silicone, 10 ml balloon, sterile EO
  Pilot lot        500 pcs     EUR 1,84 / pc
  Production    10,000 pcs     EUR 0,96 / pc
  Lead time 6 weeks, EXW Jõhvi. Validity 12 months.

Best regards,
Kaspar Lepp, Key Account Manager, Viru Medtech AS
""")
_c17 = """Labas Kaspar,

here is our PO for the pilot lot:

  PO 88-1203 — Foley catheter CH14, 2-way, silicone, REF VM-F14-2W
  Active quantity: 500 pcs (five hundred), sample lot for clinical evaluation at Kaunas Clinics
  Price EUR 1,84 as in your offer, delivery DAP Kaunas week 31

The production quantity of 10,000 pcs is not released. It stays on hold until our clinical
evaluation sign-off and a written release signed by Tomas Kazlauskas, Head of Supply.
Material authority: sample-only.

I forward your 2023 offer below only because the price refers to it. It is for information only —
the 10,000 pcs shown in it are not released and are not part of this PO.

UDI labels per MDR Annex VI please, and the IFU in LT/LV/EE.

Pagarbiai,
Ieva
""" + sig2(["Ieva Balčiūnė", "Pirkimų specialistė / Purchasing Specialist", "Kauno Medicina UAB",
            "Savanorių pr. 321, LT-50120 Kaunas", "+370 37 555 018"], LT_DISC)
case("c17_fwd_old_quote_info_only", [],
     "PO email forwards old quote (rfc822) declared informational; 500 active, 10,000 on hold, event + named releaser",
     [("PO_88-1203_pilot.eml", mail(
         "Ieva Balčiūnė <ieva@kaunomedicina.lt>", "Kaspar Lepp <kaspar@virumedtech.ee>",
         "PO 88-1203 pilot lot Foley CH14 (fwd offer VM-2023-441 for info)", "Wed, 05 Jun 2024 08:50:00 +0300",
         _c17, attachments=[("rfc822", _c17_old)]))])


# c18 -- EDI DESADV printout for a sample shipment (supplier document).
_c18 = """EDI INTERCHANGE  -  DESADV D.96A  -  human-readable print  (Kaya Deri EDI gateway v3.2)
UNB+UNOC:3+8690000012345:14+6430000098765:14+240618:0930+KD000318'
UNH+1+DESADV:D:96A:UN:EAN005'
BGM+351+DN-2024-0318+9'                      despatch advice no. DN-2024-0318
DTM+137:20240618:102'                        document date 18.06.2024
DTM+11:20240619:102'                         despatch date 19.06.2024
RFF+ON:4400-2291'                            buyer order 4400-2291
NAD+BY+6430000098765::9++Pohjola Design Oy+Annankatu 18+Helsinki++00120+FI'
NAD+SU+8690000012345::9++Kaya Deri Urunleri Ltd+OSB 3. Cadde 14+Denizli++20330+TR'
TDT+20++30+31:Truck+UPS'                     carrier UPS Express Saver
CPS+1'
PAC+1++CT'                                   1 carton 60x40x40
MEA+PD+AAB+KGM:9.4'
LIN+1++4471000000012:EN'                     Art. 4471 Saimaa tote, sample, cognac
QTY+12:6'                                    despatched 6
LIN+2++4471000000029:EN'                     Art. 4471 Saimaa tote, sample, black
QTY+12:6'                                    despatched 6
CNT+2:2'
UNT+16+1'
UNZ+1+KD000318'
-- end of print --   12 sample pieces despatched against order 4400-2291, AWB 1Z 9F4 80E 04 5512 0331
"""
case("c18_desadv_samples_txt", [],
     "EDI despatch advice for 12 samples; supplier document, no authorization and no larger quantity",
     [("DESADV_DN-2024-0318.txt", _c18)])


# c19 -- Viber export: buyer scopes the 10 sample cleats himself.
_c19 = """Viber chat export — "Saronic Rigging / Mert Marin" — exported 14.06.2024 18:02

[10.06.2024, 09:41] Mert Yıldız: Kalimera Yianni 🙂 drawing SR-CL-200 rev 2 received, thank you
[10.06.2024, 09:43] Mert Yıldız: the 10 sample cleats we can machine this week, anodizing black type III after
[10.06.2024, 10:05] Yiannis Kostopoulos: Great. Reminder: only the 10 samples. The other 490 wait — not released.
[10.06.2024, 10:06] Mert Yıldız: ok, bal. 490 on hold, noted. we don't order 6082-T6 bar for them until you say
[10.06.2024, 10:09] Yiannis Kostopoulos: Correct. When we have tested them on the boat (load test 1.5 t, 3 cycles) I send you the written release myself, by email, with the quantity
[10.06.2024, 10:10] Mert Yıldız: 👍 tamam
[12.06.2024, 16:22] Mert Yıldız: <photo> first 4 off the machine
[12.06.2024, 16:30] Yiannis Kostopoulos: nice finish. courier address as last time, Marina Zeas, berth C-14
[14.06.2024, 17:58] Mert Yıldız: 10 pcs shipped with Aras Kargo + DHL, tracking 7788 2231 90
"""
case("c19_viber_scoped_cleats", [],
     "chat: 10 samples only, bal. 490 on hold, load test + written release by the named chat sender",
     [("Viber_SaronicRigging_MertMarin.txt", _c19)])


# c20 -- Telegram: supplier asks to start, buyer refuses and gives an explicit staged material authority.
_c20 = """Telegram export · chat "Lvivplast ⇄ Agroterminal" · 03.07.2024

Bogdan Munteanu, [03.07.2024 08:12]
Bună dimineața / добрий ранок 🙂 50 trial crates passed our own drop test, they leave today by truck via Siret

Bogdan Munteanu, [03.07.2024 08:13]
Можемо запускати 5000? can we start the 5000? the press is free from week 29

Oksana Kovalenko, [03.07.2024 08:40]
Ні, not yet. Only the 50 trial crates are ordered. The other 4 950 are on hold until our drop test sign-off at -20 °C in Odesa and my written release.

Oksana Kovalenko, [03.07.2024 08:42]
Because of your granulate lead time: you may buy PP granulate for up to 1 000 crates at our cost. That is material only — no production beyond the 50.

Bogdan Munteanu, [03.07.2024 08:45]
Clear. granulate for 1 000 max, production 50 only, rest waits for your release 👍

Oksana Kovalenko, [03.07.2024 08:46]
👍 Дякую
"""
case("c20_telegram_staged_material", [],
     "supplier's 'can we start?' refused; 50 active, 4 950 on hold, event + named buyer; explicit staged material authority 1 000",
     [("Telegram_Lvivplast_Agroterminal.txt", _c20)])


# c21 -- Quality agreement (PDF): general clauses that keep the words apart.
case("c21_quality_agreement_pdf", [],
     "quality agreement: sample sign-off, PO, release and payment kept apart; no order-specific authorization",
     [("QAA_KM-VM-2024.pdf", pdf([
         ("h1", "Quality Assurance Agreement KM-VM-2024"),
         ("p", "Kauno Medicina UAB (Buyer) — Viru Medtech AS, Tööstuse 12, 41537 Jõhvi (Supplier). Revision 03, 01.03.2024."),
         ("h", "4. Samples, orders and production"),
         ("p", "4.1 The Supplier works to ISO 13485:2016 and keeps the device history record for 15 years."),
         ("p", "4.2 Purchase orders are commercial documents. A purchase order does not authorize production "
               "beyond the quantity named in a written release."),
         ("p", "4.3 Sample sign-off is a technical disposition of the samples (approved, interim with quantity "
               "and/or date limits, or rejected). A sample sign-off does not authorize production."),
         ("p", "4.4 Production release: only a written release that names the order, the quantity and the unlock "
               "event, signed by a release authority listed in Annex 3 (at the date of this revision: Tomas "
               "Kazlauskas, Head of Supply; deputy: Ieva Balčiūnė). Quantities not named in a written release "
               "stay on hold."),
         ("p", "4.5 Payments, deposits and order acknowledgements do not authorize production."),
         ("p", "4.6 Forecasts are planning information only and create no commitment and no material authority."),
         ("p", "4.7 Material beyond a released quantity may be bought only under a written material authority "
               "stating the quantity and the Buyer's liability."),
         ("h", "5. Change control"),
         ("p", "5.1 Changes of material, process or site need prior written notification at least 90 days ahead."),
         ("table", [
             ["Role", "Buyer", "Supplier"],
             ["Quality", "Dr. Rūta Jankauskienė", "Kaspar Lepp (acting)"],
             ["Release authority", "Tomas Kazlauskas", "n/a"],
         ]),
     ], title="QAA KM-VM-2024", author="Kauno Medicina UAB"))])


# c22 -- Supplier audit follow-up (DOCX, table).
case("c22_audit_followup_docx", [],
     "audit follow-up report; order status consistent with PO (40 released, 760 on hold, named releaser); no risky wording",
     [("Audit_FollowUp_PPC_2024.docx", docx_bytes([
         ("h1", "Supplier audit follow-up — Plovdiv Precision Cast EOOD"),
         ("p", "Audit no. VV-SA-24-03 (process audit VDA 6.3 style), on site 04–05.06.2024. Auditor: Tiina "
               "Salonen, Supplier Quality, Virtaus Valves Oy. Follow-up review: 25.06.2024."),
         ("table", [
             ["Finding", "Description", "Action by supplier", "Status"],
             ["F-01", "Wax injection temperature log missing for 2 shifts", "Data logger on press 3", "closed"],
             ["F-02", "Gauge R&R for bore Ø52 H8 at 18 %", "New air gauge, R&R now 7 %", "closed"],
             ["F-03", "Order traveller for PO 7700-4471 checked: 40 sample bodies released, 760 on hold, "
              "released only by written release of Mikko Laine after sample sign-off", "none needed — matches PO", "closed"],
             ["F-04", "Fire door in fettling shop blocked by pallets", "5S round, floor marking", "open, due 15.07."],
         ]),
         ("p", "Overall rating after follow-up: A (92 %). Next audit: Q2/2025."),
         ("p", "Tiina Salonen, Supplier Quality Engineer, +358 9 555 0188"),
     ], author="Tiina Salonen"))])


# c23 -- Long thread with inline replies and a forwarded internal note; everything scoped.
_c23_fwd = mail("Jón Þórsson <jon@hafbunadur.is>", "Guðrún Sigurðardóttir <gudrun@hafbunadur.is>",
                "FAT plan SK-900 prototypes", "Tue, 11 Jun 2024 14:10:00 +0000",
                """Guðrún,

engineering view on the two SK-900 skinning machine prototypes from Gebze:

- deviation DV-24-07 (1.4404 instead of 1.4401 for the roller shafts) signed by me, valid for the
  2 prototypes only
- prototypes approved for FAT only; production not released
- FAT on 20 June in Gebze, I fly via Copenhagen on the 19th
- after FAT: 4 weeks trial on the Sólborg ÍS-260 factory deck before I sign anything off

Jón Þórsson
Yfirverkfræðingur / Chief Engineer, Hafbúnaður ehf.
""")
_c23 = """Hi Emre,

answers inline below, and I forward Jón's engineering note so you see the same thing we do.

Guðrún

-----Original Message-----
From: Emre Doğan <emre@gebzecnc.com.tr>
Sent: Wednesday, 12 June 2024 08:55
To: Guðrún Sigurðardóttir
Subject: SK-900 — 3 questions

> Dear Guðrún Hanım,
>
> 1. Can we use 1.4404 instead of 1.4401 for the roller shafts? The mill has only 1.4404 in Ø60.

Yes, 1.4404 is fine — Jón signed deviation DV-24-07 for the 2 prototypes (see forward).

> 2. The 2 prototypes will be ready for FAT on 20 June. After FAT, shall we continue with the
>    18 series machines so we keep the December delivery?

No. FAT sign-off is a technical step only and it does not release the 18 series machines. The 18
stay on hold until I send you a written release together with a revised PO. That comes only after
FAT sign-off and the 4-week sea trial. December may move; we accept that.

> 3. Material for the series: the steel mill needs our order before 1 July for the August slot.

Please do not buy steel for the 18 yet. If lead time becomes a real problem, I will send you a
separate material authority in writing with a quantity and our liability. Until then: material
for the 2 prototypes only.

>
> Thank you and best regards,
> Emre Doğan, Export Sales, Gebze CNC Makina

One more thing: your invoice 2024-188 for the prototype milestone is paid today. That is payment for
the prototypes; it does not change anything above.

Kær kveðja,
Guðrún
""" + sig2(["Guðrún Sigurðardóttir", "Innkaupastjóri / Purchasing Manager", "Hafbúnaður ehf.",
            "+354 555 0123"], IS_DISC) + """
> -----Original Message-----
> From: Emre Doğan
> Sent: Friday, 7 June 2024 17:20
> Subject: SK-900 status
>
> Guðrún Hanım, frames of both prototypes welded, painting next week. Regards, Emre
>
>> From: Guðrún Sigurðardóttir
>> Sent: Monday, 3 June 2024 10:02
>> Emre, reminder for the file: PO 24-SK-900 covers 2 (two) prototype machines. The 18 series
>> machines in your offer GC-2024-77 are not released; they need FAT sign-off, sea trial and my
>> written release with a revised PO. — Guðrún
"""
case("c23_long_thread_inline_fwd", [],
     "long thread, inline replies and forwarded note: 2 prototypes active, 18 on hold, FAT + sea trial + written release by signer; scoped FAT wording",
     [("RE_SK-900_3_questions.eml", mail(
         "Guðrún Sigurðardóttir <gudrun@hafbunadur.is>", "Emre Doğan <emre@gebzecnc.com.tr>",
         "RE: SK-900 — 3 questions", "Wed, 12 Jun 2024 13:31:00 +0000", _c23,
         cc="Jón Þórsson <jon@hafbunadur.is>", attachments=[("rfc822", _c23_fwd)],
         in_reply_to="<sk900-q3@gebzecnc.com.tr>"))])


# c24 -- Interim sample disposition with limits (HTML).
case("c24_interim_disposition_html", [],
     "interim disposition limited to 600 / 31.08; 600 released by named authority; 5,400 on hold until final sign-off + written release",
     [("Disposition_SD-24-031.html", html_page("Sample disposition SD-24-031", """
<h2>Lämpöfilmi Oy — Sample disposition SD-24-031</h2>
<p>Supplier: Trükielektroonika OÜ, Akadeemia tee 21, 12618 Tallinn<br>
Part: printed heater foil LF-230-48, 230 V, 48 Ω ±10 %, PET/carbon, drawing LF-230 rev. D<br>
PO LF-PO-24-077: 30 samples + 6,000 production (quoted)</p>
<table>
<tr><th>Check</th><th>Requirement</th><th>Result</th></tr>
<tr><td>Resistance</td><td>48 Ω ±10 %</td><td>46.1–50.3 Ω, OK</td></tr>
<tr><td>Dielectric strength</td><td>3.75 kV, 60 s (EN 60335-1)</td><td>OK</td></tr>
<tr><td>Peel test</td><td>≥ 4 N/25 mm</td><td>3.6 N — deviation</td></tr>
</table>
<div class="note">
<p><b>Disposition: INTERIM.</b> Valid for max. 600 pcs and until 31.08.2024, whichever comes first.</p>
<p><b>Production release RL-24-031:</b> 600 pcs released by Hanna Virtanen, Sourcing Manager (release
authority), within the interim limits.</p>
<p><b>On hold:</b> the remaining 5,400 pcs are not released. They need a final sign-off (peel test
≥ 4 N after the new primer) and a written release from Hanna Virtanen.</p>
<p><b>Material authority:</b> 600 pcs.</p>
</div>
<p>Oulu, 21.06.2024 · Hanna Virtanen · Sourcing Manager · +358 8 555 0120</p>
"""))])


# c25 -- Folder bundle: PO (PDF) + quote (PDF) + supplier acknowledgement (EML), European number formats.
_c25_po = pdf([
    ("h1", "FRUCTCRATE SRL — COMANDĂ / PURCHASE ORDER FC-24-118"),
    ("p", "Str. Mărășești 14, 620101 Focșani, Vrancea · CUI RO33445566"),
    ("p", "Furnizor / Supplier: Ruse Plast OOD, bul. Tutrakan 100, 7000 Ruse, Bulgaria · Offer RP-0424"),
    ("table", [
        ["Poz.", "Cod", "Denumire", "Cant.", "Scop", "Preț unitar", "Valoare"],
        ["1", "FC-6040-240", "Ladă pliabilă / folding crate 600x400x240, PP, verde", "30", "sample", "6,80", "204,00"],
    ]),
    ("sp",),
    ("p", "Această comandă acoperă doar 30 de lăzi mostră. / This PO covers 30 sample crates only."),
    ("p", "The remaining 2.970 crates of the 3.000 in offer RP-0424 are not released."),
    ("p", "Unlock: drop test sign-off (EN 13117-3, 1 m, -5 °C) followed by a revised PO signed by Ioana "
          "Marin, Procurement Manager. Material authority: sample-only."),
    ("p", "Livrare / delivery: DAP Focșani, săptămâna 27. Plata 30 zile."),
], title="FC-24-118", author="FructCrate SRL")
_c25_quote = pdf([
    ("h1", "РУСЕ ПЛАСТ ООД / RUSE PLAST Ltd — OFFER RP-0424"),
    ("p", "To: FructCrate SRL, Focșani — Att. Ms. Ioana Marin · 22.05.2024"),
    ("table", [
        ["Item", "Qty", "Unit price EUR", "Lead time"],
        ["Folding crate 600x400x240, sample", "30 pcs", "6,80", "2 weeks"],
        ["Folding crate 600x400x240, series", "3.000 pcs", "3,95", "5 weeks after release"],
        ["Hot-stamp logo insert", "1", "380,00", "with samples"],
    ]),
    ("p", "Prices FCA Ruse. Colour green RAL 6018. Valid 90 days."),
    ("p", "С уважение / Best regards, Plamen Todorov, Sales"),
], title="RP-0424", author="Ruse Plast")
_c25_ack = """Dear Ms. Marin,

we confirm your PO FC-24-118: 30 sample crates, delivery week 27.

The 2,970 series crates stay on hold until the revised PO signed by you after the drop test
sign-off. We have not ordered granulate for them.

С уважение / Best regards,
Plamen Todorov
""" + sig2(["Plamen Todorov", "Sales", "Ruse Plast OOD", "+359 82 555 031"], BG_DISC)
case("c25_bundle_po_quote_ack", [],
     "folder: sample PO with full scope + quote tiers + supplier ack; 2.970 and 2,970 are the same number",
     [("PO_FC-24-118.pdf", _c25_po), ("Offer_RP-0424.pdf", _c25_quote),
      ("Ack_FC-24-118.eml", mail("Plamen Todorov <p.todorov@ruseplast.bg>", "Ioana Marin <ioana.marin@fructcrate.ro>",
                                 "Order confirmation FC-24-118", "Fri, 31 May 2024 10:00:00 +0300", _c25_ack))])


# ================================================================== POSITIVE

# p01 -- Finnish buyer sends sample PO + the supplier's own quote with the production tier.
_p01_po = pdf([
    ("h1", "POHJOLA DESIGN OY — OSTOTILAUS / PURCHASE ORDER 4400-2291"),
    ("p", "Annankatu 18, 00120 Helsinki · Y-tunnus 3011223-4"),
    ("p", "Supplier: Kaya Deri Ürünleri Ltd. Şti., Denizli · Ref: your quotation Q-2406-118"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit price", "Total"],
        ["1", "Art. 4471", "Tote bag 'Saimaa', sample, cognac", "6", "68,00", "408,00"],
        ["2", "Art. 4471", "Tote bag 'Saimaa', sample, black", "6", "68,00", "408,00"],
        ["3", "—", "Embossing die 'Pohjola'", "1", "140,00", "140,00"],
    ]),
    ("p", "Total EUR 956,00 · Delivery DAP Helsinki by 15.07.2024 · Payment 30 % with order, 70 % before shipment."),
    ("p", "Please confirm this order by return. Laura Niemi, Sourcing"),
], title="PO 4400-2291", author="Pohjola Design Oy")
_p01_quote = pdf([
    ("h1", "KAYA DERİ — QUOTATION Q-2406-118"),
    ("p", "04.06.2024 · Customer: Pohjola Design Oy, Helsinki"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit", "Lead time"],
        ["1", "Art. 4471", "Sample, 2 colours", "12", "EUR 68,00", "3 weeks"],
        ["2", "Art. 4471", "Production lot", "1.200", "EUR 41,50", "8 weeks"],
    ]),
    ("p", "EXW Denizli. Leather EN ISO 17075-1. Valid 60 days. — Mehmet Kaya, Sales Manager"),
], title="Q-2406-118", author="Kaya Deri")
_p01 = """Merhaba Mehmet Bey,

kiitos — thank you for the quick quotation and the leather swatches, the cognac is exactly what
our designer wanted.

Please find attached our purchase order 4400-2291 and your quotation Q-2406-118.
Delivery to our Helsinki warehouse (Annankatu 18, goods entrance from the yard) by 15 July please,
invoice in EUR with our PO number on it. The 30 % will be paid as soon as we have your invoice.

Could you also send a photo of the embossing before you close the first bag?

Ystävällisin terveisin / Best regards,
Laura
""" + sig2(["Laura Niemi", "Sourcing Manager", "Pohjola Design Oy", "+358 40 555 0192"], FI_DISC)
case("p01_po_plus_quote_pdfs", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (12) sent with quote showing 1.200 production; nothing says the 1.200 is informational, held, unlocked by what or by whom",
     [("PO_4400-2291_Pohjola.eml", mail(
         "Laura Niemi <laura.niemi@pohjoladesign.fi>", "Mehmet Kaya <mehmet@kayaderi.com.tr>",
         "PO 4400-2291 / Q-2406-118 Saimaa tote", "Wed, 05 Jun 2024 12:14:00 +0300", _p01,
         attachments=[("PO_4400-2291.pdf", _p01_po, PDF_MT), ("Q-2406-118.pdf", _p01_quote, PDF_MT)]))])


# p02 -- HTML PO that carries the supplier's series quantity in its own line table.
case("p02_po_html_series_column", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO for 50 sample labels with a 'series qty 20 000' column; no hold, no event, no releaser",
     [("PO_NS-2024-044.html", html_page("Ostutellimus NS-2024-044", """
<h2>Nutisilt OÜ — Ostutellimus / Purchase order NS-2024-044</h2>
<p>Mustamäe tee 55, 10621 Tallinn · KMKR EE101998877<br>
Tarnija / Supplier: Painoelektro Oy, Teknologiantie 14, 90590 Oulu<br>
Kuupäev / Date: 20.05.2024 · Pakkumine / Offer PE-24-0311</p>
<table>
<tr><th>Rida</th><th>Kood</th><th>Nimetus</th><th>Sample qty</th><th>Series qty</th><th>Price sample</th><th>Price series</th></tr>
<tr><td>1</td><td>NS-118</td><td>NFC inlay label 54x86, PET 50 µm, NTAG 213</td><td>50</td><td>20 000</td><td>2,40</td><td>0,31</td></tr>
</table>
<p>Tellimuse summa / Order value: EUR 120,00 + KM 22 %</p>
<p>Tarne / Delivery: samples by week 32 to Mustamäe tee 55. Antenna layout per file NS-118_revC.dxf.
Read range ≥ 4 cm with our reader NR-100. Pack in ESD bags, 10 per bag.</p>
<p>Lugupidamisega / Regards,<br>Kadri Tamm · Supply Manager · +372 655 0199</p>
"""))])


# p03 -- Folder: Navision PO text for 3 prototypes + the supplier's quote PDF with 150.
_p03_po = """VÉLSMIÐJAN NORÐURÁS EHF.                                  Innkaupapöntun / Purchase Order
Óseyri 18, 603 Akureyri                                  Nr.          IP-24-0415
kt. 470599-2399  VSK 61234                               Dags.        29.05.2024
                                                         Síða         1
Lánardrottinn / Vendor: 30077
  UAB Klaipėdos Mechanika
  Pramonės g. 8, LT-94102 Klaipėda
  Lithuania

Vörunr.     Lýsing / Description                            Magn  Ein   Verð EUR   Upphæð
----------  ----------------------------------------------  ----  ----  ---------  --------
NA-KH-3310  Knife holder, 1.4404, prototype, dwg NA-3310-K     3  stk      412,00  1.236,00
            rev A, passivated, per quote KM-Q-2405-19
FLUTN       Freight DAP Akureyri                               1  stk      180,00    180,00
                                                                                   --------
                                                                 Samtals / Total   1.416,00

Afhending / Delivery: 26.06.2024          Greiðsluskilmálar: 30 dagar
Athugasemd: prototypes for SK-900 skinning machine, Ra 0.8 on blade seat.

Innkaupafulltrúi: Sigríður Jónsdóttir                       Microsoft Dynamics NAV 2018
"""
_p03_quote = pdf([
    ("h1", "UAB KLAIPĖDOS MECHANIKA — PASIŪLYMAS / QUOTATION KM-Q-2405-19"),
    ("p", "To: Vélsmiðjan Norðurás ehf., Akureyri · 24.05.2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
        ["1", "Knife holder NA-3310-K rev A, prototype", "3", "412,00", "3 weeks"],
        ["2", "Knife holder NA-3310-K rev A, series", "150", "96,50", "6 weeks"],
        ["3", "Fixture for series machining", "1", "1.850,00", "with series"],
    ]),
    ("p", "Material 1.4404 bar Ø80 with 3.1 cert. Prices DAP Akureyri excl. VAT. Valid 30 days."),
    ("p", "Pagarbiai, Darius Petrauskas, Sales Engineer"),
], title="KM-Q-2405-19", author="Klaipedos Mechanika")
case("p03_bundle_nav_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: Navision PO for 3 prototypes referencing a quote whose series tier is 150; no hold/event/releaser",
     [("IP-24-0415.txt", _p03_po), ("KM-Q-2405-19.pdf", _p03_quote)])


# p04 -- Telegram: buyer says "make 10 for test" right under the supplier's price tiers.
_p04 = """Telegram · "Dnipro Hydraulics — PPC foundry" · export 07.06.2024

Stoyan Georgiev, [05.06.2024 11:02]
Dobryi den Oleksandr 🙂 prices for housing DH-2207 rev 1, EN-GJS-500-7:
10 pcs – 42,00 EUR/pc
1 000 pcs – 18,50 EUR/pc
pattern/tooling 2 400 EUR one time

Stoyan Georgiev, [05.06.2024 11:03]
lead time 4 weeks for first pieces, then 5 weeks

Oleksandr Shevchenko, [05.06.2024 14:37]
ок, робіть 10 for test. PO number 118/24 follows by email from our accounting

Stoyan Georgiev, [05.06.2024 14:40]
👍 super, we start the pattern tomorrow

Oleksandr Shevchenko, [05.06.2024 14:41]
machining allowance 2 mm on flange face pls, like on DH-2105
"""
case("p04_telegram_make_10", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer authorizes 10 directly under a 1 000 pcs tier; nothing on the balance, unlock or releaser",
     [("Telegram_DniproHydraulics_PPC.txt", _p04)])


# p05 -- DOCX PO for 2 sample kitchen sets that carries the offer's 240-set production basis.
case("p05_po_docx_offer_basis", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX sample PO (2 sets) repeats the offer basis of 240 production sets with no hold, event or releaser",
     [("Comanda_CB-24-0812.docx", docx_bytes([
         ("h1", "CASA BUCĂTĂRIA SRL — COMANDĂ FURNIZOR CB-24-0812"),
         ("p", "Str. Fabricii 22, 400632 Cluj-Napoca · CUI RO28776655 · Data: 12.06.2024"),
         ("p", "Furnizor: SIA Rīgas Mēbeļu Fabrika, Krasta iela 88, Rīga LV-1019"),
         ("table", [
             ["Poz.", "Articol", "Cant.", "Preț unitar EUR", "Valoare EUR"],
             ["1", "Set bucătărie model Someș (sample), stejar natur, 3,2 m liniari", "2 seturi", "1.450,00", "2.900,00"],
         ]),
         ("p", "Basis: your offer RMF-118 of 30.05.2024 — 2 sample sets plus a production lot of 240 sets at "
               "EUR 310,00 per set, delivery 6 weeks, DAP Cluj-Napoca."),
         ("p", "Fronts MDF 19 mm, oak veneer A/B, hinges Blum Clip top 110°, drawer runners Blum Tandembox. "
               "Worktop not included."),
         ("p", "Termen de livrare / delivery: săptămâna 30. Plata: 50 % avans, 50 % la livrare."),
         ("p", "Cu stimă, Andrei Popescu, Purchasing Manager, +40 264 555 077"),
     ], author="Andrei Popescu"))])


# p06 -- 1C printout (Ukrainian buyer) for a sample lot; nothing about any balance.
_p06 = """ТОВ "МЕДТОРГ-ПОСТАЧ"                                     ЄДРПОУ 41122334
м. Київ, вул. Сім'ї Хохлових 8                           тел. +380 44 555 0110

           ЗАМОВЛЕННЯ ПОСТАЧАЛЬНИКУ № ТМ-000118 від 03.06.2024
           PURCHASE ORDER No. TM-000118 of 03.06.2024

Постачальник / Supplier:  UAB "Baltmedika", Pramonės pr. 16, LT-51327 Kaunas
Договір / Contract:       № 14/2024 від 15.01.2024
Склад / Warehouse:        Основний склад, м. Бровари

 № | Товар / Item                                        | Од. | К-сть | Ціна EUR | Сума EUR
---+-----------------------------------------------------+-----+-------+----------+---------
 1 | Система інфузійна ІС-20, зразки / infusion set      | шт  |   500 |     0,62 |   310,00
   | IS-20, sample lot for state registration testing    |     |       |          |
 2 | Доставка / freight DAP Бровари                      | посл|     1 |    95,00 |    95,00
---+-----------------------------------------------------+-----+-------+----------+---------
                                                             Разом / Total:         405,00
                                                             ПДВ / VAT:              0,00

Коментар / Comment: samples for registration with the State Service (DLS), 3 boxes per
carton, label in Ukrainian, shelf life min. 36 months at delivery. Sterility EO, ISO 11135.

Менеджер / Manager: Наталія Бондаренко / Nataliia Bondarenko        1С:Підприємство 8.3
"""
case("p06_1c_sample_order_txt", ["RG003", "RG004", "RG005"],
     "1C sample PO (500 for registration testing) never says the balance is on hold, no unlock event, no releaser",
     [("Zamovlennia_TM-000118.txt", _p06)])


# p07 -- Greek buyer, PDF PO attached, 4 prototype winch handles, nothing else.
_p07_po = pdf([
    ("h1", "THALASSA MARINE HARDWARE I.K.E. — PURCHASE ORDER TMH-24-0219"),
    ("p", "Leof. Posidonos 12, 166 74 Glyfada · ΑΦΜ 800112233"),
    ("p", "Supplier: Saaremaa Metall OÜ, Tööstuse 4, 93815 Kuressaare, Estonia"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "TMH-WH-10", "Winch handle 10\", titanium Gr.5 + carbon grip, prototype", "4", "265,00", "1.060,00"],
        ["2", "—", "CNC programming / set-up", "1", "380,00", "380,00"],
    ]),
    ("p", "Delivery: DAP Glyfada, 3 weeks. Payment: 30 days. Drawing TMH-WH-10 rev 0, lock mechanism per sketch 2."),
], title="TMH-24-0219", author="Thalassa Marine Hardware")
_p07 = """Tere Andres,

as agreed on the phone, attached is our PO TMH-24-0219 for the 4 prototype winch handles. Please
send them to our Glyfada office, not to the marina — the boats are all out on charter now.

The lock button spring: use the stronger one from your last sketch (1.2 mm wire).

Ευχαριστώ / thank you,
Dimitra
""" + sig2(["Dimitra Alexiou", "Product Development", "Thalassa Marine Hardware I.K.E.", "+30 210 555 0177"], GR_DISC)
case("p07_po_pdf_prototypes", ["RG003", "RG004", "RG005"],
     "prototype PO (4 winch handles) says nothing about any further quantity: no hold, unlock event or releaser",
     [("PO_TMH-24-0219.eml", mail(
         "Dimitra Alexiou <d.alexiou@thalassamarine.gr>", "Andres Kask <andres@saaremaametall.ee>",
         "PO TMH-24-0219 prototype winch handles", "Thu, 06 Jun 2024 09:30:00 +0300", _p07,
         attachments=[("PO_TMH-24-0219.pdf", _p07_po, PDF_MT)]))])


# p09 -- Bulgarian buyer: email says 25 now, attached PO printout says 20; balance held "until we decide".
_p09_att = """TERMO SISTEMI EOOD          PORACHKA / PURCHASE ORDER  TS-24-0522        07.06.2024
bul. Tsarigradsko shose 115, 1784 Sofia                     Supplier: VALVEX SRL, Brasov
---------------------------------------------------------------------------------------
Pos  Code          Description                               Qty   UoM   Price EUR
  1  VX-BAL-DN25   Balancing valve DN25 PN25, brass, Kvs 8,2   20  pcs       31,40
                   sample lot, test certificate EN 10204 2.2
---------------------------------------------------------------------------------------
Delivery DAP Sofia, week 26.  Payment 45 days.  Quote VX-Q-0871 (1.000 pcs).
"""
_p09 = """Bună ziua Radu,

as discussed on the phone this morning: only 25 balancing valves now, for our test rig and the two
pilot buildings in Lozenets. bal. 975 stays blocked.

I will release the balance later, when we decide — I cannot say more today, the investor has not
yet confirmed the second phase of the project.

The PO printout is attached. Please send the 2.2 certificates with the goods.

Поздрави / Best regards,
""" + sig2(["Georgi Dimitrov", "Procurement Manager", "Termo Sistemi EOOD", "+359 2 555 0164"], BG_DISC)
case("p09_email_25_vs_po_20", ["RG004", "RG011"],
     "email authorizes 25 while attached PO says 20; balance blocked with a named releaser but no unlock event",
     [("Valvex_TS-24-0522.eml", mail(
         "Georgi Dimitrov <g.dimitrov@termosistemi.bg>", "Radu Ionescu <radu.ionescu@valvex.ro>",
         "TS-24-0522 balancing valves DN25", "Fri, 07 Jun 2024 13:05:00 +0300", _p09,
         attachments=[("PO_TS-24-0522.txt", _p09_att, TXT_MT)]))])


# p12 -- Visma printout: header says 120, the line says 100; releaser is "internal approval".
_p12 = """Lämpöfilmi Oy                                                   OSTOTILAUS / PURCHASE ORDER
Kauppurienkatu 29, 90100 Oulu                                   Nro        LF-PO-24-052
Y-tunnus 2990111-7                                              Pvm        28.05.2024
                                                                Sivu       1 (1)
Toimittaja / Supplier:                                          Toimitusehto: DAP Oulu
  Trükielektroonika OÜ                                          Maksuehto:    14 pv netto
  Akadeemia tee 21, 12618 Tallinn, EE
Viitteenne / Your ref: offer TE-24-019 (5 000 pcs)

Sample lot: 120 pcs — heater foil LF-120-24, 24 V, 12 W

Rivi  Tuote        Nimike / Description                     Määrä  Yks   à-hinta   Yhteensä
----  -----------  ---------------------------------------  -----  ----  --------  --------
  1   LF-120-24    Printed heater foil 24 V 12 W, PET/Ag      100  kpl      3,85    385,00
                   drawing LF-120 rev B, sample lot
----  -----------  ---------------------------------------  -----  ----  --------  --------
                                                                     Yhteensä     385,00 EUR

Lisätiedot / Notes:
  Remaining 4 900 pcs held until sample sign-off (cold-start test -25 °C, 500 cycles).
  Production release by internal approval in our company.

Käsittelijä: Hanna Virtanen                                  Visma L7  28.05.2024 10:14
"""
case("p12_visma_120_vs_100", ["RG005", "RG011"],
     "Visma PO: header sample lot 120 vs line qty 100; release by 'internal approval in our company' names nobody",
     [("Ostotilaus_LF-PO-24-052.txt", _p12)])


# p14 -- Latvian buyer's reply: hold "until further notice", nobody named.
_p14 = """Labdien, Mihai,

yes, please make the 3 sample cabinets first (PO VS-24-077, tall pantry unit 600x2200, colour
Egger U702 Cashmere grey). The production quantity — the remaining 117 of the 120 in your offer —
is on hold until further notice.

Delivery of the samples to our showroom in Rīga, Brīvības iela 204, ground floor. Please call
Kārlis one hour before arrival: +371 2655 0177.

Ar cieņu,
Ilze
""" + sig2(["Ilze Bērziņa", "Iepirkumu speciāliste / Purchasing", "SIA Virtuves Studija",
            "Brīvības iela 204, Rīga LV-1039", "+371 6755 0102"], LV_DISC) + """
> On 10.06.2024, Mihai Rusu <mihai@mobilasuceava.ro> wrote:
> Buna ziua Ilze,
> should we make the 3 samples first or go directly with all 120 pantry units? Our CNC has a
> free slot in week 27.
> Cu stima, Mihai Rusu, Mobila Suceava SRL
"""
case("p14_reply_until_further_notice", ["RG004", "RG005"],
     "3 samples active, balance held 'until further notice': no unlock event, no named release authority",
     [("RE_VS-24-077_pantry.eml", mail(
         "Ilze Bērziņa <ilze.berzina@virtuvesstudija.lv>", "Mihai Rusu <mihai@mobilasuceava.ro>",
         "RE: VS-24-077 pantry units — samples first?", "Tue, 11 Jun 2024 09:20:00 +0300", _p14,
         in_reply_to="<vs-24-077-q@mobilasuceava.ro>"))])


# p15 -- Lithuanian work order for a validation lot with no quantity stated.
case("p15_validation_lot_no_qty_docx", ["RG010"],
     "validation-lot instruction never states how many units to make now; hold, PQ sign-off and named releaser present",
     [("WorkOrder_VP-2024-11.docx", docx_bytes([
         ("h1", "Kauno Medicina UAB — Instruction to supplier"),
         ("p", "To: SIA Medplast, Olaine · Ref. PO 45-7902 · Date 11.06.2024"),
         ("p", "Product: blood lancet, 23G, 1.8 mm penetration, REF KM-L23, sterile gamma (ISO 11137)"),
         ("h", "What to do now"),
         ("p", "Please manufacture the validation lot for process validation protocol VP-2024-11 (IQ/OQ "
               "completed on 04.06.2024 on moulding cell 7). Use resin lot PP-HC-8822 only. Keep the "
               "validation lot segregated until our QA has signed off the PQ report."),
         ("table", [
             ["Step", "Owner", "Due"],
             ["Validation lot moulded and assembled", "Medplast", "week 26"],
             ["Gamma sterilisation (25 kGy min.)", "Medplast / Steris Vilnius", "week 27"],
             ["PQ report and sample sign-off", "Kauno Medicina QA", "week 29"],
         ]),
         ("h", "What stays on hold"),
         ("p", "The series quantity (60,000 lancets per year) is not released. It will be released only after "
               "PQ sign-off by our QA and a written release signed by Tomas Kazlauskas, Head of Supply."),
         ("p", "Material authority: material for the validation lot only."),
         ("p", "Pagarbiai — Ieva Balčiūnė, Purchasing Specialist"),
     ], author="Ieva Balčiūnė"))])


# p16 -- Greek buyer asks for "the first-article pieces" without saying how many (multipart).
_p16 = """Merhaba Hakan Bey,

the new pad-eye is final now (drawing KY-PE-12 rev A, AISI 316, 8 mm plate, Ø14 eye). Please start
the first-article pieces so we can check the fit on hull 32 before the deck goes on.

The series from your quote TD-7790 (400 pcs) is not released. It will be released only by a written
release from Nikos Papadakis, Head of Procurement, after our FAI sign-off. Please don't cut plate
for the series.

Electropolish as usual, and laser the heat number on the back side please.

Με εκτίμηση,
Eleni
""" + sig2(["Eleni Georgiou", "Buyer, Procurement", "Kyma Yachts S.A.", "+30 210 555 0133"], GR_DISC)
_p16_html = ("<p>Merhaba Hakan Bey,</p><p>the new pad-eye is final now (drawing KY-PE-12 rev A, AISI 316, "
             "8 mm plate, Ø14 eye). Please start the <b>first-article pieces</b> so we can check the fit on "
             "hull 32 before the deck goes on.</p><p>The series from your quote TD-7790 (400 pcs) is "
             "<b>not released</b>. It will be released only by a written release from Nikos Papadakis, Head of "
             "Procurement, after our FAI sign-off. Please don't cut plate for the series.</p>"
             "<p>Με εκτίμηση,<br>Eleni Georgiou<br>Kyma Yachts S.A.</p>")
case("p16_first_articles_no_qty", ["RG010"],
     "'start the first-article pieces' with no count anywhere; series 400 held, FAI + named releaser present",
     [("KY-PE-12_first_articles.eml", mail(
         "Eleni Georgiou <e.georgiou@kymayachts.gr>", "Hakan Yılmaz <hakan@tuzlahassas.com.tr>",
         "KY-PE-12 pad-eye rev A — first articles", "Mon, 10 Jun 2024 08:44:00 +0300", _p16, html=_p16_html))])


# p17 -- Viber: "do a pilot run" with no count.
_p17 = """Viber · Nutisilt ⇄ Painoelektro · export 13.06.2024 09:15

[11.06.2024 13:02] Kadri Tamm: Tere Jussi! New screen mesh for NS-121 (rev A, 165 threads/cm) is at your place since Monday?
[11.06.2024 13:20] Jussi Heikkilä: Moi Kadri, yes it came yesterday, looks good
[11.06.2024 13:24] Kadri Tamm: Great. Please do a pilot run on the new mesh, we need the labels for the EMC test at Tartu lab on the 25th.
[11.06.2024 13:25] Kadri Tamm: The 20k series stays on hold — not released — until EMC sign-off and my written release.
[11.06.2024 13:31] Jussi Heikkilä: ok 👍 we run it Thursday morning, ship Friday with Matkahuolto
[11.06.2024 13:32] Kadri Tamm: Aitäh! 🙏
[13.06.2024 08:57] Jussi Heikkilä: pilot run done, parcel MH 3321 7789 0012
"""
case("p17_viber_pilot_run_no_qty", ["RG010"],
     "buyer orders 'a pilot run' without any quantity; 20k held until EMC sign-off + written release by the named sender",
     [("Viber_Nutisilt_Painoelektro.txt", _p17)])


# p18 -- Ukrainian buyer: "cast the trial pieces" (no count), series held, releaser is a department.
_p18 = """Dobryi den, Stoyan,

the pattern for pump housing DH-2207 rev 1 is OK after the changes (core print +1.5 mm, see
photo). Please cast the trial pieces now and send them for machining to us in Dnipro.

The series stays on hold until the X-ray sign-off (ASTM E446, level 2) and a revised PO from our
procurement department. Please don't melt for the series before that.

Дякую,
""" + sig2(["Oleksandr Shevchenko", "Chief Technologist", "Dnipro Hydraulics LLC",
            "vul. Kaidatska 90, Dnipro 49033, Ukraine", "+380 56 555 0140"], UA_DISC)
case("p18_trial_pieces_dept", ["RG005", "RG010"],
     "'cast the trial pieces' gives no quantity; series held until X-ray sign-off + revised PO from an unnamed department",
     [("DH-2207_trial_pieces.eml", mail(
         "Oleksandr Shevchenko <o.shevchenko@dniprohydraulics.com.ua>", "Stoyan Georgiev <s.georgiev@ppcast.bg>",
         "DH-2207 rev 1 — pattern ok, trial pieces", "Tue, 18 Jun 2024 10:12:00 +0300", _p18))])


# p19 -- Icelandic buyer asks for salesman samples (PDF), no quantity stated.
case("p19_sample_request_no_qty_pdf", ["RG010"],
     "sample request: 'sew the salesman samples' in listed colours without any quantity; hold, event and named releaser present",
     [("SampleRequest_SR-24-09.pdf", pdf([
         ("h1", "FJALLAFÖT EHF. — SAMPLE REQUEST SR-24-09"),
         ("p", "Skeifan 11, 108 Reykjavík · To: Bursa Örme Tekstil San. A.Ş., Mr. Serkan Öztürk"),
         ("p", "Style FJ-220 'Esja' — merino/poly fleece zip jacket, 280 g/m², YKK Vislon zip No. 5"),
         ("p", "Please sew the salesman samples of style FJ-220 in the colours below, for our autumn sales "
               "meetings in Reykjavík, Oslo and Tórshavn."),
         ("table", [
             ["Colour", "Pantone", "Fabric lot", "Trim"],
             ["Hraun (lava grey)", "18-0201 TCX", "BO-2406-11", "black zip"],
             ["Mosi (moss)", "18-0527 TCX", "BO-2406-12", "black zip"],
             ["Jökull (glacier)", "14-4112 TCX", "BO-2406-13", "white zip"],
         ]),
         ("sp",),
         ("p", "The production order (PO to follow) is not released. Production is released only by a written "
               "release from Sólveig Árnadóttir, Head of Product, after the sample sign-off in our Reykjavík "
               "showroom. Do not cut production fabric."),
         ("p", "Labels: main label 'Fjallaföt' woven, care label EN ISO 3758. Ship by DHL Express."),
         ("p", "Reykjavík, 06.06.2024 — Sólveig Árnadóttir"),
     ], title="SR-24-09", author="Fjallafot ehf."))])


# p20 -- Complete scope, then an unscoped "green light, full speed ahead".
_p20 = """Dear Ivaylo,

thank you for the revised drawing, rev 3 is fine for us (thread M12 left/right, body length
160 mm, AISI 316, mirror polish).

Our PO AS-24-118 is attached in the system: 20 sample turnbuckles M12. The remaining 480 of the 500
in your offer are not released; they are released only by my written release after the sample
sign-off (load test 2,5 t at the NTUA lab in Zografou). Material authority: sample-only.

Delivery of the 20 to our loft in Lavrio, please, not to Piraeus.

Anyway — you have the green light from us, full speed ahead! 🙂

Φιλικά,
Kostas
""" + sig2(["Konstantinos Mavridis", "Owner / Purchasing", "Aegean Sails & Rigging",
            "Lavrio, Attica, Greece", "+30 22920 555 04"], GR_DISC) + """
> On Tue, 11 Jun 2024 at 17:40, Ivaylo Petkov <ivaylo@varnamarinesteel.bg> wrote:
> Hi Kostas, any news on the PO? We are ready on our side, the forging dies are checked.
> Best regards, Ivaylo — Varna Marine Steel
"""
case("p20_green_light_full_speed", ["RG002"],
     "complete scope for 20 samples, then 'you have the green light, full speed ahead' with no quantity or scope",
     [("RE_turnbuckles_AS-24-118.eml", mail(
         "Konstantinos Mavridis <kostas@aegeansails.gr>", "Ivaylo Petkov <ivaylo@varnamarinesteel.bg>",
         "RE: turnbuckles M12 — PO?", "Wed, 12 Jun 2024 09:02:00 +0300", _p20,
         in_reply_to="<turnbuckle-po@varnamarinesteel.bg>"))])


# p21 -- Viber: full scope earlier, then "Looks great — good to run".
_p21 = """Viber · Hafbúnaður / BPW · export 21.06.2024

[03.06.2024 10:50] Guðrún Sigurðardóttir: Rasa, PO 4500-11880 for the new blade HB-2215 is sent. 40 pcs sample only. The other 1,960 are not released — they wait for the line trial sign-off and my written release.
[03.06.2024 10:58] Rasa Jankauskaitė: Labas Guðrún, noted: 40 now, 1,960 not released, material for 40 only 👍
[19.06.2024 14:31] Rasa Jankauskaitė: <photo> first blades off the CNC, chamfer 1x45 as you asked
[19.06.2024 14:32] Rasa Jankauskaitė: <photo>
[19.06.2024 15:07] Guðrún Sigurðardóttir: Flott! Looks great — good to run 👍
[19.06.2024 15:09] Rasa Jankauskaitė: ačiū! 🙂
[21.06.2024 11:00] Rasa Jankauskaitė: truck to Klaipėda port on Monday, Eimskip booking KLJ-2406-118
"""
case("p21_viber_good_to_run", ["RG002"],
     "after a complete sample scope, the buyer answers a photo with 'good to run' naming no quantity or scope",
     [("Viber_Hafbunadur_BPW.txt", _p21)])


# p22 -- Minutes: a forecast made into a firm commitment and an unscoped "may proceed".
case("p22_minutes_forecast_proceed_docx", ["RG002", "RG008"],
     "minutes: sample scope fine, but 'Forecast 2025 confirmed as firm purchase commitment' and 'Supplier may proceed' unscoped",
     [("MoM_Ilmaventti_Valvex_2024-06-14.docx", docx_bytes([
         ("h1", "Minutes of meeting — Ilmaventti Oy / Valvex SRL"),
         ("p", "Place: Valvex SRL, Brașov. Date: 14.06.2024. Participants: Anna-Kaisa Heikkinen, Ville Rantanen "
               "(Ilmaventti); Radu Ionescu, Cristina Dobre (Valvex)."),
         ("p", "Subject: ball valve body BV-25, brass CW617N, drawing IV-2525 rev. C — PO IV-2024-0201."),
         ("table", [
             ["No.", "Topic", "Decision / information", "Responsible"],
             ["D1", "Sample lot", "20 pcs delivered 10.06. Production 1,980 pcs remains on hold — not released — "
              "until the pressure-test sign-off and a written release by Anna-Kaisa Heikkinen.", "V. Rantanen"],
             ["D2", "Packaging", "Returnable crates KLT 6428, 40 pcs per crate.", "R. Ionescu"],
             ["D3", "Forecast 2025", "Forecast 2025 (12,000 valve bodies) confirmed as firm purchase commitment "
              "by Ilmaventti.", "A-K. Heikkinen"],
             ["D4", "Next steps", "Supplier may proceed.", "C. Dobre"],
             ["D5", "Logistics", "Groupage via Arad–Budapest–Tallinn ferry, Tue pick-up.", "R. Ionescu"],
         ]),
         ("p", "Minutes: Ville Rantanen, 14.06.2024. Comments within 3 days, otherwise accepted."),
     ], author="Ville Rantanen"))])


# p23 -- Cover email says 3 samples and "go ahead"; attached PO says 2.
_p23_po = docx_bytes([
    ("h1", "CASA BUCĂTĂRIA SRL — COMANDĂ CB-24-1002"),
    ("p", "Furnizor: ТОВ «Карпати Меблі» / Karpaty Mebli LLC, Uzhhorod · Data 19.06.2024"),
    ("table", [
        ["Poz.", "Articol", "Cant.", "Scop", "Preț EUR"],
        ["1", "Dulap bază 800 / base cabinet 800, model Arieș, nuc", "2", "sample", "210,00"],
    ]),
    ("p", "This PO covers 2 sample base cabinets. The remaining 98 of the 100 in your offer KM-24-31 are "
          "not released."),
    ("p", "Unlock: our sample sign-off followed by a written release from Andrei Popescu, Purchasing Manager."),
    ("p", "Material authority: sample-only."),
], author="Andrei Popescu")
_p23 = """Dear Taras,

please find attached PO CB-24-1002 for the 3 sample units of the Arieș base cabinet (walnut).
Everything is signed off on our end, so go ahead!

Delivery to Cluj please, same address as last time.

Mulțumesc,
Andrei
""" + sig2(["Andrei Popescu", "Purchasing Manager", "Casa Bucătăria SRL", "+40 264 555 077"], RO_DISC)
_p23_html = ("<p>Dear Taras,</p><p>please find attached PO CB-24-1002 for the <b>3 sample units</b> of the "
             "Arieș base cabinet (walnut). Everything is signed off on our end, so go ahead!</p>"
             "<p>Delivery to Cluj please, same address as last time.</p><p>Mulțumesc,<br>Andrei Popescu</p>")
case("p23_cover_3_po_2_go_ahead", ["RG002", "RG011"],
     "cover email says 3 sample units and an unscoped 'go ahead'; attached PO says 2",
     [("PO_CB-24-1002_Aries.eml", mail(
         "Andrei Popescu <andrei.popescu@casabucataria.ro>", "Taras Hnatyuk <taras@karpatymebli.com.ua>",
         "PO CB-24-1002 Arieș base cabinets", "Wed, 19 Jun 2024 15:40:00 +0300", _p23, html=_p23_html,
         attachments=[("PO_CB-24-1002.docx", _p23_po, DOCX_MT)]))])


# p24 -- WhatsApp: complete scope, then "all fine, go ahead" on an unrelated question.
_p24 = """WhatsApp Chat with Medplast — Jānis
12/06/2024, 09:12 - Ieva Balčiūnė: Labas Jāni, PO 45-7950 sent: 300 sample IV cannulas 20G for clinical evaluation. The 29,700 production pcs are not released until clinical sign-off and a written release signed by Tomas Kazlauskas.
12/06/2024, 09:30 - Jānis Ozoliņš: Labdien Ieva, received. 300 now, rest waits for Tomas 👍
18/06/2024, 16:05 - Jānis Ozoliņš: Ieva, the EO sterilisation validation report (ISO 11135, 3 half cycles) I sent by mail this morning. Is it OK for you?
18/06/2024, 16:40 - Ieva Balčiūnė: Yes, all fine. Go ahead 👍
18/06/2024, 16:41 - Jānis Ozoliņš: 🙏 paldies
"""
case("p24_whatsapp_go_ahead", ["RG002"],
     "after a complete scope, buyer answers a report question with a bare 'Go ahead' naming no quantity",
     [("WhatsApp_Chat_Medplast.txt", _p24)])


# p25 -- Supplier cut hides for the full lot; buyer's scope quoted below is complete.
_p25 = """Dear Laura,

the 12 Inari backpack samples are finished and leave Denizli on Thursday with UPS, AWB follows.

Good news also: to guarantee the same colour lot for everything, we have already cut the hides for
all 1.200 backpacks. So when your release comes we are very fast — maybe 4 weeks instead of 8.

Saygılarımızla,
Mehmet
""" + sig2(["Mehmet Kaya", "Satış Müdürü / Sales Manager", "Kaya Deri Ürünleri Ltd. Şti.",
            "+90 258 555 0147"], KVKK) + """
> From: Laura Niemi <laura.niemi@pohjoladesign.fi>
> Sent: 20 May 2024 10:02
> Subject: PO 4400-2340 Inari backpack
>
> Hei Mehmet,
> PO 4400-2340 covers 12 sample backpacks (Art. 4480 'Inari') only. The remaining 1.188 of the
> 1.200 in your quotation Q-2405-097 are not released. They are released only by my written
> release after our sample sign-off. Material authority: sample-only — please buy and cut
> leather for the 12 samples only.
> Laura Niemi, Sourcing Manager, Pohjola Design Oy
"""
case("p25_hides_cut_for_full_lot", ["RG006"],
     "supplier cut hides for all 1.200 although only 12 are released and material authority is sample-only",
     [("RE_PO_4400-2340_Inari.eml", mail(
         "Mehmet Kaya <mehmet@kayaderi.com.tr>", "Laura Niemi <laura.niemi@pohjoladesign.fi>",
         "RE: PO 4400-2340 Inari backpack — samples ready", "Tue, 11 Jun 2024 17:25:00 +0300", _p25,
         in_reply_to="<po-4400-2340@pohjoladesign.fi>"))])


# p26 -- Supplier weekly status report (PDF): alloy bought for 800 with 40 released.
case("p26_status_report_alloy_800", ["RG006"],
     "supplier status report: CF8M ingot for about 800 bodies bought while 40 are released, no material authority",
     [("Weekly_Status_KW24_VirtausValves.pdf", pdf([
         ("h1", "Plovdiv Precision Cast EOOD — Weekly status, week 24/2024"),
         ("p", "Customer: Virtaus Valves Oy, Vantaa · Prepared by: Stoyan Georgiev · 14.06.2024"),
         ("table", [
             ["Order", "Item", "Released", "On hold", "Status", "Material"],
             ["PO 7700-4471", "Valve body DN50 CF8M, VV-5050 rev 2", "40 (samples)", "760",
              "40 cast, X-ray OK, shipping 14.06.", "CF8M ingot 1,9 t purchased and received 10.06. (≈ 800 bodies)"],
             ["PO 7700-4390", "Bonnet DN50, VV-5051", "300", "—", "machining 180/300", "in stock"],
         ]),
         ("sp",),
         ("p", "Comments: the CF8M price goes up 6 % from July (Ni surcharge), so we covered the full quantity now. "
               "Melt slot week 27 kept open for you."),
         ("p", "Quality: PPM week 24 = 0. Open 8D: none. Next audit follow-up planned 25.06."),
     ], title="Weekly status KW24", author="PPC"))])


# p27 -- Supplier treats a forecast as an order and buys film for it.
_p27 = """Hei Kadri,

thank you for the call-off RL-2024-009, the 2,000 NS-118 labels are in production and ship in week 27.

Based on your forecast order of 50 000 NFC labels for 2025 we have also placed the PET film and
silver ink order for the full 50 000 with our supplier in Germany — lead time for the film is now 10
weeks, so this keeps us on the safe side for your Q1 peaks.

Ystävällisin terveisin,
Jussi
""" + sig2(["Jussi Heikkilä", "Key Account Manager", "Painoelektro Oy", "Teknologiantie 14, 90590 Oulu",
            "+358 8 555 0133"], FI_DISC) + """
> Kadri Tamm wrote on 03.06.2024:
> Jussi, for your planning: forecast 2025 for NS-118 is about 50 000 labels, split roughly
> 60/40 between H1 and H2. Call-off RL-2024-009 follows this week for 2,000.
"""
case("p27_forecast_order_film", ["RG006", "RG008"],
     "supplier calls a planning forecast an order and buys film and ink for 50 000 while 2,000 are released",
     [("RE_forecast_2025_NS-118.eml", mail(
         "Jussi Heikkilä <jussi.heikkila@painoelektro.fi>", "Kadri Tamm <kadri.tamm@nutisilt.ee>",
         "RE: forecast 2025 NS-118", "Thu, 13 Jun 2024 11:18:00 +0300", _p27,
         in_reply_to="<fc2025-ns118@nutisilt.ee>"))])


# p28 -- WhatsApp: logs for all six houses already kiln-dried.
_p28 = """WhatsApp Chat with Artūrs (Koka Mājas)
04/06/2024, 08:30 - Juha Korhonen: Labas rīts Artūrs! PO HK-2024-131 sent. House no. 1 (Koivu 120) is released. Houses 2–6 are on hold — not released — until the site inspection sign-off of house 1 in Lahti and my written release.
04/06/2024, 08:41 - Artūrs Kalniņš: Paldies Juha, clear. House 1 in production from week 25.
17/06/2024, 17:12 - Artūrs Kalniņš: Small update: wall elements of house 1 are 70 % ready.
17/06/2024, 17:13 - Artūrs Kalniņš: FYI the logs for all six houses are already kiln-dried and stacked in our yard, we bought the lot in May, very good price 😉
17/06/2024, 17:20 - Juha Korhonen: ok. truck booking for house 1: 08.07, two trailers
"""
case("p28_whatsapp_logs_six_houses", ["RG006"],
     "supplier bought and kiln-dried logs for six houses while one house is released",
     [("WhatsApp_Chat_KokaMajas.txt", _p28)])


# p29 -- Telegram: prepayment read as go, granulate for the full lot, and "we launch right after samples".
_p29 = """Telegram · Sæfang — Lvivplast · export 24.06.2024

Einar Helgason, [10.06.2024 09:02]
Dobryi den Taras. PO 2024-612 is for 20 sample crates (600-400-200 low model). The other 4 980 are not released — they wait for our freezer test sign-off and my written release.

Taras Melnyk, [10.06.2024 09:30]
Добре, thank you Einar. Proforma for the samples and tooling modification sent.

Taras Melnyk, [20.06.2024 12:11]
Prepayment received, thank you! So the order is confirmed and we have started production of the crates 💪

Taras Melnyk, [20.06.2024 12:12]
We bought HDPE granulate for the full 5 000 crates, price from Borealis is good this month

Taras Melnyk, [20.06.2024 12:14]
Once you confirm the 20 samples we launch the whole batch right away, no need for extra paperwork 👍

Einar Helgason, [24.06.2024 08:05]
Samples arrived in Reykjavík this morning, thanks. Freezer starts tomorrow.
"""
case("p29_telegram_prepayment_granulate", ["RG006", "RG007", "RG012"],
     "supplier treats prepayment as start, buys granulate for 5 000 with 20 released, and plans to launch on sample confirmation",
     [("Telegram_Saefang_Lvivplast.txt", _p29)])


# p30 -- Supplier bought bar for all 150 and will continue once the prototypes are OK'd.
_p30 = """Dear Sigríður,

the 3 prototype knife holders passed our CMM today (report attached in the next mail, 42 features,
all in tolerance; Ra 0.6 on the blade seat).

We are so confident that the prototypes will pass your FAI that we have already ordered the 1.4404
bar for all 150 holders — the mill had a good price for Ø80. Once you OK the prototypes, we continue
with the other 147 without waiting, to win time for your December machines.

Pagarbiai / Best regards,
Darius
""" + sig2(["Darius Petrauskas", "Sales Engineer", "UAB Klaipėdos Mechanika", "Pramonės g. 8, LT-94102 Klaipėda",
            "+370 46 555 019"], LT_DISC) + """
> From: Sigríður Jónsdóttir <sigridur@norduras.is>
> Sent: Thursday, 30 May 2024 08:14
> Subject: IP-24-0421 knife holders
>
> Darius, PO IP-24-0421 is for 3 (three) prototype knife holders only. The other 147 of the 150
> in your quotation are not released. They are released only by my written release after our FAI
> sign-off. Material for the 3 prototypes only, please.
> Sigríður Jónsdóttir, Operations Director, Vélsmiðjan Norðurás ehf.
"""
case("p30_bar_for_150_continue_on_ok", ["RG006", "RG007"],
     "supplier bought bar for 150 with 3 released and plans to continue with 147 once prototypes are OK'd, despite written-release scope",
     [("RE_IP-24-0421_prototypes.eml", mail(
         "Darius Petrauskas <darius@kmechanika.lt>", "Sigríður Jónsdóttir <sigridur@norduras.is>",
         "RE: IP-24-0421 knife holders — prototypes OK at CMM", "Mon, 17 Jun 2024 16:40:00 +0300", _p30,
         in_reply_to="<ip-24-0421@norduras.is>"))])


# p31 -- Folder: buyer's PO (PDF) + the supplier's work order printout with material for the full lot.
_p31_po = pdf([
    ("h1", "PUITMAJA KODU OÜ — OSTUTELLIMUS / PURCHASE ORDER PK-2024-0340"),
    ("p", "Ringtee 37, 50105 Tartu · Supplier: Mobila Suceava SRL, Str. Humorului 61, 720224 Suceava"),
    ("table", [
        ["Rida", "Kood", "Nimetus", "Kogus", "Ulatus / scope", "Hind EUR"],
        ["1", "KC-600", "Kitchen base cabinet 600, carcass PAL 18 mm Egger H1145, sample", "4", "sample", "96,00"],
    ]),
    ("sp",),
    ("p", "This PO covers 4 sample cabinets only. The remaining 136 cabinets of the 140 in your offer "
          "MS-24-066 are not released."),
    ("p", "Unlock: sample sign-off at our Tartu site, then a written release from Marju Saar, ostujuht / "
          "Purchasing Manager. Material authority: sample-only."),
    ("p", "Tartu, 03.06.2024 — Marju Saar"),
], title="PK-2024-0340", author="Puitmaja Kodu OU")
_p31_wo = """MOBILA SUCEAVA SRL                           COMANDĂ DE PRODUCȚIE / WORK ORDER  CP-2024-0551
Client: PUITMAJA KODU OÜ, Tartu (EE)          Ref. client: PK-2024-0340        Data: 05.06.2024
-----------------------------------------------------------------------------------------------
Produs / product       : KC-600 corp bază 600 / base cabinet 600
Cantitate de produs    : 4 buc (mostre / samples)
Termen                 : săpt. 25
-----------------------------------------------------------------------------------------------
Necesar materiale / material requisition:
  PAL 18 mm Egger H1145 ST10  2800x2070   ..... 70 plăci  (lot complet 140 corpuri, comandat 05.06.)
  Cant ABS 1 mm H1145                     .... 900 m    (lot complet)
  Balamale Blum Clip top 110°             .... 560 buc  (lot complet)
  Picioare reglabile 100 mm               .... 560 buc  (lot complet)
-----------------------------------------------------------------------------------------------
Observații: material pentru tot lotul cumpărat de la început — preț mai bun, aceeași nuanță.
            (material for the whole lot bought up front — better price, same shade)
Emis de / issued by: ing. Mihai Rusu                          Verificat: C. Andrieș
"""
case("p31_bundle_po_workorder", ["RG006"],
     "folder: buyer's complete sample PO (4) + supplier work order buying board and hardware for all 140",
     [("PO_PK-2024-0340.pdf", _p31_po), ("CP-2024-0551_workorder.txt", _p31_wo)])


# p33 -- Supplier order confirmation (DOCX): series starts automatically with the sample approval.
case("p33_oc_series_automatic_docx", ["RG007"],
     "supplier order confirmation says series production starts automatically with the sample approval; nothing recorded",
     [("SiparisOnayi_OC-24-0233.docx", docx_bytes([
         ("h1", "BURSA ÖRME TEKSTİL SAN. A.Ş. — SİPARİŞ ONAYI / ORDER CONFIRMATION OC-24-0233"),
         ("p", "Müşteri / Customer: Mets & Meri OÜ, Telliskivi 60a, 10412 Tallinn · Your PO MM-0452 of 05.06.2024"),
         ("table", [
             ["Poz.", "Model", "Açıklama", "Adet / Qty", "Birim fiyat", "Termin"],
             ["1", "MM-K12 'Pärnu'", "Knit cardigan, 70 % merino / 30 % PA, 3 colours x 8 sizes, sample", "24",
              "EUR 22,50", "21.06.2024"],
         ]),
         ("p", "Notlar / Notes:"),
         ("li", "Numune onayı ile birlikte seri üretime otomatik olarak başlanacaktır. — With your sample "
                "approval, series production starts automatically, so that the delivery date of week 38 can be kept."),
         ("li", "Yarn: Südwolle merino 2/48 Nm, dyed in our dyehouse, colour fastness ISO 105-C06 ≥ 4."),
         ("li", "Packing: 1 piece per polybag, 12 per carton, carton label per your routing guide v2.1."),
         ("p", "Saygılarımızla / Best regards — Serkan Öztürk, Export Sales"),
     ], author="Serkan Ozturk"))])


# p34 -- Finnish buyer undoes her own written-release requirement.
_p34 = """Hei Radu,

thanks for the quick delivery of the 50 samples of BV-32.

Just to remind: per PO IV-2024-0230 the balance of 1,150 bodies needs my written release after the
pressure test (shell test 1.5 x PN, seat test per EN 12266-1, rate A).

Honestly, to save us both time: if the pressure test passes next week, just carry on with the
rest — no need to wait for an email from me. I am on summer holiday from 1 July anyway and the
office is quiet until August.

Hyvää juhannusta! 🌞
Anna-Kaisa
""" + sig2(["Anna-Kaisa Heikkinen", "Supply Chain Manager", "Ilmaventti Oy", "+358 3 555 0140"], FI_DISC)
case("p34_buyer_carry_on_after_test", ["RG007"],
     "buyer tells supplier to carry on with the 1,150 if the test passes, without her written release (implied auto-conversion)",
     [("BV-32_samples_next_steps.eml", mail(
         "Anna-Kaisa Heikkinen <anna-kaisa.heikkinen@ilmaventti.fi>", "Radu Ionescu <radu.ionescu@valvex.ro>",
         "BV-32 samples — next steps", "Thu, 20 Jun 2024 15:55:00 +0300", _p34))])


# p35 -- Minutes (PDF): "after PPAP sign-off, series production starts automatically".
case("p35_minutes_ppap_automatic_pdf", ["RG007"],
     "minutes agree series starts automatically after PPAP sign-off, contradicting the PO's written release; no recorded auto-conversion",
     [("Minuta_Termoinstal_SofiaArmatura.pdf", pdf([
         ("h1", "MINUTĂ ȘEDINȚĂ / MINUTES — Termoinstal SRL & Sofia Armatura AD"),
         ("p", "Ploiești, 13.06.2024. Participants: Cristina Dobre (Termoinstal, Achiziții), Mihai Stan "
               "(Termoinstal, Calitate), Petar Ivanov, Desislava Koleva (Sofia Armatura)."),
         ("p", "Part: manifold 1\" 4-way, brass, drawing TI-M4-01 rev. C · PO TI-24-0415."),
         ("table", [
             ["Item", "Discussion", "Result"],
             ["1", "PO TI-24-0415 scope", "50 PPAP samples ordered. 4,950 pcs not released; written release by "
              "Cristina Dobre after PPAP sign-off."],
             ["2", "PPAP level 3 documents", "PSW, control plan, MSA, capability Cpk ≥ 1.67 on 3 key features."],
             ["3", "Timing", "To keep the heating season, it was agreed that after the PPAP sign-off series "
              "production starts automatically."],
             ["4", "Packaging", "Carton 20 pcs, pallet 1200x800, max 750 kg."],
         ]),
         ("sp",),
         ("p", "Minute întocmite de / minutes by: Mihai Stan."),
     ], title="Minuta 13.06.2024", author="Termoinstal SRL"))])


# p36 -- Quality agreement clause: initial sample approval = release for serial production.
case("p36_qa_clause_isir_release_docx", ["RG007"],
     "quality agreement clause makes initial sample approval a release for series production with no quantity, signer or conditions",
     [("QualityAgreement_KM-LM-2024.docx", docx_bytes([
         ("h1", "Quality Agreement — Kauno Medicina UAB / Lutsk Medplast LLC"),
         ("p", "Document QA-KM-LM-2024, revision 01, valid from 01.07.2024."),
         ("h", "5. Initial samples"),
         ("p", "5.1 The Supplier submits initial samples with an initial sample inspection report (ISIR) for "
               "every new part, new tool or process change."),
         ("p", "5.2 Approval of the initial samples constitutes release for serial production of the quantities "
               "in the open purchase orders."),
         ("p", "5.3 The Buyer reviews the ISIR within 15 working days."),
         ("h", "6. Traceability"),
         ("p", "6.1 Lot traceability from resin lot to shipping carton; records kept for 15 years (MDR Art. 10)."),
         ("table", [
             ["Contact", "Kauno Medicina UAB", "Lutsk Medplast LLC"],
             ["Quality", "Dr. Rūta Jankauskienė", "Iryna Marchuk"],
             ["Purchasing", "Ieva Balčiūnė", "Andrii Kravets"],
         ]),
     ], author="Kauno Medicina UAB"))])


# p38 -- Supplier production plan (HTML): series continues directly after inspection.
case("p38_production_plan_html", ["RG007"],
     "supplier plan shows series elements starting automatically after the buyer's inspection sign-off",
     [("Production_plan_HK-2024-140.html", html_page("Ražošanas plāns / production plan HK-2024-140", """
<h2>SIA Koka Mājas — Ražošanas plāns / Production plan</h2>
<p>Customer: Hirsikoti Oy, Lahti · Order HK-2024-140 · House type 'Mänty 95' · Issue 2, 12.06.2024</p>
<table>
<tr><th>Week</th><th>Step</th><th>Who</th><th>Note</th></tr>
<tr><td>27</td><td>Sample wall element W-08 (1 pc)</td><td>Koka Mājas</td><td>as per PO</td></tr>
<tr><td>28</td><td>Delivery of sample to Lahti</td><td>Koka Mājas</td><td>own trailer</td></tr>
<tr><td>29</td><td>Factory inspection sign-off</td><td>Hirsikoti</td><td>J. Korhonen</td></tr>
<tr><td>30–36</td><td>Series wall, roof and floor elements</td><td>Koka Mājas</td><td>starts automatically after inspection OK</td></tr>
<tr><td>37</td><td>Delivery of series</td><td>Koka Mājas</td><td>4 trailers per week</td></tr>
</table>
<p class="note">Production of the series continues directly after your inspection sign-off, so the
CNC slot on the Hundegger line stays booked. Glulam GL24h, CLT 100 mm, moisture 12 % ± 2 %.</p>
<p>Ar cieņu, Artūrs Kalniņš · Sales Manager · +371 2955 0143</p>
"""))])


# p40 -- EDI DELFOR printout: buyer writes the forecast as a firm order.
_p40 = """EDIFACT DELFOR D.97A — print from Агротермінал Південь ERP (BAS) — 01.07.2024 07:30
UNB+UNOC:3+4820000111222:14+5940000333444:14+240701:0730+AT240701'
UNH+1+DELFOR:D:97A:UN'
BGM+241+DF-2024-27+9'                               delivery schedule DF-2024-27
DTM+137:20240701:102'
NAD+BY+4820000111222::9++AGROTERMINAL PIVDEN'
NAD+SE+5940000333444::9++PLASTCRAFT SRL BACAU'
LIN+1++600400320:SA'                                folding crate 600x400x320
SCC+4'                                              4 = forecast
QTY+113:8000'  DTM+158:20240801:102'                08/2024   8 000
QTY+113:12000' DTM+158:20240901:102'                09/2024  12 000
QTY+113:9000'  DTM+158:20241001:102'                10/2024   9 000
FTX+AAI+++PLEASE TREAT SEPTEMBER FORECAST 12000 PCS AS OUR FIRM ORDER:START PRODUCTION PLANNING AND RESERVE PRESS CAPACITY'
UNT+13+1'
UNZ+1+AT240701'
"""
case("p40_delfor_forecast_as_order", ["RG008"],
     "DELFOR forecast lines (SCC 4) with a note telling the supplier to treat the forecast as a firm order",
     [("DELFOR_DF-2024-27.txt", _p40)])


# p41 -- Supplier order confirmation (PDF) confirming a forecast as an order.
case("p41_oc_confirms_forecast_pdf", ["RG008"],
     "supplier confirms 'your order of 240.000 units' that is the buyer's annual forecast",
     [("OrderConfirmation_MP-24-0612.pdf", pdf([
         ("h1", "SIA MEDPLAST — PASŪTĪJUMA APSTIPRINĀJUMS / ORDER CONFIRMATION MP-24-0612"),
         ("p", "Rūpnīcu iela 5, Olaine LV-2114 · To: Kauno Medicina UAB, Kaunas · 12.06.2024"),
         ("table", [
             ["Pos.", "REF", "Description", "Quantity", "Basis", "Delivery"],
             ["1", "ML-5LL", "Luer-lock syringe 5 ml, sterile EO", "240.000", "your annual forecast 2025 (FC-2025-01)",
              "monthly, 20.000 / month"],
         ]),
         ("sp",),
         ("p", "We confirm your order of 240.000 units (your annual forecast 2025, ref. FC-2025-01) and have reserved "
               "capacity on injection line 3 and assembly line 2 for the whole of 2025."),
         ("p", "Prices: EUR 0,041 / pc, FCA Olaine, valid for 2025. Sterilisation per ISO 11135. CE 2797."),
         ("p", "Ar cieņu / Best regards — Jānis Ozoliņš, Valdes loceklis"),
     ], title="MP-24-0612", author="SIA Medplast"))])


# p42 -- Icelandic buyer: "count on the forecast as our commitment" (HTML attachment with the forecast).
_p42_att = html_page("Spá / forecast 2024-2025", """
<h3>Hafbúnaður ehf. — spá / forecast, herring season 2024–2025</h3>
<table>
<tr><th>Product</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th><th>Total</th></tr>
<tr><td>Filleting line FL-12, scraper kit HB-2210 (50 blades per line)</td><td>4</td><td>6</td><td>4</td><td>14 lines</td></tr>
</table>
<p>Forecast, planning figures.</p>
""")
_p42 = """Sæl Rasa,

attached is our forecast for the coming herring and capelin season: 14 filleting lines, each with
a kit of 50 HB-2210 blades.

You can count on that as our commitment — please plan your capacity for it.
The individual POs will come a few weeks before each installation, as usual.

Kær kveðja,
Guðrún
""" + sig2(["Guðrún Sigurðardóttir", "Innkaupastjóri / Purchasing Manager", "Hafbúnaður ehf.",
            "+354 555 0123"], IS_DISC)
case("p42_forecast_commitment_html_att", ["RG008"],
     "buyer turns a forecast of 14 lines into 'our commitment' for capacity and stock planning",
     [("Forecast_season_2024-25.eml", mail(
         "Guðrún Sigurðardóttir <gudrun@hafbunadur.is>", "Rasa Jankauskaitė <rasa@bpw.lt>",
         "Forecast season 2024/25", "Fri, 21 Jun 2024 14:00:00 +0000", _p42,
         attachments=[("Forecast_2024-25.html", _p42_att, HTML_MT)]))])


# p45 -- "approved" for the PO (finance) and for the samples (QA) in one mail.
_p45 = """Hello Stoyan,

good news from Vantaa: PO 7700-4512 rev 1 is approved by our finance, and the 40 sample bodies of the
new DN65 valve (VV-6565 rev 1) are approved by QA after CMM and the shell test.

The remaining 760 bodies stay on hold. I will release them in writing after the seat-leakage test
sign-off next week (EN 12266-1, rate A). Material authority remains sample-only.

Br,
Mikko
""" + sig2(["Mikko Laine", "Category Manager", "Virtaus Valves Oy", "Tikkurilantie 136, 01530 Vantaa",
            "+358 9 555 0177"], FI_DISC)
case("p45_approved_finance_and_qa", ["RG009"],
     "'approved' used for the PO (finance, commercial) and for the samples (QA, technical) in one message",
     [("VV-6565_PO_and_samples.eml", mail(
         "Mikko Laine <mikko.laine@virtausvalves.fi>", "Stoyan Georgiev <s.georgiev@ppcast.bg>",
         "VV-6565 — PO rev 1 and sample result", "Mon, 24 Jun 2024 10:30:00 +0300", _p45))])


# p46 -- SAP printout: "Release status: RELEASED" (release strategy) next to production release wording.
_p46 = """ILMAVENTTI OY                                           PURCHASE ORDER / OSTOTILAUS
Hatanpään valtatie 48, 33900 Tampere                    PO number       4500021877
                                                        PO date         03.06.2024
Vendor 100488  VALVEX SRL                               Purch. group    P12  A-K. Heikkinen
Str. Zizinului 110, 500407 Brasov, RO                   Release status  RELEASED
                                                        Rel. strategy   Z2 / level 2 (CFO)

Item  Material     Short text                          Qty      UoM  Net price  Deliv. date
----  -----------  ----------------------------------  -------  ---  ---------  -----------
00010 IV-4040-E    Mixing valve body DN40, CW617N         20    PC       24,80  28.06.2024
                   sample lot, dwg IV-4040 rev E
----  -----------  ----------------------------------  -------  ---  ---------  -----------
                                                               Total net value     496,00 EUR

Header text:
  Production not released beyond item 00010 (20 pcs sample). Balance of 1,980 pcs (offer
  VX-Q-0902, 2,000 pcs) on hold. Production release by written release from Anna-Kaisa
  Heikkinen after sample sign-off (pressure test EN 12266-1).

SAP ERP 6.0 - ME9F print - 03.06.2024 11:42 - user AKHEIKKI
"""
case("p46_sap_release_status_txt", ["RG009"],
     "SAP 'Release status: RELEASED' (internal PO approval) printed next to production release wording",
     [("SAP_PO_4500021877.txt", _p46)])


# p47 -- DOCX: "release" for the drawing and for production; 2,500 in text vs 2,000 in table.
case("p47_release_drawing_and_qty_docx", ["RG009", "RG011"],
     "'release' used for the drawing and for production; release text says 2,500 while the table says 2,000",
     [("Release_NS-121_call-off_01.docx", docx_bytes([
         ("h1", "Nutisilt OÜ — NS-121 call-off 01"),
         ("p", "To: Painoelektro Oy, Oulu · 26.06.2024 · Frame order NS-FR-2024-02 (20,000 labels)"),
         ("p", "Drawing NS-121 rev C is released (engineering change EC-24-017: antenna trace width 0.35 mm)."),
         ("p", "Release for production: 2,500 labels, delivery week 30."),
         ("table", [
             ["Item", "Frame qty", "Released qty", "On hold"],
             ["NS-121 rev C NFC label", "20,000", "2,000", "18,000"],
         ]),
         ("p", "The quantity on hold is not released. Unlock event: next call-off signed by Kadri Tamm, "
               "Supply Manager. Material authority: film and ink for the released quantity only."),
         ("p", "Kadri Tamm"),
     ], author="Kadri Tamm"))])


# p48 -- Supplier portal page: "Approved" for the PO workflow, "Approved" for samples, "approval" for production.
case("p48_portal_status_approved_html", ["RG009"],
     "buyer's portal uses 'Approved' for the PO workflow and the sample result and 'approval' for production",
     [("Portal_VS-24-081.html", html_page("Supplier portal — VS-24-081", """
<h2>SIA Virtuves Studija — Supplier portal</h2>
<p>Supplier: Mobila Suceava SRL · logged in as mihai.rusu · 25.06.2024 09:14</p>
<table>
<tr><th>Document</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>PO VS-24-081 — wall cabinet 400, 4 pcs sample</td><td>Approved</td><td>10.06.2024</td><td>workflow (budget owner)</td></tr>
<tr><td>Samples VS-24-081 (4 pcs)</td><td>Approved</td><td>24.06.2024</td><td>Quality, K. Ozols</td></tr>
<tr><td>Production approval — 96 pcs</td><td>Pending</td><td>—</td><td>Ilze Bērziņa</td></tr>
</table>
<div class="note">Only the 4 sample cabinets are ordered. The remaining 96 are not released until a written
release from Ilze Bērziņa, Purchasing, after the sample sign-off.</div>
"""))])


# p49 -- Supplier: PO "released in our ERP" and prepayment means production is released too.
_p49 = """Dear Kertu Hanım,

your PO MM-0460 (Tallinn parka, style MM-P07) is released in our ERP today, and with your prepayment
received this morning, production is released as well — we start cutting on Monday.

Fabric: 100 % recycled PA, 2-layer, DWR C0; the lab report for EN 343 is ready.

Saygılarımla,
Serkan
""" + sig2(["Serkan Öztürk", "Export Sales", "Bursa Örme Tekstil San. A.Ş.", "+90 224 555 0172"], KVKK) + """
> From: Kertu Kask <kertu@metsjameri.ee>
> Sent: 12 June 2024 09:40
> Subject: PO MM-0460 parka
>
> Serkan, PO MM-0460: 12 sample parkas (4 colours x 3 sizes). The remaining 588 of the 600 are not
> released — they need our fit session sign-off and my written release. The 30 % prepayment on
> the proforma goes out this week.
> Kertu Kask, Head of Sourcing, Mets & Meri OÜ
"""
case("p49_released_in_erp_prepayment", ["RG009", "RG012"],
     "supplier uses 'released' for PO entry and for production, and reads the prepayment as production authority",
     [("RE_PO_MM-0460_parka.eml", mail(
         "Serkan Öztürk <serkan@bursaorme.com.tr>", "Kertu Kask <kertu@metsjameri.ee>",
         "RE: PO MM-0460 parka", "Fri, 21 Jun 2024 12:00:00 +0300", _p49,
         in_reply_to="<mm-0460@metsjameri.ee>"))])


# p51 -- DOCX PO: text says fifteen (15), table says 12.
case("p51_words_15_table_12_docx", ["RG011"],
     "PO text authorizes fifteen (15) sample cleats while the line table says 12",
     [("PO_AS-24-131_cleats.docx", docx_bytes([
         ("h1", "AEGEAN SAILS & RIGGING — PURCHASE ORDER AS-24-131"),
         ("p", "Lavrio, 17.06.2024 · Supplier: Mert Marin Aksesuar Ltd. Şti., Tuzla / İstanbul"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Scope", "Unit EUR"],
             ["1", "AS-CL-250", "Cleat 250 mm, 6082-T6, hard anodized black", "12", "sample", "18,40"],
         ]),
         ("p", "We order fifteen (15) sample cleats for the load test. The remaining 485 of the 500 in your "
               "offer MM-0611 are not released."),
         ("p", "They are released only by a written release from Konstantinos Mavridis after the load test "
               "sign-off (2,5 t, 3 cycles). Material authority: sample-only."),
         ("p", "Φιλικά — Konstantinos Mavridis"),
     ], author="Konstantinos Mavridis"))])


# p52 -- Folder: release email says 1,500, the PO revision says 1,200 for the same call-off.
_p52_po = pdf([
    ("h1", "FRUCTCRATE SRL — COMANDĂ FC-24-118 REV. 02"),
    ("p", "Furnizor: Ruse Plast OOD, Ruse · Data revizie: 20.06.2024"),
    ("table", [
        ["Rev.", "Content", "Released qty", "Cumulative", "On hold"],
        ["00", "Sample crates", "30", "30", "2,970"],
        ["02", "Call-off 02 (this revision)", "1,200", "1,230", "1,770"],
    ]),
    ("sp",),
    ("p", "The quantity on hold is not released. Unlock: call-off 03 signed by Ioana Marin, Procurement "
          "Manager. Material authority: released quantity only."),
], title="FC-24-118 rev 02", author="FructCrate SRL")
_p52_mail = """Dear Plamen,

following the drop test sign-off, we release 1,500 crates under call-off 02 (PO FC-24-118 rev. 02
attached separately). Delivery in two trucks, week 28 and week 29, DAP Focșani.

The rest stays on hold until call-off 03, which I will sign.

Cu stimă,
Ioana Marin
""" + sig2(["Ioana Marin", "Procurement Manager", "FructCrate SRL", "+40 237 555 019"], RO_DISC)
case("p52_bundle_release_1500_po_1200", ["RG011"],
     "folder: release email releases 1,500 under call-off 02 while the PO revision shows 1,200 for the same call-off",
     [("Release_call-off_02.eml", mail(
         "Ioana Marin <ioana.marin@fructcrate.ro>", "Plamen Todorov <p.todorov@ruseplast.bg>",
         "Call-off 02 FC-24-118", "Thu, 20 Jun 2024 16:10:00 +0300", _p52_mail)),
      ("PO_FC-24-118_rev02.pdf", _p52_po)])


# p57 -- Estonian buyer: prepayment paid, "so please start the production".
_p57 = """Tere Artūrs,

PO HK-2024-150 (house type 'Kask 96', Viljandi project) covers the sample roof cassette only, 1 pc.
The elements for the three houses are not released until our site inspection sign-off and a written
release from me.

We transferred the 30 % prepayment for the whole project (EUR 41.850,00) today, so please start the
production.

Invoice address stays the same; delivery address for the sample: Ranna tee 4, Viljandi.

Lugupidamisega,
Marju
""" + sig2(["Marju Saar", "Ostujuht / Purchasing Manager", "Puitmaja Kodu OÜ", "+372 7 555 018"], EE_DISC)
case("p57_prepayment_start_production", ["RG012"],
     "buyer links the project prepayment to 'please start the production' while the PO releases one sample cassette",
     [("HK-2024-150_roof_cassette.eml", mail(
         "Marju Saar <marju.saar@puitmajakodu.ee>", "Artūrs Kalniņš <arturs@kokamajas.lv>",
         "HK-2024-150 prepayment / sample roof cassette", "Tue, 25 Jun 2024 14:30:00 +0300", _p57))])


# p58 -- Supplier: accepted order confirmation for 1,000 = full run scheduled; PO says 30 trial pieces.
_p58_oc = pdf([
    ("h1", "PLOVDIV PRECISION CAST EOOD — ORDER CONFIRMATION AB-2291"),
    ("p", "Customer: Dnipro Hydraulics LLC, Dnipro · Your PO 131/24 · 10.06.2024"),
    ("table", [
        ["Pos", "Item", "Ordered qty", "Unit EUR", "Delivery"],
        ["1", "Pump housing DH-2207 rev 1, EN-GJS-500-7", "1.000 pcs", "18,50", "week 31"],
        ["2", "Pattern / tooling", "1", "2.400,00", "done"],
    ]),
    ("p", "Please sign and return. Our general terms of sale GTS-2022 apply."),
], title="AB-2291", author="PPC")
_p58 = """Dobryi den Oleksandr,

since you accepted our order confirmation AB-2291 (signed copy received 12.06., thank you), we have
scheduled the full casting run for week 29 — 1.000 housings, 3 melts.

The 30 trial pieces are machined and leave on Friday.

Поздрави,
Stoyan
""" + sig2(["Stoyan Georgiev", "Sales Engineer", "Plovdiv Precision Cast EOOD", "+359 32 555 014"], BG_DISC) + """
> From: Oleksandr Shevchenko
> Sent: 10.06.2024
> PO 131/24 is for 30 trial pieces only. The other 970 are not released; they wait for our X-ray
> sign-off and a written release signed by me. Material for the 30 only.
> Oleksandr Shevchenko, Chief Technologist, Dnipro Hydraulics
"""
case("p58_oc_acceptance_full_run", ["RG011", "RG012"],
     "supplier treats the accepted order confirmation as authority for the full 1.000; OC states 1.000 while the PO authorizes 30",
     [("RE_PO_131-24_DH-2207.eml", mail(
         "Stoyan Georgiev <s.georgiev@ppcast.bg>", "Oleksandr Shevchenko <o.shevchenko@dniprohydraulics.com.ua>",
         "RE: PO 131/24 — casting run scheduled", "Mon, 17 Jun 2024 09:45:00 +0300", _p58,
         in_reply_to="<po-131-24@dniprohydraulics.com.ua>",
         attachments=[("AB-2291.pdf", _p58_oc, PDF_MT)]))])


# p59 -- Viber: "deposit received, we start the 242 tomorrow".
_p59 = """Viber · Ege Tekne ⇄ Piraeus Bronze · export 27.06.2024

[14.06.2024 10:20] Deniz Aksoy: Kalimera Giorgo. PO ETD-24-331: 8 sample portlights 400x180 only. The other 242 wait for the sea trial sign-off on hull B-62 and my written release.
[14.06.2024 10:31] Giorgos Lambrou: Merhaba Deniz, ok 8 samples. proforma for deposit comes today
[26.06.2024 18:02] Giorgos Lambrou: Deposit received 👍 thank you
[26.06.2024 18:03] Giorgos Lambrou: we start the 242 tomorrow, foundry slot is free
[27.06.2024 08:15] Deniz Aksoy: ok, samples ETA?
[27.06.2024 08:20] Giorgos Lambrou: samples Monday with Aras
"""
case("p59_viber_deposit_start_242", ["RG012"],
     "supplier starts the 242 production portlights because the deposit arrived, although they wait for sea trial + written release",
     [("Viber_EgeTekne_PiraeusBronze.txt", _p59)])


# ====================================================================== BUILD
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
    return stem


def _bytes(data):
    if isinstance(data, EmailMessage):
        return eml_bytes(data)
    if isinstance(data, str):
        return data.encode("utf-8")
    return data


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(1616).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    mapping = []
    for i, c in enumerate(order, 1):
        folder = f"h16_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(_bytes(data))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping.append((folder, c["name"]))
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    main()
