"""The rules as a buyer sees them: what is flagged, what is not, and what to write instead."""

from __future__ import annotations

import pytest

from releasegate.documents.check import OrderFacts, Report, check_parts
from releasegate.documents.check.read import Part
from releasegate.documents.check.rules import analyse, approval_sense
from releasegate.documents.check.segment import find_quantities, segment

FACTS = OrderFacts(
    order="ORD-1",
    part="BRKT-100",
    rev="B",
    sample_qty=10,
    production_qty=500,
    basis="firm",
    released=10,
    covered=10,
    po_numbers=("4500871",),
    unlock_event="sample-signoff",
    release_authority="Jane Miller",
    material_mode="sample-only",
    material_qty=10,
    po_note="PO 4500871 releases 10 sample units of BRKT-100 rev B only. The remaining 490 "
    "units are not released and stay on hold until an approved sample sign-off and a "
    "written release by Jane Miller.",
)


def check(*texts: str, facts: OrderFacts | None = None) -> Report:
    parts = [Part(f"doc{i}.txt", f"doc{i}.txt", "text", t) for i, t in enumerate(texts)]
    return check_parts(parts, facts, rules_only=True)


def test_correctly_scoped_sample_approval_is_not_flagged() -> None:
    assert check("Sample approved for fit check only; production not released.").findings == ()


def test_bare_go_ahead_after_samples_is_an_unscoped_approval_with_an_open_balance() -> None:
    report = check("Samples approved, go ahead.\n\nJulia")
    assert {"RG002", "RG003", "RG004", "RG005", "RG010"} <= report.rules
    rg002 = next(f for f in report.findings if f.rule == "RG002")
    assert rg002.text == "Samples approved, go ahead."


def test_negated_and_questioned_approvals_are_not_flagged() -> None:
    assert check("The samples are not approved yet. Please do not start production.").rules == set()
    assert check("Can we go ahead with the 500 pcs?").rules == set()


def test_a_quote_on_its_own_authorizes_nothing_and_needs_no_hold() -> None:
    quote = (
        "Quotation Q-17\nItem | Qty | Unit price\nSamples | 10 | 38.00\n"
        "Production | 500 | 6.40\nQuote valid for 30 days."
    )
    assert check(quote).rules == set()


def test_quote_quantity_beside_a_sample_po_is_flagged_unless_marked_informational() -> None:
    po = "PURCHASE ORDER 4500871\nPart | Description | Qty\nBRKT-100 | sample | 10\n"
    quote = "Quotation Q-17\nProduction batch 500 pcs at EUR 6.40."
    assert "RG001" in check(po, quote).rules
    marked = po + "The quoted 500 pcs are for information only and not released."
    assert "RG001" not in check(marked, quote).rules


def test_a_complete_po_note_passes_all_absence_rules() -> None:
    note = (
        "PO 4500871 covers 10 sample units only. The remaining 490 units are not released "
        "and stay on hold until sample sign-off and a written release by Jane Miller."
    )
    assert check(note).rules == set()


def test_each_missing_job_of_the_po_note_is_reported_on_its_own() -> None:
    assert check(
        "PO 77 covers 12 prototypes only; the balance stays on hold. Tom Becker will "
        "decide on the rest."
    ).rules == {"RG004"}
    assert check(
        "PO 77: 12 prototypes only. The remaining 288 units are not released until "
        "the prototypes pass FAI."
    ).rules == {"RG005"}


def test_sample_approval_rolling_into_production_is_implied_auto_conversion() -> None:
    assert "RG007" in check("Once the samples are approved, proceed with the full run.").rules
    safe = "Once the samples are approved, we will issue a separate written release for 490."
    assert "RG007" not in check(safe).rules


def test_deposit_as_a_start_signal_is_payment_as_release() -> None:
    assert "RG012" in check("Deposit has been wired, so please start the run.").rules
    assert "RG012" not in check("Payment does not release production.").rules


def test_forecast_written_as_a_commitment_is_flagged_and_labelled_forecast_is_not() -> None:
    assert "RG008" in check("Our annual forecast of 12,000 pcs is a firm order.").rules
    assert "RG008" not in check("Forecast 12,000 pcs per year, non-binding.").rules


def test_material_for_the_whole_batch_is_flagged_unless_authorized() -> None:
    assert "RG006" in check("We have ordered powder for the full 2,000 pcs batch.").rules
    granted = "Material authority: you may buy material for the full batch at our liability."
    assert "RG006" not in check(granted).rules


def test_one_word_for_two_ideas_is_mixed_approval_terms() -> None:
    text = (
        "Drawing rev C is released in PLM. The production release for the 190 remaining "
        "parts follows from Jane Miller after FAI; until then they are not released. "
        "Go ahead with the 10 first articles only."
    )
    assert check(text).rules == {"RG009"}


def test_two_documents_authorizing_different_quantities_conflict() -> None:
    report = check(
        "PURCHASE ORDER 5512\nQuantity: 15 pcs\nPrototypes only; further quantities "
        "are not released until prototype approval and a written release from Priya.",
        "Please proceed with twenty-five prototypes.",
    )
    [finding] = [f for f in report.findings if f.rule == "RG011"]
    assert "25" in finding.message and "15" in finding.message


def test_with_order_facts_a_quantity_beyond_the_register_names_both_values() -> None:
    report = check(
        "You can build 50 pcs now. The rest stays on hold until the sample sign-off; "
        "Jane Miller will send the written release.",
        facts=FACTS,
    )
    [finding] = [f for f in report.findings if f.rule == "RG011"]
    assert "50 units" in finding.message and "10 units released" in finding.message


def test_with_order_facts_an_unknown_po_number_is_a_conflict() -> None:
    report = check(
        "PO 4500999 covers the 10 samples only. The remaining 490 pcs are not "
        "released until sample sign-off and a written release by Jane Miller.",
        facts=FACTS,
    )
    assert any(f.rule == "RG011" and "4500999" in f.message for f in report.findings)


def test_with_order_facts_suggestions_use_the_generated_po_note_and_names() -> None:
    report = check("Please find attached our PO for the samples.", facts=FACTS)
    by_rule = {f.rule: f for f in report.findings}
    assert FACTS.po_note in by_rule["RG003"].suggestion
    assert "Jane Miller" in by_rule["RG005"].suggestion
    assert "490 units" in by_rule["RG004"].suggestion


def test_title_block_approval_signature_is_not_an_approval_to_produce() -> None:
    assert check("DRAWN: K. Lang    CHECKED: P. Simon\nAPPROVED: J. Smith").rules == set()


def test_approval_in_a_quoted_reply_is_still_found() -> None:
    assert "RG002" in check("Thanks, noted.\n\n> Approved, go ahead!\n> Julia").rules


def test_go_aheads_about_invoices_shipments_or_budgets_are_not_production_approvals() -> None:
    assert check("Please go ahead and send the invoice for the samples.").rules == set()
    assert check("Please release the shipment for customs clearance.").rules == set()
    assert check("The capex budget for the test rig was approved by finance.").rules == set()


def test_a_release_made_conditional_on_a_named_person_is_a_hold_not_a_grant() -> None:
    po = (
        "PURCHASE ORDER 4500305\nPos | Part | Qty\n1 | HSG-220 prototypes | 5\n"
        "2 | HSG-220 series | 400\n"
        "Line 2 is released only by a written release from Tom Becker after FAI."
    )
    assert check(po).rules == set()


def test_supplier_acknowledging_a_different_quantity_conflicts_with_the_po() -> None:
    po = (
        "PURCHASE ORDER 4500990\nHSG-220 rev A, sample lot: 10 pcs\nThe remaining 490 pcs "
        "are not released until sample sign-off and a written release from Jane Miller."
    )
    ack = "Dear Julia, we have received the PO for 100 samples and will start them tomorrow."
    assert check(po, ack).rules == {"RG011"}


def test_an_order_confirmed_or_a_delivery_requested_by_the_buyer_authorizes() -> None:
    quote = "Offer 118\nproduction lot: 8,000 pcs\n"
    confirm = "We hereby confirm our order of 12 pcs prototypes per PO 77120.\nPaul Weber"
    deliver = "Kindly supply 40 nos. trial parts as per your offer, our PO 5512.\nA. Kumar"
    for text in (confirm, deliver):
        assert {"RG001", "RG003", "RG004", "RG005"} <= check(text, quote).rules


def test_supplier_plant_and_order_numbers_are_identifiers_not_quantities() -> None:
    po = (
        "PURCHASE ORDER 3399\nVENDOR: 10442 ELLIS CNC LTD\nSHIP TO: PLANT 2\nLine | Part | Qty\n"
        "1 | BR-7 bracket | 250\nThis order releases the full quantity of 250 pcs for production; "
        "no balance remains. Authorized by R. Singh, Purchasing Manager."
    )
    assert check(po).rules == set()


def test_quantity_with_a_glued_unit_is_read() -> None:
    assert "RG010" not in check("Please start the production of 3000pcs today.").rules


def test_grant_words_inside_a_quoted_question_do_not_count_when_the_reply_is_scoped() -> None:
    reply = (
        "No - only the 40 samples are released; the rest stays on hold until the sample sign-off "
        "and a written release from Eva Lind (Release Authority).\n\n"
        "> may we go ahead with the full 2,000 pcs?\n> A green light from you would help us.\n"
    )
    assert check(reply).rules == set()


def test_a_suppliers_own_start_after_po_acceptance_is_payment_as_release_only() -> None:
    text = "Your PO 4471 has been accepted, therefore we begin production of 2,000 units."
    assert check(text).rules == {"RG012"}


def test_approvals_recorded_as_facts_are_not_grants() -> None:
    held = (
        " 20 pcs samples are released now. The balance of 980 pcs is not released and on hold "
        "until the sample sign-off; only a written release from Eva Lind (Head of Purchasing) "
        "releases it."
    )
    assert check("Tool T1 approved by our engineering." + held).rules == set()
    assert check("PO approved by our finance." + held).rules == set()


def test_the_undersigned_or_my_release_in_a_signed_message_names_the_authority() -> None:
    base = "Please produce 30 samples only. The remaining 970 pcs are not released and on hold "
    signed = base + "until PPAP approval; then the undersigned releases them.\n\nSanjay Mehta"
    assert check(signed).rules == set()
    mine = base + "until the FAI is signed off and my written release.\n\nKlaus Berger"
    assert check(mine).rules == set()
    unsigned = base + "until the FAI is signed off and my written release."
    assert check(unsigned).rules == {"RG005"}
    chat = "[Kim Min-jun] [오후 3:08] " + base + "until DVT sign-off and my written release."
    assert check(chat).rules == set()
    revised = base + "until I send a revised PO.\n\nKlaus Berger"
    assert check(revised).rules == set()


def test_unlock_events_written_as_inspections_tests_and_conditions() -> None:
    hold = "Make the 5 protos now. The other 95 are not released. Release authority: Eva Lind. "
    for event in (
        "They stay on hold until the first-article inspection is signed off.",
        "They stay on hold until the protos pass the fit test.",
    ):
        assert check(hold + event).rules == set()


def test_commitment_verbs_and_payment_that_authorizes_are_found() -> None:
    assert "RG008" in check("Weber Optics commits to the forecast quantity of 50,000 pcs.").rules
    text = "With this payment you are authorized to manufacture the 1,200 pcs."
    assert "RG012" in check(text).rules


def test_material_in_a_suppliers_document_is_compared_with_the_bundles_release() -> None:
    release = (
        "Release R-2: 200 pcs released for production. Balance 1,800 pcs not released, on hold "
        "until the drop test is passed, then a written release from Eva Lind."
    )
    confirmation = "Order confirmation OC-77: we have staged raw material for 2,000 pcs."
    assert check(release, confirmation).rules == {"RG006"}


def _parts(*named: tuple[str, str]) -> Report:
    return check_parts(
        [Part(name, name.split("!")[0], "text", text) for name, text in named], rules_only=True
    )


def test_authority_stated_only_in_an_attachment_counts_for_the_bundle() -> None:
    report = _parts(
        ("mail.eml", "From: Hana Berg <h@x.example>\n\nAll good on our end, you can start.\n"),
        (
            "mail.eml!po.txt",
            "Orchid Labs - PO OL-310\nPos | Part | Qty\n1 | OL-3 lid | 6\n\nActive: 6 prototypes. "
            "The other 594 are not released until the DVT review; written release by Hana Berg "
            "(Procurement Manager).",
        ),
    )
    assert report.rules == {"RG002"}


def test_go_ahead_idioms_and_non_native_grants_are_unscoped_approvals() -> None:
    for grant in (
        "Parts look spot on - get the printers rolling!",
        "The sample is perfect, please to make the production now.",
        "We give you the go for the series.",
        "Fire up the presses!",
    ):
        assert "RG002" in check(f"{grant}\n\nIda").rules, grant
    assert "RG002" not in check("Please don't fire up the presses yet.\n\nIda").rules


def test_a_yes_to_a_question_naming_the_quantity_is_a_scoped_grant() -> None:
    chat = (
        "[09:01] Ana: PO 4411 - 1,000 pcs production, full order; no balance remains.\n"
        "[09:05] Marco: can we run the 1,000 pcs from Monday?\n[09:06] Ana: yes please\n"
    )
    assert check(chat).rules == set()


def test_a_start_paid_for_is_payment_as_release_and_an_approval_word_beside_it_is_more() -> None:
    started = check("Hi Lily, the deposit is in now, please start production.").rules
    assert "RG012" in started and "RG002" not in started
    approved = check("Hi Lily, the deposit was wired this morning, so go ahead!").rules
    assert {"RG002", "RG012"} <= approved


def test_a_sample_build_started_without_its_count_is_a_missing_quantity_not_an_approval() -> None:
    kick_off = check("Kevin - pls kick off the EVT build for PCA-SC-330 asap.").rules
    assert "RG010" in kick_off and "RG002" not in kick_off
    approved = check("Kevin - EVT boards approved, go ahead with the EVT build.").rules
    assert "RG002" in approved


def test_the_unlock_event_a_release_records_is_no_unscoped_approval() -> None:
    release = (
        "Production release no.: R-02\nOrder: PO 4500021734 rev. 3, 1.200 pcs in total\n"
        "Quantity released: 1.160 (one thousand one hundred and sixty) pcs\n"
        "Unlock event: sample sign-off SSR-2024-031 by Søren Vestergaard on 21.05.2024, "
        "disposition approved\nAuthorised by: Anne Dalsgaard, Afdelingschef\n"
        "Material authority: 1.160 pcs\nTogether with the 40 samples this is the full quoted "
        "quantity. Nothing is on hold any more.\n"
    )
    assert "RG002" not in check(release).rules
    assert "RG002" in check("Samples checked, disposition approved, go ahead.").rules


@pytest.mark.parametrize(
    "cover",
    [
        "Hermed PO 4500021955 på 30 m prøver / for 30 m samples of the edge profile EP-80.",
        "Hey Kevin, PO 7781 sent thru for the 10 sample yokes mate",
    ],
)
def test_a_po_sent_in_other_words_authorizes_its_samples(cover: str) -> None:
    # nothing said of the rest: the absence rules apply to the cover mail
    assert {"RG003", "RG004", "RG005"} <= check(cover + "\n\nBest regards\nMette").rules


def test_a_payment_told_in_the_buyers_language_then_a_start() -> None:
    german = (
        "Grüezi Frau Wendt\nDie Anzahlung von 30 % (EUR 2 460,00) ist heute überwiesen worden, "
        "Valuta 18.07.2024.\nSomit können Sie mit der Serie starten - please start the 114 "
        "hinges now.\nFreundliche Grüsse\nCorinne Zbinden\n"
    )
    assert "RG012" in check(german).rules
    danish = (
        "Hej Femke,\nJeres forudbetalingsfaktura / your advance invoice F-24-0311 (30 % of PO "
        "4500022188) er betalt i dag.\nSo you are free to run the 970 m series now.\nMvh Mette\n"
    )
    assert "RG012" in check(danish).rules
    unpaid = "Hej Femke,\nThe advance invoice is not paid yet.\nSo please wait with the series.\n"
    assert "RG012" not in check(unpaid).rules


def test_a_mock_up_check_or_an_unlock_column_names_the_event() -> None:
    po = (
        "PO SKR-24-0305 covers the 8 sample panels only. The balance of 232 panels remains on hold "
        "and not released. {event}\n"
    )
    for event in (
        "It will be released only in writing by Mr. Hiroshi Tanabe, after the mock-up check "
        "on site in June.",
        "Unlock   fit check sign-off by Dr Lim Wei Jie, then a release by Mr Goh Boon Keng.",
    ):
        assert "RG004" not in check(po.format(event=event)).rules, event
    # a release in writing by someone, until further notice, names nobody's event
    held = (
        "It stays on hold until further notice and can be released only in writing by Tor Haugen."
    )
    assert "RG004" in check(po.format(event=held)).rules


@pytest.mark.parametrize(
    "report",
    [
        "OKUCIA WISNIEWSKI Sp. z o.o.\nPlan mocy produkcyjnych / Capacity plan Q3-Q4 2024\n"
        "Prepared for: quarterly review, 14.05.2024. Author: Pawel Nowicki.\n"
        "Customer Part Quantity 2024 Basis Line\nAshworth Pennine OW-CH-2436\nhandle sets\n"
        "2 000 sets released\nPR-24-006\npress line 1\nBuckeye Casket OW-CH-2440 handle sets\n"
        "12 000 sets FIRM - per customer forecast 2024\nUtilisation line 2: 92% Q3, 88% Q4.\n",
    ],
)
def test_a_suppliers_report_or_plan_counting_a_release_authorizes_nothing(report: str) -> None:
    # the absence rules judge the buyer's authorizations, not the supplier's record of them
    assert not {"RG001", "RG003", "RG004", "RG005"} & check(report).rules


def test_a_status_mail_titled_in_its_subject_records_the_release() -> None:
    mail = (
        "From: Coco Liang <coco.liang@yuexin.cn>\nTo: Ethan Marsh <ethan@drift.com>\n"
        "Subject: {subject}\n\nDear Ethan,\n\n1. DVT build\n   - 200 sets released (PO "
        "DW-2318). SMT done, final assembly 120/200, OQC starts Thursday.\n   - The balance "
        "9,800 sets is awaiting your release, nothing started on it.\n\nBest regards,\nCoco\n"
    )
    assert "RG005" in check(mail.format(subject="Drift Pro DVT build")).rules
    assert "RG005" not in check(mail.format(subject="Drift Pro weekly status WK22")).rules


@pytest.mark.parametrize(
    "text",
    [
        "ROLLING FORECAST FC-24-05 (non-binding)\nJune 400, July 500, August 600.\n"
        "Quantities become firm only through a purchase order or call-off issued and signed by "
        "Dana Whitfield.\n",
        "STOP NOTICE for PO CLI-PO-24-0611\n- Quantity authorized now: none.\n- The stop is "
        "lifted only by a written notice from Priya Shah after the 8D review.\n",
        "RFQ TC-200S: please quote 500 / 1,000 / 2,000 pcs. This is not an order. The PO will "
        "be sent separately after we compare the offers.\n",
    ],
)
def test_rules_for_a_later_order_and_a_stop_authorize_nothing_now(text: str) -> None:
    assert "RG010" not in check(text).rules


def test_the_quotes_production_figure_cited_beside_a_sample_po_is_not_authorized() -> None:
    chat = (
        "[09:02] Jennifer Tremblay: Hi Lily, PO 88-4447 sent this morning for 8 sample cams. "
        "Your quote HT-Q-2406-11 has 1,500 pcs for production.\n"
        "[09:30] Lily Zhang: Received with thanks Jennifer! 8pcs samples we start Monday.\n"
    )
    assert "RG001" in check(chat).rules
    held = chat.replace(
        "for production.", "for production; those are not released until sample sign-off."
    )
    assert "RG001" not in check(held).rules


def test_a_go_ahead_for_the_samples_counted_on_a_row_above_the_production_row() -> None:
    letter = (
        "Bestelbrief / Order letter\nBetreft: grow-tray insert GTI-1020-72, uw offerte "
        "APW-Q-24-118\nScope | Quantity | Price\nSamples | 48 pcs | EUR 2,90\n"
        "Production quantity | 4.800 pcs | EUR 0,42\n"
        "Beste Avi, please proceed with the samples and send them to our project site.\n"
    )
    assert "RG001" in check(letter).rules


def test_an_edi_order_whose_free_text_counts_other_samples_than_its_line() -> None:
    edi = (
        "EDI ORDERS D.96A - PRINT\nBGM 220  ORDER 4500087902\n"
        "LIN 1  ++CB-20-42:SA\nQTY+21:24:PCE\n"
        "FTX+AAI+SAMPLES ONLY 30 PCS. BALANCE NOT RELEASED UNTIL SAMPLE SIGN-OFF AND WRITTEN "
        "RELEASE BY MARTA KOVAC.\n"
    )
    assert "RG011" in check(edi).rules
    assert "RG011" not in check(edi.replace("ONLY 30 PCS", "ONLY 24 PCS")).rules


def test_a_production_quantity_column_headed_with_its_quote_reference() -> None:
    portal = (
        "Supplier portal - PO BTC-7720\n"
        "Item | Description | Sample qty (this PO) | Production qty (quote TY-Q-2291) | "
        "Unit price\n"
        "125B-BTC | 125B enclosure, green | 30 | 3,000 | 4.10 / 2.60\n"
        "Buyer comment: Please make the 30 samples as soon as possible.\n"
    )
    assert "RG001" in check(portal).rules


def test_payment_read_as_a_start_in_either_order_and_either_voice() -> None:
    assert "RG012" in check("Kindly start the series; the advance payment has been remitted.").rules
    assert "RG012" in check("Proforma settled, so we've launched the full run of 2,400.").rules
    two = check("Thanks, down payment received! We'll get the presses rolling on Monday.")
    assert "RG012" in two.rules
    assert "RG012" not in check("Deposit transferred. Payment is not a release.").rules
    for safe in (
        "Neither this payment nor any deposit releases production.",
        "Payment of this pro-forma covers the sample lot only.",
        "Deposit received, thank you. We will only start the 38 series liners after we receive "
        "your written release, as your PO says.",
    ):
        assert "RG012" not in check(safe).rules, safe


def test_a_suppliers_start_on_po_acceptance_authorizes_nothing() -> None:
    po = (
        "PURCHASE ORDER 7781\nOnly the 60 samples are authorized. The balance of 540 pcs is not "
        "released until FAI sign-off; release in writing by Olle Dahl (Purchasing Manager)."
    )
    ack = (
        "Your order 7781 is booked in our ERP and the job is released to manufacturing for all 600."
    )
    assert check(po, ack).rules == {"RG012"}


def test_quantities_in_k_notation_and_words_are_compared_across_documents() -> None:
    po = "NORBERG AB   PO NB-300\n1  NB-3 clamp  qty 3,000 pcs  PRODUCTION (full order)\n"
    assert "RG011" in check(po, "2.5k clamps released for production.").rules
    same = check(po, "three thousand clamps released for production.")
    assert "RG011" not in same.rules


def test_a_release_cited_by_a_named_person_is_a_grant_and_an_acknowledged_quantity_counts() -> None:
    release = (
        "Release RN-7: 800 pcs released by Jonas Eck (release authority) after FAI sign-off. The "
        "balance of 1,200 pcs is not released; next written release by Jonas Eck after lot 1."
    )
    ack = "Kessler acknowledges release RN-7: confirmed quantity 600 pcs. Balance on hold."
    assert check(release, ack).rules == {"RG011"}


def test_a_named_releaser_written_with_an_initial_or_in_capitals_is_found() -> None:
    assert (
        check(
            "Pilot lot of 25 pcs is authorized by M. Rossi (Purchasing Manager). The rest of "
            "475 pcs stays on hold until the FAI is signed off; it is released only in writing "
            "by M. Rossi."
        ).rules
        == set()
    )
    assert (
        check(
            "PO NOTE: ONLY 20 SAMPLE PCS ARE AUTHORIZED. THE BALANCE OF 980 PCS IS NOT RELEASED "
            "UNTIL SAMPLE SIGN-OFF, BY A WRITTEN RELEASE FROM DANA KIM (BUYER)."
        ).rules
        == set()
    )


def test_reviews_and_trials_are_unlock_events() -> None:
    for event in ("the monthly S&OP review", "the line trial", "delivery of lot 1"):
        text = (
            f"Only the 50 samples are authorized; the balance of 950 pcs is not released until "
            f"{event} and a written release by Eva Lind (Purchasing Manager)."
        )
        assert check(text).rules == set(), event


def test_schedule_periods_declared_binding_are_forecast_as_firm() -> None:
    schedule = "FST*800*D*W*20250303~\nnote from planning: treat weeks 10-12 as binding."
    assert "RG008" in check(schedule).rules


def test_an_active_quantity_stated_outside_the_go_ahead_counts_for_the_whole_message() -> None:
    chat = (
        "PO 5566 is out: 20 pcs sample bands, line 1. The 1,980 pcs on the quote are NOT "
        "released until our sample sign-off and a written release from me (Priya Shah, Ops "
        "Director).\n\nlooks good to me, good to run"
    )
    assert "RG010" not in check(chat).rules
    table = "Line | Scope | Qty | State\n10 | Sample | 20 | released\nApproval status: APPROVED"
    assert "RG010" not in check(table).rules
    # a quantity only in the other side's quoted offer states nothing authorized
    reply = "Proceed with the order.\n\nJ.\n\n> Offer 2231: samples 10 pcs, production 500 pcs."
    assert "RG010" in check(reply).rules


def test_two_released_quantities_in_one_release_letter_conflict() -> None:
    letter = (
        "Production release RL-77\nWe hereby release one thousand (1,000) pieces for production. "
        "The remainder is not released until lot 1 is accepted.\nReleased quantity 1,200 pcs\n"
    )
    rg011 = [f for f in check(letter).findings if f.rule == "RG011"]
    assert len(rg011) == 1 and "1,000" in rg011[0].message
    conditional = (
        "We hereby release 6 samples. If the sign-off is recorded, the 294 pcs are released "
        "automatically on that date."
    )
    assert "RG011" not in check(conditional).rules


def test_yes_to_a_question_that_assumes_auto_conversion_adopts_it() -> None:
    chat = (
        "Diego: so once you approve samples we just run the rest right?\n"
        "Nina Holm: yep, that's the plan once QA approves them"
    )
    found = [f for f in check(chat).findings if f.rule == "RG007"]
    assert found and found[0].text.startswith("Nina Holm: yep")
    assert "RG007" not in check("Diego: once you approve samples, we run the rest?\nNo.").rules


def test_material_named_by_polymer_and_weight_is_material() -> None:
    minutes = (
        "Customer released the 10 samples only. Production (50k) not released yet.\n"
        "Purchasing ordered 2 tonnes of PP (enough for the 50k run) this week."
    )
    assert "RG006" in check(minutes).rules


def test_a_supplier_acknowledging_a_deposit_as_a_start_authorizes_nothing() -> None:
    mail = (
        "Subject: Deposit received - start production\n\nDear Mike,\n\nDeposit received, thank "
        "you! We have started the full production run of 2,000 pcs today."
    )
    assert check(mail).rules == {"RG012"}


def test_samples_approved_in_a_note_that_holds_the_balance_is_a_sign_off() -> None:
    status = (
        "- Samples approved.\nPO line 1: 10 pcs samples (released). Line 2: 490 pcs are not "
        "released until production approval from me (Rachel Green, Purchasing Manager) after "
        "the sample report is filed."
    )
    assert "RG002" not in check(status).rules
    assert "RG002" in check("Samples approved, go ahead.").rules


def test_release_used_for_a_drawing_a_po_and_production_is_mixed() -> None:
    status = (
        "Technical release | RELEASED (drawing rev 4)\n\nCommercial release | RELEASED (PO 91-220)"
        "\n\nProduction release | 50 pcs sample lot released; 950 pcs not released"
    )
    assert "RG009" in check(status).rules
    kept_apart = "Sample sign-off done. PO 91-220 issued. Production release: 50 pcs only."
    assert "RG009" not in check(kept_apart).rules


