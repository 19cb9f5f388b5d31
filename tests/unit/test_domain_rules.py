"""The rules of the register, one behaviour per test, in the domain's own words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasegate.domain import commands as cmd
from releasegate.domain import events as ev
from releasegate.domain.errors import BadInput, Refused
from releasegate.domain.gate import gate
from releasegate.domain.orders import fold
from releasegate.domain.vocabulary import Disposition, MaterialMode, ReleaseKind, UnlockEvent
from tests.unit.world import AT, BOSS, DANA, ERIN, OLU, PAT, SAM, STRANGER, TODAY, Ledger


def sample_po(ledger: Ledger, **terms: object) -> None:
    change = cmd.TermsChange(unlock_event=UnlockEvent.SAMPLE_SIGNOFF, **terms)  # type: ignore[arg-type]
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 0, change))


def refused(rule: str, ledger: Ledger, command: cmd.Command, today: dt.date = TODAY) -> str:
    before = ledger.state
    with pytest.raises(Refused) as caught:
        ledger.do(command, today)
    assert caught.value.rule == rule
    assert ledger.state == before  # a refused command changes nothing
    return caught.value.message


def test_a_sample_po_releases_its_sample_quantity_and_nothing_else():
    ledger = Ledger()
    sample_po(ledger)
    assert ledger.state.released == 10
    assert ledger.state.covered == 10
    assert ledger.state.on_hold == 500
    assert ledger.state.releases[0].kind is ReleaseKind.SAMPLE


def test_a_production_line_adds_commercial_cover_only():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500))
    assert ledger.state.covered == 510
    assert ledger.state.released == 10
    assert not gate(ledger.state, 11).allowed


def test_production_beyond_the_release_is_refused_as_over_production():
    ledger = Ledger()
    sample_po(ledger)
    ledger.do(cmd.RecordProduction(OLU, 10))
    message = refused("over-production", ledger, cmd.RecordProduction(OLU, 1))
    assert "11 produced" in message and "10 released" in message


def test_a_release_beyond_cover_needs_a_revised_po_first():
    ledger = Ledger()
    sample_po(ledger)
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.APPROVED))
    refused("over-release", ledger, cmd.ReleaseQuantity(DANA, 100, UnlockEvent.SAMPLE_SIGNOFF))
    ledger.do(cmd.RevisePO(PAT, "4500", production_qty=100))
    ledger.do(cmd.ReleaseQuantity(DANA, 100, UnlockEvent.SAMPLE_SIGNOFF, "FAI-1"))
    assert ledger.state.released == 110


def test_sample_signoff_releases_nothing_without_auto_conversion():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF)))
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.APPROVED))
    assert ledger.state.released == 10


def test_an_approved_signoff_auto_converts_the_stated_quantity_and_names_the_po_revision():
    ledger = Ledger()
    change = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, auto_convert=100)
    ledger.do(cmd.IssuePO(BOSS, "4500", 10, 200, change))
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.INTERIM, qty_limit=20))
    assert ledger.state.released == 10  # only an approved sign-off converts
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.APPROVED))
    auto = ledger.state.releases[-1]
    assert (auto.kind, auto.qty, auto.po, auto.po_revision) == (
        ReleaseKind.AUTO_CONVERSION,
        100,
        "4500",
        0,
    )
    assert auto.authorized_by == ("boss",)
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.APPROVED))
    assert ledger.state.released == 110  # converts once


def test_stating_auto_conversion_is_a_release_decision():
    ledger = Ledger()
    change = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, auto_convert=100)
    refused("not-authorized", ledger, cmd.IssuePO(PAT, "4500", 10, 200, change))
    too_much = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, auto_convert=500)
    refused("over-limit", ledger, cmd.IssuePO(BOSS, "4500", 10, 600, too_much))
    beyond_cover = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, auto_convert=300)
    refused("over-release", ledger, cmd.IssuePO(BOSS, "4500", 10, 200, beyond_cover))


def test_a_release_needs_the_unlock_event_to_have_happened():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF)))
    release = cmd.ReleaseQuantity(DANA, 100, UnlockEvent.SAMPLE_SIGNOFF)
    assert "no sample sign-off" in refused("unlock-event-missing", ledger, release)
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.REJECTED))
    assert "rejected" in refused("unlock-event-missing", ledger, release)
    other = cmd.ReleaseQuantity(DANA, 100, UnlockEvent.WRITTEN_RELEASE)
    assert "names sample-signoff" in refused("unlock-event-missing", ledger, other)


def test_an_interim_signoff_allows_releases_within_its_quantity_and_date():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF)))
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.INTERIM, qty_limit=50, until="2026-12-31"))
    ledger.do(cmd.ReleaseQuantity(DANA, 50, UnlockEvent.SAMPLE_SIGNOFF))
    refused(
        "unlock-event-missing", ledger, cmd.ReleaseQuantity(DANA, 1, UnlockEvent.SAMPLE_SIGNOFF)
    )
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.INTERIM, until="2026-12-31"))
    late = dt.date(2027, 1, 1)
    message = refused(
        "unlock-event-missing",
        ledger,
        cmd.ReleaseQuantity(DANA, 1, UnlockEvent.SAMPLE_SIGNOFF),
        late,
    )
    assert "expired on 2026-12-31" in message


def test_a_waiver_of_the_unlock_event_is_explicit_reasoned_and_recorded():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF)))
    ledger.do(
        cmd.ReleaseQuantity(
            DANA, 40, UnlockEvent.SAMPLE_SIGNOFF, waive_reason="line-down at customer"
        )
    )
    waived = ledger.state.releases[-1]
    assert waived.waived and waived.reason == "line-down at customer"
    with pytest.raises(BadInput):
        ledger.do(cmd.ReleaseQuantity(DANA, 1, UnlockEvent.SAMPLE_SIGNOFF, waive_reason=" "))


def test_internal_approval_needs_its_evidence_and_revised_po_needs_a_later_po():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, cmd.TermsChange(UnlockEvent.INTERNAL_APPROVAL)))
    refused(
        "unlock-event-missing", ledger, cmd.ReleaseQuantity(DANA, 5, UnlockEvent.INTERNAL_APPROVAL)
    )
    ledger.do(cmd.ReleaseQuantity(DANA, 5, UnlockEvent.INTERNAL_APPROVAL, ref="CAPEX-9"))
    ledger.do(cmd.RevisePO(PAT, "4500", terms=cmd.TermsChange(UnlockEvent.REVISED_PO)))
    release = cmd.ReleaseQuantity(DANA, 5, UnlockEvent.REVISED_PO)
    refused("unlock-event-missing", ledger, release)
    ledger.do(cmd.RevisePO(PAT, "4500", production_qty=400))
    ledger.do(release)
    assert ledger.state.released == 20


def test_only_the_named_authority_releases_within_their_limit():
    ledger = Ledger()
    change = cmd.TermsChange(UnlockEvent.WRITTEN_RELEASE, authority=SAM)
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, change))
    refused("not-authorized", ledger, cmd.ReleaseQuantity(DANA, 20, UnlockEvent.WRITTEN_RELEASE))
    refused("over-limit", ledger, cmd.ReleaseQuantity(SAM, 51, UnlockEvent.WRITTEN_RELEASE))
    refused("not-authorized", ledger, cmd.ReleaseQuantity(PAT, 20, UnlockEvent.WRITTEN_RELEASE))
    ledger.do(cmd.ReleaseQuantity(SAM, 50, UnlockEvent.WRITTEN_RELEASE))


def test_a_release_under_a_second_approver_policy_needs_two_different_members():
    ledger = Ledger()
    change = cmd.TermsChange(UnlockEvent.WRITTEN_RELEASE, second_approver=True)
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 500, change))
    ledger.do(cmd.ReleaseQuantity(DANA, 40, UnlockEvent.WRITTEN_RELEASE))
    assert ledger.state.released == 10 and ledger.state.pending[0].number == "R-2"
    refused("needs-second-approver", ledger, cmd.ApproveRelease(DANA, "R-2"))
    ledger.do(cmd.ApproveRelease(SAM, "R-2"))
    assert ledger.state.released == 50
    assert ledger.state.releases[-1].authorized_by == ("dana", "sam")


def test_members_of_a_party_not_on_the_order_can_do_nothing_to_it():
    ledger = Ledger()
    sample_po(ledger)
    for command in (
        cmd.IssuePO(STRANGER, "9", 1, 0),
        cmd.ReleaseQuantity(STRANGER, 1, UnlockEvent.WRITTEN_RELEASE),
        cmd.RecordProduction(STRANGER, 1),
        cmd.StopOrder(STRANGER, "no"),
        cmd.AcknowledgePO(STRANGER, "4500"),
    ):
        refused("not-authorized", ledger, command)


def test_roles_are_enforced_on_each_side():
    ledger = Ledger()
    refused("not-authorized", ledger, cmd.IssuePO(OLU, "4500", 10, 0))
    sample_po(ledger)
    refused("not-authorized", ledger, cmd.RecordProduction(PAT, 1))
    refused("not-authorized", ledger, cmd.SignOffSamples(DANA, Disposition.APPROVED))
    refused("not-authorized", ledger, cmd.StopOrder(PAT, "why"))
    refused("not-authorized", ledger, cmd.AcknowledgePO(PAT, "4500"))


def test_a_stop_denies_everything_until_it_is_lifted():
    ledger = Ledger()
    sample_po(ledger)
    ledger.do(cmd.StopOrder(DANA, "drawing change"))
    answer = gate(ledger.state, 1)
    assert (answer.allowed, answer.rule) == (False, "stopped")
    assert not gate(ledger.state, 1, material=True).allowed
    refused("stopped", ledger, cmd.RecordProduction(OLU, 1))
    refused("stopped", ledger, cmd.BuyMaterial(OLU, 1))
    refused("stopped", ledger, cmd.StopOrder(DANA, "again"))
    ledger.do(cmd.ResumeOrder(DANA))
    refused("not-stopped", ledger, cmd.ResumeOrder(DANA))
    assert gate(ledger.state, 10).allowed


def test_material_stays_within_material_authority_and_cover():
    ledger = Ledger()
    change = cmd.TermsChange(
        UnlockEvent.SAMPLE_SIGNOFF, material_mode=MaterialMode.STAGED, material_qty=100
    )
    refused("over-material", ledger, cmd.IssuePO(PAT, "4500", 10, 50, change))
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 200, change))
    assert ledger.state.material_authorized == 100
    ledger.do(cmd.BuyMaterial(OLU, 100))
    refused("over-material", ledger, cmd.BuyMaterial(OLU, 1))
    answer = gate(ledger.state, 1, material=True)
    assert answer.rule == "over-material"


def test_sample_only_material_follows_the_released_quantity():
    ledger = Ledger()
    sample_po(ledger)
    assert gate(ledger.state, 10, material=True).allowed
    refused("over-material", ledger, cmd.BuyMaterial(OLU, 11))


def test_shipments_stay_within_production():
    ledger = Ledger()
    sample_po(ledger)
    ledger.do(cmd.RecordProduction(OLU, 4))
    refused("over-shipment", ledger, cmd.RecordShipment(OLU, 5))
    ledger.do(cmd.RecordShipment(OLU, 4))


def test_a_revision_can_never_cut_cover_below_what_is_released():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 100, cmd.TermsChange(UnlockEvent.WRITTEN_RELEASE)))
    ledger.do(cmd.ReleaseQuantity(DANA, 60, UnlockEvent.WRITTEN_RELEASE))
    refused("cover-below-released", ledger, cmd.RevisePO(PAT, "4500", production_qty=59))
    ledger.do(cmd.RevisePO(PAT, "4500", production_qty=60))
    assert ledger.state.covered == 70 and ledger.state.pos[0].revision == 1


def test_sample_lines_cannot_exceed_the_quoted_sample_quantity_until_a_new_round():
    ledger = Ledger()
    refused("over-release", ledger, cmd.IssuePO(PAT, "4500", 11, 0))
    sample_po(ledger)
    refused("no-rejection", ledger, cmd.OpenSampleRound(ERIN))
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.REJECTED))
    ledger.do(cmd.OpenSampleRound(ERIN))
    assert ledger.state.signoff is None and ledger.state.sample_round == 2
    ledger.do(cmd.RevisePO(PAT, "4500", sample_qty=20))
    assert ledger.state.released == 20


def test_the_supplier_acknowledges_each_revision_once():
    ledger = Ledger()
    sample_po(ledger)
    ledger.do(cmd.AcknowledgePO(OLU, "4500"))
    refused("already-acknowledged", ledger, cmd.AcknowledgePO(OLU, "4500"))
    ledger.do(cmd.RevisePO(PAT, "4500", production_qty=5))
    ledger.do(cmd.AcknowledgePO(OLU, "4500"))
    assert ledger.state.pos[0].acknowledged_revision == 1


def test_the_gate_names_the_documents_that_authorize_the_units():
    ledger = Ledger()
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 100, cmd.TermsChange(UnlockEvent.WRITTEN_RELEASE)))
    ledger.do(cmd.ReleaseQuantity(DANA, 30, UnlockEvent.WRITTEN_RELEASE))
    ledger.do(cmd.RecordProduction(OLU, 8))
    answer = gate(ledger.state, 5)
    assert answer.documents == ("PO 4500 rev 0", "release R-1", "release R-2")
    assert gate(ledger.state, 32).allowed and not gate(ledger.state, 33).allowed


def test_bad_quantities_and_inconsistent_options_are_bad_input():
    ledger = Ledger()
    sample_po(ledger)
    for command in (
        cmd.RecordProduction(OLU, 0),
        cmd.RecordProduction(OLU, -3),
        cmd.SignOffSamples(ERIN, Disposition.INTERIM),
        cmd.SignOffSamples(ERIN, Disposition.APPROVED, qty_limit=3),
        cmd.SignOffSamples(ERIN, Disposition.INTERIM, until="31/12/2026"),
        cmd.RevisePO(PAT, "nope", 1),
        cmd.RevisePO(PAT, "4500"),
    ):
        with pytest.raises(BadInput):
            ledger.do(command)


def test_folding_the_history_gives_the_same_state():
    ledger = Ledger()
    sample_po(ledger)
    ledger.do(cmd.RecordProduction(OLU, 3))
    ledger.do(cmd.StopOrder(DANA, "hold"))
    rebuilt = fold([(event, AT, "x") for event in ledger.history])
    assert rebuilt.figures() == ledger.state.figures()
    assert isinstance(ledger.history[0], ev.OrderCreated)


def test_only_the_named_authority_may_state_an_auto_conversion():
    ledger = Ledger()
    change = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, authority=DANA, auto_convert=100)
    message = refused("not-authorized", ledger, cmd.IssuePO(BOSS, "4500", 10, 200, change))
    assert "names dana" in message


def test_restated_terms_cannot_cut_material_authority_below_what_was_bought():
    ledger = Ledger()
    staged = cmd.TermsChange(
        UnlockEvent.SAMPLE_SIGNOFF, material_mode=MaterialMode.STAGED, material_qty=100
    )
    ledger.do(cmd.IssuePO(PAT, "4500", 10, 200, staged))
    ledger.do(cmd.BuyMaterial(OLU, 60))
    cut = cmd.TermsChange(material_mode=MaterialMode.STAGED, material_qty=50)
    message = refused("over-material", ledger, cmd.RevisePO(PAT, "4500", terms=cut))
    assert "below the 60 units' worth already bought" in message
