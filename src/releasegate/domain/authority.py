"""Who may do what: members, their roles and limits, and the guards that check them."""

from __future__ import annotations

from dataclasses import dataclass

from releasegate.domain.errors import NOT_AUTHORIZED, OVER_LIMIT, Refused
from releasegate.domain.vocabulary import Role


@dataclass(frozen=True)
class Member:
    """A person in a party. ``release_limit`` is the largest single release; None = no limit."""

    name: str
    party: str
    roles: frozenset[Role]
    release_limit: int | None = None

    def has(self, role: Role) -> bool:
        return role in self.roles


def check_role(member: Member, role: Role, party: str, doing: str) -> None:
    """Refuse unless ``member`` belongs to ``party`` and holds ``role``."""
    if member.party != party:
        raise Refused(
            NOT_AUTHORIZED,
            f"{member.name} is in {member.party}, which is not the {_side(role)} {party} "
            f"on this order, so may not {doing}",
        )
    if not member.has(role):
        raise Refused(
            NOT_AUTHORIZED,
            f"{member.name} of {party} lacks the {role.value} role needed to {doing}",
        )


def check_any_role(member: Member, roles: tuple[Role, ...], party: str, doing: str) -> None:
    """Refuse unless ``member`` belongs to ``party`` and holds one of ``roles``."""
    if member.party == party and any(member.has(r) for r in roles):
        return
    check_role(member, roles[0], party, doing)


def check_within_limit(member: Member, qty: int, doing: str) -> None:
    if member.release_limit is not None and qty > member.release_limit:
        raise Refused(
            OVER_LIMIT,
            f"{doing} {qty} exceeds {member.name}'s release limit of {member.release_limit}",
        )


def _side(role: Role) -> str:
    return "supplier" if role is Role.SUPPLIER_OPS else "buyer"
