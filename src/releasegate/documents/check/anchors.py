"""Keyword pre-scan: find where a pattern could match without running it over the whole text.

Python's regular expressions try every position of the text against every alternative of a
pattern, which is slow for the large alternations of :mod:`language`. But every match of such a
pattern contains one of a few literal words ("approv", "go ahead", "on hold" ...). Those words
are read off the compiled pattern itself (:func:`required_literals`), all of them are found in one
pass of an Aho-Corasick automaton, and only the sentences that hold one are searched.

The words are derived, not listed by hand, so a pattern can change without its pre-scan going
stale: a pattern whose every match cannot be tied to a literal of two characters or more is
simply searched in full.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick  # type: ignore[import-not-found]

_MIN_ANCHOR = 2  # shorter words occur everywhere and would save nothing
_MAX_WORDS = 64  # an item read as exact strings has at most this many
# Words so common that an anchor made of one is worth no more than a single letter.
_COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "do",
        "for",
        "go",
        "i",
        "in",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "only",
        "or",
        "the",
        "to",
        "we",
        "will",
        "you",
    ]
)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Anchors = frozenset[str]


def required_literals(pattern: re.Pattern[str]) -> Anchors | None:
    """Lower-case strings such that every match of the pattern contains at least one of them,
    or None when no such set of strings of two characters or more can be read off."""
    found = _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if found is None or min(len(a) for a in found) < _MIN_ANCHOR:
        return None
    # a word that holds another word of the set adds nothing ("approved for production")
    return frozenset(w for w in found if not any(o != w and o in w for o in found))


def _worth(word: str) -> int:
    core = word.strip()
    return 1 if core in _COMMON else len(core)


def _better(a: Anchors | None, b: Anchors | None) -> Anchors | None:
    """The more selective of two anchor sets: longer shortest word first, then fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(_worth(w) for w in a), -len(a))
    key_b = (min(_worth(w) for w in b), -len(b))
    return a if key_a >= key_b else b


def _sequence(items: Sequence[tuple[Any, Any]]) -> Anchors | None:
    """Every match of a sequence matches each of its mandatory items, so any one item's anchors
    serve; the most selective is kept. Consecutive items that match one of a few exact strings
    ("please|kindly", " ", "deliver|supply") are read together as words ("please deliver")."""
    best: Anchors | None = None
    chain: set[str] = {""}

    def close() -> None:
        nonlocal best
        if chain and min(len(w) for w in chain) >= _MIN_ANCHOR:
            best = _better(best, frozenset(chain))

    for item in items:
        exact = _exact(item)
        if exact is not None and len(chain) * len(exact) <= _MAX_WORDS:
            chain = {a + b for a in chain for b in exact}
            continue
        close()
        chain = set(exact) if exact is not None else {""}
        if exact is None:
            best = _better(best, _inside(item))
    close()
    return best


def _inside(item: tuple[Any, Any]) -> Anchors | None:
    """The anchors of one item that is not a small set of exact strings."""
    op, av = item
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _union(_sequence(alt) for alt in av[1])
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    return None


def _exact(item: tuple[Any, Any]) -> set[str] | None:
    """The exact strings an item can match, when they are few; None otherwise."""
    op, av = item
    if op is sre.LITERAL:
        return {chr(av).lower()}
    if op in _ZERO_WIDTH:
        return {""}  # consumes nothing: what comes either side is adjacent in the text
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av) and len(av) <= 4:
        return {chr(c).lower() for _, c in av}
    if op is sre.SUBPATTERN:
        return _exact_sequence(av[-1])
    if op is sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _exact_sequence(alt)
            if found is None:
                return None
            out |= found
        return out if len(out) <= _MAX_WORDS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        body = _exact_sequence(av[2])
        return None if body is None else body | {""}
    return None


