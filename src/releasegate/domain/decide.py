"""The one function that decides: ``decide(state, command) -> events`` or a refusal naming the rule.

Every invariant of product.md is checked here, once, in a ``check_*`` guard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from releasegate.domain import commands as cmd
from releasegate.domain import events as ev
from releasegate.domain.authority import Member, check_any_role, check_role, check_within_limit
from releasegate.domain.errors import (
    ALREADY_ACKNOWLEDGED,
    COVER_BELOW_RELEASED,
    DUPLICATE,
    NEEDS_SECOND_APPROVER,
    NO_REJECTION,
    NOT_AUTHORIZED,
    NOT_STOPPED,
    OVER_MATERIAL,
    OVER_PRODUCTION,
    OVER_RELEASE,
    OVER_SHIPMENT,
    STOPPED,
    UNLOCK_EVENT_MISSING,
    BadInput,
    NotFound,
    Refused,
)
from releasegate.domain.orders import OrderState, PurchaseOrder, Terms
from releasegate.domain.vocabulary import (
    Disposition,
    MaterialMode,
    ReleaseKind,
    Role,
    UnlockEvent,
)

DEFAULT_UNLOCK = UnlockEvent.WRITTEN_RELEASE


def decide(state: OrderState | None, command: cmd.Command, today: dt.date) -> list[ev.Event]:
    """The events ``command`` produces on ``state``, or ``Refused``/``BadInput`` saying why not."""
    if isinstance(command, cmd.CreateOrder):
        if state is not None:
            raise Refused(DUPLICATE, f"order {command.order} already exists")
        return _create_order(command)
    if state is None:
        raise BadInput("no such order")
    handler = _HANDLERS.get(type(command))
    if handler is None:
        raise BadInput(f"unknown command {type(command).__name__}")
    return handler(state, command, today)


# ---- guards ---------------------------------------------------------------------------------


def check_quantity(qty: int, what: str = "quantity", allow_zero: bool = False) -> None:
    if qty < 0 or (qty == 0 and not allow_zero):
        need = "zero or more" if allow_zero else "a positive whole number"
        raise BadInput(f"{what} must be {need}, not {qty}")


def check_not_stopped(state: OrderState, doing: str) -> None:
    if state.stopped:
        raise Refused(
            STOPPED,
            f"order {state.order} is stopped ({state.stop_reason}); nothing may {doing} "
            "until the stop is lifted",
        )


def check_within_cover(state: OrderState, releasing: int) -> None:
    after = state.released + releasing
    if after > state.covered:
        raise Refused(
            OVER_RELEASE,
            f"releasing {releasing} would make {after} released, above the {state.covered} "
            f"covered by live PO lines; issue or revise a PO first",
        )


def check_within_released(state: OrderState, qty: int) -> None:
    if state.produced + qty > state.released:
        raise Refused(
            OVER_PRODUCTION,
            f"producing {qty} would make {state.produced + qty} produced, above the "
            f"{state.released} released (may start {state.released - state.produced})",
        )


def check_within_material_authority(state: OrderState, qty: int) -> None:
    authorized = state.material_authorized
    if state.material_bought + qty > authorized:
        raise Refused(
            OVER_MATERIAL,
            f"buying material for {qty} would make {state.material_bought + qty} units' worth, "
            f"above the material authority of {authorized}",
        )


def check_within_produced(state: OrderState, qty: int) -> None:
    if state.shipped + qty > state.produced:
        raise Refused(
            OVER_SHIPMENT,
            f"shipping {qty} would make {state.shipped + qty} shipped, above the "
            f"{state.produced} produced",
        )


def check_unlock_event(
    state: OrderState, event: UnlockEvent, qty: int, ref: str | None, today: dt.date
) -> None:
    """Refuse a release beyond the sample quantity unless the PO's unlock event has happened."""
    required = state.unlock_event
    source = _terms_source(state.terms)
    if event is not required:
        raise Refused(
            UNLOCK_EVENT_MISSING,
            f"{source} names {required.value} as the unlock event, not {event.value}",
        )
    if required is UnlockEvent.SAMPLE_SIGNOFF:
        _check_signoff_allows(state, qty, today)
    elif required is UnlockEvent.INTERNAL_APPROVAL:
        if not ref:
            raise Refused(
                UNLOCK_EVENT_MISSING,
                "internal-approval needs its evidence: give the approval's reference with --ref",
            )
    elif required is UnlockEvent.REVISED_PO:
        terms = state.terms
        if terms is None or state.last_po_change_seq <= terms.stated_at_seq:
            raise Refused(
                UNLOCK_EVENT_MISSING,
                f"no PO has been issued or revised since {source} named revised-po "
                "as the unlock event",
            )
    # written-release: this release, by the named authority, is the written release itself.


