"""The wording model: same numbers as scikit-learn, and what it drops and adds in a report."""

from __future__ import annotations

import math

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]

from releasegate.documents.check import OrderFacts, check_parts
from releasegate.documents.check.model_findings import apply_wording_model, bundle_text, may_add
from releasegate.documents.check.read import Part
from releasegate.documents.check.rules import run_rules
from releasegate.documents.check.wording_model import (
    RULES,
    WordingModel,
    from_json,
    load,
    scoped_words,
)

TEXTS = [
    "Samples approved, go ahead with the full run of 500 pcs.",
    "The forecast of 2,000 units is non-binding; only the 10 samples are released.",
    "Deposit received. We start production on Monday, Monday!",
    "Kindly supply 40 nos. trial parts as per offer 118; production lot 8,000 nos.",
]


def _parts(*texts: str) -> list[Part]:
    return [Part(f"doc{i}.txt", f"doc{i}.txt", "text", t) for i, t in enumerate(texts)]


def _model(
    weights: dict[str, dict[str, float]],
    intercept: float = -6.0,
    threshold: float = 0.5,
    add_threshold: float | None = None,
) -> WordingModel:
    """A model over a few terms whose decision is the words' likelihood alone."""
    terms = sorted({t for per_rule in weights.values() for t in per_rule})
    width = 3 + 2 * len(RULES)
    return from_json(
        {
            "terms": terms,
            "idf": [1.0] * len(terms),
            "weights": [[weights.get(r, {}).get(t, 0.0) for r in RULES] for t in terms],
            "intercepts": [intercept] * len(RULES),
            "decision": [[1.0] + [0.0] * (width - 1) + [0.0] for _ in RULES],
            "threshold": threshold,
            **({} if add_threshold is None else {"add_threshold": add_threshold}),
            "least_evidence": 0.0,
            "max_chars": 10_000,
        }
    )


def test_a_model_file_whose_decision_rows_do_not_fit_the_rules_is_refused() -> None:
    data: dict[str, object] = {
        "terms": ["approved"],
        "idf": [1.0],
        "weights": [[0.0] * len(RULES)],
        "intercepts": [0.0] * len(RULES),
        "decision": [[0.0] * (3 + 2 * len(RULES)) for _ in RULES],  # one weight short
        "threshold": 0.5,
        "least_evidence": 0.0,
        "max_chars": 10_000,
    }
    with pytest.raises(ValueError, match="decision"):
        from_json(data)


def test_the_bundle_vector_is_scikit_learns_tfidf() -> None:
    vec = TfidfVectorizer(
        preprocessor=scoped_words, ngram_range=(1, 2), min_df=1, sublinear_tf=True
    ).fit(TEXTS)
    terms = vec.get_feature_names_out().tolist()
    model = from_json(
        {
            "terms": terms,
            "idf": vec.idf_.tolist(),
            "weights": [[0.0] * len(RULES) for _ in terms],
            "intercepts": [0.0] * len(RULES),
            "decision": [[0.0] * (3 + 2 * len(RULES) + 1) for _ in RULES],
            "threshold": 0.5,
            "least_evidence": 0.0,
            "max_chars": 10_000,
        }
    )
    for text in [*TEXTS, "monday MONDAY go-ahead, go ahead: 500 pcs (five hundred)"]:
        expected = vec.transform([text]).toarray()[0]
        mine = model.features(text)
        assert set(mine) == {i for i, v in enumerate(expected) if v}
        for i, v in mine.items():
            assert math.isclose(v, expected[i], rel_tol=1e-9), terms[i]


def test_the_shipped_model_loads_and_scores_every_rule() -> None:
    model = load()
    assert 0 < model.threshold < 1
    assert len(model.intercepts) == len(RULES) and len(model.decision) == len(RULES)
    likely = model.likelihoods(TEXTS[0])
    assert set(likely) == set(RULES) and all(0 <= p <= 1 for p in likely.values())


def test_a_rule_the_words_do_not_support_is_dropped() -> None:
    docs, findings = run_rules(_parts("Deposit has been wired, so please start the run."), None)
    assert "RG012" in {f.rule for f in findings}
    kept = apply_wording_model(docs, None, findings, _model({"RG008": {"forecast": 9.0}}))
    assert kept == []


