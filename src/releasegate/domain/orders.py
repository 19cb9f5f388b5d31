"""An order's state, folded from its events. Every figure is derived from the ledger."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from releasegate.domain import events as ev
from releasegate.domain.vocabulary import Disposition, MaterialMode, ReleaseKind, UnlockEvent


@dataclass(frozen=True)
class PurchaseOrder:
    """One PO on the order: its current revision's lines and what the supplier acknowledged."""

    number: str
    revision: int
    sample_qty: int
    production_qty: int
    acknowledged_revision: int | None = None

    @property
    def cover(self) -> int:
        return self.sample_qty + self.production_qty


@dataclass(frozen=True)
class Terms:
    """The release terms in force, and the PO revision that stated them."""

    po: str
    revision: int
    unlock_event: UnlockEvent
    authority: str | None
    material_mode: MaterialMode
    material_qty: int
    auto_convert: int
    second_approver: bool
    stated_at_seq: int  # when the unlock event in force was first named (for revised-po)
    auto_convert_by: str | None = None  # who stated the auto-conversion in force
    auto_convert_po: str | None = None
    auto_convert_revision: int | None = None


@dataclass(frozen=True)
class Release:
    number: str
    qty: int
    kind: ReleaseKind
    event: str
    ref: str | None
    waived: bool
    reason: str | None
    authorized_by: tuple[str, ...]
    po: str | None
    po_revision: int | None
    at: str


@dataclass(frozen=True)
class Proposal:
    """A release awaiting its second approver."""

    number: str
    qty: int
    event: str
    ref: str | None
    waived: bool
    reason: str | None
    proposed_by: str
    at: str


@dataclass(frozen=True)
class Signoff:
    disposition: Disposition
    round: int
    qty_limit: int | None
    until: str | None
    by: str
    at: str


@dataclass(frozen=True)
class OrderState:
    order: str
    buyer: str
    supplier: str
    part: str
    rev: str
    sample_qty: int
    production_qty: int
    basis: str
    quote_ref: str | None = None
    sample_price: str | None = None
    production_price: str | None = None
    currency: str | None = None
    pos: tuple[PurchaseOrder, ...] = ()
    terms: Terms | None = None
    last_po_change_seq: int = 0
    releases: tuple[Release, ...] = ()
    pending: tuple[Proposal, ...] = ()
    release_counter: int = 0
    signoff: Signoff | None = None
    sample_round: int = 1
    stopped: bool = False
    stop_reason: str | None = None
    stopped_by: str | None = None
    stopped_at: str | None = None
    material_bought: int = 0
    produced: int = 0
    shipped: int = 0
    seq: int = 0
    created_at: str = ""
    created_by: str = ""

    # ---- derived figures -------------------------------------------------------------------
    @property
    def covered(self) -> int:
        return sum(po.cover for po in self.pos)

    @property
    def sample_cover(self) -> int:
        return sum(po.sample_qty for po in self.pos)

    @property
    def production_cover(self) -> int:
        return sum(po.production_qty for po in self.pos)

    @property
    def released(self) -> int:
        return sum(r.qty for r in self.releases)

    @property
    def sample_released(self) -> int:
        return sum(r.qty for r in self.releases if r.kind is ReleaseKind.SAMPLE)

    @property
    def production_released(self) -> int:
        return self.released - self.sample_released

    @property
    def sample_allowance(self) -> int:
        """Sample units the quote allows so far: one sample lot per sample round."""
        return self.sample_qty * self.sample_round

    @property
    def material_authorized(self) -> int:
        staged = 0
        if self.terms is not None and self.terms.material_mode is MaterialMode.STAGED:
            staged = self.terms.material_qty
        return max(self.released, staged)

    @property
    def on_hold(self) -> int:
        return max(0, self.sample_qty + self.production_qty - self.released)

    @property
    def may_start(self) -> int:
        return 0 if self.stopped else self.released - self.produced

    @property
    def pending_auto_conversion(self) -> int:
        """Units an approved sign-off would still release by itself under the stated terms."""
        if self.terms is None or self.terms.auto_convert == 0:
            return 0
        if any(r.kind is ReleaseKind.AUTO_CONVERSION for r in self.releases):
            return 0
        return self.terms.auto_convert

    @property
    def unlock_event(self) -> UnlockEvent:
        return self.terms.unlock_event if self.terms else UnlockEvent.WRITTEN_RELEASE

    def po(self, number: str) -> PurchaseOrder | None:
        for po in self.pos:
            if po.number == number:
                return po
        return None

    def figures(self) -> dict[str, Any]:
        """The figures the projection stores and ``verify`` compares."""
        return {
            "covered": self.covered,
            "released": self.released,
            "produced": self.produced,
            "shipped": self.shipped,
            "material_authorized": self.material_authorized,
            "material_bought": self.material_bought,
            "stopped": self.stopped,
            "signoff": self.signoff.disposition.value if self.signoff else None,
        }


def updated(state: OrderState, **changes: Any) -> OrderState:
    """A copy of ``state`` with ``changes``: what ``dataclasses.replace`` does, without
    re-running ``__init__`` over every field, which was most of a posting's cost."""
    unknown = changes.keys() - _STATE_FIELDS
    if unknown:
        raise TypeError(f"OrderState has no field {', '.join(sorted(unknown))}")
    new = object.__new__(OrderState)
    new.__dict__.update(state.__dict__, **changes)
    return new