def _check_signoff_allows(state: OrderState, qty: int, today: dt.date) -> None:
    signoff = state.signoff
    if signoff is None:
        raise Refused(
            UNLOCK_EVENT_MISSING,
            f"no sample sign-off is recorded for sample round {state.sample_round}",
        )
    if signoff.disposition is Disposition.REJECTED:
        raise Refused(UNLOCK_EVENT_MISSING, "the samples were rejected; no sign-off to release on")
    if signoff.disposition is Disposition.INTERIM:
        if signoff.until is not None and today > dt.date.fromisoformat(signoff.until):
            raise Refused(UNLOCK_EVENT_MISSING, f"the interim sign-off expired on {signoff.until}")
        after = state.production_released + qty
        if signoff.qty_limit is not None and after > signoff.qty_limit:
            raise Refused(
                UNLOCK_EVENT_MISSING,
                f"the interim sign-off allows {signoff.qty_limit} production units; "
                f"this release would make {after}",
            )


def _terms_source(terms: Terms | None) -> str:
    return f"PO {terms.po} rev {terms.revision}" if terms else "the order (no terms stated)"


# ---- handlers -------------------------------------------------------------------------------


def _create_order(c: cmd.CreateOrder) -> list[ev.Event]:
    check_role(c.actor, Role.PURCHASING, c.buyer, "create an order")
    check_quantity(c.sample_qty, "sample quantity", allow_zero=True)
    check_quantity(c.production_qty, "production quantity", allow_zero=True)
    if c.sample_qty + c.production_qty == 0:
        raise BadInput("an order needs a sample or a production quantity above zero")
    if c.buyer == c.supplier:
        raise BadInput("buyer and supplier must be different parties")
    return [
        ev.OrderCreated(
            order=c.order,
            buyer=c.buyer,
            supplier=c.supplier,
            part=c.part,
            rev=c.rev,
            sample_qty=c.sample_qty,
            production_qty=c.production_qty,
            basis=c.basis.value,
            quote_ref=c.quote_ref,
            sample_price=c.sample_price,
            production_price=c.production_price,
            currency=c.currency,
        )
    ]


def _issue_po(state: OrderState, c: cmd.IssuePO, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.PURCHASING, state.buyer, "issue a PO")
    if state.po(c.po) is not None:
        raise Refused(DUPLICATE, f"PO {c.po} is already on order {state.order}")
    check_quantity(c.sample_qty, "sample quantity", allow_zero=True)
    check_quantity(c.production_qty, "production quantity", allow_zero=True)
    if c.sample_qty + c.production_qty == 0:
        raise BadInput("a PO needs a sample or a production line above zero")
    new_po = PurchaseOrder(c.po, 0, c.sample_qty, c.production_qty)
    return _po_change(state, c.actor, new_po, ev.POIssued, c.terms)


