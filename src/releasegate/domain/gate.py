"""The gate: may the supplier start N more units, or buy material for N? Pure and O(1)."""

from __future__ import annotations

from dataclasses import dataclass

from releasegate.domain.errors import OVER_MATERIAL, OVER_PRODUCTION, STOPPED, BadInput
from releasegate.domain.orders import OrderState
from releasegate.domain.vocabulary import MaterialMode

# One release as the gate cites it: (number, quantity, PO number, PO revision).
ReleaseRef = tuple[str, int, str | None, int | None]


@dataclass(frozen=True)
class GateAnswer:
    allowed: bool
    rule: str | None  # the rule that denies, None when allowed
    reason: str
    documents: tuple[str, ...]  # the documents that authorize it: POs with revision, releases


@dataclass(frozen=True)
class GateView:
    """Just what the gate reads: the projection stores it so a gate decodes no whole state."""

    order: str
    buyer: str
    supplier: str
    stopped: bool
    stop_reason: str | None
    released: int
    produced: int
    material_authorized: int
    material_bought: int
    releases: tuple[ReleaseRef, ...]
    staged: tuple[int, str, int] | None  # staged material: (quantity, PO, revision)

    def documents_data(self) -> dict[str, object]:
        """The part of the view that is not a figure column, as stored (JSON-ready)."""
        return {"releases": [list(r) for r in self.releases], "staged": self.staged}


def gate_view(state: OrderState) -> GateView:
    terms = state.terms
    staged = None
    if terms is not None and terms.material_mode is MaterialMode.STAGED:
        staged = (terms.material_qty, terms.po, terms.revision)
    return GateView(
        order=state.order,
        buyer=state.buyer,
        supplier=state.supplier,
        stopped=state.stopped,
        stop_reason=state.stop_reason,
        released=state.released,
        produced=state.produced,
        material_authorized=state.material_authorized,
        material_bought=state.material_bought,
        releases=tuple((r.number, r.qty, r.po, r.po_revision) for r in state.releases),
        staged=staged,
    )


def gate(subject: OrderState | GateView, qty: int, material: bool = False) -> GateAnswer:
    state = gate_view(subject) if isinstance(subject, OrderState) else subject
    if qty <= 0:
        raise BadInput(f"--qty must be a positive whole number, not {qty}")
    if state.stopped:
        return GateAnswer(
            False, STOPPED, f"order {state.order} is stopped: {state.stop_reason}", ()
        )
    if material:
        return _material_gate(state, qty)
    room = state.released - state.produced
    if qty > room:
        return GateAnswer(
            False,
            OVER_PRODUCTION,
            f"{qty} more would exceed the {state.released} released "
            f"({state.produced} produced, {max(room, 0)} may start)",
            (),
        )
    used = _releases_spanning(state.releases, state.produced, state.produced + qty)
    return GateAnswer(
        True,
        None,
        f"{qty} within the {state.released} released ({state.produced} produced)",
        _documents(used),
    )


def _material_gate(state: GateView, qty: int) -> GateAnswer:
    authorized = state.material_authorized
    room = authorized - state.material_bought
    if qty > room:
        return GateAnswer(
            False,
            OVER_MATERIAL,
            f"material for {qty} more would exceed the material authority of {authorized} "
            f"({state.material_bought} bought, {max(room, 0)} may be bought)",
            (),
        )
    start, end = state.material_bought, state.material_bought + qty
    used = _releases_spanning(state.releases, start, min(end, state.released))
    docs = list(_documents(used))
    if end > state.released and state.staged is not None:
        staged_qty, po, revision = state.staged
        docs.append(f"material authority staged {staged_qty} on PO {po} rev {revision}")
    return GateAnswer(
        True,
        None,
        f"material for {qty} within the material authority of {authorized} "
        f"({state.material_bought} bought)",
        tuple(docs),
    )


def _releases_spanning(releases: tuple[ReleaseRef, ...], start: int, end: int) -> list[ReleaseRef]:
    """The releases that authorize units start+1 .. end, taken in the order they were granted."""
    used: list[ReleaseRef] = []
    total = 0
    for release in releases:
        lo, total = total, total + release[1]
        if total > start and lo < end:
            used.append(release)
    return used


def _documents(releases: list[ReleaseRef]) -> tuple[str, ...]:
    pos: list[str] = []
    for _, _, po, revision in releases:
        if po is not None:
            name = f"PO {po} rev {revision}"
            if name not in pos:
                pos.append(name)
    return (*pos, *(f"release {r[0]}" for r in releases))
