"""What the register knows about one order: the interface the checker reconciles against."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrderFacts:
    order: str  # e.g. "ORD-1"
    part: str  # part number, e.g. "BRKT-100"
    rev: str  # part revision, may be ""
    sample_qty: int  # quoted sample quantity
    production_qty: int  # quoted production quantity
    basis: str  # "firm" | "forecast" | "open"
    released: int  # units released for production so far (samples included)
    covered: int  # units covered by live PO lines
    po_numbers: tuple[str, ...]  # PO numbers on this order
    unlock_event: str  # "sample-signoff" | "internal-approval" | "revised-po" | "written-release"
    release_authority: str | None  # the named member who may release the balance, or None
    material_mode: str  # "sample-only" | "staged"
    material_qty: int  # units' worth of material authorized
    po_note: str  # the generated PO scope note, plain text, to quote in suggestions

    @property
    def balance(self) -> int:
        """Quoted production quantity not yet released (the balance on hold)."""
        return max(0, self.production_qty - self.released)

    @property
    def unlock_words(self) -> str:
        return {
            "sample-signoff": "an approved sample sign-off",
            "internal-approval": "our internal approval",
            "revised-po": "a revised PO covering the production quantity",
            "written-release": "a separate written release",
        }.get(self.unlock_event, self.unlock_event)

    @property
    def authority_words(self) -> str:
        return self.release_authority or "the named release authority"
