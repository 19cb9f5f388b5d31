"""The release register: parties, members, the event ledger, the order projection, PO numbers.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parties",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
    )
    op.create_table(
        "members",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("party", sa.Text, sa.ForeignKey("parties.name"), nullable=False),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("release_limit", sa.Integer, nullable=True),
    )
    op.create_table(
        "events",
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("order_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("by", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
        sa.UniqueConstraint("order_id", "seq", name="uq_events_order_seq"),
    )
    # Append-only: the database itself refuses to change or delete an event row.
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER events_no_{action.lower()} BEFORE {action} ON events "
                "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$"
        )
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER events_no_{action.lower()} BEFORE {action} ON events "
                "FOR EACH ROW EXECUTE FUNCTION events_append_only()"
            )
    op.create_table(
        "orders",
        sa.Column("order_id", sa.Text, primary_key=True),
        sa.Column("created_position", sa.Integer, nullable=False, unique=True),
        sa.Column("buyer", sa.Text, nullable=False),
        sa.Column("supplier", sa.Text, nullable=False),
        sa.Column("part", sa.Text, nullable=False),
        sa.Column("rev", sa.Text, nullable=False),
        sa.Column("basis", sa.Text, nullable=False),
        sa.Column("sample_qty", sa.Integer, nullable=False),
        sa.Column("production_qty", sa.Integer, nullable=False),
        sa.Column("covered", sa.Integer, nullable=False),
        sa.Column("released", sa.Integer, nullable=False),
        sa.Column("produced", sa.Integer, nullable=False),
        sa.Column("shipped", sa.Integer, nullable=False),
        sa.Column("material_authorized", sa.Integer, nullable=False),
        sa.Column("material_bought", sa.Integer, nullable=False),
        sa.Column("stopped", sa.Boolean, nullable=False),
        sa.Column("signoff", sa.Text, nullable=True),
        sa.Column("head_seq", sa.Integer, nullable=False),
        sa.Column("head_hash", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("stop_reason", sa.Text, nullable=True),
        sa.Column("gate", sa.Text, nullable=False),
    )
    op.create_table(
        "purchase_orders",
        sa.Column("buyer", sa.Text, nullable=False),
        sa.Column("number", sa.Text, nullable=False),
        sa.Column("order_id", sa.Text, sa.ForeignKey("orders.order_id"), nullable=False),
        sa.PrimaryKeyConstraint("buyer", "number", name="pk_purchase_orders"),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION events_append_only() CASCADE")
    for table in ("purchase_orders", "orders", "events", "members", "parties"):
        op.drop_table(table)
