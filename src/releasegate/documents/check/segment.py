"""Text → sentences with offsets, quantities (digits and words), PO and part numbers.

Everything here is pure and offset-preserving: every span points into the part's extracted
text, so a finding can be highlighted where the buyer wrote it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from .anchors import AnchorIndex, Branches
from .language import MONTH

# One-to-one character folds so that offsets in the folded text equal offsets in the original.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\t": " ",
    }
)

# Quoted-reply markers ("> ", ">> ") at the start of a line become spaces of the same length.
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def fold(text: str) -> str:
    """Lower-case and normalise punctuation without changing the length of the text."""
    low = text.translate(_FOLD).lower()
    if len(low) != len(text):  # a few characters lower-case to two (e.g. "İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))
    low = _QUOTE_MARK.sub(lambda m: " " * len(m.group()), low)
    return low.replace("\n", " ").replace("\r", " ")


# Tokens after which a full stop does not end a sentence (buyers' and suppliers' shorthand).
ABBREVIATIONS = frozenset(
    [
        "qty",
        "bal",
        "no",
        "nos",
        "nr",
        "pcs",
        "pc",
        "approx",
        "ca",
        "e.g",
        "i.e",
        "etc",
        "mr",
        "mrs",
        "ms",
        "dr",
        "mudr",
        "judr",
        "ma",
        "mag",
        "dña",
        "dna",
        "srta",
        "lic",
        "arq",
        "dipl",
        "prof",
        "herr",
        "sra",
        "rev",
        "pos",
        "ref",
        "incl",
        "excl",
        "vs",
        "st",
        "ea",
        "min",
        "max",
        "dept",
        "co",
        "ltd",
        "inc",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "att",
        "attn",
        "tel",
        "fax",
        "p.o",
        "po",
        "pp",
        "fig",
        "dwg",
        "spec",
        "re",
        "fw",
        "fwd",
        "cf",
        "no.",
        "avg",
        "est",
        "wk",
        "yr",
        "eng",
        "mgr",
        "dir",
        "asst",
        "jr",
        "sr",
        "resp",
        "tbd",
        "rel",
        "req",
        "ind",
        "art",
        "qté",
        "qte",
        "pz",
        "stk",
        "sig",
        "mme",
        "ing",
        "engr",
        "atty",
        "capt",
        "hon",
        "dott",
        "sig.ra",
        "ir",
    ]
)

# Words that open a sentence: after a single capital and a full stop ("grade A. The ..."), such
# a word starts a new sentence; any other capitalised word follows an initial ("R. Castillo").
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "we",
        "i",
        "you",
        "he",
        "she",
        "it",
        "they",
        "our",
        "your",
        "their",
        "please",
        "thanks",
        "thank",
        "all",
        "any",
        "each",
        "no",
        "not",
        "only",
        "if",
        "once",
        "when",
        "after",
        "before",
        "until",
        "as",
        "so",
        "and",
        "but",
        "also",
        "then",
        "here",
        "there",
        "see",
        "note",
        "kind",
        "best",
        "regards",
        "cheers",
        "dear",
        "hi",
        "hello",
        "ok",
        "yes",
        "samples",
        "sample",
        "production",
        "balance",
        "release",
        "po",
        "order",
        "line",
        "qty",
        "total",
    ]
)
_UNIT_ABBREVIATIONS = frozenset(["pcs", "pc", "ea", "nos", "stk", "pz", "ks"])
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][A-Za-z]")
_NEXT_WORD = re.compile(r"\s+([A-Z][A-Za-z]+)\b")
_NAME_START = re.compile(r"[ \t]*[A-Z][a-z]+\b")

_BOUNDARY = re.compile(
    r"""
    (?P<stop>[.!?]+["')\]]*)(?=\s+["'(\[]?[A-Z0-9>*\-\u2022])   # . ! ? before a capital/digit
  | (?P<para>\n[ \t>]*\n)                                  # blank line (also inside quotes)
  | (?P<line>\n)                                           # a single line break (decided below)
    """,
    re.VERBOSE,
)
# Lines that open a new sentence: list items, "Label:" lines, and chat lines opened by a
# time stamp or a speaker ("[19/03/2024, 17:02]", "2024-10-03 21:14", "Ines Duarte [10:02 AM]").
_LINE_START_BREAK = re.compile(
    # (a chat line opened by its time: "8:03 AM  Jess Tremblay: ...")
    r"[ \t>]*(?:[-*\u2022|]|\d{1,2}[.)]\s|\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?)?\s|"
    r"[A-Z](?:[A-Za-z ]|\.(?! [A-Z])){0,25}:|\[|"
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} \[\d)"
)
_OPENS_A_REQUEST = re.compile(r"[ \t]*(?:Please|Kindly|Pls|Thank you|Thanks|Could you|Can you)\b")
_EDI_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{1,2}[+*]")
_LABEL_LINE = re.compile(r"[ \t>]*[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}:\s")
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d]*(?:\.[^\W\d_]+)*)\.*$")  # "qty", "Dña", "e.g"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True)
class Quantity:
    value: int
    start: int
    end: int


def _line_break_ends_sentence(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line = text[line_start:pos].strip(" \t>")
    nxt_end = text.find("\n", pos + 1)
    nxt = text[pos + 1 : nxt_end if nxt_end != -1 else len(text)]
    if (
        line
        and line[-1].isalpha()
        and "|" not in line
        and nxt.lstrip(" \t")[:1].islower()
        and not line.lstrip().startswith(("-", "*", "\u2022"))
    ):
        return False  # a cell or column wrapped mid-sentence: "lot is released for\nproduction."
    words = line.rsplit(None, 1)  # (a line of nothing but Unicode spaces has no word)
    last = words[-1].lower() if words else ""
    if (
        last in _OPEN_ENDING
        and nxt.lstrip(" \t")[:1].isalnum()
        and "|" not in line
        and not _LABEL_LINE.match(nxt)  # "Material procurement: ..." opens a row of its own
    ):
        return False  # "With this call-off we release\n4.000 pcs ...": the sentence goes on
    if re.search(r"\s[A-Z]\.$", line) and _NAME_START.match(nxt):
        return False  # "a written release from R.\nVenkatesh, GM Purchase": an initial
    if not line or len(line) < 48 or line.endswith((":", ".", "!", "?")) or "|" in line:
        return True
    if _OPENS_A_REQUEST.match(nxt):
        return True  # "... YKK zip No. 5\nPlease sew the salesman samples ...": a new sentence
    if line.endswith(("'", "~")) and _EDI_SEGMENT.match(line):
        return True  # an EDI segment ends at its terminator: "FTX+PUR+++SAMPLE LOT 60 PCS ...'"
    quoted_now = text[line_start:pos].lstrip().startswith(">")
    quoted_next = nxt.lstrip().startswith(">")
    if quoted_now != quoted_next:
        return True
    return bool(_LINE_START_BREAK.match(nxt))


# Words a sentence cannot end on: a line ending in one runs on into the next.
_OPEN_ENDING = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "with",
        "and",
        "or",
        "we",
        "our",
        "your",
        "release",
        "releases",
        "order",
        "ordered",
        "is",
        "are",
        "by",
        "from",
        "in",
        "on",
        "at",
        "than",
    ]
)
_BLANK_LINE_AHEAD = re.compile(r"\n[ \t>]*\n")


def _breaks(text: str, pos: int) -> bool:
    """Whether the line break at ``pos`` ends a sentence (no sentence runs over it)."""
    return bool(_BLANK_LINE_AHEAD.match(text, pos)) or _line_break_ends_sentence(text, pos)


def split_sentences(text: str, low: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split into sentences, keeping offsets. Line-wrapped prose is joined; lists, table rows,
    headers and short lines stand alone; abbreviations such as "qty." and "bal." do not end one.

    With ``start``/``end`` (a stretch between two line breaks that end a sentence), the
    sentences of that stretch, exactly as a cut of the whole text finds them."""
    sentences: list[Sentence] = []
    stop = len(text) if end is None else end
    for m in _BOUNDARY.finditer(text, start):
        if m.start() >= stop:
            break
        if m.lastgroup == "stop":
            dots = m.group().rstrip("\"')]")
            if dots.count(".") == len(dots) >= 3 and (
                len(dots) >= 4 or (m.start() > 0 and text[m.start() - 1] == " ")
            ):
                continue  # a leader on a printout: "RELEASED QTY .... 300 PCS"
            wm = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
            word = wm.group(1).lower().rstrip(".") if wm else ""
            # a unit before a capitalised word ends a sentence: "120 PCS. BALANCE OF LINE ..."
            unit_ends = word in _UNIT_ABBREVIATIONS and _CAPITAL_NEXT.match(text, m.end())
            if word in ABBREVIATIONS and m.group() == "." and not unit_ends:
                continue
            if m.group() == "." and wm and _is_initial(text, wm.group(1), m.end()):
                continue  # "R. Castillo": an initial, not the end of a sentence
            if m.start() > 0 and text[m.start() - 1].isdigit() and m.end() < len(text):
                nxt = text[m.end() : m.end() + 2].strip()
                if nxt[:1].isdigit() and m.group() == ".":
                    continue
            cut = m.end()
        elif m.lastgroup == "line" and (
            # nothing since the last cut (a line that ended on a full stop): whether or not
            # the break ends a sentence, the next sentence starts after it
            not low[start : m.start()].strip(" \t\r\n")
            or not _line_break_ends_sentence(text, m.start())
        ):
            continue
        else:
            cut = m.start()
        _add(sentences, text, low, start, cut)
        start = m.end()
    _add(sentences, text, low, start, stop)
    return sentences


def _is_initial(text: str, word: str, after: int) -> bool:
    """Whether a full stop after ``word`` marks an initial: one capital letter followed by a
    capitalised name ("R. Castillo", "J. Okoye"), not by a word that opens a sentence."""
    word = word.rstrip(".")
    if len(word) != 1 or not word.isupper():
        return False
    nxt = _NEXT_WORD.match(text, after)
    return nxt is not None and nxt.group(1).lower() not in _SENTENCE_OPENERS


def _add(out: list[Sentence], text: str, low: str, start: int, end: int) -> None:
    chunk = low[start:end]
    stripped = chunk.strip(" \n\r\t")
    if len(stripped) < 2:
        return
    start += len(chunk) - len(chunk.lstrip(" \n\r\t"))
    end = start + len(stripped)
    out.append(Sentence(start, end, text[start:end], stripped))


# ---------------------------------------------------------------- numbers written as words

_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if w != "_"
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = "|".join([*_UNITS, *_TENS, *_SCALES, "dozen"])
_WORD_NUMBER = rf"(?:(?:a\s+)?(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*)"


def words_to_int(phrase: str) -> int | None:
    """'five hundred' → 500, 'two thousand four hundred and ten' → 2410, 'a dozen' → 12."""
    total = current = 0
    seen = False
    for token in re.split(r"[\s-]+", phrase.strip()):
        if token in ("and", ""):
            continue
        if token == "a":
            current = current or 1
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(raw: str) -> int | None:
    raw = raw.strip()
    if not raw:
        return None
    if raw[0].isdigit():
        mult = 1
        if raw[-1] in "kK":
            mult, raw = 1000, raw[:-1]
        raw = re.sub(r"(?<=\d)[.,]00$", "", raw)  # "10.00", "300,00": no fraction
        if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", raw):
            return int(raw.replace(",", "")) * mult  # "24,00,000": Indian grouping
        cleaned = re.sub(r"(?<=\d)[,.' \u202f](?=\d{3}\b)", "", raw)
        try:
            return int(float(cleaned) * mult)
        except ValueError:
            return None
    return words_to_int(raw)


# ---------------------------------------------------------------- quantities

_DIGITS = (
    # "24,00,000 nos", "2,40,000": Indian grouping (lakh)
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|"
    # "10.00 Units", "300,00 sample bottles": an ERP's quantity with two zero decimals
    r"\d{1,3}(?:[,.]\d{3})*[.,]00(?= ?(?:units?|pcs?|pieces|ea|nos?|sets?|stk|st|ks|und|uds|"
    r"unid\w*|pairs?|rolls?|bottles|boxes|kits|sample\w*)\b)|"
    # "4 960 ks", "48 000 pcs": thousands set apart by a space, only before a unit
    r"\d{1,3}(?: \d{3})+"
    r"(?=[ \t]{0,3}(?:pcs?|pieces|units?|ks|db|st|stk|ea|szt|pz|sets?|un|und|uds)\b)|"
    # ... or before a plural noun in the writer's language: "1 200 tubes", "les 1 470 autres"
    r"\d{1,3}(?: \d{3})+(?= [a-zà-ÿ]{3,}s\b)|"
    r"\d{1,3}(?:[,.'\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?k\b|\d+"
)
_UNIT_WORDS = (
    r"pcs?|pieces?|units?|parts?|ea|each|off|nos?|samples?|prototypes?|protos?|mock-?ups?|items?|"
    # EDIFACT's piece and the French abbreviation: "300 PCE", "40 pces"
    r"sets?|pces?|"
    # samples and the series in the buyer's language: "10 campioni + 490 serie"
    r"campioni|muestras|amostras|échantillons|muster|serie|série|"
    # the unit in other languages' ERP printouts: St/Stk (Stück, styck), pz, szt, und, kpl
    # (not a street: "Level 9, 240 St Georges Tce")
    # ("1.020 ST KW 30 - KW 34": pieces for delivery weeks 30-34; a printout's column gap
    # after it is no street name either: "Rahmenmenge: 10.000 ST     Laufzeit: 2024")
    r"st(?![^\S\n](?!(?:kw|wk|cw)\b)[a-z])|stk|stck|st[üu]ck|stueck|pz|pzs|szt|und|uds|unid|"
    r"unids|unidades|kpl|kom|ks|db|"
    r"qty|pilots?|articles?|brackets?|housings?|covers?|clips?|enclosures?|gears?|bushings?|"
    r"spacers?|caps?|knobs?|mounts?|plates?|shells?|frames?|lids?|bodies|panels?|"
    r"components?|assemblies|assys?|widgets?|fixtures?|inserts?|adapters?|blocks?|nozzles?|"
    r"hinges?|handles?|rings?|seals?|shafts?|pins?|casings?|bezels?|trays?|shipsets?|"
    # lengths ordered as such: "the 60 m of rectangular duct", "400 m of cable"
    r"(?:m|metres?|meters?|lm)(?= of\b)"
)
# "3000pcs", "250ea", "20stk": a unit abbreviation written onto the number.
# Units that only count ("75 EA", "500 sample pouches"), unlike nouns ("77811 covers ...").
_GENERIC_UNIT = re.compile(r"\s*(?:pcs?|pieces?|units?|ea|nos?|st|stk|samples?)\b")
# ("31st", "21st" are days of the month, not 31 "St." pieces)
_GLUED_UNIT = r"(?:pcs?|pieces?|units?|nos?|ea|stk|pz|szt|st(?<![^1]1st)(?<!^1st))\b"
# Words that end a count before its noun: "6 weeks after sample approval" counts no samples.
_NOT_BETWEEN = (
    r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|working|business|calendar|after|before|"
    r"from|per|until|since|ago|po)\b)"
)
_AFTER = (
    # "48 (forty-eight) sample bushings": the number restated in words before its unit
    r"\)?(?:\s*\((?:[a-z][a-z -]{2,30}|\d[\d,.]*(?: \d{3})*)\))?"
    rf"(?:\s*[x\u00d7]\s*|\s+|-|(?={_GLUED_UNIT}))(?:{_NOT_BETWEEN}[a-z][a-z0-9-]{{1,14}}\s+){{0,2}}"
    rf"(?:{_UNIT_WORDS}|stk|pz|szt)\b\.?"
)
_BEFORE = (
    r"(?:\bqty\b\.?|\bquantity\b|\bquantities\b|\bbalance\s+of|\bremaining|\bremainder\s+of|"
    r"\bthe\s+other|\bfirst|\badditional|\bfurther|\banother|\bextra|\btotal\s+of|\brun\s+of|"
    r"\bbatch\s+of|\blot\s+of|\bvolume\s+of|\brelease\s+of|\brelease|\breleasing|\breleases|"
    r"\bauthori[sz]e|\bapprove|\bproduce|\bmake|\bbuild|\bprint|\bmanufacture|\bship|"
    r"\bfor\s+the|\bonly\s+the|\ball|\bup\s+to|\bmaximum\s+of|\bmax\.?|\bfull|\bx|\bwith|"
    r"\bfor|\bof|\bof\s+the|\bthe|\bsamples?"  # ("samples 60 bana do": 60 samples)
    r"|\b(?:annual|yearly) volume"  # "Volumen anual / annual volume | 20,000"
    # a size grid's sample total: "SMS total 24", "Sample total: 36"
    r"|\b(?:sms|samples?|pp|protos?|prototypes?|pilot|fai)\s+total"
    # a release form's row: "Released now | 750", "Released: 750", "released this notice 750"
    r"|\b(?:released|authori[sz]ed)\s+(?:now|today|herewith|hereby|"
    r"this\s+(?:notice|release|po|order|call-off))"
    r"|\b(?:released|authori[sz]ed)(?<!cumulative released)(?<!total released)"
    r"(?<!already released)(?=\s*[:|])"
    # EDI order lines: X12 "PO1*1*1000*EA", EDIFACT "QTY+21:50:PCE"
    r"|\bpo1\*[^*~\n]*\*|\bqty\+\d{1,3}:)"
    r"[\s:=#.|]{0,3}(?:\(?(?:of\s+)?)?"
)
_DIGIT_END = rf"(?:(?={_GLUED_UNIT})|(?![\w/]|[.,]\d))"
_CANDIDATE = re.compile(rf"(?<![\w.,/-])(?:{_DIGITS}){_DIGIT_END}|\b{_WORD_NUMBER}\b")
_DIGIT_CANDIDATE = re.compile(rf"(?<![\w.,/-])(?:{_DIGITS}){_DIGIT_END}")
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, "dozen"])
_TOKEN = re.compile(r"[a-z]+")
_AFTER_RE = re.compile(_AFTER)
_WHICH_ONE_BEFORE = re.compile(
    r"\b(?:positions?|pos|lines?|items?|no|nr|rev|version|phase|step|stage|week|wk|kw|cw|lots?|"
    r"releases?|call-?offs?|tranches?|part|parts|drawing|dwg)(?:\s*[#:.]\s*|\s+)?$|[#/-]$"
)
_STATED_RELEASED_AFTER = re.compile(
    # ("2,000 bags are released": even a packaging noun is what a release counts)
    # ("1,200 ZP-150 purlins released": the part's code may stand before its noun)
    r" (?:[a-z]+-?\d[\w/-]* )?(?:[a-z]{3,}s )?(?:(?:are|is|now|hereby) )*"
    r"(?:released|authori[sz]ed)\b"
    r"(?! (?:before|by|to|until|after|when|once|if)\b)"
)
# "3 protos", "50 shafts", "fifty units": a plural noun right after the number counts too,
# unless it measures time, money, length, packaging or paperwork.
_PLURAL_AFTER = re.compile(
    # "19.800 (diciannovemilaottocento) bottles": the number restated in words between
    # (not across a printout's column gap: "SPOKANE WA 99202     TERMS: NET 30")
    r"(?:\s*\((?:[a-z][a-z -]{2,30}|\d[\d,.]*(?: \d{3})*)\))?\)?(?:\s{1,3}(?!\s)|-)"
    # ("240 St Georges Tce" is an address: "st" is no adjective of a plural)
    # ("2,400 bronze niche plaques": two words before the plural)
    r"(?:(?!(?:and|or|but|to|in|on|at|by|if|so|as|is|are|was|the|st|mt|of|for|per|with|from|"
    # (an address: "145 rue des Usines", "12 via dei Mille")
    r"rue|via|calle|avenida|des|dei|del|de)\b)"
    r"[a-z][a-z-]{1,14}\s+){0,2}"
    r"([a-z]{3,}s)\b"
)
_DESIGNATION_AFTER = re.compile(r"-[a-z]\d")
# "Limb laminate set 66 in, bamboo core", "24 inch wheels"
_INCHES = r"inch(?:es)?\b|in(?=[,;)])"
_MEASURE_AFTER = re.compile(
    r" ?(?:oz|fl\.? ?oz|ml|cl|l(?![-'])|litres?|liters?|gsm|g|mm|cm|µm|μm|um|microns?|nm)\b"
    rf"| ?(?:{_INCHES})"
)
_EDIFACT_QUALIFIER = re.compile(r"[ \t:]+\d[\d.,]*[ \t]*(?:pce|pcs|ea|c62|set|st|pc|kgm|mtr)\b")
_ALLOY_BEFORE = re.compile(r"\b(?:alu|aluminium|aluminum|alloy|aisi|inox|en aw|en-aw)[\s-]*$")
_INCHES_AFTER = re.compile(rf" ?(?:{_INCHES})")
# (not "the 500 may follow": "May" after a number is read by _NOT_AFTER, where the phrase ends)
_MONTH_AFTER = re.compile(rf" (?!may\b){MONTH}\.?\b")
_STEEL_GRADES = frozenset(["201", "304", "316", "321", "409", "410", "420", "430", "904"])
_GRADE_AFTER = re.compile(
    r"(?:l|ln|ti)\b|\s+(?:no\.?\s?[1-8]|2b|ba|brushed|satin|mirror|stainless|ss|inox|finish)\b"
)
# "1800 x 1200 mm", "600x600x25 mm": the first side of a size
_DIMENSION_AFTER = re.compile(
    r" ?[x\u00d7*] ?\d[\d.,]*(?: ?[x\u00d7*] ?\d[\d.,]*)? ?(?:mm|cm|m|in|inch|inches|ft)\b"
)
_PACKAGING = frozenset({"boxes", "cartons", "bags", "pallets"})
# Words that never name parts: a number right before one (or before one word and one of them)
# counts something else, whatever word comes before the number.
_NEVER_PARTS = frozenset(
    [
        # paperwork and findings: "the two dimensional findings", "the 3 open points"
        "findings",
        "issues",
        "remarks",
        "deviations",
        "ncrs",
        "defects",
        "concerns",
        "actions",
        "questions",
        "points",
        "comments",
        "attachments",
        "emails",
        "meetings",
        "signatures",
        "revisions",
        # the parts' variants and the places they go: "samples in the three colourways"
        "colours",
        "colors",
        "colourways",
        "colorways",
        "shades",
        "sizes",
        "variants",
        "finishes",
        "shapes",
        "designs",
        "styles",
        "patterns",
        "options",
        "platings",
        "greys",
        "grays",
        "stores",
        "shops",
        "sites",
        "locations",
        # a part's features: "VG-10 core, 33 layers", "all 32 characteristics OK"
        "layers",
        "holes",
        "teeth",
        "threads",
        "turns",
        "plies",
        "strands",
        "characteristics",
        "faces",
        "sides",
        "tints",
        "terms",
    ]
)
_FIRST_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# Plural nouns after a number that do not by themselves make it a count of parts ("6 weeks",
# "4 cavities"); a quantity word before the number still may ("qty 20 cartons").
_NOT_COUNTED = frozenset(
    [
        "degrees",
        "semaines",
        "semanas",
        "cavities",
        "slots",
        "dias",
        "días",
        "jours",
        "mois",
        "meses",
        "days",
        "weeks",
        "months",
        "years",
        "hours",
        "minutes",
        "seconds",
        "mins",
        "hrs",
        "secs",
        "euros",
        "dollars",
        "cents",
        "pounds",
        "percent",
        "pages",
        "lines",
        "drawings",
        "files",
        "mails",
        "times",
        "kgs",
        "tons",
        "metres",
        "meters",
        "millimetres",
        "millimeters",
        "inches",
        "pallets",
        "cartons",
        "boxes",
        "bags",
        "thanks",
        "regards",
        "versions",
        "steps",
        "things",
        "ones",
        "others",
        "orders",
        "quotes",
        "quotations",
        "invoices",
        "pos",
        "offers",
        "calls",
        "hundreds",
        "thousands",
        "dozens",
        "was",
        "has",
        "does",
        "goes",
        "is",
        "its",
        "this",
        "thus",
        "plus",
        "yes",
        "deliveries",
        "shipments",
        "releases",
        "call-offs",
        "calloffs",
        "phases",
        "stages",
        "tools",
        "moulds",
        "molds",
        "shifts",
        "coats",
        "copies",
    ]
)
# Packaging counts: "250 pcs per KLT", "20 covers per carton" are not quantities ordered.
_PER_PACKAGE = re.compile(
    r"(?:\s*(?:pcs?|pieces|units|ea|[a-z]+s))?\s*(?:per|/|in each|each)\s*(?:returnable\s+|"
    r"reusable\s+|plastic\s+|wooden\s+|export\s+)?(?:box|carton|klt|bag|"
    r"pallet|tray|layer|crate|case|polybag|tote|container|roll|reel|pack|package|kanban|bin|"
    r"blister|sleeve|drum|sack|stillage|gitterbox|cage|rack|skid|euro ?pallet|shipper|"
    r"master ?carton|outer|inner)\b"
    # what one unit takes or one lot is tested on: "2 per unit", "10 pcs per lot" (not "50 pcs
    # / unit price 4.00")
    r"|(?:\s*(?:pcs?|pieces|units|ea|[a-z]+s))?\s*per\s+(?:unit|set|assy|assembly|lot|batch)\b"
)
_BEFORE_RE = re.compile(rf"(?:{_BEFORE})$")
_ASIDE_BEFORE = re.compile(r"\([^()\n]{1,20}\)[^\S\n]*$")