def test_a_rule_the_words_support_is_added_on_the_sentence_that_shows_it() -> None:
    text = (
        "PO 4500871 for 10 sample units of BRKT-100. "
        "We have the sheet steel for your next lots in stock already."
    )
    docs, findings = run_rules(_parts(text), None)
    assert "RG006" not in {f.rule for f in findings}
    model = _model({"RG006": {"steel": 9.0, "in stock": 3.0}})
    added = [f for f in apply_wording_model(docs, None, findings, model) if f.rule == "RG006"]
    assert len(added) == 1
    assert added[0].text.startswith("We have the sheet steel")
    assert text[added[0].start : added[0].end] == added[0].text
    assert "Read from the wording as a whole" in added[0].message
    assert "material" in added[0].suggestion.lower()


def test_an_addition_needs_its_own_bar_a_kept_finding_only_the_threshold() -> None:
    text = (
        "PO 4500871 for 10 sample units of BRKT-100. Deposit has been wired, so please start "
        "the run. We have the sheet steel for your next lots in stock already."
    )
    docs, findings = run_rules(_parts(text), None)
    found = {f.rule for f in findings}
    assert "RG012" in found and "RG006" not in found
    weights = {"RG006": {"steel": 10.0}, "RG012": {"deposit": 10.0}}
    model = _model(weights, threshold=0.5)
    decided = model.decide(model.likelihoods(bundle_text(docs)), found)
    assert decided["RG006"] > 0.5 and decided["RG012"] > 0.5
    assert {"RG006", "RG012"} <= {f.rule for f in apply_wording_model(docs, None, findings, model)}
    # additions above the rule's likelihood: the rules' own RG012 stays, RG006 is not added
    strict = _model(weights, threshold=0.5, add_threshold=min(0.99, decided["RG006"] + 0.005))
    shown = {f.rule for f in apply_wording_model(docs, None, findings, strict)}
    assert "RG012" in shown and "RG006" not in shown


ABSENCE = {"RG003", "RG004", "RG005", "RG010"}


@pytest.mark.parametrize(
    "text",
    [
        "Quotation Q-24-118, valid 30 days: 10 sample pcs at EUR 12.00 each; "
        "series 500 pcs at EUR 4.10 each.",
        "Could we go ahead with the remaining 500 pcs next week?",
        "Could you confirm whether the 10 sample pcs should be RAL 9005 or RAL 9011?",
    ],
    ids=["a quote", "a question", "a question without a go-ahead"],
)
def test_no_absence_finding_is_added_to_a_quote_or_a_question(text: str) -> None:
    docs, findings = run_rules(_parts(text), None)
    words = {"pcs": 9.0, "500": 9.0, "10": 9.0, "go": 9.0, "sample": 9.0}
    model = _model({r: words for r in RULES})
    assert not ABSENCE & may_add(docs, None)
    assert not ABSENCE & {f.rule for f in apply_wording_model(docs, None, findings, model)}


def test_an_absence_finding_may_be_added_where_no_rule_recognizes_what_the_text_does() -> None:
    """Words the rules read as neither granting, quoting nor asking may still authorize."""
    text = "Hi Marco, the 40 trial pieces are fine for us. Tooling kicks off on Monday."
    docs, findings = run_rules(_parts(text), None)
    assert [d.role for d in docs] == ["information"] and "RG004" not in {f.rule for f in findings}
    assert may_add(docs, None) >= ABSENCE
    model = _model({"RG004": {"trial": 9.0, "pieces": 9.0}})
    added = [f for f in apply_wording_model(docs, None, findings, model) if f.rule == "RG004"]
    assert [f.text for f in added] == ["Hi Marco, the 40 trial pieces are fine for us."]
    assert "unlock" in added[0].suggestion.lower() or "release" in added[0].suggestion.lower()


@pytest.mark.parametrize(("weight", "added"), [(5.8, False), (6.2, True)])
def test_where_nothing_authorizes_an_absence_rule_must_be_more_likely_than_not(
    weight: float, added: bool
) -> None:
    """Above the threshold (0.4) but below one half (45%), the words alone do not add it."""
    docs, findings = run_rules(_parts("The 40 trial pieces are fine for us."), None)
    model = _model({"RG004": {"trial": weight}}, threshold=0.4)  # sigmoid(-6 + weight)
    assert (0.45 if not added else 0.55) == pytest.approx(
        model.decide(model.likelihoods(docs[0].part.text), set())["RG004"], abs=0.01
    )
    shown = {f.rule for f in apply_wording_model(docs, None, findings, model)}
    assert ("RG004" in shown) is added