def test_a_paid_invoice_read_as_a_release_is_payment_as_release() -> None:
    ticket = (
        "Customer paid invoice INV-2207 (tooling + samples) on 2024-05-03 -> OK to release "
        "production order for 10k."
    )
    assert "RG012" in check(ticket).rules
    terms = "Payment terms: invoice due 30 days net. Lead time 4 weeks."
    assert "RG012" not in check(terms).rules


def test_a_supplier_confirming_a_forecast_as_an_order_is_forecast_as_firm() -> None:
    mail = (
        "We confirm your order for 24,000 pcs clip MA-331 for 2025, as per your forecast dated "
        "02.12.2024."
    )
    assert "RG008" in check(mail).rules


def test_a_buyer_confirming_a_prototype_quantity_authorizes_it() -> None:
    mail = (
        "From: Li Na <lina@huaxin.example>\n\nWe confirm only 24 pcs prototype now for PO "
        "HX-2404-17.\nRest of 476 pcs is not released, will be released after positive test "
        "result and after internal approval in our company.\n\nLi Na"
    )
    assert "RG005" in check(mail).rules  # an internal approval names nobody


def test_material_of_any_name_bought_for_the_whole_quantity_is_beyond_the_release() -> None:
    chat = (
        "Sophie: PO LC-5512 is on its way. Scope: 2 prototype chairs only. The 300 production "
        "chairs are not released until prototype sign-off and a written release from me.\n"
        "Rafael: the sawmill had a nice lot, so we bought the oak for all 300 chairs."
    )
    assert "RG006" in check(chat).rules
    scoped = "Material status: procured for NPI + MP release 1 only (1,100 units)."
    assert "RG006" not in check(scoped).rules


def test_implied_auto_conversion_in_other_words() -> None:
    assert "RG007" in check("Assume you'll just roll on into the rest once QC signs the FAI.").rules
    quote = (
        "Quotation Q-118. The approval of the sample castings by the customer will be considered "
        "as release for the serial production of 1,200 pcs."
    )
    assert "RG007" in check(quote).rules
    unsigned = "Mass production quantity 30,000ea will start automatically after the test pass."
    assert "RG007" in check(unsigned).rules
    # a signed report stands for the samples: "signs the FA report", "once QA signs the FAT"
    report = "As soon as Marieke signs the FA report, just carry on with the other 36."
    assert "RG007" in check(report).rules
    assert "RG007" in check("Once QA signs the FAT we roll straight into the 188 nos.").rules
    # the balance approved along with the samples, not by its own written release
    along = "Once the FA valves are approved, the remaining 44 are approved too."
    assert "RG007" in check(along).rules
    apart = "Once the FA valves are approved, the remaining 44 are approved by me in writing."
    assert "RG007" not in check(apart).rules
    # rolled into the main run, started by a system on the approval, the wait waived
    assert "RG007" in check("If the CB comes back clean just roll into the main run.").rules
    tracker = "The 480 production sets are auto-scheduled on FAI approval."
    assert "RG007" in check(tracker).rules
    waived = "If the drop test is good, go on, no need to wait on me."
    assert "RG007" in check(waived).rules
    assert "RG007" not in check("Thanks, fix both on your side, no need to wait for me.").rules


def test_a_status_report_records_decisions_unless_someone_writes_a_go_ahead_on_it() -> None:
    report = (
        "WORK ORDER STATUS REPORT\nCUSTOMER RELEASED QTY ....: 20 EA (FAI)\n"
        "BALANCE ON HOLD ..........: 480 EA (PER PO NOTE - NOT RELEASED)"
    )
    assert not {"RG004", "RG005"} & check(report).rules
    commented = "SAMPLE INSPECTION REPORT\nSamples measured: 10 pcs\n[Comment] approved, go ahead."
    assert {"RG002", "RG003"} <= check(commented).rules


def test_a_label_value_approval_is_a_record_not_a_grant() -> None:
    letter = "Pilot sign-off recorded 08/02/2024, report PS-118, disposition:\napproved"
    assert "RG002" not in check(letter).rules


def test_quantity_columns_are_read_whatever_they_are_called() -> None:
    po = (
        "Summit Dairy - Purchase Order SD-PO-88140\n"
        "Line | Item | Sample qty | Prod. qty | Unit\n1 | CUP-16 | 250 | 500,000 | EA\n"
    )
    assert {"RG001", "RG003"} <= check(po).rules


def test_status_rows_that_approve_and_release_different_things_mix_terms() -> None:
    portal = (
        "Item | Quantity | Status | Remarks\n"
        "Customer PO 4500-3312 | 5,000 units | RELEASED | approved by customer finance\n"
        "NPI build | 100 units | APPROVED | customer NPI approval\n"
        "MP release 1 | 1,000 units | RELEASED | release letter from Ms. Julia Brandt\n"
    )
    assert "RG009" in check(portal).rules


def test_who_speaks_in_a_chat_export_is_named_by_its_speaker_lines() -> None:
    teams = (
        "Sophie Grant  12/06/2024 09:14\nPO LC-5512 is on its way. Scope: 2 prototype chairs "
        "only. The 300 production chairs are not released - they need our prototype sign-off "
        "and then a written release from me."
    )
    assert "RG005" not in check(teams).rules


def test_events_that_unlock_the_balance_in_other_words() -> None:
    mail = (
        "The PO covers strike-offs and 50 m sampling yardage only. Bulk (6,000 m) is not "
        "released yet; bulk release comes from me in writing.\n\nVictoria Hale"
    )
    assert "RG004" not in check(mail).rules
    form = (
        "Released quantity: 300 pcs. Balance: not released. Further quantities are released "
        "only by a new QF-114 form after lot acceptance of this lot."
    )
    assert "RG004" not in check(form).rules
    vague = (
        "Please find attached PO 4711. The order is for the 40 FAI pieces. The remainder of the "
        "600 on your quotation is on hold until further notice."
    )
    assert "RG004" in check(vague).rules


def test_a_start_drawn_from_a_payment_two_sentences_back_is_payment_as_release() -> None:
    mail = (
        "We have completed the payment for the NRE and the tooling invoice.\nPlease see the "
        "forwarded mail from our accounting team.\n\nTherefore, please start the mass production."
    )
    assert "RG012" in check(mail).rules
    unrelated = "Thanks for the drawings.\n\nTherefore, please start the 20 samples now."
    assert "RG012" not in check(unrelated).rules


def test_ok_proceed_please_answering_may_we_proceed_is_an_unscoped_approval() -> None:
    assert "RG002" in check("Thank you for report. OK, proceed please.\n\nLee Jae-won").rules


def test_polite_requests_and_pos_in_the_portal_are_orders() -> None:
    chat = (
        "[2024-05-16 11:49] Tom Reyes (Kitebox): can you print a few of the gear sets as protos "
        "in PA12?\n[2024-05-16 11:49] Tom Reyes (Kitebox): rest on hold for now"
    )
    assert {"RG004", "RG010"} <= check(chat).rules
    assert check("Can you quote 500 pcs of the bracket?").rules == set()
    mail = (
        "PO 7720-4390 is in the portal now. It covers 20 pcs pre-production bushes.\n"
        "Only the 20 for now - the balance of 1,980 is parked and not released."
    )
    assert {"RG004", "RG005"} <= check(mail).rules


def test_a_supplier_restating_the_buyers_scope_authorizes_nothing() -> None:
    mail = (
        "Deposit received with thanks. We understand that the deposit does not release "
        "production. As per your PO note, only the 20 sample pcs are released; we will not "
        "start the 1,980 production pcs until we receive your written release."
    )
    assert check(mail).rules == set()


def test_the_whole_order_said_in_so_many_words_has_no_balance() -> None:
    mail = (
        "can you make 5 prototypes of our sensor enclosure? that's the whole order: 5 pcs, "
        "nothing more planned right now.\n\nPriya"
    )
    assert not {"RG003", "RG004", "RG005"} & check(mail).rules


def test_a_grant_and_a_summary_of_one_message_that_disagree_conflict() -> None:
    mail = (
        "Please produce fifteen (15) samples for our field test.\nThe series of 5.000 pcs is "
        "not released yet.\n\nSummary for your order entry:\n - Samples released: 50 pcs\n"
    )
    assert "RG011" in check(mail).rules
    cumulative = (
        "Released by this letter 2,970 EA (the full balance). Together with the 30 pilot units, "
        "all 3,000 EA on PO 4500-6618 rev 01 are now released; nothing remains on hold."
    )
    assert "RG011" not in check(cumulative).rules


def test_a_mail_and_its_attached_release_that_disagree_conflict() -> None:
    mail = "We therefore release 150 pcs of the prism PR-20 for production."
    letter = "Production release PR-OV-24-019\nReleased quantity 180 pcs\nBalance Not released"
    assert "RG011" in check(mail, letter).rules


def test_a_table_cell_wrapped_mid_sentence_is_read_as_one_sentence() -> None:
    minutes = (
        "Minutes of meeting\n2 What may start Only the 10-pc sample\nlot is released for\n"
        "production. The 390 pcs\nare not released.\n4 Production release After sample sign-off,\n"
        "Erik Lindqvist issues the\nproduction release for\nthe 390 pcs in writing."
    )
    assert not {"RG002", "RG011"} & check(minutes).rules


def test_purchase_words_that_buy_nothing_are_not_material() -> None:
    calloff = (
        "Call-off 03 releases 400 pcs.\nFORECAST (WEEKS 27-40): 3.600 PCS\nTHE FORECAST ABOVE "
        "IS A BINDING PURCHASE COMMITMENT OF HIGHVELD ROLLING STOCK."
    )
    assert "RG006" not in check(calloff).rules
    workflow = (
        "Workflow: when the customer sets the sample status to Approved, germanium blanks for "
        "the balance of 490 are called off from stock."
    )
    assert "RG006" not in check(workflow).rules


def test_a_totals_or_negated_quantity_is_not_the_one_authorized_now() -> None:
    mail = (
        "Please run the print proof and the validation lot for lidding foil LF-0440.\n"
        "The commercial quantity of 250,000 blisters on PO 4401-7731 is not released.\n"
        "We have already started the production planning for the full 250,000 blisters."
    )
    assert "RG010" in check(mail).rules
    assert "RG002" not in check(mail).rules  # a validation lot says what it covers


def test_an_sap_printout_with_a_sample_line_and_a_series_quantity_in_its_header_text() -> None:
    po = (
        "AUTOPLAST-STAL SP. Z O.O.                     PURCHASE ORDER\n"
        "                                              NO. 4500912877\n"
        "BUYER: M. WOJCIK  TEL +48 71 390 22 41\n"
        "ITEM  MATERIAL       DESCRIPTION                    QTY UN      PRICE\n"
        "00010 71-3310-220    REINF. PLATE B-PILLAR LH        10 PC  EUR 38,00\n"
        "                     SAMPLE / PPAP LEVEL 3\n"
        "HEADER TEXT:\nQUOTE REF. Q-7781: 10 PCS SAMPLE / 4,000 PCS SERIES @ EUR 0,84\n"
        "PACKING: KLT 4314, 50 PCS/KLT.\n"
    )
    assert {"RG001", "RG003", "RG004", "RG005"} <= check(po).rules


def test_table_rows_merged_into_one_sentence_do_not_lend_each_other_senses() -> None:
    notice = (
        "Line 10  SAMPLE      15 pcs     RELEASED\n"
        "Line 20  PRODUCTION  1,485 pcs  NOT RELEASED - balance on hold\n"
        "Unlock event ..... sample sign-off by Buyer engineering\n"
        "Release authority  Jakub Lewandowski, Category Manager (written release only)"
    )
    assert "RG009" not in check(notice).rules
    wrapped = "For us, the approval of the\nsamples is the approval of the series."
    assert "RG009" in check(wrapped).rules


def test_released_after_a_design_sign_off_releases_parts() -> None:
    po = (
        "Line 10: 20 prototypes, released. Line 20 can only be released after the "
        "design-verification sign-off of the prototypes. The release will then be sent in "
        "writing by Elena Bianchi, who is the only person who can release production quantities."
    )
    assert "RG009" not in check(po).rules


def test_quantities_in_bilingual_tables_and_other_units() -> None:
    calloff = (
        "CALL-OFF No. 7\nWith this call-off we release 1.200 db (pcs) sight glasses DN50.\n"
        "Tetel / Item | Megnevezes / Description | Mennyiseg / Qty (db) | Szallitas / Delivery\n"
        "1 | Sight glass DN50 | 1.020 | 2025-06-16\n"
        "Further quantities under the framework are not released; each needs the next call-off "
        "signed by Kovacs Gabor, Head of Procurement.\n"
    )
    assert "RG011" in check(calloff).rules
    forecast = (
        "Supplier Portal\nFORECAST ONLY - NOT A PURCHASE ORDER. The figures below are indicative."
        "\nMonth | Forecast qty (pcs)\nJul 2024 | 120\nDec 2024 | 80\n"
    )
    assert check(forecast).rules == set()


def test_holds_in_the_buyers_own_language_and_full_orders_in_other_words() -> None:
    po = (
        "Bestellung 4500253301\nPilotserie / pilot lot 1.500 Stk. Restmenge 13.500 Stk nicht "
        "freigegeben. Freigabe der Restmenge erst nach Pilot-Abnahme, schriftlich durch Frau "
        "Claudia Neumann (Einkauf)."
    )
    assert "RG003" not in check(po).rules
    full = (
        "PURCHASE ORDER 60-11873\nThis PO is for the full quantity on each line. No samples or "
        "first articles are required; please proceed with the full 25,000 of each line."
    )
    assert not {"RG001", "RG003", "RG004", "RG005"} & check(full).rules


def test_a_po_for_the_complete_requirement_has_no_balance_to_hold() -> None:
    po = (
        "Purchase order KR-44\nPos Part Menge / qty Preis / price Total\n1 Motor flange MF-12\n"
        "8 Stk CHF 214.00 CHF 1'712.00\nPlease proceed with the eight (8) prototypes. This PO "
        "covers the complete requirement for this part: 8 pcs.\nNo further quantity is planned "
        "or implied under this order.\nOrdered by: Nina Keller, CTO"
    )
    # no balance, so no hold, unlock or releaser is missing; the Swiss price is not a count
    assert check(po).rules == set()


def test_testing_the_prototypes_is_an_unlock_event() -> None:
    mail = (
        "Go ahead with the 20 prototype units only. The remaining 480 wait until we've tested "
        "the prototypes on the bench for two weeks and I've sent you a written release.\n\nLeo"
    )
    assert "RG004" not in check(mail).rules


def test_a_release_made_after_the_sample_sign_off_is_no_auto_conversion() -> None:
    release = (
        "Production release PR-7\nFollowing the sample sign-off above, we release the full "
        "balance of 2,388 pcs for production. Nothing remains on hold.\n"
        "Anne Mortensen, Purchasing Manager (release authority)"
    )
    assert "RG007" not in check(release).rules
    assert "RG007" in check("Once the samples are approved, go ahead with the full run.").rules


def test_an_annual_series_volume_and_a_year_are_not_the_quantity_ordered() -> None:
    po = (
        "PURCHASE ORDER KR-31\nGear housing GH-01, as required for the EVT build.\n"
        "The series quantity (approx. 2'000 Stk per year) is not part of this PO and is not "
        "released. A series order follows only after EVT sign-off and is issued in writing by "
        "Nina Keller, CTO."
    )
    assert check(po).rules == {"RG010"}
    assert [q.value for q in find_quantities("we order 2,400 sets for 2025 and commits")] == [2400]


def test_a_po_rows_position_tax_rate_and_test_duration_are_not_counts() -> None:
    po = (
        "PURCHASE ORDER VHA/PO/0456\nSr. Part No. Description Qty UOM Rate Amount\n"
        "1 WH-MW-32 Wiring\nharness, pre-production samples with PPAP level 3\ndocuments\n"
        "25 Nos 210.00 5,250.00\nCGST 9% +\nSGST 9%\n945.00\n"
        "1. Samples with test report: hi-pot 1.5 kV AC for 1 min.\nManager (Purchase)"
    )
    report = check(po)
    assert "RG001" not in report.rules  # nothing larger than the 25 samples is stated
    assert {"RG003", "RG004"} <= report.rules


def test_a_quoted_auto_conversion_the_reply_refuses_is_not_reported() -> None:
    mail = (
        "From: Wong Mei Fen <m@buyer.example>\n\nHi Kevin,\n\nNo - please don't. FAI sign-off "
        "does not release the 2,000 units.\n\nOnly the 20 FAI units are authorised today. The "
        "2,000 stay on hold until I send you a written production release after our FAI "
        "sign-off.\n\nMei Fen\n\nOn Fri, 17 May 2024, Kevin Tan <k@ems.example> wrote:\n"
        "> FAI units will be ready on Tuesday. To save time, once you approve the FAI we will\n"
        "> continue the 2,000 units straight away.\n"
    )
    assert check(mail).rules == set()


def test_a_schedule_is_a_start_only_when_the_order_is_put_into_it() -> None:
    terms = (
        "1. This PO covers 20,000 Nos (first schedule). Quantity beyond this PO is not released."
    )
    assert "RG012" not in check(terms).rules
    reply = (
        "As per our standard terms, full payment confirms the order, so we have put it into our "
        "production schedule for week 27."
    )
    assert "RG012" in check(reply).rules


def test_a_column_header_with_released_in_it_grants_nothing() -> None:
    call_off = (
        "CALL-OFF No. 3\nBlanket total 3,000 pcs\nCall-off Quantity released Delivery Status\n"
        "3 (this document) 450 pcs wk 22 released\nRemaining, not released 1,750 pcs\n"
        "The remaining quantity is released only by the next call-off, issued by Andrei Popescu."
    )
    assert "RG002" not in check(call_off).rules


def test_a_chat_writer_who_will_release_it_himself_is_the_named_authority() -> None:
    chat = (
        "[3/11/24, 9:12:33 AM] Jake Moreno: PO TW-0007 is for 10 samples of the mount clip.\n"
        "[3/11/24, 9:13:05 AM] Jake Moreno: The 500 pcs production stays on hold until I've "
        "tested the samples on the bikes and sent you a written release myself.\n"
        "[3/19/24, 11:31:40 AM] Jake Moreno: go for it!!\n"
    )
    assert "RG005" not in check(chat).rules


def test_holds_written_as_a_release_not_given_or_a_bare_please_hold() -> None:
    po = (
        "Purchase order 4500241555\nPos Material Menge\n10 SM-88-200 housing, samples 10 Stk\n"
        "Production release for the balance of 990 pcs (total 1,000 pcs) is NOT given with this "
        "PO; it follows after sample sign-off, in writing, by Mr Tobias Lang (Head of Purchasing)."
    )
    assert check(po).rules == set()
    mail = (
        "PO 31877 for the first-off batch of 10 enclosures is now live on our system.\n\n"
        "For the remaining 390 enclosures: please hold. They only go ahead once you receive "
        "production approval in writing from Simon Clarke (Operations Director).\n\nGareth"
    )
    assert not {"RG003", "RG004"} & check(mail).rules


def test_a_supplier_releasing_the_po_in_its_erp_and_production_on_the_deposit() -> None:
    mail = (
        "Dear Ben,\n\nThanks for your payment of the tooling and the deposit, received today.\n\n"
        "Your PO is released in our ERP system now. Our QC also released the 5 pcs samples "
        "yesterday.\n\nSo we will release the production of 2,000 pcs to the workshop tomorrow, "
        "as the deposit is received.\n\nAmy Zhang\nSales Dept."
    )
    # 'released' in three senses and the deposit read as the start; the supplier's ERP entry
    # is no grant, so no absence rule applies
    assert check(mail).rules == {"RG009", "RG012"}


def test_a_cover_mail_and_its_italian_po_that_disagree_on_the_sample_quantity() -> None:
    mail = (
        "Dear Dewi,\n\nplease find attached our order 24/0412 for the 30 sample pairs of the ski "
        "glove. Please produce them in the final materials.\n\nThe rest of the order is on hold, "
        "as written in the PO.\n\nChiara Romano"
    )
    po = (
        "ORDINE DI ACQUISTO 24/0412\nCondizioni: 60 dias\nPos. Article Description Q.ty Status\n"
        "10 SD-GLV-SKI-3 Ski glove, samples\n25 pairs Released\n20 SD-GLV-SKI-3 Ski glove\n"
        "975 pairs NOT released\nPos. 20 on hold until sample sign-off by our product manager. "
        "Release of pos. 20 only in writing by Chiara\nRomano. Material authority: sample-only."
    )
    report = check(mail, po)
    assert report.rules == {"RG011"}
    (finding,) = report.findings
    assert "30" in finding.message and "25" in finding.message


def test_an_erp_po_for_the_full_quantities_with_addresses_terms_and_revisions() -> None:
    po = (
        "EPICOR ERP 10.2  PURCHASE ORDER          PO NO: 7200-2400   REV: 0\n"
        "ERIE VALLEY HYDRAULICS INC  1800 PEACH ST  ERIE PA 16501\n"
        "SHIP VIA: UPS   TERMS: NET 60   INCOTERMS: DAP ERIE\n"
        "LN PART NUMBER        REV DESCRIPTION                QTY  UOM   UNIT   DUE\n"
        "1  OR-AS568-214-N70    12  O-RING NBR70 DASH 214      600  EA   0.110 07/26/24\n"
        "2  BU-2040-PTFE        03  BACKUP RING PTFE           150  EA   0.380 07/26/24\n"
        "THIS PO IS FOR THE FULL QUANTITIES SHOWN. NO BALANCE, NO FURTHER RELEASES.\n"
    )
    assert check(po).rules == set()


def test_a_recorded_auto_conversion_in_capitals_says_what_becomes_of_the_balance() -> None:
    po = (
        "PURCHASE ORDER 4500-3310 REVISION 2\nLN ITEM  DESCRIPTION   QTY   UOM  SCOPE\n"
        "01 PB-7731  BRACKET        30  EA   SAMPLE\n"
        "02 PB-7731  BRACKET     2,400  EA   PRODUCTION\n"
        "AUTO-CONVERSION AGREED AND RECORDED:\nLINE 01 (30 PCS PPAP SAMPLES) IS RELEASED NOW. "
        "LINE 02 (2,400 PCS) IS RELEASED AUTOMATICALLY, WITHOUT A FURTHER DOCUMENT, WHEN THE PPAP "
        "IS SIGNED OFF AS FULLY APPROVED BY LUIS ORTEGA, SUPPLIER QUALITY MANAGER. UNTIL THE PSW "
        "IS SIGNED, DO NOT START LINE 02.\nAGREED BY D. WHITFIELD (PURCHASING MANAGER) 05/20/24.\n"
    )
    assert not {"RG001", "RG003", "RG007"} & check(po).rules


def test_a_release_notice_with_nothing_remaining_and_a_czech_signatory() -> None:
    notice = (
        "PRODUCTION RELEASE R-2\nObjednávka / PO: 4410-2024-017\nSamples (released R-1, "
        "delivered)\n10 ks\nReleased by this notice 2.490 ks\nRemaining on PO 0 ks\n"
        "Sample sign-off: PPAP report 24-117 of\n12 June 2024.\nWe hereby release production of "
        "2,490 pcs from week 28. Released by: Ing. Jana Nováková, Head of Purchasing."
    )
    assert check(notice).rules == set()
    po = (
        "PURCHASE ORDER DS-24-088\nPol. Položka  Popis  Množství\n1  DS-MODEL-11  Model base  "
        "24 ks\nScope: this order releases the 24 sample pieces only. The 1.200 pcs in your "
        "quote are NOT released. Release of production: only after our fit test sign-off, by a "
        "written release signed\nby MUDr. Tomáš Beneš, jednatel / managing director."
    )
    assert "RG005" not in check(po).rules


def test_a_stop_lifted_only_by_a_written_notice_from_the_writer() -> None:
    mail = (
        "From: Ing. Alejandro Villarreal <a@buyer.example>\n\nSTOP: effective now, nothing more "
        "may start on PO 4471, released or not. Of the 300 pcs released on release 01, you "
        "reported 120 produced; do not mould the other 180. The 2,700 pcs not released stay not "
        "released.\n\nThis stop is lifted only by a written notice from me.\n\nAlejandro Villarreal"
    )
    assert not {"RG004", "RG005"} & check(mail).rules


def test_a_release_notice_whose_schedule_adds_up_to_more_than_it_releases() -> None:
    notice = (
        "Bulk Release BR-24-033\nPO NL-24-8177\nPP sample signed off 2024-09-05. Released by this "
        "notice: 5,000 pcs.\n\nDelivery | Ex-factory | Qty released\n\n1 | 2024-09-25 | 3,000\n\n"
        "2 | 2024-10-10 | 3,000\n\n3 | 2024-10-25 | 2,000\n\nThe remaining 40,000 pcs stay on "
        "hold; they are released only by a further written bulk release from Ms. Nguyen Thi Lan "
        "after the first delivery passes inline inspection.\n\nSigned: Nguyen Thi Lan"
    )
    report = check(notice)
    assert report.rules == {"RG011"}  # the header "Qty released" grants nothing by itself
    assert "8,000" in report.findings[0].message
    matching = notice.replace("5,000 pcs", "8,000 pcs").replace("40,000", "37,000")
    assert check(matching).rules == set()


def test_a_po_line_of_25_against_its_text_releasing_twenty() -> None:
    po = (
        "PURCHASE ORDER 600758\nLine Item Description Scope Qty released Unit EUR\n1 CP-BRK-018\n"
        "bracket, 0.018\nslot, samples\nSample 25 4,80\nThis PO releases twenty (20) sample "
        "brackets for bonding trials. The remaining 1,980 brackets are not released. They will "
        "be released only after our bonding-trial sign-off, by a written release signed by Craig "
        "Hollis, Purchasing Manager."
    )
    report = check(po)
    assert report.rules == {"RG011"}
    assert "25" in report.findings[0].message
    assert check(po.replace("Sample 25", "Sample 20")).rules == set()


def test_a_forecast_print_that_says_only_po_releases_authorize() -> None:
    forecast = (
        "ERIE VALLEY HYDRAULICS INC.          12-MONTH FORECAST\n"
        "*** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER. NO PRODUCTION, MATERIAL OR ***\n"
        "*** CAPACITY AUTHORITY IS GIVEN BY THIS DOCUMENT. ONLY PO RELEASES AUTHORIZE. ***\n"
        "ITEM             DESCRIPTION       JUL    AUG    SEP\n"
        "OR-AS568-214-N70 O-RING NBR 70     4,000  4,000  6,000\n"
    )
    assert check(forecast).rules == set()


def test_a_ticket_whose_description_states_the_sample_quantity() -> None:
    ticket = (
        "[HW-412] Enclosure T1 samples - review\n\nDescription\n\nPO BX-0031 to Daehan covers 40 "
        "T1 sample shells. The 4,960 production shells from their quote are not released. "
        "Production gets released only after we sign off the T1 samples, by a written release "
        "from Noah Feldman (CEO).\n\nNoah Feldman · 12/Jul/24 11:02 AM\nApproved — proceed\n"
    )
    assert check(ticket).rules == {"RG002"}


def test_approval_in_three_senses_in_a_tracker_and_a_chat() -> None:
    tracker = (
        "Trim approval tracker - Style FW24-JKT-215\nPO NL-24-8177: 600 pcs PP zippers.\n"
        "Stage | Status | By | Date\nLab dip 19-0303 | Approved | Vo Minh Khoa (QA) | 2024-08-22\n"
        "Costing USD 0.198/pc | Approved | Finance HK | 2024-08-23\n"
        "PP zippers (600 pcs) | Approved to produce | Nguyen Thi Lan | 2024-08-23\n"
        "Bulk 48,000 pcs | Pending approval | Nguyen Thi Lan | -\n\n"
        "Bulk 48,000 pcs is not released. Bulk approval will be given in writing by Ms. Nguyen "
        "Thi Lan after the PP sample is approved at the fit session."
    )
    assert check(tracker).rules == {"RG009"}  # status cells are records, not go-aheads
    chat = (
        "[2024-09-19 09:12] Lee Seo-yeon (Hanbit): Sample approval: our R&D finished the flatness "
        "check today, approval OK.\n[2024-09-19 09:14] Lee Seo-yeon (Hanbit): PO HB24-0911 for "
        "the 10 samples also got approval from our CFO yesterday, so invoice is fine.\n"
        "[2024-09-19 09:15] Lee Seo-yeon (Hanbit): For the 1,990 production pcs, approval will "
        "come in writing from Mr. Park Ji-ho after the thermal test sign-off. Not released now.\n"
        "[2024-09-19 09:16] Lee Seo-yeon (Hanbit): Please do not start the 1,990 or buy aluminum "
        "for them before his approval.\n"
    )
    assert check(chat).rules == {"RG009"}


