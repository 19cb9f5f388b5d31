"""The register's commands and queries: every CLI verb (and later the API) goes through here.

A command runs as one write transaction: resolve the acting member, load the order's state from
the projection, ``decide``, append the events with their hashes and update the projection. A
refusal raises before anything is written, so it changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from releasegate.domain import commands as cmd
from releasegate.domain import events as ev
from releasegate.domain.authority import Member
from releasegate.domain.decide import decide
from releasegate.domain.diagnose import Diagnosis, diagnose
from releasegate.domain.errors import DUPLICATE, BadInput, NotFound, Refused
from releasegate.domain.gate import GateAnswer, gate
from releasegate.domain.orders import OrderState
from releasegate.domain.vocabulary import (
    Basis,
    Disposition,
    MaterialMode,
    PartyKind,
    Role,
    UnlockEvent,
)
from releasegate.storage.accounts import Accounts
from releasegate.storage.sql_store import SqlStore, StoredEvent

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Idempotency:
    """A write's Idempotency-Key: who sent it, the key, and what the request was."""

    principal: str
    key: str
    fingerprint: str


class Replayed(Exception):
    """The request was already carried out under its Idempotency-Key; here is its result."""

    def __init__(self, response: str) -> None:
        super().__init__("replayed")
        self.response = response


