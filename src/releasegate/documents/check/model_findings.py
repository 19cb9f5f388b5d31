"""What the wording model changes in the rules' findings: it drops some and adds others.

For each rule the model (wording_model.py) gives the probability that the rule applies to the
bundle, from the bundle's words and what the rules found. Below the threshold, the rule's
findings are dropped; at or above the additions' own bar (``add_threshold``, at least the
threshold: an addition rests on the words alone), a rule that found nothing gets one finding,
placed on the sentence whose words weigh most towards it. It learned from bundles of a few thousand
characters: a longer bundle (``max_chars``) is left to the rules alone. Additions stay within
each rule's own preconditions (``may_add``: an absence rule is never added to a quote, a
forecast or a question, and so on), and with an order's facts RG011 is the reconciliation
against the register alone, never added or dropped by the model. A finding the rules mark
``certain`` (an order's number with two digits swapped) is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from . import language as lang
from .facts import OrderFacts
from .model import Finding
from .rules import (
    SUGGEST_ONE_QUANTITY,
    SUGGEST_ONE_WORD_PER_IDEA,
    Bundle,
    Doc,
    build_finding,
    is_question,
    suggest_authority,
    suggest_forecast,
    suggest_hold,
    suggest_informational,
    suggest_material,
    suggest_no_auto,
    suggest_payment,
    suggest_quantity,
    suggest_scope,
    suggest_unlock,
)
from .segment import Sentence, find_po_numbers
from .wording_model import RULES, WordingModel, load

# absence rules: the finding belongs on a document that authorizes
ABSENCE = {"RG003", "RG004", "RG005", "RG010"}
# where no document authorizes, an absence rule rests on the words alone: the model must find it
# more likely than not (a logistics note's words must not be read as a missing unlock event)
WORDS_ALONE = 0.5

_WHY: dict[str, str] = {
    "RG001": "A production quantity is shown beside the sample order without being marked as "
    "not released.",
    "RG002": "An approval or go-ahead does not say what it covers, so it can be read as "
    "releasing production.",
    "RG003": "The order does not say that the balance is not released and stays on hold.",
    "RG004": "The order does not name the event that would release the balance.",
    "RG005": "The order does not name who may release the balance.",
    "RG006": "Material is bought or asked for beyond the released quantity.",
    "RG007": "Sample approval is treated as if it released production by itself.",
    "RG008": "A forecast is treated as a firm order or commitment.",
    "RG009": "Approval words are used for more than one thing: a technical decision, a "
    "commercial one, production authority.",
    "RG010": "No quantity is stated as the one authorized now.",
    "RG011": "The documents state different quantities, PO numbers or parts for the same order.",
    "RG012": "A payment, deposit or PO acceptance is treated as the release to produce.",
}


def _suggest_label_quantity(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None:
        return suggest_informational(bundle, f.production_qty)
    return (
        'Mark it: "The quoted production quantity is for information only and is not released '
        'by this PO."'
    )


_SUGGEST: dict[str, Callable[[Bundle], str]] = {
    "RG001": _suggest_label_quantity,
    "RG002": suggest_scope,
    "RG003": suggest_hold,
    "RG004": suggest_unlock,
    "RG005": suggest_authority,
    "RG006": suggest_material,
    "RG007": suggest_no_auto,
    "RG008": suggest_forecast,
    "RG009": lambda _: SUGGEST_ONE_WORD_PER_IDEA,
    "RG010": suggest_quantity,
    "RG011": lambda _: SUGGEST_ONE_QUANTITY,
    "RG012": suggest_payment,
}


def bundle_text(docs: Sequence[Doc]) -> str:
    """The words the model reads: every part's text, in bundle order (as at training)."""
    return " \n ".join(d.part.text for d in docs)


def may_add(
    docs: Sequence[Doc], facts: OrderFacts | None, wanted: Collection[str] = RULES
) -> set[str]:
    """Which of the wanted rules the model may add to this bundle: those whose precondition
    the text meets (only the wanted ones are looked into; counting quantities is not free).

    An absence rule needs a document that authorizes, or one in which the rules recognize
    nothing at all (never a quote, forecast or question); mixed approval terms need an approval
    word used twice in one file (outside quotes and forecasts); a payment read as a release
    (RG012) needs a word of payment or of the order somewhere; a production quantity shown
    (RG001) or a conflict (RG011) needs two different quantities, or for RG011 two PO
    numbers. With an order's facts RG011 is the register's alone."""
    allowed = set(wanted)
    if facts is not None:
        allowed.discard("RG011")
    if allowed & ABSENCE and not _absence_may_apply(docs):
        allowed -= ABSENCE
    if "RG009" in allowed:
        words: dict[str, int] = {}
        for d in docs:
            if d.role not in ("quote", "forecast"):
                found = len(lang.APPROVAL_WORD.findall(d.seg.low))
                words[d.part.file] = words.get(d.part.file, 0) + found
        if max(words.values(), default=0) < 2:
            allowed.discard("RG009")
    if "RG012" in allowed and not any(lang.PAYMENT_OR_ORDER_WORD.search(d.seg.low) for d in docs):
        allowed.discard("RG012")  # "Goods receipt is open Monday to Friday" pays for nothing
    if allowed & {"RG001", "RG011"} and len({q.value for d in docs for q in d.seg.quantities}) < 2:
        allowed.discard("RG001")
        if "RG011" in allowed:
            po_numbers = {po for d in docs for po, _, _ in find_po_numbers(d.seg.low)}
            if len(po_numbers) < 2:
                allowed.discard("RG011")
    return allowed


