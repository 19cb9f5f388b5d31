"""Random command sequences against the domain; every invariant is checked after each step.

A simple model keeps its own counters of what was accepted and predicts the outcome of the
supplier's postings and the gate; the register must agree with it, and never break an
invariant of product.md, whatever the order of commands.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from releasegate.domain import commands as cmd
from releasegate.domain.errors import BadInput, Refused
from releasegate.domain.gate import gate
from releasegate.domain.vocabulary import Disposition, MaterialMode, ReleaseKind, UnlockEvent
from tests.unit.world import BOSS, DANA, ERIN, OLU, PAT, SAM, STRANGER, TODAY, Ledger

qty = st.integers(min_value=0, max_value=120)
sample_qty = st.integers(min_value=0, max_value=12)
small = st.integers(min_value=1, max_value=40)
release_authorities = st.sampled_from([DANA, SAM, BOSS, STRANGER])
unlock_events = st.sampled_from(list(UnlockEvent))


class RegisterMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.ledger = Ledger(sample=10, production=300)
        self.produced = 0
        self.shipped = 0
        self.bought = 0
        self.po_count = 0

    def attempt(self, command: cmd.Command, today: dt.date = TODAY) -> bool:
        before = self.ledger.state
        try:
            self.ledger.do(command, today)
        except (Refused, BadInput):
            assert self.ledger.state == before, "a refused command changed the state"
            return False
        return True

    # ---- the buyer ------------------------------------------------------------------------
    @rule(
        sample=sample_qty,
        production=qty,
        unlock=unlock_events,
        staged=st.none() | qty,
        auto=st.none() | small,
        second=st.booleans(),
    )
    def issue_po(self, sample, production, unlock, staged, auto, second):
        terms = cmd.TermsChange(
            unlock_event=unlock,
            material_mode=MaterialMode.STAGED if staged else None,
            material_qty=staged or None,
            auto_convert=auto,
            second_approver=second,
        )
        self.po_count += 1
        self.attempt(cmd.IssuePO(BOSS, f"PO-{self.po_count}", sample, production, terms))

    @rule(sample=st.none() | sample_qty, production=st.none() | qty, which=st.integers(1, 3))
    def revise_po(self, sample, production, which):
        self.attempt(cmd.RevisePO(PAT, f"PO-{which}", sample, production))

    @rule(
        disposition=st.sampled_from(list(Disposition)), limit=st.none() | small, late=st.booleans()
    )
    def sign_off(self, disposition, limit, late):
        until = "2026-11-20" if late else "2026-12-31"
        interim = disposition is Disposition.INTERIM
        self.attempt(
            cmd.SignOffSamples(
                ERIN, disposition, limit if interim else None, until if interim else None
            )
        )

    @rule()
    def new_sample_round(self):
        self.attempt(cmd.OpenSampleRound(ERIN))

    @rule(
        who=release_authorities,
        n=small,
        event=unlock_events,
        ref=st.none() | st.just("EV-1"),
        waive=st.booleans(),
    )
    def release(self, who, n, event, ref, waive):
        self.attempt(cmd.ReleaseQuantity(who, n, event, ref, "urgent" if waive else None))

    @rule(who=release_authorities)
    def approve(self, who):
        pending = self.ledger.state.pending
        if pending:
            self.attempt(cmd.ApproveRelease(who, pending[0].number))

    @rule()
    def stop(self):
        self.attempt(cmd.StopOrder(DANA, "quality hold"))

    @rule()
    def resume(self):
        self.attempt(cmd.ResumeOrder(DANA))

    # ---- the supplier: the model predicts each outcome --------------------------------------
    @rule(n=small)
    def produce(self, n):
        s = self.ledger.state
        expected = not s.stopped and self.produced + n <= s.released
        assert gate(s, n).allowed is expected
        assert self.attempt(cmd.RecordProduction(OLU, n)) is expected
        if expected:
            self.produced += n

    @rule(n=small)
    def buy_material(self, n):
        s = self.ledger.state
        expected = not s.stopped and self.bought + n <= s.material_authorized
        assert gate(s, n, material=True).allowed is expected
        assert self.attempt(cmd.BuyMaterial(OLU, n)) is expected
        if expected:
            self.bought += n

    @rule(n=small)
    def ship(self, n):
        expected = self.shipped + n <= self.produced
        assert self.attempt(cmd.RecordShipment(OLU, n)) is expected
        if expected:
            self.shipped += n

    # ---- the invariants -------------------------------------------------------------------
    @invariant()
    def figures_match_the_model(self):
        s = self.ledger.state
        assert (s.produced, s.shipped, s.material_bought) == (
            self.produced,
            self.shipped,
            self.bought,
        )

    @invariant()
    def produced_within_released_within_cover(self):
        s = self.ledger.state
        assert s.produced <= s.released <= s.covered

    @invariant()
    def material_within_authority_within_cover(self):
        s = self.ledger.state
        assert s.material_bought <= s.material_authorized <= s.covered

    @invariant()
    def shipped_within_produced(self):
        s = self.ledger.state
        assert s.shipped <= s.produced

    @invariant()
    def releases_beyond_samples_rest_on_an_unlock_event_or_a_waiver(self):
        s = self.ledger.state
        for r in s.releases:
            if r.kind is ReleaseKind.PRODUCTION:
                assert r.waived or r.event in {e.value for e in UnlockEvent}
                assert all(name in {"dana", "sam", "boss"} for name in r.authorized_by)
            if len(r.authorized_by) == 2:
                assert r.authorized_by[0] != r.authorized_by[1]
        sample_lines = sum(p.sample_qty for p in s.pos)
        assert sample_lines <= s.sample_allowance

    @invariant()
    def a_signoff_releases_nothing_without_auto_conversion(self):
        s = self.ledger.state
        auto = [r for r in s.releases if r.kind is ReleaseKind.AUTO_CONVERSION]
        assert len(auto) <= 1
        for r in auto:
            assert r.po is not None and r.po_revision is not None

    @invariant()
    def a_stop_denies_everything(self):
        s = self.ledger.state
        if s.stopped:
            assert not gate(s, 1).allowed and not gate(s, 1, material=True).allowed


RegisterMachine.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_register_machine = RegisterMachine.TestCase
