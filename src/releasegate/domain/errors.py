"""One error root. Every refusal carries the rule it enforces."""

from __future__ import annotations


class ReleaseGateError(Exception):
    """Root of every error releasegate reports to a user; ``rule`` names what was violated."""

    rule: str = "error"

    def __init__(self, message: str, rule: str | None = None) -> None:
        super().__init__(message)
        if rule is not None:
            self.rule = rule

    @property
    def message(self) -> str:
        return str(self.args[0])


class BadInput(ReleaseGateError):
    """The input itself is wrong: unknown name, bad number, bad option (CLI exit 2)."""

    rule = "bad-input"


class NotFound(BadInput):
    """The input names something that does not exist (CLI exit 2; HTTP 404)."""

    rule = "not-found"


class Refused(ReleaseGateError):
    """A well-formed command that a rule of the register refuses (CLI exit 3)."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message, rule)


# The rule names a refusal can carry; docs/rules.md explains each one.
OVER_PRODUCTION = "over-production"
OVER_RELEASE = "over-release"
OVER_MATERIAL = "over-material"
OVER_SHIPMENT = "over-shipment"
UNLOCK_EVENT_MISSING = "unlock-event-missing"
NOT_AUTHORIZED = "not-authorized"
OVER_LIMIT = "over-limit"
NEEDS_SECOND_APPROVER = "needs-second-approver"
STOPPED = "stopped"
NOT_STOPPED = "not-stopped"
COVER_BELOW_RELEASED = "cover-below-released"
DUPLICATE = "duplicate"
NO_REJECTION = "no-rejection"
ALREADY_ACKNOWLEDGED = "already-acknowledged"

RULES: dict[str, str] = {
    OVER_PRODUCTION: "production would exceed the released quantity",
    OVER_RELEASE: "a release would exceed commercial cover, or sample lines the sample quantity",
    OVER_MATERIAL: "material bought or staged would exceed the material authority or cover",
    OVER_SHIPMENT: "shipments would exceed the quantity produced",
    UNLOCK_EVENT_MISSING: "the PO's unlock event has not happened (and was not waived)",
    NOT_AUTHORIZED: "the acting member lacks the role, or belongs to a party not on the order",
    OVER_LIMIT: "the quantity exceeds the member's release limit",
    NEEDS_SECOND_APPROVER: "the PO asks for a second, different release-authority member",
    STOPPED: "a stop is in force on the order",
    NOT_STOPPED: "resume was asked but no stop is in force",
    COVER_BELOW_RELEASED: "a PO revision would cut commercial cover below what is released",
    DUPLICATE: "the name or PO number is already taken",
    NO_REJECTION: "a new sample round needs the current round's samples to be rejected",
    ALREADY_ACKNOWLEDGED: "the supplier already acknowledged this PO revision",
}
