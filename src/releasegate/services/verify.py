"""Verify the whole ledger: every hash, every link, and the stored figures against the events."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from releasegate.domain import events as ev
from releasegate.domain.events import event_from_data
from releasegate.domain.gate import gate_view
from releasegate.domain.orders import OrderState, evolve, start
from releasegate.storage.hashing import GENESIS, event_hash
from releasegate.storage.sql_store import SqlStore, StoredEvent


@dataclass(frozen=True)
class Problem:
    order: str
    seq: int | None  # the event named, where one is
    message: str
    position: int = 0  # where in the ledger, to list problems in ledger order

    def line(self) -> str:
        where = f"event {self.order}#{self.seq}" if self.seq is not None else f"order {self.order}"
        return f"{where}: {self.message}"


@dataclass
class VerifyReport:
    orders: int = 0
    events: int = 0
    problems: list[Problem] = field(default_factory=list)
    events_by_order: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(store: SqlStore) -> VerifyReport:
    report = VerifyReport()
    with store.read():
        projection = store.projection_rows()
        firsts: list[StoredEvent] = []
        for order_id, group in groupby(store.all_events(), key=lambda e: e.order_id):
            rows = list(group)
            report.orders += 1
            report.events += len(rows)
            report.events_by_order[order_id] = len(rows)
            if rows[0].seq == 1:
                firsts.append(rows[0])
            _check_order(order_id, rows, projection.get(order_id), report)
        _check_registry(firsts, report)
        seen = {e.order_id for e in firsts}
        for order_id, row in projection.items():
            if order_id not in seen and not any(p.order == order_id for p in report.problems):
                report.problems.append(
                    Problem(
                        order_id,
                        1,
                        "the order is in the register but its history is gone (removed)",
                        int(row["created_position"]),
                    )
                )
    report.problems.sort(key=lambda p: p.position)
    return report


def _check_order(
    order_id: str, rows: list[StoredEvent], stored: dict[str, Any] | None, report: VerifyReport
) -> None:
    state: OrderState | None = None
    prev: StoredEvent | None = None
    for expected_seq, row in enumerate(rows, start=1):
        problem = _check_row(row, expected_seq, prev)
        if problem is not None:
            report.problems.append(Problem(order_id, problem[0], problem[1], row.position))
            return
        try:
            event = event_from_data(row.type, json.loads(row.data))
            if state is None:
                if not isinstance(event, ev.OrderCreated):
                    raise ValueError("the first event is not OrderCreated")
                state = start(event, row.at, row.by)
            else:
                state = evolve(state, event, row.at, row.by)
        except (KeyError, TypeError, ValueError) as exc:
            report.problems.append(
                Problem(
                    order_id, row.seq, f"cannot be read as a {row.type} event ({exc})", row.position
                )
            )
            return
        prev = row
    assert state is not None and prev is not None
    if stored is None:
        report.problems.append(
            Problem(
                order_id,
                1,
                "the history has no entry in the register (inserted?)",
                rows[0].position,
            )
        )
        return
    if stored["head_seq"] > prev.seq:
        report.problems.append(
            Problem(
                order_id,
                prev.seq + 1,
                "is missing: the register's head is later (removed)",
                prev.position,
            )
        )
        return
    if stored["head_seq"] < prev.seq or stored["head_hash"] != prev.hash:
        first_extra = min(stored["head_seq"] + 1, prev.seq)
        report.problems.append(
            Problem(
                order_id,
                first_extra,
                "is not part of the chain the register recorded (inserted or rewritten)",
                prev.position,
            )
        )
        return
    figures = state.figures()
    view = gate_view(state)
    figures["stop_reason"] = view.stop_reason
    figures["gate"] = json.dumps(view.documents_data(), separators=(",", ":"))
    for name, value in figures.items():
        kept = bool(stored[name]) if isinstance(value, bool) else stored[name]
        if kept != value:
            report.problems.append(
                Problem(
                    order_id,
                    None,
                    f"stored {name} is {kept!r} but the events give {value!r}",
                    prev.position,
                )
            )


def _check_row(
    row: StoredEvent, expected_seq: int, prev: StoredEvent | None
) -> tuple[int, str] | None:
    if row.seq != expected_seq:
        if row.seq > expected_seq:
            return expected_seq, "is missing (removed)"
        return row.seq, "appears twice or out of order (inserted or reordered)"
    recomputed = event_hash(
        row.prev_hash, row.order_id, row.seq, row.type, row.at, row.by, row.data
    )
    if recomputed != row.hash:
        return row.seq, f"({row.type}) was changed: its hash does not match its content"
    if prev is not None and row.prev_hash != prev.hash:
        return row.seq, (
            f"({row.type}) does not link to event #{prev.seq}: an event before it was changed, "
            "removed, inserted or reordered"
        )
    return None


def _check_registry(firsts: list[StoredEvent], report: VerifyReport) -> None:
    """Each order's first event links to the first event of the order created before it."""
    expected = GENESIS
    for row in sorted(firsts, key=lambda e: e.position):
        if row.prev_hash != expected and not any(p.order == row.order_id for p in report.problems):
            report.problems.append(
                Problem(
                    row.order_id,
                    1,
                    "does not link to the order created before it: an earlier order's history "
                    "was removed, changed or inserted",
                    row.position,
                )
            )
        expected = row.hash
