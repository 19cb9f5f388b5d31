"""One small pure function per rule id. Each takes the analysed bundle and returns findings.

A bundle is every part of every file checked together. Each part is analysed once
(:func:`analyse`): its role (does it authorize?), its grants, holds, unlock events, named
authority and quantities. The rules then read those facts; they never raise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from . import language as lang
from .anchors import AnchorIndex
from .facts import OrderFacts
from .model import RULE_NAMES, Finding
from .read import Part
from .segment import (
    Quantity,
    Segmented,
    Sentence,
    find_part_numbers,
    find_po_numbers,
    label_end,
    parse_number,
    segment,
    words_before_bracket,
)

AUTHORIZATION = "authorization"


@dataclass(frozen=True)
class Grant:
    """An affirmative authorizing phrase in a sentence: 'go ahead', 'approved', 'PO attached'."""

    sentence: Sentence
    start: int
    end: int
    scoped: bool
    sample: bool
    authorizing: bool  # False for a scoped technical disposition ("approved for fit check only")


@dataclass
class Doc:
    """One part, analysed."""

    part: Part
    seg: Segmented
    role: str
    grants: list[Grant]
    is_po: bool
    sample: bool
    holds: list[Sentence]
    hold_spans: list[tuple[int, int]]
    active: list[Quantity]

    @property
    def authorizes(self) -> bool:
        return self.role == AUTHORIZATION

    # Asked only of some documents (mostly authorizations), so computed on first use.
    @cached_property
    def has_unlock(self) -> bool:
        return (
            any(
                # ("Following the PP review of 11 June, please release 600 pcs" names an event
                # that has happened, not one that unlocks the rest)
                not (m.group().startswith(("after", "following")) and _done(s.low, m, True))
                for s in self.seg.candidates(lang.UNLOCK)
                # ("Payment: 30 days after delivery" waits for nothing that releases parts)
                if not _PAYMENT_TERMS.search(s.low) or _RELEASE_TERMS.search(s.low)
                for m in lang.UNLOCK.finditer(s.low)
            )
            or self.seg.has(lang.UNLOCK_NAMED)
            or self.seg.has(lang.WRITTEN_RELEASE)
        )

    @cached_property
    def full_release(self) -> bool:
        """Says the whole quantity is released and nothing remains: no balance to hold."""
        return self.seg.has(lang.FULL_RELEASE)

    @cached_property
    def states_active(self) -> bool:
        """States a quantity authorized now: in a grant, or any quantity that is not held, not
        a total, in a sentence about an order, a release or the samples ("PO 5566 is out: 20
        pcs sample bands", "10 | Sample | 20 | released", "2,000 pcs maximum")."""
        if _ZERO_RELEASED.search(self.seg.low):
            return True  # "quantity released for production | 0 (zero)" states a quantity too
        if self.open_count is not None:
            # "Qty: TBD", "1 LOT as per quotation": the count is left to another document;
            # only a grant that counts states one ("please make the 12 samples")
            return any(
                self.seg.quantities_in(g.sentence.start, g.sentence.end)
                for g in self.grants
                if g.authorizing and "|" not in g.sentence.text
            )
        if self.active:
            return True
        text = self.part.text
        # the authorization itself may be the quoted message ("> PO 5530-402 is attached. To be
        # clear on scope:\n> - 20 PPAP sample cylinders only."): its quantities count
        granted_in_quote = any(g.authorizing and _quoted(text, g.start) for g in self.grants)
        # so may a quoted scope that holds the balance ("> 6 released, 294 on hold until ..."
        # above a reply "you can go ahead"): a buyer's scope, which a supplier's offer never is
        scoped_in_quote = any(_quoted(text, h.start) for h in self.holds)
        for q in self.seg.quantities:
            if _inside(q.start, self.hold_spans) or _is_total(self.seg, q):
                continue
            if (
                _quoted(text, q.start)
                and not _own_quote(text, q.start)
                and not granted_in_quote
                and not scoped_in_quote
            ):
                continue  # the other side's words (a quoted offer) state nothing authorized
            before = _clause_before(self.seg.low, q.start, 40)
            if (
                _WHOLE_BEFORE.search(before)
                or lang.NEGATION.search(before)
                or _not_active(self.seg.low, q)
                or _HELD_AFTER.match(text, q.end)
                or _held_in_its_sentence(self.holds, self.hold_spans, q)
                or _edi_line_held(text, q)
            ):
                continue  # "for the full 250,000", "no resin buys for the 1,500"
            s = self.seg.sentence_at(q.start)
            if (
                s is not None
                and _in_event_clause(s, q)
                and any(g.sentence.start == s.start and g.start > q.start for g in self.grants)
            ):
                continue  # the samples judged in the event before the grant: "Following the
                # sample sign-off (20 samples), X hereby releases production"
            if s is not None and not is_question(s) and lang.ACTIVE_CONTEXT.search(s.low):
                return True
        return False

    @cached_property
    def open_count(self) -> re.Match[str] | None:
        """Where it leaves its count open or to another document ("REL QTY : TBA", "quantity
        as per quotation"); not the production quantity left to the quote ("Series quantity
        per quote: 4.000"), a column's header, a reference followed by its count, or a PO whose
        order line counts, whatever its remarks refer to."""
        if self.is_po and self.order_lines:
            return None
        low = self.seg.low
        return next(
            (
                m
                for m in _UNSTATED_QTY.finditer(low)
                if not _OTHER_QUANTITY_BEFORE.search(low, max(0, m.start() - 30), m.start())
                and not self.seg.quantities_in(m.end(), m.end() + 40)
                and not _quoted(self.part.text, m.start())
                and "|" not in _line_of(self.part.text, m.start())
            ),
            None,
        )

    @cached_property
    def release_statements(self) -> list[tuple[Quantity, Sentence]]:
        return _release_statements(self)

    @cached_property
    def order_lines(self) -> list[Quantity]:
        return _order_lines(self)

    @cached_property
    def order_numbers(self) -> list[tuple[str, int, int]]:
        """The order numbers it names as such ("PO 4500318"): as written, start, end."""
        return _order_numbers(self.seg.low)

    @cached_property
    def has_authority(self) -> bool:
        return _has_authority(self.seg)

    @cached_property
    def material_authority(self) -> bool:
        return self.seg.has(lang.MATERIAL_AUTHORITY)

    @cached_property
    def material_authority_limited(self) -> bool:
        """The material authority is limited to the samples or the released quantity
        ("Material authority: sample-only", "released quantity only")."""
        return any(
            re.search(r"sample|released (?:qty|quantity)|\bonly\b|npi|pilot|prototype", s.low)
            for s in self.seg.candidates(lang.MATERIAL_AUTHORITY)
        )

    @cached_property
    def auto_conversion(self) -> bool:
        """An explicit, recorded auto-conversion: said in so many words, with someone named
        who signs it off (without a signer it is still only implied)."""
        return self.seg.has(lang.AUTO_CONVERSION_EXPLICIT) and self.has_authority


_PAYMENT_TERMS = re.compile(
    r"\b(?:payment|pay\.?\s*terms|terms of payment|zahlung\w*|pago|paiement|[öo]deme)\b"
)
_RELEASE_TERMS = re.compile(r"releas|unlock|sign[- ]?off|approv|liber|freigabe")


_ZERO_RELEASED = re.compile(
    r"\b(?:quantity|qty) released\b[^.|\d]{0,30}\|?\s*0\b(?![.,]\d)|"
    r"\breleased (?:for production|now)?\s*[:=|]\s*0\b(?![.,]\d)"
)


def _held_in_its_sentence(
    holds: Sequence[Sentence], hold_spans: Sequence[tuple[int, int]], q: Quantity
) -> bool:
    """'the production lot of 220 is approved only when ...': the quantity is the subject of a
    hold that follows it in the same clause."""
    for a, b in hold_spans:
        if not q.end <= a < q.end + 45:
            continue
        sentence = next((h for h in holds if h.start <= q.start and a < h.end), None)
        if sentence is None:
            continue
        span = sentence.low[a - sentence.start : b - sentence.start]
        between = sentence.low[q.end - sentence.start : a - sentence.start]
        if "\n" in sentence.text[q.end - sentence.start : a - sentence.start]:
            continue  # the hold is on the next row: "4,950 nos\nRemaining on hold ... nil"
        # "... are released by Giulia Ferri" names who released them; "approved only when",
        # "not released", "on hold" keep them back
        if _KEPT_BACK.search(span) and not _CLAUSE_BREAK.search(between):
            return True
    return False


_KEPT_BACK = re.compile(
    r"\bnot\b|\bonly\b|n't\b|\bon hold\b|\bblocked\b|\bfrozen\b|\bparked\b"
    # in the buyer's language: "(2.000 uds) no esta liberado", "nicht freigegeben"
    r"|\bno\b|\bnicht\b|\bnon\b|\bn[ãa]o\b|\bniet\b|\bgesperrt\b"
)


# (a closing bracket is no break: "The production quantity (approx. 8.000 pcs) is NOT released")
_CLAUSE_BREAK = re.compile(r"[,;:(\-\u2013\u2014]|\b(?:and|but|while|whereas|that's|then)\b")


_WHOLE_BEFORE = re.compile(r"\b(?:full|whole|entire|complete|total|all)\W*(?:\w+\W+)?$")


def _mentions(low: str, keys: Sequence[str]) -> bool:
    """Whether the text mentions any of the words."""
    return any(k in low for k in keys)


@dataclass
class Bundle:
    docs: list[Doc]
    facts: OrderFacts | None

    def named(self, name: str) -> Doc | None:
        return next((d for d in self.docs if d.part.name == name), None)

    def by_file(self) -> dict[str, list[Doc]]:
        files: dict[str, list[Doc]] = {}
        for doc in self.docs:
            files.setdefault(doc.part.file, []).append(doc)
        return files


# ---------------------------------------------------------------- analysis


def _clause_before(low: str, start: int, limit: int = 60) -> str:
    window = low[max(0, start - limit) : start]
    cut = 0
    for m in lang.CLAUSE.finditer(window):
        cut = m.end()
    return window[cut:]


_FIXED_ROW_COUNT = re.compile(r"\S {2,}\d{1,3}(?:[.,' ]\d{3})*(?= {2,}\S)")
_ATTRIBUTIVE = re.compile(
    r"\s*(?:mills?|sources?|vendors?|suppliers?|proofs?|artwork|drawings?|lists?|avl|"
    r"sub-?contractors?|processors?|labs?|laborator(?:y|ies)|materials?|standards?|specs?|"
    r"specifications?|colou?rs?|finish(?:es)?|formulas?|packaging|designs?|source list)\b"
)
_BRACKETS = re.compile(r"\([^()]{0,100}\)")
_BRACKETED_ASIDE = re.compile(r"\s*\([^()]{0,100}\)")


def _unbracketed(low: str, end: int) -> str:
    """The 200 characters before ``end`` with their (short) bracketed asides blanked out."""
    return _BRACKETS.sub(lambda m: " " * len(m.group()), low[max(0, end - 200) : end])


def _clause_after(low: str, start: int) -> str:
    """The text from ``start`` to the end of its clause ("covers 12 prototypes only" in "...;
    the balance stays on hold")."""
    end = low.find(";", start)
    return low[start:] if end == -1 else low[start:end]


def is_question(sentence: Sentence) -> bool:
    low = sentence.low.rstrip()
    if not (low.endswith("?") or lang.QUESTION_START.match(low)):
        return False
    if not low.endswith("?") and re.match(r"\W*(?:what|which|who)\b[^?:]{0,40}:", low):
        return False  # "What is released: the NPI build of 50 boards": a label, not a question
    # "can you print a few of the gear sets as protos?" asks for parts
    return not lang.POLITE_REQUEST.match(low)


def _about_something_else(seg: Segmented, sentence: Sentence, grant: re.Match[str]) -> bool:
    """Whether a grant is about an invoice, a shipment, a budget... rather than production:
    the subject of an approval ("the budget was approved") or the object of an action
    ("go ahead and send the invoice", "release the shipment")."""
    low = sentence.low
    if seg.quantities_in(sentence.start, sentence.end):
        return False
    if re.search(r"\b(?:po|p\.o\.|purchase order|order)\b", grant.group()):
        return False  # sending a PO is about production, whatever else is attached
    if lang.APPROVAL_OF_THING.search(grant.group()):
        window = _clause_before(low, grant.start(), 60)
    else:
        window = " ".join(low[grant.end() : grant.end() + 60].split()[:6])
    thing = lang.NON_PRODUCTION_OBJECT.search(window)
    if thing is None:
        return False
    # "produce the samples per quote 12": the parts come first, the quote only qualifies them
    head = window[: thing.start()]
    return not (
        lang.PRODUCTION_GRANT.search(window)
        or lang.SAMPLE.search(head)
        or lang.PARTS_NOUN.search(head)
        or re.search(r"\b(?:everything|all|whole|the lot)\b", head)  # "everything on the quote"
    )


def _grant_sentences(seg: Segmented) -> list[Sentence]:
    found = {s.start: s for s in seg.candidates(lang.GRANT)}
    found.update((s.start, s) for s in seg.candidates(lang.CJK_GRANT))
    found.update((s.start, s) for s in seg.candidates(lang.IMPERATIVE_START, at_start=True))
    found.update((s.start, s) for s in seg.candidates(lang.POLITE_REQUEST, at_start=True))
    found.update((s.start, s) for s in seg.candidates(lang.PO_LABEL_START, at_start=True))
    for s in seg.candidates(lang.ANSWER_YES, at_start=True):
        if _answer(seg, s) is not None:
            found[s.start] = s
    return [found[k] for k in sorted(found)]


def _asked(seg: Segmented, sentence: Sentence, grant: re.Match[str]) -> Sentence | None:
    """The question a yes-answer grant answers ("can we run the 500?" / "yes"), else None."""
    if grant.re is lang.ANSWER_YES:
        return seg.previous_sentence(sentence)
    return None


def _answer(seg: Segmented, sentence: Sentence) -> re.Match[str] | None:
    """'yep, full 2k' right after 'so we run all 2k?': a yes to a question about starting work
    is a grant of what was asked."""
    m = lang.ANSWER_YES.match(sentence.low)
    if m is None:
        return None
    question = seg.previous_sentence(sentence)
    if question is None or not is_question(question):
        return None
    if not lang.STARTING_WORK.search(question.low):
        return None
    return m


_DEFINITION = re.compile(
    r"\W*(?:\d+(?:\.\d+)*\s+)?[\"'\u201c]?[\w -]{2,40}[\"'\u201d]?\s+(?:means|shall mean|"
    r"refers to|is defined as)\b"
)
_IN_CHOICES = re.compile(r"\([^()]{0,40}$")
# "following the drop test sign-off, we release 1,500 crates": a release made now
_PERFORMATIVE = re.compile(
    r"\s*(?:we|i) (?:hereby )?(?:release|authori[sz]e|approve)\b|.*\bhereby\b"
)


def _grants(seg: Segmented, held: bool = False) -> list[Grant]:
    """The grants of a part; ``held``: the part holds something back somewhere."""
    found: list[Grant] = []
    for sentence in _grant_sentences(seg):
        low = sentence.low
        if is_question(sentence) or _column_header(low) or _DEFINITION.match(low):
            continue  # '"Production Release" means a written instrument ...' defines a word
        if _EVENT_LABEL.match(low):
            continue  # "Unlock event | Sample sign-off SO-24-031, disposition: approved": the
            # event a release rests on, recorded, not a grant
        m = None
        opening = (
            lang.IMPERATIVE_START.match(low)
            or lang.POLITE_REQUEST.match(low)
            or lang.PO_LABEL_START.match(low)
            or _answer(seg, sentence)
        )
        matches = [opening] if opening else []
        matches += lang.GRANT.finditer(low)
        if not low.isascii():
            matches += lang.CJK_GRANT.finditer(low)
        for candidate in matches:
            if low[max(0, candidate.start() - 1) : candidate.start()] in ('"', "'"):
                continue  # a value quoted ('with result "approved"'), not a grant
            if _IN_CHOICES.search(low, 0, candidate.start()) and re.match(
                r"[^()]*\bor\b[^()]*\)", low[candidate.end() :]
            ):
                continue  # one of the values listed: "(approved, interim ..., or rejected)"
            if re.search(r"\b(?:not|never)\b", candidate.group()):
                continue  # "PO 4401-7731 is not released"
            if _ONLY_THROUGH.search(low, max(0, candidate.start() - 70), candidate.start()):
                continue  # "Quantities become firm only through a PO or call-off issued by ..."
            if re.search(r"(?:authori[sz]ed|released)$", candidate.group()) and (
                _AUTHORIZED_NONE.match(low, candidate.end())
            ):
                continue  # a stop notice: "Quantity authorized now: none."
            if "will be" in candidate.group() and _LATER_IF.match(low, candidate.end()):
                continue  # "PO will be sent separately after we compare the offers."
            if re.match(r"(?:qty|quantity) releas", candidate.group()) and not re.search(
                r"\d", sentence.text[candidate.end() :].split("\n", 1)[0]
            ):
                continue  # a column headed "Qty released", not a release of a quantity
            if re.search(
                r"\bstatus\W*$", low[max(0, candidate.start() - 12) : candidate.start()]
            ) and not lang.DIRECTIVE.search(low, candidate.end()):
                continue  # a status value: "Conditions: status APPROVED (an interim ...)"
            if lang.APPROVAL_OF_THING.match(candidate.group().strip()) and _label_value(
                seg, sentence, candidate
            ):
                continue  # a recorded status ("disposition: approved"), not a grant
            before = _clause_before(low, candidate.start())
            if lang.NEGATION.search(before) or _conditional(before):
                continue
            if lang.CONDITIONAL_OPENING.match(low[: candidate.start()]) and not _PERFORMATIVE.match(
                candidate.group()
            ):
                continue  # "Once the samples are approved, proceed ..." grants nothing now
            if _about_something_else(seg, sentence, candidate):
                continue  # "go ahead and send the invoice", "the budget was approved"
            if lang.APPROVAL_OF_THING.search(candidate.group()) and _COMMERCIAL_SUBJECT.search(
                low, max(0, candidate.start() - 40), candidate.start()
            ):
                continue  # "The PO is approved in SAP": a commercial status, not a go-ahead
            words_before = low[max(0, candidate.start() - 12) : candidate.start()].split()
            if (
                candidate.group().lstrip().startswith("release ")
                and words_before
                and words_before[-1] in lang.NOUN_BEFORE
            ):
                continue  # "a separate written release for production" names a document
            after = low[candidate.end() : candidate.end() + 24]
            if re.match(r"\s*(?:not|yet\b|\?)", after) or lang.HYPOTHETICAL_AFTER.match(after):
                continue
            if candidate.group().strip() == "approved" and _ATTRIBUTIVE.match(after):
                continue  # "from approved mill", "Quantity | per approved proof": an adjective
            if re.search(r"releas|approv", candidate.group()) and lang.TECH_SUBJECT.match(
                # ("Drawing LPM-7731 rev. D (safety guard, 1,5 mm AISI 304) is released")
                _clause_before(
                    window := _unbracketed(low, candidate.start()), len(window), 140
                ).lstrip()
            ):
                continue  # "Drawing rev D is released" releases a document, not parts
            if _recorded_approval(low, candidate, after):
                continue  # "Tool T1 approved by our engineering", "sign-off approved on 18 Mar"
            if (
                re.search(r"releas|authori|approv", candidate.group())
                and re.match(
                    r"\s*(?:(?:only|exclusively|solely)\s+)?(?:by|after|upon|once|when|if|through|via|"
                    r"in writing)\b",
                    after,
                )
                and not _released_by_person(sentence, candidate)
            ):
                continue  # "line 2 is released only by a written release from ..." holds it
            if lang.SUPPLIER_INTENT.search(low[: candidate.start()]) and not re.search(
                r"approv|authori|releas|\byou\b", candidate.group()
            ):  # "we start the run" is the writer's own plan; "we give you the go" grants
                continue
            if lang.REQUEST.search(low) and not re.search(
                r"\b(?:we|i) (?:hereby )?(?:approve|release|authori)|\bapproved\b",
                low,
            ):
                continue
            m = candidate
            break
        if m is None:
            continue
        nxt = seg.next_sentence(sentence)
        asked = _asked(seg, sentence, m)
        has_qty = bool(seg.quantities_in(sentence.start, sentence.end)) or bool(
            asked and seg.quantities_in(asked.start, asked.end)
        )
        # a schedule's fixed-width row states its count in a column without a unit
        # ("17.04.2024      16          400        fix / firm - released for production")
        row = "\n" not in sentence.text and _FIXED_ROW_COUNT.search(sentence.text)
        scope_here = has_qty or bool(row) or bool(lang.SCOPE.search(low))
        approval_form = bool(lang.APPROVAL_OF_THING.search(m.group()))
        if not approval_form and lang.GO_WITH_SAMPLE.search(low):
            scope_here = True
        if m.re is lang.GRANT and re.search(r"\d", m.group()):
            scope_here = True  # "send me 6 first": the number is the scope
        production = bool(lang.PRODUCTION_GRANT.search(_clause_after(low, m.start())))
        if approval_form and held and _signs_off_a_sample(low, m):
            scope_here = True  # "Samples approved." in a note that holds the balance
        scope_next = nxt is not None and bool(
            lang.SCOPE.search(nxt.low) or lang.HOLD.search(nxt.low)
        )
        sample = bool(lang.SAMPLE.search(low)) and not production
        held = bool(lang.HOLD.search(low)) or (nxt is not None and bool(lang.HOLD.search(nxt.low)))
        disposition = approval_form and not has_qty and (held or bool(re.search(r"\bonly\b", low)))
        # "your PO is accepted in our system, so the job is released": the supplier reading
        # payment or acceptance as a start is RG012's finding and authorizes nothing
        paid = bool(lang.RECEIVED_BY_WRITER.search(low)) and _paid_start(seg, sentence)
        # "As per your PO note, only the 20 sample pcs are released": the supplier restating
        # the buyer's scope authorizes nothing itself
        restated = bool(lang.RESTATED.search(low, 0, m.end())) or bool(
            # "Your PO 4500-7781 covers 5 sample blocks": the supplier describing the buyer's PO
            re.search(r"\byour (?:po|purchase order|order)\b", low[max(0, m.start() - 5) : m.end()])
        )
        # "Your PO is released in our ERP system now": the supplier recording the buyer's PO
        entered = bool(
            re.search(r"\byour (?:po|purchase order|order)\b", low[: m.end()])
            and re.match(
                r"[^.;]{0,20}\b(?:in|into|on) (?:our|the) (?:erp|system|sap|portal)", after
            )
        )
        found.append(
            Grant(
                sentence,
                sentence.start + m.start(),
                sentence.start + m.end(),
                scope_here or scope_next,
                sample,
                not (disposition or paid or restated or entered),
            )
        )
    return found


_HEADER_WORD = re.compile(
    r"\b(?:qty|quantity|status|delivery|date|item|pos|description|price|unit|amount|part|"
    r"call-off|no|line|total|uom|rev|remarks?)\b"
)


def _column_header(low: str) -> bool:
    """A table's header line ("Call-off Quantity released Delivery Status"): column names,
    no figures, so a status word in it grants nothing."""
    return (
        "\n" not in low
        and len(low) < 80
        and not re.search(r"\d", low)
        and len(_HEADER_WORD.findall(low)) >= 3
    )


def _chat_speaker(text: str) -> bool:
    """Whether ``text`` is a chat line's opening up to its speaker's colon ("[2024-06-21 16:12]
    Eimear Quinn (Shannon Cardio Devices): "), as the chat exports name their writers."""
    for pattern in lang.CHAT_SPEAKERS:
        m = pattern.match(text)
        if m and re.fullmatch(r"[^:\n]{0,60}:\s*", text[m.end() :]):
            return True
    return False


_ONLY_THROUGH = re.compile(r"\bonly (?:through|via|as|against|with|by means of)\b[^.;]*$")
_AUTHORIZED_NONE = re.compile(r"(?:\s+now)?\s*[:=|]?\s*(?:none|nil|zero|0)\b")
_LATER_IF = re.compile(r"\s+(?:separately\s+)?(?:after|once|when|if|as soon as|only)\b")
_QUOTE_CITED = re.compile(r"\b(?:your|the|our|supplier'?s?) (?:quote|quotation|offer)\b")
_EVENT_LABEL = re.compile(r"\W*(?:unlock(?:ing)? event|release event|trigger(?: event)?)\s*[:|]")


def _label_value(seg: Segmented, sentence: Sentence, grant: re.Match[str]) -> bool:
    """Whether the grant is the value of a label ("disposition: approved"), the label ending
    this sentence before it or the line before it."""
    before = sentence.low[: grant.start()]
    after = sentence.low[grant.end() :]
    if re.match(r"\s*[-\u2013\u2014,!]+\s*(?:please )?(?:proceed|go ahead|start|go)\b", after):
        return False  # "Status: APPROVED - proceed": a status and a go-ahead
    if re.search(r":\s*$", before) and not _chat_speaker(sentence.text[: grant.start()]):
        return True  # (a chat line's speaker is no label: "[…] Eimear Quinn (…): approved 👍")
    cell = re.search(r"(?:^|\|)([^|]*)$", before)
    if (
        "|" in sentence.text
        and cell
        and not cell.group(1).strip()
        and re.match(r"\s*(?:\||$)", after)
    ):
        return True  # a table cell that says "Approved": a recorded status
    if _status_column(seg.text, sentence.start + grant.start(), sentence.start + grant.end()):
        return True
    if before.strip():
        return False
    previous = seg.previous_sentence(sentence)
    return previous is not None and previous.low.endswith(":")


def _status_column(text: str, start: int, end: int) -> bool:
    """'Lab dips (4 shades) Approved' under a 'Stage Status' header: a word that ends its line
    in a table with a status column records a status."""
    if text[end:].split("\n", 1)[0].strip():
        return False
    above = [line for line in text[max(0, start - 400) : start].split("\n")[:-1] if line.strip()]
    return any(
        re.search(r"\bstatus\b", line, re.I) and not re.search(r"\d", line) for line in above[-4:]
    )


def _signs_off_a_sample(low: str, grant: re.Match[str]) -> bool:
    """An approval of the samples or of a technical item ("Samples approved.", "Engineering
    disposition: approved") with no go-ahead after it: a sign-off, not a start."""
    if not (lang.SAMPLE.search(low) or lang.TECHNICAL.search(low)):
        return False
    if lang.PRODUCTION_GRANT.search(low):
        return False
    return not any(
        not lang.APPROVAL_OF_THING.search(m.group()) for m in lang.GRANT.finditer(low, grant.end())
    )


def _released_by_person(sentence: Sentence, grant: re.Match[str]) -> bool:
    """'1,500 pcs released by Farah Haddad': a quantity released by a named person is a grant
    (a release "only by ..." or "by a written release" is a hold)."""
    return bool(re.search(r"\d", grant.group())) and bool(
        lang.BY_PERSON.match(sentence.text, grant.end())
    )


def _recorded_approval(low: str, grant: re.Match[str], after: str) -> bool:
    """An approval recorded as a fact about a thing rather than given for the parts: a dated
    technical event ("sample sign-off approved on 18 Mar"), or a tool, drawing or the PO
    "approved by our engineering/finance"; anything "signed off" by someone or on a date ("DVT
    signed off by our QA this morning", "lab dip signed off on 2 Apr")."""
    if grant.group().strip() == "signed off" and re.match(r"\s+(?:by|on)\b", after):
        return True
    if not lang.APPROVAL_OF_THING.search(grant.group()):
        return False
    before = _clause_before(low, grant.start(), 50)
    if lang.DATED_AFTER.match(after) and lang.EVENT_THING.search(before):
        return True
    return bool(lang.APPROVED_BY_SOMEONE.match(after) and lang.THING_APPROVED.search(before))


def _quoted(text: str, offset: int) -> bool:
    """Whether the offset lies on a quoted-reply line ("> ..."), or below an Outlook
    "-----Original Message-----" line, under which the earlier message is not marked."""
    line_start = text.rfind("\n", 0, offset) + 1
    if text[line_start : line_start + 40].lstrip().startswith(">"):
        return True
    return offset > _original_message_at(text)


_reply_block: tuple[str, int] | None = None  # the last text looked at and where its block starts


def _original_message_at(text: str) -> int:
    """Where an Outlook "-----Original Message-----" block starts (the text's length without
    one). Remembered for the last text only: _quoted asks for it at every offset of a part,
    and one text is all the memory this may hold (inputs can be tens of megabytes)."""
    global _reply_block
    cached = _reply_block
    if cached is not None and cached[0] is text:
        return cached[1]
    m = _ORIGINAL_MESSAGE.search(text)
    at = m.start() if m else len(text)
    _reply_block = (text, at)
    return at


_ORIGINAL_MESSAGE = re.compile(
    r"(?mi)^[ \t]*-{3,}\s*(?:original message|ursprüngliche nachricht|message d'origine|"
    r"mensaje original|messaggio originale|oorspronkelijk bericht|původní zpráva)\s*-{3,}"
)


def _own_words(text: str, grants: list[Grant], holds: list[Sentence]) -> list[Grant]:
    """Grants of a reply: quoted text is the other side's (or an earlier) message, so when the
    reply grants or holds in its own words, grants inside the quote do not count. A quoted
    message of the sender's own (the buyer re-sending an earlier instruction) still counts."""
    quoted = [g for g in grants if _quoted(text, g.start) and not _own_quote(text, g.start)]
    if not quoted:
        return grants
    own = [g for g in grants if g not in quoted] + [s for s in holds if not _quoted(text, s.start)]
    return [g for g in grants if g not in quoted] if own else grants


def _own_quote(text: str, offset: int) -> bool:
    """Whether the quoted message holding the offset was written by the message's sender: the
    last quoted "> From:" name or "On ..., Name <address> wrote:" line before it is the
    sender's From name."""
    sender = lang.FROM_NAME.search(text)
    if sender is None or _quoted(text, sender.start()):
        return False
    authors = [
        *lang.QUOTED_FROM.finditer(text, 0, offset),
        *lang.WROTE.finditer(text, 0, offset),
        # an Outlook header block above the quote ("From: Marek Wojcik / Sent: ...")
        *lang.FROM_NAME.finditer(text, sender.end(), offset),
    ]
    if not authors:
        return False
    last = max(authors, key=lambda m: m.start())
    if _same_person(sender.group("name"), last.group("name")):
        return True
    # a colleague's message quoted below ("From: Ing. Peter Kováč <peter.kovac@strojarne-martin.sk>"
    # above a reply from michal.baranovic@strojarne-martin.sk) speaks for the same side
    mine, theirs = _domain(text, sender.start()), _domain(text, last.start())
    return mine is not None and mine == theirs


_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _domain(text: str, offset: int) -> str | None:
    """The e-mail domain on the header line at the offset, if it names one."""
    end = text.find("\n", offset)
    m = _ADDRESS.search(text, offset, end if end != -1 else len(text))
    return m.group(1).lower() if m else None


def _same_person(a: str, b: str) -> bool:
    # (an attribution's time runs into the name: "9:03 AM Maricel dela Cruz wrote:")
    words_a, words_b = (
        [w for i, w in enumerate(n.lower().split()) if i or w not in ("am", "pm")] for n in (a, b)
    )
    return len(words_a) >= 2 and words_a[:2] == words_b[:2]


def _is_name(name: str) -> bool:
    words = [w.strip(".") for w in re.split(r"[ -]", name)]
    return bool(words) and all(w not in lang.NOT_NAMES for w in words if w)


def _named_writer(text: str) -> bool:
    """Whether the message is signed by a named person: the From name of an e-mail, the speaker
    of a chat line, or a name among the last lines of the writer's own text."""
    for pattern in (lang.FROM_NAME, *lang.CHAT_SPEAKERS):
        # a sender's or a chat speaker's name is a person unless its first word says otherwise
        # ("Hannah Price", "Amelia Price"; not "Purchasing Team")
        m = pattern.search(text)
        if m and m.group("name").split()[0].strip(".") not in lang.NOT_NAMES:
            return True
    own = [
        line.strip()
        for line in text[-600:].split("\n")
        if line.strip() and not line.lstrip().startswith(">")
    ]
    for line in own[-6:]:
        m = lang.SIGNATURE_LINE.fullmatch(line)
        if m and _is_name(m.group("name")):
            return True
    return False


_ONE_SPACE = re.compile(r"\s{2,}|\n")


def _name_case(text: str) -> str:
    """A sentence written in capitals ("RELEASE FROM DANA KIM (BUYER)") in title case, so that
    names can be told from words by their capital as in ordinary text."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.9 * len(letters):
        return text.title()
    return text


def _has_authority(seg: Segmented) -> bool:
    for sentence in seg.candidates(lang.RELEASE_CONTEXT):
        # a wrapped, indented line ("Section Manager of\n     Procurement") reads as one line
        low = _ONE_SPACE.sub(" ", sentence.low)
        if _SIGNED.search(low) and not lang.RELEASE_CONTEXT.search(_SIGNED.sub(" ", low)):
            continue  # "Issued by: Ethan Marsh, Program Manager" signs the PO, releases nothing
        if lang.FIRST_PERSON_AUTHORITY.search(low) or any(
            # ("Release authority | Sourcing department" names a label, not a person)
            not (m.group() == "release authority" and lang.DEPARTMENT_AFTER.match(low, m.end()))
            for m in lang.ROLE.finditer(low)
        ):
            return True
        if lang.WRITER_AUTHORITY.search(low) and _named_writer(seg.text):
            return True
        for m in lang.PERSON.finditer(_ONE_SPACE.sub(" ", _name_case(sentence.text))):
            name = m.group(m.lastgroup) if m.lastgroup else ""  # the one name group matched
            words = [w.strip(".") for w in re.split(r"[ -]", name)]
            titled = len(words) > 1 and words[0] in _TITLE_WORDS
            if titled:
                words = words[1:]  # "the written release by Director Arakawa"
            if words and all(w not in lang.NOT_NAMES for w in words if w):
                if m.group("name2") and len(words) < 2 and not titled:
                    continue  # (a title and a surname name one: "Director Arakawa will sign")
                if _organisation(seg.text, name):
                    continue  # "a written release from Southern Cross" (Southern Cross Pty Ltd)
                return True
    return False


_TITLE_WORDS = frozenset(["Director", "Dr", "Mr", "Ms", "Mrs", "Eng", "Engr", "Prof", "Ing"])


# a company's legal form after its name: "Southern Cross Formwork Pty Ltd", "Brnoform s.r.o."
_LEGAL_FORM = (
    r"(?:[ \t]+[A-Z][\w&.-]*){0,2}[ \t]+(?:pty|pvt|ltd|limited|gmbh|inc|llc|plc|pte|corp|co\.|"
    r"company|s\.?a\.?|s\.?r\.?o\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|sas|ag|b\.?v\.?|n\.?v\.?|oy|ab|a/s|"
    r"kg|bhd|group|holdings?)\b"
)


def _organisation(text: str, name: str) -> bool:
    """Whether a name read as a person's is the start of a company's name in the text."""
    return bool(re.search(re.escape(name) + _LEGAL_FORM, text, re.IGNORECASE))


# Who signed a document ("Issued by: ...", "Authorised: ...", "Authorised signatory"): the
# signature of the PO, which names nobody who releases its balance.
_SIGNED = re.compile(
    r"\b(?:issued|authori[sz]ed|approved|prepared|signed|emitido)(?: by| por)?\s*[:|]"
    r"|\bauthori[sz]ed (?:signatory|signature)\b"
)


# Every pattern that is looked for across a whole part, pre-scanned by its anchor words.
_INDEX = AnchorIndex(
    (
        lang.GRANT,
        lang.CJK_GRANT,
        lang.IMPERATIVE_START,
        lang.POLITE_REQUEST,
        lang.PO_LABEL_START,
        lang.ANSWER_YES,
        lang.RELEASE_CONTEXT,
        lang.HOLD,
        lang.MATERIAL_BUY,
        lang.IMPLIED_AUTO_KEY,
        lang.FOREIGN_IMPLIED_AUTO,
        lang.CONSEQUENT_ROLL,
        lang.FORECAST_WORD,
        lang.FIRM_STRONG,
        lang.FIRM_WORD,
        lang.SAMPLE,
        lang.SAMPLE_COUNTED,
        lang.APPROVAL_WORD,
        lang.PAYMENT_CAUSE,
        lang.CONSEQUENT_START,
        lang.RELEASE_WORD,
        lang.UNLOCK,
        lang.UNLOCK_NAMED,
        lang.WRITTEN_RELEASE,
        lang.FULL_RELEASE,
        lang.MATERIAL_AUTHORITY,
        lang.AUTO_CONVERSION_EXPLICIT,
        lang.QUOTE_DOC,
        lang.FORECAST_DOC,
        lang.SCHEDULE_DOC,
    )
)


def analyse(part: Part) -> Doc:
    seg = segment(part.text, _INDEX)
    low = seg.low
    holds: list[Sentence] = []
    hold_spans: list[tuple[int, int]] = []
    for s in seg.candidates(lang.HOLD):
        if is_question(s):
            continue
        spans = [(s.start + m.start(), s.start + m.end()) for m in lang.HOLD.finditer(s.low)]
        if spans:
            holds.append(s)
            hold_spans += spans
    grants = _grants(seg, held=bool(holds))
    head = low[:600]
    is_po = (
        part.kind != "email"
        and (bool(lang.PO_DOC.search(head)) or _po_heading(part.text))
        and (
            not _answers_a_po(part.text, head)
            or bool(
                re.search(r"\bcall-?off\b", _title(part.text))
            )  # "DELIVERY SCHEDULE / CALL-OFF"
        )
        # a PO states quantities, unless its title says what it is ("STANDARD PURCHASE ORDER"
        # with the quantity "TBD")
        and (
            bool(seg.quantities)
            # its count left open: "QTY : SAMPLE QUANTITY AS DISCUSSED IN PRE-BID MEETING"
            or _UNSTATED_QTY.search(low) is not None
            # the title under a letterhead: "BENGAL ELECTRO LTD. / ... / PURCHASE ORDER (SAMPLE)"
            # (not a sentence that mentions one: "Invoices must quote the purchase order number.")
            or bool(
                re.search(r"\bpurchase order\b|\bcall-?off\b", _title(part.text))
                and not _title(part.text).endswith((".", "!", "?"))
            )
            or any(
                len(line.strip()) <= 80 and _TITLE_LINE.match(line.lower())
                for line in part.text.lstrip().split("\n", 3)[1:3]
            )
        )
    )
    grants = _own_words(part.text, grants, holds)
    authorizing = [g for g in grants if g.authorizing]
    is_quote = (
        not is_po
        and seg.has(lang.QUOTE_DOC)
        and not lang.ACK_TITLE.search(_title(part.text))
        and not re.search(r"\bpurchase order\b", _title(part.text))
    )
    # labelled as a forecast: "non-binding" alone does not make a document a forecast
    is_forecast = _mentions(
        low, ("forecast", "fcst", "demand plan", "rolling plan", "planning")
    ) and seg.has(lang.FORECAST_DOC)
    # a release form titled as one ("Production release R-1" over its table of what is released,
    # by whom): the title authorizes, the table's words need not
    own_form = not _answers_a_po(part.text, head) and not _is_report(part.text)
    # ("Released qty: as agreed by phone": a count left open is RG010's finding)
    release_form = (
        _release_form(part.text)
        and (bool(seg.quantities) or _UNSTATED_QTY.search(low) is not None)
        and own_form
    )
    # a form titled as an authorization authorizes what it lists, with or without grant words
    authorization_form = own_form and any(
        _AUTHORIZATION_FORM_TITLE.match(line) for line in _titles(part.text)
    )
    # a supplier's status report or plan that counts what was released records it
    recorded = (
        bool(authorizing)
        and _is_report(part.text)
        and not any(lang.DIRECTIVE.search(g.sentence.low) for g in authorizing)
    )
    if (
        is_po
        or (lang.RELEASE_DOC.search(head) and authorizing and not recorded)
        or release_form
        or authorization_form
    ):
        role = AUTHORIZATION
    elif is_quote and not any(g for g in authorizing if not _quote_boilerplate(g)):
        role = "quote"
    elif is_forecast and not authorizing:
        role = "forecast"
    elif recorded:
        # a status report, minutes or a work order records decisions; a go-ahead written on
        # one ("[Comment] approved, go ahead", "supplier may proceed") still grants
        role = "report"
    elif authorizing:
        role = AUTHORIZATION
    elif grants:
        role = "disposition"
    elif any(is_question(s) for s in seg.candidates(lang.GRANT)):
        role = "question"
    else:
        role = "information"
    production = any(
        lang.PRODUCTION_GRANT.search(_clause_after(g.sentence.low, g.start - g.sentence.start))
        for g in authorizing
    )
    own_head = "\n".join(
        line for line in part.text[:2000].split("\n") if not line.lstrip().startswith(">")
    )[: 1200 if is_po else 600].lower()
    sample = not production and (
        any(g.sample for g in authorizing)
        or ((is_po or bool(authorizing)) and bool(lang.ORDERED_SAMPLE.search(own_head)))
    )
    active: list[Quantity] = []
    if role == AUTHORIZATION:
        if is_po or (authorization_form and not authorizing):
            active = [
                q
                for q in seg.quantities
                if not _inside(q.start, hold_spans)
                and not _HELD_AFTER.match(part.text, q.end)
                and not _held_in_its_sentence(holds, hold_spans, q)
                and not _edi_line_held(part.text, q)
            ]
            # a PO's line items, where it has them, are what it orders ("SERIES QTY: 2.500"
            # in the header beside a sample line of 10 is not ordered)
            lines = [q for q in active if _line_row(part.text, seg, q)]
            if lines:
                active = lines
            # a quoted price schedule's tiers ("120 shipsets | 2,190.00") and service lines
            # ("[DLV] Delivery Chonburi-Pattaya 1.00 Units") are no ordered parts
            active = [
                q
                for q in active
                if not _price_tier(part.text, q)
                and not _SERVICE_LINE.match(_line_of(part.text, q.start))
            ]
        for grant in authorizing:
            answered = bool(lang.ANSWER_YES.match(grant.sentence.low))
            before = seg.previous_sentence(grant.sentence) if answered else None
            answered = before is not None
            around = [before, grant.sentence, seg.next_sentence(grant.sentence)]
            if before is None and _BACK_REFERENCE.search(grant.sentence.low):
                around[0] = seg.previous_sentence(grant.sentence)  # "... 30 pairs. Please
                # produce them": the quantity is the previous sentence's
            for s in (s for s in around if s is not None):
                if s is not grant.sentence and is_question(s) and not answered:
                    continue
                active += [
                    q
                    for q in seg.quantities_in(s.start, s.end)
                    if not _inside(q.start, hold_spans)
                    and not _held_in_its_sentence(holds, hold_spans, q)
                    # "Following the sample sign-off (20 samples, report QA-24-118), X hereby
                    # releases production": the samples judged are no count released
                    and not (
                        s is grant.sentence and q.start < grant.start and _in_event_clause(s, q)
                    )
                    # "... for 8 sample cams. Your quote HT-Q-2406-11 has 1,500 pcs for
                    # production": the quote's figure, cited, is not what is authorized
                    and not _QUOTE_CITED.search(
                        seg.low,
                        max(s.start, grant.end if s is grant.sentence else s.start),
                        q.start,
                    )
                ]
        active = sorted(set(active), key=lambda q: q.start)
        active = [q for q in active if not _is_total(seg, q) and not _not_active(low, q)]
    return Doc(
        part=part,
        seg=seg,
        role=role,
        grants=grants,
        is_po=is_po,
        sample=sample,
        holds=holds,
        hold_spans=hold_spans,
        active=active,
    )


# a title line ("PURCHASE ORDER (SAMPLE) BEL/PO/SMP/24/014"), not "A Purchase Order is ..."
_TITLE_LINE = re.compile(
    r"\W*(?:[\w.&-]+\s+){0,4}(?:purchase order|call-?off)\b"
    r"(?:\s*\(|\s*(?:no\.?|nr\.?|#)?\s*[a-z]{0,6}[-/]?\d|\s*$)"
)
# "975 pairs NOT released", "2,988 | on hold": a row's status right after its quantity
_HELD_AFTER = re.compile(
    # (also after the row's price: "1 960 9,80 € NON LANCÉE")
    r"[^\S\n]*(?:(?:[a-z.\-\u2013]+|\d[\d.,]*|[€$£])[^\S\n]+){0,3}(?:not (?:yet )?(?:released|"
    r"liberad[oa])|on hold|"
    r"blocked|"
    r"nicht freigegeben|gesperrt|no liberad[oa]|nen[ií] uvoln[eě]n[aáoý]|"
    # "1 960 9,80 € NON LANCÉE", "non rilasciato", "não liberado"
    r"non lanc[ée]e?s?|pas lanc[ée]e?s?|non rilasciat[oaie]|n[ãa]o liberad[oa]s?)\b",
    re.IGNORECASE,
)  # matched on the text itself: a status on the same line
_EDI_QTY_LINE = re.compile(r"[ \t]*(?:po1\*|qty\+)", re.I)  # an EDI order line's quantity
_EDI_LINE = re.compile(r"^[ \t]*(?:po1\*|lin\+)", re.M | re.I)
_EDI_HOLD = re.compile(r"\bnot (?:yet )?released\b|\bon hold\b|\bhold\b|\bblocked\b", re.I)


def _edi_line_held(text: str, q: Quantity) -> bool:
    """An EDI order line whose own notes hold it: "PO1*2*2400*EA..." followed by "MSG: LINE 2 -
    2400 EA PRODUCTION - NOT RELEASED - HOLD" before the next line item."""
    start = text.rfind("\n", 0, q.start) + 1
    if not _EDI_LINE.match(text, start):
        return False
    end = text.find("\n", q.start)
    if end == -1:
        return False
    nxt = _EDI_LINE.search(text, end)
    return bool(_EDI_HOLD.search(text, end, nxt.start() if nxt else len(text)))


_BACK_REFERENCE = re.compile(
    r"\b(?:produce|make|build|run|ship|start|deliver|print)\w* (?:them|these|those)\b"
)


_SERVICE_LINE = re.compile(
    # "2 | Доставка / freight DAP": a bilingual cell too
    r"\s*(?:\d{1,3}\s*\|?\s*)?(?:\[\w+\]\s*)?(?:[^\W\d]+\s*/\s*)?(?:delivery|freight|shipping|transport|carriage|postage|"
    r"handling|packing|packaging|tooling|set-?up|nre|insurance|documentation)\b",
    re.I,
)
_PRICE_TABLE = re.compile(
    r"\bprice (?:schedule|break|breaks|tiers?|list|scale)\b|\b(?:tier|volume|scale) pric\w*|"
    r"\bstaffel\w*|\bunit price\b[^\n]*\blead time\b",
    re.I,
)


def _price_tier(text: str, q: Quantity) -> bool:
    """Whether the quantity is a row of a price schedule: a table headed by prices per tier
    within the three non-empty lines above it."""
    lines = [line for line in text[max(0, q.start - 400) : q.start].split("\n") if line.strip()]
    return any(_PRICE_TABLE.search(line) for line in lines[-3:])


def _title(text: str) -> str:
    """The first non-empty line, lower-cased."""
    return next((line.strip().lower() for line in text[:600].split("\n") if line.strip()), "")


_RELEASE_FORM_TITLE = re.compile(
    r"\W*(?:production|series|mass production|bulk) release(?: form| letter| notice| note)?"
    r"(?: (?:no\.?|nr\.?|#)?\s*"
    r"[a-z]{0,4}(?:-[a-z]{1,4})?-?\d[\w/-]*)?\s*(?:$|[-\u2013\u2014:|])(?!.*\b(?:request|status|plan|schedule|"
    r"report|tracker|log)\b)"
    # a portal's release record titled by its number alone: "Release REL-24-022"
    r"|\W*release (?:no\.?|nr\.?|#)?\s*[a-z]{0,4}-?\d[\w/-]*\s*$"
)


# a form titled as what it authorizes: "Supplier Work Authorization WA-24-022", "Sample
# authorization SA-12", "Autorização de amostras nº AA-2024-031"
_AUTHORIZATION_FORM_TITLE = re.compile(
    r"\W*(?:supplier |vendor )?(?:work|sample|samples|pilot|prototype|build|production|"
    r"manufacturing) authori[sz]ation\b(?!.*\b(?:request|status|plan|report|log)\b)"
    r"|\W*autoriza(?:ção|cao|ción|cion|zione) (?:de |di )?(?:amostras?|muestras?|campioni|"
    r"produ(?:ção|cao|cción|ccion|zione))\b"
)


def _release_form(text: str) -> bool:
    """Titled as a release form: "Production release R-1", "Series release No. 4 - ..."."""
    return any(_RELEASE_FORM_TITLE.match(line) for line in _titles(text))


def _titles(text: str, count: int = 2) -> list[str]:
    """The first two (or ``count``) non-empty lines, lower-cased, where short enough to be
    titles (a portal page's name above the document's own: "Supplier portal" / "Production
    release PR-0088"; a letterhead's address lines above "PROFORMA INVOICE No. ...")."""
    lines = [line.strip().lower() for line in text[:600].split("\n") if line.strip()][:count]
    return [line for line in lines if len(line) <= 120]


def _is_report(text: str) -> bool:
    """Titled as a record of what happened: a status report, minutes, a work order (also in a
    mail's subject: "Subject: Weekly status W21 - carp blanks")."""
    subject = _SUBJECT_LINE.search(text, 0, 600)
    titles = _titles(text) + ([subject.group(1)] if subject else [])
    return any(lang.REPORT_TITLE.search(line) for line in titles)


_SUBJECT_LINE = re.compile(r"(?im)^subject:[ \t]*(?:(?:re|aw|fw|fwd|wg)\s*:\s*)*([^\n]{1,120})$")


def _answers_a_po(text: str, head: str) -> bool:
    """A document about a PO rather than the PO itself: titled as an acknowledgement, a status
    report, minutes... ("ORDER ACKNOWLEDGEMENT", "Weekly Status Report"), or speaking of "your
    PO" as a supplier does."""
    title = _title(text)
    if lang.NOT_PO_TITLE.search(title) and not re.search(r"\bpurchase order\b", title):
        return True
    lines = [line.strip().lower() for line in text[:600].split("\n") if line.strip()][1:3]
    # (a status field is no title: "Status | Open — acknowledged 04/29/2024")
    lines = [line for line in lines if not re.match(r"(?:order |po )?status\s*[|:]", line)]
    if any(len(line) <= 100 and lang.OTHER_DOC_TITLE.search(line) for line in lines):
        return True  # a letterhead, then "Quotation MPS-Q-0788"
    if re.search(r"\bnot an? (?:purchase order|po|p\.o\.|order)\b", head):
        return True  # "FORECAST ONLY - NOT A PURCHASE ORDER"
    return bool(re.search(r"\byour (?:po|p\.o\.|purchase order)\b", head))


def _po_heading(text: str) -> bool:
    """A PO recognised by its heading: a short title line naming a PO number among the first
    lines, or a line-item table (position and quantity columns) near the top of a document
    whose title is not a quote, forecast, report or reply."""
    lines = [line.strip().lower() for line in text[:1500].split("\n") if line.strip()][:12]
    if lines and re.search(r"\bcall-?off\b|\blieferabruf\b|\bafroep\b", lines[0]):
        return True  # a call-off ("DELIVERY SCHEDULE / CALL-OFF") orders like a PO
    if not lines or lang.NOT_PO_TITLE.search(lines[0]):
        return False
    for i, line in enumerate(lines[:3]):
        if len(line) <= 100 and lang.PO_TITLE.search(line) and not lang.NOT_PO_TITLE.search(line):
            return True
        # "ORDINE DI ACQUISTO 24/0412", also with its number on the next line ("Groupe
        # Hospitalier Carthage - BON DE COMMANDE / GHC-24-0210")
        joined = line + " " + lines[i + 1] if i + 1 < len(lines) else line
        if len(line) <= 100 and lang.FOREIGN_PO_TITLE.search(joined):
            return True
        # "MMS VER 4.2   PURCHASE ORDER (TRIAL ORDER)   PAGE 1 OF 1" over "PO NO : 24/CWS/0017"
        if (
            len(line) <= 100
            and _PO_TITLE_WORDS.search(line)
            and not lang.NOT_PO_TITLE.search(line)
            and any(_PO_NUMBER_FIELD.match(below) for below in lines[i + 1 : i + 4])
        ):
            return True
    # a line-item table alone makes no PO of a quotation titled under its letterhead
    # ("... / QUOTATION No. HX-Q240318-07 / ... / Item Description Qty Unit price")
    if any(_QUOTE_TITLE.match(line) for line in lines[:8]):
        return False
    return any(lang.PO_TABLE_HEADER.match(line) for line in lines)


_PO_TITLE_WORDS = re.compile(r"(?:^|\s{2,}|\s[-|]\s)purchase order\b(?! (?:no|number|nr)\b)")
_PO_NUMBER_FIELD = re.compile(r"(?:po|p\.o\.|order) ?(?:no\.?|number|nr\.?|#)\s*[:#]?\s*[\w/-]*\d")
_QUOTE_TITLE = re.compile(
    r"(?:quotation|quote|offer|proforma invoice|pro-?forma)\s*(?:no\.?|nr\.?|#)"
)
_OUT_OF = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}(?:of|out of|from)(?: the| a total of| total| our)?\s*$"
    # "600 pcs of PO LX-3290 (2,400 pcs Kamik 3P)": the PO's own quantity in brackets
    r"|^\s*(?:[a-z]+\s+){0,2}of (?:the |our |your )?(?:po|p\.o\.|order|purchase order)\s*"
    r"(?:no\.?\s*|#\s*)?[\w/.-]*\d[\w/.-]*\s*\(\s*$"
)


