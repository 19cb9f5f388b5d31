"""Build the labelled corpus of the document checker: tests/data/check/cases/ + labels.json.

Run from the repository root:  .venv/bin/python tests/data/check/build_corpus.py

Each case is one bundle (a folder of one or more files) and the set of rule ids a careful
buyer would expect to be reported for it. The texts are written as buyers and suppliers write:
threads with quoted replies, signatures, tables, non-native English, numbers as words.
The PDF, DOCX and EML files are generated from the texts below so the corpus stays reviewable.
"""

from __future__ import annotations

import json
import shutil
import sys
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.unit.check.makers import make_docx, make_eml, pdf_from_text  # noqa: E402

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

Spec = dict[str, Any]


def render(name: str, kind: str, content: Any) -> bytes:
    if kind == "txt":
        return str(content).encode("utf-8")
    if kind == "html":
        return str(content).encode("utf-8")
    if kind == "pdf":
        return pdf_from_text(str(content))
    if kind == "docx":
        return make_docx(str(content))
    if kind == "eml":
        return message(content).as_bytes()
    raise ValueError(kind)


def message(spec: Spec) -> EmailMessage:
    attachments: list[Any] = []
    for item in spec.get("attach", []):
        if item[1] == "eml":
            attachments.append(message(item[2]))
        else:
            attachments.append((item[0], render(item[0], item[1], item[2])))
    return make_eml(
        spec["from"], spec["to"], spec["subject"], spec["body"], attachments, spec.get("html")
    )


BUYER = "Julia Brandt <j.brandt@nordcraft-devices.example>"
SUPPLIER = "Marco Ricci <marco@ricci-additive.example>"

QUOTE_500 = """RICCI ADDITIVE S.r.l. - QUOTATION Q-2026-0412
Customer: Nordcraft Devices GmbH
Part: BRKT-100 rev B, bracket, PA12 (MJF)

Item | Description | Qty | Unit price EUR
1 | Sample lot, dyed black | 10 | 38.00
2 | Production batch | 500 | 6.40

Quote valid for 30 days. Lead time samples 8 working days.
Payment terms: 30 days net.
"""

PO_SAMPLE_10 = """NORDCRAFT DEVICES GmbH
PURCHASE ORDER 4500871
Supplier: Ricci Additive S.r.l.
Date: 03.03.2026

Pos | Part number | Description | Qty | Unit price | Total
1 | BRKT-100 rev B | Bracket, sample | 10 | 38.00 | 380.00

Delivery: DAP Hamburg. Terms: 30 days net.
"""

CASES_SPEC: list[Spec] = []


def case(
    name: str,
    expect: list[str],
    files: list[tuple[str, str, Any]],
    facts: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    CASES_SPEC.append(
        {"name": name, "expect": sorted(expect), "files": files, "facts": facts, "note": note}
    )


# ============================================================== clean documents (no finding)

case(
    "clean_po_note_plain",
    [],
    [
        (
            "po_note.txt",
            "txt",
            """\
PO 4500123 - scope of this order

This PO covers 10 sample units of BRKT-100 rev B only.
The remaining 490 units of the quoted 500 are not released and stay on hold.
Please build the 10 samples now and buy material for the samples only.
The balance is released only after sample sign-off, by a written release from Jane Miller
(Purchasing Manager). The production quantity of 500 is a forecast, not a commitment.
""",
        )
    ],
)

case(
    "clean_supplier_quote_pdf",
    [],
    [("quote.pdf", "pdf", QUOTE_500)],
    note="a quote alone authorizes nothing",
)

case(
    "clean_supplier_question",
    [],
    [
        (
            "question.eml",
            "eml",
            {
                "from": SUPPLIER,
                "to": BUYER,
                "subject": "BRKT-100 - next steps?",
                "body": """Hi Julia,

the 10 samples left today with DHL, tracking 1Z99 8877.
Once you have approved them, can we proceed directly with the 490 pcs, or do you prefer to
send a separate release first? We could also pre-order the PA12 powder for the full batch
if you want - just tell me.

Best regards
Marco Ricci
Ricci Additive - Sales
""",
            },
        )
    ],
)

case(
    "clean_forecast_labelled",
    [],
    [
        (
            "forecast_q3.txt",
            "txt",
            """\
Rolling forecast BRKT-100 - non-binding, for planning purposes only

Month | Forecast qty
July | 1,200
August | 1,500
September | 2,000

This forecast is not an order and creates no commitment. Only quantities on a PO line
with a written release may be produced.
""",
        )
    ],
)

case(
    "clean_fit_check_only",
    [],
    [
        (
            "disposition.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "RE: BRKT-100 samples",
                "body": """Marco,

sample approved for fit check only; production not released.
We will come back to you about the series.

Julia
""",
            },
        )
    ],
    note="scoped disposition, not an authorization",
)

case(
    "clean_full_release_notice",
    [],
    [
        (
            "release_R2.txt",
            "txt",
            """\
RELEASE NOTICE R-2 - order ORD-7, part HSG-220 rev A

Following the approved sample sign-off of 12 May, 490 units of HSG-220 rev A are released
for production under PO 4500990.
Released by: Jane Miller, release authority.
This release covers the whole remaining quantity; nothing else is outstanding.
""",
        )
    ],
)

case(
    "clean_po_html_with_note",
    [],
    [
        (
            "po_4500652.html",
            "html",
            """\
<html><body>
<h2>Purchase Order 4500652</h2>
<p>Supplier: Keller Zerspanung GmbH<br>Buyer: Tom Becker</p>
<table border="1">
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Price</th></tr>
<tr><td>1</td><td>SHFT-310</td><td>Shaft, first articles</td><td>5</td><td>64.00</td></tr>
</table>
<p><b>Scope:</b> this PO releases the 5 first-article parts only. The quoted 300 pcs series is
not released and remains on hold until the first article inspection is passed and
Tom Becker (Head of Purchasing) sends a written release. Material: first articles only.</p>
</body></html>
""",
        )
    ],
)

case(
    "clean_po_docx",
    [],
    [
        (
            "PO_7781.docx",
            "docx",
            """\
PURCHASE ORDER 7781
Vendor: Shenzhen Brightmold Co., Ltd.
Line | Part | Description | Qty | Unit price USD
1 | CVR-045 | Cover, T1 samples | 20 | 12.50
Notes:
Only the 20 T1 samples are authorized by this order. The balance of 1,980 pcs is not released.
It will be released only by a revised PO, signed by Lisa Wong (Supply Chain Manager),
after sample approval.
""",
        )
    ],
)

case(
    "clean_email_po_and_quote_informational",
    [],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "PO 4500871 - BRKT-100 samples",
                "body": """Hi Marco,

attached is PO 4500871 for 10 samples of BRKT-100 rev B.
Your quote for the 500 pcs production batch is attached for reference only; that quantity is
not released and stays on hold until the samples are signed off and Jane Miller sends a
written release.
Please buy material for the 10 samples only.

Kind regards,
Julia Brandt
Purchasing, Nordcraft Devices
""",
                "attach": [
                    ("PO_4500871.pdf", "pdf", PO_SAMPLE_10),
                    ("quote_Q-2026-0412.pdf", "pdf", QUOTE_500),
                ],
            },
        )
    ],
)

case(
    "clean_supplier_acknowledgement",
    [],
    [
        (
            "ack.txt",
            "txt",
            """\
Hello Julia,

We acknowledge PO 4500871 for 10 samples only. We will not start the balance of 490 pcs until
we receive a written release from Jane Miller after sample sign-off.
Powder was bought for the 10 samples only.

Regards, Marco
""",
        )
    ],
)

case(
    "clean_logistics_email",
    [],
    [
        (
            "shipping.eml",
            "eml",
            {
                "from": "Paula Nowak <p.nowak@nordcraft-devices.example>",
                "to": SUPPLIER,
                "subject": "Delivery address change",
                "body": """Dear Marco,

from next week please deliver to our new warehouse:
Nordcraft Devices GmbH, Halle 4, Industriestrasse 12, 21079 Hamburg.
Goods receipt is open Mon-Fri 7:00-15:00. Please put the PO number on the delivery note.

Thank you,
Paula Nowak
Logistics
""",
            },
        )
    ],
)

case(
    "clean_drawing_title_block",
    [],
    [
        (
            "drawing_notes.pdf",
            "pdf",
            """\
NOTES
1. MATERIAL: PA12, MJF, DYED BLACK.
2. GENERAL TOLERANCES ISO 2768-m.
3. REMOVE ALL SHARP EDGES.
4. PART MARKING: BRKT-100 REV B.
DRAWN: K. Lang    CHECKED: P. Simon
APPROVED: J. Smith    DATE: 2026-02-11
""",
        )
    ],
    note="a title block's 'approved' is a drawing signature",
)

case(
    "clean_staged_material",
    [],
    [
        (
            "material_authority.txt",
            "txt",
            """\
Material authority - order ORD-12, part GEAR-88

You may buy material for up to 200 units at our liability (material authority: staged,
200 units). Production released: 10 samples only. The balance of 490 units stays on hold
until sample sign-off and a written release from Priya Natarajan.
""",
        )
    ],
)

case(
    "clean_non_native_po",
    [],
    [
        (
            "po_mail.txt",
            "txt",
            """\
Dear Mr. Klaus,

we send you PO 77810 for 20 pieces prototype only.
Rest quantity (480 pcs) is not released, it is on hold until our quality department approve
the samples and Mr. Wang Lei give the written release.

Best regards
Chen Hui
Purchasing
""",
        )
    ],
)

case(
    "clean_reply_thread",
    [],
    [
        (
            "reply.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "RE: RE: BRKT-100 order scope",
                "body": """Confirmed: 10 samples only. The balance stays on hold until the
samples are signed off and I send you a written release (Julia Brandt, purchasing manager).

Julia

-----Original Message-----
From: Marco Ricci
Sent: Tuesday, March 3, 2026 16:02
Subject: RE: BRKT-100 order scope

> Julia, just to be sure: your PO 4500871 is for the 10 samples only, correct?
> Or should we plan capacity for the 500 as well?
> Marco
""",
            },
        )
    ],
)

case(
    "clean_do_not_start",
    [],
    [
        (
            "hold.txt",
            "txt",
            """\
Hi Sven,

please do not start production; PO 61120 only covers the 12 prototypes.
The 388 balance will be released by Anna Berg after FAI approval, in writing.

Thanks
Anna
""",
        )
    ],
)

case(
    "clean_stop_notice",
    [],
    [
        (
            "stop.txt",
            "txt",
            """\
STOP NOTICE - order ORD-3, part HSG-220

Effective immediately, do not produce any more units of HSG-220 until further notice from
Mark Evans. Units already released stay released but must not be started either.
""",
        )
    ],
)

