#!/usr/bin/env python3
"""Generator for the releasegate check_holdout127 corpus (eyewear / optical frames).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout127/build.py

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
    m["Message-ID"] = msgid or f"<h127-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h127")
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
    """A signature without the legal footer (small firms, chat-like mail)."""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def txt_att(fn, text):
    return (fn, text, "text/plain")


def html_att(fn, text):
    return (fn, text, "text/html")


# ------------------------------------------------------------------ build
RULES = [f"RG{n:03d}" for n in range(1, 13)]
FORMATS = {".eml": "EML", ".txt": "TXT", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML"}


def _attachment_formats(data):
    """Formats found inside an EML (attachments, forwarded messages)."""
    from email import message_from_bytes
    found = set()
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            ext = Path(fn).suffix.lower()
            if ext in FORMATS:
                found.add(FORMATS[ext])
        if part.get_content_type() == "message/rfc822":
            found.add("EML(rfc822)")
    return found


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(127127).shuffle(order)
    labels = {}
    rule_count = {r: 0 for r in RULES}
    fmt_files = {}
    fmt_cases = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        for r in c["expect"]:
            assert r in RULES, r
            rule_count[r] += 1
        stem = re.sub(r"[^A-Za-z0-9]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h127_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        in_case = set()
        for fn, data in c["files"]:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            (d / fn).write_bytes(raw)
            f = FORMATS[Path(fn).suffix.lower()]
            fmt_files[f] = fmt_files.get(f, 0) + 1
            in_case.add(f)
            if f == "EML":
                in_case |= _attachment_formats(raw)
        for f in in_case:
            fmt_cases[f] = fmt_cases.get(f, 0) + 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    multifile = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  "
          f"multi-rule {multi}  multi-file {multifile}")
    for r in RULES:
        print(f"  {r} {rule_count[r]}")
    print("  top-level files:", dict(sorted(fmt_files.items())))
    print("  cases containing:", dict(sorted(fmt_cases.items())))


# ====================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive (at least one rule).
# Every absence rule (RG003/RG004/RG005/RG010) is judged once per bundle, per the
# conventions of check_holdout3/README.md.

# ------------------------------------------------------------ batch 1: clean
# c01 supplier quotation with proto / colour sample / SMS / bulk tiers; no authorization
case("c01_quote_tiers", [], "supplier quotation with proto, SMS and bulk price tiers; quote alone authorizes nothing",
     [("QT-HD-24-0412.pdf", pdf([
         ("h1", "XIAMEN HENGDA OPTICAL CO., LTD."),
         ("p", "No. 18 Xiangxing Road, Xiang'an Industrial Park, Xiamen, Fujian 361101, China. "
               "Tel +86 592 716 2280  sales@hengda-optical.cn"),
         ("h", "QUOTATION  QT-HD-24-0412"),
         ("p", "To: Occhiali Venier S.r.l., Via dell'Artigianato 14, 32100 Belluno, Italy. "
               "Attn. Mr. Marco Bellini. Date: 12 April 2024. Valid: 60 days."),
         ("p", "Model VN-2207 (panto, acetate, eye size 50-21-145), 6 colourways C1-C6, "
               "Mazzucchelli M49 acetate, OBE 5-barrel flex hinge, demo lens, laser logo inside temple."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Remark"],
             ["1", "Proto frame (white sample), 3 shapes", "3 pcs", "45.00", "tooling of front not incl."],
             ["2", "Colour sample, C1-C6", "6 pcs", "28.00", "1 pc per colour"],
             ["3", "SMS (salesman sample), 10 per colour", "60 pcs", "16.50", ""],
             ["4", "Bulk tier A, MOQ 300 per colour", "1,800 pcs", "8.90", "price tier"],
             ["5", "Bulk tier B", "3,600 pcs", "8.40", "price tier"],
             ["6", "Front milling jig", "1 set", "380.00", "one-off"],
         ]),
         ("sp",),
         ("p", "Notes: prices FOB Xiamen, packing 1 frame per polybag, 10 per inner box. "
               "Frames conform to ISO 12870:2016; hinge cycle test report available on request. "
               "This quotation is not an order confirmation. The quantities above are price tiers only."),
         ("p", "Payment terms: 30% T/T with order, 70% before shipment. "
               "Lead time: proto 15 days; SMS 25 days after colour sample confirmation; bulk 55 days after "
               "your written bulk release."),
         ("p", "Best regards, Vivian Lin, Sales Manager"),
     ], title="Quotation QT-HD-24-0412", author="Vivian Lin"))])

# c02 WeChat: supplier asks for go-ahead, buyer answers with full scope
case("c02_wechat_question_answered", [],
     "supplier asks whether to go ahead; buyer answers: only 24 released, bulk on hold until colour sign-off + written release by Sophie Laurent",
     [("wechat_Ravel_Lianfa_SS25.txt", """WeChat chat export
Chat: Ravel x Lianfa SS25 (3 members)
Exported: 2024-04-18 10:32 (UTC+08:00)
----------------------------------------------------------------

2024-04-16 09:12  Kevin Zhou (Lianfa Sales)
Hi Sophie good morning 😊 the 24 colour samples of RV-118 will finish on Friday

2024-04-16 09:13  Kevin Zhou (Lianfa Sales)
our production manager ask: can we go ahead on bulk 2,400 together? line 3 is free next week

2024-04-16 09:13  Kevin Zhou (Lianfa Sales)
or we wait your written release?

2024-04-16 15:40  Sophie Laurent (Ravel Paris)
Bonjour Kevin, please wait. Only the 24 colour samples on PO RP-24-061 are released.

2024-04-16 15:41  Sophie Laurent (Ravel Paris)
The bulk (2,376 remaining of the quoted 2,400) is not released. Nothing to cut or buy for it yet.

2024-04-16 15:43  Sophie Laurent (Ravel Paris)
It unlocks only when I have signed off the colour samples in Paris AND I send you a written release with the quantity. That release comes from me, Sophie Laurent.

2024-04-16 15:44  Kevin Zhou (Lianfa Sales)
OK understood 👌 we only finish 24 colour samples

2024-04-16 15:44  Kevin Zhou (Lianfa Sales)
bulk wait your release

2024-04-17 11:02  Kevin Zhou (Lianfa Sales)
[Image]  C3 tortoise vs lab dip

2024-04-17 11:20  Sophie Laurent (Ravel Paris)
C3 is a bit too red vs the lab dip. Can you check with Mazzucchelli, ref 1.TT.0231?

2024-04-17 11:26  Kevin Zhou (Lianfa Sales)
ok will check and send new photo tomorrow 🙏

2024-04-17 11:27  Wendy Pan (Lianfa QC)
[File] RV-118_hinge_cycle_test_10000.pdf
""")])

# c03 labelled planning forecast on an HTML page; no authorization
case("c03_forecast_labelled", [],
     "door-allocation planning forecast clearly labelled not an order, no production or material authority",
     [("VP_FW24_door_allocation.html", html_page("VistaPoint Optical - FW24 door allocation forecast", """
<h2>VistaPoint Optical &mdash; FW24 Door Allocation (Planning Forecast)</h2>
<p><b>Supplier:</b> Shenzhen Brightway Eyewear Co., Ltd. &nbsp; <b>Prepared:</b> 03 May 2024 &nbsp; <b>Version:</b> 2</p>
<p class="note"><b>PLANNING FORECAST &mdash; NOT A PURCHASE ORDER.</b> This forecast is shared for capacity
planning only. It does not authorize production, material purchase or shipment. Quantities are ordered
only by a purchase order and produced only against a written production release.</p>
<table>
<tr><th>Model</th><th>Colour</th><th>Eye size</th><th>Doors</th><th>Units / door</th><th>Forecast units</th></tr>
<tr><td>VP-Ellis</td><td>Black</td><td>52&#9633;18-145</td><td>160</td><td>6</td><td>960</td></tr>
<tr><td>VP-Ellis</td><td>Crystal grey</td><td>52&#9633;18-145</td><td>120</td><td>4</td><td>480</td></tr>
<tr><td>VP-Harlow</td><td>Dark havana</td><td>54&#9633;17-145</td><td>160</td><td>6</td><td>960</td></tr>
<tr><td>VP-Harlow</td><td>Honey</td><td>54&#9633;17-145</td><td>120</td><td>6</td><td>720</td></tr>
<tr><td colspan="5"><b>Total forecast</b></td><td><b>3,120</b></td></tr>
</table>
<p>Doors: 160 stores in the Midwest and Northeast regions, 40 of them with the new fixture (display DS-40).
Forecast accuracy last season: &plusmn;18%.</p>
<p>Questions on the plan: merchandise planning, planning@vistapoint-optical.com.</p>
"""))])

# c04 Japanese buyer: proto approved for fit only; 5 colour samples released; 600 on hold
_c04_text = """Dear Mr. Nakamura,

Thank you very much for the 3 proto frames of KM-3304 (titanium, 49-21-145). We evaluated them
this week at our Tokyo office.

Result: the proto frame is approved for fit and hinge function only. Temple tip angle and pad
arm are OK. Please correct the rim lock screw (M1.4) as we discussed by phone.
This evaluation is not a production release.

Next step: please make the colour samples, 5 pieces in total (one each of colour 01, 03, 07,
12 and 15). Only these 5 pieces are released now.

The mass production quantity of 600 pieces in your quotation SK-Q-2404-31 is not released. It
stays on hold until (1) I sign off the colour samples, and (2) our written release with the
quantity is sent by Mr. Kenji Morita, Merchandising Manager.
Please do not prepare titanium material for the 600 pieces yet.

We are looking forward to the colour samples. Please give our best regards to your father.

Best regards,
Yuki Tanaka
Product Development, Kinoshita Megane Co., Ltd.
2-7-11 Ginza, Chuo-ku, Tokyo 104-0061
Tel +81 3 5550 2184
"""
case("c04_proto_fit_only", [],
     "proto approved for fit only, not a release; 5 colour samples released; 600 on hold until colour sign-off + written release by Kenji Morita",
     [("KM-3304_proto_evaluation.eml", eml_bytes(mail(
         "Yuki Tanaka <y.tanaka@kinoshita-megane.co.jp>",
         "Hiroshi Nakamura <nakamura@sabae-kogei.jp>",
         "KM-3304 proto frame - evaluation result", "Thu, 02 May 2024 16:05:00 +0900",
         _c04_text, cc="Kenji Morita <k.morita@kinoshita-megane.co.jp>")))])

# c05 full-quantity PO, proceed with full 900, deposit payment terms
case("c05_full_po_proceed", [],
     "full-quantity PO for 900 pcs with no balance; 'proceed with the full 900' is scoped; deposit is only a payment term",
     [("PO_SB-2024-0219.pdf", pdf([
         ("h1", "PURCHASE ORDER SB-2024-0219"),
         ("p", "Saltbush Sunnies Pty Ltd, 3/27 Banksia Drive, Byron Bay NSW 2481, Australia. ABN 51 624 118 902"),
         ("p", "Supplier: Siam Precision Optical Co., Ltd., 88/14 Moo 4, Bang Phli, Samut Prakan 10540, Thailand"),
         ("p", "Date: 09/04/2024   Ship to: Saltbush DC, Arndell Park NSW   Incoterm: FOB Laem Chabang"),
         ("table", [
             ["Line", "Style", "Colour", "Lens", "Qty", "Unit USD", "Amount USD"],
             ["1", "Wategos 54-19-145", "Black / smoke", "Polarised cat. 3", "300", "9.40", "2,820.00"],
             ["2", "Wategos 54-19-145", "Tort / G15", "Polarised cat. 3", "300", "9.40", "2,820.00"],
             ["3", "Tallows 52-20-140", "Sand / brown", "Polarised cat. 3", "300", "9.10", "2,730.00"],
             ["", "", "", "Total", "900", "", "8,370.00"],
         ]),
         ("sp",),
         ("p", "This PO covers the full production quantity of 900 pcs. There is no further balance under this PO. "
               "Please proceed with production of the full 900 pcs per the SMS signed off on 02/04/2024."),
         ("p", "Lenses tested to ISO 12312-1:2022 and AS/NZS 1067.1:2016; test report per colour with the shipment. "
               "Swing tag and micro-fibre pouch per Saltbush packaging manual v3."),
         ("p", "Payment: 30% deposit, 70% balance against copy B/L."),
         ("p", "Authorised by: Jack Thornton, Operations Manager"),
     ], title="PO SB-2024-0219", author="Saltbush Sunnies"))])

# c06 call-off with explicit staged material authority above the released quantity
case("c06_calloff_staged_material", [],
     "call-off releases 400 (600 cumulative); 1,000 on hold until next call-off by Claire Dubois; explicit staged material authority up to 1,600",
     [("LM_call-off_02_Orsay.docx", docx_bytes([
         ("h1", "Lunetterie Maréchal — Call-off n° 2"),
         ("p", "To: Occhialeria Cadore S.r.l., Via Nazionale 41, 32044 Pieve di Cadore (BL), Italy"),
         ("p", "Framework agreement FA-2024-07, model LM-Orsay (acetate, 49□22-145), programme 1,600 frames. "
               "Paris, 6 May 2024."),
         ("table", [
             ["Call-off", "Frames released", "Cumulative released", "Status"],
             ["CO-1", "200", "200", "shipped 19/04"],
             ["CO-2", "400", "600", "released with this call-off"],
             ["Balance", "1,000", "—", "not released"],
         ]),
         ("p", "With this call-off we release 400 frames (CO-2), split 100 per colour C01, C04, C07, C11."),
         ("p", "The remaining 1,000 frames of the programme are not released. They stay on hold until the next "
               "call-off, which will be signed by Claire Dubois, Directrice des achats."),
         ("h", "Material authority (staged)"),
         ("p", "You may buy and hold acetate sheet (Mazzucchelli) and hinges for up to 1,600 frames at our "
               "liability, as per clause 6 of FA-2024-07. This material authority is not a production release: "
               "nothing beyond the 600 frames released to date may be cut, milled or assembled."),
         ("p", "Delivery CO-2: week 23, DDP Paris. Please send the ISO 12870 test summary with the shipment."),
         ("p", "Claire Dubois, Directrice des achats, Lunetterie Maréchal SAS, 12 rue de Turenne, 75004 Paris"),
     ], author="Claire Dubois"))])

# c07 explicit, recorded auto-conversion (quantity, signer, conditions) in the PO
_c07_po = pdf([
    ("h1", "Occhiali Venier S.r.l. — Ordine di acquisto / Purchase Order VN-24-0330"),
    ("p", "Via dell'Artigianato 14, 32100 Belluno (BL), Italia. P.IVA IT01928370254"),
    ("p", "Fornitore / Supplier: Xiamen Hengda Optical Co., Ltd. Data: 03/04/2024. Quotation ref. QT-HD-24-0298."),
    ("table", [
        ["Line", "Model", "Scope", "Qty", "Unit USD", "Status"],
        ["1", "VN-2207 SMS, 6 colours x 10", "sample", "60", "16,50", "released by this PO"],
        ["2", "VN-2207 bulk, C1-C6 x 250", "production (firm)", "1.500", "8,90", "on hold — see clause A"],
    ]),
    ("sp",),
    ("p", "Scope: this PO releases the 60 SMS frames of line 1. The 1.500 frames of line 2 are not released by "
          "this PO and stay on hold until the event in clause A."),
    ("h", "Clause A — Auto-conversion (recorded 03/04/2024, ref. AC-0330)"),
    ("p", "If Marco Bellini, Head of Sourcing, signs off the SMS as approved in writing by 30/04/2024, that "
          "sign-off itself releases the 1.500 frames of line 2 for production. No further release document is "
          "needed for those 1.500 frames. An interim or rejected sign-off, or a sign-off after 30/04/2024, "
          "releases nothing."),
    ("p", "Material authority: sample-only (line 1) until the sign-off in clause A."),
    ("p", "Firmato / Signed: Marco Bellini, Head of Sourcing"),
], title="PO VN-24-0330", author="Occhiali Venier")
case("c07_explicit_autoconversion", [],
     "explicit recorded auto-conversion naming 1,500, signer Marco Bellini and date condition; 60 SMS released, bulk on hold",
     [("PO VN-24-0330.eml", eml_bytes(mail(
         "Marco Bellini <m.bellini@occhialivenier.it>", "Vivian Lin <sales@hengda-optical.cn>",
         "PO VN-24-0330 - SMS VN-2207 + bulk (clause A)", "Wed, 03 Apr 2024 17:22:00 +0200",
         """Dear Vivian,