def _revise_po(state: OrderState, c: cmd.RevisePO, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.PURCHASING, state.buyer, "revise a PO")
    current = state.po(c.po)
    if current is None:
        raise NotFound(f"there is no PO {c.po} on order {state.order}")
    sample = current.sample_qty if c.sample_qty is None else c.sample_qty
    production = current.production_qty if c.production_qty is None else c.production_qty
    check_quantity(sample, "sample quantity", allow_zero=True)
    check_quantity(production, "production quantity", allow_zero=True)
    unchanged = (sample, production) == (current.sample_qty, current.production_qty)
    if unchanged and c.terms.is_empty():
        raise BadInput(f"the revision changes nothing on PO {c.po}")
    revised = PurchaseOrder(c.po, current.revision + 1, sample, production)
    return _po_change(state, c.actor, revised, ev.PORevised, c.terms)


def _po_change(
    state: OrderState,
    actor: Member,
    po: PurchaseOrder,
    event_type: type[ev.POIssued] | type[ev.PORevised],
    change: cmd.TermsChange,
) -> list[ev.Event]:
    """Events for a PO issue or revision: the PO, its terms, and the sample line's release."""
    others = [p for p in state.pos if p.number != po.number]
    cover = sum(p.cover for p in others) + po.cover
    sample_cover = sum(p.sample_qty for p in others) + po.sample_qty
    if sample_cover > state.sample_allowance:
        raise Refused(
            OVER_RELEASE,
            f"sample lines would total {sample_cover}, above the sample quantity "
            f"{state.sample_allowance} (sample round {state.sample_round}); put the rest on a "
            "production line",
        )
    sample_release = max(0, sample_cover - state.sample_released)
    released_after = state.released + sample_release
    if cover < released_after:
        raise Refused(
            COVER_BELOW_RELEASED,
            f"PO {po.number} rev {po.revision} would leave cover at {cover}, below the "
            f"{released_after} already released",
        )
    out: list[ev.Event] = [event_type(po.number, po.revision, po.sample_qty, po.production_qty)]
    terms = _terms_after(state, actor, po, change, cover, released_after)
    if terms is not None:
        out.append(terms)
    staged = _staged_material(state, terms)
    if cover < staged:
        raise Refused(
            COVER_BELOW_RELEASED,
            f"PO {po.number} rev {po.revision} would leave cover at {cover}, below the "
            f"staged material authority of {staged}",
        )
    if max(released_after, staged) < state.material_bought:
        raise Refused(
            OVER_MATERIAL,
            f"PO {po.number} rev {po.revision} would cut the material authority to "
            f"{max(released_after, staged)}, below the {state.material_bought} units' worth "
            "already bought",
        )
    pending_auto = _pending_auto(state, terms)
    if pending_auto and cover < released_after + pending_auto:
        raise Refused(
            COVER_BELOW_RELEASED,
            f"PO {po.number} rev {po.revision} would leave cover at {cover}, below the "
            f"{released_after} released plus the {pending_auto} a sample approval auto-converts",
        )
    if sample_release:
        out.append(
            ev.QuantityReleased(
                release=_next_release(state),
                qty=sample_release,
                kind=ReleaseKind.SAMPLE.value,
                event="po-sample-line",
                ref=f"PO {po.number} rev {po.revision}",
                waived=False,
                reason=None,
                authorized_by=(actor.name,),
                po=po.number,
                po_revision=po.revision,
            )
        )
    return out


def _staged_material(state: OrderState, terms: ev.TermsStated | None) -> int:
    if terms is not None:
        return terms.material_qty if terms.material_mode == MaterialMode.STAGED.value else 0
    current = state.terms
    if current is not None and current.material_mode is MaterialMode.STAGED:
        return current.material_qty
    return 0


def _pending_auto(state: OrderState, terms: ev.TermsStated | None) -> int:
    if terms is None:
        return state.pending_auto_conversion
    if any(r.kind is ReleaseKind.AUTO_CONVERSION for r in state.releases):
        return 0
    return terms.auto_convert


