"""The gate: may the supplier start N more units, or buy material for N? Pure and O(1)."""

from __future__ import annotations

from dataclasses import dataclass

from releasegate.domain.errors import OVER_MATERIAL, OVER_PRODUCTION, STOPPED, BadInput
from releasegate.domain.orders import OrderState, Release
from releasegate.domain.vocabulary import MaterialMode


@dataclass(frozen=True)
class GateAnswer:
    allowed: bool
    rule: str | None  # the rule that denies, None when allowed
    reason: str
    documents: tuple[str, ...]  # the documents that authorize it: POs with revision, releases


def gate(state: OrderState, qty: int, material: bool = False) -> GateAnswer:
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


def _material_gate(state: OrderState, qty: int) -> GateAnswer:
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
    terms = state.terms
    if end > state.released and terms is not None and terms.material_mode is MaterialMode.STAGED:
        docs.append(
            f"material authority staged {terms.material_qty} on PO {terms.po} rev {terms.revision}"
        )
    return GateAnswer(
        True,
        None,
        f"material for {qty} within the material authority of {authorized} "
        f"({state.material_bought} bought)",
        tuple(docs),
    )


def _releases_spanning(releases: tuple[Release, ...], start: int, end: int) -> list[Release]:
    """The releases that authorize units start+1 .. end, taken in the order they were granted."""
    used: list[Release] = []
    total = 0
    for release in releases:
        lo, total = total, total + release.qty
        if total > start and lo < end:
            used.append(release)
    return used


def _documents(releases: list[Release]) -> tuple[str, ...]:
    pos: list[str] = []
    for release in releases:
        if release.po is not None:
            name = f"PO {release.po} rev {release.po_revision}"
            if name not in pos:
                pos.append(name)
    return (*pos, *(f"release {r.number}" for r in releases))