def test_material_worked_ahead_in_a_suppliers_status_words() -> None:
    scope = "PO 7200-2488 releases 200 sample pcs only; production 19,800 pcs not released."
    report = (
        "WEEKLY STATUS REPORT - KW 27\nMaterial: FKM compound is on allocation. To secure it, we "
        "have mixed one master batch sufficient for 20,000 pcs and stored it in cold room 2."
    )
    assert "RG006" in check(scope, report).rules
    mail = (
        "Heads up on material: the mill told us 7075-T7351 plate is going to 14+ weeks, so we "
        "went ahead and bought the plate and saw-cut blanks for all 150 brackets while we could "
        "still get it at the old price."
    )
    assert "RG006" in check("PO 7781 is for 5 FAI pieces only.", mail).rules
    dyed = (
        "Remark: to keep one dye lot, factory dyed the tape for full bulk together with the "
        "sample tape, and ordered slider plating for full quantity."
    )
    assert "RG006" in check("PO NL-24-8150: 500 pcs sample zippers released.", dyed).rules
    chat = (
        "[2024-08-30 19:02] Nguyen Duc Anh (Lotus EMS): To protect your launch we placed\n"
        "                   orders for the long-lead parts (MCU, PMIC) for 5,000 sets last night."
    )
    assert "RG006" in check("PO TW-0031 = 200 DVT units only.", chat).rules


def test_a_forecast_quantity_called_a_firm_order_or_a_commitment_elsewhere() -> None:
    forecast = (
        "SUPPLIER FORECAST (NOT AN ORDER)\nQ3-2024    9,000     Q4-2024    9,000\n"
        "TOTAL 12 MONTHS: 36,000  -  FORECAST FOR PLANNING ONLY. NO MATERIAL OR PRODUCTION "
        "AUTHORITY."
    )
    reply = "Based on your annual commitment of 36,000 pcs we reserved press capacity for the year."
    assert "RG008" in check(forecast, reply).rules
    assert "RG008" not in check(forecast).rules
    mail = (
        "Our 2025 forecast for the knuckle is 48,000 pcs (roughly 4,000 a month). Consider it our "
        "commitment - lock in the press capacity and plan your year around it."
    )
    assert "RG008" in check(mail).rules
    thanks = (
        "Thank you for your firm order of 12,000 units for 2025.\n\n"
        "> Attached is our 2025 forecast: 12,000 units (forecast only, not an order)."
    )
    assert "RG008" in check(thanks).rules


def test_an_erp_release_column_against_its_scope_note() -> None:
    po = (
        "EPICOR ERP 10.2  PURCHASE ORDER - RELEASE          PO NO: 7200-2610   REL: 1\n"
        "LN PART NUMBER        REV DESCRIPTION              LINE QTY  REL  REL QTY  DUE\n"
        "1  OR-AS568-330-E80    02  O-RING EPDM80 DASH 330     1,000    1      100  10/04/24\n"
        "SCOPE NOTE: PILOT RELEASE: 120 PCS. BALANCE OF LINE NOT RELEASED - DO NOT MOULD.\n"
        "NEXT RELEASE ONLY AFTER PILOT SIGN-OFF, BY WRITTEN RELEASE FROM KEVIN MARSH, MATERIALS "
        "MANAGER.\n"
    )
    report = check(po)
    assert report.rules == {"RG011"}  # the released column says 100, not the line's 1,000
    assert "100" in report.findings[0].message
    assert check(po.replace("120 PCS", "100 PCS")).rules == set()


def test_a_supplier_confirming_another_quantity_than_the_quoted_release() -> None:
    ack = (
        "From: Selin Aydin <s@supplier.example>\n\nWe confirm your release of 400 pcs "
        "KT-SEAL-4420 for PPAP, and the remaining pcs of the offer are on hold until your "
        "written release.\n\nSelin\n\n-----Original Message-----\nFrom: Emre Koc\n"
        "> PO KT-24-0412 attached. Released now: 40 pcs KT-SEAL-4420 for PPAP.\n"
        "> The remaining 3.960 pcs are not released.\n"
    )
    report = check(ack)
    assert "RG011" in report.rules
    assert "RG011" not in check(ack.replace("release of 400", "release of 40")).rules


def test_a_docx_po_row_amount_is_no_count_and_qty_may_be_written_q_ty() -> None:
    po = (
        "PURCHASE ORDER HB24-0702\n"
        "No. | Item | Description | Q'ty | Unit price (KRW) | Amount (KRW)\n"
        "1 | HB-ENC-231 Rev A | Rear cover (sample) | 30 | 18,500 | 555,000\n\n\n"
        "Unit price is applied as per your quotation DQ-24-0611 for mass production quantity "
        "3,000 pcs.\nPurchasing: Park Ji-ho"
    )
    # the 3,000 is larger than the 30 ordered and nothing says it is not released
    assert "RG001" in check(po).rules


def test_a_purchase_order_whose_quantity_is_to_be_decided() -> None:
    po = (
        "ORACLE E-BUSINESS SUITE R12        STANDARD PURCHASE ORDER          PAGE 1\n"
        "ORDER: 600731   REV: 0   DATE: 22-JUL-2024   BUYER: HOLLIS, CRAIG\n"
        "LINE ITEM               DESCRIPTION                        QTY     UOM  PRICE\n"
        "1    CP-RET-2201 REV A  RETAINER WIRE - SAMPLE (QTY PER ENG) TBD     EA   3.15\n"
        "NOTE TO SUPPLIER: SAMPLE ORDER. PRODUCTION TO FOLLOW ON THIS PART.\n"
    )
    assert check(po).rules == {"RG003", "RG004", "RG005", "RG010"}


def test_a_quantity_kept_back_in_its_own_sentence_is_not_the_active_one() -> None:
    mail = (
        "From: Rachel Ostrowski <r@buyer.example>\n\nPlease machine the first article pieces "
        "AS9102 requires for this part and send the full FAI package.\n\nOnce our quality team "
        "has approved the FAI, the production lot of 220 is approved only when I send you the "
        "written production approval. Until then the 220 pieces are on hold.\n\nRachel Ostrowski"
    )
    # the only quantity is the held lot: the FAI quantity is never stated ('approved' is also
    # used for the FAI and for production)
    assert check(mail).rules == {"RG009", "RG010"}


def test_a_supplier_planning_the_series_since_the_po_is_accepted() -> None:
    mail = (
        "Since the PO is accepted in our system, production of the 7.900 adet is planned for "
        "week 33 on extrusion line 1, right after the 100 samples."
    )
    assert "RG012" in check(mail).rules


def test_a_packing_list_authorizes_nothing_and_its_weights_are_no_counts() -> None:
    mail = "PO DT-4500-2231 releases 50 sample PCBAs. The remaining 9,950 pcs are not released."
    packing = (
        "SAIGON EMS CO., LTD — PACKING LIST PL-25-0310\nConsignee: Dunatech · PO DT-4500-2231\n\n"
        "Carton | Item | Qty | N.W. kg | G.W. kg\n\n1/2 | PCBA (samples) | 25 | 1.9 | 3.1\n\n"
        "2/2 | PCBA (samples) | 25 | 1.9 | 3.1\n\nTotal | 50 | 3.8 | 6.2\n"
    )
    assert "RG011" not in check(mail, packing).rules


def test_an_acknowledgement_of_another_quantity_than_the_quoted_po() -> None:
    mail = (
        "Kindly find attached our order acknowledgement OA-25-0219.\n\n"
        "> Kindly find our PO DS/PUR/25/0207: 48 (forty-eight) sample alumina bushings. The "
        "production balance of 4,952 pcs is not released.\n"
    )
    ack = (
        "ORDER ACKNOWLEDGEMENT OA-25-0219\nCustomer PO: DS/PUR/25/0207\n"
        "We confirm receipt of your PO and acknowledge the sample order for 84 (eighty-four) pcs."
    )
    report = check(mail, ack)
    assert "RG011" in report.rules
    assert "RG011" not in check(mail, ack.replace("84 (eighty-four)", "48 (forty-eight)")).rules


def test_a_call_off_total_against_its_schedule_lines_and_a_release_against_its_table() -> None:
    call_off = (
        "Call-off CO-2025-014 under blanket PO 5500012390\n\n"
        "Sched. line | Qty released | Delivery | Dock\n\n0010 | 400 | WK 18 | Apodaca D2\n\n"
        "0020 | 400 | WK 20 | Apodaca D2\n\nTotal released this call-off | 1,200 | |\n\n"
        "Quantities not in a call-off are not released. The next call-off is issued only in "
        "writing by Lupita Ramirez after receipt of the previous call-off is confirmed."
    )
    report = check(call_off)
    assert "RG011" in report.rules
    assert "800" in next(f for f in report.findings if f.rule == "RG011").message
    assert "RG011" not in check(call_off.replace("1,200", "800")).rules
    release = (
        "CALL-OFF No. 7\nWith this call-off we release 1.200 db (pcs) sight glasses for production "
        "and delivery in two lots.\nItem | Description | Mennyiseg / Qty (db) | Delivery\n"
        "1 | Sight glass DN50 | 1.020 | 2025-06-16 (two lots)\n\nFurther quantities are not "
        "released; each needs the next numbered call-off signed by Kovacs Gabor."
    )
    assert "RG011" in check(release).rules
    assert "RG011" not in check(release.replace("1.020", "1.200")).rules


def test_words_against_digits_in_a_po_and_production_started_on_the_advance() -> None:
    po = (
        "PURCHASE ORDER No. 0231\nQty Description Unit EUR Total EUR\n24 Clip-on soft-close "
        "hinge - SAMPLES\n2.10 50.40\nPlease supply twenty-four (42) sample soft-close hinges as "
        "per your quote.\nThanks, Orla Murphy"
    )
    rules = check(po).rules
    assert "RG011" in rules and "RG001" not in rules  # one order, its words against its digits
    proforma = (
        "PROFORMA INVOICE PI-MP-25-0177\nPayment terms: 30% advance by T/T.\n"
        "Production of all 20,000 pcs commences upon receipt of the 30% advance."
    )
    assert "RG012" in check(proforma).rules


def test_material_within_a_staged_authority_and_beyond_a_call_off() -> None:
    call_off = (
        "CALL-OFF No. 4\nWith this call-off we release 120 (one hundred and twenty) seat frames. "
        "The balance of 960 is not released; each further quantity is released only by the next "
        "call-off signed by Szabo Eszter.\nMaterial authority: staged, up to 360 seat frames' "
        "worth of profile. Pannon Rail carries the liability for staged profile up to 360 units."
    )
    assert "RG006" not in check(call_off).rules
    mail = (
        "To optimise the extrusion run we have already taken the profiles for call-offs 2, 3 "
        "and 4 (240 brackets), cut them to length and anodised them in one batch."
    )
    assert "RG006" in check("This call-off releases 80 (eighty) brackets only.", mail).rules
    supplier = (
        "The ABS-PC for the 5,000 grilles is already received and half of it is in the dryer."
    )
    assert "RG006" in check("OC 4500099120 releases 10 PPAP samples only.", supplier).rules
    assert (
        "RG006"
        in check("fyi - we staged resin for 600 pcs (your material authority was 300 pcs).").rules
    )


def test_edi_850_prints_in_capitals() -> None:
    edi = (
        "==== X12 850 PURCHASE ORDER  (HUMAN-READABLE PRINT) ====\nBEG*00*SA*AS-88314**20240529\n"
        "PO1*1*4*EA*1820.00**BP*SK-2210-050*EC*REV-D\n"
        "  MSG: LINE 1 - 4 EA FIRST ARTICLE - RELEASED FOR MANUFACTURE\n"
        "PO1*2*96*EA*640.00**BP*SK-2210-050*EC*REV-D\n"
        "  MSG: LINE 2 - 96 EA PRODUCTION - NOT RELEASED - HOLD\n"
        "  MSG: RELEASE ONLY AFTER FAI SIGN-OFF, IN WRITING BY K. NOWAK (PROGRAM MGR)\n"
    )
    assert check(edi).rules == set()  # "K. NOWAK" is an initial and a name, not a full stop
    tbd = edi.replace("LINE 1 - 4 EA FIRST ARTICLE", "LINE 1 - FIRST ARTICLE").replace(
        "RELEASED FOR MANUFACTURE", "RELEASED FOR MANUFACTURE - QTY: TBD"
    )
    tbd = tbd.replace("PO1*1*4*EA", "PO1*1**EA")
    assert check(tbd).rules == {"RG010"}  # the held 96 is not the quantity released


def test_a_bureau_order_for_the_complete_quantity_with_dimensions() -> None:
    order = (
        "PrintHub Bureau — Order PH-24-0917\n\n# | File | Process | Qty | Unit | Total\n\n"
        "1 | gripper_finger_v7.stl | MJF | 60 | EUR 9,40 | EUR 564,00\n\nCustomer note\n\n"
        "Prototype lot for our test cell. Please proceed with all 60 parts; this is the\n"
        "complete quantity of this order, there is no follow-on batch on it.\n\n"
        "Bounding box 118 x 42 x 31 mm: fits the build unit\n"
    )
    assert check(order).rules == set()


def test_an_agreement_defining_a_release_and_an_outlook_quote_of_the_senders_scope() -> None:
    agreement = (
        "Framework Supply Agreement FSA-2024-02 (excerpt)\n4.2 Production is authorised only by "
        "a written Production Release that states the quantity released, the reference of the "
        "Purchase Order and the name of the Buyer's release authority.\n"
    )
    assert check(agreement).rules == set()
    mail = (
        "From: Marek Wojcik <m@buyer.example>\n\nHi Emre,\n\nThank you for the 40 samples, all "
        "characteristics OK.\n\nYou have the green light.\n\nMarek\n\nFrom: Marek Wojcik\n"
        "Sent: Thursday, 25 April 2024 09:02\n> PO 4500-6612 attached. Scope:\n"
        "> - 40 sample pcs released now (PPAP level 3).\n"
        "> - Balance 9,960 pcs NOT released. On hold until PPAP sign-off.\n"
        "> - Release of the balance only in writing by Piotr Lis, Purchasing Director.\n"
    )
    assert check(mail).rules == {"RG002"}  # his own quoted scope states the 40 released


def test_grants_in_a_teams_chat_and_a_fabrication_request() -> None:
    chat = (
        "14.05.2024 09:12  Marta Nowicka\n  Good morning Chiara, the PO 24/0317 arrived, 500 pcs. "
        "We start Monday?\n\n14.05.2024 09:30  Chiara Romano\n  Buongiorno Marta! ok, 15 pcs "
        "pre-series only for now please, in both colours\n\n14.05.2024 09:31  Chiara Romano\n"
        "  the rest (485) stays parked until I say so. the release of the 485 comes only from me\n"
    )
    assert check(chat).rules == {"RG004"}  # a grant, held, released by the writer, no event
    mail = (
        "Dear Mr. Krol,\n\nPlease fabricate the 60 m of rectangular duct for the mock-up room as "
        "per the attached schedule.\n\nThe remaining 2,340 m of the package stays on hold.\n\n"
        "Best regards,\nProcurement Team"
    )
    assert check(mail).rules == {"RG004", "RG005"}


def test_a_price_schedule_in_a_po_is_no_order_line() -> None:
    po = (
        "Purchase Order 7700-1302\nLine | P/N | Description | Qty | Unit price (USD)\n"
        "10 | AA-5521-03 Rev C | Access door, FAI shipset | 3 shipsets | 4,850.00\n\n\n"
        "Price schedule (from supplier quotation KQ-0917):\n"
        "Quantity | Unit price (USD) | Lead time\n"
        "1-3 shipsets | 4,850.00 | 6 weeks\n120 shipsets | 2,190.00 | 10 weeks\n\n\n"
        "Production release authority: Yael Mizrahi, Programme Manager."
    )
    assert check(po).rules == {"RG001", "RG003", "RG004"}
    letter = (
        "Bulk Release Letter PH-BR-007\nStage Status\nBulk - release 1 Approved: 1,200 m of the "
        "4,800 m\nThe remaining 3,600 m stays unreleased until call-off 2, which will be signed "
        "by Imogen Clarke, Sourcing Manager."
    )
    assert check(letter).rules == set()


def test_production_started_on_an_accepted_order_a_deposit_or_a_letter_of_credit() -> None:
    accepted = (
        "Since the order is accepted, we have reserved the oak veneer (rift cut, 0,6 mm) for all "
        "1.200 fronts from the same log, and the pressing of the 1.200 fronts is scheduled for "
        "week 25."
    )
    assert "RG012" in check(accepted).rules
    deposit = (
        "We have received your 30% deposit USD 8,460.00 today, thank you very much.\n\nSo we "
        "arrange the mass production of the 3,000 pcs housing now."
    )
    assert "RG012" in check(deposit).rules
    lc = (
        "Kindly note that upon receipt of the LC, we shall commence mass production of the "
        "series springs without any delay."
    )
    assert "RG012" in check(lc).rules
    forecast = "TOTAL FCST 8,000 PCS - PLS TREAT AS ORDER AND START PRODUCTION."
    assert "RG012" not in check(forecast).rules


def test_conflicting_pilot_quantities_in_a_cover_mail_a_portal_po_and_minutes() -> None:
    mail = (
        "Hey Sharon - As discussed, pilot batch for the handle caps (HC-3) is 1.2k.\nRest of the "
        "20k stays on hold until our pilot sign-off and a written release from me.\nPO 5581 "
        "attached.\n\nMarcus Lee\nProcurement Lead"
    )
    po = (
        "PURCHASE ORDER 5581\nLine Item Description Qty Unit Ext.\n1 HC-3 cap - pilot batch\n"
        "1,000 $0.31 $310.00\nPilot batch only. Balance of the 20,000 on hold until pilot "
        "sign-off and a written release from Marcus Lee."
    )
    assert "RG011" in check(mail, po).rules
    # the release is made now, so it needs its hold and its release person like any other
    samples = "following the drop test sign-off, we release 15 sample crates.\n\nIoana Marin"
    assert {"RG003", "RG005"} <= check(samples).rules
    assert "RG011" not in check(mail.replace("1.2k", "1k"), po).rules
    portal = (
        "Indkøbsordre / purchase order SK-PO-24-2071\n\nFelt / field | Værdi / value\n\n"
        "Ordremængde frigivet / order quantity released | 2.000 stk.\n\n"
        "Linje | Varenr. | Beskrivelse / description | Antal / qty | Pris\n\n"
        "1 | CD-510 | crisper drawer - pilot run | 2.500 stk. | 3,40 EUR\n\nPilot run only. The "
        "remaining quantity is not released. The next release comes as a revised PO from Birgitte "
        "Dam after sign-off of the pilot run."
    )
    assert check(portal).rules == {"RG011"}
    minutes = (
        "Minutes of meeting\n2 Pilotlos / pilot lot\nAgreed: pilot lot of 250 pcs released for "
        "production on the T2 tool. The remaining 7'750 pcs stay blocked until PPAP sign-off "
        "and a written release by Beat Zürcher.\nAction items\n# | action | who | due\n"
        "3 | Pilotlos 200 Stk fertigen und liefern (freigegeben) | KWO | KW 23\n"
    )
    assert "RG011" in check(minutes).rules


def test_make_sure_is_no_grant_but_the_samples_a_mail_names_are_the_orders() -> None:
    po = (
        "Purchase Order KM-44120\nScope: twenty (20) sample assemblies only. The balance of 980 is "
        "not released; it is released only by a written release from Sam Ortiz after sample "
        "sign-off."
    )
    reminder = "Please make sure the die is updated before the samples."
    assert "RG002" not in check(po, reminder).rules
    mail = "One more thing - the 25 samples must ship with the CoC and the X-ray."
    assert "RG011" in check(po, mail).rules
    assert "RG011" not in check(po, mail.replace("25", "20")).rules


def test_a_wrapped_sentence_under_a_po_table_is_no_row() -> None:
    po = (
        "Purchase order NC-24-0620\nLine Item Qty Status\n10 Seatpost head SP-H2 - sample\n"
        "60 Released\n20 Seatpost head SP-H2 - production\n940 Not released\n"
        "Line 20 is released only by a written release from Karin Ek, Supply Chain Manager, after\n"
        "sample sign-off.\n"
    )
    assert [q.value for q in segment(po).quantities] == [60, 940]


def test_an_annual_requirement_beside_a_prototype_po_is_not_information() -> None:
    po = (
        "Purchase order HRS-45-77015\nPart | Composite brake block BB-220 rev B\n"
        "Annual requirement | 8,000 blocks\n\n\nLine | Description | Qty | Unit ZAR | Total ZAR\n"
        "1 | BB-220 prototype blocks for dyno bench test | 4 | 1 950.00 | 7 800.00\n"
    )
    assert check(po).rules == {"RG001", "RG003", "RG004", "RG005"}


def test_ratings_holes_and_status_words_in_po_tables() -> None:
    po = (
        "Purchase Order 4500031877\nLine Material no. Description Qty Unit EUR Net EUR\n"
        '10 1506-300-11 Trunnion\nball valve 6"\n(DN150) Class\n300 RF, API\n6D, fire safe\n'
        "API 607 -\nqualification\nunit\n2 9.850,00 19.700,00\nDelivery: FCA Shanghai, week 27.\n"
    )
    quote = (
        "QUOTATION SJV-Q-2404-77\nItem Description Qty Unit EUR\n2 Ball valve - production\n"
        "120 7.420,00\n"
    )
    # 2 qualification units ordered ("Class 300", "API 607" are ratings), 120 quoted, no hold
    assert check(po, quote).rules == {"RG001", "RG003", "RG004", "RG005"}
    terms = (
        "Purchase Order MAE-PO-2024-0771\nLine | Item | Quantity | Scope | Status\n"
        "1 | Seed metering disc, 28 holes 6.5 mm | As per quotation TMA-24-118 | Prototype samples "
        "| Released\n2 | Seed metering disc, series | - | Production | Not released\n\n"
        "Line 2 is not "
        "released. It is released only by a written release from Javier Sanz after the sample "
        "sign-off.\nAcceptance of this Purchase Order by the Supplier constitutes authorization to "
        "commence manufacture.\n"
    )
    assert check(terms).rules == {"RG010", "RG012"}
    letter = (
        "Bulk Release Letter PH-BR-007\nStage Status\nLab dips (4 shades) Approved\n"
        "Costing (v3, EUR 3.85/m) Approved\nBulk - release 1 Approved: 1,200 m of the 4,800 m\n"
        "The remaining 3,600 m stays unreleased until call-off 2, which will be signed by Imogen "
        "Clarke, Sourcing Manager."
    )
    assert "RG002" not in check(letter).rules


def test_full_production_orders_and_plain_price_breaks() -> None:
    po = (
        "SAGE 300 - PURCHASE ORDER\nLn  Item code          Description            Qty  UoM  Unit\n"
        "01  SCM-CL-316-200     Cleat, 200 mm           300  EA     18.40\nNotes:\nFull production "
        "quantity. The 300 pcs on line 01 are the complete order - no\nsample stage, no call-offs "
        "and no further balance under this PO. Please proceed with the 300 pcs.\n"
        "Authorised: Kieran Doyle, Purchasing Officer\n"
    )
    assert check(po).rules == set()
    order = (
        "PURCHASE ORDER PO-032044\nLn  Item code          Description            Qty  UoM  Unit\n"
        "01  SCM-HH-090         Hatch hinge 90 mm       250  EA     9.85\n"
    )
    quote = (
        "QUOTATION BW-Q-5512\nItem Description Qty Unit AUD\nHatch hinge 250 9.85\n"
        "Hatch hinge 2,500 6.90\n"
    )
    # a production order beside the quote's price breaks: the 2,500 is shown, but no balance
    # of this order is left open
    assert check(order, quote).rules == {"RG001"}
    phased = quote.replace("Hatch hinge 250", "Samples 250").replace(
        "Hatch hinge 2,500", "Production 2,500"
    )
    assert {"RG003", "RG004", "RG005"} <= check(order, phased).rules


def test_a_chat_hold_until_qa_signs_off_over_a_line_break() -> None:
    chat = (
        "Tue 04/06/2024 10:25  Chinedu Okafor (Sahel Foods)\n    Morning Kunle. You have green "
        "light for the 25 sample gaskets\n    only. The remaining 2,475 stay parked - not released "
        "- until our QA signs\n    off the samples and I send a\n    written release.\n"
        "Tue 04/06/2024 10:26  Chinedu Okafor (Sahel Foods)\n    Chinedu Okafor, Procurement\n"
    )
    assert check(chat).rules == set()


def test_words_that_look_like_material_and_a_forecast_thanked_for_as_an_order() -> None:
    bottles = (
        "Sample order: 120 pcs 750 ml flint bottles, bar top finish. Mass production 24,000 "
        "pcs is not released until our sample sign-off and my written release."
    )
    assert "RG006" not in check(bottles).rules
    minutes = (
        "Only the 4 prototype sets are released.\n"
        "No acrylic sheet, LED modules or power supplies to be bought for the 120 sets."
    )
    assert "RG006" not in check(minutes).rules
    letter = (
        "Oggetto: conferma ordine annuale 2025 / annual order 2025 - foam pump F-43\nwe thank you "
        "for your order of 80.000 foam pumps F-43 for 2025, according to your forecast of "
        "12/09/2024, and we are pleased to confirm it.\nWe have reserved capacity on injection "
        "line 4 for the whole quantity."
    )
    assert check(letter).rules == {"RG008"}


def test_portuguese_and_odoo_pos() -> None:
    po = (
        "PEDIDO DE COMPRA PC-2024-0712\nItem | Código | Descrição | Qtd | Preço unit.\n"
        "1 | DH-12 rev C | Gancheira / derailleur hanger DH-12 | 36 | R$ 18,50\n\n\n"
        "Escopo: trinta (30) amostras de gancheira DH-12 rev C.\nThe production quantity of the "
        "5.000 quoted is not released. It stays on hold until our bending test sign-off and a "
        "written release by Gustavo Rech, Gerente de Compras."
    )
    report = check(po)
    assert report.rules == {"RG011"}  # the scope says 30, the line says 36
    assert "36" in report.findings[0].message
    odoo = (
        "Pattaya Marina Supplies Co., Ltd.                        Purchase Order P00231\n"
        "Description                                Date Req.    Qty         Unit Price   Amount\n"
        "[PMS-SH-10] Bow shackle 10 mm, AISI 316,   17/06/2024   10.00 Units   185.00    1,850.00\n"
        "WLL 1,000 kg, screw pin - Sample\n"
        "[DLV] Delivery Chonburi-Pattaya            17/06/2024    1.00 Units   300.00      300.00\n"
        "Terms and Conditions:\nSample order for testing ka (proof load test at our yard).\n"
    )
    # ten samples are stated; nothing says the rest is held, when or by whom it is released
    assert check(odoo).rules == {"RG003", "RG004", "RG005"}


def test_spanish_and_polish_signatories_and_a_po_found_below() -> None:
    po = (
        "PEDIDO DE COMPRA / PURCHASE ORDER LEV-24-0318\n"
        "Line Part / rev Description Qty Unit price\n"
        "10 LV-LIN-1200\nLinear\nluminaire 1200\nmm, 4000 K,\nIP65\n8 142,50 EUR SAMPLE\n"
        "1. This order covers eight (8) sample luminaires. 3. The balance of 1.192 luminaires "
        "remains on hold. 4. The balance can be released only after our laboratory signs off the "
        "samples and a written production release is issued and\nsigned by Dña. Lucía Ferrer "
        "Pons, Jefa de Compras.\n"
    )
    assert check(po).rules == set()
    polish = (
        "ZAMÓWIENIE / PURCHASE ORDER ZK/2024/0611\nSample order: 12 pcs (dwanaście).\nThe balance "
        "of 1.188 pcs is NOT released - on hold until further notice. Only Ewa Kowalska, "
        "Kierownik Zakupów, can release it.\n"
    )
    assert check(polish).rules == {"RG004"}
    mail = (
        "Please find below our PO ASL-0556 for five (5) sample street-light heads, model SL-120W, "
        "as per your quotation LC-Q-3390 (attached)."
    )
    assert {"RG003", "RG004", "RG005"} <= check(mail).rules


