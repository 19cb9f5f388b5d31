#!/usr/bin/env python3
"""Generator for the releasegate check_holdout110 corpus (outdoor and camping gear).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout110/build.py

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
    m["Message-ID"] = msgid or f"<h110-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h110")
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



TXT_MT = "text/plain"
HTML_MT = "text/html"


def quote(text):
    """Prefix every line with '> ' like a mail client does for a quoted reply."""
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def chat(lines, header="", sep=" - "):
    """lines: list of (timestamp, sender, message). WhatsApp-style export
    (Android: "date, time - name: msg"; iOS: "[date, time] name: msg" with sep=" ")."""
    out = [header] if header else []
    for ts, who, msg in lines:
        out.append(f"{ts}{sep}{who}: {msg}")
    return "\n".join(out) + "\n"


def kakao(title, date_line, lines):
    """KakaoTalk PC export style. lines: (time, sender, message); ("date", text) starts a new day."""
    out = [f"{title} 님과 카카오톡 대화", f"저장한 날짜 : {date_line}", ""]
    for ln in lines:
        if ln[0] == "date":
            out.append("")
            out.append(f"--------------- {ln[1]} ---------------")
            continue
        t, who, msg = ln
        out.append(f"[{who}] [{t}] {msg}")
    return "\n".join(out) + "\n"


def B(s):
    return s.encode("utf-8")



# ============================================================================ CASES
# Descriptive names: c.. = clean (expect []), p.. = positive (expect has rules).
# The folder names written to cases/ are neutral and shuffled.

# ---------------------------------------------------------------- batch 1
# p01: sample PO for proto tents; the colour table carries the season quantity, nothing about
# the balance, no unlock event, nobody named to release.
case("p01_tent_proto_po", ["RG001", "RG003", "RG004", "RG005"],
     "proto PO for 6 tents shows SS25 season qty 3,600 in the same table; no hold, no event, no release person",
     [("RO-24-0318_Talus2P_proto.pdf", pdf([
         ("h1", "PURCHASE ORDER RO-24-0318"),
         ("p", "Ridgeline Outdoor Co. | 1840 Pearl Street, Suite 300 | Boulder, CO 80302 | USA"),
         ("p", "Supplier: Saigon Peak Tent Co., Ltd. | Lot C-7, Nam Tan Uyen IP | Tan Uyen, Binh Duong | Vietnam"),
         ("p", "PO date: March 18, 2024 | Buyer: Megan Doyle | Payment terms: Net 30 | Ship via: DHL Express, "
               "DAP Boulder"),
         ("h", "Item"),
         ("p", "Talus 2P backpacking tent, style TL2-SS25, proto round 2 per tech pack TL2-TP-v4 (rev C). "
               "Fly 20D silnylon PU 1,500 mm HH; floor 30D nylon 3,000 mm HH; poles DAC NSL 8.7 mm."),
         ("table", [
             ["Colorway", "Size", "Proto qty (this PO)", "SS25 season qty", "Unit price USD"],
             ["Sage / Slate", "2P", "2", "1,800", "185.00 proto / 58.40 FOB"],
             ["Rust / Sand", "2P", "2", "1,200", "185.00 proto / 58.40 FOB"],
             ["Glacier / Grey", "2P", "2", "600", "185.00 proto / 58.40 FOB"],
             ["Total", "", "6", "3,600", ""],
         ]),
         ("sp",),
         ("h", "Delivery and notes"),
         ("p", "Protos to arrive in Boulder by April 12, 2024, attn. Product Development (Lauren Pike). "
               "Please pitch each proto once before packing and include the pitch photos."),
         ("p", "Season ex-factory target: November 15, 2024. Drop date in store: February 1, 2025."),
         ("p", "Labels: Ridgeline woven label RL-WL-02, CPAI-84 flammability label, care label per 16 CFR 423."),
         ("p", "This purchase order is subject to Ridgeline Outdoor Co. standard terms and conditions of "
               "purchase (rev. 2023-09). Please acknowledge within 3 business days."),
         ("sp",),
         ("p", "Issued by: Megan Doyle, Sourcing Lead — megan.doyle@ridgelineoutdoor.com — +1 303 555 0148"),
     ], pagesize=LETTER, title="PO RO-24-0318", author="Megan Doyle"))])


# p02: ERP call-off; "open qty" beside the call-off, next call-off and its owner named,
# but nothing says the open quantity is not released.
case("p02_calloff_daypack", ["RG001", "RG003"],
     "call-off 500 of blanket 2,000 prints OPEN QTY 1,500 with no not-released wording; next call-off and Erik Sand named",
     [("AV-2024-0217_calloff.txt", """\
FJÄLLHEM FRILUFT AB                                         AVROP / CALL-OFF
Box 1142, 411 04 Göteborg, Sweden                           Sida/Page 1 av/of 1
Org.nr 556712-4410                                          Utskrift: 2024-04-09 10:14
===============================================================================
Avrop nr / Call-off : AV-2024-0217          Datum/Date   : 2024-04-09
Ramavtal / Blanket  : RA-7710               Lev.nr/Supp. : 20418
Leverantör          : CHITTAGONG PACKWORKS LTD, PLOT 41-44, CEPZ, CHATTOGRAM, BD
Inköpare / Buyer    : E. SAND  (+46 31 704 22 15)
Leveransvillkor     : FOB CHATTOGRAM (INCOTERMS 2020)
===============================================================================
RAD ARTIKEL      BENÄMNING / DESCRIPTION         BLANKET    THIS      OPEN
                                                 QTY        CALL-OFF  QTY
-------------------------------------------------------------------------------
 01 FH-KAJ-32-GR KAJSA DAYPACK 32L GRAPHITE        1 200       300       900
 02 FH-KAJ-32-MS KAJSA DAYPACK 32L MOSS              800       200       600
-------------------------------------------------------------------------------
    SUMMA / TOTAL                                  2 000       500     1 500
===============================================================================
LEVERANS / DELIVERY : EX-FACTORY 2024-05-20, SEA FREIGHT TO GOTHENBURG (SEGOT)
MÄRKNING / MARKING  : FJÄLLHEM HANGTAG HT-04, POLYBAG WITH SUFFOCATION WARNING
                      (EN/SV/FI/NO), CARTON 20 PCS, MAX 15 KG
KVALITET / QUALITY  : AQL 2.5 GENERAL LEVEL II, INSPECTION BY FJÄLLHEM QA
                      (TEST REPORT 600D RPET PU COATING, ISO 811, ON FILE)
NÄSTA AVROP / NEXT CALL-OFF : ISSUED BY ERIK SAND AFTER SELL-THROUGH REVIEW
                      WEEK 20.
-------------------------------------------------------------------------------
Vid frågor kontakta inköparen. Questions: contact the buyer.
Fakturaadress: Fjällhem Friluft AB, FE 311, 105 69 Stockholm
""")])


# p03: scope, hold and release person are there; the balance waits "until further notice".
_p03_text = """\
Dear Cindy,

please find below our PO 4500012871 for the salesman samples of the Alpspitze sleeping bag
series. We need them for our sales meeting in Munich on 24 June, so the ex-works date 31 May
is fix.

Scope of this PO: 8 pcs SMS in total
 - Alpspitze -7:  4 pcs (2x Regular L/Z, 2x Long L/Z), colour Petrol/Anthracite
 - Alpspitze -15: 4 pcs (2x Regular L/Z, 2x Long L/Z), colour Rust/Anthracite

The production quantity from your offer AN-24-117 (1,192 pcs) is not released with this PO
and stays on hold until further notice. Please do not purchase down or shell fabric for it.
The only person who can release production quantities for Bergwerk is Katrin Albers, Head of
Sourcing.

Technical, same as proto round 2:
 - fill: RDS duck down 90/10, 700 cuin (IDFL), fill weight per size chart SB-ALP-03
 - shell 20D nylon ripstop, DWR C0; lining 20D nylon taffeta
 - zipper YKK #5 two-way with anti-snag strip
 - temperature rating per EN ISO 23537-1:2022, please send the test report with the SMS

Invoice address and shipping marks as usual. Please confirm receipt and the ex-works date.

Mit freundlichen Grüßen / Best regards
Jens Hoffmann
Einkauf Hartwaren & Schlafsäcke
Bergwerk Ausrüstung GmbH · Illerstraße 40 · 87435 Kempten · Germany
Tel +49 831 5402 218

Bergwerk Ausrüstung GmbH · Sitz Kempten · Amtsgericht Kempten HRB 9981
Geschäftsführer: Thomas Rieger, Sabine Lutz
"""
case("p03_sms_sleepingbag_mail", ["RG004"],
     "SMS PO states 8 pcs, holds 1,192 and names Katrin Albers, but the hold lasts 'until further notice' (no event)",
     [("PO_4500012871_SMS_Alpspitze.eml", eml_bytes(mail(
         "Jens Hoffmann <j.hoffmann@bergwerk-ausruestung.de>",
         "Cindy Zhao <cindy@everwarm-down.cn>",
         "PO 4500012871 - SMS Schlafsack Alpspitze -7 / -15",
         "Tue, 16 Apr 2024 08:47:12 +0200", _p03_text,
         cc="Katrin Albers <k.albers@bergwerk-ausruestung.de>")))])


# p04: tech pack: scope, hold and event are present, release owner only "the sourcing team".
case("p04_pole_techpack", ["RG005"],
     "PP request for 15 pairs holds the 1,500 pairs until PP sign-off and revised PO, but only 'sourcing team' releases",
     [("NTS-TP-2291_Skyline_PP.docx", docx_bytes([
         ("h1", "Tech Pack NTS-TP-2291 — Skyline Carbon Trekking Pole"),
         ("p", "Northbound Trail Supply Inc. · 455 Industrial Ave, Vancouver BC V6A 2P3 · Canada"),
         ("p", "Factory: Taichung Alloy Poles Co., Ltd. (Taichung, Taiwan) · Season: SS25 · Stage: PP sample request"),
         ("h", "1. Construction"),
         ("table", [
             ["Component", "Spec", "Tolerance"],
             ["Shaft", "3-section, 100% carbon, 16 / 14 / 12 mm", "±0.2 mm"],
             ["Locks", "Aluminium flick-lock FL-22, anodised black", "-"],
             ["Grip", "EVA foam upper + cork lower, 38 cm extension", "±3 mm"],
             ["Tip", "Tungsten carbide, rubber cap TC-04 included", "-"],
             ["Baskets", "35 mm trekking + 55 mm snow", "-"],
             ["Weight", "215 g per pole (130 cm)", "±5 g"],
         ]),
         ("p", "Testing: 3-point bending to NTS-QA-07 (500 N, no permanent set); lock slip test 30 kg "
               "static per section. Packaging: pair on header card HC-2291, 24 pairs per master carton."),
         ("h", "2. PP sample request (PO NTS-55120)"),
         ("table", [
             ["Colour", "Length range", "PP qty (pairs)"],
             ["Basalt Black", "105–130 cm", "6"],
             ["Glacier Blue", "105–130 cm", "5"],
             ["Ember", "100–125 cm", "4"],
             ["Total", "", "15"],
         ]),
         ("p", "PO NTS-55120 covers fifteen (15) pairs of PP samples only."),
         ("p", "The production quantity of 1,500 pairs in your quote TAP-Q-0412 is not released with this PO. "
               "It stays on hold until PP sample sign-off and a revised PO from Northbound's sourcing team. "
               "Material: buy carbon tube and flick-locks for the 15 PP pairs only."),
         ("h", "3. Dates"),
         ("p", "PP samples ex-factory May 24, 2024 by FedEx IP to Vancouver. Comments within 10 working days "
               "of receipt."),
         ("p", "Prepared by: Olivia Tremblay, Product Developer, Hardgoods — olivia.t@northboundtrail.ca"),
     ], author="Olivia Tremblay"))])


# p05: WhatsApp; hold present ("hold off on the rest"), no event, no release person.
case("p05_whatsapp_ridgeback_sms", ["RG004", "RG005"],
     "buyer limits to 20 SMS and holds the rest, but 'we'll circle back' names no event and no release person",
     [("WhatsApp Chat with Dewi Sinar Ransel.txt", chat([
         ("5/6/24, 08:12", "Dewi Sinar Ransel", "Good morning Tyler, PO CHG-0456 received, thank you 🙏 "
          "Quick check: PO lists 20 pcs Ridgeback 28L SMS, our quote QS-1187 also has the 1,500 pcs bulk price. "
          "Bulk also we plan?"),
         ("5/6/24, 08:40", "Tyler Brooks", "hey Dewi! nope, just the 20 SMS for now. hold off on the rest of it, "
          "we'll circle back with you"),
         ("5/6/24, 08:41", "Tyler Brooks", "so no fabric for the 1.5k yet pls"),
         ("5/6/24, 08:55", "Dewi Sinar Ransel", "Noted, only 20 pcs SMS. Bulk on hold."),
         ("5/6/24, 08:56", "Dewi Sinar Ransel", "SMS colours: 8 Black, 6 Moss, 6 Clay — correct?"),
         ("5/6/24, 09:20", "Tyler Brooks", "yep perfect 👌"),
         ("5/6/24, 09:21", "Tyler Brooks", "also can you use the 210D recycled nylon for the SMS, same as the "
          "lab dip we okayed last week"),
         ("5/6/24, 09:34", "Dewi Sinar Ransel", "Yes can. Ex-factory SMS 24 May, DHL to Portland"),
         ("5/6/24, 09:35", "Dewi Sinar Ransel", "<Media omitted>"),
         ("5/6/24, 09:35", "Dewi Sinar Ransel", "this is the new hipbelt webbing 38mm, Pak Hendra ask if ok the color"),
         ("5/6/24, 10:02", "Tyler Brooks", "that works, thx! have a good one"),
     ], header="5/6/24, 08:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, "
               "not even WhatsApp, can read or listen to them. Tap to learn more."))])


# p06: KakaoTalk; complete scope earlier, later an unscoped "go ahead" on a marker plan.
case("p06_kakao_marker_plan", ["RG002"],
     "scope (12 PP, 1,188 held, Han Ji-woo written release after PP sign-off) is clear; later 'looks fine, go ahead' is unscoped",
     [("KakaoTalk_Chats_VinaHanmi_HB-24-0512.txt", kakao("박성민 (Vina Hanmi)", "2024-04-23 18:02:11", [
         ("date", "2024년 4월 15일 월요일"),
         ("오전 9:02", "한지우 Hanbit", "성민 과장님, PO HB-24-0512 보냈어요. For factory team: this PO = PP sample "
          "12 pcs only (Seorak 45L, 4 colours x 3 pcs)."),
         ("오전 9:03", "한지우 Hanbit", "Bulk 1,188 pcs is NOT released. Don't buy bulk fabric. I (Han Ji-woo) will "
          "send the written bulk release after PP sample sign-off."),
         ("오전 9:15", "박성민 Vina Hanmi", "네 확인했습니다. PP 12 pcs only, bulk hold 👍"),
         ("오전 9:16", "박성민 Vina Hanmi", "PP ex-factory 4/26 EMS 로 보낼게요"),
         ("date", "2024년 4월 22일 월요일"),
         ("오후 3:40", "박성민 Vina Hanmi", "과장님 revised trim card + marker plan uploaded to shared folder. "
          "Webbing colour changed to Charcoal 19-0201 as you asked. Please confirm."),
         ("오후 3:41", "박성민 Vina Hanmi", "사진"),
         ("오후 4:12", "한지우 Hanbit", "확인했어요. Looks fine, go ahead 👍"),
         ("오후 4:13", "박성민 Vina Hanmi", "감사합니다!"),
         ("오후 4:20", "한지우 Hanbit", "PP 도착하면 연락드릴게요. 수고하세요~"),
     ]))])


# p07: reply thread; buyer's reply "all approved, please proceed" on costing/artwork, scope quoted below.
_p07_first = """\
Hej Lily,

PO TV-2024-118 is attached. It covers 24 PP samples of the Glöd 1.0 canister stove only.
The 2,400 pcs in your quote YBF-Q-0388 are not released; bulk stays on hold until PP sample
sign-off and my written production release. Material for the PP samples only, please.

Certification as discussed: EN 521, gas valve from the new supplier with test report.

Med vänlig hälsning
Johanna Ek
Inköpschef, Tältverket AB
"""
_p07_lily = """\
Dear Johanna,

Attached please find:
1. revised FOB price after the valve change (USD 11.85 -> USD 12.10 at 2,400 pcs)
2. gift box artwork v3 with the new CE mark position
3. carton marks (6 pcs / inner, 24 pcs / master carton)

Please check and confirm.

Best regards,
Lily Chen
Sales Dept. | Yongkang Blueflame Metal Products Co., Ltd.

On Mon, 8 Apr 2024 at 14:05, Johanna Ek <johanna.ek@taltverket.se> wrote:
""" + quote(_p07_first) + "\n"
_p07_text = """\
Thanks Lily, all approved - please proceed.

Have a nice weekend!
/Johanna

Johanna Ek | Inköpschef | Tältverket AB | Storgatan 61, 831 30 Östersund | +46 63 12 44 90

On Fri, 19 Apr 2024 at 09:31, Lily Chen <lily.chen@blueflame-yk.com> wrote:
""" + quote(_p07_lily) + "\n"
case("p07_re_costing_artwork", ["RG002"],
     "buyer's 'all approved - please proceed' names neither sample-only nor a quantity; quoted PO scope is complete",
     [("RE_Glod10_revised_FOB_artwork.eml", eml_bytes(mail(
         "Johanna Ek <johanna.ek@taltverket.se>", "Lily Chen <lily.chen@blueflame-yk.com>",
         "RE: Glöd 1.0 - revised FOB / artwork v3 / carton marks",
         "Fri, 19 Apr 2024 16:48:03 +0200", _p07_text,
         in_reply_to="<h110-yb-0419@blueflame-yk.com>")))])


# p09: supplier status mail; booked mill fabric for the whole bulk against a proto-only PO.
_p09_marc = """\
Bonjour Thu Ha,

