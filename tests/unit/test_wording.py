"""Golden-text tests of the documents written from the recorded state.

To accept a deliberate change of wording, run:
    RELEASEGATE_UPDATE_GOLDEN=1 pytest tests/unit/test_wording.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from releasegate.documents.generate.render import render
from releasegate.documents.generate.wording import build
from releasegate.domain import commands as cmd
from releasegate.domain.errors import BadInput
from releasegate.domain.vocabulary import Disposition, MaterialMode, UnlockEvent
from tests.unit.world import BOSS, DANA, ERIN, OLU, PAT, Ledger

GOLDEN = Path(__file__).parents[1] / "data" / "golden"


def sample_first() -> Ledger:
    ledger = Ledger(sample=10, production=500)
    terms = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, authority=DANA)
    ledger.do(cmd.IssuePO(PAT, "4500-1", 10, 0, terms))
    return ledger


def released() -> Ledger:
    ledger = sample_first()
    ledger.do(cmd.RecordProduction(OLU, 10))
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.APPROVED))
    staged = cmd.TermsChange(material_mode=MaterialMode.STAGED, material_qty=300)
    ledger.do(cmd.RevisePO(PAT, "4500-1", production_qty=300, terms=staged))
    ledger.do(cmd.ReleaseQuantity(DANA, 200, UnlockEvent.SAMPLE_SIGNOFF, "FAI-77"))
    ledger.do(cmd.StopOrder(DANA, "drawing rev C pending"))
    return ledger


CASES = [
    ("po-note", "text", sample_first),
    ("po-note", "md", sample_first),
    ("po-note", "html", sample_first),
    ("hold", "text", sample_first),
    ("release", "text", released),
    ("stop", "text", released),
    ("material", "text", released),
    ("po-note", "text", released),
]


@pytest.mark.parametrize(("doc", "fmt", "world"), CASES)
def test_document_wording_matches_its_golden_text(doc, fmt, world):
    text = render(build(world().state, doc), fmt)
    golden = GOLDEN / f"{world.__name__}.{doc}.{fmt}"
    if os.environ.get("RELEASEGATE_UPDATE_GOLDEN"):
        golden.write_text(text)
    assert text == golden.read_text()


def test_the_po_note_does_its_four_jobs():
    text = render(build(sample_first().state, "po-note"), "text")
    flat = " ".join(text.split())
    assert "Authorized for production now: 10 units (samples only)" in flat  # active quantity
    assert "remaining 500 units are NOT released" in flat  # the rest is not released
    assert "Build 10 units and no more" in flat  # what to do now
    assert "approved sample sign-off" in flat and "written release from dana" in flat  # unlock
    assert "forecast for planning only" in flat and "sample-only" in flat


def test_an_auto_conversion_is_stated_in_the_po_note_with_its_source():
    ledger = Ledger()
    change = cmd.TermsChange(UnlockEvent.SAMPLE_SIGNOFF, auto_convert=100)
    ledger.do(cmd.IssuePO(BOSS, "4500", 10, 200, change))
    flat = " ".join(render(build(ledger.state, "po-note"), "text").split())
    assert "releases 100 units by itself (stated on PO 4500 rev 0 by boss)" in flat


def test_html_wording_escapes_recorded_text():
    ledger = sample_first()
    ledger.do(cmd.StopOrder(DANA, "<script>alert(1)</script>"))
    html = render(build(ledger.state, "stop"), "html")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_notices_without_their_subject_are_refused_as_bad_input():
    with pytest.raises(BadInput):
        build(sample_first().state, "release")
    with pytest.raises(BadInput):
        build(sample_first().state, "stop")
    with pytest.raises(BadInput):
        build(sample_first().state, "memo")
