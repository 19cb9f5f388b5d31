#!/usr/bin/env python3
"""Generator for the releasegate check_holdout192 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout192/build.py

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
    m["Message-ID"] = msgid or f"<h192-{_MSGN[0]:04d}@{dom}>"
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
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h192")
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
# ------------------------------------------------------------ local helpers
import textwrap  # noqa: E402


def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def quoted(s):
    """Prefix every line with '> ' the way a mail client quotes."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


def html_from_text(s):
    paras = s.strip("\n").split("\n\n")
    out = ["<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras]
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


# people (all fictional)
AROHA = "Aroha Ngata <aroha.ngata@kotukucraft.co.nz>"
HAMISH = "Hamish Birchall <hamish.birchall@kotukucraft.co.nz>"
DANA = "Dana Kowalchuk <dana.kowalchuk@fraserridgeoutfitters.ca>"
PRIYA = "Priya Sandhu <priya.sandhu@fraserridgeoutfitters.ca>"
MAL = "Marc-André Lavoie <ma.lavoie@fraserridgeoutfitters.ca>"
RHIAN = "Rhian Pritchard <rhian.pritchard@cwmddu-outdoor.cymru>"
GETHIN = "Gethin Hughes <gethin.hughes@cwmddu-outdoor.cymru>"
MORIMOTO = "Takeshi Morimoto <t.morimoto@hayase-rt.co.jp>"
HARADA = "Yuki Harada <y.harada@hayase-rt.co.jp>"
PAWEL = "Paweł Wróblewski <p.wroblewski@kompozyt-mazury.pl>"
SOMCHAI = "Somchai Rattanakul <somchai.r@siampaddleworks.co.th>"
NAT = "Natthaya Chaiyasit <natthaya.c@siampaddleworks.co.th>"
LILY = "Lily Zhou <lily.zhou@nbhaoyun-outdoor.com>"
KADRI = "Kadri Tamm <kadri.tamm@parnumarine.ee>"
JOAO = "João Ferreira <joao.ferreira@vouganautica.pt>"

KK_CO = "Kōtuku Craft Kayaks Ltd · Port Nelson, Aotearoa New Zealand"
FR_CO = "Fraser Ridge Outfitters Ltd. · Squamish, British Columbia"
CDD_CO = "Canolfan Awyr Agored Cwm Ddu / Cwm Ddu Outdoor Centre · Gwynedd"
HRT_CO = "Hayase River Tours Co., Ltd. · Miyoshi, Tokushima, Japan"
KM_CO = "Kompozyt-Mazury Sp. z o.o. · Giżycko, Poland"
SPW_CO = "Siam Paddle Works Co., Ltd. · Si Racha, Chonburi, Thailand"
NHO_CO = "Ningbo Haoyun Outdoor Products Co., Ltd. · Yinzhou, Ningbo, China"
PMT_CO = "Pärnu Marine Textiles OÜ · Pärnu, Estonia"
VN_CO = "Vouga Náutica, Lda. · Águeda (Aveiro), Portugal"

PH_KK, PH_FR, PH_CDD, PH_HRT = "+64 3 546 0172", "+1 604 898 0147", "+44 1678 520 314", "+81 883 72 0415"
PH_KM, PH_SPW, PH_NHO, PH_PMT, PH_VN = ("+48 87 428 1190", "+66 38 110 245", "+86 574 8788 1302",
                                        "+372 443 1870", "+351 234 600 418")

HRT_DISCLAIMER = (
    "\n本メールは機密情報を含む場合があります。誤って受信された場合は削除をお願いします。\n"
    "This e-mail may contain confidential information. If you are not the intended recipient, "
    "please delete it.\n"
)
KM_DISCLAIMER = (
    "\nKompozyt-Mazury Sp. z o.o., ul. Przemysłowa 14, 11-500 Giżycko, KRS 0000000000, NIP 000-000-00-00.\n"
    "Treść tej wiadomości jest poufna. / This message is confidential and intended only for the addressee.\n"
)


# =================================================================== CLEAN
# c01 -- supplier quotation printout with sample / production tiers (Thai English)
case("c01_spw_quote_tiers", [],
     "supplier quotation with 20 / 500 / 1.000 tiers; no authorization in the bundle, production tiers marked information only",
     [("SPW-Q25-0114.txt", T("""
        SIAM PADDLE WORKS CO., LTD.
        88/14 Moo 3, Bo Win, Si Racha, Chonburi 20230 THAILAND
        Tel +66 38 110 245   Fax +66 38 110 246   sales@siampaddleworks.co.th
        Tax ID 0205500000000

                                   QUOTATION

        No.      : SPW-Q25-0114                         Date : 14/01/2025
        To       : Fraser Ridge Outfitters Ltd., Squamish BC, CANADA
        Attn.    : Ms. Dana Kowalchuk (Senior Buyer)
        Your ref.: RFQ 25-004 (e-mail 08/01/2025)

        Item     : Touring paddle "Howe Sound", 2-piece
                   - shaft carbon 30 mm oval, 2 position ferrule (210-230 cm adjustable)
                   - blade glass-nylon 18 x 46 cm, colour FRO green PMS 7724
        Drawing  : FRO-PD-0210 Rev 4 (received 08/01/2025)

        ------------------------------------------------------------------------
        QTY BREAK              UNIT PRICE (USD)   LEAD TIME
        ------------------------------------------------------------------------
        20 pcs (sample)             41.80         21 days after drawing confirm
        500 pcs                     27.40         45 days after written release
        1.000 pcs                   24.95         55 days after written release
        ------------------------------------------------------------------------

        REMARK
        1. Price EXW Si Racha, packing 10 pcs/ctn (ctn 112 x 40 x 30 cm). Validity 60 days.
        2. Sample price include jig set-up. Blade mould already exist, so no tooling charge.
        3. Price for 500 / 1.000 pcs is for information only. We do not buy material and do
           not start production from this quotation. Production only after customer PO and
           written release for the production quantity.
        4. Payment: sample 100% T/T before shipment. Production 30% deposit, 70% before ship.
        5. Test: shaft deflection test 25 kg / 3 point, report with sample.

        Please do not hesitate to contact us if any question.

        Best regards,

        Somchai Rattanakul
        Sales Manager
        Siam Paddle Works Co., Ltd.
        """))])


# c02 -- buyer RFQ with three quantity scenarios (Canadian), multipart/alternative
_t = T("""
    Hi Kadri,

    Hope winter is treating you OK over there. We're looking at a house-branded spray deck for
    the 2026 rental and retail season and we'd like Pärnu Marine to quote on it.

    Spec in short (full spec FRO-SD-14 Rev B pasted at the bottom):
    - 3 mm neoprene deck, 4 mm on the waist tube, Kevlar-reinforced rand, 6 mm bungee
    - sizes M / L / XL, cockpit 81 x 44 cm up to 92 x 51 cm
    - FRO logo heat transfer on the deck, one colour

    Could you quote three scenarios please:
      A) a dozen (12) samples
      B) 300 pcs
      C) 800 pcs

    To be clear, this is a request for quotation only. It is not an order and nothing is
    released; please don't buy neoprene or book line time on the back of it. If we go ahead we'll
    send a separate PO for samples first.

    A couple of questions while you're at it:
    1. Can you do the Kevlar rand in black with a yellow grab loop?
    2. What's your lead time on scenario B after a PO and release?
    3. Is your buoyancy/neoprene supplier still the same as last year (we had a good run with it)?

    Quotes by Feb 21 would be great. Thanks, eh!

    Dana

    FRO-SD-14 Rev B (excerpt)
    Neoprene: CR/SBR blend, 3 mm, nylon jersey both sides, glued + blind-stitched
    Rand: 6 mm bungee in Kevlar/PU rand, min. pull 2.5 kg release loop
    Tube: 4 mm, adjustable waist 76-112 cm
    """) + sig("Dana Kowalchuk", "Senior Buyer", FR_CO, PH_FR)
case("c02_fro_rfq", [],
     "buyer RFQ with 12 / 300 / 800 scenarios, explicitly not an order and nothing released",
     [("RFQ_25-031.eml", eml_bytes(mail(
         DANA, KADRI, "RFQ 25-031 - neoprene spray decks, 3 scenarios",
         "Tue, 04 Feb 2025 10:17:00 -0800", _t, html=html_from_text(_t))))])


# c03 -- Teams chat: supplier asks for the balance, buyer answers with full scope
case("c03_teams_balance_question", [],
     "supplier's question about the balance answered by the buyer: 40 active, 460 on hold, sign-off + written release by Marc-André Lavoie",
     [("teams_chat_export.txt", T("""
        Microsoft Teams - chat export
        Chat: FRO / SPW - Howe Sound blades
        Participants: Dana Kowalchuk, Priya Sandhu, Somchai Rattanakul (Siam Paddle Works) (External)
        Exported: 2025-03-18 16:02 (UTC-07:00)

        [2025-03-18 07:41] Somchai Rattanakul (Siam Paddle Works) (External)
        Good morning Dana. 40 pcs sample blades already finish lay-up, QC tomorrow morning.
        We have go-ahead for the balance 460 blades? Our press is free from next week

        [2025-03-18 08:15] Dana Kowalchuk
        Morning Somchai! Not yet, sorry

        [2025-03-18 08:16] Dana Kowalchuk
        Only the 40 sample blades are released on PO 45107. The other 460 stay on hold, nothing to be
        built or bought for them

        [2025-03-18 08:17] Dana Kowalchuk
        Priya has to sign off the samples first, then Marc-André Lavoie sends you a written release
        for the 460. Until you have that from him please don't start

        [2025-03-18 08:19] Priya Sandhu
        +1. I'll get to the samples the week they land

        [2025-03-18 08:20] Somchai Rattanakul (Siam Paddle Works) (External)
        Understood krub. We hold 460, ship 40 samples Thursday by DHL

        [2025-03-18 08:21] Dana Kowalchuk
        👍 thanks
        """))])


# c04 -- labelled forecast (Japanese English), PDF with table
case("c04_hrt_forecast", [],
     "season forecast clearly labelled FORECAST ONLY / not a purchase order, nothing released",
     [("HRT_equipment_plan_2025.pdf", pdf([
         ("h1", "Hayase River Tours Co., Ltd."),
         ("p", "Miyoshi-shi, Tokushima 778-0000, Japan · Tel +81 883 72 0415"),
         ("h", "2025 season equipment forecast (non-binding)"),
         ("p", "To: Pärnu Marine Textiles OÜ, Ms. Kadri Tamm · Date: 2025/01/20 · "
               "From: Takeshi Morimoto, Purchasing"),
         ("p", "FORECAST ONLY. THIS IS NOT A PURCHASE ORDER. No quantity in this table is ordered "
               "or released. Please do not buy material or start production from this document. "
               "We share it only for your capacity planning. Orders will come by separate PO."),
         ("table", [
             ["Item", "Standard", "Apr", "May", "Jun", "Jul", "Aug", "Total (forecast)"],
             ["Buoyancy aid adult, 50 N, red", "EN ISO 12402-5:2020", "60", "80", "120", "140", "100", "500"],
             ["Buoyancy aid child, 50 N", "EN ISO 12402-5:2020", "10", "20", "30", "30", "10", "100"],
             ["Spray deck nylon, tandem", "-", "0", "20", "20", "20", "0", "60"],
         ]),
         ("sp",),
         ("p", "Basis: tour booking forecast as of 2025/01/15 (Yoshino River rafting and kayak "
               "tours, approx. 8 400 guests). The numbers may change ±30% depending on rainy season."),
         ("p", "Thank you very much for your kind understanding. If you have a question, please "
               "contact Morimoto."),
     ], title="HRT forecast 2025", author="Takeshi Morimoto"))])


# c05 -- sample sign-off record: approved for fit check only (NZ)
case("c05_kk_signoff_fit_only", [],
     "sample sign-off for fit check only; 480 kits on hold until written release by Hamish Birchall; material sample-only",
     [("SSR-2025-007.docx", docx_bytes([
         ("h1", "Kōtuku Craft Kayaks Ltd — Sample Sign-off Record SSR-2025-007"),
         ("table", [
             ["Part", "Rudder kit, over-stern, PN RK-316-08 Rev C (drawing KCK-2207 Rev 12)"],
             ["Supplier", "Ningbo Haoyun Outdoor Products Co., Ltd."],
             ["PO", "KK-4498, line 10: 12 (twelve) sample rudder kits"],
             ["Samples received", "12 on 03/04/2025, DHL 7781 2207 48"],
             ["Reviewed by", "Mere Tipene, Design Engineer"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Blade pivot bolt", "M6x1.0 A4-70, nyloc", "OK"],
             ["Steering cable", "1.5 mm 7x19 stainless 316", "OK"],
             ["Fit on Tasman 520 and Kea 430 sterns", "no rub at 30° deploy", "OK, 2 mm clearance"],
             ["Salt spray", "ISO 9227 NSS 480 h", "pending, report due 25/04/2025"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED FOR FIT CHECK ONLY. The twelve sample kits may be fitted to our demo boats "
               "for the fit check. This sign-off is not a production release. Production not released."),
         ("p", "Production balance: 480 kits (quote Q-NB-25-0331) remain on hold. They are released only "
               "by a written release from Hamish Birchall, Operations Manager, after the full sample "
               "sign-off including the 480 h salt spray result."),
         ("p", "Material authority: sample-only. Ningbo Haoyun is not to buy material beyond the twelve samples."),
         ("sp",),
         ("p", "Signed: Mere Tipene, Design Engineer — 07/04/2025"),
     ], author="Mere Tipene"))])


# c06 -- buyer portal PO, full and final quantity (Welsh)
case("c06_cdd_full_qty_portal", [],
     "full-quantity PO for 24 buoyancy aids, no sample stage and no balance; 'proceed with the full 24' is scoped",
     [("po_CDD-0307.html", html_page("Archeb Brynu / Purchase Order CDD-0307", T("""
        <h2>Canolfan Awyr Agored Cwm Ddu &middot; Cwm Ddu Outdoor Centre</h2>
        <p>Porth Archebu / Ordering portal &middot; logged in as: Gethin Hughes (Equipment &amp; Stores)</p>
        <h3>Purchase Order CDD-0307 &middot; Status: Sent to supplier 14/01/2025</h3>
        <table>
        <tr><th>Supplier</th><td>P&auml;rnu Marine Textiles O&Uuml;, P&auml;rnu, Estonia</td></tr>
        <tr><th>Deliver to</th><td>Stores, Cwm Ddu Outdoor Centre, nr Bala, Gwynedd</td></tr>
        <tr><th>Raised by</th><td>Gethin Hughes</td></tr>
        <tr><th>Authorised by</th><td>Rhian Pritchard, Centre Manager</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
        <tr><th>Line</th><th>Item</th><th>Spec</th><th>Qty</th><th>Unit price</th><th>Total</th></tr>
        <tr><td>1</td><td>Buoyancy aid, adult, red, size M</td><td>50 N, EN ISO 12402-5:2020, PMT model BA-50 (same as 2023 order)</td><td>10</td><td>EUR 36,40</td><td>EUR 364,00</td></tr>
        <tr><td>2</td><td>Buoyancy aid, adult, red, size L</td><td>as line 1</td><td>10</td><td>EUR 36,40</td><td>EUR 364,00</td></tr>
        <tr><td>3</td><td>Buoyancy aid, adult, red, size XL</td><td>as line 1</td><td>4</td><td>EUR 36,40</td><td>EUR 145,60</td></tr>
        <tr><td colspan="3"><b>Total</b></td><td><b>24</b></td><td></td><td><b>EUR 873,60</b></td></tr>
        </table>
        <div class="note">
        <p><b>Note to supplier:</b> This is a repeat of the BA-50 we had from you in 2023, no changes, so
        there is no sample stage. The 24 above is the full and final quantity of this order &ndash; there
        is no balance and no further quantity planned. Please proceed with the full 24.</p>
        <p>Diolch yn fawr! Name tags CWM DDU 01&ndash;24 on the shoulder, as last time please.</p>
        </div>
        """)))])

# c07 -- EDI call-off with explicit staged material authority above the released quantity
case("c07_kk_delfor_staged", [],
     "call-off releases 15 (33 cumulative); explicit staged material authority up to 45 hull sets; balance 27 not released until next call-off signed by Hamish Birchall",
     [("DELFOR_CO-KM-0003.txt", T("""
        KOTUKU CRAFT KAYAKS LTD - EDI OUTBOUND - DELFOR D.96A (PRINT)            08/04/2025 10:12 NZST
        INTERCHANGE 250408-0031   SENDER KCKNZ01   RECEIVER KOMPMAZPL   TEST IND: 0
        ------------------------------------------------------------------------------------------
        BGM  241  CALL-OFF NO. CO-KM-0003                              FUNCTION 9 (ORIGINAL)
        DTM  137  20250408
        RFF  AAN  SCHEDULING AGREEMENT SA-KM-2024-02 (60 HULLS TASMAN 520 FOR SEASON 2025/26)
        NAD  BY   KOTUKU CRAFT KAYAKS LTD, PORT NELSON 7010 NZ
        NAD  SE   KOMPOZYT-MAZURY SP. Z O.O., 11-500 GIZYCKO PL
        LIN  1    TS-520-HUL  REV D   TASMAN 520 SEA KAYAK HULL, VINYLESTER INFUSION, GELCOAT RAL 9010
        ------------------------------------------------------------------------------------------
        QTY  FIRM RELEASE THIS CALL-OFF ......................  15 HULLS   DELIVERY WK 22/2025
        QTY  CUMULATIVE RELEASED CO-KM-0001..0003 ............  33 HULLS
        QTY  BALANCE ON SCHEDULING AGREEMENT .................  27 HULLS   STATUS: NOT RELEASED
        ------------------------------------------------------------------------------------------
        FTX  AAI  MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY AND HOLD RESIN, GLASS AND CORE FOR UP
        FTX  AAI  TO 45 HULL SETS (33 RELEASED + 12 STAGED) AT BUYER'S LIABILITY. STAGED MATERIAL
        FTX  AAI  DOES NOT AUTHORISE BUILDING ANY HULL BEYOND THE 33 RELEASED.
        FTX  AAI  BALANCE 27 HULLS NOT RELEASED. RELEASED ONLY BY THE NEXT CALL-OFF (CO-KM-0004),
        FTX  AAI  SIGNED BY HAMISH BIRCHALL, OPERATIONS MANAGER.
        FTX  AAI  PACKING: CRADLE FRAME KCK-CF-05, 2 HULLS PER FRAME, 40FT HC.
        ------------------------------------------------------------------------------------------
        UNT  18   CONTROL REF 250408-0031-01
        *** END OF PRINT ***
        """))])


# c08 -- signed auto-conversion record
case("c08_fro_autoconversion", [],
     "explicit recorded auto-conversion: names 480, signer Priya Sandhu, conditions, signed by release authority Marc-André Lavoie",
     [("AC-2025-02.docx", docx_bytes([
         ("h1", "Fraser Ridge Outfitters Ltd. — Auto-conversion record AC-2025-02"),
         ("table", [
             ["Order", "Touring paddle Howe Sound, FRO-PD-0210 Rev 4"],
             ["Supplier", "Siam Paddle Works Co., Ltd. (Si Racha, Thailand)"],
             ["Purchase order", "PO 45118 rev 1: line 10 = 20 sample paddles; line 20 = 480 production paddles (commercial cover)"],
             ["Recorded", "2025-02-27, before any sample sign-off"],
         ]),
         ("h", "Statement"),
         ("p", "Fraser Ridge Outfitters agrees that an approved sample sign-off of the twenty (20) sample "
               "paddles, signed by Priya Sandhu (Product Development Lead), releases four hundred and "
               "eighty (480) production paddles by itself, without a further release letter."),
         ("h", "Conditions"),
         ("num", "The sign-off is 'approved'. An interim or rejected disposition releases nothing."),
         ("num", "The sign-off is dated on or before 2025-05-30. After that date this record lapses."),
         ("num", "No deviation is open against FRO-PD-0210 at the time of sign-off."),
         ("num", "Any quantity beyond the 480 is not released by this record and needs its own written release."),
         ("p", "Material authority until the sign-off: sample-only."),
         ("h", "Signatures"),
         ("table", [
             ["Role", "Name", "Date"],
             ["Release authority (limit CAD 25,000)", "Marc-André Lavoie, Director of Operations", "2025-02-27"],
             ["Second approver", "Dana Kowalchuk, Senior Buyer", "2025-02-27"],
             ["Acknowledged by supplier", "Somchai Rattanakul, Sales Manager, SPW", "2025-02-28"],
         ]),
     ], author="Dana Kowalchuk"))])


# c09 -- sample PO mail with an old quote forwarded as rfc822, declared informational
_old = mail(LILY, AROHA, "Quotation J-cradle RC-22 / Kotuku",
            "Mon, 05 Sep 2022 15:40:00 +0800", T("""
    Dear Aroha,

    Thanks for your enquiry. Please see our price for J-cradle roof rack set RC-22:

      5.000 sets   USD 11.20 / set
      10.000 sets  USD 10.40 / set

    FOB Ningbo, MOQ 5.000 sets, lead time 35 days. Price valid until 30 Nov 2022.

    Best regards
    Lily Zhou 周丽
    Sales Dept.
    """) + "Ningbo Haoyun Outdoor Products Co., Ltd.\nTel +86 574 8788 1302\n")
_t = T("""
    Kia ora Lily,

    Our PO KK-4486 is below (typed out, the PDF export is playing up again):

      Line 10  J-cradle roof-rack set RC-22 Rev F, anodised black
               10 (ten) sample sets @ USD 18.50/set = USD 185.00
               Deliver DHL to Port Nelson, attn Mere Tipene

    PO note: this PO covers the 10 sample sets only. No production quantity is released; any
    production stays on hold until Mere Tipene has signed off the samples and Hamish Birchall
    (Operations Manager) sends you a written release naming the quantity. Material authority:
    sample-only.

    I've also forwarded your old quote from 2022 below for the price history only. It's
    informational: the 5.000 / 10.000 quantities in it are not ordered and not released.

    Ngā mihi nui,
    Aroha
    """) + sig("Aroha Ngata", "Purchasing Officer", KK_CO, PH_KK)
case("c09_kk_fwd_old_quote", [],
     "sample PO for 10 with full scope; forwarded 2022 quote (5.000 / 10.000) declared informational, not ordered, not released",
     [("PO_KK-4486.eml", eml_bytes(mail(
         AROHA, LILY, "PO KK-4486 - J-cradle RC-22 samples (+ old quote FYI)",
         "Wed, 26 Mar 2025 11:05:00 +1300", _t, attachments=[("rfc822", _old)])))])


# c10 -- buyer correction of a quoted supplier line that assumed auto-conversion
_q = T("""
    Hi Dana,

    Good news, the 12 sample decks are finished and pass our seam test (ISO 1421 strip, 3 pcs).
    Shipping today by DHL, AWB 48 2207 1188.

    Once Priya approves the samples we will roll straight into the 600 pcs, neoprene is
    planned for week 19.

    Best regards,
    Kadri Tamm
    Sales | Pärnu Marine Textiles OÜ
    """)
_t = T("""
    Hi Kadri,

    Thanks for the update, glad the samples are on the way. One correction though, because I
    don't want any confusion on your floor:

    > Once Priya approves the samples we will roll straight into the 600 pcs, neoprene is
    > planned for week 19.

    No. Sample approval does not release the 600. PO 45126 covers the 12 samples only. The 600
    stay on hold until Priya Sandhu signs off the samples AND Marc-André Lavoie sends you a
    written release naming the quantity. Please don't plan or buy neoprene for the 600 until
    then; material authority is sample-only.

    Cheers,
    Dana
    """) + sig("Dana Kowalchuk", "Senior Buyer", FR_CO, PH_FR) + T("""

    -----Original Message-----
    From: Kadri Tamm <kadri.tamm@parnumarine.ee>
    Sent: Wednesday, April 9, 2025 2:14 AM
    To: Dana Kowalchuk <dana.kowalchuk@fraserridgeoutfitters.ca>
    Subject: PO 45126 - spray deck samples shipped

    """) + quoted(_q)
case("c10_fro_corrects_roll_straight", [],
     "quoted supplier line assumes roll into 600; buyer reply corrects it with full scope (12 active, 600 on hold, sign-off + written release by Marc-André Lavoie)",
     [("Re_spray_decks_PO_45126.eml", eml_bytes(mail(
         DANA, KADRI, "RE: PO 45126 - spray deck samples shipped",
         "Tue, 08 Apr 2025 17:32:00 -0700", _t, cc=PRIYA,
         in_reply_to="<h192-ext-0410@parnumarine.ee>")))])


# c11 -- WhatsApp: supplier says the deposit does not release production
case("c11_hrt_whatsapp_deposit_not_release", [],
     "supplier: deposit does not release production; buyer confirms 10 samples, 290 on hold, release by Yuki Harada after sample sign-off",
     [("WhatsApp_Chat_Parnu_Marine.txt", T("""
        12/02/2025, 10:14 - Kadri Tamm (Pärnu Marine): Good morning Morimoto-san. We received the deposit 30% for PO HRT-2219, thank you.
        12/02/2025, 10:15 - Kadri Tamm (Pärnu Marine): Just to be clear from our side: the deposit does not release production. We make only the 10 sample buoyancy aids now. For the other 290 we wait your written release after sample check.
        12/02/2025, 10:40 - 森本 武 Takeshi Morimoto: Thank you Kadri-san. Yes, correct understanding. 10 samples only, please.
        12/02/2025, 10:42 - 森本 武 Takeshi Morimoto: 290 pcs is on hold. After Sato checks samples on the river and signs off, Harada-san (Yuki Harada, Operations Manager) will send written release. Only her release is valid.
        12/02/2025, 10:43 - Kadri Tamm (Pärnu Marine): Noted 👍 Samples ready week 10, we send photos before shipping.
        12/02/2025, 10:44 - 森本 武 Takeshi Morimoto: よろしくお願いします 🙏
        """))])


# c12 -- supplier order acknowledgement restating the hold (Polish English)
case("c12_km_ack_restates_hold", [],
     "supplier acknowledgement restates 4 sample hulls, balance 56 not released, written release by Hamish Birchall after sign-off, material for samples only",
     [("KM_order_confirmation_KK-4477.pdf", pdf([
         ("h1", "Kompozyt-Mazury Sp. z o.o."),
         ("p", "ul. Przemyslowa 14, 11-500 Gizycko, Polska · tel. +48 87 428 1190 · biuro@kompozyt-mazury.pl"),
         ("h", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION  OC-25/0112"),
         ("p", "Customer: Kotuku Craft Kayaks Ltd, Port Nelson, New Zealand · Your PO: KK-4477 of 03.03.2025 · "
               "Date: 05.03.2025"),
         ("table", [
             ["Pos.", "Item", "Qty", "Unit price EUR", "Value EUR"],
             ["1", "Tasman 520 hull, vinylester infusion, gelcoat RAL 9010 — SAMPLE", "4", "1 170,00", "4 680,00"],
             ["", "Transport frame KCK-CF-05 (returnable)", "2", "0,00", "0,00"],
             ["", "Total", "", "", "4 680,00"],
         ]),
         ("sp",),
         ("p", "We confirm the scope as written in your PO: 4 (four) sample hulls only. The balance of 56 "
               "hulls is not released — we do not build them and we do not buy material for them. We wait "
               "for the written release from Mr Hamish Birchall after your sample sign-off."),
         ("p", "Material: bought only for the 4 samples (resin approx. 88 kg, glass biax 600 g/m² approx. "
               "140 m²). Delivery of samples: week 16/2025, FCA Gizycko."),
         ("p", "Z powazaniem / Best regards, Pawel Wroblewski, Export Sales"),
     ], title="OC-25/0112", author="Paweł Wróblewski"))])


# c13 -- supplier status report with tests and a hold statement (Estonian English)
case("c13_pmt_status_report", [],
     "supplier status report: 6 samples in test, balance 180 not released, no material beyond samples; standards and test hours only",
     [("PMT_status_report_wk09.pdf", pdf([
         ("h1", "Pärnu Marine Textiles OÜ — Status report"),
         ("p", "Customer: Cwm Ddu Outdoor Centre (Wales) · PO CDD-0312 · Week 09/2025 · prepared by Kadri Tamm"),
         ("h", "Sample buoyancy aids, 50 N (PMT model BA-50C, customer colour red)"),
         ("table", [
             ["Test", "Standard", "Samples", "Result"],
             ["Buoyancy 50 N after 24 h", "EN ISO 12402-5:2020 / ISO 12402-9", "6 of 6", "52,1-53,4 N, pass"],
             ["UV ageing 500 h", "ISO 4892-2", "2 of 6 (panels)", "running, finish 05.03"],
             ["Zip pull 250 N", "PMT WI-17", "6 of 6", "pass"],
             ["Size marking S/M/L", "EN ISO 12402-5 cl. 7", "6 of 6", "pass"],
         ]),
         ("sp",),
         ("p", "Shipping of the 6 (six) samples: after the UV result, planned 07.03.2025."),
         ("p", "Material status: foam and 420D nylon bought for the 6 samples only. Balance 180 pcs is not "
               "released and we have bought no material for it. We wait for Rhian Pritchard's written "
               "release after your sample sign-off."),
         ("p", "Kadri Tamm, Sales · +372 443 1870"),
     ], title="PMT status wk09", author="Kadri Tamm"))])


# c14 -- interim sample disposition with quantity and date limits
case("c14_hrt_interim_disposition", [],
     "interim disposition: release of 40 within limits by Yuki Harada (REL-HRT-07); balance 255 not released until full sign-off and new written release",
     [("ISD-HRT-003.docx", docx_bytes([
         ("h1", "Hayase River Tours — Interim Sample Disposition ISD-HRT-003"),
         ("table", [
             ["Part", "Rudder kit RK-T2 for tandem river kayak, drawing HRT-RK-02 Rev 3"],
             ["Supplier", "Vouga Náutica, Lda. (Águeda, Portugal)"],
             ["PO", "HRT-2226: 5 sample kits; quotation VN-Q-0458: 295 production kits"],
             ["Samples", "5 kits, river test 2025/05/20-22 by Kenji Sato, Chief Guide"],
         ]),
         ("h", "Finding"),
         ("p", "Spring return force 3,2 N measured, drawing says 2,5-3,0 N. Function on the river is OK, "
               "but the pedal feels a little hard for children guests. Supplier will change spring wire "
               "from 1,2 mm to 1,1 mm."),
         ("h", "Disposition: INTERIM"),
         ("p", "Limits: maximum 40 (forty) production kits with the current spring, shipped on or before "
               "2025/09/30. After that date, or above 40 kits, the interim disposition is not valid."),
         ("p", "Release within the limit: written release REL-HRT-07 for 40 kits, issued by Yuki Harada, "
               "Operations Manager, on 2025/06/12."),
         ("p", "Balance 255 kits: not released. It needs a full sign-off with the corrected springs and a "
               "new written release from Yuki Harada."),
         ("p", "Material authority: for the 40 released kits only."),
         ("sp",),
         ("table", [
             ["Role", "Name", "Date"],
             ["Sample disposition", "Kenji Sato, Chief Guide", "2025/06/10"],
             ["Release (REL-HRT-07)", "Yuki Harada, Operations Manager", "2025/06/12"],
         ]),
     ], author="Takeshi Morimoto"))])

# c15 -- deviation permit that leaves quantities untouched (Welsh)
case("c15_cdd_deviation_permit", [],
     "deviation permit changes colour only on the 4 samples; restates balance 36 not released until sign-off by Gethin Hughes and written release by Rhian Pritchard",
     [("DP-07.txt", T("""
        CANOLFAN AWYR AGORED CWM DDU / CWM DDU OUTDOOR CENTRE
        DEVIATION PERMIT  DP-07                                   Date: 19/02/2025

        Supplier : Pärnu Marine Textiles OÜ (Kadri Tamm)
        PO       : CDD-0318
        Part     : Spray deck, white water, neoprene 4 mm, 6 mm bungee rand, sizes S/M/L
                   (our spec SD-04 Rev 2)

        Deviation asked by supplier (Kadri's mail 17/02):
          Grab loop webbing 25 mm in orange RAL 2004 instead of yellow RAL 1023 -
          their yellow is out of stock till April.

        Decision:
          Accepted for the 4 (four) sample decks only. Orange is fine for us to test with,
          our instructors can see it on the water just as well.

        Quantities - NOT changed by this permit:
          - Active on PO CDD-0318: the 4 sample decks.
          - Balance 36 decks: still not released. Released only after Gethin Hughes signs off
            the samples and Rhian Pritchard, Centre Manager, sends a written release.
          - Material: sample-only. Production decks to come in yellow RAL 1023 unless we say
            otherwise in the release.

        Valid for: samples only, not for production.

        Signed:  Gethin Hughes, Equipment & Stores Officer     19/02/2025
                 Rhian Pritchard, Centre Manager               19/02/2025
        """))])


# c16 -- ERP PO, full and final quantity, identifiers that look like quantities
case("c16_kk_full_qty_erp_identifiers", [],
     "full-quantity ERP PO (60 sets / 60 packs), no balance; PN 2200-480-12, DRG 4400 Rev 12, M8x1.25, ISO 9227 480 h are identifiers",
     [("PO_KK-4503.txt", T("""
        KOTUKU CRAFT KAYAKS LTD                    PURCHASE ORDER                     PAGE 1 OF 1
        27 WHARF ROAD, PORT NELSON 7010, NEW ZEALAND        GST 000-000-000
        ------------------------------------------------------------------------------------------
        PO NO: KK-4503     REV: 0     DATE: 07/04/2025     BUYER: A.NGATA     TERMS: 30% DEP / 70% BL
        SUPPLIER: 100480  NINGBO HAOYUN OUTDOOR PRODUCTS CO LTD, YINZHOU, NINGBO 315100 CN
        SHIP VIA: SEA LCL NINGBO-NELSON          INCOTERMS: FOB NINGBO          CURRENCY: USD
        ------------------------------------------------------------------------------------------
        LN  PART NO          REV  DESCRIPTION                              QTY  UOM  UNIT     EXT
        10  RC-2200-480-12   F    J-CRADLE SET ALU 6063-T5, DRG 4400        60  SET  18.50  1,110.00
                                  REV 12, BOLTS M8X1.25 A4-70, PAD EPDM 5MM
        20  PK-0500-25       B    STRAP PACK 25MM X 5M, 2 STRAPS/PK          60  PK    3.20    192.00
        ------------------------------------------------------------------------------------------
                                                                   TOTAL USD             1,302.00
        NOTES:
         1. SALT SPRAY ISO 9227 NSS 480 H ON ALU PARTS, REPORT WITH SHIPMENT. QMS ISO 9001:2015.
         2. THIS PO IS THE FULL AND FINAL QUANTITY: 60 SETS / 60 PACKS. REPEAT OF PO KK-4310,
            NO CHANGE, NO SAMPLE STAGE. NO BALANCE AND NO FURTHER QUANTITY PLANNED.
            PLEASE PROCEED WITH THE FULL 60.
         3. PACK 10 SETS PER CARTON, CARTON MARKS "KCK 4503 / CTN 1-6".
        ------------------------------------------------------------------------------------------
        AUTHORISED: H.BIRCHALL (OPS MGR)                PRINTED 07/04/2025 14:51 BY ANGATA
        """))])


# c17 -- Teams chat: go-ahead scoped to the pilot units only
case("c17_fro_teams_pilot_only", [],
     "go-ahead scoped to the 8 pilot rudder kits; 312 not released until pilot sign-off by Priya Sandhu and written release by Marc-André Lavoie",
     [("teams_export_rudder_pilot.txt", T("""
        Microsoft Teams - chat export
        Chat: Vouga Náutica / FRO - rudder kit pilot
        Exported by: Priya Sandhu, 2025-02-20 11:48 (UTC-08:00)

        [2025-02-20 09:02] Inês Marques (Vouga Náutica) (External)
        Good morning Priya! The pilot rudder kits can enter the line tomorrow, the cable guides from
        our supplier arrived. We wait only your confirmation :)

        [2025-02-20 09:30] Priya Sandhu
        Morning Inês! Yes, go ahead with the 8 pilot rudder kits only (PO 45141 line 10).

        [2025-02-20 09:31] Priya Sandhu
        The 312 production kits are not released. They stay on hold until I've signed off the
        pilot fit on the Johnstone tandem and Marc-André Lavoie sends you the written release.
        Please no material for the 312 yet.

        [2025-02-20 09:35] Inês Marques (Vouga Náutica) (External)
        Perfeito, 8 pilot kits only, 312 on hold. We send photos of the first one Friday.

        [2025-02-20 09:36] Priya Sandhu
        Obrigada! 🙌
        """))])


# c18 -- sample PO mail with PDF PO attached, multipart/alternative (Japanese English)
_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Hayase River Tours Co., Ltd. · Miyoshi-shi, Tokushima, Japan · Tel +81 883 72 0415"),
    ("table", [
        ["PO No.", "HRT-2226", "Date", "2025/04/02"],
        ["Supplier", "Vouga Náutica, Lda.", "Quotation", "VN-Q-0458 (2025/03/18)"],
        ["Buyer", "Takeshi Morimoto", "Incoterms", "DAP Tokushima"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Item", "Qty", "Unit price EUR", "Amount EUR"],
        ["1", "Rudder kit RK-T2 for tandem river kayak, drawing HRT-RK-02 Rev 3 — SAMPLE", "5", "84,00", "420,00"],
        ["", "Total", "5", "", "420,00"],
    ]),
    ("sp",),
    ("p", "PO NOTE: This purchase order is for 5 (five) sample kits only. The production quantity of "
          "quotation VN-Q-0458 (295 kits) is NOT RELEASED and is on hold. Release condition: our sample "
          "sign-off after the river test by Kenji Sato, and then a written release with the quantity from "
          "Ms. Yuki Harada, Operations Manager. Material authority: sample-only."),
], title="PO HRT-2226", author="Takeshi Morimoto")
_t = T("""
    Dear Mr. Ferreira,

    Thank you very much for your kind support always.

    Please find attached our purchase order HRT-2226.
    Please note this PO is for 5 (five) sample rudder kits only.

    The remaining 295 kits in your quotation are not released and are on hold.
    Release condition: after our sample sign-off (river test by Kenji Sato on Yoshino River),
    Ms. Yuki Harada, Operations Manager, will send the written release by e-mail with the quantity.
    Before that, please do not purchase material for the 295 kits. Material is sample-only.

    If you have any question, please do not hesitate to contact me.

    Best regards,
    Takeshi Morimoto
    Purchasing, Hayase River Tours Co., Ltd.
    Tel +81 883 72 0415
    """) + HRT_DISCLAIMER
case("c18_hrt_sample_po_complete", [],
     "sample PO mail + PDF PO: 5 active, 295 not released, sign-off + written release by Yuki Harada, material sample-only",
     [("PO_HRT-2226.eml", eml_bytes(mail(
         MORIMOTO, JOAO, "PO HRT-2226 rudder kit RK-T2 (sample 5 sets)",
         "Wed, 02 Apr 2025 14:20:00 +0900", _t, html=html_from_text(_t), cc=HARADA,
         attachments=[("PO_HRT-2226.pdf", _po, PDF_MT)])))])


# c19 -- supplier portal order book with hold statuses
case("c19_vn_portal_orderbook", [],
     "supplier portal order book: sample lines active, production balances shown as NOT RELEASED with material sample-only; no authorization",
     [("VN_portal_orderbook.html", html_page("Vouga Náutica - Carteira de encomendas / Order book", T("""
        <h2>Vouga N&aacute;utica, Lda. &middot; Portal de clientes</h2>
        <p>Order book &middot; updated 2025-04-28 08:10 WEST &middot; user: ines.marques</p>
        <table>
        <tr><th>Customer</th><th>Customer PO</th><th>Scope</th><th>Item</th><th>Qty</th><th>Status</th><th>Material</th></tr>
        <tr><td>Hayase River Tours (JP)</td><td>HRT-2226</td><td>sample</td><td>RK-T2 rudder kit</td><td>5</td><td>in production, ship wk 19</td><td>sample-only</td></tr>
        <tr><td>Hayase River Tours (JP)</td><td>&mdash;</td><td>production balance</td><td>RK-T2 rudder kit</td><td>295</td><td>NOT RELEASED &ndash; waiting customer written release (Y. Harada) after sample sign-off</td><td>none bought</td></tr>
        <tr><td>Fraser Ridge Outfitters (CA)</td><td>45141</td><td>pilot</td><td>FRO-RK-03 rudder kit</td><td>8</td><td>shipped 2025-03-06</td><td>sample-only</td></tr>
        <tr><td>Fraser Ridge Outfitters (CA)</td><td>&mdash;</td><td>production balance</td><td>FRO-RK-03 rudder kit</td><td>312</td><td>NOT RELEASED &ndash; waiting written release (M.-A. Lavoie)</td><td>none bought</td></tr>
        </table>
        <p class="note">Lines marked NOT RELEASED are not to be planned in production and no material is to be
        bought for them. Planning: In&ecirc;s Marques.</p>
        """), lang="pt"))])


# c20 -- full-quantity PO with three delivery schedule lines
case("c20_fro_full_qty_schedule", [],
     "full-quantity PO for 900 paddles released in full; three delivery lines split shipping only; no balance",
     [("PO_45150.pdf", pdf([
         ("h1", "Fraser Ridge Outfitters Ltd."),
         ("p", "38 Industrial Way, Squamish, BC V8B 0A0, Canada · +1 604 898 0147"),
         ("h", "PURCHASE ORDER 45150"),
         ("table", [
             ["Supplier", "Siam Paddle Works Co., Ltd.", "Date", "2025-01-09"],
             ["Buyer", "Dana Kowalchuk", "Terms", "30% deposit / 70% before ship"],
             ["Incoterms", "FOB Laem Chabang", "Currency", "USD"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Qty", "Unit USD", "Ext USD"],
             ["10", "Touring paddle Howe Sound FRO-PD-0210 Rev 4, 210-230 cm", "900", "26.10", "23,490.00"],
         ]),
         ("sp",),
         ("h", "Delivery schedule (shipping only)"),
         ("table", [
             ["Schedule line", "Qty", "Ex-works date"],
             ["10.1", "300", "2025-04-28 (wk 18)"],
             ["10.2", "300", "2025-05-26 (wk 22)"],
             ["10.3", "300", "2025-06-23 (wk 26)"],
             ["Total", "900", ""],
         ]),
         ("sp",),
         ("p", "This PO is the full quantity: 900 paddles, released in full for production. The schedule "
               "lines split the shipments only; they are not separate releases. There is no sample stage "
               "(design carried over from PO 45107, samples signed off 2024-11-14) and no balance."),
         ("p", "Authorized: Marc-André Lavoie, Director of Operations."),
     ], pagesize=LETTER, title="PO 45150", author="Dana Kowalchuk"))])


# c21 -- payment advice: deposit explicitly does not release production
case("c21_fro_deposit_not_release", [],
     "buyer's payment advice: deposit does not release production; 20 samples active, 480 on hold until sign-off by Priya Sandhu and written release by Marc-André Lavoie",
     [("payment_advice_45133.pdf", pdf([
         ("h1", "Fraser Ridge Outfitters Ltd. — Payment advice"),
         ("p", "To: Siam Paddle Works Co., Ltd., Accounts / Ms. Natthaya Chaiyasit · Date: 2025-02-14"),
         ("table", [
             ["Reference", "Description", "Amount USD"],
             ["PO 45133", "Deposit 30% per quotation SPW-Q25-0140 (20 samples + 480 production)", "4,196.40"],
             ["Wire", "RBC ref. 0214-7731-FRO, value date 2025-02-14", ""],
         ]),
         ("sp",),
         ("p", "Important: this deposit is a commercial payment made under your quotation terms. It does "
               "not release production."),
         ("p", "Active on PO 45133: the twenty (20) sample paddles only. The 480 production paddles remain "
               "on hold until Priya Sandhu signs off the samples and Marc-André Lavoie, Director of "
               "Operations, issues a written release. Material authority: sample-only."),
         ("p", "Questions on the payment: accounts@fraserridgeoutfitters.ca. Questions on scope: Dana Kowalchuk."),
     ], pagesize=LETTER, title="Payment advice PO 45133", author="Fraser Ridge Accounts"))])


# c22 -- minutes that keep sample sign-off, PO issued and production release apart
case("c22_kk_minutes_terms_apart", [],
     "minutes keep 'sample sign-off', 'PO issued' and 'production release' apart; 4 active, 56 not released until written release by Hamish Birchall",
     [("minutes_2025-03-20.docx", docx_bytes([
         ("h1", "Minutes — Kōtuku Craft Kayaks / Kompozyt-Mazury — video call 20/03/2025"),
         ("p", "Present: Hamish Birchall (Operations Manager, KCK), Mere Tipene (Design Engineer, KCK), "
               "Aroha Ngata (Purchasing, KCK), Paweł Wróblewski (Export Sales, KM), Agnieszka Nowicka "
               "(Production Planning, KM). Time: 08:00 NZDT / 20:00 CET (19/03)."),
         ("h", "1. Sample sign-off"),
         ("p", "The 4 Tasman 520 sample hulls are due in Nelson week 18. Mere Tipene will do the sample "
               "sign-off after the flex test (3-point, 120 kg) and a sea trial. Sign-off is pending."),
         ("h", "2. PO issued"),
         ("p", "PO KK-4477 was issued on 03/03/2025. It covers the 4 sample hulls (EUR 1 170,00 each). It "
               "is commercial cover for the samples only."),
         ("h", "3. Production release"),
         ("p", "The 56 production hulls are not released. Production release only by a written release "
               "from Hamish Birchall after the sample sign-off. KM will not plan the 56 before that."),
         ("h", "4. Material"),
         ("p", "Material authority: sample-only. KM confirmed resin and glass are bought for 4 hulls only."),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Ship 4 sample hulls, FCA Giżycko", "A. Nowicka", "wk 16"],
             ["Sample sign-off", "M. Tipene", "wk 19"],
             ["Written release or rejection", "H. Birchall", "after sign-off"],
         ]),
     ], author="Aroha Ngata"))])

# c23 -- three-file folder: cover mail + PO + supplier quote, all consistent
_t = T("""
    Hi Lily,

    PO 45160 is attached for the six (6) sample cradle sets, FRO-RC-06 Rev 2 (the rental trailer
    cradles with the wider 40 mm bar spacing). I've attached your quote Q-NB-25-0210 as well so
    everything sits in one place. The 250-set price in it is for information only; the 250 are
    not released.

    Production stays on hold until Priya Sandhu signs off the samples and Marc-André Lavoie,
    Director of Operations, sends you a written release with the quantity. Material authority is
    sample-only, so no aluminium for the 250 please.

    Can you send a ship date for the samples?

    Thanks,
    Dana
    """) + sig("Dana Kowalchuk", "Senior Buyer", FR_CO, PH_FR)
case("c23_fro_cover_po_quote", [],
     "cover mail + PO + quote: 6 active, quoted 250 marked information only / not released, sign-off + written release by Marc-André Lavoie",
     [("mail_PO_45160.eml", eml_bytes(mail(
         DANA, LILY, "PO 45160 - trailer cradle samples FRO-RC-06",
         "Thu, 13 Mar 2025 09:48:00 -0700", _t))),
      ("PO_45160.pdf", pdf([
          ("h1", "Fraser Ridge Outfitters Ltd."),
          ("h", "PURCHASE ORDER 45160"),
          ("table", [
              ["Supplier", "Ningbo Haoyun Outdoor Products Co., Ltd.", "Date", "2025-03-13"],
              ["Buyer", "Dana Kowalchuk", "Quote", "Q-NB-25-0210"],
          ]),
          ("sp",),
          ("table", [
              ["Line", "Item", "Scope", "Qty", "Unit USD", "Ext USD"],
              ["10", "Trailer kayak cradle set FRO-RC-06 Rev 2, powder coat black", "sample", "6", "46.00", "276.00"],
          ]),
          ("sp",),
          ("p", "PO scope note: This PO covers the 6 sample sets only. Production quantity per quote "
                "Q-NB-25-0210: 250 sets — NOT RELEASED, information only. On hold until Priya Sandhu "
                "signs off the samples and Marc-André Lavoie, Director of Operations, issues a written "
                "release. Material authority: sample-only."),
      ], pagesize=LETTER, title="PO 45160", author="Dana Kowalchuk")),
      ("Q-NB-25-0210.pdf", pdf([
          ("h1", "Ningbo Haoyun Outdoor Products Co., Ltd."),
          ("p", "No. 88 Qiming Road, Yinzhou District, Ningbo 315100, China"),
          ("h", "QUOTATION Q-NB-25-0210"),
          ("p", "To: Fraser Ridge Outfitters Ltd. / Ms. Dana Kowalchuk · Date: 2025-02-26"),
          ("table", [
              ["Item", "Qty", "Unit price USD", "Tooling", "Lead time"],
              ["Trailer cradle set FRO-RC-06 Rev 2 (sample)", "6 sets", "46.00", "bending jig USD 380", "15 days"],
              ["Trailer cradle set FRO-RC-06 Rev 2", "250 sets", "31.80", "-", "35 days"],
          ]),
          ("sp",),
          ("p", "FOB Ningbo. Aluminium 6061-T6 tube 40 x 2 mm, M8x1.25 stainless hardware. Price valid 90 days."),
          ("p", "Lily Zhou, Sales Dept."),
      ], title="Q-NB-25-0210", author="Lily Zhou"))])


# c24 -- buyer portal: release status with a labelled non-binding forecast
case("c24_fro_portal_status_forecast", [],
     "buyer portal: 12 samples released, 600 on hold for sign-off by Priya Sandhu and written release by Marc-André Lavoie; 2026 forecast labelled non-binding",
     [("portal_order_status.html", html_page("FRO Supplier Portal - Order status FRO-SD-14", T("""
        <h2>Fraser Ridge Outfitters &middot; Supplier Portal</h2>
        <p>Supplier: P&auml;rnu Marine Textiles O&Uuml; &middot; Part: FRO-SD-14 Rev B spray deck &middot; Updated 2025-04-15</p>
        <table>
        <tr><th>Bucket</th><th>Document</th><th>Qty</th><th>Status</th></tr>
        <tr><td>Samples</td><td>PO 45126 line 10</td><td>12</td><td>Released (samples) &ndash; shipped 2025-04-09</td></tr>
        <tr><td>Production released</td><td>&mdash;</td><td>0</td><td>&mdash;</td></tr>
        <tr><td>Balance on hold</td><td>quote PMT-Q-0219</td><td>600</td><td>On hold &ndash; unlocks on sample sign-off (Priya Sandhu) and a written release from Marc-Andr&eacute; Lavoie</td></tr>
        <tr><td>Forecast 2026 (non-binding, not an order)</td><td>demand plan v2</td><td>800</td><td>Information only &ndash; do not plan material or capacity on it</td></tr>
        </table>
        <p class="note">Material authority: sample-only. Only the &ldquo;Released&rdquo; rows may be built.</p>
        """)))])


# c25 -- release authority corrects a quoted 'good to run' (two-level quote)
_lily = T("""
    Dear Gethin,

    Thank you. The 2 sample cradle sets was delivered to you 10 March by DHL. Please kindly
    check and tell us the result. If OK we can arrange next step.

    Best regards
    Lily Zhou
    """)
_geth = T("""
    Hi Lily,

    Had both sample sets on the minibus trailer over the weekend, 12 boats on, lush. Samples
    look grand - good to run.

    Cheers,
    Gethin
    """) + "\nOn Wed, 12 Mar 2025 at 08:55, Lily Zhou <lily.zhou@nbhaoyun-outdoor.com> wrote:\n" + quoted(_lily)
_t = T("""
    Lily,

    Please disregard Gethin's "good to run" below. That referred to the 2 sample cradle sets
    passing our fit check, nothing more. PO CDD-0344 covers the 2 sample sets only.

    To be clear: the 38 production sets on our PO CDD-0344 are not released. They stay on hold
    until Gethin has finished the sample sign-off (he still owes the load test) and I send you
    a written release with the quantity. Please don't start them or buy tube for them.

    Diolch,
    Rhian
    """) + sig("Rhian Pritchard", "Rheolwr y Ganolfan / Centre Manager", CDD_CO, PH_CDD) + \
    "\nOn Mon, 17 Mar 2025 at 16:02, Gethin Hughes <gethin.hughes@cwmddu-outdoor.cymru> wrote:\n" + quoted(_geth)
case("c25_cdd_corrects_good_to_run", [],
     "quoted 'good to run' corrected by release authority: 2 samples only, 38 on hold until sign-off and Rhian Pritchard's written release",
     [("Re_Re_cradle_samples.eml", eml_bytes(mail(
         RHIAN, LILY, "Re: Re: Sample cradle sets - CDD-0344",
         "Tue, 18 Mar 2025 09:12:00 +0000", _t, cc=GETHIN,
         in_reply_to="<h192-ext-0317@cwmddu-outdoor.cymru>")))])


# ================================================================ POSITIVE
# p01 -- WhatsApp: deposit paid, so go ahead (NZ / Polish)
case("p01_kk_whatsapp_deposit_go_ahead", ["RG002", "RG012"],
     "scope pasted in full earlier; later buyer: 'deposit's paid so go ahead' - deposit treated as authority, go-ahead names no quantity",
     [("WhatsApp_Chat_Kompozyt.txt", T("""
        3/03/25, 9:02 am - Aroha Ngata: Mōrena Paweł, PO KK-4477 is through. Pasting the note from the PO so it's all in one place:
        3/03/25, 9:02 am - Aroha Ngata: "PO KK-4477 covers 4 (four) sample hulls Tasman 520 only. The balance of 56 hulls is NOT released and stays on hold until Mere Tipene signs off the samples and Hamish Birchall (Operations Manager) sends a written release. Material authority: sample-only."
        3/03/25, 9:30 am - Paweł Wróblewski: Good morning Aroha, thank you, received. Proforma for deposit 30% of the quote value I send today by mail.
        3/03/25, 9:31 am - Aroha Ngata: Choice, ta
        10/03/25, 8:12 am - Paweł Wróblewski: Aroha, deposit 30% is on our account today, thank you. So we can start now with the hulls?
        10/03/25, 8:40 am - Aroha Ngata: Yep deposit's paid so go ahead 👍 sweet as
        10/03/25, 8:41 am - Paweł Wróblewski: OK super, we start on Monday. Agnieszka plan the moulds
        10/03/25, 8:41 am - Aroha Ngata: 🤙
        """))])


# p02 -- sample PO mail with PDF PO and PDF quote attached; quote shows 600, nothing says not released
_po = pdf([
    ("h1", "Fraser Ridge Outfitters Ltd."),
    ("h", "PURCHASE ORDER 45131"),
    ("table", [
        ["Supplier", "Pärnu Marine Textiles OÜ", "Date", "2025-02-24"],
        ["Buyer", "Dana Kowalchuk", "Your quote", "PMT-Q-0219"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Qty", "Unit CAD", "Ext CAD"],
        ["10", "Spray deck FRO-SD-14 Rev B, sample, sizes M/L/XL (4 each)", "12", "64.00", "768.00"],
    ]),
    ("sp",),
    ("p", "Notes: Quoted production quantity 600 pcs @ CAD 38.90 (PMT-Q-0219). Ship samples DHL "
          "Express to Squamish, attn. Priya Sandhu."),
], pagesize=LETTER, title="PO 45131", author="Dana Kowalchuk")
_q = pdf([
    ("h1", "Pärnu Marine Textiles OÜ"),
    ("p", "Rääma 31, 80044 Pärnu, Estonia · +372 443 1870"),
    ("h", "PAKKUMINE / QUOTATION PMT-Q-0219"),
    ("p", "Customer: Fraser Ridge Outfitters Ltd. · Date: 18.02.2025 · Valid 60 days"),
    ("table", [
        ["Item", "Qty", "Unit price CAD", "Total CAD", "Lead time"],
        ["Spray deck FRO-SD-14 Rev B — samples", "12", "64,00", "768,00", "3 weeks"],
        ["Spray deck FRO-SD-14 Rev B — production", "600", "38,90", "23 340,00", "7 weeks"],
    ]),
    ("sp",),
    ("p", "Neoprene CR/SBR 3 mm, Kevlar rand, 6 mm bungee. Logo heat transfer 1 colour included. "
          "Payment 30% deposit, balance before shipment."),
    ("p", "Kadri Tamm, Sales"),
], title="PMT-Q-0219", author="Kadri Tamm")
_t = T("""
    Hi Kadri,

    Please find attached PO 45131 for the spray decks, as per your quote PMT-Q-0219 (also
    attached so your team has the pricing in one place).

    Please proceed with the 12 samples and let me know the ship date. Priya is keen to get
    them on the water at Alice Lake before the end of March.

    Thanks!
    Dana
    """) + sig("Dana Kowalchuk", "Senior Buyer", FR_CO, PH_FR)
case("p02_fro_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 12 with quote showing 600 attached; nothing says 600 is not released; no hold, no unlock event, no release person",
     [("PO_45131.eml", eml_bytes(mail(
         DANA, KADRI, "PO 45131 - spray decks FRO-SD-14",
         "Mon, 24 Feb 2025 13:05:00 -0800", _t,
         attachments=[("PO_45131.pdf", _po, PDF_MT), ("PMT-Q-0219.pdf", _q, PDF_MT)])))])


# p03 -- PDF PO with the quoted production quantity in the notes; release person named only
case("p03_cdd_po_production_in_notes", ["RG001", "RG003", "RG004"],
     "sample PO 4 decks with quoted 36 in the notes, nothing saying it is not released; Rhian Pritchard named as release person (RG005 met) but no hold and no event",
     [("PO_CDD-0322.pdf", pdf([
         ("h1", "Canolfan Awyr Agored Cwm Ddu"),
         ("p", "Cwm Ddu Outdoor Centre · nr Bala, Gwynedd · Cymru / Wales · 01678 520 314"),
         ("h", "Archeb Brynu / Purchase Order CDD-0322"),
         ("table", [
             ["Supplier", "Pärnu Marine Textiles OÜ", "Date", "24/02/2025"],
             ["Raised by", "Gethin Hughes", "Quote", "PMT-Q-0241"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Qty", "Unit EUR", "Total EUR"],
             ["1", "Spray deck, white water, neoprene 4 mm, 6 mm bungee rand — sample (S, M, M, L)", "4", "58,00", "232,00"],
         ]),
         ("sp",),
         ("p", "Notes: Production 36 decks at EUR 52,00 (your quote PMT-Q-0241) — sizes S 10 / M 16 / L 10, "
               "grab loops yellow RAL 1023, CWM DDU printed on the tube."),
         ("p", "Any further quantity is to be released by Rhian Pritchard, Centre Manager."),
         ("p", "Delivery: Stores, Cwm Ddu Outdoor Centre. Diolch!"),
     ], title="PO CDD-0322", author="Gethin Hughes"))])


# p04 -- supplier status mail: extrusion bought for 800 against a sample-only authority (quoted PO scope)
_q = T("""
    Kia ora Lily,

    PO KK-4491 is attached. PO note, word for word:
    "PO KK-4491 covers 10 (ten) sample sets J-cradle RC-22 Rev F only. The balance of 790 sets
    is not released and stays on hold until Mere Tipene signs off the samples and Hamish
    Birchall (Operations Manager) sends a written release. Material authority: sample-only."

    Ngā mihi,
    Aroha
    """)
_t = T("""
    Dear Aroha,

    Good news, the 10 sample sets J-cradle finish anodizing yesterday, we ship by DHL on Friday,
    tracking number send later.

    Also to keep your timeline for the summer, we already purchased aluminium extrusion
    6063-T5 for 800 sets. It is in our warehouse now, so when release come we can start
    immediately, no waiting for extrusion.

    Any question please let me know.

    Best regards
    Lily Zhou 周丽
    Sales Dept. | Ningbo Haoyun Outdoor Products Co., Ltd.
    Tel +86 574 8788 1302
    """) + "\n-----Original Message-----\nFrom: Aroha Ngata <aroha.ngata@kotukucraft.co.nz>\n" + \
    "Sent: Friday, March 14, 2025 9:20 AM\nTo: Lily Zhou\nSubject: PO KK-4491 J-cradle samples\n\n" + quoted(_q)
case("p04_nho_extrusion_for_800", ["RG006"],
     "supplier bought extrusion for 800 sets while only 10 samples are released and the quoted PO says material sample-only",
     [("Re_PO_KK-4491.eml", eml_bytes(mail(
         LILY, AROHA, "RE: PO KK-4491 J-cradle samples",
         "Wed, 02 Apr 2025 16:45:00 +0800", _t, in_reply_to="<h192-ext-0314@kotukucraft.co.nz>")))])


# p05 -- supplier MRP printout: forecast loaded as firm, material ordered for 2,420
case("p05_spw_mrp_forecast_firm", ["RG006", "RG008"],
     "supplier MRP: customer forecast 2,400 loaded as FIRM sales order; prepreg / blades / ferrules ordered for 2,420 with only 20 samples released",
     [("MRP_run_2025-04-02.txt", T("""
        SIAM PADDLE WORKS CO., LTD.  -  MRP RUN  2025-04-02 06:00   PLANT SR1   USER: ANAN.B
        =========================================================================================
        CUSTOMER: FRASER RIDGE OUTFITTERS (C-0412)
        SALES ORDER  ITEM              TYPE        QTY    STATUS
        SO-25-0388   FRO-PD-0210 R4    SAMPLE        20   RELEASED (CUST PO 45118 LINE 10)
        SO-25-0389   FRO-PD-0210 R4    FIRM SO    2,400   LOADED FROM CUST FORECAST FC-2025 = FIRM
        -----------------------------------------------------------------------------------------
        NET MATERIAL REQUIREMENT
        COMP         DESCRIPTION                REQ QTY     ON HAND   VENDOR PO           STATUS
        CF-UD-200    CARBON PREPREG UD 200G     2,430 M       40 M    VPO-7781 2,390 M    ORDERED 28/03
        GN-BL-30     GLASS-NYLON BLADE BLANK    4,840 PCS     60      VPO-7782 4,780      ORDERED 28/03
        FR-LOCK-2P   FERRULE 2 POSITION         2,420         30      VPO-7783 2,390      ORDERED 28/03
        -----------------------------------------------------------------------------------------
        PLANNER NOTE (ANAN B.): Customer forecast 2,400 for season 2025/26 loaded as firm SO
        to secure prepreg allocation from Toray agent (price up 8% from May). Material ordered for
        full 2,420 (20 sample + 2,400). Customer release for production not received yet.
        =========================================================================================
        END OF REPORT                                                             PAGE 1 / 1
        """))])


# p06 -- minutes: supplier will start production automatically after the river test; buyer says OK
case("p06_hrt_minutes_auto_start", ["RG007"],
     "minutes: supplier will start the 295 automatically when the river test is positive, 'no separate release'; buyer purchasing says OK; PO note requires written release by Yuki Harada",
     [("minutes_2025-05-14.docx", docx_bytes([
         ("h1", "Meeting minutes — Hayase River Tours / Vouga Náutica"),
         ("p", "Online meeting 2025/05/14, 16:00 JST / 08:00 WEST. Minutes by Takeshi Morimoto."),
         ("p", "Attendees: Takeshi Morimoto (HRT purchasing), Kenji Sato (HRT chief guide), João Ferreira "
               "(VN commercial), Inês Marques (VN planning)."),
         ("p", "Order: rudder kit RK-T2, PO HRT-2229. PO note: 5 (five) sample kits. Balance 295 kits not "
               "released; written release by Yuki Harada, Operations Manager, after sample sign-off."),
         ("h", "1. Sample status"),
         ("p", "5 kits shipped 2025/05/09, arrived Tokushima 05/13. River test by Sato-san on Yoshino River "
               "planned 05/20-22 (grade III section, 2 tandem boats)."),
         ("h", "2. Production planning"),
         ("p", "Ms. Marques explained VN will start the 295 production kits automatically as soon as Sato-san's "
               "river test result is positive, to keep the July delivery. In her view no separate release is "
               "needed from HRT side. Mr. Morimoto said: OK, understood, thank you."),
         ("h", "3. Packing"),
         ("p", "10 kits per carton, carton max 18 kg. Labels in English and Japanese."),
         ("h", "Actions"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "River test and report", "K. Sato", "05/23"],
             ["2", "Send test result to VN", "T. Morimoto", "05/26"],
             ["3", "Production plan July", "I. Marques", "05/30"],
         ]),
     ], author="Takeshi Morimoto"))])


# p07 -- supplier: material ordered for 295, will proceed directly once samples approved (Portuguese English)
_q = T("""
    Dear Mr. Ferreira,

    Please find our PO HRT-2229 for 5 (five) sample rudder kits.
    Remaining 295 kits are not released and on hold. After our sample sign-off, Ms. Yuki Harada
    (Operations Manager) will send written release with quantity. Material is sample-only.

    Best regards,
    Takeshi Morimoto
    """)
_t = T("""
    Dear Mr. Morimoto,

    Good afternoon. We are very happy that the 5 samples arrived well to Tokushima.

    To gain time we have already ordered the aluminium 6082 tubes and the stainless 316 cable
    for the 295 production kits (our supplier delivers next week). So, once the samples are
    approved by Mr. Sato, we will proceed directly with the production of the 295 kits, without
    need of more paperwork, and we keep the July delivery.

    Com os melhores cumprimentos / Best regards,
    João Ferreira
    Commercial Director
    """) + VN_CO + "\n" + PH_VN + "\n\n" + \
    "De: Takeshi Morimoto <t.morimoto@hayase-rt.co.jp>\nEnviada: 17 de abril de 2025 06:02\n" + \
    "Assunto: PO HRT-2229 rudder kit RK-T2 (sample 5 sets)\n\n" + quoted(_q)
case("p07_vn_material_and_roll_into_295", ["RG006", "RG007"],
     "supplier ordered material for 295 against a sample-only authority and says it will proceed with 295 once samples are approved",
     [("Re_PO_HRT-2229.eml", eml_bytes(mail(
         JOAO, MORIMOTO, "RE: PO HRT-2229 rudder kit RK-T2 (sample 5 sets)",
         "Tue, 13 May 2025 15:10:00 +0100", _t, html=html_from_text(_t),
         in_reply_to="<h192-ext-0417@hayase-rt.co.jp>")))])


# p08 -- buyer portal: 'approved' and 'released' each used for two different things
case("p08_fro_portal_mixed_terms", ["RG009"],
     "portal uses APPROVED for the PO workflow and for the samples, RELEASED for the drawing, the sample line and (not) production; scope otherwise complete",
     [("portal_PO_45141.html", html_page("FRO Supplier Portal - PO 45141", T("""
        <h2>Fraser Ridge Outfitters &middot; Supplier Portal</h2>
        <p>Supplier: Vouga N&aacute;utica, Lda. &middot; Logged in: ines.marques@vouganautica.pt</p>
        <h3>PO 45141 &middot; Status: <b>APPROVED</b></h3>
        <p>Approved 2025-02-11 by D. Kowalchuk (level 1) and M.-A. Lavoie (level 2). Drawing FRO-RK-03 Rev 5: RELEASED.</p>
        <table>
        <tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit USD</th><th>Line status</th></tr>
        <tr><td>10</td><td>Rudder kit FRO-RK-03 Rev 5, pilot</td><td>8</td><td>92.00</td><td>RELEASED</td></tr>
        <tr><td>20</td><td>Rudder kit FRO-RK-03 Rev 5, production</td><td>312</td><td>68.50</td><td>NOT RELEASED &ndash; on hold until sample sign-off by Priya Sandhu and written release by Marc-Andr&eacute; Lavoie</td></tr>
        </table>
        <h3>Engineering</h3>
        <table>
        <tr><th>Item</th><th>Status</th><th>By</th><th>Date</th></tr>
        <tr><td>Pilot samples (8)</td><td>APPROVED</td><td>P. Sandhu</td><td>2025-03-21</td></tr>
        <tr><td>Cable guide change ECN-0112</td><td>APPROVED</td><td>P. Sandhu</td><td>2025-03-21</td></tr>
        </table>
        <p class="note">Material authority: pilot quantity only (8).</p>
        """)))])


# p09 -- Teams: 'samples approved, crack on' after the buyer's own written-release requirement
case("p09_cdd_teams_samples_approved_crack_on", ["RG002", "RG007"],
     "buyer first requires sign-off + her written release, then 'Samples approved 👍 crack on!' with no quantity; supplier starts the 36",
     [("teams_chat_spray_decks.txt", T("""
        Teams chat - Cwm Ddu / Pärnu Marine - spray decks CDD-0318
        Exported 27/03/2025 12:40 (UTC+00:00)

        [04/03/2025 10:02] Rhian Pritchard
        Bore da Kadri! PO CDD-0318 went out this morning. Just to say it plain: it's for the 4 sample
        decks only. The other 36 are on hold till Gethin has signed the samples off and I've sent you
        a written release.

        [04/03/2025 10:20] Kadri Tamm (External)
        Tere Rhian, understood, 4 samples first.

        [26/03/2025 15:47] Kadri Tamm (External)
        Hi Rhian, did Gethin try the samples? All OK?

        [27/03/2025 09:05] Rhian Pritchard
        He did! Had them on the river Tuesday with the Year 9s, not a drop in. Samples approved 👍
        crack on!

        [27/03/2025 09:06] Kadri Tamm (External)
        Super, so we start the 36 next week.

        [27/03/2025 09:10] Rhian Pritchard
        Diolch Kadri x
        """))])


# p10 -- season plan: forecast written as a firm order and commitment (Japanese English)
case("p10_hrt_season_plan_firm", ["RG008"],
     "1.200 pcs season quantity based on booking forecast written as 'firm order and commitment'; current sample release scoped correctly",
     [("HRT_2025_season_plan.pdf", pdf([
         ("h1", "Hayase River Tours Co., Ltd."),
         ("h", "2025 Season Purchase Plan — Buoyancy aids"),
         ("p", "To: Pärnu Marine Textiles OÜ, Ms. Kadri Tamm · From: Takeshi Morimoto · Date: 2025/02/20"),
         ("p", "Dear Kadri-san, we are pleased to inform our order plan for the 2025 season."),
         ("table", [
             ["Model", "Size", "Apr", "May", "Jun", "Jul", "Total"],
             ["BA-50 adult red", "M/L/XL", "100", "200", "250", "250", "800"],
             ["BA-50C child", "S", "50", "100", "120", "130", "400"],
             ["Total", "", "150", "300", "370", "380", "1.200"],
         ]),
         ("sp",),
         ("p", "This 1.200 pcs is based on our season forecast (tour booking forecast as of 2025/02/15). "
               "Please treat it as our firm order and commitment for the season, and reserve your capacity."),
         ("p", "Currently released: PO HRT-2219, 10 (ten) sample pcs only. Other quantity is not released "
               "until our sample sign-off and written release by Ms. Yuki Harada, Operations Manager."),
         ("p", "Thank you for your cooperation. Best regards, Takeshi Morimoto, Purchasing."),
     ], title="HRT season plan 2025", author="Takeshi Morimoto"))])


# p11 -- buyer calls the season forecast a firm commitment; HTML forecast attached; multipart/alternative
_fc = html_page("FRO forecast 2025-26 - Howe Sound paddle", T("""
    <h2>Fraser Ridge Outfitters &middot; Demand forecast 2025/26</h2>
    <p>Item: Howe Sound touring paddle FRO-PD-0210 Rev 4 &middot; Source: sales plan v3, 2025-03-03</p>
    <table>
    <tr><th>Quarter</th><th>Forecast qty</th></tr>
    <tr><td>Q2 2025</td><td>600</td></tr>
    <tr><td>Q3 2025</td><td>900</td></tr>
    <tr><td>Q4 2025</td><td>300</td></tr>
    <tr><td>Q1 2026</td><td>600</td></tr>
    <tr><td><b>Total</b></td><td><b>2,400</b></td></tr>
    </table>
    """))
_t = T("""
    Hi Somchai,

    Attached is our 2025/26 forecast for the Howe Sound paddle: 2,400 pcs over the season
    (quarterly split in the attachment).

    Honestly, you can take the 2,400 as our firm commitment. We're going to sell these, so
    plan your line on it. Formal POs will follow in batches.

    Right now PO 45118 covers the 20 sample paddles only; the production balance is not
    released until Priya Sandhu signs off the samples and Marc-André Lavoie sends you a
    written release.

    Thanks,
    Dana
    """) + sig("Dana Kowalchuk", "Senior Buyer", FR_CO, PH_FR)
case("p11_fro_forecast_as_commitment", ["RG008"],
     "buyer: 'take the 2,400 [forecast] as our firm commitment ... plan your line on it'; sample scope otherwise complete",
     [("forecast_2025-26.eml", eml_bytes(mail(
         DANA, SOMCHAI, "Howe Sound paddle - 2025/26 forecast",
         "Mon, 03 Mar 2025 15:22:00 -0800", _t, html=html_from_text(_t), cc=PRIYA,
         attachments=[("FRO_forecast_2025-26.html", _fc, "text/html")])))])


# p12 -- supplier order book: EDI 830 forecast entered as firm orders (Chinese English)
case("p12_nho_orderbook_830_firm", ["RG008"],
     "supplier order book: customer EDI 830 planning forecast (600 + 190) entered as FIRM ORDER / CONFIRMED",
     [("order_book_C-NZ-017.txt", T("""
        宁波浩运户外用品有限公司  NINGBO HAOYUN OUTDOOR PRODUCTS CO., LTD.
        CUSTOMER ORDER BOOK        ERP: K/3 WISE        PRINT: 2025-04-09 14:22    BY: WANG JUN (PMC)
        ------------------------------------------------------------------------------------------
        CUSTOMER: KOTUKU CRAFT KAYAKS LTD (NZ)        CUST CODE: C-NZ-017       SALES: LILY ZHOU
        ------------------------------------------------------------------------------------------
        SO NO      CUST PO       ITEM          QTY   TYPE         STATUS       SHIP DATE
        SO250301   KK-4491       RC-22 REV F    10   SAMPLE       IN PROD      2025-04-15
        SO250302   830-FC-Q3     RC-22 REV F   600   FIRM ORDER   CONFIRMED    2025-07-30
        SO250303   830-FC-Q4     RC-22 REV F   190   FIRM ORDER   CONFIRMED    2025-10-30
        ------------------------------------------------------------------------------------------
        REMARK: SO250302 / SO250303 created from customer EDI 830 planning schedule received
        2025-04-02 (forecast). Entered as firm order per sales (Lily) so capacity is reserved.
        ------------------------------------------------------------------------------------------
        TOTAL OPEN QTY: 800                                                      PAGE 1 / 1
        """))])

# p13 -- supplier sales order summary: forecast treated as confirmed order, material ordered for 60 (Polish)
case("p13_km_sales_order_forecast_material", ["RG006", "RG008"],
     "supplier treats the buyer's 'approx 60 hulls, forecast only' as a confirmed 2025 order and orders resin/glass for 60 with 4 samples released",
     [("ZS-2025-041.docx", docx_bytes([
         ("h1", "Kompozyt-Mazury Sp. z o.o. — Zlecenie sprzedaży / Sales order summary ZS-2025/041"),
         ("p", "Prepared: Agnieszka Nowicka, Production Planning · 17.03.2025 · internal"),
         ("table", [
             ["Customer", "Kōtuku Craft Kayaks Ltd, New Zealand"],
             ["Customer PO", "KK-4477 (03.03.2025)"],
             ["Product", "Tasman 520 hull, vinylester infusion, gelcoat RAL 9010, mould F-520/2"],
         ]),
         ("h", "Quantities"),
         ("table", [
             ["Line", "Description", "Qty", "Basis"],
             ["1", "Sample hulls", "4", "customer PO KK-4477, released"],
             ["2", "Order 2025 — production hulls", "60", "customer annual forecast, e-mail A. Ngata 12.02.2025 ('approx. 60 hulls for next summer, forecast only')"],
         ]),
         ("p", "We treat line 2 as confirmed order for 2025. Mould time reserved weeks 22-38 (2 hulls per week)."),
         ("h", "Material"),
         ("p", "Resin Derakane 8084 (approx. 1 320 kg) and glass biax 600 g/m² (approx. 2 100 m²) for 60 hulls "
               "ordered from our supplier on 14.03.2025, zamówienie ZK-25-118, to secure price before the "
               "increase in April."),
         ("p", "Next step: send customer the planning for 60 hulls. — A.N."),
     ], author="Agnieszka Nowicka"))])


# p14 -- ERP PO that states the sample quantity twice, differently; release 'from KCK operations'
case("p14_kk_erp_header_vs_line", ["RG005", "RG011"],
     "one PO: header says 24 sample kits, line 10 says 20; hold and unlock event present but release only 'from KCK operations' (no named person)",
     [("PO_KK-4509.txt", T("""
        KOTUKU CRAFT KAYAKS LTD                    PURCHASE ORDER                     PAGE 1 OF 1
        27 WHARF ROAD, PORT NELSON 7010, NEW ZEALAND
        ------------------------------------------------------------------------------------------
        PO NO: KK-4509     REV: 0     DATE: 14/04/2025     BUYER: A.NGATA     CURRENCY: USD
        SUPPLIER: 100480  NINGBO HAOYUN OUTDOOR PRODUCTS CO LTD
        INCOTERMS: FOB NINGBO     SHIP VIA: DHL EXPRESS (SAMPLES)
        ------------------------------------------------------------------------------------------
        HEADER NOTE: SAMPLE ORDER - 24 (TWENTY-FOUR) SAMPLE RUDDER KITS RK-316-08 REV C ONLY.
        ------------------------------------------------------------------------------------------
        LN  PART NO      REV  DESCRIPTION                               QTY  UOM   UNIT     EXT
        10  RK-316-08    C    RUDDER KIT OVER-STERN, SAMPLE,             20   EA   26.40   528.00
                              DRG KCK-2207 REV 12, PIVOT BOLT M6X1.0
        ------------------------------------------------------------------------------------------
        LINE NOTE: QUOTED PRODUCTION QTY 476 KITS (Q-NB-25-0331) NOT RELEASED. BALANCE ON HOLD
        UNTIL SAMPLE SIGN-OFF AND WRITTEN RELEASE FROM KCK OPERATIONS.
        MATERIAL AUTHORITY: SAMPLE-ONLY.
        ------------------------------------------------------------------------------------------
        PRINTED 14/04/2025 11:07 BY ANGATA
        """))])


# p15 -- unscoped green light in a two-level quoted thread (NZ)
_aroha = T("""
    Kia ora Lily,

    PO KK-4495 attached. PO note: "PO KK-4495 covers 10 (ten) sample sets J-cradle RC-22 only.
    The balance of 790 sets is not released and stays on hold until Mere Tipene signs off the
    samples and Hamish Birchall (Operations Manager) sends a written release. Material
    authority: sample-only."

    Ngā mihi,
    Aroha
    """)
_lily = T("""
    Dear Aroha,

    Before we make samples, we propose small change: strap slot on the cradle arm from 25 mm to
    30 mm, so customer can use 30 mm cam strap also. New drawing RC-22 Rev G attached.
    Please kindly confirm.

    Best regards
    Lily Zhou
    """) + "\n-----Original Message-----\nFrom: Aroha Ngata\nSent: Tuesday, March 18, 2025 10:04 AM\n" + \
    "Subject: PO KK-4495 J-cradle samples\n\n" + quoted(_aroha)
_t = T("""
    Hi Lily,

    Rev G strap slot change approved. Green light - crack on.

    Cheers,
    Hamish
    """) + sig("Hamish Birchall", "Operations Manager", KK_CO, PH_KK) + \
    "\n-----Original Message-----\nFrom: Lily Zhou <lily.zhou@nbhaoyun-outdoor.com>\n" + \
    "Sent: Friday, March 21, 2025 6:31 PM\nTo: Aroha Ngata; Hamish Birchall\nSubject: RE: PO KK-4495 J-cradle samples\n\n" + \
    quoted(_lily)
case("p15_kk_green_light_crack_on", ["RG002"],
     "release authority's 'Green light - crack on' names neither sample-only nor a quantity; quoted PO scope (two levels down) supplies the rest",
     [("Re_Re_PO_KK-4495.eml", eml_bytes(mail(
         HAMISH, LILY, "RE: RE: PO KK-4495 J-cradle samples",
         "Mon, 24 Mar 2025 08:15:00 +1300", _t, cc=AROHA,
         in_reply_to="<h192-ext-0321@nbhaoyun-outdoor.com>")))])


# p16 -- change note: 'Change approved. Go ahead.' and no sample quantity anywhere
case("p16_cdd_change_note_go_ahead", ["RG002", "RG010"],
     "'Change approved. Go ahead.' is unscoped; the order's sample quantity is never stated (hold, event, person present)",
     [("CN-03.pdf", pdf([
         ("h1", "Canolfan Awyr Agored Cwm Ddu"),
         ("h", "Change note CN-03 — spray decks, PO CDD-0361"),
         ("p", "Supplier: Pärnu Marine Textiles OÜ · Date: 08/04/2025 · Raised by: Gethin Hughes"),
         ("table", [
             ["Feature", "Was (SD-04 Rev 2)", "Now (SD-04 Rev 3)"],
             ["Deck neoprene", "4 mm", "3 mm"],
             ["Waist tube", "4 mm", "4 mm (no change)"],
             ["Rand", "6 mm bungee", "6 mm bungee (no change)"],
         ]),
         ("sp",),
         ("p", "Reason: our younger groups struggle to fit the 4 mm decks on the Dancer-type cockpits, "
               "and the 3 mm is plenty warm for the lake in summer."),
         ("p", "Decision: Change approved. Go ahead."),
         ("p", "Scope reminder: this order is for the sample decks in the first instance. The production "
               "balance is not released; it is released only after Gethin Hughes signs off the samples and "
               "Rhian Pritchard, Centre Manager, sends a written release."),
         ("p", "Signed: Gethin Hughes, Equipment & Stores Officer"),
     ], title="CN-03", author="Gethin Hughes"))])


# p17 -- plain mail saved as text: sample PO with the quoted production quantity and price, nothing else
case("p17_cdd_mail_sample_po_180", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for six with quote's 180 pcs alongside and no 'not released'; no hold, no unlock event, no release person",
     [("PO_CDD-0312.txt", T("""
        From: Gethin Hughes <gethin.hughes@cwmddu-outdoor.cymru>
        To: Kadri Tamm <kadri.tamm@parnumarine.ee>
        Date: Tue, 11 Feb 2025 14:32:10 +0000
        Subject: PO CDD-0312 - buoyancy aids

        Hiya Kadri,

        Sorry for the delay, the council's finance system was down again (third time this month!).
        PO CDD-0312 is raised now:

          six (6) sample buoyancy aids, 50 N, EN ISO 12402-5:2020, two each of S / M / L,
          in the red, CWM DDU on the back panel - EUR 44,80 each, EUR 268,80 total

        Your quote PMT-Q-0233 had the production at 180 pcs @ EUR 36,40 - that price is fine
        for us, sizes roughly S 40 / M 70 / L 50 / XL 20.

        Delivery to Stores please, same address as the 2023 order.

        Diolch,
        Gethin

        --
        Gethin Hughes
        Swyddog Offer a Storfa / Equipment & Stores Officer
        Canolfan Awyr Agored Cwm Ddu / Cwm Ddu Outdoor Centre
        01678 520 314
        """))])


# p18 -- buyer order-system page: sample line with 'quoted quantity 300', release person named only
case("p18_hrt_order_page_quoted_300", ["RG001", "RG003", "RG004"],
     "order page: 10 sample pcs with 'quoted quantity 300' beside it, nothing says not released; Yuki Harada named as release person, no hold, no event",
     [("HRT_order_2235.html", html_page("発注書 HRT-2235 / Purchase order", T("""
        <h2>早瀬リバーツアーズ株式会社 &middot; Hayase River Tours Co., Ltd.</h2>
        <p>発注システム / Order system &middot; 発注番号 PO No. <b>HRT-2235</b> &middot; 2025/03/05</p>
        <table>
        <tr><th>仕入先 Supplier</th><td>P&auml;rnu Marine Textiles O&Uuml; (Estonia)</td></tr>
        <tr><th>担当 Buyer</th><td>森本 武 Takeshi Morimoto</td></tr>
        <tr><th>見積 Quotation</th><td>PMT-Q-0226</td></tr>
        </table>
        <h3>明細 Lines</h3>
        <table>
        <tr><th>No.</th><th>品名 Item</th><th>区分 Type</th><th>数量 Qty</th><th>単価 EUR</th><th>金額 EUR</th></tr>
        <tr><td>1</td><td>Buoyancy aid BA-50 adult, red, EN ISO 12402-5:2020</td><td>サンプル sample</td><td>10</td><td>44,80</td><td>448,00</td></tr>
        </table>
        <table>
        <tr><th>見積数量 Quoted quantity</th><td>300 pcs @ EUR 31,80</td></tr>
        <tr><th>納期 Delivery (sample)</th><td>2025/04/10, DAP Tokushima</td></tr>
        <tr><th>リリース担当 Release person</th><td>原田 優希 Yuki Harada (Operations Manager)</td></tr>
        </table>
        <p>よろしくお願いいたします。Thank you for your kind support.</p>
        """), lang="ja"))])


# p19 -- supplier: PO accepted, so production of 480 starts; prepreg for 500 ordered (quoted buyer scope)
_q = T("""
    Hi Nat,

    PO 45152 attached. PO note: "PO 45152 covers the 20 sample paddles only. The 480 production
    paddles are not released and stay on hold until Priya Sandhu signs off the samples and
    Marc-André Lavoie sends a written release. Material authority: sample-only."

    Thanks,
    Dana
    """)
_t = T("""
    Dear Dana ka,

    Thank you for your PO 45152. Your PO is accepted in our system today, so we start
    production for the 480 paddles next Monday together with the 20 samples, and we already
    order prepreg for 500 pcs to our supplier.

    Samples will ship by DHL 25/04, we send AWB.

    Best regards,
    Natthaya (Nat) Chaiyasit
    Customer Service | Siam Paddle Works Co., Ltd.
    Tel +66 38 110 245 ext 12
    """) + "\n-----Original Message-----\nFrom: Dana Kowalchuk <dana.kowalchuk@fraserridgeoutfitters.ca>\n" + \
    "Sent: Wednesday, April 9, 2025 9:11 AM\nTo: Natthaya Chaiyasit\nSubject: PO 45152 - Howe Sound samples\n\n" + quoted(_q)
case("p19_spw_po_accepted_start_480", ["RG006", "RG012"],
     "supplier treats PO acceptance as authority to produce the 480 and orders prepreg for 500; quoted buyer scope says 20 only, material sample-only",
     [("Re_PO_45152.eml", eml_bytes(mail(
         NAT, DANA, "RE: PO 45152 - Howe Sound samples",
         "Thu, 10 Apr 2025 10:40:00 +0700", _t, in_reply_to="<h192-ext-0409@fraserridgeoutfitters.ca>")))])


# p20 -- WeChat: 'make the samples first, we'll sort the rest out later'
case("p20_kk_wechat_samples_first", ["RG003", "RG004", "RG005", "RG010"],
     "buyer: 'make the samples first ... we'll sort the rest out later' - no sample quantity, no hold on the rest, no event, no release person",
     [("WeChat_Lily_Zhou.txt", T("""
        WeChat chat history with 周丽 Lily Zhou (Ningbo Haoyun)
        Exported 2025-04-16 12:02

        2025-04-16 09:14  周丽 Lily Zhou
        Hi Aroha, PO KK-4512 received, thank you. For the rudder kits RK-316-08 we wait your instruction

        2025-04-16 09:31  Aroha Ngata
        Hi Lily! Please make the samples first and send them over, we'll sort the rest out later on 🙂

        2025-04-16 09:33  周丽 Lily Zhou
        OK noted, samples first. Ship by DHL around 2025-04-30

        2025-04-16 09:34  Aroha Ngata
        Perfect, thanks heaps
        """))])


# p22 -- 'Go ahead with the first hulls. The balance is on hold until further notice.'
_q = T("""
    Dear Aroha,

    Please find revised price for Kea 430 hull with the new carbon/aramid layup (Rev B):
    EUR 1 170,00 per hull, FCA Giżycko, lead time 5 weeks from your go-ahead. Mould F-430/1 is
    ready. Validity 60 days.

    Best regards,
    Paweł Wróblewski
    Export Sales
    """)
_t = T("""
    Hi Paweł,

    Thanks for the quick turnaround on the revised quote, the price works for us.

    Go ahead with the first hulls on KK-4521. The balance is on hold until further notice,
    we'll let you know.

    Ngā mihi,
    Aroha
    """) + sig("Aroha Ngata", "Purchasing Officer", KK_CO, PH_KK) + \
    "\nOn Thu, 20 Mar 2025 at 03:12, Paweł Wróblewski <p.wroblewski@kompozyt-mazury.pl> wrote:\n" + quoted(_q)
case("p22_kk_first_hulls_until_further_notice", ["RG002", "RG004", "RG005", "RG010"],
     "'Go ahead with the first hulls' names no quantity (quoted supplier price gives none); balance 'on hold until further notice' - no event, no person",
     [("Re_revised_quote_Kea_430.eml", eml_bytes(mail(
         AROHA, PAWEL, "Re: revised quote Kea 430 hull Rev B",
         "Fri, 21 Mar 2025 10:26:00 +1300", _t, in_reply_to="<h192-ext-0320@kompozyt-mazury.pl>")))])


# p23 -- Japanese ERP PO: balance on hold, release by a named person, but no unlock event
case("p23_hrt_erp_po_no_event", ["RG004"],
     "PO: 5 samples, 'BAL 295 SET ON HOLD. RELEASE BY Y.HARADA' - hold and person named, but no event that unlocks the balance",
     [("PO_HRT-2238.txt", T("""
        早瀬リバーツアーズ株式会社  HAYASE RIVER TOURS CO., LTD.
        注文書  PURCHASE ORDER                         No. HRT-2238        Date 2025/05/20
        ------------------------------------------------------------------------------------------
        仕入先 Supplier : VOUGA NAUTICA, LDA. (AGUEDA, PORTUGAL)   Code V-PT-003
        担当   Buyer    : T.MORIMOTO                               Incoterms: DAP TOKUSHIMA
        ------------------------------------------------------------------------------------------
        No.  ITEM CODE    DESCRIPTION                         QTY  UNIT  UNIT EUR    AMOUNT EUR
        1    RK-T2-SMP    RUDDER KIT TANDEM RK-T2 REV 4,        5   SET     84,00        420,00
                          DRG HRT-RK-02 REV 4, SAMPLE
        ------------------------------------------------------------------------------------------
        備考 REMARKS:
         SAMPLE ONLY 5 SET. BAL 295 SET ON HOLD. RELEASE BY Y.HARADA (OPERATIONS MGR).
         MATERIAL: SAMPLE ONLY.
         LABEL: ENGLISH + JAPANESE, 10 SET/CTN.
        ------------------------------------------------------------------------------------------
        発行 ISSUED BY: T.MORIMOTO                                 PRINT 2025/05/20 09:41
        """))])


# p25 -- sample PO mail with DOCX quote attached; 312 shown, only a release person named
_qd = docx_bytes([
    ("h1", "Vouga Náutica, Lda. — Orçamento / Quotation VN-Q-0472"),
    ("p", "Cliente / Customer: Fraser Ridge Outfitters Ltd. (Squamish, Canada) · Data: 2025-01-28 · Validade 60 dias"),
    ("table", [
        ["Item", "Qty", "Unit USD", "Total USD", "Lead time"],
        ["Rudder kit FRO-RK-03 Rev 5 — pilot", "8", "92,00", "736,00", "4 weeks"],
        ["Rudder kit FRO-RK-03 Rev 5 — production", "312", "68,50", "21 372,00", "8 weeks"],
    ]),
    ("p", "Aluminium 6082-T6 blade, stainless 316 cable 1,5 mm, pedal assembly included. FCA Águeda."),
    ("p", "João Ferreira, Commercial Director"),
], author="João Ferreira")
_t = T("""
    Bom dia João,

    Our PO 45144 is below, plus your quotation VN-Q-0472 attached for the record.

      PO 45144 line 10 - rudder kit FRO-RK-03 Rev 5, pilot - eight (8) kits @ USD 92.00
      Ship FCA Águeda, our forwarder will collect.

    Marc-André Lavoie is the one who signs off anything past the pilot.

    Thanks,
    Dana
    """) + sig("Dana Kowalchuk", "Senior Buyer", FR_CO, PH_FR)
case("p25_fro_pilot_po_docx_quote", ["RG001", "RG003", "RG004"],
     "pilot PO 8 with attached quote showing 312, nothing says not released; Marc-André Lavoie named (RG005 met) but no hold and no unlock event",
     [("PO_45144.eml", eml_bytes(mail(
         DANA, JOAO, "PO 45144 - rudder kit pilot FRO-RK-03",
         "Fri, 31 Jan 2025 11:02:00 -0800", _t,
         attachments=[("VN-Q-0472.docx", _qd, DOCX_MT)])))])

# p26 -- LINE chat: supplier reads the deposit as release and buys material for all 500 (Thai English)
case("p26_spw_line_deposit_release_material", ["RG006", "RG012"],
     "buyer states 20 samples only, 480 on hold (sign-off + written release by Marc-André Lavoie); supplier: deposit received so order released, material for all 500",
     [("LINE_chat_Nat.txt", T("""
        [LINE] Chat history with Nat SPW
        Saved on: 2025/04/22 18:05

        2025/04/14(Mon)
        09:02	Dana Kowalchuk	Hi Nat, deposit for PO 45158 sent today, 30% on the full quote as per your terms. Reminder: the PO is for the 20 sample paddles only. The 480 stay on hold until Priya signs off the samples and Marc-André Lavoie sends the written release. Material sample-only please
        09:40	Nat SPW	Thank you khun Dana ka 🙏
        2025/04/22(Tue)
        10:15	Nat SPW	Dana ka, deposit received already. So we released your order to production, we buy prepreg and blade material for all 500 pcs and start cutting next week ka
        10:16	Nat SPW	[Sticker]
        """))])


# p27 -- supplier quotation with a term that makes sample approval the production release
case("p27_vn_quote_auto_release_term", ["RG007"],
     "supplier quote term: customer sample approval 'will be considered as release of the production quantity', production starts automatically - no recorded auto-conversion",
     [("VN-Q-0490.pdf", pdf([
         ("h1", "Vouga Náutica, Lda."),
         ("p", "Zona Industrial, 3750-000 Águeda, Portugal · +351 234 600 418 · comercial@vouganautica.pt"),
         ("h", "ORÇAMENTO / QUOTATION VN-Q-0490"),
         ("p", "Customer: Hayase River Tours Co., Ltd. (Japan) · Attn. Mr. Takeshi Morimoto · Date: 2025-06-02"),
         ("table", [
             ["Item", "Qty", "Unit EUR", "Total EUR", "Lead time"],
             ["Rudder kit RK-T2 Rev 4 (1,1 mm spring) — samples", "5", "84,00", "420,00", "3 weeks"],
             ["Rudder kit RK-T2 Rev 4 (1,1 mm spring) — production", "295", "61,50", "18 142,50", "7 weeks"],
         ]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Prices FCA Águeda, packing 10 kits per carton included."),
         ("p", "2. Payment: samples 100% before shipment; production 30% deposit, 70% before shipment."),
         ("p", "3. Approval of the samples by the customer (e-mail or signed report) will be considered as "
               "release of the production quantity of this quotation. Production starts automatically "
               "after sample approval; no further order document is necessary."),
         ("p", "4. Validity: 60 days."),
         ("p", "João Ferreira, Commercial Director"),
     ], title="VN-Q-0490", author="João Ferreira"))])


# p28 -- buyer engineer: 'once I approve the samples, proceed with the 480 run' against the PO's written-release rule
_t = T("""
    Hi Somchai,

    Quick one from engineering. PO 45163 has been approved by Marc-André, so you're all set on
    the commercial side.

    I know the PO note says the 480 production paddles need a written release from Marc-André
    after the sample sign-off - don't worry about that. Once I approve the 20 sample paddles,
    just proceed with the 480 run, no need to wait for anything else from us.

    Please ship the samples to Squamish, attention Priya Sandhu.

    Thanks!
    Priya
    """) + sig("Priya Sandhu", "Product Development Lead", FR_CO, PH_FR) + T("""

    PO 45163 note: PO 45163 covers the 20 sample paddles only. The 480 production paddles are not
    released and stay on hold until the samples are signed off and Marc-André Lavoie sends a
    written release. Material authority: sample-only.
    """)
case("p28_fro_once_approved_proceed_480", ["RG007", "RG009"],
     "engineer overrides the written-release rule: 'once I approve the 20 sample paddles, just proceed with the 480 run'; 'approved' used for the PO and for the samples",
     [("PO_45163_samples.eml", eml_bytes(mail(
         PRIYA, SOMCHAI, "PO 45163 - samples and next steps",
         "Wed, 16 Apr 2025 08:47:00 -0700", _t, html=html_from_text(_t), cc=DANA)))])


# p29 -- X12 830 planning schedule (forecast codes) with a buyer header calling it a firm order
case("p29_kk_830_labelled_firm", ["RG008"],
     "830 planning schedule with FST code D (planning) carries buyer header 'THIS SCHEDULE IS OUR FIRM ORDER ... PLEASE PRODUCE'",
     [("830_KK-PS-2025-07.txt", T("""
        KOTUKU CRAFT KAYAKS LTD - EDI OUTBOUND - X12 830 PLANNING SCHEDULE (HUMAN-READABLE PRINT)
        ISA*00*          *00*          *ZZ*KCKNZ01        *ZZ*NBHAOYUN01     *250428*0915*U*00401*000000731*0*P*>
        GS*PS*KCKNZ01*NBHAOYUN01*20250428*0915*731*X*004010
        ST*830*0007
        BFR*00**KK-PS-2025-07*DL*A*20250601*20251130*20250428
        N1*BY*KOTUKU CRAFT KAYAKS LTD
        N1*SU*NINGBO HAOYUN OUTDOOR PRODUCTS CO LTD
        NTE*GEN*THIS SCHEDULE IS OUR FIRM ORDER FOR 2025. PLEASE PRODUCE AND SHIP TO THESE QUANTITIES.
        LIN**BP*RC-2200-480-12*EC*F
        UIT*ST
        FST*120*D*W*20250602
        FST*120*D*W*20250707
        FST*200*D*W*20250804
        FST*200*D*W*20250901
        CTT*1*640
        SE*13*0007
        GE*1*731
        IEA*1*000000731
        ------------------------------------------------------------------------------------------
        LEGEND (KCK EDI guide v3): FST02 C = FIRM, D = PLANNING (FORECAST). UIT ST = SETS.
        ITEM RC-2200-480-12 = J-CRADLE SET ALU, DRG 4400 REV 12.
        TOTAL 640 SETS. PRINTED 28/04/2025 09:16 BY ANGATA
        """))])


# p30 -- sample record using 'approved' and 'released' for different things (Japanese English)
case("p30_hrt_sample_record_mixed_terms", ["RG009"],
     "record uses 'approval/APPROVED' for technical and commercial, 'released' for the PO in the system and for production; scope otherwise complete",
     [("sample_record_HRT-2219.docx", docx_bytes([
         ("h1", "Hayase River Tours — Sample Approval Record, PO HRT-2219"),
         ("table", [
             ["Supplier", "Pärnu Marine Textiles OÜ"],
             ["Item", "Buoyancy aid BA-50, adult red, EN ISO 12402-5:2020"],
             ["PO", "HRT-2219: 10 (ten) sample pcs; quotation PMT-Q-0226: 290 production pcs"],
         ]),
         ("h", "Approvals"),
         ("table", [
             ["Approval", "Result", "By", "Date"],
             ["Technical approval (river test, 10 samples, 50 N checked)", "APPROVED", "Kenji Sato", "2025/04/03"],
             ["Commercial approval (price EUR 31,80)", "APPROVED", "Takeshi Morimoto", "2025/04/04"],
         ]),
         ("h", "Release"),
         ("p", "PO HRT-2219 was released in our system on 2025/02/10."),
         ("p", "Production release: the balance of 290 pcs is not released. It is released only by a written "
               "release from Yuki Harada, Operations Manager, after this record."),
         ("p", "Material authority: sample-only until the production release."),
     ], author="Takeshi Morimoto"))])


# p31 -- 'you're approved to go' with approved used three ways; forwarded supplier mail (rfc822)
_fw = mail(KADRI, RHIAN, "CDD-0355 - grab loop colour + PO revision",
           "Thu, 03 Apr 2025 11:20:00 +0300", T("""
    Tere Rhian,

    Two things before we cut the sample decks:
    1. Yellow webbing RAL 1023 is still out of stock. Can we use orange RAL 2004 for the grab loops?
    2. Your finance sent PO CDD-0355 revision 1 with the new price EUR 55,00 - we accept it.

    Aitäh,
    Kadri Tamm
    Sales | Pärnu Marine Textiles OÜ | +372 443 1870
    """))
_t = T("""
    Kadri,

    Forwarding your mail back with my answer so it's all on one thread for Gethin.

    The orange grab loops are approved, and Siân in finance has approved the PO revision, so
    you're approved to go.

    Diolch yn fawr,
    Rhian
    """) + sig("Rhian Pritchard", "Rheolwr y Ganolfan / Centre Manager", CDD_CO, PH_CDD) + T("""

    PO CDD-0355 note: 4 (four) sample decks only. Balance 36 decks not released - released only
    after sample sign-off by Gethin Hughes and a written release from Rhian Pritchard, Centre Manager.
    """)
case("p31_cdd_approved_to_go", ["RG002", "RG009"],
     "'you're approved to go' names no quantity; 'approved' used for a colour deviation, a PO revision and the go; PO scope note in the mail is complete",
     [("Fwd_sample_decks.eml", eml_bytes(mail(
         RHIAN, KADRI, "Fwd: CDD-0355 - grab loop colour + PO revision",
         "Fri, 04 Apr 2025 09:40:00 +0100", _t, html=html_from_text(_t), cc=GETHIN,
         attachments=[("rfc822", _fw)])))])


# p32 -- supplier weekly status report: 'released' for drawing, shipping, PO and production
case("p32_nho_status_released_mixed", ["RG009"],
     "supplier report uses RELEASED for the drawing, the sample shipment, the PO and production; scope otherwise correct",
     [("NB_weekly_status_wk16.pdf", pdf([
         ("h1", "Ningbo Haoyun Outdoor Products Co., Ltd."),
         ("h", "Weekly status report — Week 16/2025 — Customer: Kotuku Craft Kayaks"),
         ("p", "Prepared by Lily Zhou (Sales) and Wang Jun (PMC) · 2025-04-18"),
         ("table", [
             ["Item", "Status", "Remark"],
             ["Drawing RC-22 Rev G", "RELEASED", "customer released drawing 2025-04-09"],
             ["Samples 10 sets (PO KK-4495)", "RELEASED", "released to shipping 2025-04-15, DHL 4471 2209 66"],
             ["PO KK-4495", "RELEASED", "PO released by customer 2025-03-18"],
             ["Production 790 sets", "NOT RELEASED", "wait customer written release (Mr. Hamish Birchall) after sample sign-off"],
             ["Material", "sample only", "no extrusion bought for 790"],
         ]),
         ("sp",),
         ("p", "Salt spray ISO 9227 480 h test on sample anodizing: started 2025-04-10, finish 2025-04-30."),
     ], title="NB status wk16", author="Lily Zhou"))])


# p33 -- accounting mail saved as text: deposit paid, so start the full order; no quantity stated
case("p33_hrt_deposit_start_full_order", ["RG010", "RG012"],
     "accounting: 'As the deposit is now paid, please start manufacturing the full order' - payment treated as release, and no quantity is stated",
     [("remittance_HRT-2244.txt", T("""
        From: 中村 恵美 Emi Nakamura <e.nakamura@hayase-rt.co.jp>
        To: João Ferreira <joao.ferreira@vouganautica.pt>
        Cc: 森本 武 Takeshi Morimoto <t.morimoto@hayase-rt.co.jp>
        Date: Thu, 05 Jun 2025 11:20:00 +0900
        Subject: Remittance - PO HRT-2244 deposit

        Dear Mr. Ferreira,

        Thank you for your kind support always.

        We have remitted the deposit (30%) for PO HRT-2244 today, EUR 4.968,00, via MUFG Bank,
        value date 2025/06/05. Remittance reference: HRT-REM-250605-02.

        As the deposit is now paid, please start manufacturing the full order of rudder kits under
        this PO.

        Best regards,
        Emi Nakamura
        Accounting Section, Hayase River Tours Co., Ltd.
        Tel +81 883 72 0415
        """))])


# p35 -- Teams: start the sample paddles - hold, event and person named, but how many?
case("p35_fro_teams_samples_no_qty", ["RG010"],
     "buyer: 'Please start on the sample paddles' with hold, unlock event and Marc-André Lavoie named, but the sample quantity is never given",
     [("teams_chat_45170.txt", T("""
        Microsoft Teams - chat export
        Chat: FRO / SPW - Howe Sound Rev 5 blade
        Exported: 2025-05-06 14:30 (UTC-07:00)

        [2025-05-06 08:02] Dana Kowalchuk
        Hi Somchai, PO 45170 is out for the Rev 5 blade shape (the one with the dihedral Priya
        sketched). Please start on the sample paddles.

        [2025-05-06 08:03] Dana Kowalchuk
        The production balance is on hold until Priya signs off the samples and Marc-André Lavoie
        sends you a written release. Material authority is sample-only.

        [2025-05-06 08:40] Somchai Rattanakul (Siam Paddle Works) (External)
        Noted krub. How many sample you want, same like Rev 4?

        [2025-05-06 08:52] Dana Kowalchuk
        I'll check with Priya and get back to you 👍
        """))])


# p36 -- EDI log: 850 says 12, 855 acknowledges 21 and schedules production on acceptance
case("p36_fro_edi_850_855_mismatch", ["RG011", "RG012"],
     "EDI 850 releases 12 samples; supplier 855 acknowledges 21 and says the order is released to production on acceptance",
     [("EDI_log_45175.txt", T("""
        FRASER RIDGE OUTFITTERS - EDI TRANSACTION LOG (VAN MAILBOX FROEDI01)       PRINTED 2025-05-12
        =========================================================================================
        >>> OUTBOUND 850 PURCHASE ORDER          2025-05-08 10:04 PDT   CTRL 000000412
        BEG*00*SA*45175**20250508
        REF*DP*SPRAYDECK
        PO1*10*12*EA*64.00**BP*FRO-SD-14-S*VP*PMT-SD14*PD*SAMPLE SPRAY DECK REV C
        MSG*PO 45175 COVERS 12 SAMPLE DECKS ONLY. PRODUCTION 588 NOT RELEASED, ON HOLD
        MSG*UNTIL SAMPLE SIGN-OFF BY PRIYA SANDHU AND WRITTEN RELEASE BY MARC-ANDRE LAVOIE.
        MSG*MATERIAL AUTHORITY SAMPLE-ONLY.
        CTT*1*12
        -----------------------------------------------------------------------------------------
        <<< INBOUND 855 PO ACKNOWLEDGMENT        2025-05-09 03:17 PDT   CTRL 000009917
        BAK*00*AC*45175*20250509
        ACK*IA*21*EA*068*20250606
        MSG*PO ACCEPTED. ORDER RELEASED TO PRODUCTION ON ACCEPTANCE, 21 PCS, EX-WORKS 2025-06-06.
        CTT*1*21
        =========================================================================================
        STATUS: 855 RECEIVED - NOT RECONCILED (QTY 850 = 12 / QTY 855 = 21)
        """))])


# p37 -- buyer portal: demand forecast shown as a committed order
case("p37_fro_portal_forecast_committed", ["RG008"],
     "buyer portal shows the sales demand forecast (1,800) as 'COMMITTED ORDER - supplier may plan production'; released quantities correctly scoped",
     [("season_plan_2026.html", html_page("FRO Supplier Portal - Season plan 2026", T("""
        <h2>Fraser Ridge Outfitters &middot; Supplier Portal</h2>
        <p>Supplier: P&auml;rnu Marine Textiles O&Uuml; &middot; Part: FRO-SD-14 spray deck &middot; Page: Season plan 2026</p>
        <table>
        <tr><th>Source</th><th>Qty</th><th>Status</th></tr>
        <tr><td>Demand forecast v3 (sales, 2025-05-02)</td><td>1,800</td><td><b>COMMITTED ORDER</b> &ndash; supplier may plan production and capacity against this quantity</td></tr>
        </table>
        <h3>Released to date</h3>
        <table>
        <tr><th>PO</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
        <tr><td>45126</td><td>samples</td><td>12</td><td>released (samples)</td></tr>
        <tr><td>&mdash;</td><td>production balance</td><td>600</td><td>not released &ndash; on hold until sample sign-off by Priya Sandhu and written release by Marc-Andr&eacute; Lavoie</td></tr>
        </table>
        """)))])


# p38 -- supplier portal: 'approved' for samples and the quote, 'released' for drawing and PO
case("p38_vn_portal_approval_terms", ["RG009"],
     "supplier project page: 'Approved' for the samples and for the quotation, 'Released' for the drawing and the PO, while production is 'not released'",
     [("VN_project_RK-T2.html", html_page("Vouga Náutica - Projeto RK-T2", T("""
        <h2>Vouga N&aacute;utica &middot; Portal de clientes &middot; Projeto RK-T2</h2>
        <p>Customer: Hayase River Tours (Japan) &middot; PO HRT-2238 &middot; updated 2025-06-03</p>
        <table>
        <tr><th>Step</th><th>Status</th><th>Date</th></tr>
        <tr><td>Quotation VN-Q-0490</td><td>Approved (commercial)</td><td>2025-05-19</td></tr>
        <tr><td>Drawing HRT-RK-02 Rev 4</td><td>Released</td><td>2025-05-16</td></tr>
        <tr><td>PO HRT-2238 (5 sample kits)</td><td>Released</td><td>2025-05-20</td></tr>
        <tr><td>Samples (5)</td><td>Approved (customer, river test)</td><td>2025-06-02</td></tr>
        <tr><td>Production 295 kits</td><td>Not released &ndash; waiting written release from Ms. Yuki Harada</td><td>&mdash;</td></tr>
        </table>
        <p class="note">Material: samples only. Planning contact: In&ecirc;s Marques.</p>
        """), lang="pt"))])


# p39 -- 'Please proceed with the sample hulls' - no number anywhere
_t = T("""
    Paweł,

    Please proceed with the sample hulls on PO KK-4526 (Kea 430, Rev B carbon/aramid layup).

    The production balance stays on hold until Mere Tipene signs the samples off and I send you
    a written release with the quantity. Material: sample-only.

    Cheers,
    Hamish
    """) + sig("Hamish Birchall", "Operations Manager", KK_CO, PH_KK)
case("p39_kk_proceed_sample_hulls_no_qty", ["RG010"],
     "'proceed with the sample hulls' is sample-scoped and hold / event / release person (Hamish, 'I') are present, but no sample quantity is stated",
     [("KK-4526_samples.eml", eml_bytes(mail(
         HAMISH, PAWEL, "KK-4526 Kea 430 Rev B samples",
         "Tue, 29 Apr 2025 09:18:00 +1200", _t, cc=AROHA)))])

# p40 -- DOCX PO letter: 2 sample sets with the quoted 40 sets beside them, nothing more
case("p40_cdd_po_letter_quoted_40", ["RG001", "RG003", "RG004", "RG005"],
     "PO letter for 2 sample cradle sets quotes 40 sets at USD 38,50 with no 'not released'; no hold, no event, no release person",
     [("PO_CDD-0340.docx", docx_bytes([
         ("h1", "Canolfan Awyr Agored Cwm Ddu — Purchase Order CDD-0340"),
         ("p", "To: Ningbo Haoyun Outdoor Products Co., Ltd., Ms. Lily Zhou · Date: 25/02/2025"),
         ("p", "Dear Lily,"),
         ("p", "Further to your quotation Q-NB-25-0288, please supply two (2) sample cradle sets for our "
               "12-boat minibus trailer (bar spacing 40 mm, M8x1.25 stainless hardware, rubber pads 5 mm)."),
         ("table", [
             ["Line", "Item", "Qty", "Unit USD", "Total USD"],
             ["1", "Trailer kayak cradle set TC-12, sample", "2", "52.00", "104.00"],
             ["", "Courier DHL Express to Bala", "1", "85.00", "85.00"],
         ]),
         ("p", "Your quotation lists the production at 40 sets at USD 38,50, which suits us fine."),
         ("p", "Please invoice Siân Evans, Finance Officer, quoting CDD-0340."),
         ("p", "Diolch yn fawr / Many thanks,"),
         ("p", "Gethin Hughes, Equipment & Stores Officer"),
     ], author="Gethin Hughes"))])


# p41 -- cover mail says 8 samples, the attached PO says 6
_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Hayase River Tours Co., Ltd. · Miyoshi-shi, Tokushima, Japan"),
    ("table", [
        ["PO No.", "HRT-2247", "Date", "2025/06/10"],
        ["Supplier", "Pärnu Marine Textiles OÜ", "Quotation", "PMT-Q-0270"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Item", "Qty", "Unit EUR", "Amount EUR"],
        ["1", "Buoyancy aid BA-50C child, 50 N, EN ISO 12402-5:2020 — SAMPLE", "6", "41,20", "247,20"],
    ]),
    ("sp",),
    ("p", "PO NOTE: 6 (six) sample pcs only. Balance 194 pcs (quotation PMT-Q-0270, total 200) is NOT "
          "RELEASED and on hold until our sample sign-off and a written release from Ms. Yuki Harada, "
          "Operations Manager. Material authority: sample-only."),
], title="PO HRT-2247", author="Takeshi Morimoto")
_t = T("""
    Dear Kadri-san,

    Thank you for your quotation PMT-Q-0270 for the child buoyancy aid.

    Please find attached our PO HRT-2247 for 8 (eight) sample buoyancy aids (child size, 50 N).
    Balance is not released and on hold until our sample sign-off and the written release from
    Ms. Yuki Harada, Operations Manager. Material is sample-only.

    We would like to receive the samples before 2025/07/10 for the summer kids tour.

    Best regards,
    Takeshi Morimoto
    Purchasing, Hayase River Tours Co., Ltd.
    """) + HRT_DISCLAIMER
case("p41_hrt_mail_8_po_6", ["RG011"],
     "cover mail authorizes 8 sample pcs, the attached PO HRT-2247 says 6 (balance 194 of 200); hold, event and person otherwise complete",
     [("PO_HRT-2247.eml", eml_bytes(mail(
         MORIMOTO, KADRI, "PO HRT-2247 child buoyancy aid samples",
         "Tue, 10 Jun 2025 13:05:00 +0900", _t, cc=HARADA,
         attachments=[("PO_HRT-2247.pdf", _po, PDF_MT)])))])


# p42 -- supplier acknowledges 5 samples against a PO for 4, and has bought material for 60 (text attachment)
_mat = T("""
    KOMPOZYT-MAZURY SP. Z O.O. - MATERIAL STATUS - CUSTOMER KK (KOTUKU)          14.04.2025
    ------------------------------------------------------------------------------------------
    ORDER      MATERIAL                          QTY         FOR      SUPPLIER PO    STATUS
    KK-4530    Derakane 8084 resin              1 320 kg    60 hulls  ZK-25-131      delivered 11.04
    KK-4530    Glass biax 600 g/m2              2 100 m2    60 hulls  ZK-25-132      delivered 11.04
    KK-4530    PVC core 80 kg/m3, 10 mm           420 m2    60 hulls  ZK-25-133      in transit
    ------------------------------------------------------------------------------------------
    prepared: T. Zielinski (purchasing)
    """)
_q = T("""
    Hi Paweł,

    PO KK-4530 attached. PO note: "PO KK-4530 covers 4 (four) sample hulls Kea 430 only. The
    balance of 56 hulls is not released and stays on hold until Mere Tipene signs off the
    samples and Hamish Birchall (Operations Manager) sends a written release. Material
    authority: sample-only."

    Ngā mihi,
    Aroha
    """)
_t = T("""
    Dear Aroha,

    Thank you for PO KK-4530. We confirm 5 (five) sample hulls Kea 430, delivery week 20.

    Also for your information we have ordered resin and glass for 60 hulls already, because
    our supplier increase the price from May by 12%. Status list in attachment.

    Z poważaniem / Best regards,
    Paweł Wróblewski
    Export Sales
    """) + KM_DISCLAIMER + \
    "\n-----Original Message-----\nFrom: Aroha Ngata <aroha.ngata@kotukucraft.co.nz>\n" + \
    "Sent: Monday, April 14, 2025 00:05\nTo: Paweł Wróblewski\nSubject: PO KK-4530 Kea 430 samples\n\n" + quoted(_q)
case("p42_km_ack_5_vs_4_material_60", ["RG006", "RG011"],
     "supplier confirms 5 sample hulls against a PO for 4 (quoted), and has ordered resin/glass/core for 60 with material authority sample-only",
     [("Re_PO_KK-4530.eml", eml_bytes(mail(
         PAWEL, AROHA, "RE: PO KK-4530 Kea 430 samples",
         "Tue, 15 Apr 2025 09:02:00 +0200", _t, in_reply_to="<h192-ext-0414@kotukucraft.co.nz>",
         attachments=[("material_status_KK-4530.txt", _mat, "text/plain")])))])


# p43 -- sample evaluation form: 'the 480 run follows automatically from this approval'
case("p43_fro_sef_auto_follows", ["RG007"],
     "sample evaluation form approves the 20 samples and says the 480 run 'follows automatically from this approval', against the PO scope it restates (written release by Marc-André Lavoie)",
     [("SEF-25-011.pdf", pdf([
         ("h1", "Fraser Ridge Outfitters Ltd. — Sample Evaluation Form SEF-25-011"),
         ("table", [
             ["Part", "Howe Sound paddle FRO-PD-0210 Rev 5", "Supplier", "Siam Paddle Works"],
             ["PO", "45118", "Samples", "20 (twenty)"],
             ["PO scope", "20 sample paddles; balance 480 not released until sample sign-off and written release by Marc-André Lavoie", "", ""],
         ]),
         ("sp",),
         ("table", [
             ["Characteristic", "Requirement", "Result", "OK?"],
             ["Length range", "210-230 cm, 2 positions", "210.2 / 230.1 cm", "OK"],
             ["Weight", "max. 850 g", "812-838 g", "OK"],
             ["Shaft deflection 25 kg, 3-point", "max. 38 mm", "31-34 mm", "OK"],
             ["Ferrule lock", "no play after 500 cycles", "no play", "OK"],
         ]),
         ("sp",),
         ("p", "Disposition: APPROVED."),
         ("p", "Comment: Samples approved. The 480 run follows automatically from this approval — Siam can "
               "schedule it straight away."),
         ("p", "Signed: Priya Sandhu, Product Development Lead, 2025-04-02"),
     ], pagesize=LETTER, title="SEF-25-011", author="Priya Sandhu"))])


# p44 -- release letter: 'released' for sample acceptance and for production; 'first batch' has no number
case("p44_cdd_release_letter_first_batch", ["RG009", "RG010"],
     "letter says the samples 'were released by our engineering' and then releases 'the first batch' for production without a number; balance hold, event and person present",
     [("RL-CDD-05.docx", docx_bytes([
         ("h1", "Canolfan Awyr Agored Cwm Ddu — Release letter RL-CDD-05"),
         ("p", "To: Pärnu Marine Textiles OÜ, Kadri Tamm · Order: buoyancy aids BA-50, PO CDD-0358 · 06/05/2025"),
         ("p", "Dear Kadri,"),
         ("p", "The samples were released by our engineering (Gethin Hughes) on 2 May after the pool test "
               "at Bala leisure centre — buoyancy and fit all fine."),
         ("p", "We hereby release the first batch for production, in the sizes on the PO."),
         ("p", "The balance stays on hold. It is released only after the first batch passes our in-use check "
               "and a written release from Rhian Pritchard, Centre Manager."),
         ("p", "Material authority: for the first batch only."),
         ("p", "Cofion cynnes,"),
         ("p", "Rhian Pritchard, Centre Manager"),
     ], author="Rhian Pritchard"))])


# p45 -- supplier portal: deposit received, order released to production
case("p45_pmt_portal_deposit_released", ["RG012"],
     "supplier portal timeline: 'Deposit 30% received -> order released to production', while the customer PO note shown says 4 samples only",
     [("PMT_portal_SO-25-0614.html", html_page("Pärnu Marine Textiles - Customer portal", T("""
        <h2>P&auml;rnu Marine Textiles O&Uuml; &middot; Customer portal</h2>
        <p>Customer: Cwm Ddu Outdoor Centre (Wales) &middot; Sales order PMT-SO-25-0614 &middot; your PO CDD-0363</p>
        <h3>Customer PO note</h3>
        <p>&ldquo;4 (four) sample spray decks only. Balance 36 decks not released until sample sign-off by Gethin Hughes and a written release from Rhian Pritchard, Centre Manager.&rdquo;</p>
        <h3>Timeline</h3>
        <table>
        <tr><th>Date</th><th>Event</th></tr>
        <tr><td>05.05.2025</td><td>PO CDD-0363 received</td></tr>
        <tr><td>06.05.2025</td><td>Proforma PF-25-0221 sent (30% deposit on quotation value)</td></tr>
        <tr><td>12.05.2025</td><td>Deposit 30% received &rarr; order released to production</td></tr>
        <tr><td>19.05.2025</td><td>Cutting planned (week 21)</td></tr>
        </table>
        <p class="note">Questions: Kadri Tamm, +372 443 1870</p>
        """)))])


# ========================================================== MULTI-FILE (positive)
# MF2 -- PO + supplier proforma: PO number and quantity disagree; proforma ties production to the deposit
case("p21_hrt_po_proforma", ["RG011", "RG012"],
     "PO HRT-2231 releases 5 samples; proforma cites PO HRT-2213 and 300 kits and says production starts on receipt of deposit",
     [("PO_HRT-2231.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Hayase River Tours Co., Ltd. · Miyoshi-shi, Tokushima, Japan · Tel +81 883 72 0415"),
         ("table", [
             ["PO No.", "HRT-2231", "Date", "2025/05/26"],
             ["Supplier", "Vouga Náutica, Lda.", "Quotation", "VN-Q-0481"],
             ["Buyer", "Takeshi Morimoto", "Incoterms", "DAP Tokushima"],
         ]),
         ("sp",),
         ("table", [
             ["No.", "Item", "Qty", "Unit EUR", "Amount EUR"],
             ["1", "Rudder kit RK-T2 Rev 4 (1,1 mm spring) — SAMPLE", "5", "84,00", "420,00"],
         ]),
         ("sp",),
         ("p", "PO NOTE: Sample only, 5 (five) sets. Balance 295 sets (quotation VN-Q-0481) is not released. "
               "It is released only after our sample sign-off (river test by Kenji Sato) and a written release "
               "from Ms. Yuki Harada, Operations Manager. Material authority: sample-only."),
     ], title="PO HRT-2231", author="Takeshi Morimoto")),
      ("PI-VN-25-0612.pdf", pdf([
          ("h1", "Vouga Náutica, Lda."),
          ("h", "FATURA PRÓ-FORMA / PROFORMA INVOICE PI-VN-25-0612"),
          ("table", [
              ["Customer", "Hayase River Tours Co., Ltd.", "Date", "2025-05-28"],
              ["Your order ref.", "PO HRT-2213", "Our ref.", "VN-Q-0481"],
          ]),
          ("sp",),
          ("table", [
              ["Item", "Qty", "Unit EUR", "Total EUR"],
              ["Rudder kit RK-T2 Rev 4 — samples", "5", "84,00", "420,00"],
              ["Rudder kit RK-T2 Rev 4 — production", "295", "61,50", "18 142,50"],
              ["Total order (300 kits)", "300", "", "18 562,50"],
              ["Deposit 30% due now", "", "", "5 568,75"],
          ]),
          ("sp",),
          ("p", "Bank: Caixa Geral de Depósitos, IBAN PT50 0000 0000 0000 0000 0000 0, SWIFT CGDIPTPL."),
          ("p", "Production of the 300 kits starts upon receipt of the deposit. Delivery 7 weeks after deposit."),
          ("p", "João Ferreira, Commercial Director"),
      ], title="PI-VN-25-0612", author="João Ferreira"))])