PO LX-3309 attached: 12 protos of the Kamik 3P only. The bulk quantity in your quote
(1,500 pcs) is not released and stays on hold until proto sign-off and a written production
release from me. Material authority: proto only.

Merci,
Marc Gagnon
Directeur approvisionnement | Laurentide Expeditions inc. | Québec QC
"""
_p09_text = """\
Dear Mr. Marc,

Thank you for your email. We update status of the protos as below:

1/ 12 pcs proto Kamik 3P: cutting done, sewing 60%, seam taping start Thursday.
   Ex-factory 26/4 by FedEx to Quebec.
2/ Waterproof test fly 20D silnylon: 2,000 mm HH passed (SGS report will send next mail).
3/ Poles: DAC 8.5mm, the anodizing colour "Tundra" is same as your Pantone 16-0632.
4/ Material: mill lead time now 65 days, so to keep the ex-factory date in your season plan,
   we already booked the 20D silnylon and 68D floor fabric for the whole bulk order with
   Fuzhou mill. Mill confirmed the booking yesterday.

Please advise if any question.

Best regards,
Nguyen Thi Thu Ha (Ms.)
Merchandiser - Red River Outdoor Manufacturing JSC
Pho Noi A IP, Van Lam, Hung Yen, Vietnam | +84 221 3980 556

-----Original Message-----
From: Marc Gagnon <m.gagnon@laurentide-exp.ca>
Sent: Monday, April 8, 2024 10:12 PM
Subject: PO LX-3309 proto Kamik 3P

""" + quote(_p09_marc) + "\n"
case("p09_status_kamik_proto", ["RG006"],
     "supplier booked fabric for the whole bulk order while only 12 protos are released and material authority is proto-only",
     [("RE_PO_LX-3309_status.eml", eml_bytes(mail(
         "Nguyen Thi Thu Ha <thuha.nguyen@redriver-outdoor.vn>", "Marc Gagnon <m.gagnon@laurentide-exp.ca>",
         "RE: PO LX-3309 proto Kamik 3P - status update", "Thu, 18 Apr 2024 17:20:45 +0700", _p09_text,
         in_reply_to="<h110-lx-0408@laurentide-exp.ca>")))])


# ---------------------------------------------------------------- clean, batch 1
# c01: supplier quote with proto / SMS / bulk tiers, no authorization in it.
case("c01_pole_quote_tiers", [],
     "supplier quote with proto, SMS and bulk tiers; a quote authorizes nothing",
     [("TAP-Q-0431_quotation.pdf", pdf([
         ("h1", "QUOTATION TAP-Q-0431"),
         ("p", "Taichung Alloy Poles Co., Ltd. | No. 88, Gongye 3rd Rd, Xitun Dist., Taichung 407, Taiwan"),
         ("p", "To: Baekdu Alpine Co., Ltd., Seoul — Attn. Ms. Yoon Seo-yeon, Sourcing | Date: 2024-03-27 | "
               "Valid until: 2024-05-26"),
         ("h", "Item: BA-TP330 3-section aluminium trekking pole (7075-T6, 18/16/14 mm, EVA grip)"),
         ("table", [
             ["Stage", "Quantity", "Unit price (USD / pair)", "Lead time"],
             ["Proto", "4 pairs", "28.00", "14 days"],
             ["SMS", "40 pairs", "19.50", "21 days"],
             ["Bulk tier 1 (MOQ)", "1,000 pairs", "8.90", "50 days"],
             ["Bulk tier 2", "3,000 pairs", "8.20", "50 days"],
             ["Bulk tier 3", "5,000 pairs", "7.85", "55 days"],
         ]),
         ("sp",),
         ("p", "Tooling: custom grip mould BA-G1, USD 1,450 one time, 2 cavities."),
         ("p", "Prices FOB Taichung. Bulk lead time counts from receipt of your production PO and your written "
               "production release. Sample charges are credited on bulk orders of 3,000 pairs or more."),
         ("p", "Packing: 1 pair per header card, 20 pairs per carton, carton 122 x 32 x 28 cm."),
         ("p", "Test: bending test per TAP-QS-12, lock holding force 30 kg per section; 7075 tube cert per "
               "ASTM B210 provided with bulk."),
         ("sp",),
         ("p", "Prepared by: Kevin Lai, Sales Manager — kevin.lai@tap-poles.com.tw — +886 4 2359 7710"),
     ], title="Quotation TAP-Q-0431", author="Kevin Lai"))])


# c02: supplier asks a question; nothing is authorized.
_c02_text = """\
Hi Tyler,

SMS 20 pcs Ridgeback 28L shipped today by DHL, AWB 7741 2290 13, ETA Portland Tuesday.
Packing list and the 210D recycled nylon test report attached in the last mail.

Question for our planning: are we good to go on the 1,500 bulk, or do we still wait for your
written bulk release after you review the SMS? Our cutting room has space from 10 June, so if
possible please let us know by 24 May.

Thank you and have a nice weekend.

Best regards,
Dewi Anggraini
Merchandising | PT Sinar Ransel Indonesia
Jl. Soekarno-Hatta No. 612, Bandung 40286 | +62 22 7530 118
"""
case("c02_supplier_question_bulk", [],
     "supplier asks whether the 1,500 bulk may go; a question is not an approval and authorizes nothing",
     [("Ridgeback28L_SMS_shipped.eml", eml_bytes(mail(
         "Dewi Anggraini <dewi@sinarransel.co.id>", "Tyler Brooks <tyler@cascadehollow.com>",
         "Ridgeback 28L SMS shipped + question bulk timing", "Fri, 24 May 2024 16:05:00 +0700",
         _c02_text)))])


# c03: HTML forecast page, clearly labelled.
case("c03_forecast_portal", [],
     "FW25 volume forecast page labelled forecast only, no production or material authority",
     [("laurentide_fw25_forecast.html", html_page("Laurentide supplier portal – FW25 volume forecast", """\
<h1>Laurentide Expeditions — Supplier portal</h1>
<p>Supplier: <b>Red River Outdoor Manufacturing JSC</b> · Published 2024-05-06 by Marc Gagnon</p>
<div class="note"><b>FORECAST ONLY.</b> This page is a volume forecast for capacity planning. It is not a
purchase order. It authorizes no production and no material purchase. Quantities may change by ±30 %.
Production is authorized only by a PO line with scope "production" and a written production release.</div>
<h2>FW25 tents — monthly forecast (pcs)</h2>
<table>
<tr><th>Style</th><th>Colour</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Total</th></tr>
<tr><td>Kamik 3P</td><td>Tundra</td><td>300</td><td>450</td><td>250</td><td>1,000</td></tr>
<tr><td>Kamik 3P</td><td>Lichen</td><td>150</td><td>200</td><td>150</td><td>500</td></tr>
<tr><td>Taiga 2P</td><td>Tundra</td><td>400</td><td>600</td><td>300</td><td>1,300</td></tr>
<tr><td>Taiga 2P</td><td>Ember</td><td>100</td><td>150</td><td>50</td><td>300</td></tr>
<tr><th colspan="5">Total forecast</th><th>3,100</th></tr>
</table>
<p>Next forecast update: 2024-06-03. Questions: approvisionnement@laurentide-exp.ca</p>
<p style="color:#777">© 2024 Laurentide Expeditions inc. · 2150 rue Cyrille-Duquet, Québec QC G1N 2G5</p>
"""))])


# c04: buyer's scoped approval with DOCX fit comments attached; complete scope.
_c04_text = """\
Hi Anh,

Thanks for turning the fit samples around so fast. The team tried them on three torso
lengths yesterday.

Fit sample approved for fit only - production not released. A few changes for the PP round
(details in the attached comments doc): shoulder strap foam 2 mm thicker, hipbelt pocket
zipper to #5, hang loop moved 15 mm toward the top.

Reminder of where we are on PO RO-24-0402:
- Active now: the 6 PP samples (2 per colour). That's all we want made right now.
- Balance: the 1,194 pcs in your quote stay on hold, not released. No fabric or trims for
  them, please.
- What unlocks it: PP sample sign-off, then a written production release from Dana
  Whitfield (VP Sourcing). A sample sign-off by itself doesn't release anything.

Ship the PP samples by May 17 if you can.

Cheers,
Megan
""" + sig("Megan Doyle", "Sourcing Lead", "Ridgeline Outdoor Co., Boulder CO", "+1 303 555 0148")
case("c04_fit_comments_scoped", [],
     "'fit sample approved for fit only - production not released'; 6 PP active, 1,194 held, event and Dana Whitfield named",
     [("Switchback40_fit_comments.eml", eml_bytes(mail(
         "Megan Doyle <megan.doyle@ridgelineoutdoor.com>", "Tran Quoc Anh <anh.tran@mekongbagworks.vn>",
         "Switchback 40L - fit sample comments (PO RO-24-0402)", "Wed, 24 Apr 2024 11:32:00 -0600",
         _c04_text,
         attachments=[("Switchback40_fit_comments.docx", docx_bytes([
             ("h1", "Switchback 40L — fit sample comments"),
             ("p", "Reviewed 2024-04-23 by Product Development (Lauren Pike, Megan Doyle). Fit only."),
             ("table", [
                 ["POM", "Description", "Spec", "Measured", "Comment"],
                 ["A", "Torso length (M)", "46 cm", "45.5 cm", "OK"],
                 ["B", "Shoulder strap foam", "8 mm", "8 mm", "Change to 10 mm for PP"],
                 ["C", "Hipbelt pocket zip", "#3", "#3", "Change to #5 for PP"],
                 ["D", "Hang loop position", "from top 40 mm", "55 mm", "Move 15 mm up"],
             ]),
             ("p", "Colours for PP: Basalt, Juniper, Sandstone — 2 pcs each (6 pcs)."),
         ], author="Megan Doyle"), DOCX_MT)])))])


# c05: full-quantity production PO that says "proceed" with its quantity; no balance.
case("c05_fullqty_stove_po", [],
     "full-quantity production PO: 'please proceed with the 600 pcs'; no balance, no larger quantity",
     [("TFM-PO-10457_EmberMini.pdf", pdf([
         ("h1", "PURCHASE ORDER TFM-PO-10457"),
         ("p", "Three Forks Mercantile LLC · 22 W Main St · Bozeman, MT 59715 · USA"),
         ("p", "Vendor: Yongkang Blueflame Metal Products Co., Ltd. · Yongkang, Zhejiang, China"),
         ("p", "Date: 2024-05-09 · Buyer: Rachel Ostrowski · Terms: 30% T/T with PO acceptance, 70% against "
               "B/L copy · FOB Ningbo"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD", "Scope"],
             ["1", "TFM-EM-01", "Ember Mini canister stove, private label, piezo", "600", "9.80", "5,880.00",
              "production"],
             ["", "", "", "", "Total", "5,880.00", ""],
         ]),
         ("sp",),
         ("p", "PP sample sign-off recorded 2024-04-30 (ref. TFM-PP-0211). Please proceed with the 600 pcs on "
               "this PO. This is the full order quantity; no further quantity is planned under this PO."),
         ("p", "Packing: 1 pc per retail box with TFM hangtag, 24 pcs per master carton (25 cartons). "
               "Certification: EN 521 test report and CE declaration to be sent with shipping documents."),
         ("p", "Ex-factory: 2024-06-28. Ship to: Three Forks Mercantile DC, 801 N Rouse Ave, Bozeman MT."),
         ("p", "Questions: rachel@threeforksmerc.com · +1 406 555 0172"),
     ], pagesize=LETTER, title="PO TFM-PO-10457", author="Rachel Ostrowski"))])


# c10: complete sample PO with table (tent PP samples), quote quantity labelled informational.
case("c10_storsjon_pp_po", [],
     "PP PO: 8 samples active, 1,600 quote qty 'for information only, not released', sample-only material, Sara Nilsson releases after PP sign-off",
     [("KF-PO-24-0077_Storsjon4P.pdf", pdf([
         ("h1", "INKÖPSORDER / PURCHASE ORDER KF-PO-24-0077"),
         ("p", "Kvarnfjäll Outdoor AB · Västra Esplanaden 9 · 903 26 Umeå · Sweden · VAT SE556901234501"),
         ("p", "Supplier: Saigon Peak Tent Co., Ltd. · Tan Uyen, Binh Duong, Vietnam · Supplier no. 30022"),
         ("p", "Date: 2024-04-03 · Buyer: Sara Nilsson · Delivery: DAP Umeå by air"),
         ("table", [
             ["Line", "Style", "Colour", "Qty", "Scope", "Unit SEK"],
             ["10", "Storsjön 4P tunnel tent", "Forest / Moss", "4", "sample (PP)", "2 150"],
             ["20", "Storsjön 4P tunnel tent", "Sand / Rust", "4", "sample (PP)", "2 150"],
             ["", "", "Total", "8", "", "17 200"],
         ]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "This PO covers 8 PP samples (sample scope). The production quantity of 1,600 pcs shown in your "
               "quote SPT-Q-2291 is for information only and is not released. Do not cut or buy material for "
               "it; material authority is sample-only."),
         ("p", "Production will be released only by a written production release signed by Sara Nilsson "
               "(Inköpschef) after PP sample sign-off."),
         ("h", "Technical"),
         ("p", "Fly: 40D nylon ripstop, silicone/PU, 3,000 mm HH per ISO 811. Floor: 70D nylon, 10,000 mm. "
               "Poles: DAC Featherlite NSL 9.6 mm. Snow flaps on all sides. Tech pack KF-STJ-4P rev D."),
         ("p", "PP samples to arrive in Umeå by 2024-05-15. Invoice to faktura@kvarnfjall.se, quote PO number."),
     ], title="PO KF-PO-24-0077", author="Sara Nilsson"))])


# c14: ERP printout with identifiers that look like quantities; complete sample scope.
case("c14_sap_po_kreuzeck", [],
     "SAP-style PO for 12 PP samples, 1.188 ST not released, Katrin Albers releases after PP sample sign-off; many number-like identifiers",
     [("4500013115_Bestellung.txt", """\
BERGWERK AUSRÜSTUNG GMBH                               BESTELLUNG / PURCHASE ORDER
Illerstraße 40, D-87435 Kempten                        Nr. 4500013115
                                                       Datum 22.04.2024   Seite 1/1
Lieferant 700213  DHAKA VALLEY TEXTILES LTD., PLOT 7, BSCIC I/E, TONGI, GAZIPUR, BD
Einkäufer  J. HOFFMANN   Tel +49 831 5402 218   Zahlungsbed. 30 T netto
Lieferbed. FCA DHAKA AIRPORT (INCOTERMS 2020)
--------------------------------------------------------------------------------------
Pos  Material        Bezeichnung                       Menge  ME   Preis EUR   Wert EUR
--------------------------------------------------------------------------------------
00010 1200-3000-20    HÜTTENZELT KREUZECK 2P, PP-MUSTER     12  ST      96,00   1.152,00
      Zeichnung ZT-1500 Rev 12 / Techpack TP-KRZ-2P-D
      Außenzelt 40D Ripstop, WS 3.000 mm (ISO 811), Boden 10.000 mm
      Farbe: 6 ST Tannengrün 19-5420, 6 ST Sand 15-1225
--------------------------------------------------------------------------------------
                                                     Gesamtwert netto EUR   1.152,00
--------------------------------------------------------------------------------------
UMFANG / SCOPE
  Diese Bestellung umfasst nur 12 ST PP-Muster (sample scope).
  Produktionsmenge lt. Angebot DVT-2404 (1.188 ST): NOT RELEASED / NICHT FREIGEGEBEN.
  Kein Material für die Produktionsmenge einkaufen (material authority: sample-only).
  Release of the production quantity only in writing by Katrin Albers (Leitung
  Einkauf) after PP sample sign-off.
QUALITÄT
  Lieferant zertifiziert nach ISO 9001:2015; Prüfung nach AQL 2.5 / ISO 2859-1.
  REACH SVHC-Liste 01/2024 einhalten; PFAS-frei (C0).
LIEFERTERMIN  PP-Muster 17.05.2024 in Kempten, Wareneingang Halle 2500, Tor 4
--------------------------------------------------------------------------------------
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023).
""")])


# ---------------------------------------------------------------- batch 2
# p10: supplier MRP status: material reserved for the full PO while only 300 sets are released.
case("p10_mrp_status_poles", ["RG006"],
     "supplier MRP: REL QTY 300, balance marked not released, but tube and locks reserved/ordered for 2,400 sets, no material authority",
     [("MRP-STAT_C0417_20240513.txt", """\
TAICHUNG ALLOY POLES CO., LTD.                      MATERIAL REQUIREMENT / ORDER STATUS
Report MRP-STAT   Run 2024-05-13 07:30   User WANGYT   Plant TC-2
Customer  C0417 KVARNFJALL OUTDOOR AB (UMEA, SE)
Cust PO   KF-PO-24-0102      Prod. release  KF-R1 dd 2024-05-02 (S. NILSSON)
=====================================================================================
STYLE      DESCRIPTION              PO QTY   REL QTY  BAL NOT REL   WIP    FG   SHIP
KF-TP120   ALU TREK POLE 120 (SET)   2,400      300        2,100    180     0      0
=====================================================================================
MATERIAL STATUS (1 SET = 2 POLES)
CODE        DESCRIPTION              NEED(REL)   RESERVED   ON ORDER   DUE
AL7075-18   TUBE 7075-T6 18MM        300 SET     2,400 SET         0   -
AL7075-16   TUBE 7075-T6 16MM        300 SET     2,400 SET         0   -
AL7075-14   TUBE 7075-T6 14MM        300 SET       300 SET     2,100   2024-05-27
FL-22       FLICK LOCK ALU BLK       600 PCS       600 PCS     4,200   2024-05-30
GRIP-EVA38  EVA GRIP 38CM            600 PCS       600 PCS         0   -
TIP-TC04    TUNGSTEN TIP + CAP       600 PCS     1,000 PCS         0   -
=====================================================================================
REMARK  TUBE + LOCKS FOR FULL PO QTY RESERVED/ORDERED 05/10 PER SALES (K. LAI)
        TO HOLD EX-FTY WK 31. CUSTOMER MATERIAL AUTHORITY: NOT ON FILE.
        NEXT CUSTOMER RELEASE EXPECTED AFTER LOT INSPECTION OF KF-R1.