def test_released_quantities_that_disagree_across_an_order_s_documents() -> None:
    reply = (
        "Thank you for release REL-07. Please find our order acknowledgement OA-24-1187 attached."
        "\n\nOn 11/06/2024 08:15, Hamish McLeod wrote:\n> Release REL-07, order ST-2024-031:\n"
        "> 500 handlebars released now. The remaining 1,500 are on hold.\n"
    )
    ack = (
        "ORDER ACKNOWLEDGEMENT OA-24-1187\nItem Description Released quantity Delivery\n"
        "HB-780 Alloy handlebar 780\nmm, 31.8 mm clamp,\n6061-T6\n600 week 29, FOB Bilbao\n"
    )
    assert "RG011" in check(reply, ack).rules
    assert "RG011" not in check(reply, ack.replace("600 week", "500 week")).rules
    call_off = (
        "GAL TOYS LTD - CALL-OFF                       GT-5490-01\n"
        "Call-off 01 quantity      :  1,800 sets\n"
        "Remaining on order        :  6,200 sets - ON HOLD\n"
    )
    release = "PRODUCTION RELEASE PR-0031\nReleased now: 2,000 sets (two thousand).\n"
    assert "RG011" in check(call_off, release).rules
    mail = (
        "Hola Andrés,\n\nTe confirmo el pedido de muestras P00913: trescientas cincuenta (350) "
        "botellas bordelesa 75 cl.\n\nLaura"
    )
    odoo = (
        "Bodegas Ribera Alta S.L.                                  Pedido de compra P00913\n"
        "Descripción                                 Fecha prevista  Cant.          Precio unit.\n"
        "[BOR-75-XF] Botella bordelesa 75 cl         12/06/2024      300,00 Unid.   0,52 €\n"
        "Notas:\nPEDIDO DE MUESTRAS. The 60.000 bottles are not released by this order.\n"
    )
    assert "RG011" in check(mail, odoo).rules


def test_a_call_off_table_against_its_text_and_a_confirmed_release_number() -> None:
    call_off = (
        "Flevo Landbouwmachines BV — Afroep / Call-off 3\n\nWith this call-off we release\n"
        "4.000 pcs of blade holder FL-MH-88 rev C.\n\nAfroep / call-off | Artikel / part | "
        "Aantal / qty | "
        "Leverweek\n\n3 | FL-MH-88 rev C | 400 | wk 31\n\nThe rest of the frame contract stays on "
        "hold until call-off 4, signed by Sanne de Vries (Purchasing Manager).\n"
    )
    assert check(call_off).rules == {"RG011"}
    assert check(call_off.replace("| 400 |", "| 4.000 |")).rules == set()
    reply = (
        "We confirm receipt of your release R-2 for 600 pcs cable guide brackets CGB-08.\n\n"
        "> Ahmed, release R-2: 500 pcs CGB-08 rev B. The balance of 1,500 on PO\n"
        "> 4700-2210 stays on hold until the Q3 build review and my next written release.\n"
    )
    assert "RG011" in check(reply).rules


def test_a_release_of_the_whole_remaining_balance_leaves_nothing_on_hold() -> None:
    letter = (
        "RILASCIO DI PRODUZIONE / PRODUCTION RELEASE No. PR-2024-007\nQuantity\n"
        "Order 24/0192 total 20.000 bottles\nSamples (delivered)\n200 bottles\n"
        "Released for production by this letter 19.800 bottles\nRemaining on hold after this "
        "release 0\nWith this letter we release for production 19.800 (diciannovemilaottocento) "
        "bottles, the whole remaining\nbalance of order 24/0192.\n"
        "Authorised by: Francesca Moretti, Responsabile Acquisti"
    )
    assert check(letter).rules == set()


def test_material_staged_on_advice_or_arrived_for_the_full_lot() -> None:
    mail = (
        "Good news: PO 4410-5521 is on its way to you via the portal.\n\nWhat is released: the NPI "
        "build of 50 bare boards EHV-CTRL-22 rev A.\n\nWhat is not released: the other 1.950 "
        "boards on the PO. They stay on hold until our test engineering has signed off the NPI "
        "report and I have sent you the written release.\n\nOne more thing. It would be smart to "
        "already have the 370HR for the full 2.000 boards on your shelf.\n\nMarloes Bakker"
    )
    assert check(mail).rules == {"RG006"}  # "What is released:" is a label, not a question
    sms = (
        "[28/05/2024 07:13] Johan Pretorius: Ja and the 17-4PH bar for the full 250 came in "
        "yesterday, so we took the lot\n[28/05/2024 07:40] Pieter Botha: Just to be clear: only "
        "the 5 pilot shafts are released. The other 245 stay on hold.\n"
    )
    assert "RG006" in check(sms).rules


def test_material_held_for_a_count_and_a_price_before_a_scope_column() -> None:
    scope = "PO 45-00812: 200 pilot sticks only. Material authority: sample-only."
    notes = "Prepreg | Toray T800 UD prepreg for 5,000 sticks already in the freezer"
    assert "RG006" in check(scope, notes).rules
    chat = (
        "2024-05-13 16:42  Zhang Wei: good news also: S355 steel coil for all 12,000 sets already "
        "arrive our warehouse last Friday, slitting line booked for next week"
    )
    assert "RG006" in check("Only the 40 sample brackets are released.", chat).rules
    po = (
        "Purchase Order 45-00812\nLine Item Qty Unit price (USD) Scope\n1 Senior stick\n"
        "KC-Pro, flex 75/85\n200 42.00 pilot - active\nScope: 200 pilot sticks only. The "
        "balance of 4,800 sticks is on hold until the pilot sign-off and a written production "
        "release from Antti Koskinen, Head of Sourcing.\n"
    )
    assert check(po).rules == set()  # "42.00 pilot" is a price, not a line of 42


def test_a_filipino_signatory_abbreviated_ma() -> None:
    notice = (
        "This notice releases 1,200 motors for production. The remaining 3,000 motors are not "
        "released. They can be released only by a written release R-3 from Ma. Teresa "
        "Villanueva, VP Supply Chain, after our review of the field data.\n"
    )
    assert "RG005" not in check(notice).rules


def test_a_forwarded_release_and_a_release_gated_by_a_written_release() -> None:
    mail = (
        "Kevin, please produce the 1,000 motors as released below (Higo Mini B, 9-pin).\n\nMaria"
        "\n\n---------- Forwarded message ----------\n"
    )
    forwarded = (
        "Production release no. 2 for PO VN-24-0042 (2,000 hub motors HM-250):\n\n"
        "  Released by this release: 800 motors, delivery weeks 30-32.\n"
        "  Remaining 1,200 motors: not released. They will be released only by release no. 3, "
        "in writing, from me.\n\nMaria Lund\nSupply Chain Manager"
    )
    # the cover mail's 1,000 against the release's 800; the release itself holds the rest
    assert check(mail, forwarded).rules == {"RG011"}
    po = (
        "The Supplier is authorized to manufacture 12 sample sockets only. The production "
        "quantity is released only after sample sign-off and a written release from Dana Ortiz, "
        "Purchasing Manager."
    )
    assert "RG007" not in check(po).rules


def test_sample_acceptance_deemed_to_authorise_or_letting_the_series_follow() -> None:
    sqa = (
        "7.4 Acceptance of the initial samples by the Buyer's Quality department shall be deemed "
        "to authorise serial production and delivery according to the Buyer's delivery schedule."
    )
    assert "RG007" in check(sqa).rules
    report = (
        "Remark: with acceptance of the initial samples, the serial parts can now follow per the "
        "delivery schedule."
    )
    assert "RG007" in check(report).rules
    chat = (
        "[17/06/2024, 10:14] Youssef Amrani: If the field test is good, launch the series, no "
        "need to wait for the paper of Fatima Zahra.\n"
    )
    assert "RG007" in check(chat).rules


def test_release_in_the_sense_of_a_release_strategy_or_a_deviation() -> None:
    sap = (
        "PURCHASE ORDER 4510009871\nRelease strategy  Z2     Release indicator  R  Released\n"
        "Overall release   complete (14.05.2024, K. Tóth / Finance)\nSAMPLES ONLY: 20 PC. "
        "PRODUCTION RELEASE: NOT GIVEN.\nBALANCE 1.980 PC NOT RELEASED. ON HOLD UNTIL SAMPLE "
        "SIGN-OFF BY OUR TEST LAB AND WRITTEN PRODUCTION RELEASE BY NAGY ZSOLT (PURCHASING "
        "MANAGER).\n"
    )
    assert "RG009" in check(sap).rules
    response = (
        "Release of the deviation: granted for the 300 pcs of lot 4 only.\nLot release: lot 4 "
        "will be released by our incoming inspection after a 100% check.\nProduction release: "
        "lot 5 (300 pcs) is not released. It stays on hold until your corrective action is "
        "verified and I send you a written release.\n\nAndrea"
    )
    assert "RG009" in check(response).rules
    pilot = (
        "Pilot lot release - crank arm CA-7\nWe hereby release the pilot lot for production. The "
        "series balance is not released. It will be released by a written release from Johan "
        "Lindqvist, Head of Sourcing, after pilot-lot acceptance."
    )
    assert "RG009" not in check(pilot).rules


def test_a_call_off_or_pilot_po_without_a_quantity() -> None:
    call_off = (
        "GRAMPIAN WIND SYSTEMS LTD                        DELIVERY SCHEDULE / CALL-OFF\n"
        "Material        Description                    Rev  Call-off qty     Deliv. date\n"
        "GW-NCB-14       Nacelle cover bracket LH        D   TBA (see tel.)   wk 32/2024\n"
        "Notes:\nQuantities beyond this call-off are not released. They need call-off 0007, "
        "signed by Ewan Ross (Materials Manager), after the FAI of rev D is signed off.\n"
        "Packing: stillage GW-ST-3, max. 60 pcs per stillage.\n"
    )
    assert check(call_off).rules == {"RG010"}
    po = (
        "PEDIDO DE COMPRA PC-2024-0877\nPlease produce the pilot lot from the T2 mould.\nThe "
        "production quantity (approx. 8.000 pcs) is NOT released. It will be released only "
        "after the INMETRO test sign-off and a written production release from Rafael Costa, "
        "Gerente de Compras.\n"
    )
    assert check(po).rules == {"RG010"}


def test_releases_only_by_call_off_a_next_written_release_and_a_supplier_quoting_your_po() -> None:
    forecast = (
        "ROLLIERENDE BEDARFSVORSCHAU / ROLLING FORECAST\nThis forecast is for information only. It "
        "is not an order. Quantities are released exclusively by call-off (Abruf) signed by Mag. "
        "Verena Pichler, Disposition.\n"
    )
    assert check(forecast).rules == set()
    release = (
        "From: Maja Vidmar <m@buyer.example>\n\nPRODUCTION RELEASE PR-17\nReleased now: 1.200 "
        "pcs (first lot)\nNot released: the remaining 3.600 pcs stay on hold\nUnlock: lot "
        "acceptance of the first lot at our incoming inspection, then my next written release\n"
        "\nMaja Vidmar\nSupply Chain Manager"
    )
    assert check(release).rules == set()
    proforma = (
        "PRO-FORMA INVOICE PF-2024-0093\nPlease note: this advance payment is for the fixture "
        "only. It does not release production. Your PO 4500-7781 covers 5 sample blocks. The "
        "series of 200 pcs stays on hold until we receive your written production release.\n"
    )
    assert check(proforma).rules == set()


def test_more_ways_of_rolling_sample_approval_into_production() -> None:
    for text in (
        "As shown in the schedule, after your sample approval we will shift to the mass "
        "production automatically, without any further document.",
        "Plant can continue with the remaining 4,950 nos once our test report reaches you - no "
        "need to wait for a written release.",
        "On approval of the samples by our architect, you may treat this PO as confirmed for the "
        "balance quantity and start dispatches.",
        "InshaAllah jaise hi Dr. sahiba samples approve karti hain hum full lot 1,476 pcs start "
        "kar denge, letter ka wait nahi karenge.",
    ):
        assert "RG007" in check(text).rules, text


def test_challans_tenders_reference_samples_and_a_cover_mail_against_its_po() -> None:
    challan = (
        "LAKSHMI MOTORS & DRIVES                                      DELIVERY CHALLAN\n"
        "Party PO   : 4500013102 dt. 02-07-2024\nPurpose    : Supply against PO (samples)\n"
        "S.N  Item Code   Description                                  Qty   Unit  Boxes\n"
        " 1   LM-2P-0370  Motor 0.37 kW 2P TEFC B3, frame 71, IE2      50    Nos   10\n"
    )
    assert check(challan).rules == set()
    mail = (
        "As discussed on phone, please find attached our PO No. SBPL/PO/0812 for 1,000 nos. HDPE "
        "crates.\n\nKindly manufacture and supply the 1,000 nos. by 20th August. Colour blue as "
        "per our master sample.\n\nHiren Shah\nPurchase Manager"
    )
    po = (
        "SUNRISE BEVERAGES PVT. LTD.                      PURCHASE ORDER\n"
        "Sl  Description                                   HSN        Qty        Rate\n"
        " 1  HDPE Crate 24 x 500 ml, blue, Sunrise logo   39231090   1,200 Nos  185.00\n"
    )
    # one order stated twice with different quantities: RG011, not a sample order's open balance
    assert check(mail, po).rules == {"RG011"}


def test_a_release_of_the_complete_remainder_and_a_stop_notice() -> None:
    release = (
        "PRODUCTION RELEASE PR-2024-019\nPO KMC/24/3391 (side stand assembly)\nUnlock event PPAP "
        "sample sign-off, disposition approved, 31.07.2024\nQuantity released by this document "
        "4,950 nos\nRemaining on hold after this release nil - this release covers the complete "
        "remaining\nquantity of the PO\nReleased by: R. Lakshmi Priya, Manager - SCM\n"
    )
    assert check(release).rules == set()
    stop = (
        "STOP NOTICE SN-2024-07\nEffective immediately, stop all work on the above order, "
        "including the\n500 pcs released on 12-07-2024. Nothing may start until Mr. Adnan "
        "Sheikh lifts this notice in writing after NCR closure.\n"
    )
    assert "RG012" not in check(stop).rules


def test_my_written_release_across_a_quoted_line_break() -> None:
    reply = (
        "From: Radek Simek <r@supplier.example>\n\nOnce your down payment is on our account, we "
        "treat the series as released and will schedule it right away.\n\nRadek Simek\n\n"
        "> From: Mag. Andreas Gruber\n> PO 4500-7790 covers 8 sample valve blocks VB-12 - please "
        "make these now.\n> The series of 400 pcs is not released and on hold until our sample "
        "sign-off and my written\n> release (Mag. Andreas Gruber, Einkauf).\n"
    )
    assert check(reply).rules == {"RG012"}


def test_a_swedish_senders_own_scope_quoted_two_levels_down_and_a_forecast_rule() -> None:
    mail = (
        "From: Linnea Åberg <l@buyer.example>\n\nHi Sunny,\n\nTooling invoice paid in full "
        "yesterday, so you're good to go!\n\n/Linnea\n\nFrom: Sunny Qian <s@supplier.example>\n"
        "> Could you please confirm when we can start?\n> > From: Linnea Åberg\n"
        "> > - 50 T1 samples, active now.\n> > - The balance of 4,950 frames is not released.\n"
        "> > - The balance is released only after our T1 sign-off and a written production "
        "release from me, Linnea Åberg, Purchasing Manager.\n"
    )
    # the go-ahead is unscoped and rides on the payment; her own quoted scope states the 50
    assert check(mail).rules == {"RG002", "RG012"}
    forecast = (
        "Rolling forecast / Prognos - hub motor HM-250\nFORECAST - NOT A PURCHASE ORDER. This "
        "forecast is for capacity planning only. Quantities are ordered only by purchase order "
        "and released for production only by a written production release.\n"
        "Month | Forecast qty (units) | Status\n2024-07 | 600 | forecast\n"
    )
    assert check(forecast).rules == set()


def test_a_colleagues_quoted_scope_and_a_release_gated_in_writing() -> None:
    reply = (
        "From: Michal Baranovic <michal.baranovic@strojarne-martin.sk>\n\nAhoj Jirka,\n\nsamples "
        "measured on our Zeiss today, everything in tolerance. Green light from my side!\n\n"
        "Michal\n\n-----Original Message-----\n"
        "From: Ing. Peter Kovac <peter.kovac@strojarne-martin.sk>\n"
        "> PO 4600-3345 covers 15 pcs shaft HV-12 (samples) - please make these 15 pcs now.\n"
        "> The balance of 1.485 pcs is not released and stays on hold. It is unlocked by the "
        "sample sign-off and then my written release.\n> Peter Kovac, Purchasing Manager\n"
    )
    assert check(reply).rules == {"RG002"}  # the colleague's quoted scope states the 15
    mail = (
        "So: samples approved for fit check only. The 3.600 pcs series quantity on line 20 stays "
        "on hold. It is released\nonly by a written production release from me, and only after "
        "the PPAP sign-off by our\ncustomer quality (planned KW 31).\n\nMatej Kranjc\nProject Buyer"
    )
    assert "RG007" not in check(mail).rules


def test_indian_grouping_and_a_po_created_in_sap() -> None:
    assert [q.value for q in find_quantities("24,00,000 nos and 2,40,000 nos")] == [2400000, 240000]
    mail = (
        "We have created PO 4500012876 in SAP for 10 nos. proto motors against your quote "
        "(forwarded below for ready reference).\n\nKarthik"
    )
    quote = "QUOTATION LMD/24/Q-331\nProto motors 10 nos\nSeries production 1,500 nos per year"
    # ten protos ordered, the quote's series quantity shown beside them and nothing held
    assert {"RG001", "RG003", "RG004", "RG005"} <= check(mail, quote).rules
    terms = (
        "1. This PO covers 20,000 Nos (first schedule). Quantity beyond this PO is not released; "
        "further quantities only against schedule call-off issued by Mr. R. Venkatesh, Purchase "
        "Manager.\n2. Annual forecast FY 2024-25: 2,40,000 Nos.\n"
    )
    assert "RG004" not in check(terms).rules


def test_a_release_after_a_sign_off_that_happened_is_a_grant_not_an_assumption() -> None:
    mail = (
        "Following the successful sample sign-off last Friday, kindly proceed with 360 pcs of the "
        "MP-340 insert. The rest of the 20,000 remains on hold until the sell-through review and "
        "a written release from the undersigned.\n\nWanjiru Kamau\nProcurement Manager"
    )
    printout = (
        "PRODUCTION RELEASE\nRELEASE NO ...... REL-0007\nRELEASED QTY .... 300 PCS\n"
        "BALANCE ......... ON HOLD - NOT RELEASED\nAUTHORISED BY ... W. KAMAU\n"
    )
    assert check(mail).rules == set()  # the sign-off is done: nothing rolls over by itself
    # the printout's leader dots end no sentence: its 300 is read against the mail's 360
    assert check(mail, printout).rules == {"RG011"}
    # a sign-off still to come is the condition of an assumed roll-over
    assumed = "After positive sample approval, please continue with the balance of 2,970 pcs."
    assert "RG007" in check(assumed).rules


def test_a_performative_release_after_a_sign_off_is_compared_with_the_po() -> None:
    mail = (
        "following the drop test sign-off, we release 1,500 crates under call-off 02. The rest "
        "stays on hold until call-off 03, which I will sign.\n\nIoana Marin\nProcurement Manager"
    )
    po = "PURCHASE ORDER FC-24-118 rev. 02\nPos | Item | Qty\n1 | Crate 600x400 | 1,200 pcs\n"
    assert "RG011" in check(mail, po).rules
    # the release is made now, so it needs its hold and its release person like any other
    samples = "following the drop test sign-off, we release 15 sample crates.\n\nIoana Marin"
    assert {"RG003", "RG005"} <= check(samples).rules


def test_words_and_bracketed_digits_that_disagree() -> None:
    letter = (
        "Further to the sample sign-off, we hereby release fifteen (50) fascia sign modules. The "
        "balance of the PO is not released and remains on hold until the installation review and "
        "a written release by Kofi Mensah."
    )
    assert check(letter).rules == {"RG011"}
    assert check(letter.replace("(50)", "(15)")).rules == set()


def test_a_portal_row_releasing_another_quantity_than_the_call_off() -> None:
    call_off = (
        "CALL-OFF\nPO ............ 1180            CALL-OFF ...... 04\n"
        "RELEASED NOW .. 400 EA          SHIP BY ....... 05/10/2024\n"
        "ON HOLD ....... REMAINDER OF PO 1180, NOT RELEASED, UNTIL CALL-OFF 05\n"
        "RELEASE AUTH .. JESS ALVAREZ, HARDWARE SUPPLY LEAD\n"
    )
    portal = "Supplier portal - PO 1180 - Call-off 04\n\nReleased quantity | 450\n\nShip by | 05/10"
    assert "RG011" in check(call_off, portal).rules
    assert "RG011" not in check(call_off, portal.replace("450", "400")).rules
    # the contract's whole quantity beside a call-off's release is no conflict
    release = (
        "Call-off 1 (contract FA-2024-21)\n\nItem | Duct | Contract qty | 3,800 m\n\n"
        "Call-off 1 releases 400 m. The other 3,400 m are not released and stay on hold until "
        "call-off 2, which Daniel Azoulay will issue in writing after the pressure test."
    )
    assert "RG011" not in check(release).rules


def test_material_bought_ahead_in_other_words() -> None:
    scope = (
        "scope for PO 1180-F: 10 prototype frames. the 490 production frames are NOT released, "
        "on hold until flight-test sign-off and a written release from me (Jess Alvarez)\n\n"
    )
    grabbed = (
        "our distributor had T700 plate at the old price so we grabbed enough for all 500 frames."
    )
    assert "RG006" in check(scope + grabbed).rules
    booked = "We went ahead and booked the full 2,900 yds of the 3L shell so we keep the dye lot."
    assert "RG006" in check(scope + booked).rules
    logs = "FYI the logs for all six houses are already kiln-dried and stacked in our yard."
    assert "RG006" in check(scope + logs).rules
    placed = (
        "We have also placed the PET film and silver ink order for the full 50 000 with our "
        "supplier."
    )
    assert "RG006" in check(scope + placed).rules
    only = "We grabbed enough plate for the 10 prototype frames only."
    assert "RG006" not in check(scope + only).rules


def test_a_label_row_after_a_line_ending_in_release_starts_its_own_sentence() -> None:
    ack = (
        "Order Acknowledgement OA-24-0331\n200 pcs released per your PO - in production\n"
        "Balance of your 2.000 pcs programme 1.800 on hold pending your release\n"
        "Material procurement: 6061-T6 billet, 90 mm dia, for 2.000 pcs has been ordered on "
        "14/03/2024 to secure the mill slot.\n"
    )
    assert "RG006" in check(ack).rules


def test_a_forecast_taken_as_the_order_a_sentence_or_two_later() -> None:
    chat = (
        "[21/03/2024 11:09] Ciara Brennan: Rough forecast is 2k for the season, could be more.\n"
        "[21/03/2024 11:09] Ciara Brennan: No PO yet, finance are slow.\n"
        "[21/03/2024 11:10] Ciara Brennan: Look, take that as the order.\n"
    )
    assert "RG008" in check(chat).rules
    mail = (
        "attached is our forecast for the coming season: 14 filleting lines.\n\n"
        "You can count on that as our commitment - please plan your capacity for it."
    )
    assert "RG008" in check(mail).rules
    supplier = "Based on your forecast order of 50 000 NFC labels for 2025 we plan the press."
    assert "RG008" in check(supplier).rules
    labelled = "Our forecast is 2k for the season. It is not an order; take it as planning only."
    assert "RG008" not in check(labelled).rules


def test_recorded_events_and_listed_values_are_no_go_ahead() -> None:
    ecn = "See below - drawing Rev E is released as of this morning."
    assert "RG002" not in check(ecn).rules
    po = (
        "PURCHASE ORDER 1102\nItem | Qty\nBar stool, pine | 40 pcs\n"
        "The sample stool was signed off by our client on 03/08."
    )
    assert "RG002" not in check(po).rules
    qaa = (
        "QUALITY AGREEMENT\n4.3 Sample sign-off is a technical disposition of the samples "
        "(approved, interim with quantity and/or date limits, or rejected)."
    )
    assert check(qaa).rules == set()


def test_a_sample_lot_row_states_the_quantity_of_the_minutes() -> None:
    minutes = (
        "Minutes of meeting\nNo. | Topic | Decision\n"
        "D1 | Sample lot | 20 pcs delivered 10.06. Production 1,980 pcs remains on hold - not "
        "released - until the pressure-test sign-off and a written release by Anna Heikkinen.\n"
        "D4 | Next steps | Supplier may proceed. | C. Dobre\n"
    )
    assert check(minutes).rules == {"RG002"}


def test_a_roll_over_go_ahead_is_told_once_as_an_implied_conversion() -> None:
    mail = (
        "PO BV-32 covers 10 sample bodies; the other 1,150 are on hold until the pressure test "
        "sign-off and my written release.\n\nHonestly, to save us both time: if the pressure test "
        "passes next week, just carry on with the rest - no need to wait for an email from me.\n\n"
        "Ilona Varga\nPurchasing"
    )
    rules = check(mail).rules
    assert "RG007" in rules and "RG002" not in rules


def test_a_held_balance_does_not_cover_a_larger_run_in_the_attached_quote() -> None:
    release = (
        "Release R-07 against PO 7720\n- Released now: 150 couplers.\n- The other 350 are not "
        "released and stay on hold until the field trial sign-off and my written release.\n\n"
        "Aisha Bello\nPurchasing Manager"
    )
    quote = "QUOTATION MK-1190\nItem | Qty | Unit price\nKeg coupler, production run | 2,000 | 4.10"
    report = check(release, quote)
    assert "RG001" in report.rules
    assert "2,000" in next(f for f in report.findings if f.rule == "RG001").text
    # the order's own total (150 + 350) is what the hold covers, and so is a marked quote
    assert "RG001" not in check(release, quote.replace("2,000", "500")).rules
    marked = quote + "\nProduction pricing for information only; not an order."
    assert "RG001" not in check(release, marked).rules


def test_east_european_purchase_orders_are_read_as_pos() -> None:
    one_c = (
        'ТОВ "МЕДТОРГ"                                     ЄДРПОУ 41122334\n\n'  # noqa: RUF001
        "           ЗАМОВЛЕННЯ ПОСТАЧАЛЬНИКУ № ТМ-000118 від 03.06.2024\n"  # noqa: RUF001
        "           PURCHASE ORDER No. TM-000118 of 03.06.2024\n\n"
        " № | Товар / Item                    | Од. | К-сть | Ціна EUR | Сума EUR\n"  # noqa: RUF001
        "---+---------------------------------+-----+-------+----------+---------\n"
        " 1 | Infusion set IS-20, sample lot  | шт  |   500 |     0,62 |   310,00\n"
        " 2 | Доставка / freight DAP Бровари  | посл|     1 |    95,00 |    95,00\n"
        "---+---------------------------------+-----+-------+----------+---------\n"
    )
    # a sample PO that never speaks of the balance, of what unlocks it or of who releases it
    assert check(one_c).rules == {"RG003", "RG004", "RG005"}
    comanda = (
        "CASA BUCATARIA SRL - COMANDĂ FURNIZOR CB-24-0812\nData: 12.06.2024\n"
        "Poz. | Articol | Cant. | Pret unitar EUR\n"
        "1 | Kitchen set (sample), oak | 2 seturi | 1.450,00\n\n"
        "Basis: your offer RMF-118 - 2 sample sets plus a production lot of 240 sets at EUR 310,00."
    )
    assert {"RG001", "RG003", "RG004", "RG005"} <= check(comanda).rules