case(
    "clean_explicit_auto_conversion",
    [],
    [
        (
            "po_note_ac.txt",
            "txt",
            """\
PO 4501234 covers 10 sample units of KNB-12 only.
The remaining 490 units are not released until sample sign-off.
Auto-conversion agreed: an approved sample sign-off by Jane Miller automatically releases
490 units, as recorded on 2 March.
""",
        )
    ],
)

case(
    "clean_payment_not_release",
    [],
    [
        (
            "payment.txt",
            "txt",
            """\
Hello Marco,

invoice 9912 (samples) was paid by wire today.
Payment does not release production; the balance of 490 pcs remains on hold until Jane Miller
sends a written release after the sample sign-off.

Julia
""",
        )
    ],
)

case(
    "clean_quote_terms_docx",
    [],
    [
        (
            "quotation.docx",
            "docx",
            """\
Brightmold Co., Ltd. - Quotation BM-2291
Part: CVR-045, ABS, black texture MT-11010
Qty | Unit price USD | Tooling USD
20 | 12.50 | 8,400
2,000 | 1.85 |
Payment terms: 30% deposit with order, balance before shipment.
Prices valid for 30 days. Lead time for production: 4 weeks after your written release.
""",
        )
    ],
)

case(
    "clean_forecast_table_html",
    [],
    [
        (
            "forecast.html",
            "html",
            """\
<html><body><p>Dear partner,</p>
<p>please find our demand forecast below. It is non-binding and for capacity planning only;
it is not a purchase order.</p>
<table><tr><th>Part</th><th>Q3</th><th>Q4</th></tr>
<tr><td>SHFT-310</td><td>600</td><td>900</td></tr></table>
<p>Regards,<br>Tom Becker</p></body></html>
""",
        )
    ],
)

case(
    "clean_separate_release_after_approval",
    [],
    [
        (
            "po_note2.txt",
            "txt",
            """\
PO 4500990: 10 pcs sample lot of HSG-220 rev A.
The remaining 490 pcs are not released. Once the samples are approved, we will issue a
separate written release for the 490 units, signed by Jane Miller.
""",
        )
    ],
)

case(
    "clean_vendor_approval",
    [],
    [
        (
            "vendor.txt",
            "txt",
            """\
Dear Marco,

good news: after the audit last week Ricci Additive is now an approved supplier for
Nordcraft Devices, and PA12 MJF is on our approved material list.
Our supplier quality team will send the certificate separately.

Best regards,
Stefan Vogel
Supplier Quality
""",
        )
    ],
)

case(
    "clean_samples_rejected",
    [],
    [
        (
            "rejected.txt",
            "txt",
            """\
Marco, the samples are not approved yet - hole pattern is 0.4 mm out of position on 3 of 10
parts. Please do not start anything else; send 5 corrected samples first.
Julia
""",
        )
    ],
)

case(
    "clean_drawing_approval_not_release",
    [],
    [
        (
            "eng.txt",
            "txt",
            """\
Hi Sven,

the drawing SHFT-310 rev D is approved by engineering. This approval does not release
production; purchasing will handle the release separately.

Regards, Karin
""",
        )
    ],
)

# ============================================================== the risky ones

case(
    "sample_po_bare_email",
    ["RG003", "RG004", "RG005"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "PO 4500871",
                "body": """Hi Marco,

please find attached our PO for the samples.

Thanks,
Julia
""",
                "attach": [("PO_4500871.pdf", "pdf", PO_SAMPLE_10)],
            },
        )
    ],
)

case(
    "sample_po_with_quote_attached",
    ["RG001", "RG003", "RG004", "RG005"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "Order BRKT-100",
                "body": """Hello Marco,

attached PO 4500871 and your quotation for our records. Looking forward to the parts!

Best,
Julia
""",
                "attach": [
                    ("PO_4500871.pdf", "pdf", PO_SAMPLE_10),
                    ("quote_Q-2026-0412.pdf", "pdf", QUOTE_500),
                ],
            },
        )
    ],
)

case(
    "samples_approved_go_ahead",
    ["RG002", "RG003", "RG004", "RG005", "RG010"],
    [
        (
            "reply.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "RE: BRKT-100 samples",
                "body": """Samples approved, go ahead.

Julia

On Tue, 10 Mar 2026, Marco Ricci wrote:
> Hi Julia, did you have time to check the 10 samples? Any remarks?
> Marco
""",
            },
        )
    ],
)

case(
    "once_approved_proceed_remaining",
    ["RG003", "RG005", "RG007"],
    [
        (
            "PO_4500990.docx",
            "docx",
            """\
PURCHASE ORDER 4500990
Supplier: Ricci Additive S.r.l.
Pos | Part | Description | Qty | Price EUR
1 | HSG-220 rev A | Housing, sample lot | 10 | 55.00
Remark: Once the samples are approved, proceed with the remaining 490 pcs at the quoted price.
""",
        )
    ],
)

case(
    "supplier_deposit_started",
    ["RG012"],
    [
        (
            "update.txt",
            "txt",
            """\
Dear Julia,

thank you for the deposit, received today. We have started production of the 500 units and
will ship in three weeks.

Kind regards
Marco
""",
        )
    ],
)

case(
    "buyer_deposit_please_start",
    ["RG002", "RG010", "RG012"],
    [
        (
            "deposit.eml",
            "eml",
            {
                "from": "Rick Dalton <rick@prairie-robotics.example>",
                "to": "sales@lasertech.example",
                "subject": "Deposit sent",
                "body": """Hey guys,

deposit has been wired this morning, so please start the run.

Rick
""",
            },
        )
    ],
)

case(
    "forecast_as_firm_order",
    ["RG008"],
    [
        (
            "forecast_mail.txt",
            "txt",
            """\
Hi Marco,

our annual forecast for BRKT-100 is 12,000 pcs - please consider this our firm order for 2026
and plan your capacity accordingly.

Regards, Julia
""",
        )
    ],
)

case(
    "supplier_material_full_batch",
    ["RG006"],
    [
        (
            "supplier_update.txt",
            "txt",
            """\
Julia,

short update: to secure the lead time we have already ordered PA12 powder for the full
2,000 pcs batch. Samples will follow next week.

Marco
""",
        )
    ],
)

case(
    "feel_free_order_bar_stock",
    ["RG001", "RG003", "RG004", "RG005", "RG006"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Sven,

PO 61120 for the 8 prototypes is attached. Feel free to order bar stock for the whole 800
now, so we don't lose time later.

Cheers,
Anna
""",
        )
    ],
)

case(
    "mixed_release_terms",
    ["RG009"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Sven,

drawing rev C is released in our PLM, please use it for the 5 prototypes on PO 61120.
Production is not released: the remaining 195 pcs stay on hold until the FAI report is accepted
and Karin Holm sends the production release.

Anna
""",
        )
    ],
)

case(
    "supplier_po_accepted_schedules",
    ["RG012"],
    [
        (
            "ack.txt",
            "txt",
            """\
Dear Mr. Becker,

PO received and accepted - we will schedule production of all 300 units next week.

Best regards,
Heinz Keller
Keller Zerspanung
""",
        )
    ],
)

case(
    "po_approved_in_sap_go_ahead",
    ["RG002", "RG010", "RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Heinz,

since the PO is now approved in SAP, you can go ahead and run it.

Tom
""",
        )
    ],
)

case(
    "email_50_vs_po_10",
    ["RG003", "RG004", "RG005", "RG011"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "BRKT-100 sample order",
                "body": """Hi Marco,

please go ahead with 50 sample units as per attached PO.

Julia
""",
                "attach": [("PO_4500871.pdf", "pdf", PO_SAMPLE_10)],
            },
        )
    ],
)

case(
    "release_beyond_pilot_po",
    ["RG011"],
    [
        (
            "po_4400912.txt",
            "txt",
            """\
PURCHASE ORDER 4400912
Part: GEAR-88, pilot lot
Qty: 20 pcs
Pilot lot 20 pcs only. The series quantity is not released until pilot approval by
Lena Fischer.
""",
        ),
        (
            "release.txt",
            "txt",
            """\
Hello,

we release 200 pcs of GEAR-88 for production under PO 4400912.

Lena Fischer
""",
        ),
    ],
)

case(
    "quote_attached_balance_held",
    [],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "PO 4500123",
                "body": """Marco,

PO 4500123 attached for 25 samples. The balance is not released; Jane Miller will release it
after sample sign-off.

Julia
""",
                "attach": [
                    (
                        "PO_4500123.pdf",
                        "pdf",
                        PO_SAMPLE_10.replace("4500871", "4500123")
                        .replace("| 10 |", "| 25 |")
                        .replace("380.00", "950.00"),
                    ),
                    ("quote.pdf", "pdf", QUOTE_500),
                ],
            },
        )
    ],
    note="quote covered by the hold",
)

case(
    "no_unlock_event_only",
    ["RG004"],
    [
        (
            "po.txt",
            "txt",
            """\
PO 77811 covers 12 prototypes only; the balance stays on hold.
Tom Becker will decide on the rest later.
""",
        )
    ],
)

case(
    "no_authority_only",
    ["RG005"],
    [
        (
            "po.txt",
            "txt",
            """\
PO 77812: 12 prototypes only. The remaining 288 units are not released and stay on hold until
the prototypes pass FAI and we send a separate written release.
""",
        )
    ],
)

case(
    "no_hold_only",
    ["RG003"],
    [
        (
            "po.txt",
            "txt",
            """\
PO 77813 for 12 prototypes. After FAI approval Tom Becker will send a written release for
production.
""",
        )
    ],
)

case(
    "no_active_quantity_only",
    ["RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Sven,

please go ahead with the prototypes on PO 66120. Production stays on hold until the
prototypes are approved and Ana Ruiz releases it in writing.

Ana
""",
        )
    ],
)

case(
    "good_to_run_thread",
    ["RG002", "RG010"],
    [
        (
            "thread.eml",
            "eml",
            {
                "from": "Dave Miller <dave@acme-fixtures.example>",
                "to": "ops@printfarm.example",
                "subject": "RE: Job 2231 - good to run?",
                "body": """Yes, good to run. Cheers, Dave

> From: Print Farm Ops
> Are we good to run the batch? Material is on the shelf.
""",
            },
        )
    ],
)

case(
    "html_approved_proceed",
    ["RG002", "RG010"],
    [
        (
            "approval.html",
            "html",
            """\
<html><body><p>Hi Chen,</p><p>Approved! Please proceed.</p><p>Best,<br>Olivia</p>
</body></html>
""",
        )
    ],
)