QC      BENDING TEST TAP-QS-12 LOT 24-0513-A PASS (3/3). ANODIZE LOT 1181 OK.
-------------------------------------------------------------------------------------
*** INTERNAL USE - PRINTED 2024-05-13 07:31 ***
""")])


# p11: WhatsApp; scope complete; supplier dyed the full bulk fabric on a lab dip confirmation.
case("p11_whatsapp_tarp_labdip", ["RG006"],
     "10 SMS active, 2,000 held until SMS sign-off + Katrin Albers; supplier dyed full 5,000 yds for bulk after lab dip pick",
     [("WhatsApp Chat with Mahbubur Rahman DVT.txt", chat([
         ("12/04/2024, 09:10", "Jens Hoffmann", "Hello Mr. Rahman, PO 4500012990 sent for the Hochgrat tarp: "
          "10 pcs SMS only. The production quantity (2,000 pcs) is not released – on hold until SMS sign-off "
          "and a written release by Katrin Albers (Head of Sourcing). Lab dips first please, colour Moos 18-0426."),
         ("12/04/2024, 09:42", "Mahbubur Rahman DVT", "Dear Sir, well received. 10 pcs SMS only, production hold. "
          "Lab dips will send by courier Monday, 3 options A/B/C."),
         ("16/04/2024, 10:05", "Mahbubur Rahman DVT", "Sir lab dips sent DHL 5520 1187 04"),
         ("19/04/2024, 15:03", "Jens Hoffmann", "Lab dip B is good, please use B for the SMS. A too yellow, C too dark."),
         ("19/04/2024, 15:10", "Mahbubur Rahman DVT", "Thank you Sir 🙏"),
         ("26/04/2024, 11:18", "Mahbubur Rahman DVT", "Dear Sir, good news. Since you confirmed lab dip B we "
          "have already dyed the full 5,000 yds 75D polyester ripstop for bulk in shade B, to save time for your "
          "delivery. SMS cutting start today."),
         ("26/04/2024, 11:19", "Mahbubur Rahman DVT", "<Media omitted>"),
         ("26/04/2024, 11:19", "Mahbubur Rahman DVT", "Fabric roll photo. Shrinkage test 1.5% ok, HH 2,000mm ok"),
         ("26/04/2024, 11:31", "Jens Hoffmann", "Thanks for the photo, I'll come back to you after our team "
          "meeting tomorrow."),
     ], header="12/04/2024, 09:08 - Messages and calls are end-to-end encrypted. No one outside of this chat, "
               "not even WhatsApp, can read or listen to them. Tap to learn more."))])


# p12: deposit read as start signal; down bought for the full order.
_p12_kayla = """\
Hi Cindy,

PO SSO-2024-031 is attached. It covers 30 SMS of the Wasatch 15°F bag only. The bulk
(1,470 pcs in your quote EW-Q-2403) is not released - it stays on hold until SMS sign-off
and my written production release.

We'll wire the sample charge and the baffle tooling deposit this week. That payment
covers the samples and tooling only.

Thanks!
Kayla Reyes
Sr. Sourcing Manager, Summit & Sage Outfitters
"""
_p12_text = """\
Dear Kayla,

Thank you, your deposit USD 4,800 is received today.

So we purchased 850 kg 800FP RDS duck down for the full FW order (see attached confirmation
from Anhui feather mill) and will start filling next week, to catch the October vessel.
SMS 30 pcs will be finished on 20th and send by DHL.

Please kindly note the down price will increase 8% from June, so this was good timing.

Best regards,
Cindy Zhao
Sales Manager
Ningbo Everwarm Down Products Co., Ltd.
No. 17 Jinxi Road, Yinzhou, Ningbo 315100, China | +86 574 8822 6071

________________________________
From: Kayla Reyes <kayla@summitandsage.com>
Sent: Tuesday, May 7, 2024 2:14 AM
To: Cindy Zhao <cindy@everwarm-down.cn>
Subject: PO SSO-2024-031 Wasatch 15F SMS

""" + quote(_p12_kayla) + "\n"
case("p12_deposit_down_purchase", ["RG006", "RG012"],
     "supplier treats the sample/tooling deposit as a start signal and buys down for the full FW order; only 30 SMS released",
     [("RE_PO_SSO-2024-031_Wasatch15.eml", eml_bytes(mail(
         "Cindy Zhao <cindy@everwarm-down.cn>", "Kayla Reyes <kayla@summitandsage.com>",
         "RE: PO SSO-2024-031 Wasatch 15F SMS - deposit received", "Mon, 13 May 2024 15:42:10 +0800",
         _p12_text, in_reply_to="<h110-sso-0507@summitandsage.com>",
         attachments=[("Anhui_feather_confirmation.txt", """\
ANHUI HONGYU FEATHER & DOWN CO., LTD.          SALES CONFIRMATION SC-240513-07
Buyer : Ningbo Everwarm Down Products Co., Ltd.
Date  : 2024-05-13
Item  : White duck down 90/10, 800FP (IDFL), RDS certified, TC NO. CU-RDS-88311
Qty   : 850 KG          Price: USD 61.50/KG          Amount: USD 52,275.00
Delivery: 2024-05-20, by truck to Ningbo
Remark: for customer Summit & Sage full FW order (Wasatch 15F)
""", TXT_MT)])))])


# p13: multi-file: buyer release (500 of 2,000) + supplier plan claiming 600 and tube for 2,000.
case("p13_release_vs_plan", ["RG006", "RG011"],
     "buyer release authorizes 500 pairs (material 500); supplier plan states 600 authorized and tube bought for 2,000",
     [("NTS-R-0088_release.txt", """\
NORTHBOUND TRAIL SUPPLY INC.                          PRODUCTION RELEASE NTS-R-0088
455 Industrial Ave, Vancouver BC V6A 2P3, Canada      Printed 2024-05-21 16:02 PT
------------------------------------------------------------------------------------
Supplier   : JIAXING CARBONLITE SPORTS CO., LTD. (V-1187)
PO         : NTS-55188   line 1   SKYLINE CARBON TREKKING POLE (PAIR)
PO qty     :   2,000 pairs (commercial cover)
------------------------------------------------------------------------------------
RELEASED FOR PRODUCTION BY THIS RELEASE ......................     500 pairs
BALANCE NOT RELEASED .........................................   1,500 pairs
MATERIAL AUTHORITY ...........................................     500 pairs only
------------------------------------------------------------------------------------
Evidence   : PP sample sign-off PPS-2291-03 dd 2024-05-17 (engineering: O. Tremblay)
Authorized : Aaron Kowalczyk, Director of Sourcing (release authority)
Next       : the balance is released only by a further written release from
             Aaron Kowalczyk after lot acceptance of these 500 pairs.
Ex-factory : 2024-07-05, FOB Shanghai
------------------------------------------------------------------------------------
"""),
      ("JCS_production_plan_NTS-55188.docx", docx_bytes([
          ("h1", "Production Plan — Northbound Trail Supply"),
          ("p", "Jiaxing Carbonlite Sports Co., Ltd. · Planning Dept. · Issue 2024-05-23"),
          ("table", [
              ["Item", "Detail"],
              ["Customer PO", "NTS-55188 line 1, Skyline Carbon Trekking Pole"],
              ["Authorized qty", "600 pairs (per customer release NTS-R-0088)"],
              ["Carbon tube 16/14/12 mm", "purchased for 2,000 pairs (full PO), received 2024-05-20"],
              ["Flick-lock FL-22", "1,200 pcs in stock"],
              ["Cutting / rolling", "2024-05-27 to 2024-06-07"],
              ["Assembly", "2024-06-10 to 2024-06-21"],
              ["Final inspection", "2024-06-26 (customer QC)"],
          ]),
          ("p", "Remark: tube for the full PO was bought in one lot to keep one resin batch and colour."),
          ("p", "Prepared by: Zhou Min, Production Planner — zhoumin@jx-carbonlite.com"),
      ], author="Zhou Min"))])


# p15: supplier says bulk follows PP approval "as agreed last season" and bought trims for all 3,000.
_p15_erik = """\
Hi Putri,

PO RA-7802 attached: 30 PP samples of the Kajsa 24L only. Bulk (3,000 pcs per your quote
QS-1203) is not released and stays on hold until PP sample sign-off and my written release.

Br,
Erik Sand
Inköpare, Fjällhem Friluft AB
"""
_p15_text = """\
Dear Erik,

Good day! Update PO RA-7802:

- PP samples 30 pcs: sewing finished, QC tomorrow, ship by DHL on Friday 17 May.
- Once PP approved we go straight to bulk as agreed last season, so to be ready we already
  bought the YKK #8 zippers and Duraflex 25 mm buckles for all 3,000 pcs.
- Hangtag HT-04 printing proof attached in previous mail, please check.

Thank you and best regards,
Putri Maharani
Merchandiser | PT Sinar Ransel Indonesia
Jl. Soekarno-Hatta No. 612, Bandung 40286

-----Original Message-----
From: Erik Sand <erik.sand@fjallhem.se>
Sent: Tuesday, 23 April 2024 09:14
Subject: PO RA-7802 Kajsa 24L PP

""" + quote(_p15_erik) + "\n"
case("p15_pp_status_trims", ["RG006", "RG007"],
     "supplier plans to roll from PP approval straight into bulk and already bought trims for all 3,000 vs 30 PP released",
     [("RE_PO_RA-7802_update.eml", eml_bytes(mail(
         "Putri Maharani <putri@sinarransel.co.id>", "Erik Sand <erik.sand@fjallhem.se>",
         "RE: PO RA-7802 Kajsa 24L PP - update", "Wed, 15 May 2024 14:10:00 +0700", _p15_text,
         in_reply_to="<h110-ra-0423@fjallhem.se>")))])


# p16: supplier assumes SMS approval rolls into the 1,800; multipart/alternative.
_p16_dana = """\
Hi Hoa,

PO RO-24-0355 attached: 24 SMS of the Talus 2P (8 per colourway). The 1,800 pcs in quote
SPT-Q-2310 are not released - they stay on hold until SMS sign-off and a written production
release from Dana Whitfield (VP Sourcing).

Thanks,
Megan Doyle, Sourcing Lead, Ridgeline Outdoor Co.
"""
_p16_text = """\
Dear Megan,

Many thanks for PO RO-24-0355. We confirm 24 pcs SMS Talus 2P, ex-factory 10/5 by DHL.

As usual, after your SMS approval we will roll into production of the 1,800 pcs so we can
keep the drop date on 1/2/2025. Fabric mill need our booking by end of May.

Seam tape: we change to 3-layer 20mm tape as your comment on proto 2.

Best regards,
Le Thi Hoa
Sales Executive | Saigon Peak Tent Co., Ltd.
Lot C-7, Nam Tan Uyen IP, Binh Duong, Vietnam

On Thu, Apr 18, 2024 at 9:02 AM Megan Doyle <megan.doyle@ridgelineoutdoor.com> wrote:
""" + quote(_p16_dana) + "\n"
_p16_html = ("<html><body><p>Dear Megan,</p><p>Many thanks for PO RO-24-0355. We confirm <b>24 pcs SMS Talus 2P</b>, "
             "ex-factory 10/5 by DHL.</p><p>As usual, after your SMS approval we will roll into production of the "
             "1,800 pcs so we can keep the drop date on 1/2/2025. Fabric mill need our booking by end of May.</p>"
             "<p>Seam tape: we change to 3-layer 20mm tape as your comment on proto 2.</p>"
             "<p>Best regards,<br>Le Thi Hoa<br>Sales Executive | Saigon Peak Tent Co., Ltd.</p>"
             "<blockquote><p>PO RO-24-0355 attached: 24 SMS of the Talus 2P (8 per colourway). The 1,800 pcs in "
             "quote SPT-Q-2310 are not released - they stay on hold until SMS sign-off and a written production "
             "release from Dana Whitfield (VP Sourcing).</p><p>Thanks,<br>Megan Doyle, Sourcing Lead, Ridgeline "
             "Outdoor Co.</p></blockquote></body></html>")
case("p16_sms_confirm_roll", ["RG007"],
     "supplier: 'after your SMS approval we will roll into production of the 1,800'; buyer requires written release by Dana Whitfield",
     [("RE_PO_RO-24-0355_SMS_confirm.eml", eml_bytes(mail(
         "Le Thi Hoa <hoa.le@saigonpeaktent.vn>", "Megan Doyle <megan.doyle@ridgelineoutdoor.com>",
         "RE: PO RO-24-0355 Talus 2P SMS", "Fri, 19 Apr 2024 10:25:00 +0700", _p16_text, html=_p16_html,
         in_reply_to="<h110-ro-0418@ridgelineoutdoor.com>")))])


# p17: buyer undoes his own written-release requirement before going on holiday.
_p17_prev = """\
Hi Dewi,

PO CHG-0471 covers 12 fit samples of the Ridgeback 38L. The 1,200 bulk is not released until
fit sign-off and a written release from me.

-Tyler
"""
_p17_text = """\
Hey Dewi,

Heads up, I'm out on a river trip all next week with zero signal 🙃

If the fit samples check out at Thursday's fit session, just keep rolling straight into the
bulk - no need to wait on paperwork from me. Jess is around for any questions on labels and
hangtags.

Talk soon,
Tyler
""" + sig("Tyler Brooks", "Product & Sourcing", "Cascade Hollow Gear, Portland OR", "+1 503 555 0199") + """

On Mon, Jun 3, 2024 at 8:15 AM Tyler Brooks <tyler@cascadehollow.com> wrote:
""" + quote(_p17_prev) + "\n"
case("p17_ooo_keep_rolling", ["RG007"],
     "buyer says fit-sample pass rolls straight into bulk, contradicting his own written-release requirement; no recorded auto-conversion",
     [("Ridgeback38_heads_up.eml", eml_bytes(mail(
         "Tyler Brooks <tyler@cascadehollow.com>", "Dewi Anggraini <dewi@sinarransel.co.id>",
         "Re: PO CHG-0471 Ridgeback 38L fit samples - heads up", "Fri, 7 Jun 2024 15:51:00 -0700", _p17_text,
         cc="Jess Moreno <jess@cascadehollow.com>", in_reply_to="<h110-chg-0603@cascadehollow.com>")))])


# p18: multi-file: clean PO + buyer's own tech pack saying bulk starts automatically on PP approval.
case("p18_po_and_techpack", ["RG007"],
     "PO requires written release by Jonas Weber; buyer's tech pack says bulk starts automatically once PP samples are approved",
     [("Bestellung_24-0611_Feldberg30.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 24-0611"),
         ("p", "Hochland Sport GmbH · Schwarzwaldstraße 112 · 79117 Freiburg im Breisgau · Germany"),
         ("p", "Lieferant / Supplier: Mekong Bagworks Co., Ltd. · Duc Hoa III IP, Long An, Vietnam"),
         ("p", "Datum: 06.05.2024 · Einkauf: Jonas Weber · Zahlungsbedingungen: 60 Tage netto"),
         ("table", [
             ["Pos.", "Artikel", "Farbe", "Menge", "Umfang / scope", "Preis EUR"],
             ["1", "Feldberg 30 Rucksack", "Schiefer", "6", "PP sample", "38,00"],
             ["2", "Feldberg 30 Rucksack", "Tanne", "6", "PP sample", "38,00"],
             ["3", "Feldberg 30 Rucksack", "Ocker", "6", "PP sample", "38,00"],
             ["", "", "Summe", "18", "", "684,00"],
         ]),
         ("sp",),
         ("p", "This order covers 18 PP samples only. The production quantity of 2.400 pcs from your offer "
               "MB-Q-1188 is not released and remains on hold until PP sample sign-off and a written production "
               "release by Jonas Weber (Leiter Beschaffung). Material authority: sample-only."),
         ("p", "Liefertermin PP-Muster: 07.06.2024, Luftfracht nach Freiburg. Techpack: HS-FB30 rev B (anbei)."),
     ], title="Bestellung 24-0611", author="Jonas Weber")),
      ("HS-FB30_techpack_revB.docx", docx_bytes([
          ("h1", "Tech Pack HS-FB30 rev B — Feldberg 30"),
          ("p", "Hochland Sport GmbH · Produktentwicklung · Lea Brandt · 29.04.2024"),
          ("h", "Measurements"),
          ("table", [
              ["POM", "Description", "Spec (cm)", "Tol."],
              ["A", "Body height", "52", "±1"],
              ["B", "Body width top", "27", "±0.5"],
              ["C", "Back length adjustable", "42–52", "-"],
              ["D", "Hipbelt width", "10", "±0.3"],
          ]),
          ("h", "Materials"),
          ("li", "Body: 420D recycled nylon, PU 2x, 1,500 mm"),
          ("li", "Bottom: 840D ballistic nylon"),
          ("li", "Zips: YKK #8 RC, #5 for pockets"),
          ("h", "Sample plan and timeline"),
          ("p", "Proto (done, 03/2024) → SMS (done, 04/2024) → PP samples (18 pcs, see order 24-0611) → bulk."),
          ("p", "Bulk production starts automatically once the PP samples are approved; please plan the line for "
                "week 27."),
          ("p", "Ex-factory bulk target: 12.08.2024. Drop date: 01.02.2025 (SS25)."),
      ], author="Lea Brandt"))])


# p19: KakaoTalk; supplier announces bulk straight after SMS approval, buyer doesn't correct.
case("p19_kakao_dome3_sms", ["RG007"],
     "20 SMS active, 1,480 held until written release by Yoon Seo-yeon; supplier says bulk starts directly after SMS approval",
     [("KakaoTalk_Chats_Daesung_BA-24-0207.txt", kakao("김태호 차장 (Qingdao Daesung)", "2024-05-10 19:40:03", [
         ("date", "2024년 5월 2일 목요일"),
         ("오전 10:11", "윤서연 Baekdu", "태호 차장님 안녕하세요. PO BA-24-0207 메일로 보냈습니다."),
         ("오전 10:12", "윤서연 Baekdu", "PO BA-24-0207 = SMS 20 pcs only (Baekdu Dome 3). Bulk 1,480 pcs NOT "
          "released. Bulk release will come from me (윤서연 Yoon Seo-yeon) in writing after SMS sign-off."),
         ("오전 10:30", "김태호 Daesung", "네 알겠습니다. SMS 20 pcs 진행하겠습니다."),
         ("date", "2024년 5월 9일 목요일"),
         ("오후 2:05", "김태호 Daesung", "차장님 SMS 다음주 월요일 발송 예정입니다. EMS tracking 내일 드릴게요"),
         ("오후 2:06", "김태호 Daesung", "SMS approve 되면 바로 bulk 들어갈게요 — after SMS approve we start bulk "
          "directly, same like last season 😊"),
         ("오후 2:40", "윤서연 Baekdu", "ㅎㅎ 네 빠르네요. 수고하세요"),
         ("오후 2:41", "김태호 Daesung", "감사합니다 차장님!"),
     ]))])


# p20: WhatsApp; supplier reads deposit + PP approval as bulk start.
case("p20_whatsapp_gallatin_deposit", ["RG007", "RG012"],
     "20 PP active, 1,980 held until Rachel's written release; supplier: 'deposit received and PP approved, so we start bulk cutting'",
     [("WhatsApp Chat with Karim CPL.txt", chat([
         ("[02/05/2024, 21:02:11]", "Rachel Ostrowski", "Hi Mr. Karim, PO TFM-PO-10502 is for 20 PP samples of "
          "the Gallatin 30L only. The other 1,980 from your quote are NOT released - on hold until PP sign-off and "
          "a written production release from me (Rachel Ostrowski)."),
         ("[03/05/2024, 09:15:40]", "Karim CPL", "Dear Madam, noted with thanks. PP 20 pcs."),
         ("[15/05/2024, 20:48:02]", "Rachel Ostrowski", "FYI the 30% deposit per our PI went out today, "
          "confirmation attached"),
         ("[15/05/2024, 20:48:30]", "Rachel Ostrowski", "Wire_confirmation_TFM.pdf • 1 page <attached>"),
         ("[16/05/2024, 10:02:17]", "Karim CPL", "Dear Madam, deposit received 🙏 and PP approved by your QA "
          "Mr. Brian yesterday, so we will start bulk cutting Monday InshaAllah."),
         ("[16/05/2024, 10:02:50]", "Karim CPL", "Target ex-factory 28 June as per plan."),
     ], header="[02/05/2024, 21:00:00] Rachel Ostrowski: Messages and calls are end-to-end encrypted.",
        sep=" "))])


# ---------------------------------------------------------------- clean, batch 2
# c06: call-off with explicit staged material authority above the released quantity.
case("c06_calloff_staged_material", [],
     "call-off releases 600, balance 2,400 not released, explicit staged material authority to 1,800 at buyer's liability, Erik Sand next call-off",
     [("AV-2024-0305_calloff.txt", """\