def _terms_after(
    state: OrderState,
    actor: Member,
    po: PurchaseOrder,
    change: cmd.TermsChange,
    cover: int,
    released_after: int,
) -> ev.TermsStated | None:
    """The terms a PO issue or revision states, or None when it leaves them as they are."""
    base = state.terms
    if change.is_empty() and base is not None:
        return None
    if change.authority is not None:
        check_role(
            change.authority, Role.RELEASE_AUTHORITY, state.buyer, "be the release authority"
        )
    mode = change.material_mode or (base.material_mode if base else MaterialMode.SAMPLE_ONLY)
    if mode is MaterialMode.STAGED:
        material_qty = change.material_qty
        if material_qty is None:
            material_qty = base.material_qty if base else 0
        check_quantity(material_qty, "staged material quantity (--material-qty)")
        if material_qty > cover:
            raise Refused(
                OVER_MATERIAL,
                f"staged material for {material_qty} units exceeds the commercial cover of {cover}",
            )
    else:
        if change.material_qty:
            raise BadInput("--material-qty goes with --material staged")
        material_qty = 0
    auto = base.auto_convert if base else 0
    if change.auto_convert is not None and change.auto_convert != auto:
        auto = change.auto_convert
        check_quantity(auto, "auto-conversion quantity", allow_zero=True)
        if auto:
            named = (
                change.authority.name if change.authority else (base.authority if base else None)
            )
            _check_may_state_auto_conversion(state, actor, auto, cover, released_after, named)
    return ev.TermsStated(
        po=po.number,
        revision=po.revision,
        unlock_event=(change.unlock_event or (base.unlock_event if base else DEFAULT_UNLOCK)).value,
        authority=change.authority.name if change.authority else (base.authority if base else None),
        material_mode=mode.value,
        material_qty=material_qty,
        auto_convert=auto,
        second_approver=(
            change.second_approver
            if change.second_approver is not None
            else (base.second_approver if base else False)
        ),
    )


def _check_may_state_auto_conversion(
    state: OrderState,
    actor: Member,
    qty: int,
    cover: int,
    released_after: int,
    named_authority: str | None,
) -> None:
    """Stating auto-conversion is a release decision: an authority within limit and cover."""
    done = [r for r in state.releases if r.kind is ReleaseKind.AUTO_CONVERSION]
    if done:
        raise BadInput(
            f"auto-conversion already released {done[0].qty} under {done[0].number}; "
            "release more with releasegate release"
        )
    check_role(actor, Role.RELEASE_AUTHORITY, state.buyer, "state an auto-conversion")
    if named_authority and named_authority != actor.name:
        raise Refused(
            NOT_AUTHORIZED,
            f"the PO names {named_authority} as the release authority, so only "
            f"{named_authority} may state an auto-conversion, not {actor.name}",
        )
    check_within_limit(actor, qty, "auto-converting")
    if released_after + qty > cover:
        raise Refused(
            OVER_RELEASE,
            f"auto-converting {qty} would make {released_after + qty} released, above the "
            f"{cover} covered by live PO lines",
        )


def _acknowledge_po(state: OrderState, c: cmd.AcknowledgePO, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.SUPPLIER_OPS, state.supplier, "acknowledge a PO")
    po = state.po(c.po)
    if po is None:
        raise NotFound(f"there is no PO {c.po} on order {state.order}")
    if po.acknowledged_revision == po.revision:
        raise Refused(
            ALREADY_ACKNOWLEDGED, f"PO {po.number} rev {po.revision} is already acknowledged"
        )
    return [ev.POAcknowledged(po.number, po.revision)]


