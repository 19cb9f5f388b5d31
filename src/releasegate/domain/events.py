"""Events: what happened to an order, in the past tense. The ledger of an order is its events."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Event:
    """Base of every event; ``type`` is the stable name stored in the ledger."""

    type: ClassVar[str] = "Event"

    def to_data(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class OrderCreated(Event):
    type: ClassVar[str] = "OrderCreated"
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


@dataclass(frozen=True)
class TermsStated(Event):
    """Release terms stated on a PO revision; they govern the order from then on."""

    type: ClassVar[str] = "TermsStated"
    po: str
    revision: int
    unlock_event: str
    authority: str | None
    material_mode: str
    material_qty: int
    auto_convert: int
    second_approver: bool


@dataclass(frozen=True)
class POIssued(Event):
    type: ClassVar[str] = "POIssued"
    po: str
    revision: int
    sample_qty: int
    production_qty: int


@dataclass(frozen=True)
class PORevised(Event):
    type: ClassVar[str] = "PORevised"
    po: str
    revision: int
    sample_qty: int
    production_qty: int


@dataclass(frozen=True)
class POAcknowledged(Event):
    type: ClassVar[str] = "POAcknowledged"
    po: str
    revision: int


@dataclass(frozen=True)
class SampleSignedOff(Event):
    type: ClassVar[str] = "SampleSignedOff"
    disposition: str
    round: int
    qty_limit: int | None = None
    until: str | None = None  # ISO date, inclusive
    note: str | None = None


@dataclass(frozen=True)
class SampleRoundOpened(Event):
    type: ClassVar[str] = "SampleRoundOpened"
    round: int


@dataclass(frozen=True)
class ReleaseProposed(Event):
    """First approval of a release whose PO asks for a second approver; releases nothing yet."""

    type: ClassVar[str] = "ReleaseProposed"
    release: str
    qty: int
    event: str
    ref: str | None
    waived: bool
    reason: str | None
    proposed_by: str


@dataclass(frozen=True)
class QuantityReleased(Event):
    type: ClassVar[str] = "QuantityReleased"
    release: str
    qty: int
    kind: str
    event: str
    ref: str | None
    waived: bool
    reason: str | None
    authorized_by: tuple[str, ...]
    po: str | None
    po_revision: int | None


@dataclass(frozen=True)
class OrderStopped(Event):
    type: ClassVar[str] = "OrderStopped"
    reason: str


@dataclass(frozen=True)
class OrderResumed(Event):
    type: ClassVar[str] = "OrderResumed"


@dataclass(frozen=True)
class MaterialBought(Event):
    type: ClassVar[str] = "MaterialBought"
    qty: int


@dataclass(frozen=True)
class ProductionRecorded(Event):
    type: ClassVar[str] = "ProductionRecorded"
    qty: int


@dataclass(frozen=True)
class ShipmentRecorded(Event):
    type: ClassVar[str] = "ShipmentRecorded"
    qty: int


EVENT_TYPES: dict[str, type[Event]] = {
    cls.type: cls
    for cls in (
        OrderCreated,
        TermsStated,
        POIssued,
        PORevised,
        POAcknowledged,
        SampleSignedOff,
        SampleRoundOpened,
        ReleaseProposed,
        QuantityReleased,
        OrderStopped,
        OrderResumed,
        MaterialBought,
        ProductionRecorded,
        ShipmentRecorded,
    )
}


def event_from_data(type_name: str, data: dict[str, Any]) -> Event:
    """Rebuild an event from its stored type name and data; KeyError for an unknown type."""
    cls = EVENT_TYPES[type_name]
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    return cls(**values)


@dataclass(frozen=True)
class Recorded:
    """An event as the ledger holds it: its place, time, author and hash."""

    order: str
    seq: int
    at: str  # ISO 8601 UTC
    by: str
    event: Event
    prev_hash: str
    hash: str