FJÄLLHEM FRILUFT AB                                         AVROP / CALL-OFF
Box 1142, 411 04 Göteborg, Sweden                           Sida/Page 1 av/of 1
===============================================================================
Avrop nr / Call-off : AV-2024-0305          Datum/Date   : 2024-05-27
Ramavtal / Blanket  : RA-7790               Lev.nr/Supp. : 20418
Leverantör          : CHITTAGONG PACKWORKS LTD, CEPZ, CHATTOGRAM, BD
Inköpare / Buyer    : E. SAND
===============================================================================
RAD ARTIKEL       BENÄMNING                      BLANKET   RELEASED   BALANCE
                                                QTY       THIS C/O   NOT RELEASED
-------------------------------------------------------------------------------
 01 FH-VAL-40-BK  VALLE TREKKING PACK 40L BLACK   1 800        360      1 440
 02 FH-VAL-40-RS  VALLE TREKKING PACK 40L RUST    1 200        240        960
-------------------------------------------------------------------------------
    SUMMA / TOTAL                                 3 000        600      2 400
===============================================================================
RELEASED FOR PRODUCTION : 600 PCS (THIS CALL-OFF ONLY)
BALANCE 2 400 PCS       : NOT RELEASED - DO NOT CUT OR SEW
MATERIAL AUTHORITY      : STAGED UP TO 1 800 PCS (FABRIC 420D + TRIMS) AT
                          FJÄLLHEM'S LIABILITY. NO MATERIAL BEYOND 1 800 PCS.
NEXT CALL-OFF           : ISSUED IN WRITING BY ERIK SAND AFTER SELL-THROUGH
                          REVIEW WEEK 26.
LEVERANS / DELIVERY     : EX-FACTORY 2024-07-15, SEA FREIGHT TO SEGOT
-------------------------------------------------------------------------------
Vid frågor kontakta inköparen. Questions: contact the buyer.
""")])


# c07: explicit, recorded auto-conversion agreement.
case("c07_autoconversion_record", [],
     "recorded auto-conversion names quantity 900, signer Anna Lindqvist and conditions; rest held until her written release",
     [("KF-PO-24-0091_Lappland2P_agreement.docx", docx_bytes([
         ("h1", "Recorded auto-conversion — PO KF-PO-24-0091 (Lappland 2P)"),
         ("p", "Between Kvarnfjäll Outdoor AB (buyer), Umeå, and Saigon Peak Tent Co., Ltd. (supplier), Binh Duong. "
               "Recorded 2024-04-12; reference KF-AC-007."),
         ("table", [
             ["Item", "Agreed"],
             ["Active now", "6 PP samples (PO line 10, sample scope)"],
             ["Quantity that converts", "900 pcs (PO line 20, production scope)"],
             ["Condition", "written PP sample sign-off with status 'approved' (not interim) by Anna Lindqvist, "
                           "Head of Production, dated no later than 2024-06-30"],
             ["Effect", "on that sign-off the 900 pcs are released for production without a further release notice"],
             ["Remaining quoted quantity", "600 pcs: not released; released only by a separate written release "
                                           "from Anna Lindqvist after the autumn sell-in"],
             ["Material authority", "sample-only until the condition is met; then up to 900 pcs"],
         ]),
         ("sp",),
         ("p", "If the PP sign-off is interim or rejected, or comes after 2024-06-30, nothing converts and the 900 pcs "
               "stay on hold until a written release from Anna Lindqvist."),
         ("p", "Signed: Anna Lindqvist, Head of Production, Kvarnfjäll Outdoor AB — Nguyen Van Long, General Director, "
               "Saigon Peak Tent Co., Ltd."),
     ], author="Anna Lindqvist"))])


# c08: supplier proforma: deposit explicitly does not release production.
case("c08_proforma_capacity_deposit", [],
     "supplier PI: capacity deposit 'does not release production'; bulk only on written production release after PP sign-off",
     [("DVT-PI-24-0419_proforma.pdf", pdf([
         ("h1", "PROFORMA INVOICE DVT-PI-24-0419"),
         ("p", "Dhaka Valley Textiles Ltd. · Plot 7, BSCIC I/E, Tongi, Gazipur 1710, Bangladesh · BIN 000412233-0101"),
         ("p", "Buyer: Tältverket AB, Storgatan 61, 831 30 Östersund, Sweden · Attn. Johanna Ek"),
         ("p", "Date: 19 April 2024 · Payment: T/T to Eastern Bank PLC, Tongi Branch, SWIFT EBLDBDDH"),
         ("table", [
             ["Description", "Basis", "Amount USD"],
             ["Capacity booking, Vindskydd tarp, sewing line 4, weeks 30–32", "flat", "3,000.00"],
             ["PP samples Vindskydd tarp (per PO TV-2024-131)", "12 pcs × 42.00", "504.00"],
             ["Total due now", "", "3,504.00"],
         ]),
         ("sp",),
         ("p", "Note: the capacity deposit secures the line slot for weeks 30–32 only. It does not release production. "
               "Bulk starts only on your written production release (Johanna Ek) after PP sample sign-off. If no "
               "release is received by 30 June 2024 the slot lapses and the deposit is credited to the next order."),
         ("p", "Bank charges outside Bangladesh for buyer's account. Please quote DVT-PI-24-0419 on the transfer."),
         ("p", "Authorised signature: Mahbubur Rahman, Director (Merchandising)"),
     ], title="Proforma DVT-PI-24-0419", author="Dhaka Valley Textiles"))])


# c09: supplier acknowledgement restating the hold, PDF acknowledgement attached.
_c09_text = """\
Dear Ms. Han,

Thank you for PO HB-24-0533. Please find our order acknowledgement OA-24-118 attached.

We acknowledge the PO as written:
- PP samples: 9 pcs Seorak 30L (3 colours x 3 pcs). This is the only quantity we will make.
- Bulk 891 pcs: not released, on hold until your written bulk release (Han Ji-woo) after PP
  sample sign-off.
- Material: sample-only. We will not book bulk fabric or trims.

PP samples ex-factory 24 May by EMS.

Best regards,
Park Sung-min
Merchandising Manager
Vina Hanmi Apparel Co., Ltd. | Que Vo IP, Bac Ninh, Vietnam | +84 222 3634 771
"""
case("c09_supplier_ack_hold", [],
     "supplier acknowledgement restates 9 PP only, 891 held until Han Ji-woo's written release after PP sign-off, sample-only material",
     [("OA-24-118_acknowledgement.eml", eml_bytes(mail(
         "Park Sung-min <sm.park@vinahanmi.vn>", "Han Ji-woo <jiwoo.han@hanbitoutdoor.co.kr>",
         "Order acknowledgement OA-24-118 / PO HB-24-0533", "Mon, 6 May 2024 11:20:00 +0700", _c09_text,
         attachments=[("OA-24-118.pdf", pdf([
             ("h1", "ORDER ACKNOWLEDGEMENT OA-24-118"),
             ("p", "Vina Hanmi Apparel Co., Ltd. → Hanbit Outdoor Co., Ltd., Seoul · PO HB-24-0533 · 2024-05-06"),
             ("table", [
                 ["Line", "Style", "Colour", "Qty", "Scope"],
                 ["1", "Seorak 30L", "Charcoal", "3", "PP sample"],
                 ["2", "Seorak 30L", "Olive", "3", "PP sample"],
                 ["3", "Seorak 30L", "Mustard", "3", "PP sample"],
                 ["", "", "Total", "9", ""],
             ]),
             ("p", "Bulk 891 pcs: not released. On hold until written bulk release by Han Ji-woo after PP sample "
                   "sign-off. Material authority: sample-only."),
         ], title="OA-24-118", author="Vina Hanmi"), PDF_MT)])))])


# c11: complete SMS PO in DOCX with BOM table ("side-release buckle" is hardware, not an approval term).
case("c11_sms_po_docx_bom", [],
     "SMS PO: 16 pcs, 1,184 quote qty not released, sample-only material, Marc Gagnon releases after SMS sign-off; BOM has side-release buckles",
     [("LX-3340_SMS_Portneuf28.docx", docx_bytes([
         ("h1", "Bon de commande / Purchase Order LX-3340"),
         ("p", "Laurentide Expeditions inc. · 2150 rue Cyrille-Duquet, Québec QC G1N 2G5 · Canada"),
         ("p", "Supplier: Mekong Bagworks Co., Ltd., Duc Hoa III IP, Long An, Vietnam · Date: 2024-05-02"),
         ("h", "Lines"),
         ("table", [
             ["Line", "Style", "Colour", "Qty", "Scope", "Unit CAD"],
             ["1", "Portneuf 28L daypack", "Tundra", "6", "sample (SMS)", "64.00"],
             ["2", "Portneuf 28L daypack", "Lichen", "5", "sample (SMS)", "64.00"],
             ["3", "Portneuf 28L daypack", "Ember", "5", "sample (SMS)", "64.00"],
             ["", "", "Total", "16", "", "1,024.00"],
         ]),
         ("h", "Bill of materials (per tech pack LX-PN28 rev C)"),
         ("table", [
             ["Component", "Spec", "Supplier"],
             ["Body fabric", "210D recycled nylon ripstop, PU 1,200 mm", "Formosa Taffeta"],
             ["Bottom", "500D Cordura", "Invista licensee"],
             ["Sternum strap buckle", "Side-release buckle 20 mm, Duraflex Mojave", "Duraflex"],
             ["Hipbelt buckle", "Side-release buckle 25 mm, Duraflex Stealth", "Duraflex"],
             ["Zips", "YKK #5 RC, reverse coil", "YKK Vietnam"],
         ]),
         ("h", "Scope"),
         ("p", "This PO covers sixteen (16) salesman samples only. The production quantity of 1,184 pcs in quote "
               "MB-Q-1170 is not released; do not cut or buy material for it (material authority: sample-only)."),
         ("p", "The production quantity will be released only by a written production release from Marc Gagnon, "
               "Directeur approvisionnement, after SMS sign-off."),
         ("p", "SMS ex-factory: 2024-06-07, FedEx IP to Québec."),
     ], author="Marc Gagnon"))])


# ---------------------------------------------------------------- batch 3
# p21: buyer mixes "approved" for fit/PP and for production, and rolls PP approval into bulk.
_p21_prev = """\
Hi Wendy,

PO KF-PO-24-0120 attached: 18 PP samples of the Tärnaby 45 only. The bulk (1,782 pcs per
your quote) is not released until PP sample sign-off and a written production release from
me.

Sara Nilsson, Inköpschef, Kvarnfjäll Outdoor AB
"""
_p21_text = """\
Hi Wendy,

Fit approved 👍 the new back panel works really well, the team loved the ventilation.

Once the PP is approved as well, consider that your production approval for the bulk - no
need to wait for a separate release from me. Colours for PP as per the lab dips: Granit,
Lav and Myr.

Small things for PP:
- lid pocket zip puller: use the Kvarnfjäll rubber puller KF-ZP-2
- hipbelt padding 2 mm softer foam

Tack och hej!
Sara
""" + sig("Sara Nilsson", "Inköpschef", "Kvarnfjäll Outdoor AB, Umeå", "+46 90 14 22 80") + """
On Tue, 2 Apr 2024 at 08:40, Sara Nilsson <sara.nilsson@kvarnfjall.se> wrote:
""" + quote(_p21_prev) + "\n"
_p21_html = ("<html><body><p>Hi Wendy,</p><p>Fit approved 👍 the new back panel works really well, the team loved "
             "the ventilation.</p><p>Once the PP is approved as well, consider that your production approval for "
             "the bulk - no need to wait for a separate release from me. Colours for PP as per the lab dips: "
             "Granit, Lav and Myr.</p><ul><li>lid pocket zip puller: use the Kvarnfjäll rubber puller KF-ZP-2</li>"
             "<li>hipbelt padding 2 mm softer foam</li></ul><p>Tack och hej!<br>Sara</p></body></html>")
case("p21_fit_ok_pp_is_go", ["RG007", "RG009"],
     "'approved' used for fit/PP samples and for 'production approval'; PP approval said to count as the bulk go, contradicting written release",
     [("Tarnaby45_fit_feedback.eml", eml_bytes(mail(
         "Sara Nilsson <sara.nilsson@kvarnfjall.se>", "Wendy Xu <wendy.xu@northpeakbags.com>",
         "Re: Tärnaby 45 - fit sample feedback", "Thu, 25 Apr 2024 13:05:00 +0200", _p21_text, html=_p21_html,
         in_reply_to="<h110-kf-0402@kvarnfjall.se>")))])


# p22: buyer portal, scope complete; vendor comment schedules bulk cutting off the PP sign-off.
case("p22_vendorhub_uinta_pp", ["RG007"],
     "portal scope: 12 PP, 1,440 not released until Kayla Reyes' written release; vendor comment schedules bulk cutting off the PP sign-off",
     [("vendorhub_SSO-2024-044.html", html_page("Vendor Hub – PO SSO-2024-044", """\
<h1>Summit &amp; Sage Vendor Hub</h1>
<p>PO <b>SSO-2024-044</b> · Uinta 2P tent · Vendor: Quanzhou Trailworks Outdoor Co., Ltd. · Buyer: Kayla Reyes</p>
<h2>Order scope</h2>
<table>
<tr><th>Item</th><th>Quantity</th><th>Status</th></tr>
<tr><td>PP samples (sample scope)</td><td>12</td><td>active</td></tr>
<tr><td>Bulk per quote QTW-Q-0211</td><td>1,440</td><td>NOT RELEASED</td></tr>
</table>
<p class="note">Bulk is not released. It is released only by a written production release from Kayla Reyes
(Sr. Sourcing Manager) after PP sample sign-off. Material authority: sample-only.</p>
<h2>Sample status</h2>
<table>
<tr><th>Stage</th><th>Date</th><th>Result</th><th>By</th></tr>
<tr><td>Proto 2</td><td>2024-03-22</td><td>signed off with comments</td><td>Ben Carter (QA)</td></tr>
<tr><td>PP samples</td><td>2024-05-14</td><td>signed off</td><td>Ben Carter (QA)</td></tr>
</table>
<h2>Comments</h2>
<table>
<tr><th>Date</th><th>From</th><th>Comment</th></tr>
<tr><td>2024-05-02</td><td>Kayla Reyes</td><td>PP samples received, review scheduled for 5/14.</td></tr>
<tr><td>2024-05-14</td><td>Ben Carter</td><td>PP OK: seam tape and guy-out points fixed. Sign-off uploaded.</td></tr>
<tr><td>2024-05-15</td><td>Jacky Lin (Quanzhou Trailworks)</td><td>Thank you, PP sign-off received. Following the PP
result, bulk cutting is scheduled from 20 May, ex-factory 5 July.</td></tr>
</table>
<p style="color:#777">Vendor Hub v4.2 · Summit &amp; Sage Outfitters, 340 W 200 S, Salt Lake City, UT 84101</p>
"""))])


# p23: multi-file: ERP PO says 24 SMS, buyer's same-day mail "as per PO" says 30.
_p23_text = """\
Bonjour Thu Ha,

