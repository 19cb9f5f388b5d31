"""The projection's JSON snapshot of an order's state, and back.

The running counters (material bought, produced, shipped) have their own columns and are not in
the snapshot, so the hot path of a posting rewrites a few integers, not the whole state.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from releasegate.domain.orders import OrderState, Proposal, PurchaseOrder, Release, Signoff, Terms
from releasegate.domain.vocabulary import Disposition, MaterialMode, ReleaseKind, UnlockEvent

COUNTERS = ("material_bought", "produced", "shipped")


def dump(state: OrderState) -> str:
    data = {
        f.name: getattr(state, f.name)
        for f in dataclasses.fields(state)
        if f.name not in COUNTERS and f.name != "seq"
    }
    data["pos"] = [dataclasses.astuple(p) for p in state.pos]
    data["terms"] = dataclasses.astuple(state.terms) if state.terms else None
    data["releases"] = [dataclasses.astuple(r) for r in state.releases]
    data["pending"] = [dataclasses.astuple(p) for p in state.pending]
    data["signoff"] = dataclasses.astuple(state.signoff) if state.signoff else None
    return json.dumps(data, separators=(",", ":"))


def load(text: str, seq: int, material_bought: int, produced: int, shipped: int) -> OrderState:
    data: dict[str, Any] = json.loads(text)
    data["pos"] = tuple(PurchaseOrder(*p) for p in data["pos"])
    terms = data["terms"]
    if terms is not None:
        terms[2] = UnlockEvent(terms[2])
        terms[4] = MaterialMode(terms[4])
        data["terms"] = Terms(*terms)
    data["releases"] = tuple(_release(r) for r in data["releases"])
    data["pending"] = tuple(Proposal(*p) for p in data["pending"])
    signoff = data["signoff"]
    if signoff is not None:
        signoff[0] = Disposition(signoff[0])
        data["signoff"] = Signoff(*signoff)
    return OrderState(
        **data, seq=seq, material_bought=material_bought, produced=produced, shipped=shipped
    )


def _release(r: list[Any]) -> Release:
    number, qty, kind, event, ref, waived, reason, by, po, po_revision, at = r
    return Release(
        number, qty, ReleaseKind(kind), event, ref, waived, reason, tuple(by), po, po_revision, at
    )
