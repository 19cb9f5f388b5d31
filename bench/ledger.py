"""The ledger benchmark: postings, gate checks and process start-up, each against a baseline.

Run as ``python bench/ledger.py`` (``make bench``); ``--quick`` is a fast smoke run with small
counts that still prints every line. Every figure is measured in the run, beside its baseline
measured in the same run, and printed as a ratio with its aim.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from releasegate.domain.vocabulary import (
    Basis,
    Disposition,
    MaterialMode,
    PartyKind,
    Role,
    UnlockEvent,
)
from releasegate.services.bootstrap import init_register, open_register
from releasegate.services.register import Register

BUYER, SUPPLIER = "Acme", "Printfarm"
PURCHASING, ENGINEERING, AUTHORITY, OPS = "pat", "erin", "dana", "olu"
HASH = "f" * 64  # a hash-sized text for the raw baseline's rows


@dataclass(frozen=True)
class Plan:
    """How long and how large each measurement is."""

    posting_rounds: int  # interleaved raw/service rounds per durability setting
    posting_seconds: float  # per round and side
    small_orders: int
    large_orders: int
    gate_rounds: int
    gate_seconds: float  # per round and database
    startup_runs: int


FULL_PLAN = Plan(5, 1.5, 1_000, 100_000, 5, 1.0, 15)
QUICK_PLAN = Plan(1, 0.3, 1_000, 2_000, 1, 0.3, 3)


# ---- output ------------------------------------------------------------------------------------


def _n(value: float) -> str:
    return f"{value:,.0f}"


def _line(label: str, first: str, second: str, ratio: float, aim: str, ok: bool) -> None:
    flag = "ok" if ok else "BELOW AIM"
    print(f"{label:<19}{first}  {second}  ratio {ratio:.2f}  ({aim})  {flag}", flush=True)


def _header(plan: Plan, quick: bool) -> None:
    cores = os.cpu_count() or 0
    print(
        f"releasegate ledger benchmark{' (--quick: small counts, smoke run only)' if quick else ''}"
    )
    print(
        f"machine: {platform.node() or '?'}, {cores} cores, {platform.machine()}, "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(
        "postings/s  Register.produce(actor, order, 1), one posting per transaction, on a WAL\n"
        "            file database, against raw sqlite3 doing one event-row INSERT plus one\n"
        "            counter-row UPDATE per transaction (BEGIN IMMEDIATE, WAL, same synchronous);\n"
        f"            median of {plan.posting_rounds} interleaved rounds of "
        f"{plan.posting_seconds:g} s a side\n"
        "gates/s     in-process Register.gate(order, 1) on orders picked at random from the whole\n"
        f"            database: {_n(plan.large_orders)} orders against {_n(plan.small_orders)}; "
        f"median of {plan.gate_rounds} interleaved rounds of {plan.gate_seconds:g} s\n"
        f"start-up    median wall time of {plan.startup_runs} fresh processes, against the floor\n"
        "            `python -c 'import sqlalchemy'` (what a command that opens the database may"
        " cost)\n",
        flush=True,
    )


# ---- helpers -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _synchronous(value: str) -> Iterator[None]:
    """Set RELEASEGATE_SYNCHRONOUS (read by open_register) for the duration, then restore it."""
    before = os.environ.get("RELEASEGATE_SYNCHRONOUS")
    os.environ["RELEASEGATE_SYNCHRONOUS"] = value
    try:
        yield
    finally:
        if before is None:
            del os.environ["RELEASEGATE_SYNCHRONOUS"]
        else:
            os.environ["RELEASEGATE_SYNCHRONOUS"] = before


def _new_register(path: Path, synchronous: str) -> Register:
    """A fresh register at ``path`` with a buyer, a supplier and one member per role."""
    url = f"sqlite:///{path}"
    init_register(url)
    with _synchronous(synchronous):
        register = open_register(url)
    register.add_party(BUYER, PartyKind.BUYER)
    register.add_party(SUPPLIER, PartyKind.SUPPLIER)
    register.add_member(PURCHASING, BUYER, [Role.PURCHASING])
    register.add_member(ENGINEERING, BUYER, [Role.ENGINEERING])
    register.add_member(AUTHORITY, BUYER, [Role.RELEASE_AUTHORITY], release_limit=1_000_000)
    register.add_member(OPS, SUPPLIER, [Role.SUPPLIER_OPS])
    return register


def _timed(step: Callable[[], None], seconds: float, batch: int = 50) -> tuple[int, float]:
    """Call ``step`` in batches until ``seconds`` have passed; (calls made, seconds taken)."""
    done = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for _ in range(batch):
            step()
        done += batch
        now = time.perf_counter()
        if now >= deadline:
            return done, now - start


# ---- 1. postings -------------------------------------------------------------------------------


class RawLedger:
    """The baseline: raw sqlite3, one event-row INSERT plus one counter-row UPDATE per commit."""

    def __init__(self, path: Path, synchronous: str) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute(f"PRAGMA synchronous={synchronous}")
        self.conn.execute(
            "CREATE TABLE events (position INTEGER PRIMARY KEY, order_id TEXT NOT NULL, "
            "seq INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL, "
            "data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, "
            "UNIQUE (order_id, seq))"
        )
        self.conn.execute(
            "CREATE TABLE counters (order_id TEXT PRIMARY KEY, produced INTEGER NOT NULL, "
            "head_seq INTEGER NOT NULL, head_hash TEXT NOT NULL)"
        )
        self.conn.execute("INSERT INTO counters VALUES ('ORD-1', 0, 0, ?)", (HASH,))
        self.seq = 0

    def post(self) -> None:
        self.seq += 1
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO events (order_id, seq, type, at, by, data, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                "ORD-1",
                self.seq,
                "ProductionRecorded",
                "2025-01-01T00:00:00.000000+00:00",
                OPS,
                '{"qty":1}',
                HASH,
                HASH,
            ),
        )
        conn.execute(
            "UPDATE counters SET produced = produced + 1, head_seq = ?, head_hash = ? "
            "WHERE order_id = 'ORD-1'",
            (self.seq, HASH),
        )
        conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def bench_postings(plan: Plan, synchronous: str, aim: float, workdir: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix=f"postings-{synchronous}-", dir=workdir))
    register = _new_register(folder / "service.db", synchronous)
    raw = RawLedger(folder / "raw.db", synchronous)
    try:
        enough = 10_000_000
        order = register.create_order(
            PURCHASING,
            buyer=BUYER,
            supplier=SUPPLIER,
            part="BRKT-100",
            rev="B",
            sample_qty=enough,
            production_qty=0,
            basis=Basis.FIRM,
            order_id="ORD-1",
        )
        register.issue_po(PURCHASING, "4500-1", order, sample_qty=enough)

        def post() -> None:
            register.produce(OPS, order, 1)

        warmed, _ = _timed(post, min(0.2, plan.posting_seconds))  # pages, statements, WAL
        _timed(raw.post, min(0.2, plan.posting_seconds))
        rates: dict[str, list[float]] = {"service": [], "raw": []}
        posted = 0
        for _ in range(plan.posting_rounds):  # interleaved, so drift hits both sides alike
            count, seconds = _timed(raw.post, plan.posting_seconds)
            rates["raw"].append(count / seconds)
            count, seconds = _timed(post, plan.posting_seconds)
            rates["service"].append(count / seconds)
            posted += count
        produced = register.state(order).produced
        if produced != warmed + posted:  # every posting landed, once
            raise SystemExit(f"posting count mismatch: {produced} produced, {posted} posted")
    finally:
        register.close()
        raw.close()
    service, base = statistics.median(rates["service"]), statistics.median(rates["raw"])
    ratio = service / base
    _line(
        f"postings/s {synchronous}",
        f"service {_n(service)}",
        f"raw {_n(base)}",
        ratio,
        f"aim >= {aim:.2f}",
        ratio >= aim,
    )


# ---- 2. gate checks ----------------------------------------------------------------------------


def build_orders(register: Register, first: int, last: int, rng: random.Random) -> list[float]:
    """Orders ORD-first .. ORD-last through the service layer; the seconds each create_order took.

    Each order gets a PO whose sample line releases 10; about 1 in 10 has then produced all 10
    (the gate denies), about 1 in 20 goes through the sample sign-off, a PO revision and a
    written production release (a larger state, with two releases).
    """
    creates: list[float] = []
    for i in range(first, last + 1):
        start = time.perf_counter()
        order = register.create_order(
            PURCHASING,
            buyer=BUYER,
            supplier=SUPPLIER,
            part=f"PART-{i % 997}",
            rev="A",
            sample_qty=10,
            production_qty=500,
            basis=Basis.FORECAST,
            quote_ref=f"Q-{i}",
            order_id=f"ORD-{i}",
        )
        creates.append(time.perf_counter() - start)
        full_flow = rng.random() < 0.05
        register.issue_po(
            PURCHASING,
            f"PO-{i}",
            order,
            sample_qty=10,
            unlock=UnlockEvent.SAMPLE_SIGNOFF if full_flow else None,
            authority=AUTHORITY if full_flow else None,
            material=MaterialMode.SAMPLE_ONLY if full_flow else None,
        )
        if full_flow:
            register.sign_off(ENGINEERING, order, Disposition.APPROVED)
            register.revise_po(PURCHASING, f"PO-{i}", order, production_qty=200)
            register.release(AUTHORITY, order, 200, UnlockEvent.SAMPLE_SIGNOFF, ref=f"FAI-{i}")
        elif rng.random() < 0.1:
            register.produce(OPS, order, 10)
    return creates


def build_database(path: Path, count: int, seed: int) -> tuple[list[str], float, list[float]]:
    """A register with ``count`` orders, built with synchronous=OFF.

    Returns the order ids, the seconds the set-up took, and the seconds of each create_order
    (to show whether creating an order costs more as the ledger grows).
    """
    start = time.perf_counter()
    rng = random.Random(seed)
    register = _new_register(path, "OFF")
    try:
        creates = build_orders(register, 1, count, rng)
    finally:
        register.close()
    return [f"ORD-{i}" for i in range(1, count + 1)], time.perf_counter() - start, creates


def gate_rate(path: Path, picks: list[str], seconds: float) -> float:
    """Gate checks per second over ``seconds``, cycling through ``picks``, on a fresh connection."""
    with _synchronous("FULL"):
        register = open_register(f"sqlite:///{path}")
    try:
        position = 0

        def check() -> None:
            nonlocal position
            register.gate(picks[position % len(picks)], 1)
            position += 1

        _timed(check, min(0.1, seconds))  # warm-up
        count, took = _timed(check, seconds)
    finally:
        register.close()
    return count / took


def bench_gates(plan: Plan, workdir: Path) -> Path:
    """Gate checks on a small and a large database; returns the small one (for start-up)."""
    small_path, large_path = workdir / "small.db", workdir / "large.db"
    small_ids, small_setup, _ = build_database(small_path, plan.small_orders, 1)
    large_ids, large_setup, creates = build_database(large_path, plan.large_orders, 2)
    print(
        f"  set-up through the service layer (synchronous=OFF): {_n(plan.small_orders)} orders "
        f"{small_setup:.1f} s; {_n(plan.large_orders)} orders {large_setup:.1f} s "
        f"({plan.large_orders / large_setup:,.0f} orders/s)",
        flush=True,
    )
    if len(creates) >= 1_000:
        early = statistics.mean(creates[400:500]) * 1000
        late = statistics.mean(creates[-100:]) * 1000
        grows = "GROWS with the ledger" if late > 1.5 * early else "flat"
        print(
            f"  create_order: {early:.2f} ms each at 500 orders, "
            f"{late:.2f} ms at {_n(len(creates))}: {grows}",
            flush=True,
        )
    rng = random.Random(3)
    small_picks = [rng.choice(small_ids) for _ in range(50_000)]
    large_picks = [rng.choice(large_ids) for _ in range(50_000)]
    small: list[float] = []
    large: list[float] = []
    for _ in range(plan.gate_rounds):  # interleaved, so drift on the machine hits both alike
        small.append(gate_rate(small_path, small_picks, plan.gate_seconds))
        large.append(gate_rate(large_path, large_picks, plan.gate_seconds))
    small_rate, large_rate = statistics.median(small), statistics.median(large)
    ratio = large_rate / small_rate
    _line(
        "gates/s",
        f"{_n(plan.large_orders)} orders {_n(large_rate)}",
        f"{_n(plan.small_orders)} orders {_n(small_rate)}",
        ratio,
        "aim >= 0.70",
        ratio >= 0.7,
    )
    # A diagnosis, not an aim: the large database asked about only as many distinct orders as
    # the small one holds. Near the small figure: the cost follows the orders asked about (what
    # stays cached in the process), not the size of the database.
    few = rng.sample(large_ids, plan.small_orders)
    few_picks = [rng.choice(few) for _ in range(50_000)]
    few_rate = statistics.median(
        gate_rate(large_path, few_picks, plan.gate_seconds) for _ in range(plan.gate_rounds)
    )
    print(
        f"  gates/s on the {_n(plan.large_orders)}-order database asking only "
        f"{_n(plan.small_orders)} of its orders: {_n(few_rate)} "
        f"({few_rate / small_rate:.2f} of the {_n(plan.small_orders)}-order figure)",
        flush=True,
    )
    return small_path


# ---- 3. process start-up -----------------------------------------------------------------------


def _bin_dir() -> Path:
    """The virtualenv's bin folder: this interpreter's, else the project's .venv."""
    here = Path(sys.executable).parent
    if (here / "releasegate").exists():
        return here
    return Path(__file__).resolve().parents[1] / ".venv" / "bin"


