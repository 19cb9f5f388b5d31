"""Several OS processes racing on one SQLite file: exactly the authorized quantity, no more."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Cli

RELEASEGATE = str(Path(sys.executable).with_name("releasegate"))


def race(db: str, args: list[str], copies: int) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "RELEASEGATE_DB": db}
    procs = [
        subprocess.Popen(
            [RELEASEGATE, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(copies)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_racing_producers_end_with_exactly_the_released_quantity(world: Cli):
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    results = race(world.url, ["produce", "ORD-1", "--qty", "1", "--as", "olu"], 16)
    codes = sorted(r.returncode for r in results)
    assert codes == [0] * 10 + [3] * 6, [r.stderr for r in results]
    for r in results:
        if r.returncode == 3:
            assert r.stderr.startswith("refused: over-production: ")
        assert "Traceback" not in r.stderr
    status = json.loads(world.ok("status", "ORD-1", "--json"))
    assert status["produced"] == 10
    events = json.loads(world.ok("log", "ORD-1", "--json"))
    assert sum(1 for e in events if e["type"] == "ProductionRecorded") == 10
    assert "verify ok" in world.ok("verify")


def test_racing_releases_never_exceed_commercial_cover(world: Cli):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--production",
        "100",
        "--unlock",
        "written-release",
        "--as",
        "pat",
    )
    args = ["release", "ORD-1", "--qty", "10", "--event", "written-release", "--as", "dana"]
    results = race(world.url, args, 12)
    codes = sorted(r.returncode for r in results)
    assert codes == [0] * 10 + [3] * 2, [r.stderr for r in results]
    assert all(r.stderr.startswith("refused: over-release: ") for r in results if r.returncode)
    status = json.loads(world.ok("status", "ORD-1", "--json"))
    assert (status["released"], status["covered"]) == (110, 110)
    numbers = [r["number"] for r in status["releases"]]
    assert numbers == [f"R-{n}" for n in range(1, 12)]
    assert "verify ok" in world.ok("verify")
