#!/usr/bin/env python3
"""Generator for the releasegate check_holdout34 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout34/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled case order with seed 3434).

Descriptive case names (cNN_ = clean, pNN_ = with risks) live only in this file; the folders
under cases/ are neutral: h34_NN_<first-file-stem>.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
import zipfile
from collections import Counter
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


def D(s):
    """dedent a triple-quoted block and end it with one newline"""
    return textwrap.dedent(s).strip("\n") + "\n"


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py, lines 1-203; only the Message-ID prefix and the MIME
#  boundary suffix were changed to h34)
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
    m["Message-ID"] = msgid or f"<h34-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h34")
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


# ----------------------------------------------------------------- small helpers (new)
def sig_short(name, company, phone, extra=""):
    """an informal signature without the legal disclaimer"""
    s = f"\n-- \n{name}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


def as_html(text):
    """the text/html alternative of a plain mail body: paragraphs, quotes kept as blockquote"""
    out, quote = [], []

    def flush_quote():
        if quote:
            out.append("<blockquote style=\"border-left:2px solid #999;margin-left:4px;"
                       "padding-left:8px;color:#555\">" + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines if ln.strip()):
            quote.extend(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            continue
        flush_quote()
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    flush_quote()
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n")) + "\n"


# =================================================================== CLEAN
# c01 - supplier quote on its own: sample + production tiers, no authorized quantity.
case("c01_foundry_quote_tiers_only", [],
     "supplier quote alone (sample 6 / production 250 tiers, production marked pricing-only); no authorization in the bundle",
     [("Q-2417_Don_Valley_Castings.pdf", pdf([
         ("h1", "DON VALLEY CASTINGS LTD"),
         ("p", "Unit 14, Attercliffe Works, Sheffield S9 3RG  |  0114 496 0732  |  sales@donvalleycastings.co.uk"),
         ("p", "VAT reg. GB 318 4471 09"),
         ("h", "QUOTATION Q-2417"),
         ("table", [["To", "Date", "Your ref", "Valid until"],
                    ["Hopwright Brewing Co., Arch 7, Sovereign St, Leeds LS1 4BJ - attn. Will Naylor",
                     "8 April 2024", "email 4 Apr 'fox head tap handle'", "8 July 2024"]]),
         ("sp",),
         ("p", "Item: custom cast tap handle, 'Hopwright fox head', to your drawing HW-TH-07 rev B. "
               "LM6 aluminium, sand cast, fettled and satin linished, M10 brass insert fitted, height 205 mm."),
         ("table", [["Stage", "Qty", "Unit price", "Total", "Lead time"],
                    ["Pattern (one-off, stays our property, stored 3 yrs)", "1", "£640.00", "£640.00", "2 weeks"],
                    ["Sample castings", "6", "£48.00", "£288.00", "3 weeks incl. pattern"],
                    ["Production castings", "250", "£17.40", "£4,350.00", "5 weeks from your production order"]]),
         ("sp",),
         ("p", "Notes: the production line is quoted on the volume you indicated and is there for pricing only. "
               "We don't pour production castings on the strength of this quotation or of a sample order; "
               "we need a separate written production order from you stating the quantity."),
         ("p", "Pattern changes after sample sign-off are charged at cost. Castings to ISO 8062-3 DCTG 10. "
               "Prices ex works Sheffield; our van to Leeds is free on orders over £500."),
         ("p", "Payment: 30 days from invoice. E&OE. Thanks for thinking of us - Steve Hollis, Sales."),
     ], title="Quotation Q-2417", author="Don Valley Castings"))])

# c02 - Instagram DMs: 4 samples, 40 held, Niamh releases by email after trying them; supplier question.
case("c02_instagram_candle_holders_scoped", [],
     "IG DMs: 4 samples active, 40 explicitly not a go, Niamh (named buyer) emails after shop trial; later 'go-ahead?' is a supplier question",
     [("instagram_dm_kilnworks.txt", D("""
        Instagram - Direct messages
        Conversation: @fernandfable.candles <-> @kilnworks.studio
        Exported: 21/05/2024 08:12 (Europe/Dublin)

        [03/05/2024 10:14] fernandfable.candles: Hiya! Loved the speckled glaze ones at the Galway market on Saturday 😍 Could you do us a custom holder for our 30cl tin candle? Rough sketch below
        [03/05/2024 10:15] fernandfable.candles: [photo]
        [03/05/2024 11:02] kilnworks.studio: Oh lovely!! Yes definitely. For a new shape I'd throw a few samples first, €22 each, then the proper batch once you're happy - €14.50 each if you're doing 40+
        [03/05/2024 11:38] fernandfable.candles: perfect. ok so for now just make 4 samples please (four) - 2 in the speckle + 2 in the sage
        [03/05/2024 11:40] fernandfable.candles: the 40 are NOT a go yet, don't make any of those. Niamh (my business partner, she does all our buying) has to try the samples in the shop first and then she'll email you herself to say go on the 40. Only from her email ok? not from me on here 🙈
        [03/05/2024 11:55] kilnworks.studio: 👍 grand so 4 samples, nothing else til I get an email from Niamh
        [03/05/2024 11:56] fernandfable.candles: you're a star ⭐
        [09/05/2024 19:21] kilnworks.studio: first firing done, the sage came out a bit darker than the tile, is that ok?
        [09/05/2024 19:40] fernandfable.candles: darker is fine honestly, maybe even nicer
        [17/05/2024 16:20] kilnworks.studio: Samples are out of the kiln!! Posting tomorrow 📦 An Post tracking to follow
        [20/05/2024 09:03] kilnworks.studio: did they land ok? do I have the go-ahead for the 40 or are you still waiting on Niamh?
        [20/05/2024 09:30] fernandfable.candles: landed!! gorgeous 😍 still waiting on Niamh tho, she's doing burn tests this week. hold the 40 for now pls 🙏
        [20/05/2024 09:31] kilnworks.studio: no bother, holding 👌
        """))])

# c03 - labelled rolling forecast, HTML table.
case("c03_labelled_forecast_lug_caps", [],
     "rolling forecast clearly labelled planning-only, not an order; call-offs are the only release; no authorization in the bundle",
     [("kaimai_preserves_forecast_Q3-Q4.html", html_page("Rolling demand forecast - printed lug caps", D("""
        <h2>Kaimai Preserves Ltd - rolling demand forecast</h2>
        <p>To: Southern Cross Can &amp; Tin Ltd, Penrose, Auckland (attn. Grant Liu)<br>
        From: Aroha Ngata, Operations Manager, Kaimai Preserves Ltd, 22 Jellicoe St, Te Puke<br>
        Issued: 14 June 2024 - version 6</p>
        <p class="note"><b>FOR PLANNING ONLY.</b> This forecast is not an order and not a commitment to buy.
        It releases no production and no material. We order only with numbered call-offs (e.g. CO-2024-14),
        each one signed by Aroha Ngata. The call-off itself tells you what is released.</p>
        <p>Item: printed 63 mm lug cap, gold lacquer inside, art KP-LC-63-02 ('feijoa &amp; ginger' range), plastisol seal.</p>
        <table>
        <tr><th>Month</th><th>Forecast caps</th><th>Basis</th><th>Comment</th></tr>
        <tr><td>Jul 2024</td><td>18,000</td><td>forecast</td><td>feijoa season tail</td></tr>
        <tr><td>Aug 2024</td><td>22,000</td><td>forecast</td><td>new supermarket listing (NI only)</td></tr>
        <tr><td>Sep 2024</td><td>20,000</td><td>forecast</td><td></td></tr>
        <tr><td>Oct 2024</td><td>26,000</td><td>forecast</td><td>Christmas hampers start</td></tr>
        <tr><td>Nov 2024</td><td>34,000</td><td>forecast</td><td>peak</td></tr>
        <tr><td>Dec 2024</td><td>30,000</td><td>forecast</td><td></td></tr>
        </table>
        <p>Accuracy of the last 6 months: +/- 15%. Please tell us if your tinplate lead time moves past 10 weeks
        so we can plan call-offs earlier. Ngā mihi, Aroha</p>
        """)))])

# c04 - full-quantity PO, DOCX with table, 'proceed with all 24'.
case("c04_full_quantity_po_chair_frames", [],
     "full-quantity PO for 24 frames (prototypes already signed off earlier); no balance, quantity named",
     [("PO-1187_Ashgrove_Joinery.docx", docx_bytes([
         ("h1", "Brannock & Daughters Furniture - Purchase Order"),
         ("p", "PO number: PO-1187        Date: 7 May 2024"),
         ("p", "Supplier: Ashgrove Joinery, Ballyroan Road, Abbeyleix, Co. Laois (attn. Pádraig Dunne)"),
         ("p", "Deliver to: Brannock & Daughters, Unit 4, Hebron Industrial Estate, Kilkenny R95 F2X8"),
         ("table", [["Line", "Item", "Drawing", "Qty", "Unit €", "Total €"],
                    ["1", "Ash dining chair frame, 'Nore', unfinished, sanded to 180 grit", "BD-NORE-03 rev D", "24", "96.00", "2,304.00"],
                    ["2", "Crate & delivery (2 drops)", "-", "2", "45.00", "90.00"]]),
         ("sp",),
         ("p", "This purchase order follows our sign-off of the two prototype frames on 2 April (Deirdre's email of that date). "
               "It is a full production order for twenty-four (24) frames; there is no sample stage and nothing further "
               "to follow on this PO. Please proceed with all 24."),
         ("p", "Delivery: two drops of 12, w/c 3 June and w/c 17 June. Please ring the workshop (056 772 1190) the day before."),
         ("p", "Payment: 30 days end of month from invoice. Quote ref: Ashgrove Q-0316."),
         ("p", "Please acknowledge by email to orders@brannockfurniture.ie."),
         ("p", "Deirdre Brannock, Director"),
     ], author="Deirdre Brannock"))])

# c05 - explicit recorded auto-conversion, EML with PDF PO.
_c05_pdf = pdf([
    ("h1", "Stalen Ros Fietsen B.V. - Inkooporder / Purchase order"),
    ("p", "PO 24-0117 rev B   |   date 14 May 2024   |   supplier: Hsu Precision Co., Ltd., Taichung, Taiwan"),
    ("p", "Rev B: delivery address changed to Nijverheidsweg 12, 3433 NP Nieuwegein. Quantities unchanged."),
    ("table", [["Line", "Part", "Scope", "Qty", "Unit EUR", "Status"],
               ["1", "SR-DO-12 rev 3 stainless dropout set (L+R)", "sample", "8", "38,50", "active - make now"],
               ["2", "SR-DO-12 rev 3 stainless dropout set (L+R)", "production", "1.200", "11,20",
                "not released - see auto-conversion clause"]]),
    ("sp",),
    ("h", "Scope and auto-conversion (agreed on 13 May 2024, recorded here)"),
    ("p", "Active now: 8 sample sets. The 1.200 production sets on line 2 are not released by this PO."),
    ("p", "Auto-conversion: if Joris van Dijk, Head of Engineering, signs our sample sign-off form for the 8 sample sets "
          "with disposition 'approved', that signed form by itself releases 1.200 sets for production, and no other "
          "quantity. A disposition 'interim' or 'rejected' releases nothing. Nothing else - payment, this PO, a call, "
          "a message from anyone else - releases production."),
    ("p", "Material authority: sample-only until the signed form is sent to you."),
    ("p", "Payment 60 days. Incoterms FCA Taichung. Sanne Kuipers, Inkoop."),
], title="PO 24-0117 rev B", author="Stalen Ros Fietsen")
case("c05_explicit_auto_conversion_dropouts", [],
     "explicit recorded auto-conversion naming quantity (1.200), signer (Joris van Dijk) and condition; 8 samples active; material sample-only",
     [("po_24-0117_revB.eml", eml_bytes(mail(
         "Sanne Kuipers <inkoop@stalenros.nl>", "Amy Hsu <amy@hsuprecision.com.tw>",
         "PO 24-0117 rev B - dropouts SR-DO-12 (new address + auto-conversion in writing)",
         "Tue, 14 May 2024 10:05:00 +0200",
         D("""
            Dear Amy, dear Mr. Hsu,

            Attached is PO 24-0117 rev B. Rev B only changes the delivery address (we moved to the new workshop
            in Nieuwegein); the quantities stay the same.

            As promised on the call yesterday, here is what we agreed, now also printed on the PO:

            - Active now: 8 sample dropout sets (eight). Please make these now.
            - The 1.200 production sets are not released by this PO.
            - Auto-conversion: if Joris van Dijk (Head of Engineering) signs our sample sign-off form for the
              8 sets with disposition 'approved', that signed form by itself releases 1.200 sets for production.
              Interim or rejected releases nothing. Nothing else releases production.
            - Material: sample-only until you receive the signed form.

            Could you confirm by return that you read the PO the same way? Then we are all set.

            Met vriendelijke groet / kind regards,
            Sanne
            """) + sig("Sanne Kuipers", "Inkoop (purchasing)", "Stalen Ros Fietsen B.V., Nieuwegein", "+31 30 760 2218"),
         attachments=[("PO_24-0117_revB.pdf", _c05_pdf, PDF_MT)])))])

# c06 - supplier: 'deposit does not release production'; buyer scope quoted.
_c06_quoted = D("""
    On Mon, 27 May 2024 at 10:02, Thandi Mokoena <thandi@kaaptheatre.co.za> wrote:
    Hi Lwazi

    PO 3310 attached. It covers 2 (two) sample masks only - Prospero and Ariel.
    The remaining 28 are NOT released, please don't start them. I'll release them myself in writing
    (Thandi Mokoena, Production Manager) after the actors' fitting on 14 June.

    The deposit of R 4 500 goes over today for the samples and the moulds.

    Thanks!
    Thandi
    """)
_c06_text = D("""
    Hi Thandi,

    Thanks - the R 4 500 deposit landed this morning for PO 3310. 🙏

    Just so we're on the same page: the deposit doesn't release production on our side. We'll make the
    2 sample masks (Prospero and Ariel) and nothing else. The other 28 stay parked until you send the
    written release after the fitting on the 14th, like your PO says.

    Samples will be ready for the fitting by the 12th. I'll bring them to the Baxter myself, plus the
    spare elastic and the little repair kit.

    Cheers
    Lwazi
    """) + sig_short("Lwazi Mkhize", "Mkhize Props & Fabrication, 31 Albert Rd, Woodstock, Cape Town",
                     "+27 21 447 3390 / 082 555 0193") + "\n" + quote(_c06_quoted)
case("c06_deposit_not_release_masks", [],
     "supplier states the deposit does not release production; quoted buyer PO: 2 samples, 28 not released, Thandi releases in writing after fitting",
     [("Re_PO_3310_mask_prototypes.eml", eml_bytes(mail(
         "Lwazi Mkhize <lwazi@mkhizeprops.co.za>", "Thandi Mokoena <thandi@kaaptheatre.co.za>",
         "Re: PO 3310 - mask prototypes", "Tue, 28 May 2024 08:47:00 +0200", _c06_text,
         in_reply_to="<h34-c06-orig@kaaptheatre.co.za>")))])

# c07 - call-off with explicit staged material authority above the released quantity.
case("c07_calloff_staged_material_bronze_pulls", [],
     "call-off releases 40 (cumulative 64); explicit staged material authority up to 100 pulls at buyer liability; 120 not released; next call-off signed by Mei Halloran",
     [("CallOff_03_PO_4400-17.pdf", pdf([
         ("h1", "Halloran Ng Architects Inc."),
         ("p", "1208 Homer Street, Vancouver BC V6B 2Y5  |  604 555 0178"),
         ("h", "Call-off 03 against PO 4400-17"),
         ("p", "To: Fraser River Foundry Ltd., 19088 96 Ave, Surrey BC (attn. Gord McAllister)    Date: 3 June 2024"),
         ("p", "Project: Waterfront Hotel refit, levels 2-9. Part: HNA-DP-4 silicon bronze door pull, 450 mm, "
               "oil-rubbed finish, drawing HNA-DP-4 rev E."),
         ("table", [["", "Pulls"],
                    ["Quantity on PO 4400-17", "184"],
                    ["Released by call-off 01 (samples)", "4"],
                    ["Released by call-off 02", "20"],
                    ["Released by THIS call-off 03", "40"],
                    ["Cumulative released", "64"],
                    ["Not released (on hold)", "120"]]),
         ("sp",),
         ("p", "This call-off releases forty (40) pulls for production, for delivery to site by 12 July 2024."),
         ("p", "Material authority (staged): you may buy and hold silicon bronze ingot for up to 100 pulls in total "
               "(cumulative, including the 64 released), at our liability. This material authority releases no "
               "production beyond the 64 pulls released so far."),
         ("p", "The remaining 120 pulls on PO 4400-17 are not released. They will be released only by a further "
               "numbered call-off signed by Mei Halloran (Principal) or, in her absence, David Ng (Associate Principal)."),
         ("p", "Signed: Mei Halloran, Principal, 3 June 2024"),
     ], pagesize=LETTER, title="Call-off 03 PO 4400-17", author="Halloran Ng Architects"))])

# c08 - supplier acknowledgement restating the hold (multipart/alternative).
_c08_text = D("""
    Hi Gemma,

    Thanks for PO 88213 - acknowledging it as written:

    - 25 sample keg collars (printed both sides, die-cut, 2 designs: 'Kingston Black' and 'Dabinett').
      We'll print these now; proofs to you by Wednesday.
    - The remaining 975 collars on our quote are not released. We won't print them, and we're holding
      board stock for the 25 samples only.
    - We'll print the 975 only once we have your written release - from you, Gemma Clarke - after your
      sign-off of the samples at the Bath tasting on 8 June.

    Collars are on 1.2 mm greyboard, 4-colour + spot gloss on the apple, 89 mm keg neck hole.
    Courier to the cider barn as usual.

    Cheers,
    Ollie
    """) + sig("Ollie Brent", "Studio Manager", "Inkwell & Press Ltd, Bristol BS2 0QQ", "+44 117 496 0381")
case("c08_supplier_ack_restates_hold_keg_collars", [],
     "supplier acknowledgement (not an authorization) restating 25 samples, 975 not released, written release by Gemma Clarke after sign-off",
     [("Ack_PO_88213_keg_collars.eml", eml_bytes(mail(
         "Ollie Brent <ollie@inkwellpress.co.uk>", "Gemma Clarke <gemma@severnsidecider.co.uk>",
         "Acknowledgement - PO 88213 keg collars (samples)", "Mon, 20 May 2024 14:22:00 +0100",
         _c08_text, html=as_html(_c08_text))))])

# c09 - ERP full-quantity PO with identifiers that look like quantities.
case("c09_erp_full_po_identifiers", [],
     "ERP printout, full-quantity PO (FAI accepted earlier), identifiers look like quantities (KSF-1000-250, DRG 5000 rev 12, ISO 2768, bay 2500)",
     [("PO_7719_print.txt", D("""
        KLOOF STREET FURNITURE (PTY) LTD                  PURCHASE ORDER          PAGE 1 OF 1
        14 BREE STREET, CAPE TOWN 8001                    PO NO : 7719
        VAT NO 4120273361  REG 2011/004417/07             DATE  : 2024-05-09
                                                          BUYER : N. PETERSEN  021 555 0419
        SUPPLIER: 30412  VULCAN STEEL FABRICATORS CC
                         7 BOFORS CIRCLE, EPPING II, 7460

        LN  PART NO          REV  DESCRIPTION                          QTY UOM    UNIT ZAR      EXT ZAR
        --  ---------------  ---  ---------------------------------  ----- ---  ----------  -----------
        10  KSF-1000-250      12  TABLE BASE, X-FRAME, 40X40X2 RHS      60 EA      1 180.00    70 800.00
                                  DRG KSF-5000 REV 12, TOL ISO 2768-MK
                                  WELDS PER ISO 5817 LEVEL C
                                  POWDER COAT RAL 9005 MATT, 80 MICRON
        20  KSF-1000-260      03  LEVELLING FOOT INSERT M10X1.5        240 EA         14.50     3 480.00
                                  (4 PER BASE, WELDED IN)
                                                                                  ----------  -----------
                                                                    SUBTOTAL                   74 280.00
                                                                    VAT 15%                    11 142.00
                                                                    TOTAL ZAR                  85 422.00

        NOTES:
         1. FULL ORDER QUANTITY. NO SAMPLE STAGE ON THIS PO - FIRST ARTICLE ACCEPTED 2024-04-22
            (FAI REF FA-2024-031). MAKE ALL 60 BASES.
         2. DELIVER 30 BASES WK 22 AND 30 BASES WK 24, RECEIVING BAY 2500, GATE 3.
         3. PACK 4 PER PALLET, CORNER PROTECTORS, NO STRAPPING ON COATED FACES.
         4. PAYMENT 30 DAYS FROM STATEMENT. QUOTE REF VSF-Q-1180.

        AUTHORISED: N. PETERSEN (PROCUREMENT)         PRINTED 2024-05-09 11:42 BY NPETERSEN
        """))])

# c10 - Google Docs comments: 3 samples for fit check only, 150 not released, Lena releases.
case("c10_gdocs_fit_check_only_diffusers", [],
     "Google Docs comments: 3 samples, 150 not released, Lena releases in writing after fit + burn test; sign-off 'for fit check only'",
     [("gdocs_comments_LW-SHADE-09.txt", D("""
        Document: Spec - LW-SHADE-09 SLS diffuser (Studio Lichtwerk) - shared with printlab-eindhoven.nl
        Export: comments and replies, 24 May 2024 09:10 CET

        ------------------------------------------------------------------------------
        Comment on: "3. Order scope"
          Lena Brouwer (Studio Lichtwerk) - 14 May 2024, 10:02
            Scope for PrintLab: 3 sample diffusers in PA12, natural, for the fit check on the brass frame.
            The 150 for the autumn collection are NOT released - please don't print them.
          Bram Hoekstra (PrintLab Eindhoven) - 14 May 2024, 11:30
            Clear: 3 samples. Do you already know when the 150 might come? We have a free EOS slot in June.
          Lena Brouwer (Studio Lichtwerk) - 14 May 2024, 11:41
            Only after the fit check AND a 2-week burn test on the LED module. I release the 150 myself, in
            writing (an email with a release number). Nothing else counts - not this doc, not the invoice.
          Bram Hoekstra (PrintLab Eindhoven) - 14 May 2024, 11:44
            👍

        ------------------------------------------------------------------------------
        Comment on: "4. Fit on frame LW-F-09 (brass, 2.0 mm)"
          Joost Smit (Studio Lichtwerk, product design) - 23 May 2024, 16:15
            Sample sign-off: fit OK on all 3 samples, clips snap in with 1 click - for the fit check only.
            Production of the 150 is not released by this. Burn test runs until 6 June, then Lena decides.
          Bram Hoekstra (PrintLab Eindhoven) - 23 May 2024, 16:40
            Noted. Nothing printed beyond the 3. Wall 1.6 mm as in the samples?
          Joost Smit (Studio Lichtwerk, product design) - 23 May 2024, 16:52
            Yes, 1.6 mm. Marked as resolved.

        ------------------------------------------------------------------------------
        Comment on: "6. Surface"
          Bram Hoekstra (PrintLab Eindhoven) - 15 May 2024, 09:03
            Bead-blasted or tumbled? Tumbled gives the softer light you liked in the PA11 test.
          Lena Brouwer (Studio Lichtwerk) - 15 May 2024, 09:20
            Tumbled please.
        """))])

# c11 - quoted supplier assumption of auto-conversion, with the buyer's correcting reply on top.
_c11_quoted = D("""
    On 6 June 2024 at 15:31, Piotr Nowak <piotr.nowak@zon-nowak.pl> wrote:
    Dear Marta,

    12 sample crowns will ship on Friday with DHL, invoice attached.
    To keep our July machine slot, once you approve the samples we will go straight into
    the 300 production crowns. Please confirm.

    Best regards
    Piotr Nowak
    ZON Nowak Sp. z o.o., Mielec
    """)
_c11_text = D("""
    Hi Piotr,

    No - please don't do that. A sample sign-off does not release the 300. They stay on hold until I send
    you a written production release (me, Marta Kowalczyk, Purchasing). It will be a separate email with
    a release number, after our engineer has signed off the samples. The sign-off on its own releases nothing.

    What is live on PO 60231 is the 12 sample crowns, nothing more.

    I understand about the slot. If you need an answer for July, ask me by 20 June and I'll tell you
    whether a release is coming.

    Thanks,
    Marta
    """) + sig("Marta Kowalczyk", "Purchasing", "Northline Cycles Inc., 75 Sherman Ave N, Hamilton ON", "+1 905 555 0133") \
    + "\n" + quote(_c11_quoted)
case("c11_buyer_corrects_supplier_rollover", [],
     "quoted supplier plan to roll into 300 on sample approval, corrected by the buyer: 12 live, 300 on hold, Marta releases in writing",
     [("Re_samples_fork_crowns_PO_60231.eml", eml_bytes(mail(
         "Marta Kowalczyk <marta.k@northlinecycles.ca>", "Piotr Nowak <piotr.nowak@zon-nowak.pl>",
         "Re: samples fork crowns PO 60231", "Thu, 6 Jun 2024 10:12:00 -0400", _c11_text,
         in_reply_to="<h34-c11-orig@zon-nowak.pl>")))])

# c12 - interim disposition with limits + release within the limits (DOCX with table).
case("c12_interim_disposition_release_50", [],
     "sample record with interim disposition (max 50, until 31 July) and a release of 50 by Sophie Tait; 440 not released; forecast labelled",
     [("Signoff_record_KE-BRK-04.docx", docx_bytes([
         ("h1", "Kererū E-Bikes - sample sign-off record and production release"),
         ("p", "Part: KE-BRK-04 rev C, brake mount adapter, 6061-T6, black anodise. Supplier: Canterbury CNC Ltd, Hornby."),
         ("table", [["Field", "Entry"],
                    ["Order", "PO 5102: 10 sample pcs. Production quantity quoted: 500 pcs, basis: forecast"],
                    ["Samples inspected", "10 of 10 (CMM report CC-24-0412)"],
                    ["Disposition", "Interim - thread depth on 2 of 10 at the lower limit; fix on the next tool change"],
                    ["Interim limits", "max 50 pcs, and only until 31 July 2024"],
                    ["Signed (engineering)", "Hemi Walker, Engineering Lead, 28 May 2024"]]),
         ("sp",),
         ("h", "Production release PR-5102-01"),
         ("p", "Released: fifty (50) pcs, within the interim limits above. Material: buy for these 50 only."),
         ("p", "Authorized by Sophie Tait, Operations Manager (release authority up to NZ$10,000), 28 May 2024."),
         ("p", "Not released: the remaining 440 pcs of the quoted quantity. They need a full sign-off (disposition "
               "'approved' after the thread fix) and then a separate written release from Sophie Tait."),
         ("p", "Copies: Canterbury CNC (Raewyn), Kererū stores, Kererū accounts."),
     ], author="Sophie Tait"))])

# c13 - WhatsApp: scoped go-ahead for 2 test banners; 18 on hold; buyer question later.
case("c13_whatsapp_scoped_test_banners", [],
     "WhatsApp: 'go ahead with the 2 test banners only', 18 on hold until Sipho emails after the on-site colour check; later buyer question is not a release",
     [("WhatsApp_Chat_with_Riaan_Lumen_Signs.txt", D("""
        [2024/05/06, 08:14:22] Sipho Dlamini: Morning Riaan, PO 2207 going to you today for the festival banners
        [2024/05/06, 08:15:01] Sipho Dlamini: for now go ahead with the 2 test banners only 👍 (the 3m x 1m ones, both artworks)
        [2024/05/06, 08:15:40] Sipho Dlamini: the other 18 are on hold - don't print them until I've seen the colours on site on Thursday and sent you an email with the go. Only from me, not from Kagiso, I'm the producer on this one
        [2024/05/06, 08:20:13] Riaan Botha: Shot Sipho. 2 test banners, 18 on hold till your email 👌
        [2024/05/06, 08:21:02] Riaan Botha: eyelets every 50cm like last year?
        [2024/05/06, 08:25:44] Sipho Dlamini: yes pls, and hem all round
        [2024/05/08, 14:02:10] Riaan Botha: <Media omitted>
        [2024/05/08, 14:02:31] Riaan Botha: test ones printed, dropping at the Sandton venue tomorrow 10am
        [2024/05/09, 17:02:11] Riaan Botha: How did they look at the venue?
        [2024/05/09, 17:30:45] Sipho Dlamini: colours a bit dark under the LED wash. Can you lift the orange about 10%?
        [2024/05/09, 17:31:02] Sipho Dlamini: if we send the updated file tomorrow can you still do all 18 by the 24th if I confirm on Monday?
        [2024/05/09, 17:35:19] Riaan Botha: Yes if your email comes Monday morning
        [2024/05/09, 17:35:50] Sipho Dlamini: Lekker. Still on hold till then 🙏
        """))])

# c14 - Trello card HTML: 5 samples, 200 not released, Aoife releases.
case("c14_trello_card_brass_plates_scoped", [],
     "Trello card: 5 sample plates, 200 not released until client sign-off and Aoife Byrne's written release; material sample-only",
     [("trello_card_brass_room_plates.html", html_page("Hotel Ceann Mara - brass room plates | Trello", D("""
        <div class="board">Board: <b>Bláth Design Studio - Live jobs</b> &raquo; List: <b>Sample stage</b></div>
        <h2>Hotel Ceann Mara - brass room plates</h2>
        <p>Members: Aoife Byrne, Ciarán Walsh &nbsp;|&nbsp; Labels: <span>Hospitality</span> <span>Supplier job</span> &nbsp;|&nbsp; Due: 14 Jun</p>
        <h3>Description</h3>
        <p>Supplier: Liffey Engraving (Dermot Kinsella). PO BDS-0612.</p>
        <p><b>Sample qty: 5 plates</b> (rooms 101-105 artwork, 120 x 60 mm, 3 mm brass, brushed, black infill).</p>
        <p><b>Production: 200 plates - NOT released.</b> On hold until the client signs off the samples on site
        AND Aoife Byrne (studio lead) posts the written release on this card and emails it to Dermot.
        Nobody else can release it.</p>
        <p>Material: sample-only - Dermot buys brass for the 5 samples only.</p>
        <h3>Checklist: Sample stage (3/6)</h3>
        <table>
        <tr><th>Done</th><th>Item</th></tr>
        <tr><td>&#9745;</td><td>PO BDS-0612 sent to Liffey (5 samples)</td></tr>
        <tr><td>&#9745;</td><td>Artwork v3 to Dermot (fonts outlined)</td></tr>
        <tr><td>&#9745;</td><td>Fixing method agreed - 2 x hidden studs</td></tr>
        <tr><td>&#9744;</td><td>Samples on site 12 June</td></tr>
        <tr><td>&#9744;</td><td>Client sign-off (GM + interior designer)</td></tr>
        <tr><td>&#9744;</td><td>Aoife: written release for the 200 (email to Dermot + comment here)</td></tr>
        </table>
        <h3>Activity</h3>
        <p><b>Dermot Kinsella</b> (guest) - 29 May 2024 17:04<br>5 samples go on the engraver Monday. Not touching the 200 till Aoife's release 👍</p>
        <p><b>Ciarán Walsh</b> - 29 May 2024 17:20<br>Client can do the 12th at 11. Booked.</p>
        """)))])

# c15 - multi-file: PO (12 samples, 2,400 not released, revised PO by Catriona) + supplier quote.
case("c15_po_plus_quote_stoppers_scoped", [],
     "PO for 12 sample stopper heads states the quote's 2,400 are not released, revised PO by Catriona MacLeod after trial; separate quote file",
     [("PO_HWG-2291_stopper_samples.pdf", pdf([
         ("h1", "Hebridean Wild Gin Co. Ltd"),
         ("p", "The Old Creamery, Kilmuir, Isle of Skye IV51 9YN  |  01470 555 204"),
         ("h", "Purchase order HWG-2291"),
         ("p", "Supplier: Speyside Woodturners Ltd, Craigellachie (your quote Q-5560 of 22 April 2024)    Date: 30 April 2024"),
         ("table", [["Line", "Description", "Drawing", "Qty", "Unit", "Total"],
                    ["1", "Sample stopper head, turned oak, branded, 28 mm bore", "HWG-ST-3 rev A", "12", "£6.80", "£81.60"]]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO releases twelve (12) sample stopper heads. The 2,400 production stopper heads in your quote "
               "Q-5560 are not released and are not covered by this PO. Please make the 12 samples now and nothing more."),
         ("p", "The production quantity will be released only by a revised PO signed by Catriona MacLeod "
               "(Operations Director), after our bottling-line trial and sign-off of the samples."),
         ("p", "Material authority: sample-only. The quoted production quantity is a forecast."),
         ("p", "Delivery: Royal Mail tracked to the distillery. Invoice to accounts@hebrideanwildgin.co.uk, 30 days."),
     ], title="PO HWG-2291", author="Hebridean Wild Gin")),
      ("Quote_Q-5560_Speyside_Woodturners.pdf", pdf([
          ("h1", "Speyside Woodturners Ltd"),
          ("p", "Station Yard, Craigellachie AB38 9SR"),
          ("h", "Quotation Q-5560 - 22 April 2024"),
          ("p", "For: Hebridean Wild Gin Co. - bar-top stopper heads, turned European oak, laser-branded top, drawing HWG-ST-3 rev A."),
          ("table", [["", "Qty", "Unit", "Total"],
                     ["Samples", "12", "£6.80", "£81.60"],
                     ["Production", "2,400", "£1.95", "£4,680.00"],
                     ["Branding die", "1", "£95.00", "£95.00"]]),
          ("p", "Lead times: samples 10 working days; production 6 weeks. Oak is FSC 100%. Moisture content 8-10%."),
          ("p", "Prices exclude VAT. Valid 60 days. Angus Grant."),
      ], title="Quotation Q-5560", author="Speyside Woodturners"))])

# c16 - voice note transcript: 1 prototype, eleven on hold, Rory emails after a week on the bar.
case("c16_voice_note_one_prototype", [],
     "voice-note transcript: one prototype, the other eleven on hold, Rory (named sender) emails the go after a week's trial",
     [("voice_note_transcript_rory.txt", D("""
        Voice message - automatic transcript (WhatsApp)
        From: Rory Tidewater Brewing (+44 7700 900412)   To: Dec Coastline Metalworks
        Tue 14 May 2024, 16:42 - duration 1:38

        "Hiya Dec, it's Rory from Tidewater. Um, so, re the font stands for the taproom bar - the brushed
        steel ones with the wave cut-out. Yeah. So like we said on the phone, just the one prototype for now,
        one, yeah? Don't start on the other eleven, they're on hold, honestly don't, cos if the drip tray's
        wrong we're stuffed. Um. Once it's been on the bar for a week and the lads are happy pouring off it,
        I'll send you an email saying go on the eleven - from me, Rory, nobody else. Not Jonno, even if he
        tells you in the pub (laughs). Invoice the prototype whenever suits. Oh and the drawing is the rev C
        one, not the B, the B had the old tap spacing, 100 mil centres not 90. Cheers mate, speak soon."

        [transcript confidence: medium]
        """))])

# c17 - supplier status report: nothing bought beyond samples.
_c17_text = D("""
    Hi Hannah,

    Quick status on PO 4471:

    - 6 sample head badges machined Friday, out at the anodisers (black, type II) - back Wednesday,
      should ship Thursday with the usual courier.
    - Material: we've only cut bar for the 6 samples. No material bought for the 240 production badges -
      per your PO that's sample-only material until you send the written production release.
    - Engraving file v2 used (the one with the thinner 'P').

    Nothing else running on your part number. Any questions give me a bell.

    Gaz
    """) + sig("Gareth 'Gaz' Lumb", "Production Supervisor", "Calder Precision Ltd, Halifax HX1 5ER", "+44 1422 555 027")
case("c17_supplier_status_no_material", [],
     "supplier status report (non-authorizing): 6 samples machined, explicitly no material bought for the 240",
     [("Status_update_PO_4471.eml", eml_bytes(mail(
         "Gareth Lumb <gaz@calderprecision.co.uk>", "Hannah Greenwood <hannah@pennineframeworks.co.uk>",
         "Status - PO 4471 head badge samples", "Mon, 3 Jun 2024 11:18:00 +0100", _c17_text,
         attachments=[("PO4471_sample_inspection.txt", D("""
            CALDER PRECISION - IN-PROCESS INSPECTION   PO 4471   PART PF-HB-02 REV B
            QTY INSPECTED: 6   QTY OK: 6
            DIA 38.00 +0/-0.05 : 37.98 37.97 37.99 37.98 37.98 37.97
            RADIUS R450 (CURVED BACK) : GAUGE OK x6
            ENGRAVE DEPTH 0.3 : OK x6
            NEXT OP: ANODISE (SUBCON) - RETURN WED
            """), "text/plain"),
                      ("job_tracker_PO4471.html", html_page("Calder Precision - job tracker PO 4471", D("""
            <h3>Job tracker - Pennine Frameworks - PO 4471</h3>
            <table>
            <tr><th>Job</th><th>Qty</th><th>Status</th><th>Material</th></tr>
            <tr><td>PF-HB-02 rev B head badge - samples</td><td>6</td><td>machined, at anodiser</td><td>bar cut for 6 only</td></tr>
            <tr><td>PF-HB-02 rev B head badge - production</td><td>240</td><td>not started - waiting for your written release</td><td>none bought</td></tr>
            </table>
            <p>Updated 3 June 2024, 11:05 - G. Lumb</p>
            """)), "text/html")])))])

# c18 - call-off with labelled forecast (PDF tables).
case("c18_calloff_with_labelled_forecast_tins", [],
     "call-off releases 6,000 tins; forecast table labelled not released / not an order; next call-off by Mere Tane; material for the 6,000 only",
     [("CO-2024-15_Otaki_Olive.pdf", pdf([
         ("h1", "Otaki Olive Co. Ltd - Call-off CO-2024-15"),
         ("p", "Under scheduling agreement SA-118 with Southern Cross Can & Tin Ltd, Penrose, Auckland.   Date: 17 June 2024"),
         ("table", [["Item", "Released by this call-off", "Delivery"],
                    ["Printed 500 ml oil tin, art OO-T500-04, gold lid", "6,000", "15 July 2024, Otaki warehouse"]]),
         ("sp",),
         ("p", "This call-off releases 6,000 tins. Nothing beyond 6,000 is released. Material authority: tinplate "
               "and lids for the 6,000 released only."),
         ("h", "Forecast - for planning only, not released, not an order"),
         ("table", [["Month", "Forecast tins", "Basis"],
                    ["August 2024", "4,000", "forecast"],
                    ["September 2024", "8,000", "forecast"],
                    ["October 2024", "12,000", "forecast"]]),
         ("p", "The forecast quantities above are not released and are not a commitment to buy. The next quantity "
               "will only be released by a further numbered call-off signed by Mere Tane (Supply Lead)."),
         ("p", "Signed: Mere Tane, Supply Lead, Otaki Olive Co. Ltd, 17 June 2024"),
     ], title="CO-2024-15", author="Otaki Olive Co."))])

# c19 - handwritten order transcription: full order of twelve, no sample stage.
case("c19_handwritten_full_order_cutters", [],
     "transcribed handwritten order form: twelve (12) cookie cutters, full order, no sample stage, confirmed by phone as 12",
     [("handwritten_order_form_transcript.txt", D("""
        TRANSCRIPTION OF HANDWRITTEN ORDER FORM (scanned 02/05/2024, typed up by Cian D.)
        ===============================================================================
        [printed header] CUTTER & CO - CUSTOM COOKIE CUTTERS - Unit 3, Raheen Business Park, Limerick

        Customer:     Kneady Bakehouse (Siobhán)        Phone: 087 555 0164
        Shape:        "Fastnet lighthouse" - see sketch on back
                      [sketch: lighthouse with 3 stripes + little door, roughly 9 cm tall]
        Size:         approx 9 cm tall  (written "9cm-ish")
        Material:     PLA food safe [X]     PETG [ ]
        QTY:          twelve (12)   <- circled twice
        [margin, handwritten]  this is the full order, no more to follow on this design
        Sample first? Y / N  -> N (circled)
        Collect/Post: collect Sat 11th
        Price:        €5.50 each = €66, pay on collection
        [bottom of page, different pen]  Siobhán rang 3/5 - confirmed 12, same as form. CD
        ===============================================================================
        Print job ref: C&C-0502-04  (2 plates of 6)
        """))])

# c20 - forwarded old quote (rfc822) declared FYI; PO for 10 samples attached; 1.990 forecast labelled.
_c20_old = mail("Daan Verhoeven <daan@houtwerkbrabant.nl>", "Hannah Visser <hannah@dehooiberg.nl>",
                "Offerte O-23-118 kaasplanken / quote cheese boards", "Fri, 15 Sep 2023 16:40:00 +0200",
                D("""
                    Hoi Hannah,

                    As discussed at the Gouda market, our quote O-23-118:

                    - beech cheese board 38 x 24 cm, logo engraved, oiled: 2.000 pcs at EUR 7,40 per piece
                    - samples: 10 pcs at EUR 19,00 per piece
                    - engraving set-up: EUR 85,00 once

                    Lead time 5 weeks. Prices excl. BTW, valid until 31 December 2023.

                    Groet,
                    Daan Verhoeven
                    Houtwerk Brabant, Oss
                    """))
_c20_pdf = pdf([
    ("h1", "Kaasboerderij De Hooiberg - Purchase order 3380"),
    ("p", "Date: 6 June 2024   Supplier: Houtwerk Brabant, Oss"),
    ("table", [["Line", "Item", "Qty", "Unit EUR", "Total EUR"],
               ["1", "Sample cheese board, beech, 38 x 24 cm, NEW logo engraving (file HB-logo-2024.svg)", "10", "19,00", "190,00"]]),
    ("p", "Scope: 10 sample boards. The production quantity is not released. It is released only in writing by "
          "Hannah Visser (Operations) after our sign-off of the 10 samples at the Gouda market on 22 June 2024."),
], title="PO 3380", author="De Hooiberg")
_c20_text = D("""
    Hoi Daan,

    I'm forwarding your quote from last September below, so you have the old spec and prices in one place -
    FYI only. Nothing in that old quote is ordered or released; the 2.000 boards in it were just last year's
    pricing basis.

    What is live: PO 3380 (PDF attached) for 10 sample boards with the new logo, 38 x 24 cm.
    Please make those 10 and nothing more.

    The production quantity (we are thinking of around 1.990 more, but that is a forecast) is not released.
    It is released only in writing by me, Hannah Visser, after our sign-off of the 10 samples at the Gouda
    market on 22 June.

    Could you use the slightly darker oil this time? The pale one showed the cheese fat a lot.

    Groetjes,
    Hannah
    """) + sig("Hannah Visser", "Operations", "Kaasboerderij De Hooiberg, Reeuwijk", "+31 182 555 071")
case("c20_forwarded_old_quote_fyi_boards", [],
     "forwarded rfc822 old quote (2.000) declared FYI/not ordered; PO 3380 for 10 samples, production not released, Hannah releases after sign-off; 1.990 labelled forecast",
     [("Fwd_old_quote_and_PO_3380.eml", eml_bytes(mail(
         "Hannah Visser <hannah@dehooiberg.nl>", "Daan Verhoeven <daan@houtwerkbrabant.nl>",
         "Fwd: Offerte O-23-118 kaasplanken + new PO 3380 (samples)", "Thu, 6 Jun 2024 09:30:00 +0200",
         _c20_text, attachments=[("PO_3380.pdf", _c20_pdf, PDF_MT), ("rfc822", _c20_old)])))])

# c21 - architect DOCX: one mock-up set ordered; schedule table of 64 marked not released.
case("c21_architect_mockup_schedule_info_only", [],
     "architect orders one (1) mock-up set; door schedule of 64 sets marked for information, not released; revised PO by Callum Fraser after client/HES sign-off",
     [("PO_M-0412_mockup_lever_handles.docx", docx_bytes([
         ("h1", "Kerr Ferguson Architects LLP - Order for mock-up"),
         ("p", "PO M-0412   |   Project 2318, Old Town Library, Edinburgh   |   14 May 2024"),
         ("p", "To: Tay Valley Foundry, Errol Road, Perth (attn. Fiona Rennie)"),
         ("p", "This order covers one (1) mock-up lever handle set (pair of levers and two roses) in waxed bronze, "
               "pattern LH-2318 rev B, for review on site by the client and Historic Environment Scotland (HES)."),
         ("p", "The door hardware schedule below is for information only. The 64 sets listed in it are not released "
               "and are not ordered by this PO. Please do not cast them and do not buy bronze for them."),
         ("p", "The 64 sets will be released only by a revised PO issued by our practice manager, Callum Fraser, "
               "after the client and HES have signed off the mock-up."),
         ("table", [["Door refs", "Location", "Handle", "Sets", "Status"],
                    ["MU-01", "mock-up board", "LH-2318 rev B", "1", "ordered (this PO)"],
                    ["D01-D12", "ground floor reading rooms", "LH-2318", "12", "for information - not released"],
                    ["D13-D40", "first floor stacks", "LH-2318", "28", "for information - not released"],
                    ["D41-D64", "second floor offices", "LH-2318S (sprung)", "24", "for information - not released"]]),
         ("sp",),
         ("p", "Delivery of the mock-up: to site, 9 Chambers Street, by 7 June. Invoice: accounts@kerrferguson.co.uk."),
         ("p", "Isla Kerr, Project Architect"),
     ], author="Isla Kerr"))])

# c22 - overseas workshop quote (HTML): tiers, 'deposit alone does not start production'.
case("c22_overseas_quote_deposit_not_start", [],
     "supplier quote alone with sample/MOQ/production tiers; states the deposit alone does not start production",
     [("quotation_QT240517_head_badges.html", html_page("Quotation QT240517", D("""
        <h2>HOANG LONG METAL CRAFTS CO., LTD</h2>
        <p>Lot C4, Tan Tao Industrial Park, Binh Tan District, Ho Chi Minh City, Vietnam<br>
        Tel +84 28 3755 0192 &nbsp; Email: sales@hoanglongcrafts.vn</p>
        <h3>QUOTATION No. QT240517</h3>
        <p>Date: 17 May 2024<br>Customer: Portage Bicycle Co., 220 Princess St, Winnipeg MB, Canada (Mr. Ethan Sinclair)</p>
        <p>Product: custom head badge, die-cast zinc alloy, soft enamel 3 colours, antique brass plating, 2 mm thick,
        48 x 32 mm, curved R 22 to fit head tube, 3M adhesive back.</p>
        <table>
        <tr><th>Item</th><th>Quantity</th><th>Unit price (USD)</th><th>Amount (USD)</th><th>Lead time</th></tr>
        <tr><td>Mould fee (one time)</td><td>1</td><td>120.00</td><td>120.00</td><td>-</td></tr>
        <tr><td>Samples</td><td>5 pcs</td><td>18.00</td><td>90.00</td><td>7 working days</td></tr>
        <tr><td>Production (MOQ)</td><td>500 pcs</td><td>2.10</td><td>1,050.00</td><td>15 working days</td></tr>
        <tr><td>Production</td><td>1,000 pcs</td><td>1.75</td><td>1,750.00</td><td>18 working days</td></tr>
        </table>
        <p><b>Payment terms:</b> samples and mould 100% in advance. Production: 30% deposit by T/T, 70% before shipment.</p>
        <p class="note"><b>Important:</b> the deposit alone does not start production. We start production only
        after we receive your written production order stating the quantity, signed by your authorized person.</p>
        <p>Shipping: DHL express to Winnipeg, approx. USD 38 for samples. Quotation valid 30 days.</p>
        <p>Best regards,<br>Ms. Nguyen Thi Thu Trang (Tracy)<br>Sales Executive</p>
        """)))])

# c24 - shared Slack channel export: supplier asks to start and to buy tube; buyer denies.
case("c24_slack_gate_question_denied", [],
     "shared Slack channel: 10 samples, 190 not released, Femke releases after sign-off; supplier asks to start/buy tube, buyer says no (sample-only material)",
     [("slack_export_duinhout-vdberg.txt", D("""
        Slack export - channel #duinhout-vdberg (shared: Duinhout Meubels <> Metaalbewerking Van der Berg)
        Exported by femke@duinhout.nl on 2024-06-04 08:55

        2024-05-27 09:12  Femke de Wit (Duinhout)
            PO 24-211 is in your inbox. Scope: 10 sample bench frames (BF-2, rev 4). The other 190 frames are not released.
        2024-05-27 09:13  Femke de Wit (Duinhout)
            Unlock: our sample sign-off on 3 June, then I send a written release (email with a release no.). Only I release production on this PO.
        2024-05-27 09:40  Kees van der Berg
            Duidelijk / clear. 10 sample frames, powder coat RAL 7021 like the drawing.
        2024-05-30 16:11  Kees van der Berg
            :camera: frames_welded.jpg
        2024-06-03 15:20  Kees van der Berg
            Samples delivered this morning. Can we start the 190? And can we buy the 40x20 tube for all 190 now - the mill has a price increase from 1 July.
        2024-06-03 16:05  Femke de Wit (Duinhout)
            No, not yet. Sign-off moved to Thursday and no release has been issued, so nothing beyond the 10 starts.
            Material: buy for the 10 samples only, no tube for the 190 yet. If the price increase is a real problem, send me the numbers and I'll decide on a written material authority.
        2024-06-03 16:07  Kees van der Berg
            :+1: holding. I'll send the mill's price tomorrow.
        """))])

# c25 - PO revision (drawing rev change), quantity unchanged, scope complete; ISO/MIL numbers.
case("c25_po_revision_drawing_change_scoped", [],
     "PO rev 2 changes drawing rev only; 8 samples active, 392 not released, written release by Ewan Ross after sign-off; rev history consistent",
     [("PO-5521_rev2_hopper_lids.pdf", pdf([
         ("h1", "Craigie Coffee Roasters Ltd"),
         ("p", "Unit 6, Inveralmond Business Centre, Perth PH1 3FX"),
         ("h", "Purchase order 5521 - revision 2"),
         ("p", "Supplier: Tayside Precision Engineering, Dundee    Date of this revision: 16 May 2024"),
         ("p", "Changes in rev 2: drawing CCR-HL-200 rev C replaces rev B (wall 3.0 mm -> 3.5 mm). Quantity unchanged."),
         ("table", [["Line", "Part", "Drawing", "Rev", "Qty", "Scope", "Unit"],
                    ["1", "Roaster hopper lid, 6061-T6", "CCR-HL-200", "C", "8", "sample", "£85.00"]]),
         ("sp",),
         ("p", "Active quantity: eight (8) sample lids. The quoted production quantity of 392 is not released by this "
               "PO or by this revision. Unlock: sample sign-off at our roastery, then a written release from Ewan Ross "
               "(Head of Production). Material: sample-only."),
         ("p", "Spec: general tolerances ISO 2768-f; clear anodise to MIL-A-8625 Type II; tapped holes M6x1.0 per ISO 965; "
               "break all edges 0.5 x 45."),
         ("h", "Revision history"),
         ("table", [["Rev", "Date", "Change", "Qty"],
                    ["0", "2 May 2024", "first issue, drawing rev A", "8 samples"],
                    ["1", "9 May 2024", "delivery date moved to 7 June", "8 samples"],
                    ["2", "16 May 2024", "drawing rev C", "8 samples"]]),
     ], title="PO 5521 rev 2", author="Craigie Coffee Roasters"))])


# =================================================================== WITH RISKS
# p01 - multi-file: naked sample PO + quote with production 300.
case("p01_naked_sample_po_plus_quote_tap_handles", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 tap handles with the quote (production 300) in the folder; nothing says 300 is not released; no unlock event, no release person",
     [("PO_BG-0442_tap_handles.pdf", pdf([
         ("h1", "Blackgate Brewery Ltd - Purchase Order"),
         ("p", "Unit 9, Red Bank, Manchester M4 4HF   |   VAT GB 291 5540 12"),
         ("table", [["PO no.", "Date", "Supplier", "Your quote"],
                    ["BG-0442", "13 May 2024", "Pennine Patterns & Castings, Greenacres Rd, Oldham OL4", "Q-2431"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "Total"],
                    ["1", "Sample tap handles, cast brass, 'Gate' design, drg BG-TH-2 (230 mm, 3/8 UNC insert)", "6", "£52.00", "£312.00"],
                    ["2", "Pattern for the above", "1", "£580.00", "£580.00"],
                    ["", "", "", "Net", "£892.00"]]),
         ("sp",),
         ("p", "Deliver to: Blackgate Brewery, Unit 9 Red Bank, Manchester M4 4HF. Goods in Mon-Fri 8-3."),
         ("p", "Invoice on delivery, 30 days. Please quote the PO number on all paperwork."),
         ("p", "Contact: Jess Ormerod, brewery manager, 0161 496 0225."),
     ], title="PO BG-0442", author="Blackgate Brewery")),
      ("Quote_Q-2431_Pennine_Patterns.pdf", pdf([
          ("h1", "Pennine Patterns & Castings"),
          ("p", "Greenacres Road, Oldham OL4 1HB  -  est. 1962"),
          ("h", "Quotation Q-2431"),
          ("p", "For: Blackgate Brewery Ltd (Jess Ormerod)     Date: 2 May 2024"),
          ("p", "Tap handle 'Gate', cast CZ121 brass, linished and lacquered, to your drawing BG-TH-2."),
          ("table", [["", "Qty", "Unit", "Total", "Lead time"],
                     ["Wood pattern", "1", "£580.00", "£580.00", "2 weeks"],
                     ["Samples", "6", "£52.00", "£312.00", "3 weeks"],
                     ["Production", "300", "£19.80", "£5,940.00", "6 weeks"]]),
          ("p", "Delivery by our own van within 30 miles. Prices ex VAT, valid 60 days. Dave Whitworth."),
      ], title="Quotation Q-2431", author="Pennine Patterns"))])

# p02 - EML with PO PDF; the PO line itself names 'the 3,000 Sept run' beside 20 samples.
_p02_pdf = pdf([
    ("h1", "Flight Path Coffee Roasters - Purchase Order"),
    ("p", "42 Tory Street, Te Aro, Wellington 6011   |   GST 118-445-902"),
    ("p", "PO 24-088     Date 20 May 2024     Supplier: Aotea Tin & Print Ltd, Onehunga, Auckland"),
    ("table", [["Line", "Description", "Qty", "Unit NZD", "Total NZD"],
               ["1", "Sample tins 250 g, printed 4 colour + matte varnish, 'Flight Path' art v5 - for the 3,000 Sept run",
                "20", "6.50", "130.00"],
               ["2", "Print plates / set-up", "1", "240.00", "240.00"]]),
    ("sp",),
    ("p", "Deliver to the roastery (rear entrance, Tory St). Buyer: Josh Tane, 04 555 0188."),
    ("p", "Payment 20th of the month following invoice."),
], title="PO 24-088", author="Flight Path Coffee")
case("p02_po_line_names_3000_run_tins", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 20 sample tins whose line text says 'for the 3,000 Sept run' with nothing saying it is not released; no hold, event or release person",
     [("PO_24-088_sample_tins.eml", eml_bytes(mail(
         "Josh Tane <josh@flightpathcoffee.co.nz>", "Mereana Kāretu <mereana@aoteatin.co.nz>",
         "PO 24-088 - sample tins", "Mon, 20 May 2024 15:40:00 +1200",
         D("""
            Kia ora Mereana,

            PO 24-088 attached for our sample tins, see line 1. Artwork files are on the Dropbox link from last
            week (use v5 - v4 had the old roast-date box).

            Keen to see them in the flesh! Any chance of getting them before the Coffee Festival on 15 June?

            Thanks heaps,
            Josh
            """) + sig_short("Josh Tane", "Flight Path Coffee Roasters, Wellington", "04 555 0188"),
         attachments=[("PO_24-088.pdf", _p02_pdf, PDF_MT)])))])

# p03 - IG DMs: supplier prices 3 samples + run of 150; buyer orders the 3 sample decks, nothing else said.
case("p03_ig_dm_sample_decks_run_150", ["RG001", "RG003", "RG004", "RG005"],
     "IG DMs: buyer orders 3 sample decks beside the supplier's 'run of 150' price; nothing says the 150 is not released; no event, no release person",
     [("ig_dm_woodstockboardworks.txt", D("""
        Instagram - messages with @woodstockboardworks
        Exported 12 April 2024 (Africa/Johannesburg)

        [08/04/2024, 12:51] lekkerskate.co: Howzit! Sending you our 3 new shapes as PDFs now, the popsicle ones 🛹
        [08/04/2024, 13:02] woodstockboardworks: Hey bru! Got your shapes. Pricing: 3 sample decks R 450 each (new mould shape), then the run of 150 at R 380 each incl. your graphic heat-transferred. Mould is R 2 800 once-off
        [08/04/2024, 13:40] lekkerskate.co: sick 🔥🔥
        [08/04/2024, 13:41] lekkerskate.co: ok lets do the 3 sample decks at R 450, paying the mould now too
        [08/04/2024, 13:41] lekkerskate.co: 8.0, 8.25 and 8.5 widths pls, 14.25 wheelbase on all
        [08/04/2024, 13:55] woodstockboardworks: Lekker, invoice coming on WhatsApp
        [08/04/2024, 14:30] lekkerskate.co: paid ✅ ref LEKKER-DECKS
        [08/04/2024, 14:31] woodstockboardworks: 🤙 got it. Pressing Thursday
        """))])

# p04 - ERP printout: 12 sample bows, quoted prod qty 1,200 noted, release authority named; no hold, no event.
case("p04_erp_sample_lot_quoted_prod_qty", ["RG001", "RG003", "RG004"],
     "ERP PO: 12 sample bows with 'QUOTED PROD QTY 1,200' beside them, not marked informational/not released; release authority named but no hold, no unlock event",
     [("PO_60877_printout.txt", D("""
        MAPLEWOOD CHAIR CO. LTD.                                    PURCHASE ORDER   60877
        411 VICTORIA ST N, KITCHENER ON N2H 5E1                     REV 0   DATE 2024-05-15
        HST 81455 2210 RT0001                                       PAGE 1/1
        VENDOR  V-0218  GREAT LAKES BENDING LTD, 90 INDUSTRIAL RD, TILLSONBURG ON
        SHIP TO MAPLEWOOD PLANT 2, DOCK B                           TERMS NET 30   FOB DEST

        LINE ITEM            DESCRIPTION                          QTY  UOM   UNIT CAD    EXT CAD
        ---- --------------- ------------------------------- -------  ---  ---------  ---------
         001 MW-BK-118-C     STEAM-BENT BACK BOW, WHITE ASH        12  EA       38.00     456.00
                             SAMPLE LOT - DWG MW-BK-118 REV C
                             MC 8-10%, NO FINISH
             NOTE: QUOTED PROD QTY 1,200 EA @ 9.40 (QUOTE GLB-2211)
         002 TOOL-BK-118     BENDING FORM MW-BK-118                 1  EA      640.00     640.00
                                                                              ---------
                                                                    TOTAL CAD  1,096.00

        PRODUCTION RELEASE AUTHORITY: RENE DESJARDINS, PLANT MANAGER
        REQ BY 2024-06-07.  CONFIRM RECEIPT TO PURCHASING@MAPLEWOODCHAIR.CA
        BUYER: K. ABERNETHY   519-555-0147
        """))])

# p05 - Messenger: 2 samples; supplier quotes 'the full 36'; buyer replies 'Approved' with no scope.
case("p05_messenger_approved_unscoped_mirrors", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Messenger: 2 samples ordered, supplier mentions 'the full 36'; buyer answers 'Approved' with no scope; no hold, event or release person",
     [("messenger_export_ardmore_frames.txt", D("""
        Facebook Messenger - conversation export
        Harbour Lane Interiors  <->  Ardmore Frame Makers
        -----------------------------------------------

        Fri 12 Apr 2024
        Harbour Lane Interiors, 10:05
        Hi Colm, could you make us 2 sample mirror frames in the limed oak, 60x90, like the one in the shop window? It's for the B&B fit-out in Cobh
        Ardmore Frame Makers, 10:48
        Hi Aisling, no problem at all. €85 each for the 2 samples
        Ardmore Frame Makers, 10:49
        for the full 36 for the B&B it'd come down to €62 each
        Harbour Lane Interiors, 11:02
        great stuff, 2 samples please 😊

        Tue 30 Apr 2024
        Ardmore Frame Makers, 15:30
        [Photo] [Photo]
        Ardmore Frame Makers, 15:30
        Both samples done, what do you think? Went a touch lighter on the liming
        Harbour Lane Interiors, 16:12
        Oh they're gorgeous!! Approved 👍👍
        Ardmore Frame Makers, 16:15
        Brilliant, thanks Aisling
        """))])

# p06 - DOCX order form: 1 prototype puppet head ordered; show set 18 priced beside it.
case("p06_order_form_prototype_show_set", ["RG001", "RG003", "RG004", "RG005"],
     "order form for 1 prototype head lists the show set of 18 at a unit price beside it; nothing says not released; no hold, event or release person",
     [("Order_form_SPT-117_puppet_heads.docx", docx_bytes([
         ("h1", "Siyakhula Puppet Theatre - Order SPT-117"),
         ("p", "Date: 16 April 2024    To: Berea Props Workshop, 88 Florida Road, Morningside, Durban (Yusuf Patel)"),
         ("p", "Production: 'Grandmother Tortoise and the Long Rain' - opening 20 July at the Playhouse, then touring Aug-Nov."),
         ("table", [["Item", "Qty", "Price", "Notes"],
                    ["Prototype puppet head - Grandmother Tortoise (carved foam, latex skin, moving jaw)", "1", "R 3 800",
                     "for rehearsal week 3 (17 June)"]]),
         ("sp",),
         ("p", "Show set: 18 heads (9 characters x 2 casts) at R 2 950 each, per your price of 2 April."),
         ("p", "Character sketches and head measurements are in the shared folder. Please use the lighter latex mix "
               "we spoke about - the touring cast wears them for 70 minutes."),
         ("p", "Invoice to accounts@siyakhulapuppets.org.za. Contact: Nomvula Zulu, Company Manager, 031 555 0112."),
     ], author="Nomvula Zulu"))])

# p07 - quoted thread: full scope from purchasing; marketing replies 'Proof approved - go ahead!'.
_p07_scope = D("""
    From: Priya Shah <priya.shah@marshharebrewing.co.uk>
    Sent: 13 May 2024 09:10
    Subject: PO 5120 - keg collars

    Hi Tom,
    PO 5120 attached: 25 sample keg collars only. The other 975 are not released. I (Priya Shah,
    Purchasing Manager) release them in writing after we've signed off the samples at the brewery.
    Kate will send you the final artwork.
    Thanks, Priya
    """)
_p07_supplier = D("""
    On Fri, 17 May 2024 at 11:48, Tom Fenwick <tom@fenlandprint.co.uk> wrote:
    Hi Kate,
    Proof v3 attached with the bleed fixed and the QR code moved off the fold. Let me know.
    Tom

    """) + quote(_p07_scope)
_p07_text = D("""
    Hi Tom,

    Proof approved - go ahead! 🙌

    Love the new hare. Can we get them before the Norwich beer festival?

    Cheers,
    Kate
    """) + sig_short("Kate Lowe", "Marketing, Marsh Hare Brewing Co., Norwich", "01603 555 0172") + "\n" + quote(_p07_supplier)
case("p07_proof_approved_go_ahead_collars", ["RG002"],
     "marketing replies 'Proof approved - go ahead!' with no quantity; quoted purchasing scope (25 samples, 975 not released, Priya releases after sign-off) covers the absence rules",
     [("Re_Proof_v3_keg_collars.eml", eml_bytes(mail(
         "Kate Lowe <kate@marshharebrewing.co.uk>", "Tom Fenwick <tom@fenlandprint.co.uk>",
         "Re: Proof v3 - keg collars (PO 5120)", "Fri, 17 May 2024 14:03:00 +0100", _p07_text,
         cc="Priya Shah <priya.shah@marshharebrewing.co.uk>",
         in_reply_to="<h34-p07-proof@fenlandprint.co.uk>")))])

# p08 - WhatsApp: full scope earlier; later 'you're good to run' on an artwork question.
case("p08_whatsapp_good_to_run_lightboxes", ["RG002"],
     "WhatsApp: scope stated (2 test lightboxes, 14 on hold, Noor releases by email after site test); later buyer says 'you're good to run' with no quantity",
     [("WhatsApp_Chat_with_Bas_Lichtbak.txt", D("""
        02-05-2024 09:31 - Noor Jansen: Goedemorgen Bas! PO 1187 is in your mail. It is for the 2 test lightboxes (1200x400, single sided)
        02-05-2024 09:32 - Noor Jansen: The other 14 are on hold, not released. I (Noor, production lead Stroom) release them by email after we test the 2 on site on 18 May
        02-05-2024 09:50 - Bas de Ruiter: Top, 2 test boxes. Sending the frame drawing this afternoon
        06-05-2024 13:12 - Bas de Ruiter: drawing_LB1200_v2.pdf (file attached)
        06-05-2024 13:40 - Noor Jansen: Looks good. Can the cable exit be bottom left?
        06-05-2024 13:41 - Bas de Ruiter: Ja no problem
        10-05-2024 16:02 - Bas de Ruiter: Got the updated artwork files from your designer. All ok on your side?
        10-05-2024 16:20 - Noor Jansen: Yes all good, you're good to run 👌
        10-05-2024 16:21 - Bas de Ruiter: 👍 Dank je
        """))])

# p09 - Google Docs comments: scope stated in the doc; the release authority resolves a comment with 'Green light from me'.
case("p09_gdocs_green_light_brackets", ["RG002"],
     "shop-drawing review: scope (4 samples, 116 not released, Ciara releases in writing after fixing test) in the doc; Ciara's 'Green light from me' names no quantity",
     [("gdocs_comments_HB-07_shop_drawing.txt", D("""
        Document: HB-07 handrail bracket - shop drawing review (Ó Briain & Keogh Architects / Munster Metal Studio)
        Exported with comments: 21 May 2024

        DOCUMENT TEXT (excerpt)
        1. Order scope (PO OBK-2291)
           4 sample brackets, cast bronze, for the fixing test on the stair at Shandon Street.
           The 116 production brackets are not released. Ciara Ó Briain (Director) releases them in writing
           after the sample fixing test on site.
        2. Shop drawing MMS-HB-07 rev 2 - see attached PDF.

        COMMENTS
        [Comment on "MMS-HB-07 rev 2"]
          Eoin Keogh - 16 May 2024 12:10
            Fixing plate radius still wrong, should follow the stone nosing (R 40 not R 25).
          Conor Lyons (Munster Metal Studio) - 17 May 2024 08:55
            Fixed in rev 2, plus the 6 mm chamfer on the back edge.
          Ciara Ó Briain - 20 May 2024 17:32
            Rev 2 checked - radius right, chamfer right, countersinks for the M8 fixings right. Green light from me. - Ciara
            [Marked as resolved]
        [Comment on "1. Order scope"]
          Conor Lyons (Munster Metal Studio) - 17 May 2024 09:02
            Patina: hand-applied brown or leave bright? We'll do the 4 samples in brown unless you say.
          Eoin Keogh - 17 May 2024 10:15
            Brown.
        """))])

# p10 - SMS: scope stated; then 'Deposit's in, go ahead!'.
case("p10_sms_deposit_in_go_ahead", ["RG002", "RG012"],
     "SMS: scope (6 samples, 114 on hold, Kirsty releases by email after burn test); then 'Deposit's in - go ahead!' ties the go to payment with no quantity",
     [("sms_thread_ana_rangiora_cast.txt", D("""
        Messages - conversation with "Ana - Rangiora Cast" (+64 21 555 0142)
        Exported 20/05/2024

        14/05/24 09:10  Me: Hi Ana, PO 0093 emailed - 6 sample vessels in the charcoal mix. The other 114 are on hold, not released. I'll release them by email myself (Kirsty, owner) once we've done the burn test on the samples
        14/05/24 09:32  Ana - Rangiora Cast: Sweet as, 6 samples. I'll send the deposit invoice today - 30% of the full 120 like we do for all the wholesale jobs
        14/05/24 09:33  Ana - Rangiora Cast: mould is included in that
        16/05/24 13:05  Me: Deposit's in 👍 go ahead!
        16/05/24 13:06  Ana - Rangiora Cast: Awesome, thanks Kirsty!! 🙌
        16/05/24 13:20  Me: ps can the drainage hole be a bit smaller, like 8mm
        16/05/24 13:24  Ana - Rangiora Cast: yep can do
        """))])

# p11 - multipart/alt: 'everything's approved' (finance approved the PO, Tom approved the samples); scope quoted below.
_p11_quoted = D("""
    On Mon, 20 May 2024 at 09:14, Aiden Clarke <aiden@cedarandpine.ca> wrote:
    Hi Mo,
    PO 2219 covers 2 sample leg sets (powder-coated steel, hairpin, 710 mm).
    The other 38 sets are not released. Tom Brennan (Studio Director) releases them in writing after
    the client has seen the sample table on 6 June.
    Aiden
    """)
_p11_text = D("""
    Hi Mo,

    Great news - everything's approved! Finance approved PO 2219 this morning, and Tom approved the two
    sample leg sets at the workshop yesterday. They look really sharp on the walnut top.

    I'll send over the delivery address for the showroom later today.

    Cheers,
    Aiden
    """) + sig("Aiden Clarke", "Purchasing & Logistics", "Cedar & Pine Studio, 2155 Gottingen St, Halifax NS", "+1 902 555 0164") \
    + "\n" + quote(_p11_quoted)
case("p11_everythings_approved_table_legs", ["RG002", "RG009"],
     "'everything's approved' is unscoped; 'approved' used for the PO by finance (commercial) and the samples by Tom (technical); scope quoted below",
     [("mail_PO_2219_leg_sets.eml", eml_bytes(mail(
         "Aiden Clarke <aiden@cedarandpine.ca>", "Mo Haddad <mo@bluenosemetal.ca>",
         "Re: PO 2219 - table leg samples", "Wed, 29 May 2024 10:02:00 -0300", _p11_text,
         html=as_html(_p11_text), in_reply_to="<h34-p11-orig@cedarandpine.ca>")))])

# p12 - 'release' used for PO (finance), drawing/weld procedure (engineering) and production.
_p12_text = D("""
    Hoi Ruud,

    Good news: PO 24-5530 got released by finance this morning, so the paperwork side is done.

    Pieter in engineering also released your weld procedure and drawing CB-F-07 rev 3 yesterday, so you
    can build the 3 sample frames now.

    The 400 series frames are not released yet. After the 3 samples pass our fatigue test at TNO
    (planned week 27), I (Anouk Peeters, inkoop) will send you the production release for the 400 by
    email, with a release number.

    Groeten,
    Anouk
    """) + sig("Anouk Peeters", "Inkoop / purchasing", "Fietsfabriek Zuid B.V., Eindhoven", "+31 40 555 0290")
case("p12_release_word_three_meanings_frames", ["RG009"],
     "'released' used for the PO by finance, the weld procedure/drawing by engineering and the production release; scope otherwise complete",
     [("mail_PO_24-5530_frames.eml", eml_bytes(mail(
         "Anouk Peeters <a.peeters@fietsfabriekzuid.nl>", "Ruud Maas <ruud@lasbedrijfmaas.nl>",
         "PO 24-5530 cargo frames - status", "Wed, 22 May 2024 11:30:00 +0200", _p12_text)))])

# p13 - DOCX minutes: 'approval' for mock-up (technical), budget (commercial) and casting (production).
case("p13_minutes_approval_three_meanings", ["RG009"],
     "site minutes use 'approval' for the client's mock-up check, the budget and the casting of the 46; scope (1 mock-up, 46 held, Bethan after budget) complete",
     [("Site_meeting_minutes_07_Penarth_Pavilion.docx", docx_bytes([
         ("h1", "Pryce Lloyd Architects - Site meeting 07"),
         ("p", "Project 2207 Penarth Pavilion balconies   |   Date: 4 June 2024   |   Present: B. Pryce (PLA), "
               "G. Evans (client), R. Hughes (Usk Valley Foundry), M. Jones (main contractor)"),
         ("table", [["Item", "Discussion / action", "Owner"],
                    ["7.1", "Scaffold to be struck on the east elevation by 21 June.", "MJ"],
                    ["7.2", "Balcony bracket BB-3: client approval of the mock-up bracket given on site today "
                            "(scroll profile and paint colour).", "GE"],
                    ["7.3", "Budget approval for the bracket package expected from the client's QS on 12 June.", "GE"],
                    ["7.4", "Approval to cast the remaining 46 brackets will be given by Bethan Pryce (Project Architect) "
                            "after the budget approval, by email to Usk Valley Foundry. Until then the 46 are not released.", "BP"],
                    ["7.5", "Usk Valley Foundry to cast the second mock-up (1 bracket) with the revised scroll - this is "
                            "the only casting authorized now.", "RH"]]),
         ("sp",),
         ("p", "Next meeting: 18 June 2024, 10:00, site cabin. Minutes by B. Pryce; comments within 5 working days please."),
     ], author="Bethan Pryce"))])

# p14 - supplier reply: 'when samples are approved, the approval for production is automatic'.
_p14_quoted = D("""
    On 27 May 2024, Julien Tremblay <julien@veloatelierrouge.ca> wrote:
    Bonjour Rui,
    PO 2024-0771 attached: 10 sample seat-post clamps, drawing VAR-SC-31 rev B.
    The remaining 490 are on hold, not released. Julien Tremblay (Purchasing Manager) releases them in
    writing after our sample sign-off.
    Merci,
    Julien
    """)
_p14_text = D("""
    Dear Julien,

    Thank you for the PO 2024-0771. We confirm the 10 sample clamps, delivery in week 24 by UPS.

    For the production, we understand the remaining 490 are on hold until your written release. But to make
    it simple for both: when the samples are approved by your engineering, the approval for production is
    automatic on our side and we start the 490 immediately, so you don't lose time. We reserve the CNC for
    week 26.

    Best regards,
    Rui Duarte
    Oficina Metalúrgica Duarte, Lda - Águeda, Portugal
    +351 234 555 018
    """) + "\n" + quote(_p14_quoted)
case("p14_supplier_approval_automatic_clamps", ["RG007", "RG009"],
     "supplier: 'when the samples are approved ... the approval for production is automatic' - assumed auto-conversion, and 'approval' used for technical and production",
     [("Re_PO_2024-0771_clamps.eml", eml_bytes(mail(
         "Rui Duarte <rui.duarte@omduarte.pt>", "Julien Tremblay <julien@veloatelierrouge.ca>",
         "RE: PO 2024-0771 - sample clamps", "Tue, 28 May 2024 17:55:00 +0100", _p14_text,
         in_reply_to="<h34-p14-orig@veloatelierrouge.ca>")))])

# p15 - Trello card: 'approved' for artwork, quote and production; sample run with no count.
case("p15_trello_approved_three_ways_no_qty", ["RG009", "RG010"],
     "Trello card uses 'approved' for artwork, quote (finance) and production; the sample run is 'the trailhead set' with no number",
     [("trello_card_greenway_signs.html", html_page("Greenway wayfinding - oak signs | Trello", D("""
        <div>Board: <b>Tinteán Design - Projects</b> &raquo; List: <b>With supplier</b></div>
        <h2>Greenway wayfinding - engraved oak signs</h2>
        <p>Members: Maeve Doyle, Rónán Hayes &nbsp;|&nbsp; Supplier: Shannon Woodcraft (Liam) &nbsp;|&nbsp; PO TD-0331</p>
        <h3>Description</h3>
        <p>Sample run: the trailhead set (see map, markers in green). That's all Shannon Woodcraft makes for now.</p>
        <p>The 180 signs are not released - on hold until Maeve Doyle (Design Lead) confirms in writing after the
        sample check on the greenway.</p>
        <p>Oak: air-dried Irish oak, 45 mm, V-carved letters, linseed finish.</p>
        <h3>Checklist (2/4)</h3>
        <table>
        <tr><th></th><th>Item</th></tr>
        <tr><td>&#9745;</td><td>Artwork approved (Maeve, 14 May)</td></tr>
        <tr><td>&#9745;</td><td>Quote approved (finance, 15 May)</td></tr>
        <tr><td>&#9744;</td><td>Sample check on the greenway with the council ranger</td></tr>
        <tr><td>&#9744;</td><td>Production approved - pending, Maeve to confirm the 180 after the sample check</td></tr>
        </table>
        <h3>Activity</h3>
        <p><b>Rónán Hayes</b> - 16 May 2024 09:40<br>Sent PO TD-0331 to Liam.</p>
        <p><b>Liam Considine</b> (guest) - 16 May 2024 12:02<br>Got it, timber's planed, starting the trailhead ones Monday.</p>
        """)))])

# p16 - supplier: deposit cleared = payment approved; samples approved; so all 600 approved for production.
_p16_quoted = D("""
    On 10 May 2024, Priya Naidoo <priya@fynbosandco.co.za> wrote:
    Dear Cindy,
    PO FB-0451: 20 sample applicator heads (silicone, shore 30A, colour Pantone 7621C).
    The remaining 600 are not released. I (Priya Naidoo, Operations Director) will release them in
    writing after our stability test on the samples. The deposit is for the tooling.
    Regards, Priya
    """)
_p16_text = D("""
    Dear Ms. Naidoo,

    Good news! Payment approved on our side - your deposit USD 1,440 is cleared. And your team approved
    the samples last Friday (photo from Mr. Jacobs in WeChat). So all 600 pcs are approved for production
    and we start Monday 3 June, finish 14 June, ship by sea 18 June.

    Please confirm the carton marks.

    Best regards,
    Cindy Liu
    Sales Dept.
    Dongguan Hengli Silicone Products Co., Ltd.
    Tel/WeChat +86 769 5555 0318
    """) + "\n" + quote(_p16_quoted)
case("p16_supplier_deposit_samples_all_approved", ["RG007", "RG009", "RG012"],
     "supplier reads the cleared deposit and the sample approval as approval of all 600 for production; 'approved' used for payment, samples and production",
     [("Production_schedule_PO_FB-0451.eml", eml_bytes(mail(
         "Cindy Liu <cindy@hengli-silicone.cn>", "Priya Naidoo <priya@fynbosandco.co.za>",
         "Production schedule - PO FB-0451 applicator heads", "Thu, 30 May 2024 16:20:00 +0800", _p16_text,
         html=as_html(_p16_text), in_reply_to="<h34-p16-orig@fynbosandco.co.za>")))])

# p17 - supplier: 'we will roll straight into the 392 the day you tell us the samples are OK, no need to wait for the paper'.
_p17_quoted = D("""
    On 21 May 2024, Sam Whitcombe <sam@hollowoakguitars.co.uk> wrote:
    Hello Krzysztof,
    PO HO-2207: 8 sample bridge plates, drawing HO-BP-4 rev D. The other 392 are held - not released -
    until I (Sam Whitcombe, Workshop Director) send a written release after we've built two guitars
    with the samples.
    Cheers, Sam
    """)
_p17_text = D("""
    Hello Sam,

    Thank you for PO HO-2207. We make the 8 sample bridge plates now, ready 6 June, by DPD to Bristol.

    I understand that the 392 pcs are held until your written release. To keep the July slot for you, we
    will roll straight into the 392 the day you tell us the samples are OK - no need to wait for the paper,
    we can do the paperwork after.

    Best regards,
    Krzysztof Wiśniewski
    CNC-Tech Wiśniewski, Bielsko-Biała
    +48 33 555 01 72
    """) + "\n" + quote(_p17_quoted)
case("p17_supplier_roll_straight_into_392", ["RG007"],
     "supplier restates the hold but plans to roll into the 392 as soon as the samples are OK, without the written release",
     [("Re_PO_HO-2207_bridge_plates.eml", eml_bytes(mail(
         "Krzysztof Wisniewski <k.wisniewski@cnc-tech.pl>", "Sam Whitcombe <sam@hollowoakguitars.co.uk>",
         "Re: PO HO-2207 bridge plates", "Wed, 22 May 2024 08:15:00 +0200", _p17_text,
         in_reply_to="<h34-p17-orig@hollowoakguitars.co.uk>")))])

# p18 - multi-file: PO with full scope + marketing email 'if the panel likes the samples, just crack on'.
case("p18_po_plus_marketing_crack_on", ["RG007"],
     "PO requires Nadia's written release for the 4,800; a marketing email says 'if the tasting panel likes the samples just crack on ... no need to wait for the paperwork'",
     [("PO_TRH-0318_sample_bottles.pdf", pdf([
         ("h1", "Te Rawhiti Hot Sauce Ltd - Purchase order TRH-0318"),
         ("p", "14 Customhouse St, Gisborne 4010   |   Date: 3 June 2024"),
         ("p", "Supplier: Pacific Glassworks Ltd, East Tamaki, Auckland (attn. Liam Reid)"),
         ("table", [["Line", "Item", "Qty", "Unit NZD", "Total NZD"],
                    ["1", "Sample bottle 150 ml, flint, embossed 'TRH' shoulder, from the sample mould", "24", "9.80", "235.20"]]),
         ("sp",),
         ("p", "Active: 24 sample bottles. The 4,800 production bottles are not released."),
         ("p", "They are released only by a written release from Nadia Horomona (General Manager), after the tasting "
               "panel and a fill-line trial with the samples."),
         ("p", "Material: sample-only."),
     ], title="PO TRH-0318", author="Te Rawhiti Hot Sauce")),
      ("Re_sauce_bottles_timing.eml", eml_bytes(mail(
          "Jake Pohatu <jake@terawhitisauce.co.nz>", "Liam Reid <liam@pacificglassworks.co.nz>",
          "Re: sauce bottles - timing", "Wed, 5 Jun 2024 12:48:00 +1200",
          D("""
            Hey Liam,

            Just a heads up on timing - we're launching at the Hawke's Bay food show on 10 Aug so it's tight.

            Honestly, if the tasting panel likes the samples on Friday, just crack on with the bottles for the
            main run, no need to wait for the formal paperwork from Nadia. We'll sort that side out.

            Cheers,
            Jake
            """) + sig_short("Jake Pohatu", "Marketing, Te Rāwhiti Hot Sauce", "027 555 0199"),
          in_reply_to="<h34-p18-orig@pacificglassworks.co.nz>")))])

# p19 - invoice-style supplier quote: production starts automatically once samples approved and deposit received.
case("p19_quote_auto_start_on_approval_and_deposit", ["RG007", "RG012"],
     "supplier quote alone: 'production starts automatically once you approve the samples and your 50% deposit reaches our account'",
     [("Quote_2024-061_Karoo_Leatherworks.pdf", pdf([
         ("h1", "KAROO LEATHERWORKS"),
         ("p", "12 Church Street, Graaff-Reinet 6280   |   049 555 0147   |   orders@karooleather.co.za"),
         ("h", "QUOTE / PRO-FORMA INVOICE No. 2024-061"),
         ("table", [["Bill to", "Date", "Valid"],
                    ["Atlas Cycles (Pty) Ltd, 7th Street, Melville, Johannesburg - attn. Kabelo Mahlangu", "9 May 2024", "30 days"]]),
         ("sp",),
         ("table", [["#", "Description", "Qty", "Unit (ZAR)", "Amount (ZAR)"],
                    ["1", "Embossing die, Atlas logo, 40 mm", "1", "1 900.00", "1 900.00"],
                    ["2", "Sample saddle cover, veg-tan 2.2 mm, embossed, hand-stitched", "3", "620.00", "1 860.00"],
                    ["3", "Saddle cover - production", "200", "340.00", "68 000.00"],
                    ["", "", "", "Subtotal", "71 760.00"],
                    ["", "", "", "VAT 15%", "10 764.00"],
                    ["", "", "", "TOTAL", "82 524.00"]]),
         ("sp",),
         ("p", "Lead time: samples 10 working days from payment of lines 1 and 2."),
         ("p", "Production: starts automatically once you approve the samples and your 50% deposit reaches our "
               "account - no further paperwork needed. Balance of 50% before collection."),
         ("p", "Banking: FNB Graaff-Reinet, acc. 6255 5501 447, branch 210 120. Ref: quote number."),
         ("p", "Thank you for supporting handmade in the Karoo! - Marlene van Wyk"),
     ], title="Quote 2024-061", author="Karoo Leatherworks"))])

# p20 - supplier status: bar bought for the full 250; will kick off as soon as samples are OK.
_p20_quoted = D("""
    On 13 May 2024, Ellie Marsh <ellie@lakelandframeworks.co.uk> wrote:
    Dan,
    PO PF-118: 10 sample stem faceplates (drg LF-FP-3 rev A). The 250 are not released. I (Ellie Marsh,
    Operations) release them in writing after our sample sign-off. Material: sample-only.
    Ellie
    """)
_p20_text = D("""
    Hi Ellie,

    Samples (10 faceplates) went out with DPD this morning, tracking 1550 5501 2291 03.

    Good news on the material front: we've already got the 7075 bar in for the full 250 - our supplier had a
    cancellation so we grabbed it at last year's price.

    As soon as you say the samples are OK we'll kick off the 250, so you could have them by the end of June.

    Cheers,
    Dan
    """) + sig("Dan Ashworth", "Sales & Planning", "Ribble Valley Engineering Ltd, Clitheroe BB7 1QD", "+44 1200 555 018") \
    + "\n" + quote(_p20_quoted)
case("p20_bar_for_full_250_kick_off_on_ok", ["RG006", "RG007"],
     "supplier bought bar for the full 250 against sample-only material authority, and will start the 250 as soon as the samples are OK",
     [("Samples_shipped_PO_PF-118.eml", eml_bytes(mail(
         "Dan Ashworth <dan@ribblevalleyeng.co.uk>", "Ellie Marsh <ellie@lakelandframeworks.co.uk>",
         "Samples shipped + update - PO PF-118", "Mon, 3 Jun 2024 13:10:00 +0100", _p20_text,
         in_reply_to="<h34-p20-orig@lakelandframeworks.co.uk>")))])

# p21 - Trello card: hold until Liam's sign-off and written release, but the flow says sample sign-off starts production.
case("p21_trello_signoff_starts_production_legs", ["RG007"],
     "card says the 144 wait for Liam's written release, but the agreed flow and Liam's comment have production start on the sample sign-off without a new release",
     [("trello_card_walnut_bench_legs.html", html_page("Bench legs - Prairie Turning | Trello", D("""
        <div>Board: <b>Birch &amp; Beacon - Production</b> &raquo; List: <b>Samples out</b></div>
        <h2>Walnut bench legs - Prairie Turning Co.</h2>
        <p>Members: Liam Moore, Tasha Reid &nbsp;|&nbsp; Labels: Supplier, Rush</p>
        <h3>Description</h3>
        <p>Supplier: Prairie Turning Co., Red Deer (Darren). PO BB-771.</p>
        <p><b>Sample: 6 legs</b> (1 bench set + 2 spare), black walnut, 16 in, 1-1/2 in tenon.</p>
        <p><b>Production: 144 legs</b> - on hold until Liam Moore (owner) signs off the sample set and sends Darren a written release.</p>
        <h3>Checklist - flow agreed on the call with Darren (2/4)</h3>
        <table>
        <tr><th></th><th>Step</th></tr>
        <tr><td>&#9745;</td><td>PO BB-771 sent (6 sample legs)</td></tr>
        <tr><td>&#9745;</td><td>Sample set turned and shipped</td></tr>
        <tr><td>&#9744;</td><td>Sample set signed off &rarr; Prairie rolls on to production right away (no new PO, saves a week)</td></tr>
        <tr><td>&#9744;</td><td>Ship to Calgary</td></tr>
        </table>
        <h3>Activity</h3>
        <p><b>Tasha Reid</b> - 22 May 2024 10:12<br>Samples arrive Friday.</p>
        <p><b>Liam Moore</b> - 22 May 2024 10:30<br>Sounds good. Once we're happy with the sample set Darren can just keep the lathe going, I'll tell him on the phone.</p>
        """)))])

# p24 - supplier bought oak for all 40 against 'timber for the 4 samples only'.
_p24_quoted = D("""
    On Tue, 7 May 2024 at 16:20, Orla Byrne <orla@orlabyrnestudio.ie> wrote:
    Hi Declan,
    PO 2291 attached: 4 sample oak side tables ('Liath', 50 cm). The other 36 are not released - I'll
    release them in writing (Orla Byrne, Studio Director) after the samples have been in the showroom
    for two weeks. Please buy timber for the 4 samples only.
    Thanks a million,
    Orla
    """)
_p24_text = D("""
    Hi Orla,

    Samples are coming on well - the 4 side tables will be ready for you Thursday week. The figure in the
    tops is lovely.

    Heads up: we picked up the kiln-dried oak for all 40 while the yard in Enniscorthy had the good boards
    in, so we're sorted for the main run whenever you are. It's stacked in the shed under cover.

    Talk soon,
    Declan
    """) + sig_short("Declan Furlong", "Slaney Woodworks, Ferns, Co. Wexford", "053 555 0131") + "\n" + quote(_p24_quoted)
case("p24_oak_bought_for_all_40", ["RG006"],
     "supplier bought oak for all 40 while only 4 samples are released and the PO limits timber to the samples",
     [("Re_PO_2291_sample_side_tables.eml", eml_bytes(mail(
         "Declan Furlong <declan@slaneywoodworks.ie>", "Orla Byrne <orla@orlabyrnestudio.ie>",
         "Re: PO 2291 sample side tables", "Fri, 17 May 2024 17:45:00 +0100", _p24_text,
         html=as_html(_p24_text), in_reply_to="<h34-p24-orig@orlabyrnestudio.ie>")))])

# p25 - WhatsApp: deposit received -> fabric for the full 120 ordered, cutting Monday.
case("p25_whatsapp_deposit_fabric_full_120", ["RG006", "RG012"],
     "supplier takes the deposit as the go: fabric ordered for the full 120 and cutting starts, while 4 samples are released",
     [("WhatsApp_Chat_with_Zola_Upholstery.txt", D("""
        [2024/05/13, 10:02:15] Lerato Mokoena: Hi Zola! PO 5560 is on email. It's for 4 sample cushion covers in the Shweshwe print (blue, 50x50, hidden zip)
        [2024/05/13, 10:03:40] Lerato Mokoena: The other 116 are on hold. I'll release them by email (me, Lerato) after the client sees the samples at the lodge on the 20th
        [2024/05/13, 10:30:02] Zola Upholstery: Hi Lerato 😊 noted. I'll send the deposit invoice
        [2024/05/13, 10:30:30] Zola Upholstery: Invoice_ZU-0418.pdf (file attached)
        [2024/05/14, 09:12:51] Lerato Mokoena: Paid this morning 👍
        [2024/05/15, 08:45:07] Zola Upholstery: Deposit received, thank you 🙏 So we've ordered the fabric for the full 120 from Da Gama and we start cutting on Monday
        [2024/05/15, 08:45:30] Zola Upholstery: <Media omitted>
        """))])

# p26 - supplier MRP/job status: resin and inserts purchased for 800 vs 16 released; forecast entered as firm demand.
case("p26_mrp_report_resin_for_800", ["RG006", "RG008"],
     "supplier job report: 16 released, but resin and inserts purchased for 800; the customer's annual forecast is entered as firm demand",
     [("MRP_job_status_J24-118.txt", D("""
        FRASER MOULDING LTD  -  JOB STATUS REPORT                       RUN 2024-06-03 07:15  PAGE 1
        =============================================================================================
        JOB       J24-118        CUSTOMER  SALISH SEA KAYAK CO. (C-0412)    CUST PO  SSK-0907
        PART      SSK-HR-12      HATCH RIM 12 IN, PP-UV BLACK               TOOL     T-2210 (2-CAV)

        QTY ON CUST PO ........... 16 EA   (T1 SAMPLES)
        RELEASED FOR PROD ........ 16 EA
        BALANCE ON HOLD .......... 784 EA  (NOT RELEASED - AWAITING CUST RELEASE FROM K. OKAFOR)
        DEMAND SOURCE ............ CUST FORECAST 800/YR  -> ENTERED AS FIRM DEMAND (PLANNER JL)

        MATERIAL                      REQD FOR RELEASED      PURCHASED/RECEIVED        STATUS
        ----------------------------  -------------------    ----------------------    --------------------
        RESIN PP-UV BLK (LOT 24-0511) 16 EA x 0.21 = 3.4 KG  170.0 KG (COVERS 800 EA)  IN STORES, ALLOC J24-118
        INSERT M6 BRASS HEAT-SET      64 EA                  3 200 EA (COVERS 800 EA)  IN STORES, ALLOC J24-118
        CARTON 600X600 DW             1 EA                   50 EA                     STOCK ITEM

        OPERATIONS
        010 MOULD T1 SAMPLES 16 EA ................ COMPLETE 2024-05-29
        020 CMM 5 PCS ............................ COMPLETE 2024-05-30  (REPORT QR-24-118-01)
        030 SHIP SAMPLES ......................... 2024-06-04 PUROLATOR

        NOTES: SENT TO CUSTOMER (K. OKAFOR) WITH SAMPLE SHIPMENT AS REQUESTED.
        """))])

# p27 - WhatsApp: buyer's vague 'maybe get some leather in for the rest'; supplier orders hides for the full 100.
case("p27_whatsapp_vague_leather_full_100", ["RG006"],
     "buyer vaguely suggests getting 'some leather in' with no quantity or liability; supplier orders hides for the full 100 while 5 samples are released",
     [("WhatsApp_Chat_with_Jo_Pennine_Saddlery.txt", D("""
        [02/05/2024, 11:20] Matt Hirst: Hiya Jo, PO CC-310 on its way - 5 sample tool rolls in the tan with the red stitching
        [02/05/2024, 11:21] Matt Hirst: The other 95 aren't released yet. I'll release them by email (me, Matt) once we've had the samples on a few bikes for a fortnight
        [02/05/2024, 11:35] Jo Pennine Saddlery: Lovely, 5 samples. Brass or nickel poppers?
        [02/05/2024, 11:37] Matt Hirst: brass
        [09/05/2024, 15:02] Jo Pennine Saddlery: Tannery says lead time on the tan hides is now 7 weeks 😬
        [09/05/2024, 15:10] Matt Hirst: Ah bugger. Could you maybe get a bit of leather in early so you're not waiting on them? no promises on the rest yet mind, we'll sort it out after
        [09/05/2024, 15:14] Jo Pennine Saddlery: Will do, ordering 6 hides today, enough for the full 100 👍
        [09/05/2024, 15:15] Matt Hirst: 👍
        """))])

# p28 - supplier progress report PDF: bar ordered for all 50 while 2 samples released.
case("p28_progress_report_bar_for_whole_job", ["RG006"],
     "supplier progress report: 48 production candelabra not released, yet 20 mm bar ordered for all 50",
     [("Progress_report_wk22_Tamar_Forge.pdf", pdf([
         ("h1", "Tamar Forge - progress report, week 22"),
         ("p", "Customer: Cornish Weddings Co., Truro (Jenna Trethewey)   |   Your PO: CWC-2024-31   |   31 May 2024"),
         ("table", [["Item", "Status"],
                    ["Sample candelabra, 5-arm, 'Gwel' design (2 of 2)", "forged, awaiting blacking and beeswax"],
                    ["Production candelabra (48)", "not released - awaiting your release after the venue trial"],
                    ["Material: 20 mm square bar, S275", "ordered 180 m (enough for all 50), delivered 24 May"],
                    ["Material: 8 mm round (arms)", "ordered 260 m (all 50), due 5 June"],
                    ["Beeswax finish", "in stock"]]),
         ("sp",),
         ("p", "Note: we went ahead and ordered the bar for the whole job as the mill's prices go up in June. "
               "It's in the yard and tagged with your name."),
         ("p", "Samples to you by 7 June for the venue trial at Trevenna Barns. Any questions ring the forge: 01579 555 042. - Will Pascoe"),
     ], title="Progress report wk22", author="Tamar Forge"))])

# p29 - supplier turns the labelled forecast into an 18,000-jar order and buys batch + closures for it.
_p29_quoted = D("""
    On 24 May 2024, Tama Rewiri <tama@rewarewahoney.co.nz> wrote:
    Kia ora Sarah,
    Our forecast for next season, for planning only - not an order: about 3,000 jars a month, Oct-Mar.
    PO RH-220 is for 48 sample jars (the new 500 g hexagonal, embossed bee). The season quantity is not
    released until I (Tama Rewiri, GM) send a written release after the fill trial.
    Ngā mihi, Tama
    """)
_p29_text = D("""
    Hi Tama,

    Thanks for the forecast for next season - 3,000 jars a month Oct-Mar. We've entered that as your
    18,000-jar order for the season and bought the batch materials and the gold lug closures for all 18,000,
    so you're first in the queue when the furnace comes back from reline.

    Samples (48 jars) ship Monday on the overnight freight to Rotorua.

    Cheers,
    Sarah
    """) + sig("Sarah Whitmore", "Account Manager", "Pacific Glassworks Ltd, East Tamaki, Auckland", "+64 9 555 0261") \
    + "\n" + quote(_p29_quoted)
case("p29_forecast_entered_as_order_glass", ["RG006", "RG008"],
     "supplier enters the labelled forecast as an 18,000-jar order and buys materials for all of it while only 48 samples are released",
     [("Re_forecast_next_season_jars.eml", eml_bytes(mail(
         "Sarah Whitmore <sarah.w@pacificglassworks.co.nz>", "Tama Rewiri <tama@rewarewahoney.co.nz>",
         "Re: forecast next season + PO RH-220", "Tue, 28 May 2024 09:40:00 +1200", _p29_text,
         in_reply_to="<h34-p29-orig@rewarewahoney.co.nz>")))])

# p31 - buyer asks to book a forecast (+/-20%) as a firm order.
_p31_text = D("""
    Hi Johan,

    Two things on the capsules.

    1) PO BRW-118 is attached for 500 sample capsules (the new copper 'Ridge' print) for our bottling trial
       on 19 June. Anything beyond the 500 is not released - the production release is by me, Annelie du Toit
       (Cellar Master), in writing after the bottling trial.

    2) Our current forecast for the 2025 vintage is about 40,000 capsules - it could move 20% either way
       depending on the harvest. Please book it as our firm order for the 2025 vintage so the price is locked
       before your tin increase.

    Groete,
    Annelie
    """) + sig("Annelie du Toit", "Cellar Master", "Boschkloof Ridge Wines, Stellenbosch", "+27 21 555 0183")
case("p31_forecast_booked_as_firm_capsules", ["RG008"],
     "buyer asks the supplier to book a +/-20% forecast of 40,000 capsules as a firm order; the sample PO itself is fully scoped",
     [("mail_capsules_BRW-118.eml", eml_bytes(mail(
         "Annelie du Toit <annelie@boschkloofridge.co.za>", "Johan Lombard <johan@capeclosures.co.za>",
         "Capsules - PO BRW-118 samples + 2025 vintage", "Wed, 5 Jun 2024 08:30:00 +0200", _p31_text,
         attachments=[("PO_BRW-118.docx", docx_bytes([
             ("h1", "Boschkloof Ridge Wines - Purchase order BRW-118"),
             ("table", [["Line", "Item", "Qty", "Unit", "Total"],
                        ["1", "Sample tin capsule 30x60 mm, copper 'Ridge' print, top disc embossed", "500", "R 2.10", "R 1 050.00"]]),
             ("p", "Scope: 500 sample capsules for the bottling trial. Anything beyond the 500 is not released. "
                   "Production release: Annelie du Toit (Cellar Master), in writing, after the bottling trial."),
         ], author="Annelie du Toit"), DOCX_MT)])))])

# p32 - supplier order confirmation: 5,000 tins confirmed as an order 'per your forecast'.
case("p32_order_confirmation_from_forecast_tins", ["RG008"],
     "supplier order confirmation turns the buyer's forecast FC-2024-Q3 into a confirmed order of 5,000 tins",
     [("OC-3320_order_confirmation.pdf", pdf([
         ("h1", "Tasman Tin Works Ltd"),
         ("p", "88 Vickerman Street, Port Nelson 7010   |   03 555 0178   |   GST 96-118-442"),
         ("h", "ORDER CONFIRMATION OC-3320"),
         ("table", [["Customer", "Your reference", "Date"],
                    ["Hapuku Smokehouse Ltd, Kaikoura (attn. Rawiri Tait)", "Forecast FC-2024-Q3 (your email of 3 May 2024)", "10 May 2024"]]),
         ("sp",),
         ("p", "Based on your forecast email of 3 May, we confirm your order as follows:"),
         ("table", [["Item", "Qty", "Unit NZD", "Delivery"],
                    ["Printed 200 g fish tin, 2-piece, easy-open end, art HS-T200-02", "2,500", "1.12", "lot 1 - August 2024"],
                    ["Printed 200 g fish tin, 2-piece, easy-open end, art HS-T200-02", "2,500", "1.12", "lot 2 - September 2024"],
                    ["Total", "5,000", "", ""]]),
         ("sp",),
         ("p", "Terms: 20th of the month following delivery. Lacquer: BPA-NI gold. Cancellation after print: 100% charge."),
         ("p", "Thank you for your order. - Kirsten Hale, Customer Service"),
     ], title="OC-3320", author="Tasman Tin Works"))])

# p33 - HTML label plan: quantities labelled forecast but to be 'treated as confirmed orders'.
case("p33_forecast_table_treat_as_orders_labels", ["RG008"],
     "buyer's label plan marks the quantities as forecast (depends on harvest) and asks the printer to treat them as confirmed orders",
     [("cider_labels_Q3_plan.html", html_page("Orchard Gate Cider - Q3 label plan", D("""
        <h2>Orchard Gate Cider - Q3 label plan</h2>
        <p>To: Wye Label Printers, Ross-on-Wye (Gareth) &nbsp;|&nbsp; From: Holly Preece, Orchard Gate Cider, Much Marcle
        &nbsp;|&nbsp; 30 May 2024</p>
        <p>Hi Gareth - here's the plan for the new 'Perry Pear' and 'Medium Dry' front labels (die LB-70x95, silver foil).
        Please treat the quantities below as confirmed orders and print to this schedule.</p>
        <table>
        <tr><th>Month</th><th>Medium Dry</th><th>Perry Pear</th><th>Basis</th></tr>
        <tr><td>July</td><td>25,000</td><td>15,000</td><td>forecast (depends on harvest)</td></tr>
        <tr><td>August</td><td>35,000</td><td>25,000</td><td>forecast (depends on harvest)</td></tr>
        <tr><td>September</td><td>45,000</td><td>35,000</td><td>forecast (depends on harvest)</td></tr>
        </table>
        <p>Rolls of 2k, core 76 mm, wind direction 4. Proof to Holly by 7 June please.</p>
        <p>Cheers, Holly</p>
        """)))])

# p35 - buyer: forecast 'put that down as a firm order' + deposit sent 'so you can start'.
_p35_text = D("""
    Bonjour Émilie,

    Our forecast for the holiday season is around 2,400 leaf bottles - I'll confirm the real numbers in
    October once we know how the sugar-shack sales went. Please put that down as a firm order so we're
    first in the queue.

    I've also sent the 30% deposit this morning, so you can start blowing them whenever it suits.

    Same 250 ml leaf shape as last year, same amber.

    Merci!
    Geneviève
    """) + sig_short("Geneviève Roy", "Sugarbush Hollow Maple, Sutton QC", "450 555 0147")
case("p35_forecast_firm_and_deposit_start_bottles", ["RG008", "RG012"],
     "buyer writes a forecast (to be confirmed in October) as a firm order and treats the deposit as the start signal",
     [("mail_holiday_bottles.eml", eml_bytes(mail(
         "Geneviève Roy <genevieve@sugarbushhollow.ca>", "Émilie Gagnon <emilie@verrerielaurentienne.ca>",
         "Holiday bottles - numbers + deposit", "Mon, 10 Jun 2024 09:05:00 -0400", _p35_text)))])

# p36 - supplier: 'we have accepted your PO, so production is booked' + steel for all 400.
_p36_quoted = D("""
    On 2 April 2024, Ilse Bos <ilse@studionoordlicht.nl> wrote:
    Beste Jeroen,
    PO 24-301: 10 sample lamp bases LB-3 (2 mm steel, folded, powder coat). The other 390 are not
    released; I (Ilse Bos, owner) release them in writing after the sample sign-off at Salone, 20 April.
    Groet, Ilse
    """)
_p36_text = D("""
    Beste Ilse,

    Thank you, we have accepted your PO 24-301. So production is now booked: we have ordered the 2 mm steel
    sheet for all 400 bases and the laser is planned for week 16.

    The 10 samples will be ready on 12 April.

    Met vriendelijke groet,
    Jeroen Bakker
    Bakker Lasertechniek B.V., Tilburg
    +31 13 555 0284
    """) + "\n" + quote(_p36_quoted)
case("p36_po_accepted_production_booked_steel", ["RG006", "RG012"],
     "supplier treats its acceptance of the sample PO as booking production and orders steel for all 400 while 10 samples are released",
     [("RE_PO_24-301_lamp_bases.eml", eml_bytes(mail(
         "Jeroen Bakker <jeroen@bakkerlaser.nl>", "Ilse Bos <ilse@studionoordlicht.nl>",
         "RE: PO 24-301 lamp bases", "Wed, 3 Apr 2024 10:20:00 +0200", _p36_text,
         in_reply_to="<h34-p36-orig@studionoordlicht.nl>")))])

# p39 - multi-file: DOCX PO says 12 sample stools; cover email says 15.
case("p39_docx_po_12_email_15_stools", ["RG011"],
     "PO says 12 sample stools (scope complete); the cover email for the same PO says 15",
     [("PO-4418_Foxglove.docx", docx_bytes([
         ("h1", "Foxglove Furniture Studio - Purchase Order"),
         ("p", "PO-4418    Date: 22 May 2024    Supplier: Mourne Turning, Kilkeel (Ronan McCartan)"),
         ("table", [["Line", "Item", "Qty", "Unit", "Total"],
                    ["1", "Sample bar stool, ash, seat dia. 34 cm, height 75 cm, oiled", "12", "£68.00", "£816.00"]]),
         ("sp",),
         ("p", "Active: 12 sample stools. The remaining 108 are not released. Niall Quinn (Managing Director) releases "
               "them in writing after our sign-off of the samples in the showroom."),
         ("p", "Deliver to: Foxglove Furniture Studio, 41 Ormeau Road, Belfast BT7 1SH."),
     ], author="Saoirse Kelly")),
      ("cover_email_PO-4418.eml", eml_bytes(mail(
          "Saoirse Kelly <saoirse@foxglovefurniture.co.uk>", "Ronan McCartan <ronan@mourneturning.co.uk>",
          "PO-4418 - sample stools", "Wed, 22 May 2024 16:05:00 +0100",
          D("""
            Hi Ronan,

            PO-4418 is in our shared Dropbox folder - it's for the 15 sample stools we talked about - same ash as the showroom one,
            oiled not lacquered.

            Need them by 21 June for the trade show in Dublin if at all possible.

            Cheers,
            Saoirse
            """) + sig_short("Saoirse Kelly", "Foxglove Furniture Studio, Belfast", "028 9055 0177"))))])

# p40 - email releases 240, attached release letter table says 200 (on hold 240 vs 200).
_p40_pdf = pdf([
    ("h1", "Granville Night Market Society - Production release"),
    ("p", "Release no. 02 against PO 7720   |   5 June 2024   |   To: Coastal Fab Works Ltd, Richmond BC"),
    ("p", "Item: GNM-SF-3 folding aluminium stall frame, 3 x 3 m, anodised, with bag."),
    ("table", [["", "Frames"],
               ["Quantity on PO 7720", "500"],
               ["Released by release 01 (pilot)", "60"],
               ["Released by THIS release 02", "200"],
               ["Cumulative released", "260"],
               ["On hold - not released", "240"]]),
    ("sp",),
    ("p", "Frames on hold are released only by release 03, signed by Dana Whitfield, Operations Director."),
    ("p", "Delivery: Granville Island lot B by 15 July 2024."),
    ("p", "Signed: Dana Whitfield"),
], pagesize=LETTER, title="Release 02 PO 7720", author="Granville Night Market")
case("p40_release_email_240_letter_200", ["RG011"],
     "release email says release 02 is 240 frames (200 remain); the attached release letter says 200 (240 on hold)",
     [("Release_02_PO_7720.eml", eml_bytes(mail(
         "Dana Whitfield <dana@granvillenightmarket.ca>", "Raj Sandhu <raj@coastalfab.ca>",
         "Release 02 - PO 7720 - stall frames", "Wed, 5 Jun 2024 14:10:00 -0700",
         D("""
            Hi Raj,

            Release no. 02 on PO 7720: two hundred and forty (240) stall frames, delivery to Granville Island
            lot B by 15 July. Letter attached for your files.

            The remaining 200 stay on hold until release 03 from me.

            Thanks for turning the pilot frames around so fast - the vendors loved the new hinge.

            Dana
            """) + sig("Dana Whitfield", "Operations Director", "Granville Night Market Society, Vancouver", "+1 604 555 0119"),
         attachments=[("Release_02_PO_7720.pdf", _p40_pdf, PDF_MT)])))])

# p41 - ERP: QTY field 50 vs note 'SAMPLE QTY: FIVE (5) ONLY'.
case("p41_erp_qty_50_note_five", ["RG011"],
     "ERP PO line quantity 50 while the note says sample qty five (5) only and balance 495 on hold",
     [("PO_31877_erp.txt", D("""
        HIGHVELD CYCLE WORKS (PTY) LTD                           PURCHASE ORDER  31877
        UNIT 4, 112 LYNNWOOD RD, PRETORIA 0081                   DATE 2024-05-27  REV 0
        SUPPLIER 2210 ROSSLYN CNC CC                             CURRENCY ZAR

        LN ITEM          DESCRIPTION                              QTY UOM    UNIT PRICE      EXT PRICE
        -- ------------- -------------------------------------- ---- --- ------------- --------------
         1 HCW-SP-104    CHAINRING SPIDER 104BCD 7075-T6           50 EA        420.00      21 000.00
                         DRG HCW-SP-104 REV 2, ANODISE BLACK
         2 FAI           FIRST ARTICLE INSPECTION REPORT             1 LOT      850.00         850.00

        NOTES:
         SAMPLE QTY: FIVE (5) ONLY - FAI REQUIRED ON ALL
         BAL 495 NOT RELEASED - HOLD PENDING FAI SIGN-OFF
         PROD RELEASE BY W. BOTHA (OPS MGR) IN WRITING ONLY

        BUYER  T. NKOSI  012 555 0166        PO AUTHORISED  W. BOTHA
        """))])

# p42 - WhatsApp: 6 samples in the message, later 8 samples confirmed.
case("p42_whatsapp_6_then_8_samples_cups", ["RG011"],
     "chat: PO for 6 sample cups (234 not released, Merel releases by email after the latte-art test); later the 8 samples are confirmed without a revised PO",
     [("WhatsApp_Chat_with_Koen_Keramiek.txt", D("""
        07-05-2024 10:14 - Merel Visser: Hi Koen! PO 118 is in your mail: just the 6 sample cups (3 glazes x 2), 200 ml
        07-05-2024 10:15 - Merel Visser: The 234 for the shops are not released. I release those myself by email after the latte-art test with our baristas
        07-05-2024 10:40 - Koen Dekker: Super, 6 sample cups. Glazes: sea green, oat, and the speckled black?
        07-05-2024 10:41 - Merel Visser: yes!
        13-05-2024 17:22 - Koen Dekker: Samples out of the kiln tomorrow
        13-05-2024 17:30 - Merel Visser: so the 8 sample cups come Thursday?
        13-05-2024 17:32 - Koen Dekker: yes, we made the 8 like you said on the phone
        13-05-2024 17:33 - Merel Visser: perfect, 8 👍
        """))])

# p43 - multi-file: voice note says a dozen test lids; the PO email says 10.
case("p43_voice_note_dozen_email_10_lids", ["RG011"],
     "voice note asks for a dozen (twelve) test lids; the follow-up PO email for the same order says 10; hold, event and release person stated in both",
     [("voice_note_transcript_dervla.txt", D("""
        Voice message - transcript (auto, Messenger)
        From: Dervla Ní Riain (Dervla's Kitchen)   To: Fergal (Burren Woodturning)
        Mon 13 May 2024, 08:52 - 0:58

        "Hi Fergal, Dervla here. Right, the lids for the gift jars. Can you do a dozen test ones first -
        twelve - in the beech, the 63 mil ones, with the little groove. The rest, the 300, they're on hold
        until I've done the gift-box trial with the shop in Ennis, and I'll email you myself if it's a go.
        Nobody else. Emm... yeah, that's it. PO to follow by email. Thanks a million, bye bye bye."
        """)),
      ("PO_0391_test_lids.eml", eml_bytes(mail(
          "Dervla Ní Riain <dervla@dervlaskitchen.ie>", "Fergal Hynes <fergal@burrenwoodturning.ie>",
          "PO 0391 - test lids", "Mon, 13 May 2024 17:20:00 +0100",
          D("""
            Hi Fergal,

            PO 0391 as per my voice note this morning: 10 test lids, beech, 63 mm, with the groove.

            The other 300 are on hold until after the gift-box trial; I'll release them in writing myself.

            Dervla
            """) + sig_short("Dervla Ní Riain", "Dervla's Kitchen, Lisdoonvarna, Co. Clare", "065 555 0143"))))])

# p44 - email says call-off 3 is 1,500; attached Dutch call-off says 1.200 stuks.
_p44_pdf = pdf([
    ("h1", "Zuivelhoeve Woerden B.V. - Afroep / Call-off 3"),
    ("p", "Raamorder / blanket PO 24-0900   |   Leverancier: Drukkerij Hout & Label, Bodegraven   |   3 juni 2024"),
    ("table", [["Artikel", "Omschrijving / description", "Aantal / qty", "Levering / delivery"],
               ["ZH-DK-22", "Bedrukt houten kaasdoosdeksel / printed wooden cheese-box lid, 22 cm", "1.200 stuks (pcs)", "week 30"]]),
    ("sp",),
    ("p", "Deze afroep geeft 1.200 stuks vrij. / This call-off releases 1.200 pcs. The rest of PO 24-0900 stays on "
          "hold until call-off 4, signed by Wouter de Graaf (logistiek)."),
], title="Afroep 3", author="Zuivelhoeve Woerden")
case("p44_calloff_email_1500_pdf_1200", ["RG011"],
     "cover email says call-off 3 is for 1,500 lids; the attached call-off says 1.200 stuks",
     [("Afroep_3_PO_24-0900.eml", eml_bytes(mail(
         "Wouter de Graaf <w.degraaf@zuivelhoeve.nl>", "Pieter Smit <pieter@houtenlabel.nl>",
         "Afroep 3 - PO 24-0900 - kaasdoosdeksels", "Mon, 3 Jun 2024 08:25:00 +0200",
         D("""
            Hi Pieter,

            Attached call-off 3 on PO 24-0900 for 1,500 lids, delivery week 30 to the warehouse in Woerden
            (dock 2, before 14:00 please).

            The rest of the PO stays on hold until call-off 4, which will come from me.

            Groeten,
            Wouter de Graaf
            Logistiek, Zuivelhoeve Woerden
            """),
         attachments=[("Afroep_03.pdf", _p44_pdf, PDF_MT)])))])

# p45 - HTML P2P printout: table line 10 sample buckles, banner text says 12; no hold/event/person.
case("p45_p2p_printout_10_vs_12_buckles", ["RG003", "RG004", "RG005", "RG011"],
     "procurement-portal printout: sample PO line 10 buckles, confirmation banner says 12; nothing about the balance, no unlock event, no release person",
     [("PO-TH-5531_portal_printout.html", html_page("PO-TH-5531 - Purchase order - Halcyon P2P", D("""
        <div style="background:#123;color:#fff;padding:6px">Halcyon Theatre Company &mdash; Procure-to-Pay</div>
        <p class="note">&#10004; Your sample order for 12 buckles has been sent to Kensington Metal Casting (supplier #V-0877).</p>
        <h2>Purchase order PO-TH-5531 &mdash; Status: Issued</h2>
        <table>
        <tr><th>Requester</th><td>Wardrobe - Maria Santos</td><th>Date</th><td>2024-05-21</td></tr>
        <tr><th>Supplier</th><td>Kensington Metal Casting, 14 Baldwin St, Toronto ON</td><th>Ship to</th><td>Wardrobe dept., 40 Sudbury St, Toronto</td></tr>
        <tr><th>Production</th><td colspan="3">'The Pirates of Penzance' - opening 30 Aug</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit CAD</th><th>Amount CAD</th></tr>
        <tr><td>1</td><td>B-7</td><td>Sample costume buckle, cast brass, 'anchor' design B-7, 60 x 45 mm, antique finish</td><td>10</td><td>EA</td><td>24.00</td><td>240.00</td></tr>
        <tr><td>2</td><td>SETUP</td><td>Pattern / mould set-up B-7</td><td>1</td><td>EA</td><td>180.00</td><td>180.00</td></tr>
        </table>
        <p>Total CAD 420.00 + HST. Terms net 30. Questions: purchasing@halcyontheatre.ca</p>
        <p style="color:#777">Printed 2024-05-21 15:02 by msantos</p>
        """)))])

# p47 - hold + named release authority, but no unlock event.
_p47_text = D("""
    Hi Ben,

    PO 7140 attached - 20 sample hooks in raw brass, the double ladder hook from drawing KH-LH-2 rev A.

    The remaining 480 on your quote are on hold and not released. Only Rachel Adeyemi (our Head of Product)
    can release them, so please don't take a go from anyone else on our team.

    Can you do the samples by the end of the month? We'd love to shoot them for the spring catalogue.

    Thanks,
    Tom
    """) + sig("Tom Hēnare", "Buyer", "Kauri Hill Homewares Ltd, Petone, Lower Hutt", "+64 4 555 0177")
case("p47_hold_and_person_no_event_hooks", ["RG004"],
     "20 samples active, 480 on hold, Rachel Adeyemi named as the only release authority, but no event that unlocks the 480",
     [("PO_7140_sample_hooks.eml", eml_bytes(mail(
         "Tom Henare <tom@kaurihill.co.nz>", "Ben Walsh <ben@petonebrassworks.co.nz>",
         "PO 7140 - sample ladder hooks", "Tue, 14 May 2024 11:15:00 +1200", _p47_text,
         attachments=[("PO_7140.docx", docx_bytes([
             ("h1", "Kauri Hill Homewares - Purchase order 7140"),
             ("table", [["Line", "Item", "Qty", "Unit NZD", "Total NZD"],
                        ["1", "Sample double ladder hook, raw brass, KH-LH-2 rev A", "20", "14.00", "280.00"]]),
             ("p", "The remaining 480 on quote PB-2290 are on hold and not released. "
                   "Release authority: Rachel Adeyemi, Head of Product."),
         ], author="Tom Henare"), DOCX_MT)])))])

# p49 - hold + unlock event, but only 'our purchasing team' (no named person).
case("p49_hold_and_event_no_person_moulds", ["RG005"],
     "3 sample moulds active, 57 not released until sample sign-off and a revised PO from 'our purchasing team' - no named release person",
     [("Sample_order_SO-221_chocolate_moulds.docx", docx_bytes([
         ("h1", "Ginger & Clove Confectionery Ltd - Sample order SO-221"),
         ("p", "Date: 8 May 2024   |   Supplier: Mould Works NZ Ltd, Wiri, Auckland   |   Our ref: new 'Pōhutukawa' bar"),
         ("table", [["Line", "Item", "Qty", "Unit NZD", "Total NZD"],
                    ["1", "Polycarbonate chocolate mould, 3 x 100 g bar, 'Pohutukawa' relief, drawing GC-M-14 rev B", "3", "165.00", "495.00"],
                    ["2", "Relief tooling (CNC master)", "1", "420.00", "420.00"]]),
         ("sp",),
         ("p", "This order is for 3 sample moulds. The remaining 57 moulds are not released. They will be released only "
               "after our sample sign-off (test pour and demoulding on the enrobing line) and a revised purchase order "
               "from our purchasing team."),
         ("p", "Delivery contact: Sam (warehouse), 09 555 0148, 7 Kerwyn Ave, East Tamaki."),
     ], author="Ginger & Clove"))])

# p51 - email: 'make up the sample panels' - hold, event and person, but no quantity anywhere.
_p51_text = D("""
    Hi Kieran,

    Please make up the sample panels in the perforated corten per the attached sketch notes - the
    different hole patterns we discussed on site, so we can pick one with the client.

    The production screens for the Tobacco Factory courtyard are not released. They're on hold until we've
    picked a pattern with the client and I (Jo Pike, Associate Director) send you a written release.

    Thanks,
    Jo
    """) + sig("Jo Pike", "Associate Director", "Harrow & Finch Architects, Bristol BS3 1TF", "+44 117 555 0196")
case("p51_sample_panels_no_quantity", ["RG010"],
     "buyer asks for 'the sample panels' with hold, event and named release person, but never says how many",
     [("mail_sample_panels_corten.eml", eml_bytes(mail(
         "Jo Pike <jo.pike@harrowfinch.co.uk>", "Kieran Doyle <kieran@avonsidemetal.co.uk>",
         "Sample panels - Tobacco Factory courtyard screens", "Thu, 23 May 2024 12:30:00 +0100", _p51_text,
         attachments=[("sketch_notes_screens.txt", D("""
            SKETCH NOTES - courtyard screens (JP, 22/05)
            - panel size for samples: 600 x 600, 3 mm corten, pre-weathered
            - patterns: round holes (a few sizes?), 'leaf' cut, graduated rounds - try what works
            - edge: 25 mm return, 2 fixing holes M10 top and bottom
            - production screens: 2400 x 1200, quantity tbc with client
            """), "text/plain")])))])

# p52 - HTML order note: 'go ahead with the sample batch only' - scoped, hold/event/person, but no number.
case("p52_order_note_sample_batch_no_number", ["RG010"],
     "order note says 'go ahead with the sample batch only' and holds production until Yasmin's written release after sign-off, but never states a quantity",
     [("order_note_patches_TL-0610.html", html_page("Order note TL-0610", D("""
        <h2>Tread Lightly Bike Co. &mdash; order note TL-0610</h2>
        <p>To: Stitchworks Ltd, Dewsbury (Amira) &nbsp;|&nbsp; 10 June 2024 &nbsp;|&nbsp; Re: embroidered patch, 'Ride Gently' design v4</p>
        <p>Hi Amira - lovely to meet you at the Makers' Fair. Please go ahead with the sample batch only, as discussed at the stand:
        merrowed edge, iron-on backing, 75 mm, thread colours per the PMS list below.</p>
        <p class="note">The production run for the shops is <b>not released</b>. It stays on hold until our sample sign-off,
        after which Yasmin Okafor (Creative Director) releases it in writing.</p>
        <table>
        <tr><th>Element</th><th>PMS</th></tr>
        <tr><td>background</td><td>5535 C</td></tr>
        <tr><td>lettering</td><td>7401 C</td></tr>
        <tr><td>wheel outline</td><td>Cool Gray 1 C</td></tr>
        </table>
        <p>Invoice to accounts@treadlightly.co.uk. Thanks! &mdash; Yasmin</p>
        """)))])

# p53 - handwritten note transcription: 'as many as you need', main order held, Sandra rings + emails.
case("p53_handwritten_note_as_many_as_needed", ["RG010"],
     "handwritten note: samples 'as many as you need', main order on hold until Sandra tests them and emails the OK - no quantity authorized",
     [("handwritten_note_transcript_sandra.txt", D("""
        Transcript of a handwritten note left at the pottery (photo received 22/05/2024)
        --------------------------------------------------------------------------------
        Hi Finn -

        Samples pls of the salt pig w/ the wave lid, as many as you need to get the glaze right
        (the sea-glass green, NOT the darker one from the fair).

        MAIN ORDER ON HOLD - not until I've tested them in the shop for a couple of weeks.
        I'll ring + email you the OK myself.

        - Sandra  (owner, Sandra's Sea Salt, Baltimore)   086 555 0129
        --------------------------------------------------------------------------------
        [under the note, in Finn's writing: "started 23/5 - FH"]
        """))])

# p54 - SMS: 'a few test lids', rest on hold, Marco decides - no quantity, no unlock event.
case("p54_sms_few_test_lids_marco_decides", ["RG004", "RG010"],
     "SMS asks for 'a few test lids', the rest on hold and Marco decides - no quantity and no unlock event",
     [("sms_export_bellini_gelato.txt", D("""
        Text messages with Vic - Hamilton Sheet Metal (+1 905-555-0182)
        Exported 2024-06-02

        2024-05-28 08:41  Lucia (Bellini Gelato): Hey Vic, it's Lucia from Bellini. Can you make a few test lids for the new pans? The 5 L ones, stainless, with the thumb notch like the drawing
        2024-05-28 08:42  Lucia (Bellini Gelato): The rest are on hold for now, Marco decides on those (he's the boss lol)
        2024-05-28 09:15  Vic: Sure thing Lucia. 18 gauge ok?
        2024-05-28 09:16  Lucia (Bellini Gelato): yes 18 is fine
        2024-05-31 16:02  Vic: test lids ready, drop by anytime
        """))])

# p56 - Messenger: 'make up some samples' - nothing else.
case("p56_messenger_some_samples_naked", ["RG003", "RG004", "RG005", "RG010"],
     "Messenger: 'can you make up some samples of the new bigger lid' - no quantity, nothing about the rest, no unlock event, no release person",
     [("messenger_kitchen_table_kombucha.txt", D("""
        Messenger - Kitchen Table Kombucha <-> Sindi Ceramics
        ---------------------------------------------------
        Thu 16 May 2024

        Kitchen Table Kombucha (Thabo), 19:04
        Hey Sindi! The crock lids you did for the market stall were a hit 🙌 Can you make up some samples of the new bigger lid (for the 8 L crock)? Same clay, with our logo stamp. Cheers!!

        Sindi Ceramics, 19:31
        Yay thank you! Sure, I'll start this week 😊 Same price as the small ones more or less, I'll confirm

        Kitchen Table Kombucha (Thabo), 19:33
        Lekker 👍
        """))])


# =================================================================== writer
RULES = [f"RG{n:03d}" for n in range(1, 13)]
MIN_CASES = {r: 5 for r in RULES}
MIN_CASES.update({"RG006": 7, "RG007": 7, "RG011": 7})


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"][0] in "cp" and (c["name"][0] == "c") == (not c["expect"]), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(range(len(CASES)))
    random.Random(3434).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h34_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    multifile = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  with risks {len(CASES) - clean}  multi-rule {multi}  multi-file {multifile}")
    for r in RULES:
        flag = "" if per_rule[r] >= MIN_CASES[r] else "   <-- below minimum"
        print(f"  {r}: {per_rule[r]}{flag}")
    ext = Counter()
    for c in CASES:
        for fn, _ in c["files"]:
            ext[Path(fn).suffix.lower()] += 1
    print("  top-level files by extension:", dict(sorted(ext.items())))


if __name__ == "__main__":
    main()