case(
    "non_native_rest_pieces",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Supplier,

samples are OK for us, you can start with production of the rest pieces.

Best regards,
Wei
""",
        )
    ],
)

case(
    "supplier_po_covers_full_released_job",
    ["RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Julia,

thanks for PO 4500123. As the PO covers the full 500 we have released the job to the shop
floor.

Marco
""",
        )
    ],
)

case(
    "supplier_quote_upon_receipt_of_po",
    ["RG012"],
    [
        (
            "quote_cover.eml",
            "eml",
            {
                "from": SUPPLIER,
                "to": BUYER,
                "subject": "Quotation Q-2026-0415",
                "body": """Dear Julia,

please find our quotation attached. Upon receipt of your PO we will start production
immediately.

Best regards
Marco
""",
                "attach": [("quote.pdf", "pdf", QUOTE_500.replace("0412", "0415"))],
            },
        )
    ],
)

case(
    "supplier_continue_series_after_approval",
    ["RG007"],
    [
        (
            "quote_terms.txt",
            "txt",
            """\
Samples will be delivered in 2 weeks; after your approval of the samples we will continue with
the series of 5,000 pcs without further notice.
""",
        )
    ],
)

case(
    "carry_on_if_pass",
    ["RG007"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi team,

the first 10 trial parts are on PO 88214. If they pass our inspection, just carry on with the
remaining 190, no need to wait for us.

Greg
""",
        )
    ],
)

case(
    "forecast_commitment_eau",
    ["RG008"],
    [
        (
            "rfq.txt",
            "txt",
            """\
RFQ 2026-118, part CLP-07
EAU 25,000 pcs. We commit to the full annual volume once tooling is approved.
Please quote sample price and series price.
""",
        )
    ],
)

case(
    "forecast_treat_as_po",
    ["RG008"],
    [
        (
            "forecast.eml",
            "eml",
            {
                "from": "Nadia Petrova <n.petrova@voltline.example>",
                "to": "sales@moldwerk.example",
                "subject": "Forecast 2026",
                "body": """Hello,

attached our forecast for 2026. Please treat the forecast quantities as firm and start
planning resin accordingly.

Nadia
""",
                "attach": [
                    (
                        "forecast.txt",
                        "txt",
                        """\
Part | Q1 | Q2 | Q3 | Q4
CLP-07 | 5,000 | 6,000 | 7,000 | 7,000
""",
                    )
                ],
            },
        )
    ],
)

case(
    "material_whole_order_staged",
    ["RG006"],
    [
        (
            "mail.txt",
            "txt",
            """\
Julia, fyi: we have reserved resin for the complete order (500 pcs) so that we can start
immediately after your sample approval.
Marco
""",
        )
    ],
    note="material staged; the start after approval is only a plan",
)

case(
    "material_beyond_release_facts",
    ["RG006"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Julia,

we purchased material for 300 pcs of BRKT-100 to save time.

Marco
""",
        )
    ],
    facts={
        "order": "ORD-1",
        "part": "BRKT-100",
        "rev": "B",
        "sample_qty": 10,
        "production_qty": 500,
        "basis": "firm",
        "released": 10,
        "covered": 10,
        "po_numbers": ["4500871"],
        "unlock_event": "sample-signoff",
        "release_authority": "Jane Miller",
        "material_mode": "sample-only",
        "material_qty": 10,
        "po_note": "PO 4500871 releases 10 sample units of BRKT-100 rev B only. The "
        "remaining 490 units are not released and stay on hold until an "
        "approved sample sign-off and a written release by Jane Miller.",
    },
)

FACTS_ORD1 = {
    "order": "ORD-1",
    "part": "BRKT-100",
    "rev": "B",
    "sample_qty": 10,
    "production_qty": 500,
    "basis": "firm",
    "released": 10,
    "covered": 10,
    "po_numbers": ["4500871"],
    "unlock_event": "sample-signoff",
    "release_authority": "Jane Miller",
    "material_mode": "sample-only",
    "material_qty": 10,
    "po_note": "PO 4500871 releases 10 sample units of BRKT-100 rev B only. The "
    "remaining 490 units are not released and stay on hold until an "
    "approved sample sign-off and a written release by Jane Miller.",
}

case(
    "facts_email_authorizes_50",
    ["RG011"],
    [
        (
            "mail.txt",
            "txt",
            """\
Marco,

you can build 50 pcs of BRKT-100 now under PO 4500871. The rest stays on hold until the sample
sign-off; Jane Miller will send the written release.

Julia
""",
        )
    ],
    facts=FACTS_ORD1,
)

case(
    "facts_wrong_po_number",
    ["RG011"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

attached PO 4500999 covers the 10 samples of BRKT-100 only. The remaining 490 pcs are not
released until sample sign-off and a written release by Jane Miller.

Julia
""",
        )
    ],
    facts=FACTS_ORD1,
)

case(
    "facts_clean_matches_register",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

PO 4500871 covers the 10 samples of BRKT-100 rev B only. The remaining 490 pcs are not
released until sample sign-off and a written release by Jane Miller.

Julia
""",
        )
    ],
    facts=FACTS_ORD1,
)

case(
    "forwarded_chain_conflict",
    ["RG011"],
    [
        (
            "fwd.eml",
            "eml",
            {
                "from": "Olivia Grant <olivia@tidewater-marine.example>",
                "to": "chen@precisionworks.example",
                "subject": "Fwd: PO 330145 pilot",
                "body": """Chen,

approved for 20 pilot units only, see forwarded PO mail below. The other 480 are not released
until pilot sign-off and a written release from me (Olivia Grant, purchasing manager).

Olivia
""",
                "attach": [
                    (
                        "po.eml",
                        "eml",
                        {
                            "from": "Procurement <procurement@tidewater-marine.example>",
                            "to": "chen@precisionworks.example",
                            "subject": "PO 330145",
                            "body": """Dear Chen,

please find PO 330145 for 25 pilot units of BZL-19 attached. The remaining quantity is not
released until pilot sign-off and a written release by Olivia Grant.

Procurement team
""",
                        },
                    )
                ],
            },
        )
    ],
)

case(
    "docx_tracked_insert_go_ahead",
    ["RG002", "RG010"],
    [
        (
            "memo.docx",
            "docx",
            """\
Memo to supplier
{+Good to go - please start production.+}
{-Please wait for our release.-}
""",
        )
    ],
    note="the risky sentence only exists as a tracked insertion",
)

case(
    "pdf_comment_approved_go",
    ["RG002", "RG003", "RG004", "RG005", "RG010"],
    [("marked_up.pdf", "pdf", "")],
    note="built specially below: comment on a sample report",
)

case(
    "quantity_in_words_conflict",
    ["RG011"],
    [
        (
            "po.txt",
            "txt",
            """\
PURCHASE ORDER 5512
Part NZL-04, prototypes
Quantity: 15 pcs
Prototype quantity only; further quantities are not released until prototype approval and a
written release from Priya Natarajan.
""",
        ),
        (
            "mail.txt",
            "txt",
            """\
Hi,

please proceed with twenty-five prototypes under PO 5512.

Priya
""",
        ),
    ],
)

case(
    "unscoped_green_light_production",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Chen,

you have the green light for production. Let me know the ship date.

Olivia
""",
        )
    ],
)

case(
    "ok_to_start_non_native",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Mr. Ricci,

we check the parts yesterday, all is fine. It is ok to start now.

Best regards
Jovana Petrovic
""",
        )
    ],
)

case(
    "sample_approval_means_release",
    ["RG005", "RG007"],
    [
        (
            "po_note.txt",
            "txt",
            """\
PO 4501777: 10 sample units of KNB-12.
The remaining 490 units are not released yet.
Sample approval will automatically count as production release for the balance.
Questions to Jane Miller.
""",
        )
    ],
)

case(
    "forecast_written_as_order_facts",
    ["RG008"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

we confirm our order of 500 pcs BRKT-100 for the second half of the year.

Julia
""",
        )
    ],
    facts={**FACTS_ORD1, "basis": "forecast"},
)

case(
    "mixed_approval_terms_po",
    ["RG009"],
    [
        (
            "po.txt",
            "txt",
            """\
PO 4502001 - 10 sample units of BRKT-100 only.
The samples need approval by our quality lab (dimensional report).
Approval of the remaining 490 units for production is given separately by Jane Miller after
the sample sign-off; until then the 490 are not released.
""",
        )
    ],
)

case(
    "mixed_release_drawing_production_thread",
    ["RG009"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Karin Holm <k.holm@fjordtech.example>",
                "to": "sven@keller.example",
                "subject": "RE: SHFT-310",
                "body": """Sven,

engineering has released drawing rev D today. The production release for the 295 remaining
shafts will come from Tom Becker once the 5 first articles pass inspection; until then that
quantity is not released. Go ahead with the 5 first articles only.

Karin

> Hi Karin, which revision should we use for the first articles?
""",
            },
        )
    ],
)

case(
    "payment_then_production_non_native",
    ["RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Julia,

after we receive the down payment, production will start at once and goods are ready in
15 days.

Thank you
Li Na
""",
        )
    ],
)

case(
    "quote_pdf_two_layers_po_mail",
    ["RG001", "RG003", "RG004", "RG005"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Procurement <procurement@tidewater-marine.example>",
                "to": "chen@precisionworks.example",
                "subject": "Order BZL-19",
                "body": """Dear Chen,

as discussed, PO 330150 for 20 pilot units of BZL-19 is attached together with your offer.

Regards
Procurement team
""",
                "attach": [
                    (
                        "PO_330150.pdf",
                        "pdf",
                        """\
PURCHASE ORDER 330150
Part | Description | Qty | Price
BZL-19 | Bezel, pilot units | 20 | 18.00
""",
                    ),
                    (
                        "offer.pdf",
                        "pdf",
                        """\
Precision Works - Offer 7731
BZL-19 bezel, anodized black
Pilot units: 20 pcs at USD 18.00
Series: 2,000 pcs at USD 3.20
Offer valid until 30 April 2026.
""",
                    ),
                ],
            },
        )
    ],
)

case(
    "po_with_production_line_no_note",
    ["RG001", "RG003", "RG004", "RG005"],
    [
        (
            "PO_4500700.docx",
            "docx",
            """\
PURCHASE ORDER 4500700
Supplier: Ricci Additive S.r.l.
Pos | Part | Description | Qty | Price EUR
1 | BRKT-100 | Bracket sample lot | 10 | 38.00
2 | BRKT-100 | Bracket production | 490 | 6.40
""",
        )
    ],
)