# a count left open or to another document: "QTY TBD", "Quantity: as per quotation",
# "lot size per your quotation", "qty 'per protocol PV-0219'", "release quantity TBC"
_UNSTATED_QTY = re.compile(
    r"\b(?:qty|quantity|quantities|lot size|menge|cantidad|quantit[ée])\b[^\n\d]{0,25}?"
    r"(?:\btbd\b|\btbc\b|\btba\b|to be (?:confirmed|defined|advised|agreed)|"
    r"(?:as )?per (?:your |the |our )?(?:quot\w*|offer|protocol|sampling plan|drawing|plan|"
    r"schedule|phone|call|layout|boq|bom)\b|"
    r"as (?:agreed|discussed)\b|according to (?:your |the )?(?:quot\w*|offer|sampling plan))"
)
_OTHER_QUANTITY_BEFORE = re.compile(
    r"\b(?:production|series|serial|bulk|mass|quoted|project|annual|prices and|remaining|"
    r"commercial|balance|launch|roll-?out|programme|program)\b[^\n]{0,25}$"
)
_EARLIER = (
    r"\b(?:previously|already|earlier) (?:released|delivered|shipped|authori[sz]ed)\W*"
    r"(?:\([^()]{0,20}\)\W*)?"
)
_EARLIER_RELEASE = re.compile(_EARLIER + "$")
_NOT_ACTIVE_BEFORE = re.compile(
    r"\b(?:additional|further|another|more|next|remaining|balance|other|extra)\W*(?:\w+\W+)?$"
    # an earlier release: "Previously released (samples) 50 pcs", "already released: 60"
    r"|" + _EARLIER + r"$"
    # the supplier's quote restated: "your quote was 40 + 10k at the tiered price"
    r"|\b(?:your|the|their) (?:quote|quotation|offer)(?: [a-z]*-?\d[\w/-]*)? (?:was|is|says|"
    r"shows?|showed|had|has|lists?)\b[^.;]{0,15}$"
    r"|\bfor (?:the )?(?:series|serial production|mass production|production run)(?: volume| "
    r"quantity| qty)? of\W*$"
    r"|\b(?:lots|deliveries|shipments|batches|tranches|instal?ments) of\W*$"  # "5 lots of 498"
    # "the series quantity (approx. 2'000 Stk per year)", "annual volume ca. 40k"
    r"|\b(?:series|serial|annual|yearly|estimated|expected|forecast|eau)\W+(?:quantity|qty|volume|"
    r"demand|requirement|usage)\W*(?:(?:approx|ca|about|circa|around|of|is|:)\W*)*$"
    # the PO's whole quantity beside a release: "PO RA-24-044, commercial cover 3,000 pcs"
    r"|\bcommercial(?:ly)? cover(?:age|ed)?\W*(?:(?:of|for|by the po)\W*)?$"
    # a frame order's whole quantity: "frame qty 5,000 pairs", "Blanket quantity (annual) 24,000"
    r"|\b(?:frame|blanket|framework)(?: order| agreement)?\W+(?:quantity|qty)\b"
    r"(?:\W*\((?:annual|total|yearly)\))?\W*(?:(?:of|is|:)\W*)*$"
    # the count an unlock event names: "after line-side acceptance of the first 20 panels"
    r"|\b(?:acceptance|inspection|approval|sign-?off|evaluation|testing|receipt) of (?:the )?"
    r"(?:first )?\W*$"
)
# "2'000 Stk per year", "40k p.a.": an annual volume, not a quantity authorized now
_PER_YEAR_AFTER = re.compile(
    r"\W*(?:[a-z.]+\s*?)?(?:per |/ ?|a |an |each )(?:year|annum|yr|month|mo|week|wk|quarter)\b"
    r"|\W*(?:[a-z.]+\W+)?p\.\s?a\."
)


