"""The hash chain: each event's hash covers its content and the previous event's hash.

Within an order, event n links to event n-1. The first event of each order links to the first
event of the order created before it (a registry chain), so removing an order's whole history
breaks the next order's link.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def canonical_json(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: str, order_id: str, seq: int, type_name: str, at: str, by: str, data: str
) -> str:
    """The hash of one stored event; ``data`` is its canonical JSON exactly as stored."""
    material = "\x1f".join((prev_hash, order_id, str(seq), type_name, at, by, data))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