please find attached our PO VN-24-0330.

Please read clause A on page 1 carefully, it is different from our usual POs. The 60 SMS are
released now. The 1.500 bulk frames are on hold: your factory may start them only when I send
the SMS sign-off as approved in writing, by 30 April. If the sign-off is interim or rejected, or
comes later, nothing is released and we will send a new document.

Until then please buy acetate only for the 60 SMS.

Thank you and best regards,
Marco
""" + sig("Marco Bellini", "Head of Sourcing", "Occhiali Venier S.r.l. - Belluno", "+39 0437 940 512"),
         attachments=[("PO_VN-24-0330.pdf", _c07_po, PDF_MT)])))])

# c08 old quote forwarded as message/rfc822, declared informational
_c08_old = mail("Amy Wu <amy@huaxin-pack.com>", "Chloe Martin <chloe@harborpike.com>",
                "Quote HC-07 hard case", "Tue, 17 Oct 2023 10:48:00 +0800",
                """Dear Chloe,

Thanks for your inquiry. Quote for hard case HC-07 (PU leather, microfibre lining, debossed logo):

  5,000 pcs   USD 1.12/pc
 10,000 pcs   USD 0.98/pc

Sample lead time 10 days, sample cost USD 15/pc, refundable on bulk order.
MOQ per colour 1,000 pcs.

Best regards,
Amy Wu
Shenzhen Huaxin Packaging Co., Ltd.
""")
case("c08_forwarded_old_quote", [],
     "old quote with 5,000/10,000 forwarded as rfc822 and declared not ordered/not released; 200 sample cases released; revised PO by Chloe Martin",
     [("FW_ Quote HC-07 hard case.eml", eml_bytes(mail(
         "Chloe Martin <chloe@harborpike.com>", "Amy Wu <amy@huaxin-pack.com>",
         "FW: Quote HC-07 hard case / PO HP-3391 sample cases", "Mon, 22 Apr 2024 08:31:00 -0700",
         """Hi Amy,

Forwarding your quote from last October (below) just as a reference for the construction. The
5,000 and 10,000 figures in it are not ordered and not released.

PO HP-3391 covers 200 sample cases only: 100 black, 100 tan, debossed Harbor & Pike logo,
magnet closure as on your sample #3. The production quantity is open at this point and nothing
beyond the 200 is released. A production quantity would only unlock with a revised PO signed by
me, after we sign off the 200 sample cases in our Portland studio.

Please don't buy PU or microfibre beyond what the 200 need.

Thanks!
Chloe
""" + sig("Chloe Martin", "Sourcing Lead, Accessories", "Harbor & Pike Eyewear, Portland OR", "+1 503 555 0148"),
         attachments=[("rfc822", _c08_old)])))])

# c09 quoted supplier assumes auto-conversion; buyer reply corrects it
case("c09_buyer_corrects_autoconversion", [],
     "supplier's quoted message assumes continuing after test approval; buyer reply: only 50 released, 2,950 on hold until revised PO from Daniel Reyes",
     [("RE_ JL-5B hinge cycle test.eml", eml_bytes(mail(
         "Daniel Reyes <dreyes@harborpike.com>", "Leo Chen <leo@jinlong-hinge.com>",
         "RE: JL-5B hinge cycle test", "Fri, 10 May 2024 07:55:00 -0700",
         """Hi Leo,

No, please don't. Passing the hinge cycle test does not release the 3,000 hinges.

Right now only the 50 test hinges on PO HP-3410 are released. The remaining 2,950 hinges are not
released and stay on hold until I issue a revised PO covering them, which I will only do after
our QA has signed off your cycle test report.

Thanks for the quick turnaround on the test, the video looks good.

Daniel
""" + sig_short("Daniel Reyes", "Director of Sourcing", "Harbor & Pike Eyewear", "+1 503 555 0131") + """

On Fri, May 10, 2024 at 9:12 AM Leo Chen <leo@jinlong-hinge.com> wrote:
""" + quote("""Dear Daniel,

The 50 test hinges JL-5B-2.5 are on cycle test machine now, 20,000 open/close cycles done,
no loose, no crack. Report tomorrow.
After your approval of the test we will continue the 3,000 hinges directly to save time.

Best regards
Leo Chen
Wenzhou Jinlong Hinge Co., Ltd."""), in_reply_to="<h127-jl-0509@jinlong-hinge.com>")))])

# c10 supplier: deposit does not release production; quoted buyer PO note; HTML proforma attached
_c10_pi = html_page("Proforma invoice PI-BW-0612", """
<h2>Shenzhen Brightway Eyewear Co., Ltd. &mdash; Proforma Invoice PI-BW-0612</h2>
<p>Buyer: VistaPoint Optical Inc., 400 W Erie St, Chicago IL 60654 &nbsp; PO ref: VP-7720</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Amount USD</th></tr>
<tr><td>1</td><td>VP-Harlow SMS, 3 colours x 10</td><td>30</td><td>14.00</td><td>420.00</td></tr>
<tr><td colspan="4">Deposit 30% received 14 May 2024</td><td>126.00</td></tr>
</table>
<p>Bank: China Merchants Bank, Shenzhen Branch. SWIFT CMBCCNBS.</p>
""")
case("c10_deposit_not_release", [],
     "supplier confirms the deposit does not release production; quoted buyer scope has 30 released, 970 on hold, event and Rachel Owens",
     [("RE_ PO VP-7720.eml", eml_bytes(mail(
         "Grace Li <grace@brightway-eyewear.com>", "Rachel Owens <rowens@vistapoint-optical.com>",
         "RE: PO VP-7720 / deposit received", "Tue, 14 May 2024 15:10:00 +0800",
         """Dear Rachel,

We confirm receipt of your 30% deposit for PO VP-7720 today, thank you. Updated proforma
attached.

Please note: on our side the deposit does not release production. As per your PO we only
make the 30 SMS frames now. The remaining 970 pcs stay on hold until you sign off the SMS and
Rachel Owens sends the written release. We have not bought acetate for the 970.

SMS ready 31 May, we will send by DHL.

Best regards,
Grace Li
Shenzhen Brightway Eyewear Co., Ltd.

-----Original Message-----
From: Rachel Owens
Sent: Friday, May 10, 2024 9:40 AM
""" + quote("""PO VP-7720 scope: 30 SMS frames (VP-Harlow, 3 colours x 10) are released.
The balance of 970 frames is not released. It unlocks on our SMS sign-off and a written
release from me (Rachel Owens, Sourcing Director). Please invoice the 30% deposit.
Rachel"""), attachments=[html_att("PI-BW-0612.html", _c10_pi)])))])

# c11 supplier order acknowledgement restating the hold (PDF with table)
case("c11_supplier_ack_hold", [],
     "supplier acknowledgement restates scope: 36 SMS released, 1,164 on hold until SMS sign-off + written release by Olivia Grant",
     [("OA-24-118_Siam_Precision.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT OA-24-118"),
         ("p", "Siam Precision Optical Co., Ltd., 88/14 Moo 4, Bang Phli, Samut Prakan 10540, Thailand"),
         ("p", "Customer: Wattle & Reef Eyewear Pty Ltd, Level 2, 118 Smith Street, Collingwood VIC 3066. "
               "Your PO: WR-0456 dated 15/04/2024."),
         ("table", [
             ["Line", "Item", "Qty on PO", "Released now", "Status"],
             ["1", "WR-Fitzroy SMS, 3 colours x 12", "36", "36", "in work, ETD 24/05"],
             ["2", "WR-Fitzroy bulk", "1,164", "0", "not released - on hold"],
         ]),
         ("sp",),
         ("p", "We acknowledge the scope of your PO as written: only the 36 SMS frames are released. The bulk of "
               "1,164 pcs is not released and stays on hold until the SMS sign-off and a written release signed by "
               "Ms. Olivia Grant, Head of Product. We purchase material for the 36 SMS only."),
         ("p", "Lens: CR-39 1.50 polarised G15, ISO 12312-1:2022 category 3. Hinge: 2-barrel, 25,000-cycle rated."),
         ("p", "Acknowledged by: Nok Sriwongsa, Sales Coordinator, 18 April 2024"),
     ], title="OA-24-118", author="Siam Precision Optical"))])

# c12 ERP fixed-width full-quantity PO; identifiers that look like quantities
case("c12_erp_full_po_identifiers", [],
     "full-quantity ERP PO for 240 display stands; DS-1200-600, DRG 2500 Rev 12, RAL 9016 are identifiers, no balance",
     [("OD_4500012000.txt", """OTTICA DUOMO S.P.A.                         ORDINE DI ACQUISTO / PURCHASE ORDER
VIA DANTE 9, 20121 MILANO MI                                PAG. 1 / 1
P.IVA IT08812740961
------------------------------------------------------------------------------------
NR. ORDINE    : 4500012000              DATA      : 02.05.2024
FORNITORE     : 700215 XIAMEN DISPLAY PRO CO. LTD.
RESA          : FOB XIAMEN              PAGAMENTO : 30% ANTICIPO, 70% PRIMA SPED.
BUYER         : E. GRECO                VALUTA    : USD
------------------------------------------------------------------------------------
POS  ARTICOLO         DESCRIZIONE                      Q.TA  UM   PREZZO     IMPORTO
---- ---------------- ------------------------------ ------ ---- -------- ----------
0010 DS-1200-600      ESPOSITORE BANCO 12 OCCHIALI      240  PZ     18,40   4.416,00
                      DISEGNO DRG 2500 REV 12
                      COLORE RAL 9016 / ROVERE
0020 DS-1200-LOGO     INSERTO LOGO ACRILICO 3MM         240  PZ      1,10     264,00
---- ---------------- ------------------------------ ------ ---- -------- ----------
                                                  TOTALE ORDINE USD          4.680,00

NOTE / NOTES:
  ORDINE COMPLETO: 240 ESPOSITORI. NESSUN SALDO DA RILASCIARE.
  FULL QUANTITY ORDER: 240 STANDS, NO BALANCE. PLEASE PRODUCE THE 240 PCS PER
  DRG 2500 REV 12 (SAMPLE SIGNED OFF 18.04.2024).
  ROLLOUT: 120 NEGOZI, 2 ESPOSITORI PER NEGOZIO.
  PACKING: 1 PZ PER CARTONE 5 STRATI, MAX 20 KG PER COLLO.
------------------------------------------------------------------------------------
FIRMA / SIGNED: ELENA GRECO - RESPONSABILE ACQUISTI
""")])

# c13 HTML B2B portal reassort order, full quantity
case("c13_portal_reassort_full", [],
     "reassort order complete in itself (180 pcs, firm); model numbers LU-1200/LU-1450 are identifiers",
     [("commande_RA-2405.html", html_page("Optique Lumen B2B - Commande réassort RA-2405", """
<div><b>Optique Lumen</b> &middot; Portail fournisseurs &middot; Connecté : Occhialeria Cadore S.r.l.</div>
<h2>Bon de commande réassort RA-2405 / Reassort order RA-2405</h2>
<p>Date : 29/04/2024 &nbsp; Livraison : entrepôt Lyon-Corbas, semaine 22 &nbsp; Incoterm : DAP</p>
<table>
<tr><th>Modèle</th><th>Coloris</th><th>Calibre</th><th>Qté</th><th>PU EUR</th><th>Total EUR</th></tr>
<tr><td>LU-1200</td><td>C01 noir</td><td>52&#9633;18-140</td><td>40</td><td>21,50</td><td>860,00</td></tr>
<tr><td>LU-1200</td><td>C03 écaille</td><td>52&#9633;18-140</td><td>30</td><td>21,50</td><td>645,00</td></tr>
<tr><td>LU-1450</td><td>C02 cristal</td><td>54&#9633;17-145</td><td>60</td><td>23,80</td><td>1.428,00</td></tr>
<tr><td>LU-1450</td><td>C05 miel</td><td>54&#9633;17-145</td><td>50</td><td>23,80</td><td>1.190,00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>180</b></td><td></td><td><b>4.123,00</b></td></tr>
</table>
<p class="note">This reassort order is complete in itself: 180 pcs, firm, no balance. Please proceed with the 180 pcs
as listed. Same acetate lots as the initial order of February if available.</p>
<p>Contact achats : Julien Mercier, +33 4 72 55 01 80</p>
"""))])

# ------------------------------------------------------------ batch 2: clean
# c14 WhatsApp: scoped green light for 8 protos only
case("c14_whatsapp_scoped_green_light", [],
     "'green light for the 8 proto frames only'; bulk 1,000 not released until proto sign-off + written release from Jess Hartley",
     [("WhatsApp Chat with Nok Siam Precision.txt", """WhatsApp Chat with Nok Siam Precision