def _sign_off(state: OrderState, c: cmd.SignOffSamples, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.ENGINEERING, state.buyer, "sign off samples")
    if c.disposition is Disposition.INTERIM:
        if c.qty_limit is None and c.until is None:
            raise BadInput(
                "an interim sign-off needs a quantity limit (--qty), an expiry (--until) or both"
            )
        if c.qty_limit is not None:
            check_quantity(c.qty_limit, "interim quantity limit")
    elif c.qty_limit is not None or c.until is not None:
        raise BadInput("--qty and --until go with --disposition interim only")
    if c.until is not None:
        try:
            dt.date.fromisoformat(c.until)
        except ValueError:
            raise BadInput(f"--until must be a date like 2026-12-31, not {c.until!r}") from None
    out: list[ev.Event] = [
        ev.SampleSignedOff(c.disposition.value, state.sample_round, c.qty_limit, c.until, c.note)
    ]
    auto = state.pending_auto_conversion
    if c.disposition is Disposition.APPROVED and auto and state.terms is not None:
        check_within_cover(state, auto)
        terms = state.terms
        out.append(
            ev.QuantityReleased(
                release=_next_release(state),
                qty=auto,
                kind=ReleaseKind.AUTO_CONVERSION.value,
                event=UnlockEvent.SAMPLE_SIGNOFF.value,
                ref=f"auto-conversion stated on PO {terms.auto_convert_po} rev "
                f"{terms.auto_convert_revision}",
                waived=False,
                reason=None,
                authorized_by=(terms.auto_convert_by or c.actor.name,),
                po=terms.auto_convert_po,
                po_revision=terms.auto_convert_revision,
            )
        )
    return out


def _open_sample_round(state: OrderState, c: cmd.OpenSampleRound, today: dt.date) -> list[ev.Event]:
    check_any_role(
        c.actor, (Role.ENGINEERING, Role.PURCHASING), state.buyer, "open a new sample round"
    )
    if state.signoff is None or state.signoff.disposition is not Disposition.REJECTED:
        current = state.signoff.disposition.value if state.signoff else "not signed off"
        raise Refused(
            NO_REJECTION,
            f"sample round {state.sample_round} is {current}; a new round follows a rejection",
        )
    return [ev.SampleRoundOpened(state.sample_round + 1)]


def _release(state: OrderState, c: cmd.ReleaseQuantity, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.RELEASE_AUTHORITY, state.buyer, "release production")
    check_quantity(c.qty)
    terms = state.terms
    if terms is not None and terms.authority and terms.authority != c.actor.name:
        raise Refused(
            NOT_AUTHORIZED,
            f"{_terms_source(terms)} names {terms.authority} as the release authority, "
            f"not {c.actor.name}",
        )
    check_within_limit(c.actor, c.qty, "releasing")
    check_within_cover(state, c.qty)
    beyond_sample = state.released + c.qty > state.sample_allowance
    waived = c.waive_reason is not None
    if waived and not (c.waive_reason or "").strip():
        raise BadInput("a waiver needs its reason: --reason TEXT")
    if beyond_sample and not waived:
        check_unlock_event(state, c.event, c.qty, c.ref, today)
    number = _next_release(state)
    if beyond_sample and terms is not None and terms.second_approver:
        return [
            ev.ReleaseProposed(
                release=number,
                qty=c.qty,
                event=c.event.value,
                ref=c.ref,
                waived=waived,
                reason=c.waive_reason,
                proposed_by=c.actor.name,
            )
        ]
    kind = ReleaseKind.PRODUCTION if beyond_sample else ReleaseKind.SAMPLE
    return [
        _released(state, number, c.qty, kind, c.event.value, c.ref, c.waive_reason, (c.actor.name,))
    ]