def _leader_start(low: str, at: int) -> int:
    """Where a printout's dot leader before ``at`` starts ("RELEASED NOW ......  250 m"), less
    the blanks around it but one; ``at`` itself when there is none."""
    i = at
    while i > 0 and low[i - 1] in " \t":
        i -= 1
    if not low.endswith("...", max(0, i - 3), i):
        return at
    while i > 1 and low[i - 2] in ". \t":
        i -= 1
    return i  # (one blank or dot kept: the label's own end, "RELEASED NOW ")


def label_end(low: str, at: int) -> int:
    """Where the label of the count at ``at`` ends: before a printout's dot leader ("RELEASED
    NOW ...... 250 m") and a short bracketed aside ("Released now (call-off 07) 250"); ``at``
    itself when there is neither."""
    at = _leader_start(low, at)
    aside = _ASIDE_BEFORE.search(low, max(0, at - 24), at)
    return aside.start() if aside is not None else at


def _label_before(low: str, at: int) -> bool:
    """A count's label right before it ("qty 10"), or before a dot leader or a short bracketed
    aside (see label_end)."""
    if _BEFORE_RE.search(low, max(0, at - 24), at):
        return True
    if not low[max(0, at - 12) : at].rstrip().endswith((")", "...")):
        return False
    start = label_end(low, at)
    return _BEFORE_RE.search(low, max(0, start - 24), start) is not None