22/04/2024, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
22/04/2024, 08:02 - Nok Siam Precision: Good morning Jess ka 🙏 proto drawings for Lennox, Tallows, Clarkes and Wategos all checked, we can start CNC today if OK
22/04/2024, 08:05 - Nok Siam Precision: total 8 pcs, 4 shapes x 2 colours as your PO SB-2024-0288
22/04/2024, 09:41 - Jess Hartley: Morning Nok! Yep all good
22/04/2024, 09:42 - Jess Hartley: Green light for the 8 proto frames only 👍
22/04/2024, 09:43 - Jess Hartley: Just so it's crystal clear, the bulk of 1,000 on your quote is NOT released. Please don't start anything for it, no acetate, no lenses
22/04/2024, 09:44 - Jess Hartley: Bulk only moves once I've signed off the protos here in Byron and sent you a written release with the numbers. That's me, Jess Hartley, nobody else
22/04/2024, 09:50 - Nok Siam Precision: Understood ka, only 8 protos, bulk wait your written release 👍
22/04/2024, 09:51 - Nok Siam Precision: protos ETD 7 May by DHL
22/04/2024, 10:15 - Jess Hartley: Legend, thanks Nok. Can you use the brown gradient on the Tallows proto, not the solid?
22/04/2024, 10:20 - Nok Siam Precision: ok ka 👌
""")])

# c15 DOCX interim sample disposition with quantity and expiry limits
case("c15_interim_disposition", [],
     "interim disposition: 120 pcs of C2 until 31 May; 1,080 not released until C1/C3 sign-off by Kenji Morita and written release",
     [("ISD-24-017_KM-5120.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ISD-24-017"),
         ("p", "Kinoshita Megane Co., Ltd. → Shenzhen Brightway Eyewear Co., Ltd."),
         ("p", "Model KM-5120 (combination frame, acetate front / titanium temple, 51□19-145). PO KM-PO-240521. "
               "Date: 2024-05-08."),
         ("table", [
             ["Colour", "Disposition", "Quantity limit", "Expiry", "Remark"],
             ["C1 black matte", "rejected", "0", "—", "matte finish uneven at bridge"],
             ["C2 demi amber", "interim", "120 pcs", "31 May 2024", "for Ginza trunk show only"],
             ["C3 grey crystal", "pending", "0", "—", "re-submit with new lab dip"],
         ]),
         ("p", "Under this interim disposition you may produce 120 pcs of KM-5120 colour C2 only, for our Ginza "
               "trunk show. The interim disposition expires on 31 May 2024."),
         ("p", "The remaining 1,080 pcs of the quoted 1,200 are not released. They stay on hold until the C1 and "
               "C3 colour samples are signed off by Kenji Morita, Merchandising Manager, and we send our written "
               "release with the quantity."),
         ("p", "Material: please buy acetate and titanium for the 120 pcs only."),
         ("p", "Issued by: Yuki Tanaka, Product Development. Checked: Kenji Morita."),
     ], author="Yuki Tanaka"))])

# c16 PDF release letter releasing the whole balance after approved sign-off
case("c16_release_letter_full_balance", [],
     "release letter after approved SMS sign-off releases 1,140 = balance of 1,200 PO; authorized by Laura Bianchi; nothing left on hold",
     [("PR-2024-042_VN-3310.pdf", pdf([
         ("h1", "Production Release PR-2024-042"),
         ("p", "Occhiali Venier S.r.l., Belluno. To: Occhialeria Cadore S.r.l., Pieve di Cadore. Date: 15/04/2024."),
         ("p", "Model VN-3310 (acetate, 53-19-145), PO VN-24-0290, PO quantity 1.200 frames "
               "(60 SMS + 1.140 bulk)."),
         ("p", "Following the approved sign-off of the 60 SMS frames on 12/04/2024 (sign-off SO-118, Laura Bianchi), "
               "we release for production 1.140 frames of model VN-3310 as split below."),
         ("table", [
             ["Colour", "Released for production", "Delivery"],
             ["C1 nero lucido", "380", "wk 24"],
             ["C2 avana scuro", "380", "wk 24"],
             ["C3 cristallo miele", "380", "wk 25"],
             ["Total", "1.140", ""],
         ]),
         ("sp",),
         ("p", "With this release the full PO quantity of 1.200 frames is released. No balance remains on hold."),
         ("p", "Authorized by: Laura Bianchi, Production Release Authority, Occhiali Venier S.r.l."),
     ], title="PR-2024-042", author="Laura Bianchi"))])

# c17 multipart/alternative: sample sign-off, PO issued, production release kept apart
_c17_txt = """Bonjour Mr. Chen,

Here is the status for model LM-Pigalle, so everybody in the factory has the same picture:

- Sample sign-off: done on 22 April (technical: fit, colours C2 and C4, hinge cycle test passed).
- Purchase order: PO LM-24-0815 is issued for 800 frames (commercial cover).
- Production release: only the 40 SMS frames are released. The remaining 760 frames are not
  released yet.

The 760 will be released only after our internal budget sign-off for the autumn collection
launch. The written production release will come from Pierre Garnier, Directeur Supply.
Please do not cut acetate for the 760 until then.

Cordialement,
Amélie Roux
Chef de produit, Lunetterie Maréchal SAS
12 rue de Turenne, 75004 Paris - +33 1 44 59 20 10
"""
_c17_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Bonjour Mr. Chen,</p>
<p>Here is the status for model <b>LM-Pigalle</b>, so everybody in the factory has the same picture:</p>
<ul>
<li><b>Sample sign-off:</b> done on 22 April (technical: fit, colours C2 and C4, hinge cycle test passed).</li>
<li><b>Purchase order:</b> PO LM-24-0815 is issued for 800 frames (commercial cover).</li>
<li><b>Production release:</b> only the 40 SMS frames are released. The remaining 760 frames are not released yet.</li>
</ul>
<p>The 760 will be released only after our internal budget sign-off for the autumn collection launch.
The written production release will come from Pierre Garnier, Directeur Supply.
Please do not cut acetate for the 760 until then.</p>
<p>Cordialement,<br>Am&eacute;lie Roux<br>Chef de produit, Lunetterie Mar&eacute;chal SAS</p>
</body></html>"""
case("c17_terms_kept_apart", [],
     "sign-off, PO issued and production release kept apart; 40 SMS released, 760 on hold until budget sign-off, release by Pierre Garnier",
     [("LM-Pigalle status.eml", eml_bytes(mail(
         "Amélie Roux <a.roux@lunetterie-marechal.fr>", "Chen Wei <chenwei@lianfa-glasses.com>",
         "LM-Pigalle - status sign-off / PO / release", "Tue, 23 Apr 2024 11:18:00 +0200",
         _c17_txt, html=_c17_html, cc="Pierre Garnier <p.garnier@lunetterie-marechal.fr>")))])

# c18 multi-file: TXT PO + PDF hinge quote with 20,000 tier + EML cover; quote declared informational
case("c18_multifile_hinge_po_quote", [],
     "folder: PO releases 20 test hinges and declares the quoted 20,000 informational/not released; unlock revised PO after test sign-off by Marco Bellini",
     [("PO_VN-24-0412_hinges.txt", """OCCHIALI VENIER S.R.L. - PURCHASE ORDER VN-24-0412
Belluno, 02/05/2024
Supplier: Wenzhou Jinlong Hinge Co., Ltd., Ouhai Economic Development Zone, Wenzhou
Your quotation: Q-JL-2403 dated 26/04/2024

Line  Item          Description                                Qty   Unit EUR
----  ------------  ----------------------------------------  ----  --------
1     JL-5B-2.5     5-barrel flex hinge, 2.5 mm, nickel-free    20     0,42
                    for hinge cycle test (ISO 12870)

Scope note
Only the 20 test hinges of line 1 are released. The production quantity of 20.000
hinges in your quotation Q-JL-2403 is for information only and is not released. It
unlocks only with a revised PO, after the hinge cycle test report has been signed
off by Marco Bellini (Head of Sourcing). Please buy material for the 20 pcs only.

Delivery: by courier to Belluno, attn. Ufficio Tecnico.
"""),
      ("Q-JL-2403.pdf", pdf([
          ("h1", "WENZHOU JINLONG HINGE CO., LTD. - QUOTATION Q-JL-2403"),
          ("p", "To: Occhiali Venier S.r.l. Attn: Mr. Marco Bellini. Date: 26 April 2024."),
          ("table", [
              ["Item", "Description", "Qty", "Unit price EUR"],
              ["JL-5B-2.5", "5-barrel flex hinge, test lot", "20", "0.42"],
              ["JL-5B-2.5", "5-barrel flex hinge, production", "20,000", "0.085"],
              ["JL-5B-2.5", "5-barrel flex hinge, production", "50,000", "0.078"],
          ]),
          ("p", "Plating: nickel-free, EN 1811 compliant. Cycle test: 10,000 cycles on request. "
                "Lead time production: 30 days after order. Validity 90 days."),
          ("p", "Leo Chen, Export Sales"),
      ], title="Q-JL-2403", author="Leo Chen")),
      ("cover_mail_VN-24-0412.eml", eml_bytes(mail(
          "Marco Bellini <m.bellini@occhialivenier.it>", "Leo Chen <leo@jinlong-hinge.com>",
          "PO VN-24-0412 - 20 test hinges JL-5B", "Thu, 02 May 2024 10:04:00 +0200",
          """Ciao Leo,

here our PO VN-24-0412 (text file) and your quotation back for reference.

Please go ahead with the 20 test hinges only. The 20.000 in your quotation is for information,
it is not released; the scope note in the PO explains how the production quantity unlocks.

We need the test hinges in Belluno before 20 May for the cycle test.

Grazie,
Marco
""" + sig("Marco Bellini", "Head of Sourcing", "Occhiali Venier S.r.l.", "+39 0437 940 512"))))])

# c19 HTML portal PO for lens samples; ISO identifiers; labelled forecast bulk
case("c19_portal_lens_samples", [],
     "12 pairs of lens samples released; bulk 3,000 pairs (forecast) not released until ISO 12312-1 report sign-off + written release by Sophie Laurent",
     [("RP-24-077_lens_samples.html", html_page("Ravel Paris - Supplier portal - PO RP-24-077", """
<div><b>RAVEL PARIS</b> &middot; Espace fournisseurs &middot; Supplier: Xiamen Lensway Optical Co., Ltd.</div>
<h2>Purchase order RP-24-077 &mdash; polarised lens samples</h2>
<p>Issued: 25/04/2024 &nbsp; Buyer: Sophie Laurent &nbsp; Currency: EUR</p>
<table>
<tr><th>Line</th><th>Item</th><th>Tint</th><th>Spec</th><th>Qty (pairs)</th><th>Unit</th></tr>
<tr><td>1</td><td>Lens RV-118, base 6</td><td>Grey</td><td>CR-39 1.50 polarised, cat. 3</td><td>2</td><td>6,00</td></tr>
<tr><td>2</td><td>Lens RV-118, base 6</td><td>G15</td><td>CR-39 1.50 polarised, cat. 3</td><td>2</td><td>6,00</td></tr>
<tr><td>3</td><td>Lens RV-118, base 6</td><td>Brown gradient</td><td>CR-39 1.50 polarised, cat. 2</td><td>2</td><td>6,50</td></tr>
<tr><td>4</td><td>Lens RV-118, base 6</td><td>Rose</td><td>CR-39 1.50, cat. 2</td><td>2</td><td>6,50</td></tr>
<tr><td>5</td><td>Lens RV-118, base 6</td><td>Blue mirror</td><td>CR-39 1.50 polarised, cat. 3</td><td>2</td><td>7,20</td></tr>
<tr><td>6</td><td>Lens RV-118, base 6</td><td>Green mirror</td><td>CR-39 1.50 polarised, cat. 3</td><td>2</td><td>7,20</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>12</b></td><td></td></tr>
</table>
<div class="note">
<p><b>Scope.</b> This PO releases the 12 pairs of lens samples above, for testing to ISO 12312-1:2022
(transmittance, UV, polarising efficiency) and EN ISO 12311 impact.</p>
<p>The bulk lens quantity (about 3,000 pairs, forecast only) is not released. It unlocks only after our lab's
ISO 12312-1 test report is signed off and Sophie Laurent sends you a written release with the quantity.</p>
</div>
<p>Ship samples to: Ravel Paris, 44 rue Vieille du Temple, 75004 Paris.</p>
"""))])

# c20 ERP call-off against a blanket; cumulative and balance stated
case("c20_erp_calloff", [],
     "call-off 003 releases 500 (1,500 cumulative); balance 1,500 not released until next call-off from Jack Thornton; material for released qty",
     [("SB_CALLOFF_003.txt", """SALTBUSH SUNNIES PTY LTD                                   CALL-OFF / RELEASE
ABN 51 624 118 902                                           PRINTED 13/05/2024
==============================================================================
CALL-OFF NO.   : 003                  BLANKET PO   : SB-BPO-2024-01
SUPPLIER       : SIAM PRECISION OPTICAL CO., LTD. (V-0042)
BLANKET QTY    : 3,000 PCS  STYLE WATEGOS 54-19-145 POLARISED
==============================================================================
CALL-OFF   DATE        COLOUR            QTY RELEASED   CUMULATIVE   STATUS
--------   ----------  ----------------  ------------   ----------   --------
001        05/02/2024  BLACK/SMOKE                500          500   SHIPPED
002        25/03/2024  TORT/G15                   500        1,000   SHIPPED
003        13/05/2024  SAND/BROWN                 500        1,500   RELEASED
--------   ----------  ----------------  ------------   ----------   --------
BALANCE ON BLANKET                              1,500                NOT RELEASED
==============================================================================
NOTES:
 THIS CALL-OFF RELEASES 500 PCS (SAND/BROWN). BALANCE OF 1,500 PCS IS NOT
 RELEASED AND STAYS ON HOLD UNTIL THE NEXT CALL-OFF, ISSUED BY JACK THORNTON,
 OPERATIONS MANAGER.
 MATERIAL: BUY FOR RELEASED QTY ONLY (1,500 PCS CUMULATIVE).
 LENS TEST: ISO 12312-1:2022 / AS/NZS 1067.1:2016 REPORT PER COLOUR.
 ETD LAEM CHABANG WK 25.
==============================================================================
AUTHORISED: J. THORNTON
""")])

# c21 supplier status + question; no buyer authorization in the bundle; TXT packing list attached
case("c21_supplier_asks_goahead", [],
     "supplier status report asking whether it has a go-ahead for bal. 480; a question, no authorization in the bundle",
     [("Sample shipment KM-3304.eml", eml_bytes(mail(
         "Hiroshi Nakamura <nakamura@sabae-kogei.jp>", "Yuki Tanaka <y.tanaka@kinoshita-megane.co.jp>",
         "KM-3304 sample shipment / question about bal. 480", "Mon, 13 May 2024 18:40:00 +0900",
         """Dear Ms. Tanaka,

Thank you for your continuous support.

Today we shipped 12 pcs sample of KM-3304 by EMS, tracking EJ 512 338 041 JP. Packing list is
attached. Screw M1.4 is changed as your request and we tightened the rim lock.

About bal. 480 pcs: do we have your go-ahead for the 480 pcs, or shall we wait for the
sample evaluation result? We do not start anything before your written instruction. Our
titanium supplier needs 3 weeks, so please let us know your schedule when possible.

Best regards,
Hiroshi Nakamura
Sabae Kogei Frame Works Co., Ltd.
3-12 Shimokawada-cho, Sabae, Fukui 916-0042
""", attachments=[txt_att("EMS_packing_list.txt", """PACKING LIST  SK-PL-240513
Shipper : Sabae Kogei Frame Works Co., Ltd.
Consignee: Kinoshita Megane Co., Ltd., Tokyo
Item        Colour  Qty  Remark
KM-3304     01      3    sample
KM-3304     03      3    sample
KM-3304     07      2    sample
KM-3304     12      2    sample
KM-3304     15      2    sample
Total               12   1 carton, 1.8 kg
""")])))])

