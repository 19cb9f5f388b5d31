"""Rendering for a buyer (text) and for machines (JSON), and the exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

from releasegate.documents.check import run_check
from releasegate.documents.check.report import highlight

RISKY = "Hi Marco,\n\nSamples approved, go ahead.\n\nJulia\n"
CLEAN = "Sample approved for fit check only; production not released.\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_findings_exit_with_3_and_clean_documents_with_0(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_check([_write(tmp_path, "risky.txt", RISKY)], "text", None, out) == 3
    assert run_check([_write(tmp_path, "clean.txt", CLEAN)], "text", None, io.StringIO()) == 0


def test_text_report_groups_by_file_highlights_the_span_and_ends_with_a_summary(
    tmp_path: Path,
) -> None:
    out = io.StringIO()
    # the rules alone: what the rendering shows, not what a retrained model decides
    run_check([_write(tmp_path, "risky.txt", RISKY)], "text", None, out, rules_only=True)
    lines = [line.strip() for line in out.getvalue().splitlines()]
    assert lines[0].endswith("risky.txt")
    assert "Samples »approved«, go ahead." in lines
    assert any(line.strip().startswith("why:") for line in lines)
    assert any(line.strip().startswith("write instead:") for line in lines)
    assert lines[-1].startswith("5 findings (RG002, RG003, RG004, RG005, RG010)")


def test_json_report_is_stable_and_complete(tmp_path: Path) -> None:
    out = io.StringIO()
    run_check([_write(tmp_path, "risky.txt", RISKY)], "json", None, out)
    data = json.loads(out.getvalue())
    assert list(data) == ["files", "findings"]
    first = data["findings"][0]
    assert list(first) == [
        "rule",
        "name",
        "file",
        "page",
        "start",
        "end",
        "text",
        "message",
        "suggestion",
        "sentence_start",
    ]
    assert RISKY[first["start"] : first["end"]] in first["text"]
    again = io.StringIO()
    run_check([tmp_path / "risky.txt"], "json", None, again)
    assert again.getvalue() == out.getvalue()


def test_highlight_marks_exactly_the_risky_span() -> None:
    from releasegate.documents.check import Finding

    finding = Finding(
        "RG002", "unscoped-approval", "f", None, 14, 22, "Looks good -\n approved.", "m", "s", 0
    )
    assert highlight(finding) == "Looks good - »approved«."


def test_a_folder_is_checked_as_one_bundle(tmp_path: Path) -> None:
    folder = tmp_path / "order"
    folder.mkdir()
    _write(
        folder,
        "po.txt",
        "PURCHASE ORDER 5512\nQuantity: 15 pcs\nPrototypes only; the "
        "balance is not released until prototype approval and a written release from "
        "Priya Natarajan.",
    )
    _write(folder, "mail.txt", "Please proceed with twenty-five prototypes.")
    out = io.StringIO()
    assert run_check([folder], "json", None, out) == 3
    data = json.loads(out.getvalue())
    assert {f["name"] for f in data["files"]} == {"order/mail.txt", "order/po.txt"}
    assert [f["rule"] for f in data["findings"]] == ["RG011"]
