"""The labelled corpus: its shape, and accuracy floors so that a regression fails."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.check_accuracy import evaluate

CORPUS = Path(__file__).resolve().parents[2] / "data" / "check"

# Measured on the corpus when the floors were set (see docs/checker.md); a drop fails.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95
RULE_RECALL_FLOOR = 0.8


def test_the_corpus_is_large_varied_and_labelled() -> None:
    labels = json.loads((CORPUS / "labels.json").read_text())
    assert len(labels) >= 80
    assert sum(1 for label in labels.values() if not label["expect"]) >= 20
    folders = {p.name for p in (CORPUS / "cases").iterdir()}
    assert folders == set(labels)
    suffixes = Counter(p.suffix for p in (CORPUS / "cases").rglob("*") if p.is_file())
    assert {".pdf", ".docx", ".eml", ".html", ".txt"} <= set(suffixes)
    every_rule = {rule for label in labels.values() for rule in label["expect"]}
    assert every_rule == {f"RG{n:03d}" for n in range(1, 13)}


def test_the_rules_accuracy_on_the_corpus_stays_at_or_above_the_measured_floor() -> None:
    result = evaluate(CORPUS, rules_only=True)
    assert result.overall.precision >= PRECISION_FLOOR, result.misses
    assert result.overall.recall >= RECALL_FLOOR, result.misses
    weak = {r: s.recall for r, s in result.per_rule.items() if s.recall < RULE_RECALL_FLOOR}
    assert not weak, (weak, result.misses)