case(
    "two_word_quantities_release_thread",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Marco,

the five hundred brackets: approved, thanks. We agreed that this covers the full quantity on
PO 4500123 - Jane Miller signed it off this morning.

Julia
""",
        )
    ],
    note="an approval of a quantity written in words is scoped",
)

case(
    "supplier_stage_material_question",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Julia, may we buy the powder for all 500 pcs now to keep the lead time, at your liability?
Or only for the 10 samples? Marco
""",
        )
    ],
    note="a question is not a purchase",
)

case(
    "not_proceed_until_release",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Heinz,

do not proceed with the series until you get a written release from Tom Becker. The PO only
covers the 5 first articles for now.

Tom
""",
        )
    ],
)

case(
    "quoted_reply_with_risky_old_message",
    ["RG002", "RG010"],
    [
        (
            "thread.eml",
            "eml",
            {
                "from": SUPPLIER,
                "to": BUYER,
                "subject": "RE: HSG-220",
                "body": """Thanks Julia, noted. Parts will ship Friday.

Marco

> Approved, go ahead!
> Julia
""",
            },
        )
    ],
    note="the old approval in the quote is still unscoped",
)

case(
    "thread_forwarded_quote_and_go",
    ["RG001", "RG002", "RG003", "RG004", "RG005"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Olivia Grant <olivia@tidewater-marine.example>",
                "to": "chen@precisionworks.example",
                "subject": "Fwd: offer BZL-19",
                "body": """Chen, looks good - go ahead. PO for the 20 pilots follows.

Olivia
""",
                "attach": [
                    (
                        "offer.eml",
                        "eml",
                        {
                            "from": "chen@precisionworks.example",
                            "to": "olivia@tidewater-marine.example",
                            "subject": "offer BZL-19",
                            "body": """Hi Olivia,

our offer: 20 pilot pcs at USD 18.00 and 2,000 series pcs at USD 3.20.

Chen
""",
                        },
                    )
                ],
            },
        )
    ],
)

case(
    "approved_for_production_without_qty",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Heinz,

SHFT-310 is released for production. Please confirm delivery date.

Tom Becker
""",
        )
    ],
)

case(
    "interim_approval_limited",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Heinz,

interim approval: you may produce 50 shafts only, valid until 30 April, while the drawing
deviation is being resolved. The remaining 245 are not released; Tom Becker releases them in
writing after the final sample sign-off.

Karin
""",
        )
    ],
)

case(
    "material_negated",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Marco, please don't order material for the full batch yet - powder for the 10 samples only.
The 490 balance is not released until Jane Miller sends a written release after sample
sign-off. Thanks, Julia
""",
        )
    ],
)

case(
    "forecast_labelled_in_po_mail",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

PO 4500871 covers the 10 samples only; the balance is not released until sample sign-off and a
written release by Jane Miller. For your planning, our forecast is about 6,000 pcs per year,
non-binding.

Julia
""",
        )
    ],
)

case(
    "proceed_with_samples_no_balance_words",
    ["RG003", "RG004", "RG005"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

please proceed with the 10 samples of BRKT-100 on PO 4500871.

Julia
""",
        )
    ],
)

case(
    "supplier_we_will_proceed_after_deposit",
    ["RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear customer, thanks for the order. We will proceed with manufacturing as soon as the
deposit is received. Regards, Shenzhen Brightmold
""",
        )
    ],
)

case(
    "production_start_pro_forma",
    ["RG012"],
    [
        (
            "pi.txt",
            "txt",
            """\
PROFORMA INVOICE PI-5521
CVR-045, 2,000 pcs, USD 3,700.00
Production starts once payment of this proforma is received.
""",
        )
    ],
)

case(
    "html_po_note_unlock_missing",
    ["RG004"],
    [
        (
            "po.html",
            "html",
            """\
<html><body><h3>PO 4500653 - note to supplier</h3>
<p>This order covers the 5 first-article shafts only. The remaining 295 are not released and
stay on hold. Only Tom Becker (Head of Purchasing) can release them.</p></body></html>
""",
        )
    ],
)

case(
    "email_auto_convert_non_native",
    ["RG007"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hello Marco,

if sample is OK, you go directly in production with the 490 pieces, we don't need to send new
PO. Balance is not released before that.

Regards
Tomasz
""",
        )
    ],
)

case(
    "material_for_balance_buyer",
    ["RG006"],
    [
        (
            "mail.txt",
            "txt",
            """\
Marco,

the 10 samples are on PO 4500871; the remaining 490 are not released until Jane Miller sends a
written release after sample sign-off. Please already buy the PA12 for the remaining 490 so we
are ready.

Julia
""",
        )
    ],
)

case(
    "pdf_multi_page_po_clean",
    [],
    [("po_multi.pdf", "pdf", "")],
    note="built specially below: two pages, the scope note on page 2",
)

case(
    "pdf_multi_page_po_risky",
    ["RG002", "RG003", "RG004", "RG005"],
    [("po_multi.pdf", "pdf", "")],
    note="built specially below: go-ahead on page 2",
)


# ============================================================== batch 2: written after the
# rules, in other voices, and measured before any tuning (see docs/checker.md)

case(
    "b2_german_english_sample_order",
    ["RG005"],
    [
        (
            "order.txt",
            "txt",
            """\
Hello Mr. Ricci,

herewith we order 10 pcs. samples acc. to your offer 2231 (pos. 1).
Serial production is not yet released - release will follow by separate PO after sample
approval by our QM.

Mit freundlichen Grüßen / Best regards
Klaus Weber
Einkauf / Purchasing
""",
        )
    ],
)

case(
    "b2_supplier_bought_bar_complete",
    ["RG006"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi,

noted your PO, thanks. FYI we already bought aluminium 6082 bar for the complete 1,000 pcs as
the mill had a good price this week.

Heinz
""",
        )
    ],
)

case(
    "b2_release_balance_no_qty",
    ["RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Heinz,

we're happy with the FAI parts - please release the balance to production.

Tom
""",
        )
    ],
)

case(
    "b2_html_po_capacity_line_not_released",
    [],
    [
        (
            "po.html",
            "html",
            """\
<html><body>
<p><b>PURCHASE ORDER 4500777</b> &ndash; Keller Zerspanung</p>
<table>
<tr><th>Line</th><th>Part</th><th>Qty</th><th>Remark</th></tr>
<tr><td>1</td><td>SHFT-310 rev D</td><td>5</td><td>first articles</td></tr>
<tr><td>2</td><td>SHFT-310 rev D</td><td>245</td><td>capacity reservation</td></tr>
</table>
<p>Line 2 is for capacity reservation only and is not released. Only the 5 first articles of
line 1 may be produced. Line 2 is released only by a written release from Tom Becker (Head of
Purchasing) after the first article inspection report is approved.</p>
</body></html>
""",
        )
    ],
)

case(
    "b2_quote_deposit_commence",
    ["RG012"],
    [
        (
            "quote.docx",
            "docx",
            """\
QUOTATION 2026-0192
Customer: Voltline Energy
Item | Qty | Unit price USD
CLP-07 samples | 20 | 9.80
CLP-07 production | 10,000 | 0.42
Production will commence upon receipt of 50% deposit.
Validity: 30 days.
""",
        )
    ],
)

case(
    "b2_abbreviated_protos",
    ["RG003", "RG004", "RG005"],
    [
        (
            "mail.txt",
            "txt",
            """\
pls go ahead w/ the 3 protos, thx
/Rick
""",
        )
    ],
)

case(
    "b2_first_off_approved_begin_run",
    ["RG002", "RG010"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Nadia Petrova <n.petrova@voltline.example>",
                "to": "sales@moldwerk.example",
                "subject": "CLP-07 first-off",
                "body": """Dear all,

the first-off samples have been approved by Quality. You may now begin the production run.

Kind regards
Nadia
""",
            },
        )
    ],
)

case(
    "b2_forecast_committed",
    ["RG008"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

attached is our 12-month forecast. These forecast volumes are committed and you can plan
material accordingly.

Julia
""",
        )
    ],
)

case(
    "b2_clean_release_after_signoff",
    [],
    [
        (
            "release.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "Release R-1 BRKT-100",
                "body": """Hi Marco,

sample sign-off is done (report QR-118). I hereby release 490 units of BRKT-100 rev B for
production under PO 4500871 rev 1.

Julia Brandt
Release authority, Nordcraft Devices
""",
            },
        )
    ],
)

case(
    "b2_supplier_confirms_and_schedules",
    ["RG012"],
    [
        (
            "oc.txt",
            "txt",
            """\
ORDER CONFIRMATION
We confirm your order for 2,000 pcs CVR-045 and have scheduled the run for week 14.
Shenzhen Brightmold Co., Ltd.
""",
        )
    ],
)

case(
    "b2_clean_material_limited",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Anna here - PO 66001 for 5 prototype housings is attached.
The remaining 195 housings are not released; they will be released by Anna Berg with a revised
PO after prototype approval. Material: please limit to the 5 prototypes.
""",
        )
    ],
)

case(
    "b2_proceed_with_order_quoted_quote",
    ["RG002", "RG010"],
    [
        (
            "reply.eml",
            "eml",
            {
                "from": BUYER,
                "to": SUPPLIER,
                "subject": "RE: offer 2231",
                "body": """Proceed with the order.

J.

> Offer 2231: samples 10 pcs at 38.00 EUR, production 500 pcs at 6.40 EUR.
> Delivery samples 2 weeks, production 4 weeks.
""",
            },
        )
    ],
)

case(
    "b2_advance_payment_kindly_proceed",
    ["RG002", "RG010", "RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Li Na,

advance payment done today, kindly proceed.

Thanks
Rick
""",
        )
    ],
)

case(
    "b2_after_samples_produce_all",
    ["RG007"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Tomasz,

after samples approval you can produce all quantity from the offer.

Regards
Wei
""",
        )
    ],
)

case(
    "b2_approval_status_mixed",
    ["RG009"],
    [
        (
            "status.txt",
            "txt",
            """\
Status BRKT-100
Technical approval of samples: done (dimensional report OK).
Production approval: not yet, waiting for budget.
""",
        )
    ],
)

case(
    "b2_docx_tracked_scope_added",
    [],
    [
        (
            "po.docx",
            "docx",
            """\
PO 4500556
Line | Part | Qty
1 | CVR-045 T1 samples | 20
PO for {+20 +}T1 samples{+ only. The remaining 1,980 pcs are not released until T1 approval \
and a written release by Lisa Wong+}.
""",
        )
    ],
)