As per PO LX-3351 (printout attached to the portal this morning), please make thirty (30) SMS
of the Taiga 2P for our dealer meetings in August. Colours: Tundra and Ember, half each.

Same rule as always: the bulk quantity in your quote (1,500 pcs) is not released. It stays
on hold until SMS sign-off and my written production release.

Merci!
Marc Gagnon
Directeur approvisionnement | Laurentide Expeditions inc.
2150 rue Cyrille-Duquet, Québec QC G1N 2G5 | +1 418 555 0133
"""
case("p23_sms_po_and_mail", ["RG011"],
     "ERP PO authorizes 24 SMS, buyer's same-day mail 'as per PO' asks for thirty (30) SMS; rest of scope complete",
     [("LX-3351_PO_printout.txt", """\
LAURENTIDE EXPEDITIONS INC.                         BON DE COMMANDE / PURCHASE ORDER
2150 rue Cyrille-Duquet, Quebec QC G1N 2G5          No. LX-3351      Date 2024-05-28
--------------------------------------------------------------------------------
Fournisseur / Supplier : V-0915 RED RIVER OUTDOOR MANUFACTURING JSC, HUNG YEN, VN
Acheteur / Buyer       : M. GAGNON
--------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                   QTY   UOM   SCOPE     UNIT USD
01  LX-TG2-TU   TAIGA 2P TENT - TUNDRA         12   PCS   SAMPLE      140.00
02  LX-TG2-EM   TAIGA 2P TENT - EMBER          12   PCS   SAMPLE      140.00
--------------------------------------------------------------------------------
TOTAL QTY                                      24   PCS                3,360.00
--------------------------------------------------------------------------------
NOTE: SMS ONLY - 24 PCS. BULK QTY PER QUOTE RR-Q-0788 (1,500 PCS) NOT RELEASED,
      ON HOLD UNTIL SMS SIGN-OFF AND WRITTEN PRODUCTION RELEASE BY M. GAGNON.
      MATERIAL AUTHORITY: SAMPLE ONLY.
SHIP  : SMS EX-FACTORY 2024-07-05, FEDEX IP TO QUEBEC
--------------------------------------------------------------------------------
"""),
      ("LX-3351_SMS_Taiga2P.eml", eml_bytes(mail(
          "Marc Gagnon <m.gagnon@laurentide-exp.ca>", "Nguyen Thi Thu Ha <thuha.nguyen@redriver-outdoor.vn>",
          "PO LX-3351 - SMS Taiga 2P", "Tue, 28 May 2024 14:30:00 -0400", _p23_text)))])


# p24: release letter: text releases 1,000, the colour table adds up to 1,200.
case("p24_release_letter_seorak", ["RG011"],
     "release letter says 'we release 1,000 pcs' but its colour table totals 1,200 released; balance, event and Han Ji-woo named",
     [("HB-REL-24-009_production_release.pdf", pdf([
         ("h1", "PRODUCTION RELEASE HB-REL-24-009"),
         ("p", "Hanbit Outdoor Co., Ltd. · 14F, 311 Teheran-ro, Gangnam-gu, Seoul 06151 · Korea"),
         ("p", "To: Vina Hanmi Apparel Co., Ltd. (Bac Ninh, Vietnam) · PO HB-24-0512 · Seorak 45L · Date 2024-06-10"),
         ("p", "Evidence: PP sample sign-off PPS-0512 dated 2024-06-05 (Hanbit QA, Lee Min-jae)."),
         ("p", "With this letter we release 1,000 pcs of the Seorak 45L for production, split as below."),
         ("table", [
             ["Colour", "Released now (pcs)", "Ex-factory"],
             ["Charcoal", "400", "2024-07-26"],
             ["Olive", "300", "2024-07-26"],
             ["Mustard", "300", "2024-08-02"],
             ["Navy", "200", "2024-08-02"],
             ["Total released", "1,200", ""],
         ]),
         ("sp",),
         ("p", "Balance of PO HB-24-0512 not released: 1,400 pcs. The balance is released only by a further written "
               "release from Han Ji-woo (Sourcing Team Leader) after lot acceptance of this first lot."),
         ("p", "Material authority: up to the quantity released by this letter."),
         ("p", "Signed: Han Ji-woo, Sourcing Team Leader (release authority) · jiwoo.han@hanbitoutdoor.co.kr"),
     ], title="HB-REL-24-009", author="Han Ji-woo"))])


# p25: DOCX PO: body says eight fit samples, table adds up to ten.
case("p25_fit_sample_po_docx", ["RG011"],
     "fit sample PO text says eight (8) pcs, its size/colour table totals 10; balance, event and Yoon Seo-yeon named",
     [("BA-24-0219_fit_samples.docx", docx_bytes([
         ("h1", "PURCHASE ORDER BA-24-0219 — Fit samples"),
         ("p", "Baekdu Alpine Co., Ltd. · 27 Dosan-daero 55-gil, Gangnam-gu, Seoul · Korea"),
         ("p", "Supplier: Ningbo Everwarm Down Products Co., Ltd. · Date: 2024-04-08 · Buyer: Yoon Seo-yeon"),
         ("h", "Item"),
         ("p", "Jirisan -10 mummy sleeping bag, 650FP duck down, 20D shell, tech pack BA-SB-J10 v2."),
         ("p", "This PO covers eight (8) fit samples only, for the shoulder-girth and footbox review."),
         ("table", [
             ["Size", "Colour", "Qty"],
             ["Regular (183 cm)", "Forest", "3"],
             ["Regular (183 cm)", "Sand", "2"],
             ["Long (198 cm)", "Forest", "3"],
             ["Long (198 cm)", "Sand", "2"],
             ["Total", "", "10"],
         ]),
         ("h", "Scope"),
         ("p", "The production quantity of 1,600 pcs in your quote EW-Q-2311 is not released and stays on hold. "
               "It will be released only in writing by Yoon Seo-yeon (Sourcing Manager) after fit sample sign-off "
               "and PP sample sign-off. Material authority: sample-only."),
         ("p", "Fit samples to Seoul by 2024-05-03, EMS. Temperature rating test per EN ISO 23537-1 with the PP round."),
     ], author="Yoon Seo-yeon"))])


# p26: supplier acknowledgement states a different released quantity than the buyer's release.
_p26_rel = """\
Hi Lily,

Production release R2 for PO TV-2024-140 (Glöd 1.0): 1,200 pcs are released for production
now. Evidence: PP sample sign-off PPS-140 of 14 May. The remaining 1,200 pcs are not
released; they follow only with a further written release from me after lot acceptance of
this lot.

Material authority: 1,200 pcs.

Med vänlig hälsning
Johanna Ek, Inköpschef, Tältverket AB
"""
_p26_text = """\
Dear Johanna,

Thank you. We confirm production release R2 for 1,500 pcs Glöd 1.0, ex-factory 15 August.

Shipping mark and gift box as PP. Inspection booking will send 2 weeks before.

Best regards,
Lily Chen
Sales Dept. | Yongkang Blueflame Metal Products Co., Ltd.
No. 9 Huangcheng Road, Yongkang, Zhejiang 321300, China

On Wed, 22 May 2024 at 10:02, Johanna Ek <johanna.ek@taltverket.se> wrote:
""" + quote(_p26_rel) + "\n"
case("p26_ack_release_r2", ["RG011"],
     "buyer's release R2 authorizes 1,200 pcs; supplier's acknowledgement confirms release R2 for 1,500 pcs",
     [("RE_release_R2_TV-2024-140.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@blueflame-yk.com>", "Johanna Ek <johanna.ek@taltverket.se>",
         "RE: PO TV-2024-140 - production release R2", "Thu, 23 May 2024 09:12:00 +0800", _p26_text,
         in_reply_to="<h110-tv-0522@taltverket.se>")))])


# p27: portal: PO line shows release qty 300, release panel says 350.
case("p27_partner_portal_jiri", ["RG011"],
     "partner portal: PO line release qty 300 vs release panel 'released for production 350'; balance, event and person named",
     [("hanbit_partner_portal_HB-24-0601.html", html_page("Hanbit 파트너 포털 – HB-24-0601", """\
<h1>Hanbit Outdoor 파트너 포털 / Partner Portal</h1>
<p>협력사 / Supplier: <b>Qingdao Daesung Outdoor Co., Ltd.</b> · PO <b>HB-24-0601</b> · 지리 울트라라이트 1P / Jiri UL 1P tent</p>
<h2>PO lines</h2>
<table>
<tr><th>Line</th><th>Item</th><th>PO qty (commercial cover)</th><th>Release qty</th><th>Balance not released</th></tr>
<tr><td>1</td><td>Jiri UL 1P – Fog Grey</td><td>1,200</td><td>300</td><td>900</td></tr>
</table>
<h2>Release R1</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Released for production</td><td>350 pcs</td></tr>
<tr><td>Evidence</td><td>PP sample sign-off PPS-0601 (2024-05-29)</td></tr>
<tr><td>Authorized by</td><td>Han Ji-woo (한지우), Sourcing Team Leader</td></tr>
<tr><td>Material authority</td><td>released quantity only</td></tr>
</table>
<p class="note">잔량 미출고 / The balance is not released. Next release only in writing by Han Ji-woo after lot
acceptance of R1.</p>
<p>Ex-factory R1: 2024-07-12 · Port: Qingdao · Inspection: Hanbit QA</p>
"""))])


# p29: mail body says twenty protos, attached PO says 25.
_p29_text = """\
Hi Lily,

Attached is PO SSO-2024-038 for twenty (20) protos of the Bonneville two-burner stove, as
discussed on Tuesday's call. The 3,000 pcs in your quote are not released - bulk stays on
hold until proto sign-off and my written production release.

Please confirm the proto ex-factory date. We'd love to have them before Outdoor Retailer.

Thanks!
Kayla
""" + sig("Kayla Reyes", "Sr. Sourcing Manager", "Summit & Sage Outfitters, Salt Lake City UT", "+1 801 555 0164")
case("p29_proto_po_mail_mismatch", ["RG011"],
     "mail says twenty (20) protos, the attached PO line says 25; hold, event and Kayla Reyes named in both",
     [("PO_SSO-2024-038_Bonneville_protos.eml", eml_bytes(mail(
         "Kayla Reyes <kayla@summitandsage.com>", "Lily Chen <lily.chen@blueflame-yk.com>",
         "PO SSO-2024-038 Bonneville protos", "Thu, 11 Apr 2024 16:22:00 -0600", _p29_text,
         attachments=[("SSO-2024-038.pdf", pdf([
             ("h1", "PURCHASE ORDER SSO-2024-038"),
             ("p", "Summit & Sage Outfitters · 340 W 200 S · Salt Lake City, UT 84101 · USA"),
             ("p", "Vendor: Yongkang Blueflame Metal Products Co., Ltd. · Date 2024-04-11 · Buyer: Kayla Reyes"),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Scope", "Unit USD"],
                 ["1", "SS-BNV-2B", "Bonneville two-burner stove, proto", "25", "sample (proto)", "65.00"],
             ]),
             ("p", "Bulk quantity per quote YBF-Q-0402 (3,000 pcs): not released. On hold until proto sign-off and a "
                   "written production release from Kayla Reyes, Sr. Sourcing Manager. Material: protos only."),
             ("p", "Ship by air, DAP Salt Lake City. CSA/ANSI Z21.72 test plan to follow with PP."),
         ], pagesize=LETTER, title="SSO-2024-038", author="Kayla Reyes"), PDF_MT)])))])


# p30: buyer turns a forecast into a "firm order" by email.
_p30_text = """\
Hi Hoa and Mr. Long,

Great seeing you both in Binh Duong last month! Attached is our SS26 forecast (v3).

Please treat the 6,000 tents in it as our firm order and lock the line for October to
December. Megan will follow up with the style breakdown once the line is final.

Happy to jump on a call this week if that helps your planning.

Best,
Dana
""" + sig("Dana Whitfield", "VP Sourcing", "Ridgeline Outdoor Co., Boulder CO", "+1 303 555 0101")
_p30_att = html_page("Ridgeline SS26 forecast v3", """\
<h2>Ridgeline Outdoor — SS26 tent forecast (v3, 2024-06-03)</h2>
<table>
<tr><th>Style</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Total</th></tr>
<tr><td>Talus 2P</td><td>900</td><td>1,100</td><td>800</td><td>2,800</td></tr>
<tr><td>Talus 3P</td><td>500</td><td>600</td><td>400</td><td>1,500</td></tr>
<tr><td>Mesa 4P</td><td>400</td><td>700</td><td>600</td><td>1,700</td></tr>
<tr><th>Total</th><th>1,800</th><th>2,400</th><th>1,800</th><th>6,000</th></tr>
</table>
<p>Source: Ridgeline demand planning, sell-in forecast per channel.</p>
""")
case("p30_ss26_forecast_firm", ["RG008"],
     "buyer sends the SS26 forecast and asks the supplier to treat its 6,000 tents as a firm order",
     [("Ridgeline_SS26_capacity.eml", eml_bytes(mail(
         "Dana Whitfield <dana.whitfield@ridgelineoutdoor.com>", "Le Thi Hoa <hoa.le@saigonpeaktent.vn>",
         "SS26 forecast v3 - capacity Oct-Dec", "Mon, 3 Jun 2024 10:05:00 -0600", _p30_text,
         cc="Nguyen Van Long <long.nguyen@saigonpeaktent.vn>, Megan Doyle <megan.doyle@ridgelineoutdoor.com>",
         attachments=[("SS26_forecast_v3.html", _p30_att, HTML_MT)])))])


# p31: supplier thanks for "your order" of a forecast and reserves material for it.
_p31_kayla = """\
Hi Cindy,

FW25 forecast, not an order: 12,000 bags across 4 styles (split in the attached sheet).
No material authority - this is for your capacity planning only.

Kayla
"""
_p31_text = """\
Dear Kayla,

Thank you very much for your order of 12,000 bags for FW25!

We have reserved the down and the shell fabric for the full quantity with our mills, so the
price is locked. PI will send next week.

Best regards,
Cindy Zhao
Sales Manager | Ningbo Everwarm Down Products Co., Ltd.

-----Original Message-----
From: Kayla Reyes <kayla@summitandsage.com>
Sent: Friday, June 7, 2024 1:10 AM
Subject: FW25 forecast

""" + quote(_p31_kayla) + "\n"
case("p31_thanks_for_order_fw25", ["RG006", "RG008"],
     "supplier calls a labelled FW25 forecast 'your order of 12,000 bags' and reserves down and fabric for it with no material authority",
     [("RE_FW25_Everwarm.eml", eml_bytes(mail(
         "Cindy Zhao <cindy@everwarm-down.cn>", "Kayla Reyes <kayla@summitandsage.com>",
         "RE: FW25 forecast", "Mon, 10 Jun 2024 11:48:00 +0800", _p31_text,
         in_reply_to="<h110-sso-0607@summitandsage.com>")))])


# ---------------------------------------------------------------- clean, batch 3
# c12: buyer corrects a quoted supplier assumption of auto-conversion.
_c12_sup = """\
Dear Jonas,

PP samples Schauinsland 22 (12 pcs) will ship on Friday. After your PP approval we go
straight into the bulk 1,800 pcs, so we keep week 30 ex-factory.

Best regards,
Tran Quoc Anh, Mekong Bagworks
"""
_c12_text = """\
Hallo Anh,

no - please don't. A PP sample sign-off does not release the bulk.

What is active: the 12 PP samples of the Schauinsland 22 on order 24-0702, nothing else.
The 1,800 pcs bulk stays on hold and is not released. It is released only when I send a
written production release after PP sample sign-off. Until then no fabric and no trims for
the bulk, please.

If week 30 is at risk, tell me the latest date you need the release and I will try to get
the PP review done in time.

Viele Grüße
Jonas Weber
Leiter Beschaffung | Hochland Sport GmbH
Schwarzwaldstraße 112 | 79117 Freiburg im Breisgau | +49 761 4588 120

Am 13.06.2024 um 11:02 schrieb Tran Quoc Anh <anh.tran@mekongbagworks.vn>:
""" + quote(_c12_sup) + "\n"
case("c12_correction_of_assumption", [],
     "quoted supplier assumes PP approval rolls into 1,800 bulk; buyer's reply corrects it with 12 PP active, hold, event and Jonas Weber",
     [("AW_Schauinsland22_PP.eml", eml_bytes(mail(
         "Jonas Weber <j.weber@hochland-sport.de>", "Tran Quoc Anh <anh.tran@mekongbagworks.vn>",
         "AW: Schauinsland 22 PP samples / bulk", "Thu, 13 Jun 2024 15:40:00 +0200", _c12_text,
         in_reply_to="<h110-mb-0613@mekongbagworks.vn>")))])


# c13: internal Slack export; a question about a go-ahead, nothing goes to the supplier.
case("c13_slack_internal_question", [],
     "internal buyer chat asks whether there is a go-ahead for the 480 balance; nothing is authorized to the supplier",
     [("slack_sourcing-packs_2024-05-21.txt", """\
