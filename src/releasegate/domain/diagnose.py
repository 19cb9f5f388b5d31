"""Which release problem is this order in (product.md's five cases), why, and the next step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

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


def diagnose(state: OrderState, members: dict[Role, str] | None = None) -> Diagnosis:
    """Classify ``state``; ``members`` names a buyer member per role, to write exact commands."""
    who = members or {}
    o = state.order
    authority = state.terms.authority if state.terms and state.terms.authority else None
    authority = authority or who.get(Role.RELEASE_AUTHORITY)

    def cmd(text: str, role: Role | None = None, name: str | None = None) -> str:
        actor = name or (who.get(role) if role else None)
        return f"releasegate {text}" + (f" --as {actor}" if actor else "")

    case, why, step = _classify(state, authority, cmd)
    if state.stopped:
        why = f"a stop is in force ({state.stop_reason}), so the gate denies everything; " + why
        step = cmd(f"resume {o}", Role.RELEASE_AUTHORITY, authority) + " (when the stop is lifted)"
    elif state.pending:
        p = state.pending[0]
        step = (
            cmd(f"release {o} --approve {p.number}", Role.RELEASE_AUTHORITY)
            + f" (a release-authority member other than {p.proposed_by} approves {p.qty})"
        )
    return Diagnosis(case, why, step)


def _classify(state: OrderState, authority: str | None, cmd: _Cmd) -> tuple[str, str, str]:
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
    release_cmd = _release_step(state, balance, authority, cmd)
    if state.basis == Basis.FORECAST.value and production_released > 0:
        return (
            FORECAST_OVER_RELEASE,
            f"the quoted {state.production_qty} is a forecast; only {production_released} is "
            f"released and {balance} stays on hold",
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
            f"trigger: {unlock.value}" + (f" by {authority}" if authority else ""),
            release_cmd,
        )
    if state.production_cover > production_released:
        return (
            PO_NOT_RELEASE,
            f"live PO lines cover {state.covered} but only {state.released} is released; "
            f"the PO is commercial cover, not production authority for the other "
            f"{state.covered - state.released}",
            _unlock_step(state, authority, cmd, release_cmd),
        )
    return (
        SAMPLE_PO_ONLY,
        f"the PO covers the {state.sample_cover} samples only; the balance of {balance} "
        "stays closed",
        _unlock_step(state, authority, cmd, release_cmd),
    )


def _release_step(state: OrderState, balance: int, authority: str | None, cmd: _Cmd) -> str:
    """Release the balance; where no PO covers it yet, revise the PO first."""
    o = state.order
    release = cmd(
        f"release {o} --qty {balance} --event {state.unlock_event.value} --ref EVIDENCE",
        Role.RELEASE_AUTHORITY,
        authority,
    )
    if state.covered - state.released >= balance:
        return release
    po = state.pos[-1]
    cover = po.production_qty + balance - (state.covered - state.released)
    revise = cmd(f"po revise {po.number} --order {o} --production {cover}", Role.PURCHASING)
    return f"{revise} (cover the balance first), then {release}"


def _unlock_step(state: OrderState, authority: str | None, cmd: _Cmd, release_cmd: str) -> str:
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