_STATE_FIELDS = frozenset(f.name for f in dataclasses.fields(OrderState))


def start(created: ev.OrderCreated, at: str, by: str) -> OrderState:
    return OrderState(
        order=created.order,
        buyer=created.buyer,
        supplier=created.supplier,
        part=created.part,
        rev=created.rev,
        sample_qty=created.sample_qty,
        production_qty=created.production_qty,
        basis=created.basis,
        quote_ref=created.quote_ref,
        sample_price=created.sample_price,
        production_price=created.production_price,
        currency=created.currency,
        seq=1,
        created_at=at,
        created_by=by,
    )


def evolve(state: OrderState, event: ev.Event, at: str, by: str) -> OrderState:
    """The state after ``event``: a pure fold step, no checks (``decide`` already made them)."""
    seq = state.seq + 1
    match event:
        case ev.POIssued():
            po = PurchaseOrder(event.po, event.revision, event.sample_qty, event.production_qty)
            return updated(state, pos=(*state.pos, po), last_po_change_seq=seq, seq=seq)
        case ev.PORevised():
            pos = tuple(
                dataclasses.replace(
                    p,
                    revision=event.revision,
                    sample_qty=event.sample_qty,
                    production_qty=event.production_qty,
                )
                if p.number == event.po
                else p
                for p in state.pos
            )
            return updated(state, pos=pos, last_po_change_seq=seq, seq=seq)
        case ev.TermsStated():
            old = state.terms
            stated_at = seq
            if old is not None and old.unlock_event.value == event.unlock_event:
                stated_at = old.stated_at_seq
            provenance: tuple[str | None, str | None, int | None] = (None, None, None)
            if event.auto_convert:
                if old is not None and old.auto_convert == event.auto_convert:
                    provenance = (
                        old.auto_convert_by,
                        old.auto_convert_po,
                        old.auto_convert_revision,
                    )
                else:
                    provenance = (by, event.po, event.revision)
            terms = Terms(
                po=event.po,
                revision=event.revision,
                unlock_event=UnlockEvent(event.unlock_event),
                authority=event.authority,
                material_mode=MaterialMode(event.material_mode),
                material_qty=event.material_qty,
                auto_convert=event.auto_convert,
                second_approver=event.second_approver,
                stated_at_seq=stated_at,
                auto_convert_by=provenance[0],
                auto_convert_po=provenance[1],
                auto_convert_revision=provenance[2],
            )
            return updated(state, terms=terms, seq=seq)
        case ev.POAcknowledged():
            pos = tuple(
                dataclasses.replace(p, acknowledged_revision=event.revision)
                if p.number == event.po
                else p
                for p in state.pos
            )
            return updated(state, pos=pos, seq=seq)
        case ev.SampleSignedOff():
            signoff = Signoff(
                Disposition(event.disposition), event.round, event.qty_limit, event.until, by, at
            )
            return updated(state, signoff=signoff, seq=seq)
        case ev.SampleRoundOpened():
            return updated(state, sample_round=event.round, signoff=None, seq=seq)
        case ev.ReleaseProposed():
            proposal = Proposal(
                event.release,
                event.qty,
                event.event,
                event.ref,
                event.waived,
                event.reason,
                event.proposed_by,
                at,
            )
            return updated(
                state,
                pending=(*state.pending, proposal),
                release_counter=_counter(event.release, state.release_counter),
                seq=seq,
            )
        case ev.QuantityReleased():
            release = Release(
                event.release,
                event.qty,
                ReleaseKind(event.kind),
                event.event,
                event.ref,
                event.waived,
                event.reason,
                tuple(event.authorized_by),
                event.po,
                event.po_revision,
                at,
            )
            return updated(
                state,
                releases=(*state.releases, release),
                pending=tuple(p for p in state.pending if p.number != event.release),
                release_counter=_counter(event.release, state.release_counter),
                seq=seq,
            )
        case ev.OrderStopped():
            return updated(
                state, stopped=True, stop_reason=event.reason, stopped_by=by, stopped_at=at, seq=seq
            )
        case ev.OrderResumed():
            return updated(
                state, stopped=False, stop_reason=None, stopped_by=None, stopped_at=None, seq=seq
            )
        case ev.MaterialBought():
            return updated(state, material_bought=state.material_bought + event.qty, seq=seq)
        case ev.ProductionRecorded():
            return updated(state, produced=state.produced + event.qty, seq=seq)
        case ev.ShipmentRecorded():
            return updated(state, shipped=state.shipped + event.qty, seq=seq)
    raise ValueError(f"cannot fold {event.type} into an existing order")


def _counter(release_number: str, current: int) -> int:
    return max(current, int(release_number.rsplit("-", 1)[1]))


def fold(history: list[tuple[ev.Event, str, str]]) -> OrderState:
    """Fold a whole history of (event, at, by) from the order's creation."""
    first, at, by = history[0]
    if not isinstance(first, ev.OrderCreated):
        raise ValueError("an order's history must start with OrderCreated")
    state = start(first, at, by)
    for event, at, by in history[1:]:
        state = evolve(state, event, at, by)
    return state
