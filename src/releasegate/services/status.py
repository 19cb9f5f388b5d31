"""An order's status as plain data: what the CLI prints as JSON and the API returns."""

from __future__ import annotations

from typing import Any

from releasegate.domain.orders import OrderState


def status_data(state: OrderState) -> dict[str, Any]:
    terms = state.terms
    return {
        "order": state.order,
        "part": state.part,
        "rev": state.rev,
        "buyer": state.buyer,
        "supplier": state.supplier,
        "basis": state.basis,
        "quote": state.quote_ref,
        "sample_price": state.sample_price,
        "production_price": state.production_price,
        "currency": state.currency,
        "sample_qty": state.sample_qty,
        "production_qty": state.production_qty,
        "covered": state.covered,
        "released": state.released,
        "produced": state.produced,
        "shipped": state.shipped,
        "material_authorized": state.material_authorized,
        "material_bought": state.material_bought,
        "on_hold": state.on_hold,
        "stopped": state.stopped,
        "stop_reason": state.stop_reason,
        "signoff": state.signoff.disposition.value if state.signoff else None,
        "sample_round": state.sample_round,
        "may_start": state.may_start,
        "unlock_event": state.unlock_event.value,
        "release_authority": terms.authority if terms else None,
        "material_mode": terms.material_mode.value if terms else "sample-only",
        "material_staged": terms.material_qty if terms else 0,
        "auto_convert": terms.auto_convert if terms else 0,
        "second_approver": terms.second_approver if terms else False,
        "pos": [
            {
                "number": p.number,
                "revision": p.revision,
                "sample": p.sample_qty,
                "production": p.production_qty,
                "acknowledged_revision": p.acknowledged_revision,
            }
            for p in state.pos
        ],
        "releases": [
            {
                "number": r.number,
                "qty": r.qty,
                "kind": r.kind.value,
                "event": r.event,
                "ref": r.ref,
                "waived": r.waived,
                "reason": r.reason,
                "authorized_by": list(r.authorized_by),
                "po": r.po,
                "po_revision": r.po_revision,
                "at": r.at,
            }
            for r in state.releases
        ],
        "pending": [
            {"number": p.number, "qty": p.qty, "event": p.event, "proposed_by": p.proposed_by}
            for p in state.pending
        ],
    }