# MF3 -- cover mail + ERP PO + supplier quote: 30 samples, quote shows 600 / 1.200, nothing on hold
_t = T("""
    Kia ora Somchai,

    PO KK-4520 is attached for the carbon shafts - 30 samples for now. I've attached your quote
    SPW-Q25-0162 too so it's all together.

    Could you confirm the ship date for the samples? Mere would love them before Easter.

    Ngā mihi,
    Aroha
    """) + sig("Aroha Ngata", "Purchasing Officer", KK_CO, PH_KK)
case("p24_kk_cover_erp_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "cover mail + ERP PO for 30 sample shafts + quote showing 600 / 1.200; nothing says the larger quantities are not released; no hold, event or person",
     [("mail_PO_KK-4520.eml", eml_bytes(mail(
         AROHA, SOMCHAI, "PO KK-4520 carbon paddle shafts",
         "Wed, 09 Apr 2025 14:10:00 +1200", _t))),
      ("PO_KK-4520.txt", T("""
        KOTUKU CRAFT KAYAKS LTD                    PURCHASE ORDER                     PAGE 1 OF 1
        27 WHARF ROAD, PORT NELSON 7010, NEW ZEALAND
        ------------------------------------------------------------------------------------------
        PO NO: KK-4520     REV: 0     DATE: 09/04/2025     BUYER: A.NGATA     CURRENCY: USD
        SUPPLIER: 100512  SIAM PADDLE WORKS CO LTD, SI RACHA, CHONBURI TH
        INCOTERMS: EXW SI RACHA     SHIP VIA: DHL EXPRESS
        ------------------------------------------------------------------------------------------
        LN  PART NO        REV  DESCRIPTION                                QTY  UOM   UNIT     EXT
        10  SH-2PC-30-C    B    PADDLE SHAFT 2-PC CARBON 30MM ROUND,         30   EA   22.60   678.00
                                SPLIT 2 POS 215/220 CM, DRG KCK-3310 REV 2
        ------------------------------------------------------------------------------------------
        NOTES: REF QUOTE SPW-Q25-0162. DEFLECTION TEST REPORT WITH SAMPLES.
        PRINTED 09/04/2025 13:58 BY ANGATA
        """)),
      ("SPW-Q25-0162.pdf", pdf([
          ("h1", "Siam Paddle Works Co., Ltd."),
          ("h", "QUOTATION SPW-Q25-0162"),
          ("p", "To: Kotuku Craft Kayaks Ltd / Ms. Aroha Ngata · Date: 28/03/2025"),
          ("table", [
              ["Item", "Qty", "Unit USD", "Lead time"],
              ["Shaft 2-pc carbon 30 mm, DRG KCK-3310 Rev 2 (sample)", "30", "22.60", "14 days"],
              ["Shaft 2-pc carbon 30 mm, DRG KCK-3310 Rev 2", "600", "14.90", "40 days"],
              ["Shaft 2-pc carbon 30 mm, DRG KCK-3310 Rev 2", "1.200", "13.70", "50 days"],
          ]),
          ("sp",),
          ("p", "EXW Si Racha. Validity 60 days. Production payment 30% deposit."),
          ("p", "Somchai Rattanakul, Sales Manager"),
      ], title="SPW-Q25-0162", author="Somchai Rattanakul"))])