Slack export · workspace fjallhem · channel #sourcing-packs · 2024-05-21

[09:12] Maja Holm: Chittagong asked again if they can start the rest of RA-7711. Do we have a go-ahead from Lena on bal. 480 yet?
[09:15] Erik Sand: not yet. she wants the AQL report from the first lot before she signs anything
[09:15] Erik Sand: so nothing to the factory for now
[09:16] Maja Holm: ok 👍 I'll just tell Karim we're still waiting on our side
[09:40] Lena Berg: report came in, looks ok at first glance, I'll read it properly tomorrow morning
[09:41] Erik Sand: thx Lena 🙏
[11:02] Maja Holm: unrelated: hangtag HT-05 proofs are in the drive, please check the FI text
""")])


# c15: WhatsApp (iOS) with complete scope and a supplier confirming it.
case("c15_whatsapp_abisko_pp", [],
     "buyer: 12 PP only, 1,188 not released, Sara Nilsson releases in writing after PP sign-off; supplier confirms; logistics chat",
     [("WhatsApp Chat - Jacky Lin Quanzhou Trailworks.txt", chat([
         ("[08/05/2024, 08:31:02]", "Sara Nilsson", "Hi Jacky! PO KF-PO-24-0140 sent by mail. To be clear: it is "
          "for 12 PP samples of the Abisko 1P only."),
         ("[08/05/2024, 08:31:40]", "Sara Nilsson", "Bulk 1,188 pcs is not released. I'll release the bulk in "
          "writing after PP sign-off - Sara Nilsson, Inköpschef"),
         ("[08/05/2024, 09:10:15]", "Jacky Lin", "Hi Sara, noted. Only 12 PP, no bulk material 👌"),
         ("[08/05/2024, 09:11:03]", "Jacky Lin", "PP ready 31 May, send by DHL. Fly colour same as proto 2?"),
         ("[08/05/2024, 09:25:44]", "Sara Nilsson", "yes same as proto 2, but please use the grey zipper pulls"),
         ("[31/05/2024, 17:02:10]", "Jacky Lin", "PP shipped DHL 3318 2045 77 📦"),
         ("[31/05/2024, 17:05:51]", "Sara Nilsson", "tack! will review week 24"),
     ], header="[08/05/2024, 08:30:00] Sara Nilsson: Messages and calls are end-to-end encrypted.", sep=" "))])


# c16: KakaoTalk; interim sign-off with a quantity limit, the rest held, written release by name.
case("c16_kakao_interim_200", [],
     "interim PP sign-off: 200 pcs released for early drop, 988 not released until final PP sign-off and Han Ji-woo's written release",
     [("KakaoTalk_Chats_VinaHanmi_HB-24-0588.txt", kakao("박성민 (Vina Hanmi)", "2024-06-14 09:12:44", [
         ("date", "2024년 6월 12일 수요일"),
         ("오전 10:02", "한지우 Hanbit", "성민 과장님, PP 샘플 검토 끝났어요. PO HB-24-0588 (Seorak 30L)."),
         ("오전 10:03", "한지우 Hanbit", "PP sample interim sign-off: strap colour still wrong, everything else OK."),
         ("오전 10:05", "한지우 Hanbit", "Production release: 200 pcs only, for the early drop (Charcoal). That is "
          "all you may cut and sew now. Material for 200 pcs only."),
         ("오전 10:06", "한지우 Hanbit", "Remaining 988 pcs NOT released until final PP sign-off (strap colour fix) "
          "and my written release — 한지우 Han Ji-woo. 메일로도 보낼게요."),
         ("오전 10:20", "박성민 Vina Hanmi", "네 확인했습니다. 200 pcs only 진행, 988 pcs hold. Strap 새 lab dip "
          "금요일까지 보내드릴게요."),
         ("오전 10:21", "한지우 Hanbit", "감사합니다 👍"),
     ]))])


# c17: HTML vendor hub page with a complete sample scope and sample status.
case("c17_vendorhub_wasatch30_sms", [],
     "portal: 24 SMS active, 1,176 not released, sample-only material, Kayla Reyes releases in writing after SMS sign-off",
     [("vendorhub_SSO-2024-052.html", html_page("Vendor Hub – PO SSO-2024-052", """\
<h1>Summit &amp; Sage Vendor Hub</h1>
<p>PO <b>SSO-2024-052</b> · Wasatch 30°F sleeping bag · Vendor: Ningbo Everwarm Down Products Co., Ltd.</p>
<h2>Order scope</h2>
<table>
<tr><th>What</th><th>Quantity</th><th>Status</th></tr>
<tr><td>SMS (sample scope) – Regular 12, Long 12</td><td>24</td><td>active – make these only</td></tr>
<tr><td>Bulk per quote EW-Q-2409</td><td>1,176</td><td>not released – on hold</td></tr>
</table>
<p class="note">The bulk is released only by a written production release from Kayla Reyes (Sr. Sourcing
Manager) after SMS sign-off. Material authority: sample-only. The quote quantity above is shown for
information.</p>
<h2>Sample status</h2>
<table>
<tr><th>Stage</th><th>Status</th><th>Date</th></tr>
<tr><td>Proto</td><td>signed off (fit + loft)</td><td>2024-04-19</td></tr>
<tr><td>SMS</td><td>in production at vendor</td><td>due 2024-06-21</td></tr>
</table>
<h2>Specs</h2>
<ul><li>Fill: 650FP RDS duck down, 90/10, 620 g (Regular)</li><li>Shell: 20D recycled nylon, DWR C0</li>
<li>Rating: EN ISO 23537-1, comfort 30°F / -1 °C</li></ul>
"""))])


# ---------------------------------------------------------------- batch 4
# p08: PLM page: "Approved" for a lab dip and for the PO; buyer comment "Approved - proceed" unscoped.
case("p08_plm_belchen2_status", ["RG002", "RG009"],
     "PLM uses 'Approved' for a lab dip (technical) and the PO (finance); buyer comment 'Approved – proceed' names no quantity",
     [("plm_Belchen2_HS-TN-B2.html", html_page("PLM – Belchen 2 (HS-TN-B2)", """\
<h1>Hochland Sport PLM — Belchen 2 (HS-TN-B2)</h1>
<p>Season SS25 · Vendor: Quanzhou Trailworks Outdoor Co., Ltd. · Product developer: Lea Brandt · Buyer: Jonas Weber</p>
<h2>Order scope</h2>
<div class="note">Order 24-0730 covers 8 PP samples only. Bulk (1,600 pcs per offer QTW-Q-0240) is not released and
stays on hold until PP sample sign-off and a written production release by Jonas Weber (Leiter Beschaffung).
Material authority: sample-only.</div>
<h2>Milestones</h2>
<table>
<tr><th>Milestone</th><th>Status</th><th>Owner</th><th>Date</th></tr>
<tr><td>Lab dip flysheet "Tanne" 19-5420</td><td>Approved</td><td>Lea Brandt (Entwicklung)</td><td>2024-05-22</td></tr>
<tr><td>Order 24-0730 (8 PP samples)</td><td>Approved</td><td>Finance, M. Keller</td><td>2024-05-27</td></tr>
<tr><td>PP samples</td><td>in work at vendor</td><td>QA</td><td>due 2024-06-28</td></tr>
</table>
<h2>Activity</h2>
<table>
<tr><th>Date</th><th>User</th><th>Entry</th></tr>
<tr><td>2024-06-17 09:40</td><td>Jacky Lin (vendor)</td><td>Marker and cutting plan for Belchen 2 uploaded, fabric consumption
1.42 m per tent. Please check.</td></tr>
<tr><td>2024-06-18 14:05</td><td>Jonas Weber</td><td>Approved – proceed.</td></tr>
<tr><td>2024-06-18 14:07</td><td>Lea Brandt</td><td>Guy-line colour for PP: reflective grey, not orange.</td></tr>
</table>
<p style="color:#777">Hochland PLM 7.3 · Seite generiert 2024-06-18 14:30</p>
"""))])


# p32: buyer's buy plan: forecast quantities declared a commitment.
case("p32_fw25_buy_plan", ["RG008"],
     "buy plan built from the sales forecast calls its quantities 'our commitment' and asks the supplier to plan production on them",
     [("Hanbit_FW25_buy_plan_VinaHanmi.pdf", pdf([
         ("h1", "FW25 Buy Plan — Vina Hanmi Apparel"),
         ("p", "Hanbit Outdoor Co., Ltd. · Sourcing Team · Issued 2024-05-20 by Han Ji-woo"),
         ("p", "The FW25 forecast quantities below are our commitment to Vina Hanmi for the season. Please plan "
               "production and capacity accordingly."),
         ("table", [
             ["Style", "Colour", "Aug", "Sep", "Oct", "Total"],
             ["Seorak 45L", "Charcoal / Olive", "800", "900", "500", "2,200"],
             ["Seorak 30L", "Charcoal / Mustard", "600", "700", "400", "1,700"],
             ["Jiri daypack 22L", "Navy / Sand", "300", "500", "300", "1,100"],
             ["Total", "", "1,700", "2,100", "1,200", "5,000"],
         ]),
         ("sp",),
         ("p", "Source: Hanbit MD sales forecast, version 2024-05 (channel: own stores, online, wholesale)."),
         ("p", "Price basis: FOB Hai Phong as per price list PL-FW25-VH. Labels and packaging per Hanbit manual v6."),
         ("p", "Contact: Han Ji-woo, Sourcing Team Leader · +82 2 3453 7710"),
     ], title="FW25 Buy Plan", author="Han Ji-woo"))])


# p33: supplier ERP: customer forecast converted to a firm sales order and material bought.
case("p33_so_from_forecast", ["RG006", "RG008"],
     "supplier ERP turns a customer forecast into a FIRM sales order of 4,800 and orders 9,600 yds fabric with no PO or material authority",
     [("SO-24-1187_order_status.txt", """\
CHITTAGONG PACKWORKS LTD                          SALES ORDER STATUS  SO-24-1187
PLOT 41-44, CEPZ, CHATTOGRAM 4223, BANGLADESH     PRINT 2024-06-04 11:52  USR: RKARIM
=====================================================================================
CUSTOMER        : FJALLHEM FRILUFT AB (C-0088)
SOURCE DOCUMENT : CUSTOMER FORECAST FC-FW25-03 DD 2024-05-30
CUSTOMER PO     : -- (NOT YET RECEIVED)
ORDER STATUS    : FIRM   (CONVERTED FROM FORECAST BY MERCH. DEPT 2024-06-03)
=====================================================================================
LN STYLE         DESCRIPTION                   QTY     EX-FTY       STATUS
01 FH-SAR-55-BK  SAREK 55L TREKKING PACK BLK   2,400   2024-09-15   FIRM
02 FH-SAR-55-GN  SAREK 55L TREKKING PACK GRN   1,600   2024-09-15   FIRM
03 FH-SAR-45-BK  SAREK 45L TREKKING PACK BLK     800   2024-09-30   FIRM
-------------------------------------------------------------------------------------
   TOTAL                                       4,800
=====================================================================================
MATERIAL
  600D RPET PU2 BLK/GRN   9,600 YDS   PO-M-2231 TO MILL 2024-06-03   ETA 2024-07-08
  YKK #10 VISLON          4,800 PCS   PO-T-0877 2024-06-04            ETA 2024-06-28
  DURAFLEX 38MM BUCKLE    9,600 PCS   PO-T-0878 2024-06-04            ETA 2024-06-25
REMARK
  CAPACITY LINE 3 + 5 BOOKED WK 33-37. CUSTOMER MATERIAL AUTHORITY: NONE ON FILE.
=====================================================================================
""")])


# p34: KakaoTalk: buyer calls a season forecast a commitment "as order".
case("p34_kakao_forecast_commitment", ["RG008"],
     "buyer tells the factory the FW forecast of 3,000 is 'confirmed ... our commitment, you can count on it as order'",
     [("KakaoTalk_Chats_Daesung_FW25.txt", kakao("김태호 차장 (Qingdao Daesung)", "2024-05-31 17:20:40", [
         ("date", "2024년 5월 30일 목요일"),
         ("오후 4:02", "김태호 Daesung", "차장님, FW25 Dome 3 수량 언제쯤 나올까요? 원단 mill 에서 계속 물어봐요"),
         ("오후 4:15", "윤서연 Baekdu", "FW forecast 3,000 pcs (Dome 3, 3 colours). 이건 확정이에요."),
         ("오후 4:16", "윤서연 Baekdu", "That is our commitment, you can count on it as order. 정식 PO는 8월 초에 "
          "나갑니다."),
         ("오후 4:30", "김태호 Daesung", "네 감사합니다! 그럼 capacity 잡아둘게요"),
         ("오후 4:31", "윤서연 Baekdu", "네~ colour split 은 다음주에 보내드릴게요"),
     ]))])


# p35: buyer mail uses "release" for the SAP PO release and for production release,
# "approval" for the PO workflow and for the PP sample; scope complete. DOCX checklist attached.
_p35_text = """\
Hello Cindy,

short update on PO 4500013002 (Zugspitze -5 sleeping bag):

The PO was released in SAP today (commercial release, our two-step approval is done), so you
will receive the PDF from our system in a separate mail. It covers 24 PP samples only.

The PP sample approval is still open - please use the attached checklist when you pack the
samples. The production quantity of 1,176 pcs is not released and stays on hold: production
release of the 1,176 remains with Katrin Albers (Head of Sourcing) after PP sample sign-off.

Thank you and best regards
Jens Hoffmann
Einkauf Hartwaren & Schlafsäcke
Bergwerk Ausrüstung GmbH · Illerstraße 40 · 87435 Kempten · Tel +49 831 5402 218
"""
case("p35_sap_release_update", ["RG009"],
     "'released in SAP (commercial release)' and 'production release' in one mail, 'approval' for the PO workflow and PP sample; scope complete",
     [("PO_4500013002_update.eml", eml_bytes(mail(
         "Jens Hoffmann <j.hoffmann@bergwerk-ausruestung.de>", "Cindy Zhao <cindy@everwarm-down.cn>",
         "PO 4500013002 Zugspitze -5 - status", "Wed, 15 May 2024 17:02:00 +0200", _p35_text,
         attachments=[("PP_packing_checklist.docx", docx_bytes([
             ("h1", "PP sample packing checklist — Bergwerk"),
             ("num", "Each bag in its stuff sack, compression sack separate."),
             ("num", "Hangtag with article no. 4010-225-05 and size."),
             ("num", "Fill weight label per EN 12934, measured value written on the bag card."),
             ("num", "IDFL fill power report for the down lot used."),
             ("table", [["Size", "Fill weight spec", "Measured"], ["Regular", "480 g", ""], ["Long", "520 g", ""]]),
         ], author="Jens Hoffmann"), DOCX_MT)])))])


# p36: DOCX approval sheet uses "approval" for technical, commercial and production.
case("p36_style_approval_sheet", ["RG009"],
     "style sheet lists 'technical approval', 'commercial approval' and 'production approval' with one word; scope complete",
     [("TV_Vindskydd_style_sheet.docx", docx_bytes([
         ("h1", "Style approval sheet — Vindskydd tarp (TV-VS-01)"),
         ("p", "Tältverket AB · Östersund · Supplier: Dhaka Valley Textiles Ltd. · Order TV-2024-131"),
         ("table", [
             ["Approval", "Status", "By", "Date"],
             ["Technical approval (PP sample)", "approved", "Per Olsson, QA", "2024-06-03"],
             ["Commercial approval (price, order TV-2024-131)", "approved", "Johanna Ek", "2024-06-04"],
             ["Production approval (bulk)", "pending", "Johanna Ek", "—"],
         ]),
         ("sp",),
         ("p", "Order TV-2024-131 covers 12 PP samples only. The bulk of 1,990 pcs is not released and stays on hold "
               "until Johanna Ek (Inköpschef) signs a written production release after PP sample sign-off."),
         ("h", "Comments"),
         ("li", "Ridge line reinforcement: add 2nd layer 210D at the tie-outs."),
         ("li", "Stuff sack: print logo 40 mm, Pantone 7741 C."),
         ("li", "Fabric: 75D polyester ripstop, PU 2,000 mm (ISO 811), UV 50+."),
     ], author="Johanna Ek"))])


# p37: supplier: "PO release" + deposit = "released for production"; bank advice forwarded as rfc822.
_p37_bank = mail("Eastern Bank PLC <tradeservices@ebl.com.bd>", "Karim <karim@ctgpackworks.com.bd>",
                 "Credit advice - inward remittance TT 240528-0071", "Tue, 28 May 2024 13:10:00 +0600",
                 """\
CREDIT ADVICE

Beneficiary : CHITTAGONG PACKWORKS LTD, A/C 1011-220-447-001
Remitter    : THREE FORKS MERCANTILE LLC, BOZEMAN MT USA
Reference   : TFM-PO-10530 DEPOSIT 30 PCT
Amount      : USD 5,292.00
Value date  : 2024-05-28

This is a system-generated advice. Please do not reply.
""")
_p37_rachel = """\
Hi Mr. Karim,

PO TFM-PO-10530 is attached: 24 PP samples of the Madison 20L only. The bulk 1,176 pcs is not
released until PP sign-off and a written production release from me (Rachel Ostrowski).
The 30% deposit per your PI will follow this week.

Thanks,
Rachel
"""
_p37_text = """\
Dear Madam,

Good day. We received the PO release from your system and also the deposit (bank advice
forwarded below), so the order is now released for production. Cutting will start 3 June
and the first lot will be ready for inspection 28 June.

PP samples 24 pcs are sent by DHL 7720 1183 55 on 25 May.

Thanks & regards,
Rezaul Karim
Merchandising Manager
Chittagong Packworks Ltd | Plot 41-44, CEPZ, Chattogram 4223, Bangladesh