# c22 Italian-English DOCX PO note: pre-series only, do not start the rest
case("c22_preseries_do_not_start", [],
     "only the 30 pre-series pieces released; 'do not start the rest (570 pz)' until QC sign-off + written release by Elena Greco",
     [("Ordine_OD-24-1188.docx", docx_bytes([
         ("h1", "Ottica Duomo S.p.A. — Ordine di acquisto OD-24-1188"),
         ("p", "Fornitore: Occhialeria Cadore S.r.l., Pieve di Cadore (BL). Milano, 24/04/2024."),
         ("table", [
             ["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo €", "Stato"],
             ["10", "OD-Brera 50□20", "pre-serie / pre-series, 3 colori", "30", "24,50", "rilasciata / released"],
             ["20", "OD-Brera 50□20", "serie / production", "570", "19,80", "NON rilasciata / not released"],
         ]),
         ("p", "Totale ordine: € 12.021,00 (IVA esclusa)."),
         ("h", "Nota per il fornitore / Note for the supplier"),
         ("p", "Only the 30 pieces of the pre-series are released. Do not start the rest (570 pz): they are not "
               "released until the pre-series is signed off by our QC in Milano and Dott.ssa Elena Greco sends "
               "the written release with the quantity."),
         ("p", "Please use acetate Mazzucchelli lot as per the colour card of 12/03. Hinges: flex 5 barrels. "
               "Consegna pre-serie: entro il 24/05/2024."),
         ("p", "Dott.ssa Elena Greco — Responsabile Acquisti"),
     ], author="Elena Greco"))])

# c23 long quoted thread; "green light for the 6 proto frames only"
case("c23_long_thread_scoped", [],
     "long thread; 'green light for the 6 proto frames only'; 2,400 not released until proto sign-off + written release from Daniel Reyes",
     [("RE_ HP Astoria protos.eml", eml_bytes(mail(
         "Daniel Reyes <dreyes@harborpike.com>", "Vivian Lin <sales@hengda-optical.cn>",
         "RE: RE: RE: HP Astoria protos - lamination / pins", "Wed, 24 Apr 2024 08:12:00 -0700",
         """Hi Vivian,

Thanks for the pics, the laminated tortoise on #4 looks right now and the 3-pin rivets are
much cleaner than v1.

Green light for the 6 proto frames only.

Just so we're all on the same page: the quoted 2,400 bulk is not released. It opens only once
I've signed off the protos in Portland and sent you a written release.

Talk Thursday,
Daniel
""" + sig_short("Daniel Reyes", "Director of Sourcing", "Harbor & Pike Eyewear", "+1 503 555 0131") + """

On Tue, Apr 23, 2024 at 6:40 PM Vivian Lin <sales@hengda-optical.cn> wrote:
""" + quote("""Dear Daniel,

Please find photos of the 6 protos after lamination. We changed the rivet to 3-pin and
tumbling to 72 hours, the surface is better now. Pattern on #4 is from the new block.
Can we start CNC of the 6 protos tomorrow?

Vivian

On Mon, Apr 22, 2024 Daniel Reyes wrote:
> Vivian, the pins on v1 were visible from the front, please fix.
> Also the tortoise on #4 is too yellow vs. the swatch. Pantone ref attached.
> Thanks, D."""), in_reply_to="<h127-hd-0423@hengda-optical.cn>")))])

# c24 full-quantity PDF PO for 150 display stands with deposit terms
case("c24_full_po_display_deposit", [],
     "full-quantity PO for 150 floor stands with 30% deposit as payment term; no balance, no payment-as-release wording",
     [("PO_VP-8801.pdf", pdf([
         ("h1", "VistaPoint Optical Inc. — Purchase Order VP-8801"),
         ("p", "400 W Erie St, Suite 700, Chicago IL 60654, USA"),
         ("p", "Vendor: Xiamen Display Pro Co., Ltd., Huli District, Xiamen. Date: 05/06/2024. Terms: FOB Xiamen."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
             ["1", "DS-FL-2000-S", "Floor stand, 24 frames, small", "50", "96.00", "4,800.00"],
             ["2", "DS-FL-2000-M", "Floor stand, 36 frames, medium", "60", "118.00", "7,080.00"],
             ["3", "DS-FL-2000-L", "Floor stand, 48 frames, large", "40", "139.00", "5,560.00"],
             ["", "", "Total", "150", "", "17,440.00"],
         ]),
         ("sp",),
         ("p", "Full order: 150 stands as per drawing DS-FL-2000 Rev 3 and the sample signed off on 28/05/2024. "
               "There is no balance under this PO. Please proceed with the 150 stands."),
         ("p", "Payment: 30% deposit with order, 70% before shipment."),
         ("p", "Packing: knock-down, 1 stand per carton, drop test ISTA 2A. Ship window: 15-30 July 2024."),
         ("p", "Issued by: Rachel Owens, Sourcing Director"),
     ], pagesize=LETTER, title="PO VP-8801", author="VistaPoint Optical"))])

# c25 DOCX tech pack with a spec table; forecast labelled; no authorization
case("c25_techpack_forecast_labelled", [],
     "tech pack with spec table; planned bulk 1,800 labelled as forecast, not an order, authorizes nothing",
     [("WR-Fitzroy_techpack_v3.docx", docx_bytes([
         ("h1", "Wattle & Reef — Tech pack WR-Fitzroy v3"),
         ("p", "Factory: Shenzhen Brightway Eyewear Co., Ltd. Collection: SS25 'Coastline'. Date: 02/05/2024."),
         ("table", [
             ["Component", "Specification", "Tolerance / test"],
             ["Front", "Acetate 8 mm, Mazzucchelli 'Reef tort'", "±0.2 mm"],
             ["Temples", "Acetate with 1.2 mm core wire, 145 mm", "±1 mm"],
             ["Hinge", "OBE 5-barrel flex, nickel-free", "hinge cycle test 10,000 cycles"],
             ["Lens", "CR-39 1.50 polarised G15, cat. 3", "ISO 12312-1:2022"],
             ["Logo", "Laser inside temple, gold foil outside", "rub test 50x"],
             ["Frame", "Eye size 52□19-145", "ISO 12870:2016"],
         ]),
         ("h", "Planning"),
         ("p", "Planned bulk: approx. 1,800 pcs across 3 colours (forecast, not an order). This tech pack does not "
               "authorize production or material purchase; quantities come only through a PO and a written "
               "production release."),
         ("p", "Colour samples: see PO WR-0456. Contact: product@wattleandreef.com.au"),
     ], author="Wattle & Reef Product"))])

# ------------------------------------------------------------ batch 3: positives
# p01 PDF sample PO with a bulk column from the quote, nothing about its status
case("p01_po_bulk_column", ["RG001", "RG003", "RG004", "RG005"],
     "colour-sample PO (24) shows the quoted bulk 2.400 in a column with no 'not released'; balance, unlock event and release person never stated",
     [("Ordine_VN-24-0511.pdf", pdf([
         ("h1", "Occhiali Venier S.r.l. — Ordine di acquisto VN-24-0511"),
         ("p", "Purchase order — colour samples. Via dell'Artigianato 14, 32100 Belluno (BL). Data 06/05/2024."),
         ("p", "Fornitore / Supplier: Xiamen Hengda Optical Co., Ltd. Rif. offerta / quotation QT-HD-24-0412."),
         ("table", [
             ["Modello", "Colore", "Q.tà campioni / sample qty", "Q.tà bulk (offerta)", "Prezzo USD"],
             ["VN-2207", "C1 nero", "4", "400", "28,00"],
             ["VN-2207", "C2 avana", "4", "400", "28,00"],
             ["VN-2207", "C3 havana chiaro", "4", "400", "28,00"],
             ["VN-2207", "C4 cristallo", "4", "400", "28,00"],
             ["VN-2207", "C5 verde bosco", "4", "400", "28,00"],
             ["VN-2207", "C6 bordeaux", "4", "400", "28,00"],
             ["Totale", "", "24", "2.400", ""],
         ]),
         ("sp",),
         ("p", "Campioni colore da spedire via DHL all'ufficio di Belluno, att. Ufficio Prodotto. "
               "Acetato Mazzucchelli M49, lenti demo, logo laser interno asta."),
         ("p", "Please confirm the delivery date of the colour samples and send the hinge cycle test report "
               "(ISO 12870) together with the samples."),
         ("p", "Pagamento: bonifico 30 gg d.f.  —  Ufficio Acquisti Occhiali Venier"),
     ], title="Ordine VN-24-0511", author="Ufficio Acquisti"))])

# p02 multi-file: ERP sample PO (12) + supplier quote PDF showing 1,200 mass production
case("p02_multifile_erp_po_sabae_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: ERP PO for 12 samples references the quote; quote in the bundle shows 1,200 mass production; no hold, no event, no release person",
     [("KM-PO-240577.txt", """KINOSHITA MEGANE CO., LTD.                               PURCHASE ORDER
2-7-11 GINZA CHUO-KU TOKYO 104-0061                       ISSUE 2024/04/26
===========================================================================
PO NO.     : KM-PO-240577          VENDOR : V1180 SABAE KOGEI FRAME WORKS
PAY TERM   : END OF MONTH +60      CURR.  : JPY
REF QUOTE  : SK-Q-2404-31          DELIV. : 2024/05/24 TOKYO HQ
===========================================================================
LN  ITEM        DESCRIPTION                        QTY  UNIT      AMOUNT
--  ----------  -------------------------------  -----  ------  ----------
01  KM-3304-S   TITANIUM FRAME SAMPLE 49-21-145     12  4,800       57,600
                COL 01/03/07/12/15 (SEE QUOTE)
--  ----------  -------------------------------  -----  ------  ----------
                                           TOTAL JPY               57,600
===========================================================================
REMARKS: PLS ATTACH MATERIAL CERT (TI GRADE 1) AND HINGE TEST RESULT.
         INVOICE TO ACCOUNTING DEPT. PO NO. MUST BE SHOWN ON INVOICE.
PURCHASING DEPT.
"""),
      ("SK-Q-2404-31.pdf", pdf([
          ("h1", "Sabae Kogei Frame Works Co., Ltd. — Quotation SK-Q-2404-31"),
          ("p", "To: Kinoshita Megane Co., Ltd., Product Development, Ms. Yuki Tanaka. Date: 2024/04/18."),
          ("table", [
              ["Item", "Description", "Qty", "Unit JPY", "Lead time"],
              ["KM-3304 sample", "Titanium frame, 5 colours", "12 pcs", "4,800", "4 weeks"],
              ["KM-3304 mass production", "Titanium frame, 5 colours", "1,200 pcs", "2,950", "8 weeks"],
          ]),
          ("p", "Material: pure titanium grade 1 front, beta-titanium temple. Surface: IP plating. "
                "Made in Sabae, Fukui. Price valid 3 months."),
          ("p", "Hiroshi Nakamura, Sales"),
      ], title="SK-Q-2404-31", author="Sabae Kogei"))])

# p03 HTML portal PO for 36 SMS with a quote panel showing 3,600 and a ship week
case("p03_portal_sms_quote_panel", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 36 SMS shows quoted production 3,600 with a ship week and no 'not released'; nothing about balance, event or who releases",
     [("VP-7791_supplier_portal.html", html_page("VistaPoint Optical Supplier Portal - PO VP-7791", """
<div><b>VistaPoint Optical</b> &middot; Supplier Portal &middot; Logged in: Shenzhen Brightway Eyewear Co., Ltd.</div>
<h2>Purchase Order VP-7791</h2>
<table>
<tr><th>Status</th><td>Open &mdash; acknowledged 04/29/2024</td></tr>
<tr><th>Issued</th><td>04/26/2024</td></tr>
<tr><th>Ship to</th><td>VistaPoint DC, 1200 Enterprise Dr, Bolingbrook IL</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Need by</th></tr>
<tr><td>10</td><td>VP-ELLIS-SMS</td><td>VP-Ellis SMS, black / crystal grey / navy, 12 each</td><td>36</td><td>14.00</td><td>05/31/2024</td></tr>
</table>
<h3>Quote reference Q-BW-24-117</h3>
<table>
<tr><th>Item</th><th>Quoted qty</th><th>Unit USD</th><th>Ship window</th></tr>
<tr><td>VP-Ellis SMS</td><td>36</td><td>14.00</td><td>May</td></tr>
<tr><td>VP-Ellis production</td><td>3,600</td><td>7.85</td><td>wk 30</td></tr>
</table>
<p>Attachments: VP-Ellis_techpack_v2.pdf &middot; VP_packaging_manual_2024.pdf</p>
<p>Routing guide: all cartons labelled with PO number and line. ASN required 48 h before arrival.</p>
"""))])

# p04 EML: proto PO PDF + supplier quote PDF; buyer invites acetate purchase for the full run
_p04_po = pdf([
    ("h1", "Saltbush Sunnies — Purchase Order SB-2024-0307"),
    ("p", "Saltbush Sunnies Pty Ltd, Byron Bay NSW. Supplier: Xiamen Hengda Optical Co., Ltd. Date 29/04/2024."),
    ("table", [
        ["Line", "Style", "Description", "Qty", "Unit USD"],
        ["1", "Byron 55-18-145", "Proto frame, Reef tort", "3", "45.00"],
        ["2", "Lennox 52-20-140", "Proto frame, Reef tort", "3", "45.00"],
    ]),
    ("p", "Protos by DHL to Byron Bay by 20/05/2024. Quote ref QT-HD-24-0377."),
], title="PO SB-2024-0307", author="Saltbush Sunnies")
_p04_quote = pdf([
    ("h1", "XIAMEN HENGDA OPTICAL — QUOTATION QT-HD-24-0377"),
    ("p", "To: Saltbush Sunnies, Ms. Jess Hartley. Date 24/04/2024."),
    ("table", [
        ["Item", "Qty", "Unit USD"],
        ["Proto frame Byron / Lennox", "6 pcs", "45.00"],
        ["Bulk Byron + Lennox, 3 colours", "1,800 pcs", "9.60"],
    ]),
    ("p", "Acetate: Mazzucchelli 'Reef tort' M49, MOQ per colour 50 sheets. Buyer comment in red: ok on price."),
], title="QT-HD-24-0377", author="Xiamen Hengda")
case("p04_eml_protos_acetate_full_run", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "6 protos ordered with the 1,800 bulk quote attached and not labelled; buyer invites acetate for the full run 'square it away later'; no hold, event or release person",
     [("PO SB-2024-0307 protos.eml", eml_bytes(mail(
         "Jess Hartley <jess@saltbushsunnies.com.au>", "Vivian Lin <sales@hengda-optical.cn>",
         "PO SB-2024-0307 - Byron + Lennox protos", "Mon, 29 Apr 2024 14:02:00 +1000",
         """G'day Vivian,

PO SB-2024-0307 attached for the 6 proto frames (Byron + Lennox), plus your quote back to you
with our comments marked up. Protos in Byron by 20 May would be ace.

Also, feel free to lock in the Reef tort acetate for the full run of 1,800 now so we don't
lose it, that colour has been selling out everywhere. We'll square it away on the paperwork
later.

Cheers,
Jess
""" + sig_short("Jess Hartley", "Founder & Product", "Saltbush Sunnies Pty Ltd", "+61 2 6685 0172"),
         attachments=[("PO_SB-2024-0307.pdf", _p04_po, PDF_MT),
                      ("QT-HD-24-0377_marked.pdf", _p04_quote, PDF_MT)])))])