def _not_active(low: str, quantity: Quantity) -> bool:
    """A quantity that, by the words before it, is not the one authorized now: 'the remaining
    490', 'a further 200', 'for the series of 50.000 units (we will use the same mould)'."""
    return bool(
        _NOT_ACTIVE_BEFORE.search(low, max(0, quantity.start - 40), quantity.start)
        or _PER_YEAR_AFTER.match(low, quantity.end)
        # "1 LOT   1,240.00 / SAMPLES PER QUOTE": a lump sum, not how many pieces
        or (quantity.value == 1 and _LOT_OF_ONE.match(low, quantity.end))
        # "the 36 PPS mugs (12 each in Fog, Clay and Sage)": a share, not the total
        or bool(_PER_VARIANT_AFTER.match(low, quantity.end))
    )


_PER_VARIANT_AFTER = re.compile(
    r"\s+(?:pcs?\s+)?(?:each|per (?:colou?r(?:way)?|size|style|sku|design|variant|glaze|finish))\b"
)


_LOT_OF_ONE = re.compile(
    r"\s*(?:(?:sample|pilot|trial|test|first|prototype)\s+)?(?:lots?|ls|lump[- ]?sum|job|batch|au|"
    r"pauschal)\b"
)


def _is_total(seg: Segmented, quantity: Quantity) -> bool:
    """'300 units of the 1,200 ordered': the 1,200 is the whole, not what is authorized."""
    earlier = [q for q in seg.quantities_in(max(0, quantity.start - 40), quantity.start)]
    return bool(earlier) and bool(_OUT_OF.match(seg.low[earlier[-1].end : quantity.start]))


def _quote_boilerplate(grant: Grant) -> bool:
    """Quotes say 'lead time after approval' or 'valid for acceptance'; that is not a grant.
    A buyer's own order ("we confirm our order of 12 pcs at the prices of your quotation",
    "please deliver 100 pcs as per your offer") is one, whatever terms it repeats."""
    phrase = grant.sentence.low[
        grant.start - grant.sentence.start : grant.end - grant.sentence.start
    ]
    if lang.BUYER_ORDER.search(phrase):
        return False
    if re.search(r"\byour (?:quotation|quote|offer)\b", grant.sentence.low):
        return False  # "Pls arrange samples ... as per your quotation (sample + mass price)"
    return bool(re.search(r"lead time|valid|deliver|after (?:po|order)|price", grant.sentence.low))


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the offset falls in one of the spans (sorted by start; each under 300 chars)."""
    i = bisect_right(spans, (offset, 1 << 62)) - 1
    while i >= 0 and spans[i][0] > offset - 300:
        if spans[i][0] <= offset < spans[i][1]:
            return True
        i -= 1
    return False


# ---------------------------------------------------------------- building findings


def build_finding(
    rule: str,
    doc: Doc,
    sentence: Sentence,
    start: int,
    end: int,
    message: str,
    suggestion: str,
    certain: bool = False,
) -> Finding:
    text = doc.part.text
    while start < end - 1 and text[start].isspace():
        start += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return Finding(
        rule=rule,
        name=RULE_NAMES[rule],
        file=doc.part.name,
        page=doc.part.page_at(start),
        start=start,
        end=end,
        text=sentence.text,
        message=message,
        suggestion=suggestion,
        sentence_start=sentence.start,
        certain=certain,
    )


def _sentence_at(doc: Doc, offset: int) -> Sentence:
    found = doc.seg.sentence_at(offset)
    return found if found is not None else Sentence(offset, offset, "", "")


def _units(n: int) -> str:
    return f"{n:,} units"


def _active_qty(bundle: Bundle, docs: Sequence[Doc]) -> int | None:
    if bundle.facts is not None:
        return bundle.facts.released or bundle.facts.sample_qty
    values = [q.value for d in docs for q in d.active]
    return min(values) if values else None


def _auth_docs(docs: Sequence[Doc]) -> list[Doc]:
    return [d for d in docs if d.authorizes]


def _attached_to(auth: Sequence[Doc], docs: Sequence[Doc]) -> list[Doc]:
    """The documents attached to an authorization that are neither a quote, a forecast nor a
    question: the release form behind "Attached is production release PR-0217" is part of what
    the mail authorizes, and says the hold, event and releaser for it."""
    names = tuple(d.part.name + "!" for d in auth)
    return [
        d
        for d in docs
        if d.part.name.startswith(names)
        and not d.authorizes
        and d.role not in ("quote", "forecast", "question")
    ]


def _cover_mails(auth: Sequence[Doc], docs: Sequence[Doc]) -> list[Doc]:
    """The buyer's own mails beside a PO in the bundle that authorize nothing themselves
    ("Release authority on our side for this order is Ignacio Vergara" above the attached
    order): what they say of the balance is said of the order (not a reply about "your PO")."""
    if not any(d.is_po for d in auth):
        return []
    return [
        d
        for d in docs
        if d.part.kind == "email"
        and not d.authorizes
        and d.role == "information"
        and d.part.name == d.part.file
        and not _answers_a_po(d.part.text, d.seg.low[:600])
    ]


def _anchor(doc: Doc) -> tuple[Sentence, int, int]:
    """Where to pin an absence finding: the first grant, else the document's first sentence."""
    authorizing = [g for g in doc.grants if g.authorizing]
    if authorizing:
        g = authorizing[0]
        return g.sentence, g.start, g.end
    if doc.is_po and doc.seg.quantities:  # a PO without a grant: pin it to its first line item
        q = doc.seg.quantities[0]
        s = _sentence_at(doc, q.start)
        return s, s.start, s.end
    s = doc.seg.first_sentence() or Sentence(0, 0, "", "")
    return s, s.start, s.end


def _anchor_doc(auth: Sequence[Doc]) -> Doc:
    """The document an absence finding is pinned to: the first that grants something."""
    return next((d for d in auth if any(g.authorizing for g in d.grants)), auth[0])


_PHASED = re.compile(
    r"\b(?:samples?|prototypes?|protos?|pilots?|first[- ]articles?|fai|qualification|trial|"
    r"production|series|mass|serial|volume|sms|bulk|mp|evt|dvt|pvt|mock-?ups?|roll-?out)\b"
)


def _partial(bundle: Bundle, docs: Sequence[Doc]) -> bool:
    """A sample authorization, or one for less than a larger quantity that is known."""
    auth = _auth_docs(docs)
    if any(d.full_release for d in auth):
        return False  # "releases the full 250 pcs; no balance remains"
    if any(d.sample for d in auth):
        return True
    active = [q.value for d in auth for q in d.active]
    if not active:
        return False
    # a production order is partial against what other documents of the order state; a quote's
    # plain price breaks beside it ("250 ... 2,500") are prices, not a balance, unless the quote
    # sets a sample stage apart from production ("Samples 20 / Production 2,000")
    larger = [
        q.value
        for d in bundle.docs
        if d.role != "quote" or _PHASED.search(d.seg.low)
        for q in d.seg.quantities
    ]
    # another authorization's own quantity is a conflict (RG011), not a balance: a cover mail
    # for 1,000 and its PO for 1,200 leave nothing held back
    others = {q.value for d in auth for q in d.active}
    larger = [v for v in larger if v not in others or v <= max(active)]
    if bundle.facts is not None:
        larger.append(bundle.facts.production_qty)
    return max(larger, default=0) > max(active)


# ---------------------------------------------------------------- the rules


