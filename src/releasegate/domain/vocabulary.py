"""The words of product.md as closed sets."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from releasegate.domain.errors import BadInput


class PartyKind(StrEnum):
    BUYER = "buyer"
    SUPPLIER = "supplier"


class Role(StrEnum):
    PURCHASING = "purchasing"
    ENGINEERING = "engineering"
    RELEASE_AUTHORITY = "release-authority"
    SUPPLIER_OPS = "supplier-ops"
    VIEWER = "viewer"


class Basis(StrEnum):
    FIRM = "firm"
    FORECAST = "forecast"
    OPEN = "open"


class UnlockEvent(StrEnum):
    SAMPLE_SIGNOFF = "sample-signoff"
    INTERNAL_APPROVAL = "internal-approval"
    REVISED_PO = "revised-po"
    WRITTEN_RELEASE = "written-release"


class MaterialMode(StrEnum):
    SAMPLE_ONLY = "sample-only"
    STAGED = "staged"


class Disposition(StrEnum):
    APPROVED = "approved"
    INTERIM = "interim"
    REJECTED = "rejected"


class ReleaseKind(StrEnum):
    SAMPLE = "sample"  # a PO's sample line, released when the PO is issued
    PRODUCTION = "production"  # a written release by a release authority
    AUTO_CONVERSION = "auto-conversion"  # an approved sign-off under a stated auto-conversion


E = TypeVar("E", bound=StrEnum)


def parse_choice(kind: type[E], value: str, what: str) -> E:
    """The member of ``kind`` spelled ``value``, or BadInput naming the choices."""
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(m.value for m in kind)
        raise BadInput(f"{what} must be one of {choices}, not {value!r}") from None
