"""`releasegate check` end to end, as a buyer runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.e2e.check_texts import CHAT

BIN = Path(sys.executable).parent / "releasegate"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN), "check", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_check_reports_findings_with_exit_code_3(tmp_path: Path) -> None:
    mail = tmp_path / "reply.txt"
    mail.write_text("Samples approved, go ahead.\n\nJulia\n")
    result = run(str(mail))
    assert result.returncode == 3, result.stderr
    assert "»approved«" in result.stdout
    # the summary names the rules found (which absence rules the wording model keeps on a
    # two-line note is its call, and moves with retraining)
    summary = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ findings \(RG002, [^)]*RG010\) in 1 part read\.", summary), summary


def test_check_of_a_clean_document_exits_0(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Sample approved for fit check only; production not released.\n")
    result = run(str(note))
    assert result.returncode == 0, result.stderr


def test_check_json_output_is_machine_readable(tmp_path: Path) -> None:
    mail = tmp_path / "reply.txt"
    mail.write_text("Deposit has been wired, so please start the run.\n")
    for flags in (["--format", "json"], ["--json"]):
        result = run(str(mail), *flags)
        assert result.returncode == 3
        data = json.loads(result.stdout)
        assert "RG012" in {f["rule"] for f in data["findings"]}


def test_unreadable_input_exits_2_with_one_line_naming_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(bytes(range(256)) * 10)
    result = run(str(junk))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "scan.pdf" in lines[0] and "not a PDF" in lines[0]


def test_the_wording_model_adds_what_the_rules_miss_and_rules_only_leaves_it_out(
    tmp_path: Path,
) -> None:
    chat = tmp_path / "sms.txt"
    chat.write_text(CHAT)
    full = json.loads(run(str(chat), "--json").stdout)["findings"]
    rules = json.loads(run(str(chat), "--json", "--rules-only").stdout)["findings"]
    # "on hold for now" names no event that lifts the hold: the words say so, no rule matches
    added = [f for f in full if f["rule"] == "RG004"]
    assert added and "Read from the wording as a whole" in added[0]["message"]
    assert "RG004" not in {f["rule"] for f in rules}
    assert {f["rule"] for f in rules} <= {f["rule"] for f in full}