# p05 WhatsApp: sample PO 20, '2k bulk' in the same chat, release person named, no hold, no event
case("p05_whatsapp_2k_bulk", ["RG001", "RG003", "RG004"],
     "buyer's chat: PO for 20 samples and '2k bulk ... nice' with nothing saying not released; release person named (Tom Avery), no unlock event",
     [("WhatsApp Chat with Kevin Lianfa.txt", """WhatsApp Chat with Kevin Lianfa

4/29/24, 7:58 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
4/29/24, 7:58 AM - Tom Avery: Hey Kevin, PO HP-3502 just went out. It's for the 20 samples of the Astoria, 4 colors x 5
4/29/24, 7:59 AM - Tom Avery: saw your quote too, 2k bulk at $9.80, nice 👌
4/29/24, 8:14 AM - Kevin Lianfa: Thank you Tom! samples 12 days
4/29/24, 8:15 AM - Kevin Lianfa: for the color 3 we use the new crystal olive ok?
4/29/24, 8:31 AM - Tom Avery: yes crystal olive. fyi for anything on production release I'm your guy, Tom Avery, sourcing mgr. Dana is out till June
4/29/24, 8:33 AM - Kevin Lianfa: ok noted 👍
4/29/24, 8:34 AM - Kevin Lianfa: <Media omitted>
4/29/24, 8:40 AM - Tom Avery: love the new pin detail
""")])

# p07 EML quoted thread: earlier scope complete; 'You have the green light!' unscoped
case("p07_green_light_after_protos", ["RG002"],
     "buyer's 'You have the green light!' after the protos names neither samples nor a quantity; quoted earlier scope has all four items",
     [("RE_ LM-Orsay protos.eml", eml_bytes(mail(
         "Claire Dubois <c.dubois@lunetterie-marechal.fr>", "Luca De Bon <luca@occhialeriacadore.it>",
         "RE: LM-Orsay protos spediti / shipped", "Thu, 16 May 2024 09:47:00 +0200",
         """Bonjour Luca,

Parfait! The protos arrived this morning and they are magnifique. The bridge is exactly what
we wanted and the C07 is much better than the first lab dip.

You have the green light!

Bises à toute l'équipe,
Claire
""" + sig("Claire Dubois", "Directrice des achats", "Lunetterie Maréchal SAS", "+33 1 44 59 20 11") + """

Le 14/05/2024 à 17:02, Luca De Bon a écrit :
""" + quote("""Buongiorno Claire, the 20 protos left today with UPS 1Z 8E4 29X 04 1188 3021.
Luca

Le 02/04/2024, Claire Dubois a écrit :
> PO LM-24-0702: the 20 proto frames (LM-Orsay, 4 colours x 5) are released.
> The bulk of 1,980 frames is not released. It stays on hold until Claire Dubois signs
> off the protos and sends a written release with the quantity."""),
         in_reply_to="<h127-oc-0514@occhialeriacadore.it>")))])

# p08 WeChat: display stands; 'good to run' after sample photos
case("p08_wechat_good_to_run", ["RG002"],
     "after sample stand photos the buyer writes 'good to run' with no scope or quantity; earlier message has the full scope",
     [("WeChat_VistaPoint_DisplayPro.txt", """WeChat chat export
Chat: VistaPoint x Display Pro
Exported: 2024-05-21 09:03 (UTC+08:00)
----------------------------------------------------------------

2024-05-06 22:15  Rachel Owens (VistaPoint)
Hi Jason, PO VP-8820 covers 4 sample counter displays only (CD-12, walnut). The other 396 on your quote are not released. They need our sample sign-off in Chicago and then my written release with the quantity.

2024-05-06 22:40  Jason Wu (Display Pro)
Received Rachel 👍 4 samples only, ETD 17 May

2024-05-17 10:12  Jason Wu (Display Pro)
[Image]
[Image]
[Image]

2024-05-17 10:13  Jason Wu (Display Pro)
samples done, mirror and logo plate fixed, walnut veneer matched to your board

2024-05-17 10:14  Jason Wu (Display Pro)
Rachel please check

2024-05-20 21:58  Rachel Owens (VistaPoint)
Looks great!! good to run 👍

2024-05-20 21:59  Rachel Owens (VistaPoint)
Send me the packing photos before they close the cartons pls

2024-05-21 08:30  Jason Wu (Display Pro)
ok Rachel 🙏
""")])

# p09 EML Australian idiom "you're right to crack on" after hinge test
case("p09_crack_on", ["RG002"],
     "'You're right to crack on' after the hinge cycle test: an unscoped go-ahead; quoted earlier PO note has all four items",
     [("RE_ WR-0470 hinge test.eml", eml_bytes(mail(
         "Olivia Grant <olivia@wattleandreef.com.au>", "Leo Chen <leo@jinlong-hinge.com>",
         "RE: WR-0470 hinge cycle test report", "Wed, 22 May 2024 07:30:00 +1000",
         """Hi Leo,

Cycle test report came through overnight. All 20 hinges got through the full 10,000 cycles
with no play and the torque is spot on. Top job.

You're right to crack on.

Cheers,
Olivia
""" + sig("Olivia Grant", "Head of Product", "Wattle & Reef Eyewear Pty Ltd, Melbourne", "+61 3 9417 2210") + """

From: Olivia Grant
Sent: Tuesday, 30 April 2024 4:12 PM
To: Leo Chen
Subject: PO WR-0470 test hinges

""" + quote("""Hi Leo,
PO WR-0470 attached. Only the 20 test hinges are released. The 9,980 production hinges on
your quote are not released until our QA signs off the cycle test report and I (Olivia
Grant) issue a revised PO for them.
Cheers, Olivia"""), in_reply_to="<h127-jl-0521@jinlong-hinge.com>")))])

# p11 DOCX minutes: 'approved' for technical, commercial and go-ahead; 'may proceed' unscoped
case("p11_minutes_approved_three_ways", ["RG002", "RG009"],
     "minutes use 'approved' for colour samples (technical), cost (commercial) and the outcome; 'Hengda may proceed' unscoped; scope recap otherwise complete",
     [("Minutes_colour_review_VN-2207.docx", docx_bytes([
         ("h1", "Minutes — colour sample review VN-2207"),
         ("p", "Belluno, 14 May 2024. Present: Marco Bellini (Head of Sourcing), Laura Bianchi (Product), "
               "Paolo Zanella (Finance); Vivian Lin (Xiamen Hengda) by video."),
         ("num", "Colour samples C1–C6: approved by design. C5 verde bosco slightly darker, acceptable."),
         ("num", "Costing: approved by finance at USD 8.90 FOB."),
         ("num", "Hinge cycle test report (ISO 12870): received, no remarks."),
         ("num", "Outcome: approved — Hengda may proceed."),
         ("h", "Scope recap"),
         ("p", "PO VN-24-0511 covers the 24 colour samples. The bulk of 2,376 frames is not released; it "
               "unlocks only with a written release from Marco Bellini after the SMS sign-off."),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Send C5 lab dip for archive", "Vivian Lin", "17/05"],
             ["Update colour card v4", "Laura Bianchi", "20/05"],
             ["SMS planning", "Vivian Lin", "24/05"],
         ]),
     ], author="Laura Bianchi"))])

# p12 chat: colour samples with no quantity; later 'All approved, go ahead'
case("p12_chat_some_samples_go_ahead", ["RG002", "RG010"],
     "buyer asks for 'some colour samples' with no quantity, later 'All approved, go ahead' unscoped; hold, event and person stated",
     [("WhatsApp Chat with Ella Coastal Drift.txt", """WhatsApp Chat with Ella Coastal Drift

08/04/2024, 10:11 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
08/04/2024, 10:11 - Ella Coastal Drift: Hi Nok! Hope you're well. Pls make some colour samples of the Noosa style in smoke, G15 and brown gradient
08/04/2024, 10:12 - Ella Coastal Drift: Bulk is NOT released until I (Ella Nguyen) sign off the samples and send you a written release
08/04/2024, 10:30 - Nok Siam Precision: Hi Ella ka 🙏 ok noted
08/04/2024, 10:31 - Nok Siam Precision: bulk price 1,500 pcs is 7.20 USD same as quote
08/04/2024, 10:31 - Nok Siam Precision: samples ready in 2 weeks
23/04/2024, 16:02 - Nok Siam Precision: samples sent DHL 4418 2290 17
29/04/2024, 09:15 - Ella Coastal Drift: Samples arrived! All approved, go ahead 🙌
29/04/2024, 09:16 - Ella Coastal Drift: the brown gradient is chef's kiss
29/04/2024, 09:40 - Nok Siam Precision: 🥰🙏
""")])

# p13 ERP sample PO naming only the release authority
case("p13_erp_sample_po_authority_only", ["RG003", "RG004"],
     "ERP sample PO for 10 protos names the production release authority (Sara Colombo) but never says the balance is not released or what unlocks it",
     [("OA_4500118820.txt", """OTTICA DUOMO S.P.A.                         ORDINE DI ACQUISTO / PURCHASE ORDER
VIA DANTE 9, 20121 MILANO MI                                PAG. 1 / 1
------------------------------------------------------------------------------------
NR. ORDINE    : 4500118820              DATA      : 17.04.2024
FORNITORE     : 700188 OCCHIALERIA CADORE S.R.L.
RESA          : FRANCO NS. MAGAZZINO    PAGAMENTO : 60 GG FM
TIPO ORDINE   : CAMPIONI / SAMPLES
------------------------------------------------------------------------------------
POS  ARTICOLO         DESCRIZIONE                      Q.TA  UM   PREZZO     IMPORTO
---- ---------------- ------------------------------ ------ ---- -------- ----------
0010 OD-77-PROTO      PROTO FRAME OD-77 ACETATO 49/21     10  PZ     38,00     380,00
                      5 COLORI X 2
---- ---------------- ------------------------------ ------ ---- -------- ----------
                                                  TOTALE ORDINE EUR            380,00

NOTE / NOTES:
  CAMPIONI PER CAMPAGNA VENDITE AUTUNNO. CONSEGNA ENTRO 20.05.2024.
  PRODUCTION RELEASE AUTHORITY FOR OD-77: SARA COLOMBO (RESP. PRODOTTO).
  CERTIFICATO ISO 12870 E SCHEDA ACETATO A CORREDO.
------------------------------------------------------------------------------------
UFFICIO ACQUISTI
""")])

# p15 supplier reads a deposit as production authority; quoted bare sample PO
case("p15_deposit_into_plan", ["RG003", "RG004", "RG005", "RG012"],
     "supplier puts the bulk into the production plan because the deposit arrived; the quoted buyer PO note only orders 50 samples (no hold, event, person)",
     [("RE_ PO KM-PO-240612.eml", eml_bytes(mail(
         "Grace Li <grace@brightway-eyewear.com>", "Yuki Tanaka <y.tanaka@kinoshita-megane.co.jp>",
         "RE: PO KM-PO-240612 / deposit", "Fri, 17 May 2024 16:20:00 +0800",
         """Dear Ms. Tanaka,

Thank you, we received your deposit USD 1,200 today.

Since the deposit is received, we have put your bulk order of KM-5120 into our production plan
from 3 June, line 2. Colour samples will be finished next week as planned.

Best regards,
Grace Li
Shenzhen Brightway Eyewear Co., Ltd.

-----Original Message-----
From: Yuki Tanaka
Sent: Monday, May 13, 2024 10:05 AM
""" + quote("""Dear Ms. Li,
Please find PO KM-PO-240612 for 50 colour sample frames of KM-5120 (5 colours x 10).
Please send the proforma invoice for the deposit.
Best regards, Yuki Tanaka""")
         )))])

# p16 PDF PO: hold 'until further notice' with a named release authority
case("p16_hold_until_further_notice", ["RG004"],
     "18 protos released, bulk 1,782 not released 'until further notice'; release authority named but no unlock event",
     [("PO_HP-3520.pdf", pdf([
         ("h1", "Harbor & Pike Eyewear — Purchase Order HP-3520"),
         ("p", "1120 NW Couch St, Portland OR 97209. Vendor: Xiamen Hengda Optical Co., Ltd. Date: 05/02/2024."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD"],
             ["1", "HP-MONROE-PR", "Proto frame Monroe 51-20-145, 3 colors x 6", "18", "42.00"],
         ]),
         ("sp",),
         ("p", "Released now: the 18 proto frames of line 1."),
         ("p", "The bulk of 1,782 frames on quote QT-HD-24-0390 is not released and remains on hold until further "
               "notice."),
         ("p", "Production release authority: Dana Whitfield, VP Product."),
         ("p", "Protos ship DHL to Portland design studio. Include hinge cycle test photos."),
     ], pagesize=LETTER, title="PO HP-3520", author="Harbor & Pike"))])

# p18 WhatsApp: 24 SMS on the PO, later '30 SMS as per the PO'; hold + person, no event
case("p18_whatsapp_24_vs_30", ["RG004", "RG011"],
     "buyer states 24 SMS on the PO, later '30 SMS as per the PO' (conflict); rest blocked, buyer decides, but no unlock event named",
     [("WhatsApp Chat with Kevin Zhou.txt", """WhatsApp Chat with Kevin Zhou

02/05/2024, 09:20 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
02/05/2024, 09:20 - Julien Mercier: Bonjour Kevin, PO OL-24-331 is for 24 SMS of the LU-Bellecour, 3 coloris x 8
02/05/2024, 09:21 - Julien Mercier: the 1,176 rest stays blocked, not released. I decide the bulk myself, Julien Mercier
02/05/2024, 09:40 - Kevin Zhou: ok Julien 👍 acetate for SMS we have in stock
02/05/2024, 09:41 - Kevin Zhou: coloris 3 is the new écaille miel?
02/05/2024, 10:02 - Julien Mercier: oui, écaille miel, card v2
06/05/2024, 14:12 - Julien Mercier: Kevin, to confirm, please make the 30 SMS as per the PO, we need them by 31/05 for the sales meeting
06/05/2024, 14:30 - Kevin Zhou: ok will do 🙏
""")])

