"""The one error the checker raises: an input that cannot be read."""

from __future__ import annotations


class CheckInputError(Exception):
    """An input cannot be read. str() is one line naming the file and why."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = " ".join(reason.split())
        super().__init__(f"{file}: {self.reason}")
