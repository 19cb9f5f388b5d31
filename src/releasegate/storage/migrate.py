"""Create or upgrade a database's schema with Alembic (used by ``releasegate init``)."""

from __future__ import annotations

from pathlib import Path

SCHEMA_HEAD = "0003"  # the newest migration; a test keeps it equal to Alembic's head


def upgrade(url: str) -> None:
    """Bring the database at ``url`` (an SQLAlchemy URL) to the newest schema."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _wal(dbapi_connection: object, _record: object) -> None:
            cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