def _exact_sequence(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = {""}
    for item in items:
        exact = _exact(item)
        if exact is None or len(out) * len(exact) > _MAX_WORDS:
            return None
        out = {a + b for a in out for b in exact}
    return out


def _union(sets: Iterable[Anchors | None]) -> Anchors | None:
    out: set[str] = set()
    for s in sets:
        if s is None:
            return None  # an alternative with no anchor can match anywhere
        out |= s
    return frozenset(out)


def split_branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source ("a|b|c"), looking through one group
    that wraps the whole pattern ("(?P<grant>a|b|c)"); a single item when there are none."""
    found = _top_level(source)
    if len(found) == 1:
        opening = re.match(r"\((?:\?P<\w+>|\?:)?", source)
        if opening is not None and _closing(source, 0) == len(source) - 1:
            inner = _top_level(source[opening.end() : -1])
            if len(inner) > 1:
                return inner
    return found


def _top_level(source: str) -> list[str]:
    """Split a pattern's source at the bars outside groups and character classes."""
    out: list[str] = []
    start = 0
    for i, c, depth in _syntax(source):
        if c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
    out.append(source[start:])
    return out


def _closing(source: str, opening: int) -> int:
    """Where the group opened at ``opening`` closes (-1 when it does not)."""
    for i, c, depth in _syntax(source[opening:]):
        if c == ")" and depth == 0:
            return opening + i
    return -1


def _syntax(source: str) -> Iterable[tuple[int, str, int]]:
    """The characters of a pattern's source that are syntax (not escaped, not inside a
    character class), each with its offset and the group depth after it."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if source[i + 1 : i + 2] == "^" else 0
            i += 1 if source[i + 1 : i + 2] == "]" else 0  # "[]...]": a literal bracket
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


@dataclass(frozen=True)
class Branches:
    """A large alternation cut into its alternatives, each with its own anchor words: whether
    the pattern matches a sentence is whether one of the alternatives whose words the
    sentence holds matches it (searching two small patterns is cheaper than one large one)."""

    patterns: tuple[re.Pattern[str], ...]
    by_word: dict[str, tuple[int, ...]]  # anchor word -> the alternatives it anchors

    def any_matches(self, low: str, words: Iterable[str], at_start: bool) -> bool:
        picked = sorted({i for w in words for i in self.by_word.get(w, ())})
        for i in picked:
            branch = self.patterns[i]
            if branch.match(low) if at_start else branch.search(low):
                return True
        return False


def _branches(pattern: re.Pattern[str]) -> Branches | None:
    """The pattern cut into anchored alternatives, or None when that would not pay (fewer than
    three alternatives) or cannot be done exactly (an alternative without anchor words, or
    one that does not compile on its own, such as a reference to another's group)."""
    sources = split_branches(pattern.pattern)
    if len(sources) < 3:
        return None
    patterns: list[re.Pattern[str]] = []
    by_word: dict[str, list[int]] = {}
    for i, source in enumerate(sources):
        try:
            branch = re.compile(source, pattern.flags)
        except re.error:
            return None
        words = required_literals(branch)
        if words is None:
            return None
        patterns.append(branch)
        for word in words:
            by_word.setdefault(word, []).append(i)
    return Branches(tuple(patterns), {w: tuple(ix) for w, ix in by_word.items()})


class AnchorIndex:
    """The anchors of a fixed set of patterns, found in a text in one pass."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        # Keyed by the pattern's id: hashing a compiled pattern hashes its whole program, which
        # for the large alternations costs more than the lookup saves. The patterns are kept.
        self._anchors: dict[int, Anchors] = {}
        self._branches: dict[int, Branches] = {}
        anchored: list[re.Pattern[str]] = []
        words: set[str] = set()
        for pattern in patterns:
            found = required_literals(pattern)
            if found is not None:
                self._anchors[id(pattern)] = found
                anchored.append(pattern)
                words |= found
                branches = _branches(pattern)
                if branches is not None:
                    self._branches[id(pattern)] = branches
                    words |= set(branches.by_word)
        self.anchored: tuple[re.Pattern[str], ...] = tuple(anchored)
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, (word, len(word)))
        self._automaton.make_automaton()

    def anchors(self, pattern: re.Pattern[str]) -> Anchors | None:
        """The pattern's anchor words, or None when it has none (or is not indexed)."""
        return self._anchors.get(id(pattern))

    def branches(self, pattern: re.Pattern[str]) -> Branches | None:
        """The pattern's anchored alternatives, when it was worth cutting into them."""
        return self._branches.get(id(pattern))

    def scan(self, low: str) -> dict[str, list[int]]:
        """Start offsets of every anchor occurrence, by anchor."""
        hits: dict[str, list[int]] = {}
        for end, (word, size) in self._automaton.iter(low):
            hits.setdefault(word, []).append(end - size + 1)
        return hits