_SEQUENCE_BEFORE = re.compile(
    r"\b(?:release|call-?off|tranche|lot|shipment|delivery|drop|wave|phase|stage|step)\s*"
    r"(?:no\.?|nr\.?|#)?\s*$"
)
_SEQUENCE_OF_BEFORE = re.compile(
    r"\b(?:release|call-?off|tranche|lot|shipment|delivery|drop|wave|phase|stage|step|part|page)"
    r"\s*(?:no\.?|nr\.?|#)?\s*\d{1,2}\s+of\s*$"
)
_ONE_SAMPLE_BEFORE = re.compile(r"\b(?:sample|specimen|piece|part|unit)\s*(?:no\.?|nr\.?|#)?\s*$")
_VERB_AFTER = re.compile(r"\s+(?:is|was|has|had|shows?|showed|fits?|failed|passed|needs?)\b")
_SPLIT_AFTER = re.compile(
    r"\s+(?:equal\s+|partial\s+|separate\s+)?(?:lots|deliveries|shipments|batches|tranches|"
    r"instal?ments|drops|call-offs)\b"
)
_NOT_AFTER = re.compile(
    r"\s*(?:%|mm|cm|kg|days?|weeks?|months?|years?|hours?|eur|usd|€|\$|/|\.\d|-\d|-[a-z]\d|"
    r"sq\.? ?mm|sqmm|mm2|mm²|sq\.? ?m\b|sqm\b|"  # "3.5C x 95 sqmm": a cable's cross-section
    # ("250 KW 31": a delivery week after a count, not 250 kilowatts)
    r"(?:min(?:ute)?s?|sec(?:ond)?s?|kv|v|hz|d[ií]as|tage|jours|giorni|dni|dagen|dage|w|"
    r"kw(?!\s*\d{1,2}\b)|lm|semaines?|semanas?|settimane|wochen|weken|veckor|uger|tygodni|t[ýy]dn[ůu]|"
    r"mah|ah|wh|psi|mpa|h)\b|"
    r"(?:[a-z]+\s+){0,2}(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|highway|hwy)\b|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\.?(?:\s+\d{2,4})?\b|"
    # "our meeting of 28 May, please proceed" (not "the 500 may follow")
    r"may(?=\s*(?:[,.;()]|\d{2,4}\b|$))|"
    r"bar\b(?!\s+[a-z]+s\b))"  # "the 16 bar pressure test" (not "2 bar stools")
)
_GLUED_ADJECTIVE = re.compile(r"-(?!(?:pcs?|pieces?|units?|off|ea|nos?)\b)[a-z]{2,}")
# the same feature written apart: "the 3 hole pattern", "a 6 cavity mould", "the 4 door version"
_FEATURE_APART = re.compile(
    r"\s+(?:hole|pin|way|wheel|door|seat|point|stage|step|speed|layer|tier|star|bay|zone|"
    r"cavity|slot|bolt|leg|lane|channel|axis|phase|pole|port|row|shelf|drawer|burner|spoke|blade|"
    r"button|key|socket|gang|circuit)\s+(?:pattern|design|version|type|model|layout|"
    r"configuration|config|variant|mou?ld|tool|system|setup|frame|flange|cover|bracket|plate|"
    r"housing|panel|unit|option)\b"
)
_STREET_AFTER = re.compile(
    r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:street|ave|avenue|road|rd|blvd|boulevard|lane|highway|hwy)\b"
)
_TIME_LABELS = frozenset({"week", "weeks", "wk", "wks", "day", "days", "month", "months"})
_VERBS_BEFORE_COUNT = frozenset({"order", "quote", "item", "approx", "approx."})
_NOT_QTY_BEFORE = re.compile(
    r"(?:\b(po|#|\bno\.?|\bnr\.?|\bnumber|\border|\brev\.?|\bpart|\$|€|£|\beur|\busd|\bgbp|"
    r"\bline|\bpage|\bitem|\bref\.?|\bquote|\bquotation|\bversion|\bv|\bdwg|\bdrawing|"
    r"\binvoice|\bsection|\bclause|\blevel|\blvl|\bclass|\bgrade|\bnet|\bstep|\bweeks?|\bwks?|\bkw|"
    r"\bcw|\bdays?|\bmonths?|\byears?|\bhall|"
    r"\btel|\bphone|\bfax|\bbox|\bfloor|\broom|\bgate|\bdock|\bq[1-4]?|\bpos\.?|\bapprox\.?|"
    r"\bvendor|\bsupplier|\bcustomer|\bclient|\baccount|\bacct|\bplant|\bsite|\bbuilding|"
    r"\bwarehouse|\bcost cent(?:er|re)|\bproject|\bjob|\bticket|\bcase|\bid|\bcode|\bserial|"
    r"\bs/n|\bzip|\bpostcode|\bcontract|\bagreement|\bcontact|\bext\.?|\bmobile|\bcell|"
    r"\bstreet|\bstr\.|\broad|\bsuite|\bunit no|\bdoc(?:ument)?|\bfile|\bral|\bpantone|\bsch|"
    r"\bschedule|\borg|"
    # the supplier's number in the buyer's language: "Fornecedor: 1000347", "Lieferant 30590"
    r"\bfornecedor|\bproveedor|\bfournisseur|\blieferant|\bfornitore|\bdostawca|\bleverant[oø]r))"
    r"[\s:#.-]*$"
)
# "purchase order 3399", "sales order 12": an order's number, not "we order 500 pcs".
_ORDER_NUMBER_BEFORE = re.compile(
    r"\b(?:purchase|sales|work|production|blanket|call-off|customer|our|your|p\.?o\.?) order"
    r"[\s:#.-]*(?:no\.?|nr\.?|number)?[\s:#.-]*$"
)
_WORD_NUMBER_BEFORE = re.compile(rf"\b{_WORD_NUMBER}\s*$")
# a small number in the writer's own language before its digits: "seis (6)", "drei (3)"
_FOREIGN_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:ein|eins|eine|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn|elf|zw(?:ö|oe)lf|"
    r"uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
    r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|"
    r"um|dois|duas|tr(?:ê|e)s|sete|oito|dez|onze|doze|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|"
    r"twee|drie|vijf|zes|zeven|negen|tien|twaalf"
    # compound numbers end in their tens or hundreds: "trecentoventi (320)", "cuatrocientos"
    r"|[a-zà-ÿß-]*(?:cento|cientos|cientas|centos|centas|mila|mille|venti|vinte|veinte|vingt|"
    r"trenta|trinta|treinta|trente|quaranta|quarenta|cuarenta|quarante|cinquanta|cinquenta|"
    r"cincuenta|cinquante|sessanta|sessenta|sesenta|soixante|settanta|setenta|ottanta|oitenta|"
    r"ochenta|novanta|noventa|hundert|tausend|zwanzig|[a-zäöü]+zig|[a-zäöü]+ßig|honderd|duizend))"
    r"\s*$"
)
_WORDS_BEFORE_BRACKET = re.compile(rf"\b({_WORD_NUMBER})\s*\(\s*$")