case(
    "b2_pdf_po_with_terms_boilerplate",
    [],
    [
        (
            "po.pdf",
            "pdf",
            """\
PURCHASE ORDER 4500881
Line | Part | Description | Qty | Price
1 | GEAR-88 | Gear, samples | 10 | 22.00
Scope: 10 samples only. The remaining 990 pcs are not released and stay on hold until sample
sign-off and a written release by Lena Fischer (Purchasing Manager).

GENERAL TERMS AND CONDITIONS OF PURCHASE
1. Supplier's commencement of work shall constitute acceptance of this Purchase Order.
2. Prices are fixed for the duration of this order. Invoices are paid 30 days net.
3. Buyer may cancel undelivered quantities at any time without liability.
""",
        )
    ],
)

case(
    "b2_pilot_fifty_words_rest_waits",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Chen,

as discussed on the phone: go ahead with the pilot batch of fifty units. The rest is not
released yet and waits for the pilot result; I will send the release myself.

Regards,
Olivia Grant, Purchasing Manager
""",
        )
    ],
)

case(
    "b2_samples_ok_production_po_later",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Samples OK. We will send the production PO next week, please do not start before.
Julia
""",
        )
    ],
)

case(
    "b2_proforma_upon_payment_release",
    ["RG012"],
    [
        (
            "pi.txt",
            "txt",
            """\
Proforma invoice 7781
Upon payment we will release the order to production.
""",
        )
    ],
)

case(
    "b2_full_production_po_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

PO 4500900 covers 100 pcs of KNB-12. Please ship the 100 pcs by end of April.

Julia
""",
        )
    ],
)

case(
    "b2_confirmed_go_ahead_500_quoted",
    [],
    [
        (
            "reply.txt",
            "txt",
            """\
Confirmed, go ahead with 500.

> We can start with 500 pcs right away if you confirm.
> Marco
""",
        )
    ],
)

case(
    "b2_supplier_ack_wrong_quantity",
    ["RG011"],
    [
        (
            "po.txt",
            "txt",
            """\
PURCHASE ORDER 4500990
HSG-220 rev A, sample lot: 10 pcs
The remaining 490 pcs are not released until sample sign-off and a written release from
Jane Miller.
""",
        ),
        (
            "ack.txt",
            "txt",
            """\
Dear Julia,

we have received the PO for 100 samples and will start them tomorrow.

Marco
""",
        ),
    ],
)

case(
    "b2_signature_approved_supplier",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Julia,

the parcel with the drawings left today, tracking 1Z 999 AA1 0123 4567 84.

Best regards
Marco Ricci
Ricci Additive S.r.l. - ISO 9001 certified, approved supplier of Nordcraft Devices
""",
        )
    ],
)


# ============================================================== batch 3: a third voice,
# measured before tuning like batch 2

case(
    "b3_long_thread_clean",
    [],
    [
        (
            "thread.eml",
            "eml",
            {
                "from": "Sanjay Rao <sanjay.rao@helix-medtech.example>",
                "to": "quotes@protolab.example",
                "subject": "RE: RE: RE: ENC-77 enclosure - PO 910233",
                "body": """Hi Emma,

thanks for the quick turnaround. To be clear on scope: PO 910233 covers the 8 SLA prototypes
only. The 1,200 pcs production quantity in your quote is not released. Once our design review
signs off the prototypes, I (Sanjay Rao, Sourcing Manager) will issue a separate written
release for production.

Cheers,
Sanjay

On Mon, Emma Clarke wrote:
> Hi Sanjay, PO received, thank you! Just to double check - should we also book machine time
> for the 1,200 pcs?
>
> Emma
""",
            },
        )
    ],
)

case(
    "b3_supplier_assumes_po_covers_all",
    ["RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Sanjay,

thanks for PO 910233. Since the PO is in place, we have started the 1,200 pcs as well to keep
your launch date.

Emma
""",
        )
    ],
)

case(
    "b3_quote_docx_with_auto_production",
    ["RG007"],
    [
        (
            "quote.docx",
            "docx",
            """\
PROTOLAB - QUOTATION PL-5521
Item | Description | Qty | Price
1 | ENC-77 SLA prototypes | 8 | 95.00
2 | ENC-77 production, injection moulded | 1,200 | 3.10
Notes: Production starts automatically once prototypes are approved by customer.
Quote valid 60 days.
""",
        )
    ],
)

case(
    "b3_buyer_quick_ok_all",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Emma - all good, you can go ahead!
S.
""",
        )
    ],
)

case(
    "b3_forecast_please_produce",
    ["RG008"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hello,

based on our forecast of 3,000 units for Q3, please produce the full quantity now so stock is
ready.

Br, Mikael
""",
        )
    ],
)

case(
    "b3_material_at_supplier_risk_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Emma,

if you want to buy resin for the 1,200 pcs in advance, that is at your own risk - our material
authority covers the 8 prototypes only.

Sanjay
""",
        )
    ],
)

case(
    "b3_pdf_release_notice_partial_clean",
    [],
    [
        (
            "release.pdf",
            "pdf",
            """\
PRODUCTION RELEASE NOTICE RN-0042
Order: ORD-19   Part: ENC-77 rev C   PO: 910240
Released now: 300 units.
Balance on hold: 900 units, not released.
Unlock: next release after the first 300 units pass incoming inspection.
Release authority: Sanjay Rao (Sourcing Manager).
""",
        )
    ],
)

case(
    "b3_pdf_release_notice_partial_no_hold",
    ["RG001", "RG003"],
    [
        (
            "release.pdf",
            "pdf",
            """\
PRODUCTION RELEASE NOTICE RN-0043
Order: ORD-20   Part: ENC-78 rev A   PO: 910241
Released now: 300 units of the 1,200 ordered.
Next release after the first 300 units pass incoming inspection.
Release authority: Sanjay Rao (Sourcing Manager).
""",
        )
    ],
)

case(
    "b3_html_mail_go_ahead_pilot_no_scope",
    ["RG003", "RG004", "RG005"],
    [
        (
            "mail.html",
            "html",
            """\
<html><body><div>Hi Chen,</div><div><br></div>
<div>the pilot run of 40 units is approved to start. Please go ahead with the 40 pilot units.</div>
<div><br></div><div>Olivia</div></body></html>
""",
        )
    ],
)

case(
    "b3_mixed_release_word_software",
    ["RG009"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi team,

firmware 2.3 was released yesterday, so please flash it on the 20 engineering samples.
The production release for the remaining 980 boards will be sent by Mikael Lund after EVT
sign-off; until then the 980 are not released.

Br, Mikael
""",
        )
    ],
)

case(
    "b3_question_material_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Sanjay, quick question before we place the resin order: do you want us to cover only the 8
prototypes, or should we already order for the 1,200? We will wait for your answer.
Emma
""",
        )
    ],
)

case(
    "b3_deposit_invoice_clean_terms",
    [],
    [
        (
            "invoice.txt",
            "txt",
            """\
INVOICE 2026-0331
Deposit 30% for tooling ENC-77: EUR 4,500.00
Payment terms: 14 days net.
Please note: the deposit covers tooling only and is not a production release.
""",
        )
    ],
)

case(
    "b3_conflict_release_vs_note",
    ["RG011"],
    [
        (
            "po_note.txt",
            "txt",
            """\
PO 910250 releases 12 pre-series units of ENC-80 only. The remaining 488 units are not
released until pre-series approval and a written release by Sanjay Rao.
""",
        ),
        (
            "mail.txt",
            "txt",
            """\
Emma, as agreed on the call you may build 20 pre-series units. Thanks, Sanjay
""",
        ),
    ],
)

case(
    "b3_non_native_start_after_po",
    ["RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Sanjay,

we receive your PO today, so we start the production of 1200 pcs from Monday.

Best Regards
Wang Fang
""",
        )
    ],
)

case(
    "b3_approved_with_conditions_interim",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Chen,

interim sign-off: the 40 pilot units are accepted with deviation D-12. This allows 100 units
only, until 30 June; the balance is not released until the final sign-off and a written
release from Olivia Grant.

Olivia
""",
        )
    ],
)

case(
    "b3_good_to_print_full_tray",
    ["RG002", "RG010"],
    [
        (
            "chat.txt",
            "txt",
            """\
[09:14] Dave: printer 3 is free
[09:15] Mia: good to print the full tray?
[09:17] Dave: yes good to print
""",
        )
    ],
)

case(
    "b3_forecast_table_no_label_but_commit",
    ["RG008"],
    [
        (
            "plan.html",
            "html",
            """\
<html><body><h3>Volume plan 2026 (forecast)</h3>
<table><tr><th>Quarter</th><th>Units</th></tr><tr><td>Q1</td><td>2,000</td></tr>
<tr><td>Q2</td><td>2,500</td></tr></table>
<p>We guarantee to purchase the forecast volumes listed above.</p></body></html>
""",
        )
    ],
)

case(
    "b3_sample_po_docx_only_no_hold_no_event",
    ["RG003", "RG004", "RG005"],
    [
        (
            "po.docx",
            "docx",
            """\
PURCHASE ORDER 910260
Supplier: Protolab Ltd.
Item | Part | Description | Qty | Price GBP
1 | ENC-81 | Enclosure prototype, SLA | 6 | 88.00
Delivery: 10 working days. Invoice to accounts@helix-medtech.example
""",
        )
    ],
)

case(
    "b3_staged_material_exceeds_authority",
    ["RG006"],
    [
        (
            "mail.txt",
            "txt",
            """\
Sanjay, fyi - we staged resin for 600 pcs already (your material authority was 300 pcs).
Emma
""",
        )
    ],
)

case(
    "b3_payment_received_ship_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Payment for invoice 2026-0412 (the 8 prototypes) received, thank you. The prototypes ship
today by UPS.
""",
        )
    ],
)


# ============================================================== batch 4: everyday words that
# look like authority but are not, and authority hidden in everyday words

case(
    "b4_go_ahead_invoice_not_production",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Marco,

the 10 samples arrived in good shape. Please go ahead and send the invoice for them; we will
pay within 30 days.

Julia
""",
        )
    ],
)

case(
    "b4_release_shipment_customs",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear forwarder,

please release the shipment for customs clearance; all documents are attached.

Paula Nowak, Logistics
""",
        )
    ],
)

case(
    "b4_budget_approved_internal",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Team, FYI: the capex budget for the new test rig was approved by finance today. I will update
the project plan.
Stefan
""",
        )
    ],
)

case(
    "b4_proceed_with_shipment_samples",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Marco, the samples passed inspection - please proceed with the shipment of the 10 sample parts
to our lab. Production is not released; the balance stays on hold until Jane Miller sends a
written release.
Julia
""",
        )
    ],
)

case(
    "b4_sap_po_release_strategy",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Tom,

PO 4500990 is still blocked in the SAP release strategy; my manager has to approve it first.
I will send it to the supplier once it is approved.

Lisa
""",
        )
    ],
)