def rg001_quote_shows_unreleased_quantity(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    for docs in [bundle.docs]:
        auth = _auth_docs(docs)
        if auth and any(d.holds for d in auth):
            out += _quantity_beyond_the_order(bundle, auth)
            continue
        if not auth or any(d.holds or d.full_release or d.auto_conversion for d in auth):
            continue  # a hold, a release of the full quantity or a recorded auto-conversion
            # says what becomes of the rest
        base = _active_qty(bundle, auth)
        if base is None:
            base = _sample_row_count(auth)  # "Samples | 48 pcs" above "Please proceed with
            # the samples", beside "Production quantity | 4.800 pcs"
        if base is None:
            continue
        authorized = {
            q.value for d in auth if not d.is_po or len(auth) > 1 for q in d.active
        }  # with several authorizations, what each authorizes is RG011's to compare
        # a PO's own order lines and their sum are what it orders, not a larger quantity
        # beside it ("3.000 PC" and "1.200 PC" on one full-quantity PO)
        authorized |= {
            value
            for d in auth
            if d.is_po and not d.sample
            for value in [q.value for q in d.order_lines] + [sum(q.value for q in d.order_lines)]
        }
        for doc in docs:
            for q in doc.seg.quantities:
                if q.value <= base or q.value in authorized or _inside(q.start, doc.hold_spans):
                    continue
                if _WORDS_THEN_BRACKET.search(doc.seg.low, max(0, q.start - 30), q.start):
                    continue  # "twenty-four (42)": the words and digits disagree, RG011's case
                sentence = _sentence_at(doc, q.start)
                if _informational(doc, sentence, q) or is_question(sentence):
                    continue
                if doc.authorizes and not doc.is_po and not doc.grants:
                    continue
                out.append(
                    build_finding(
                        "RG001",
                        doc,
                        sentence,
                        q.start,
                        q.end,
                        f"{_units(q.value)} appear beside the {_units(base)} authorized, with "
                        "nothing saying they are information only or not released.",
                        suggest_informational(bundle, q.value),
                    )
                )
                break
    return out


def _sample_row_count(auth: Sequence[Doc]) -> int | None:
    """The count on a row an authorization heads with its samples ("Samples | 48 pcs"), when
    its go-ahead names the samples but counts nothing; None without one."""
    counts = [
        q.value
        for d in auth
        if d.sample
        for q in d.seg.quantities
        if _SAMPLES_ROW.match(_line_of(d.part.text, q.start).lower())
        and not _inside(q.start, d.hold_spans)
    ]
    return min(counts) if counts else None


def _informational(doc: Doc, sentence: Sentence, q: Quantity) -> bool:
    """Whether the sentence marks the quantity as information only ("annual forecast 4,000",
    "price breaks: 1,000 / 4,000"); a marker after it that labels the next number ("4.000 pcs
    4.35 FOB Weihai, MOQ\n1.000") is that number's."""
    for m in lang.INFORMATIONAL.finditer(sentence.low):
        end = sentence.start + m.end()
        if sentence.start + m.start() >= q.end and _NUMBER_NEXT.match(doc.seg.low, end):
            continue
        if doc.authorizes and _PRICE_TERMS.fullmatch(m.group()):
            # a quote's tiers are prices; a PO printing "Quoted qty 480 EA @ EUR 86,50
            # (production tier)" beside its 20 samples names a quantity it does not hold
            continue
        return True
    return False


_PRICE_TERMS = re.compile(r"tier|price breaks?|moq|minimum order")


_NUMBER_NEXT = re.compile(r"\W{0,3}\d")
_DRAWING_TITLE = re.compile(r"\b(?:drawing|dwg|drg)\b", re.I)


def _quantity_beyond_the_order(bundle: Bundle, auth: Sequence[Doc]) -> list[Finding]:
    """A held authorization says what becomes of its own balance, not of a larger quantity in
    an attached quote or drawing: "150 released, the other 350 on hold" beside a quote for a
    production run of 2,000 with nothing saying it is information only."""
    others = [
        doc
        for doc in bundle.docs
        if not doc.authorizes
        and (doc.role == "quote" or _DRAWING_TITLE.search(_title(doc.part.text)))
    ]  # a supplier's own status or plan is RG006's or RG011's to judge
    if not others or any(d.full_release or d.auto_conversion for d in auth):
        return []  # a release of the full quantity or a recorded auto-conversion says it all
    held = [
        q
        for d in auth
        for h in d.holds
        for q in d.seg.quantities_in(h.start, h.end)
        if not _quoted(d.part.text, h.start)
    ]
    base = _active_qty(bundle, auth)
    if not held or base is None:
        return []  # "the balance is not released" covers whatever the quote calls it
    # every quantity the authorizations name (released, held, the order's total) is explained
    named = {q.value for d in auth for q in d.seg.quantities}
    # 10 released + 490 held: the order's 500 (summed over the held and active quantities only,
    # and only a few hundred of them: a long PO's every figure would make millions of sums)
    parts = sorted({q.value for q in held} | {q.value for d in auth for q in d.active})[:300]
    named |= {a + b for a in parts for b in parts}
    ceiling = max(named)
    for doc in others:
        for q in doc.seg.quantities:
            if q.value <= ceiling or q.value in named or _quoted(doc.part.text, q.start):
                continue
            sentence = _sentence_at(doc, q.start)
            if _informational(doc, sentence, q) or is_question(sentence):
                continue
            if lang.MATERIAL_BUY.search(sentence.low):
                continue  # material bought for a quantity is RG006's to judge
            if lang.INFORMATIONAL.search(doc.seg.low):
                break  # the quote or drawing says of itself that it is for information
            return [
                build_finding(
                    "RG001",
                    doc,
                    sentence,
                    q.start,
                    q.end,
                    f"{_units(q.value)} appear beside the {_units(base)} authorized, and the "
                    "hold does not cover them: nothing says they are information only.",
                    suggest_informational(bundle, q.value),
                )
            ]
    return []


_COMMERCIAL_SUBJECT = re.compile(
    r"\b(?:po|purchase order|order|budget|capex|price|pricing|invoice|quotation|quote|contract)\b"
    r"(?: (?:no\.? ?)?[\w/-]*\d[\w/-]*)?(?: (?:is|was|has been|got|now))* ?$"
)


_APPROVAL_WORDS = re.compile(r"approv|go[- ]?ahead|green[- ]light|\bok\b|okay|good to")


def rg002_unscoped_approval(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    for doc in bundle.docs:
        if doc.role in ("quote", "forecast"):
            continue
        for grant in doc.grants:
            phrase = " ".join(doc.part.text[grant.start : grant.end].split())
            if (
                grant.scoped
                or not grant.authorizing
                # an instruction is no approval word: "Please build and ship those 40" tells
                # what to make (RG010 asks for its count); "you can start" lets them go, and
                # "please start the series production" starts what no scope limits
                or (
                    lang.INSTRUCTION.match(phrase.lower())
                    and not lang.PRODUCTION_GRANT.search(
                        _clause_after(grant.sentence.low, grant.start - grant.sentence.start)
                    )
                )
                # a release that counts nothing is RG010's: "the series of PO 4500087630 is
                # released", "hereby released for production" use no approval word
                or (_release_word(phrase.lower()) and not _APPROVAL_WORDS.search(phrase.lower()))
                # an order handed over is no approval: "PFA our order for ...", "attached PO"
                or re.search(
                    r"po|purchase order|\border\b|\brelease no|\boc\b|\borden\b|\bpedido\b|"
                    r"\bbon de commande\b|\bbc\b|\bcommande\b|\bordem de compra\b",
                    phrase.lower(),
                )
            ):
                continue
            out.append(
                build_finding(
                    "RG002",
                    doc,
                    grant.sentence,
                    grant.start,
                    grant.end,
                    f'"{phrase}" does not say what it covers: sample only, or which quantity.',
                    suggest_scope(bundle),
                )
            )
    return out


def _absence(
    bundle: Bundle,
    rule: str,
    says_it: Callable[[Doc], bool],
    message: str,
    suggestion: Callable[[], str],
    partial_only: bool = True,
    pin: Callable[[Doc], tuple[Sentence, int, int] | None] = lambda doc: None,
) -> list[Finding]:
    """An absence rule: the bundle authorizes something, and no authorizing document says it
    (judged once over the bundle, anchored on the first authorizing document, where ``pin``
    names no better place)."""
    auth = _auth_docs(bundle.docs)
    if not auth or any(
        says_it(d) for d in auth + _attached_to(auth, bundle.docs) + _cover_mails(auth, bundle.docs)
    ):
        return []
    if partial_only and not _partial(bundle, bundle.docs):
        return []
    doc = _anchor_doc(auth)
    sentence, start, end = pin(doc) or _anchor(doc)
    return [build_finding(rule, doc, sentence, start, end, message, suggestion())]


def rg003_balance_not_on_hold(bundle: Bundle) -> list[Finding]:
    return _absence(
        bundle,
        "RG003",
        lambda d: bool(d.holds) or d.auto_conversion,
        "A sample or partial authorization that never says the remaining balance is not released.",
        lambda: suggest_hold(bundle),
    )


def rg004_no_unlock_event(bundle: Bundle) -> list[Finding]:
    return _absence(
        bundle,
        "RG004",
        lambda d: d.has_unlock,
        "No event is named that unlocks the balance (sample sign-off, revised PO, "
        "written release).",
        lambda: suggest_unlock(bundle),
    )


def rg005_no_release_authority(bundle: Bundle) -> list[Finding]:
    return _absence(
        bundle,
        "RG005",
        lambda d: d.has_authority,
        "Nobody is named who may release the balance.",
        lambda: suggest_authority(bundle),
    )


# The buyer inviting the purchase ("if you want to get ahead, feel free to order the PMMA for
# the full run") is no offer the supplier might make: it is a purchase without an authority.
_INVITED = re.compile(r"\bfeel free to\b|\bgo ahead and (?:order|buy|purchase|book)\b")


def rg006_material_beyond_release(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    if not any(doc.seg.has(lang.MATERIAL_BUY) for doc in bundle.docs):
        return out
    bundle_base = _active_qty(bundle, _auth_docs(bundle.docs))
    if bundle_base is None:
        bundle_base = _scoped_quantity(bundle)
    staged = _staged_limit(bundle)
    for docs in bundle.by_file().values():
        # a file's own authorization first; a supplier's plan or confirmation that authorizes
        # nothing is compared with what the bundle authorizes
        base = _active_qty(bundle, _auth_docs(docs))
        if base is None:
            base = bundle_base
        for doc in docs:
            for sentence in doc.seg.candidates(lang.MATERIAL_BUY):
                m = lang.MATERIAL_BUY.search(sentence.low)
                while m is not None and _NOT_MATERIAL.search(m.group()):
                    # "to secure the slot at the mill we have already ordered the S355MC plate":
                    # past the slot, the plate
                    m = lang.MATERIAL_BUY.search(sentence.low, m.start() + 1)
                if m is None or is_question(sentence):
                    continue
                if lang.MODAL_OFFER.search(sentence.low, 0, m.end()) and not _INVITED.search(
                    sentence.low, 0, m.end()
                ):
                    continue  # "we could buy the resin now", not "bought it while we could"
                if _GATED_PLAN.search(sentence.low):
                    continue  # "Blanks ... will be ordered only after your written release"
                if (
                    _WHEN_OPENING.match(sentence.low)
                    and not re.search(r"\b(?:already|have|has|had|bought)\b", sentence.low)
                    and not _INVITED.search(sentence.low, 0, m.end())
                ):
                    continue  # "Workflow: when the customer approves, blanks are called off"
                before = _clause_before(sentence.low, m.start(), 40)
                if (
                    lang.NEGATION.search(before)
                    or lang.NEGATION.search(sentence.low[m.start() : m.end()])
                    or _NEGATED_OR.search(sentence.low, max(0, m.start() - 70), m.start())
                    or (
                        re.match(r"\W*no\b", sentence.low)
                        and not re.search(
                            r"\b(?:but|however|although)\b", sentence.low[: m.start()]
                        )
                    )
                ):
                    continue  # "do not start the 1,990 or buy aluminum", "No acrylic sheet ..."
                if _NOT_MATERIAL.search(sentence.low[m.start() : m.end()]):
                    continue  # "reserved capacity on line 4 for the whole quantity": no material
                if re.search(r"\b(?:does|do) not authori[sz]e\b", sentence.low):
                    continue  # "staged material does not authorize cutting … beyond the 80"
                quantities = doc.seg.quantities_in(sentence.start, sentence.end)
                authority = lang.MATERIAL_AUTHORITY.search(sentence.low)
                exceeded = False
                if authority is not None:
                    cut = sentence.start + authority.start()
                    allowed = [q.value for q in quantities if q.start >= cut]
                    bought = [q.value for q in quantities if q.start < cut]
                    exceeded = bool(allowed and bought and max(bought) > max(allowed))
                    if not exceeded:
                        continue
                beyond_words = lang.MATERIAL_BEYOND.search(sentence.low)
                # with an authorization that states no quantity, nothing is released in numbers:
                # material bought for any stated quantity is beyond it
                too_many = (
                    any(q.value > base for q in quantities)
                    if base is not None
                    else bool(quantities and _auth_docs(bundle.docs))
                    # a status report quoting a staged authority "up to 5,000 pcs" beside resin
                    # staged "for 50,000 pcs": beyond the authority itself
                    or (staged > 0 and any(q.value > staged for q in quantities))
                )
                if (
                    not too_many
                    and base is None
                    and quantities
                    and not _auth_docs(bundle.docs)
                    and (
                        lang.FORECAST_WORD.search(doc.seg.low)
                        or _NO_RELEASE_YET.search(doc.seg.low)
                    )
                ):
                    # a supplier's plan buying for a forecast, or while it says no production
                    # release has come: nothing released covers the material
                    too_many = True
                if bundle.facts is not None:
                    limit = max(bundle.facts.material_qty, bundle.facts.released)
                    too_many = any(q.value > limit for q in quantities)
                if not (beyond_words or too_many or exceeded):
                    continue
                # an authority covers it, unless the authority is sample-only and the material
                # is for the whole quantity ("melted the batch ... for the whole 3 000 pcs")
                if (
                    doc.material_authority
                    and not (too_many or exceeded)
                    and not (beyond_words and doc.material_authority_limited)
                ):
                    continue
                if quantities and all(q.value <= staged for q in quantities):
                    continue  # within a staged material authority ("up to 360 units")
                if re.search(
                    r"\b(?:samples?|prototypes?) only\b|only for the samples?|"
                    r"\bfor\b[^.;]{0,40}(?<!not )\bonly\b",
                    sentence.low,
                ):
                    continue  # material for what is released only
                out.append(
                    build_finding(
                        "RG006",
                        doc,
                        sentence,
                        sentence.start + m.start(),
                        sentence.start + m.end(),
                        "Material is bought or staged for more than the released quantity "
                        "without an explicit material authority.",
                        suggest_material(bundle),
                    )
                )
    return out


_NO_RELEASE_YET = re.compile(
    r"\b(?:production |customer |written )?release\b[^.\n]{0,40}\bnot (?:yet )?received\b"
    r"|\bno (?:customer |production |written )?release\b"
)


def _staged_limit(bundle: Bundle) -> int:
    """The largest quantity a buyer's material authority stages material for ("Material
    authority: staged, up to 360 seat frames"); 0 without one, or when it is sample-only."""
    limits = [0]
    for doc in bundle.docs:
        for s in doc.seg.candidates(lang.MATERIAL_AUTHORITY):
            m = lang.MATERIAL_AUTHORITY.search(s.low)
            if m is None or _SAMPLE_ONLY_MATERIAL.search(s.low, m.start()):
                continue
            if _STAGED.search(s.low, m.start()):  # the ceiling is stated after the authority
                at = s.start + m.start()
                limits += [q.value for q in doc.seg.quantities_in(at, s.end)]
    return max(limits)


# an authority that names a ceiling ("staged, up to 10,000 units' worth", "max 10,000 units"),
# as the buyer wrote it or as the supplier cites it
_STAGED = re.compile(r"\b(?:staged?|up to|max(?:imum)?\.?|not (?:more|exceeding))\b")
_SAMPLE_ONLY_MATERIAL = re.compile(r"\bsample[- ]only\b|\bsamples? only\b")


_WRITTEN_GATE = re.compile(r"\bonly\b[^.;]{0,20}\bwritten (?:production )?release\b")
_WRITTEN_AFTER = re.compile(
    r"\b(?:and|plus|followed by) (?:a |our |my |the )?(?:separate |formal )?written "
    r"(?:production )?release\b"
)
_GATED_PLAN = re.compile(
    r"\b(?:will|shall|would|to) be (?:ordered|bought|purchased|procured|staged|reserved|called off)"
    r"\b[^.;]{0,10}\b(?:only )?(?:after|once|when|upon|until|on receipt of)\b"
)
_NOT_MATERIAL = re.compile(r"\b(?:capacity|slots?|machine time|press time|line time)\b")
_NEGATED_OR = re.compile(r"\b(?:not|don't|never|no)\b[^.;]{0,50}\b(?:or|nor)\s+(?:\w+\s+)?$")
_WHEN_OPENING = re.compile(r"\W*(?:[\w ]{1,20}:\s*)?(?:when|once|if|as soon as|upon)\b")
_SCOPED_QTY = re.compile(
    r"\b(?:only|samples?|prototypes?|protos?|npi|pilot|fai|first[- ]articles?|released)\b"
)


def _scoped_quantity(bundle: Bundle) -> int | None:
    """The smallest quantity the bundle states as scoped ("covers 20 sample cushion covers
    only", "Build the 50 NPI units only"), quoted text included: with no authorization of its
    own, a supplier's message is measured against what it was told."""
    values = []
    for doc in bundle.docs:
        for q in doc.seg.quantities:
            if _inside(q.start, doc.hold_spans) or _is_total(doc.seg, q):
                continue
            s = doc.seg.sentence_at(q.start)
            if s is not None and _SCOPED_QTY.search(s.low):
                values.append(q.value)
    return min(values) if values else None


def rg007_implied_auto_conversion(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    for doc in bundle.docs:
        if doc.auto_conversion:
            continue
        text = doc.part.text
        # the reply holds the balance in its own words: the other side's quoted assumption
        # ("once you approve the FAI we will continue the 2,000") is answered, not adopted
        answered = any(not _quoted(text, h.start) for h in doc.holds)
        for sentence in doc.seg.candidates(lang.IMPLIED_AUTO_KEY):
            if answered and _quoted(text, sentence.start) and not _own_quote(text, sentence.start):
                continue
            m = lang.IMPLIED_AUTO.search(sentence.low)
            if m is not None and is_question(sentence):
                # "so once you approve samples we just run the rest right?" - "yep": the
                # answer adopts what was asked
                answer = doc.seg.next_sentence(sentence)
                if answer is None or not lang.ANSWER_YES.match(answer.low):
                    continue
                sentence, m = answer, lang.ANSWER_YES.match(answer.low)
            if m is None:
                continue
            if _ORDER_FOR_COUNT.search(sentence.low, 0, m.start() + 1):
                continue  # "Our PO BB-3407 for 500 scarves is below; samples were signed off
                # last week, so please proceed": an order for its count, no roll-over
            # "no need to wait for a written release" waives the release it names
            waived = m.group().startswith(("no need to wait", "pas besoin"))
            safe = lang.AUTO_SAFE.search(
                sentence.low[m.start() : m.end() + 40]
            ) or _WRITTEN_GATE.search(
                sentence.low
            )  # "It is released only by a written production release from me, and only after ..."
            if (safe and not waived) or _WRITTEN_AFTER.search(sentence.low, m.start()):
                continue  # "released only after sample sign-off and a written release from ..."
            before = _clause_before(sentence.low, m.start(), 30)
            if re.search(r"\b(?:not|never|don't|do not)\b", before):
                continue
            if (
                _PAID_START.search(sentence.low)
                and not lang.SAMPLE.search(sentence.low)
                and not re.search(r"approv|sign", sentence.low)
            ):
                continue  # "production starts automatically once the advance payment is received"
            out.append(_rollover(bundle, doc, sentence, m))
        seen = {f.start for f in out}
        for sentence in doc.seg.candidates(lang.CONSEQUENT_ROLL, at_start=True):
            m = lang.CONSEQUENT_ROLL.match(sentence.low)
            told = doc.seg.previous_sentence(sentence)
            if (
                m is None
                or told is None
                or not lang.SAMPLE_APPROVED.search(told.low)
                or (answered and _quoted(text, sentence.start))
                or lang.AUTO_SAFE.search(sentence.low)
                or sentence.start + m.start() in seen
                # "Therefore you may proceed with the 200 pilot sticks": the pilot, no roll-over
                or (
                    lang.SAMPLE.search(sentence.low)
                    and not lang.PRODUCTION_GRANT.search(sentence.low)
                )
            ):
                continue
            seen.add(sentence.start + m.start())
            out.append(_rollover(bundle, doc, sentence, m))
        for sentence in doc.seg.candidates(lang.FOREIGN_IMPLIED_AUTO):
            if answered and _quoted(text, sentence.start) and not _own_quote(text, sentence.start):
                continue
            m = lang.FOREIGN_IMPLIED_AUTO.search(sentence.low)
            if (
                m is None
                or is_question(sentence)
                or lang.FOREIGN_NEGATION.search(m.group())
                or lang.FOREIGN_AUTO_SAFE.search(sentence.low)
                or sentence.start + m.start() in seen
            ):
                continue
            out.append(_rollover(bundle, doc, sentence, m))
    return out


_ORDER_FOR_COUNT = re.compile(r"\b(?:po|purchase order|order)\b[^.;]{0,30}\bfor \d")
_PAID_START = re.compile(
    r"\b(?:payment|deposit|advance|prepayment|paid|l/c|letter of credit|proforma|remittance)\b"
)


def _rollover(bundle: Bundle, doc: Doc, sentence: Sentence, m: re.Match[str]) -> Finding:
    return build_finding(
        "RG007",
        doc,
        sentence,
        sentence.start + m.start(),
        sentence.start + m.end(),
        "Sample approval is made to roll into production without an explicit, "
        "recorded auto-conversion statement.",
        suggest_no_auto(bundle),
    )


def rg008_forecast_as_firm(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    for doc in bundle.docs:
        for sentence in doc.seg.candidates(lang.FORECAST_WORD):
            fw = lang.FORECAST_WORD.search(sentence.low)
            if fw is None or is_question(sentence):
                continue
            if lang.FORECAST_SAFE.search(sentence.low):
                continue
            firm = lang.FIRM_WORD.search(sentence.low)
            if firm is None:
                continue
            before = _clause_before(sentence.low, firm.start(), 25)
            if lang.NEGATION.search(before):
                continue
            start = sentence.start + min(fw.start(), firm.start())
            end = sentence.start + max(fw.end(), firm.end())
            out.append(
                build_finding(
                    "RG008",
                    doc,
                    sentence,
                    start,
                    end,
                    "A forecast quantity is written as an order or a commitment.",
                    suggest_forecast(bundle),
                )
            )
    out += _schedule_periods_as_firm(bundle, {f.sentence_start for f in out})
    out += _forecast_taken_as_firm(bundle, {f.sentence_start for f in out})
    if bundle.facts is not None and bundle.facts.basis == "forecast":
        out += _forecast_quantity_as_order(bundle, bundle.facts)
    return _dedupe(out)


def _schedule_periods_as_firm(bundle: Bundle, done: set[int]) -> list[Finding]:
    """A planning schedule that authorizes nothing, whose periods are declared firm or
    committed: "weeks 28-35 are firm commitments from our side, build to them"."""
    out: list[Finding] = []
    for doc in bundle.docs:
        if doc.authorizes or not doc.seg.has(lang.SCHEDULE_DOC):
            continue
        for sentence in doc.seg.candidates(lang.FIRM_STRONG):
            firm = lang.FIRM_STRONG.search(sentence.low)
            if firm is None or sentence.start in done or is_question(sentence):
                continue
            if not lang.PERIOD_REF.search(sentence.low) or lang.FORECAST_SAFE.search(sentence.low):
                continue
            if lang.NEGATION.search(_clause_before(sentence.low, firm.start(), 25)) or re.match(
                r"\W*no\b", sentence.low
            ):
                continue  # "No line on this schedule carries qualifier C (firm)."
            out.append(
                _forecast_finding(
                    bundle,
                    doc,
                    sentence,
                    firm,
                    "Periods of a planning schedule are declared firm or committed.",
                )
            )
    return out


def _forecast_finding(
    bundle: Bundle, doc: Doc, sentence: Sentence, m: re.Match[str], message: str
) -> Finding:
    """An RG008 finding on a match inside a sentence."""
    start, end = sentence.start + m.start(), sentence.start + m.end()
    return build_finding("RG008", doc, sentence, start, end, message, suggest_forecast(bundle))


_TAKE_AS_FIRM = re.compile(
    r"\b(?:treat|take|consider|count|book|booked|handle|regard|see|plan)\w*\b[^.;]{0,30}?"
    r"\bas (?:a |an |our |your )?(?:firm|confirmed|binding|fixed|definite)(?: purchase)? "
    r"(?:order|po|commitment|demand|quantity|volume)s?\b"
    r"|\b(?:all|every) (?:quantities|quantity|lines|volumes|periods)\b[^.;]{0,60}\b(?:are|is|"
    r"shall be|will be) (?:binding|firm|committed)(?: purchase)?(?: commitments?| orders?)?\b"
    # "Consider it our commitment - lock in the press capacity"
    # "please take this letter as our order for the full 80.000", "Consider it committed"
    r"|\b(?:consider\w*|take|taking|treat\w*|regard\w*|count(?:ing)? on|rely on|plan) "
    r"(?:it|this|that|them|these|those)(?: (?:letter|mail|e-?mail|message|forecast|schedule|plan|"
    r"figures?|quantity|quantities|volumes?|numbers))? (?:as )?(?:(?:our |a |an |the )?"
    r"(?:firm |binding |confirmed )?(?:(?:19|20)\d\d |annual |yearly |season(?:al)? )?"
    r"(?:commitment|order|po)\b|(?:committed|firm|binding|confirmed)\b)"
)
_FIGURE = re.compile(r"(?<![\w.,/-])\d{1,3}(?:[,.']\d{3})+(?![\w.,/-]|[.,]\d)|\b\d{3,7}\b")
# "your firm order of 12,000 units", "your annual commitment of 36,000 pcs": a quantity named firm
_FIRM_BEFORE = re.compile(
    r"\b(?:firm|binding|confirmed|fixed|definite)(?: purchase)? (?:order|po|commitment|volume|"
    r"quantity)s? (?:of|for) (?:the )?$|\bcommitment (?:of|for) (?:the )?$|\bcommitted (?:to|for) "
    r"(?:the )?$"
    # a supplier thanking for a forecast as an order: "Thank you for your order of 24,000 cases"
    r"|\byour (?:annual |yearly |season(?:al)? |blanket )?order (?:(?:of|for) (?:the )?)?$"
    # "We noted the Q3 order of 36,000 gift boxes": the forecast period's figure called an order
    r"|\b(?:q[1-4]|quarter|annual|yearly|\d{4}|monthly) order (?:of|for) (?:the )?$"
)


def _forecast_taken_as_firm(bundle: Bundle, done: set[int]) -> list[Finding]:
    """A forecast stated in one sentence and taken as firm in another: 'Our projection for
    next quarter is 5,000 panels. Take it as confirmed order'; a supplier booking the
    forecast's quantity 'as firm order'; a schedule with a forecast section whose quantities
    are all declared binding purchase commitments."""
    out: list[Finding] = []
    forecast_values = {
        q.value
        for doc in bundle.docs
        for s in doc.seg.candidates(lang.FORECAST_WORD)
        for q in doc.seg.quantities_in(s.start, s.end)
    }
    # every figure of a labelled forecast (period cells and totals carry no unit)
    forecast_values |= {
        value
        for doc in bundle.docs
        if doc.role == "forecast"
        for m in _FIGURE.finditer(doc.seg.low)
        if (value := parse_number(m.group())) is not None and value >= 100
    }
    # two lines' totals together: "18,000 + 18,000" confirmed as "your firm order of 36,000"
    # (a forecast sheet of a few hundred figures at most is summed in pairs)
    figures = sorted(forecast_values)[-300:]
    forecast_values |= {a + b for a in figures for b in figures}
    for doc in bundle.docs:
        for sentence in doc.seg.candidates(lang.FIRM_WORD):
            if sentence.start in done or is_question(sentence):
                continue
            named = next(
                (
                    q
                    for q in doc.seg.quantities_in(sentence.start, sentence.end)
                    if q.value in forecast_values
                    and _FIRM_BEFORE.search(doc.seg.low, max(0, q.start - 40), q.start)
                    and not lang.FORECAST_WORD.search(sentence.low)
                ),
                None,
            )
            if named is not None:  # the forecast's own quantity, called a firm order
                out.append(
                    build_finding(
                        "RG008",
                        doc,
                        sentence,
                        named.start,
                        named.end,
                        f"{_units(named.value)} is a forecast quantity but is called a firm "
                        "order or a commitment here.",
                        suggest_forecast(bundle),
                    )
                )
                continue
            m = _TAKE_AS_FIRM.search(sentence.low)
            if m is None:
                continue
            if lang.NEGATION.search(_clause_before(sentence.low, m.start(), 30)):
                continue
            # "Rough forecast is 2k ... No PO yet. Look, take that as the order.": the forecast
            # named in one of the two sentences before
            previous = doc.seg.previous_sentence(sentence)
            earlier = doc.seg.previous_sentence(previous) if previous is not None else None
            refers_back = re.search(r"\b(?:this|it|these|them|that|those)\b", sentence.low) and any(
                s is not None and lang.FORECAST_WORD.search(s.low) for s in (previous, earlier)
            )
            same_quantity = any(
                q.value in forecast_values
                for q in doc.seg.quantities_in(sentence.start, sentence.end)
            )
            whole_schedule = m.group().startswith(("all", "every")) and doc.seg.has(
                lang.SCHEDULE_DOC
            )
            if not (refers_back or same_quantity or whole_schedule):
                continue
            out.append(
                _forecast_finding(
                    bundle,
                    doc,
                    sentence,
                    m,
                    "A forecast quantity is written as an order or a commitment.",
                )
            )
    return out


def _forecast_quantity_as_order(bundle: Bundle, facts: OrderFacts) -> list[Finding]:
    out: list[Finding] = []
    for doc in bundle.docs:
        for q in doc.seg.quantities:
            if q.value != facts.production_qty:
                continue
            sentence = _sentence_at(doc, q.start)
            if lang.FORECAST_SAFE.search(sentence.low) or lang.INFORMATIONAL.search(sentence.low):
                continue
            if re.search(r"\b(?:order(?:ed)?|commit\w*|firm|confirm\w*|binding)\b", sentence.low):
                out.append(
                    build_finding(
                        "RG008",
                        doc,
                        sentence,
                        q.start,
                        q.end,
                        f"{_units(q.value)} is a forecast in the register but is written here "
                        "as an order.",
                        suggest_forecast(bundle),
                    )
                )
    return out


def approval_sense(low: str, start: int, end: int) -> str | None:
    """What one "approval"/"release" refers to, from the words right around it: 'technical'
    (samples, drawings, FAI), 'commercial' (the PO, the price, the budget), 'production' (the
    run, the balance), or None when it is none or more than one of them."""
    near_start = max(0, start - 45)
    near = low[near_start : end + 45]
    a, b = start - near_start, end - near_start

    def touches(pattern: re.Pattern[str]) -> bool:
        return any(m.start() <= a and b <= m.end() for m in pattern.finditer(near))

    if not lang.ENGLISH_APPROVAL_FORM.fullmatch(low, start, end):
        return _foreign_sense(low, start, end)
    if lang.QUALITY_SUBJECT.search(low, near_start, start) and lang.SAMPLE.search(
        low, end, end + 25
    ):
        return "technical"  # "our QC released the 5 pcs samples"
    if low[start:end].startswith("approv"):
        if lang.APPROVAL_BY_MONEY.match(low, start):
            return "commercial"
        if lang.APPROVAL_BY_TECH.match(low, start):
            return "technical"
        patterns = (lang.APPROVAL_TECHNICAL, lang.APPROVAL_COMMERCIAL, lang.APPROVAL_PRODUCTION)
    else:
        patterns = (lang.RELEASE_TECHNICAL, lang.RELEASE_COMMERCIAL, lang.RELEASE_PRODUCTION)
    senses = [
        sense
        for sense, pattern in zip(("technical", "commercial", "production"), patterns, strict=True)
        if touches(pattern)
    ]
    # the subject before a bracketed aside, not the aside: "ECN-0415 (drain moved 75 mm to the
    # left, DRG SU-600-EP Rev 06) is approved", "Samples (40 cartons, PO HV-PO-24-0720) |
    # approved - fit on 22.5in rims"
    # (looked for only after a closing bracket near the word, the common case being none)
    if ")" in low[near_start:start]:
        before = low[max(0, start - 200) : start]
        collapsed = _BRACKETED_ASIDE.sub("", before)
        if collapsed != before:  # (an aside removed: the recursion ends)
            joined = collapsed + low[start : end + 45]
            sense = approval_sense(joined, len(collapsed), len(collapsed) + end - start)
            if sense is not None:
                return sense
    return senses[0] if len(senses) == 1 else None


def _release_word(word: str) -> bool:
    """Whether an approval word is "release" in some language ("released", "liberación")."""
    return any(root in word for root in lang.RELEASE_ROOTS)


def _foreign_sense(low: str, start: int, end: int) -> str | None:
    """The sense of an approval word in the writer's language: a German compound's first half
    ("Erstmusterfreigabe", "Serienfreigabe"), else the agent or object right after it
    ("approvato dalla direzione", "liberación del PPAP"); None when neither says it."""
    word = low[start:end]
    cut = word.find("freigabe")
    if cut > 0:  # "Erstmusterfreigabe": the initial samples' approval
        m = lang.FOREIGN_SENSE.fullmatch(word[:cut].rstrip("s"))
        if m is not None:
            return "technical" if m.lastgroup == "sample" else m.lastgroup
    link = lang.FOREIGN_SENSE_LINK.match(low, end)
    m = lang.FOREIGN_SENSE.match(low, link.end()) if link is not None else None
    if m is None:
        return None
    if m.lastgroup == "sample":
        # "approvazione dei campioni" is a technical decision; "liberación de muestras" lets
        # the samples be made, which says nothing of the sense
        releases = _release_word(word)
        return None if releases else "technical"
    return m.lastgroup


def _row_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around [start, end) between line breaks that open a capitalised line."""
    lo = start
    while (lo := text.rfind("\n", 0, lo)) != -1:
        if text[lo + 1 : lo + 2].isupper():
            break
    hi = end
    while (hi := text.find("\n", hi)) != -1:
        if text[hi + 1 : hi + 2].isupper():
            break
        hi += 1
    return lo + 1, len(text) if hi == -1 else hi


def rg009_mixed_approval_terms(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    for docs in bundle.by_file().values():
        seen: dict[str, set[str]] = {}
        done = False
        for doc in docs:
            if done or doc.role in ("quote", "forecast"):
                continue
            for sentence in doc.seg.candidates(lang.APPROVAL_WORD):
                if done:
                    break
                for m in lang.APPROVAL_WORD.finditer(sentence.low):
                    word = m.group()
                    root = "release" if _release_word(word) else "approval"
                    # the sense is read within the word's own row: lines that open with a
                    # capital (table rows, labels merged into one sentence) lend no words
                    line_start, line_end = _row_bounds(sentence.text, m.start(), m.end())
                    line = sentence.low[line_start:line_end]
                    sense = approval_sense(line, m.start() - line_start, m.end() - line_start)
                    if sense is None:
                        continue
                    senses = seen.setdefault(root, set())
                    if senses and sense not in senses:
                        out.append(
                            build_finding(
                                "RG009",
                                doc,
                                sentence,
                                sentence.start + m.start(),
                                sentence.start + m.end(),
                                f'"{m.group()}" is used for more than one thing in one '
                                "document: a technical decision, a commercial one, production "
                                "authority.",
                                SUGGEST_ONE_WORD_PER_IDEA,
                            )
                        )
                        done = True
                        break
                    senses.add(sense)
    return out


def rg010_no_active_quantity(bundle: Bundle) -> list[Finding]:
    return _absence(
        bundle,
        "RG010",
        lambda d: d.states_active,
        "The authorization never states the quantity it authorizes now.",
        lambda: suggest_quantity(bundle),
        partial_only=False,
        pin=_count_left_open_at,
    )


def _count_left_open_at(doc: Doc) -> tuple[Sentence, int, int] | None:
    """Where an authorization leaves its count to something else ("Released quantity | per
    schedule", "Qty: TBA"): the place to show the reader."""
    m = doc.open_count
    if m is None:
        return None
    return _sentence_at(doc, m.start()), m.start(), m.end()


# an e-mail's own count of what its attached PO orders: "Only the 30 sample assemblies for now"
_COUNT_NAMED = re.compile(r"\b(?:only|just|all|the)\W+$")
# not a count of parts: "the 40'HC", "max 12 m trucks", "the 2 pallets", "all 5 days"
_NOT_PARTS = re.compile(
    r"\s*(?:'|ft\b|hc\b|m\b|containers?\b|trucks?\b|pallets?\b|days\b|weeks\b|hours\b|%)"
)


# a number that labels, not counts: "Area 8 mock-up spools", "wave 2 samples", "Rev 3 protos"
_NUMBER_LABEL = re.compile(
    r"\b(?:area|zone|level|line|item|wave|lot|floor|phase|no\.?|#|pos\.?|rev\.?|version)\s*$"
)


def _samples_counted(doc: Doc, q: Quantity) -> bool:
    """A count of samples an authorization states outside its go-ahead's sentences ("Our PO is
    coming out of our ERP today: 20 printed samples, 10 of each design"), not held or quoted."""
    low = doc.seg.low
    return bool(
        _SAMPLE_COUNT.match(low, q.end)
        and not _NUMBER_LABEL.search(low, max(0, q.start - 12), q.start)
        and not _inside(q.start, doc.hold_spans)
        and not _held_in_its_sentence(doc.holds, doc.hold_spans, q)
        and not _HELD_AFTER.match(doc.part.text, q.end)
        and not _not_active(low, q)
        and not _quoted(doc.part.text, q.start)
    )


def _count_named(doc: Doc, q: Quantity) -> bool:
    return bool(
        _COUNT_NAMED.search(doc.seg.low, max(0, q.start - 8), q.start)
        and not _NOT_PARTS.match(doc.seg.low, q.end)
    )


_SAMPLES_ROW = re.compile(r"\s*(?:samples?|prototypes?|fai|first[- ]articles?)\b")


def rg011_conflicting_quantities(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    stated: list[tuple[Doc, Quantity, Sentence]] = []
    for doc in bundle.docs:
        if not doc.authorizes:
            continue
        if doc.is_po:
            stated += [(doc, q, _sentence_at(doc, q.start)) for q in doc.active]
        else:  # "Please find attached PO ... The order is for the 40 FAI pieces."
            for q in doc.active:
                s = _sentence_at(doc, q.start)
                if lang.STATED_ORDER.search(
                    doc.seg.low, max(s.start, q.start - 70), q.start
                ) or _count_named(doc, q):
                    stated.append((doc, q, s))
            # "pilot batch for the handle caps (HC-3) is 1.2k"
            for sentence in doc.seg.candidates(lang.SAMPLE):
                for q in doc.seg.quantities_in(sentence.start, sentence.end):
                    if _STATED_SCOPE.search(
                        doc.seg.low, max(sentence.start, q.start - 70), q.start
                    ):
                        stated.append((doc, q, sentence))
        if not doc.is_po and not doc.grants and _release_form(doc.part.text):
            # a release form's table ("20 BOP-56V-5Ah 350 packs Jennifer Ortiz"): its counts
            stated += [
                (doc, q, _sentence_at(doc, q.start))
                for q in doc.seg.quantities
                if not _inside(q.start, doc.hold_spans)
                and not _HELD_AFTER.match(doc.part.text, q.end)
                and not _not_active(doc.seg.low, q)
                and not _is_total(doc.seg, q)
                # ("Samples | 40 pcs, sample sign-off 28.05.2024": the samples judged)
                and not _SAMPLES_ROW.match(_line_of(doc.part.text, q.start).lower())
            ]
        for grant in doc.grants:
            if not grant.authorizing:
                continue
            for q in doc.seg.quantities_in(grant.sentence.start, grant.sentence.end):
                before = doc.seg.low[max(0, q.start - 25) : q.start]
                if _not_active(doc.seg.low, q) or re.search(
                    r"\b(?:of the|out of|total)\W*(?:\w+\W+)?$", before
                ):
                    continue
                stated.append((doc, q, grant.sentence))
        if not doc.is_po and not any(d is doc for d, _, _ in stated):
            # nothing said as the order's count: the samples it counts (only then: a second
            # figure beside a stated one would hide a conflict)
            stated += [
                (doc, q, _sentence_at(doc, q.start))
                for q in doc.seg.quantities
                if _samples_counted(doc, q)
            ]
    for doc in bundle.docs:
        if doc.role in ("quote", "forecast", "question"):
            continue
        seen = {(d.part.name, q.start) for d, q, _ in stated}
        # what each document states as released ("REL. QTY : 550 PCS" on a call-off print),
        # including the other side's release it quotes ("> 500 handlebars released now")
        stated += [
            (doc, q, s)
            for q, s in [*doc.release_statements, *_quoted_releases(doc)]
            if (doc.part.name, q.start) not in seen
        ]
        if doc.authorizes:
            continue
        # "Release R1 went up on the portal. That's 450 blades for now"
        summed_up = {m.end() for m in _SUMMED_UP.finditer(doc.seg.low)}
        for q in doc.seg.quantities:
            if (
                lang.STATED_ORDER.search(doc.seg.low, max(0, q.start - 70), q.start)
                or q.start in summed_up
            ) or (
                # "please make sure the 25 samples ship with the CoC": the order's samples
                doc.seg.low.endswith("the ", 0, q.start)
                and _SAMPLE_AFTER.match(doc.seg.low, q.end)
                and not _quoted(doc.part.text, q.start)
            ):
                stated.append((doc, q, _sentence_at(doc, q.start)))
    by_doc: dict[str, set[int]] = {}
    for doc, q, _ in stated:
        by_doc.setdefault(doc.part.name, set()).add(q.value)
    names = {d.part.name: d for d in bundle.docs}

    def mentioned(name: str) -> set[int]:
        return {q.value for q in names[name].seg.quantities}

    flagged: set[str] = set()
    for doc, q, sentence in stated:
        for other, values in by_doc.items():
            if other == doc.part.name or doc.part.name in flagged:
                continue
            if (
                q.value in values
                or q.value in mentioned(other)
                or any(v in mentioned(doc.part.name) for v in values)
            ):
                continue
            first = min(values)
            out.append(
                build_finding(
                    "RG011",
                    doc,
                    sentence,
                    q.start,
                    q.end,
                    f"This authorizes {_units(q.value)} but {other} authorizes {_units(first)}.",
                    SUGGEST_ONE_QUANTITY,
                )
            )
            flagged.add(doc.part.name)
            flagged.add(other)
    for doc in bundle.docs:
        if doc.role in ("quote", "forecast"):
            continue
        if doc.role in (AUTHORIZATION, "report") and doc.part.name not in flagged:
            # (minutes record one release in two ways too)
            out += (
                _conflicts_within(doc) or _samples_against_lines(doc) or _order_said_otherwise(doc)
            )
        elif (
            doc.part.name not in flagged
            and len(doc.release_statements) == 2
            and len({q.value for q, _ in doc.release_statements}) == 2
            and not _answers_a_po(doc.part.text, doc.seg.low[:600])
            and not _is_report(doc.part.text)
        ):
            # a release stated with its author, then restated ("Production release: 600
            # couplings, released by Henk Bakker" ... "the 500 released couplings")
            out += _conflicts_within(doc)
        if doc.part.name not in flagged:
            out += _confirmed_differently(doc)
        out += _words_and_digits(doc)
    if not out:
        out += _order_number_transposed(bundle)
    if not out and not flagged:
        out += _supplier_copy_against_po(bundle)
    if not out and not flagged:
        out += _accepted_differently(bundle)
    if not out and not flagged:
        out += _sample_counts_differ(bundle)
    if bundle.facts is not None:
        authorized = [entry for entry in stated if entry[0].authorizes]
        out += _against_register(bundle, bundle.facts, authorized)
    return out


# what counts samples: "the 25 samples", "10 pilot units", "6 FAI pieces"
_SAMPLE_NOUN = (
    r"(?:samples?|prototypes?|protos?|pilot (?:lots?|(?!(?:stores|sites|runs|results|reports|"
    r"days|weeks|lines|plants|customers|clinics|shops|points|cases|orders)\b)[a-z]{3,}s)|"
    r"fai (?:pieces|parts|units)|first[- ]articles?|test units|trial (?:units|pieces|pcs)|"
    # "20 trial-fit canopies", "2 sets trial fit", "twelve (12) clinical-build kits"
    r"trial[- ]fit|clinical[- ](?:build|trial|evaluation)|clinical (?:kits|units|sets)|"
    # "doce (12) unidades de prueba", "10 pzs de prueba", "6 peças de teste", "muestras"
    r"(?:unidades|unidad|pzs|piezas|pe[çc]as|pcs|pieces|units)\s+de\s+(?:prueba|teste|muestra|"
    r"amostra)s?|muestras|amostras|échantillons|campioni|"
    # "the 10 mock-ups", "twenty-four (24) SMS frames" (salesman samples), "the 15 PP sets"
    r"mock-?ups?|sms|pp (?:samples?|sets?|units|pieces|pcs))\b"
)
# after a count: "6pcs samples", "12 sample beds", "(10) pilot frames"
_SAMPLE_COUNT = re.compile(
    r"\)?\s*(?:x\s+)?(?:pcs\.?\s+|pieces\s+|units\s+|nos\.?\s+)?(?:of\s+)?(?:\w+[- ])?"
    + _SAMPLE_NOUN
)
# "sample 5pcs", "Samples: 6", "prototype qty 4"
_SAMPLE_BEFORE = re.compile(
    r"\b(?:samples?|prototypes?|protos?)(?: (?:qty|quantity|lot|order))?\s*[:=]?\s*$"
)
_REVISED = re.compile(
    # ("PO 4471 rev 2", not a drawing's or an IFU's "rev 4")
    r"\b(?:(?:po|order|p\.o\.)\b[^.\n]{0,20}\brev(?:\.|ision)?\s*\d|revised|revision|amended|"
    r"amendment|change order|"
    # (not "our supplier increase the price from May by 12%")
    r"(?:increased?|reduced?)(?! (?:the |our |its |their )?(?:price|prices|cost|costs|rate|"
    r"lead ?time|capacity))|instead of|changed? (?:from|to))\b"
)


# an order's number where it is named as one: "PO 4500318", "OdA n. 4500381", "BEG*00*SA*KGS2400677"
# (no word boundary opens it, which makes it slow: _order_numbers checks the character before)
_ORDER_NUMBER = re.compile(
    r"(?:p\.?\s?o\.?|purchase order|order|pedido|bestellung|ordine|oda|commande|zam[oó]wienie|"
    # "ORDEN DE COMPRA N° 2024-0481", "OC N° 2024-0418"
    r"orden(?: de compra)?|ordem(?: de compra)?|oc|oa|"
    r"beg\*\d\d\*\w\w|po1?|ref(?:erence)?)\b(?:\s*(?:no\.?|nr\.?|number|num\.?|#|n[°º]\.?|n\.))?"
    # (a portal's field: "your PO | MKC/PUR/24/0561")
    r"\s*[:#*|]?\s*(?P<number>(?:[a-z]{1,5}[-/ ]?)?(?:[a-z0-9]{1,6}[-/])*\d[\d-]{3,12})\b"
)


_LONG_NUMBER = re.compile(r"\d{6,12}")  # (its bounds are checked by _bare_numbers: faster)
_NUMBER_BOUND = frozenset(".,/-_")


def _order_numbers(low: str) -> list[tuple[str, int, int]]:
    """The order numbers a text names as such (see _ORDER_NUMBER): as written, start, end."""
    return [
        (m.group("number"), m.start("number"), m.end("number"))
        for m in _ORDER_NUMBER.finditer(low)
        if m.start() == 0 or not low[m.start() - 1].isalnum()
    ]


# a PO's own number in its header, after "No.": "ORDEN DE COMPRA / No. OC-2024-0871"
_HEADER_NUMBER = re.compile(
    r"\b(?:no|nr|n°|nº|núm|num|number)\.?\s*[:#]?\s*(?P<number>[a-z]{1,4}[-/]?\d{2,4}[-/]\d{3,6})\b"
)


def _header_number(low: str) -> list[tuple[str, int, int]]:
    return [
        (m.group("number"), m.start("number"), m.end("number"))
        for m in _HEADER_NUMBER.finditer(low, 0, 800)
    ]


def _bare_numbers(low: str) -> list[tuple[str, int, int]]:
    """Numbers of six to twelve digits standing alone ("N. 4500318"): start, end."""
    out = []
    for m in _LONG_NUMBER.finditer(low):
        before = low[m.start() - 1] if m.start() else " "
        after = low[m.end()] if m.end() < len(low) else " "
        if not (before.isalnum() or before in _NUMBER_BOUND) and not (
            after.isalnum() or after in _NUMBER_BOUND
        ):
            out.append((m.group(), m.start(), m.end()))
    return out


# a supplier's document restating a PO: a proforma invoice, an order confirmation
_SUPPLIER_COPY_TITLE = re.compile(
    r"\b(?:pro-?\s?forma|order confirmation|(?:order )?acknowledge?ment|auftragsbest(?:ä|ae)tigung|"
    r"conferma d'ordine|confirmaci[oó]n de pedido|sipari[sş] onay(?:\u0131|i))\b",
    re.IGNORECASE,
)


def _supplier_copy_against_po(bundle: Bundle) -> list[Finding]:
    """A supplier's proforma invoice or order confirmation for the bundle's PO (it cites the
    PO's number) whose lines count otherwise than the PO's lines: "Your PO: 4500071870 ... 20
    sets" against a PO line of 24, or 2,400 sets (the whole batch) against it."""
    pos = [d for d in bundle.docs if d.is_po and d.authorizes and d.order_lines]
    for doc in bundle.docs:
        if doc.is_po or not any(_SUPPLIER_COPY_TITLE.search(t) for t in _titles(doc.part.text, 4)):
            continue
        cited = {_digits(n) for n, _, _ in doc.order_numbers}
        counts: list[Quantity] | None = None  # (read once, for the first PO it cites)
        for po in pos:
            numbers = {_digits(n) for n, _, _ in find_po_numbers(po.seg.low)}
            numbers |= {_digits(n) for n, _, _ in po.order_numbers}
            if not cited & numbers:
                continue
            if counts is None:
                counts = _supplier_copy_counts(doc)
            lines = [q.value for q in po.order_lines]
            values = {q.value for q in counts}
            if not counts or values & _sums(lines) or set(lines) & _sums(sorted(values)):
                continue
            if not any(total <= 2 * sum(values) for total in _sums(lines)):
                continue  # (less than half of the order is a part of it, not a recount)
            q = counts[0]
            return [
                _conflict(
                    doc,
                    q,
                    _sentence_at(doc, q.start),
                    f"the PO ({po.part.name}) orders {_units(sum(lines))}",
                )
            ]
    return []


def _supplier_copy_counts(doc: Doc) -> list[Quantity]:
    """The counts of a proforma's or confirmation's rows: rows with a unit price, where there
    are (not a balance named below them), not a size, a row number or a row that says it is
    not ordered."""
    text = doc.part.text
    counts = []
    priced = []
    for q in doc.seg.quantities:
        if _CONFIRMED_FIELD.search(doc.seg.low, max(0, q.start - 60), q.start):
            # a portal's field: "Bestätigte Menge (Muster) / confirmed sample quantity | 3.000"
            priced.append(q)
            continue
        has_price = _PRICE_AFTER.match(text, q.end) is not None
        if (
            (_line_item(doc, q) or (has_price and _CODES_ONLY.fullmatch(_opening(text, q))))
            and q.value > 1
            and not _SIZE_AFTER.match(text, q.end)  # "3000 x 620,": a size
            # ("60 pz 9,60 576,00": a count with its unit and price is no row number)
            and (has_price or not _item_number(text, q))
        ):
            counts.append(q)
            if has_price:
                priced.append(q)
    counts = priced or counts
    return [q for q in counts if not _row_not_ordered(text, counts, q)]


_CONFIRMED_FIELD = re.compile(
    r"\b(?:confirmed|bestätigte|confermata|confirmada|confirmée)\b[^\n|:]{0,40}"
    r"\b(?:quantity|qty|menge|quantità|cantidad|quantité)\b[^\n|:]{0,20}[|:]\s*$"
)


def _opening(text: str, q: Quantity) -> str:
    """What stands on a count's line before it ("8301 40 " before "2,000 nos 9.80")."""
    return text[text.rfind("\n", 0, q.start) + 1 : q.start]


# a unit, then a unit price: "8 pcs 265,00"
_PRICE_AFTER = re.compile(r"[ \t]*[a-z]{1,5}\.?[ \t]+\d[\d.,']*[.,]\d\d\b", re.I)


_NOT_ORDERED = re.compile(
    r"\bnot (?:yet )?(?:released|ordered|invoiced|authori[sz]ed)\b|\bon hold\b|\bfor reference\b|"
    r"\breference only\b|\binformation only\b",
    re.I,
)


def _row_not_ordered(text: str, counts: list[Quantity], q: Quantity) -> bool:
    """A row that says it is not ordered, between the count before it and the end of its
    line: "2 Production lot (not released - quoted for reference only) / 9,500 boxes 1.78"."""
    before = max([c.end for c in counts if c.end <= q.start], default=max(0, q.start - 200))
    end = text.find("\n", q.end)
    return bool(
        _NOT_ORDERED.search(text, max(before, q.start - 200), len(text) if end < 0 else end)
    )


# a priced count opening a row the PDF reader wrapped, alone or after a customs code: "8 pcs
# 265,00 wk 26/2024", "8301 40 2,000 nos 9.80"
_CODES_ONLY = re.compile(r"[\d \t]*")
_SIZE_AFTER = re.compile(r"\s*[x\u00d7*]\s*\d")


def _transposed(a: str, b: str) -> bool:
    """Two numbers that differ by two digits swapped: 4500318 and 4500381, 30295 and 30259."""
    if len(a) != len(b) or a == b or sorted(a) != sorted(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 2


def _order_number_transposed(bundle: Bundle) -> list[Finding]:
    """One order's number written two ways with two digits swapped ("PO CR-24-052" in the PO,
    "PO CR-24-025" on the supplier's proforma): one of them is mistyped, and the documents
    may be read as two orders. One of the two is named as an order's number; the other may
    stand alone ("N. 4500318" in a PO's header)."""
    named: list[tuple[Doc, str, str]] = []  # (document, digits, as written)
    for doc in bundle.docs:
        for number, _, _ in doc.order_numbers:
            digits = _digits(number)
            if len(digits) >= 4 and all(n != digits for _, n, _ in named):
                named.append((doc, digits, number.upper()))
    if not named:
        return []
    long_named = any(len(n) >= 6 for _, n, _ in named)
    for doc in bundle.docs:
        found = doc.order_numbers + (_bare_numbers(doc.seg.low) if long_named else [])
        if doc.is_po:
            found = found + _header_number(doc.seg.low)
        for number, start, end in sorted(found, key=lambda f: f[1]):
            digits = _digits(number)
            other = next((e for e in named if _transposed(digits, e[1])), None)
            if other is None:
                continue
            where = "" if other[0] is doc else f" in {other[0].part.name}"
            return [
                build_finding(
                    "RG011",
                    doc,
                    _sentence_at(doc, start),
                    start,
                    end,
                    f"This order is numbered {number.upper()} but{where} it is {other[2]}: "
                    "two digits swapped.",
                    "Quote the order's number exactly as on the PO, in every document.",
                    certain=True,  # no false one over 12,531 corpus cases: not the model's to drop
                )
            ]
    return []


def _sample_counts_differ(bundle: Bundle) -> list[Finding]:
    """The same sample count stated twice, differently: "twelve (12) sample beds" in a PO's
    note and 16 in its line, or "5 samples" in one message and "6 samples" in the next."""
    seen: list[tuple[Doc, Quantity, Sentence]] = []
    for doc in bundle.docs:
        if doc.role in ("quote", "forecast"):
            continue
        low = doc.seg.low
        for sentence in doc.seg.candidates(lang.SAMPLE_COUNTED):
            if _conditional(sentence.low):
                continue
            asked = is_question(sentence)
            for q in doc.seg.quantities_in(sentence.start, sentence.end):
                if not (
                    _SAMPLE_COUNT.match(low, q.end)
                    or _SAMPLE_BEFORE.search(low, max(0, q.start - 30), q.start)
                ):
                    continue
                # a question counts what was agreed when it names "the 10 samples" or
                # restates it ("as I said, 15 sample sets - can you ship them Friday?")
                if asked and not _AGREED_COUNT.search(
                    low, max(sentence.start, q.start - 30), q.start
                ):
                    continue
                if _inside(q.start, doc.hold_spans) or _not_active(low, q):
                    continue
                if _item_number(doc.part.text, q):
                    continue
                seen.append((doc, q, sentence))
    values = sorted({q.value for _, q, _ in seen})
    # a multiple is a breakdown ("8 finish samples (4 per colour)"), not another count
    if len(values) != 2 or values[1] > 2 * values[0] or values[1] % values[0] == 0:
        return []
    # a revised order changes its count on purpose; two orders have two counts
    if any(_REVISED.search(d.seg.low) for d in bundle.docs) or (
        len({po for d in bundle.docs for po, _, _ in find_po_numbers(d.seg.low)}) > 1
    ):
        return []
    small = [e for e in seen if e[1].value == values[0]]
    large = [e for e in seen if e[1].value == values[1]]
    # two counts in one sentence are two things ("10 samples of A and 5 samples of B")
    if {(d.part.name, s.start) for d, _, s in small} & {
        (d.part.name, s.start) for d, _, s in large
    }:
        return []
    # a reply may count against the message it quotes, never two quoted lines against each
    # other; the finding goes on the writer's own line, the larger count first
    own = [e for e in large + small if not _quoted(e[0].part.text, e[1].start)]
    if not own:
        return []
    doc, q, sentence = own[0]
    other = values[0] if q.value == values[1] else values[1]
    return [_conflict(doc, q, sentence, f"elsewhere the samples are {_units(other)}")]


_AGREED_COUNT = re.compile(
    r"(?:\bthe|\bas (?:i said|agreed|discussed|confirmed)\W*|\blike i said\W*)\s+"
    r"(?:[a-z]+[\s-]+){0,2}\(?$"
)
_SAMPLE_AFTER = re.compile(r"\s+" + _SAMPLE_NOUN)
_STATED_SCOPE = re.compile(
    r"\b(?:pilot|sample|samples|prototypes?|protos?|fai|first[- ]articles?|trial)(?: lot| batch|"
    r" run| build| quantity| qty)?\b[^.;]{0,50}\b(?:is|=|:)\s*$"
)
_RELEASED_BEFORE = re.compile(
    r"\b(?:releas(?:ed|ing|es)|authori[sz](?:ed|ing|es)|approved|rel\.|release)"
    r"(?: quantity| qty)\W*"
    r"(?:(?:of|for|only|now|a|the|sample|samples|lot|pilot|pcs|qty|quantity|is|are|this|po|"
    r"order|:)\W+){0,3}$"
    # a release document naming its quantity: "Release R-02 for 2k springs"
    r"|\b(?:release|call-?off) (?:no\.?\s*)?[a-z]{0,3}-?\d{1,3} (?:is |covers |comprises )?"
    r"(?:for )?\W*$"
    # "release R-2: 500 pcs", "Release LR-24-022: 2 000 doudous"
    r"|\brelease (?:no\.?\s*)?(?:[a-z]{0,3}-?\d{1,3}|[a-z]{1,4}[/-]\d[\d/-]*\d)\s*[:=]\s*$"
    # "Production release PR-KP-014 attached: 1,200 blades"
    r"|\b(?:release|call-?off) (?:no\.?\s*)?[a-z0-9/-]*\d[a-z0-9/-]* (?:attached|enclosed)"
    r"\s*[:=]\s*$"
    r"|\b(?:releas(?:ed|ing|es)|authori[sz](?:ed|ing|es)|approved)\W*"
    r"(?:(?:of|for|only|now|a|the|sample|samples|lot|pilot|pcs|qty|quantity|is|are|this|po|"
    r"order|call-off|calloff|release|notice|:)\W+){0,3}$"
    r"|\brelease\s*[:=]\s*$"  # "PILOT RELEASE: 120 PCS"
    # in the buyer's language, as a command: "Liberar 6 (seis) braços piloto", "Liberamos 200"
    r"|\b(?<!no )(?<!não )(?<!non )(?:liberar|liberamos|se liberan|rilasciamo|si rilasciano ora|"
    r"freigeben)\s+(?:[a-zà-ÿ]+\s*\(\s*)?$"
    r"|\b(?:freigegebene|freigabe-?)\s*menge\s*[:|]?\s*$"  # "Freigegebene Menge 1.200 Stück"
    # an ERP sum of a release's schedule lines: "Summe Freigabe 0003: 650"
    r"|\b(?:summe|total|sum) (?:freigabe|release)\s*(?:nr\.?\s*|no\.?\s*)?\d{1,4}\s*:\s*$"
    # "Escopo: trinta (30) amostras", "Scope: 20 sample brackets only"
    r"|\b(?:scope|escopo|alcance|umfang|port[ée]e)\s*:\s*(?:[a-z]+\s+)?\(?$"
    # "Released by this notice: 5,000 pcs", "Released for production by this letter 350 pcs"
    r"|\breleased (?:for (?:production|manufacturing|series production) )?(?:by|with) "
    r"(?:this|the present) (?:notice|letter|release|document|call-off|"
    r"po|order)\W*$"
)
_RELEASED_AFTER = re.compile(
    r"\W*(?:\(?[\d,.]+\)?\W*)?(?:[a-z][\w-]*\W+){0,4}?(?:(?:is|are|hereby|now) )*"
    r"(?:released|authori[sz]ed|freigegeben)\b(?! (?:by|after|upon|once|when|until|only))"
)


_ITEM_TITLE = re.compile(
    r" +(?!(?:pcs?|pieces|units?|ea|nos|samples?|sets?|eur|usd|gbp|chf|cny|inr|pln|czk)\b)[A-Za-z]",
    re.I,
)


def _item_number(text: str, q: Quantity) -> bool:
    """A small number opening its line before a word ("2 What may start ...", "1 PO status"):
    the number of an agenda item or a row, not a count ("10 pcs released" is one)."""
    line_start = text.rfind("\n", 0, q.start) + 1
    return (
        not text[line_start : q.start].strip()
        and q.value < 100
        and bool(_ITEM_TITLE.match(text, q.end))
    )


_PRICED_AFTER = re.compile(
    r"\s*(?:pcs|pieces|units|nos|ea|sets)?\.?\s*(?:@|at (?:usd|eur|gbp|inr|cny|rmb|\$|€|£))"
)
_JUDGED_BEFORE = re.compile(
    r"\b(?:signed[- ]?off|approved|accepted|passed|inspected|tested|received)\s+(?:the\s+|all\s+)?"
    r"(?:[a-z]+[\s-]+)?\(?$"
)
_WHOLE_OF = re.compile(r"\b(?:complete|full|whole|entire) (?:quantity|qty|lot) of\W*$")
_CUMULATIVE = re.compile(
    r"\b(?:all|together|cumulative(?:ly)?|in total|altogether|covering|to date|full|whole|"
    r"total (?:is )?now|"
    r"entire|complete)\W*"
    r"(?:\w+\W+){0,2}$"
)


# a date after "before"/"until"/"by": a deadline ("ETD before 30 August"), not a condition
_DATE_AFTER = re.compile(
    rf"\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s*{lang.MONTH}|{lang.MONTH_ANY}\.?\s+\d|"
    rf"\d{{1,2}}[./-]\d{{1,2}}|(?:week|wk|kw|cw)\s*\d|(?:the\s+)?end of (?:the )?(?:week|month|"
    rf"{lang.MONTH}))"
)


def _condition(said: str) -> re.Match[str] | None:
    """The first word that makes what a text says wait on something ("released once the FAI
    passes"); a deadline ("ship before 30 August") and an event that has happened ("following
    our call") are none."""
    for m in lang.CONDITION.finditer(said):
        if m.group() in ("before", "until", "prior to") and _DATE_AFTER.match(said, m.end()):
            continue
        if m.group() in ("after", "following") and (
            _done(said, m) or _RELEASED_NOW.match(said, m.end())
        ):
            continue  # "following the PP review of 11 June, please release 600 pcs"
        return m
    return None


# the release the sentence states in the present: "Following FAI sign-off of the 6 first-off
# supports, fifteen (15) pipe shoes are released for production" (the sign-off has happened)
_RELEASED_NOW = re.compile(
    r"[^.;]*?,\s*(?:[\w()-]+\s+){0,6}?(?:(?:are|is) (?:hereby |now )?released|we (?:hereby |now )?"
    r"release)\b"
    # "After the validation sign-off of 28/10 we hereby release three hundred (300) cases"
    r"|[^.;]*?\b(?:we|i) hereby (?:release|authori[sz]e)\b"
)


def _done(said: str, m: re.Match[str], surely: bool = False) -> bool:
    """'after'/'following' at the match's start names an event that has happened."""
    word = "after" if m.group().startswith("after") else "following"
    pattern = lang.DONE_SURELY_AFTER if surely else lang.DONE_AFTER
    return bool(pattern.match(said, m.start() + len(word)))


def _conditional(said: str) -> bool:
    return _condition(said) is not None


def _release_statements(doc: Doc) -> list[tuple[Quantity, Sentence]]:
    """The quantities a document states as released now ("Released quantity 1,200 pcs",
    "REL. QTY : 550 PCS", "500 pcs released"), not held, not conditional, not quoted."""
    low = doc.seg.low
    released: list[tuple[Quantity, Sentence]] = []
    # only sentences with a release word can state a release: no whole-text number scan
    sentences = {s.start: s for s in doc.seg.candidates(lang.RELEASE_WORD)}
    for q in (q for s in sentences.values() for q in doc.seg.quantities_in(s.start, s.end)):
        if _inside(q.start, doc.hold_spans) or _is_total(doc.seg, q):
            continue
        if _EARLIER_RELEASE.search(low, max(0, q.start - 40), q.start):
            continue
        if _quoted(doc.part.text, q.start):
            continue
        s = doc.seg.sentence_at(q.start)
        label_at = max(s.start, label_end(low, q.start)) if s is not None else q.start
        if s is None or not (
            _RELEASED_BEFORE.search(low, max(s.start, label_at - 40), label_at)
            # ("1.000 PC" above "RELEASED TO DATE ... 100 PC": a label of the next row)
            or _RELEASED_AFTER.match(_row_rest(doc, q, s))
        ):
            continue
        # a printout's "sentence" runs over several label rows: judge the quantity's own row
        # ("RELEASED QTY .... 300 PCS" above "BALANCE ...... ON HOLD")
        said, at = s.low, q.start - s.start
        if "\n" in s.text:
            line_start = doc.part.text.rfind("\n", 0, q.start) + 1
            line_end = doc.part.text.find("\n", q.start)
            line = low[line_start : line_end if line_end != -1 else len(low)]
            # (or a row that opens with its release label: "Released now (call-off 07) 250")
            if _LABEL_ROW.search(line) or _RELEASED_BEFORE.match(line, 0, label_at - line_start):
                said, at = line, q.start - line_start
        hold = lang.HOLD.search(said)
        if hold is not None and hold.end() > at and not lang.NEGATION.search(said, 0, at):
            # "250 released on line 2, nothing else", "60 PCS ONLY RELEASED UNDER THIS
            # ORDER:BALANCE 4940 PCS NOT RELEASED": the hold after a break is of the rest
            breaks = list(_CLAUSE_BREAK.finditer(said, at + 1, hold.end()))
            if breaks and _OF_THE_REST.search(said, breaks[-1].end(), hold.end()):
                hold = None
        if is_question(s) or hold is not None or _conditional(said):
            continue  # a hold or a condition ("the 294 pcs are released if ...") states no release
        if "automatic" in s.low or lang.AUTO_CONVERSION_EXPLICIT.search(s.low):
            continue  # an agreed auto-conversion names what a later sign-off releases
        released.append((q, s))
    # the quantities under a 'Released quantity' column of an acknowledgement or a notice
    # ("600 week 29, FOB Bilbao"); a PO's own lines are compared as its lines
    seen = {q.start for q, _ in released}
    columns = set() if doc.is_po else doc.seg.released_column_starts
    for q in doc.seg.quantities if columns else []:
        if q.start in columns and q.start not in seen:
            if _inside(q.start, doc.hold_spans) or _HELD_AFTER.match(doc.part.text, q.end):
                continue
            released.append((q, _sentence_at(doc, q.start)))
    return sorted(released, key=lambda pair: pair[0].start)


_WORDS_THEN_BRACKET = re.compile(r"[a-z]\s*\($")
# "(15)", "(1,020)", "(1 020)": thousands set apart by a space too
_DIGITS_IN_BRACKETS = re.compile(r"\(\d{1,3}(?:[ \u00a0\u202f]\d{3})+\)|\(\d[\d,.]*\)")


_CONFIRMED_BEFORE = re.compile(
    r"\b(?:confirm\w*|acknowledg\w*|noted|received)\b[^.;]{0,30}\b(?:release|order|po|quantity|"
    r"qty|call-?off)\b(?:\s+(?:no\.?\s*)?[\w/-]*\d[\w/-]*)?(?:\s+(?:of|for))?\W*$"
    r"|\bconfirm\w* (?:the )?(?:production|manufactur\w+) (?:of )?$"  # "We confirm production of"
    # "We will build the 15 pilot VAV units as per your LPO"
    r"|\bwe (?:will|shall|are going to|'ll) (?:build|produce|make|manufacture|run|ship) (?:the )?$"
)
# the supplier's own count given as the buyer's: "... as per your LPO", "according to your PO"
_AS_PER_YOURS = re.compile(
    r"\b(?:as per|according to|in line with) your (?:l?po|release|order|call-?off|purchase order)\b"
)


def _quoted_releases(doc: Doc) -> list[tuple[Quantity, Sentence]]:
    """Release statements on the quoted lines of a reply, in the other side's words."""
    text, low = doc.part.text, doc.seg.low
    if "\n>" not in text:
        return []
    # only sentences with a release word can state a release: no whole-text number scan
    return [
        (q, sentence)
        for sentence in doc.seg.candidates(lang.RELEASE_WORD)
        if _quoted(text, sentence.start)
        for q in doc.seg.quantities_in(sentence.start, sentence.end)
        if _quoted(text, q.start)
        and not _own_quote(text, q.start)
        and not _inside(q.start, doc.hold_spans)
        and (
            _RELEASED_BEFORE.search(low, max(0, q.start - 40), q.start)
            or _RELEASED_AFTER.match(low[q.end : q.end + 50])
        )
    ]


_CONFIRM_WORD = re.compile(r"\b(?:confirm\w*|acknowledg\w*|noted|received)\b")


_ACCEPTANCE_TITLE = re.compile(
    r"\b(?:order acceptance|acceptance of (?:your )?order|sales order)\b"
)


def _order_lines(doc: Doc) -> list[Quantity]:
    """The counts on a PO's order lines: no total row, no whole-order label, no item number
    (a count the table reader took from the Qty column, "12 FAI 58.00", is no item number
    however it opens its line)."""
    return [
        q
        for q in doc.active
        if _line_item(doc, q)
        and (q.start in doc.seg.column_starts or not _item_number(doc.part.text, q))
        and not _TOTAL_ROW.match(_line_of(doc.part.text, q.start))
        and not _WHOLE_ORDER_LABEL.search(doc.seg.low, max(0, q.start - 30), q.start)
    ]


def _accepted_differently(bundle: Bundle) -> list[Finding]:
    """A supplier's order acceptance or confirmation whose quantity column states another
    count than the PO's single order line ("We accept your order as above" over "10,000 pcs"
    against a PO line of 15,000)."""
    lines = [
        (doc, q) for doc in bundle.docs if doc.authorizes and doc.is_po for q in doc.order_lines
    ]
    if len({q.value for _, q in lines}) != 1:
        return []
    po, line = lines[0]
    ordered = {q.value for q in po.seg.quantities}
    for doc in bundle.docs:
        if doc.authorizes or doc.role in ("quote", "forecast", "question"):
            continue
        title = _title(doc.part.text)
        if not (lang.ACK_TITLE.search(title) or _ACCEPTANCE_TITLE.search(title)):
            continue
        confirmed = [q for q in doc.seg.quantities if q.start in doc.seg.column_starts]
        values = {q.value for q in confirmed}
        if (
            not confirmed
            or values & ordered
            or sum(values) in ordered
            or line.value in {q.value for q in doc.seg.quantities}
        ):
            continue
        q = confirmed[0]
        return [
            _conflict(
                doc,
                q,
                _sentence_at(doc, q.start),
                f"the purchase order ({po.part.name}) orders {_units(line.value)}",
            )
        ]
    return []


def _confirmed_differently(doc: Doc) -> list[Finding]:
    """A reply confirming another quantity than the quoted message released: "We confirm your
    release of 400 pcs" above "> Released now: 40 pcs"."""
    text, low = doc.part.text, doc.seg.low
    if "\n>" not in text:
        return []
    starts = [m.end() for m in _CONFIRM_WORD.finditer(low)]
    starts += [m.start() - 120 for m in _AS_PER_YOURS.finditer(low)]
    own = [
        q
        for start in sorted(set(starts))  # only around the words: no whole-text number scan
        for q in doc.seg.quantities_in(max(0, start), start + 120)
        if not _quoted(text, q.start)
        and _CONFIRMED_BEFORE.search(low, max(0, q.start - 50), q.start)
    ]
    if not own:
        return []
    quoted = {q.value for q, _ in _quoted_releases(doc)}
    for q in own:
        if quoted and q.value not in quoted:
            s = _sentence_at(doc, q.start)
            return [_conflict(doc, q, s, f"the quoted message releases {_units(min(quoted))}")]
    return []


def _words_and_digits(doc: Doc) -> list[Finding]:
    """'please produce twelve (15) pilot units': the words and the digits disagree."""
    out: list[Finding] = []
    low = doc.seg.low
    qs: list[Quantity] = []
    for m in _DIGITS_IN_BRACKETS.finditer(low):  # only around "(15)": no whole-text number scan
        qs += [q for q in doc.seg.quantities_in(max(0, m.start() - 40), m.end()) if q not in qs]
    qs.sort(key=lambda q: q.start)
    for a, b in pairwise(qs):
        between = doc.seg.low[a.end : b.start]
        if between.strip() != "(" or doc.seg.low[a.start].isdigit():
            continue
        # the whole bracket: "(1 020)" is one number, whatever a table's reading took of it
        bracket = _DIGITS_IN_BRACKETS.match(low, a.end + between.index("("))
        digits = parse_number(bracket.group()[1:-1]) if bracket else None
        said = digits if digits is not None else b.value
        if a.value != said:
            s = _sentence_at(doc, a.start)
            out.append(_conflict(doc, a, s, f"the digits after it say {_units(said)}"))
    if out:
        return out
    # "we hereby release fifteen (50) modules": the bracketed digits are no quantity of their
    # own, so read the words before the bracket
    for m in _DIGITS_IN_BRACKETS.finditer(low):
        words = words_before_bracket(low, m.start())
        digits = parse_number(m.group()[1:-1])
        if words is None or digits is None or words == digits or words == 1:
            continue
        s = _sentence_at(doc, m.start())
        found = [q for q in doc.seg.quantities_in(s.start, m.start()) if q.value == words]
        if found and not _quoted(doc.part.text, m.start()):
            out.append(_conflict(doc, found[-1], s, f"the digits after it say {_units(digits)}"))
            break
    return out


# a label naming the samples before their count: "Scope: FAI samples, 25 pcs"
_SCOPE_SAMPLES = re.compile(
    r"\bscope\s*:\s*(?:[a-z]+\s+){0,2}(?:samples?|prototypes?|protos?|first articles?)\s*[,:]\s*$"
    # "Sample quantity: five (5) pcs."
    r"|\bsamples? (?:quantity|qty)\s*[:=]\s*(?:[a-z-]+\s+)?\(?$"
    # "FTX+AAI+SAMPLES ONLY 30 PCS"
    r"|\bsamples? only\s*[:=]?\s*$"
    # "Amostras / samples: twelve (12) pcs para qualificacao"
    r"|\b(?:samples?|amostras?|muestras?|muster|campioni|échantillons)\s*:\s*$"
    # "Sample order: twenty (20) aerator paddles", "Sample lot of six (6) bench frames",
    # "Pedido de muestras - sesenta (60) boquillas"
    r"|\b(?:sample (?:order|lot|batch|run)|pedido de (?:muestras|amostras)|encomenda de amostras|"
    r"commande d'échantillons)(?:\s*[:\-\u2013]| (?:for|of))\s*(?:[a-zà-ÿ-]+\s*\()?$"
)
_REST_OF_COUNT = re.compile(r"\s*(?:pcs|pieces|units|ea|nos|sets)?\b")


def _noted_samples(doc: Doc, sums: set[int]) -> list[tuple[Quantity, Sentence]]:
    """The sample counts a PO's text states outside its order lines ("SAMPLE ORDER -
    TWENTY-FOUR (24) MEDICINE CABINETS ONLY") near what they add up to (``sums``), not held,
    asked, conditional or quoted."""
    low = doc.seg.low
    lines = {q.start for q in doc.active if _line_item(doc, q)}
    out: list[tuple[Quantity, Sentence]] = []
    for sentence in doc.seg.candidates(lang.SAMPLE_COUNTED):
        if _conditional(sentence.low) or is_question(sentence):
            continue
        for q in doc.seg.quantities_in(sentence.start, sentence.end):
            if q.start in lines or not _near(q.value, sums, 2):
                continue
            noun = _SAMPLE_COUNT.match(low, q.end)
            if noun is None and _SCOPE_SAMPLES.search(low, max(0, q.start - 40), q.start):
                noun = _REST_OF_COUNT.match(low, q.end)  # "Scope: FAI samples, 25 pcs"
            if noun is None or low.startswith(" per ", noun.end()):
                continue  # ("X-ray of 2 samples per cavity": some of them)
            if _inside(q.start, doc.hold_spans) or _not_active(low, q):
                continue
            if _quoted(doc.part.text, q.start) or _NUMBER_LABEL.search(
                low, max(0, q.start - 12), q.start
            ):
                continue
            out.append((q, sentence))
    return out


def _order_said_otherwise(doc: Doc) -> list[Finding]:
    """An authorization that says what its order covers ("PO 4500091540 is approved in SAP for
    30 pairs") and authorizes another count near it ("Active now: 24 pairs"), the order's
    count being neither the active one, a held one nor their sum; not a split ("two shipments
    of 240" of 480), a measure ("12 MT") or an order its text says was revised."""
    if doc.is_po or not doc.active or _REVISED.search(doc.seg.low):
        return []
    low = doc.seg.low
    active = {q.value for q in doc.active}
    named = active | {q.value for h in doc.holds for q in doc.seg.quantities_in(h.start, h.end)}
    named |= {a + b for a in named for b in named}
    for q in doc.seg.quantities:
        if q.value in named or _inside(q.start, doc.hold_spans) or _quoted(doc.part.text, q.start):
            continue
        if _NOT_PARTS.match(low, q.end) or _MEASURE.match(low, q.end):
            continue
        s = _sentence_at(doc, q.start)
        if not lang.STATED_ORDER.search(low, max(s.start, q.start - 70), q.start) and not (
            # "We need twenty (20) sample cabinets" beside "PO ...: 1 line, 25 pcs"
            _SAMPLE_COUNT.match(low, q.end)
            and _SAMPLES_WANTED.search(low, max(s.start, q.start - 40), q.start)
        ):
            continue
        near = [a for a in active if a <= 2 * q.value <= 4 * a and a % q.value]
        if near:
            return [
                build_finding(
                    "RG011",
                    doc,
                    s,
                    q.start,
                    q.end,
                    f"This gives the order or release as {_units(q.value)}, but the same text "
                    f"authorizes {_units(near[0])}.",
                    SUGGEST_ONE_QUANTITY,
                )
            ]
    return []


_SAMPLES_WANTED = re.compile(
    r"\b(?:we|i) (?:need|require|want|order)(?: only| just)?\s+(?:[a-z]+[ -]){0,2}\(?$"
)
_MEASURE = re.compile(r"\s*(?:mt|t|kg|tons?|tonnes?|lbs?|km|m2|m²|m3|m³|l|litres?|liters?)\b")


def _samples_against_lines(doc: Doc) -> list[Finding]:
    """A sample PO's note counting its samples ("Build twelve (12) sample housings now") against
    its order lines (16), alone or added up."""
    if not (doc.is_po and doc.sample):
        return []
    # (a line of 1 is a service, a tool or a misread row: "20 FLETE Courier DHL 1 UN")
    lines = [q.value for q in doc.order_lines if q.value > 1]
    if not lines:
        return []
    sums = _sums(lines)
    noted = _noted_samples(doc, sums)
    if not noted or {q.value for q, _ in noted} & sums:
        return []
    q, s = noted[0]
    other = (
        f"the order line states {_units(lines[0])}"
        if len(lines) == 1
        else f"the order lines add up to {_units(sum(lines))}"
    )
    return [_conflict(doc, q, s, other)]


# (not a PO's first revision label, "PO 4500391188 rev 1", which changes nothing in the
# document; "PO BS-5520 rev 2" is a later issue, whose count replaces the earlier one)
_REVISED_ORDER = re.compile(
    r"\b(?:revised|amended) (?:po|p\.o\.|purchase order|order)\b"
    r"|\b(?:po|order)\b[^.\n]{0,20}\brev(?:\.|ision)?\s*(?:[2-9]|\d\d)\b"
)
_SUM_WRITTEN = re.compile(r"\d[^;=+\n]{0,30}\+[^;=+\n]{0,30}=\s*\d")


def _in_event_clause(sentence: Sentence, q: Quantity) -> bool:
    """A count inside the opening clause of "Following the sample sign-off (20 samples),
    ...": the event's, before its first comma."""
    return (
        _AFTER_EVENT.match(sentence.low) is not None
        and "," not in sentence.low[: q.start - sentence.start]
    )


_PER_SHARE = re.compile(r"\s*(?:[a-z]+\s+){0,2}per (?!cent\b)")
_AFTER_EVENT = re.compile(r"\W*(?:after|following|further to|subsequent to)\b")


_COMMERCIAL_COVER = re.compile(
    r"\bcommercial cover\b|\b(?:does|do) not (?:release|authori[sz]e) (?:the )?production\b"
)


def _conflicts_within(doc: Doc) -> list[Finding]:
    """Two statements in one authorization of the quantity released now that disagree
    ("We hereby release one thousand (1,000) pieces" ... "Released quantity 1,200 pcs"), or a
    PO's single line quantity and its note's released quantity ("sample lot of 50 released")."""
    low = doc.seg.low
    released = list(doc.release_statements)
    # what the grants themselves say ("Please produce fifteen (15) samples" ... "Samples
    # released: 50 pcs")
    granted = {(q.start, q.end) for q, _ in released}
    for grant in doc.grants:
        # a condition before the grant ("if the test passes, produce 500"), not one after it
        # ("Please print ten (10) brackets and ship as soon as the proof is signed")
        if not grant.authorizing:
            continue
        condition = _condition(grant.sentence.low)
        if condition is not None:
            counts = doc.seg.quantities_in(grant.end, grant.sentence.end)
            reach = (counts[0].end + 15 if counts else grant.sentence.end) - grant.sentence.start
            if condition.end() <= reach:
                continue
        if "automatic" in grant.sentence.low or lang.AUTO_CONVERSION_EXPLICIT.search(
            grant.sentence.low
        ):
            continue  # an agreed auto-conversion names what a later sign-off releases
        after = doc.seg.next_sentence(grant.sentence)
        if _COMMERCIAL_COVER.search(grant.sentence.low) or (
            after is not None and _COMMERCIAL_COVER.search(after.low)
        ):
            continue  # "PO ... was issued for 1 200 trays. This is the commercial cover only."
        for q in doc.seg.quantities_in(grant.sentence.start, grant.sentence.end):
            if (q.start, q.end) in granted or _not_active(low, q) or _is_total(doc.seg, q):
                continue
            if _inside(q.start, doc.hold_spans) or _quoted(doc.part.text, q.start):
                continue
            if _JUDGED_BEFORE.search(low, max(0, q.start - 30), q.start):
                continue  # "signed off the 40 pre-series coffrets": samples judged, not released
            if q.start < grant.start and _AFTER_EVENT.match(grant.sentence.low):
                continue  # "Following FAT sign-off (3 prototype vessels), X releases twenty"
            if _PRICED_AFTER.match(low, q.end):
                continue  # "(sample 25 pcs @ USD 6.80, ...)": a quote's tier, cited
            if _PER_SHARE.match(low, q.end):
                continue  # "6pcs samples (3 samples per colour)": a share of the count
            granted.add((q.start, q.end))
            released.append((q, grant.sentence))
    # a PO's header label: "Sample quantity (ISIR) 25 pcs", "Sample lot: 120 pcs" above its lines
    headers = list(_HEADER_QTY.finditer(low)) if doc.is_po else []
    against_lines = _header_against_lines(doc, headers) or _header_against_sizes(doc, headers)
    if against_lines is not None:
        return [against_lines]
    if headers and sum(1 for q in doc.active if _line_item(doc, q)) == 1:
        for m in headers:
            for q in doc.seg.quantities_in(m.end(), m.end() + 4):
                if (q.start, q.end) not in granted and not _line_item(doc, q):
                    granted.add((q.start, q.end))
                    released.append((q, _sentence_at(doc, q.start)))
    # the writer summing up their own order: "So that's 25 sample sets, delivered by 7 June"
    for m in _SUMMED_UP.finditer(low):
        for q in doc.seg.quantities_in(m.end(), m.end() + 12):
            if _inside(q.start, doc.hold_spans) or _not_active(low, q):
                continue
            if (q.start, q.end) not in granted and not _quoted(doc.part.text, q.start):
                granted.add((q.start, q.end))
                released.append((q, _sentence_at(doc, q.start)))
    released.sort(key=lambda pair: pair[0].start)
    released = [(q, s) for q, s in released if not _item_number(doc.part.text, q)]
    # a sum written out ("12 sample doors + 1.188 series = 1.200 doors") adds releases up
    released = [(q, s) for q, s in released if not _SUM_WRITTEN.search(s.low)]
    # cumulative statements ("all 3,000 EA on the PO are now released") sum releases up; one
    # below another release sums nothing ("release sixty (60)" ... "the complete quantity of 56")
    most = max((q.value for q, _ in released), default=0)
    released = [
        (q, s)
        for q, s in released
        if not _CUMULATIVE.search(low, max(0, q.start - 25), q.start)
        or (q.value < most and _WHOLE_OF.search(low, max(0, q.start - 30), q.start))
    ]
    values = {q.value for q, _ in released}
    if len(values) == 1 and doc.is_po:
        # a PO's single order line against what its text releases ("sample lot of 50
        # released" / line 1: 40; "we release 1.200 db" / Qty 1.020)
        items = doc.order_lines
        lines = [q.value for q in items]
        line_starts = {q.start for q in items}
        stated = [(q, s) for q, s in released if q.start not in line_starts]
        # several lines are summed only when they come from a table read cell by cell, or
        # when some of them come close to what the text states ("six (6) clamp bands" over a
        # line of 4 bands and one of an inspection): lines read from wrapped text may be sizes
        cells = all(_pipe_row(doc, q) for q in items)
        summable = (
            len(lines) == 1 or cells or (len(lines) <= 4 and _near(min(values), _sums(lines)))
        )
        # ("30 pcs 1,850 55,500": a wrapped row whose count sits beside its price)
        in_row = any(values & _row_numbers(_line_of(doc.part.text, q.start)) for q in items)
        if (
            lines
            and stated
            and summable
            and not in_row
            and not set(lines) & values
            and sum(lines) not in values
            and (cells or not _sums(lines) & values)
        ):
            # the order lines, or a delivery schedule's lines together ("Released by this
            # notice: 5,000 pcs" / 3,000 + 3,000 + 2,000), say otherwise
            q, s = stated[0]
            other = (
                f"the order line states {_units(lines[0])}"
                if len(lines) == 1
                else f"the order lines add up to {_units(sum(lines))}"
            )
            return [_conflict(doc, q, s, other)]
    if not doc.is_po and any(_RELEASE_TITLE.search(line) for line in _titles(doc.part.text)):
        # a call-off's or a release's own table states what it releases ("3 | FL-MH-88 | 400")
        known = {q.start for q, _ in released}
        released += [
            (q, _sentence_at(doc, q.start))
            for q in doc.seg.quantities
            if q.start in doc.seg.column_starts
            and q.start not in known
            and not _inside(q.start, doc.hold_spans)
            and not _HELD_AFTER.match(doc.part.text, q.end)
            and _states_this_release(_line_of(doc.part.text, q.start))
        ]
    # a material authority's ceiling ("buy and hold … for up to 4,800 m") releases nothing
    released = [(q, s) for q, s in released if not lang.MATERIAL_AUTHORITY.search(s.low)]
    split = _split_total(doc, released)
    if split is not None:
        return [split]
    # (a header's "Quantity released: 600 pcs | Released by: ..." is a field, not a row)
    rows = [(q, s) for q, s in released if "|" in s.text and not _field(low, q)]
    prose = [(q, s) for q, s in released if "|" not in s.text or _field(low, q)]
    # a table row against the prose ("Release 1 of 3: 60 desks." / "1 | 80 | wk 36")
    row_values = {q.value for q, _ in rows}
    prose_values = {q.value for q, _ in prose}
    # (rows that add up to the prose's count split it: "1,000 units" over 400 + 400 + 200)
    row_sum = sum(q.value for q, _ in rows)
    if prose and rows and not row_values & prose_values and row_sum not in prose_values:
        q, s = prose[0]
        said = (
            f"its table rows add up to {_units(row_sum)}"
            if len(rows) > 1 and abs(row_sum - q.value) <= q.value // 2
            else f"the table states {_units(min(row_values))}"
        )
        return [_conflict(doc, q, s, said)]
    # rows of a release log ("MP release 1 | 1,000 units | RELEASED") are separate releases
    values = {q.value for q, _ in prose}
    if len(values) < 2 or len({s.start for _, s in prose}) < 2:
        return []
    if _REVISED_ORDER.search(low):
        return []  # "As per revised PO pls make 6pcs": the later count replaces the earlier
    # a schedule and its total ("Week 24 20 Released", "Week 26 20 Released", "Total this
    # call-off 40 Released") state one release
    sizes = sorted(q.value for q, _ in prose)
    if sizes[-1] == sum(sizes[:-1]):
        return []
    first = prose[0][0]
    q, s = next((q, s) for q, s in prose if q.value != first.value)
    return [_conflict(doc, q, s, f"the same document also states {_units(first.value)}")]


_WHOLE_TOTAL = re.compile(
    r"\b(?:full|whole|entire|cumulative|to date|incl\w*|po|order|frame|blanket|contract)\b"
)
# a total row's figures: "Total | 1,150", "Total 72"
_TOTAL_FIGURE = re.compile(r"\d{1,3}(?:[,.']\d{3})+|\d+")
_SPLIT_AS_FOLLOWS = re.compile(
    r"\b(?:split|broken down|divided|distributed)\b[^.]{0,40}\b(?:as follows|below)\b|"
    r"\bper the table below\b|\bas per the (?:table|split|breakdown) below\b"
)


_QTY_LABEL = re.compile(r"\b(?:quantity|qty)\s*:\s*")


def _field(low: str, q: Quantity) -> bool:
    """A quantity in a line of labelled fields: "Quantity released: 600 pcs | Released by:
    Khalid Rahman | Date: ..." (not a release log's row, "released: 6 kits (R-01) | done")."""
    line_end = low.find("\n", q.end)
    rest = low[q.end : line_end if line_end != -1 else len(low)]
    return bool(re.search(r"[a-z)]\s*:\s*$", low[max(0, q.start - 4) : q.start])) and bool(
        re.match(r"[^|]*\|\s*[a-z][\w /()-]{0,30}:", rest)
    )


def _header_against_lines(doc: Doc, headers: list[re.Match[str]]) -> Finding | None:
    """A PO's or call-off's header count against its order lines taken together: "CALL-OFF
    QTY : 400 EA" over lines of 200, 150 and 100, "Sample qty 24 pcs" over sizes totalling 20.
    Only lines near the header's count are read as its parts (a blanket's cover or a held
    production line is another thing), and only where no line states the header's count."""
    lines = doc.order_lines if doc.is_po else []
    if len(lines) < 2:
        return None
    # ("Quantity: 24 pcs (sample, pilot stores)" above the per-store lines)
    plain = list(_QTY_LABEL.finditer(doc.seg.low, 0, lines[0].start))
    for m in headers + plain:
        counts = [q for q in doc.seg.quantities_in(m.end(), m.end() + 4) if not _line_item(doc, q)]
        if not counts or _inside(counts[0].start, doc.hold_spans):
            continue
        header = counts[0]
        parts = [
            q
            for q in lines
            if q.start != header.start and 1 < q.value < header.value * 1.5  # (1: a freight line)
        ]
        if len(parts) < 2 or header.value in {q.value for q in parts}:
            continue
        total = sum(q.value for q in parts)
        if total != header.value and header.value * 0.5 <= total <= header.value * 1.5:
            sentence = _sentence_at(doc, header.start)
            return _conflict(doc, header, sentence, f"its order lines add up to {_units(total)}")
    return None


# a size grid laid out across: "Size S M L XL Total" over "Qty (pcs) 4 6 6 4 20"
_SIZE_ROW = re.compile(
    r"(?m)^[^\S\n]*(?:qty|quantity|pcs|menge|cantidad|q'ty)\b[^\d\n]{0,12}"
    r"((?:\d{1,5}[^\S\n]+){2,}\d{1,6})[^\S\n]*$",
    re.IGNORECASE,
)


def _header_against_sizes(doc: Doc, headers: list[re.Match[str]]) -> Finding | None:
    """A PO's header count against its size grid's total: "Sample qty 24 pcs" over a grid
    whose sizes add up to 20 (the grid's own total agreeing with its sizes)."""
    text = doc.part.text  # (its lines: the segmenter's text joins a PDF's lines)
    for row in _SIZE_ROW.finditer(text):
        above = text[: row.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if not re.search(r"\btotal\s*$", above, re.IGNORECASE):
            continue
        *sizes, total = (int(n) for n in row.group(1).split())
        if sum(sizes) != total:
            continue
        for m in headers:
            counts = doc.seg.quantities_in(m.end(), m.end() + 4)
            if not counts or _inside(counts[0].start, doc.hold_spans):
                continue
            header = counts[0]
            if header.value != total and _near(header.value, {total}):
                sentence = _sentence_at(doc, header.start)
                return _conflict(doc, header, sentence, f"its sizes add up to {_units(total)}")
    return None


def _split_total(doc: Doc, released: list[tuple[Quantity, Sentence]]) -> Finding | None:
    """A release whose table's total row says otherwise: one split in a table it announces
    ("This release authorizes 1,200 sets for production, split by colour as follows:" over
    "Total | 1,150"), or a plain printout's total row near the count ("Released for production
    with this call-off: 96 seats" over "Total 72"; not the whole order's "Total 2,000 full PO
    quantity released")."""
    text = doc.part.text
    for q, s in released:
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end == -1 else line_end
        said = doc.seg.low[s.start : line_end]
        if "|" in said:
            continue
        announced = bool(_SPLIT_AS_FOLLOWS.search(said))
        # the total row of the table that follows the sentence, within a few lines
        for line in text[line_end : line_end + 600].split("\n")[:12]:
            if ("|" in line) != announced or not _TOTAL_ROW.match(line.replace("|", " ")):
                continue
            if not announced and _WHOLE_TOTAL.search(line.lower()):
                break  # the order's total, not this release's
            values = {v for t in _TOTAL_FIGURE.findall(line) if (v := parse_number(t))}
            if announced:
                if values and q.value not in values:
                    return _conflict(doc, q, s, f"its table totals {_units(max(values))}")
                return None
            near = {v for v in values if q.value * 0.5 <= v <= q.value * 1.5}
            if len(values) == 1 and near and q.value not in values:
                return _conflict(doc, q, s, f"its table totals {_units(max(near))}")
            if values:
                break
    return None


# "Contract qty | 3,800 m" on a call-off: the whole order, of which the call-off releases part
_WHOLE_ORDER_LABEL = re.compile(
    r"\b(?:contract|blanket|frame|framework|agreement|annual|total)\s+(?:qty|quantity)\b"
    r"[^\n\d]{0,12}$"
)


# a printout's label row: "RELEASED QTY .... 300 PCS", "RELEASED NOW .. 400 EA", "Qty:   20"
_LABEL_ROW = re.compile(r"\.{2,}|\S {2,}\S|:\s|\|")


def _row_rest(doc: Doc, q: Quantity, s: Sentence) -> str:
    """The lower-cased text after a quantity up to the end of its sentence or its line."""
    end = min(s.end, q.end + 50)
    line_end = doc.part.text.find("\n", q.end, end)
    return doc.seg.low[q.end : line_end if line_end != -1 else end]


_HEADER_QTY = re.compile(
    r"\b(?:(?:sample|pilot|trial|prototype|fai|isir) (?:quantity|qty|lot|order)|"
    # "Encomenda de amostras: 40 bisnagas", "Pedido de muestras: 40", "Mustermenge: 40"
    r"(?:encomenda|pedido|orden|commande|ordine) (?:de |d')?(?:amostras|muestras|échantillons|"
    r"campioni)|mustermenge|musterbestellung|"
    # "CALL-OFF QTY: 40 PCS" above its line; a scope note's "FAI: 10 pcs per AS9102"
    r"call-?off (?:qty|quantity)|(?:fai|first articles?|samples?|pilot(?: lot)?|prototypes?)"
    r"(?=\s*:\s*\d))\b(?:\s*\([^)]{1,20}\))?\s*[:=]?\s*"
)
_OF_THE_REST = re.compile(r"\b(?:nothing (?:else|more)|balance|rest|remaining|remainder)\b")
# "So that's 25 sample sets": the match ends where the count begins
_SUMMED_UP = re.compile(
    r"\b(?:so )?(?:that's|that is|which is|which makes|making it) (?:just |only )?(?=\w)"
    # the writer restating what was agreed: "As agreed, the 240 pilot pieces need to be at our
    # dock", "as agreed, 80 for the pilot", "like I said, 250 blue first"
    r"|\b(?:as agreed|as discussed|as confirmed|like i said|as i said|as per our call)\W+"
    r"(?:(?:the|just|only|so|now)\W+){0,2}(?=\d)"
)


def _line_item(doc: Doc, q: Quantity) -> bool:
    """A quantity on a PO's line-item row: a table row, or an ERP line ("001 GR-5500 ... 50 EA")."""
    if _inside(q.start, doc.hold_spans):
        return False
    line_start = doc.part.text.rfind("\n", 0, q.start) + 1
    return bool(_EDI_QTY_LINE.match(doc.part.text, line_start)) or _line_row(
        doc.part.text, doc.seg, q
    )


def _states_this_release(line: str) -> bool:
    """A table row that states what this document releases: a row of a table read cell by cell
    that is no total, or a row that says it is released."""
    low = line.lower()
    if re.search(r"\b(?:total|sum|cumulative|remaining|balance|on hold|delivered|samples?)\b", low):
        return False
    return "|" in line or "releas" in low


_RELEASE_TITLE = re.compile(
    r"\b(?:call-?off|afroep|abruf|lieferabruf|release|liberaci[oó]n|uvoln[eě]n[ií]|wydanie)\b"
)
_TOTAL_ROW = re.compile(r"\s*(?:total|sum|summe|gesamt|totale|celkem|razem|összesen)\b", re.I)


_ROW_NUMBER_TOKEN = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[,.' ]\d{3})*(?=\s*(?:pcs?|pieces|ea|units?|stk|st|kpl|nos|sets?|"
    r"pairs?|pz)\b)",
    re.I,
)


def _row_numbers(line: str) -> set[int]:
    """The counts written in a row with their unit ("30 pcs 1,850 55,500" -> 30)."""
    return {int(re.sub(r"\D", "", m.group())) for m in _ROW_NUMBER_TOKEN.finditer(line)}


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def _sums(lines: Sequence[int]) -> set[int]:
    """What some of a PO's lines add up to."""
    sums = {0}
    for value in lines:
        sums |= {total + value for total in sums}
    return sums - {0}


def _near(value: int, sums: set[int], slack: int = 0) -> bool:
    """Whether a stated count is within a third of what some lines add up to (or ``slack``
    pieces off: two samples of four): the same order counted twice, not a part of it (a
    release of 60 from lines of 180)."""
    return any(
        2 * total <= 3 * value <= 4 * total or (value > 1 and abs(value - total) <= slack)
        for total in sums
    )


def _pipe_row(doc: Doc, q: Quantity) -> bool:
    s = doc.seg.sentence_at(q.start)
    return s is not None and "|" in s.text


def _line_row(text: str, seg: Segmented, q: Quantity) -> bool:
    if q.start in seg.column_starts:
        return True  # read from a table's quantity column ("Sample 25 4,80" under "Qty")
    s = seg.sentence_at(q.start)
    if s is not None and "|" in s.text:
        # beside a table with a quantity column, a field table's value ("order quantity
        # released | 2.000 stk.") is no order line
        return not seg.column_starts
    line_start = text.rfind("\n", 0, q.start) + 1
    line = text[line_start : q.start]
    return bool(re.match(r"\s*\d{1,6}\s+\S", line))


def _conflict(doc: Doc, q: Quantity, sentence: Sentence, other: str) -> Finding:
    return build_finding(
        "RG011",
        doc,
        sentence,
        q.start,
        q.end,
        f"This authorizes {_units(q.value)} but {other}.",
        SUGGEST_ONE_QUANTITY,
    )


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _against_register(
    bundle: Bundle, facts: OrderFacts, stated: list[tuple[Doc, Quantity, Sentence]]
) -> list[Finding]:
    out: list[Finding] = []
    allowed = {facts.released, facts.sample_qty}
    if facts.basis == "forecast":
        allowed.add(facts.production_qty)  # a forecast written as ordered is RG008's finding
    for doc, q, sentence in stated:
        if q.value in allowed:
            continue
        out.append(
            build_finding(
                "RG011",
                doc,
                sentence,
                q.start,
                q.end,
                f"This authorizes {_units(q.value)} but the register shows "
                f"{_units(facts.released)} released for {facts.order}.",
                f"Authorize only what is released ({_units(facts.released)}); the balance of "
                f"{_units(facts.balance)} needs {facts.unlock_words} by "
                f"{facts.authority_words}.",
            )
        )
    known = {_digits(p) for p in facts.po_numbers}
    part_prefix = facts.part.split("-")[0].upper() if "-" in facts.part else ""
    for doc in bundle.docs:
        for po, start, end in find_po_numbers(doc.seg.low):
            if _digits(po) in known or not known:
                continue
            sentence = _sentence_at(doc, start)
            out.append(
                build_finding(
                    "RG011",
                    doc,
                    sentence,
                    start,
                    end,
                    f"PO {po} is not on {facts.order} (recorded: {', '.join(facts.po_numbers)}).",
                    f"Quote the PO number recorded for {facts.order}: "
                    f"{', '.join(facts.po_numbers)}.",
                )
            )
        for pn, start, end in find_part_numbers(doc.seg.low):
            if not part_prefix or not pn.startswith(part_prefix + "-") or pn == facts.part.upper():
                continue
            sentence = _sentence_at(doc, start)
            out.append(
                build_finding(
                    "RG011",
                    doc,
                    sentence,
                    start,
                    end,
                    f"Part {pn} differs from the part on {facts.order} ({facts.part}).",
                    f"Name the ordered part: {facts.part}"
                    + (f" rev {facts.rev}." if facts.rev else "."),
                )
            )
    return _dedupe(out)


_ASIDE = re.compile(
    r"<(?:attached|media omitted|image omitted)[^>]*>\W*$|^\W*(?:thank you|thanks)\W*"
    r"(?:(?:very|so) much\W*)?$"
)


def payment_start(seg: Segmented, sentence: Sentence) -> tuple[int, int] | None:
    """The span (in sentence ``index``) of a payment, deposit or PO acceptance that starts
    production: cause and start in one sentence in either order ("please proceed, the deposit
    is already transferred"), or the cause here and the start in the next sentence ("deposit
    received! We'll let it rip on Monday"). None when negated, safe or about samples."""
    low = sentence.low
    if is_question(sentence) or not lang.PAYMENT_CAUSE.search(low):
        return None
    if re.search(
        r"\b(?:stop|cease|halt|suspend)\w*\b[^.;]{0,20}\b(?:work|production|manufactur\w*)", low
    ):
        return None  # a stop notice: "stop all work on the above order, including the 500 released"
    nxt = seg.next_sentence(sentence)
    if nxt is not None and _ASIDE.search(nxt.low):
        # "Advance transferred today, SWIFT copy attached" / "<attached: SWIFT_MT103.pdf>" /
        # "So go ahead": a thank-you or an attachment line between cause and start
        nxt = seg.next_sentence(nxt)
    span: tuple[int, int] | None = None
    m = lang.PAYMENT.search(low)
    if m is not None:
        span = m.span()
    cause = lang.PAY_DONE.search(low) if span is None else None
    if cause is not None:
        act = lang.START_ACT.search(low)
        if act is not None:
            span = (min(cause.start(), act.start()), max(cause.end(), act.end()))
        elif nxt is not None and not is_question(nxt) and lang.START_ACT.search(nxt.low):
            span, low = cause.span(), low + " " + nxt.low
    if span is None and nxt is not None and not is_question(nxt):
        # "Thanks for the deposit, received today. We have started production." ("We start
        # Monday?" asks, it does not start)
        pair = low.rstrip(".!") + ", " + nxt.low
        pm = lang.PAYMENT.search(pair)
        if pm is not None and pm.start() < len(low):
            span, low = (pm.start(), min(pm.end(), len(sentence.low))), pair
    if span is None or lang.PAYMENT_SAFE.search(low):
        return None
    if (
        lang.SAMPLE.search(low)
        and not lang.PRODUCTION_GRANT.search(low)
        and not _BEYOND_SAMPLES.search(sentence.low, min(span[0], len(sentence.low)))
    ):
        return None  # starting the samples a PO covers is what the PO is for
    if re.search(r"\b(?:not|never|don't|do not|no)\b", _clause_before(low, span[0], 30)):
        return None
    if (
        m is None
        and re.search(r"\b(?:lead time|payment terms|terms of payment|invoice)\b", low)
        and not re.search(r"\b(?:please|start|begin|commenc|proceed)", low)
        and not lang.START_ACT.search(low)
    ):
        return None  # terms that mention payment, not a payment read as a start
    return span


# "... our release to manufacture, so we've loaded the 20 000 tubs ... after the 200 samples":
# the start is of more than the samples
_BEYOND_SAMPLES = re.compile(
    r"\b(?:full|whole|entire|balance|rest|remaining|mass|series)\b|\b\d{1,3}(?:[ ,.']\d{3})+\b"
)


def _paid_start(seg: Segmented, sentence: Sentence) -> bool:
    """Whether a grant sentence is (or follows) a payment read as a start."""
    if payment_start(seg, sentence) is not None:
        return True
    before = seg.previous_sentence(sentence)
    return before is not None and payment_start(seg, before) is not None


def _corrected_by_sender(bundle: Bundle, doc: Doc) -> bool:
    """A forwarded message inside an e-mail whose own text says payment releases nothing
    ("forwarding your note ... the deposit does not release production"): the forwarder
    corrects it, so it is context, not a reading to report."""
    name = doc.part.name
    while "!" in name:
        name = name.rsplit("!", 1)[0]
        parent = bundle.named(name)
        if parent is not None and lang.PAYMENT_SAFE.search(parent.seg.low):
            return True
    return False


def _paid_therefore(seg: Segmented, sentence: Sentence) -> bool:
    """'We have completed the payment ... Therefore, please start the mass production': a start
    drawn as a consequence of a payment stated in one of the two sentences before."""
    before = seg.previous_sentence(sentence)
    for _ in range(2):
        if before is None:
            return False
        paid = lang.PAY_DONE.search(before.low)
        if paid is not None and not lang.PAYMENT_SAFE.search(before.low):
            negated = _clause_before(before.low, paid.start(), 40)
            return not re.search(r"\b(?:not|never|no)\b", negated)
        before = seg.previous_sentence(before)
    return False


def rg012_payment_as_release(bundle: Bundle) -> list[Finding]:
    out: list[Finding] = []
    for doc in bundle.docs:
        found = []
        for sentence in doc.seg.candidates(lang.PAYMENT_CAUSE):
            span = payment_start(doc.seg, sentence)
            if span is not None:
                found.append((sentence, span))
        for sentence in doc.seg.candidates(lang.CONSEQUENT_START, at_start=True):
            if not is_question(sentence) and _paid_therefore(doc.seg, sentence):
                m = lang.CONSEQUENT_START.match(sentence.low)
                if m is not None:
                    found.append((sentence, m.span()))
        if not found or _corrected_by_sender(bundle, doc):
            continue
        for sentence, (start, end) in found:
            out.append(
                build_finding(
                    "RG012",
                    doc,
                    sentence,
                    sentence.start + start,
                    min(sentence.start + end, sentence.end),
                    "Payment, a deposit or PO acceptance is treated as authority to produce.",
                    suggest_payment(bundle),
                )
            )
    return out


RULES: tuple[Callable[[Bundle], list[Finding]], ...] = (
    rg001_quote_shows_unreleased_quantity,
    rg002_unscoped_approval,
    rg003_balance_not_on_hold,
    rg004_no_unlock_event,
    rg005_no_release_authority,
    rg006_material_beyond_release,
    rg007_implied_auto_conversion,
    rg008_forecast_as_firm,
    rg009_mixed_approval_terms,
    rg010_no_active_quantity,
    rg011_conflicting_quantities,
    rg012_payment_as_release,
)


_APPROVED_SO = re.compile(
    r"\b(?:approved|accepted|signed off|passed)\b[^.;]{0,40}?(?:,?\s*so|,|,? and)\s+(?:please |"
    r"pls |kindly |just )?(?:now )?(?:go ahead|proceed|start|carry on|continue)\b"
)


_ROLLED_OVER = frozenset(["RG001", "RG003", "RG004", "RG010"])
_APPROVAL_WORDS = re.compile(
    r"\bgo(?:ing)?[- ]ahead\b|\bgreen[- ]light\b|\bgood to (?:go|run|print|start)\b|\bproceed\w*|"
    r"\bapprov\w*|\bok(?:ay)?\b|\bget (?:going|started)\b|\bfire up\b|\bcrack on\b|\bgo for it\b|"
    r"\b(?:get|keep) (?:the )?[\w-]+ rolling\b|\bkick it off\b|\ball (?:good|clear|fine)\b|"
    r"\beverything (?:is )?(?:clear|fine|good)\b|\blooks? (?:good|great|fine)\b|\bspot on\b|"
    r"\bperfect\b|\bthe go\b"
)


def run_rules(parts: Sequence[Part], facts: OrderFacts | None) -> tuple[list[Doc], list[Finding]]:
    """Analyse every part and apply every rule; findings are sorted by file and position."""
    docs = [analyse(p) for p in parts if p.text.strip()]
    bundle = Bundle(docs, facts)
    findings: list[Finding] = []
    for rule in RULES:
        findings += rule(bundle)
    # a go-ahead that rolls a sample sign-off over into production is that risk, told once:
    # "if the pressure test passes, just carry on with the rest" is RG007 alone ("the samples
    # are approved, so go ahead" goes ahead now, unscoped: RG002 too)
    specific = {
        (f.file, f.sentence_start)
        for f in findings
        if f.rule == "RG007" and not _APPROVED_SO.search(f.text.lower())
    }
    # "the deposit is in now, please start production": a start paid for is RG012's risk, and
    # "pls kick off the EVT build" RG010's (it counts nothing); an approval word in the sentence
    # ("deposit paid, so go ahead!", "all good, you can start") approves unscoped as well
    specific |= {
        (f.file, f.sentence_start)
        for f in findings
        if f.rule in ("RG012", "RG010") and not _APPROVAL_WORDS.search(f.text.lower())
    }
    findings = [
        f for f in findings if f.rule != "RG002" or (f.file, f.sentence_start) not in specific
    ]
    if any(f.rule == "RG007" for f in findings):
        # the balance is said to follow the sample approval: that is the risk to tell, not
        # that nothing holds it or names its event
        findings = [f for f in findings if f.rule not in _ROLLED_OVER]
    order = {d.part.name: i for i, d in enumerate(docs)}
    findings.sort(key=lambda f: (order.get(f.file, 0), f.start, f.rule))
    return docs, _dedupe(findings)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, int]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.rule, f.file, f.start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# ---------------------------------------------------------------- suggested wording


SUGGEST_ONE_WORD_PER_IDEA = (
    'Use one word per idea: "sample sign-off" for the technical decision, "release" only for '
    "production authority."
)
SUGGEST_ONE_QUANTITY = (
    "State one authorized quantity in every document of the order, and withdraw or revise the "
    "other."
)


def _note(facts: OrderFacts) -> str:
    return " ".join(facts.po_note.split())


def suggest_informational(bundle: Bundle, value: int) -> str:
    f = bundle.facts
    if f is not None:
        return (
            f'Mark it: "The quoted production quantity of {_units(value)} is for information '
            f"only. Only {_units(f.released)} are released; the balance of {_units(f.balance)} "
            f'is not released and stays on hold until {f.unlock_words}."'
        )
    return (
        f'Mark it: "The quoted production quantity of {_units(value)} is for information only '
        'and is not released by this PO."'
    )


def suggest_scope(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None:
        return (
            f'Say what is approved: "Approved for {_units(f.released)} ({f.part}) only; the '
            f"balance of {_units(f.balance)} is not released until {f.unlock_words} and a "
            f'written release by {f.authority_words}."'
        )
    return (
        'Say what is approved: "Approved for the N sample units only; production is not released."'
    )


def suggest_hold(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None:
        return f'Use the PO scope note: "{_note(f)}"'
    return (
        'Add: "The remaining balance is not released and stays on hold until a separate '
        'written release."'
    )


def suggest_unlock(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None:
        return (
            f'Name the event: "The balance of {_units(f.balance)} is released only after '
            f'{f.unlock_words}, in writing by {f.authority_words}." ({_note(f)})'
        )
    return (
        'Name the event: "The balance is released only after an approved sample sign-off, '
        'by a separate written release."'
    )


def suggest_authority(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None and f.release_authority:
        return (
            f'Name who releases: "Only {f.release_authority} may release the balance of '
            f'{_units(f.balance)}, in writing."'
        )
    return 'Name who releases: "Only <name>, <role>, may release the balance, in writing."'


def suggest_material(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None:
        scope = (
            "material for the sample quantity only"
            if f.material_mode == "sample-only"
            else f"material for up to {_units(f.material_qty)}"
        )
        return (
            f'State the material authority: "You may buy {scope} at our liability; anything '
            f'beyond is at your own risk until released."'
        )
    return (
        'State the material authority: "Material is authorized for the released quantity '
        "only; material for the balance is at the supplier's risk until released.\""
    )


def suggest_no_auto(bundle: Bundle) -> str:
    f = bundle.facts
    who = f.authority_words if f is not None else "<name>"
    return (
        f'Separate sign-off from release: "Sample approval does not release production; the '
        f'balance needs a separate written release from {who}."'
    )


def suggest_forecast(bundle: Bundle) -> str:
    f = bundle.facts
    qty = _units(f.production_qty) if f is not None else "the forecast quantity"
    return (
        f'Label it: "{qty[0].upper()}{qty[1:]} is a non-binding forecast for planning, not an '
        'order or a commitment; nothing beyond the released quantity may be produced."'
    )


def suggest_quantity(bundle: Bundle) -> str:
    f = bundle.facts
    if f is not None:
        return (
            f'State the quantity: "This authorizes {_units(f.released)} of {f.part} now." '
            f"({_note(f)})"
        )
    return 'State the quantity: "This authorizes N units (the samples) now, and nothing more."'


def suggest_payment(bundle: Bundle) -> str:
    f = bundle.facts
    who = f.authority_words if f is not None else "<name>"
    return (
        'Keep payment apart from authority: "Payment and PO acceptance are not a production '
        f'release; production starts only on a written release from {who}."'
    )
