"""The schema as SQLAlchemy tables. Alembic migrations create it; a test keeps them equal."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

parties = Table(
    "parties",
    metadata,
    Column("name", Text, primary_key=True),
    Column("kind", Text, nullable=False),
)

members = Table(
    "members",
    metadata,
    Column("name", Text, primary_key=True),
    Column("party", Text, ForeignKey("parties.name"), nullable=False),
    Column("roles", Text, nullable=False),  # comma-separated role names
    Column("release_limit", Integer, nullable=True),
)

# The append-only ledger. (order_id, seq) is the optimistic-concurrency guard; position is global.
events = Table(
    "events",
    metadata,
    Column("position", Integer, primary_key=True, autoincrement=True),
    Column("order_id", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("at", Text, nullable=False),
    Column("by", Text, nullable=False),
    Column("data", Text, nullable=False),  # canonical JSON
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    UniqueConstraint("order_id", "seq", name="uq_events_order_seq"),
)

# The projection: current figures per order, for O(1) status and gate; rebuilt from events.
orders = Table(
    "orders",
    metadata,
    Column("order_id", Text, primary_key=True),
    Column("created_position", Integer, nullable=False, unique=True),
    Column("buyer", Text, nullable=False),
    Column("supplier", Text, nullable=False),
    Column("part", Text, nullable=False),
    Column("rev", Text, nullable=False),
    Column("basis", Text, nullable=False),
    Column("sample_qty", Integer, nullable=False),
    Column("production_qty", Integer, nullable=False),
    Column("covered", Integer, nullable=False),
    Column("released", Integer, nullable=False),
    Column("produced", Integer, nullable=False),
    Column("shipped", Integer, nullable=False),
    Column("material_authorized", Integer, nullable=False),
    Column("material_bought", Integer, nullable=False),
    Column("stopped", Boolean, nullable=False),
    Column("signoff", Text, nullable=True),
    Column("head_seq", Integer, nullable=False),
    Column("head_hash", Text, nullable=False),
    Column("state", Text, nullable=False),  # JSON snapshot of the structural state
    Column("stop_reason", Text, nullable=True),
    Column("gate", Text, nullable=False),  # JSON: what the gate cites (releases, staged)
)

# PO numbers are unique per buyer; this table enforces it across orders and finds a PO's order.
purchase_orders = Table(
    "purchase_orders",
    metadata,
    Column("buyer", Text, nullable=False),
    Column("number", Text, nullable=False),
    Column("order_id", Text, ForeignKey("orders.order_id"), nullable=False),
    PrimaryKeyConstraint("buyer", "number", name="pk_purchase_orders"),
)

# ---- accounts (the shared service) -----------------------------------------------------------

credentials = Table(
    "credentials",
    metadata,
    Column("member", Text, ForeignKey("members.name"), primary_key=True),
    Column("password_hash", Text, nullable=False),  # argon2
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", Text, primary_key=True),  # sha256 of the bearer token
    Column("member", Text, ForeignKey("members.name"), nullable=False),
    Column("expires_at", Text, nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Text, primary_key=True),
    Column("token_hash", Text, nullable=False, unique=True),
    Column("party", Text, ForeignKey("parties.name"), nullable=False),
    Column("roles", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Column("revoked_at", Text, nullable=True),
)

# A write's first result, kept under its Idempotency-Key, written in the write's transaction.
idempotency = Table(
    "idempotency",
    metadata,
    Column("principal", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    PrimaryKeyConstraint("principal", "key", name="pk_idempotency"),
)

# ---- webhooks --------------------------------------------------------------------------------

webhooks = Table(
    "webhooks",
    metadata,
    Column("id", Text, primary_key=True),
    Column("party", Text, ForeignKey("parties.name"), nullable=False),
    Column("url", Text, nullable=False),
    Column("secret", Text, nullable=False),  # the HMAC key; it must be kept to sign
    Column("created_at", Text, nullable=False),
    Column("removed_at", Text, nullable=True),
)

# Deliveries waiting or done, written in the same transaction as the events they announce.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("webhook", Text, ForeignKey("webhooks.id"), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", Text, nullable=False),
    Column("delivered_at", Text, nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_outbox_due", "delivered_at", "next_attempt_at"),
)