def test_payment_read_as_the_go_signal_in_other_words() -> None:
    supplier = (
        "Since your downpayment is in, we took it as the go signal for the project: we will "
        "extrude all 5,000 rails."
    )
    assert "RG012" in check(supplier).rules
    proforma = (
        "PROFORMA INVOICE VCC-24-077\nNote: Upon receipt of the 50% advance payment, production of "
        "the full order of 1.000 sets will commence according to our standard terms (advance "
        "payment = production release)."
    )
    assert "RG012" in check(proforma).rules
    buyer = (
        "The down payment of 30% for PO KO-24-301 has been transferred today.\n\nWith this DP "
        "received on your side, kindly take it as the production release and start the 450 units."
    )
    assert "RG012" in check(buyer).rules
    # a PO's scope next to the release that is still to come is no payment read as a start
    scope = (
        "The PO covers 40 sample pcs only for PPAP. The production release for the balance of "
        "3,960 pcs will be issued in writing by Wichai Thongdee after our PPAP sign-off."
    )
    assert "RG012" not in check(scope).rules


def test_sample_sign_offs_rolled_over_in_casual_and_formal_words() -> None:
    rolled = [
        "To save everyone time: if the samples measure up, just keep the press running and go on "
        "with the balance - no need to wait for Orla's paperwork.",
        "Heads up, as soon as your engineers give 'em the tick we'll kick straight off on the two "
        "thousand, saves you raising another bit of paper, eh.",
        "Once y'all get the thumbs-up from him, crank out the rest of the panels.",
        "Please note: once the PPAP is approved, we will take that approval as your approval for "
        "production and ship the remaining 1,995 gears.",
        "Upon PSW approval, we will treat it as your production approval and ship the balance of "
        "9,500 pcs as per the original schedule.",
        "Upon your sample approval, the production quantity of 10,000 pcs will be put into "
        "production automatically, without a separate purchase order.",
    ]
    for text in rolled:
        assert "RG007" in check(text).rules, text
    gated = (
        "Upon your sample approval, the 10,000 pcs go into production only with a separate "
        "written release from Ms Kim."
    )
    assert "RG007" not in check(gated).rules
    paid = "With this DP received on your side, kindly take it as the production release."
    assert "RG007" not in check(paid).rules


def test_a_chat_release_restated_with_another_quantity() -> None:
    chat = (
        "Microsoft Teams chat export\n\n"
        "5/13/2024 9:02 AM  Megan Ortiz: Morning Derek! Releasing 200 of the printed display trays "
        "(PO SS-4471, line 2). Rest of the 2k stays on hold till the retailer signs off the "
        "planogram. Release of the rest is my call.\n"
        "5/13/2024 9:10 AM  Derek Hall: Got it, scheduling on the Bobst Thursday.\n"
        "5/15/2024 8:47 AM  Megan Ortiz: Quick recap for your scheduler: as agreed Monday, 250 "
        "released on line 2, nothing else.\n"
    )
    assert check(chat).rules == {"RG011"}
    assert check(chat.replace("250", "200")).rules == set()


def test_an_email_declared_a_po_and_summed_up_with_another_quantity() -> None:
    mail = (
        "From: Bec Fairweather <bec@wattleandgum.com.au>\n\nHi Brett,\n\nPlease treat this email "
        "as our PO WG-0912 for 30 sample koala puzzle sets, at $9.80 each.\n\n"
        "So that's 25 sample sets, delivered to our Hobart studio by 7 June.\n\nTa,\nBec"
    )
    rules = check(mail).rules
    assert {"RG003", "RG004", "RG005", "RG011"} <= rules
    assert "RG011" not in check(mail.replace("25 sample", "30 sample")).rules


def test_edi_orders_are_read_as_pos_with_their_line_quantities() -> None:
    x12 = (
        "ISA*00*          *00*          *ZZ*CADDOCOMP      *ZZ*REDRIVERSEAL   *240515*0714*U~\n"
        "ST*850*0001~\nBEG*00*SA*4500771**20240515~\n"
        "PO1*1*1000*EA*4.85**BP*SW-4-600-CGI*VP*RRSG-SW4600~\n"
        "PID*F****SPIRAL WOUND GASKET 4IN CL600~\nCTT*1*1000~\nSE*14*0001~\n"
    )
    mail = (
        "The 850 for PO 4500771 went out this morning. Please ship 1,200 per PO - we need them "
        "staged at the yard by the 31st.\n\nBobbie Landry"
    )
    assert check(mail, x12).rules == {"RG011"}
    assert "RG011" not in check(mail.replace("1,200", "1,000"), x12).rules
    edifact = (
        "UNH+1+ORDERS:D:96A:UN'\nBGM+220+TS240822-17+9'\nLIN+1++71120-TS40:IN'\nQTY+21:50:PCE'\n"
        "FTX+PUR+++SAMPLE LOT 60 PCS ONLY RELEASED UNDER THIS ORDER:BALANCE 4940 PCS OF QUOTE NOT "
        "RELEASED - ON HOLD'\nFTX+PUR+++BALANCE RELEASED ONLY AFTER PPAP SIGN-OFF BY WRITTEN "
        "RELEASE FROM:K. PRASERT WONGSAWAT PURCHASING MANAGER'\n"
        "FTX+DEL+++DELIVER TO GATE 2 - 10 PCS PER RETURNABLE TRAY'\nUNT+20+1'\n"
    )
    assert check(edifact).rules == {"RG011"}
    assert check(edifact.replace("QTY+21:50", "QTY+21:60")).rules == set()


def test_an_edi_line_held_by_its_own_notes_is_not_ordered() -> None:
    x12 = (
        "==== X12 850 PURCHASE ORDER (HUMAN-READABLE PRINT) ====\nBEG*00*SA*AS-88390**20240603\n"
        "PO1*1**EA*1950.00**BP*SK-2240-010\n  MSG: LINE 1 - FIRST ARTICLE - RELEASED FOR "
        "MANUFACTURE - QTY: TBD PER ENGINEERING\n"
        "PO1*2*2400*EA*210.00**BP*SK-2240-010\n  MSG: LINE 2 - 2400 EA PRODUCTION - NOT RELEASED "
        "- HOLD\n  MSG: RELEASE ONLY AFTER FAI SIGN-OFF, IN WRITING BY J. MAZUR (PROGRAM MGR)\n"
        "CTT*2\n"
    )
    # the first article line states no quantity, and the 2,400 are held
    assert "RG010" in check(x12).rules


def test_a_company_releasing_in_the_third_person_and_a_covering_mail_that_differs() -> None:
    letter = (
        "Production Release No. R1\nFollowing sample sign-off by our site engineer on 17 May "
        "2024, Hunter Valley Cladding releases 500 (five hundred) louvre blades for production "
        "under PO HVC-7741. The remaining 500 blades remain on hold until a further written "
        "release.\nSigned: Bianca Russo, Supply Manager."
    )
    mail = (
        "From: Bianca Russo <brusso@hvcladding.com.au>\n\nHi Tom,\n\nRelease R1 for PO HVC-7741 "
        "went up on the supplier portal this morning. That's 450 blades for now - the rest stays "
        "on hold.\n\nBianca"
    )
    assert "RG011" in check(letter, mail).rules
    assert "RG011" not in check(letter, mail.replace("450", "500")).rules
    heading = (
        "Purchase Orders and Production Releases\n4.1 A Purchase Order is a commercial document."
    )
    assert check(heading).rules == set()


def test_a_po_number_given_for_samples_in_a_mail_is_an_order() -> None:
    mail = (
        "Hi Ciara,\n\nThanks for the quote - attached back to you for reference. Our PO number for "
        "the 40 sample lids is BD-2024-0412. Can you send them to the Ennistymon plant?\n\nSean"
    )
    quote = (
        "QUOTATION LPK-Q-0877\nItem | Qty | Unit price\nSample lids | 40 | 1.20\n"
        "Lids | 250,000 | 0.03"
    )
    assert check(mail, quote).rules == {"RG001", "RG003", "RG004", "RG005"}


def test_acceptance_or_payment_taken_as_the_go_beside_samples() -> None:
    accepted = (
        "As per clause 7 of our standard conditions of sale, acceptance of a purchase order is our "
        "release to manufacture, so we've loaded the 20 000 tubs into next week's schedule "
        "straight after the 200 samples."
    )
    assert "RG012" in check(accepted).rules
    paid = (
        "Since the whole job's paid for, we'll take that as our go and put the other 39 sets into "
        "fabrication Monday."
    )
    assert "RG012" in check(paid).rules
    samples = (
        "We produce the 500 sample hangtags only, as your PO says. The 19.500 pcs stay on hold "
        "until you send us the written release."
    )
    assert "RG012" not in check(samples).rules


def test_a_supplier_confirming_a_labelled_forecast_as_an_order() -> None:
    plan = (
        "Supply Plan 2025 H1 - FORECAST\nPart | Jan | Feb | Mar | Total\n"
        "DY-WS-5521 | 6,000 | 6,000 | 6,000 | 18,000\nDY-WS-5522 | 6,000 | 6,000 | 6,000 | 18,000\n"
        "This is a forecast for capacity planning only. It is not a purchase order."
    )
    reply = (
        "Thank you for sending the supply plan. We are pleased to confirm your firm order of "
        "36,000 ea in total for January to March."
    )
    assert check(plan).rules == set()
    assert check(plan, reply).rules == {"RG008"}
    thanks = "Thank you for your order of 18,000 weatherstrips! We entered it as sales order 88214."
    assert check(plan, thanks).rules == {"RG008"}


def test_material_arranged_or_staged_beyond_a_staged_authority() -> None:
    ecn = (
        "ECN KO-24-017\nOnly the 30 rev C samples are released; the balance is on hold until "
        "ISIR sign-off and a written release by Agus Wibowo.\nSupplier information: because "
        "SPHC-P coil has a 12-week lead time, the supplier is arranging coil for the full annual "
        "volume of 60,000 pcs."
    )
    assert "RG006" in check(ecn).rules
    status = (
        "Weekly status ALP-2207\nRelease on file | 500 pcs (Release R-1)\n"
        "Material authority on file | staged, up to 5,000 pcs of Lexan HPS1R\n\n"
        "Resin: we have dried and staged resin sufficient for 50,000 pcs to secure one lot."
    )
    assert "RG006" in check(status).rules
    within = status.replace("50,000 pcs to secure", "5,000 pcs to secure")
    assert "RG006" not in check(within).rules


def test_definitions_status_values_lead_times_and_addresses_grant_nothing() -> None:
    schedule = (
        'Schedule B\n1.3 "Production Release" means a written instrument, signed by the Release '
        "Authority, that names a quantity the Supplier may manufacture."
    )
    assert check(schedule).rules == set()
    conditions = (
        "Conditions: status APPROVED (an interim or conditional status does not convert), drawing "
        "rev C unchanged."
    )
    assert "RG002" not in check(conditions).rules
    assert "RG002" in check("Status: APPROVED - proceed").rules
    assert "RG002" not in check("Kindly deliver within 3 weeks to our plant.").rules
    po = (
        "PILBARA OFFSHORE SERVICES PTY LTD                        PURCHASE ORDER\n"
        "Level 9, 240 St Georges Tce, Perth WA 6000               PO No   : POS-88120\n"
        "Supplier: Kwinana Valve Works Pty Ltd                    Terms   : 30 days EOM\n"
        "          14 Beard St, Kwinana Beach WA 6167             Currency: AUD\n"
        "Ln  Item              Description                              Qty  Unit   Amount\n"
        "1   KVW-GV6-900 r2    6in Class 900 gate valve, FAI article      2   EA  38,600.00\n"
    )
    # two FAI valves ordered; the street numbers and post codes are no larger quantity
    assert check(po).rules == {"RG003", "RG004", "RG005"}


def test_a_chat_hold_written_with_a_contraction_and_a_dash_after_the_time() -> None:
    chat = (
        "14/05/2024, 08:41 - Nick Ashworth: Morning Darren. PO BM-3321 sent over for 8 sample "
        "uprights. The other 112 aren't released - they need our FAI sign-off and then a written "
        "release from me.\n14/05/2024, 08:52 - Darren Cole: got it, 8 first-offs only.\n"
    )
    report = check(chat)
    assert report.files[0].role == "authorization"  # "PO ... sent over for 8 sample uprights"
    assert report.rules == set()  # the hold, its event and the writer as release person


def test_go_aheads_in_formal_and_filipino_english_and_a_quoted_scope_by_the_same_buyer() -> None:
    letter = (
        "Further to our review of your method statement MS-07, the Employer hereby confirms its "
        "approval and authorises the Contractor to proceed.\nYours faithfully\nNaledi Jacobs"
    )
    assert "RG002" in check(letter).rules
    reply = (
        'From: "Maricel dela Cruz" <maricel.delacruz@lagunaauto.ph>\n\nHi Sir Jun,\n\nYes, all '
        "good on our side, you can push through na po.\n\nMaricel\n\n"
        "> On Tue, Jun 4, 2024 at 3:47 PM Jun Villareal <jun@sprubber.com.ph> wrote:\n"
        "> May we proceed?\n>\n"
        "> > On Mon, May 20, 2024 at 9:03 AM Maricel dela Cruz <maricel.delacruz@lagunaauto.ph> "
        "wrote:\n"
        "> > PO LAG-24-0520 is for 100 pcs sample grommets only. The balance of 9,900 pcs is not\n"
        "> > released. It will be released only by a written release from me after our PPAP "
        "sign-off.\n> > Maricel dela Cruz\n"
    )
    # her own quoted scope states the 100: the go-ahead is unscoped, but a quantity is stated
    assert check(reply).rules == {"RG002"}


def test_a_po_header_or_memo_that_disagrees_with_its_single_line() -> None:
    visma = (
        "OSTOTILAUS / PURCHASE ORDER LF-PO-24-052\n\n"
        "Sample lot: 120 pcs - heater foil LF-120-24\n\n"
        "Rivi  Tuote        Nimike / Description                     Maara  Yks   a-hinta\n"
        "  1   LF-120-24    Printed heater foil 24 V 12 W, sample    100  kpl      3,85\n\n"
        "Notes: Remaining 4 900 pcs held until sample sign-off. Production release by Hanna "
        "Virtanen (Purchasing Manager) in writing.\n"
    )
    assert "RG011" in check(visma).rules
    assert "RG011" not in check(visma.replace("Sample lot: 120", "Sample lot: 100")).rules
    quickbooks = (
        "PURCHASE ORDER 1187\nItem | Description | Qty | Rate\n"
        "BRK-22 | Bracket, PA12 | 12 | 9.50\n\n"
        "Memo: Please print ten (10) brackets and ship as soon as the last one is off the printer."
    )
    assert "RG011" in check(quickbooks).rules


def test_one_as_a_pronoun_and_off_after_other_words_count_nothing() -> None:
    for text in ("ship as soon as the last one is off the printer", "the only one who signs those"):
        assert find_quantities(text) == []
    assert [q.value for q in find_quantities("one sample and 10 off")] == [1, 10]


def test_sample_and_pilot_requests_without_a_count() -> None:
    viber = (
        "[11.06.2024 13:24] Kadri Tamm: Great. Please do a pilot run on the new mesh, we need the "
        "labels for the EMC test.\n[11.06.2024 13:25] Kadri Tamm: The 20k series stays on hold - "
        "not released - until EMC sign-off and my written release.\n"
    )
    assert check(viber).rules == {"RG010"}
    imessage = (
        "Mon, May 13, 2024\n8:02 AM  Jess Tremblay: Hey Marc! Go ahead with the pilot run of the "
        "keg collars only\n8:03 AM  Jess Tremblay: Production balance stays on hold until the "
        "pilot collars pass our CIP and pressure check\n8:20 AM  Marc Dubois: how many for the "
        "pilot?\n8:41 AM  Jess Tremblay: whatever you think makes sense for a proper test lol\n"
    )
    # no count and nobody named to release the balance; the pilot passing is the event
    assert check(imessage).rules == {"RG005", "RG010"}
    request = (
        "SAMPLE REQUEST SR-24-09\nStyle FJ-220 'Esja' - merino fleece zip jacket, YKK Vislon zip "
        "No. 5\nPlease sew the salesman samples of style FJ-220 in the colours below.\n"
        "The production order is not released. Production is released only by a written release "
        "from Solveig Arnadottir after the sample sign-off.\n"
    )
    assert check(request).rules == {"RG010"}
    trial = (
        "We kindly request you to make trial parts of the bracket above for our evaluation. The "
        "mass-production quantity (forecast 1,200 pcs/month) is not ordered and not released. "
        "After our evaluation sign-off, Mr. Yamada Ichiro will issue the written release."
    )
    assert check(trial).rules == {"RG010"}


def test_an_engineer_title_and_an_attached_release_with_another_quantity() -> None:
    po = (
        "PURCHASE ORDER LSA-24-0098\nAuthorization. The Supplier is authorized to manufacture 15 "
        "sample sockets only.\nBalance. The production quantity of 300 sockets is not released.\n"
        "Unlock. The production quantity is released only after sample sign-off and a written "
        "production release from Engr. Ramon Dizon, Purchasing Manager.\n"
    )
    assert check(po).rules == set()  # "Engr." ends no sentence: the release person is named
    mail = (
        "Dear Stefan,\n\nPlease find attached release no. 3 for the grapple tines BG-T12: two "
        "hundred (200) pcs, delivery in week 30.\n\nGabor"
    )
    release = (
        "PRODUCTION RELEASE No. 3\nQuantity released: 220 pcs, week 30/2024.\nThe remaining 880 "
        "pcs are not released until release No. 4, signed by Toth Gabor, Purchasing Manager."
    )
    assert "RG011" in check(mail, release).rules
    assert (
        "RG011"
        not in check(mail.replace("two hundred (200)", "two hundred twenty (220)"), release).rules
    )


def test_sample_orders_given_as_a_po_number_validation_parts_or_samples_first() -> None:
    number = (
        "Hi Andrei,\n\nOur PO number is 4500018832, for the sample hitch brackets MAC-HB-2207 rev "
        "D, 20 pcs at EUR 38.50 as per your quote.\n\nCiaran"
    )
    assert check(number).rules == {"RG003", "RG004", "RG005"}
    validation = (
        "Please proceed with the 8 validation housings under PO 4300-2215. Lot traceability per "
        "our ISO 13485 supplier requirements as usual."
    )
    # ISO 13485 is a standard, not 13,485 housings
    assert check(validation).rules == {"RG003", "RG004", "RG005"}
    chat = "2024-05-08 14:21  Pei-Shan Wu: make 20 samples first, colours per the colour card"
    assert check(chat).rules == {"RG003", "RG004", "RG005"}
    assert find_quantities("din en iso 4014 bolts and en 10204 certificates") == []
    assert find_quantities("report (vda 2) with the parts") == []
    # a lone "en" is Spanish or French "in", and a count with its unit stays a count
    assert [q.value for q in find_quantities("fabricar en 300 piezas")] == [300]
    assert [q.value for q in find_quantities("iso 9001: 500 pcs")] == [500]


def test_a_numbered_call_off_to_come_is_the_unlock_event() -> None:
    call_off = (
        "CALL-OFF (RELEASE) AGAINST FRAME AGREEMENT FA-2024-17\nCall-off no. ...: 3\n"
        "RELEASED NOW ....: 40 m of sample duct\n"
        "BALANCE .........: 1,100 m of the 1,500 m frame quantity - NOT released.\n"
        "                   Call-off no. 4 will be issued in writing by Avi Peretz, Project\n"
        "                   Procurement Manager.\n"
    )
    assert check(call_off).rules == set()


def test_numbered_releases_and_call_offs_compared_with_their_documents() -> None:
    mail = (
        "Dear Mr. Huang,\n\nCall-off 2 is for 2,500 pcs WL-6125 motors, please see the attached "
        "document and arrange production for shipment end of August.\n\nPham Thi Mai"
    )
    call_off = (
        "CALL-OFF\n\nBlanket order | BA-2024-03 | Call-off no. | 2\n\nPart | Description | Qty\n\n"
        "WL-6125 | Shaded-pole motor 230 V | 3,000 pcs\n\n"
        "Quantities beyond this call-off remain on hold until the next call-off signed by Ms. Pham "
        "Thi Mai, Purchasing Manager."
    )
    assert "RG011" in check(mail, call_off).rules
    letter = (
        "Production release No. 3\nWith this release No. 3 we release 600 pcs for production, "
        "delivery KW 30-31. All further quantities remain on hold until release No. 4, which will "
        "be issued in writing by Mag. Verena Pichler after lot acceptance of release No. 2."
    )
    sap = (
        "SAP ME38 - scheduling agreement schedule lines\n"
        "Freig.-Nr  Einteilung   Lieferdatum   Menge\n"
        "0003       0005         KW 30/2024      325\n"
        "0003       0006         KW 31/2024      325\n"
        "Summe Freigabe 0003:                    650\n"
    )
    assert check(letter).rules == set()  # "release No. 3" is no "no", release No. 4 the event
    assert "RG011" in check(letter, sap).rules


def test_romanised_hindi_requests_holds_events_and_release_persons() -> None:
    chat = (
        "15/04/2024, 09:31 - Neeraj Gupta (GIPP Purchase): PO GIPP/PO/2425/0051 mail pe bheja hai "
        "- sirf 2 sample drums (2 x 250 mtr) 4C x 16 sqmm Cu armoured\n"
        "15/04/2024, 09:32 - Neeraj Gupta (GIPP Purchase): Baaki 18 drums release nahi hain. Jab "
        "tak CPRI type test report sign-off nahi hota aur Hemant Desai sir ka written release nahi "
        "aata, bulk ka kuch nahi banana\n"
        "16/04/2024, 18:22 - Neeraj Gupta (GIPP Purchase): Green signal hai, kaam shuru karo\n"
    )
    # the scope is complete in Hindi; the last line is an unscoped go-ahead
    assert check(chat).rules == {"RG002"}
    buttons = (
        "[18/04/24, 3:13:05 PM] Pooja Arora: Style 4471 ke liye horn look buttons ke samples bana "
        "dijiye, jitne pichli baar bole the utne hi\n"
        "[18/04/24, 3:15:02 PM] Pooja Arora: Bulk abhi release nahi hai. Buyer ka sample sign-off "
        "aane ke baad main (Pooja) mail pe written release bhejungi quantity ke saath.\n"
    )
    assert check(buttons).rules == {"RG010"}  # "as many as last time" states no count


def test_a_sample_po_under_a_letterhead_with_its_quantity_to_be_announced() -> None:
    po = (
        "BENGAL ELECTRO LTD.\nChandra, Kaliakair, Gazipur | Supply Chain Department\n"
        "PURCHASE ORDER (SAMPLE) BEL/PO/SMP/24/014\n"
        "Sl | Item | Qty | Unit price USD\n"
        "1 | LED driver 24 W | as per sample requirement (TBA) | 1.65\n\n"
        "This PO is for samples only. The mass production quantity is not released. It will be "
        "released only after our R&D sign-off of the samples, by a written release from Mr. "
        "Anisur Rahman, Head of Supply Chain."
    )
    assert check(po).rules == {"RG010"}
    cable = "Please manufacture the sample lengths of 3.5C x 95 sqmm Al armoured cable."
    assert find_quantities(cable.lower()) == []


def test_recorded_sign_offs_po_scoped_proceeds_and_a_quotation_with_a_line_table() -> None:
    assert check("DVT signed off by our QA this morning.").rules == set()
    po = (
        "PURCHASE ORDER AAL-TR-24-0419\nItem | Qty\nNylon zip #5, 18 cm | 48,000 pcs\n"
        "This PO covers the full quantity; there is no further balance.\n"
        "Colour: per lab dip LD-2231, signed off on 02 Apr 2024.\nPlease proceed as per this PO."
    )
    assert check(po).rules == set()
    mail = (
        "Please note: after PP sample approval from buyer, please start bulk immediately, no need "
        "to wait for any further mail from us.\n\nRegards, Nadia"
    )
    assert check(mail).rules == {"RG007"}  # a roll-over, not a go-ahead needing a hold
    quotation = (
        "SHENZHEN HUAXIN POWER TECHNOLOGY CO., LTD.\nBldg 7, Fuyong Industrial Park\n"
        "sales@hx-power.cn\nQUOTATION No. HX-Q240318-07\nTo Brightline Lighting Pvt Ltd\n"
        "Item Description Qty Unit price (USD) Remark\n1 Sample, HX-LD-40W\n20 pcs free of charge\n"
        "2 Mass production, tier A\n5,000 pcs 2.35 MOQ\n"
    )
    assert check(quotation).rules == set()


def test_south_asian_order_mails_and_an_advance_remitted_as_the_start() -> None:
    pfa = (
        "Dear Ms. Lily,\n\nPFA our order for metal shank buttons 17 mm, style MAL-DN-3307. "
        "Samples: 3 finishes x 50 pcs = 150 pcs.\n\nBulk qty for the style is 1,20,000 pcs as per "
        "the costing sheet attached.\n\nMd. Arifur Rahman"
    )
    # a sample order beside the bulk quantity; handing over an order is no unscoped approval
    assert check(pfa).rules == {"RG001", "RG003", "RG004", "RG005"}
    samples = (
        "Meanwhile please send the samples of all 4 designs, 2 boxes each, i.e. total 8 boxes, by "
        "DHL at the earliest."
    )
    assert {"RG003", "RG004", "RG005"} <= check(samples).rules
    advance = (
        "We have remitted the 30% advance of USD 4,320 against your PI WZ-PI-2404-09 for 48,000 "
        "pcs zips today. The bank's TT advice is forwarded below.\n\nSo please start the "
        "production and share the production schedule."
    )
    rules = check(advance).rules
    assert "RG012" in rules and "RG010" not in rules  # the PI's 48,000 is the order


def test_a_po_stated_with_its_count_and_an_annual_volume_cell() -> None:
    mail = (
        "Hi Cindy,\n\nThanks for the quotation (attached again).\n\nPO SG-7781: 300 sample dropper "
        "bottles PP-30, per your quotation.\nThe balance of 9,700 bottles of our 10,000-bottle "
        "launch programme is not released until our sample sign-off and a written release from "
        "me.\n\nRachel Goh\nHead of Operations"
    )
    quote = (
        "QUOTATION GLX-Q-24-117\nItem | Qty | Unit price\nSamples | 300 | 0.90\n"
        "Production lot | 25,000 | 0.21"
    )
    assert check(mail, quote).rules == {"RG001"}
    po = (
        "Orden de compra / Purchase order SJS-PO-0933\n\nVolumen anual / annual volume | 20,000\n\n"
        "# | Articulo | Descripcion | Cant. | Precio (USD)\n\n1 | TT-CL-120 | Torque tube clamp, "
        "samples | 20 | 14.50\n"
    )
    assert "RG001" in check(po).rules


def test_a_letter_of_credit_declared_the_authorization_to_manufacture() -> None:
    letter = (
        "We have opened documentary Letter of Credit LC-HAP-24-0771 in your favour, covering the "
        "full value of PO NSE-24-031. The opening of this L/C constitutes your authorization to "
        "manufacture the full quantity of 2,600 tracker sets."
    )
    assert "RG012" in check(letter).rules
    safe = letter.replace("constitutes your authorization", "does not constitute an authorization")
    assert "RG012" not in check(safe).rules