def outcome(order: str, events: list[ev.Event]) -> str:
    """What a write returns (and what an idempotent retry gets again), as JSON text."""
    return json.dumps(
        {"order": order, "events": [{"type": e.type, "data": e.to_data()} for e in events]},
        separators=(",", ":"),
    )


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Register:
    def __init__(self, store: SqlStore, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock
        self.accounts = Accounts(store)
        self._idempotency: Idempotency | None = None

    @contextmanager
    def idempotent(self, idempotency: Idempotency | None) -> Iterator[None]:
        """Within this block, a write carried out before under the same key raises Replayed
        with its first result instead of running again; a new write keeps its result."""
        self._idempotency = idempotency
        try:
            yield
        finally:
            self._idempotency = None

    def _check_replay(self) -> None:
        idem = self._idempotency
        if idem is None:
            return
        kept = self.accounts.idempotent_response(idem.principal, idem.key)
        if kept is None:
            return
        if kept[0] != idem.fingerprint:
            raise BadInput(f"Idempotency-Key {idem.key!r} was already used for a different request")
        raise Replayed(kept[1])

    def _keep(self, order: str, events: list[ev.Event], at: str) -> None:
        idem = self._idempotency
        if idem is not None:
            self.accounts.keep_response(
                idem.principal, idem.key, idem.fingerprint, outcome(order, events), at
            )

    def close(self) -> None:
        self.store.close()

    # ---- set-up (local mode) ------------------------------------------------------------------
    def add_party(self, name: str, kind: PartyKind) -> None:
        _check_name(name, "party name")
        with self.store.write():
            if self.store.party_kind(name) is not None:
                raise Refused(DUPLICATE, f"party {name} already exists")
            self.store.add_party(name, kind.value)

    def add_member(
        self, name: str, party: str, roles: list[Role], release_limit: int | None = None
    ) -> Member:
        _check_name(name, "member name")
        if not roles:
            raise BadInput("a member needs at least one --role")
        if release_limit is not None:
            if release_limit <= 0:
                raise BadInput(
                    f"--release-limit must be a positive whole number, not {release_limit}"
                )
            if Role.RELEASE_AUTHORITY not in roles:
                raise BadInput("--release-limit goes with --role release-authority")
        with self.store.write():
            kind = self.store.party_kind(party)
            if kind is None:
                raise BadInput(f"unknown party {party!r}: add it with releasegate party add")
            if self.store.member(name) is not None:
                raise Refused(DUPLICATE, f"member {name} already exists")
            supplier_roles = {Role.SUPPLIER_OPS, Role.VIEWER}
            buyer_roles = set(Role) - {Role.SUPPLIER_OPS}
            allowed = supplier_roles if kind == PartyKind.SUPPLIER.value else buyer_roles
            wrong = [r.value for r in roles if r not in allowed]
            if wrong:
                raise BadInput(f"a {kind}'s member cannot hold {', '.join(wrong)}")
            member = Member(name, party, frozenset(roles), release_limit)
            self.store.add_member(member)
        return member

    # ---- commands -----------------------------------------------------------------------------
    def _actor(self, name: str | Member | None) -> Member:
        if isinstance(name, Member):
            return name  # already authenticated by the service
        if not name:
            raise BadInput("no acting member: give --as NAME or set RELEASEGATE_AS")
        member = self.store.member(name)
        if member is None:
            raise BadInput(f"unknown member {name!r}: add it with releasegate member add")
        return member

    def _member(self, name: str) -> Member:
        member = self.store.member(name)
        if member is None:
            raise BadInput(f"unknown member {name!r}")
        return member

    def _run(
        self, actor_name: str | Member | None, order_id: str, build: Callable[[Member], cmd.Command]
    ) -> list[ev.Event]:
        now = self.clock()
        with self.store.order_queue(order_id), self.store.write():
            actor = self._actor(actor_name)
            loaded = self.store.load(order_id, for_update=True)
            if loaded is None:
                raise NotFound(f"unknown order {order_id!r}")
            self._check_replay()
            state, head = loaded
            command = build(actor)
            events = decide(state, command, now.date())
            if events:
                self.store.append(state, head, events, _iso(now), actor.name)
                self._announce(state, events, _iso(now), actor.name)
            self._keep(order_id, events, _iso(now))
        return events

    def _announce(self, before: OrderState, events: list[ev.Event], at: str, by: str) -> None:
        """Queue the webhook deliveries these events call for, in the same transaction."""
        from releasegate.services.webhooks import EVENT_TYPES, announce

        for offset, event in enumerate(events, start=1):
            kind = EVENT_TYPES.get(type(event))
            if kind is None:
                continue
            body = {
                "order": before.order,
                "seq": before.seq + offset,
                "at": at,
                "by": by,
                "data": event.to_data(),
            }
            announce(self, (before.buyer, before.supplier), kind, body)

    def create_order(
        self,
        actor_name: str | Member | None,
        *,
        buyer: str,
        supplier: str,
        part: str,
        rev: str = "",
        sample_qty: int,
        production_qty: int,
        basis: Basis,
        quote_ref: str | None = None,
        sample_price: str | None = None,
        production_price: str | None = None,
        currency: str | None = None,
        order_id: str | None = None,
    ) -> str:
        _check_name(part, "part number")
        now = self.clock()
        with self.store.write():
            self.store.lock_registry()
            self._check_replay()
            actor = self._actor(actor_name)
            for name, kind in ((buyer, PartyKind.BUYER), (supplier, PartyKind.SUPPLIER)):
                found = self.store.party_kind(name)
                if found is None:
                    raise BadInput(f"unknown party {name!r}")
                if found != kind.value:
                    raise BadInput(f"{name} is a {found}, not a {kind.value}")
            if order_id is not None:
                _check_name(order_id, "order id")
                if self.store.order_exists(order_id):
                    raise Refused(DUPLICATE, f"order {order_id} already exists")
            new_id = order_id or self.store.next_order_id()
            command = cmd.CreateOrder(
                actor=actor,
                order=new_id,
                buyer=buyer,
                supplier=supplier,
                part=part,
                rev=rev,
                sample_qty=sample_qty,
                production_qty=production_qty,
                basis=basis,
                quote_ref=quote_ref,
                sample_price=sample_price,
                production_price=production_price,
                currency=currency,
            )
            (created,) = decide(None, command, now.date())
            assert isinstance(created, ev.OrderCreated)
            self.store.create(created, _iso(now), actor.name)
            self._keep(new_id, [created], _iso(now))
        return new_id

    def _terms(
        self,
        unlock: UnlockEvent | None,
        authority: str | None,
        material: MaterialMode | None,
        material_qty: int | None,
        auto_convert: int | None,
        second_approver: bool | None,
    ) -> cmd.TermsChange:
        return cmd.TermsChange(
            unlock_event=unlock,
            authority=self._member(authority) if authority else None,
            material_mode=material,
            material_qty=material_qty,
            auto_convert=auto_convert,
            second_approver=second_approver,
        )

    def issue_po(
        self,
        actor_name: str | Member | None,
        number: str,
        order_id: str,
        *,
        sample_qty: int = 0,
        production_qty: int = 0,
        unlock: UnlockEvent | None = None,
        authority: str | None = None,
        material: MaterialMode | None = None,
        material_qty: int | None = None,
        auto_convert: int | None = None,
        second_approver: bool | None = None,
    ) -> list[ev.Event]:
        _check_name(number, "PO number")

        def build(actor: Member) -> cmd.Command:
            state = self._state(order_id)
            other = self.store.po_order(state.buyer, number)
            if other is not None:
                raise Refused(
                    DUPLICATE, f"{state.buyer} already used PO number {number} on {other}"
                )
            terms = self._terms(
                unlock, authority, material, material_qty, auto_convert, second_approver
            )
            return cmd.IssuePO(actor, number, sample_qty, production_qty, terms)

        return self._run(actor_name, order_id, build)

    def revise_po(
        self,
        actor_name: str | Member | None,
        number: str,
        order_id: str,
        *,
        sample_qty: int | None = None,
        production_qty: int | None = None,
        unlock: UnlockEvent | None = None,
        authority: str | None = None,
        material: MaterialMode | None = None,
        material_qty: int | None = None,
        auto_convert: int | None = None,
        second_approver: bool | None = None,
    ) -> list[ev.Event]:
        def build(actor: Member) -> cmd.Command:
            terms = self._terms(
                unlock, authority, material, material_qty, auto_convert, second_approver
            )
            return cmd.RevisePO(actor, number, sample_qty, production_qty, terms)

        return self._run(actor_name, order_id, build)

    def find_po(self, number: str, actor_name: str | Member | None) -> str:
        """The order a PO number belongs to; ambiguity is resolved by the actor's party."""
        orders = self.store.orders_with_po(number)
        if not orders:
            raise NotFound(f"unknown PO {number!r}")
        if len(orders) > 1 and actor_name:
            member = actor_name if isinstance(actor_name, Member) else self.store.member(actor_name)
            if member is not None:
                mine = [
                    o
                    for o in orders
                    if member.party in (self._state(o).buyer, self._state(o).supplier)
                ]
                orders = mine or orders
        if len(orders) > 1:
            raise BadInput(f"PO {number} is on several orders ({', '.join(orders)}): give --order")
        return orders[0]

    def acknowledge_po(
        self, actor_name: str | Member | None, number: str, order_id: str
    ) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.AcknowledgePO(a, number))

    def sign_off(
        self,
        actor_name: str | Member | None,
        order_id: str,
        disposition: Disposition,
        qty_limit: int | None = None,
        until: str | None = None,
        note: str | None = None,
    ) -> list[ev.Event]:
        return self._run(
            actor_name,
            order_id,
            lambda a: cmd.SignOffSamples(a, disposition, qty_limit, until, note),
        )

    def open_sample_round(self, actor_name: str | Member | None, order_id: str) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.OpenSampleRound(a))

    def release(
        self,
        actor_name: str | Member | None,
        order_id: str,
        qty: int,
        event: UnlockEvent,
        ref: str | None = None,
        waive_reason: str | None = None,
    ) -> list[ev.Event]:
        return self._run(
            actor_name, order_id, lambda a: cmd.ReleaseQuantity(a, qty, event, ref, waive_reason)
        )

    def approve_release(
        self, actor_name: str | Member | None, order_id: str, release: str
    ) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.ApproveRelease(a, release))

    def stop(self, actor_name: str | Member | None, order_id: str, reason: str) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.StopOrder(a, reason))

    def resume(self, actor_name: str | Member | None, order_id: str) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.ResumeOrder(a))

    def buy_material(
        self, actor_name: str | Member | None, order_id: str, qty: int
    ) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.BuyMaterial(a, qty))

    def produce(self, actor_name: str | Member | None, order_id: str, qty: int) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.RecordProduction(a, qty))

    def ship(self, actor_name: str | Member | None, order_id: str, qty: int) -> list[ev.Event]:
        return self._run(actor_name, order_id, lambda a: cmd.RecordShipment(a, qty))

    # ---- queries ------------------------------------------------------------------------------
    def _state(self, order_id: str) -> OrderState:
        loaded = self.store.load(order_id)
        if loaded is None:
            raise NotFound(f"unknown order {order_id!r}")
        return loaded[0]

    def state(self, order_id: str) -> OrderState:
        return self._state(order_id)

    def gate(self, order_id: str, qty: int, material: bool = False) -> GateAnswer:
        view = self.store.gate_view(order_id)
        if view is None:
            raise NotFound(f"unknown order {order_id!r}")
        return gate(view, qty, material)

    def log(self, order_id: str) -> list[StoredEvent]:
        with self.store.read():
            if not self.store.order_exists(order_id):
                raise NotFound(f"unknown order {order_id!r}")
            return self.store.events_of(order_id)

    def diagnose(self, order_id: str) -> Diagnosis:
        with self.store.read():
            state = self._state(order_id)
            return diagnose(state, self.members_by_role(state), self.clock().date())

    def members_by_role(self, state: OrderState) -> dict[Role, list[Member]]:
        """The order's members per role (buyer side and supplier side), by name."""
        found: dict[Role, list[Member]] = {}
        for party in (state.buyer, state.supplier):
            for member in self.store.members_of(party):
                for role in member.roles:
                    found.setdefault(role, []).append(member)
        return found

    def member(self, name: str) -> Member | None:
        return self.store.member(name)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _check_name(value: str, what: str) -> None:
    if not value or not value.strip() or value != value.strip():
        raise BadInput(f"{what} must be non-empty text without leading or trailing spaces")
    if any(ch in value for ch in "\n\r\t"):
        raise BadInput(f"{what} must be on one line")
