"""The event store and projection in SQL, shared by the SQLite and PostgreSQL stores.

Statements go straight to the DB-API driver (``sqlite3`` or psycopg): the hot path (postings,
gate) is too short for an ORM or even SQLAlchemy Core, which costs several times the driver.
SQLAlchemy and Alembic own the schema. Statements are written with ``?`` placeholders; a store
for another driver rewrites them once (``_sql``).

Every write runs in one transaction that first locks what it will change (``write`` and
``load(for_update=True)``), so two writers never both read the same figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, NamedTuple

from releasegate.domain import events as ev
from releasegate.domain.authority import Member
from releasegate.domain.errors import DUPLICATE, BadInput, Refused
from releasegate.domain.gate import GateView, gate_view
from releasegate.domain.orders import OrderState, evolve, start, updated
from releasegate.domain.vocabulary import Role
from releasegate.storage import snapshot
from releasegate.storage.hashing import GENESIS, canonical_json, event_hash
from releasegate.storage.migrate import SCHEMA_HEAD

_STATE_CACHE_SIZE = 4096
_COUNTER_EVENTS = (ev.MaterialBought, ev.ProductionRecorded, ev.ShipmentRecorded)
_ORDER_COLUMNS = (
    "state, head_seq, head_hash, material_bought, produced, shipped"  # what load() reads
)


class SqlStore:
    """One connection to one register database. Subclasses open it and name the dialect."""

    conn: Any  # a DB-API connection in autocommit mode; transactions are begun explicitly
    dialect = "sqlite"
    # Appended to the read of an order's row in a write: locks it until the transaction ends
    # where the engine needs it (SQLite's BEGIN IMMEDIATE already holds the write lock).
    lock_row = ""
    begin_write = "BEGIN"
    begin_read = "BEGIN"
    integrity_errors: tuple[type[Exception], ...] = ()

    def __init__(self) -> None:
        # Decoded snapshots keyed by order, reused while the stored snapshot text is unchanged.
        self._states: dict[str, tuple[str, OrderState]] = {}

    def _sql(self, statement: str) -> str:
        return statement

    def _run(self, statement: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(self._sql(statement), params)

    def check_schema(self, where: str) -> None:
        try:
            row = self._run("SELECT version_num FROM alembic_version").fetchone()
        except Exception as exc:
            raise BadInput(
                f"{where} is not a releasegate register ({_first_line(exc)}): run releasegate init"
            ) from None
        if row is None or row[0] != SCHEMA_HEAD:
            found = row[0] if row else "none"
            raise BadInput(
                f"{where} has schema {found}, this releasegate needs {SCHEMA_HEAD}: "
                "run releasegate init to upgrade it"
            )

    def lock_registry(self) -> None:
        """Serialize order creation, which links each order to the one created before it."""

    def close(self) -> None:
        self.conn.close()

    def order_queue(self, order_id: str) -> AbstractContextManager[object]:
        """Where writers to one order wait their turn in this process before they take the
        database's lock (none by default)."""
        return nullcontext()

    # ---- transactions ---------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction: all of it lands, or none of it."""
        self.conn.execute(self.begin_write)
        try:
            yield
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, self.integrity_errors):
                raise Refused(
                    DUPLICATE, f"a concurrent write got there first ({_first_line(exc)})"
                ) from None
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[None]:
        """A consistent snapshot for several reads."""
        self.conn.execute(self.begin_read)
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    # ---- parties and members --------------------------------------------------------------
    def party_kind(self, name: str) -> str | None:
        row = self._run("SELECT kind FROM parties WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def add_party(self, name: str, kind: str) -> None:
        self._run("INSERT INTO parties (name, kind) VALUES (?, ?)", (name, kind))

    def member(self, name: str) -> Member | None:
        row = self._run(
            "SELECT party, roles, release_limit FROM members WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            return None
        roles = frozenset(Role(r) for r in row[1].split(",") if r)
        return Member(name, row[0], roles, row[2])

    def add_member(self, member: Member) -> None:
        self._run(
            "INSERT INTO members (name, party, roles, release_limit) VALUES (?, ?, ?, ?)",
            (member.name, member.party, ",".join(sorted(member.roles)), member.release_limit),
        )

    def members_of(self, party: str) -> list[Member]:
        names = self._run(
            "SELECT name FROM members WHERE party = ? ORDER BY name", (party,)
        ).fetchall()
        return [m for (n,) in names if (m := self.member(n)) is not None]

    # ---- orders -------------------------------------------------------------------------------
    def load(self, order_id: str, for_update: bool = False) -> tuple[OrderState, str] | None:
        """The order's state and its chain head hash, from the projection."""
        lock = self.lock_row if for_update else ""
        row = self._run(
            f"SELECT {_ORDER_COLUMNS} FROM orders WHERE order_id = ?{lock}", (order_id,)
        ).fetchone()
        if row is None:
            return None
        cached = self._states.get(order_id)
        if cached is not None and cached[0] == row[0]:
            state = updated(
                cached[1], seq=row[1], material_bought=row[3], produced=row[4], shipped=row[5]
            )
        else:
            state = snapshot.load(row[0], row[1], row[3], row[4], row[5])
            if len(self._states) >= _STATE_CACHE_SIZE:
                self._states.clear()
            self._states[order_id] = (row[0], state)
        return state, row[2]

    def gate_view(self, order_id: str) -> GateView | None:
        """What the gate reads, from the projection's columns: no whole state is decoded."""
        row = self._run(
            "SELECT stopped, stop_reason, released, produced, material_authorized, "
            "material_bought, gate, buyer, supplier FROM orders WHERE order_id = ?",
            (order_id,),
        ).fetchone()
        if row is None:
            return None
        documents = json.loads(row[6])
        staged = documents["staged"]
        return GateView(
            order=order_id,
            buyer=row[7],
            supplier=row[8],
            stopped=bool(row[0]),
            stop_reason=row[1],
            released=row[2],
            produced=row[3],
            material_authorized=row[4],
            material_bought=row[5],
            releases=tuple((r[0], r[1], r[2], r[3]) for r in documents["releases"]),
            staged=(staged[0], staged[1], staged[2]) if staged else None,
        )

    def order_parties(self, order_id: str) -> tuple[str, str] | None:
        """(buyer, supplier) of an order, or None."""
        row = self._run(
            "SELECT buyer, supplier FROM orders WHERE order_id = ?", (order_id,)
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def orders_of(self, party: str) -> list[tuple[str, str, str, str]]:
        """(order, part, buyer, supplier) of every order the party is on, oldest first."""
        rows = self._run(
            "SELECT order_id, part, buyer, supplier FROM orders WHERE buyer = ? OR supplier = ? "
            "ORDER BY created_position",
            (party, party),
        ).fetchall()
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def order_exists(self, order_id: str) -> bool:
        return (
            self._run("SELECT 1 FROM orders WHERE order_id = ?", (order_id,)).fetchone() is not None
        )

    def next_order_id(self) -> str:
        """ORD-n, one past the newest generated id (O(1): read through created_position)."""
        row = self._run(
            "SELECT order_id FROM orders WHERE order_id LIKE 'ORD-%' "
            "ORDER BY created_position DESC LIMIT 1"
        ).fetchone()
        last = row[0][4:] if row else "0"
        n = int(last) + 1 if last.isdigit() else 1
        while self.order_exists(f"ORD-{n}"):
            n += 1
        return f"ORD-{n}"

    def po_order(self, buyer: str, number: str) -> str | None:
        row = self._run(
            "SELECT order_id FROM purchase_orders WHERE buyer = ? AND number = ?", (buyer, number)
        ).fetchone()
        return None if row is None else str(row[0])

    def orders_with_po(self, number: str) -> list[str]:
        rows = self._run(
            "SELECT order_id FROM purchase_orders WHERE number = ? ORDER BY order_id", (number,)
        )
        return [r[0] for r in rows]

    def create(self, created: ev.OrderCreated, at: str, by: str) -> tuple[OrderState, str]:
        """Start an order's ledger; its first event links to the previous order's first event."""
        prev = self._run(
            "SELECT hash FROM events WHERE seq = 1 AND order_id = "
            "(SELECT order_id FROM orders ORDER BY created_position DESC LIMIT 1)"
        ).fetchone()
        prev_hash = prev[0] if prev else GENESIS
        position, digest = self._insert_event(created.order, 1, created, at, by, prev_hash)
        state = start(created, at, by)
        self._run(
            "INSERT INTO orders (order_id, created_position, buyer, supplier, part, rev, basis, "
            "sample_qty, production_qty, covered, released, produced, shipped, "
            "material_authorized, material_bought, stopped, signoff, head_seq, head_hash, state, "
            "stop_reason, gate) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, FALSE, NULL, 1, ?, ?, NULL, ?)",
            (
                state.order,
                position,
                state.buyer,
                state.supplier,
                state.part,
                state.rev,
                state.basis,
                state.sample_qty,
                state.production_qty,
                digest,
                snapshot.dump(state),
                _gate_json(state),
            ),
        )
        return state, digest

    def append(
        self, state: OrderState, head_hash: str, events: list[ev.Event], at: str, by: str
    ) -> tuple[OrderState, str]:
        """Append ``events`` after ``state`` and bring the projection up to date."""
        structural = False
        for event in events:
            seq = state.seq + 1
            _, head_hash = self._insert_event(state.order, seq, event, at, by, head_hash)
            state = evolve(state, event, at, by)
            if isinstance(event, ev.POIssued):
                self._run(
                    "INSERT INTO purchase_orders (buyer, number, order_id) VALUES (?, ?, ?)",
                    (state.buyer, event.po, state.order),
                )
            structural = structural or not isinstance(event, _COUNTER_EVENTS)
        if structural:
            self._run(
                "UPDATE orders SET covered = ?, released = ?, produced = ?, shipped = ?, "
                "material_authorized = ?, material_bought = ?, stopped = ?, signoff = ?, "
                "head_seq = ?, head_hash = ?, state = ?, stop_reason = ?, gate = ? "
                "WHERE order_id = ?",
                (
                    state.covered,
                    state.released,
                    state.produced,
                    state.shipped,
                    state.material_authorized,
                    state.material_bought,
                    state.stopped,
                    state.signoff.disposition.value if state.signoff else None,
                    state.seq,
                    head_hash,
                    snapshot.dump(state),
                    state.stop_reason,
                    _gate_json(state),
                    state.order,
                ),
            )
        else:
            self._run(
                "UPDATE orders SET produced = ?, shipped = ?, material_bought = ?, "
                "head_seq = ?, head_hash = ? WHERE order_id = ?",
                (
                    state.produced,
                    state.shipped,
                    state.material_bought,
                    state.seq,
                    head_hash,
                    state.order,
                ),
            )
        return state, head_hash

    def _insert_event(
        self, order_id: str, seq: int, event: ev.Event, at: str, by: str, prev_hash: str
    ) -> tuple[int, str]:
        data = canonical_json(event.to_data())
        digest = event_hash(prev_hash, order_id, seq, event.type, at, by, data)
        (position,) = self._run(
            "INSERT INTO events (order_id, seq, type, at, by, data, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING position",
            (order_id, seq, event.type, at, by, data, prev_hash, digest),
        ).fetchone()
        return int(position), digest

    # ---- the ledger as stored, for log and verify ------------------------------------------------
    def events_of(self, order_id: str) -> list[StoredEvent]:
        rows = self._run(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE order_id = ? ORDER BY seq", (order_id,)
        )
        return [StoredEvent(*r) for r in rows]

    def all_events(self) -> Iterator[StoredEvent]:
        cursor = self._run(f"SELECT {_EVENT_COLUMNS} FROM events ORDER BY order_id, seq")
        for row in cursor:
            yield StoredEvent(*row)

    def projection_rows(self) -> dict[str, dict[str, Any]]:
        cursor = self._run(
            "SELECT order_id, created_position, covered, released, produced, shipped, "
            "material_authorized, material_bought, stopped, signoff, head_seq, head_hash, "
            "stop_reason, gate FROM orders"
        )
        names = [d[0] for d in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


_EVENT_COLUMNS = "position, order_id, seq, type, at, by, data, prev_hash, hash"


class StoredEvent(NamedTuple):
    """One row of the ledger exactly as stored."""

    position: int
    order_id: str
    seq: int
    type: str
    at: str
    by: str
    data: str
    prev_hash: str
    hash: str

    def public(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "type": self.type,
            "at": self.at,
            "by": self.by,
            "data": json.loads(self.data),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def _gate_json(state: OrderState) -> str:
    return json.dumps(gate_view(state).documents_data(), separators=(",", ":"))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
