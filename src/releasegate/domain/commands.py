"""Commands: what a member asks the register to do, in the imperative."""

from __future__ import annotations

from dataclasses import dataclass

from releasegate.domain.authority import Member
from releasegate.domain.vocabulary import Basis, Disposition, MaterialMode, UnlockEvent


@dataclass(frozen=True)
class Command:
    actor: Member


@dataclass(frozen=True)
class CreateOrder(Command):
    order: str
    buyer: str
    supplier: str
    part: str
    rev: str
    sample_qty: int
    production_qty: int
    basis: Basis
    quote_ref: str | None = None
    sample_price: str | None = None
    production_price: str | None = None
    currency: str | None = None


@dataclass(frozen=True)
class TermsChange:
    """Release terms given on a PO issue or revision; None leaves a term as it is."""

    unlock_event: UnlockEvent | None = None
    authority: Member | None = None
    material_mode: MaterialMode | None = None
    material_qty: int | None = None
    auto_convert: int | None = None
    second_approver: bool | None = None

    def is_empty(self) -> bool:
        return all(
            v is None
            for v in (
                self.unlock_event,
                self.authority,
                self.material_mode,
                self.material_qty,
                self.auto_convert,
                self.second_approver,
            )
        )


@dataclass(frozen=True)
class IssuePO(Command):
    po: str
    sample_qty: int
    production_qty: int
    terms: TermsChange = TermsChange()


@dataclass(frozen=True)
class RevisePO(Command):
    po: str
    sample_qty: int | None = None
    production_qty: int | None = None
    terms: TermsChange = TermsChange()


@dataclass(frozen=True)
class AcknowledgePO(Command):
    po: str


@dataclass(frozen=True)
class SignOffSamples(Command):
    disposition: Disposition
    qty_limit: int | None = None
    until: str | None = None  # ISO date
    note: str | None = None


@dataclass(frozen=True)
class OpenSampleRound(Command):
    pass


@dataclass(frozen=True)
class ReleaseQuantity(Command):
    qty: int
    event: UnlockEvent
    ref: str | None = None
    waive_reason: str | None = None  # set = the unlock event is waived, for this reason


@dataclass(frozen=True)
class ApproveRelease(Command):
    release: str


@dataclass(frozen=True)
class StopOrder(Command):
    reason: str


@dataclass(frozen=True)
class ResumeOrder(Command):
    pass


@dataclass(frozen=True)
class BuyMaterial(Command):
    qty: int


@dataclass(frozen=True)
class RecordProduction(Command):
    qty: int


@dataclass(frozen=True)
class RecordShipment(Command):
    qty: int
