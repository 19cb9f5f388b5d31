"""Accounts of the shared service in SQL: password hashes, sessions, API tokens, and the
first result of each idempotent request. Secrets are stored hashed, never as given."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from releasegate.domain.vocabulary import Role
from releasegate.storage.sql_store import SqlStore


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ApiToken:
    id: str
    party: str
    roles: frozenset[Role]
    label: str
    created_by: str
    created_at: str
    expires_at: str
    revoked_at: str | None


class Accounts:
    """Account rows, on the register's own connection and transactions."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store

    def set_password_hash(self, member: str, password_hash: str) -> None:
        run = self.store._run
        if run("SELECT 1 FROM credentials WHERE member = ?", (member,)).fetchone():
            run(
                "UPDATE credentials SET password_hash = ? WHERE member = ?", (password_hash, member)
            )
        else:
            run(
                "INSERT INTO credentials (member, password_hash) VALUES (?, ?)",
                (member, password_hash),
            )

    def password_hash(self, member: str) -> str | None:
        row = self.store._run(
            "SELECT password_hash FROM credentials WHERE member = ?", (member,)
        ).fetchone()
        return None if row is None else str(row[0])

    def add_session(self, token: str, member: str, expires_at: str) -> None:
        self.store._run(
            "INSERT INTO sessions (token_hash, member, expires_at) VALUES (?, ?, ?)",
            (token_hash(token), member, expires_at),
        )

    def session_member(self, token: str, now: str) -> str | None:
        row = self.store._run(
            "SELECT member FROM sessions WHERE token_hash = ? AND expires_at > ?",
            (token_hash(token), now),
        ).fetchone()
        return None if row is None else str(row[0])

    def end_session(self, token: str) -> None:
        self.store._run("DELETE FROM sessions WHERE token_hash = ?", (token_hash(token),))

    def add_token(self, token: str, record: ApiToken) -> None:
        self.store._run(
            "INSERT INTO api_tokens (id, token_hash, party, roles, label, created_by, created_at, "
            "expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (
                record.id,
                token_hash(token),
                record.party,
                ",".join(sorted(record.roles)),
                record.label,
                record.created_by,
                record.created_at,
                record.expires_at,
            ),
        )

    def token_by_secret(self, token: str) -> ApiToken | None:
        row = self.store._run(
            f"SELECT {_TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ?", (token_hash(token),)
        ).fetchone()
        return None if row is None else _token(row)

    def token(self, token_id: str) -> ApiToken | None:
        row = self.store._run(
            f"SELECT {_TOKEN_COLUMNS} FROM api_tokens WHERE id = ?", (token_id,)
        ).fetchone()
        return None if row is None else _token(row)

    def tokens_of(self, party: str) -> list[ApiToken]:
        rows = self.store._run(
            f"SELECT {_TOKEN_COLUMNS} FROM api_tokens WHERE party = ? ORDER BY created_at",
            (party,),
        ).fetchall()
        return [_token(r) for r in rows]

    def revoke_token(self, token_id: str, at: str) -> None:
        self.store._run(
            "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
            (at, token_id),
        )

    def idempotent_response(self, principal: str, key: str) -> tuple[str, str] | None:
        """(fingerprint, response) kept for this principal's key, if any."""
        row = self.store._run(
            "SELECT fingerprint, response FROM idempotency WHERE principal = ? AND key = ?",
            (principal, key),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def keep_response(
        self, principal: str, key: str, fingerprint: str, response: str, at: str
    ) -> None:
        self.store._run(
            "INSERT INTO idempotency (principal, key, fingerprint, response, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (principal, key, fingerprint, response, at),
        )


_TOKEN_COLUMNS = "id, party, roles, label, created_by, created_at, expires_at, revoked_at"


def _token(row: tuple[str, ...]) -> ApiToken:
    roles = frozenset(Role(r) for r in row[2].split(",") if r)
    return ApiToken(row[0], row[1], roles, row[3], row[4], row[5], row[6], row[7])
