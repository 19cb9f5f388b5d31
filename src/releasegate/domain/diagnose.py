"""Which release problem is this order in (product.md's five cases), why, and the next step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from releasegate.domain.authority import Member
from releasegate.domain.orders import OrderState
from releasegate.domain.vocabulary import Basis, Disposition, Role, UnlockEvent

SAMPLE_PO_ONLY = "sample-po-only"
PO_NOT_RELEASE = "po-not-release"
SAMPLE_APPROVED_FIRST = "sample-approved-first"
FORECAST_OVER_RELEASE = "forecast-over-release"
WRITTEN_HOLD = "written-hold"
CLEAR = "clear"
CASES = (
    SAMPLE_PO_ONLY,
    PO_NOT_RELEASE,
    SAMPLE_APPROVED_FIRST,
    FORECAST_OVER_RELEASE,
    WRITTEN_HOLD,
    CLEAR,
)


@dataclass(frozen=True)
class Diagnosis:
    case: str
    why: str
    next: str


def diagnose(
    state: OrderState,
    members: Mapping[Role, Sequence[Member]] | None = None,
    today: dt.date | None = None,
) -> Diagnosis:
    """Classify ``state``. ``members`` lists the order's members per role, so that the next
    step is an exact command with a member who may run it (within their release limit)."""
    who = members or {}
    o = state.order
    named = state.terms.authority if state.terms and state.terms.authority else None
    authorities = list(who.get(Role.RELEASE_AUTHORITY, ()))
    chosen = next((m for m in authorities if m.name == named), None) if named else None
    chosen = chosen or (None if named else (authorities[0] if authorities else None))
    authority = named or (chosen.name if chosen else None)
    limit = chosen.release_limit if chosen else None

    def cmd(text: str, role: Role | None = None, name: str | None = None) -> str:
        found = who.get(role, ()) if role else ()
        actor = name or (found[0].name if found else None)
        return f"releasegate {text}" + (f" --as {actor}" if actor else "")

    case, why, step = _classify(state, _Authority(authority, limit), cmd, today)
    if state.stopped:
        why = f"a stop is in force ({state.stop_reason}), so the gate denies everything; " + why
        step = cmd(f"resume {o}", Role.RELEASE_AUTHORITY, authority) + " (when the stop is lifted)"
    elif state.pending:
        p = state.pending[0]
        others = [m.name for m in authorities if m.name != p.proposed_by]
        step = (
            cmd(f"release {o} --approve {p.number}", None, others[0] if others else None)
            + f" (a release-authority member other than {p.proposed_by} approves {p.qty})"
        )
    return Diagnosis(case, why, step)


@dataclass(frozen=True)
class _Authority:
    name: str | None
    limit: int | None


def _classify(
    state: OrderState, authority: _Authority, cmd: _Cmd, today: dt.date | None
) -> tuple[str, str, str]:
    o = state.order
    production_released = state.production_released
    balance = state.production_qty - production_released
    signoff = state.signoff
    unlock = state.unlock_event
    if not state.pos:
        return (
            SAMPLE_PO_ONLY,
            "no PO yet: nothing is covered or released",
            cmd(
                f"po issue PO-NUMBER --order {o} --sample {state.sample_qty} "
                f"--unlock sample-signoff",
                Role.PURCHASING,
            )
            + " (a sample PO; the balance stays on hold)",
        )
    if balance <= 0 and production_released > 0:
        return (
            CLEAR,
            f"production is released ({state.released} of {state.sample_qty + state.production_qty}"
            " quoted) and nothing is pending",
            f"build within the release; check each start with releasegate gate {o} --qty N",
        )
    approved = signoff is not None and signoff.disposition in (
        Disposition.APPROVED,
        Disposition.INTERIM,
    )
    release_cmd = _release_step(state, balance, authority, cmd, today)
    if state.basis == Basis.FORECAST.value and production_released > 0:
        return (
            FORECAST_OVER_RELEASE,
            f"the quoted {state.production_qty} is a forecast; only {production_released} is "
            f"released and {balance} production units are not",
            "treat the forecast as planning only; release more as firm demand comes: "
            + release_cmd,
        )
    if approved and signoff is not None:
        if unlock is UnlockEvent.SAMPLE_SIGNOFF:
            return (
                SAMPLE_APPROVED_FIRST,
                f"samples are {signoff.disposition.value} (round {signoff.round}) but the "
                f"balance of {balance} is not released: a sign-off releases nothing by itself",
                release_cmd,
            )
        return (
            WRITTEN_HOLD,
            f"samples are {signoff.disposition.value}, but production authority needs its own "
            f"trigger: {unlock.value}" + (f" by {authority.name}" if authority.name else ""),
            release_cmd,
        )
    if state.production_cover > production_released:
        return (
            PO_NOT_RELEASE,
            f"live PO lines cover {state.covered} but only {state.released} is released; "
            f"the PO is commercial cover, not production authority for the other "
            f"{state.covered - state.released}",
            _unlock_step(state, cmd, release_cmd),
        )
    return (
        SAMPLE_PO_ONLY,
        f"the PO covers the {state.sample_cover} samples only; the balance of {balance} "
        "stays closed",
        _unlock_step(state, cmd, release_cmd),
    )


def _release_step(
    state: OrderState, balance: int, authority: _Authority, cmd: _Cmd, today: dt.date | None
) -> str:
    """Release the balance, within the authority's limit and an interim sign-off's limits;
    where no PO covers it yet, revise the PO first."""
    o = state.order
    signoff = state.signoff
    qty, notes = balance, list[str]()
    if signoff is not None and signoff.disposition is Disposition.INTERIM:
        if signoff.until and today and today > dt.date.fromisoformat(signoff.until):
            return (
                cmd(f"signoff {o} --disposition approved", Role.ENGINEERING)
                + f" (the interim sign-off expired on {signoff.until})"
            )
        if signoff.qty_limit is not None:
            room = signoff.qty_limit - state.production_released
            if room <= 0:
                return cmd(f"signoff {o} --disposition approved", Role.ENGINEERING) + (
                    f" (the interim sign-off's {signoff.qty_limit} units are all released)"
                )
            if room < qty:
                qty, notes = room, [*notes, f"the interim sign-off allows {room} more"]
    if authority.limit is not None and authority.limit < qty:
        qty = authority.limit
        notes.append(f"{authority.name}'s release limit is {authority.limit} per release")
    release = cmd(
        f"release {o} --qty {qty} --event {state.unlock_event.value} --ref EVIDENCE",
        Role.RELEASE_AUTHORITY,
        authority.name,
    ) + (f" ({'; '.join(notes)})" if notes else "")
    if state.covered - state.released >= qty:
        return release
    po = state.pos[-1]
    cover = po.production_qty + qty - (state.covered - state.released)
    revise = cmd(f"po revise {po.number} --order {o} --production {cover}", Role.PURCHASING)
    return f"{revise} (cover it first), then {release}"


def _unlock_step(state: OrderState, cmd: _Cmd, release_cmd: str) -> str:
    o = state.order
    unlock = state.unlock_event
    if state.signoff is not None and state.signoff.disposition is Disposition.REJECTED:
        return cmd(f"sample-round {o}", Role.ENGINEERING) + " (the samples were rejected)"
    if unlock is UnlockEvent.SAMPLE_SIGNOFF:
        return (
            cmd(f"signoff {o} --disposition approved", Role.ENGINEERING)
            + " when the samples pass; then "
            + release_cmd
        )
    terms = state.terms
    if (
        unlock is UnlockEvent.REVISED_PO
        and terms is not None
        and state.last_po_change_seq <= terms.stated_at_seq
    ):
        return cmd(f"po revise {terms.po} --order {o} --production N", Role.PURCHASING)
    return release_cmd


class _Cmd(Protocol):  # the shape of the local ``cmd`` helper
    def __call__(self, text: str, role: Role | None = None, name: str | None = None) -> str: ...