-----Original Message-----
From: Rachel Ostrowski <rachel@threeforksmerc.com>
Sent: Wednesday, May 15, 2024 9:20 PM
Subject: PO TFM-PO-10530 Madison 20L PP

""" + quote(_p37_rachel) + "\n"
case("p37_deposit_po_release_start", ["RG009", "RG012"],
     "supplier calls the PO system release and the deposit a 'release for production' and starts cutting; buyer released only 24 PP",
     [("RE_TFM-PO-10530_Madison20L.eml", eml_bytes(mail(
         "Rezaul Karim <karim@ctgpackworks.com.bd>", "Rachel Ostrowski <rachel@threeforksmerc.com>",
         "RE: PO TFM-PO-10530 Madison 20L PP - production start", "Wed, 29 May 2024 10:30:00 +0600",
         _p37_text, in_reply_to="<h110-tfm-0515@threeforksmerc.com>",
         attachments=[("rfc822", _p37_bank)])))])


# p38: buyer: "deposit went out - you've got the green light". Multipart/alternative.
_p38_prev = """\
Hi Dewi,

PO CHG-0490 covers 16 SMS of the Ridgeback 22L only. The 1,584 bulk is not released until SMS
sign-off and a written release from me.

-Tyler
"""
_p38_text = """\
Hey Dewi!

The 30% bulk deposit per your PI PI-SR-0611 went out this morning, so you've got the green
light from our side! 🎉

Jess will send the updated hangtag files tomorrow.

Cheers,
Tyler
""" + sig("Tyler Brooks", "Product & Sourcing", "Cascade Hollow Gear, Portland OR", "+1 503 555 0199") + """
On Tue, Jun 11, 2024 at 10:02 AM Tyler Brooks <tyler@cascadehollow.com> wrote:
""" + quote(_p38_prev) + "\n"
_p38_html = ("<html><body><p>Hey Dewi!</p><p>The 30% bulk deposit per your PI PI-SR-0611 went out this morning, "
             "so you've got the <b>green light</b> from our side! 🎉</p><p>Jess will send the updated hangtag files "
             "tomorrow.</p><p>Cheers,<br>Tyler</p><blockquote><p>PO CHG-0490 covers 16 SMS of the Ridgeback 22L "
             "only. The 1,584 bulk is not released until SMS sign-off and a written release from me.</p>"
             "<p>-Tyler</p></blockquote></body></html>")
case("p38_deposit_green_light", ["RG002", "RG012"],
     "buyer: deposit sent, 'you've got the green light' - payment treated as authority, green light unscoped; earlier scope complete",
     [("Re_CHG-0490_Ridgeback22.eml", eml_bytes(mail(
         "Tyler Brooks <tyler@cascadehollow.com>", "Dewi Anggraini <dewi@sinarransel.co.id>",
         "Re: PO CHG-0490 Ridgeback 22L - deposit", "Thu, 20 Jun 2024 09:14:00 -0700", _p38_text, html=_p38_html,
         in_reply_to="<h110-chg-0611@cascadehollow.com>")))])


# p39: supplier reads its own PO acceptance as authority to run the full quantity.
_p39_sara = """\
Hi Jacky,

PO KF-PO-24-0155 is in the portal: 12 PP samples of the Abisko 2P only. Bulk 1,188 pcs is not
released; I will release it in writing after PP sign-off.

Sara Nilsson, Inköpschef, Kvarnfjäll Outdoor AB
"""
_p39_text = """\
Hi Sara,

Your PO KF-PO-24-0155 was accepted in our portal on 3 May, so we have started the bulk
production of the Abisko 2P. Cutting started 6 May, sewing line 2 from next week.

PP samples will be taken from the first production lot and sent to you by DHL.

Best regards,
Jacky Lin
Sales Manager | Quanzhou Trailworks Outdoor Co., Ltd.
Jinjiang, Quanzhou, Fujian, China | +86 595 8566 1302

-----Original Message-----
From: Sara Nilsson <sara.nilsson@kvarnfjall.se>
Sent: Thursday, May 2, 2024 3:40 PM
Subject: PO KF-PO-24-0155 Abisko 2P PP

""" + quote(_p39_sara) + "\n"
case("p39_po_accepted_in_production", ["RG012"],
     "supplier treats acceptance of a 12-PP PO as authority and starts bulk production; buyer's scope complete",
     [("RE_KF-PO-24-0155_Abisko2P.eml", eml_bytes(mail(
         "Jacky Lin <jacky.lin@qz-trailworks.com>", "Sara Nilsson <sara.nilsson@kvarnfjall.se>",
         "RE: PO KF-PO-24-0155 Abisko 2P PP", "Wed, 8 May 2024 18:22:00 +0800", _p39_text,
         in_reply_to="<h110-kf-0502@kvarnfjall.se>")))])


# p41: SMS PO without any quantity; hold, event and person present. TXT spec attached.
_p41_text = """\
Dear Mr. Rahman,

our PO 4500013240 covers the salesman samples of the Kreuzeck 3P for the autumn sales
meetings. Colours and quantities per the SMS list that Katrin's assistant sends you next
week - please start with cutting the flysheets already, the colours are the same as the
PP round.

The production quantity is not released with this PO and stays on hold until SMS sign-off
and a written release from Katrin Albers (Head of Sourcing). No production material,
please.

Spec sheet attached (unchanged from PP).

Mit freundlichen Grüßen / Best regards
Jens Hoffmann
Einkauf Hartwaren & Schlafsäcke
Bergwerk Ausrüstung GmbH · Illerstraße 40 · 87435 Kempten · Tel +49 831 5402 218
"""
case("p41_sms_po_qty_to_follow", ["RG010"],
     "SMS PO says quantities follow in a list next week; hold, SMS sign-off event and Katrin Albers named, but no active quantity",
     [("PO_4500013240_SMS_Kreuzeck3P.eml", eml_bytes(mail(
         "Jens Hoffmann <j.hoffmann@bergwerk-ausruestung.de>", "Mahbubur Rahman <rahman@dhakavalley.com.bd>",
         "PO 4500013240 - SMS Kreuzeck 3P", "Mon, 10 Jun 2024 09:30:00 +0200", _p41_text,
         attachments=[("Kreuzeck3P_spec.txt", """\
KREUZECK 3P - SPEC SHEET (rev PP-2, 2024-04-30)
Inner tent      : 210 x 180 x 110 cm
Pack size       : 48 x 18 cm
Weight          : 2.950 g (min. 2.640 g)
Flysheet        : 40D ripstop nylon, silicone/PU, WS 3.000 mm (ISO 811)
Floor           : 70D nylon PU, WS 10.000 mm
Poles           : DAC NSL 9,0 mm, 3 pcs + ridge pole 8,7 mm
Pegs            : 14 x V-peg 17 cm
Guy lines       : 8 x 3 m, reflective
""", TXT_MT)])))])


# p42: WhatsApp: PP samples "all colourways", no quantity anywhere; hold, event, person present.
case("p42_whatsapp_blueridge_pp", ["RG010"],
     "buyer starts PP samples 'all colourways' with no quantity; bulk held until Linh Tran's written release after PP sign-off",
     [("WhatsApp Chat with Chi Ha Red River.txt", chat([
         ("6/3/24, 20:05", "Linh Tran", "Chị Hà ơi, PO WH-2024-017 just sent by email 🙂"),
         ("6/3/24, 20:06", "Linh Tran", "pls start the PP samples for the Blue Ridge 2P, all colourways like the "
          "lab dips (Smoky, Laurel, Ember)"),
         ("6/3/24, 20:07", "Linh Tran", "bulk stays on hold, not released, until I send the written release after "
          "PP sign-off – Linh Tran, Sourcing Manager, Wildhaven Co."),
         ("6/3/24, 20:31", "Chi Ha Red River", "Dạ em nhận rồi ạ. PP all colourways, bulk hold. No bulk fabric."),
         ("6/3/24, 20:32", "Chi Ha Red River", "PP ex-factory around 28/6, em sẽ update ạ"),
         ("6/4/24, 08:10", "Linh Tran", "cảm ơn chị! also pls use the new zipper garage on the door"),
         ("6/4/24, 08:15", "Chi Ha Red River", "Dạ ok chị 👍"),
     ], header="6/3/24, 20:04 - Messages and calls are end-to-end encrypted. No one outside of this chat, "
               "not even WhatsApp, can read or listen to them. Tap to learn more."))])


# p43: ERP call-off with no quantity; remaining frame qty on hold "until further notice".
case("p43_calloff_next_lot_phone", ["RG004", "RG010"],
     "call-off for 'next lot - qty as discussed by phone' states no quantity; frame balance on hold until further notice; Aaron Kowalczyk named",
     [("CO-0412_call-off.txt", """\
NORTHBOUND TRAIL SUPPLY INC.                      CALL-OFF / RELEASE REQUEST CO-0412
455 Industrial Ave, Vancouver BC V6A 2P3          Printed 2024-05-15 11:20 PT
------------------------------------------------------------------------------------
Supplier     : TAICHUNG ALLOY POLES CO., LTD. (V-1022)
Frame PO     : NTS-FR-2024    SKYLINE ALU TREKKING POLE (PAIR)    frame qty 5,000 pairs
Previous lots: CO-0377 (shipped 2024-04-02)
------------------------------------------------------------------------------------
CALL-OFF     : NEXT LOT - QTY AS DISCUSSED BY PHONE 05/14 (K. LAI / A. KOWALCZYK)
ACTION       : PLEASE PRODUCE AND SHIP NEXT LOT, EX-FACTORY 2024-06-21, FOB TAICHUNG
REMAINING FRAME QTY : ON HOLD UNTIL FURTHER NOTICE
RELEASE AUTHORITY   : AARON KOWALCZYK, DIRECTOR OF SOURCING
------------------------------------------------------------------------------------
PACKING      : PAIR ON HEADER CARD HC-2291, 24 PAIRS / MASTER CARTON
DOCS         : COMMERCIAL INVOICE, PACKING LIST, TEST REPORT TAP-QS-12 PER LOT
------------------------------------------------------------------------------------
""")])


# p44: "Good to run - ship the first lot" with no quantity; hold, event, person present.
_p44_text = """\
Hi Karim,

Good to run. Please ship the first lot of the Sarek 55L by 30 August.

The rest of blanket RA-7825 stays on hold and is not released until lot acceptance of the
first lot; the next call-off comes from me in writing after that.

Br,
Erik Sand
Inköpare | Fjällhem Friluft AB | Box 1142, 411 04 Göteborg | +46 31 704 22 15
"""
_p44_html = ("<html><body><p>Hi Karim,</p><p><b>Good to run.</b> Please ship the first lot of the Sarek 55L by "
             "30 August.</p><p>The rest of blanket RA-7825 stays on hold and is not released until lot acceptance "
             "of the first lot; the next call-off comes from me in writing after that.</p><p>Br,<br>Erik Sand<br>"
             "Inköpare | Fjällhem Friluft AB</p></body></html>")
case("p44_good_to_run_first_lot", ["RG002", "RG010"],
     "'Good to run ... ship the first lot' names no quantity; the rest is held until lot acceptance and Erik Sand's next call-off",
     [("Sarek55_first_lot.eml", eml_bytes(mail(
         "Erik Sand <erik.sand@fjallhem.se>", "Rezaul Karim <karim@ctgpackworks.com.bd>",
         "Sarek 55L - first lot", "Mon, 1 Jul 2024 08:05:00 +0200", _p44_text, html=_p44_html)))])


# p45: sample PO mail with PO and supplier quote attached; nothing about the balance.
_p45_text = """\
안녕하세요 Anh,

Please find attached our PO BA-24-0233 for the 24 SMS of the Hallasan 35 and your quote
MB-Q-1195. Please arrange the SMS for ex-factory 20 June, EMS to Seoul.

Colour split as in the PO: Stone 8, Pine 8, Rust 8.

Thank you!
Yoon Seo-yeon
Sourcing Manager | Baekdu Alpine Co., Ltd.
27 Dosan-daero 55-gil, Gangnam-gu, Seoul | +82 2 545 3310
"""
case("p45_sms_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "mail sends a 24-SMS PO together with the quote showing 1,800 bulk; no hold, no unlock event, no release person",
     [("PO_BA-24-0233_Hallasan35_SMS.eml", eml_bytes(mail(
         "Yoon Seo-yeon <sy.yoon@baekdualpine.co.kr>", "Tran Quoc Anh <anh.tran@mekongbagworks.vn>",
         "PO BA-24-0233 Hallasan 35 SMS", "Tue, 21 May 2024 10:40:00 +0900", _p45_text,
         attachments=[
             ("BA-24-0233.pdf", pdf([
                 ("h1", "PURCHASE ORDER BA-24-0233"),
                 ("p", "Baekdu Alpine Co., Ltd. → Mekong Bagworks Co., Ltd. · 2024-05-21 · Buyer: Yoon Seo-yeon"),
                 ("table", [
                     ["Line", "Style", "Colour", "Qty", "Unit USD"],
                     ["1", "Hallasan 35 backpack SMS", "Stone", "8", "48.00"],
                     ["2", "Hallasan 35 backpack SMS", "Pine", "8", "48.00"],
                     ["3", "Hallasan 35 backpack SMS", "Rust", "8", "48.00"],
                     ["", "", "Total", "24", "1,152.00"],
                 ]),
                 ("p", "Delivery: ex-factory 2024-06-20, EMS to Seoul. Payment: T/T 30 days after receipt."),
             ], title="BA-24-0233", author="Yoon Seo-yeon"), PDF_MT),
             ("MB-Q-1195_quote.pdf", pdf([
                 ("h1", "QUOTATION MB-Q-1195"),
                 ("p", "Mekong Bagworks Co., Ltd. · Duc Hoa III IP, Long An · To: Baekdu Alpine · 2024-05-08"),
                 ("table", [
                     ["Style", "Stage", "Qty", "Unit USD", "Lead time"],
                     ["Hallasan 35", "SMS", "24", "48.00", "21 days"],
                     ["Hallasan 35", "Bulk", "1,800", "21.60", "55 days"],
                 ]),
                 ("p", "FOB Ho Chi Minh City. Valid 60 days. Prepared by Tran Quoc Anh."),
             ], title="MB-Q-1195", author="Mekong Bagworks"), PDF_MT),
         ])))])


# p46: DOCX proto PO with quoted season volume column and a named release authority only.
case("p46_proto_po_docx_volume", ["RG001", "RG003", "RG004"],
     "proto PO shows 12 protos beside 'quoted season volume 2,400'; names Anders Holm as release authority but no hold and no event",
     [("TV-2024-152_Glod20_proto.docx", docx_bytes([
         ("h1", "Inköpsorder / Purchase Order TV-2024-152"),
         ("p", "Tältverket AB · Storgatan 61 · 831 30 Östersund · Sweden"),
         ("p", "Supplier: Yongkang Blueflame Metal Products Co., Ltd. · Date 2024-06-05 · Buyer: Johanna Ek"),
         ("table", [
             ["Line", "Item", "Qty this PO", "Quoted season volume", "Unit price USD"],
             ["1", "Glöd 2.0 canister stove, proto (regulator valve)", "12", "2,400", "42.00"],
         ]),
         ("sp",),
         ("p", "Release authority: Anders Holm, Head of Product."),
         ("p", "Tech pack: TV-GL2 rev A. Certification plan: EN 521 + CE (PED not applicable). Proto delivery by "
               "air to Östersund, DAP, by 2024-07-05."),
         ("p", "Invoice to faktura@taltverket.se quoting TV-2024-152. Our general purchasing conditions 2022 apply."),
     ], author="Johanna Ek"))])


# p47: portal PO note for SMS with no quantity and nothing about the balance.
case("p47_portal_po_note_sms", ["RG003", "RG004", "RG005", "RG010"],
     "portal SMS PO note: quantity 'per tech pack', nothing on the balance, no unlock event, no release person",
     [("wildhaven_portal_WH-2024-009.html", html_page("Wildhaven supplier portal – WH-2024-009", """\
