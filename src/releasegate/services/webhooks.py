"""Events out: which events a party's webhooks hear, and the worker that delivers the outbox.

Outbox rows are written in the same transaction as the events they announce, so an event is
never recorded without its delivery (nor the reverse). The worker posts each due row as JSON,
signed with HMAC-SHA256 of the body under the webhook's secret, and retries with exponential
backoff until the receiver answers 2xx; rows survive restarts because they live in the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import secrets
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

from releasegate.domain import events as ev
from releasegate.domain.errors import BadInput, NotFound
from releasegate.services.register import Register
from releasegate.storage.webhooks import Delivery, Webhook, WebhookStore

EVENT_TYPES: dict[type[ev.Event], str] = {
    ev.POIssued: "po.issued",
    ev.QuantityReleased: "release.granted",
    ev.OrderStopped: "order.stopped",
    ev.OrderResumed: "order.resumed",
    ev.SampleSignedOff: "signoff.recorded",
}
GATE_DENIED = "gate.denied"
MAX_BACKOFF_SECONDS = 3600

# send(url, body, headers) -> HTTP status; raises OSError when the receiver cannot be reached
Sender = Callable[[str, bytes, dict[str, str]], int]


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def add_webhook(
    register: Register,
    party: str,
    url: str,
    secret: str | None = None,
    allow_private: bool = True,
) -> Webhook:
    """Subscribe ``url`` for ``party``. A service exposed to other companies passes
    ``allow_private=False``, so that nobody points deliveries at the server's own network."""
    if not url.startswith(("http://", "https://")) or len(url) > 2000:
        raise BadInput("a webhook URL starts with http:// or https://")
    if not allow_private:
        check_public(url)
    hook = Webhook(
        id="whk_" + secrets.token_hex(6),
        party=party,
        url=url,
        secret=secret or secrets.token_urlsafe(32),
        created_at=_iso(register.clock()),
        removed_at=None,
    )
    with register.store.write():
        if register.store.party_kind(party) is None:
            raise NotFound(f"unknown party {party!r}")
        WebhookStore(register.store).add(hook)
    return hook


def check_public(url: str) -> None:
    """Refuse a URL whose host is, or resolves to, a loopback, private, link-local or reserved
    address (deliveries must not reach the service's own network)."""
    try:
        host = urllib.parse.urlsplit(url).hostname
        infos = socket.getaddrinfo(host, None) if host else []
    except (OSError, UnicodeError, ValueError):
        raise BadInput("the webhook URL's host does not resolve") from None
    if not infos:
        raise BadInput("a webhook URL needs a host")
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise BadInput(f"the webhook host {host} is on a loopback, private or reserved network")


def remove_webhook(register: Register, hook_id: str, party: str) -> None:
    with register.store.write():
        if not WebhookStore(register.store).remove(hook_id, party, _iso(register.clock())):
            raise NotFound(f"unknown webhook {hook_id!r}")


def announce(
    register: Register, parties: tuple[str, ...], event_type: str, body: dict[str, Any]
) -> None:
    """Queue ``body`` for every webhook of ``parties`` (inside the caller's transaction)."""
    store = WebhookStore(register.store)
    payload = json.dumps({"type": event_type, **body}, separators=(",", ":"), sort_keys=True)
    at = _iso(register.clock())
    for party in parties:
        for hook in store.of_party(party):
            store.enqueue(hook.id, event_type, payload, at)


def deliver_due(register: Register, send: Sender | None = None, limit: int = 100) -> int:
    """Deliver what is due now; returns how many were delivered."""
    sender = send or post_json
    now = register.clock()
    store = WebhookStore(register.store)
    with register.store.write():
        due = store.due(_iso(now), limit)
    delivered = 0
    for delivery in due:
        error = _attempt(sender, delivery)
        with register.store.write():
            if error is None:
                store.delivered(delivery.id, _iso(register.clock()))
                delivered += 1
            else:
                wait = min(2 ** (delivery.attempts + 1), MAX_BACKOFF_SECONDS)
                store.failed(delivery.id, _iso(now + dt.timedelta(seconds=wait)), error)
    return delivered


def _attempt(send: Sender, delivery: Delivery) -> str | None:
    body = delivery.payload.encode()
    headers = {
        "Content-Type": "application/json",
        "X-Releasegate-Event": delivery.event_type,
        "X-Releasegate-Delivery": str(delivery.id),
        "X-Releasegate-Signature": signature(delivery.secret, body),
    }
    try:
        status = send(delivery.url, body, headers)
    except OSError as exc:
        return f"unreachable: {exc}"
    return None if 200 <= status < 300 else f"HTTP {status}"


def post_json(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")
