"""The HTTP benchmark: gate checks and produce postings through a real server, on loopback.

Run as ``python bench/http_api.py``; ``--quick`` is a short smoke run that still prints every line.
Each figure is measured against a baseline measured in the same run on the same server: the gate
against the trivial health endpoint at the same concurrency, and each produce posting figure
beside the health endpoint at that posting's concurrency, with its p99 against the aim.

The server is ``releasegate --db URL serve`` (one uvicorn worker) on 127.0.0.1, in its own
process; the load comes from separate client processes, each with one keep-alive connection,
sending only to 127.0.0.1, bounded in time and count.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import multiprocessing
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.queues import Queue
from pathlib import Path

from releasegate.api.auth import create_token, set_password
from releasegate.domain.vocabulary import Basis, PartyKind, Role
from releasegate.services.bootstrap import init_register, open_register

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # the only address this benchmark ever sends to
PASSWORD = "bench password 1"
ORDER = "ORD-1"
ENOUGH = 100_000_000  # units released: more than any run can post
MAX_REQUESTS_PER_CLIENT = 5_000_000  # a bound on each client's loop besides its time limit
GATE_AIM = 0.6  # gate throughput against health; p99 against health at most 1/0.6
P99_AIM_MS = 50.0  # produce postings, p99 at 8 clients (and so at 1)


@dataclass(frozen=True)
class Plan:
    rounds: int  # interleaved baseline/figure rounds; the median is reported
    seconds: float  # measured seconds per round and side
    warmup: float  # unmeasured seconds before each measurement (connections, caches)
    gate_clients: int
    posting_clients: tuple[int, ...]


FULL_PLAN = Plan(rounds=3, seconds=4.0, warmup=0.5, gate_clients=8, posting_clients=(1, 8))
QUICK_PLAN = Plan(rounds=1, seconds=1.5, warmup=0.3, gate_clients=8, posting_clients=(1, 8))


# ---- a minimal HTTP/1.1 keep-alive client (the load generator must not be the bottleneck) ------


class Connection:
    """One keep-alive connection to 127.0.0.1; requests are pre-encoded bytes."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection((HOST, port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def roundtrip(self, request: bytes) -> tuple[int, bytes]:
        self.sock.sendall(request)
        buffer = self.buffer
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            buffer += self._recv()
        head, buffer = buffer[:end], buffer[end + 4 :]
        status = int(head[9:12])
        length = -1
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            elif name.strip().lower() == b"transfer-encoding":
                raise RuntimeError("chunked responses are not expected from this API")
        if length < 0:
            raise RuntimeError(f"response {status} without Content-Length")
        while len(buffer) < length:
            buffer += self._recv()
        self.buffer = buffer[length:]
        return status, buffer[:length]

    def _recv(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        return chunk

    def close(self) -> None:
        self.sock.close()


def encode(method: str, path: str, port: int, token: str | None, body: object = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{port}", "Connection: keep-alive"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    payload = b""
    if body is not None:
        payload = json.dumps(body).encode()
        lines += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


@dataclass(frozen=True)
class Load:
    port: int
    request: bytes
    start_at: float  # time.monotonic() (system-wide on Linux) when measuring starts
    end_at: float


def _client(load: Load, results: Queue[tuple[int, int, int, bytes]]) -> None:
    """One client: warm up until start_at, then a closed loop until end_at.

    Puts (measured 2xx count, 2xx count over the whole run, other statuses, latencies in
    seconds as array('d') bytes).
    """
    latencies = array("d")
    ok_total = errors = 0
    connection = Connection(load.port)
    try:
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            began = time.monotonic()
            if began >= load.end_at:
                break
            status, _ = connection.roundtrip(load.request)
            took = time.monotonic() - began
            if 200 <= status < 300:
                ok_total += 1
                if began >= load.start_at:
                    latencies.append(took)
            else:
                errors += 1
    finally:
        connection.close()
    results.put((len(latencies), ok_total, errors, latencies.tobytes()))


@dataclass(frozen=True)
class Measured:
    rate: float  # 2xx responses per second in the measured window
    p99_ms: float
    ok_total: int  # 2xx responses including the warm-up
    errors: int  # non-2xx responses


def measure(port: int, request: bytes, clients: int, plan: Plan) -> Measured:
    """``clients`` processes send ``request`` for ``plan.warmup`` + ``plan.seconds`` seconds."""
    context = multiprocessing.get_context("fork")
    results: Queue[tuple[int, int, int, bytes]] = context.Queue()
    start_at = time.monotonic() + 0.2 + plan.warmup  # 0.2 s for the processes to start
    load = Load(port, request, start_at, start_at + plan.seconds)
    workers = [context.Process(target=_client, args=(load, results)) for _ in range(clients)]
    for worker in workers:
        worker.start()
    collected = [results.get(timeout=plan.warmup + plan.seconds + 60) for _ in workers]
    for worker in workers:
        worker.join(timeout=10)
        if worker.exitcode != 0:
            raise SystemExit(f"a load client failed (exit {worker.exitcode})")
    latencies = array("d")
    for _, _, _, raw in collected:
        latencies.frombytes(raw)
    if not latencies:
        raise SystemExit("no successful request in the measured window")
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Measured(
        rate=len(latencies) / plan.seconds,
        p99_ms=p99 * 1000,
        ok_total=sum(c[1] for c in collected),
        errors=sum(c[2] for c in collected),
    )


def rounds(
    port: int, baseline: bytes, figure: bytes, clients: int, plan: Plan
) -> tuple[Measured, Measured, int, int]:
    """Interleaved rounds, baseline first; the round with the median figure rate of each side,
    and the 2xx and error totals of the figure's side over every round."""
    base: list[Measured] = []
    fig: list[Measured] = []
    for _ in range(plan.rounds):  # interleaved, so drift on the machine hits both sides alike
        base.append(measure(port, baseline, clients, plan))
        fig.append(measure(port, figure, clients, plan))
    return (
        _median(base),
        _median(fig),
        sum(m.ok_total for m in fig),
        sum(m.errors for m in fig),
    )


def _median(runs: list[Measured]) -> Measured:
    rate = statistics.median(m.rate for m in runs)
    p99 = statistics.median(m.p99_ms for m in runs)
    return Measured(rate, p99, sum(m.ok_total for m in runs), sum(m.errors for m in runs))


# ---- the register and the server ---------------------------------------------------------------


def build_register(url: str) -> str:
    """Acme buys BRKT-100 from Printfarm; PO 4500's sample line releases ENOUGH units.

    Returns the secret of an API token for Printfarm with role supplier-ops.
    """
    init_register(url)
    register = open_register(url)
    try:
        register.add_party("Acme", PartyKind.BUYER)
        register.add_party("Printfarm", PartyKind.SUPPLIER)
        register.add_member("pat", "Acme", [Role.PURCHASING])
        register.add_member("dana", "Acme", [Role.RELEASE_AUTHORITY], release_limit=ENOUGH)
        register.add_member("olu", "Printfarm", [Role.SUPPLIER_OPS])
        for member in ("pat", "dana", "olu"):
            set_password(register, member, PASSWORD)
        register.create_order(
            "pat",
            buyer="Acme",
            supplier="Printfarm",
            part="BRKT-100",
            rev="B",
            sample_qty=ENOUGH,
            production_qty=ENOUGH,
            basis=Basis.FIRM,
            order_id=ORDER,
        )
        register.issue_po("pat", "4500", ORDER, sample_qty=ENOUGH, production_qty=ENOUGH)
        secret, _ = create_token(
            register, "Printfarm", frozenset({Role.SUPPLIER_OPS}), "bench", 1, "bench"
        )
    finally:
        register.close()
    return secret


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _bin_dir() -> Path:
    here = Path(sys.executable).parent
    if (here / "releasegate").exists():
        return here
    return ROOT / ".venv" / "bin"


@contextlib.contextmanager
def serving(url: str, log: Path) -> Iterator[int]:
    """``releasegate --db URL serve --port P`` on 127.0.0.1, until /api/v1/health answers."""
    port = _free_port()
    argv = [str(_bin_dir() / "releasegate"), "--db", url, "serve", "--host", HOST]
    argv += ["--port", str(port)]
    with log.open("wb") as out:
        server = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(server, port, log)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_healthy(server: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    health = encode("GET", "/api/v1/health", port, None)
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited {server.returncode}:\n{log.read_text()}")
        try:
            connection = Connection(port)
        except OSError:
            time.sleep(0.1)
            continue
        try:
            if connection.roundtrip(health)[0] == 200:
                return
        finally:
            connection.close()
        time.sleep(0.1)
    raise SystemExit(f"the server did not answer /api/v1/health within 60 s:\n{log.read_text()}")


def produced(port: int, token: str) -> int:
    connection = Connection(port)
    try:
        status, body = connection.roundtrip(encode("GET", f"/api/v1/orders/{ORDER}", port, token))
    finally:
        connection.close()
    if status != 200:
        raise SystemExit(f"GET /api/v1/orders/{ORDER}: {status} {body!r}")
    return int(json.loads(body)["produced"])


# ---- output ------------------------------------------------------------------------------------


def _n(value: float) -> str:
    return f"{value:,.0f}"


def _line(label: str, figure: str, baseline: str, ratio: float, aim: str, ok: bool) -> None:
    flag = "ok" if ok else "BELOW AIM"
    print(f"{label:<30}{figure}  {baseline}  ratio {ratio:.2f}  ({aim})  {flag}", flush=True)


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _cpu() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


def _header(plan: Plan, quick: bool) -> None:
    print(f"releasegate HTTP benchmark{' (--quick: smoke run only)' if quick else ''}")
    print(
        f"machine: {platform.node() or '?'}, {os.cpu_count() or 0} cores ({_cpu()}), "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(
        f"server: releasegate serve, one uvicorn {_version('uvicorn')} worker "
        f"(uvloop {_version('uvloop')}, httptools {_version('httptools')}), on {HOST}; "
        "server and load clients share the machine's cores"
    )
    print(
        "clients: separate processes, one keep-alive HTTP/1.1 connection each, closed loop\n"
        f"          (next request when the answer is in); median of {plan.rounds} interleaved "
        f"rounds of {plan.seconds:g} s a side after {plan.warmup:g} s warm-up\n"
        f"gate      GET /api/v1/orders/{ORDER}/gate?qty=1 (allowed) with an API token "
        f"(supplier-ops), {plan.gate_clients} clients,\n"
        f"          against GET /api/v1/health on the same server at the same concurrency: "
        f"req/s (aim >= {GATE_AIM:.2f} of it)\n"
        f"          and p99 (aim <= {1 / GATE_AIM:.2f} of it)\n"
        f'postings  POST /api/v1/orders/{ORDER}/production {{"qty": 1}} with that token, '
        "1 and 8 clients, one server per engine\n"
        f"          (SQLite: a file in a temp dir; PostgreSQL: a throwaway server), "
        "beside the same server's health at the\n"
        f"          same concurrency; aim p99 < {P99_AIM_MS:g} ms, no non-2xx answer, "
        "every posting counted once\n",
        flush=True,
    )


# ---- the figures -------------------------------------------------------------------------------


def bench_gate(port: int, token: str, plan: Plan) -> None:
    health = encode("GET", "/api/v1/health", port, None)
    gate = encode("GET", f"/api/v1/orders/{ORDER}/gate?qty=1", port, token)
    clients = plan.gate_clients
    base, fig, _, errors = rounds(port, health, gate, clients, plan)
    ratio = fig.rate / base.rate
    _line(
        f"gate/s, {clients} clients",
        f"gate {_n(fig.rate)}",
        f"health {_n(base.rate)}",
        ratio,
        f"aim >= {GATE_AIM:.2f}",
        ratio >= GATE_AIM and errors == 0,
    )
    p99_ratio = fig.p99_ms / base.p99_ms
    _line(
        f"gate p99, {clients} clients",
        f"gate {fig.p99_ms:.1f} ms",
        f"health {base.p99_ms:.1f} ms",
        p99_ratio,
        f"aim <= {1 / GATE_AIM:.2f}",
        p99_ratio <= 1 / GATE_AIM and errors == 0,
    )
    if errors:
        print(f"  {errors} gate checks were answered with a non-2xx status", flush=True)


def bench_postings(engine: str, url: str, plan: Plan, workdir: Path, with_gate: bool) -> None:
    token = build_register(url)
    with serving(url, workdir / f"serve-{engine}.log") as port:
        if with_gate:
            bench_gate(port, token, plan)
        health = encode("GET", "/api/v1/health", port, None)
        post = encode("POST", f"/api/v1/orders/{ORDER}/production", port, token, {"qty": 1})
        before = produced(port, token)
        posted = 0
        for clients in plan.posting_clients:
            base, fig, ok_total, errors = rounds(port, health, post, clients, plan)
            posted += ok_total
            ok = fig.p99_ms < P99_AIM_MS and errors == 0
            _line(
                f"postings/s {engine}, {clients} cl.",
                f"produce {_n(fig.rate)}/s p99 {fig.p99_ms:.1f} ms",
                f"health {_n(base.rate)}/s p99 {base.p99_ms:.1f} ms",
                fig.rate / base.rate,
                f"aim p99 < {P99_AIM_MS:g} ms",
                ok,
            )
            if errors:
                print(f"  {errors} postings were answered with a non-2xx status", flush=True)
        after = produced(port, token)
    if after - before != posted:  # every acknowledged posting landed, once
        print(
            f"  COUNT MISMATCH on {engine}: {after - before} produced, {posted} acknowledged",
            flush=True,
        )


def bench_postgres(plan: Plan, workdir: Path) -> None:
    sys.path.insert(0, str(ROOT))  # tests/ is not installed: the suite's throwaway server
    from tests.pg_server import PostgresServer

    try:
        server = PostgresServer()
    except RuntimeError:
        for clients in plan.posting_clients:
            print(
                f"{f'postings/s postgresql, {clients} cl.':<30}"
                "skipped: no PostgreSQL server binaries",
                flush=True,
            )
        return
    server.start()
    try:
        bench_postings("postgresql", server.new_database(), plan, workdir, with_gate=False)
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    args = parser.parse_args(argv)
    plan = QUICK_PLAN if args.quick else FULL_PLAN
    _header(plan, args.quick)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="releasegate-http-bench-") as tmp:
        workdir = Path(tmp)
        url = f"sqlite:///{workdir / 'register.db'}"
        bench_postings("sqlite", url, plan, workdir, with_gate=True)
        bench_postgres(plan, workdir)
    print(f"total {time.perf_counter() - began:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
