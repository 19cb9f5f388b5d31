"""RG007, RG009 and RG012 as the trades write them: a sample approval or a payment taken as
the start of production, and one word for two decisions, in plans, proformas, chats and
minutes."""

from __future__ import annotations

import pytest

from releasegate.documents.check import check_parts
from releasegate.documents.check.read import Part


def rules(text: str) -> set[str]:
    part = Part("doc.txt", "doc.txt", "text", "Hi,\n" + text + "\nRegards, Tom")
    return check_parts([part], None, rules_only=True).rules


@pytest.mark.parametrize(
    "sentence",
    [
        "Please continue seamlessly into the serial studs right after your sample approval.",
        "After successful validation the commercial batches follow automatically.",
        "Phase 2 (4,980 pairs) starts automatically on receipt of sample approval.",
        "PVT 1,000 starts automatically when DVT passes.",
        "MP starts automatically the day after golden-sample approval.",
        "SMS ok means bulk start.",
        "Sample OK = MP start same day, no need to wait.",
        "Prototypes approved - carry on into production.",
        "With the release of the samples the series is released as well.",
        "Customer approval of the sample constitutes approval for mass production.",
        "Samples are deemed approved after 7 days without comments and we shall proceed with "
        "the balance 480.",
        # a clause of time is no question
        "When Anke approve the samples we start the 790 directly, no need to wait more paper.",
        "So once Thandi approves the samples just roll on with the 585.",
        "After your approval of the samples we go direct into the 990 pcs.",
        "After FAI clearance by Mr. Iyer we will continue directly with the 280 racks.",
        "After the validation of the samples by Mr Joost, we launch directly the 5.800 pots.",
        "When sample OK, we print straight away, so you get tins before Obon.",
        "After your approval of samples we release the 18 pendants to production automatically.",
        "We plan to start the 10 series cabins immediately after the FAI approval.",
        "This approval also releases production: proceed with the 4,980 pcs.",
        "With this approval the production of the remaining 588 pcs is also approved.",
        "After the samples are approved we will directly start mass production, no need of "
        "separate release.",
        "The samples are approved, so please proceed with the production.",
        "The samples are approved. So please proceed with the production.",
        "Rafael approved the samples, so go ahead.",
        "The samples are approved, proceed with the run.",
        "The samples are approved and please proceed now with the series.",
        "We will start the 1.182 series right after your team approve the samples.",
        "As the samples are approved by Riikka, we consider the series confirmed and we proceed "
        "with the 1.200 pcs.",
        "This sample sign-off is the green light for the 2 400 series.",
    ],
)
def test_a_sample_approval_taken_as_the_start_of_production(sentence: str) -> None:
    assert "RG007" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Production does not start automatically after sample approval; the balance needs a "
        "written release from Jane Miller.",
        "Once the samples are approved, the balance is released only by a written release from "
        "Jane Miller.",
        "We have reserved resin for the complete order so that we can start immediately after "
        "your sample approval.",
        "Invoices are sent automatically after delivery.",
        "When will you start the 790 after the sample approval?",
        "This approval does not release production; the 4,980 pcs need a written release.",
        "After the samples are approved, the balance waits for a separate release from Jane.",
        "Our PO BB-3407 for 500 scarves is below; samples were signed off last week, so please "
        "proceed.",
        "The samples are approved, so please ship them by DHL.",
        "The samples are approved, proceed with the packing of the 20 samples.",
        "As the samples are approved, we ship them tomorrow by DHL.",
        "This sample sign-off is the green light for the packing of the samples.",
    ],
)
def test_a_gated_or_unrelated_sequence_is_no_rollover(sentence: str) -> None:
    assert "RG007" not in rules(sentence)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The PPAP is released by our SQE.", "The PO is released in Coupa."),
        ("The artwork V4 is released.", "Please note the bulk is released now."),
        ("The graded pattern is released.", "The 2,000 pcs are released for bulk production."),
        ("We approve the 40 sample frames.", "Finance approved the PO yesterday."),
        ("Finance approved the PO yesterday.", "Deposit paid, so production is approved."),
    ],
)
def test_one_word_for_two_decisions_in_one_document(first: str, second: str) -> None:
    assert "RG009" in rules(first + "\n" + second)
    assert "RG009" not in rules(first)


@pytest.mark.parametrize(
    "sentence",
    [
        "TT sent, go ahead start.",
        "Your letter of credit was opened, so we released the batch to the floor.",
        "As the tooling deposit arrived, the order is released and we bought resin for 20k.",
        "With the 30% deposit received the order is live.",
        "The advance is received so we loaded the complete programme into production.",
        "Finance approved the PO and the deposit is paid, so production is approved.",
    ],
)
def test_a_payment_taken_as_the_start_of_production(sentence: str) -> None:
    assert "RG012" in rules(sentence)


def test_a_payment_that_starts_nothing_is_no_release() -> None:
    assert "RG012" not in rules(
        "Your letter of credit was opened; production waits for my release."
    )
    assert "RG012" not in rules("The deposit is paid. The order stays on hold until sign-off.")


def test_a_go_ahead_now_after_an_approval_is_unscoped_too() -> None:
    # "approved, so go ahead" goes ahead now: RG002 as well as RG007; a conditional roll-over
    # ("once approved, go ahead with the rest") is RG007 alone
    assert {"RG002", "RG007"} <= rules("The samples are approved, so please proceed with the run.")
    assert "RG002" not in rules("Once the samples are approved, go ahead with the rest.")


def test_a_po_released_in_a_smaller_erp_is_a_commercial_release() -> None:
    chat = (
        "PO 4510240 is released in {erp} since this morning, and Sigrun released drawing rev D "
        "yesterday. Production of the 2 test sections is released."
    )
    assert "RG009" in rules(chat.format(erp="Visma"))
    assert "RG009" in rules(chat.format(erp="NetSuite"))


def test_a_balance_said_to_follow_the_sample_approval_is_told_as_that_risk_alone() -> None:
    po = (
        "PURCHASE ORDER 4500990\nPos | Part | Description | Qty | Price EUR\n"
        "1 | HSG-220 rev A | Housing, sample lot | 10 | 55.00\n\n"
        "Remark: {remark}\n"
    )
    rolled = rules(
        po.format(
            remark="Once the samples are approved, proceed with the remaining "
            "490 pcs at the quoted price."
        )
    )
    assert "RG007" in rolled
    assert not {"RG001", "RG003", "RG004", "RG010"} & rolled
    # without the roll-over, nothing says what becomes of the balance
    silent = rules(po.format(remark="Delivery by DHL."))
    assert {"RG003", "RG004"} <= silent
