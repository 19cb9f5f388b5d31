"""A small in-memory world for domain tests: members, one order, and a pure ledger."""

from __future__ import annotations

import datetime as dt

from releasegate.domain import commands as cmd
from releasegate.domain import events as ev
from releasegate.domain.authority import Member
from releasegate.domain.decide import decide
from releasegate.domain.orders import OrderState, evolve, start
from releasegate.domain.vocabulary import Basis, Role

TODAY = dt.date(2026, 11, 25)
AT = "2026-11-25T10:00:00+00:00"


def member(name: str, party: str, *roles: Role, limit: int | None = None) -> Member:
    return Member(name, party, frozenset(roles), limit)


PAT = member("pat", "Acme", Role.PURCHASING)
ERIN = member("erin", "Acme", Role.ENGINEERING)
DANA = member("dana", "Acme", Role.RELEASE_AUTHORITY, limit=1000)
SAM = member("sam", "Acme", Role.RELEASE_AUTHORITY, limit=50)
BOSS = member("boss", "Acme", Role.PURCHASING, Role.RELEASE_AUTHORITY, limit=400)
OLU = member("olu", "Printfarm", Role.SUPPLIER_OPS)
STRANGER = member("sid", "Otherco", Role.PURCHASING, Role.RELEASE_AUTHORITY, Role.SUPPLIER_OPS)


class Ledger:
    """Applies commands through ``decide`` and ``evolve`` exactly as the service does."""

    def __init__(
        self, sample: int = 10, production: int = 500, basis: Basis = Basis.FORECAST
    ) -> None:
        create = cmd.CreateOrder(
            PAT, "ORD-1", "Acme", "Printfarm", "BRKT-100", "B", sample, production, basis
        )
        (created,) = decide(None, create, TODAY)
        assert isinstance(created, ev.OrderCreated)
        self.state: OrderState = start(created, AT, PAT.name)
        self.history: list[ev.Event] = [created]

    def do(self, command: cmd.Command, today: dt.date = TODAY) -> list[ev.Event]:
        events = decide(self.state, command, today)
        for event in events:
            self.state = evolve(self.state, event, AT, command.actor.name)
        self.history += events
        return events