# p19 HTML portal: hold and unlock event, but only a department as release owner
case("p19_portal_buying_dept", ["RG005"],
     "60 lens pairs released, balance 2,340 not released until sample sign-off and revised PO 'from the Buying Department' - no named person",
     [("VP-7840_lens_PO.html", html_page("VistaPoint Optical Supplier Portal - PO VP-7840", """
<div><b>VistaPoint Optical</b> &middot; Supplier Portal &middot; Logged in: Xiamen Lensway Optical Co., Ltd.</div>
<h2>Purchase Order VP-7840 &mdash; Rx-ready demo &amp; sun lens samples</h2>
<table>
<tr><th>Issued</th><td>05/07/2024</td></tr>
<tr><th>Created by</th><td>buying-team</td></tr>
<tr><th>Quote</th><td>Q-XL-24-066 (2,400 pairs)</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Spec</th><th>Qty (pairs)</th><th>Unit USD</th></tr>
<tr><td>10</td><td>Sun lens VP-Harlow</td><td>CR-39 polarised grey cat. 3</td><td>30</td><td>3.10</td></tr>
<tr><td>20</td><td>Sun lens VP-Harlow</td><td>CR-39 polarised brown cat. 3</td><td>30</td><td>3.10</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> This PO releases the 60 pairs of lines 10 and 20 for ISO 12312-1:2022 testing.</p>
<p>The balance of 2,340 pairs on the quote is not released. Unlock event: approved lens sample sign-off and a
revised PO from the Buying Department.</p>
</div>
<p>Questions: buying@vistapoint-optical.com</p>
"""))])

# ------------------------------------------------------------ batch 4: positives
# p21 DOCX: hold + event but only 'our purchasing department'; 2025 forecast written as a commitment/order
case("p21_docx_dept_forecast_firm", ["RG005", "RG008"],
     "36 SMS released, bulk not released until SMS sign-off + revised PO from 'our purchasing department' (no person); 2025 forecast of 6,000 called a firm commitment to treat as order",
     [("WR-0512_PO_note.docx", docx_bytes([
         ("h1", "Wattle & Reef Eyewear — PO WR-0512 note and 2025 volume"),
         ("p", "To: Siam Precision Optical Co., Ltd., Samut Prakan. From: Wattle & Reef purchasing, Collingwood VIC. "
               "Date: 20/05/2024."),
         ("h", "1. PO WR-0512 — WR-Carlton SMS"),
         ("table", [
             ["Line", "Style", "Colour", "Qty", "Unit USD"],
             ["1", "WR-Carlton 53-18-145", "Black / G15", "12", "13.50"],
             ["2", "WR-Carlton 53-18-145", "Reef tort / brown", "12", "13.50"],
             ["3", "WR-Carlton 53-18-145", "Sand / smoke", "12", "13.50"],
         ]),
         ("p", "The 36 SMS above are released. The bulk of WR-Carlton (see section 2) is not released; it unlocks "
               "with the approved SMS sign-off and a revised PO from our purchasing department."),
         ("h", "2. 2025 volume"),
         ("p", "Our forecast of 6,000 pcs of WR-Carlton for calendar 2025 is a firm commitment. Please treat it as "
               "our order and book the capacity on your polarised lens line accordingly."),
         ("p", "Split by quarter: Q1 1,200 / Q2 1,800 / Q3 1,800 / Q4 1,200."),
         ("p", "Wattle & Reef Eyewear Pty Ltd — Purchasing"),
     ], author="Wattle & Reef Purchasing"))])

# p22 WeChat: full scope, sample-only material; supplier then buys acetate for the whole 2,400
case("p22_wechat_acetate_all_2400", ["RG006"],
     "buyer's scope says sample-only material; supplier reports it already bought Mazzucchelli sheet for all 2,400 frames",
     [("WeChat_Venier_Hengda.txt", """WeChat chat export
Chat: Venier / Hengda VN-2207
Exported: 2024-05-20 08:44 (UTC+08:00)
----------------------------------------------------------------

2024-05-06 16:30  Marco Bellini (Occhiali Venier)
Ciao Vivian, PO VN-24-0511 sent by mail. Only the 24 colour samples are released. Bulk 2,376 is not released until I sign off the colour samples and send the written release.

2024-05-06 16:31  Marco Bellini (Occhiali Venier)
Material authority: sample-only. Please buy acetate only for the 24 pcs.

2024-05-06 16:50  Vivian Lin (Hengda)
Received Marco 👍

2024-05-16 11:05  Vivian Lin (Hengda)
Marco good news 😊 to keep the C3 havana the same batch we already bought Mazzucchelli sheet for all 2,400 frames last week, so no problem lead time for bulk

2024-05-16 11:06  Vivian Lin (Hengda)
colour samples finish 22 May

2024-05-16 18:12  Marco Bellini (Occhiali Venier)
We talk on Monday with Laura.
""")])

# p23 EML: complete scope, then an invitation to buy titanium and hinges for the whole 5,000
case("p23_titanium_full_programme", ["RG006"],
     "10 protos released, 4,990 on hold until proto sign-off + written release by Rachel Owens, but buyer asks supplier to get titanium/hinges in for the full 5,000 and 'paper it later'",
     [("VP-7802 protos.eml", eml_bytes(mail(
         "Rachel Owens <rowens@vistapoint-optical.com>", "Hiroshi Nakamura <nakamura@sabae-kogei.jp>",
         "VP-7802 protos + titanium lead time", "Thu, 09 May 2024 17:45:00 -0500",
         """Dear Nakamura-san,

Thank you for the call this morning.

To confirm the scope: only the 10 proto frames on PO VP-7802 are released. The remaining 4,990
of the 5,000 programme are not released; they unlock when I sign off the protos and send you a
written release.

That said, the titanium lead time is killing us. It would be great if you could get the
beta-titanium wire and the hinges in for the full 5,000 now, so we're ready the day the protos
pass. We can paper that part later.

Best regards,
Rachel
""" + sig("Rachel Owens", "Sourcing Director", "VistaPoint Optical Inc., Chicago", "+1 312 555 0190"))))])

# p24 TXT supplier weekly status: lens blanks for the full programme received; only 30 released
case("p24_status_lens_blanks", ["RG006"],
     "supplier weekly status: 30 SMS released, bulk released 0, yet CR-39 blanks for the full programme (3,000) already received",
     [("SPO_weekly_status_wk20.txt", """SIAM PRECISION OPTICAL CO., LTD.  -  WEEKLY ORDER STATUS  -  WK 20/2024
CUSTOMER: COASTAL DRIFT EYEWEAR (SYDNEY)          PREPARED: NOK S. 17/05/2024
--------------------------------------------------------------------------------
PO        STYLE        PART         QTY    RELEASED   MADE   SHIPPED   REMARK
--------  -----------  ---------  -----  ---------  -----  --------  -----------
CD-0091   NOOSA 54-18  SMS           30         30     30        30  DHL 15/05
CD-0091   NOOSA 54-18  BULK       1,470          0      0         0  WAIT RELEASE
--------------------------------------------------------------------------------
MATERIAL STATUS
  ACETATE SAND/BROWN    : 12 SHEETS (SMS)                       IN STOCK
  CR-39 POLARISED G15   : 3,000 PCS (FULL PROGRAMME QTY)         RECEIVED 14/05
                          ORDERED 02/05 TO SECURE MILL SLOT
  HINGE 2-BARREL        : 60 PCS                                 IN STOCK
--------------------------------------------------------------------------------
QC: ISO 12312-1 TRANSMITTANCE TEST SMS PASSED (REPORT SPO-QC-2405-11)
NEXT: WAITING CUSTOMER SMS COMMENTS
""")])

# p25 Sabae supplier: titanium for the full lot already prepared + mass production straight after approval
case("p25_sabae_material_and_rollover", ["RG006", "RG007"],
     "supplier prepared titanium for the full 800 while 80 released, and says it will start mass production immediately after first-lot approval; quoted buyer scope complete",
     [("RE_ KM-PO-240530 first lot.eml", eml_bytes(mail(
         "Hiroshi Nakamura <nakamura@sabae-kogei.jp>", "Kenji Morita <k.morita@kinoshita-megane.co.jp>",
         "RE: KM-PO-240530 first lot 80 pcs", "Tue, 21 May 2024 19:02:00 +0900",
         """Dear Morita-san,

Thank you for your order always.

For stable quality we have prepared beta-titanium material for the full lot 800 pcs already
(one melt lot). After your approval of the first lot sample, we will start mass production of
the remaining pcs immediately, so the delivery can be in time for your collection launch.

First lot 80 pcs will be finished 7 June.

Best regards,
Hiroshi Nakamura
Sabae Kogei Frame Works Co., Ltd.

----- Original Message -----
From: Kenji Morita
Date: 2024/05/14 11:20
""" + quote("""Dear Mr. Nakamura,
PO KM-PO-240530: 80 pcs first lot only. The remaining 720 pcs are not released; they wait
for sign-off of the first lot by me (Kenji Morita) and my written release with the quantity.
Regards, Kenji Morita, Merchandising Manager""")
         )))])

# p26 display stands: deposit received -> bought material for all 400 and started cutting
case("p26_display_deposit_cutting", ["RG006", "RG012"],
     "supplier treats the deposit as a start and buys MDF/acrylic for all 400 stands while 4 samples released; quoted buyer scope complete",
     [("RE_ PO OD-24-1202.eml", eml_bytes(mail(
         "Jason Wu <jason@displaypro-xm.com>", "Elena Greco <e.greco@otticaduomo.it>",
         "RE: PO OD-24-1202 / deposito", "Wed, 15 May 2024 10:05:00 +0800",
         """Dear Elena,

Deposit received with thanks 👍

So we have purchased the MDF and acrylic for all 400 stands and started cutting this week,
to be sure of the delivery before your store rollout.

4 sample stands will be sent by air on 24 May.

Best regards
Jason Wu
Xiamen Display Pro Co., Ltd.

-----Original Message-----
From: Elena Greco <e.greco@otticaduomo.it>
Sent: Friday, May 10, 2024 15:22
""" + quote("""Buongiorno Jason,
PO OD-24-1202: 4 sample counter stands only. The other 396 are not released until the
samples are signed off in Milano and I send you a written release with the quantity.
Elena Greco, Responsabile Acquisti""")
         )))])

# p27 DOCX call-off: text says 300, table says 350; lens blanks for the whole 1,200 'sort out later'
case("p27_calloff_300_vs_350_blanks", ["RG006", "RG011"],
     "call-off text releases 300, its table 350; buyer asks for lens blanks for the whole 1,200 with paperwork 'later'; hold, event, person present",
     [("CD_call-off_2_Noosa.docx", docx_bytes([
         ("h1", "Coastal Drift Eyewear — Call-off 2, Noosa"),
         ("p", "To: Siam Precision Optical Co., Ltd. Blanket PO CD-BPO-24-03 (1,200 pcs). Sydney, 27/05/2024."),
         ("p", "Call-off 2 releases 300 pcs of the Noosa (after call-off 1 of 200 pcs)."),
         ("table", [
             ["Call-off", "Colour", "Released this call-off", "Cumulative"],
             ["1", "Black / smoke", "200", "200"],
             ["2", "Sand / brown gradient", "350", "550"],
         ]),
         ("p", "The balance after this call-off is not released. It stays on hold until call-off 3, signed by "
               "Ella Nguyen, Product & Sourcing."),
         ("p", "Lens blanks: go ahead and get the CR-39 G15 and brown blanks in for the whole 1,200 so you're not "
               "waiting on the mill again. We can sort out the paperwork on that later."),
         ("p", "ETD Laem Chabang week 28. Lens test to ISO 12312-1:2022 per colour."),
         ("p", "Ella Nguyen"),
     ], author="Ella Nguyen"))])

# p29 WeChat: supplier reads a labelled forecast as an order and buys hinges for 6,000
case("p29_wechat_forecast_is_order", ["RG006", "RG008"],
     "buyer labels 6,000 as forecast, releases 600; supplier calls the forecast 'your order' and buys wire/screws for all 6,000",
     [("WeChat_HarborPike_Jinlong.txt", """WeChat chat export
Chat: Harbor&Pike hinges 2024
Exported: 2024-05-24 17:20 (UTC+08:00)
----------------------------------------------------------------

2024-05-08 23:10  Daniel Reyes (Harbor & Pike)
Leo, PO HP-3441 covers 600 hinges JL-5B-2.5 for the first release.

2024-05-08 23:11  Daniel Reyes (Harbor & Pike)
The 2025 number (6,000) is a forecast only, not an order. Anything beyond the 600 is not released until I send a revised PO, Daniel Reyes.

2024-05-09 08:30  Leo Chen (Jinlong Hinge)
Thank you Daniel 🙏

2024-05-23 14:02  Leo Chen (Jinlong Hinge)
Daniel, your 6,000 for 2025 is your order, so we bought the wire and screws for all 6,000 already, better price for you 👍

2024-05-23 14:03  Leo Chen (Jinlong Hinge)
600 pcs ship next Friday
""")])