def test_mixed_terms_need_an_approval_word_used_twice_and_conflicts_two_quantities() -> None:
    docs, _ = run_rules(_parts("Samples approved, go ahead with 10 pcs."), None)
    assert {"RG009", "RG011", "RG001"}.isdisjoint(may_add(docs, None))
    docs, _ = run_rules(
        _parts("The drawing is approved. Production is approved for 500 pcs, not 10 pcs."), None
    )
    assert {"RG009", "RG011", "RG001"} <= may_add(docs, None)


def test_an_order_number_with_two_digits_swapped_is_not_the_models_to_drop() -> None:
    po = "PURCHASE ORDER CR-24-052\nLine Item Qty\n1 CR-VASE-12 sample 100 pcs 4.20\n"
    proforma = "PROFORMA INVOICE PI-88\nCustomer order: PO CR-24-025, 100 pcs sample vase.\n"
    docs, findings = run_rules(_parts(po, proforma), None)
    swapped = [f for f in findings if f.rule == "RG011"]
    assert swapped and swapped[0].certain
    kept = apply_wording_model(docs, None, findings, _model({"RG008": {"forecast": 9.0}}))
    assert [f.rule for f in kept] == ["RG011"]  # the others, unsupported by the words, go
    assert "certain" not in kept[0].to_dict()  # how sure a reading is stays out of the output


def test_with_an_order_the_register_alone_decides_conflicting_quantities() -> None:
    facts = OrderFacts(
        order="ORD-1",
        part="BRKT-100",
        rev="B",
        sample_qty=10,
        production_qty=500,
        basis="firm",
        released=10,
        covered=10,
        po_numbers=("4500871",),
        unlock_event="sample-signoff",
        release_authority="Jane Miller",
        material_mode="sample-only",
        material_qty=10,
        po_note="PO 4500871 releases 10 sample units of BRKT-100 rev B only.",
    )
    docs, findings = run_rules(_parts("Approved: please make 50 units under PO 4500871."), facts)
    assert "RG011" in {f.rule for f in findings}
    model = _model({"RG008": {"forecast": 9.0}})
    assert [f.rule for f in apply_wording_model(docs, facts, findings, model)] == ["RG011"]
    assert "RG011" not in may_add(docs, facts)


@pytest.mark.parametrize(
    "text",
    [
        "Sample approved for fit check only; production not released.",
        "Goods receipt is open Monday to Friday; deliveries between 7:00 and 15:00 at gate 4.",
        "Could you confirm whether the colour should be RAL 9005 or RAL 9011?",
        "Please announce deliveries one day ahead; goods receipt closes at 15:00.",
        "Invoices must quote the purchase order number and the delivery note number.",
        "Thank you for your cooperation, and best regards from the purchasing team.",
    ],
)
def test_correctly_scoped_and_neutral_wording_stays_clean_with_the_model(text: str) -> None:
    assert check_parts(_parts(text)).findings == ()


def test_rules_only_reports_the_rules_untouched() -> None:
    parts = _parts("Samples approved, go ahead.")
    _, findings = run_rules(parts, None)
    assert list(check_parts(parts, rules_only=True).findings) == findings


def test_a_bundle_longer_than_the_model_learned_from_is_left_to_the_rules() -> None:
    long = "Samples approved, go ahead. " + "Parts must be free of burrs and cracks. " * 400
    docs, findings = run_rules(_parts(long), None)
    assert "RG002" in {f.rule for f in findings}
    model = _model({"RG008": {"forecast": 9.0}})
    assert len(long) > model.max_chars
    assert apply_wording_model(docs, None, findings, model) == findings


def test_the_text_report_says_when_the_model_did_not_read_the_bundle() -> None:
    from releasegate.documents.check.report import render_text

    long = "Samples approved, go ahead. " + "Parts must be free of burrs and cracks. " * 400
    text = render_text(check_parts(_parts(long)))
    assert "note: the wording model did not read this bundle" in text
    assert text.strip().splitlines()[-1].startswith("5 findings")
    assert "wording model" not in render_text(check_parts(_parts("Samples approved, go ahead.")))


def test_a_roll_over_told_as_rg007_is_not_told_again_as_an_unscoped_approval() -> None:
    docs, findings = run_rules(
        _parts("Once the samples are approved, please proceed with the full run."), None
    )
    assert [f.rule for f in findings] == ["RG007"]
    model = _model({"RG002": {"proceed": 9.0}, "RG007": {"proceed": 9.0}})
    assert [f.rule for f in apply_wording_model(docs, None, findings, model)] == ["RG007"]
