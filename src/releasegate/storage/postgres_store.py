"""The register on PostgreSQL, through psycopg 3.

Under READ COMMITTED, a write first locks the rows it will change: ``SELECT ... FOR UPDATE`` on
the order's projection row (a read-then-write without the lock over-grants), and an advisory
lock for order creation, which links each new order to the one created before it. Hash chains
are per order, so writers to different orders never wait on each other.
"""

from __future__ import annotations

import threading
import zlib
from contextlib import AbstractContextManager
from functools import cache

from releasegate.domain.errors import BadInput
from releasegate.storage.sql_store import SqlStore

_REGISTRY_LOCK = 0x52474C47  # "RGLG": the advisory lock that serializes order creation

# Writers to one order in this process queue here (64 stripes by order id) instead of all
# holding a connection and contending for the row lock and the interpreter at once.
_ORDER_STRIPES = tuple(threading.Lock() for _ in range(64))


def conninfo(url: str) -> str:
    """A libpq connection string from an SQLAlchemy URL (postgresql+psycopg://...)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise BadInput(f"not a PostgreSQL URL: {url!r}")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


@cache
def _psycopg_sql(statement: str) -> str:
    return statement.replace("%", "%%").replace("?", "%s")


class PostgresStore(SqlStore):
    dialect = "postgresql"
    lock_row = " FOR UPDATE"
    begin_read = "BEGIN ISOLATION LEVEL REPEATABLE READ"

    def __init__(self, url: str) -> None:
        super().__init__()
        import psycopg

        self.integrity_errors = (psycopg.errors.IntegrityError,)
        where = conninfo(url)
        try:
            self.conn = psycopg.connect(where, autocommit=True)
        except psycopg.Error as exc:
            raise BadInput(f"cannot connect to the register's PostgreSQL ({exc})") from None
        self.check_schema(f"the PostgreSQL database {self.conn.info.dbname}")

    def _sql(self, statement: str) -> str:
        return _psycopg_sql(statement)

    def check_schema(self, where: str) -> None:
        try:
            super().check_schema(where)
        except BadInput:
            self.conn.rollback()
            raise

    def order_queue(self, order_id: str) -> AbstractContextManager[object]:
        return _ORDER_STRIPES[zlib.crc32(order_id.encode()) % len(_ORDER_STRIPES)]

    def lock_registry(self) -> None:
        self._run("SELECT pg_advisory_xact_lock(?)", (_REGISTRY_LOCK,))

    def close(self) -> None:
        self.conn.close()