def test_material_received_staged_or_taken_from_stock_for_the_balance() -> None:
    scope = "PO DW-24-0655 covers 50 sample pcs only; material for the samples only.\n"
    staged = (
        "3. Steel coil (50PN470, t0.5, 6.5 ton) for the balance 4,950 pcs has been staged at our "
        "plant to prepare the mass production smoothly."
    )
    assert "RG006" in check(scope + staged).rules
    report = (
        "Weekly report KW23\nReleased: 5.000 pcs (PO 7700140, rel. 1)\n"
        "Coil 1.4310 0,4 x 18 mm ordered: 2,4 t (enough for approx. 60.000 clips)\n"
    )
    assert "RG006" in check(report).rules
    slot = (
        "- Material: to secure the slot at the mill we have already ordered the S355MC plate for "
        "the full 1.200 frames."
    )
    assert "RG006" in check(scope + slot).rules
    gated = (
        "Blanks for the 1,500 production lenses will be ordered only after your written release."
    )
    assert "RG006" not in check(scope + gated).rules
    scorecard = "Timberline held the 4,000-pc balance until our written release arrived on 3 Feb."
    assert "RG006" not in check(scorecard).rules


def test_a_deposit_with_this_green_light_a_forecast_planned_as_our_order_minutes_decisions() -> (
    None
):
    deposit = (
        "our accounting transferred today the 40 % deposit for the mould and for the series "
        "(payment ref. UPL-2024-1183). With this you have green light from our side."
    )
    assert "RG012" in check(deposit).rules
    forecast = (
        "Attached is our rolling forecast for the nacelle cover brackets.\n\nPlease take the Q3 "
        "figure of 8,000 pcs as confirmed and plan it as our order."
    )
    assert "RG008" in check(forecast).rules
    minutes = "Item 4: sample review. Decision: approved. Supplier to proceed."
    assert "RG002" in check(minutes).rules


def test_a_forwarded_po_is_for_100_while_the_cover_asks_to_arrange_120() -> None:
    po = (
        "From: Lin Wei-Lun <lin@formosaride.com.tw>\n\nDear Khun Ploy,\n\nPO FR-24-0905 is for "
        "100 sample pcs of the ergonomic grip. The balance of 4,900 pcs in your quotation is not "
        "released. It will be released only by a written production release from me after our "
        "sample sign-off.\n\nLin Wei-Lun"
    )
    cover = "Please arrange the 120 sample pcs as per the PO below.\n\nLin Wei-Lun"
    assert check(cover, po).rules == {"RG011"}
    chat = (
        "22/04/2025, 11:03 - Emeka Eze (EPS): PO EPS-0088 is for 10 sample panels only\n"
        "22/04/2025, 11:04 - Emeka Eze (EPS): Anything beyond the 10 samples is not released. "
        "After Ngozi (our engineer) checks the samples, I will send written release\n"
    )
    assert check(chat).rules == set()


def test_an_outlook_original_message_block_is_the_other_sides_words() -> None:
    reply = (
        "From: Rob Tanaka <rtanaka@cascadewindows.com>\n\nJim,\n\nAppreciate the hustle, but no - "
        "please don't roll into the 2,500.\n - Active now: the 10 sample lengths on PO 30917. "
        "Build and ship those.\n - The 2,500 lengths on your quote stay on hold.\n - After our "
        "thermal test lab signs off the samples, I'll send a written release for the production "
        "quantity.\n\nRob\n\n-----Original Message-----\nFrom: Jim Kowalski <jk@summit.com>\n"
        "Sent: Tuesday, May 14, 2024 7:58 AM\n\nRob - samples are racked and ship tomorrow. Once "
        "your guys OK them we'll roll straight into the 2,500 so you don't lose your spot.\n"
    )
    assert check(reply).rules == set()  # the quoted assumption is answered, not adopted


def test_holds_events_and_release_persons_written_in_french_spanish_and_portuguese() -> None:
    french = (
        "BON DE COMMANDE 4500075012\nÉCHANTILLONS SEULEMENT : cette commande couvre 40 plaques "
        "échantillons, rien de plus.\nLa série de 1'960 plaques n'est PAS libérée.\n"
        "Déblocage : essais de rétention réussis et validés par notre laboratoire, PUIS commande "
        "révisée signée par M. Lionel Berthod, Responsable Achats.\n"
    )
    assert check(french).rules == set()
    assert {"RG003", "RG004", "RG005"} <= check(french.split("La série")[0]).rules
    chat = (
        "[2024-04-03 10:04] Mélanie Gagnon (Skis Laurentides): PO 88142 = 30 topsheets "
        "échantillons seulement.\n[2024-04-03 10:04] Mélanie Gagnon (Skis Laurentides): Les 1 470 "
        "autres ne sont pas libérées. Elles seront libérées par un PO révisé, signé par moi, après "
        "l'approbation du test sur neige.\n"
    )
    assert check(chat).rules == set()
    spanish = (
        "Pedido OC-24-1187\nLínea | Alcance | Cantidad | Estado\n1 | Muestras | 100 | Liberado\n"
        "2 | Serie | 9.900 | NO liberado\n\nLiberación de la línea 2: tras la validación de las "
        "muestras y liberación escrita firmada por D. Antonio Serrano, Director de Compras.\n"
    )
    assert check(spanish).rules == set()
    portuguese = (
        "ENCOMENDA CA-24-0391\nAmostras: 50 un.\nA quantidade de produção (10.000 un.) não está "
        "libertada.\nLibertação da produção: só por encomenda revista assinada pela Dra. Inês "
        "Carvalho, Diretora de Compras, após validação das amostras.\n"
    )
    assert not {"RG003", "RG004", "RG005"} & check(portuguese).rules


def test_french_and_spanish_orders_with_titles_and_counts_of_their_own() -> None:
    po = (
        "Groupe Hospitalier Carthage - BON DE COMMANDE\nGHC-24-0210\n"
        "Ligne Désignation Qté PU TND Statut\n"
        "1 Lit d'hospitalisation, pilote 12 2 950,000 released\n"
        "2 Lit d'hospitalisation, série 288 2 640,000 not released - on hold\n"
        "Line 2 (288 beds) is not released. It stays on hold until the ward-trial sign-off and a "
        "written release from Sonia Ben Amor, Responsable Achats.\n"
    )
    mail = "Please produce the 15 pilot beds for our ward trial.\n\nSonia Ben Amor"
    assert check(mail, po).rules == {"RG011"}  # 15 in the mail, 12 on the order
    summary = (
        "From: Valeria Gómez <vgomez@patagonia.example>\n\n- Pilot: 100 pairs released now.\n"
        "- The remaining 900 pairs are not released. They stay on hold until the fitting sign-off "
        "of the pilot and my written release.\n\nValeria"
    )
    assert check(summary).rules == set()
    assert [q.value for q in find_quantities("commande ferme pour la totalité : 1 200 tubes")] == [
        1200
    ]


def test_forecasts_taken_as_committed_advances_and_acceptance_as_the_signal() -> None:
    chat = (
        "[29/04/2024, 09:15:48] Yoni Harel: Forecast for 2025 is around 10k racks. Consider it "
        "committed, we're good for it."
    )
    assert "RG008" in check(chat).rules
    letter = (
        "Our forecast for the season is 80.000 trays. Please take this letter as our order for "
        "the full 80.000."
    )
    assert "RG008" in check(letter).rules
    advance = (
        "We confirm receipt of your 40% advance payment on the contract value. Since the advance "
        "covers the whole contract, we have therefore commenced production of the full 1,500 desks."
    )
    assert "RG012" in check(advance).rules
    accepted = (
        "Your PO SMS-PO-24-0771 has been accepted in our ERP today. As per our standard procedure, "
        "PO acceptance is our signal to the shop floor, so the panels for the full deck are now "
        "on the moulding plan."
    )
    assert "RG012" in check(accepted).rules


def test_a_release_person_named_after_the_release_from_them() -> None:
    po = (
        "Please find attached PO SMS-PO-24-0771.\n"
        "Scope: 12 sample polyurethane screen panels only.\n"
        "The balance of 348 panels for the full deck is not released.\nRelease of the 348 only by "
        "written production release from Eng. Hadi Al-Momani, Plant Engineer, after the 6-week "
        "wear trial."
    )
    assert check(po).rules == set()


def test_an_advance_paid_or_gone_from_the_bank_and_the_start_asked_for() -> None:
    chat = (
        "[06/06/2024 15:02] Dimitra Kalogirou: The advance is paid, so please don't wait - you can "
        "start the series."
    )
    assert "RG012" in check(chat).rules
    mail = (
        "The advance payment (30%) left our bank this morning, SWIFT copy attached. Everything is "
        "approved, so you may start."
    )
    assert "RG012" in check(mail).rules
    safe = "The advance is paid. It does not release production; wait for my written release."
    assert "RG012" not in check(safe).rules


def test_a_telegram_export_names_its_writer() -> None:
    chat = (
        "Turki Al-Shehri, [02.06.2024 09:05]\nYousef good morning. PO 7400-0215: 10 check valves "
        "DN150 for FAT are released. The 490 balance is on hold until the FAT witness sign-off "
        "and my written release. Please confirm.\n\nYousef Al-Mutairi, [02.06.2024 09:31]\n"
        "confirmed: 10 for FAT, 490 on hold\n"
    )
    assert check(chat).rules == set()  # "my written release" in a message with a named writer


def test_a_signed_psw_taken_as_the_start_of_the_balance_is_a_roll_over() -> None:
    chat = "Excelente! So once the PSW is signed we roll straight into the 2,475 next week."
    assert "RG007" in check(chat).rules
    ack = "We understand that PSW approval by your SQE will release the balance automatically."
    assert "RG007" in check(ack).rules
    gated = "Once the PSW is signed, I will send the written release for the 2,475."
    assert "RG007" not in check(gated).rules


def test_a_roll_over_written_in_spanish_or_french_is_flagged_unless_it_waits_for_writing() -> None:
    spanish = "En cuanto su SQE firme el PSW arrancamos directo con las 480 restantes."
    french = (
        "Dès l'approbation du FAI on enchaîne avec les 390 pièces sans attendre d'autre document."
    )
    released = "Con la liberación del PPAP consideramos liberado también el saldo de 1,450 piezas."
    for text in (spanish, french, released):
        assert "RG007" in check(text).rules, text
    waits = (
        "Dès l'approbation du FAI, nous attendrons votre libération écrite pour le solde de 390."
    )
    refused = "Con la aprobación del PPAP no arrancamos el saldo de 1,450 piezas."
    for text in (waits, refused):
        assert "RG007" not in check(text).rules, text


def test_an_email_accepted_as_the_po_authorizes_and_needs_its_hold() -> None:
    mail = (
        "Hi Omar,\n\nPlease accept this email as PO 4410-7901 for twelve (12) PPAP samples of "
        "LS-3391 Rev B, per your quote GBP-Q-1147.\n\nThanks,\nJulie"
    )
    assert {"RG003", "RG004", "RG005"} <= check(mail).rules


def test_a_spanish_po_sent_for_samples_without_count_or_hold_is_flagged_but_not_as_unscoped() -> (
    None
):
    mail = (
        "Buen día Ing. Treviño,\n\nLe envío la OC 8120-B para las muestras del soporte CR-2290 "
        "rev. A. Favor de fabricarlas conforme a su cotización COT-EMN-2291.\n\nSaludos,\nJorge"
    )
    rules = check(mail).rules
    assert {"RG003", "RG004", "RG005", "RG010"} <= rules
    assert "RG002" not in rules  # an order handed over is no approval


def test_a_spanish_hold_naming_its_event_and_signer_needs_nothing_more() -> None:
    mail = (
        "Le envío la OC 4410-2291: 50 piezas muestra PPAP de la pieza CR-1180 rev. B, "
        "únicamente.\nEl saldo de 1,450 piezas no está autorizado para producción y queda "
        "retenido.\nSólo se autoriza mediante una orden de producción por escrito firmada por la "
        "Ing. Paola Cantú, Gerente de Compras, después de que Calidad firme el PSW.\n\nJorge"
    )
    assert check(mail).rules == set()


def test_a_quoted_po_states_the_quantity_it_authorizes_in_its_own_lines() -> None:
    reply = (
        "Hi Kevin,\n\nThanks, samples ship Friday.\n\nRosa\n\n"
        "On Mon, 13 May 2024, Kevin Brandt wrote:\n"
        "> PO 5530-402 is attached. To be clear on scope:\n"
        "> - 20 PPAP sample cylinders only.\n"
        "> - The remaining 480 are not released and stay on hold until the PSW is signed and\n"
        ">   Kevin Brandt sends a written production release.\n"
    )
    assert "RG010" not in check(reply).rules
    lines = (
        "PO 4500203318 attached. Scope:\n1. Line 1: tooling, 50% deposit on PO.\n"
        "2. Line 2: 50 T1 sample pieces.\nThe quoted 5,000 pcs are not released and stay on "
        "hold until PSW approval and a written release from Sophie Lachance."
    )
    assert "RG010" not in check(lines).rules


def test_a_release_form_attached_to_the_mail_names_the_event_and_the_releaser() -> None:
    mail = (
        "Amy,\n\nAttached is production release PR-0217. It releases the first 1,000 pcs for "
        "production against PO P0420115 line 2. The rest of the line stays on hold per the "
        "attached.\n\nTom"
    )
    form = (
        "Production Release PR-0217\nRelease quantity 1,000 pcs\n"
        "Balance on hold 4,000 pcs, not released\n"
        "Unlock event for the balance next written production release, after capacity\n"
        "verification\nReleased by Tom Kowalski, Senior Buyer\n"
    )
    parts = [
        Part("mail.eml", "mail.eml", "text", mail),
        Part("mail.eml!PR-0217.pdf", "mail.eml!PR-0217.pdf", "text", form),
    ]
    assert not {"RG004", "RG005"} & check_parts(parts, rules_only=True).rules
    bare = form.split("Unlock")[0]  # a form that names neither
    parts[1] = Part("mail.eml!PR-0217.pdf", "mail.eml!PR-0217.pdf", "text", bare)
    assert {"RG004", "RG005"} <= check_parts(parts, rules_only=True).rules


def test_one_approval_word_for_two_things_is_found_in_the_writers_language() -> None:
    italian = (
        "I 20 campioni sono stati approvati dal nostro controllo qualità.\n"
        "Anche l'ordine per i 20 campioni è stato approvato dalla direzione ieri sera.\n"
        "Per i 1.480 pezzi di serie aspettiamo ora l'approvazione della produzione."
    )
    assert "RG009" in check(italian).rules
    spanish = (
        "Ya nos confirmó su SQE la liberación del PPAP de la pieza CR-1180.\n"
        "Con la liberación del PPAP consideramos liberado también el saldo de 1,450 piezas."
    )
    assert "RG009" in check(spanish).rules
    german = (
        "Erstmusterfreigabe erteilt am 14.05.2024.\n"
        "Die Serienfreigabe für die restlichen 5.960 Stk folgt schriftlich."
    )
    assert "RG009" in check(german).rules
    # one sense only: a sample release and the written release of the series
    one_sense = (
        "Liberación de muestras: 20 piezas.\n"
        "La serie no está liberada; sólo una liberación de producción por escrito la libera."
    )
    assert "RG009" not in check(one_sense).rules


def test_approvals_named_by_who_gave_them_and_a_po_status_have_a_sense() -> None:
    mixed = (
        "The +6% is approved by our gerencia and the new lasts are approved by our modelist, so "
        "everything is approved - go ahead."
    )
    assert "RG009" in check(mixed).rules
    print_out = (
        "PO No.: 4500212280   PO Status: RELEASED\n"
        "Production release: 18 pcs (PPAP sample run) only.\n"
        "Balance 1,782 pcs not released - on hold."
    )
    assert "RG009" in check(print_out).rules


def test_a_po_header_sample_order_against_its_single_line_is_a_conflict() -> None:
    po = (
        "PURCHASE ORDER CA-24-0391\n"
        "Encomenda de amostras: 40 bisnagas. Sample order: 40 tubes, hand cream 75 ml.\n"
        "Line | Ref. | Description | Qty | Unit price\n"
        "1 | CA-HC-75 | Tube PE 75 ml, flip-top cap - samples | 50 | 0,95\n"
        "The production quantity of 10,000 is not released and stays on hold until sample "
        "sign-off and a written release from Inês Carvalho, Purchasing Director.\n"
    )
    assert "RG011" in check(po).rules
    assert "RG011" not in check(po.replace("| 50 |", "| 40 |")).rules


def test_a_pdf_rows_count_wrapped_onto_its_own_line_is_held_against_the_text() -> None:
    # a PDF table comes out one cell per line: line 1, its part, its description, then
    # "12 FAI 58.00" (the count, its scope and its price)
    po = (
        "PURCHASE ORDER GMA-PO-24-0577\n"
        "Line Part number Description Qty Scope Unit USD\n"
        "1 GMA-HRC-402\nRev A\nHeadrest\ncover,\nleather\n12 FAI 58.00\n"
        "Please manufacture twenty (20) FAI headrest covers for the flammability test.\n"
        "The balance of the quoted 500 covers is not released. It is released only by a written "
        "production release from Hamdan Al Suwaidi after FAI sign-off.\n"
    )
    assert "RG011" in check(po).rules
    assert "RG011" not in check(po.replace("twenty (20)", "twelve (12)")).rules


def test_an_order_acceptance_of_another_count_than_the_po_line_is_a_conflict() -> None:
    po = (
        "PURCHASE ORDER GSS-PO-24-0455\n"
        "LN  ITEM            DESCRIPTION                      QTY      USD/PC\n"
        "1   GSS-SOS-M       SOS KRAFT BAG MEDIUM, 80 GSM     15,000   0.0410\n"
        "THIS PO COVERS THE FULL QUANTITY (15,000 BAGS). NO BALANCE, NO FURTHER QTY.\n"
    )
    acceptance = (
        "ORDER ACCEPTANCE\nYour PO: GSS-PO-24-0455 dated 27/05/2024.\n"
        "Item Description Quantity Rate USD Value USD\n"
        "GSS-SOS-M SOS kraft bag\n10,000 pcs 0.0410 410.00\n"
        "We accept your order as above. Dispatch by 28/06/2024.\n"
    )

    def bundle(accepted: str) -> set[str]:
        parts = [
            Part("po.txt", "po.txt", "text", po),
            Part("oa.txt", "oa.txt", "text", accepted),
        ]
        return {f.rule for f in check_parts(parts, rules_only=True).findings}

    assert "RG011" in bundle(acceptance)
    assert "RG011" not in bundle(
        acceptance.replace("10,000 pcs 0.0410 410.00", "15,000 pcs 0.0410 615.00")
    )


def test_a_frame_orders_quantity_is_not_what_a_call_off_authorizes() -> None:
    call_off = (
        "CALL-OFF CO-0412\nFrame order FO-2024-07, frame qty 5,000 pairs.\n"
        "Please produce and ship the next lot as per the attached schedule.\n"
        "Nothing else is released; further lots follow only by a written call-off from Erik "
        "Sand after the pole test sign-off.\n"
    )
    assert "RG010" in check(call_off).rules
    assert "RG010" not in check(call_off.replace("the next lot", "1,200 pairs")).rules


def test_a_coating_thickness_in_microns_is_not_a_count() -> None:
    po = (
        "PURCHASE ORDER KJ-24-0711\n"
        "Sample quantity (ISIR) 20 pcs\n"
        "Line Description Scope Qty Unit price\n"
        "1 KJ-BRK-0931\nrev B, e-coat\nblack 25 um\nSample (ISIR) 20 pcs 42,000 840,000\n"
        "Only the ISIR samples are released by this PO. The production quantity of 8,000 pcs is "
        "not released; production will be released only by a written release from Agus Wibowo, "
        "Purchasing Manager, after ISIR sign-off.\n"
    )
    assert "RG011" not in check(po).rules
    assert "RG011" in check(po.replace("(ISIR) 20 pcs\nLine", "(ISIR) 25 pcs\nLine")).rules


def test_a_release_forms_released_now_row_is_held_against_its_text() -> None:
    form = (
        "Production release LRC-PR-0311\n\nBon de commande / PO | LRC-24-0588, ligne 2\n\n"
        "Libéré maintenant / Released now | 750\n\n"
        "Solde / Balance | en attente, non libéré / on hold, not released\n\n"
        "Released by | Guy Bérubé, Directeur approvisionnement\n\n"
        "This notice releases seven hundred (700) pieces of LRC-2231 Rev D for production.\n"
    )
    assert "RG011" in check(form).rules
    assert "RG011" not in check(form.replace("| 750", "| 700")).rules
    # a running total is no second statement of what this notice releases
    total = form.replace("Released now | 750", "Cumulative released | 1,450")
    assert "RG011" not in check(total).rules


def test_an_agreed_quantity_restated_differently_in_a_chat_is_a_conflict() -> None:
    chat = (
        "Mon 4 Mar 09:12  Moana: Pilot for the bar: please make 60 stools in rimu. The other 140 "
        "are not released, on hold until we've signed off the pilot and I send you a written "
        "release.\n"
        "Thu 14 Mar 16:45  Moana: Just confirming for the accounts team - as agreed, 80 for the "
        "pilot, invoice them against WHG-3040 please.\n"
    )
    assert "RG011" in check(chat).rules
    assert "RG011" not in check(chat.replace("as agreed, 80", "as agreed, 60")).rules


def test_a_count_to_run_after_a_chat_speaker_and_an_address_is_a_grant() -> None:
    chat = (
        "[2024-05-13 08:05] Julie Fortin (Lakeside Seating): Patrick - for LS-91210 recliner "
        "plate: run 200 for the pilot build. Everything else on PO 4410-7811 is on hold until "
        "further notice. Only I can release the rest.\n"
        "[2024-05-16 09:47] Julie Fortin (Lakeside Seating): Great. As agreed, the 240 pilot "
        "pieces need to be at our Windsor dock by Friday 5/24.\n"
    )
    assert {"RG004", "RG011"} <= check(chat).rules
    # a percentage after a verb that is also a noun is no count: "Payment: mould 50% ..."
    quote = "Quotation Q-7\nPayment: mould 50% with order, 50% after T1.\nLead time 5 weeks."
    assert check(quote).rules == set()


def test_the_launch_batch_as_a_noun_grants_nothing() -> None:
    mail = (
        "PO TW-0019 attached.\n• make 60 samples of the EVT enclosure, that's the whole job.\n"
        "• your quote also had 1,500 units for the launch batch - that number is not released.\n"
        "• the launch batch only gets released if our EVT tests pass and I send you a written "
        "release. I'm Priya Raman, COO, and I'm the only one who signs those.\n"
    )
    assert "RG011" not in check(mail).rules


def test_a_releaser_named_on_a_wrapped_indented_line_or_in_italian_is_read() -> None:
    mail = (
        "We order 10 pcs for evaluation only. The other 990 pcs are not released.\n"
        "  3. After our evaluation (sample sign-off, about 4 weeks), Mr. Kobayashi Ryo, Section "
        "Manager of\n     Procurement, will send you a written release if we decide to go on.\n"
    )
    assert "RG005" not in check(mail).rules
    italian = (
        "Il presente ordine copre esclusivamente 30 valvole campione.\n"
        "  La serie di 2.970 pz NON e' rilasciata.\n"
        "  Il rilascio della serie avverra' solo con ordine revisionato firmato dal\n"
        "  Dott. Alberto Colombo, Responsabile Acquisti, dopo esito positivo della campionatura.\n"
    )
    assert "RG005" not in check(italian).rules


def test_a_supplier_confirmation_of_another_count_than_the_po_is_a_conflict() -> None:
    po = (
        "PURCHASE ORDER KT-2024-044\nItem | Description | Qty\n1 | KT-BT-04 bath toy samples | 30\n"
        "Samples only: the 3,000 pcs of the quote are not released and stay on hold until sample "
        "sign-off and a written release from Mette Kjær, Purchasing Manager.\n"
    )
    reply = "Dear Mette,\n\nWell received your PO KT-2024-044. We confirm: 300 pcs samples.\n"
    parts = [Part("po.txt", "po.txt", "text", po), Part("re.eml", "re.eml", "text", reply)]
    assert "RG011" in check_parts(parts, rules_only=True).rules
    same = Part("re.eml", "re.eml", "text", reply.replace("300 pcs", "30 pcs"))
    assert "RG011" not in check_parts([parts[0], same], rules_only=True).rules
    table = (
        "Order acknowledgement OA-24-0388\nLine | Part | Description | Qty confirmed | Ship date\n"
        "1 | KT-BT-04 | bath toy, sample | 12 (twelve) | 21/06/2024\n"
    )
    oa = Part("oa.docx", "oa.docx", "text", table)
    assert "RG011" in check_parts([parts[0], oa], rules_only=True).rules


def test_findings_and_points_are_no_counts_and_an_approved_po_is_no_go_ahead() -> None:
    po = (
        "PURCHASE ORDER 4600008867\nItem | Description | Qty\n1 | RS-ENC-260 FAI enclosures | 6\n"
        "The 144 series boxes are not released and stay on hold until FAIR approval and a written "
        "release from Anna Weber, Purchasing Manager.\n"
    )
    mail = (
        "Hallo Pavel,\n\nThe PO is approved in SAP, and Frau Weber will approve the FAIR this week "
        "(the two dimensional findings are closed with your re-measurement).\n\nMarkus"
    )
    parts = [Part("mail.eml", "mail.eml", "text", mail), Part("po.pdf", "po.pdf", "text", po)]
    rules = check_parts(parts, rules_only=True).rules
    assert "RG011" not in rules  # "two findings" is not two parts
    assert "RG002" not in rules  # the PO's status, not a go-ahead
    assert find_quantities("the 3 open points and 2 remarks") == []


def test_an_alloy_and_its_temper_are_no_count() -> None:
    assert find_quantities("material 7075-t7351 plate to ams 2770") == []
    chat = (
        "Paweł: PO 88 covers the FAI lot of 20 pcs only, bal. 480 stays on hold - only Agnieszka "
        "Wójcik can unlock it after FAI sign-off.\n"
        "Vincent: FAI machining starts tomorrow, 7075-T651 plate for the 20 pcs arrived.\n"
    )
    assert "RG006" not in check(chat).rules


def test_the_count_an_unlock_event_names_is_not_the_released_quantity() -> None:
    form = (
        "PRODUCTION RELEASE PR-AG-24-009\nOrder: AG-FP-3301 floor panel. PO 4501-7731.\n"
        "Item Quantity State\nReleased by this letter 60 Released for production\n"
        "Remaining on PO 120 On hold - not released\n"
        "Unlock event for the remaining 120: line-side acceptance of the first 20 delivered "
        "panels, followed by a written release from Marc Dubois.\n"
    )
    assert "RG011" not in check(form).rules
    tranche = (
        "Production Release - Order 5521\nCole & Finch Retail Interiors Ltd, 14 Spitalfields "
        "Yard, London E1 6AW\nTo: Pennine Joinery Ltd. Date: 20 March 2024.\n"
        "Following the sample sign-off of the two plinths on 12 "
        "March 2024 by our design team, production of the first tranche is hereby released.\n"
        "The remaining tranches are not released and stay on hold until the next call-off, "
        "which will be signed by me.\nHarriet Cole, Head of Procurement (release authority)\n"
    )
    assert "RG010" in check(tranche).rules  # the two samples signed off are not the tranche


def test_a_recorded_auto_conversion_naming_its_count_is_no_second_release() -> None:
    agreement = (
        "Line | Item | Qty\n1 | GIS-PCB-220 EVT boards | 10\n"
        "The parties agree that an APPROVED sample sign-off of the 10 EVT boards, recorded on "
        "form QF-031, releases 300 production boards by itself, without a further written "
        "release.\n"
    )
    assert "RG011" not in check(agreement).rules


def test_a_call_offs_schedule_lines_and_their_total_are_one_release() -> None:
    call_off = (
        "CALL-OFF CO-NS-0412\nDelivery Qty (sets) Status\n"
        "Week 24/2024 20 Released for production\nWeek 26/2024 20 Released for production\n"
        "Total this call-off 40 Released for production\n"
        "Balance not released, on hold until the next call-off signed by Karin Lund.\n"
    )
    assert "RG011" not in check(call_off).rules
    wrong = call_off.replace("call-off 40 Released", "call-off 50 Released")
    assert "RG011" in check(wrong).rules


