"""The guided sample-first walk-through that ``make run`` shows a new user."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path

import typer

Main = Callable[[list[str]], int]

STEPS: list[tuple[str, list[str]]] = [
    ("Set up the register and the people", ["init"]),
    ("", ["party", "add", "Acme", "--kind", "buyer"]),
    ("", ["party", "add", "Printfarm", "--kind", "supplier"]),
    ("", ["member", "add", "pat", "--party", "Acme", "--role", "purchasing"]),
    ("", ["member", "add", "erin", "--party", "Acme", "--role", "engineering"]),
    (
        "",
        [
            "member",
            "add",
            "dana",
            "--party",
            "Acme",
            "--role",
            "release-authority",
            "--release-limit",
            "1000",
        ],
    ),
    ("", ["member", "add", "olu", "--party", "Printfarm", "--role", "supplier-ops"]),
    (
        "Purchasing opens the order: 10 samples now, 500 in production (a forecast)",
        [
            "order",
            "create",
            "--buyer",
            "Acme",
            "--supplier",
            "Printfarm",
            "--part",
            "BRKT-100",
            "--rev",
            "B",
            "--sample-qty",
            "10",
            "--production-qty",
            "500",
            "--basis",
            "forecast",
            "--quote",
            "Q-2291",
            "--id",
            "ORD-1",
            "--as",
            "pat",
        ],
    ),
    (
        "A sample PO: it releases the 10 samples and nothing else",
        [
            "po",
            "issue",
            "4500-1",
            "--order",
            "ORD-1",
            "--sample",
            "10",
            "--unlock",
            "sample-signoff",
            "--authority",
            "dana",
            "--material",
            "sample-only",
            "--as",
            "pat",
        ],
    ),
    ("The wording to paste in the PO's note field", ["wording", "ORD-1", "--doc", "po-note"]),
    ("The supplier acknowledges the PO as written", ["po", "ack", "4500-1", "--as", "olu"]),
    ("The print queue asks the gate before starting", ["gate", "ORD-1", "--qty", "10"]),
    ("", ["gate", "ORD-1", "--qty", "11"]),
    (
        "The supplier prints and ships the samples",
        ["produce", "ORD-1", "--qty", "10", "--as", "olu"],
    ),
    ("", ["ship", "ORD-1", "--qty", "10", "--as", "olu"]),
    (
        "One more unit is refused: nobody released it",
        ["produce", "ORD-1", "--qty", "1", "--as", "olu"],
    ),
    ("Where do we stand?", ["diagnose", "ORD-1"]),
    (
        "Engineering approves the samples (this releases nothing by itself)",
        ["signoff", "ORD-1", "--disposition", "approved", "--as", "erin"],
    ),
    ("", ["diagnose", "ORD-1"]),
    (
        "Releasing 200 is refused: no PO covers production yet",
        ["release", "ORD-1", "--qty", "200", "--event", "sample-signoff", "--as", "dana"],
    ),
    (
        "Purchasing revises the PO to cover 200 in production",
        ["po", "revise", "4500-1", "--order", "ORD-1", "--production", "200", "--as", "pat"],
    ),
    (
        "The release authority releases 200, in writing",
        [
            "release",
            "ORD-1",
            "--qty",
            "200",
            "--event",
            "sample-signoff",
            "--ref",
            "FAI-77",
            "--as",
            "dana",
        ],
    ),
    ("", ["wording", "ORD-1", "--doc", "release"]),
    ("", ["gate", "ORD-1", "--qty", "200"]),
    ("The order now", ["status", "ORD-1"]),
    ("", ["diagnose", "ORD-1"]),
    ("Every event is hash-chained; verify checks them all", ["verify"]),
]


DEMO_PASSWORD = "releasegate-demo"


def walk_through(file: str, fresh: bool, main: Main, serve: bool = False) -> None:
    path = Path(file)
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    elif path.exists():
        typer.echo(f"{path} exists: run with --fresh to start the walk-through again")
        raise typer.Exit(2)
    db = ["--db", f"sqlite:///{path}"]
    for title, args in STEPS:
        if title:
            typer.secho(f"\n## {title}", bold=True)
        typer.secho(f"$ releasegate {shlex.join(args)}", fg="cyan")
        code = main([*db, *args])
        if code not in (0, 3):
            raise typer.Exit(code)
        if code == 3:
            typer.echo(f"(exit {code}: refused or denied, and nothing changed)")
    typer.echo(
        f"\nThe walk-through's register is {path}; try: releasegate --db sqlite:///{path} log ORD-1"
    )
    if serve:
        _serve(path, main)


def _serve(path: Path, main: Main) -> None:
    """Give the walk-through's members a password and serve the register over HTTP."""
    from releasegate.api.auth import set_password
    from releasegate.services.bootstrap import open_register

    register = open_register(f"sqlite:///{path}")
    try:
        for member in ("pat", "erin", "dana", "olu"):
            set_password(register, member, DEMO_PASSWORD)
    finally:
        register.close()
    base = "http://127.0.0.1:8000"
    login = f'{{"member": "olu", "password": "{DEMO_PASSWORD}"}}'
    typer.secho("\n## The shared service, on the same register", bold=True)
    typer.echo(
        f"Log in as pat, erin, dana (buyer Acme) or olu (supplier Printfarm), password "
        f"{DEMO_PASSWORD}:\n"
        f"  curl -s -X POST {base}/api/v1/login -H 'Content-Type: application/json' "
        f"-d '{login}'\n"
        f"then send the token as 'Authorization: Bearer <token>'. Interactive docs: {base}/docs\n"
        "Stop the service with Ctrl-C."
    )
    raise typer.Exit(main(["--db", f"sqlite:///{path}", "serve"]))
