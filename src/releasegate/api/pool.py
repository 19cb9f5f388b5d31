"""A small pool of open registers (one database connection each), shared by request threads."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager

from releasegate.services.bootstrap import open_register
from releasegate.services.register import Clock, Register, utc_now


class RegisterPool:
    def __init__(self, db_url: str, size: int, clock: Clock = utc_now) -> None:
        self._free: queue.LifoQueue[Register] = queue.LifoQueue()
        self._all = [open_register(db_url, clock) for _ in range(size)]
        for register in self._all:
            self._free.put(register)

    @contextmanager
    def register(self) -> Iterator[Register]:
        register = self._free.get()
        try:
            yield register
        finally:
            self._free.put(register)

    def close(self) -> None:
        for register in self._all:
            register.close()
