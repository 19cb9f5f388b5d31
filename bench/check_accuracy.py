"""Precision and recall of the document checker on the labelled corpus, per rule and overall.

    .venv/bin/python bench/check_accuracy.py [--cases tests/data/check] [--verbose] [--rules-only]

A case is a folder of files checked as one bundle; its label is the set of rule ids expected.
Counting is per case and rule: a rule reported for a case that expects it is a true positive.
The wording model is trained on every corpus under tests/data, so on those corpora it has seen
the answers: this measures the shipped checker there, not its accuracy on new text (that is
bench/train_wording_model.py --check, which leaves each corpus out in turn). --rules-only
measures the rules alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from releasegate.documents.check import RULE_NAMES, OrderFacts, check_paths  # noqa: E402


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Result:
    per_rule: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    clean_cases: int = 0
    clean_with_findings: int = 0
    misses: list[str] = field(default_factory=list)


def facts_from(raw: dict[str, object] | None) -> OrderFacts | None:
    if raw is None:
        return None
    data = dict(raw)
    data["po_numbers"] = tuple(data["po_numbers"])  # type: ignore[arg-type]
    return OrderFacts(**data)  # type: ignore[arg-type]


def evaluate(corpus: Path, rules_only: bool = False) -> Result:
    labels = json.loads((corpus / "labels.json").read_text())
    result = Result(per_rule={rule: Score() for rule in RULE_NAMES})
    for name, label in sorted(labels.items()):
        expected = set(label["expect"])
        report = check_paths([corpus / "cases" / name], facts_from(label["facts"]), rules_only)
        found = report.rules
        if not expected:
            result.clean_cases += 1
            result.clean_with_findings += bool(found)
        for rule in RULE_NAMES:
            score = result.per_rule[rule]
            if rule in expected and rule in found:
                score.tp += 1
            elif rule in found:
                score.fp += 1
            elif rule in expected:
                score.fn += 1
        if found != expected:
            extra = ",".join(sorted(found - expected)) or "-"
            missing = ",".join(sorted(expected - found)) or "-"
            result.misses.append(f"{name}: extra {extra}; missing {missing}")
    for score in result.per_rule.values():
        result.overall.tp += score.tp
        result.overall.fp += score.fp
        result.overall.fn += score.fn
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "data" / "check")
    parser.add_argument("--verbose", action="store_true", help="list every mismatching case")
    parser.add_argument("--rules-only", action="store_true", help="without the wording model")
    args = parser.parse_args()
    result = evaluate(args.cases, args.rules_only)
    print(f"{'rule':<6} {'name':<34} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for rule, score in result.per_rule.items():
        print(
            f"{rule:<6} {RULE_NAMES[rule]:<34} {score.tp:>4} {score.fp:>4} {score.fn:>4} "
            f"{score.precision:>9.2f} {score.recall:>7.2f}"
        )
    o = result.overall
    print(f"{'all':<41} {o.tp:>4} {o.fp:>4} {o.fn:>4} {o.precision:>9.2f} {o.recall:>7.2f}")
    print(f"clean cases with a finding: {result.clean_with_findings} of {result.clean_cases}")
    if args.verbose:
        for line in result.misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