def _wall(argv: list[str], expect: tuple[int, ...] = (0,)) -> float:
    """The wall time of one fresh process running ``argv``."""
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, check=False)
    took = time.perf_counter() - start
    if done.returncode not in expect:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode()}")
    return took


def bench_startup(plan: Plan, db: Path) -> None:
    bin_dir = _bin_dir()
    python, cli = str(bin_dir / "python"), str(bin_dir / "releasegate")
    commands = {
        "floor": ([python, "-c", "import sqlalchemy"], (0,)),
        "gate": ([cli, "gate", "ORD-1", "--qty", "1", "--db", f"sqlite:///{db}"], (0, 3)),
        "help": ([cli, "--help"], (0,)),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(plan.startup_runs + 1):  # interleaved; the first round only warms caches
        for name, (argv, expect) in commands.items():
            took = _wall(argv, expect)
            if run:
                times[name].append(took)
    floor, gate, helps = (statistics.median(times[name]) for name in ("floor", "gate", "help"))
    floor_text = f"floor {floor * 1000:,.0f} ms"
    _line(
        "start-up gate",
        f"{gate * 1000:,.0f} ms",
        floor_text,
        gate / floor,
        "aim <= 1.50",
        gate / floor <= 1.5,
    )
    _line(
        "start-up --help",
        f"{helps * 1000:,.0f} ms",
        floor_text,
        helps / floor,
        "aim < 1.00",
        helps / floor < 1.0,
    )


# ---- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: small counts")
    args = parser.parse_args(argv)
    plan = QUICK_PLAN if args.quick else FULL_PLAN
    _header(plan, args.quick)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="releasegate-bench-") as tmp:
        workdir = Path(tmp)
        bench_postings(plan, "FULL", 0.6, workdir)
        bench_postings(plan, "NORMAL", 0.25, workdir)
        small_db = bench_gates(plan, workdir)
        bench_startup(plan, small_db)
    print(f"total {time.perf_counter() - began:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