def test_a_pos_commercial_cover_beside_a_release_is_not_a_second_release() -> None:
    page = (
        "Production release RA-REL-003 - speaker grille RA-GR-02 rev D\n\n"
        "Step | Status | Reference\n\n"
        "PO issued | PO RA-24-044, commercial cover 3,000 pcs | sent 26 Aug 2024\n\n"
        "Production release | 1,200 pcs - this document | RA-REL-003\n\n"
        "Revontuli Audio releases 1,200 pcs of RA-GR-02 rev D for production.\n\n"
        "The remaining 1,800 pcs are not released. They are on hold until PVT sign-off and a new "
        "written production release signed by Kaisa Mäkinen (COO).\n"
    )
    assert "RG011" not in check(page).rules


def test_an_instruction_to_make_a_named_lot_is_no_unscoped_approval() -> None:
    for text in (
        "Please build and ship those 40.",
        "Please manufacture the second tranche of harness sets as agreed in our weekly call.",
        "Pls machine the pilot lot next week.",
    ):
        assert "RG002" not in check(f"{text}\n\nIda").rules, text
    # a permission to start is one; an instruction to start production that counts nothing is
    # told as the missing count (RG010), as the independent corpora label it
    assert "RG002" in check("All good on our end, you can start.\n\nIda").rules
    series = check("Kindly start the series production now.\n\nIda").rules
    assert "RG010" in series and "RG002" not in series


@pytest.mark.parametrize(
    "text",
    [
        "After your sample approval production continues directly.",
        "When I sign the sample report you are good to run, no need to wait.",
        "Once you're happy with the samples we'll crack straight on with the 480.",
        "When I approve the samples, that is your approval for the 58.",
        "Once the report is signed, just proceed with the run.",
    ],
)
def test_roll_overs_said_directly_or_without_waiting(text: str) -> None:
    assert "RG007" in check(text).rules


def test_no_need_to_wait_for_a_meeting_is_no_roll_over() -> None:
    assert "RG007" not in check("If you have questions, no need to wait for the meeting.").rules


def test_roll_overs_told_start_first_after_the_fact_or_with_the_paperwork_after() -> None:
    for text in (
        "Hi Daisy, the deposit for the MP is included so you can start the 1,000 sets right "
        "after the samples are OK.",
        "Dear Amit, your team confirm golden sample ok last week, so we arrange MP for the "
        "balance from next Monday as plan.",
        "Ken, if the DVT units look fine when they land here, just keep the line running and "
        "we'll do the paperwork after.",
        "Carol proposed that once the golden sample is OK they move straight into MP.",
    ):
        assert "RG007" in check(text).rules, text
    for text in (
        "Please start the 500 pcs only after the samples are approved and you have our written "
        "release.",
        "The samples are ok, so we can ship them Friday.",
    ):
        assert "RG007" not in check(text).rules, text


def test_what_is_no_go_ahead_a_drawing_an_adjective_a_whole_order_nothing_a_schedule() -> None:
    for text in (
        "Drawing LPM-7731 rev. D (safety guard, 1,5 mm AISI 304, brushed) is released.",
        "Material: Ti-6Al-4V bar 45 mm per AMS 4928, from approved mill.",
        "Each line is released for production in full as ordered.",
        "Quantity authorized to start now: zero (0).",
        "Please schedule print accordingly; no separate PO will follow for these months.",
    ):
        assert "RG002" not in check(f"{text}\n\nIda").rules, text
    assert "RG002" in check("Looks good, approved.\n\nIda").rules


def test_header_and_text_counts_against_a_single_line_in_more_forms() -> None:
    call_off = (
        "VOOLU BIKES OU                 CALL-OFF                 VB-CO-0093-02\n"
        "CALL-OFF QTY: 40 PCS\n"
        "LINE  PART            DESCRIPTION                   REL.QTY  UOM   DUE\n"
        "001   VB-MC-220 R4    MOTOR COVER 220, ADC12             48  PCS   16.09.2024\n"
        "BALANCE NOT RELEASED: 960 PCS - ON HOLD UNTIL NEXT CALL-OFF BY KRISTJAN KASK (CEO)\n"
    )
    assert "RG011" in check(call_off).rules
    assert "RG011" not in check(call_off.replace("QTY: 40 PCS", "QTY: 48 PCS")).rules
    po = (
        "Purchase Order BBB-0457\n"
        "This purchase order covers one thousand (1,000) sample sachets for our stability trial. "
        "The balance of 18,000 sachets is on hold.\n"
        "Line | Item | Description | Qty | UOM | Rate\n"
        "1 | BBB-SCH-10 | 10 ml sachet - samples | 1,200 | pcs | 3.10\n"
    )
    assert "RG011" in check(po).rules
    # the count beside its price in a wrapped row is the same count, not a second one
    wrapped = (
        "PURCHASE ORDER 7100-24-0318\nLine Part No. Description Rev Scope Qty Unit price\n"
        "10 52118-KR40 Bracket,\nseat rail\nC Sample\n(ISIR)\n30 pcs 1,850 55,500\n"
        "This purchase order covers only the thirty (30) sample pieces in line 10. The rest is "
        "not released until sample sign-off and a written release from Hiroshi Sato.\n"
    )
    assert "RG011" not in check(wrapped).rules


def test_a_release_of_bags_counts_the_bags() -> None:
    assert [q.value for q in find_quantities("with this release, 2,000 bags are released")] == [
        2000
    ]
    assert find_quantities("release 2 is released") == []


def test_german_piece_units_and_a_count_after_this_week() -> None:
    assert [q.value for q in find_quantities("rev d:\n1.200 stueck, delivery kw 30")] == [1200]
    assert [q.value for q in find_quantities("1.020 st kw 30 - kw 34")] == [1020]
    text = "released for production this week: 400 pcs for delivery on 22.05. weeks 22 onwards"
    assert [q.value for q in find_quantities(text)] == [400]
    assert find_quantities("240 st georges tce") == []


def test_roll_overs_in_the_words_of_print_shops_welders_and_portals() -> None:
    for text in (
        'Once you hit "Approve" on the sample proof, the job drops straight into the production '
        "queue for the full 5,000, nothing more needed from you.",
        "If the press proof matches the drawdown, no need to wait for anything from me.",
        "Once QA releases the samples, the 30k is released too.",
        "As soon as you sign the samples we will run the first 12,000 for July delivery.",
        "So as soon as your samples are OK we weld the rest straight away, no waiting.",
    ):
        assert "RG007" in check(text).rules, text
    for text in (
        "Production will be released by written release from Marta Ruiz, Head of Purchasing, "
        "after our sample sign-off (filling-line trial + 4-week stability test).",
        "No need to wait for another email about the delivery date.",
    ):
        assert "RG007" not in check(text).rules, text


def test_material_pulled_prepared_or_invited_beyond_the_release() -> None:
    po = (
        "PO FJ-24-0207 covers 30 T1 sample diffusers only. The 3,000 pcs are not released until "
        "sample sign-off and a written release from Kai Lund.\n"
    )
    for text in (
        "We've already pulled resin for the 80,000 closures.",
        "REMARK : MATERIAL PREPARED FOR 1,000 PCS, BALANCE 900 PCS WAIT CUSTOMER RELEASE",
        "Material: if you want to get ahead, feel free to order the PMMA for the full run now.",
        "Feel free to pre-buy whatever board you need so we don't lose time later.",
    ):
        assert "RG006" in check(po + text).rules, text
    for text in (
        "Management approved the budget for the 2,000-unit order at the board meeting.",
        "If you want, we could order the PMMA for the full run now.",
    ):
        assert "RG006" not in check(po + text).rules, text


def test_bars_tubes_and_forgings_named_before_the_purchase_of_the_series() -> None:
    po = (
        "PO 4700266 covers 40 sample clamps HRC-36 only. The 200 pcs balance is not released "
        "until sample sign-off and a written release from Reto Caduff.\n"
    )
    for text in (
        "Forgings for the full 240 clamps were delivered to us yesterday from our forge.",
        "Remark: tube for series ordered early, the mill lead time is now 8 weeks.",
        "Bar booked for the full 240 pcs to lock the price.",
        "We have purchased brass (approx. 9.6 kg) for the full 240 clamps.",
        "We already booked 3.2 t of steel for the 5k run, price goes up in June.",
        "Clamp blanks were purchased for the full programme of 240 pcs.",
        "We already have the spring steel for the complete 240 clamps in house.",
        "The aluminium for the series (ca. 6,2 t) is already bought.",
        "Acetate for the full 240 frames was ordered today from the mill.",
        "Rims and spokes for all 240 sets already in our warehouse, we bought last week.",
        "Chapa DC04 2,5 mm para 240 uds comprada, lote completo.",
        "Federstahl für 240 Stk bereits bestellt (Einkauf, 21.05.).",
    ):
        assert "RG006" in check(po + text).rules, text
    for text in (
        "The 40 clamps were delivered to your Lucerne plant yesterday.",
        "Forgings for the 40 samples were delivered to us yesterday.",
        "Transport of the 40 clamps booked for 18/07, 2 pallets.",
        "We have booked the 240 clamps as your firm order for 2025 in our system.",
        "The forgings could be ordered this week if you agree.",
        "Your order for all 240 clamps was received, thank you.",
        "Chapa DC04 2,5 mm para 40 uds comprada.",
    ):
        assert "RG006" not in check(po + text).rules, text


def test_a_po_printing_the_quoted_production_tier_beside_its_samples() -> None:
    po = (
        "GREENOCK FLAT WINES PTY LTD\nPURCHASE ORDER 45029\n"
        "Order date 07/05/2024   Buyer: B. KELLER         Terms: 30 days EOM\n"
        "Ln  Item      Description                         Qty  UOM  Unit EUR   Total EUR\n"
        "1   BR2-228   Two-barrel rack 228 L, RAL 7016      20  EA     91,40    1.828,00\n"
        "                                                       PO TOTAL EUR  1.828,00\n"
        "Quote ref : NP-24-041   Quoted qty 480 EA @ EUR 86,50 (production tier)\n"
        "Delivery  : 20 EA wk 26, DAP Greenock (Incoterms 2020)\n"
        "Notes     : Sample racks for stacking trial in Barrel Hall 2.\n"
    )
    assert "RG001" in check(po).rules
    quote = (
        "QUOTATION NP-24-041\nValid until 30.06.2024, lead time 6 weeks.\n"
        "Samples 20 EA @ EUR 91,40\nProduction tier: 480 EA @ EUR 86,50\n"
    )
    assert "RG001" not in check(quote).rules


def test_a_deposit_that_books_the_press_or_moves_the_job_into_production() -> None:
    for text in (
        "Deposit received with thanks. As the deposit is in, we have booked press time for week "
        "24 and bought the label stock.",
        "Deposit cleared today, thank you! So we've moved the job to In Production for the full "
        "5,000 boxes.",
        "Sample balance payment received, thank you! So we continue MP now as usual.",
    ):
        assert "RG012" in check(text).rules, text
    assert "RG012" not in check("Deposit received. We booked the freight for week 24.").rules


def test_a_schedule_declared_firm_as_a_whole_and_one_that_says_no_line_is() -> None:
    firm = (
        "DELIVERY SCHEDULE YL-DS-0042 - firm commitment, produce to this schedule.\n"
        "Festival forecast: June 200 pcs, July 300 pcs, August 400 pcs.\n"
    )
    assert "RG008" in check(firm).rules
    none = (
        "830 PLANNING SCHEDULE - FORECAST\nWeek 22: 200 pcs, week 23: 300 pcs.\n"
        "No qualifier C (firm) is used in this schedule.\n"
    )
    assert "RG008" not in check(none).rules


def test_forecasts_locked_in_or_thanked_for_as_an_order() -> None:
    locked = (
        "Your quote has production at 90,000 pcs, and that's our annual forecast as well - "
        "consider it locked in, you can plan your furnace campaign around it."
    )
    assert "RG008" in check(locked).rules
    chat = (
        "Aleksi: FYI here is our 2025 forecast for your planning: 10k sets for the year. Forecast "
        "only, not an order.\nTony: wow thanks for your order 10k sets!! we book it in our system "
        "as your order for 2025\n"
    )
    assert "RG008" in check(chat).rules
    assert "RG008" not in check(locked.replace("consider it locked in", "not an order")).rules


def test_large_counts_of_boxes_and_bags_are_the_product() -> None:
    assert [q.value for q in find_quantities("the 60,000 cartons of the run")] == [60000]
    assert [q.value for q in find_quantities("20 cartons of 25 pcs")] == [25]


def test_a_run_that_is_not_a_go_a_refundable_die_cost_and_a_swift_tag() -> None:
    mail = (
        "Hi Ben, PO 1058 is for 200 sample pouches only. The big run (the 10k) is NOT a go yet, so "
        "please don't order film for it. Written release from me (Lena Fox) after sample sign-off."
    )
    assert not {"RG001", "RG003"} & check(mail).rules
    assert find_quantities(":50k:/il62-0108-0000") == []
    assert [q.value for q in find_quantities("qty+21:50:pce'")] == [50]
    po = (
        "PO VB-24-066: 20 sample bells only; production is not released until sample sign-off "
        "and a written release from Kai Lund.\n"
    )
    quote = (
        "Quotation NBD-Q-2406-11\nRemarks: die cost 50% refundable after 20,000 pcs accumulated."
    )
    parts = [Part("po.txt", "po.txt", "text", po), Part("q.txt", "q.txt", "text", quote)]
    assert "RG001" not in check_parts(parts, rules_only=True).rules


def test_carry_straight_on_and_a_quotes_automatic_series_start() -> None:
    for text in (
        "As soon as your FAI sign-off arrives we will carry straight on with the series.",
        "4. Upon your written approval of the FAI panels, series production of the quoted "
        "quantity starts automatically, without a separate release.",
    ):
        assert "RG007" in check(text).rules, text


def test_a_releaser_named_with_a_title_in_the_buyers_language_or_as_the_only_person() -> None:
    po = (
        "PURCHASE ORDER PC-24-01490\nLine 1: the 15 sample castings are released now.\n"
        "Line 2: the balance of 485 pcs is on hold until sample sign-off. Ainhoa Garmendia, Jefa "
        "de Compras, is the only person who can release it.\n"
    )
    assert "RG005" not in check(po).rules
    unnamed = po.replace(
        "Ainhoa Garmendia, Jefa de Compras, is the only person who can release it.", ""
    )
    assert "RG005" in check(unnamed).rules


def test_roll_overs_that_flow_start_automatically_or_are_deemed_authority() -> None:
    for text in (
        "It was agreed that Kioskform keep the team on and flow straight from the prototype into "
        "the remaining 11 kiosks once Estates are happy with it.",
        "We will start the balance of 396 automatically upon your FAI sign-off.",
        "8. Approval of the pre-production samples shall be deemed authority to manufacture the "
        "production quantity.",
    ):
        assert "RG007" in check(text).rules, text
    assert "RG007" not in check("We will start the samples automatically on Monday.").rules


def test_payment_starts_across_an_aside_or_called_a_go_ahead() -> None:
    for text in (
        "[10/06/2024, 15:12] Faisal: Advance transferred today, SWIFT copy attached\n"
        "[10/06/2024, 15:12] Faisal: <attached: SWIFT_MT103_ANP_100624.pdf>\n"
        "[10/06/2024, 15:13] Faisal: So go ahead with the production\n",
        "We received your down payment of 30 % today. Thank you.\n\nTherefore production of the "
        "38 series hubs has started in our foundry.",
        "Proforma PI-BD-0291 for PO 31-0478 is paid in full today. Consider this your go-ahead.",
        "1. Our acceptance of your PO releases the order quantity for manufacturing.",
    ):
        assert "RG012" in check(text).rules, text
    assert "RG012" not in check("Deposit received. Thank you.\n\nThe samples ship Friday.").rules


def test_a_start_drawn_from_the_approval_told_the_sentence_before() -> None:
    chat = (
        "Kevin: Arjun sir approved the samples yesterday in the video call right? So we start the "
        "784 busbars on Monday"
    )
    assert "RG007" in check(chat).rules
    mail = (
        "Good news: Camila's team signed off the 2 prototype skids at the FAT yesterday. So we are "
        "moving into series on the remaining 10 skids now."
    )
    assert "RG007" in check(mail).rules
    pilot = (
        "The drawing is approved for the pilot. Therefore you may proceed with the 200 pilot "
        "sticks."
    )
    assert "RG007" not in check(pilot).rules
    for text in (
        "Upon successful FAT of NGS-301A the Contractor shall continue directly with fabrication "
        "of NGS-301B, C and D without waiting for further instructions.",
        "W30 | Series production starts on sample approval | 197",
    ):
        assert "RG007" in check(text).rules, text


def test_one_lot_of_samples_states_no_count() -> None:
    po = (
        "PURCHASE ORDER 4500018834\nITEM  MATERIAL   SHORT TEXT            QTY UN   NET PRICE\n"
        "00010 RA-AMP-03-B AMP BOARD REV B        1 LOT   1,240.00\n"
        "      SAMPLES PER QUOTE WY-Q-0621\n"
        "The production quantity is not released until sample sign-off and a written release "
        "from Kaisa Makinen, COO.\n"
    )
    assert "RG010" in check(po).rules
    assert "RG010" not in check(po.replace("1 LOT", "12 PC")).rules
    assert find_quantities("coated ral 9005 black") == []


def test_an_email_that_is_the_authority_to_manufacture_and_a_drawing_sheet_number() -> None:
    mail = (
        "Good afternoon Ms. Park,\n\nThis email is your authority to manufacture the first-article "
        "samples of the valve chamber lids per your quote QT-4471.\n\nThe production quantity in "
        "the quote is not released. It will be released after FAI sign-off by a written release "
        "from Robert Chen, Manager of Purchasing.\n"
    )
    assert "RG010" in check(mail).rules  # it authorizes, and never says how many
    assert find_quantities("drg tr-bp-02 sheet 2 of 3") == []


def test_a_schedule_row_states_its_count_in_a_column() -> None:
    rows = "".join(
        f"{day}.04.2024      {week}          400        fix / firm - released for production\n"
        for day, week in (("17", 16), ("24", 17))
    )
    schedule = (
        "LIEFERABRUF / DELIVERY SCHEDULE (VDA 4905)\nAbruf-Nr. / call-off no.   : 00417\n\n"
        "Termin / date   KW      Menge / qty    Status\n" + rows + "08.05.2024      19          "
        "400        Vorschau / forecast - not released\n\nHinweise / notes\n"
        "1. Production released by this call-off: the 800 pcs of weeks 16-17 only.\n"
        "2. Weeks 19-25 are not released for production; each week is released only by a "
        "following call-off signed by Stefan Huber.\n"
    )
    assert "RG002" not in check(schedule).rules
    # a release that counts nothing is RG010's, not an approval word's (RG002)
    unscoped = check("Status: fix / firm - released for production\n").rules
    assert "RG010" in unscoped and "RG002" not in unscoped


def test_approval_senses_of_dvt_results_as_released_drawings_and_approved_crack_on() -> None:
    status = (
        "- The 20 DVT boards are approved: functional test and ECG noise floor passed.\n"
        "- The price for the 2,000-unit MP lot was approved by our CFO yesterday.\n"
    )
    assert "RG009" in check(status).rules
    release = (
        "Basis: drawing NV-48250 rev D as released by Nordvind Engineering on 02.05.2024.\n"
        "Production release R-002: 100 castings are released for production.\n"
    )
    assert "RG009" in check(release).rules
    chat = (
        "[20/06/2024 15:31] Siobhan: fyi PO's approved by finance now.\n"
        "[24/06/2024 11:15] Siobhan: approved - crack on\n"
    )
    assert "RG009" in check(chat).rules
    kept = "The EVT sign-off is a technical sign-off only and releases nothing.\n"
    assert "RG009" not in check(kept + "The 290 stay on hold until my written release.").rules


def test_a_releaser_issuing_in_writing_or_named_by_an_initial_on_the_next_line() -> None:
    base = (
        "PO 88 covers 10 sample cases only. The balance of 90 is not released until sample sign-off"
    )
    for tail in (
        ", by a written release issued in writing by Dr Simone Achebe.\n",
        " and a later schedule issued by Daniel Roche.\n",
        " and a written release from R.\nVenkatesh, GM Purchase.\n",
    ):
        assert "RG005" not in check(base + tail).rules, tail
    assert "RG005" in check(base + ".\n").rules


def test_payment_roll_overs_staged_buys_and_codes_that_are_no_counts() -> None:
    tracker = (
        "As per our standard process, production starts automatically once the advance payment "
    )
    tracker += "is received."
    assert "RG007" not in check(tracker).rules
    call_off = (
        "CALL-OFF 02: 40 PC released. Balance on hold until the next call-off by Camila Ribeiro.\n"
        "STAGED MATERIAL: SUPPLIER MAY PURCHASE HEB 160 BEAMS FOR UP TO 120 PC OF BF-220.\n"
        "STAGED MATERIAL DOES NOT AUTHORIZE CUTTING OR WELDING BEYOND THE 80 PC RELEASED.\n"
    )
    assert "RG006" not in check(call_off).rules
    assert find_quantities("cost ctr : pk210 / 4410") == []
    assert find_quantities("a4 (316) stainless fixings") == []
    assert find_quantities('the 8" sch 80 plate came in') == []


def test_the_retail_trades_samples_and_a_check_report() -> None:
    mail = (
        "Hi Ana, the PPS are approved: colour and size are fine. Finance approved the PO "
        "yesterday as well. The bulk stays on hold until my written release.\n\nGraham Pike"
    )
    assert "RG009" in check(mail).rules  # "approved" for the PPS and for the PO
    report = (
        "Pre-production check report\nOrder status per PO note: 6 PPS released; bulk 4,794 pcs "
        "not released.\nInspector: Zhou Lei\n"
    )
    assert not {"RG004", "RG005", "RG010"} & check(report).rules


def test_a_share_per_colour_and_a_mug_size_are_not_the_authorized_count() -> None:
    mail = (
        "Hi Duc, PO HH-240845 is attached. Please make the 36 PPS mugs (12 each in Fog, Clay and "
        "Sage) and ship them to Columbus by June 20."
    )
    po = (
        "PURCHASE ORDER HH-240845\nLine | Item | Description | Qty\n"
        "1 | HH-MUG-12 | stoneware mug 12 oz, reactive glaze - PPS | 24\n"
        "Production scope: this PO covers 24 PPS only. The 2,376 pcs are not released until PPS "
        "sign-off and a written release from Derek Lunn.\n"
    )
    parts = [Part("m.eml", "m.eml", "text", mail), Part("m.eml!po.pdf", "m.eml!po.pdf", "text", po)]
    assert "RG011" in check_parts(parts, rules_only=True).rules
    assert find_quantities("for the 12 oz mugs") == []
    share = Part("a.txt", "a.txt", "text", "Please make the 36 PPS mugs (12 each in Fog, Clay).")
    assert [q.value for q in analyse(share).active] == [36]


def test_gates_on_a_po_a_material_ceiling_and_an_item_number_are_no_conflict_or_payment() -> None:
    for text in (
        "Deposit received, thanks. Only a PO signed by me starts the bulk.",
        "Deposit received with thanks. We start the production lot only after receiving your "
        "revised PO.",
    ):
        assert "RG012" not in check(text).rules, text
    call_off = (
        "Call-off 3 releases 800 m of hose R2AT-06. The balance is on hold until call-off 4 by "
        "Pieter van Wyk.\nYou may buy and hold wire and tube for up to 4,800 m at our liability, "
        "i.e. up to 2,400 m beyond the quantity released to date.\n"
    )
    assert "RG011" not in check(call_off).rules
    assert [q.value for q in find_quantities("item 20 is cover only: 0 of 1,584 pcs released")] == [
        1584
    ]


def test_a_sounds_good_to_a_proposed_roll_over_adopts_it() -> None:
    chat = (
        "[10/06/24 09:41:17] Jack Liang: to save time, after you OK the sample we continue the "
        "2970 pcs directly, no need wait new document, ok?\n"
        "[10/06/24 10:05:51] Fernanda Lima: ok sounds good\n"
    )
    assert "RG007" in check(chat).rules
    refused = chat.replace("ok sounds good", "no - wait for my written release please")
    assert "RG007" not in check(refused).rules


def test_these_quantities_of_a_forecast_taken_as_the_order() -> None:
    mail = (
        "Hi Amy,\n\nAttached is our H2 forecast for the SF-series separators.\n\nPlease take these "
        "quantities as our order for H2 and plan production accordingly.\n\nBrett"
    )
    assert "RG008" in check(mail).rules
    assert "RG008" not in check(mail.replace("as our order", "for planning only")).rules


def test_a_releaser_with_an_apostrophe_in_the_name_or_named_after_until() -> None:
    base = "PO 70-4690: 4 sample benches only. The other 396 are NOT released, on hold till "
    assert "RG005" not in check(base + "QA signs off + Brendan O'Shea's written release.").rules
    until = "PO MF-5651: 6 PPS only. The balance stays on hold until Graham\nPike issues a written "
    assert "RG005" not in check(until + "production release after PPS sign-off.").rules
    assert "RG005" in check(base + "QA signs off the samples.").rules


def test_plain_english_events_and_releasers_of_small_makers() -> None:
    for text in (
        "PO 2291: 4 sample tables. The other 36 are not released - I'll release them in writing "
        "(Orla Byrne, Studio Director) after the samples have been in the showroom.",
        "Merel: 6 sample cups. The 234 for the shops are not released. I release those myself by "
        "email after the latte-art test with our baristas.",
        "Sipho: 2 test banners only. The other 18 are on hold - don't print them until I've seen "
        "the colours on site and sent you an email with the go. Only from me, not from Kagiso.",
    ):
        assert not {"RG004", "RG005"} & check(text).rules, text
    named = (
        "4 sample brackets for the fixing test. The 116 production brackets are not released. "
        "Ciara Ó Briain (Director) releases them in writing after the sample fixing test."
    )
    assert not {"RG004", "RG005"} & check(named).rules
    held = "PO 88 covers 4 sample brackets only. The 116 are on hold until further notice."
    assert "RG004" in check(held).rules


def test_requests_for_samples_in_chat_and_notes_without_a_count() -> None:
    chat = (
        "the crock lids you did for the market stall were a hit 🙌 can you make up some samples "
        "of the new bigger lid (for the 8 l crock)?"
    )
    assert {"RG003", "RG004", "RG010"} <= check(chat).rules
    note = (
        "Hi Finn -\n\nSamples pls of the salt pig w/ the wave lid, as many as you need to get the "
        "glaze right.\n\nMAIN ORDER ON HOLD - not until I've tested them in the shop for a couple "
        "of weeks.\nI'll ring + email you the OK myself.\n"
    )
    rules = check(note).rules
    assert "RG010" in rules and "RG004" not in rules and "RG002" not in rules
    assert find_quantities("for the 8 l crock") == []
    assert [q.value for q in find_quantities("the 200 l-brackets")] == [200]


def test_roll_overs_without_further_notice_or_paperwork() -> None:
    for text in (
        "7.3 Upon approval of the First Article Inspection by the Customer, the Supplier shall "
        "continue with production of the remaining order quantity without further notice.",
        "Following QA sign-off of the PQ summary report, the remaining quantity of the order will "
        "be manufactured as commercial lots without further customer notice.",
        "Honestly - if the FAI report looks clean, don't wait for paperwork from me, just keep the "
        "line running for the remaining 1,175.",
        "The day your team signs off the samples we can roll straight into the build.",
    ):
        assert "RG007" in check(text).rules, text
    gated = "Once the FAI is approved, we will send the written release; no work without it."
    assert "RG007" not in check(gated).rules


def test_an_approved_said_in_a_chat_line_is_no_label_value() -> None:
    chat = (
        "[2024-06-21 16:10] Luis (Borinquen PM): FAI report uploaded to Veeva. ok to proceed?\n"
        "[2024-06-21 16:12] Eimear Quinn (Shannon Cardio Devices): approved 👍\n"
    )
    assert "RG002" in check(chat).rules
    assert "RG002" not in check("Disposition: approved\nNext step: FAI report review.").rules


