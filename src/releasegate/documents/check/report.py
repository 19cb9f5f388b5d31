"""Text (for a buyer) and JSON (stable) rendering of a report."""

from __future__ import annotations

import json
from itertools import groupby

from .model import Finding, Report


def highlight(finding: Finding) -> str:
    """The sentence with the risky span marked »like this«, whitespace collapsed."""
    text = finding.text
    a = finding.start - finding.sentence_start
    b = finding.end - finding.sentence_start
    if 0 <= a < b <= len(text):
        text = f"{text[:a]}»{text[a:b]}«{text[b:]}"
    return " ".join(text.split())


def render_text(report: Report) -> str:
    lines: list[str] = []
    for file, group in groupby(report.findings, key=lambda f: f.file):
        lines.append(file)
        lines.append("=" * min(len(file), 78))
        for f in group:
            where = f"page {f.page}, " if f.page is not None else ""
            lines.append(f"  {f.rule} {f.name} ({where}chars {f.start}-{f.end})")
            lines.append(f"    {highlight(f)}")
            lines.append(f"    why: {f.message}")
            lines.append(f"    write instead: {f.suggestion}")
            lines.append("")
    skipped = [fi for fi in report.files if fi.type == "skipped"]
    for fi in skipped:
        lines.append(f"note: {fi.name} was not read: {fi.note}")
    lines += [f"note: {note}" for note in report.notes]
    files = sum(1 for fi in report.files if fi.type != "skipped")
    count = len(report.findings)
    rules = sorted({f.rule for f in report.findings})
    if count:
        lines.append(
            f"{count} finding{'s' if count != 1 else ''} ({', '.join(rules)}) in {files} "
            f"part{'s' if files != 1 else ''} read."
        )
    else:
        lines.append(f"No findings in {files} part{'s' if files != 1 else ''} read.")
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
