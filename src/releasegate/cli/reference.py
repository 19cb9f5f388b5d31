"""The CLI reference in Markdown, generated from the Typer app.

Run ``python -m releasegate.cli.reference``; ``make docs`` writes its output to docs/cli.md, and a
test fails when that file differs. Every command and sub-command the app has is listed with its
``--help`` text at a fixed width, so the output does not depend on the terminal it runs in.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass

import typer.main
from typer._click import Command, Context
from typer.core import TyperGroup

from releasegate.cli.main import app

PROG = "releasegate"
WIDTH = 100  # the help text's width, fixed so the reference is the same on every machine

INTRO = """\
# releasegate CLI reference

<!-- Generated from the code by `make docs` (python -m releasegate.cli.reference).
     Do not edit by hand: a test fails when this file is stale. -->

Every command of `releasegate`, with its `--help` text. docs/guide.md shows the commands in use;
docs/rules.md explains each refusal.
"""

GLOBAL_OPTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "`--db URL`",
        "`RELEASEGATE_DB`",
        "the register: `sqlite:///path.db` or a file path; default `sqlite:///releasegate.db`",
    ),
    (
        "`--as NAME`",
        "`RELEASEGATE_AS`",
        "the acting member; every command that records an event needs it",
    ),
    (
        "",
        "`RELEASEGATE_SYNCHRONOUS`",
        "SQLite durability: `FULL` (default; an acknowledged posting survives power loss) or "
        "`NORMAL` (survives a crash of the program, not of the machine)",
    ),
)

EXIT_CODES: tuple[tuple[str, str], ...] = (
    ("0", "done; for `gate`: allowed"),
    ("2", "bad input: unknown name, bad number, missing or wrong option (`error: ...`, stderr)"),
    (
        "3",
        "refused by a rule (`refused: RULE: ...`, stderr), denied by the gate "
        "(`denied: RULE: ...`, stdout), or findings from `check`",
    ),
    ("1", "anything else: `verify` found a problem, a storage error (`error: ...`, stderr)"),
    ("130", "interrupted"),
)


def _intro() -> list[str]:
    out = [INTRO, "## Global options\n"]
    out.append("`--db` and `--as` may stand anywhere on the line, before or after the command.\n")
    out += ["| option | environment variable | meaning |", "| --- | --- | --- |"]
    out += [f"| {opt} | {env} | {meaning} |" for opt, env, meaning in GLOBAL_OPTIONS]
    out += ["", "## Exit codes\n", "| code | meaning |", "| --- | --- |"]
    out += [f"| {code} | {meaning} |" for code, meaning in EXIT_CODES]
    out += ["", "A refused or denied command changes nothing.\n"]
    return out


@dataclass(frozen=True)
class Entry:
    """One command of the app: its path after ``releasegate`` and its context."""

    path: str
    command: Command
    ctx: Context


def entries(root: Command | None = None) -> Iterator[Entry]:
    """Every command and sub-command, depth first, in the order the app declares them."""
    command = root if root is not None else typer.main.get_command(app)
    ctx = Context(command, info_name=PROG, terminal_width=WIDTH, max_content_width=WIDTH)
    yield from _walk(command, ctx, "")


def _walk(command: Command, ctx: Context, path: str) -> Iterator[Entry]:
    yield Entry(path, command, ctx)
    if not isinstance(command, TyperGroup):
        return
    for name in command.list_commands(ctx):
        sub = command.get_command(ctx, name)
        if sub is None or sub.hidden:
            continue
        sub_ctx = Context(sub, parent=ctx, info_name=name)
        yield from _walk(sub, sub_ctx, f"{path} {name}".strip())


def command_paths() -> list[str]:
    """The path of every command and sub-command (``po issue``...), without the root."""
    return [e.path for e in entries() if e.path]


def _heading(path: str) -> str:
    return f"{PROG} {path}".strip()


def _anchor(path: str) -> str:
    return _heading(path).replace(" ", "-")


def reference() -> str:
    """The whole reference as Markdown, ending with one newline."""
    items = list(entries())
    out = [*_intro(), "## Commands\n"]
    for e in items:
        if e.path:
            summary = e.command.get_short_help_str(limit=80)
            out.append(f"- [`{_heading(e.path)}`](#{_anchor(e.path)}): {summary}")
    for e in items:
        out.append(f"\n## {_heading(e.path)}\n")
        out.append("```text")
        out.append(e.command.get_help(e.ctx))
        out.append("```")
    return "\n".join(out) + "\n"


def main() -> None:
    sys.stdout.write(reference())


if __name__ == "__main__":
    main()