case(
    "b4_disclaimer_signature_clean",
    [],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Olivia Grant <olivia@tidewater-marine.example>",
                "to": "chen@precisionworks.example",
                "subject": "BZL-19 colour",
                "body": """Hi Chen,

can you send two more colour chips in RAL 7016? We want to compare them with the bezel.

Thanks,
Olivia

--
This e-mail and any attachments are confidential. Nothing in this message shall be deemed to be
an order, approval or commitment unless confirmed by a signed purchase order.
""",
            },
        )
    ],
)

case(
    "b4_start_date_kickoff_meeting",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi all, the project kick-off meeting for the new enclosure is on 12 May; we can start with the
design review there. Agenda attached.
""",
        )
    ],
)

case(
    "b4_verbal_ok_supplier_starts",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Julia,

as per our phone call this morning you confirmed we are ok to start production. We will ship in
three weeks.

Marco
""",
        )
    ],
    note="the supplier records an unscoped verbal go",
)

case(
    "b4_table_po_two_lines_with_note",
    [],
    [
        (
            "po.docx",
            "docx",
            """\
PURCHASE ORDER 4500910
Pos | Part | Description | Qty | Price EUR
1 | KNB-12 | Knob, samples | 10 | 5.00
2 | KNB-12 | Knob, production (forecast, not released) | 990 | 0.80
Note: position 2 is a forecast for capacity planning and is not released. Only position 1 may be
produced. Position 2 is released only by a written release from Jane Miller after sample
sign-off.
""",
        )
    ],
)

case(
    "b4_release_word_one_sense",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Heinz,

the 5 first articles are released for production of the first articles only; the 295 remaining
shafts are not released until Tom Becker releases them after FAI.

Karin
""",
        )
    ],
    note="'release' used twice, both for production authority",
)

case(
    "b4_implied_by_silence",
    ["RG007"],
    [
        (
            "mail.txt",
            "txt",
            """\
Marco,

if we don't come back to you within 5 days after receiving the samples, consider them approved
and continue with the production run.

Julia
""",
        )
    ],
)

case(
    "b4_pilot_approval_then_series_supplier_offer",
    ["RG007"],
    [
        (
            "offer.txt",
            "txt",
            """\
OFFER 7740 - BZL-19
Pilot lot 20 pcs, series 2,000 pcs.
Conditions: series production will follow automatically after pilot approval.
Prices valid 30 days.
""",
        )
    ],
)

case(
    "b4_forecast_binding_table_pdf",
    ["RG008"],
    [
        (
            "forecast.pdf",
            "pdf",
            """\
BINDING FORECAST - Voltline Energy
Part | Month | Qty
CLP-07 | June | 5,000
CLP-07 | July | 6,000
This forecast is firm and binding for the supplier's production planning.
""",
        )
    ],
)

case(
    "b4_material_ok_liability_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Heinz, to keep the lead time you may buy bar stock for the full 300 shafts - at our liability,
up to EUR 2,400. Production itself is not released; the 295 balance stays on hold until Tom
Becker sends the written release after FAI.
Karin
""",
        )
    ],
)

case(
    "b4_payment_sent_get_going",
    ["RG002", "RG010", "RG012"],
    [
        (
            "mail.txt",
            "txt",
            """\
Hi Wang,

payment sent this morning via TT - you can get going now.

Rick
""",
        )
    ],
)

case(
    "b4_order_quantity_words_hold_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Wang,

we order fifty pieces as first samples. Mass production (one thousand pieces) is not ordered
yet; it needs a second purchase order, signed by Rick Dalton, after the samples are approved.

Rick
""",
        )
    ],
)

case(
    "b4_conflict_two_pos",
    ["RG011"],
    [
        (
            "po_a.txt",
            "txt",
            """\
PURCHASE ORDER 7001
Part CLP-07, samples: 20 pcs
The remaining quantity is not released until sample approval and a written release from
Nadia Petrova.
""",
        ),
        (
            "po_b.txt",
            "txt",
            """\
PURCHASE ORDER 7001 rev 1
Part CLP-07, samples: 30 pcs
The remaining quantity is not released until sample approval and a written release from
Nadia Petrova.
""",
        ),
    ],
)

case(
    "b4_quoted_forward_question_only",
    [],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": BUYER,
                "to": "Jane Miller <j.miller@nordcraft-devices.example>",
                "subject": "Fwd: can we proceed?",
                "body": """Jane, see Marco's question below - can you decide? I have not answered
yet.

---------- Forwarded message ---------
From: Marco Ricci
Subject: can we proceed?

Hi Julia, can we proceed with the 490 pcs now that the samples are approved?
""",
            },
        )
    ],
)

case(
    "b4_non_native_all_clear",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Dear Mr. Ricci, the sample is perfect, everything clear from our side, you can make the
production. Best regards, Jovana
""",
        )
    ],
)

# ============================================================== batch 5: bundles, tables and
# forwarded chains, measured before tuning

QUOTE_HSG = """Keller Zerspanung GmbH - Angebot / Quotation 26-118
Part: HSG-220 rev A, aluminium housing
Pos | Description | Qty | Price EUR
1 | Prototypes, machined | 5 | 140.00
2 | Series, machined | 400 | 38.50
3 | Series, machined | 1,000 | 34.00
Delivery prototypes: 3 weeks. Validity: 60 days.
"""

case(
    "b5_po_mail_quote_series_unmarked",
    ["RG001", "RG003", "RG004", "RG005"],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Tom Becker <t.becker@fjordtech.example>",
                "to": "heinz@keller.example",
                "subject": "PO 4500301 HSG-220",
                "body": """Hello Heinz,

attached our PO 4500301 for the 5 prototypes, and your quotation for reference.

Best regards
Tom Becker
""",
                "attach": [
                    (
                        "PO_4500301.pdf",
                        "pdf",
                        """\
PURCHASE ORDER 4500301
Pos | Part | Description | Qty | Price EUR
1 | HSG-220 rev A | Prototypes, machined | 5 | 140.00
""",
                    ),
                    ("Angebot_26-118.pdf", "pdf", QUOTE_HSG),
                ],
            },
        )
    ],
)

case(
    "b5_po_mail_quote_series_marked",
    [],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Tom Becker <t.becker@fjordtech.example>",
                "to": "heinz@keller.example",
                "subject": "PO 4500302 HSG-220",
                "body": """Hello Heinz,

attached our PO 4500302 for the 5 prototypes only. The series quantities in your quotation
(400 / 1,000 pcs) are not released; I will release a series quantity in writing after the
prototypes pass our FAI.

Best regards
Tom Becker
Head of Purchasing
""",
                "attach": [
                    (
                        "PO_4500302.pdf",
                        "pdf",
                        """\
PURCHASE ORDER 4500302
Pos | Part | Description | Qty | Price EUR
1 | HSG-220 rev A | Prototypes, machined | 5 | 140.00
""",
                    ),
                    ("Angebot_26-118.pdf", "pdf", QUOTE_HSG),
                ],
            },
        )
    ],
)

case(
    "b5_forwarded_chain_approval_to_ops",
    ["RG002", "RG003", "RG004", "RG005", "RG010"],
    [
        (
            "fwd.eml",
            "eml",
            {
                "from": "Heinz Keller <heinz@keller.example>",
                "to": "ops@keller.example",
                "subject": "Fwd: HSG-220 prototypes",
                "body": """Team, customer approved - see below. Let's go.

Heinz
""",
                "attach": [
                    (
                        "approval.eml",
                        "eml",
                        {
                            "from": "Tom Becker <t.becker@fjordtech.example>",
                            "to": "heinz@keller.example",
                            "subject": "HSG-220 prototypes",
                            "body": """Heinz, prototypes approved. Thanks! Tom""",
                        },
                    )
                ],
            },
        )
    ],
)

case(
    "b5_mixed_approval_po_note_docx",
    ["RG009"],
    [
        (
            "note.docx",
            "docx",
            """\
PO 4500303 - note to supplier
This PO covers 5 prototypes of HSG-220 only; the series quantity is not released.
Approval of the prototypes is done by our quality department (FAI).
The series approval (release of 400 pcs) will be given by Tom Becker after FAI.
""",
        )
    ],
)

case(
    "b5_bundle_conflict_po_vs_release_mail",
    ["RG011"],
    [
        (
            "PO_4500304.docx",
            "docx",
            """\
PURCHASE ORDER 4500304
Pos | Part | Qty
1 | HSG-220 rev A, prototypes | 5
The series is not released until FAI approval and a written release by Tom Becker.
""",
        ),
        (
            "release.eml",
            "eml",
            {
                "from": "Tom Becker <t.becker@fjordtech.example>",
                "to": "heinz@keller.example",
                "subject": "Release HSG-220",
                "body": """Heinz,

FAI passed. I hereby release 400 pcs of HSG-220 rev A for series production under
PO 4500304.

Tom Becker, Head of Purchasing
""",
            },
        ),
    ],
)

case(
    "b5_bundle_release_matches_revised_po_clean",
    [],
    [
        (
            "PO_4500305_rev1.pdf",
            "pdf",
            """\
PURCHASE ORDER 4500305 rev 1
Pos | Part | Description | Qty
1 | HSG-220 rev A | Prototypes | 5
2 | HSG-220 rev A | Series | 400
Line 2 is released only by a written release from Tom Becker after FAI.
""",
        ),
        (
            "release.txt",
            "txt",
            """\
FAI passed. I hereby release the 400 pcs of line 2 for series production.
Tom Becker, Head of Purchasing
""",
        ),
    ],
)

case(
    "b5_supplier_table_status_material",
    ["RG006"],
    [
        (
            "status.html",
            "html",
            """\
<html><body><p>Weekly status HSG-220</p>
<table><tr><th>Item</th><th>Status</th></tr>
<tr><td>Prototypes (5)</td><td>machining, ready Friday</td></tr>
<tr><td>Raw material</td><td>ordered for 1,000 pcs (full series)</td></tr>
</table></body></html>
""",
        )
    ],
)

case(
    "b5_rg012_after_po_acknowledgement",
    ["RG012"],
    [
        (
            "ack.txt",
            "txt",
            """\
ORDER ACKNOWLEDGEMENT OA-7781
We acknowledge your purchase order 4500301. Production of the series will begin immediately
after this acknowledgement.
""",
        )
    ],
)

case(
    "b5_forecast_ordered_mail",
    ["RG008"],
    [
        (
            "mail.txt",
            "txt",
            """\
Heinz, our expected annual volume of 1,000 housings is hereby ordered - please plan the series
accordingly.
Tom
""",
        )
    ],
)