<h1>Wildhaven Co. — Supplier Portal</h1>
<p>Supplier: <b>Red River Outdoor Manufacturing JSC</b> · PO <b>WH-2024-009</b> · Created 2024-05-06 by Linh Tran</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Need by</th></tr>
<tr><td>1</td><td>Blue Ridge 2P tent – salesman samples</td><td>see tech pack</td><td>2024-07-01</td></tr>
</table>
<h2>PO note</h2>
<p>Salesman samples for the Outdoor Retailer show. Sizes and colours per tech pack WH-BR-2P rev B.
Ship by air, DAP Asheville NC. Please include spare pole sets and the repair kit.</p>
<p>Questions to sourcing@wildhaven.co · Wildhaven Co., 60 Coxe Ave, Asheville, NC 28801</p>
"""))])


# p50: partial production release of 600 of a 2,400 PO; nothing about the balance.
case("p50_first_drop_release", ["RG001", "RG003", "RG004", "RG005"],
     "release letter authorizes 600 of PO qty 2,400 for the first drop; nothing says the 1,800 are not released, no event, no person",
     [("LX-3290_first_drop.pdf", pdf([
         ("h1", "Laurentide Expeditions inc."),
         ("p", "2150 rue Cyrille-Duquet, Québec QC G1N 2G5 · Canada"),
         ("p", "To: Red River Outdoor Manufacturing JSC, Pho Noi A IP, Hung Yen, Vietnam · Québec, 2024-06-14"),
         ("h", "Subject: PO LX-3290 — Kamik 3P — first drop"),
         ("p", "Dear Ms. Thu Ha,"),
         ("p", "Following the PP review of 11 June, please release 600 pcs of PO LX-3290 (2,400 pcs Kamik 3P) "
               "for the first drop, ex-factory 16 August 2024, FOB Hai Phong."),
         ("table", [
             ["Colour", "PO LX-3290 qty", "First drop"],
             ["Tundra", "1,600", "400"],
             ["Lichen", "800", "200"],
             ["Total", "2,400", "600"],
         ]),
         ("sp",),
         ("p", "Shipping marks and carton labels as per the routing guide LX-RG-2024. Please book the inspection "
               "with our QA one week before ex-factory."),
         ("p", "Best regards,"),
         ("p", "Julie Tremblay, Acheteuse — j.tremblay@laurentide-exp.ca — +1 418 555 0140"),
     ], pagesize=LETTER, title="LX-3290 first drop", author="Julie Tremblay"))])


# ---------------------------------------------------------------- clean, batch 5
# c18: production release of the full balance after PP sign-off, backed by a revised PO.
case("c18_full_release_storsjon", [],
     "written release of the full 1,600 after PP sign-off, covered by revised PO; names evidence and Sara Nilsson; no balance remains",
     [("KF-REL-0031_Storsjon4P.pdf", pdf([
         ("h1", "PRODUCTION RELEASE KF-REL-0031"),
         ("p", "Kvarnfjäll Outdoor AB · Västra Esplanaden 9 · 903 26 Umeå · Sweden"),
         ("p", "To: Saigon Peak Tent Co., Ltd. (supplier no. 30022) · Date: 2024-06-04"),
         ("table", [
             ["Field", "Value"],
             ["Order", "Storsjön 4P tunnel tent — PO KF-PO-24-0077 rev 1 (line 30, production scope, 1,600 pcs)"],
             ["Released for production now", "1,600 pcs (Forest/Moss 1,000 · Sand/Rust 600)"],
             ["Evidence", "PP sample sign-off PPS-0077, 2024-05-29, QA Per Lindgren"],
             ["Authorized by", "Sara Nilsson, Inköpschef (release authority)"],
             ["Material authority", "1,600 pcs"],
             ["Balance after this release", "none — this releases the full production quantity of the revised PO"],
         ]),
         ("sp",),
         ("p", "Ex-factory: 2024-08-23, FOB Ho Chi Minh City. Final inspection AQL 2.5 by Kvarnfjäll QA before "
               "shipment. Fly HH 3,000 mm per ISO 811 to be verified on 3 pcs per lot."),
         ("p", "Signed: Sara Nilsson"),
     ], title="KF-REL-0031", author="Sara Nilsson"))])


# c19: stop notice (EML + PDF): nothing may start until the stop is lifted in writing by a named person.
_c19_text = """\
Dear Mr. Rahman,

please find attached our stop notice SN-2024-04 for PO 4500013300 (Kreuzeck 2P).

In short: stop now. Nothing more may start on this order - released or not - until the stop
is lifted in writing by Katrin Albers. Details and the next steps are in the notice.

Please confirm by return mail that cutting and sewing have stopped.

Mit freundlichen Grüßen / Best regards
Jens Hoffmann
Einkauf Hartwaren & Schlafsäcke
Bergwerk Ausrüstung GmbH · Illerstraße 40 · 87435 Kempten · Tel +49 831 5402 218
"""
case("c19_stop_notice_kreuzeck", [],
     "stop notice: authorized now 0 pcs, everything on hold until Katrin Albers lifts the stop in writing after the 8D report is accepted",
     [("SN-2024-04_stop_notice.eml", eml_bytes(mail(
         "Jens Hoffmann <j.hoffmann@bergwerk-ausruestung.de>", "Mahbubur Rahman <rahman@dhakavalley.com.bd>",
         "STOP NOTICE SN-2024-04 - PO 4500013300 Kreuzeck 2P", "Fri, 21 Jun 2024 16:45:00 +0200", _c19_text,
         cc="Katrin Albers <k.albers@bergwerk-ausruestung.de>",
         attachments=[("SN-2024-04.pdf", pdf([
             ("h1", "STOP NOTICE SN-2024-04"),
             ("p", "Bergwerk Ausrüstung GmbH → Dhaka Valley Textiles Ltd. · PO 4500013300 · Kreuzeck 2P · 2024-06-21"),
             ("p", "Reason: seam tape delamination on the flysheet after the wash test (lab report LR-24-0611, 4 of 5 "
                   "specimens failed at 3,000 mm, ISO 811)."),
             ("table", [
                 ["Item", "Quantity"],
                 ["Released under R1 (2024-05-10)", "600 pcs"],
                 ["Produced to date (per your report)", "300 pcs"],
                 ["Authorized to start now", "0 pcs"],
                 ["Balance of PO not released", "1,400 pcs"],
             ]),
             ("sp",),
             ("p", "Nothing more may start on this order, released or not: no cutting, no sewing, no taping, no "
                   "material purchase. The 300 pcs produced stay at your warehouse; do not ship them."),
             ("p", "The stop is lifted only in writing by Katrin Albers (Head of Sourcing) after our QA has accepted "
                   "your 8D root-cause report. Until then the remaining 300 pcs of R1 and the unreleased 1,400 pcs "
                   "stay on hold."),
             ("p", "Signed: Katrin Albers, Head of Sourcing · Jens Hoffmann, Buyer"),
         ], title="SN-2024-04", author="Katrin Albers"), PDF_MT)])))])


# c20: multi-file: PO printout + supplier quote; the PO declares the quote quantity informational.
case("c20_po_with_quote_info", [],
     "PO (18 SMS) says the attached quote's 1,800 bulk is for information only and not released; event and Tyler Brooks named",
     [("CHG-0502_PO.txt", """\
CASCADE HOLLOW GEAR LLC                                   PURCHASE ORDER CHG-0502
2211 SE Division St, Portland OR 97202                    Date: 06/12/2024
---------------------------------------------------------------------------------
Vendor : PT SINAR RANSEL INDONESIA, JL. SOEKARNO-HATTA NO. 612, BANDUNG 40286
Buyer  : TYLER BROOKS                 Terms: NET 30      Ship: DHL EXPRESS DAP
---------------------------------------------------------------------------------
LN  STYLE       DESCRIPTION                     QTY   SCOPE    UNIT USD   EXT USD
 1  CH-RB18-BK  RIDGEBACK 18L DAYPACK BLACK       6   SAMPLE      31.00    186.00
 2  CH-RB18-MS  RIDGEBACK 18L DAYPACK MOSS        6   SAMPLE      31.00    186.00
 3  CH-RB18-CL  RIDGEBACK 18L DAYPACK CLAY        6   SAMPLE      31.00    186.00
---------------------------------------------------------------------------------
    TOTAL                                        18                        558.00
---------------------------------------------------------------------------------
SCOPE NOTE
  THIS PO COVERS 18 SMS ONLY. THE ATTACHED QUOTE QS-1240 IS FOR INFORMATION ONLY:
  ITS BULK QUANTITY (1,800 PCS) IS NOT RELEASED. DO NOT BUY BULK MATERIAL
  (MATERIAL AUTHORITY: SAMPLE ONLY). BULK WILL BE RELEASED ONLY BY A WRITTEN
  RELEASE FROM TYLER BROOKS AFTER SMS SIGN-OFF.
SHIP BY : 07/12/2024
---------------------------------------------------------------------------------
"""),
      ("QS-1240_quotation.pdf", pdf([
          ("h1", "QUOTATION QS-1240"),
          ("p", "PT Sinar Ransel Indonesia · Bandung · To: Cascade Hollow Gear, Portland OR · 2024-06-03"),
          ("table", [
              ["Style", "Stage", "Qty", "Unit USD", "Lead time"],
              ["Ridgeback 18L", "SMS", "18", "31.00", "25 days"],
              ["Ridgeback 18L", "Bulk", "1,800", "12.40", "60 days after bulk release"],
              ["Ridgeback 18L", "Bulk", "3,600", "11.75", "70 days after bulk release"],
          ]),
          ("p", "FOB Jakarta. Valid 45 days. Fabric: 210D recycled nylon, PU 1,200 mm. Prepared by Dewi Anggraini."),
      ], title="QS-1240", author="PT Sinar Ransel"))])


# c21: multi-file: release letter + supplier acknowledgement with the same quantities.
_c21_text = """\
Hallo Jonas,

thank you for production release HS-PR-24-017. We confirm as written:

- released for production now: 900 pcs Schauinsland 22 (first drop), ex-factory 2 August
- balance 900 pcs: not released, on hold until lot acceptance of the first drop and your
  written release
- material authority: 900 pcs; we buy fabric and trims for 900 pcs only

Inspection booking will follow 2 weeks before ex-factory.

Best regards,
Tran Quoc Anh
Sales Manager | Mekong Bagworks Co., Ltd. | Duc Hoa III IP, Long An, Vietnam
"""
case("c21_release_and_ack", [],
     "release letter (900 of 1,800, balance held until lot acceptance + Jonas Weber) and a matching supplier acknowledgement",
     [("HS-PR-24-017_release.pdf", pdf([
         ("h1", "Produktionsfreigabe / Production release HS-PR-24-017"),
         ("p", "Hochland Sport GmbH · Schwarzwaldstraße 112 · 79117 Freiburg · to Mekong Bagworks Co., Ltd. · 2024-06-27"),
         ("table", [
             ["Field", "Value"],
             ["Order", "24-0702 rev 1, Schauinsland 22 daypack, production line 2: 1,800 pcs"],
             ["Released for production now", "900 pcs (first drop)"],
             ["Balance not released", "900 pcs"],
             ["Unlock for the balance", "lot acceptance of the first drop, then a written release from Jonas Weber"],
             ["Evidence", "PP sample sign-off PPS-0702, 2024-06-25 (QA: Lea Brandt)"],
             ["Material authority", "900 pcs"],
             ["Authorized by", "Jonas Weber, Leiter Beschaffung"],
         ]),
         ("p", "Ex-factory first drop: 2024-08-02 · FOB Ho Chi Minh City."),
     ], title="HS-PR-24-017", author="Jonas Weber")),
      ("RE_HS-PR-24-017_confirmation.eml", eml_bytes(mail(
          "Tran Quoc Anh <anh.tran@mekongbagworks.vn>", "Jonas Weber <j.weber@hochland-sport.de>",
          "RE: Production release HS-PR-24-017 Schauinsland 22", "Fri, 28 Jun 2024 09:15:00 +0700", _c21_text,
          in_reply_to="<h110-hs-0627@hochland-sport.de>")))])


# c22: interim sample disposition with a quantity and date limit; rest held.
case("c22_interim_disposition_poles", [],
     "interim disposition: 300 pairs released to 31 Jul by Aaron Kowalczyk, 1,200 pairs not released until final sign-off and his written release",
     [("SD-2291-02_interim_disposition.docx", docx_bytes([
         ("h1", "Sample disposition SD-2291-02 — INTERIM"),
         ("p", "Northbound Trail Supply Inc. · Engineering / Sourcing · 2024-06-06"),
         ("p", "Supplier: Taichung Alloy Poles Co., Ltd. · PO NTS-55120 rev 2 (production line: 1,500 pairs) · "
               "Skyline Carbon Trekking Pole"),
         ("h", "Test results (PP lot, 6 pairs)"),
         ("table", [
             ["Test", "Requirement", "Result", "Verdict"],
             ["3-point bending NTS-QA-07", "500 N, no permanent set", "6/6 pass", "OK"],
             ["Lock slip, per section", "30 kg static, 60 s", "5/6 pass (1 slip at 27 kg)", "retest"],
             ["Weight (130 cm)", "215 g ±5 g", "212–219 g", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "Interim sign-off, limited to 300 pairs and valid until 2024-07-31, on condition that every lock is "
               "torque-set to 1.2 Nm and lot-tested (3 pairs per 100)."),
         ("p", "Production release NTS-R-0091: 300 pairs released for production under this interim disposition, "
               "authorized by Aaron Kowalczyk, Director of Sourcing. Material authority: 300 pairs."),
         ("p", "The remaining 1,200 pairs are not released. They stay on hold until final sign-off after the lock "
               "slip retest and a further written release from Aaron Kowalczyk."),
         ("p", "Engineering: Olivia Tremblay · Release authority: Aaron Kowalczyk"),
     ], author="Olivia Tremblay"))])


# c23: buyer forwards an old quote (5,000 tier) as rfc822 and declares it informational.
_c23_old = mail("Park Sung-min <sm.park@vinahanmi.vn>", "Han Ji-woo <jiwoo.han@hanbitoutdoor.co.kr>",
                "Quotation Seorak 45L (2023)", "Wed, 8 Nov 2023 14:20:00 +0700", """\
Dear Ms. Han,

Please see our price for the Seorak 45L (FW24 version):

  PP sample      12 pcs     USD 46.00
  Bulk        1,000 pcs     USD 19.80
  Bulk        5,000 pcs     USD 17.90

FOB Hai Phong, valid until 31 Dec 2023.

Best regards,
Park Sung-min, Vina Hanmi Apparel
""")
_c23_text = """\
성민 과장님,

FYI I'm forwarding last year's quote thread for the Seorak 45L (with the 5,000 pcs tier) -
for reference on pricing only. It is informational; nothing in it is released.

Current scope stays as PO HB-24-0620: 12 PP samples only. The bulk is not released until PP
sample sign-off and my written bulk release.

Please send the updated quote for 2025 by the end of the month.

감사합니다,
Han Ji-woo
Sourcing Team Leader | Hanbit Outdoor Co., Ltd. | +82 2 3453 7710
"""
case("c23_fwd_old_quote_info", [],
     "forwarded 2023 quote with a 5,000 tier declared informational; current PO 12 PP only, bulk held until PP sign-off and Han Ji-woo's release",
     [("FW_Quotation_Seorak45L_2023.eml", eml_bytes(mail(
         "Han Ji-woo <jiwoo.han@hanbitoutdoor.co.kr>", "Park Sung-min <sm.park@vinahanmi.vn>",
         "FW: Quotation Seorak 45L (2023) - for reference", "Tue, 18 Jun 2024 10:02:00 +0900", _c23_text,
         attachments=[("rfc822", _c23_old)])))])


# c24: third-party lab test report; numbers everywhere, no authorization.
case("c24_lab_test_report", [],
     "third-party lab test report on a flysheet: specimen counts and test values, no authorization",
     [("SGS_HCM_2404-0877_test_report.pdf", pdf([
         ("h1", "TEST REPORT No. HCM2404-0877"),
         ("p", "Applicant: Red River Outdoor Manufacturing JSC, Hung Yen, Vietnam · Buyer: Laurentide Expeditions inc."),
         ("p", "Sample: Kamik 3P flysheet, 20D silnylon, colour Tundra · Order ref. LX-3309 · Received 2024-04-15 · "
               "Tested 2024-04-16 to 2024-04-19"),
         ("table", [
             ["Test", "Method", "Specimens", "Result", "Requirement", "Verdict"],
             ["Hydrostatic head", "ISO 811:2018, 60 cm H2O/min", "5", "2,150 mm (min 2,010)", "≥ 1,500 mm", "Pass"],
             ["Seam hydrostatic head", "ISO 811 (seam)", "3", "1,620 mm", "≥ 1,500 mm", "Pass"],
             ["Tear strength (warp/weft)", "ISO 13937-2", "5 + 5", "19.4 N / 17.8 N", "≥ 15 N", "Pass"],
             ["Flammability", "CPAI-84 sec. 6", "4", "char 112 mm, after-flame 0 s", "≤ 255 mm", "Pass"],
             ["Dimensional change after wash", "ISO 6330 4N", "3", "-1.2 % / -0.8 %", "± 3 %", "Pass"],
         ]),
         ("sp",),
         ("p", "The results relate only to the items tested. This report shall not be reproduced except in full "
               "without written approval of the laboratory."),
         ("p", "Signed for the laboratory: Pham Minh Chau, Technical Manager, Softlines"),
     ], title="Test report HCM2404-0877", author="testing lab"))])


# c25: supplier status page: material staged within an explicit staged authority.
case("c25_supplier_status_staged", [],
     "supplier status: 600 released, fabric bought for 1,650 within the call-off's explicit staged authority of 1,800",
     [("CPL_order_status_AV-2024-0305.html", html_page("Chittagong Packworks – order status AV-2024-0305", """\
<h1>Chittagong Packworks Ltd — order status</h1>
<p>Customer: Fjällhem Friluft AB · Blanket RA-7790 · Call-off <b>AV-2024-0305</b> · Valle Trekking Pack 40L ·
Report date 2024-06-20</p>
<table>
<tr><th>Item</th><th>Quantity</th><th>Note</th></tr>
<tr><td>Released for production (AV-2024-0305)</td><td>600 pcs</td><td>cutting done, sewing 70 %</td></tr>
<tr><td>Balance of blanket</td><td>2,400 pcs</td><td>not released – no cutting</td></tr>
<tr><td>Staged material authority (per call-off)</td><td>1,800 pcs</td><td>fabric 420D + trims, at Fjällhem's liability</td></tr>
<tr><td>Fabric 420D bought</td><td>1,650 pcs' worth</td><td>within the staged authority</td></tr>
<tr><td>Trims (buckles, zips) bought</td><td>1,800 pcs' worth</td><td>within the staged authority</td></tr>
</table>
<p class="note">We stay within the staged material authority of 1,800 pcs. We will not cut beyond the 600 released
pcs until the next call-off from Erik Sand.</p>
<p>Ex-factory 600 pcs: 2024-07-15 · Inspection booked 2024-07-10 (Fjällhem QA)</p>
<p style="color:#777">Prepared by Rezaul Karim, Merchandising Manager</p>
"""))])


# ==== END OF CASES ====


RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _fmt(fn):
    return fn.rsplit(".", 1)[-1].lower()


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(110110).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        for r in c["expect"]:
            assert r in RULES, r
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h110_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")
    fmts = {}
    for c in CASES:
        for fn, _ in c["files"]:
            fmts[_fmt(fn)] = fmts.get(_fmt(fn), 0) + 1
    print("  top-level files:", dict(sorted(fmts.items())))
    print("  multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
