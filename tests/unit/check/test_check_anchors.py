"""The keyword pre-scan never loses a sentence, and sentences cut locally are those of a whole cut.

The checker looks only at sentences that hold one of a pattern's anchor words, and cuts only
the stretches of text around them. Both are shortcuts: these tests hold them to the result of
searching every sentence of a whole cut.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasegate.documents.check.anchors import AnchorIndex, required_literals, split_branches
from releasegate.documents.check.read import Part, read_path
from releasegate.documents.check.rules import _INDEX
from releasegate.documents.check.segment import Segmented, Sentence, segment

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("pattern", "anchors"),
    [
        (
            r"\b(?:please|kindly) (?:deliver|supply)\b",
            {"please deliver", "please supply", "kindly deliver", "kindly supply"},
        ),
        (r"(?:is |are )?\s*approved\b", {"approved"}),
        (r"\bauthori[sz]ed\b", {"authorised", "authorized"}),
        (
            r"\b(?:on hold|not released)\b|\bbalance\b[^.]{0,40}\bwaits\b",
            {"on hold", "not released", "balance"},
        ),
        (r"(?i:Hold)", {"hold"}),
    ],
)
def test_anchor_words_are_read_off_the_pattern(pattern: str, anchors: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == frozenset(anchors)


@pytest.mark.parametrize("pattern", [r"\d+ pcs|\d+ units|\d+", r"[a-z]+", r"x?y", r"(?:go)?\s*"])
def test_a_pattern_that_can_match_without_a_word_gets_no_anchors(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None


@pytest.mark.parametrize(
    ("source", "branches"),
    [
        (r"(?P<grant>a|b(?:c|d)|[|)]x|\|y)", ["a", "b(?:c|d)", "[|)]x", r"\|y"]),
        (
            r"on hold|not (?:yet )?released|[]|]wait",
            ["on hold", "not (?:yet )?released", "[]|]wait"],
        ),
        (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),  # the first group does not wrap the whole pattern
        (r"(?:a|b)", ["a", "b"]),
        (r"abc", ["abc"]),
    ],
)
def test_alternatives_are_cut_only_at_the_top_level(source: str, branches: list[str]) -> None:
    assert split_branches(source) == branches


def test_a_large_alternation_matches_a_sentence_exactly_when_one_of_its_alternatives_does() -> None:
    pattern = re.compile(r"\b(?:please )?approved\b|\bgo ahead\b|\bgreen light\b(?! for)")
    index = AnchorIndex([pattern])
    assert index.branches(pattern) is not None
    for text in [
        "approved, go ahead",
        "the green light for tooling",
        "green light from me",
        "disapproved",
        "we may go ahead tomorrow",
        "nothing here",
    ]:
        fast = segment(text, index).candidates(pattern)
        assert fast == _searched_everywhere(segment(text), pattern), text


def _corpus_parts() -> list[Part]:
    parts: list[Part] = []
    for path in sorted(DATA.glob("check*/cases/*/*")):
        if path.is_file():
            parts += [p for p in read_path(path, path.name) if isinstance(p, Part)]
    return parts


def _searched_everywhere(seg: Segmented, pattern: re.Pattern[str]) -> list[Sentence]:
    return [s for s in seg.sentences if pattern.search(s.low)]


def test_the_pre_scan_finds_every_sentence_a_full_search_finds_in_every_corpus() -> None:
    parts = _corpus_parts()
    assert len(parts) > 300
    for part in parts:
        # one pre-scanned cut and one plain cut per part (cutting is the slow step)
        scanned, whole = segment(part.text, _INDEX), segment(part.text)
        for pattern in _INDEX.anchored:
            fast = scanned.candidates(pattern)
            assert fast == _searched_everywhere(whole, pattern), (part.name, pattern)


_PIECES = st.sampled_from(
    [
        "Please proceed with the 10 samples.",
        "The remaining 490 pcs are not released",
        "and stay on hold until sign-off by Jane Miller.",
        "Qty. 10",
        "bal. 490 on hold",
        "R. Castillo approved it",
        "Approved, go ahead!",
        "can we run the rest?",
        "yes",
        "- item one",
        "| 2,000 | 4.50 |",
        "Subject: RE: order",
        "> quoted line that is long enough to be wrapped into the next line of the reply",
        "a long line of prose that wraps onto the next line without a stop and goes on",
        "1. first",
        "",
        "   ",
    ]
)
_JOINS = st.sampled_from(["\n", " ", "\n\n", "\n> ", " ", ". "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _JOINS), max_size=30))
def test_sentences_cut_around_an_offset_are_those_of_a_whole_cut(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(piece + join for piece, join in pieces)
    whole = segment(text).sentences
    # walking forward from the first sentence, then back from the last, one stretch at a time
    lazy = segment(text)
    forward: list[Sentence] = []
    s = lazy.first_sentence()
    while s is not None:
        forward.append(s)
        s = lazy.next_sentence(s)
    assert forward == whole
    lazy = segment(text)
    for offset in range(0, len(text), 3):
        expected = next((w for w in whole if w.start <= offset < w.end), None)
        assert lazy.sentence_at(offset) == expected
    if whole:
        backward = [whole[-1]]
        lazy = segment(text)
        while (prev := lazy.previous_sentence(backward[-1])) is not None:
            backward.append(prev)
        assert backward[::-1] == whole


def test_an_index_finds_each_anchor_where_it_occurs() -> None:
    index = AnchorIndex([re.compile(r"\bon hold\b"), re.compile(r"\bapprov\w*")])
    hits = index.scan("approved. the rest is on hold, approval on hold")
    assert hits == {"approv": [0, 31], "on hold": [22, 40]}