def test_the_same_samples_counted_differently_in_two_messages_are_a_conflict() -> None:
    chat = (
        "[03/06 09:12] Ana: PO 4500771 is for sample 5pcs of HB-7 hinge only. The other 295 "
        "are not released until our salt-spray test passes and Lars Berg sends a written release.\n"
        "[04/06 10:30] Ana: As per PO pls make 6pcs samples, ship by DHL.\n"
    )
    report = check(chat)
    assert "RG011" in report.rules
    finding = next(f for f in report.findings if f.rule == "RG011")
    assert "6 units" in finding.message and "5 units" in finding.message
    # the same count twice, a breakdown, a revised order and two parts are no conflict
    assert "RG011" not in check(chat.replace("make 6pcs", "make 5pcs")).rules
    breakdown = chat.replace("sample 5pcs", "sample 6pcs").replace(
        "make 6pcs samples", "make 6pcs samples (3 samples per colour)"
    )
    assert "RG011" not in check(breakdown).rules
    assert "RG011" not in check(chat.replace("As per PO", "As per revised PO")).rules
    two_parts = (
        "PO 4500772 covers 10 samples of bracket A and 12 samples of bracket B only; the rest "
        "is not released until sample sign-off and a written release by Lars Berg."
    )
    assert "RG011" not in check(two_parts).rules


def test_a_reply_counting_other_samples_than_the_message_it_quotes_is_a_conflict() -> None:
    reply = (
        "Hi Tomas, thanks for the photos. For the 12 pilot frames we authorized, please use the "
        "matt black finish.\n\nBest, Freja\n\n"
        "> PO SC-25-061 is attached. It covers 10 pilot frames only. The remaining 490 frames\n"
        "> are not released until the fatigue test passes and I send a written release.\n"
    )
    report = check(reply)
    finding = next(f for f in report.findings if f.rule == "RG011")
    assert finding.text.startswith("For the 12 pilot frames")
    # the reply agreeing with the quote is no conflict
    assert "RG011" not in check(reply.replace("For the 12", "For the 10")).rules


def test_approved_with_a_technical_object_and_a_test_result_read_as_technical() -> None:
    mail = (
        "Finance approved the PO on Friday, so BK-24-0590 is live. The client approved the "
        "prototype booth yesterday. The 14 production booths are not released until I send a "
        "written release after the acoustic sign-off. Sam Reid"
    )
    assert "RG009" in check(mail).rules
    minutes = (
        "1 | Drop test 1.2 m | approved - no cracks\n"
        "2 | Spring budget, GBP 18k | approved by finance on 14 May\n"
    )
    assert "RG009" in check(minutes).rules
    # one sense only: no mixed terms
    assert "RG009" not in check(mail.replace("Finance approved the PO", "We sent the PO")).rules


def test_a_chat_that_restates_its_sample_count_differently_conflicts() -> None:
    chat = (
        "[10/06/24 09:05] Anna: PO 7788 is out for 12 sample panels. The other 228 stay on hold "
        "until the acoustic test is signed off and Rob releases them in writing.\n"
        "[11/06/24 10:04] Anna: Can the ten (10) sample panels ship together with the test "
        "report?\n"
    )
    assert "RG011" in check(chat).rules
    # a question that asks for a new count states none
    asking = chat.replace(
        "Can the ten (10) sample panels", "Could you quote ten (10) sample panels"
    )
    assert "RG011" not in check(asking).rules
    pilots = (
        "Hi Jason, please make 10 pilot trays for our lab. The 990 production trays are not "
        "released until Mark signs the pilot off.\nAlso: the 12 pilot trays as agreed need to be "
        "here by week 30."
    )
    assert "RG011" in check(pilots).rules
    spanish = (
        "[08/07/24 10:15] Martín: Liberamos doce (12) unidades de prueba del eje MP-EJ-2540.\n"
        "[08/07/24 10:16] Martín: Resumen para planta: 10 pzs de prueba. Saldo 1.188 NO liberado."
    )
    assert "RG011" in check(spanish).rules


def test_a_deadline_or_a_document_revision_does_not_hide_a_conflict() -> None:
    mail = (
        "PO BS-5520 is for twelve (12) clinical-build kits only. The remaining 988 kits are not "
        "released.\nIFU rev 4, English only.\nTo confirm, please ship the 10 clinical kits by "
        "28 June."
    )
    assert "RG011" in check(mail).rules
    revised = mail.replace("IFU rev 4", "PO BS-5520 rev 2")
    assert "RG011" not in check(revised).rules
    cover = (
        "Attached release R-03. For your planning team: 1,200 ZP-150 purlins released for "
        "Block 2, ETD Mersin before 30 August please."
    )
    letter = "PRODUCTION RELEASE R-03\nThis release authorizes production of 1,000 purlins."
    assert "RG011" in check(cover, letter).rules
    conditional = cover.replace("ETD Mersin before 30 August", "before the mock-up is approved")
    assert "RG011" not in check(conditional, letter).rules


def test_a_cover_mail_naming_the_attached_release_and_its_count() -> None:
    cover = "Vivian,\n\nProduction release PR-KP-014 attached: 1,200 blades for the planogram."
    release = (
        "Production release PR-KP-014\nThis release authorizes production of 800 blades. The "
        "balance is not released."
    )
    assert "RG011" in check(cover, release).rules
    assert "RG011" not in check(cover.replace("1,200", "800"), release).rules


def test_an_authorised_now_row_states_a_count() -> None:
    form = (
        "Manufacturing Authorisation MA-19\nWe authorise the manufacture of six (6) "
        "qualification samples.\nItem | Entry\nQty authorised now | 8\nBalance | not released\n"
    )
    assert "RG011" in check(form).rules
    assert [q.value for q in find_quantities("qty authorised now | 8\n")] == [8]


def test_a_po_note_against_lines_read_from_wrapped_text() -> None:
    po = (
        "Purchase Order KO-4452\nLine Part Description Qty Unit USD Total USD\n"
        "1 CB-20 Rev A Marman clamp\nband segment,\nEM\n4 1,260.00 5,040.00\n"
        "2 FAI-CB-20 First article\ninspection\nAS9102\n1 480.00 480.00\n"
        "Scope note: this PO releases six (6) EM clamp band segments for production. The FM "
        "quantity of 36 segments is not released."
    )
    assert "RG011" in check(po).rules
    # the note counts the band line alone, or both lines: no conflict
    assert "RG011" not in check(po.replace("six (6)", "four (4)")).rules
    assert "RG011" not in check(po.replace("six (6)", "five (5)")).rules
    # a release of part of what the lines order is no conflict either ("60 of 180")
    frame = po.replace("\n4 1,260.00", "\n40 1,260.00").replace("six (6)", "eight (8)")
    assert "RG011" not in check(frame).rules


def test_a_delivery_week_in_a_row_is_no_count() -> None:
    po = (
        "PURCHASE ORDER 4500218833\nPos. Part no. Description Qty Unit Price EUR Delivery\n"
        "10 KF-4471-220 Door harness LH, B-sample\n20 pcs 38.40 CW 22\n"
        "20 KF-4471-221 Door harness RH, B-sample\n20 pcs 38.40 CW 22\n"
        "These 40 pcs are the only quantity you may build now."
    )
    assert "RG011" not in check(po).rules
    assert "RG011" in check(po.replace("These 40 pcs", "These 50 pcs")).rules


def test_mock_ups_protos_and_salesman_samples_are_counted_as_samples() -> None:
    chat = (
        "09.04.24, 08:30 - Jürgen: Hello Mehmet, PO 4700020610 is out: 15 proto knife sections "
        "for the new mower bar.\n"
        "09.04.24, 08:31 - Jürgen: The rest of the 5.000 stays on hold until our field-test "
        "sign-off, then I release it in writing.\n"
        "11.04.24, 14:02 - Jürgen: Mehmet, to confirm: you build 12 protos, not more.\n"
    )
    assert [q.value for q in find_quantities("is out: 15 proto knife sections")] == [15]
    assert "RG011" in check(chat).rules
    assert "RG011" not in check(chat.replace("build 12 protos", "build 15 protos")).rules
    cover = "PO WR-0530 is in the portal. It's for twenty-four (24) SMS frames of the Brunswick."
    po = "Purchase Order WR-0530\nOnly the 36 SMS are released. The bulk is not released."
    assert "RG011" in check(cover, po).rules
    mail = (
        "As per the PO, please ship the 10 mock-ups by express.\n"
        "> Please find attached our PO PM-24-0419 for eight (8) mock-ups of the tester stand."
    )
    assert "RG011" in check(mail).rules


def test_a_supplier_building_another_count_as_per_the_buyers_release() -> None:
    reply = (
        "Dear Fatima,\nthank you for the LPO. We will build the 15 pilot VAV units as per your "
        "LPO, delivery 3 weeks ex works.\n\n"
        "> LPO ALN/LPO/24/0801 attached: 12 pilot VAV units VAV-160 released.\n"
        "> The project balance (588 nos) is not released.\n"
    )
    assert "RG011" in check(reply).rules
    assert "RG011" not in check(reply.replace("the 15 pilot", "the 12 pilot")).rules
    confirmed = (
        "Thank you for the release. We confirm production of 2,500 pcs as per your release "
        "LR-24-022.\n\n"
        "> Release LR-24-022: 2 000 (two thousand) doudous ours are released for production.\n"
    )
    assert "RG011" in check(confirmed).rules
    assert "RG011" not in check(confirmed.replace("2,500 pcs", "2,000 pcs")).rules


def test_a_german_release_letter_against_its_english_cover_mail() -> None:
    letter = (
        "Produktionsfreigabe PR-KL-2024-022\nFreigegebene Menge 1.200 Stück\n"
        "Die Restmenge von 270 Stück bleibt gesperrt."
    )
    cover = (
        "Dear Hitesh,\nattached is our production release PR-KL-2024-022. After the sample "
        "sign-off of 6 May, 1,020 pcs are released for production."
    )
    assert "RG011" in check(cover, letter).rules
    assert "RG011" not in check(cover.replace("1,020", "1,200"), letter).rules


def test_a_department_named_as_release_authority_names_nobody() -> None:
    portal = (
        "PO FR-24-0588\nItem | Pilot quantity | Status\nFR-BRK-7 | 50 | released\n"
        "The remaining 1,950 pcs are not released until the pilot review is signed off.\n"
        "Release authority | Sourcing department\n"
    )
    assert "RG005" in check(portal).rules
    assert "RG005" not in check(portal.replace("Sourcing department", "Anna Berg")).rules
    printout = (
        "PURCHASE ORDER BB-24-0950\nPP SAMPLES 24 PCS RELEASED.\nBAL 5,000 PCS NOT RELEASED.\n"
        "* PROD RELEASE ONLY BY REVISED PO, ISSUED AFTER PP SAMPLE SIGN-OFF.\n"
    )
    assert "RG005" in check(printout).rules
    letter = (
        "Release MM-REL-0045: 30 units are released. The balance is not released until the "
        "pilot store sign-off; the release will be issued by\nStore Development."
    )
    assert "RG005" in check(letter).rules


def test_a_release_split_in_a_table_whose_total_says_otherwise() -> None:
    letter = (
        "Production Release LHB-R-031\n"
        "This release authorizes 1,200 sets for production, split by colour as follows:\n"
        "Colour | Sets\nSage | 400\nOat | 400\nCloud | 350\nTotal | 1,150\n"
        "The other 16,800 sets remain on hold until lot 1 passes and Rachel Nguyen releases them."
    )
    assert "RG011" in check(letter).rules
    assert (
        "RG011"
        not in check(
            letter.replace("Cloud | 350\nTotal | 1,150", "Cloud | 400\nTotal | 1,200")
        ).rules
    )


WORK_AUTHORIZATION = (
    "Prairie Access Integration LLC\nSupplier Work Authorization WA-24-022\n"
    "Supplier | Kaya Door Hardware, Bursa\nPO | 24-PAI-0530\n\nAuthorized now\n"
    "Pilot installation lot for Building C - {qty}.\nNot authorized\n"
    "Balance of PO 24-PAI-0530: not released. Unlock: pilot sign-off by Brian O'Neill on site, "
    "then a written production release by Greg Lindqvist, Director of Operations.\n"
)


def test_an_authorization_form_that_leaves_its_count_open_states_no_quantity() -> None:
    # a form titled as an authorization authorizes, also with no count in it
    report = check(WORK_AUTHORIZATION.format(qty="quantity per site survey (TBD)"))
    assert analyse(Part("a.txt", "a.txt", "text", WORK_AUTHORIZATION)).authorizes
    assert "RG010" in report.rules
    assert "RG010" not in check(WORK_AUTHORIZATION.format(qty="12 exit devices")).rules


def test_a_count_kept_back_in_the_buyers_language_is_not_active() -> None:
    po = (
        "PEDIDO DE COMPRA / PURCHASE ORDER PC-24-0470\n"
        "Linea Articulo Descripcion Cantidad Precio EUR\n"
        "10 MB-2W-ES Caja de contadores - muestras segun necesidad de ensayo 52,00\n"
        "Nota: el saldo de la cantidad de proyecto (2.000 uds) {status} hasta la validacion de "
        "muestras.\n"
    )
    # a PO that leaves its sample count open states none (RG010)
    held = analyse(Part("po.txt", "po.txt", "text", po.format(status="no esta liberado")))
    assert held.active == []
    free = analyse(Part("po.txt", "po.txt", "text", po.format(status="esta liberado")))
    assert [q.value for q in free.active] == [2000]


def test_sample_requests_that_leave_the_count_to_a_call_or_a_quote() -> None:
    # the buyer citing "your quotation" and its prices asks for parts, it quotes nothing
    request = (
        "Hi Lily,\nPls arrange samples of HY-UV75 for our trial, as per your quotation "
        "HY-Q-2404-088 (sample + mass price). Balance hold until further notice.\nThanks, Jasmine"
    )
    report = check(request)
    assert report.files[0].role == "authorization"
    # "Balance hold until ..." holds the balance
    assert "RG010" in report.rules and "RG003" not in report.rules
    po_mail = (
        "Dear Mr. Rajesh,\nPO KR-24-0316 is for the sample shelf brackets SB-300 only (quantity "
        "as we discussed by phone). The mass production quantity of 10,000 pcs is not released "
        "yet.\nBest regards, Choi"
    )
    assert "RG010" in check(po_mail).rules


@pytest.mark.parametrize(
    "who",
    [
        "Dana Whitcomb, our GM, is the only person who can release them.",
        "H. Tanabe approves production in writing after sample approval.",
        "They are released only by written release of Mikko Laine.",
        "Release of the rest is only by me.",
        "Arjun Khanna sir will release the balance in writing.",
        "Liberación del saldo: Felipe Araya.",
        "Queda en hold hasta que Diego Hernández firme la prueba de línea.",
        "They stay on hold until a revised PO signed by Dott.ssa Giulia Marchetti.",
        "Production not released: Restmenge bis Musterabnahme und schriftliche "
        "Produktionsfreigabe durch Dr. Matthias Brenner.",
        "Released after sign-off once Florian Weiss, Leiter Produktmanagement, has sent it.",
    ],
)
def test_releasers_named_in_the_ways_buyers_write_them(who: str) -> None:
    po = (
        "PO OF-24-0395 is for 10 sample valves DN50 only. The remaining 590 valves are on hold "
        "and not released until sample sign-off.\n"
    )
    assert "RG005" in check(po).rules
    assert "RG005" not in check(po + who).rules


def test_a_company_or_a_department_named_as_releaser_is_nobody() -> None:
    po = (
        "PURCHASE ORDER SCF-PO-25-0302\nSouthern Cross Formwork Pty Ltd, Hamilton QLD 4007\n"
        "Line Part Description Qty Unit EUR\n1 AB-165-3900 Aluminium beam 165 mm 12 pcs 146,00\n"
        "This PO covers the 12 pilot beams only. The balance of 1,188 beams is NOT released.\n"
        "Release of the balance follows sample sign-off of the pilot beams and a written release "
        "from {who}.\n"
    )
    # "Southern Cross" is the start of the buyer's company name, not a person's
    assert "RG005" in check(po.format(who="Southern Cross")).rules
    assert "RG005" not in check(po.format(who="Megan Doyle")).rules
    edifact = (
        "IBMN INKOOP - EDI ORDERS D.96A - AFDRUK / PRINT\n"
        "BGM 220  ORDER 2024-0745                     DTM 137 22-07-2024\n"
        "LIN 10   OM-DR-650-RVS   KASTDEUR RVS 650X650 GLAS 4MM\n"
        "QTY 21   12 PCE          SAMPLE\nPRI AAA  260,00 EUR\n"
        "FTX AAI  SAMPLE ORDER ONLY. QTY 12 = SAMPLES.\n"
        "FTX AAI  BAL 1188 NOT RELEASED - HOLD UNTIL FURTHER NOTICE.\n"
        "FTX AAI  RELEASE OF BAL BY IBMN INKOOP AFTER SIGN-OFF.\n"
    )
    doc = analyse(Part("orders.txt", "orders.txt", "text", edifact))
    # a printed EDIFACT order is a PO; "QTY 21" names the ordered quantity, it counts nothing
    assert doc.is_po and [q.value for q in doc.active] == [12, 12]
    # neither "Until Further Notice" nor a purchasing office is a person
    assert "RG005" in check(edifact).rules


def test_a_price_increase_revises_no_order() -> None:
    reply = (
        "Dear Aroha,\nThank you for PO KK-4530. We confirm 5 (five) sample hulls Kea 430, "
        "delivery week 20. Our supplier {change} from May by 12%.\n\n"
        "> PO KK-4530 attached. It covers 4 (four) sample hulls Kea 430 only. The balance of 56\n"
        "> hulls is not released until Mere Tipene signs off the samples and Hamish Birchall\n"
        "> sends a written release.\n"
    )
    assert "RG011" in check(reply.format(change="increase the price")).rules
    # a changed order names the new count on purpose
    assert "RG011" not in check(reply.format(change="increased the order")).rules


@pytest.mark.parametrize(
    "named",
    [
        "Liberación del saldo: tras la validación de muestras, y solo por liberación escrita de "
        "Pilar Sanz, Directora de Compras.",
        "Lancement uniquement après validation des échantillons et ordre de lancement écrit de "
        "Hélène Garnier, Directrice des achats.",
        "Production release for AT-180: Mr Lim Boon Huat, Farm Manager.",
    ],
)
def test_a_releaser_named_in_the_buyers_language_or_under_a_label(named: str) -> None:
    po = (
        "PURCHASE ORDER KAF-PO-24-0365\nLine Part Description Qty Unit EUR\n"
        "1 AT-180 Aquaculture tank - sample 2 pcs 980,00\n"
        "Sample order: 2 tanks only. The balance of 48 tanks is not released until sample "
        "sign-off.\n" + named + "\n"
    )
    assert "RG005" not in check(po).rules
    assert "RG005" in check(po.replace(named, "")).rules


def test_the_buyers_cover_mail_says_for_the_po_beside_it() -> None:
    po = (
        "ORDEN DE COMPRA / PURCHASE ORDER OC 4500020412\n"
        "Pos | Code | Description | Qty | Unit USD\n"
        "10 | GAB-DR-2200 | Cabinet door - sample | 6 | 240,00\n"
        "Balance of 794 doors not released until sample sign-off.\n"
    )
    mail = (
        "From: Carla Rojas <carla@example.cl>\nSubject: OC 4500020412 cabinet door samples\n\n"
        "Dear Mr. Kaya,\nplease find our OC 4500020412 for the sample doors in the folder.\n"
        "{line}\nBest regards, Carla Rojas\n"
    )

    def rules(line: str) -> set[str]:
        parts = [
            Part("oc.txt", "oc.txt", "text", po),
            Part("mail.eml", "mail.eml", "email", mail.format(line=line)),
        ]
        return check_parts(parts, None, rules_only=True).rules

    named = "Release authority on our side for this order is Ignacio Vergara, maintenance manager."
    assert "RG005" not in rules(named)
    assert "RG005" in rules("Thank you.")


def test_an_order_that_says_it_has_no_sample_lot_is_no_sample_order() -> None:
    po = (
        "PURCHASE ORDER BPC-PO-78233\nLine Item Qty Unit price\n1 NF-250-BLK 6000 EA 0.94\n"
        "{note} Proceed with all 6000 EA per schedule.\n"
    )
    assert not analyse(Part("po.txt", "po.txt", "text", po.format(note="No sample lot."))).sample
    assert analyse(Part("po.txt", "po.txt", "text", po.format(note="Sample lot first."))).sample


def test_release_forms_and_letters_that_leave_the_count_open() -> None:
    form = (
        "Production Release Form SP-R-011\nField | Entry\nPO | SP-PO-2405-031\n"
        "Unlock event | Sample sign-off by Somchai Wongsa, 2024-05-28 - done\n"
        "Released quantity | {qty}\nBalance | remains on hold until next call-off\n"
        "Authorized by | Pornthip Chaiyaporn, Plant Director\n"
    )
    assert "RG010" in check(form.format(qty="as per plan")).rules
    assert "RG010" not in check(form.format(qty="2,000 pcs")).rules
    letter = (
        "Following the sample sign-off by Lerato Mokoena on 2 July (20 samples, report "
        "QA-24-118), Karoo Medical hereby releases production of {what} under PO KMW-24-0541.\n"
        "Thandi Nkosi, Procurement Manager (release authority)"
    )
    # the samples judged in the event are no count released
    assert "RG010" in check(letter.format(what="walker wheels WW-125")).rules
    assert "RG010" not in check(letter.format(what="400 walker wheels WW-125")).rules


def test_a_suppliers_plan_buying_material_while_no_release_has_come() -> None:
    plan = (
        "Production & material plan - Naivasha Bloom\nGalil Mist Systems Ltd - Operations.\n"
        "Item: fog nozzle GI-FN-4004. Sample lot shipped 18 April; customer sample sign-off still "
        "pending. {release}\n\nMaterial\nMaterial | Qty for | Supplier PO | Status\n"
        "PA66 GF30 granulate | 2,400 pcs (+3%) | IL-5522 | ordered 20 May\n"
    )
    assert (
        "RG006"
        in check(plan.format(release="Production release from Naivasha: not yet received.")).rules
    )
    assert "RG006" not in check(plan.format(release="")).rules


def test_an_engineering_change_approved_after_a_bracketed_aside_is_technical() -> None:
    line = (
        "ECN-0415 (drain moved 75 mm to the left, DRG SU-600-EP Rev 06) is approved, and "
        "Jessica got the PO change approved in Coupa this morning."
    )
    low = line.lower()
    at = low.index("approved")
    assert approval_sense(low, at, at + len("approved")) == "technical"
    assert "RG009" in check(line).rules
    # one sense only: nothing mixed
    assert "RG009" not in check(line.replace("the PO change", "the drawing")).rules


def test_an_aside_naming_the_po_lends_no_sense_and_a_purchase_committee_is_commercial() -> None:
    row = 'samples (40 cartons, po hv-po-24-0720) | approved - fit on 22.5" rims, 20 pcs tested'
    at = row.index("approved")
    assert approval_sense(row, at, at + len("approved")) == "technical"
    price = "your revised price offer mv-2404-600-r1 is also approved by the purchase committee"
    at = price.index("approved")
    assert approval_sense(price, at, at + len("approved")) == "commercial"


def test_pilot_units_approved_are_judged_and_production_units_approved_are_released() -> None:
    report = (
        "Result: 4 pilot trolleys - approved.\nCommercial: PO NCC-PO-10452 approved by finance "
        "on 2024-05-30.\nNext steps: the 56 production trolleys are approved too.\n"
    )
    senses = []
    low = report.lower()
    for word_at in (low.index("approved"), low.rindex("approved")):
        senses.append(approval_sense(low, word_at, word_at + len("approved")))
    assert senses == ["technical", "production"]
    assert "RG009" in check(report).rules


def test_a_budget_approved_four_words_after_it_is_commercial() -> None:
    line = "budget for the ikal handles approved by zarzad (board) on 27.05."
    at = line.index("approved")
    assert approval_sense(line, at, at + len("approved")) == "commercial"


@pytest.mark.parametrize(
    "said",
    [
        "According our company rule, with deposit the order is released, so we arrange "
        "production for full 60 000 pcs now.",
        "PO NCC-PO-10460 is approved in Oracle and AP released the prepayment this morning (CAD "
        "11,360). So you're released to build the 8 pilot motors.",
        "With the acceptance of this PO we consider series production authorised as per our offer.",
        "We have accepted the PO in our system and so we arrange production 400pcs together "
        "with the samples.",
    ],
)
def test_a_deposit_or_an_accepted_po_said_to_release_production(said: str) -> None:
    assert "RG012" in check("Hi,\n" + said + "\nRegards").rules


def test_a_full_quantity_pos_own_lines_are_no_quantity_beside_it() -> None:
    po = (
        "AGUAS DO VALE S.A.                           PEDIDO DE COMPRA / PURCHASE ORDER\n"
        "Item Material        Descricao                                     Qtde  UM  Preco BRL\n"
        "---- --------------- --------------------------------------------- ----- --- ---------\n"
        "00010 4100-020-B     CORPO HIDROMETRO DN20 LATAO CW617N REV 7      3.000  PC     38,40\n"
        "00020 4100-025-B     CORPO HIDROMETRO DN25 LATAO CW617N REV 3      1.200  PC     52,10\n"
        "Texto do pedido:\nPedido de producao pela quantidade total (3.000 + 1.200 pcs).\n"
    )
    assert "RG001" not in check(po).rules


def test_a_release_without_a_count_is_rg010_and_an_approval_without_one_is_rg002() -> None:
    released = check("Hi Heinz,\n\nSHFT-310 is released for production.\n\nTom").rules
    assert "RG010" in released and "RG002" not in released
    approved = check("Hi Heinz,\n\nSHFT-310 is approved, go ahead.\n\nTom").rules
    assert "RG002" in approved


def test_material_bought_for_the_series_in_the_suppliers_language() -> None:
    po = (
        "PO 4500081290: 25 sample bodies DN20 only. The balance of 5,975 is not released until "
        "sample sign-off and a written release from Luciana Ferreira. Material for the samples "
        "only.\n"
    )
    reply = (
        "Hola Luciana,\n\nLas 25 muestras ya estan maquinadas. Por otro lado te comento: para "
        "asegurar el precio del laton ya compramos la barra CW617N para las {n} piezas.\n\n"
        "Saludos\nGuadalupe\n"
    )
    assert "RG006" in check(po, reply.format(n="6.000")).rules
    assert "RG006" not in check(po, reply.format(n="25")).rules


@pytest.mark.parametrize(
    ("line", "sense"),
    [
        ("samples | 8 doors - approved by rashid khan, qa/qc engineer, 18.07.2024", "technical"),
        ("po an-24-0451 - approved by tanja kos, finance controller, 15.07.2024", "commercial"),
    ],
)
def test_an_approval_by_a_person_named_with_a_technical_or_money_role(
    line: str, sense: str
) -> None:
    at = line.index("approved")
    assert approval_sense(line, at, at + len("approved")) == sense


@pytest.mark.parametrize(
    ("line", "word", "sense"),
    [
        ("po hw-po-24-0655 | released | 2024-06-12 | park ji-hoon", "released", "commercial"),
        ("- the po is released now - our sap release went through", "released", "commercial"),
        ("drawing hb-d-7000 rev d | released | 2024-05-20", "released", "technical"),
        ("søren released the samples from incoming inspection yesterday", "released", "technical"),
        ("production 30.000 trays is not released.", "released", "production"),
        ("line | item | description | po qty | released qty | balance on hold", "released", None),
    ],
)
def test_release_words_in_record_rows_and_status_lines(
    line: str, word: str, sense: str | None
) -> None:
    at = line.index(word)
    assert approval_sense(line, at, at + len(word)) == sense


@pytest.mark.parametrize(
    ("line", "word", "sense"),
    [
        ("suresh has approved the hot-dip galvanising.", "approved", "technical"),
        (
            "the budget for the 14 new stores was approved by finanzas on 10 june.",
            "approved",
            "commercial",
        ),
        (
            "freigabestatus / release status : freigegeben / released   (freigabestrategie k2)",
            "released",
            "commercial",
        ),
    ],
)
def test_approvals_of_a_finish_by_finance_and_an_sap_release_status(
    line: str, word: str, sense: str
) -> None:
    at = line.index(word)
    assert approval_sense(line, at, at + len(word)) == sense