def _approve_release(state: OrderState, c: cmd.ApproveRelease, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.RELEASE_AUTHORITY, state.buyer, "approve a release")
    proposal = next((p for p in state.pending if p.number == c.release), None)
    if proposal is None:
        raise NotFound(f"no release {c.release} awaits approval on order {state.order}")
    if proposal.proposed_by == c.actor.name:
        raise Refused(
            NEEDS_SECOND_APPROVER,
            f"{c.release} was proposed by {c.actor.name}; a second, different release-authority "
            "member must approve it",
        )
    check_within_limit(c.actor, proposal.qty, "approving")
    check_within_cover(state, proposal.qty)
    if not proposal.waived:
        check_unlock_event(state, UnlockEvent(proposal.event), proposal.qty, proposal.ref, today)
    return [
        _released(
            state,
            proposal.number,
            proposal.qty,
            ReleaseKind.PRODUCTION,
            proposal.event,
            proposal.ref,
            proposal.reason,
            (proposal.proposed_by, c.actor.name),
        )
    ]


def _released(
    state: OrderState,
    number: str,
    qty: int,
    kind: ReleaseKind,
    event: str,
    ref: str | None,
    waive_reason: str | None,
    authorized_by: tuple[str, ...],
) -> ev.QuantityReleased:
    po = covering_po(state, state.released + qty)
    return ev.QuantityReleased(
        release=number,
        qty=qty,
        kind=kind.value,
        event=event,
        ref=ref,
        waived=waive_reason is not None,
        reason=waive_reason,
        authorized_by=authorized_by,
        po=po.number if po else None,
        po_revision=po.revision if po else None,
    )


def covering_po(state: OrderState, unit: int) -> PurchaseOrder | None:
    """The PO whose lines, taken in order of issue, cover the ``unit``-th unit."""
    total = 0
    for po in state.pos:
        total += po.cover
        if unit <= total:
            return po
    return state.pos[-1] if state.pos else None


def _next_release(state: OrderState) -> str:
    return f"R-{state.release_counter + 1}"


def _stop(state: OrderState, c: cmd.StopOrder, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.RELEASE_AUTHORITY, state.buyer, "stop the order")
    if not c.reason.strip():
        raise BadInput("a stop needs its reason: --reason TEXT")
    if state.stopped:
        raise Refused(STOPPED, f"order {state.order} is already stopped ({state.stop_reason})")
    return [ev.OrderStopped(c.reason.strip())]


def _resume(state: OrderState, c: cmd.ResumeOrder, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.RELEASE_AUTHORITY, state.buyer, "lift the stop")
    if not state.stopped:
        raise Refused(NOT_STOPPED, f"order {state.order} is not stopped")
    return [ev.OrderResumed()]


def _buy_material(state: OrderState, c: cmd.BuyMaterial, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.SUPPLIER_OPS, state.supplier, "record material bought")
    check_quantity(c.qty)
    check_not_stopped(state, "start")
    check_within_material_authority(state, c.qty)
    return [ev.MaterialBought(c.qty)]


def _produce(state: OrderState, c: cmd.RecordProduction, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.SUPPLIER_OPS, state.supplier, "record production")
    check_quantity(c.qty)
    check_not_stopped(state, "start")
    check_within_released(state, c.qty)
    return [ev.ProductionRecorded(c.qty)]


def _ship(state: OrderState, c: cmd.RecordShipment, today: dt.date) -> list[ev.Event]:
    check_role(c.actor, Role.SUPPLIER_OPS, state.supplier, "record a shipment")
    check_quantity(c.qty)
    check_within_produced(state, c.qty)
    return [ev.ShipmentRecorded(c.qty)]


_HANDLERS: dict[type[cmd.Command], Callable[[OrderState, Any, dt.date], list[ev.Event]]] = {
    cmd.IssuePO: _issue_po,
    cmd.RevisePO: _revise_po,
    cmd.AcknowledgePO: _acknowledge_po,
    cmd.SignOffSamples: _sign_off,
    cmd.OpenSampleRound: _open_sample_round,
    cmd.ReleaseQuantity: _release,
    cmd.ApproveRelease: _approve_release,
    cmd.StopOrder: _stop,
    cmd.ResumeOrder: _resume,
    cmd.BuyMaterial: _buy_material,
    cmd.RecordProduction: _produce,
    cmd.RecordShipment: _ship,
}