def words_before_bracket(low: str, bracket: int) -> int | None:
    """The number written in words right before the bracket at ``bracket``: "fifteen (50)"
    gives 15, so that its digits can be compared with it."""
    m = _WORDS_BEFORE_BRACKET.search(low, max(0, bracket - 60), bracket + 1)
    return words_to_int(m.group(1)) if m else None


def find_quantities(low: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities of parts: '500 pcs', 'qty 10', 'five hundred brackets', 'the remaining 490'.

    Prices, dimensions, durations, PO numbers and part numbers are not quantities. Numbers
    are found first (cheap), then each is judged by the words right before and after it.
    With ``start``/``end``, only quantities that start in that range, exactly as a scan of the
    whole text finds them (the judgement looks only at the words around each number)."""
    stop = len(low) if end is None else end
    scan_from = start
    if start == 0 and end is None:
        # Numbers written as words are rare: only run the slower pattern when one occurs.
        words = not _NUMBER_WORDS.isdisjoint(_TOKEN.findall(low))
        pattern = _CANDIDATE if words else _DIGIT_CANDIDATE
    else:
        # Both patterns find the same digits; a number in words never holds a digit.
        pattern = _CANDIDATE
        scan_from = _number_words_start(low, start)
        if not _local(low, start):  # a pathological run of number words: read it whole
            return [q for q in find_quantities(low) if start <= q.start < stop]
    found: list[Quantity] = []
    for m in pattern.finditer(low, scan_from):
        if m.start() >= stop:
            break
        quantity = _judge(low, m)
        if quantity is not None and quantity.start >= start:
            found.append(quantity)
    return found


_NUMBER_WORDS_BEFORE = re.compile(rf"(?:\b(?:{_WORD}|and|a)[\s-]+)+$")


def _digits_after_words(low: str, s: int, e: int) -> bool:
    """Bracketed digits right after a number written in words: "twelve (12)", "seis (6)",
    "trecentoventi (320)"."""
    if not (s > 0 and low[s - 1] == "(" and low[e : e + 1] == ")"):
        return False
    return bool(
        _WORD_NUMBER_BEFORE.search(low, max(0, s - 30), s - 1)
        or _FOREIGN_NUMBER_WORD_BEFORE.search(low, max(0, s - 30), s - 1)
    )


def _local(low: str, start: int) -> bool:
    """Whether quantities from ``start`` on can be found without reading far back."""
    return start - _number_words_start(low, start) <= 2000


def _number_words_start(low: str, start: int) -> int:
    """Where a scan must begin so that a number in words running into ``start`` ("two
    thousand" cut after "two") is read whole, as a scan from the text's start reads it."""
    word = start
    while word > 0 and start - word <= 12 and low[word - 1].isalpha():
        word -= 1  # back to the start of a word cut in two
    if word > 0 and low[word - 1].isalpha():
        return start  # inside a long word, which is no number word
    start = word
    while start > 0:
        window = max(0, start - 40)
        m = _NUMBER_WORDS_BEFORE.search(low, window, start)
        if m is None:
            return start
        if window == 0 or m.start() > window + 12:  # longer than any number word: whole
            return m.start()
        start = m.start()
    return start


_YEAR = re.compile(r"(?:199|20[0-3])\d")
_DAY_OF_MONTH_BEFORE = re.compile(
    rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{MONTH}\.?),?\s*$"
)
# X12 transaction sets named by their number: the PO (850), its acknowledgement (855), the
# ship notice (856), a change (860), planning and shipping schedules (830, 862)
_EDI_SETS = frozenset(["830", "850", "855", "856", "860", "862", "865"])
_EDI_SET_AROUND = re.compile(
    r"\s*(?:\(x12\)|for (?:the |our |your )?(?:po|order)\b|(?:is|was) (?:sent|out))"
)


def _judge(low: str, m: re.Match[str]) -> Quantity | None:
    """The number ``m`` as a quantity of parts, or None (a price, a date, a part number...)."""
    raw = m.group()
    s, e = m.start(), m.end()
    if s > 0 and low[s - 1] == "^":
        return None  # "2 x 10^6 cycles": an exponent
    if _ALLOY_BEFORE.search(low, max(0, s - 14), s):
        return None  # "Alu 6082 eloxiert", "AISI 304": a material grade
    if _EDIFACT_QUALIFIER.match(low, e) and low.endswith(("qty ", "qty+", "qty  "), 0, s):
        return None  # "QTY 21   12 PCE": EDIFACT's qualifier for the ordered quantity
    if _DESIGNATION_AFTER.match(low, e):
        return None  # "7075-T7351 plate", "6061-T6 bar": an alloy and its temper
    if _MEASURE_AFTER.match(low, e) or _DIMENSION_AFTER.match(low, e):
        return None  # "the 12 oz mugs", "10 mm bolts", "1800 x 1200 mm": a size
    if _MONTH_AFTER.match(low, e) and (parse_number(raw) or 0) <= 31:
        return None  # "in time for the 3 February store set": a day, whatever follows
    if m.group() in _STEEL_GRADES and _GRADE_AFTER.match(low, e):
        return None  # "1.2 mm 304 No.4", "316L", "430 BA": a stainless steel and its finish
    if _YEAR.fullmatch(raw) and _DAY_OF_MONTH_BEFORE.search(low, max(0, s - 24), s):
        return None  # "Date April 17, 2024" (above "Line Description Qty"): a year
    if raw in _EDI_SETS and _EDI_SET_AROUND.match(low, e):
        return None  # "The 850 for PO 4500771 went out": an X12 transaction set, not 850 parts
    if re.search(r"\b(?:item|line|pos(?:ition)?)\s*$", low[max(0, s - 10) : s]) and re.match(
        r"\s+(?:is|are|was|were|has|have)\b", low[e : e + 6]
    ):
        return None  # "Item 20 is commercial cover only": which item, not how many
    if (
        s > 0
        and low[s - 1] == ":"
        and (s < 2 or not low[s - 2].isalnum())  # (not EDIFACT's "QTY+21:50:PCE")
        and re.match(r"[a-z]?:", low[e : e + 2])
    ):
        return None  # a SWIFT field tag (":50K:", ":32A:"), not 50k pieces
    if len(raw) <= 2 and (_GLUED_ADJECTIVE.match(low, e) or _FEATURE_APART.match(low, e)):
        # "4-way cross", "10-blade type", "30-day trial": a feature, no count (unlike "the
        # 10,000-tray production price")
        return None
    if _STREET_AFTER.match(low, e):
        return None  # "18 Kifisias Ave", "240 Harbour View Road": a street number
    after = unit = _AFTER_RE.match(low, e)
    if after is not None and re.search(r"[a-z]\s+(?:st\.?|off)$", after.group()):
        # "14 Beard St": a street, not 14 "St." (pieces); "the last one is off": no "10 off"
        after = unit = None
    if after is None:
        noun = _PLURAL_AFTER.match(low, e)
        first = _FIRST_WORD_AFTER.match(low, e)
        if (noun and noun.group(1) in _NEVER_PARTS) or (first and first.group(1) in _NEVER_PARTS):
            return None  # "the 3 open points", "the three colourways", "33 layers Damascus"
        if noun and (
            noun.group(1) not in _NOT_COUNTED
            # "36,000 gift boxes", "20,000 bags": packaging ordered as the product (a shipment
            # packs into a few dozen cartons, not thousands)
            or (noun.group(1) in _PACKAGING and (parse_number(raw) or 0) >= 1000)
        ):
            after = noun
    if after is None and (
        _NOT_AFTER.match(low, e)
        or not (
            (raw.endswith("k") and not re.search(r"[$€£]\s?$", low[max(0, s - 2) : s]))
            or _label_before(low, s)
            # digits after their words, whatever noun follows: "trecentoventi (320) pistoni"
            or _digits_after_words(low, s, e)
            # "as agreed Monday, 250 released" (not "position 1 are released")
            or (
                _STATED_RELEASED_AFTER.match(low, e) is not None
                and not _WHICH_ONE_BEFORE.search(low, max(0, s - 14), s)
            )
        )
    ):
        return None  # "1.5k" counts on its own; other bare numbers need a word around them
    before = low[max(0, s - 14) : s]
    label = _NOT_QTY_BEFORE.search(before)
    counted = label is not None and (
        label.group(1) in _VERBS_BEFORE_COUNT
        # "Released for production this week: 400 pcs": a count after its week, in units
        or (
            label.group(1) in _TIME_LABELS
            and re.search(r"\bthis\s+\w+\W*$", before) is not None
            and _GENERIC_UNIT.match(low, e) is not None
        )
        # "RELEASED QTY THIS PO: 75 EA": a count in units after a PO label
        or (label.group(1) == "po" and _GENERIC_UNIT.match(low, e) is not None and len(raw) <= 5)
        # "Quantity released on this PO 20 panels": this order's count, not its number
        or (
            label.group(1) == "po"
            and after is not None
            and len(raw) <= 5
            and re.search(r"\bthis\s+po\W*$", before) is not None
        )
        # "Quantity released by this document 4,950 nos": "this document" is no document number
        or (
            label.group(1).startswith("doc")
            and _GENERIC_UNIT.match(low, e) is not None
            and re.search(r"\bthis\s+doc\w*\s*$", before) is not None
        )
    )
    if label and not (after is not None and counted):
        return None
    if after is None and re.search(
        r"\b(?:cartons?|boxes|packs?|bags?|cases?|sets?) of\s+$", before
    ):
        return None  # "Cartons of 6", "sets of 4": what one package holds
    if re.search(r"\bper\s+$", before) and after is not None:
        return None  # "PE bag per 10 pcs", "price per 100 units": a packing or pricing unit
    if re.search(r"[a-z]+\d+\s*/\s*$|\ba[24]\s*\($", before):
        return None  # "Cost ctr : PK210 / 4410" (a code pair), "A4 (316) stainless" (a grade)
    if re.search(r"\b(?:page|sheet|blatt|pg)\s+\d+\s+of\s*$", before) or re.search(
        r"\bln\.?\s*$", before
    ):
        return None  # "page 1 of 1", "sheet 2 of 3", "LN 001"
    if (
        label
        and _ORDER_NUMBER_BEFORE.search(low, max(0, s - 30), s)
        # ("thanks for your order 10k sets": a count in thousands with its unit)
        and not (raw.endswith("k") and after is not None)
    ):
        return None
    if s > 1 and low[s - 1] in ".," and low[s - 2].isdigit():
        return None  # the decimals of a price such as 4.50
    if _PER_PACKAGE.match(low, e):
        return None  # "250 pcs per KLT": a packaging count
    if re.search(r"\d\s*[x\u00d7]\s*$", low[max(0, s - 8) : s]) or re.match(
        r"\s*[x\u00d7]\s*\d", low[e : e + 8]
    ):
        return None  # "118 x 42 x 31 mm": a dimension
    if (
        after is None
        and raw.isdigit()
        and int(raw) < 10
        and _SEQUENCE_BEFORE.search(low, max(0, s - 16), s)
    ):
        return None  # "release 1", "call-off 2": which one, not how many
    if (
        after is None
        and raw.isdigit()
        and int(raw) < 100
        and _SEQUENCE_OF_BEFORE.search(low, max(0, s - 24), s)
    ):
        return None  # "release 1 of 3": how many releases, not how many parts
    if (
        after is None
        and raw.isdigit()
        and int(raw) < 100
        and _ONE_SAMPLE_BEFORE.search(low, max(0, s - 12), s)
        and _VERB_AFTER.match(low, e)
    ):
        return None  # "the weld seam on sample 4 is acceptable": which sample
    if _SPLIT_AFTER.match(low, e):
        return None  # "in 5 lots of 498 pcs": how deliveries are split, not a count of parts
    if (
        s > 0
        and low[s - 1] == "("
        and low[e : e + 1] == ")"
        and not _digits_after_words(low, s, e)
        and (after is None or len(raw) == 1)
    ):
        return None  # "(1) sample sign-off and (2) a written release": an enumeration
    if re.match(r" \d/\d|\"|''", low[e : e + 4]):
        return None  # "1 1/2\" BSP", "stern cleat 6\"": a size
    if re.match(r"-[a-z]", low[e : e + 2]) and after is None:
        return None  # "the two-colour version", "a one-off", "9-pin": an adjective, not a count
    if _CURRENCY_BEFORE.search(low, max(0, s - 5), s):
        return None  # "£2,790.00", "EUR 500": a price
    if raw.isdigit() and _GENERIC_UNIT.match(low, e) is None:
        norm = _NORM_BEFORE.search(low, max(0, s - 12), s)
        if norm is not None and (norm.group(1) != "en" or len(raw) >= 4):
            return None  # "ISO 13485 supplier requirements", "EN 10204", "VDA 2": a standard
    if raw[0] == "0" and len(raw) > 1 and (raw.isdigit() or raw[1] in ".,"):
        return None  # "03", "0815": a code or a revision; "0.018": a decimal, not a count
    value = parse_number(raw)
    if value is None or value <= 0 or value > 10_000_000:
        return None
    is_word = not raw[0].isdigit()
    if is_word and value == 1 and not raw.startswith("a ") and unit is None:
        return None  # "one" is too often a pronoun ("one of the samples", "the only one who signs")
    if is_word and raw.startswith("a ") and after is None:
        return None
    if (
        not is_word
        and "." in raw
        and not re.search(r"\.\d{3}$|\dk$", raw)
        and not (unit is not None and re.search(r"[.,]00$", raw))
    ):
        return None  # a decimal, not a count ("1.5k" is 1,500; "10.00 Units" is 10)
    if not is_word and len(re.sub(r"\D", "", raw)) >= 7 and after is None:
        return None
    if not is_word and unit is None and 1990 <= value <= 2099 and raw.isdigit():
        return None  # a year ("for 2025 and commits": no unit, so no count)
    return Quantity(value, s, e)


# the quantity column of an East European ERP print: Ukrainian and Russian (k-st', kol-vo),
# Czech, Lithuanian, Estonian, Latvian, Finnish, Romanian
_EAST_QTY = (
    r"к-сть|кількість|кол-во|количество|колич\.?|množství|mnozstvi|kiekis|kogus|daudzums|"
    r"määrä|maara|cantitate|cant\.?"
)
_HEADER_CELL = re.compile(
    r"\s*(?:(?:sample|prod\.?|production|order|release[d]?|ordered|open)\s+)?"
    r"(?:qty\.?|quantity|menge|allocation)(?:\s*\((?:pcs|ea|units)\))?\s*|\s*pcs\s*"
    r"|\s*(?:production |series )?(?:lot|batch|run) size\s*"  # the run a sample PO looks ahead to
    # a bilingual or annotated header: "Mennyiseg / Qty (db)", "Qty released (pcs)"
    r"|(?![^|]*\b(?:forecast|fcst|plan|planned|open|not released|balance)\b)"
    r"[^|\d]{0,25}\b(?:qty|q'ty|q\.ty|qtd|qtde|quantity|menge|mennyis[eé]g|ilo[sś][cć]|antal|aantal|cantidad|cant|"
    r"quantit[àa]|quantit[ée]|qt[ée]|" + _EAST_QTY + r")\b\.?[^|\d(]{0,30}"
    # a reference in brackets after it: "Production qty (quote TY-Q-2291)"
    r"(?:\([^()|\n]{0,40}\)[^|\d(]{0,20})?"
)
_PLAIN_HEADER = re.compile(
    r"\b(?:qty|q'ty|q\.ty|qtd|qtde|quantity|menge|anzahl|antal|aantal|qte|qté|quantité|cantidad|cant|"
    r"quantità|qta|"
    r"ilość|ilosc|mängd|" + _EAST_QTY + r")\b"
)
# A row under a plain "Qty" header: opened by a line number, a part number, or a short label
# ("Samples 20 18.00", "Production 2,000 6.25 12,500.00").
_PLAIN_ROW = re.compile(
    r"\s*(?:\d{1,6}\s|\d{1,3}(?:[,.']\d{3})+\s|[a-z]{2,6}-\d|[a-z][\w ,()/.-]{0,40}?\s\d)"
)
# A line of prose under a table ("Please proceed with production of the full 12,000 pcs in the
# two deliveries above."): the table has ended.
_PROSE_LINE = re.compile(
    r"(?:\S+\s+){7,}\S*(?:[.!?:;]\s*$|[.!?]\s)"
    # a wrapped sentence: "Line 20 is released only by a written release from Karin Ek, ..."
    r"|(?=(?:\S+\s+){7,})[^\n]*\b(?:is|are|will|shall|must|may)\b"
)
_ROW_NOT_COUNT = re.compile(
    # "6 weeks" is a duration; "600 week 29, FOB Bilbao" a count before its delivery week
    r"\s*(?:(?:(?:working|business|calendar|man)\s+)?(?:days?|weeks?(?!\s*\d)|months?|years?|hours?|hrs?|"
    r"mins?|minutes?|secs?|seconds?|mm|cm|kg|kv|v|hz|d[ií]as|tage|jours|giorni|dni|"
    # "50 USD 6.10": 50 at USD 6.10 each
    r"dagen|dage|k|w|kw(?!\s*\d{1,2}\b)|lm|mah|ah|wh|bar|psi|mpa|t|tonnes?|tons?|lbs?|m2|m²|m3|l|"
    # ("375 ml flint flask": a size in the description, before the count)
    r"litres?|liters?|ml|cl|oz|fl\.? ?oz|gsm|um|µm|μm|microns?|nm)\b"
    r"|%|°|(?:eur|usd|gbp)\b(?!\s*\d))"
)
# a line that ends as a sentence ("Material authority: sample order quantity only."), no header
_SENTENCE_END = re.compile(r"\b(?:only|not|is|are|be|the|will|shall)\b(?:[^\n]*[a-z])?[.!]\s*$")
_ROW_PRICE = re.compile(r"\d[.,]\d{2}(?!\d)")
_ROW_NUMBER = re.compile(rf"(?<![\w.,/'^-])({_DIGITS})(?![\w.,/'-]|\.\d|,\d)")
# (a lone "en" is also Spanish and French for "in": "fabricar en 300 piezas")
_NORM_BEFORE = re.compile(
    r"\b(iso|en|din|iec|astm|asme|api|ul|bs|jis|gb|ansi|sae|nema|vda|iatf|ts)"
    r"(?:[ -](?:en|iso|iec))?\s?-?$"
)
_CURRENCY_BEFORE = re.compile(
    r"(?:[$€£¥]|\b(?:chf|eur|usd|gbp|cny|rmb|inr|rs\.?|pln|czk|huf|dkk|sek))\s?$"
)


def table_quantities(
    text: str, low: str
) -> tuple[list[Quantity], list[tuple[int, int]], set[int], set[int]]:
    """Numbers in the 'Qty' column of tables. Rows rendered as 'a | b | c' use the column
    index; rows from PDFs (cells set apart by spaces) use the first whole number after the
    line number that is not a price, a part number or a PO number. Also returns the spans of
    the 'a | b | c' rows read by column: their other numbers (prices, amounts) are no counts,
    where the quantities under a 'Released quantity' column start, and where the line numbers
    that open the rows of a plain table whose first column is the line ("Line P/N Description
    Qty ...") start: they count nothing."""
    found: list[Quantity] = []
    positions: set[int] = set()
    numbered = awaiting = False
    rows: list[tuple[int, int]] = []
    released: set[int] = set()
    released_column = False
    columns: list[int] = []
    fixed: list[tuple[int, int]] = []
    plain_header = False
    pos = 0
    for line in text.split("\n"):
        line_low = low[pos : pos + len(line)]
        if "|" in line_low:
            plain_header = False
            cells = line_low.split("|")
            header = [i for i, c in enumerate(cells) if _HEADER_CELL.fullmatch(c)]
            if header and any(_BARE_NUMBER.fullmatch(c) for c in cells):
                # a labelled row, not a header: "Released quantity (this release) | 500"
                header = []
            if header:
                columns = header
                released_column = any(_RELEASED_HEADER.search(cells[i]) for i in header)
            elif columns:
                rows.append((pos, pos + len(line)))
                for column in columns:
                    if column >= len(cells):
                        continue
                    offset = pos + sum(len(c) + 1 for c in cells[:column])
                    # "3.8" (kg), "9 t", "EUR 12.50" are no counts
                    numbers = _row_numbers(cells[column])
                    m = numbers[0] if numbers else None
                    value = parse_number(m.group(1)) if m else None
                    if m and value:
                        found.append(Quantity(value, offset + m.start(1), offset + m.end(1)))
                        if released_column:
                            released.add(offset + m.start(1))
        elif not line_low.strip():
            plain_header = False  # HTML tables put a blank line between rows: keep the column
        elif _RULE_LINE.fullmatch(line_low):
            pass  # a ruled line under a header ("---+-----+---"): the table goes on
        elif (
            _PLAIN_HEADER.search(line_low)
            and not re.search(r"\d", line_low)
            and not _SENTENCE_END.search(line_low)
        ):
            columns, plain_header = [], True
            numbered = bool(_POSITION_HEADER.match(line_low))
            awaiting = False  # a row's line number was read, its count not yet
            fixed = _fixed_columns(line_low)
            released_column = bool(_RELEASED_HEADER.search(line_low))
        elif plain_header and (_PROSE_LINE.match(line_low) or line_low.rstrip().endswith(":")):
            plain_header = False  # prose, or a heading such as "HEADER TEXT:", ends the table
        elif plain_header and _PLAIN_ROW.match(line_low):
            opening = _ROW_OPENING_NUMBER.match(line_low) if numbered else None
            if opening is not None:
                positions.add(pos + opening.start(1))
                awaiting = True
            m = _under(line_low, fixed) if fixed else None
            if m is None and awaiting and opening is None:
                # the wrapped row's count with its thousands set apart by a space, no line
                # number before it: "1 960 9,80 € NON LANCÉE" under "2 SL-40 Serrure ..."
                m = _SPACED_COUNT.match(line_low)
            # (a row's wrapped count line, "8 255,00 2 040,00", opens with the count)
            m = m or _row_quantity(line_low, not (awaiting and opening is None))
            if m and opening is not None and m.start(1) == opening.start(1):
                m = None  # "1 ANAT-SC-770-02 Seat cover, ... AS PER QUOTE": line 1, no count
            if m is None and awaiting and opening is None:
                # the count of the row opened above, wrapped onto a line of its own with its
                # scope and price: "1 GMA-HRC-402 / Headrest / cover, / 12 FAI 58.00"
                m = _WRAPPED_COUNT.match(line_low)
            if m is not None:
                awaiting = False
            if m and (
                _wrapped_label(text, low, pos, m, line_low)
                or _ROW_NOT_COUNT.match(low, pos + m.end(1))
            ):
                m = None  # a cell wrapped around its number: "Class\n300 RF", "1200\nmm"
            value = parse_number(m.group(1)) if m else None
            # a size wrapped onto the next line ("fitting 1\n1/2\" BSP") is not a count
            if m and value and not re.match(r" \d+/\d", low[pos + m.end(1) : pos + m.end(1) + 5]):
                found.append(Quantity(value, pos + m.start(1), pos + m.end(1)))
                if released_column:
                    released.add(pos + m.start(1))
        else:
            columns = []  # prose after a table ends it
        pos += len(line) + 1
    return found, rows, released, positions


_BARE_NUMBER = re.compile(r"\s*\d{1,3}(?:[,.' ]\d{3})*\s*")


def _wrapped_label(text: str, low: str, pos: int, m: re.Match[str], line_low: str) -> bool:
    """Whether a label stands right before a row's number ("Class\n300 RF"); a label word
    ending the line above a count and its price ("medical grade" above "4,000 0.62") is the
    end of a description, not a label."""
    label = _ROW_LABEL_BEFORE.search(low, max(0, pos + m.start(1) - 14), pos + m.start(1))
    if label is None:
        return False
    return not ("\n" in text[label.start() : pos] and _ROW_PRICE.search(line_low, m.end(1)))


# A plain table's header whose first column is the line's position ("Line P/N Description Qty",
# "Pos. Material Menge", "Ln Item Description Qty"), not its quantity ("No. of pcs", "Line qty")
_POSITION_HEADER = re.compile(
    r"\s*(?:line|ln|pos|position|item|itm|no|nr|sr|sl|s/n|lfd|#|ligne|l[ií]nea|riga|zeile|rad|"
    r"poz|pozycja|polo[zž]ka|s(?:\u0131|i)ra)\b\.?"
    r"(?!\s*(?:of|qty|quantity|q'ty)\b)"
)
# a line number before the item's code ("1 ANAT-SC-770-02", "20 BRKT100"); not a count wrapped
# onto a line of its own ("6 EA 96.00 576.00")
_ROW_OPENING_NUMBER = re.compile(
    r"\s*(\d{1,4})\s+(?=[a-z]{1,8}-(?:[\w-]*\d|[a-z]+-)|\d+-\w|[a-z]{2,8}\d)"
)
# a row's count on a line of its own, with a word of scope or unit and its price: "12 FAI 58.00"
_SPACED_COUNT = re.compile(r"\s*(\d{1,3}(?: \d{3})+)(?= [^\d\s]| \d+[.,]\d\d(?!\d)|\s*$)")
_WRAPPED_COUNT = re.compile(r"\s*(\d{1,6}|\d{1,3}(?:[,.']\d{3})+) [a-z]{2,12}\.? \d[\d.,]*\d\s*$")
_RULE_LINE = re.compile(r"[\s\-+=_:]+")
_RELEASED_HEADER = re.compile(
    # (and a confirmation's "Qty confirmed" column: what the supplier will make)
    r"\breleas\w*|\brel\.? ?qty\b|\bfreigegeben|\bliberad[ao]|\bqty confirmed\b|"
    r"\bconfirmed (?:qty|quantity)\b|\bquantity confirmed\b"
)
_HEADER_NAME = re.compile(r"\S+(?: \S+)*")


_QTY_QUALIFIER = re.compile(r"\b(?:qty|quantity)[- ]?(?:type|unit|uom|code|qualifier)\b")


def _fixed_columns(header: str) -> list[tuple[int, int]]:
    """The character spans of the quantity columns of a fixed-width header ("LN  PART NUMBER
    REV  DESCRIPTION   LINE QTY  REL  REL QTY  DUE"): names set apart by two spaces or more.
    A released-quantity column, where there is one, is the quantity released; else the first."""
    names = [(m.start(), m.end(), m.group()) for m in _HEADER_NAME.finditer(header)]
    if len(names) < 4:
        return []
    # (not a qualifier's column: "QTY-TYPE" above "FIRM CALL-OFF", "QTY UNIT")
    qty = [
        (a, b, name)
        for a, b, name in names
        if _PLAIN_HEADER.search(name) and not _QTY_QUALIFIER.search(name)
    ]
    released = [(a, b) for a, b, name in qty if re.search(r"\brel", name)]
    return released or [(a, b) for a, b, _ in qty[:1]]


def _under(line_low: str, columns: list[tuple[int, int]]) -> re.Match[str] | None:
    """The whole number of a row that sits under one of the header's quantity columns."""
    for a, b in columns:
        for m in _row_numbers(line_low):
            if m.start(1) < b + 2 and m.end(1) > a - 2:
                return m
    return None


_PO_NUMBER = re.compile(
    r"\b(?:p\.?\s?o\.?|purchase\s+order)\s*(?:no\.?|number|nr\.?|num\.?|#)?\s*[:#]?\s*"
    r"(?P<po>[a-z]{0,4}-?\d[\d-]{3,14})\b"
)


def find_po_numbers(low: str) -> list[tuple[str, int, int]]:
    """PO numbers as written after 'PO', 'P.O. No.', 'purchase order #'."""
    return [(m.group("po").upper(), m.start("po"), m.end("po")) for m in _PO_NUMBER.finditer(low)]


_PART_NUMBER = re.compile(r"\b(?P<pn>[a-z]{2,6}-\d{2,6}(?:-[a-z0-9]{1,4})?)\b")


def find_part_numbers(low: str) -> list[tuple[str, int, int]]:
    return [
        (m.group("pn").upper(), m.start("pn"), m.end("pn"))
        for m in _PART_NUMBER.finditer(low)
        if not m.group("pn").startswith(("po-", "ord-", "rg0", "rg1", "iso-", "din-"))
    ]


def _row_number(text: str, quantity: Quantity) -> bool:
    """'1 | KN-2 knob | 300': a number that opens a table row is the row's position."""
    line_start = text.rfind("\n", 0, quantity.start) + 1
    return not text[line_start : quantity.start].strip() and text[
        quantity.end : quantity.end + 3
    ].lstrip().startswith("|")


# "rev 07", "LEVEL 3", "TEL +48 71 390" before a number in a row: a label's value, not a count.
_ROW_LABEL_BEFORE = re.compile(
    r"\b(?:rev|revision|issue|iss|ind|idx|index|version|v|t|dc|class|level|lvl|grade|edition|dwg|"
    r"drg|drawing|zeichnung|p/n|pn|art|part no|ral|pantone|ø|⌀|dia|gr|classe|klasse|clase|"
    # a row's own number: "No. 2 (this) 800 wk 30 released"
    r"no(?=\.)|nr|"
    # a place: "pilot lot for Room 3", "Block 11", "Bay 4"
    r"room|hall|block|bay|zone|area|gate|dock|building|bldg|floor|"
    # a delivery week: "20 pcs 38.40 CW 22"
    r"cw|kw|wk|week|semana|sem|woche|"
    # standards and ratings: "API 607", "Class 300", "DN150", "EN 10204"
    r"api|iso|en|din|astm|asme|ansi|ul|iec|sae|dn|nps|vda|aiag|aisi|"
    # a day after its month: "as agreed in our call of May 14"
    + MONTH
    + r")\.?\s*[=:]?\s*$|\b(?:tel|phone|fax)\.?\s*:?\s*(?:\+?\d+\s+)*$"
)


# "1 Getriebegehäuse": a row's position before its title ("8 Released", "294 On hold": a count
# before its status)
_ROW_TITLE_AFTER = re.compile(
    r" +(?!(?:released?|open|on|hold|held|not|pending|approved|confirmed|ok|blocked|frozen|"
    r"firm|planned|forecast|free|freigegeben|gesperrt|shipped|delivered|week|wk|kw|cw|due|"
    r"eur|usd|gbp|chf|cny|rmb|"
    r"inr|jpy|pln|czk|huf|dkk|sek|nok|mxn|brl|try|krw|vnd|thb|aud|cad)\b)"
    r"(?:[a-zäöüßéèàçñ]{3,}|[a-z]{1,6}[-/][\w-]+|\d+[-/][\w-]+)"
)


def _row_quantity(line_low: str, opens_row: bool = True) -> re.Match[str] | None:
    """The quantity cell of a plain table row: a whole number followed by a unit, else the
    last whole number before the first price, else the first whole number (the line number
    that opens a row is skipped, unless the line continues a row whose number was read:
    ``opens_row`` false; durations, sizes and long identifiers are not counts)."""
    numbers = _row_numbers(line_low)
    if opens_row and len(numbers) >= 2 and re.match(r"\s*\d{1,3}\b", line_low):
        numbers = numbers[1:]  # the line number
    if not numbers:
        return None
    return _pick(line_low, numbers)


def _row_numbers(line_low: str) -> list[re.Match[str]]:
    """The whole numbers of a row that can be counts: durations, sizes, ratings, prices, tax
    rates and long identifiers are not."""
    return [
        m
        for m in _ROW_NUMBER.finditer(line_low)
        # a long bare number is an identifier; "500,000" is a count
        if (len(re.sub(r"\D", "", m.group(1))) < 6 or re.search(r"[,.'\u202f ]\d{3}$", m.group(1)))
        and not (m.group(1)[0] == "0" and len(m.group(1)) > 1)  # "03", "0.018"
        and not _ROW_NOT_COUNT.match(line_low, m.end())
        and not _DIMENSION_AFTER.match(line_low, m.end())
        and not _INCHES_AFTER.match(line_low, m.end())
        and not _ALLOY_BEFORE.search(line_low, max(0, m.start() - 14), m.start())
        and not _ROW_LABEL_BEFORE.search(line_low, max(0, m.start() - 12), m.start())
        and not _PER_PACKAGE.match(line_low, m.end())
        # "Cube d'activités 5 faces", "all six tints": a feature or a variant, no count
        and not _never_parts_after(line_low, m.end())
        # ("SUMMA SEK      129 000,00": a currency set apart by the table's spacing)
        and not _CURRENCY_BEFORE.search(line_low[max(0, m.start() - 12) : m.start()].rstrip())
        and not re.match(r" \d/\d|/\d|\"|''", line_low[m.end() : m.end() + 4])  # 1 1/2" BSP, 6"
        and not (
            line_low[m.start() - 1 : m.start()] == "(" and line_low[m.end() : m.end() + 1] == ")"
        )
    ]


def _never_parts_after(line_low: str, end: int) -> bool:
    word = _FIRST_WORD_AFTER.match(line_low, end)
    return word is not None and word.group(1) in _NEVER_PARTS


def _pick(line_low: str, numbers: list[re.Match[str]]) -> re.Match[str] | None:
    """The count among a row's numbers: the one with a unit, else the last before the price."""
    if (
        len(numbers) == 1
        and not line_low[: numbers[0].start()].strip()
        and _ROW_TITLE_AFTER.match(line_low, numbers[0].end())
        and not _AFTER_RE.match(line_low, numbers[0].end())
    ):
        return None  # "1 Getriebegehäuse /": the row's position, its count is on a later line
    with_unit = [m for m in numbers if _AFTER_RE.match(line_low, m.end())]
    if with_unit:
        return with_unit[0]
    numbers = [m for m in numbers if not re.fullmatch(r"(?:199|20[0-9])\d", m.group(1))]
    if not numbers:
        return None  # "GENERAL TERMS 2023 APPLY": a year
    price = _ROW_PRICE.search(line_low)
    if price is not None:
        before = [m for m in numbers if m.end() <= price.start()]
        if before:
            return before[-1]
    return numbers[0]


# Above one anchor word per this many characters, cutting the whole text at once is cheaper
# than cutting the stretches around each word.
_DENSE = 80


class Segmented:
    """One part of a document, cut into sentences, with its quantities in document order.

    Both are found on demand. A rule asks for the sentences that hold its words (see
    :meth:`candidates`), so only the stretches of text around those words are cut into
    sentences: a sentence never runs over a line break that ends one, so each such stretch is
    cut exactly as a cut of the whole text would cut it. Quantities likewise: most rules ask
    only for those of a few sentences, so a long document is not scanned number by number
    unless a rule needs all of them."""

    def __init__(self, text: str, low: str, index: AnchorIndex | None = None) -> None:
        self.text = text
        self.low = low
        self._index = index
        # Stretches already cut: their (start, end), sorted, and their sentences.
        self._spans: list[tuple[int, int]] = []
        self._cut: dict[int, list[Sentence]] = {}
        # Table columns need the lines above a row, so such text is read whole, up front.
        self._tables = "|" in text or bool(_PLAIN_HEADER.search(low))
        self._ranges: dict[tuple[int, int], list[Quantity]] = {}
        # by (id of the pattern, at_start), with the pattern: hashing a pattern is slow
        self._found: dict[tuple[int, bool], tuple[re.Pattern[str], list[Sentence]]] = {}
        self._column_starts: set[int] = set()
        self._released_starts: set[int] = set()

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Every sentence of the part, in order."""
        return split_sentences(self.text, self.low)

    @cached_property
    def _s_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Every quantity of the part (prose and table columns), in document order."""
        quantities = find_quantities(self.low)
        if self._tables:
            quantities = [q for q in quantities if not _row_number(self.text, q)]
            seen = {q.start for q in quantities}
            column, rows, released, positions = table_quantities(self.text, self.low)
            quantities = [q for q in quantities if q.start not in positions]
            self._column_starts = {q.start for q in column}
            self._released_starts = released
            # the last cell of a row read by column ("| 18,500 | 555,000") takes no unit from
            # the lines below it ("Unit price is applied ..."): an amount, not a count
            quantities = [
                q
                for q in quantities
                if not (
                    any(a <= q.start < b for a, b in rows)
                    and not self.text[q.end :].split("\n", 1)[0].strip()
                    and q.start not in self._column_starts
                )
            ]
            quantities += [q for q in column if q.start not in seen]
            quantities.sort(key=lambda q: q.start)
        return quantities

    @property
    def released_column_starts(self) -> set[int]:
        """Where the quantities under a 'Released quantity' column start (text without a table
        has none, and is not scanned for them)."""
        if not self._tables:
            return set()
        self.quantities  # noqa: B018 -- reading the quantities reads the columns
        return self._released_starts

    @property
    def column_starts(self) -> set[int]:
        """Where the quantities read from a table's quantity column start."""
        if not self._tables:
            return set()
        self.quantities  # noqa: B018 -- reading the quantities reads the columns
        return self._column_starts

    @cached_property
    def _q_starts(self) -> list[int]:
        return [q.start for q in self.quantities]

    # -------------------------------------------------------------- sentences, found locally

    def _stretch(self, offset: int) -> tuple[int, int, list[Sentence]]:
        """The stretch of text around the offset between two line breaks that end a sentence,
        and its sentences (cut once, then kept)."""
        spans = self._spans
        i = bisect_right(spans, (offset, len(self.text) + 1)) - 1
        if i >= 0 and spans[i][0] <= offset < spans[i][1]:
            return spans[i][0], spans[i][1], self._cut[spans[i][0]]
        text = self.text
        start = offset
        while True:
            brk = text.rfind("\n", 0, start)
            if brk == -1 or _breaks(text, brk):
                start = brk + 1
                break
            start = brk
        end = offset
        while True:
            brk = text.find("\n", end)
            if brk == -1:
                end = len(text)
                break
            if _breaks(text, brk):
                end = brk
                break
            end = brk + 1
        if start not in self._cut:
            insort(spans, (start, end))
            self._cut[start] = split_sentences(text, self.low, start, end)
        return start, end, self._cut[start]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the offset, or None between sentences."""
        if "sentences" in self.__dict__:
            i = self.sentence_index(offset)
            return None if i is None else self.sentences[i]
        if not 0 <= offset < len(self.text):
            return None
        for s in self._stretch(offset)[2]:
            if s.start <= offset < s.end:
                return s
        return None

    def first_sentence(self) -> Sentence | None:
        if "sentences" in self.__dict__:
            return self.sentences[0] if self.sentences else None
        at = 0
        while at < len(self.text):
            _, end, cut = self._stretch(at)
            if cut:
                return cut[0]
            at = end + 1
        return None

    def next_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence after this one, if any."""
        if "sentences" in self.__dict__:
            i = self.sentence_index(sentence.start)
            if i is None or i + 1 >= len(self.sentences):
                return None
            return self.sentences[i + 1]
        _, end, cut = self._stretch(sentence.start)
        while True:
            after = [s for s in cut if s.start > sentence.start]
            if after:
                return after[0]
            if end + 1 >= len(self.text):
                return None
            _, end, cut = self._stretch(end + 1)

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence before this one, if any."""
        if "sentences" in self.__dict__:
            i = self.sentence_index(sentence.start)
            return self.sentences[i - 1] if i else None
        start, _, cut = self._stretch(sentence.start)
        while True:
            before = [s for s in cut if s.end <= sentence.start]
            if before:
                return before[-1]
            if start == 0:
                return None
            start, _, cut = self._stretch(start - 1)

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence that holds the offset, or None between sentences
        (this cuts the whole text)."""
        i = bisect_right(self._s_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    @cached_property
    def _hits(self) -> dict[str, list[int]]:
        if self._index is None:
            return {}
        hits = self._index.scan(self.low)
        if sum(map(len, hits.values())) * _DENSE > len(self.low):
            self.sentences  # noqa: B018 -- words everywhere: one cut of the whole text is cheaper
        return hits

    def candidates(self, pattern: re.Pattern[str], at_start: bool = False) -> list[Sentence]:
        """The sentences in which the pattern matches (at their start, with ``at_start``),
        found once per part and kept."""
        key = (id(pattern), at_start)
        kept = self._found.get(key)
        if kept is None or kept[0] is not pattern:  # (an id is reused only once freed)
            kept = self._found[key] = (pattern, self._candidates(pattern, at_start))
        return kept[1]

    def _candidates(self, pattern: re.Pattern[str], at_start: bool) -> list[Sentence]:
        """Only sentences that hold one of the pattern's anchor words (see :mod:`anchors`) are
        cut and searched; a pattern without anchors is searched in every sentence."""
        index = self._index
        anchors = index.anchors(pattern) if index is not None else None
        test = pattern.match if at_start else pattern.search
        if index is None or anchors is None:
            return [s for s in self.sentences if test(s.low)]
        branches = index.branches(pattern)
        if branches is not None:
            return self._branch_candidates(branches, at_start)
        offsets = sorted(
            _first_letter(at, word)
            for word, ats in self._hits.items()
            if word in anchors
            for at in ats
        )
        found = {s.start: s for _, s in self._holding(offsets)}
        return [found[k] for k in sorted(found) if test(found[k].low)]

    def _branch_candidates(self, branches: Branches, at_start: bool) -> list[Sentence]:
        """A large alternation cut into its alternatives (see :class:`anchors.Branches`): each
        sentence that holds some alternative's words is searched with those alternatives only."""
        held = sorted(
            (_first_letter(at, word), word)
            for word, ats in self._hits.items()
            if word in branches.by_word
            for at in ats
        )
        found: dict[int, tuple[Sentence, set[str]]] = {}
        for k, s in self._holding([offset for offset, _ in held]):
            found.setdefault(s.start, (s, set()))[1].add(held[k][1])
        return [
            found[k][0]
            for k in sorted(found)
            if branches.any_matches(found[k][0].low, found[k][1], at_start)
        ]

    def _holding(self, offsets: list[int]) -> Iterator[tuple[int, Sentence]]:
        """For each of the sorted offsets that lies in a sentence, its index and that sentence
        (from the whole cut when there is one, else from the stretches cut around them)."""
        end = -1
        if "sentences" in self.__dict__:
            sentences, starts = self.sentences, self._s_starts
            current: Sentence | None = None
            for k, offset in enumerate(offsets):
                if offset >= end:
                    i = bisect_right(starts, offset) - 1
                    if i < 0 or offset >= sentences[i].end:
                        continue  # between sentences
                    current, end = sentences[i], sentences[i].end
                if current is not None:
                    yield k, current
        else:
            cut: list[Sentence] = []
            for k, offset in enumerate(offsets):
                if offset >= end:
                    _, end, cut = self._stretch(offset)
                for s in cut:
                    if s.start <= offset < s.end:
                        yield k, s
                        break

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether the pattern matches inside some sentence."""
        return bool(self.candidates(pattern))

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        """The quantities that start in [start, end)."""
        if self._tables or "quantities" in self.__dict__ or not _local(self.low, start):
            return self.quantities[
                bisect_left(self._q_starts, start) : bisect_right(self._q_starts, end - 1)
            ]
        key = (start, end)
        found = self._ranges.get(key)
        if found is None:
            found = self._ranges[key] = find_quantities(self.low, start, end)
        return found


def _first_letter(at: int, word: str) -> int:
    """Where an anchor word's first letter is: it lies in the sentence that holds the word
    (sentences are the text between boundaries, with the surrounding spaces stripped)."""
    return at + len(word) - len(word.lstrip())


def segment(text: str, index: AnchorIndex | None = None) -> Segmented:
    return Segmented(text, fold(text), index)
