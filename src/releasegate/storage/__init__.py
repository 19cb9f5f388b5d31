"""Storage adapters: the schema (SQLAlchemy + Alembic) and the event store."""
