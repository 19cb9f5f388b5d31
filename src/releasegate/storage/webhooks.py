"""Webhook subscriptions and their outbox, in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from releasegate.storage.sql_store import SqlStore


@dataclass(frozen=True)
class Webhook:
    id: str
    party: str
    url: str
    secret: str
    created_at: str
    removed_at: str | None


@dataclass(frozen=True)
class Delivery:
    id: int
    webhook: str
    url: str
    secret: str
    event_type: str
    payload: str
    attempts: int


class WebhookStore:
    def __init__(self, store: SqlStore) -> None:
        self.store = store

    def add(self, hook: Webhook) -> None:
        self.store._run(
            "INSERT INTO webhooks (id, party, url, secret, created_at, removed_at) "
            "VALUES (?, ?, ?, ?, ?, NULL)",
            (hook.id, hook.party, hook.url, hook.secret, hook.created_at),
        )

    def of_party(self, party: str) -> list[Webhook]:
        rows = self.store._run(
            "SELECT id, party, url, secret, created_at, removed_at FROM webhooks "
            "WHERE party = ? AND removed_at IS NULL ORDER BY created_at, id",
            (party,),
        ).fetchall()
        return [Webhook(*r) for r in rows]

    def remove(self, hook_id: str, party: str, at: str) -> bool:
        cursor = self.store._run(
            "UPDATE webhooks SET removed_at = ? WHERE id = ? AND party = ? AND removed_at IS NULL",
            (at, hook_id, party),
        )
        return bool(cursor.rowcount)

    def enqueue(self, hook_id: str, event_type: str, payload: str, at: str) -> None:
        self.store._run(
            "INSERT INTO outbox (webhook, event_type, payload, attempts, next_attempt_at, "
            "delivered_at, last_error) VALUES (?, ?, ?, 0, ?, NULL, NULL)",
            (hook_id, event_type, payload, at),
        )

    def due(self, now: str, limit: int) -> list[Delivery]:
        """Deliveries whose time has come, oldest first (locked against other workers)."""
        lock = " FOR UPDATE OF o SKIP LOCKED" if self.store.dialect == "postgresql" else ""
        rows = self.store._run(
            "SELECT o.id, o.webhook, w.url, w.secret, o.event_type, o.payload, o.attempts "
            "FROM outbox o JOIN webhooks w ON w.id = o.webhook "
            "WHERE o.delivered_at IS NULL AND o.next_attempt_at <= ? AND w.removed_at IS NULL "
            f"ORDER BY o.id LIMIT ?{lock}",
            (now, limit),
        ).fetchall()
        return [Delivery(*r) for r in rows]

    def delivered(self, delivery_id: int, at: str) -> None:
        self.store._run(
            "UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL "
            "WHERE id = ?",
            (at, delivery_id),
        )

    def failed(self, delivery_id: int, next_at: str, error: str) -> None:
        self.store._run(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
            "WHERE id = ?",
            (next_at, error[:500], delivery_id),
        )

    def pending(self) -> int:
        (count,) = self.store._run(
            "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL"
        ).fetchone()
        return int(count)
