"""Record what the rules found in each held-out corpus the first time they read it.

    .venv/bin/python bench/first_findings.py   # writes tests/data/check_first_findings.json

The wording model (docs/checker.md, "The wording model") learns how far to trust the rules'
findings on text they were never fixed against. The rules as they are now were fixed against
every corpus under tests/data, so their findings there are far better than on new text. What
they found on first reading is the honest sample: for each corpus `check_holdoutN` this checks
out the commit at which it was first measured (the first commit named in its README's "How it
was used", else the commit that added the corpus) into a temporary git worktree, runs that
checker over the corpus and records the rules found per case.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
OUT = DATA / "check_first_findings.json"
# corpora the rules were fixed against before they were committed: no honest first reading
NOT_READ_FRESH = {"check_holdout"}  # ab02b5f: "the first guided the fixes above"

# Runs inside the old worktree: its own releasegate, the corpus from this checkout.
# The rules' findings: from e13399c on, check_paths also applies the wording model, so it is
# asked for the rules alone wherever it knows how.
_RUNNER = """
import inspect, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from releasegate.documents.check import check_paths
corpus = Path(sys.argv[2])
labels = json.loads((corpus / "labels.json").read_text())
alone = {"rules_only": True} if "rules_only" in inspect.signature(check_paths).parameters else {}
print(json.dumps({c: sorted({f.rule for f in check_paths([corpus / "cases" / c], **alone).findings})
                  for c in sorted(labels)}))
"""


def first_commit(corpus: Path) -> str:
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    used = re.search(r"how it was used(.*)", readme, re.IGNORECASE | re.DOTALL)
    if used:
        named = re.search(r"\b[0-9a-f]{7,40}\b", used.group(1))
        if named:
            return named.group()
    # the full hash: an abbreviation grows with the repository and would churn the record
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", str(corpus / "labels.json")],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    if not added:
        raise SystemExit(f"{corpus.name}: no commit measured it first and git does not know it")
    return added[-1]


def _corpus_number(path: Path) -> int:
    return int(path.name.removeprefix("check_holdout") or "1")


def main() -> int:
    corpora = [
        c
        for c in sorted(DATA.glob("check_holdout*"), key=_corpus_number)
        if c.name not in NOT_READ_FRESH
    ]
    record: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        trees: dict[str, Path] = {}
        try:
            for corpus in corpora:
                commit = first_commit(corpus)
                if commit not in trees:
                    tree = Path(tmp) / commit
                    subprocess.run(
                        ["git", "worktree", "add", "-q", "--detach", str(tree), commit],
                        cwd=ROOT,
                        check=True,
                    )
                    trees[commit] = tree
                found = subprocess.run(
                    [sys.executable, "-c", _RUNNER, str(trees[commit] / "src"), str(corpus)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                record[corpus.name] = {"commit": commit, "found": json.loads(found)}
                print(f"{corpus.name}: {commit}", file=sys.stderr)
        finally:
            for tree in trees.values():
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT)
    OUT.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(record)} corpora)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