case(
    "b5_question_chain_clean",
    [],
    [
        (
            "mail.eml",
            "eml",
            {
                "from": "Heinz Keller <heinz@keller.example>",
                "to": "t.becker@fjordtech.example",
                "subject": "RE: HSG-220",
                "body": """Tom, understood - we will wait for your written release before starting
any series parts. Should we already reserve machine capacity for week 20, or not yet?

Heinz

> Heinz, the prototypes are approved technically, but the series is NOT released yet.
> I will send you the release after our internal approval.
> Tom Becker, Head of Purchasing
""",
            },
        )
    ],
)

case(
    "b5_interim_deviation_limited_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """\
Heinz,

interim approval under deviation DV-07: you may produce and ship 50 housings, valid until
31 May. The other 350 are not released until the final FAI sign-off and my written release.

Tom Becker, Head of Purchasing
""",
        )
    ],
)

case(
    "b5_po_body_go_ahead_all_quantities",
    ["RG002", "RG010"],
    [
        (
            "mail.txt",
            "txt",
            """\
Heinz, all good on our side, go ahead with everything on the quotation.
Tom
""",
        )
    ],
)


# ============================================================== batch 6: order confirmations,
# delivery requests, identifiers, quoted questions, signed first-person authority, unlock events

case(
    "b6_buyer_confirms_order_with_quote_docx",
    ["RG001", "RG003", "RG004", "RG005"],
    [
        (
            "order.eml",
            "eml",
            {
                "from": "Paul Weber <p.weber@weber-optics.example>",
                "to": "sales@lumen-cast.example",
                "subject": "GX-4 prototypes",
                "body": """Hello,

we hereby confirm our order of 12 pcs GX-4 prototypes, our PO 77120, at the prices of your
quotation (attached again for reference).

Regards
Paul Weber
""",
                "attach": [
                    (
                        "quotation_GX-4.docx",
                        "docx",
                        "Lumen Cast quotation LC-5512\nQty | Unit EUR\n12 pcs prototypes | 40.00\n"
                        "4,000 pcs series | 3.10\n",
                    )
                ],
            },
        )
    ],
    note="an order confirmed by the buyer authorizes the 12 prototypes; the 4,000 stand unmarked",
)

case(
    "b6_kindly_supply_trial_parts",
    ["RG001", "RG003", "RG004", "RG005"],
    [
        (
            "mail.txt",
            "txt",
            """Dear Sir,

Kindly supply 40 nos. trial parts as per your offer 118, our PO 5512.

Regards
A. Kumar
""",
        ),
        ("offer.txt", "txt", "Offer 118\ntrial parts: 40 nos\nproduction lot: 8,000 nos\n"),
    ],
    note="a delivery request is an authorization",
)

case(
    "b6_caps_po_vendor_number_full_release_clean",
    [],
    [
        (
            "PO_556677.txt",
            "txt",
            """PURCHASE ORDER 556677              DATE 02-APR-2025
SUPPLIER NO: 20931 MOLDEX LTD
SHIP TO: PLANT 4, DOCK 2
LN  ITEM   DESCRIPTION   QTY   UOM
01  CAP-3  END CAP       800   PCS
THIS ORDER RELEASES THE COMPLETE QUANTITY OF 800 PCS FOR PRODUCTION. NOTHING REMAINS ON HOLD.
AUTHORIZED BY: K. MEYER, PURCHASING MANAGER, AFTER PPAP APPROVAL.
""",
        )
    ],
    note="supplier and plant numbers are identifiers; a full release leaves no balance",
)

case(
    "b6_quoted_supplier_question_reply_scoped_clean",
    [],
    [
        (
            "reply.eml",
            "eml",
            {
                "from": "Eva Lind <eva.lind@lindqvist.example>",
                "to": "bo@bergs-mek.example",
                "subject": "RE: SP-12 - full 2,000?",
                "body": """Bo,

no - only the 40 samples are released; the other 1,960 pcs stay on hold until the sample
sign-off and a written release from me (Eva Lind, Release Authority).

Eva

> Hi Eva, may we go ahead with the full 2,000 pcs?
> An OK today would help us plan the press.
> Bo
""",
            },
        )
    ],
    note="go-ahead words only in the quoted question; the reply itself is scoped",
)

case(
    "b6_supplier_po_accepted_we_begin",
    ["RG012"],
    [
        (
            "chat.txt",
            "txt",
            "[04/04/2025 09:12] Ming Zhao (Supplier): your PO 4471 has been accepted, therefore "
            "we begin production of 2,000units on Monday.\n",
        )
    ],
    note="a supplier's own statement is not a grant; PO acceptance as start is RG012",
)

case(
    "b6_tool_and_po_approved_by_departments_clean",
    [],
    [
        (
            "po_note.txt",
            "txt",
            """PO 5520 note - KN-2 knob
Mould approved by our tooling engineer. 20 pcs samples are released now - please mould them.
The balance of 980 pcs is not released and on hold until the sample sign-off; only a written
release from Eva Lind (Head of Purchasing) releases it.
""",
        )
    ],
    note="an approval of the mould recorded as a fact is not a grant",
)

case(
    "b6_undersigned_signed_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            """Dear Mr. Rao,

please produce 30 samples only under PO 8801. The remaining 970 pcs are not released and stay
on hold; they will be released in writing by the undersigned after PPAP approval.

Regards,
Sanjay Mehta
""",
        ),
    ],
    note="'the undersigned' in a message signed by a named person names the authority",
)

case(
    "b6_signed_my_written_release_clean",
    [],
    [
        (
            "note.txt",
            "txt",
            """Go ahead with the 10 prototypes now. The other 490 are on hold until the
prototypes pass the leak test, then only my written release can release them.

Klaus Berger
""",
        ),
    ],
    note="'my written release' in a message signed by a named person names the authority",
)

case(
    "b6_first_article_inspection_signed_off_clean",
    [],
    [
        (
            "release.pdf",
            "pdf",
            """RELEASE NOTE RN-14
Release: 100 pcs of BZ-9 bezel released for production.
The remaining 900 pcs are not released until the first-article inspection is signed off;
only Eva Lind (Release Authority) can release them.
""",
        )
    ],
    note="first-article inspection signed off is an unlock event",
)

case(
    "b6_release_letter_event_dated_table_clean",
    [],
    [
        (
            "release.docx",
            "docx",
            "PRODUCTION RELEASE R-9\nField | Value\nQuantity released by this release | 1,900 pcs"
            "\nPreviously released (prototypes) | 100 pcs\nTotal released | 2,000 pcs (= full "
            "order quantity; no balance remains)\nUnlock event | PPAP approved on 12 Feb 2025\n"
            "Authorized by | Eva Lind, Release Authority\n",
        )
    ],
    note="a dated approval in a table records the unlock event; nothing is left on hold",
)

case(
    "b6_commits_to_forecast",
    ["RG008"],
    [
        (
            "blanket.txt",
            "txt",
            "Blanket agreement BA-7: Weber Optics commits to the annual forecast of 24,000 units "
            "for 2026.\n",
        )
    ],
)

case(
    "b6_confirmation_reserved_resin_vs_release",
    ["RG006"],
    [
        (
            "release.txt",
            "txt",
            "Release R-2: 200 pcs released for production. Balance 1,800 pcs not released, on "
            "hold until the drop test is passed, then a written release from Eva Lind.\n",
        ),
        (
            "confirmation.txt",
            "txt",
            "Order confirmation OC-77\nRemark: we have reserved PA 12 resin for 2,000 pcs at our "
            "warehouse.\n",
        ),
    ],
    note="material in the supplier's confirmation is compared with the bundle's release",
)

case(
    "b6_this_deposit_authorizes",
    ["RG012"],
    [
        (
            "letter.txt",
            "txt",
            "Re: PO 6601, 500 pcs (full order).\nWe have paid the deposit. With this deposit you "
            "are authorized to start the 500 pcs.\nEva Lind\n",
        )
    ],
)

case(
    "b6_po_table_vs_release_mail_conflict",
    ["RG011"],
    [
        (
            "po.docx",
            "docx",
            "PO 7710-2 - KN-5\nPos | Article | Qty | Scope\n1 | KN-5 knob | 300 pcs | production"
            "\n\nRelease R-3: 300 pcs released. Balance 700 pcs not released, on hold until "
            "sample sign-off; only a written release from Eva Lind can release it.\n",
        ),
        (
            "release.txt",
            "txt",
            "With release R-3 we release 250 pcs KN-5 for production under PO 7710-2. The balance "
            "stays on hold until the sample sign-off and my written release.\n\nEva Lind\n",
        ),
    ],
)


# ============================================================== batch 7: written after an
# independent corpus showed that authority stated only in attachments, go-ahead idioms,
# payment read as a start in either order, quantities in other notations and initials were
# missed. New wording of each class, not the wording of that corpus.

case(
    "b7_thumbs_up_mail_scope_in_docx_po",
    ["RG002"],
    [
        (
            "RE_OL-310.eml",
            "eml",
            {
                "from": "Hana Berg <h.berg@orchid-labs.example>",
                "to": "Piet Vos <piet@vos-printing.example>",
                "subject": "RE: OL-310 protos",
                "body": "Piet,\n\nAll good on our end, you can start.\n\nHana\n",
                "attach": [
                    (
                        "PO_OL-77-310.docx",
                        "docx",
                        "Orchid Labs - PO OL-77-310\nPos | Part | Qty\n1 | OL-310 rev B lid | 6"
                        "\n\nActive: 6 prototypes. The other 594 lids are not released; they wait "
                        "for the DVT review and a written release by Hana Berg (Procurement "
                        "Manager).\n",
                    )
                ],
            },
        )
    ],
    note="the attached PO (its title names the PO) holds, unlocks and names the releaser",
)

case(
    "b7_untitled_html_po_table_balance_open",
    ["RG003", "RG004", "RG005"],
    [
        (
            "po_vx12.html",
            "html",
            "<table><tr><th>Pos</th><th>Part number</th><th>Qty</th><th>Unit EUR</th></tr>"
            "<tr><td>1</td><td>VX-12 valve body, prototype</td><td>30</td><td>14.00</td></tr>"
            "</table><p>Delivery to Linz. The remaining 970 pcs of the project follow later.</p>",
        ),
        (
            "go.txt",
            "txt",
            "Thanks for the quick quote - go ahead with the 30 prototypes.\nKlaus\n",
        ),
    ],
    note="a line-item table without a title is a PO; the 970 are never put on hold",
)

case(
    "b7_spot_on_get_rolling_unscoped",
    ["RG002"],
    [
        (
            "PO_RT-2020.txt",
            "txt",
            "RIVERTON TOOLS  PO RT-2020  2025-02-03\nLN  ITEM             QTY   SCOPE\n"
            "1   RT-20 knob rev A  20    SAMPLE\nOnly the 20 samples are authorized. The balance "
            "of 480 pcs is not released until sample sign-off and a written release by Ida "
            "Lund (Head of Sourcing).\n",
        ),
        (
            "chat.txt",
            "txt",
            "[2025-02-20 08:12] Lars Moe (supplier): samples are in your lab since Monday\n"
            "[2025-02-20 09:40] Ida Lund (Riverton): parts look spot on - get the printers "
            "rolling!\n",
        ),
    ],
)

case(
    "b7_nonnative_please_to_make_production",
    ["RG002"],
    [
        (
            "mail.txt",
            "txt",
            "Dear Mr. Vos,\n\nsample is OK for us. Please to make the production now.\n\nChen Yu\n",
        ),
        (
            "po_note.txt",
            "txt",
            "PO 6620 note: only the 12 samples are authorized; balance 1,188 pcs is not "
            "released until FAI sign-off, written release by Chen Yu (Purchase Manager).\n",
        ),
    ],
)

case(
    "b7_negated_idiom_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            "Piet,\n\nplease don't fire up the presses yet, the samples are still at the lab.\n"
            "Only the 40 samples on PO 5520 are authorized. The balance of 960 pcs is not "
            "released until the fit test passes and Ida Lund (Head of Sourcing) releases it in "
            "writing.\n\nIda\n",
        )
    ],
)

case(
    "b7_yes_to_suppliers_question_clean",
    [],
    [
        (
            "chat.txt",
            "txt",
            "[09:01] Ana Costa: PO 4411 attached - 1,000 pcs production, full order; no balance "
            "remains.\n[09:05] Marco Ricci: can we run the 1,000 pcs from Monday?\n"
            "[09:06] Ana Costa: yes please\n",
        )
    ],
    note="a yes to a question that names the quantity is scoped by it",
)

case(
    "b7_supplier_proforma_settled_launched",
    ["RG012"],
    [
        (
            "PO_MK-24.txt",
            "txt",
            "Purchase Order MK-24 (2025-01-10)\nItem: MK-24 housing - Qty 24 pcs - sample lot\n"
            "Build 24 sample pcs now. The remaining 2,376 pcs are on hold and not released until "
            "sample sign-off; written release by Tove Berg, Purchasing Manager.\n",
        ),
        (
            "update.txt",
            "txt",
            "Hi Tove,\nproforma settled on your side, so we've launched the full run of 2,400 "
            "housings this morning.\nRegards, Jan (Kestrel Moulding)\n",
        ),
    ],
)

case(
    "b7_buyer_start_then_payment_remitted",
    ["RG002", "RG012"],
    [
        (
            "mail.txt",
            "txt",
            "Hello Jan,\n\nKindly start the series production; the advance payment has been "
            "remitted yesterday.\n\nTove\n",
        ),
        (
            "PO_MK-31.txt",
            "txt",
            "Purchase Order MK-31 (2025-02-01)\nItem: MK-31 cover - Qty 50 pcs - sample lot\n"
            "Build 50 sample pcs now. The remaining 4,950 pcs are on hold and not released until "
            "PPAP approval; written release by Tove Berg, Purchasing Manager.\n",
        ),
    ],
    note="the start comes first, the payment after it",
)

case(
    "b7_order_booked_in_erp_job_to_manufacturing",
    ["RG012"],
    [
        (
            "PO_7781.txt",
            "txt",
            "PURCHASE ORDER 7781\nLN  ITEM            QTY   SCOPE\n"
            "1   GH-7 gear rev C  60    SAMPLE\n"
            "Only the 60 samples are authorized. The balance of 540 pcs is not released until "
            "the FAI is signed off; release in writing by Olle Dahl (Purchasing Manager).\n",
        ),
        (
            "confirmation.html",
            "html",
            "<p>Dear Olle,</p><p>Your order 7781 has been booked in our ERP and the job is "
            "released to manufacturing for all 600 pcs.</p><p>Order desk, Fenwick Gears</p>",
        ),
    ],
    note="a supplier reading PO acceptance as a start; its 600 is no authorized quantity",
)

case(
    "b7_deposit_transferred_not_a_release_clean",
    [],
    [
        (
            "mail.txt",
            "txt",
            "Jan,\n\nDeposit transferred today. Payment is not a release: only the 30 pilot pcs "
            "are authorized now, and the balance of 900 pcs waits for PPAP approval and my "
            "written release.\n\nOla Smith\nPurchasing Manager\n",
        )
    ],
)

case(
    "b7_k_notation_release_conflicts_with_po",
    ["RG011"],
    [
        (
            "PO_NB-300.txt",
            "txt",
            "NORBERG AB   PO NB-300   2025-03-01\n1  NB-3 clamp rev A  qty 3,000 pcs  SEK 4.10  "
            "PRODUCTION (full order, no balance)\n",
        ),
        (
            "release.txt",
            "txt",
            "Release 1 for PO NB-300: 2.5k clamps released for production.\nEva Norberg, "
            "Purchasing Manager\n",
        ),
    ],
)

case(
    "b7_words_and_digits_same_quantity_clean",
    [],
    [
        (
            "PO_NB-120.txt",
            "txt",
            "NORBERG AB   PO NB-120   2025-03-05\n1  NB-1 hinge rev B  qty 1,200 pcs  SEK 2.10  "
            "PRODUCTION (full order, no balance)\n",
        ),
        (
            "release.txt",
            "txt",
            "For PO NB-120 twelve hundred hinges are released for production.\nEva Norberg, "
            "Purchasing Manager\n",
        ),
    ],
)

case(
    "b7_acknowledged_release_quantity_differs",
    ["RG011"],
    [
        (
            "release_RN-7.docx",
            "docx",
            "Release RN-7 for order KP-88: 800 pcs released by Jonas Eck (release authority) "
            "after FAI sign-off. The balance of 1,200 pcs is not released; next written release "
            "by Jonas Eck after delivery of lot 1.\n",
        ),
        (
            "ack_RN-7.txt",
            "txt",
            "Kessler Parts acknowledges release RN-7 for KP-88: confirmed quantity 600 pcs. "
            "Balance on hold.\n",
        ),
    ],
)

case(
    "b7_initials_name_the_releaser_clean",
    [],
    [
        (
            "minutes.txt",
            "txt",
            "Minutes - pilot review VX-40, 3 March\n"
            "Pilot lot of 25 pcs is authorized by M. Rossi (Purchasing Manager). The rest of "
            "475 pcs stays on hold until the FAI is signed off; it is released only in writing "
            "by M. Rossi.\n",
        )
    ],
    note="an initial does not end a sentence",
)

case(
    "b7_satisfied_with_first_articles_go_straight_into",
    ["RG007"],
    [
        (
            "PO_VX-90.txt",
            "txt",
            "PURCHASE ORDER 4500090\nLN  ITEM            QTY   SCOPE\n1   VX-90 bracket    10    "
            "FIRST ARTICLE\nOnly the 10 first articles are authorized. The balance of 990 pcs is "
            "not released until FAI sign-off and a written release by Ida Lund (Head of "
            "Sourcing).\n",
        ),
        (
            "note.txt",
            "txt",
            "As soon as QA is satisfied with the first articles, go straight into the remaining "
            "990.\nMats\n",
        ),
    ],
)

case(
    "b7_plate_stock_for_whole_order",
    ["RG006"],
    [
        (
            "PO_VX-91.txt",
            "txt",
            "PURCHASE ORDER 4500091\nLN  ITEM            QTY   SCOPE\n1   VX-91 plate      8     "
            "SAMPLE\nOnly the 8 samples are authorized. The balance of 392 pcs is not released "
            "until sample sign-off and a written release by Ida Lund (Head of Sourcing).\n",
        ),
        (
            "status.txt",
            "txt",
            "Status VX-91: samples on the mill. We have bought 2 mm 6061 sheets for all 400 pcs.\n",
        ),
    ],
)

case(
    "b7_schedule_weeks_declared_binding",
    ["RG008"],
    [
        (
            "schedule.txt",
            "txt",
            "BFR*05*SCH-22**DL*A*20250301~\nLIN**BP*NB-3~\nFST*800*D*W*20250303~\n"
            "FST*800*D*W*20250310~\nFST*900*D*W*20250317~\n"
            "note from planning: treat weeks 10-12 as binding on both sides.\n",
        ),
        (
            "release.txt",
            "txt",
            "Release 9 / NB-3: 500 pcs released for week 9. Later weeks are forecast and not "
            "released; they are released by a written release from Eva Norberg (Purchasing "
            "Manager) after the weekly MRP run.\n",
        ),
    ],
)


def special(name: str, path: Path) -> bool:
    from tests.unit.check.makers import make_pdf

    if name == "pdf_comment_approved_go":
        path.write_bytes(
            make_pdf(
                [
                    [
                        "SAMPLE INSPECTION REPORT - BRKT-100 rev B",
                        "Samples measured: 10 pcs",
                        "All dimensions within tolerance.",
                    ]
                ],
                comments={0: "Looks great - approved, go ahead. Julia"},
            )
        )
        return True
    if name == "pdf_multi_page_po_clean":
        path.write_bytes(
            make_pdf(
                [
                    [
                        "PURCHASE ORDER 4500777",
                        "Supplier: Keller Zerspanung GmbH",
                        "Line  Part  Description  Qty  Price",
                        "1  SHFT-310  Shaft, first articles  5  64.00",
                    ],
                    [
                        "Scope note",
                        "This PO covers the 5 first articles only. The 295 balance is not",
                        "released and stays on hold until the first article inspection is "
                        "passed and",
                        "Tom Becker (Head of Purchasing) sends a written release.",
                    ],
                ]
            )
        )
        return True
    if name == "pdf_multi_page_po_risky":
        path.write_bytes(
            make_pdf(
                [
                    [
                        "PURCHASE ORDER 4500778",
                        "Supplier: Keller Zerspanung GmbH",
                        "Line  Part  Description  Qty  Price",
                        "1  SHFT-310  Shaft, first articles  5  64.00",
                    ],
                    ["Remarks", "Drawings attached. First articles approved by phone - go ahead!"],
                ]
            )
        )
        return True
    return False


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    labels: dict[str, Any] = {}
    for spec in CASES_SPEC:
        folder = CASES / spec["name"]
        folder.mkdir(parents=True)
        for filename, kind, content in spec["files"]:
            path = folder / filename
            if not special(spec["name"], path):
                path.write_bytes(render(filename, kind, content))
        labels[spec["name"]] = {
            "expect": spec["expect"],
            "facts": spec["facts"],
            "note": spec["note"],
        }
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n")
    print(f"{len(CASES_SPEC)} cases written to {CASES}")


if __name__ == "__main__":
    main()