# MF4 -- minutes say 6 samples, a later chat from stores says make it 8
case("p34_cdd_minutes_vs_whatsapp", ["RG011"],
     "minutes authorize 6 sample decks (balance 54 on hold, full scope); a later WhatsApp from stores tells the supplier to make 8, supplier notes 8",
     [("minutes_2025-02-18.docx", docx_bytes([
         ("h1", "Cwm Ddu Outdoor Centre / Pärnu Marine Textiles — call 18/02/2025"),
         ("p", "Present: Rhian Pritchard (Centre Manager), Gethin Hughes (Equipment & Stores), Kadri Tamm (PMT Sales)."),
         ("h", "1. Kids' spray decks, PO CDD-0349"),
         ("p", "PO CDD-0349 authorizes six (6) sample spray decks, kids' sizes XS/S. The balance of 54 decks is "
               "not released. It is released only after Gethin Hughes signs off the samples and Rhian Pritchard "
               "sends a written release. Material authority: sample-only."),
         ("h", "2. Delivery"),
         ("p", "Samples by week 12, DHL to the centre. Kadri to send photos of the first one."),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner"],
             ["Make and ship 6 sample decks", "Kadri Tamm"],
             ["Sample sign-off", "Gethin Hughes"],
         ]),
     ], author="Rhian Pritchard")),
      ("WhatsApp_Chat_Gethin.txt", T("""
        24/02/2025, 16:31 - Gethin Hughes: Hi Kadri, quick one re CDD-0349 - make it 8 samples not 6 please, we want two more for the Scouts to try over half term. Cheers
        24/02/2025, 16:48 - Kadri Tamm: Hi Gethin, OK, 8 samples, noted 👍
        24/02/2025, 16:49 - Gethin Hughes: Ta 👌
        """))])


# ================================================================== WRITE
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    order = list(CASES)
    random.Random(192192).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, start=1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h192_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({n_clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
