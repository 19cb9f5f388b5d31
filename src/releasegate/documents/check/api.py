"""The entry points: check files as one bundle, and run a check for the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TextIO

from .facts import OrderFacts
from .model import FileInfo, Report
from .model_findings import apply_wording_model, unread_note
from .read import Part, Skipped, expand_paths, read_path
from .report import render_json, render_text
from .rules import run_rules

EXIT_CLEAN = 0
EXIT_FINDINGS = 3


def check_parts(
    parts: Sequence[Part | Skipped], facts: OrderFacts | None = None, rules_only: bool = False
) -> Report:
    """Findings for parts already read (the bundle); never raises for content.

    The rules' findings go through the wording model (model_findings.py), which drops some
    and adds others; ``rules_only`` reports what the rules found, untouched."""
    readable = [p for p in parts if isinstance(p, Part)]
    docs, findings = run_rules(readable, facts)
    notes: tuple[str, ...] = ()
    if not rules_only:
        findings = apply_wording_model(docs, facts, findings)
        unread = unread_note(docs)
        notes = (unread,) if unread else ()
    roles = {d.part.name: d.role for d in docs}
    files: list[FileInfo] = []
    for p in parts:
        if isinstance(p, Part):
            files.append(
                FileInfo(p.name, p.kind, p.pages, len(p.text), roles.get(p.name, ""), p.note)
            )
        else:
            files.append(FileInfo(p.name, "skipped", None, 0, "", p.reason))
    return Report(tuple(files), tuple(findings), notes)


def check_paths(
    paths: Sequence[Path], facts: OrderFacts | None = None, rules_only: bool = False
) -> Report:
    """Check files (and the files inside folders) as one bundle.

    Raises CheckInputError (one line naming the file and why) when an input cannot be read."""
    files = expand_paths([Path(p) for p in paths])
    parts: list[Part | Skipped] = []
    for path in files:
        parts += read_path(path, _display(path, paths))
    return check_parts(parts, facts, rules_only)


def _display(path: Path, given: Sequence[Path]) -> str:
    for root in given:
        root = Path(root)
        if root.is_dir():
            try:
                return str(path.relative_to(root.parent))
            except ValueError:
                continue
    return str(path)


def run_check(
    paths: Sequence[Path],
    fmt: Literal["text", "json"],
    facts: OrderFacts | None,
    out: TextIO,
    rules_only: bool = False,
) -> int:
    """Write the report to out and return the exit code: 0 no findings, 3 findings.

    CheckInputError propagates (the CLI maps it to exit code 2)."""
    report = check_paths(paths, facts, rules_only)
    out.write(render_json(report) if fmt == "json" else render_text(report))
    return EXIT_FINDINGS if report.findings else EXIT_CLEAN
