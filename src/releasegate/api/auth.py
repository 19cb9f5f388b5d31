"""Who is asking: a member logged in with a password (a session) or an API token.

Both are bearer secrets, random, stored only as their SHA-256, and expiring. A token acts for
its party with its roles; it never holds release-authority (a release is a named person's act).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error

from releasegate.domain.authority import Member
from releasegate.domain.errors import BadInput, NotFound
from releasegate.domain.vocabulary import Role
from releasegate.services.register import Register
from releasegate.storage.accounts import ApiToken

SESSION_PREFIX = "rgs_"
TOKEN_PREFIX = "rgt_"
TOKEN_ROLES = frozenset(Role) - {Role.RELEASE_AUTHORITY}
_hasher = PasswordHasher()


class Unauthenticated(Exception):
    pass


@dataclass(frozen=True)
class Principal:
    """The caller, as the register's rules see it, and the name its idempotency keys live under."""

    actor: Member
    key: str  # member name, or token:<id>
    token_id: str | None = None

    @property
    def party(self) -> str:
        return self.actor.party


def _now(register: Register) -> dt.datetime:
    return register.clock().astimezone(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise BadInput("a password needs at least 8 characters")
    return _hasher.hash(password)


def set_password(register: Register, member: str, password: str) -> None:
    with register.store.write():
        if register.member(member) is None:
            raise NotFound(f"unknown member {member!r}")
        register.accounts.set_password_hash(member, hash_password(password))


def login(register: Register, member: str, password: str, hours: float) -> tuple[str, str]:
    """A new session token and its expiry, or Unauthenticated (the same for any wrong input)."""
    stored = register.accounts.password_hash(member)
    try:
        if stored is None or not _hasher.verify(stored, password):
            raise Unauthenticated("wrong member or password")
    except Argon2Error:
        raise Unauthenticated("wrong member or password") from None
    token = SESSION_PREFIX + secrets.token_urlsafe(32)
    expires = _iso(_now(register) + dt.timedelta(hours=hours))
    with register.store.write():
        register.accounts.add_session(token, member, expires)
    return token, expires


def logout(register: Register, token: str) -> None:
    with register.store.write():
        register.accounts.end_session(token)


def create_token(
    register: Register,
    party: str,
    roles: frozenset[Role],
    label: str,
    days: int,
    created_by: str,
) -> tuple[str, ApiToken]:
    """A new API token (the secret is returned once, and stored only as its hash)."""
    if not roles:
        raise BadInput("a token needs at least one role")
    if Role.RELEASE_AUTHORITY in roles:
        raise BadInput("a token cannot hold release-authority: a release is a named person's act")
    if not 1 <= days <= 3650:
        raise BadInput("a token lives from 1 to 3650 days")
    if not label.strip():
        raise BadInput("a token needs a label saying what uses it")
    now = _now(register)
    record = ApiToken(
        id="tok_" + secrets.token_hex(6),
        party=party,
        roles=roles,
        label=label.strip(),
        created_by=created_by,
        created_at=_iso(now),
        expires_at=_iso(now + dt.timedelta(days=days)),
        revoked_at=None,
    )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with register.store.write():
        if register.store.party_kind(party) is None:
            raise NotFound(f"unknown party {party!r}")
        register.accounts.add_token(secret, record)
    return secret, record


def revoke_token(register: Register, token_id: str, party: str | None = None) -> ApiToken:
    with register.store.write():
        record = register.accounts.token(token_id)
        if record is None or (party is not None and record.party != party):
            raise NotFound(f"unknown token {token_id!r}")
        register.accounts.revoke_token(token_id, _iso(_now(register)))
    return record


def authenticate(register: Register, authorization: str | None) -> Principal:
    if not authorization or not authorization.startswith("Bearer "):
        raise Unauthenticated("log in first: send Authorization: Bearer <session or API token>")
    secret = authorization.removeprefix("Bearer ").strip()
    now = _iso(_now(register))
    if secret.startswith(SESSION_PREFIX):
        name = register.accounts.session_member(secret, now)
        member = register.member(name) if name else None
        if member is None:
            raise Unauthenticated("the session is unknown or has expired: log in again")
        return Principal(member, member.name)
    if secret.startswith(TOKEN_PREFIX):
        record = register.accounts.token_by_secret(secret)
        if record is None or record.revoked_at is not None or record.expires_at <= now:
            raise Unauthenticated("the API token is unknown, expired or revoked")
        actor = Member(f"token:{record.label}", record.party, record.roles, None)
        return Principal(actor, f"token:{record.id}", record.id)
    raise Unauthenticated("unrecognised bearer token")
