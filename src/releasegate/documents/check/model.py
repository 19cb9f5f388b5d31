"""Values the checker hands back: findings, the files it read, and the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

RULE_NAMES: dict[str, str] = {
    "RG001": "quote-shows-unreleased-quantity",
    "RG002": "unscoped-approval",
    "RG003": "balance-not-on-hold",
    "RG004": "no-unlock-event",
    "RG005": "no-release-authority",
    "RG006": "material-beyond-release",
    "RG007": "implied-auto-conversion",
    "RG008": "forecast-as-firm",
    "RG009": "mixed-approval-terms",
    "RG010": "no-active-quantity",
    "RG011": "conflicting-quantities",
    "RG012": "payment-as-release",
}


@dataclass(frozen=True)
class Finding:
    """One risk: where it is (file, page, span), the sentence, why, and what to write instead.

    ``start``/``end`` are character offsets of the risky span in the part's extracted text;
    ``sentence_start`` is the offset of ``text`` (the sentence) in that same text. ``certain``:
    a reading so exact that the wording model may not drop it (not part of the output)."""

    rule: str
    name: str
    file: str
    page: int | None
    start: int
    end: int
    text: str
    message: str
    suggestion: str
    sentence_start: int
    certain: bool = field(default=False, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        del out["certain"]
        return out


@dataclass(frozen=True)
class FileInfo:
    """A part that was read (or skipped): its display name, type, pages and text length."""

    name: str
    type: str
    pages: int | None
    chars: int
    role: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    files: tuple[FileInfo, ...]
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()  # how the findings were reached, for the text report only

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": [f.to_dict() for f in self.files],
            "findings": [f.to_dict() for f in self.findings],
        }

    @property
    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}
