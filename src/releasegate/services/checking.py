"""What the document checker needs to know of an order, from the register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasegate.documents.generate.render import render
from releasegate.documents.generate.wording import build
from releasegate.services.register import Register

if TYPE_CHECKING:
    from releasegate.documents.check import OrderFacts


def order_facts(register: Register, order_id: str) -> OrderFacts:
    from releasegate.documents.check import OrderFacts

    state = register.state(order_id)
    terms = state.terms
    return OrderFacts(
        order=state.order,
        part=state.part,
        rev=state.rev,
        sample_qty=state.sample_qty,
        production_qty=state.production_qty,
        basis=state.basis,
        released=state.released,
        covered=state.covered,
        po_numbers=tuple(p.number for p in state.pos),
        unlock_event=state.unlock_event.value,
        release_authority=terms.authority if terms else None,
        material_mode=terms.material_mode.value if terms else "sample-only",
        material_qty=state.material_authorized,
        po_note=render(build(state, "po-note"), "text"),
    )
