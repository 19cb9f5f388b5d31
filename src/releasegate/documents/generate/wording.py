"""The wording of each document, built from an order's recorded state. Pure: no I/O.

Each document is a title and a list of sections (a label and its sentences); ``render`` lays it
out as plain text, Markdown or HTML with Jinja2 templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from releasegate.domain.errors import BadInput
from releasegate.domain.orders import OrderState, Release
from releasegate.domain.vocabulary import Basis, MaterialMode, ReleaseKind, UnlockEvent

DOCS = ("po-note", "hold", "release", "stop", "material")


@dataclass(frozen=True)
class Section:
    label: str
    text: str


@dataclass(frozen=True)
class Document:
    title: str
    reference: str
    sections: tuple[Section, ...]


def build(state: OrderState, doc: str) -> Document:
    builders = {
        "po-note": po_note,
        "hold": hold_notice,
        "release": release_notice,
        "stop": stop_notice,
        "material": material_statement,
    }
    if doc not in builders:
        raise BadInput(f"--doc must be one of {', '.join(DOCS)}, not {doc!r}")
    return builders[doc](state)


def _reference(state: OrderState) -> str:
    part = f"part {state.part}" + (f" rev {state.rev}" if state.rev else "")
    pos = ", ".join(f"PO {p.number} rev {p.revision}" for p in state.pos) or "no PO yet"
    return f"Order {state.order}, {part}; {pos}; buyer {state.buyer}, supplier {state.supplier}"


def _units(n: int) -> str:
    return f"{n} unit" if n == 1 else f"{n} units"


def _basis_sentence(state: OrderState) -> str:
    qty = _units(state.production_qty)
    if state.basis == Basis.FORECAST.value:
        return (
            f"The quoted production quantity of {qty} is a forecast for planning only: "
            "it is not an order, a commitment or a release."
        )
    if state.basis == Basis.FIRM.value:
        return (
            f"The quoted production quantity of {qty} is firm: the buyer intends to order it, "
            "but it is not released until the release below is given in writing."
        )
    return (
        f"The quoted production quantity of {qty} is open: not decided, not ordered and "
        "not released."
    )


def _unlock_sentence(state: OrderState) -> str:
    authority = (
        state.terms.authority if state.terms and state.terms.authority else None
    ) or f"a release authority of {state.buyer}"
    event = state.unlock_event
    trigger = {
        UnlockEvent.SAMPLE_SIGNOFF: f"an approved sample sign-off by {state.buyer} engineering",
        UnlockEvent.INTERNAL_APPROVAL: f"{state.buyer}'s internal approval",
        UnlockEvent.REVISED_PO: "a revised PO",
        UnlockEvent.WRITTEN_RELEASE: "a written release",
    }[event]
    return (
        f"The balance is released only after {trigger} ({event.value}), and then only by a "
        f"written release from {authority} that names the quantity. Nothing else releases it: "
        "not this PO, not its acknowledgement, not payment"
        + (", not a sample approval on its own." if event is UnlockEvent.SAMPLE_SIGNOFF else ".")
    )


def _auto_conversion_sentence(state: OrderState) -> str | None:
    terms = state.terms
    if terms is None or not terms.auto_convert:
        return None
    qty = _units(terms.auto_convert)
    return (
        f"Stated auto-conversion: an approved sample sign-off releases {qty} "
        f"by itself (stated on PO {terms.auto_convert_po} rev {terms.auto_convert_revision} by "
        f"{terms.auto_convert_by}). No other quantity converts."
    )


def _material_sentence(state: OrderState) -> str:
    terms = state.terms
    authorized = state.material_authorized
    if terms is not None and terms.material_mode is MaterialMode.STAGED:
        return (
            f"Material authority: staged. The supplier may buy material for up to "
            f"{_units(authorized)} at the buyer's liability (staged {terms.material_qty} on PO "
            f"{terms.po} rev {terms.revision}); material for more is at the supplier's own risk."
        )
    return (
        f"Material authority: sample-only. The supplier may buy material for the released "
        f"quantity only ({_units(authorized)}); material for the balance is at the supplier's own "
        "risk."
    )


def po_note(state: OrderState) -> Document:
    released = state.released
    production = state.production_released
    active = _units(released)
    if production:
        active += f" ({state.sample_released} samples and {production} production)"
    elif released:
        active += " (samples only)"
    balance = max(0, state.sample_qty + state.production_qty - released)
    sections = [
        Section(
            "Authorized now",
            f"Authorized for production now: {active}. "
            f"Commercial cover on live PO lines: {_units(state.covered)}.",
        ),
        Section(
            "Not released",
            f"The remaining {_units(balance)} are NOT released and stay on hold. A PO line "
            "for production is commercial cover only: it is not authority to produce."
            + (" " + _basis_sentence(state) if state.production_qty else ""),
        ),
        Section(
            "What to do now",
            f"Build {_units(max(state.released - state.produced, 0))} and no more"
            + (" (the samples), and send them for review." if not production else ".")
            + " Do not start the balance or buy material for it. "
            + _material_sentence(state),
        ),
        Section("What releases the balance", _unlock_sentence(state)),
    ]
    auto = _auto_conversion_sentence(state)
    if auto:
        sections.append(Section("Auto-conversion", auto))
    if state.terms is not None and state.terms.second_approver:
        sections.append(
            Section(
                "Second approver",
                "A release beyond the samples needs two different release-authority members.",
            )
        )
    return Document("PO scope note", _reference(state), tuple(sections))


def hold_notice(state: OrderState) -> Document:
    on_hold = state.on_hold
    return Document(
        "Hold notice",
        _reference(state),
        (
            Section(
                "On hold",
                f"{_units(on_hold)} of this order are on hold and NOT released. Released so far: "
                f"{_units(state.released)}; produced: {_units(state.produced)}.",
            ),
            Section(
                "What this means",
                "Do not start production or buy material for the quantity on hold. "
                + _material_sentence(state),
            ),
            Section("What releases it", _unlock_sentence(state)),
        ),
    )


def release_notice(state: OrderState) -> Document:
    releases = [r for r in state.releases if r.kind is not ReleaseKind.SAMPLE]
    if not releases:
        raise BadInput(f"order {state.order} has no production release yet: nothing to notify")
    latest = releases[-1]
    return Document(
        f"Release notice {latest.number}",
        _reference(state),
        (
            Section(
                "Released",
                f"{_units(latest.qty)} of part {state.part} are released for production under "
                f"{latest.number}. Total released now: {_units(state.released)}; still on hold: "
                f"{_units(state.on_hold)}.",
            ),
            Section("Authority", _authority_sentence(latest)),
            Section(
                "What to do now",
                f"Build up to {_units(max(state.released - state.produced, 0))} more "
                f"({state.released} released, {state.produced} produced). "
                + _material_sentence(state),
            ),
        ),
    )


def _authority_sentence(release: Release) -> str:
    by = " and ".join(release.authorized_by)
    if release.kind is ReleaseKind.AUTO_CONVERSION:
        basis = f"an approved sample sign-off under the auto-conversion {release.ref}"
    elif release.waived:
        basis = f"a waiver of the unlock event {release.event}, for this reason: {release.reason}"
    else:
        basis = f"the unlock event {release.event}"
    evidence = f" Evidence: {release.ref}." if release.ref and not release.waived else ""
    po = f" Covered by PO {release.po} rev {release.po_revision}." if release.po else ""
    return f"Released on {basis}; authorized in writing by {by} on {release.at[:10]}.{evidence}{po}"


def stop_notice(state: OrderState) -> Document:
    if not state.stopped:
        raise BadInput(f"order {state.order} is not stopped: no stop notice to write")
    return Document(
        "Stop notice",
        _reference(state),
        (
            Section(
                "Stop",
                f"{state.buyer} stops this order as of {(state.stopped_at or '')[:10]} "
                f"(by {state.stopped_by}): {state.stop_reason}.",
            ),
            Section(
                "What this means",
                "Start nothing more and buy no more material, released or not, until the stop "
                f"is lifted in writing. Released so far: {_units(state.released)}; produced: "
                f"{_units(state.produced)}.",
            ),
        ),
    )


def material_statement(state: OrderState) -> Document:
    return Document(
        "Material authority statement",
        _reference(state),
        (
            Section("Material authority", _material_sentence(state)),
            Section(
                "Position",
                f"Authorized: {_units(state.material_authorized)}; bought so far: "
                f"{_units(state.material_bought)}; released for production: "
                f"{_units(state.released)}.",
            ),
        ),
    )