# p30 PDF PO: complete scope, then 'once the SMS are OK'd carry on with the bulk straight away'
case("p30_po_carry_on_after_ok", ["RG007"],
     "PO requires SMS sign-off and a written release from Claire Dubois, but its planning section says to carry on with the bulk once the SMS are OK'd",
     [("PO_LM-24-0790.pdf", pdf([
         ("h1", "Lunetterie Maréchal — Bon de commande / PO LM-24-0790"),
         ("p", "12 rue de Turenne, 75004 Paris. Fournisseur: Wenzhou Ouhai Lianfa Glasses Factory. Date: 13/05/2024."),
         ("table", [
             ["Ligne", "Modèle", "Description", "Qté", "PU USD"],
             ["1", "LM-Marais 50-21-145", "SMS, 3 coloris x 10", "30", "15,20"],
             ["2", "LM-Marais 50-21-145", "Bulk (not released)", "1 170", "8,70"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Released now: the 30 SMS frames of line 1. The bulk of 1 170 frames (line 2) is not released; it "
               "requires our SMS sign-off and a written release from Claire Dubois, Directrice des achats."),
         ("h", "Planning"),
         ("p", "Collection launch on 5 September, trunk show at Silmo on 20 September. To keep the launch, once "
               "the SMS are OK'd on our side please carry on with the bulk straight away."),
         ("p", "Hinge cycle test report and ISO 12870 declaration with the SMS."),
     ], title="PO LM-24-0790", author="Claire Dubois"))])

# p31 EML supplier: 'after your approval of the protos we will directly arrange bulk, no need new PO'; buyer PO attached
_p31_po = pdf([
    ("h1", "Saltbush Sunnies — Purchase Order SB-2024-0340"),
    ("p", "Saltbush Sunnies Pty Ltd, Byron Bay NSW. Supplier: Xiamen Hengda Optical Co., Ltd. Date 06/05/2024."),
    ("table", [
        ["Line", "Style", "Description", "Qty", "Unit USD"],
        ["1", "Cosy 50-22-140", "Proto frame, 3 colours x 2", "6", "45.00"],
    ]),
    ("p", "Only the 6 proto frames are released. The bulk of 1,800 on your quote is not released until we sign "
          "off the protos and Jess Hartley sends a written release with the quantity."),
    ("p", "Supplier signature (acknowledged): Vivian Lin, 08/05/2024"),
], title="PO SB-2024-0340", author="Saltbush Sunnies")
case("p31_supplier_no_need_new_po", ["RG007"],
     "supplier writes that after proto approval it will directly arrange bulk production with no new PO; the attached buyer PO is complete",
     [("PO SB-2024-0340 confirmation.eml", eml_bytes(mail(
         "Vivian Lin <sales@hengda-optical.cn>", "Jess Hartley <jess@saltbushsunnies.com.au>",
         "PO SB-2024-0340 confirmation - Cosy protos", "Wed, 08 May 2024 11:36:00 +0800",
         """Dear Jess,

Thank you for PO SB-2024-0340, countersigned copy attached. Protos will be ready 24 May.

Kindly note: after your approval of the protos we will directly arrange the bulk production,
no need new PO, to save time for your summer launch. Acetate we will book after your approval.

Best regards,
Vivian Lin
Sales Manager, Xiamen Hengda Optical Co., Ltd.
""", attachments=[("PO_SB-2024-0340_countersigned.pdf", _p31_po, PDF_MT)])))])

# p32 WhatsApp: buyer contradicts own written-release requirement
case("p32_whatsapp_roll_into_bulk", ["RG007"],
     "buyer's scope requires proto sign-off + written release, then 'if they're sweet just roll straight into the bulk, no need to wait for the paperwork'",
     [("WhatsApp Chat with Chai Bangkok Optical.txt", """WhatsApp Chat with Chai Bangkok Optical

03/05/2024, 13:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
03/05/2024, 13:05 - Jess Hartley: Hi Chai, PO SB-2024-0352 releases the 12 proto frames only (Clarkes + Belongil, 2 colours x 3)
03/05/2024, 13:06 - Jess Hartley: Bulk (1,188) isn't released till I sign off the protos and send you a written release
03/05/2024, 13:30 - Chai Bangkok Optical: Noted Jess krub 🙏 protos ETD 20 May
20/05/2024, 18:02 - Chai Bangkok Optical: protos shipped, DHL 7781 0042 55
21/05/2024, 07:15 - Jess Hartley: Sweet. Protos land Monday
21/05/2024, 07:16 - Jess Hartley: if they're sweet just roll straight into the bulk, no need to wait for the paperwork 😅 we're tight for the summer drop
21/05/2024, 07:40 - Chai Bangkok Optical: ok krub 👍
""")])

# p33 multipart/alternative: 'released' for studio sign-off and production; bulk follows sample release
_p33_txt = """Bonjour Luca,

PO LM-24-0744: only the 20 colour samples are released for now. The 780 bulk frames are not
released until Claire Dubois sends the written release.

As soon as our studio has released the colour samples, the bulk is released too, so you can
already plan the line for June.

Merci et bonne journée,
Amélie
"""
_p33_html = """<html><body>
<p>Bonjour Luca,</p>
<p>PO LM-24-0744: only the 20 colour samples are released for now. The 780 bulk frames are not
released until Claire Dubois sends the written release.</p>
<p>As soon as our studio has released the colour samples, the bulk is released too, so you can
already plan the line for June.</p>
<p>Merci et bonne journ&eacute;e,<br>Am&eacute;lie</p>
</body></html>"""
case("p33_released_twice", ["RG007", "RG009"],
     "'released' used for the studio's sample sign-off and for production; bulk said to be released as soon as the samples are, against the written-release requirement",
     [("LM-24-0744 colour samples.eml", eml_bytes(mail(
         "Amélie Roux <a.roux@lunetterie-marechal.fr>", "Luca De Bon <luca@occhialeriacadore.it>",
         "LM-24-0744 colour samples / planning", "Mon, 06 May 2024 10:12:00 +0200",
         _p33_txt + sig("Amélie Roux", "Chef de produit", "Lunetterie Maréchal SAS", "+33 1 44 59 20 10"),
         html=_p33_html, cc="Claire Dubois <c.dubois@lunetterie-marechal.fr>")))])

# p35 Thai supplier: SMS approved + deposit received = start bulk
case("p35_thai_sms_plus_deposit", ["RG007", "RG012"],
     "supplier starts bulk because the SMS were approved and the deposit arrived; quoted buyer scope requires written release by Olivia Grant",
     [("RE_ WR-0481 SMS.eml", eml_bytes(mail(
         "Nok Sriwongsa <nok@siamprecision.co.th>", "Olivia Grant <olivia@wattleandreef.com.au>",
         "RE: WR-0481 SMS feedback", "Thu, 23 May 2024 14:48:00 +0700",
         """Dear Khun Olivia,

Thank you for your feedback on the SMS. SMS approved by your team yesterday and 30% deposit
received today, so according to our process we start the bulk next Monday. We will send
weekly status.

Thank you ka,
Nok
Siam Precision Optical Co., Ltd.

From: Olivia Grant
Sent: Monday, 29 April 2024 11:02 AM
""" + quote("""Hi Nok,
PO WR-0481: only the 36 SMS are released. Bulk 1,164 not released; on hold until the SMS
sign-off and a written release signed by me, Olivia Grant.
Cheers, Olivia""")
         )))])

# p36 ERP printout: header sample qty 60 vs line 48; remark to continue with bulk after sample OK
case("p36_erp_60_vs_48_continue", ["RG007", "RG011"],
     "ERP PO header says sample qty 60, the line 48; remark says continue with bulk after sample OK, against its own written-release requirement",
     [("KM-PO-240655.txt", """KINOSHITA MEGANE CO., LTD.                               PURCHASE ORDER
2-7-11 GINZA CHUO-KU TOKYO 104-0061                       ISSUE 2024/05/10
===========================================================================
PO NO.     : KM-PO-240655          VENDOR : V2210 SHENZHEN BRIGHTWAY EYEWEAR
SAMPLE QTY : 60                    CURR.  : USD
REF QUOTE  : Q-BW-24-131           DELIV. : 2024/06/07 TOKYO HQ
===========================================================================
LN  ITEM        DESCRIPTION                        QTY  UNIT      AMOUNT
--  ----------  -------------------------------  -----  ------  ----------
01  KM-6020-S   ACETATE FRAME SAMPLE 50-20-145      48   15.00      720.00
                COL C1/C2/C3/C4 X 12
--  ----------  -------------------------------  -----  ------  ----------
                                           TOTAL USD                720.00
===========================================================================
REMARKS:
 BULK 1,140 PCS NOT RELEASED UNTIL WRITTEN RELEASE BY K. MORITA AFTER SAMPLE
 SIGN-OFF.
 AFTER SAMPLE OK, CONTINUE WITH BULK (TIME SAVING FOR TRUNK SHOW).
 PLS ATTACH ISO 12870 DECLARATION.
PURCHASING DEPT.
""")])

# p37 Italian supplier: 'once you approve the pre-series we continue with the remaining 570 pz'
case("p37_cadore_continue_without_communication", ["RG007"],
     "supplier states it will continue with the remaining 570 once the pre-series is approved, without further communication; quoted buyer scope complete",
     [("R_ Ordine OD-24-1188 pre-serie.eml", eml_bytes(mail(
         "Luca De Bon <luca@occhialeriacadore.it>", "Elena Greco <e.greco@otticaduomo.it>",
         "R: Ordine OD-24-1188 pre-serie", "Fri, 26 Apr 2024 12:30:00 +0200",
         """Gentile Dott.ssa Greco,

we confirm the 30 pieces of the pre-series for 24 May.

Come d'accordo, once you approve the pre-series we continue with the remaining 570 pz without
further communication, so the delivery for your collection launch is safe.

Cordiali saluti,
Luca De Bon
Ufficio Commerciale - Occhialeria Cadore S.r.l.
Via Nazionale 41, 32044 Pieve di Cadore (BL)

Il 24/04/2024 16:10, Elena Greco ha scritto:
""" + quote("""Buongiorno Luca,
Only the 30 pieces of the pre-series are released. The remaining 570 pz are not released
until the pre-series is signed off by our QC and I send the written release.
Elena Greco - Responsabile Acquisti, Ottica Duomo S.p.A.""")
         )))])

# ------------------------------------------------------------ batch 5: positives
# p38 HTML portal: seasonal buy plan forecast declared firm and to be treated as orders
case("p38_portal_buy_plan_committed", ["RG008"],
     "buy-plan page calls the FW24 forecast quantities a firm commitment and asks the supplier to treat them as confirmed orders",
     [("VP_FW24_buy_plan.html", html_page("VistaPoint Optical - FW24 seasonal buy plan", """
<div><b>VistaPoint Optical</b> &middot; Supplier Portal &middot; Logged in: Shenzhen Brightway Eyewear Co., Ltd.</div>
<h2>Seasonal Buy Plan FW24 &mdash; Committed Volumes</h2>
<p>Published 05/14/2024 by Merchandise Planning.</p>
<p class="note">The forecast quantities below are our firm commitment for FW24. Please treat them as confirmed
orders and book capacity accordingly.</p>
<table>
<tr><th>Model</th><th>Colour</th><th>Forecast qty</th><th>Door launch</th></tr>
<tr><td>VP-Ellis</td><td>Black</td><td>960</td><td>Sep 9</td></tr>
<tr><td>VP-Ellis</td><td>Crystal grey</td><td>480</td><td>Sep 9</td></tr>
<tr><td>VP-Harlow</td><td>Dark havana</td><td>960</td><td>Oct 7</td></tr>
<tr><td>VP-Harlow</td><td>Honey</td><td>720</td><td>Oct 7</td></tr>
<tr><td><b>Total</b></td><td></td><td><b>3,120</b></td><td></td></tr>
</table>
<p>Launch doors: 160. Reassort triggers at 40% sell-through in the first 6 weeks.</p>
"""))])

# p39 EML: cover says twenty-four (24) SMS, attached DOCX PO table says 36; forecast 'consider it confirmed'
_p39_po = docx_bytes([
    ("h1", "Harbor & Pike Eyewear — Purchase Order HP-3560"),
    ("p", "Vendor: Shenzhen Brightway Eyewear Co., Ltd. Date: 05/16/2024. Terms: FOB Shenzhen."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD"],
        ["1", "HP-ASTORIA-SMS", "Astoria SMS, 3 colors x 12", "36", "14.50"],
    ]),
    ("p", "Only the SMS on this PO are released. The production quantity is not released until Tom Avery signs "
          "off the SMS and issues a revised PO."),
    ("p", "Tom Avery, Sourcing Manager"),
], author="Tom Avery")
case("p39_eml_24_vs_docx_36_forecast", ["RG008", "RG011"],
     "cover mail says twenty-four (24) SMS, the attached PO 36; the 3,600 forecast is to be 'considered confirmed ... as our order'",
     [("PO HP-3560 Astoria SMS.eml", eml_bytes(mail(
         "Tom Avery <tavery@harborpike.com>", "Grace Li <grace@brightway-eyewear.com>",
         "PO HP-3560 - Astoria SMS", "Thu, 16 May 2024 13:20:00 -0700",
         """Hi Grace,

Attached is PO HP-3560 for the twenty-four (24) SMS frames of the Astoria. We need them in
Portland by June 21 for the sales meeting.

Also, on the Astoria family: our forecast of 3,600 for fall, consider it confirmed. You can
count on it as our order and plan your line on it.

Thanks,
Tom
""" + sig("Tom Avery", "Sourcing Manager", "Harbor & Pike Eyewear, Portland OR", "+1 503 555 0177"),
         attachments=[("PO_HP-3560.docx", _p39_po, DOCX_MT)])))])

# p40 multi-file: labelled buyer forecast + supplier order confirmation of the forecast
case("p40_multifile_forecast_confirmed_as_order", ["RG008"],
     "folder: buyer's forecast is labelled not an order; supplier's order confirmation confirms the 4,800 'as per your forecast' and schedules it",
     [("Ravel_H2-2024_volumes.html", html_page("Ravel Paris - forecast H2 2024", """
<h2>Ravel Paris &mdash; Forecast H2 2024 (sunglasses)</h2>
<p>To: Shenzhen Brightway Eyewear Co., Ltd. &nbsp; Date: 02/05/2024</p>
<p class="note"><b>Forecast &mdash; not an order.</b> For capacity planning only. Orders follow as purchase orders.</p>
<table>
<tr><th>Model</th><th>Colours</th><th>Forecast qty</th><th>Period</th></tr>
<tr><td>RV-118</td><td>4</td><td>2,400</td><td>Jul&ndash;Sep</td></tr>
<tr><td>RV-121</td><td>4</td><td>2,400</td><td>Oct&ndash;Dec</td></tr>
<tr><td><b>Total</b></td><td></td><td><b>4,800</b></td><td></td></tr>
</table>
"""), ),
      ("OC-BW-2405.pdf", pdf([
          ("h1", "SHENZHEN BRIGHTWAY EYEWEAR CO., LTD. — ORDER CONFIRMATION OC-BW-2405"),
          ("p", "Customer: Ravel Paris SAS, 44 rue Vieille du Temple, 75004 Paris. Date: 08/05/2024."),
          ("p", "We confirm your order of 4,800 pcs as per your forecast dated 02/05/2024."),
          ("table", [
              ["Model", "Qty", "Unit USD", "Production week"],
              ["RV-118", "2,400", "9.20", "wk 24-26"],
              ["RV-121", "2,400", "9.20", "wk 36-38"],
          ]),
          ("p", "Please sign and return."),
          ("p", "Grace Li, Sales Manager"),
      ], title="OC-BW-2405", author="Grace Li"))])

# p41 multipart/alternative: 'released' for tech pack, PO in SAP and production
_p41_txt = """Bonjour Kevin,

Good news on RV-121:
- the tech pack rev D is released (design freeze, see attachment in the portal),
- purchasing has released PO RP-24-090 in SAP today,
- for the factory: only the 24 SMS are released for production. The bulk of 1,176 is not
  released until I sign off the SMS and send you the written production release.

Merci,
Sophie
"""
_p41_html = """<html><body>
<p>Bonjour Kevin,</p>
<p>Good news on <b>RV-121</b>:</p>
<ul>
<li>the tech pack rev D is <b>released</b> (design freeze, see attachment in the portal),</li>
<li>purchasing has <b>released</b> PO RP-24-090 in SAP today,</li>
<li>for the factory: only the 24 SMS are <b>released</b> for production. The bulk of 1,176 is not released until I
sign off the SMS and send you the written production release.</li>
</ul>
<p>Merci,<br>Sophie</p>
</body></html>"""
case("p41_released_three_ways", ["RG009"],
     "'released' used for the tech pack (technical), the PO in SAP (commercial) and production; scope otherwise complete",
     [("RV-121 tech pack and PO.eml", eml_bytes(mail(
         "Sophie Laurent <sophie@ravel-paris.fr>", "Kevin Zhou <kevin@lianfa-glasses.com>",
         "RV-121 - tech pack rev D / PO RP-24-090", "Wed, 15 May 2024 18:03:00 +0200",
         _p41_txt + sig("Sophie Laurent", "Responsable produit & sourcing", "Ravel Paris SAS", "+33 1 42 71 08 30"),
         html=_p41_html)))])

# p42 PDF evaluation form: 'Approved' ticked for technical, commercial and production
case("p42_form_approved_three_ways", ["RG009"],
     "one form ticks 'Approved' for technical, commercial and production (80 pcs) items; remaining 720 held pending sign-off + written release by Kenji Morita",
     [("KM-7010_evaluation_form.pdf", pdf([
         ("h1", "SAMPLE EVALUATION & APPROVAL FORM"),
         ("p", "Kinoshita Megane Co., Ltd. — Supplier: Sabae Kogei Frame Works. Model KM-7010 (titanium, 48-22-145). "
               "PO KM-PO-240530. Date 2024/05/20."),
         ("table", [
             ["Item", "Result", "Remark"],
             ["Technical (sample only): fit, hinge cycle test 10,000 cycles per ISO 12870", "Approved [x]", "pad arm OK"],
             ["Commercial (unit price only, not a quantity)", "Approved [x]", "JPY 3,200 / pc"],
             ["Production: first lot", "Approved [x] for 80 pcs", "delivery 2024/06/21"],
         ]),
         ("sp",),
         ("p", "The remaining 720 pcs of the quoted 800 are not released. They unlock only with sign-off of the first "
               "lot and a written release by Kenji Morita, Merchandising Manager."),
         ("p", "Evaluated by: Yuki Tanaka   Checked by: Kenji Morita"),
     ], title="Evaluation form KM-7010", author="Kinoshita Megane"))])

# p43 DOCX launch note: 'approved' three ways; production approved for the SMS with no quantity
case("p43_launch_note_no_quantity", ["RG009", "RG010"],
     "'approved' for colour samples, budget and production in one note; SMS production approved with quantity 'to be confirmed'; bulk held until written release by Julien Mercier",
     [("Note_lancement_LU-Bellecour.docx", docx_bytes([
         ("h1", "Optique Lumen — Note de lancement / Launch note LU-Bellecour"),
         ("p", "To: Occhialeria Cadore S.r.l. Lyon, 21/05/2024."),
         ("table", [
             ["Topic", "Status", "By"],
             ["Colour samples C01/C03/C05", "approved by the studio (technical)", "Studio Lumen"],
             ["Budget for the SMS", "approved by finance (commercial)", "DAF"],
             ["Production of the SMS", "approved for the SMS only — quantity to be confirmed by phone", "Achats"],
         ]),
         ("p", "The bulk of LU-Bellecour is not released until Julien Mercier sends the written release after "
               "the SMS sign-off."),
         ("p", "SMS delivery wanted by 28/06 for the regional trunk shows."),
         ("p", "Julien Mercier, Acheteur"),
     ], author="Julien Mercier"))])

# p44 PDF PO: lens samples 'as per quotation', no number; rest of scope complete
case("p44_po_samples_as_per_quote", ["RG010"],
     "lens sample PO gives quantity only 'as per quotation'; bulk not released until ISO 12312-1 report sign-off + written release by Sophie Laurent",
     [("PO_RP-24-081.pdf", pdf([
         ("h1", "RAVEL PARIS — Bon de commande / Purchase Order RP-24-081"),
         ("p", "Fournisseur: Xiamen Lensway Optical Co., Ltd. Date: 07/05/2024. Quotation ref. Q-XL-2404."),
         ("table", [
             ["Ligne", "Article", "Description", "Qté", "PU EUR"],
             ["1", "RV-121 lens", "Polarised lens samples, all six tints, base 6", "as per quotation", "6,50"],
         ]),
         ("sp",),
         ("p", "Only the lens samples on this PO are released. The bulk lens quantity is not released until our "
               "ISO 12312-1:2022 test report is signed off and Sophie Laurent sends a written release with the quantity."),
         ("p", "Livraison: Ravel Paris, 44 rue Vieille du Temple, 75004 Paris."),
     ], title="PO RP-24-081", author="Ravel Paris"))])

# p45 EML: sample cases 'the usual split per colour'; no number; rest of scope complete
case("p45_sample_cases_usual_split", ["RG010"],
     "buyer asks for sample cases in 'the usual split per colour' with no quantity; production cases held until revised PO by Julien Mercier after sample sign-off",
     [("Sample cases trunk show.eml", eml_bytes(mail(
         "Julien Mercier <j.mercier@optique-lumen.fr>", "Amy Wu <amy@huaxin-pack.com>",
         "Étuis échantillons / sample cases for trunk show", "Tue, 14 May 2024 09:25:00 +0200",
         """Hello Amy,

Please launch the sample cases for our autumn trunk show: same construction as the HC-07,
navy PU with the new Optique Lumen deboss, the usual split per colour as last season.

The production cases are not released. They unlock only with a revised PO signed by Julien
Mercier, once we have signed off the sample cases in Lyon.

Merci beaucoup,
Julien
""" + sig("Julien Mercier", "Acheteur accessoires", "Optique Lumen SA, Lyon", "+33 4 72 55 01 80"))))])

# p46 WeChat from a shared account: hinge samples with no quantity; 'bulk on hold for now'
case("p46_wechat_shared_account", ["RG004", "RG005", "RG010"],
     "shared buyer account asks for hinge samples with no quantity; 'bulk on hold for now' names no event and nobody who releases",
     [("WeChat_VP_Sourcing_Jinlong.txt", """WeChat chat export
Chat: VP Sourcing (shared) / Jinlong Hinge
Exported: 2024-05-10 09:12 (UTC+08:00)
----------------------------------------------------------------

2024-05-09 21:40  VP Sourcing (shared)
hi Leo, pls make the hinge samples for the cycle test, JL-5B-2.5 and JL-3B-2.0

2024-05-09 21:41  VP Sourcing (shared)
bulk on hold for now

2024-05-09 21:55  Leo Chen (Jinlong Hinge)
ok 👍 nickel free plating same as last time?

2024-05-09 22:03  VP Sourcing (shared)
yes nickel free, EN 1811

2024-05-10 08:30  Leo Chen (Jinlong Hinge)
noted, samples ready 17 May
""")])

# p47 multi-file: PDF PO says 36 SMS; cover email says twenty-four (24)
case("p47_multifile_po36_mail24", ["RG011"],
     "folder: PO releases 36 SMS; the cover e-mail to the factory says twenty-four (24) SMS; hold, event and person present",
     [("PO_WR-0530.pdf", pdf([
         ("h1", "Wattle & Reef Eyewear — Purchase Order WR-0530"),
         ("p", "Level 2, 118 Smith Street, Collingwood VIC 3066. Supplier: Shenzhen Brightway Eyewear Co., Ltd. "
               "Date: 21/05/2024."),
         ("table", [
             ["Line", "Style", "Colour", "Qty", "Unit USD"],
             ["1", "WR-Brunswick 51-20-145", "Black", "12", "14.00"],
             ["2", "WR-Brunswick 51-20-145", "Reef tort", "12", "14.00"],
             ["3", "WR-Brunswick 51-20-145", "Olive crystal", "12", "14.00"],
             ["", "", "Total SMS", "36", ""],
         ]),
         ("sp",),
         ("p", "Only the 36 SMS are released. The bulk quantity is not released; it stays on hold until the SMS "
               "sign-off and a written release signed by Olivia Grant, Head of Product."),
     ], title="PO WR-0530", author="Wattle & Reef")),
      ("PO WR-0530 cover.eml", eml_bytes(mail(
          "Olivia Grant <olivia@wattleandreef.com.au>", "Grace Li <grace@brightway-eyewear.com>",
          "PO WR-0530 WR-Brunswick SMS", "Tue, 21 May 2024 16:40:00 +1000",
          """Hi Grace,

PO WR-0530 is in the portal. It's for twenty-four (24) SMS frames of the WR-Brunswick, we need
them for the sales roadshow in July.

Bulk stays on hold as per the PO.

Cheers,
Olivia
""" + sig("Olivia Grant", "Head of Product", "Wattle & Reef Eyewear Pty Ltd", "+61 3 9417 2210"))))])

# p48 DOCX release letter: 'three hundred (350)'
case("p48_release_words_vs_digits", ["RG011"],
     "release letter says 'three hundred (350) frames'; table totals 350; balance held until next written release by Laura Bianchi",
     [("Rilascio_VN-3420_lotto1.docx", docx_bytes([
         ("h1", "Occhiali Venier — Production release PR-2024-057"),
         ("p", "To: Occhialeria Cadore S.r.l. Model VN-3420 (acetate, 52-18-145), PO VN-24-0460. Belluno, 22/05/2024."),
         ("p", "Following the SMS sign-off of 17/05/2024, we release for production three hundred (350) frames of "
               "VN-3420, split as below."),
         ("table", [
             ["Colour", "Frames released"],
             ["C1 nero", "150"],
             ["C2 avana", "100"],
             ["C4 cristallo", "100"],
             ["Total", "350"],
         ]),
         ("p", "The remaining balance of the PO is not released. It stays on hold until the next written release, "
               "issued by Laura Bianchi after the sell-through review of the September trunk shows."),
         ("p", "Laura Bianchi, Production Release Authority"),
     ], author="Laura Bianchi"))])

# p49 HTML portal: released qty field 600, comment says produce the 500 released
case("p49_portal_600_vs_500", ["RG011"],
     "portal release shows released qty 600 while the buyer's comment says to produce the 500 trays released",
     [("VP-8830_release.html", html_page("VistaPoint Optical Supplier Portal - release VP-8830-R1", """
<div><b>VistaPoint Optical</b> &middot; Supplier Portal &middot; Logged in: Xiamen Display Pro Co., Ltd.</div>
<h2>Release VP-8830-R1 &mdash; Lens tray inserts LT-24</h2>
<table>
<tr><th>PO</th><td>VP-8830 (2,000 trays)</td></tr>
<tr><th>Released qty</th><td>600</td></tr>
<tr><th>Released by</th><td>Rachel Owens, Sourcing Director, 05/20/2024</td></tr>
<tr><th>Balance</th><td>not released &mdash; next release after sell-in review, by Rachel Owens</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>From</th><th>Comment</th></tr>
<tr><td>05/20/2024</td><td>Rachel Owens</td><td>Jason, please produce the 500 trays released with this release, grey flock, 24 slots. Ship with the July stands.</td></tr>
<tr><td>05/21/2024</td><td>Jason Wu</td><td>Noted, flock sample attached.</td></tr>
</table>
"""))])

# p50 supplier: production starts upon deposit per 'normal practice'
case("p50_production_upon_deposit", ["RG012"],
     "supplier schedules the bulk because 'production starts upon deposit'; the quoted buyer PO note is complete (30 SMS released, bulk held)",
     [("RE_ PO LM-24-0790.eml", eml_bytes(mail(
         "Chen Wei <chenwei@lianfa-glasses.com>", "Claire Dubois <c.dubois@lunetterie-marechal.fr>",
         "RE: PO LM-24-0790 / T/T deposit", "Mon, 20 May 2024 09:48:00 +0800",
         """Dear Claire,

Your T/T deposit is arrived, thank you very much.

According to our normal practice production start upon deposit, so the bulk of LM-Marais is
scheduled on line 3 from 10 June. SMS will be ready this Friday.

Best regards,
Chen Wei
Wenzhou Ouhai Lianfa Glasses Factory

-----Original Message-----
From: Claire Dubois
Sent: Tuesday, May 14, 2024 3:15 PM
""" + quote("""Dear Chen Wei,
PO LM-24-0790: the 30 SMS are released. The bulk of 1 170 frames is not released until I
sign off the SMS and send you a written release.
Claire Dubois""")
         )))])

# p51 WeChat: supplier treats the countersigned PO as order confirmation to start the production run
case("p51_wechat_po_signed_back", ["RG012"],
     "supplier reads the countersigned sample PO as authority to schedule the production run; buyer's scope complete",
     [("WeChat_HarborPike_Huaxin.txt", """WeChat chat export
Chat: H&P cases / Huaxin
Exported: 2024-05-22 10:05 (UTC+08:00)
----------------------------------------------------------------

2024-05-15 23:30  Chloe Martin (Harbor & Pike)
Hi Amy, PO HP-3588 is for 50 sample cases only (HC-09, sage green). The production quantity of 4,950 is not released until I send a revised PO after we sign off the samples. Chloe Martin

2024-05-16 09:10  Amy Wu (Huaxin)
Received Chloe 😊

2024-05-21 15:45  Amy Wu (Huaxin)
Chloe, PO signed back to you ✅ = order confirmed, so we schedule the production run next week 👍

2024-05-21 15:46  Amy Wu (Huaxin)
sample cases also next week
""")])

# p52 Australian buyer: "deposit's landed - you're good to go"
case("p52_deposit_good_to_go", ["RG002", "RG012"],
     "buyer ties an unscoped 'you're good to go' to the deposit landing; the quoted earlier scope is complete",
     [("RE_ CD-0120 proforma.eml", eml_bytes(mail(
         "Ella Nguyen <ella@coastaldrift.com.au>", "Nok Sriwongsa <nok@siamprecision.co.th>",
         "RE: CD-0120 proforma / deposit", "Fri, 24 May 2024 08:05:00 +1000",
         """Hi Nok,

Deposit's landed on your end this morning, so you're good to go!

Have a great weekend,
Ella
""" + sig_short("Ella Nguyen", "Product & Sourcing", "Coastal Drift Eyewear, Sydney", "+61 2 9188 4410") + """

On Wed, 22 May 2024 at 17:30, Nok Sriwongsa <nok@siamprecision.co.th> wrote:
""" + quote("""Dear Ella, please find proforma PI-SPO-0522 for the 30% deposit. Thank you ka.

On Mon, 13 May 2024, Ella Nguyen wrote:
> PO CD-0120: the 24 SMS are released. The bulk of 1,476 is not released until I sign off
> the SMS and send you a written release. Ella Nguyen"""),
         in_reply_to="<h127-spo-0522@siamprecision.co.th>")))])

if __name__ == "__main__":
    build()