def nothing_authorizes(docs: Sequence[Doc]) -> bool:
    """No document of the bundle authorizes: an absence rule would rest on the words alone."""
    return not any(d.authorizes for d in docs)


def _absence_may_apply(docs: Sequence[Doc]) -> bool:
    """Whether an absence rule may be added: a document authorizes, or none of them is
    anything the rules recognize (no grant, no quote, forecast, question or report): the
    words may authorize in a way no rule matched (then the model must find it more likely
    than not, ``WORDS_ALONE``). A quote, a forecast or a question never gets one, nor a text
    that only asks."""
    if not nothing_authorizes(docs):
        return True
    return (
        all(d.role == "information" for d in docs)
        and any(not is_question(s) for d in docs for s in d.seg.sentences)
        # words about parts to make: a count of them, samples, production, a start or a
        # release ("Invoices must quote the purchase order number" authorizes nothing)
        and any(d.seg.quantities or _MAKING.search(d.seg.low) for d in docs)
    )


_MAKING = re.compile(
    r"\b(?:samples?|prototypes?|protos?|pilots?|fai|first[- ]articles?|trials?|production|series|"
    r"bulk|mass|balance|releas\w*|approv\w*|go[- ]ahead|green light|proceed\w*|start\w*|"
    r"produc\w*|manufactur\w*|run|build|make|pieces|pcs|units|sets)\b"
)


def unread_note(docs: Sequence[Doc], model: WordingModel | None = None) -> str | None:
    """Why the model does not read this bundle, or None when it does."""
    model = model if model is not None else load()
    size = sum(len(d.part.text) for d in docs) + 3 * max(len(docs) - 1, 0)  # len(bundle_text)
    if docs and size > model.max_chars:
        return (
            f"the wording model did not read this bundle ({size:,} characters; it reads up to "
            f"{model.max_chars:,}): these are the rules' findings alone"
        )
    return None


def apply_wording_model(
    docs: Sequence[Doc],
    facts: OrderFacts | None,
    findings: Sequence[Finding],
    model: WordingModel | None = None,
) -> list[Finding]:
    """The rules' findings, kept or dropped by the model, plus one for each rule it adds."""
    model = model if model is not None else load()
    if not docs or unread_note(docs, model):
        return list(findings)  # longer than anything it learned from: the rules alone
    text = bundle_text(docs)
    found = {f.rule for f in findings}
    decided = model.decide(model.likelihoods(text), found)
    kept = [
        f
        for f in findings
        if decided[f.rule] >= model.threshold
        or f.certain
        or (facts is not None and f.rule == "RG011")
    ]
    missing = [r for r in RULES if r not in found and decided[r] >= model.add_threshold]
    if missing:
        allowed = may_add(docs, facts, missing)
        alone = nothing_authorizes(docs)
        missing = [
            r
            for r in missing
            if r in allowed and not (alone and r in ABSENCE and decided[r] < WORDS_ALONE)
        ]
    # a go-ahead that rolls a sign-off over into production is told once, as RG007 (run_rules)
    rolled = {(f.file, f.sentence_start) for f in kept if f.rule == "RG007"}
    added = _added(docs, facts, model, missing, decided, rolled) if missing else []
    order = {d.part.name: i for i, d in enumerate(docs)}
    out = kept + added
    out.sort(key=lambda f: (order.get(f.file, 0), f.start, f.rule))
    return out


def placements(docs: Sequence[Doc]) -> list[tuple[Doc, Sentence, bool]]:
    """Every sentence an addition may be placed on, and whether an absence rule may use it:
    in a document that authorizes, the authorizing sentences (or any, when none is found);
    where no document authorizes, any sentence (``may_add`` says whether one may be added)."""
    out: list[tuple[Doc, Sentence, bool]] = []
    unrecognized = nothing_authorizes(docs)  # then any sentence (may_add decides)
    for doc in docs:
        granting = {g.sentence.start for g in doc.grants}
        for sentence in doc.seg.sentences:
            absence = unrecognized or (
                doc.authorizes and (not granting or sentence.start in granting)
            )
            out.append((doc, sentence, absence))
    return out


def _added(
    docs: Sequence[Doc],
    facts: OrderFacts | None,
    model: WordingModel,
    rules: list[str],
    decided: dict[str, float],
    rolled: set[tuple[str, int]],
) -> list[Finding]:
    weighed = [
        (doc, sentence, absence, model.sentence_weights(sentence.text))
        for doc, sentence, absence in placements(docs)
    ]
    bundle = Bundle(list(docs), facts)
    out: list[Finding] = []
    for rule in rules:
        pool = [
            w
            for w in weighed
            if (w[2] or rule not in ABSENCE)
            and (rule != "RG002" or (w[0].part.name, w[1].start) not in rolled)
        ]
        best = max(pool, key=lambda w: w[3][rule], default=None)
        if best is None or best[3][rule] <= model.least_evidence:
            continue  # no sentence's words point to it clearly: nothing to show the reader
        doc, sentence, _, _ = best
        out.append(_finding(rule, doc, sentence, decided[rule], _SUGGEST[rule](bundle)))
    return out


def _finding(
    rule: str, doc: Doc, sentence: Sentence, probability: float, suggestion: str
) -> Finding:
    message = (
        f"{_WHY[rule]} (Read from the wording as a whole, {min(probability, 0.99):.0%} likely: "
        "no rule matched one sentence; this is the sentence whose words weigh most.)"
    )
    return build_finding(rule, doc, sentence, sentence.start, sentence.end, message, suggestion)
