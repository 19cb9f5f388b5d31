"""The wording model: how likely each rule is to apply, read from the bundle's words as a whole.

The rules (rules.py) look for sentences; on text they were not written against they miss what
is said another way and flag what only looks risky. This model was learned from the labelled
corpora under tests/data (bench/train_wording_model.py writes ``wording_model.json.gz``):

1. **Words.** A bag of the bundle's words and word pairs (the few words after "not", "only",
   "until", "hold" ... counted again with a scope mark, see :func:`scoped_words`), weighted as
   TF-IDF (the same vocabulary, weighting and normalization as scikit-learn's
   ``TfidfVectorizer`` at training), and one logistic regression per rule gives how likely a
   reviewer would raise that rule.
2. **Decision.** A second logistic regression per rule weighs that likelihood together with
   what the rules found (for every rule, since they go together: no hold and no unlock event
   are usually raised side by side) and gives the probability that the rule applies.

Everything is plain arithmetic over a few thousand weights shipped with the package: nothing is
downloaded, no numeric library is needed at run time.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from operator import mul

from .model import RULE_NAMES

RULES: tuple[str, ...] = tuple(RULE_NAMES)
MODEL_FILE = "wording_model.json.gz"

# scikit-learn's default token pattern (runs of two or more word characters), and the marks
# that end a clause
_TOKEN = re.compile(r"(?u)\b\w\w+\b|[.;:!?\n]")
# words that put what follows them in scope: negation, restriction, condition, hold
SCOPE_WORDS = frozenset(
    [
        "not",
        "no",
        "never",
        "without",
        "nothing",
        "none",
        "nor",
        "neither",
        "cannot",
        "don",
        "doesn",
        "isn",
        "aren",
        "won",
        "hold",
        "until",
        "only",
        "unless",
        "pending",
        "before",
    ]
)
SCOPE_SPAN = 4  # words after one, within its clause


def scoped_words(text: str) -> str:
    """The text's lower-cased words, each of the few after a scope word ("not", "only",
    "until", "hold" ...) in the same clause repeated with a ``neg_`` mark, so that "not
    released" and "released" weigh differently. The model's only view of negation and scope;
    at training it is the vectorizer's preprocessor."""
    out: list[str] = []
    left = 0
    for word in _TOKEN.findall(text.lower()):
        if len(word) == 1:  # a clause ends
            left = 0
            continue
        out.append(word)
        if left:
            out.append("neg_" + word)
            left -= 1
        if word in SCOPE_WORDS:
            left = SCOPE_SPAN
    return " ".join(out)


def term_counts(text: str) -> Counter[str]:
    """Words and adjacent word pairs of the scoped text, counted (as at training)."""
    tokens = scoped_words(text).split()
    counts = Counter(tokens)
    counts.update(map(" ".join, pairwise(tokens)))
    return counts


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class WordingModel:
    """Weights as trained: per term its IDF and one weight per rule; the decision weights."""

    index: dict[str, int]
    idf: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # per term, one per rule (RULES order)
    intercepts: tuple[float, ...]
    # per rule: [own likelihood (logit), own found, found x likelihood,
    #            found for each rule (12), likelihood logit for each rule (12)], then intercept
    decision: tuple[tuple[float, ...], ...]
    threshold: float  # a rule's findings below it are dropped
    add_threshold: float  # a rule the rules did not find is added at it or above (>= threshold)
    least_evidence: float  # an addition needs a sentence weighing more than this
    max_chars: int  # the longest bundle it reads (half as long again as any it learned from)

    def _vector(self, text: str, normalize: bool) -> dict[int, float]:
        """The text's TF-IDF weights by term index (sublinear term frequency)."""
        vector: dict[int, float] = {}
        index, idf, log = self.index, self.idf, math.log
        for term, n in term_counts(text).items():
            i = index.get(term)
            if i is not None:
                vector[i] = idf[i] if n == 1 else (1.0 + log(n)) * idf[i]
        norm = math.sqrt(sum(v * v for v in vector.values())) if normalize else 0.0
        if norm:
            for i in vector:
                vector[i] /= norm
        return vector

    def _scores(self, vector: dict[int, float]) -> list[float]:
        """Per rule (RULES order), the vector's weighted sum."""
        if not vector:
            return [0.0] * len(RULES)
        values = list(vector.values())
        rows = [self.weights[i] for i in vector]
        # one column of weights per rule, summed against the values (in C, not per term)
        return [sum(map(mul, values, column)) for column in zip(*rows, strict=True)]

    def features(self, text: str) -> dict[int, float]:
        """The bundle's TF-IDF vector (sublinear term frequency, L2-normalized)."""
        return self._vector(text, normalize=True)

    def likelihoods(self, text: str) -> dict[str, float]:
        """Per rule, how likely the words alone say it applies (0-1)."""
        scores = self._scores(self.features(text))
        return {
            rule: _sigmoid(b + s) for rule, b, s in zip(RULES, self.intercepts, scores, strict=True)
        }

    def decide(self, likelihoods: dict[str, float], found: Collection[str]) -> dict[str, float]:
        """Per rule, the probability that it applies, given the words and what the rules found."""
        logits = [_logit(likelihoods[r]) for r in RULES]
        flags = [1.0 if r in found else 0.0 for r in RULES]
        out: dict[str, float] = {}
        for r, rule in enumerate(RULES):
            x = [logits[r], flags[r], flags[r] * logits[r], *flags, *logits]
            *coef, intercept = self.decision[r]
            out[rule] = _sigmoid(intercept + sum(map(mul, coef, x)))
        return out

    def sentence_weights(self, text: str) -> dict[str, float]:
        """Per rule, how far a sentence's words push towards it (its share of the evidence:
        the same weights, unnormalized)."""
        return dict(zip(RULES, self._scores(self._vector(text, normalize=False)), strict=True))


def from_json(data: dict[str, object]) -> WordingModel:
    terms = data["terms"]
    if not isinstance(terms, list):
        raise ValueError("wording model: 'terms' is not a list")
    decision = tuple(tuple(_floats(row)) for row in _rows(data["decision"]))
    if len(decision) != len(RULES) or any(len(row) != 4 + 2 * len(RULES) for row in decision):
        raise ValueError("wording model: 'decision' does not hold one row per rule")
    return WordingModel(
        index={t: i for i, t in enumerate(terms)},
        idf=tuple(_floats(data["idf"])),
        weights=tuple(tuple(_floats(row)) for row in _rows(data["weights"])),
        intercepts=tuple(_floats(data["intercepts"])),
        decision=decision,
        threshold=float(str(data["threshold"])),
        # (a model trained before additions had a bar of their own adds at the threshold)
        add_threshold=max(
            float(str(data.get("add_threshold", data["threshold"]))), float(str(data["threshold"]))
        ),
        least_evidence=float(str(data["least_evidence"])),
        max_chars=int(str(data["max_chars"])),
    )


def _rows(value: object) -> Iterable[object]:
    if not isinstance(value, list):
        raise ValueError("wording model: expected a list of rows")
    return value


def _floats(value: object) -> list[float]:
    if not isinstance(value, list):
        raise ValueError("wording model: expected a list of numbers")
    return [float(v) for v in value]


@cache
def load() -> WordingModel:
    """The model shipped with the package (read once per process)."""
    raw = resources.files(__package__).joinpath(MODEL_FILE).read_bytes()
    return from_json(json.loads(gzip.decompress(raw)))
